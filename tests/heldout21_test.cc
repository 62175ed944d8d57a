// Held-out round 21: news and blog pages in languages and scripts lede had
// few pages of (tests/fixtures/heldout21/), each hand-written in the markup
// its country's news CMSes print, six in the legacy charset their <meta>
// alone declares (windows-1256, GB2312 read as GBK, Shift_JIS, EUC-KR,
// KOI8-R, TIS-620 read as windows-874), the dates in local forms: Arabic-
// Indic digits (in the windows-1256 page as character references, the only
// way that charset carries them), a Solar Hijri stamp over a Gregorian
// JSON-LD, a two-digit Israeli year, Bengali digits and months, 年月日 with no
// space before the clock, a Reiwa-era year, the Korean 오전/오후 clock,
// Cyrillic genitive months with "г.", a Buddhist-era year after "พ.ศ.".
// Each row was written before lede ran on the page: the headline, the
// writers, the published day, the language, the section and the charset
// lede read, the story's lines and the chrome it drops. Every page decoded
// right as first written; 4 of 14 rows passed whole as first written (the
// Hindi, Turkish, Indonesian and Vietnamese pages, each with JSON-LD), 8 of
// 14 after the rules below, all 14 as asserted. Rules: native digits
// (Arabic-Indic, Persian, Devanagari, Bengali, Thai) read as ASCII ones in
// a stamp, Bengali months, Japanese era years (令和, 平成, 元年), the Thai
// era mark "พ.ศ." before the year, the writer's labels "كتب:", "كتبت:",
// "خبرنگار:", "نویسنده:", "Γράφει:", "ผู้เขียน:", "本报记者" as a title before
// the names, and a visible trail of the home page's crumb and one or two
// more over an article's headline naming its section by its last. One row
// corrected after the run: the Japanese headline's ideographic space
// (U+3000) is whitespace lede folds to a space, as it does a no-break one.
// Since stop 43: the Korean writer, "<em>김민수 기자</em> <span
// class=email>kimms@…</span>" in a byline box with no cue (a box's uncued
// name is judged without the mail address it ends on).
// Not asserted, as lede still gets them wrong: the Bengali writer (his name
// and place in two spans with no space between are read as one name), the
// Chinese page's two writers (read as one, "王磊 赵晓燕"), day (its meta row
// in a plain "info" box, with views and font-size links), section (the page
// is typed "page") and its editor line and comment box heading; the Korean
// section (a trail classed
// "location") and stamp list and comment heading; the Russian section (a
// trail classed "path") and its table layout's menu and trail; the Persian
// short-link box. The Persian Solar Hijri stamp is not converted (the page's
// JSON-LD gives the Gregorian day).
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "heldout_check.h"
#include "test_util.h"

