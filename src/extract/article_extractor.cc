#include "extract/article_extractor.h"

#include <algorithm>
#include <optional>

#include "core/text.h"
#include "extract/body_builder.h"
#include "extract/dom_text.h"
#include "extract/language.h"

namespace lede {
namespace {
// Structured-data bodies shorter than this are summaries, not bodies.
constexpr size_t kStructuredMinBytes = 200;
// A product's structured description counts as shown when the body holds
// half of its first kDescriptionProbeWords words (normalized: lower-case
// letters and digits; for the description put before the body, word pairs:
// see ShowsWords). One normalized copy of the body, searched once or twice
// per word: a constant number of passes.
constexpr size_t kDescriptionProbeWords = 40;
// A list page whose precise reading holds at least this many word
// characters (about 450 words) is read precisely: see Extract.
constexpr size_t kListGuideMinChars = 2500;
// A product page whose precise reading holds this many word characters
// (about 160 words) and shows kDescribedShareTenths of the product's
// structured description (of kDescribedMinWords words or more) is read
// precisely: see Extract.
constexpr size_t kDescribedMinChars = 1000;
constexpr size_t kDescribedShareTenths = 7;
constexpr size_t kDescribedMinWords = 10;
// The least text of a standfirst-classed box on a board page kept in the
// body as the board's description (see dek_in_body).
constexpr size_t kBoardDescriptionMinBytes = 100;
// An undeclared story's body: a signed and dated page whose body holds at
// least this many word characters (about a hundred words) is a story.
constexpr size_t kUndeclaredStoryMinChars = 500;
// A page that declares no kind, names no writer and holds fewer word
// characters than this (a sentence or two, some twenty words) is dated by
// no machine's timestamp it shows (a clock to the second).
constexpr size_t kStampedNoticeMaxChars = 120;

// Whether ISO 8601 date-time `iso` tells the second ("2025-11-20T14:03:22Z"):
// a machine's stamp; a story's is given to the minute or the day.
bool StampsTheSecond(std::string_view iso) {
  return iso.size() >= 19 && iso[10] == 'T' && iso[16] == ':' && iso.substr(17, 2) != "00";
}
// The date sources that read a stamp the page shows (a byline's or a
// header's day, a <time>, hAtom's abbr under a post, a blog's day heading,
// a stamp in the body's first lines); not a <meta>'s or a URL's day.
// ("date-stamp" too, when it is a published stamp: MetadataOutput::
// shown_stamp.)
constexpr std::string_view kShownStampSources[] = {"time", "hatom-abbr", "day-header", "content-stamp"};

// The body `text` shows at least `share_tenths` tenths of the first
// kDescriptionProbeWords words of the description `desc`, in normal form
// (NormalizeForCompare; false when it has fewer than `min_words`). With
// `pairs`, each word is found with the word after it (the last with the one
// before), or alone when it has kPairFreeWordBytes bytes or more: a summary
// in other words shares a language's small words with the description
// ("la", "di", "nel"), not its phrases. (A word alone too: a description
// stripped of its markup may run list items together, "cottonRelaxed",
// breaking the pairs on both sides.)
bool ShowsWords(std::string_view text, std::string_view desc, size_t share_tenths, size_t min_words,
                bool pairs = false) {
  std::string body(1, ' ');
  body.append(NormalizeForCompare(text)).push_back(' ');
  size_t words = 0, found = 0;
  std::string key;
  std::string_view prev;
  for (size_t i = 0; i < desc.size() && words < kDescriptionProbeWords;) {
    size_t e = desc.find(' ', i);
    if (e == std::string::npos) e = desc.size();
    const std::string_view word = desc.substr(i, e - i);
    key.assign(1, ' ');
    if (pairs) {
      // (Each word with the next, or the last with the one before.)
      size_t ne = e < desc.size() ? desc.find(' ', e + 1) : std::string::npos;
      if (ne == std::string::npos) ne = desc.size();
      if (e < desc.size()) {
        key.append(word).push_back(' ');
        key.append(desc.substr(e + 1, ne - e - 1));
      } else if (!prev.empty()) {
        key.append(prev).push_back(' ');
        key.append(word);
      } else {
        key.append(word);
      }
    } else {
      key.append(word);
    }
    key.push_back(' ');
    ++words;
    constexpr size_t kPairFreeWordBytes = 5;
    bool shown = body.find(key) != std::string::npos;
    if (!shown && pairs && word.size() >= kPairFreeWordBytes) {
      key.assign(1, ' ');
      key.append(word).push_back(' ');
      shown = body.find(key) != std::string::npos;
    }
    found += shown;
    prev = word;
    i = e + 1;
  }
  return words >= min_words && found * 10 >= words * share_tenths;
}
bool ShowsMostWords(std::string_view text, std::string_view desc) { return ShowsWords(text, desc, 5, 0, true); }

// The name Article::page_type gives a forced type; "" for kAuto.
std::string_view PageTypeName(PageType t) {
  switch (t) {
    case PageType::kArticle: return "article";
    case PageType::kForum: return "forum";
    case PageType::kListing: return "listing";
    case PageType::kProduct: return "product";
    case PageType::kPage: return "page";
    case PageType::kAuto: break;
  }
  return {};
}
}  // namespace

void ArticleExtractor::Extract(const Document& doc, const ExtractOptions& options, Article* article,
                               std::vector<BlockDecision>* explain) {
  // The document's base URL: a <base href>'s, resolved against the page's
  // URL (FrozenBaseUrl), else the page's URL. (Made only on a page with a
  // <base>: what resolving links against it adds to the body is bounded as
  // for the page's URL, BodyBuilder::kMaxResolvedGrowth.)
  std::string own_base;
  std::string_view base = options.url;
  if (const Node* b = FirstBaseWithHref(doc)) base = own_base = FrozenBaseUrl(options.url, b->Attr("href"));
  MetadataOutput meta;
  if (options.metadata) {
    // (Builds the hint table, reading the metadata in the same walk.)
    metadata_.Extract(doc, &hints_, options.url, base, options.reference_date, PageTypeName(options.page_type), article,
                      &meta);
  } else {
    hints_.Build(doc);
    if (!options.url.empty()) article->url = options.url;
    if (options.page_type != PageType::kAuto) article->page_type = std::string(PageTypeName(options.page_type));
  }

  ContentContext ctx;
  ctx.url = article->url ? std::string_view(*article->url) : std::string_view();
  if (ctx.url.empty() && article->canonical_url) ctx.url = *article->canonical_url;
  ctx.base_url = !base.empty() ? base : ctx.url;
  ctx.favor = options.favor;
  ctx.comments = options.comments;
  if (article->title) ctx.title = *article->title;
  ctx.authors = article->authors;
  ctx.exclude = std::move(meta.exclude);
  ctx.discussion = article->page_type == "forum";
  ctx.article = article->page_type == "article";
  ctx.product = article->page_type == "product";
  ctx.one_structured_product = meta.one_structured_product;
  ctx.event = meta.event_undated;
  // A signed story shows when it was written: a published stamp (not a
  // "Last updated" one) around the headline, on a page that declares no
  // date (a site builder's blog post). Its writer, when the page names
  // one, is read from a visible byline: authors from a site-wide meta
  // author or JSON-LD alone make no story (a service page's template). A
  // page that names no writer but shows the stamp is a story too (a team
  // blog's post). (A visible byline without the stamp is not enough: a
  // list page often names its curator.)
  bool byline_authors = false;
  for (const auto& s : article->sources)
    if (s.first == "authors") byline_authors = s.second.rfind("byline", 0) == 0;
  ctx.signed_story =
      article->page_type == "page" && meta.shown_stamp && (article->authors.empty() || byline_authors);
  ctx.signed_by_writer = ctx.signed_story && !article->authors.empty();
  // A product's summary under its name (a short description, a tagline)
  // is part of what the page says about it: reported as the dek, it stays
  // in the body too. So is the line under the headline of any page that is
  // not an article or a thread (a service's pitch under its name, a list's
  // "Every event in town this week"): the page's own words, not a
  // standfirst set apart from a story. On articles and threads the dek is
  // not body text.
  // On a board's page a box classed as a standfirst under the heading
  // (a tag's or a forum's description, "tag-wiki-excerpt") is the page's
  // own words too: a thread's opening post is no standfirst, and a board
  // sets none apart from its list. (The description's copy in the page
  // is not read as a dek on threads at all.) A paragraph's worth: a short
  // line so classed on a thread is a post's furniture ("X likes this"),
  // left out.
  bool standfirst_dek = false;
  for (const auto& s : article->sources)
    if (s.first == "dek")
      standfirst_dek = s.second == "standfirst-class" && article->dek && article->dek->size() >= kBoardDescriptionMinBytes;
  const bool dek_in_body = !ctx.article && (!ctx.discussion || standfirst_dek);
  if (article->dek && !dek_in_body) ctx.dek = *article->dek;
  if (dek_in_body && meta.dek)
    ctx.exclude.erase(std::remove(ctx.exclude.begin(), ctx.exclude.end(), meta.dek), ctx.exclude.end());
  // So is the product's name: its heading heads the body, once (see
  // ContentExtractor: the first heading that reads as the title stays).
  if (ctx.product && meta.headline)
    ctx.exclude.erase(std::remove(ctx.exclude.begin(), ctx.exclude.end(), meta.headline), ctx.exclude.end());

  ContentOutput content;
  content_.Extract(doc, hints_, ctx, &content, explain);
  // A product's markup over a collection's cards (ContentOutput::
  // card_collection): read again as a list, whose rules keep the cards the
  // shop's rules drop as other products.
  if (content.card_collection && options.page_type == PageType::kAuto) {
    article->page_type = "listing";
    ctx.product = false;
    content = ContentOutput();
    if (explain) explain->clear();
    content_.Extract(doc, hints_, ctx, &content, explain);
  }
  // A category's grid of priced cards under a product's markup: a list.
  // (And an undeclared page's grid of priced cards: a shop's category. Its
  // type only: the written-guide pass below is not made for it, measured
  // on WCXB: its categories' blurbs are no guides, and the annotators keep
  // the grid under them; collection odd .772 -> .753, even .811 -> .796.)
  const bool undeclared_grid = content.product_grid && !ctx.product;
  if (content.product_grid && options.page_type == PageType::kAuto &&
      (ctx.product || article->page_type == "page"))
    article->page_type = "listing";
  // A list page (declared a collection or search results, or a product's
  // markup over a grid of priced cards) whose precise reading, the best
  // prose root alone with no widening to the page, already holds a long
  // text: a category's written guide. The guide is what the page says;
  // the grid and filters around it are the shop's catalogue, as on any of
  // its pages. Balanced mode only; one more pass, on list pages only.
  // (Measured on WCXB: a short precise reading, a blurb over the grid,
  // loses the grid the annotators kept.)
  // A product's page (declared in JSON-LD, with its description there)
  // whose precise reading is that description, at some length: the buy
  // box's options, badges and promises and the shelves around it that the
  // page's widening added are furniture. (A precise reading that shows
  // little of the description, an FAQ, a review, is not the product's.)
  // (The precise reading is the balanced one less its widening: a
  // balanced reading under the length asked for makes no second pass.)
  // (The structured description's normal form, made once for the two
  // product checks below, on the first that asks.)
  std::optional<std::string> desc;
  auto normal_description = [&]() -> std::string_view {
    if (!desc) desc = NormalizeForCompare(meta.structured_body);
    return *desc;
  };
  const bool list_page = article->page_type == "listing" && !undeclared_grid;
  const bool described_product = article->page_type == "product" && !meta.structured_body.empty();
  if (options.favor == Favor::kBalanced && (list_page || described_product) && !ctx.discussion &&
      CountWordChars(content.text) >= (list_page ? kListGuideMinChars : kDescribedMinChars)) {
    ContentContext precise = ctx;
    precise.favor = Favor::kPrecision;
    precise.list_guide = list_page;
    ContentOutput narrow;
    std::vector<BlockDecision> narrow_explain;
    content_.Extract(doc, hints_, precise, &narrow, explain ? &narrow_explain : nullptr);
    const size_t chars = CountWordChars(narrow.text);
    if (list_page ? chars >= kListGuideMinChars
                  : chars >= kDescribedMinChars && ShowsWords(narrow.text, normal_description(),
                                                              kDescribedShareTenths, kDescribedMinWords)) {
      narrow.product_grid = content.product_grid;
      content = std::move(narrow);
      if (explain) *explain = std::move(narrow_explain);
    }
  }
  article->body = std::move(content.body);
  article->text = std::move(content.text);
  // A page that shows (almost) no body but carries it in structured data:
  // a script-rendered article, a product described only in JSON-LD.
  if (meta.structured_body.size() > kStructuredMinBytes &&
      article->text.size() * 4 < meta.structured_body.size()) {
    BodyBuilder::FromPlainText(meta.structured_body, &article->body);
    article->text = BodyBuilder::RenderText(article->body);
  } else if (ctx.product && meta.structured_body.size() > kStructuredMinBytes &&
             !ShowsMostWords(article->text, normal_description())) {
    // A product whose description the page keeps out of view (a drawer, a
    // dialog) or renders by script, beside a body of specs and options:
    // the structured description leads the body.
    Body head;
    BodyBuilder::FromPlainText(meta.structured_body, &head);
    BodyBuilder::Prepend(head, &article->body);
    article->text = BodyBuilder::RenderText(article->body);
  }
  if (options.comments && !content.comments.empty()) article->comments = std::move(content.comments);
  if (!article->image.credit && !content.image_credit.empty()) article->image.credit = content.image_credit;
  if (!article->image.caption && !content.image_caption.empty() &&
      MetadataExtractor::CaptionsLeadImage(content.image_caption_node, article->image.url,
                                           meta.lead_image_in_figure)) {
    article->image.caption = content.image_caption;
    if (!article->image.credit && !content.image_caption_credit.empty())
      article->image.credit = content.image_caption_credit;
  }
  if (!options.metadata) return;
  if (meta.weak_authors) MetadataExtractor::BylineAroundBody(doc, hints_, content.root, article);
  // (A CMS's archive page's stamps are its posts': MetadataOutput::archive_undated;
  // an event's page's its event's: event_undated.)
  if (!meta.archive_undated && !meta.event_undated) {
    MetadataExtractor::DateFromOriginalNote(content.root, options.reference_date, meta.date_order, article);
    MetadataExtractor::DateFromContent(doc, hints_, content.root, meta.headline, options.reference_date,
                                       meta.date_order, meta.date_zone, article);
    MetadataExtractor::DateFromReplyItem(meta, content.root, article);
  }
  MetadataExtractor::Finish(meta, article);
  // A page that declares no kind (no JSON-LD, og:type or microdata: an old
  // static site, a classic blog theme, a small paper's table layout) but
  // shows a published stamp, names its writer in a visible byline and
  // holds prose under them is a story: typed "article" after its body is
  // read (the body stays as the page rules read it, ContentContext::
  // signed_story). (A site-wide <meta name=author> or a "Last updated"
  // stamp alone make no story: a service page's template.) Measured on
  // WCXB's undeclared pages: 56 annotated articles against 3 others (a
  // doc, a thread, a product); without the writer it would take 32
  // articles with 15 lists, services and docs, so a writer is asked for.
  if (options.page_type == PageType::kAuto && article->page_type == "page" && !article->authors.empty() &&
      article->date_published) {
    bool shown = false, bylined = false;
    for (const auto& s : article->sources)
      if (s.first == "authors") bylined = s.second.starts_with("byline");
      else if (s.first == "date_published")
        shown = s.second == "date-stamp" ? meta.shown_stamp
                                         : std::find(std::begin(kShownStampSources), std::end(kShownStampSources),
                                                     s.second) != std::end(kShownStampSources);
    if (shown && bylined && CountWordChars(article->text) >= kUndeclaredStoryMinChars) article->page_type = "article";
  }
  // Nor is a page of a few lines that declares no kind and names no writer
  // dated by a machine's timestamp its stamp line shows: an error page's
  // under its code ("Error 1020 · Ray ID ... · 2025-11-20 14:03:22 UTC"), a
  // status page's clock. (A notice's day, "Office closed on Monday ·
  // December 20, 2025", stays; so do a declared date, a <time>'s, a URL's.)
  if (options.page_type == PageType::kAuto && article->page_type == "page" && article->authors.empty() &&
      article->date_published && StampsTheSecond(*article->date_published)) {
    // (The field's last source is the one that holds.)
    auto src = std::find_if(article->sources.rbegin(), article->sources.rend(),
                            [](const auto& s) { return s.first == "date_published"; });
    if (src != article->sources.rend() && src->second == "date-stamp" &&
        CountWordChars(article->text) < kStampedNoticeMaxChars) {
      article->date_published.reset();
      article->sources.erase(std::next(src).base());
    }
  }
  // A CMS's archive template (a category's, a tag's, an author's list of
  // posts, search results: MetadataOutput::archive_page) still typed
  // "page" is a list. Its type only, after its body is read as a page's:
  // the list pass above keeps a category's written guide alone, and an
  // archive's loop of excerpts is what the page says (measured on WCXB:
  // reading the 19 such pages as lists moved 4 texts, net -.05 F1).
  if (options.page_type == PageType::kAuto && article->page_type == "page" && meta.archive_page)
    article->page_type = "listing";
  // A product's page is not published on a day its body shows: a stamp
  // read in the body's lines there is a review's, an answer's in its Q&A
  // ("14/10/2025" under the seller's reply), not the page's; so is a
  // listing's "Last updated on Nov 12, 2025" stamp, its last revision
  // (date_modified keeps it). (A declared date, a <time> by the title, a
  // published stamp by it, stay; so does the stamp of a page that names
  // its writer: a review typed by its product's JSON-LD, "Updated March
  // 3, 2025" under its byline.)
  if (article->page_type == "product" && article->date_published && article->authors.empty()) {
    auto src = std::find_if(article->sources.rbegin(), article->sources.rend(),
                            [](const auto& s) { return s.first == "date_published"; });
    if (src != article->sources.rend() &&
        (src->second == "content-stamp" || (src->second == "date-stamp" && !meta.shown_stamp))) {
      article->date_published.reset();
      article->sources.erase(std::next(src).base());
    }
  }
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
