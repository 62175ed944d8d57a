// Generators of hostile pages for the whole pipeline (decode, parse,
// extract, write), shared by tests/hostile_pages_test.cc (does every one end
// cleanly?) and bench/hostile_driver.cc with bench/pipeline_scaling.py (is
// the work linear in the size?). The parser's own hostile inputs are in
// hostile_inputs.h. Each takes a size `n` in its own unit
// and is deterministic. Sizes: `full_n` is what issue 7 asks for
// (LEDE_HOSTILE_FULL=1), `ci_n` what the test suite runs by default.
#ifndef LEDE_TESTS_HOSTILE_PAGES_H_
#define LEDE_TESTS_HOSTILE_PAGES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lede::testing {

struct HostileCase {
  const char* name;
  const char* unit;  // what n counts
  size_t full_n;
  size_t ci_n;
  // True when what breaks is the HTML parser itself (tree depth, attribute
  // or formatting-element handling): gumbo is known to be super-linear or to
  // recurse there, so on gumbo those sizes are expected to fail.
  bool parser_bound;
  std::string (*make)(size_t n);
};

namespace hostile {

// Article-like filler: realistic markup so every stage does real work.
inline std::string Block(size_t k) {
  std::string s = "<div class=\"story-block c" + std::to_string(k % 97) + "\"><h2>Heading " +
                  std::to_string(k) + "</h2><p>The council met on Tuesday to discuss the budget, and " +
                  "residents said the plan <a href=\"/news/" + std::to_string(k) +
                  "\">would raise</a> fees for <em>most</em> households.</p>"
                  "<ul><li>One point</li><li>Another point</li></ul></div>\n";
  return s;
}

// `head`, then `open` n times (an element left open at each level, or a
// repeated run), then `tail`: the shape of most generators below.
inline std::string Nested(std::string_view head, std::string_view open, size_t n, std::string_view tail) {
  std::string s;
  s.reserve(head.size() + open.size() * n + tail.size());
  s += head;
  for (size_t i = 0; i < n; ++i) s += open;
  s += tail;
  return s;
}

// `sentence` `times` times: prose long enough to count.
inline std::string Repeat(std::string_view sentence, int times) {
  std::string s;
  for (int i = 0; i < times; ++i) s += sentence;
  return s;
}

// A story's body: one paragraph of prose long enough to be kept as the
// article's text (most generators below hold one beside what they test).
inline std::string StoryBody() {
  return "<p>" + Repeat("The story body, long enough to be kept as the article text. ", 12) + "</p>";
}

inline std::string DeepNesting(size_t n) { return Nested("", "<div>", n, "deep text"); }

inline std::string BigPage(size_t n) {
  std::string s = "<!doctype html><html><head><title>Big page</title></head><body><article>";
  s.reserve(n + 4096);
  for (size_t k = 0; s.size() < n; ++k) s += Block(k);
  s += "</article></body></html>";
  return s;
}

inline std::string ManyAttributes(size_t n) {
  std::string s = "<html><body><div";
  s.reserve(n * 12 + 64);
  for (size_t i = 0; i < n; ++i) s += " data-a" + std::to_string(i) + "=v";
  s += "><p>The element above has very many attributes, and this is its text.</p></div></body></html>";
  return s;
}

inline std::string HugeText(size_t n) {
  std::string s = "<html><body><p>";
  s.reserve(n + 64);
  static constexpr std::string_view kWords[] = {"river ", "council ", "budget ", "said ",
                                                "the ", "of ", "naïve ", "café ", "東京 "};
  for (size_t k = 0; s.size() < n; ++k) s += kWords[(k * 7 + k / 3) % 9];
  s += "</p></body></html>";
  return s;
}

inline std::string UnclosedB(size_t n) {
  return Nested("<html><body><p>", "<b>x ", n, "</p><p>After the bold run.</p></body></html>");
}

// n formatting elements left open with distinct attributes, then n
// paragraphs: by the spec each paragraph reconstructs all n (n^2 nodes;
// 3,000 reached max_nodes and cut the page). The parser reconstructs the
// last 32, at most max_nodes / 8 clones in all.
inline std::string FormattingStorm(size_t n) {
  std::string s = "<html><body><p>";
  s.reserve(n * 24 + 64);
  static constexpr const char* kTags[] = {"b", "i", "u", "em", "strong", "font", "small", "s"};
  for (size_t k = 0; k < n; ++k) s += std::string("<") + kTags[k % 8] + " class=f" + std::to_string(k) + ">";
  s += "</p>";
  for (size_t k = 0; k < n; ++k) s += "<p>Storm paragraph.</p>";
  s += "<p>After the storm.</p></body></html>";
  return s;
}

inline std::string NestedTables(size_t n) {
  return Nested("<html><body>", "<table><tr><td>cell ", n, "innermost text");
}

// One byte in four is invalid UTF-8 (a lone continuation or lead byte);
// the page claims UTF-8 so no detector can rescue it.
inline std::string InvalidUtf8(size_t n) {
  std::string s = "<meta charset=utf-8><p>";
  s.reserve(n + 64);
  static constexpr unsigned char kBad[] = {0x80, 0xBF, 0xC0, 0xC1, 0xE0, 0xF5, 0xFF, 0xFE, 0xED};
  // Each bad byte is followed by a valid "é": the page stays UTF-8 under
  // its label (hostile39: bytes with more bad ones than valid characters
  // are plainly another charset, read without the UTF-8 label).
  for (size_t i = 0; s.size() < n; ++i) {
    s.push_back(char('a' + i % 26));
    s.push_back(char(kBad[i % 9]));
    s += "\xC3\xA9";
    if (i % 64 == 63) s += "</p><p>";
  }
  return s;
}

// NUL bytes everywhere: in text, tag names, attribute names and values.
inline std::string NulBytes(size_t n) {
  // The odd element is closed by its own (odd) name, so NULs do not turn
  // into deep nesting: that is deep_nesting's job.
  static constexpr char kRaw[] = "<p>a\0b\0\0c</p><d\0iv cl\0ass=\"x\0y\">t\0</d\0iv>";
  static const std::string kUnit = std::string(kRaw, sizeof kRaw - 1) + std::string(24, '\0');
  std::string s;
  s.reserve(n + kUnit.size());
  while (s.size() < n) s += kUnit;
  return s;
}

// A page in UTF-16LE with no byte order mark and no charset anywhere.
inline std::string Utf16NoBom(size_t n) {
  std::string ascii = BigPage(n / 2);
  std::string s;
  s.reserve(ascii.size() * 2);
  for (char c : ascii) {
    s.push_back(c);
    s.push_back('\0');
  }
  return s;
}

// The <meta> says Shift_JIS; the bytes are UTF-8 (CJK, emoji, accents).
inline std::string LyingCharset(size_t n) {
  std::string s = "<html><head><meta charset=\"shift_jis\"><title>嘘 — lies</title></head><body>";
  s.reserve(n + 256);
  while (s.size() < n)
    s += "<p>東京の天気は晴れ 😀 café naïve Zürich — “quoted” text, and more words here.</p>\n";
  s += "</body></html>";
  return s;
}

// Beyond the list: the metadata path (every <meta>, JSON-LD block
// and byline candidate is looked at) and a table body of n rows of 50 cells.
inline std::string MetadataFlood(size_t n) {
  std::string s = "<html><head><title>Flood</title>";
  s.reserve(n * 260 + 512);
  for (size_t i = 0; i < n; ++i) {
    const std::string k = std::to_string(i);
    s += "<meta name=\"author\" content=\"Person " + k + "\"><meta property=\"article:tag\" content=\"t" +
         k + "\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H" + k +
         "\",\"author\":[{\"name\":\"A" + k + "\"}],\"datePublished\":\"2024-01-01\"}</script>";
  }
  s += "</head><body><article><p class=\"byline\">By Ann Lee</p><p>The story body, long enough to be "
       "kept as the article text of this page.</p></article></body></html>";
  return s;
}

// A product page nested n deep, each level a paragraph and the rest of the
// page: every level holds all the text below it (the product page's repeat
// check once read it all at every level: quadratic).
inline std::string DeepProduct(size_t n) {
  std::string s = "<html><head><meta property=\"og:type\" content=\"product\"><title>P</title></head><body>";
  s.reserve(n * 72 + 128);
  for (size_t i = 0; i < n; ++i)
    s += "<div><p>Level " + std::to_string(i) + " of the description, with words enough to count.</p>";
  return s;
}

// Teaser cards nested n deep: each <article> has a sibling card and a
// <header> that holds the next level, the only headline at the bottom (the
// card-header check once searched each header's whole subtree for a
// headline: quadratic).
inline std::string NestedCardHeaders(size_t n) {
  return Nested("<html><body><article></article>", "<article><header><article></article>", n,
                "<h2>The only headline</h2><p>The card's text, with words enough to count.</p>");
}

// A forum thread whose reply sits at the bottom of a list nested n deep
// (the member-statistics check once read each row's whole subtree, every
// level of it: quadratic).
inline std::string DeepForumList(size_t n) {
  return Nested(
      "<html><head><meta name=\"generator\" content=\"phpBB\"><title>T</title></head><body><div>"
      "<p>The first post of the thread, with words enough to count as its prose, and a few more words.</p>",
      "<ul><li>", n, Repeat("A reply nested deep in a list, long enough to pass every short-block check. ", 4));
}

// The same list on a page that is not a thread (the short-line checks once
// read each list item's whole subtree, every level of it: quadratic).
inline std::string DeepList(size_t n) {
  std::string s = DeepForumList(n);
  s.replace(s.find("phpBB"), 5, "Hugo ");
  return s;
}

// A story whose date sits at the bottom of n nested inline elements in
// its body (the date searches once read each level's whole chain,
// every level of it: quadratic).
inline std::string DeepInlineDate(size_t n) {
  return Nested("<html><body><div class=\"post\">" + StoryBody(),
                "<span>", n, "12 May 2020");
}

// An author box whose photo has an alt text n names long, then n name and
// bio pairs (the bio-box author rule compared every bio's name with the
// whole alt: quadratic).
inline std::string BioAlt(size_t n) {
  std::string s = "<html lang=en><body><article><h1>A page</h1>" + StoryBody() + "<div><div><img alt=\"" +
                  Repeat("Jane Doe ", n) + "\"><div>";
  s.reserve(s.size() + n * 40 + 64);
  for (size_t i = 0; i < n; ++i) s += "<h3>Jane Doe</h3><p>Jane Doe is here</p>";
  return s + "</div></div></div></article></body></html>";
}

// A story whose body box has a class n words long over n paragraphs that
// open in bold (the bold-name author-box rule read every paragraph's
// ancestors' whole class: quadratic).
inline std::string BoldLeadClass(size_t n) {
  std::string s = "<html lang=en><body><article><h1>A page</h1><div class=\"" + Repeat("xq ", n) + "\">";
  s.reserve(s.size() + n * 80 + 64);
  for (size_t i = 0; i < n; ++i)
    s += "<p><strong>Note " + std::to_string(i) + "</strong> some words of prose here about the topic.</p>";
  return s + "</div></article></body></html>";
}

// A name of letters for the number k ("Baa", "Bab", ...): distinct
// person-like names without digits.
inline std::string LetterName(size_t k) {
  std::string s = "B";
  for (int i = 0; i < 4; ++i, k /= 26) s.push_back(char('a' + k % 26));
  return s;
}

// A paper's page with n Google Scholar citation_author tags, every name
// another (the scholarly author rule adds each one to the authors).
inline std::string ScholarlyAuthors(size_t n) {
  std::string s =
      "<html><head><title>A paper</title><meta name=\"citation_title\" content=\"A paper\">"
      "<meta name=\"citation_journal_title\" content=\"Journal of Tests\">";
  s.reserve(n * 64 + 512);
  for (size_t i = 0; i < n; ++i)
    s += "<meta name=\"citation_author\" content=\"" + LetterName(i) + ", " + LetterName(i * 7 + 3) + "\">";
  s += "</head><body><article><h1>A paper</h1><p>" +
       Repeat("The abstract, long enough to be kept as the article text. ", 12) + "</p></article></body></html>";
  return s;
}

// A headline at the bottom of n nested boxes, then a footer of dated
// lines (each date line in the furniture climbed from the headline to the
// root to ask whether the footer holds it).
inline std::string FurnitureDates(size_t n) {
  std::string s = Nested("<html><body>", "<div>", n, "<h1>The headline</h1>" + StoryBody());
  s += "<footer>";
  for (size_t i = 0; i < 400; ++i) s += "<p>" + std::to_string(1 + i % 28) + " May 2020</p>";
  return s + "</footer></body></html>";
}

// A headline, then a table whose first row holds n date cells and a
// header cell last (each dated cell asks whether its table has a header:
// its first row read to the <th>).
inline std::string HeadedTableDates(size_t n) {
  std::string s = "<html><body><article><h1>The headline</h1><table><tr>";
  s.reserve(n * 32 + 512);
  for (size_t i = 0; i < n; ++i) s += "<td>" + std::to_string(1 + i % 28) + " May 2020</td>";
  s += "<th>Day</th></tr></table>" + StoryBody() + "</article></body></html>";
  return s;
}

// n <time> elements in one line, each after many comments (the update
// label's look back over a <time>'s siblings counts text bytes, not nodes).
inline std::string CommentedTimes(size_t n) {
  std::string s = "<html><body><article><h1>The headline</h1><p>";
  s.reserve(n * 80 + 512);
  for (size_t i = 0; i < n; ++i) s += "<!--c--><!--c--><!--c--><time datetime=\"2020-05-01\"></time>";
  s += "</p>" + StoryBody() + "</article></body></html>";
  return s;
}

// A story with n byline lines, each another writer and a mail address
// after the name (every byline candidate is judged, its trailing address
// cut off, and its name compared with the writers already read).
inline std::string ManyMailBylines(size_t n) {
  std::string s = "<html><body><article><h1>The headline</h1>";
  s.reserve(n * 96 + 512);
  for (size_t i = 0; i < n; ++i)
    s += "<p class=\"byline\">By " + LetterName(i) + " " + LetterName(i * 5 + 1) + " " + LetterName(i) +
         "@example.com</p>";
  s += StoryBody() + "</article></body></html>";
  return s;
}

// A story of n photos, each a figure with a caption and a credit, between
// paragraphs (the caption and credit rules look at each figure's
// siblings and the text around it).
inline std::string ManyCaptions(size_t n) {
  std::string s = "<html><body><article><h1>The headline</h1>";
  s.reserve(n * 200 + 512);
  for (size_t i = 0; i < n; ++i)
    s += "<figure class=\"wp-caption\"><img src=\"/p" + std::to_string(i) +
         ".jpg\" alt=\"A photo\"><figcaption>The river at dawn. <span class=\"credit\">Photo: " + LetterName(i) +
         " " + LetterName(i + 9) + "</span></figcaption></figure><p>A paragraph of the story between the photos.</p>";
  return s + "</article></body></html>";
}

// A story followed by n sibling cards of one class, each a heading and a
// short line with a date and a writer (the card-series and date-line
// rules look at each card's siblings).
inline std::string CardSeries(size_t n) {
  std::string s = "<html><body><article><h1>The headline</h1>" + StoryBody();
  s.reserve(n * 120 + 1024);
  for (size_t i = 0; i < n; ++i)
    s += "<div class=\"card\"><h3><a href=\"/s/" + std::to_string(i) + "\">Story " + LetterName(i) +
         "</a></h3><p>" + std::to_string(1 + i % 28) + " May 2020 · By " + LetterName(i) + " Roe</p></div>";
  return s + "</article></body></html>";
}

// A story whose JSON-LD names n writers, every one another (each name is
// compared with the writers already read).
inline std::string JsonLdAuthors(size_t n) {
  std::string s = "<html><head><title>A story</title><script type=\"application/ld+json\">"
                  "{\"@type\":\"NewsArticle\",\"headline\":\"A story\",\"author\":[";
  s.reserve(n * 48 + 1024);
  for (size_t i = 0; i < n; ++i)
    s += std::string(i ? "," : "") + "{\"@type\":\"Person\",\"name\":\"" + LetterName(i) + " " +
         LetterName(i * 3 + 1) + "\"}";
  s += "]}</script></head><body><article><h1>A story</h1>" + StoryBody() + "</article></body></html>";
  return s;
}

inline std::string WideTable(size_t n) {
  std::string s = "<html><body><article><p>A table follows, with many rows of data.</p><table>";
  s.reserve(n * 560 + 256);
  for (size_t i = 0; i < n; ++i) {
    s += "<tr>";
    for (int c = 0; c < 50; ++c) s += "<td>c</td>";
    s += "</tr>";
  }
  s += "</table></article></body></html>";
  return s;
}

}  // namespace hostile

