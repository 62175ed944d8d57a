// The html5lib test-suite tree format ("#document" sections of the
// tree-construction .dat files): one line per node, "| " then two spaces
// per level, elements as <name> with "svg "/"math " prefixes, attributes
// sorted on the lines below, text in quotes, comments as <!-- x -->,
// template contents under a "content" line.
#ifndef LEDE_DOM_TREE_FORMAT_H_
#define LEDE_DOM_TREE_FORMAT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "dom/document.h"

namespace lede {

// The children of `root` (a Document or element) and their subtrees, each
// line ending in '\n'. Iterative: any depth is fine.
std::string FormatHtml5libTree(const Node* root);
// The same text handed to `sink` in pieces of about `chunk_bytes` (whole
// lines), never held whole: a tree nested n deep prints n^2 spaces of
// indentation (40,000 levels, 200 KB of markup: 1.6 GB), which `lede debug
// tree` streams instead of building in memory.
void FormatHtml5libTree(const Node* root, const std::function<void(std::string_view)>& sink,
                        size_t chunk_bytes = 64u << 10);

}  // namespace lede

#endif  // LEDE_DOM_TREE_FORMAT_H_
