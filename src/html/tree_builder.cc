// Tree construction: the dispatcher, node creation and insertion, the
// algorithms shared by the insertion modes, and the modes before and after
// the body. Section numbers are those of the WHATWG HTML Living Standard
// (13.2.4 "Parse state", 13.2.6 "Tree construction").
#include "html/tree_builder.h"

#include <cstring>

#include "core/text.h"

namespace lede {
namespace {

// 13.2.6.4.1: public identifier prefixes that put a document in quirks mode.
constexpr std::string_view kQuirksPublicPrefixes[] = {
    "+//silmaril//dtd html pro v0r11 19970101//",
    "-//as//dtd html 3.0 aswedit + extensions//",
    "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
    "-//ietf//dtd html 2.0 level 1//",
    "-//ietf//dtd html 2.0 level 2//",
    "-//ietf//dtd html 2.0 strict level 1//",
    "-//ietf//dtd html 2.0 strict level 2//",
    "-//ietf//dtd html 2.0 strict//",
    "-//ietf//dtd html 2.0//",
    "-//ietf//dtd html 2.1e//",
    "-//ietf//dtd html 3.0//",
    "-//ietf//dtd html 3.2 final//",
    "-//ietf//dtd html 3.2//",
    "-//ietf//dtd html 3//",
    "-//ietf//dtd html level 0//",
    "-//ietf//dtd html level 1//",
    "-//ietf//dtd html level 2//",
    "-//ietf//dtd html level 3//",
    "-//ietf//dtd html strict level 0//",
    "-//ietf//dtd html strict level 1//",
    "-//ietf//dtd html strict level 2//",
    "-//ietf//dtd html strict level 3//",
    "-//ietf//dtd html strict//",
    "-//ietf//dtd html//",
    "-//metrius//dtd metrius presentational//",
    "-//microsoft//dtd internet explorer 2.0 html strict//",
    "-//microsoft//dtd internet explorer 2.0 html//",
    "-//microsoft//dtd internet explorer 2.0 tables//",
    "-//microsoft//dtd internet explorer 3.0 html strict//",
    "-//microsoft//dtd internet explorer 3.0 html//",
    "-//microsoft//dtd internet explorer 3.0 tables//",
    "-//netscape comm. corp.//dtd html//",
    "-//netscape comm. corp.//dtd strict html//",
    "-//o'reilly and associates//dtd html 2.0//",
    "-//o'reilly and associates//dtd html extended 1.0//",
    "-//o'reilly and associates//dtd html extended relaxed 1.0//",
    "-//sq//dtd html 2.0 hotmetal + extensions//",
    "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
    "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
    "-//spyglass//dtd html 2.0 extended//",
    "-//sun microsystems corp.//dtd hotjava html//",
    "-//sun microsystems corp.//dtd hotjava strict html//",
    "-//w3c//dtd html 3 1995-03-24//",
    "-//w3c//dtd html 3.2 draft//",
    "-//w3c//dtd html 3.2 final//",
    "-//w3c//dtd html 3.2//",
    "-//w3c//dtd html 3.2s draft//",
    "-//w3c//dtd html 4.0 frameset//",
    "-//w3c//dtd html 4.0 transitional//",
    "-//w3c//dtd html experimental 19960712//",
    "-//w3c//dtd html experimental 970421//",
    "-//w3c//dtd w3 html//",
    "-//w3o//dtd w3 html 3.0//",
    "-//webtechs//dtd mozilla html 2.0//",
    "-//webtechs//dtd mozilla html//",
};

// 13.2.6.4.1: whether a DOCTYPE token puts the document in quirks mode.
// (Limited-quirks mode changes nothing in tree construction.)
bool DoctypeIsQuirky(const Token& t) {
  if (t.force_quirks || t.name != "html") return true;
  const std::string_view pub = t.public_id;
  if (t.has_public_id) {
    if (EqualsIgnoreCase(pub, "-//W3O//DTD W3 HTML Strict 3.0//EN//") ||
        EqualsIgnoreCase(pub, "-/W3C/DTD HTML 4.0 Transitional/EN") || EqualsIgnoreCase(pub, "HTML"))
      return true;
    for (std::string_view p : kQuirksPublicPrefixes)
      if (StartsWithIgnoreCase(pub, p)) return true;
    if (!t.has_system_id && (StartsWithIgnoreCase(pub, "-//W3C//DTD HTML 4.01 Frameset//") ||
                             StartsWithIgnoreCase(pub, "-//W3C//DTD HTML 4.01 Transitional//")))
      return true;
  }
  if (t.has_system_id &&
      EqualsIgnoreCase(t.system_id, "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd"))
    return true;
  return false;
}

}  // namespace

TreeBuilder::TreeBuilder() { stack_.set_pop_hook(&TreeBuilder::OnPop, this); }

void TreeBuilder::Start(std::string_view utf8, const ParseOptions& options, Document* doc) {
  doc->Reset();
  doc_ = doc;
  arena_ = &doc->arena();
  max_nodes_ = options.max_nodes;
  reconstruct_budget_ = options.max_nodes / 8;
  stack_.Clear();
  formatting_.Clear();
  template_modes_.clear();
  select_records_.clear();
  mode_ = original_mode_ = Mode::kInitial;
  head_ = form_ = context_ = nullptr;
  frameset_ok_ = true;
  foster_parenting_ = skip_newline_ = stopped_ = quirks_ = selectedcontent_seen_ = false;
  table_text_runs_ = 0;
  table_text_dirty_ = false;
  grow_node_ = nullptr;
  grow_buf_ = nullptr;
  grow_cap_ = 0;
  tokenizer_.Reset(utf8, arena_);
}

void TreeBuilder::BuildDocument(std::string_view utf8, const ParseOptions& options, Document* doc) {
  Start(utf8, options, doc);
  Run();
  Finish();
}

// 13.4 Parsing HTML fragments.
void TreeBuilder::BuildFragment(std::string_view utf8, std::string_view context, Namespace context_ns,
                                const ParseOptions& options, Document* doc) {
  Start(utf8, options, doc);
  const std::string lower = ToLowerAscii(context);
  const TagId tag = LookupTag(lower);
  context_ = doc_->CreateElement(tag, tag != TagId::kUnknown ? TagName(tag) : doc_->CopyString(lower),
                                 context_ns);
  if (context_ns == Namespace::kHtml) {
    switch (tag) {
      case TagId::kTitle: case TagId::kTextarea:
        tokenizer_.SetContentModel(Tokenizer::ContentModel::kRcdata);
        break;
      case TagId::kStyle: case TagId::kXmp: case TagId::kIframe: case TagId::kNoembed:
      case TagId::kNoframes:
        tokenizer_.SetContentModel(Tokenizer::ContentModel::kRawtext);
        break;
      case TagId::kScript:
        tokenizer_.SetContentModel(Tokenizer::ContentModel::kScriptData);
        break;
      case TagId::kPlaintext:
        tokenizer_.SetContentModel(Tokenizer::ContentModel::kPlaintext);
        break;
      default:  // noscript too: scripting is disabled
        break;
    }
  }
  Node* html = CreateElement(TagId::kHtml, "html", Namespace::kHtml, nullptr, 0);
  Document::AppendChild(doc_->root(), html);
  stack_.Push(html);
  if (context_->Is(TagId::kTemplate)) template_modes_.push_back(Mode::kInTemplate);
  ResetInsertionMode();
  Run();
  Finish();
  // The fragment is the html element's children.
  Document::Detach(html);
  while (Node* c = html->first_child) {
    Document::Detach(c);
    Document::AppendChild(doc_->root(), c);
  }
}

void TreeBuilder::Run() {
  Token t;
  while (!stopped_) {
    const Node* adjusted = stack_.empty() ? nullptr : AdjustedCurrentNode();
    const bool foreign = adjusted && adjusted->ns != Namespace::kHtml;
    tokenizer_.set_cdata_allowed(foreign);
    tokenizer_.Next(&t);
    if (skip_newline_) {
      // 13.2.6.4.7 (pre, listing, textarea): a newline right after the
      // start tag is dropped.
      skip_newline_ = false;
      if (t.type == TokenType::kCharacters && t.data[0] == '\n') {
        t.data.remove_prefix(1);
        if (t.data.empty()) continue;
      }
    }
    // Fast path: with an HTML adjusted current node the insertion mode
    // decides; otherwise (or to reprocess) the full dispatcher runs.
    if (foreign || ProcessInMode(mode_, t)) ProcessToken(t);
    if (t.type == TokenType::kEof) break;
    if (doc_->node_count() >= max_nodes_) {
      doc_->set_truncated(true);
      KeepTextPastTheBudget();
      break;
    }
  }
}

// A buffer for `text` of its bytes and `more` more, appended to by
// AppendToText in place.
void TreeBuilder::ReserveText(Node* text, size_t more) {
  const size_t old = text->data.size();
  grow_cap_ = old + more + 64;
  grow_buf_ = static_cast<char*>(arena_->Allocate(grow_cap_, 1));
  if (old) std::memcpy(grow_buf_, text->data.data(), old);
  text->data = std::string_view(grow_buf_, old);
  grow_node_ = text;
}

// Past `max_nodes` no node is added, but the text is not lost: the rest of
// the input's text goes, without its markup, into one text node at the end
// of <body> (a node past the budget, the last one; a page cut in its head
// gets its <body> too). A block-level tag
// becomes a line break, so words of two blocks do not run together; the
// contents of <script>, <style>, <textarea>, <title> and the other raw-text
// elements are skipped as their elements would have been; comments and
// doctypes are dropped. The node's buffer is sized once to what the rest of
// the input can decode to, so memory stays one input's size: text is not
// longer than its source but for two character references ("&nGt;",
// "&nLt;": 5 bytes decode to 6, so 6/5 of the rest) and PLAINTEXT's NULs
// (U+FFFD: 1 byte to 3), whose run, the rest of the input, gets one buffer
// of its size if it does not fit.
// A fragment parse just stops.

void TreeBuilder::KeepTextPastTheBudget() {
  if (context_) return;
  Node* parent = const_cast<Node*>(doc_->body());
  if (!parent) {
    // Still in the head (or before it): the text gets the <body> it would
    // have had (one more node past the budget). A frameset page stops.
    Node* html = const_cast<Node*>(doc_->html());
    if (!html || FindElement(html, TagId::kFrameset)) return;
    parent = CreateElement(TagId::kBody, "body", Namespace::kHtml, nullptr, 0);
    Document::AppendChild(html, parent);
  }
  Node* text = parent->last_child();
  if (!text || !text->is_text()) {
    text = doc_->CreateText({});
    Document::AppendChild(parent, text);
  }
  ReserveText(text, tokenizer_.remaining() / 5 * 6 + 6);
  // (PLAINTEXT's run, the rest of the input, gets the buffer it needs.)
  auto append = [&](std::string_view s) {
    if (text->data.size() + s.size() > grow_cap_) ReserveText(text, s.size() + tokenizer_.remaining());
    AppendToText(text, s);
  };
  // Inside a raw-text element's contents (also when the budget ran out on
  // its start tag: the tokenizer reads its text up to the end tag).
  bool skipping = mode_ == Mode::kText;
  Token t;
  for (;;) {
    tokenizer_.set_cdata_allowed(false);
    tokenizer_.Next(&t);
    switch (t.type) {
      case TokenType::kEof:
        if (text->data.empty()) Document::Detach(text);
        return;
      case TokenType::kCharacters:
        if (skipping) break;
        if (t.has_nul) {
          scratch_.clear();
          for (char c : t.data)
            if (c != '\0') scratch_.push_back(c);
          append(scratch_);
        } else {
          append(t.data);
        }
        break;
      case TokenType::kStartTag:
      case TokenType::kEndTag:
        if (skipping) {  // the raw-text element's end tag (the tokenizer is back in data)
          skipping = false;
          break;
        }
        if (t.type == TokenType::kStartTag) {
          switch (t.tag) {
            case TagId::kScript:
              tokenizer_.SetContentModel(Tokenizer::ContentModel::kScriptData);
              skipping = true;
              break;
            case TagId::kStyle: case TagId::kXmp: case TagId::kIframe: case TagId::kNoembed:
            case TagId::kNoframes:
              tokenizer_.SetContentModel(Tokenizer::ContentModel::kRawtext);
              skipping = true;
              break;
            case TagId::kTextarea: case TagId::kTitle:
              tokenizer_.SetContentModel(Tokenizer::ContentModel::kRcdata);
              skipping = true;
              break;
            case TagId::kPlaintext:
              tokenizer_.SetContentModel(Tokenizer::ContentModel::kPlaintext);
              break;
            default:
              break;
          }
          if (skipping) break;
        }
        if ((IsBlockTag(t.tag) || t.tag == TagId::kBr) && !text->data.empty() &&
            !IsHtmlWhitespace(text->data.back()))
          append("\n");
        break;
      default:
        break;
    }
  }
}

// 13.2.7 The end: pop all the nodes off the stack of open elements.
void TreeBuilder::Finish() {
  if (doc_->truncated()) stack_.Clear();
  while (!stack_.empty()) stack_.Pop();
  stack_.ReleaseLargeIndex();
  formatting_.Clear();
  doc_->set_quirks(quirks_);
}

Node* TreeBuilder::AdjustedCurrentNode() const {
  if (stack_.empty()) return nullptr;
  if (context_ && stack_.size() == 1) return context_;
  return stack_.current();
}

bool TreeBuilder::IsMathMlTextIntegrationPoint(const Node* n) {
  if (n->ns != Namespace::kMathMl) return false;
  switch (n->tag) {
    case TagId::kMi: case TagId::kMo: case TagId::kMn: case TagId::kMs: case TagId::kMtext:
      return true;
    default:
      return false;
  }
}

bool TreeBuilder::IsHtmlIntegrationPoint(const Node* n) {
  if (n->ns == Namespace::kSvg)
    return n->tag == TagId::kForeignobject || n->tag == TagId::kDesc || n->tag == TagId::kTitle;
  if (n->ns == Namespace::kMathMl && n->tag == TagId::kAnnotationXml) {
    const std::string_view enc = n->Attr("encoding");
    return EqualsIgnoreCase(enc, "text/html") || EqualsIgnoreCase(enc, "application/xhtml+xml");
  }
  return false;
}

// 13.2.6 Tree construction: the dispatcher.
bool TreeBuilder::UseInsertionMode(const Token& t) const {
  const Node* n = AdjustedCurrentNode();
  if (!n || n->ns == Namespace::kHtml || t.type == TokenType::kEof) return true;
  if (IsMathMlTextIntegrationPoint(n)) {
    if (t.type == TokenType::kCharacters) return true;
    if (t.type == TokenType::kStartTag && t.tag != TagId::kMglyph && t.tag != TagId::kMalignmark)
      return true;
  }
  if (n->ns == Namespace::kMathMl && n->tag == TagId::kAnnotationXml &&
      t.type == TokenType::kStartTag && t.tag == TagId::kSvg)
    return true;
  if ((t.type == TokenType::kStartTag || t.type == TokenType::kCharacters) && IsHtmlIntegrationPoint(n))
    return true;
  return false;
}

void TreeBuilder::ProcessToken(Token& t) {
  for (;;) {
    const bool again = UseInsertionMode(t) ? ProcessInMode(mode_, t) : ForeignContent(t);
    if (!again || stopped_) return;
  }
}

bool TreeBuilder::ProcessInMode(Mode mode, Token& t) {
  switch (mode) {
    case Mode::kInitial: return Initial(t);
    case Mode::kBeforeHtml: return BeforeHtml(t);
    case Mode::kBeforeHead: return BeforeHead(t);
    case Mode::kInHead: return InHead(t);
    case Mode::kInHeadNoscript: return InHeadNoscript(t);
    case Mode::kAfterHead: return AfterHead(t);
    case Mode::kInBody: return InBody(t);
    case Mode::kText: return Text(t);
    case Mode::kInTable: return InTable(t);
    case Mode::kInTableText: return InTableText(t);
    case Mode::kInCaption: return InCaption(t);
    case Mode::kInColumnGroup: return InColumnGroup(t);
    case Mode::kInTableBody: return InTableBody(t);
    case Mode::kInRow: return InRow(t);
    case Mode::kInCell: return InCell(t);
    case Mode::kInTemplate: return InTemplate(t);
    case Mode::kAfterBody: return AfterBody(t);
    case Mode::kInFrameset: return InFrameset(t);
    case Mode::kAfterFrameset: return AfterFrameset(t);
    case Mode::kAfterAfterBody: return AfterAfterBody(t);
    case Mode::kAfterAfterFrameset: return AfterAfterFrameset(t);
  }
  return false;
}

std::string_view TreeBuilder::TakeLeadingWhitespace(Token& t) {
  size_t n = 0;
  while (n < t.data.size() && IsHtmlWhitespace(t.data[n])) ++n;
  std::string_view ws = t.data.substr(0, n);
  t.data.remove_prefix(n);
  return ws;
}

// ---------------------------------------------------------------------------
// 13.2.6.1 Creating and inserting nodes

// "The appropriate place for inserting a node", as (parent, insert before).
void TreeBuilder::AppropriatePlace(Node* override_target, Node** parent, Node** before) const {
  Node* target = override_target ? override_target : stack_.current();
  *before = nullptr;
  if (foster_parenting_ && target->ns == Namespace::kHtml &&
      (target->tag == TagId::kTable || target->tag == TagId::kTbody || target->tag == TagId::kTfoot ||
       target->tag == TagId::kThead || target->tag == TagId::kTr)) {
    // Foster parenting.
    const int last_template = stack_.TopOf(TagId::kTemplate);
    const int last_table = stack_.TopOf(TagId::kTable);
    if (last_template != OpenElementStack::kNone &&
        (last_table == OpenElementStack::kNone || last_template > last_table)) {
      *parent = stack_.At(last_template);  // its template contents
      return;
    }
    if (last_table == OpenElementStack::kNone) {
      *parent = stack_.bottom();  // fragment case
      return;
    }
    Node* table = stack_.At(last_table);
    if (table->parent) {
      *parent = table->parent;
      *before = table;
      return;
    }
    *parent = stack_.At(stack_.Below(last_table));
    return;
  }
  // Template contents are the template's children in this DOM.
  *parent = target;
}

Node* TreeBuilder::CreateElement(TagId tag, std::string_view name, Namespace ns, const Attribute* attrs,
                                 uint32_t num_attrs) {
  Node* n = doc_->CreateElement(tag, name, ns);
  if (num_attrs) {
    Attribute* a = arena_->NewArray<Attribute>(num_attrs);
    std::memcpy(static_cast<void*>(a), attrs, sizeof(Attribute) * num_attrs);
    n->attrs = a;
    n->num_attrs = uint8_t(num_attrs);  // the tokenizer keeps at most kMaxAttributes
  }
  if (tag == TagId::kSelectedcontent && ns == Namespace::kHtml) selectedcontent_seen_ = true;
  return n;
}

// 13.2.6.1 "Create an element for a token" (HTML namespace; foreign
// elements go through CreateForeignElement).
Node* TreeBuilder::CreateElementForToken(const Token& t, Namespace ns) {
  return CreateElement(t.tag, t.name, ns, t.attrs, t.num_attrs);
}

// An element for the token an existing element was created for (the
// formatting elements the adoption agency and reconstruction recreate).
// Attributes are immutable once parsed, so the array is shared.
Node* TreeBuilder::CloneElement(const Node* n) {
  Node* c = doc_->CreateElement(n->tag, n->data, n->ns);
  c->attrs = n->attrs;
  c->num_attrs = n->num_attrs;
  return c;
}

void TreeBuilder::InsertNodeAt(Node* parent, Node* before, Node* n) {
  Document::InsertBefore(parent, n, before);
}

// "Insert an HTML element" / "insert a foreign element": at the
// appropriate place, then pushed onto the stack of open elements.
Node* TreeBuilder::InsertElement(Node* el) {
  Node* parent;
  Node* before;
  AppropriatePlace(nullptr, &parent, &before);
  InsertNodeAt(parent, before, el);
  stack_.Push(el);
  return el;
}

Node* TreeBuilder::InsertHtmlElement(TagId tag) {
  return InsertElement(CreateElement(tag, TagName(tag), Namespace::kHtml, nullptr, 0));
}

Node* TreeBuilder::InsertForeignElement(const Token& t, Namespace ns) {
  return InsertElement(CreateForeignElement(t, ns));
}

std::string_view TreeBuilder::StripNuls(std::string_view s) {
  scratch_.clear();
  for (char c : s)
    if (c != '\0') scratch_.push_back(c);
  return arena_->Copy(scratch_);
}

std::string_view TreeBuilder::ReplaceNuls(std::string_view s) {
  scratch_.clear();
  for (char c : s) {
    if (c == '\0') scratch_.append("\xEF\xBF\xBD");
    else scratch_.push_back(c);
  }
  return arena_->Copy(scratch_);
}

// 13.2.6.1 "Insert a character": appended to a Text node right before the
// insertion point, or a new Text node. `s` must live as long as the
// Document (input or arena).
void TreeBuilder::InsertText(std::string_view s) {
  if (s.empty()) return;
  Node* parent;
  Node* before = nullptr;
  if (!foster_parenting_) parent = stack_.current();
  else AppropriatePlace(nullptr, &parent, &before);
  if (parent->type == NodeType::kDocument) return;
  Node* prev = before ? before->prev() : parent->last_child();
  if (prev && prev->type == NodeType::kText) {
    AppendToText(prev, s);
    return;
  }
  InsertNodeAt(parent, before, doc_->CreateText(s));
}

void TreeBuilder::InsertCharacters(const Token& t, bool drop_nul) {
  std::string_view s = t.data;
  if (t.has_nul) s = drop_nul ? StripNuls(s) : ReplaceNuls(s);
  InsertText(s);
}

void TreeBuilder::AppendToText(Node* text, std::string_view s) {
  const size_t old = text->data.size();
  if (text->data.data() + old == s.data()) {
    // Adjacent in memory (the rest of the same run): just extend.
    text->data = std::string_view(text->data.data(), old + s.size());
    return;
  }
  if (text == grow_node_ && text->data.data() == grow_buf_ && old + s.size() <= grow_cap_) {
    std::memcpy(grow_buf_ + old, s.data(), s.size());
    text->data = std::string_view(grow_buf_, old + s.size());
    return;
  }
  // Doubling, so a node appended to again and again costs linear time.
  size_t cap = std::max<size_t>(64, 2 * (old + s.size()));
  char* buf = static_cast<char*>(arena_->Allocate(cap, 1));
  std::memcpy(buf, text->data.data(), old);
  std::memcpy(buf + old, s.data(), s.size());
  text->data = std::string_view(buf, old + s.size());
  grow_node_ = text;
  grow_buf_ = buf;
  grow_cap_ = cap;
}

// 13.2.6.1 "Insert a comment" (at the appropriate place, or as the last
// child of `parent`).
void TreeBuilder::InsertComment(const Token& t, Node* parent) {
  Node* c = doc_->CreateComment(t.data);
  if (parent) {
    Document::AppendChild(parent, c);
    return;
  }
  Node* before;
  AppropriatePlace(nullptr, &parent, &before);
  InsertNodeAt(parent, before, c);
}

// 13.2.6.2 Parsing elements that contain only text (the generic raw text
// and RCDATA element parsing algorithms; script data for <script>).
void TreeBuilder::ParseRawText(Token& t, Tokenizer::ContentModel model) {
  InsertHtmlElement(t);
  tokenizer_.SetContentModel(model);
  original_mode_ = mode_;
  mode_ = Mode::kText;
}

// ---------------------------------------------------------------------------
// 13.2.4 helpers

// 13.2.6.3 Closing elements that have implied end tags.
void TreeBuilder::GenerateImpliedEndTags(TagId except) {
  for (;;) {
    const Node* c = stack_.current();
    if (c->ns != Namespace::kHtml || c->tag == except) return;
    switch (c->tag) {
      case TagId::kDd: case TagId::kDt: case TagId::kLi: case TagId::kOptgroup: case TagId::kOption:
      case TagId::kP: case TagId::kRb: case TagId::kRp: case TagId::kRt: case TagId::kRtc:
        stack_.Pop();
        break;
      default:
        return;
    }
  }
}

void TreeBuilder::GenerateAllImpliedEndTagsThoroughly() {
  for (;;) {
    const Node* c = stack_.current();
    if (c->ns != Namespace::kHtml) return;
    switch (c->tag) {
      case TagId::kCaption: case TagId::kColgroup: case TagId::kDd: case TagId::kDt: case TagId::kLi:
      case TagId::kOptgroup: case TagId::kOption: case TagId::kP: case TagId::kRb: case TagId::kRp:
      case TagId::kRt: case TagId::kRtc: case TagId::kTbody: case TagId::kTd: case TagId::kTfoot:
      case TagId::kTh: case TagId::kThead: case TagId::kTr:
        stack_.Pop();
        break;
      default:
        return;
    }
  }
}

// Pops elements until an HTML element with tag `t` has been popped.
void TreeBuilder::PopUntil(TagId t) {
  if (!stack_.Has(t)) return;
  while (!stack_.Pop()->Is(t)) {
  }
}

void TreeBuilder::PopUntilOneOf(std::initializer_list<TagId> tags) {
  int top = OpenElementStack::kNone;
  for (TagId t : tags) top = std::max(top, stack_.TopOf(t));
  if (top == OpenElementStack::kNone) return;
  PopUntilNode(stack_.At(top));
}

void TreeBuilder::PopUntilNode(const Node* n) {
  if (!stack_.Contains(n)) return;
  while (stack_.Pop() != n) {
  }
}

// 13.2.6.4.7 "close a p element".
void TreeBuilder::ClosePElement() {
  GenerateImpliedEndTags(TagId::kP);
  PopUntil(TagId::kP);
}

// 13.2.6.4.9: clear the stack back to a table / table body / table row
// context. (html is always in `tags`.)
void TreeBuilder::ClearStackBackTo(std::initializer_list<TagId> tags) {
  for (;;) {
    const Node* c = stack_.current();
    if (c->ns == Namespace::kHtml) {
      if (c->tag == TagId::kHtml) return;
      for (TagId t : tags)
        if (c->tag == t) return;
    }
    stack_.Pop();
  }
}

// 13.2.6.4.15 "close the cell".
void TreeBuilder::CloseCell() {
  GenerateImpliedEndTags();
  PopUntilOneOf({TagId::kTd, TagId::kTh});
  formatting_.ClearToLastMarker();
  mode_ = Mode::kInRow;
}

// 13.2.4.3 "Reconstruct the active formatting elements".
namespace {
constexpr size_t kMaxReconstructed = 32;
}  // namespace

void TreeBuilder::ReconstructActiveFormattingElements() {
  const size_t n = formatting_.size();
  if (n == 0) return;
  const Node* last = formatting_.At(n - 1);
  if (!last || stack_.Contains(last)) return;
  size_t i = n - 1;
  while (i > 0) {
    const Node* e = formatting_.At(i - 1);
    if (!e || stack_.Contains(e)) break;
    --i;
  }
  // Bounded, against hostile input: formatting elements left open with
  // distinct attributes (which the Noah's Ark clause does not fold) are
  // cloned again for every block after them, so N of them and N paragraphs
  // made N^2 nodes (3,000 of each, 69 KB, reached max_nodes at 1.3 GB and
  // lost the rest of the page). Only the last kMaxReconstructed entries are
  // reconstructed; the earlier ones leave the list as if they had been
  // closed. Real pages reconstruct a handful (the Noah's Ark clause alone
  // allows 3 per kind); only the formatting wrappers differ, never the text.
  if (n - i > kMaxReconstructed) {
    formatting_.RemoveRange(i, n - kMaxReconstructed);
    i = formatting_.size() - kMaxReconstructed;
  }
  // Even so, 39 wrappers (13 kinds x 3, within the Noah's Ark clause)
  // before each of 200,000 "<p>x</p>" are 8 M nodes from 1.6 MB, which
  // reached max_nodes (1.1 GB) and cut the page. Past max_nodes / 8 clones
  // (a million by default, far beyond any real page) the pending entries
  // are dropped instead of cloned: the text goes on without its wrappers.
  if (formatting_.size() - i > reconstruct_budget_) {
    formatting_.RemoveRange(i, formatting_.size());
    reconstruct_budget_ = 0;
    return;
  }
  reconstruct_budget_ -= formatting_.size() - i;
  const size_t end = formatting_.size();
  for (; i < end; ++i) {
    Node* clone = InsertElement(CloneElement(formatting_.At(i)));
    formatting_.ReplaceAt(i, clone);
  }
}

// 13.2.6.4.7 The adoption agency algorithm. Returns true when the token is
// to be handled as "any other end tag".
bool TreeBuilder::AdoptionAgency(const Token& t) {
  const TagId subject = t.tag;
  // 2.
  Node* current = stack_.current();
  if (current->Is(subject) && !formatting_.Contains(current)) {
    stack_.Pop();
    return false;
  }
  // 3-4. The outer loop.
  for (int outer = 1; outer <= 8; ++outer) {
    // 4.3
    const size_t fi = formatting_.LastAfterMarker(subject);
    if (fi == ActiveFormattingList::kNotFound) return true;
    Node* fe = formatting_.At(fi);
    // 4.4
    if (!stack_.Contains(fe)) {
      formatting_.RemoveAt(fi);
      return false;
    }
    // 4.5
    if (!stack_.HasNodeInScope(fe, Scope::kDefault)) return false;
    // 4.7 The furthest block: the lowest special element above fe.
    const int fe_slot = stack_.SlotOf(fe);
    const int fb_slot = stack_.SpecialAbove(fe_slot);
    // 4.8
    if (fb_slot == OpenElementStack::kNone) {
      PopUntilNode(fe);
      if (formatting_.Contains(fe)) formatting_.Remove(fe);
      return false;
    }
    Node* fb = stack_.At(fb_slot);
    // 4.9-4.10
    Node* common_ancestor = stack_.At(stack_.Below(fe_slot));
    size_t bookmark = fi;
    // 4.11-4.13 The inner loop.
    Node* last = fb;
    int node_slot = fb_slot;
    for (int inner = 1;; ++inner) {
      node_slot = stack_.Below(node_slot);
      Node* node = stack_.At(node_slot);
      if (node == fe) break;
      if (inner > 3 && formatting_.Contains(node)) {
        const size_t r = formatting_.IndexOf(node);
        formatting_.RemoveAt(r);
        if (r < bookmark) --bookmark;
      }
      if (!formatting_.Contains(node)) {
        stack_.Remove(node);
        continue;
      }
      const size_t ni = formatting_.IndexOf(node);
      Node* clone = CloneElement(node);
      formatting_.ReplaceAt(ni, clone);
      stack_.Replace(node, clone);
      node = clone;
      if (last == fb) bookmark = ni + 1;
      Document::Detach(last);
      Document::AppendChild(node, last);
      last = node;
    }
    // 4.14
    Node* parent;
    Node* before;
    AppropriatePlace(common_ancestor, &parent, &before);
    Document::Detach(last);
    InsertNodeAt(parent, before, last);
    // 4.15-4.17
    Node* added = CloneElement(fe);
    while (Node* c = fb->first_child) {
      Document::Detach(c);
      Document::AppendChild(added, c);
    }
    Document::AppendChild(fb, added);
    // 4.18
    const size_t fe_index = formatting_.IndexOf(fe);
    formatting_.RemoveAt(fe_index);
    if (fe_index < bookmark) --bookmark;
    formatting_.InsertAt(bookmark, added);
    // 4.19
    const int from = stack_.SlotOf(fe);
    stack_.Remove(fe);
    stack_.Compact(from, stack_.SlotOf(fb), added);
  }
  return false;
}

// 13.2.4.1 "Reset the insertion mode appropriately". Only the elements in
// kClassReset decide; the others are skipped without looking at them.
void TreeBuilder::ResetInsertionMode() {
  const std::vector<uint32_t>& slots = stack_.ClassSlots(kClassReset);
  for (size_t i = slots.size(); i-- > 0;) {
    const bool last = slots[i] == 0;
    const Node* node = (last && context_) ? context_ : stack_.At(int(slots[i]));
    if (node->ns == Namespace::kHtml) {
      switch (node->tag) {
        case TagId::kTd: case TagId::kTh:
          if (!last) {
            mode_ = Mode::kInCell;
            return;
          }
          break;
        case TagId::kTr: mode_ = Mode::kInRow; return;
        case TagId::kTbody: case TagId::kThead: case TagId::kTfoot: mode_ = Mode::kInTableBody; return;
        case TagId::kCaption: mode_ = Mode::kInCaption; return;
        case TagId::kColgroup: mode_ = Mode::kInColumnGroup; return;
        case TagId::kTable: mode_ = Mode::kInTable; return;
        case TagId::kTemplate: mode_ = template_modes_.back(); return;
        case TagId::kHead:
          if (!last) {
            mode_ = Mode::kInHead;
            return;
          }
          break;
        case TagId::kBody: mode_ = Mode::kInBody; return;
        case TagId::kFrameset: mode_ = Mode::kInFrameset; return;
        case TagId::kHtml: mode_ = head_ ? Mode::kAfterHead : Mode::kBeforeHead; return;
        default: break;
      }
    }
    if (last) {
      mode_ = Mode::kInBody;
      return;
    }
  }
  mode_ = Mode::kInBody;
}

// ---------------------------------------------------------------------------
// <select>: a selectedcontent element mirrors the selected option. When an
// option is popped ("HTML element popping steps") and is its select's
// selected option, its children are cloned into the select's first
// selectedcontent.

void TreeBuilder::OnPop(void* self, Node* n) {
  TreeBuilder* b = static_cast<TreeBuilder*>(self);
  if (b->selectedcontent_seen_ && n->Is(TagId::kOption)) b->MaybeCloneOptionIntoSelectedContent(n);
}

void TreeBuilder::MaybeCloneOptionIntoSelectedContent(Node* option) {
  // The option's nearest ancestor select (none across datalist, hr, option).
  Node* select = nullptr;
  for (Node* a = option->parent; a && a->type == NodeType::kElement; a = a->parent) {
    if (a->ns != Namespace::kHtml) continue;
    if (a->tag == TagId::kSelect) {
      select = a;
      break;
    }
    if (a->tag == TagId::kDatalist || a->tag == TagId::kHr || a->tag == TagId::kOption) return;
  }
  if (!select || select->HasAttr("multiple")) return;
  SelectRecord* rec = nullptr;
  for (size_t i = select_records_.size(); i-- > 0;)
    if (select_records_[i].select == select) rec = &select_records_[i];
  if (!rec) {
    // First visit: find the selectedcontent, the first option and the last
    // option with a selected attribute, in tree order.
    SelectRecord r{select, nullptr, nullptr, nullptr};
    for (Node* n = select->first_child; n; n = NextInTree(n, select)) {
      if (!n->is_element() || n->ns != Namespace::kHtml) continue;
      if (n->tag == TagId::kSelectedcontent && !r.selectedcontent) r.selectedcontent = n;
      if (n->tag == TagId::kOption) {
        if (!r.first_option) r.first_option = n;
        if (n->HasAttr("selected")) r.selected_option = n;
      }
    }
    select_records_.push_back(r);
    rec = &select_records_.back();
  } else if (option->HasAttr("selected")) {
    rec->selected_option = option;
  }
  if (!rec->selectedcontent) return;
  const Node* selected = rec->selected_option ? rec->selected_option : rec->first_option;
  if (selected != option) return;
  // Clone first, then replace (the spec clones into a DocumentFragment):
  // the selectedcontent may itself be inside the option.
  Node* target = rec->selectedcontent;
  struct Pending {
    const Node* src;
    Node* parent;  // nullptr: a top-level clone
  };
  std::vector<Pending> todo;
  std::vector<Node*> top;
  for (const Node* c = option->last_child(); c; c = c->prev()) todo.push_back({c, nullptr});
  while (!todo.empty()) {
    const Pending p = todo.back();
    todo.pop_back();
    Node* copy;
    switch (p.src->type) {
      case NodeType::kElement: copy = CloneElement(p.src); break;
      case NodeType::kText: copy = doc_->CreateText(p.src->data); break;
      case NodeType::kComment: copy = doc_->CreateComment(p.src->data); break;
      default: continue;
    }
    if (p.parent) Document::AppendChild(p.parent, copy);
    else top.push_back(copy);
    for (const Node* c = p.src->last_child(); c; c = c->prev()) todo.push_back({c, copy});
    if (doc_->node_count() >= max_nodes_) break;  // the caller notices the budget
  }
  while (Node* c = target->first_child) Document::Detach(c);
  for (Node* c : top) Document::AppendChild(target, c);
}

// ---------------------------------------------------------------------------
// The insertion modes before and after the body.

// 13.2.6.4.1 The "initial" insertion mode
bool TreeBuilder::Initial(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters:
      TakeLeadingWhitespace(t);
      if (t.data.empty()) return false;
      break;
    case TokenType::kComment:
      InsertComment(t, doc_->root());
      return false;
    case TokenType::kDoctype: {
      Node* dt = doc_->CreateDoctype(t.name);
      Attribute* a = doc_->AllocateAttributes(dt, 2);
      a[0].name = "public";
      a[0].value = t.public_id;
      a[1].name = "system";
      a[1].value = t.system_id;
      Document::AppendChild(doc_->root(), dt);
      quirks_ = DoctypeIsQuirky(t);
      mode_ = Mode::kBeforeHtml;
      return false;
    }
    default:
      break;
  }
  quirks_ = true;  // missing DOCTYPE
  mode_ = Mode::kBeforeHtml;
  return true;
}

