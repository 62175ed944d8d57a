#include "extract/dates.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <span>
#include <vector>

#include "core/text.h"
#include "core/url.h"
#include "extract/vocabulary.h"

namespace lede {
namespace {

// Month names and abbreviations in the languages lede reads dates in.
// Lower-case; matched as a prefix of at least 3 letters for the long forms.
// `also_a_word`: the form is a common word of another language lede reads
// ("leden": Czech January, Dutch "members"; "out": Portuguese October,
// English "out"), so it names a month only with a day number and a year
// beside it (MonthFromDateWord). Not marked: a form that is the month in
// the colliding language too ("mar", March in Spanish, Italian and
// Portuguese as well as "sea"; "sept", French "seven" and September; "mai",
// Romanian "more" and May).
// `langs`: the languages that write the month so (the vocabulary's
// WordLanguage bits; a form shared by several, "mai", "juni", names each),
// so a lookup can ask for one language's forms (FrenchDayMonthAhead).
struct MonthName {
  std::string_view name;
  uint32_t month : 8;  // (with `langs`, in the 4 bytes an int month took)
  uint32_t langs : 24;  // (the languages of months: WordLanguage's bits below kVi)
  bool also_a_word = false;
};
static_assert(kAr < (1u << 24) && kVi >= (1u << 23));
// clang-format off
constexpr MonthName kMonths[] = {
  // English
  {"january", 1, kEn}, {"february", 2, kEn}, {"march", 3, kEn},
  {"april", 4, kEn | kDe | kNl | kSv | kDa | kNo | kId}, {"may", 5, kEn}, {"june", 6, kEn}, {"july", 7, kEn},
  {"august", 8, kEn | kDe | kDa | kNo | kRo}, {"september", 9, kEn | kDe | kNl | kSv | kDa | kNo | kId | kHu},
  {"october", 10, kEn}, {"november", 11, kEn | kDe | kNl | kSv | kDa | kNo | kId | kHu | kRo},
  {"december", 12, kEn | kNl | kSv | kDa | kHu}, {"jan", 1, kEn}, {"feb", 2, kEn}, {"mar", 3, kEn | kEs | kIt | kPt},
  {"apr", 4, kEn}, {"jun", 6, kEn}, {"jul", 7, kEn}, {"aug", 8, kEn}, {"sep", 9, kEn}, {"sept", 9, kEn | kFr | kEs},
  {"oct", 10, kEn | kFr | kRo}, {"nov", 11, kEn | kFr | kEs | kIt | kPt | kRo}, {"dec", 12, kEn},
  // German
  {"januar", 1, kDe | kDa | kNo}, {"jänner", 1, kDe}, {"februar", 2, kDe | kDa | kNo}, {"märz", 3, kDe},
  {"maerz", 3, kDe}, {"mai", 5, kDe | kFr | kNo | kRo}, {"juni", 6, kDe | kNl | kSv | kDa | kNo | kId},
  {"juli", 7, kDe | kNl | kSv | kDa | kNo | kId}, {"oktober", 10, kDe | kNl | kSv | kDa | kNo | kId},
  {"dezember", 12, kDe}, {"okt", 10, kDe}, {"dez", 12, kDe},
  {"mrz", 3, kDe}, {"mär", 3, kDe}, {"jän", 1, kDe},  // ("Jän.": Austria's January)
  // French
  {"janvier", 1, kFr}, {"février", 2, kFr}, {"fevrier", 2, kFr}, {"mars", 3, kFr | kSv | kNo}, {"avril", 4, kFr},
  {"juin", 6, kFr}, {"juillet", 7, kFr}, {"août", 8, kFr}, {"aout", 8, kFr}, {"septembre", 9, kFr},
  {"octobre", 10, kFr}, {"novembre", 11, kFr}, {"décembre", 12, kFr}, {"decembre", 12, kFr}, {"janv", 1, kFr},
  {"févr", 2, kFr}, {"avr", 4, kFr}, {"juil", 7, kFr}, {"juill", 7, kFr}, {"fév", 2, kFr}, {"fevr", 2, kFr},
  {"déc", 12, kFr},
  // Spanish
  {"enero", 1, kEs}, {"febrero", 2, kEs}, {"marzo", 3, kEs}, {"abril", 4, kEs}, {"mayo", 5, kEs}, {"junio", 6, kEs},
  {"julio", 7, kEs}, {"agosto", 8, kEs}, {"septiembre", 9, kEs}, {"setiembre", 9, kEs}, {"octubre", 10, kEs},
  {"noviembre", 11, kEs}, {"diciembre", 12, kEs}, {"ene", 1, kEs}, {"dic", 12, kEs}, {"abr", 4, kEs},
  // Italian
  {"gennaio", 1, kIt}, {"febbraio", 2, kIt}, {"aprile", 4, kIt}, {"maggio", 5, kIt}, {"giugno", 6, kIt},
  {"luglio", 7, kIt}, {"settembre", 9, kIt}, {"ottobre", 10, kIt}, {"dicembre", 12, kIt}, {"gen", 1, kIt, true},
  {"mag", 5, kIt, true}, {"giu", 6, kIt}, {"lug", 7, kIt, true}, {"ago", 8, kIt, true}, {"set", 9, kIt, true},
  {"ott", 10, kIt},
  // Portuguese
  {"janeiro", 1, kPt}, {"fevereiro", 2, kPt}, {"março", 3, kPt}, {"marco", 3, kPt, true}, {"maio", 5, kPt},
  {"junho", 6, kPt}, {"julho", 7, kPt}, {"setembro", 9, kPt}, {"outubro", 10, kPt}, {"novembro", 11, kPt},
  {"dezembro", 12, kPt}, {"fev", 2, kPt}, {"out", 10, kPt, true},
  // Dutch
  {"januari", 1, kNl | kSv | kId}, {"februari", 2, kNl | kSv | kId}, {"maart", 3, kNl}, {"mei", 5, kNl | kId},
  {"augustus", 8, kNl}, {"mrt", 3, kNl},
  // Polish (nominative and genitive)
  {"styczeń", 1, kPl}, {"stycznia", 1, kPl}, {"luty", 2, kPl}, {"lutego", 2, kPl}, {"marzec", 3, kPl},
  {"marca", 3, kPl, true}, {"kwiecień", 4, kPl}, {"kwietnia", 4, kPl}, {"maj", 5, kPl | kSv | kDa}, {"maja", 5, kPl},
  {"czerwiec", 6, kPl}, {"czerwca", 6, kPl}, {"lipiec", 7, kPl}, {"lipca", 7, kPl}, {"sierpień", 8, kPl},
  {"sierpnia", 8, kPl}, {"wrzesień", 9, kPl}, {"września", 9, kPl}, {"październik", 10, kPl},
  {"października", 10, kPl}, {"listopad", 11, kPl | kCs}, {"listopada", 11, kPl}, {"grudzień", 12, kPl},
  {"grudnia", 12, kPl}, {"sty", 1, kPl, true}, {"lut", 2, kPl}, {"kwi", 4, kPl}, {"cze", 6, kPl},
  {"lip", 7, kPl, true}, {"sie", 8, kPl, true}, {"wrz", 9, kPl}, {"paź", 10, kPl}, {"lis", 11, kPl, true},
  {"gru", 12, kPl},
  // Russian (nominative and genitive)
  {"январь", 1, kRu}, {"января", 1, kRu}, {"февраль", 2, kRu}, {"февраля", 2, kRu}, {"март", 3, kRu},
  {"марта", 3, kRu}, {"апрель", 4, kRu}, {"апреля", 4, kRu}, {"май", 5, kRu}, {"мая", 5, kRu}, {"июнь", 6, kRu},
  {"июня", 6, kRu}, {"июль", 7, kRu}, {"июля", 7, kRu}, {"август", 8, kRu}, {"августа", 8, kRu},
  {"сентябрь", 9, kRu}, {"сентября", 9, kRu}, {"октябрь", 10, kRu}, {"октября", 10, kRu}, {"ноябрь", 11, kRu},
  {"ноября", 11, kRu}, {"декабрь", 12, kRu}, {"декабря", 12, kRu}, {"янв", 1, kRu}, {"фев", 2, kRu}, {"мар", 3, kRu},
  {"апр", 4, kRu}, {"июн", 6, kRu}, {"июл", 7, kRu}, {"авг", 8, kRu}, {"сен", 9, kRu}, {"сент", 9, kRu},
  {"окт", 10, kRu}, {"ноя", 11, kRu}, {"дек", 12, kRu}, {"февр", 2, kRu}, {"нояб", 11, kRu},
  // Turkish
  {"ocak", 1, kTr}, {"şubat", 2, kTr}, {"mart", 3, kTr}, {"nisan", 4, kTr}, {"mayıs", 5, kTr}, {"haziran", 6, kTr},
  {"temmuz", 7, kTr}, {"ağustos", 8, kTr}, {"eylül", 9, kTr}, {"ekim", 10, kTr}, {"kasım", 11, kTr},
  {"aralık", 12, kTr},
  // Swedish, Danish and Norwegian (the others are German's, Dutch's or
  // Polish's)
  {"augusti", 8, kSv}, {"marts", 3, kDa}, {"desember", 12, kNo},
  // Finnish (nominative and partitive: "5. joulukuuta 2024")
  {"tammikuu", 1, kFi}, {"tammikuuta", 1, kFi}, {"helmikuu", 2, kFi}, {"helmikuuta", 2, kFi}, {"maaliskuu", 3, kFi},
  {"maaliskuuta", 3, kFi}, {"huhtikuu", 4, kFi}, {"huhtikuuta", 4, kFi}, {"toukokuu", 5, kFi},
  {"toukokuuta", 5, kFi}, {"kesäkuu", 6, kFi}, {"kesäkuuta", 6, kFi}, {"heinäkuu", 7, kFi}, {"heinäkuuta", 7, kFi},
  {"elokuu", 8, kFi}, {"elokuuta", 8, kFi}, {"syyskuu", 9, kFi}, {"syyskuuta", 9, kFi}, {"lokakuu", 10, kFi},
  {"lokakuuta", 10, kFi}, {"marraskuu", 11, kFi}, {"marraskuuta", 11, kFi}, {"joulukuu", 12, kFi},
  {"joulukuuta", 12, kFi},
  // Czech (nominative and genitive: "28. listopadu 2026")
  {"leden", 1, kCs, true}, {"ledna", 1, kCs}, {"únor", 2, kCs}, {"února", 2, kCs}, {"březen", 3, kCs},
  {"března", 3, kCs}, {"duben", 4, kCs}, {"dubna", 4, kCs}, {"květen", 5, kCs}, {"května", 5, kCs},
  {"červen", 6, kCs}, {"června", 6, kCs}, {"červenec", 7, kCs}, {"července", 7, kCs}, {"srpen", 8, kCs},
  {"srpna", 8, kCs}, {"září", 9, kCs}, {"říjen", 10, kCs}, {"října", 10, kCs}, {"listopadu", 11, kCs},
  {"prosinec", 12, kCs}, {"prosince", 12, kCs},
  // Slovak (the others are Czech's, Polish's or English's)
  {"január", 1, kSk}, {"januára", 1, kSk}, {"február", 2, kSk}, {"februára", 2, kSk}, {"marec", 3, kSk},
  {"apríl", 4, kSk}, {"apríla", 4, kSk}, {"máj", 5, kSk}, {"mája", 5, kSk}, {"jún", 6, kSk}, {"júna", 6, kSk},
  {"júl", 7, kSk}, {"júla", 7, kSk}, {"augusta", 8, kSk}, {"septembra", 9, kSk}, {"október", 10, kSk},
  {"októbra", 10, kSk}, {"novembra", 11, kSk}, {"decembra", 12, kSk},
  // Hungarian ("2026. november 28.", "márc. 5.")
  {"március", 3, kHu}, {"április", 4, kHu}, {"május", 5, kHu}, {"június", 6, kHu}, {"július", 7, kHu},
  {"augusztus", 8, kHu}, {"szeptember", 9, kHu}, {"márc", 3, kHu}, {"ápr", 4, kHu}, {"szept", 9, kHu},
  // Romanian
  {"ianuarie", 1, kRo}, {"februarie", 2, kRo}, {"martie", 3, kRo}, {"aprilie", 4, kRo}, {"iunie", 6, kRo},
  {"iulie", 7, kRo}, {"septembrie", 9, kRo}, {"octombrie", 10, kRo}, {"noiembrie", 11, kRo}, {"decembrie", 12, kRo},
  {"iun", 6, kRo}, {"iul", 7, kRo},
  // Indonesian and Malay (the others are Dutch's or English's)
  {"maret", 3, kId}, {"agustus", 8, kId}, {"julai", 7, kMs}, {"ogos", 8, kMs}, {"disember", 12, kMs},
  {"des", 12, kId | kNo, true}, {"agt", 8, kId}, {"agu", 8, kId},
  // Greek (genitive, as a date writes it, "28 Νοεμβρίου 2026", and nominative)
  {"ιανουαρίου", 1, kEl}, {"φεβρουαρίου", 2, kEl}, {"μαρτίου", 3, kEl}, {"απριλίου", 4, kEl}, {"μαΐου", 5, kEl},
  {"μαίου", 5, kEl}, {"ιουνίου", 6, kEl}, {"ιουλίου", 7, kEl}, {"αυγούστου", 8, kEl}, {"σεπτεμβρίου", 9, kEl},
  {"οκτωβρίου", 10, kEl}, {"νοεμβρίου", 11, kEl}, {"δεκεμβρίου", 12, kEl}, {"ιανουάριος", 1, kEl},
  {"φεβρουάριος", 2, kEl}, {"μάρτιος", 3, kEl}, {"απρίλιος", 4, kEl}, {"μάιος", 5, kEl}, {"ιούνιος", 6, kEl},
  {"ιούλιος", 7, kEl}, {"αύγουστος", 8, kEl}, {"σεπτέμβριος", 9, kEl}, {"οκτώβριος", 10, kEl},
  {"νοέμβριος", 11, kEl}, {"δεκέμβριος", 12, kEl}, {"ιαν", 1, kEl}, {"φεβ", 2, kEl}, {"μαρ", 3, kEl},
  {"απρ", 4, kEl}, {"ιουν", 6, kEl}, {"ιουλ", 7, kEl}, {"αυγ", 8, kEl}, {"σεπ", 9, kEl}, {"οκτ", 10, kEl},
  {"νοε", 11, kEl}, {"δεκ", 12, kEl},
  // Ukrainian (nominative and genitive)
  {"січень", 1, kUk}, {"січня", 1, kUk}, {"лютий", 2, kUk}, {"лютого", 2, kUk}, {"березень", 3, kUk},
  {"березня", 3, kUk}, {"квітень", 4, kUk}, {"квітня", 4, kUk}, {"травень", 5, kUk}, {"травня", 5, kUk},
  {"червень", 6, kUk}, {"червня", 6, kUk}, {"липень", 7, kUk}, {"липня", 7, kUk}, {"серпень", 8, kUk},
  {"серпня", 8, kUk}, {"вересень", 9, kUk}, {"вересня", 9, kUk}, {"жовтень", 10, kUk}, {"жовтня", 10, kUk},
  {"листопад", 11, kUk, true}, {"листопада", 11, kUk}, {"грудень", 12, kUk}, {"грудня", 12, kUk},
  // Arabic: the Egyptian and Gulf names (with and without the hamza), the
  // Maghreb's and the Levant's one-word names
  {"يناير", 1, kAr}, {"فبراير", 2, kAr}, {"مارس", 3, kAr}, {"أبريل", 4, kAr}, {"ابريل", 4, kAr}, {"إبريل", 4, kAr},
  {"مايو", 5, kAr}, {"يونيو", 6, kAr}, {"يونيه", 6, kAr}, {"يوليو", 7, kAr}, {"يوليه", 7, kAr}, {"أغسطس", 8, kAr},
  {"اغسطس", 8, kAr}, {"سبتمبر", 9, kAr}, {"أكتوبر", 10, kAr}, {"اكتوبر", 10, kAr}, {"نوفمبر", 11, kAr},
  {"ديسمبر", 12, kAr}, {"جانفي", 1, kAr}, {"فيفري", 2, kAr}, {"أفريل", 4, kAr}, {"ماي", 5, kAr}, {"جوان", 6, kAr},
  {"جويلية", 7, kAr}, {"أوت", 8, kAr}, {"شباط", 2, kAr}, {"آذار", 3, kAr}, {"نيسان", 4, kAr}, {"أيار", 5, kAr},
  {"حزيران", 6, kAr}, {"تموز", 7, kAr}, {"آب", 8, kAr}, {"أيلول", 9, kAr},
  // Bulgarian (the months it shares with Russian, "март", "май" and
  // "август", are above) and Catalan ("3 de desembre de 2025"; "abril",
  // "octubre" and "novembre" are Spanish's or French's). (No language bit:
  // the table keeps 24, to kVi.)
  {"януари", 1, 0}, {"февруари", 2, 0}, {"април", 4, 0}, {"юни", 6, 0}, {"юли", 7, 0}, {"септември", 9, 0},
  {"октомври", 10, 0}, {"ноември", 11, 0}, {"декември", 12, 0},
  {"gener", 1, 0}, {"febrer", 2, 0}, {"març", 3, 0}, {"maig", 5, 0}, {"juny", 6, 0}, {"juliol", 7, 0},
  {"agost", 8, 0}, {"setembre", 9, 0}, {"desembre", 12, 0},
  // Hindi (both spellings of the months Hindi papers write two ways:
  // "सितंबर"/"सितम्बर", "फरवरी" with and without its nukta) and Hebrew, bare
  // and with the preposition a date fuses to the month ("23 בספטמבר 2025").
  // (No language bit: the table keeps 24, to kVi.)
  {"जनवरी", 1, 0}, {"फरवरी", 2, 0}, {"फ़रवरी", 2, 0}, {"मार्च", 3, 0}, {"अप्रैल", 4, 0}, {"मई", 5, 0},
  {"जून", 6, 0}, {"जुलाई", 7, 0}, {"अगस्त", 8, 0}, {"सितंबर", 9, 0}, {"सितम्बर", 9, 0}, {"अक्टूबर", 10, 0},
  {"अक्तूबर", 10, 0}, {"नवंबर", 11, 0}, {"नवम्बर", 11, 0}, {"दिसंबर", 12, 0}, {"दिसम्बर", 12, 0},
  {"ינואר", 1, 0}, {"בינואר", 1, 0}, {"פברואר", 2, 0}, {"בפברואר", 2, 0}, {"מרץ", 3, 0}, {"במרץ", 3, 0},
  {"מרס", 3, 0}, {"במרס", 3, 0}, {"אפריל", 4, 0}, {"באפריל", 4, 0}, {"מאי", 5, 0}, {"במאי", 5, 0},
  {"יוני", 6, 0}, {"ביוני", 6, 0}, {"יולי", 7, 0}, {"ביולי", 7, 0}, {"אוגוסט", 8, 0}, {"באוגוסט", 8, 0},
  {"ספטמבר", 9, 0}, {"בספטמבר", 9, 0}, {"אוקטובר", 10, 0}, {"באוקטובר", 10, 0}, {"נובמבר", 11, 0},
  {"בנובמבר", 11, 0}, {"דצמבר", 12, 0}, {"בדצמבר", 12, 0},
  // Thai, cut as Thai papers print them ("26 ก.ย. 2568": its last dot is
  // the word's), with the year of the Buddhist era (ThaiYear).
  {"ม.ค", 1, 0}, {"ก.พ", 2, 0}, {"มี.ค", 3, 0}, {"เม.ย", 4, 0}, {"พ.ค", 5, 0}, {"มิ.ย", 6, 0},
  {"ก.ค", 7, 0}, {"ส.ค", 8, 0}, {"ก.ย", 9, 0}, {"ต.ค", 10, 0}, {"พ.ย", 11, 0}, {"ธ.ค", 12, 0},
  // and whole ("26 กันยายน 2568"; "กุมภาพันธ์", 30 bytes, is the longest name).
  {"มกราคม", 1, 0}, {"กุมภาพันธ์", 2, 0}, {"มีนาคม", 3, 0}, {"เมษายน", 4, 0}, {"พฤษภาคม", 5, 0},
  {"มิถุนายน", 6, 0}, {"กรกฎาคม", 7, 0}, {"สิงหาคม", 8, 0}, {"กันยายน", 9, 0}, {"ตุลาคม", 10, 0},
  {"พฤศจิกายน", 11, 0}, {"ธันวาคม", 12, 0},
  // Bengali, as Bangladeshi and West Bengal papers print them ("০৫ নভেম্বর
  // ২০২৫": Bengali digits, read as ASCII ones: WithAsciiDigits), "য়" as one
  // letter and as "য" with its nukta (not the longer February: 33 bytes).
  {"জানুয়ারি", 1, 0}, {"জানুয়ারি", 1, 0}, {"জানুয়ারী", 1, 0}, {"জানুয়ারী", 1, 0},
  {"ফেব্রুয়ারি", 2, 0}, {"ফেব্রুয়ারী", 2, 0}, {"মার্চ", 3, 0}, {"এপ্রিল", 4, 0}, {"মে", 5, 0},
  {"জুন", 6, 0}, {"জুলাই", 7, 0}, {"আগস্ট", 8, 0}, {"আগষ্ট", 8, 0}, {"সেপ্টেম্বর", 9, 0},
  {"অক্টোবর", 10, 0}, {"নভেম্বর", 11, 0}, {"ডিসেম্বর", 12, 0},
};
static_assert(std::ranges::all_of(kMonths, [](const MonthName& m) { return m.name.size() < 32; }));
// clang-format on

// kMonths' indexes grouped by the name's first byte (in the list's order
// within a group): the names that start with byte b are order[start[b]] up
// to order[start[b + 1]].
struct MonthsByFirstByte {
  std::array<uint16_t, std::size(kMonths)> order{};
  std::array<uint16_t, 257> start{};
};
constexpr MonthsByFirstByte kMonthsByFirstByte = [] {
  MonthsByFirstByte t{};
  for (const MonthName& m : kMonths) ++t.start[static_cast<unsigned char>(m.name[0]) + 1];
  for (size_t b = 1; b < t.start.size(); ++b) t.start[b] += t.start[b - 1];
  std::array<uint16_t, 256> next{};
  for (size_t b = 0; b < next.size(); ++b) next[b] = t.start[b];
  for (size_t k = 0; k < std::size(kMonths); ++k)
    t.order[next[static_cast<unsigned char>(kMonths[k].name[0])]++] = uint16_t(k);
  return t;
}();

// (Every field is given where a token is made: no default, so a list's
// room for tokens is not written before they are read.)
struct Token {
  enum Kind { kNumber, kWord } kind;
  std::string_view text;
  int value;  // number value or month
  char sep_after;  // the first non-space character after the token
  size_t begin;
};

// The tokens of a text (Tokenize), at most kMax, held in place: a date is
// read from each candidate line, and a list on the heap cost an allocation
// for each.
struct TokenList {
  static constexpr size_t kMax = 40;
  Token items[kMax];
  size_t n = 0;
  size_t size() const { return n; }
  const Token& operator[](size_t i) const { return items[i]; }
  Token& back() { return items[n - 1]; }
  void push_back(const Token& t) { items[n++] = t; }
};

}  // namespace

namespace {

// The entry of kMonths that `w` (in any case, a stop after it or not)
// names; null for none.
const MonthName* FindMonth(std::string_view w) {
  // The longest month name is 30 bytes (Thai "กุมภาพันธ์", ten letters of
  // three bytes; the Latin ones are 13 at most), a stop after it aside.
  if (w.size() < 3 || w.size() > 31) return nullptr;
  // Most words are no month: the names' first bytes and lengths, looked up
  // in a table, rule them out before the word is folded and the list is
  // compared. (Folding keeps the length and changes the first byte only
  // from an ASCII capital, or from a two-byte capital's lead: Cyrillic D0
  // to D1.)
  static constexpr auto kFirstByteLengths = [] {
    std::array<uint32_t, 256> t{};
    for (const MonthName& m : kMonths) t[static_cast<unsigned char>(m.name[0])] |= 1u << m.name.size();
    return t;
  }();
  // ... and, for a name that starts with an ASCII letter, its second byte
  // (a bit of its low six bits for each first letter).
  static constexpr auto kSecondBytes = [] {
    std::array<uint64_t, 128> t{};
    for (const MonthName& m : kMonths)
      if (static_cast<unsigned char>(m.name[0]) < 0x80) t[m.name[0]] |= uint64_t{1} << (m.name[1] & 63);
    return t;
  }();
  {
    const unsigned char c = w[0];
    const size_t len = w.size() - (w.back() == '.');
    uint32_t first_lengths = kFirstByteLengths[static_cast<unsigned char>(ToLowerAscii(char(c)))];
    if ((c & 0xE0) == 0xC0) {
      char lead[2];
      FoldInto(w.substr(0, 2), lead);
      first_lengths |= kFirstByteLengths[static_cast<unsigned char>(lead[0])];
    }
    if (!(first_lengths & (1u << len))) return nullptr;
    if (c < 0x80 && !((kSecondBytes[static_cast<unsigned char>(ToLowerAscii(char(c)))] >>
                       (static_cast<unsigned char>(ToLowerAscii(w[1])) & 63)) & 1))
      return nullptr;
  }
  // (Folded as the vocabularies fold: ASCII and two-byte capitals, FoldInto.)
  char buf[32];
  const size_t n = FoldInto(w, buf);
  std::string_view folded(buf, n);
  if (!folded.empty() && folded.back() == '.') folded.remove_suffix(1);
  if (folded.empty() || folded.size() >= 32 ||
      !(kFirstByteLengths[static_cast<unsigned char>(folded[0])] & (1u << folded.size())))
    return nullptr;
  // Only the names with the word's first byte are compared (in the list's
  // order: kMonthsByFirstByte).
  const unsigned char first = folded[0];
  for (size_t k = kMonthsByFirstByte.start[first]; k < kMonthsByFirstByte.start[first + 1]; ++k) {
    const MonthName& m = kMonths[kMonthsByFirstByte.order[k]];
    if (m.name.size() == folded.size() && folded == m.name) return &m;
  }
  return nullptr;
}

// MonthFromWord, and with `in_date` MonthFromDateWord: a form that is
// also a common word (MonthName::also_a_word) only then.
int MonthOf(std::string_view w, bool in_date) {
  const MonthName* m = FindMonth(w);
  return m && (in_date || !m->also_a_word) ? int(m->month) : 0;
}

// The languages that write `w` as a month's name (WordLanguage bits); 0
// for no month.
uint32_t MonthLanguagesOf(std::string_view w) {
  const MonthName* m = FindMonth(w);
  return m ? uint32_t(m->langs) : 0;
}

}  // namespace

int MonthFromWord(std::string_view w) { return MonthOf(w, /*in_date=*/false); }
int MonthFromDateWord(std::string_view w) { return MonthOf(w, /*in_date=*/true); }

bool FrenchDayMonthAhead(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && i < 2 && IsAsciiDigit(rest[i])) ++i;
  if (i == 0) return false;
  if (rest.substr(i, 2) == "er") i += 2;
  if (i >= rest.size() || rest[i] != ' ') return false;
  ++i;
  size_t e = i;
  while (e < rest.size() && rest[e] != ' ' && rest[e] != '.' && rest[e] != ',') ++e;
  // A French form that is no English one ("déc", "mars"; not "oct", "nov",
  // "sept"): "Tuan Le 3 Oct 2025" keeps its surname.
  const uint32_t langs = MonthLanguagesOf(rest.substr(i, e - i));
  return (langs & kFr) && !(langs & kEn);
}

