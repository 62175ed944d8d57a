// The public API: the stages joined in order. bytes -> decode -> parse ->
// extract -> Article.
#include "lede/lede.h"

#include <string>

#include "dom/document.h"
#include "encoding/charset.h"
#include "extract/article_extractor.h"
#include "extract/dom_text.h"
#include "html/parser.h"

namespace lede {

struct Extractor::State {
  std::string utf8;  // decoded page, reused
  Document doc;
  std::unique_ptr<HtmlParser> parser = NewDefaultParser();
  ArticleExtractor extractor;
};

Extractor::Extractor() : state_(std::make_unique<State>()) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Result<Article> Extractor::Extract(std::string_view bytes, const ExtractOptions& options) {
  return Extract(bytes, options, nullptr);
}

Result<Article> Extractor::Extract(std::string_view bytes, const ExtractOptions& options,
                                   std::vector<BlockReport>* report) {
  if (bytes.size() > options.limits.max_input_bytes)
    return Status::LimitExceeded("max_input_bytes: input is " + std::to_string(bytes.size()) +
                                 " bytes, limit " + std::to_string(options.limits.max_input_bytes));
  State& s = *state_;
  const CharsetDecision cs = SniffCharset(bytes, options.charset);
  DecodeToUtf8(bytes.substr(cs.bom_length), cs.charset, &s.utf8);

  ParseOptions po;
  po.max_nodes = options.limits.max_nodes;
  Status st = s.parser->Parse(s.utf8, po, &s.doc);
  if (!st.ok()) return st;

  Article article;
  if (report) {
    std::vector<BlockDecision> decisions;
    s.extractor.Extract(s.doc, options, &article, &decisions);
    report->clear();
    for (const BlockDecision& d : decisions)
      report->push_back({DescribePath(d.node), PreviewText(d.node), d.kept, d.reason});
  } else {
    s.extractor.Extract(s.doc, options, &article);
  }
  article.charset = std::string(cs.charset);
  article.charset_source = std::string(cs.source);
  article.truncated = s.doc.truncated();
  // Do not hold on to a huge page's memory between calls.
  if (s.utf8.capacity() > (16u << 20)) std::string().swap(s.utf8);
  return article;
}

Result<Article> Extract(std::string_view page_bytes, const ExtractOptions& options) {
  thread_local Extractor extractor;
  return extractor.Extract(page_bytes, options);
}

}  // namespace lede
