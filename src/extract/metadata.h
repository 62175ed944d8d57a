// Article metadata: headline, section, dek, authors, dates, site name,
// language, canonical URL, lead image, tags.
//
// Sources, strongest first for most fields: JSON-LD (schema.org Article
// types, @graph), OpenGraph and article:*, Twitter cards, <meta name=...>,
// microdata (itemprop), visible markup (<h1>, byline/dek/kicker classes,
// <time>), the URL. Each field records where it came from.
#ifndef LEDE_EXTRACT_METADATA_H_
#define LEDE_EXTRACT_METADATA_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "extract/dates.h"
#include "extract/vocabulary.h"
#include "lede/article.h"

namespace lede {

struct MetadataOutput {
  // Visible elements reported as metadata; the body skips them.
  std::vector<const Node*> exclude;
  // One of the page's first figures shows the lead image (og:image,
  // JSON-LD): a caption beside another picture is that picture's.
  bool lead_image_in_figure = false;
  // The visible headline element, when one matched the title.
  const Node* headline = nullptr;
  // The visible element the dek was read from, if any (also in `exclude`).
  const Node* dek = nullptr;
  // The body as structured data gives it (JSON-LD articleBody, or a
  // product's description): the fallback when the page shows no body.
  std::string structured_body;
  // The description's normal form (NormalizeForCompare), when the
  // metadata stage made it (Finish reads it then).
  std::optional<std::string> normal_description;
  // The authors are weakly sourced (none, a byline-classed box anywhere on
  // the page, or an organisation held back): a byline by the body may
  // replace them (MetadataExtractor::BylineAroundBody).
  bool weak_authors = false;
  // The publication date is the stamp shown around the headline (no
  // declared date): the page presents itself as a story, typed or not
  // (ContentContext::signed_story).
  bool shown_stamp = false;
  // A CMS's archive page (NamesArchiveBody, not an article) whose stamps
  // were its posts': no date is read off its body either.
  bool archive_undated = false;
  // A CMS's archive page (MetadataExtractor's ArchivePage: an archive
  // template's <body> class, a taxonomy term's address) typed "page":
  // ArticleExtractor types it "listing" once its body is read.
  bool archive_page = false;
  // The page declares an Event and no article type: the days shown on it
  // are the event's, and no date is read off its body either.
  bool event_undated = false;
  // The page's structured data describes one product: exactly one
  // schema.org Product (JSON-LD, not a review's item) or one microdata
  // product. A product page's own block, which a run of priced cards
  // beside it does not turn into a collection (ContentOutput::card_collection).
  bool one_structured_product = false;
  // The order of numeric dates ("05/03/2024") in the page's declared
  // language: DateFromContent reads the body's stamps in it too.
  NumericDateOrder date_order = NumericDateOrder::kMonthFirstWithSlash;
  // The region its locale names, for the zone abbreviations ("EST") of the
  // same stamps.
  ZoneRegion date_zone = ZoneRegion::kDefault;
  // The first reply item's microdata date (normalized) and its <meta>, on a
  // page that is no article or product: dates a thread of Comment items
  // when nothing else does (MetadataExtractor::DateFromReplyItem).
  std::string reply_date;
  const Node* reply_date_node = nullptr;
};

class MetadataExtractor {
 public:
  // Fills the metadata fields of `article` from `doc`. `url` is the page URL
  // (may be empty); `base_url` the document's base URL, which the canonical
  // URL, the lead image and links resolve against (a <base href>'s, else
  // `url`; may be empty).
  // `reference_date` (YYYY-MM-DD, "" = today) bounds dates from above.
  // Builds `hints` for `doc` too: the metadata is collected in the same walk.
  // `forced_type` ("" = detect) is the page type the caller gave.
  void Extract(const Document& doc, HintTable* hints, std::string_view url, std::string_view base_url,
               std::string_view reference_date, std::string_view forced_type, Article* article,
               MetadataOutput* out);

  // After the body is known, when no date was found around the headline: a
  // date stamp inside the content `root` ("Posted on ...", a date-classed
  // line, a thread's first post stamp), not in furniture or teaser cards;
  // failing that, the modification date when it is the only one given. A
  // publication time that repeats the modification time to the second
  // gives way to an earlier "Published ..." stamp found there.
  static void DateFromContent(const Document& doc, const HintTable& hints, const Node* root, const Node* headline,
                              std::string_view reference_date, NumericDateOrder date_order, ZoneRegion date_zone,
                              Article* article);

  // After the body is known, on a page that declares no publication date
  // and took its date from the header's stamp: a note just after the
  // content `root` that gives an earlier first publication ("This article
  // was originally published on 26 Sep 2019 but has been updated") dates
  // the page; the header shows the day it was re-dated.
  static void DateFromOriginalNote(const Node* root, std::string_view reference_date, NumericDateOrder date_order,
                                   Article* article);

  // Last, when nothing dated the page: a thread whose posts are all
  // schema.org Comment items, undetected as a forum, takes its first
  // reply item's date (`out.reply_date`), when that item lies in the
  // content `root` or holds it (an article's comments lie outside its body).
  static void DateFromReplyItem(const MetadataOutput& out, const Node* root, Article* article);