namespace {

// The length of an ordinal suffix ("st", "nd", "rd", "th", French "er",
// "º"/"ª") at s[i], when a word does not go on after it; else 0.
size_t OrdinalSuffixLength(std::string_view s, size_t i) {
  // (Every suffix starts with one of these bytes; most numbers are followed
  // by none.)
  if (i >= s.size()) return 0;
  if (const char c = ToLowerAscii(s[i]); c != 's' && c != 'n' && c != 'r' && c != 't' && c != 'e' && c != '\xC2')
    return 0;
  size_t n = 0;
  if (StartsWithIgnoreCase(s.substr(i), "\xC2\xBA") || StartsWithIgnoreCase(s.substr(i), "\xC2\xAA")) {
    n = 2;
  } else {
    for (std::string_view suffix : {"st", "nd", "rd", "th", "er"})
      if (StartsWithIgnoreCase(s.substr(i), suffix)) n = 2;
  }
  if (n == 0 || (i + n < s.size() && (IsAsciiAlpha(s[i + n]) || (unsigned char)s[i + n] >= 0x80))) return 0;
  return n;
}

bool IsAsciiCapital(char c) { return c >= 'A' && c <= 'Z'; }

// A place name's small word ("de", "do", "del": IsPlaceNameParticle), in
// lower case or, in a name set in capitals, in capitals ("RIO DE JANEIRO").
// (Not vocabulary's IsNameParticle, a person's name's "van" or "de".)
bool IsPlaceParticle(std::string_view w, bool capitals) {
  char buf[8];  // (the longest particle, "upon", fits)
  if (!capitals || w.empty() || w.size() > sizeof buf) return IsPlaceNameParticle(w);
  for (size_t k = 0; k < w.size(); ++k) {
    if (!IsAsciiCapital(w[k])) return false;
    buf[k] = ToLowerAscii(w[k]);
  }
  return IsPlaceNameParticle(std::string_view(buf, w.size()));
}

// Whether month word `w` (capitalized) after words `name` and `particle` is
// the end of a place's name: "Rio de Janeiro", a capitalized word that is no
// month nor number, a small word, then the month's (all three in capitals
// when the name is: "RIO DE JANEIRO").
bool IsMonthInPlaceName(const Token& name, const Token& particle, std::string_view w) {
  if (name.kind != Token::kWord || particle.kind != Token::kWord || name.value || w.empty() || name.text.empty() ||
      !IsAsciiCapital(w[0]) || !IsAsciiCapital(name.text[0]))
    return false;
  // (Next to each other: only spaces between.)
  if (particle.begin != name.begin + name.text.size() + 1 || particle.sep_after != w[0]) return false;
  const bool capitals = w.size() > 1 && IsAsciiCapital(w[1]);
  return IsPlaceParticle(particle.text, capitals);
}

// The tokens of `s` (at most TokenList::kMax). `stop` is asked about each
// token once it is read: when it says so the reading ends there
// (`*stopped` is set).
template <typename Stop>
TokenList Tokenize(std::string_view s, Stop stop, bool* stopped) {
  TokenList out;
  size_t i = 0;
  while (i < s.size() && out.size() < TokenList::kMax) {
    const unsigned char c = s[i];
    if (IsAsciiDigit(c)) {
      size_t b = i;
      int v = 0;
      while (i < s.size() && IsAsciiDigit(s[i]) && i - b < 9) v = v * 10 + (s[i++] - '0');
      while (i < s.size() && IsAsciiDigit(s[i])) ++i;
      const std::string_view number = s.substr(b, i - b);
      // A day's ordinal suffix belongs to the number: "1st", "15th", "1er",
      // "1º" ("September 1st, 2023" reads as "September 1, 2023").
      if (number.size() <= 2) i += OrdinalSuffixLength(s, i);
      out.push_back({Token::kNumber, number, v, 0, b});
    } else if (c >= 0x80 || IsAsciiAlpha(c)) {
      // An invisible format mark before a word (a left-to-right mark,
      // U+200E, that community software prints before each shown date:
      // "\u200E10-21-2024"; a zero-width space, a bidi embedding or
      // isolate, a BOM, a soft hyphen: IsInvisibleMark) is no word and no
      // part of one: passed over, as a space is. (Not a dash or a bullet:
      // those stay what they were.)
      if (c >= 0x80) {
        size_t len;
        const uint32_t cp = DecodeUtf8(s, i, &len);
        if (IsInvisibleMark(cp)) {
          i += std::max<size_t>(len, 1);
          continue;
        }
      }
      size_t b = i;
      while (i < s.size()) {
        const unsigned char d = s[i];
        if (d < 0x80 && !IsAsciiAlpha(d) && d != '.') break;
        if (d >= 0x80) {
          if (UnicodeSpaceAt(s, i)) break;
          size_t len;
          uint32_t cp = DecodeUtf8(s, i, &len);
          // (Nor CJK punctuation: the ideographic space, comma and full
          // stop, brackets, and the full-width parentheses, comma and
          // colon: "（更新" is the word "更新".)
          if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0xFFFD || IsCjkPunctuation(cp)) break;
          i += len;
          continue;
        }
        ++i;
      }
      // CJK punctuation ends words and starts none: passed over, as a space
      // is. (A dash or a bullet there is still read as an empty word.)
      if (i == b) {
        size_t len;
        if (IsCjkPunctuation(DecodeUtf8(s, i, &len))) {
          i += std::max<size_t>(len, 1);
          continue;
        }
      }
      // A word may end with one '.' (abbreviation); more dots split.
      // (ParseTokens reads a month's name only with a day number and a
      // year beside it: every form counts.)
      std::string_view w = s.substr(b, i - b);
      int month = MonthFromDateWord(w);
      // A capitalized month word after a name's small word that follows a
      // capitalized word is part of a place's name, no month: "Rio de
      // Janeiro", "RIO DE JANEIRO", "Plaza de Mayo" (a dateline's place
      // read "Rio de Janeiro, 12 ... 2025" as January).
      if (month && out.size() >= 2 && IsMonthInPlaceName(out[out.size() - 2], out.back(), w)) month = 0;
      out.push_back({Token::kWord, w, month, 0, b});
    } else {
      ++i;
      continue;
    }
    // Separator after the token.
    size_t j = i;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j < s.size()) out.back().sep_after = s[j];
    if (stop(out.back())) {
      *stopped = true;
      break;
    }
  }
  return out;
}

