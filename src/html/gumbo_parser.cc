// HtmlParser on gumbo: parse with gumbo, then copy its tree into the arena
// DOM iteratively (no recursion: pages nest deeply).
#include <gumbo.h>
#include <pthread.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/text.h"
#include "html/gumbo_parser.h"

namespace lede {
namespace {

Namespace ConvertNamespace(GumboNamespaceEnum ns) {
  switch (ns) {
    case GUMBO_NAMESPACE_SVG: return Namespace::kSvg;
    case GUMBO_NAMESPACE_MATHML: return Namespace::kMathMl;
    default: return Namespace::kHtml;
  }
}

// Gumbo merges each <body> or <html> start tag after the first into the
// element, looking every attribute up among the element's (gumbo_get_attribute,
// a linear search): 10^5 "<body aN=v>" took 65 s. The work is about
// (attributes of the repeated tags) x (attributes the element gathers); both
// are bounded by the bytes of those tags, the repeated ones (`repeated`) and
// the first of each (`first`). Past kMaxAttributeLookups such pages are
// refused (lede's parser keeps 255 attributes and takes them in linear time).
constexpr double kMaxAttributeLookups = 2e8;

struct BodyAndHtmlTagBytes {
  size_t first = 0, repeated = 0;
};

BodyAndHtmlTagBytes MeasureBodyAndHtmlTags(std::string_view s) {
  BodyAndHtmlTagBytes b;
  bool seen[2] = {false, false};  // body, html
  for (size_t i = s.find('<'); i != std::string_view::npos && i + 5 < s.size(); i = s.find('<', i + 1)) {
    const char c = s[i + 5];
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>')) continue;
    const std::string_view name = s.substr(i + 1, 4);
    const int k = EqualsIgnoreCase(name, "body") ? 0 : EqualsIgnoreCase(name, "html") ? 1 : -1;
    if (k < 0) continue;
    const size_t end = std::min(s.find('>', i), s.size());
    (seen[k] ? b.repeated : b.first) += end - i;
    seen[k] = true;
    i = end - 1;
  }
  return b;
}

Status RefuseQuadraticMerge(std::string_view utf8) {
  const BodyAndHtmlTagBytes b = MeasureBodyAndHtmlTags(utf8);
  // (An attribute takes two bytes at least: " a".)
  const double lookups = double(b.repeated) / 2 * (double(b.first + b.repeated) / 2);
  if (lookups <= kMaxAttributeLookups) return Status::Ok();
  return Status::LimitExceeded("gumbo: " + std::to_string(b.repeated) +
                               " bytes of repeated <body>/<html> tags, whose attributes gumbo merges in quadratic "
                               "time; the lede parser reads this page");
}

// Gumbo walks its stack of open elements for many tags: a block start tag
// looks for a <p> in button scope, an end tag for its element in scope,
// <li> for an open <li>, each down to the nearest scope boundary (<table>,
// <td>, <button>...). Nested 3x10^5 deep, <div> took over 200 s, and
// "<li>x<ul>" 6x10^4 deep 38 s (5.3 s for <div>). The work is estimated
// from the tags alone: each adds the elements open since the nearest
// boundary, where elements a sibling closes (p, li, td...) and void ones
// stay out of the count, and an end tag closes the innermost. Past
// kMaxStackSteps (about 4 s for the costliest tag, "<li>x<ul>" 2.2x10^4
// deep; ordinary pages stay under 10^8) the page is refused. The lede
// parser keeps its scopes in counters: linear.
constexpr double kMaxStackSteps = 5e8;

bool TagIn(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (EqualsIgnoreCase(name, n)) return true;
  return false;
}

Status RefuseDeepStackWalks(std::string_view s) {
  std::vector<uint64_t> outer;  // the count outside each open boundary
  uint64_t open = 0;            // elements open since the nearest boundary
  double steps = 0;
  for (size_t i = s.find('<'); i != std::string_view::npos && i + 1 < s.size(); i = s.find('<', i + 1)) {
    const bool end = s[i + 1] == '/';
    const size_t from = i + 1 + (end ? 1 : 0);
    if (from >= s.size() || !IsAsciiAlpha(static_cast<unsigned char>(s[from]))) continue;
    size_t to = from;
    while (to < s.size() && to - from < 16 && IsAsciiAlnum(static_cast<unsigned char>(s[to]))) ++to;
    const std::string_view name = s.substr(from, to - from);
    steps += double(open);
    if (end) {
      if (open > 0) {
        --open;
      } else if (!outer.empty()) {
        open = outer.back();
        outer.pop_back();
      }
      continue;
    }
    if (TagIn(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                     "wbr", "param", "keygen", "frame", "basefont", "bgsound", "p", "li", "dt", "dd", "option",
                     "optgroup", "tr", "tbody", "thead", "tfoot", "rb", "rt", "rp", "rtc", "colgroup"}))
      continue;
    if (TagIn(name, {"table", "td", "th", "caption", "applet", "object", "marquee", "template", "button", "html",
                     "svg", "math"})) {
      outer.push_back(open);
      open = 0;
    } else {
      ++open;
    }
  }
  if (steps <= kMaxStackSteps) return Status::Ok();
  return Status::LimitExceeded("gumbo: elements nested so deep (about " + std::to_string(uint64_t(steps)) +
                               " steps over gumbo's stack of open elements) that it would take quadratic time; the "
                               "lede parser reads this page");
}

// Gumbo frees its tree recursively (gumbo_destroy_output): a tree nested
// 3x10^5 deep (10^5 "<table><tr><td>") overflowed the 8 MiB stack. The parse
// and the copy run on a thread whose stack fits the deepest tree the input
// can make (one level per three bytes at most, about 32 bytes a level).
template <typename Fn>
Status RunWithStackFor(std::string_view utf8, Fn&& fn) {
  constexpr size_t kBaseStack = 8u << 20;
  if (utf8.size() < (64u << 10)) return fn();  // 2x10^4 levels at most: the caller's stack
  struct Call {
    Fn* fn;
    Status status;
  } call{&fn, Status::Ok()};
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return Status::Internal("gumbo: pthread_attr_init failed");
  // (Saturated: a size_t of 32 bits would wrap past 400 MB of input.)
  const size_t levels = utf8.size() / 3;
  const size_t stack = levels > (SIZE_MAX - kBaseStack) / 32 ? SIZE_MAX : kBaseStack + levels * 32;
  if (pthread_attr_setstacksize(&attr, stack) != 0) {
    pthread_attr_destroy(&attr);
    return Status::LimitExceeded("gumbo: no thread stack of " + std::to_string(stack) + " bytes for this page");
  }
  pthread_t thread;
  const int err = pthread_create(
      &thread, &attr,
      [](void* p) -> void* {
        Call* c = static_cast<Call*>(p);
        c->status = (*c->fn)();
        return nullptr;
      },
      &call);
  pthread_attr_destroy(&attr);
  if (err != 0)
    return Status::LimitExceeded("gumbo: no thread with a stack of " + std::to_string(stack) + " bytes for this page (" +
                                 std::strerror(err) + ")");
  pthread_join(thread, nullptr);
  return call.status;
}

class GumboParser final : public HtmlParser {
 public:
  // Gumbo can emit invalid UTF-8 from valid input: a numeric character
  // reference that overflows its int (&#11111111111;) decodes to a lone
  // byte such as 0xC7 instead of U+FFFD. Later stages and the writers rely
  // on UTF-8 strings (parser.h), so every string is checked on the way into
  // the arena (one fast pass; a copy only when broken). Found by the shared
  // sanitizer sweep (html5lib entities01); tests/regress/charref-overflow-invalid-utf8.html.
  std::string_view CopyUtf8(Document* doc, std::string_view s) {
    if (IsValidUtf8(s)) return doc->CopyString(s);
    scratch_.clear();
    AppendValidUtf8(s, &scratch_);
    return doc->CopyString(scratch_);
  }