// 13.2.6.4.2 The "before html" insertion mode
bool TreeBuilder::BeforeHtml(Token& t) {
  switch (t.type) {
    case TokenType::kDoctype:
      return false;
    case TokenType::kComment:
      InsertComment(t, doc_->root());
      return false;
    case TokenType::kCharacters:
      TakeLeadingWhitespace(t);
      if (t.data.empty()) return false;
      break;
    case TokenType::kStartTag:
      if (t.tag == TagId::kHtml) {
        Node* html = CreateElementForToken(t, Namespace::kHtml);
        Document::AppendChild(doc_->root(), html);
        stack_.Push(html);
        mode_ = Mode::kBeforeHead;
        return false;
      }
      break;
    case TokenType::kEndTag:
      if (t.tag != TagId::kHead && t.tag != TagId::kBody && t.tag != TagId::kHtml && t.tag != TagId::kBr)
        return false;
      break;
    case TokenType::kEof:
      break;
  }
  Node* html = CreateElement(TagId::kHtml, "html", Namespace::kHtml, nullptr, 0);
  Document::AppendChild(doc_->root(), html);
  stack_.Push(html);
  mode_ = Mode::kBeforeHead;
  return true;
}

// 13.2.6.4.3 The "before head" insertion mode
bool TreeBuilder::BeforeHead(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters:
      TakeLeadingWhitespace(t);
      if (t.data.empty()) return false;
      break;
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      if (t.tag == TagId::kHtml) return InBody(t);
      if (t.tag == TagId::kHead) {
        head_ = InsertHtmlElement(t);
        mode_ = Mode::kInHead;
        return false;
      }
      break;
    case TokenType::kEndTag:
      if (t.tag != TagId::kHead && t.tag != TagId::kBody && t.tag != TagId::kHtml && t.tag != TagId::kBr)
        return false;
      break;
    case TokenType::kEof:
      break;
  }
  head_ = InsertHtmlElement(TagId::kHead);
  mode_ = Mode::kInHead;
  return true;
}