// The page generators. The container cases (gzip bomb, truncated gzip, WARC
// with a wrong Content-Length) are in hostile_test.cc: they go through the
// CLI's file reader and the WARC reader, not Extract.
inline constexpr HostileCase kHostileCases[] = {
    {"deep_nesting", "elements", 1000000, 10000, true, hostile::DeepNesting},
    {"big_page", "bytes", 100u << 20, 4u << 20, false, hostile::BigPage},
    {"many_attributes", "attributes", 1000000, 10000, true, hostile::ManyAttributes},
    {"huge_text", "bytes", 10u << 20, 2u << 20, false, hostile::HugeText},
    {"unclosed_b", "elements", 100000, 10000, true, hostile::UnclosedB},
    {"nested_tables", "tables", 10000, 1000, false, hostile::NestedTables},
    {"formatting_storm", "elements and paragraphs", 100000, 2000, true, hostile::FormattingStorm},
    {"invalid_utf8", "bytes", 16u << 20, 1u << 20, false, hostile::InvalidUtf8},
    {"nul_bytes", "bytes", 16u << 20, 1u << 20, false, hostile::NulBytes},
    {"utf16_no_bom", "bytes", 16u << 20, 1u << 20, false, hostile::Utf16NoBom},
    {"lying_charset", "bytes", 16u << 20, 1u << 20, false, hostile::LyingCharset},
    {"metadata_flood", "meta+JSON-LD groups", 100000, 5000, false, hostile::MetadataFlood},
    {"wide_table", "rows of 50 cells", 100000, 2000, false, hostile::WideTable},
    {"deep_product", "levels", 100000, 5000, false, hostile::DeepProduct},
    {"nested_card_headers", "levels", 100000, 5000, false, hostile::NestedCardHeaders},
    {"deep_forum_list", "levels", 100000, 5000, false, hostile::DeepForumList},
    {"deep_list", "levels", 100000, 5000, false, hostile::DeepList},
    {"deep_inline_date", "levels", 100000, 5000, false, hostile::DeepInlineDate},
    {"bio_alt", "name and bio pairs", 100000, 5000, false, hostile::BioAlt},
    {"bold_lead_class", "paragraphs and class words", 100000, 5000, false, hostile::BoldLeadClass},
    {"scholarly_authors", "citation_author tags", 100000, 2000, false, hostile::ScholarlyAuthors},
    {"furniture_dates", "levels", 100000, 5000, false, hostile::FurnitureDates},
    {"headed_table_dates", "date cells", 100000, 5000, false, hostile::HeadedTableDates},
    {"commented_times", "times", 100000, 5000, false, hostile::CommentedTimes},
    {"many_mail_bylines", "bylines", 100000, 5000, false, hostile::ManyMailBylines},
    {"many_captions", "figures", 100000, 5000, false, hostile::ManyCaptions},
    {"card_series", "cards", 100000, 5000, false, hostile::CardSeries},
    {"jsonld_authors", "writers", 100000, 5000, false, hostile::JsonLdAuthors},
};

}  // namespace lede::testing

#endif  // LEDE_TESTS_HOSTILE_PAGES_H_
