// Held-out round 17: undeclared news and blog pages, the kind much of
// Common Crawl is made of: no JSON-LD, no og:type, no microdata. A small
// town's weekly in an HTML 4 table layout, classic Movable Type and Blogger
// themes, a Jekyll (minima) post, an XHTML 1.0 Strict hobby site, a
// university's news story, a parish newsletter, a newsletter's web archive,
// a frameset's content frame, and in German, French, Spanish, Portuguese and
// Dutch a club's WordPress (Twenty Ten) post, a Dotclear blog, a local
// paper's PHP page, a Blogger post and a Hugo blog (tests/fixtures/heldout17/).
// Each row was written before lede ran on the page: what a reader came for
// (headline, the story's lines, no chrome, the writers, the published and
// modified stamps, the language, and the page type where it is clear).
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct UndeclaredPage {
  const char* file;
  const char* language;  // Article::language
  const char* title;
  std::vector<std::string> authors;  // empty when not pinned
  const char* published;  // prefix of date_published
  const char* modified;   // prefix of date_modified, "" when not pinned
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckUndeclaredPage(const UndeclaredPage& p) {
  const std::string html =
      testing::ReadFile(testing::SourceDir() + "/tests/fixtures/heldout17/" + p.file);
  ASSERT_FALSE(html.empty()) << p.file << ": not read";
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << p.file << ": " << r.status().ToString();
  const Article& a = r.value();
  EXPECT_EQ(a.language.value_or(""), p.language) << p.file;
  EXPECT_EQ(a.title.value_or(""), p.title) << p.file;
  if (!p.authors.empty()) {
    EXPECT_EQ(a.authors, p.authors) << p.file;
  }
  if (*p.type) {
    EXPECT_EQ(a.page_type, p.type) << p.file;
  }
  EXPECT_EQ(a.date_published.value_or("").substr(0, std::strlen(p.published)), p.published) << p.file;
  if (*p.modified) {
    EXPECT_EQ(a.date_modified.value_or("").substr(0, std::strlen(p.modified)), p.modified) << p.file;
  }
  for (const char* k : p.kept)
    EXPECT_NE(a.text.find(k), std::string::npos) << p.file << ": lost '" << k << "'\n" << a.text;
  for (const char* d : p.dropped)
    EXPECT_EQ(a.text.find(d), std::string::npos) << p.file << ": chrome '" << d << "'\n" << a.text;
}

TEST(CmsHeldOut, PlatformPagesRound17) {
  const UndeclaredPage pages[] = {
      {"en-smalltown-table.html", "en", "Covered bridge on Sawmill Road to reopen after two-year repair",
       {"Ruth Ann Kessler"}, "2025-03-13", "", "article",
       {"closed since a flood tore away", "$1.38 million", "A ribbon cutting is planned"},
       {"Obituaries", "Church Notes", "Millbrook: 41", "Courier Staff Writer", "Print this story",
        "Other stories this week", "School board weighs", "All rights reserved"}},
      {"en-movabletype-entry.html", "en", "Counting rails in the cordgrass", {"Walter Pryce"},
       "2024-11-02T18:40", "", "article",
       {"Clapper rails are heard far more often", "23 clapper rails", "worth watching over the next few seasons"},
       {"Permalink", "Comments (2)", "Categories", "TrackBack", "We had only fourteen", "Leave a comment",
        "Recent Entries", "Powered by Movable Type", "Creative Commons"}},
      {"en-blogger-classic.html", "en", "Putting up rhubarb and ginger jam", {"Evelyn Marsh"},
       "2013-02-16T14:25", "", "article",
       {"four bags of rhubarb", "reach the gel stage", "Every lid popped by suppertime"},
       {"Posted by", "Email This", "Labels:", "comments:", "never thought to put ginger", "Newer Post",
        "Subscribe to", "About Me", "Blog Archive", "Followers", "Powered by Blogger"}},
      {"en-jekyll-minima.html", "en", "Why my SQLite backups were silently empty", {},
       "2025-01-19T21:04", "", "article",
       {"missing every row written since", "VACUUM INTO", "a backup you have never restored is only a hope"},
       {"Talks", "Archive", "Subscribe", "Backend engineer in Leeds", "priya@priyaraman.example"}},
      {"en-xhtml-essay.html", "en", "Restoring a 1962 Roberts R200", {"Gareth Llewellyn"},
       "2025-01-12", "2025-02-03", "article",
       {"house clearance in Abergavenny", "ferrite rod aerial", "kitchen windowsill"},
       {"Clocks", "Links", "Written 12 January", "Back to the radio pages", "Please ask before copying"}},
      {"en-university-news.html", "en", "Student-built satellite passes final vibration test", {"Dana Whitfield"},
       "2025-03-11", "", "article",
       {"passed the last major ground test", "named Kestrel-1", "run the ground station once it is in orbit"},
       {"Skip to main content", "Spring break", "Admissions", "Story by", "Media contact", "Share this story",
        "More research news", "Biology lab wins", "equal opportunity"}},
      {"en-church-newsletter.html", "en", "From the Pastor's Desk: A Lenten Table for Everyone",
       {"Michael Donnelly"}, "2025-03", "", "",
       {"Every Lent I am struck", "simple soup supper", "Port Carrick Food Pantry", "welcome at our table"},
       {"Saturday Vigil", "Online Giving", "In This Issue", "The choir needs tenors", "Parish Office",
        "Diocese of Kilmoran", "Back to the March newsletter"}},
      {"en-newsletter-archive.html", "en", "Issue #48: The quiet return of the streetcar", {"Nora Haldane"},
       "2025-03-07", "", "article",
       {"Ten years ago the American streetcar", "its own lane for most of the route",
        "a transit project first and a real estate project second"},
       {"Subscribe", "web archive", "Issue #47", "Powered by Buttondown"}},
      {"en-frame-content.html", "en", "Commodore's Report: Spring Haul-Out and the New Dock", {"Frank Delgado"},
       "2024-04-22", "", "article",
       {"Spring haul-out went as smoothly", "new floating dock", "first Wednesday night race"},
       {"Posted April 22", "Club News", "Racing Results", "Page last updated"}},
      {"de-verein-news.html", "de", "Jugendfeuerwehr holt Kreispokal nach Hause", {"Jana Becker"},
       "2025-03-16", "", "article",
       {"Kreispokal im Löschangriff", "in 38,4 Sekunden fehlerfrei", "freitags ab 18 Uhr"},
       {"Zum Inhalt springen", "Jahreshauptversammlung", "Veröffentlicht am", "Dieser Beitrag wurde",
        "Kommentarfunktion", "Neueste Beiträge", "Notruf", "WordPress"}},
      {"fr-dotclear-blog.html", "fr", "Tailler les rosiers anciens sans les épuiser", {"Marie Lefèvre"},
       "2025-02-06T18:32", "", "article",
       {"Chaque année, en février", "Les galliques, les damas", "'Cardinal de Richelieu'"},
       {"Aller au contenu", "Semis de fèves", "Par Marie", "Mots-clés", "Commentaires", "massacré",
        "Ajouter un commentaire", "Derniers billets", "Dotclear"}},
      {"es-diario-local.html", "es", "La cooperativa de Villanueva estrena almazara tras una inversión de 2,4 millones",
       {}, "2025-10-31T13:20", "", "article",
       {"inauguró este jueves su nueva almazara", "hasta 300.000 kilos", "el sábado 8 de noviembre"},
       {"Portada", "Esquelas", "Lunes, 3 de noviembre", "Redacción", "Imprimir", "Visitas",
        "Noticias relacionadas", "Ya era hora", "Lo más leído", "Prohibida la reproducción"}},
      {"pt-blogger-blog.html", "pt", "A Festa do Rosário voltou à Rua Tiradentes", {"Helena Drummond"},
       "2024-08-11T19:47", "", "article",
       {"quatro anos sem a procissão completa", "Dona Aparecida", "viram a festa como ela era"},
       {"Postado por", "Enviar por e-mail", "Marcadores", "Nenhum comentário", "Postagem mais recente",
        "Postagens populares", "Arquivo do blog", "Tecnologia do"}},
      {"nl-hugo-blog.html", "nl", "Een week fietsen langs de Maas", {"Sanne de Vries"},
       "2024-09-22", "", "article",
       {"412 kilometer en één lekke band", "Bij Venlo begon het te regenen", "knooppuntenkaart"},
       {"Fietsroutes", "Geplaatst op", "leestijd", "« Vorige", "Eilandhoppen", "Gemaakt met"}},
  };
  for (const UndeclaredPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckUndeclaredPage(p);
  }
}

}  // namespace
}  // namespace lede
