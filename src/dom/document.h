// The arena DOM. A Document owns every node and attribute of one parsed
// page in a single Arena; nodes are freed together with it. Strings are
// views into the arena, into static tag tables, or into the text the
// Document was parsed from: the parser leaves text, comments, attribute
// values and unlisted tag names pointing into its input when no decoding was
// needed (html/parser.h). So a Document must not be used after the input it
// was parsed from is freed or changed.
//
// Move-only. Not thread-safe; separate Documents are independent.
#ifndef LEDE_DOM_DOCUMENT_H_
#define LEDE_DOM_DOCUMENT_H_

#include <climits>
#include <cstdint>
#include <string_view>

#include "core/arena.h"
#include "dom/tag.h"

namespace lede {

enum class NodeType : uint8_t { kDocument, kElement, kText, kComment, kDoctype };
enum class Namespace : uint8_t { kHtml, kSvg, kMathMl };

struct Attribute {
  std::string_view name;  // lower-case for HTML elements
  std::string_view value;
  // Foreign attributes with a namespace (xlink:href) keep their prefix in
  // `name`; `ns_prefix` is "xlink", "xml", "xmlns" or "".
  std::string_view ns_prefix;
};

struct Node {
  NodeType type = NodeType::kElement;
  Namespace ns = Namespace::kHtml;
  TagId tag = TagId::kUnknown;
  uint32_t num_attrs = 0;
  uint32_t id = 0;  // creation order, unique within the Document (for side tables)
  Node* parent = nullptr;
  Node* first_child = nullptr;
  Node* last_child = nullptr;
  Node* next = nullptr;  // next sibling
  Node* prev = nullptr;  // previous sibling
  // Element: tag name (lower-case for HTML). Text/comment: the data.
  // Doctype: the name (public and system ids are attributes "public",
  // "system" when present).
  std::string_view data;
  Attribute* attrs = nullptr;

  bool is_element() const { return type == NodeType::kElement; }
  bool is_text() const { return type == NodeType::kText; }
  bool Is(TagId t) const { return type == NodeType::kElement && tag == t && ns == Namespace::kHtml; }

  // Value of attribute `name` (lower-case), or "" when absent.
  // (Inline: callers name a literal, whose length the comparison then
  // knows at compile time.)
  std::string_view Attr(std::string_view name) const {
    for (uint32_t i = 0; i < num_attrs; ++i)
      if (attrs[i].name == name) return attrs[i].value;
    return {};
  }
  bool HasAttr(std::string_view name) const {
    for (uint32_t i = 0; i < num_attrs; ++i)
      if (attrs[i].name == name) return true;
    return false;
  }
};

// Pre-order traversal: the node after `n` within the subtree of `root`.
inline const Node* NextInTree(const Node* n, const Node* root) {
  if (n->first_child) return n->first_child;
  while (n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return nullptr;
}
// Pre-order traversal skipping the children of `n`.
inline const Node* NextSkippingChildren(const Node* n, const Node* root) {
  while (n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return nullptr;
}
// Whether `n` is `ancestor` or lies below it within `max_levels` levels
// (`max_levels` parents climbed at most; 0: only `n` itself).
inline bool IsWithin(const Node* n, const Node* ancestor, int max_levels = INT_MAX) {
  for (; n && max_levels-- >= 0; n = n->parent)
    if (n == ancestor) return true;
  return false;
}
// The first element of tag `tag` in the subtree of `root` (itself
// included), in document order; null when there is none.
inline const Node* FindElement(const Node* root, TagId tag) {
  for (const Node* n = root; n; n = NextInTree(n, root))
    if (n->is_element() && n->tag == tag) return n;
  return nullptr;
}
inline Node* NextInTree(Node* n, const Node* root) {
  return const_cast<Node*>(NextInTree(static_cast<const Node*>(n), root));
}
inline Node* NextSkippingChildren(Node* n, const Node* root) {
  return const_cast<Node*>(NextSkippingChildren(static_cast<const Node*>(n), root));
}

class Document {
 public:
  Document();
  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  Node* root() { return root_; }
  const Node* root() const { return root_; }
  Arena& arena() { return arena_; }

  // Clears the tree and all memory but keeps the arena's largest block.
  void Reset();

  // Node creation. Strings are NOT copied: pass views that outlive the
  // Document (arena copies, or static names). Use CopyString for others.
  Node* CreateElement(TagId tag, std::string_view name, Namespace ns = Namespace::kHtml);
  Node* CreateText(std::string_view text);
  Node* CreateComment(std::string_view text);
  Node* CreateDoctype(std::string_view name);
  std::string_view CopyString(std::string_view s) { return arena_.Copy(s); }
  // Allocates room for `n` attributes on `element` (replacing any).
  Attribute* AllocateAttributes(Node* element, uint32_t n);

  static void AppendChild(Node* parent, Node* child);
  static void InsertBefore(Node* parent, Node* child, Node* ref);  // ref null: append
  static void Detach(Node* node);

  // The <html>, <head>, <body> elements (nullptr if missing).
  const Node* html() const;
  const Node* head() const;
  const Node* body() const;

  size_t node_count() const { return node_count_; }
  // True when the parser stopped adding nodes at a limit.
  bool truncated() const { return truncated_; }
  void set_truncated(bool t) { truncated_ = t; }
  bool quirks() const { return quirks_; }
  void set_quirks(bool q) { quirks_ = q; }

 private:
  Node* NewNode(NodeType type);
  Arena arena_;
  Node* root_ = nullptr;
  size_t node_count_ = 0;
  bool truncated_ = false;
  bool quirks_ = false;
};

}  // namespace lede

#endif  // LEDE_DOM_DOCUMENT_H_
