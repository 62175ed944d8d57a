// Date parsing for metadata: machine formats (ISO 8601, RFC 822, compact)
// and human ones ("November 19, 2019", "19 Nov 2019", "19.11.2019"), to
// ISO 8601 text.
#ifndef LEDE_EXTRACT_DATES_H_
#define LEDE_EXTRACT_DATES_H_

#include <string>
#include <string_view>

namespace lede {

struct ParsedDate {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = 0, second = 0;  // hour < 0: no time
  int tz_minutes = 0;
  bool has_tz = false;
  // The zone was written as an abbreviation whose offset depends on the
  // page or the day (ResolveZoneAbbreviation): 'E' "EST", 'B' "BST".
  char zone_abbreviation = 0;

  bool valid() const { return year > 0; }
  // "2019-11-19", "2019-11-19T13:03:00", "2019-11-19T13:03:00Z" or with
  // "+05:30".
  std::string ToIso() const;
};

// How a numeric date whose first two numbers could each be the month
// ("05/03/2024") is read: month first with slashes (the US way, and the
// default when the page's language is not known), or day first (the
// rest of the world). Dots and dashes are day first either way, but on a
// page that shows itself month first (kMonthFirst: a date there that can
// only be read month first, "11-29-2024"), where dashes are month first too.
enum class NumericDateOrder { kMonthFirstWithSlash, kDayFirst, kMonthFirst };

// What the first numeric date in `s` ("25/09/2023", "09-25-2023") says
// about the order its page writes them in: +1 day first (its first number
// is no month, its second is), -1 month first (the other way round), 0 when
// it could be either (or `s` holds none). A year first ("2023-09-25") says
// nothing.
int NumericDateOrderVote(std::string_view s);

// What a date with the month in words says about the order its page
// writes numeric dates in: +1 day first ("3 October 2023", "3. Okt."), -1
// month first ("October 3, 2023"), 0 when `s` holds neither.
int WordDateOrderVote(std::string_view s);
// The order a page in language `tag` ("en-US", "en_GB", "de") writes
// numeric dates in: English of the US, Canada, the Philippines or of no
// stated region month first with slashes; any other language or region day
// first.
NumericDateOrder NumericDateOrderFor(std::string_view tag);

// Where the page is, for a zone abbreviation that names a zone in two
// places: "EST" is US Eastern (-05:00) by default and Australian Eastern
// Standard Time (+10:00) on an Australian page.
enum class ZoneRegion : unsigned char { kDefault, kAustralia };

// The region a page's locale signals name: its language tag ("en-AU",
// "en_AU") or its URL's host (".au", "example.com.au"). Either may be empty.
ZoneRegion ZoneRegionFor(std::string_view lang_tag, std::string_view url);

// Parses `s` as a date. Returns an invalid ParsedDate when no date is found.
// Years outside 1990..2100 are rejected (they are not publication dates).
// A zone abbreviation is read for `region` ("EST"), and "BST" (British
// Summer Time, +01:00) only in its season, from the last Sunday of March
// to the last Sunday of October: out of it the label is a template's fixed
// text over a UK clock then on GMT, or Bangladesh Standard Time (+06:00),
// so the time keeps no offset (its day is right either way).
ParsedDate ParseDate(std::string_view s, NumericDateOrder order = NumericDateOrder::kMonthFirstWithSlash,
                     ZoneRegion region = ZoneRegion::kDefault);

// A line that is only a date stamp: a date plus at most a cue ("Published",
// "Updated on", "First published", a time zone).
bool IsDateLine(std::string_view line);

// A day with its year cut to two digits after an apostrophe, as a narrow
// screen's stamp shows it: "20 May '25", "May 20 '25".
bool IsShortYearDateLine(std::string_view line);

// A time of day alone: "8:14", "20:15:02", "8:14 a.m.", "10:40 PM".
bool IsClockLine(std::string_view line);

// A dateline alone on its line: a place of one to three capitalized words,
// a comma, then a date line ("Madrid, 3 de mayo de 2025", "BERLIN, 12. März
// 2024"): where and when a story was filed. With `middle_dot`, a spaced
// middle dot may part them too ("Girona · 3 de desembre de 2025"): only
// where the line is known to hold no name, as a card's "Jane Doe · March
// 3, 2026" reads the same.
bool IsPlaceDateLine(std::string_view line, bool middle_dot = false);

// Whether `line` names a month of a blog's archive and nothing else: a
// month and its year ("November 2025", "novembro de 2025", "März 2025",
// "2025年11月"), with the count of its posts or not ("(3)"): an archive
// widget's link.
bool IsMonthArchiveLine(std::string_view line);

// The month (1-12) a month name or abbreviation stands for, in the languages
// ParseDate reads ("June", "juin", "Jun.", "июня"); 0 otherwise, and 0 for
// a form that is also a common word of another of those languages
// ("leden", Czech January and Dutch "members"; "out", "set", "sie").
int MonthFromWord(std::string_view word);
// The same for a word with a day number and a year beside it (a date being
// parsed): those forms name their month too ("28 leden 2026").
int MonthFromDateWord(std::string_view word);
// Whether `rest` opens on a day and a French month that is no English one
// ("3 d\u00e9c. 2025", "1er janvier"; not "3 Oct"): a capitalized "Le"
// before it is the date's article ("Par Marie Dubois Le 3 d\u00e9c. 2025"),
// not a surname ("Tuan Le 3 Oct 2025").
bool FrenchDayMonthAhead(std::string_view rest);
// Days since 1970-01-01 of `d`'s calendar day (proleptic Gregorian), and
// the calendar day (no time of day) of such a number.
int DayNumber(const ParsedDate& d);
ParsedDate DateOfDayNumber(int days);
// The UTC date and time of a Unix time stamp written in an attribute
// ("1699999999" seconds, "1699999999000" milliseconds: XenForo's and
// Discourse's data-time); an invalid date when `s` is not 10 or 13 digits
// or falls before 2000.
ParsedDate ParseEpochStamp(std::string_view s);
// The calendar day `days` days before `d`'s (no time of day).
ParsedDate DaysBefore(const ParsedDate& d, int days);

// Whether `shown` is `d`'s day written without its year ("Nov 3", "3 nov.",
// "Monday, November 3"): a short text with no year that reads as that month
// and day once `d`'s year is added.
bool ShowsDayWithoutYear(std::string_view shown, const ParsedDate& d, NumericDateOrder order);

// The time of day an update gives alone, all of `part` from its cue on
// ("mis à jour à 12h47", "Aggiornato alle 13:40", "Updated 1:48 p.m.",
// "Aktualisiert 18:03 Uhr"): the cue, a stamp's small words ("à", "alle",
// "um", "at") and one time of day, nothing else. The date has no day
// (year 0) and its hour is -1 when `part` is no such update.
ParsedDate UpdateClockOf(std::string_view part);

// A date in a URL path: /2019/11/19/, /2019-11-19-, /20191119/. None when
// the path ends on the date or a page number after it ("/2025/11/18/",
// "/2025/11/18/page/2/"): a day's archive.
ParsedDate DateFromUrl(std::string_view url);

}  // namespace lede

#endif  // LEDE_EXTRACT_DATES_H_
