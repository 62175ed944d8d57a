// The parse stage: UTF-8 text to an arena Document, behind one small
// interface so the implementation can change without touching later stages.
// No parser library type appears in this header.
#ifndef LEDE_HTML_PARSER_H_
#define LEDE_HTML_PARSER_H_

#include <cstddef>
#include <memory>
#include <string_view>

#include "dom/document.h"
#include "lede/status.h"

namespace lede {

struct ParseOptions {
  // Stop adding nodes beyond this count; the document is marked truncated.
  size_t max_nodes = 8u << 20;
};

class HtmlParser {
 public:
  virtual ~HtmlParser() = default;
  // Parses `utf8` (a whole document) into `doc`, which is Reset() first.
  // Malformed markup is not an error. REQUIRES: `utf8` is valid UTF-8.
  // ENSURES: every string in `doc` (names, values, text) is valid UTF-8,
  // whatever character references the input holds.
  virtual Status Parse(std::string_view utf8, const ParseOptions& options, Document* doc) = 0;
  // "gumbo" or "lede".
  virtual std::string_view name() const = 0;
};

// Parser backed by Google's gumbo (Debian libgumbo).
std::unique_ptr<HtmlParser> NewGumboParser();

// The default parser for extraction.
std::unique_ptr<HtmlParser> NewDefaultParser();

}  // namespace lede

#endif  // LEDE_HTML_PARSER_H_
