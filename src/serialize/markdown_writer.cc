// GitHub-flavoured Markdown from an Article body: ATX headings, lists with
// nesting, pipe tables, fenced code, blockquotes, hard line breaks, and
// escaping of Markdown metacharacters in text.
#include <algorithm>
#include <string>
#include <vector>

#include "core/text.h"
#include "lede/lede.h"
#include "serialize/title_heading.h"

namespace lede {
namespace {

class MarkdownWriter {
 public:
  explicit MarkdownWriter(const Body& b) : b_(b) {}

  std::string Render(const Article& a) {
    // Room for the body's text and some markup up front: growing a huge
    // page's output by doubling held the old and the new copy at once.
    out_.reserve(b_.strings.size() + b_.strings.size() / 8 + 1024);
    if (a.title) {
      out_.append("# ");
      Escaped(*a.title, /*line_start=*/false);
      out_.append("\n");
      blank_pending_ = true;
    }
    if (!b_.nodes.empty()) {
      skip_ = TitleHeading(a);  // printed as the title line above
      Blocks(0);
    }
    if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
    return std::move(out_);
  }

 private:
  // Starts a new block: a blank line after the previous one, then prefixes.
  void BeginBlock() {
    if (first_in_container_) {
      // The container's marker line ("> ") is already written.
      first_in_container_ = false;
      at_line_start_ = true;
      blank_pending_ = false;
      return;
    }
    if (!out_.empty()) {
      if (out_.back() != '\n') out_.push_back('\n');
      if (blank_pending_) {
        out_.append(TrimmedPrefix());
        out_.push_back('\n');
      }
    }
    out_.append(prefix_);
    at_line_start_ = true;
    blank_pending_ = false;
  }
  std::string TrimmedPrefix() const {
    std::string p = prefix_;
    while (!p.empty() && p.back() == ' ') p.pop_back();
    return p;
  }
  void NewLine() {
    out_.push_back('\n');
    out_.append(prefix_);
    at_line_start_ = true;
  }

  void Blocks(uint32_t parent) {
    for (uint32_t c = b_.nodes[parent].first_child; c; c = b_.nodes[c].next_sibling)
      if (c != skip_) Block(c);
  }

  // "## " and heading `n`'s words, on the current line.
  void HeadingLine(uint32_t n) {
    out_.append(size_t(std::clamp<int>(b_.nodes[n].level, 1, 6)), '#');
    out_.push_back(' ');
    at_line_start_ = false;
    in_heading_ = true;
    Inlines(n);
    in_heading_ = false;
  }

  void Block(uint32_t n) {
    const BodyNode& node = b_.nodes[n];
    switch (node.kind) {
      case BodyKind::kParagraph:
        if (!node.first_child) break;  // (an empty one: no blank line)
        BeginBlock();
        Inlines(n);
        blank_pending_ = true;
        break;
      case BodyKind::kHeading:
        BeginBlock();
        HeadingLine(n);
        blank_pending_ = true;
        break;
      case BodyKind::kList:
        List(n);
        blank_pending_ = true;
        break;
      case BodyKind::kTable:
        Table(n);
        blank_pending_ = true;
        break;
      case BodyKind::kCodeBlock:
        Code(n);
        blank_pending_ = true;
        break;
      case BodyKind::kBlockquote: {
        BeginBlock();
        std::string saved = prefix_;
        // The first line already has the old prefix; add the marker.
        out_.append("> ");
        prefix_ += "> ";
        at_line_start_ = true;
        first_in_container_ = true;
        Blocks(n);
        prefix_ = saved;
        blank_pending_ = true;
        break;
      }
      case BodyKind::kListItem:
      case BodyKind::kTableRow:
      case BodyKind::kTableCell:
        // Misplaced structure: render its content as blocks.
        BeginBlock();
        Inlines(n);
        blank_pending_ = true;
        break;
      default:
        // Inline content at block level.
        BeginBlock();
        Inline(n);
        blank_pending_ = true;
        break;
    }
  }

