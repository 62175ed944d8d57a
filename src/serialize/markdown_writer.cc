// GitHub-flavoured Markdown from an Article body: ATX headings, lists with
// nesting, pipe tables, fenced code, blockquotes, hard line breaks, images,
// definition lists as a bold term over its definitions, <sup>/<sub> as
// inline HTML, and escaping of Markdown metacharacters in text.
#include <algorithm>
#include <climits>
#include <string>
#include <vector>

#include "core/text.h"
#include "lede/lede.h"
#include "serialize/list_numbering.h"
#include "serialize/shown.h"
#include "serialize/title_heading.h"

namespace lede {
namespace {

// How large a table's Markdown grid may grow (its rows times its widest
// row, empty cells that spans add included) while spans are followed: 1,024
// cells and 16 for each cell the table holds (MarkdownWriter::TableRows).
constexpr size_t kSpanGridBaseCells = 1024, kSpanGridCellsPerCell = 16;

// Whether the '&' at s[i] starts what CommonMark reads as a character
// reference: "&name;", "&#123;" or "&#x1F;".
bool StartsCharacterReference(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    const size_t digits = j;
    while (j < s.size() && j - digits < 8 && (hex ? IsAsciiHexDigit(s[j]) : IsAsciiDigit(s[j]))) ++j;
    return j > digits && j < s.size() && s[j] == ';';
  }
  const size_t name = j;
  while (j < s.size() && j - name < 32 && IsAsciiAlnum(s[j])) ++j;
  return j > name && IsAsciiAlpha(s[name]) && j < s.size() && s[j] == ';';
}

// What CommonMark's emphasis rules see of a character: white space,
// punctuation (or a symbol), or other. (The CJK block's letters, "々" and
// "〇", are other: CommonMark's punctuation is Unicode's P and S.)
enum class CharClass : uint8_t { kSpace, kPunct, kOther };

CharClass ClassOf(uint32_t cp) {
  if (cp < 0x80) {
    if (IsAsciiSpace(cp)) return CharClass::kSpace;
    return IsAsciiAlnum(cp) ? CharClass::kOther : CharClass::kPunct;
  }
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000)
    return CharClass::kSpace;
  if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x2027) ||
      (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20CF) || IsCjkSymbolOrPunctuation(cp) ||
      (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
      (cp >= 0xFF5B && cp <= 0xFF65))
    return CharClass::kPunct;
  return CharClass::kOther;
}

CharClass FirstClass(std::string_view s) {
  if (s.empty()) return CharClass::kSpace;
  size_t len;
  return ClassOf(DecodeUtf8(s, 0, &len));
}

CharClass LastClass(std::string_view s) {
  if (s.empty()) return CharClass::kSpace;
  size_t i = s.size() - 1;
  for (int k = 0; k < 3 && i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k) --i;
  size_t len;
  return ClassOf(DecodeUtf8(s, i, &len));
}