// 13.2.6.4.4 The "in head" insertion mode
bool TreeBuilder::InHead(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters:
      InsertText(TakeLeadingWhitespace(t));
      if (t.data.empty()) return false;
      break;
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      switch (t.tag) {
        case TagId::kHtml:
          return InBody(t);
        case TagId::kBase:
          // (Every HTML <base> is inserted here: in body, in a table or a
          // template, the token comes through InHead.)
          doc_->note_base_element();
          [[fallthrough]];
        case TagId::kBasefont: case TagId::kBgsound: case TagId::kLink:
        case TagId::kMeta:
          InsertHtmlElement(t);
          stack_.Pop();
          return false;
        case TagId::kTitle:
          ParseRawText(t, Tokenizer::ContentModel::kRcdata);
          return false;
        case TagId::kNoscript:  // scripting disabled
          InsertHtmlElement(t);
          mode_ = Mode::kInHeadNoscript;
          return false;
        case TagId::kNoframes: case TagId::kStyle:
          ParseRawText(t, Tokenizer::ContentModel::kRawtext);
          return false;
        case TagId::kScript:
          ParseRawText(t, Tokenizer::ContentModel::kScriptData);
          return false;
        case TagId::kTemplate:
          InsertHtmlElement(t);
          formatting_.PushMarker();
          frameset_ok_ = false;
          mode_ = Mode::kInTemplate;
          template_modes_.push_back(Mode::kInTemplate);
          return false;
        case TagId::kHead:
          return false;
        default:
          break;
      }
      break;
    case TokenType::kEndTag:
      switch (t.tag) {
        case TagId::kHead:
          stack_.Pop();
          mode_ = Mode::kAfterHead;
          return false;
        case TagId::kBody: case TagId::kHtml: case TagId::kBr:
          break;
        case TagId::kTemplate:
          if (!stack_.Has(TagId::kTemplate)) return false;
          GenerateAllImpliedEndTagsThoroughly();
          PopUntil(TagId::kTemplate);
          formatting_.ClearToLastMarker();
          template_modes_.pop_back();
          ResetInsertionMode();
          return false;
        default:
          return false;
      }
      break;
    case TokenType::kEof:
      break;
  }
  stack_.Pop();  // the head element
  mode_ = Mode::kAfterHead;
  return true;
}

