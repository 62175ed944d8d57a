// 13.2.6.4.7 The "in body" insertion mode, where almost all of a page is
// parsed. Start and end tags dispatch on the tag id (a jump table), so the
// common case costs one switch and an insertion.
#include <algorithm>

#include "core/text.h"
#include "html/tree_builder.h"

namespace lede {
namespace {

std::string_view TokenAttr(const Token& t, std::string_view name) {
  for (uint32_t i = 0; i < t.num_attrs; ++i)
    if (t.attrs[i].name == name) return t.attrs[i].value;
  return {};
}

bool TokenHasAttr(const Token& t, std::string_view name) {
  for (uint32_t i = 0; i < t.num_attrs; ++i)
    if (t.attrs[i].name == name) return true;
  return false;
}

}  // namespace

// "add the attribute and its corresponding value to that element" for each
// attribute of the token the element lacks (a second <html> or <body>).
// An element at kMaxAttributes takes none more. (hostile39: it took none,
// but each tag with a new name still copied its 255 into a new array,
// 8 KB of arena a tag: 10^5 `<body aN=v>`, 1.2 MB, made 806 MB.)
void TreeBuilder::AddMissingAttributes(Node* el, const Token& t) {
  if (el->num_attrs >= kMaxAttributes) return;
  uint32_t missing = 0;
  for (uint32_t i = 0; i < t.num_attrs; ++i)
    if (!el->HasAttr(t.attrs[i].name)) ++missing;
  if (!missing) return;
  Attribute* a = arena_->NewArray<Attribute>(std::min<uint32_t>(el->num_attrs + missing, kMaxAttributes));
  uint32_t n = 0;
  for (uint32_t i = 0; i < el->num_attrs; ++i) a[n++] = el->attrs[i];
  for (uint32_t i = 0; i < t.num_attrs && n < kMaxAttributes; ++i)
    if (!el->HasAttr(t.attrs[i].name)) a[n++] = t.attrs[i];
  el->attrs = a;
  el->num_attrs = uint8_t(n);
}

bool TreeBuilder::InBody(Token& t) {
  switch (t.type) {
    case TokenType::kCharacters: {
      std::string_view s = t.data;
      if (t.has_nul) {
        s = StripNuls(s);  // unexpected-null-character: ignored
        if (s.empty()) return false;
      }
      ReconstructActiveFormattingElements();
      InsertText(s);
      if (frameset_ok_ && !AllHtmlWhitespace(s)) frameset_ok_ = false;
      return false;
    }
    case TokenType::kComment:
      InsertComment(t);
      return false;
    case TokenType::kDoctype:
      return false;
    case TokenType::kStartTag:
      return InBodyStartTag(t);
    case TokenType::kEndTag:
      return InBodyEndTag(t);
    case TokenType::kEof:
      if (!template_modes_.empty()) return InTemplate(t);
      Stop();
      return false;
  }
  return false;
}

bool TreeBuilder::InBodyStartTag(Token& t) {
  switch (t.tag) {
    case TagId::kHtml:
      if (!stack_.Has(TagId::kTemplate)) AddMissingAttributes(stack_.bottom(), t);
      return false;
    case TagId::kBase: case TagId::kBasefont: case TagId::kBgsound: case TagId::kLink:
    case TagId::kMeta: case TagId::kNoframes: case TagId::kScript: case TagId::kStyle:
    case TagId::kTemplate: case TagId::kTitle:
      return InHead(t);
    case TagId::kBody: {
      Node* body = nullptr;
      const int b = stack_.TopOf(TagId::kBody);
      if (b != OpenElementStack::kNone && stack_.Below(b) == 0) body = stack_.At(b);
      if (!body || stack_.Has(TagId::kTemplate)) return false;
      frameset_ok_ = false;
      AddMissingAttributes(body, t);
      return false;
    }
    case TagId::kFrameset: {
      const int b = stack_.TopOf(TagId::kBody);
      if (b == OpenElementStack::kNone || stack_.Below(b) != 0 || !frameset_ok_) return false;
      Document::Detach(stack_.At(b));
      while (stack_.size() > 1) stack_.Pop();
      InsertHtmlElement(t);
      mode_ = Mode::kInFrameset;
      return false;
    }
    case TagId::kAddress: case TagId::kArticle: case TagId::kAside: case TagId::kBlockquote:
    case TagId::kCenter: case TagId::kDetails: case TagId::kDialog: case TagId::kDir:
    case TagId::kDiv: case TagId::kDl: case TagId::kFieldset: case TagId::kFigcaption:
    case TagId::kFigure: case TagId::kFooter: case TagId::kHeader: case TagId::kHgroup:
    case TagId::kMain: case TagId::kMenu: case TagId::kNav: case TagId::kOl: case TagId::kP:
    case TagId::kSearch: case TagId::kSection: case TagId::kSummary: case TagId::kUl:
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      InsertHtmlElement(t);
      return false;
    case TagId::kH1: case TagId::kH2: case TagId::kH3: case TagId::kH4: case TagId::kH5:
    case TagId::kH6: {
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      const Node* c = stack_.current();
      if (c->ns == Namespace::kHtml && IsHeadingTag(c->tag)) stack_.Pop();
      InsertHtmlElement(t);
      return false;
    }
    case TagId::kPre: case TagId::kListing:
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      InsertHtmlElement(t);
      skip_newline_ = true;
      frameset_ok_ = false;
      return false;
    case TagId::kForm: {
      const bool in_template = stack_.Has(TagId::kTemplate);
      if (form_ && !in_template) return false;
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      Node* f = InsertHtmlElement(t);
      if (!in_template) form_ = f;
      return false;
    }
    case TagId::kLi: {
      frameset_ok_ = false;
      // The walk down the stack stops at the first li or special element
      // other than address, div and p: the topmost one of that class.
      const int s = stack_.TopOfClass(kClassSpecialNotAdp);
      if (s != OpenElementStack::kNone && stack_.At(s)->Is(TagId::kLi)) {
        GenerateImpliedEndTags(TagId::kLi);
        PopUntil(TagId::kLi);
      }
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      InsertHtmlElement(t);
      return false;
    }
    case TagId::kDd: case TagId::kDt: {
      frameset_ok_ = false;
      const int s = stack_.TopOfClass(kClassSpecialNotAdp);
      if (s != OpenElementStack::kNone) {
        const Node* n = stack_.At(s);
        if (n->Is(TagId::kDd) || n->Is(TagId::kDt)) {
          const TagId which = n->tag;
          GenerateImpliedEndTags(which);
          PopUntil(which);
        }
      }
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      InsertHtmlElement(t);
      return false;
    }
    case TagId::kPlaintext:
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      InsertHtmlElement(t);
      tokenizer_.SetContentModel(Tokenizer::ContentModel::kPlaintext);
      return false;
    case TagId::kButton:
      if (HasInScope(TagId::kButton)) {
        GenerateImpliedEndTags();
        PopUntil(TagId::kButton);
      }
      ReconstructActiveFormattingElements();
      InsertHtmlElement(t);
      frameset_ok_ = false;
      return false;
    case TagId::kA: {
      const size_t i = formatting_.LastAfterMarker(TagId::kA);
      if (i != ActiveFormattingList::kNotFound) {
        Node* a = formatting_.At(i);
        if (AdoptionAgency(t)) InBodyOtherEndTag(t);
        if (formatting_.Contains(a)) formatting_.Remove(a);
        if (stack_.Contains(a)) stack_.Remove(a);
      }
      ReconstructActiveFormattingElements();
      formatting_.Push(InsertHtmlElement(t));
      return false;
    }
    case TagId::kB: case TagId::kBig: case TagId::kCode: case TagId::kEm: case TagId::kFont:
    case TagId::kI: case TagId::kS: case TagId::kSmall: case TagId::kStrike: case TagId::kStrong:
    case TagId::kTt: case TagId::kU:
      ReconstructActiveFormattingElements();
      formatting_.Push(InsertHtmlElement(t));
      return false;
    case TagId::kNobr:
      ReconstructActiveFormattingElements();
      if (HasInScope(TagId::kNobr)) {
        if (AdoptionAgency(t)) InBodyOtherEndTag(t);
        ReconstructActiveFormattingElements();
      }
      formatting_.Push(InsertHtmlElement(t));
      return false;
    case TagId::kApplet: case TagId::kMarquee: case TagId::kObject:
      ReconstructActiveFormattingElements();
      InsertHtmlElement(t);
      formatting_.PushMarker();
      frameset_ok_ = false;
      return false;
    case TagId::kTable:
      if (!quirks_ && HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      InsertHtmlElement(t);
      frameset_ok_ = false;
      mode_ = Mode::kInTable;
      return false;
    case TagId::kArea: case TagId::kBr: case TagId::kEmbed: case TagId::kImg: case TagId::kKeygen:
    case TagId::kWbr:
      ReconstructActiveFormattingElements();
      InsertHtmlElement(t);
      stack_.Pop();
      frameset_ok_ = false;
      return false;
    case TagId::kInput:
      // <input> closes an open select (the select parsing of 2025).
      if (context_ && context_->Is(TagId::kSelect)) return false;
      if (HasInScope(TagId::kSelect)) PopUntil(TagId::kSelect);
      ReconstructActiveFormattingElements();
      InsertHtmlElement(t);
      stack_.Pop();
      if (!TokenHasAttr(t, "type") || !EqualsIgnoreCase(TokenAttr(t, "type"), "hidden"))
        frameset_ok_ = false;
      return false;
    case TagId::kParam: case TagId::kSource: case TagId::kTrack:
      InsertHtmlElement(t);
      stack_.Pop();
      return false;
    case TagId::kHr:
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      if (HasInScope(TagId::kSelect)) GenerateImpliedEndTags();
      InsertHtmlElement(t);
      stack_.Pop();
      frameset_ok_ = false;
      return false;
    case TagId::kImage:
      // "Change the token's tag name to "img" and reprocess it. (Don't ask.)"
      t.tag = TagId::kImg;
      t.name = TagName(TagId::kImg);
      return true;
    case TagId::kTextarea:
      InsertHtmlElement(t);
      skip_newline_ = true;
      tokenizer_.SetContentModel(Tokenizer::ContentModel::kRcdata);
      original_mode_ = mode_;
      frameset_ok_ = false;
      mode_ = Mode::kText;
      return false;
    case TagId::kXmp:
      if (HasInScope(TagId::kP, Scope::kButton)) ClosePElement();
      ReconstructActiveFormattingElements();
      frameset_ok_ = false;
      ParseRawText(t, Tokenizer::ContentModel::kRawtext);
      return false;
    case TagId::kIframe:
      frameset_ok_ = false;
      // Deviation (browsers' view): an <iframe/> written self-closed inside
      // <noscript> (a tag manager's snippet) is empty. Scripting off, its raw
      // text would run to an </iframe> that never comes and swallow the rest
      // of the page; a browser, scripting on, reads the noscript as text and
      // shows the page. (A self-closing flag on an iframe is a parse error;
      // an iframe with an open tag keeps the spec's raw text.)
      if (t.self_closing && stack_.Has(TagId::kNoscript)) {
        InsertHtmlElement(t);
        stack_.Pop();
        return false;
      }
      ParseRawText(t, Tokenizer::ContentModel::kRawtext);
      return false;
    case TagId::kNoembed:
      ParseRawText(t, Tokenizer::ContentModel::kRawtext);
      return false;
    case TagId::kSelect:
      if (context_ && context_->Is(TagId::kSelect)) return false;
      if (HasInScope(TagId::kSelect)) {
        PopUntil(TagId::kSelect);  // a nested <select> closes the open one
        return false;
      }
      ReconstructActiveFormattingElements();
      InsertHtmlElement(t);
      frameset_ok_ = false;
      return false;
    case TagId::kOption:
      if (HasInScope(TagId::kSelect)) GenerateImpliedEndTags(TagId::kOptgroup);
      else if (CurrentIs(TagId::kOption)) stack_.Pop();
      ReconstructActiveFormattingElements();
      InsertHtmlElement(t);
      return false;
    case TagId::kOptgroup:
      if (HasInScope(TagId::kSelect)) GenerateImpliedEndTags();
      else if (CurrentIs(TagId::kOption)) stack_.Pop();
      ReconstructActiveFormattingElements();
      InsertHtmlElement(t);
      return false;
    case TagId::kRb: case TagId::kRtc:
      if (HasInScope(TagId::kRuby)) GenerateImpliedEndTags();
      InsertHtmlElement(t);
      return false;
    case TagId::kRp: case TagId::kRt:
      if (HasInScope(TagId::kRuby)) GenerateImpliedEndTags(TagId::kRtc);
      InsertHtmlElement(t);
      return false;
    case TagId::kMath: case TagId::kSvg:
      ReconstructActiveFormattingElements();
      InsertForeignElement(t, t.tag == TagId::kMath ? Namespace::kMathMl : Namespace::kSvg);
      if (t.self_closing) stack_.Pop();
      return false;
    case TagId::kCaption: case TagId::kCol: case TagId::kColgroup: case TagId::kFrame:
    case TagId::kHead: case TagId::kTbody: case TagId::kTd: case TagId::kTfoot: case TagId::kTh:
    case TagId::kThead: case TagId::kTr:
      return false;
    default:
      // Any other start tag (noscript too: scripting is disabled).
      ReconstructActiveFormattingElements();
      InsertHtmlElement(t);
      return false;
  }
}

bool TreeBuilder::InBodyEndTag(Token& t) {
  switch (t.tag) {
    case TagId::kTemplate:
      return InHead(t);
    case TagId::kBody:
      if (!HasInScope(TagId::kBody)) return false;
      mode_ = Mode::kAfterBody;
      return false;
    case TagId::kHtml:
      if (!HasInScope(TagId::kBody)) return false;
      mode_ = Mode::kAfterBody;
      return true;
    case TagId::kAddress: case TagId::kArticle: case TagId::kAside: case TagId::kBlockquote:
    case TagId::kButton: case TagId::kCenter: case TagId::kDetails: case TagId::kDialog:
    case TagId::kDir: case TagId::kDiv: case TagId::kDl: case TagId::kFieldset:
    case TagId::kFigcaption: case TagId::kFigure: case TagId::kFooter: case TagId::kHeader:
    case TagId::kHgroup: case TagId::kListing: case TagId::kMain: case TagId::kMenu:
    case TagId::kNav: case TagId::kOl: case TagId::kPre: case TagId::kSearch: case TagId::kSection:
    case TagId::kSelect: case TagId::kSummary: case TagId::kUl:
      if (!HasInScope(t.tag)) return false;
      GenerateImpliedEndTags();
      PopUntil(t.tag);
      return false;
    case TagId::kForm:
      if (!stack_.Has(TagId::kTemplate)) {
        Node* node = form_;
        form_ = nullptr;
        if (!node || !stack_.HasNodeInScope(node, Scope::kDefault)) return false;
        GenerateImpliedEndTags();
        stack_.Remove(node);
        return false;
      }
      if (!HasInScope(TagId::kForm)) return false;
      GenerateImpliedEndTags();
      PopUntil(TagId::kForm);
      return false;
    case TagId::kP:
      if (!HasInScope(TagId::kP, Scope::kButton)) InsertHtmlElement(TagId::kP);
      ClosePElement();
      return false;
    case TagId::kLi:
      if (!HasInScope(TagId::kLi, Scope::kListItem)) return false;
      GenerateImpliedEndTags(TagId::kLi);
      PopUntil(TagId::kLi);
      return false;
    case TagId::kDd: case TagId::kDt:
      if (!HasInScope(t.tag)) return false;
      GenerateImpliedEndTags(t.tag);
      PopUntil(t.tag);
      return false;
    case TagId::kH1: case TagId::kH2: case TagId::kH3: case TagId::kH4: case TagId::kH5:
    case TagId::kH6: {
      int top = OpenElementStack::kNone;
      for (TagId h : {TagId::kH1, TagId::kH2, TagId::kH3, TagId::kH4, TagId::kH5, TagId::kH6})
        top = std::max(top, stack_.TopOf(h));
      if (top == OpenElementStack::kNone || top < stack_.ScopeBoundary(Scope::kDefault)) return false;
      GenerateImpliedEndTags();
      PopUntilOneOf({TagId::kH1, TagId::kH2, TagId::kH3, TagId::kH4, TagId::kH5, TagId::kH6});
      return false;
    }
    case TagId::kA: case TagId::kB: case TagId::kBig: case TagId::kCode: case TagId::kEm:
    case TagId::kFont: case TagId::kI: case TagId::kNobr: case TagId::kS: case TagId::kSmall:
    case TagId::kStrike: case TagId::kStrong: case TagId::kTt: case TagId::kU:
      if (AdoptionAgency(t)) InBodyOtherEndTag(t);
      return false;
    case TagId::kApplet: case TagId::kMarquee: case TagId::kObject:
      if (!HasInScope(t.tag)) return false;
      GenerateImpliedEndTags();
      PopUntil(t.tag);
      formatting_.ClearToLastMarker();
      return false;
    case TagId::kBr: {
      // "Drop the attributes from the token, and act as described in the
      // next entry; i.e. act as if this was a "br" start tag token".
      Token br = t;
      br.type = TokenType::kStartTag;
      br.attrs = nullptr;
      br.num_attrs = 0;
      return InBodyStartTag(br);
    }
    default:
      InBodyOtherEndTag(t);
      return false;
  }
}

// "Any other end tag": the walk from the current node stops at the first
// element with the token's name (closed) or special element (ignored).
void TreeBuilder::InBodyOtherEndTag(const Token& t) {
  const int special = stack_.TopOfClass(kClassSpecial);
  if (t.tag != TagId::kUnknown) {
    const int s = stack_.TopOf(t.tag);
    if (s == OpenElementStack::kNone || s < special) return;
    Node* node = stack_.At(s);
    GenerateImpliedEndTags(t.tag);
    PopUntilNode(node);
    return;
  }
  // Unlisted names: only the unlisted elements above the topmost special
  // element can match, and none does if none has the name.
  if (stack_.CountNamed(t.name, false) == 0) return;
  const std::vector<uint32_t>& unknown = stack_.UnknownSlots();
  for (size_t i = unknown.size(); i-- > 0;) {
    const int s = int(unknown[i]);
    if (s < special) return;
    Node* node = stack_.At(s);
    if (node->data == t.name) {
      GenerateImpliedEndTags();
      PopUntilNode(node);
      return;
    }
  }
}

}  // namespace lede