TokenList Tokenize(std::string_view s) {
  bool stopped = false;
  return Tokenize(s, [](const Token&) { return false; }, &stopped);
}

bool ValidDay(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1]) return false;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
  return true;
}

int ExpandYear(int y, size_t digits) {
  if (digits == 2) return y < 70 ? 2000 + y : 1900 + y;
  return y;
}

// Whether a 12-hour clock's meridiem opens s[j..]: "am", "PM", "a.m.",
// "p." (ParseTime reads it; TwelveHourClockAt looks for it).
bool MeridiemAt(std::string_view s, size_t j) {
  return j + 1 < s.size() && (s[j] == 'a' || s[j] == 'A' || s[j] == 'p' || s[j] == 'P') &&
         (s[j + 1] == 'm' || s[j + 1] == 'M' || s[j + 1] == '.');
}

// The Arabic letter alone after a 12-hour time: "ص" (sabahan, morning,
// 1) or "م" (masa'an, evening, 2), a word of its own ("04:20 م"); else 0.
int ArabicMeridiemAt(std::string_view s, size_t j) {
  if (j + 1 >= s.size()) return 0;
  int which = 0;
  if (s[j] == '\xD8' && s[j + 1] == '\xB5') which = 1;       // ص U+0635
  else if (s[j] == '\xD9' && s[j + 1] == '\x85') which = 2;  // م U+0645
  if (!which) return 0;
  // (Not a word's first letter: the next byte is no Arabic letter's.)
  if (j + 2 < s.size() && (s[j + 2] == '\xD8' || s[j + 2] == '\xD9' || s[j + 2] == '\xDA' || s[j + 2] == '\xDB'))
    return 0;
  return which;
}

