// Held-out round 38: news stories from platforms and page kinds the earlier
// news rounds (27, 30) did not cover (tests/fixtures/heldout38/): an AMP
// page, an Arc XP (Fusion) site, a WordPress Newspack site, a Brightspot
// site, a German live blog, a Korean daily's story and a Substack post. Each
// page was written by hand from its platform's markup (head metadata, Open
// Graph and JSON-LD as the platform prints them, consent banner, header and
// mega menu, breadcrumbs or kicker, headline, dek, byline with the writers'
// roles, published and updated stamps, lead figure with caption and credit,
// the story with its in-body "read also" box, newsletter prompt, share bar,
// tags, author bio, Taboola or Outbrain widget, comments teaser, footer,
// scripts), and its row set down with round 27's policy: the headline,
// writers, publication day, section, dek and lead image credit where the
// page gives them; every paragraph of the story kept (its subheadings too;
// a live blog's entries with their headings); captions not asserted either
// way, as in round 27; dropped: menus, kickers, byline, role and stamp
// lines, "read also" boxes, newsletter, donation and subscription prompts,
// ad labels, share bars, tags, author bios, related, sponsored and
// most-read lists, comment teasers, footers and cookie banners. Pages: an
// AMP story in English (html ⚡, an amp-sidebar mega menu in accordions, an
// amp-consent prompt, an amp-img lead with its credit in the figcaption,
// amp-ad slots labelled "Advertisement" inside the story, amp-social-share
// buttons with no text, a Taboola amp-embed whose placeholder prints two
// sponsored headlines, a dateline "PORT CALLOWAY —" opening the first
// paragraph, two writers with their roles); an Arc XP (Fusion) site's story
// in Spanish (b- blocks, an overline, a c-interstitial-link "Leé también"
// and a newsletter box inside the body, Outbrain "Contenido patrocinado",
// the story in part again in Fusion.globalContent); a Newspack local news
// story in English (two writers, a newsletter lightbox before the story,
// Jetpack share buttons whose labels are screen-reader text, a donation
// block inside the body, "Republish this story", Jetpack related posts,
// Taboola); a Brightspot public radio story in English (Page-, ArticlePage-
// and RichTextBody classes, Figure-credit apart from the caption,
// ps-action-bar, Enhancement modules in the body: a "Related Content" list
// and a donation box, Outbrain "Promoted Stories", "Underwriter Message");
// a German live blog (LiveBlogPosting with liveBlogUpdate entries, a lead
// paragraph over the entries, entries newest first, each a time, a heading
// and its text, an ad and a "Lesen Sie auch" box between entries, "Neueste
// zuerst" and "Neue Beiträge anzeigen" controls); a Korean daily's story in
// the Naver style (the body bare text parted by <br><br> in div#dic_area,
// no paragraphs, a "■" subheading in <strong>, a "관련기사" box and an ad
// inside the body, "이도현 기자" in the info line and again with the e-mail
// after the story, the "저작권자 © 한빛일보 무단 전재 및 재배포 금지" line,
// the caption's credit "사진=박준혁 기자", Taboola "추천 콘텐츠"); a
// Substack post (post-header, subtitle, byline with avatar, a
// like/comment/restack bar of counts, the subscription widget and the
// "Subscribe now" and "Share" buttons inside the body, "Ready for more?",
// the publication's recommendations, "Discussion about this post" with its
// comments, Substack's footer; Substack prints no Taboola or Outbrain, no
// section and no photo credit, so none is pinned).
// Rows by a helper, from the page text alone; lede was run on the pages after.
// 4 of 7 rows passed as first written (AMP, Newspack, Brightspot, Substack;
// 5 failed checks), all 7 after the rules. Rules: Arc XP's "interstitial
// link" element and the voseo pointers ("Leé también", "Mirá también") are
// related links; a live blog's order control ("Neueste zuerst", "Newest
// first") is a furniture line; an intro-classed paragraph right under the
// headline that the Open Graph description repeats is the dek (the meta
// description had lengthened it: "... Alle Entwicklungen im Liveblog.");
// Naver's "img_desc" (and "photo_desc", "image-desc") is a caption; a
// caption that closes with its credit ("... 사진=박준혁 기자", "... Photo:
// Sam Lee") gives the lead image's caption and credit apart, with the
// Korean cues "사진=", "사진:" and "사진 제공=". On the benchmarks nine
// captions lose their closing credit to the credit field ("... (Photo:
// Getty Images)" gives "Getty Images") and two Russian deks their site
// suffix; no text, title, author or date changes.
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
  testing::CheckHeldoutPage("heldout38", p.file,
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

TEST(CmsHeldOut, NewsStoriesRound38) {
  const StoryPage pages[] = {
      {"amp-en.html", "en", "Port Calloway ferry returns to service after six-week engine overhaul",
       {"Priya Nandakumar", "Ethan Vogel"}, "2025-12-05", "Local",
       "The 38-year-old Island Queen resumes its 7:10 a.m. run on Monday, but the county says a replacement vessel is "
       "still years away.", "Lena Marsh",
       {"The Island Queen, the only car ferry linking Port Calloway to Brennan Island",
        "noticed oil pressure dropping in the port engine", "have relied on a passenger-only water taxi",
        "It's been like living on a different island", "People planned their whole week around the barge.",
        "because machinists had to fabricate two parts", "We were essentially building pieces of a 1987 engine by hand",
        "A replacement years away", "A study commissioned by the county in 2022",
        "Commissioner Dana Whitfield said a third application",
        "We can't keep rebuilding a boat that is older than most of the people riding it.",
        "The water taxi will continue through Dec. 14"},
       {"E-Edition", "Classifieds", "Subscribe for $1", "Island Life", "Transportation Reporter",
        "Published Dec. 5, 2025", "Updated Dec. 6, 2025", "Share this story", "Advertisement", "Read also",
        "Brennan Island residents turn to water taxi", "Get the Morning Briefing", "Topics",
        "covers transportation and infrastructure", "Join the conversation", "View 37 comments", "Sponsored Links",
        "Doctors Stunned", "We use cookies and similar technologies", "All rights reserved"}},
      {"arcxp-es.html", "es", "Mendoza recorta un 30% el agua para riego en el Valle de Uco por la sequía",
       {"María Laura Quiroga"}, "2025-12-04", "Mendoza",
       "El Departamento General de Irrigación redujo los turnos de agua para fincas de Tunuyán, Tupungato y San "
       "Carlos. Los productores temen por la vendimia 2026.", "Valentina Cuello",
       {"anunció este miércoles una reducción del 30% en los turnos de riego",
        "alcanza a unas 4.200 propiedades agrícolas", "el río escurre hoy 18 metros cúbicos por segundo",
        "el agua que no llega a la cuenca no la podemos repartir",
        "el abastecimiento de agua potable para consumo humano no se verá afectado",
        "Preocupación entre los productores", "La vendimia 2026 empieza en apenas diez semanas",
        "vamos a tener que elegir qué cuarteles regar", "Eso es perder uvas, y en algunos casos perder plantas.",
        "habilite una línea de créditos para instalar riego por goteo",
        "El DGI revisará el recorte a mediados de enero"},
       {"Utilizamos cookies propias y de terceros", "Suscribite", "Iniciar sesión", "Fúnebres", "Edición impresa",
        "Crisis hídrica", "Por María Laura Quiroga", "4 de diciembre de 2025 - 08:15", "Compartir", "Leé también",
        "Cuánta nieve cayó en la cordillera", "Recibí las noticias de Mendoza en tu correo", "Quiero suscribirme",
        "Temas relacionados", "Periodista especializada en ambiente", "Ver comentarios (12)", "Contenido patrocinado",
        "Mendocinos están ganando dinero extra", "Lo más leído", "Todos los derechos reservados"}},
      {"newspack-en.html", "en", "Millhaven water utility seeks 18% rate increase to replace lead pipes",
       {"Maya Castellanos", "Jordan Pike"}, "2025-12-03", "Environment",
       "The increase would add about $11 a month to a typical household bill and pay for replacing 3,400 lead service "
       "lines by 2032.", "Amir Haddad",
       {"will ask the city's Public Utilities Commission next month to approve an 18% rate increase",
        "raise the average residential bill from $61 to about $72 a month",
        "are still connected to water mains by lead pipes", "Millhaven's plan would finish the work by 2032",
        "or we can get it done while construction costs are where they are", "The board chose to get it done.",
        "Who pays the most", "a single person using little water would see a 24% jump",
        "Twenty-four percent is not a small number to me.", "seek federal loan forgiveness for part of the cost",
        "using the authority's online lookup tool"},
       {"Skip to content", "Send a News Tip", "Public Notices", "Get the Daily Record in your inbox",
        "December 3, 2025 4:34 PM", "5 min read", "Click to share on Facebook", "Read also:",
        "Carver Hill families ask for free water testing", "Support independent local news", "Donate today", "Tagged:",
        "Republish this story", "covers the environment and public health", "Millhaven sewer overflows doubled",
        "Sponsored Links", "Homeowners Are Replacing Their Gutters", "Join the Conversation",
        "nonprofit, nonpartisan newsroom", "This site uses cookies"}},
      {"brightspot-en.html", "en",
       "State fines Harlan Valley dairy $310,000 after manure spill killed fish in Cedar Creek", {"Denise Armitage"},
       "2025-12-02", "Environment",
       "Regulators say the July spill sent about 600,000 gallons of liquid manure into the creek and killed more than "
       "14,000 fish.", "Caleb Munroe",
       {"has fined a Harlan Valley dairy $310,000 for a July manure spill",
        "a storage lagoon at Brookstead Dairy near Alder Falls overflowed", "State biologists counted 14,260 dead fish",
        "This was preventable", "the farm had been warned about that in writing twice",
        "did not admit wrongdoing under the order", "worked with the state from day one to make it right",
        "Downstream effects", "said the water still smelled in September",
        "This summer we told them not to touch the water.", "will restock Cedar Creek with trout next spring"},
       {"Listen Live", "Program Schedule", "Donate Your Vehicle", "Environment Reporter",
        "Published December 2, 2025 at 5:47 AM CST", "Updated December 2, 2025", "Copy Link", "Related Content",
        "Cedar Creek fish kill stretches nine miles", "Your gift makes stories like this possible", "Give now",
        "Get the morning headlines in your inbox", "reports on agriculture, water and the environment",
        "Join the discussion", "Promoted Stories", "The Genius Trick Every Dog Owner", "Underwriter Message",
        "FCC Public Files", "is a service of the Kestrel River Public Media Foundation",
        "We use cookies to enhance your experience"}},
      {"liveblog-de.html", "de", "Sturmtief Ylva: Bahn stellt Fernverkehr im Norden ein – der Liveblog",
       {"Lea Brandt", "Malte Oswald"}, "2025-11-28", "Norddeutschland",
       "Orkanböen bis 131 km/h, gesperrte Bahnstrecken, abgesagte Fähren: Das Sturmtief trifft Hamburg, "
       "Schleswig-Holstein und Niedersachsen.", "Jan Meyer",
       {"Bäume stürzten auf Gleise und Straßen", "bis mindestens Samstag, 12 Uhr, eingestellt",
        "Fahrgäste können ihre Tickets flexibel nutzen",
        "Der Großteil betrifft umgestürzte Bäume und lose Bauteile an Fassaden",
        "Auch die Fähre zwischen Glückstadt und Wischhafen", "Sturmflut am Abend erwartet",
        "Der Fischmarkt wird voraussichtlich überflutet.",
        "Niemand soll am Nachmittag an der Bushaltestelle im Sturm stehen",
        "eine Orkanböe von 131 Kilometern pro Stunde", "Die Bahn richtet einen Ersatzverkehr mit Bussen ein.",
        "Wer nicht unbedingt raus muss, sollte heute zu Hause bleiben",
        "Wir halten Sie hier den ganzen Tag über auf dem Laufenden."},
       {"Zum Inhalt springen", "Ihre Privatsphäre ist uns wichtig", "Alle akzeptieren", "E-Paper", "Unwetter im Norden",
        "Von Lea Brandt und Malte Oswald", "Aktualisiert: 28.11.2025", "Artikel teilen", "Neueste zuerst",
        "Lesen Sie auch", "So bereiten Sie Haus und Garten auf einen Sturm vor", "Der Morgen-Newsletter",
        "Jetzt kostenlos abonnieren", "Schlagworte:", "ist Redakteurin im Ressort Hamburg", "Diskutieren Sie mit",
        "Sponsored Links", "Rentner in Hamburg", "Mehr aus Norddeutschland", "Impressum"}},
      {"naver-style-ko.html", "ko", "부산시, 내년 7월부터 시내버스 노선 42개 전면 개편", {"이도현"}, "2025-12-04",
       "사회", "출퇴근 급행버스 6개 노선 신설…이용객 적은 노선은 통폐합", "박준혁",
       {"부산시가 내년 7월부터 시내버스 노선 42개를 전면 개편한다", "노선 개편은 2019년 이후 6년 만이다",
        "출퇴근 시간을 평균 15분가량 줄일 수 있을 것으로", "현재 4개인 심야 노선을 7개로 확대하고",
        "하루 이용객이 500명 미만인 노선 11개는", "도시 구조가 바뀌었는데 버스 노선은 10년 전 그대로인 곳이 많았다",
        "통폐합 노선 주민 반발", "지금도 병원 가려면 한 번 갈아타야 하는데", "16개 구·군을 돌며 주민설명회를 열고",
        "환승 할인 시간을 현재 30분에서 40분으로 늘리는 방안도"},
       {"본문 바로가기", "회원가입", "지면보기", "전체기사", "오피니언", "이도현 기자", "dohyun@",
        "입력 2025.12.04 14:32", "글자크기", "관련기사", "부산 시내버스 요금 내년 1월 인상 검토", "#시내버스노선개편",
        "뉴스레터 구독하기", "기사 공유하기", "부산시청과 교통 분야를 취재합니다", "추천 콘텐츠", "무릎 건강 비결",
        "로그인 후 댓글을 작성할 수 있습니다", "무단 전재 및 재배포 금지", "쿠키를 사용합니다"}},
      {"substack-en.html", "en", "Council sells Eastside bus depot in 2:40 a.m. vote", {"Nora Halvorsen"}, "2025-12-02",
       "",
       "The $9.6 million sale to a developer passed 5-4 after a seven-hour meeting. The affordable-housing promise is "
       "not in the contract.", "",
       {"the Harrow Point City Council voted 5-4 to sell the Eastside bus depot", "stopped using in 2021",
        "would build 320 apartments on the site", "The affordability commitment is not in it.",
        "There is no number, no deadline and no penalty", "The purchase agreement is about the land",
        "The housing comes next, and the council will vote on it.", "What the four no votes said",
        "Tonight we could have been telling.", "The sale is expected to close in February.",
        "I will keep reading every document the city releases on this."},
       {"Sign in", "Archive", "Dec 02, 2025", "is a reader-supported publication", "Subscribe now",
        "Share The Harbor Desk", "Ready for more?", "More from The Harbor Desk", "The depot was appraised twice",
        "Recommended by The Harbor Desk", "Discussion about this post", "Restacks", "I was there until 1 and gave up",
        "35 more comments", "© 2025 Nora Halvorsen", "Collection notice", "Start writing", "Get the app",
        "is the home for great culture", "We use cookies to improve your experience"}},
  };
  for (const StoryPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckStoryPage(p);
  }
}

}  // namespace
}  // namespace lede
