// Held-out round 109: news and magazine stories whose writers and days are
// the hard part (tests/fixtures/heldout109/): seven pages in English,
// German, French, Spanish, Italian, Brazilian Portuguese and Russian on
// seven platforms, each carrying bylines of two or three writers, a role or
// an agency beside a name, a newsroom signature in place of a writer, or
// the writer named only in a photo card after the story; the publication
// day printed in the language's own form beside an "Updated" line of a
// later hour or day; and, around the story, other people's names and
// other days: related teasers signed by other writers (one of them quoting
// this story's writer), commenters with their own timestamps, most-read
// lists with dates, image credits, header dates and copyright years.
// JSON-LD names the writers as Person entries on four pages, names the
// newsroom as a "Person" on one, and is absent on two, whose writers and
// days stand only in the page's text. Each page was written by hand from
// its platform's markup (head metadata, Open Graph and JSON-LD as the
// platform prints them, consent banner, header and menus, breadcrumbs,
// headline, dek, byline and stamps, lead figure with caption and credit,
// the story with its subheadings, quotes and in-body "read also" boxes and
// ad labels, tags, share bar, author bios, newsletter box, related and
// most-read lists, comments, footer, scripts), and its row set down with
// this policy: the headline as the title; the writers as the byline names
// them, in its order, names only (no "by"/"Von"/"Par"/"di"/"Текст:", no
// role, no agency, no newsroom signature: a page signed "Redacción" has
// no writer, checked as an empty list); the publication day the page
// shows, and the update day where an "Updated" line shows one; type
// article; every paragraph and subheading of the story kept; captions and
// the dek not asserted; dropped: consent banners, header dates, menus,
// byline and stamp lines, share bars, "read also" boxes, ad labels, tags,
// author bios, newsletter and channel prompts, related, most-read and
// opinion boxes, comments and their forms, footers.
//
// Pages: a WordPress site on the Newspack theme in English (Yoast's graph
// with two Person authors by @id, "by Dana Whitcombe and Luis Ferreira"
// as two author vcards joined by "and", the published <time> "March 3,
// 2025" followed by "Updated:" and "March 4, 2025 12:12 PM", Jetpack
// sharing, "Republish this story", a Newspack inline "Read more" block in
// the body signed "by Martin Kowalski" and dated, a newsletter block,
// Jetpack "Related" with dates, two author-bio boxes with e-mails and
// "More by ...", three WordPress comments "Gordon Pike says: March 5,
// 2025 at 7:12 am" and the comment form, a "Most read" sidebar with dates,
// a cookie popup, "© 2025" and "Proudly powered by Newspack"); a German
// local paper on TYPO3 with tx_news (no JSON-LD, no meta author, the
// tx_news microdata only on the headline and the <time>s, a consentmanager
// dialog, the header's "Mittwoch, 5. März 2025", "Von Miriam Lechner,
// Tobias Wendt und Selin Aydın" as three links, "3. März 2025, 17:45 Uhr"
// and "Aktualisiert: 4. März 2025, 08:10 Uhr", "Artikel teilen", an
// "Anzeige" slot and a "Lesen Sie auch" box in the body, "Fehler
// gefunden?", a newsletter box, "Mehr zum Thema" teasers signed "Von
// Harald Kessler" (its text naming and quoting the story's first writer),
// "Von Karin Seidel" and "Von Tobias Wendt" with dates, "Meistgelesen" and
// "Neueste Artikel" with dates, "© 2025 ... Alle Rechte vorbehalten"); a
// French regional paper on Drupal 10 (schema_metatag JSON-LD with two
// Person authors, Didomi, the header's "Jeudi 13 février 2025", the
// signature "Par Claire Mounier et Hugo Vasseur (avec AFP)", "Publié le 12
// février 2025 à 14h05" and "Mis à jour le 13 février 2025 à 09h20", the
// credit "Photo : Hugo Vasseur", an "À lire aussi" box and a "Publicité"
// slot in the body field, "Mots-clés", a Views block "Sur le même sujet"
// with "Par Julien Bertrand, le 25 janvier 2025", a newsletter block, "Les
// plus lus" with dates, "© Le Courrier des Deux-Rives 2025"); a Spanish
// provincial paper on Arc XP's Fusion themes (the JSON-LD and the
// article:author meta naming "Redacción" as a Person, Fusion.globalContent
// with credits.by "Redacción" and the EFE distributor, the byline "Por
// Redacción | Zamora · Con información de EFE", "12 de marzo de 2025 -
// 10:42 CET" and "Actualizado: 12 de marzo de 2025 - 13:15 CET", the
// credit "Mariano Casado / EFE", a "Te puede interesar" box signed "Por
// Marta Villalobos" and "Publicidad" slots in the body, "Temas", a
// newsletter box, "Comentarios (3)" with user names and dates, "Lo más
// leído" with dates, a Quantcast banner, "© 2025 ..."); an Italian daily on
// a Méthode-style custom template (JSON-LD author Person with jobTitle,
// iubenda, the header's "giovedì 6 marzo 2025", "di Giulia Ferrante" with
// the role ", corrispondente da Bruxelles" in its own span, "5 marzo 2025 -
// 11:40" and "Aggiornato il 6 marzo 2025 alle 09:15", an in-body "Leggi
// anche" signed "di Paolo Mancuso", "© Riproduzione riservata", a
// newsletter box, "Potrebbe interessarti anche" with "di ... · date"
// lines (one by the story's own writer), "L'analisi" signed "di Stefano
// Marchetti", "Le più lette" with dates, the footer's "© 2025"); a Brazilian
// magazine on Ghost with a Casper-derived theme (Ghost's JSON-LD author
// Person and twitter:data1, a byline of only "3 de abril de 2025 • 7 min
// de leitura", the writer's name shown only in the photo caption's credit
// and in the "Sobre a autora" card after the story with her bio and "Ver
// todos os textos da autora", a share section, the members newsletter CTA,
// "Você também pode gostar" cards with dates, "Cerrado Vivo © 2025" and
// "Publicado com Ghost"); a Russian town paper on DataLife Engine (no
// JSON-LD, DLE's language variables in the head, a top bar with "Четверг,
// 13 марта 2025", weather and rates, "Текст: Анна Белова и Игорь Савин",
// "12 марта 2025, 09:15" in a <time> and "Обновлено: 13 марта 2025, 11:40"
// as plain text, views and comment counts, "Фото: Игорь Савин" in the
// caption, a "Реклама" slot and "Читайте также:" in the body, tags, share
// links, "Нашли ошибку?", a Telegram channel prompt, "Похожие новости"
// with dates, three DLE comments with names and dates and the guests'
// notice, "Популярное" with dates, "© 2025 ... Все права защищены").
// Rows by a helper, from the page text alone; lede was run on the pages after.
// 6 of 7 rows passed as first written (1 failed check: the Spanish
// story's "Por Redacción | Zamora" gave "Zamora", the place set apart in
// Arc XP's "b-byline__location", as its writer). After the rules, 7 of 7.
// Rules: a byline's part classed as a location is no name (read so on the
// line after the headline too), and a byline cue left alone ("Por", once
// the desk's credit "Redacción" goes) names nobody.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct BylinePage {
  const char* file;
  const char* language;
  const char* title;
  std::vector<std::string> authors;  // in byline order; empty: see no_writer
  bool no_writer;                    // the page is signed by the newsroom only
  const char* published;             // prefix of date_published
  const char* modified;              // prefix of date_modified; "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckBylinePage(const BylinePage& p) {
  testing::CheckHeldoutPage("heldout109", p.file,
                            {p.language, p.title, p.authors, p.published, p.modified, "article", p.kept, p.dropped},
                            [&](const Article& a) {
                              if (p.no_writer) {
                                EXPECT_TRUE(a.authors.empty())
                                    << p.file << ": " << (a.authors.empty() ? "" : a.authors.front());
                              }
                            });
}

