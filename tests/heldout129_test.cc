// Held-out round 129: list and collection pages, seven pages whose content
// is a list of items, each a card or a row (tests/fixtures/heldout129/): a
// local newsroom's category archive, an estate agent's properties for sale,
// a cookery school's spring recipes, a woodworking channel's videos, one
// day of a conference's sessions, a town directory's shops and a history
// podcast's episode archive, in English, German, French, Spanish, English,
// Italian and Dutch. Each page was written by hand in its platform's own
// server-rendered markup (head metadata, Open Graph, the JSON-LD the
// platform prints or leaves out, skip links, announcement bars, headers
// with menus, search and account links, breadcrumbs, filter and sort
// forms, result counts, view toggles, cards, per-card buttons, pagers,
// sidebars, newsletter boxes, footers, consent banners and scripts), with
// invented businesses, people and text, and its rows set down from the
// page text alone before lede ran on it, by a WCXB-style policy for lists:
// kept: the page's own intro or description, and of every item its title,
// its own short description or excerpt and the key facts the card states
// (a story's date, a property's price, area and district, a recipe's
// time, a video's duration and view count, a session's time slot, speaker
// and role, a shop's address, phone and category, an episode's date);
// dropped: site menus and announcement bars, search boxes, filter, sort
// and view controls, result counts, per-card buttons ("Zum Exposé",
// "Merken", "Vedi dettagli", "Luister"), pagination and "next" links,
// newsletter and membership boxes, sidebars of other content ("Most Read",
// "Les plus consultées"), subscribe and follow buttons, prompts to list a
// business or set up a search alert, footers, credits and cookie banners.
// The H1 is the title where the <title> is plainly that H1 with the site's
// name after " | ", " - " or an en dash, and never on a page whose
// <title> adds more than the site's name ("Environment Archives",
// "Schedule") or whose name is no heading (the channel's). No publication
// day on any of the seven: a card's day is the item's. Type "listing" only
// where the page declares itself a collection (Yoast's CollectionPage),
// else not pinned. Not asserted either way: the archive's "Category:"
// label and bylines on teasers, card badges ("Neu", "Reserviert"), object
// numbers, ratings and review counts, the channel's name on every card and
// its "hace 2 semanas" ages, session type labels, the episodes' running
// times, the directory's category select and the intro sentences that
// point to other pages ("Oudere seizoenen staan op de volgende pagina's").
//
// Pages: a nonprofit local newsroom's "Environment" category on WordPress
// with the Newspack theme (Yoast's CollectionPage graph with a
// BreadcrumbList and NewsMediaOrganization, rel=next, a skip link, the top
// header's secondary menu with "Send a news tip" and "Donate today", the
// logo and tagline, the main menu with a Community sub-menu, the header
// search toggle and form, the reader account link, a "Trending" highlight
// menu, the page-header with h1.page-title holding a page-subtitle span
// "Category:" and a two-paragraph taxonomy-description, ten article.entry
// cards of cat-links, h2.entry-title, entry-meta with a byline and a
// single published time, and a bare excerpt paragraph, three of them with
// a post-thumbnail; the navigation pagination with its screen-reader
// heading and "Older posts"; a widget-area sidebar with a "Most Read This
// Week" homepage-articles block and a Newspack newsletter sign-up; footer
// widgets with an about text and a policies menu, the site-info copyright
// and Newspack credit, a donation lightbox popup and a Complianz banner);
// a Lüneburg estate agent's "Unsere Kaufangebote" on WordPress with the
// Kadence theme and the onOffice for WP-Websites plugin (Yoast's WebPage
// graph with a RealEstateAgent, a skip link, a top bar with phone hours,
// the logo, the primary menu with a Verkaufen sub-menu and a "Immobilie
// bewerten lassen" header button, a hero with the Kadence breadcrumbs and
// H1, two intro paragraphs in the entry-content, the oo-searchform with
// Objektart, Ort, Kaufpreis, Zimmer and Wohnfläche fields, "Immobilien
// finden" and a hit count, an oo-listheadline with "9 Immobilien gefunden"
// and a sort select, nine oo-listobject cards each with a background-image
// div and an optional badge, oo-listtitle, an oo-listinfotable of label
// and value oo-listtd divs (Ort, Kaufpreis, Wohnfläche or
// Grundstücksfläche, Zimmer), an oo-listdescription paragraph and the
// "Zum Exposé" and "Merken" controls; the oo-listpagination, a two-column
// Kadence row of "Suchauftrag anlegen" and "Sie möchten verkaufen?"
// prompts, a three-column footer with the address, a Service menu and an
// IVD line, the legal links and the Borlabs Cookie box); a La Rochelle
// cookery school's "Recettes de printemps" tag on Drupal 10 with a custom
// theme (the Generator meta, an RSS alternate, the visually hidden skip
// link, a bandeau block announcing the Saturday classes, the branding block
// with slogan, the main menu with a Recettes sub-menu, the search block
// form, the breadcrumb, the page title block's H1, the taxonomy_term
// view whose view-header renders the term with its two-paragraph
// description, the views-exposed-form with "Type de plat", "Trier par" and
// "Filtrer", nine views-row node--view-mode-teaser articles with an image
// link, h2.node__title, a field_chapeau teaser, an inline "Temps total"
// field and a difficulty field, the Drupal pager with visually hidden
// labels and "Suivant ›"; the second sidebar with a "Les plus consultées"
// views block and the simplenews "La lettre de saison" form; the footer
// menu and address block, the EU Cookie Compliance banner and the
// drupal-settings-json script); a Spanish woodworking channel's video tab
// on an Invidious instance with the Spanish locale (the navbar with the
// instance link, search box, theme, preferences and "Iniciar
// sesión/Registrarse", an instance banner about donations and maintenance,
// the channel banner, channel-profile with the name and a verified icon,
// "Ver en YouTube" and "Cambiar de instancia" links, the "Suscribirse |
// 218 mil" button and RSS icon, the three-paragraph pre-wrap channel
// description, the tab row Vídeos, Shorts, Directos, Listas de
// reproducción, Comunidad, Canales relacionados and the sort links, twelve
// pure-u-md-1-4 cards of thumbnail with a length overlay, the title in a
// p inside a link, the channel name with YouTube and audio-only icon
// links, the age and the view count; the "Página siguiente" continuation
// button and Invidious's footer with the AGPL, donation, JavaScript
// licence, privacy and version lines); day one of a data engineering
// conference on Sched in the expanded list view (a skip link, the app
// notice, the event header with logo, H1, dates and place, the event menu,
// "Log In" and "Sign Up", a sidebar of search and "Filter By Date",
// "Filter By Venue", "Filter By Type" lists and a timezone box, two intro
// paragraphs, the view tabs Simple, Expanded, Grid, By Venue, Print and
// "Export Schedule", the day header, twelve sched-container-inner rows of
// a time range, the event name link and sched-event-details with a type
// link, a venue link, for talks a sched-person-session with the speaker's
// name in an h2 and a role line and a tip-description abstract, and an
// "Add to My Sched" button; the next-day link, the footer's sponsor list,
// Sched links and credit, and Sched's cookie banner); a Cremona town guide's
// "Botteghe e negozi a Cremona centro" on WordPress with the Astra theme
// and the Directorist plugin (an iubenda configuration and banner, the
// skip link, an above-header "Inserisci gratis la tua scheda" bar, the
// logo, the main menu and an "Accedi" button, the entry-header H1 and two
// intro paragraphs, the Directorist search form with a category select,
// the listings header with "Filtri avanzati", "23 attività trovate", the
// "Ordina per" dropdown and Griglia, Elenco and Mappa view links, eight
// directorist-listing-single list cards without thumbnails with an h2
// directorist-listing-title, a rating and review count, an info list of
// address and phone link, an excerpt paragraph, a category link and a
// "Vedi dettagli" button; the directorist-pagination, a "Cremona in
// tasca" newsletter box, three footer columns with the publisher's line,
// a "Per le attività" menu and an information menu, and the Astra
// copyright credit); a Dutch local-history podcast's episode archive on
// WordPress with a Twenty Twenty-Four style block theme and Seriously
// Simple Podcasting (the SSP generator meta and feed, a skip link, an
// accent bar announcing a live show, the site logo and title, the
// responsive navigation block with its open and close buttons, the
// query-title H1, two intro paragraphs, outline buttons for Spotify,
// Apple Podcasts and RSS, a wp-block-query of ten wp-block-post items with
// a featured image, a post title "Afl. 52 – ...", a post-date time and a
// running-time paragraph, and a post excerpt whose more-link reads
// "Luister"; the query pagination with numbers and "Oudere afleveringen",
// a Mailchimp for WP box "Nooit een aflevering missen?", the footer
// template part with a funding line and a footer menu, and a Complianz
// banner).
// Rows by a helper, from the page text alone; lede was run on the pages after.
// 1 of 7 rows passed as first written (16 failed checks: a card's date
// line and a podcast's episode date, a video's duration and a shop's
// category dropped; result counts whose noun names the items, "9
// Immobilien gefunden", "attività trovate"; sort options; Invidious's
// channel tabs and instance links; Sched's "Export Schedule"; "Luister"
// buttons; a Mailchimp box on a list page). No rule kept; all 7 as
// asserted. Not asserted: the rest. (Stop 62: a count of the items by
// their own noun and the word for found is a result count, not on a
// heading; both counts are asserted again.)
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
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