// 13.2.6.4.5 The "in head noscript" insertion mode
bool TreeBuilder::InHeadNoscript(Token& t) {
  switch (t.type) {
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      switch (t.tag) {
        case TagId::kHtml:
          return InBody(t);
        case TagId::kBasefont: case TagId::kBgsound: case TagId::kLink: case TagId::kMeta:
        case TagId::kNoframes: case TagId::kStyle:
          return InHead(t);
        case TagId::kHead: case TagId::kNoscript:
          return false;
        case TagId::kIframe:
          // Deviation (browsers' view), as in body (in_body.cc): an <iframe/>
          // written self-closed in a <noscript> in the head (a tag manager's
          // snippet) is empty, and the noscript stays open. The spec pops the
          // noscript and reprocesses the iframe in body, where its raw text
          // would run to an </iframe> that never comes and swallow the page.
          if (t.self_closing) {
            InsertHtmlElement(t);
            stack_.Pop();
            return false;
          }
          break;
        default:
          break;
      }
      break;
    case TokenType::kEndTag:
      if (t.tag == TagId::kNoscript) {
        stack_.Pop();
        mode_ = Mode::kInHead;
        return false;
      }
      if (t.tag != TagId::kBr) return false;
      break;
    case TokenType::kCharacters:
      InsertText(TakeLeadingWhitespace(t));
      if (t.data.empty()) return false;
      break;
    case TokenType::kComment:
      return InHead(t);
    case TokenType::kEof:
      break;
  }
  stack_.Pop();  // the noscript element
  mode_ = Mode::kInHead;
  return true;
}

