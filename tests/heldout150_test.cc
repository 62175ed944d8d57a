// Held-out round 150: news stories from Iberian and Latin-American outlets
// (tests/fixtures/heldout150/), seven papers each with its own CMS or house
// style: a Buenos Aires daily in the manner of Clarín, a Bogotá paper on Arc
// XP, a São Paulo paper in the manner of Folha, a Lisbon paper in the manner
// of Público, a Mexican regional daily on WordPress with tagDiv's Newspaper
// theme, a Catalan daily and a Chilean outlet on Drupal 10. Each page was
// written by hand in its platform's own server-rendered markup (head
// metadata with article:published_time, Open Graph, JSON-LD NewsArticle,
// canonical links, skip links, headers with section menus, search and
// subscribe links, breadcrumbs, share bars, inline "read also" inserts,
// most-read lists, tags, newsletter and subscription boxes, comment widgets,
// consent banners, footers and the scripts a platform prints), with invented
// outlets, people, events and quotes, in the language named, and its row set
// down before lede ran on the page, by this round's policy: the title is the
// plain headline (the h1); authors are the byline's person names; the
// published date is the ISO date of article:published_time and JSON-LD
// datePublished (the visible byline date agrees); the type is "article".
// Kept: the story's paragraphs, its in-story subheadings, quotes and list
// items. Dropped: menus, skip links, share labels and buttons, "read also"
// inserts and their related-story titles ("Mirá también", "Le puede
// interesar", "Leia também", "Ler também", "TE PUEDE INTERESAR", "Notícies
// relacionades", "Lee también"), most-read lists, related and next/previous
// cards, tags and topic lists, comment widgets, author bio boxes, newsletter
// boxes, subscription and paywall prompts, cookie banners, copyright lines
// and footers. Left unasserted: image captions and the credits inside them
// (lede keeps a caption as a caption block, outside the text), standfirsts
// and kickers, the "Publicidad" label of an in-read ad slot, El Tiempo's
// closing signature line in capitals, the "Síguenos en Google News" line's
// trailing words, and a video embed's title line.
//
// Pages: a Buenos Aires daily in the Clarín manner in Argentine Spanish
// (html lang="es-AR"; a skip link, a cookie dialog first, header-cronica
// with hamburger, search form, "Suscribite" and "Ingresar", a section menu
// and a "Tendencias" strip; a breadcrumb; the storyHeader with volanta, H1
// id="title" and an H2 storySummary; storyAuthorBar with the author link and
// publishedDate/updateDate; a share bar with "Copiar link" and a "Comentar"
// anchor; a figure with credit in the figcaption; StoryTextContainer of
// p.paragraph with two H2 subtitles, a list of pool hours, an in-read ad
// slot and two "Mirá también" inline boxes with thumbnail and teaser title;
// a bottom share bar "Compartí esta nota", an author-box with bio, "Tags
// relacionados", a "Newsletters Crónica" form box, a comments section with
// a second "Comentar" button; an aside with "Lo más leído" and a
// subscription box; a "Más notas de Ciudades" card row, the footer with
// copyright and a preloaded-state script); a Bogotá paper on Arc XP in
// Colombian Spanish (#fusion-app wrapper, a data-policy banner, c-header
// with menu button, search, "Suscríbase" and "Iniciar sesión", c-nav
// sections, arcad slots, c-breadcrumb; c-detail with H1
// c-articulo__titulo, an H2 lead, author, position "Redacción Bogotá" and
// a time with "Actualizado", a c-share bar with "Compartir"; c-cuerpo of
// p.paragraph with two "Le puede interesar:" paragraphs whose label is a
// <strong> and whose teaser is a link, two H2 subheadings, a four-item
// list, the c-siga-bajando separator "Siga bajando para encontrar más
// contenido" in the middle of the story and the signature line; "Temas
// relacionados" tags, a "Síganos en Google News" link, "Más leídas",
// "Más noticias de Bogotá" cards, the footer and Fusion.globalContent); a
// São Paulo paper in the Folha manner in Brazilian Portuguese (skip link,
// cookie consent, l-header top bar with search, "Assine" and "Entrar",
// c-site-nav; c-news with c-content-head H1 and H2 subtitle,
// c-signature author and location, the published-date time, c-tools-share
// with share buttons, "Presentear este artigo" and its gift text, "Salvar
// artigos" with "Recurso exclusivo para assinantes", "Ouvir o texto" and
// font buttons; a metered paywall teaser "Você atingiu o limite de 5
// reportagens por mês" above the c-news__body; the body with a "Leia
// também" box of two links after the third paragraph, two H2 subtitles and
// a list; the bottom paywall box with price, "Tópicos relacionados",
// "Comentários" with its disclaimer; an aside with "Mais lidas", an ad and
// a "Newsletter Cotidiano" form; the footer and copyright); a Lisbon paper
// in the Público manner in European Portuguese (pre-reform spelling:
// "projecto", "colectiva"; skip link, a consent dialog with an H2,
// site-header with "Secções" toggle, "Pesquisar", "Assinar", "Entrar" and
// the site-nav; story__header with a kicker, H1 headline, story__blurb lead,
// byline with rel=author and a dateline time; a tools--share aside
// "Partilhar" with "Guardar", "Oferecer artigo" and "Ouvir este artigo";
// story__body with H2 subheadings, a list of rents and a related-inline
// "Ler também" box; "Tópicos", a "Newsletter" signup, the subscribers-only
// comments notice, a "Mais populares" aside, "Mais em Local" cards, the
// footer with editorial-statute links and copyright); a Mexican regional
// daily on WordPress with the Newspaper theme in Mexican Spanish (Yoast
// head and schema graph, td-scroll-up, the hidden td-mobile-nav, the
// td-header-wrap with the date line, top menu, social icons, logo, a "-
// Publicidad -" header ad, sf-menu and the search drop-down; entry-crumbs;
// the article with td-category, H1 entry-title, td-post-author-name "Por",
// td-post-date time, views and comment counters; td-post-sharing-top with
// a "Compartir" handler and network buttons; td-post-content with the
// featured image, a "TE PUEDE INTERESAR:" paragraph, H3 subheadings, a
// list of supply schedules and a closing "Síguenos en Google News" line;
// the footer with td-post-source-tags "Etiquetas:", a bottom share bar,
// next/previous post links, the author-box-wrap bio;
// td_block_related_posts "Te puede interesar" / "Más del autor", the
// comment form "DEJA UNA RESPUESTA" with its warnings; the sidebar with
// "MANTENTE CONECTADO" counters and "LO MÁS LEÍDO"; the footer "ACERCA DE
// NOSOTROS" and sub-footer copyright); a Catalan daily in Catalan (a skip
// link, a CMP galetes dialog, header with "Cerca", "Subscriu-te" and
// "Inicia sessió", comarques menu; article__header with breadcrumbs, H1,
// H2 subtitle, two authors each in its own div, place, time and
// "Actualitzada"; a "Comparteix" share bar with "Copia l'enllaç"; the body
// with a "Notícies relacionades" aside of two links after the third
// paragraph, H3 subheadings and a list of opening hours; a bottom share
// bar, tag links, a "Subscriu-te" box, a "Butlletí del matí" newsletter
// box; "El més llegit", "Més notícies" cards and the footer); a Chilean
// outlet on Drupal 10 in Chilean Spanish (schema_metatag JSON-LD graph,
// Generator meta, the visually-hidden skip link, the
// dialog-off-canvas-main-canvas, region-header with the branding block and
// the search-block-form, menu--main with a visually-hidden H2, the
// system breadcrumb with its hidden heading; the node--type-article with
// an H1 page-title span, field--name-field-bajada, node__submitted "Por
// ... |" with the time, a "Compartir en:" bar, the image field, the body
// field with two embedded-entity "Lee también" boxes, H2 subheadings and a
// list of hours and fares; a video-embed-field YouTube iframe with a title
// line and "Ver más videos"; field-tags "Temas"; the views block "Noticias
// relacionadas"; a sidebar with "Lo más visto" and a "Boletín diario"
// block; the footer menu and copyright, and drupal-settings-json).
// Rows by a helper, from the page text alone, before lede ran on the pages.
//
// lede was then run on the pages. 5 of 7 rows passed as first written (2
// failed checks: the Colombian paper's "Siga bajando para encontrar más
// contenido" line over its ad break; the Chilean outlet's "Ver más videos"
// link under its video). Rule from this round: both lines, and "More
// videos", are a story's furniture lines (src/extract/vocabulary.cc, the
// exact furniture lines; test Stop65Rules.ScrollLineVideoLinkAndEventStrip).
// After it 7 of 7 as written.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct NewsStoryPage {
  const char* file;
  const char* language;              // Article::language
  const char* title;                 // "" when not pinned
  std::vector<std::string> authors;  // empty when not pinned
  const char* published;             // prefix of date_published; "" not pinned; "-" none
  const char* type;                  // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckNewsStoryPage(const NewsStoryPage& p) {
  testing::CheckHeldoutPage("heldout150", p.file,
                            {p.language, p.title, p.authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, NewsRound150) {
  const NewsStoryPage pages[] = {
      {"clarin-pileta-es.html", "es",
       "La pileta del club Unión de Boedo reabre después de ocho años con clases gratis para chicos del barrio",
       {"Martina Quiroga"}, "2025-02-14", "article",
       {"El agua volvió a la pileta del club Unión de Boedo el sábado a la mañana",
        "estaba cerrada desde el invierno de 2017",
        "Durante casi una década el natatorio sirvió de depósito de sillas, mesas de ping-pong y trofeos viejos.",
        "Una colecta de tres años", "La reparación costó 186 millones de pesos.",
        "una cuota solidaria de 5.000 pesos por mes",
        "lleva en un cuaderno de tapa dura el registro de cada aporte",
        "Los trabajos incluyeron una caldera nueva, el cambio completo de las cañerías",
        "Clases gratuitas y pileta libre", "la inscripción se hace en la secretaría con el DNI y un apto médico",
        "Turno tarde: de 14 a 15 y de 17 a 18", "Pileta libre para socios: sábados de 8 a 13",
        "ex nadador del club y guardavidas en Mar del Plata durante doce temporadas",
        "cuando termine la prueba de la caldera con la pileta llena",
        "el cartel pintado a mano en la puerta del natatorio resume el ánimo del barrio"},
       {"Ir al contenido principal", "Usamos cookies propias y de terceros", "Último momento", "Mirá también",
        "Un torneo de fútbol infantil en Parque Patricios", "Vecinos de Boedo pintaron un mural",
        "Compartí esta nota", "Redactora de la sección Ciudades", "Newsletters Crónica",
        "Recibí las noticias más importantes del día en tu correo", "Lo más leído",
        "Cuánto aumentan las expensas en marzo", "Para comentar, tenés que estar registrado",
        "La plaza de Almagro estrena juegos inclusivos", "Copyright 1998-2025 La Crónica Porteña"}},
      {"arcxp-biblioteca-es.html", "es",
       "Biblioteca comunitaria de Ciudad Bolívar abrirá hasta las 10 de la noche para estudiantes y trabajadores",
       {"Laura Camila Restrepo"}, "2025-03-06", "article",
       {"Cuando Yeison Cárdenas sale de su turno en una bodega de Corabastos son casi las siete de la noche.",
        "empiece a atender de lunes a viernes hasta las 10 de la noche",
        "una red de 35 voluntarios, entre docentes jubilados y estudiantes universitarios",
        "La mitad de los muchachos que vienen trabajan de día.", "Qué ofrecerá el nuevo horario",
        "Sala de estudio silenciosa con conexión a internet de fibra",
        "Préstamo de doce computadores portátiles para uso dentro de la biblioteca.",
        "Un club de lectura para adultos los viernes",
        "La alcaldía local aportará el pago de los servicios públicos",
        "si la asistencia nocturna supera las 40 personas diarias durante el primer semestre",
        "Seguridad en el regreso a casa", "los voluntarios organizaron grupos de acompañamiento",
        "que se prepara para presentar el examen de Estado en agosto", "Solo necesitábamos más horas de luz"},
       {"Este sitio utiliza cookies para analizar el tráfico", "Iniciar sesión", "Podcasts", "Compartir",
        "Le puede interesar", "Nuevo parque lineal en Tunjuelito", "Transmicable suma una ruta alimentadora",
        "Siga bajando para encontrar más contenido", "Temas relacionados", "Educación en Bogotá",
        "Síganos en Google News", "Pico y placa en Bogotá", "Vecinos siembran 300 árboles nativos",
        "Prohibida su reproducción total o parcial", "Trabaje con nosotros"}},
      {"folha-catadores-ptbr.html", "pt",
       "Cooperativa de catadores da zona norte passa a reciclar vidro e triplica renda dos associados",
       {"Renata Albuquerque"}, "2025-01-20", "article",
       {"Durante seis anos, a cooperativa Recicla Brasilândia recusou todo o vidro que chegava ao seu galpão",
        "os 42 cooperados passaram a vender caco de vidro separado por cor", "chegou a R$ 2.260 em dezembro",
        "A gente via caminhão de vidro indo para o aterro", "Vaquinha e treinamento",
        "O triturador custou R$ 186 mil.", "os cooperados passaram por um curso de segurança de duas semanas",
        "Vidro misturado vale pouco.", "O que a cooperativa aceita", "potes de conserva e de alimentos, lavados;",
        "frascos de perfume e de remédio vazios.",
        "Espelhos, vidros de janela, lâmpadas e louças continuam fora da lista",
        "o que garantiria um caminhão fixo de material triado três vezes por semana",
        "a cooperativa planeja contratar mais oito pessoas até março"},
       {"Pular para o conteúdo principal", "Utilizamos cookies essenciais", "Equilíbrio e Saúde",
        "Presentear este artigo", "Recurso exclusivo para assinantes", "Ouvir o texto",
        "Você atingiu o limite de 5 reportagens por mês", "Leia também", "Coleta seletiva chega a mais 12 bairros",
        "Primeiro mês por R$ 1,90", "Tópicos relacionados", "Os comentários não representam a opinião do jornal",
        "Mais lidas", "Receita divulga calendário do Imposto de Renda",
        "É proibida a reprodução do conteúdo desta página"}},
      {"publico-cooperativa-ptpt.html", "pt", "Cooperativa de Marvila entrega as primeiras 48 casas a renda acessível",
       {"Inês Moura"}, "2025-04-02", "article",
       {"As chaves começaram a ser entregues na segunda-feira, numa mesa de campismo montada à porta do primeiro "
        "bloco.",
        "A autarquia cedeu o lote por 90 anos", "Foram sete anos de reuniões às quintas-feiras à noite.",
        "Como são calculadas as rendas", "ajustada ao rendimento do agregado", "T2: entre 380 e 450 euros por mês;",
        "T3: entre 460 e 520 euros por mês.",
        "a propriedade é colectiva e quem sai recebe de volta o capital que entrou", "Obra encareceu 22%",
        "A construção custou 7,4 milhões de euros",
        "Há varandas fundas, boa ventilação cruzada e uma lavandaria comum no rés-do-chão.",
        "A autarquia tem identificados quatro lotes em Chelas e no Lumiar",
        "A lista de espera da Chão Comum já tem mais de 600 inscritos",
        "é porque o mercado deixou de funcionar para quem trabalha em Lisboa"},
       {"Saltar para o conteúdo", "Utilizamos cookies e tecnologias semelhantes", "Cultura-Ípsilon", "Partilhar",
        "Oferecer artigo", "Ouvir este artigo", "Ler também", "Lisboa abre concurso de renda acessível para 300 casas",
        "Tópicos", "Lisboa em 5 minutos", "Os comentários deste artigo estão reservados a assinantes",
        "Mais populares", "Greve nos comboios", "Linha Rosa do metro do Porto", "Todos os direitos reservados"}},
      {"newspaper-tandeo-es.html", "es", "Agua de Saltillo ajusta tandeos en 38 colonias del oriente por bajo nivel de pozos",
       {"Héctor Villarreal"}, "2025-05-08", "article",
       {"38 colonias del oriente de Saltillo recibirán agua en días alternos",
        "una caída de hasta 14 metros en el nivel de cuatro pozos", "ya provocó dos averías en el pozo Oriente 7",
        "No estamos cortando el servicio, estamos ordenándolo.", "Así quedan los horarios",
        "lunes, miércoles y viernes, de 5:00 a 13:00 horas.",
        "Domingos: suministro para ambos grupos de 6:00 a 10:00 horas.", "que pueden solicitarse al número 073",
        "Vecinos piden avisos con anticipación", "que vive ahí desde hace 27 años",
        "Lo que pedimos es que nos avisen.", "propuso que el organismo envíe alertas por mensaje de texto",
        "en la perforación de un nuevo pozo en el ejido San Juan de la Vaquería"},
       {"Aviso de privacidad", "Anúnciate", "Compartir", "TE PUEDE INTERESAR",
        "Presa de la sierra llega al 31 por ciento", "Síguenos en Google News", "Etiquetas:", "Artículo anterior",
        "Inauguran tramo de ciclovía", "Cubre servicios públicos, medio ambiente y desarrollo urbano desde 2016",
        "Te puede interesar", "Reparan fuga mayor en el bulevar Fundadores", "DEJA UNA RESPUESTA",
        "Por favor ingrese su comentario", "LO MÁS LEÍDO"}},
      {"diari-mercat-ca.html", "ca", "El mercat de la Devesa reobre amb 31 parades i una cuina compartida per als paradistes",
       {"Jordi Puigvert", "Anna Roca"}, "2025-02-27", "article",
       {"El mercat municipal de la Devesa, a Girona, tornarà a obrir les portes aquest dissabte després de catorze "
        "mesos d'obres.",
        "La reforma ha costat 4,2 milions d'euros",
        "l'aparició d'amiant a la teulada antiga va obligar a aturar els treballs gairebé tres mesos",
        "Quatre d'aquestes noves parades es reservaran per a pagesos i productors de la comarca",
        "Una cuina per a tothom", "Els paradistes la podran reservar per torns de dues hores",
        "el mercat torna a ser un lloc on quedar-se",
        "La cuina disposarà d'un forn mixt, dues planxes i una cambra de refrigeració", "Nous horaris",
        "De dilluns a dissabte, de 8 a 14 h.", "Dijous i divendres a la tarda, de 17 a 20.30 h.",
        "El primer diumenge de cada mes, mercat de pagès a l'exterior",
        "Hem de pensar en la gent que treballa fins a les sis.",
        "amb una cercavila de gegants del barri i un esmorzar popular"},
       {"Vés al contingut", "Utilitzem galetes pròpies i de tercers", "Inicia sessió", "Comparteix",
        "Copia l'enllaç", "Notícies relacionades", "Els paradistes de la Devesa es traslladen a una carpa",
        "L'amiant endarrereix tres mesos les obres", "Comerç local",
        "El periodisme de proximitat necessita lectors compromesos", "Subscriu-te", "Butlletí del matí",
        "El més llegit", "Victòria agònica a Montilivi", "Tots els drets reservats"}},
      {"drupal-ascensor-es.html", "es",
       "Ascensor Alegría Alta vuelve a funcionar tras seis años y los vecinos del cerro celebran con banda y "
       "sopaipillas",
       {"Catalina Fuenzalida"}, "2025-06-11", "article",
       {"el carro rojo del ascensor Alegría Alta crujió, dio un pequeño salto y empezó a subir",
        "estaba detenido desde agosto de 2019", "debían subir por una escalera de 212 peldaños o tomar dos micros",
        "Hoy bajó y subió dos veces, solo para convencerse", "Una restauración casi artesanal",
        "La reparación costó 1.450 millones de pesos, financiados por el Gobierno Regional.",
        "un equipo de carpinteros reemplazó pieza por pieza las tablas podridas",
        "un sistema de frenos de emergencia que detiene ambos carros", "Cuando un carro sube, el otro baja.",
        "Horarios y tarifas",
        "Lunes a sábado, de 7:00 a 22:00 horas; domingos y festivos, de 9:00 a 20:00 horas.",
        "Pasaje general de 300 pesos y de 100 pesos para estudiantes",
        "reabrir otros dos ascensores detenidos en los cerros Larraín y Monjas",
        "con una banda de bronces, sopaipillas con pebre"},
       {"Pasar al contenido principal", "Señal en vivo", "Compartir en:", "Lee también",
        "Muelle Prat: municipio abre concurso", "Los trolebuses de Valparaíso sumarán", "Ver más videos",
        "Noticias relacionadas", "Artistas pintan de nuevo las escaleras", "Lo más visto",
        "Bono de invierno: estas son las fechas de pago", "Boletín diario", "Inscríbete y recibe cada mañana",
        "Quiénes somos", "Todos los derechos reservados. Valparaíso, Chile."}},
  };
  for (const NewsStoryPage& p : pages) CheckNewsStoryPage(p);
}

}  // namespace
}  // namespace lede
