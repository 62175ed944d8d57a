// The extract stage's entry point: a parsed Document to an Article
// (metadata, then the body, then the fields that depend on both).
//
// Reuses its working memory across documents. Not thread-safe.
#ifndef LEDE_EXTRACT_ARTICLE_EXTRACTOR_H_
#define LEDE_EXTRACT_ARTICLE_EXTRACTOR_H_

#include <vector>

#include "dom/document.h"
#include "extract/content.h"
#include "extract/metadata.h"
#include "lede/article.h"
#include "lede/options.h"

namespace lede {

class ArticleExtractor {
 public:
  // Fills every field of `article` except charset information.
  void Extract(const Document& doc, const ExtractOptions& options, Article* article,
               std::vector<BlockDecision>* explain = nullptr);
  // The bytes of the side tables kept per element (the hints and the facts).
  size_t side_table_bytes() const { return hints_.table_bytes() + content_.table_bytes(); }

 private:
  HintTable hints_;
  MetadataExtractor metadata_;
  ContentExtractor content_;
};

}  // namespace lede

#endif  // LEDE_EXTRACT_ARTICLE_EXTRACTOR_H_