  void List(uint32_t n) {
    const bool ordered = b_.nodes[n].level == 1;
    int number = 1;
    bool first = true;
    for (uint32_t item = b_.nodes[n].first_child; item; item = b_.nodes[item].next_sibling) {
      std::string marker = ordered ? std::to_string(number++) + ". " : "- ";
      if (first) {
        BeginBlock();
        first = false;
      } else {
        if (out_.back() != '\n') out_.push_back('\n');
        out_.append(prefix_);
      }
      out_.append(marker);
      at_line_start_ = false;
      std::string saved = prefix_;
      prefix_ += std::string(marker.size(), ' ');
      const BodyNode& it = b_.nodes[item];
      if (it.kind != BodyKind::kListItem) {
        Inline(item);
      } else {
        // Inline children on the marker line; block children below it.
        // (Inline children after a block child, "<li><p>Text</p>Show
        // attributes<ul>...", start a paragraph of their own below it.)
        bool inline_done = false, after_block = false;
        for (uint32_t c = it.first_child; c; c = b_.nodes[c].next_sibling) {
          BodyKind k = b_.nodes[c].kind;
          bool is_block = k == BodyKind::kParagraph || k == BodyKind::kList ||
                          k == BodyKind::kTable || k == BodyKind::kCodeBlock ||
                          k == BodyKind::kBlockquote || k == BodyKind::kHeading;
          if (!is_block) {
            if (after_block) {
              blank_pending_ = true;
              BeginBlock();
              after_block = false;
            }
            Inline(c);
            inline_done = true;
          } else if (k == BodyKind::kParagraph && !inline_done && !after_block) {
            Inlines(c);
            inline_done = after_block = true;
          } else if (k == BodyKind::kHeading && !inline_done && !after_block) {
            // An item that opens with a heading ("<li><h2>Step 1</h2><p>..."):
            // the heading on the marker line, what follows below it.
            HeadingLine(c);
            inline_done = after_block = true;
          } else {
            blank_pending_ = k != BodyKind::kList;
            Block(c);
            after_block = true;
          }
        }
      }
      prefix_ = saved;
      blank_pending_ = false;
    }
  }

  void Table(uint32_t n) {
    // Rows of cells as text; the first row is the header.
    std::vector<std::vector<std::string>> rows;
    for (uint32_t r = b_.nodes[n].first_child; r; r = b_.nodes[r].next_sibling) {
      if (b_.nodes[r].kind != BodyKind::kTableRow) continue;
      std::vector<std::string> cells;
      for (uint32_t c = b_.nodes[r].first_child; c; c = b_.nodes[c].next_sibling) {
        MarkdownWriter cell(b_);
        cell.in_table_ = true;
        cell.at_line_start_ = false;
        cell.Inlines(c);
        std::string text = cell.out_;
        for (char& ch : text)
          if (ch == '\n') ch = ' ';
        cells.push_back(std::string(Trim(text)));
      }
      if (!cells.empty()) rows.push_back(std::move(cells));
    }
    // Content that is not a row (a caption) goes before the table.
    for (uint32_t r = b_.nodes[n].first_child; r; r = b_.nodes[r].next_sibling)
      if (b_.nodes[r].kind != BodyKind::kTableRow) Block(r);
    if (rows.empty()) return;
    size_t cols = 0;
    for (const auto& r : rows) cols = std::max(cols, r.size());
    BeginBlock();
    for (size_t i = 0; i < rows.size(); ++i) {
      if (i) NewLine();
      out_.push_back('|');
      for (size_t c = 0; c < cols; ++c) {
        out_.push_back(' ');
        if (c < rows[i].size()) out_.append(rows[i][c]);
        out_.append(" |");
      }
      if (i == 0) {
        NewLine();
        out_.push_back('|');
        for (size_t c = 0; c < cols; ++c) out_.append(" --- |");
      }
    }
  }

  void Code(uint32_t n) {
    std::string code;
    CollectText(n, &code);
    // A fence longer than any backtick run inside.
    size_t run = 0, longest = 0;
    for (char c : code) {
      run = c == '`' ? run + 1 : 0;
      longest = std::max(longest, run);
    }
    std::string fence(std::max<size_t>(3, longest + 1), '`');
    BeginBlock();
    out_.append(fence);
    out_.append(b_.str(b_.nodes[n]));
    // Strip one leading newline (HTML drops it after <pre>) and trailing ones.
    std::string_view body = code;
    if (!body.empty() && body.front() == '\n') body.remove_prefix(1);
    while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.remove_suffix(1);
    size_t i = 0;
    while (i <= body.size()) {
      size_t e = body.find('\n', i);
      if (e == std::string_view::npos) e = body.size();
      NewLine();
      out_.append(body.substr(i, e - i));
      i = e + 1;
    }
    NewLine();
    out_.append(fence);
  }

  void CollectText(uint32_t n, std::string* out) const {
    for (uint32_t c = b_.nodes[n].first_child; c; c = b_.nodes[c].next_sibling) {
      const BodyNode& node = b_.nodes[c];
      if (node.kind == BodyKind::kText) out->append(b_.str(node));
      else if (node.kind == BodyKind::kLineBreak) out->push_back('\n');
      else CollectText(c, out);
    }
  }

  void Inlines(uint32_t n) {
    for (uint32_t c = b_.nodes[n].first_child; c; c = b_.nodes[c].next_sibling) Inline(c);
  }

