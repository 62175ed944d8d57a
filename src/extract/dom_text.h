// Text of DOM subtrees, as metadata and the content stage read it.
#ifndef LEDE_EXTRACT_DOM_TEXT_H_
#define LEDE_EXTRACT_DOM_TEXT_H_

#include <string>
#include <string_view>

#include "core/text.h"
#include "dom/document.h"
#include "dom/tag.h"

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
// The same, passing over the subtrees of the elements below `node` that
// `skip` names as well (a link's words as a reader sees them, without the
// ones hidden for screen readers).
template <typename Skip>
bool CollapsedTextInto(const Node* node, size_t max_bytes, size_t max_nodes, std::string* out, Skip&& skip);

// The tag of an element whose subtree shows no text, which CollapsedText
// passes over: script, style, template and noscript content, a select's or
// datalist's options.
inline bool HidesItsText(TagId t) {
  switch (t) {
    case TagId::kScript: case TagId::kStyle: case TagId::kTemplate:
    case TagId::kNoscript: case TagId::kSelect: case TagId::kDatalist:
    // (A drawing's words, an icon's <title> "clock-rotate-left" before
    // "Last updated": the body leaves them out, and so does a line's read.)
    case TagId::kSvg:
      return true;
    default:
      return false;
  }
}

// Blank nodes (white-space text, comments) passed over at most by
// NextElementFrom and PrevElementFrom.
inline constexpr int kBlankSiblingsSkipped = 4;
// White-space text or a comment: nothing a reader sees between siblings.
inline bool IsBlankNode(const Node* n) { return !n->is_element() && (!n->is_text() || Trim(n->data).empty()); }
// `s` when it is an element, else the first element after it among its
// siblings past blank nodes (kBlankSiblingsSkipped at most); null when
// text with words or nothing comes first. NextElementFrom(e->next) is the
// element after `e`, NextElementFrom(e->first_child) its first child.
inline const Node* NextElementFrom(const Node* s) {
  for (int k = 0; k < kBlankSiblingsSkipped && s && IsBlankNode(s); ++k) s = s->next;
  return s && s->is_element() ? s : nullptr;
}
// The same backwards: PrevElementFrom(e->prev()) is the element before `e`.
inline const Node* PrevElementFrom(const Node* s) {
  for (int k = 0; k < kBlankSiblingsSkipped && s && IsBlankNode(s); ++k) s = s->prev();
  return s && s->is_element() ? s : nullptr;
}

// The first of `e`'s first `max_nodes` descendants (in document order)
// that satisfies `pred`; null when none does.
template <typename Pred>
const Node* FirstDescendantWithin(const Node* e, int max_nodes, Pred pred) {
  for (const Node* d = e->first_child; d && max_nodes-- > 0; d = NextInTree(d, e))
    if (pred(d)) return d;
  return nullptr;
}

// Whether `e` holds a picture (<img>, <picture>, an inline <svg>) among
// its first `max_nodes` descendants: a logo set in a heading, a tile's
// picture in a link.
inline bool HoldsImage(const Node* e, int max_nodes = 16) {
  return FirstDescendantWithin(e, max_nodes, [](const Node* d) {
           return d->Is(TagId::kImg) || d->Is(TagId::kPicture) || d->Is(TagId::kSvg);
         }) != nullptr;
}

// Nodes ScanText looks at by default.
inline constexpr size_t kScanMaxNodes = 1024;

// A cheap look at a subtree's text before building it: its byte count (up
// to `limit`, then `over` is set and the walk stops) and whether it has a
// digit, ASCII or native (HasNativeDigit) (looked for only with
// `find_digit`: a caller that asks only the size is spared reading the
// bytes; nor in the text that makes it `over`).
// Allocates nothing.
struct TextScan {
  size_t bytes = 0;
  bool digit = false;
  bool over = false;
};
// Reads at most `max_nodes` nodes: a subtree of more (a chain of a million
// empty wrappers) is `over` too, so a scan costs a constant.
TextScan ScanText(const Node* node, size_t limit, bool find_digit = true, size_t max_nodes = kScanMaxNodes);

// Whether an href points within the page itself: "#" alone or "#name"
// (a heading's permalink, a script's toggle), not another page.
bool IsFragmentHref(std::string_view href);
// Whether an href names a place on the page ("#answer-2", a panel an
// accordion's toggle opens): a fragment with a name, not "#" alone (a
// script's dropdown or menu toggle).
bool IsNamedFragmentHref(std::string_view href);

// Whether `n` is a permalink to a heading (an <a href="#..."> that shows
// one mark, "¶" or "#", no letter or digit): a documentation
// generator's control printed in the heading, not its words. Reads at most
// a few nodes of it.
bool IsHeadingPermalink(const Node* n);

// Lower-cased letters and digits only, single spaces between words: for
// comparing a headline with the page's title, a block with the dek.
std::string NormalizeForCompare(std::string_view s);
// NormalizeForCompare(s) written into `out` (its buffer reused, no memo):
// for loops over candidates that would otherwise build a string each.
// `s` must not point into `out`.
void NormalizeForCompareInto(std::string_view s, std::string* out);
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

// Leading white space of a text node skipped before a byte limit cuts it.
inline constexpr size_t kMaxLeadingSpace = 4096;

template <typename Skip>
bool CollapsedTextInto(const Node* node, size_t max_bytes, size_t max_nodes, std::string* out, Skip&& skip) {
  out->clear();
  bool pending = false;
  for (const Node* n = node; n; --max_nodes) {
    if (max_nodes == 0) return false;
    if (n->is_element() && n != node && (HidesItsText(n->tag) || skip(n))) {
      n = NextSkippingChildren(n, node);
      continue;
    }
    // Text after a block ends starts a new word ("<p>Jane Doe</p><small>May
    // 2</small>" reads "Jane Doe May 2").
    if (n != node && n->prev() && n->prev()->is_element() && IsBlockTag(n->prev()->tag)) pending = true;
    if (n->is_text()) {
      // A text node longer than what is left is read up to the limit only
      // (cut on a character boundary), and ends the text.
      const size_t left = max_bytes > out->size() ? max_bytes - out->size() : 0;
      if (n->data.size() > left) {
        // Indentation before the text does not count against the limit
        // (a template's "\n" and forty spaces before "Posts: 4032"); it is
        // skipped up to kMaxLeadingSpace bytes.
        std::string_view d = n->data;
        size_t lead = 0;
        while (lead < d.size() && lead < kMaxLeadingSpace) {
          const size_t sp = UnicodeSpaceAt(d, lead);
          if (!sp) break;
          lead += sp;
        }
        if (lead) pending = true;
        d.remove_prefix(lead);
        if (d.size() > left) {
          AppendCollapsed(Utf8Prefix(d, left), out, &pending);
          break;
        }
        AppendCollapsed(d, out, &pending);
        if (out->size() >= max_bytes) break;
        n = NextInTree(n, node);
        continue;
      }
      AppendCollapsed(n->data, out, &pending);
      if (out->size() >= max_bytes) break;
    } else if (n->is_element() && (IsBlockTag(n->tag) || n->tag == TagId::kBr)) {
      pending = true;
    }
    n = NextInTree(n, node);
  }
  return true;
}

// Whether `e` lies in a cell (three levels up at most: "<td><p>") of a data
// table, one with a header (a <th> in its first row, a <thead> or a
// <caption>): its cells are data even when one reads as a date.
bool InHeadedTableCell(const Node* e);

}  // namespace lede

#endif  // LEDE_EXTRACT_DOM_TEXT_H_
