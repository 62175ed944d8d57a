// BodyBuilder turns a walk over DOM elements and text into the Article's
// Body tree: block structure (paragraphs, headings, lists, tables, code,
// quotes) and inline marks (links, emphasis, code, line breaks), with
// whitespace collapsed outside code. Inline content directly inside a
// container becomes an anonymous paragraph; "<br><br>" ends a paragraph.
//
// Nesting is capped (kMaxDepth): deeper structure is flattened, so consumers
// may recurse over a Body safely.
#ifndef LEDE_EXTRACT_BODY_BUILDER_H_
#define LEDE_EXTRACT_BODY_BUILDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/url.h"
#include "dom/document.h"
#include "lede/article.h"

namespace lede {

class BodyBuilder {
 public:
  static constexpr size_t kMaxDepth = 32;

  // `body` is cleared. Links are resolved against `base_url` when set (the
  // document's base URL: a <base href>'s, else the page's); `page_url` is
  // the page's own address, which a footnote mark links into.
  BodyBuilder(Body* body, std::string_view base_url, std::string_view page_url);

  // Calls must nest: every Enter is matched by an Exit of the same element.
  // `code_box`: the element is a code listing printed as line boxes with no
  // <pre> (Doxygen's div.fragment; the caller's reading), read as a <pre>.
  void Enter(const Node* element, bool code_box = false);
  void Exit(const Node* element);
  void Text(std::string_view text);
  // A figure's caption, as a kCaption block where a block may stand (not in
  // an inline container, a table cell or code: there it is left out).
  void Caption(std::string_view text);
  // Closes everything and removes empty nodes.
  void Finish();

  // A body of paragraphs from plain text: each non-empty line is one.
  static void FromPlainText(std::string_view text, Body* body);
  // Puts the blocks of `head` before those of `body`.
  static void Prepend(const Body& head, Body* body);

  // Renders plain text: blocks separated by a blank line, list items and
  // table rows by a newline, cells by " | ".
  static std::string RenderText(const Body& body);

 private:
  struct Frame {
    const Node* element;
    uint32_t node;       // body node opened for it, or 0
    uint32_t parent;     // body node it was appended to
    uint32_t prev_last;  // parent's last child before (for removal when empty)
    bool implicit_list;  // a list opened for a stray <li>, closed with it
    // An inline mark that wrote the pending space before it: given back as
    // pending when the mark closes empty (a row of links whose words were
    // all dropped leaves one space, not one per link).
    bool space_before = false;
    // A phrasing element laid out as a block (see ShowsAsBlock), read once.
    bool shown_as_block = false;
    // A code listing of line boxes (IsCodeLineBox), read as a <pre>.
    bool code_box = false;
    // A table drawn with ARIA roles (role=table, row, cell), read as a
    // <table>: the part it opened (AriaPart), undone on exit.
    uint8_t aria = 0;
  };
  uint32_t Top() const { return open_.back(); }
  uint32_t Append(BodyKind kind, uint8_t level);
  uint32_t OpenNode(BodyKind kind, uint8_t level, Frame* frame);
  void CloseNode(const Frame& frame);
  void EnsureInline();
  void CloseAnonymous();
  bool AcceptsInline(BodyKind k) const;
  bool IsEmpty(uint32_t node) const;
  // A paragraph of separator marks alone ("|", " · "): see IsSeparatorOnly.
  bool HoldsSeparatorsOnly(uint32_t node) const;
  // Takes `node` out of `parent`'s children.
  void Unlink(uint32_t parent, uint32_t node);
  // Unlinks a line break that ends block `node` ("text<br></p>", the
  // first of "<br><br>"): a browser draws no line for it, and Markdown
  // would print a stray backslash.
  void DropTrailingBreak(uint32_t node);
  void AppendTextNode(std::string_view text);
  // Whether text opening with `first` after the last text is a word style
  // sets apart ("<span>Emma Roth</span><time>Mar 5</time>").
  bool StyledGap(unsigned char first) const;
  // Inside a <pre>: ends the code's current line unless it is empty.
  void BreakCodeLine();
  void SetString(uint32_t node, std::string_view s);
  // A link's or an image's address resolved against the base while what
  // resolving adds to the body stays within kMaxResolvedGrowth; past it,
  // the address as written (as with no base).
  std::string ResolveLink(std::string_view ref);
  // Opens the list item that list element `e`, set straight inside a list,
  // goes into (see body_builder.cc); nothing when `flat`.
  void NestListInItem(const Node* e, bool flat);
  // An <img> worth showing, as an inline kImage with its alt text.
  void AppendImage(const Node* img);
  // Collapses `text` into scratch_; false when no words remain.
  bool CollapseToScratch(std::string_view text);
  // Hangs scratch_ under `node` as its text (an image's alt, a caption's
  // words), leaving the word gap read before it as it was.
  void HangScratchText(uint32_t node);

  Body* body_;
  UrlResolver base_url_;  // the base read once for all links
  std::string_view page_url_;
  // What resolving may add to the body in all, and what it added: each
  // address resolved against the base copies it ("#x" is the whole base
  // and "#x"), so a 1 MB WARC-Target-URI and 2,000 links made 2 GB of
  // body, 15 GB at peak in Markdown (hostile38).
  static constexpr size_t kMaxResolvedGrowth = size_t(16) << 20;
  size_t resolved_growth_ = 0;
  std::vector<uint32_t> open_;  // open body nodes; open_[0] is the root
  std::vector<Frame> frames_;
  uint32_t anonymous_ = 0;      // open anonymous paragraph, or 0
  size_t anonymous_depth_ = 0;  // open_.size() when it was opened
  bool pending_space_ = false;
  bool last_was_break_ = false;
  bool at_block_start_ = true;  // no text yet in the current inline container
  uint32_t lead_image_ = 0;     // an image before any text of the block, or 0
  bool element_exited_ = false;  // an element ended since the last text
  bool sibling_edge_ = false;    // ... and another began after it
  unsigned char last_byte_ = 0; // last byte of the text appended last
  bool mark_space_ = false;     // an inline mark opened after a space
  int pre_depth_ = 0;
  bool code_line_has_text_ = false;  // the code's current line holds more than white space
  bool code_break_ = false;          // a block in the code ended or began after such a line
  bool code_box_fresh_ = false;      // a listing with no <pre> opened, no text of it yet
  bool in_code_box_ = false;         // inside a listing with no <pre> (no-break spaces are spaces)
  int cell_depth_ = 0;              // open data-table cells
  int quote_depth_ = 0;             // open <q> elements (their marks: see Enter)
  // Per open table: kDataTable for a table of data (else layout), with
  // kAriaDrawn when it is drawn with ARIA roles.
  static constexpr uint8_t kDataTable = 1, kAriaDrawn = 2;
  std::vector<uint8_t> table_modes_;
  bool InDataTable() const { return !table_modes_.empty() && (table_modes_.back() & kDataTable); }
  std::string scratch_;
};

// The element that labels the code block `pre` with its language, or
// null: a short box before the <pre>, in the wrapper a highlighter puts
// around it (a few element children: the label, a copy button, the code),
// whose one text is a language's name ("<div><span>bash</span></div>
// <button>Copy</button><pre>", GitBook, Docusaurus, many themes). That
// name is the code fence's info string, not the text.
const Node* CodeLanguageLabel(const Node* pre);

// The one text of a small element (a label's), trimmed; empty when it has
// none or more than one.
std::string_view LabelText(const Node* e);

}  // namespace lede

#endif  // LEDE_EXTRACT_BODY_BUILDER_H_
