// Cleaned HTML: the body's structure as semantic elements, no attributes
// but href on links, src and alt on images, a language class on code, start,
// reversed and type on an ordered list, colspan/rowspan on a table cell, and class="caption"
// on a figure's caption paragraph.
#include <string>

#include "lede/lede.h"
#include "serialize/list_numbering.h"
#include "serialize/shown.h"
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
    if (heading_start_ && IsBlock(node.kind)) {
      // A block inside a heading (a page's "<h3><ol><li>Title</ol></h3>"):
      // <h3> holds phrasing content only, so the block's words join the
      // heading's line, a space apart, as in the Markdown.
      if (out->size() > heading_start_ && out->back() != ' ') out->push_back(' ');
      if (node.kind == BodyKind::kList && (node.level & kListOrdered)) {
        // An ordered list keeps its numbers there ("<h3>3. Boil the water").
        const ListNumbering numbering = ReadListNumbering(b_, n);
        long number = numbering.first;
        for (uint32_t c = node.first_child; c; c = b_.nodes[c].next_sibling) {
          if (!Shown(c)) continue;
          if (out->size() > heading_start_ && out->back() != ' ') out->push_back(' ');
          AppendItemNumber(b_, c, numbering, &number, out);
          Node(c, out);
        }
        return;
      }
      Children(n, out);
      return;
    }
    switch (node.kind) {
      case BodyKind::kText: Escape(b_.str(node), out); return;
      case BodyKind::kLineBreak: out->append("<br>"); return;
      case BodyKind::kRoot: Children(n, out); return;
      case BodyKind::kParagraph: tag = "p"; break;
      case BodyKind::kHeading: heading[1] = char('0' + (node.level >= 1 && node.level <= 6 ? node.level : 2)); tag = heading; break;
      case BodyKind::kList: tag = (node.level & kListOrdered) ? "ol" : "ul"; break;
      case BodyKind::kListItem: tag = "li"; break;
      case BodyKind::kTable: {
        // What is not a row goes before the table (a caption's text: inside
        // it a parser would move it out, "foster parenting"), or after it
        // when it follows a row (a note under a table drawn with ARIA roles).
        uint32_t first_row = 0;
        for (uint32_t c = node.first_child; c && !first_row; c = b_.nodes[c].next_sibling)
          if (b_.nodes[c].kind == BodyKind::kTableRow && Shown(c)) first_row = c;
        for (uint32_t c = node.first_child; c && c != first_row; c = b_.nodes[c].next_sibling)
          if (b_.nodes[c].kind != BodyKind::kTableRow && Shown(c)) Node(c, out);
        if (!first_row) return;  // (nor does the Markdown writer draw an empty table)
        out->append("<table>");
        for (uint32_t c = first_row; c; c = b_.nodes[c].next_sibling)
          if (b_.nodes[c].kind == BodyKind::kTableRow && Shown(c)) Node(c, out);
        out->append("</table>\n");
        for (uint32_t c = first_row; c; c = b_.nodes[c].next_sibling)
          if (b_.nodes[c].kind != BodyKind::kTableRow && Shown(c)) Node(c, out);
        return;
      }
      case BodyKind::kTableRow:
        // Content that is not a cell takes one.
        out->append("<tr>");
        for (uint32_t c = node.first_child; c; c = b_.nodes[c].next_sibling) {
          if (!Shown(c)) continue;
          const bool cell = b_.nodes[c].kind == BodyKind::kTableCell;
          if (!cell) out->append("<td>");
          Node(c, out);
          if (!cell) out->append("</td>");
        }
        out->append("</tr>\n");
        return;
      case BodyKind::kTableCell: tag = node.level == 1 ? "th" : "td"; break;
      case BodyKind::kBlockquote: tag = "blockquote"; break;
      case BodyKind::kEmphasis: tag = "em"; break;
      case BodyKind::kStrong: tag = "strong"; break;
      case BodyKind::kSuperscript: tag = "sup"; break;
      case BodyKind::kSubscript: tag = "sub"; break;
      case BodyKind::kDefinitionList: tag = "dl"; break;
      case BodyKind::kDefinitionTerm: tag = "dt"; break;
      case BodyKind::kDefinition: tag = "dd"; break;
      case BodyKind::kCaption:
        out->append("<p class=\"caption\">");
        Children(n, out);
        out->append("</p>\n");
        return;
      case BodyKind::kImage: {
        if (node.level & 1) out->push_back(' ');
        out->append("<img src=\"");
        Escape(b_.str(node), out);
        out->append("\" alt=\"");
        for (uint32_t c = node.first_child; c; c = b_.nodes[c].next_sibling)
          if (b_.nodes[c].kind == BodyKind::kText) Escape(b_.str(b_.nodes[c]), out);
        out->append("\">");
        if (node.level & 2) out->push_back(' ');
        return;
      }
      case BodyKind::kCodeBlock:
        out->append("<pre><code");
        if (node.str_size) {
          out->append(" class=\"language-");
          Escape(b_.str(node), out);
          out->push_back('"');
        }
        out->push_back('>');
        ++in_code_;
        Children(n, out);
        --in_code_;
        out->append("</code></pre>\n");
        return;
      case BodyKind::kInlineCode: {
        // Its text only; with none, nothing (shown.h). (Asked of the
        // outermost code span only: each node is read once, not once per
        // span around it.)
        if (!in_code_ && !CodeHasText(b_, n)) return;
        out->append("<code>");
        ++in_code_;
        Children(n, out);
        --in_code_;
        out->append("</code>");
        return;
      }
      case BodyKind::kLink:
        out->append("<a href=\"");
        Escape(b_.str(node), out);
        out->append("\">");
        Children(n, out);
        out->append("</a>");
        return;
    }
    const size_t open = out->size();
    out->push_back('<');
    out->append(tag);
    if (node.kind == BodyKind::kList) {
      const ListNumbering numbering = ReadListNumbering(b_, n);
      if (node.str_size) {
        out->append(" start=\"");
        Escape(b_.str(node), out);
        out->push_back('"');
      }
      if (numbering.reversed) out->append(" reversed");
      if (numbering.type != '1') out->append(" type=\"").append(1, numbering.type).push_back('"');
    } else if (long value; node.kind == BodyKind::kListItem && ReadItemValue(b_, n, &value)) {
      out->append(" value=\"").append(std::to_string(value)).push_back('"');
    } else if (node.kind == BodyKind::kTableCell) {
      if (node.colspan > 1) out->append(" colspan=\"").append(std::to_string(node.colspan)).push_back('"');
      if (node.rowspan > 1) out->append(" rowspan=\"").append(std::to_string(node.rowspan)).push_back('"');
    }
    out->push_back('>');
    const size_t content = out->size();
    if (node.kind == BodyKind::kHeading) {
      heading_start_ = out->size();
      Children(n, out);
      heading_start_ = 0;
    } else {
      Children(n, out);
    }
    if (node.kind == BodyKind::kParagraph && out->size() == content) {
      // All it held was left out (a code span of images): as the Markdown,
      // no paragraph (its opening tag taken back).
      out->erase(open);
      return;
    }
    out->append("</");
    out->append(tag);
    out->push_back('>');
    const bool block = node.kind != BodyKind::kEmphasis && node.kind != BodyKind::kStrong &&
                       node.kind != BodyKind::kInlineCode && node.kind != BodyKind::kTableCell &&
                       node.kind != BodyKind::kSuperscript && node.kind != BodyKind::kSubscript;
    if (block) out->push_back('\n');
  }

  void Children(uint32_t n, std::string* out) {
    for (uint32_t c = b_.nodes[n].first_child; c; c = b_.nodes[c].next_sibling)
      if (Shown(c)) Node(c, out);
  }

  // Whether body node `c` is printed: not the skipped one, not an empty
  // block, not an image in code (shown.h).
  bool Shown(uint32_t c) const {
    return c != skip_ && !EmptyBlock(b_.nodes[c]) && !(in_code_ && b_.nodes[c].kind == BodyKind::kImage);
  }

  static bool IsBlock(BodyKind k) {
    switch (k) {
      case BodyKind::kParagraph: case BodyKind::kHeading: case BodyKind::kList: case BodyKind::kListItem:
      case BodyKind::kTable: case BodyKind::kTableRow: case BodyKind::kTableCell: case BodyKind::kCodeBlock:
      case BodyKind::kBlockquote: case BodyKind::kDefinitionList: case BodyKind::kDefinitionTerm:
      case BodyKind::kDefinition: case BodyKind::kCaption:
        return true;
      default:
        return false;
    }
  }

  // Leaves out body node `n` (0: none).
  void Skip(uint32_t n) { skip_ = n; }

 private:
  const Body& b_;
  uint32_t skip_ = 0;  // a body node left out (Skip); 0 = none
  int in_code_ = 0;  // code elements open around the node being written
  size_t heading_start_ = 0;  // inside a heading: where its words begin in the output; else 0
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