// A list of stories, properties, recipes, videos, sessions, shops or
// episodes: its intro and every item's title, text and key facts are the
// page's content; its controls, buttons, pagers, prompts and sidebars are
// not.
void CheckListPage(const ListPage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout129", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, ListingRound129) {
  const ListPage pages[] = {
      {"newspack-environment-en.html", "en", "", "-", "listing",
       {"Our environment desk covers the rivers, wetlands, forests and air of Alder County",
        "which has no say over the stories we choose or how we report them",
        "County finalizes cleanup plan for former Berrick sawmill site",
        "about 14,000 cubic yards of soil laced with wood-treatment chemicals", "Low snowpack has irrigators on the upper Calder bracing for a short season",
        "Birders who have counted the rookery every February since 1998",
        "What the new burn-ban rules mean for your backyard fire pit",
        "seven in ten of the ponderosa seedlings planted in 2023 survived",
        "City council delays vote on plastic bag fee after shop owners push back",
        "The fish ladder at Hollis Dam counted 4,380 adult coho last fall",
        "Air quality monitors go up at three schools near the rail yard",
        "the county will take written comments until March 31",
        "State grant will pay to replace lead service lines in Old Town",
        "homeowners will not be charged for the work on their side of the meter"},
       {"Skip to content", "Send a news tip", "Advertise with us", "Donate today", "Events calendar", "Trending",
        "Posts pagination", "Older posts", "Most Read This Week",
        "Sheriff identifies driver killed in Route 9 crash near Fenton",
        "Local news you can use, in your inbox every weekday", "Corrections policy", "Who funds us",
        "Proudly powered by Newspack", "Stories like these take weeks of reporting",
        "We use cookies to understand how readers use our site"}},
      {"onoffice-kaufangebote-de.html", "de", "Unsere Kaufangebote", "-", "",
       {"Hier finden Sie alle Häuser, Wohnungen und Grundstücke, die wir derzeit in Lüneburg und im Landkreis zum "
        "Kauf anbieten.",
        "Viele Objekte vermitteln wir diskret, ohne sie zu veröffentlichen.", "Stadthaus mit Garten im Roten Feld",
        "Gründerzeithaus von 1906 auf drei Etagen mit Kachelofen", "689.000 €",
        "Helle 3-Zimmer-Wohnung mit Loggia am Kurpark", "Reetgedecktes Bauernhaus am Elbdeich",
        "das Reetdach wurde 2019 neu gedeckt", "198 m²", "Baugrundstück in ruhiger Sackgasse", "Lüneburg-Altstadt",
        "Ebenerdig wohnen ohne eine einzige Stufe", "Mehrfamilienhaus mit vier Einheiten als Kapitalanlage",
        "Ferienhaus an der Ilmenau mit Bootssteg", "eine Nutzung als Erstwohnsitz ist nicht erlaubt"},
       {"Zum Inhalt springen", "9 Immobilien gefunden", "Sa nach Vereinbarung", "Kostenlose Wertermittlung", "Immobilie bewerten lassen",
        "Kaufpreis bis", "9 Treffer", "Sortieren nach", "Preis aufsteigend",
        "Zum Exposé", "Merken", "Nächste Seite", "Suchauftrag anlegen", "Jetzt Wert ermitteln",
        "Ratgeber Immobilienkauf", "Widerrufsbelehrung", "Nur essenzielle Cookies akzeptieren"}},
      {"drupal-recettes-printemps-fr.html", "fr", "Recettes de printemps", "-", "",
       {"Au marché, le printemps commence toujours par les asperges.",
        "dès la mi-mai, les fraises de plein champ", "Elles sont simples, courtes en ingrédients",
        "Asperges vertes rôties, sabayon au citron", "Rôties à feu vif pour garder leur croquant",
        "Risotto aux petits pois et à la menthe", "Les cosses servent à faire le bouillon",
        "mijoté deux heures, auquel on ajoute en fin de cuisson navets", "2 h 30",
        "Radis croque-au-sel et beurre aux algues", "Salade de fèves, feta et citron confit",
        "Œufs cocotte aux morilles", "Tarte à la rhubarbe meringuée",
        "Le cresson de fontaine se mixe cru à la dernière minute",
        "Fraises marinées au basilic et poivre de Timut"},
       {"Aller au contenu principal", "Réserver une place", "Cuisine de saison, du marché à la table",
        "Bocaux et conserves", "Cours de cuisine", "Type de plat", "Trier par", "Les plus récentes",
        "Page suivante", "Les plus consultées", "Poulet rôti au foin", "La lettre de saison",
        "Une fois par mois, ce qui arrive au marché", "Mentions légales", "14 rue des Halles", "Non merci",
        "Nous utilisons des cookies sur ce site"}},
      {"invidious-canal-es.html", "es", "", "-", "",
       {"trabajo la madera en un pequeño taller de Medina de Rioseco",
        "recupero herramientas antiguas y enseño las técnicas de carpintería a mano",
        "Subo un vídeo nuevo cada jueves.", "Restauramos una mesa de castaño de 1890 que iba a la basura",
        "Cómo afilar un formón en cinco minutos (y que corte papel)",
        "Banco de trabajo con tornillo de madera: construcción completa", "Ensamble de cola de milano a mano, paso a paso para principiantes",
        "Visitamos el aserradero de la familia Quintana en Soria", "312.488 visualizaciones",
        "Hice una silla de enea con mi abuela Remedios",
        "Cepillo de carpintero: ajuste y puesta a punto de un Stanley viejo",
        "Errores que cometí en mi primer año de taller (y cuánto me costaron)",
        "Puertas de cuarterones para un aparador: la parte difícil"},
       {"Iniciar sesión/Registrarse", "Esta instancia se mantiene con donaciones", "Suscribirse", "Página siguiente", "Publicado bajo la licencia AGPLv3", "Donar al proyecto",
        "Ver la política de privacidad", "Versión actual"}},
      {"sched-sessions-en.html", "en", "", "-", "",
       {"The schedule for day one of Cascade Data Summit 2025.", "Talks in Ballroom A are recorded and captioned",
        "Keynote: The Pipeline Is Not the Product", "Priya Ramaswamy",
        "She shares how Larkfield cut its pipeline count by half while doubling the use of its data.",
        "Exactly-Once Is a Lie We Can Live With", "Staff Engineer, Quaystone Payments",
        "Column-Level Lineage Without Parsing Every SQL Dialect",
        "Migrating 2 PB from Hive to Iceberg Without a Freeze",
        "a practical setup that runs in CI in under six minutes", "Cost Attribution for a Shared Warehouse",
        "Panel: Who Owns the Data Model?", "3:00pm PDT - 3:40pm PDT",
        "Backfills at Scale: Replaying Three Years of Events in a Weekend",
        "followed by thanks to our volunteers and sponsors"},
       {"Skip to main content", "Get the app", "Log In", "Sign Up", "Filter By Date", "Filter By Venue",
        "Filter By Type", "Change to my timezone", "By Venue", "Thursday, May 15",
        "Thank you to our sponsors", "Event scheduling software by", "Terms of Use", "Accept All Cookies"}},
      {"directorist-botteghe-it.html", "it", "Botteghe e negozi a Cremona centro", "-", "",
       {"Dentro le mura di Cremona resistono ancora decine di botteghe a conduzione familiare",
        "Le schede sono compilate dai titolari e verificate dalla nostra redazione", "Bottega Liutaria Ferrandi",
        "costruiti a mano secondo il metodo classico cremonese", "Via Platina 18, 26100 Cremona CR",
        "Torroneria Bertazzi dal 1921", "0372 411 906", "Ferramenta Zanoni",
        "marubini in brodo, bollito misto con mostarda", "Calzoleria Pagliari", "Legatoria Artigiana Ravelli",
        "restauro di libri antichi e quaderni cuciti a mano", "Ciclofficina Lungo Po",
        "la signora Mondini lavora ancora con i cartamodelli del padre"},
       {"Vai al contenuto", "attività trovate", "Inserisci gratis la tua scheda", "Eventi in città", "Accedi", "Tutte le categorie",
        "Filtri avanzati", "Ordina per", "Vedi dettagli", "Successiva",
        "Cremona in tasca", "Ogni venerdì nuove aperture", "Rivendica una scheda", "Realizzato con Astra",
        "Noi e terze parti selezionate utilizziamo cookie", "Scopri di più e personalizza"}},
      {"ssp-afleveringen-nl.html", "nl", "Alle afleveringen", "-", "",
       {"Kantlijn is een podcast over geschiedenis in de marge",
        "Elke twee weken op donderdag zoeken Femke de Ruiter en Jasper Verhulst iemand op",
        "De laatste veerman van de Lek",
        "Veertig jaar lang zette Gerrit Hoogendoorn fietsers, koeien en een enkele verdwaalde bruiloft over de Lek",
        "Het verdwenen dorp onder de dijk",
        "een dorp dat na de stormvloed van 1421 nooit meer is opgebouwd", "De suikerfabriek van Puttershoek",
        "Smokkelaars in de Biesbosch", "Historica Marloes van Wijngaarden reconstrueert een van die tochten.",
        "Molenaars in opleiding", "de wind houdt zich nergens aan", "Het dagboek van juffrouw Bos",
        "IJsclub De Eendracht bestaat honderd jaar",
        "de baanveger en de winnares van de laatste dorpskampioenschappen"},
       {"Ga naar de inhoud", "Kantlijn live op 12 april", "Tip een verhaal", "Word vriend van Kantlijn",
        "Volg op Spotify", "RSS-feed", "Oudere afleveringen", "Pers en adverteren", "Privacyverklaring",
        "Ontworpen met WordPress", "Beheer cookietoestemming", "Voorkeuren bekijken"}},
  };
  for (const ListPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckListPage(p);
  }
}

}  // namespace
}  // namespace lede
