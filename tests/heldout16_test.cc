// Held-out round 16: news and blog pages in scripts and languages beyond the
// European ones, each hand-written in the markup its country's CMSes print
// (tests/fixtures/heldout16/), most in the legacy charset such sites still
// declare in a <meta> (Shift_JIS, GB2312 read as GBK/GB18030, Big5, EUC-KR,
// windows-1256, windows-1255, windows-1254, ISO-8859-7, TIS-620,
// windows-1251). Each row was written before lede ran on the page: what a
// reader came for (headline, the story's lines, no chrome, the writers, the
// published and modified stamps, the language and the charset lede read).
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "heldout_check.h"
#include "test_util.h"

namespace lede {
namespace {

struct ScriptPage {
  const char* file;
  const char* charset;   // the charset lede must decode by
  const char* language;  // Article::language
  const char* title;
  std::vector<std::string> authors;  // empty when not pinned
  const char* published;  // prefix of date_published
  const char* modified;   // prefix of date_modified, "" when not pinned
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckScriptPage(const ScriptPage& p) {
  testing::CheckHeldoutPage("heldout16", p.file,
                            {p.language, p.title, p.authors, p.published, p.modified, p.type, p.kept, p.dropped},
                            [&](const Article& a) { EXPECT_EQ(a.charset, p.charset) << p.file; });
}

TEST(CmsHeldOut, PlatformPagesRound16) {
  const ScriptPage pages[] = {
      {"ja-sjis-news.html", "shift_jis", "ja", "松本城の石垣、台風で一部崩落 修復に3年の見通し", {},
       "2025-09-21T11:42", "2025-09-21T19:05", "",
       {"二の丸の石垣が", "石の一つ一つに番号を付けて", "周辺の石垣についても緊急点検を始める"},
       {"検索", "トップ", "この記事をシェア", "はてなブックマーク", "関連記事", "夜間公開", "アクセスランキング",
        "個人情報保護方針", "無断転載"}},
      {"zh-gbk-news.html", "gbk", "zh", "杭州地铁12号线开通初期运营 日均客流预计达15万人次", {"陈晓东", "林静"},
       "2025-09-28T10:36", "", "",
       {"今天上午9时", "首班车6时发出", "家住仁和街道的乘客王女士说", "进一步延伸至临平新城"},
       {"登录", "当前位置", "浏览次数", "字号", "分享到", "版权声明", "相关阅读", "10号线二期",
        "热点排行", "浙ICP备"}},
      {"zh-big5-news.html", "big5", "zh", "台南老屋改建青年旅館 假日住房率近九成", {"林佳慧"},
       "2025-09-26T08:15", "2025-09-26T14:30", "",
       {"經過兩年整修後改建為青年旅館", "約四成旅客來自日本與歐洲", "須依規定提出修復計畫"},
       {"訂閱電子報", "記者林佳慧／台南報導", "最後更新", "複製連結", "延伸閱讀", "安平老街", "熱門新聞",
        "隱私權政策", "版權所有"}},
      {"ko-euckr-news.html", "euc-kr", "ko", "전주 한옥마을 주차난 해소 위해 공영주차장 2곳 새로 짓는다", {"박지훈"},
       "2025-09-24T15:20", "2025-09-25T09:05", "",
       {"공영주차장 2곳을 새로 짓는다", "약 186억 원이 들어간다", "2027년 말 완공될 예정이다"},
       {"로그인", "회원가입", "무단 전재", "카카오톡", "관련기사",
        "야간 관광", "주말마다 골목에", "등록번호"}},
      {"ar-1256-news.html", "windows-1256", "ar", "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في العقبة",
       {"سامر الخطيب"}, "2025-09-28T10:45", "2025-09-28T16:20", "",
       {"افتتحت الحكومة اليوم الأحد محطة جديدة", "120 مليون دولار", "إلى 80 ألف متر مكعب يوميا"},
       {"تسجيل الدخول", "عاجل", "بقلم", "آخر تحديث", "تصوير", "الكلمات الدالة", "واتساب", "أخبار ذات صلة",
        "الأكثر قراءة", "جميع الحقوق محفوظة"}},
      {"he-1255-news.html", "windows-1255", "he", "בחיפה נפתח מסלול אופניים חדש לאורך החוף", {"נועה ברק"},
       "2025-09-23T09:30", "2025-09-23T16:10", "",
       {"עיריית חיפה חנכה אתמול", "38 מיליון שקל", "עד לחוף הכרמל"},
       {"מאת:", "פורסם:", "עודכן:", "שתפו", "כתבות נוספות", "הרכבל", "תגובות", "סוף סוף", "כל הזכויות שמורות"}},
      {"hi-news.html", "utf-8", "hi", "इंदौर में सड़क किनारे लगेंगे 50 हजार पौधे, नगर निगम ने शुरू किया अभियान",
       {"अंकित वर्मा"}, "2025-09-24T11:20", "2025-09-24T18:45", "article",
       {"50 हजार पौधे लगाने का अभियान", "देशी पेड़ों को प्राथमिकता", "अभियान अक्टूबर के अंत तक चलेगा"},
       {"ई-पेपर", "द्वारा", "अपडेटेड", "टैग:", "शेयर करें", "ये भी पढ़ें", "सबसे स्वच्छ शहर", "कमेंट करें",
        "ताज़ा खबरें", "सर्वाधिकार सुरक्षित"}},
      {"tr-9-news.html", "windows-1254", "tr", "Trabzon'da heyelan riski: 14 ev tahliye edildi", {"Emre Kaya"},
       "2025-09-27T09:40", "2025-09-27T15:12", "",
       {"yamaçta çatlaklar oluştu", "Tahliye edilen 52 kişi", "sensörlerle izleneceği belirtildi"},
       {"Giriş Yap", "SON DAKİKA", "Yazar:", "Güncelleme", "Fotoğraf: İHA", "Etiketler", "Paylaş",
        "İlgili Haberler", "Yorumlar", "Geçmiş olsun", "Çok Okunanlar", "Tüm hakları saklıdır"}},
      {"el-8859-7-news.html", "iso-8859-7", "el",
       "Θεσσαλονίκη: Σε λειτουργία η νέα γραμμή του μετρό προς την Καλαμαριά", {"Νίκος Παπαδόπουλος"},
       "2025-09-25T10:15", "2025-09-25T17:40", "",
       {"με πέντε νέους σταθμούς", "περίπου 22 λεπτά", "με τα νέα ηλεκτρονικά εισιτήρια"},
       {"Συντάκτης", "Τελευταία ενημέρωση", "Μοιραστείτε", "Διαβάστε ακόμη", "Δημοφιλή", "επιφύλαξη"}},
      {"vi-news.html", "utf-8", "vi", "Đà Nẵng mở tuyến xe buýt điện ra sân bay", {"Hoài Thương"},
       "2025-09-27T08:30", "", "article",
       {"tuyến xe buýt điện số 12", "thanh toán bằng thẻ ngân hàng", "tuyến ra bán đảo Sơn Trà"},
       {"Trang chủ", "Chia sẻ", "Sao chép liên kết", "Tin liên quan", "xe đạp công cộng", "Ý kiến", "Quá tốt",
        "Xem nhiều", "Giấy phép"}},
      {"id-news.html", "utf-8", "id", "Pemkot Surabaya Bangun 12 Taman Baca di Kampung Padat Penduduk",
       {}, "2025-09-26T14:35", "", "",
       {"membangun 12 taman baca", "sekitar 800 buku", "tersebar di wilayah Surabaya utara dan timur"},
       {"Beranda", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Bagikan", "Salin Link", "Baca Juga",
        "Perpustakaan Kota Surabaya Kini", "Terpopuler", "Pedoman Media Siber"}},
      {"th-tis620-news.html", "windows-874", "th", "เชียงใหม่เปิดสวนสาธารณะริมน้ำปิงแห่งใหม่ รับฤดูท่องเที่ยว",
       {"สมชาย ใจดี"}, "2025-09-26T09:15", "", "",
       {"ทางเดินริมน้ำ ลานกิจกรรม", "ราว 45 ล้านบาท", "เริ่มตั้งแต่เดือนพฤศจิกายนนี้"},
       {"หน้าแรก", "แท็ก", "แชร์", "ข่าวที่เกี่ยวข้อง", "ลอยกระทง", "ข่าวยอดนิยม",
        "สงวนลิขสิทธิ์"}},
      {"uk-1251-news.html", "windows-1251", "uk", "У Львові відкрили оновлений трамвайний маршрут до Сихова",
       {"Олена Коваль"}, "2025-09-29T12:40", "2025-09-29T18:05", "",
       {"запрацював оновлений трамвайний маршрут", "410 мільйонів гривень", "становитиме шість хвилин"},
       {"Головна", "Автор:", "Оновлено", "Переглядів", "Теги", "Поділитися", "Читайте також", "електробусів",
        "Популярне", "Усі права захищено"}},
  };
  for (const ScriptPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckScriptPage(p);
  }
}

// The writer's line closing a story, in the forms newsrooms beyond Europe
// print it (meta41): a Korean reporter's sign-off, the name, "기자" and the
// mail address; a Vietnamese paper's bold name set to the right under the
// last paragraph. A Chinese page's "（责任编辑：…）" names the editor in
// charge, who edits, not writes: never an author, with a reporter credited
// or without one; a Chinese byline's correspondent after the reporter ("记者
// A 通讯员 B") is a second writer. A source line ("(Theo Tuổi Trẻ)",
// "according to") and a bold name set right above the story (an epigraph's
// author) name no writer.
TEST(CmsHeldOut, SignOffLinesAndEditorsBeyondEurope) {
  auto page = [](const char* lang, const std::string& head, const std::string& body) {
    return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=utf-8><title>T</title>" +
           "<meta property=\"og:type\" content=\"article\"></head><body><header><nav><a href=/>Home</a></nav>" +
           "</header><main><article><h1>T</h1>" + head + "<div class=\"article-body\">" + body +
           "</div></article></main><footer><p>Copyright 2025</p></footer></body></html>";
  };
  const std::string ko_prose =
      "<p>시는 24일 기린대로 인근 옛 공공청사 부지와 남천교 주변 시유지에 모두 420면 규모의 주차장을 조성하는 "
      "계획을 발표했다. 사업비는 국비를 포함해 약 186억 원이 들어간다.</p><p>한옥마을에는 연간 1000만 명 안팎의 "
      "관광객이 찾지만, 주변 공영주차장은 800여 면에 그쳐 주말이면 이면도로 불법 주차가 잇따랐다.</p>";
  const std::string vi_prose =
      "<p>Theo Sở Giao thông vận tải, tuyến có 10 xe chạy điện, tần suất 15 phút một chuyến vào giờ cao điểm. "
      "Hành khách có thể thanh toán bằng thẻ ngân hàng hoặc mã QR ngay trên xe.</p><p>Giá vé một lượt là 8.000 "
      "đồng, học sinh và người cao tuổi được miễn phí trong năm đầu vận hành tuyến mới.</p>";
  const std::string zh_prose =
      "<p>今天上午9时，杭州地铁12号线正式开通初期运营，首班车6时发出，全线共设站点15座，日均客流预计达15万人次。"
      "</p><p>家住仁和街道的乘客王女士说，以前去市区要换乘两次公交，现在坐地铁半小时就能到，方便多了。</p>";
  struct Row {
    std::string html;
    std::vector<std::string> authors;
  };
  const Row rows[] = {
      {page("ko", "", ko_prose + "<p>박지훈 기자 jhpark@example.co.kr</p>"), {"박지훈"}},
      {page("ko", "", ko_prose + "<p>김서연 기자</p>"), {"김서연"}},
      {page("vi", "", vi_prose + "<p style=\"text-align:right;\"><strong>Hoài Thương</strong></p>"),
       {"Hoài Thương"}},
      {page("vi", "", vi_prose + "<p align=right><b>Nguyễn Văn An</b></p><div class=ads></div>"), {"Nguyễn Văn An"}},
      {page("vi", "", vi_prose + "<p style=\"text-align:right\"><strong>Theo Tuổi Trẻ</strong></p>"), {}},
      // (An epigraph's author, set right above the story, is no writer.)
      {page("en", "", "<p style=\"text-align:right\"><strong>Mary Oliver</strong></p>" + vi_prose), {}},
      {page("zh", "", zh_prose + "<p class=editor>（责任编辑：周敏）</p>"), {}},
      {page("zh", "<p class=author>记者 陈晓东</p>", zh_prose + "<p class=editor>（责任编辑：周敏）</p>"), {"陈晓东"}},
      {page("zh", "<p class=author>记者 陈晓东 通讯员 林静</p>", zh_prose), {"陈晓东", "林静"}},
  };
  for (const Row& r : rows) {
    Result<Article> a = Extract(r.html, ExtractOptions{});
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->authors, r.authors) << r.html;
  }
}

}  // namespace
}  // namespace lede