// The length of the hour's unit word at s[i]: Japanese and traditional
// Chinese "時", simplified "时", Korean "시"; else 0.
size_t CjkHourUnitAt(std::string_view s, size_t i) {
  const std::string_view rest = s.substr(std::min(i, s.size()));
  for (std::string_view u : {std::string_view("\xE6\x99\x82"), std::string_view("\xE6\x97\xB6"),
                             std::string_view("\xEC\x8B\x9C")})
    if (rest.starts_with(u)) return u.size();
  return 0;
}

// Time zone abbreviations a dateline writes after its time ("3:45 p.m.
// EST", "14:30 Uhr MEZ", "11:02 BST"), with their offsets from UTC in
// minutes. Upper case only (a French "est" is a word), and only those
// that name one zone: "CST" (US Central or China), "IST" (India, Ireland
// or Israel) and "ET"/"PT" (standard or daylight time) are left out.
struct ZoneAbbreviation {
  std::string_view name;
  int minutes;
};
constexpr ZoneAbbreviation kZoneAbbreviations[] = {
    // North America
    {"EST", -300}, {"EDT", -240}, {"CDT", -300}, {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420},
    {"AKST", -540}, {"AKDT", -480}, {"HST", -600},
    // Europe (English and German names)
    {"WET", 0}, {"WEST", 60}, {"BST", 60}, {"CET", 60}, {"CEST", 120}, {"MEZ", 60}, {"MESZ", 120},
    {"EET", 120}, {"EEST", 180}, {"OEZ", 120}, {"OESZ", 180}, {"MSK", 180},
    // Africa, Asia and Oceania
    {"SAST", 120}, {"WAT", 60}, {"EAT", 180}, {"PKT", 300}, {"WIB", 420}, {"HKT", 480}, {"SGT", 480},
    {"AWST", 480}, {"JST", 540}, {"KST", 540}, {"ACST", 570}, {"AEST", 600}, {"AEDT", 660},
    {"NZST", 720}, {"NZDT", 780},
};

// The offset of the zone abbreviation that opens s[i..] as a whole word
// ("EST", "MEZ)"; not "ESTATE"), in `minutes`; false when none does.
bool ZoneAbbreviationAt(std::string_view s, size_t i, int* minutes) {
  if (i >= s.size() || s[i] < 'A' || s[i] > 'Z') return false;
  for (const ZoneAbbreviation& z : kZoneAbbreviations) {
    const size_t end = i + z.name.size();
    if (end > s.size() || s.compare(i, z.name.size(), z.name) != 0) continue;
    if (end < s.size() && IsAsciiAlnum(s[end])) continue;
    *minutes = z.minutes;
    return true;
  }
  return false;
}

// Reads "HH:MM[:SS][.fff][ ]am|pm][ ]Z|+HH:MM|GMT|UTC" starting at s[i].
void ParseTime(std::string_view s, size_t i, ParsedDate* d) {
  auto num = [&](int digits, int* out) {
    int v = 0;
    for (int k = 0; k < digits; ++k) {
      if (i >= s.size() || !IsAsciiDigit(s[i])) return false;
      v = v * 10 + (s[i++] - '0');
    }
    *out = v;
    return true;
  };
  while (i < s.size() && (s[i] == ' ' || s[i] == 'T' || s[i] == 't' || s[i] == ',' || s[i] == '@' ||
                          s[i] == '|'))
    ++i;
  // A connector before the time: "at", "um", "à", "às", "alle", "ore",
  // "om", "godz.", "в", a dash ("03/12/2025 - 14:30"), Russian's year mark
  // "г." ("3 дек. 2025 г., 14:30", "2025 г. в 14:30"): the vocabulary's
  // TimeConnectorsStartingWith. (Looked up by the
  // first byte: a time right there, or a letter that starts none, passes
  // with one test.)
  // (After a dash the time has its colon or "h": "2025-12-12 - 2025-12-17"
  // and "12.12.2025 - 13.12.2025" are ranges of days.)
  bool dashed = false;
  for (int connectors = 0; connectors < 2 && i < s.size(); ++connectors) {
    const std::span<const std::string_view> words = TimeConnectorsStartingWith(ToLowerAscii(s[i]));
    bool found = false;
    for (std::string_view w : words) {
      if (StartsWithIgnoreCase(s.substr(i), w)) {
        i += w.size();
        found = true;
        dashed = w[0] == '-' || w[0] == '\xE2';
        break;
      }
    }
    if (!found) break;
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
  }
  while (i < s.size() && s[i] == ' ') ++i;
  int h, m = 0, sec = 0;
  size_t start = i;
  if (!num(2, &h)) {
    i = start;
    if (!num(1, &h)) return;
  }
  if (dashed && (i >= s.size() || (s[i] != ':' && s[i] != 'h'))) return;
  if (i < s.size() && (s[i] == ':' || s[i] == '.' || s[i] == 'h')) {
    ++i;
    if (!num(2, &m)) return;
  } else if (const size_t unit = CjkHourUnitAt(s, i)) {
    // The hour's and the minute's unit words of Japanese, Chinese and
    // Korean ("11時42分", "11时42分", "11시 42분"): the minutes, one or two
    // digits, after the hour's.
    i += unit;
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t mb = i;
    if (!num(2, &m)) {
      i = mb;
      if (!num(1, &m)) return;
    }
  } else if (i + 1 < s.size() && IsAsciiDigit(s[i]) && IsAsciiDigit(s[i + 1])) {
    // Compact HHMM or HHMMSS: a run of four or six digits exactly. Any
    // other run after a date is no time: counts printed right after it
    // ("Nov 3, 2025 14237": a like and a comment count run together).
    size_t run = start;
    while (run < s.size() && IsAsciiDigit(s[run])) ++run;
    if (run - start != 4 && run - start != 6) return;
    if (!num(2, &m)) return;
  } else {
    return;
  }
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!num(2, &sec)) sec = 0;
  } else if (i + 1 < s.size() && IsAsciiDigit(s[i]) && IsAsciiDigit(s[i + 1])) {
    num(2, &sec);
  }
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    ++i;
    while (i < s.size() && IsAsciiDigit(s[i])) ++i;
  }
  size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  if (MeridiemAt(s, j)) {
    const bool pm = s[j] == 'p' || s[j] == 'P';
    if (h == 12) h = 0;
    if (pm) h += 12;
    j += 2;
    if (j < s.size() && (s[j] == '.' || s[j] == 'm' || s[j] == 'M')) ++j;
    if (j < s.size() && s[j] == '.') ++j;
    i = j;
  } else if (const int arabic = ArabicMeridiemAt(s, j); arabic && h <= 12) {
    // Arabic "ص" (morning) and "م" (evening) after a 12-hour time.
    if (h == 12) h = 0;
    if (arabic == 2) h += 12;
    i = j + 2;
  }
  if (h > 23 || m > 59 || sec > 60) return;
  d->hour = h;
  d->minute = m;
  d->second = sec == 60 ? 59 : sec;
  while (i < s.size() && s[i] == ' ') ++i;
  // (A "Z" alone, not a word's first letter: "9:40 Zaktualizowano: ..."
  // is a time, then the update's cue.)
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z') && (i + 1 == s.size() || (!IsAsciiAlpha(s[i + 1]) && static_cast<unsigned char>(s[i + 1]) < 0x80))) {
    d->has_tz = true;
    return;
  }
  if (StartsWithIgnoreCase(s.substr(i), "gmt") || StartsWithIgnoreCase(s.substr(i), "utc")) {
    d->has_tz = true;
    i += 3;
  } else {
    // A zone's abbreviation, past a German clock's "Uhr" ("14:30 Uhr MEZ").
    size_t z = i;
    if (StartsWithIgnoreCase(s.substr(z), "uhr ")) z += 4;
    if (int minutes = 0; ZoneAbbreviationAt(s, z, &minutes)) {
      d->has_tz = true;
      d->tz_minutes = minutes;
      if (s.compare(z, 3, "EST") == 0) d->zone_abbreviation = 'E';
      if (s.compare(z, 3, "BST") == 0) d->zone_abbreviation = 'B';
      return;
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    const int sign = s[i] == '-' ? -1 : 1;
    ++i;
    int th = 0, tm = 0;
    if (!num(2, &th)) return;
    if (i < s.size() && s[i] == ':') ++i;
    if (i + 1 < s.size() && IsAsciiDigit(s[i])) num(2, &tm);
    if (th > 14 || tm > 59) return;
    d->has_tz = true;
    d->tz_minutes = sign * (th * 60 + tm);
  }
}

}  // namespace

std::string ParsedDate::ToIso() const {
  // By hand: snprintf costs some 3,000 instructions a call. Fields are in
  // range for every date ParseDate makes; others are clamped.
  char buf[32];
  char* p = buf;
  auto put = [&p](int v, int digits) {
    v = std::clamp(v, 0, digits == 4 ? 9999 : 99);
    for (int k = digits - 1; k >= 0; --k) {
      p[k] = char('0' + v % 10);
      v /= 10;
    }
    p += digits;
  };
  put(year, 4), *p++ = '-', put(month, 2), *p++ = '-', put(day, 2);
  if (hour >= 0) {
    *p++ = 'T', put(hour, 2), *p++ = ':', put(minute, 2), *p++ = ':', put(second, 2);
    if (has_tz && tz_minutes == 0) {
      *p++ = 'Z';
    } else if (has_tz) {
      const int a = tz_minutes < 0 ? -tz_minutes : tz_minutes;
      *p++ = tz_minutes < 0 ? '-' : '+', put(a / 60, 2), *p++ = ':', put(a % 60, 2);
    }
  }
  return std::string(buf, size_t(p - buf));
}

