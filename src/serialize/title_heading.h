// The body heading that repeats the article's title, shared by the HTML and
// Markdown writers: both print the title above the body and leave it out.
#ifndef LEDE_SERIALIZE_TITLE_HEADING_H_
#define LEDE_SERIALIZE_TITLE_HEADING_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "core/text.h"
#include "lede/lede.h"

namespace lede {

// Whether body node `n` is a heading whose words are `title`'s (white
// space ignored; its first kHeadingReadNodes nodes read).
inline bool HeadingRepeats(const Body& b, uint32_t n, std::string_view title) {
  constexpr int kHeadingReadNodes = 32;
  if (b.nodes[n].kind != BodyKind::kHeading) return false;
  std::string text;
  int seen = 0;
  uint32_t stack[kHeadingReadNodes];
  int top = 0;
  // Depth-first, in order, through an explicit stack of next siblings.
  uint32_t c = b.nodes[n].first_child;
  while (c) {
    if (++seen > kHeadingReadNodes) return false;
    const BodyNode& cn = b.nodes[c];
    if (cn.kind == BodyKind::kText)
      for (char ch : b.str(cn))
        if (!IsAsciiSpace(ch)) text.push_back(ch);
    if (cn.first_child && cn.kind != BodyKind::kImage) {  // (an image's alt is not shown)
      if (cn.next_sibling) {
        if (top == kHeadingReadNodes) return false;
        stack[top++] = cn.next_sibling;
      }
      c = cn.first_child;
    } else if (cn.next_sibling) {
      c = cn.next_sibling;
    } else {
      c = top ? stack[--top] : 0;
    }
  }
  std::string want;
  for (char ch : title)
    if (!IsAsciiSpace(ch)) want.push_back(ch);
  return !want.empty() && text == want;
}

// The body's opening heading when it repeats `a.title` (a product's or a docs
// page's <h1>, kept in the body outside articles), else 0. Empty blocks
// before it are passed over (an emptied price line).
inline uint32_t TitleHeading(const Article& a) {
  if (!a.title || a.body.nodes.empty()) return 0;
  const Body& b = a.body;
  uint32_t first = b.nodes[0].first_child;
  for (int k = 0; first && k < 4 && b.nodes[first].first_child == 0; ++k) first = b.nodes[first].next_sibling;
  return first && HeadingRepeats(b, first, *a.title) ? first : 0;
}

}  // namespace lede

#endif  // LEDE_SERIALIZE_TITLE_HEADING_H_