// 13.2.6.4.6 The "after head" insertion mode
bool TreeBuilder::AfterHead(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters:
      InsertText(TakeLeadingWhitespace(t));
      if (t.data.empty()) return false;
      break;
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      switch (t.tag) {
        case TagId::kHtml:
          return InBody(t);
        case TagId::kBody:
          InsertHtmlElement(t);
          frameset_ok_ = false;
          mode_ = Mode::kInBody;
          return false;
        case TagId::kFrameset:
          InsertHtmlElement(t);
          mode_ = Mode::kInFrameset;
          return false;
        case TagId::kBase: case TagId::kBasefont: case TagId::kBgsound: case TagId::kLink:
        case TagId::kMeta: case TagId::kNoframes: case TagId::kScript: case TagId::kStyle:
        case TagId::kTemplate: case TagId::kTitle: {
          stack_.Push(head_);
          const bool again = InHead(t);
          if (stack_.Contains(head_)) stack_.Remove(head_);
          return again;
        }
        case TagId::kHead:
          return false;
        default:
          break;
      }
      break;
    case TokenType::kEndTag:
      if (t.tag == TagId::kTemplate) return InHead(t);
      if (t.tag != TagId::kBody && t.tag != TagId::kHtml && t.tag != TagId::kBr) return false;
      break;
    case TokenType::kEof:
      break;
  }
  InsertHtmlElement(TagId::kBody);
  mode_ = Mode::kInBody;
  return true;
}