  void Inline(uint32_t n) {
    const BodyNode& node = b_.nodes[n];
    switch (node.kind) {
      case BodyKind::kText:
        Escaped(b_.str(node), at_line_start_);
        break;
      case BodyKind::kLineBreak:
        if (in_table_ || in_heading_) {
          out_.push_back(' ');
        } else {
          out_.push_back('\\');
          NewLine();
        }
        break;
      case BodyKind::kLink: {
        std::string_view href = b_.str(node);
        out_.push_back('[');
        at_line_start_ = false;
        Inlines(n);
        out_.append("](");
        // A link destination (CommonMark 6.3) holds no space or control
        // character, parentheses only balanced, a backslash escapes and a
        // '<' first opens the bracketed form: those are percent-encoded.
        for (char c : href) {
          const unsigned char u = static_cast<unsigned char>(c);
          if (u <= 0x20 || u == 0x7f || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out_.push_back('%');
            out_.push_back(kHex[u >> 4]);
            out_.push_back(kHex[u & 15]);
          } else {
            out_.push_back(c);
          }
        }
        out_.push_back(')');
        break;
      }
      case BodyKind::kEmphasis:
        Wrapped(n, "*");
        break;
      case BodyKind::kStrong:
        Wrapped(n, "**");
        break;
      case BodyKind::kInlineCode: {
        std::string code;
        CollectText(n, &code);
        for (char& c : code)
          if (c == '\n') c = ' ';
        size_t run = 0, longest = 0;
        for (char c : code) {
          run = c == '`' ? run + 1 : 0;
          longest = std::max(longest, run);
        }
        std::string fence(longest + 1, '`');
        out_.append(fence);
        if (!code.empty() && (code.front() == '`' || code.back() == '`')) out_.push_back(' ');
        out_.append(code);
        if (!code.empty() && (code.front() == '`' || code.back() == '`')) out_.push_back(' ');
        out_.append(fence);
        at_line_start_ = false;
        break;
      }
      default:
        Inlines(n);
        break;
    }
  }

  // Emphasis markers must hug non-space text: move spaces outside.
  void Wrapped(uint32_t n, std::string_view mark) {
    MarkdownWriter inner(b_);
    inner.in_table_ = in_table_;
    inner.in_heading_ = in_heading_;
    inner.prefix_ = prefix_;
    inner.at_line_start_ = false;
    inner.Inlines(n);
    std::string_view s = inner.out_;
    size_t b = 0, e = s.size();
    while (b < e && s[b] == ' ') ++b;
    while (e > b && s[e - 1] == ' ') --e;
    if (b == e) {
      out_.append(s);
      return;
    }
    out_.append(s.substr(0, b));
    out_.append(mark);
    out_.append(s.substr(b, e - b));
    out_.append(mark);
    out_.append(s.substr(e));
    at_line_start_ = false;
  }

  void Escaped(std::string_view s, bool line_start) {
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (line_start) {
        // Characters that would start a block construct ("--" may be a
        // thematic break or a setext underline, "~~~" a code fence that
        // takes the rest of the page).
        if (c == '#' || c == '>' || c == '=' ||
            ((c == '-' || c == '+') && (i + 1 >= s.size() || s[i + 1] == ' ')) ||
            (c == '-' && i + 1 < s.size() && s[i + 1] == '-') || (c == '~' && s.substr(i, 3) == "~~~")) {
          out_.push_back('\\');
        } else if (IsAsciiDigit(c)) {
          size_t j = i;
          while (j < s.size() && IsAsciiDigit(s[j])) ++j;
          if (j < s.size() && (s[j] == '.' || s[j] == ')') && (j + 1 >= s.size() || s[j + 1] == ' ')) {
            out_.append(s.substr(i, j - i));
            out_.push_back('\\');
            i = j;
            out_.push_back(s[i]);
            line_start = false;
            continue;
          }
        }
        if (c != ' ') line_start = false;
      }
      switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<':
          out_.push_back('\\');
          break;
        case '|':
          if (in_table_) out_.push_back('\\');
          break;
        default:
          break;
      }
      out_.push_back(c);
    }
    if (!s.empty()) at_line_start_ = false;
  }

  const Body& b_;
  std::string out_;
  std::string prefix_;
  bool at_line_start_ = true;
  bool blank_pending_ = false;
  bool in_table_ = false;
  bool in_heading_ = false;
  bool first_in_container_ = false;
  uint32_t skip_ = 0;  // a body node left out (HeadingRepeats); 0 = none
};

}  // namespace

std::string ToMarkdown(const Article& article) { return MarkdownWriter(article.body).Render(article); }

}  // namespace lede
