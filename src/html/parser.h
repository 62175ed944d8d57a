// The parse stage: UTF-8 text to an arena Document, behind one small
// interface so the implementation can change without touching later stages.
// No parser library type appears in this header.
//
// Lifetime contract: a parser may leave strings of the Document (text,
// comments, attribute values, unknown tag names) pointing into `utf8`
// instead of copying them. The caller keeps `utf8` alive, unchanged, as long
// as the Document is used (lede::Extractor keeps the decoded page next to
// its Document). Strings the parser had to decode (character references,
// NULs, CR LF) are arena copies.
#ifndef LEDE_HTML_PARSER_H_
#define LEDE_HTML_PARSER_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <string_view>

#include "dom/document.h"
#include "lede/status.h"

namespace lede {

struct ParseOptions {
  // Stop adding nodes beyond this count; the document is marked truncated.
  size_t max_nodes = 8u << 20;
  // Time after which a parser may stop adding nodes (and mark the document
  // truncated). max() = no deadline. Checking it is optional and coarse.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

// The context element of a fragment parse (13.4): "td", or "path" in SVG.
struct FragmentContext {
  std::string_view name;  // local name
  Namespace ns = Namespace::kHtml;
};

// A context element written as html5lib's tree tests (and `lede debug tree
// --fragment`) write it: "td", or "svg path" and "math mi" for one in a
// foreign namespace. The name points into `spec`.
inline FragmentContext FragmentContextOf(std::string_view spec) {
  FragmentContext ctx;
  if (spec.rfind("svg ", 0) == 0) {
    ctx.ns = Namespace::kSvg;
    spec.remove_prefix(4);
  } else if (spec.rfind("math ", 0) == 0) {
    ctx.ns = Namespace::kMathMl;
    spec.remove_prefix(5);
  }
  ctx.name = spec;
  return ctx;
}

class HtmlParser {
 public:
  virtual ~HtmlParser() = default;
  // Parses `utf8` (a whole document) into `doc`, which is Reset() first.
  // Malformed markup is not an error. REQUIRES: `utf8` is valid UTF-8 (NUL
  // bytes allowed) and outlives `doc`'s use (see the lifetime contract).
  // ENSURES: every string in `doc` (names, values, text) is valid UTF-8,
  // whatever character references the input holds.
  virtual Status Parse(std::string_view utf8, const ParseOptions& options, Document* doc) = 0;
  // The HTML fragment parsing algorithm: `utf8` parsed as the contents of a
  // `context` element; the resulting nodes are the children of doc->root().
  // kUnsupported if the parser cannot parse fragments in that context.
  virtual Status ParseFragment(std::string_view utf8, const FragmentContext& context,
                               const ParseOptions& options, Document* doc) {
    return Status::Unsupported("fragment parsing");
  }
  // "gumbo" or "lede".
  virtual std::string_view name() const = 0;
};

// lede's own WHATWG HTML parser (tokenizer.h, tree_builder.h): scripting
// disabled, no parse error reporting. Reuses its buffers across documents.
std::unique_ptr<HtmlParser> NewLedeParser();

// The default parser for extraction (lede's own).
std::unique_ptr<HtmlParser> NewDefaultParser();

}  // namespace lede

#endif  // LEDE_HTML_PARSER_H_
