// Held-out round 228: single event pages, one event each, in five languages
// on ticketing, venue and event platforms, each in its own house style
// (tests/fixtures/heldout228/): a beginners' wheel-throwing workshop at a
// community pottery studio on an Eventbrite-style listing page in American
// English, a folk singer's arena concert on a Ticketmaster-style event page in
// British English, the premiere production of a new play on a German city
// theatre's own CMS, a temporary exhibition on washerwomen at a French town
// museum on its own site, a Postgres user group's monthly meetup on a
// Meetup-style page, one day's programme of a Dutch dyke-top music festival on
// WordPress, and a season concert of a Spanish concert hall's symphonic series
// on Drupal 10. Each page was written by hand in its house's own
// server-rendered markup (head metadata, Open Graph and Twitter tags,
// canonical links, the schema.org Event the platform prints in JSON-LD with
// its startDate and offers (EducationEvent, MusicEvent, TheaterEvent,
// ExhibitionEvent, Event, Festival, MusicEvent), config, analytics and
// consent scripts; skip links, promo and alert bars, headers with logos,
// menus and mega-menus, search, account links, breadcrumbs, ticket boxes with
// prices, quantity selectors, "Only 12 tickets left", "Sold out" and "Get
// tickets", other-dates lists, "Add to calendar", share and follow buttons,
// maps with their attribution lines, "Other events you may like" / "More
// Events at This Venue" / "Similar events nearby" shelves and their
// counterparts, newsletters, footers and cookie banners), with invented
// platforms, venues, organisers, people, places and works, and its rows set
// down from the page text alone, before lede ran on the pages, by this
// round's policy: kept: the event's description paragraphs (Eventbrite's
// "About this event", the concert's Additional Info, "Zum Stück", the
// exhibition's chapô and curatorial text, the meetup's Details, the
// festival's intro and "Uitgelicht" paragraphs, the concert hall's body and
// its "Antes del concierto" talk), the programme or agenda items (the
// workshop's Agenda, the concert's Running Order, the exhibition's "parcours"
// steps, the meetup's Agenda list, the festival's three stage timetables, the
// concert's Programa), the line-up, cast and speakers lists (the workshop's
// instructors, the concert's Lineup, the theatre's Besetzung of a team dl and
// an ensemble list, the exhibition's Commissariat, the meetup's Speakers, the
// concert hall's Intérpretes) and the practical information prose (getting
// there, duration, accessibility, the theatre's Einführung); dropped: promo
// and alert bars, mega-menu promos, header utility and account links, ticket
// and price boxes (prices, zones, "Get tickets", "Find Tickets", "Zum
// Kartenkauf", "Réserver un créneau", "Bestel tickets", "Comprar entradas",
// availability lines such as "Only 4 tickets left", "Nog maar 40 kaarten",
// "Últimas entradas", "Sold out", "Ausverkauft", "Uitverkocht", "Entradas
// agotadas"), seat-map legends, "More Dates" and other-dates lists, "Add to
// calendar" and its counterparts, share and report links, the meetup's
// attendees, comments prompt and action bar, the exhibition's "Autour de
// l'exposition" agenda card, map attribution lines, shelves of other events,
// newsletters, footers and cookie banners. Left unasserted either way: the
// date and time lines under the h1s (and the Dutch h1's own date), the
// venues' names and address lines, the organiser and host boxes (Eventbrite's
// "By ... 1.4k followers" and "Organized by" card, the meetup's "Hosted By"
// line and group card), age ratings ("Ages 16+", "Under 14s ...", "Empfohlen
// ab 14 Jahren ..."), the refund policy line, tags and topics, the Eventbrite
// highlights ("3 hours", "In person"), the summary under the Eventbrite h1,
// the theatre's quotation from the play and its press quote, the
// exhibition's catalogue card, the meetup's "How to find us" sidebar line,
// the Dutch page's timetable download button, the Spanish page's
// "Programa de mano" link, image credits, and all headings. No type is pinned
// (""). The published date is pinned as "-" on all seven: an event's page
// must carry no publication date taken from its startDate, its event:
// start_time tags, its <time datetime> or its date lines, and none of the
// pages prints a datePublished, an article:published_time or a dated byline
// (the WordPress page prints only Yoast's article:modified_time and
// dateModified). The title is pinned where the h1 is the event's name and
// equals the og:title and the <title> less the site's name: the German
// theatre ("Das Eisvogelhaus"), the French museum ("Le linge à la rivière",
// its subtitle in its own <p>), the Dutch festival ("Dagprogramma zaterdag 12
// juli", Yoast's custom og:title) and the Spanish hall ("La montaña y el
// mar"); not on the Eventbrite-style page (<title> "name Tickets, Sat, May
// 17, 2025 at 10:00 AM | Eventyard"), the Ticketmaster-style page (h1
// "Juniper Vale – The Long Light Tour 2025", og:title the same with
// "Tickets", <title> "Juniper Vale Tickets | Caldmoor Arena, Leeds | Sat 14
// Jun 2025 | Seatline UK") nor the Meetup-style page (og:title and <title>
// the name with ", Thu, Jun 12, 2025, 6:30 PM | Gatherup").
//
// Pages: an Eventbrite-style listing (html en-US, <title> "name Tickets, date
// | Eventyard", hreflang alternates, og and event:start_time tags, an
// EducationEvent JSON-LD with a Place and an AggregateOffer,
// window.__SERVER_DATA__, GTM and a OneTrust stub; the eds-skip-link, the
// global-header with logo, search-bar, Find Events / "Create Events" and
// "Help Center" dropdowns, "Log In" / "Sign Up"; main.eds-structure__main
// with the listing-hero image, event-details__main: an "Almost full" badge,
// the start-date time, h1.event-title, p.summary, the organizer brief (By
// ..., "1.4k followers", Follow), "Date and time", Location with "Show map",
// a hidden map with "Map data ©2025 Mapvista" and "Get directions", "Refund
// Policy", "About this event" with highlights and the has-user-generated-
// content description (four <p>s; "Your instructors" h3, a ul of three and a
// <p>; "Getting there" and Accessibility h3s with three <p>s), the Agenda
// (five agenda-items: a time div, an h3 title, three with a description
// <p>), "Good to know", Tags, "Organized by" card and "Report this event";
// the conversion-bar aside (two ticket-cards with prices, a quantity
// stepper, "Only 4 tickets left" and "Sold out", "From $85.00", "Sales end
// soon", "Get tickets", "Add to calendar", "Share this event", Save); "More
// events from this organizer" and "Other events you may like" card lists;
// the global-footer's four columns, copyright and legal links, and the
// OneTrust banner); a Ticketmaster-style event page on Next.js with
// styled-components classes (html en-GB, <title> "artist Tickets | venue |
// date | Seatline UK", a MusicEvent JSON-LD with three performers and two
// Offers, window.digitalData, _next chunks; the skip link, the app promo
// banner, the global-header with logo, utility links, "Sign In/Register", a
// Concerts mega-menu (Genres / Top Cities and a "Festival Season 2025"
// promo) and four more categories, the search form; breadcrumbs; the
// edp-header: image, h1, the date line, the venue link, "More Dates" with a
// hidden list of three dates, Favourite and Share; the ism ticket section
// (quantity and sort selects, Filters, an svg seat map with STAGE /
// STANDING / Block labels, a legend, four offers with prices, "Incl. fees",
// "Only 12 tickets left", "Fan-to-Fan Resale" and "Sold Out", the fee
// disclaimer and "Find Tickets"); "Event Info" with h3 blocks: Additional
// Info (four <p>s), Lineup (a ul of three), Running Order (a ul of five
// times and a note <p>), Age Restrictions, Getting There (two <p>s) and
// Accessibility (two <p>s); the Venue section with name, address, map,
// "© Mapvista © OpenStreetMap contributors", "View Venue Info" and "Add to
// Calendar"; the aside's guarantee, resale promo and "Follow Artist" boxes;
// "More Events at This Venue" and "You Might Also Like" card lists; the
// "Never miss a presale" newsletter, the footer's Helpful Links / Our
// Network / About Us / "Friends & Partners" columns and legal lines, the
// cookie dialog and __NEXT_DATA__); a German theatre's own CMS (html de,
// <title> "name | Theater Wendelbach", a TheaterEvent JSON-LD with an
// AggregateOffer, a twConfig and a Matomo script; two skiplinks, the
// top-bar with the box office hours, Barrierefreiheit / "Leichte Sprache" /
// English, the site-header logo, the main-nav with a Spielplan flyout and
// its "Theaterfest am 29. Juni" teaser, a Sparten flyout and four more
// items, the search toggle and form, "Mein Konto", "Warenkorb (0)" and
// Karten; the breadcrumb; main.production: the production-stage figure with
// credit, the Sparte line, h1, the author line and "Großes Haus · Premiere
// am ..."; section tabs; "Zum Stück" (a lead <p>, three <p>s and a
// blockquote from the play), Besetzung (a dl.cast-list of six div-wrapped
// dt/dd pairs and a ul of five role and name pairs), "Gut zu wissen" (five
// h3 and <p> items: Dauer, Einführung, Barrierefreiheit, Anfahrt, Hinweise),
// "Termine & Karten" (a date-list of five dates with Ausverkauft,
// "Restkarten an der Abendkasse", "Karten kaufen" and extras, "Weitere
// Termine anzeigen"); the sidebar's ticket-box (prices, the pass line, "Zum
// Kartenkauf", "Saalplan Großes Haus", "Zum Kalender hinzufügen"), share-box
// and press-box; the "Das könnte Sie auch interessieren" teaser-row of
// three; the newsletter-teaser, the footer's Theaterkasse / Service / "Das
// Haus" columns, the funding line and legal links, and the cookie-consent
// dialog); a French museum's own site (html fr, <title> "name | Musée des
// Arts du Quotidien", fr and en hreflang, an ExhibitionEvent JSON-LD with an
// alternateName, start and end dates and two Offers, tarteaucitron and
// Leaflet; c-skiplinks, a c-alert closure notice, the c-header's opening
// hours line and utility links, the logo, the c-nav with a Visiter submenu
// and its "Nuit européenne des musées" push and five more items, search and
// Billetterie; the Fil d'Ariane; the c-hero with image and credit, kicker,
// h1.c-hero__title, the subtitle <p>, dates and place; the article: the
// c-wysiwyg chapô and three <p>s, "Le parcours de l'exposition" (an ol of
// four steps, each an h3 and a <p>), Commissariat (a ul of three and a
// <p>), "Infos pratiques" (three h3 and <p> items and the Leaflet map with
// its attribution), "Partager cette exposition"; the aside's Tarifs card
// (prices, the coupled-ticket note, "Réserver un créneau", "Ajouter à mon
// agenda"), the "Autour de l'exposition" agenda card with Complet and "Plus
// que 5 places", and the catalogue card; "Vous aimerez aussi" of three
// cards; the c-newsletter, the c-footer's address / Horaires / Suivez-nous
// columns, the Musée de France line and legal links, and the tarteaucitron
// alert); a Meetup-style page on Next.js with Tailwind classes (html en,
// <title> and og:title "name, date | Gatherup", og:type article, an Event
// JSON-LD with a free Offer; the skip link, the header with logo, search
// and location, English / "Start a new group" / "Log in" / "Sign up"; the
// date line, h1 and "Hosted By" box; the event image, Details with the
// break-words description (two <p>s, a bold Agenda <p> and a ul of seven
// timed items, a bold Speakers <p> and a ul of two, three <p>s, a bold
// "Getting there" <p> and three <p>s), topics, "Attendees (48)" with four
// cards, "Photos (12)", "Comments (3)" with its log-in prompt; the sidebar's
// group card and event-info card (time, "Add to calendar", venue, map,
// "Map data ©2025 Mapvista", the "How to find us" line); "Similar events
// nearby" of three cards; the sticky action bar (name, FREE, "12 spots
// left", Share, Attend); the footer's "Create your own Gatherup group." and
// "Get Started", Your Account / Discover / Gatherup columns, "Follow us" and
// legal links, the cookie banner and __NEXT_DATA__); a WordPress 6.6 page
// on a custom festival theme (html nl-NL, Yoast's <title> "name -
// Polderklanken", a custom og:title, article:modified_time and a WebPage /
// BreadcrumbList / WebSite / Organization graph with dateModified only, a
// Festival JSON-LD with an Offer and performers, gtag with consent mode and
// Complianz; the skip-link, the topbar "Let op: zaterdag is bijna
// uitverkocht!", the site-branding logo and tagline, the main-navigation
// with a Programma sub-menu of the three days and the timetable pdf, an Info
// sub-menu and four more items, a Tickets button; the page-hero with
// image, the Yoast breadcrumbs, h1.entry-title and the meta line; day-tabs;
// entry-content: two intro <p>s, three h2 stages each with a
// wp-block-list timetable of li "<strong>times</strong> act", an
// "Uitgelicht" h2 with three <p>s, a Praktisch h2 with three <p>s and a
// wp-block-buttons timetable download; the ticket-widget aside (three
// tickets with prices, "Nog maar 40 kaarten", Uitverkocht, Aantal, "Bestel
// tickets", "Toevoegen aan agenda"), share-buttons, the map embed with its
// OpenStreetMap credit; "Ook interessant" of three related posts; the
// newsletter-signup, the footer widgets (about text, Handig menu, Partners),
// site-info and the Complianz cookie banner); and a Drupal 10 site on a
// custom theme (html es, og tags, a schema_metatag @graph with a MusicEvent,
// three performers and an AggregateOffer, <title> "name | Palacio de la
// Música de Valdeserra" after the JSON-LD, gtag; the skip-link, the
// dialog-off-canvas-main-canvas, a pre-header block "Temporada 2025-2026:
// abonos ..." with "Renueva tu abono", the branding block, the main menu with
// a Programación submenu and five more items, the search_api views form, the
// language switcher, "Mi cuenta" / Cesta; the system breadcrumb; the
// node--type-concierto: field-ciclo "Ciclo Sinfónico 9", h1.page-title, the
// date-text field, the image with its credit; the body field (four <p>s),
// field-programa (paragraph--type--obra items with compositor and obra
// fields and a Descanso pausa), field-interpretes (a ul of three), "Antes del
// concierto" (a <p>), "Información práctica" (four <p>s, three led by
// <strong> labels); the concierto__compra aside (Otras fechas with "Últimas
// entradas" and "Entradas agotadas", a zones table with caption, the
// discount line, "Seleccione la zona" select, "Comprar entradas", "Añadir al
// calendario"), "Compartir en" and the "Programa de mano" pdf link; the
// related-concerts view "También te puede interesar" of three rows; the
// simplenews block, the footer's Taquillas block, "El Palacio" menu, the
// consortium line and legal menu, the eu-cookie-compliance sliding-popup and
// drupal-settings-json).
//
// lede was then run on the pages (first run with 5d54194a's rules and stop 74's
// first mends of stop 73's review leftovers in the working tree, which change
// no golden record): 4 of 7 pages passed as first written (9 failed checks).
// Rules kept from this round (stop 74): on a page that declares an event and
// nothing written, the box office's lines ("Sold Out", "Only 12 tickets left",
// "Karten kaufen" alone) and a dates list whose rows, half of them or more,
// close on a ticket's status after their clock time ("Sa 22.03. 19:30 Großes
// Haus Ausverkauft") are the site's; a ticket seller's strip of the venue's
// other events ("More Events at This Venue", "sc-more-events") is a shelf.
// Left, unasserted: the Meetup-style page's attendees and photos sections
// ("Attendees (48)", "Photos (12)") in the details column, and (no row) the
// Eventbrite-style page's organiser card and the date and venue lines the
// policy leaves unasserted.
//
// Rows by a helper, from the page text alone, before lede was run on the
// pages.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct EventPage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckEventPage(const EventPage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout228", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, EventPageRound228) {
  const EventPage pages[] = {
      {"eventbrite-clay-commons-first-bowl-workshop-en.html", "en", "", "-", "",
       {"This hands-on workshop is built for complete beginners.",
        "you will learn how to wedge clay, center it on the wheel, open it up and pull the walls into a simple bowl.",
        "Classes are capped at eight people, so each student gets a wheel of their own and plenty of one-to-one help.",
        "most people collapse at least one before it clicks.",
        "We trim them, bisque fire them and dip them in your choice of three house glazes",
        "All clay, tools, aprons and firing costs are included in the ticket price.",
        "Marisol Quintero-Webb, studio founder and production potter",
        "Tobias Wrenfield, ceramics teacher for twelve years",
        "Hana Ostrowska, studio assistant and kiln technician",
        "is famously patient with people who are sure they have no talent.",
        "a five-minute walk from the Tillamook & 9th streetcar stop.",
        "Two of our wheels can be set up at seated height",
        "The workshop lasts three hours, including a short break for tea and snacks halfway through.",
        "Wedging and centering demonstration",
        "Your instructor shows how to knead the air out of the clay",
        "Expect to make four or five attempts; every one of them teaches you something about pressure and speed.",
        "Pick from celadon, oatmeal or deep cobalt"},
       {"Help Center",
        "Map data ©2025 Mapvista",
        "Only 4 tickets left",
        "Sold out",
        "Sales end soon",
        "Get tickets",
        "Add to calendar",
        "Share this event",
        "Report this event",
        "More events from this organizer",
        "Glaze Night: Paint Your Own Mug",
        "Other events you may like",
        "Sourdough Basics Bake-Along",
        "Eventyard Fees",
        "We use cookies and similar technologies to help personalize content"}},
      {"ticketmaster-juniper-vale-long-light-leeds-en.html", "en", "", "-", "",
       {"After two years away writing in a converted chapel on the Northumberland coast",
        "Juniper Vale returns to the stage with The Long Light, a show built around her third album",
        "The set moves from the hushed piano ballads of her early records to the full-band anthems of the new album",
        "a lighting design by Aurelie Danvers, who built the famous candle wall for the 2022 homecoming shows.",
        "whose close-harmony folk has been winning over festival crowds since their first EP",
        "who opens each night alone with a twelve-string guitar.",
        "Fans who bought the album through the official store will receive an exclusive printed lyric booklet",
        "The Ostler Brothers",
        "Kit Marramore",
        "23:00 Curfew",
        "The show runs for approximately five hours from doors to curfew, with Juniper Vale on stage for around two "
        "hours.",
        "Caldmoor Arena is a twelve-minute walk from Leeds station",
        "follow the river path east past the old grain warehouses and cross at the Wellgate footbridge.",
        "Shuttle buses run from the Elland Vale park-and-ride every ten minutes from 16:30",
        "There is no public parking at the arena itself.",
        "Wheelchair spaces with a free companion seat are on a raised platform at the back of the standing floor",
        "Every performance of this tour has a British Sign Language interpreter on a lit platform to the left of the "
        "stage."},
       {"Download the Seatline app: your tickets on your phone, no printing needed.",
        "Sign In/Register",
        "Festival Season 2025",
        "More Dates",
        "Fri 20 Jun • Barrowfield Hall, Glasgow",
        "Verified Resale Tickets",
        "Only 12 tickets left",
        "Sold Out",
        "Prices include booking fees.",
        "Find Tickets",
        "© Mapvista © OpenStreetMap contributors",
        "Add to Calendar",
        "More Events at This Venue",
        "Harrow Lane – Live at the Mill",
        "Never miss a presale",
        "We and our partners use cookies and similar technologies to run this site"}},
      {"theater-wendelbach-das-eisvogelhaus-de.html", "de", "Das Eisvogelhaus", "-", "",
       {"Seit drei Generationen betreibt die Familie Oberländer eine Pension am Ufer des Wendelsees.",
        "kehren ihre drei Enkelinnen für ein langes Wochenende zurück, um das Haus auszuräumen und über seine Zukunft "
        "zu entscheiden.",
        "Zwischen Kisten voller Briefe, einem ausgestopften Eisvogel und dem Gästebuch aus fünf Jahrzehnten tauchen "
        "Geschichten auf, die niemand erzählen wollte.",
        "Was als Streit ums Erbe beginnt, wird zu einer Abrechnung mit dem Schweigen einer ganzen Familie.",
        "Ihre Dialoge sind lakonisch und oft sehr komisch",
        "Die Schwestern reden über Matratzen und Bettwäsche, um nicht über die Mutter reden zu müssen.",
        "Regisseurin Friederike Ahlgrimm inszeniert die Uraufführung als Kammerspiel, in dem der See immer mitspielt.",
        "steigt im Lauf des Abends das Wasser durch die Dielen der Gaststube",
        "Merle Hattendorf",
        "Katrin Mühlberger",
        "Lena Vosskamp",
        "Emre Taşdelen",
        "Die Vorstellung dauert etwa zwei Stunden und zwanzig Minuten und hat eine Pause.",
        "Eine halbe Stunde vor jeder Vorstellung gibt die Dramaturgie im Oberen Foyer eine kurze Einführung in Stück "
        "und Inszenierung.",
        "Das Große Haus ist über den Seiteneingang an der Mühlenstraße stufenlos erreichbar.",
        "eine induktive Höranlage ist in allen Reihen vorhanden.",
        "Ihre Eintrittskarte gilt am Vorstellungstag drei Stunden vor Beginn bis Betriebsschluss als Fahrschein im "
        "Verbundnetz."},
       {"Theaterkasse: Mo–Fr 10–18 Uhr, Sa 10–14 Uhr · Telefon 07731 40 88 0",
        "Theaterfest am 29. Juni",
        "Warenkorb (0)",
        "Ausverkauft",
        "Restkarten an der Abendkasse",
        "Karten kaufen",
        "Weitere Termine anzeigen",
        "18 € bis 42 €, ermäßigt ab 9 €",
        "Zum Kartenkauf",
        "Zum Kalender hinzufügen",
        "Das könnte Sie auch interessieren",
        "Der Schneider von Lindau",
        "Erfahren Sie als Erste von Premieren, Zusatzvorstellungen und Vorverkaufsstarts.",
        "Das Theater Wendelbach wird gefördert von der Stadt Wendelbach und dem Land.",
        "Wir verwenden Cookies, um die Nutzung unserer Website statistisch auszuwerten."}},
      {"musee-le-linge-a-la-riviere-fr.html", "fr", "Le linge à la rivière", "-", "",
       {"Pendant un siècle, les bords de l'Orbelle ont résonné du bruit des battoirs.",
        "des centaines de femmes y lavaient le linge des familles de la ville, agenouillées dans des caisses de bois "
        "garnies de paille.",
        "L'exposition retrace l'histoire de ce métier pénible et indispensable",
        "depuis les premiers bateaux-lavoirs amarrés au quai des Tanneurs",
        "font revivre les gestes, les outils et la sociabilité des lavoirs",
        "Une salle entière est consacrée à la grève de 1906",
        "Leurs banderoles, retrouvées en 2019 dans le grenier d'une ancienne blanchisserie, sont restaurées pour "
        "l'occasion.",
        "Battoirs, brosses de chiendent, cendriers à lessive et la reconstitution d'un bateau-lavoir de 1880",
        "présente une collection rare de fers à braise et de fers à tuyauter.",
        "Tracts, photographies de presse et banderoles racontent trois semaines de lutte",
        "Machines à laver, réclames et souvenirs enregistrés de dernières lavandières",
        "Odile Ferrand-Lasserre, conservatrice en chef du patrimoine, directrice du musée",
        "Bastien Morvillier, historien du travail, maître de conférences à l'université de Vaudrelle",
        "L'exposition a bénéficié du prêt de plus de quarante familles de Vaudrelle",
        "Comptez environ une heure et quart pour parcourir l'exposition",
        "Le musée se trouve à dix minutes à pied de la gare de Vaudrelle, en longeant l'Orbelle vers l'aval.",
        "Un parking vélos couvert est installé dans la cour d'entrée.",
        "L'ensemble du parcours est accessible aux personnes en fauteuil roulant."},
       {"Le musée sera exceptionnellement fermé le jeudi",
        "Aujourd'hui : ouvert de 10 h à 18 h",
        "Nuit européenne des musées",
        "© les contributeurs d'OpenStreetMap",
        "Partager cette exposition",
        "Billet couplé avec les collections permanentes.",
        "Réserver un créneau",
        "Ajouter à mon agenda",
        "Complet",
        "Plus que 5 places",
        "Tout l'agenda de l'exposition",
        "Vous aimerez aussi",
        "Dentelles de papier",
        "Inscrivez-vous à notre lettre d'information pour recevoir chaque mois le programme du musée.",
        "est un musée de la Ville de Vaudrelle, labellisé Musée de France.",
        "Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer."}},
      {"meetup-solent-postgres-partitioning-night-en.html", "en", "", "-", "",
       {"Our June meetup is all about the tables that got too big.",
        "Two members share what they learned moving multi-terabyte tables to declarative partitioning without taking "
        "their applications offline",
        "from people who wrote their first SELECT last month to people who read the planner source for fun.",
        "7:10 pm: Partitioning a 4 TB orders table, one month at a time",
        "8:00 pm: What pg_stat_statements told us about our ORM",
        "9:00 pm: Wrap-up, then drinks at the Anchor & Ledger on Ocean Row",
        "Nadia Osei-Brennan, database engineer at Tidewater Logistics",
        "Callum Fairweather, platform lead at Brightkeel Insurance",
        "including the two migrations they had to roll back and the trigger that nearly ate a weekend.",
        "He will show how a week of reading query statistics cut their database bill by a third",
        "write your name on the whiteboard by the door when you arrive.",
        "Tidewater's office is on the third floor of Quayside House, opposite the passenger ferry terminal.",
        "someone from the group will bring you up in the lift.",
        "The building is step-free and has an accessible toilet on every floor.",
        "Talks are recorded and posted with captions on our video channel within a week.",
        "please update your RSVP so that someone on the waitlist can take your place."},
       {"Start a new group",
        "Log in to see comments and join the conversation.",
        "Add to calendar",
        "Map data ©2025 Mapvista",
        "Similar events nearby",
        "Intro to Kubernetes Operators",
        "Wessex Python: Testing Data Pipelines",
        "12 spots left",
        "Create your own Gatherup group.",
        "Become an Affiliate",
        "Gatherup and its partners use cookies to run the site"}},
      {"wordpress-polderklanken-zaterdag-nl.html", "nl", "Dagprogramma zaterdag 12 juli", "-", "",
       {"Op zaterdag staat de dijk helemaal in het teken van ontdekken.",
        "van Friese folk tot Braziliaanse blaasmuziek en van dromerige elektronica tot een zeventigkoppig koor in de "
        "boomgaard.",
        "De dag opent om 12.00 uur met het Zoutewaards Havenkoor op het Dijkpodium en eindigt na middernacht met een "
        "lange dj-set in de Loods.",
        "Marrit & de Meeuwen",
        "Sjoerd Kampinga & het Wadorkest",
        "Kwelder Kollektief",
        "DJ Polderlicht (lange set)",
        "Verhalenverteller Wobbe Tjallema",
        "Workshop zeefdrukken voor kinderen van 6 tot 12 jaar",
        "is een twaalfkoppige fanfare uit Rotterdam-Zuid die samba, frevo en Hollandse kermismuziek door elkaar "
        "husselt.",
        "Hun optredens eindigen traditioneel met een polonaise over de dijk",
        "Verwacht galmende gitaren, driestemmige zang en liedjes over windmolens en nachtbussen.",
        "die voor deze avond een speciaal orkest samenstelde met muzikanten van de Waddeneilanden.",
        "De poorten gaan open om 11.30 uur.",
        "Vanaf het station rijdt op zaterdag elk kwartier een gratis pendelbus; de laatste bus terug vertrekt om 02.30 "
        "uur.",
        "Van daaruit is het tien minuten lopen over een verlicht fietspad.",
        "Bij het Dijkpodium staat een verhoogd platform voor rolstoelgebruikers",
        "Een begeleider heeft gratis toegang op vertoon van een geldige begeleiderspas."},
       {"Let op: zaterdag is bijna uitverkocht!",
        "Muziek op de dijk · 11, 12 en 13 juli 2025",
        "Vrijdag 11 juli",
        "Timetable (pdf)",
        "Veelgestelde vragen",
        "Nog maar 40 kaarten",
        "Uitverkocht",
        "Bestel tickets",
        "Toevoegen aan agenda",
        "Deel dit programma:",
        "Kaartgegevens © OpenStreetMap-bijdragers",
        "Ook interessant",
        "Vijf nieuwe namen voor de zondag",
        "Als eerste op de hoogte van nieuwe namen, de timetable en last-minute kaarten.",
        "wordt gemaakt door meer dan vierhonderd vrijwilligers.",
        "Om de beste ervaringen te bieden, gebruiken wij technologieën zoals cookies"}},
      {"drupal-palacio-musica-montana-y-mar-es.html", "es", "La montaña y el mar", "-", "",
       {"La temporada sinfónica llega a su noveno programa con un viaje de las cumbres al litoral.",
        "reúne tres obras escritas a orillas del Cantábrico y unidas por el paisaje.",
        "la nueva obra de Elvira Sandoval, encargo del Palacio para esta temporada.",
        "en ella la percusión se reparte por los palcos laterales de la sala.",
        "una partitura de enorme lirismo que no se escuchaba en Valdeserra desde 1958",
        "cuya cadencia final el propio compositor tachó y reescribió cuatro veces.",
        "en el que los metales imitan las sirenas de niebla del puerto",
        "Tomás Arrieta (1871-1932)",
        "Concierto para violonchelo y orquesta en re menor",
        "Sinfonía n.º 2 en mi bemol mayor, «Del mar»",
        "Aitana Berrocal, violonchelo",
        "Ferran Olivé Casademunt, director",
        "la musicóloga Nerea Solís ofrece en la Sala de Cámara una charla introductoria de treinta minutos",
        "1 hora y 50 minutos, con un descanso de 20 minutos.",
        "El Palacio se encuentra en la avenida de la Ribera, junto al puente de Hierro.",
        "el aparcamiento público subterráneo de la plaza de los Tilos está a cinco minutos a pie.",
        "La Sala Sinfónica dispone de seis espacios para personas en silla de ruedas",
        "Una vez comenzado el concierto no se permitirá el acceso a la sala hasta el descanso."},
       {"Temporada 2025-2026: abonos a la venta hasta el 30 de septiembre.",
        "Renueva tu abono",
        "Jazz en el Palacio",
        "Alquiler de espacios",
        "Últimas entradas",
        "Entradas agotadas",
        "Paraíso (visibilidad reducida)",
        "Descuento del 50 % para menores de 30 años y personas desempleadas.",
        "Seleccione la zona",
        "Comprar entradas",
        "Añadir al calendario",
        "Compartir en",
        "También te puede interesar",
        "Réquiem en la colegiata",
        "Recibe cada mes la programación del Palacio y las preventas para abonados.",
        "Este sitio web utiliza cookies para mejorar su experiencia de navegación"}}
  };
  for (const EventPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckEventPage(p);
  }
}

}  // namespace
}  // namespace lede
