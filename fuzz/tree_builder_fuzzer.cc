// libFuzzer target: the tree builder (lede's HtmlParser).
// Parses the input as a document and, when the first byte says so, as a
// fragment in one of a few contexts; checks the tree's invariants (links,
// unique dense ids, node budget) and that a reused parser gives the same
// tree.
//
// Differential mode (LEDE_FUZZ_DIFF=1): also parses with gumbo and compares
// the text content as a multiset of characters, ignoring whitespace,
// control characters and U+FFFD, and skipping inputs where gumbo 0.10.1
// follows an older spec (kGumboDeviations). Text may move (foster
// parenting) but neither parser should lose or invent any.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "dom/tree_format.h"
#include "html/gumbo_parser.h"
#include "html/parser.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant failed: %s\n", what);
    std::abort();
  }
}

void CheckTree(const lede::Document& doc) {
  std::vector<bool> seen(doc.node_count());
  for (const lede::Node* n = doc.root(); n; n = lede::NextInTree(n, doc.root())) {
    Check(n->id < doc.node_count(), "id < node_count");
    Check(!seen[n->id], "unique id");
    seen[n->id] = true;
    const lede::Node* prev = nullptr;
    for (const lede::Node* c = n->first_child; c; c = c->next) {
      Check(c->parent == n, "parent link");
      Check(c->prev() == prev, "prev link");
      prev = c;
    }
    Check(n->last_child() == prev, "last_child");
    if (n->is_text()) Check(!n->data.empty(), "text not empty");
  }
}

// The text of a tree as sorted code points, without whitespace, controls
// and U+FFFD.
std::vector<uint32_t> TextMultiset(const lede::Document& doc) {
  std::vector<uint32_t> out;
  for (const lede::Node* n = doc.root(); n; n = lede::NextInTree(n, doc.root())) {
    if (!n->is_text()) continue;
    size_t i = 0;
    while (i < n->data.size()) {
      size_t len;
      const uint32_t cp = lede::DecodeUtf8(n->data, i, &len);
      i += len;
      if (cp <= 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFD) continue;
      out.push_back(cp);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Markup whose parsing gumbo 0.10.1 does differently from the current spec:
// <select> (parsed "in body" since 2025), <plaintext> inside it, <isindex>
// (expanded into a form with a prompt text until 2016).
constexpr std::string_view kGumboDeviations[] = {"<select", "<plaintext", "<isindex"};

bool DiffMode() {
  static const bool on = [] {
    const char* v = std::getenv("LEDE_FUZZ_DIFF");
    return v && *v && *v != '0';
  }();
  return on;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  std::string input;
  // The parser's contract is valid UTF-8 (the encoding stage guarantees it).
  lede::AppendValidUtf8(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1), &input);

  static auto parser = lede::NewLedeParser();
  lede::Document doc;
  lede::ParseOptions options;
  options.max_nodes = 200000;
  static constexpr lede::FragmentContext kContexts[] = {
      {"body", lede::Namespace::kHtml},  {"td", lede::Namespace::kHtml},
      {"table", lede::Namespace::kHtml}, {"select", lede::Namespace::kHtml},
      {"template", lede::Namespace::kHtml}, {"title", lede::Namespace::kHtml},
      {"svg", lede::Namespace::kSvg},    {"mi", lede::Namespace::kMathMl}};
  const bool fragment = mode & 0x80;
  if (fragment) {
    Check(parser->ParseFragment(input, kContexts[mode % 8], options, &doc).ok(), "fragment parse ok");
  } else {
    Check(parser->Parse(input, options, &doc).ok(), "parse ok");
  }
  Check(doc.node_count() <= options.max_nodes + 4096, "node budget");
  CheckTree(doc);
  const std::string first = lede::FormatHtml5libTree(doc.root());
  // The parser is reused across documents: the same input gives the same tree.
  if (fragment) parser->ParseFragment(input, kContexts[mode % 8], options, &doc);
  else parser->Parse(input, options, &doc);
  Check(lede::FormatHtml5libTree(doc.root()) == first, "reuse gives the same tree");

  if (DiffMode() && !fragment && !doc.truncated()) {
    const std::string lower = lede::ToLowerAscii(input);
    for (std::string_view d : kGumboDeviations)
      if (lower.find(d) != std::string::npos) return 0;
    static auto gumbo = lede::NewGumboParser();
    lede::Document gdoc;
    gumbo->Parse(input, options, &gdoc);
    if (!gdoc.truncated() && TextMultiset(gdoc) != TextMultiset(doc)) {
      std::fprintf(stderr, "text differs from gumbo\nlede:\n%s\ngumbo:\n%s\n", first.c_str(),
                   lede::FormatHtml5libTree(gdoc.root()).c_str());
      std::abort();
    }
  }
  return 0;
}
