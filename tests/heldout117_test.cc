// Held-out round 117: documentation pages of seven generators and hosts,
// five of them not in English (tests/fixtures/heldout117/), each written by
// hand from its generator's real server-rendered markup (head metadata, Open
// Graph and JSON-LD where the generator prints them, header and top nav,
// search, sidebar navigation, version selector, "on this page" table of
// contents, the article with its headings, prose, highlighted code blocks,
// a table and admonitions, edit links, last-updated lines, feedback widgets,
// prev/next pagination, footers, cookie banners, scripts), the invented
// projects' text its own, and its row set down before lede ran on it, with
// round 42's policy: the H1 as the title (without the site suffix of the
// <title>); page type "page" for the generated documentation (not pinned
// for the Learn-style quickstart, whose head reads like an article's); the
// prose, headings, code lines, table cells, admonition and hint text, step
// lists and prerequisites kept; the navigation and sidebars, the table of
// contents and its label, version selectors, search, edit links,
// last-updated lines, feedback widgets, prev/next labels and the
// neighbouring pages' titles, copy-code labels, footers and cookie banners
// dropped. A publication date is pinned as none on the pages that show no
// date at all, and not pinned on those that show only a last-updated date
// (or, for Javadoc, a dc.created meta in the head). The Markdown of each
// page must keep its code lines as lines (indentation and all, line numbers
// left out) and its table cells in table rows.
//
// Pages: an English guide page of a Python library on Read the Docs
// (Sphinx 7 with sphinx_rtd_theme: og tags from sphinxext-opengraph and the
// readthedocs-* metas, the side nav search with "Search docs" and the
// version under the project name, the left toctree with captions and the
// current page's sections nested under it, breadcrumbs with "Edit on
// GitHub", schema.org Article microdata around the body, h1/h2 with
// headerlink anchors, a captioned literal block whose Pygments pre carries
// inline span.linenos line numbers, a docutils table whose method cells are
// code.literal split into span.pre words, note, warning and tip
// admonitions, a toml block and two plain text blocks, "Previous"/"Next"
// footer buttons, copyright and "Built with Sphinx" lines, the rst-versions
// flyout with versions, downloads and "On Read the Docs" links, a Matomo
// script); a German Docusaurus 3.7 page (hashed CSS-module classes, og and
// hreflang tags, a BreadcrumbList JSON-LD, skip link, an announcement bar,
// the navbar with a version dropdown, locale dropdown, theme toggle and
// DocSearch button, the sidebar with collapsible categories, breadcrumbs, a
// "Version: 3.2" badge, the mobile "Auf dieser Seite" button, the H1 in the
// markdown header, headings with zero-width hash links, prism-react-renderer
// code blocks whose token-line spans end in <br> (one with a title bar) and
// a copy button with only an aria-label, "Hinweis", "Tipp" and "Warnung"
// admonitions with SVG icons, a tabs block whose second panel carries the
// hidden attribute, a table, an ordered list of steps, "Diese Seite
// bearbeiten", "Zuletzt aktualisiert am ... von ...", "Vorherige"/"Nächste"
// pagination, the desktop TOC and a dark footer of link columns); a French
// MkDocs Material 9.5 page (og and twitter tags of the social plugin, the
// md-header with palette toggles, the search dialog with "Initialisation de
// la recherche", the repository link, md-tabs, the primary nav with
// sections and the integrated table of contents, the secondary "Table des
// matières" sidebar, edit and view-source icon buttons, headings with pilcrow
// anchors, pymdownx code with an anchor per line, content tabs of two
// tabbed-blocks switched by radio inputs (the second hidden by CSS only),
// note, tip ("Astuce") and warning ("Attention") admonitions, a Markdown
// table, the "Retour en haut" button, "Précédent"/"Suivant" footer links,
// the copyright and "Réalisé avec", a hidden md-consent cookie form and the
// __config JSON with the clipboard labels); a Spanish GitBook page (Next.js
// and Tailwind markup, og tags and no JSON-LD, a header with the "Pregunte
// o busque..." button and "Ir al panel", section tabs, a sidebar of
// uppercase groups and "Con tecnología de GitBook", the page header with
// the group label, H1 and description, headings with anchor divs, hint-info,
// hint-success and hint-warning blocks, code blocks titled "Solicitud" and
// "Respuesta" whose lines are span.highlight-line with empty line-number
// spans, an ARIA-role table of divs, "Última actualización hace 3 meses",
// "Anterior"/"Siguiente" cards, an "En esta página" outline with "¿Fue útil
// esta página?" face buttons and "Ver como Markdown", a footer, a cookie
// dialog and __next_f scripts); an English Javadoc 21 class page (the
// generator comment, dc.created and keywords metas, the noscript line, the
// top navbar with "Skip navigation links", the Module/Package/Class/Use/
// Tree/Deprecated/Index/Help list, the Summary/Detail sub-nav and SEARCH,
// module and package sub-titles, the H1 "Class CsvReader", the inheritance
// tree, implemented interfaces, the type signature, the class description
// with a {@code} example in pre, "Since" and "See Also" notes, a nested
// class summary and a method summary as div grids (summary-table with
// table-header, col-first, col-second and col-last cells) under tab buttons
// "All Methods", "Static Methods", "Instance Methods", "Concrete Methods",
// inherited-member lists from Object and Iterable, method details with
// member signatures, blocks and Parameters/Returns/Throws/Specified by
// notes, the legal-copy footer); an Italian quickstart on a Microsoft
// Learn-like documentation site of an invented cloud (the Learn metas:
// ms.date, ms.topic, updated_at, author; a hidden cookie banner and
// unsupported-browser notice, the skip link, the header with product nav,
// search and "Accedi", the left TOC tree with "Filtra per titolo" and
// "Scarica il PDF", breadcrumbs, "Modalità di lettura", share, edit and
// print buttons, the H1, "Data ultima modifica" with the contributors'
// facepile and the "Commenti e suggerimenti" button, the empty mobile "In
// questo articolo" outline, prerequisites as a list, numbered steps whose
// items hold a paragraph and a code block with a codeHeader of language
// label and "Copia" button, NOTE, IMPORTANT and TIP alert divs whose first
// paragraph is the label, an output block, a next-step link, the feedback
// section with "Questa pagina è stata utile?", the right rail "In questo
// articolo" and "Risorse aggiuntive", a footer with locale and theme
// pickers); a Polish VitePress 1.6 page (Vue SSR markup with data-v
// attributes and fragment comments, the skip link, the nav bar with local
// search "Szukaj", menu links, a version flyout, "Wspieraj projekt", the
// appearance switch and social links, the local nav with "Menu" and "Na tej
// stronie", the sidebar whose group titles are h2 elements, the aside
// outline, the H1 and headings ending in a header-anchor holding a
// zero-width space, shiki code blocks with a title-only copy button and a
// language label, two code groups of radio tabs (npm/pnpm/yarn, Composition
// API/Options API), info, warning and tip custom blocks with Polish titles,
// a table, "Edytuj tę stronę na GitHub", "Ostatnia aktualizacja",
// "Poprzednia strona"/"Następna strona" pager, the MIT footer and the
// __VP_SITE_DATA__ script).
// Not asserted either way: the hidden second tab panel of Docusaurus (its
// PowerShell block) and its tab labels; GitBook's group label over the H1;
// Javadoc's inherited-member lists, its "Modifier and Type" headers and its
// summary grids as Markdown tables (they are divs, not tables); the Learn
// page's next-step link (also a sidebar title) and its contributors; the
// code-group tab labels and language labels of VitePress; the headings
// repeated by every table of contents. The Sphinx line-numbered block's
// line is asserted without its number; the second content tab of MkDocs
// Material and of VitePress's code group (hidden by CSS only) are asserted
// as kept.
// Rows by a helper, from the page text alone; lede was run on the pages after.
// 5 of 7 rows passed as first written (2 failed checks: the Read the Docs
// page typed "article" from the theme's microdata Article on every page;
// Javadoc's detail of "skip(long)" dropped, its anchor's id read as a skip
// link's). After the rules, 7 of 7 as written. Rules: a documentation
// generator's page (Docutils' or Sphinx's generator, the Read the Docs
// theme's body class) is no article by its microdata; an id that is a
// Javadoc anchor with one primitive or array parameter names code.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct DocPage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* modified;   // prefix of date_modified; "" not pinned
  const char* type;       // page_type; "" not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
  std::vector<const char*> md_lines;  // whole lines the Markdown must hold (code)
  std::vector<const char*> md_cells;  // texts a Markdown table row must hold
};

