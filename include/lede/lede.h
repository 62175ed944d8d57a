// lede: web page bytes in, a clean structured article out.
//
//   lede::ExtractOptions opts;
//   opts.url = "https://example.com/story";
//   lede::Result<lede::Article> r = lede::Extract(page_bytes, opts);
//   if (r.ok()) std::cout << lede::ToMarkdown(r.value());
//
// Thread safety: the free functions are safe to call from many threads at
// once. An Extractor is not; use one per thread to reuse its memory.
#ifndef LEDE_LEDE_H_
#define LEDE_LEDE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"
#include "lede/options.h"
#include "lede/status.h"

namespace lede {

// Extracts the article from raw page bytes in any charset. Bad bytes and bad
// markup are not errors; only limits are (kLimitExceeded).
Result<Article> Extract(std::string_view page_bytes, const ExtractOptions& options = {});

// One line of an extraction report (lede extract --explain): a block of the
// page, whether it went into the body, and why.
struct BlockReport {
  std::string path;     // "body>div.main>p", classes and ids abbreviated
  std::string preview;  // the block's first words
  bool kept = false;
  std::string reason;   // the rule or the scores that decided it
  // For tools that study the decisions (lede extract --explain-json,
  // bench/block_census.py): the block's whole text, collapsed (a kept
  // block's with the blocks inside it), its element's tag, id and class,
  // its depth below the document, and its place in document order: `order`
  // numbers the elements from 1 in document order, `end` is the order of
  // its last descendant (block B lies in block A when A.order < B.order <=
  // A.end), `h1` the order of the page's first <h1> (0: none; the same on
  // every line). (The texts share a budget of nodes read, 16 per element
  // of the page plus 1 Mi: past it, in a deep nest of blocks, they are cut.)
  // `hints`: what lede's class/id vocabulary reads in the element's class
  // and id (bits of ClassHint, src/extract/vocabulary.h); `outer_hints`:
  // the same over its ancestors, joined.
  std::string text;
  std::string tag, id, cls;
  uint32_t depth = 0, order = 0, end = 0, h1 = 0;
  uint32_t hints = 0, outer_hints = 0;
};

// Reuses its parse memory across pages: faster for many pages on one thread.
// Move-only. Not thread-safe.
class Extractor {
 public:
  Extractor();
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  Result<Article> Extract(std::string_view page_bytes, const ExtractOptions& options = {});
  // Also reports every block, kept or dropped, with the reason.
  Result<Article> Extract(std::string_view page_bytes, const ExtractOptions& options,
                          std::vector<BlockReport>* report);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// True when `label` names a charset lede decodes (a WHATWG encoding label:
// "utf-8", "latin1", "shift_jis"..., also quoted or as a whole Content-Type
// value, "text/html; charset=\"koi8-r\""). Extraction ignores unknown labels.
bool IsKnownCharset(std::string_view label);

// Renderers. Each returns UTF-8.
std::string ToText(const Article& article);      // blocks separated by "\n\n"
std::string ToMarkdown(const Article& article);  // GitHub-flavoured Markdown
std::string ToHtml(const Article& article);      // cleaned HTML fragment

struct JsonOptions {
  // Adds "path": <value> when non-empty (the CLI sets it for files).
  std::string path;
  // Extra body renderings to include besides "text": "markdown", "html".
  bool include_markdown = false;
  bool include_html = false;
};
// One JSON object on one line (no trailing newline). Unknown fields are null.
std::string ToJson(const Article& article, const JsonOptions& options = {});

}  // namespace lede

#endif  // LEDE_LEDE_H_
