// Date stamps and reporters' credits of scripts beyond the European ones
// (held-out round 16): Japanese and Korean hour units, the Arabic
// meridiem, Hindi, Hebrew and Thai months (the Thai year of the Buddhist
// era), the update cues and stamp words of those languages, and a Chinese
// reporter's title and dateline around the name.
#include <gtest/gtest.h>

#include "extract/dates.h"
#include "extract/vocabulary.h"

namespace lede {
namespace {

TEST(ScriptDates, HourUnitsMeridiemAndMonthsBeyondEurope) {
  // 2025年9月21日 11時42分, 2024년 3월 5일 9시 5분
  EXPECT_EQ(ParseDate("2025\xE5\xB9\xB4" "9\xE6\x9C\x88" "21\xE6\x97\xA5 11\xE6\x99\x82" "42\xE5\x88\x86").ToIso(),
            "2025-09-21T11:42:00");
  EXPECT_EQ(ParseDate("2024\xEB\x85\x84 3\xEC\x9B\x94 5\xEC\x9D\xBC 9\xEC\x8B\x9C 5\xEB\xB6\x84").ToIso(),
            "2024-03-05T09:05:00");
  // Arabic: 28 سبتمبر 2025 - 04:20 م (evening) and ... 10:45 ص (morning)
  EXPECT_EQ(ParseDate("28 \xD8\xB3\xD8\xA8\xD8\xAA\xD9\x85\xD8\xA8\xD8\xB1 2025 - 04:20 \xD9\x85").ToIso(),
            "2025-09-28T16:20:00");
  EXPECT_EQ(ParseDate("28 \xD8\xB3\xD8\xA8\xD8\xAA\xD9\x85\xD8\xA8\xD8\xB1 2025 - 10:45 \xD8\xB5").ToIso(),
            "2025-09-28T10:45:00");
  // Hindi 24 सितंबर 2025 and 3 मई 2025; Hebrew 23 בספטמבר 2025, 09:30
  EXPECT_EQ(ParseDate("24 \xE0\xA4\xB8\xE0\xA4\xBF\xE0\xA4\xA4\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0 2025").ToIso(),
            "2025-09-24");
  EXPECT_EQ(ParseDate("3 \xE0\xA4\xAE\xE0\xA4\x88 2025").ToIso(), "2025-05-03");
  EXPECT_EQ(ParseDate("23 \xD7\x91\xD7\xA1\xD7\xA4\xD7\x98\xD7\x9E\xD7\x91\xD7\xA8 2025, 09:30").ToIso(),
            "2025-09-23T09:30:00");
  // Thai: 26 ก.ย. 2568 09:15 น. (2568 of the Buddhist era is 2025); a
  // Gregorian year stays.
  EXPECT_EQ(ParseDate("26 \xE0\xB8\x81.\xE0\xB8\xA2. 2568 09:15").ToIso(), "2025-09-26T09:15:00");
  EXPECT_EQ(ParseDate("26 \xE0\xB8\x81.\xE0\xB8\xA2. 2025").ToIso(), "2025-09-26");
  // And the whole names, up to 30 bytes: 26 กันยายน 2568, 3 กุมภาพันธ์ 2568,
  // 14 พฤศจิกายน 2568.
  EXPECT_EQ(ParseDate("26 กันยายน 2568 09:15").ToIso(), "2025-09-26T09:15:00");
  EXPECT_EQ(ParseDate("3 กุมภาพันธ์ 2568").ToIso(), "2025-02-03");
  EXPECT_EQ(ParseDate("14 พฤศจิกายน 2568").ToIso(), "2025-11-14");
  EXPECT_TRUE(IsDateLine("14 มิถุนายน 2568"));
  // A stamp line in parentheses of full width: 2025年9月21日 11時42分（更新 2025年9月21日 19時05分）
  EXPECT_TRUE(IsDateLine("2025\xE5\xB9\xB4" "9\xE6\x9C\x88" "21\xE6\x97\xA5 11\xE6\x99\x82" "42\xE5\x88\x86"
                         "\xEF\xBC\x88\xE6\x9B\xB4\xE6\x96\xB0 2025\xE5\xB9\xB4" "9\xE6\x9C\x88" "21\xE6\x97\xA5 19"
                         "\xE6\x99\x82" "05\xE5\x88\x86\xEF\xBC\x89"));
  // A dash or a bullet before a word still ends a stamp line's reading.
  EXPECT_FALSE(IsDateLine("12.01.26 \xE2\x80\x94 10.04.26"));
}

TEST(ScriptDates, ChineseReporterTitleAndDatelineAroundTheName) {
  // 記者林佳慧／台南報導, 记者 王芳, 林佳慧/北京报道
  EXPECT_EQ(WithoutCjkReporterTitle("\xE8\xA8\x98\xE8\x80\x85\xE6\x9E\x97\xE4\xBD\xB3\xE6\x85\xA7\xEF\xBC\x8F"
                                    "\xE5\x8F\xB0\xE5\x8D\x97\xE5\xA0\xB1\xE5\xB0\x8E"),
            "\xE6\x9E\x97\xE4\xBD\xB3\xE6\x85\xA7");
  EXPECT_EQ(WithoutCjkReporterTitle("\xE8\xAE\xB0\xE8\x80\x85 \xE7\x8E\x8B\xE8\x8A\xB3"), "\xE7\x8E\x8B\xE8\x8A\xB3");
  EXPECT_EQ(WithoutCjkReporterTitle("\xE6\x9E\x97\xE4\xBD\xB3\xE6\x85\xA7/\xE5\x8C\x97\xE4\xBA\xAC\xE6\x8A\xA5"
                                    "\xE9\x81\x93"),
            "\xE6\x9E\x97\xE4\xBD\xB3\xE6\x85\xA7");
  // (A title alone stays: no name after it.)
  EXPECT_EQ(WithoutCjkReporterTitle("\xE8\xA8\x98\xE8\x80\x85"), "\xE8\xA8\x98\xE8\x80\x85");
  // Update cues: Arabic آخر تحديث, Hebrew עודכן, Hindi अपडेटेड, Japanese 更新
  EXPECT_TRUE(IsUpdateStamp("\xD8\xA2\xD8\xAE\xD8\xB1 \xD8\xAA\xD8\xAD\xD8\xAF\xD9\x8A\xD8\xAB: 28"));
  EXPECT_TRUE(IsUpdateStamp("\xD7\xA2\xD7\x95\xD7\x93\xD7\x9B\xD7\x9F: 23"));
  EXPECT_TRUE(IsUpdateStamp("\xE0\xA4\x85\xE0\xA4\xAA\xE0\xA4\xA1\xE0\xA5\x87\xE0\xA4\x9F\xE0\xA5\x87\xE0\xA4\xA1: 24"));
  EXPECT_TRUE(IsUpdateStamp("\xEF\xBC\x88\xE6\x9B\xB4\xE6\x96\xB0 2025"));
}

// Held-out round 21: dates in native digits, Bengali months, Japanese era
// years and the Thai era mark; "本报记者" before the names.
TEST(ScriptDates, NativeDigitsEraYearsAndBengaliMonths) {
  // الخميس، ٦ نوفمبر ٢٠٢٥ - ١٠:٣٠ ص (Arabic-Indic digits, morning)
  EXPECT_EQ(ParseDate("الخميس، ٦ نوفمبر ٢٠٢٥ - ١٠:٣٠ ص").ToIso(), "2025-11-06T10:30:00");
  EXPECT_TRUE(IsDateLine("٦ نوفمبر ٢٠٢٥"));
  // Persian digits in an ISO-like stamp; Devanagari and Thai digits.
  EXPECT_EQ(ParseDate("۲۰۲۵/۱۱/۰۳").ToIso(), "2025-11-03");
  EXPECT_EQ(ParseDate("४ नवंबर २०२५").ToIso(), "2025-11-04");
  EXPECT_EQ(ParseDate("๓ พฤศจิกายน ๒๕๖๘").ToIso(), "2025-11-03");
  // Bengali: ০৫ নভেম্বর ২০২৫, ০৯:১৫; ১ মে ২০২৫
  EXPECT_EQ(ParseDate("০৫ নভেম্বর ২০২৫, ০৯:১৫").ToIso(), "2025-11-05T09:15:00");
  EXPECT_EQ(ParseDate("১ মে ২০২৫").ToIso(), "2025-05-01");
  EXPECT_TRUE(IsDateLine("০৫ নভেম্বর ২০২৫"));
  // A Jalali day is read in its own calendar, not as a Gregorian one: 12
  // Aban 1404 is 3 November 2025 (SmallDefects.SolarHijriStampsReadAsTheirDay).
  EXPECT_EQ(ParseDate("۱۲ آبان ۱۴۰۴").ToIso(), "2025-11-03");
  // Reiwa 7 is 2025, Reiwa's first year ("元年") 2019, Heisei 31 is 2019.
  EXPECT_EQ(ParseDate("令和7年11月3日（月）").ToIso(), "2025-11-03");
  EXPECT_EQ(ParseDate("令和元年5月1日").ToIso(), "2019-05-01");
  EXPECT_EQ(ParseDate("平成31年4月30日 18時05分").ToIso(), "2019-04-30T18:05:00");
  EXPECT_FALSE(ParseDate("令和7年2月30日").valid());
  // A day outside its era's span is none: Heisei ended on 2019-04-30 (its
  // year 31); Reiwa began on 2019-05-01.
  EXPECT_FALSE(ParseDate("平成35年4月1日").valid());
  EXPECT_FALSE(ParseDate("平成31年5月1日").valid());
  EXPECT_EQ(ParseDate("平成30年12月28日").ToIso(), "2018-12-28");
  EXPECT_FALSE(ParseDate("令和元年4月30日").valid());
  // Thai: the era mark between the month and the Buddhist year.
  // (The clock after "เวลา", "time", is not read: the day is.)
  EXPECT_EQ(ParseDate("วันจันทร์ที่ 3 พฤศจิกายน พ.ศ. 2568 เวลา 15:30 น.").ToIso(), "2025-11-03");
  // 本报记者 王磊: the paper's reporter title goes.
  EXPECT_EQ(WithoutCjkReporterTitle("本报记者 王磊"), "王磊");
}

}  // namespace
}  // namespace lede
