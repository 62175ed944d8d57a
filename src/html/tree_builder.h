// The HTML tree builder (WHATWG HTML 13.2.6 "Tree construction"), scripting
// disabled, building the arena DOM directly from the tokenizer's tokens.
//
// Files: tree_builder.cc holds the shared algorithms (13.2.6.1 creating and
// inserting nodes, 13.2.4 the parser state, the adoption agency algorithm),
// the dispatcher and the modes around the body; in_body.cc the "in body"
// insertion mode; in_table.cc the table modes; foreign.cc the rules for
// foreign content (13.2.6.5) and the SVG/MathML name adjustments.
//
// DOM shape: template contents are the template element's children (no
// separate DocumentFragment); a fragment parse leaves the fragment's nodes as
// children of the Document node.
//
// Text nodes point into the input when no decoding was needed (see
// parser.h for the lifetime contract).
//
// Complexity: linear in the input for any markup, except where the spec's
// own output is larger (reconstructing the active formatting elements can
// clone them for every block): that reconstruction is bounded, a deliberate
// deviation (docs/html-parser.md), and ParseOptions::max_nodes bounds the rest.
// Nothing recurses.
//
// Not thread-safe; reuse one per thread (its buffers are kept).
#ifndef LEDE_HTML_TREE_BUILDER_H_
#define LEDE_HTML_TREE_BUILDER_H_

#include <string_view>
#include <vector>

#include "dom/document.h"
#include "html/active_formatting.h"
#include "html/open_elements.h"
#include "html/parser.h"
#include "html/tokenizer.h"

namespace lede {

// HTML's ASCII whitespace (13.1.2: space, LF, tab, FF, CR; no VT), for the
// insertion modes' character tokens.
inline bool IsHtmlWhitespace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
}
inline bool AllHtmlWhitespace(std::string_view s) {
  for (char c : s)
    if (!IsHtmlWhitespace(c)) return false;
  return true;
}

class TreeBuilder {
 public:
  TreeBuilder();
  TreeBuilder(const TreeBuilder&) = delete;
  TreeBuilder& operator=(const TreeBuilder&) = delete;

  // Parses a whole document into `doc` (Reset() first).
  void BuildDocument(std::string_view utf8, const ParseOptions& options, Document* doc);
  // The HTML fragment parsing algorithm (13.4) with a context element named
  // `context` (local name, lower case) in namespace `context_ns`. The
  // fragment's nodes become the children of doc->root().
  void BuildFragment(std::string_view utf8, std::string_view context, Namespace context_ns,
                     const ParseOptions& options, Document* doc);

 private:
  // 13.2.4.1 The insertion mode.
  enum class Mode : uint8_t {
    kInitial, kBeforeHtml, kBeforeHead, kInHead, kInHeadNoscript, kAfterHead, kInBody, kText,
    kInTable, kInTableText, kInCaption, kInColumnGroup, kInTableBody, kInRow, kInCell,
    kInTemplate, kAfterBody, kInFrameset, kAfterFrameset, kAfterAfterBody, kAfterAfterFrameset,
  };

  void Start(std::string_view utf8, const ParseOptions& options, Document* doc);
  void Run();
  void Finish();

  // 13.2.6 Tree construction dispatcher: one token, reprocessing included.
  void ProcessToken(Token& t);
  // Processes `t` by the rules of `mode`. Returns true when the token must
  // be reprocessed (the mode has changed).
  bool ProcessInMode(Mode mode, Token& t);
  bool UseInsertionMode(const Token& t) const;

  bool Initial(Token& t);
  bool BeforeHtml(Token& t);
  bool BeforeHead(Token& t);
  bool InHead(Token& t);
  bool InHeadNoscript(Token& t);
  bool AfterHead(Token& t);
  bool InBody(Token& t);
  bool InBodyStartTag(Token& t);
  bool InBodyEndTag(Token& t);
  void InBodyOtherEndTag(const Token& t);
  bool Text(Token& t);
  bool InTable(Token& t);
  bool InTableAnythingElse(Token& t);
  bool InTableText(Token& t);
  bool InCaption(Token& t);
  bool InColumnGroup(Token& t);
  bool InTableBody(Token& t);
  bool InRow(Token& t);
  bool InCell(Token& t);
  bool InTemplate(Token& t);
  bool AfterBody(Token& t);
  bool InFrameset(Token& t);
  bool AfterFrameset(Token& t);
  bool AfterAfterBody(Token& t);
  bool AfterAfterFrameset(Token& t);
  bool ForeignContent(Token& t);

