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
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/arena.h"
#include "dom/tag.h"

namespace lede {

enum class NodeType : uint8_t { kDocument, kElement, kText, kComment, kDoctype };
enum class Namespace : uint8_t { kHtml, kSvg, kMathMl };

// A string view in 12 bytes (pointer + 32-bit length), stored packed in
// Node and Attribute so that they need no padding for a std::string_view's
// 64-bit length. Reads like a std::string_view (it converts to one, and
// offers the members callers use); no string a Document holds reaches
// 4 GiB (Extractor::Extract refuses inputs past kMaxInputBytesCap, 1 GiB,
// whatever max_input_bytes says: their UTF-8 is at most 3 GiB).
struct [[gnu::packed]] ShortView {
  const char* ptr_ = nullptr;
  uint32_t len_ = 0;

  constexpr ShortView() = default;
  constexpr ShortView(std::string_view s) : ptr_(s.data()), len_(uint32_t(s.size())) {}  // NOLINT: implicit
  constexpr ShortView(const char* s) : ShortView(std::string_view(s)) {}  // NOLINT: implicit
  constexpr operator std::string_view() const { return {ptr_, len_}; }  // NOLINT: implicit
  constexpr std::string_view view() const { return {ptr_, len_}; }

  using size_type = std::string_view::size_type;
  static constexpr size_type npos = std::string_view::npos;
  constexpr const char* data() const { return ptr_; }
  constexpr size_type size() const { return len_; }
  constexpr size_type length() const { return len_; }
  constexpr bool empty() const { return len_ == 0; }
  constexpr const char* begin() const { return ptr_; }
  constexpr const char* end() const { return ptr_ + len_; }
  constexpr char operator[](size_type i) const { return ptr_[i]; }
  constexpr char front() const { return ptr_[0]; }
  constexpr char back() const { return ptr_[len_ - 1]; }
  constexpr std::string_view substr(size_type pos = 0, size_type n = npos) const { return view().substr(pos, n); }
  template <typename T>
  constexpr size_type find(const T& x, size_type pos = 0) const { return view().find(x, pos); }
  template <typename T>
  constexpr size_type rfind(const T& x, size_type pos = npos) const { return view().rfind(x, pos); }
  template <typename T>
  constexpr size_type find_first_of(const T& x, size_type pos = 0) const { return view().find_first_of(x, pos); }
  template <typename T>
  constexpr size_type find_first_not_of(const T& x, size_type pos = 0) const {
    return view().find_first_not_of(x, pos);
  }
  template <typename T>
  constexpr size_type find_last_of(const T& x, size_type pos = npos) const { return view().find_last_of(x, pos); }
  template <typename T>
  constexpr size_type find_last_not_of(const T& x, size_type pos = npos) const {
    return view().find_last_not_of(x, pos);
  }
  template <typename T>
  constexpr bool starts_with(const T& x) const { return view().starts_with(x); }
  template <typename T>
  constexpr bool ends_with(const T& x) const { return view().ends_with(x); }
  template <typename T>
  constexpr bool contains(const T& x) const { return view().find(x) != npos; }
  constexpr int compare(std::string_view x) const { return view().compare(x); }

  friend constexpr bool operator==(ShortView a, std::string_view b) { return a.view() == b; }
  friend constexpr auto operator<=>(ShortView a, std::string_view b) { return a.view() <=> b; }
};
static_assert(sizeof(ShortView) == 12);

struct alignas(8) Attribute {
  ShortView name;  // lower-case for HTML elements
  ShortView value;
  // Foreign attributes with a namespace (xlink:href) keep their prefix in
  // `name`; `ns_prefix()` is "xlink", "xml", "xmlns" or "" (AttrNs).
  enum class Ns : uint8_t { kNone, kXlink, kXml, kXmlns };
  Ns ns = Ns::kNone;
  std::string_view ns_prefix() const {
    switch (ns) {
      case Ns::kXlink: return "xlink";
      case Ns::kXml: return "xml";
      case Ns::kXmlns: return "xmlns";
      case Ns::kNone: break;
    }
    return {};
  }
  // Sets `ns` from a prefix named as above ("" or any other: none).
  void set_ns_prefix(std::string_view p) {
    ns = p == "xlink" ? Ns::kXlink : p == "xml" ? Ns::kXml : p == "xmlns" ? Ns::kXmlns : Ns::kNone;
  }
};
static_assert(sizeof(Attribute) <= 32, "Attribute: two ShortViews and a byte");

// An element keeps its first kMaxAttributes attributes: the tokenizer drops
// the ones after (as it drops a duplicate name; past the cap it keeps those
// with a value before bare names), and so do the tree
// builder's merges (a second <html> or <body>) and Document's
// AllocateAttributes. This one-byte count and the one-byte TagId buy `Node`
// the room for `eid`. Real markup stays far under it (the benchmark pages:
// at most ~70 on an element, and 136 distinct where an unclosed tag took a
// run of words as attribute names, a browser's junk too).
inline constexpr uint32_t kMaxAttributes = 0xFF;

// Node::eid of the document node (row 0 is the shared row of non-elements).
inline constexpr uint32_t kDocumentEid = 1;

struct Node {
  // Element: tag name (lower-case for HTML). Text/comment: the data.
  // Doctype: the name (public and system ids are attributes "public",
  // "system" when present). First, so that its pointer is 8-aligned and the
  // 12-byte view and the fields below fill three words.
  ShortView data;
  NodeType type = NodeType::kElement;
  Namespace ns = Namespace::kHtml;
  TagId tag = TagId::kUnknown;
  uint8_t num_attrs = 0;  // at most kMaxAttributes
  uint32_t id = 0;  // creation order, unique within the Document (document-order tests)
  // Element number: the document node 1, elements 2, 3... in creation order
  // (foster-parented, adoption-agency, template and fragment elements
  // alike), every other node 0. Side tables over elements only are sized by
  // Document::element_rows() and indexed by it; row 0 is shared by text,
  // comment and doctype nodes, so a table read at any node reads its
  // element's row or a zero one.
  uint32_t eid = 0;
  Node* parent = nullptr;
  Node* first_child = nullptr;
  Node* next = nullptr;  // next sibling; null for the last child
  Attribute* attrs = nullptr;