namespace {

// The unit words of a Chinese, Japanese or Korean date ("2024年3月5日",
// "2024년 3월 5일"): year, month, day.
constexpr std::string_view kCjkYear[] = {"\xE5\xB9\xB4", "\xEB\x85\x84"};   // 年 년
constexpr std::string_view kCjkMonth[] = {"\xE6\x9C\x88", "\xEC\x9B\x94"};  // 月 월
constexpr std::string_view kCjkDay[] = {"\xE6\x97\xA5", "\xEC\x9D\xBC"};    // 日 일

// The Japanese eras a date may count its year in ("令和7年11月3日": the
// era's first year, "元年", is its year 1), each with the Gregorian year
// before its first and its first and last days as yyyymmdd: Reiwa from
// 2019-05-01, Heisei from 1989-01-08 to 2019-04-30 (its year 31). A day
// outside its era's span is no date ("平成35年", "令和元年3月1日").
struct JapaneseEra {
  std::string_view name;
  int year_zero;
  int first_day, last_day;
};
constexpr JapaneseEra kJapaneseEras[] = {{"\xE4\xBB\xA4\xE5\x92\x8C", 2018, 20190501, 99991231},
                                         {"\xE5\xB9\xB3\xE6\x88\x90", 1988, 19890108, 20190430}};
constexpr std::string_view kFirstEraYear = "\xE5\x85\x83\xE5\xB9\xB4";  // 元年

// The era the word `w` ends with ("令和", "更新：令和" split at the colon
// already), null for none; `*first` tells "令和元年".
const JapaneseEra* EraOf(std::string_view w, bool* first) {
  *first = w.ends_with(kFirstEraYear);
  if (*first) w.remove_suffix(kFirstEraYear.size());
  for (const JapaneseEra& e : kJapaneseEras)
    if (w.ends_with(e.name)) return &e;
  return nullptr;
}

// Thai "พ.ศ." (Buddhist era) between the month and the year ("3
// พฤศจิกายน พ.ศ. 2568"), with its last stop or without.
constexpr std::string_view kThaiEraMark[] = {"\xE0\xB8\x9E.\xE0\xB8\xA8.", "\xE0\xB8\x9E.\xE0\xB8\xA8"};
// Vietnamese "tháng" (month) and "năm" (year), either case, before the
// month's and the year's number.
constexpr std::string_view kVietnameseMonth[] = {"th\xC3\xA1ng", "Th\xC3\xA1ng"};
constexpr std::string_view kVietnameseYear[] = {"n\xC4\x83m", "N\xC4\x83m"};

bool IsUnitWord(const Token& t, const std::string_view (&units)[2]) {
  if (t.kind != Token::kWord) return false;
  std::string_view w = t.text;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w == units[0] || w == units[1];
}


// The Gregorian year of `year` written after Thai month `month_word`:
// Thai dates count the Buddhist era, 543 years ahead (2568 is 2025). Years
// of the Gregorian range stay (a Thai page may print those too).
int ThaiYear(std::string_view month_word, int year) {
  // (A Thai letter, U+0E00-0E7F: E0 B8 xx or E0 B9 xx.)
  const bool thai = month_word.size() >= 3 && month_word[0] == '\xE0' &&
                    (month_word[1] == '\xB8' || month_word[1] == '\xB9');
  return thai && year >= 2533 && year <= 2643 ? year - 543 : year;
}

// Whether a time of day on a 12-hour clock follows s[i] ("..., 10:32 PM",
// " 8:05am"): a comma or spaces, then H:MM or HH:MM, then "am" or "pm".
bool TwelveHourClockAt(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
  size_t h = 0;
  while (i + h < s.size() && h < 3 && IsAsciiDigit(s[i + h])) ++h;
  if (h == 0 || h > 2) return false;
  i += h;
  if (i + 2 >= s.size() || s[i] != ':' || !IsAsciiDigit(s[i + 1]) || !IsAsciiDigit(s[i + 2])) return false;
  i += 3;
  while (i < s.size() && s[i] == ' ') ++i;
  return MeridiemAt(s, i);
}

// The date in trimmed text `s`, read from its tokens `t`.
ParsedDate ParseTokens(std::string_view s, const TokenList& t, NumericDateOrder order) {
  ParsedDate d;
  for (size_t k = 0; k < t.size(); ++k) {
    const Token& a = t[k];
    // Japanese with the era's year: "令和7年11月3日", "令和元年5月1日".
    if (a.kind == Token::kWord && !a.value && a.text.size() >= 6 && k + 3 < t.size()) {
      bool first = false;
      if (const JapaneseEra* era = EraOf(a.text, &first)) {
        const int zero = era->year_zero;
        size_t m = k + 1;
        int year = first ? zero + 1 : 0;
        if (!first && k + 5 < t.size() && t[k + 1].kind == Token::kNumber && t[k + 1].text.size() <= 2 &&
            t[k + 1].value >= 1 && IsUnitWord(t[k + 2], kCjkYear)) {
          year = zero + t[k + 1].value;
          m = k + 3;
        }
        if (year && m + 2 < t.size() && t[m].kind == Token::kNumber && t[m].text.size() <= 2 &&
            IsUnitWord(t[m + 1], kCjkMonth) && t[m + 2].kind == Token::kNumber && t[m + 2].text.size() <= 2 &&
            ValidDay(year, t[m].value, t[m + 2].value) &&
            year * 10000 + t[m].value * 100 + t[m + 2].value >= era->first_day &&
            year * 10000 + t[m].value * 100 + t[m + 2].value <= era->last_day) {
          d.year = year, d.month = t[m].value, d.day = t[m + 2].value;
          const Token& last = m + 3 < t.size() && IsUnitWord(t[m + 3], kCjkDay) ? t[m + 3] : t[m + 2];
          ParseTime(s, last.begin + last.text.size(), &d);
          return d;
        }
      }
    }
    // Chinese, Japanese, Korean: year, month and day each followed by its
    // unit word (the day's may be left out).
    if (a.kind == Token::kNumber && a.text.size() == 4 && k + 4 < t.size() && IsUnitWord(t[k + 1], kCjkYear) &&
        t[k + 2].kind == Token::kNumber && t[k + 2].text.size() <= 2 && IsUnitWord(t[k + 3], kCjkMonth) &&
        t[k + 4].kind == Token::kNumber && t[k + 4].text.size() <= 2 &&
        ValidDay(a.value, t[k + 2].value, t[k + 4].value)) {
      d.year = a.value, d.month = t[k + 2].value, d.day = t[k + 4].value;
      const Token& last = k + 5 < t.size() && IsUnitWord(t[k + 5], kCjkDay) ? t[k + 5] : t[k + 4];
      ParseTime(s, last.begin + last.text.size(), &d);
      return d;
    }
    // Vietnamese: the day, "tháng" (month) and the month's number, then the
    // year, "năm" (year) or a comma before it: "28 tháng 11, 2026", "ngày
    // 28 tháng 11 năm 2026".
    if (a.kind == Token::kNumber && a.text.size() <= 2 && k + 3 < t.size() && IsUnitWord(t[k + 1], kVietnameseMonth) &&
        t[k + 2].kind == Token::kNumber && t[k + 2].text.size() <= 2) {
      size_t y = k + 3;
      if (IsUnitWord(t[y], kVietnameseYear) && y + 1 < t.size()) ++y;
      if (t[y].kind == Token::kNumber && t[y].text.size() == 4 && ValidDay(t[y].value, t[k + 2].value, a.value)) {
        d.year = t[y].value, d.month = t[k + 2].value, d.day = a.value;
        ParseTime(s, t[y].begin + 4, &d);
        return d;
      }
    }
    // ISO-like: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
    if (a.kind == Token::kNumber && a.text.size() == 4 && k + 2 < t.size() &&
        t[k + 1].kind == Token::kNumber && t[k + 2].kind == Token::kNumber &&
        (a.sep_after == '-' || a.sep_after == '/' || a.sep_after == '.') &&
        t[k + 1].sep_after == a.sep_after && t[k + 1].text.size() <= 2 && t[k + 2].text.size() <= 2) {
      if (ValidDay(a.value, t[k + 1].value, t[k + 2].value)) {
        d.year = a.value, d.month = t[k + 1].value, d.day = t[k + 2].value;
        ParseTime(s, t[k + 2].begin + t[k + 2].text.size(), &d);
        return d;
      }
    }
    // Compact YYYYMMDD[THHMMSS]
    if (a.kind == Token::kNumber && a.text.size() == 8 && k == 0) {
      int v = a.value;
      int y = v / 10000, m = (v / 100) % 100, dd = v % 100;
      if (ValidDay(y, m, dd)) {
        d.year = y, d.month = m, d.day = dd;
        ParseTime(s, a.begin + 8, &d);
        return d;
      }
    }
    // Month-name forms.
    if (a.kind == Token::kWord && a.value) {
      // "November 19, 2019" / "Nov. 19 2019"
      if (k + 2 < t.size() && t[k + 1].kind == Token::kNumber && t[k + 1].text.size() <= 2 &&
          t[k + 2].kind == Token::kNumber && (t[k + 2].text.size() == 4)) {
        if (ValidDay(t[k + 2].value, a.value, t[k + 1].value)) {
          d.year = t[k + 2].value, d.month = a.value, d.day = t[k + 1].value;
          ParseTime(s, t[k + 2].begin + 4, &d);
          return d;
        }
      }
      // "Tue Jul 16 09:48:02 CEST 2024": C's asctime and Unix date(1), as
      // mail archives and logs print a date: the time (seconds optional),
      // then a zone's abbreviation (optional), between the day and the year.
      if (k + 3 < t.size() && t[k + 1].kind == Token::kNumber && t[k + 1].text.size() <= 2 &&
          t[k + 2].kind == Token::kNumber && t[k + 2].text.size() <= 2 && t[k + 2].sep_after == ':' &&
          t[k + 3].kind == Token::kNumber && t[k + 3].text.size() == 2) {
        size_t y = k + 4;
        if (t[k + 3].sep_after == ':' && y < t.size() && t[y].kind == Token::kNumber && t[y].text.size() == 2) ++y;
        if (y < t.size() && t[y].kind == Token::kWord && !t[y].value && t[y].text.size() <= 5) ++y;
        if (y < t.size() && t[y].kind == Token::kNumber && t[y].text.size() == 4 &&
            ValidDay(t[y].value, a.value, t[k + 1].value)) {
          d.year = t[y].value, d.month = a.value, d.day = t[k + 1].value;
          ParseTime(s, t[k + 2].begin, &d);
          return d;
        }
      }
      // "2023 Jan 7": year first, as citation metadata writes it.
      if (k >= 1 && k + 1 < t.size() && t[k - 1].kind == Token::kNumber && t[k - 1].text.size() == 4 &&
          t[k + 1].kind == Token::kNumber && t[k + 1].text.size() <= 2 &&
          ValidDay(t[k - 1].value, a.value, t[k + 1].value)) {
        d.year = t[k - 1].value, d.month = a.value, d.day = t[k + 1].value;
        ParseTime(s, t[k + 1].begin + t[k + 1].text.size(), &d);
        return d;
      }
      // "19 November 2019" / "19. November 2019" / "19 de noviembre de 2019"
      size_t dk = k;  // index of the day token, skipping a connector ("de")
      if (dk >= 2 && t[dk - 1].kind == Token::kWord && !t[dk - 1].value && t[dk - 1].text.size() <= 3)
        --dk;
      if (dk >= 1 && t[dk - 1].kind == Token::kNumber && t[dk - 1].text.size() <= 2) {
        size_t y = k + 1;
        while (y < t.size() && y <= k + 2 && t[y].kind == Token::kWord && !t[y].value &&
               (t[y].text.size() <= 3 || IsUnitWord(t[y], kThaiEraMark)))
          ++y;  // "de", "del", "พ.ศ."
        if (y < t.size() && t[y].kind == Token::kNumber && t[y].text.size() == 4 &&
            ValidDay(ThaiYear(a.text, t[y].value), a.value, t[dk - 1].value)) {
          d.year = ThaiYear(a.text, t[y].value), d.month = a.value, d.day = t[dk - 1].value;
          ParseTime(s, t[y].begin + 4, &d);
          return d;
        }
        // "05-Mar-24": a two-digit year, hyphens on both sides of the month.
        if (y == k + 1 && dk == k && y < t.size() && t[y].kind == Token::kNumber && t[y].text.size() == 2 &&
            t[k - 1].sep_after == '-' && a.sep_after == '-' &&
            ValidDay(ExpandYear(t[y].value, 2), a.value, t[k - 1].value)) {
          d.year = ExpandYear(t[y].value, 2), d.month = a.value, d.day = t[k - 1].value;
          ParseTime(s, t[y].begin + 2, &d);
          return d;
        }
      }
    }
  }
  // Numeric day-first or month-first: 19.11.2019, 19/11/2019, 11/19/2019.
  for (size_t k = 0; k + 2 < t.size(); ++k) {
    const Token &a = t[k], &b = t[k + 1], &c = t[k + 2];
    if (a.kind != Token::kNumber || b.kind != Token::kNumber || c.kind != Token::kNumber) continue;
    if (a.text.size() > 2 || b.text.size() > 2 || (c.text.size() != 4 && c.text.size() != 2)) continue;
    if (!(a.sep_after == '.' || a.sep_after == '/' || a.sep_after == '-') || b.sep_after != a.sep_after)
      continue;
    const int y = ExpandYear(c.value, c.text.size());
    int day = a.value, month = b.value;
    // US order: month first when the second number cannot be a month
    // ("11-29-2024", as forum software writes it), and with slashes always.
    // With dashes month first too on a page shown month first, and on an
    // English page of no stated region when a 12-hour clock follows
    // ("04-05-2024, 10:32 PM": MyBB's and vBulletin's default format, the
    // US way; a day-first page says so by its language, region or dates).
    if (a.value <= 12 && b.value > 12) std::swap(day, month);
    else if (a.value <= 12 && b.value <= 12 &&
             ((a.sep_after == '/' && order != NumericDateOrder::kDayFirst) ||
              (a.sep_after == '-' && (order == NumericDateOrder::kMonthFirst ||
                                      (order == NumericDateOrder::kMonthFirstWithSlash &&
                                       TwelveHourClockAt(s, c.begin + c.text.size()))))))
      std::swap(day, month);
    if (ValidDay(y, month, day)) {
      d.year = y, d.month = month, d.day = day;
      ParseTime(s, c.begin + c.text.size(), &d);
      return d;
    }
  }
  return d;
}

// The length of the run of ASCII digits at s[i].
size_t DigitRun(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsAsciiDigit(s[j])) ++j;
  return j - i;
}