  // Character runs: splits off leading whitespace. Returns the whitespace
  // prefix and leaves the rest in t.data.
  static std::string_view TakeLeadingWhitespace(Token& t);
  std::string_view WhitespaceOnly(std::string_view s);

  // 13.2.6.1 Creating and inserting nodes.
  Node* AdjustedCurrentNode() const;
  void AppropriatePlace(Node* override_target, Node** parent, Node** before) const;
  Node* CreateElement(TagId tag, std::string_view name, Namespace ns, const Attribute* attrs,
                      uint32_t num_attrs);
  Node* CreateElementForToken(const Token& t, Namespace ns);
  Node* CloneElement(const Node* n);
  void InsertNodeAt(Node* parent, Node* before, Node* n);
  Node* InsertElement(Node* el);
  Node* InsertHtmlElement(const Token& t) { return InsertElement(CreateElementForToken(t, Namespace::kHtml)); }
  Node* InsertHtmlElement(TagId tag);
  Node* InsertForeignElement(const Token& t, Namespace ns);
  void InsertText(std::string_view s);
  void InsertCharacters(const Token& t, bool drop_nul);
  void AppendToText(Node* text, std::string_view s);
  void InsertComment(const Token& t, Node* parent = nullptr);
  std::string_view StripNuls(std::string_view s);
  std::string_view ReplaceNuls(std::string_view s);
  void AddMissingAttributes(Node* el, const Token& t);

  // 13.2.6.2 Parsing elements that contain only text.
  void ParseRawText(Token& t, Tokenizer::ContentModel model);

  // 13.2.4 helpers over the stack and the formatting list.
  void GenerateImpliedEndTags(TagId except = TagId::kUnknown);
  void GenerateAllImpliedEndTagsThoroughly();
  void PopUntil(TagId t);
  void PopUntilOneOf(std::initializer_list<TagId> tags);
  void PopUntilNode(const Node* n);
  void ClosePElement();
  void ReconstructActiveFormattingElements();
  bool AdoptionAgency(const Token& t);
  void ResetInsertionMode();
  void ClearStackBackTo(std::initializer_list<TagId> tags);
  void CloseCell();
  bool CurrentIs(TagId t) const { return stack_.current()->Is(t); }
  bool HasInScope(TagId t, Scope s = Scope::kDefault) const { return stack_.HasInScope(t, s); }

  // The new <select> parsing (selectedcontent mirrors the selected option).
  static void OnPop(void* self, Node* n);
  void MaybeCloneOptionIntoSelectedContent(Node* option);

  // Foreign content (foreign.cc).
  Node* CreateForeignElement(const Token& t, Namespace ns);
  static bool IsMathMlTextIntegrationPoint(const Node* n);
  static bool IsHtmlIntegrationPoint(const Node* n);

  void Stop() { stopped_ = true; }
  // Past max_nodes: the rest of the input's text, without its markup.
  void KeepTextPastTheBudget();
  void ReserveText(Node* text, size_t more);

  Tokenizer tokenizer_;
  OpenElementStack stack_;
  ActiveFormattingList formatting_;
  std::vector<Mode> template_modes_;
  Document* doc_ = nullptr;
  Arena* arena_ = nullptr;
  size_t max_nodes_ = 0;
  size_t reconstruct_budget_ = 0;  // clones ReconstructActiveFormattingElements may still make
  Mode mode_ = Mode::kInitial;
  Mode original_mode_ = Mode::kInitial;
  Node* head_ = nullptr;
  Node* form_ = nullptr;
  Node* context_ = nullptr;  // fragment case: the context element
  bool frameset_ok_ = true;
  bool foster_parenting_ = false;
  bool skip_newline_ = false;
  bool stopped_ = false;
  bool quirks_ = false;
  bool selectedcontent_seen_ = false;
  struct SelectRecord {
    Node* select;
    Node* selectedcontent;
    Node* first_option;
    Node* selected_option;
  };
  std::vector<SelectRecord> select_records_;

  // "in table text": the pending table character tokens.
  std::string table_text_;
  std::string_view table_text_view_;  // the only pending run, uncopied
  int table_text_runs_ = 0;
  bool table_text_dirty_ = false;     // holds non-whitespace

  // Growth buffer for the text node being appended to, so repeated appends
  // stay linear.
  Node* grow_node_ = nullptr;
  char* grow_buf_ = nullptr;
  size_t grow_cap_ = 0;
  std::string scratch_;
};

}  // namespace lede

#endif  // LEDE_HTML_TREE_BUILDER_H_