TEST(CmsHeldOut, BylineAndDatePagesRound109) {
  const BylinePage pages[] = {
      {"newspack-en.html", "en", "Port Alder council delays ferry terminal lease vote after fishermen pack hearing",
       {"Dana Whitcombe", "Luis Ferreira"}, false, "2025-03-03", "2025-03-04",
       {"put off a vote on a 30-year lease for the old ferry terminal",
        "a Bellingham company that wants to turn the site into a repair yard for tugboats and small cargo vessels",
        "Mayor Ruth Okafor asked staff to come back in April with a plan that keeps at least one berth open",
        "There is a version of this that works for the harbor and for the budget",
        "Fleet says it has nowhere else to go",
        "The marina on the east side of the bay is too shallow for most of them at low tide.",
        "losing the berth would mean a two-hour run to the nearest harbor with enough water",
        "What the city stands to gain",
        "which engineers put at $6.8 million after the 2023 storm cracked two of its pilings",
        "We asked for a lease we can take to a bank.", "Saltline would also pay to dredge the north berth",
        "The council is scheduled to take up the lease again on April 7.",
        "Residents can send written comments to the city clerk until March 31."},
       {"Skip to content", "Donate today", "Share on Facebook", "Republish this story",
        "Cracked pilings could cost Port Alder $6 million", "Martin Kowalski", "Get The Harbor Ledger in your inbox",
        "Harbor dredging project wins state grant", "covers city government and the waterfront",
        "More by Dana Whitcombe", "Gordon Pike", "Nobody on the council has ever stood on that dock",
        "Your email address will not be published", "State ferry service cuts two north bay runs",
        "Proudly powered by Newspack"}},
      {"typo3-de.html", "de", "Stadtrat stoppt Parkhaus-Pläne am Bahnhof vorerst",
       {"Miriam Lechner", "Tobias Wendt", "Selin Aydın"}, false, "2025-03-03", "2025-03-04",
       {"die Planung für das Parkhaus am Bahnhof vorerst nicht weiterzuverfolgen",
        "fast doppelt so viel wie bei der ersten Schätzung", "Pendler fürchten längere Suche",
        "Die 180 Stellplätze am Bahnhof sind meist schon vor sieben Uhr belegt.",
        "Anwohner der Gartenstraße hatten sich deshalb mehrfach bei der Stadt beschwert.",
        "Ohne Parkhaus wird das nicht besser.", "Gutachten bis zum Sommer",
        "ob sich der Parkplatz an der alten Güterhalle erweitern", "Da darf man noch einmal nachrechnen.",
        "Die Fördermittel des Landes, die für das Parkhaus zugesagt waren, seien nun in Gefahr.",
        "wenn bis Ende 2026 kein Bauantrag gestellt ist",
        "Der Stadtrat will im September erneut über die Parkplätze am Bahnhof beraten.",
        "ob in der Gartenstraße ein Anwohnerparken eingeführt werden kann"},
       {"Wir verwenden Cookies und ähnliche Technologien", "Direkt zum Inhalt", "Traueranzeigen", "Artikel teilen",
        "Auf Facebook teilen", "Lesen Sie auch", "Pendler klagen über volle Parkplätze",
        "Ein Parkhaus allein rettet die Innenstadt nicht",
        "Unsere Reporterin Miriam Lechner hat die Zahlen der Stadt nachgerechnet", "Von Harald Kessler",
        "Fehler gefunden?", "Der Lahnwerden-Newsletter", "Meistgelesen", "Bäckerei Hartmann schließt nach 112 Jahren",
        "Alle Rechte vorbehalten"}},
      {"drupal-fr.html", "fr", "Vallon-sur-Isère : la fermeture de la maternité repoussée à l'automne",
       {"Claire Mounier", "Hugo Vasseur"}, false, "2025-02-12", "2025-02-13",
       {"reportait la fermeture au 30 septembre au plus tôt",
        "les gardes de nuit sont assurées par des médecins intérimaires",
        "Fermer sans avoir organisé la suite n'aurait pas été responsable.", "Une heure de route pour accoucher",
        "quand le col du Mollard est enneigé", "qui a réuni plus de 2 000 personnes devant l'hôpital le 25 janvier",
        "sage-femme à la retraite", "Un recrutement en cours", "qui doivent prendre leur poste en avril",
        "une aide au logement pour les internes", "Il doit se réunir pour la première fois le 6 mars.",
        "L'ARS rendra sa décision définitive en juillet"},
       {"Nous et nos partenaires utilisons des cookies", "Continuer sans accepter", "Aller au contenu principal",
        "Jeudi 13 février 2025", "Avis de décès", "Partager sur Facebook", "Copier le lien", "À lire aussi",
        "les sages-femmes en grève illimitée", "Par Julien Bertrand", "Publicité", "Mots-clés",
        "Recevez chaque matin l'essentiel", "Les plus lus", "Tous droits réservés"}},
      {"arc-es.html", "es", "El Duero obliga a cortar tres carreteras en la provincia de Zamora", {}, true,
       "2025-03-12", "2025-03-12",
       {"obligó este miércoles a cortar tres carreteras de la provincia de Zamora",
        "donde el agua cubre la calzada desde primera hora de la mañana",
        "el más alto desde las inundaciones de enero de 2001", "Desalojos preventivos en Toro",
        "desalojó de forma preventiva doce viviendas de la zona de la Vega", "nunca lo había visto así",
        "que no se acerquen a las orillas ni intenten cruzar los caminos inundados",
        "Previsión para los próximos días", "el caudal seguirá alto al menos hasta el fin de semana",
        "ha activado el nivel 1 del plan de protección civil ante inundaciones",
        "El teléfono 112 atiende las llamadas de los vecinos afectados"},
       {"Utilizamos cookies propias y de terceros", "Suscríbete", "Esquelas", "Compartir en Facebook",
        "Copiar enlace", "Publicidad", "Te puede interesar", "Los embalses del Duero, al 89 %",
        "Por Marta Villalobos", "Boletín de Zamora", "Comentarios (3)",
        "Ya avisamos en enero de que las acequias estaban sin limpiar", "Lo más leído",
        "Cierra la histórica confitería", "Todos los derechos reservados"}},
      {"methode-it.html", "it",
       "Pesca, Bruxelles taglia le giornate in mare nel Tirreno: la protesta delle marinerie liguri",
       {"Giulia Ferrante"}, false, "2025-03-05", "2025-03-06",
       {"ha proposto di ridurre del 12 per cento le giornate di pesca a strascico nel Mediterraneo occidentale",
        "che restano sovrasfruttati nonostante i tagli degli ultimi cinque anni",
        "è l'unico modo per avere ancora pesce tra dieci anni", "La rabbia dei pescatori",
        "i giorni in mare scenderebbero in media da 140 a 123 all'anno per imbarcazione",
        "Chi ha un mutuo sulla barca dovrà vendere.", "come avvenuto per il fermo biologico estivo",
        "Il negoziato tra i governi", "ha già chiesto un taglio più graduale",
        "ritengono probabile un compromesso intorno al 7-8 per cento",
        "ha convocato per lunedì un tavolo con le cooperative e le capitanerie di porto"},
       {"Noi e terze parti selezionate utilizziamo cookie", "Pubblicità", "Edicola digitale", "Abbonati",
        "corrispondente da Bruxelles", "Condividi su Facebook", "Leggi anche", "Fermo pesca, in arrivo i ristori",
        "di Paolo Mancuso", "La newsletter del Ponente", "Potrebbe interessarti anche",
        "Il mare non aspetta i negoziati", "Le più lette", "Aurelia chiusa per una frana",
        "Tutti i diritti riservati"}},
      {"ghost-pt.html", "pt", "No norte de Goiás, agricultores trocam pasto degradado por quintais de pequi e baru",
       {"Renata Albuquerque"}, false, "2025-04-03", "",
       {"o terreno era um pasto tão gasto que o gado emagrecia em vez de engordar",
        "que ensina a plantar sistemas agroflorestais com espécies nativas do Cerrado", "Agora vêm aqui pedir muda.",
        "Renda que vem do fruto", "já recuperou 340 hectares de pastagens degradadas",
        "cada família recebeu em média R$ 18 mil com a venda de castanhas e polpas",
        "O Cerrado em pé vale mais do que o Cerrado derrubado.", "Água de volta às nascentes",
        "que secavam todo mês de agosto, passaram a correr o ano inteiro",
        "é quase quatro vezes maior que no pasto vizinho",
        "Um pé de baru leva de seis a oito anos para dar os primeiros frutos",
        "negocia com o governo estadual uma linha de crédito com carência de cinco anos",
        "Quem planta baru planta para o neto"},
       {"Apoie o jornalismo independente", "7 min de leitura", "Compartilhe esta reportagem",
        "Compartilhar no WhatsApp", "Copiar link", "Sobre a autora",
        "cobre clima e agricultura no Centro-Oeste desde 2014", "Ver todos os textos da autora",
        "Assine a newsletter da Cerrado Vivo", "Reportagens sobre o Cerrado toda quinta-feira",
        "Você também pode gostar", "Veadeiros teve a estação seca mais longa em 40 anos",
        "Atropelamentos de lobo-guará", "Publicado com Ghost"}},
      {"dle-ru.html", "ru", "Мост через Сулму закроют на ремонт с 1 апреля", {"Анна Белова", "Игорь Савин"}, false,
       "2025-03-12", "2025-03-13",
       {"закроют на капитальный ремонт", "Работы продлятся до конца сентября", "нашли трещины в двух опорах",
        "заменит пролётные строения, тротуары и перила", "Как будут ходить автобусы",
        "Путь до центра города станет длиннее примерно на шесть километров.",
        "установят временный понтонный переход", "но откладывать ремонт дальше нельзя",
        "Жители просят ускорить работы",
        "уже собрали более тысячи подписей с просьбой вести работы круглосуточно",
        "окончательное решение примут после согласования графика с подрядчиком",
        "из них 380 миллионов выделяет областной бюджет"},
       {"Четверг, 13 марта 2025", "Регистрация", "Архив газеты", "Просмотров", "Читайте также",
        "Грузовикам запретили ездить по мосту", "Теги:", "Поделиться", "Нашли ошибку?",
        "Подписывайтесь на наш Telegram-канал", "Похожие новости", "Наконец-то! Каждый день езжу",
        "не могут оставлять комментарии", "Популярное", "Все права защищены"}},
  };
  for (const BylinePage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckBylinePage(p);
  }
}

}  // namespace
}  // namespace lede
