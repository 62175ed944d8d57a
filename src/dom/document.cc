#include "dom/document.h"

namespace lede {

Document::Document() { Reset(); }

void Document::Reset() {
  arena_.Reset();
  node_count_ = 0;
  element_rows_ = 1;
  truncated_ = false;
  quirks_ = false;
  has_base_ = false;
  root_ = NewNode(NodeType::kDocument);
  root_->eid = uint32_t(element_rows_++);  // kDocumentEid
}

Node* Document::NewNode(NodeType type) {
  Node* n = arena_.New<Node>();
  n->type = type;
  n->id = uint32_t(node_count_++);
  return n;
}

Node* Document::CreateElement(TagId tag, std::string_view name, Namespace ns) {
  Node* n = NewNode(NodeType::kElement);
  n->eid = uint32_t(element_rows_++);  // (here, not in NewNode: no test on the type)
  n->tag = tag;
  n->ns = ns;
  n->data = name;
  return n;
}

const Node* FirstBaseWithHref(const Document& doc) {
  if (!doc.has_base_element()) return nullptr;
  const Node* root = doc.root();
  for (const Node* n = root; n;) {
    if (n->is_element() && n->ns == Namespace::kHtml) {
      if (n->tag == TagId::kBase && n->HasAttr("href")) return n;
      // A template's contents are no part of the document (this DOM keeps
      // them as its children).
      if (n->tag == TagId::kTemplate) {
        n = NextSkippingChildren(n, root);
        continue;
      }
    }
    n = NextInTree(n, root);
  }
  return nullptr;
}

Node* Document::CreateText(std::string_view text) {
  Node* n = NewNode(NodeType::kText);
  n->data = text;
  return n;
}

Node* Document::CreateComment(std::string_view text) {
  Node* n = NewNode(NodeType::kComment);
  n->data = text;
  return n;
}

Node* Document::CreateDoctype(std::string_view name) {
  Node* n = NewNode(NodeType::kDoctype);
  n->data = name;
  return n;
}

Attribute* Document::AllocateAttributes(Node* element, uint32_t n) {
  if (n > kMaxAttributes) n = kMaxAttributes;
  element->attrs = n ? arena_.NewArray<Attribute>(n) : nullptr;
  for (uint32_t i = 0; i < n; ++i) new (&element->attrs[i]) Attribute();
  element->num_attrs = n;
  return element->attrs;
}

// The links (dom/document.h): `first_child` and `next` as usual; a node's
// `prev_or_last_` is its previous sibling, the first child's is the last
// child.
void Document::AppendChild(Node* parent, Node* child) {
  child->parent = parent;
  child->next = nullptr;
  Node* first = parent->first_child;
  if (!first) {
    parent->first_child = child;
    child->prev_or_last_ = child;
    return;
  }
  Node* last = first->prev_or_last_;
  last->next = child;
  child->prev_or_last_ = last;
  first->prev_or_last_ = child;
}

void Document::InsertBefore(Node* parent, Node* child, Node* ref) {
  if (!ref) return AppendChild(parent, child);
  child->parent = parent;
  child->next = ref;
  child->prev_or_last_ = ref->prev_or_last_;  // ref's previous sibling, or the last child
  if (ref == parent->first_child) parent->first_child = child;
  else ref->prev_or_last_->next = child;
  ref->prev_or_last_ = child;
}

void Document::Detach(Node* node) {
  Node* p = node->parent;
  if (!p) return;
  Node* first = p->first_child;
  Node* prev = node->prev_or_last_;  // the last child when `node` is the first
  if (node == first) p->first_child = node->next;
  else prev->next = node->next;
  // The node after takes `node`'s link; without one, `node` was the last
  // child and the first child's link goes to the new last (when `node` was
  // also the first, it is its own, cleared below).
  (node->next ? node->next : first)->prev_or_last_ = prev;
  node->parent = node->next = node->prev_or_last_ = nullptr;
}

namespace {
const Node* ChildElement(const Node* parent, TagId tag) {
  if (!parent) return nullptr;
  for (const Node* c = parent->first_child; c; c = c->next)
    if (c->Is(tag)) return c;
  return nullptr;
}
}  // namespace

const Node* Document::html() const { return ChildElement(root_, TagId::kHtml); }
const Node* Document::head() const { return ChildElement(html(), TagId::kHead); }
const Node* Document::body() const { return ChildElement(html(), TagId::kBody); }

}  // namespace lede
