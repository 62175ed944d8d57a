#include "extract/article_extractor.h"

namespace lede {

void ArticleExtractor::Extract(const Document& doc, const ExtractOptions& options, Article* article,
                               std::vector<BlockDecision>* explain) {
  hints_.Build(doc);
  MetadataOutput meta;
  metadata_.Extract(doc, hints_, options.url, article, &meta);

  ContentContext ctx;
  ctx.url = article->url ? std::string_view(*article->url) : std::string_view();
  if (ctx.url.empty() && article->canonical_url) ctx.url = *article->canonical_url;
  ctx.favor = options.favor;
  if (article->title) ctx.title = *article->title;
  if (article->dek) ctx.dek = *article->dek;
  ctx.exclude = std::move(meta.exclude);
  ctx.discussion = article->page_type == "forum";
  ctx.article = article->page_type == "article";

  ContentOutput content;
  content_.Extract(doc, hints_, ctx, &content, explain);
  article->body = std::move(content.body);
  article->text = std::move(content.text);
  if (!article->image.credit && !content.image_credit.empty()) article->image.credit = content.image_credit;
  if (!article->image.caption && !content.image_caption.empty())
    article->image.caption = content.image_caption;
  MetadataExtractor::Finish(article);
}

}  // namespace lede
