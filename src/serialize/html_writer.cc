// Cleaned HTML: the body's structure as semantic elements, no attributes
// but href on links and a language class on code.
#include <string>

#include "lede/lede.h"
#include "serialize/title_heading.h"

namespace lede {
namespace {

void Escape(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '&': out->append("&amp;"); break;
      case '"': out->append("&quot;"); break;
      default: out->push_back(c);
    }
  }
}

class HtmlWriter {
 public:
  explicit HtmlWriter(const Body& b) : b_(b) {}

  void Node(uint32_t n, std::string* out) {
    const BodyNode& node = b_.nodes[n];
    const char* tag = nullptr;
    char heading[3] = {'h', '1', 0};
    switch (node.kind) {
      case BodyKind::kText: Escape(b_.str(node), out); return;
      case BodyKind::kLineBreak: out->append("<br>"); return;
      case BodyKind::kRoot: Children(n, out); return;
      case BodyKind::kParagraph: tag = "p"; break;
      case BodyKind::kHeading: heading[1] = char('0' + (node.level >= 1 && node.level <= 6 ? node.level : 2)); tag = heading; break;
      case BodyKind::kList: tag = node.level == 1 ? "ol" : "ul"; break;
      case BodyKind::kListItem: tag = "li"; break;
      case BodyKind::kTable: tag = "table"; break;
      case BodyKind::kTableRow: tag = "tr"; break;
      case BodyKind::kTableCell: tag = node.level == 1 ? "th" : "td"; break;
      case BodyKind::kBlockquote: tag = "blockquote"; break;
      case BodyKind::kEmphasis: tag = "em"; break;
      case BodyKind::kStrong: tag = "strong"; break;
      case BodyKind::kInlineCode: tag = "code"; break;
      case BodyKind::kCodeBlock:
        out->append("<pre><code");
        if (node.str_size) {
          out->append(" class=\"language-");
          Escape(b_.str(node), out);
          out->push_back('"');
        }
        out->push_back('>');
        Children(n, out);
        out->append("</code></pre>\n");
        return;
      case BodyKind::kLink:
        out->append("<a href=\"");
        Escape(b_.str(node), out);
        out->append("\">");
        Children(n, out);
        out->append("</a>");
        return;
    }
    out->push_back('<');
    out->append(tag);
    out->push_back('>');
    Children(n, out);
    out->append("</");
    out->append(tag);
    out->push_back('>');
    const bool block = node.kind != BodyKind::kEmphasis && node.kind != BodyKind::kStrong &&
                       node.kind != BodyKind::kInlineCode && node.kind != BodyKind::kTableCell;
    if (block) out->push_back('\n');
  }

  void Children(uint32_t n, std::string* out) {
    for (uint32_t c = b_.nodes[n].first_child; c; c = b_.nodes[c].next_sibling)
      if (c != skip_ && !(b_.nodes[c].kind == BodyKind::kParagraph && !b_.nodes[c].first_child)) Node(c, out);
  }

  // Leaves out body node `n` (0: none).
  void Skip(uint32_t n) { skip_ = n; }

 private:
  const Body& b_;
  uint32_t skip_ = 0;  // a body node left out (Skip); 0 = none
};

}  // namespace

std::string ToHtml(const Article& a) {
  std::string out;
  out.reserve(a.text.size() * 2 + 256);
  out.append("<article>\n");
  if (a.title) {
    out.append("<h1>");
    Escape(*a.title, &out);
    out.append("</h1>\n");
  }
  if (!a.body.nodes.empty()) {
    HtmlWriter w(a.body);
    w.Skip(TitleHeading(a));  // printed as the <h1> above
    w.Node(0, &out);
  }
  out.append("</article>\n");
  return out;
}

}  // namespace lede