// 13.2.6.4.8 The "text" insertion mode
bool TreeBuilder::Text(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters:
      InsertCharacters(t, false);
      return false;
    case TokenType::kEof:
      stack_.Pop();
      mode_ = original_mode_;
      return true;
    case TokenType::kEndTag:
      stack_.Pop();
      mode_ = original_mode_;
      return false;
    default:
      return false;
  }
}

// 13.2.6.4.16 The "in template" insertion mode
bool TreeBuilder::InTemplate(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters: case TokenType::kComment: case TokenType::kDoctype:
      return InBody(t);
    case TokenType::kStartTag: {
      Mode next;
      switch (t.tag) {
        case TagId::kBase: case TagId::kBasefont: case TagId::kBgsound: case TagId::kLink:
        case TagId::kMeta: case TagId::kNoframes: case TagId::kScript: case TagId::kStyle:
        case TagId::kTemplate: case TagId::kTitle:
          return InHead(t);
        case TagId::kCaption: case TagId::kColgroup: case TagId::kTbody: case TagId::kTfoot:
        case TagId::kThead:
          next = Mode::kInTable;
          break;
        case TagId::kCol: next = Mode::kInColumnGroup; break;
        case TagId::kTr: next = Mode::kInTableBody; break;
        case TagId::kTd: case TagId::kTh: next = Mode::kInRow; break;
        default: next = Mode::kInBody; break;
      }
      template_modes_.back() = next;
      mode_ = next;
      return true;
    }
    case TokenType::kEndTag:
      if (t.tag == TagId::kTemplate) return InHead(t);
      return false;
    case TokenType::kEof:
      if (!stack_.Has(TagId::kTemplate)) {
        Stop();  // fragment case
        return false;
      }
      PopUntil(TagId::kTemplate);
      formatting_.ClearToLastMarker();
      template_modes_.pop_back();
      ResetInsertionMode();
      return true;
  }
  return false;
}

