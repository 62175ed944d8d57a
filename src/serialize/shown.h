// What the HTML and Markdown writers both leave out, so that a node one of
// them skips the other skips too (hostile38 found an image in a code span
// written by the HTML writer, dropped by the Markdown one, which wrote an
// empty "``" in its place).
#ifndef LEDE_SERIALIZE_SHOWN_H_
#define LEDE_SERIALIZE_SHOWN_H_

#include <cstdint>
#include <vector>

#include "lede/lede.h"

namespace lede {

// Whether body node `n` is a block with nothing in it, which neither writer
// prints: a paragraph, a caption, a table row (a row's empty paragraph is
// no cell), a list or a definition list without children. (An empty
// heading, item or cell is written by both: "## ", "- ", "| |".)
inline bool EmptyBlock(const BodyNode& n) {
  if (n.first_child) return false;
  switch (n.kind) {
    case BodyKind::kParagraph: case BodyKind::kCaption: case BodyKind::kTableRow: case BodyKind::kList:
    case BodyKind::kDefinitionList:
      return true;
    default:
      return false;
  }
}

// Images inside code (a code span, a code block) are not printed: code is
// its text, and Markdown code cannot hold a picture. A code span with no
// text left is not printed at all (Markdown's "``" is two backticks, not an
// empty span): whether code node `n` holds text, a line break or a
// character, outside images.
inline bool CodeHasText(const Body& b, uint32_t n) {
  std::vector<uint32_t> next;  // (explicit: a body may nest deeply)
  for (uint32_t c = b.nodes[n].first_child; c || !next.empty();) {
    if (!c) {
      c = next.back();
      next.pop_back();
      continue;
    }
    const BodyNode& node = b.nodes[c];
    if ((node.kind == BodyKind::kText && node.str_size) || node.kind == BodyKind::kLineBreak) return true;
    if (node.kind != BodyKind::kImage && node.first_child) {
      if (node.next_sibling) next.push_back(node.next_sibling);
      c = node.first_child;
    } else {
      c = node.next_sibling;
    }
  }
  return false;
}

}  // namespace lede

#endif  // LEDE_SERIALIZE_SHOWN_H_
