// Held-out round 210: sports match reports and results stories from seven
// sports news sites in five languages, each in its own house style
// (tests/fixtures/heldout210/): a BBC Sport-style football match report
// (English, UK: Kingsmere United 2-1 Ashbury Town, with a line-ups box and a
// "Match Stats" widget beside the text), a kicker-style Bundesliga
// "Spielbericht" (German: SV Rheinfels 04 - FC Lindenau 3:1, with a scoreline
// header and "Tore" and "Aufstellung" boxes), an L'Équipe-style rugby report
// (French: Castelvieil 27-17 Lanvalois, with a score header and "La feuille
// de match"), a Marca-style basketball story (Spanish: Valdeloma 88-81
// Costaverde, with a "Ficha técnica" box), a Gazzetta-style cycling stage
// report (Italian: the sixth stage of an invented stage race, with its
// "Ordine d’arrivo" and "Classifica generale" tables in the story), an
// ESPN-style baseball recap (US English: Ironmen 6-4 Herons, with a box-score
// strip and "Top Performers") and a NOS-style tennis story (Dutch: a final
// won in three sets, with a result line). Each page was written by hand in
// its house style's own server-rendered markup (head metadata, Open Graph and
// Twitter tags, canonical links, the NewsArticle or ReportageNewsArticle
// JSON-LD the site prints, config and analytics scripts; skip links, score
// tickers and live strips, headers with logos, sport menus and sub-menus,
// account and subscribe links, score headers and match tabs, bylines with
// dates, share bars, read-also links, ad slots and a video embed inside the
// story, line-up, goal and match-sheet boxes, match-stats, top-performer,
// game-information and betting boxes, league tables, most-read, latest and
// more-from lists, video playlists, comment prompts, newsletter, fantasy and
// app prompts, footers, cookie banners and scripts), with invented sites,
// clubs, players, coaches, races, places and text, and its rows set down from
// the page text alone, before lede ran on the pages, by this round's policy:
// kept: the report's story text without its headline, every paragraph from
// the first to the last (BBC's bold introduction included, the first <p> of
// its story body; the recap's first paragraph is asserted after its
// dateline), its subheadings (BBC's crossheads, kicker's, Marca's and
// Gazzetta's subheads, L'Équipe's intertitles, the recap's "KEY MOMENT" /
// "KEY STAT" / "TRAINER'S ROOM" / "UP NEXT", NOS's h2s), its quotes (Marca's
// pull quote among them) and the cells of the two results tables inside the
// Gazzetta story; dropped: skip links, site headers, sport navs and sub-navs,
// score tickers and live-score strips across the top, the scoreline header
// widgets outside the story (BBC's fixture header with venue and attendance,
// kicker's game cell, L'Équipe's ScoreHeader, the recap's Gamestrip with its
// line score and pitchers of record) and their match tabs, line-up boxes
// (BBC's "Line-ups", kicker's "Tore" and "Aufstellung" module with its
// referee line, L'Équipe's "La feuille de match", Marca's "Ficha técnica"),
// match-stats, top-performer and game-information widgets, league tables in
// the sidebar, read-also links and a video embed inside the story, "Most
// read", "Latest" and "More from" lists, video playlists, betting-odds boxes
// and gambling notices, share bars, player-rater, newsletter, fantasy and app
// prompts, comments prompts, footers and cookie banners. Left unasserted
// either way: the standfirsts and deks (kicker's teaser, L'Équipe's chapo,
// Marca's standfirst, Gazzetta's summary: a summary a reader may take with
// the story or with its header), kickers, breadcrumbs and tags, bylines and
// dates (the date is checked as the page's date), photo captions and credits,
// player names standing alone (the story repeats them), ad labels, and NOS's
// result line "Verbeek - Moravcová 6-4 3-6 7-6 (5)" between the header and
// the body (the story's own score, which a reader may count with either). The
// type is "article" on all seven. The published date is pinned on all seven,
// each page showing a dated byline that its JSON-LD datePublished agrees with
// (BBC's <time> "8 March 2025", kicker's "05.04.2025, 18:27", L'Équipe's
// "Publié le 12 avril 2025 à 19h02", Marca's "Domingo, 13 abril 2025 -
// 22:15", Gazzetta's "12 maggio 2025 - 17:55", the recap's "Jun 14, 2025,
// 04:47 PM ET" and NOS's "zo 18 mei 2025, 16:52"). The title is pinned on
// five, whose h1 is the headline alone and equals the og:title (BBC,
// L'Équipe, Marca, Gazzetta and NOS, where the <title> adds the site's name
// or, on Gazzetta, is a longer SEO title), not on kicker's, whose og:title
// and <title> are the fixture's scoreline "SV Rheinfels 04 - FC Lindenau 3:1
// (1:1) | Spielbericht", nor on the recap, whose og:title and <title> are
// "Ironmen 6-4 Herons (Jun 14, 2025) Game Recap - ASN" and not its h1.
//
// Pages: a BBC Sport-style match report (html.b-pw-1280 in en-GB, <title>
// "headline - ABS Sport", og and twitter tags, a ReportageNewsArticle JSON-LD
// with an organisation as author, the __ABS_SPORT_CONFIG__ blob; the
// orb-banner with the "Skip to content" / "Accessibility Help" links, the
// blocks logo, "Sign in", the orb-nav-links Home / News / Sport / Weather /
// ABS Player / Listen / Learn / More and the search form; the
// sp-c-global-header with the sport navigation Home / Football / Cricket /
// Formula 1 / Rugby Union / Rugby League / Tennis / Golf / All Sport A-Z and
// the football secondary navigation "Scores & Fixtures / Tables / Gossip /
// Transfers / Leagues & Cups / All Teams / Women's Football"; the
// sp-c-fixture header with team names, 2 and 1, FT, "Half Time Kingsmere
// United 1 , Ashbury Town 1", the scorers, "Venue: Harrowgate Lane" and
// "Attendance: 18,402", and the match tabs Report / Live / Line-ups / Match
// Stats / Head-to-head; in a two-thirds column article#main-content with the
// story-header h1 and <time>, a figure with its caption, div.story-body with
// p.sp-story-body__introduction, six <p>s, an h2 crosshead, four <p>s, the h2
// "‘We showed real character’ - what they said" and four quote <p>s, then the
// "Rate the players" player rater, the share tools "Share page" with their
// hidden list, the app promo "Download the ABS Sport app" and Related Topics;
// in the one-third column aside.sp-c-lineups "Line-ups" with both teams'
// formations, numbered players, booking and substitution notes, "Substitutes"
// and the referee, section.sp-c-match-stats "Match Stats" (a dl of Possession
// / Shots / Shots on target / Corners / Fouls committed) and the
// "Championship table" top five with "View full Championship table"; below,
// "Top Stories", "Most Read" and "Elsewhere on Sport"; the orb-footer links,
// the copyright line "... Find out how we link to other sites." and the
// cookie banner "Let us know you agree to cookies" with "Yes, I agree" / "No,
// take me to settings"); a kicker-style Spielbericht (html.kick__no-js,
// <title> "SV Rheinfels 04 - FC Lindenau 3:1 (1:1) | Spielbericht |
// Bundesliga 2024/25, 27. Spieltag | ballwerk", og:title the scoreline,
// article:published_time, NewsArticle and SportsEvent JSON-LD, the
// kickerConfig and dataLayer scripts and a consent-manager loader; "Zum
// Inhalt springen"; the kick__ticker-bar "Liveticker" with three matches; the
// header with the logo, "ballwerk+ 4 Wochen gratis testen", "Anmelden" and
// Suche; the kick__navigation Bundesliga / 2. Bundesliga / 3. Liga / Amateure
// / International / Formel 1 / Handball / Mehr Sport / Managerspiel with the
// sub-menu News / Spieltag / Tabelle / Torjäger / Vereine / Transfers;
// BreadcrumbList microdata; the kick__gameinfo-header with the v100 game cell
// (crests, names, 3 : 1, "(1:1)", "Sa., 05.04.2025, 15:30 Uhr") and the tabs
// Vorschau / Ticker / Spielbericht / Spielinfo / Noten; article.kick__article
// with the kicker line "3:1 gegen Lindenau", the h1, p.kick__article__teaser,
// the author and <time>, a figure with caption and credit,
// div.kick__article__content of four <p>s, a "Mehr zum Thema" inline teaser,
// an h2 and four <p>s, the h2 "Stimmen zum Spiel" and four <p>s, the share
// bar "Artikel teilen" and "Jetzt mitdiskutieren (47 Kommentare)"; after the
// article the spielinfo module "Tore" (four goals with score, scorer, minute
// and detail such as "Rechtsschuss, Vorarbeit Kessler") and "Aufstellung"
// (each team's line with grades, "Einwechslungen:", "Reservebank:",
// "Trainer:"), the matchinfo list Gelbe Karten / Schiedsrichter / Zuschauer /
// Spieler des Spiels, and the "Quoten zum nächsten Spieltag" betting module
// with "18+ | Glücksspiel kann süchtig machen..."; the sidebar "Tabelle"
// (places 4 to 8) with "zur kompletten Tabelle", "Meistgelesen" and "Der
// Bundesliga-Newsletter"; the footer's app line, Impressum / Datenschutz /
// Nutzungsbedingungen / Cookie-Einstellungen / Mediadaten / Kontakt and "©
// 2025 ballwerk Sportverlag GmbH. Alle Rechte vorbehalten.", and the
// consent-manager box "Wir und unsere Partner speichern und/oder greifen..."
// with "Zustimmen und weiter"); an L'Équipe-style rugby report (a Nuxt page
// with data-n-head attributes, <title> "headline - Rugby - Championnat -
// SportMatin", og:title the headline, a NewsArticle JSON-LD, tc_vars and the
// Didomi loader; div#__nuxt, the SkipLink "Aller au contenu principal"; the
// TopBar "Rugby - Championnat - 22e journée" with three results and "Tous les
// résultats"; the HeaderMenu with Menu, the logo, Football / Rugby / Tennis /
// Cyclisme / Basket / Handball / Sports de combat / Tous sports, Directs /
// "S’abonner" / "Se connecter" and the Rugby SubMenu; the ScoreHeader
// (competition and date line, teams and 27 - 17, "Terminé - Mi-temps : 16-7",
// an "Essais" line and the tabs Le direct / Le compte rendu / Statistiques);
// div.Article with the breadcrumb, h1.Article__title, h2.Article__chapo, the
// Author and "Publié le ... mis à jour ...", a figure with caption and
// credit, the top ShareBar "Partager" / "Copier le lien";
// div.article__body.Article__content of div.Paragraph wrappers: four
// p.Paragraph__content, an aside RelatedLink "À lire aussi", an
// h2.Paragraph__title, five <p>s (quotes in « » with non-breaking spaces), an
// h2 and two <p>s; section.MatchSheet "La feuille de match" (a score line
// with stadium, spectators and referee, both teams' scorers, yellow cards and
// line-ups); the bottom share bar, the CommentsTeaser "Réagissez à cet
// article (23 réactions)"; the Sidebar "Classement" with "Voir le classement
// complet", "Les plus lus" and "Vidéos"; the AppPromo "Téléchargez
// l’application"; the Footer links and "© SportMatin 2025 - Tous droits
// réservés"; the Didomi popup with its h1 "Bienvenue sur SportMatin" and
// "Accepter & Fermer", and window.__NUXT__); a Marca-style basketball story
// (Unidad Editorial's ue- markup, <title> "headline | Campeón", og and
// article tags, a NewsArticle JSON-LD, ueDataLayer and a CMP loader; "Saltar
// al contenido"; the ue-c-live-bar "Directos" with three live items; the main
// header with Menú, the logo, Suscríbete / "Iniciar sesión", the section nav
// Fútbol / Baloncesto / Motor / Tenis / Ciclismo / Más deportes / Apuestas
// and the Baloncesto sub-nav; main.ue-l-article with the kicker "Liga |
// Jornada 27", h1.ue-c-article__headline, p.ue-c-article__standfirst, a
// figure with caption and source, the byline (name, location), the
// publishdate <time> with "Actualizado ..." and the share list "Compartir en
// Facebook / X / Whatsapp / Enviar por email";
// div.ue-c-article__body[data-section=articleBody] of three <p>s, a "Te puede
// interesar" related box, an h2 subheadline, two <p>s, a "Publicidad" ad
// slot, an h2, two <p>s, a blockquote pull quote and three <p>s; the tags,
// "Ver 34 comentarios", the newsletter box "Todo el baloncesto, cada mañana"
// and the Outbrain "Recomendado por" block; the aside with
// section.ue-c-ficha-tecnica "Ficha técnica" (both teams' lines with quarter
// scores and points, "Árbitros:", "Incidencias:"), the betting box "Cuotas de
// la próxima jornada" with "+18. Juega con responsabilidad.", the
// "Clasificación Liga" table with "Ver clasificación completa" and "Lo más
// leído"; the footer's app line, legal links and copyright, and the CMP
// dialog "Valoramos tu privacidad" with "Aceptar y continuar"); a
// Gazzetta-style stage report (bck- markup, <title> a longer SEO title,
// og:title the headline, a NewsArticle JSON-LD with an alternativeHeadline,
// utag_data and an iubenda stub; "Vai al contenuto"; the "Risultati live"
// strip; the header with the hamburger, the logo and Abbonati / Accedi, the
// section nav Calcio / Serie A / Motori / Ciclismo / Tennis / Basket / Sport
// invernali / Altri sport / Video and the cycling sub-nav ending "Calendario
// 2025"; article.content-article with p.article-kicker, h1.article-title,
// h2.article-summary, the author and <time> with "(modifica alle 18:40)", the
// share bar "Condividi" and a figure with caption and credit;
// div.article-body of three <p>s (the first p.has-first-letter), a "Leggi
// anche" related link, the h3 "Il forcing della Velox", three <p>s, an
// in-read "Pubblicità" slot, a <p>, the h3 "«Una vittoria per la mia gente»",
// three <p>s, the h3 "Ordine d’arrivo" over a ten-row table (Pos. / Corridore
// / Squadra / Tempo) and the h3 "Classifica generale" over a five-row one;
// the Argomenti tags, "Commenta la notizia" / "18 commenti" and the
// newsletter box "La newsletter del ciclismo"; the sidebar's "Video -
// Ciclismo" playlist, "I più letti" and an ad; "Altre notizie di ciclismo";
// the footer links with "Pubblicità con noi" and "Copyright © 2025 La Voce
// dello Sport S.r.l. - P.IVA ... - Tutti i diritti riservati", and the
// iubenda banner "Informativa" with Rifiuta / "Scopri di più e personalizza"
// / Accetta); an ESPN-style game recap (a fitt game package in div#asnfitt,
// <title> and og:title "Ironmen 6-4 Herons (Jun 14, 2025) Game Recap - ASN",
// a NewsArticle JSON-LD with an organisation as author and the __asnfitt__
// blob; two skip links; the ScoresStrip "Baseball / Sat, Jun 14" with three
// games and "Full Scoreboard"; the Site__Header with the logo, the global nav
// Football / Basketball / Baseball / Hockey / Soccer / Golf / Fantasy / Watch
// / More Sports, Search / ASN+ / Log In and the baseball Nav__Secondary Home
// / Scores / Schedule / Standings / Stats / Teams / Odds; the Gamestrip
// (logos, h2 team names, records, scores, Final, the line-score table by
// inning with R H E and "W: Whitley (4-1) L: ... S: ...") and the game nav
// Gamecast / Recap / Box Score / Play-by-Play / Team Stats / Videos;
// section.Card__Recap with the Story__Headline h1, the Byline "Wire Report"
// with its publishDate and div.Story__Body.t__body of eight <p>s (a dateline,
// quotes), then KEY MOMENT, KEY STAT, TRAINER'S ROOM and UP NEXT h2s over
// one, one, two and one <p>; a Videos playlist card and a "Conversation"
// card; the right aside's "Top Performers" (GameLeaders per team with stat
// lines, "Full Box Score"), "Game Information" (park, start time,
// "Attendance: 38,112", umpires), "Odds by Pinewood Sportsbook" with "Must be
// 21+. Gambling problem? Call ...", a fantasy promo and "Top Headlines"; the
// footer links and copyright); and a NOS-style tennis story (Next.js with
// styled-components' hashed sc- classes, <title> "headline | PNS", og:title
// the headline, a NewsArticle JSON-LD, PNS_CONFIG and __NEXT_DATA__; "Direct
// naar de inhoud"; the header with the logo, Nieuws / Sport / Live /
// Uitzendingen / Podcasts and Zoeken, and the sport nav Voetbal / Schaatsen /
// Wielrennen / Formule 1 / Tennis / Hockey / Alle sporten / "Uitslagen en
// standen"; the article with its figure and caption above the h1, the "Sport
// • Tennis • <time>" line with "Aangepast ...", a result-line block "Finale
// Lisenburg / Verbeek - Moravcová 6-4 3-6 7-6 (5)", the body div of five
// <p>s, the h2 "Servicegames onder druk", two <p>s, a video embed
// ("Afspelen", "Het winnende punt in beeld", 0:45), a <p>, the h2 "'Ik kon
// het niet geloven'" and four <p>s, and the share bar "Deel artikel:" /
// "Kopieer link"; the "Meer tennis", "Meest gelezen" and "Laatste
// sportnieuws" lists and the app prompt "Download de PNS Sport-app."; the
// footer with "Tip de redactie" and "PNS is onderdeel van de Publieke Omroep
// Nederland", and the cookie dialog "Mogen wij cookies plaatsen?" with "Ja,
// ik accepteer" / "Nee, pas aan").
//
// lede was then run on the pages (first run at d117f9e9): 5 of 7 pages
// passed as first written (3 failed checks). Rule kept from this round (stop
// 72): a subheading with a headline class between a story's paragraphs (a
// paragraph before it, one after) is a section of the story, not its
// headline ("Stimmen zum Spiel" in a kicker-style report). Left, unasserted:
// a video's teaser line inside a NOS-style story.
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