// The value of the `n` digits at s[b] (a run DigitRun measured).
int DigitsValue(std::string_view s, size_t b, size_t n) {
  int v = 0;
  for (size_t k = 0; k < n; ++k) v = v * 10 + (s[b + k] - '0');
  return v;
}

// The commonest form, "YYYY-MM-DD" (or with '/' or '.') at the start and
// right after each other, read in place: the date ParseTokens reads from
// those first three tokens (its first rule), without tokenizing the line.
// False when the start is not so, or not a valid day (ParseTokens decides).
bool ParseIsoStart(std::string_view s, ParsedDate* d) {
  if (s.size() < 8 || DigitRun(s, 0) != 4) return false;
  const char sep = s[4];
  if (sep != '-' && sep != '/' && sep != '.') return false;
  const size_t month_len = DigitRun(s, 5);
  if (month_len < 1 || month_len > 2 || 5 + month_len >= s.size() || s[5 + month_len] != sep) return false;
  const size_t day_at = 6 + month_len, day_len = DigitRun(s, day_at);
  if (day_len < 1 || day_len > 2) return false;
  const int year = DigitsValue(s, 0, 4), month = DigitsValue(s, 5, month_len), day = DigitsValue(s, day_at, day_len);
  if (!ValidDay(year, month, day)) return false;
  d->year = year, d->month = month, d->day = day;
  ParseTime(s, day_at + day_len, d);
  return true;
}

}  // namespace

namespace {

// The day of the month of March's or October's last Sunday in `year`.
int LastSundayOf(int year, int month) {
  ParsedDate last;
  last.year = year, last.month = month, last.day = 31;
  const int weekday = ((DayNumber(last) % 7) + 11) % 7;  // 0 Sunday (1970-01-01 was a Thursday)
  return 31 - weekday;
}

// Settles an abbreviation whose offset depends on the page or the day
// (ParseDate's comment).
void ResolveZoneAbbreviation(ParsedDate* d, ZoneRegion region) {
  if (d->zone_abbreviation == 'E' && region == ZoneRegion::kAustralia) d->tz_minutes = 600;
  if (d->zone_abbreviation == 'B') {
    const bool in_season = (d->month > 3 && d->month < 10) ||
                           (d->month == 3 && d->day >= LastSundayOf(d->year, 3)) ||
                           (d->month == 10 && d->day <= LastSundayOf(d->year, 10));
    if (!in_season) d->has_tz = false, d->tz_minutes = 0;
  }
}

}  // namespace

ZoneRegion ZoneRegionFor(std::string_view lang_tag, std::string_view url) {
  lang_tag = Trim(lang_tag);
  if (lang_tag.size() >= 5 && (lang_tag[2] == '-' || lang_tag[2] == '_') && EqualsIgnoreCase(lang_tag.substr(3, 2), "au") &&
      (lang_tag.size() == 5 || !IsAsciiAlpha(lang_tag[5])))
    return ZoneRegion::kAustralia;
  std::string_view host = UrlHost(Trim(url));
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);
  if (host.size() > 3 && EqualsIgnoreCase(host.substr(host.size() - 3), ".au")) return ZoneRegion::kAustralia;
  return ZoneRegion::kDefault;
}

namespace {

// `s` with its native digits (NativeDigitAt) written as ASCII ones, the
// rest as it is.
std::string WithAsciiDigits(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    if (const int v = NativeDigitAt(s, i, &len); v >= 0) {
      out.push_back(static_cast<char>('0' + v));
      i += len;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

ParsedDate ParseJalaliDate(std::string_view line);

}  // namespace

ParsedDate ParseDate(std::string_view s, NumericDateOrder order, ZoneRegion region) {
  s = Trim(s);
  if (s.empty() || s.size() > 300) return {};
  ParsedDate d;
  if (!ParseIsoStart(s, &d)) d = ParseTokens(s, Tokenize(s), order);
  // (A Persian stamp in the Solar Hijri calendar: Arabic script first.)
  if (!d.valid() && static_cast<unsigned char>(s[0]) >= 0xD8 && static_cast<unsigned char>(s[0]) <= 0xDB)
    if (const ParsedDate j = ParseJalaliDate(s); j.valid()) return j;
  // (A stamp in native digits, read again with ASCII ones.)
  if (!d.valid() && OpensInNativeDigitScript(s) && HasNativeDigit(s))
    return ParseDate(WithAsciiDigits(s), order, region);
  if (d.zone_abbreviation != 0) ResolveZoneAbbreviation(&d, region);
  return d;
}

int WordDateOrderVote(std::string_view s) {
  // The words of `s`, split at spaces, commas and dots (a month's
  // abbreviation "Oct." and a day's "3." lose their dot); a number of one
  // or two digits next to a month's name.
  auto is_sep = [](char ch) { return ch == ' ' || ch == ',' || ch == '.' || ch == '\t' || ch == '\n'; };
  std::string_view prev;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && is_sep(s[i])) ++i;
    size_t e = i;
    while (e < s.size() && !is_sep(s[e])) ++e;
    if (e == i) break;
    const std::string_view w = s.substr(i, e - i);
    const bool day = w.size() <= 2 && DigitRun(w, 0) == w.size();
    const bool prev_day = !prev.empty() && prev.size() <= 2 && DigitRun(prev, 0) == prev.size();
    if (!prev.empty() && prev_day && MonthFromWord(w) != 0) return 1;
    if (!prev.empty() && day && MonthFromWord(prev) != 0) return -1;
    prev = w;
    i = e;
  }
  return 0;
}

int NumericDateOrderVote(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const size_t n1 = DigitRun(s, i);
    if (n1 == 0) {
      ++i;
      continue;
    }
    // A run of digits: the first number of a day and month when it is one
    // or two digits, a separator, one or two digits, the same separator and
    // a year of two or four digits.
    const size_t after = i + n1;
    if (n1 <= 2 && after + 1 < s.size() && (s[after] == '/' || s[after] == '-' || s[after] == '.')) {
      const char sep = s[after];
      const size_t n2 = DigitRun(s, after + 1);
      const size_t y_at = after + 2 + n2;
      if (n2 >= 1 && n2 <= 2 && y_at <= s.size() && s[after + 1 + n2] == sep) {
        const size_t n3 = DigitRun(s, y_at);
        // (A dotted one only with a four-digit year: "24.11.05" is as
        // likely a version number.)
        if (n3 == 4 || (n3 == 2 && sep != '.')) {
          const int a = DigitsValue(s, i, n1), b = DigitsValue(s, after + 1, n2);
          if (a > 12 && a <= 31 && b >= 1 && b <= 12) return 1;
          if (b > 12 && b <= 31 && a >= 1 && a <= 12) return -1;
          return 0;
        }
      }
    }
    i = after;
  }
  return 0;
}

NumericDateOrder NumericDateOrderFor(std::string_view tag) {
  tag = Trim(tag);
  if (tag.empty()) return NumericDateOrder::kMonthFirstWithSlash;
  size_t e = 0;
  while (e < tag.size() && IsAsciiAlpha(tag[e])) ++e;
  if (!EqualsIgnoreCase(tag.substr(0, e), "en")) return NumericDateOrder::kDayFirst;
  if (e == tag.size()) return NumericDateOrder::kMonthFirstWithSlash;
  if (tag[e] != '-' && tag[e] != '_') return NumericDateOrder::kMonthFirstWithSlash;
  const std::string_view region = tag.substr(e + 1, 2);
  for (std::string_view r : {"us", "ca", "ph"})
    if (EqualsIgnoreCase(region, r) && (tag.size() == e + 3 || !IsAsciiAlpha(tag[e + 3])))
      return r == "us" ? NumericDateOrder::kMonthFirst : NumericDateOrder::kMonthFirstWithSlash;
  return NumericDateOrder::kDayFirst;
}