// Bytes of spaces (' ' or Unicode spaces, not a line break: a hard break's
// "\\\n" stays whole) that start / end `s`.
size_t LeadingSpace(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const size_t n = static_cast<unsigned char>(s[i]) < 0x80 ? s[i] == ' ' : UnicodeSpaceAt(s, i);
    if (!n) break;
    i += n;
  }
  return i;
}
size_t TrailingSpace(std::string_view s) {
  size_t e = s.size();
  while (e > 0) {
    if (s[e - 1] == ' ') {
      --e;
      continue;
    }
    size_t b = e - 1;
    for (int k = 0; k < 3 && b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80; ++k) --b;
    const size_t n = static_cast<unsigned char>(s[b]) < 0x80 ? 0 : UnicodeSpaceAt(s, b);
    if (!n || b + n != e) break;
    e = b;
  }
  return s.size() - e;
}

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
    const size_t content = out_.size();
    Inlines(n);
    in_heading_ = false;
    // A run of '#' that ends the line after a space would close the heading
    // ("## Issue #" read as "Issue").
    size_t run = out_.size();
    while (run > content && out_[run - 1] == '#') --run;
    if (run < out_.size() && out_[run - 1] == ' ') out_.insert(run, 1, '\\');
  }

  // Node `n`'s inlines as a block of one line inside `mark` ("*" for a
  // caption's italics, "**" for a definition term's bold).
  void MarkedLine(uint32_t n, std::string_view mark) {
    BeginBlock();
    after_ = CharClass::kSpace;
    after_mark_ = false;
    Wrapped(n, mark);
    blank_pending_ = true;
  }

  void Block(uint32_t n) {
    const BodyNode& node = b_.nodes[n];
    if (EmptyBlock(node)) return;  // (no blank line either: shown.h)
    switch (node.kind) {
      case BodyKind::kParagraph:
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
      case BodyKind::kCaption:
        // An italic line under the picture.
        MarkedLine(n, "*");
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
      case BodyKind::kDefinitionList:
        Blocks(n);
        blank_pending_ = true;
        break;
      case BodyKind::kDefinitionTerm:
        // CommonMark has no definition list: the term is a line in bold,
        // its definitions the blocks under it.
        MarkedLine(n, "**");
        break;
      case BodyKind::kDefinition:
        Mixed(n);
        blank_pending_ = true;
        break;
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
        InlineBeside(n);
        blank_pending_ = true;
        break;
    }
  }

  static bool IsBlock(BodyKind k) {
    return k == BodyKind::kParagraph || k == BodyKind::kList || k == BodyKind::kTable ||
           k == BodyKind::kCodeBlock || k == BodyKind::kBlockquote || k == BodyKind::kHeading ||
           k == BodyKind::kDefinitionList || k == BodyKind::kDefinitionTerm || k == BodyKind::kDefinition ||
           k == BodyKind::kCaption;
  }

  // Node `n`'s children as blocks: a run of inline children is a
  // paragraph of its own.
  void Mixed(uint32_t n) {
    bool in_run = false;
    for (uint32_t c = b_.nodes[n].first_child; c; c = b_.nodes[c].next_sibling) {
      if (IsBlock(b_.nodes[c].kind)) {
        if (in_run) blank_pending_ = true;
        in_run = false;
        Block(c);
        blank_pending_ = true;
        continue;
      }
      if (!in_run) BeginBlock();
      in_run = true;
      InlineBeside(c);
    }
  }

  void List(uint32_t n) {
    const ListNumbering numbering = ReadListNumbering(b_, n);
    const bool ordered = numbering.ordered;
    // <ol start>; CommonMark numbers have no sign (a negative start is
    // numbered from 1) and no letters (<ol type> is drawn in digits).
    long number = numbering.first >= 0 ? numbering.first : 1;
    // <ol reversed>: CommonMark counts up from a list's first number, so
    // each item is a list of its own, numbered as shown, set apart from
    // the one before by the other delimiter and a blank line ("3. " "2) "
    // "1. "). One that would count below 0 is numbered up.
    // (With <li value>, each number as the count runs: the reversed list
    // is numbered up when any would be below 0. Its items' values are read
    // here once, into `values`, and written from there.)
    constexpr long kNoValue = LONG_MIN;
    std::vector<long> values;
    bool down = numbering.reversed;
    if (down) {
      long k = number;
      for (uint32_t item = b_.nodes[n].first_child; item; item = b_.nodes[item].next_sibling) {
        long value = kNoValue;
        if (ReadItemValue(b_, item, &value)) k = value;
        values.push_back(value);
        if (k-- < 0) down = false;
      }
    }
    // A list right after one of its kind would be read as more of its items:
    // it takes the other delimiter ("*" for "-", ")" for ".").
    bool alt = out_.size() == list_end_ && list_end_ordered_ == ordered && !list_end_alt_;
    bool first = true;
    size_t index = 0;
    for (uint32_t item = b_.nodes[n].first_child; item; item = b_.nodes[item].next_sibling, ++index) {
      if (down && !first) alt = !alt;
      // <li value> numbers its item and those after it. CommonMark reads
      // only a list's first number, so an item whose value breaks the count
      // opens a list of its own, set apart as a reversed list's items are.
      // A negative value cannot be drawn (a CommonMark marker has no sign):
      // the item takes the number the count gives, as if it had no value,
      // and the count runs on (the HTML output keeps the value).
      long value = kNoValue;
      if (numbering.reversed) value = values[index];
      else if (ordered) ReadItemValue(b_, item, &value);
      bool restart = false;
      if (value >= 0 && value != number) {
        number = value;
        restart = !first && !down;
        if (restart) alt = !alt;
      }
      // (A marker has at most nine digits: "1000000000." is no item but a
      // line of the one before. Past 999999999 the count shows that,
      // which a reader ignores after a list's first item and counts on.)
      const long shown = std::min(down ? number-- : number++, kMaxListNumber);
      std::string marker = ordered ? std::to_string(shown) + (alt ? ") " : ". ") : (alt ? "* " : "- ");
      if (first || down || restart) {
        if (!first) blank_pending_ = true;
        BeginBlock();
        first = false;
      } else {
        if (out_.back() != '\n') out_.push_back('\n');
        out_.append(prefix_);
      }
      out_.append(marker);
      // The item's text opens a block of its own: "- # 5" would be a heading.
      at_line_start_ = true;
      std::string saved = prefix_;
      prefix_ += std::string(marker.size(), ' ');
      const BodyNode& it = b_.nodes[item];
      if (it.kind != BodyKind::kListItem) {
        InlineBeside(item);
      } else {
        // Inline children on the marker line; block children below it.
        // (Inline children after a block child, "<li><p>Text</p>Show
        // attributes<ul>...", start a paragraph of their own below it.)
        bool inline_done = false, after_block = false;
        for (uint32_t c = it.first_child; c; c = b_.nodes[c].next_sibling) {
          BodyKind k = b_.nodes[c].kind;
          bool is_block = IsBlock(k);
          if (!is_block) {
            if (after_block) {
              blank_pending_ = true;
              BeginBlock();
              after_block = false;
            }
            InlineBeside(c);
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
            // (A block that opens the item starts on the line under the
            // marker: after a blank one the item would end empty.)
            blank_pending_ = k != BodyKind::kList && (inline_done || after_block);
            Block(c);
            after_block = true;
          }
        }
      }
      prefix_ = saved;
      blank_pending_ = false;
    }
    list_end_ = out_.size();
    list_end_ordered_ = ordered;
    list_end_alt_ = alt;
  }

  // Table `n`'s rows of cells as text, into `rows`. With `spans`, a cell
  // that spans columns or rows is followed by empty cells in the columns it
  // covers, so every cell after it stays under its own header; false when
  // that grid outgrows its budget (kSpanGridBaseCells). The first row is
  // the header.
  bool TableRows(uint32_t n, bool spans, std::vector<std::vector<std::string>>* rows) {
    std::vector<uint16_t> rows_left;  // per column: rows a cell above still covers
    size_t widest = 0, held = 0;
    for (uint32_t r = b_.nodes[n].first_child; r; r = b_.nodes[r].next_sibling) {
      if (b_.nodes[r].kind != BodyKind::kTableRow) continue;
      std::vector<std::string> cells;
      auto covered = [&] {
        while (cells.size() < rows_left.size() && rows_left[cells.size()] > 0) {
          --rows_left[cells.size()];
          cells.emplace_back();
        }
      };
      for (uint32_t c = b_.nodes[r].first_child; c; c = b_.nodes[c].next_sibling) {
        const BodyNode& cn = b_.nodes[c];
        if (EmptyBlock(cn)) continue;  // (no cell: shown.h)
        covered();
        // (Clamped: a Body built by hand may hold any value.)
        const bool cell_spans = spans && cn.kind == BodyKind::kTableCell;
        const uint16_t colspan = cell_spans ? std::clamp<uint16_t>(cn.colspan, 1, kMaxCellSpan) : 1;
        const uint16_t rowspan = cell_spans ? std::clamp<uint16_t>(cn.rowspan, 1, kMaxCellSpan) : 1;
        const size_t col = cells.size();
        if (rows_left.size() < col + colspan) rows_left.resize(col + colspan, 0);
        for (size_t k = col; k < col + colspan; ++k) rows_left[k] = uint16_t(rowspan - 1);
        MarkdownWriter cell(b_);
        cell.in_table_ = true;
        cell.at_line_start_ = false;
        cell.Inlines(c);
        std::string text = cell.out_;
        for (char& ch : text)
          if (ch == '\n') ch = ' ';
        cells.push_back(std::string(Trim(text)));
        ++held;
        for (uint16_t k = 1; k < colspan; ++k) cells.emplace_back();
        if (spans && cells.size() > kSpanGridBaseCells + kSpanGridCellsPerCell * held) return false;
      }
      covered();
      for (size_t k = cells.size(); k < rows_left.size(); ++k)
        if (rows_left[k] > 0) --rows_left[k];  // (past a gap: padded below)
      if (cells.empty()) continue;
      widest = std::max(widest, cells.size());
      rows->push_back(std::move(cells));
      if (spans && rows->size() * widest > kSpanGridBaseCells + kSpanGridCellsPerCell * held) return false;
    }
    return true;
  }

  void Table(uint32_t n) {
    std::vector<std::vector<std::string>> rows;
    // Spans are followed while the grid they make stays in its budget
    // (kSpanGridBaseCells); past it the table is written again without them
    // (as before spans were kept): a cell spanning 100 columns and rows on
    // each of 2,000 rows pushed every next row's cells further right, and an
    // 80 KB page made 60 MB of Markdown in 709 MB.
    if (!TableRows(n, /*spans=*/true, &rows)) {
      rows.clear();
      TableRows(n, /*spans=*/false, &rows);
    }
    // Content that is not a row goes before the table (a caption), or after
    // it when it follows a row (a note under a table drawn with ARIA roles).
    uint32_t first_row = 0;
    for (uint32_t r = b_.nodes[n].first_child; r && !first_row; r = b_.nodes[r].next_sibling)
      if (b_.nodes[r].kind == BodyKind::kTableRow) first_row = r;
    for (uint32_t r = b_.nodes[n].first_child; r && r != first_row; r = b_.nodes[r].next_sibling)
      if (b_.nodes[r].kind != BodyKind::kTableRow) Block(r);
    if (!rows.empty()) {
      TableLines(rows);
      blank_pending_ = true;
    }
    for (uint32_t r = first_row; r; r = b_.nodes[r].next_sibling)
      if (b_.nodes[r].kind != BodyKind::kTableRow) Block(r);
  }

  void TableLines(const std::vector<std::vector<std::string>>& rows) {
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
    // The language as the info string, unless it holds what would end it
    // or break the fence (a backtick, a space, a line break).
    const std::string_view lang = b_.str(b_.nodes[n]);
    if (std::none_of(lang.begin(), lang.end(), [](char c) { return c == '`' || static_cast<unsigned char>(c) <= 0x20; }))
      out_.append(lang);
    // Trailing newlines go. A leading one stays: the HTML parser already
    // dropped the one right after <pre>, so one left is the code's own
    // blank line.
    std::string_view body = code;
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
      else if (node.kind != BodyKind::kImage) CollectText(c, out);  // (an image's alt is not shown)
    }
  }

  void Inlines(uint32_t n) {
    const CharClass after = container_after_;
    for (uint32_t c = b_.nodes[n].first_child; c; c = b_.nodes[c].next_sibling) {
      const uint32_t next = b_.nodes[c].next_sibling;
      after_ = next ? StartClass(next) : after;
      after_mark_ = next && (b_.nodes[next].kind == BodyKind::kEmphasis || b_.nodes[next].kind == BodyKind::kStrong);
      Inline(c);
    }
    container_after_ = after;
  }

  // Inline node `n` outside Inlines (in a list item, at block level): what
  // follows it is its next sibling, or the end of the line.
  void InlineBeside(uint32_t n) {
    const uint32_t next = b_.nodes[n].next_sibling;
    after_ = next ? StartClass(next) : CharClass::kSpace;
    after_mark_ = next && (b_.nodes[next].kind == BodyKind::kEmphasis || b_.nodes[next].kind == BodyKind::kStrong);
    Inline(n);
  }

  // The class of the first character node `n` prints.
  CharClass StartClass(uint32_t n) const {
    for (int depth = 0; n && depth < 64; ++depth) {
      const BodyNode& node = b_.nodes[n];
      switch (node.kind) {
        case BodyKind::kText: return FirstClass(b_.str(node));
        case BodyKind::kLineBreak: return CharClass::kSpace;
        case BodyKind::kLink: case BodyKind::kInlineCode: case BodyKind::kEmphasis: case BodyKind::kStrong:
        case BodyKind::kSuperscript: case BodyKind::kSubscript: case BodyKind::kImage:
          return CharClass::kPunct;
        case BodyKind::kParagraph: case BodyKind::kHeading: case BodyKind::kList: case BodyKind::kListItem:
        case BodyKind::kTable: case BodyKind::kTableRow: case BodyKind::kTableCell: case BodyKind::kCodeBlock:
        case BodyKind::kBlockquote: case BodyKind::kRoot: case BodyKind::kDefinitionList:
        case BodyKind::kDefinitionTerm: case BodyKind::kDefinition: case BodyKind::kCaption:
          return CharClass::kSpace;  // (on a line of its own)
      }
      n = node.first_child;
    }
    return CharClass::kSpace;
  }

  void Inline(uint32_t n) {
    const BodyNode& node = b_.nodes[n];
    switch (node.kind) {
      case BodyKind::kText: {
        // A text of spaces alone after a space prints nothing: words meet
        // with one space (an image the writer leaves out, or an emptied
        // link, between two spaces: a shop grid's "Sold Out         Sold
        // Out").
        const std::string_view t = b_.str(node);
        if (!t.empty() && t.find_first_not_of(' ') == std::string_view::npos && !out_.empty() &&
            (out_.back() == ' ' || out_.back() == '\n'))
          break;
        Escaped(t, at_line_start_);
        break;
      }
      case BodyKind::kLineBreak:
        if (in_table_) {
          out_.append("<br>");  // (GFM cells hold one line)
        } else if (in_heading_) {
          out_.push_back(' ');
        } else {
          out_.push_back('\\');
          NewLine();
        }
        break;
      case BodyKind::kLink: {
        std::string_view href = b_.str(node);
        // "Wow![text](url)" would be an image.
        if (!out_.empty() && out_.back() == '!') out_.insert(out_.size() - 1, 1, '\\');
        out_.push_back('[');
        at_line_start_ = false;
        container_after_ = CharClass::kPunct;  // "]"
        Inlines(n);
        out_.append("](");
        Destination(href);
        out_.push_back(')');
        break;
      }
      case BodyKind::kImage: {
        // "![alt](src)"; the alt is the node's text.
        if ((node.level & 1) && !at_line_start_) out_.push_back(' ');
        out_.append("![");
        at_line_start_ = false;
        for (uint32_t c = node.first_child; c; c = b_.nodes[c].next_sibling)
          if (b_.nodes[c].kind == BodyKind::kText) Escaped(b_.str(b_.nodes[c]), false);
        out_.append("](");
        Destination(b_.str(node));
        out_.push_back(')');
        if (node.level & 2) out_.push_back(' ');
        break;
      }
      case BodyKind::kSuperscript:
      case BodyKind::kSubscript: {
        // CommonMark has no such mark: inline HTML, which readers pass on.
        const char* tag = node.kind == BodyKind::kSuperscript ? "sup>" : "sub>";
        out_.push_back('<');
        out_.append(tag);
        at_line_start_ = false;
        container_after_ = CharClass::kPunct;  // "</sup>"
        Inlines(n);
        out_.append("</");
        out_.append(tag);
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
        if (code.empty()) break;  // (its images only: as CodeHasText, shown.h)
        for (char& c : code)
          if (c == '\n') c = ' ';
        size_t run = 0, longest = 0;
        for (char c : code) {
          run = c == '`' ? run + 1 : 0;
          longest = std::max(longest, run);
        }
        if (!out_.empty() && out_.back() == '`') {
          // Right after another code span ("<code>F</code><code>TAB</code>")
          // the fences would run together: this one is HTML.
          out_.append("<code>");
          Escaped(code, /*line_start=*/false);
          out_.append("</code>");
          at_line_start_ = false;
          break;
        }
        std::string fence(longest + 1, '`');
        // A space pads the code when it starts or ends with a backtick, and
        // when it starts and ends with a space (a reader strips one of each).
        const bool pad = !code.empty() && (code.front() == '`' || code.back() == '`' ||
                                           (code.front() == ' ' && code.back() == ' ' &&
                                            code.find_first_not_of(' ') != std::string::npos));
        out_.append(fence);
        if (pad) out_.push_back(' ');
        for (char c : code) {
          // A pipe ends a table cell even inside code, unless escaped.
          if (c == '|' && in_table_) out_.push_back('\\');
          out_.push_back(c);
        }
        if (pad) out_.push_back(' ');
        out_.append(fence);
        at_line_start_ = false;
        break;
      }
      default:
        // A block inside a heading joins the heading's line a space apart
        // ("### Intro Item one", not "IntroItem one").
        if (in_heading_ && !out_.empty() && out_.back() != ' ' && node.kind != BodyKind::kRoot) out_.push_back(' ');
        if (in_heading_ && node.kind == BodyKind::kList && (node.level & kListOrdered)) {
          // An ordered list flattened into the heading keeps its numbers
          // ("<h3><ol start=3><li>Boil the water" is "### 3. Boil the water").
          const ListNumbering numbering = ReadListNumbering(b_, n);
          long number = numbering.first;
          const CharClass after = after_;
          for (uint32_t item = node.first_child; item; item = b_.nodes[item].next_sibling) {
            // (Inside emphasis the words are written to an empty inner writer.)
            if (!out_.empty() && out_.back() != ' ') out_.push_back(' ');
            AppendItemNumber(b_, item, numbering, &number, &out_);
            container_after_ = b_.nodes[item].next_sibling ? CharClass::kSpace : after;
            Inlines(item);
          }
          break;
        }
        container_after_ = after_;
        Inlines(n);
        break;
    }
  }

  // A link's or an image's destination, percent-encoded: what ends the
  // destination (space, a control, a parenthesis) and what would start a
  // code span, an HTML tag or an escape, all read before the link.
  void Destination(std::string_view href) {
    static const char kHex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < href.size(); ++i) {
      const unsigned char c = href[i];
      if (c <= 0x20 || c == 0x7F || c == '(' || c == ')' || c == '<' || c == '>' || c == '`' || c == '\\') {
        out_.push_back('%');
        out_.push_back(kHex[c >> 4]);
        out_.push_back(kHex[c & 15]);
      } else if (c == '&' && StartsCharacterReference(href, i)) {
        out_.append("\\&");
      } else {
        out_.push_back(char(c));
      }
    }
  }

  // Emphasis markers must hug non-space text: move spaces outside.
  void Wrapped(uint32_t n, std::string_view mark) {
    const CharClass after = after_;
    const bool after_mark = after_mark_;
    MarkdownWriter inner(b_);
    inner.in_table_ = in_table_;
    inner.in_heading_ = in_heading_;
    inner.prefix_ = prefix_;
    inner.at_line_start_ = false;
    inner.container_after_ = CharClass::kPunct;  // the closing mark
    inner.Inlines(n);
    std::string_view s = inner.out_;
    const size_t b = LeadingSpace(s);
    if (b == s.size()) {
      out_.append(s);
      return;
    }
    const size_t e = s.size() - TrailingSpace(s);
    // The marks hold only if CommonMark reads them as a pair: the opening
    // one left-flanking, the closing one right-flanking, neither run into
    // another '*' ("**a****b**"). "*(CNN)*President" is neither: such
    // emphasis is written as HTML, which any reader takes.
    const std::string_view content = s.substr(b, e - b);
    const bool star_before = b == 0 && !out_.empty() && out_.back() == '*';
    const CharClass before = b ? CharClass::kSpace : out_.empty() ? before_ : out_.back() == '\n' ? CharClass::kSpace : LastClass(out_);
    const CharClass next = e < s.size() ? CharClass::kSpace : after;
    const CharClass first = FirstClass(content), last = LastClass(content);
    // (Content ending in a line break, "<b>Name<br></b>", ends in white
    // space: no mark closes there.)
    const bool opens = first == CharClass::kOther || (first == CharClass::kPunct && before != CharClass::kOther);
    const bool closes = last == CharClass::kOther || (last == CharClass::kPunct && next != CharClass::kOther);
    const bool html = !opens || !closes || star_before || (e == s.size() && after_mark);
    const std::string_view tag = mark.size() == 1 ? "em" : "strong";
    out_.append(s.substr(0, b));
    if (html) out_.append("<").append(tag).append(">");
    else out_.append(mark);
    out_.append(content);
    if (html) out_.append("</").append(tag).append(">");
    else out_.append(mark);
    out_.append(s.substr(e));
    at_line_start_ = false;
  }


  void Escaped(std::string_view s, bool line_start) {
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (line_start) {
        // Characters that would start a block construct.
        // ("---" and "--" under a line are a rule and a heading.)
        if (c == '#' || c == '>' || c == '=' ||
            ((c == '-' || c == '+') && (i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '-'))) {
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
        case '~':  // GFM strikethrough
          out_.push_back('\\');
          break;
        case '&':  // "&amp;" would be read as "&"
          if (StartsCharacterReference(s, i)) out_.push_back('\\');
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
  // For emphasis: the class of what comes after the inline being written
  // (after_; after_mark_ when that is emphasis too), of what comes after the
  // innermost inline container's content, and of what came before this
  // writer's output (for a writer of an emphasis's content: its mark).
  CharClass after_ = CharClass::kSpace;
  bool after_mark_ = false;
  CharClass container_after_ = CharClass::kSpace;
  CharClass before_ = CharClass::kPunct;
  uint32_t skip_ = 0;  // a body node left out (HeadingRepeats); 0 = none
  // Where the last list ended in out_, whether it was ordered, and whether
  // it took the other delimiter.
  size_t list_end_ = std::string::npos;
  bool list_end_ordered_ = false;
  bool list_end_alt_ = false;
};

}  // namespace

std::string ToMarkdown(const Article& article) { return MarkdownWriter(article.body).Render(article); }

}  // namespace lede