struct SportsReportPage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckSportsReportPage(const SportsReportPage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout210", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, SportsMatchReportRound210) {
  const SportsReportPage pages[] = {
      {"bbcsport-kingsmere-ashbury-report-en.html", "en",
       "Kingsmere United 2-1 Ashbury Town: Dele Okafor double sends hosts top", "2025-03-08", "article",
       {"came from behind to beat Ashbury Town and move top of the Championship for the first time since October",
        "went ahead when Callum Reidy curled a free-kick over the wall and in off the underside of the bar after 18 "
        "minutes",
        "Okafor stooping to head in Jonah Pell's deep cross from the right",
        "but Wilk then guessed correctly to push Niall Brack's spot-kick against the post",
        "That save lifted a crowd of more than 18,000, and Kingsmere pressed for a winner",
        "squaring for Okafor, who steered a first-time finish inside the near post for his 14th goal of the season",
        "the home side held on to extend their unbeaten run to seven matches",
        "Okafor proving his worth",
        "there were murmurs that manager Gareth Lomax had overspent on a forward",
        "a glancing header and a calm first-time finish",
        "They were compact and dangerous on the counter-attack",
        "Defeat ends a run of nine league games without a loss for Ashbury, who drop to fourth",
        "‘We showed real character’ - what they said",
        "Going a goal down to a set-piece is frustrating, but the lads never panicked.",
        "We’re top, but it means nothing in March.",
        "I have no complaints about the performance, only about the result. We go again on Tuesday."},
       {"Skip to content", "Scores & Fixtures", "Rugby League", "Attendance: 18,402", "Head-to-head",
        "Formation 3-4-2-1", "Substituted for Marsh at 80'", "Shots on target", "View full Championship table",
        "Rate the players", "Share page", "Download the ABS Sport app", "Top Stories", "Most Read",
        "Find out how we link to other sites.", "Let us know you agree to cookies"}},
      {"kicker-rheinfels-lindenau-spielbericht-de.html", "de", "", "2025-04-05", "article",
       {"Für den gelbgesperrten Okoro rückte Haberl ins defensive Mittelfeld, vorne erhielt Brandt den Vorzug vor "
        "Sitterle.",
        "Lindenaus Coach Markus Deppe vertraute derselben Elf, die eine Woche zuvor ihr Heimspiel souverän gewonnen "
        "hatte.",
        "Tomić legte quer und Vuković schob aus elf Metern ins lange Eck ein (9.).",
        "Kessler spielte einen klugen Steilpass in den Lauf von Brandt, der Rautenberg mit einem flachen Rechtsschuss "
        "keine Chance ließ (31.).",
        "Rautenberg hält lange stand",
        "ehe er bei Brandts Kopfball nach einer Ecke von Haberl machtlos war (63.)",
        "Lindenau reagierte mit einem Dreifachwechsel und stellte auf Dreierkette um.",
        "Der eingewechselte Sitterle nutzte ein Missverständnis in der Lindenauer Abwehr und traf per Heber zum 3:1 "
        "(84.).",
        "sein Schuss landete jedoch am Außenpfosten",
        "Stimmen zum Spiel",
        "„Wir haben nach dem Gegentor nicht den Kopf verloren, sondern einfach weiter Fußball gespielt“, sagte "
        "Kaltenbach.",
        "Dann bekommst du gegen so eine Mannschaft eben die Quittung.",
        "Durch den dritten Sieg in Folge zieht Rheinfels in der Tabelle an Lindenau vorbei und steht nun auf Rang "
        "sechs.",
        "Brandt ließ sich dafür etwas tiefer fallen und verteilte die Bälle",
        "Das zweite Tor widme ich meiner Tochter, die heute zum ersten Mal im Stadion war.",
        "Lindenau hat am Sonntag Heimrecht"},
       {"Zum Inhalt springen", "Eintracht Wolfsheim", "ballwerk+ 4 Wochen gratis testen", "Mehr Sport",
        "Sa., 05.04.2025, 15:30 Uhr", "Kaltenbach verlängert vorzeitig bis 2027", "Artikel teilen",
        "Jetzt mitdiskutieren", "Rechtsschuss, Vorarbeit Kessler", "Einwechslungen:",
        "Schiedsrichter: Florian Wendt (Gerstetten), Note 2,5", "Glücksspiel kann süchtig machen",
        "zur kompletten Tabelle", "Der Bundesliga-Newsletter", "Alle Rechte vorbehalten",
        "Wir und unsere Partner speichern und/oder greifen auf Informationen"}},
      {"lequipe-rugby-castelvieil-lanvalois-fr.html", "fr",
       "Castelvieil s’impose face à Lanvalois grâce à la botte de Sarrabère", "2025-04-12", "article",
       {"Il a fallu attendre la 74e minute pour que le stade Jean-Bordes respire enfin.",
        "Mathis Sarrabère a donné dix points d’avance aux siens",
        "le troisième-ligne Baptiste Larrieu concluait un long temps de jeu des avants au ras d’un regroupement",
        "le pack local a pris l’ascendant en mêlée fermée, obtenant trois pénalités que Sarrabère n’a pas manquées.",
        "le talonneur a aplati au terme d’une poussée collective qui a fait se lever les tribunes (16-7 à la pause).",
        "Lanvalois n’a rien lâché",
        "a permis à l’ailier Kévin Aubertin de filer entre les poteaux (16-14, 46e).",
        "sorti sur protocole commotion après un choc tête contre tête",
        "C’est finalement le banc qui a fait la différence.",
        "On a pris un essai d’entrée, puis un autre juste après la pause, et les garçons n’ont jamais paniqué.",
        "Contre une équipe qui a un buteur comme lui, ça ne pardonne pas",
        "Un déplacement décisif à Morvaux",
        "Castelvieil compte désormais 58 points et remonte provisoirement à la quatrième place du classement.",
        "le staff espère récupérer Pélissier, dont l’état sera réévalué en début de semaine."},
       {"Aller au contenu principal", "Tous les résultats", "Saint-Aulaire 18 - 25 Mirande", "Se connecter",
        "Terminé - Mi-temps : 16-7", "Copier le lien", "Arnaud Pélissier prolonge jusqu’en 2028 avec Castelvieil",
        "La feuille de match", "5 pénalités Sarrabère (12e, 17e, 22e, 51e, 74e)", "Arbitre : M. Ludovic Carrère",
        "Réagissez à cet article", "Voir le classement complet", "Les plus lus", "Téléchargez l’application",
        "Conditions générales d’utilisation", "Bienvenue sur SportMatin"}},
      {"marca-baloncesto-valdeloma-costaverde-es.html", "es",
       "Un estelar Iker Salvatierra guía al Valdeloma ante el Costaverde", "2025-04-13", "article",
       {"El Palacio de los Deportes de Valdeloma vivió una de esas noches que se recuerdan durante años.",
        "Iker Salvatierra tomó el mando y anotó 14 de sus 27 puntos en los diez minutos finales",
        "La pareja interior formada por Marko Ilić y Dámaso Ferreiro castigó una y otra vez el rebote ofensivo local",
        "aportó intensidad defensiva y dos triples consecutivos que devolvieron la fe a la grada",
        "Un tercer cuarto de ida y vuelta",
        "Ilić, que terminó con 21 puntos y 11 rebotes, fue un quebradero de cabeza constante",
        "El Costaverde llegó a mandar de siete (57-64) tras un parcial de 0-9",
        "Salvatierra, imparable en el último cuarto",
        "pusieron al Valdeloma nueve arriba (84-75) a falta de dos minutos",
        "un robo de Corradini en la siguiente posesión terminó de sentenciar el encuentro",
        "«Hemos sufrido mucho en el rebote durante tres cuartos, pero el equipo ha tenido carácter para cambiar la "
        "defensa",
        "Nahuel lleva un mes trabajando solo en el gimnasio y hoy nos ha dado la vida en defensa",
        "pero en los momentos clave hemos tomado malas decisiones y aquí eso se paga caro",
        "El Costaverde, con 15 triunfos, sigue en zona de play-off pero ve cómo se aprietan sus perseguidores."},
       {"Saltar al contenido", "Sanroque 1-0 Albares", "Iniciar sesión", "Más deportes", "Compartir en Facebook",
        "Corradini vuelve a entrenar con el grupo tres semanas después de su esguince", "Ver 34 comentarios",
        "Todo el baloncesto, cada mañana", "Recomendado por", "Árbitros: Montesinos, Prada y Uceda.",
        "ante 8.940 espectadores", "Juega con responsabilidad", "Ver clasificación completa", "Lo más leído",
        "Todos los derechos reservados", "Valoramos tu privacidad"}},
      {"gazzetta-ciclismo-valli-alte-tappa6-it.html", "it",
       "Ferlin vola sul Passo della Ferla: tappa e maglia di leader", "2025-05-12", "article",
       {"Matteo Ferlin si è alzato sui pedali e ha salutato la compagnia",
        "il friulano dell’Alvera-Cimoni ha vinto la sesta tappa del Giro delle Valli Alte",
        "14,2 chilometri al 7,8% di pendenza media, con punte del 12% nel tratto nel bosco sopra il paese di "
        "Fontanelle",
        "La fuga di giornata, composta da nove corridori, ha preso il largo dopo una quarantina di chilometri di "
        "attacchi continui.",
        "Il forcing della Velox",
        "Il ritmo imposto da Andrea Cavalieri sulle prime rampe ha ridotto il drappello dei migliori a una quindicina "
        "di unità",
        "«Ho visto che Kranjec respirava con la bocca aperta e non si alzava mai dalla sella, così ho deciso di "
        "provarci»",
        "Ferlin ha tagliato il traguardo a braccia alzate con 12 secondi di margine",
        "«Una vittoria per la mia gente»",
        "Qui mi alleno ogni inverno, conosco ogni curva.",
        "La corsa è ancora lunga e la cronometro di sabato può cambiare molte cose",
        "Domani è in programma la settima tappa, la Fontanelle-Riva Serena di 162 chilometri",
        "Ordine d’arrivo",
        "4h41’07”",
        "Équipe Lémanique",
        "22h14’36”"},
       {"Vai al contenuto", "Risultati live", "Portoverde-Ardenza 71-68", "Pubblicità con noi", "Sport invernali",
        "Video - Ciclismo", "Vandeweghe beffa i velocisti a Borgo Castellano, Kranjec resta leader",
        "Commenta la notizia", "La newsletter del ciclismo", "Gli ultimi chilometri sul Passo della Ferla",
        "I più letti", "Altre notizie di ciclismo", "Tutti i diritti riservati",
        "Noi e terze parti selezionate utilizziamo cookie", "Calendario 2025", "18 commenti"}},
      {"espn-baseball-recap-ironmen-herons-en.html", "en", "", "2025-06-14", "article",
       {"Jalen Ortega hit a go-ahead, three-run homer in the seventh inning and the Riverton Ironmen rallied to beat "
        "the Bayport Herons 6-4 on Saturday",
        "turning a 4-3 deficit into a two-run lead and bringing a sun-baked afternoon crowd to its feet",
        "It was Ortega's 16th homer of the season and his third in four games.",
        "\"I was just trying to get something I could drive in the air,\" Ortega said.",
        "That one felt like a big exhale.",
        "The run was unearned after shortstop Tommy Nguyen's throwing error had extended the inning.",
        "Diego Paredes pitched a perfect ninth for his 14th save in 16 chances",
        "The right-hander struck out seven and did not walk a batter for the second straight start.",
        "a two-run drive to left in the second inning that briefly gave Bayport a 2-1 lead",
        "KEY MOMENT",
        "Brennaman fell behind Ortega 2-1 and tried to bust him inside.",
        "Riverton had been outscored 31-9 during its losing streak",
        "TRAINER'S ROOM",
        "CF Andre Beaumont was held out of the lineup with tightness in his left hamstring",
        "threw 25 pitches in a bullpen session Friday and is scheduled to begin a rehab assignment next week",
        "Bayport RHP Trevor Lund (6-4, 3.21 ERA) is expected to face Riverton LHP Owen Castellanos"},
       {"Skip to main content", "Full Scoreboard", "Final/10", "More Sports", "Play-by-Play", "W: Whitley (4-1)",
        "34-33, 15-19 Away", "Ironmen slugger crushes go-ahead blast to right", "Join the conversation",
        "Top Performers", "3-4, HR, 4 RBI, 2 R", "Attendance: 38,112", "Gambling problem? Call 1-800-555-0199.",
        "Fantasy baseball is back.", "Top Headlines", "Do Not Sell or Share My Personal Information"}},
      {"nos-tennis-verbeek-lisenburg-nl.html", "nl",
       "Verbeek pakt in Lisenburg na thriller eerste titel op gravel", "2025-05-18", "article",
       {"Femke Verbeek heeft in het Duitse Lisenburg het eerste graveltoernooi van haar loopbaan gewonnen.",
        "Na bijna drie uur tennis benutte Verbeek haar tweede matchpoint met een forehand langs de lijn.",
        "maar op gravel kwam ze tot deze week nooit verder dan de kwartfinales",
        "Het was haar eerste zege ooit op een speelster uit de mondiale top tien.",
        "werkte het duo op een trainingscomplex in Spanje vooral aan haar voetenwerk en het geduld in lange rally's",
        "Servicegames onder druk",
        "Ze brak haar tegenstander direct in de eerste game en gaf die voorsprong niet meer uit handen.",
        "had zichtbaar moeite met de zware, natte omstandigheden op het centercourt",
        "profiteerde van een reeks dubbele fouten van Verbeek, die haar service twee keer moest inleveren",
        "In de tiebreak kwam Verbeek met 2-4 achter, maar met vier punten op rij draaide ze de situatie om.",
        "'Ik kon het niet geloven'",
        "\"Ik weet eigenlijk niet meer wat er in die tiebreak is gebeurd\", zei Verbeek na afloop.",
        "Toen die laatste bal binnen viel, kon ik het niet geloven.",
        "Zij verdiende het vandaag meer dan ik.",
        "stijgt Verbeek maandag naar de 38ste plaats op de wereldranglijst, de hoogste positie uit haar carrière",
        "\"Eerst een nacht goed slapen, dan een pizza en dan weer door\", lachte ze."},
       {"Direct naar de inhoud", "Uitzendingen", "Laatste sportnieuws", "Uitslagen en standen", "Alle sporten",
       "Deel artikel:", "Kopieer link", "Meer tennis",
        "De Groot strandt in laatste kwalificatieronde", "Meest gelezen", "Download de PNS Sport-app.",
        "Tip de redactie", "PNS is onderdeel van de Publieke Omroep Nederland", "Mogen wij cookies plaatsen?",
        "Ja, ik accepteer"}}
  };
  for (const SportsReportPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckSportsReportPage(p);
  }
}

}  // namespace
}  // namespace lede