  Status Parse(std::string_view utf8, const ParseOptions& options, Document* doc) override {
    doc->Reset();
    if (Status st = RefuseQuadraticMerge(utf8); !st.ok()) return st;
    if (Status st = RefuseDeepStackWalks(utf8); !st.ok()) return st;
    return RunWithStackFor(utf8, [&]() -> Status {
      GumboOptions opts = kGumboDefaultOptions;
      opts.max_errors = 0;  // error recording only costs time here
      GumboOutput* out = gumbo_parse_with_options(&opts, utf8.data(), utf8.size());
      if (!out) return Status::Internal("gumbo returned no output");
      Convert(out, options, doc, false);
      gumbo_destroy_output(&opts, out);
      return Status::Ok();
    });
  }
  Status ParseFragment(std::string_view utf8, const FragmentContext& context, const ParseOptions& options,
                       Document* doc) override {
    doc->Reset();
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 0;
    std::string name(context.name);
    opts.fragment_context = gumbo_tagn_enum(name.data(), unsigned(name.size()));
    if (opts.fragment_context == GUMBO_TAG_UNKNOWN)
      return Status::Unsupported("gumbo: no fragment context <" + name + ">");
    opts.fragment_namespace = context.ns == Namespace::kSvg      ? GUMBO_NAMESPACE_SVG
                              : context.ns == Namespace::kMathMl ? GUMBO_NAMESPACE_MATHML
                                                                 : GUMBO_NAMESPACE_HTML;
    if (Status st = RefuseQuadraticMerge(utf8); !st.ok()) return st;
    if (Status st = RefuseDeepStackWalks(utf8); !st.ok()) return st;
    return RunWithStackFor(utf8, [&]() -> Status {
      GumboOutput* out = gumbo_parse_with_options(&opts, utf8.data(), utf8.size());
      if (!out) return Status::Internal("gumbo returned no output");
      Convert(out, options, doc, true);
      gumbo_destroy_output(&opts, out);
      return Status::Ok();
    });
  }
  std::string_view name() const override { return "gumbo"; }

