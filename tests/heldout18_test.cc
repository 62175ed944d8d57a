// Held-out round 18: page kinds Common Crawl is full of besides news, each on
// software or in a shape the rounds before had not covered, in six languages
// (tests/fixtures/heldout18/). Each row was written before lede ran on the
// page: what a reader came for (the title, the lines the page exists for, no
// chrome, and the writer, page type and days where the page shows them).
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct KindPage {
  const char* file;
  const char* language;  // Article::language
  const char* title;
  std::vector<std::string> authors;  // empty when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* modified;   // prefix of date_modified, "" when not pinned
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckKindPage(const KindPage& p) {
  const std::string html =
      testing::ReadFile(testing::SourceDir() + "/tests/fixtures/heldout18/" + p.file);
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
  if (std::strcmp(p.published, "-") == 0) {
    EXPECT_FALSE(a.date_published.has_value()) << p.file << ": " << a.date_published.value_or("");
  } else {
    EXPECT_EQ(a.date_published.value_or("").substr(0, std::strlen(p.published)), p.published) << p.file;
  }
  if (*p.modified) {
    EXPECT_EQ(a.date_modified.value_or("").substr(0, std::strlen(p.modified)), p.modified) << p.file;
  }
  for (const char* k : p.kept)
    EXPECT_NE(a.text.find(k), std::string::npos) << p.file << ": lost '" << k << "'\n" << a.text;
  for (const char* d : p.dropped)
    EXPECT_EQ(a.text.find(d), std::string::npos) << p.file << ": chrome '" << d << "'\n" << a.text;
}

TEST(CmsHeldOut, PlatformPagesRound18) {
  const KindPage pages[] = {
      {"de-rezept-microdata.html", "de", "Kürbissuppe mit Ingwer und Kokosmilch", {"Lena Hofmann"}, "2025-10-08", "",
       "article",
       {"Sobald auf dem Wochenmarkt die ersten Hokkaidos", "Am besten gelingt die Suppe mit Hokkaido",
        "800 g Hokkaido-Kürbis", "700 ml Gemüsebrühe", "Den Kürbis waschen", "Die Kürbiskerne ohne Fett",
        "Die Suppe lässt sich gut einfrieren"},
       {"Wir verwenden Cookies", "Rezept suchen", "Startseite", "Bewertungen", "Zum Rezept springen",
        "Rezept drucken", "Pinterest", "Foto: Lena Hofmann", "Anzeige", "Weniger Portionen", "Zur Einkaufsliste",
        "Teilen:", "WhatsApp", "Das könnte dir auch schmecken", "Maronensuppe", "Superlecker", "Kommentar schreiben",
        "Newsletter", "Impressum"}},
      {"dokuwiki-de.html", "de", "Raspberry Pi als Druckserver einrichten", {}, "", "2025-09-14", "",
       {"Unser alter Laserdrucker im Werkraum", "eine feste IP-Adresse im Vereinsnetz",
        "sudo apt install cups printer-driver-gutenprint", "Listen localhost:631", "Der Drucker muss eingeschaltet sein",
        "Aufträge bleiben in der Warteschlange hängen", "avahi-daemon"},
       {"zum Inhalt springen", "Anmelden", "Werkzeuge", "Letzte Änderungen", "Medien-Manager", "Übersicht",
        "Sie befinden sich hier", "Zuletzt angesehen", "Seitenleiste", "Öffnungszeiten", "Lasercutter",
        "Inhaltsverzeichnis", "Bearbeiten", "raspberry/druckserver.txt", "raspberry:druckserver", "Zuletzt geändert",
        "Quelltext anzeigen", "Ältere Versionen", "Links hierher", "Nach oben", "CC Attribution", "DokuWiki"}},
      {"dsfr-service-fr.html", "fr", "Renouvellement de la carte d'identité", {}, "", "", "",
       {"Vous pouvez demander le renouvellement", "La carte d'identité délivrée depuis août 2021",
        "Le titulaire de la carte fait la demande lui-même", "Étape 1 : faire une pré-demande en ligne",
        "Remplissez le formulaire de pré-demande", "n'importe quelle mairie équipée d'une station biométrique",
        "une photo d'identité de moins de 6 mois", "timbre fiscal de 25 €", "retirer en personne dans un délai de 3 mois"},
       {"Aller au contenu", "République", "Se connecter", "Rechercher", "Particuliers", "Professionnels",
        "Voir le fil d'Ariane", "Papiers - Citoyenneté", "Partager la page", "Partager sur Facebook",
        "Copier dans le presse-papier", "Cette page vous a-t-elle été utile", "Première demande", "Perte ou vol",
        "Services en ligne et formulaires", "legifrance.gouv.fr", "Accessibilité : partiellement conforme",
        "Gestion des cookies", "licence etalab"}},
      {"es-departamento-universidad.html", "es", "Departamento de Física Aplicada", {}, "-", "", "",
       {"reúne a 48 profesores", "Su investigación se organiza en cuatro grupos", "Óptica de fibra y sensores fotónicos",
        "Acústica ambiental y arquitectónica", "Directora: Dra. Carmen Albiol Serrano", "Edificio de Ciencias, 3.ª planta",
        "Horario de secretaría"},
       {"Pasar al contenido principal", "Utilizamos cookies", "Futuros estudiantes", "Sede electrónica", "Valencià",
        "La Universidad", "Ruta de navegación", "Centros y departamentos", "Presentación", "Tablón de anuncios",
        "Noticias del departamento", "Premio extraordinario", "Ver todas las noticias", "Jornada de puertas abiertas",
        "Aviso legal", "CIF"}},
      {"it-evento-teatro.html", "it", "La locandiera", {}, "-", "", "",
       {"Mirandolina gestisce da sola una locanda", "Giulia Neri, alla sua prima Mirandolina", "Venerdì 12 dicembre",
        "Domenica 14 dicembre", "regia Paola Ferri", "Durata: 2 ore e 10 minuti", "Platea: € 32,00",
        "Riduzioni per under 26"},
       {"Questo sito utilizza cookie", "Biglietteria", "Abbonamenti", "Stagione 2025/26", "Visite guidate",
        "Acquista biglietti", "Aggiungi al calendario", "Foto di Marco Villa", "Condividi",
        "Potrebbe interessarti anche", "Il giuoco delle parti", "Resta aggiornato", "Iscriviti", "P.IVA",
        "Amministrazione trasparente"}},
      {"personio-job-de.html", "de", "Werkstudent (m/w/d) Data Engineering", {}, "2025-11-03", "", "",
       {"Teilzeit", "Fahrwerk bringt jeden Tag rund 40.000 Pakete", "Deine Aufgaben", "Du baust und pflegst Datenstrecken",
        "erste Erfahrung mit Python und SQL", "18 € pro Stunde", "unabhängig von Geschlecht"},
       {"Alle Stellenangebote", "Unternehmenswebsite", "English", "Zurück zur Übersicht", "Jetzt bewerben",
        "Bewirb dich jetzt", "Vorname", "Lebenslauf", "Bewerbung absenden", "Weitere offene Stellen", "Disponent",
        "Impressum", "Powered by"}},
      {"github-release.html", "en", "v2.4.0 — Snapshot retention", {}, "2025-11-18", "", "",
       {"Snapshots can now be kept by age and by count", "keep_daily = 7", "Breaking changes", "is no longer read",
        "minimum supported PostgreSQL version is now 13", "Restores from S3 no longer stall",
        "for their first contributions", "v2.3.2...v2.4.0"},
       {"Skip to content", "Open Source", "Search or jump to", "Sign in", "Sign up", "Notifications", "Fork",
        "Star", "Pull requests", "Insights", "Releases: harborlight", "Compare", "Latest", "released this",
        "a3f9c21", "people reacted", "Footer navigation", "GitHub, Inc.", "Manage cookies"}},
      {"app-store.html", "en", "Tidewise: Tide Times & Charts", {}, "", "", "",
       {"Tidewise gives you tide times, heights", "Plan a passage with the tidal stream atlas",
        "Tidewise Pro adds 7-day weather", "Fixed the widget showing yesterday’s tides"},
       {"Overview", "#12 in Weather", "3.2K Ratings", "Offers In-App Purchases", "Screenshots", "Version History",
        "See All", "Best tide app", "Works offline", "Developer Response", "See Details", "Data Not Linked",
        "More By This Developer", "Knotwise", "You Might Also Like", "Windfinder", "find a store",
        "Sales and Refunds"}},
      {"restaurant-fr.html", "fr", "Le Comptoir des Halles", {}, "-", "", "",
       {"À deux pas des Halles Paul Bocuse", "une centaine de références du Beaujolais", "Horaires d'ouverture",
        "Mardi – Vendredi", "12h00 – 14h00 · 19h00 – 22h30", "Fermeture annuelle du 4 au 25 août",
        "Quenelle de brochet, sauce Nantua", "19 €", "Formule du midi", "58 rue de Bonnel, 69003 Lyon"},
       {"Nous utilisons des cookies", "Accueil", "Privatisation", "Réserver une table", "Voir toute la carte",
        "Suivez-nous sur Instagram", "Publication Instagram", "@comptoirdeshalles", "Mentions légales",
        "L'abus d'alcool"}},
      {"terms-of-service.html", "en", "Terms of Service", {}, "", "2025-09-03", "",
       {"These Terms of Service (\"Terms\") govern", "1. Accepting these terms", "keep your password secret",
        "30 days' notice", "You can export all your data as CSV", "You may cancel your subscription at any time",
        "governed by the laws of Ireland"},
       {"We use cookies", "Accept all", "Cookie settings", "Features", "For accountants", "Log in",
        "Start free trial", "Subprocessors", "On this page", "Back to top", "Careers", "Registered in Ireland No."}},
      {"nl-faq-details.html", "nl", "Veelgestelde vragen", {}, "-", "", "",
       {"Hier vind je antwoorden", "Welke betaalmethodes kan ik gebruiken?", "iDEAL, Bancontact, creditcard",
        "Kan ik mijn bestelling nog wijzigen?", "rijklaar afgesteld. Je krijgt een dag", "€ 29,95 per fiets",
        "14 dagen bedenktijd", "500 volledige laadcycli"},
       {"Gratis bezorging vanaf", "Klanten geven ons", "E-bikes", "Kinderfietsen", "Inloggen", "Verlanglijst",
        "Winkelwagen", "Neem contact op", "Chat met ons", "Blijf op de hoogte", "Algemene voorwaarden", "KvK"}},
      {"glossary.html", "en", "Glossary of Sailing Terms", {}, "-", "", "",
       {"New to sailing?", "Abeam", "At right angles to the centreline", "Beam reach",
        "The bottom back corner of a sail", "Always call \"Gybe-oh!\" first", "pronounced \"loo-ard\"",
        "The side the wind is blowing from."},
       {"Dates & prices", "Gift vouchers", "Book now", "C D E", "Back to top", "Ready to get on the water",
        "Book a course", "From the blog", "What to wear", "RYA Recognised", "Booking terms"}},
      {"ja-qa.html", "ja", "賃貸の退去費用でクロスの張り替えを全額請求されました。払う必要がありますか？", {}, "2025-10-19",
       "", "forum",
       {"6年住んだ1Kの部屋を退去したところ", "契約書には「退去時のクロス張り替えは借主負担」",
        "クロスの耐用年数は6年とされています", "消費生活センターに相談してください", "請求書の内訳",
        "内容証明を送るのも手です"},
       {"キーワードで探す", "質問する", "ログイン", "新規登録", "トップ", "共感した", "違反報告", "閲覧数", "ナイス",
        "関連する質問", "敷金が全く返ってこない", "カテゴリランキング", "利用規約"}},
  };
  for (const KindPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckKindPage(p);
  }
}

}  // namespace
}  // namespace lede
