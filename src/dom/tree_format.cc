#include "dom/tree_format.h"

#include <algorithm>
#include <vector>

namespace lede {
namespace {

std::string_view NamespacePrefix(Namespace ns) {
  switch (ns) {
    case Namespace::kSvg: return "svg ";
    case Namespace::kMathMl: return "math ";
    default: return "";
  }
}

// "xlink href" for a namespaced attribute, the name otherwise.
std::string AttributeName(const Attribute& a) {
  if (a.ns_prefix().empty()) return std::string(a.name);
  std::string_view local = a.name;
  const size_t colon = local.find(':');
  if (colon != std::string_view::npos) local = local.substr(colon + 1);
  std::string out(a.ns_prefix());
  out.push_back(' ');
  out.append(local);
  return out;
}

void Indent(std::string* out, size_t depth) {
  out->append("| ");
  out->append(2 * depth, ' ');
}

// Appends the tree's text to `out`; with a `sink`, hands it `out` and clears
// it each time it reaches `chunk_bytes` (the rest stays in `out`).
void Format(const Node* root, std::string& out, const std::function<void(std::string_view)>* sink,
            size_t chunk_bytes) {
  struct Item {
    const Node* node;
    size_t depth;
  };
  std::vector<Item> todo;
  for (const Node* c = root->last_child(); c; c = c->prev()) todo.push_back({c, 0});
  while (!todo.empty()) {
    const Item it = todo.back();
    todo.pop_back();
    const Node* n = it.node;
    Indent(&out, it.depth);
    size_t child_depth = it.depth + 1;
    switch (n->type) {
      case NodeType::kElement: {
        out.append("<").append(NamespacePrefix(n->ns)).append(n->data).append(">\n");
        std::vector<std::pair<std::string, std::string_view>> attrs;
        for (uint32_t i = 0; i < n->num_attrs; ++i)
          attrs.emplace_back(AttributeName(n->attrs[i]), n->attrs[i].value);
        std::sort(attrs.begin(), attrs.end());
        for (const auto& [name, value] : attrs) {
          Indent(&out, it.depth + 1);
          out.append(name).append("=\"").append(value).append("\"\n");
        }
        if (n->Is(TagId::kTemplate)) {
          Indent(&out, it.depth + 1);
          out.append("content\n");
          child_depth = it.depth + 2;
        }
        break;
      }
      case NodeType::kText:
        out.append("\"").append(n->data).append("\"\n");
        break;
      case NodeType::kComment:
        out.append("<!-- ").append(n->data).append(" -->\n");
        break;
      case NodeType::kDoctype: {
        out.append("<!DOCTYPE ").append(n->data);
        const std::string_view pub = n->Attr("public"), sys = n->Attr("system");
        if (!pub.empty() || !sys.empty())
          out.append(" \"").append(pub).append("\" \"").append(sys).append("\"");
        out.append(">\n");
        break;
      }
      case NodeType::kDocument:
        out.append("#document\n");
        break;
    }
    for (const Node* c = n->last_child(); c; c = c->prev()) todo.push_back({c, child_depth});
    if (sink && out.size() >= chunk_bytes) {
      (*sink)(out);
      out.clear();
    }
  }
}

}  // namespace

std::string FormatHtml5libTree(const Node* root) {
  std::string out;
  Format(root, out, nullptr, 0);
  return out;
}

void FormatHtml5libTree(const Node* root, const std::function<void(std::string_view)>& sink, size_t chunk_bytes) {
  std::string out;
  Format(root, out, &sink, chunk_bytes);
  if (!out.empty()) sink(out);
}

}  // namespace lede
