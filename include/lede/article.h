// Article: what lede extracts from one page. A plain value that owns all its
// strings, so it outlives the parsed document and the input bytes.
#ifndef LEDE_ARTICLE_H_
#define LEDE_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

// The body as a small tree of the structure worth keeping: blocks
// (paragraphs, headings, lists, definition lists, tables, code, quotes) and
// inline marks (links, emphasis, code, sub- and superscripts, line breaks,
// images). Serializers render it as text, Markdown or HTML. Nodes are
// stored flat; index 0 is the root.
enum class BodyKind : uint8_t {
  kRoot,
  kParagraph,
  kHeading,     // level = 1..6
  kList,        // level: kListOrdered for <ol> (else unordered), kListReversed
                // (<ol reversed>), the number style shifted by kListTypeShift
                // (<ol type>: 0 "1", 1 "a", 2 "A", 3 "i", 4 "I"); str = an
                // ordered list's first number (<ol start>) in decimal, when
                // not 1 (a reversed list's whenever given)
  kListItem,    // str = its own number (<li value>, in an ordered list), in
                // decimal, when given: it numbers the item and those after
  kTable,
  kTableRow,
  kTableCell,   // level = 1 for a header cell; colspan, rowspan (may be empty)
  kCodeBlock,   // str = language class, if any; children are text
  kBlockquote,
  kText,        // str = text (whitespace collapsed, except inside code)
  kLineBreak,
  kLink,        // str = href (resolved when the page URL is known)
  kEmphasis,
  kStrong,
  kInlineCode,
  kSuperscript,     // level = 1 for a footnote's reference ("[1]" in the text)
  kSubscript,
  kDefinitionList,  // children: kDefinitionTerm and kDefinition, in page order
  kDefinitionTerm,
  kDefinition,
  kImage,       // str = src (resolved when the page URL is known); children =
                // its alt text; level bit 1 when a space comes before it, bit 2 when
                // one comes after it (it opens a block before words). Not
                // in the plain text.
  kCaption,     // a figure's caption (<figcaption>); children are text. A
                // block, shown in Markdown and HTML, not in the plain text.
};

// kList's level bits.
inline constexpr uint8_t kListOrdered = 1;
inline constexpr uint8_t kListReversed = 2;
inline constexpr int kListTypeShift = 2;  // 3 bits: the index into kListNumberTypes
// <ol type>'s values, in the order of that index: digits, letters, roman numerals.
inline constexpr std::string_view kListNumberTypes = "1aAiI";
// The largest list number kept (kList's start, kListItem's value), in
// magnitude: nine digits, as many as a CommonMark list marker holds.
inline constexpr long kMaxListNumber = 999999999;

struct BodyNode {
  BodyKind kind = BodyKind::kRoot;
  uint8_t level = 0;
  uint32_t first_child = 0;   // 0 = none (the root is never a child)
  uint32_t last_child = 0;
  uint32_t next_sibling = 0;  // 0 = none
  uint32_t str_begin = 0;     // into Body::strings
  uint32_t str_size = 0;
  // kTableCell: the columns and rows it spans (1..kMaxCellSpan).
  uint16_t colspan = 1;
  uint16_t rowspan = 1;
};

// The widest span kept: a cell's colspan and rowspan above it are cut to it
// (a page's colspan="5000" would widen every row of a Markdown table).
inline constexpr uint16_t kMaxCellSpan = 100;

struct Body {
  std::vector<BodyNode> nodes;  // nodes[0] is the root once non-empty
  std::string strings;

  bool empty() const { return nodes.size() <= 1; }
  std::string_view str(const BodyNode& n) const {
    return std::string_view(strings).substr(n.str_begin, n.str_size);
  }
};

struct Image {
  std::optional<std::string> url;
  std::optional<std::string> alt;
  std::optional<std::string> caption;
  std::optional<std::string> credit;
};

struct Article {
  std::optional<std::string> url;            // as given by the caller
  std::optional<std::string> title;          // the headline, without site suffix
  std::optional<std::string> section;        // kicker / section label
  std::optional<std::string> dek;            // standfirst / subheadline
  std::vector<std::string> authors;          // person names
  std::optional<std::string> publisher;      // the organisation that publishes
  std::optional<std::string> date_published; // ISO 8601
  std::optional<std::string> date_modified;  // ISO 8601
  std::optional<std::string> site_name;
  std::optional<std::string> language;       // ISO 639 code from markup ("en"), else detected
  // The language CLD2 reads in the body, when it reads one reliably.
  std::optional<std::string> language_detected;
  std::optional<std::string> canonical_url;
  std::optional<std::string> description;    // meta description, verbatim
  Image image;
  std::vector<std::string> tags;

  // What kind of page this is: "article", "forum" (a discussion thread:
  // replies are content), "product", "listing" (a collection or list of
  // items) or "page" (anything else).
  std::string page_type = "article";

  Body body;
  // Plain text of the body: blocks separated by a blank line.
  std::string text;
  // The comment section as plain text, when ExtractOptions::comments asked
  // for it and the page has one.
  std::optional<std::string> comments;

  // Where each metadata field came from: {"date_published", "json-ld"},
  // {"title", "h1"}, {"authors", "meta:author"}...
  std::vector<std::pair<std::string, std::string>> sources;

  // What the decoder did: the charset used and where it came from
  // ("bom", "caller", "meta", "detected", "default").
  std::string charset;
  std::string charset_source;
  // Sequences of doubly-encoded text the decoder repaired ("â€™" to "’");
  // 0 when the page had none or ExtractOptions::repair_mojibake was off.
  size_t mojibake_repaired = 0;

  // Names of the limits (options.h) this page hit while still giving an
  // article built from what was processed: "max_nodes", "time_budget_ms";
  // from a WARC, "payload_truncated" (the HTTP payload was cut short).
  // Empty for a page processed whole.
  std::vector<std::string> limits_hit;
};

}  // namespace lede

#endif  // LEDE_ARTICLE_H_