// Whether `md` holds `line` as a line of its own, its indentation kept; a
// code block nested in a list item is indented by the item's marker width
// more (up to kListNesting spaces: "3. " then four, CommonMark's nesting).
bool HasLine(const std::string& md, const std::string& line) {
  constexpr size_t kListNesting = 8;
  std::istringstream in(md);
  for (std::string l; std::getline(in, l);) {
    if (l == line) return true;
    const size_t extra = l.size() > line.size() ? l.size() - line.size() : 0;
    if (extra > 0 && extra <= kListNesting && l.compare(extra, std::string::npos, line) == 0 &&
        l.find_first_not_of(' ') >= extra)
      return true;
  }
  return false;
}

bool HasTableCell(const std::string& md, const std::string& cell) {
  std::istringstream in(md);
  for (std::string l; std::getline(in, l);)
    if (!l.empty() && l[0] == '|' && l.find(cell) != std::string::npos) return true;
  return false;
}

void CheckPage(const DocPage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout117", p.file,
                            {p.language, p.title, no_authors, p.published, p.modified, p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              const std::string md = ToMarkdown(a);
                              for (const char* l : p.md_lines)
                                EXPECT_TRUE(HasLine(md, l)) << p.file << ": no line '" << l << "'\n" << md;
                              for (const char* c : p.md_cells)
                                EXPECT_TRUE(HasTableCell(md, c)) << p.file << ": no cell '" << c << "'\n" << md;
                            });
}