namespace lede {
namespace {

struct WorldPage {
  const char* file;
  const char* charset;   // the charset lede must decode by
  const char* language;  // Article::language
  const char* title;
  std::vector<std::string> authors;  // empty when not pinned
  const char* published;  // prefix of date_published
  const char* modified;   // prefix of date_modified, "" when not pinned
  const char* section;    // Article::section, "" when not pinned
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckWorldPage(const WorldPage& p) {
  testing::CheckHeldoutPage("heldout21", p.file,
                            {p.language, p.title, p.authors, p.published, p.modified, p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.charset, p.charset) << p.file;
                              if (*p.section) {
                                EXPECT_EQ(a.section.value_or(""), p.section) << p.file;
                              }
                            });
}

TEST(CmsHeldOut, PlatformPagesRound21) {
  const WorldPage pages[] = {
      {"ar-1256-news.html", "windows-1256", "ar", "ارتفاع صادرات الموالح المصرية إلى 2.1 مليون طن خلال الموسم",
       {"أحمد عبد الحميد"}, "2025-11-06", "", "اقتصاد", "",
       {"أعلنت وزارة الزراعة واستصلاح الأراضي", "تتصدرها السعودية وهولندا", "ومن المتوقع أن يستمر موسم تصدير الموالح"},
       {"تسجيل الدخول", "عاجل", "كتب:", "الخميس، ٦ نوفمبر", "فيسبوك", "الكلمات الدالة", "أخبار ذات صلة",
        "سوق العبور", "التعليقات", "خبر رائع", "الأكثر قراءة", "جميع الحقوق محفوظة"}},
      {"fa-news.html", "utf-8", "fa", "ظرفیت نیروگاه‌های خورشیدی کشور از ۲ هزار مگاوات گذشت", {"مریم رضایی"},
       "2025-11-03", "2025-11-03", "اقتصادی", "article",
       {"به گزارش خبرگزاری پارسه", "هدف برنامه هفتم توسعه", "کارشناسان حوزه انرژی اما"},
       {"ورود", "صفحه نخست", "کد خبر", "خبرنگار:", "برچسب‌ها", "اخبار مرتبط", "قطعی برق", "نظرات",
        "ارسال نظر", "پربازدیدترین", "کلیه حقوق"}},
      {"he-news.html", "utf-8", "he", "מחקר: ילדים שישנים פחות משמונה שעות מתקשים יותר בקריאה", {"שירה אבוטבול"},
       "2025-11-03", "", "בריאות", "",
       {"ילדים בגילאי בית הספר היסודי", "החוקרים עקבו במשך שנתיים", "להרחיק מסכים מחדר השינה"},
       {"התחברות", "הרשמה לניוזלטר", "ראשי", "שתפו בוואטסאפ", "תגיות", "עוד בנושא", "נגיף הנשימה", "תגובות",
        "אמא לשלושה", "כל הזכויות שמורות"}},
      {"hi-news.html", "utf-8", "hi", "जयपुर में मेट्रो के दूसरे चरण को मंजूरी, 42 किलोमीटर बिछेगी लाइन", {"प्रिया शर्मा"},
       "2025-11-04", "2025-11-04", "राजस्थान", "article",
       {"केंद्र सरकार ने जयपुर मेट्रो", "12 हजार करोड़ रुपये", "पहले चरण की लाइन पर"},
       {"ई-पेपर", "लेखक:", "प्रकाशित:", "शेयर करें", "ये भी पढ़ें", "रात 12 बजे तक", "टैग:", "संबंधित खबरें", "टिप्पणियां",
        "बहुत अच्छी खबर", "सर्वाधिकार सुरक्षित"}},
      {"bn-news.html", "utf-8", "bn", "পদ্মা সেতু দিয়ে এক দিনে রেকর্ড ৪২ হাজার যানবাহন পারাপার", {},
       "2025-11-05", "", "বাংলাদেশ", "",
       {"এক দিনে রেকর্ড ৪২ হাজার ৩১৫টি", "৪ কোটি ৮০ লাখ টাকা", "অতিরিক্ত জনবল"},
       {"সোমবার ১০ নভেম্বর", "প্রকাশ:", "শেয়ার করুন", "লিংক কপি", "আরও পড়ুন", "গতিসীমা বাড়ছে",
        "মন্তব্য করতে লগইন করুন", "সর্বাধিক পঠিত", "সম্পাদক ও প্রকাশক"}},
      {"zh-gb2312-news.html", "gbk", "zh", "成都今冬首批40个社区食堂投入运营", {}, "", "",
       "", "",
       {"11月1日起，成都首批40个社区食堂", "凭社保卡就餐可享受八折优惠", "基本实现中心城区老年人步行15分钟内可就餐"},
       {"登录", "客户端下载", "当前位置", "浏览次数", "字号", "本报记者", "分享到", "相关阅读", "18号线",
        "热点排行", "蜀ICP备"}},
      {"ja-sjis-news.html", "shift_jis", "ja", "路面電車の新停留場、来春開業へ 駅前再開発に合わせ", {"田中 美咲"},
       "2025-11-03", "", "地域", "",
       {"市内電車の新しい停留場を来年春に開業", "整備費は約3億円", "12月中に応募方法を公表する"},
       {"検索", "トップ", "令和7年", "記者", "この記事をシェアする", "はてなブックマーク", "関連記事",
        "年末年始の臨時列車", "アクセスランキング", "無断転載"}},
      {"ko-euckr-news.html", "euc-kr", "ko", "부산 해운대 해수욕장, 겨울에도 야간 조명 켠다", {"김민수"}, "2025-11-03",
       "2025-11-03", "", "",
       {"야간 경관 조명을 운영한다고 3일 밝혔다", "사업비는 4억 원으로", "버스킹 공연과 푸드트럭"},
       {"로그인", "회원가입", "구독신청", "김민수 기자", "kimms@", "글자크기", "무단전재", "관련기사",
        "드론쇼", "청소년보호책임자"}},
      {"ru-koi8-news.html", "koi8-r", "ru", "В Томске откроют первый в городе крытый велотрек", {"Анна Смирнова"},
       "2025-11-03", "", "", "",
       {"подписали соглашение о строительстве крытого велотрека", "2,4 млрд рублей", "подрядчика выберут на конкурсе"},
       {"3 ноября 2025 г.", "Автор:", "Читайте также", "Енисею", "Комментарии", "Давно пора",
        "Войдите", "При перепечатке"}},
      {"tr-news.html", "utf-8", "tr", "İzmir'de körfez için yeni arıtma tesisi: Kapasite iki katına çıkacak",
       {"Ayşe Demir"}, "2025-11-03", "2025-11-03", "Gündem", "article",
       {"Çiğli'deki atık su arıtma tesisinin ikinci etabının", "güneş enerjisi santrali",
        "derelerdeki kaçak bağlantıların"},
       {"Giriş Yap", "Abone Ol", "SON DAKİKA", "Manisa", "Muhabir:", "Güncelleme:", "Paylaş", "Yorum Yap", "Etiketler",
        "İlgili Haberler", "su kesintisi", "Yorumlar", "Umarım", "Tüm hakları saklıdır", "Künye"}},
      {"el-news.html", "utf-8", "el", "Θεσσαλονίκη: Ξεκινούν τα έργα για τη νέα παραλιακή πεζογέφυρα",
       {"Μαρία Παπαδοπούλου"}, "2025-11-03", "", "Ελλάδα", "",
       {"Ξεκινούν τον Δεκέμβριο τα έργα", "7,5 εκατομμύρια ευρώ", "χώρων στάθμευσης ποδηλάτων"},
       {"Συνδρομή", "Γράφει:", "Δευτέρα, 03 Νοεμβρίου", "Κοινοποίηση", "Viber", "Ετικέτες", "Διαβάστε επίσης",
        "Καλαμαριά", "Σχόλια", "Με την επιφύλαξη", "Όροι χρήσης"}},
      {"id-blog.html", "utf-8", "id", "Menjelajahi Kuliner Malam di Pasar Gede Solo", {"Dimas Pratama"}, "2025-11-02",
       "2025-11-04", "Kuliner", "article",
       {"Kalau siang hari Pasar Gede ramai", "Satu porsi dihargai Rp25.000", "Timlo dan es dawet telasih",
        "datanglah sebelum pukul delapan malam"},
       {"Langsung ke konten", "Tentang Saya", "Diposting pada", "Kategori:", "Bagikan ini", "Terkait",
        "Gudeg Tengah Malam", "Tulisan sebelumnya", "tanggapan untuk", "jadi kangen Solo", "Tinggalkan Balasan",
        "Tulisan Terbaru", "Dibuat dengan WordPress"}},
      {"vi-news.html", "utf-8", "vi", "Đà Nẵng thí điểm xe buýt điện nối sân bay với bán đảo Sơn Trà", {"Hoàng Lan"},
       "2025-11-03", "2025-11-03", "Thời sự", "article",
       {"tuyến xe buýt dài khoảng 22 km", "giảm 50% giá vé", "khoảng 3,2 triệu lượt khách"},
       {"Đăng nhập", "03/11/2025 08:00", "Từ khóa", "Chia sẻ", "Zalo", "Tin liên quan", "đường bay đến Seoul",
        "Bình luận", "Gửi bình luận", "Tổng biên tập", "Giấy phép"}},
      {"th-tis620-news.html", "windows-874", "th", "เชียงใหม่เปิดเส้นทางจักรยานรอบคูเมืองระยะทาง 6 กิโลเมตร", {"สมชาย ใจดี"},
       "2025-11-03", "", "ข่าวท้องถิ่น", "",
       {"เปิดใช้เส้นทางจักรยานรอบคูเมือง", "ค่าบริการชั่วโมงละ 20 บาท", "ควรจัดที่จอดจักรยานเพิ่มเติม"},
       {"เข้าสู่ระบบ", "หน้าแรก", "พ.ศ. 2568", "ผู้เขียน:", "อ่าน 1,254 ครั้ง", "แท็ก:", "แชร์ข่าวนี้", "ข่าวที่เกี่ยวข้อง",
        "รถแดงเชียงใหม่", "แสดงความคิดเห็น", "สงวนลิขสิทธิ์"}},
  };
  for (const WorldPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckWorldPage(p);
  }
}

}  // namespace
}  // namespace lede
