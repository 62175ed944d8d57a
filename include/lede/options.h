// Options for one extraction. Plain aggregate; defaults are the recommended
// settings.
#ifndef LEDE_OPTIONS_H_
#define LEDE_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lede {

enum class Favor : uint8_t {
  kBalanced,
  kPrecision,  // drop borderline blocks: less boilerplate, some content lost
  kRecall,     // keep borderline blocks: more content, some boilerplate kept
};

// The kind of page, when the caller knows it (a crawl of one shop, of one
// forum). kAuto lets lede decide from the page's markup.
enum class PageType : uint8_t {
  kAuto,
  kArticle,  // a written story or post: article mode (title, byline, dek apart)
  kForum,    // a thread: the posts and replies are the content
  kListing,  // a list of items or links (a section front, search results)
  kProduct,  // one product: description, specs, the product's rules
  kPage,     // anything else (a service, documentation): page mode
};

// The page type named "auto", "article", "forum", "listing", "product" or
// "page" (as the CLI's --page-type and the Python module take it); false,
// and *out untouched, for any other name.
bool ParsePageType(std::string_view name, PageType* out);

// The Favor named "balanced", "precision" or "recall" (as the CLI's --favor
// and the Python module take it); false, and *out untouched, for any other
// name.
bool ParseFavor(std::string_view name, Favor* out);

// Whether `day` is a calendar day as YYYY-MM-DD (month 01-12, a day the
// month has: no "2024-02-31", and February 29 only in a leap year): the
// form ExtractOptions::reference_date takes (the CLI's --reference-date,
// the Python module's reference_date). Anything else would be ignored
// further down and "today" used instead, silently.
bool IsIsoDay(std::string_view day);

// Whether `code` is a language code the WARC language filter can match
// (WarcExtractOptions::languages, the CLI's --lang, the Python module's
// languages): an ISO 639 code of 2 or 3 ASCII letters ("en", "de", "fil"),
// either case. The filter compares a page's primary language subtag, so
// "en-US" or "english" would never match and skip every page, silently.
bool IsLanguageCode(std::string_view code);

// A page's node budget: kNodeBudgetFloor nodes, plus one per
// kInputBytesPerNode bytes of its decoded text, at most `max_nodes`
// (Limits::max_nodes). Real pages spend 13 bytes of markup a tag or more
// (the densest of the benchmark pages' 1,808), and nearly all are far under
// the floor; a node costs about 200 bytes through extraction, so the
// budget bounds a page's DOM memory near 200 MiB plus 12.5 bytes per input
// byte (docs/robustness.md).
inline constexpr size_t kNodeBudgetFloor = size_t{1} << 20;
inline constexpr size_t kInputBytesPerNode = 16;
size_t NodeBudget(size_t input_bytes, size_t max_nodes);

// The most bytes max_input_bytes lets through, whatever it is set to: a
// page's DOM holds its strings with 32-bit lengths (ShortView), and the
// UTF-8 the parser reads is at most three times the input's bytes (a
// single-byte charset's byte, or an invalid byte, becomes up to three).
inline constexpr size_t kMaxInputBytesCap = size_t{1} << 30;

struct Limits {
  // Inputs larger than this (or than kMaxInputBytesCap) fail with
  // kLimitExceeded before any work.
  size_t max_input_bytes = 256u << 20;
  // The most DOM nodes a page may have, whatever its size. A page's own
  // budget is smaller: NodeBudget(its decoded bytes, max_nodes). Past the
  // budget no node is added, but the text is not lost: the rest of the
  // page's text goes, without its markup, into one text node at the end of
  // <body>; the article has "max_nodes" in Article::limits_hit.
  size_t max_nodes = 8u << 20;
  // Wall-clock budget for one page in milliseconds; 0 = none. Checked
  // between stages (and inside parsers that honour it): a page over budget
  // before extraction fails with kLimitExceeded ("time_budget_ms: ..."); a
  // parser that stopped early yields a partial article with "time_budget_ms"
  // in Article::limits_hit.
  uint32_t time_budget_ms = 0;
};

struct ExtractOptions {
  // The page's URL: used to resolve relative links and as a metadata hint.
  std::string url;
  // Charset from the transport (HTTP Content-Type), as a label ("latin1",
  // "utf-8"), quoted as in the header ("\"Windows-1251\""), or the whole
  // Content-Type value. Empty when unknown. A BOM still wins, as in browsers.
  std::string charset;
  Favor favor = Favor::kBalanced;
  // Repair doubly-encoded text ("mojibake": "â€™" for "’", "Ã©" for "é"),
  // UTF-8 that a broken CMS decoded as Latin-1/windows-1252 and encoded
  // again. Conservative: only whole valid sequences, only on a page that
  // holds unambiguous ones. Article::mojibake_repaired counts the repairs.
  bool repair_mojibake = true;
  // Also extract the page's comment section into Article::comments (it is
  // never part of the body, except on forum pages where replies are the
  // content).
  bool comments = false;
  // Extract the metadata fields (title, authors, dates...). Off: the body
  // only, a little faster, for corpus builders who need nothing else.
  bool metadata = true;
  // Dates after this day (YYYY-MM-DD) are not publication dates. Empty:
  // today. Set it when processing an old crawl. When set, a relative stamp
  // ("3 days ago", "vor 2 Wochen") is counted back from it, up to a year;
  // when empty such stamps give no date (today is not the crawl's day).
  std::string reference_date;
  // Force the page type (Article::page_type) instead of detecting it. The
  // type decides how the content is chosen (article vs page mode, threads,
  // product rules) and some metadata sources.
  PageType page_type = PageType::kAuto;
  Limits limits;
};

}  // namespace lede

#endif  // LEDE_OPTIONS_H_