namespace {

// The length of the Persian or Arabic-Indic digit (U+06F0-06F9, U+0660-0669)
// at `s[i]`, 2; else 0.
size_t EasternDigitAt(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return 0;
  const unsigned char a = s[i], b = s[i + 1];
  return ((a == 0xDB && b >= 0xB0 && b <= 0xB9) || (a == 0xD9 && b >= 0xA0 && b <= 0xA9)) ? 2 : 0;
}

// The words of a Persian stamp line, in order, to `fn(word, digits,
// value)`: `digits` is the count of a number's digits (Persian,
// Arabic-Indic or ASCII; `value` its first six read), 0 for a word. Words
// are parted by ASCII spaces and punctuation and the Arabic comma "،"
// (U+060C). `fn` returns false to stop; ForEachJalaliWord then does too.
template <typename Fn>
bool ForEachJalaliWord(std::string_view line, Fn&& fn) {
  auto arabic_comma = [&](size_t k) {
    return static_cast<unsigned char>(line[k]) == 0xD8 && k + 1 < line.size() &&
           static_cast<unsigned char>(line[k + 1]) == 0x8C;
  };
  size_t i = 0;
  while (i < line.size()) {
    const unsigned char c = line[i];
    if (c < 0x80 && !IsAsciiAlnum(c)) {
      ++i;
      continue;
    }
    if (arabic_comma(i)) {
      i += 2;
      continue;
    }
    size_t e = i;
    int digits = 0, value = 0;
    bool numeric = true;
    while (e < line.size()) {
      const unsigned char d = line[e];
      if ((d < 0x80 && !IsAsciiAlnum(d)) || arabic_comma(e)) break;
      if (const size_t k = EasternDigitAt(line, e)) {
        if (digits < 6) value = value * 10 + (static_cast<unsigned char>(line[e + 1]) & 0x0F);
        e += k, ++digits;
      } else if (IsAsciiDigit(d)) {
        if (digits < 6) value = value * 10 + (d - '0');
        ++e, ++digits;
      } else {
        numeric = false;
        ++e;
      }
    }
    if (!fn(line.substr(i, e - i), numeric ? digits : 0, value)) return false;
    i = e;
  }
  return true;
}

// A stamp line in Persian: a Jalali month, a year of four digits (Persian,
// Arabic-Indic or ASCII), other numbers (the day, the clock) and only the
// words such a line holds besides (IsJalaliMonth, IsJalaliStampWord: the
// vocabulary's).
bool IsJalaliDateLine(std::string_view line) {
  bool month = false, year = false;
  const bool stamp_words = ForEachJalaliWord(line, [&](std::string_view w, int digits, int) {
    if (digits) year |= digits == 4;
    else if (IsJalaliMonth(w)) month = true;
    else if (!IsJalaliStampWord(w)) return false;
    return true;
  });
  return stamp_words && month && year;
}

// The Gregorian day of Solar Hijri day `jd` of month `jm` (1..12) of year
// `jy`: the arithmetic calendar's count of days (33-year cycles, the form
// Iranian software computes), then the Gregorian date of that day.
ParsedDate JalaliToGregorian(int jy, int jm, int jd) {
  jy += 1595;
  long days = -355668L + 365L * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + jd +
              (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  long gy = 400 * (days / 146097);
  days %= 146097;
  if (days > 36524) {
    --days;
    gy += 100 * (days / 36524);
    days %= 36524;
    if (days >= 365) ++days;
  }
  gy += 4 * (days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += (days - 1) / 365;
    days = (days - 1) % 365;
  }
  long gd = days + 1;
  const bool leap = (gy % 4 == 0 && gy % 100 != 0) || gy % 400 == 0;
  const int month_days[12] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int gm = 0;
  while (gm < 12 && gd > month_days[gm]) gd -= month_days[gm++];
  ParsedDate d;
  if (gm >= 12) return d;
  d.year = static_cast<int>(gy), d.month = gm + 1, d.day = static_cast<int>(gd);
  return d;
}

// A Persian stamp line (IsJalaliDateLine) read as its day: the day's number
// right before the Jalali month's name and the year's four digits right
// after it ("۲۲ اردیبهشت ۱۴۰۴ - ۱۰:۳۰", "شنبه ۳ آذر 1404"); the year from
// 1300 to 1499 (1921-2121). The clock is not read.
ParsedDate ParseJalaliDate(std::string_view line) {
  if (line.size() > 100 || !IsJalaliDateLine(line)) return {};
  int month = 0, day = -1, before = -1, year = -1, year_digits = 0;
  ForEachJalaliWord(line, [&](std::string_view w, int digits, int value) {
    if (month) {  // the first number after the month is its year
      if (digits) year = value, year_digits = digits;
      return !digits;
    }
    if (digits) {
      before = digits <= 2 ? value : -1;
    } else if ((month = JalaliMonthNumber(w))) {
      day = before;
    } else {
      before = -1;  // (a weekday's name between: the day is not before the month)
    }
    return true;
  });
  if (!month || day < 1 || day > 31 || (month > 6 && day > 30) || year_digits != 4 || year < 1300 || year > 1499)
    return {};
  return JalaliToGregorian(year, month, day);
}

// Whether a clock opens `rest` ("14:30", "9.05"), after one stamp word at
// most ("godz. 14:30"), spaces aside.
bool ClockFollows(std::string_view rest) {
  for (int word = 0; word < 2; ++word) {
    rest = Trim(rest);
    size_t d = 0;
    while (d < rest.size() && d < 3 && IsAsciiDigit(rest[d])) ++d;
    if (d >= 1 && d <= 2 && d + 1 < rest.size() && (rest[d] == ':' || rest[d] == '.') && IsAsciiDigit(rest[d + 1]))
      return true;
    const size_t sp = rest.find(' ');
    if (sp == std::string_view::npos) return false;
    std::string_view w = rest.substr(0, sp);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (!IsStampLineWord(w)) return false;
    rest = rest.substr(sp);
  }
  return false;
}

}  // namespace

bool IsDateLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > 100) return false;
  // (Persian stamps: their own digits and calendar.)
  if (line.size() > 8 && static_cast<unsigned char>(line[0]) >= 0xD8 && static_cast<unsigned char>(line[0]) <= 0xDB &&
      IsJalaliDateLine(line))
    return true;
  // Every date lede reads has a digit; most lines have none. (A line of
  // native digits is read with ASCII ones: WithAsciiDigits.)
  if (!HasAsciiDigit(line))
    return OpensInNativeDigitScript(line) && HasNativeDigit(line) && IsDateLine(WithAsciiDigits(line));
  // A machine's ISO 8601 stamp printed as it is ("2025-03-09T08:41:12.000Z",
  // a post's time under it): a date, its time and zone, nothing else.
  if (line.size() > 10 && line[10] == 'T' && line.size() <= 35) {
    ParsedDate d;
    if (ParseIsoStart(line, &d) && line.find_first_not_of("0123456789:.+-Z", 11) == std::string_view::npos)
      return true;
  }
  line = WithoutPairedStampCue(line);
  // Tokenized once; the words are checked as they are read (most lines
  // with a digit have other words: the first one ends the reading), the
  // date is parsed only then.
  // Words other than numbers, month names and a stamp's words
  // (IsStampLineWord) end it.
  // (A word that sets the time, Polish "o", only right before the clock or
  // its word: "2025 o 14:30", "2025 o godz. 14:30"; "3 o 4 de mayo" is
  // Spanish for "3 or 4 May".)
  auto other_word = [line](const Token& t) {
    if (t.kind == Token::kNumber || t.value) return false;
    std::string_view w = t.text;
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (IsStampLineWord(w)) return false;
    return !IsClockLeadWord(w) || !ClockFollows(line.substr(t.begin + t.text.size()));
  };
  bool other = false;
  const TokenList tokens = Tokenize(line, other_word, &other);
  if (other) return false;
  return ParseTokens(line, tokens, NumericDateOrder::kMonthFirstWithSlash).valid();
}

bool IsShortYearDateLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > 24) return false;
  int day = 0, month = 0, year = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ',')) ++i;
    size_t e = i;
    while (e < line.size() && line[e] != ' ' && line[e] != ',') ++e;
    if (e == i) break;
    const std::string_view w = line.substr(i, e - i);
    i = e;
    if (w.size() == 3 && w[0] == '\'' && IsAsciiDigit(w[1]) && IsAsciiDigit(w[2]) && !year) {
      year = 1;
    } else if (!w.empty() && w.size() <= 2 && IsAsciiDigit(w[0]) && (w.size() == 1 || IsAsciiDigit(w[1])) && !day &&
               !year) {
      day = (w[0] - '0') * (w.size() == 2 ? 10 : 1) + (w.size() == 2 ? w[1] - '0' : 0);
      if (day < 1 || day > 31) return false;
    } else if (const int m = MonthFromDateWord(w); m && !month && !year) {  // (the day and 'YY beside it)
      month = m;
    } else {
      return false;
    }
  }
  return day && month && year;
}

bool IsClockLine(std::string_view line) {
  line = Trim(line);
  size_t i = 0;
  while (i < line.size() && i < 2 && IsAsciiDigit(line[i])) ++i;
  if (i == 0) return false;
  // ":MM", then ":SS" at most.
  int groups = 0;
  while (groups < 2 && i + 2 < line.size() && line[i] == ':' && IsAsciiDigit(line[i + 1]) &&
         IsAsciiDigit(line[i + 2]))
    i += 3, ++groups;
  if (groups == 0) return false;
  std::string_view rest = Trim(line.substr(i));
  if (rest.empty()) return true;
  return IsMeridiem(rest);
}

ParsedDate UpdateClockOf(std::string_view part) {
  ParsedDate out;
  size_t digit = 0;
  while (digit < part.size() && !IsAsciiDigit(part[digit])) ++digit;
  if (digit == part.size() || part.size() > 48) return out;
  // The words before the time: the cue's and a stamp's.
  for (std::string_view words = part.substr(0, digit); !words.empty();) {
    const size_t sp = words.find(' ');
    std::string_view w = words.substr(0, sp);
    words = sp == std::string_view::npos ? std::string_view() : words.substr(sp + 1);
    while (!w.empty() && (w.back() == ':' || w.back() == ',')) w.remove_suffix(1);
    if (!w.empty() && !IsStampLineWord(w) && !IsClockLeadWord(w)) return out;
  }
  // "12h47" is read as "12:47".
  // (In a stack buffer: the part is 48 bytes at most.)
  const std::string_view time = Trim(part.substr(digit));
  char clock[48];
  std::copy(time.begin(), time.end(), clock);
  if (const size_t h = time.find('h'); h > 0 && h <= 2 && h + 2 < time.size() && IsAsciiDigit(time[h + 1]))
    clock[h] = ':';
  const std::string_view c(clock, time.size());
  const size_t sp = c.find(' ');
  // (Or a clock word after it: "Uhr", "h".)
  std::string_view at = c;
  if (!IsClockLine(c)) {
    if (sp == std::string_view::npos || !IsClockLine(c.substr(0, sp)) || !IsStampLineWord(Trim(c.substr(sp + 1))))
      return out;
    at = c.substr(0, sp);
  }
  // IsClockLine read "H:MM" or "HH:MM", then ":SS" and a meridiem at most.
  const size_t colon = at.find(':');
  int hour = 0;
  for (size_t i = 0; i < colon; ++i) hour = hour * 10 + (at[i] - '0');
  const int minute = (at[colon + 1] - '0') * 10 + (at[colon + 2] - '0');
  if (hour > 23 || minute > 59) return out;
  const size_t letter = at.find_first_of("aApP", colon);
  if (letter != std::string_view::npos && (at[letter] == 'p' || at[letter] == 'P') && hour < 12) hour += 12;
  if (letter != std::string_view::npos && (at[letter] == 'a' || at[letter] == 'A') && hour == 12) hour = 0;
  out.hour = hour;
  out.minute = minute;
  return out;
}