  // The previous sibling; null for the first child (and a detached node).
  // (For the first child `prev_or_last_` is the last child, whose `next` is
  // null; for every other node it is the previous sibling, whose `next` is
  // the node.)
  const Node* prev() const { return prev_or_last_ && prev_or_last_->next ? prev_or_last_ : nullptr; }
  Node* prev() { return prev_or_last_ && prev_or_last_->next ? prev_or_last_ : nullptr; }
  // The last child; null when there is none.
  const Node* last_child() const { return first_child ? first_child->prev_or_last_ : nullptr; }
  Node* last_child() { return first_child ? first_child->prev_or_last_ : nullptr; }

  bool is_element() const { return type == NodeType::kElement; }
  bool is_text() const { return type == NodeType::kText; }
  bool Is(TagId t) const { return type == NodeType::kElement && tag == t && ns == Namespace::kHtml; }

  // Value of attribute `name` (lower-case), or "" when absent.
  // (Inline: callers name a literal, whose length the comparison then
  // knows at compile time.)
  // (Always: GCC left it out of line in a few hundred callers, a call and
  // a memcmp per attribute where a literal's length and bytes compare in
  // place.)
  [[gnu::always_inline]] std::string_view Attr(std::string_view name) const {
    for (uint32_t i = 0; i < num_attrs; ++i)
      if (NameIs(attrs[i].name, name)) return attrs[i].value.view();
    return {};
  }
  [[gnu::always_inline]] bool HasAttr(std::string_view name) const {
    for (uint32_t i = 0; i < num_attrs; ++i)
      if (NameIs(attrs[i].name, name)) return true;
    return false;
  }

 private:
  // (The length first, then the bytes: with a literal both are constants,
  // compared in place; ShortView's == may be left out of line.)
  [[gnu::always_inline]] static bool NameIs(ShortView a, std::string_view b) {
    return a.size() == b.size() && (b.empty() || std::memcmp(a.data(), b.data(), b.size()) == 0);
  }

  friend class Document;  // the only writer of the links
  // The previous sibling, and for the first child the last child (an only
  // child points at itself); null while detached. One pointer serves as
  // both `prev` and the parent's `last_child`, as Gecko's nsINode keeps
  // mPreviousOrLastSibling.
  Node* prev_or_last_ = nullptr;
};

// The bytes per node are most of a page's DOM (docs/robustness.md, "Bytes
// per node"): tests pin them (LedeParser.ArenaBytesPerInputByteOfTinyParagraphs).
static_assert(sizeof(Node) <= 64, "Node: a 12-byte data view, 12 bytes of fields, five pointers");
// (So no padding: the view and type, ns, tag, num_attrs, id and eid fill
// the three words before the pointers.)

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
  // Allocates room for `n` attributes on `element` (replacing any), at most
  // kMaxAttributes: fill `element->num_attrs` of them.
  Attribute* AllocateAttributes(Node* element, uint32_t n);

  static void AppendChild(Node* parent, Node* child);
  static void InsertBefore(Node* parent, Node* child, Node* ref);  // ref null: append
  static void Detach(Node* node);

  // The <html>, <head>, <body> elements (nullptr if missing).
  const Node* html() const;
  const Node* head() const;
  const Node* body() const;

  size_t node_count() const { return node_count_; }
  // Rows of a side table indexed by Node::eid: the shared row 0, the
  // document node's and one per element.
  size_t element_rows() const { return element_rows_; }
  // True when the parser stopped adding nodes at a limit.
  bool truncated() const { return truncated_; }
  void set_truncated(bool t) { truncated_ = t; }
  bool quirks() const { return quirks_; }
  void set_quirks(bool q) { quirks_ = q; }
  // True once the parser noted an HTML <base> element (it may have been
  // left out of the tree, or have no href): FirstBaseWithHref walks only
  // such a page. (Set where the tree builder inserts one, not tested on
  // every element created.)
  bool has_base_element() const { return has_base_; }
  void note_base_element() { has_base_ = true; }

 private:
  Node* NewNode(NodeType type);
  Arena arena_;
  Node* root_ = nullptr;
  size_t node_count_ = 0;
  size_t element_rows_ = 0;
  bool truncated_ = false;
  bool quirks_ = false;
  bool has_base_ = false;
};

// The first HTML <base> element with an href attribute in tree order,
// outside template contents: the one that sets the document's base URL
// (HTML, "the document base URL"); null when there is none. Costs nothing
// on a page that made no <base> element, one walk on one that did.
const Node* FirstBaseWithHref(const Document& doc);

}  // namespace lede

#endif  // LEDE_DOM_DOCUMENT_H_
