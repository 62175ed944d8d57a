#include "dom/document.h"

namespace lede {

Document::Document() { Reset(); }

void Document::Reset() {
  arena_.Reset();
  node_count_ = 0;
  element_rows_ = 1;
  truncated_ = false;
  quirks_ = false;
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

void Document::AppendChild(Node* parent, Node* child) {
  child->parent = parent;
  child->next = nullptr;
  child->prev = parent->last_child;
  if (parent->last_child) parent->last_child->next = child;
  else parent->first_child = child;
  parent->last_child = child;
}

void Document::InsertBefore(Node* parent, Node* child, Node* ref) {
  if (!ref) return AppendChild(parent, child);
  child->parent = parent;
  child->next = ref;
  child->prev = ref->prev;
  if (ref->prev) ref->prev->next = child;
  else parent->first_child = child;
  ref->prev = child;
}

void Document::Detach(Node* node) {
  Node* p = node->parent;
  if (!p) return;
  if (node->prev) node->prev->next = node->next;
  else p->first_child = node->next;
  if (node->next) node->next->prev = node->prev;
  else p->last_child = node->prev;
  node->parent = node->next = node->prev = nullptr;
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