// 13.2.6.4.17 The "after body" insertion mode
bool TreeBuilder::AfterBody(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters: {
      std::string_view ws = TakeLeadingWhitespace(t);
      if (!ws.empty()) {
        Token w = t;
        w.data = ws;
        w.has_nul = false;
        InBody(w);
      }
      if (t.data.empty()) return false;
      break;
    }
    case TokenType::kComment:
      InsertComment(t, stack_.bottom());
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      if (t.tag == TagId::kHtml) return InBody(t);
      break;
    case TokenType::kEndTag:
      if (t.tag == TagId::kHtml) {
        if (!context_) mode_ = Mode::kAfterAfterBody;
        return false;
      }
      break;
    case TokenType::kEof:
      Stop();
      return false;
  }
  mode_ = Mode::kInBody;
  return true;
}

// The whitespace characters of a run, for the modes that ignore the others
// one character at a time (frameset modes, column group in a template).
std::string_view TreeBuilder::WhitespaceOnly(std::string_view s) {
  if (AllHtmlWhitespace(s)) return s;
  scratch_.clear();
  for (char c : s)
    if (IsHtmlWhitespace(c)) scratch_.push_back(c);
  return arena_->Copy(scratch_);
}

// 13.2.6.4.18 The "in frameset" insertion mode
bool TreeBuilder::InFrameset(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters:
      InsertText(WhitespaceOnly(t.data));
      return false;
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      switch (t.tag) {
        case TagId::kHtml: return InBody(t);
        case TagId::kFrameset: InsertHtmlElement(t); return false;
        case TagId::kFrame:
          InsertHtmlElement(t);
          stack_.Pop();
          return false;
        case TagId::kNoframes: return InHead(t);
        default: return false;
      }
    case TokenType::kEndTag:
      if (t.tag == TagId::kFrameset) {
        if (stack_.size() == 1 && CurrentIs(TagId::kHtml)) return false;  // fragment case
        stack_.Pop();
        if (!context_ && !CurrentIs(TagId::kFrameset)) mode_ = Mode::kAfterFrameset;
      }
      return false;
    case TokenType::kEof:
      Stop();
      return false;
  }
  return false;
}

