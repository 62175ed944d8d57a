// Held-out round 152: news stories from South-East Asian, South Asian and
// Turkish outlets, each in a house style or CMS of its own
// (tests/fixtures/heldout152/): an Indonesian portal's regional story in
// the Kompas manner, a Vietnamese daily's transport story in the VnExpress
// manner, a Thai news site's regional story on a WordPress theme in the
// Khaosod manner, a Turkish daily's city story in the Hürriyet manner, a
// Hindi daily's city story in the Jagran manner, a Malaysian
// English-language daily's story on WordPress with the Jannah theme and a
// Philippine news site's regional story on Arc XP. Each page was written by
// hand in its platform's server-rendered markup (head metadata, Open Graph,
// article:published_time and the NewsArticle JSON-LD or Yoast graph where
// the site prints them, canonical, skip links, headers with menus and
// search, breadcrumbs, the headline, a visible byline with a person's name
// and a visible date in the local format and calendar, share bars, lead
// photos with captions, the story with "read also" inserts, ads and
// prompts set between its paragraphs, then tags, editor lines, comment
// widgets, related and most-read lists, newsletter, channel and app boxes,
// cookie banners, footers and scripts), with invented places, firms,
// people, events and quotes, and its row set down from the page text alone,
// before lede ran on the pages, by this round's policy: the page's plain
// headline (the H1, without the site suffix, the "Halaman all" or the
// English slug the <title> adds) as the title; the byline's person names
// as a reader would list them, without "Penulis:", "ผู้เขียน", "By" or the
// dateline city; the publication day of the head metadata; type
// "article"; kept: the story's paragraphs from the first to the last, its
// subheadings (h2 or h3), the quoted words of speakers and its list items;
// dropped: skip links, menus, search, login and subscription links, share
// bars and their labels ("Bagikan artikel ini melalui", "Chia sẻ", "แชร์",
// "Paylaş", "शेयर करें", "Share via Email", "Copy Link"), inline "read also"
// inserts and their titles ("Baca juga:", "Xem thêm:", "อ่านต่อ :",
// "İlgili Haberler", "ये भी पढ़ें:", "Click to read more:", "Check Also",
// "READ:"), related-story lists and their titles ("Berita Terkait", "Tin
// liên quan", "ข่าวที่เกี่ยวข้อง", "संबंधित खबरें", "Related Articles",
// "Read Next"), most-read lists ("Terpopuler", "Xem nhiều", "ข่าวยอดนิยม",
// "En Çok Okunanlar", "सबसे ज्यादा पढ़ी गई", "Most Popular", "Most Read"),
// tags, comment widgets and their sample comments, editor lines set apart
// from the byline ("Editor: Yohanes Pratama", "Edited By: सुमन चौधरी"),
// author bio boxes, paging links, WhatsApp-channel, LINE, Google News and
// notification prompts, newsletter boxes, copyright lines, footers and
// cookie banners. Left unasserted: photo captions (lede keeps a caption as
// a caption block, outside the plain text), the Vietnamese sapo
// (p.description), the Turkish spot (h2.news-detail-spot), the Hindi
// summary (h2.articleSummary) and the Arc subheadline, the Vietnamese
// end-of-story author line, the datelines at the head of the first
// paragraph ("KARANGSARI, WARTAHARIAN.com", "KUALA KANGSAR:", "PUNTA
// DALISAY"), the Turkish "Haberin Devamı" strip, ad labels ("Reklam",
// "โฆษณา", "विज्ञापन", "Advertisement"), the "Güncelleme:", "अपडेटेड:" and
// "Updated" stamps and the Jannah views and reading-time counters.
//
// Pages: an Indonesian portal's regional story in the Kompas manner
// (content_author, content_editor and content_PublishedDate metas,
// article:published_time, NewsArticle and BreadcrumbList JSON-LD, a
// <title> ending in "Halaman all - WartaHarian.com", a wh_data script with
// page_num and total_page, the skip link "Langsung ke konten", a header top
// with the day, ePaper, "Indeks Berita", "Masuk" and "Daftar Gratis", a
// logo and search row, the nav__wrap channel menu with "Cek Fakta" and a
// nav__sub of provinces, a billboard ad, the breadcrumb Home > Regional >
// Jawa Tengah, the read__title H1, read__time "WartaHarian.com -
// 12/03/2025, 09:30 WIB", read__credit items "Penulis:" and "Editor:" with
// linked names, a social--inline bar "Bagikan artikel ini melalui" with
// WhatsApp, Facebook, X, Telegram and "Salin Link", the photo with a
// photo__caption and credit, the read__content of <p>s opening with a bold
// dateline, two "Baca juga:" paragraphs of a <strong> label and an
// inner-link-baca-juga anchor, an in-body ad slot, two h2 subheadings, a
// list of facilities, the read__paging "Halaman: 1 2 Selanjutnya Tampilkan
// Semua" (page 1 of 2) and the WhatsApp Channel prompt inside
// read__content; then Tag links, a bottom share bar, an "Apresiasi
// Spesial" box, "Berita Terkait" titles, a "Komentar" box with "Login untuk
// Berkomentar", "Berita Terkini Lainnya" with stamps, a sidebar with an ad,
// "Terpopuler" with read counts and a newsletter, the footer links and the
// "Copyright 2008 - 2025 PT. Warta Siber Media" line); a Vietnamese daily's
// story in the VnExpress manner (pubdate, lastmod, its_publication and
// its_author metas, article:published_time, NewsArticle JSON-LD, the skip
// link "Bỏ qua đến nội dung chính", a header with the day, "Mới nhất",
// "Tin theo khu vực", International, search and "Đăng nhập", the main-nav,
// the breadcrumb Thời sự > Giao thông with span.date "Thứ tư, 12/3/2025,
// 10:15 (GMT+7)", the title-detail H1, the p.description sapo with a
// location stamp, the article.fck_detail of p.Normal paragraphs with an
// inline box-tinlienquanv2 "Xem thêm:" of one linked title, two h2.Normal
// subheadings in <strong>, a tplCaption figure with a p.Image caption
// ending "Ảnh: Lê Thu Hà", a ul.list-dot of six routes, and the author's
// name in a right-aligned <strong> as the last paragraph; then a
// social_pin "Chia sẻ" with Facebook, Twitter, "Copy link" and a hidden
// "Copy link thành công", h4 topic tags, "Báo lỗi" and "Trở lại Thời sự",
// "Tin liên quan" with summary lines, the box_comment_vne "Ý kiến (24)"
// with "Quan tâm nhất" and "Mới nhất" tabs, a textarea, two comments with
// likes, "Trả lời" and stamps and "Xem thêm ý kiến", a sidebar-2 with
// "Xem nhiều" and a newsletter, and the footer's licence, editor-in-chief
// and copyright lines); a Thai news site's regional story on a WordPress
// theme in the Khaosod manner (udsg__ classes, Yoast's graph with a
// NewsArticle, article:published_time, meta author, the skip link
// "ข้ามไปยังเนื้อหา", a header top with the Buddhist-era day and social
// links, a logo and search row, the menu with ตรวจหวย and ดูดวง, a
// breadcrumb with ›, the category label, the udsg__main-title H1,
// "ผู้เขียน" and a rel=author link, a <time> "12 มี.ค. 2568 - 09:40 น.", a
// top share bar "แชร์" with Facebook, X, LINE and "คัดลอกลิงก์", the
// featured image with a figcaption, the entry-content of <p>s with an
// inline udsg__related-inline "อ่านต่อ :" link, two h2 subheadings, an
// in-article "โฆษณา" slot and a list of export steps; then "แท็ก" tags, a
// bottom share bar "แชร์ข่าวนี้", a LINE OA box, the "ข่าวที่เกี่ยวข้อง"
// cards with Buddhist-era dates and "อ่านต่อข่าวภูมิภาคทั้งหมด", an aside
// labelled "แถบข้าง" with "ข่าวยอดนิยม" and an ad, the footer
// "สงวนลิขสิทธิ์ทั้งหมด" and a cookie dialog); a Turkish daily's city story
// in the Hürriyet manner (article:published_time and modified_time,
// NewsArticle JSON-LD with a Person author, a <title> ending "- Son
// Dakika Haberleri - Ege Postası", the skip link "İçeriğe geç", a header
// top with weather, exchange rates, "Giriş Yap" and "Abone Ol", the main
// menu, an ordered breadcrumb ending "Haberin Detayı", the
// news-detail-title H1 and news-detail-spot h2, an author-box with avatar,
// linked name and "Ege Postası Muhabiri", news-date "Giriş:" and
// "Güncelleme:" <time>s, a share-area "Paylaş" with "Linki Kopyala" and
// "Google News'te Abone Ol", the lead figure with a figcaption, the
// news-content readingTime body with an inline related-news-inline
// "İlgili Haberler" list of two titles, a "Haberin Devamı" strip, two h2
// subheadings, a list of stops and an ad container; then "Etiketler:", a
// Google News box with "Abone ol", the "Yorumlar (12)" section with a
// login note, a form, one comment with "Beğen (41)" and "Yanıtla" and "Tüm
// yorumları gör", a bottom "İlgili Haberler" list, a right column with
// "En Çok Okunanlar" and a "Bülten" form, the footer with KVKK and
// "Tüm hakları saklıdır" and a cookie bar); a Hindi daily's city story in
// the Jagran manner (a <title> with an English slug before the headline,
// NewsArticle JSON-LD with a Devanagari author name, article:published_time
// in +05:30, the skip link "मुख्य सामग्री पर जाएं", a top strip with the
// day, "ई-पेपर" and "लॉगिन", a hamburger, logo and search row, the main
// menu, a breaking ticker, the breadcrumb, the articleHd H1 and an
// articleSummary h2, the authorDetail with a linked name, the place and a
// separate "Edited By: सुमन चौधरी", "प्रकाशित:" and "अपडेटेड:" stamps, a
// shareBar "शेयर करें" with "लिंक कॉपी करें" and "गूगल न्यूज़ पर फॉलो
// करें", the lead figure with a figcaption, the articleBody with two
// alsoRead "ये भी पढ़ें:" boxes, two h2 subheadings, a list of zones and a
// "विज्ञापन" slot; then "टैग्स:", a bottom share bar, a notification box,
// "संबंधित खबरें" with thumbnails, a "कमेंट्स" box, a sidebar with "ताजा
// खबरें" and "सबसे ज्यादा पढ़ी गई", the footer "सर्वाधिकार सुरक्षित" and a
// cookie bar); a Malaysian English-language daily on WordPress with the
// Jannah theme (Yoast's graph with a NewsArticle, twitter:label "Written
// by", the skip link "Skip to content", the top-nav with the day, a
// "Latest" breaking ticker and social icons, the logo row, the main-nav
// with "Bahasa Malaysia" and a search trigger, the breadcrumb inside the
// entry-header-outer, a post-cat label, the entry-title H1, the
// single-post-meta with avatar and author link, "March 12, 2025", a views
// counter and "3 minutes read", the featured image with a caption and
// picture credit, an icons-only share bar with screen-reader labels, the
// entry-content with a bold dateline, a "Click to read more:" paragraph, a
// stream-item "Advertisement", two h3 subheadings, a list of phases, a
// "Check Also" mini-posts box inside the content and a WhatsApp channel
// box at its end; then tags, a bottom share bar, the about-author bio box,
// "Related Articles" with dates, a "Leave a Reply" form for logged-in
// users, a sticky sidebar with "Most Popular" and a Mailchimp "Get the
// Morning Briefing" box, the footer "© Copyright 2025, All Rights
// Reserved" and "Back to top button"); a Philippine news site's regional
// story on Arc XP (article:author metas for two writers, NewsArticle
// JSON-LD with two Persons and a UTC datePublished, a headline mixing
// English and a Filipino quote in straight single quotes, the skip link,
// the b-header-nav-chain with Sections, search, Subscribe and Sign In, a
// sections link list, a "Trending" bar, the c-overline, the b-headline H1
// and b-subheadline, a c-attribution "By <a>Carmela Villanueva</a> and
// <a>Rodel Bautista</a>", a c-date in PHT and an "Updated" stamp, a share
// bar of icon buttons with visually-hidden labels, the lead art with
// caption and credit, the b-article-body of c-paragraphs with a bold
// dateline, a "READ:" paragraph with a link, an arcad "Advertisement", two
// c-heading h2s, an inline b-newsletter-inline "Subscribe to our daily
// newsletter" box with its legal line and a c-list of demands; then tags,
// "Read Next", the comments disclaimer and "Join the conversation", a
// right rail with "Most Read" and an ad, the footer with "Copyright © 2025
// The Visayan Courier Media Corp. All Rights Reserved." and a cookie
// dialog).
// Rows by a helper, from the page text alone, before lede ran on the pages.
//
// lede was then run on the pages. 5 of 7 rows passed as first written (3
// failed checks). Rule from this round: a Malaysian paper's "Click to read
// more:" pointer before a linked story title (src/extract/vocabulary.cc;
// test Stop66Rules.PointerAndThreadHeadings). After it 6 of 7 (1
// failed check): the Indonesian portal's WhatsApp channel paragraph
// ("Simak breaking news ..."), which ran past the 200 bytes of a line the
// channel invite rule read. Stop 67 reads a story's paragraph of up to 400
// bytes with a link when it opens on a verb of joining (test
// Stop67Rules.LongChannelInvite); the paragraph is pinned as dropped, 7 of 7.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct NewsPage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  std::vector<std::string> authors;  // empty when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckNewsPage(const NewsPage& p) {
  testing::CheckHeldoutPage("heldout152", p.file,
                            {p.language, p.title, p.authors, p.published, "", "article", p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, NewsRound152) {
  const NewsPage pages[] = {
      {"kompas-pasar-id.html", "id",
       "Pasar Induk Karangsari Dibuka Lagi Setelah Terbakar, 1.214 Pedagang Kembali Berjualan",
       {"Rina Kusumawardani"}, "2025-03-12",
       {"Pasar Induk Karangsari di Jawa Tengah kembali dibuka pada Rabu (12/3/2025)",
        "yang selama ini berjualan di pasar darurat di lapangan Desa Sidomulyo",
        "mengatakan pembangunan kembali pasar menelan biaya Rp 86,4 miliar",
        "Yang penting sekarang pedagang bisa kembali dan pembeli tidak perlu lagi berdesakan di tenda",
        "Los dan kios diundi ulang",
        "Pedagang lama mendapat prioritas, sedangkan sisa 68 kios ditawarkan kepada pedagang baru.",
        "Lantai dasar diperuntukkan bagi pedagang basah seperti ikan, daging, dan sayur",
        "instalasi pengolahan air limbah untuk los ikan dan daging;",
        "tempat parkir sepeda motor berkapasitas 600 kendaraan.",
        "mengaku lega bisa kembali berjualan di dalam gedung",
        "Dulu sehari bisa dapat Rp 1,5 juta, di tenda paling Rp 700.000.", "Retribusi belum naik",
        "Pedagang los membayar Rp 3.000 per hari, sedangkan pemilik kios Rp 5.000 per hari",
        "agar pembeli mau masuk ke dalam gedung pasar."},
       {"Simak breaking news dan berita pilihan kami", "Langsung ke konten", "Indeks Berita", "Cek Fakta", "Yohanes Pratama", "Bagikan artikel ini melalui",
        "Salin Link", "Kebakaran Pasar Induk Karangsari, 900 Kios Ludes dalam Tiga Jam",
        "Harga Cabai Rawit di Jawa Tengah Turun Jelang Ramadhan", "Tampilkan Semua",
        "Revitalisasi Pasar", "Berita Terkait",
        "Login untuk Berkomentar", "Viral Sopir Truk Tolak Pungli", "PT. Warta Siber Media"}},
      {"vnexpress-xebuyt-vi.html", "vi", "Tân Hải mở 6 tuyến xe buýt điện nối sân bay và các khu công nghiệp",
       {"Lê Thu Hà"}, "2025-03-12",
       {"công bố kế hoạch đưa vào khai thác 6 tuyến xe buýt điện",
        "thay thế một phần các tuyến xe buýt chạy dầu đã hoạt động hơn 15 năm",
        "Tổng vốn đầu tư cho xe, trạm sạc và nhà chờ khoảng 640 tỷ đồng",
        "Chúng tôi chọn những hướng có nhu cầu đi lại lớn", "Vé tháng 150.000 đồng",
        "học sinh, sinh viên và công nhân khu công nghiệp được giảm một nửa",
        "Tiền mặt vẫn được chấp nhận đến hết năm nay.",
        "Tuyến E01 từ Quảng trường Biển đến sân bay Tân Hải, dài 22 km;",
        "Tuyến E04 nối ga Tân Hải với khu đô thị Sông Cầu;", "Mỗi xe đi được khoảng 250 km sau một lần sạc đầy",
        "Lo ngại ùn tắc ở trung tâm", "nếu có xe buýt đến tận cổng nhà máy thì tôi sẽ để xe máy ở nhà",
        "chuyển toàn bộ 14 tuyến xe buýt còn lại sang xe điện trước năm 2030"},
       {"Bỏ qua đến nội dung chính", "Tin theo khu vực", "Xem thêm:",
        "Tân Hải thử nghiệm xe buýt điện trên tuyến ven biển", "Chia sẻ", "Copy link", "giao thông công cộng",
        "Trở lại Thời sự", "Tin liên quan", "Doanh nghiệp vận tải kiến nghị tăng trợ giá xe buýt", "Quan tâm nhất",
        "Nên có thêm tuyến đi qua các trường đại học", "Xem nhiều", "Nhận tin nổi bật mỗi sáng qua email",
        "Toàn bộ bản quyền thuộc Thời Báo Số"}},
      {"khaosod-durian-th.html", "th",
       "สหกรณ์ห้วยน้ำรินส่งทุเรียนล็อตแรกทางรถไฟลาว-จีน ชาวสวนได้ราคาเพิ่มกิโลละ 25 บาท", {"ปิยะพงษ์ แก้วมณี"},
       "2025-03-12",
       {"สมาชิกสหกรณ์กว่า 200 คน ร่วมกันคัดและบรรจุทุเรียนพันธุ์หมอนทองล็อตแรกของฤดูกาล",
        "ก่อนขนส่งต่อทางรถไฟลาว-จีนไปยังนครคุนหมิง", "โดยไม่ผ่านล้งหรือพ่อค้าคนกลาง",
        "ปีนี้เราตกลงราคากันไว้ล่วงหน้าทั้งฤดู", "ตรวจสารตกค้างทุกล็อตก่อนปิดตู้",
        "สร้างโรงคัดบรรจุที่ได้มาตรฐาน GMP และห้องปฏิบัติการขนาดเล็ก", "ต้องมีเปอร์เซ็นต์น้ำหนักแห้งไม่ต่ำกว่า 32%",
        "สุ่มตัวอย่างตรวจสารตกค้างและความแก่ของผล",
        "ขึ้นขบวนรถไฟสินค้าที่สถานีท่านาแล้ง และถึงนครคุนหมิงภายใน 2 วัน", "ตั้งเป้า 600 ตันตลอดฤดู",
        "ได้รับเงินภายใน 7 วันหลังส่งของ", "ปีที่แล้วขายให้ล้งได้กิโลละ 110 บาท",
        "ปีหน้ามีแผนรับซื้อมังคุดและเงาะจากสมาชิก", "ไม่มีพายุลูกเห็บในช่วงติดดอก"},
       {"ข้ามไปยังเนื้อหา", "ตรวจหวย", "แชร์", "คัดลอกลิงก์",
        "ราคาทุเรียนหน้าสวนร่วงหนัก หลังด่านปลายทางเข้มตรวจสารย้อมสี", "ข่าวจันทบุรี", "รถไฟลาวจีน",
        "เพิ่มเพื่อน LINE ข่าวเช้านี้", "ข่าวที่เกี่ยวข้อง", "ชาวสวนตราดเร่งตัดทุเรียนอ่อนขายก่อนฝนมา",
        "อ่านต่อข่าวภูมิภาคทั้งหมด", "ข่าวยอดนิยม", "หนุ่มกู้ภัยช่วยลูกช้างตกบ่อน้ำ", "สงวนลิขสิทธิ์ทั้งหมด",
        "เว็บไซต์นี้ใช้คุกกี้"}},
      {"hurriyet-tramvay-tr.html", "tr",
       "Çınarlıdere tramvayının ikinci etabı hizmete girdi: Yolculuk süresi 20 dakika kısaldı", {"Derya Kaplan"},
       "2025-03-12",
       {"7,4 kilometrelik ikinci etabı, dün düzenlenen törenle yolcu taşımaya başladı",
        "yolculuk süresi 45 dakikadan 25 dakikaya indi",
        "yoğun saatlerde 6 dakikada bir, diğer saatlerde ise 10 dakikada bir sefer yapacak",
        "hattın toplam maliyetinin 2,1 milyar lira olduğunu",
        "Sanayi bölgesinde çalışan 18 bin kişinin her gün trafikte kaybettiği zamanı ailesine geri veriyoruz",
        "İlk hafta ücretsiz", "tam bilet 17,5 lira, öğrenci bileti ise 8,5 lira olarak uygulanacak",
        "Engelli ve 65 yaş üstü yolcular ise ücretsiz seyahat etmeye devam edecek.",
        "Sebze ve meyve hali ile şehirlerarası otobüs terminaline yürüme mesafesinde",
        "Acil servis girişine 150 metre uzaklıkta", "Esnaf otopark sorunundan şikayetçi",
        "Müşteri arabasını bırakacak yer bulamıyor, cirom yüzde 30 düştü",
        "240 araçlık katlı otoparkın yaz sonunda tamamlanacağını",
        "Üçüncü etabın ihalesinin bu yıl sonbaharda yapılması bekleniyor."},
       {"İçeriğe geç", "DOLAR 36,48", "Giriş Yap", "Paylaş", "Linki Kopyala", "İlgili Haberler",
        "Tramvay hattında test sürüşleri başladı", "Raylı Sistem Projeleri",
        "Google News üzerinden takip etmek için tıklayın", "Abone ol",
        "Yorum yapabilmek için üye girişi yapmalısınız", "Sabahları OSB'ye gitmek için iki otobüs değiştiriyorduk",
        "OSB'de kurulan yeni fabrika 600 kişiye istihdam sağlayacak", "En Çok Okunanlar", "Tüm hakları saklıdır"}},
      {"jagran-erickshaw-hi.html", "hi",
       "शहर में ई-रिक्शा के लिए तय होंगे चार रंगों के रूट, 1200 वाहनों पर लगेगा क्यूआर कोड", {"राजीव शुक्ला"},
       "2025-03-12",
       {"नवलगढ़ शहर की सड़कों पर बेतरतीब दौड़ रहे ई-रिक्शा अब तय रूट पर ही चल सकेंगे।",
        "जिलाधिकारी प्रियंका मेहरा ने कहा कि एक अप्रैल से बिना पंजीकरण",
        "जिनमें से लगभग 300 का परिवहन विभाग में पंजीकरण नहीं है", "चार रंगों में बंटेगा शहर",
        "चालक अपने जोन के बाहर सवारी नहीं ले सकेंगे", "लाल जोन: घंटाघर, सर्राफा बाजार और पुरानी तहसील",
        "नीला जोन: नई बस्ती, कॉलेज रोड और बाईपास",
        "सवारी को चालक का नाम, मोबाइल नंबर और वाहन का पंजीकरण नंबर दिख जाएगा",
        "हम किसी की रोजी-रोटी नहीं छीनना चाहते।", "चालक संघ ने मांगा और समय",
        "पंजीकरण के लिए कम से कम तीन महीने का समय देने की मांग की", "उनके कागज अभी फाइनेंस कंपनियों के पास हैं",
        "आधार कार्ड, बैटरी का बिल और वाहन खरीद की रसीद लेकर आना होगा"},
       {"मुख्य सामग्री पर जाएं", "ई-पेपर", "बोर्ड परीक्षा परिणाम की तारीख घोषित", "सुमन चौधरी", "शेयर करें",
        "लिंक कॉपी करें", "गूगल न्यूज़ पर फॉलो करें", "ये भी पढ़ें", "स्टेशन रोड पर अतिक्रमण हटाने पहुंची टीम",
        "राजस्थान ट्रैफिक अपडेट", "नोटिफिकेशन ऑन करें", "संबंधित खबरें", "सीकर में भी लागू हुआ था जोन सिस्टम",
        "सबसे ज्यादा पढ़ी गई", "सर्वाधिकार सुरक्षित"}},
      {"jannah-water-en.html", "en",
       "Sungai Lalang villagers to get piped water by December after decades of relying on wells",
       {"Nurul Ain Rahman"}, "2025-03-12",
       {"About 1,800 residents of Kampung Sungai Lalang, who have relied on tube wells and rainwater tanks for more "
        "than three decades",
        "the RM38.6 million project, which includes a 14km main pipeline from the Bukit Saga treatment plant",
        "was 62 per cent complete as of last week",
        "The contractor is ahead of schedule on the pipeline, but work on the reservoir was delayed by the monsoon.",
        "as the cost would be borne by the state under its rural water supply programme", "Wells running dry",
        "many families now spent up to RM150 a month on bottled water for drinking and cooking",
        "Old folks have to wait for their children to bring water from town in jerry cans",
        "had spent more than RM4,000 on filters and an electric pump over the years",
        "laying of the main pipeline along Jalan Sungai Lalang, to be completed by June;",
        "connection of about 420 homes, a primary school and two surau, from October.",
        "More villages in the pipeline",
        "applied for federal funds under the 13th Malaysia Plan to connect them by 2028",
        "as unapproved fittings could cause leaks and lower the water pressure for the whole village"},
       {"Skip to content", "Ringgit opens higher against US dollar", "Bahasa Malaysia", "3 minutes read",
        "Click to read more", "Perak sets aside RM210 million for rural water supply this year", "Check Also",
        "Kinta flood victims receive second round of state aid", "Follow us on our official WhatsApp channel",
        "Nurul Ain reports on Perak, rural affairs and public utilities", "Related Articles",
        "Scheduled water disruption in parts of Ipoh", "Leave a Reply", "Get the Morning Briefing",
        "All Rights Reserved"}},
      {"arcxp-reclamation-en.html", "en",
       "Punta Dalisay fishers march vs 120-hectare reclamation: 'Dito kami nabubuhay'",
       {"Carmela Villanueva", "Rodel Bautista"}, "2025-03-12",
       {"Hundreds of small fishers in this coastal town marched to the municipal hall on Wednesday, March 12",
        "would build a commercial district, a cruise ship terminal and a cluster of residential towers",
        "Kapag tinambakan nila ang dagat, saan pa kami mangingisda?",
        "where catches of danggit and blue crab had recovered after years of overfishing", "Consultation questioned",
        "no reclamation permit had been issued", "Walang pinal na desisyon. We will listen to the fisherfolk first",
        "was announced only a day before and was attended mostly by municipal employees", "What the groups want",
        "hold consultations on weekends, when fishers are not at sea;",
        "declare the mangrove forest of Barangay Maligaya a protected area;",
        "could change water currents and worsen flooding in low-lying neighborhoods",
        "the project would create about 5,000 jobs",
        "The municipal council is set to take up the feasibility study again on March 26."},
       {"Skip to main content", "Sign In", "Oil price rollback", "Share on Facebook", "Copy Link", "READ:",
        "Developer eyes reclamation off Punta Dalisay, promises cruise port", "Subscribe to our daily newsletter",
        "By providing an email address, I agree to the Terms of Use", "fisherfolk rights", "Read Next",
        "Coast Guard rescues 7 pump boat crew", "Comments do not represent the views", "Join the conversation",
        "This website uses cookies"}},
  };
  for (const NewsPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckNewsPage(p);
  }
}

}  // namespace
}  // namespace lede