  // After the body is known: fills what depends on it (dek fallback from the
  // description, image caption/credit found in the content).
  // (`out.normal_description`, when made, is the description's normal form.)
  static void Finish(const MetadataOutput& out, Article* article);

  // After the content root is known, when the headline area named no
  // author (`out.weak_authors`): a byline with a strong cue or label inside
  // the body or just after it ("Written by Jane Doe" closing the article,
  // an author box under it). Comment and related sections are skipped.
  // Whether `caption` (a caption the body dropped) captions the page's
  // lead image `image_url`: the first picture within a few levels around
  // it names the same file (or is not read: lazy, a data: stand-in). A
  // caption with no picture near it (a "caption" text style on a shop's
  // vendor line) does not, nor one beside another picture when a figure
  // of the page shows the lead image (`lead_in_figure`: a later figure's
  // caption). True when there is no lead image.
  static bool CaptionsLeadImage(const Node* caption, const std::optional<std::string>& image_url,
                                bool lead_in_figure);
  static void BylineAroundBody(const Document& doc, const HintTable& hints, const Node* root, Article* article);
};

// The file an image URL names, for comparing two URLs of one picture: the
// last path segment without its query, extension and a CMS's size suffix
// ("sea-wall-1024x683.jpg" is "sea-wall.jpg" resized), lower-cased.
std::string ImageFileStem(std::string_view url);

// Cleans a byline into person names: drops "By", roles, e-mails, handles,
// dates; splits "A, B and C". Exposed for tests.
//
// `user_names`: also take a one-word user name with digits ("lulug30"), as
// structured author markup gives them (forum posts). Not in a visible
// byline: there such a word is a commenter's handle or a name run into a
// date ("Jane Doe22 Jun").
// `mail_name`: a bare mail address is the name (a JSON-LD Person's name).
std::vector<std::string> SplitAuthors(std::string_view byline, bool user_names = false, bool mail_name = false);

// Strips a site-name suffix or prefix from a <title> ("Headline | Site").
// `site` may be empty. Exposed for tests.
std::string StripTitleSite(std::string_view title, std::string_view site);

// Rewrites each full-width bar (U+FF5C) of `title`, with the spaces around
// it, as the separator " | " ("名前｜サイト" -> "名前 | サイト").
void SpaceFullWidthBars(std::string* title);

// Whether `s` has a "?" inside a word, a letter after it ("Bob?s").
bool HasMidWordQuestionMark(std::string_view s);
// Whether `heading` is `declared` (both single-spaced) but for "?" marks
// where `declared` has a letter, an apostrophe or a possessive's "'s", or
// a non-ASCII character: text mis-decoded in another charset ("Bob?s Shop"
// for "Bob's Shop", "Caf? M?nchen" for "Café München"). False when they are
// equal.
bool IsMisdecodedTwin(std::string_view heading, std::string_view declared);
// The part two titles share before a separator when they go on
// differently after it; "" when they do not.
std::string SharedTitleHead(std::string_view a, std::string_view b, bool any_separator = false);

// The head of `title` (before its first separator or ": ") when it holds
// `norm_heading` (a normalized heading) inside it, between a name of one to
// kMaxKickerWords words and a descriptor ("MX Vertical" in "Acme MX Vertical
// Ergonomic Mouse"); "" otherwise, when one word before points at the
// heading ("Buy", "All"), when the heading is one word, or when only an
// aside in brackets follows it. Exposed for tests.
std::string TitleHeadAroundHeading(std::string_view title, std::string_view norm_heading);

// Drops a listing template's label before the name of what it lists
// ("Category: Shoes" -> "Shoes", "Results for \u201cTents\u201d" ->
// "Tents"). A label without a colon goes only before a quoted name ("Results
// for Q3" is a headline). Exposed for tests.
std::string StripListingTitleLabel(std::string_view title);

// The subject of phpBB's <title> ("Board \u2022 View topic - Subject"); ""
// for any other title. Exposed for tests.
std::string ViewTopicSubject(std::string_view title);
// A title without what software adds around it: a link aggregator's domain
// and score ("Title (example.com) 87"), a collection's count in brackets
// ("Shoes (120 items)"). Exposed for tests.
std::string StripTitleAddenda(std::string_view title);
// The title without an acronym that leads it before a separator and spells
// the initials of the words after it ("GNW - Gaming News Weekly" -> "Gaming
// News Weekly", "DOE: Department of Energy"; "GNW - Great News" keeps its
// acronym). The title as it is otherwise. Exposed for tests.
std::string_view WithoutLeadingAcronym(std::string_view title);
// The words after a host name that opens a title with no separator after
// it ("example.com Notes on caching" -> "Notes on caching", the host in
// `*host`); "" when the title opens otherwise or one word follows. The
// caller checks that the page shows that host as its own name. Exposed for
// tests.
std::string_view AfterLeadingHostName(std::string_view title, std::string_view* host);

// The heap bytes this thread's spare metadata lists hold between pages
// (kept for the next page, within a bound; for tests).
size_t ThreadSpareMetadataListBytes();

}  // namespace lede

#endif  // LEDE_EXTRACT_METADATA_H_