// 13.2.6.4.19 The "after frameset" insertion mode
bool TreeBuilder::AfterFrameset(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters:
      InsertText(WhitespaceOnly(t.data));
      return false;
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kStartTag:
      if (t.tag == TagId::kHtml) return InBody(t);
      if (t.tag == TagId::kNoframes) return InHead(t);
      return false;
    case TokenType::kEndTag:
      if (t.tag == TagId::kHtml) mode_ = Mode::kAfterAfterFrameset;
      return false;
    case TokenType::kEof:
      Stop();
      return false;
    default:
      return false;
  }
}

// 13.2.6.4.20 The "after after body" insertion mode
bool TreeBuilder::AfterAfterBody(Token& t) {
  switch (t.type) {
    case TokenType::kComment:
      InsertComment(t, doc_->root());
      return false;
    case TokenType::kDoctype:
      return InBody(t);
    case TokenType::kCharacters: {
      std::string_view ws = TakeLeadingWhitespace(t);
      if (!ws.empty()) {
        Token w = t;
        w.data = ws;
        w.has_nul = false;
        InBody(w);
      }
      if (t.data.empty()) return false;
      break;
    }
    case TokenType::kStartTag:
      if (t.tag == TagId::kHtml) return InBody(t);
      break;
    case TokenType::kEof:
      Stop();
      return false;
    default:
      break;
  }
  mode_ = Mode::kInBody;
  return true;
}

// 13.2.6.4.21 The "after after frameset" insertion mode
bool TreeBuilder::AfterAfterFrameset(Token& t) {
  switch (t.type) {
    case TokenType::kComment:
      InsertComment(t, doc_->root());
      return false;
    case TokenType::kDoctype:
      return InBody(t);
    case TokenType::kCharacters: {
      Token w = t;
      w.data = WhitespaceOnly(t.data);
      w.has_nul = false;
      if (!w.data.empty()) InBody(w);
      return false;
    }
    case TokenType::kStartTag:
      if (t.tag == TagId::kHtml) return InBody(t);
      if (t.tag == TagId::kNoframes) return InHead(t);
      return false;
    case TokenType::kEof:
      Stop();
      return false;
    default:
      return false;
  }
}

}  // namespace lede
