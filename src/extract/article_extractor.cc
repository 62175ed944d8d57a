#include "extract/article_extractor.h"

#include "extract/body_builder.h"
#include "extract/language.h"

namespace lede {
namespace {
// Structured-data bodies shorter than this are summaries, not bodies.
constexpr size_t kStructuredMinBytes = 200;
}  // namespace

void ArticleExtractor::Extract(const Document& doc, const ExtractOptions& options, Article* article,
                               std::vector<BlockDecision>* explain) {
  hints_.Build(doc);
  MetadataOutput meta;
  if (options.metadata) metadata_.Extract(doc, hints_, options.url, options.reference_date, article, &meta);
  else if (!options.url.empty()) article->url = options.url;

  ContentContext ctx;
  ctx.url = article->url ? std::string_view(*article->url) : std::string_view();
  if (ctx.url.empty() && article->canonical_url) ctx.url = *article->canonical_url;
  ctx.favor = options.favor;
  ctx.comments = options.comments;
  if (article->title) ctx.title = *article->title;
  if (article->dek) ctx.dek = *article->dek;
  ctx.exclude = std::move(meta.exclude);
  ctx.discussion = article->page_type == "forum";
  ctx.article = article->page_type == "article";
  ctx.product = article->page_type == "product";

  ContentOutput content;
  content_.Extract(doc, hints_, ctx, &content, explain);
  article->body = std::move(content.body);
  article->text = std::move(content.text);
  // A page that shows (almost) no body but carries it in structured data:
  // a script-rendered article, a product described only in JSON-LD.
  if (meta.structured_body.size() > kStructuredMinBytes &&
      article->text.size() * 4 < meta.structured_body.size()) {
    BodyBuilder::FromPlainText(meta.structured_body, &article->body);
    article->text = BodyBuilder::RenderText(article->body);
  }
  if (options.comments && !content.comments.empty()) article->comments = std::move(content.comments);
  if (!article->image.credit && !content.image_credit.empty()) article->image.credit = content.image_credit;
  if (!article->image.caption && !content.image_caption.empty())
    article->image.caption = content.image_caption;
  if (!options.metadata) return;
  MetadataExtractor::DateFromContent(doc, hints_, content.root, options.reference_date, article);
  MetadataExtractor::Finish(article);
  // The language the body is written in, checked against the markup's.
  DetectedLanguage detected =
      DetectLanguage(article->text, article->language ? std::string_view(*article->language) : std::string_view());
  if (!detected.code.empty()) {
    if (!article->language) {
      article->language = detected.code;
      article->sources.emplace_back("language", detected.source);
    }
    article->language_detected = std::move(detected.code);
  }
}

}  // namespace lede