TEST(CmsHeldOut, DocumentationPagesRound117) {
  const DocPage pages[] = {
      {"sphinx-rtd-en.html", "en", "Writing a custom storage backend", "-", "", "page",
       {"Moraine ships with backends for SQLite, PostgreSQL and plain Parquet files, but you can store series anywhere that can hold ordered rows of timestamps and values.",
        "so a backend that passes the conformance suite works with retention, downsampling and queries without further changes",
        "The listing below is a complete backend that keeps everything in memory",
        "Keeps every series in a sorted list per key.",
        "Removes every point older than the cutoff. Called by the retention worker once per series and policy.",
        "A backend should store them as they are and never round them.",
        "the newer value must replace the older one",
        "points still held in a buffer at that moment are lost",
        "Once the package is installed, the backend can be selected by name in the configuration file or on the command line:",
        "moraine serve --backend memory --config moraine.toml",
        "# tests/test_backend.py",
        "so that each test starts from an empty store",
        "Failures in the write tests usually explain the failures that follow in the read tests."},
       {"Search docs",
        "Quickstart: your first series",
        "Downsampling rules",
        "Querying with MQL",
        "Grafana data source",
        "Contributing guide",
        "Edit on GitHub",
        "Previous",
        "Copyright 2019",
        "Built with",
        "v: stable",
        "Project Home",
        "Free document hosting provided by"},
       {"memory = \"moraine_memory:MemoryBackend\"",
        "pytest tests/test_backend.py -x -q",
        "        lo = bisect_left(rows, Point(start, float(\"-inf\")))"},
       {"Removes every point older than the cutoff.",
        "Lists the keys of all stored series, in any order."}},
      {"docusaurus-de.html", "de", "Umgebungsvariablen und Secrets", "", "", "page",
       {"aus Umgebungsvariablen und aus dem verschlüsselten Secret-Speicher eines Projekts",
        "Gibt es denselben Schlüssel in mehreren Quellen, gewinnt die Umgebungsvariable vor dem Secret und das Secret vor der Datei.",
        "Der Verweis wird beim Start eines Deployments aufgelöst, nicht beim Einlesen der Datei.",
        "# Ohne Standardwert bricht das Deployment ab, wenn die Variable fehlt",
        "Eine leere Variable gilt als gesetzt und ergibt einen leeren Wert.",
        "Secrets werden verschlüsselt im Projekt gespeichert und erst auf dem Zielsystem entschlüsselt.",
        "# Wert aus einer Datei lesen, damit er nicht in der Shell-Historie landet",
        "Die Werte selbst lassen sich nach dem Anlegen nicht mehr anzeigen.",
        "Passwörter, API-Schlüssel und Zertifikate",
        "bleibt in der Git-Historie, auch wenn Sie ihn später löschen",
        "Legen Sie den neuen Wert unter demselben Namen an; der alte Wert bleibt bis zum nächsten Deployment aktiv.",
        "Widerrufen Sie den alten Schlüssel erst beim Anbieter, wenn das Deployment abgeschlossen ist."},
       {"Zum Hauptinhalt springen",
        "ist erschienen",
        "Befehlsreferenz",
        "Wer nutzt Flinkwerk?",
        "Schnellstart in fünf Minuten",
        "Zielsysteme definieren",
        "Hooks vor und nach dem Deployment",
        "Überwachung und Metriken",
        "Version: 3.2",
        "Auf dieser Seite",
        "Diese Seite bearbeiten",
        "Zuletzt aktualisiert",
        "Vorherige",
        "Erstellt mit Docusaurus"},
       {"  LOG_STUFE: ${LOG_STUFE:-info}",
        "flinkwerk secret list",
        "flinkwerk deploy --ziel produktion"},
       {"Passwörter, API-Schlüssel und Zertifikate",
        "Werte, die sich je nach Rechner oder CI-Lauf unterscheiden"}},
      {"mkdocs-material-fr.html", "fr", "Valider des fichiers CSV", "-", "", "page",
       {"Pivoine peut vérifier un fichier CSV ligne par ligne sans le charger entièrement en mémoire",
        "Les colonnes absentes du schéma sont signalées, mais elles ne bloquent pas la validation tant que le mode strict n'est pas activé.",
        "La fonction renvoie un rapport que vous pouvez parcourir ou enregistrer.",
        "# Les exports du tableur utilisent le point-virgule comme séparateur",
        "pivoine csv commandes_2024.csv --schema schemas/commandes.py",
        "car la virgule y sert de séparateur décimal",
        "Le rapport contient une entrée par erreur, avec le numéro de ligne, le nom de la colonne, la valeur lue et un message.",
        "Valeur brute, telle qu'elle figure dans le fichier",
        "ce qui évite de produire un rapport illisible lorsque le séparateur est mal choisi",
        "toute colonne du fichier qui n'est pas décrite dans le schéma devient une erreur",
        "sont comparés après suppression des espaces en début et en fin"},
       {"Aller au contenu",
        "Initialisation de la recherche",
        "Référence de l'API",
        "Journal des modifications",
        "Table des matières",
        "Écrire un schéma",
        "Types personnalisés",
        "Intégration continue",
        "Dans un formulaire Django",
        "Précédent",
        "Suivant",
        "Retour en haut",
        "Réalisé avec",
        "Nous utilisons des cookies",
        "Copier dans le presse-papier"},
       {"    montant=champ.decimal(places=2),",
        "    raise SystemExit(1)"},
       {"Valeur brute, telle qu'elle figure dans le fichier",
        "Nom de la colonne concernée"}},
      {"gitbook-es.html", "es", "Configurar alertas de humedad", "-", "", "page",
       {"Recibe un aviso cuando la humedad del suelo de una parcela salga del rango que hayas definido.",
        "Las alertas comparan cada lectura de los sensores con un umbral inferior y otro superior.",
        "Parcela envía una notificación a los miembros del equipo que elijas",
        "Al menos un sensor de humedad vinculado a la parcela y enviando datos.",
        "equivale, por tanto, a dos lecturas seguidas fuera del rango",
        "Indica el umbral inferior y el superior en porcentaje de humedad volumétrica.",
        "Elige cuánto tiempo debe mantenerse la lectura fuera del rango antes de avisar.",
        "Para cultivos en maceta o invernadero suele funcionar bien un rango más estrecho",
        "El cuerpo indica la parcela, la variable y los umbrales.",
        "https://api.parcela.app/v2/alertas",
        "Identificadores de los usuarios que reciben el aviso",
        "Si el sensor deja de enviar datos, la alerta no se dispara."},
       {"Pregunte o busque",
        "Ir al panel",
        "Referencia de la API",
        "Novedades del producto",
        "Vincular un sensor",
        "Notificaciones por SMS",
        "Exportar a Excel",
        "Con tecnología de GitBook",
        "Última actualización",
        "Anterior",
        "Siguiente",
        "Alertas de helada",
        "En esta página",
        "¿Fue útil esta página?",
        "Este sitio utiliza cookies"},
       {"    \"retardo_minutos\": 30,",
        "  \"estado\": \"activa\","},
       {"Identificadores de los usuarios que reciben el aviso",
        "Umbral superior; debe ser mayor que el mínimo"}},
      {"javadoc-en.html", "en", "Class CsvReader", "", "", "page",
       {"Only the current record is held in memory, so a reader can work through files larger than the heap.",
        "A reader is not thread-safe.",
        "so that the file is closed even when a record fails to parse",
        "Collects the options of a reader before it is opened.",
        "Returns a builder for a reader with options beyond those of a format.",
        "Returns the column names read from the first line, or an empty list if the format has no header.",
        "Reads the next record, or returns an empty optional at the end of the input.",
        "Creates a reader over a character stream that is already open.",
        "Returns how many records have been read so far, the header not counted.",
        "Closing a reader twice has no effect.",
        "so this number can grow by more than one per record",
        "Skipped records are still checked for balanced quotes",
        "a byte order mark at its start is ignored"},
       {"Skip navigation links",
        "JavaScript is disabled on your browser.",
        "SEARCH",
        "Deprecated",
        "All Methods",
        "Static Methods",
        "Instance Methods",
        "Concrete Methods",
        "Summary:",
        "Detail:",
        "Quillstone CSV 3.1.0",
        "Distributed under the Apache License"},
       {"try (CsvReader reader = CsvReader.open(path, CsvFormat.EXCEL)) {",
        "        total += row.getDouble(\"amount\");"},
       {}},
      {"learn-it.html", "it", "Guida introduttiva: creare una coda di messaggi con la CLI", "", "", "",
       {"In questa guida introduttiva si crea una coda di messaggi standard con la CLI di Velaria",
        "Al termine si eliminano le risorse create, in modo da non sostenere costi per una coda inutilizzata.",
        "Un account Velaria con un abbonamento attivo.",
        "La CLI di Velaria versione 2.8 o successiva.",
        "Il ruolo Collaboratore code nel gruppo di risorse in cui creerai la coda.",
        "Si apre una finestra del browser in cui completare l'autenticazione.",
        "Una coda appartiene sempre a uno spazio dei nomi, che ne definisce l'area geografica e il livello di prezzo.",
        "perché diventa parte dell'endpoint",
        "velaria code queue create --namespace ns-ordini-demo --name ordini --retention 7d",
        "Il nome della coda può contenere solo lettere minuscole, numeri e trattini e non può superare i 63 caratteri.",
        "Il comando mostra il corpo del messaggio, l'ID e il numero di tentativi di consegna.",
        "torna nella coda e il numero di tentativi aumenta",
        "Vengono eliminati anche lo spazio dei nomi, la coda e tutti i messaggi che contiene."},
       {"Passa al contenuto principale",
        "usa cookie facoltativi",
        "Questo browser non è più supportato",
        "Domande e risposte",
        "Filtra per titolo",
        "Creare una coda con il portale",
        "Scarica il PDF",
        "Modalità di lettura",
        "Data ultima modifica",
        "Commenti e suggerimenti",
        "In questo articolo",
        "Copia",
        "Questa pagina è stata utile?",
        "Risorse aggiuntive",
        "Informativa sulla privacy"},
       {"    --sku standard",
        "    --body '{\"ordine\": 1042, \"stato\": \"nuovo\"}'"},
       {}},
      {"vitepress-pl.html", "pl", "Walidacja asynchroniczna", "", "", "page",
       {"Niektórych reguł nie da się sprawdzić w przeglądarce bez pytania serwera",
        "z tą różnicą, że funkcja sprawdzająca zwraca obietnicę",
        "Reguły asynchroniczne znajdują się w osobnym pakiecie, aby podstawowa biblioteka pozostała mała:",
        "// Serwer odpowiada 404, gdy login nie jest zajęty",
        "'Ten login jest już zajęty'",
        "Sygnał przerwania jest wywoływany, gdy użytkownik zmieni wartość, zanim poprzednie sprawdzenie się zakończy.",
        "Domyślnie reguła jest uruchamiana 300 ms po ostatniej zmianie pola.",
        "więc powrót do wcześniej sprawdzonego loginu nie wysyła nowego żądania",
        "// W Options API formularz tworzy się w data, a nie w setup",
        "Czy zapamiętywać wynik dla każdej sprawdzonej wartości",
        "Przy opóźnieniu równym zero każde naciśnięcie klawisza wysyła osobne żądanie do serwera.",
        "Możesz go użyć, aby pokazać wskaźnik ładowania i zablokować przycisk wysyłania formularza.",
        "dopóki trwa sprawdzanie któregokolwiek pola"},
       {"Przejdź do treści",
        "Główna nawigacja",
        "Przykłady",
        "Wspieraj projekt",
        "Nawigacja boczna",
        "Czym jest Sowa?",
        "Reguły wbudowane",
        "Komunikaty błędów",
        "Schematy zagnieżdżone",
        "Na tej stronie",
        "Edytuj tę stronę na GitHub",
        "Ostatnia aktualizacja",
        "Poprzednia strona",
        "Następna strona",
        "Wydano na licencji MIT"},
       {"npm install @sowa/async",
        "  return odp.status === 404 || 'Ten login jest już zajęty'",
        "  <button :disabled=\"formularz.pending\">Załóż konto</button>"},
       {"Czy zapamiętywać wynik dla każdej sprawdzonej wartości",
        "Po tylu milisekundach sprawdzenie kończy się błędem sieci"}},
  };
  for (const DocPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckPage(p);
  }
}

}  // namespace
}  // namespace lede