bool ShowsDayWithoutYear(std::string_view shown, const ParsedDate& d, NumericDateOrder order) {
  shown = Trim(shown);
  constexpr size_t kMaxBytes = 32;
  if (!d.valid() || shown.empty() || shown.size() > kMaxBytes || !HasAsciiDigit(shown)) return false;
  // (No run of three digits or more: a year, or a number that is no day.)
  int run = 0;
  for (char ch : shown) {
    run = IsAsciiDigit(ch) ? run + 1 : 0;
    if (run >= 3) return false;
  }
  // (A month in words: "11/3" alone could be either order.)
  bool month_word = false;
  for (size_t i = 0; i < shown.size() && !month_word;) {
    size_t e = i;
    while (e < shown.size() && shown[e] != ' ' && shown[e] != ',' && shown[e] != '.') ++e;
    // (The date it must match gives the year and the month: every form.)
    month_word = e > i && MonthFromDateWord(shown.substr(i, e - i)) == d.month;
    i = e + 1;
  }
  if (!month_word) return false;
  char buf[kMaxBytes + 8];
  const int len = std::snprintf(buf, sizeof buf, "%.*s %d", static_cast<int>(shown.size()), shown.data(), d.year);
  if (len <= 0 || static_cast<size_t>(len) >= sizeof buf) return false;
  const ParsedDate p = ParseDate(std::string_view(buf, static_cast<size_t>(len)), order);
  return p.valid() && p.year == d.year && p.month == d.month && p.day == d.day;
}

namespace {
// Whether `w` is a year of four digits (1900 to 2099).
bool IsArchiveYear(std::string_view w) {
  return w.size() == 4 && (w[0] == '1' || w[0] == '2') && (w[1] == '9' || w[1] == '0') && IsAsciiDigit(w[2]) &&
         IsAsciiDigit(w[3]);
}
}  // namespace

bool IsMonthArchiveLine(std::string_view line) {
  constexpr size_t kMonthArchiveMaxBytes = 48;
  std::string_view t = Trim(line);
  if (t.size() > kMonthArchiveMaxBytes) return false;
  // The count of its posts, "(3)", at the end.
  if (t.ends_with(')')) {
    const size_t open = t.rfind('(');
    if (open == std::string_view::npos || open + 2 > t.size() - 1) return false;
    for (size_t i = open + 1; i + 1 < t.size(); ++i)
      if (!IsAsciiDigit(t[i])) return false;
    t = Trim(t.substr(0, open));
  }
  // "2025年11月" (Chinese and Japanese).
  if (t.size() >= 9 && IsArchiveYear(t.substr(0, 4)) && t.substr(4, 3) == "\u5e74" && t.ends_with("\u6708")) {
    const std::string_view m = t.substr(7, t.size() - 10);
    return !m.empty() && m.size() <= 2 && IsAsciiDigit(m[0]) && IsAsciiDigit(m.back());
  }
  // Words: a month and a year, a linking word between them or not ("de",
  // "of"); or the year first.
  std::string_view words[4];
  size_t n = 0;
  for (size_t i = 0; i < t.size();) {
    while (i < t.size() && (t[i] == ' ' || t[i] == ',')) ++i;
    size_t e = i;
    while (e < t.size() && t[e] != ' ' && t[e] != ',') ++e;
    if (e > i) {
      if (n == 4) return false;
      words[n++] = t.substr(i, e - i);
    }
    i = e;
  }
  auto month = [](std::string_view w) {
    if (w.ends_with('.')) w.remove_suffix(1);
    return MonthFromWord(w) > 0;
  };
  if (n == 2) return (month(words[0]) && IsArchiveYear(words[1])) || (IsArchiveYear(words[0]) && month(words[1]));
  if (n == 3)
    return month(words[0]) && IsArchiveYear(words[2]) &&
           (EqualsIgnoreCase(words[1], "de") || EqualsIgnoreCase(words[1], "of") || EqualsIgnoreCase(words[1], "del"));
  return false;
}

bool IsPlaceDateLine(std::string_view line, bool middle_dot) {
  line = Trim(line);
  constexpr size_t kMaxBytes = 80, kPlaceMaxBytes = 40;
  constexpr int kPlaceMaxWords = 3;
  if (line.size() > kMaxBytes || !HasAsciiDigit(line)) return false;
  // The place ends at a comma ("Madrid, 3 de mayo") or, when asked, at a
  // middle dot between spaces ("Girona · 3 de desembre", as Catalan and
  // Spanish sites set it).
  static constexpr std::string_view kMiddleDot = " \xC2\xB7 ";
  size_t comma = line.find(", ");
  size_t gap = 2;
  if (const size_t dot = middle_dot ? line.find(kMiddleDot) : std::string_view::npos; dot < comma) {
    comma = dot;
    gap = kMiddleDot.size();
  }
  if (comma == std::string_view::npos || comma == 0 || comma > kPlaceMaxBytes) return false;
  const std::string_view place = line.substr(0, comma);
  int words = 0;
  bool after_particle = false;
  const bool capitals = place.size() > 1 && IsAsciiCapital(place[0]) && IsAsciiCapital(place[1]);
  for (size_t i = 0; i < place.size();) {
    const size_t e = std::min(place.find(' ', i), place.size());
    const std::string_view w = place.substr(i, e - i);
    // (A small word between two capitalized ones, "Ciudad de México",
    // "Frankfurt am Main", "RIO DE JANEIRO", is part of the name and no
    // word of its own.)
    if (words > 0 && e < place.size() && IsPlaceParticle(w, capitals)) {
      i = e + 1;
      after_particle = true;
      continue;
    }
    // A capital opens each word (or a letter outside ASCII: "Ávila",
    // "Москва"); no digit, no month or weekday (the date itself).
    if (w.empty() || ++words > kPlaceMaxWords) return false;
    const unsigned char c = w[0];
    if (!IsAsciiCapital(c) && c < 0xC3) return false;
    for (char d : w)
      if (IsAsciiDigit(d)) return false;
    // (A month's name after a small word is the name's: "Rio de Janeiro".)
    if (MonthFromWord(w) && !after_particle) return false;
    after_particle = false;
    i = e + 1;
  }
  return !IsDateLine(place) && !IsDateLine(line) && IsDateLine(line.substr(comma + gap));
}

// Days since 1970-01-01, back and forth (proleptic Gregorian: H. Hinnant's
// days_from_civil and civil_from_days).
int DayNumber(const ParsedDate& d) {
  const int y = d.year - (d.month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

ParsedDate ParseEpochStamp(std::string_view s) {
  s = Trim(s);
  if (s.size() != 10 && s.size() != 13) return {};
  long long v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return {};
    v = v * 10 + (ch - '0');
  }
  if (s.size() == 13) v /= 1000;
  constexpr long long kYear2000 = 946684800;
  if (v < kYear2000) return {};
  ParsedDate d = DateOfDayNumber(static_cast<int>(v / 86400));
  const long long secs = v % 86400;
  d.hour = static_cast<int>(secs / 3600);
  d.minute = static_cast<int>(secs / 60 % 60);
  d.second = static_cast<int>(secs % 60);
  d.has_tz = true;
  return d;
}

ParsedDate DateOfDayNumber(int days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  ParsedDate out;
  out.day = doy - (153 * mp + 2) / 5 + 1;
  out.month = mp < 10 ? mp + 3 : mp - 9;
  out.year = yoe + era * 400 + (out.month <= 2);
  return out;
}

ParsedDate DaysBefore(const ParsedDate& d, int days) { return DateOfDayNumber(DayNumber(d) - days); }

namespace {
// Whether `rest`, the URL after a date that opens a segment of its path,
// names no item: the path ends there, or goes on to a page number only
// ("/2025/11/18/", "/2025/11/18/page/2/"): the date is a day's archive, no
// story's. (A date that ends a slug, "/hidden-heroines-20190520/", is its
// story's.)
bool EndsDateArchive(std::string_view rest) {
  rest = rest.substr(0, std::min(rest.find('?'), rest.find('#')));
  if (!rest.empty() && rest[0] == '/') rest.remove_prefix(1);
  // (A number alone after the date is the story's: Hatena's time of day,
  // "/2024/05/12/073015", a CMS's id, "/2024/3/12/24098765".)
  if (rest.starts_with("page/")) {
    rest.remove_prefix(5);
    if (rest.empty() || !IsAsciiDigit(rest[0])) return false;
    while (!rest.empty() && IsAsciiDigit(rest[0])) rest.remove_prefix(1);
    if (!rest.empty() && rest[0] == '/') rest.remove_prefix(1);
  }
  return rest.empty();
}
}  // namespace

ParsedDate DateFromUrl(std::string_view url) {
  ParsedDate d;
  // Look for /YYYY/MM/DD/ or /YYYY-MM-DD or /YYYYMMDD/ in the path.
  size_t i = url.find("//");
  i = i == std::string_view::npos ? 0 : url.find('/', i + 2);
  if (i == std::string_view::npos) return d;
  std::string_view path = url.substr(i);
  for (size_t k = 0; k + 10 <= path.size(); ++k) {
    if (path[k] != '/' && path[k] != '-' && path[k] != '_') continue;
    std::string_view p = path.substr(k + 1);
    auto digits = [&](size_t from, size_t n, int* v) {
      if (from + n > p.size()) return false;
      int x = 0;
      for (size_t j = 0; j < n; ++j) {
        if (!IsAsciiDigit(p[from + j])) return false;
        x = x * 10 + (p[from + j] - '0');
      }
      *v = x;
      return true;
    };
    int y = 0, m = 0, dd = 0;
    if (!digits(0, 4, &y)) continue;
    if (p.size() > 4 && (p[4] == '/' || p[4] == '-' || p[4] == '_') && digits(5, 2, &m) &&
        p.size() > 7 && p[7] == p[4] && digits(8, 2, &dd) &&
        (p.size() == 10 || !IsAsciiDigit(p[10])) && ValidDay(y, m, dd)) {
      if (path[k] == '/' && EndsDateArchive(p.substr(10))) return d;
      d.year = y, d.month = m, d.day = dd;
      return d;
    }
    if (digits(4, 2, &m) && digits(6, 2, &dd) && (p.size() == 8 || !IsAsciiDigit(p[8])) &&
        ValidDay(y, m, dd)) {
      if (path[k] == '/' && EndsDateArchive(p.substr(8))) return d;
      d.year = y, d.month = m, d.day = dd;
      return d;
    }
    // Month and day without their leading zero, as some news CMSes file a
    // story ("/2024/3/12/24098765/slug"): slashes only, each part closed
    // by one ("/2024/3/12345/" is no date).
    // (The year opens a path segment: "/best-laptops-2024/1/2/" is a
    // slug's year and a page number.)
    if (path[k] == '/' && p.size() > 4 && p[4] == '/') {
      size_t at = 5;
      auto part = [&](int* v) {
        size_t n = 0;
        while (at + n < p.size() && n < 3 && IsAsciiDigit(p[at + n])) ++n;
        if (n == 0 || n > 2 || at + n >= p.size() || p[at + n] != '/') return false;
        digits(at, n, v);
        at += n + 1;
        return true;
      };
      if (part(&m) && part(&dd) && ValidDay(y, m, dd)) {
        if (EndsDateArchive(p.substr(at))) return d;
        d.year = y, d.month = m, d.day = dd;
        return d;
      }
    }
  }
  return d;
}

}  // namespace lede
