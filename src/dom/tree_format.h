// The html5lib test-suite tree format ("#document" sections of the
// tree-construction .dat files): one line per node, "| " then two spaces
// per level, elements as <name> with "svg "/"math " prefixes, attributes
// sorted on the lines below, text in quotes, comments as <!-- x -->,
// template contents under a "content" line.
#ifndef LEDE_DOM_TREE_FORMAT_H_
#define LEDE_DOM_TREE_FORMAT_H_

#include <string>

#include "dom/document.h"

namespace lede {

// The children of `root` (a Document or element) and their subtrees, each
// line ending in '\n'. Iterative: any depth is fine.
std::string FormatHtml5libTree(const Node* root);

}  // namespace lede

#endif  // LEDE_DOM_TREE_FORMAT_H_