 private:
  void Convert(GumboOutput* out, const ParseOptions& options, Document* doc, bool fragment) {
    const GumboDocument& gd = out->document->v.document;
    // Gumbo leaves the document fields of a fragment parse uninitialized.
    if (!fragment && gd.has_doctype) {
      Node* dt = doc->CreateDoctype(CopyUtf8(doc, gd.name ? gd.name : ""));
      Attribute* a = doc->AllocateAttributes(dt, 2);
      a[0].name = "public";
      a[0].value = CopyUtf8(doc, gd.public_identifier ? gd.public_identifier : "");
      a[1].name = "system";
      a[1].value = CopyUtf8(doc, gd.system_identifier ? gd.system_identifier : "");
      Document::AppendChild(doc->root(), dt);
    }
    if (!fragment) doc->set_quirks(gd.doc_type_quirks_mode == GUMBO_DOCTYPE_QUIRKS);
    stack_.clear();
    // A fragment is the children of gumbo's root (html) element.
    stack_.push_back({fragment ? &out->root->v.element.children : &gd.children, 0, doc->root()});
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      if (f.index >= f.children->length) {
        stack_.pop_back();
        continue;
      }
      const GumboNode* g = static_cast<const GumboNode*>(f.children->data[f.index++]);
      Node* parent = f.parent;
      if (doc->node_count() >= options.max_nodes) {
        doc->set_truncated(true);
        break;
      }
      switch (g->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
          const GumboElement& e = g->v.element;
          Node* n = CreateElement(e, doc);
          Document::AppendChild(parent, n);
          if (e.children.length) stack_.push_back({&e.children, 0, n});
          break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
          // Gumbo splits text at whitespace boundaries; merge adjacent runs.
          std::string_view t = g->v.text.text;
          Node* last = parent->last_child();
          if (last && last->type == NodeType::kText) {
            std::string joined;
            joined.reserve(last->data.size() + t.size());
            joined.append(last->data).append(t);
            last->data = CopyUtf8(doc, joined);
          } else {
            Document::AppendChild(parent, doc->CreateText(CopyUtf8(doc, t)));
          }
          break;
        }
        case GUMBO_NODE_COMMENT:
          Document::AppendChild(parent, doc->CreateComment(CopyUtf8(doc, g->v.text.text)));
          break;
        case GUMBO_NODE_DOCUMENT:
          break;
      }
    }
  }

  Node* CreateElement(const GumboElement& e, Document* doc) {
    TagId tag = TagId::kUnknown;
    std::string_view name;
    if (e.tag != GUMBO_TAG_UNKNOWN) {
      name = gumbo_normalized_tagname(e.tag);
      tag = LookupTag(name);
    }
    if (tag != TagId::kUnknown) {
      name = TagName(tag);  // static storage
    } else {
      GumboStringPiece piece = e.original_tag;
      gumbo_tag_from_original_text(&piece);
      std::string lower = ToLowerAscii(std::string_view(piece.data, piece.length));
      if (lower.empty() && e.tag != GUMBO_TAG_UNKNOWN) lower = gumbo_normalized_tagname(e.tag);
      name = CopyUtf8(doc, lower);
    }
    Node* n = doc->CreateElement(tag, name, ConvertNamespace(e.tag_namespace));
    if (tag == TagId::kBase && n->ns == Namespace::kHtml) doc->note_base_element();
    if (e.attributes.length) {
      Attribute* a = doc->AllocateAttributes(n, e.attributes.length);
      // Past the cap the ones with a value go first, as lede's tokenizer
      // keeps them (a class after hundreds of bare words stays).
      attr_order_.clear();
      if (e.attributes.length > n->num_attrs)
        for (int pass = 0; pass < 2; ++pass)
          for (unsigned j = 0; j < e.attributes.length; ++j) {
            const GumboAttribute* ga = static_cast<const GumboAttribute*>(e.attributes.data[j]);
            if ((pass == 0) == (ga->value && *ga->value)) attr_order_.push_back(j);
          }
      for (unsigned i = 0; i < n->num_attrs; ++i) {
        const GumboAttribute* ga =
            static_cast<const GumboAttribute*>(e.attributes.data[attr_order_.empty() ? i : attr_order_[i]]);
        a[i].name = CopyUtf8(doc, ga->name);
        a[i].value = CopyUtf8(doc, ga->value);
        switch (ga->attr_namespace) {
          case GUMBO_ATTR_NAMESPACE_XLINK: a[i].ns = Attribute::Ns::kXlink; break;
          case GUMBO_ATTR_NAMESPACE_XML: a[i].ns = Attribute::Ns::kXml; break;
          case GUMBO_ATTR_NAMESPACE_XMLNS: a[i].ns = Attribute::Ns::kXmlns; break;
          default: break;
        }
      }
    }
    return n;
  }

  struct Frame {
    const GumboVector* children;
    unsigned index;
    Node* parent;
  };
  std::vector<Frame> stack_;
  std::vector<unsigned> attr_order_;  // an element's attributes past the cap, valued first
  std::string scratch_;
};

}  // namespace

std::unique_ptr<HtmlParser> NewGumboParser() { return std::make_unique<GumboParser>(); }

}  // namespace lede
