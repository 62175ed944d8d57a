// Held-out round 54: news stories and blog posts followed by readers'
// comments, on the comment systems the web is full of, which the earlier
// news rounds (27, 30, 38, 40, 47, 51) met only as a teaser or a couple of
// lines under a story (tests/fixtures/heldout54/): a WordPress blog on
// Twenty Sixteen with WordPress's own threaded comments, a French blog on
// WordPress (Hueman) with Disqus, a Vietnamese provincial paper with the
// Facebook comments plugin, a Canadian paper on Drupal 10 with a Coral
// stream, a German regional paper's own comment section, a Korean local
// internet paper on ndsoft's CMS with its 댓글 box and a Spanish regional
// paper's own comments. Each page was written by hand from its platform's
// markup (head metadata, Open Graph and JSON-LD as the platform prints
// them, consent banner, header and menus, breadcrumbs or section label,
// headline, dek, byline, stamps, lead figure with caption and credit, the
// story, share bar, tags, author bio, newsletter box, related and
// most-read lists, the comment section with its count, rules, sign-in
// prompt or form, sort controls and several comments, some threaded,
// footer, scripts), and its row set down with round 27's policy as round
// 40 applies it: the headline, writers, publication day (the story's,
// never a comment's), section, dek and lead image credit where the page
// gives them; every paragraph of the story kept (its subheadings and lists
// too); captions not asserted either way; the comments are not the story's
// text, the writer's own replies among them neither: dropped with the
// section's heading and count ("23 thoughts on", "38 Comments", "17
// Kommentare", "8 comentarios"), its rules, sign-in prompt, form labels,
// sort controls, reply, report and like buttons ("Reply", "Antworten",
// "Melden", "Responder", "Denunciar", "답글", "신고"), the commenters'
// names and distinctive sentences of their comments; dropped too: menus,
// tickers, byline and stamp lines, in-body "read also" boxes and ad
// labels, share bars, tags, author bios, related, newsletter, support and
// most-read boxes, footers and cookie banners.
// Pages: a WordPress blog post on Twenty Sixteen in English (a Yoast graph
// with the category as articleSection and a commentCount, the author box
// "Author: Ruth Calloway ... View all posts by Ruth Calloway" printed
// inside div.entry-content after the story's last paragraph, the entry
// footer's screen-reader "Author"/"Posted on"/"Categories"/"Tags" labels
// and two <time>s after the story, no credit on the featured image or the
// in-body figure, so none is pinned, quotes and apostrophes as
// wptexturize's entities; "23 thoughts on “...”" over ol.comment-list:
// li.comment depth-1 with ol.children, each article.comment-body holding
// the comment-author vcard (avatar, b.fn, "says:"), a <time> permalink,
// the comment-content and a "Reply" link, the writer's own replies
// (bypostauthor) under her name, "Older comments" navigation above and
// below, the "Leave a Reply" form with its notes, labels, cookies-consent
// checkbox and Akismet notice, the post navigation after the comments,
// "Recent Comments" in the sidebar naming commenters, the Cookie Notice
// bar after the footer); a French blog post on WordPress with Hueman (a
// Rank Math graph, "par ... · Publié ... · Mis à jour ..." byline, the
// category and the Disqus plugin's "14 commentaires" count span over the
// headline, the featured image with no caption and an in-body figure
// credited "Photo : Camille Berthelot", so no credit is pinned, no dek, an
// "Infos pratiques" list in the story, the sharrre bar "Partager" inside
// the entry box, "Étiquettes :", the author bio, "Article suivant" /
// "Article précédent", "Vous aimerez aussi..." related posts;
// section#comments with div#disqus_thread holding the embed's iframe and
// after it the plugin's server-rendered fallback thread, div#dsq-content
// with ul#dsq-comments, cite'd author names and a threaded reply by the
// writer, the embed script and the English noscript "Please enable
// JavaScript to view the comments powered by Disqus."; a MailPoet form, a
// Ko-fi support box and a tarteaucitron banner); a Vietnamese provincial
// paper's story on its own CMS (the stamp "Thứ Năm, 04/12/2025 - 09:25"
// over the headline with A-/A+ and "In bài" links, the Facebook Like and
// Zalo share buttons and an fb-comments-count span between the headline
// and the sapo, the sapo an h2 the descriptions repeat, two related links
// before the body, the lead image in a tplCaption table whose caption
// closes on "Ảnh: Minh Tâm", a bold paragraph as subheading, a "Xem thêm:"
// box in the body, the writer's name as the body's last, right-aligned
// paragraph, "Từ khóa:", "Bình luận" with a moderation note and an
// fb-comments div whose noscript fallback lists three readers' comments as
// "<strong>name</strong>: text", "Tin cùng chuyên mục", "Đọc nhiều nhất",
// the footer's licence and "Ghi rõ nguồn" lines); a Canadian paper's
// story on Drupal 10 (node--type-article with field--name-* blocks: the
// section field over the <h1>, field-subhead as dek, the writer's role
// "Local Journalism Initiative Reporter" in its own field, "Published" /
// "Updated" labels with <time>s in UTC, share icons whose labels are
// visually-hidden, a coral-count "38 Comments" link, the lead image's
// caption and credit in two fields of its figcaption, a weather strip in a
// body-classed block of the header, "Topics" tags, "About Priya
// Nandakumar", "Join the Conversation" with the guidelines line, and the
// Coral stream as rendered into div#coral_thread: coral-tabBar with "38
// Comments" and "My Profile", an announcement, "Sign in to join the
// conversation", a sort menu, coral-comment roots each with a username, a
// relative timestamp, the comment and an action bar "Respect 21 / Reply /
// Share / Report", a nested reply "In reply to harbourwatcher", "Show all
// 4 replies", "Load more"; "Most Read", "The Morning Tide" sign-up, an EU
// Cookie Compliance banner after the footer); a German regional paper's
// story (consentmanager's cmpbox, the town as kicker and section, the bold
// intro under the headline that the descriptions repeat, "Von Jana
// Riedel", "03.12.2025, 06:00 Uhr", "Lesezeit: 3 Min." and "17 Kommentare"
// in one meta line, the "Teilen" bar and "Artikel vorlesen lassen", the
// credit "Foto: Markus Held" in its own span of the figcaption, a "Lesen
// Sie auch" aside and an "Anzeige" slot inside the body, a quote in „“,
// "Themen:", the author box, a newsletter box; "Kommentare (17)" with the
// Netiquette line, a locked form "Sie müssen angemeldet sein, ...",
// "Sortieren nach: Neueste zuerst / Älteste zuerst / Beliebteste", an <ol>
// of comments each with the reader's name, a <time> "03.12.2025, 08:12
// Uhr", the text and "Antworten", "Melden" and a like count, one reply
// nested, "Weitere Kommentare laden"; "Meistgelesen"); a Korean local
// internet paper on ndsoft's CMS (the site logo the page's only <h1>, the
// headline an h3.heading and the subtitle an h4.subheading of two lines
// parted by <br>, so no dek is pinned, the descriptions a cut of the first
// paragraphs opening "[강원포커스 김서연 기자]" as the first paragraph does,
// "입력"/"수정" stamps and "댓글 5" in the info list, font-size, print and
// URL-copy buttons, the caption "... 사진=춘천시" in a figcaption and the
// img's alt, an AdSense "광고" box and a "■" subheading paragraph in
// <strong> inside article#article-view-content-div ("article-veiw-body"),
// the "저작권자 © 강원포커스 무단전재 및 재배포 금지" line the last block inside
// it, the writer box with e-mail and "다른기사 보기", "#" tags, "이 기사를
// 공유합니다", "관련기사"; "댓글 5" with a guest name and password form,
// "최신순/추천순/답글순", comments each with nickname, stamp, text and "답글",
// "추천", "반대", "신고" buttons, a reply list, "댓글 더보기"; "많이 본 뉴스", the
// footer's registration lines); a Spanish regional paper's story (a
// OneTrust banner, an "Última hora" ticker, the antetítulo "Transporte"
// over the headline, the entradilla an h2 the descriptions repeat, a firma
// box with writer, place, stamp and "Actualizada ...", share links with
// hidden labels and "8 comentarios", the photographer's name alone in
// span.autor-foto after the caption, "Publicidad" slots and a "Te puede
// interesar" aside inside the body, h3 subheadings, "Archivado en:", a
// newsletter box; "Comentarios" with "8 comentarios", the moderation line,
// "Para comentar debes estar registrado.", "Ordenar por: Más recientes /
// Más antiguos / Más valorados", comments each with avatar, name, "Hace 3
// horas", text and "Me gusta", "Responder", "Denunciar", one answer
// nested, "Ver más comentarios"; "Lo más leído").
// Rows by a helper, from the page text alone; lede was run on the pages after.
// 4 of 7 rows passed as first written (9 failed checks: a Spanish paper's
// readers' comments kept, two photographers' credits not read, a
// Vietnamese "Xem thêm:" pointer kept). After the rules, 6 of 7 as
// written; all 7 as asserted, the check below left out. Rules: a comment
// section named "comentarios" (a whole name); the photographer's
// "autor-foto"; the Vietnamese credit cue "Ảnh:"; the pointers "Xem thêm:",
// "Đọc thêm:", "Tin liên quan:".
// After stop 51, Hueman's "Partager" label over its share bar inside the
// story's box is asserted dropped (the jQuery plugin Sharrre's bar).
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
  testing::CheckHeldoutPage("heldout54", p.file,
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

TEST(CmsHeldOut, NewsStoriesRound54) {
  const StoryPage pages[] = {
      {"wp-twentysixteen-en.html", "en", "The Bexley Falls mill bell rings again after 61 years",
       {"Ruth Calloway"}, "2025-11-18", "Local History", "", "",
       {"the bell that once called three shifts of workers to the Hartwell Woolen Mill rang out over the river "
        "again",
        "It was the first time anyone in Bexley Falls had heard it since the mill closed in the spring of 1964.",
        "offered it to the historical society in 2023 after finding the casting date under a layer of pigeon "
        "droppings and rust", "Getting it back into working order took two years and a lot of borrowed expertise.",
        "How they fixed the crack",
        "The repair came down to a technique called brazing, done by hand over four days at a small shop in Keene.",
        "The new yoke is white oak from a tree that came down on the Pruitt farm in the 2023 floods",
        "Where it hangs now", "The society hopes to raise a small timber tower for it by next autumn",
        "You can drop them off on Wednesday afternoons or email the archive committee."},
       {"We use cookies to ensure that we give you the best experience", "Skip to content", "Oral Histories",
        "View all posts by Ruth Calloway", "writes about the town she has lived in for forty years", "23 thoughts on",
        "Older comments", "Dorothy Lemieux", "says:", "My father worked the second shift at Hartwell",
        "Hank Severance", "I can do the joinery at cost.", "Most of the ringers last Saturday were under twelve.",
        "Leave a Reply", "Your email address will not be published.",
        "Save my name, email, and website in this browser", "Required fields are marked",
        "A walk along the old trolley grade", "Recent Comments", "Proudly powered by WordPress"}},
      {"hueman-disqus-fr.html", "fr", "La voie verte du Thouet est enfin continue entre Parthenay et Airvault",
       {"Camille Berthelot"}, "2025-11-24", "Voies vertes", "", "",
       {"Depuis samedi, la voie verte qui suit le Thouet est continue de Parthenay",
        "qui porte le projet depuis 2019", "Un tronçon qui a pris du retard",
        "Le pont a finalement été consolidé sans fermer les cavités",
        "Le revêtement est un enrobé clair sur presque tout le parcours, avec deux portions en sable stabilisé "
        "dans la traversée du bois de la Roche.", "Des chicanes ont été installées pour faire ralentir",
        "entre prairies inondables et coteaux boisés, et on croise plus de hérons que de voitures.",
        "Infos pratiques", "quasiment plat, compter deux heures à allure tranquille.",
        "La suite vers Thouars est annoncée pour 2027."},
       {"En poursuivant votre navigation", "Tout accepter", "Aller au contenu", "Carte des sorties",
        "14 commentaires", "Étiquettes", "Ancienne cartographe", "Article suivant", "Vous aimerez aussi",
        "Le Marais poitevin par la Sèvre niortaise", "Yannick Rousselot", "le revêtement est impeccable",
        "Merci Yannick", "accepte les tentes sans réservation", "ce sera la bagarre sur le quai",
        "Please enable JavaScript to view the", "La lettre du dimanche", "offrez-moi un café sur Ko-fi",
        "Tous droits réservés", "Partager"}},
      {"fbcomments-vi.html", "vi", "Thông xe cầu Phú Hòa, cù lao Tân Mỹ hết cảnh chờ phà",
       {"Minh Tâm"}, "2025-12-04", "Thời sự",
       "Sáng 4-12, UBND tỉnh tổ chức lễ thông xe cầu Phú Hòa. Công trình giúp hơn 9.000 người dân cù lao Tân Mỹ "
       "không còn phụ thuộc vào bến phà.",
       "Minh Tâm",
       {"bắc qua nhánh sông Cổ Chiên, nối xã Phú Hòa với cù lao Tân Mỹ",
        "đây là cây cầu cuối cùng trong chương trình xóa các bến phà nội tỉnh trên tuyến đường huyện",
        "vào mùa nước nổi có khi phà phải ngưng chạy vì nước chảy xiết",
        "Học sinh cấp ba qua sông đi học thường phải dậy từ 5 giờ sáng để kịp chuyến phà đầu tiên.",
        "Thương lái vào tận vườn", "Có cầu rồi, xe tải nhỏ có thể chạy thẳng vào tận vườn để thu mua.",
        "có vỉa hè và hệ thống đèn chiếu sáng",
        "Các nhân viên của bến phà được bố trí chuyển sang làm việc tại bến phà khác hoặc hỗ trợ chuyển đổi nghề.",
        "Tỉnh cũng đang lập dự án mở rộng đường huyện 32 từ đầu cầu về trung tâm xã"},
       {"Trang web sử dụng cookie", "Liên hệ quảng cáo", "Tin nóng:", "Dự báo triều cường đợt cuối năm",
        "Thứ Năm, 04/12/2025 - 09:25", "In bài", "Chia sẻ Zalo", "bình luận", "Hợp long cầu Phú Hòa", "Xem thêm:",
        "Nông dân cù lao Tân Mỹ chuyển sang trồng bưởi", "Từ khóa:", "Sao chép liên kết", "Vui lòng bật JavaScript",
        "Nguyễn Văn Hậu", "từ nay chở lúa qua sông không phải chờ phà nữa", "mong tỉnh sớm làm đèn giao thông",
        "Tin cùng chuyên mục", "Đọc nhiều nhất", "Ghi rõ nguồn"}},
      {"drupal-coral-en.html", "en", "Council approves overnight warming centre at old Cedar Street fire hall",
       {"Priya Nandakumar"}, "2025-12-02", "Local News",
       "The 40-bed centre will open nightly from 8 p.m. to 8 a.m. until the end of March, run by the Harbourside "
       "Outreach Society.",
       "Marc Tremblay",
       {"after city council voted unanimously Tuesday to lease the old Cedar Street fire hall to the Harbourside "
        "Outreach Society for a dollar", "with cots, hot meals and a place to dry clothes",
        "said the decision was overdue after three people were treated for hypothermia downtown during the cold "
        "snap last February", "Neighbours raised concerns",
        "citing worries about loitering and litter in the laneway behind the building",
        "The society must keep a staff member outside at closing time each morning", "Funding for one winter only",
        "The operating money comes from a provincial homelessness grant that covers this season only.",
        "The city will pay for a new furnace, a second washroom and a fire inspection of the building",
        "Volunteers are needed to help serve breakfast"},
       {"Skip to main content", "7-day forecast", "Obituaries", "Local Journalism Initiative Reporter",
        "Share on Facebook", "38 Comments", "Her reporting is funded by", "Join the Conversation",
        "Comments are moderated", "My Profile", "Sign in to join the conversation", "Most respected",
        "harbourwatcher", "A dollar lease is the least the city can do.",
        "I wish the neighbourhood meetings had started before the vote", "Council loves a ribbon cutting.",
        "Load more", "The Morning Tide", "We use cookies on this site", "All rights reserved"}},
      {"zeitung-kommentare-de.html", "de", "Freibad am Kiessee wird saniert – Saison 2026 fällt aus",
       {"Jana Riedel"}, "2025-12-03", "Bad Steinach",
       "Der Stadtrat hat am Dienstagabend die Generalsanierung des Freibads beschlossen. Für Schwimmer heißt das: "
       "Im kommenden Sommer bleibt das Becken leer.",
       "Markus Held",
       {"stimmte der Bad Steinacher Stadtrat am Dienstagabend mehrheitlich für die Sanierung des Freibads am "
        "Kiessee", "Die Badesaison 2026 fällt damit komplett aus.",
        "die Filtertechnik im Keller stammt zum Teil noch aus den Siebzigerjahren", "Kosten deutlich gestiegen",
        "Das Land beteiligt sich über das Sportstättenförderprogramm mit knapp einem Drittel.",
        "verteidigte die Entscheidung gegen eine Schließung", "Kritik von der SPD",
        "Fraktionschefin Sabine Kuhn verwies auf die angespannte Haushaltslage", "Kämmerer Uwe Stegmann stellte klar",
        "Was Badegäste wissen müssen",
        "Die Stadt prüft derzeit, ob die Badestelle an Wochenenden von der Wasserwacht besetzt werden kann.",
        "Die DLRG-Ortsgruppe will ihre Schwimmkurse für Kinder ins Hallenbad verlegen"},
       {"Wir und unsere Partner verarbeiten personenbezogene Daten", "Alle akzeptieren", "Traueranzeigen", "Anzeige",
        "Lesezeit: 3 Min.", "17 Kommentare", "Lesen Sie auch", "Redakteurin in der Lokalredaktion", "Netiquette",
        "Sie müssen angemeldet sein", "Neueste zuerst", "Antworten", "Melden", "Seebaer58",
        "Das Bad war schon zu meiner Schulzeit undicht", "Und in der Turnhalle regnet es seit Jahren rein.",
        "das Geld gäbe es für die Turnhalle so gar nicht",
        "Die Kurse in Weidenau waren schon dieses Jahr nach zwei Tagen ausgebucht.", "Weitere Kommentare laden",
        "Meistgelesen"}},
      {"ndsoft-ko.html", "ko", "춘천 소양로 상가 골목, 50년 만에 보행자 전용거리로",
       {"김서연"}, "2025-12-04", "사회", "", "춘천시",
       {"차량과 보행자가 뒤엉키던 춘천 소양로 상가 골목이 내년 봄부터 보행자 전용거리로 바뀐다.",
        "바닥 포장과 조명을 새로 설치하는 공사를 이달 중 시작한다고 4일 밝혔다.",
        "이 골목은 1970년대 초 시장 상가가 들어서면서 형성됐다.", "인도가 따로 없어 보행자가 차량을 피해 다녀야 했다",
        "주민 설문에서 응답자 다수가 보행 환경 개선을 요구함에 따라 전용거리 조성을 결정했다",
        "상인들의 반응은 엇갈린다.", "물건을 들여오는 트럭이 골목에 들어오지 못하게 되는 점을 걱정하고 있다",
        "오전 6시부터 10시까지는 조업 차량에 한해 통행을 허용하기로 했다", "골목 입구 두 곳에 자동 차단기를 설치하고",
        "공사 기간에도 가게 영업에는 지장이 없도록"},
       {"회원가입", "기사제보", "주요뉴스", "입력 2025.12.04 14:20", "무단전재 및 재배포 금지", "kimsy@gwfocus.co.kr",
        "다른기사 보기", "이 기사를 공유합니다", "관련기사", "소양로 도시재생 뉴딜 사업", "댓글 전체보기", "최신순",
        "추천순", "소양강산책", "차 피하느라 늘 아슬아슬했어요", "배달 오토바이가 제일 무서웠습니다",
        "현실을 모르는 얘기입니다", "신고", "댓글 더보기", "많이 본 뉴스"}},
      {"diario-comentarios-es.html", "es",
       "La Vega Baja estrena un autobús a demanda para conectar catorce pedanías con Orihuela",
       {"Lucía Sempere"}, "2025-12-02", "Vega Baja",
       "El servicio, financiado por la Generalitat, funcionará de lunes a sábado y los vecinos tendrán que "
       "reservar el viaje con al menos una hora de antelación.",
       "Tony Sevilla",
       {"Catorce pedanías de la Vega Baja que hasta ahora no tenían ninguna línea de autobús quedarán conectadas "
        "con Orihuela", "El vehículo solo sale si algún vecino ha reservado antes su plaza.",
        "funciona como un taxi compartido",
        "Las paradas estarán en las plazas o junto a los consultorios médicos de cada pedanía",
        "Reserva con una hora de antelación", "de siete de la mañana a nueve de la noche",
        "la mayoría de las peticiones llegaban de personas mayores que dependen de familiares o vecinos",
        "Dos microbuses adaptados", "la Conselleria se ha comprometido a sumar un tercer vehículo antes del verano",
        "Los alcaldes pedáneos han pedido que el servicio incluya también los domingos",
        "quiere ver primero cómo responde la demanda durante los tres primeros meses"},
       {"usted acepta que las cookies se guarden en su dispositivo", "Esquelas",
        "Cortes de tráfico en la avenida de las Habaneras", "Publicidad", "Actualizada 02/12/2025 12:40",
        "Compartir en Facebook", "8 comentarios", "Te puede interesar", "llevan su protesta al pleno",
        "Archivado en:", "Recibe las noticias de la Vega Baja en tu correo", "Para comentar debes estar registrado.",
        "Más valorados", "Responder", "Denunciar", "pepe_orihuela", "me toca pedir el día libre",
        "Paciencia, que llevábamos diez años sin nada.", "no dan ni para empezar", "Lo más leído"}},
  };
  for (const StoryPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckStoryPage(p);
  }
}

}  // namespace
}  // namespace lede
