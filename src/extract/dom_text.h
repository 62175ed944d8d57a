// Text of DOM subtrees, as metadata and the content stage read it.
#ifndef LEDE_EXTRACT_DOM_TEXT_H_
#define LEDE_EXTRACT_DOM_TEXT_H_

#include <string>
#include <string_view>

#include "dom/document.h"

namespace lede {

// The text of `node`'s subtree with whitespace collapsed and trimmed,
// skipping script/style/template content and a select's or datalist's
// options (not shown as text). Block boundaries become spaces.
// Stops after `max_bytes` of output.
std::string CollapsedText(const Node* node, size_t max_bytes = 1u << 20);
// The same into *out (cleared first), reusing its memory: for loops.
void CollapsedTextInto(const Node* node, size_t max_bytes, std::string* out);
// The same, visiting at most `max_nodes` nodes of the subtree (for a check
// that only a small block can pass): false, with the text so far, when the
// subtree has more.
bool CollapsedTextInto(const Node* node, size_t max_bytes, size_t max_nodes, std::string* out);

// Nodes ScanText looks at by default.
inline constexpr size_t kScanMaxNodes = 1024;

// A cheap look at a subtree's text before building it: its byte count (up
// to `limit`, then `over` is set and the walk stops) and whether it has a
// digit (looked for only with `find_digit`: a caller that asks only the
// size is spared reading the bytes; nor in the text that makes it `over`).
// Allocates nothing.
struct TextScan {
  size_t bytes = 0;
  bool digit = false;
  bool over = false;
};
// Reads at most `max_nodes` nodes: a subtree of more (a chain of a million
// empty wrappers) is `over` too, so a scan costs a constant.
TextScan ScanText(const Node* node, size_t limit, bool find_digit = true, size_t max_nodes = kScanMaxNodes);

// Whether `n` is a permalink to a heading (an <a href="#..."> that shows
// one mark, "\xC2\xB6" or "#", no letter or digit): a documentation
// generator's control printed in the heading, not its words. Reads at most
// a few nodes of it.
bool IsHeadingPermalink(const Node* n);

// Lower-cased letters and digits only, single spaces between words: for
// comparing a headline with the page's title, a block with the dek.
std::string NormalizeForCompare(std::string_view s);
// NormalizeForCompare(s) == normalized, without building the string: stops
// at the first byte that differs.
bool NormalizedEquals(std::string_view s, std::string_view normalized);
// Whether NormalizeForCompare(s) contains `needle` (normalized), without
// normalizing more of `s` than it takes to find it.
bool NormalizedContains(std::string_view s, std::string_view needle);
// Whether NormalizeForCompare(s) starts with `prefix` (normalized): stops at
// the first byte that differs.
bool NormalizedStartsWith(std::string_view s, std::string_view prefix);

// A short CSS-like path for reports: "body>div.article-body>p#intro".
std::string DescribePath(const Node* node);

// One element as "tag#id.class1.class2" (full class list), for reports.
std::string DescribeElement(const Node* node);

// The first words of a node's text (about 60 bytes), for reports.
std::string PreviewText(const Node* node);

}  // namespace lede

#endif  // LEDE_EXTRACT_DOM_TEXT_H_
