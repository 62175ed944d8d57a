#include "extract/content.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <initializer_list>

#include "core/text.h"
#include "core/url.h"
#include "extract/body_builder.h"
#include "extract/dates.h"
#include "extract/dom_text.h"
#include "extract/vocabulary.h"

namespace lede {

namespace {

// The longest text of a code block's language label ("objective-c").
constexpr uint32_t kCodeLabelMaxText = 12;

// Whether `c` is a line box of a code listing: a <div> or a <pre> classed
// as a line (IsCodeLineClass).
static bool IsLineBox(const Node* c) {
  return (c->Is(TagId::kDiv) || c->Is(TagId::kPre)) && c->num_attrs && IsCodeLineClass(c->Attr("class"));
}

// The line box inside `c`, a wrapper of one line after its gutter
// (CodeMirror 5 with line numbers: "<div><div
// class=CodeMirror-gutter-wrapper><div class=CodeMirror-linenumber>1</div>
// </div><pre class=CodeMirror-line>"): the <pre> line box after the
// wrapper's first element, a <div>; null when none.
static const Node* WrappedLineBox(const Node* c) {
  if (!c->Is(TagId::kDiv)) return nullptr;
  const Node* gutter = c->first_child;
  while (gutter && !gutter->is_element()) gutter = gutter->next;
  if (!gutter || !gutter->Is(TagId::kDiv)) return nullptr;
  const Node* line = gutter->next;
  while (line && !line->is_element()) line = line->next;
  return line && line->Is(TagId::kPre) && IsLineBox(line) ? line : nullptr;
}

// Whether `e` is a code listing printed without <pre>: a <div> of two or more
// line boxes and nothing else ("<div class=fragment><div class=line>..."
// as Doxygen prints it; SyntaxHighlighter's lines under its "code" cell),
// each line of inline content only, the box or one of its two parents
// classed as code (IsCodeLineClass, NamesCodeBox). Read as a <pre>: its
// lines and their indentation are kept, its classes are token kinds. A
// box classed as code itself may wrap each line with its gutter
// (WrappedLineBox; the numbers go as a listing's line numbers do).
bool IsCodeLineBox(const Node* e) {
  if (!e->Is(TagId::kDiv)) return false;
  const Node* first = e->first_child;
  while (first && !first->is_element()) first = first->next;
  if (!first || (!first->Is(TagId::kDiv) && !first->Is(TagId::kPre))) return false;
  bool wrapped = false;
  if (!IsLineBox(first)) {
    // (Most boxes end here: their first child is no line box.)
    if (first->num_attrs > 1 || !e->num_attrs || !WrappedLineBox(first) || !NamesCodeBox(e->Attr("class")))
      return false;
    wrapped = true;
  }
  constexpr int kBoxLevels = 3;  // the box, its parent, its grandparent
  bool named = wrapped;
  int level = 0;
  for (const Node* a = e; a && a->is_element() && level < kBoxLevels && !named; a = a->parent, ++level)
    named = a->num_attrs && NamesCodeBox(a->Attr("class"));
  if (!named) return false;
  int lines = 0;
  for (const Node* c = e->first_child; c; c = c->next) {
    if (c->is_text()) {
      if (!Trim(c->data).empty()) return false;
      continue;
    }
    if (!c->is_element()) continue;
    const Node* line = wrapped ? WrappedLineBox(c) : IsLineBox(c) ? c : nullptr;
    if (!line) return false;
    for (const Node* n = line->first_child; n; n = NextInTree(n, line))
      if (n->is_element() && (IsBlockTag(n->tag) || n->Is(TagId::kImg))) return false;
    ++lines;
  }
  return lines >= 2;
}

// Whether `e` is a table's <thead>, or a row of header cells only (of
// its first kHeaderRowLookCells cells). (Not a header cell alone: a
// column the table hides, "<th class=hidden>oSort</th>", has no cells.)
static bool IsTableHeaderPart(const Node* e) {
  constexpr int kHeaderRowLookCells = 32;
  if (e->Is(TagId::kThead)) return true;
  if (!e->Is(TagId::kTr)) return false;
  if (e->parent && e->parent->Is(TagId::kThead)) return true;
  int cells = 0;
  for (const Node* c = e->first_child; c && cells < kHeaderRowLookCells; c = c->next) {
    if (!c->is_element()) continue;
    if (!c->Is(TagId::kTh)) return false;
    ++cells;
  }
  return cells > 0;
}

// Whether `e` holds a word in its text, reading `*look` nodes at most
// (counted down).
static bool HoldsWords(const Node* e, int* look) {
  for (const Node* n = e->first_child; n && (*look)-- > 0; n = NextInTree(n, e))
    if (n->is_text() && !Trim(n->data).empty()) return true;
  return false;
}

// A code listing in a <div> that its inline style sets as code (Notion's
// code block: "font-family: SFMono-Regular, ..., monospace; white-space:
// pre", its lines split by the source's line breaks): a monospace font
// and spaces kept (white-space pre or pre-wrap; not pre-line, which folds
// them), with a line break in its first kCodeStyleLookNodes nodes.
bool IsPreStyledCodeBox(const Node* e) {
  constexpr int kCodeStyleLookNodes = 64;
  const std::string_view style = e->Attr("style");
  if (style.size() < 20 || !ContainsIgnoreCase(style, "monospace")) return false;
  const size_t ws = style.find("white-space");
  if (ws == std::string_view::npos) return false;
  std::string_view v = style.substr(ws + 11);
  while (!v.empty() && (v[0] == ' ' || v[0] == ':')) v.remove_prefix(1);
  if (!v.starts_with("pre") || v.starts_with("pre-line")) return false;
  // (The whole window is read: a wrapper of paragraphs styled so holds
  // the source's line breaks between its blocks.)
  int look = kCodeStyleLookNodes;
  bool line_break = false, words = false;
  for (const Node* n = e->first_child; n && look-- > 0; n = NextInTree(n, e)) {
    if (n->is_element() && IsBlockTag(n->tag)) return false;
    if (!n->is_text()) continue;
    line_break |= n->data.find('\n') != std::string_view::npos;
    words |= !Trim(n->data).empty();
  }
  return line_break && words;
}

// A code listing in a <div> whose lines are parted by <br>s (W3Schools'
// "div.w3-code": "const x = 1;<br>// a comment<br>&nbsp; return x;"): a
// class name that names an example's code (NamesBrCodeBox: not a bare
// "code", a deal's coupon box, nor "fragment", a poem's, nor any name
// ending in "-code": "promo-code"), two <br>s or more among its first
// kBrCodeLookNodes nodes, no
// block inside, and no line break in its text but at its two ends (the
// source's own line breaks would print as lines of the listing).
bool IsBrCodeBox(const Node* e) {
  constexpr int kBrCodeLookNodes = 256;
  constexpr int kBrCodeFirstBrChildren = 16;
  // (Most boxes end here: no <br> among their first children.)
  int children = 0;
  const Node* c = e->first_child;
  for (; c && children < kBrCodeFirstBrChildren && !c->Is(TagId::kBr); c = c->next) ++children;
  if (!c || !c->Is(TagId::kBr)) return false;
  const std::string_view cls = e->Attr("class");
  if (cls.empty() || !NamesBrCodeBox(cls)) return false;
  int look = kBrCodeLookNodes, brs = 0;
  bool words = false;
  for (const Node* n = e->first_child; n; n = NextInTree(n, e)) {
    if (look-- <= 0) return false;
    if (n->is_element()) {
      if (n->Is(TagId::kBr)) ++brs;
      else if (IsBlockTag(n->tag) || n->Is(TagId::kImg)) return false;
      continue;
    }
    if (!n->is_text()) continue;
    // (The listing's first and last text may open or close on the
    // source's line break: at a block's ends it prints nothing.)
    const bool end = n == e->first_child || (!n->next && n->parent == e);
    const std::string_view t = end ? Trim(n->data) : std::string_view(n->data);
    if (t.find('\n') != std::string_view::npos) return false;
    words |= !Trim(t).empty();
  }
  return brs >= 2 && words;
}

// A code listing in a <code> with no <pre> around it, its rows elements
// with the source's line breaks between them, which the page's style
// keeps (Atlassian's "css-code-row" spans in "code.language-bash"): a
// <code> that names its language (a "language-" class, the way
// highlighters name a block, or a data-code-lang attribute) and holds two
// element rows or more with a line break between them, or one row classed
// a row and nothing else; a listing stands
// alone in its box, so a <code> inside a sentence's flow (beside words of
// its own, or in a <p>) is the sentence's, whatever it holds. (Its first
// kCodeRowLookChildren children are read, and as many siblings.)
bool IsCodeRowListing(const Node* e) {
  constexpr int kCodeRowLookChildren = 64;
  if (!ContainsIgnoreCase(e->Attr("class"), "language-") && !e->HasAttr("data-code-lang")) return false;
  // Alone up to its block: no words beside it in any inline box around it
  // ("Call <a><code>fetch(url)...</code></a> and wait"), nor in the block,
  // and the block no <p> (a paragraph holds no block: the listing's lines
  // would be one paragraph's).
  int look = kCodeRowLookChildren;
  for (const Node* a = e; a->parent && a->parent->is_element(); a = a->parent) {
    const bool block = IsBlockTag(a->parent->tag);
    if (block && a->parent->Is(TagId::kP)) return false;
    for (const Node* s = a->parent->first_child; s && look-- > 0; s = s->next) {
      if (s == a) continue;
      if (s->is_text() && !Trim(s->data).empty()) return false;
      if (s->is_element() && !IsBlockTag(s->tag) && HoldsWords(s, &look)) return false;
    }
    if (block || look <= 0) break;
  }
  if (look <= 0) return false;
  look = kCodeRowLookChildren;
  bool after_row = false, loose_words = false;
  int rows = 0;
  for (const Node* c = e->first_child; c && look-- > 0; c = c->next) {
    if (c->is_element()) {
      if (IsBlockTag(c->tag)) return false;
      after_row = true;
      ++rows;
    } else if (c->is_text() && after_row && c->data.find('\n') != std::string_view::npos) {
      for (const Node* d = c->next; d && look-- > 0; d = d->next)
        if (d->is_element()) return true;
      return false;
    } else if (c->is_text()) {
      loose_words = loose_words || !Trim(c->data).empty();
    }
  }
  // (A listing of one row: the row alone in the <code>, a one-line
  // command in Atlassian's code block, "<code class=language-bash><span
  // class=css-code-row>kubectl ...</span></code>".)
  // (A row's class: a token that ends in "-row" or "_row", or "row"; not
  // a highlighter's "token arrow operator".)
  auto names_row = [](std::string_view cls) {
    return AnySpaceToken(cls, [](std::string_view t) {
      return EqualsIgnoreCase(t, "row") || (t.size() > 4 && (t[t.size() - 4] == '-' || t[t.size() - 4] == '_') &&
                                            EqualsIgnoreCase(t.substr(t.size() - 3), "row"));
    });
  };
  return rows == 1 && !loose_words && look > 0 && e->first_child &&
         FirstDescendantWithin(e, 4, [&](const Node* d) { return d->is_element() && names_row(d->Attr("class")); });
}

// Whether `e` is, or holds, the label that names the language of the code
// block after it (CodeLanguageLabel): the next <pre> within a few nodes.
bool LabelsCodeBlock(const Node* e) {
  constexpr int kNodesToCode = 16;
  int budget = kNodesToCode;
  for (const Node* n = e; n && budget-- > 0; n = NextInTree(n, nullptr)) {
    if (!n->Is(TagId::kPre)) continue;
    const Node* label = CodeLanguageLabel(n);
    if (!label) return false;
    for (const Node* a = label; a; a = a->parent)
      if (a == e) return true;
    for (const Node* a = e; a; a = a->parent)
      if (a == label) return true;
    return false;
  }
  return false;
}

// Orders nodes as the page has them (ids are given in document order): the
// content roots are kept so.
inline bool InDocumentOrder(const Node* x, const Node* y) { return x->id < y->id; }

// Adds `part` to the content roots `roots`, in document order, unless it
// holds or lies in one of them. (Out of line: a page joins a part or two.)
[[gnu::cold]] void JoinRoot(std::vector<const Node*>* roots, const Node* part) {
  for (const Node* r : *roots)
    if (IsWithin(part, r) || IsWithin(r, part)) return;
  roots->push_back(part);
  std::sort(roots->begin(), roots->end(), InDocumentOrder);
}

// (All 32 bits are taken: kQAPost is 1u << 31. A new flag needs the type
// widened to uint64_t, with Facts::flags.)
enum FactFlags : uint32_t {
  kVisited = 1 << 0,
  kHardDrop = 1 << 1,
  kSoft = 1 << 2,        // boilerplate by tag, role or class/id
  kNegative = 1 << 3,    // soft boilerplate that stays boilerplate
  kUnderNeg = 1 << 4,    // inside a kNegative element
  kInLink = 1 << 5,
  kOwner = 1 << 6,       // block-level: owns the inline text below it
  kStructural = 1 << 7,  // soft because of its tag (nav, aside, footer, header)
  kHidden = 1 << 8,      // soft because it is hidden (attribute, style, class)
  kRole = 1 << 9,        // soft because of its ARIA role
  kTeaser = 1 << 10,     // soft because it is a list of teasers (see IsTeaserList)
  kInArticle = 1 << 11,  // inside <article> or <main>
  kPageFooter = 1 << 12, // a <footer> outside any <article>/<main>: the page's own
  kPanel = 1 << 13,      // a disclosure panel or a carousel slide: role=tabpanel, aria-labelledby, aria-roledescription, or its class
  kPriced = 1 << 14,     // shows a price in its subtree (product pages only)
  kInChrome = 1 << 15,   // a structural boilerplate tag or chrome role, or inside one
  kInQAPost = 1 << 16,   // inside a question or an answer of a Q&A page (microdata)
  kPostAside = 1 << 17,  // a post's aside (a comment on a Q&A post, the poster's rank), or inside one (see Classify)
  kInNever = 1 << 18,       // a never-content class (a consent manager, a widget vendor), or inside one
  kInSectioning = 1 << 19,  // inside main, article, section, aside or nav (see Classify)
  kDialog = 1 << 20,     // a dialog over the page: role dialog or alertdialog, aria-modal, or an overlay class
  kHasMenu = 1 << 21,    // holds a site menu: a <nav> of kMenuMinLinks links or more (see Aggregate)
  kInCard = 1 << 22,     // a card of a series kept despite a weak word, or inside one (see Aggregate)
  kInPre = 1 << 23,      // inside <pre>: preformatted text, code (see Classify)
  kInRefs = 1 << 24,     // a references list (kHintReferences), or inside one (see Classify)
  kHasH1 = 1 << 25,      // an <h1>, or holds one (see Aggregate)
  kInMarkedBody = 1 << 26, // classed as a story's body (kHintArticleBody: "entry-content"), or inside one
  kStatus = 1 << 27,     // role=status: chrome (kSoft | kRole) when a line (see Aggregate)
  kHasLinkedHead = 1 << 28,  // an <h2>..<h6> that is all link (a teaser's headline), or holds one (see Aggregate)
  kHeadedTeasers = 1 << 29,  // a list of cards under linked headlines (see IsTeaserList), or inside one
  kAiSummary = 1u << 30,  // a box judged as a whole, chrome unless it holds most of the page: a digest of the customers' reviews that an AI wrote (see MarkAiReviewSummary), a band of the shop's service promises (MarkShopServiceBand), a promise strip (MarkPromiseStrip), a newsletter's sign-up box (MarkSignUpBoxes), a story's affiliate box (MarkAffiliateBoxes)
  kQAPost = 1u << 31,     // a question or an answer of a Q&A page (microdata), or holds one (see Aggregate)
};
// An element the body leaves out whole wherever it stands: a hard drop, or
// boilerplate that stays boilerplate. Reads of a line as a reader sees it
// pass over these (and hidden ones, kHidden, where said).
constexpr uint32_t kDroppedFlags = kHardDrop | kNegative;

// A call-to-action box inside an article's marked body (a pitch for the
// site's product, a sign-up): boilerplate as strong as a boilerplate word
// (see Aggregate and the judgement of soft boxes).
bool IsStoryCallToAction(const ContentContext& ctx, uint32_t hints, uint32_t flags) {
  return ctx.article && !ctx.discussion && (hints & kHintCallToAction) && (flags & kInMarkedBody);
}

// Nodes of a heading read for its link (see LinksAway).
constexpr int kHeadLinkLook = 8;

// The host of `url` without a leading "www." (a site's name as links
// compare it; UrlHost reads a scheme-relative "//host/path" as it is).
std::string_view SiteHost(std::string_view url) {
  const std::string_view host = UrlHost(url);
  return StartsWithIgnoreCase(host, "www.") ? host.substr(4) : host;
}

// Whether `href` names its host: a scheme ("https:", "mailto:") or a
// scheme-relative "//host/path"; else it is relative to the page.
bool IsAbsoluteHref(std::string_view href) { return HasScheme(href) || href.starts_with("//"); }

// Whether the first link in heading `h` (its first kHeadLinkLook nodes),
// or the link around it when `in_link`, leads to another page: a teaser's
// headline, not an FAQ question's toggle ("<h3><a href=#answer-2>...</a>
// </h3>") or a script's ("javascript:").
bool LinksAway(const Node* h, bool in_link) {
  auto away = [](const Node* a) {
    const std::string_view href = Trim(a->Attr("href"));
    return !href.empty() && href[0] != '#' && !StartsWithIgnoreCase(href, "javascript:");
  };
  // A card drawn as one link ("<a href><h3>...</h3><p>...</p></a>"): the
  // link around the heading, kHeadLinkLook levels up at most.
  if (in_link) {
    int up = 0;
    for (const Node* a = h->parent; a && a->is_element() && up < kHeadLinkLook; a = a->parent, ++up)
      if (a->Is(TagId::kA)) return away(a);
    return false;
  }
  int k = 0;
  for (const Node* n = h->first_child; n && k < kHeadLinkLook; n = NextInTree(n, h), ++k)
    if (n->Is(TagId::kA)) return away(n);
  return false;
}

// Whether the first link in heading `h` (its first kHeadLinkLook nodes)
// stays on the site of `page_url`: a relative link, or an absolute one to
// the page's own host ("www." aside). With no page address an absolute
// link is taken as another site's.
bool HeadLinkSameSite(const Node* h, std::string_view page_url) {
  int k = 0;
  for (const Node* n = h->first_child; n && k < kHeadLinkLook; n = NextInTree(n, h), ++k) {
    if (!n->Is(TagId::kA)) continue;
    const std::string_view href = Trim(n->Attr("href"));
    if (!IsAbsoluteHref(href)) return true;
    const std::string_view mine = SiteHost(page_url);
    return !mine.empty() && EqualsIgnoreCase(mine, SiteHost(href));
  }
  return false;
}

// Which foreign (SVG or MathML) elements of the subtree of `top` (`top`
// too) hold HTML content: an HTML element, which the parser puts only
// inside an HTML integration point ("<svg><g><foreignObject><p>..."), or
// words set straight inside an SVG <foreignObject> (laid out as HTML text
// is, in a box of the drawing: "<foreignObject>Words</foreignObject>"). A
// MathML token's text (<mi>, <mtext>) is a formula's, not counted. Marks
// `holds` by element number: kForeignRead for each foreign element read,
// kForeignHoldsHtml for those with such content below. One walk of the
// subtree (an HTML element's is not entered: foreign content inside it is
// another top), each mark going up only to an element marked already:
// linear. (hostile40: the walk read 2,048 nodes per element, so HTML set
// deeper, <svg><foreignObject> 5,000 deep, was dropped with the drawing.)
constexpr uint8_t kForeignRead = 1, kForeignHoldsHtml = 2;
void MarkForeignHoldingHtml(const Node* top, std::vector<uint8_t>* holds) {
  std::vector<uint8_t>& h = *holds;
  if (h[top->eid] == 0) h[top->eid] = kForeignRead;
  for (const Node* d = top->first_child; d;) {
    const bool html = d->is_element() && d->ns == Namespace::kHtml;
    if (html || (d->is_text() && d->parent->ns == Namespace::kSvg && d->parent->tag == TagId::kForeignobject &&
                 !Trim(d->data).empty())) {
      for (const Node* up = d->parent; up && h[up->eid] != kForeignHoldsHtml; up = up->parent) {
        h[up->eid] = kForeignHoldsHtml;
        if (up == top) break;
      }
    } else if (d->is_element() && h[d->eid] == 0) {
      h[d->eid] = kForeignRead;
    }
    d = html ? NextSkippingChildren(d, top) : NextInTree(d, top);
  }
}

// Whether `n` holds a MathML formula alone (white space aside) and the
// element after it is an image: the formula drawn, with the MathML kept as
// its words (see the hidden formula in Prune).
bool IsHiddenFormulaBesideImage(const Node* n) {
  const Node* math = nullptr;
  for (const Node* c = n->first_child; c; c = c->next) {
    if (c->is_text() && Trim(c->data).empty()) continue;
    if (math || !c->is_element() || c->ns != Namespace::kMathMl || c->tag != TagId::kMath) return false;
    math = c;
  }
  if (!math) return false;
  const Node* after = n->next;
  while (after && after->is_text() && Trim(after->data).empty()) after = after->next;
  return after && after->Is(TagId::kImg);
}

// A formula in TeX that MathJax typesets where it stands ("<script
// type='math/tex'>x^2</script>", as kramdown, Jekyll's Markdown, prints
// $$x^2$$): 1 inline, 2 display ("math/tex; mode=display"), 0 for any
// other element.
int TexScriptMode(const Node* n) {
  if (!n->Is(TagId::kScript)) return 0;
  const std::string_view type = Trim(n->Attr("type"));
  if (!StartsWithIgnoreCase(type, "math/tex")) return 0;
  return ContainsIgnoreCase(type, "mode=display") ? 2 : 1;
}

// A declarative shadow root ("<my-card><template shadowrootmode=open>"):
// a web component's own markup, server-rendered, which the browser draws
// in place of the template (its light children fill its <slot>s). Its
// words are the page's, unlike another <template>'s inert ones.
// So is a component's slotted content set in a <template> with a slot's
// name (Vue 2's "<page><template slot=contents>...", Wiki.js's pages as
// the server sends them, "v-slot:contents"): the script draws it in the
// component's slot, the page's text.
// (A slot's template of blocks: a bare line set in a link's "title" slot
// is a button's label, "<a is=clickable-area><template slot=title>Visit
// ...". Its first kSlotTemplateLookNodes nodes are read.)
constexpr int kSlotTemplateLookNodes = 64;
bool IsDeclarativeShadowRoot(const Node* n) {
  if (!n->Is(TagId::kTemplate) || !n->num_attrs) return false;
  if (n->HasAttr("shadowrootmode") || n->HasAttr("shadowroot")) return true;
  // (A slot that names the content, NamesContentSlot.)
  bool slot = NamesContentSlot(Trim(n->Attr("slot")));
  for (uint32_t k = 0; k < n->num_attrs && !slot; ++k) {
    const std::string_view name = n->attrs[k].name.view();
    if (name.starts_with("v-slot:")) slot = NamesContentSlot(name.substr(7));
    else if (name == "v-slot") slot = true;
  }
  return slot && FirstDescendantWithin(n, kSlotTemplateLookNodes, [](const Node* d) {
           return d->is_element() && (d->Is(TagId::kP) || IsHeadingTag(d->tag) || d->Is(TagId::kUl) ||
                                      d->Is(TagId::kOl) || d->Is(TagId::kTable) || d->Is(TagId::kPre));
         });
}

// Elements that never hold body text.
bool IsHardDropTag(TagId t) {
  switch (t) {
    case TagId::kScript: case TagId::kStyle: case TagId::kTemplate:
    case TagId::kIframe: case TagId::kObject: case TagId::kEmbed: case TagId::kSvg:
    case TagId::kMath: case TagId::kCanvas: case TagId::kButton: case TagId::kInput:
    case TagId::kSelect: case TagId::kTextarea: case TagId::kOption: case TagId::kOptgroup:
    case TagId::kDatalist: case TagId::kHead: case TagId::kTitle: case TagId::kMeta:
    case TagId::kLink: case TagId::kBase: case TagId::kAudio: case TagId::kVideo:
    case TagId::kSource: case TagId::kTrack: case TagId::kMap: case TagId::kArea:
    case TagId::kFrame: case TagId::kFrameset: case TagId::kNoframes: case TagId::kNoembed:
    case TagId::kDialog: case TagId::kParam: case TagId::kApplet:
    // A ruby's annotation (furigana over kanji, pinyin over hanzi) is a
    // reading aid set above the text, not the text: "<ruby>地震<rt>じしん
    // </rt></ruby>" reads "地震", not "地震じしん".
    case TagId::kRt: case TagId::kRp: case TagId::kRtc:
      return true;
    default:
      return false;
  }
}

// How a bounded walk below a node ended: at the subtree's end, stopped by
// its visitor, or cut by its budget of nodes.
enum class WalkEnd : uint8_t { kDone, kStopped, kOverBudget };
// Hands the nodes below `root` (not `root`), in document order, to `visit`,
// at most `max_nodes` of them; `visit` returns false to stop there. The
// one bounded walk of the subtree checks below.
template <typename Visit>
WalkEnd WalkBelow(const Node* root, int max_nodes, Visit&& visit) {
  int seen = 0;
  for (const Node* d = NextInTree(root, root); d; d = NextInTree(d, root)) {
    if (++seen > max_nodes) return WalkEnd::kOverBudget;
    if (!visit(d)) return WalkEnd::kStopped;
  }
  return WalkEnd::kDone;
}

// Nodes of a button read for its label in running text (see
// IsInlineWordButton), the longest such label, and the fewest word
// characters of prose its block's own text must hold around it.
constexpr int kInlineButtonNodes = 8;
constexpr size_t kInlineButtonMaxLabel = 40;
constexpr size_t kInlineButtonMinProse = 12;
// The block's children read for that prose: the first this many. (Each
// button of a block reads them: a block of 10^5 chips and commas, read to
// its end for every chip, took 17 s.)
constexpr int kInlineButtonProseNodes = 64;

// Whether `t` is an element that prints nothing in running text (a style
// sheet or script a component framework sets beside its chips).
bool IsSilentInline(const Node* t) {
  return t->is_element() && (t->tag == TagId::kStyle || t->tag == TagId::kScript || t->tag == TagId::kTemplate);
}

// The text node next to `b` on one side (`after` or before), passing over
// comments, blank text and silent elements (IsSilentInline), or null when
// an element or the block's edge comes first.
const Node* AdjacentText(const Node* b, bool after) {
  for (const Node* s = after ? b->next : b->prev(); s; s = after ? s->next : s->prev()) {
    if (s->is_text()) {
      if (!Trim(s->data).empty()) return s;
    } else if (s->is_element() && !IsSilentInline(s)) {
      return nullptr;
    }
  }
  return nullptr;
}

// A <button> that stands for words of the sentence it sits in: a review
// summary's chips ("Highly rated for: <button>texture</button>,
// <button>results</button>"), a glossary's term that opens its note. Kept,
// where a button is otherwise a control whose label is no body text
// ("Reply", "Add to cart"). Read from structure and the label only: the
// button holds text alone (or in inline emphasis), a few words that are
// not a control's label (IsControlLabel); the text beside it joins it with
// a sentence's punctuation (a comma, a colon or a semicolon before it; a
// comma, a stop or a closing bracket after it), or runs through it, a word
// before it and a lower-case word after it ("The <button>basis
// point</button> is ...": a glossary's term mid-sentence); and its block's
// own text is prose (kInlineButtonMinProse word characters or more, in its
// first kInlineButtonProseNodes children).
[[gnu::noinline]] bool IsInlineWordButton(const Node* b) {
  if (b->tag != TagId::kButton || !b->parent || !b->parent->is_element()) return false;
  // The punctuation that joins it to the sentence. (Read before the label:
  // most buttons, a toolbar's, stand beside no text.)
  auto edge = [](const Node* t, bool last) {
    const std::string_view v = Trim(t->data);
    return last ? v.back() : v.front();
  };
  const Node* before = AdjacentText(b, false);
  const Node* after = AdjacentText(b, true);
  const bool joined = (before && std::string_view(",:;").find(edge(before, true)) != std::string_view::npos) ||
                      (after && std::string_view(",.;:)!?").find(edge(after, false)) != std::string_view::npos) ||
                      (before && after && IsAsciiAlnum(static_cast<unsigned char>(edge(before, true))) &&
                       edge(after, false) >= 'a' && edge(after, false) <= 'z');
  if (!joined) return false;
  std::string label;
  int budget = kInlineButtonNodes;
  for (const Node* d = b->first_child; d; d = NextInTree(d, b)) {
    if (--budget < 0) return false;
    if (d->is_text()) {
      label.append(d->data);
      if (label.size() > 2 * kInlineButtonMaxLabel) return false;
    } else if (d->is_element()) {
      switch (d->tag) {
        case TagId::kSpan: case TagId::kB: case TagId::kStrong: case TagId::kEm: case TagId::kI:
        case TagId::kMark: case TagId::kAbbr: case TagId::kDfn:
          break;
        default:
          return false;
      }
    }
  }
  const std::string_view words = Trim(label);
  if (words.empty() || words.size() > kInlineButtonMaxLabel || CountWordChars(words) == 0) return false;
  size_t prose = 0;
  int nodes = kInlineButtonProseNodes;
  for (const Node* c = b->parent->first_child; c && prose < kInlineButtonMinProse && nodes-- > 0; c = c->next)
    if (c->is_text()) prose += CountWordChars(c->data);
  // (The label's vocabulary last: most buttons stand in no sentence.)
  return prose >= kInlineButtonMinProse && !IsControlLabel(words);
}

// Levels above a disclosure's toggle where the heading it sits in is
// looked for (see IsHeadingToggle).
constexpr int kToggleHeadingLevels = 2;
// Nodes of that heading read for words beside the toggle (more and the
// heading is taken to hold other words).
constexpr int kToggleHeadingNodes = 32;

// Whether heading `h` holds no words outside toggle `b` (its first few
// nodes read).
bool ToggleHoldsHeading(const Node* h, const Node* b) {
  int budget = kToggleHeadingNodes;
  for (const Node* n = h->first_child; n; n = n == b ? NextSkippingChildren(n, h) : NextInTree(n, h)) {
    if (--budget < 0) return false;
    if (n->is_text() && CountWordChars(n->data) > 0) return false;
  }
  return true;
}

// Whether heading `h` ends with a question mark: its last words (the last
// text node with any, among its first kToggleHeadingNodes nodes).
bool HeadingAsksQuestion(const Node* h) {
  std::string_view last;
  WalkBelow(h, kToggleHeadingNodes, [&](const Node* d) {
    if (d->is_text() && !Trim(d->data).empty()) last = d->data;
    return true;
  });
  return IsQuestionLine(last);
}

// Whether disclosure button `b` opens the panel right after it: its
// aria-controls names the id of its next element sibling ("<button
// aria-expanded=false aria-controls=Product-content-care>Care</button><div
// id=Product-content-care>...": a Shopify theme's product accordion, the
// ARIA accordion without a heading around the button, Etsy's content
// toggle with an <h2> inside it), and its label is a few words of text
// (alone, in a heading, a div or inline emphasis, beside an icon), no
// control's (IsControlLabel): the panel's title, as a reader sees it.
// (A menu's button and its panel go where the menu goes.) On product
// pages only: a docs page's toggles open its navigation tree, and the
// panels so titled there are its sections' lists.
[[gnu::noinline]] bool TitlesNextPanel(const Node* b, int budget = kInlineButtonNodes) {
  const std::string_view target = Trim(b->Attr("aria-controls"));
  if (target.empty()) return false;
  const Node* panel = NextElementFrom(b->next);
  if (!panel || IsHardDropTag(panel->tag) || !panel->first_child || panel->Attr("id") != target) return false;
  std::string label;
  for (const Node* d = b->first_child; d;) {
    if (--budget < 0) return false;
    if (d->is_text()) {
      label.append(d->data);
      if (label.size() > 2 * kInlineButtonMaxLabel) return false;
    } else if (d->is_element()) {
      if (d->tag == TagId::kSvg) {  // (an icon: no words)
        d = NextSkippingChildren(d, b);
        continue;
      }
      if (!IsHeadingTag(d->tag) && d->tag != TagId::kDiv && d->tag != TagId::kSpan && d->tag != TagId::kB &&
          d->tag != TagId::kStrong && d->tag != TagId::kEm && d->tag != TagId::kI)
        return false;
    }
    d = NextInTree(d, b);
  }
  const std::string_view words = Trim(label);
  return !words.empty() && words.size() <= kInlineButtonMaxLabel && CountWordChars(words) > 0 &&
         !IsControlLabel(words);
}

// A disclosure's toggle inside a heading: a <button> that opens and closes
// a panel (aria-expanded, aria-controls) within an <h1>...<h6> or an
// element ARIA names a heading (the ARIA accordion pattern: "<h3><button
// aria-expanded=false>How long does delivery take?</button></h3>"). Its
// words are the heading's, the title of the section it opens (an FAQ's
// question), not a control's label: when they are the heading's only words
// ("<h2>Shipping costs <button ...>Show details</button></h2>" keeps the
// title, not the control's label).
// The same pattern turned inside out, an FAQ's: the toggle holds the
// heading of a question ("<button aria-expanded=false><h3>What is a
// serverless function?</h3></button>", a design system's accordion item)
// among its first kToggleHeadingNodes nodes: the question is the title of
// the answer it opens. (Only a question: a shop's collapsed "Item details"
// or "Shipping and returns" panel is titled by its store, the same under
// every product.) On a product page, a toggle with no heading that opens
// the panel right after it titles that panel (TitlesNextPanel): the
// product's "Materials and size", "Care" tabs, as a reader sees them.
[[gnu::noinline]] bool IsHeadingToggle(const Node* n, bool list_page, bool product) {
  if (n->tag != TagId::kButton) return false;
  if (!(n->HasAttr("aria-expanded") || n->HasAttr("aria-controls"))) {
    if (!list_page) return false;
    // A toggle that a script's click handler opens, without ARIA (Alpine's
    // "@click", an "onclick"), whose label asks a question and whose next
    // sibling is the panel it opens: an FAQ's question over its answer,
    // on a page declared no article, thread or product (a story's FAQ box
    // so built is printed without its questions as often as with them).
    // (Not a form's button: a submit button opens no panel.)
    const Node* panel = NextElementFrom(n->next);
    return panel && !IsHardDropTag(panel->tag) && !IsHeadingTag(panel->tag) && panel->first_child &&
           !EqualsIgnoreCase(Trim(n->Attr("type")), "submit") && HeadingAsksQuestion(n);
  }
  const Node* a = n->parent;
  for (int up = 0; up < kToggleHeadingLevels && a && a->is_element(); ++up, a = a->parent)
    if (IsHeadingTag(a->tag) || (ClassifyRole(a->Attr("role")) & kRoleHeading))
      return ToggleHoldsHeading(a, n);
  bool question = false, heading = false;
  WalkBelow(n, kToggleHeadingNodes, [&](const Node* d) {
    if (!d->is_element() || !IsHeadingTag(d->tag)) return true;
    heading = true;
    question = HeadingAsksQuestion(d);
    return false;
  });
  // (On any page, a toggle whose own label asks the question, its panel
  // right after it: Liferay's "<button aria-controls=faq1><span
  // class=panel-title>¿Tengo que ...?</span><svg>...</button><div id=faq1>".)
  // (A panel with no form: a feedback toggle's "Is there anything wrong
  // with this page?" opens one. Hidden or not: an FAQ's answer is hidden
  // until its question is clicked.)
  auto answer_panel = [](const Node* panel) {
    if (!panel) return false;
    return WalkBelow(panel, kToggleHeadingNodes * 8, [](const Node* d) {
             return !(d->is_element() && (d->Is(TagId::kForm) || d->Is(TagId::kTextarea) || d->Is(TagId::kInput)));
           }) != WalkEnd::kStopped;
  };
  return question || (product && TitlesNextPanel(n)) || (heading && !product && !list_page) ||
         (HeadingAsksQuestion(n) && TitlesNextPanel(n, 2 * kInlineButtonNodes) &&
          answer_panel(NextElementFrom(n->next)));
}

// A term of a CMS's raw custom field: a machine key, words joined by "_"
// ("cat_thumb_Bone:", "section_bg_color:", "tab_Care Instructions:"), not
// a label written for readers ("Fabric:", "Care instructions").
constexpr size_t kMachineKeyMaxBytes = 64;
bool IsMachineKeyTerm(std::string_view text) {
  std::string_view t = Trim(text);
  if (!t.empty() && t.back() == ':') t.remove_suffix(1);
  if (t.empty() || t.size() > kMachineKeyMaxBytes) return false;
  const std::string_view key = t.substr(0, t.find(' '));
  const size_t u = key.find('_');
  if (u == std::string_view::npos || u == 0 || u + 1 == key.size()) return false;
  for (const char c : key)
    if (!IsAsciiAlnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  return true;
}

// A shop theme that prints every custom field of a product as a definition
// list ("<dt>cat_thumb_Bone:</dt><dd>https://cdn.../bone.jpg</dd>",
// "<dt>section_bg_color:</dt><dd>#303030</dd>"): the store's settings, not
// the product's text. Four terms or more, two thirds of them machine keys,
// and two thirds of the values raw (IsRawFieldValue): a product's list of
// its configuration keys, each explained in a sentence ("<dt>max_clients
// </dt><dd>The number of DHCP leases handed out.</dd>"), is its text.
// (The list's first children are read, and a pair's wrapper <div>; each
// term's and value's first bytes.)
constexpr int kRawFieldMinTerms = 4;
constexpr int kRawFieldMaxChildren = 256;
// A raw value is shorter than this (a URL may be long; a sentence's
// worth of words is read as none).
constexpr size_t kRawFieldValueMaxBytes = 256;
[[gnu::cold]] bool IsRawFieldList(const Node* dl, std::string* scratch) {
  int terms = 0, keys = 0, values = 0, raw = 0, seen = 0;
  auto read = [&](const Node* e) {
    if (e->tag == TagId::kDt) {
      ++terms;
      CollapsedTextInto(e, kMachineKeyMaxBytes + 8, 8, scratch);
      if (IsMachineKeyTerm(*scratch)) ++keys;
    } else if (e->tag == TagId::kDd) {
      ++values;
      if (CollapsedTextInto(e, kRawFieldValueMaxBytes + 1, 16, scratch) && scratch->size() <= kRawFieldValueMaxBytes &&
          IsRawFieldValue(*scratch))
        ++raw;
    }
  };
  for (const Node* c = dl->first_child; c && seen < kRawFieldMaxChildren; c = c->next) {
    if (!c->is_element()) continue;
    ++seen;
    if (c->tag != TagId::kDiv) {
      read(c);
      continue;
    }
    // A pair's wrapper: its first elements.
    int pair = 0;
    for (const Node* d = c->first_child; d && pair < 4; d = d->next)
      if (d->is_element()) ++pair, read(d);
  }
  return terms >= kRawFieldMinTerms && keys * 3 >= terms * 2 && raw * 3 >= values * 2;
}

// Block-level elements that own the text below them as one block. List
// items and table cells do not: a list or table is valued as a whole, so a
// column of short cells or bullets counts as one block of text.
bool IsTextBlockOwner(TagId t) {
  switch (t) {
    case TagId::kLi: case TagId::kTd: case TagId::kTh: case TagId::kTr: case TagId::kDt:
    case TagId::kDd: case TagId::kTbody: case TagId::kThead: case TagId::kTfoot:
      return false;
    case TagId::kBody:
      return true;
    default:
      return IsBlockTag(t);
  }
}

// A parser that treats <noscript> as raw text leaves its markup as text.
bool IsRawMarkupText(const Node* n) {
  return n->parent && n->parent->tag == TagId::kNoscript && n->data.find('<') != std::string_view::npos;
}

// JSON parked as text is this long at least (a data blob, not a "{...}"
// aside in prose).
constexpr size_t kParkedDataMinBytes = 64;
// Levels above such a text where a code element keeps it (see IsParkedData).
constexpr int kParkedDataCodeLevels = 4;
bool IsCodeTag(TagId t) {
  return t == TagId::kCode || t == TagId::kSamp || t == TagId::kKbd || t == TagId::kTt || t == TagId::kPre ||
         t == TagId::kTextarea;
}

// Whether text node `n` is its element's only text, outside code: code
// shows its JSON and its template syntax on purpose, a highlighter's spans
// around it included ("<code><span class=json>{...}</span></code>"): a few
// levels up.
bool AloneOutsideCode(const Node* n) {
  for (const Node* s : std::initializer_list<const Node*>{n->prev(), n->next})
    if (s && !(s->is_text() && Trim(s->data).empty())) return false;
  const Node* a = n->parent;
  for (int level = 0; a && level < kParkedDataCodeLevels; ++level, a = a->parent)
    if (IsCodeTag(a->tag)) return false;
  return true;
}

// A script's state parked in the page as text: an element whose only text
// is a serialized JSON object or array (`<div class="grid-state hidden">
// {"items":[...]}</div>`), read by a script, never shown as prose. Code
// (<pre>, <code>) shows JSON to readers and is not this. (Reads the node's
// ends, past their spaces, only.)
bool IsParkedDataText(const Node* n) {
  const std::string_view d = n->data;
  if (!n->parent) return false;
  size_t b = 0, e = d.size();
  while (b < e && IsAsciiSpace(d[b])) ++b;
  while (e > b && IsAsciiSpace(d[e - 1])) --e;
  if (e - b < kParkedDataMinBytes) return false;
  const char open = d[b], close = d[e - 1];
  if (!((open == '{' && close == '}') || (open == '[' && close == ']'))) return false;
  // An object's first key, or an array of objects, arrays or strings.
  size_t k = b + 1;
  while (k < e && IsAsciiSpace(d[k])) ++k;
  const char next = d[k];
  if (open == '{' ? next != '"' : (next != '{' && next != '[' && next != '"')) return false;
  return AloneOutsideCode(n);
}

// A media file's address printed bare as an element's only text: a theme
// that prints a field's raw value ("<dd>https://cdn.example.com/tee_bone.jpg
// </dd>"), an embed that a script would have made a player of
// ("<a href=x.mp4>https://example.com/x.mp4</a>"). Not words for a reader;
// code shows URLs on purpose (see IsParkedDataText).
// The URL is its block's only text: the inline elements around it (a link,
// a span) up to a block hold nothing else beside it; a URL linked in a
// sentence ("opened it (<a>https://.../x.svg</a>)") is the sentence's word.
// A table's cell of example values ("Image URL | http://.../1.jpg") stays.
constexpr int kBareUrlInlineLevels = 4;
bool IsBareMediaUrlText(const Node* n) {
  if (!n->parent || !IsMediaFileUrl(n->data)) return false;
  const Node* x = n;
  for (int level = 0; level < kBareUrlInlineLevels; ++level) {
    for (const Node* s : std::initializer_list<const Node*>{x->prev(), x->next})
      if (s && !(s->is_text() && Trim(s->data).empty())) return false;
    const Node* p = x->parent;
    if (!p || !p->is_element() || IsCodeTag(p->tag)) return false;
    if (IsBlockTag(p->tag)) return p->tag != TagId::kTd && p->tag != TagId::kTh && p->tag != TagId::kPre;
    x = p;
  }
  return false;
}

// A client-side template's placeholder left unrendered, the element's
// only text: `<div class=price>{{ product.price }}</div>` (Vue, Angular,
// Handlebars) before the script fills it in. Not words for a reader; code
// shows such placeholders on purpose (a template language's docs).
constexpr size_t kPlaceholderMinBytes = 5;  // "{{x}}"
bool IsTemplatePlaceholderText(const Node* n) {
  std::string_view d = Trim(n->data);
  if (d.size() < kPlaceholderMinBytes || d.substr(0, 2) != "{{" || d.substr(d.size() - 2) != "}}") return false;
  // Every piece is a placeholder ("{{a}} {{b}}"): no word outside braces.
  for (size_t i = 0; i < d.size();) {
    if (IsAsciiSpace(d[i])) { ++i; continue; }
    if (d.compare(i, 2, "{{") != 0) return false;
    const size_t close = d.find("}}", i + 2);
    if (close == std::string_view::npos) return false;
    i = close + 2;
  }
  return AloneOutsideCode(n);
}

// IsParkedDataText, asked only of a text that may be one: long enough, and
// whose first and last bytes are a bracket or a space. (Almost no text is:
// prose ends in a letter or a stop.) Or IsBareMediaUrlText, asked only of
// a text that opens on "h" or "/", past its spaces.
// (Past ASCII spaces only, and only in a text with a slash: most texts
// that open on a space are the white space between tags, which one memchr
// passes; IsMediaFileUrl trims Unicode spaces itself.)
inline bool OpensOnUrl(std::string_view t) {
  auto url_start = [](char c) { return c == 'h' || c == 'H' || c == '/'; };
  if (t.empty()) return false;
  if (url_start(t.front())) return true;
  if (!IsAsciiSpace(t.front()) || !std::memchr(t.data(), '/', t.size())) return false;
  size_t i = 1;
  while (i < t.size() && IsAsciiSpace(t[i])) ++i;
  return i < t.size() && url_start(t[i]);
}
// Bare media URLs are read as a theme's raw field only on a product page
// (`media_urls`): on an article a post may list its files' addresses for
// readers (a wallpaper post's download links), on a thread a reply may be
// one image's link, and both are the page's words. (A template's placeholder,
// IsTemplatePlaceholderText, is asked first, of a text that opens and
// closes on a brace or a space and holds one.)
[[gnu::always_inline]] inline bool IsParkedData(const Node* n, bool media_urls) {
  const std::string_view d = n->data;
  if (d.size() < kPlaceholderMinBytes) return false;
  const char first = d.front(), last = d.back();
  if ((first == '{' || IsAsciiSpace(first)) && (last == '}' || IsAsciiSpace(last)) &&
      std::memchr(d.data(), '{', d.size()) && IsTemplatePlaceholderText(n))
    return true;
  if (d.size() < kMediaFileUrlMinBytes) return false;
  if (d.size() >= kParkedDataMinBytes && (first == '{' || first == '[' || IsAsciiSpace(first)) &&
      (last == '}' || last == ']' || IsAsciiSpace(last)) && IsParkedDataText(n))
    return true;
  return media_urls && OpensOnUrl(d) && IsBareMediaUrlText(n);
}

// An element that is, or directly wraps, an embedded post (a tweet quoted
// in a story).
[[gnu::noinline]] bool ContainsEmbeddedPost(const Node* n, const HintTable& hints) {
  if (hints[n] & kHintEmbed) return true;
  for (const Node* c = n->first_child; c; c = c->next)
    if (c->is_element() && (hints[c] & kHintEmbed)) return true;
  return false;
}

// A reply's quote of another post as forum software writes it without a
// class of its own (phpBB, MyBB): a <blockquote> that opens with the quoted
// poster's <cite> ("Jane wrote:"), directly or in its first wrapper. Only
// the first element child of each of two levels is looked at.
constexpr size_t kCiteMaxBytes = 160;
constexpr size_t kCiteMaxNodes = 16;
[[gnu::noinline]] bool IsCitedPostQuote(const Node* n) {
  if (n->tag != TagId::kBlockquote) return false;
  const Node* c = n->first_child;
  for (int level = 0; level < 2; ++level) {
    while (c && !c->is_element()) {
      if (c->is_text() && !Trim(c->data).empty()) return false;  // text before it
      c = c->next;
    }
    if (!c) return false;
    if (c->tag == TagId::kCite) {
      // "Jane wrote:", not an outside source's name.
      std::string cite;
      CollapsedTextInto(c, kCiteMaxBytes, kCiteMaxNodes, &cite);
      return IsQuoteAttribution(cite);
    }
    c = c->first_child;
  }
  return false;
}

// A control that picks among choices: a checkbox, a radio button, a select
// (a filter panel's options), not a text field or a hidden value.
[[gnu::noinline]] bool IsChoiceControl(const Node* n) {
  if (n->tag == TagId::kSelect) return true;
  if (n->tag != TagId::kInput) return false;
  const std::string_view type = n->Attr("type");
  return EqualsIgnoreCase(type, "checkbox") || EqualsIgnoreCase(type, "radio");
}

// A table of data under a header row: a row of header cells only (or a
// <thead>) and at least kDataTableMinRows rows of two cells or more below
// it. Its links are its data (each laureate, each city linked to its
// page), not navigation: a list page's table of linked names. Layout tables
// have no header row; a navigation box's table is boilerplate by its role
// or class whatever its value. Reads the table's rows and their cells only
// (not nested tables): each cell belongs to one table, so all tables of a
// page read linear time in all.
constexpr uint32_t kDataTableMinRows = 5;
bool IsHeadedDataTable(const Node* table) {
  bool header = false;
  uint32_t rows = 0;
  auto row = [&](const Node* tr, bool in_head) {
    uint32_t th = 0, td = 0;
    for (const Node* c = tr->first_child; c; c = c->next) {
      if (!c->is_element()) continue;
      if (c->tag == TagId::kTh) ++th;
      else if (c->tag == TagId::kTd) ++td;
    }
    if (th + td < 2) return;
    if (td == 0 || in_head) header = true;
    else if (header) ++rows;
  };
  for (const Node* c = table->first_child; c; c = c->next) {
    if (!c->is_element()) continue;
    if (c->tag == TagId::kTr) {
      row(c, false);
    } else if (c->tag == TagId::kThead || c->tag == TagId::kTbody || c->tag == TagId::kTfoot) {
      for (const Node* r = c->first_child; r; r = r->next)
        if (r->is_element() && r->tag == TagId::kTr) row(r, c->tag == TagId::kThead);
    }
  }
  return header && rows >= kDataTableMinRows;
}

// The heading an element starts with (itself, or down its first element
// children through wrappers, six at most), null when it starts otherwise.
const Node* LeadingHeading(const Node* e) {
  for (int depth = 0; e && depth < 6; ++depth) {
    if (IsHeadingTag(e->tag)) return e;
    const Node* c = e->first_child;
    while (c && c->is_text() && Trim(c->data).empty()) c = c->next;
    if (!c || !c->is_element()) return nullptr;
    e = c;
  }
  return nullptr;
}

// A titled shelf of picture tiles ("Shop by brand", "Browse by genre": a
// heading, then a list whose every item is one link holding a picture and
// a short name): a shop's browse section, whatever its class calls it.
// Children read: the box's first few (under wrappers of one child), and each item of the first list met
// after the heading (kPictureShelfMaxItems at most). Bounded.
constexpr int kPictureShelfMinItems = 3;
constexpr int kPictureShelfMaxItems = 40;
constexpr int kPictureShelfLook = 4;
bool IsPictureShelf(const Node* e) {
  const Node* c = NextElementFrom(e->first_child);
  // (Down through wrappers of one child, kPictureShelfLook at most.)
  for (int down = 0; c && !NextElementFrom(c->next) && !IsHeadingTag(c->tag) && down < kPictureShelfLook; ++down)
    c = NextElementFrom(c->first_child);
  if (!c || !LeadingHeading(c)) return false;
  int look = 0;
  for (c = NextElementFrom(c->next); c && look < kPictureShelfLook; c = NextElementFrom(c->next), ++look) {
    if (!c->Is(TagId::kUl) && !c->Is(TagId::kOl)) continue;
    int items = 0;
    for (const Node* li = NextElementFrom(c->first_child); li; li = NextElementFrom(li->next)) {
      if (!li->Is(TagId::kLi) || ++items > kPictureShelfMaxItems) return false;
      const Node* a = NextElementFrom(li->first_child);
      if (!a || !a->Is(TagId::kA) || NextElementFrom(a->next) || !HoldsImage(a)) return false;
    }
    return items >= kPictureShelfMinItems;
  }
  return false;
}

bool IsStructuralBoilerplateTag(TagId t) {
  return t == TagId::kNav || t == TagId::kAside || t == TagId::kFooter || t == TagId::kHeader ||
         t == TagId::kMenu || t == TagId::kForm;
}

// A <nav> that holds prose and no link: no navigation (HTML's <nav> is a
// section of links) but a box a site builder made of one: Webflow's
// dropdown, "div.w-dropdown" over "nav.w-dropdown-list", is the FAQ
// accordion of its templates, the answer in the <nav>. Its first
// kLinklessNavMaxNodes nodes are read; a larger one is navigation.
// (A paragraph there is a sentence: kLinklessNavProseWords words or more,
// its last text ending as a sentence does, EndsWithSentenceStop: a full
// stop, a "?", a "!", an ellipsis or a full-width stop, a closing quote or
// bracket after it allowed; a breadcrumb or a pager set in a
// <p>, "Home › News", "Page 1 of 3", is none. A scripted control, an
// element with onclick or role=button, makes the <nav> navigation.)
constexpr int kLinklessNavProseWords = 3;
constexpr int kLinklessNavMaxNodes = 200;

bool IsProseParagraph(const Node* p) {
  int words = 0;
  bool in_word = false;
  std::string_view last_text;  // the last text that is not blank
  // (A paragraph of more nodes makes its <nav> too large to read anyway.)
  WalkBelow(p, kLinklessNavMaxNodes, [&](const Node* d) {
    if (!d->is_text()) return true;
    for (const char ch : d->data) {
      const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
      words += !space && !in_word;
      in_word = !space;
    }
    in_word = false;
    if (!Trim(d->data).empty()) last_text = d->data;
    return true;
  });
  return words >= kLinklessNavProseWords && EndsWithSentenceStop(last_text);
}
bool IsLinklessTextNav(const Node* nav) {
  bool para = false;
  return WalkBelow(nav, kLinklessNavMaxNodes, [&](const Node* d) {
           if (!d->is_element()) return true;
           if (d->tag == TagId::kA || d->tag == TagId::kButton || d->tag == TagId::kInput ||
               d->tag == TagId::kSelect)
             return false;
           if (d->num_attrs && (d->HasAttr("onclick") || (ClassifyRole(d->Attr("role")) & kRoleButton)))
             return false;
           para |= d->tag == TagId::kP && IsProseParagraph(d);
           return true;
         }) == WalkEnd::kDone &&
         para;
}

// A thread's element that a display utility hides for good: a copy of the
// post's data for microdata (it carries itemprop or itemscope), or a short
// marker span ("<span class=d-none>\$\begingroup\$</span>") whose one
// child is a short text. A box of the post's own text hidden so (a spoiler,
// "show more") is revealed by a script, and read.
constexpr size_t kHiddenMarkerMaxBytes = 32;
[[gnu::cold]] bool IsHiddenCopyOrMarker(const Node* e) {
  if (e->HasAttr("itemprop") || e->HasAttr("itemscope")) return true;
  const Node* c = e->first_child;
  return e->tag == TagId::kSpan && c && !c->next && c->is_text() && c->data.size() <= kHiddenMarkerMaxBytes;
}

// Whether an <input> is a button that submits (a submit, image or button
// input), not a field or a hidden value.
[[gnu::noinline]] bool IsSubmitInput(const Node* n) {
  const std::string_view type = Trim(n->Attr("type"));
  return EqualsIgnoreCase(type, "submit") || EqualsIgnoreCase(type, "image") || EqualsIgnoreCase(type, "button");
}

// A <form> that only wraps text: paragraphs and no field a reader fills
// in, hidden inputs and buttons at most. A post's or a comment's body that
// the page can turn into an editor in place ("<form class=usertext><input
// type=hidden name=thing_id><div class=md><p>..."), or that the software
// wraps whole in the form of its vote, answer and flag buttons
// (Question2Answer's "<form method=post><div class=qa-q-view-content>...
// <input type=submit value=responder>"): the text, not a form. Its first
// kFormWrapMaxNodes nodes are read; a larger form is one.
constexpr int kFormWrapMaxNodes = 400;
[[gnu::cold]] bool IsTextOnlyForm(const Node* form) {
  bool para = false;
  return WalkBelow(form, kFormWrapMaxNodes, [&](const Node* d) {
           if (!d->is_element()) return true;
           switch (d->tag) {
             case TagId::kInput:
               return IsHiddenInputType(d->Attr("type")) || IsSubmitInput(d);
             case TagId::kTextarea:
             case TagId::kSelect:
               return false;
             case TagId::kP:
               para = true;
               return true;
             default:
               return true;
           }
         }) == WalkEnd::kDone &&
         para;
}

// A <form> whose fields are documented: an API reference's parameter list
// that the page lets a reader try ("<form><div class=param><label>
// parcel_id</label>...<p>The parcel to ship...</p><input></div>..."), a
// settings reference. kDocumentedFormMinLabels labels or more and
// kDocumentedFormMinParas paragraphs or more (a field's description each)
// holding kDocumentedFormMinProse bytes of prose between them, and no
// control that sends it (a submit button or input, a text area; a
// <button type=button>, a field's "expand" or "add" toggle, sends
// nothing): the form is the reader's to read, not to fill in. Its first
// kFormWrapMaxNodes nodes are read.
constexpr int kDocumentedFormMinLabels = 2;
constexpr int kDocumentedFormMinParas = 2;
constexpr size_t kDocumentedFormMinProse = 120;
[[gnu::cold]] bool IsDocumentedForm(const Node* form) {
  int labels = 0, paras = 0;
  size_t prose = 0;
  return WalkBelow(form, kFormWrapMaxNodes, [&](const Node* d) {
           if (d->is_text()) {
             if (d->parent && d->parent->tag == TagId::kP) prose += d->data.size();
             return true;
           }
           if (!d->is_element()) return true;
           switch (d->tag) {
             case TagId::kInput:
               return !IsSubmitInput(d);
             case TagId::kTextarea:
               return false;
             case TagId::kButton:
               return EqualsIgnoreCase(d->Attr("type"), "button");
             case TagId::kLabel:
               ++labels;
               return true;
             case TagId::kP:
               ++paras;
               return true;
             default:
               return true;
           }
         }) == WalkEnd::kDone &&
         labels >= kDocumentedFormMinLabels && paras >= kDocumentedFormMinParas && prose >= kDocumentedFormMinProse;
}

// Whether `label` is a caption in a sign-in form: the nearest <form> over
// it holds a password box (of its first kFormWrapMaxNodes nodes). A
// sign-in page's form is often all the page holds, and its root: "Username",
// "Password", "Remember me" are the form's, no one's text.
[[gnu::cold]] bool InSignInForm(const Node* n) {
  const Node* form = n->parent;
  while (form && !(form->is_element() && form->tag == TagId::kForm)) form = form->parent;
  if (!form) return false;
  return WalkBelow(form, kFormWrapMaxNodes, [](const Node* d) {
           return !(d->is_element() && d->tag == TagId::kInput && EqualsIgnoreCase(d->Attr("type"), "password"));
         }) == WalkEnd::kStopped;
}

// Whether the words of `block` (of its first kFormFieldReadNodes nodes)
// are all in a <label> or a link below it, one label at least: a form's
// field, its caption and the links beside it, no prose. A label itself is
// one.
constexpr int kFormFieldReadNodes = 24;
constexpr size_t kSignInFieldMaxText = 80;
[[gnu::cold]] bool IsFormFieldBlock(const Node* block) {
  if (block->tag == TagId::kLabel) return true;
  bool label = false;
  const WalkEnd end = WalkBelow(block, kFormFieldReadNodes, [&](const Node* d) {
    if (d->is_element()) {
      label = label || d->tag == TagId::kLabel;
      return true;
    }
    if (!d->is_text() || Trim(d->data).empty()) return true;
    for (const Node* p = d->parent; p && p != block; p = p->parent)
      if (p->tag == TagId::kLabel || p->tag == TagId::kA) return true;
    return false;
  });
  return end == WalkEnd::kDone && (label || block->tag == TagId::kDd || block->tag == TagId::kA);
}

// Of the list `list`'s first `max_items` <li> items, how many there are
// and how many read as `is_line` asks (each item's text read into the
// caller's `line`, one buffer for a page's lists: at most `bytes` bytes
// of `nodes` nodes). The list checks below ask it, each with its line's
// test and its share.
struct ListItemTally {
  int items = 0;
  int hits = 0;
};
template <typename IsLine>
ListItemTally TallyListItems(const Node* list, int max_items, size_t bytes, size_t nodes, std::string* line,
                             IsLine&& is_line) {
  ListItemTally t;
  for (const Node* c = list->first_child; c && t.items < max_items; c = c->next) {
    if (!c->is_element() || c->tag != TagId::kLi) continue;
    ++t.items;
    t.hits += CollapsedTextInto(c, bytes, nodes, line) && is_line(std::string_view(*line));
  }
  return t;
}

// Whether the list `list` is a post's activity feed: of its first
// kActivityNotesRead items, kActivityNotesMin or more and half or more
// read as notes (IsActivityNoteLine).
constexpr int kActivityNotesRead = 12;
constexpr int kActivityNotesMin = 2;
[[gnu::cold]] bool IsActivityNoteList(const Node* list, std::string* line) {
  const ListItemTally t =
      TallyListItems(list, kActivityNotesRead, 160, 24, line, [](std::string_view l) { return IsActivityNoteLine(l); });
  return t.hits >= kActivityNotesMin && 2 * t.hits >= t.items;
}

// Whether the list `list` is a blog's archive by month ("November 2025
// (3)", a link each): of its first kMonthArchiveRead items,
// kMonthArchiveMin or more and eight in ten name a month of the archive
// (IsMonthArchiveLine).
constexpr int kMonthArchiveRead = 12;
constexpr int kMonthArchiveMin = 3;
[[gnu::cold]] bool IsMonthArchiveList(const Node* list, std::string* line) {
  const ListItemTally t =
      TallyListItems(list, kMonthArchiveRead, 64, 12, line, [](std::string_view l) { return IsMonthArchiveLine(l); });
  return t.hits >= kMonthArchiveMin && t.hits * 10 >= t.items * 8;
}

// Whether `e` holds the product's buy control: a form whose action puts
// the item in the cart, or a button or submit input named or labelled so
// ("single_add_to_cart_button", "<button>Add to cart</button>"), not a
// product card's quick-add. Its first kBuyControlMaxNodes nodes are read.
constexpr int kBuyControlMaxNodes = 2000;
constexpr size_t kBuyLabelMaxBytes = 32;
constexpr size_t kBuyLabelMaxNodes = 32;
// Whether `d` itself is such a control (a form, button or submit input).
bool IsBuyControl(const Node* d, std::string* scratch) {
  const TagId t = d->tag;
  if (t != TagId::kForm && t != TagId::kButton && t != TagId::kInput) return false;
  if (IsQuickAddName(d->Attr("class")) || IsQuickAddName(d->Attr("id"))) return false;
  if (t == TagId::kForm) return IsCartAddAction(d->Attr("action"));
  // (A submit button that posts its form to the cart: OpenCart 4's
  // "<button formaction=...checkout/cart.add>".)
  if (IsCartAddAction(d->Attr("formaction"))) return true;
  if (IsAddToCartName(d->Attr("class")) || IsAddToCartName(d->Attr("id")) || IsAddToCartName(d->Attr("name")))
    return true;
  if (t == TagId::kInput) return IsAddToCartName(d->Attr("value"));
  return CollapsedTextInto(d, kBuyLabelMaxBytes + 1, kBuyLabelMaxNodes, scratch) && IsBuyControlLabel(*scratch);
}
bool HoldsBuyControl(const Node* e, std::string* scratch) {
  int seen = 0;
  for (const Node* d = NextInTree(e, e); d && ++seen <= kBuyControlMaxNodes; d = NextInTree(d, e)) {
    if (!d->is_element()) continue;
    if (IsBuyControl(d, scratch)) return true;
  }
  return false;
}

// Whether `form` adds a product to the cart (its action, or a buy
// control inside it: IsBuyControl) and a form beside it does too, or the
// form beside its wrapper (a grid cell's "<div class=col><form>"): a grid
// of product cards each drawn as its own form (Magento's Hyvä theme:
// "<form action=.../checkout/cart/add class='item product product-item'>"
// around the card's picture, name and price; OpenCart's product-thumb,
// whose button carries the cart's formaction). The cards are a category
// page's content, not a form's controls.
bool IsCartForm(const Node* form, std::string* scratch) {
  return form && form->Is(TagId::kForm) && (IsBuyControl(form, scratch) || HoldsBuyControl(form, scratch));
}
// (Off a list page, a grid of such forms is one still when the cells
// beside the form's hold card forms too, `twins` of them, the cell the
// form alone in up to kCardFormCellLevels boxes: Isotope's
// "div.product > div.iso_list_buch > form" on a Contao author's page.)
constexpr int kCardFormCellLevels = 2;
[[gnu::cold]] bool IsCardFormInGrid(const Node* form, int twins = 1) {
  std::string scratch;
  if (!IsCartForm(form, &scratch)) return false;
  if (twins <= 1 &&
      (IsCartForm(NextElementFrom(form->next), &scratch) || IsCartForm(PrevElementFrom(form->prev()), &scratch)))
    return true;
  // (The form alone in a grid cell: the next cell's form.)
  const Node* cell = form;
  for (int level = 0; level < kCardFormCellLevels; ++level) {
    const Node* inner = cell;
    cell = cell->parent;
    if (!cell || !cell->is_element() || NextElementFrom(cell->first_child) != inner || NextElementFrom(inner->next))
      return false;
    int found = 0;
    for (const Node* other : {NextElementFrom(cell->next), PrevElementFrom(cell->prev())}) {
      const Node* f = other;
      for (int down = 0; down <= level && f; ++down) f = NextElementFrom(f->first_child);
      found += f && IsCartForm(f, &scratch);
    }
    if (found >= twins) return true;
  }
  return false;
}

// A search page's <form> around its filter panel and its results
// (PyPI's "form#search-form" over the classifier filters and the list of
// package cards, each an <a> around its <h3> title): no form of the
// page's chrome. Told by kFormResultsMin linked headings (a heading inside
// a link or holding one: result titles) among the form's first
// kFormResultsLook nodes, the form sending nothing (no POST): a filter
// panel's group headings link nowhere.
constexpr int kFormResultsMin = 3, kFormResultsLook = 3000;
[[gnu::cold]] bool WrapsResults(const Node* form) {
  if (EqualsIgnoreCase(Trim(form->Attr("method")), "post")) return false;
  int linked = 0;
  WalkBelow(form, kFormResultsLook, [&](const Node* d) {
    if (!d->is_element() || !IsHeadingTag(d->tag)) return true;
    bool link = false;
    for (const Node* a = d->parent; a && a != form && !link; a = a->parent) link = a->Is(TagId::kA);
    for (const Node* c = d->first_child; c && !link; c = NextInTree(c, d)) link = c->is_element() && c->Is(TagId::kA);
    linked += link;
    return linked < kFormResultsMin;
  });
  return linked >= kFormResultsMin;
}

// A <form> around a thread's posts: the board's moderation form that lets a
// moderator tick posts (Invision's "<form data-role=moderationTools>" around
// the feed of "<article>" posts). A form marked as the moderation tools
// (ClassifyDataRole) wraps posts when an <article> comes among its first
// kFormWrapMaxNodes nodes before any text box; an unmarked one when those
// nodes hold kFormPostsMin <article>s of one signature (tag and class) and
// no text box at all: a reply form's one preview <article> beside its
// <textarea> is a form.
constexpr int kFormPostsMin = 2;
[[gnu::cold]] bool WrapsPosts(const Node* form) {
  const bool moderation = ClassifyDataRole(form->Attr("data-role")) == DataRole::kModerationForm;
  const Node* first_post = nullptr;
  int posts = 0;
  bool wraps = false;  // the answer where the walk stops
  const WalkEnd end = WalkBelow(form, kFormWrapMaxNodes, [&](const Node* d) {
    if (!d->is_element()) return true;
    if (d->tag == TagId::kTextarea) return false;
    if (d->tag != TagId::kArticle) return true;
    if (moderation) {
      wraps = true;
      return false;
    }
    if (!first_post) first_post = d;
    if (d->Attr("class") == first_post->Attr("class")) ++posts;
    return true;
  });
  return end == WalkEnd::kStopped ? wraps : !moderation && posts >= kFormPostsMin;
}

// Whether `e` or a node among its first kPosterLook (`e` counted) is an
// element classed as a post's poster ("a.username", "postauthor"):
// `hint_of(n)` gives a node's hints (the HintTable while classifying, the
// facts after). A poster's cell (XenForo's "message-userDetails": the
// linked name, then the rank and banner) names the poster early.
constexpr int kPosterLook = 24;
template <class HintOf>
bool HoldsPosterHint(const Node* e, HintOf&& hint_of) {
  int budget = kPosterLook;
  for (const Node* n = e; n && budget-- > 0; n = NextInTree(n, e))
    if (n->is_element() && (hint_of(n) & kHintPoster)) return true;
  return false;
}

// A post's user cell drawn as an <aside> (Invision Community 5:
// "<article><aside class=ipsEntry__author-column><h3
// class=ipsEntry__username><a>jane</a></h3>..."): on a thread, the first
// cell of an <article> holding a poster's name (HoldsPosterHint) is the
// post's, not the page's: its name stays, its rank and counts go as the
// post's asides. A second copy (the phone layout's, before or after it)
// stays boilerplate. (Bounded: kUserCellSiblings element siblings before
// it, kPosterLook nodes of each.)
constexpr int kUserCellSiblings = 4;
[[gnu::cold]] bool IsPostUserCell(const Node* aside, const HintTable& hints) {
  if (!aside->parent || aside->parent->tag != TagId::kArticle) return false;
  auto hint_of = [&](const Node* n) { return hints[n]; };
  int siblings = kUserCellSiblings;
  for (const Node* s = aside->prev(); s && siblings > 0; s = s->prev()) {
    if (!s->is_element()) continue;
    --siblings;
    if (s->tag == TagId::kAside || HoldsPosterHint(s, hint_of)) return false;
  }
  return HoldsPosterHint(aside, hint_of);
}

// Whether an element stands among a text's own blocks: the element
// siblings on each side (the first within kProseSiblingLook nodes) are
// paragraphs, lists, code or subheadings (a docs page's note box between
// two paragraphs, not a notice atop the page or a post).
constexpr int kProseSiblingLook = 4;
bool IsProseBlockTag(TagId t) {
  return t == TagId::kP || t == TagId::kPre || t == TagId::kUl || t == TagId::kOl || t == TagId::kH2 ||
         t == TagId::kH3 || t == TagId::kH4 || t == TagId::kBlockquote || t == TagId::kTable;
}
bool SetAmongProse(const Node* e) {
  auto side = [](const Node* s, bool forward) {
    for (int k = 0; s && k < kProseSiblingLook; ++k, s = forward ? s->next : s->prev())
      if (s->is_element()) return IsProseBlockTag(s->tag);
    return false;
  };
  return side(e->prev(), false) && side(e->next, true);
}

// Whether an element is one titled section of a text made of sections: a
// <section> between <section> siblings, whose first element (down through
// wrappers of one child, kSectionHeadLook at most) is a subheading (<h2> to
// <h4>) with more after it, and which holds no form field (a sign-up box
// so built asks for an address). A terms page's "section#subscription"
// ("3. Subscriptions and payment") between its other numbered sections, a
// restaurant's "section.menu-du-moment" between its hours and its address.
// (Bounded: kSectionFormLook nodes read; past them it counts as a form.)
constexpr int kSectionHeadLook = 4;
constexpr float kTitledSectionMinGood = 100;
constexpr int kSectionFormLook = 400;
bool IsTitledSectionAmongSections(const Node* e) {
  if (!e->Is(TagId::kSection)) return false;
  const Node* prev = PrevElementFrom(e->prev());
  const Node* next = NextElementFrom(e->next);
  if (!prev || !next || !prev->Is(TagId::kSection) || !next->Is(TagId::kSection)) return false;
  const Node* c = NextElementFrom(e->first_child);
  for (int down = 0; c && !NextElementFrom(c->next) && !IsHeadingTag(c->tag) && down < kSectionHeadLook; ++down)
    c = NextElementFrom(c->first_child);
  if (!c || HeadingLevel(c->tag) < 2 || HeadingLevel(c->tag) > 4 || !NextElementFrom(c->next)) return false;
  int seen = 0;
  for (const Node* n = NextInTree(e, e); n; n = NextInTree(n, e)) {
    if (++seen > kSectionFormLook) return false;
    if (n->is_element() && (n->Is(TagId::kForm) || n->Is(TagId::kInput) || n->Is(TagId::kTextarea) ||
                            n->Is(TagId::kSelect)))
      return false;
  }
  return true;
}

// Whether element `e` carries a script framework's conditional render
// attribute (v-if, x-show: IsConditionalRenderAttribute).
[[gnu::cold]] bool HasConditionalRenderAttribute(const Node* e) {
  for (uint32_t k = 0; k < e->num_attrs; ++k)
    if (IsConditionalRenderAttribute(e->attrs[k].name)) return true;
  return false;
}

// Whether a box opens with a callout's label: its first element, or that
// element's first, down kAdmonitionLabelDepth levels, says "Tip", "Note:",
// "See also" alone ("<div class=alert><strong>Tip</strong><br>For...").
// Bounded: a few short elements read.
constexpr int kAdmonitionLabelDepth = 4;
constexpr int kAdmonitionLabelIcons = 2;
constexpr size_t kAdmonitionLabelMaxBytes = 40;
constexpr size_t kAdmonitionLabelMaxNodes = 8;
bool OpensWithAdmonitionLabel(const Node* e, std::string* scratch) {
  const Node* n = e;
  for (int d = 0; d < kAdmonitionLabelDepth; ++d) {
    n = NextElementFrom(n->first_child);
    if (!n) return false;
    CollapsedTextInto(n, kAdmonitionLabelMaxBytes, kAdmonitionLabelMaxNodes, scratch);
    // An icon before the label (an <svg>, an empty <span>) is passed over.
    for (int k = 0; scratch->empty() && k < kAdmonitionLabelIcons; ++k) {
      const Node* after = NextElementFrom(n->next);
      if (!after) break;
      n = after;
      CollapsedTextInto(n, kAdmonitionLabelMaxBytes, kAdmonitionLabelMaxNodes, scratch);
    }
    if (IsAdmonitionLabel(*scratch)) return true;
  }
  return false;
}

// Whether an <aside> is a docs page's callout set in the text, not the
// page's complementary box: its accessible name is a callout's label
// (Astro Starlight's "<aside aria-label=Note class=starlight-aside>") or it
// opens with one ("<aside><p>Caution</p><div>..."). HTML-AAM maps such an
// aside to a note in the flow, and the text is the document's.
[[gnu::cold]] bool IsCalloutAside(const Node* aside) {
  if (IsAdmonitionLabel(aside->Attr("aria-label"))) return true;
  std::string scratch;
  return OpensWithAdmonitionLabel(aside, &scratch);
}

// Whether an <aside> is a story's summary box set at its top (ABC News's
// "Key points:" list, a blog's "Key takeaways"): named so by its class
// (NamesSummaryBox), and the story's own points, not links to other
// stories (a box whose text is kSummaryAsideMaxLinkPercent % link text or
// more is a strip of them: "Elsewhere in the county"). Its first
// kSummaryAsideMaxNodes nodes are read.
constexpr size_t kSummaryAsideMaxLinkPercent = 30;
constexpr int kSummaryAsideMaxNodes = 400;
[[gnu::cold]] bool IsStorySummaryAside(const Node* aside) {
  if (!NamesSummaryBox(aside->Attr("class"))) return false;
  size_t text = 0, link = 0;
  int budget = kSummaryAsideMaxNodes;
  for (const Node* d = aside->first_child; d && budget-- > 0; d = NextInTree(d, aside)) {
    if (!d->is_text()) continue;
    const size_t n = Trim(d->data).size();
    text += n;
    for (const Node* a = d->parent; a && a != aside; a = a->parent)
      if (a->tag == TagId::kA) {
        link += n;
        break;
      }
  }
  return text > 0 && link * 100 < text * kSummaryAsideMaxLinkPercent;
}

// Whether `e` is such a labelled alert box or stands in one, a few levels
// down (a bundler's "inline-alert_title" and "inline-alert_description"
// in an "inline-alert" box): each of them carries the alert word.
// (A box labelled in Chinese, Japanese or Korean, "提示", "중요", is a note's
// or a warning's variant, "alert alert-warning", and holds no link: a news
// site's box so labelled is its app's or its subscription's offer,
// "下载新湖新闻客户端 ... 立即下载", "alert-dark". Its first
// kLabelledAlertLinkNodes nodes are read.)
constexpr int kLabelledAlertLevels = 4;
constexpr int kLabelledAlertLinkNodes = 200;
static bool LabelledAlertBox(const Node* box, std::string* scratch) {
  if (!OpensWithAdmonitionLabel(box, scratch)) return false;
  if (scratch->empty() || static_cast<unsigned char>(Trim(*scratch)[0]) < 0x80) return true;
  if (!IsAlertCalloutClass(box->Attr("class"))) return false;
  int budget = kLabelledAlertLinkNodes;
  for (const Node* d = box->first_child; d && budget-- > 0; d = NextInTree(d, box))
    if (d->Is(TagId::kA)) return false;
  return true;
}
bool InLabelledAlert(const Node* e, std::string* scratch) {
  if (!HasAlertClass(e->Attr("class"))) return false;
  if (LabelledAlertBox(e, scratch)) return true;
  int up = 1;
  for (const Node* a = e->parent; a && a->is_element() && up < kLabelledAlertLevels; a = a->parent, ++up)
    if (HasAlertClass(a->Attr("class")) && LabelledAlertBox(a, scratch)) return true;
  return false;
}

// A docs page's "See also" note in an alert box ("<div class='alert
// alert-info'><strong>See also</strong> ..."): the text's callout, not a
// related-links line (off articles and threads).
bool InAlertCallout(const ContentContext& ctx, const Node* e) {
  return !ctx.article && !ctx.discussion && HasAlertClass(e->Attr("class"));
}

// A link ARIA hides but leaves on screen (a card's excerpt linked a second
// time, see Classify) holds this many bytes of text at least.
constexpr size_t kShownCopyLinkMinBytes = 60;
// Such a link's text is read up to this many bytes, to compare it with the
// card's heading.
constexpr size_t kShownCopyLinkReadBytes = 300;
// The card's heading is looked for among this many element siblings on
// each side, of the link and of its parent.
constexpr int kCardHeadingLook = 4;
constexpr int kCardHeadingLevels = 2;

// Whether a card's second link (ARIA-hidden, out of the tab order) repeats
// the card's heading: a heading near it says the same words ("<h2><a
// href=/s>Heatwave records broken</a></h2><a href=/s aria-hidden=true
// tabindex=-1>Heatwave records broken</a>"). (The same address alone says
// nothing: a card's linked excerpt leads to its story too.) `text` is the
// link's text; `scratch` a reused buffer. Bounded: see kCardHeadingLook.
// With `links_too` a link beside it counts as the heading too (a card's
// linked name, "<a href=/p3>Suet cage</a>").
bool RepeatsCardHeading(const Node* a, std::string_view text, std::string* scratch, bool links_too = false) {
  const Node* at = a;
  for (int up = 0; at && at->is_element() && up < kCardHeadingLevels; at = at->parent, ++up) {
    for (bool forward : {false, true}) {
      int k = 0;
      for (const Node* s = forward ? at->next : at->prev(); s && k < kCardHeadingLook;
           s = forward ? s->next : s->prev()) {
        if (!s->is_element()) continue;
        ++k;
        if (!IsHeadingTag(s->tag) && !(links_too && s->tag == TagId::kA)) continue;
        CollapsedTextInto(s, text.size() + 1, scratch);
        if (*scratch == text) return true;
      }
    }
  }
  return false;
}

// Dawn's price box is looked for this many levels above a price copy (the
// copy, its "price__container", the box).
constexpr int kPriceBoxLevels = 2;

// Whether a copy of a card's price is the one Shopify's Dawn theme hides
// (see ClassifyPriceCopy): the sale copy in a box not on sale, the regular
// copy in a box on sale. "$19.99 $19.99" would otherwise be read for one
// price. Bounded: kPriceBoxLevels ancestors.
[[gnu::cold]] bool IsHiddenPriceCopy(const Node* n, PriceCopy copy) {
  const Node* box = n->parent;
  for (int up = 0; box && box->is_element() && up < kPriceBoxLevels; box = box->parent, ++up) {
    bool on_sale = false;
    if (IsPriceBoxClass(box->Attr("class"), &on_sale)) return (copy == PriceCopy::kSale) != on_sale;
  }
  return false;
}

// A price ARIA hides is looked for, as text, in this many element siblings
// on each side (its screen readers' copy).
constexpr int kPriceCopyLook = 4;

// Whether an element ARIA hides is a price shown on screen: a shop's card
// draws its price for the eye ("<p aria-hidden=true>$24.50</p>", WooCommerce's
// "<del aria-hidden=true>$30.00</del>") and words it for screen readers in a
// visually hidden copy beside it ("<span class=screen-reader-text>Original
// price was: $30.00.</span>"). That copy is dropped as hidden, so the shown
// price is the card's price. Not when a sibling that stays (not hidden by
// its class nor by ARIA) holds the same price: its copy is read, and the
// price would be doubled. `text` and `scratch` are reused buffers. Bounded:
// the element's first bytes, kPriceCopyLook siblings on each side.
[[gnu::cold]] bool ShowsHiddenCopyPrice(const Node* n, const HintTable& hints, std::string* text, std::string* scratch) {
  CollapsedTextInto(n, kShownCopyLinkReadBytes, text);
  if (!IsBarePriceLine(*text)) return false;
  const std::string_view price = Trim(*text);
  for (bool forward : {false, true}) {
    int k = 0;
    for (const Node* s = forward ? n->next : n->prev(); s && k < kPriceCopyLook; s = forward ? s->next : s->prev()) {
      if (!s->is_element()) continue;
      ++k;
      if ((hints[s] & kHintHidden) || EqualsIgnoreCase(s->Attr("aria-hidden"), "true")) continue;
      CollapsedTextInto(s, kShownCopyLinkReadBytes, scratch);
      if (scratch->find(price) != std::string::npos) return false;
    }
  }
  return true;
}

// An element ARIA hides under a labelled element is looked for in the
// label this many levels up at most, and holds this many word characters
// at least (see ShowsAriaLabelCopy).
constexpr int kAriaLabelCopyLevels = 2;
constexpr size_t kAriaLabelCopyMinWordChars = 3;
constexpr int kAriaLabelCopyLook = 4;

// Whether an element ARIA hides is the shown copy of a link's aria-label
// (the link its parent or grandparent): a card's rating, drawn for the eye
// ("<a aria-label='4.7 out of 5 stars, 58,483 ratings'><i aria-hidden=true>
// 4.7 out of 5 stars</i> <span aria-hidden=true>58,483</span></a>") while
// screen readers read the label. ARIA hides the copy from them, not from
// the screen: it is the card's text. (Only under a link: a drawing's
// aria-label describes a picture, a heading's repeats its words.) The copy
// reads the label in order (any case): it starts where the copies before
// it among its siblings leave off (no word between), or covers most of
// the label; a tooltip that repeats a word already shown ("<span
// class=tooltip aria-hidden=true>Suet</span>" after "Suet cage") is none.
// Nor the card's name drawn again beside its linked name or heading
// (RepeatsCardHeading). `text` and `scratch` are reused buffers. Bounded:
// kAriaLabelCopyLevels ancestors, kAriaLabelCopyLook siblings before the
// element, the first bytes of each.
[[gnu::cold]] bool ShowsAriaLabelCopy(const Node* n, std::string* text, std::string* scratch) {
  std::string_view label;
  const Node* link = n->parent;
  for (int up = 0; link && link->is_element() && up < kAriaLabelCopyLevels; link = link->parent, ++up)
    if (link->tag == TagId::kA) {
      label = link->Attr("aria-label");
      break;
    }
  if (label.empty() || !link) return false;
  // The copies before the element, first to last.
  const Node* before[kAriaLabelCopyLook];
  int count = 0;
  for (const Node* s = n->prev(); s && count < kAriaLabelCopyLook; s = s->prev())
    if (s->is_element()) before[count++] = s;
  size_t from = 0;
  for (int k = count - 1; k >= 0; --k) {
    CollapsedTextInto(before[k], kShownCopyLinkReadBytes, scratch);
    const std::string_view copy = Trim(*scratch);
    if (CountWordChars(copy) == 0) continue;
    const size_t at = FindIgnoreCase(label, copy, from);
    if (at != std::string_view::npos && CountWordChars(label.substr(from, at - from)) == 0) from = at + copy.size();
  }
  CollapsedTextInto(n, kShownCopyLinkReadBytes, text);
  const std::string_view shown = Trim(*text);
  const size_t chars = CountWordChars(shown);
  if (chars < kAriaLabelCopyMinWordChars) return false;
  const size_t at = FindIgnoreCase(label, shown, from);
  if (at == std::string_view::npos) return false;
  if (CountWordChars(label.substr(from, at - from)) != 0 && 2 * chars <= CountWordChars(label)) return false;
  return !RepeatsCardHeading(link, shown, scratch, /*links_too=*/true);
}

// A block checked as a short line (boilerplate, date, credit, title) is
// read only when its subtree has at most this many nodes.
constexpr size_t kLineMaxNodes = 512;
// The most text a ticker's copies are read for (see the repeated-phrase check).
constexpr size_t kTickerMaxText = 4096;
// A ticker shows its separator in its first copies: the lead read first.
constexpr size_t kTickerLeadBytes = 48;
constexpr size_t kTickerLeadNodes = 16;
// A table row read as a submission's line (see IsSubmissionLine): its
// first bytes and nodes at most (a longer row is none).
constexpr size_t kSubmissionRowMaxBytes = 160;
constexpr size_t kSubmissionRowMaxNodes = 48;
// A link's children read for its visible words at most.
constexpr int kLinkReadChildren = 8;
// A thread's poster line is read when it is at most this long.
constexpr uint32_t kPosterLineMaxText = 48;
// A vote score's copy holds at most this many bytes ("1,234 points").
constexpr size_t kVoteScoreMaxBytes = 32;
// A poster's linked name holds at most this many bytes, in one to three
// words (a nickname, "Jane Doe").
constexpr size_t kPosterNameMaxBytes = 40;
constexpr int kPosterNameMaxWords = 3;
constexpr size_t kPosterNameMaxNodes = 16;

// Whether link `a` reads as a poster's name: a short text of one to
// kPosterNameMaxWords words, not a cue ("View profile" reads as one, but a
// byline-classed link on a thread names its poster far more often).
[[gnu::cold]] bool IsPosterNameLink(const Node* a, std::string* scratch) {
  if (!CollapsedTextInto(a, 2 * kPosterNameMaxBytes, kPosterNameMaxNodes, scratch)) return false;
  std::string_view t = Trim(*scratch);
  if (t.empty() || t.size() > kPosterNameMaxBytes) return false;
  int words = 1;
  for (char c : t)
    if (c == ' ' && ++words > kPosterNameMaxWords) return false;
  return true;
}

// A thread's poster line: the poster's name, then the post's date stamp
// ("MikeMcQ January 28, 2024, 4:31pm": Discourse's post meta, classed like
// a byline). Some words that are not a date, then a date line to the end;
// not a member's statistic ("jane Joined March 2024": a user panel's).
// (A short line: its few word starts are tried, each a bounded parse.)
[[gnu::cold]] bool IsPosterLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > 2 * kPosterLineMaxText) return false;
  size_t word = 0;  // where the word before the date opens
  for (size_t i = line.find(' '); i != std::string_view::npos; word = i + 1, i = line.find(' ', i + 1)) {
    std::string_view name = Trim(line.substr(0, i));
    if (name.empty() || IsDateLine(name)) continue;
    if (IsDateLine(line.substr(i + 1))) return !IsMemberStatLine(line.substr(word));
  }
  return false;
}

// A list of authors is read when its line is at most this long, and names
// at least kAuthorListMinNames people of at most kAuthorListNameMaxWords
// words each.
constexpr uint32_t kAuthorListMaxText = 200;
constexpr int kAuthorListMinNames = 3;
constexpr int kAuthorListNameMaxWords = 4;

// A paper's or a project's list of authors: names alone, parted by commas
// (or semicolons) and a last "and" ("Ann Lee, Bo Park and Cy Moe"): every
// name one to four words, the first capitalized, no digits, no cue ("By"),
// no date, degree or role ("Ph.D.", "Director, Analytics": lower-case
// words other than short particles). On a list page it is a card's content (who wrote each
// paper), not a story's byline. (A short line, read once.)
bool IsAuthorListLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 2 * kAuthorListMaxText) return false;
  int names = 0, words = 0;
  bool capital = false;
  auto close_name = [&]() {
    if (words == 0) return true;
    if (words > kAuthorListNameMaxWords || !capital) return false;
    ++names, words = 0, capital = false;
    return true;
  };
  size_t i = 0;
  while (i < line.size()) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ',' || c == ';') {
      if (words == 0 || !close_name()) return false;  // an empty part: "Ann Lee, , Bo"
      ++i;
      continue;
    }
    if (IsAsciiSpace(c)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && !IsAsciiSpace(static_cast<unsigned char>(line[j])) && line[j] != ',' && line[j] != ';')
      ++j;
    std::string_view word = line.substr(i, j - i);
    i = j;
    if (IsNameListJoiner(word)) {
      if (words == 0 || !close_name()) return false;
      continue;
    }
    bool dot = false, lower = false;
    for (char ch : word) {
      if (IsAsciiDigit(static_cast<unsigned char>(ch)) || ch == '|' || ch == ':' || ch == '@') return false;
      dot |= ch == '.', lower |= ch >= 'a' && ch <= 'z';
    }
    // A dotted word is an initial ("J.", "J.R."), not a degree or a
    // title ("Ph.D.", "Dr."): a person's card, not a list of authors.
    if (dot && lower) return false;
    // A name's words: capitalized, or a particle ("van", "de"); a letter
    // outside ASCII ("Émile") counts as capitalized.
    const unsigned char w0 = static_cast<unsigned char>(word[0]);
    if (words == 0 && !((w0 >= 'A' && w0 <= 'Z') || w0 >= 0xC0)) return false;
    if ((w0 >= 'A' && w0 <= 'Z') || w0 >= 0xC0) capital = true;
    else if (!(w0 >= 'a' && w0 <= 'z') || word.size() > 3) return false;
    ++words;
  }
  if (!close_name()) return false;
  // "By Ann Lee, Bo Park and Cy Moe": a story's byline.
  return names >= kAuthorListMinNames && StripBylineCue(line).empty();
}

}  // namespace



// The knobs --favor turns. A block's value is its word characters, minus
// link_weight per character in links, minus block_cost (short lines are
// furniture more often than not). Balanced was tuned on odd WCXB ids and
// Scrapinghub and checked on even ids; the others move every knob one way.
struct Tuning {
  float link_weight;
  float block_cost;
  float sibling_min_share;  // similar siblings need this share of the root's prose
  double page_root_share;   // page mode widens to <body> below this share
  bool page_mode;           // widen non-article pages at all
  float link_list_ratio;    // a block container with this share of link text is a link list
  uint32_t min_block_chars; // shorter paragraphs are dropped (0 = keep all)
  bool drop_pull_quotes;    // a pull quote (IsPullQuoteClass) goes: it repeats the text
};
// How far above a block its pull quote's class may stand ("<figure
// class=wp-block-pullquote><blockquote><p>").
constexpr int kPullQuoteLevels = 3;
// Page mode: a body with fewer word characters than this is retried from
// the block that holds most of the page's text (a list page), when the
// page has at least kListFallbackMinText of them.
constexpr size_t kListFallbackBelow = 80;
constexpr uint32_t kListFallbackMinText = 300;
// A body shorter than this is also retried as a list, kept when the list
// has kListOverShortBody times its word characters.
constexpr size_t kShortBodyBelow = 400;
constexpr size_t kListOverShortBody = 4;
// So is a body shorter than this that kept 1/kStrippedRootShare of its
// root's text at most (a shop's page of card shelves whose cards the rules
// took for teasers and "related" boxes, each shelf's heading kept).
// Measured on the 1,808 benchmark pages: a share of 3, 5 or 10 changes the
// same one page (the list's reading is kept only when 4 times longer).
constexpr size_t kStrippedBodyBelow = 4 * kShortBodyBelow;
constexpr size_t kStrippedRootShare = 5;

// The root is chosen the same way in every mode; the modes differ in what
// they add around it and drop inside it.
// A spec's name over its value in a pair of their own (see the short-block
// rule): the name's word characters at most.
constexpr uint32_t kSpecNameMaxText = 48;
// A spec's value beside its name in a row of two boxes, at most.
constexpr uint32_t kSpecValueMaxText = 96;
// A pull quote repeats the story's own words in large type: the benchmarks'
// golds keep it (Scrapinghub .9795 -> .9793, WCXB articles .9636 -> .9635
// when it goes, stop 46), so only the precise mode leaves it out.
constexpr Tuning kBalanced{1.5f, 5.0f, 0.05f, 0.8, true, 0.6f, 0, false};
constexpr Tuning kPrecise{1.5f, 5.0f, 10.0f, 0.0, false, 0.35f, 25, true};
constexpr Tuning kInclusive{1.5f, 5.0f, 0.01f, 0.95, true, 0.8f, 0, false};

const Tuning& TuningFor(Favor f) {
  switch (f) {
    case Favor::kPrecision: return kPrecise;
    case Favor::kRecall: return kInclusive;
    default: return kBalanced;
  }
}


namespace {

// A semantically marked body element wins over the best root that contains
// it when it holds at least this share of the root's score.
constexpr float kSemanticShare = 0.6f;

// Roots (the best one and its similar siblings) beyond which a <main>
// landmark outside them is not looked at (each costs two ancestor walks).
constexpr size_t kLandmarkMaxRoots = 16;
// An archive page's loop of posts (see ArchiveLoop): this many teaser
// <article>s at least; a teaser's linked heading among the first nodes of
// its <article>.
constexpr int kArchiveLoopMinPosts = 3;
// A lead paragraph before the marked body (see AddLeadBeforeRoot): word
// characters at least (a sentence, not a label).
constexpr uint32_t kLeadMinText = 40;
// A lead's first bytes read for its dateline (OpensWithDateline).
constexpr size_t kDatelineReadBytes = 64;
// A story's meta line (a category's link, the writer's, its stamp): links
// and their word characters at most.
constexpr uint16_t kMetaLineMaxLinks = 2;
constexpr uint32_t kMetaLineMaxLinkText = 32;
constexpr int kArchiveTeaserLook = 24;

// A <main> landmark outside the best root joins it on pages that are not
// articles when it holds this much prose (summed block values) at least.
constexpr double kOutsideMainMinGood = 100;
// A category's description joins a list page's guide (see Extract) when it
// holds this much value: a sentence or two.
constexpr double kCategoryDescriptionMinGood = 60;

// Parts of a split body: siblings of the root's markup found up to this many
// levels above it (each with Tuning::sibling_min_share of the root's prose).
constexpr int kSiblingLevels = 2;
// Characters of a part like the root read to tell a bare date stamp.
constexpr uint32_t kSiblingStampMaxText = 40;
// A part may be this much more linked (share of its text) than the root.
constexpr double kSiblingLinkSlack = 0.2;
// A root this linked (share of its text) is a row of cards, not prose.
constexpr double kCardRootLinkShare = 0.2;
// An article that is an index of cards (see Extract): at least this many
// card headlines (each at most kCardHeadMaxText word characters), at most
// kIndexTextPerHead word characters of content per headline, and no block
// of kIndexLongestBlock or more (a story's paragraph).
constexpr uint32_t kCardHeadMaxText = 200;
constexpr uint32_t kIndexMinHeads = 5;
constexpr uint32_t kIndexTextPerHead = 260;
constexpr uint32_t kIndexLongestBlock = 400;

// Sections of a story joined above the best root (see JoinSections): how
// far up to look, the share of the root's score the ancestor keeps, and how
// much more prose it holds.
constexpr int kJoinLevels = 8;
constexpr float kJoinScoreShare = 0.85f;
constexpr double kJoinGrowth = 1.5;
// Elements looked at on each side of an ancestor for another post of its
// signature (see JoinPosts), and the nodes (elements, text, comments) walked
// on each side at most.
constexpr int kPostSiblingLook = 8;
constexpr int kPostSiblingNodes = 64;
// A child list of posts named by id holds this share of its parent's
// prose at least to stand for it (JoinPosts).
constexpr int kPostListShareNum = 2, kPostListShareDen = 3;
// Prose (good value) beside a thread's comment section that makes an opening
// post (JoinOpeningPost): a few sentences.
constexpr double kOpeningPostMinGood = 150;
// Nodes looked at before each ancestor of a list of replies for the opening
// post (JoinOpeningPost): its card, then reply boxes and ad slots between.
constexpr int kOpeningPostLook = 32;
// Prose (good value) that keeps a link-heavy block on a thread: a post's
// paragraphs, more than a menu's or a related box's blurbs.
constexpr double kLinkListPostMinGood = 400;
// A teaser card set in a story (IsLabeledTeaserCard): its most text, the
// nodes read for its label and headline, its label's and excerpt's most.
constexpr uint32_t kLabeledCardMaxText = 400;
// Siblings read after a thread's furniture heading for its list of links
// (LinkListFollows).
constexpr int kLinkListLookSiblings = 4;
// The bytes of a delivery section read for the store's terms (see
// DeliveryTermsFollow): its opening, where a shop states them.
constexpr size_t kDeliveryTermsReadBytes = 600;
constexpr int kLabeledCardLook = 24;
// The label's line is read up to this many bytes (a label is a few words).
constexpr size_t kLabeledCardLabelReadBytes = 80;
constexpr uint32_t kLabeledCardMaxLabel = 30;
constexpr uint32_t kLabeledCardMaxExcerpt = 240;
// On an article, a list in the story's prose whose items open on words of
// their own is the story's below this share of linked text.
constexpr float kProseListMaxLinkShare = 0.85f;
// Nodes of a list's first item read for the words it opens on.
constexpr int kOpenReadNodes = 16;
// Inline wrappers climbed to find that a link stands alone in its block.
constexpr int kAloneMaxLevels = 4;
constexpr int kAloneLook = 4;
// A line that leads its box naming furniture (LeadsLikeAHeading, any_rest)
// is no heading over a paragraph of this many unlinked bytes among the
// kLeadRestLook siblings after it.
constexpr uint32_t kLeadRestMaxProse = 80;
constexpr int kLeadRestLook = 8;
// A gallery's counter (see decide): ancestors and siblings on each side
// looked at for the gallery's slides.
constexpr int kGalleryLevels = 3;
constexpr int kGalleryLook = 4;
// A roundup's series named like comments: ancestors looked at.
constexpr int kCommentBoxLevels = 4;
bool InCommentBox(const Node* e);  // below
// An author's bio box on an article (see decide): under this many
// characters, its first bytes read for the words that present a person.
constexpr uint32_t kAuthorBioMaxText = 1500;
constexpr size_t kAuthorBioReadBytes = 320;
// The writer's unclassed bio on an untyped page (see decide): its least
// text, the siblings after it looked at for the story's paragraphs, and
// the levels its first text is looked for.
constexpr uint32_t kWriterBioMinText = 60;
constexpr int kWriterBioNextSiblings = 4;
// Nodes walked back from a writer's bio for the story's paragraph before
// it (see StoryParagraphBefore).
constexpr size_t kStoryBeforeLookNodes = 512;
// A <p> this long at least is a paragraph of the story.
constexpr uint32_t kStoryParagraphMinText = 80;
// Siblings looked at before a dateline for a story's paragraph (a dateline
// heads the story), and on each side of an affiliate disclosure (one sits
// over the story or under it, not between its paragraphs).
constexpr int kDatelinePrevSiblings = 4, kDisclosureLook = 2;
// Element siblings after a headline-classed subheading read for the prose
// it heads (see HeadsOwnProse): the first one holding text decides.
constexpr int kHeadsProseLook = 2;
// A subheading between a story's paragraphs (see the headline rule): the
// nodes looked at before it (a related link's box may stand between) and
// after it (a short line may come first), white space counted.
constexpr int kSubheadProseLookBefore = 6;
constexpr int kSubheadProseLookAfter = 5;
// ... and the element siblings on each side of its box read for another
// entry of the feed.
constexpr int kHeadsProseEntryLook = 4;
constexpr int kWriterBioOpenLevels = 3;

// A list or category page with less prose than this (summed block values)
// is a page of links: its boxes are judged by their share of its text.
constexpr double kLinkPageMaxProse = 300;
// ... and a weakly named box with at most this share of its text is a
// sliver of it (a widget, a notice), however much of the prose it holds.
constexpr double kLinkPageSliver = 0.25;

// Nodes of a member statistic beside a forum post ("<dt>Posts:</dt>
// <dd><a>4032</a></dd>") at most.
constexpr size_t kStatMaxNodes = 32;
// Bytes of a card's tally line read (IsCardTallyLine): IsEngagementCountLine
// takes 64 at most. Nodes read: a reactions counter draws a few icons
// (a wrapper, an image and blank text each) before its count.
constexpr size_t kTallyReadBytes = 72;
constexpr size_t kTallyReadNodes = 96;
// The longest cite line over a reply's quote ("Jane Doe said:"), in text
// bytes.
constexpr uint32_t kCiteLineMaxText = 100;
// A poster's cell on a thread (HoldsPosterHint): its text at most (the
// name, a rank, a banner).
constexpr uint32_t kPosterCellMaxText = 80;
// ... and the unlinked word characters of a short post beside its cell.
constexpr uint32_t kPostOwnMinText = 24;
// The longest starter's badge ("Discussion starter") with the spaces
// templates indent it by, in bytes.
constexpr size_t kStarterBadgeMaxBytes = 96;

// Whether `e` holds a link to a messaging app's channel or group
// (IsMessagingChannelUrl).
bool LinksToMessagingChannel(const Node* e) {
  for (const Node* d = e->first_child; d; d = NextInTree(d, e))
    if (d->is_element() && d->tag == TagId::kA && IsMessagingChannelUrl(d->Attr("href"))) return true;
  return false;
}
// A screen reader's copy of the words right before it (see IsSpokenCopy):
// word characters at least, and the bytes of the shown text compared at
// most.
constexpr size_t kSpokenCopyMinText = 4;
constexpr size_t kSpokenCopyMaxBytes = 256;
// The siblings after a spoken copy looked at for words of its line (more
// than that and the copy is taken for prose).
constexpr int kSpokenCopyNextSiblings = 4;
// Levels above a post's "#N" line where the post's <header> is looked for
// (see IsPostNumberPlace).
constexpr int kPostNumberHeaderLevels = 4;
// The longest bare count (a rating bar's "57%", "1,935") on a product page.
constexpr uint32_t kBareCountMaxText = 16;
// The longest pay-later note beside a price, in word characters (about
// 150 bytes: "Pay in 4 interest-free payments of $12.50 with Klarna. Learn
// more", its terms' line after it).
constexpr uint32_t kPriceNoteMaxText = 110;
// Element siblings after a site-feed heading read for its cards.
constexpr int kSiteFeedLookSiblings = 16;
constexpr int kSiteFeedLookLevels = 3;
// The most word characters a link under a site-feed heading: one teaser
// card (its type, title, two lines of excerpt, its "Read more").
constexpr uint32_t kSiteFeedCardMaxText = 250;
// The value of prose kept before a story-strip heading on a page in page
// mode for the heading to head the site's other posts (a story above it),
// not the page's own list: a short story's worth.
constexpr double kStoryStripMinProse = 1500;
// The prose outside a comment section that makes a story beside it (see
// decide's story_comments): a story's worth, not a thread's opening post.
constexpr double kStoryBesideCommentsMinProse = 1000;
// The value of the prose kept before a heading that closes a story on a
// blog platform ("Written by ...", "Responses (12)") is furniture: a few
// paragraphs (a byline over the story comes before any).
constexpr double kAfterStoryHeadingMinProse = 300;
// Levels above a bio block where a writer's card's name line is looked
// for, and the longest such line (a name and a role), in word characters.
constexpr int kWriterCardLevels = 3;
constexpr uint32_t kWriterCardMaxNameText = 80;
// A bare price block: three prices with their markers at most (word
// characters: "£129.99 Inc VAT £108.33 Ex VAT Was £149.99 Save £20.00").
constexpr uint32_t kBarePriceMaxText = 48;
// A shipping offer's line ("Free shipping on orders over $75"): one clause.
constexpr uint32_t kShippingPriceMaxText = 56;
// A price box's word characters at most, with its lines beside the price
// (the checkout note, an instalment offer: see Classify).
constexpr uint32_t kPriceBoxMaxText = 160;
// The most word characters of a shop's checkout note ("Tax included.
// Shipping calculated at checkout.": 39).
constexpr uint32_t kCheckoutNoteMaxText = 72;
// The text of a product page's delivery promise at most (see
// IsStockOrDeliveryLine).
constexpr uint32_t kDeliveryPromiseMaxText = 112;
// The most word characters of a shop's instalment line ("ou 3x de R$ 43,30 sem juros":
// 27; "or 4 interest-free payments of $12.25 with Klarna": 49).
constexpr uint32_t kInstallmentMaxText = 72;
// The word characters of a marketplace's sold count at most ("Заказов: 12
// тыс.": 30 bytes; see IsSoldCountLine).
constexpr uint32_t kSoldCountMaxText = 40;
// A currency converter's list of the price in other currencies ("GBP:
// $110.82 AUD: $232.60 ..."): a dozen pairs at most (text bytes).
constexpr uint32_t kCurrencyListMaxText = 256;
constexpr size_t kCurrencyListMaxNodes = 128;
// A price block's card is found this many levels up at most.
constexpr int kPriceCardMaxLevels = 5;
// The opening of a boilerplate box read for consent words.
constexpr size_t kConsentReadBytes = 256;
// A consent notice appended after the page (see ConsentNoticeAfterPage):
// a box of <body> holding at most this many word characters.
constexpr uint32_t kConsentNoticeMaxText = 400;
// A newsletter's sign-up box (see MarkSignUpBoxes): the e-mail fields read,
// how far up from one the box is looked for, its most word characters, and
// the bytes of its text read for the promotion's words.
constexpr size_t kSignUpInputsCap = 4;
constexpr int kSignUpBoxLevels = 5;
constexpr uint32_t kSignUpBoxMaxText = 320;
constexpr size_t kSignUpBoxReadBytes = 400;  // IsPromoLine reads up to 400
constexpr size_t kSignUpBoxReadNodes = 128;
// A story's affiliate box (see MarkAffiliateBoxes): the sponsored links
// read, how far up from one's line the box is looked for, its most word
// characters, the most word characters of any block of its own in it (a
// review's paragraph is the story's), and the nodes and bytes read.
constexpr size_t kSponsoredLinksCap = 12;
constexpr int kAffiliateBoxLevels = 3;
constexpr uint32_t kAffiliateBoxMaxText = 280;
constexpr uint32_t kAffiliateBoxRunMaxText = 150;
constexpr int kAffiliateBoxReadNodes = 48;
constexpr size_t kAffiliateBoxReadBytes = 1024;
constexpr uint32_t kAffiliateBoxMaxOwnText = 30;  // its words outside links
constexpr int kAffiliateBoxTwins = 2;             // siblings like it that make a run
// A foreign affiliate note's box (see IsForeignAffiliateNote): its most
// word characters.
constexpr uint32_t kForeignNoteBoxMaxText = 400;
// A reader's poll in a story (see MarkVoteBoxes): the radio buttons read,
// the form looked for that many levels up from one, the nodes of the form
// read for its options and its button, and the box's most word
// characters.
constexpr size_t kVoteInputsCap = 8;
constexpr int kVoteFormLevels = 4;
constexpr int kVoteFormReadNodes = 96;
constexpr uint32_t kVoteBoxMaxText = 400;
// Levels above a caption-classed box looked through for its picture, and
// the nodes read there.
constexpr int kCaptionPictureLevels = 2;
constexpr int kCaptionPictureScanNodes = 96;

// Whether a picture (<img>, <picture>, <video>) stands within
// kCaptionPictureLevels levels above `e`: a caption-classed box elsewhere
// is a theme's caption-sized type (Shopify Dawn's "caption" on a
// product's vendor line), not a picture's caption. (The first
// kCaptionPictureScanNodes nodes below each box are read, and each level's
// walk passes over the box the level below read: its nodes, read there
// already, count against the budget as if read again.)
bool BesidePicture(const Node* e) {
  const Node* inner = nullptr;  // the box the level below read
  int inner_nodes = 0;          // the nodes below it (past the budget: more than it)
  const Node* a = e->parent;
  for (int up = 0; up < kCaptionPictureLevels && a && a->is_element(); ++up, a = a->parent) {
    int seen = 0;
    for (const Node* n = a->first_child; n && ++seen <= kCaptionPictureScanNodes;) {
      if (n->is_element() && (n->Is(TagId::kImg) || n->Is(TagId::kPicture) || n->Is(TagId::kVideo))) return true;
      if (n == inner) {
        seen += inner_nodes;
        n = NextSkippingChildren(n, a);
      } else {
        n = NextInTree(n, a);
      }
    }
    inner = a;
    inner_nodes = seen;
  }
  return false;
}

// Whether a credit-classed box is a list of credits, not a picture's: a
// block (no <figcaption>, in no <figure>) of kCreditListMinLines lines or
// more set apart by <br>s, a show's or a film's cast and crew ("regia
// Paola Ferri<br>con Giulia Neri, ...<br>scene Davide Rizzo ..."). A
// photo credit is one line. (Its children read, kCreditListScanNodes at
// most; then, for a box of lines only, kCreditListFigureLevels ancestors:
// a picture's credit sits a few levels below its <figure>, and a box
// deeper than that below one is read as standing in none. The walk went
// up to the root: a page of nested credit boxes cost depth² steps.)
constexpr int kCreditListMinLines = 3;
constexpr int kCreditListScanNodes = 64;
constexpr int kCreditListFigureLevels = 16;
bool IsCreditsList(const Node* e) {
  if (e->Is(TagId::kFigcaption) || !IsBlockTag(e->tag)) return false;
  int breaks = 0, seen = 0;
  for (const Node* c = e->first_child; c && ++seen <= kCreditListScanNodes; c = c->next)
    if (c->is_element() && c->Is(TagId::kBr)) ++breaks;
  if (breaks + 1 < kCreditListMinLines) return false;
  int levels = kCreditListFigureLevels;
  for (const Node* a = e->parent; a && a->is_element() && levels-- > 0; a = a->parent)
    if (a->Is(TagId::kFigure) || a->Is(TagId::kFigcaption)) return false;
  return true;
}

// The longest status message of a live region (role=status) read as a
// line of chrome, in text bytes: "Item added to your cart. View cart".
constexpr uint32_t kStatusLineMaxText = 64;
// The least prose value (Facts::good) that makes a longer status region
// a paragraph of the page rather than labels and badges.
constexpr float kStatusProseMinGood = 80;
// Links of a <nav> that make it the site's menu rather than a breadcrumb
// trail or a story's table of contents.
constexpr uint32_t kMenuMinLinks = 12;
constexpr size_t kConsentMaxNodes = 64;
// Bytes read from such a short line: its text nodes are read raw, and
// templates indent each one by dozens of spaces, so the line's few words can
// lie past the first 64 bytes. (The line checks cap the collapsed length.)
constexpr size_t kStatReadBytes = 256;
// The longest cell or block read for a link aggregator's submission line
// (IsSubmissionLine's own bound).
constexpr uint32_t kSubmissionCellMaxText = 160;
// The longest signature ruled off under a post (OpensOnSignatureRule).
constexpr uint32_t kSignatureMaxText = 400;
// The longest board clock line under a thread (IsBoardClockLine).
constexpr uint32_t kBoardClockMaxText = 120;
// The longest block read for a post's date stamp on a thread (its stamp
// line, or a date-classed box of stamps only).
constexpr uint32_t kPostDateMaxText = 160;
// The longest block read as a post's dated line on a thread, which stays
// ("Posted March 3, 2024": IsDateLine).
constexpr uint32_t kPostDatedLineMaxText = 48;

// Whether the block `e`, of `text` word characters (its Facts::text), is a
// post's dated line on a thread: a short line of a date and its cue alone
// ("Jul 9, 2022 #1", "2024-08-03 10:59:47", "Posted March 3, 2024":
// IsDateLine), its first kLineMaxNodes nodes read into *scratch. Such a line
// stays (with the poster's name it heads each post), so it is no post-date
// stamp to drop either.
bool IsPostDatedLine(const Node* e, uint32_t text, std::string* scratch) {
  return text > 0 && text <= kPostDatedLineMaxText && CollapsedTextInto(e, 1u << 20, kLineMaxNodes, scratch) &&
         IsDateLine(*scratch);
}

// A story page whose own text is shorter than this, and whose comment
// sections hold kRepliesOverStory times as much prose (and at least
// kLinkPostMinReplies), is a link post and its discussion.
constexpr double kLinkPostMaxStory = 150;
constexpr double kRepliesOverStory = 10;
constexpr double kLinkPostMinReplies = 1000;
// A page that declares no article (a news aggregator's story page: a
// summary of a few paragraphs under its headline, then hundreds of
// comments) is its discussion when its own text is shorter than this and
// its comment sections hold kRepliesOverStory times as much, and at least
// kPageLinkPostMinReplies.
constexpr double kPageLinkPostMaxStory = 2000;
constexpr double kPageLinkPostMinReplies = 5000;
constexpr uint32_t kPageLinkPostMaxText = 4000;
constexpr double kPageLinkPostMinStory = 300;
// A page that declares nothing and whose root holds almost no prose of its
// own (under kLinkPostMaxStory: a headline, a menu) while its comment
// sections hold kBareRepliesOverStory times as much, and at least
// kBareDiscussionMinReplies, and half the page's words, is a bare
// discussion: a comment table under a submission's title, an issue
// tracker's timeline of comments (its opening post among them).
constexpr double kBareDiscussionMinReplies = 300;
constexpr double kBareRepliesOverStory = 4;
// Ancestors climbed from the root to the page's top element (bounded).
constexpr int kMaxAncestorClimb = 64;
// Nodes read for a link post's sign (see LinkPostSign).
constexpr size_t kLinkPostReadNodes = 4096;

// A collapsed disclosure panel shorter than this is a label, not prose.
constexpr uint32_t kPanelMinText = 20;
// How far above a product's root AddShortDescription looks for the tab panel that
// holds it.
constexpr int kTabPanelRootLevels = 2;
// The nodes of each element before a product's tab set read for its short
// description, and the least text of one (see AddShortDescription).
constexpr int kShortDescriptionNodes = 200;
constexpr uint32_t kShortDescriptionMinText = 40;
// The opening of a short description looked for in its root's text (the
// first kShortDescriptionRootBytes of it): a copy of the description's
// first lines stays out.
constexpr size_t kShortDescriptionProbeBytes = 80;
constexpr size_t kShortDescriptionRootBytes = 1u << 16;
// A row of the site's own links (IsSiteLinksRow): this many links at
// least, of which this share names the site's pages ("About", "Careers",
// "Privacy"), in a block of this much text at most; the nodes read.
constexpr uint32_t kSiteLinksMin = 4;
constexpr uint32_t kSiteLinksMinNamed = 3;
// Siblings looked at before a row of site links for the page's headline
// (see SiteLinksAfterContent).
constexpr int kSiteLinksLookBack = 4;
constexpr uint32_t kSiteLinksMaxText = 240;
constexpr size_t kSiteLinksReadNodes = 128;
constexpr size_t kSiteLinkReadBytes = 40;
// A menu tree (see IsMenuTree): a list of this many links at least, all
// link, of which this many items hold a nested list of their own; the
// items looked at.
constexpr uint32_t kMenuTreeMinLinks = 12;
constexpr int kMenuTreeMinBranches = 1;
constexpr int kMenuTreeReadItems = 64;
// Links elsewhere on a page with no address to the host of a list's links
// that make it the page's own site (see LinksStayOnSite); nodes read.
constexpr uint32_t kOwnHostMinLinks = 3;
constexpr size_t kOwnHostReadNodes = 1 << 16;

// Whether list `e` is a menu tree: kMenuTreeMinBranches of its items (of
// the first kMenuTreeReadItems) hold a list of their own, as a child or
// in a child's box ("li > ul.sub-menu", "li > div.dropdown > ul"). The
// caller has checked that the list is all link.
[[gnu::noinline]] bool IsMenuTree(const Node* e) {
  int branches = 0, items = 0;
  for (const Node* li = e->first_child; li && items < kMenuTreeReadItems; li = li->next) {
    if (!li->is_element() || li->tag != TagId::kLi) continue;
    ++items;
    bool branch = false;
    for (const Node* c = li->first_child; c && !branch; c = c->next) {
      if (!c->is_element()) continue;
      if (c->tag == TagId::kUl || c->tag == TagId::kOl) {
        branch = true;
      } else if (c->tag == TagId::kDiv) {
        for (const Node* g = c->first_child; g && !branch; g = g->next)
          branch = g->is_element() && (g->tag == TagId::kUl || g->tag == TagId::kOl);
      }
    }
    if (branch && ++branches >= kMenuTreeMinBranches) break;
  }
  if (branches < kMenuTreeMinBranches) return false;
  // A table of contents links to the page's own sections ("#usage"): the
  // page's outline, not the site's menu. Its first link tells.
  int budget = kMenuTreeReadItems;
  for (const Node* n = e->first_child; n && budget-- > 0; n = NextInTree(n, e))
    if (n->is_element() && n->tag == TagId::kA) return !Trim(n->Attr("href")).starts_with('#');
  return true;
}

// Whether block `e` is a row of links to the site's own pages: four links
// or more, three quarters of them (and three at least) named by the words
// of a site's footer (IsSiteLinkLabel: "Help", "About", "Careers",
// "Press", "Privacy", "Terms"). A bounded walk, each link read for its
// first bytes.
[[gnu::noinline]] bool IsSiteLinksRow(const Node* e, std::string* scratch) {
  uint32_t links = 0, site = 0;
  size_t budget = kSiteLinksReadNodes;
  for (const Node* n = e->first_child; n && budget; --budget) {
    if (n->is_element() && n->tag == TagId::kA) {
      CollapsedTextInto(n, kSiteLinkReadBytes, scratch);
      if (!Trim(*scratch).empty()) {
        ++links;
        if (IsSiteLinkLabel(*scratch)) ++site;
      }
      n = NextSkippingChildren(n, e);
      continue;
    }
    n = NextInTree(n, e);
  }
  return budget && links >= kSiteLinksMin && site >= kSiteLinksMinNamed && site * 4 >= links * 3;
}

// Direct element children of a hidden <figure> read for a caption or a
// quote (IsDrawnScreen).
constexpr int kDrawnScreenLookChildren = 16;
// A labeled drawing holding a heading or <p>s of this much direct text is
// prose, not a drawing (HoldsHeadingOrProse reads this many nodes).
constexpr size_t kDrawnScreenProseText = 80;
constexpr int kDrawnScreenProsePs = 2;
constexpr size_t kDrawnScreenLookNodes = 256;
// A panel this long (word characters) is prose with up to this share of its
// text in links (see IsProsePanel); a shorter one, a quarter.
constexpr uint32_t kLinkedPanelMinText = 100;
constexpr double kLinkedPanelMaxLinkShare = 0.4;
// A byline-named box that holds a title of this many word characters
// (among so many nodes) and is one of a series is a card (see
// HoldsCardText); its series is looked for so many levels up, so many
// element siblings each way.
constexpr uint32_t kCardTitleMinText = 20;
constexpr int kCardTextLookNodes = 48;
constexpr int kCardLevels = 3;
constexpr int kCardSiblings = 4;
// A card's line (a card's <footer>) looks for the card holding
// its title so many levels up (see InListCard).
constexpr int kListCardLevels = 5;
constexpr uint32_t kListCardLineMaxText = 120;
constexpr uint32_t kCardTeaserMinText = 40;  // a card's teaser line kept on a list (BuildBody's card_teaser)
constexpr uint32_t kEntryStampMaxText = 32;  // a live blog entry's stamp line (BuildBody's entry_stamp)
constexpr int kCardSeriesHeadingLook = 4;  // element siblings before the cards' series looked at for a heading
constexpr int kCardSeriesHeadingNodes = 8;  // and the nodes of each read for one
// A "Read more" toggle: at most this many word characters; looked for
// among this many element siblings on each side of a hidden element.
constexpr uint32_t kRevealToggleMaxText = 24;  // (the parent shows more than the toggle)
constexpr int kRevealLookSiblings = 2;
// A text's excerpt shown beside its hidden whole copy (MarkExcerptsOf):
// the copy's least word characters, the excerpt's least, the bytes the two
// must open alike with, and the element siblings looked at before the copy
// (a theme's excerpt for each screen size: three).
constexpr uint32_t kHiddenCopyMinText = 200;
constexpr uint32_t kExcerptMinText = 80;
constexpr size_t kExcerptSameOpening = 32;
constexpr int kExcerptLookSiblings = 3;
constexpr size_t kExcerptMaxNodes = 64;  // nodes read of an inline excerpt
// An excerpt shows at most three quarters of its copy's word characters (a
// tab's twin panel, a paragraph printed again hidden, shows as much).
constexpr uint64_t kExcerptShareTimes = 3, kExcerptShareDivisor = 4;
// Word characters of shown prose before a "Read more" box (RevealLeadBefore),
// nodes and bytes of the hidden rest read (RevealRestRefused).
constexpr uint32_t kRevealLeadMinText = 40;
constexpr int kRevealRestLookNodes = 200;
constexpr size_t kRevealRestReadBytes = 400;
// A tabbed box's panels and tab bar: among this many element children of
// the box (see IsHiddenTab).
constexpr int kTabLookChildren = 8;
// A code listing's line numbers: at most this many word characters (a
// thousand lines), this many nodes read. A tab bar over code: at most
// this many word characters; the panels' first nodes read for a <pre>.
constexpr uint32_t kLineNumbersMaxText = 4000;
constexpr size_t kLineNumbersReadNodes = 2400;
constexpr uint32_t kCodeTabBarMaxText = 160;
constexpr int kCodeTabPanelReadNodes = 64;
// An FAQ question that toggles its answer: at most this many word characters.
constexpr uint32_t kQuestionMaxText = 160;
// A call to action is a few words: at most this many word characters.
constexpr uint32_t kCallToActionMaxText = 40;
// How many levels above a weakly named element an alert callout box may
// stand whose part it is ("usa-alert > usa-alert__body > usa-alert__text").
constexpr int kAlertPartLevels = 2;
// The most text a row of buttons or tabs holds (IsButtonRow).
constexpr uint32_t kButtonRowMaxText = 120;
// A box for a site's guests (IsGuestBox: "Jetzt mitmachen! Sie haben noch
// kein Benutzerkonto ...", its sign-up and log-in buttons: 150): at most
// this many word characters, this many nodes read.
constexpr uint32_t kGuestBoxMaxText = 240;
constexpr int kGuestBoxReadNodes = 32;
// The most word characters of a form field's label on a line of its own
// ("Quantity:", "Choose a size:").
constexpr uint32_t kFieldLabelMaxText = 24;
// Prose (summed block values) under a navigation word with no link that
// makes it a section rather than a menu.
constexpr double kNavProseMinGood = 200;
// How far above a linkless navigation-named part the item of a series of
// prose is looked for (see prose_nav in Aggregate).
constexpr int kProseNavLevels = 3;
// A link-less box a navigation word names that lists prices (ListsPrices):
// its least word characters, and the nodes read for its prices.
constexpr uint32_t kPriceMenuMinText = 60;
constexpr int kPriceMenuNodes = 96;
// A box named by a weak related-content word ("teaser") with no link is
// one of the page's own blocks from this much prose on: more than a badge
// ("Popular"), as little as a line (an award's name under its logo).
constexpr double kLinklessTeaserMinGood = 20;

// A filter panel: at least this many choice controls, and at most this many
// word characters per control (a label and a count: "Navy (12)").
constexpr uint16_t kFacetMinControls = 2;
constexpr uint32_t kFacetTextPerControl = 80;
// A product's variant picker: this many choice controls or more, this much
// label text per control at most.
constexpr uint16_t kPickerMinControls = 3;
constexpr uint32_t kPickerTextPerControl = 24;
// A picker's labels may carry words for screen readers only (Shopify's
// "Variant sold out or unavailable" after each size, visually hidden): a
// picker with up to this many times its bound in all is read as shown
// (hidden elements skipped; its first kPickerReadNodes nodes, and
// kPickerReadBytesPerChar bytes per word character of the bound).
constexpr uint32_t kPickerHiddenLabelSlack = 3;
constexpr size_t kPickerReadNodes = 256;
constexpr size_t kPickerReadBytesPerChar = 4;

// A link read as a call to action ("Shop now"): bytes read of it (a
// longer link is none), and on an article the most word characters of the
// block that holds it (a price line, a row of buttons; not a paragraph).
constexpr size_t kCallToActionReadBytes = 64;
// A card this short may be an ad marked in its title (OpensWithAdMarker),
// its first nodes read for the title.
constexpr uint32_t kAdCardMaxText = 400;
constexpr int kAdCardReadNodes = 16;
// A list item this short may be a furniture line among its list's items...
constexpr uint32_t kItemLineMaxText = 64;
// ... when an item beside it holds this much text (a card, a paragraph),
// among kItemLook sibling nodes each way (an item and the blank text
// between two items, four items).
constexpr uint32_t kLongItemText = 80;
constexpr int kItemLook = 8;
// A mail-list archive's list of links to the neighbouring messages holds
// a few labels and subjects: fewer word characters than this.
constexpr uint32_t kArchiveNavMaxText = 600;
constexpr uint32_t kCallToActionMaxParentText = 80;
constexpr int kCallToActionMaxLevels = 4;
// A thread's category chip: a few words.
constexpr size_t kBadgeMaxBytes = 40;
// A shop card badge's words at most ("Limited time deal").
constexpr size_t kCardBadgeMaxWords = 3;
// A series of cards (see Aggregate): at least kSeriesMinCards siblings of
// one signature among the kSeriesLook nodes on each side of one (text and
// comments between them count), found at most kSeriesLevels wrappers up.
constexpr int kSeriesMinCards = 4;
constexpr int kSeriesLook = 16;
constexpr int kSeriesLevels = 3;
// A roundup's entries (see Aggregate): boxes of one signature, this many
// at least, each a reviewed item under its linked heading.
constexpr int kRoundupMinEntries = 3;
// The series holds over 1/kRoundupShareDivisor of the page's prose.
constexpr double kRoundupShareDivisor = 3;
bool SameSignature(const Node* a, const Node* b);  // below
// A card title compared with the one before (a card drawn twice) has at
// least this many word characters ("Instant savings" is a label).
constexpr uint32_t kRepeatTitleMinText = 16;
// Whether `titled` is `name`, a space, then a bare price ("Oak stool
// $49.00" before "Oak stool"): a card's name with its price, then alone.
bool NameBeforePrice(std::string_view titled, std::string_view name) {
  return titled.size() > name.size() + 1 && titled.starts_with(name) && titled[name.size()] == ' ' &&
         IsBarePriceLine(Trim(titled.substr(name.size())));
}
// A card's line drawn twice (see BuildBody): a line of at most this many
// word characters, compared with the kCardLinesKept lines before it in
// the card.
constexpr uint32_t kCardLineMaxText = 120;
constexpr size_t kCardLinesKept = 8;
constexpr int kCardMaxLevels = 8;
constexpr size_t kClassTokensRead = 8;
bool OfOneKind(std::string_view a, std::string_view b);  // below
// The sibling nodes after a list of headed cards looked at for a story's
// paragraph, and that paragraph's word characters at least.
constexpr int kTeaserListNextSiblings = 6;
constexpr uint32_t kFollowingParagraphMinText = 30;
// Teaser cards are short: a headline, a line of dek, a byline.
constexpr uint32_t kTeaserMaxText = 600;
// Lists of teasers under linked headlines hold at most 1/this of the
// page's text (see Aggregate).
constexpr uint32_t kHeadedTeaserPageShare = 2;
// A product card: a name, a price, a rating, a shipping line, and often a
// hidden "why this ad" box.
constexpr uint32_t kProductCardMaxText = 1000;
// The longest heading read as furniture on a product page (see BuildBody).
constexpr uint32_t kProductFurnitureHeadingMaxText = 80;
// Bytes at most of a text that prices a card on a list page ("$24.99",
// "Sale price $18.00 Regular price $24.00", with the indentation around
// it): longer texts, a card's blurb or the category's intro, are not read.
constexpr size_t kCardPriceTextMaxBytes = 160;
// A shelf of other products beside the product shows a handful of cards;
// a grid of more is the page's own listing (a category page that declares
// itself a product).
constexpr uint32_t kShelfMaxCards = 10;
// A page declared a product that shows a run of this many priced cards is
// a category's page (a shop's collection, a search's results: platforms
// show 12 to 48 a page), not one product: a product page's shelves of other
// products show a few cards each (kShelfMaxCards; a carousel of two
// shelves' worth at most). Its type is a list's (see Extract).
constexpr uint32_t kGridMinCards = 20;
// An undeclared page's run of this many priced cards makes it a category's
// page (a platform's smallest grids show 8 to 12): its shelves are a
// product page's, which declares itself or shows a buy box (see Extract).
constexpr uint32_t kCategoryGridMinCards = 4;
// A page declared a product whose priced cards run this many siblings
// (each with its own name, price and link) and hold all its buy controls,
// with no price beside its <h1> and no structured data for one product, is
// a collection (see CardsMakeACollection); with a buy box of its own, the
// same run is the product's shelf of others.
constexpr uint32_t kCollectionMinCards = 3;
// A shop's note that an AI wrote the block above it ("AI-generated from
// customer reviews") is a short line (kAiSummaryNoteMaxBytes); the section
// a subheading opens around it lies within this many levels (see
// MarkAiReviewSummary).
constexpr int kAiSummaryMaxLevels = 10;
// A band of a shop's service promises (see MarkShopServiceBand): cards of
// one kind, a heading's ancestor within this many levels, read down their
// first nodes; two of them name a service.
constexpr int kServiceBandCardLevels = 5;
constexpr int kServiceBandMinCards = 3;
constexpr int kServiceBandMaxCards = 8;
constexpr int kServiceBandMinServices = 2;
constexpr int kServiceBandCardNodes = 24;
// A card of the band is a heading and a line or two: at most
// kServiceBandCardMaxText word characters, none of its texts a paragraph of
// kServiceBandParagraphText or more (a services page's own cards say more),
// read down its first kServiceBandCardTextNodes nodes (more is no card).
constexpr int kServiceBandCardMaxText = 200;
constexpr int kServiceBandParagraphText = 100;
constexpr int kServiceBandCardTextNodes = 256;
// The buy box (see FindBuyBox): an ancestor of the buy control within
// kBuyBoxLevels levels; a priced element's ancestors read up to
// kBuyBoxPriceDepth levels; a box's or a block's up to kBuyBoxInsideDepth.
constexpr int kBuyBoxLevels = 10;
constexpr int kBuyBoxPriceDepth = 32;
constexpr int kBuyBoxInsideDepth = 64;
// A strip of the shop's promises (see MarkPromiseStrip): items of one kind,
// a line's ancestor within kPromiseStripItemLevels levels, each at most
// kPromiseStripItemMaxText word characters read down its first
// kPromiseStripItemNodes nodes.
constexpr int kPromiseStripItemLevels = 4;
constexpr int kPromiseStripMinItems = 3;
constexpr int kPromiseStripMaxItems = 8;
constexpr int kPromiseStripMinPromises = 2;
constexpr int kPromiseStripItemMaxText = 100;
constexpr int kPromiseStripItemNodes = 48;
// Bytes of a block read to recognise placeholder text by its opening.
constexpr size_t kPlaceholderReadBytes = 32;
// A product page often renders one section twice (a mobile and a desktop
// copy, a sticky summary): a repeat of at least this much text is dropped.
constexpr uint32_t kRepeatMinText = 80;
// On an article only a section of this much text is a repeat (see BuildBody).
constexpr uint32_t kArticleRepeatMinText = 200;
// On a category page a paragraph of this much text of its own, shown again,
// is a repeat (see BuildBody).
constexpr uint32_t kGridProseRepeatMinText = 200;
// A run of this many priced cards at least makes a list page a category's
// grid for that check.
constexpr uint32_t kGridProseMinCards = 8;
// Bounds of the repeat check (see BuildBody): sections compared per page,
// bytes of each read, levels between a section and its wrapper.
constexpr size_t kRepeatMaxSections = 64;
constexpr size_t kRepeatReadBytes = 16u << 10;
// A product page's section of more text than this is read for the repeat
// check when it is first compared, not when it is met (BuildBody).
constexpr uint32_t kShownHashLaterBytes = 1024;
constexpr int kRepeatMaxLevels = 256;
// On a thread, a product page, or a widened page that shows no code, every
// section is compared (a post quoted in the fortieth reply is as much a
// repeat as in the second, a desktop copy below seventy spec rows as one
// below two, a card shown again below a grid of a hundred), each by its first
// kThreadRepeatReadBytes (from kThreadRepeatMaxNodes nodes at most: a
// section of more is not compared) and its length, looked up in a hash
// table.
constexpr size_t kThreadRepeatReadBytes = 2048;
constexpr size_t kThreadRepeatMaxNodes = 256;
// Bytes read for the comparison per page at most: a thread reads a few
// hundred KB; a page nested deep (every level a section) stops here.
constexpr size_t kThreadRepeatBudget = 4u << 20;
constexpr size_t kShownTableMinSize = 256;

// A section's text as the repeat check compares it: lower-cased in place,
// without spaces and sentence stops (. , ! ?). The copies of one section
// for phone, tablet and desktop differ in case, spacing and stops now and
// then ("21ST" and "21st", "2 oz" and "2 oz."); code's brackets and
// semicolons still tell two versions of an example apart.
// (A byte table: 0x100 | the byte lower-cased when kept, 0 when dropped.
// Sections of up to kRepeatReadBytes are folded: no branches a byte.)
constexpr auto kRepeatFold = [] {
  std::array<uint16_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (space || c == '.' || c == ',' || c == '!' || c == '?') continue;
    t[c] = uint16_t(0x100 | (c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return t;
}();
// (Four bytes a turn, all four looked up before any is written: a write
// lands at `kept`, never past the bytes read. The size is read once: a
// write through `d` might alias the string's own fields.)
void FoldForRepeat(std::string* s) {
  char* const d = s->data();
  const size_t n = s->size();
  size_t kept = 0, i = 0;
  for (; i + 4 <= n; i += 4) {
    const uint16_t f0 = kRepeatFold[static_cast<unsigned char>(d[i])];
    const uint16_t f1 = kRepeatFold[static_cast<unsigned char>(d[i + 1])];
    const uint16_t f2 = kRepeatFold[static_cast<unsigned char>(d[i + 2])];
    const uint16_t f3 = kRepeatFold[static_cast<unsigned char>(d[i + 3])];
    d[kept] = char(f0 & 0xFF);
    kept += f0 >> 8;
    d[kept] = char(f1 & 0xFF);
    kept += f1 >> 8;
    d[kept] = char(f2 & 0xFF);
    kept += f2 >> 8;
    d[kept] = char(f3 & 0xFF);
    kept += f3 >> 8;
  }
  for (; i < n; ++i) {
    const uint16_t f = kRepeatFold[static_cast<unsigned char>(d[i])];
    d[kept] = char(f & 0xFF);
    kept += f >> 8;
  }
  s->resize(kept);
}

// Whether `e` is one card of a run of its kind: a box (<div>, <article>,
// <li>) that holds a heading among its first kCardHeadingLookNodes nodes (a
// card's custom element may wrap it, "<rhcl-content-card><h3
// slot=headline>"), a sibling beside it of its tag and its class that is
// no promotion itself. Not a paragraph nor a box of lines: a story's
// paragraphs share their class, and so do two sign-up lines in a row; nor
// two newsletters' cards side by side. `scratch` is a buffer.
constexpr int kCardHeadingLookNodes = 24;
// A sibling card's text read at most, for its promotion words.
constexpr size_t kCardRunReadBytes = 400;

// Whether card `card`'s first heading names a person, not a linked post
// (a speaker's card: "<h3>Claire Morvan</h3>", not a blog index's
// "<h2><a href=/post>...</a></h2>"): no link in it or around it, and two
// to four words.
bool NamesCardPerson(const Node* card) {
  const Node* h = FirstDescendantWithin(card, kCardHeadingLookNodes,
                                        [](const Node* d) { return d->is_element() && IsHeadingTag(d->tag); });
  if (!h || (h->parent && h->parent->Is(TagId::kA))) return false;
  if (FirstDescendantWithin(h, kCardHeadingLookNodes, [](const Node* d) { return d->Is(TagId::kA); })) return false;
  std::string text;
  if (!CollapsedTextInto(h, 64, 16, &text) || text.empty() || text.size() >= 64) return false;
  const size_t words = std::count(text.begin(), text.end(), ' ') + 1;
  return words >= 2 && words <= 4;
}

bool InCardRun(const Node* e, std::string* scratch) {
  if (e->tag != TagId::kDiv && e->tag != TagId::kArticle && e->tag != TagId::kLi) return false;
  const std::string_view cls = e->Attr("class");
  if (cls.empty()) return false;
  if (!FirstDescendantWithin(e, kCardHeadingLookNodes,
                             [](const Node* d) { return d->is_element() && IsHeadingTag(d->tag); }))
    return false;
  for (const Node* s : {PrevElementFrom(e->prev()), NextElementFrom(e->next)})
    if (s && s->tag == e->tag && s->Attr("class") == cls) {
      CollapsedTextInto(s, kCardRunReadBytes, scratch);
      if (!IsPromoLine(*scratch)) return true;
    }
  return false;
}

// A heading that opens furniture: anywhere ("Related articles"), or on a
// product page, its add-on strip ("Accessories"), or on a page that is not
// an article, a thread or a product, the site's strip of its own posts
// ("Featured insights", "From the blog").
// `*site_feed` tells that only the site-feed reading matched, or a link
// shelf's heading on any page ("Popular searches in ...", IsLinkShelfHeading):
// its section must then be linked cards (see SiteFeedCardsFollow).
bool IsFurnitureHeadingOf(std::string_view heading, const ContentContext& ctx, bool after_story, bool* site_feed) {
  *site_feed = false;
  // A filter panel's heading ends the page's part on a list or a category
  // page only: on an article "Filters" may head a section of the text.
  const bool list_page = ctx.NoDeclaredKind();
  // On a page no markup types, after a story's worth of prose kept (an
  // undated post its CMS did not type, read in page mode), a story's strip
  // of the site's other posts ("Keep reading", "Latest articles",
  // "Featured articles") heads linked cards as a site feed does: read as
  // one (its cards must follow, see SiteFeedCardsFollow). Before such
  // prose, on a blog's index, the heading heads the page's own list. (Not
  // a feed's heading, "Latest news": a service's landing page shows its
  // news under its pitch as part of the page.)
  if (list_page && after_story && IsStoryFurnitureHeading(heading)) {
    *site_feed = true;
    return true;
  }
  // A feed's heading ("Latest news") heads a list page's own list.
  if (list_page && IsFeedHeading(heading)) return false;
  // A story's strip of the site's other stories ("Featured articles",
  // "Keep reading"), on an article or a signed story.
  if ((ctx.article || ctx.signed_story) && !ctx.discussion && IsStoryFurnitureHeading(heading)) return true;
  if (IsFurnitureHeading(heading) || (ctx.product && IsProductFurnitureHeading(heading)) ||
      (!ctx.article && IsListingFurnitureHeading(heading)) || (list_page && IsFilterPanelHeading(heading)))
    return true;
  *site_feed = (list_page && IsSiteFeedHeading(heading)) || IsLinkShelfHeading(heading);
  return *site_feed;
}

float BlockValue(uint32_t t, uint32_t l, TagId tag, const Tuning& k) {
  if (t == 0) return 0;
  float v = float(t) - k.link_weight * float(l) - k.block_cost;
  if (v > 0 && tag == TagId::kP) v *= 1.1f;
  return v;
}

// Whether `n` holds a page's heading (h1, h2) or paragraphs of prose
// (kDrawnScreenProsePs <p>s of kDrawnScreenProseText characters or more):
// a bounded walk of its first kDrawnScreenLookNodes nodes. (A drawing of
// an app's screen holds made-up data: an issue's h3 title and its one
// line of description.)
[[gnu::cold]] bool HoldsHeadingOrProse(const Node* n) {
  size_t budget = kDrawnScreenLookNodes;
  int prose = 0;
  for (const Node* c = n->first_child; c && budget; --budget, c = NextInTree(c, n)) {
    if (!c->is_element()) continue;
    switch (c->tag) {
      case TagId::kH1: case TagId::kH2:
        return true;
      case TagId::kP: {
        size_t text = 0;
        for (const Node* t = c->first_child; t; t = t->next)
          if (t->is_text()) text += Trim(t->data).size();
        if (text >= kDrawnScreenProseText && ++prose >= kDrawnScreenProsePs) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

// A drawing of an app's screens set in a landing page (a mock app window
// with its issue list, a demo checkout form, an editor showing code): made
// of markup, not an image, so its labels and made-up data ("Pay $168.00",
// "ENG-2085 Reduce UI flicker") read as text. It tells screen readers what
// it is: an aria-label that names a picture of the product ("A screenshot
// of the app showing...", "Visual demonstration of the editor..."), on a
// box, not a link, a button or an image; or a <figure> hidden from them
// whole (aria-hidden) that holds no caption or quote (a carousel's hidden
// testimonial is a <figure> of a <blockquote> and its <figcaption>). A
// few direct children read.
[[gnu::noinline]] bool IsDrawnScreen(const Node* n, bool aria_hidden, std::string_view label) {
  switch (n->tag) {
    case TagId::kA: case TagId::kButton: case TagId::kImg: case TagId::kPicture: case TagId::kInput:
    case TagId::kIframe: case TagId::kVideo: case TagId::kBody: case TagId::kHtml: case TagId::kMain:
      return false;
    default:
      break;
  }
  // (Never a sectioning element, nor a box that holds a heading or a
  // paragraph of prose: an article about screenshots, a gallery's section
  // of captioned shots, a product's description.)
  if (!label.empty() && IsDrawnScreenLabel(label))
    return n->tag != TagId::kArticle && n->tag != TagId::kSection && n->tag != TagId::kAside && !HoldsHeadingOrProse(n);
  if (n->tag != TagId::kFigure || !aria_hidden) return false;
  int k = 0;
  for (const Node* c = n->first_child; c && k < kDrawnScreenLookChildren; c = c->next) {
    if (!c->is_element()) continue;
    ++k;
    if (c->tag == TagId::kFigcaption || c->tag == TagId::kBlockquote) return false;
  }
  return true;
}

// Steps up from a role=banner box to its sectioning ancestor, and nodes of
// it read for a mark of the site's header (see BannerIsSectionLead).
constexpr int kBannerAncestorSteps = 32;
constexpr int kBannerLookNodes = 300;

// Whether a role=banner box on a product page is a section's lead band (a
// feature row drawn as a "banner") rather than the site's header put inside
// <main>: it sits in a <section> or <article> (<main> alone is not enough: a
// theme may wrap its whole header in <main>), is not the first thing in
// <main>, and holds no link home, no <nav> or navigation/search landmark and
// no search field.
[[gnu::cold]] bool BannerIsSectionLead(const Node* n) {
  bool in_section = false, first_in_main = true;
  const Node* c = n;
  for (int k = 0; k < kBannerAncestorSteps && c->parent && c->parent->is_element(); ++k) {
    const Node* p = c->parent;
    for (const Node* s = p->first_child; s && s != c; s = s->next)
      if (s->is_element()) { first_in_main = false; break; }
    if (p->tag == TagId::kSection || p->tag == TagId::kArticle) in_section = true;
    if (p->tag == TagId::kMain || p->tag == TagId::kBody || (ClassifyRole(p->Attr("role")) & kRoleMain)) break;
    c = p;
  }
  if (!in_section || first_in_main) return false;
  int seen = 0;
  for (const Node* d = n->first_child; d && seen < kBannerLookNodes; d = NextInTree(d, n)) {
    if (!d->is_element()) continue;
    ++seen;
    if (d->tag == TagId::kNav || d->tag == TagId::kSearch || IsSiteHeaderMarkRole(d->Attr("role"))) return false;
    if (d->tag == TagId::kA && IsSiteHomeHref(d->Attr("href"))) return false;
    if (d->tag == TagId::kInput && IsSiteHeaderMarkInputType(d->Attr("type"))) return false;
  }
  return true;
}

// Whether list `l` holds kMenuListItems items or more, each a link.
constexpr int kMenuListItems = 3;
bool ListOfLinks(const Node* l) {
  int items = 0;
  for (const Node* li = l->first_child; li; li = li->next) {
    if (!li->is_element() || !li->Is(TagId::kLi)) continue;
    if (!FirstDescendantWithin(li, 8, [](const Node* d) { return d->is_element() && d->Is(TagId::kA); })) return false;
    if (++items >= kMenuListItems) return true;
  }
  return false;
}

// Whether a role=banner box is a page's hero, not the site's header: it
// comes after the site's banner (the caller's test), holds the page's
// heading, an <h1> of text alone (no link, no picture: a masthead sets its
// logo so), and no menu (a <nav>, a list of links) or search (a breadcrumb
// trail may stand above the heading). A theme's archive hero so marked
// (Kadence's "section.entry-hero role=banner": the category's name and
// its intro) is the page's own. (Its first kBannerLookNodes elements
// read.)
[[gnu::cold]] bool BannerIsPageHero(const Node* n) {
  int seen = 0;
  bool heading = false;
  for (const Node* d = n->first_child; d && seen < kBannerLookNodes;) {
    if (!d->is_element()) {
      d = NextInTree(d, n);
      continue;
    }
    ++seen;
    if (d->tag == TagId::kNav) {
      if (!ContainsIgnoreCase(d->Attr("aria-label"), "breadcrumb") &&
          !ContainsIgnoreCase(d->Attr("class"), "breadcrumb"))
        return false;
      d = NextSkippingChildren(d, n);
      continue;
    }
    if (d->tag == TagId::kSearch || IsSiteHeaderMarkRole(d->Attr("role"))) return false;
    if (d->tag == TagId::kInput && IsSiteHeaderMarkInputType(d->Attr("type"))) return false;
    // (A menu drawn as a list of links, "<ul class=topmenu>", is the
    // site's.)
    if ((d->tag == TagId::kUl || d->tag == TagId::kOl) && ListOfLinks(d)) return false;
    if (d->tag == TagId::kH1 && !heading) {
      bool plain = d->first_child != nullptr;
      for (const Node* k = d->first_child; k && plain; k = NextInTree(k, d))
        if (k->is_element() && (k->tag == TagId::kA || k->tag == TagId::kImg || k->tag == TagId::kSvg ||
                                k->tag == TagId::kPicture))
          plain = false;
      if (!plain) return false;
      heading = true;
    }
    d = NextInTree(d, n);
  }
  return heading;
}

// Whether heading `e` holds a wiki's section edit links ("<h2><span
// class=mw-headline>Fähigkeiten</span><span class=mw-editsection>[<a>Edit
// source</a>]</span>", MediaWiki's, Fandom's) beside words of its own: a
// section's title, whose edit links go as chrome, no list of links. (A
// few children read.)
bool HeadingBesideEditLinks(const Node* e) {
  int look = 8;
  bool edit = false, own = false;
  for (const Node* c = e->first_child; c && look-- > 0; c = c->next) {
    if (c->is_text()) {
      own = own || !Trim(c->data).empty();
      continue;
    }
    if (!c->is_element()) continue;
    if (c->num_attrs && ContainsIgnoreCase(c->Attr("class"), "edit") &&
        (ClassifyClassId(c->Attr("class"), c->Attr("id")) & kHintBoilerplate))
      edit = true;
    else if (c->tag != TagId::kA) own = true;
  }
  return edit && own;
}

// Whether `e` is a recipe's list of ingredients or stands in one,
// kIngredientListLevels levels up at most (NamesIngredientList): its lines
// link each ingredient to its page ("<dd><a href=/ingredienti/rigatoni/>
// Rigatoni</a> 320 g"), a recipe's text however linked, no menu. (Asked of
// a box about to go as a link list only; `scratch` holds its text.)
// (Its lines give quantities, HoldsQuantities: a glossary or an index of
// ingredient pages so classed is a menu. kIngredientReadBytes of the
// named box read.)
constexpr int kIngredientListLevels = 3;
constexpr size_t kIngredientReadBytes = 800;
bool InIngredientList(const Node* e, std::string* scratch) {
  int up = 0;
  for (const Node* a = e; a && a->is_element() && up <= kIngredientListLevels; a = a->parent, ++up)
    if (a->num_attrs && NamesIngredientList(a->Attr("class"), a->Attr("id"))) {
      CollapsedTextInto(a, kIngredientReadBytes, kLineMaxNodes * 8, scratch);
      return HoldsQuantities(*scratch);
    }
  return false;
}

// Whether the attribute name `name` is `lit` (of the length the caller has
// checked): a fixed-size compare inlined, no library call.
template <size_t N>
inline bool NameIs(std::string_view name, const char (&lit)[N]) {
  return name.size() == N - 1 && std::memcmp(name.data(), lit, N - 1) == 0;
}

}  // namespace

void ContentExtractor::Classify(const Document& doc, const HintTable& hints, bool prices, bool discussion,
                                bool list_page) {
  facts_.assign(doc.element_rows(), Facts{});
  facts_[kDocumentEid].owner = kDocumentEid;  // text under no block counts at the document
  service_bands_.clear();
  email_inputs_.clear();
  signup_boxes_.clear();
  radio_inputs_.clear();
  vote_boxes_.clear();
  sponsored_links_.clear();
  affiliate_boxes_.clear();
  promise_strips_.clear();
  buy_box_ = first_h1_ = nullptr;
  priced_grid_cards_ = 0;
  priced_grid_ = nullptr;
  prices_before_n_ = prices_after_n_ = promise_lines_n_ = buy_controls_n_ = 0;
  order_.clear();
  drawn_screen_nodes_.clear();
  foreign_to_html_.clear();
  gallery_boxes_.clear();
  page_text_ = 0;
  main_landmark_ = nullptr;
  site_banner_seen_ = false;
  archive_body_ = doc.body() && NamesArchiveBody(doc.body()->Attr("class"));
  microdata_qa_ = false;
  picture_shelf_ = nullptr;
  password_box_ = false;
  shows_code_ = false;
  h1s_ = 0;
  std::string link_text, heading_text;  // a card's shown copy link and its heading (reused)
  const Node* root = doc.root();
  const Node* n = root->first_child;
  while (n) {
    if (n->is_element()) {
      Facts& f = facts_[n->eid];
      const Facts& pf = facts_[n->parent->eid];
      // The product's buy controls (see FindBuyBox): the first add-to-cart
      // buttons, submits or forms (a few attributes of those tags only).
      if (prices && buy_controls_n_ < kBuyControls &&
          (n->tag == TagId::kButton || n->tag == TagId::kForm || (n->tag == TagId::kInput && IsSubmitInput(n))) &&
          IsBuyControl(n, &link_text))
        buy_controls_[buy_controls_n_++] = n;
      // An e-mail field, for MarkSignUpBoxes (the first few).
      if (n->tag == TagId::kInput && email_inputs_.size() < kSignUpInputsCap &&
          EqualsIgnoreCase(Trim(n->Attr("type")), "email"))
        email_inputs_.push_back(n);
      // A radio button, for MarkVoteBoxes (the first few).
      if (n->tag == TagId::kInput && radio_inputs_.size() < kVoteInputsCap &&
          EqualsIgnoreCase(Trim(n->Attr("type")), "radio"))
        radio_inputs_.push_back(n);
      bool drop = IsHardDropTag(n->tag) && n->ns == Namespace::kHtml && !IsHeadingToggle(n, list_page, prices) &&
                  !IsInlineWordButton(n) && !(n->tag == TagId::kScript && TexScriptMode(n)) &&
                  !IsDeclarativeShadowRoot(n);
      // SVG and MathML hold no prose: their drawings' and formulas' text
      // (an icon's label) goes, but HTML set inside them at an integration
      // point (<foreignObject>, <mtext>, annotation-xml) is content, and
      // so are the foreign elements around it.
      // (Each foreign element is read once: MarkForeignHoldingHtml marks
      // the whole drawing the first time one of its elements is met.)
      if (n->ns != Namespace::kHtml) {
        if (foreign_to_html_.empty()) foreign_to_html_.assign(facts_.size(), 0);
        if (foreign_to_html_[n->eid] == 0) MarkForeignHoldingHtml(n, &foreign_to_html_);
        if (foreign_to_html_[n->eid] != kForeignHoldsHtml) drop = true;
        // A formula's symbols are the sentence's words, though ("When a ≠
        // 0, there are two solutions"): MathML stays, but for its
        // annotations (the TeX or content markup a converter left beside
        // it, which no reader sees).
        if (n->ns == Namespace::kMathMl && drop && n->tag != TagId::kAnnotationXml && n->data != "annotation")
          drop = false;
      }
      if (drop) {
        f.flags |= kHardDrop;
        if (IsChoiceControl(n)) ++facts_[n->parent->eid].controls;
        // (A password box: the page holds a sign-in form, see InSignInForm.)
        if (n->tag == TagId::kInput && !password_box_) password_box_ = EqualsIgnoreCase(n->Attr("type"), "password");
        n = NextSkippingChildren(n, root);
        continue;
      }
      // An icon font's glyph (a private-use code point alone in any
      // element) or ligature name (IsIconFontGlyph) prints no words.
      // (Material's names are the vocabulary's never-content words: no
      // class is read for those.)
      if (const Node* t = n->first_child;
          t && t == n->last_child() && t->is_text() &&
          IsIconFontGlyph(n->num_attrs && !(hints[n] & kHintNeverContent) ? n->Attr("class") : std::string_view(),
                          t->data)) {
        f.flags |= kHardDrop;
        n = NextSkippingChildren(n, root);
        continue;
      }
      if (!main_landmark_ && n->tag == TagId::kMain) main_landmark_ = n;
      // <noscript> shows only without scripts: like hidden content.
      if (n->tag == TagId::kNoscript) f.flags |= kSoft | kHidden;
      // One pass over the attributes for everything read here.
      bool hidden = false, role_chrome = false, href = false, body_prop = false, panel = false, streamed = false,
           dialog = false, status = false, aria_hidden = false, untabbable = false, collapse_toggle = false,
           controls = false, expanded = false, popover = false, cloak = false, conditional = false;
      std::string_view style, label;
      PriceCopy price_copy = PriceCopy::kNone;
      // (Dispatched on the name's length first: one jump, then a compare or
      // two, rather than a chain of a score of string compares a name.)
      for (uint32_t k = 0; k < n->num_attrs; ++k) {
        const Attribute& at = n->attrs[k];
        const std::string_view name = at.name;
        // A script framework's cloak (Vue's v-cloak, Alpine's x-cloak) on an
        // element the script shows only on a condition (v-if, x-show): it
        // stays hidden until the script decides (a modal, a drawer, a
        // form's "Thanks!" state). A cloak alone only waits for the mount.
        // (No name of the cases below is one of those.)
        auto script_display = [&] {
          if (!MayBeScriptDisplayAttribute(name)) return;
          if (IsCloakAttribute(name)) cloak = true;
          else if (IsConditionalRenderAttribute(name)) conditional = true;
        };
        switch (name.size()) {
          case 2:
            if (NameIs(name, "id")) streamed = IsStreamedSegmentId(at.value);
            break;
          case 3:
            // A paid link (rel=sponsored, the mark search engines ask of
            // one), for MarkAffiliateBoxes (the first few).
            if (n->tag == TagId::kA && NameIs(name, "rel") && sponsored_links_.size() < kSponsoredLinksCap &&
                ContainsIgnoreCase(at.value, "sponsored"))
              sponsored_links_.push_back(n);
            else script_display();
            break;
          case 4:
            if (NameIs(name, "role")) {
              const uint32_t role = ClassifyRole(at.value);  // (trimmed once, one lookup)
              role_chrome = role & kRoleChrome;
              // On a product page a banner inside a <section> or <article> is a
              // section's lead band (a feature row drawn as a "banner"), not
              // the page's header: like a scoped <header> (see below); unless
              // it reads as the site's header (see BannerIsSectionLead). (Not
              // on articles: there such a box is the story's header, its
              // headline and byline.)
              if (prices && role_chrome && (pf.flags & kInSectioning) && IsBannerRole(at.value) &&
                  BannerIsSectionLead(n))
                role_chrome = false;
              // (Nor, on any page, a second banner that is the page's hero,
              // after the site's own: its <h1> of text alone and no menu,
              // see BannerIsPageHero.)
              if (role_chrome && IsBannerRole(at.value)) {
                if (site_banner_seen_ && n->tag != TagId::kHeader && BannerIsPageHero(n)) role_chrome = false;
                site_banner_seen_ = true;
              }
              status = role & kRoleStatus;
              if (!main_landmark_ && (role & kRoleMain)) main_landmark_ = n;
              dialog |= (role & kRoleDialog) != 0;
              panel |= (role & kRoleTabPanel) != 0;
              // A chip that ARIA names a button (a filter's "Date", "Price"
              // pills drawn as <div role=button>) is a control like <button>,
              // for a filter panel. (Not on a product page: there its swatches
              // drawn so would make a picker of the product's option tabs.)
              if (!prices && n->tag != TagId::kA && (role & kRoleButton)) ++facts_[n->parent->eid].controls;
            } else if (NameIs(name, "href")) {
              href = true;
            } else {
              script_display();
            }
            break;
          case 5:
            if (NameIs(name, "class")) price_copy = ClassifyPriceCopy(at.value);
            else if (NameIs(name, "style")) hidden |= IsHiddenStyle(at.value), style = at.value;
            else script_display();
            break;
          case 6:
            // (Not "until-found": a collapsed panel the browser opens when a
            // search finds its words, an accordion's answer: content.)
            if (NameIs(name, "hidden")) hidden |= !EqualsIgnoreCase(Trim(at.value), "until-found");
            else script_display();
            break;
          case 7:
            // A popover (the HTML popover attribute) shows only when a control
            // opens it: an app's install prompt, a menu drawn over the page.
            // (Unless its inline style shows it: see after the loop.)
            if (NameIs(name, "popover")) popover = true;
            else script_display();
            break;
          case 8:
            if (NameIs(name, "tabindex")) untabbable = Trim(at.value) == "-1";
            else if (NameIs(name, "itemprop")) body_prop = at.value == "articleBody";
            else script_display();
            break;
          case 10:
            if (NameIs(name, "aria-modal")) dialog |= EqualsIgnoreCase(at.value, "true");
            else if (NameIs(name, "aria-label")) label = at.value;
            else script_display();
            break;
          case 11:
            if (NameIs(name, "aria-hidden")) aria_hidden |= EqualsIgnoreCase(at.value, "true");
            else if (NameIs(name, "data-toggle")) collapse_toggle = IsCollapseToggleValue(at.value);
            else script_display();
            break;
          case 13:
            if (NameIs(name, "aria-controls")) controls = true;
            else if (NameIs(name, "aria-expanded")) expanded = true;
            else script_display();
            break;
          case 14:
            if (NameIs(name, "data-bs-toggle")) collapse_toggle = IsCollapseToggleValue(at.value);
            else script_display();
            break;
          case 15:
            if (NameIs(name, "aria-labelledby")) panel = true;  // named by its tab or toggle (the ARIA accordion pattern)
            else script_display();
            break;
          case 20:
            // A carousel's slide (the ARIA carousel pattern).
            if (NameIs(name, "aria-roledescription")) panel |= IsSlideRoleDescription(at.value);
            else script_display();
            break;
          default:
            script_display();
            break;
        }
      }
      // A drawing of the product's own screens on a landing page, made of
      // markup rather than an image (see IsDrawnScreen): its labels and
      // made-up data are no text of the page. Dropped whole, like an <svg>.
      if (drawn_screens_ && IsDrawnScreen(n, aria_hidden, label)) {
        f.flags |= kHardDrop;
        drawn_screen_nodes_.push_back(n);
        n = NextSkippingChildren(n, root);
        continue;
      }
      // Right after its toggle (a <button>, the accordion pattern: "<button
      // @click=...>Question</button><div v-cloak v-show=open>") it is a
      // collapsed panel, kept when it holds prose (an FAQ's answer); so is
      // one of a set of such siblings that holds blocks (a tab set's
      // panels, "<div x-show=\"tab === 'care'\" x-cloak><p>...", one shown
      // at a time; not a card's badge per colour, "<div v-show=...><span>").
      if (cloak && conditional) {
        hidden = true;
        const Node* t = PrevElementFrom(n->prev());
        if (t && (t->tag == TagId::kButton || EqualsIgnoreCase(Trim(t->Attr("role")), "button"))) {
          panel = true;
        } else if (const Node* c = NextElementFrom(n->first_child); c && IsBlockTag(c->tag)) {
          const Node* after = NextElementFrom(n->next);
          panel = (t && HasConditionalRenderAttribute(t)) || (after && HasConditionalRenderAttribute(after));
        }
      }
      // The copy of a card's price that Dawn's stylesheet hides.
      if (price_copy != PriceCopy::kNone && IsHiddenPriceCopy(n, price_copy)) hidden = true;
      // A popover whose inline style sets a display that shows it
      // ("style=display:block") is shown without its control.
      if (popover && !IsShownDisplayStyle(style)) hidden = true;
      // A link that ARIA hides and takes out of the tab order is shown all
      // the same: a card's second link to its story (its thumbnail, its
      // excerpt: "<a href=/story aria-hidden=true tabindex=-1>"), kept from
      // screen readers so they do not hear the link twice.
      // (Words, an excerpt's sentence, that lead to another page: not a
      // heading's copy, nor a footnote's marker "<a href=#fn5>5</a>".)
      // (Nor a copy of the card's heading beside it: the headline's link
      // drawn twice, once for screen readers.)
      if (aria_hidden) {
        const std::string_view link_to = n->Attr("href");
        bool shown = n->tag == TagId::kA && href && untabbable && !Trim(link_to).starts_with('#');
        if (shown) {
          CollapsedTextInto(n, kShownCopyLinkReadBytes, &link_text);
          shown = link_text.size() >= kShownCopyLinkMinBytes &&
                  !RepeatsCardHeading(n, link_text, &heading_text);
        }
        if (!shown && list_page) shown = ShowsHiddenCopyPrice(n, hints, &link_text, &heading_text);
        if (!shown && list_page) shown = ShowsAriaLabelCopy(n, &link_text, &heading_text);
        // A code editor's drawn lines, which it hides from screen readers
        // for a text area of its own (Monaco's "view-lines"): the code as
        // shown.
        if (!shown) shown = n->tag == TagId::kDiv && IsCodeLineBox(n);
        if (!shown) hidden = true;
      }
      // A formula's MathML hidden for screen readers while an image beside
      // it draws the formula (MediaWiki's "<span style='display: none'>
      // <math>...</math></span><img alt='{\displaystyle x}'>"): the image is
      // the formula as shown, the MathML its words in the sentence.
      if (hidden && IsHiddenFormulaBesideImage(n)) hidden = false;
      // A streamed segment (React) is hidden only until its script moves it
      // into place: it is the page's content, not a parked copy.
      if (streamed) hidden = false;
      // Classes on <html> and <body> are page-wide flags, not roles. Inside
      // <pre> classes are a syntax highlighter's token kinds ("hljs-comment",
      // "token comment", "nav" in a shell prompt), not page roles: the code
      // is kept whole.
      f.flags |= pf.flags & kInPre;
      if (n->tag == TagId::kPre) f.flags |= kInPre, shows_code_ = true;
      else if (n->tag == TagId::kDiv && !(f.flags & kInPre) && n->num_attrs &&
               (IsCodeLineBox(n) || IsPreStyledCodeBox(n) || IsBrCodeBox(n)))
        f.flags |= kInPre, shows_code_ = true;  // a listing of line boxes, or styled as code
      else if (n->tag == TagId::kCode && !(f.flags & kInPre) && n->num_attrs && IsCodeRowListing(n))
        f.flags |= kInPre, shows_code_ = true;  // a listing of rows in <code>
      if (n->tag == TagId::kH1) {
        f.flags |= kHasH1, ++h1s_;
        if (!first_h1_) first_h1_ = n;
      }
      // (A custom element's name is read like a class: HintTable::Walk.)
      if ((n->num_attrs || n->tag == TagId::kUnknown) && n->tag != TagId::kBody && n->tag != TagId::kHtml) {
        f.hints = (pf.flags & kInPre) ? 0 : hints[n];
        // A table's header row is the table's, whatever its class says
        // ("<tr class=header>": pandoc's, so Quarto's and R Markdown's,
        // every table's first row): a weak chrome word on a row or a
        // heading cell is no page header.
        if (n->tag == TagId::kTr || n->tag == TagId::kThead || n->tag == TagId::kTh) f.hints &= ~kHintWeakBoilerplate;
        // A table's header row hidden from the eye for screen readers
        // ("<thead class=sr-only>") still names the columns: the table's
        // words, not a parked copy. (A hidden caption is a description
        // for screen readers: "A table comparing 3 products". A header
        // row hidden otherwise, "<thead class=d-none>", is a sticky
        // header's clone.)
        if ((f.hints & kHintHidden) && IsTableHeaderPart(n) && NamesScreenReaderOnly(n->Attr("class")))
          f.hints &= ~kHintHidden;
        // So is a heading's own link or span ("<h2><a class=header
        // href=#id>": mdBook's anchor on every heading): a part of the
        // heading's text, no page header. (The parent and its parent read.)
        if ((f.hints & kHintWeakBoilerplate) && n->parent &&
            (IsHeadingTag(n->parent->tag) || (n->parent->parent && IsHeadingTag(n->parent->parent->tag))))
          f.hints &= ~kHintWeakBoilerplate;
        // Hidden is soft: server-rendered pages park their content in hidden
        // containers for scripts to reveal, so mass decides (see Aggregate).
        if (hidden || (f.hints & kHintHidden)) f.flags |= kSoft | kHidden;
        // On a thread, an element hidden by a display utility class
        // ("d-none": Stack Exchange's copies for microdata and its MathJax
        // markers "\$\begingroup\$" around each post). Not elsewhere: a shop's
        // or a service's scripts toggle such boxes (tabs, "read more"); and
        // on a thread only a microdata copy or a short marker span, not a
        // post's spoiler or "show more" box that a button reveals.
        else if (discussion && IsDisplayNoneUtility(n->Attr("class")) && IsHiddenCopyOrMarker(n))
          f.flags |= kSoft | kHidden;
        if (panel || (f.hints & kHintPanel)) f.flags |= kPanel;
        if (dialog || (f.hints & kHintOverlay)) f.flags |= kDialog;
        if (f.hints & kHintReferences) f.flags |= kInRefs;
        if (f.hints & kHintArticleBody) f.flags |= kInMarkedBody;
      }
      f.flags |= kVisited | (pf.flags & (kInLink | kInRefs | kInMarkedBody));
      // An accordion's toggle drawn as a link to its panel ("<a
      // href=#answer-2 data-toggle=collapse aria-controls=answer-2>What
      // does it cost?</a>": Bootstrap's collapse, the ARIA disclosure
      // pattern) is the panel's heading, an FAQ's question over its
      // answer: its words are text, not a link away.
      const bool panel_toggle = n->tag == TagId::kA && href && (collapse_toggle || (controls && expanded)) &&
                                IsNamedFragmentHref(n->Attr("href"));
      if (n->tag == TagId::kA && !panel_toggle) {
        f.flags |= kInLink;
        if (href) f.links = 1;
      }
      // A <header> inside sectioning content or <main> heads that part (a
      // product's name and rating, a teaser card's headline and dek):
      // HTML-AAM maps it to no landmark; only the page's own header is a
      // banner.
      const bool scoped_header = n->tag == TagId::kHeader && (pf.flags & kInSectioning);
      if (n->tag == TagId::kHeader && !scoped_header) site_banner_seen_ = true;
      if (IsStructuralBoilerplateTag(n->tag) && !scoped_header && !(discussion && n->tag == TagId::kForm && (IsTextOnlyForm(n) || WrapsPosts(n))) &&
          !(n->tag == TagId::kForm && IsDocumentedForm(n)) &&
          !(n->tag == TagId::kForm && !discussion && (list_page || prices) && IsCardFormInGrid(n, list_page ? 1 : 2)) &&
          !(n->tag == TagId::kForm && !discussion && WrapsResults(n)) &&
          !(discussion && n->tag == TagId::kAside && IsPostUserCell(n, hints)) &&
          !(n->tag == TagId::kAside &&
            (IsCalloutAside(n) || NamesFactBox(n->Attr("class")) || IsStorySummaryAside(n))) &&
          !(n->tag == TagId::kNav && IsLinklessTextNav(n)))
        f.flags |= kSoft | kStructural;
      f.flags |= pf.flags & kInSectioning;
      if (n->tag == TagId::kMain || n->tag == TagId::kArticle || n->tag == TagId::kSection ||
          n->tag == TagId::kAside || n->tag == TagId::kNav)
        f.flags |= kInSectioning;
      if (n->tag == TagId::kArticle || n->tag == TagId::kMain) f.flags |= kInArticle;
      f.flags |= pf.flags & kInArticle;
      if (n->tag == TagId::kFooter && !(f.flags & kInArticle)) f.flags |= kPageFooter;
      // A box whose accessible name calls it a sidebar ("<div aria-label=
      // 'Package sidebar'>": npm's install, downloads and collaborators
      // beside a README) is a complementary landmark by its name.
      // (A <div> or a <section> only: the labels of links, buttons and icons
      // are not read.)
      if (!label.empty() && (n->tag == TagId::kDiv || n->tag == TagId::kSection) && !role_chrome &&
          NamesSidebarLabel(label))
        role_chrome = true;
      if (role_chrome) f.flags |= kSoft | kRole;
      if (status) f.flags |= kStatus;
      f.flags |= (pf.flags & kInChrome) | ((f.flags & (kStructural | kRole)) ? uint32_t(kInChrome) : 0u);
      if ((f.hints & (kHintBoilerplate | kHintWeakBoilerplate | kHintNavigation | kHintFacet)) &&
          !(f.hints & kHintArticleBody) && !ContainsEmbeddedPost(n, hints))
        f.flags |= kSoft;
      if (f.hints & kHintComments) f.flags |= kSoft;
      f.flags |= (pf.flags & kInNever) | ((f.hints & kHintNeverContent) ? uint32_t(kInNever) : 0u);
      // On a question-and-answer page (schema.org QAPage) the posts are the
      // question and its answers; a Comment item inside one of them is a
      // remark on that post ("Does this work on Windows 10?"), not an
      // answer: an aside, left out of the body even on a thread. It is part
      // of the thread, though, and counts as such when the root is chosen
      // (short posts are held together by their asides). (One attribute
      // read per element with an itemtype.)
      f.flags |= pf.flags & (kInQAPost | kPostAside);
      if ((f.hints & kHintItemtype) && !(f.flags & kPostAside)) {
        const std::string_view type = n->Attr("itemtype");
        if (discussion && (f.flags & kInQAPost) && IsCommentItemtype(type)) f.flags |= kPostAside;
        else if (IsQAPostItemtype(type)) f.flags |= kInQAPost | kQAPost, microdata_qa_ = true;
      }
      // So are the poster's rank and profile fields beside each post on a
      // thread ("Senior Member", "Location: Leeds").
      if (discussion && (f.hints & kHintPosterExtras)) f.flags |= kPostAside;
      // And the signature a board marks by its data-role alone (Invision:
      // "data-role=memberSignature"), or by NodeBB's component attribute
      // ("component=post/signature"). (Threads only; elements with
      // attributes only.)
      if (discussion && n->num_attrs && n->tag == TagId::kDiv &&
          (ClassifyDataRole(n->Attr("data-role")) == DataRole::kPostSignature ||
           ClassifyDataRole(n->Attr("component")) == DataRole::kPostSignature))
        f.flags |= kPostAside;
      // And what the board leaves out when a reply quotes the post (its
      // edit note: kQuoteExcludedAttr). (Threads only; elements with
      // attributes only.)
      if (discussion && n->num_attrs && n->HasAttr(kQuoteExcludedAttr)) f.flags |= kPostAside;
      // phpBB's profile cell ("dl.postprofile"): the name is its <dt>, each
      // <dd> a rank, a post count, a join date, a location.
      if (discussion && n->tag == TagId::kDd && n->parent->tag == TagId::kDl &&
          IsPosterProfileCellClass(n->parent->Attr("class")))
        f.flags |= kPostAside;
      // And a reply's quote of another post under the quoted poster's name
      // (a copy of a post the thread shows already).
      if (discussion && IsCitedPostQuote(n)) f.flags |= kPostAside;
      if (body_prop) f.flags &= ~uint32_t(kSoft);
      if (IsTextBlockOwner(n->tag)) {
        f.flags |= kOwner;
        f.owner = n->eid;
      } else {
        f.owner = pf.owner;
      }
      order_.push_back(n);
      n = NextInTree(n, root);
      continue;
    }
    if (n->is_text() && n->parent) {
      // (Parked data, a placeholder and a bare URL all hold word characters:
      // the white space between tags, most texts, is not asked.)
      const uint32_t w = uint32_t(CountWordChars(n->data));
      if (IsRawMarkupText(n) || (w && !(facts_[n->parent->eid].flags & kInPre) && IsParkedData(n, prices))) {
        n = NextInTree(n, root);
        continue;
      }
      Facts& pf = facts_[n->parent->eid];
      // (Prices matter on product pages, where they also place the buy box,
      // and on list pages, for their grid of priced cards, whose prices are
      // short texts: on articles and threads the scan is skipped.)
      if ((prices || (list_page && n->data.size() <= kCardPriceTextMaxBytes)) && IsPriceText(n->data)) {
        pf.flags |= kPriced;
        if (prices && !buy_controls_n_) prices_before_[prices_before_n_++ % kBuyBoxPrices] = n->parent;
        else if (prices && prices_after_n_ < kBuyBoxPrices) prices_after_[prices_after_n_++] = n->parent;
      }
      // A short line that states a shop's promise ("Free returns"), for
      // MarkPromiseStrip (product pages; the first few).
      if (prices && promise_lines_n_ < kPromiseLinesCap && !(pf.flags & (kInLink | kInChrome)) &&
          n->data.size() <= 2 * kShopPromiseLineMaxBytes && IsShopPromiseLine(n->data))
        promise_lines_[promise_lines_n_++] = n;
      // A shop's note that an AI wrote the block from the reviews (not on
      // articles or threads; a short line outside a heading, read only then).
      if (ai_notes_ && n->data.size() <= kAiSummaryNoteMaxBytes && !IsHeadingTag(n->parent->tag) &&
          IsAiSummaryNote(n->data))
        MarkAiReviewSummary(n);
      // A card of a band of the shop's service promises, by its heading
      // (same pages; a short text in an <h2>..<h6>, or in its one wrapper:
      // "<h3><span>Financing</span></h3>").
      if (ai_notes_ && n->data.size() <= kShopServiceHeadingMaxBytes) {
        const Node* h = n->parent;
        if (!IsHeadingTag(h->tag) && h->parent && h->parent->is_element() && IsHeadingTag(h->parent->tag)) h = h->parent;
        if (IsHeadingTag(h->tag) && h->tag != TagId::kH1 && IsShopServiceHeading(n->data)) MarkShopServiceBand(h);
      }
      page_text_ += w;
      if (w) {
        Facts& o = facts_[pf.owner];
        o.own_text += w;
        if (pf.flags & kInLink) o.own_link += w;
      }
    }
    n = NextInTree(n, root);
  }
  if (prices) {
    FindBuyBox();
    for (uint32_t i = 0; i < promise_lines_n_; ++i) MarkPromiseStrip(promise_lines_[i]);
  }
}

// The buy box of a product page: the box of the product's name, price,
// variants and its own delivery or returns tab. For each of the page's
// first buy controls (an add-to-cart button, submit or form), its nearest
// ancestor within kBuyBoxLevels levels below <body> that holds the page's
// first <h1> (with none, any ancestor) and one of the priced elements met
// just before the first control or just after it; of those boxes the
// innermost. A shipping offer in a panel of that box is the product's
// (InBuyBoxPanel); the same line elsewhere (a promo bar, the price rows) is
// the shop's. Bounded: a few controls' few ancestors against a few priced
// elements' ancestors, no allocation.
void ContentExtractor::FindBuyBox() {
  // The index in `chain` of the nearest ancestor that holds `p`, below `best`.
  auto nearest = [](const Node* const* chain, int best, const Node* p) {
    int depth = 0;
    for (const Node* q = p; q && depth < kBuyBoxPriceDepth; q = q->parent, ++depth)
      for (int i = 0; i < best; ++i)
        if (chain[i] == q) return i;
    return best;
  };
  const uint32_t before = std::min(prices_before_n_, kBuyBoxPrices);
  int best_depth = 0;
  for (uint32_t c = 0; c < buy_controls_n_; ++c) {
    const Node* chain[kBuyBoxLevels];
    int len = 0;
    for (const Node* a = buy_controls_[c]->parent; a && a->is_element() && a->tag != TagId::kBody && len < kBuyBoxLevels;
         a = a->parent)
      chain[len++] = a;
    // With an <h1>, the box holds it too (a sticky bar repeats the price and
    // the button, not the headline): the nearest ancestor holding both.
    const int named = first_h1_ ? nearest(chain, len, first_h1_) : len - 1;
    if (named >= len) continue;
    int priced = named + 1;
    for (uint32_t i = 0; i < before && priced > named; ++i) priced = nearest(chain, priced, prices_before_[i]);
    for (uint32_t i = 0; i < prices_after_n_ && priced > named; ++i) priced = nearest(chain, priced, prices_after_[i]);
    if (priced > named) continue;
    // Of the controls' boxes, the innermost (a sticky bar's control shares
    // only the page's main box with the headline; the box's own, its part).
    const Node* box = chain[first_h1_ ? named : priced];
    int depth = 0;
    for (const Node* a = box; a && depth < kBuyBoxInsideDepth; a = a->parent) ++depth;
    if (depth > best_depth) buy_box_ = box, best_depth = depth;
  }
}

// Whether `e` lies in a tab or accordion panel of the buy box (its own
// "Shipping & Returns" tab: "Free shipping over $75 & easy returns"), not
// in the box's price rows. A few ancestors.
bool ContentExtractor::InBuyBoxPanel(const Node* e) const {
  if (!buy_box_) return false;
  bool panel = false;
  int depth = 0;
  for (const Node* a = e; a && depth < kBuyBoxInsideDepth; a = a->parent, ++depth) {
    if (a == buy_box_) return panel;
    if (a->is_element() && (facts_[a->eid].flags & kPanel)) panel = true;
  }
  return false;
}

// Whether `s` is an element of `a`'s tag and kind (OfOneKind classes).
static bool OfItsKind(const Node* a, const Node* s) {
  return s->is_element() && s->tag == a->tag && OfOneKind(a->Attr("class"), s->Attr("class"));
}

// `from` or the first of its ancestors, `levels` up at most, that stands
// beside an element sibling of its tag and kind (OfOneKind classes): one
// of a strip's items, of a band's cards; null when none is, up to <body>.
const Node* ContentExtractor::RepeatedItemAt(const Node* from, int levels) const {
  const Node* item = from;
  for (int up = 0;; ++up, item = item->parent) {
    if (up > levels || !item->parent || !item->parent->is_element() || item->parent->tag == TagId::kBody)
      return nullptr;
    const Node* s = item->next;
    while (s && !s->is_element()) s = s->next;
    const Node* p = item->prev();
    while (p && !p->is_element()) p = p->prev();
    if ((s && OfItsKind(item, s)) || (p && OfItsKind(item, p))) return item;
  }
}

// A strip of the shop's promises on a product page:
// kPromiseStripMinItems to kPromiseStripMaxItems items of one kind, each a
// short line or a heading over one (an icon beside "Free shipping
// worldwide", "Free returns", "24 month warranty", "100% secure
// checkout"), half of them or more a promise (IsShopPromiseLine). It sells
// the shop, not the product, and goes like a band of its services (unless
// it holds most of the page's text), beside the buy box or in it (a row of
// icons under the button is the same site-wide strip; the box's own
// "Shipping & Returns" tab is prose in a panel, no strip: see
// InBuyBoxPanel). The item is the line's nearest ancestor, within
// kPromiseStripItemLevels levels, with a sibling of its kind; the strip is
// its parent. Bounded: a few ancestors, a few items, each read down its
// first kPromiseStripItemNodes nodes, for a few short lines a page.
void ContentExtractor::MarkPromiseStrip(const Node* line) {
  const Node* item = RepeatedItemAt(line->parent, kPromiseStripItemLevels);
  if (!item) return;
  const Node* strip = item->parent;
  if (facts_[strip->eid].flags & kAiSummary) return;  // marked from another line
  // A table's rows, a list of terms, a menu's options: data, not a strip.
  switch (item->tag) {
    case TagId::kTr: case TagId::kTd: case TagId::kTh: case TagId::kDt: case TagId::kDd: case TagId::kOption:
      return;
    default:
      break;
  }
  int items = 0, promises = 0;
  for (const Node* c = strip->first_child; c; c = c->next) {
    if (!c->is_element()) continue;
    if (!OfItsKind(item, c) || ++items > kPromiseStripMaxItems) return;
    int text = 0, seen = 0;
    bool promise = false;
    for (const Node* d = c; d;) {
      if (++seen > kPromiseStripItemNodes) return;
      if (d->is_element() && (facts_[d->eid].flags & kHardDrop)) {  // an icon's <svg>
        d = NextSkippingChildren(d, c);
        continue;
      }
      const Node* t = d;
      d = NextInTree(d, c);
      if (!t->is_text()) continue;
      text += int(CountWordChars(t->data));
      if (text > kPromiseStripItemMaxText) return;
      if (!promise && t->data.size() <= 2 * kShopPromiseLineMaxBytes && IsShopPromiseLine(t->data)) promise = true;
    }
    if (promise) ++promises;
  }
  if (items >= kPromiseStripMinItems && promises >= kPromiseStripMinPromises && promises * 2 >= items) {
    facts_[strip->eid].flags |= kSoft | kAiSummary;
    promise_strips_.push_back(strip->id);
  }
}

// Whether a box named a "USP" strip reads as one: a line of it is a shop's
// promise (IsShopPromiseLine: "Free shipping", "30 day returns"), or no
// line of it is a sentence of five words or more (icons, labels and
// buttons: "Size Guide", "View Bulk Order Grid"). A carrier's section of prose ("Connect your USPS
// account...") or a list of the product's features ("Battery lasts 21 days
// in watch mode") is none. Bounded: the box's first kUspBoxNodes nodes; a
// bigger box is taken as named.
bool ContentExtractor::UspBoxSellsTheShop(const Node* e) const {
  constexpr int kUspBoxNodes = 64;
  bool sentence = false;
  const WalkEnd end = WalkBelow(e, kUspBoxNodes, [&](const Node* d) {
    if (!d->is_text()) return true;
    const std::string_view line = Trim(d->data);
    if (line.empty()) return true;
    if (line.size() <= 2 * kShopPromiseLineMaxBytes && IsShopPromiseLine(line)) return false;
    int words = 0;
    for (size_t i = 0; i < line.size() && words < 5; ++i)
      words += (i == 0 || IsAsciiSpace(line[i - 1])) && !IsAsciiSpace(line[i]);
    sentence |= words >= 5;
    return true;
  });
  return end != WalkEnd::kDone || !sentence;
}

// Whether a box lists prices: two of the text nodes among its first
// kPriceMenuNodes nodes are short price texts ("45 €", "desde 390 €"). A
// price list, not a navigation menu, whatever its class.
bool ContentExtractor::ListsPrices(const Node* e) const {
  constexpr size_t kPriceMenuItemMaxBytes = 32;
  int prices = 0;
  WalkBelow(e, kPriceMenuNodes, [&](const Node* d) {
    if (d->is_text() && d->data.size() <= kPriceMenuItemMaxBytes && IsPriceText(d->data)) ++prices;
    return prices < 2;
  });
  return prices >= 2;
}

// Whether `e` is a strip that MarkPromiseStrip marked (for its reason).
bool ContentExtractor::IsPromiseStrip(const Node* e) const {
  return std::find(promise_strips_.begin(), promise_strips_.end(), e->id) != promise_strips_.end();
}

// A digest of the customers' reviews that the shop had an AI write
// ("Customers say" over a paragraph and "AI-generated from customer
// reviews"; "Reviews summary" over pros and cons and "Generated by AI"),
// on a product's page (or any page that is no article or thread: a shop's
// page lede does not know for a product):
// the reviews retold, not the product's text, whatever the heading's
// wording. Its section is the nearest ancestor of the note, within
// kAiSummaryMaxLevels levels, that a subheading (<h2> to <h4>) opens, when
// the note or that heading speaks of reviews or customers; an <h1> opens
// the product's own section, which stays. Bounded: a few ancestors, each
// read down its first children, for a rare short line.
void ContentExtractor::MarkAiReviewSummary(const Node* note) {
  const bool note_names_reviews = NamesReviews(note->data);
  std::string heading;
  const Node* a = note->parent;
  for (int up = 0; up < kAiSummaryMaxLevels && a && a->is_element() && a->tag != TagId::kBody; ++up, a = a->parent) {
    const Node* h = LeadingHeading(a);
    if (!h) continue;
    const int level = HeadingLevel(h->tag);
    if (level == 1) return;
    if (level > 4) continue;
    CollapsedTextInto(h, 80, &heading);
    if (note_names_reviews || NamesReviews(heading)) facts_[a->eid].flags |= kSoft | kAiSummary;
    return;
  }
}

// A band of the shop's service promises beside its products: three to
// kServiceBandMaxCards cards of one kind, two or more headed by a service
// ("Delivery and Pickup", "Financing options", "Assembly service" beside
// "Planning tools"), each a heading and a line or two ("Pay over time,
// interest-free."). It sells the shop, not the products or the category,
// and goes like an AI's digest of the reviews (unless it holds most of the
// page's text). The card is the heading's nearest ancestor, within
// kServiceBandCardLevels levels, with a sibling of its kind; the band is
// its parent. Bounded: a few ancestors, a dozen cards, each read down its
// first kServiceBandCardNodes nodes, for a rare short heading.
void ContentExtractor::MarkShopServiceBand(const Node* heading) {
  const Node* card = RepeatedItemAt(heading, kServiceBandCardLevels);
  if (!card) return;
  const Node* band = card->parent;
  if (facts_[band->eid].flags & kAiSummary) return;  // marked from another card
  int cards = 0, served = 0;
  for (const Node* c = band->first_child; c; c = c->next) {
    if (!c->is_element()) continue;
    if (!OfItsKind(card, c) || ++cards > kServiceBandMaxCards) return;
    int text = 0, seen = 0;
    for (const Node* d = c; d; d = NextInTree(d, c)) {
      if (++seen > kServiceBandCardTextNodes) return;
      if (!d->is_text()) continue;
      const int w = int(CountWordChars(d->data));
      text += w;
      if (w >= kServiceBandParagraphText || text > kServiceBandCardMaxText) return;
    }
    int look = kServiceBandCardNodes;
    for (const Node* d = c; d && look-- > 0; d = NextInTree(d, c)) {
      if (!d->is_element() || !IsHeadingTag(d->tag)) continue;
      CollapsedTextInto(d, kShopServiceHeadingMaxBytes + 1, &band_heading_);
      if (IsShopServiceHeading(band_heading_)) ++served;
      break;
    }
  }
  if (cards >= kServiceBandMinCards && served >= kServiceBandMinServices) {
    facts_[band->eid].flags |= kSoft | kAiSummary;
    service_bands_.push_back(band->id);
  }
}

// A newsletter's sign-up box with no class word that names it (a
// USA TODAY Network page's "div.gnt_nl": "Get the Daily Briefing newsletter
// in your inbox.", a line on what it brings, an e-mail field and its
// button, the terms one agrees to): the innermost box around an e-mail
// field, kSignUpBoxLevels levels up at most, of kSignUpBoxMaxText word
// characters or fewer, no <h1>, no <article> or story body, whose words
// promote a subscription (IsPromoLine: "newsletter", "subscribe", "in your
// inbox"). It goes like an AI's digest
// of the reviews, unless it holds most of the page's text (a newsletter's
// own sign-up page). A few ancestors of the first kSignUpInputsCap fields,
// one box's text read each.
// Whether `a`, climbed to from a widget's field, is past the widget's
// box: the story itself (its <article>, <main>, <body>, its marked body, a
// box holding its headline) or a box of more than `max_text` word
// characters (MarkSignUpBoxes, MarkVoteBoxes).
bool ContentExtractor::PastStoryBox(const Node* a, uint32_t max_text) const {
  if (a->tag == TagId::kBody || a->tag == TagId::kMain || a->tag == TagId::kHtml || a->tag == TagId::kArticle)
    return true;
  const Facts& f = facts_[a->eid];
  return f.text > max_text || (f.flags & kHasH1) || (f.hints & kHintArticleBody);
}

void ContentExtractor::MarkSignUpBoxes(bool job_alerts_only) {
  std::string text;
  for (const Node* input : email_inputs_) {
    int up = 0;
    for (const Node* a = input->parent; a && a->is_element() && up < kSignUpBoxLevels; a = a->parent, ++up) {
      // (Never the story itself: its <article>, its marked body, a box
      // holding its headline or more prose than a sign-up's.)
      if (PastStoryBox(a, kSignUpBoxMaxText)) break;
      const Facts& f = facts_[a->eid];
      if (f.text == 0) continue;
      if (f.flags & kAiSummary) break;
      // (A job alert's form names the alert on its button alone, "Job-Agent
      // aktivieren": the box is the one around it, with the promise.)
      if (job_alerts_only && a->Is(TagId::kForm)) continue;
      // The innermost box whose words promote a subscription.
      CollapsedTextInto(a, kSignUpBoxReadBytes, kSignUpBoxReadNodes, &text);
      if (!(job_alerts_only ? IsJobAlertBoxText(text) : IsSignUpBoxText(text))) continue;
      facts_[a->eid].flags |= kSoft | kAiSummary;
      signup_boxes_.push_back(a->id);
      break;
    }
  }
}

namespace {

// Whether no text runs beside `e` (its neighbours are elements, spaces or
// nothing): a button-like link, not a link inside a sentence.
bool StandsAlone(const Node* e) {
  for (const Node* s : std::initializer_list<const Node*>{e->prev(), e->next})
    if (s && s->is_text() && !Trim(s->data).empty()) return false;
  return true;
}

// Whether `a` has kAffiliateBoxTwins element siblings or more of its tag
// and kind (OfItsKind): one of a run of cards. (Its parent's children
// read, kTwinLookSiblings at most.)
constexpr int kTwinLookSiblings = 32;

bool InRunOfTwins(const Node* a) {
  if (!a->parent) return false;
  int twins = 0, look = kTwinLookSiblings;
  for (const Node* s = a->parent->first_child; s && look-- > 0; s = s->next)
    if (s != a && OfItsKind(a, s) && ++twins >= kAffiliateBoxTwins) return true;
  return false;
}

}  // namespace

// A story's affiliate box: a deal post's commerce module (the product's
// name, its old price, "$149 at Amazon", "$149 at Best Buy"), a buying
// guide's row of retailer buttons; told by its paid link (rel=sponsored)
// on a line of its own, whatever its words or language. The box marked is
// the innermost <div>, <aside>, <section> or <ins> around that line,
// kAffiliateBoxLevels up at most, with more than the line: of
// kAffiliateBoxMaxText word characters at most, a price in its text and
// no sentence (a pick's one-line verdict, a kitchen tip, an FAQ's answer
// beside a paid link are the story's), no block with
// kAffiliateBoxRunMaxText of its own (a review's paragraph on the
// product), no heading (a guide's pick named in its heading over its
// buttons), no list or table (its pros and cons, its specs), and never
// the story itself (its <article>, its marked body, a box holding its
// headline). A paid link inside a sentence is the sentence's.
void ContentExtractor::MarkAffiliateBoxes() {
  std::string box_text;
  for (const Node* link : sponsored_links_) {
    if (!link->first_child || !StandsAlone(link)) continue;
    // (The link's words: a label's few nodes, read once.)
    uint32_t link_text = 0;
    int look = kAffiliateBoxReadNodes;
    for (const Node* d = link->first_child; d && look-- > 0; d = NextInTree(d, link))
      if (d->is_text()) link_text += uint32_t(CountWordChars(d->data));
    if (link_text == 0 || look <= 0) continue;
    // (Its line: the link, or the blocks around it holding its words only.)
    const Node* line = link;
    while (line->parent && line->parent->is_element() && line->parent->tag != TagId::kBody &&
           facts_[line->parent->eid].text == link_text)
      line = line->parent;
    int up = 0;
    for (const Node* a = line->parent; a && a->is_element() && up < kAffiliateBoxLevels; a = a->parent, ++up) {
      if (PastStoryBox(a, kAffiliateBoxMaxText)) break;
      const Facts& f = facts_[a->eid];
      if (f.flags & kAiSummary) break;
      // (An item of a list or a table's cell: a list of picks, a table of
      // fares, each linked, is the story's.)
      if (a->Is(TagId::kLi) || a->Is(TagId::kTd) || a->Is(TagId::kTr) || a->Is(TagId::kDd) || a->Is(TagId::kUl) ||
          a->Is(TagId::kOl) || a->Is(TagId::kTable) || a->Is(TagId::kTbody))
        break;
      if (f.text <= link_text) continue;
      if (!a->Is(TagId::kDiv) && !a->Is(TagId::kAside) && !a->Is(TagId::kSection) && !a->Is(TagId::kIns)) break;
      // (Few words beside its links: a name and a price. A hotel's card
      // with its blurb, a review's spec box, is the story's. Nor one of a
      // run of such boxes: a roundup's deals, each a card, are its list.)
      if (f.text - std::min(f.text, f.link) > kAffiliateBoxMaxOwnText || InRunOfTwins(a)) break;
      bool prose = false;
      look = kAffiliateBoxReadNodes;
      for (const Node* d = a->first_child; d && !prose; d = NextInTree(d, a)) {
        if (look-- <= 0 || (d->is_element() && (IsHeadingTag(d->tag) || d->Is(TagId::kUl) || d->Is(TagId::kOl) ||
                                                 d->Is(TagId::kTable) ||
                                                 facts_[d->eid].own_text >= kAffiliateBoxRunMaxText)))
          prose = true;
      }
      if (prose) break;
      // (A price in it, and no sentence: a pick's verdict, a tip, a show's
      // notes beside a paid link are the story's words.)
      CollapsedTextInto(a, kAffiliateBoxReadBytes, kAffiliateBoxReadNodes, &box_text);
      if (!IsPriceText(box_text) || HoldsSentence(box_text)) break;
      facts_[a->eid].flags |= kSoft | kAiSummary;
      affiliate_boxes_.push_back(a->id);
      break;
    }
  }
}

// A reader's poll set in a story (a newsroom's "Umfrage", a WordPress poll
// plugin's box: the question, its options as radio buttons, a vote
// button, a count of voters), told by its form whatever its class or
// language: a <form>, kVoteFormLevels up at most from a radio button,
// holding two radio buttons or more and a button or a submit among its
// first kVoteFormReadNodes nodes. The box marked is the innermost
// ancestor of the form with words of its own beside it (the question), of
// kVoteBoxMaxText word characters at most, never the story itself (its
// <article>, its marked body, a box holding its headline). A poll's
// results printed as the story's table or figure hold no form; a quiz's
// form asks several questions (its radio buttons have two names or more)
// and is the story's.
void ContentExtractor::MarkVoteBoxes() {
  const Node* last_form = nullptr;
  for (const Node* input : radio_inputs_) {
    const Node* form = input->parent;
    for (int up = 0; form && form->is_element() && up < kVoteFormLevels && !form->Is(TagId::kForm); ++up)
      form = form->parent;
    if (!form || !form->is_element() || !form->Is(TagId::kForm) || form == last_form) continue;
    last_form = form;
    int radios = 0, look = kVoteFormReadNodes;
    bool button = false, questions = false;
    std::string_view group;  // the first radio button's name
    for (const Node* d = form->first_child; d && look-- > 0; d = NextInTree(d, form)) {
      if (!d->is_element()) continue;
      // (A submit: a recipe's servings toggle, "<button type=button>Update",
      // sends nothing.)
      if ((d->Is(TagId::kButton) && !EqualsIgnoreCase(Trim(d->Attr("type")), "button")) ||
          (d->Is(TagId::kInput) && IsSubmitInput(d))) {
        button = true;
      } else if (d->Is(TagId::kInput) && EqualsIgnoreCase(Trim(d->Attr("type")), "radio")) {
        // (Radio buttons of two names are two questions: a quiz the story
        // sets its reader, each question its group. A poll asks one.)
        const std::string_view name = Trim(d->Attr("name"));
        if (radios++ == 0) group = name;
        else if (!name.empty() && !group.empty() && name != group) questions = true;
      }
    }
    if (radios < 2 || !button || questions) continue;
    const uint32_t form_text = facts_[form->eid].text;
    for (const Node* a = form->parent; a && a->is_element(); a = a->parent) {
      if (PastStoryBox(a, kVoteBoxMaxText)) break;
      const Facts& f = facts_[a->eid];
      if (f.flags & kAiSummary) break;
      if (f.text <= form_text) continue;
      // (A section of its own under an <h1> or <h2>, a how-to's worked
      // example beside its calculator, is the page's.)
      if (FirstDescendantWithin(a, kVoteFormReadNodes, [](const Node* d) {
            return d->is_element() && (d->Is(TagId::kH1) || d->Is(TagId::kH2));
          }))
        break;
      facts_[a->eid].flags |= kSoft | kAiSummary;
      vote_boxes_.push_back(a->id);
      break;
    }
  }
}

// Whether `e` sits in an embedded post (kHintEmbed: "tiktok-embed",
// "twitter-tweet"), kEmbedLevels ancestors up at most.
bool ContentExtractor::InEmbeddedPost(const Node* e) const {
  constexpr int kEmbedLevels = 6;
  int up = 0;
  for (const Node* a = e->parent; a && a->is_element() && up < kEmbedLevels; a = a->parent, ++up)
    if (facts_[a->eid].hints & kHintEmbed) return true;
  return false;
}

// Whether `e` is a box that MarkVoteBoxes marked (for its reason).
bool ContentExtractor::IsVoteBox(const Node* e) const {
  return std::find(vote_boxes_.begin(), vote_boxes_.end(), e->id) != vote_boxes_.end();
}

// Whether `e` is a box that MarkAffiliateBoxes marked (for its reason).
bool ContentExtractor::IsAffiliateBox(const Node* e) const {
  return std::find(affiliate_boxes_.begin(), affiliate_boxes_.end(), e->id) != affiliate_boxes_.end();
}

// Whether `e` is a box that MarkSignUpBoxes marked (for its reason).
bool ContentExtractor::IsSignUpBox(const Node* e) const {
  return std::find(signup_boxes_.begin(), signup_boxes_.end(), e->id) != signup_boxes_.end();
}

// Whether `e` is a band that MarkShopServiceBand marked (for its reason).
bool ContentExtractor::IsServiceBand(const Node* e) const {
  return std::find(service_bands_.begin(), service_bands_.end(), e->id) != service_bands_.end();
}

// Outside articles and threads a box that a byline word names ("meta", a
// post card's "author-jane" class) may be a list card whole: it holds the
// card's title (a heading, or a headline- or title-classed block, of kCardTitleMinText
// word characters or more, not boilerplate, among its first
// kCardTextLookNodes nodes: a list of papers' "meta" box with the title,
// the authors and the subjects; a blog archive's post card), and it or
// one of its kCardLevels nearest ancestors is one of a series (an element
// of its tag and kind among its kCardSiblings element siblings each way:
// the list's other cards). Such a box is a card, not a byline line: its
// parts are judged each.
bool ContentExtractor::HoldsCardText(const Node* e) const {
  return HoldsCardTitle(e) && InCardSeries(e);
}

// Whether `e` holds a card's title among its first kCardTextLookNodes nodes
// (see HoldsCardText).
bool ContentExtractor::HoldsCardTitle(const Node* e) const {
  bool title = false;
  int look = kCardTextLookNodes;
  for (const Node* d = e->first_child; d && look-- > 0 && !title; d = NextInTree(d, e)) {
    if (!d->is_element()) continue;
    const Facts& df = facts_[d->eid];
    title = df.text >= kCardTitleMinText && !(df.flags & kNegative) &&
            (IsHeadingTag(d->tag) || (df.hints & kHintTitle) || IsCardTitleClass(d->Attr("class")));
  }
  return title;
}

// Whether element `a` is one of a series: an element of its tag and kind
// (OfItsKind) among its kCardSiblings element siblings each way.
static bool OneOfASeries(const Node* a) {
  int k = 0;
  for (const Node* s = a->prev(); s && k < kCardSiblings; s = s->prev())
    if (s->is_element() && (++k, OfItsKind(a, s))) return true;
  k = 0;
  for (const Node* s = a->next; s && k < kCardSiblings; s = s->next)
    if (s->is_element() && (++k, OfItsKind(a, s))) return true;
  return false;
}

// Whether `e` or one of its kCardLevels nearest ancestors is one of a
// series (see HoldsCardText).
bool ContentExtractor::InCardSeries(const Node* e) const {
  const Node* a = e;
  for (int up = 0; up <= kCardLevels && a && a->is_element() && a->parent; ++up, a = a->parent)
    if (OneOfASeries(a)) return true;
  return false;
}

// Whether a card footer's line names a person in one of its parts: a part
// between separators ("·", "|", "•", ",", a dash) of two to four words,
// each opening on a capital (or a letter of another script), no digit
// ("Jo Writer · March 1, 2026"). (Lines of 64 words at most.)
static bool CardFooterNamesSigner(std::string_view line) {
  int words = 0, total = 0;
  bool ok = true, at_word = false;
  auto close = [&] {
    const bool name = ok && words >= 2 && words <= 4;
    words = 0;
    ok = true;
    at_word = false;
    return name;
  };
  for (size_t i = 0; i < line.size() && total < 64;) {
    const unsigned char c = line[i];
    size_t len = 1;
    uint32_t cp = c;
    if (c >= 0x80) cp = DecodeUtf8(line, i, &len);
    const bool letter = IsAsciiAlpha(c) || (cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && cp != 0xFFFD);
    if (letter) {
      if (!at_word) {
        ++words, ++total;
        if (c >= 'a' && c <= 'z') ok = false;
      }
      at_word = true;
    } else if (c == ' ') {
      at_word = false;
    } else if (c == '.' || c == '\'' || (c == '-' && at_word)) {
      // Inside a name ("J. Writer", "O'Neil", "Anne-Marie").
    } else if (IsAsciiDigit(c)) {
      ok = false;
    } else if (close()) {
      return true;
    }
    i += len;
  }
  return close();
}

// Whether card footer `e`, line `line`, signs its card: not a story's tag,
// share or print footer (IsCardFooterFurnitureLine), and with a writer: a
// link to an author's page or marked as the author's (rel=author, a
// byline class), or a part of the line that is a name. (The footer's
// first kLineMaxNodes nodes are looked at.)
bool ContentExtractor::CardFooterSigns(const Node* e, std::string_view line) const {
  if (IsCardFooterFurnitureLine(line)) return false;
  size_t n = 0;
  for (const Node* x = e->first_child; x && n < kLineMaxNodes; x = NextInTree(x, e), ++n) {
    if (!x->is_element()) continue;
    if (x != e && (facts_[x->eid].hints & kHintByline)) return true;
    if (x->Is(TagId::kA) && (IsAuthorPageHref(x->Attr("href")) || ContainsIgnoreCase(x->Attr("rel"), "author")))
      return true;
  }
  return CardFooterNamesSigner(line);
}

// Whether line `e` (a card's <footer>) lies in a list card: one of its
// kListCardLevels nearest ancestors holds a card's title and is (or sits
// just under) one of a series. A blog index's "Jane Doe · March 6, 2026"
// under each teaser's headline: the card's line, kept on list pages as its
// title is. The page's own footer sits in no series. (Only for a short
// line; the ancestors' siblings and first nodes are looked at within the
// bounds above.)
bool ContentExtractor::InListCard(const Node* e) const { return ListCardSeries(e) != nullptr; }

// Whether line `e` lies in a list card of the page's own list: the
// cards' series (ListCardSeries) holds half the text of the root around
// `e` or more, and no heading stands among the series' few element
// siblings before it (a help page's "More about your account" strip of
// linked cards after its text is a section of the page's).
bool ContentExtractor::InPageList(const Node* e, const std::vector<const Node*>& roots, bool e_is_title) const {
  const Node* series = ListCardSeries(e, e_is_title);
  if (!series) return false;
  // (The heading may sit in a header box before the series: "<div
  // class=section__header><h2>".)
  auto section_heading = [](const Node* d) { return IsHeadingTag(d->tag) && !d->Is(TagId::kH1); };
  int look = kCardSeriesHeadingLook;
  for (const Node* s = series->prev(); s && look > 0; s = s->prev()) {
    if (!s->is_element()) continue;
    --look;
    if (section_heading(s) || FirstDescendantWithin(s, kCardSeriesHeadingNodes, section_heading)) return false;
  }
  for (const Node* r : roots)
    if (IsWithin(e, r)) return 2 * facts_[series->eid].text >= facts_[r->eid].text;
  return false;
}

// The box holding the series of cards that line `e` lies in (InListCard's
// card, then the first of it and its kCardLevels ancestors that is one of
// a series: that one's parent), or nullptr. With `e_is_title`, `e` is the
// card's title itself (its parent the card), though its class leaves it out
// of HoldsCardTitle's reading.
const Node* ContentExtractor::ListCardSeries(const Node* e, bool e_is_title) const {
  const Node* a = e->parent;
  for (int up = 0; up < kListCardLevels && a && a->is_element() && !a->Is(TagId::kBody) &&
                   !(facts_[a->eid].flags & (kNegative | kUnderNeg));
       ++up, a = a->parent) {
    if (!(e_is_title && up == 0) && !HoldsCardTitle(a)) continue;
    const Node* c = a;
    for (int k = 0; k <= kCardLevels && c && c->is_element() && c->parent; ++k, c = c->parent)
      if (OneOfASeries(c)) return c->parent;
    return nullptr;
  }
  return nullptr;
}

// A grid card that states its fields twice: a linked summary line ("Acme -
// Trail 5. Color Grey. On sale for $108.00. 4.4 out of 5 stars", often the
// card's whole link for screen readers) and then a definition list of the
// same ("Brand Name Acme Product Name Trail 5 Color Grey Price $108 Rating
// 4"). The list is the second copy. Its card is the first of its
// kListCardLevels nearest ancestors that is one of a series (the grid's
// other cards beside it), each a card's size at most (kProductCardMaxText);
// the shown text before the list's branch at each level up to the card is
// what the card said before it. The list has kCardFieldMinValues
// values or more, and kCardFieldRepeatShare of their words (ASCII letters
// and digits, case folded; others count as letters) are among the words
// said before it. A product's spec table under its description is in no
// card-sized box; one card's list of fields nowhere said before stays.
// (Cold: definition lists only; kLineMaxNodes siblings before the list and
// kLineMaxNodes nodes in each.)
constexpr int kCardFieldMinValues = 3;
constexpr double kCardFieldRepeatShare = 2.0 / 3.0;
[[gnu::cold]] bool ContentExtractor::RestatesCardText(const Node* dl, std::string* scratch) const {
  if (!dl->parent) return false;
  // The card's words before the list, in one buffer.
  std::string before;
  bool card = false;
  const Node* branch = dl;
  // (The nodes before the list at every level, kLineMaxNodes at most: a
  // card's few hundred lists behind 10^5 empty siblings each read them all.)
  size_t nodes = 0;
  for (int up = 0; up < kListCardLevels; ++up, branch = branch->parent) {
    const Node* a = branch->parent;
    if (!a || !a->is_element() || a->Is(TagId::kBody) || facts_[a->eid].text > kProductCardMaxText) break;
    for (const Node* s = a->first_child; s && s != branch; s = s->next) {
      if (++nodes > kLineMaxNodes) return false;
      if (s->is_element() && (facts_[s->eid].flags & kHidden)) continue;
      if (s->is_text()) {
        scratch->assign(s->data);
      } else {
        CollapsedTextInto(s, 4 * kProductCardMaxText, kLineMaxNodes, scratch);
      }
      if (Trim(*scratch).empty()) continue;
      before.append(*scratch);
      before.push_back(' ');
    }
    // The first box that is one of a series (the grid's other cards
    // beside it) is the card.
    if ((card = OneOfASeries(a))) break;
  }
  if (!card || before.empty()) return false;
  // (Words are compared case folded: each text is folded in place, once,
  // and its words are views into it.)
  auto is_word = [](unsigned char c) { return IsAsciiAlnum(c) || c >= 0x80; };
  auto words_of = [&](std::string* t, auto&& each) {
    for (char& c : *t) c = ToLowerAscii(c);
    const std::string_view v = *t;
    for (size_t i = 0; i < v.size();) {
      while (i < v.size() && !is_word(static_cast<unsigned char>(v[i]))) ++i;
      size_t j = i;
      while (j < v.size() && is_word(static_cast<unsigned char>(v[j]))) ++j;
      if (j > i) each(v.substr(i, j - i));
      i = j;
    }
  };
  std::vector<std::string_view> said;  // views into `before`
  words_of(&before, [&](std::string_view w) { said.push_back(w); });
  std::sort(said.begin(), said.end());
  int values = 0, words = 0, repeated = 0;
  auto read_value = [&](const Node* dd) {
    ++values;
    CollapsedTextInto(dd, 4 * kProductCardMaxText, kLineMaxNodes, scratch);
    words_of(scratch, [&](std::string_view w) {
      ++words;
      if (std::binary_search(said.begin(), said.end(), w)) ++repeated;
    });
  };
  for (const Node* c = dl->first_child; c; c = c->next) {
    if (!c->is_element()) continue;
    if (c->tag == TagId::kDd) read_value(c);
    else if (c->tag == TagId::kDiv)  // a pair's wrapper
      for (const Node* d = c->first_child; d; d = d->next)
        if (d->is_element() && d->tag == TagId::kDd) read_value(d);
  }
  return values >= kCardFieldMinValues && words > 0 && double(repeated) >= kCardFieldRepeatShare * double(words);
}

// A collapsed tab or accordion panel holding prose (a product's
// description and specifications, FAQ answers, a guide's steps): content
// one click away, not hidden furniture; menus and drawers are link-heavy.
// A longer panel of sentences may link more of its words (a buying guide
// that links each product it names); a menu, or a line and its button, is
// more links than that, or shorter.
bool ContentExtractor::IsProsePanel(const Node* e, const Facts& f) {
  if ((f.flags & (kHidden | kPanel)) != (kHidden | kPanel) || e->tag == TagId::kNoscript ||
      (f.flags & (kStructural | kRole | kTeaser)) ||
      (f.hints & (kHintBoilerplate | kHintWeakBoilerplate | kHintNavigation | kHintComments | kHintClone)) ||
      f.text < kPanelMinText)
    return false;
  return f.link * 4 < f.text ||
         (f.text >= kLinkedPanelMinText && double(f.link) < kLinkedPanelMaxLinkShare * double(f.text));
}

// Whether hidden theme panel `e` on a product page is labelled as the store's
// terms (IsShopTermsPanelLabel): by the toggle or tab button just before
// it ("<button>Warranty</button><div class=toggle__content>"), or by the
// heading it opens on ("<div class=tab__content><h3>Size guide</h3>").
bool ContentExtractor::ShopTermsPanel(const Node* e, std::string* scratch) const {
  // (Only a theme's tab and toggle panels: a shop's own accordion of its
  // terms is often the product page's text.)
  if (!NamesThemeTogglePanel(e->Attr("class"))) return false;
  const Node* label = e->prev();
  for (int k = 0; label && !label->is_element() && k < kRevealLookSiblings; ++k) label = label->prev();
  // (Read past the longest label the checks take by its length, as
  // FurnitureHeadingAt reads: cut shorter, a long label over the product's
  // own words, "Why customers also ...", read as a shelf's heading.)
  if (label && label->is_element() && CollapsedTextInto(label, kFurnitureHeadingReadBytes, kLineMaxNodes, scratch) &&
      IsShopTermsPanelLabel(*scratch))
    return true;
  const Node* h = LeadingHeading(e);
  return h && CollapsedTextInto(h, kFurnitureHeadingReadBytes, kLineMaxNodes, scratch) &&
         IsShopTermsPanelLabel(*scratch);
}

// Whether one of the kRevealLookSiblings element siblings after (or
// before) `e` is a "Read more" toggle: a small element, shown, whose words
// are a reveal cue (IsRevealToggleLine, 40 bytes at most).
bool ContentExtractor::RevealToggleBeside(const Node* e, bool after, std::string* scratch) const {
  const Node* s = after ? e->next : e->prev();
  for (int seen = 0; s && seen < kRevealLookSiblings; s = after ? s->next : s->prev()) {
    if (!s->is_element()) continue;
    ++seen;
    // (An inline toggle's words count for its block, not for it: read.)
    if (facts_[s->eid].flags & kHidden) continue;
    if (CollapsedTextInto(s, 64, kStatMaxNodes, scratch) && IsRevealToggleLine(*scratch))
      return true;
  }
  return false;
}

// Marks the shown excerpts of hidden `e` negative: the element siblings
// right before `e` (kExcerptLookSiblings at most, the run ending on the
// first that is none) that show kExcerptMinText word characters or more,
// at most three quarters of what `e` holds, and open with the same
// kExcerptSameOpening bytes of text as `e` does (an excerpt is cut, or
// worded a little apart, further on). Returns how many it marked.
int ContentExtractor::MarkExcerptsOf(const Node* e, std::string* scratch) {
  const uint32_t text = facts_[e->eid].text;
  const Node* marked[kExcerptLookSiblings];
  int found = 0;
  std::string copy;
  const Node* s = e->prev();
  for (int seen = 0; s && seen < kExcerptLookSiblings; s = s->prev()) {
    if (!s->is_element()) continue;
    ++seen;
    const Facts& sf = facts_[s->eid];
    if (sf.flags & (kHidden | kSoft | kHardDrop)) break;
    // (An inline excerpt's words are its block's: its length is read.)
    uint32_t shown = sf.text;
    if (!shown && CollapsedTextInto(s, text, kExcerptMaxNodes, scratch)) shown = uint32_t(scratch->size());
    if (shown < kExcerptMinText || uint64_t(shown) * kExcerptShareDivisor > uint64_t(text) * kExcerptShareTimes)
      break;
    // (A cut can end on a space, which the collapsed text drops.)
    if (copy.empty() && (!CollapsedTextInto(e, kExcerptSameOpening, kStatMaxNodes, &copy) ||
                         copy.size() + 1 < kExcerptSameOpening))
      return 0;
    if (!CollapsedTextInto(s, kExcerptSameOpening, kStatMaxNodes, scratch) || *scratch != copy) break;
    marked[found++] = s;
  }
  for (int k = 0; k < found; ++k) facts_[marked[k]->eid].flags |= kSoft | kNegative;
  return found;
}

// Whether a "Read more" toggle among the kRevealLookSiblings element
// siblings on either side of hidden `e` names it in its aria-controls (the
// ARIA disclosure pattern: "<button aria-controls=more-1
// aria-expanded=false>Read more</button><div id=more-1 hidden>"). A
// read-more plugin wraps the two in a box of their own, below the shown
// first part of the text: the link between them says what the toggle
// opens, where the box around them shows nothing more.
bool ContentExtractor::RevealToggleControls(const Node* e, std::string* scratch) const {
  const std::string_view id = Trim(e->Attr("id"));
  if (id.empty()) return false;
  for (const bool after : {true, false}) {
    const Node* s = after ? e->next : e->prev();
    for (int seen = 0; s && seen < kRevealLookSiblings; s = after ? s->next : s->prev()) {
      if (!s->is_element()) continue;
      ++seen;
      if (facts_[s->eid].flags & kHidden) continue;
      const bool names = AnySpaceToken(s->Attr("aria-controls"), [&](std::string_view w) { return w == id; });
      if (names && CollapsedTextInto(s, 64, kStatMaxNodes, scratch) && IsRevealToggleLine(*scratch))
        return RevealLeadBefore(e, s) && !RevealRestRefused(e, scratch);
    }
  }
  return false;
}

// Whether shown prose stands just before the box of a toggle `t` and the
// hidden rest `e` it opens (the first part of the same text): the element
// before that box, or before the first of the two inside it, shown, of
// kRevealLeadMinText word characters or more, mostly not links.
bool ContentExtractor::RevealLeadBefore(const Node* e, const Node* t) const {
  auto prose = [&](const Node* n) {
    while (n && !n->is_element()) n = n->prev();
    if (!n) return false;
    const Facts& f = facts_[n->eid];
    return !(f.flags & (kHidden | kSoft | kHardDrop)) && f.text >= kRevealLeadMinText && 2 * f.link < f.text;
  };
  const Node* first = e;
  for (const Node* c = e->parent ? e->parent->first_child : nullptr; c; c = c->next)
    if (c == e || c == t) { first = c; break; }
  return prose(first->prev()) || (e->parent && prose(e->parent->prev()));
}

// Whether hidden `e` is no rest of a text whatever toggle opens it: fine
// print or a sign-up by its class words, its hints or its words, or it holds
// a form control. (kRevealRestLookNodes nodes read.)
bool ContentExtractor::RevealRestRefused(const Node* e, std::string* scratch) const {
  int seen = 0;
  for (const Node* d = e; d && seen < kRevealRestLookNodes; d = NextInTree(d, e)) {
    if (!d->is_element()) continue;
    ++seen;
    if (facts_[d->eid].hints & (kHintBoilerplate | kHintWeakBoilerplate | kHintCallToAction | kHintNeverContent | kHintAd))
      return true;
    if (NamesNotRevealRest(d->Attr("class"), d->Attr("id"))) return true;
    if (d->tag == TagId::kForm || d->tag == TagId::kInput || d->tag == TagId::kSelect ||
        d->tag == TagId::kTextarea)
      return true;
  }
  CollapsedTextInto(e, kRevealRestReadBytes, kRevealRestLookNodes, scratch);
  return IsPromoLine(*scratch, /*offers=*/true) || IsFinePrintText(*scratch);
}

// A short line of plain text (no link, no blocks inside) that opens its
// container, with links after it: a widget's title styled as a heading
// ("<p class=title>Frequently bought together</p>" over the cards). Looks at
// two siblings at most.
// With `any_rest`, whatever follows but prose: the line's own words must
// then name furniture outright (IsFurnitureHeadingPrefix: "Your recently
// viewed items" over the tab bar of a history strip). A paragraph after it
// (a <p> of kLeadRestMaxProse bytes of unlinked text, among kLeadRestLook
// siblings)
// makes it a sentence of a description ("Complete the look with our
// scarf." over the product's words).
bool ContentExtractor::LeadsLikeAHeading(const Node* n, bool any_rest) const {
  const Facts& f = facts_[n->eid];
  if (!(f.flags & kOwner) || f.text == 0 || f.own_text != f.text || f.link > 0) return false;
  const Node* prev = n->prev();
  if (prev && prev->is_text() && Trim(prev->data).empty()) prev = prev->prev();
  if (prev) return false;
  const Node* next = n->next;
  if (next && next->is_text() && Trim(next->data).empty()) next = next->next;
  if (!next || !next->is_element()) return false;
  // (The box holds more than the line: a line alone in its box, the rest
  // a form's controls, would climb to the wrapper around it.)
  if (any_rest) {
    if (facts_[n->parent->eid].text <= f.text) return false;
    int k = 0;
    for (const Node* s = next; s && k < kLeadRestLook; s = s->next) {
      if (!s->is_element()) continue;
      ++k;
      const Facts& g = facts_[s->eid];
      if (s->tag == TagId::kP && g.text > g.link + kLeadRestMaxProse) return false;
    }
    return true;
  }
  // What follows is made of links (cards, a list of items), not prose: a
  // "Share this:" label over the story is no widget's title.
  const Facts& p = facts_[n->parent->eid];
  const uint32_t rest = p.text - f.text;
  return rest > 0 && p.link * 3 >= rest;
}

void ContentExtractor::Aggregate(const ContentContext& ctx) {
  // Own values, then subtree sums bottom-up (reverse preorder visits
  // children before parents).
  for (const Node* e : order_) {
    Facts& f = facts_[e->eid];
    // A table of data: its linked cells are its data, not links away (see
    // IsHeadedDataTable), for its value and for its wrappers' link share.
    if (e->tag == TagId::kTable && f.own_link && IsHeadedDataTable(e)) f.own_link = 0;
    if (f.own_text) f.value = BlockValue(f.own_text, f.own_link, e->tag, TuningFor(ctx.favor));
  }
  double never_good = 0;  // prose of the outermost never-content elements
  size_t headed_lists = 0;  // lists of cards under linked headlines (see IsTeaserList)
  for (size_t i = order_.size(); i-- > 0;) {
    const Node* e = order_[i];
    Facts& f = facts_[e->eid];
    f.text += f.own_text;
    f.link += f.own_link;
    if (f.value > 0) f.good += f.value;
    // A subheading that is all link to another page: a teaser's headline.
    // (<h2> to <h6>: the headings a card's title is set in; the page's own
    // headline is its <h1>.)
    if (f.text > 0 && f.link * 10 >= f.text * 9 && IsCardHeadline(e, f) && LinksAway(e, f.flags & kInLink))
      f.flags |= kHasLinkedHead;
    // A <header> inside <main> or a section that holds the site's menu (a
    // <nav> of many links) is the page's own banner after all: an app that
    // wraps the whole page in <main> puts it there. (A story's header holds
    // at most a breadcrumb trail, or its table of contents: the header of
    // an <article> is the story's.)
    if (e->tag == TagId::kNav && f.links >= kMenuMinLinks) f.flags |= kHasMenu;
    if (e->tag == TagId::kHeader && (f.flags & kHasMenu) && !(f.flags & kStructural) &&
        !e->parent->Is(TagId::kArticle))
      f.flags |= kSoft | kStructural;
    // A live region's status message ("Item added to your cart") is chrome
    // when it is a line, or holds no prose (a price box's labels and
    // badges); a box of prose so marked (an article's update paragraph) is
    // judged like any other. Its text is complete here.
    if ((f.flags & kStatus) && (f.text <= kStatusLineMaxText || f.good < kStatusProseMinGood))
      f.flags |= kSoft | kRole;
    // Children are complete here (reverse preorder): look for teasers.
    // (On a signed story too: see ContentContext::signed_story.)
    bool headed = false;
    const bool teasers = (ctx.article || ctx.signed_story) && !(f.flags & kSoft) && IsTeaserList(e, &headed);
    if (teasers) f.flags |= kSoft | kTeaser;
    else if (headed) f.flags |= kHeadedTeasers, ++headed_lists;
    // On an article a call-to-action box (a pitch for the site's product,
    // a sign-up) is boilerplate, judged like a boilerplate word.
    if (IsStoryCallToAction(ctx, f.hints, f.flags) && !(f.hints & kHintArticleBody)) f.flags |= kSoft;
    if ((f.flags & kPriced) && (ctx.product || (!ctx.article && !ctx.discussion))) {
      // One grouping of the children gives both: the longest run of priced
      // cards (a category's grid, see Extract), and whether a run is a
      // shelf of other products (a few cards: "similar items", "customers
      // also viewed", "complete the look"; the product's own text does not
      // come as a row of priced cards). Cards holding most of the page's
      // text are the page: a category page whose markup declares its
      // products. On an undeclared page only the grid is noted (see
      // BuildBody's repeats): its rows are the page's own list.
      NotePricedRuns(e, f, /*shelves=*/ctx.product);
    }
    Facts& p = facts_[e->parent->eid];
    if ((f.flags & kInNever) && !(p.flags & kInNever)) never_good += f.good;
    p.flags |= f.flags & (kPriced | kHasMenu | kHasH1 | kHasLinkedHead | kQAPost);
    p.text += f.text;
    p.link += f.link;
    p.good += f.good;
    p.links = uint16_t(std::min<uint32_t>(65535u, uint32_t(p.links) + f.links));
    p.controls = uint16_t(std::min<uint32_t>(65535u, uint32_t(p.controls) + f.controls));
  }
  total_good_ = facts_[kDocumentEid].good;

  // Lists of cards under linked headlines with excerpts (see IsTeaserList)
  // are other posts beside the story when they hold a small part of the
  // page's text (and no paragraph of the story follows them); a page made
  // of them (an index of reviews that sites type "article") is its cards.
  // (One pass, only when there are such lists: the outermost lists kept,
  // their text summed.)
  if (headed_lists) {
    uint32_t headed_text = 0;
    std::vector<const Node*> outermost;
    for (const Node* e : order_) {
      Facts& f = facts_[e->eid];
      if (f.flags & kHeadedTeasers) {
        if (!(facts_[e->parent->eid].flags & kHeadedTeasers)) {
          headed_text += f.text;
          outermost.push_back(e);
        }
      } else {
        f.flags |= facts_[e->parent->eid].flags & kHeadedTeasers;
      }
    }
    if (uint64_t(headed_text) * kHeadedTeaserPageShare <= page_text_)
      for (const Node* e : outermost) {
        Facts& f = facts_[e->eid];
        // (A paragraph of the story after it, among its next
        // kTeaserListNextSiblings nodes: a list between the story's
        // paragraphs is the story's own roundup, its picks under linked
        // headings, not other posts beside it.)
        if (!(f.flags & kSoft) &&
            !ParagraphNear(e, /*after=*/true, kTeaserListNextSiblings, kFollowingParagraphMinText, kSoft))
          f.flags |= kSoft | kTeaser;
      }
  }

  // An FAQ's answer collapsed without ARIA or a panel class: a hidden
  // element right after a short question ("What does it cover?") is that
  // question's panel. (Only hidden elements look back, one sibling, a few
  // nodes read.) Not on articles: there a hidden box after a rhetorical
  // question ("So what comes next?") is a paywall's or a login's.
  // (The element before hidden `e` when it may be a question: a short
  // shown line.)
  auto question_before = [&](const Node* e) -> const Node* {
    const Node* q = e->prev();
    while (q && !q->is_element()) q = q->prev();
    if (!q || facts_[q->eid].text == 0 || facts_[q->eid].text > kQuestionMaxText ||
        (facts_[q->eid].flags & (kHidden | kSoft)))
      return nullptr;
    return q;
  };
  std::string scratch;
  // A tabbed box's hidden panels (IsHiddenTab), on any page but a thread.
  if (!ctx.discussion)
    for (const Node* e : order_) {
      Facts& f = facts_[e->eid];
      if ((f.flags & (kHidden | kPanel)) == kHidden && f.text >= kPanelMinText && IsHiddenTab(e)) f.flags |= kPanel;
    }
  if (!ctx.article)
    for (const Node* e : order_) {
      Facts& f = facts_[e->eid];
      if ((f.flags & (kHidden | kPanel)) != kHidden || !f.text) continue;
      if (const Node* q = question_before(e);
          q && CollapsedTextInto(q, 4 * kQuestionMaxText, kStatMaxNodes, &scratch) && IsQuestionLine(scratch)) {
        f.flags |= kPanel;
        continue;
      }
      // The whole of a clamped text: a hidden element that opens as the
      // shown text beside it opens, and is longer (a shop's description
      // clamped by script, "<span class=excerpt>First lines...</span><span
      // class='copy hidden'>First lines and the rest</span>", a theme's
      // excerpt for each screen size before it). The copy is the text,
      // judged as a shown box (as its excerpt was), and the excerpts go.
      // (Not on threads: see below.)
      if (!ctx.discussion && f.text >= kHiddenCopyMinText && MarkExcerptsOf(e, &scratch)) {
        f.flags &= ~uint32_t(kSoft | kHidden);
        continue;
      }
      // The rest of a clamped text: a hidden element beside a "Read more"
      // toggle, in a box that shows the text's first part (a shop's or a
      // service's description, the publisher's review under a book's blurb:
      // "<p>First lines</p><div style=display:none>The rest</div><a
      // role=button>Read more</a>"). It is a panel one click away, kept like
      // an accordion's when it is prose (IsProsePanel). Not on articles or
      // threads: there a hidden box beside "Read more" is a paywall's or a
      // collapsed post's. (Only hidden elements look, kRevealLookSiblings
      // element siblings on each side, a few nodes read.)
      // (Or a toggle that names it by aria-controls, in a box of their own:
      // RevealToggleControls.)
      if (!ctx.discussion && f.text >= kPanelMinText && e->parent &&
          ((facts_[e->parent->eid].text > f.text + kRevealToggleMaxText &&
            (RevealToggleBeside(e, /*after=*/true, &scratch) || RevealToggleBeside(e, /*after=*/false, &scratch))) ||
           RevealToggleControls(e, &scratch)))
        f.flags |= kPanel;
    }

  // Soft boilerplate stays boilerplate unless it holds most of the page's
  // prose (a "sidebar-layout" wrapper around everything, say). Tags, roles
  // and hiding are judged first, against all the prose of the page but
  // what never is content (a consent manager's pages of cookie policy do
  // not make a thread in a <form> look small); class words then against
  // the prose those leave (so a mega-menu full of text does not shrink
  // every share).
  const uint32_t kByMarkup = kStructural | kHidden | kRole | kTeaser;
  std::string consent_scratch;
  const bool list_page = ctx.NoDeclaredKind();
  // An element that is one of a series of cards: kSeriesMinCards siblings
  // of its signature or more (tag and class) among the kSeriesLook nodes on
  // each side, or the same for a wrapper that holds just its text. Bounded:
  // 2 * kSeriesLook nodes at each of 1 + kSeriesLevels levels.
  auto InSeries = [&](const Node* e) {
    auto in_series = [&](const Node* x) {
      if (x->Attr("class").empty()) return false;
      int same = 0, k = 0;
      for (const Node* s = x->prev(); s && k < kSeriesLook; s = s->prev(), ++k) same += s->is_element() && SameSignature(s, x);
      k = 0;
      for (const Node* s = x->next; s && k < kSeriesLook; s = s->next, ++k) same += s->is_element() && SameSignature(s, x);
      return same + 1 >= kSeriesMinCards;
    };
    if (in_series(e)) return true;
    // A card alone in its item ("li.item > div.promo"): the items are the
    // series (up to kSeriesLevels wrappers that hold just its text).
    const Node* p = e->parent;
    for (int up = 0; up < kSeriesLevels && p && p->is_element() && facts_[p->eid].text == facts_[e->eid].text;
         ++up, p = p->parent)
      if (in_series(p)) return true;
    return false;
  };
  // The prose of `e` and its siblings of one signature (tag and class)
  // among the kSeriesLook nodes on each side, when kRoundupMinEntries of
  // them at least stand there (a series of entries); else 0. Bounded.
  auto SeriesGood = [&](const Node* e) {
    if (e->Attr("class").empty()) return 0.0;
    double good = facts_[e->eid].good;
    int same = 1, k = 0;
    for (const Node* s = e->prev(); s && k < kSeriesLook; s = s->prev(), ++k)
      if (s->is_element() && SameSignature(s, e)) good += facts_[s->eid].good, ++same;
    k = 0;
    for (const Node* s = e->next; s && k < kSeriesLook; s = s->next, ++k)
      if (s->is_element() && SameSignature(s, e)) good += facts_[s->eid].good, ++same;
    return same >= kRoundupMinEntries ? good : 0.0;
  };
  // Whether an element child of `e` is a filter panel of its own (a filter
  // word) that holds at least half of `e`'s choice controls, at most a
  // third of its text and few links, the rest of `e` (the results) a third
  // links or more. (A <form> is the panel itself, its groups inside; a
  // sidebar, an <aside> or a box so named, holds the panel beside lists of
  // its own, never the results.)
  auto WrapsFacetPanel = [&](const Node* e, const Facts& f) {
    if (e->Is(TagId::kForm) || e->Is(TagId::kAside)) return false;
    if (NamesSidebar(e->Attr("class"), e->Attr("id"))) return false;
    for (const Node* c = e->first_child; c; c = c->next) {
      if (!c->is_element()) continue;
      const Facts& cf = facts_[c->eid];
      if ((cf.hints & kHintFacet) && cf.controls * 2 >= f.controls && cf.text * 3 <= f.text && cf.link * 2 <= cf.text &&
          (f.link - cf.link) * 3 >= f.text - cf.text)
        return true;
    }
    return false;
  };
  auto decide = [&](const Node* e, Facts& f, double total) {
    const double share = total > 0 ? f.good / total : 0;
    // An AI's digest of the reviews (see MarkAiReviewSummary) goes, unless
    // it holds most of the page's text.
    if (f.flags & kAiSummary) {
      if (uint64_t(f.text) * 2 < page_text_) f.flags |= kNegative;
      return;
    }
    // On a thread, a boilerplate word on a box that is all the linked name
    // of a post's poster (vBulletin 4's member menu, "div.popupmenu
    // memberaction" around "a.username") is the poster's cell: the name
    // stays. (All link: a log-in box's "Username" field has its labels.)
    if (ctx.discussion && f.links > 0 && f.link >= f.text && f.text <= kPosterCellMaxText &&
        HoldsPosterHint(e, [&](const Node* n) { return facts_[n->eid].hints; }))
      return;
    // A navigation word binds when the element is navigation: links, or
    // inside the page's chrome. A "nav" or "menu" class on prose (a
    // scroll-spy section, a tabbed FAQ) is judged like a weak word.
    // (Not on a row of priced product cards off an article or a thread: a
    // shop's carousel whose class styles its arrows, "dark-nav-btns",
    // "nav-arrows", is its products; a menu prints no prices. Grouped only
    // for such an element.)
    bool few_cards = false;
    const bool shop_row = (f.hints & kHintNavigation) && (f.flags & kPriced) && !ctx.article && !ctx.discussion &&
                          !(f.flags & kInChrome) && PricedRun(e, &few_cards) > 0;
    // A titled shelf of picture tiles inside the <main> landmark of a page
    // declared no article, thread or product (a shop's "Shop by brand"
    // section that its design system calls a picture navigation) is noted,
    // the first one: a body left short without it is built again with the
    // shelves when it lies in the roots (see Extract).
    // (The landmark and the box's children are read for a navigation-named
    // box only.)
    if ((f.hints & kHintNavigation) && list_page && !picture_shelf_ && main_landmark_ && !(f.flags & kInChrome) &&
        IsWithin(e, main_landmark_) && IsPictureShelf(e))
      picture_shelf_ = e;
    const bool navigation =
        (f.hints & kHintNavigation) && !shop_row && (f.link * 3 >= f.text || (f.flags & kInChrome));
    // A filter word binds on a panel of choices: checkboxes, radio buttons
    // or selects, a few words each (a colour, a size, a price range). Its
    // labels outweigh the linked product cards it filters, so it is judged
    // by its share of the page's text: a wrapper around the panel and the
    // results holds most of it. A filter word on anything else binds only
    // if weak.
    // (Not a wrapper named for its panel, "search-facets-left" around the
    // panel and the results: a child that is itself a filter panel holds
    // most of its controls, and binds alone. The wrapper's filter word, and
    // no other, is then no mark.)
    if ((f.hints & kHintFacet) && f.controls >= kFacetMinControls && WrapsFacetPanel(e, f)) {
      if (!(f.hints & (kHintBoilerplate | kHintNavigation | kHintRelated | kHintComments | kHintAd))) return;
    } else if ((f.hints & kHintFacet) && f.controls >= kFacetMinControls &&
               f.text <= kFacetTextPerControl * uint32_t(f.controls) && f.text * 2 <= page_text_) {
      f.flags |= kNegative;
      return;
    }
    // A docs page's callout in Hugo Learn's "notices" box that opens with
    // its label ("Info", "Warnung"), set among the text's paragraphs, is
    // the text's own note (a forum's "ul.notices" of announcements opens
    // with none). (Class read only for a boilerplate box off threads.)
    if ((f.hints & kHintBoilerplate) && !ctx.discussion && NamesNoticesBox(e->Attr("class")) &&
        OpensWithAdmonitionLabel(e, &scratch) && SetAmongProse(e))
      return;
    // A pay-later word names a price note ("or 4 payments of $12.50 with
    // Klarna"): off a product page, a box so named that holds more than
    // such a note (an article's worked example of a pay-later plan) is the
    // text's own section. (Class and id read only for such a box.)
    // A "usp" word names the shop's selling points ("Free returns", "2 year
    // warranty"): a box so named whose lines do not read so (a carrier's
    // "usps" section of prose, a list of the product's own features) is
    // text.
    const bool bp_word = (f.hints & kHintBoilerplate) &&
                         (ctx.product || f.text <= kPriceNoteMaxText || !NamesPayLater(e->Attr("class"), e->Attr("id"))) &&
                         (!NamesUsp(e->Attr("class"), e->Attr("id")) || UspBoxSellsTheShop(e));
    const bool strong = (f.flags & kByMarkup) || bp_word || navigation ||
                        IsStoryCallToAction(ctx, f.hints, f.flags);
    // Without a single link, a navigation word names no navigation: prose
    // under it (a scroll-spy target, "nav-source") is a section.
    // (Nor, off stories and threads, do the parts of a series that the word
    // names too: a restaurant's "menu-block" of dishes, each a linkless
    // "menu-item" of a "menu-item-title" and a "menu-item-description", a
    // run of kRoundupMinEntries items or more whose prose together is a
    // section's, is the page's text, item by item, with each item's parts
    // up to kProseNavLevels below it. A drawer's labels, "Home", "Our
    // breads", are a series of too little prose.)
    auto in_prose_series = [&] {
      int up = 0;
      for (const Node* a = e; a && a->is_element() && up <= kProseNavLevels; a = a->parent, ++up) {
        const Facts& af = facts_[a->eid];
        if (af.links || !(af.hints & kHintNavigation)) return false;
        if (SeriesGood(a) >= kNavProseMinGood) return true;
      }
      return false;
    };
    const bool prose_nav =
        (f.hints & kHintNavigation) && f.links == 0 &&
        (f.good >= kNavProseMinGood || (!(f.flags & kInChrome) && !ctx.article && !ctx.discussion && in_prose_series()));
    // Nor does it name one on a list of prices without a link (a site
    // builder's "Menu" section holding a plumber's rates or a café's
    // dishes, GoDaddy's "widget-menu"): a navigation menu prints no prices.
    // (Its prices read from its first kPriceMenuNodes nodes, only for such
    // a box: off product and list pages no price is noted at Classify.)
    const bool price_menu = (f.hints & kHintNavigation) && f.links == 0 && f.text >= kPriceMenuMinText &&
                            !(f.flags & kInChrome) && !ctx.article && !ctx.discussion && ListsPrices(e);
    if (!strong && (price_menu || (!(f.hints & kHintWeakBoilerplate) &&
                                   ((f.hints & kHintNavigation) == 0 || prose_nav || shop_row))))
      return;
    if (!strong) {
      // A docs page's note or warning in Bootstrap's alert box ("alert
      // alert-info"), set between the text's paragraphs: the text's own
      // callout, like an admonition (a notice atop a page or a post, an
      // error slot, stands elsewhere).
      // (So are the box's parts that a design system names after it,
      // "usa-alert__body", "usa-alert__text": up to kAlertPartLevels above.)
      if (!ctx.discussion && !ctx.article) {
        // (The loop ends on the box, or past kAlertPartLevels on a node not
        // read: that one is not tested again.)
        const Node* box = e;
        int up = 0;
        while (box && box->is_element() && up <= kAlertPartLevels && !IsAlertCalloutClass(box->Attr("class")))
          box = box->parent, ++up;
        if (up <= kAlertPartLevels && box && box->is_element() && SetAmongProse(box)) return;
      }
      // An alert box of any variant that opens with a callout's label
      // ("<strong>Tip</strong>", "Note:") is the text's note, wherever it
      // stands (a wiki's tip box before a command box).
      if (!ctx.discussion && InLabelledAlert(e, &scratch))
        return;
      // Weak words only: boilerplate when it looks like it. Outside articles,
      // threads and products, one of a series of cards is a card of the
      // page's list (a news hub's "div.PagePromo" items), not a promotion
      // beside it, and so is what it holds; related-content and navigation
      // words still bind (a row of "teaser" boxes under a page is its
      // "more stories"; a mega-menu's panels are the menu).
      // (On a CMS's archive page, "path-taxonomy", "archive", a series of
      // <article> teasers is the loop of posts the page lists, whatever its
      // class says: Drupal classes each "node--view-mode-teaser".)
      const bool archive_post = archive_body_ && e->tag == TagId::kArticle && !(f.hints & kHintNavigation);
      // (So is a series of cards a related word names, "teaser" boxes, that
      // holds half the page's prose or more: the page's own list, Drupal's
      // "node--view-mode-teaser" rows of a view, AEM's teaser components in
      // a grid; a related block beside a story holds a sliver of it.)
      // (The series' box: the card's parent, or a wrapper's that holds just
      // the card's text, "div.views-row > article".)
      auto teaser_list = [&] {
        if (!(f.hints & kHintRelated) || (f.hints & kHintNavigation) || total <= 0) return false;
        const Node* card = e;
        for (int up = 0; up < kSeriesLevels && card->parent && card->parent->is_element() &&
                         facts_[card->parent->eid].text == facts_[e->eid].text;
             ++up)
          card = card->parent;
        const Node* box = card->parent;
        return box && box->is_element() && facts_[box->eid].good * 2 >= total;
      };
      if (list_page && (!(f.hints & (kHintRelated | kHintNavigation)) || archive_post || teaser_list()) &&
          ((f.flags & kInCard) || InSeries(e))) {
        f.flags |= kInCard;
        return;
      }
      // The box that holds the page's one <h1> heads the page (a category
      // page's banner: its name over a line of intro), unless it is mostly
      // links (a masthead whose logo is the <h1>).
      if (list_page && (f.flags & kHasH1) && h1s_ == 1 && f.link * 3 <= f.text) return;
      // On a page of links with next to no prose (a category page's grid,
      // a link hub), a share of the prose says little: a cookie notice's
      // two sentences, a sidebar's widget title, can be most of it. There
      // the box's share of the page's text decides too: a box with most of
      // the text stays, a box with a sliver of it goes whatever its prose.
      // Between the two the prose share still rules, since the page's text
      // counts its menus and footer (a "content-sidebar-wrap" holding the
      // grid holds less than half of a page with a big menu).
      bool weak = share <= 0.5;
      if (list_page && total < kLinkPageMaxProse) {
        const double text_share = page_text_ > 0 ? double(f.text) / page_text_ : 0;
        weak = text_share <= 0.5 && (weak || text_share <= kLinkPageSliver);
      }
      // On a product page the theme's sidebar column beside the product
      // (WordPress's "#sidebar" of widgets: a reviews badge, a store's
      // testimonials, its categories) is the shop's, whatever prose its
      // widgets hold, unless it holds most of the page's prose. A column
      // that holds the product itself (its <h1> or its buy form: a theme's
      // "product-sidebar" or "product-single__sidebar" beside the gallery,
      // its title, price and description) is none. (A price alone is no
      // sign: a column of the product's variations or of other products
      // prices each.) (Class and id read only for such a box; its subtree
      // only when it names a sidebar.)
      if (weak && ctx.product && !(f.flags & kHasH1) && NamesSidebar(e->Attr("class"), e->Attr("id")) &&
          !HoldsBuyControl(e, &scratch)) {
        f.flags |= kNegative;
        return;
      }
      // Without a single link, a weak related-content word ("teaser": a
      // CMS's card component, AEM's "cmp-teaser") leads nowhere: off
      // stories, threads and products such a box (a heading and its
      // paragraph, no "Learn more") is one of the page's own feature
      // blocks, not a pointer to another page. (Like prose_nav above. On a
      // story a link-free teaser may be its standfirst printed again. A
      // badge so named, "Popular" over a plan's card, is no block.)
      if (weak && (f.hints & kHintRelated) && f.links == 0 && f.good >= kLinklessTeaserMinGood && !ctx.article &&
          !ctx.signed_story && !ctx.discussion && !ctx.product)
        return;
      // A weak word on one titled section of a text made of sections (see
      // IsTitledSectionAmongSections) names what the section is about
      // ("subscription" terms, a restaurant's "menu"), not a box beside
      // the text. (Not on a thread, in the page's chrome or on a section
      // of links, a shelf.)
      if (weak && !ctx.discussion && !(f.flags & kInChrome) && f.link * 3 <= f.text &&
          f.good >= kTitledSectionMinGood && IsTitledSectionAmongSections(e))
        return;
      if (weak && (f.good < 300 || f.link * 3 > f.text)) f.flags |= kNegative;
      return;
    }
    // The page's footer (contact details, disclaimers) can outweigh a short
    // article; only a footer holding nearly all the prose is a wrapper. A
    // consent manager or a widget vendor's box is never the page, however
    // much of its prose it holds (a privacy centre's purposes outweigh a
    // grid of linked cards).
    if (f.hints & kHintNeverContent) {
      f.flags |= kNegative;
      return;
    }
    // A shelf of other products (see NotePricedRuns) can outweigh a terse
    // product, its cards' hidden "why this ad" boxes included.
    const bool shelf = ctx.product && (f.flags & kTeaser);
    // A roundup's entries named like user reviews ("div.profile.reviews"
    // per reviewed business, each under its linked heading): a series of
    // such boxes, together a third of the page's prose or more (the rest:
    // the roundup's own sections between its lists), is the page, not the
    // customer reviews beside it. (Class words only; not on threads, where
    // replies are content anyway; nor a blog's comments, each under its
    // commenter's linked name: named comments, or in a comment section.)
    if ((f.hints & kHintComments) && !(f.flags & kByMarkup) && (f.flags & kHasLinkedHead) && !ctx.discussion &&
        SeriesGood(e) * kRoundupShareDivisor > total && !InCommentBox(e))
      return;
    const double keep_share = (f.flags & kPageFooter) ? 0.9 : (f.hints & kHintComments) || shelf ? 0.8 : 0.5;
    // Under a story (declared, or dated and signed in view) the readers'
    // comments are never the page, however much they outweigh it: a story's
    // worth of prose outside them is the text.
    const bool story_comments = (f.hints & kHintComments) && !ctx.discussion && (ctx.article || ctx.signed_story) &&
                                total - f.good >= kStoryBesideCommentsMinProse;
    // On a page of links with next to no prose (a sitemap, a link hub, a
    // shop's "page not found") a box of chrome can hold all the prose there
    // is: the footer's address line, an announcement bar's "Free shipping
    // over 49 €". There, as for weak words above, the page's text decides
    // too, and such a box holding under half of it is chrome.
    const bool link_page_chrome = list_page && total < kLinkPageMaxProse && uint64_t(f.text) * 2 < page_text_;
    if (share <= keep_share || (story_comments && share < 1) || link_page_chrome) f.flags |= kNegative;
    // A consent dialog (cookie settings, their purposes spelled out) can
    // hold most of the prose of a terse page: a dialog over the page that
    // opens on consent is never the page. So is a consent banner classed as
    // boilerplate (a cookie prompt fixed at the bottom) on a page of links
    // whose little prose it outweighs: it holds under half the page's text.
    // The same holds for a newsletter box ("Unlock 15% off when you
    // subscribe", its terms spelled out) over a shop's grid: a sign-up is
    // never the page. (A page wrapper whose text starts with a cookie
    // notice is neither.) Read only here, for such a box that holds most of
    // the prose: a few hundred bytes of a few nodes.
    // On a list page a box over the page (a popup, a modal: a newsletter
    // offer and its fine print) that holds under half the page's text is
    // never the page either, consent or not: its few sentences outweigh a
    // grid of linked cards' prose, not the grid.
    else if (list_page && (f.flags & kDialog) && f.text * 2 < page_text_)
      f.flags |= kNegative;
    else if ((f.flags & kDialog) || ((f.hints & kHintBoilerplate) && f.text * 2 < page_text_)) {
      CollapsedTextInto(e, kConsentReadBytes, kConsentMaxNodes, &consent_scratch);
      // (The newsletter cue only for a box classed as chrome that holds
      // under half the text of a list page: a dialog holding an article
      // whose headline speaks of subscriptions is the page.)
      const bool promo_box = list_page && (f.hints & kHintBoilerplate) && f.text * 2 < page_text_;
      if (IsConsentText(consent_scratch) || (promo_box && IsPromoLine(consent_scratch, /*offers=*/false)))
        f.flags |= kNegative;
    }
  };
  auto exempt = [&](const Facts& f) {
    // On a discussion page the replies are what the reader came for.
    return ctx.discussion && (f.hints & kHintComments) && !(f.flags & kByMarkup) &&
           !(f.hints & (kHintRelated | kHintAd | kHintNeverContent));
  };
  // So is a post the markup declares one (microdata: WoltLab's
  // "article.message.messageSidebarOrientationLeft", its class naming
  // where the poster's column goes): a weak word in its class does not
  // drop a short reply. (One attribute read per item on a thread.)
  auto post_item = [&](const Node* e, const Facts& f) {
    return ctx.discussion && (f.hints & kHintItemtype) && !(f.flags & kByMarkup) &&
           !(f.hints & (kHintBoilerplate | kHintRelated | kHintAd | kHintNeverContent)) &&
           IsForumPostItemtype(e->Attr("itemtype"));
  };
  // (And on a page that declares no story, thread or product, a job
  // board's alert box between its cards alone, "Nie przegap nowych
  // ofert": a newsletter's box there may be the page's own offer.)
  if (!ctx.discussion && !email_inputs_.empty()) {
    if (ctx.article || ctx.signed_story) MarkSignUpBoxes(/*job_alerts_only=*/false);
    else if (ctx.NoDeclaredKind()) MarkSignUpBoxes(/*job_alerts_only=*/true);
  }
  if ((ctx.article || ctx.signed_story) && !ctx.discussion && !ctx.product && radio_inputs_.size() >= 2)
    MarkVoteBoxes();
  if (ctx.article && !ctx.discussion && !ctx.product && !sponsored_links_.empty()) MarkAffiliateBoxes();
  std::string label;  // a hidden panel's label (ShopTermsPanel)
  double markup_negative = 0;
  for (const Node* e : order_) {
    Facts& f = facts_[e->eid];
    const Facts& p = facts_[e->parent->eid];
    if (p.flags & (kNegative | kUnderNeg)) {
      f.flags |= kUnderNeg;
      continue;
    }
    // A collapsed panel holding prose counts as content when the root is
    // chosen too (a guide whose steps are accordion panels).
    if ((f.flags & kSoft) && (f.flags & kByMarkup) && !exempt(f) &&
        (!IsProsePanel(e, f) || (ctx.product && ShopTermsPanel(e, &label)))) {
      decide(e, f, total_good_ - never_good);
      if (f.flags & kNegative) markup_negative += f.good;
    }
  }
  const double plausible = total_good_ - markup_negative;
  plausible_good_ = plausible;
  // The most text of a child of <body> met so far in the walk (order_ is in
  // document order), for ConsentNoticeAfterPage: one look per box, where a
  // look back over its siblings was quadratic in a <body> of 10^5 boxes.
  const Node* body_seen = nullptr;
  uint32_t body_most_text = 0;
  for (const Node* e : order_) {
    Facts& f = facts_[e->eid];
    f.flags &= ~uint32_t(kUnderNeg);
    const Facts& p = facts_[e->parent->eid];
    if (p.flags & (kNegative | kUnderNeg)) f.flags |= kUnderNeg;
    f.flags |= p.flags & kInCard;
    if ((f.flags & (kSoft | kNegative | kUnderNeg)) == kSoft && !(f.flags & kByMarkup) && !exempt(f) &&
        !post_item(e, f))
      decide(e, f, plausible);
    // A cookie notice appended to <body> after the page (a banner fixed at
    // the bottom, with no consent class: "Example uses cookies to ... By
    // using our site, you agree to our Privacy Policy") is never content,
    // whatever root holds it.
    if (e->parent->tag == TagId::kBody) {
      if (e->parent != body_seen) body_seen = e->parent, body_most_text = 0;
      if (!(f.flags & (kNegative | kUnderNeg)) && ConsentNoticeAfterPage(e, body_most_text, &consent_scratch))
        f.flags |= kNegative;
      body_most_text = std::max(body_most_text, f.text);
    }
  }

  for (size_t i = order_.size(); i-- > 0;) {
    const Node* e = order_[i];
    Facts& f = facts_[e->eid];
    float v = f.value;
    if (f.flags & (kNegative | kUnderNeg)) v = -float(f.own_text);
    f.score += v;
    facts_[e->parent->eid].score += f.score;
    // The references lists' share of the score (see ChooseRoot).
    const bool refs_top = (f.flags & kInRefs) && !(facts_[e->parent->eid].flags & kInRefs);
    facts_[e->parent->eid].refs += refs_top ? std::max(f.score, 0.0f) : f.refs;
  }
}

// Whether `e`, a child of <body>, is a consent notice appended after the
// page: a small box (kConsentNoticeMaxText word characters at most) that
// opens on consent words (IsConsentText: "uses cookies", "By using our
// site, you agree to our Privacy Policy"), after an element sibling that
// holds more text than it (the page: `most_before`, the most text of an
// element sibling before it). A policy page's paragraphs on cookies sit
// inside the page, never in a box of their own under <body>. Bounded: the
// box's opening, kConsentReadBytes of kConsentMaxNodes nodes.
bool ContentExtractor::ConsentNoticeAfterPage(const Node* e, uint32_t most_before, std::string* scratch) const {
  const uint32_t text = facts_[e->eid].text;
  if (text == 0 || text > kConsentNoticeMaxText || most_before <= text) return false;
  CollapsedTextInto(e, kConsentReadBytes, kConsentMaxNodes, scratch);
  return IsConsentText(*scratch);
}

// Whether the first text of `e` (its first child's, a few levels down)
// opens on the first word of one of `authors`: a cheap look before a
// block's words are read for the writer's bio (see decide).
// `first_words` are the authors' first words (AuthorFirstWords), made once
// a page: this is asked of many blocks.
static bool OpensOnAuthorsWord(const Node* e, std::span<const std::string_view> first_words) {
  if (first_words.empty()) return false;
  const Node* n = e->first_child;
  for (int k = 0; n && k < kWriterBioOpenLevels && n->is_element(); ++k) n = n->first_child;
  if (!n || !n->is_text()) return false;
  const std::string_view t = SkipFootnoteMark(n->data);
  for (const std::string_view w : first_words)
    if (t.starts_with(w)) return true;
  return false;
}

// The first word of each of `authors` that has more than one (trimmed),
// into `*out`, for OpensOnAuthorsWord. (Views into `authors`.)
static void AuthorFirstWords(std::span<const std::string> authors, std::vector<std::string_view>* out) {
  out->clear();
  for (const std::string& a : authors) {
    const std::string_view name = Trim(a);
    const size_t space = name.find(' ');
    if (space != std::string_view::npos) out->push_back(name.substr(0, space));
  }
}

// Whether the block `e` sits in a writer's card on a declared article: the
// box just before it (before `e` or a wrapper holding nothing but it,
// kWriterCardLevels up at most) is a short line with a link that opens on
// one of `authors` (the writer's linked name and role, "Jane Doe
// Contributing Writer"), the bio after it. A story's own note on a
// contributor follows a paragraph, not the writer's linked name.
bool ContentExtractor::InWriterCard(const Node* e, std::span<const std::string_view> author_first_words) const {
  const uint32_t text = facts_[e->eid].text;
  for (int up = 0; e && up < kWriterCardLevels; ++up, e = e->parent) {
    if (facts_[e->eid].text != text) return false;
    const Node* prev = e->prev();
    while (prev && !prev->is_element()) {
      if (prev->is_text() && !Trim(prev->data).empty()) return false;
      prev = prev->prev();
    }
    if (!prev) continue;
    const Facts& pf = facts_[prev->eid];
    return pf.links >= 1 && pf.text > 0 && pf.text <= kWriterCardMaxNameText &&
           OpensOnAuthorsWord(prev, author_first_words);
  }
  return false;
}

// Whether the links of list `l` (its first kSiteLinksReadNodes nodes) go
// to pages of the site of `page_url`, three in four at least: relative
// links, or absolute ones to the page's own host ("www." aside). With no
// page address, the one host of the list's absolute links is the site's
// when the page links to it kOwnHostMinLinks more times elsewhere (a
// blog's header and footer links to its own pages).
bool ContentExtractor::LinksStayOnSite(const Node* l, std::string_view page_url) const {
  const std::string_view mine = SiteHost(page_url);
  uint32_t links = 0, own = 0;
  std::string_view other;
  bool one_host = true;
  size_t budget = kSiteLinksReadNodes;
  for (const Node* n = l->first_child; n && budget; --budget, n = NextInTree(n, l)) {
    if (!n->Is(TagId::kA)) continue;
    const std::string_view href = Trim(n->Attr("href"));
    if (href.empty() || href[0] == '#') continue;
    ++links;
    const std::string_view host = SiteHost(href);
    if (!IsAbsoluteHref(href) || (!mine.empty() && EqualsIgnoreCase(mine, host))) {
      ++own;
    } else if (other.empty()) {
      other = host;
    } else if (!EqualsIgnoreCase(other, host)) {
      one_host = false;
    }
  }
  if (links == 0) return false;
  if (own * 4 >= links * 3) return true;
  if (!mine.empty() || !one_host || other.empty()) return false;
  uint32_t seen = 0;
  budget = kOwnHostReadNodes;
  for (const Node* n : order_) {
    if (!budget--) break;
    if (!n->Is(TagId::kA)) continue;
    const std::string_view href = Trim(n->Attr("href"));
    if (IsAbsoluteHref(href) && EqualsIgnoreCase(other, SiteHost(href)) && ++seen >= links + kOwnHostMinLinks)
      return true;
  }
  return false;
}

// Whether a paragraph of a story (a <p> of kStoryParagraphMinText or
// more) comes before `e` in the page: a walk back in document order over
// kStoryBeforeLookNodes nodes at most.
bool ContentExtractor::StoryParagraphBefore(const Node* e) const {
  const Node* n = e;
  for (size_t budget = kStoryBeforeLookNodes; budget; --budget) {
    if (n->prev()) {
      n = n->prev();
      while (n->last_child()) n = n->last_child();
    } else {
      n = n->parent;
      if (!n) break;
    }
    if (n->Is(TagId::kP) && facts_[n->eid].text >= kStoryParagraphMinText) return true;
  }
  return false;
}

// Whether a row of site links `e` comes after the page's content, not as
// it (a "Legal" hub's list of its policies): not a list right under the
// headline (the h1 met among its kSiteLinksLookBack previous siblings
// before any heading of a card), nor the page's only list.
bool ContentExtractor::SiteLinksAfterContent(const Node* e) const {
  int look = kSiteLinksLookBack;
  for (const Node* s = e->prev(); s && look > 0; s = s->prev()) {
    if (!s->is_element()) continue;
    --look;
    if (s->tag == TagId::kH1 || (facts_[s->eid].flags & kHasH1)) return false;
    if (s->tag >= TagId::kH2 && s->tag <= TagId::kH6) break;
    if (s->tag != TagId::kP) break;  // a card, a list: the row is after them
  }
  if (e->tag != TagId::kUl && e->tag != TagId::kOl) return true;
  for (const Node* n : order_)
    if (n != e && (n->tag == TagId::kUl || n->tag == TagId::kOl)) return true;
  return false;
}

bool ContentExtractor::HeadsOwnProse(const Node* e) const {
  // A subheading (<h2>..<h6>, unlinked) of one entry in a feed of them,
  // whose next element is prose: a live blog's entry title over its text ("<h3 class=live-post__title>"
  // then "<div class=live-post__body><p>..."), a section of the story; not
  // the story's headline (an <h1>, or the title reported apart), nor a
  // teaser card's linked headline, nor a widget's title over its links.
  if (!IsHeadingTag(e->tag) || e->tag == TagId::kH1 || !e->parent) return false;
  const Facts& f = facts_[e->eid];
  if (f.link > 0) return false;
  // One entry of a feed of them: the heading's box has a sibling of its
  // markup (another entry) among the kHeadsProseEntryLook elements on
  // either side. (A lone box's label over its text, "Fun fact", stays a
  // label.)
  const Node* box = e->parent;
  bool feed = false;
  for (int side = 0; side < 2 && !feed; ++side) {
    int seen = 0;
    for (const Node* s = side ? box->next : box->prev(); s && seen < kHeadsProseEntryLook && !feed;
         s = side ? s->next : s->prev()) {
      if (!s->is_element()) continue;
      ++seen;
      feed = SameSignature(s, box);
    }
  }
  if (!feed) return false;
  int look = kHeadsProseLook;
  for (const Node* s = e->next; s && look > 0; s = s->next) {
    if (s->is_text()) {
      if (!Trim(s->data).empty()) return false;
      continue;
    }
    if (!s->is_element()) continue;
    --look;
    const Facts& g = facts_[s->eid];
    if (g.text == 0) continue;  // an empty anchor, a figure's image
    // (The entry's writer or stamp between its title and its text, "<div
    // class=entry__byline>Sam Patel</div>": looked past.)
    if ((g.hints & (kHintByline | kHintDate)) && g.text < kStoryParagraphMinText) continue;
    return !(g.flags & (kDroppedFlags | kUnderNeg)) && g.text >= kStoryParagraphMinText &&
           g.link * 4 <= g.text && g.good >= kStoryParagraphMinText;
  }
  return false;
}

bool ContentExtractor::ParagraphNear(const Node* e, bool after, int look, uint32_t min_text, uint32_t skip,
                                     uint32_t skip_hints) const {
  for (const Node* s = after ? e->next : e->prev(); s && look-- > 0; s = after ? s->next : s->prev())
    if (s->is_element() && s->tag == TagId::kP && facts_[s->eid].text >= min_text && !(facts_[s->eid].flags & skip) &&
        (skip_hints == 0 || !(facts_[s->eid].hints & skip_hints)))
      return true;
  return false;
}

const Node* ContentExtractor::ChooseRoot(const Document& doc) {
  const Node* best = nullptr;
  float best_score = -1e30f;
  for (const Node* e : order_) {
    const Facts& f = facts_[e->eid];
    // A references list, or a block whose score is mostly one (its
    // wrapper), is not the body: its citations read as prose, and a list
    // page of linked tables can cite more words than its lead holds.
    if (f.flags & (kNegative | kUnderNeg | kInRefs)) continue;
    if (f.refs > 0 && f.refs * 2 > f.score) continue;
    if (f.score >= best_score) {
      best_score = f.score;
      best = e;
    }
  }
  marked_within_ = nullptr;
  if (!best) return doc.body() ? doc.body() : doc.root();
  // Semantic markup names the body ("articleBody", "entry-content"): when
  // such an element inside the best root holds most of its score, the rest
  // of the root is furniture (teaser feeds, widgets).
  const Node* marked = nullptr;
  float marked_score = 0;
  for (const Node* e : order_) {
    const Facts& f = facts_[e->eid];
    if (f.flags & (kNegative | kUnderNeg)) continue;
    const bool hinted = (f.hints & kHintArticleBody) || e->Attr("itemprop") == "articleBody";
    if (!hinted || f.score < kSemanticShare * best_score || f.score <= marked_score) continue;
    bool inside = false;
    for (const Node* a = e->parent; a; a = a->parent)
      if (a == best) { inside = true; break; }
    if (!inside) continue;
    marked = e;
    marked_score = f.score;
  }
  marked_within_ = marked ? best : nullptr;
  return marked ? marked : best;
}

// A best root that is one section of a longer story (an interactive
// checklist among the story's sections) wins when boilerplate inside the
// other sections (a related-articles box) pulls their common parent just
// below it. An ancestor up to kJoinLevels above the root that scores nearly
// as well and holds kJoinGrowth times its prose is the story: the highest
// such ancestor below <body> becomes the root. The climb is bounded by
// kJoinLevels, so it stays constant per page however deep the nesting.
const Node* ContentExtractor::JoinSections(const Node* root) const {
  const Facts& rf = facts_[root->eid];
  if (rf.score <= 0) return root;
  const Node* joined = root;
  int level = 0;
  for (const Node* a = root->parent; a && level < kJoinLevels; a = a->parent, ++level) {
    const Facts& f = facts_[a->eid];
    if (a->tag == TagId::kBody || (f.flags & (kNegative | kUnderNeg))) break;
    if (f.score >= kJoinScoreShare * rf.score && f.good >= kJoinGrowth * rf.good) joined = a;
  }
  return joined;
}

// On a thread whose best root lies in a post's aside (a signature longer
// than the short posts around it: asides count when the root is chosen),
// the post holding the aside is the root to join from: the aside's parent.
// Bounded: kJoinLevels ancestors.
const Node* ContentExtractor::LeavePostAside(const Node* root) const {
  if (!(facts_[root->eid].flags & kPostAside)) return root;
  const Node* a = root;
  for (int level = 0; a->parent && a->parent->is_element() && level < kJoinLevels; ++level) {
    const Node* parent = a->parent;
    if (parent->Is(TagId::kBody)) return root;
    if (!(facts_[parent->eid].flags & kPostAside)) return parent;
    a = parent;
  }
  return root;
}

// On a thread the best root may be one post (the longest) among its
// siblings: forum software repeats one signature per post (tag and class,
// "article.cPost", "div.post"). The nearest ancestor within kJoinLevels
// that has a sibling of its signature holding prose is a post; their
// parent, the list of posts, becomes the root, however much furniture
// (author panes, toolbars) pulls its score down: that furniture is
// dropped when the body is built. Bounded: kJoinLevels ancestors,
// kPostSiblingLook elements on each side of each. *list_of_posts tells
// whether the root returned is such a list.
const Node* ContentExtractor::JoinPosts(const Node* root, bool* list_of_posts) const {
  *list_of_posts = false;
  // A board that names its list of posts by id (vBulletin's "div#posts",
  // "ol#posts"): wraps each post in classless boxes ("div > div.page >
  // div > div#edit123"), so no two posts share a class signature, and
  // gives every box of the page one class ("tborder": the navbar, the
  // thread's tools, each post). The list is the root: the one around a
  // root inside it (within kJoinLevels), or a child of a root above it
  // that holds most of its prose.
  {
    int level = 0;
    for (const Node* a = root; a && a->is_element() && level <= kJoinLevels; a = a->parent, ++level) {
      if (a->Is(TagId::kBody) || (facts_[a->eid].flags & (kNegative | kUnderNeg))) break;
      if (a->num_attrs && IsPostListId(a->Attr("id"))) {
        *list_of_posts = true;
        return a;
      }
    }
    int look = kPostSiblingLook;
    const Facts& rf = facts_[root->eid];
    for (const Node* c = root->first_child; c && look > 0; c = c->next) {
      if (!c->is_element()) continue;
      --look;
      const Facts& cf = facts_[c->eid];
      if (c->num_attrs && IsPostListId(c->Attr("id")) && !(cf.flags & (kNegative | kUnderNeg)) &&
          cf.good * kPostListShareDen >= rf.good * kPostListShareNum) {
        *list_of_posts = true;
        return c;
      }
    }
  }
  // A root that is already a list of posts (two neighbouring children of
  // one class holding prose, among its first nodes) stays. Neighbouring
  // counts one other such child between them too: posts that alternate
  // with wrappers of a post's nested replies ("article.post",
  // "div.nested-replies", "article.post"...).
  const Node* prev = nullptr;
  const Node* before_prev = nullptr;
  int nodes = 4 * kPostSiblingLook;
  for (const Node* c = root->first_child; c && nodes-- > 0; c = c->next) {
    if (!c->is_element() || facts_[c->eid].good <= 0 || c->Attr("class").empty()) continue;
    if ((prev && SameSignature(prev, c)) || (before_prev && SameSignature(before_prev, c))) {
      *list_of_posts = true;
      return root;
    }
    before_prev = prev;
    prev = c;
  }
  int level = 0;
  for (const Node* a = root; a->parent && level < kJoinLevels; a = a->parent, ++level) {
    const Node* list = a->parent;
    if (list->Is(TagId::kBody) || !list->is_element()) break;
    const Facts& lf = facts_[list->eid];
    if (lf.flags & (kNegative | kUnderNeg)) break;
    if (a->Attr("class").empty()) continue;
    auto post_like = [&](const Node* s) {
      const Facts& sf = facts_[s->eid];
      return s->is_element() && SameSignature(s, a) && sf.good > 0 && !(sf.flags & (kNegative | kUnderNeg));
    };
    // (Elements are counted, kPostSiblingLook of them: the text and
    // comments between posts are not, up to kPostSiblingNodes nodes.)
    bool repeated = false;
    int look = kPostSiblingLook, nodes = kPostSiblingNodes;
    for (const Node* s = a->prev(); s && !repeated && look > 0 && nodes-- > 0; s = s->prev())
      if (s->is_element()) --look, repeated = post_like(s);
    look = kPostSiblingLook, nodes = kPostSiblingNodes;
    for (const Node* s = a->next; s && !repeated && look > 0 && nodes-- > 0; s = s->next)
      if (s->is_element()) --look, repeated = post_like(s);
    if (!repeated) continue;
    *list_of_posts = true;
    return list;
  }
  // A Q&A page's question (the best root when it has one answer, or short
  // ones) and the list of answers after it: their parent holds both.
  level = 0;
  for (const Node* a = root; a->parent && level < kJoinLevels; a = a->parent, ++level) {
    const Node* parent = a->parent;
    if (parent->Is(TagId::kBody) || !parent->is_element() || (facts_[parent->eid].flags & (kNegative | kUnderNeg)))
      break;
    if (!a->is_element() || !IsQuestionId(a->Attr("id"))) continue;
    int look = kPostSiblingLook;
    for (const Node* s = a->next; s && look-- > 0; s = s->next)
      if (s->is_element() && IsAnswerListId(s->Attr("id")) && facts_[s->eid].good > 0 &&
          !(facts_[s->eid].flags & (kNegative | kUnderNeg)))
        return parent;
    break;
  }
  return root;
}

// Whether `e` is an ordered list (of numbered steps), or is or sits in an
// item of one, `kStepLevels` ancestors up at most.
static bool InNumberedStep(const Node* e) {
  constexpr int kStepLevels = 3;
  if (e->Is(TagId::kOl)) return true;
  int level = 0;
  for (const Node* a = e; a && a->is_element() && level <= kStepLevels; a = a->parent, ++level)
    if (a->Is(TagId::kLi) && a->parent && a->parent->Is(TagId::kOl)) return true;
  return false;
}

bool ContentExtractor::StartsCodeBox(const Node* e) const {
  return (e->tag == TagId::kDiv || e->tag == TagId::kCode) && (facts_[e->eid].flags & kInPre) && e->parent &&
         e->parent->is_element() && !(facts_[e->parent->eid].flags & kInPre);
}

// A Q&A page that marks the question and its answers in microdata, one
// Question item around the question's header and the list of Answer items
// (Zhihu's): the answers' list is the best root, and the question's own
// text, its itemprop="text" outside any Answer, stands before it. The
// Question item is looked for kQuestionItemLevels ancestors up; its first
// kQuestionTextLook nodes are read for the text.
const Node* ContentExtractor::QuestionTextOutside(const Node* root) const {
  constexpr int kQuestionItemLevels = 16, kQuestionTextLook = 400;
  constexpr std::string_view kQuestionType[] = {"Question"};
  const Node* item = nullptr;
  int level = 0;
  for (const Node* a = root->parent; a && a->is_element() && level < kQuestionItemLevels; a = a->parent, ++level)
    if (a->num_attrs && a->HasAttr("itemscope") && ItemtypeIs(Trim(a->Attr("itemtype")), kQuestionType, 1)) {
      item = a;
      break;
    }
  if (!item) return nullptr;
  int look = kQuestionTextLook;
  for (const Node* n = item->first_child; n && look-- > 0;) {
    if (n == root || (n->is_element() && n->HasAttr("itemscope"))) {  // the answers; another item
      n = NextSkippingChildren(n, item);
      continue;
    }
    if (n->is_element() && n->num_attrs && EqualsIgnoreCase(n->Attr("itemprop"), "text")) {
      const Facts& f = facts_[n->eid];
      // (An inline item owns no text in the facts: its words are read.)
      // (The first 64 nodes: a rich editor's empty lines may come first;
      // a read that stops at its limit has still read what it passed.)
      std::string words;
      (void)CollapsedTextInto(n, 64, 64, &words);
      return !(f.flags & (kNegative | kUnderNeg | kHidden)) && !words.empty() ? n : nullptr;
    }
    n = NextInTree(n, item);
  }
  return nullptr;
}

// On a thread whose best root is its comment section (a link aggregator's
// post page: "ul.comments" under the post), the opening post stands before
// it, outside: the nearest ancestor within kJoinLevels that holds at least
// kOpeningPostMinGood more prose than the comments (boilerplate aside)
// holds both, and becomes the root. Likewise when the root is a list of
// replies (JoinPosts found posts of one signature in it) and the opening
// post, written by other markup, stands before it: the first ancestor
// within kJoinLevels whose children before the branch that holds the root
// (not boilerplate) hold kOpeningPostMinGood of prose holds both. Only
// prose before the replies counts: a "similar threads" box after them is no
// opening post. Bounded: kJoinLevels ancestors, kOpeningPostLook nodes
// before each.
const Node* ContentExtractor::JoinOpeningPost(const Node* root, bool list_of_posts) const {
  const Facts& rf = facts_[root->eid];
  if (!(rf.hints & kHintComments)) {
    if (!list_of_posts) return root;
    int level = 0;
    for (const Node* a = root; a->parent && level < kJoinLevels; a = a->parent, ++level) {
      const Node* parent = a->parent;
      if (parent->Is(TagId::kBody) || !parent->is_element() || (facts_[parent->eid].flags & (kNegative | kUnderNeg)))
        break;
      double before = 0;
      int look = kOpeningPostLook;
      for (const Node* s = a->prev(); s && look-- > 0; s = s->prev())
        if (s->is_element() && !(facts_[s->eid].flags & (kNegative | kUnderNeg))) before += facts_[s->eid].good;
      if (before >= kOpeningPostMinGood) return parent;
    }
    return root;
  }
  int level = 0;
  for (const Node* a = root->parent; a && level < kJoinLevels; a = a->parent, ++level) {
    const Facts& f = facts_[a->eid];
    if (a->tag == TagId::kBody || !a->is_element() || (f.flags & (kNegative | kUnderNeg))) break;
    if (f.good >= rf.good + kOpeningPostMinGood) return a;
  }
  return root;
}

namespace {

// A byline line's size at most (TrimMetaSeparators parts its name from its date).
constexpr uint32_t kAuthorLineMaxText = 120;
// A byline stands near the headline, before the story: a paragraph of at
// least kStoryParagraphMinText word characters among the line's previous
// kAuthorLinePrevSiblings sibling nodes (text between elements counted)
// means the story has begun (a name then
// is a letter's signature, a quoted writer's line).
constexpr int kAuthorLinePrevSiblings = 12;
// The writers compared at most (a paper's long list of authors).
constexpr size_t kAuthorLineMaxAuthors = 16;

// The most siblings read after a closing credit (ClosesWithCredits).
constexpr int kClosingCreditsMaxAfter = 8;

// Whether credits line `e` closes its box: the element siblings after it
// (kClosingCreditsMaxAfter at most) are credits too (`is_credit`), lines
// `after_ok` lets pass, or hold no text, and the one before it is credits
// or a line that opens on no label (the story's last line: no colon in its
// first bytes, as a fact box's "Titolo: ..." or a sponsor list's "Leading:
// ..." has).
template <typename IsCredit, typename AfterOk>
bool ClosesBox(const Node* e, std::string* scratch, IsCredit is_credit, AfterOk after_ok) {
  int after = 0;
  for (const Node* n = NextElementFrom(e->next); n; n = NextElementFrom(n->next)) {
    if (++after > kClosingCreditsMaxAfter) return false;
    CollapsedTextInto(n, 2 * kAuthorLineMaxText, kLineMaxNodes, scratch);
    if (!scratch->empty() && !is_credit(*scratch) && !after_ok(*scratch)) return false;
  }
  const Node* prev = PrevElementFrom(e->prev());
  if (!prev) return false;
  CollapsedTextInto(prev, 2 * kAuthorLineMaxText, kLineMaxNodes, scratch);
  return is_credit(*scratch) || !OpensOnLabel(*scratch);
}

// Whether closing credit `e` (IsClosingCreditLine) closes its box
// (ClosesBox): only credits after it.
bool ClosesWithCredits(const Node* e, std::span<const std::string> authors, std::string* scratch) {
  return ClosesBox(
      e, scratch, [&](std::string_view l) { return IsClosingCreditLine(l, authors); },
      [](std::string_view) { return false; });
}

// Whether a story's credits line `e` (IsStoryCreditsLine) closes its box
// (ClosesBox): credits after it, or the reporter's contact line ("Reach
// reporter Jane Doe at jdoe@example.com": an address's "@"). (A magazine's
// "Contributors: ..." over their bios is the page's text.)
bool ClosesWithStoryCredits(const Node* e, std::string* scratch) {
  return ClosesBox(e, scratch, [](std::string_view l) { return IsStoryCreditsLine(l); },
                   [](std::string_view l) { return l.size() <= 2 * kAuthorLineMaxText && l.find('@') != l.npos; });
}

// Whether `line` gives only one of `authors`, after a byline's cue ("By")
// or a report's credit with its outlet ("Laporan Wartawan Tribunnews.com,",
// ReportCreditLeadSize) and before a date stamp or a reading time ("Leah
// Brandt Nov 28, 2023 3 min read", "Jane Doe · May 2, 2024"): an article's
// byline line.
bool IsAuthorLine(std::string_view line, std::span<const std::string> authors) {
  line = Trim(line);
  if (std::string_view cued = StripBylineCue(line); !cued.empty()) line = Trim(cued);
  else if (const size_t lead = ReportCreditLeadSize(line); lead > 0) line = Trim(line.substr(lead));
  for (const std::string& a : authors.first(std::min(authors.size(), kAuthorLineMaxAuthors))) {
    if (a.empty() || !line.starts_with(a)) continue;
    std::string_view rest = TrimMetaSeparators(line.substr(a.size()));
    if (rest.empty() || IsDateLine(rest) || IsDateLine(WithoutReadingTime(rest))) return true;
    // (A wire agency credited after the names is the byline's too: "Par
    // Claire Dubois, avec AFP", "Anna Schmidt mit dpa".)
    if (const size_t agency = WireAgencyTailAt(line);
        agency != std::string_view::npos && agency <= a.size() + 2 && TrimMetaSeparators(line.substr(0, agency)) == a)
      return true;
  }
  return false;
}

// A story's meta row's size at most, and its parts after the writers
// (a date, an update, a reading time...).
constexpr uint32_t kMetaRowMaxText = 160;
constexpr int kMetaRowMaxParts = 6;

// Whether `part` (opening on an update cue) is that cue, a stamp's small
// words and one time of day, nothing else (UpdateClockOf).
bool IsUpdateClockPart(std::string_view part) { return UpdateClockOf(part).hour >= 0; }

// Whether `part` of a meta row is a stamp: a date, an update stamp, a
// relative time ("il y a 2 jours") or a reading time; `*dated` is set by
// the first three, `*plain` counts the stamps with no update cue. A stamp
// and its update in one part ("3 мая 2025, 12:00 Обновлено 4 мая 2025,
// 09:15") are judged each.
bool IsMetaRowStamp(std::string_view part, bool* dated, int* plain) {
  part = TrimMetaSeparators(part);
  if (part.empty() || IsReadingTimePart(part)) return true;
  const size_t cue = UpdateCueAt(part);
  if (cue != std::string_view::npos && cue > 0)
    return IsMetaRowStamp(part.substr(0, cue), dated, plain) && IsMetaRowStamp(part.substr(cue), dated, plain);
  if (IsDateLine(part) || IsDateLine(WithoutReadingTime(part)) || RelativeTimeDaysBack(part) >= 0) {
    *dated = true;
    *plain += cue == std::string_view::npos;
    return true;
  }
  // An update of the same day, given by its time alone ("mis à jour à
  // 12h47", "Aggiornato alle 13:40"): a stamp that dates nothing.
  return cue == 0 && IsUpdateClockPart(part);
}

// The place a story's meta row may open on before its date, set as a field
// of its own ("<span class=place>Bruselas</span> <span class=date>07/11/2025
// - 12:20h</span>"): one to three capitalized words of letters (a hyphen
// between them: no punctuation, no digit), right before a digit. Its size
// with the space after it; 0 when the row opens on none.
constexpr int kMetaRowPlaceMaxWords = 3;
size_t MetaRowPlaceSize(std::string_view line) {
  size_t i = 0;
  for (int words = 0; words < kMetaRowPlaceMaxWords && i < line.size(); ++words) {
    const size_t sp = line.find(' ', i);
    if (sp == std::string_view::npos) return 0;
    const std::string_view w = line.substr(i, sp - i);
    const auto c0 = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
    if (!(c0 >= 'A' && c0 <= 'Z') && c0 < 0xC3) return 0;
    for (const char c : w)
      if (!(IsAsciiAlpha(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80)) return 0;
    i = sp + 1;
    if (i < line.size() && IsAsciiDigit(line[i])) return i;
  }
  return 0;
}

// Whether `line` is a story's meta row: the page's writers (after a byline
// cue, joined by "and", "e", "et"...; `*named` set when it names them), then
// only stamps, parted by bullets or dashes ("Di Marco Rossi e Giulia Bianchi
// 12 marzo 2025, ore 09:40", "6 min read · Oct 2, 2025", "Par Jeanne
// Dupont – il y a 2 jours – Mis à jour le 27 novembre"), one date at least
// and one stamp without an update cue at most (two are a range of days:
// "12.01.26 — 10.04.26", a course's term). The writers may be followed by
// the story's filing ("Published in ...") or by the place the story was
// filed from, before its date ("Bruselas 07/11/2025 - 12:20h Actualizada
// 07/11/2025 - 18:05h": MetaRowPlaceSize); or the writers may come last,
// after the stamps and a cue ("03.12.2025 09:15 von Sabine Krämer").
bool IsStoryMetaRow(std::string_view line, std::span<const std::string> authors, bool* named) {
  line = Trim(line);
  if (line.size() > 2 * kMetaRowMaxText || !HasAsciiDigit(line)) return false;
  if (std::string_view cued = StripBylineCue(line); !cued.empty()) line = Trim(cued);
  authors = authors.first(std::min(authors.size(), kAuthorLineMaxAuthors));
  for (size_t i = 0; i < authors.size(); ++i) {
    const std::string* hit = nullptr;
    for (const std::string& a : authors)
      if (!a.empty() && line.starts_with(a)) {
        hit = &a;
        break;
      }
    if (!hit) break;
    *named = true;
    line = TrimMetaSeparators(line.substr(hit->size()));
    if (const size_t sp = line.find(' '); sp != std::string_view::npos && IsNameListJoiner(line.substr(0, sp)))
      line = Trim(line.substr(sp + 1));
  }
  // (The publication or the category it files the story under, a part of
  // its own: "Published in The Engineering Blog · 6 min read · Nov 25,
  // 2025".)
  if (FilingLabelSize(line) > 0) {
    size_t len = 0;
    const size_t cut = MetaRowSeparatorAt(line, &len);
    if (cut == std::string_view::npos) return false;
    line = Trim(line.substr(cut + len));
  }
  auto stamps = [](std::string_view rest) {
    bool dated = false;
    int plain = 0;
    for (int parts = 0; !rest.empty(); ++parts) {
      if (parts >= kMetaRowMaxParts) return false;
      size_t len = 0;
      const size_t cut = MetaRowSeparatorAt(rest, &len);
      if (!IsMetaRowStamp(rest.substr(0, cut), &dated, &plain)) return false;
      rest = cut == std::string_view::npos ? std::string_view() : Trim(rest.substr(cut + len));
    }
    return dated && plain <= 1;
  };
  if (stamps(line)) return true;
  // (The writer last, after a numeric stamp and a byline's cue:
  // "03.12.2025 09:15 von Sabine Krämer (2 Kommentare)", Contao's news
  // line; a count of comments after the name goes.)
  // (Asked only of a line that opens on a digit, a stamp's, and ends on a
  // writer's name or a parenthesis.)
  const bool stamp_first = !line.empty() && IsAsciiDigit(line[0]);
  bool ends_named = stamp_first && !authors.empty() && line.back() == ')';
  for (size_t i = 0; i < authors.size() && !ends_named && stamp_first; ++i)
    ends_named = !authors[i].empty() && line.ends_with(authors[i]);
  if (!*named && ends_named) {
    const std::string_view t = WithoutEngagementTail(line);
    for (const std::string& a : authors) {
      if (a.empty() || t.size() <= a.size() + 2 || !t.ends_with(a) || t[t.size() - a.size() - 1] != ' ') continue;
      const std::string_view head = t.substr(0, t.size() - a.size() - 1);
      const size_t sp = head.rfind(' ');
      if (sp == std::string_view::npos) continue;
      if (StripBylineCue(t.substr(sp + 1)) != a) continue;
      if (stamps(Trim(head.substr(0, sp)))) {
        *named = true;
        return true;
      }
      break;
    }
  }
  // (The place, when the row is no stamps without it: "Oct 11, 2023" opens
  // on a month as a place would.)
  // (A dateline's stamp gives the time too, "07/11/2025 - 12:20h": a label
  // before a bare day, "Premiere 14. März 2026", is a fact of the text.)
  const size_t place = MetaRowPlaceSize(line);
  if (place == 0 || !HasClockTime(line.substr(place))) return false;
  return IsDateLine(line.substr(place)) || stamps(line.substr(place));
}

// Whether `line` is a Chinese or Japanese news page's meta row: its parts
// (parted by spaces, ideographic spaces or bars) are a date or a clock, or
// a labelled field (AfterCjkMetaFieldLabel: "来源：..." source,
// "作者：..." writer, "责任编辑：..." editor) and the words of its value;
// one label and one date at least ("2025-04-18 09:15 来源：... 责任编辑：...",
// "发布时间：2025-04-18 | 来源：...").
bool IsCjkMetaRow(std::string_view line) {
  line = Trim(line);
  if (line.size() > 2 * kMetaRowMaxText || !HasAsciiDigit(line)) return false;
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  bool labelled = false, dated = false, after_label = false;
  while (!line.empty()) {
    size_t cut = line.size(), len = 0;
    for (std::string_view sep : {std::string_view(" "), std::string_view("|"), kIdeographicSpace})
      if (const size_t at = line.find(sep); at < cut) cut = at, len = sep.size();
    const std::string_view part = line.substr(0, cut);
    line = cut == line.size() ? std::string_view() : line.substr(cut + len);
    if (part.empty()) continue;
    bool clock = true;
    for (char c : part) clock &= IsAsciiDigit(c) || c == ':' || c == '-' || c == '/' || c == '.';
    if ((clock && HasAsciiDigit(part)) || IsDateLine(part)) {
      dated = true, after_label = false;
    } else if (const auto value = AfterCjkMetaFieldLabel(part)) {
      labelled = after_label = true;
      dated |= !value->empty() && IsDateLine(*value);
    } else if (!after_label) {
      return false;
    }
  }
  return labelled && dated;
}

// Whether `e` lies in a heading, a few levels down at most (a card's
// title: "<h3><span><a>...</a></span></h3>").
bool InHeading(const Node* e) {
  int up = 0;
  for (const Node* a = e->parent; a && a->is_element() && up < kHeadingWrapperLevels; a = a->parent, ++up)
    if (IsHeadingTag(a->tag)) return true;
  return false;
}

// Whether permalink `e` (IsHeadingPermalink) marks the box it sits in, a
// few levels down at most: a definition term (an API entry's signature),
// a table's or a figure's caption, or an element whose id its fragment
// names ("<div id=listing-1><div class=caption>Config<a href=#listing-1>").
[[gnu::cold]] bool InSelfAnchoredBox(const Node* e) {
  const std::string_view target = e->Attr("href").substr(1);
  int up = 0;
  for (const Node* a = e->parent; a && a->is_element() && up < kHeadingWrapperLevels; a = a->parent, ++up) {
    if (a->tag == TagId::kDt || a->tag == TagId::kCaption || a->tag == TagId::kFigcaption) return true;
    if (!target.empty() && a->Attr("id") == target) return true;
  }
  return false;
}

// Whether one of `e`'s first kStatMaxNodes nodes is a heading: a shop
// card's text box ("<div class=product-caption><h3><a>Gear bag</a></h3>
// <p>...</p> $21.00</div>"), which no image's caption holds.
[[gnu::noinline]] bool HoldsHeading(const Node* e) {
  size_t budget = kStatMaxNodes;
  for (const Node* n = e->first_child; n && budget; --budget, n = NextInTree(n, e))
    if (n->is_element() && IsHeadingTag(n->tag)) return true;
  return false;
}

// Whether `cap`, a <figcaption>, signs a quote: its <figure> holds a
// <blockquote> among its first kStatMaxNodes nodes ("<figure><blockquote>
// Fast, friendly movers.</blockquote><figcaption>— Dana R.</figcaption>
// </figure>", the markup HTML gives a quote's attribution). It names who
// said the quote, not what a picture shows.
[[gnu::cold]] bool SignsFigureQuote(const Node* cap) {
  const Node* fig = cap->parent;
  if (!fig || !fig->is_element() || fig->tag != TagId::kFigure) return false;
  // (A picture right before the caption, no quote between them, makes it
  // the picture's caption: a gallery's, with a post embedded below it. A
  // testimonial's avatar over its quote is no such picture. An embedded
  // post's blockquote, "twitter-tweet", "instagram-media": kHintEmbed, is
  // no quote signed.)
  size_t budget = kStatMaxNodes;
  bool picture_last = false, quote = false;
  for (const Node* n = fig->first_child; n && budget; --budget, n = NextInTree(n, fig)) {
    if (n == cap && picture_last) return false;
    if (!n->is_element()) continue;
    if (n->tag == TagId::kImg || n->tag == TagId::kPicture || n->tag == TagId::kVideo) picture_last = true;
    if (n->tag == TagId::kBlockquote && !(ClassifyClassId(n->Attr("class"), {}) & kHintEmbed))
      quote = true, picture_last = false;
  }
  return quote;
}

// Whether one of `e`'s first kStatMaxNodes nodes is a paragraph: a short
// post's box, its stamp line over its words ("<div><div>Posted May 2</div>
// <p>Thanks, that fixed it</p></div>"), which no stamp line holds.
bool HoldsParagraph(const Node* e) {
  size_t budget = kStatMaxNodes;
  for (const Node* n = e->first_child; n && budget; --budget, n = NextInTree(n, e))
    if (n->is_element() && n->tag == TagId::kP) return true;
  return false;
}

// Whether `e`'s text, read in its first kStatMaxNodes nodes, is stamps
// only: each text node a date line or a time of day (a mail archive's
// message header shows its day twice, long and short for narrow screens,
// and its time on a line of its own: "Tuesday, 20 May 2025" "20 May '25"
// "8:14 a.m."). The day shown twice: a box that shows one stamp is the
// post's dated line, which threads keep.
[[gnu::cold]] bool StampPartsOnly(const Node* e) {
  size_t budget = kStatMaxNodes;
  int dates = 0;
  for (const Node* n = e->first_child; n; n = NextInTree(n, e)) {
    if (!budget--) return false;
    if (!n->is_text()) continue;
    const std::string_view t = Trim(n->data);
    if (t.empty()) continue;
    if (IsDateLine(t) || IsShortYearDateLine(t)) {
      ++dates;
    } else if (!IsClockLine(t)) {
      return false;
    }
  }
  return dates >= 2;
}

// Whether each block inside `e` (its descendants that own words, each read
// as a line) is the shop's terms around a price: a checkout note, an
// instalment offer, a stock or delivery line, a bare or shipping price, a
// multi-buy offer, the price in other currencies, or a label as short as a
// bare price ("Product subtotal"). (kCurrencyListMaxNodes nodes of `e`
// and of each block at most; `facts` are the extractor's.)
template <typename FactsList>
bool BlocksAreShopTerms(const Node* e, const FactsList& facts, std::string* scratch) {
  size_t budget = kCurrencyListMaxNodes;
  for (const Node* d = NextInTree(e, e); d;) {
    if (budget-- == 0) return false;
    if (d->is_element() && (facts[d->eid].flags & kOwner) && facts[d->eid].text > kBarePriceMaxText) {
      if (!CollapsedTextInto(d, kStatReadBytes, kCurrencyListMaxNodes, scratch)) return false;
      const std::string_view t = *scratch;
      if (!(IsCheckoutNoteLine(t) || IsInstallmentLine(t) || IsInstalmentCountLine(t) || IsStockOrDeliveryLine(t) ||
            IsBarePriceLine(t) || IsShippingPriceLine(t) || IsMultiBuyLine(t) || IsCurrencyListLine(t)))
        return false;
      d = NextSkippingChildren(d, e);
      continue;
    }
    d = NextInTree(d, e);
  }
  return true;
}

// Whether `e` is a table's cell or lies in one, kCellWrapperLevels up at
// most ("<td><p>+98</p></td>").
constexpr int kCellWrapperLevels = 3;
[[gnu::noinline]] bool InTableCell(const Node* e) {
  int up = 0;
  for (const Node* a = e; a && a->is_element() && up <= kCellWrapperLevels; a = a->parent, ++up)
    if (a->tag == TagId::kTd || a->tag == TagId::kTh) return true;
  return false;
}

// Whether `e` stands in a data table's cell (see InTableCell): a small
// cell (kDataCellMaxNodes nodes at most) beside another in its row, the
// row one of several. A layout table's cell holds a page's column, and a
// pager's row stands alone.
constexpr int kDataCellMaxNodes = 24;
bool InDataTableCell(const Node* e) {
  const Node* cell = e;
  for (int up = 0; cell && cell->is_element() && cell->tag != TagId::kTd && cell->tag != TagId::kTh; ++up)
    cell = up < kCellWrapperLevels ? cell->parent : nullptr;
  if (!cell || !cell->is_element()) return false;
  int budget = kDataCellMaxNodes;
  for (const Node* d = cell->first_child; d; d = NextInTree(d, cell))
    if (--budget < 0) return false;
  const Node* row = cell->parent;
  if (!row || !row->Is(TagId::kTr)) return false;
  int cells = 0;
  for (const Node* c = row->first_child; c && cells < 2; c = c->next)
    cells += c->is_element() && (c->tag == TagId::kTd || c->tag == TagId::kTh);
  return cells >= 2 && (NextElementFrom(row->next) || PrevElementFrom(row->prev()));
}

// Whether `e` or one of its kCommentBoxLevels ancestors is named like
// comments by class or id ("section#comments", "div.comment").
bool InCommentBox(const Node* e) {
  int up = 0;
  for (const Node* a = e; a && a->is_element() && up <= kCommentBoxLevels; a = a->parent, ++up)
    if (NamesComments(a->Attr("class")) || NamesComments(a->Attr("id"))) return true;
  return false;
}

// A byline-classed box is looked through for a price line in its first
// kPricedCardChildren element children, each read up to
// kPricedCardReadBytes ("from £38.00", "$1,149.00 USD"): a card's.
constexpr int kPricedCardChildren = 4;
constexpr size_t kPricedCardReadBytes = 48;

// The longest line read for a sort control without its view toggle's
// buttons ("Sort products by: Best match").
constexpr size_t kSortBarReadBytes = 48;

// The longest line read for a gallery's counter without its buttons ("12 /
// 140"): within a string's own buffer.
constexpr size_t kSlideCounterReadBytes = 15;

// Whether `e` has a child element of `tag`.
// The bytes of a <pre> read for IsMailArchiveBoxOpening.
constexpr size_t kMailArchiveBoxReadBytes = 64;

// The nodes of a fieldset read for ChoiceFieldset, the bytes of a
// choice's label read, and the priced choices that make it one.
constexpr size_t kChoiceFieldsetNodes = 400;
constexpr size_t kChoiceLabelReadBytes = 160;
constexpr int kChoiceFieldsetMinPriced = 2;

// Whether the fieldset `e` is a configurator's: kChoiceFieldsetMinPriced
// labels or more around a choice control (IsChoiceControl: radio buttons,
// check boxes) each with a price or a surcharge ("Gleitsichtgläser +
// 149,00 €"). (Not a buy box's shipping choices with no price, "Sign in
// for FREE shipping": WCXB's annotators keep them.) `line`: the caller's
// buffer for a label's text.
static bool ChoiceFieldset(const Node* e, std::string* line) {
  int priced = 0;
  WalkBelow(e, kChoiceFieldsetNodes, [&](const Node* d) {
    if (!d->is_element() || d->tag != TagId::kLabel) return true;
    bool choice = false;
    for (const Node* c = d->first_child; c && !choice; c = c->next) choice = c->is_element() && IsChoiceControl(c);
    if (choice && CollapsedTextInto(d, kChoiceLabelReadBytes, kLineMaxNodes, line) && IsPriceText(*line)) ++priced;
    return priced < kChoiceFieldsetMinPriced;
  });
  return priced >= kChoiceFieldsetMinPriced;
}

// The bytes of a dates list's row read for ListsTicketRows (its longest
// row, IsTicketStatusLine's, and a little more).
constexpr size_t kTicketRowReadBytes = 128;
// The rows a dates list needs for ListsTicketRows, and the most it reads.
constexpr int kTicketListMinRows = 2;
constexpr int kTicketListRowsRead = 24;

// Whether the list `e` (a <ul> or an <ol>) is an event's dates with their
// box office's status: two rows or more, half of them or more closed by
// a ticket's status after their day and time (IsTicketStatusLine: "Sa
// 22.03. 19:30 Großes Haus Ausverkauft", "... Karten kaufen"). `line`:
// the caller's buffer for a row's text.
static bool ListsTicketRows(const Node* e, std::string* line) {
  const ListItemTally t = TallyListItems(e, kTicketListRowsRead, kTicketRowReadBytes, kLineMaxNodes, line,
                                         [](std::string_view l) { return IsTicketStatusLine(l); });
  return t.items >= kTicketListMinRows && 2 * t.hits >= t.items;
}

static bool HasChildTag(const Node* e, TagId tag) {
  for (const Node* c = e->first_child; c; c = c->next)
    if (c->is_element() && c->tag == tag) return true;
  return false;
}

// Whether `e` sits in a photo gallery: it or one of its kGalleryLevels
// ancestors is classed like a carousel's part (IsSlideCaptionClass:
// "slide-count", "swiper-pagination"), or has an image, a figure or such a
// part among its kGalleryLook siblings on each side (a listing's photos
// and their "1 / 14"). A review's "8/10" under its verdict has none.
bool InGallery(const Node* e) {
  int up = 0;
  for (const Node* a = e; a && a->is_element() && up <= kGalleryLevels; a = a->parent, ++up) {
    if (IsSlideCaptionClass(a->Attr("class"))) return true;
    // (At `e` itself its children too: the line's block holds the photos.)
    int c = 0;
    for (const Node* s = a == e ? e->first_child : nullptr; s && c < 2 * kGalleryLook; s = s->next) {
      if (!s->is_element()) continue;
      ++c;
      if (s->tag == TagId::kImg || s->tag == TagId::kFigure || s->tag == TagId::kPicture ||
          IsSlideCaptionClass(s->Attr("class")))
        return true;
    }
    for (bool forward : {false, true}) {
      int k = 0;
      for (const Node* s = forward ? a->next : a->prev(); s && k < kGalleryLook; s = forward ? s->next : s->prev()) {
        if (!s->is_element()) continue;
        ++k;
        if (s->tag == TagId::kImg || s->tag == TagId::kFigure || s->tag == TagId::kPicture ||
            IsSlideCaptionClass(s->Attr("class")))
          return true;
      }
    }
  }
  return false;
}

// A card badge's words (see BuildBody): three words at most, not a bare
// count ("12", "(3)", "1,204").
static bool IsCardBadgeLine(std::string_view line) {
  size_t words = 0;
  bool word = false, count = true;
  for (char c : line) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool w = IsAsciiAlnum(u) || u >= 0x80;
    if (w && !word) ++words;
    word = w;
    if (!(IsAsciiDigit(u) || c == ',' || c == '.' || c == '(' || c == ')' || IsAsciiSpace(u))) count = false;
  }
  return words > 0 && words <= kCardBadgeMaxWords && !count;
}

// Whether the text beside `e` (its sibling text runs) holds no letter or
// digit: separators ("·", "|", a no-break space) or nothing. A tagline's
// parts stand so; a phrase inside a sentence does not.
[[gnu::cold]] bool NoWordsBeside(const Node* e) {
  for (const Node* s : std::initializer_list<const Node*>{e->prev(), e->next}) {
    if (!s || !s->is_text()) continue;
    for (char c : s->data)
      if (IsAsciiAlnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Whether `e`, a short line, sits in a post's tagline, not its body: a
// <time> or an element with a stamp's attribute (kPostStampAttrs), or an
// element other than a <p> beside another element (the poster's link, a
// separator), not the only element of its box. (Its siblings, read once.)
constexpr int kTaglineLookNodes = 4;  // non-element siblings passed on each side

bool InPostTagline(const Node* e) {
  if (e->Is(TagId::kTime)) return true;
  for (std::string_view a : kPostStampAttrs)
    if (!e->Attr(a).empty()) return true;
  if (e->Is(TagId::kP)) return false;
  const Node* p = e->prev();
  for (int k = 0; p && k < kTaglineLookNodes && !p->is_element(); ++k) p = p->prev();
  const Node* n = e->next;
  for (int k = 0; n && k < kTaglineLookNodes && !n->is_element(); ++k) n = n->next;
  return (p && p->is_element()) || (n && n->is_element());
}

// Whether `e` stands alone up to its block: no text or inline element
// beside it, nor beside the inline elements that wrap it ("<p><a>Contact
// us</a><strong> today</strong></p>" is a sentence; a line break, an
// image or a block beside it is no words). Bounded: kAloneMaxLevels
// wrappers, kAloneLook neighbours on each side.
// Whether the first (forward) or last list item from `n` on, a few
// siblings at most, opens on a mail-list archive's navigation label
// ("Previous message (by thread): <subject>"; its first bytes read).
bool IsArchiveNavItem(const Node* n, bool forward, std::string* scratch) {
  for (int k = 0; n && k < 4; ++k, n = forward ? n->next : n->prev()) {
    if (!n->is_element()) continue;
    if (!n->Is(TagId::kLi)) return false;
    CollapsedTextInto(n, 64, kLineMaxNodes, scratch);
    return IsArchiveNavLine(*scratch);
  }
  return false;
}

// The one element child of `e`, blank text beside it allowed; null when it
// has other children (a few nodes read: one short run of siblings).
const Node* OnlyElementChild(const Node* e) {
  const Node* only = nullptr;
  int seen = 0;
  for (const Node* c = e->first_child; c; c = c->next) {
    if (++seen > 5) return nullptr;
    if (c->is_text() && Trim(c->data).empty()) continue;
    if (only || !c->is_element()) return nullptr;
    only = c;
  }
  return only;
}

// The element that holds `e`'s text when `e` is a table of one cell (or
// a box of one box): down through lone element children, with no text
// beside them, 4 levels at most ("<table><tr><td class=postdetails>"); `e`
// itself otherwise.
const Node* LoneCellOf(const Node* e) {
  for (int down = 0; down < 4; ++down) {
    const Node* only = OnlyElementChild(e);
    if (!only || !(only->Is(TagId::kTable) || only->Is(TagId::kTbody) || only->Is(TagId::kTr) ||
                   only->Is(TagId::kTd) || only->Is(TagId::kDiv)))
      return e;
    e = only;
  }
  return e;
}

// Whether the element before or after `e` reads as a member statistic that
// is not a place ("Posts: 214" beside "Location: Leeds").
bool BesideCountedMemberStat(const Node* e, std::string* buf) {
  for (const Node* s : {PrevElementFrom(e->prev()), NextElementFrom(e->next)}) {
    if (!s) continue;
    buf->clear();
    if (CollapsedTextInto(s, 64, 8, buf) && IsMemberStatLine(*buf) && !IsMemberPlaceLine(*buf)) return true;
  }
  return false;
}

// Whether block `e`'s lines, set apart by <br>, are each a poster's
// statistic (IsMemberStatLine), two lines or more: a profile cell under
// the poster's name ("Joined: Fri Mar 08, 2019 10:02 am<br>Posts:
// 214<br>Location: Oxford canal", phpBB's subsilver2). Its children are
// text, <br> and inline elements only; `line` and `part` are buffers.
bool LinesAreMemberStats(const Node* e, std::string* line, std::string* part) {
  constexpr int kMaxChildren = 24;
  int lines = 0, children = 0;
  bool br = false;
  line->clear();
  auto close_line = [&] {
    const std::string_view t = Trim(*line);
    if (!t.empty()) {
      if (!IsMemberStatLine(t)) return false;
      ++lines;
    }
    line->clear();
    return true;
  };
  for (const Node* c = e->first_child; c; c = c->next) {
    if (++children > kMaxChildren) return false;
    if (c->is_text()) {
      line->append(c->data).push_back(' ');
    } else if (c->is_element()) {
      if (c->Is(TagId::kBr)) {
        br = true;
        if (!close_line()) return false;
      } else if (IsBlockTag(c->tag) || !CollapsedTextInto(c, 64, 8, part)) {
        return false;
      } else {
        line->append(*part).push_back(' ');
      }
    }
  }
  return br && close_line() && lines >= 2;
}

// Whether `e` is or holds (among its first kFieldControlScanNodes nodes) a
// form field: a select, a text area or an input a reader fills or picks
// (not a hidden one).
constexpr int kFieldControlScanNodes = 16;
bool HoldsFieldControl(const Node* e) {
  int budget = kFieldControlScanNodes;
  for (const Node* d = e; d && budget-- > 0; d = NextInTree(d, e)) {
    if (!d->is_element()) continue;
    if (d->tag == TagId::kSelect || d->tag == TagId::kTextarea) return true;
    if (d->tag == TagId::kInput && !EqualsIgnoreCase(d->Attr("type"), "hidden")) return true;
  }
  return false;
}

// Whether `e`'s children are two or more links (or <button>s) each drawn
// as a button (NamesButtonClass) or named a tab or button by ARIA, with
// only white space between them. A list's items that each hold one such
// link alone count as the links ("<ul class=tabs><li><a role=tab>": a
// shop theme's tab bar over its description panels).
bool IsButtonRow(const Node* e) {
  int buttons = 0;
  for (const Node* c = e->first_child; c; c = c->next) {
    if (c->is_text()) {
      if (!Trim(c->data).empty()) return false;
      continue;
    }
    if (!c->is_element()) continue;
    if (c->tag == TagId::kLi) {
      const Node* only = OnlyElementChild(c);
      if (!only || (only->tag != TagId::kA && only->tag != TagId::kButton) ||
          !(ClassifyRole(only->Attr("role")) & kRoleTab))
        return false;
      ++buttons;
      continue;
    }
    if (c->tag != TagId::kA && c->tag != TagId::kButton) return false;
    if (!NamesButtonClass(c->Attr("class")) && !(ClassifyRole(c->Attr("role")) & (kRoleTab | kRoleButton)))
      return false;
    ++buttons;
  }
  return buttons >= 2;
}

// Whether `e` is a site's box for guests: every link in it leads to the
// site's sign-up or log-in page (ClassifyAccountHref), one at least to
// each (a post's or a story's "join our community" link is one of a
// kind). A bounded walk (kGuestBoxReadNodes).
bool IsGuestBox(const Node* e) {
  int budget = kGuestBoxReadNodes;
  bool sign_up = false, log_in = false;
  for (const Node* n = e->first_child; n; n = NextInTree(n, e)) {
    if (budget-- <= 0) return false;
    if (!n->is_element() || n->tag != TagId::kA) continue;
    const AccountHref kind = ClassifyAccountHref(n->Attr("href"));
    if (kind == AccountHref::kNone) return false;
    sign_up |= kind == AccountHref::kSignUp;
    log_in |= kind == AccountHref::kLogIn;
  }
  return sign_up && log_in;
}

// Whether the text after `a` touches it with no space, as a word goes on
// after a name ("<a>next</a>(&mut self)" in a function's signature,
// "<a>or</a><F>"): the link is a token of its line, never a button.
bool GluedToNextWord(const Node* a) {
  const Node* s = a->next;
  if (!s || !s->is_text() || s->data.empty()) return false;
  const char c = s->data[0];
  return IsAsciiAlnum(c) || c == '_' || c == '(' || c == '<' || c == '[' || c == '{';
}

bool AloneInBlock(const Node* e) {
  auto words_beside = [](const Node* s, bool forward) {
    for (int k = 0; s && k < kAloneLook; s = forward ? s->next : s->prev(), ++k) {
      if (s->is_text()) {
        if (!Trim(s->data).empty()) return true;
      } else if (s->is_element() && !IsBlockTag(s->tag) && s->tag != TagId::kBr && s->tag != TagId::kImg &&
                 s->tag != TagId::kScript && s->tag != TagId::kStyle) {
        return true;
      }
    }
    return false;
  };
  for (int up = 0; e && e->is_element() && up < kAloneMaxLevels; e = e->parent, ++up) {
    if (words_beside(e->prev(), false) || words_beside(e->next, true)) return false;
    if (e->parent && e->parent->is_element() && IsBlockTag(e->parent->tag)) return true;
  }
  return false;
}

// The link of a list item that is one link and nothing else, or null.
const Node* ItemLink(const Node* li) {
  if (!li || !li->is_element() || li->tag != TagId::kLi) return nullptr;
  const Node* c = OnlyElementChild(li);
  return c && c->tag == TagId::kA ? c : nullptr;
}

// The first word of an element's first text, down a few first children
// ("Learn" of "<a><span>Learn Spanish</span></a>"); empty when none.
std::string_view FirstWord(const Node* e) {
  const Node* c = e->first_child;
  for (int depth = 0; c && !c->is_text() && depth < 4; ++depth) c = c->first_child;
  if (!c || !c->is_text()) return {};
  const std::string_view t = Trim(c->data);
  return t.substr(0, t.find(' '));
}

// A link that is the whole of its list item in a list of such items under
// a heading of its own, parallel ones (their first word the same): the
// page's own things ("Our courses": "<li><a>Learn Spanish</a></li><li><a>
// Learn French</a></li>"), not a button. The list opens on such an item,
// and the item's neighbours are such items, one at least. (A few nodes
// read.)
[[gnu::noinline]] bool IsItemOfLinkList(const Node* a) {
  const Node* li = a->parent;
  if (ItemLink(li) != a || !li->parent) return false;
  const Node* h = PrevElementFrom(li->parent->prev());
  if (!h || !IsHeadingTag(h->tag)) return false;
  if (!ItemLink(NextElementFrom(li->parent->first_child))) return false;
  const std::string_view word = FirstWord(a);
  if (word.empty()) return false;
  int items = 0;
  for (const bool back : {true, false}) {
    const Node* s = back ? PrevElementFrom(li->prev()) : NextElementFrom(li->next);
    if (!s) continue;
    const Node* link = ItemLink(s);
    if (!link || !EqualsIgnoreCase(FirstWord(link), word)) return false;
    ++items;
  }
  return items > 0;
}

// An element whose text is all in element children, two at least, among
// its first few children (a grid's repeated badges, a ticker's spans), not
// a run of words of its own (a sentence that repeats a word).
bool CopiesInElements(const Node* e) {
  int elements = 0, seen = 0;
  for (const Node* c = e->first_child; c && seen < 8; c = c->next, ++seen) {
    if (c->is_text() && !Trim(c->data).empty()) return false;
    if (c->is_element()) ++elements;
  }
  return elements >= 2;
}

// The level of the heading an element starts with (itself, or down its
// first element children through wrappers), 0 when it starts otherwise.
int LeadingHeadingLevel(const Node* e) {
  const Node* h = LeadingHeading(e);
  return h ? HeadingLevel(h->tag) : 0;
}

}  // namespace

// A teaser card set among a story's paragraphs: a box whose first words
// are a furniture label of their own ("Related", "Read next"; not in a
// heading or a link), then a heading that is mostly a link away (the other
// story's headline, on this site: a story's boxed note to an outside
// source is the story's), a line of excerpt at most beside it. Its first
// kLabeledCardLook nodes are read.
bool ContentExtractor::IsLabeledTeaserCard(const Node* e, std::string_view page_url, std::string* scratch) const {
  bool labeled = false;
  int k = 0;
  for (const Node* n = e->first_child; n && k < kLabeledCardLook; n = NextInTree(n, e), ++k) {
    if (!labeled) {
      if (!n->is_text()) continue;
      const std::string_view own = Trim(n->data);
      if (own.empty()) continue;
      // (A text longer than the line read, its pending space counted, is
      // no label alone in its element: ruled out before any reading.)
      if (own.size() > kLabeledCardLabelReadBytes + 1) return false;
      const Node* p = n->parent;
      // (Word characters, as Facts count them: a label that is all the
      // box's words labels nothing.)
      if (IsHeadingTag(p->tag) || InHeading(p) || (facts_[p->eid].flags & kInLink) ||
          CountWordChars(n->data) >= facts_[e->eid].text)
        return false;
      CollapsedTextInto(p, kLabeledCardLabelReadBytes, kLineMaxNodes, scratch);
      if (Trim(*scratch) != own || !IsFurnitureHeading(*scratch)) return false;
      labeled = true;
      continue;
    }
    if (!n->is_element() || !IsHeadingTag(n->tag)) continue;
    const Facts& h = facts_[n->eid];
    return h.text > 0 && h.link * 10 >= h.text * 9 && LinksAway(n, false) && HeadLinkSameSite(n, page_url) &&
           facts_[e->eid].text <= h.text + kLabeledCardMaxExcerpt + kLabeledCardMaxLabel;
  }
  return false;
}

const Node* ContentExtractor::ShownOnThread(uint64_t hash, const Node* e) {
  if ((shown_used_ + 1) * 2 > shown_table_.size()) {
    // Grow to twice the size: amortized constant per section.
    std::vector<std::pair<uint64_t, const Node*>> old(shown_table_.size() * 2, {0, nullptr});
    old.swap(shown_table_);
    const size_t mask = shown_table_.size() - 1;
    for (const auto& slot : old) {
      if (!slot.second) continue;
      size_t i = slot.first & mask;
      while (shown_table_[i].second) i = (i + 1) & mask;
      shown_table_[i] = slot;
    }
  }
  const size_t mask = shown_table_.size() - 1;
  size_t i = hash & mask;
  while (shown_table_[i].second) {
    if (shown_table_[i].first == hash) return shown_table_[i].second;
    i = (i + 1) & mask;
  }
  shown_table_[i] = {hash, e};
  ++shown_used_;
  return nullptr;
}

// A heading (or a line shaped like one) naming furniture ("Related
// articles"), or a line that opens its box naming furniture outright
// ("Customers who bought this also bought", "Your recently viewed items"),
// whatever the box holds next (not on articles: a story's inline sign-up
// box). The line's text is read once, into `scratch`.
// The outermost wrapper of heading `n` below `root` that holds nothing but
// it: a widget's cards are siblings of the wrapper, not of the heading.
const Node* ContentExtractor::HeadingWrapper(const Node* n, const Node* root) const {
  const Node* top = n;
  while (top->parent && top->parent != root && top->parent->is_element() &&
         facts_[top->parent->eid].text == facts_[n->eid].text)
    top = top->parent;
  return top;
}

// A press contact heading's section is a contact's: among the next
// kPressContactLookSiblings blocks up to a heading, one holds an e-mail or
// a phone (HoldsContactData) and none is prose without one (a block of
// more than kPressContactLineMaxText bytes: "Ufficio stampa" over two
// paragraphs on the press office's work is a section of the story).
bool ContentExtractor::PressContactFollows(const Node* top, std::string* scratch) const {
  constexpr int kPressContactLookSiblings = 6;
  constexpr size_t kPressContactLineMaxText = 80;
  bool found = false;
  int seen = 0;
  for (const Node* s = top->next; s && seen < kPressContactLookSiblings; s = s->next) {
    if (!s->is_element()) continue;
    if (IsHeadingTag(s->tag)) break;
    ++seen;
    if (facts_[s->eid].text > kPressContactBlockMaxBytes) return false;
    CollapsedTextInto(s, kPressContactBlockMaxBytes + 1, scratch);
    if (HoldsContactData(*scratch)) found = true;
    else if (scratch->size() > kPressContactLineMaxText) return false;
  }
  return found;
}

// Whether block `e` opens on a link: its first child that is not blank,
// or that child's first child, is an <a> ("<div><a class=author>tobiasfenn
// </a> closed this ...", an avatar's link before the name).
static bool OpensOnLink(const Node* e) {
  const Node* c = e->first_child;
  while (c && (c->type == NodeType::kComment || (c->is_text() && Trim(c->data).empty()))) c = c->next;
  if (!c || !c->is_element()) return false;
  if (c->tag == TagId::kA) return true;
  const Node* d = c->first_child;
  while (d && d->is_text() && Trim(d->data).empty()) d = d->next;
  return d && d->is_element() && d->tag == TagId::kA;
}

// Whether node `n` may belong to a list of links: blank text, an element
// without text, or one whose text is a quarter links at least (a list
// item's linked title and its unlinked reply counts).
bool ContentExtractor::IsLinkListPart(const Node* n) const {
  if (n->is_text()) return Trim(n->data).empty();
  if (!n->is_element()) return true;
  const Facts& f = facts_[n->eid];
  return f.text == 0 || f.link * 4 >= f.text;
}

bool ContentExtractor::DeliveryTermsFollow(const Node* top, std::string* scratch) const {
  int k = 0;
  for (const Node* s = top->next; s && k < kLinkListLookSiblings; s = s->next, ++k) {
    if (s->is_text()) {
      if (!Trim(s->data).empty()) return HoldsDeliveryTermsCue(s->data);
      continue;
    }
    if (!s->is_element() || facts_[s->eid].text == 0) continue;
    return CollapsedTextInto(s, kDeliveryTermsReadBytes, kStatMaxNodes, scratch) && HoldsDeliveryTermsCue(*scratch);
  }
  return false;
}

// Whether the first sibling after `top` that holds text (of
// kLinkListLookSiblings) is a list of links: a board's "Similar threads"
// list, not a post's own words under a heading of that name.
bool ContentExtractor::LinkListFollows(const Node* top) const {
  int k = 0;
  for (const Node* s = top->next; s && k < kLinkListLookSiblings; s = s->next, ++k) {
    if (s->is_text()) {
      if (!Trim(s->data).empty()) return false;
      continue;
    }
    if (!s->is_element() || facts_[s->eid].text == 0) continue;
    return IsLinkListPart(s);
  }
  return false;
}

// Whether `n` is the title of an accordion's panel by its class
// (NamesPanelTitleClass: "accordion-title", "accordion__title",
// "collapsible-trigger"). Not a tab (role=tab): a tab list sets its titles
// apart from their panels, so the panel is no sibling the title heads.
// Nor any disclosure's toggle (aria-expanded or aria-controls): read so,
// WCXB product fell .7864 -> .7847 (a shop's own collapsed "Shipping &
// Returns" panel that its gold keeps was lost, .972 -> .705).
static bool IsPanelTitle(const Node* n) { return n->num_attrs && NamesPanelTitleClass(n->Attr("class")); }

// The level whose heading ends the section `n` heads: a line styled as a
// heading ends at any heading.
static int HeadingSectionLevel(const Node* n) { return IsHeadingTag(n->tag) ? HeadingLevel(n->tag) : 6; }

bool ContentExtractor::FurnitureHeadingAt(const Node* n, const ContentContext& ctx, bool after_story,
                                          bool after_prose, std::string* scratch, bool* site_feed,
                                          bool* delivery, bool* press) const {
  *site_feed = false;
  *delivery = false;
  *press = false;
  // On a thread only a heading over the board's other threads ("Similar
  // threads") is asked: a post may head its own words "Related" or
  // "Comments", and a heading element is the board's, not a post's line.
  if (ctx.discussion) {
    if (!IsHeadingTag(n->tag)) return false;
    CollapsedTextInto(n, kFurnitureHeadingReadBytes, scratch);
    return IsThreadFurnitureHeading(*scratch);
  }
  const bool shaped = IsHeadingTag(n->tag) || n->tag == TagId::kSummary || LeadsLikeAHeading(n);
  const bool opens_box = !ctx.article && LeadsLikeAHeading(n, /*any_rest=*/true);
  // On a product page the title of an accordion's panel that is no heading
  // element ("<div class=accordion-title>Shipping and Returns</div>",
  // "<button class=accordion__title>") heads the store's terms as a
  // heading does (IsProductFurnitureHeading).
  const bool panel_title = ctx.product && !shaped && IsPanelTitle(n);
  if (!shaped && !opens_box && !panel_title) return false;
  // (Read past the longest heading the checks take by its length: cut to
  // it, a longer heading over the page's prose read as a short one, a
  // buyers' shelf's "Why customers also ..." sentence.)
  CollapsedTextInto(n, kFurnitureHeadingReadBytes, scratch);
  if (opens_box && IsFurnitureHeadingPrefix(*scratch)) return true;
  // On a product page, a heading over delivery ("Shipping information",
  // "Informations sur la livraison") heads the store's terms only when
  // its section states them (see DeliveryTermsFollow): it may tell this
  // product's cartons and their sizes.
  if (ctx.product && (shaped || panel_title) && IsDeliveryInfoHeading(*scratch)) {
    *delivery = true;
    return true;
  }
  if (panel_title) return IsProductFurnitureHeading(*scratch);
  // The writer's card and the replies under a story ("Written by ...",
  // "Responses (12)"): a heading element after a story's worth of prose
  // (over it, "Written by ..." is the story's byline).
  if (after_prose && IsHeadingTag(n->tag) && IsAfterStoryFurnitureHeading(*scratch)) return true;
  // A press release's contact box ("Pressekontakt", "Press contacts:")
  // under its text: a heading, or a field's label over the officer's name
  // and number, when a contact follows (PressContactFollows).
  if (after_prose && ctx.article && shaped && IsPressContactHeading(*scratch)) {
    *press = true;
    return true;
  }
  return shaped && IsFurnitureHeadingOf(*scratch, ctx, after_story, site_feed);
}

// A site-feed heading ("From the blog", "Featured insights") opens the
// site's strip of its own posts: cards, two links at least, most of their
// text in links or a card's worth a link (a label, a title, a line of
// excerpt and its unlinked "Read more" button's link). A section of prose under such a heading (a docs
// page's paragraph pointing to the blog) is the page's. `top` is the
// heading's outermost wrapper, `level` the level that ends its section;
// kSiteFeedLookSiblings siblings are read at most.
// When the heading's box ends on its lead line, no link yet (a column that
// holds the heading and its intro, the cards in the next row), the boxes
// after it are read, up to kSiteFeedLookLevels levels below `root`.
bool ContentExtractor::SiteFeedCardsFollow(const Node* top, int level, const Node* root) const {
  uint32_t text = 0, link = 0, links = 0;
  int seen = 0;
  bool ended = false;
  for (int up = 0; up < kSiteFeedLookLevels && top && top != root && !ended && links == 0; ++up, top = top->parent) {
    for (const Node* s = top->next; s && seen < kSiteFeedLookSiblings; s = s->next) {
      if (!s->is_element()) continue;
      ++seen;
      const int l = LeadingHeadingLevel(s);
      if (l && l <= level) {
        ended = true;
        break;
      }
      const Facts& f = facts_[s->eid];
      text += f.text, link += f.link, links += f.links;
    }
  }
  return links >= 2 && (link * 2 > text || text <= links * kSiteFeedCardMaxText);
}

// A photo series' least captioned figures, and the least text of a caption
// that tells (a sentence, not a credit or a counter), in bytes.
constexpr int kGalleryMinFigures = 3;
constexpr uint32_t kGalleryCaptionMinText = 60;

// Whether `caption`, a <figcaption>, is one of a photo series' captions:
// its figure and kGalleryMinFigures or more of its siblings each captioned
// in kGalleryCaptionMinText bytes or more (a news site's gallery, a
// "Fotoserie"), in a box of pictures with no paragraph or heading of its
// own. There the captions tell the story: they stay, where a lone
// picture's caption goes. (The figure's siblings are read once: the answer
// is the box's, kept in gallery_boxes_, not read again for each caption.)
bool ContentExtractor::CaptionsAGallery(const Node* caption) const {
  const Node* fig = caption->parent;
  if (!fig || !fig->Is(TagId::kFigure) || !fig->parent || !fig->parent->is_element() ||
      facts_[caption->eid].text < kGalleryCaptionMinText)
    return false;
  const Node* box = fig->parent;
  enum : uint8_t { kUnread = 0, kGallery = 1, kNoGallery = 2 };
  if (gallery_boxes_.empty()) gallery_boxes_.assign(facts_.size(), kUnread);
  uint8_t& known = gallery_boxes_[box->eid];
  if (known == kUnread) known = BoxCaptionsAGallery(box) ? kGallery : kNoGallery;
  return known == kGallery;
}

// CaptionsAGallery's reading of the box of figures `box`.
bool ContentExtractor::BoxCaptionsAGallery(const Node* box) const {
  int told = 0;
  for (const Node* s = box->first_child; s; s = s->next) {
    // (A story's paragraphs between its pictures make it a story with
    // pictures, whose captions go as a lone picture's.)
    if (s->is_element() && (s->Is(TagId::kP) || IsHeadingTag(s->tag)) && facts_[s->eid].text > 0) return false;
    if (!s->is_element() || !s->Is(TagId::kFigure)) continue;
    for (const Node* c = s->first_child; c; c = c->next)
      if (c->is_element() && c->Is(TagId::kFigcaption)) {
        if (facts_[c->eid].text >= kGalleryCaptionMinText && ++told >= kGalleryMinFigures) return true;
        break;
      }
  }
  return false;
}

// A share row's links at least, its word characters at most, and its
// label's (the words outside its links: "Share", "Partager:").
constexpr uint16_t kShareRowMinLinks = 2;
constexpr uint32_t kShareRowMaxText = 80;
constexpr uint32_t kShareRowMaxLabel = 12;
// The captions a photo essay has at least (BuildBody: its captions are
// its text).
constexpr int kPhotoEssayMinCaptions = 3;
// The nodes of a figure's caption read for the body's caption block.
constexpr size_t kCaptionMaxNodes = 256;
// The reason BuildBody's decide gives a caption box it leaves out of the
// text, which BuildBody then keeps as the body's caption block: one
// constant for the writer and the reader. (The reasons are --explain's
// words, some ninety; the reader compares lengths first, so the other
// reasons cost it one compare.)
constexpr std::string_view kCaptionReason = "caption";
// The nodes read around a caption-classed box for its picture: each
// sibling next to it, or the box itself (a "wp-caption" wrapper).
constexpr int kCaptionPictureNodes = 16;

// The first picture (<img>, <picture>) among the first `budget` nodes of
// `e`'s subtree, `e` included; null when none.
const Node* PictureIn(const Node* e, int budget) {
  for (const Node* n = e; n && budget-- > 0; n = NextInTree(n, e))
    if (n->is_element() && (n->Is(TagId::kImg) || n->Is(TagId::kPicture))) return n;
  return nullptr;
}

// Whether a caption-classed box (not a <figcaption>) captions a picture
// drawn next to it: its previous or next element sibling is or holds one
// ("<p><img></p><p class=caption>", "<img><span class=credit>"). (A box
// elsewhere is a theme's caption-sized type; see BesidePicture.)
bool NextToPicture(const Node* e) {
  for (const Node* s = e->prev(); s; s = s->prev())
    if (s->is_element()) {
      if (PictureIn(s, kCaptionPictureNodes)) return true;
      break;
    }
  for (const Node* s = e->next; s; s = s->next)
    if (s->is_element()) return PictureIn(s, kCaptionPictureNodes) != nullptr;
  return false;
}

void ContentExtractor::BuildBody(const std::vector<const Node*>& roots, const ContentContext& ctx,
                                 ContentOutput* out, std::vector<BlockDecision>* explain, bool listing) {
  BodyBuilder builder(&out->body, ctx.base_url, ctx.url);
  const Tuning& tuning = TuningFor(ctx.favor);
  std::string norm_title = NormalizeForCompare(ctx.title);
  // Whether the product's name heading is in the body yet (pages that are
  // not products keep none: the title is reported apart).
  bool name_kept = !ctx.product;
  std::string norm_dek = NormalizeForCompare(ctx.dek);
  AuthorFirstWords(ctx.authors, &author_first_words_);
  std::string scratch;
  std::string tally_line;  // see IsCardTallyLine
  // A block's part read by a rule's check (a <pre>'s opening, a list's
  // rows, a fieldset's labels): one buffer for the page, not one a node.
  std::string probe_line;
  shown_.clear();
  shown_table_.assign(kShownTableMinSize, {0, nullptr});
  shown_used_ = 0;
  size_t repeat_budget = kThreadRepeatBudget;
  uint64_t last_title = 0;
  std::string last_title_text;  // its text (kept only on pages that read it)
  // The short lines of the card being read (see decide): hashes of the
  // lines kept since the last card title, kCardLinesKept at most.
  uint64_t card_title = 0;
  std::array<std::pair<uint64_t, const Node*>, kCardLinesKept> card_lines{};
  size_t card_line_count = 0;
  // An article's long sections (see decide): a hash once read (0 until
  // then) and the section.
  std::vector<std::pair<uint64_t, const Node*>> sections;

  // The block that holds an inline element (its nearest owner, a few
  // levels up at most) is short and no sentence: a price line, a row of
  // buttons. ("I rewatched <a>Back to the Future</a> last night." is a
  // short block too, but it ends as a sentence does.) Reads the block's
  // few bytes into the scratch buffer (the caller reads the link's next).
  auto InShortBlock = [&](const Node* e) __attribute__((noinline)) {
    const Node* a = e->parent;
    for (int up = 0; a && a->is_element() && up < kCallToActionMaxLevels; ++up, a = a->parent)
      if (facts_[a->eid].flags & kOwner) {
        if (facts_[a->eid].text > kCallToActionMaxParentText) return false;
        CollapsedTextInto(a, 4 * kCallToActionMaxParentText, kLineMaxNodes, &scratch);
        return scratch.empty() || !EndsWithSentenceStop(scratch);
      }
    return false;
  };

  // A product card: a list item or an <article> a few levels up at most
  // (a grid of products), or a first ancestor holding more than the price
  // block that is mostly its linked name ("<a>Oak stool</a> $49"). The buy
  // box's price sits among the shop's controls and the product's text.
  // (CardOf returns that card, or null; never a box that holds the page's
  // <h1>: that is the product's own, its buy box's lines the shop's.)
  // (With `outside_links`, only the links outside `e` make the card: a
  // link in the line itself, "Imposte incluse. <a>Spese di spedizione</a>
  // calcolate ...", is no card's.)
  auto CardOf = [&](const Node* e, bool outside_links = false) -> const Node* {
    const uint32_t own = facts_[e->eid].text;
    const uint32_t own_link = outside_links ? facts_[e->eid].link : 0;
    bool first = true;
    const Node* a = e->parent;
    for (int up = 0; a && a->is_element() && up < kPriceCardMaxLevels; ++up, a = a->parent) {
      const Facts& af = facts_[a->eid];
      if (af.flags & kHasH1) return nullptr;
      if (a->tag == TagId::kLi || a->tag == TagId::kArticle) return a;
      if (!first || af.text <= own) continue;
      first = false;
      if (af.links > 0 && af.link > own_link && (af.link - own_link) * 2 >= af.text - own) return a;
    }
    return nullptr;
  };
  auto InProductCard = [&](const Node* e) { return CardOf(e) != nullptr; };
  // Whether a card shows a price in its text ("$129.00"): a shop's card,
  // not a changelog's entry or a job board's row. Bounded: the card's
  // first kLineMaxNodes nodes, and a card's text at most.
  // (The card found, its linked name or its list item; the price may sit
  // in the item beside the link: the boxes from the card up to its list
  // item or <article>, a few levels at most, are read.)
  auto InShopCard = [&](const Node* e) __attribute__((noinline)) {
    const Node* a = CardOf(e);
    for (int up = 0; a && a->is_element() && up < kPriceCardMaxLevels; ++up, a = a->parent) {
      const Facts& af = facts_[a->eid];
      if (af.text > kProductCardMaxText || (af.flags & kHasH1)) return false;
      if (af.flags & kPriced) return true;
      size_t seen = 0;
      for (const Node* n = a->first_child; n && seen < kLineMaxNodes; n = NextInTree(n, a), ++seen)
        if (n->is_text() && IsPriceText(n->data)) return true;
      if (a->tag == TagId::kLi || a->tag == TagId::kArticle) return false;
    }
    return false;
  };

  // On a product page (a category grid read as one too), a card of the
  // grid: an ancestor a few levels up that shows a price and a link in a
  // card's text at most.
  auto InPricedCard = [&](const Node* e) __attribute__((noinline)) {
    const Node* a = e->parent;
    for (int up = 0; a && a->is_element() && up < kPriceCardMaxLevels; ++up, a = a->parent) {
      const Facts& af = facts_[a->eid];
      if (af.text > kProductCardMaxText || (af.flags & kHasH1)) return false;
      if ((af.flags & kPriced) && af.links > 0) return true;
    }
    return false;
  };

  // Whether two blocks of the same text are one card's line drawn twice (a
  // phone and a desktop layout inside each card, a name over the image and
  // again under it), not a line that every card of a grid repeats ("Sold
  // out", "Free shipping"): their nearest common ancestor (within
  // kCardMaxLevels of each) is card-sized, and below it they lie in
  // elements of different kinds (tag or class), where sibling cards are of
  // one kind. A table's cells are its data. (At most kCardMaxLevels²
  // steps, and only for two blocks of equal text.)
  auto DrawnTwiceInCard = [&](const Node* first, const Node* again) {
    const Node* ce = again;
    for (int up = 0; up < kCardMaxLevels && ce->parent; ++up, ce = ce->parent) {
      const Node* p = ce->parent;
      const Node* cx = first;
      for (int k = 0; k < kCardMaxLevels && cx->parent; ++k, cx = cx->parent) {
        if (cx->parent != p) continue;
        // (Rows of a table under their section: alternate rows are
        // classed apart, "row-odd" and "row-even", yet hold one column's
        // data.)
        if (!p->is_element() || facts_[p->eid].text > kProductCardMaxText || p->tag == TagId::kTr ||
            p->tag == TagId::kTbody || p->tag == TagId::kThead || p->tag == TagId::kTfoot || p->tag == TagId::kTable)
          return false;
        return cx->tag != ce->tag || !OfOneKind(cx->Attr("class"), ce->Attr("class"));
      }
    }
    return false;
  };

  // A section's text for the repeat checks: its first kRepeatReadBytes,
  // compared loosely (FoldForRepeat), with its length when it was read in
  // part.
  auto RepeatHash = [&](const Node* x) {
    CollapsedTextInto(x, kRepeatReadBytes, &scratch);
    FoldForRepeat(&scratch);
    return HashBytes64(scratch, facts_[x->eid].text > kRepeatReadBytes ? facts_[x->eid].text : 0);
  };

  // Whether the element before `e` (its previous element sibling, four
  // nodes looked at) is a paragraph, a heading or a list: `e` is one of a
  // text's blocks.
  auto FollowsProse = [&](const Node* e) __attribute__((noinline)) {
    const Node* n = PrevElementFrom(e->prev());
    return n && (n->tag == TagId::kP || IsHeadingTag(n->tag) || n->tag == TagId::kUl || n->tag == TagId::kOl);
  };

  // Whether a list's first item opens on words outside a link ("Price:
  // <a>...</a>", "My pick: <a>...</a>"): an item of the text that cites
  // its sources, where a menu's or a related box's items open on their
  // link. (The first item's first kOpenReadNodes nodes are read.)
  auto OpensUnlinked = [&](const Node* l) __attribute__((noinline)) {
    const Node* li = NextElementFrom(l->first_child);
    if (!li || li->tag != TagId::kLi) return false;
    int budget = kOpenReadNodes;
    for (const Node* n = li->first_child; n && budget-- > 0; n = NextInTree(n, li)) {
      if (n->is_text() && !Trim(n->data).empty()) {
        for (const Node* a = n->parent; a && a != li; a = a->parent)
          if (a->tag == TagId::kA) return false;
        return true;
      }
    }
    return false;
  };

  // Whether the element after `e` (its next element sibling) holds less
  // than a repeat's text: a quote too short to be dropped as a copy of its
  // post. (Four nodes looked at.)
  auto QuoteBelowIsShort = [&](const Node* e) __attribute__((noinline)) {
    const Node* n = NextElementFrom(e->next);
    return n && facts_[n->eid].text > 0 && facts_[n->eid].text < kRepeatMinText;
  };

  // Whether inline element `e` repeats, whole, the text right before it in
  // its line: a label shown, then spoken again by a visually hidden copy
  // ("Sat, Nov 02<span class=clipped>Sat, Nov 02</span>", "$19.99<span
  // class=a-offscreen>$19.99</span>") whose class this page's framework
  // names its own way. (The text node before it and its own few nodes are
  // read, for a short inline element only.)
  auto IsSpokenCopy = [&](const Node* e, const Facts& f) __attribute__((noinline)) {
    // (An inline element owns no text in the facts: its block does.)
    // A framework's copy is marked by a class; an unclassed "Walla
    // <b>Walla</b>" or "Bora <em>Bora</em>" is the name itself.
    if ((f.flags & kOwner) || !e->first_child || !e->num_attrs || e->Attr("class").empty()) return false;
    const Node* prev = e->prev();
    if (!prev || !prev->is_text() || prev->data.size() > kSpokenCopyMaxBytes) return false;
    const std::string_view shown = Trim(prev->data);
    if (CountWordChars(shown) < kSpokenCopyMinText) return false;
    // (Cheap first: a copy's first text opens as the shown text does.)
    if (e->first_child->is_text()) {
      const std::string_view head = Trim(e->first_child->data);
      if (!head.empty() && head[0] != shown[0]) return false;
    }
    if (!CollapsedTextInto(e, kSpokenCopyMaxBytes + 1, kStatMaxNodes, &scratch) || Trim(scratch) != shown)
      return false;
    // The label and its copy are the whole line: no words after the copy
    // ("Walla <b class=x>Walla</b> is a city" is a sentence), and the shown
    // text opens the line unless the copy's class says it is visually
    // hidden.
    auto has_words = [&](const Node* n) {
      return n->is_text() ? CountWordChars(n->data) > 0 : n->is_element() && facts_[n->eid].text > 0;
    };
    int budget = kSpokenCopyNextSiblings;
    for (const Node* n = e->next; n; n = n->next)
      if (--budget < 0 || has_words(n)) return false;
    return !prev->prev() || (f.hints & kHintHidden);
  };

  // Whether a line opens on a number or its sign ("3", "-2", "1.2k").
  auto OpensOnNumber = [](std::string_view line) {
    line = Trim(line);
    return !line.empty() && (IsAsciiDigit(static_cast<unsigned char>(line[0])) || line[0] == '+' || line[0] == '-');
  };

  // Reads skip what a reader does not see (words for screen readers only).
  auto skip_hidden = [&](const Node* c) { return (facts_[c->eid].flags & kHidden) != 0; };
  // A tally's read skips what is never drawn as words: an icon's <svg> and
  // its <title> ("<svg><title>Comments</title></svg>27 comments"), a form
  // control (see IsCardTallyLine).
  auto skip_dropped = [&](const Node* c) { return (facts_[c->eid].flags & kHardDrop) != 0; };
  // Dropped elements: hard drops and boilerplate by class that stays so.
  auto skip_negative = [&](const Node* c) { return (facts_[c->eid].flags & kDroppedFlags) != 0; };
  // Whether the short block or link `e` reads, as shown, as a card's tally
  // of its discussion ("44 reactions 27 comments", an icon's title between
  // the counts passed over). A few bytes of kTallyReadNodes nodes at most.
  auto IsCardTallyLine = [&](const Node* e) __attribute__((noinline)) {
    return CollapsedTextInto(e, kTallyReadBytes, kTallyReadNodes, &tally_line, skip_dropped) &&
           tally_line.size() < kTallyReadBytes && IsEngagementCountLine(tally_line);
  };
  // Whether one of `e`'s first children is hidden. (kLinkReadChildren
  // children read at most.)
  auto HasHiddenChild = [&](const Node* e) __attribute__((noinline)) {
    int seen = 0;
    for (const Node* c = e->first_child; c && ++seen <= kLinkReadChildren; c = c->next)
      if (c->is_element() && (facts_[c->eid].flags & kHidden)) return true;
    return false;
  };

  // Whether a "#N" line at `e` is the post's own number, not a word of its
  // body (a list of issue numbers "#4100", a ranking's heading "#1", a
  // link to an issue): it links to the post (a fragment, a post's
  // permalink), or it sits in the post's <header>, or, unlinked, it is a
  // box of its own outside a list or a paragraph (a toolbar's "<div>#3
  // </div>"). Never a heading. (The first few nodes and levels.)
  auto IsPostNumberPlace = [&](const Node* e) __attribute__((noinline)) {
    if (IsHeadingTag(e->tag)) return false;
    size_t budget = kStatMaxNodes;
    for (const Node* n = e; n && budget; --budget, n = NextInTree(n, e)) {
      // The link that holds the number, if any (an icon's wordless link, a
      // "copy" button's, is passed): the levels between the number's text
      // and `e`, fewer than the nodes read.
      if (n->is_text() && CountWordChars(n->data) > 0) {
        for (const Node* a = n->parent; a && a != e->parent; a = a->parent)
          if (a->tag == TagId::kA) return IsPostPermalinkHref(a->Attr("href"));
        break;
      }
    }
    const Node* a = e->parent;
    for (int up = 0; up < kPostNumberHeaderLevels && a && a->is_element(); ++up, a = a->parent)
      if (a->tag == TagId::kHeader) return true;
    const auto in_text = [](const Node* n) {
      return n->tag == TagId::kLi || n->tag == TagId::kUl || n->tag == TagId::kOl || n->tag == TagId::kP;
    };
    return !in_text(e) && !(e->parent && in_text(e->parent));
  };

  // Elements a reader does not see, which decide's post-furniture and
  // submission checks read past.
  const auto unseen = [&](const Node* x) {
    return (facts_[x->eid].flags & (kHidden | kDroppedFlags)) != 0;
  };
  // A thread's short blocks are read as lines by several of decide's
  // checks: the member statistic, the post's furniture, the board's clock.
  // The block's text (kStatReadBytes from kStatMaxNodes nodes at most;
  // false when it has more) is read once, into `text`, when first asked
  // (stat_text); `unseen` tells whether the read passed an unseen element
  // (only then does the furniture check read the block again). One
  // StatLine a call of decide, for its block: nothing outlives the block
  // (the buffer, stat_buffer, keeps its memory from block to block).
  std::string stat_buffer;
  std::string stat_buffer2;  // (LinesAreMemberStats's second buffer)
  // The buffer of the checks below that read a block, or its items, again
  // (the activity feed's notes, a date line past dropped furniture).
  std::string reread;
  struct StatLine {
    const Node* e;
    std::string& text;
    bool asked = false, read = false, unseen = false;
  };
  const auto stat_text = [&](StatLine& line) {
    if (!line.asked) {
      line.asked = true;
      line.read = CollapsedTextInto(line.e, kStatReadBytes, kStatMaxNodes, &line.text, [&](const Node* x) {
        line.unseen = line.unseen || unseen(x);
        return false;
      });
    }
    return line.read;
  };
  // The block's text as a reader sees it, past unseen elements: its
  // stat_text, read again only when that passed one; null when it has
  // more than kStatMaxNodes nodes.
  const auto seen_text = [&](StatLine& line) -> const std::string* {
    const bool read = stat_text(line);
    if (!line.unseen) return read ? &line.text : nullptr;
    return CollapsedTextInto(line.e, kStatReadBytes, kStatMaxNodes, &scratch, unseen) ? &scratch : nullptr;
  };

  // Whether block `e`, of `text` bytes, holds all the text of the post's
  // text box it sits in (its nearest ancestor classed as content or as a
  // body, "content", "postbody": kHintContent, kHintArticleBody; 4 levels
  // up at most): the reply is that block alone, no label in a longer post.
  const auto IsWholePostBody = [&](const Node* e, uint32_t text) {
    int levels = 4;
    for (const Node* p = e; p && p->is_element() && levels-- >= 0; p = p->parent)
      if (facts_[p->eid].hints & (kHintContent | kHintArticleBody)) return facts_[p->eid].text == text;
    return false;
  };
  // What a caption's words leave out: hidden helpers, and its credit's box
  // (credit-classed or schema.org's copyrightHolder).
  auto hidden_part = [&](const Node* c) { return (facts_[c->eid].hints & kHintHidden) != 0; };
  auto credit_part = [&](const Node* c) {
    return (facts_[c->eid].hints & kHintCredit) != 0 || IsCreditItemprop(c->Attr("itemprop"));
  };
  // And a link that calls to action ("Buy this print" under a
  // photographer's caption card): the shop's button, no words of the
  // caption's. Only a link that closes its box, nothing after it, and opens
  // it or follows a block or a sentence's end ("... in the morning. <a>Buy
  // this print</a>"); not "The lighthouse at <a>Start Point</a>, seen from
  // ...", a place, nor a linked title before a <br> and its line, "<a>Watch
  // Repairer</a><br>Rua da Prata". (A link's few nodes, read only then.)
  std::string cta_text;
  auto closes_box = [](const Node* c) {
    for (const Node* s = c->next; s; s = s->next)
      if (!IsBlankNode(s)) return false;
    const Node* p = c->prev();
    while (p && IsBlankNode(p)) p = p->prev();
    if (!p) return true;
    if (!p->is_text()) return p->is_element() && IsBlockTag(p->tag);
    const std::string_view before = Trim(p->data);
    return !before.empty() && std::string_view(".!?:").find(before.back()) != std::string_view::npos;
  };
  auto cta_link = [&](const Node* c) {
    return c->Is(TagId::kA) && closes_box(c) &&
           CollapsedTextInto(c, kCallToActionReadBytes, kLineMaxNodes, &cta_text) && IsCallToActionLine(cta_text);
  };
  auto caption_skip = [&](const Node* c) { return hidden_part(c) || credit_part(c) || cta_link(c); };
  // The first element below caption box `e` that `stop` takes, its first
  // kCaptionMaxNodes nodes read, hidden parts passed over (and the ones
  // read before it each seen by `stop`), or null.
  auto ShownPartIn = [&](const Node* e, auto&& stop) -> const Node* {
    size_t budget = kCaptionMaxNodes;
    for (const Node* n = e->first_child; n && budget-- > 0;) {
      if (n->is_element() && hidden_part(n)) {
        n = NextSkippingChildren(n, e);
        continue;
      }
      if (n->is_element() && stop(n)) return n;
      n = NextInTree(n, e);
    }
    return nullptr;
  };
  // The credit's box inside caption box `e`, or null.
  auto CreditBoxIn = [&](const Node* e) { return ShownPartIn(e, credit_part); };
  auto decide = [&](const Node* e, std::string_view* reason) -> bool {
    const Facts& f = facts_[e->eid];
    // Whether a short block holds a post's poster name (HoldsPosterHint):
    // on a thread it is the post's poster line or cell, not a menu, however
    // linked. Read once per element, when first asked.
    int poster_name = -1;
    auto holds_poster_name = [&] {
      if (poster_name < 0)
        poster_name = HoldsPosterHint(e, [&](const Node* n) { return facts_[n->eid].hints; }) ? 1 : 0;
      return poster_name == 1;
    };
    if (f.flags & kHardDrop) { *reason = IsDrawnScreenNode(e) ? "drawn-screen" : "hidden-or-non-content"; return false; }
    // Outside articles and threads (whose text may repeat a phrase on
    // purpose: "Buffalo <b>buffalo</b>"), a short inline copy of the words
    // before it is a screen reader's: left out, the shown words stay.
    if (!ctx.article && !ctx.discussion && IsSpokenCopy(e, f)) { *reason = "spoken-copy"; return false; }
    if (f.flags & kPostAside) { *reason = "post-aside"; return false; }
    // A slider's or a pager's arrow button: an element whose one text is
    // arrow glyphs ("<span class=slider-back>&lt;</span>", "<a
    // class=next href=#>&gt;</a>"), a link, or classed (it or its parent) a
    // slider's or a carousel's. (Glyphs are
    // no word characters: such an element holds no text in the facts.
    // Elsewhere a line of arrows may be a diagram's.)
    if (f.text == 0 && e->first_child && e->first_child->is_text() && !e->first_child->next &&
        !(f.flags & kInPre) && IsArrowControlLine(e->first_child->data) &&
        (e->tag == TagId::kA || IsSlideCaptionClass(e->Attr("class")) ||
         (e->parent && e->parent->is_element() && IsSlideCaptionClass(e->parent->Attr("class"))))) {
      *reason = "slide-counter";
      return false;
    }
    // A post's date stamp: a line of it ("answered Mar 28, 2014 at 22:52",
    // "posted 6 years ago": IsPostDateLine), or a date-classed box in a
    // post's header that shows only its stamps, the day twice
    // (StampPartsOnly: "div.email-date", the day long and short for narrow
    // screens, then the time). The thread's own furniture. (Few nodes, read
    // once; a stamp line's again by IsPostDatedLine.) A box that holds a
    // paragraph is no stamp line: a short post's box that opens on its
    // stamp ("<div><div>Posted May 2</div><p>Thanks, that fixed it</p>
    // </div>") is the post, and its stamp's own box is judged alone. A stamp held in a <p> of its own is never dropped here,
    // nor a post's dated line ("Posted March 3, 2024", a date and its cue
    // alone: IsPostDatedLine), which stays below.
    if (ctx.discussion && f.text > 0 && f.text <= kPostDateMaxText && e->tag != TagId::kPre &&
        (((f.hints & kHintDate) && StampPartsOnly(e)) ||
         ((f.flags & kOwner) && CollapsedTextInto(e, 192, kStatMaxNodes, &scratch) && IsPostDateLine(scratch) &&
          !IsPostDatedLine(e, f.text, &scratch))) &&
        !HoldsParagraph(e)) {
      *reason = "post-date";
      return false;
    }
    // On a thread, a post's number marked as its place in the list
    // ("<span itemprop=position>2</span>" after the post's date) is a
    // counter, not the post's words, printed bare or as "#2" (IsBareCountLine,
    // shared with the rating bars' counts). (A lone short text child
    // checked first; then one attribute read.)
    if (ctx.discussion && e->first_child && e->first_child == e->last_child() && e->first_child->is_text() &&
        IsBareCountLine(e->first_child->data) && IsOrdinalItemprop(e->Attr("itemprop"))) {
      *reason = "post-number";
      return false;
    }
    // On a thread, a vote score's copies for a vote cast (old Reddit draws
    // "188 points", "189 points", "190 points" and its style sheet shows
    // the one for the reader's vote): only the unvoted copy stays. (One
    // attribute read, on a span or div holding one short text.)
    if (ctx.discussion && (e->Is(TagId::kSpan) || e->Is(TagId::kDiv)) && e->first_child &&
        e->first_child == e->last_child() && e->first_child->is_text() &&
        e->first_child->data.size() <= kVoteScoreMaxBytes && IsVoteCastScoreClass(e->Attr("class"))) {
      *reason = "vote-cast-score";
      return false;
    }
    // A comment list on a Q&A page's question or answer (Stack Exchange's
    // "div.comments > ul.comments-list", without Comment microdata): remarks
    // on that post, an aside like its Comment items above. Not a box that
    // holds a question or an answer (answers nested in a comment-classed
    // list under the question's item), nor a comment's own text box
    // ("comment-content": an answer kept as a comment). One attribute read,
    // on such boxes only.
    if (ctx.discussion && (f.flags & kInQAPost) && (f.hints & kHintComments) && !(f.flags & kQAPost) &&
        IsCommentListClass(e->Attr("class"))) {
      *reason = "post-comments";
      return false;
    }
    // The caption of a shop's form control ("<label for=Quantity>Quantity"
    // over a number box, "Qty"): on a product page the form is the shop's,
    // not the product's text.
    if (ctx.product && e->tag == TagId::kLabel && e->HasAttr("for") && f.text < 40) {
      *reason = "form-label";
      return false;
    }
    // So is a sign-in form's, on any page, with the links beside it
    // ("Password: Forgot your password?"): a block whose words are all a
    // label's or a link's, in a form with a password box (InSignInForm).
    if (password_box_ && f.text > 0 && f.text < kSignInFieldMaxText && IsFormFieldBlock(e) && InSignInForm(e)) {
      *reason = "sign-in-field";
      return false;
    }
    if (ctx.product && e->tag == TagId::kDl && f.text > 0 && IsRawFieldList(e, &scratch)) {
      *reason = "raw-fields";
      return false;
    }
    // A grid card's field list that restates the card's summary line (see
    // RestatesCardText): the first copy stays. (A thread's post is no card:
    // its poster's fields stay to the thread's own rules.)
    if (!ctx.discussion && e->tag == TagId::kDl && f.text > 0 && f.text <= kProductCardMaxText && RestatesCardText(e, &scratch)) {
      *reason = "card-fields-restated";
      return false;
    }
    // A permalink printed in a heading ("Usage¶": Sphinx, MkDocs) is
    // the generator's control, not the heading's words; so is one in an API
    // entry's signature (Sphinx's "<dt id=mod.func>func(x)<a
    // class=headerlink href=#mod.func>"), a table's or a listing's caption,
    // or any one-mark link to the box it sits in.
    if (e->tag == TagId::kA && f.text <= 4 && IsHeadingPermalink(e) && (InHeading(e) || InSelfAnchoredBox(e))) {
      *reason = "heading-permalink";
      return false;
    }
    // A code listing's line numbers (Pygments' "linenos" cell beside the
    // code, Rouge's gutter, Chroma's "ln" spans inside it): the
    // highlighter's count, glued into the code if kept. Only a box of
    // numbers alone. (Not by its word count: inside a <pre> an inline
    // span's words are its block's.)
    if (f.text <= kLineNumbersMaxText && IsCodeLineNumbers(e, &scratch)) {
      *reason = "code-line-numbers";
      return false;
    }
    // A tab bar over code blocks in several languages ("Python JavaScript
    // cURL" over three <pre>s: MkDocs Material, Docusaurus): the labels of
    // panels, not words of the page.
    if (f.text > 0 && f.text <= kCodeTabBarMaxText && !(f.flags & kInPre) && IsCodeTabBar(e)) {
      *reason = "code-tab-bar";
      return false;
    }
    // On a thread, the box right after a "Quote:" label (vBulletin's quote
    // of another post: the quoted poster's name, then the copy) is a post's
    // aside too. (The element before it is looked for among four siblings
    // and read when it is a short line of few nodes.)
    if (ctx.discussion && f.text > 0) {
      const Node* prev = PrevElementFrom(e->prev());
      if (prev && facts_[prev->eid].text > 0 && facts_[prev->eid].text <= 12 &&
          CollapsedTextInto(prev, 64, kLineMaxNodes, &scratch) && IsQuoteLabelLine(scratch)) {
        *reason = "quoted-post";
        return false;
      }
    }
    // On a list page (the fallback below) teaser cards and "related" boxes
    // are the content; hidden and structural boilerplate stays out.
    const bool list_item = listing && !(f.flags & (kHidden | kStructural)) &&
                           ((f.flags & kTeaser) || (f.hints & kHintRelated));
    // A collapsed tab or accordion panel holding prose is kept though hidden.
    // (On a product page not one labelled as the store's terms: "Warranty",
    // "Payment options", the same under every product.)
    const bool panel = IsProsePanel(e, f) && !(ctx.product && ShopTermsPanel(e, &scratch));
    // On a list page a teaser card's own <footer> (in an <article> card)
    // that signs and dates it, a linked name and a day ("Jane Doe · March
    // 6, 2026"), is the card's byline, not the page's footer (see
    // InListCard). Only a footer negative by its tag; a bare date ("Posted
    // on March 6"), a bare link ("More") or a story's tag and print footer
    // ("Filed under Council · March 1, 2026 · Print this story") stays out
    // (CardFooterSigns). (A short line of few
    // nodes, read once.)
    const bool card_footer = (page_mode_ || listing) && !ctx.product && e->Is(TagId::kFooter) &&
                             (f.flags & (kNegative | kStructural | kHidden | kRole)) == (kNegative | kStructural) &&
                             !(f.hints & (kHintBoilerplate | kHintWeakBoilerplate | kHintNavigation)) &&
                             (f.flags & kInArticle) && f.links > 0 && f.link < f.text &&
                             f.text <= kListCardLineMaxText &&
                             CollapsedTextInto(e, 4 * kListCardLineMaxText, kLineMaxNodes, &scratch) &&
                             ParseDate(scratch).valid() && !IsDateLine(scratch) && CardFooterSigns(e, scratch) &&
                             InListCard(e);
    // A titled shelf of picture tiles in the <main> landmark, when the
    // body is built again with them (see Extract). (Asked last, of an
    // element left out else: its tiles are read once, for it alone.)
    auto kept_shelf = [&] {
      return shelves_kept_ && (f.hints & kHintNavigation) && !(f.flags & (kHidden | kStructural | kInChrome)) &&
             IsWithin(e, main_landmark_) && IsPictureShelf(e);
    };
    // On a page that is no story, thread or product, a bio-classed box in
    // a card of a run (a conference's speakers, a firm's team: each card a
    // heading with the person's name, "speaker-card__bio") is the card's
    // text, not an author box. (Asked of a negative bio box only.)
    auto card_bio = [&] {
      return page_mode_ && !ctx.article && !ctx.product && !ctx.discussion &&
             (f.hints & (kHintBoilerplate | kHintByline)) == (kHintBoilerplate | kHintByline) &&
             !(f.flags & (kHidden | kStructural | kRole)) && e->parent && InCardRun(e->parent, &scratch) &&
             NamesCardPerson(e->parent);
    };
    // On a page that is no story, thread or product, a teaser-classed line
    // of a sentence's length in a list card (a search result's
    // "EstateItem__teaser" under its title, in the card's one link) is the
    // card's text, when the cards' series holds half the root's text or
    // more: the page's own list, not a strip of teasers beside its prose.
    // (Asked of a negative element with the related hint alone; not a
    // "Read more" link's few words. A card's heading may be shorter: a
    // vacancy's "h2.vacancy-teaser__title", its linked name.)
    auto card_teaser = [&] {
      if (!page_mode_ || ctx.product || !(f.hints & kHintRelated) ||
          (f.hints & (kHintBoilerplate | kHintNavigation)) || (f.flags & (kHidden | kStructural | kRole)) ||
          (f.text < kCardTeaserMinText && !IsHeadingTag(e->tag)) || f.text > kListCardLineMaxText * 4)
        return false;
      return InPageList(e, roots, IsHeadingTag(e->tag));
    };
    if ((f.flags & kNegative) && !list_item && !panel && !card_footer && !kept_shelf() && !card_bio() &&
        !card_teaser()) {
      *reason = (f.flags & kHidden)       ? "hidden"
                : (f.flags & kAiSummary)  ? (IsServiceBand(e)  ? "shop-service-band"
                                             : IsPromiseStrip(e) ? "promise-strip"
                                             : IsSignUpBox(e)    ? "sign-up-box"
                                             : IsVoteBox(e)      ? "vote-box"
                                             : IsAffiliateBox(e) ? "affiliate-box"
                                                                 : "ai-review-summary")
                : (f.flags & kTeaser)     ? "teaser-list"
                : (f.flags & kStructural) ? "boilerplate-tag"
                                          : "boilerplate-class";
      return false;
    }
    for (const Node* x : ctx.exclude)
      if (x == e) { *reason = "reported-as-metadata"; return false; }
    // On a thread, a post's date stamp on a line of its own ("Jul 9, 2022
    // #1", "2024-08-03 10:59:47", "Posted March 3, 2024") stays, wherever it
    // sits (a header of permalinks, a dateline-classed box): with the
    // poster's name it heads each post, and tells replies apart in time.
    // (A short line of few nodes, read once, as the date-line check below.)
    if (ctx.discussion && IsPostDatedLine(e, f.text, &scratch)) return true;
    // A caption-classed box that is all link is a card's text (Bootstrap's
    // ".thumbnail .caption" in a product grid), not an image caption; so is
    // one that holds a heading outside articles (a shop grid's
    // "product-caption": the card's linked name under its categories, its
    // excerpt and price). (On an article such a box is a teaser's; a
    // carousel's slide caption, "carousel-caption" with its <h5>, is a
    // banner's line, no card's.)
    const bool card_text = !e->Is(TagId::kFigcaption) && f.text > 0 &&
                           (f.link * 10 >= f.text * 9 ||
                            (!ctx.article && (f.hints & kHintCaption) && HoldsHeading(e) &&
                             !IsSlideCaptionClass(e->Attr("class"))));
    // Outside articles and threads a quote's <figcaption> (a testimonial's
    // "— Dana R., owner") is the quote's signature, kept with it.
    const bool quote_signature = e->Is(TagId::kFigcaption) && !ctx.article && !ctx.discussion &&
                                 f.text > 0 && SignsFigureQuote(e);
    // On an article a photo series' captions are its text (see
    // CaptionsAGallery); their credit lines go as any credit. (So is a
    // caption-classed box in such a <figcaption>: "<figcaption><p
    // class=gallery__caption>...</p><span class=gallery__credit>".)
    const bool gallery_caption =
        ctx.article && (e->Is(TagId::kFigcaption) ? CaptionsAGallery(e)
                                                  : (f.hints & kHintCaption) && !(f.hints & kHintCredit) &&
                                                        e->parent && e->parent->Is(TagId::kFigcaption) &&
                                                        CaptionsAGallery(e->parent));
    // A credit-classed list of a show's cast and crew (IsCreditsList) is
    // the page's text too. (Asked last, of a caption's box alone.)
    auto credits_list = [&] { return (f.hints & kHintCredit) && !ctx.discussion && IsCreditsList(e); };
    // A caption- or credit-classed box of three paragraphs or more, two of
    // them sentences' length, in no <figure> and beside no picture, is text
    // that a component's name only happens to spell so (Zhihu's answer in
    // "CopyrightRichText": a writer's text under its copyright notice). (A
    // caption's lines and a credits box's are short, or beside a picture.)
    auto holds_paragraphs = [&] {
      constexpr int kTextParagraphs = 3, kLongParagraphs = 2, kFigureLevels = 3;
      constexpr uint32_t kLongParagraphText = 40;
      int paragraphs = 0, long_ones = 0;
      for (const Node* c = e->first_child; c; c = c->next)
        if (c->is_element() && c->Is(TagId::kP) && facts_[c->eid].text > 0) {
          ++paragraphs;
          long_ones += facts_[c->eid].text >= kLongParagraphText;
        }
      if (paragraphs < kTextParagraphs || long_ones < kLongParagraphs) return false;
      int level = 0;
      for (const Node* a = e; a && a->is_element() && level < kFigureLevels; a = a->parent, ++level)
        if (a->Is(TagId::kFigure)) return false;
      // (A picture inside, among the paragraphs, is the text's own.)
      return !NextToPicture(e);
    };
    if (!quote_signature && !gallery_caption &&
        (e->Is(TagId::kFigcaption) || ((f.hints & kHintCaption) && f.text < 400 && !e->Is(TagId::kCaption) &&
                                       !card_text && !holds_paragraphs())) &&
        !credits_list()) {
      // (Words hidden for screen readers, "Image caption," "Image source,",
      // are no one's caption or credit.)
      CollapsedTextInto(e, 1u << 20, kCaptionMaxNodes, &scratch, hidden_part);
      std::string_view credit = StripCreditCue(scratch);
      if ((f.hints & kHintCredit) || !credit.empty()) {
        // (A story's byline box so classed, "div.credit" over "Penulis:
        // Dimas Aryo Nugroho | Editor: ...", goes too, but credits no
        // picture: a writer's cue before one of the page's writers opens
        // it.)
        if (out->image_credit.empty() && (!credit.empty() || !CuesPageWriter(scratch, ctx.authors)))
          out->image_credit = std::string(credit.empty() ? Trim(scratch) : credit);
      } else {
        // A caption holding its credit's box ("The pier at dusk <span
        // class=credit>Photo: Sam Lee</span>"): the credit is that box's
        // words, the caption the others.
        if (out->image_credit.empty()) {
          const Node* box = CreditBoxIn(e);
          std::string credit_text;
          if (box) CollapsedTextInto(box, 1u << 20, kCaptionMaxNodes, &credit_text, hidden_part);
          const std::string_view name = CreditName(credit_text);
          if (!name.empty()) out->image_credit = std::string(name);
        }
        CollapsedTextInto(e, 1u << 20, kCaptionMaxNodes, &scratch, caption_skip);
        std::string_view words = StripCaptionLabel(scratch);
        if (out->image_caption.empty() && HasCaptionWord(words) &&
            (e->Is(TagId::kFigcaption) || BesidePicture(e))) {
          // (A gallery's counter in a caption-classed box, "1 / 4", a theme's
          // caption-sized type for a slider's "1 of 4", names no picture.)
          // A credit the caption closes with, unmarked ("Riders board a
          // bus. 사진=박준혁 기자", "The pier. Photo: Sam Lee"), is reported on
          // its own, as MetadataExtractor does for a <figcaption>'s.
          std::string_view credit;
          if (SplitCaptionCredit(words, &words, &credit)) out->image_caption_credit = std::string(credit);
          out->image_caption = std::string(words);
          out->image_caption_node = e;
        }
      }
      *reason = kCaptionReason;
      return false;
    }
    // On a thread a byline-classed line that names the poster and dates the
    // post (see IsPosterLine) heads the post: it stays, who said what and
    // when; its parts are judged as any (the post's number goes, below).
    // (A short line of few nodes, read once.)
    const bool poster_line = ctx.discussion && (f.hints & kHintByline) && f.text > 0 &&
                             f.text <= kPosterLineMaxText &&
                             CollapsedTextInto(e, 4 * kPosterLineMaxText, kLineMaxNodes, &scratch) &&
                             IsPosterLine(scratch);
    // So does a byline-classed poster's cell or name heading on a thread
    // (Invision's "h3.cAuthorPane_author", "aside.ipsEntry__author-column"):
    // the name stays, the rank and counts in it go as the post's asides.
    const bool poster_cell = ctx.discussion && (f.hints & kHintByline) && f.text <= kPosterCellMaxText &&
                             holds_poster_name();
    // And a byline-classed link that is a poster's name in a post's header
    // line (old Reddit's tagline: "<a class=author href=/user/jane>jane</a>
    // 189 points 17 hours ago"): on a thread the name says who wrote the
    // post. (Only a short link's text, read once.)
    const bool poster_link = ctx.discussion && (f.hints & kHintByline) && e->Is(TagId::kA) &&
                             e->HasAttr("href") && IsPosterNameLink(e, &scratch);
    // On a list or a service page a byline-classed list of authors (a
    // paper's names under its title in an index of papers: see
    // IsAuthorListLine) is the card's content; so on a page only dated
    // by its headline (a day's index of papers under a dated heading).
    const bool author_list = ctx.NoDeclaredKind() && !ctx.signed_by_writer &&
                             (f.hints & kHintByline) && f.text > 0 && f.text <= kAuthorListMaxText &&
                             CollapsedTextInto(e, 2 * kAuthorListMaxText, kLineMaxNodes, &scratch) &&
                             IsAuthorListLine(scratch);
    // Outside articles and threads a byline-classed box with a price among
    // its children (a shop card's "product-list-item-meta": the print's
    // name over "from £38.00") is the card's text: no writer's line carries
    // a price. (Its first few children, each a short line.)
    auto priced_card = [&] {
      if (ctx.article || ctx.discussion) return false;
      int look = kPricedCardChildren;
      for (const Node* c = e->first_child; c && look > 0; c = c->next) {
        if (!c->is_element()) continue;
        --look;
        if (CollapsedTextInto(c, kPricedCardReadBytes, kLineMaxNodes, &scratch) &&
            scratch.size() < kPricedCardReadBytes && IsBarePriceLine(scratch))
          return true;
      }
      return false;
    };
    // (Nor, off stories, a box classed as the text's body too that reads as
    // no byline: a directory's card field "geodir_post_meta
    // geodir-field-post_content" is the listing's description,
    // GeoDirectory's. On a story such a box is its writer's bio or byline
    // still, and anywhere "By Jane Doe" is a byline.)
    // (Whether the box reads as no byline: no cue, no writer's name.)
    auto reads_as_no_byline = [&] {
      return CollapsedTextInto(e, 2 * kAuthorLineMaxText, kLineMaxNodes, &scratch) && StripBylineCue(scratch).empty() &&
             !IsAuthorLine(scratch, ctx.authors);
    };
    auto body_classed = [&] {
      return !ctx.article && !ctx.signed_story && (f.hints & kHintArticleBody) && reads_as_no_byline();
    };
    // (Nor a recipe card's details classed as its "meta" ("div.wprm-recipe-
    // meta-container": "Prep Time 15 minutes", "Servings 4"): the recipe's
    // times and yield. The card's author line inside it goes as a byline.)
    // (On a story only: a list's recipe cards keep their "meta" lines
    // out, their ratings' counts.)
    // (Not one that reads as a byline: "By Megan Price · Updated ...".)
    auto recipe_details = [&] {
      return ctx.article && FindIgnoreCase(e->Attr("class").substr(0, 256), "recipe") != std::string_view::npos &&
             reads_as_no_byline();
    };
    if ((f.hints & kHintByline) && f.text < 200 && !(page_mode_ && HoldsCardText(e)) && !poster_line &&
        !poster_cell && !poster_link && !author_list && !priced_card() && !body_classed() && !card_bio() &&
        !recipe_details()) {
      *reason = "byline";
      return false;
    }
    // On an article (or a signed story) an author's box that presents the
    // writer (a bio under or beside the story: "Jane Doe is a freelance
    // writer...") is no part of the story. A box of a story's size
    // (kAuthorBioMaxText or more: a paper's "authors-container" around its
    // text) is no bio. (Its first kAuthorBioReadBytes are read, only for
    // such a box.)
    if ((ctx.article || ctx.signed_story) && !ctx.discussion && (f.hints & kHintByline) &&
        !(f.hints & kHintArticleBody) && f.text < kAuthorBioMaxText && f.link * 3 < f.text &&
        CollapsedTextInto(e, kAuthorBioReadBytes, kStatMaxNodes, &scratch) && IsAuthorBioText(scratch)) {
      *reason = "author-bio";
      return false;
    }
    // The writer's bio in a box of no byline class ("Jane Doe is the
    // co-founder of ..." under the story): a block that opens on the name
    // of one of the page's authors and says who they are, after the
    // story's prose (a paragraph of the story before it in the page, none
    // after it: never the page's first prose block, "Jane Smith is the
    // mayor of Northfield. This week..."). On a page that declares no
    // article only on a signed story; on a declared article, where such an
    // unclassed paragraph is as often the story's own note on its
    // contributor, only in a writer's card (see InWriterCard). The block's
    // first text is looked at before its words are read.
    if (!ctx.discussion && !ctx.product && !ctx.authors.empty() && (ctx.article || ctx.signed_story) &&
        (f.flags & kOwner) && f.text >= kWriterBioMinText && f.text < kAuthorBioMaxText && f.link * 3 < f.text &&
        OpensOnAuthorsWord(e, author_first_words_) && (!ctx.article || InWriterCard(e, author_first_words_)) &&
        !ParagraphNear(e, /*after=*/true, kWriterBioNextSiblings, kStoryParagraphMinText, 0) &&
        StoryParagraphBefore(e) &&
        CollapsedTextInto(e, kAuthorBioReadBytes, kStatMaxNodes, &scratch) && OpensOnWriterBio(scratch, ctx.authors)) {
      *reason = "writer-bio";
      return false;
    }
    // On an article, a teaser card set in the story ("Related" over a
    // linked headline and its line of excerpt): see IsLabeledTeaserCard.
    if (ctx.article && !ctx.discussion && !page_mode_ && !listing && f.links > 0 && f.text > 0 &&
        f.text <= kLabeledCardMaxText && IsLabeledTeaserCard(e, ctx.url, &scratch)) {
      *reason = "labeled-teaser-card";
      return false;
    }
    if ((f.hints & kHintKicker) && f.text < 60) { *reason = "kicker"; return false; }
    // A headline class marks the story's headline on an article. On a list
    // it marks each card's headline, on other pages each section's (a
    // service's features, its FAQ questions): content there (the page's
    // own headline is still caught as the title below).
    // (Nor does it on a subheading in the story's run of prose, a
    // paragraph before it and one after: "<h2 class=article__headline>
    // Voices after the match</h2>" between a report's paragraphs is a
    // section of the story, not its headline. A product page's, read
    // precisely, keeps the rule: its marketing taglines under headline
    // classes, "Built for AI.", are WCXB's annotators' furniture, 3 dev
    // records -.06.)
    if ((f.hints & kHintTitle) && f.text < 300 && !page_mode_ && !listing && !HeadsOwnProse(e) &&
        !(IsHeadingTag(e->tag) && e->tag != TagId::kH1 && f.link == 0 &&
          ParagraphNear(e, /*after=*/false, kSubheadProseLookBefore, kStoryParagraphMinText, kDroppedFlags, 0) &&
          ParagraphNear(e, /*after=*/true, kSubheadProseLookAfter, kStoryParagraphMinText, kDroppedFlags, 0))) {
      *reason = "headline";
      return false;
    }
    if ((f.hints & kHintTags) && f.link * 2 >= f.text) { *reason = "tags"; return false; }
    // On a thread, the poster's statistics beside each post ("Posts: 4032",
    // "Joined Oct 28, 2023") are furniture; the name and the post stay.
    // They are short blocks, or rows of a list (whose text the list owns).
    const bool stat_row = e->tag == TagId::kDd || e->tag == TagId::kLi;
    // (A statistic is a label and a value: a block of more than
    // kStatMaxNodes nodes is none, and is not read; a list nested a million
    // deep stays linear.)
    StatLine stat{e, stat_buffer};  // (read when first asked: see stat_text)
    if (ctx.discussion && (stat_row || ((f.flags & kOwner) && f.text > 0 && f.text < 40)) && stat_text(stat) &&
        IsMemberStatLine(stat.text) &&
        // (A place alone, "Wohnort: Köln", is a post's line too, an ad's or
        // an introduction's: a statistic only beside a counted one.)
        (!IsMemberPlaceLine(stat.text) || BesideCountedMemberStat(e, &scratch))) {
      *reason = "member-stat";
      return false;
    }
    // So is a profile cell of such lines, one under another ("Joined: ...
    // <br>Posts: 214<br>Location: ..."): too long for one line's check.
    if (ctx.discussion && (f.flags & kOwner) && f.text >= 40 && f.text < 200 && f.link * 2 < f.text &&
        LinesAreMemberStats(LoneCellOf(e), &scratch, &stat_buffer2)) {
      *reason = "member-stat";
      return false;
    }
    // A post's furniture on a line of its own: its vote score, its like
    // count, the thread's tally over its posts ("3 Posts 212 Views",
    // "Followers 1"), the poster's rank, the toolbar ("Reply"), its permalink
    // ("#12"). A row of a list too (a header's list of the badge and the
    // permalink), though not a bare number there: a list's item "3" may be
    // a post's. (A short block of few nodes, read once: bounded like the
    // statistics above.)
    // The line is read as shown: a hidden copy inside it (Stack Exchange's
    // "2 Answers <span style=display:none itemprop=answerCount>2</span>",
    // a count for microdata) is passed over, and so is boilerplate the body
    // leaves out (phpBB's action bar: "Post Reply" beside its pagination
    // box, "3 posts * Page 1 of 1"): unseen (seen_text).
    const std::string* line = nullptr;
    // (A layout table's cell, as a vBulletin 3 post's footer cell "Reply
    // With Quote", owns no text of its own in the facts: read so too.)
    if (ctx.discussion &&
        (stat_row || ((f.flags & kOwner) && f.text > 0 && f.text <= 32) ||
         (e->tag == TagId::kTd && !(f.flags & kOwner) && e->first_child)) &&
        e->tag != TagId::kPre &&
        (line = seen_text(stat)) != nullptr && (IsPostFurnitureLine(*line) || IsThreadStatsLine(*line)) &&
        // (Nor a list's item or a cell that opens on a number: a table in
        // a post, a squad's numbers.)
        !((e->tag == TagId::kLi || e->tag == TagId::kTd) && !(f.flags & kOwner) && OpensOnNumber(*line)) &&
        (!IsPostPermalinkNumber(*line) || IsPostNumberPlace(e)) &&
        // (Nor a reply that is only such a word, written in a post's body
        // ("postbody", "post-content": kInMarkedBody) as its own text with
        // no link: a German board's "Top" (great!), a one-word "Like".
        // The toolbar's buttons are links or sit outside the body.)
        !((f.flags & kInMarkedBody) && (f.flags & kOwner) && f.link == 0 && !stat_row &&
          !OpensOnNumber(*line) && IsWholePostBody(e, f.text))) {
      *reason = "post-furniture";
      return false;
    }
    // The board's clock line under a thread ("All times are GMT -5. The
    // time now is 04:12 AM."). (A short block: its stat_text, read once
    // for the checks above too.)
    if (ctx.discussion && (f.flags & kOwner) && f.text > 0 && f.text <= kBoardClockMaxText && stat_text(stat) &&
        IsBoardClockLine(stat.text)) {
      *reason = "board-clock";
      return false;
    }
    // A board's table of other threads under a thread, headed by its first
    // cell (vBulletin 3's "<table class=tborder><tr><td class=tcat>Similar
    // Threads</td></tr>..."): links away from the thread. (The first row's
    // first cell read, through a <tbody>.)
    if (ctx.discussion && e->tag == TagId::kTable) {
      const Node* row = e->first_child;
      while (row && !row->Is(TagId::kTr)) row = row->Is(TagId::kTbody) ? row->first_child : row->next;
      const Node* cell = row ? row->first_child : nullptr;
      while (cell && !(cell->Is(TagId::kTd) || cell->Is(TagId::kTh))) cell = cell->next;
      if (cell && CollapsedTextInto(cell, 80, kStatMaxNodes, &scratch) && IsThreadFurnitureHeading(scratch)) {
        *reason = "thread-furniture";
        return false;
      }
    }
    // The poster's signature under a post, ruled off by a line of
    // underscores (vBulletin 3's "__________________<br>Gary - Ohio", in
    // a bare div): the post's furniture, not its text. (Its first text
    // node read.)
    if (ctx.discussion && (f.flags & kOwner) && f.text > 0 && f.text <= kSignatureMaxText) {
      const Node* t = e->first_child;
      while (t && !(t->is_text() && !Trim(t->data).empty())) t = t->is_text() ? t->next : nullptr;
      if (t && OpensOnSignatureRule(t->data)) {
        *reason = "signature";
        return false;
      }
    }
    // A link aggregator's submission line over its item, in a cell or a
    // block of its own ("123 points by jdoe 3 hours ago | hide | past |
    // favorite | 45 comments"): the submission's score, stamp and actions,
    // on its own discussion page too (its title is the page's; its poster
    // is the author). (A short block of few nodes, read once; a layout
    // table's cell owns no text of its own in the facts, and is read so too.)
    if (ctx.discussion && e->first_child &&
        ((f.flags & kOwner) ? f.text > 0 && f.text <= kSubmissionCellMaxText : e->tag == TagId::kTd) &&
        CollapsedTextInto(e, kStatReadBytes, kStatMaxNodes, &scratch, unseen) && IsSubmissionLine(scratch)) {
      *reason = "submission-line";
      return false;
    }
    // The starter's badge beside the name on each of their posts ("Thread
    // starter"), a block or a span beside the name: the thread's furniture;
    // so is the post's permalink, a link to the post by its number, beside
    // its date ("<a href='#post-23'>#23</a> · Aug 5, 2023"); a number that
    // links nowhere ("<span>#2</span>") may be the post's own label, which
    // some threads show as their text. (An element whose one child is a
    // short text: inline elements own no text of their own in the facts,
    // and no element is read further.) The badge stands alone: "OP" in code
    // or in a sentence ("The <b>OP</b> here confirms it") is a word of the
    // post.
    // (The mark may follow its icon: "<div><svg>...</svg>Respuesta
    // aceptada</div>", Bettermode's.)
    const Node* badge_text = e->first_child;
    if (badge_text && badge_text->tag == TagId::kSvg && badge_text->next && badge_text->next == e->last_child())
      badge_text = badge_text->next;
    if (ctx.discussion && badge_text && badge_text == e->last_child() &&
        badge_text->is_text() && badge_text->data.size() <= kStarterBadgeMaxBytes &&
        !IsCodeTag(e->tag) && e->parent->tag != TagId::kP && StandsAlone(e)) {
      if (IsStarterBadge(badge_text->data) ||
          (IsAnswerStateBadge(badge_text->data) && (badge_text == e->first_child || !IsHeadingTag(e->tag)))) {
        *reason = "starter-badge";
        return false;
      }
      if (badge_text == e->first_child && (e->tag == TagId::kA || e->parent->tag == TagId::kA) &&
          (IsPostPermalinkNumber(e->first_child->data) || IsPostFloorLabel(e->first_child->data))) {
        *reason = "post-permalink";
        return false;
      }
    }
    // A post's age shown relatively in its tagline, an element of its own
    // ("<time>17 hours ago</time>", "<span title='Sep 16, 2019'>posted 6
    // years ago</span>"), and the count of replies under it ("(11
    // children)"): the thread's furniture, like the absolute stamp below.
    // Only the element's whole text, with no words beside it: "2 years ago"
    // inside a sentence is the post's; and only in a tagline (see
    // InPostTagline): a reply whose whole text is "2 years ago" is the
    // post's. (One text child, read once.)
    if (ctx.discussion && e->first_child && e->first_child == e->last_child() && e->first_child->is_text() &&
        e->first_child->data.size() <= kStarterBadgeMaxBytes && !IsCodeTag(e->tag) && NoWordsBeside(e) &&
        (IsPostAgeStamp(e->first_child->data) || IsReplyCountTag(e->first_child->data)) && InPostTagline(e)) {
      *reason = "post-age";
      return false;
    }
    // A reply's subject line over each reply ("Re: Pump leaks"): a heading
    // or a link that repeats the thread's title. (Few nodes, read once.)
    if (ctx.discussion && (f.flags & kOwner) && f.text > 0 && f.text < 200 &&
        (IsHeadingTag(e->tag) || f.link * 2 >= f.text) &&
        CollapsedTextInto(e, 320, kStatMaxNodes, &scratch) && IsReplySubjectLine(scratch)) {
      *reason = "reply-subject";
      return false;
    }
    // On a product page, a short block that is only a count or a counter
    // ("57%", "1,935", "1 of 13": a rating histogram's bars, a carousel's
    // position), or only a price and its labels ("$4.99", "Sale price $42
    // Regular price $48", "$130 Add to cart": the buy box's, or an add-on's
    // in a picker) or a priced shipping line. The product's text says what
    // it is, not what it costs. (A table's cells and a list's items are not
    // blocks of their own: a spec row "Speeds | 5" stays; so does a price in
    // a sentence, "Ships for $5", and a card's price under its linked name in
    // a grid of products: see InProductCard.) A few nodes, read once.
    if (ctx.product && (f.flags & kOwner) && f.text > 0 && e->tag != TagId::kPre) {
      const bool count = f.text <= kBareCountMaxText;
      const bool price = !listing && (f.flags & kPriced) && f.text <= kShippingPriceMaxText && !InProductCard(e);
      // A currency converter's list ("AED: 549.56 GBP: $110.82 ..."): the
      // buy box's price again, in currencies the shop does not charge in.
      const bool currencies = !listing && !price && (f.flags & kPriced) && f.text <= kCurrencyListMaxText &&
                              !InProductCard(e);
      if (currencies && CollapsedTextInto(e, kStatReadBytes, kCurrencyListMaxNodes, &scratch) &&
          IsCurrencyListLine(scratch)) {
        *reason = "bare-price";
        return false;
      }
      // The shop's note under the price that tax and shipping are settled
      // at the checkout ("Tax included. Shipping calculated at checkout.").
      // So is its offer to split the price into payments ("ou 3x de
      // R$ 43,30 sem juros"): its terms of payment.
      // So are its stock line and its delivery promise ("In stock, ships
      // in 24 h", "Lieferzeit: 5-7 Werktage"): the shop's state and terms.
      // (One read of the line for all of them.)
      static_assert(kInstallmentMaxText <= kCheckoutNoteMaxText && kCheckoutNoteMaxText <= kDeliveryPromiseMaxText &&
                    kSoldCountMaxText <= kDeliveryPromiseMaxText);
      if (!listing && f.text <= kDeliveryPromiseMaxText && !CardOf(e, /*outside_links=*/true) &&
          CollapsedTextInto(e, kStatReadBytes, kStatMaxNodes, &scratch)) {
        if (f.text <= kCheckoutNoteMaxText && IsCheckoutNoteLine(scratch)) {
          *reason = "checkout-note";
          return false;
        }
        // (With a price, "ou 3x de R$ 43,30 sem juros"; or with none:
        // "Bezahlung in 3 Raten mit PayPal", "Betaal in 3 termijnen, 0%
        // rente".)
        if (f.text <= kInstallmentMaxText &&
            (((f.flags & kPriced) && IsInstallmentLine(scratch)) || IsInstalmentCountLine(scratch))) {
          *reason = "installment";
          return false;
        }
        if (IsStockOrDeliveryLine(scratch)) {
          *reason = "stock-line";
          return false;
        }
        // So are its size chart's link and its size picker's prompt ("Size
        // Guide", "Zur Größentabelle", "Seleziona la taglia"), not as a
        // heading (a description's "Size chart" over its table). (Not its
        // returns policy, "30 day return policy": WCXB's golds keep it under
        // the product, three dev records -.06 summed.)
        if (!IsHeadingTag(e->tag) && IsSizeControlLine(scratch)) {
          *reason = "size-guide-link";
          return false;
        }
        // So is its loyalty offer ("Earn 5 times the points on your card").
        if (IsLoyaltyPointsLine(scratch)) {
          *reason = "loyalty-line";
          return false;
        }
        // So is its offer of a lower price for more units ("Buy 3 for
        // $12.00 each and save 10%").
        // (A block of its own words only: a buy box's heading and price
        // around the line are no line.)
        // (Or, unpriced, a share off for a count or more: "Mix 6 or more
        // bottles and save 10%".)
        if (f.own_text == f.text && IsMultiBuyLine(scratch)) {
          *reason = "multi-buy";
          return false;
        }
        // So are its seller line ("Sold and shipped by Walmart.com") and
        // its note on the model's size ("Model is 1,85 m and wears size M").
        if (IsSellerLine(scratch)) {
          *reason = "seller-line";
          return false;
        }
        // And its tally of the units sold ("1.2k sold", "Đã bán 1,2k").
        // (Not a heading: a description's "50,000+ sold" over its pitch.)
        if (f.text <= kSoldCountMaxText && !IsHeadingTag(e->tag) && IsSoldCountLine(scratch)) {
          *reason = "sold-count";
          return false;
        }
        // (Not a list's: "Model is 185 cm and wears size M" among a
        // shirt's features.)
        if (e->tag != TagId::kUl && e->tag != TagId::kOl && e->tag != TagId::kDl && IsModelSizeNote(scratch)) {
          *reason = "model-note";
          return false;
        }
      }
      // A price box whose other lines are blocks of their own ("<div
      // class=product-block--price><label>Price</label><span>$3,499.00
      // </span><div>Tax included...</div></div>": Shopify's Impulse): its
      // own words are the bare price, or the checkout note ("<div
      // class=price-note><div>UVP 499,95 €</div>... inkl. 19% USt., zzgl.
      // Versand</div>": JTL's). (A small box only, its owned words read
      // without its blocks'; they go with it when each is the shop's terms
      // too: a staff pick's line under the price stays, with the box. Not
      // in a table: a comparison's cell of a price and a note is data.)
      if (!listing && (f.flags & kPriced) && f.own_text > 0 && f.own_text <= kBarePriceMaxText &&
          f.own_text < f.text && f.text <= kPriceBoxMaxText && !InProductCard(e) && !InTableCell(e) &&
          CollapsedTextInto(e, kStatReadBytes, kStatMaxNodes, &scratch,
                            [&](const Node* d) { return (facts_[d->eid].flags & kOwner) != 0; }) &&
          (IsBarePriceLine(scratch) || IsCheckoutNoteLine(scratch)) && BlocksAreShopTerms(e, facts_, &scratch)) {
        *reason = "bare-price";
        return false;
      }
      if ((count || price) && CollapsedTextInto(e, kStatReadBytes, kStatMaxNodes, &scratch)) {
        // (Not in a table's cell: a product's details table prints its
        // ISBN, its pages, its date in cells of their own, "<td><p>
        // 9782384120563</p></td>".)
        if (count && IsBareCountLine(scratch) && !InDataTableCell(e)) {
          *reason = "bare-count";
          return false;
        }
        if (price && ((f.text <= kBarePriceMaxText && IsBarePriceLine(scratch)) ||
                      (IsShippingPriceLine(scratch) && !InBuyBoxPanel(e)))) {
          *reason = "bare-price";
          return false;
        }
      }
    }
    // Outside articles and threads, a row or a column of the site's own
    // links, named by the words every site uses ("Help", "About",
    // "Careers", "Press", "Privacy", "Terms"): the footer's links drawn
    // without a <footer> or a footer class, under a list page's last cards.
    // (Only a short block that is all link, its few links read.)
    if (!ctx.article && !ctx.discussion && f.links >= kSiteLinksMin && f.text <= kSiteLinksMaxText &&
        f.link * 10 >= f.text * 9 && IsSiteLinksRow(e, &scratch) && SiteLinksAfterContent(e)) {
      *reason = "site-links";
      return false;
    }
    // Outside articles and threads, where link lists are kept (a widened
    // page, a listing), a list that is all link and whose items hold lists
    // of links of their own (a top level's pages, each with its sub-pages
    // under it: WordPress's wp_list_pages "li.page_item > ul.children", a
    // mega menu's columns) is the site's menu tree drawn inside the page (a
    // "jump to another service" dropdown, a sidebar's section tree): a
    // listing's items and a pitch's feature lists do not nest lists of
    // links. Not a list nested in another's item (a level of the tree
    // itself, or an outline's), nor one right after a paragraph, a heading
    // or a list, itself or as its box's first child (a documentation
    // page's list of its sub-pages under "Further topics", a "Contents"
    // box), nor a table of contents.
    // (Only a long list that is all link; its items are looked at, not
    // their subtrees.)
    if ((page_mode_ || listing) && !ctx.article && !ctx.discussion && (e->tag == TagId::kUl || e->tag == TagId::kOl) &&
        f.links >= kMenuTreeMinLinks && f.link * 10 >= f.text * 9 && !(e->parent && e->parent->tag == TagId::kLi) &&
        !FollowsProse(e) && !(e->parent && !PrevElementFrom(e->prev()) && FollowsProse(e->parent)) && IsMenuTree(e)) {
      *reason = "menu-tree";
      return false;
    }
    // Link lists: menus, related-article boxes, tag clouds.
    // (A list rebuilt by the fallback keeps them on article pages too: its
    // items are links.)
    const bool strict_links = !page_mode_ && !listing;
    // On a thread, a list among a post's paragraphs (right after a
    // paragraph, a heading or another list, in a parent that holds a post's
    // prose: a changelog of linked items under each contributor's name, a
    // list of sources) is the post's, however linked: a menu or a "similar
    // threads" box sits in a wrapper of its own, without prose, or after
    // the last post. (A post's toolbar list is its furniture, caught above.)
    const bool post_list = ctx.discussion && (e->tag == TagId::kUl || e->tag == TagId::kOl) && e->parent &&
                           facts_[e->parent->eid].good >= kLinkListPostMinGood && FollowsProse(e);
    // On an article, a list among the story's paragraphs (right after a
    // paragraph, a heading or another list, in a parent holding the story's
    // prose) whose items open on words of their own before their links
    // ("Plan to spend: $40. Buying options: <a>...</a>", "My favorite
    // hotel: <a>...</a>, Oman"), with 15% of its text unlinked at least,
    // is the story's: it names and cites, where a menu's, a tag
    // cloud's or a related box's items open on their links. (Its first
    // item's first nodes are read, only for a list about to be dropped.)
    auto prose_list = [&](const Node* l) {
      if (!l || !l->is_element() || (l->tag != TagId::kUl && l->tag != TagId::kOl) || !l->parent) return false;
      const Facts& lf = facts_[l->eid];
      return float(lf.link) < kProseListMaxLinkShare * float(lf.text) &&
             facts_[l->parent->eid].good >= kLinkListPostMinGood && FollowsProse(l) && OpensUnlinked(l);
    };
    // A post's activity feed under it (its notes: "paperfox liked this",
    // "inkandthread reblogged this from quietbindery", a reply among
    // them): a list most of whose items are such notes, each naming a user
    // by a link. Not the post's text.
    if ((e->tag == TagId::kOl || e->tag == TagId::kUl) && f.links >= 2 && IsActivityNoteList(e, &reread)) {
      *reason = "activity-notes";
      return false;
    }
    // A blog's archive by month set in the page's column (an archive
    // widget under the posts): a way through the blog, not its text.
    if ((e->tag == TagId::kOl || e->tag == TagId::kUl) && f.links >= kMonthArchiveMin &&
        IsMonthArchiveList(e, &reread)) {
      *reason = "archive-months";
      return false;
    }
    if (strict_links && !post_list && e->tag != TagId::kA && f.links >= 2 && f.text > 0 &&
        float(f.link) >= tuning.link_list_ratio * float(f.text) &&
        (IsBlockTag(e->tag) || e->tag == TagId::kUnknown) &&
        // On a thread, a post with paragraphs of prose beside its lists of
        // links (a changelog of linked items) is a post, not a menu.
        !(ctx.discussion && f.good >= kLinkListPostMinGood) &&
        // Nor a poster's cell, nor a short post whose own words sit beside
        // its poster's linked name and counts ("member1 · 1,204 posts ·
        // Same here.").
        !(ctx.discussion &&
          (f.text <= kPosterCellMaxText || f.text >= f.link + kPostOwnMinText) && holds_poster_name()) &&
        !(ctx.article && !ctx.discussion &&
          (prose_list(e) || (e->tag == TagId::kLi && prose_list(e->parent)))) &&
        !InIngredientList(e, &reread) && !(IsHeadingTag(e->tag) && HeadingBesideEditLinks(e))) {
      *reason = "link-list";
      return false;
    }
    // The label of a link list dropped just after it ("Related posts:" over
    // a list of linked titles): a short line of its own, no link, that
    // names furniture and ends on a colon, whose next element (or the next
    // box's, see list_after_label) is a list the rule above drops. Alone it
    // would be left dangling. (A story's own label over its list of links,
    // "Here are a few examples:", "Buying options:", stays.)
    auto link_list_after = [&](const Node* l) {
      if (!l || !l->is_element() || (l->tag != TagId::kUl && l->tag != TagId::kOl)) return false;
      const Facts& lf = facts_[l->eid];
      return lf.links >= 2 && lf.text > 0 && float(lf.link) >= tuning.link_list_ratio * float(lf.text) &&
             !(ctx.article && prose_list(l));
    };
    // A signed story read in page mode keeps its link lists, but not one
    // under such a label: the other posts the writer points to ("If you
    // liked this post you might also like:" over linked titles). The label
    // may say so in a sentence's end (IsRelatedListLabel), up to
    // kRelatedListLabelMaxBytes.
    const bool story_links = page_mode_ && !listing && ctx.signed_story && !ctx.discussion;
    auto related_label = [&](const Node* l) {
      if (!l) return false;
      const Facts& lf = facts_[l->eid];
      return (lf.flags & kOwner) && lf.links == 0 && lf.text > 0 && lf.text <= kRelatedListLabelMaxBytes &&
             lf.own_text == lf.text && CollapsedTextInto(l, kRelatedListLabelMaxBytes * 4, kLineMaxNodes, &scratch) &&
             IsRelatedListLabel(scratch);
    };
    // (On a signed story, only a list of the site's own pages: a writer's
    // list of other sites' products under "you might also like:" is hers.)
    // (The list after the label; or, when the label stands alone in its
    // box, as a CMS sets each block of a story in a wrapper of its own
    // (Globo's "div.mc-column"), the list in the box after it.)
    auto list_after_label = [&](const Node* l) -> const Node* {
      const Node* n = NextElementFrom(l->next);
      if (n || PrevElementFrom(l->prev()) || !l->parent || l->parent->tag == TagId::kBody) return n;
      n = NextElementFrom(l->parent->next);
      if (n && n->tag != TagId::kUl && n->tag != TagId::kOl) {
        const Node* only = NextElementFrom(n->first_child);
        if (only && !NextElementFrom(only->next)) n = only;
      }
      return n;
    };
    if (!ctx.discussion && related_label(e)) {
      const Node* list = list_after_label(e);
      if (link_list_after(list) && (strict_links || (story_links && LinksStayOnSite(list, ctx.url)))) {
        *reason = "link-list-label";
        return false;
      }
    }
    if (story_links && link_list_after(e) && related_label(PrevElementFrom(e->prev())) && LinksStayOnSite(e, ctx.url)) {
      *reason = "related-link-list";
      return false;
    }
    // On a story, a live blog entry's stamp (its <header> or line holding
    // one <time> alone, in a link to the entry: "<a href=#block-1><time>
    // 15.08 GMT</time></a>") in an entry of a series (the blog's <article>
    // entries side by side) stays: it tells the entries apart in time.
    // (A short line of a few nodes.)
    auto entry_stamp = [&] {
      if (!ctx.article || f.text > kEntryStampMaxText || !e->parent || !OneOfASeries(e->parent)) return false;
      return FirstDescendantWithin(e, kLineMaxNodes, [](const Node* d) { return d->Is(TagId::kTime); }) != nullptr;
    };
    // A short block that is all link: "Read more: ...", a related headline.
    // On a product page too, though its root is widened and keeps link
    // lists: a block that only links elsewhere (a trust badge that links to
    // the returns policy, "Visit the store", the seller's name) is the
    // shop's, not the product's text. A card's linked name in a grid of
    // products stays with its card (a category page read as a product:
    // see InProductCard). On a thread, the linked cite over a reply's
    // short quote ("<a>Jane said:</a>", a link to the quoted post) stays
    // with the quote it introduces; over a long one (a copy of the post,
    // dropped as a repeat) it goes. (A short line of few nodes, read once.)
    const bool strict_blocks = strict_links || (ctx.product && !listing);
    if (strict_blocks && !post_list && (f.flags & kOwner) && f.text > 0 && f.text < 200 && f.link * 10 >= f.text * 9 &&
        !IsHeadingTag(e->tag) && (strict_links || !InProductCard(e)) && !entry_stamp() &&
        !(ctx.discussion && f.text <= kPosterCellMaxText && holds_poster_name()) &&
        !(ctx.discussion && f.text <= kCiteLineMaxText && QuoteBelowIsShort(e) &&
          CollapsedTextInto(e, kStatReadBytes, kStatMaxNodes, &scratch) && IsQuoteCiteLine(scratch))) {
      *reason = "link-only-block";
      return false;
    }
    // On a widened page (a service's landing page) a lone link or a
    // block that is all link and calls to action ("Get started", "See
    // plans", "Book a demo") is a button, not part of the pitch. A link in
    // running text ("... or learn more about plans") stays: its sentence
    // needs it. (Few nodes read, once per element.)
    // (A link owns no text in the facts, its block does: a lone link is
    // read, its first bytes only. A heading's link is a card's title: "Learn
    // Python in ten days" stays.)
    // A list of such links is the page's own list ("Our courses: Learn
    // Spanish, Learn French"): its items stay.
    // (The page type is asked first: threads, products and listings read
    // no link's neighbours here.)
    const bool widened = page_mode_ && !listing;
    const bool story = ctx.article && !ctx.discussion;
    const bool lone_link = (widened || story) && e->tag == TagId::kA && e->first_child && StandsAlone(e) &&
                           !InHeading(e) && !IsItemOfLinkList(e);
    // On a page (no story, thread or listing), a lone link that its class,
    // or its wrapper's, draws as a call to action ("a.j-calltoaction-link":
    // Jimdo; "a.dmButtonLink": Duda; "cta-button") is one in any language
    // ("Jetzt Besichtigung anfragen", "Demander un devis") when its label
    // is short: a button between the page's sections, not its text.
    const bool cta_classed = widened && lone_link && f.text <= kCallToActionMaxText &&
                             ((f.hints | facts_[e->parent->eid].hints) & kHintCallToAction);
    if ((widened || (story && lone_link && AloneInBlock(e))) && !IsHeadingTag(e->tag) &&
        (lone_link || ((f.flags & kOwner) && f.text > 0 && f.text <= kCallToActionMaxText && f.link * 10 >= f.text * 9)) &&
        CollapsedTextInto(e, lone_link ? kCallToActionReadBytes : 1u << 20, kStatMaxNodes, &scratch) &&
        (!lone_link || scratch.size() < kCallToActionReadBytes) && (cta_classed || IsCallToActionLine(scratch))) {
      *reason = "call-to-action";
      return false;
    }
    // A share row: a share label and links to share the page on, nothing
    // else ("Share Instagram Facebook Email", a story builder's text
    // widget), on any page. (Not a sentence: "Share: see our post, the
    // thread." ends on a stop.) (The counted facts first: a block of short
    // link text whose only other words are a label's.)
    if ((f.flags & kOwner) && f.links >= kShareRowMinLinks && f.text <= kShareRowMaxText && f.text > f.link &&
        f.text - f.link <= kShareRowMaxLabel && CollapsedTextInto(e, kShareRowMaxText * 2, kStatMaxNodes, &scratch) &&
        IsShareLabel(scratch) && !EndsWithSentenceStop(scratch) &&
        f.text - f.link <= scratch.find_first_of(" :")) {  // (the label's one word: not "Share class:")
      *reason = "share-row";
      return false;
    }
    // A row of two or more links drawn as buttons or tabs and nothing
    // else ("Place hold · Add to list · Cite", a download page's "macOS",
    // "Linux" buttons, a schedule's day tabs): the site's controls, not
    // the page's text, on pages that are not stories or threads. (Its
    // children only are read, once per such short all-link block.)
    if (!ctx.article && !ctx.discussion && (f.flags & kOwner) && f.text > 0 && f.text <= kButtonRowMaxText &&
        f.link * 10 >= f.text * 9 && !IsHeadingTag(e->tag) && IsButtonRow(e)) {
      *reason = "button-row";
      return false;
    }
    // On a thread or a story, the site's box for guests: a few lines whose
    // every link leads to its sign-up or log-in page, one at least to each
    // ("Jetzt mitmachen! Sie haben noch kein Benutzerkonto auf
    // unserer Seite? ... [Benutzerkonto erstellen] [Anmelden]", "You are
    // not logged in. Register or log in to reply."): the site's account
    // furniture, in any language. (Only a short box with a link and words
    // of its own besides: a menu's row of links is read by other rules.)
    // (Two links at least: one to each page. Most short lines of a story
    // hold one link, and are passed before their address is read.)
    if ((ctx.discussion || ctx.article) && f.links >= 2 && f.link < f.text && f.text <= kGuestBoxMaxText &&
        !IsHeadingTag(e->tag) && IsGuestBox(e)) {
      *reason = "guest-box";
      return false;
    }
    // A form field's label in a block of its own ("Quantity:", "Cover:"),
    // a short line ending on a colon, no link, whose next element holds a
    // control (a select, an input, a text area) and no text: the buy box's
    // or a form's field, not the page's text. (A spec's "Weight:" is
    // followed by its value.)
    if ((f.flags & kOwner) && f.text > 0 && f.text <= kFieldLabelMaxText && f.link == 0 &&
        !IsHeadingTag(e->tag)) {
      const Node* next = NextElementFrom(e->next);
      if (next && facts_[next->eid].text == 0 && HoldsFieldControl(next)) {
        CollapsedTextInto(e, kFieldLabelMaxText * 2, 8, &scratch);
        if (!scratch.empty() && scratch.back() == ':') {
          *reason = "field-label";
          return false;
        }
      }
    }
    // A pull quote (its block or one inside it, up to kPullQuoteLevels
    // up), in the precise mode.
    if (tuning.drop_pull_quotes) {
      int up = 0;
      for (const Node* a = e; a && a->is_element() && up <= kPullQuoteLevels; a = a->parent, ++up)
        if (IsPullQuoteClass(a->Attr("class"))) {
          *reason = "pull-quote";
          return false;
        }
    }
    // (Not a table cell's one paragraph: "<td><p>Oatmeal, Iron Red</p></td>",
    // a value of the table's row, is its data as a bare cell's text is. A
    // layout table's cell of many paragraphs is read line by line.)
    auto lone_cell_paragraph = [e] {
      return e->parent && (e->parent->Is(TagId::kTd) || e->parent->Is(TagId::kTh)) && !PrevElementFrom(e->prev()) &&
             !NextElementFrom(e->next);
    };
    // (Nor, on a product's page, a spec's value under its name:
    // "<div><h3>Capacity</h3><div>4 Persons</div></div>", a pair of its
    // own. The name heading stays, and so does its value. Not a price. A
    // list guide's cards keep their short lines out: "Freemium" under a
    // tool's name, one article -.033.)
    // (Nor a link's value, nor a value under a furniture word, "Pin ·
    // Email" under "Share", nor a card's line under its linked name in a
    // grid of products.)
    auto value_under_name = [&] {
      if (!ctx.product || (f.flags & kPriced) || f.link * 2 >= f.text) return false;
      // (A definition list's row, "<dl><div><dt>Skivans tjocklek</dt>
      // <dd>3 cm</dd></div>", is such a pair too.)
      if (e->parent && e->parent->Is(TagId::kDl)) return !InProductCard(e);
      const Node* name = PrevElementFrom(e->prev());
      if (!name || !IsHeadingTag(name->tag)) return false;
      const auto& nf = facts_[name->eid];
      if (nf.text > kSpecNameMaxText || nf.link * 2 >= nf.text || PrevElementFrom(name->prev()) ||
          NextElementFrom(e->next) || InProductCard(e))
        return false;
      // (A name the page's furniture uses, "Share", names no spec. The
      // cheap checks first: the card walk and the name's read last.)
      CollapsedTextInto(name, kSpecNameMaxText * 2, 8, &scratch);
      return !IsBoilerplateLine(scratch);
    };
    // (Nor, on a product's page, either half of a spec row drawn with two
    // boxes, "<li><div>Total Power</div><div>460 watts</div></li>", among
    // rows of the same shape: the name and its value, a table's row
    // without the table. Not a price or a link.)
    auto spec_row_half = [&] {
      if (!ctx.product || (f.flags & kPriced) || f.link * 2 >= f.text) return false;
      const Node* row = e->parent;
      if (!row || !row->is_element() || row->tag == TagId::kBody) return false;
      const Node* before = PrevElementFrom(e->prev());
      const Node* after = NextElementFrom(e->next);
      if ((before != nullptr) == (after != nullptr)) return false;  // one of two
      const Node* name = before ? before : e;
      const Node* value = before ? e : after;
      if (NextElementFrom(value->next) || PrevElementFrom(name->prev())) return false;
      const auto& nf = facts_[name->eid];
      const auto& vf = facts_[value->eid];
      if (nf.text == 0 || nf.text > kSpecNameMaxText || vf.text == 0 || vf.text > kSpecValueMaxText ||
          nf.link * 2 >= nf.text || vf.link * 2 >= vf.text || (vf.flags & kPriced))
        return false;
      // (A row among rows of two boxes: one alone is a card's line. A long
      // second box is a section under its title: "Description" over the
      // product's text.)
      auto twin_row = [&](const Node* r) {
        if (!r || r->tag != row->tag) return false;
        const Node* a = NextElementFrom(r->first_child);
        const Node* b = a ? NextElementFrom(a->next) : nullptr;
        return b && !NextElementFrom(b->next);
      };
      if (!twin_row(NextElementFrom(row->next)) && !twin_row(PrevElementFrom(row->prev()))) return false;
      // (A value with no letter, "62%" beside "5 stars", is a tally or a
      // count: its name goes with it. A buy box's row names the offer's
      // terms, "Delivery", "Availability".)
      CollapsedTextInto(value, kSpecValueMaxText * 4, 8, &scratch);
      if (std::none_of(scratch.begin(), scratch.end(),
                       [](char c) { return IsAsciiAlpha(static_cast<unsigned char>(c)) || (c & 0x80); }))
        return false;
      CollapsedTextInto(name, kSpecNameMaxText * 2, 8, &scratch);
      return !IsBoilerplateLine(scratch) && !IsBuyBoxRowName(scratch);
    };
    // (Nor, on a product's page, a line that opens on a bold label: the
    // label alone over a list, "<p><strong>PRODUCT FEATURES</strong></p>
    // <ul>...", a heading drawn in bold; or a spec's name and value,
    // "<div><b>Number of Speed Settings:</b> 10</div>", among lines of the
    // same shape.)
    auto bold_label_line = [&] {
      if (!ctx.product || (f.flags & kPriced) || f.link > 0 || InProductCard(e)) return false;
      const Node* b = NextElementFrom(e->first_child);
      if (!b || (b->tag != TagId::kB && b->tag != TagId::kStrong)) return false;
      bool alone = true;  // no words beside the label
      for (const Node* s = e->first_child; s && alone; s = s->next) alone = s == b || IsBlankNode(s);
      if (alone) {
        // (A list of links under it is a shelf: "Customers also bought".)
        const Node* next = NextElementFrom(e->next);
        if (!next || (next->tag != TagId::kUl && next->tag != TagId::kOl)) return false;
        const auto& lf = facts_[next->eid];
        if (lf.text == 0 || lf.link * 2 >= lf.text) return false;
        // (Nor over a list of items as short as the blocks that go: "Body
        // only", "No case" under "Note". The label goes with them.)
        size_t items = 0;
        for (const Node* li = NextElementFrom(next->first_child); li && items < 64; li = NextElementFrom(li->next))
          ++items;
        if (items == 0 || lf.text < items * tuning.min_block_chars) return false;
        CollapsedTextInto(b, kSpecNameMaxText * 2, 8, &scratch);
        return !IsBoilerplateLine(scratch, true) && !IsBuyBoxRowName(scratch);
      }
      // (A rule between the lines, "<hr>", is passed.)
      auto opens_bold = [&](const Node* s, bool forward) {
        if (s && s->tag == TagId::kHr) s = forward ? NextElementFrom(s->next) : PrevElementFrom(s->prev());
        if (!s || s->tag != e->tag) return false;
        const Node* sb = NextElementFrom(s->first_child);
        return sb && sb->tag == b->tag;
      };
      if (!opens_bold(NextElementFrom(e->next), true) && !opens_bold(PrevElementFrom(e->prev()), false)) return false;
      CollapsedTextInto(b, kSpecNameMaxText * 2, 8, &scratch);
      return !scratch.empty() && scratch.size() <= kSpecNameMaxText && scratch.back() == ':' &&
             !IsBoilerplateLine(scratch) && !IsBuyBoxRowName(scratch);
    };
    if (tuning.min_block_chars && (f.flags & kOwner) && f.own_text && f.text < tuning.min_block_chars &&
        !IsHeadingTag(e->tag) && e->tag != TagId::kPre && !lone_cell_paragraph() && !value_under_name() &&
        !spec_row_half() && !bold_label_line()) {
      *reason = "short-block";
      return false;
    }
    // A link that says only "Shop now", "Learn more" or "Read more" in a
    // short block ("$37.00 <a>Shop now</a>", a row of buttons) is a card's
    // button. (In a paragraph a link is a sentence's words: a manual's
    // "<a>filter</a>" or "<a>print</a>" names a function.) Its words are
    // the ones a reader sees: those for screen readers only ("Read full
    // article<span class=sr-only>: How to choose boots</span>") are passed
    // over.
    // So is such a link alone on its line among a larger block's blocks
    // (a paged thread's "Next Page »" after its last post). A link the next
    // word touches is a token of a line (GluedToNextWord: a signature's
    // method name, "fn <a>next</a>(&mut self)"). So is a link to a gallery
    // that tallies its photos ("Ver las 18 fotos" under the lead photo).
    // (Inline elements own no text in the facts: the link is read, its
    // first bytes only; links do not nest, so no node is read twice.)
    // On a product page, the link to its reviews that sums them up ("4.8
    // out of 5 (52 reviews)", "4,5/5 (118 avis)", "★★★★★ 4,6 av 5 (29
    // omdömen)") on such a line or in a short box: the review widget's, as
    // the same summary in a block is (see IsRatingSummaryLine). So is the
    // link to its size chart beside the size picker's buttons ("Guide des
    // tailles", "Tabulka velikostí"). (The link's text read once for both.)
    if (e->tag == TagId::kA && e->first_child && (InShortBlock(e) || AloneInBlock(e)) &&
        CollapsedTextInto(e, kCallToActionReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.size() < kCallToActionReadBytes) {
      if ((IsBoilerplateLine(scratch) || IsBackLinkLine(scratch) || IsCalendarButtonLine(scratch) ||
           (!InTableCell(e) && (IsMapLinkLine(scratch) || IsMediaTallyLine(scratch)))) &&
          !GluedToNextWord(e)) {
        *reason = "call-to-action-link";
        return false;
      }
      if (ctx.product && !InTableCell(e)) {
        if (IsRatingSummaryLine(scratch)) {
          *reason = "rating-or-tally";
          return false;
        }
        if (IsSizeControlLine(scratch)) {
          *reason = "size-guide-link";
          return false;
        }
      }
    }
    // A short video's sound credit in an embedded post ("♬ original sound
    // - Name": TikTok's embed): the clip's music, not the post's words.
    // (Only in an embed: a playlist's songs may be listed with the sign.)
    if (e->tag == TagId::kA && e->first_child && InEmbeddedPost(e) &&
        CollapsedTextInto(e, kCallToActionReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.starts_with("\u266c")) {
      *reason = "sound-credit";
      return false;
    }
    // A skip link ("<a href=#main>Skip to main content</a>") wherever it
    // stands: an in-page link in the site's words for keyboard users, never
    // the page's. (The line check above needs the link alone in its block;
    // a header's skip link often shares its box with an empty menu button.)
    if (e->tag == TagId::kA && e->first_child && Trim(e->Attr("href")).starts_with('#') &&
        CollapsedTextInto(e, kCallToActionReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.size() < kCallToActionReadBytes && (IsSkipLinkLine(scratch) || IsBackToTopLink(scratch))) {
      *reason = "skip-link";
      return false;
    }
    // A list whose first and last items are a mail-list archive's links to
    // the neighbouring messages ("Previous message (by thread): <subject>",
    // ..., "Messages sorted by: [ date ] [ thread ]"): the list is one
    // block, too long for the line check, so its two end items are read
    // (their first bytes only).
    if ((e->tag == TagId::kUl || e->tag == TagId::kOl) && f.text > 0 && f.text < kArchiveNavMaxText &&
        IsArchiveNavItem(e->first_child, /*forward=*/true, &scratch) &&
        IsArchiveNavItem(e->last_child(), /*forward=*/false, &scratch)) {
      *reason = "boilerplate-line";
      return false;
    }
    // On articles, so is an inline element alone on its line among a
    // block's blocks whose words are such a line: a live blog's "LIVE" badge, a span in
    // the header box above the headline and the byline (the box's line
    // check reads them too, so the badge is judged alone).
    if (ctx.article && e->tag != TagId::kA && e->first_child && !IsBlockTag(e->tag) && e->parent && e->parent->is_element() &&
        IsBlockTag(e->parent->tag) && AloneInBlock(e) &&
        CollapsedTextInto(e, kCallToActionReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.size() < kCallToActionReadBytes && IsBoilerplateLine(scratch)) {
      *reason = "boilerplate-line";
      return false;
    }
    // A card's tally as a link of its own over the card's tags, in the
    // block that holds both ("<div><a href=#comments>0 comments</a><div>
    // tags</div></div>"): the block's line check reads the tags too, so the
    // link is judged alone. Not on threads, whose posts keep their counts.
    if (!ctx.discussion && e->tag == TagId::kA && !(f.flags & kOwner) && AloneInBlock(e) && IsCardTallyLine(e)) {
      *reason = "engagement-count";
      return false;
    }
    // So is a tally in a span of its own with its button ("<span><a>10,536
    // likes</a> · <a>Like</a></span>" over a list's note, in one block).
    // (Inline elements own no text in the facts: the span is read, a few
    // bytes at most.)
    if (!ctx.discussion && e->tag == TagId::kSpan && !(f.flags & kOwner) && e->first_child && AloneInBlock(e) &&
        CollapsedTextInto(e, kTallyReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.size() < kTallyReadBytes && HasAsciiDigit(scratch) && IsEngagementCountLine(scratch)) {
      *reason = "engagement-count";
      return false;
    }
    // On a thread, the category's or a tag's chip beside the title (a
    // badge-classed link of a few words: "Networking"): the forum's
    // filing, not a post's words. It stands alone (no words run beside
    // it): a badge-styled link inside a reply's sentence ("fixed in <a
    // class=badge>release 2.4.1</a>") is the post's words. (Not
    // AloneInBlock: a post header's group chip sits among <meta> tags.)
    if (ctx.discussion && e->tag == TagId::kA && e->first_child && IsBadgeClass(e->Attr("class")) &&
        StandsAlone(e) && CollapsedTextInto(e, kCallToActionReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.size() < kBadgeMaxBytes) {
      *reason = "category-badge";
      return false;
    }
    // Outside articles and threads, a shop card's badge (a badge-, flag-,
    // sash- or ribbon-classed sticker of three words at most in a product
    // card of a grid that shows a price: "New", "Sale", "Last chance",
    // "-15%") is merchandising, not the card's name or facts. A bare count
    // ("12", "(3)": a filter's tally, a Bootstrap badge) is not read as
    // one, nor the stock ("Sold out": data). A product's own buy box (no
    // card, or the box of the page's <h1>) keeps its badges; a card with
    // no price (a changelog's "New", a job's "Remote") keeps them too.
    // (Short elements only; the class first, then a few levels and bytes,
    // once each.)
    if (!ctx.article && !ctx.discussion && e->first_child && f.text <= kBadgeMaxBytes &&
        IsCardBadgeClass(e->Attr("class")) && !IsHeadingTag(e->tag) &&
        (InShopCard(e) || (ctx.product && InPricedCard(e))) &&
        CollapsedTextInto(e, 2 * kBadgeMaxBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.size() < kBadgeMaxBytes && IsCardBadgeLine(scratch) && !IsStockStatus(scratch)) {
      *reason = "card-badge";
      return false;
    }
    // Outside articles and threads, a shop card's add-to-cart link
    // (WooCommerce's "a.add_to_cart_button": "Add to basket", "Select
    // options") is the shop's control, not the card's name or facts.
    if (!ctx.article && !ctx.discussion && e->tag == TagId::kA && e->num_attrs &&
        (IsAddToCartName(e->Attr("class")) || IsAddToCartName(e->Attr("id"))) && InShopCard(e)) {
      *reason = "card-buy-link";
      return false;
    }
    // On a product page, a variant picker (colour swatches, sizes: choice
    // controls with a label of a few words each) is the shop's form.
    if (ctx.product && f.controls >= kPickerMinControls && f.text > 0) {
      const uint32_t bound = kPickerTextPerControl * uint32_t(f.controls);
      if (f.text <= bound ||
          (f.text <= kPickerHiddenLabelSlack * bound &&
           CollapsedTextInto(e, kPickerReadBytesPerChar * bound, kPickerReadNodes, &scratch, skip_hidden) &&
           CountWordChars(scratch) <= bound)) {
        *reason = "variant-picker";
        return false;
      }
    }
    // On a product page, a theme's filler text ("Lorem ipsum dolor sit
    // amet...") left in an unused block is no part of the product. (Test
    // pages and mock-ups elsewhere are made of it: there it stays.) Read by
    // its first words only: a few bytes from a few nodes.
    if (ctx.product && (f.flags & kOwner) && f.own_text) {
      CollapsedTextInto(e, kPlaceholderReadBytes, kStatMaxNodes, &scratch);
      if (IsPlaceholderText(scratch)) { *reason = "placeholder"; return false; }
    }
    // A link aggregator lays its submissions out in a table, the line under
    // each link a row of its own ("1 point by jdoe 3 minutes ago | hide |
    // discuss"): the row is read as a line (a table's cells own no text).
    // (A row's first nodes and bytes only, kSubmissionRowMaxNodes: a row
    // nested in another is read again at most that often.)
    if (!ctx.discussion && !ctx.article && e->tag == TagId::kTr &&
        CollapsedTextInto(e, kSubmissionRowMaxBytes, kSubmissionRowMaxNodes, &scratch) &&
        scratch.size() < kSubmissionRowMaxBytes && IsSubmissionLine(scratch)) {
      *reason = "engagement-count";
      return false;
    }
    // A block whose shown words are a control's label, the rest for screen
    // readers only ("More options<span class=sr-only>Oak desk</span>": a
    // card's variant picker's legend): the label's line, as below. (Read
    // first, its few children only: cheaper than the block's text.)
    if ((f.flags & kOwner) && f.text > 0 && f.text < 200 && HasHiddenChild(e) &&
        CollapsedTextInto(e, kCallToActionReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.size() < kCallToActionReadBytes && IsBoilerplateLine(scratch)) {
      *reason = "boilerplate-line";
      return false;
    }
    // A short line is a few nodes: a block of many (a chain of wrappers
    // around little text) is not read whole at every level. (The read
    // notes whether it passed a dropped element, as a thread's StatLine
    // does: only then is the line read again as shown, for its date.)
    // A ticker too long for a short line (a marquee's hundred copies of
    // "Book now *", each in an element of its own, a separator between
    // them): read whole, once its first children show copies (see the
    // repeated-phrase check below, which reads short lines).
    // (Its lead is read first, the text so far when the block has more
    // nodes: a separator there, or the block is no ticker.)
    auto ticker_lead = [&] {
      (void)CollapsedTextInto(e, kTickerLeadBytes, kTickerLeadNodes, &scratch);
      return HasTickerSeparator(scratch);
    };
    if ((f.flags & kOwner) && f.text >= 200 && f.text < kTickerMaxText && e->tag != TagId::kTd &&
        e->tag != TagId::kTh && e->tag != TagId::kLi && e->tag != TagId::kPre && CopiesInElements(e) &&
        ticker_lead() && CollapsedTextInto(e, kTickerMaxText, kLineMaxNodes, &scratch) &&
        IsRepeatedPhraseLine(scratch)) {
      *reason = "repeated-phrase";
      return false;
    }
    // A card among its list's cards whose title opens with a bracketed ad
    // marker ("<li><a><h2>【PR】冬のセミナー</h2><p>提供：...</p></a></li>"): a
    // paid placement, not the list's own item. (Its first nodes read, for a
    // heading.)
    auto card_beside = [&] {
      const Node* next = NextElementFrom(e->next);
      const Node* prev = PrevElementFrom(e->prev());
      return (next && next->tag == e->tag) || (prev && prev->tag == e->tag);
    };
    if ((e->tag == TagId::kLi || e->tag == TagId::kArticle) && f.text > 0 && f.text < kAdCardMaxText &&
        card_beside()) {
      int budget = kAdCardReadNodes;
      for (const Node* c = e->first_child; c && budget-- > 0; c = NextInTree(c, e)) {
        if (!c->is_element() || !IsHeadingTag(c->tag)) continue;
        if (CollapsedTextInto(c, kCallToActionReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
            OpensWithAdMarker(scratch)) {
          *reason = "sponsored-card";
          return false;
        }
        break;
      }
    }
    // A list item that is a furniture line alone ("<li class=slot><span>
    // Advertisement</span></li>") between items that are cards or prose:
    // list items own no text (the list is valued whole), so the line check
    // below never reads it. (Among items as short as it, "Photo", "Video"
    // are a list's words.) The items beside it: kItemLook sibling nodes
    // each way, blank ones and comments counted.
    auto long_item_beside = [&] {
      for (int forward = 0; forward < 2; ++forward) {
        int k = 0;
        for (const Node* s = forward ? e->next : e->prev(); s && k < kItemLook;
             s = forward ? s->next : s->prev(), ++k)
          if (s->is_element() && s->tag == TagId::kLi && facts_[s->eid].text >= kLongItemText) return true;
      }
      return false;
    };
    if (e->tag == TagId::kLi && e->first_child && f.text < kItemLineMaxText && long_item_beside() &&
        CollapsedTextInto(e, kCallToActionReadBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        scratch.size() < kCallToActionReadBytes && IsBoilerplateLine(scratch)) {
      *reason = "boilerplate-line";
      return false;
    }
    // The invitation runs past a line's size now and then (an Indonesian
    // portal's "Simak breaking news dan berita pilihan kami ... WhatsApp
    // Channel: <link>. Pastikan ..."): a story's paragraph with a link to
    // the channel itself, read whole only when its first text opens on a
    // verb of joining. (A story's "Join requests to the Telegram channel
    // rose ..." links elsewhere, or nowhere.)
    if ((ctx.article || ctx.signed_story) && e->tag == TagId::kP && (f.flags & kOwner) && f.text >= 200 &&
        f.text <= kChannelInviteMaxBytes && f.links > 0 && e->first_child && e->first_child->is_text() &&
        OpensOnJoinVerb(e->first_child->data) && LinksToMessagingChannel(e) &&
        CollapsedTextInto(e, 2 * kChannelInviteMaxBytes, kLineMaxNodes, &scratch, skip_hidden) &&
        IsChannelInviteLine(scratch)) {
      *reason = "channel-invite";
      return false;
    }
    bool passed_dropped = false, passed_byline = false, passed_button = false;
    // On a product's page, a <fieldset> of choices (radio buttons, check
    // boxes: a configurator's lenses and extras with their surcharges,
    // "Extra dünn 1,67 + 79,00 €"): the buy box's form, not the product's
    // description.
    if (ctx.product && !listing && e->tag == TagId::kFieldset && ChoiceFieldset(e, &probe_line)) {
      *reason = "choice-fieldset";
      return false;
    }
    // A mail archive's own boxes around the message (public-inbox's
    // permalink line, thread overview and reply instructions), each a
    // <pre> after the message's. (Not on a story: a how-to may show a
    // list's own footer.)
    if (e->tag == TagId::kPre && !ctx.article && !ctx.signed_story) {
      CollapsedTextInto(e, kMailArchiveBoxReadBytes, &probe_line);
      if (IsMailArchiveBoxOpening(probe_line)) {
        *reason = "archive-box";
        return false;
      }
    }
    // On an event's page, its dates list with the box office's status on
    // its rows (ListsTicketRows, its first kTicketListRowsRead), whatever its length.
    if (ctx.event && !listing && (e->tag == TagId::kUl || e->tag == TagId::kOl) && ListsTicketRows(e, &probe_line)) {
      *reason = "ticket-list";
      return false;
    }
    if ((f.flags & kOwner) && f.text < 200 && f.text > 0 &&
        CollapsedTextInto(e, 1u << 20, kLineMaxNodes, &scratch, [&](const Node* x) {
          passed_dropped = passed_dropped || skip_negative(x);
          passed_byline = passed_byline || (x != e && (facts_[x->eid].hints & kHintByline));
          passed_button = passed_button || (x != e && x->tag == TagId::kButton);
          return false;
        })) {
      if (IsBoilerplateLine(scratch, IsHeadingTag(e->tag))) { *reason = "boilerplate-line"; return false; }
      // The site's invitation to its channel on a messaging app ("Participe
      // do canal do Correio no WhatsApp"), set among a story's paragraphs
      // (on stories only).
      if ((ctx.article || ctx.signed_story) && !IsHeadingTag(e->tag) && IsChannelInviteLine(scratch)) {
        *reason = "channel-invite";
        return false;
      }
      // So is its tip line's prompt ("Got a story? Email us at ...").
      if ((ctx.article || ctx.signed_story) && !IsHeadingTag(e->tag) && IsTipPromptLine(scratch, f.links > 0)) {
        *reason = "tip-prompt";
        return false;
      }
      // A line read without its buttons' labels: a feedback box's question
      // over its answers ("Was this page helpful?<button>Yes</button>
      // <button>No</button>"), a sort control's label over its dropped
      // menu ("Sort by: <button>Relevance</button><div class=dropdown-menu>
      // ..."): a label, ending in a colon, left alone by what was dropped.
      if (passed_button && !IsHeadingTag(e->tag) &&
          CollapsedTextInto(e, 1u << 20, kLineMaxNodes, &reread,
                            [&](const Node* x) { return x != e && x->tag == TagId::kButton; }) &&
          !reread.empty() && IsBoilerplateLine(reread)) {
        *reason = "boilerplate-line";
        return false;
      }
      if (passed_dropped && !IsHeadingTag(e->tag) &&
          CollapsedTextInto(e, 1u << 20, kLineMaxNodes, &reread,
                            [&](const Node* x) { return x != e && (x->tag == TagId::kButton || skip_negative(x)); }) &&
          !reread.empty() && reread.back() == ':' && IsBoilerplateLine(reread)) {
        *reason = "boilerplate-line";
        return false;
      }
      // An event's add-to-calendar buttons ("+ Google Calendar"): a block
      // that is all link, or a button; a heading with those words is a
      // how-to's section.
      if (!IsHeadingTag(e->tag) && (f.link * 10 >= f.text * 9 || EqualsIgnoreCase(Trim(e->Attr("role")), "button")) &&
          IsCalendarButtonLine(scratch)) {
        *reason = "boilerplate-line";
        return false;
      }
      // A gallery's counter beside its photos ("1 / 14"); in a table's
      // cell such a line is data (a score, a share), and away from a
      // gallery's slides a review's score ("8/10").
      // So is its tally of its media ("5 VIDEOS" on a thumbnail).
      // (A counter worded "1 of 6" only when it or its parent is classed a
      // slider's part: a listicle numbers each item "1 of 15" beside its
      // photo.)
      const auto slide_classed = [&] {
        return IsSlideCaptionClass(e->Attr("class")) ||
               (e->parent && e->parent->is_element() && IsSlideCaptionClass(e->parent->Attr("class")));
      };
      // (The line read once for both readings.)
      const auto slide_counter = [&] {
        const SlideCounter k = ReadSlideCounter(scratch);
        return k == SlideCounter::kSlashed || (k == SlideCounter::kWorded && slide_classed());
      };
      if (!InTableCell(e) && !IsHeadingTag(e->tag) &&
          (IsMediaTallyLine(scratch) || (slide_counter() && InGallery(e)))) {
        *reason = "slide-counter";
        return false;
      }
      // ... and the counter beside the gallery's buttons ("1/18" by
      // "Floorplan", "Virtual tour"; "Anterior 1 de 5 Siguiente" between
      // them): the line read without its buttons. (Short: the line fits a
      // string's own buffer.)
      if (!scratch.empty() && HasAsciiDigit(scratch) &&
          !InTableCell(e) && !IsHeadingTag(e->tag) && HasChildTag(e, TagId::kButton)) {
        std::string line;
        if (CollapsedTextInto(e, kSlideCounterReadBytes, kLineMaxNodes, &line,
                              [](const Node* x) { return x->tag == TagId::kButton; }) &&
            IsSlideCounterLine(line, /*worded=*/true) && InGallery(e)) {
          *reason = "slide-counter";
          return false;
        }
      }
      // So is a list's sort control beside its view toggle's buttons
      // ("Sort by" over its <select>, then "Grid" and "List", the buttons
      // in a box of their own): its line read without the buttons. (Only
      // a line that opens on a sort cue.)
      if (!InTableCell(e) && !IsHeadingTag(e->tag) && OpensOnSortCue(scratch)) {
        std::string line;
        if (CollapsedTextInto(e, kSortBarReadBytes, kLineMaxNodes, &line,
                              [](const Node* x) { return x->tag == TagId::kButton; }) &&
            line.size() < kSortBarReadBytes && IsBoilerplateLine(line)) {
          *reason = "boilerplate-line";
          return false;
        }
      }
      // On a product page, the shop's ranking badge ("#1 Best Seller in
      // Water Bottles"); a details table's "Best Sellers Rank" row is data.
      if (ctx.product && !InTableCell(e) && IsBestSellerBadgeLine(scratch)) {
        *reason = "card-badge";
        return false;
      }
      // So is its nudge about the stock ("16 people are viewing this right
      // now", "Only 1 left"): today's state of the shop, not the product. (Not a card's in a grid of products:
      // a list page's cards keep their lines.)
      if (ctx.product && !listing && !InTableCell(e) && IsStockNudgeLine(scratch) && !InProductCard(e)) {
        *reason = "stock-nudge";
        return false;
      }
      // On an event's page, its box office's lines ("Sold Out", "Only 12
      // tickets left", a dates list's "Sa 22.03. 19:30 Großes Haus
      // Ausverkauft").
      if (ctx.event && !listing && !InTableCell(e) && !IsHeadingTag(e->tag) && IsTicketStatusLine(scratch)) {
        *reason = "ticket-line";
        return false;
      }
      // On any page (not a list's cards), a prompt to sign in ("Sign in to
      // add this item to your wishlist, follow it, or mark it as ignored",
      // "Log in to reply"): the call-to-action rule takes its "Sign in" link
      // and left the rest of the sentence.
      // (Not a numbered step's text: "1. Sign in to the console with ..."
      // is an instruction; prompts sit under forms and comments.)
      if (!listing && !InTableCell(e) && IsSignInPromptLine(scratch, ctx.product || f.links > 0) &&
          !InNumberedStep(e)) {
        *reason = "sign-in-prompt";
        return false;
      }
      // On a thread, an issue tracker's timeline event ("tobiasfenn
      // linked a pull request that will close this issue Apr 3, 2025"),
      // its actor's handle a link: a post's own line that opens alike ("I
      // reopened this since it came back") links no handle.
      if (ctx.discussion && f.links > 0 && OpensOnLink(e) && IsIssueEventLine(scratch)) {
        *reason = "issue-event";
        return false;
      }
      // On a story, a press release's contact line ("Media contact:
      // Dana Whitcombe, +1 212-555-0147, dana@...") and a newswire's link
      // to its original ("View original content to download multimedia:").
      if (ctx.article && f.text <= kPressContactBlockMaxBytes && IsPressContactBlock(scratch) && !InTableCell(e)) {
        *reason = "press-contact";
        return false;
      }
      // A card's tally of its discussion ("14 comments", "1,693 views")
      // on a line of its own: a thread keeps its posts' counts.
      if (!ctx.discussion && (IsEngagementCountLine(scratch) || (!ctx.article && IsSubmissionLine(scratch)) ||
                              (f.text < kTallyReadBytes && HasAsciiDigit(scratch) && IsCardTallyLine(e)))) {
        *reason = "engagement-count";
        return false;
      }
      // On an article so is a rating's summary ("4.90 from 212 votes": a
      // recipe card's) and a reaction button's shortened tally ("2.1K"); a
      // table's cell keeps its data. On a product page the summary of its
      // reviews beside the name ("Rated 4.8 out of 5 based on 12 customer
      // ratings") is the review widget's, not the product's text; a short
      // "3M" there may be a brand or a size, kept. (A list's cards keep
      // theirs: readers of those pages count them.)
      if (!ctx.discussion && !InTableCell(e) &&
          (ctx.article ? IsRatingOrTallyLine(scratch) : ctx.product && IsRatingSummaryLine(scratch))) {
        *reason = "rating-or-tally";
        return false;
      }
      // On a product page, the buy box's discount badge ("-15% OFF",
      // "%25 İndirim"): the shop's sale, not the product's text.
      if (ctx.product && !InTableCell(e) && IsDiscountBadgeLine(scratch)) {
        *reason = "discount-badge";
        return false;
      }
      // (In a table's cell, or a block in one, a signed count is data: a
      // change, a score. Three levels looked at. So it is on an article,
      // whose board of scores may be a grid of boxes: "+3" over par.)
      if (!ctx.discussion && !ctx.article && IsMoreChoicesLine(scratch) && !InTableCell(e)) {
        *reason = "more-choices";
        return false;
      }
      if (f.link * 10 >= f.text * 9 && IsBackLinkLine(scratch)) { *reason = "back-link"; return false; }
      // (An article's meta line may print its reading time beside the
      // stamp: "6 min read · Jan 17, 2024". A list's cards keep theirs.)
      // (A release's heading names its version before its day: "2.4.0
      // 2024-06-03" heads a changelog's section.)
      // (So is a story's dateline alone on its line: "Madrid, 3 de mayo de
      // 2025" over the first paragraph; not the writer's signature, "Ann
      // Roe, May 2, 2024", after it, nor a section's heading or a line
      // after a paragraph of the story: a chronicle's "Kyiv, 24 February
      // 2022", a quoted letter's head, a list of tour dates.)
      // A code block's language label over the code ("bash") is the
      // fence's info string, not the text.
      if (f.text <= kCodeLabelMaxText && IsCodeLanguageName(scratch) && LabelsCodeBlock(e)) {
        *reason = "code-language-label";
        return false;
      }
      // (So is a stamp that gives the page's age, "Last updated 3 months
      // ago".)
      // (So is an edit note: "Edited Jun 4, 2025 by Jane Doe".)
      const std::string_view edit_stamp = EditNoteStamp(scratch);
      // (Not a data table's cell: its dates are its data.)
      if ((IsDateLine(scratch) || (ctx.article && IsDateLine(WithoutReadingTime(scratch))) || IsCuedAgeStamp(scratch) ||
           (!ctx.discussion && IsForeignCuedAgeStamp(scratch)) ||
           (!edit_stamp.empty() && (IsDateLine(edit_stamp) || IsPostAgeStamp(edit_stamp))) ||
           ((ctx.article || ctx.signed_story) && !IsHeadingTag(e->tag) && IsPlaceDateLine(scratch) &&
            !OpensOnAuthorsWord(e, author_first_words_) &&
            !ParagraphNear(e, /*after=*/false, kDatelinePrevSiblings, kStoryParagraphMinText, 0))) &&
          !(IsHeadingTag(e->tag) && OpensOnVersionNumber(scratch)) && !InHeadedTableCell(e) &&
          !(ctx.product && InDataTableCell(e))) {
        *reason = "date-line";
        return false;
      }
      // A stamp that shares its block with furniture dropped on its own (a
      // story's header row: "<div><ul class=breadcrumb>...</ul><span
      // class=date>Thu, 18/6/2025, 07:45</span></div>"): the line as the
      // reader sees it, the furniture left out. (Read again only when the
      // first read passed dropped boilerplate.)
      if (passed_dropped && HasAsciiDigit(scratch)) {
        if (CollapsedTextInto(e, 1u << 20, kLineMaxNodes, &reread, skip_negative) && IsDateLine(reread)) {
          *reason = "date-line";
          return false;
        }
      }
      // So is a story's stamp line beside its byline's box (dropped on its
      // own as a byline: "<span class=autor>Ana Gil | Zaragoza</span><span>
      // Martes, 2 de diciembre de 2025 Actualizado el ...</span>"), the
      // name the metadata did not take: read without that box. (The rest
      // may be a place and a date, "Girona · 3 de desembre de 2025", when
      // the box was there to leave out: a card's "Jane Doe · March 3" whose
      // name is no byline of the page's reads as a place and a date too.)
      if ((ctx.article || ctx.signed_story) && !ctx.discussion && passed_byline && HasAsciiDigit(scratch)) {
        const auto skip_byline = [&](const Node* c) {
          return c != e && ((facts_[c->eid].hints & kHintByline) || skip_negative(c));
        };
        if (CollapsedTextInto(e, 1u << 20, kLineMaxNodes, &reread, skip_byline) && !reread.empty() &&
            HasAsciiDigit(reread) &&
            (IsDateLine(reread) || (reread.size() < scratch.size() && IsPlaceDateLine(reread, /*middle_dot=*/true)))) {
          *reason = "date-line";
          return false;
        }
      }
      // So is a story's meta line: its stamp beside a short link or two,
      // the story's category and the writer's name ("<a>Travel</a> <a>jane
      // </a> 2025. 4. 6. 18:42", a blog's post header): the line read
      // without its links is a date. (Only a short line that has links.)
      if ((ctx.article || ctx.signed_story) && !ctx.discussion && f.links > 0 && f.links <= kMetaLineMaxLinks &&
          f.link <= kMetaLineMaxLinkText && f.link < f.text && HasAsciiDigit(scratch)) {
        const auto skip_link = [&](const Node* c) { return c->tag == TagId::kA || skip_negative(c); };
        if (CollapsedTextInto(e, 1u << 20, kLineMaxNodes, &reread, skip_link) && IsDateLine(reread)) {
          *reason = "date-line";
          return false;
        }
      }
      // (On a signed story too: its byline line is the story's furniture.)
      // (A standfirst over it, dek-classed, is no paragraph of the story's:
      // "<p class=sommario>...</p><p class=autore>di Marco Rossi</p>".)
      if ((ctx.article || ctx.signed_story) && !ctx.discussion && f.text <= kAuthorLineMaxText &&
          !IsHeadingTag(e->tag) &&
          !ParagraphNear(e, /*after=*/false, kAuthorLinePrevSiblings, kStoryParagraphMinText, 0, kHintDek) &&
          IsAuthorLine(scratch, ctx.authors)) {
        *reason = "author-line";
        return false;
      }
      // So is its credits line after its text, a wire story's sign-off or a
      // paper's contributors ("(Reporting by Nia Okonjo in Ottawa; Editing
      // by Paul Simao)", "Contributing: Tessa Varga, USA TODAY"):
      // IsStoryCreditsLine, after a paragraph of the story's, closing its
      // box (ClosesWithStoryCredits).
      if ((ctx.article || ctx.signed_story) && !ctx.discussion && f.links == 0 && !IsHeadingTag(e->tag) &&
          IsStoryCreditsLine(scratch) &&
          ParagraphNear(e, /*after=*/false, kAuthorLinePrevSiblings, kStoryParagraphMinText, 0) &&
          ClosesWithStoryCredits(e, &reread)) {
        *reason = "story-credits";
        return false;
      }
      // So are its closing credits after its last paragraph, the writer's
      // labelled byline again and the editor's line ("Penulis: Dimas Aryo
      // Nugroho", "Editor: Rahmat Hidayat", as Indonesian portals close a
      // story): IsClosingCreditLine. (The line first: it needs a colon in
      // its first bytes.) The credits close their box: only credits follow
      // them, and the line before them is the story's, no field of a fact
      // box ("Titolo: ...", "Director: ...", a review's).
      if ((ctx.article || ctx.signed_story) && !ctx.discussion && f.text <= kAuthorLineMaxText && f.links == 0 &&
          !IsHeadingTag(e->tag) && IsClosingCreditLine(scratch, ctx.authors) &&
          ParagraphNear(e, /*after=*/false, kAuthorLinePrevSiblings, kStoryParagraphMinText, 0) &&
          ClosesWithCredits(e, ctx.authors, &reread)) {
        *reason = "closing-credit";
        return false;
      }
      // A story's meta row before its first paragraph (its writers, its
      // date, its update, its reading time: see IsStoryMetaRow) is the
      // story's furniture, as its byline is: on an article, a signed story,
      // or a page whose row names the writers its byline gave.
      if (!ctx.discussion && !ctx.product && f.text <= kMetaRowMaxText && !IsHeadingTag(e->tag) &&
          (ctx.article || ctx.signed_story || !ctx.authors.empty())) {
        // (The paragraph test first: it reads counted facts, and is true
        // on nearly every block of a story, past its opening.)
        bool named = false;
        if (!ParagraphNear(e, /*after=*/false, kAuthorLinePrevSiblings, kStoryParagraphMinText, 0, kHintDek) &&
            IsStoryMetaRow(scratch, ctx.authors, &named) && (ctx.article || ctx.signed_story || named) &&
            !InHeadedTableCell(e)) {  // (a data table's dates are its data)
          *reason = "meta-row";
          return false;
        }
      }
      // So is a Chinese or Japanese news page's row of labelled fields
      // over the story (its date, its source, its writer, its editor).
      if (!ctx.discussion && !ctx.product && f.text <= kMetaRowMaxText && !IsHeadingTag(e->tag) &&
          IsCjkMetaRow(scratch) &&
          !ParagraphNear(e, /*after=*/false, kAuthorLinePrevSiblings, kStoryParagraphMinText, 0)) {
        *reason = "meta-row";
        return false;
      }
      // A player's time ("3:45", "0:00 / 4:02") alone in its block; in a
      // table's cell a time is data (a lap, a track's length).
      if (e->tag != TagId::kTd && e->tag != TagId::kTh && IsMediaTimeLine(scratch)) {
        *reason = "media-time";
        return false;
      }
      if (IsCopyrightLine(scratch)) { *reason = "copyright-line"; return false; }
      // A phrase over and over (a ticker scrolling "Book now * Book now *"):
      // motion, not text. In a table's cell or a list a repeat is data, and
      // in a quote a chant ("Four more years! Four more years!"); so is a
      // repeat with no sign of a ticker or of copies (a separator between
      // them, each copy an element of its own: a grid's badges, a marquee,
      // a copy hidden from screen readers): "No no no no no no".
      // (The signs are looked for only on a repeated line.)
      auto ticker_sign = [&] {
        return HasTickerSeparator(scratch) || ((f.flags | facts_[e->parent->eid].flags) & kHidden) ||
               e->tag == TagId::kMarquee || e->parent->tag == TagId::kMarquee || CopiesInElements(e);
      };
      if (e->tag != TagId::kTd && e->tag != TagId::kTh && e->tag != TagId::kPre && e->tag != TagId::kLi &&
          e->tag != TagId::kBlockquote && e->tag != TagId::kQ && e->parent->tag != TagId::kBlockquote &&
          IsRepeatedPhraseLine(scratch) && ticker_sign()) {
        *reason = "repeated-phrase";
        return false;
      }
      // (On a widened page an offer is the page's own: "Start your free
      // trial", "Sign up and get $200 in credit" pitch its service; a
      // newsletter box is still a promotion.)
      // (A blogger's pointer, "Also check:", only over one link that is
      // nearly all the line: "Also check: the antifreeze mix with a
      // <a>hydrometer</a>, the wiper blades, ..." is a checklist.)
      const bool related_cue = StartsWithRelatedCue(scratch) &&
                               (!StartsWithPointerCue(scratch) || (f.links == 1 && f.link * 4 >= f.text * 3)) &&
                               !InAlertCallout(ctx, e);
      // (One titled section of a text made of sections, read whole as a
      // short line, is no line: "3. Subscriptions and payment", its
      // paragraph and its "Back to top" link. See IsTitledSectionAmongSections.)
      // (Nor is one card of a run of its kind, InCardRun: a list's episode
      // whose summary tells of "a parish newsletter".)
      if (f.links > 0 && (related_cue || (IsPromoLine(scratch, /*offers=*/!page_mode_) && !InCardRun(e, &reread))) &&
          !IsTitledSectionAmongSections(e)) {
        *reason = "related-or-promo-line";
        return false;
      }
      // A line of links alone, with no class that names it (a utility-class
      // theme), never a list's item, a cell or a heading (a list of
      // "Previous releases"):
      // (An arrow or a triangle, "→", "▸", counts as a letter in the text's
      // measure: one per gap between two links is allowed, in a line that
      // is no list, whose items are lines of their own.)
      const bool links_alone = f.link >= f.text || (f.link + (f.links - 1) >= f.text && e->tag != TagId::kUl &&
                                                    e->tag != TagId::kOl && e->tag != TagId::kDl);
      if (f.links > 0 && links_alone && e->tag != TagId::kLi && e->tag != TagId::kTd && e->tag != TagId::kTh &&
          !IsHeadingTag(e->tag)) {
        // a pager under a docs page or a post, each link led by its label
        // ("Previous Shopify", "Next: Rate limits");
        if (f.link >= f.text && IsPagerLinkLine(scratch)) {
          *reason = "pager";
          return false;
        }
        // a breadcrumb trail ("Culture » Books" over a headline): two links
        // at least and nothing between them but the trail's separators.
        if (f.links >= 2 && IsBreadcrumbTrailLine(scratch)) {
          *reason = "breadcrumb-trail";
          return false;
        }
      }
      // A blog's affiliate disclosure over the post or under it ("This post
      // may contain affiliate links...", "As an Amazon Associate I earn
      // from qualifying purchases"), link or not: the site's legal notice.
      // Not between two of the story's paragraphs (a story about affiliate
      // marketing quotes the phrases), nor on a thread (a post's words).
      // (In another language, only the note in a box of its own, or such a
      // box: "Provision", "prowizja" are fees in a story's sentences too.)
      const bool own_box = (e->tag != TagId::kP && f.text <= kForeignNoteBoxMaxText) ||
                           facts_[e->parent->eid].text <= kForeignNoteBoxMaxText;
      if (!ctx.discussion &&
          (IsAffiliateDisclosureLine(scratch) || (own_box && IsForeignAffiliateNote(scratch))) &&
          !(ParagraphNear(e, /*after=*/false, kDisclosureLook, kStoryParagraphMinText, 0) &&
            ParagraphNear(e, /*after=*/true, kDisclosureLook, kStoryParagraphMinText, 0))) {
        *reason = "affiliate-disclosure";
        return false;
      }
      std::string_view credit = StripCreditCue(scratch);
      if (!credit.empty() && credit.size() < 160) {
        if (out->image_credit.empty()) out->image_credit = std::string(credit);
        *reason = "image-credit";
        return false;
      }
      // Outside articles, a card's title (a heading or a link line) that
      // comes again with no other title between is the same card drawn
      // twice (a phone and a desktop layout of each card, a name over the
      // image and again under its price): the first stays. (A line that
      // recurs card after card, a credit, a perk, a city, has each card's
      // own title between its copies.) So is the name alone right after the
      // same name with its price (a card-wide link whose hidden text reads
      // "Oak stool $49.00" for screen readers, then the visible name).
      if ((page_mode_ || listing) && f.text >= kRepeatTitleMinText && f.own_text == f.text &&
          (IsHeadingTag(e->tag) || f.link * 10 >= f.text * 9)) {
        const uint64_t h = HashBytes64(scratch);
        if (h == last_title || NameBeforePrice(last_title_text, scratch)) {
          *reason = "repeated-title";
          return false;
        }
        last_title = h;
        last_title_text.assign(scratch);
      }
      // So is a card's short line that comes again in the same card (a
      // date, a price, a name over the image and under it): the first
      // stays. A line that every card repeats ("Sold out", "Free") lies in
      // each card once; see DrawnTwiceInCard. The lines since the card's
      // title are compared (kCardLinesKept at most), by hash first.
      if ((page_mode_ || listing) && f.own_text == f.text) {
        const uint64_t h = HashBytes64(scratch);
        if (IsHeadingTag(e->tag) || f.link * 10 >= f.text * 9) {
          if (h != card_title) card_line_count = 0;
          card_title = h;
        } else if (card_title && f.text <= kCardLineMaxText) {
          const size_t n = std::min(card_line_count, kCardLinesKept);
          for (size_t k = 0; k < n; ++k)
            if (card_lines[k].first == h && DrawnTwiceInCard(card_lines[k].second, e)) {
              *reason = "repeated-in-card";
              return false;
            }
          card_lines[card_line_count++ % kCardLinesKept] = {h, e};
        }
      }
      // Only a block about the title's or dek's size can repeat it.
      auto near = [&](const std::string& target) {
        return !target.empty() && scratch.size() + 16 >= target.size() && scratch.size() <= target.size() * 2 + 16;
      };
      if ((f.text < 400 || IsHeadingTag(e->tag)) && (near(norm_title) || near(norm_dek))) {
        const bool is_title = !norm_title.empty() && NormalizedEquals(scratch, norm_title);
        // On a product page the name is what the page is about: its first
        // heading stays at the head of the body (the shop's name line over
        // the price and the description); later copies go.
        if (is_title && !name_kept && IsHeadingTag(e->tag)) {
          name_kept = true;
        } else if (is_title || (!norm_dek.empty() && NormalizedEquals(scratch, norm_dek))) {
          *reason = "title-or-dek";
          return false;
        }
      }
    }
    // On a product page, a section shown again (a responsive layout's second
    // copy) adds no content; on a thread, neither does a post quoted again in
    // a reply or a signature under every post: the first copy is kept. Its
    // own wrappers, which hold the same text, are not repeats. On other
    // widened pages (services, listings, docs) the same holds for a section
    // of blocks (a desktop and a mobile copy of a pitch, a carousel's
    // clones); a single block repeated in every card (a credit line, a plan's
    // perk) is the cards' own text. (On articles a repeated passage is rarer
    // than a legitimately repeated one.) An article's section of several
    // hundred characters shown again word for word is a layout's second copy
    // (site builders render the body once per breakpoint): a quoted line or
    // a short passage is far below that size and stays.
    // The work is bounded: the first kRepeatMaxSections sections are
    // compared, each by its first kRepeatReadBytes and its length (a page
    // nested deep, every level holding the text below it, stays linear).
    // On a thread or a product page a wrapper that holds just its parent's
    // text is no new section: the parent stands for it (and is not read
    // again). So on other widened pages, for their sections of blocks: a
    // category page's grid of a hundred cards comes before the shelf that
    // shows some of them again, or the phone copy of its pitch. Not where
    // the page shows code: a reference repeats itself on purpose (one
    // parameter described under each method, the steps again in each
    // language's tab), and there only the first kRepeatMaxSections sections
    // are compared, as below.
    const bool every_section = ctx.discussion || ctx.product || (page_mode_ && !shows_code_ && f.own_text == 0);
    if (every_section && f.text >= kRepeatMinText && repeat_budget > 0 &&
        !(e->parent && e->parent->is_element() && facts_[e->parent->eid].text == f.text)) {
      repeat_budget -= std::min(repeat_budget, kThreadRepeatReadBytes);
      if (!CollapsedTextInto(e, kThreadRepeatReadBytes, kThreadRepeatMaxNodes, &scratch)) return true;
      const bool part = scratch.size() + 4 >= kThreadRepeatReadBytes;
      FoldForRepeat(&scratch);
      // (The length counts when the text was read in part: a reply that
      // opens with the post it quotes reads like that post at first.)
      const uint64_t h = HashBytes64(scratch, part ? f.text : 0);
      const Node* seen = ShownOnThread(h, e);
      if (seen && !IsWithin(e->parent, seen, kRepeatMaxLevels - 1)) { *reason = "repeat"; return false; }
      return true;
    }
    // On a category page (a grid of priced cards) a paragraph of prose is
    // compared too: its shop prints its category text once per breakpoint
    // (a desktop copy and a phone's accordion) or twice over, and a card's
    // own repeated line (a perk, "Free shipping") is far below that size.
    // (Not on a service's or a listing's page: an offer's terms stand under
    // each offer, the reader's text.)
    const bool grid_prose = page_mode_ && f.own_text >= kGridProseRepeatMinText && priced_grid_cards_ >= kGridProseMinCards;
    const bool repeat_scope = ctx.product || (page_mode_ && (f.own_text == 0 || grid_prose));
    // Elsewhere (an article) only a long section can repeat, and only one
    // of the same text length as a section before it is read: most pages
    // read nothing. A wrapper that holds just its parent's text is no new
    // section. Each section is read once (its hash kept), within the
    // thread budget.
    if (!repeat_scope && f.own_text == 0 && f.text >= kArticleRepeatMinText &&
        !(e->parent && e->parent->is_element() && facts_[e->parent->eid].text == f.text)) {
      auto hash_of = [&](const Node* x) {
        repeat_budget -= std::min(repeat_budget, kRepeatReadBytes);
        return RepeatHash(x);
      };
      uint64_t h = 0;
      for (auto& [seen, node] : sections) {
        if (facts_[node->eid].text != f.text || repeat_budget == 0 || IsWithin(e->parent, node, kRepeatMaxLevels - 1))
          continue;
        if (!seen) seen = hash_of(node) | 1;
        if (!h) h = hash_of(e) | 1;
        if (seen == h) { *reason = "repeat"; return false; }
      }
      if (sections.size() < kRepeatMaxSections) sections.emplace_back(h, e);
      return true;
    }
    if (repeat_scope && f.text >= kRepeatMinText && shown_.size() < kRepeatMaxSections) {
      // (A section of more than kShownHashLaterBytes is read only when it
      // is first compared: with a later section it does not hold. The
      // content root and the wrappers that hold every later section are
      // never read. A hash of 0, which HashBytes64 never gives, is one not
      // made yet.)
      uint64_t h = f.text > kShownHashLaterBytes ? 0 : RepeatHash(e);
      for (ShownSection& s : shown_) {
        if (s.hash && h && s.hash != h) continue;
        if (IsWithin(e->parent, s.node, kRepeatMaxLevels - 1)) continue;
        if (!s.hash) s.hash = RepeatHash(s.node);
        if (!h) h = RepeatHash(e);
        if (s.hash == h) { *reason = "repeat"; return false; }
      }
      shown_.push_back({h, e});
    }
    return true;
  };

  // (A heading's text is read as furniture under 40 characters; on a
  // product page under kProductFurnitureHeadingMaxText, where a shop words
  // its shelf of other products as a sentence: "This is what customers who
  // viewed this product bought", see IsProductFurnitureHeading.)
  // A furniture heading ("Related articles", "About the author") ends the
  // body's part of its container: its following siblings are skipped up to
  // the next heading of the same or a higher level. A disclosure's
  // <summary> heads its <details> the same way ("Shipping & Returns" over
  // a shop's terms).
  const Node* skip_parent = nullptr;
  int skip_level = 0;
  bool skip_links_only = false;
  bool site_feed = false;
  bool delivery = false;
  bool press = false;
  // The value of the prose blocks kept so far (see IsFurnitureHeadingOf).
  double story_prose = 0;
  // The captions kept as the body's caption blocks, and their bytes.
  int captions = 0;
  size_t caption_bytes = 0;
  // A page whose title names a selection ("Editor's picks of the year",
  // "Best of 2025") holds its strip of story cards as its content: no
  // story strip after its prose is cut there (see kStoryStripMinProse).
  // (Read from the title on the first ask: most pages never ask.)
  int8_t selection_title = -1;
  auto selection_page = [&] {
    if (selection_title < 0) selection_title = NamesSelection(ctx.title);
    return selection_title == 1;
  };
  for (const Node* root : roots) {
    // A root that is one short line of furniture is no content: a
    // script-rendered app's notice in <noscript> ("You need to enable
    // JavaScript to run this app"), all the page shows in its HTML. (A
    // <noscript> holds its notice in a <div> or <strong> as often as bare:
    // Vue CLI's template; its words are then no own text of the root.)
    if (const Facts& rf = facts_[root->eid];
        (rf.flags & kOwner) && rf.text > 0 && (rf.own_text == rf.text || root->tag == TagId::kNoscript) &&
        rf.text < 200 &&
        CollapsedTextInto(root, 1u << 20, kLineMaxNodes, &scratch) && IsBoilerplateLine(scratch)) {
      if (explain) explain->push_back({root, false, "boilerplate-line " + ScoreNote(root)});
      continue;
    }
    builder.Enter(root, StartsCodeBox(root));
    const Node* n = root->first_child;
    while (n) {
      bool entered = false;
      if (skip_parent && n->parent == skip_parent && n->is_element()) {
        const int level = LeadingHeadingLevel(n);
        if (level && level <= skip_level) skip_parent = nullptr;
      }
      // On a thread the board's list of other threads ends at the first
      // sibling that is no list of links: the posts after it (a "Similar
      // threads" box set between posts, in the posts' own container).
      if (skip_parent && skip_links_only && n->parent == skip_parent && !IsLinkListPart(n))
        skip_parent = nullptr;
      if (skip_parent && n->parent == skip_parent) {
        if (explain && n->is_element() && facts_[n->eid].text)
          explain->push_back({n, false, "after-furniture-heading " + ScoreNote(n)});
      } else if (n->is_text()) {
        if (IsRawMarkupText(n)) {
        } else if (const int tex = TexScriptMode(n->parent)) {
          // A TeX formula is written as TeX is in text: "$x^2$", "$$x^2$$".
          const std::string_view delim = tex == 2 ? "$$" : "$";
          std::string formula(delim);
          formula.append(Trim(n->data));
          formula.append(delim);
          builder.Text(formula);
        } else if (n->parent->ns == Namespace::kMathMl) {
          // (MathML trims its tokens' text, and white space between its
          // elements draws nothing: a pretty-printed formula's tokens
          // join as drawn.)
          // (ASCII white space only: a no-break space is the formula's own,
          // "<mtext>&nbsp;Hermitian</mtext>".)
          std::string_view t = n->data;
          while (!t.empty() && IsAsciiSpace(t.front())) t.remove_prefix(1);
          while (!t.empty() && IsAsciiSpace(t.back())) t.remove_suffix(1);
          builder.Text(t);
        } else if ((facts_[n->parent->eid].flags & kInPre) || !IsParkedData(n, ctx.product)) {
          builder.Text(n->data);
        } else if (explain) {
          explain->push_back({n->parent, false,
                               IsParkedDataText(n)            ? "parked-data"
                               : IsTemplatePlaceholderText(n) ? "template-placeholder"
                                                              : "bare-media-url"});
        }
      } else if (n->is_element() && facts_[n->eid].text < (ctx.product ? kProductFurnitureHeadingMaxText : 40) &&
                 FurnitureHeadingAt(n, ctx,
                                    page_mode_ && !listing && story_prose >= kStoryStripMinProse && !selection_page(),
                                    !listing && story_prose >= kAfterStoryHeadingMinProse, &scratch,
                                    &site_feed, &delivery, &press) &&
                 (!press || PressContactFollows(HeadingWrapper(n, root), &scratch)) &&
                 (!site_feed || SiteFeedCardsFollow(HeadingWrapper(n, root), HeadingSectionLevel(n), root)) &&
                 (!delivery || DeliveryTermsFollow(HeadingWrapper(n, root), &scratch)) &&
                 (!ctx.discussion || LinkListFollows(HeadingWrapper(n, root)))) {
        // Climb through wrappers that hold nothing but the heading: the
        // widget's cards are siblings of the wrapper, not of the heading.
        skip_parent = HeadingWrapper(n, root)->parent;
        skip_level = HeadingSectionLevel(n);
        skip_links_only = ctx.discussion;
        if (explain) explain->push_back({n, false, "furniture-heading " + ScoreNote(n)});
      } else if (n->is_element()) {
        std::string_view reason;
        if (decide(n, &reason)) {
          builder.Enter(n, StartsCodeBox(n));
          entered = true;
          if ((facts_[n->eid].flags & kOwner) && facts_[n->eid].value > 0) story_prose += facts_[n->eid].value;
          if (explain && (facts_[n->eid].flags & kOwner) && facts_[n->eid].own_text)
            explain->push_back({n, true, ScoreNote(n)});
        } else {
          // A figure's caption that is no credit line (that went to the
          // image's credit) stays as the body's caption block: shown in
          // Markdown and HTML under its picture, left out of the text.
          // (Its credit's box, credit-classed or schema.org's copyrightHolder,
          // and hidden words are passed over.)
          // So is a caption-classed box next to its picture, outside any
          // <figure> ("<p class=caption>", "p.wp-caption-text"); one that
          // holds its picture (WordPress's "div.wp-caption" around the
          // <img> and its text) keeps the picture too. (Neither is in the
          // text, as before: Scrapinghub and WCXB golds leave captions out.)
          if (reason == kCaptionReason && !(facts_[n->eid].hints & kHintCredit)) {
            // (A caption-classed box inside a <figcaption>, "<figcaption><p
            // class=caption>...</p><span class=credit>", is its caption.)
            const bool figcaption = n->tag == TagId::kFigcaption ||
                                    (n->parent && n->parent->Is(TagId::kFigcaption));
            const Node* held = figcaption ? nullptr : PictureIn(n, kCaptionPictureNodes);
            if (figcaption || held || NextToPicture(n)) {
              if (held) {
                // (The box is entered for its pictures alone: a block of its
                // own, not run into the line before it.)
                builder.Enter(n);
                ShownPartIn(n, [&](const Node* c) {
                  if (c->Is(TagId::kImg)) {
                    builder.Enter(c);
                    builder.Exit(c);
                  }
                  return false;
                });
                builder.Exit(n);
              }
              CollapsedTextInto(n, 1u << 20, kCaptionMaxNodes, &scratch, caption_skip);
              const std::string_view words = StripCaptionLabel(scratch);
              if (StripCreditCue(words).empty() && HasCaptionWord(words)) {
                builder.Caption(words);
                caption_bytes += words.size();
                ++captions;
              }
            }
          }
          if (explain && facts_[n->eid].text)
            explain->push_back({n, false, std::string(reason) + " " + ScoreNote(n)});
        }
      }
      if (entered && n->first_child) {
        n = n->first_child;
        continue;
      }
      if (entered) builder.Exit(n);
      while (n != root && !n->next) {
        n = n->parent;
        if (n == skip_parent) skip_parent = nullptr;
        if (n == root) break;
        builder.Exit(n);
      }
      if (n == root) break;
      n = n->next;
    }
    builder.Exit(root);
  }
  builder.Finish();
  out->text = BodyBuilder::RenderText(out->body);
  // A photo essay tells its story in its pictures' captions: when they
  // hold more words than the rest of the body, they are its text, as
  // paragraphs. (Elsewhere a caption is shown under its picture in
  // Markdown and HTML, not in the text.)
  // (A story's, or a page's that declares no kind: a photographer's
  // series, a gallery page; not a product's, whose gallery captions its
  // pictures.)
  if ((ctx.article || ctx.signed_story || ctx.NoDeclaredKind()) && !ctx.product &&
      captions >= kPhotoEssayMinCaptions &&
      caption_bytes > out->text.size()) {
    for (BodyNode& b : out->body.nodes)
      if (b.kind == BodyKind::kCaption) b.kind = BodyKind::kParagraph;
    out->text = BodyBuilder::RenderText(out->body);
  }
}

// How plainly the page is a link post (a link aggregator's story page):
// kStrong when its headline links to two sites (the story's page and its
// source: "A 2024 Discussion... (phoronix.com)") or an element is classed
// for votes or points (kLinkPostVoteClasses); kWeak when the headline's or
// the root's first link goes to another site. A bounded walk of the root,
// then of the page's first kLinkPostReadNodes elements.
ContentExtractor::LinkPost ContentExtractor::LinkPostSign(const Node* root, std::string_view page_url) const {
  const std::string_view mine = SiteHost(page_url);
  auto off_site = [&](const Node* a) {
    const std::string_view href = Trim(a->Attr("href"));
    if (!StartsWithIgnoreCase(href, "http") && !href.starts_with("//")) return false;
    return mine.empty() || !EqualsIgnoreCase(mine, SiteHost(href));
  };
  LinkPost sign = LinkPost::kNone;
  size_t budget = kLinkPostReadNodes;
  for (const Node* n = root->first_child; n && budget; --budget, n = NextInTree(n, root))
    if (n->Is(TagId::kA) && !Trim(n->Attr("href")).empty()) {
      if (off_site(n)) sign = LinkPost::kWeak;
      break;
    }
  budget = kLinkPostReadNodes;
  bool headline = false;
  for (const Node* e : order_) {
    if (!budget--) break;
    if (IsLinkPostVoteClass(e->Attr("class"))) return LinkPost::kStrong;
    if (headline || !e->Is(TagId::kH1)) continue;
    headline = true;
    std::string_view first;
    size_t look = kLinkPostReadNodes;
    for (const Node* n = e->first_child; n && look; --look, n = NextInTree(n, e)) {
      if (!n->Is(TagId::kA)) continue;
      const std::string_view href = Trim(n->Attr("href"));
      if (href.empty()) continue;
      const std::string_view host = SiteHost(href);
      if (first.empty()) {
        first = host.empty() ? std::string_view("-") : host;
        if (off_site(n)) sign = LinkPost::kWeak;
      } else if (!host.empty() && !EqualsIgnoreCase(first, host)) {
        return LinkPost::kStrong;
      }
    }
  }
  return sign;
}

bool ContentExtractor::DiscussionOutweighsStory(const Node* root, bool declared_article, bool bare) const {
  if (!root) return false;
  const double story = facts_[root->eid].good;
  if (story >= (declared_article ? kLinkPostMaxStory : kPageLinkPostMaxStory)) return false;
  // An undeclared page's root is a story of a few paragraphs: not a line
  // (a list page whose best block is a sidebar's excerpt), nor a long list
  // of links scoring little; or, with bare set, next to no prose at all.
  const bool bare_page = bare && !declared_article && story < kLinkPostMaxStory;
  if (!declared_article && !bare_page &&
      (story < kPageLinkPostMinStory || facts_[root->eid].text > kPageLinkPostMaxText))
    return false;
  // The outermost comment sections left out as boilerplate (one pass).
  double replies = 0;
  uint64_t replies_text = 0;
  for (const Node* e : order_) {
    const Facts& f = facts_[e->eid];
    if (!(f.flags & kNegative) || !(f.hints & kHintComments) || (f.hints & kHintNeverContent)) continue;
    if (facts_[e->parent->eid].flags & (kNegative | kUnderNeg)) continue;
    replies += f.good;
    replies_text += f.text;
  }
  // A bare discussion's replies hold most of the page's words: not a list
  // of links (a ranked list of books) above a visitors' comment section.
  if (bare_page) {
    const Node* top = root;
    for (int up = 0; up < kMaxAncestorClimb && top->parent && top->parent->is_element(); ++up) top = top->parent;
    if (replies_text * 2 < facts_[top->eid].text) return false;
  }
  const double min_replies = declared_article ? kLinkPostMinReplies
                             : bare_page      ? kBareDiscussionMinReplies
                                              : kPageLinkPostMinReplies;
  return replies >= (bare_page ? kBareRepliesOverStory : kRepliesOverStory) * std::max(story, 1.0) &&
         replies >= min_replies;
}

const Node* ContentExtractor::DominantBlock(const Document& doc) const {
  const Node* n = doc.body();
  if (!n) return nullptr;
  const uint32_t total = facts_[n->eid].text;
  if (total < kListFallbackMinText) return nullptr;
  for (;;) {
    const Node* best = nullptr;
    for (const Node* c = n->first_child; c; c = c->next)
      if (c->is_element() && (!best || facts_[c->eid].text > facts_[best->eid].text)) best = c;
    if (!best || facts_[best->eid].text * 10 < facts_[n->eid].text * 8) break;
    n = best;
  }
  const Facts& f = facts_[n->eid];
  // Boilerplate (a menu, a footer) or too little of the page's text.
  if (f.flags & (kDroppedFlags | kUnderNeg) || f.text * 2 < total) return nullptr;
  return n;
}

void ContentExtractor::Extract(const Document& doc, const HintTable& hints, const ContentContext& ctx,
                               ContentOutput* out, std::vector<BlockDecision>* explain) {
  ai_notes_ = !ctx.article && !ctx.discussion;
  drawn_screens_ = ctx.NoDeclaredKind();
  // (No article, thread or product markup, no story signed in view.)
  const bool undeclared = ctx.NoDeclaredKind() && !ctx.signed_story;
  Classify(doc, hints, ctx.product, ctx.discussion, undeclared);
  Aggregate(ctx);
  // A page declared a product (og:type product on every page of a shop's
  // template, a Product object for one card) whose body is a grid of
  // kGridMinCards priced cards or more, with no buy box of its own (none
  // found, or the one found holds the grid: the box of the grid's first
  // card's price and button under the category's <h1>), is a list of
  // products. Only its type changes: the shop's rules still read its text
  // (measured: a list's rules keep every card's price rows, which the
  // shop's drop).
  // An undeclared page (no article, thread or product markup, no story
  // signed in view) whose body holds a run of kCategoryGridMinCards priced
  // cards, with no buy box of its own outside them, is a shop's category
  // page, a list of products, too.
  out->product_grid = (ctx.product || undeclared) &&
                      priced_grid_cards_ >= (ctx.product ? kGridMinCards : kCategoryGridMinCards) &&
                      (!buy_box_ || IsWithin(priced_grid_, buy_box_));
  // A page declared a product whose priced cards run kCollectionMinCards
  // siblings or more and make no product of the page's own
  // (CardsMakeACollection), with no structured data for one product, is a
  // collection whatever its og:type (a category template that prints
  // "product", a card grid's two add-to-cart buttons): each card is a
  // product of its own, none the page's.
  out->card_collection = ctx.product && !ctx.one_structured_product && !out->product_grid &&
                         priced_grid_cards_ >= kCollectionMinCards &&
                         CardsMakeACollection();
  const Node* root = ChooseRoot(doc);
  // (An undeclared page must show a link post's sign; a signed story, whose
  // comment section is as often its readers', however long, a plain one:
  // see LinkPostSign.)
  if (!ctx.discussion && !ctx.product &&
      ((DiscussionOutweighsStory(root, ctx.article, /*bare=*/false) &&
        (ctx.article || [&] {
          const LinkPost sign = LinkPostSign(root, ctx.url);
          return sign == LinkPost::kStrong || (sign == LinkPost::kWeak && !ctx.signed_story);
        }())) ||
       // A bare discussion needs no sign: nothing but the replies says anything.
       (!ctx.article && !ctx.signed_story && DiscussionOutweighsStory(root, false, /*bare=*/true)))) {
    // A link post and its discussion (a link aggregator's story page, with
    // or without a declared article): the replies are the content, as on a
    // thread.
    ContentContext thread = ctx;
    thread.discussion = true;
    thread.article = false;
    Extract(doc, hints, thread, out, explain);
    return;
  }
  // Pages that are not articles or threads (services, products, listings,
  // docs) spread their content over the page, link-heavy parts included:
  // take the main landmark around the best root, or the whole body when
  // the best root holds little of the page's prose, and keep link lists.
  page_mode_ = !ctx.article && !ctx.discussion && TuningFor(ctx.favor).page_mode;
  if (page_mode_) root = WidenForPage(doc, root, TuningFor(ctx.favor));
  else if (!marked_within_) root = JoinSections(root);
  if (ctx.discussion) {
    bool list_of_posts = false;
    root = LeavePostAside(root);
    root = JoinPosts(root, &list_of_posts);
    root = JoinOpeningPost(root, list_of_posts);
  }
  out->root = root;
  roots_.clear();
  roots_.push_back(root);
  AddSimilarSiblings(root, TuningFor(ctx.favor));
  if (ctx.product) AddShortDescription(root);
  // A page that is not an article whose best root lies outside its <main>
  // landmark (a section front's feed beside a <main> of featured stories):
  // the landmark is the page's main content by its markup, and joins the
  // root, unless it holds or lies in one of the roots already taken (the
  // root's similar siblings included: its text would come out twice). (Two
  // ancestor walks per root, for a few roots only.)
  bool landmark_taken = roots_.size() > kLandmarkMaxRoots;
  for (size_t i = 0; main_landmark_ && !landmark_taken && i < roots_.size(); ++i)
    landmark_taken = IsWithin(roots_[i], main_landmark_) || IsWithin(main_landmark_, roots_[i]);
  if (page_mode_ && main_landmark_ && !landmark_taken) {
    const Facts& mf = facts_[main_landmark_->eid];
    if (!(mf.flags & (kNegative | kUnderNeg)) && mf.good >= kOutsideMainMinGood) {
      roots_.push_back(main_landmark_);
      std::sort(roots_.begin(), roots_.end(), InDocumentOrder);
    }
  }
  // A CMS's archive page (a category's list of posts: WordPress's
  // "archive" body class) prints its posts in a loop of <article>s, each a
  // teaser under its linked headline; the best root may be the category's
  // description above the loop, or the loop may sit in a wrapper judged a
  // sidebar. The loop is the list the page is: it joins the roots.
  // (So does the category's description the theme prints over the loop,
  // "div.archive-description", outside the loop's wrapper: a hero band's.)
  if (page_mode_ && archive_body_)
    if (const Node* loop = ArchiveLoop()) {
      JoinRoot(&roots_, loop);
      if (const Node* desc = CategoryDescription(); desc && desc->id < loop->id) JoinRoot(&roots_, desc);
    }
  // A Q&A page's question text that its answers' root leaves out (see
  // QuestionTextOutside) joins the roots.
  if (ctx.discussion && microdata_qa_)
    if (const Node* question = QuestionTextOutside(root)) JoinRoot(&roots_, question);
  // The precise reading of a list page taken for its written guide (see
  // ArticleExtractor::Extract): the description of the category that the
  // shop prints over its grid (Magento's "category-description",
  // WooCommerce's "term-description") opens what the page says, though the
  // guide's root, further down, does not hold it: it joins the roots.
  if (ctx.list_guide)
    if (const Node* desc = CategoryDescription()) JoinRoot(&roots_, desc);
  if (!page_mode_ && marked_within_) AddMarkedParts(root, TuningFor(ctx.favor));
  if (!page_mode_ && ctx.article && !ctx.discussion) {
    AddLeadBeforeRoot(root);
    AddNotesAfterRoot(root);
  }
  if (explain)
    for (const Node* r : roots_)
      explain->push_back({r, true, (r == root ? "content-root " : "content-sibling ") + ScoreNote(r)});
  // A page declared an article whose content is many short cards, each
  // under its own headline (a linked heading or a headline class), with no
  // long block of prose between them, is an index (a news section, a blog's
  // front page that sites type "article" like every page): its body is
  // built as a list, card headlines and links kept.
  bool index = false;
  if (!page_mode_ && ctx.article && !ctx.discussion) {
    uint32_t heads = 0, text = 0, longest = 0;
    CountCardHeads(&heads, &text, &longest);
    index = heads >= kIndexMinHeads && text <= kIndexTextPerHead * heads && longest < kIndexLongestBlock;
  }
  const size_t explain_head = explain ? explain->size() : 0;
  BuildBody(roots_, ctx, out, explain, index);
  // (Word characters are counted only when the body is short: at most 4
  // bytes each plus separators.)
  // A body that kept a fifth of its root's text at most, the rest dropped
  // as teasers and "related" boxes, is short for that root: see
  // kStrippedBodyBelow. The list's reading must still be kListOverShortBody
  // times longer to replace it. (Counted only for a body whose bytes, a
  // quarter of them word characters at least, could be so short: most
  // pages' bodies are not counted again.)
  const size_t body_bytes = out->text.size();
  const uint32_t root_text = facts_[root->eid].text;
  const bool may_be_stripped =
      body_bytes < kStrippedBodyBelow * 8 && root_text >= kStrippedRootShare * (body_bytes / 4);
  const size_t body_chars =
      body_bytes < kShortBodyBelow * 8 || may_be_stripped ? CountWordChars(out->text) : SIZE_MAX;
  const bool stripped = may_be_stripped && body_chars < kStrippedBodyBelow && root_text >= kStrippedRootShare * body_chars;
  // A short body is built once more at most, one of two ways: the
  // shelves first, then (when they added nothing) the list.
  // A short body on a page whose <main> landmark holds a titled shelf of
  // picture tiles within the roots ("Shop by brand", "Browse by genre": a
  // shop's category page whose grid of products its scripts fill) is built
  // again with the shelves: when the rules left the page next to nothing,
  // its browse sections are what it says. (On a page with its grid or its
  // prose they stay out: the shop's navigation beside the content.)
  const bool shelved_pass = picture_shelf_ && body_chars < kShortBodyBelow && page_mode_ && ctx.NoDeclaredKind() &&
                            std::any_of(roots_.begin(), roots_.end(),
                                        [&](const Node* r) { return IsWithin(picture_shelf_, r); });
  bool rebuilt = false;
  if (shelved_pass) {
    ContentOutput shelved;
    std::vector<BlockDecision> shelved_explain;
    shelves_kept_ = true;
    BuildBody(roots_, ctx, &shelved, explain ? &shelved_explain : nullptr, index);
    shelves_kept_ = false;
    if (CountWordChars(shelved.text) > body_chars) {
      rebuilt = true;
      shelved.root = out->root;
      *out = std::move(shelved);
      if (explain) {
        explain->resize(explain_head);
        explain->insert(explain->end(), shelved_explain.begin(), shelved_explain.end());
      }
    }
  }
  if (!rebuilt && !ctx.discussion && TuningFor(ctx.favor).page_mode && (body_chars < kShortBodyBelow || stripped)) {
    // Any other page whose best prose root holds almost nothing is a list (a news
    // section, a link aggregator, a job board): its content is the block
    // that holds most of the page's text, link text included. Descend
    // from <body> while one child holds most of it. (It may be the root
    // itself, rebuilt as a list: teaser cards kept.) A short body (a
    // section's blurb, a list article's lead) gives way only to a list
    // below <body> that holds it and is many times longer: a page wrapper
    // around a short story and its "more stories", or a list beside the
    // story, is not the page's list.
    if (const Node* list = DominantBlock(doc);
        list && (body_chars < kListFallbackBelow || (list != doc.body() && IsWithin(root, list)))) {
      ContentOutput listed;
      std::vector<BlockDecision> list_explain;
      const std::vector<const Node*> list_roots{list};
      BuildBody(list_roots, ctx, &listed, explain ? &list_explain : nullptr, /*listing=*/true);
      const size_t listed_chars = CountWordChars(listed.text);
      if (listed_chars > body_chars &&
          (body_chars < kListFallbackBelow || listed_chars >= kListOverShortBody * body_chars)) {
        listed.root = list;
        *out = std::move(listed);
        roots_ = list_roots;
        if (explain) {
          // The list's decisions replace the first build's.
          explain->clear();
          explain->push_back({list, true, "list-fallback " + ScoreNote(list)});
          explain->insert(explain->end(), list_explain.begin(), list_explain.end());
        }
      }
    }
  }
  if (ctx.comments && !ctx.discussion) {
    // Comment sections: the outermost elements named as comments that
    // scoring left out of the body.
    std::vector<const Node*> sections;
    for (const Node* e : order_) {
      const Facts& f = facts_[e->eid];
      if (!(f.hints & kHintComments) || !(f.flags & kNegative) || (f.hints & kHintNeverContent)) continue;
      bool nested = false;
      for (const Node* s : sections)
        for (const Node* a = e->parent; a && !nested; a = a->parent) nested = a == s;
      if (!nested && f.good > 0) sections.push_back(e);
    }
    if (!sections.empty()) {
      ContentOutput scratch;
      ContentContext cctx = ctx;
      cctx.exclude.clear();
      BuildBody(sections, cctx, &scratch, nullptr);
      out->comments = std::move(scratch.text);
    }
  }
  if (explain) {
    // Blocks outside the root, with what kept them out. One preorder pass
    // carries "inside a root" and the nearest boilerplate ancestor down to
    // each element: a climb per block (against every root) was quadratic on
    // deep nesting (40,000 levels with a line each: 29 s).
    std::vector<uint8_t> in_root(facts_.size(), 0);
    std::vector<const Node*> negative(facts_.size(), nullptr);
    for (const Node* r : roots_) in_root[r->eid] = 1;
    for (const Node* e : order_) {
      const Facts& f = facts_[e->eid];
      if (const Node* p = e->parent) {
        in_root[e->eid] |= in_root[p->eid];
        negative[e->eid] = negative[p->eid];
      }
      if (f.flags & kNegative) negative[e->eid] = e;
      if (!(f.flags & kOwner) || !f.own_text) continue;
      if (in_root[e->eid]) continue;
      std::string why = "outside-content-root";
      if (f.flags & (kNegative | kUnderNeg)) {
        // Name the boilerplate ancestor that decided it.
        const Node* a = negative[e->eid];
        why = "inside-boilerplate(" + (a ? DescribeElement(a) : std::string("?")) + ")";
      }
      explain->push_back({e, false, why + " " + ScoreNote(e)});
    }
  }
}

namespace {
// Two class lists name one kind of element when both are empty or they
// share a class ("card", "card card--last": a modifier marks one of a
// series). The first kClassTokensRead classes of each are compared.
bool OfOneKind(std::string_view a, std::string_view b) {
  if (Trim(a).empty() && Trim(b).empty()) return true;
  auto next = [](std::string_view* s) {
    size_t i = 0;
    while (i < s->size() && IsAsciiSpace((*s)[i])) ++i;
    size_t e = i;
    while (e < s->size() && !IsAsciiSpace((*s)[e])) ++e;
    std::string_view t = s->substr(i, e - i);
    s->remove_prefix(e);
    return t;
  };
  std::string_view ra = a;
  for (size_t i = 0; i < kClassTokensRead; ++i) {
    const std::string_view ta = next(&ra);
    if (ta.empty()) break;
    std::string_view rb = b;
    for (size_t j = 0; j < kClassTokensRead; ++j) {
      const std::string_view tb = next(&rb);
      if (tb.empty()) break;
      if (ta == tb) return true;
    }
  }
  return false;
}

bool SameSignature(const Node* a, const Node* b) {
  if (a->tag != b->tag || a->ns != b->ns) return false;
  if (a->tag == TagId::kUnknown && a->data != b->data) return false;
  std::string_view ca = a->Attr("class"), cb = b->Attr("class");
  return ca == cb && (!ca.empty() || a->tag == TagId::kP);
}

// Whether two class lists are the same but for one number, one apart: the
// parts of a body its template numbers ("post-content part-1", "post-content
// part-2"; "story-chunk chunk-3" / "chunk-4"). A layout grid's columns are
// not parts: their numbers are widths, never one apart in a row of twelve
// ("col-md-8" / "col-md-4"), and a fraction ("w-2/3" / "w-1/3") is refused.
bool SameClassButNumbers(std::string_view a, std::string_view b) {
  if (a.find('/') != std::string_view::npos || b.find('/') != std::string_view::npos) return false;
  size_t i = 0, j = 0;
  int differing = 0;
  while (i < a.size() && j < b.size()) {
    if (IsAsciiDigit(a[i]) && IsAsciiDigit(b[j])) {
      uint64_t na = 0, nb = 0;
      size_t da = 0, db = 0;  // digits read, bounded so the values stay exact
      for (; i < a.size() && IsAsciiDigit(a[i]); ++i) if (++da <= 9) na = na * 10 + uint64_t(a[i] - '0');
      for (; j < b.size() && IsAsciiDigit(b[j]); ++j) if (++db <= 9) nb = nb * 10 + uint64_t(b[j] - '0');
      if (da > 9 || db > 9) return false;
      if (na == nb) continue;
      if (++differing > 1 || (na > nb ? na - nb : nb - na) != 1) return false;
      continue;
    }
    if (a[i] != b[j]) return false;
    ++i, ++j;
  }
  return i == a.size() && j == b.size() && differing == 1;
}

// Whether `s`'s class is `root`'s with BEM modifiers of its names
// ("article__text article__text--teaser" beside "article__text": a
// paywalled story's free opening before its body): `s` comes before the
// root, each class name of `s` is one of `root`'s or one of them followed
// by "--" and a word of an opening part (IsOpeningPartModifier: "teaser",
// "preview", "intro"), one such at least; same tag. (A "--promo" or
// "--support" part after the body is a pitch, not the story.)
bool IsModifierOf(const Node* s, const Node* root) {
  if (s->tag != root->tag || s->ns != root->ns || s->tag == TagId::kUnknown || s->id > root->id) return false;
  const std::string_view rc = root->Attr("class");
  if (Trim(rc).empty()) return false;
  auto in_root = [&](std::string_view name) {
    return AnySpaceToken(rc, [&](std::string_view r) { return r == name; });
  };
  bool modifier = false, ok = true;
  AnySpaceToken(s->Attr("class"), [&](std::string_view name) {
    if (in_root(name)) return false;
    const size_t dd = name.find("--");
    if (dd == std::string_view::npos || dd == 0 || !in_root(name.substr(0, dd)) ||
        !IsOpeningPartModifier(name.substr(dd + 2))) {
      ok = false;
      return true;
    }
    modifier = true;
    return false;
  });
  return ok && modifier;
}

// SameSignature, or the same tag with classes numbered apart (see
// SameClassButNumbers).
bool SameNumberedSignature(const Node* a, const Node* b) {
  if (SameSignature(a, b)) return true;
  if (a->tag != b->tag || a->ns != b->ns || a->tag == TagId::kUnknown) return false;
  std::string_view ca = a->Attr("class"), cb = b->Attr("class");
  return !ca.empty() && ca != cb && SameClassButNumbers(ca, cb);
}
}  // namespace

// One walk over the content roots (boilerplate skipped): the card
// headlines (a heading that is mostly link, or a headline-classed block,
// short), the word characters of the content, and its longest block.
void ContentExtractor::CountCardHeads(uint32_t* heads, uint32_t* text, uint32_t* longest) const {
  for (const Node* r : roots_) {
    const Node* n = r;
    while (n) {
      if (!n->is_element()) { n = NextInTree(n, r); continue; }
      const Facts& f = facts_[n->eid];
      if (f.flags & (kDroppedFlags | kUnderNeg)) { n = NextSkippingChildren(n, r); continue; }
      const bool head = (IsHeadingTag(n->tag) || (f.hints & kHintTitle)) && f.text > 0 && f.text <= kCardHeadMaxText &&
                        ((f.hints & kHintTitle) || f.link * 10 >= f.text * 8);
      if (head) {
        ++*heads;
        *text += f.text;
        n = NextSkippingChildren(n, r);
        continue;
      }
      if (f.flags & kOwner) {
        *text += f.own_text;
        *longest = std::max(*longest, f.own_text);
      }
      n = NextInTree(n, r);
    }
  }
}

// Whether `part`, of the root's markup, is only a date stamp (a post's
// time printed under it, "2025-03-09T08:41:12.000Z") or its writer's
// handle ("inesmoreau.bsky.social", "@inesmoreau" over it): the post's
// furniture, not a part of its text. (Short parts only are read, into
// the caller's `scratch`: one buffer for a walk's parts.)
bool ContentExtractor::BareStampPart(const Node* part, std::string* scratch) const {
  if (facts_[part->eid].text > kSiblingStampMaxText) return false;
  return CollapsedTextInto(part, kSiblingStampMaxText + 1, 8, scratch) &&
         (IsDateLine(*scratch) || IsBareHandleLine(*scratch));
}

void ContentExtractor::AddSimilarSiblings(const Node* root, const Tuning& tuning) {
  // Content split into parts with the same markup (a body cut by ads into
  // "chunk" containers, paragraphs of one class around furniture): the
  // parts of the root's signature near it belong to the body too.
  const Facts& rf = facts_[root->eid];
  // A part of the body is not much more linked than the root itself: a
  // quarter of its text in links at most, or the root's own share and
  // kSiblingLinkSlack (rows of a list of story cards are all alike).
  const double max_link_share = std::max(0.25, double(rf.link) / std::max(1u, rf.text) + kSiblingLinkSlack);
  std::string stamp;  // (BareStampPart's buffer)
  const Node* a = root;
  for (int level = 0; level < kSiblingLevels && a->parent; ++level, a = a->parent) {
    for (const Node* s = a->parent->first_child; s; s = s->next) {
      if (s == a || !s->is_element()) continue;
      const Facts& sf = facts_[s->eid];
      // On an article a list of teaser cards is furniture; but when the
      // root is itself a row of linked cards, a teaser list of its markup
      // is the next row of the same list.
      const bool card_row = (sf.flags & (kNegative | kUnderNeg)) == kNegative && (sf.flags & kTeaser) &&
                            !(sf.flags & (kStructural | kHidden | kRole)) && !(sf.hints & kHintBoilerplate) &&
                            double(rf.link) >= kCardRootLinkShare * double(rf.text);
      // A part of the root's block by its BEM modifier ("article__text--
      // teaser" beside "article__text", IsModifierOf), at the root's level,
      // negative by its modifier's weak word alone, is the body's too.
      const bool modifier = level == 0 && (sf.flags & (kUnderNeg | kHidden | kStructural | kRole)) == 0 &&
                            !(sf.hints & (kHintBoilerplate | kHintNavigation)) && IsModifierOf(s, root);
      if (!(sf.flags & kVisited) || ((sf.flags & (kNegative | kUnderNeg)) && !card_row && !modifier)) continue;
      // The sibling itself, or (one level up) its child, has the root's
      // signature and carries prose.
      // (A part numbered apart from the root, "part-2" after "part-1", is
      // of its markup too.)
      const Node* match = nullptr;
      if (modifier || SameNumberedSignature(s, root)) {
        match = s;
      } else if (level > 0) {
        for (const Node* c = s->first_child; c && !match; c = c->next)
          if (c->is_element() && SameNumberedSignature(c, root)) match = c;
      }
      if (!match) continue;
      const Facts& mf = facts_[match->eid];
      // (A card row's score counts it as furniture: its prose decides.)
      if ((card_row ? match != s : !modifier && mf.score <= 0) || mf.good < tuning.sibling_min_share * rf.good ||
          mf.link > max_link_share * mf.text || BareStampPart(match, &stamp))
        continue;
      roots_.push_back(match);
    }
  }
  // Document order (node ids follow it).
  std::sort(roots_.begin(), roots_.end(), InDocumentOrder);
}

// A product page whose root is one panel of a tab set (or lies in one,
// kTabPanelRootLevels deep), as the precise reading of a described product
// takes its description tab (see ArticleExtractor::Extract): the product's
// short description in the summary before the tab set (the lines under
// its name beside the price: "A two-cup cone dripper thrown on the
// wheel..."), outside every panel, opens what the page says of it and
// joins the roots. (The set's other panels stay out: measured on WCXB,
// annotators keep a food's description tab without its nutrition and
// storage tabs.) (Read in the elements before the tab set,
// kTabPanelRootLevels + 2 levels up, kShortDescriptionNodes nodes of each
// at most: once per such page.)
void ContentExtractor::AddShortDescription(const Node* root) {
  const Node* panel = root;
  for (int up = 0; !(facts_[panel->eid].flags & kPanel); ++up) {
    if (up == kTabPanelRootLevels || !panel->parent || !panel->parent->is_element()) return;
    panel = panel->parent;
  }
  // (Only in the product's summary, the box before the tab set that holds
  // its <h1>, or in a box of its own with no heading or link: a card of
  // another product set between, "Pairs well with", has a short
  // description of its own under its linked name.)
  const Node* a = panel->parent;
  for (int up = 0; a && a->parent && up <= kTabPanelRootLevels + 2; ++up, a = a->parent) {
    for (const Node* s = a->prev(); s; s = s->prev()) {
      if (!s->is_element()) continue;
      const Node* found = nullptr;
      bool headline = false, card = false;
      auto visit = [&](const Node* d) {
        if (!d->is_element()) return true;
        headline |= d->Is(TagId::kH1);
        card |= IsHeadingTag(d->tag) || (d->Is(TagId::kA) && d->HasAttr("href"));
        if (found || !d->num_attrs || !NamesShortDescription(d->Attr("class"), d->Attr("id"))) return true;
        const Facts& df = facts_[d->eid];
        if ((df.flags & kVisited) && !(df.flags & (kNegative | kUnderNeg | kHidden)) &&
            df.text >= kShortDescriptionMinText)
          found = d;
        return true;
      };
      visit(s);
      WalkBelow(s, kShortDescriptionNodes, visit);
      if (found && (headline || !card)) {
        // (Not a copy of the description's opening, which the root shows.)
        std::string head, text;
        CollapsedTextInto(found, kShortDescriptionProbeBytes, &head);
        CollapsedTextInto(root, kShortDescriptionRootBytes, &text);
        if (text.find(head) == std::string::npos) JoinRoot(&roots_, found);
        return;
      }
      if (headline) return;
    }
  }
}

void ContentExtractor::AddMarkedParts(const Node* root, const Tuning& tuning) {
  // A semantically marked body chosen inside the best root may be one of
  // several parts of that markup (a two-column layout, a body cut by a
  // widget deeper than its siblings): the other parts in the best root,
  // at any depth, belong to the body too. One walk over the best root.
  // (The root's own wrappers hold it: they are walked into, never added,
  // or its text would come twice. The parts already chosen are looked up
  // by id, not scanned once per match.)
  const Facts& rf = facts_[root->eid];
  const Node* within = marked_within_;
  std::vector<const Node*> path;  // root's ancestors below `within`, innermost first
  for (const Node* a = root->parent; a && a != within; a = a->parent) path.push_back(a);
  std::vector<uint32_t> chosen;
  for (const Node* r : roots_) chosen.push_back(r->id);
  std::sort(chosen.begin(), chosen.end());
  std::string stamp;  // (BareStampPart's buffer)
  size_t added = 0;
  const Node* n = within->first_child;
  while (n) {
    if (!n->is_element()) {
      n = NextInTree(n, within);
      continue;
    }
    if (!path.empty() && n == path.back()) {
      path.pop_back();
      n = NextInTree(n, within);
      continue;
    }
    const Facts& f = facts_[n->eid];
    if (n == root || (f.flags & (kDroppedFlags | kUnderNeg))) {
      n = NextSkippingChildren(n, within);
      continue;
    }
    if (SameSignature(n, root) && f.score > 0 && f.good >= tuning.sibling_min_share * rf.good &&
        f.link * 4 <= f.text) {
      if (!std::binary_search(chosen.begin(), chosen.end(), n->id) && !BareStampPart(n, &stamp)) {
        roots_.push_back(n);
        ++added;
      }
      n = NextSkippingChildren(n, within);
      continue;
    }
    n = NextInTree(n, within);
  }
  if (added) std::sort(roots_.begin(), roots_.end(), InDocumentOrder);
}

void ContentExtractor::AddLeadBeforeRoot(const Node* root) {
  // A story's lead paragraph (its standfirst, "c-article__lead") printed
  // just before the marked body, outside it, is the story's first
  // paragraph: it joins the roots. (When the page reports it as the dek,
  // the body leaves it out as such.) Only the root's nearest element
  // sibling before it, classed a lead, with prose and few links: a lead in
  // the headline's <header> or a teaser's intro elsewhere stays out.
  const Node* lead = root->prev();
  while (lead && !lead->is_element()) lead = lead->prev();
  if (!lead) return;
  if (!NamesLead(lead->Attr("class"))) {
    // ... but a lead that opens on a dateline ("DEVENTER - De proef ...")
    // is the story's first paragraph wherever it stands: the last element
    // of the header box before the root (a lead photo between passed
    // over), a paragraph in large type under the byline.
    while (lead && (!lead->is_element() || lead->tag == TagId::kFigure || lead->tag == TagId::kPicture))
      lead = lead->prev();
    if (!lead || IsHeadingTag(lead->tag)) return;
    const Node* last = lead->last_child();
    while (last && !last->is_element()) last = last->prev();
    if (!last || !last->Is(TagId::kP) || !NamesLead(last->Attr("class"))) return;
    std::string opening;
    CollapsedTextInto(last, kDatelineReadBytes, kLineMaxNodes, &opening);
    if (!OpensWithDateline(opening)) return;
    lead = last;
  }
  const Facts& f = facts_[lead->eid];
  if ((f.flags & (kDroppedFlags | kUnderNeg | kHidden)) || f.text < kLeadMinText || f.link * 4 > f.text) return;
  // (The roots are in document order: the lead goes in its place.)
  const auto at = std::lower_bound(roots_.begin(), roots_.end(), lead, InDocumentOrder);
  if (at == roots_.end() || *at != lead) roots_.insert(at, lead);
}

// The root's next element siblings looked at for a notes box (at its level
// and at its parent's), the nodes of that box read for its notes' ids, and
// the nodes of the root read for a mark that links to one.
constexpr int kNotesSiblingLook = 3;
constexpr int kNotesLevels = 2;
constexpr int kNotesReadNodes = 512;
constexpr int kNotesRootNodes = 1 << 16;

void ContentExtractor::AddNotesAfterRoot(const Node* root) {
  // A story's notes printed after its body, outside it (SPIP's "div.notes",
  // a theme's "footnotes" box): the body's note marks link into them ("<a
  // href=#nb1>1</a>" to "<div id=nb1>"), so they are the story's text too.
  // Only a box among the root's next few element siblings (at its level or
  // its parent's), named for notes (NamesNotes), not dropped, that holds an
  // element whose id a link in the root names.
  const Node* notes = nullptr;
  const Node* a = root;
  for (int level = 0; level < kNotesLevels && a && a->is_element() && !notes; ++level, a = a->parent) {
    int look = kNotesSiblingLook;
    for (const Node* s = a->next; s && look > 0 && !notes; s = s->next) {
      if (!s->is_element()) continue;
      --look;
      if (NamesNotes(s->Attr("class")) || NamesNotes(s->Attr("id"))) notes = s;
    }
  }
  if (!notes || (facts_[notes->eid].flags & (kDroppedFlags | kUnderNeg | kHidden))) return;
  // (Its elements' ids, sorted: each of the root's fragment links is
  // looked up in them. Not the box's own: "Read readers' notes below"
  // links to a comments box as a whole.)
  std::vector<std::string_view> ids;
  int budget = kNotesReadNodes;
  for (const Node* d = notes->first_child; d && budget-- > 0; d = NextInTree(d, notes))
    if (d->is_element())
      if (const std::string_view id = d->Attr("id"); !id.empty()) ids.push_back(id);
  if (ids.empty()) return;
  std::sort(ids.begin(), ids.end());
  budget = kNotesRootNodes;
  for (const Node* d = root->first_child; d && budget-- > 0; d = NextInTree(d, root)) {
    if (!d->Is(TagId::kA)) continue;
    const std::string_view href = Trim(d->Attr("href"));
    if (href.size() < 2 || href[0] != '#') continue;
    if (std::binary_search(ids.begin(), ids.end(), href.substr(1))) {
      JoinRoot(&roots_, notes);
      return;
    }
  }
}

const Node* ContentExtractor::ArchiveLoop() const {
  // The first element whose <article> children (one group: their classes
  // name each post apart) hold kArchiveLoopMinPosts teasers or more (a
  // heading that holds a link), outside hidden and structural boilerplate.
  // Each element's children are read once (every node is one element's
  // child): one pass over the page; a teaser's heading is looked for among
  // its first kArchiveTeaserLook descendants.
  auto teaser = [&](const Node* c, const Facts& f) {
    if (c->tag != TagId::kArticle || (f.flags & (kHidden | kStructural))) return false;
    int look = kArchiveTeaserLook;
    for (const Node* d = c->first_child; d && look-- > 0; d = NextInTree(d, c))
      if (d->is_element() && IsHeadingTag(d->tag) && facts_[d->eid].links > 0) return true;
    return false;
  };
  for (const Node* p : order_) {
    if (facts_[p->eid].flags & (kHardDrop | kHidden | kStructural)) continue;
    SiblingGroup groups[4];
    size_t ngroups;
    GroupChildren(p, teaser, groups, &ngroups, /*by_class=*/false);
    for (size_t k = 0; k < ngroups; ++k)
      if (groups[k].tag == TagId::kArticle && groups[k].items >= uint32_t(kArchiveLoopMinPosts)) return p;
  }
  return nullptr;
}

const Node* ContentExtractor::CategoryDescription() const {
  // One pass over the page's elements, on a list page's second reading only.
  for (const Node* p : order_) {
    const Facts& f = facts_[p->eid];
    if (f.flags & (kHardDrop | kHidden | kStructural | kNegative | kUnderNeg)) continue;
    if (f.good >= kCategoryDescriptionMinGood && NamesCategoryDescription(p->Attr("class"), p->Attr("id")))
      return p;
  }
  return nullptr;
}

const Node* ContentExtractor::WidenForPage(const Document& doc, const Node* root, const Tuning& tuning) const {
  for (const Node* a = root; a; a = a->parent) {
    if (a->Is(TagId::kMain) || (ClassifyRole(a->Attr("role")) & kRoleMain)) {
      if (!(facts_[a->eid].flags & (kNegative | kUnderNeg))) return a;
      break;
    }
  }
  const Node* body = doc.body();
  if (body && facts_[root->eid].good < tuning.page_root_share * plausible_good_ &&
      !(facts_[body->eid].flags & (kNegative | kUnderNeg))) {
    // A root outside the <main> landmark that holds too little: the
    // landmark, when it holds enough and more than the root, is the page's
    // part by its markup, rather than the whole body with the widgets
    // after it.
    if (main_landmark_ && main_landmark_ != body && !(facts_[main_landmark_->eid].flags & (kNegative | kUnderNeg)) &&
        facts_[main_landmark_->eid].good >= tuning.page_root_share * plausible_good_ &&
        facts_[main_landmark_->eid].good > facts_[root->eid].good)
      return main_landmark_;
    return body;
  }
  return root;
}

template <typename Item>
size_t ContentExtractor::GroupChildren(const Node* e, Item&& item, SiblingGroup (&groups)[4], size_t* ngroups,
                                       bool by_class) const {
  size_t children = 0;
  *ngroups = 0;
  for (const Node* c = e->first_child; c; c = c->next) {
    if (!c->is_element()) continue;
    const Facts& f = facts_[c->eid];
    if (!(f.flags & kVisited)) continue;
    ++children;
    const std::string_view cls = by_class ? c->Attr("class") : std::string_view();
    SiblingGroup* g = nullptr;
    for (size_t k = 0; k < *ngroups; ++k)
      if (groups[k].tag == c->tag && groups[k].cls == cls) g = &groups[k];
    if (!g) {
      if (*ngroups == 4) continue;
      g = &groups[(*ngroups)++];
      *g = {c->tag, cls, 0, 0, 0};
    }
    ++g->count;
    const uint32_t m = uint32_t(item(c, f));
    g->items += m & 1;
    g->items2 += (m >> 1) & 1;
  }
  return children;
}

template <typename Item>
uint32_t ContentExtractor::RunsOfItems(const Node* e, Item&& item, uint32_t max_count, bool by_class) const {
  // Repeated siblings of one signature, three at least (at most
  // `max_count`), most of the children (60 %), nearly all of them (80 %)
  // items.
  SiblingGroup groups[4];
  size_t ngroups;
  const size_t children = GroupChildren(e, item, groups, &ngroups, by_class);
  if (children < 3) return 0;
  uint32_t runs = 0;
  for (size_t k = 0; k < ngroups; ++k) {
    const SiblingGroup& g = groups[k];
    if (g.count >= 3 && g.count <= max_count && g.count * 10 >= children * 6) {
      if (g.items * 10 >= g.count * 8) runs |= 1;
      if (g.items2 * 10 >= g.count * 8) runs |= 2;
    }
  }
  return runs;
}

template <typename Item>
bool ContentExtractor::IsRunOfItems(const Node* e, Item&& item, uint32_t max_count) const {
  return RunsOfItems(e, item, max_count) & 1;
}

// A tabbed box's other panel: hidden `e` beside a shown sibling of its tag
// holding text (the open tab), in a box that names tabs or holds a tab bar
// (a child classed as tabs, or role=tablist): a shop's grid in two tabs
// ("Feeders | Add-ons", the second grid display:none until clicked), one
// click away like an accordion's panel. (The parent's first
// kTabLookChildren element children are looked at.)
bool ContentExtractor::IsHiddenTab(const Node* e) const {
  const Node* box = e->parent;
  if (!box || !box->is_element()) return false;
  bool tabs = NamesTabs(box->Attr("class")), shown_twin = false;
  int seen = 0;
  for (const Node* c = box->first_child; c && seen < kTabLookChildren; c = c->next) {
    if (!c->is_element() || c == e) continue;
    ++seen;
    const Facts& cf = facts_[c->eid];
    if (c->tag == e->tag && !(cf.flags & kHidden) && cf.text >= kPanelMinText) shown_twin = true;
    else if (!tabs) tabs = NamesTabs(c->Attr("class")) || IsTabListRole(c->Attr("role"));
    if (tabs && shown_twin) return true;
  }
  return false;
}

// A code listing's line numbers: an element classed as a gutter or a
// line's number (IsLineNumberClass) whose text is digits and white space
// alone ("1 2 3 4" in Pygments' <td class=linenos>, "12" in Chroma's
// <span class=ln>). (Its first kLineNumbersReadNodes nodes read.)
bool ContentExtractor::IsCodeLineNumbers(const Node* e, std::string* scratch) const {
  if (!IsLineNumberClass(e->Attr("class"))) return false;
  if (!CollapsedTextInto(e, kLineNumbersMaxText * 4, kLineNumbersReadNodes, scratch) || scratch->empty())
    return false;
  for (char c : *scratch)
    if (!IsAsciiDigit(c) && !IsAsciiSpace(c)) return false;
  return true;
}

// A tab bar over code: role=tablist or a tab bar's class
// (NamesTabBar), holding no code itself, followed within two element
// siblings by the panels, which hold a <pre> among their first
// kCodeTabPanelReadNodes nodes.
bool ContentExtractor::IsCodeTabBar(const Node* e) const {
  if (!IsTabListRole(e->Attr("role")) && !NamesTabBar(e->Attr("class"))) return false;
  // (A box of tabs and panels both is no bar: a small subtree, no <pre>.)
  int own = 0;
  for (const Node* n = e->first_child; n; n = NextInTree(n, e))
    if (++own > kCodeTabPanelReadNodes || n->Is(TagId::kPre)) return false;
  const Node* s = e->next;
  for (int k = 0; s && k < 2; s = s->next) {
    if (!s->is_element()) continue;
    ++k;
    int seen = 0;
    for (const Node* n = s; n && seen < kCodeTabPanelReadNodes; n = NextInTree(n, s), ++seen)
      if (n->Is(TagId::kPre)) return true;
  }
  return false;
}

// Whether the first element child of `e` is a `tag` element.
static bool FirstElementChildIs(const Node* e, TagId tag) {
  const Node* c = e->first_child;
  while (c && !c->is_element()) c = c->next;
  return c && c->tag == tag;
}

// Whether `e` may be a teaser card's headline line: an <h2>..<h6>, or a
// block a title class names ("title", "post-title", "entry-title") that a
// theme sets a card's headline in instead of a heading (a loop of
// <article> cards, each a title <div> over a date and an excerpt).
// (Asked of all-link elements only: the class is read for those alone.)
bool ContentExtractor::IsCardHeadline(const Node* e, const Facts& f) const {
  if (HeadingLevel(e->tag) >= 2) return true;
  if (!IsBlockTag(e->tag)) return false;
  return (f.hints & kHintTitle) || IsCardTitleClass(e->Attr("class"));
}

bool ContentExtractor::IsTeaserList(const Node* e, bool* headed) const {
  // Repeated siblings of one signature (tag and class list), most of the
  // children, each a short item with a link that is a good part of its
  // text: headline + dek cards, "more stories", menus.
  // Bit 1: cards under a headline that links to another page, a longer
  // excerpt beside it (the latest posts after a story), outside the story's
  // marked body (where such cards are the story's own roundup): *headed
  // tells, and Aggregate judges them by their share of the page. (Both
  // tests in one pass over the children.)
  auto item = [](const Node*, const Facts& f) -> uint32_t {
    if (!(f.links > 0 && f.text > 0 && f.text <= kTeaserMaxText)) return 0;
    return uint32_t(f.link * 5 >= f.text) | uint32_t((f.flags & kHasLinkedHead) != 0) << 1;
  };
  // A run of either kind takes three of its items at least (80 % of three
  // or more siblings): an element without three children of one kind is
  // passed on their facts alone, before their class lists are read and
  // grouped. (Asked of every element of an article: most have fewer than
  // three element children, or no three items among them.)
  {
    uint32_t ones = 0, twos = 0;
    for (const Node* c = e->first_child; c && ones < 3 && twos < 3; c = c->next) {
      if (!c->is_element()) continue;
      const Facts& f = facts_[c->eid];
      if (!(f.flags & kVisited)) continue;
      const uint32_t m = item(c, f);
      ones += m & 1;
      twos += m >> 1;
    }
    if (ones < 3 && twos < 3) {
      *headed = false;
      return false;
    }
  }
  uint32_t runs = RunsOfItems(e, item);
  // Cards that are <article>s, each a post by its tag, are one signature
  // whatever their classes (a theme that numbers them: "article
  // article_0", "article article_1"): a second pass, by tag, for those.
  if (!(runs & 2) && !(facts_[e->eid].flags & kInMarkedBody) && FirstElementChildIs(e, TagId::kArticle))
    runs |= RunsOfItems(e, item, UINT32_MAX, /*by_class=*/false) & 2;
  *headed = !(facts_[e->eid].flags & kInMarkedBody) && (runs & 2);
  return runs & 1;
}

// A short card with a link and a price (a product card of a shelf or a
// category's grid).
inline bool ContentExtractor::IsPricedCard(const Facts& f) {
  return (f.flags & kPriced) && f.links > 0 && f.text > 0 && f.text <= kProductCardMaxText;
}

// Repeated siblings of one signature among `e`'s children, three at
// least, most of the children (60 %), nearly all of them (80 %) priced
// cards: the longest such run's priced cards (0 for none), and in `shelf`
// whether one such run has kShelfMaxCards siblings at most.
uint32_t ContentExtractor::PricedRun(const Node* e, bool* shelf) {
  auto card = [](const Node*, const Facts& f) -> uint32_t { return IsPricedCard(f); };
  SiblingGroup groups[4];
  size_t ngroups;
  const size_t children = GroupChildren(e, card, groups, &ngroups, /*by_class=*/true);
  uint32_t most = 0;
  for (size_t k = 0; k < ngroups; ++k) {
    const SiblingGroup& g = groups[k];
    if (g.count >= 3 && g.count * 10 >= children * 6 && g.items * 10 >= g.count * 8) {
      most = std::max(most, g.items);
      *shelf |= g.count <= kShelfMaxCards;
    }
  }
  return most;
}

// Whether the page's run of priced cards (priced_grid_) leaves no product
// of the page's own: every buy control met (the page's first kBuyControls,
// one at least) is a card's, and the page's first <h1> heads the run: its
// nearest ancestor that shows a price holds the run (a category's name over
// its grid; a product's name has its own price beside it, in a box that
// leaves the shelves of other products out). No <h1> or no buy control
// (a product page whose button or price is not read as one), no collection:
// measured on WCXB, the <h1> test alone turned eight product pages into
// lists (Amazon's price beside the name is not read as a price).
bool ContentExtractor::CardsMakeACollection() const {
  if (!first_h1_ || !priced_grid_ || buy_controls_n_ == 0) return false;
  for (uint32_t c = 0; c < buy_controls_n_; ++c)
    if (!IsWithin(buy_controls_[c], priced_grid_)) return false;
  for (const Node* a = first_h1_; a && a->is_element(); a = a->parent)
    if (facts_[a->eid].flags & kPriced) return IsWithin(priced_grid_, a);
  return false;
}

[[gnu::noinline]] void ContentExtractor::NotePricedRuns(const Node* e, Facts& f, bool shelves) {
  // The longest run of priced cards (see PricedRun) is noted
  // (priced_grid_cards_, priced_grid_); one of kShelfMaxCards siblings at
  // most makes `e` a shelf (soft, a teaser).
  bool shelf = false;
  const uint32_t most = PricedRun(e, &shelf);
  if (most > priced_grid_cards_) priced_grid_cards_ = most, priced_grid_ = e;
  if (shelves && shelf && !(f.flags & kSoft) && f.text * 2 <= page_text_) f.flags |= kSoft | kTeaser;
}

std::string ContentExtractor::ScoreNote(const Node* n) const {
  const Facts& f = facts_[n->eid];
  char buf[160];
  std::snprintf(buf, sizeof buf, "[text=%u links=%u value=%.0f subtree=%.0f]", f.text, f.link,
                double(f.value), double(f.score));
  return buf;
}

}  // namespace lede
