#include "extract/metadata.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <forward_list>
#include <optional>
#include <tuple>

#include "core/json.h"
#include "core/text.h"
#include "core/url.h"
#include "extract/dates.h"
#include "extract/dom_text.h"
#include "extract/vocabulary.h"
#include "html/tokenizer.h"

namespace lede {
namespace {

// Whether `w` starts with an ASCII capital or a non-ASCII byte (the lead
// byte of another script's letter, whose case is not tested): a name's or a
// place's word.
bool StartsCapitalOrNonAscii(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = w[0];
  return (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

// How many <h2>s a page without an <h1> has looked at for a headline
// that words the title a little otherwise.
constexpr size_t kLooseHeadlineH2s = 8;

// Whether nearly all the words of `title` (normalized: single spaces), four
// at least, are words of `heading`, and the heading has at most twice as
// many words: the same headline worded a little otherwise.
bool WordsMostlyIn(std::string_view title, std::string_view heading) {
  auto words = [](std::string_view s) { return s.empty() ? 0 : 1 + std::count(s.begin(), s.end(), ' '); };
  const long title_words = words(title), heading_words = words(heading);
  if (title_words < 4 || title_words > 32 || heading_words > 2 * title_words) return false;
  long found = 0;
  for (size_t b = 0; b < title.size();) {
    size_t e = title.find(' ', b);
    if (e == std::string_view::npos) e = title.size();
    const std::string_view w = title.substr(b, e - b);
    // (Whole words: bounded by spaces or the ends.)
    for (size_t at = heading.find(w); at != std::string_view::npos; at = heading.find(w, at + 1))
      if ((at == 0 || heading[at - 1] == ' ') &&
          (at + w.size() == heading.size() || heading[at + w.size()] == ' ')) {
        ++found;
        break;
      }
    b = e + 1;
  }
  return found >= 4 && found * 10 >= title_words * 8;
}

bool InReplyItem(const Node* n);  // (below)

// How many nodes after the headline its header's date stamp may be (the
// headline, a standfirst, the byline's parts) for the declared publication
// date to give way to it.
constexpr uint32_t kHeaderStampSpan = 48;
// Days at least between a declared publication and a later day shown under
// the headline for the page to be reissued under the shown day (a refreshed
// guide comes back months later; a stamp a few days or weeks on is an
// update left unmarked).
constexpr int kMinReissueDays = 90;
// A date line is a few nodes: a block of more is not read (every level of
// a deep chain of wrappers would read the chain again).
constexpr size_t kDateLineMaxNodes = 64;
// The first bytes of a block, where a byline cue shows, come from this many
// nodes at most.
constexpr size_t kHeadMaxNodes = 256;
// Bytes of a visually hidden child after a heading's words read to tell a
// helper (IsSpokenHelperLine).
constexpr size_t kSpokenHelperReadBytes = 80;
// A dek candidate is a list's card when it, or a wrapper up to this many
// levels above it, is a list item or one of a row of its signature.
constexpr int kDekCardLevels = 3;
// An element showing the description under the headline this long (bytes)
// or longer is the story's first paragraph, which the CMS copied into the
// description, not a standfirst (one or two sentences).
constexpr size_t kDescriptionDekMaxBytes = 300;
// A structured body is read for percent escapes in its first this many bytes.
constexpr size_t kEncodedProbeBytes = 256;
// Text written percent-encoded, as in a URL ("An%20elegant%20sofa%20..."):
// no space in the probe, and three escapes at least. A feed's field a
// script decodes, never words the page shows as they stand.
bool IsPercentEncoded(std::string_view text) {
  text = text.substr(0, kEncodedProbeBytes);
  int escapes = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ') return false;
    if (text[i] == '%' && i + 2 < text.size() && IsAsciiHexDigit(text[i + 1]) && IsAsciiHexDigit(text[i + 2]))
      ++escapes;
  }
  return escapes >= 3;
}
// Nodes of a dek candidate looked through for a heading (see holds_heading).
constexpr int kDekHeadingScanNodes = 256;
// Block children a standfirst holds at most: a box of more (an API page's
// "summary-table" of methods laid out as a grid of <div> cells, a
// "summary" box of a table's rows) is a section, not a line under the
// headline.
constexpr int kDekMaxBlockChildren = 4;
// Characters of paragraph text between the headline and a standfirst at
// most: past a paragraph of the text's own prose (a class's description on
// an API page, a story's first lines), a box named "summary" is a section
// of the text, not the line that opens it.
constexpr size_t kDekMaxProseBefore = 160;
// Inline elements a paragraph's text may sit in (a link in a bold span).
constexpr int kDekProseMarkLevels = 3;

// Whether `n` is a <time> whose microdata names a day that is no
// publication's (IsNonPublicationDateProp: "startDate", "validThrough"):
// the stamp passes and the stamp lines read around it pass it over.
inline bool IsNonPublicationTime(const Node* n) {
  return n->Is(TagId::kTime) && IsNonPublicationDateProp(n->Attr("itemprop"));
}

// Whether `n` is a dateline's place set before a byline's cue ("<span
// class=dateline>RIO DE JANEIRO</span> By Jane Doe"): read past, as no
// part of the line. (Inlined: called out of line, it cost instructions
// where both callers had the test written in.)
[[gnu::always_inline]] inline bool IsDatelineSpan(const Node* n) {
  return n->Is(TagId::kSpan) && IsDatelineClass(n->Attr("class"));
}

// Whether the text of `e` may start a byline cue or label, judged by its
// first two bytes (as CollapsedTextInto reads it: scripts and styles
// skipped, and a dateline's place, IsDatelineSpan), or its first when the
// text node holds one byte only (the next may come from another node).
// Looks at kFirstTextNodes nodes at most; undecided is true. An element
// read whole without a letter (an icon, an image, white space: its
// collapsed text is empty) is false. With `or_other_credit`, another's
// credit ("Reviewed by") may start it too.
// Whether the normal form of the text of `e` (NormalizeForCompare of its
// CollapsedTextInto) may open on the byte `want`, told from its first
// character past punctuation and spaces, read in place: false only when
// that character is an ASCII letter or digit that folds to another byte.
// (A character from 0x80, a `want` no ASCII letter or digit folds to, or no
// such character at all: true, for the caller to read the text.)
bool MayOpenNormalizedOn(const Node* e, char want) {
  if (!((want >= 'a' && want <= 'z') || (want >= '0' && want <= '9'))) return true;
  for (const Node* n = e->first_child; n;) {
    if (n->is_element() && HidesItsText(n->tag)) {
      n = NextSkippingChildren(n, e);
      continue;
    }
    if (n->is_text())
      for (const char ch : n->data) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c >= 0x80) return true;
        if (IsAsciiAlnum(c)) return ToLowerAscii(char(c)) == want;
      }
    n = NextInTree(n, e);
  }
  return true;
}

bool MayStartFirstText(const Node* e, bool or_other_credit = false) {
  constexpr int kFirstTextNodes = 8;
  int look = kFirstTextNodes;
  const Node* n = e->first_child;
  for (; n && look-- > 0;) {
    if (n->is_element() && (n->tag == TagId::kScript || n->tag == TagId::kStyle || n->tag == TagId::kTemplate ||
                            n->tag == TagId::kNoscript || IsDatelineSpan(n))) {
      n = NextSkippingChildren(n, e);
      continue;
    }
    if (n->is_text()) {
      // (Only its leading spaces are skipped: a space after the first byte
      // rules a cue out, the collapsed text has one there too.)
      const std::string_view d = n->data;
      size_t i = 0;
      while (i < d.size())
        if (const size_t sp = UnicodeSpaceAt(d, i)) i = SkipSpaceWords(d, i + sp);
        else break;
      if (i + 1 < d.size()) {
        const auto c0 = static_cast<unsigned char>(d[i]), c1 = static_cast<unsigned char>(d[i + 1]);
        // (A third byte in this node: tested by three; a space of any kind
        // as the ' ' the collapsed text has there.)
        if (i + 2 < d.size()) {
          const auto c2 = UnicodeSpaceAt(d, i + 2) ? static_cast<unsigned char>(' ') : static_cast<unsigned char>(d[i + 2]);
          return or_other_credit ? MayStartBylineCueOrOtherCredit(c0, c1, c2) : MayStartBylineCue(c0, c1, c2);
        }
        return MayStartBylineCue(c0, c1) || (or_other_credit && MayStartOtherCredit(c0, c1));
      }
      if (i < d.size()) return MayStartBylineCue(static_cast<unsigned char>(d[i]));
    }
    n = NextInTree(n, e);
  }
  return n != nullptr;  // (null: the whole element was read, and no text)
}

// Whether the first text of `e` (within a few nodes, past spaces) opens on
// an ASCII digit: a date stamp's line.
bool OpensOnDigit(const Node* e) {
  int look = 8;
  for (const Node* n = e->first_child; n && look-- > 0; n = NextInTree(n, e)) {
    if (!n->is_text()) continue;
    const std::string_view t = Trim(n->data);
    if (!t.empty()) return IsAsciiDigit(t[0]);
  }
  return false;
}

// Whether the text `d`, trimmed, may open on a byline cue: its first byte
// past ASCII spaces, read in place. (Most texts between elements are white
// space alone, or open on a byte no cue starts with: they fail here without
// being trimmed; a multi-byte first character is left to the caller.)
bool MayOpenOnBylineCue(std::string_view d) {
  size_t i = 0;
  while (i < d.size() && IsAsciiSpace(static_cast<unsigned char>(d[i]))) ++i;
  if (i == d.size()) return false;
  const auto c = static_cast<unsigned char>(d[i]);
  return c >= 0x80 || MayStartBylineCue(c);
}

// schema.org types whose objects describe the page's article.
constexpr std::string_view kArticleTypes[] = {
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
    "ScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting", "SocialMediaPosting",
    "DiscussionForumPosting", "SatiricalArticle", "AdvertiserContentArticle", "Review",
    "Recipe", "HowTo", "Blog", "PodcastEpisode", "VideoObject", "Product", "Event", "Course",
    "QAPage", "Question", "FAQPage",
};
// The article types an FAQPage's block brings beside the story (its
// questions; a Review there is a testimonial's): after an FAQPage they
// never stand for the page, every other article type does (a story, a
// Recipe, a Product, a thread's posting).
constexpr std::string_view kFaqEntryTypes[] = {"Question", "QAPage", "Review", "FAQPage"};
constexpr std::string_view kPageTypes[] = {"WebPage", "ItemPage", "CollectionPage", "AboutPage",
                                           "ProfilePage", "MedicalWebPage"};

// Meta names that carry the publication date, in priority order.
constexpr std::string_view kPublishedMeta[] = {
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "parsely-pub-date", "sailthru.date", "pubdate",
    "publishdate", "publish-date", "publish_date", "published_time", "date", "dc.date",
    "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date", "dcterms.issued",
    "citation_publication_date", "citation_date", "citation_online_date", "article_date_original",
    "original-publish-date", "og:pubdate", "cxenseparse:recs:publishtime", "displaydate",
    "date_published", "release_date", "created",
};
constexpr std::string_view kModifiedMeta[] = {
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "article.updated", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod",
    "modified", "updated_time", "date_modified",
};
constexpr std::string_view kAuthorMeta[] = {
    "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
    // A paper's scholarly tags list every author (Google Scholar's
    // citation_author, one each; Highwire's citation_authors, all in one
    // tag or one each: "Doe, Jane; Roe, Rob"), where its Dublin Core
    // creator tag may name the first author only: they are read first.
    "citation_author", "citation_authors",
    "dc.creator", "dcterms.creator", "byl", "article.author", "cxenseparse:author",
    // RDFa's spelling of Dublin Core (property="dc:creator").
    "dc:creator", "dcterms:creator",
};
// Google Scholar's tags that name where a scholarly work came out or where
// its full text is (a journal, a conference, a university, a PDF, a DOI,
// an arXiv id): with its citation_title and citation_author, the page is
// one work's landing page. (A site that cites itself, a ranking's
// "citation_title" and "citation_author" alone, has none of them.)
constexpr std::string_view kScholarlyWorkMeta[] = {
    "citation_journal_title", "citation_conference_title", "citation_dissertation_institution",
    "citation_technical_report_institution", "citation_pdf_url", "citation_doi", "citation_arxiv_id",
};
constexpr std::string_view kSectionMeta[] = {
    "article:section", "og:article:section", "articlesection", "parsely-section", "section",
    "article.section", "category", "cxenseparse:recs:category",
};


// The poster's name in a social post's title, "Display Name (@handle)",
// when the handle in parentheses is `username` (profile:username, with or
// without its "@"); empty else.
std::string_view PosterBeforeHandle(std::string_view title, std::string_view username) {
  if (username.starts_with('@')) username.remove_prefix(1);
  if (username.empty() || !title.ends_with(')')) return {};
  const size_t open = title.rfind(" (@");
  if (open == std::string_view::npos || open == 0) return {};
  const std::string_view handle = title.substr(open + 3, title.size() - open - 4);
  if (!EqualsIgnoreCase(handle, username)) return {};
  return Trim(title.substr(0, open));
}

struct MetaTag {
  std::string_view key;  // lower-case name / property / itemprop / http-equiv
  std::string_view value;
  bool decoded = false;  // value read for references escaped twice (see Meta)
};

// Whether `s` holds a complete character reference ("&amp;", "&#039;",
// "&eacute;"): a '&', then letters, digits or '#', then ';'. (A URL's
// "?a=1&b=2" holds none.)
bool HoldsCharacterReference(std::string_view s) {
  constexpr size_t kMaxNameBytes = 32;
  for (size_t at = s.find('&'); at != std::string_view::npos; at = s.find('&', at + 1)) {
    size_t i = at + 1;
    while (i < s.size() && i - at <= kMaxNameBytes && (IsAsciiAlnum(s[i]) || s[i] == '#')) ++i;
    if (i > at + 1 && i < s.size() && s[i] == ';') return true;
  }
  return false;
}

bool IsHttpUrl(std::string_view s) {
  return StartsWithIgnoreCase(s, "http://") || StartsWithIgnoreCase(s, "https://") ||
         StartsWithIgnoreCase(s, "//") || StartsWithIgnoreCase(s, "/");
}

// Whitespace collapsed and trimmed (CollapseWhitespace drops leading and
// trailing spaces, the ones Trim would).
std::string CleanLine(std::string_view s) { return CollapseWhitespace(s); }

// The full-width vertical bar (U+FF5C) that Japanese and Chinese titles
// part the page's name from the site's with, set between no spaces
// ("相続登記のご依頼｜司法書士事務所"), written as the title separator " | "
// that the title rules read, so that the site's name is cut as it is after
// an ASCII bar.
}  // namespace

void SpaceFullWidthBars(std::string* title) {
  static constexpr std::string_view kBar = "\xEF\xBD\x9C";
  size_t at = title->find(kBar);
  if (at == std::string::npos) return;
  std::string out;
  out.reserve(title->size() + 8);
  size_t from = 0;
  for (; at != std::string::npos; at = title->find(kBar, from)) {
    std::string_view before = std::string_view(*title).substr(from, at - from);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    out.append(before);
    out.append(" | ");
    from = at + kBar.size();
    while (from < title->size() && (*title)[from] == ' ') ++from;
  }
  out.append(std::string_view(*title).substr(from));
  *title = std::string(Trim(out));
}

namespace {

// A schema.org type's name without its URL ("http://schema.org/NewsArticle").
std::string_view BareTypeName(std::string_view v) {
  const size_t slash = v.rfind('/');
  if (slash != std::string_view::npos) v.remove_prefix(slash + 1);
  return v;
}

// Whether a bare type name is one of `types`. (Length and first byte told
// before the bytes are compared: most names differ there, and no library
// call is made for them.)
bool TypeNameIn(std::string_view v, const std::string_view* types, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (v.size() == types[i].size() && !v.empty() && v[0] == types[i][0] && v == types[i]) return true;
  return false;
}

// An object's "@type", read once: the rules ask each JSON-LD object for
// its types a few dozen times a page (the member found and a string's URL
// cut once, not on every ask).
struct JsonLdType {
  const JsonValue* value = nullptr;  // the member; nullptr when absent
  std::string_view name;             // a string's bare name
  // The object is the value of another object's "review" member (a
  // customer's Review of the product or service the page describes).
  bool nested_review = false;
  // The object is a member's value inside another object (a Blog's
  // blogPost, an ItemList's item): not one of the script's own objects (the
  // top level, or a @graph's items).
  bool nested = false;
  // The object is the value of a Review's "itemReviewed" member (the thing
  // an editor's review is about): it names the review's subject, not the
  // page's product.
  bool reviewed_item = false;

  static JsonLdType Of(const JsonValue& obj) {
    JsonLdType t;
    t.value = obj.Get("@type");
    if (t.value && t.value->is_string()) t.name = BareTypeName(t.value->str());
    return t;
  }
  bool Matches(const std::string_view* types, size_t n) const {
    if (!value) return false;
    if (value->is_string()) return TypeNameIn(name, types, n);
    if (value->is_array())
      for (const JsonValue& x : value->items())
        if (x.is_string() && TypeNameIn(BareTypeName(x.str()), types, n)) return true;
    return false;
  }
  bool Is(std::string_view type) const { return Matches(&type, 1); }
};

bool TypeMatches(const JsonValue& obj, const std::string_view* types, size_t n) {
  return JsonLdType::Of(obj).Matches(types, n);
}

bool HasType(const JsonValue& obj, std::string_view type) {
  return TypeMatches(obj, &type, 1);
}

// The script type of JSON-LD.
constexpr std::string_view kJsonLdType = "application/ld+json";

constexpr std::string_view kBreadcrumbListType = "BreadcrumbList";

// schema.org types that mark a discussion (JSON-LD @type or microdata itemtype).
constexpr std::string_view kForumTypes[] = {"DiscussionForumPosting", "QAPage"};
// schema.org types that mark a product.
constexpr std::string_view kProductTypes[] = {"Product", "ProductGroup"};
// Works a shop sells that schema.org does not type Product (see
// StructuredProducts); and vehicles, Products by schema.org's tree though a
// type of their own, sold on an advert (a car marketplace's "Car" with its
// offer; a maker's or a review's car without one is no shop's).
constexpr std::string_view kSoldWorkTypes[] = {"Book", "MusicAlbum", "MusicRelease", "Car", "Vehicle",
                                               "MotorVehicle", "Motorcycle"};
constexpr std::string_view kWorkReviewTypes[] = {"Review", "CriticReview"};
// A course: see event_undated.
constexpr std::string_view kCourseType = "Course";
// A single offer as a script's own object (not an AggregateOffer: a
// list's price range).
constexpr std::string_view kOfferType = "Offer";
// An offer to lend, not to sell (schema.org's "LeaseOut": a library's).
constexpr std::string_view kLeaseOutFunction = "LeaseOut";
// The offer of a list's aggregate product (a classifieds search's price
// range over its cards), not one product's (DetectPageType).
constexpr std::string_view kAggregateOfferTypes[] = {"AggregateOffer"};
// schema.org's events: a date shown on their page is when they happen.
// (A course's run, "CourseInstance", is one too: a Course's
// hasCourseInstance with its startDate.)
constexpr std::string_view kEventTypes[] = {"Event",         "MusicEvent",  "TheaterEvent", "SportsEvent",
                                            "ComedyEvent",   "DanceEvent",  "Festival",     "EducationEvent",
                                            "BusinessEvent", "SocialEvent", "ExhibitionEvent", "ScreeningEvent",
                                            "CourseInstance"};
// schema.org types of a written article, as a microdata itemtype (not
// "Blog": a blog's whole page is one).
constexpr std::string_view kMicrodataArticleTypes[] = {
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting",
};

// The kinds of item an itemtype names that the Collector counts: ItemtypeIs
// with kForumTypes, kProductTypes, kMicrodataArticleTypes and
// kBreadcrumbListType, read in one pass over its URLs (each URL's last
// segment compared with the four lists, a length first: most are none).
struct ItemtypeKinds {
  bool forum = false, product = false, article = false, breadcrumb = false, answer = false;
};
ItemtypeKinds ReadItemtype(std::string_view itemtype) {
  ItemtypeKinds k;
  auto any = [](std::string_view t, const std::string_view* types, size_t n) {
    for (size_t i = 0; i < n; ++i)
      if (EqualsIgnoreCase(t, types[i])) return true;
    return false;
  };
  while (!itemtype.empty()) {
    const size_t end = std::min(itemtype.find(' '), itemtype.size());
    std::string_view t = itemtype.substr(0, end);
    t = t.substr(t.find_last_of('/') + 1);  // npos + 1 == 0
    k.forum |= any(t, kForumTypes, std::size(kForumTypes));
    k.product |= any(t, kProductTypes, std::size(kProductTypes));
    k.article |= any(t, kMicrodataArticleTypes, std::size(kMicrodataArticleTypes));
    k.breadcrumb |= EqualsIgnoreCase(t, kBreadcrumbListType);
    k.answer |= EqualsIgnoreCase(t, "Answer");
    itemtype.remove_prefix(std::min(end + 1, itemtype.size()));
  }
  return k;
}

// Where `needle` first stands in `hay`, or npos. (memmem: string_view::find
// stops at every copy of the needle's first byte, and the quote that opens
// a JSON key stands every few bytes in a script.)
size_t FindBytes(std::string_view hay, std::string_view needle) {
  const void* at = memmem(hay.data(), hay.size(), needle.data(), needle.size());
  return at ? size_t(static_cast<const char*>(at) - hay.data()) : std::string_view::npos;
}

// FindBytes for a needle with a capital letter (a camel-cased key,
// "\"pagePostAuthor\":\""): its first capital, a byte few places in a
// script hold, is looked for with memchr, and the needle compared only
// there. (Most scripts hold no such key: memmem read every one whole.)
size_t FindCamelKey(std::string_view hay, std::string_view needle) {
  size_t rare = 0;
  while (rare < needle.size() && !(needle[rare] >= 'A' && needle[rare] <= 'Z')) ++rare;
  if (rare == needle.size() || hay.size() < needle.size()) return FindBytes(hay, needle);
  const char* const begin = hay.data();
  // The rare byte of a match stands from `rare` to the last start's.
  const char* p = begin + rare;
  const char* const last = begin + (hay.size() - needle.size()) + rare;
  while (p <= last) {
    const void* hit = std::memchr(p, needle[rare], size_t(last - p) + 1);
    if (!hit) break;
    const char* const start = static_cast<const char*>(hit) - rare;
    if (std::memcmp(start, needle.data(), needle.size()) == 0) return size_t(start - begin);
    p = static_cast<const char*>(hit) + 1;
  }
  return std::string_view::npos;
}

// Whether an attribute's name is `lit`.
template <size_t N>
bool NameIs(std::string_view name, const char (&lit)[N]) {
  return name.size() == N - 1 && std::memcmp(name.data(), lit, N - 1) == 0;
}

// The lists of a thread's last Collector, emptied, kept for its next one
// (Collector's constructor and destructor swap them): each list's room,
// made once, serves page after page instead of a heap allocation per list
// and page.
struct SpareCollectorLists {
  std::vector<MetaTag> metas;
  std::vector<const JsonValue*> objects;
  std::vector<JsonLdType> object_types;
  std::vector<const Node*> nodes[20];
  std::string title_text, label_buf;
};

SpareCollectorLists& ThreadSpareLists() {
  thread_local SpareCollectorLists spare;
  return spare;
}

// The most entries a list keeps room for from page to page: a huge page's
// lists (a JSON-LD of hundreds of thousands of objects, up to
// kMaxJsonLdBytes, fills `objects` and `object_types` with one entry
// each) are given back, as Extract gives back a huge page's DOM, not held
// by the thread for good. (A page's lists are far under it.)
constexpr size_t kSpareListMaxEntries = 1u << 14;

template <typename List>
void ClearKeepingRoom(List* list) {
  if (list->capacity() > kSpareListMaxEntries) List().swap(*list);
  else list->clear();
}

// A page's shop controls (Collector::Shop).
struct ShopControls {
  uint32_t cart_buttons = 0, cart_forms = 0;
  uint32_t cart_buttons_before_h1 = 0, cart_forms_before_h1 = 0;
};

class Collector final : public HintVisitor {
 public:
  Collector() { SwapLists(); }
  ~Collector() {
    ClearKeepingRoom(&metas);
    ClearKeepingRoom(&objects);
    ClearKeepingRoom(&object_types);
    for (std::vector<const Node*>* v : NodeLists()) ClearKeepingRoom(v);
    title_text.clear();
    label_buf.clear();
    SwapLists();
  }
  Collector(const Collector&) = delete;
  Collector& operator=(const Collector&) = delete;
  std::array<std::vector<const Node*>*, 20> NodeLists() {
    return {&h1s,         &h2s,          &dek_nodes, &kicker_nodes, &byline_nodes,   &title_hint_nodes,
            &tag_nodes,   &poster_nodes, &times,     &date_nodes,   &itemprop_nodes, &rel_author,
            &rel_tag,     &figures,      &addresses, &footers,      &crumb_nodes,    &shop_nodes,
            &head_scripts, &caption_nodes};
  }
  void SwapLists() {
    SpareCollectorLists& spare = ThreadSpareLists();
    metas.swap(spare.metas);
    objects.swap(spare.objects);
    object_types.swap(spare.object_types);
    size_t k = 0;
    for (std::vector<const Node*>* v : NodeLists()) v->swap(spare.nodes[k++]);
    title_text.swap(spare.title_text);
    label_buf.swap(spare.label_buf);
  }
  // (Mutable: Meta decodes a value escaped twice when it is first read.)
  mutable std::vector<MetaTag> metas;
  // Meta values escaped twice in the page ("Tom&amp;#039;s", as SEO plugins
  // print them), decoded again: `metas` views them here. (Rare: a list
  // only such pages fill.)
  mutable std::forward_list<std::string> decoded_metas;
  // A bit for each key of `metas` (KeyBit): Meta passes over a key the page
  // has not without a look through them all. (256 bits: a page's forty-odd
  // keys set most of 64, and most keys asked for passed as maybe there.)
  std::array<uint64_t, 4> meta_keys{};
  static size_t KeyBit(std::string_view k) {
    if (k.empty()) return 0;
    return (k.size() * 7 + static_cast<unsigned char>(k.front()) * 3 + static_cast<unsigned char>(k.back()) * 5 +
            static_cast<unsigned char>(k[k.size() / 2])) & 255;
  }
  void AddKey(std::string_view k) { meta_keys[KeyBit(k) >> 6] |= uint64_t{1} << (KeyBit(k) & 63); }
  // False when no meta tag has the key `k`.
  bool MayHaveKey(std::string_view k) const { return (meta_keys[KeyBit(k) >> 6] >> (KeyBit(k) & 63)) & 1; }
  // Lower-cased copies of the meta keys that were not lower case already
  // (most are: they are used in place). A list keeps them where they are.
  // (Written into `lowered_chars` while it has room: a page's few such
  // keys take no heap allocation.)
  std::forward_list<std::string> lowered_keys;
  char lowered_chars[1024];
  size_t lowered_used = 0;
  std::string_view LowerKey(std::string_view k) {
    if (!HasAsciiUpper(k)) return k;
    if (k.size() <= sizeof(lowered_chars) - lowered_used) {
      char* const p = lowered_chars + lowered_used;
      for (size_t i = 0; i < k.size(); ++i) p[i] = ToLowerAscii(k[i]);
      lowered_used += k.size();
      return {p, k.size()};
    }
    return lowered_keys.emplace_front(ToLowerAscii(k));
  }
  // The poster names kept (the first one names a thread's author; a few
  // make a series of posts: IsPostSeries).
  static constexpr size_t kMaxPosters = 8;
  static constexpr size_t kMaxCaptionNodes = 32;
  std::vector<JsonDocument> jsonld;
  // JSON-LD bytes parsed, at most kMaxJsonLdBytes (a page's few kilobytes;
  // the bound keeps a hostile page's parse and object lists in check).
  static constexpr size_t kMaxJsonLdBytes = 16u << 20;
  size_t jsonld_bytes = 0;
  // JSON values parsed, at most kMaxJsonLdValues: 16 MiB of tiny values
  // (`[1,1,...]`, `[{},{},...]`) would be 5-8 million, each 16 bytes in the
  // parse and 40 in `objects` and `object_types`, about half a gigabyte.
  // A graph of 20,000 entities with twenty values each is 400,000.
  static constexpr size_t kMaxJsonLdValues = 1u << 20;
  size_t jsonld_values = 0;
  std::vector<const JsonValue*> objects;  // every JSON-LD object, flattened
  std::vector<JsonLdType> object_types;   // objects[i]'s "@type" at [i]
  std::string_view html_lang, html_class, body_class, body_id;
  const Node* body = nullptr;
  // An element of the page has a microdata itemtype that marks a thread.
  bool microdata_forum = false;
  // Microdata Answer items that are a question's "suggestedAnswer".
  uint32_t microdata_answers = 0;
  // Elements of the page with a microdata itemtype that marks a product.
  uint32_t microdata_products = 0;
  // Elements of the page with a microdata itemtype that marks a written
  // article (Joomla's and Blogger's templates mark the post so, and no
  // JSON-LD).
  uint32_t microdata_articles = 0;
  const Node* microdata_article = nullptr;  // the first of them
  // The first element marked as a schema.org BreadcrumbList (itemscope).
  const Node* microdata_breadcrumb = nullptr;
  // The shop's controls (IsAddToCartName, IsCartAddAction): add-to-cart
  // buttons (<button>, or a submit, image or button <input>; a card's
  // add-to-cart link is not one) and forms that add to the cart, but a
  // card's quick-add ones (IsQuickAddName). Counted up to kShopControlsCap.
  // Of those, the ones met before the page's first <h1> (a shelf of other
  // products the markup puts above the product's name).
  // (ShopControls, at namespace scope: clang holds a nested struct's
  // default member initializers unparsed where std::optional<> checks it.)
  static constexpr uint32_t kShopControlsCap = 64;
  // The page's buttons, inputs and forms with attributes, in page order,
  // and how many of them came before its first <h1>: read as shop controls
  // (Shop) on the first ask only. (Most pages are typed before any rule
  // asks: a declared article's page never reads them.)
  std::vector<const Node*> shop_nodes;
  size_t shop_nodes_before_h1 = 0;
  mutable std::optional<ShopControls> shop;
  const ShopControls& Shop() const {
    if (shop) return *shop;
    ShopControls& s = shop.emplace();
    for (size_t i = 0; i < shop_nodes.size(); ++i) {
      if (i == shop_nodes_before_h1) s.cart_buttons_before_h1 = s.cart_buttons, s.cart_forms_before_h1 = s.cart_forms;
      CountShopControl(shop_nodes[i], &s);
    }
    if (shop_nodes_before_h1 == shop_nodes.size())
      s.cart_buttons_before_h1 = s.cart_buttons, s.cart_forms_before_h1 = s.cart_forms;
    return s;
  }
  std::string title_text;
  std::vector<const Node*> h1s, h2s;
  std::vector<const Node*> dek_nodes, kicker_nodes, byline_nodes, title_hint_nodes, tag_nodes, poster_nodes;
  // Breadcrumb trails (navigation the kicker's words also mark): the
  // section's last resort, apart from the kickers so as not to crowd them.
  std::vector<const Node*> crumb_nodes;
  std::vector<const Node*> times;
  // Date-classed elements ("date", "timestamp"), for the posts' stamps.
  std::vector<const Node*> date_nodes;
  std::vector<const Node*> itemprop_nodes;
  // The first reply item's microdata publication date ("<meta
  // itemprop=datePublished>" in a Comment or Answer), kept out of `metas`
  // (a reader's comment does not date the story) and set aside for a
  // thread of Comment items that nothing else dates (MetadataOutput).
  const Node* reply_date_meta = nullptr;
  std::string_view reply_date;
  std::vector<const Node*> rel_author, rel_tag;
  // The href of <link rel=author> (the writer's page, in the head).
  std::string_view author_href;
  // The head's small inline scripts (one text each, at most
  // kDataLayerScriptMaxBytes), in page order: a data layer's post author
  // is looked for in them (DataLayerAuthor) only when no other source
  // names the writer.
  std::vector<const Node*> head_scripts;
  bool in_head = false;  // (while Walk reads the head)
  std::vector<const Node*> figures;
  // Caption- and credit-classed elements (the first kMaxCaptionNodes): a
  // lead picture's caption outside any <figure> ("div.photo__caption"
  // under the picture's box).
  std::vector<const Node*> caption_nodes;
  // <address> elements: in an article, its author's contact (HTML); not
  // one classed a venue (IsVenueClass), a calendar's place.
  std::vector<const Node*> addresses;
  // <footer> elements (the first few): a site's copyright line.
  std::vector<const Node*> footers;
  std::string_view canonical;

  // The hints that put an element on a list (Collect).
  static constexpr uint32_t kCollected = kHintItemprop | kHintDek | kHintKicker | kHintByline | kHintTitle |
                                         kHintTags | kHintPoster | kHintDate | kHintCaption;

  // Reads the page: <head> here, the rest as HintTable::Build classifies
  // it (one walk of the page for both), then flattens the JSON-LD.
  void Walk(const Document& doc, HintTable* hints) {
    // (Links count only with a rel: kHintRel hands those on.)
    for (TagId t : {TagId::kBody, TagId::kHtml, TagId::kMeta, TagId::kLink, TagId::kTitle, TagId::kScript,
                    TagId::kNoscript, TagId::kH1, TagId::kH2, TagId::kTime, TagId::kFigure, TagId::kButton,
                    TagId::kInput, TagId::kForm, TagId::kAddress, TagId::kFooter})
      tags[size_t(t)] = true;
    hint_mask = kCollected | kHintItemtype | kHintRel;
    // Pages have dozens of meta tags (Open Graph, Twitter cards, ...): room
    // for them at once rather than a vector grown and moved six times.
    metas.reserve(64);
    // (Nothing in <head> has hints: HintTable leaves it out. A <noscript>
    // there holds no microdata then: skipped whole.)
    in_head = true;
    if (const Node* head = doc.head())
      for (const Node* n = head->first_child; n;) {
        if (!n->is_element()) {
          n = NextInTree(n, head);
          continue;
        }
        Visit(n, 0, false);
        switch (n->tag) {
          case TagId::kTitle: case TagId::kScript: case TagId::kNoscript: case TagId::kStyle:
          case TagId::kTemplate: case TagId::kSvg:
            n = NextSkippingChildren(n, head);
            break;
          default:
            n = NextInTree(n, head);
        }
      }
    in_head = false;
    hints->Build(doc, this);
    // A head manager that writes every head tag as a <meta> puts the JSON-LD
    // in one named after its script ("<meta name=script:ld+json
    // content='{...}'>"): read when the page has no JSON-LD script.
    if (jsonld.empty())
      if (const std::string_view v = Meta(kJsonLdMetaKey); !v.empty()) ReadJsonLd(v);
    for (const JsonDocument& d : jsonld) Flatten(d.root(), 0);
  }

  void Visit(const Node* n, uint32_t hints, bool in_noscript) override {
    // What a page shows readers without scripts is a copy, except its
    // microdata: a crawler view (Discourse renders a thread's posts for
    // them there) may be the only place that names who wrote what. Keep
    // its itemprops and its posters' names (Flarum's crawler view marks
    // them "PostUser-name"), nothing else.
    if (in_noscript) {
      if (n->num_attrs && (hints & kHintItemprop)) Keep(&itemprop_nodes, n, 512);
      if (n->num_attrs && (hints & kHintPoster)) Keep(&poster_nodes, n, kMaxPosters);
      return;
    }
    switch (n->tag) {
      case TagId::kBody:
        body = n;
        body_class = n->Attr("class");
        body_id = n->Attr("id");
        break;
      case TagId::kHtml:
        html_class = n->Attr("class");
        html_lang = n->Attr("lang");
        if (html_lang.empty()) html_lang = n->Attr("xml:lang");
        break;
      case TagId::kMeta:
        VisitMeta(n);
        break;
      case TagId::kLink: {
        // The first one of each counts.
        const std::string_view rel = Trim(n->Attr("rel"));
        if (canonical.empty() && EqualsIgnoreCase(rel, "canonical")) canonical = n->Attr("href");
        else if (author_href.empty() && EqualsIgnoreCase(rel, "author")) author_href = n->Attr("href");
        break;
      }
      case TagId::kTitle:
        if (title_text.empty()) {
          CollapsedTextInto(n, 2000, &title_text);
          SpaceFullWidthBars(&title_text);
        }
        return;
      case TagId::kScript:
        VisitScript(n);
        return;
      case TagId::kNoscript:  // (its insides come with in_noscript)
      case TagId::kStyle: case TagId::kTemplate: case TagId::kSvg:
        return;
      case TagId::kH1:
        if (h1s.empty()) shop_nodes_before_h1 = shop_nodes.size();
        Keep(&h1s, n, 16);
        break;
      case TagId::kH2:
        Keep(&h2s, n, 16);
        break;
      case TagId::kTime:
        Keep(&times, n, 64);
        break;
      case TagId::kFigure:
        Keep(&figures, n, 8);
        break;
      case TagId::kAddress:
        if (!IsVenueClass(n->Attr("class"))) Keep(&addresses, n, 8);
        break;
      case TagId::kFooter:
        Keep(&footers, n, 4);
        break;
      case TagId::kButton: case TagId::kInput: case TagId::kForm:
        if (n->num_attrs) KeepShopNode(n);
        break;
      case TagId::kA: {
        if (!(hints & kHintRel)) break;
        std::string_view rel = n->Attr("rel");
        // (Both words hold a 't': most links' rel, "nofollow noopener",
        // has none and is not searched.)
        if (!rel.empty() && (std::memchr(rel.data(), 't', rel.size()) || std::memchr(rel.data(), 'T', rel.size()))) {
          if (ContainsIgnoreCase(rel, "author")) Keep(&rel_author, n, 16);
          if (ContainsIgnoreCase(rel, "tag")) Keep(&rel_tag, n, 64);
        }
        break;
      }
      default:
        break;
    }
    if (n->num_attrs) {
      if (hints & kCollected) Collect(n, hints);
      if (hints & kHintItemtype) {
        const ItemtypeKinds kinds = ReadItemtype(n->Attr("itemtype"));
        if (!microdata_forum) microdata_forum = kinds.forum;
        // (A question's suggested answer, an Answer item: a Q&A site's
        // answers, Zhihu's; an FAQ's answers are its "acceptedAnswer"
        // only. See DetectPageType.)
        if (kinds.answer && n->HasAttr("itemscope") && EqualsIgnoreCase(n->Attr("itemprop"), "suggestedAnswer"))
          ++microdata_answers;
        if (kinds.product) ++microdata_products;
        // (An item only where itemscope makes one: a bare itemtype is none.)
        if (kinds.article && n->HasAttr("itemscope"))
          if (microdata_articles++ == 0) microdata_article = n;
        if (!microdata_breadcrumb && kinds.breadcrumb && n->HasAttr("itemscope")) microdata_breadcrumb = n;
      }
    }
  }

  // A <meta>: its keys and value on `metas`. (Out of line, as VisitScript:
  // Visit runs for every element the walk hands on, and stays small.)
  [[gnu::noinline]] void VisitMeta(const Node* n) {
    // The value and its keys, read in one pass over the attributes
    // (the first of each name counts, as with Attr).
    // The key attributes: "property", "name", "itemprop", "http-equiv".
    // (Names are compared with literals of known length: inline, no
    // library call per attribute.)
    constexpr size_t kKeyAttrs = 4;
    std::string_view content, keys[kKeyAttrs];
    bool has_content = false, has_key[kKeyAttrs] = {};
    for (uint32_t i = 0; i < n->num_attrs; ++i) {
      const Attribute& at = n->attrs[i];
      if (NameIs(at.name, "content")) {
        if (!has_content) content = at.value, has_content = true;
        continue;
      }
      const size_t k = NameIs(at.name, "property")     ? 0
                       : NameIs(at.name, "name")       ? 1
                       : NameIs(at.name, "itemprop")   ? 2
                       : NameIs(at.name, "http-equiv") ? 3
                                                       : kKeyAttrs;
      if (k < kKeyAttrs && !has_key[k]) keys[k] = at.value, has_key[k] = true;
    }
    // A reply's microdata date ("<meta itemprop=datePublished>" in a
    // Comment item) is not the page's.
    if (!keys[2].empty() && !in_head && StartsWithIgnoreCase(Trim(keys[2]), "date") && InReplyItem(n)) {
      const std::string_view prop = Trim(keys[2]);
      if (!reply_date_meta && !Trim(content).empty() &&
          (EqualsIgnoreCase(prop, "datePublished") || EqualsIgnoreCase(prop, "dateCreated")))
        reply_date_meta = n, reply_date = Trim(content);
      keys[2] = {};
    }
    for (std::string_view k : keys)
      if (!k.empty() && metas.size() < 2000) {
        metas.push_back({LowerKey(Trim(k)), content});
        AddKey(metas.back().key);
      }
  }

  // Parses one script's JSON-LD into `jsonld`. (Bounded in bytes and
  // values, not objects: past kMaxJsonLdBytes or kMaxJsonLdValues in all,
  // a script is left unread.)
  void ReadJsonLd(std::string_view text) {
    if (text.size() > kMaxJsonLdBytes - jsonld_bytes) return;
    jsonld_bytes += text.size();
    Result<JsonDocument> v = ParseJson(text, 64, kMaxJsonLdValues - jsonld_values);
    if (!v.ok()) return;
    jsonld_values += v.value().values();
    jsonld.push_back(std::move(v).value());
  }

  // A <script>: JSON-LD parsed, or a data layer's post author read.
  [[gnu::noinline]] void VisitScript(const Node* n) {
    // (A type shorter than the JSON-LD one is no JSON-LD: most
    // scripts are not trimmed and compared.)
    if (const std::string_view type = n->Attr("type");
        type.size() >= kJsonLdType.size() && EqualsIgnoreCase(Trim(type), kJsonLdType) && jsonld.size() < 32) {
      // Usually one text node: parse it in place.
      std::string joined;
      std::string_view text;
      if (n->first_child && n->first_child == n->last_child() && n->first_child->is_text()) {
        text = n->first_child->data;
      } else {
        for (const Node* c = n->first_child; c; c = c->next)
          if (c->is_text()) joined.append(c->data);
        text = joined;
      }
      ReadJsonLd(text);
    } else if (in_head && n->first_child && n->first_child == n->last_child() && n->first_child->is_text() &&
               n->first_child->data.size() <= kDataLayerScriptMaxBytes) {
      head_scripts.push_back(n);
    }
  }

  // The post author's display name in a GTM4WP data layer script of the
  // head (the first of head_scripts that names one): the script's text
  // from the name's opening quote on; "" for none.
  std::string_view DataLayerAuthor() const {
    for (const Node* n : head_scripts) {
      const std::string_view text = n->first_child->data;
      // Only for a post type a writer writes ("post", "page"; not a
      // shop's "product").
      if (const size_t at = FindCamelKey(text, kDataLayerAuthorKey); at != std::string_view::npos)
        if (const size_t t = FindBytes(text, kDataLayerTypeKey); t != std::string_view::npos) {
          const std::string_view type = text.substr(t + kDataLayerTypeKey.size());
          for (size_t i = 0; i < kNumDataLayerWrittenTypes; ++i) {
            const std::string_view w = kDataLayerWrittenTypes[i];
            if (type.size() > w.size() && type.starts_with(w) && type[w.size()] == '"')
              return text.substr(at + kDataLayerAuthorKey.size() - 1);
          }
        }
    }
    return {};
  }

  // (Out of line: Visit stays small.)
  [[gnu::noinline]] void KeepShopNode(const Node* n) { shop_nodes.push_back(n); }

  // Counts a shop control (see ShopControls): a button, input or form,
  // read by its attributes only.
  void CountShopControl(const Node* n, ShopControls* s) const {
    uint32_t& cart_forms = s->cart_forms;
    uint32_t& cart_buttons = s->cart_buttons;
    auto card = [&] {
      return IsQuickAddName(n->Attr("class")) || IsQuickAddName(n->Attr("id")) ||
             IsCardCartScript(n->Attr("onclick"));
    };
    if (n->Is(TagId::kForm)) {
      if (IsCartAddAction(n->Attr("action")) && !card()) cart_forms = std::min(cart_forms + 1, kShopControlsCap);
      return;
    }
    if (n->Is(TagId::kInput)) {
      const std::string_view type = Trim(n->Attr("type"));
      if (!EqualsIgnoreCase(type, "submit") && !EqualsIgnoreCase(type, "image") && !EqualsIgnoreCase(type, "button"))
        return;
    }
    if ((IsAddToCartName(n->Attr("class")) || IsAddToCartName(n->Attr("id")) ||
         IsAddToCartName(n->Attr("name")) || IsAddToCartName(n->Attr("value")) || CartLabelled(n)) &&
        !card())
      cart_buttons = std::min(cart_buttons + 1, kShopControlsCap);
  }

  // Whether a <button>'s words put the product in the cart ("Add to cart",
  // "Add to bag": a shop whose classes are a styling tool's hashes names
  // its button by its label only; a banner's "Buy now" is no such
  // button). Its first kBuyLabelMaxNodes nodes are read.
  static constexpr size_t kBuyLabelMaxBytes = 32;
  static constexpr size_t kBuyLabelMaxNodes = 32;  // (an icon beside the words)
  mutable std::string label_buf;
  // (Most buttons' first letter rules them out: "Menu", "Search", "x".)
  bool CartLabelled(const Node* n) const {
    if (!n->Is(TagId::kButton) || !n->first_child) return false;
    size_t budget = kBuyLabelMaxNodes;
    for (const Node* d = n->first_child; d && budget-- > 0; d = NextInTree(d, n)) {
      if (!d->is_text()) continue;
      const std::string_view t = Trim(d->data);
      if (t.empty()) continue;
      if (!MayStartAddToCartLabel(t[0])) return false;
      return CollapsedTextInto(n, kBuyLabelMaxBytes + 1, kBuyLabelMaxNodes, &label_buf) &&
             IsAddToCartLabel(label_buf);
    }
    return false;
  }

  // Adds `n` to `list` while it holds fewer than `cap` nodes. (Room for
  // several at the first: grown one at a time, a list is moved again and
  // again.)
  static void Keep(std::vector<const Node*>* list, const Node* n, size_t cap) {
    if (list->size() >= cap) return;
    if (list->capacity() == 0) list->reserve(std::min<size_t>(cap, 16));
    list->push_back(n);
  }

  // The element's metadata hints: keep it on the lists they name.
  void Collect(const Node* n, uint32_t hints) {
    if (hints & kHintItemprop) Keep(&itemprop_nodes, n, 512);
    if (hints & kHintDek) Keep(&dek_nodes, n, 16);
    if (hints & kHintKicker) {
      // (A trail's kicker hint is its breadcrumb word's, which names it
      // navigation too: kept apart, the class not read again.)
      if (IsBreadcrumbHints(hints))
        Keep(&crumb_nodes, n, 8);
      else
        Keep(&kicker_nodes, n, 16);
    }
    if (hints & kHintByline) Keep(&byline_nodes, n, 32);
    if (hints & kHintTitle) Keep(&title_hint_nodes, n, 16);
    if (hints & kHintTags) Keep(&tag_nodes, n, 8);
    if (hints & kHintPoster) Keep(&poster_nodes, n, kMaxPosters);
    if (hints & kHintDate) Keep(&date_nodes, n, 64);
    if (hints & kHintCaption) Keep(&caption_nodes, n, kMaxCaptionNodes);
  }

  // Whether any meta tag of `key` has a value `pred` accepts (a page may
  // declare a key twice: a theme's og:type "article" beside a shop's
  // "product").
  template <typename Pred>
  bool AnyMeta(std::string_view key, Pred pred) const {
    if (!MayHaveKey(key)) return false;
    for (const MetaTag& m : metas)
      if (m.key == key && pred(m.value)) return true;
    return false;
  }
  // Whether a meta tag of a key `pred` accepts has a value.
  template <typename Pred>
  bool AnyMetaKey(Pred pred) const {
    for (const MetaTag& m : metas)
      if (pred(m.key) && !Trim(m.value).empty()) return true;
    return false;
  }

  // The first value of `key`, trimmed. A reference left in it after the
  // parser's decoding was escaped twice ("Tom&amp;#039;s"): decoded again,
  // once, when the value is first read.
  std::string_view Meta(std::string_view key) const {
    if (!MayHaveKey(key)) return {};  // (most keys asked for are not there)
    for (MetaTag& m : metas)
      if (m.key == key && !Trim(m.value).empty()) {
        if (!m.decoded) {
          m.decoded = true;
          if (HoldsCharacterReference(m.value)) m.value = decoded_metas.emplace_front(DecodeCharacterReferences(m.value));
        }
        return Trim(m.value);
      }
    return {};
  }

  // The first object of `id` that holds more than its @id (sorted stably:
  // the first, in the page's order).
  const JsonValue* ById(std::string_view id) const {
    if (id.empty()) return nullptr;
    if (!id_index_built) BuildIdIndex();
    const auto it = std::lower_bound(id_index.begin(), id_index.end(), id,
                                     [](const auto& e, std::string_view k) { return e.first < k; });
    return it != id_index.end() && it->first == id ? it->second : nullptr;
  }

  // Follows {"@id": ...} references to the full object.
  const JsonValue* Resolve(const JsonValue* v) const {
    if (v && v->is_object() && v->members().size() == 1) {
      const JsonValue* id = v->Get("@id");
      if (id && id->is_string()) {
        const JsonValue* r = ById(id->str());
        if (r) return r;
      }
    }
    return v;
  }

 private:
  // The objects with an @id, sorted by it, for ById: a graph of 20,000
  // entities whose references are resolved one by one (a JobPosting's
  // each) is not read whole for each. (Built when a first reference is
  // resolved: most pages resolve none.)
  mutable std::vector<std::pair<std::string_view, const JsonValue*>> id_index;
  mutable bool id_index_built = false;
  void BuildIdIndex() const {
    id_index_built = true;
    id_index.reserve(objects.size());
    for (const JsonValue* o : objects) {
      const JsonValue* i = o->Get("@id");
      if (i && i->is_string() && o->members().size() > 1) id_index.emplace_back(i->str(), o);
    }
    std::stable_sort(id_index.begin(), id_index.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }

  // Every object of the parsed JSON-LD, however many (the article may come
  // last in a graph of thousands): their number is bounded by the JSON-LD's
  // bytes (kMaxJsonLdBytes), and each is read once here.
  void Flatten(const JsonValue& v, int depth, bool review = false, bool nested = false, bool reviewed = false) {
    if (depth > 12) return;
    if (v.is_array()) {
      for (const JsonValue& x : v.items()) Flatten(x, depth + 1, review, nested, reviewed);
    } else if (v.is_object()) {
      objects.push_back(&v);
      object_types.push_back(JsonLdType::Of(v));
      object_types.back().nested_review = review;
      object_types.back().nested = nested;
      object_types.back().reviewed_item = reviewed;
      for (const auto& m : v.members())
        if (m.second.is_object() || m.second.is_array())
          Flatten(m.second, depth + 1, m.first == "review" || m.first == "reviews", m.first != "@graph",
                  m.first == "itemReviewed");
    }
  }
};

// A JSON-LD string as text: CMS plugins often write HTML escapes into it
// ("Q&amp;A", "&#8217;").
std::string_view Unescaped(std::string_view s, std::string* buf) {
  if (s.find('&') == std::string_view::npos) return s;
  *buf = DecodeCharacterReferences(s);
  return *buf;
}

std::string JsonText(const JsonValue* v) {
  if (!v) return {};
  std::string buf;
  if (v->is_string()) return CleanLine(Unescaped(v->str(), &buf));
  if (v->is_array() && !v->items().empty()) return JsonText(&v->items()[0]);
  if (v->is_object()) {
    const JsonValue* n = v->Get("name");
    if (n) return JsonText(n);
  }
  return {};
}

// A string value with its line breaks, markup tags removed (some sites put
// HTML in articleBody).
std::string JsonRawText(const JsonValue* v) {
  if (!v || !v->is_string()) return {};
  std::string out, buf;
  const std::string_view s = Unescaped(v->str(), &buf);
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    // The text up to the next '<' at once.
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) lt = s.size();
    out.append(s.data() + i, lt - i);
    i = lt;
    if (i >= s.size()) break;
    if (i + 1 < s.size() && (IsAsciiAlpha(s[i + 1]) || s[i + 1] == '/')) {
      size_t e = s.find('>', i);
      if (e == std::string::npos) break;
      std::string_view tag = s.substr(i + 1, e - i - 1);
      // Block tags end a line.
      if (StartsWithIgnoreCase(tag, "p") || StartsWithIgnoreCase(tag, "/p") || StartsWithIgnoreCase(tag, "br") ||
          StartsWithIgnoreCase(tag, "h") || StartsWithIgnoreCase(tag, "/h") || StartsWithIgnoreCase(tag, "li") ||
          StartsWithIgnoreCase(tag, "div") || StartsWithIgnoreCase(tag, "/div"))
        out.push_back('\n');
      i = e + 1;
      continue;
    }
    out.push_back('<');
    ++i;
  }
  return out;
}

std::string_view PrimaryLanguage(std::string_view tag, std::string* buf) {
  tag = Trim(tag);
  size_t e = 0;
  while (e < tag.size() && IsAsciiAlpha(tag[e])) ++e;
  if (e < 2 || e > 3) return {};
  if (e < tag.size() && tag[e] != '-' && tag[e] != '_') return {};
  *buf = ToLowerAscii(tag.substr(0, e));
  return *buf;
}

// Today (UTC): the reference day for "not in the future" checks when the
// caller gives none.
ParsedDate TodayUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  ParsedDate d;
  d.year = tm.tm_year + 1900, d.month = tm.tm_mon + 1, d.day = tm.tm_mday;
  return d;
}

// `d` falls on a later day than `ref` (times of day aside).
bool LaterDay(const ParsedDate& d, const ParsedDate& ref) {
  return std::tie(d.year, d.month, d.day) > std::tie(ref.year, ref.month, ref.day);
}

// Seconds since 1970-01-01T00:00Z of `d`, a date with a time of day and a
// zone.
long long UtcSeconds(const ParsedDate& d) {
  return (DayNumber(d) * 1440LL + d.hour * 60 + d.minute - d.tz_minutes) * 60 + d.second;
}

// An ISO stamp lede wrote with a time of day in UTC ("...T03:05:48Z") or
// in no stated zone ("...T03:05:48").
bool IsUtcTimeStamp(std::string_view iso) {
  return iso.size() > 10 && (iso.back() == 'Z' || iso.size() == 19);
}

// `local` is the calendar day some time zone shows for the UTC time `utc`:
// the day before when the UTC hour is early enough for a zone west of
// Greenwich to be still on it (UTC-12 at the most), the day after when it
// is late enough for a zone to the east (UTC+14 at the most).
bool LocalDayOfUtcStamp(const ParsedDate& utc, const ParsedDate& local) {
  if (!utc.valid() || !local.valid() || utc.hour < 0) return false;
  const int diff = DayNumber(local) - DayNumber(utc);
  return (diff == -1 && utc.hour < 12) || (diff == 1 && utc.hour >= 10);
}

// The order the page writes numeric dates in: what its own dates show (a
// date that can be read only one way, "25/09/2023" or "09-25-2023", among
// its date metas, <time> elements and date-classed elements; the first
// ones that tell, the rest never read), else `by_language`'s. A meta is
// read when its key names a date and its value starts with a digit; the first 16
// elements of each list to their first few text nodes, 64 bytes of each.
NumericDateOrder PageDateOrder(const Collector& c, NumericDateOrder by_language) {
  constexpr size_t kElements = 16, kNodes = 6, kBytes = 64;
  // (Only a meta whose key names a date: a version stamp "24.11.05" is no
  // date. Its value may give a time before the date, "12:30 25/09/2023".)
  constexpr size_t kMinDateBytes = 6;
  int vote = 0;
  for (const MetaTag& m : c.metas) {
    if (m.value.size() > kBytes || m.value.size() < kMinDateBytes || !IsAsciiDigit(m.value[0]) ||
        !IsDateMetaKey(m.key))
      continue;
    if ((vote = NumericDateOrderVote(m.value)) != 0) break;
  }
  for (const auto* list : {&c.times, &c.date_nodes}) {
    for (size_t k = 0; k < list->size() && k < kElements && vote == 0; ++k) {
      const Node* n = (*list)[k];
      size_t budget = kNodes;
      for (const Node* d = n->first_child; d && budget-- > 0 && vote == 0; d = NextInTree(d, n))
        if (d->is_text()) {
          const std::string_view t = d->data.substr(0, kBytes);
          if (HasAsciiDigit(t)) vote = NumericDateOrderVote(t);
        }
    }
  }
  if (vote > 0) return NumericDateOrder::kDayFirst;
  if (vote < 0) return NumericDateOrder::kMonthFirst;
  // No numeric date tells: an English page of no stated region whose date
  // stamps name the month after the day ("3 October 2023": a British
  // site's) writes "03/10/2023" day first too. (Its first such stamp among
  // the date-classed elements and <time>s, read as above.)
  if (by_language == NumericDateOrder::kMonthFirstWithSlash)
    for (const auto* list : {&c.date_nodes, &c.times})
      for (size_t k = 0; k < list->size() && k < kElements; ++k) {
        const Node* n = (*list)[k];
        size_t budget = kNodes;
        for (const Node* d = n->first_child; d && budget-- > 0; d = NextInTree(d, n))
          if (d->is_text() && HasAsciiDigit(d->data.substr(0, kBytes)))
            if (const int w = WordDateOrderVote(d->data.substr(0, kBytes)); w != 0)
              return w > 0 ? NumericDateOrder::kDayFirst : by_language;
      }
  return by_language;
}

std::optional<std::string> NormalizeDate(std::string_view s, const ParsedDate& today,
                                         NumericDateOrder order = NumericDateOrder::kMonthFirstWithSlash,
                                         ZoneRegion region = ZoneRegion::kDefault) {
  ParsedDate d = ParseDate(s, order, region);
  if (!d.valid()) return std::nullopt;
  // Allow one day of time-zone slack (a page east of the reference's time
  // zone is a day ahead), across a month's or a year's end too.
  if (LaterDay(d, today) && DayNumber(d) > DayNumber(today) + 1) return std::nullopt;
  return d.ToIso();
}

// The most writers the page's markup (itemprop=author, rel=author) names
// for the page itself; more are a list's cards' writers.
constexpr size_t kMaxMarkupWriters = 6;

// Whether a meta author `value` credits the product that the generator tag
// names (its first word, "Discuz!" of "Discuz! X3.5"): that word alone, or
// that word's team ("Discuz! Team"). Not a person who shares a product's
// name ("Hugo Martin" beside "Hugo 0.121").
bool CreditsGenerator(std::string_view value, std::string_view generator) {
  generator = Trim(generator);
  const std::string_view product = generator.substr(0, generator.find(' '));
  if (product.size() < 3) return false;
  value = Trim(value);
  if (EqualsIgnoreCase(value, product)) return true;
  for (size_t at = FindIgnoreCase(value, product); at != std::string_view::npos;
       at = FindIgnoreCase(value, product, at + 1)) {
    const std::string_view rest = value.substr(at + product.size());
    if ((at == 0 || value[at - 1] == ' ') && StartsWithIgnoreCase(rest, " team")) return true;
  }
  return false;
}

bool LooksLikeName(std::string_view s) {
  // (60 letters, not bytes: a Cyrillic or Greek pair of names, "Олена
  // Коваленко та Андрій Шевченко", takes two bytes a letter.)
  constexpr size_t kMaxLetters = 60;
  if (s.size() < 3 || s.size() > 4 * kMaxLetters || (s.size() > kMaxLetters && CountCodePoints(s) > kMaxLetters))
    return false;
  // A phrase, not a name: capitalized words with a lower-case one that is
  // no particle ("Top Event Industry Trends in", "View more posts"), or
  // three lower-case words and more ("starting zero waste"). Names written
  // in lower case come in one or two words ("jdoe", "kirstin boatto").
  if (s.find(' ') != std::string_view::npos) {
    size_t b = 0, lower = 0, upper = 0, count = 0;
    while (b < s.size()) {
      size_t e = s.find(' ', b);
      if (e == std::string_view::npos) e = s.size();
      const std::string_view w = s.substr(b, e - b);
      b = e + 1;
      if (w.empty()) continue;
      ++count;
      if (w[0] >= 'A' && w[0] <= 'Z') ++upper;
      else if (w[0] >= 'a' && w[0] <= 'z' && !IsNameParticle(w)) ++lower;
    }
    if (lower > 0 && (upper > 0 || count >= 3)) return false;
  }
  size_t words = 1, letters = 0, digits = 0;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    if (c >= 0x80) {
      // Letters of other scripts count; punctuation, arrows and symbols
      // ("\u2022", "\u2190") do not.
      size_t len;
      const uint32_t cp = DecodeUtf8(s, i, &len);
      // (An arrow is a link's, "\u2190 Archive", "Next post \u2192": no
      // name holds one.)
      if (cp >= 0x2190 && cp <= 0x21FF) return false;
      // (Nor a trail's separator set between spaces, "Taller \u203A
      // Iluminaci\u00F3n", "Home \u00BB News": a byline's category path
      // after the name. Guillemets that quote a name hold it, unspaced,
      // "\u00ABDunn and Hale\u00BB", or spaced after the opening one, as
      // French sets a nickname: "Jean \u00AB Johnny \u00BB Dupont".)
      if ((cp == 0x203A || cp == 0x2039 || cp == 0x00BB) && i > 0 && s[i - 1] == ' ' && i + len < s.size() &&
          s[i + len] == ' ' && s.find(cp == 0x00BB ? "\u00AB" : "\u2039") == std::string_view::npos)
        return false;
      // (Nor a sentence's end in a CJK script, "。", "！", "？": a
      // profile card's description, "...关注城市民生、政务服务与社区生活。")
      if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F) return false;
      if (!IsSymbolOrSeparatorCodePoint(cp)) ++letters;
      i += len;
      continue;
    }
    if (c == ' ') ++words;
    if (IsAsciiDigit(c)) ++digits;
    if (IsAsciiAlpha(c)) ++letters;
    if (c == '@' || c == '/' || c == ':' || c == '|' || c == '#' || c == '>') return false;
    ++i;
  }
  return words <= 6 && digits == 0 && letters >= 2;
}

// Whether the words of `text` before its first digit look like a name
// (LooksLikeName) that is no label before a number ("Pressemitteilung Nr.
// 118"): a byline box's name before its date. (Read in place: no copy.)
static bool NameBeforeDigits(std::string_view text) {
  const std::string_view lead = text.substr(0, text.find_first_of("0123456789"));
  return LooksLikeName(lead) && !EndsWithNumberLabel(lead);
}

// One word and nothing else ("Menu", "Imprint", "Operations"): in a box
// classed only `meta` (a card's rating count, a category badge, a footer's
// link) with no "By" and no writer class, that is furniture, not a byline.
// A writer's one-word handle comes with a writer class or a cue.
bool IsOneWord(std::string_view s) {
  s = TrimSpaces(s);
  return !s.empty() && s.find(' ') == std::string_view::npos;
}

// A user name as structured markup gives one: a single word of letters,
// digits and "_", "-", "." ("lulug30", "Need2KnowLion", "user3080392").
bool IsUserName(std::string_view s) {
  if (s.size() < 3 || s.size() > 40) return false;
  size_t letters = 0;
  for (char c : s) {
    if (!IsAsciiAlnum(c) && c != '_' && c != '-' && c != '.') return false;
    letters += IsAsciiAlpha(c);
  }
  return letters >= 2;
}

// Whether a word of `s` (split on spaces) is one `is_word` knows.
bool AnyWord(std::string_view s, bool (*is_word)(std::string_view)) {
  for (size_t b = 0; b < s.size();) {
    const size_t e = std::min(s.find(' ', b), s.size());
    if (is_word(s.substr(b, e - b))) return true;
    b = e + 1;
  }
  return false;
}

// The runs of text (non-blank text nodes) among the first `look` nodes of
// `n`: a name written as one run is a line, not a name split by markup.
int TextRuns(const Node* n, int look) {
  int runs = 0;
  for (const Node* d = n; d && look-- > 0; d = NextInTree(d, n)) runs += d->is_text() && !Trim(d->data).empty();
  return runs;
}

// A name with an organisation's word in it ("Northwind Media Group",
// "Newsroom Staff"): a company, a desk, not a person. The rules that guess
// a name from an uncued line (above a date, first in a byline box, over a
// bio) take none; a credit the page states ("By the Newsroom Staff", a meta
// author) is reported as given.
// The endings of a Chinese, Japanese or Korean news outlet's or body's
// name, written with no space before them ("云江晚报", "华讯网", "新华社",
// "東京新聞", "한국일보", "연합뉴스"): letters that end no person's name.
constexpr std::string_view kCjkOutletEndings[] = {
    "\u62a5", "\u5831", "\u7f51", "\u7db2", "\u793e", "\u7535\u89c6\u53f0", "\u96fb\u8996\u53f0",
    "\u65b0\u95fb", "\u65b0\u805e", "\u9891\u9053", "\u983b\u9053", "\u901a\u4fe1",
    "\uc77c\ubcf4", "\uc2e0\ubb38", "\ub274\uc2a4", "\ubc29\uc1a1"};

// Whether `name` ends in an ending of kCjkOutletEndings after a CJK letter
// (its last word, a space or not before it).
// (A one-letter ending, "报", "社", after three letters at least: a given
// name may end so, "刘建社"; "云江晚报" is a paper's.)
static bool EndsAsCjkOutlet(std::string_view name) {
  name = Trim(name);
  constexpr size_t kLetterBytes = 3, kMinLettersBeforeOne = 3;
  for (std::string_view e : kCjkOutletEndings) {
    if (name.size() <= e.size() || !name.ends_with(e) || static_cast<unsigned char>(name[name.size() - e.size() - 1]) < 0x80)
      continue;
    if (e.size() == kLetterBytes && name.size() - e.size() < kMinLettersBeforeOne * kLetterBytes) continue;
    return true;
  }
  return false;
}

bool NamesAnOrganisation(std::string_view name) { return AnyWord(name, IsOrganisationWord) || EndsAsCjkOutlet(name); }

// Whether `part`, a byline's part after a writer's name, names a news
// outlet: two to six capitalized words (a short lower-case joiner aside:
// "Corriere della Sera"), one of them an outlet's word ("Polska Agencja
// Prasowa", "ABC News", "Süddeutsche Zeitung"), or a paper's title word
// after "The" or after a place in a name of three words or more ("The
// Denver Post", "New York Times"; "Emily Post", "Mary Ann Post" are people).
bool NamesPlaceOfWords(std::string_view part);
[[gnu::noinline]] bool NamesNewsOutlet(std::string_view part) {
  part = Trim(part);
  if (part.size() < 4 || part.size() > 64 || HasAsciiDigit(part)) return false;
  size_t words = 0, titles = 0, last_start = 0;
  bool outlet = false;
  for (size_t b = 0; b < part.size();) {
    const size_t e = std::min(part.find(' ', b), part.size());
    const std::string_view w = part.substr(b, e - b);
    if (!w.empty()) last_start = b;
    b = e + 1;
    if (w.empty()) continue;
    const bool capital = StartsCapitalOrNonAscii(w);
    if (!capital && !(words > 0 && w.size() <= 5 && w[0] >= 'a' && w[0] <= 'z')) return false;
    ++words;
    outlet |= IsNewsOutletWord(w);
    titles += IsNewsOutletTitleWord(w);
  }
  if (words < 2 || words > 6) return false;
  if (outlet || (titles && part.starts_with("The "))) return true;
  // Without "The", a title word names a paper of three words or more when
  // a second one stands with it ("Irish Daily Star") or a place heads it
  // ("Los Angeles Times"): "Mary Ann Post" is a person.
  return words >= 3 && (titles >= 2 || (titles && NamesPlaceOfWords(part.substr(0, last_start))));
}

// Whether `part` names a place of two to four words ("New York", "Los
// Angeles", "Rio de Janeiro", "Mexico City", "Frankfurt am Main"): each
// word capitalized or a place's small word ("de", "am":
// IsPlaceNameParticle), the first a place's opening word, the last its
// closing one, or a small word no person's name holds ("am", "upon")
// among them.
[[gnu::noinline]] bool NamesPlaceOfWords(std::string_view part) {
  part = Trim(part);
  if (part.size() < 5 || part.size() > 48 || HasAsciiDigit(part)) return false;
  size_t words = 0;
  bool opens = false, given = false, closes = false, joined = false, person = false;
  for (size_t b = 0; b < part.size();) {
    const size_t e = std::min(part.find(' ', b), part.size());
    const std::string_view w = part.substr(b, e - b);
    b = e + 1;
    if (w.empty()) continue;
    const bool join = words > 0 && IsPlaceJoiningWord(w);
    if (!StartsCapitalOrNonAscii(w) && !join && !(words > 0 && IsPlaceNameParticle(w))) return false;
    joined |= join;
    if (words++ == 0) {
      opens = IsPlaceOpeningWord(w);
      given = IsPlaceOpeningGivenName(w);
      person = IsCommonGivenName(w);
    }
    closes = IsPlaceClosingWord(w);
  }
  // (An opening word that is also a given name needs a third word:
  // "Santa Cruz de Tenerife", not "Santa Montefiore"; and a closing word
  // that is also a surname after a common given name is a person's name,
  // "Michael Bay", not "Tampa Bay".)
  if (words == 2 && person && closes && !opens && IsPlaceClosingSurname(part.substr(part.rfind(' ') + 1)))
    return false;
  return words >= 2 && words <= 4 && ((opens && !(given && words == 2)) || closes || joined);
}

// The news outlet a byline names after its writers ("Jane Doe, The New
// York Times", "Jan Kowalski | Polska Agencja Prasowa": NamesNewsOutlet),
// or "": SplitAuthors drops it, the caller takes it for the publisher.
[[gnu::noinline]] std::string_view TrailingOutletOf(std::string_view byline) {
  // (Its last separator found by one pass back: find_last_of asks a
  // memchr of each byte.)
  size_t cut = byline.size();
  while (cut > 0 && byline[cut - 1] != ',' && byline[cut - 1] != '|') --cut;
  if (cut <= 1 || byline.size() > 200) return {};
  std::string_view part = Trim(byline.substr(cut));
  while (!part.empty() && part.back() == '.') part.remove_suffix(1);
  return NamesNewsOutlet(part) && !AnyWord(part, IsJobTitleWord) ? part : std::string_view();
}

// Whether every name of `names` is an organisation's (none is a person's;
// true for none): a group's credit, "By the Acme Team", "Acme Staff".
bool AllOrganisations(const std::vector<std::string>& names) {
  return std::all_of(names.begin(), names.end(), [](const std::string& n) { return NamesAnOrganisation(n); });
}

// Whether `name` is an institution's ("Northshore Marine Institute") or a
// release's kind ("Peer-Reviewed Publication"): in a meta box with no cue,
// the issuer of a press release, no writer. (A group credit, "Acme Staff",
// is left to its readers: a credit the page gives.)
bool NamesAnIssuer(std::string_view name) {
  name = name.substr(0, name.find(','));
  return AnyWord(name, IsInstitutionWord) || AnyWord(name, IsReleaseKindWord);
}

// The holder a copyright line names after its year: "© 2025 Jane Doe. All
// rights reserved." gives "Jane Doe" (the years, "Copyright", "(c)" and
// "by" skipped; the name ends at a stop, a comma, a bar or the line's end).
// "" when the line is no copyright line, gives no year before the name
// ("© Acme, 2025": a brand's form), or the holder is a company's ("© 2025
// Acme, Inc.": an organisation's word after the comma).
std::string_view CopyrightHolder(std::string_view line) {
  static constexpr std::string_view kSign = "\xC2\xA9";
  size_t at = line.find(kSign);
  size_t skip = kSign.size();
  if (at == std::string_view::npos) {
    at = FindIgnoreCase(line, "copyright");
    skip = 9;
  }
  if (at == std::string_view::npos) return {};
  std::string_view rest = line.substr(at + skip);
  bool year = false;
  for (bool more = true; more;) {
    more = false;
    while (!rest.empty() && (rest[0] == ' ' || rest[0] == ',' || rest[0] == '-' || IsAsciiDigit(rest[0]))) {
      year |= IsAsciiDigit(rest[0]);
      rest.remove_prefix(1);
      more = true;
    }
    for (std::string_view w : {std::string_view("\xE2\x80\x93"), kSign, std::string_view("(c)"),
                               std::string_view("copyright "), std::string_view("by ")})
      if (StartsWithIgnoreCase(rest, w)) {
        rest.remove_prefix(w.size());
        more = true;
      }
  }
  if (!year) return {};
  const size_t end = rest.find_first_of(".,|");
  std::string_view holder = Trim(rest.substr(0, end));
  if (const size_t all = FindIgnoreCase(holder, "all rights"); all != std::string_view::npos)
    holder = Trim(holder.substr(0, all));
  if (end != std::string_view::npos && rest[end] == ',') {
    const std::string_view after = Trim(rest.substr(end + 1));
    if (IsOrganisationWord(after.substr(0, after.find_first_of(" .,"))) || NamesAnOrganisation(after.substr(0, 24)))
      return {};
  }
  return holder;
}

// Whether the host's letters spell `name` ("Toby Hede" of tobyhede.com,
// "Jane Doe" of jane-doe.net): a site named after a person. Labels but the
// top-level domain are read; "www." is no label of the name.
bool HostSpellsName(std::string_view host, std::string_view name) {
  std::string letters;
  for (char ch : name) {
    if (IsAsciiAlnum(ch)) letters.push_back(ToLowerAscii(ch));
    else if (ch != ' ' && ch != '-' && ch != '.' && ch != '\'') return false;
  }
  if (letters.size() < 4) return false;
  for (size_t b = 0; b < host.size();) {
    const size_t e = std::min(host.find('.', b), host.size());
    if (e == host.size()) break;  // the top-level domain
    std::string label;
    for (char ch : host.substr(b, e - b))
      if (ch != '-') label.push_back(ToLowerAscii(ch));
    if (label == letters) return true;
    b = e + 1;
  }
  return false;
}

// Whether the post says another person wrote it: a "Guest post:" title, or
// a cue ("written by", "guest post") in the article's
// first text (a personal site's copyright holder did not write it then).
bool NamesAnotherWriter(std::string_view title, const Node* headline) {
  if (HasGuestPostCue(title)) return true;
  return headline && headline->parent && HasGuestPostCue(CollapsedText(headline->parent, 1500));
}

// A name held to a byline's screens: a person's, with no organisation's
// word and no noise word such as "Staff" (for names no cue vouches for).
bool IsPersonCredit(std::string_view name) {
  return LooksLikeName(name) && !NamesAnOrganisation(name) && !AnyWord(name, IsNoiseAuthorWord);
}

// A name as a CMS account gives it, not as a byline would: one word with
// dots, underscores or digits ("andrew.keaveney", "jdoe_2"), lower case
// only ("jsmith"), or with a capital inside ("KatieS"); or an account word
// ("NOC Admin", "webmaster").
bool LooksLikeAccount(const std::string& name) {
  if (AnyWord(name, IsAccountWord)) return true;
  if (name.find(' ') != std::string::npos) return false;
  bool upper = false, inner_capital = false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '.' || c == '_' || IsAsciiDigit(c)) return true;
    if (c >= 'A' && c <= 'Z') {
      upper = true;
      inner_capital |= i > 0 && name[i - 1] >= 'a' && name[i - 1] <= 'z';
    }
  }
  // (A name in a script with no capitals, Hebrew's and later ones: Arabic,
  // Thai, Chinese "刘思远", Korean, is one word with no capital as written,
  // no login.)
  size_t len = 0;
  const bool uncased = !name.empty() && static_cast<unsigned char>(name[0]) >= 0x80 && DecodeUtf8(name, 0, &len) >= 0x0590;
  return !uncased && (!upper || inner_capital);
}

// schema.org types of written articles (page type "article").
constexpr std::string_view kWrittenTypes[] = {
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
    "ScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting", "SatiricalArticle",
    "AdvertiserContentArticle", "Blog", "HowTo",
};

// schema.org types of news reports: their datePublished is the day the news
// was reported, which an update does not change.
constexpr std::string_view kNewsTypes[] = {
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting",
};

// schema.org types that mark a list of items.
constexpr std::string_view kListTypes[] = {"ItemList", "CollectionPage", "SearchResultsPage",
                                           "OfferCatalog"};

// Page furniture whose dates are never the page's: navigation, sidebars,
// footers, forms, comment sections (but a thread's posts), related-story
// lists, ads, hidden elements.
bool IsDateFreeFurniture(const Node* n, uint32_t h, bool forum) {
  if (n->Is(TagId::kNav) || n->Is(TagId::kAside) || n->Is(TagId::kFooter) || n->Is(TagId::kForm)) return true;
  if (h & (kHintBoilerplate | kHintRelated | kHintNavigation | kHintAd | kHintHidden)) return true;
  if (!forum && (h & kHintComments)) return true;
  return n->HasAttr("hidden") || IsHiddenStyle(n->Attr("style"));
}

// The page itself, to tell its own header from a teaser card's: its
// headline and its addresses (resolved; empty when unknown).
struct OwnPage {
  const Node* headline = nullptr;
  std::string url, canonical;
  std::string_view base;  // the document's base URL, which `href`s resolve against
};

// The page's own heading and addresses: its URL, its base, its canonical
// address resolved against the base.
OwnPage MakeOwnPage(const Node* headline, std::string_view url, std::string_view base, std::string_view canonical) {
  OwnPage own;
  own.headline = headline;
  if (!url.empty()) own.url = std::string(url);
  own.base = base;
  if (std::string_view canon = Trim(canonical); !canon.empty())
    own.canonical = base.empty() ? std::string(canon) : ResolveUrl(base, canon);
  return own;
}

// The address `u` without its fragment and a trailing slash, to compare.
std::string_view ComparableUrl(std::string_view u) {
  u = u.substr(0, std::min(u.find('#'), u.size()));
  if (u.ends_with('/')) u.remove_suffix(1);
  return u;
}

// Whether the heading `h`, linked by `link`, heads the page itself: it is
// the page's headline, or links to the page ("<h2 class=entry-title><a
// href=PERMALINK>", a blog template's post header).
bool IsOwnHeading(const Node* h, const Node* link, const OwnPage& own) {
  if (h == own.headline) return true;
  const std::string_view href = Trim(link->Attr("href"));
  if (href.empty() || (own.url.empty() && own.canonical.empty())) return false;
  const std::string to = ResolveUrl(!own.base.empty() ? own.base : !own.url.empty() ? own.url : own.canonical, href);
  const std::string_view target = ComparableUrl(to);
  return (!own.url.empty() && target == ComparableUrl(own.url)) ||
         (!own.canonical.empty() && target == ComparableUrl(own.canonical));
}

// Whether `p`, `up` levels above a date and holding a link around a
// heading, is a card: one or two levels up, not the headline's own box (the
// headline inside it, an <h1> among its children) and little text (a
// teaser's line, not a story's paragraphs: a story's inline promo, "<a
// href=/other><h3>Read more: ...</h3></a>", is no card around its dateline).
bool IsCardSized(const Node* p, int up, const Node* headline) {
  constexpr int kCardLevels = 2;         // levels up from the date
  constexpr int kHeadlineLevels = 12;    // the headline's ancestors read
  constexpr int kChildrenRead = 16;      // the card's children read for an <h1>
  constexpr size_t kCardTextBytes = 400;  // a card's text at most
  constexpr size_t kCardNodes = 200;      // nodes read for its text
  if (up > kCardLevels) return false;
  int levels = kHeadlineLevels;
  for (const Node* h = headline; h && levels-- > 0; h = h->parent)
    if (h == p) return false;
  int children = kChildrenRead;
  for (const Node* c = p->first_child; c && children-- > 0; c = c->next)
    if (c->Is(TagId::kH1)) return false;
  return !ScanText(p, kCardTextBytes, /*find_digit=*/false, kCardNodes).over;
}

// A link to a place on the page itself ("<h2><a class=anchor
// href=#setup>", a section heading's permalink): it points to no other story.
bool IsInPageLink(const Node* a) { return IsFragmentHref(a->Attr("href")); }

// Whether the heading `h` links to another page: an <a href> that is no
// in-page link among its first `max_nodes` nodes below it.
bool HeadingLinksAway(const Node* h, int max_nodes) {
  for (const Node* k = h->first_child; k && max_nodes-- > 0; k = NextInTree(k, h))
    if (k->Is(TagId::kA) && k->HasAttr("href") && !IsInPageLink(k)) return true;
  return false;
}

// A date inside a link, or beside a linked heading, dates the story a
// teaser card points to, not this page (a link within the page, a
// heading's own anchor, IsInPageLink, makes no card). Looks two levels up. A link marked
// aria-current="page" points to this page (a site builder wraps the
// byline, date and all, in a link to the post itself): its date is the
// page's. With `own`, a heading of the page itself (IsOwnHeading) is no
// card's; a link around a heading makes a card only of a card-sized box
// (IsCardSized).
bool InTeaserCard(const Node* n, const OwnPage* own = nullptr) {
  constexpr int kCardLevels = 3;      // levels up from `n` to the card
  constexpr int kLinkLevels = 8;      // levels up from `n` to a link around the card
  constexpr int kCardLinkNodes = 96;  // nodes of such a link read for its heading
  constexpr int kChildrenRead = 16;   // a card's children read for its heading
  constexpr int kHeadingLinks = 16;   // a heading's children read for its link
  const Node* p = n;
  for (int up = 0; up < kCardLevels && p && p->is_element(); ++up, p = p->parent) {
    if (p->Is(TagId::kA)) return !EqualsIgnoreCase(Trim(p->Attr("aria-current")), "page");
    if (up == 0) continue;
    int children = kChildrenRead;
    for (const Node* c = p->first_child; c && children-- > 0; c = c->next) {
      // A link that holds the card's heading ("<a href=/story><img>
      // <h3>...</h3></a><p class=date>": Ghost's post cards).
      if (c->Is(TagId::kA) && c->HasAttr("href")) {
        int inside = kHeadingLinks;
        for (const Node* k = c->first_child; k && inside-- > 0; k = NextInTree(k, c))
          if (k->Is(TagId::kH2) || k->Is(TagId::kH3) || k->Is(TagId::kH4)) {
            if (IsInPageLink(c) || (own && IsOwnHeading(k, c, *own)) ||
                !IsCardSized(p, up, own ? own->headline : nullptr))
              break;
            return true;
          }
        continue;
      }
      if (!c->is_element() || !(c->Is(TagId::kH2) || c->Is(TagId::kH3) || c->Is(TagId::kH4))) continue;
      int links = kHeadingLinks;
      for (const Node* k = c->first_child; k && links-- > 0; k = k->next)
        if (k->Is(TagId::kA) && !IsInPageLink(k)) {
          if (own && IsOwnHeading(c, k, *own)) break;
          return true;
        }
    }
  }
  // A card that is one link, its picture, heading, excerpt and meta row
  // inside, the date deep in it ("<a class=entry-card-wrap><article>...
  // <div class=entry-card-meta><div><span class=post-date><span
  // class=entry-date>": WordPress themes' cards). The link must hold a
  // card's heading (an <h2> to <h4>, not the page's own, IsOwnHeading)
  // and no <h1>: a theme's "Posted on" link around the post's own <time>,
  // a byline linked to the writer's page, a post header wrapped in a link
  // to itself hold the page's date.
  for (int up = kCardLevels; up < kLinkLevels && p && p->is_element(); ++up, p = p->parent) {
    if (!p->Is(TagId::kA)) continue;
    if (EqualsIgnoreCase(Trim(p->Attr("aria-current")), "page") || IsInPageLink(p)) return false;
    bool card_heading = false;
    int budget = kCardLinkNodes;
    for (const Node* k = p->first_child; k && budget-- > 0; k = NextInTree(k, p)) {
      if (k->Is(TagId::kH1) || (own && k == own->headline)) return false;
      if (!card_heading && (k->Is(TagId::kH2) || k->Is(TagId::kH3) || k->Is(TagId::kH4)))
        card_heading = !(own && IsOwnHeading(k, p, *own));
    }
    return card_heading;
  }
  return false;
}

// Whether the byline element `n` is a teaser card's: in one (see
// InTeaserCard), a link to the writer's page judged from its parent (it is
// a link itself).
bool BylineInTeaserCard(const Node* n, const OwnPage& own) {
  if (n->Is(TagId::kA)) n = n->parent;
  return n && n->is_element() && InTeaserCard(n, &own);
}

// Whether the element `n` (its class `cls`) has a twin beside it: the
// element before or after it of its tag and class, one that `also`
// accepts. One of a row of cards has ("<li class=card>", "<div
// class=post-block>" twice). (Past a text node or a comment or two, a
// separator's too ("·"): kBlankSiblingsSkipped nodes each side, not read.)
template <typename Also>
bool HasTwinBeside(const Node* n, std::string_view cls, Also&& also) {
  auto twin = [&](const Node* s, bool forward) {
    for (int k = 0; k < kBlankSiblingsSkipped && s && !s->is_element(); ++k) s = forward ? s->next : s->prev();
    return s && s->is_element() && s->tag == n->tag && s->Attr("class") == cls && also(s);
  };
  return twin(n->prev(), false) || twin(n->next, true);
}

// Whether the byline element `n` is in one of a list's repeated teaser
// cards: a box up to five levels above it that has an element beside it of
// its tag and class (the next card: "<li class=card>", "<div
// class=post-block>"), holds a heading (h2-h4) that links to another page
// and a teaser's text, no story's (kCardTextBytes). A story's own header
// under a linked heading (a chapter's, under its book's title) stands
// alone, and its byline sits in no such box. A card may title its story
// with a bare link instead of a heading ("<li class=item><a
// href=/2015/04/28/story>Headline of the story</a><p><span
// class=author>By ...</span></p>", a sidebar's most-read list): a link
// that stands before the byline's box (or a box around it, inside the
// card) and reads as a headline: kCardTitleWords words at least (which
// leaves out a "More" or "Read on" link; no word of it is looked at).
bool InRepeatedTeaserCard(const Node* n) {
  constexpr int kLevels = 5;
  constexpr size_t kCardTextBytes = 600;
  constexpr size_t kCardNodes = 300;
  constexpr size_t kCardTitleWords = 3;
  constexpr int kSiblingsRead = 8;  // nodes read before each box on the way up (text nodes too)
  std::string title;  // one buffer for every link read
  auto titles_story = [&title](const Node* a) {
    if (!a->Is(TagId::kA) || !a->HasAttr("href") || IsInPageLink(a)) return false;
    CollapsedTextInto(a, 200, 32, &title);
    return !title.empty() && static_cast<size_t>(std::count(title.begin(), title.end(), ' ')) + 1 >= kCardTitleWords;
  };
  const Node* p = n->parent;
  for (int up = 0; up < kLevels && p && p->is_element() && !p->Is(TagId::kBody); ++up, p = p->parent) {
    const std::string_view cls = p->Attr("class");
    if (cls.empty() && !p->Is(TagId::kLi) && !p->Is(TagId::kArticle)) continue;
    if (!HasTwinBeside(p, cls, [](const Node*) { return true; })) continue;
    if (ScanText(p, kCardTextBytes, /*find_digit=*/false, kCardNodes).over) return false;
    int budget = static_cast<int>(kCardNodes);
    // (A heading that links away, or one inside the card's link: PyPI's
    // "<a class=package-snippet href=/project/x/><h3>...<time>".)
    auto in_card_link = [p](const Node* h) {
      for (const Node* a = h->parent; a && a != p->parent; a = a->parent)
        if (a->Is(TagId::kA) && a->HasAttr("href") && !IsInPageLink(a)) return true;
      return false;
    };
    for (const Node* d = p->first_child; d && budget-- > 0; d = NextInTree(d, p))
      if ((d->Is(TagId::kH2) || d->Is(TagId::kH3) || d->Is(TagId::kH4)) && (HeadingLinksAway(d, 16) || in_card_link(d)))
        return true;
    // (The bare link: an element before the byline's own box, at some
    // level from the byline up to the card.)
    for (const Node* b = n; b && b != p; b = b->parent) {
      int read = kSiblingsRead;
      for (const Node* s = b->prev(); s && read-- > 0; s = s->prev())
        if (s->is_element() && titles_story(s)) return true;
    }
    return false;
  }
  return false;
}

// Whether `n` has a data-* attribute: every stamp attribute is one
// (kEpochStampAttrs, kPublishStampAttrs), and most elements have none, so
// one look at the names passes them without a lookup per stamp name.
bool HasDataAttr(const Node* n) {
  for (uint32_t i = 0; i < n->num_attrs; ++i)
    if (n->attrs[i].name.starts_with("data-")) return true;
  return false;
}

// The text node right after the element `n`, past white space (at most
// two blank siblings), when it holds words: loose text beside the element.
const Node* LooseTextAfter(const Node* n) {
  const Node* t = n->next;
  for (int blanks = 2; t && t->is_text() && Trim(t->data).empty() && blanks-- > 0;) t = t->next;
  return t && t->is_text() && !Trim(t->data).empty() ? t : nullptr;
}

// A date line set loose after the title is short: "20 December 2025",
// "Saturday, 14 June 2025" (a longer line is a sentence with a date).
constexpr size_t kLooseDateMaxBytes = 40;
// How far after the headline (in nodes) a plain line that only tells the
// story's age ("3 hours ago") is read as its stamp: the byline's rows.
constexpr uint32_t kRelativeLineMaxNodesAfterHeadline = 24;
// ... before any text longer than this (a paragraph of the story).
constexpr size_t kRelativeLineMaxProseBefore = 150;

// The date line that opens list item `li` as loose text (its first
// non-blank child, a short IsDateLine) when a poster-classed element
// (kHintPoster) follows among its next kLoosePostNodes nodes: a forum
// post's stamp run into the post ("<li>03-07-2023, 09:14 AM<div
// class=userinfo><a class=username>"); else null.
constexpr int kLoosePostNodes = 24;
const Node* LooseStampOpeningPost(const Node* li, const HintTable& hints) {
  const Node* t = li->first_child;
  if (t && t->is_text() && Trim(t->data).empty()) t = t->next;
  if (!t || !t->is_text() || !HasAsciiDigit(t->data)) return nullptr;
  const std::string_view line = Trim(t->data);
  if (line.size() > kLooseDateMaxBytes || !IsDateLine(line)) return nullptr;
  int budget = kLoosePostNodes;
  for (const Node* d = t->next; d && budget-- > 0; d = NextInTree(d, li))
    if (d->is_element() && (hints[d] & kHintPoster)) return t;
  return nullptr;
}

// What follows a loose date, read this far (bytes, nodes): enough for
// an event's first lines ("Doors open at seven", "Tickets $20").
constexpr size_t kEventDetailBytes = 300;
constexpr size_t kEventDetailNodes = 24;

// Whether the text after the loose date `t` (its next sibling, the first
// kEventDetailBytes of it) tells of an event (IsEventDetailText).
bool EventDetailsAfter(const Node* t) {
  std::string text;
  int siblings = 2;
  for (const Node* s = t->next; s && siblings-- > 0; s = s->next) {
    if (s->is_text()) {
      text.append(s->data.substr(0, kEventDetailBytes));
    } else if (s->is_element()) {
      std::string part;
      CollapsedTextInto(s, kEventDetailBytes, kEventDetailNodes, &part);
      text += ' ';
      text += part;
    }
  }
  return IsEventDetailText(text);
}

// The machine-readable moment of an empty timeago element (one a script
// fills with "3 days ago"): its `datetime` attribute, or the `ts` some
// web components use; empty when it has neither. A `<time>` is not one:
// its datetime is read with its text elsewhere.
std::string_view MachineStampAttr(const Node* n) {
  if (n->Is(TagId::kTime)) return {};
  for (std::string_view name : kMachineStampAttrs) {
    const std::string_view v = Trim(n->Attr(name));
    if (!v.empty()) return v;
  }
  return {};
}

// Where the search for a byline or a date stamp around the headline
// starts: a few levels above it (they may sit before it in the same header
// block), but no more than ~80 nodes before it, so that a site header in the
// same wrapper does not use up the search.
const Node* HeadlineWindowStart(const Node* headline, const Node* root) {
  constexpr uint32_t kNodesBefore = 80;
  const Node* start = headline;
  for (int up = 0; up < 3 && start->parent && start->parent->is_element() && !start->parent->Is(TagId::kBody); ++up)
    start = start->parent;
  // Node ids follow document order (creation order) nearly everywhere.
  const uint32_t from = headline->id > kNodesBefore ? headline->id - kNodesBefore : 0;
  // A subtree that ends before `from` is stepped over whole (a site header
  // of a thousand nodes is not walked node by node).
  // (Not everywhere: a node the parser moved after creating later ones has
  // an id out of document order, as a headline foster-parented out of a
  // <table> before it ("<table><p>..<h1>": the table's id is the smaller).
  // Stepped over with such a subtree, the headline is passed and the walk
  // runs to the document's end: the window then starts at the headline.)
  while (start != headline && start->id < from) {
    const Node* after = NextSkippingChildren(start, root);
    start = after && after->id <= from ? after : NextInTree(start, root);
    if (!start) return headline;
  }
  return start;
}

// Whether `name` is shown in a text node by the headline (from 80 nodes
// before it to 60 after, 250 nodes read at most): a name a meta tag gives
// that the reader sees there (a byline, a meta row) is the page's writer,
// not only the account that posted the page.
constexpr uint32_t kNameShownAfter = 60;   // nodes after the headline
constexpr int kNameShownReadNodes = 250;  // nodes read at most

static bool NameShownByHeadline(const Node* headline, const Node* root, std::string_view name) {
  if (name.size() < 2) return true;
  // (FindIgnoreCase takes its needle in lower case.)
  std::string lower(name);
  for (char& ch : lower) ch = ToLowerAscii(ch);
  int budget = kNameShownReadNodes;
  for (const Node* n = HeadlineWindowStart(headline, root);
       n && budget-- > 0 && n->id <= headline->id + kNameShownAfter;
       n = NextInTree(n, root))
    if (n->is_text() && n->data.size() >= lower.size() && FindIgnoreCase(n->data, lower) != std::string_view::npos)
      return true;
  return false;
}

// Whether `a` and `b` name one person, one of them with the first name
// in initial form: "J. Smith" and "Jane Smith" (the same surname, the
// initial the first letter of the other's first name). A byline that
// shortens the meta tag's name is the same writer, not another one.
bool SameNameByInitial(std::string_view a, std::string_view b) {
  constexpr size_t kMaxWords = 6;
  auto words = [](std::string_view s, std::vector<std::string_view>* out) {
    size_t i = 0;
    while (i < s.size() && out->size() <= kMaxWords) {
      while (i < s.size() && (IsAsciiSpace(static_cast<unsigned char>(s[i])) || s[i] == ',')) ++i;
      size_t j = i;
      while (j < s.size() && !IsAsciiSpace(static_cast<unsigned char>(s[j])) && s[j] != ',') ++j;
      if (j > i) out->push_back(s.substr(i, j - i));
      i = j;
    }
  };
  std::vector<std::string_view> wa, wb;
  words(a, &wa);
  words(b, &wb);
  if (wa.size() < 2 || wb.size() < 2 || wa.size() > kMaxWords || wb.size() > kMaxWords) return false;
  auto initial = [](std::string_view w) {
    return (w.size() == 1 || (w.size() == 2 && w[1] == '.')) && IsAsciiAlpha(static_cast<unsigned char>(w[0]));
  };
  const std::string_view fa = wa.front(), fb = wb.front();
  if (initial(fa) == initial(fb)) return false;
  if (ToLowerAscii(fa[0]) != ToLowerAscii(fb[0])) return false;
  const std::string last = NormalizeForCompare(wa.back());
  return !last.empty() && last == NormalizeForCompare(wb.back());
}

// A block right after a byline line ("<p>Written by Jane Doe</p><p>April 8,
// 2024</p>"): an author box's date line, unmarked. Strong cues only ("By"
// opens sentences too); the previous element is looked for among four
// siblings and read up to 200 bytes.
bool AfterBylineLine(const Node* n) {
  const Node* prev = PrevElementFrom(n->prev());
  if (!prev) return false;
  const std::string line = CollapsedText(prev, 200);
  return line.size() < 160 && !StripBylineCue(line, /*strong_only=*/true, PublisherCue::kIfDated).empty();
}

// Microdata types of a reply to the page's item.
constexpr std::string_view kReplyTypes[] = {"Comment", "Answer"};
// Microdata types of a review, a reply when it is another item's property.
constexpr std::string_view kReviewTypes[] = {"Review"};

// Whether `n` sits in a reply's microdata item (the nearest itemscope
// above it has a reply type). A reply's dates sit a few levels below it: the
// climb stops after 64 (a page nested a million deep stays linear).
bool InReplyItem(const Node* n) {
  int levels = 64;
  for (const Node* p = n->parent; p && p->is_element() && levels-- > 0; p = p->parent) {
    if (!p->HasAttr("itemscope")) continue;
    const std::string_view type = Trim(p->Attr("itemtype"));
    if (ItemtypeIs(type, kReplyTypes, std::size(kReplyTypes))) return true;
    // A buyer's review given as a property of the page's item (a shop's
    // "<div itemprop=review itemscope itemtype=.../Review>" under its
    // Product: Shopware, Magento): the review's day, not the page's. (A
    // review that is the page, no item's property, dates it.)
    return ItemtypeIs(type, kReviewTypes, std::size(kReviewTypes)) && EqualsIgnoreCase(Trim(p->Attr("itemprop")), "review");
  }
  return false;
}

// Whether `n` sits in a Review's microdata item (the nearest itemscope above
// it is a Review): a customer's review of the thing the page offers.
bool InReviewItem(const Node* n) {
  static constexpr std::string_view kReview[] = {"Review"};
  int levels = 64;
  for (const Node* p = n->parent; p && p->is_element() && levels-- > 0; p = p->parent) {
    if (p->HasAttr("itemscope")) return ItemtypeIs(Trim(p->Attr("itemtype")), kReview, 1);
  }
  return false;
}

// How many nodes of a figure are read for its picture, and how many levels
// a caption climbs to find its picture.
constexpr int kFigureImageScanNodes = 32;
constexpr int kCaptionImageLevels = 2;
// A credit-classed line beside the lead picture, at most (longer: a
// footer's notice, its links).
constexpr size_t kBesideCreditMaxBytes = 100;
// How far up a caption-classed box is looked at for a <figure> around it.
constexpr int kCaptionFigureLevels = 6;

// Whether caption box `n` stands in a <figure>, kCaptionFigureLevels
// levels up at most (read with the figures, not beside the lead image).
bool InFigureAbove(const Node* n) {
  int up = 0;
  for (const Node* p = n->parent; p && p->is_element() && up < kCaptionFigureLevels; p = p->parent, ++up)
    if (p->Is(TagId::kFigure)) return true;
  return false;
}
// The nodes of a figure's caption or credit read for the lead image's.
constexpr size_t kFigureTextMaxNodes = 512;

// The first <img> among `root`'s first kFigureImageScanNodes descendants;
// nullptr when none.
const Node* FirstImage(const Node* root) {
  int budget = kFigureImageScanNodes;
  for (const Node* n = root->first_child; n && budget-- > 0; n = NextInTree(n, root))
    if (n->Is(TagId::kImg)) return n;
  return nullptr;
}

// A caption's credit in a data attribute ("data-credit", Gannett's
// "data-c-credit", "data-photo-credit"): its value, or "" when none.
// (A name: a letter and a space at least, so that a flag's value,
// "data-show-credit=true", is passed over.)
std::string_view DataCreditAttr(const Node* n) {
  for (uint32_t i = 0; i < n->num_attrs; ++i) {
    const std::string_view name = n->attrs[i].name.view();
    if (!(name == "data-credit" || (name.size() > 11 && name.starts_with("data-") && name.ends_with("-credit"))))
      continue;
    const std::string_view value = Trim(n->attrs[i].value.view());
    if (value.find(' ') != std::string_view::npos && HasCaptionWord(value)) return value;
  }
  return {};
}

// The picture a caption box stands beside: the first <img> of its parent
// or, failing that, of its grandparent (kCaptionImageLevels levels); null
// when none.
const Node* PictureNearCaption(const Node* caption) {
  int levels = kCaptionImageLevels;
  for (const Node* p = caption->parent; p && p->is_element() && levels-- > 0; p = p->parent)
    if (const Node* img = FirstImage(p)) return img;
  return nullptr;
}

// The address of picture `img` when the page loads it; empty when none, or
// lazy (no src) or a data: stand-in.
std::string_view LoadedImageSrc(const Node* img) {
  if (!img) return {};
  const std::string_view src = Trim(img->Attr("src"));
  return src.empty() || StartsWithIgnoreCase(src, "data:") ? std::string_view() : src;
}

// Whether `n` or one of its 10 nearest ancestors is a reply's microdata
// item or a box whose hints `is_box` accepts. (A class word on a wrapper of
// the whole page is too far up to say anything: so is <body>'s, which
// names the page's kind, "comments-page" on a thread's page.)
template <typename IsBox>
bool InSectionNear(const Node* n, const HintTable& hints, IsBox&& is_box) {
  int levels = 10;
  for (const Node* p = n; p && p->is_element() && p->tag != TagId::kBody && levels-- > 0; p = p->parent) {
    if (is_box(hints[p])) return true;
    if (p->num_attrs && p->HasAttr("itemscope") &&
        ItemtypeIs(Trim(p->Attr("itemtype")), kReplyTypes, std::size(kReplyTypes)))
      return true;
  }
  return false;
}

// Whether `n` sits in a comment or review section (class words, or a
// reply's microdata item), in a box of related stories or among people the
// page presents (testimonials, experts, the team): the names there are
// commenters', other writers' or its subjects', not the author's.
bool InOthersSection(const Node* n, const HintTable& hints) {
  return InSectionNear(n, hints, [](uint32_t h) { return (h & (kHintComments | kHintRelated | kHintPeople)) != 0; });
}

// Whether `n` sits in the page's furniture around the story: the page's
// own <footer> or <aside> (one in no <article>: the copyright line's day,
// a widget's "Recent posts" day; a <footer> in <main> or in a content-
// classed box closes the story) or a theme's sidebar column
// (NamesSidebar), with no <article> or content-classed box nearer.
// (WordPress's and Drupal's <footer> inside the <article> hold the post's
// own "Posted on" stamp.) Never a box around the headline: a date there is
// the story's.
bool InPageFurniture(const Node* n, const HintTable& hints, const Node* headline) {
  const Node* box = nullptr;
  bool sidebar = false;
  int levels = 24;
  for (const Node* p = n; p && p->is_element() && p->tag != TagId::kBody && levels-- > 0; p = p->parent) {
    if (p->Is(TagId::kArticle)) return false;
    if (!box && (hints[p] & (kHintContent | kHintArticleBody))) return false;
    if (box) {
      // (A <footer> in <main> or in a content box closes the story.)
      if (box->Is(TagId::kFooter) && (p->Is(TagId::kMain) || (hints[p] & (kHintContent | kHintArticleBody))))
        return false;
      continue;
    }
    if (p->Is(TagId::kFooter) || p->Is(TagId::kAside)) {
      box = p;
    } else if (p->num_attrs && NamesSidebar(p->Attr("class"), p->Attr("id"))) {
      box = p;
      sidebar = true;
      break;  // (a sidebar column is one wherever it stands)
    }
  }
  if (!box || (!sidebar && levels < 0)) return false;
  for (const Node* q = headline; q; q = q->parent)
    if (q == box) return false;
  return true;
}

// Whether `text` runs to `words` words or more (space-parted).
bool HasWords(std::string_view text, size_t words) {
  return !text.empty() && static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) + 1 >= words;
}

// Whether the stamp `n` is one of a row of stamped cards: a box up to
// kStampedCardLevels levels above it, not holding the headline, that
// holds a heading (h2-h4) linking to another page (or set in such a
// link: Medium's "<a href=/story><h2>...</h2><h3>...</h3></a>") and has a
// twin beside it (its tag and class) holding a <time> or an element of
// the stamp's tag and class (an <article>'s or an <li>'s twin whatever it
// holds): an index's post, a tag page's story in its
// feed, each dated; a card's box holds kStampedCardTextBytes of text at
// most. A story's own header stamps it once, under its headline. (The
// boxes' first kStampedCardNodes nodes read.) Not on threads: there the
// posts, each under its poster's linked name, are the page.
constexpr int kStampedCardLevels = 12;
constexpr int kStampedCardNodes = 200;
constexpr size_t kStampedCardTextBytes = 800;
constexpr size_t kStampedCardTitleWords = 3;
bool InStampedCardRow(const Node* n, const Node* headline) {
  const std::string_view stamp_cls = n->Attr("class");
  auto holds = [](const Node* box, auto&& pred) {
    return FirstDescendantWithin(box, kStampedCardNodes, [&](const Node* d) { return d->is_element() && pred(d); });
  };
  int levels = kStampedCardLevels;
  for (const Node* p = n->parent; p && p->is_element() && !p->Is(TagId::kBody) && levels-- > 0; p = p->parent) {
    if (headline && IsWithin(headline, p)) return false;
    const std::string_view cls = p->Attr("class");
    if (cls.empty() && !p->Is(TagId::kLi) && !p->Is(TagId::kArticle)) continue;
    // (An <article> or <li> card's twin is one whatever it holds: Medium
    // sets its days in bare <span>s.)
    const bool list_item = p->Is(TagId::kArticle) || p->Is(TagId::kLi);
    const bool stamped_twin = HasTwinBeside(p, cls, [&](const Node* twin) {
      return list_item || holds(twin, [&](const Node* d) {
               return d->Is(TagId::kTime) || (d->tag == n->tag && !stamp_cls.empty() && d->Attr("class") == stamp_cls);
             });
    });
    if (!stamped_twin) continue;
    // (A card is small: a box of more text is a section of the story, a
    // roundup's, whose own picks link away.)
    if (ScanText(p, kStampedCardTextBytes, /*find_digit=*/false, kStampedCardNodes).over) return false;
    // (A headline's words: kStampedCardTitleWords at least. A post's
    // heading that links its poster's name, "<h4><a
    // href=/members/jdoe.42/>jdoe</a></h4>", titles no story.)
    std::string title;
    return holds(p, [&](const Node* d) {
      if (!(d->Is(TagId::kH2) || d->Is(TagId::kH3) || d->Is(TagId::kH4))) return false;
      bool away = HeadingLinksAway(d, 16);
      for (const Node* a = d->parent; !away && a && a != p; a = a->parent)
        away = a->Is(TagId::kA) && a->HasAttr("href") && !IsInPageLink(a);
      if (!away) return false;
      CollapsedTextInto(d, 120, 32, &title);
      return HasWords(title, kStampedCardTitleWords);
    }) != nullptr;
  }
  return false;
}

// Whether `n` sits in an <aside> or a box ARIA names complementary that
// stamps a list (kComplementaryTimes <time>s or more among its first
// kComplementaryReadNodes nodes, and as many links away titled in
// kComplementaryItemWords words or more: a sidebar's block of news, each
// item dated), in no <article> and away from the headline, whatever content-
// classed field wraps it (Drupal's "field-content" around each view row's
// <time>). (An aside with one <time>, a post's "Published" box or its
// stamp beside the headline, dates the page.)
constexpr int kComplementaryLevels = 16;
constexpr int kComplementaryTimes = 2;
constexpr int kComplementaryReadNodes = 400;
constexpr size_t kComplementaryItemWords = 3;
bool InComplementaryBox(const Node* n, const Node* headline) {
  int levels = kComplementaryLevels;
  const Node* box = nullptr;
  for (const Node* p = n->parent; p && p->is_element() && p->tag != TagId::kBody && levels-- > 0; p = p->parent) {
    if (p->Is(TagId::kArticle)) return false;
    if (!box && (p->Is(TagId::kAside) || (p->num_attrs && EqualsIgnoreCase(Trim(p->Attr("role")), "complementary"))))
      box = p;
  }
  if (!box || (headline && IsWithin(headline, box))) return false;
  // (And as many links to other pages titled in words, the items': a
  // page's own meta box, "<aside><time>created</time> <time>updated</time>",
  // stamps the page twice and lists nothing.)
  int times = 0, items = 0, look = kComplementaryReadNodes;
  std::string title;
  for (const Node* d = box->first_child; d && look-- > 0; d = NextInTree(d, box)) {
    if (!d->is_element()) continue;
    if (d->Is(TagId::kTime)) {
      ++times;
    } else if (d->Is(TagId::kA) && d->HasAttr("href") && !IsInPageLink(d) &&
               !FirstDescendantWithin(d, 16, [](const Node* k) { return k->is_element() && k->Is(TagId::kTime); })) {
      CollapsedTextInto(d, 120, 32, &title);
      if (HasWords(title, kComplementaryItemWords)) ++items;
    }
    if (times >= kComplementaryTimes && items >= kComplementaryTimes) return true;
  }
  return false;
}

// Whether `n` sits in a comment or review section (class words, or a
// reply's microdata item): a date there is a reply's. (A box classed as the
// post too is the post: WordPress writes the post's categories in its
// class, "hentry category-product-reviews".)
bool InRepliesSection(const Node* n, const HintTable& hints) {
  return InSectionNear(n, hints, [](uint32_t h) {
    return (h & kHintComments) && !(h & (kHintContent | kHintArticleBody));
  });
}

// A section label read from the page (a kicker-classed line, a category
// link): within kSectionLabelNodesBefore nodes before the headline (a kicker
// also kSectionLabelNodesAfter after it), its first kSectionLabelReadBytes
// read, shorter than kSectionLabelMaxBytes.
constexpr uint32_t kSectionLabelNodesBefore = 80;
constexpr uint32_t kSectionLabelNodesAfter = 20;
constexpr size_t kSectionLabelReadBytes = 200;
constexpr size_t kSectionLabelMaxBytes = 60;
// The crumbs after the home page's a visible trail may have for its last to
// be read as the section (MetadataRun::ExtractDescriptionAndSection).
constexpr int kSectionTrailMaxCrumbs = 2;

// Whether `n`, a section label's element whose text is `text`, is a share
// control's label ("<div class=social><div class=eyebrow>Share
// Article</div><div class=share-links>..."): its words open with a share
// verb (IsShareLabel), or it or a box kShareControlLevels levels above it
// at most is a button (<button>, role=button) or names sharing in its
// class, id (NamesShareBox) or aria-label (IsShareLabel), or the element
// after it (the control it labels) does. Never the page's section.
constexpr int kShareControlLevels = 3;
bool IsShareControlLabel(const Node* n, std::string_view text) {
  if (IsShareLabel(text)) return true;
  auto share_box = [](const Node* e) {
    return e->num_attrs && (NamesShareBox(e->Attr("class")) || NamesShareBox(e->Attr("id")) ||
                            IsShareLabel(e->Attr("aria-label")));
  };
  const Node* e = n;
  for (int up = 0; up <= kShareControlLevels && e && e->is_element() && e->tag != TagId::kBody; ++up, e = e->parent)
    if (e->Is(TagId::kButton) || (ClassifyRole(e->Attr("role")) & kRoleButton) || share_box(e)) return true;
  const Node* next = n->next;
  while (next && !next->is_element()) next = next->next;
  return next && share_box(next);
}

// Levels walked at most between a node and its subtree's end or its page's
// root. Real pages nest a few dozen levels (55 at most over the 1,627 WCXB
// dev and Readability pages); deeper is hostile markup, where a walk that
// stops short costs a missed skip or a shorter look, and stays linear.
constexpr int kTreeWalkMaxLevels = 256;

// Writers a page credits at most. Real pages credit a few (8 at most over
// the 1,808 benchmark pages); a paper of a large collaboration may list
// hundreds, of which the first kMaxAuthors are kept. The bound keeps the
// author rules, which compare each name with the ones already read,
// linear on a page of thousands of names.
constexpr size_t kMaxAuthors = 64;

// `n`'s last node in document order (its subtree's end), down the last
// children kTreeWalkMaxLevels levels at most; *whole (when asked) false
// when the subtree is deeper (the node then is where the walk stopped).
static const Node* LastDescendant(const Node* n, bool* whole = nullptr) {
  for (int levels = kTreeWalkMaxLevels; n->last_child(); n = n->last_child())
    if (levels-- <= 0) {
      if (whole) *whole = false;
      return n;
    }
  if (whole) *whole = true;
  return n;
}

// The id of `n`'s last node in document order (its subtree's end), or
// UINT32_MAX when its subtree is deeper than kTreeWalkMaxLevels (no end).
uint32_t LastDescendantId(const Node* n) {
  bool whole = false;
  const Node* end = LastDescendant(n, &whole);
  return whole ? end->id : UINT32_MAX;
}

// Whether `article`, an <article> element, is one of a list's story cards:
// it does not hold `headline` (the page's own heading) and another
// <article> stands beside it ("<article class=river-article><header><h2><a>
// ..</a></h2><div>Jane Doe 3 months ago</div>", one per story under the
// page's heading). Its byline and date are its own story's.
bool IsSiblingStoryCard(const Node* article, const Node* headline) {
  if (headline && headline->id >= article->id && headline->id <= LastDescendantId(article)) return false;
  auto twin = [](const Node* s, bool forward) {
    for (int k = 0; k < kBlankSiblingsSkipped && s && !s->is_element(); ++k) s = forward ? s->next : s->prev();
    return s && s->Is(TagId::kArticle);
  };
  return twin(article->prev(), false) || twin(article->next, true);
}

// Whether `n` sits in a list's story card (IsSiblingStoryCard): the nearest
// <article> up to kLevels levels above it decides.
bool InSiblingArticle(const Node* n, const Node* headline) {
  constexpr int kLevels = 12;
  int levels = kLevels;
  for (const Node* p = n->parent; p && p->is_element() && levels-- > 0; p = p->parent)
    if (p->Is(TagId::kArticle)) return IsSiblingStoryCard(p, headline);
  return false;
}

// Whether `n` sits in the site's footer: a <footer> with no <article> or
// <main> around it (a story's own <footer> may hold its byline). A credit
// there ("Site designed and developed by <span itemprop=creator>Acme
// Studio</span>") names the site's maker, not the page's writer.
bool InSiteFooter(const Node* n) {
  constexpr int kLevels = 64;
  bool footer = false;
  int levels = kLevels;
  for (const Node* p = n->parent; p && p->is_element() && levels-- > 0; p = p->parent) {
    if (p->Is(TagId::kArticle) || p->Is(TagId::kMain)) return false;
    footer |= p->Is(TagId::kFooter);
  }
  return footer;
}

// Whether the date line `line` read in `n` is labelled as the day a
// product entered a shop's catalogue (IsCatalogueDateLabel): in the line
// itself ("Date First Available : 14 Mar. 2024", a detail bullet) or in
// the cell or element just before it in its row ("<th>Date First
// Available</th><td>14 Mar. 2024</td>", "<dt>...</dt><dd>..."). The label
// read is short (kCatalogueLabelMaxBytes), the element a few nodes.
constexpr size_t kCatalogueLabelMaxBytes = 80;
bool CatalogueDated(const Node* n, std::string_view line, std::string* buf) {
  if (IsCatalogueDateLabel(line)) return true;
  const Node* label = n->prev();
  while (label && !label->is_element()) {
    if (label->is_text() && !Trim(label->data).empty()) break;
    label = label->prev();
  }
  if (!label) return false;
  if (label->is_text()) return Trim(label->data).size() <= kCatalogueLabelMaxBytes && IsCatalogueDateLabel(label->data);
  return CollapsedTextInto(label, kCatalogueLabelMaxBytes, kDateLineMaxNodes, buf) && !buf->empty() &&
         IsCatalogueDateLabel(*buf);
}

// Whether `n` sits in a box of reviews or of an event's details (class or
// id words, NamesReviewBox, NamesEventBox: OpenCart's "tab-review", a
// funeral home's "service-event" visitation notice), 10 levels up at most:
// a date there is the review's or the event's, not the page's.
// (Reviews only on a product page: a blog's review articles class their
// own body so.)
// (A class or id that holds no "event" holds none of its words, nor one
// without "review" or "testimonial" any of theirs: that is asked first, a
// plain search, before the attribute is read word by word.)
bool InReviewOrEventBox(const Node* n, bool product) {
  auto event_box = [](std::string_view v) {
    return !v.empty() && FindIgnoreCase(v, "event") != std::string_view::npos && NamesEventBox(v);
  };
  auto review_box = [](std::string_view v) {
    return !v.empty() &&
           (FindIgnoreCase(v, "review") != std::string_view::npos ||
            FindIgnoreCase(v, "testimonial") != std::string_view::npos) &&
           NamesReviewBox(v);
  };
  int levels = 10;
  for (const Node* p = n; p && p->is_element() && p->tag != TagId::kBody && levels-- > 0; p = p->parent) {
    if (!p->num_attrs) continue;
    const std::string_view cls = p->Attr("class"), id = p->Attr("id");
    if (event_box(cls) || event_box(id)) return true;
    if (product && (review_box(cls) || review_box(id))) return true;
  }
  return false;
}

// Whether `n` sits in a box of related or recommended stories (class
// words), not one the story's own markup names: a date there is a teaser's.
bool InRelatedSection(const Node* n, const HintTable& hints) {
  return InSectionNear(n, hints, [](uint32_t h) {
    return (h & kHintRelated) && !(h & (kHintContent | kHintArticleBody));
  });
}

// Whether `n`, an element with a publication-day attribute
// (kPublishStampAttrs), dates the story: an ancestor of the headline
// ("<article data-publish-date>") or inside the headline's <article>, and
// not a list item, a teaser card or in a box of related or boilerplate
// class words (a "Most read" list stamps each item). With no headline,
// the item, card and box tests alone.
bool StoryPublishStampHolder(const Node* n, const Node* headline, const Node* head_article,
                             const HintTable& hints) {
  constexpr int kLevels = 12;  // the headline's ancestors read
  if (n->Is(TagId::kLi) || InTeaserCard(n) || InRelatedSection(n, hints) ||
      InSectionNear(n, hints, [](uint32_t h) { return (h & kHintBoilerplate) != 0; }))
    return false;
  if (!headline) return true;
  int levels = kLevels;
  for (const Node* p = headline; p && levels-- > 0; p = p->parent)
    if (p == n) return true;
  return head_article && n->id > head_article->id && n->id <= LastDescendantId(head_article);
}

// Whether `n` sits in a link or a list item a few levels up (8 at most): a
// card that links to another page, or an item of a list of them, whose
// byline is that page's.
bool InCard(const Node* n) {
  int levels = 8;
  for (const Node* p = n->parent; p && p->is_element() && levels-- > 0; p = p->parent)
    if (p->Is(TagId::kA) || p->Is(TagId::kLi)) return true;
  return false;
}

// Whether `n` sits in an <article> a few levels up (8 at most).
// The <article> around `n`, eight levels up at most; null when none.
const Node* EnclosingArticle(const Node* n) {
  int levels = 8;
  for (const Node* p = n->parent; p && p->is_element() && levels-- > 0; p = p->parent)
    if (p->Is(TagId::kArticle)) return p;
  return nullptr;
}

bool InArticle(const Node* n) { return EnclosingArticle(n) != nullptr; }

// Types that describe the page itself as a list (ItemList alone may be a
// carousel on an article).
constexpr std::string_view kListPageTypes[] = {"CollectionPage", "SearchResultsPage"};

// A page marking more products than this in microdata, or showing more
// add-to-cart buttons or forms, is a list of them (a product and its sticky
// bar's copy of the button are two).
constexpr uint32_t kMaxMicrodataProducts = 2;
constexpr uint32_t kMaxCartControls = 2;

// A discussion that no markup names: posts side by side, elements of one
// signature (tag and class) that each hold a poster's name ("username",
// "poster") linked to the poster's profile and a date stamp. A comment
// section is left out (an article's comments look the same), and so are
// related stories and people (teaser cards with a byline), and three such
// posts at least make a thread. The walks are bounded: at most kMaxPosters
// names, each climbing kPostClimb levels, and 64 stamps each as far.
constexpr int kPostClimb = 8;
// A poster's name in a running sentence (see InPosterSentence): this many
// bytes of text beside it at least, in a block of fewer than
// kPosterSentenceReadBytes.
constexpr size_t kPosterSentenceMinExtra = 60;
constexpr size_t kPosterSentenceReadBytes = 400;
constexpr size_t kMinSeriesPosts = 3;

bool SameSignatureElement(const Node* a, const Node* b) {
  if (!a->is_element() || !b->is_element() || a->tag != b->tag || a->ns != b->ns) return false;
  std::string_view ca = a->Attr("class");
  return !ca.empty() && ca == b->Attr("class");
}

// Whether an element beside `n` (four siblings each way at most, anchors
// and spacers between posts skipped) has its signature.
bool HasSignatureSibling(const Node* n) {
  int k = 0;
  for (const Node* s = n->prev(); s && k < 8; s = s->prev(), ++k)
    if (SameSignatureElement(s, n)) return true;
  k = 0;
  for (const Node* s = n->next; s && k < 8; s = s->next, ++k)
    if (SameSignatureElement(s, n)) return true;
  return false;
}

// Whether `n` is a link or holds one among its first 16 nodes.
bool HoldsLink(const Node* n) {
  int budget = 16;
  for (const Node* d = n; d && budget-- > 0; d = NextInTree(d, n))
    if (d->Is(TagId::kA) && d->HasAttr("href")) return true;
  return false;
}

// Whether `s` holds no word: spaces and a stamp line's separators ("|",
// "·", "-", ":") only.
// (The separators outside ASCII: a middle dot, a bullet, dashes.)
bool HoldsNoWord(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char ch = static_cast<unsigned char>(s[i]);
    if (IsAsciiAlnum(ch)) return false;
    if (ch < 0x80) continue;
    if (s.substr(i, 2) == "\xC2\xB7") {
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\xA2" || s.substr(i, 3) == "\xE2\x80\x94" || s.substr(i, 3) == "\xE2\x80\x93") {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

// A <time> labelled an update by the words before it in its line:
// "Updated <time>", and a label split off in elements of its own, as
// WordPress themes print the shown update ("<span class=meta-label>
// Updated</span><time>", "<span>Updated</span> | <time>", "Updated |
// <span><time>...</time></span>"). The line is the text and inline
// elements before the <time> in its parent (a block sibling ends it), and
// when that holds no word and the parent is inline, the line before the
// parent too; 80 bytes at most. The cue must follow the line's last date
// ("Published May 1 · Updated <time>") and no publication cue it
// ("Updated May 3 | Published <time>" dates the publication).
bool IsUpdateLabelledTime(const Node* t) {
  std::string before;
  std::string part;
  std::string joined;
  // Puts `head` (and `sep`) in front of the line read so far.
  auto prepend = [&](std::string_view head, std::string_view sep) {
    joined.clear();
    joined.append(head).append(sep).append(before);
    before.swap(joined);
  };
  const Node* at = t;
  for (int level = 0; level < 2 && at->parent; ++level, at = at->parent) {
    for (const Node* k = at->prev(); k && before.size() < 80; k = k->prev()) {
      if (k->is_text()) {
        // (Its last 80 bytes are all the line can hold, from a character's
        // start: a story's text node may be megabytes long.)
        std::string_view text = k->data;
        if (text.size() > 80) {
          size_t from = text.size() - 80;
          while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
          text.remove_prefix(from);
        }
        prepend(text, {});
      } else if (k->is_element()) {
        if (IsBlockTag(k->tag) || k->Is(TagId::kBr)) break;
        if (!CollapsedTextInto(k, 80, 16, &part)) break;
        prepend(part, " ");
      }
    }
    if (!HoldsNoWord(before) || IsBlockTag(at->parent->tag)) break;
  }
  size_t from = before.find_last_of("0123456789");
  from = from == std::string::npos ? 0 : from + 1;
  const std::string_view tail = std::string_view(before).substr(from);
  const size_t cue = UpdateCueAt(tail);
  return cue != std::string_view::npos && PublishedCueAt(tail.substr(cue)) == std::string_view::npos;
}

// A <time> that dates a photo ("<figcaption>Photo taken <time>...") under
// the headline: not the story's own stamp (nor an update's:
// IsUpdateLabelledTime).
bool IsCaptionTime(const Node* t) {
  int depth = 0;
  for (const Node* p = t->parent; p && depth < 8; p = p->parent, ++depth)
    if (p->Is(TagId::kFigure) || p->Is(TagId::kFigcaption)) return true;
  return false;
}

// The <time> that stands just above the headline in the same <article> or
// <header> (a byline row over the <h1>), or nullptr: that stamp dates the
// story, not one further down under the headline (a caption's, an
// update's), nor one before it outside that box (a sidebar's list of news
// stamps each item).
const Node* StampAboveHeadline(const std::vector<const Node*>& times, const Node* head) {
  const Node* box = nullptr;
  int depth = 0;
  for (const Node* p = head->parent; p && depth < 6 && !box; p = p->parent, ++depth)
    if (p->Is(TagId::kArticle) || p->Is(TagId::kHeader)) box = p;
  if (!box) return nullptr;
  for (const Node* t : times) {
    if (t->id >= head->id) break;
    if (t->id + kHeaderStampSpan < head->id || t->id < box->id) continue;
    return t;
  }
  return nullptr;
}

// Whether a place-and-date line in `n` ("Madrid, 3 de mayo de 2025") may be
// the story's dateline: not a section's heading (a chronicle's "Berlin, 4
// November 2023"), and no paragraph of prose among the nearest siblings
// before it or before its list (a quoted letter's head, a tour's dates
// after the story's paragraphs). Looks at 8 sibling nodes (text between
// elements too), 80 bytes and 32 nodes of each.
bool MayBeDateline(const Node* n) {
  constexpr int kLook = 8;
  constexpr size_t kParagraphBytes = 80, kNodes = 32;
  if (IsHeadingTag(n->tag)) return false;
  if (n->Is(TagId::kLi) && n->parent && n->parent->is_element()) n = n->parent;
  int look = kLook;
  for (const Node* s = n->prev(); s && look-- > 0; s = s->prev()) {
    if (s->Is(TagId::kP) && ScanText(s, kParagraphBytes, /*find_digit=*/false, kNodes).over) return false;
  }
  return true;
}

// Whether `anc` is `n` or one of its kPostClimb nearest ancestors.
bool WithinPost(const Node* n, const Node* anc) { return IsWithin(n, anc, kPostClimb); }

// A thread whose headline is the first post's own heading (vBulletin 4
// prints the thread's title over the first post's text, below the post's
// date bar: "<li class=postcontainer><div class=posthead>08-22-2022, 09:14
// PM</div>...<h2>Title</h2>"): the post that holds it, one of like
// siblings within kPostClimb levels, whose start lies at most
// kHeadlinePostLead nodes before the headline; else null. The date read
// from the headline on would be the next post's.
constexpr uint32_t kHeadlinePostLead = 80;
const Node* PostHoldingHeadline(const Node* headline) {
  int levels = kPostClimb;
  for (const Node* a = headline->parent; a && a->is_element() && !a->Is(TagId::kBody) && levels-- > 0;
       a = a->parent) {
    if (a->id + kHeadlinePostLead < headline->id) return nullptr;
    if (HasSignatureSibling(a)) return a;
  }
  return nullptr;
}

// Of the posts, how many must hold more text than a card's name and date
// (a reply's words), and how many bytes that is; how many nodes of a post
// are read for it and for a heading.
constexpr size_t kMinProsePosts = 2;
constexpr size_t kPostProseBytes = 160;
constexpr size_t kPostReadNodes = 64;

// Whether `post` is a card that links away under a heading (a blog list's
// entry, a team grid's name): a heading among its first nodes holding a
// link to another page (a post's own "#p123" anchor is no such link), not
// within the poster's `name` box (Simple Machines Forum sets the poster's
// profile link in an <h4>).
bool HasHeadingLink(const Node* post, const Node* name) {
  size_t budget = kPostReadNodes;
  for (const Node* d = post; d && budget-- > 0; d = NextInTree(d, post))
    if (IsHeadingTag(d->tag) && !IsWithin(d, name, kPostClimb) && HeadingLinksAway(d, 16)) return true;
  return false;
}

// Whether `s` is one mail address and nothing else ("jane.doe@example.com"):
// one token (no spaces, no URL's "/" or ":"), one "@" with a dotted domain
// after it.
bool IsMailAddress(std::string_view s) {
  const size_t at = s.find('@');
  if (s.size() > 80 || at == 0 || at == std::string_view::npos || s.find('@', at + 1) != std::string_view::npos)
    return false;
  const size_t dot = s.find('.', at);
  if (dot == std::string_view::npos || dot == at + 1 || dot + 1 >= s.size()) return false;
  return std::none_of(s.begin(), s.end(), [](char ch) { return ch == ' ' || ch == '/' || ch == ':'; });
}

// A byline's text without the mail address it ends on, and the marks
// between ("Jane Doe jane@example.com", "김민수 기자 · kimms@example.kr",
// "Jane Doe (jane@example.com)"); the text as it is when it ends on none.
// The name before is judged as a byline's name alone would be.
std::string_view WithoutTrailingMail(std::string_view text) {
  const std::string_view t = Trim(text);
  const size_t sp = t.rfind(' ');
  if (sp == std::string_view::npos || t.find('@', sp) == std::string_view::npos) return text;
  std::string_view address = t.substr(sp + 1);
  if (address.starts_with('(') && address.ends_with(')')) address = address.substr(1, address.size() - 2);
  if (!IsMailAddress(address)) return text;
  std::string_view name = t.substr(0, sp);
  while (!name.empty() && (name.back() == ' ' || name.back() == '|' || name.back() == '-' || name.back() == ','))
    name.remove_suffix(1);
  // (A middle dot, "·", is two bytes.)
  if (name.ends_with("\xC2\xB7")) name = Trim(name.substr(0, name.size() - 2));
  return name.empty() ? text : name;
}

// Whether a thread's opening post shows its poster unmarked before
// `marked`, the first reply's microdata author (XenForo 2 marks each reply
// a Comment with its author, the opening post not): a poster-classed name
// ("username") after the headline, outside any reply item, comes first.
bool StarterPosterBefore(const Collector& c, const Node* marked) {
  if (!InReplyItem(marked)) return false;
  const uint32_t after = c.h1s.empty() ? 0 : c.h1s[0]->id;
  for (const Node* p : c.poster_nodes) {
    if (p->id >= marked->id) break;
    if (p->id > after && !InReplyItem(p) && !CollapsedText(p, 200).empty()) return true;
  }
  return false;
}

bool IsPostSeries(const Collector& c, const HintTable& hints) {
  if (c.poster_nodes.size() < kMinSeriesPosts) return false;
  const Node* first = nullptr;
  const Node* first_name = nullptr;
  size_t posts = 0, prose = 0;
  for (const Node* name : c.poster_nodes) {
    if (!HoldsLink(name)) continue;
    const Node* post = nullptr;
    bool comments = false;
    int levels = kPostClimb;
    for (const Node* a = name; a && a->is_element() && levels-- > 0; a = a->parent) {
      if (hints[a] & (kHintComments | kHintRelated | kHintPeople)) {
        comments = true;
        break;
      }
      if (!post && a != name && HasSignatureSibling(a)) post = a;
    }
    if (comments || !post) continue;
    if (first && !SameSignatureElement(post, first)) continue;
    bool dated = false;
    for (const auto* list : {&c.times, &c.date_nodes}) {
      for (const Node* d : *list)
        if (WithinPost(d, post)) {
          dated = true;
          break;
        }
      if (dated) break;
    }
    if (!dated || HasHeadingLink(post, name)) continue;
    if (!first) first = post, first_name = name;
    const TextScan scan = ScanText(post, kPostProseBytes, /*find_digit=*/false, kPostReadNodes);
    if (scan.over || scan.bytes >= kPostProseBytes) ++prose;
    if (++posts >= kMinSeriesPosts && prose >= kMinProsePosts) break;
  }
  if (posts < kMinSeriesPosts || prose < kMinProsePosts) return false;
  // An article's header (its headline, then a byline: a short line, not
  // a wrapper a "meta" class names) before the posts: they are its
  // responses.
  if (c.h1s.empty() || c.h1s[0]->id >= first->id) return true;
  // (A thread's header line naming the first post's poster, "Started by
  // jdoe · 4 replies", credits the thread's starter: no story's byline.)
  // (The name is the poster box's link: the box may hold the rank. Read
  // once, at the first line that needs it.)
  std::optional<std::string> starter;
  for (const Node* b : c.byline_nodes) {
    if (b->id <= c.h1s[0]->id || b->id >= first->id || (hints[b] & kHintPoster)) continue;
    const TextScan line = ScanText(b, kPostProseBytes, /*find_digit=*/false, kPostReadNodes / 2);
    if (line.over || line.bytes == 0) continue;
    if (!starter) {
      const Node* starter_link = first_name;
      for (const Node* d = first_name; d; d = NextInTree(d, first_name))
        if (d->Is(TagId::kA)) {
          starter_link = d;
          break;
        }
      starter = CollapsedText(starter_link, 64);
    }
    if (starter->size() >= 2 && CollapsedText(b, kPostProseBytes).find(*starter) != std::string::npos) continue;
    return false;
  }
  return true;
}

// A product's page without shop markup shows, right under its name, its
// price and then a control that buys it ("<h1>Switch OLED</h1><h3>$349.99
// MSRP</h3><a>Buy now</a>"): after an <h1>, a line that is only a price
// (IsBarePriceLine) before any link, then a link or button labelled to buy
// (IsBuyControlLabel). A category's <h1> is followed by its first card's
// link (or by filters) before a price, and a second price followed by a
// control to buy (plans side by side, cards without links) makes a list:
// neither is read as one product. The first kPriceHeadlines <h1>s are
// read, kPriceReadNodes nodes after each (and the ancestors climbed on the
// way: a chain's depth once per <h1>).
// A script-rendered shop shows neither price nor cart button in its HTML,
// but its quantity picker stands under the name as well ("<h1>Switch
// OLED</h1><span>Quantity</span><button aria-label='Subtract
// item'></button>1<button aria-label='Add item'></button>"): one picker
// (a "Quantity" label then its stepper's button or field, or a field named
// "quantity" / "qty") before any link makes a product too; a grid's
// pickers come after its first card's link, or come twice.
constexpr size_t kPriceHeadlines = 4;
constexpr size_t kPriceReadNodes = 64;

bool PricedUnderHeadline(const Collector& c) {
  std::string label;
  for (size_t k = 0; k < c.h1s.size() && k < kPriceHeadlines; ++k) {
    bool priced = false;
    int offers = 0;  // prices followed by a control that buys
    bool quantity_label = false;
    int pickers = 0;  // quantity pickers before any link
    size_t budget = kPriceReadNodes;
    for (const Node* d = NextSkippingChildren(c.h1s[k], nullptr); d && budget-- > 0 && offers < 2;) {
      if (d->is_text()) {
        if (!priced) priced = IsBarePriceLine(d->data);
        if (!quantity_label) quantity_label = IsQuantityLabel(d->data);
        d = NextInTree(d, nullptr);
        continue;
      }
      if (!d->is_element()) {
        d = NextInTree(d, nullptr);
        continue;
      }
      if (d->tag == TagId::kH1) break;
      if (d->tag == TagId::kScript || d->tag == TagId::kStyle || d->tag == TagId::kSvg ||
          d->tag == TagId::kTemplate || d->tag == TagId::kNoscript) {
        d = NextSkippingChildren(d, nullptr);
        continue;
      }
      const bool link = d->tag == TagId::kA && d->HasAttr("href");
      if (d->tag == TagId::kInput || d->tag == TagId::kSelect) {
        if (quantity_label || IsQuantityFieldName(d->Attr("name"))) ++pickers;
        quantity_label = false;
        d = NextSkippingChildren(d, nullptr);
        continue;
      }
      if (link || d->tag == TagId::kButton) {
        // (A link before the price: a menu, a card's name.)
        if (!priced && !offers && link) break;
        // (A picker is its label then its stepper's button or field.)
        if (d->tag == TagId::kButton && quantity_label) {
          ++pickers;
          quantity_label = false;
        }
        if (priced && CollapsedTextInto(d, Collector::kBuyLabelMaxBytes + 1, Collector::kBuyLabelMaxNodes, &label) &&
            IsBuyControlLabel(label)) {
          ++offers;
          priced = false;
        }
        d = NextSkippingChildren(d, nullptr);
        continue;
      }
      d = NextInTree(d, nullptr);
    }
    if (offers == 1) return true;
    if (pickers == 1 && !offers) return true;
  }
  return false;
}

// Whether the content after the <h1> `h` holds a grid of cards: several
// links (kCardLinksUnderHeadline) among the kPriceReadNodes nodes after
// it. A category's <h1> heads its products' cards, each with its link
// ("<h1>Socks</h1><div class=grid><div class=card><a href=/p/1>"), and a
// lone add-to-cart control further down is a featured product's; a
// product's name is followed by its price, its text and its control.
constexpr int kCardLinksUnderHeadline = 3;

bool CardLinksUnderHeadline(const Node* h) {
  int links = 0;
  size_t budget = kPriceReadNodes;
  for (const Node* d = NextSkippingChildren(h, nullptr); d && budget-- > 0; d = NextInTree(d, nullptr)) {
    if (d->Is(TagId::kH1)) break;
    if (d->Is(TagId::kA) && d->HasAttr("href") && ++links >= kCardLinksUnderHeadline) return true;
  }
  return false;
}

// A script-rendered page names its software on the app's wrapper rather
// than on <body> ("<body><div id=root><div id=app class='lemmy-site'>"):
// the class of the body's first elements, two levels down, a few of each
// (a bounded look, not a walk of the page).
bool WrapperMentionsForumSoftware(const Node* body) {
  constexpr int kMaxPerLevel = 12;  // nodes looked at per level, text and comments too
  if (!body) return false;
  int outer = 0;
  for (const Node* a = body->first_child; a && outer++ < kMaxPerLevel; a = a->next) {
    if (!a->is_element()) continue;
    if (MentionsForumSoftware(a->Attr("class"))) return true;
    int inner = 0;
    for (const Node* b = a->first_child; b && inner++ < kMaxPerLevel; b = b->next)
      if (b->is_element() && MentionsForumSoftware(b->Attr("class"))) return true;
  }
  return false;
}

// Whether the page's one microdata article item is the page's article, not
// one post card among like siblings (a blog index marking only its first
// card): it holds the page's first <h1>, or no sibling within a few is an
// element of its tag and class.
bool MicrodataItemIsThePage(const Collector& c) {
  constexpr int kMaxDepth = 32, kMaxSiblings = 8;
  const Node* item = c.microdata_article;
  if (!item) return false;
  // With several items (a sidebar's latest posts, each marked an Article,
  // Joomla's "mod-articleslatest"), the one that holds the page's <h1>,
  // when it stands alone among its siblings.
  if (c.microdata_articles > 1) {
    if (c.h1s.empty()) return false;
    item = nullptr;
    int depth = 0;
    for (const Node* a = c.h1s.front()->parent; a && depth++ < kMaxDepth && !item; a = a->parent)
      if (a->is_element() && a->HasAttr("itemscope") &&
          ItemtypeIs(a->Attr("itemtype"), kMicrodataArticleTypes, std::size(kMicrodataArticleTypes)))
        item = a;
    if (!item) return false;
  } else if (!c.h1s.empty()) {
    int depth = 0;
    for (const Node* a = c.h1s.front(); a && depth++ < kMaxDepth; a = a->parent)
      if (a == item) return true;
  }
  const std::string_view cls = item->Attr("class");
  auto like = [&](const Node* s) {
    return s->is_element() && s->tag == item->tag && s->data == item->data && s->Attr("class") == cls;
  };
  int k = 0;
  for (const Node* s = item->next; s && k++ < kMaxSiblings; s = s->next)
    if (like(s)) return false;
  k = 0;
  for (const Node* s = item->prev(); s && k++ < kMaxSiblings; s = s->prev())
    if (like(s)) return false;
  return true;
}

// A thread's or an issue's heading prints its number after its name
// ("Parser hangs on empty tables #318": an issue tracker's, a forum's):
// the name is the title when the <title> opens on it.
constexpr size_t kThreadNumberMaxDigits = 9;
// A thread's subject without the topic label its poster set before it with
// a dash ("Payment issues - how to change the card", "2024 - Cabin tips for
// first cruises"): a label of one or two words, none of them a separator's,
// with no digit unless it is a year alone, before a subject of three words or
// more. ("Squad 2024 - 2025", a range, "Trail map - help" and "Windows 11 -
// Start menu not opening", whose label names the subject's product, keep
// their dash.)
std::string WithoutTopicLabel(const std::string& title) {
  constexpr long kMaxLabelWords = 2, kMinSubjectWords = 3;
  const size_t dash = title.find(" - ");
  if (dash == std::string::npos || dash == 0) return title;
  const std::string_view label(title.data(), dash);
  const std::string_view subject = Trim(std::string_view(title).substr(dash + 3));
  if (std::count(label.begin(), label.end(), ' ') + 1 > kMaxLabelWords ||
      std::count(subject.begin(), subject.end(), ' ') + 1 < kMinSubjectWords)
    return title;
  for (size_t k = 0; k < kNumTitleSeparators; ++k)
    if (label.find(kTitleSeparators[k]) != std::string_view::npos) return title;
  const bool year = label.size() == 4 && std::all_of(label.begin(), label.end(), IsAsciiDigit);
  if (!year && HasAsciiDigit(label)) return title;
  return std::string(subject);
}

std::string WithoutThreadNumber(const std::string& heading, std::string_view doc_title) {
  const size_t hash = heading.rfind(" #");
  if (hash == std::string::npos || hash < 3) return heading;
  const std::string_view num = std::string_view(heading).substr(hash + 2);
  if (num.empty() || num.size() > kThreadNumberMaxDigits ||
      !std::all_of(num.begin(), num.end(), [](char ch) { return IsAsciiDigit(ch); }))
    return heading;
  const std::string_view name = std::string_view(heading).substr(0, hash);
  if (!doc_title.starts_with(name) || doc_title.substr(name.size()).starts_with(" #")) return heading;
  return std::string(name);
}

// A site's front page: the page's URL (the caller's, else its canonical)
// and its og:url both have a host name (with a dot: not a slug a theme
// printed as a URL) and the path "/" (or none). Both, since a theme may
// point every page's canonical at the front page, while each post keeps its
// own og:url (or prints none).
bool IsFrontPageUrl(std::string_view u) {
  const std::string_view path = UrlPath(u);
  return UrlHost(u).find('.') != std::string_view::npos && (path.empty() || path == "/");
}
bool IsFrontPage(const Collector& c, std::string_view url) {
  return IsFrontPageUrl(url) && IsFrontPageUrl(Trim(c.Meta("og:url")));
}

// The page's JSON-LD Products: not the subject of a review, its
// "itemReviewed" (an editor's review of a product is a written story about
// it, not its shop page).
// (So is a work a shop sells, a Book or a record with its own offer of a
// price above zero, one of the script's own objects: a bookshop's page of
// one title, which prints no Product. A library's record, its Book lent
// at no price, and a publisher's with no offer are records of the work; a
// page that declares an article or holds a Review writes about the work.)
static bool SoldAtAPrice(const JsonValue* offers) {
  if (offers && offers->is_array() && !offers->items().empty()) offers = &offers->items()[0];
  if (!offers || !offers->is_object()) return false;
  const JsonValue* price = offers->Get("price");
  if (!price) return false;
  if (const JsonValue* how = offers->Get("businessFunction"); how && how->is_string() &&
                                                              ContainsIgnoreCase(how->str(), kLeaseOutFunction))
    return false;
  // (A number's source text or a string: a digit from 1 to 9 in it.)
  const std::string_view p = price->str();
  return std::any_of(p.begin(), p.end(), [](char ch) { return ch >= '1' && ch <= '9'; });
}

uint32_t StructuredProducts(const Collector& c) {
  uint32_t products = 0;
  bool about_work = EqualsIgnoreCase(Trim(c.Meta("og:type")), "article");
  for (size_t i = 0; i < c.object_types.size() && !about_work; ++i)
    about_work = c.object_types[i].Matches(kWorkReviewTypes, std::size(kWorkReviewTypes));
  for (size_t i = 0; i < c.object_types.size(); ++i) {
    const JsonLdType& t = c.object_types[i];
    if (t.reviewed_item) continue;
    if (t.Matches(kProductTypes, std::size(kProductTypes))) {
      ++products;
    } else if (!about_work && !t.nested && !t.nested_review &&
               t.Matches(kSoldWorkTypes, std::size(kSoldWorkTypes)) && SoldAtAPrice(c.objects[i]->Get("offers"))) {
      ++products;
    } else if (!about_work && !t.nested && !t.nested_review && t.Is(kOfferType) && SoldAtAPrice(c.objects[i])) {
      // The same work put the other way round: the script's own Offer at a
      // price whose itemOffered is the car ({"@type": "Offer",
      // "itemOffered": {"@type": "Car", ...}}).
      const JsonValue* item = c.objects[i]->Get("itemOffered");
      if (item && item->is_object() && JsonLdType::Of(*item).Matches(kSoldWorkTypes, std::size(kSoldWorkTypes)))
        ++products;
    }
  }
  return products;
}

std::string DetectPageType(const Collector& c, const HintTable& hints, const JsonValue* article, std::string_view url) {
  (void)article;
  auto any_type = [&](const std::string_view* types, size_t n) {
    for (const JsonLdType& t : c.object_types)
      if (t.Matches(types, n)) return true;
    return false;
  };
  // (phpBB's <title>, "Board \u2022 View topic - Subject", names its topic
  // template: subsilver2 prints no generator, links no poster's name.)
  if (any_type(kForumTypes, std::size(kForumTypes)) || c.microdata_forum ||
      MentionsForumSoftware(c.Meta("generator")) || MentionsForumSoftware(c.html_class) ||
      MentionsForumSoftware(c.body_class) || MentionsForumSoftware(c.body_id) || IsForumUrl(url) ||
      WrapperMentionsForumSoftware(c.body) || !ViewTopicSubject(c.title_text).empty())
    return "forum";
  // Written articles (not every type the headline may come from: a Product
  // or a Recipe object has a name too).
  const bool written = any_type(kWrittenTypes, std::size(kWrittenTypes));
  std::string_view og_type = c.Meta("og:type");
  // A discussion platform's thread classes ("comment-tree", "comment-node")
  // make a thread page when the page declares no story: under a declared
  // article (JSON-LD, og:type) they hold the readers' comments.
  if (hints.thread_markup() && !written && !EqualsIgnoreCase(og_type, "article")) return "forum";
  // So do a question's suggested answers in microdata (a Q&A site's
  // Question item around its Answer items: Zhihu), on a page that declares
  // no story and no product (a shop's customer questions, a story's FAQ).
  if (c.microdata_answers && !written && !EqualsIgnoreCase(og_type, "article") && c.microdata_products == 0 &&
      c.microdata_articles == 0 && StructuredProducts(c) == 0)
    return "forum";
  // Open Graph's product markup: its type (any og:type the page declares)
  // or its price.
  if (c.AnyMeta("og:type", IsProductOgType) || c.AnyMetaKey(IsProductPriceMetaKey)) return "product";
  auto one = [](uint32_t n, uint32_t max) { return n >= 1 && n <= max; };
  // (Not a JSON-LD product whose offer is an AggregateOffer over a grid of
  // products each in microdata: the list's aggregate, a classifieds
  // search's "Product" with its offers' range. A product's own offer, a
  // shelf of other products in microdata beside it, stays a product.)
  const bool listed_aggregate =
      c.microdata_products > kMaxMicrodataProducts && any_type(kAggregateOfferTypes, std::size(kAggregateOfferTypes));
  if (!written && ((StructuredProducts(c) > 0 && !listed_aggregate) || one(c.microdata_products, kMaxMicrodataProducts)))
    return "product";
  // A shop platform's template for one product names itself on <body>,
  // by class or id (read with the page's other body attributes: no walk).
  if (!written && (NamesProductBody(c.body_class) || NamesProductBody(c.body_id))) return "product";
  // A shop's page for one product without structured data: one
  // add-to-cart button (or its form), not a card grid's buttons, nor a
  // grid of products in microdata.
  if (!written && c.microdata_products <= kMaxMicrodataProducts &&
      (one(c.Shop().cart_buttons, kMaxCartControls) ||
       (c.Shop().cart_buttons == 0 && one(c.Shop().cart_forms, kMaxCartControls))))
    return "product";
  // Or one add-to-cart control (or form) after the page's one <h1>, where
  // the others all come before it: a shelf of other products, each card
  // with its own button, that the markup puts above the product's name
  // ("Complete the look" laid out by the stylesheet). A category's grid
  // follows its <h1>.
  if (!written && c.microdata_products <= kMaxMicrodataProducts && c.h1s.size() == 1) {
    const uint32_t buttons_after = c.Shop().cart_buttons - c.Shop().cart_buttons_before_h1;
    const uint32_t forms_after = c.Shop().cart_forms - c.Shop().cart_forms_before_h1;
    if ((one(buttons_after, kMaxCartControls) || (buttons_after == 0 && one(forms_after, kMaxCartControls))) &&
        !CardLinksUnderHeadline(c.h1s[0]))
      return "product";
  }
  // Or its price under its name, then a control that buys it; not among a
  // grid's many add-to-cart controls.
  if (!written && c.microdata_products <= kMaxMicrodataProducts &&
      c.Shop().cart_buttons <= kMaxCartControls && c.Shop().cart_forms <= kMaxCartControls && PricedUnderHeadline(c))
    return "product";
  if (written) return "article";
  // Sites put og:type "article" on every page; a JSON-LD type for the page
  // says what a section front really is.
  if (any_type(kListPageTypes, std::size(kListPageTypes))) return "listing";
  // A CMS's archive template (a category's or a tag's list of posts)
  // keeps the og:type "article" its theme prints on every page.
  // So does a custom post type's page for a service, a job, an event
  // (WordPress's "single-<type>"), and a site's front page (its URL and
  // its og:url have the path "/").
  // A board's theme prints it on its threads as well (generic forum themes,
  // XenForo-style add-ons): a series of posts, each with its poster's
  // linked name and its date, outside any comments box and under no
  // story's byline (IsPostSeries), is a thread.
  if (EqualsIgnoreCase(og_type, "article") && !NamesArchiveBody(c.body_class) &&
      !NamesNonArticlePostTypeBody(c.body_class) && !IsFrontPage(c, url) && !IsTaxonomyTermPath(UrlPath(url)))
    return IsPostSeries(c, hints) ? "forum" : "article";
  // So is one post marked an article in microdata (a blog's front page
  // marks each of its posts: several are a list).
  // (The item holds the page's <h1> or stands alone: not the first of a
  // list's cards, the others unmarked.)
  // (Not a documentation generator's page: Sphinx's Read the Docs theme
  // marks every page of a manual so.)
  if (c.microdata_articles >= 1 && !NamesArchiveBody(c.body_class) &&
      !NamesDocsGenerator(c.Meta("generator"), c.body_class) && MicrodataItemIsThePage(c))
    return "article";
  if (any_type(kListTypes, std::size(kListTypes))) return "listing";
  // A landing page of one scholarly work (a journal's article, a
  // repository's thesis, a preprint) says so in Google Scholar's tags:
  // its title, its authors and its venue or full text (OJS and DSpace
  // print no og:type).
  if (!c.Meta("citation_title").empty() && !c.Meta("citation_author").empty() && !NamesArchiveBody(c.body_class) &&
      std::any_of(std::begin(kScholarlyWorkMeta), std::end(kScholarlyWorkMeta),
                  [&](std::string_view k) { return !c.Meta(k).empty(); }))
    return "article";
  if (IsPostSeries(c, hints)) return "forum";
  return "page";
}

// Whether a date stamp's element, or an element on its way down to its
// text (a stamp is a few nodes), is classed an update's or a revision's
// ("<span class=git-revision-date-localized-plugin-date>March 14,
// 2025</span>", "<p class=last-modified><span>..."): the date is the
// page's last change, its label shown as an icon if at all. Asked only of
// an element whose line gave a date.
bool UpdateClassedStamp(const Node* n) {
  constexpr int kStampMaxNodes = 8;
  int budget = kStampMaxNodes;
  for (const Node* e = n; e && budget-- > 0; e = NextInTree(e, n))
    if (e->is_element() && IsUpdateStampClass(e->Attr("class"))) return true;
  return false;
}

// Whether a date stamp's element follows a label of its own that names an
// update, in an element before it ("<p>Last updated:</p><span>2025/3/12
// 10:24</span>", Rspress's footer; "<dt>Modifié le</dt><dd>..."): the
// label is a few words, no digit. Asked only of an element whose line gave
// a date.
bool UpdateLabelledStamp(const Node* n) {
  constexpr size_t kLabelMaxBytes = 48;
  const Node* prev = PrevElementFrom(n->prev());
  // (A label, not a headline that tells of an update, "<h1>Bus timetable
  // updated for spring</h1>", nor a link.)
  if (!prev || prev->first_child == nullptr || IsHeadingTag(prev->tag) || prev->Is(TagId::kA)) return false;
  const std::string label = CollapsedText(prev, kLabelMaxBytes + 1);
  if (label.size() > kLabelMaxBytes || HasAsciiDigit(label)) return false;
  const std::string_view l = Trim(label);
  // (A label closes on a colon, "Last updated:", "最后更新时间:", or is a
  // few words, "Última actualización"; a sentence is no label.)
  constexpr size_t kLabelMaxSpaces = 2;
  const bool short_label = (!l.empty() && l.back() == ':') ||
                           static_cast<size_t>(std::count(l.begin(), l.end(), ' ')) <= kLabelMaxSpaces;
  return short_label && UpdateCueAt(l) != std::string::npos;
}

}  // namespace

// A credential written in capitals: one word of 2 to 6 capital letters
// (dots and hyphens aside), "FACLM", "E-RYT", "D.O."; a registered or
// trade mark may follow it ("CFP\u00AE").
bool IsCapitalsCredential(std::string_view w) {
  for (size_t k = 0; k < kNumCredentialMarks; ++k)
    if (w.ends_with(kCredentialMarks[k])) w.remove_suffix(kCredentialMarks[k].size());
  size_t letters = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.' && c != '-') return false;
  }
  return letters >= 2 && letters <= 6;
}

// Whether a row next to `cell`'s (the next or the previous <tr>) has a
// date in `cell`'s column.
bool DatedColumnBeside(const Node* cell, const ParsedDate& today, NumericDateOrder order, ZoneRegion zone,
                       std::string* buf) {
  const Node* row = cell->parent;
  if (!row || !row->Is(TagId::kTr)) return false;
  int column = 0;
  for (const Node* c = row->first_child; c && c != cell; c = c->next)
    if (c->is_element()) ++column;
  auto dated = [&](const Node* r) {
    int k = 0;
    for (const Node* c = r->first_child; c; c = c->next) {
      if (!c->is_element()) continue;
      if (k++ != column) continue;
      return c->Is(TagId::kTd) && CollapsedTextInto(c, 64, 16, buf) && HasAsciiDigit(*buf) &&
             NormalizeDate(*buf, today, order, zone).has_value();
    }
    return false;
  };
  for (const Node* r = row->next; r; r = r->next)
    if (r->is_element()) {
      if (r->Is(TagId::kTr) && dated(r)) return true;
      break;
    }
  for (const Node* r = row->prev(); r; r = r->prev())
    if (r->is_element()) return r->Is(TagId::kTr) && dated(r);
  return false;
}

// The update shown beside a publication stamp: after an update cue in the
// stamp's own line ("3 May 2025, 12:00 Updated 4 May 2025, 09:15"), else in
// one of its next kUpdateBesideSiblings element siblings ("<span
// class=date>12 maart 2025</span><span>Bijgewerkt op 13 maart 2025</span>"),
// a short line each. (A few siblings of a stamp, once per page.)
constexpr int kUpdateBesideSiblings = 3;
std::optional<std::string> UpdateStampBeside(const Node* stamp, std::string_view line, const ParsedDate& today,
                                             NumericDateOrder order, ZoneRegion zone, std::string* buf) {
  const size_t first_digit = line.find_first_of("0123456789");
  if (const size_t cue = UpdateCueAt(line); cue != std::string_view::npos && first_digit < cue)
    return NormalizeDate(line.substr(cue), today, order, zone);
  int seen = 0;
  for (const Node* s = stamp->next; s && seen < kUpdateBesideSiblings; s = s->next) {
    if (!s->is_element()) continue;
    ++seen;
    if (!CollapsedTextInto(s, 200, kDateLineMaxNodes, buf) || buf->empty() || buf->size() > 160) continue;
    if (const size_t cue = UpdateCueAt(*buf); cue != std::string_view::npos)
      return NormalizeDate(std::string_view(*buf).substr(cue), today, order, zone);
  }
  return std::nullopt;
}

// The update a box beside the publication's <time> gives, after an update
// cue: its whole text, else (a meta row of byline, stamps and counts) one of
// its first kUpdateBoxChildren children's, two levels down at most. The
// date after the cue, or the time of day alone ("Aggiornato alle 13:40") on
// the publication's day `published`; nothing when the cue is followed by
// neither. (`inner` holds a buffer a level, kUpdateBoxLevels: the
// children's texts are read into inner[depth], the caller's, reused.)
constexpr int kUpdateBoxChildren = 6;
constexpr int kUpdateBoxLevels = 2;
[[gnu::noinline]] std::optional<std::string> UpdateInBox(const Node* box, std::string_view text, const ParsedDate& published,
                                                         const ParsedDate& today, NumericDateOrder order, ZoneRegion zone,
                                                         int depth, std::string* inner) {
  const size_t cue = UpdateCueAt(text);
  if (cue == std::string_view::npos) return std::nullopt;
  const std::string_view tail = text.substr(cue);
  if (IsDateLine(tail)) {
    // (A <time> in the box gives the moment in full: the last one's
    // datetime, the update's where the box holds two.)
    const Node* time = nullptr;
    int budget = static_cast<int>(kDateLineMaxNodes);
    for (const Node* d = box; d && budget-- > 0; d = NextInTree(d, box))
      if (d->Is(TagId::kTime) && !d->Attr("datetime").empty()) time = d;
    if (time)
      if (std::optional<std::string> d = NormalizeDate(time->Attr("datetime"), today, order, zone)) return d;
    return NormalizeDate(tail, today, order, zone);
  }
  if (ParsedDate clock = UpdateClockOf(tail); clock.hour >= 0) {
    // (Not before the publication's own time of day: "never before the
    // publication" holds within the day too.)
    if (published.hour >= 0 && std::tie(clock.hour, clock.minute) < std::tie(published.hour, published.minute))
      return std::nullopt;
    ParsedDate d = published;
    d.hour = clock.hour, d.minute = clock.minute, d.second = 0;
    return d.ToIso();
  }
  if (!box || depth >= kUpdateBoxLevels) return std::nullopt;
  int seen = 0;
  std::string* buf = &inner[depth];
  for (const Node* k = box->first_child; k && seen < kUpdateBoxChildren; k = k->next) {
    if (!k->is_element()) continue;
    ++seen;
    if (!CollapsedTextInto(k, 200, kDateLineMaxNodes, buf) || buf->size() > 160) continue;
    if (std::optional<std::string> d = UpdateInBox(k, *buf, published, today, order, zone, depth + 1, inner)) return d;
  }
  return std::nullopt;
}

// The update shown beside `t`, the <time> that gave the publication
// (`published_iso`, as read from it), when no structured field dates one:
// after an update cue in the rest of its line ("Published <time>3 May
// 2025</time>, updated 5 May 2025"), in one of the
// next kUpdateBesideSiblings boxes beside it ("<time>2 december
// 2025</time> <span>Bijgewerkt: 2 december 2025, 15:30</span>") or beside
// its parent ("<span>Опубликовано: <time></span> <span>Обновлено:
// <time></span>"; a hidden stamp's box, then the visible meta row). A short
// line each (160 bytes): a sentence that says "updated" dates nothing.
// Never before the publication. (Two levels, a few siblings each: once
// per page.)
[[gnu::noinline]] std::optional<std::string> UpdateBesidePublishedTime(const Node* t, const std::string& published_iso,
                                                                       const ParsedDate& today, NumericDateOrder order,
                                                                       ZoneRegion zone) {
  if (!t) return std::nullopt;
  std::string text, inner[kUpdateBoxLevels];
  const ParsedDate published = ParseDate(published_iso);
  std::string* buf = &text;
  const Node* at = t;
  for (int level = 0; level < 2 && at; ++level, at = at->parent) {
    int seen = 0;
    for (const Node* s = at->next; s && seen < kUpdateBesideSiblings; s = s->next) {
      std::optional<std::string> d;
      if (s->is_text()) {
        const std::string_view line = Trim(s->data);
        if (line.empty()) continue;
        if (line.size() > 160) break;
        d = UpdateInBox(nullptr, line, published, today, order, zone, 0, inner);
      } else if (s->is_element()) {
        ++seen;
        if (!CollapsedTextInto(s, 200, kDateLineMaxNodes, buf) || buf->empty() || buf->size() > 160) continue;
        d = UpdateInBox(s, *buf, published, today, order, zone, 0, inner);
      }
      if (!d) continue;
      if (const ParsedDate md = ParseDate(*d); md.valid() && !LaterDay(published, md)) return d;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// The part of a byline line ("Dec 26, 2025 • Jane Doe | 5 min read") that
// is a date stamp, or "".
// What separates the parts of a byline line: bullets, bars, dashes.
constexpr std::string_view kBylineDateSeparators[] = {
    "\xE2\x80\xA2", "|", "\xC2\xB7", " - ", "\xE2\x80\x94", "\xE2\x80\x93", " / ", "\xE2\x8B\x85", "\xE2\x88\x99",
    // "by Jane » Tue Aug 27, 2019 1:47 am" (a phpBB post's author line);
    // the katakana middle dot "December 18, 2025 ・ 3 min read".
    "\xC2\xBB", "\xE3\x83\xBB",
};

std::string_view DateLinePart(std::string_view line) {
  // Every part returned passed IsDateLine, which asks for a digit: a line
  // with none has no date part (most lines asked have none).
  if (!HasAsciiDigit(line)) return {};
  // A dateline: the date after the place ("Madrid, 3 de mayo de 2025").
  if (IsPlaceDateLine(line)) return Trim(line.substr(line.find(", ") + 2));
  for (std::string_view sep : kBylineDateSeparators) {
    size_t b = 0;
    // (Its second byte looked for first: a line without it is passed by one
    // memchr, where find stopped at every space for " - " and " / ".)
    const char rare = sep.size() > 1 ? sep[1] : sep[0];
    if (line.find(rare) == std::string_view::npos || line.find(sep) == std::string_view::npos) continue;
    while (b <= line.size()) {
      size_t e = line.find(sep, b);
      if (e == std::string_view::npos) e = line.size();
      std::string_view part = Trim(line.substr(b, e - b));
      if (!part.empty() && IsDateLine(part)) return part;
      b = e + sep.size();
    }
  }
  // ... or the stamp before the writer's name ("Posted on the 15/12/2025
  // at 19:00 by @jane": a blog's footer line, stamp first; read in the
  // line's first 100 bytes, as NameAfterDateStamp does).
  size_t cue = 0;
  if (const size_t at = FindAfterDateByCue(line, 100, &cue); at != std::string_view::npos && at > 0) {
    const std::string_view stamp = Trim(line.substr(0, at));
    if (IsDateLine(stamp)) return stamp;
  }
  // ... or the stamp before a note of its edit in parentheses ("2019-02-23,
  // 09:14 PM (This post was last modified: 2024-01-05 by jane)": a post's
  // date with the edit's nested in it): the first date is the post's. (One
  // memchr for the parenthesis passes most lines.)
  if (const size_t paren = line.find('('); paren != std::string_view::npos && paren > 0) {
    const std::string_view stamp = Trim(line.substr(0, paren));
    if (IsDateLine(stamp) && UpdateCueAt(line.substr(paren)) != std::string_view::npos) return stamp;
  }
  // ... or the date after a thread starter's cue ("Started by jdoe, May 2,
  // 2024").
  if (std::string_view part = DateAfterStarterCue(line); !part.empty()) return part;
  // ... or the date after a byline's cue ("by Jane Doe on May 2, 2024").
  return DateAfterBylineCue(line);
}

// The writer a date stamp names after it ("Posted on May 2, 2024 by Jane
// Doe", themes print the stamp, then the byline, on one line): what follows
// the " by " that ends the stamp, or "". Reads the line's first 100 bytes
// for the cue (a stamp is shorter).
// The categories a theme prints after the name ("... by Jane Doe in News,
// Travel") are cut off (TaxonomyCueAt).
std::string_view NameAfterDateStamp(std::string_view line) {
  line = Trim(line);
  // The stamp is read in the first kStampBytes; a date has a digit (see
  // IsDateLine): a line with none there is no stamp, the cues are not
  // looked for.
  constexpr size_t kStampBytes = 100;
  if (!HasAsciiDigit(line.substr(0, kStampBytes))) return {};
  size_t cue = 0;
  const size_t at = FindAfterDateByCue(line, kStampBytes, &cue);
  if (at == std::string_view::npos || at == 0 || !IsDateLine(line.substr(0, at))) return {};
  std::string_view name = Trim(line.substr(at + cue));
  if (const size_t tax = TaxonomyCueAt(name); tax != std::string_view::npos) name = Trim(name.substr(0, tax));
  return name;
}

// A stamp's cue glued to the month after it, as a theme's label in an
// element of its own reads with no space before the <time> ("<span
// class=meta-label>Updated</span><time>January 25, 2026</time>" reads
// "UpdatedJanuary 25, 2026"): the cue (IsWeekdayOrDateCue), then a
// capital that starts a month's name.
static bool GluedCueAndMonth(std::string_view word) {
  for (size_t k = 2; k + 2 < word.size(); ++k)
    if (word[k] >= 'A' && word[k] <= 'Z') return IsWeekdayOrDateCue(word.substr(0, k)) && MonthFromWord(word.substr(k));
  return false;
}

// A name credited with a wire agency after it ("Anna Schmidt mit dpa",
// "Ana Ruiz | EFE", "Jan Kowalski, PAP"): a byline with no cue.
static bool NameThenWireAgency(std::string_view text) {
  size_t at = WireAgencyTailAt(text);
  if (at == std::string_view::npos && !WireAgencyOf(text).empty()) at = text.find_last_of(",|/(");
  if (at == std::string_view::npos || at == 0) return false;
  const std::string_view name = Trim(text.substr(0, at));
  if (LooksLikeName(name)) return true;
  // (Two names joined: "Ana Ruiz y Pedro Gómez | EFE".)
  const std::vector<std::string> names = SplitAuthors(name);
  return names.size() > 1 && std::all_of(names.begin(), names.end(), [](const std::string& n) { return LooksLikeName(n); });
}

bool HasBlockChild(const Node* n) {
  for (const Node* c = n->first_child; c; c = c->next)
    if (c->is_element() && IsBlockTag(c->tag)) return true;
  return false;
}

// Whether box `n` holds a poster's statistic on a line of its own (a leaf
// block whose text IsMemberStatLine: wpForo's "Inscrit : 12 avril 2021"
// under the poster's name): the box is a poster's panel, its dates the
// member's. (64 nodes looked at.)
static bool HoldsMemberStatLine(const Node* n) {
  constexpr int kMaxNodes = 64;
  int seen = 0;
  std::string line;
  for (const Node* d = n->first_child; d && ++seen <= kMaxNodes; d = NextInTree(d, n)) {
    if (!d->is_element() || !IsBlockTag(d->tag) || HasBlockChild(d)) continue;
    line.clear();
    if (CollapsedTextInto(d, 64, 8, &line) && IsMemberStatLine(line)) return true;
  }
  return false;
}

// Whether date line `n` (its text `text`) on a thread dates a member, not
// the post: a poster's statistic ("Registriert seit 03.04.2021", "Joined
// Oct 28, 2023"), a box that holds one on a line of its own (the poster's
// panel), or a panel's <dd> under its label's <dt> ("<dt>Joined:</dt><dd>Feb
// 28, 2017</dd>", XenForo 1's).
static bool DatesTheMember(const Node* n, std::string_view text) {
  if (IsMemberStatLine(text) || (HasBlockChild(n) && HoldsMemberStatLine(n))) return true;
  const Node* dt = n->Is(TagId::kDd) ? PrevElementFrom(n->prev()) : nullptr;
  if (!dt || !dt->Is(TagId::kDt)) return false;
  std::string label;
  CollapsedTextInto(dt, 64, kDateLineMaxNodes, &label);
  label += ' ';
  label += text;
  return IsMemberStatLine(label);
}

// Whether inline poster name `n` (`name_size` bytes) sits in a sentence:
// its nearest block holds kPosterSentenceMinExtra bytes or more beside it
// and ends on a full stop. (kPosterSentenceReadBytes of the block read,
// into `buf`: the caller's, reused across its posters.)
bool InPosterSentence(const Node* n, size_t name_size, std::string* buf) {
  const Node* block = n->parent;
  while (block && block->is_element() && !IsBlockTag(block->tag)) block = block->parent;
  if (!block || !block->is_element()) return false;
  CollapsedTextInto(block, kPosterSentenceReadBytes, buf);
  const std::string_view line = *buf;
  return line.size() >= name_size + kPosterSentenceMinExtra && line.size() < kPosterSentenceReadBytes &&
         line.back() == '.';
}

// A byline element's text without the writer's role or title set in an
// element of its own ("<div class=byline><span>Jane Doe</span><span
// class=author-title>Transport Correspondent</span>": with no space
// between the spans the text would read "Jane DoeTransport ..."). The
// elements below `n` whose class names a detail (IsBylineDetailClass) are
// passed over, and so are the words for screen readers only (phpBB's
// "<span class=sr-only>Beitrag</span>", the label of the post's icon
// before "von Sanni_K"; the hint table's hidden-class bit); 300 bytes and
// 1024 nodes at most.
static void BylineTextInto(const Node* n, const HintTable& hints, size_t max_bytes, size_t max_nodes, std::string* out) {
  CollapsedTextInto(n, max_bytes, max_nodes, out, [&](const Node* d) {
    return (hints[d] & kHintHidden) || (d->num_attrs && IsBylineDetailClass(d->Attr("class")));
  });
}

static std::string BylineText(const Node* n, const HintTable& hints) {
  std::string text;
  BylineTextInto(n, hints, 300, 1024, &text);
  return text;
}

// The name a byline label ("Written by", "Author:") introduces: the text of
// the next element that has any (an avatar may sit between them), looking
// at three elements at most. A list gives one name an item ("Authors:
// <ul><li>A</li><li>B</li></ul>"). Each text is read from a bounded part
// of the tree. Not a table's column headings ("<th>Author</th><th>Message</th>",
// a forum's header row over its posts), nor a sentence (the description of
// an API's "author" field: "Only books whose ... starts with this text.").
std::string LabelledName(const Node* label) {
  // (A sentence: more words than a list of names runs to, and a full stop.)
  constexpr size_t kSentenceMinSpaces = 8;
  std::string name, item;
  int elements = 3;
  for (const Node* next = label->next; next && elements > 0; next = next->next) {
    if (!next->is_element()) continue;
    --elements;
    if (label->Is(TagId::kTh) && next->Is(TagId::kTh)) return {};
    if (next->Is(TagId::kUl) || next->Is(TagId::kOl)) {
      int items = 10;
      for (const Node* li = next->first_child; li && items > 0; li = li->next) {
        if (!li->is_element() || !li->Is(TagId::kLi)) continue;
        --items;
        if (!CollapsedTextInto(li, 200, 256, &item) || item.empty()) continue;
        if (!name.empty()) name.append(", ");
        name.append(item);
      }
    } else {
      CollapsedTextInto(next, 300, 1024, &name);
    }
    if (!name.empty()) break;
  }
  if ((name.ends_with('.') || name.ends_with('?') || name.ends_with('!')) &&
      static_cast<size_t>(std::count(name.begin(), name.end(), ' ')) >= kSentenceMinSpaces)
    return {};
  return name;
}

// Whether a meta line links to a category or tag page ("Filed under DIY,
// Home Decor"): rel="tag"/"category", or a taxonomy path or class word on
// the link. Such names are topics, not people. Looks at 64 nodes.
// A line whose own class names a list of categories or tags ("<li
// class=c-meta__cats>Health, Technology</li>") is one too, links or not.
bool HasTaxonomyLink(const Node* n) {
  if (n->num_attrs && IsTaxonomyClass(n->Attr("class"))) return true;
  // The link itself, in a category-classed box.
  if (n->Is(TagId::kA) && n->parent && n->parent->is_element() && IsTaxonomyLink({}, {}, n->parent->Attr("class")))
    return true;
  int budget = 64;
  for (const Node* d = n; d && budget-- > 0; d = NextInTree(d, n)) {
    if (!d->num_attrs) continue;
    if (!d->Is(TagId::kA)) {
      // A box inside the line that a category class names around its link
      // ("<span class=byline__category><a href=/health/>Health</a>"), or
      // inside its link ("<a href=/tech><span class=badge-category>Tech</span></a>").
      // So does a box that a terms class names, linked or not ("<li
      // class=postmeta-terms-wrap><span>Office</span><span>Papers</span>").
      // (Its class read once for both.)
      const std::string_view cls = d->Attr("class");
      if (d != n && IsTaxonomyClass(cls)) return true;
      if (IsTaxonomyLink({}, {}, cls)) {
        if (d->parent && d->parent->Is(TagId::kA)) return true;
        if (d->first_child)
          for (const Node* c = d->first_child; c; c = c->next)
            if (c->Is(TagId::kA)) return true;
      }
      continue;
    }
    if (IsTaxonomyLink(d->Attr("rel"), d->Attr("href"), d->Attr("class"))) return true;
  }
  return false;
}

// The text of the innermost block holding the first text of `n` (its first
// line as a box shows it). Looks at 64 nodes and 8 levels.
std::string FirstBlockText(const Node* n) {
  int budget = 64;
  for (const Node* d = n->first_child; d && budget-- > 0; d = NextInTree(d, n)) {
    if (!d->is_text() || Trim(d->data).empty()) continue;
    const Node* block = d->parent;
    for (int up = 0; block != n && !IsBlockTag(block->tag) && up < 8; ++up) block = block->parent;
    return CollapsedText(block == n ? d : block, 200);
  }
  return {};
}

// A poster's profile box's name: the first line's link when the line
// opens on one (MyBB's "<div class=author_information><strong><a
// href=member.php?...>name</a></strong> <img alt=Offline><br><span>Junior
// Member</span>": the rank after a <br> is no part of the name), else the
// first line (FirstBlockText).
std::string PosterBoxName(const Node* n) {
  constexpr int kLinkClimb = 4;
  int budget = 64;
  for (const Node* d = n->first_child; d && budget-- > 0; d = NextInTree(d, n)) {
    if (!d->is_text() || Trim(d->data).empty()) continue;
    int up = 0;
    for (const Node* a = d->parent; a && a != n && up < kLinkClimb && !IsBlockTag(a->tag); a = a->parent, ++up)
      if (a->Is(TagId::kA)) return CollapsedText(a, 200);
    break;
  }
  return FirstBlockText(n);
}

// A byline label is plain text ("Written by", "Author:"), not an item of a
// list of tabs or links ("Author | Recent Posts").
bool IsPlainLabel(const Node* n) {
  if (n->Is(TagId::kLi) || n->Is(TagId::kA)) return false;
  for (const Node* c = n->first_child; c; c = c->next)
    if (c->Is(TagId::kA)) return false;
  return true;
}

// The number of words of `name` when each is capitalized (or a particle:
// "Ludwig van Beethoven"), else 0.
static size_t CapitalizedWords(std::string_view name) {
  size_t words = 0;
  for (size_t b = 0; b < name.size();) {
    const size_t e = std::min(name.find(' ', b), name.size());
    if (!StartsCapitalOrNonAscii(name.substr(b)) && !IsNameParticle(name.substr(b, e - b))) return 0;
    ++words;
    b = e + 1;
  }
  return words;
}

// Whether a byline box's text is names with their handles after them
// ("Jane Doe @janedoe and Ann Berg @aberg", no "By"): name-like once the
// handles (a word "@..." after the first) go, as SplitAuthors drops them.
static bool NamesWithHandles(std::string_view text) {
  if (text.find(" @") == std::string_view::npos || text.size() > 120) return false;
  std::string kept;
  size_t handles = 0;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find(' ', b);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view token = text.substr(b, e - b);
    if (b > 0 && token.size() > 1 && token[0] == '@') {
      ++handles;
    } else if (!token.empty()) {
      if (!kept.empty()) kept.push_back(' ');
      kept.append(token);
    }
    b = e + 1;
  }
  return handles > 0 && CapitalizedWords(kept) >= 2 && LooksLikeName(kept);
}

// Whether the inline element `n` continues a heading's words ("<h2>Explore
// courses <span>by category</span></h2>"): its parent is a heading and
// text stands before it there (within 8 siblings). Its cue is the
// heading's phrase, no byline.
// A name after the cue ("<h2>A spring walk, <span>by Jane Doe</span></h2>")
// is a byline set in the subtitle, not the heading's words.
static bool ContinuesHeading(const Node* n) {
  if (IsBlockTag(n->tag) || !n->parent || !n->parent->is_element() || !IsHeadingTag(n->parent->tag)) return false;
  int look = 8;
  bool after_text = false;
  for (const Node* p = n->prev(); p && look-- > 0 && !after_text; p = p->prev())
    after_text = p->is_text() && !Trim(p->data).empty();
  if (!after_text) return false;
  const std::string text = CollapsedText(n, 64);
  const std::string_view rest = StripBylineCue(text);
  // (A name: two words or more, each capitalized; "by Category" is one.)
  return CapitalizedWords(rest) < 2 || !LooksLikeName(rest);
}

// Whether the byline-hinted element `n` is one of a list's: three or more
// of the page's byline-hinted elements (the first 32) share its tag and
// its class ("<span class=\"badge meta\">" on each card of a shop's grid,
// "<span class=author>" under each post of a blog's index). A story's own
// byline stands once or twice (its header, its author box).
// (Repeats on one line do not count: three "<span class=author>" in one
// "<div class=byline>" are one story's writers. A repeat that shares `n`'s
// parent, or its grandparent through an inline parent, is on its line.)
static bool RepeatedByline(const Node* n, const std::vector<const Node*>& byline_nodes) {
  const std::string_view cls = n->Attr("class");
  if (cls.empty()) return false;
  auto line_of = [](const Node* x) {
    const Node* p = x->parent;
    if (p && !IsBlockTag(p->tag) && p->parent) p = p->parent;
    return p;
  };
  const Node* line = line_of(n);
  int same = 0;
  for (const Node* b : byline_nodes)
    if (b->tag == n->tag && b->Attr("class") == cls && (b == n || (b->parent != n->parent && line_of(b) != line)) &&
        ++same >= 3)
      return true;
  return false;
}

// The names of the page's rel=author links (16 at most) when they name
// three writers or more (a list's cards, each with its own writer's link);
// else none.
static std::vector<std::string> ManyRelAuthors(const std::vector<const Node*>& links) {
  std::vector<std::string> names;
  if (links.size() < 3) return names;
  // (Cards are separate blocks: links that share their block, one
  // "<div class=authors>" line, are one story's writers.)
  auto block_of = [](const Node* x) {
    const Node* p = x->parent;
    for (int up = 0; p && p->parent && !IsBlockTag(p->tag) && up < 4; ++up) p = p->parent;
    return p;
  };
  for (size_t i = 0; i < links.size() && i < 16; ++i)
    for (size_t j = i + 1; j < links.size() && j < 16; ++j)
      if (block_of(links[i]) == block_of(links[j])) return names;
  int distinct = 0;
  for (const Node* l : links) {
    std::string t = CollapsedText(l, 120);
    if (t.empty()) continue;
    bool seen = false;
    for (const std::string& o : names) seen |= EqualsIgnoreCase(o, t);
    if (!seen) {
      ++distinct;
      names.push_back(std::move(t));
    }
  }
  if (distinct < 3) names.clear();
  return names;
}

// The look for a digit before a row's parts are read: its text up to this
// many bytes and nodes (past either, the parts are read as before).
constexpr size_t kMetaRowScanBytes = 512, kMetaRowScanNodes = 160;

// Whether `n` may hold a date stamp: a stamp needs a digit (IsDateLine and
// DateLinePart ask for one) or a <time>; a box whose text (within the scan
// bounds) has neither holds none. (A meta row's parts, the element under a
// name: menus and tag lists are passed before they are collapsed and read.)
static bool MayHoldStamp(const Node* n) {
  if (n->Is(TagId::kTime)) return true;
  const TextScan scan = ScanText(n, kMetaRowScanBytes, /*find_digit=*/true, kMetaRowScanNodes);
  return scan.over || scan.digit;
}

// The name in a story's meta row: an element of 2 to 6 small parts, one a
// person's name and the others a date stamp (at least one), a reading time
// ("6 min read") or a separator ("·"), as templates print them under the
// headline without a "By" ("Jane Doe · Dec 17, 2025 · 6 min read").
// Unmarked, the name has two words or more, each capitalized (one word is
// as likely a section: "News · Dec 17"); `marked` (a byline-classed row)
// lifts that. A linked topic (a category) is no name, and a headline beside
// its date is no row. "" when the row is no such row. Reads at most 6 parts of 24 nodes each.
static std::string MetaRowName(const Node* row, bool marked) {
  constexpr int kMaxParts = 6;
  const Node* parts[kMaxParts];
  int count = 0;
  for (const Node* c = row->first_child; c; c = c->next) {
    if (c->is_text() && !Trim(c->data).empty()) return {};  // loose text: a sentence, not a row
    if (!c->is_element()) continue;
    // A header that holds the headline is no meta row.
    if (count == kMaxParts || c->Is(TagId::kH1)) return {};
    parts[count++] = c;
  }
  if (count < 2) return {};
  // A row needs a date stamp (a menu, a list of tags has none).
  if (std::none_of(parts, parts + count, [](const Node* p) { return p->Is(TagId::kTime); }) && !MayHoldStamp(row))
    return {};
  std::string text, name;
  const Node* name_node = nullptr;
  bool date = false;
  for (int i = 0; i < count; ++i) {
    if (!CollapsedTextInto(parts[i], 80, 24, &text) || text.size() >= 80) return {};
    if (text.empty()) continue;
    bool has_alnum = false, digit = false;
    for (size_t k = 0; k < text.size();) {
      const unsigned char ch = text[k];
      if (ch < 0x80) {
        has_alnum |= IsAsciiAlnum(ch);
        digit |= IsAsciiDigit(ch);
        ++k;
        continue;
      }
      // Letters of other scripts; not punctuation or symbols ("·", "•").
      size_t len;
      const uint32_t cp = DecodeUtf8(text, k, &len);
      has_alnum |= !IsSymbolOrSeparatorCodePoint(cp);
      k += len;
    }
    if (!has_alnum) {
      if (text.size() > 4) return {};
      continue;  // a separator
    }
    if (parts[i]->Is(TagId::kTime) || IsDateLine(text) || !DateLinePart(text).empty()) {
      date = true;
      continue;
    }
    if (digit) {
      // A reading time or a count ("6 min read", "12 comments").
      if (!IsAsciiDigit(text[0]) || text.size() > 24) return {};
      continue;
    }
    // One run of text, no cue or label: "By" and a name in two spans is
    // a byline the cue search reads.
    if (name_node || !LooksLikeName(text) || IsBylineLabel(text) || !StripBylineCue(text).empty()) return {};
    if (TextRuns(parts[i], 24) != 1) return {};
    name_node = parts[i];
    name = text;
  }
  if (!date || !name_node || HasTaxonomyLink(name_node)) return {};
  if (!marked) {
    size_t b = 0, words = 0;
    while (b < name.size()) {
      size_t e = std::min(name.find(' ', b), name.size());
      const std::string_view w = std::string_view(name).substr(b, e - b);
      if (!StartsCapitalOrNonAscii(std::string_view(name).substr(b)) && !IsNameParticle(w)) return {};
      ++words;
      b = e + 1;
    }
    if (words < 2) return {};
  }
  return name;
}

static bool HasJobTitleWord(std::string_view part);

// The name an author box's bio opens on in bold ("<p><strong>Jane
// Doe</strong> is a garden writer ..."): the bold element is the box's
// first text, a name, and a bio verb follows it; else "". Looks at 16
// nodes.
std::string BoldNameOpeningBio(const Node* box) {
  int budget = 16;
  for (const Node* d = box->first_child; d && budget-- > 0; d = NextInTree(d, box)) {
    if (d->is_text()) {
      if (!Trim(d->data).empty()) return {};  // text before any bold
      continue;
    }
    if (!d->Is(TagId::kStrong) && !d->Is(TagId::kB)) continue;
    const std::string name = CollapsedText(d, 64);
    if (!LooksLikeName(name) || CapitalizedWords(name) < 2 || NamesAnOrganisation(name)) return {};
    std::string text;
    CollapsedTextInto(d->parent, 96, 16, &text);
    if (text.size() <= name.size() + 1 || !text.starts_with(name) || text[name.size()] != ' ') return {};
    const std::string_view rest = std::string_view(text).substr(name.size() + 1);
    return IsBioVerb(rest.substr(0, rest.find(' '))) ? name : std::string();
  }
  return {};
}

// The name in a line of loose text that gives a name and a date, parted by
// a bar, a bullet or a dash ("<p>Jane Doe | March 4, 2024</p>"), as
// templates print them under the headline without a "By": two parts, one
// a date line, the other a name of two to four capitalized words (one word
// is as likely a section). The line must be marked as a byline: a byline
// hint on it or its parent, or a link in it to an author's page (rel=author,
// /author/...): a bare "New York | March 4, 2024" or "Press Release - ..."
// is a dateline or a label, as capitalized as a name. "" when the line is
// no such line. A user's picture beside the name (an avatar image) marks
// it too, and categories after the name ("Jane Doe in <a>News</a>") are
// cut off. Reads 16 nodes and 80 bytes at most.
static std::string NameBesideDateLine(const Node* n, const HintTable& hints) {
  const Node* first = n->first_child;
  // (The name's link first: its text.)
  if (first && first->Is(TagId::kA)) first = first->first_child;
  // (Prose is ruled out by its first text's length before any is read.)
  if (!first || !first->is_text() || first->data.size() > 120 || Trim(first->data).empty()) return {};
  bool marked = (hints[n] & kHintByline) || (n->parent && (hints[n->parent] & kHintByline));
  int look = 16;
  for (const Node* d = n->first_child; d && !marked && look-- > 0; d = NextInTree(d, n))
    marked = (d->Is(TagId::kA) && (ContainsIgnoreCase(d->Attr("rel"), "author") || IsAuthorPageHref(d->Attr("href")))) ||
             (d->Is(TagId::kImg) && IsAvatarClass(d->Attr("class")));
  if (!marked) return {};
  std::string text;
  if (!CollapsedTextInto(n, 81, 16, &text) || text.size() > 80 || !HasAsciiDigit(text)) return {};
  for (std::string_view sep : kBylineDateSeparators) {
    const size_t at = text.find(sep);
    if (at == std::string::npos || text.find(sep, at + sep.size()) != std::string::npos) continue;
    std::string_view a = Trim(std::string_view(text).substr(0, at)), b = Trim(std::string_view(text).substr(at + sep.size()));
    if (IsDateLine(a)) std::swap(a, b);
    // (The categories after the name: "May 2, 2024 • Jane Doe in <a>News</a>".)
    if (const size_t tax = TaxonomyCueAt(a); tax != std::string_view::npos) a = Trim(a.substr(0, tax));
    if (!IsDateLine(b) || a.empty() || HasAsciiDigit(a) || !LooksLikeName(a) || IsBylineLabel(a) ||
        !StripBylineCue(a).empty())
      return {};
    const size_t words = CapitalizedWords(a);
    return words >= 2 && words <= 4 ? std::string(a) : std::string();
  }
  return {};
}

// The first non-blank text of `e` within its first 6 nodes, trimmed ("" if
// none): read before the whole text is, to rule most elements out cheaply.
static std::string_view FirstTextRun(const Node* e) {
  int look = 6;
  for (const Node* d = e->first_child; d && look-- > 0; d = NextInTree(d, e))
    if (d->is_text())
      if (const std::string_view t = Trim(d->data); !t.empty()) return t;
  return {};
}

// Whether that first text is longer than a name line can be (most
// elements beside a paragraph are paragraphs).
static bool FirstTextTooLong(const Node* e, size_t max) { return FirstTextRun(e).size() > max; }

// Whether `e` may hold a name line: its first text (found within a few
// nodes) is short and starts with a capital (or a letter of another
// script). A cheap test before the text is read.
static bool MayBeNameLine(const Node* e, size_t max) {
  const std::string_view t = FirstTextRun(e);
  return t.size() <= max && StartsCapitalOrNonAscii(t);
}

// A name on a line of its own right above the date line by the headline
// ("<p>Jane Doe</p><div><span>23.07.2025</span> · <span>6 min
// read</span></div>"): two or three capitalized words in one run of text,
// no cue, no job title; the next element's text a date stamp. "" when `n`
// is no such line. Reads a few nodes of `n` and of the element after it.
static std::string NameOverDateLine(const Node* n) {
  if (!(n->Is(TagId::kP) || n->Is(TagId::kDiv) || n->Is(TagId::kSpan)) || HasBlockChild(n) ||
      !MayBeNameLine(n, 160))
    return {};
  const Node* next = NextElementFrom(n->next);
  if (!next) return {};
  // The next element must hold a stamp: without one the name is not read.
  if (!MayHoldStamp(next)) return {};
  std::string name, date;
  if (!CollapsedTextInto(n, 160, 8, &name) || name.size() >= 160) return {};
  if (IsBylineLabel(name) || !StripBylineCue(name).empty() || HasJobTitleWord(name) || NamesAnOrganisation(name))
    return {};
  // One name, or a list of them ("Ann Lee, Raj Patel and Bo Chan").
  size_t names = 0;
  for (size_t pb = 0; pb < name.size();) {
    size_t pe = std::min(name.find(", ", pb), name.size());
    if (const size_t and_at = name.find(" and ", pb); and_at < pe) pe = and_at;
    const std::string_view part = std::string_view(name).substr(pb, pe - pb);
    pb = pe + (pe < name.size() && name[pe] == ',' ? 2 : 5);
    if (!LooksLikeName(part)) return {};
    size_t words = 0;
    for (size_t b = 0; b < part.size();) {
      const size_t e = std::min(part.find(' ', b), part.size());
      std::string_view w = part.substr(b, e - b);
      if (!StartsCapitalOrNonAscii(part.substr(b)) && !IsNameParticle(w)) return {};
      // A schedule's line ("Tuesdays Evenings") is no name.
      if (w.size() > 1 && (w.back() == 's' || w.back() == 'S')) w.remove_suffix(1);
      if (IsWeekdayOrDateCue(w)) return {};
      ++words;
      b = e + 1;
    }
    if (words < 2 || words > 4 || ++names > 6) return {};
  }
  if (names == 0) return {};
  if (TextRuns(n, 8) != 1 || HasTaxonomyLink(n)) return {};
  if (!CollapsedTextInto(next, 80, 24, &date) || date.empty()) return {};
  if (!next->Is(TagId::kTime) && !IsDateLine(date) && DateLinePart(date).empty()) return {};
  return name;
}

// The name on the line right after the headline that gives a name, a job
// title and a date, parted by one separator ("<h1>...</h1><p>Jane Doe |
// Senior Writer | July 2, 2025</p>"), unmarked: the job title makes the
// first part a person (a bare "New York | March 4" is a dateline). The
// name has two to four capitalized words. "" when `n` is no such line.
// Reads 16 nodes and 120 bytes at most.
static std::string NameRoleDateLine(const Node* n, const Node* headline) {
  if (!(n->Is(TagId::kP) || n->Is(TagId::kDiv)) || PrevElementFrom(n->prev()) != headline || HasBlockChild(n) ||
      !MayBeNameLine(n, 120))
    return {};
  std::string text;
  if (!CollapsedTextInto(n, 121, 16, &text) || text.size() > 120 || !HasAsciiDigit(text)) return {};
  for (std::string_view sep : kBylineDateSeparators) {
    const size_t a = text.find(sep);
    if (a == std::string::npos) continue;
    const size_t b = text.find(sep, a + sep.size());
    if (b == std::string::npos || text.find(sep, b + sep.size()) != std::string::npos) return {};
    const std::string_view t(text);
    const std::string_view name = Trim(t.substr(0, a)), role = Trim(t.substr(a + sep.size(), b - a - sep.size())),
                           date = Trim(t.substr(b + sep.size()));
    if (!IsDateLine(date) || !HasJobTitleWord(role) || HasAsciiDigit(name) || !LooksLikeName(name) ||
        HasJobTitleWord(name) || NamesAnOrganisation(name) || IsBylineLabel(name))
      return {};
    const size_t words = CapitalizedWords(name);
    return words >= 2 && words <= 4 ? std::string(name) : std::string();
  }
  return {};
}

// The names a paper's author box gives each in an element of its own
// (NamesPersonNameClass), at most 16 of 256 nodes. Each name is the
// element's first line: LaTeXML may set the affiliation and the address
// in the same element after a <br class=ltx_break>.
static std::vector<std::string> PersonNameParts(const Node* box) {
  constexpr int kMaxNodes = 256, kMaxLineNodes = 16;
  constexpr size_t kMaxNames = 16, kMaxNameBytes = 120;
  std::vector<std::string> names;
  std::string raw;
  int seen = 0;
  for (const Node* n = box->first_child; n && ++seen <= kMaxNodes && names.size() < kMaxNames;) {
    if (n->is_element() && n->num_attrs && NamesPersonNameClass(n->Attr("class"))) {
      raw.clear();
      int line_nodes = 0;
      // (A break or a block ends the line once it has words: one before
      // them, "<span><br>Jane Doe", or a block around them, "<div><p>Jane
      // Doe</p>", is entered.)
      bool words = false;
      for (const Node* d = n->first_child; d && ++line_nodes <= kMaxLineNodes && raw.size() < kMaxNameBytes;
           d = NextInTree(d, n)) {
        if (d->is_element() && words && (d->Is(TagId::kBr) || IsBlockTag(d->tag))) break;
        if (d->is_text()) {
          raw.append(d->data).push_back(' ');
          words = words || !Trim(d->data).empty();
        }
      }
      std::string name = CollapseWhitespace(raw);
      if (LooksLikeName(name)) names.push_back(std::move(name));
      n = NextSkippingChildren(n, box);
      continue;
    }
    n = NextInTree(n, box);
  }
  return names;
}

// The name an author box gives on the line before its detail (`detail`, an
// element classed as the writer's description, role or bio: "<p>Jane
// Doe</p><div class=author-description>Licensed grader</div>"): two words
// or more, each capitalized, in one run of text. "" when there is none.
static std::string NameBeforeDetail(const Node* detail) {
  const Node* prev = PrevElementFrom(detail->prev());
  if (!prev || HasBlockChild(prev) || FirstTextTooLong(prev, 60) || IsAuthorDetailClass(prev->Attr("class"))) return {};
  std::string name;
  if (!CollapsedTextInto(prev, 64, 8, &name) || name.size() >= 60 || !LooksLikeName(name)) return {};
  if (CapitalizedWords(name) < 2 || IsBylineLabel(name) || !StripBylineCue(name).empty() || NamesAnOrganisation(name))
    return {};
  return TextRuns(prev, 8) == 1 && !HasTaxonomyLink(prev) ? name : std::string();
}

// The writers a byline links one by one, each to a profile page, with a
// role after each name ("Written by <a href=/authors/ann-roe>Ann Roe</a>, 4
// years covering laptops<br><a href=/authors/rob-tallis>Rob Tallis</a>,
// senior editor"): the links' names when two or more people are linked,
// else none (64 nodes looked at, 8 names at most; an avatar's link without
// text is passed over). Each later link must start a new entry: a line
// break or block, a bold name of its own, or a separator ("/", ",", "and")
// after the role before it; the text between two links is a role at most
// (ReadLinkedWriterGap): a credit ("Reviewed by", "Edited by") or a mention
// ("who interviewed") ends the list there.
static std::vector<std::string> LinkedWriters(const Node* byline) {
  std::vector<std::string> names;
  std::string gap;
  bool boundary = false;
  int look = 64;
  for (const Node* d = byline; d && look-- > 0 && names.size() < 8;) {
    if (d->is_text()) {
      if (!names.empty()) gap.append(d->data.substr(0, 200 - std::min<size_t>(gap.size(), 200)));
      d = NextInTree(d, byline);
      continue;
    }
    if (d != byline && d->is_element() && (d->Is(TagId::kBr) || IsBlockTag(d->tag))) boundary = true;
    if (!d->Is(TagId::kA) || !IsAuthorPageHref(d->Attr("href"))) {
      d = NextInTree(d, byline);
      continue;
    }
    std::string text;
    if (!CollapsedTextInto(d, 100, 8, &text) || text.size() >= 100) return {};
    bool seen = false;
    for (const std::string& n : names) seen |= EqualsIgnoreCase(n, text);
    if (!text.empty() && !seen) {
      if (!IsPersonCredit(text)) return {};
      if (!names.empty()) {
        // (A name in bold of its own, "<strong><a>Rob Tallis</a></strong>",
        // opens an entry as a line break does.)
        const Node* p = d->parent;
        const bool own_bold = p && p != byline && (p->Is(TagId::kStrong) || p->Is(TagId::kB)) && !d->prev();
        const LinkedWriterGap g = ReadLinkedWriterGap(gap);
        if (g == LinkedWriterGap::kStop || (g != LinkedWriterGap::kSeparated && !boundary && !own_bold)) break;
      }
      names.push_back(std::move(text));
      gap.clear();
      boundary = false;
    }
    d = NextSkippingChildren(d, byline);
  }
  if (names.size() < 2) names.clear();
  return names;
}

// The element whose own text is the page's title as written, a headline set
// in a plain block by a site builder ("<p class=framer-text>Top 5 HR
// Tools</p>"): the first text node that, trimmed, is the title (the first
// kTitleBlockNodes nodes of the body; only asked when no heading matched).
// A repeat in a share, related or boilerplate box ("Share this: <span>
// Title</span>"), an <aside>, <nav> or <footer> is no headline: where the
// headline itself is split ("<b>Five ways</b> <b>to...</b>"), that repeat
// comes first and would put the story's date above the anchor.
static const Node* BlockShowingTitle(const Node* body, std::string_view title, const HintTable& hints) {
  constexpr int kTitleBlockNodes = 6000;
  constexpr int kBoxLevels = 10;  // (the ancestors read for a box)
  if (!body || title.size() < 8) return nullptr;
  int budget = kTitleBlockNodes;
  for (const Node* n = body->first_child; n && budget-- > 0; n = NextInTree(n, body)) {
    if (!n->is_text() || n->data.size() < title.size() || Trim(n->data) != title) continue;
    const Node* p = n->parent;
    if (!p || !p->is_element() || p == body || p->Is(TagId::kA) || p->Is(TagId::kTitle)) continue;
    bool boxed = false;
    int levels = kBoxLevels;
    for (const Node* q = p; q && q != body && q->is_element() && levels-- > 0 && !boxed; q = q->parent)
      boxed = q->Is(TagId::kAside) || q->Is(TagId::kNav) || q->Is(TagId::kFooter) ||
              (hints[q] & (kHintBoilerplate | kHintRelated | kHintComments));
    if (!boxed) return p;
  }
  return nullptr;
}

// Whether `t`, a <time> before `anchor` (the heading that gives the title,
// no headline found), is the site header's clock: in a <header> or <nav>,
// in a masthead, navigation or poster (user) box, or outside the anchor's
// own box: its nearest <article> or <section>, else its parent block when
// that is no <body> or <main>. (Ancestors read: kClockBoxLevels.)
static bool IsHeaderClock(const Node* t, const Node* anchor, const Node* body, const HintTable& hints) {
  constexpr int kClockBoxLevels = 12;
  int levels = kClockBoxLevels;
  for (const Node* q = t->parent; q && q != body && q->is_element() && levels-- > 0; q = q->parent)
    if (q->Is(TagId::kHeader) || q->Is(TagId::kNav) ||
        (hints[q] & (kHintMasthead | kHintNavigation | kHintPoster | kHintPosterExtras)))
      return true;
  const Node* box = nullptr;
  levels = kClockBoxLevels;
  for (const Node* q = anchor->parent; q && q != body && q->is_element() && levels-- > 0 && !box; q = q->parent)
    if (q->Is(TagId::kArticle) || q->Is(TagId::kSection)) box = q;
  if (!box && anchor->parent && anchor->parent != body && !anchor->parent->Is(TagId::kMain) &&
      !anchor->parent->Is(TagId::kBody))
    box = anchor->parent;
  if (!box) return true;
  const uint32_t end = LastDescendantId(box);
  return !(t->id > box->id && t->id <= end);
}

// The names of the links to writers' pages by the headline ("/author/
// jane-doe/": templates link the byline's names to the authors' archives,
// often with no "By"): the first such link with a name's text within 40
// nodes before and 60 after the headline, and the ones beside it (one
// parent's children, 16 at most: "A, B & C"). A link in navigation, in a
// comment or related-stories box is another's. Looks at 200 nodes.
static std::vector<std::string> AuthorLinkNames(const Node* anchor, const Node* root, const HintTable& hints) {
  constexpr uint32_t kBefore = 40, kAfter = 60;
  std::vector<std::string> names;
  std::string text;
  auto name_of = [&](const Node* a) {
    if (!a->Is(TagId::kA) || !a->num_attrs || !IsAuthorPageHref(a->Attr("href"))) return false;
    if (!CollapsedTextInto(a, 61, 24, &text) || text.size() > 60 || !LooksLikeName(text)) return false;
    return StripBylineCue(text).empty() && !IsBylineLabel(text);
  };
  int budget = 200;
  for (const Node* n = HeadlineWindowStart(anchor, root); n && budget-- > 0 && n->id <= anchor->id + kAfter;
       n = NextInTree(n, root)) {
    if (n->id + kBefore < anchor->id || !name_of(n) || InOthersSection(n, hints)) continue;
    bool furniture = false;
    int levels = 8;
    for (const Node* p = n; p && p->is_element() && levels-- > 0 && !furniture; p = p->parent)
      furniture = p->Is(TagId::kNav) || (hints[p] & (kHintNavigation | kHintBoilerplate));
    // A teaser card's byline is its story's.
    OwnPage own;
    own.headline = anchor;
    // (So is one in a list's story card: InSiblingArticle.)
    if (furniture || InTeaserCard(n->parent, &own) || InSiblingArticle(n, anchor)) return names;
    int siblings = 16;
    std::string between;
    for (const Node* s = n->parent->first_child; s && siblings-- > 0; s = s->next) {
      if (name_of(s)) {
        bool dup = false;
        for (const std::string& o : names) dup |= EqualsIgnoreCase(o, text);
        if (!dup) names.push_back(text);
        continue;
      }
      // What stands between the links: another's credit ("Reviewed by")
      // ends the list, another label ("Contact:") is no byline's.
      if (s->is_text()) between.assign(Trim(s->data));
      else if (s->is_element()) CollapsedTextInto(s, 64, 16, &between);
      else continue;
      if (FindOtherCredit(between) != std::string_view::npos) break;
      const std::string_view t = Trim(between);
      if (t.ends_with(':') && !IsBylineLabel(t)) {
        if (s->next == n || (s->next && s->next->next == n)) return {};
        break;
      }
    }
    return names;
  }
  return names;
}

// Whether a byline-marked box with a bare name-like text holds a list of
// three items or more without a digit: a breadcrumb ("Home > Docs >
// Guides") or a list of topics, not a byline ("post-meta", "article-meta"
// mark all of them). In a box no writer class marks two items are
// enough: a widget's links ("Home", "Rss Feed"), not writers.
// Looks at 64 nodes.
static bool HoldsWordList(const Node* n, int min_items = 3) {
  int budget = 64, items = 0;
  std::string text;
  for (const Node* d = n; d && budget-- > 0; d = NextInTree(d, n)) {
    if (!d->Is(TagId::kLi)) continue;
    CollapsedTextInto(d, 64, 16, &text);
    if (!text.empty() && text.find_first_of("0123456789") == std::string::npos && ++items >= min_items) return true;
  }
  return false;
}


// Longer text is not a byline.
constexpr size_t kMaxBylineBytes = 1024;

// Whether every word of `part` is a legal form (IsLegalFormWord); false
// for an empty part.
static bool AllLegalFormWords(std::string_view part) {
  part = Trim(part);
  if (part.empty()) return false;
  for (size_t b = 0; b < part.size();) {
    const size_t e = std::min(part.find(' ', b), part.size());
    if (e > b && !IsLegalFormWord(part.substr(b, e - b))) return false;
    b = e + 1;
  }
  return true;
}

// A company's name with its legal form set off by a comma ("Acme, Inc.",
// "Harbour Works, Ltd"): the company, a view into the trimmed value, else
// "". Every word after the last comma is a legal form, and one word at
// least stands before it. The whole value is the company when no comma
// stands before its name; else only the tail from the comma before the
// name is ("By Tom Reed, Market Wire Services, Inc.", "Jane Doe and John
// Smith, Acme Research, LLC": the names before it are the writers). A
// second legal form ("Acme Holdings, Ltd., Inc.") stays in the company.
static std::string_view CompanyWithLegalForm(std::string_view v) {
  v = Trim(v);
  size_t comma = v.rfind(',');
  if (comma == std::string_view::npos || comma == 0 || v.size() > 120 || !AllLegalFormWords(v.substr(comma + 1)))
    return {};
  // Back over the legal forms to the comma after the company's name (a
  // comma is one byte, so the loop is bounded by the value's 120 bytes).
  size_t prev = v.rfind(',', comma - 1);
  while (prev != std::string_view::npos && AllLegalFormWords(v.substr(prev + 1, comma - prev - 1))) {
    comma = prev;
    prev = prev == 0 ? std::string_view::npos : v.rfind(',', prev - 1);
  }
  if (prev == std::string_view::npos) return Trim(v.substr(0, comma)).empty() ? std::string_view() : v;
  return Trim(v.substr(prev + 1, comma - prev - 1)).empty() ? std::string_view() : Trim(v.substr(prev + 1));
}

// The names before a company credited after them ("Tom Reed, Acme, Inc."
// -> "Tom Reed"): `v` without the company's tail (`company` is
// CompanyWithLegalForm(v), a view into it, not its whole), the comma
// before the company trimmed off.
static std::string_view NamesBeforeCompany(std::string_view v, std::string_view company) {
  std::string_view head = v.substr(0, static_cast<size_t>(company.data() - v.data()));
  head = Trim(head);
  while (!head.empty() && head.back() == ',') head = Trim(head.substr(0, head.size() - 1));
  return head;
}

// "Roy, Aniruddha" -> "Aniruddha Roy"; "" when the value is not one
// "Last, First" name.
static std::string CitationName(std::string_view v) {
  const std::string line = CleanLine(v);
  const size_t comma = line.find(',');
  if (comma == std::string::npos || line.find(',', comma + 1) != std::string::npos) return {};
  const std::string_view last = Trim(std::string_view(line).substr(0, comma));
  const std::string_view first = Trim(std::string_view(line).substr(comma + 1));
  // ("Northwind, Inc.": a company and its legal form, no person.)
  if (last.empty() || first.empty() || IsNameSuffix(first) || NamesAnOrganisation(line)) return {};
  std::string name = std::string(first) + " " + std::string(last);
  return LooksLikeName(name) ? name : std::string();
}

// One inverted name in a two-part credit ("Benali, Halima", a catalogue's
// or a repository's itemprop=author): two capitalized words, one each side
// of the only comma, no joiner -> "Halima Benali"; else "". (Two people
// are written with a joiner or a full name each: "Jane Doe, Rob Roe".)
static std::string InvertedOneWordName(std::string_view v) {
  v = Trim(v);
  const size_t comma = v.find(',');
  if (comma == std::string_view::npos || comma + 2 >= v.size() || v[comma + 1] != ' ') return {};
  const std::string_view last = v.substr(0, comma), first = v.substr(comma + 2);
  auto capital_word = [](std::string_view w) {
    return w.size() >= 2 && w.find_first_of(" ,;&") == std::string_view::npos && StartsCapitalOrNonAscii(w);
  };
  if (!capital_word(last) || !capital_word(first)) return {};
  return CitationName(v);
}

// Whether a byline part has a job title's word ("Senior Review Analyst").
static bool HasJobTitleWord(std::string_view part) { return AnyWord(part, IsJobTitleWord); }

// The writer's credit after another's in a line ("Medically reviewed by
// Ann Lee, MD | Written by Jane Doe"): the line from the strong cue on, or
// "" (`line` is a byline, bounded).
static std::string_view WriterAfterOtherCredit(std::string_view line) {
  line = Trim(line);
  const size_t other = FindOtherCredit(line);
  if (other == std::string_view::npos) return {};
  // (After the credit's own "by": "Reviewed By: Ann Roe" names no writer.)
  const size_t by = FindIgnoreCase(line.substr(other), "by");
  const size_t at = FindStrongBylineCue(line, by == std::string_view::npos ? other + 1 : other + by + 2);
  return at == std::string_view::npos ? std::string_view() : line.substr(at);
}

// A name, then the writer's role after a bar or a dash ("Jane Doe |
// Contributor", "Jane Doe - Senior Editor").
static bool NameThenRole(std::string_view text) {
  for (size_t k = 0; k < kNumNameRoleSeparators; ++k) {
    const std::string_view sep = kNameRoleSeparators[k];
    const size_t at = text.find(sep);
    if (at == std::string_view::npos) continue;
    std::string_view role = Trim(text.substr(at + sep.size()));
    const std::string_view name = Trim(text.substr(0, at));
    if (!LooksLikeName(name) || NamesAnOrganisation(name) || role.empty()) return false;
    // The employer ("Jane Doe | Acme Press Inc") ...
    if (IsNoiseAuthorWord(role) || NamesAnOrganisation(role)) return true;
    // ... or a job title: its last word names one ("Senior Editor",
    // "Contributing Writer"; not "Senior Living"), and half its words at
    // least are such words (the employer after a comma aside).
    role = Trim(role.substr(0, role.find(',')));
    size_t words = 0, job = 0;
    bool last_job = false;
    for (size_t b = 0; b < role.size();) {
      const size_t e = std::min(role.find(' ', b), role.size());
      if (e > b) ++words, job += last_job = IsJobTitleWord(role.substr(b, e - b));
      b = e + 1;
    }
    return last_job && 2 * job >= words;
  }
  return false;
}

// The place a writer files from, in one word, after the name ("Zaragoza"
// in "Pablo Lasheras | Zaragoza"): one capitalized word (or one of another
// script) without a digit. (NameThenPlace's and SplitAuthors' one rule.)
static bool IsOneWordPlace(std::string_view part) {
  return !part.empty() && part.find(' ') == std::string_view::npos && !HasAsciiDigit(part) &&
         StartsCapitalOrNonAscii(part);
}

// Whether `text` is a full name, then the place the writer files from in
// one word ("Pablo Lasheras | Zaragoza", "Anna Schmidt, Berlin"), as a
// byline box prints them: SplitAuthors keeps the name.
static bool NameThenPlace(std::string_view text) {
  for (size_t k = 0; k <= kNumNameRoleSeparators; ++k) {
    const std::string_view sep = k < kNumNameRoleSeparators ? kNameRoleSeparators[k] : std::string_view(", ");
    const size_t at = text.find(sep);
    if (at == std::string_view::npos) continue;
    const std::string_view place = Trim(text.substr(at + sep.size()));
    const std::string_view name = Trim(text.substr(0, at));
    return IsOneWordPlace(place) && CapitalizedWords(name) >= 2 && LooksLikeName(name) && !NamesAnOrganisation(name);
  }
  return false;
}

// Whether an en or em dash starts at s[i].
static bool IsDashAt(std::string_view s, size_t i) {
  return i + 3 <= s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && (s[i + 2] == '\x93' || s[i + 2] == '\x94');
}

// Whether `s` is a mail address spelled out against harvesters ("jane at
// example dot com"): lower-case tokens, " at " before a " dot ".
static bool IsSpelledMailAddress(std::string_view s) {
  const size_t at = s.find(" at ");
  if (at == 0 || at == std::string_view::npos || s.find(" dot ", at + 4) == std::string_view::npos) return false;
  for (char ch : s)
    if (ch >= 'A' && ch <= 'Z') return false;
  return true;
}

// A byline part that pairs a name with its mail address: the name for
// "Jane Doe <jane@example.com>" (or an address spelled out against
// harvesters, "<jane at example dot com>"), for "Jane Doe
// (jane@example.com)" and for "jane@example.com (Jane Doe)"; else "".
// Authors are people's names: the address goes.
static std::string_view NameOfMailAddress(std::string_view part) {
  if (part.size() > 120) return {};
  if (part.back() == '>') {
    const size_t lt = part.find(" <");
    if (lt == std::string_view::npos || part.find('>') != part.size() - 1) return {};
    const std::string_view address = part.substr(lt + 2, part.size() - lt - 3);
    const std::string_view name = Trim(part.substr(0, lt));
    return (IsMailAddress(address) || IsSpelledMailAddress(address)) && LooksLikeName(name) ? name
                                                                                           : std::string_view();
  }
  if (part.back() == ')') {
    const size_t open = part.find(" (");
    if (open == std::string_view::npos) return {};
    const std::string_view inside = Trim(part.substr(open + 2, part.size() - open - 3));
    if (!IsMailAddress(part.substr(0, open))) {
      const std::string_view name = Trim(part.substr(0, open));
      return (IsMailAddress(inside) || IsSpelledMailAddress(inside)) && LooksLikeName(name) ? name
                                                                                           : std::string_view();
    }
    return LooksLikeName(inside) ? inside : std::string_view();
  }
  return {};
}

// A public body's or a school's name joined by "and" ("Center for Drug
// Evaluation and Research", "Department of Health & Human Services"), as a
// creator tag gives it: every word capitalized or a short joining word, a
// word that heads an institution among them, no list punctuation. One
// name, not two people ("Center for Drug Evaluation" and "Research").
bool IsInstitutionWithAnd(std::string_view v) {
  if (v.size() > 96 || v.find_first_of(",;|/") != std::string_view::npos) return false;
  if (v.find(" and ") == std::string_view::npos && v.find(" & ") == std::string_view::npos) return false;
  bool institution = false;
  int words = 0;
  for (size_t i = 0; i < v.size();) {
    size_t e = v.find(' ', i);
    if (e == std::string_view::npos) e = v.size();
    const std::string_view w = v.substr(i, e - i);
    i = e + 1;
    if (w.empty()) continue;
    if (++words > 12) return false;
    if (w[0] >= 'A' && w[0] <= 'Z') {
      institution |= IsInstitutionWord(w);
      continue;
    }
    if (words == 1 || !IsInstitutionNameJoiner(w)) return false;
  }
  return institution;
}

// Whether the digit at `i` starts a day glued to the name before it, a
// month name after it: a byline box whose name and date are elements with
// no space between ("<span>Sanne Jansen</span><span>12 maart 2025</span>"
// reads "Sanne Jansen12 maart 2025"). A handle's digits ("user4472") have
// no month after them.
static bool GluedDayAndMonthAt(std::string_view v, size_t i) {
  if (i < 2 || !IsAsciiAlpha(static_cast<unsigned char>(v[i - 1])) ||
      !IsAsciiAlpha(static_cast<unsigned char>(v[i - 2])))
    return false;
  size_t j = i;
  while (j < v.size() && j - i < 2 && IsAsciiDigit(v[j])) ++j;
  if (j < v.size() && v[j] == '.') ++j;
  if (j >= v.size() || v[j] != ' ') return false;
  const size_t b = j + 1;
  size_t e = b;
  while (e < v.size() && v[e] != ' ' && v[e] != ',' && v[e] != '.') ++e;
  return e > b && MonthFromWord(v.substr(b, e - b)) != 0;
}

// When an opening quote (« “ or a straight ") starts at `i` of a byline and
// its closing quote follows on the line, the index just past that closing
// quote; else npos. (Guillemets and curly quotes pair with their own
// closers; a straight quote with the next straight one.)
static size_t ClosedQuoteEnd(std::string_view s, size_t i) {
  std::string_view closer;
  size_t open = 0;
  if (s[i] == '"') closer = "\"", open = 1;
  else if (s.compare(i, 2, "\xC2\xAB") == 0) closer = "\xC2\xBB", open = 2;
  else if (s.compare(i, 3, "\xE2\x80\x9C") == 0) closer = "\xE2\x80\x9D", open = 3;
  else return std::string_view::npos;
  const size_t at = s.find(closer, i + open);
  return at == std::string_view::npos ? at : at + closer.size();
}

// The separators of kAuthorListSeparators that may stand at `i` in `work`
// (a space, a comma, a semicolon or a slash), a bit each (bit k for
// separator k): those whose first byte is work[i] and whose second, if they
// have one, is work[i + 1]. (SplitAuthors tries them at every space: all
// the list there, one by one, cost more than the rest of its reading.)
// The index holds every separator only while the list has at most
// kMaxIndexedSeparators and each opens with a byte of kSeparatorFirstBytes
// (AuthorSeparatorsIndexed); SplitAuthors tries the whole list otherwise,
// so a separator added to the vocabulary is never left untried.
constexpr size_t kMaxIndexedSeparators = 64;
constexpr char kSeparatorFirstBytes[] = {' ', ',', ';', '/'};
struct AuthorSeparatorIndex {
  bool complete = kNumAuthorListSeparators <= kMaxIndexedSeparators;
  // By the first byte's place in kSeparatorFirstBytes, then the second
  // byte (kLone: the separators of one byte).
  static constexpr size_t kLone = 256;
  uint64_t bits[std::size(kSeparatorFirstBytes)][kLone + 1] = {};
};
static const AuthorSeparatorIndex& AuthorSeparators() {
  static const AuthorSeparatorIndex index = [] {
    AuthorSeparatorIndex t;
    for (size_t k = 0; k < std::min(kNumAuthorListSeparators, kMaxIndexedSeparators); ++k) {
      const std::string_view w = kAuthorListSeparators[k];
      size_t f = 0;
      while (f < std::size(kSeparatorFirstBytes) && (w.empty() || kSeparatorFirstBytes[f] != w[0])) ++f;
      if (f == std::size(kSeparatorFirstBytes)) {
        t.complete = false;
        continue;
      }
      t.bits[f][w.size() > 1 ? static_cast<unsigned char>(w[1]) : AuthorSeparatorIndex::kLone] |= uint64_t{1} << k;
    }
    return t;
  }();
  return index;
}
static bool AuthorSeparatorsIndexed() { return AuthorSeparators().complete; }
static uint64_t AuthorSeparatorsAt(std::string_view work, size_t i) {
  const AuthorSeparatorIndex& table = AuthorSeparators();
  size_t f = 0;
  while (f < std::size(kSeparatorFirstBytes) && kSeparatorFirstBytes[f] != work[i]) ++f;
  if (f == std::size(kSeparatorFirstBytes)) return 0;
  uint64_t bits = table.bits[f][AuthorSeparatorIndex::kLone];
  if (i + 1 < work.size()) bits |= table.bits[f][static_cast<unsigned char>(work[i + 1])];
  return bits;
}

// The size of the byline's date separator (kBylineDateSeparators) that `v`
// ends with after a space ("Jane Doe »" before "Di 28. Okt"); 0 for none.
static size_t BylineSeparatorSizeAtEnd(std::string_view v) {
  for (std::string_view sep : kBylineDateSeparators) {
    sep = Trim(sep);
    if (v.size() > sep.size() && v.ends_with(sep) && v[v.size() - sep.size() - 1] == ' ') return sep.size();
  }
  return 0;
}

static std::vector<std::string> SplitAuthorsOf(std::string_view byline, bool user_names, bool mail_name);

// The byline's cue words of the languages kBylineCues reads ("By", "Por",
// "Von"): alone, with the name that followed them taken out as a desk's
// credit ("Por Redacción"), they name nobody.
constexpr std::string_view kBareBylineCues[] = {"by", "von", "par", "por", "door", "di", "da", "av", "af", "przez"};

std::vector<std::string> SplitAuthors(std::string_view byline, bool user_names, bool mail_name) {
  std::vector<std::string> names = SplitAuthorsOf(byline, user_names, mail_name);
  std::erase_if(names, [](const std::string& n) { return EqualsAnyIgnoreCase(Trim(n), kBareBylineCues); });
  return names;
}

static std::vector<std::string> SplitAuthorsOf(std::string_view byline, bool user_names, bool mail_name) {
  // The arrows a link to a profile ends on ("jdoe »"): » › →.
  static constexpr std::string_view kBylineLinkArrows[] = {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92"};
  std::vector<std::string> out;
  // A byline is short; longer text is not one (and would cost time below).
  std::string s = CleanLine(Utf8Prefix(byline, kMaxBylineBytes));
  bool dropped_token = false;  // a link or handle was taken out below
  // Links are not names: "Bradley M. Kuhn (http://ebb.org/bkuhn/)" (the
  // whole space-delimited token goes, parentheses included); nor are
  // handles after the name ("Jane Doe @janedoe", "Jane Doe (@janedoe)").
  // So is a mail address after the name ("Door Sanne de Vries
  // s.devries@example.nl"); one standing first is read below (an RSS
  // feed's "jane@example.com (Jane Doe)", an account named by its address).
  if (s.find("://") != std::string::npos || s.find('@') != std::string::npos) {
    std::string kept;
    size_t b = 0;
    while (b < s.size()) {
      size_t e = s.find(' ', b);
      if (e == std::string::npos) e = s.size();
      const std::string_view token = std::string_view(s).substr(b, e - b);
      const bool handle = b > 0 && ((token.starts_with('@') && token.size() > 1) ||
                                    (token.starts_with("(@") && token.ends_with(')') && token.size() > 3));
      std::string_view address = token;
      while (!address.empty() && (address.back() == ',' || address.back() == ';' || address.back() == '.'))
        address.remove_suffix(1);
      const bool mail = b > 0 && IsMailAddress(address);
      if (token.find("://") == std::string_view::npos && !handle && !mail) {
        if (!kept.empty()) kept.push_back(' ');
        kept.append(token);
      } else {
        dropped_token = true;
      }
      b = e + 1;
    }
    // (The joiner a dropped handle leaves at the end goes too: "Jane Doe
    // and @jroe".)
    if (const size_t sp = kept.rfind(' '); sp != std::string::npos && IsNameListJoiner(std::string_view(kept).substr(sp + 1)))
      kept.resize(sp);
    s = std::move(kept);
  }
  std::string_view v = s;
  std::string_view stripped = StripBylineCue(v);
  // ... or a date stamp and the cue after it ("Posted on May 2, 2024 by
  // Jane Doe").
  bool stamp_cued = false;
  if (stripped.empty()) stamp_cued = !(stripped = NameAfterDateStamp(v)).empty();
  // ... or a cue glued to the name ("ByTrevor Jones", "BYJANE DOE").
  if (stripped.empty()) stripped = StripGluedByCue(v);
  if (!stripped.empty()) v = stripped;
  const bool line_cued = !stripped.empty();
  // A count of the post's comments after the name ("von Sabine Krämer (2
  // Kommentare)", "by Jane Doe | 3 comments": IsEngagementCountLine) goes.
  v = WithoutEngagementTail(v);
  // (So does the joiner a dropped handle, standing first in a name's
  // place, leaves before the names: "By @jroe and Jane Doe".)
  if (dropped_token) {
    v = Trim(v);
    if (const size_t sp = v.find(' '); sp != std::string_view::npos && IsNameListJoiner(v.substr(0, sp)))
      v = Trim(v.substr(sp + 1));
  }
  // A company and its legal form ("Acme, Inc.") is no list of names: no
  // person at all; names before the company ("Tom Reed, Acme, Inc.") are
  // the list.
  if (const std::string_view company = CompanyWithLegalForm(v); !company.empty()) {
    if (company.data() == Trim(v).data()) return out;
    v = NamesBeforeCompany(Trim(v), company);
  }
  if (IsInstitutionWithAnd(Trim(v)) || IsDeskCredit(Trim(v))) {
    out.emplace_back(Trim(v));
    return out;
  }
  // A meta line may give the date first ("Dec. 19, 2025 · Jane Doe"): a
  // date part before the first separator goes, and a cue after it; so do
  // the counts between the date and the name ("Dec. 19, 2025 · 6 min ·
  // 1200 words · Jane Doe": IsMetaCount; a time of day is none).
  // (The date part has a digit, as IsDateLine asks: a line with none, a
  // bare name, is not searched for the separators.)
  if (!v.empty() && (IsAsciiDigit(v[0]) || IsAsciiAlpha(v[0])) && HasAsciiDigit(v)) {
    for (std::string_view sep : kBylineDateSeparators) {
      const size_t at = v.find(sep);
      if (at == std::string_view::npos || at == 0 || !IsDateLine(v.substr(0, at))) continue;
      v = Trim(v.substr(at + sep.size()));
      for (int counts = 0; counts < 4 && !v.empty() && IsAsciiDigit(v[0]); ++counts) {
        const size_t next = v.find(sep);
        if (next == std::string_view::npos || next > 24 || !IsMetaCount(v.substr(0, next))) break;
        v = Trim(v.substr(next + sep.size()));
      }
      stripped = StripBylineCue(v);
      if (!stripped.empty()) v = stripped;
      break;
    }
  }
  // A byline often runs on into the date ("Jane Doe 4 August 2010"): keep
  // what comes before the first digit.
  // (A digit inside a word is part of a handle: "user4472".)
  // (So does a number after a dash, with no space: "Jane Doe—10 min
  // read".)
  bool date_cut = false;
  std::string_view cut_date;  // what the cut took off
  for (size_t i = 0; i < v.size(); ++i) {
    if (IsAsciiDigit(v[i]) &&
        (i == 0 || v[i - 1] == ' ' || (i >= 3 && IsDashAt(v, i - 3)) || GluedDayAndMonthAt(v, i))) {
      cut_date = v.substr(i);
      v = Trim(v.substr(0, i));
      date_cut = true;
      break;
    }
  }
  // ... and a weekday or a month name starts the date part: a month name
  // only as the last word left when a number was cut after it ("Jane Doe
  // June 4"; "Laura June Topolsky", "Jan Smith", "Brian May" are names).
  {
    size_t i = 0;
    while (i < v.size()) {
      size_t e = v.find(' ', i);
      if (e == std::string_view::npos) e = v.size();
      std::string_view word = v.substr(i, e - i);
      const size_t unstopped = word.size();
      while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
      const bool last = e >= v.size();
      // (A weekday cut short is a given name as well, "Tran Thu Ha": a
      // date's start only with a date cut after it or its stop, "Thu,".)
      if (!date_cut && word.size() == unstopped && IsShortWeekday(word)) {
        i = e + 1;
        continue;
      }
      // A cue that ends the line with no date after it is part of the name
      // ("Rock On").
      // (So is the word that joins the name to the date or time cut after
      // it: "par Jeanne Dupont le 3 mars 2024", "von Eva Lund am 3. März".)
      if (((IsWeekdayOrDateCue(word) || (last && date_cut && (word.size() != unstopped || (word[0] >= 'a' && word[0] <= 'z')) &&
            IsStoppedWeekday(word))) &&
           (!last || date_cut)) ||
          (last && date_cut && (MonthFromWord(word) || IsBylineTimeConnector(word) || GluedCueAndMonth(word))) ||
          // (A capitalized "Le" before a French date is its article: "Par
          // Marie Dubois Le 3 déc. 2025"; "Tuan Le 3 Dec 2025" keeps it.)
          (last && date_cut && word == "Le" && FrenchDayMonthAhead(cut_date)) ||
          // (So is a weekday that is a word too after a separator, with
          // the date after it: phpBB's "von Sanni_K » Di 28. Okt 2025".)
          (last && date_cut && word.size() == unstopped && IsStoppedWeekday(word) &&
           BylineSeparatorSizeAtEnd(Trim(v.substr(0, i))) > 0)) {
        v = Trim(v.substr(0, i));
        // (The separator before the date part goes with it.)
        while (const size_t sep = BylineSeparatorSizeAtEnd(v)) v = Trim(v.substr(0, v.size() - sep));
        // (The word that joined the name to that date goes too: "Posted
        // by Jane Doe at December 16, 2025".)
        if (date_cut)
          if (const size_t sp = v.rfind(' '); sp != std::string_view::npos && IsBylineTimeConnector(v.substr(sp + 1)))
            v = Trim(v.substr(0, sp));
        break;
      }
      i = e + 1;
    }
  }
  // A wire agency credited with the writer after the name ("Anna Schmidt
  // mit dpa", "Marie Dubois (avec l'AFP)") is the publisher's credit
  // (WireAgencyOf), no writer.
  if (const size_t at = WireAgencyTailAt(v); at != std::string_view::npos) v = Trim(v.substr(0, at));
  // What follows an editor's or reviewer's credit is not an author ("Rob
  // Ewaschuk Edited by Betsy Beyer", "Medically reviewed by ...").
  // ... unless the writer's own credit follows ("Reviewed by Ann Lee |
  // Written by Jane Doe").
  if (const std::string_view writer = WriterAfterOtherCredit(v); !writer.empty()) {
    v = Trim(StripBylineCue(writer, /*strong_only=*/true));
  }
  if (const size_t at = FindOtherCredit(v); at != std::string_view::npos) {
    if (at == 0) return out;  // the whole line credits someone else
    v = Trim(v.substr(0, at));
    // (And the word that joined it: "Ann Berg with additional reporting
    // by ...", "Ann Berg and editing by ...".)
    if (const size_t sp = v.rfind(' ');
        sp != std::string_view::npos && IsCreditJoiner(v.substr(sp + 1)))
      v = Trim(v.substr(0, sp));
  }
  // (The separators trimmed once: most are multi-byte, and Trim reads
  // those through the Unicode space table.)
  static const auto trimmed_seps = [] {
    std::array<std::string_view, std::size(kBylineDateSeparators)> t;
    for (size_t k = 0; k < t.size(); ++k) t[k] = Trim(kBylineDateSeparators[k]);
    return t;
  }();
  // A separator left at the end ("Jane Doe –" when a date followed it) goes;
  // not the guillemet that closes a quoted name ("«Наука и жизнь»").
  const bool guillemet_opened = v.find("\xC2\xAB") != std::string_view::npos;
  // The last bytes of those separators and of the marks below.
  static const auto kSeparatorLastBytes = [] {
    std::array<bool, 256> t{};
    for (size_t k = 0; k < trimmed_seps.size(); ++k)
      if (kBylineDateSeparators[k].size() > 1 && !trimmed_seps[k].empty())
        t[static_cast<unsigned char>(trimmed_seps[k].back())] = true;
    for (std::string_view mark : kBylineLinkArrows) t[static_cast<unsigned char>(mark.back())] = true;
    return t;
  }();
  for (bool cut = true; cut && !v.empty();) {
    cut = false;
    if (v.back() == '*' || v.back() == '|' || v.back() == '-' || v.back() == ',' || v.back() == ';') {
      v = Trim(v.substr(0, v.size() - 1));
      cut = true;
      continue;
    }
    // (Most names end on a letter, the last byte of no separator or mark:
    // passed with one look.)
    if (!kSeparatorLastBytes[static_cast<unsigned char>(v.back())]) break;
    for (size_t k = 0; k < std::size(kBylineDateSeparators); ++k)
      if (kBylineDateSeparators[k].size() > 1 && v.ends_with(trimmed_seps[k]) &&
          !(guillemet_opened && trimmed_seps[k] == "\xC2\xBB")) {
        v = Trim(v.substr(0, v.size() - trimmed_seps[k].size()));
        cut = true;
        break;
      }
    // ... and so does a link's arrow ("jdoe »").
    for (std::string_view mark : kBylineLinkArrows)
      if (!cut && v.ends_with(mark) && !(guillemet_opened && mark == "\xC2\xBB")) {
        v = Trim(v.substr(0, v.size() - mark.size()));
        cut = true;
      }
  }
  // Cut at a line break-ish separator that starts a date or role.
  const std::string_view work = v;  // (into `s`, which outlives it)
  // Normalize separators to '\x1f'.
  // (The bytes a separator or an opening quote starts with.)
  static constexpr auto kListByteStops = [] {
    std::array<bool, 256> t{};
    for (unsigned char b : {' ', ',', ';', '/', '"'}) t[b] = true;
    t[0xC2] = t[0xE2] = true;  // (the first bytes of « and “)
    return t;
  }();
  std::string norm;
  // Which parts follow a word's joiner (bit k: part k + 1), not a mark.
  uint64_t worded_after = 0;
  size_t worded_seps = 0;
  norm.reserve(work.size());  // (a separator becomes one byte: never longer)
  for (size_t i = 0; i < work.size();) {
    // A name in quotes, an organisation's or a title's ("Редакция «Наука и
    // жизнь»", "the \"Pride and Prejudice\" team"), is one part: its "and"
    // splits nothing. (Only a quote closed on the line: copied whole.)
    if (const size_t close = ClosedQuoteEnd(work, i); close != std::string::npos) {
      norm.append(work, i, close - i);
      i = close;
      continue;
    }
    // Every separator starts with one of these bytes, and every opening
    // quote with one of the others: a run of other bytes is copied whole.
    const char c = work[i];
    if (c != ' ' && c != ',' && c != ';' && c != '/') {
      size_t e = i + 1;
      while (e < work.size() && !kListByteStops[static_cast<unsigned char>(work[e])]) ++e;
      norm.append(work, i, e - i);
      i = e;
      continue;
    }
    auto sep = [&](std::string_view w) {
      // (Its first two bytes first: they rule most separators out.)
      if (w[0] != c || (w.size() > 1 && (i + 1 >= work.size() || work[i + 1] != w[1]))) return false;
      if (work.compare(i, w.size(), w) == 0) {
        // (A particle joiner, " a ", " dan ", joins names of two words or
        // more: "Thomas a Kempis" is one.)
        if (IsParticleJoiner(w)) {
          const size_t last = norm.rfind('\x1f');
          const std::string_view before = Trim(std::string_view(norm).substr(last == std::string::npos ? 0 : last + 1));
          std::string_view after = work.substr(i + w.size());
          after = Trim(after.substr(0, after.find_first_of(",;/")));
          if (before.find(' ') == std::string_view::npos || after.find(' ') == std::string_view::npos) return false;
        }
        // (A word's joiner, "and", "&", "и", ties a name however short:
        // "Jane Doe and Ian". Its bytes are letters, '&' or the lead bytes
        // of two-byte letters; a mark's are punctuation, "·", dashes.)
        if (worded_seps < 64 && std::any_of(w.begin(), w.end(), [](char ch) {
              const auto u = static_cast<unsigned char>(ch);
              return IsAsciiAlpha(u) || u == '&' || (u >= 0xC3 && u <= 0xDF);
            }))
          worded_after |= uint64_t{1} << worded_seps;
        ++worded_seps;
        norm.push_back('\x1f');
        i += w.size();
        return true;
      }
      return false;
    };
    // (The list, in the order tried: AuthorListSeparators. Only the
    // separators whose first two bytes are here are tried, in that order:
    // AuthorSeparatorsAt, while its index holds them all.)
    bool matched = false;
    if (AuthorSeparatorsIndexed()) {
      for (uint64_t cand = AuthorSeparatorsAt(work, i); cand && !matched; cand &= cand - 1)
        matched = sep(kAuthorListSeparators[std::countr_zero(cand)]);
    } else {
      for (size_t k = 0; k < kNumAuthorListSeparators && !matched; ++k) matched = sep(kAuthorListSeparators[k]);
    }
    if (matched) continue;
    norm.push_back(work[i++]);
  }
  // A list of credits ("content: Acme, design: Jane Doe, code: John Roe,
  // Acme Labs"), as a site's author meta tag may give it, names who made
  // the site: only a part a byline cue labels ("text: Jane Doe") is the
  // writer there, not a bare one.
  int credits = 0;
  for (size_t b = 0; b <= norm.size() && credits < 2;) {
    const size_t e = std::min(norm.find('\x1f', b), norm.size());
    const std::string_view part = Trim(std::string_view(norm).substr(b, e - b));
    const size_t colon = part.find(": ");
    credits += colon != std::string_view::npos && colon > 0 && part.find(' ') >= colon &&
               StripBylineCue(part).empty();
    b = e + 1;
  }
  size_t b = 0;
  bool first = true;
  size_t part_index = 0;
  size_t places = 0;  // places dropped after writers' names, below
  while (b <= norm.size()) {
    const bool cued = first && line_cued;
    first = false;
    const bool after_word_joiner = part_index > 0 && part_index <= 64 && (worded_after >> (part_index - 1)) & 1;
    ++part_index;
    size_t e = norm.find('\x1f', b);
    if (e == std::string::npos) e = norm.size();
    std::string_view part = Trim(std::string_view(norm).substr(b, e - b));
    b = e + 1;
    std::string_view p2 = StripBylineCue(part);
    if (!p2.empty()) part = p2;
    else if (credits >= 2 && !cued) continue;
    // A desk or section after the name in full-width brackets, a Japanese
    // or Chinese byline's form ("佐藤 美咲（経済部）"), is no part of it.
    if (const size_t open = part.rfind("\xEF\xBC\x88");
        open != std::string_view::npos && open > 0 && part.ends_with("\xEF\xBC\x89"))
      part = Trim(part.substr(0, open));
    // A news agency in parentheses after the name ("Jane Doe (AP)") is the
    // publisher's credit (WireAgencyOf), no part of the name.
    if (const size_t open = part.rfind(" ("); open != std::string_view::npos && open > 0 && part.back() == ')' &&
                                                !WireAgencyOf(part.substr(open)).empty())
      part = Trim(part.substr(0, open));
    // An event's details line ("Venue Riverside Arts Centre", "Where: Town
    // Hall"), from a box a calendar plugin classes "event-meta": a place,
    // not a writer, and nothing after it is a name either.
    if (const size_t sp = part.find(' '); sp != std::string_view::npos && IsEventDetailLabel(part.substr(0, sp)))
      break;
    // A label left in the text ("Author:", "作者：") is no name.
    if (part.ends_with(':') || part.ends_with("\xEF\xBC\x9A")) continue;
    // The sentence's full stop is not part of a visible name ("Posted by
    // Jane Smith."); an initial's, a suffix's or an abbreviation's dot is
    // ("John Q.", "Jr.", "Acme Inc."), and so is a user name's.
    if (!user_names && part.size() > 5 && part.back() == '.' && IsAsciiAlpha(part[part.size() - 2]) &&
        IsAsciiAlpha(part[part.size() - 3]) && IsAsciiAlpha(part[part.size() - 4]) &&
        IsAsciiAlpha(part[part.size() - 5]) && !IsNameSuffix(part.substr(part.rfind(' ') + 1)))
      part.remove_suffix(1);
    // A signature's dash before the name ("--Jane Doe", "-Jane"): the name
    // after it (a command's option, "--reset-author", is dropped below).
    if (!user_names && part.size() > 2 && part[0] == '-') {
      const size_t k = part.find_first_not_of('-');
      if (k != std::string_view::npos && k <= 2 && part[k] >= 'A' && part[k] <= 'Z') part.remove_prefix(k);
    }
    if (part.empty() || IsNoiseAuthorWord(part) || IsLoginName(part)) continue;
    // A wire agency in a visible byline ("Jan Kowalski, PAP", "Ana Ruiz |
    // EFE") is the publisher's credit (WireAgencyOf), no writer nor a
    // credential; structured data naming one alone keeps it, as stated.
    if (!user_names && IsWireAgency(part)) continue;
    // A template's empty variable ("undefined") or a generated account
    // handle ("guitar_00") is no writer's name.
    if (IsPlaceholderValue(part) || IsNumberedHandle(part)) continue;
    // A command's option ("--reset-author" in a docs page's author-classed
    // cell) is no name; nor is the site's domain in a visible byline ("By
    // Example.com": the site credits itself; structured markup naming a
    // domain is read as the site's account, held back as the site's name).
    if (IsCommandOption(part) || (!user_names && IsDomainName(part))) continue;
    // A name with its mail address in angle brackets, a mail header's form
    // ("Jane Doe <jane@example.com>"; a docs page's "Author: Jane Doe <jane
    // at example dot com>"), or an address with the name after it in
    // parentheses ("jane@example.com (Jane Doe)", an RSS feed's form), gives
    // the name, read on as any part.
    if (const std::string_view named = NameOfMailAddress(part); !named.empty()) part = named;
    // A bare address is no name, but where a JSON-LD Person's name is one
    // (a CMS account named by its address), it is the name the page has;
    // never a role's mailbox ("newsdesk@...").
    if (part.find('@') != std::string_view::npos) {
      if (mail_name && out.empty() && IsMailAddress(part) && !IsRoleMailbox(part)) out.emplace_back(part);
      continue;
    }
    // "Jane Doe, MD": the credential stays with the name, a known one or
    // a short word in capitals after a full name ("FACLM", "DABOM"; after
    // a one-word user name, "RMW" is another user).
    if (IsNameSuffix(part) ||
        (!out.empty() && out.back().find(' ') != std::string::npos && IsCapitalsCredential(part))) {
      if (!out.empty()) out.back().append(", ").append(part);
      continue;
    }
    // "Tracy Parker, Dietitian": a profession the byline states stays with
    // the name, as a credential does (never a second writer).
    // (Capitalized as a title: "Jane Doe, MD, cardiologist, City Hospital"
    // goes on describing her, below.)
    if (!out.empty() && out.back().find(' ') != std::string::npos && part[0] >= 'A' && part[0] <= 'Z' &&
        IsProfessionCredit(part)) {
      out.back().append(", ").append(part);
      continue;
    }
    // One word after a full name is the place the writer files from
    // ("Pablo Lasheras | Zaragoza", "Anna Schmidt, Berlin"), not a second
    // writer: a byline lists its writers by their full names, and joins
    // the last with a word ("Jane Doe and Ian" names two). (A surname
    // that is a place, "Jack London", is inside the name's part; a word in
    // lower case describes the writer, below.) Only while every writer so
    // far had a place: after "Jane Doe, Ian Roe", a third one-word part,
    // "Bob", is a third writer.
    if (!user_names && !after_word_joiner && !out.empty() && out.size() == places + 1 &&
        out.back().find(' ') != std::string::npos && IsOneWordPlace(part)) {
      ++places;
      continue;
    }
    // So is a place of several words ("Jane Doe, New York", "Ana Ruiz, Rio
    // de Janeiro": NamesPlaceOfWords), after the same writers or as the
    // line's last part ("Jane Doe and Ian Roe, Los Angeles"); and a news
    // outlet after the writers ("Jane Doe, The New York Times", "Jan
    // Kowalski, Polska Agencja Prasowa": NamesNewsOutlet, the publisher's
    // credit, TrailingOutletOf) or a company's ("Jane Doe, Acme Media
    // Group"), no writer. (Not a job title: "Jane Doe, Post Reporter".)
    if (!user_names && !after_word_joiner && !out.empty() && out.back().find(' ') != std::string::npos &&
        part.find(' ') != std::string_view::npos) {
      if ((out.size() == places + 1 || e >= norm.size()) && NamesPlaceOfWords(part)) {
        ++places;
        continue;
      }
      if ((NamesNewsOutlet(part) || NamesAnOrganisation(part)) && !HasJobTitleWord(part)) continue;
    }
    // After a name, a part that is no name describes the person ("Jane
    // Doe, Head of Marketing and Community Development", "Jane Doe, MD,
    // gastroenterologist"): the rest of the line is no list of names.
    // So does a job title ("Jane Doe, Senior Director, Content").
    const bool lower_after_capital =
        !out.empty() && part[0] >= 'a' && part[0] <= 'z' && out.back()[0] >= 'A' && out.back()[0] <= 'Z';
    // A group credit the page states ("By the Springfield News Staff") is
    // kept as stated, article and all, as "By Springfield Staff" is.
    // (The group's word may be written in lower case, "By the Currency
    // editors": the name before it is what must look like one.)
    const std::string_view group = out.empty() ? GroupCreditBody(part) : std::string_view();
    const bool group_credit = !group.empty() && group[0] >= 'A' && group[0] <= 'Z' &&
                              (LooksLikeName(group) || LooksLikeName(group.substr(0, group.rfind(' '))));
    // A control after the name ("Jane Doe Follow") goes.
    if (const size_t last = part.rfind(' ');
        last != std::string_view::npos && part.find(' ') < last && IsBylineControlWord(part.substr(last + 1)))
      part = Trim(part.substr(0, last));
    // So does the outlet a contributor wrote for ("Jane Doe for Example
    // News"): a name, " for ", then a capitalized name.
    if (const size_t at = part.find(" for "); at != std::string_view::npos && at + 5 < part.size() &&
                                               part[at + 5] >= 'A' && part[at + 5] <= 'Z')
      if (const std::string_view name = part.substr(0, at); CapitalizedWords(name) >= 2 && LooksLikeName(name))
        part = name;
    // And the place a reporter filed from ("Reporting by Jane Doe in
    // London; Editing by ..."): a full name, " in ", a capitalized word.
    if (const size_t at = PlaceAfterNameAt(part); at != std::string_view::npos)
      if (const std::string_view name = part.substr(0, at); CapitalizedWords(name) >= 2 && LooksLikeName(name))
        part = name;
    // So does a role set on its own line under the name ("Jane Doe Senior
    // Editor", an author box's lines joined).
    if (const size_t role = RoleAfterName(part); role > 0)
      if (const std::string_view name = Trim(part.substr(0, role)); IsPersonCredit(name)) part = name;
    // And one set before it ("By Staff Writer Jane Doe").
    if (const size_t at = RoleBeforeName(part); at > 0)
      if (const std::string_view name = Trim(part.substr(at)); IsPersonCredit(name)) part = name;
    if (lower_after_capital || (!out.empty() && HasJobTitleWord(part)) ||
        (!group_credit && !LooksLikeName(part) && !(user_names && IsUserName(part)))) {
      // (After a stamp's "by", the name comes first: a later part is the
      // line's other words, not a writer.)
      if (!out.empty() || stamp_cued) break;
      continue;
    }
    std::string name(part);
    bool dup = false;
    for (const std::string& o : out) dup |= EqualsIgnoreCase(o, name);
    if (!dup) out.push_back(std::move(name));
    if (out.size() >= 10) break;
  }
  return out;
}

// Whether `n` is an element a display utility class ("block", "d-flex")
// or its inline style ("display: block") lays out as a block of its own.
// (Reads its class and style attributes only.)
bool DisplaysAsBlock(const Node* n) {
  return IsBlockDisplayClass(n->Attr("class")) || IsBlockDisplayStyle(n->Attr("style"));
}

// Whether `n` is an element hidden from screen readers (aria-hidden="true").
bool IsAriaHidden(const Node* n) { return n->is_element() && EqualsIgnoreCase(Trim(n->Attr("aria-hidden")), "true"); }

// Whether `n` has words of its own: a text node that is not blank below
// it. (Its first 64 nodes read; a larger subtree counts as having words.)
bool HasWordsBelow(const Node* n) {
  int budget = 64;
  for (const Node* d = n; d; d = NextInTree(d, n)) {
    if (--budget < 0) return true;
    if (d->is_text() && !Trim(d->data).empty()) return true;
  }
  return false;
}

// Whether `n` is words for screen readers only: a visually hidden element
// ("sr-only", "visually-hidden", "screen-reader-text"), or a control whose
// only words are one ("<a href=#x><svg/><span class=sr-only>Copy
// link</span></a>"). (Its first few children read.)
bool IsSpokenOnly(const Node* n) {
  if (!n->is_element()) return false;
  auto hidden_class = [](const Node* e) {
    const std::string_view cls = e->Attr("class");
    return !cls.empty() && (ClassifyClassId(cls, {}) & kHintHidden);
  };
  if (hidden_class(n)) return true;
  bool spoken = false;
  int budget = 6;
  for (const Node* c = n->first_child; c; c = c->next) {
    if (--budget < 0) return false;
    if (c->is_element() && hidden_class(c)) {
      spoken = true;
    } else if (HasWordsBelow(c)) {
      return false;
    }
  }
  return spoken;
}

// Whether aria-hidden `n` shows only a mark (an icon's glyph, "★",
// "#"): no ASCII letter or digit, four bytes at most. (Its first 16 nodes.)
bool ShowsOnlyMark(const Node* n) {
  size_t bytes = 0;
  int budget = 16;
  for (const Node* d = n; d; d = NextInTree(d, n)) {
    if (--budget < 0) return false;
    if (!d->is_text()) continue;
    const std::string_view t = Trim(d->data);
    bytes += t.size();
    if (bytes > 4) return false;
    for (const char c : t)
      if (IsAsciiAlnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// What a heading's children say to the eye and to a screen reader.
// (Its first 32 children read.)
struct HeadingVoices {
  bool shown = false;   // words both seen and spoken
  bool spoken = false;  // words in a visually hidden child
  bool spoken_after = false;  // ... one after the shown words
  bool drawn = false;   // words in an aria-hidden child
  const Node* first_shown = nullptr;
};
HeadingVoices ReadHeadingVoices(const Node* box) {
  HeadingVoices v;
  int budget = 32;
  for (const Node* ch = box->first_child; ch && budget-- > 0; ch = ch->next) {
    if (ch->is_text()) {
      if (!Trim(ch->data).empty() && !v.shown) v.shown = true, v.first_shown = ch;
      continue;
    }
    // (A heading's controls, left out anyway, say nothing here.)
    if (!ch->is_element() || ch->Is(TagId::kButton) || ch->HasAttr("hidden") || IsHeadingPermalink(ch)) continue;
    const bool aria = IsAriaHidden(ch);
    const bool sr = !aria && IsSpokenOnly(ch);
    if (!aria && !sr && v.shown) continue;  // (known already)
    if (!HasWordsBelow(ch)) continue;
    if (aria) v.drawn = true;
    else if (sr) v.spoken = true, v.spoken_after |= v.shown;
    else v.shown = true, v.first_shown = ch;
  }
  return v;
}

// A heading's text without the controls printed in it: a button ("Copy
// item path"), a hidden element (a tooltip's text), a permalink to the
// heading itself (an <a href="#..."> that shows only a mark, "¶", "#").
// Read from the heading's children: the controls sit there. With
// `dropped_tagline`, a tagline or subtitle after the name goes too, and
// *dropped_tagline says whether one did.
std::string HeadingText(const Node* h, bool* dropped_tagline = nullptr) {
  // A tagline or subtitle the heading holds after the name is not the name.
  auto tagline = [&](const Node* n) {
    if (!dropped_tagline) return false;
    const std::string_view cls = n->Attr("class");
    if (cls.empty() || n->prev() == nullptr) return false;
    for (size_t k = 0; k < kNumHeadingTaglineClassWords; ++k)
      if (ContainsIgnoreCase(cls, kHeadingTaglineClassWords[k])) return *dropped_tagline = true;
    return false;
  };
  // A date stamped before or after the name ("<time>Dec 18 2025</time>
  // Preparing the release"): a blog template's, not the title's words.
  auto blank = [](const Node* n) { return n->is_text() && Trim(n->data).empty(); };
  auto edge_date = [&](const Node* n) {
    if (!n->Is(TagId::kTime)) return false;
    const Node* before = n->prev();
    while (before && blank(before)) before = before->prev();
    const Node* after = n->next;
    while (after && blank(after)) after = after->next;
    if ((before == nullptr) == (after == nullptr)) return false;
    // A date the words before it lead into is the title's ("Minutes for
    // <time>May 2, 2024</time>", "Meeting of <time>...").
    if (before && before->is_text()) {
      std::string_view words = Trim(before->data);
      const size_t sp = words.find_last_of(" \t\n");
      const std::string_view last = sp == std::string_view::npos ? words : words.substr(sp + 1);
      if (last.size() <= 16 && (IsLeadInWord(ToLowerAscii(last)) || IsConnectingWord(last))) return false;
    }
    return true;
  };
  auto control = [&](const Node* n) {
    return n->is_element() &&
           (n->Is(TagId::kButton) || n->HasAttr("hidden") || IsHeadingPermalink(n) || tagline(n) || edge_date(n));
  };
  // The heading's text may sit in one wrapper, a link around the whole
  // heading: the controls are then that wrapper's children. (A few levels.)
  const Node* box = h;
  for (int depth = 0; depth < kHeadingWrapperLevels; ++depth) {
    const Node* only = nullptr;
    bool more = false;
    for (const Node* ch = box->first_child; ch && !more; ch = ch->next) {
      if (blank(ch)) continue;
      more = only != nullptr || !ch->is_element();
      only = ch;
    }
    if (more || !only) break;
    box = only;
  }
  // The same heading printed twice inside it, one copy for small screens
  // and one for large ("<h1><div class=logo>News</div><div
  // class=logo-mobile>News</div></h1>"), says it once.
  {
    const Node* pair[3] = {nullptr, nullptr, nullptr};
    int n = 0;
    for (const Node* ch = box->first_child; ch && n < 3; ch = ch->next)
      if (!blank(ch)) pair[n++] = ch;
    // (Copies are blocks, or inline elements classed apart, each of more
    // than one word: two spans of one class, one word each, are a split
    // heading's words, "Bora Bora".)
    if (n == 2 && pair[0]->is_element() && pair[1]->is_element() && pair[0]->tag == pair[1]->tag) {
      std::string one = CollapsedText(pair[0], 1000);
      const bool copies = IsBlockTag(pair[0]->tag) ||
                          (one.find(' ') != std::string::npos && pair[0]->Attr("class") != pair[1]->Attr("class"));
      if (copies && !one.empty() && one.size() < 1000 && one == CollapsedText(pair[1], 1000)) return one;
    }
  }
  // A headline drawn for the eye and spoken apart: an aria-hidden copy
  // (an animation's words in spans) beside the words for screen readers
  // in a visually hidden one reads once, as spoken; a visually hidden
  // helper after the shown words ("<span class=sr-only>Copy link</span>",
  // "(opens in a new tab)") or an aria-hidden icon beside them is left out.
  // (An aria-hidden child goes only when spoken words stand in for it: a
  // visually hidden copy where no words are shown, or one after the shown
  // words; or when it is an icon's mark beside shown words. A count drawn
  // after the name, "(102+)", stays, also under a visually hidden label
  // before the name. A visually hidden child goes only after the shown
  // words and only when it is a helper, a few words on a control
  // (IsSpokenHelperLine): one before them is a label read with the name,
  // "<span class=visually-hidden>Collection: </span>Boots", and a suffix
  // of words of its own is the title's.)
  const HeadingVoices voices = ReadHeadingVoices(box);
  std::string helper;
  auto unheard = [&](const Node* n, bool after_shown) {
    if (voices.drawn && IsAriaHidden(n))
      return (voices.spoken && !voices.shown) || voices.spoken_after || (voices.shown && ShowsOnlyMark(n));
    if (!(voices.spoken_after && voices.shown && after_shown && IsSpokenOnly(n))) return false;
    CollapsedTextInto(n, kSpokenHelperReadBytes, &helper);
    return IsSpokenHelperLine(helper);
  };
  bool any = false;
  bool after_shown = false;
  for (const Node* ch = box->first_child; ch && !any; ch = ch->next) {
    any = control(ch) || unheard(ch, after_shown) || (ch->is_element() && DisplaysAsBlock(ch));
    after_shown |= ch == voices.first_shown;
  }
  if (!any) return CollapsedText(h, 1000);
  std::string text;
  after_shown = false;
  for (const Node* ch = box->first_child; ch && text.size() < 1000; ch = ch->next) {
    const bool skip = control(ch) || unheard(ch, after_shown);
    after_shown |= ch == voices.first_shown;
    if (skip) continue;
    if (ch->is_text()) {
      text.append(ch->data);
    } else if (ch->is_element()) {
      // (An inline element's own edge spaces part words too: "<span>5.
      // </span>Data". Looked for a few levels down.)
      auto edge_space = [](const Node* n, bool last) {
        for (int depth = 0; n && depth < 8; ++depth, n = last ? n->last_child() : n->first_child)
          if (n->is_text()) return !n->data.empty() && IsAsciiSpace(last ? n->data.back() : n->data.front());
        return false;
      };
      // (A <br>, or a span a display class or style lays out as a block
      // ("<span class=block>"), starts a line: its words part from the
      // ones before.)
      const bool block = IsBlockTag(ch->tag) || ch->Is(TagId::kBr) || DisplaysAsBlock(ch);
      if (block || edge_space(ch, false)) text += ' ';
      text += CollapsedText(ch, 1000);
      if (block || edge_space(ch, true)) text += ' ';
    }
  }
  // (A heading that is all tagline keeps it.)
  if (std::string line = CleanLine(text); !line.empty()) return line;
  return CollapsedText(h, 1000);
}

// Whether a heading's first line is `norm_kicker` (normalized) set on a
// line of its own: a block child ("<h1><div>Meet the maker</div><span>
// Jane Doe</span></h1>") or words before a <br>. A template's eyebrow
// line over the name, in any case: the headline's own words run on in
// one line. So is a label's box that opens the heading, a kicker's class
// or a label's on it ("<h1><span class=article-header__label>Tylko u
// nas</span> Most w ...</h1>": NamesHeadingLabel). (The heading's first
// few children are read, the line's first 64 nodes.)
bool KickerLine(const Node* h, std::string_view norm_kicker, const HintTable& hints) {
  if (!h) return false;
  const Node* first = nullptr;
  int budget = 8;
  for (const Node* ch = h->first_child; ch && budget-- > 0; ch = ch->next) {
    if (ch->is_text() && Trim(ch->data).empty()) continue;
    first = ch;
    break;
  }
  if (!first) return false;
  const Node* after = first->next;
  while (after && after->is_text() && Trim(after->data).empty()) after = after->next;
  const bool own_line = (first->is_element() && (IsBlockTag(first->tag) || (hints[first] & kHintKicker) ||
                                                 NamesHeadingLabel(first->Attr("class")))) ||
                        (after && after->Is(TagId::kBr));
  if (!own_line || !after) return false;
  std::string line;
  if (!CollapsedTextInto(first, 256, 64, &line)) return false;
  return NormalizedEquals(line, norm_kicker);
}

// A link to the site's front page: "/", "./", "index.html",
// "https://example.com/" (a path of its own is a page, a bare "#" or ""
// is this one).
bool IsHomeHref(std::string_view href) {
  href = Trim(href);
  if (href.empty() || href[0] == '#') return false;
  std::string_view path = UrlPath(href);
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  if (!path.empty() && path[0] == '/') path.remove_prefix(1);
  if (path == ".") path = {};
  return path.empty() || (StartsWithIgnoreCase(path, "index.") && path.find('/') == std::string_view::npos);
}

// Whether the heading `h` is a link to the site's front page: its only
// child but white space (eight children read at most) is an <a> to it,
// holding all its words ("<h1><a href=/>Jane's Blog</a></h1>", or the
// same with the <a> on a line of its own), the masthead's name.
bool HeadingLinksHome(const Node* h) {
  int budget = 8;
  const Node* link = nullptr;
  for (const Node* d = h->first_child; d; d = d->next) {
    if (budget-- <= 0) return false;
    if (d->is_text() && Trim(d->data).empty()) continue;
    if (link || !d->Is(TagId::kA)) return false;
    link = d;
  }
  return link && IsHomeHref(link->Attr("href"));
}

// An <h1> that is the site's masthead, not the page's headline: the site's
// name, a link to the front page, a heading in the navigation or the banner
// (<nav>, role=navigation), or in an element named for the site's name or
// logo ("site-title", "logo"). A wrapper's navigation words are not enough
// ("wy-nav-content" wraps a documentation page's body). `norm_text` is the
// heading's text normalized. The climb stops after a few levels, or at the
// element that holds the main content.
bool IsMastheadHeading(const Node* h, const HintTable& hints, std::string_view norm_text,
                       std::string_view norm_site) {
  if (!norm_site.empty() && norm_text == norm_site) return true;
  int levels = 6;
  for (const Node* p = h; p && p->is_element() && levels-- > 0; p = p->parent) {
    if (p->Is(TagId::kBody) || p->Is(TagId::kMain) || p->Is(TagId::kArticle)) break;
    if (p->Is(TagId::kNav) || (ClassifyRole(p->Attr("role")) & kRoleChrome) || (hints[p] & kHintMasthead))
      return true;
    if (p != h && p->Is(TagId::kA) && IsHomeHref(p->Attr("href"))) return true;
  }
  // The heading's text is one link home: <h1><a href="/">Site</a></h1>.
  // (An empty link before it, a logo's box drawn by the style sheet, is
  // passed over: "<a class=logo href=/></a><a href=/>Site</a>".)
  int budget = 16;
  for (const Node* d = h->first_child; d && budget-- > 0; d = NextInTree(d, h)) {
    if (!d->Is(TagId::kA)) continue;
    const std::string text = CollapsedText(d, 1000);
    if (text.empty() && !HoldsImage(d)) continue;
    return IsHomeHref(d->Attr("href")) && NormalizedEquals(text, norm_text);
  }
  return false;
}

std::string ImageFileStem(std::string_view url) {
  url = url.substr(0, std::min(url.find('?'), url.find('#')));
  if (const size_t slash = url.rfind('/'); slash != std::string_view::npos) url.remove_prefix(slash + 1);
  if (const size_t dot = url.rfind('.'); dot != std::string_view::npos && dot > 0) url = url.substr(0, dot);
  // "-1024x683": digits, 'x', digits after the last dash.
  if (const size_t dash = url.rfind('-'); dash != std::string_view::npos) {
    const std::string_view size = url.substr(dash + 1);
    const size_t x = size.find('x');
    auto digits = [](std::string_view d) {
      if (d.empty()) return false;
      for (char ch : d)
        if (!IsAsciiDigit(static_cast<unsigned char>(ch))) return false;
      return true;
    };
    if (x != std::string_view::npos && digits(size.substr(0, x)) && digits(size.substr(x + 1))) url = url.substr(0, dash);
  }
  std::string out(url);
  for (char& ch : out) ch = ToLowerAscii(ch);
  return out;
}


// How many levels an <h1> climbs to find a furniture box around it.
constexpr int kFurnitureBoxLevels = 12;

// Whether an <h1> is the page's furniture, not a rival to its headline: a
// sign-up box's or a shelf's heading ("Subscribe to Example News", "More
// from Example"), or a heading inside a box that opens over the page (a
// <dialog>, role=dialog, a "modal" or "popup" class: a newsletter prompt)
// or inside the page's <footer> (a location picker: "Select your
// location"), or a boilerplate-classed box's that asks to subscribe.
// Templates set those in <h1>s too; the page's one headline is the <h1>
// left. (Up to kFurnitureBoxLevels ancestors, stopping at <main>,
// <article> or <body>: a <footer> or a box around them, the page's
// wrapper, marks no heading; one between the heading and them does.)
bool IsFurnitureH1(const Node* h, std::string_view text, const HintTable& hints) {
  if (IsFurnitureHeading(text)) return true;
  int levels = kFurnitureBoxLevels;
  for (const Node* p = h->parent; p && p->is_element() && levels-- > 0; p = p->parent) {
    if (p->Is(TagId::kBody) || p->Is(TagId::kMain) || p->Is(TagId::kArticle)) break;
    if (p->Is(TagId::kFooter) || p->Is(TagId::kDialog) || (ClassifyRole(p->Attr("role")) & kRoleDialog) ||
        (hints[p] & kHintOverlay))
      return true;
    // (A boilerplate-classed box whose heading asks to subscribe:
    // "<div class=subscribe-overlay><h1>Subscribe to Example News".)
    if ((hints[p] & (kHintBoilerplate | kHintWeakBoilerplate)) && IsPromoLine(text, false)) return true;
  }
  return false;
}

// The bytes of text a heading may head, up to the next <h1>, and still be
// a label over nothing (a manual's name over a docs sidebar: its
// version line and search box, 116 bytes on one; a story's first
// paragraph is longer).
constexpr size_t kMaxLabelHeadedBytes = 160;

// Whether the text after heading `h` (outside it), up to the next <h1> or
// the end, is under `max_bytes` bytes, links' words and scripts aside: the
// heading heads no text, only a sidebar's links at most. (Looks at 400
// nodes: as few words in them head no text either.)
static bool HeadsNoText(const Node* h, size_t max_bytes) {
  int budget = 400;
  size_t bytes = 0;
  const Node* root = h;
  for (int levels = kTreeWalkMaxLevels; root->parent && levels-- > 0;) root = root->parent;
  for (const Node* n = NextSkippingChildren(h, root); n && budget-- > 0;) {
    if (n->Is(TagId::kH1)) return true;
    if (n->Is(TagId::kA) || n->Is(TagId::kScript) || n->Is(TagId::kStyle) || n->Is(TagId::kTemplate)) {
      n = NextSkippingChildren(n, root);
      continue;
    }
    if (n->is_text() && (bytes += Trim(n->data).size()) >= max_bytes) return false;
    n = NextInTree(n, root);
  }
  return true;
}

// How many levels an <h1> climbs to find the main landmark around it.
constexpr int kMainLandmarkLevels = 24;

// Whether `h` lies in the page's main landmark (<main>, role=main) within
// kMainLandmarkLevels levels, shown: the page's own heading, where a
// template sets another <h1> outside it (the site's logo in a sidebar). (A
// hidden one, "<h1 class=display-none>Home</h1>", labels the page for
// screen readers: not shown, it names no page.)
bool InMainLandmark(const Node* h, const HintTable& hints) {
  int levels = kMainLandmarkLevels;
  for (const Node* p = h; p && p->is_element() && levels-- > 0; p = p->parent) {
    if ((hints[p] & kHintHidden) || p->HasAttr("hidden")) return false;
    if (p != h && (p->Is(TagId::kMain) || (ClassifyRole(p->Attr("role")) & kRoleMain))) return true;
  }
  return false;
}

// The words of a story's headline at least, that its <article> names the
// page by though its titles share few of them (MetadataRun::ExtractTitle).
constexpr size_t kStoryHeadlineMinWords = 5;
// The nodes of an <article> read before its headline for another heading.
constexpr int kArticleOpeningNodes = 256;

// Whether heading `h` is the first heading of the <article> it stands in
// (no other heading before it there, within kArticleOpeningNodes nodes):
// the story's headline, not a section's heading under a post title set as
// an <h2>.
bool OpensItsArticle(const Node* h) {
  const Node* art = EnclosingArticle(h);
  if (!art) return false;
  int budget = kArticleOpeningNodes;
  for (const Node* n = art->first_child; n && n != h; n = NextInTree(n, art))
    if (budget-- <= 0 || (n->is_element() && IsHeadingTag(n->tag))) return false;
  return true;
}

// Whether a heading (normalized) has a quarter of its words in the page's
// <title> or in one of its meta titles, when there is one: a heading that
// shares (almost) none is a slogan or a section's label ("Your content.
// Your canvas.", "Special offers"), not the page's title.
bool SharesTitleWords(std::string_view heading, std::string_view doc_title,
                      const std::vector<std::string>& meta_titles) {
  if (doc_title.empty() && meta_titles.empty()) return true;
  auto shares = [&](std::string_view title) {
    if (title.empty()) return false;
    // A title's words are in its first 2 KB (a longer "title" is a body
    // pasted into a meta tag): the search stays linear.
    title = title.substr(0, 2048);
    size_t words = 0, shared = 0;
    for (size_t b = 0; b < heading.size();) {
      size_t e = heading.find(' ', b);
      if (e == std::string_view::npos) e = heading.size();
      const std::string_view w = heading.substr(b, e - b);
      ++words;
      // A whole word of the title.
      for (size_t at = title.find(w); at != std::string_view::npos; at = title.find(w, at + 1)) {
        if ((at == 0 || title[at - 1] == ' ') && (at + w.size() == title.size() || title[at + w.size()] == ' ')) {
          ++shared;
          break;
        }
      }
      b = e + 1;
    }
    return shared * 4 >= words;
  };
  if (shares(doc_title)) return true;
  for (const std::string& m : meta_titles)
    if (shares(m)) return true;
  return false;
}

// The first part of a title that a separator sets off twice or more:
// forum software titles a thread "Thread / Forum / Site" or "Thread - Forum
// - Site", a breadcrumb that ends at the site. "" when no separator repeats.
std::string TitleTrailHead(std::string_view title) {
  const std::string t = CleanLine(title);
  for (size_t k = 0; k < kNumTitleSeparators; ++k) {
    const std::string_view sep = kTitleSeparators[k];
    const size_t first = t.find(sep);
    if (first == std::string::npos || first < 3) continue;
    if (t.find(sep, first + sep.size()) == std::string::npos) continue;
    return std::string(Trim(std::string_view(t).substr(0, first)));
  }
  return {};
}

// A title's bytes at most for the comparisons below: a longer "title" is
// a body pasted into a meta tag (and the comparisons stay cheap).
constexpr size_t kMaxComparedTitleBytes = 2048;

// The first place of any title separator in `t`, npos when there is none:
// one pass, a separator tried only after a space that its mark follows.
static size_t FirstTitleSeparator(std::string_view t) {
  static const std::array<bool, 256> kMarks = [] {
    std::array<bool, 256> m{};
    for (size_t k = 0; k < kNumTitleSeparators; ++k) m[static_cast<unsigned char>(kTitleSeparators[k][1])] = true;
    return m;
  }();
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i] != ' ' || !kMarks[static_cast<unsigned char>(t[i + 1])]) continue;
    for (size_t k = 0; k < kNumTitleSeparators; ++k)
      if (t.compare(i, kTitleSeparators[k].size(), kTitleSeparators[k]) == 0) return i;
  }
  return std::string_view::npos;
}

// Whether a title says a name and a tagline: one or two capitalised words,
// a separator, then a phrase of four words or more, most of them
// lower-case ("Example - The front page of the web"): a site's default
// title, not a page's name.
static bool IsNameAndTagline(std::string_view t) {
  if (t.size() > kMaxComparedTitleBytes) return false;
  const size_t sep = FirstTitleSeparator(t);
  if (sep == std::string_view::npos || sep == 0) return false;
  // (The separator is " mark ": the tagline starts after the mark's space.)
  const size_t after = t.find(' ', sep + 1);
  if (after == std::string_view::npos) return false;
  auto words = [](std::string_view s, size_t* lower) {
    size_t n = 0;
    for (size_t b = 0; b < s.size();) {
      size_t e = s.find(' ', b);
      if (e == std::string_view::npos) e = s.size();
      if (e > b) {
        ++n;
        if (lower) *lower += s[b] >= 'a' && s[b] <= 'z';
        else if (!(s[b] >= 'A' && s[b] <= 'Z') && !IsAsciiDigit(s[b])) return size_t{0};
      }
      b = e + 1;
    }
    return n;
  };
  const size_t name_words = words(Trim(t.substr(0, sep)), nullptr);
  size_t lower = 0;
  const size_t tagline_words = words(Trim(t.substr(after + 1)), &lower);
  return name_words >= 1 && name_words <= 2 && tagline_words >= 4 && lower * 2 >= tagline_words;
}

// Whether the name before a "Name - tagline" title's separator is the
// site's: the host spells it (example.com for "Example") or a link to the
// front page among the page's first nodes says it (<a href="/">Example</a>).
// A question's or a story's title opens on a topic word instead ("Rust -
// how do I borrow a value twice inside a loop").
static bool TaglineNameIsSites(std::string_view title, std::string_view host, const Node* root) {
  const size_t sep = FirstTitleSeparator(title);
  if (sep == std::string_view::npos) return false;
  const std::string_view name = Trim(title.substr(0, sep));
  if (!host.empty() && HostSpellsName(host, name)) return true;
  const std::string norm_name = NormalizeForCompare(name);
  // (A logo link shows no text: its id or class names it, "site-logo" of
  // "Site".)
  std::string letters;
  for (char ch : name)
    if (IsAsciiAlnum(ch)) letters.push_back(ToLowerAscii(ch));
  int budget = 600;
  for (const Node* n = root; n && budget-- > 0; n = NextInTree(n, root)) {
    if (!n->Is(TagId::kA) || !IsHomeHref(n->Attr("href"))) continue;
    if (NormalizedEquals(CollapsedText(n, 200), norm_name)) return true;
    if (letters.size() >= 4 && (ContainsIgnoreCase(n->Attr("id"), letters) ||
                                ContainsIgnoreCase(n->Attr("class"), letters)))
      return true;
  }
  return false;
}

// (A brand or a qualifier before the heading and a descriptor after it,
// in one run of the title's head: the template prints the model's short
// name or a section's label as the heading, the title names the page
// whole. A head whose words before it point at it, "Buy Tents at Acme",
// "All Tents", names it no better; nor does a one-word heading, "News", that
// a tagline says in passing.)
std::string TitleHeadAroundHeading(std::string_view title, std::string_view norm_heading) {
  if (norm_heading.size() < 4 || norm_heading.find(' ') == std::string_view::npos ||
      title.size() > kMaxComparedTitleBytes || title.size() < norm_heading.size() + 4)
    return {};
  std::string_view head = title.substr(0, std::min(FirstTitleSeparator(title), title.size()));
  if (const size_t colon = head.find(": "); colon != std::string_view::npos) head = head.substr(0, colon);
  head = Trim(head);
  const std::string norm_head = NormalizeForCompare(head);
  if (norm_head.size() < norm_heading.size() + 4) return {};
  // (At a word's start after the name's words, ending before the last word.)
  for (size_t at = norm_head.find(norm_heading); at != std::string::npos; at = norm_head.find(norm_heading, at + 1)) {
    const size_t end = at + norm_heading.size();
    if (at == 0 || norm_head[at - 1] != ' ' || end >= norm_head.size() || norm_head[end] != ' ') continue;
    const std::string_view before = std::string_view(norm_head).substr(0, at - 1);
    if (std::count(before.begin(), before.end(), ' ') + 1 > kMaxKickerWords) return {};
    std::string_view last_before;
    for (size_t w = 0; w <= before.size();) {
      const size_t sp = std::min(before.find(' ', w), before.size());
      last_before = before.substr(w, sp - w);
      if (IsHeadQualifierWord(last_before)) return {};
      w = sp + 1;
    }
    // (Words before it that end in "for", "to", "of", "after", ... frame the
    // heading in a phrase, "Job Application for <role> at <firm>": no brand or
    // label ends so, and the heading names the page.)
    if (IsLeadInWord(last_before) || IsConnectingWord(last_before)) return {};
    // (An aside in brackets after the heading, "Best Pies (Our Favourites)",
    // describes nothing: the heading is the name.)
    if (const size_t bracket = head.find_first_of("(["); bracket != std::string_view::npos &&
        NormalizeForCompare(head.substr(0, bracket)) == std::string_view(norm_head).substr(0, end))
      return {};
    return std::string(head);
  }
  return {};
}

// The part two titles share before a separator when they go on
// differently after it ("Spring fair - Our school" and "Spring fair -
// News - Our school district"): what follows is the site's or a section's
// words, the head the page's. Titles one template writes part their head
// with one separator; with `any_separator` (a heading against the
// <title>, "Rate calculator - Brand" and "Rate calculator | Site"), each
// title's first separator, of whichever kind, ends its head. "" when they
// share no such head, or one title goes on from the other.
std::string SharedTitleHead(std::string_view a, std::string_view b, bool any_separator) {
  if (a.size() > kMaxComparedTitleBytes || b.size() > kMaxComparedTitleBytes) return {};
  // (A heading without a separator, most are, is ruled out before a copy.)
  if (any_separator && FirstTitleSeparator(a) == std::string_view::npos) return {};
  const std::string ta = CleanLine(a), tb = CleanLine(b);
  auto shared = [&](size_t pa, size_t pb) -> std::string {
    const std::string head = NormalizeForCompare(std::string_view(ta).substr(0, pa));
    if (head.empty() || !NormalizedEquals(std::string_view(tb).substr(0, pb), head)) return {};
    const std::string na = NormalizeForCompare(ta), nb = NormalizeForCompare(tb);
    if (na.starts_with(nb) || nb.starts_with(na)) return {};
    return std::string(Trim(std::string_view(ta).substr(0, pa)));
  };
  if (any_separator) {
    const size_t pa = FirstTitleSeparator(ta), pb = FirstTitleSeparator(tb);
    if (pa == std::string::npos || pb == std::string::npos || pa < 3) return {};
    return shared(pa, pb);
  }
  for (size_t k = 0; k < kNumTitleSeparators; ++k) {
    const std::string_view sep = kTitleSeparators[k];
    const size_t pa = ta.find(sep), pb = tb.find(sep);
    if (pa == std::string::npos || pb == std::string::npos || pa < 3) continue;
    return shared(pa, pb);
  }
  return {};
}

// A name without the marks that decorate brands (™, ®, ©), normalized.
std::string BareName(std::string_view name) {
  std::string n = NormalizeForCompare(name);
  // (Each mark opens on 0xE2 or 0xC2: a name with neither byte, most, has
  // none, and is only trimmed, in place of a copy made a byte at a time.)
  if (n.find('\xE2') == std::string::npos && n.find('\xC2') == std::string::npos) {
    const std::string_view t = Trim(n);
    if (t.size() == n.size()) return n;
    return std::string(t);
  }
  std::string out;
  out.reserve(n.size());
  for (size_t i = 0; i < n.size();) {
    bool mark = false;
    for (std::string_view m : {"\xE2\x84\xA2", "\xC2\xAE", "\xC2\xA9"})
      if (std::string_view(n).substr(i, m.size()) == m) {
        i += m.size();
        mark = true;
        break;
      }
    if (!mark) out += n[i++];
  }
  return std::string(Trim(out));
}

// Whether a part of a title names the site (`site`, a BareName): the name
// itself, or (`loose`) a part that holds the name among its words ("REI
// Co-op" for "REI", "Today's latest from Al Jazeera" for "Al Jazeera") or
// is among the name's words ("Gorilla Mats" for "Yo Gorilla Mats").
constexpr size_t kMaxSiteBytes = 200;

namespace {
bool IsHostLike(std::string_view s);
}  // namespace

// Whether `part` is the site's name written as its host name
// ("ExampleNews.com", "www.example-news.com" for "Example News"): the host
// before its last dot, "www." and hyphens aside, is the name's letters and
// digits run together (a BareName: lower-case).
static bool IsSiteHost(std::string_view part, std::string_view site) {
  part = Trim(part);
  if (part.find('/') != std::string_view::npos || !IsHostLike(part)) return false;
  std::string_view h = part.substr(0, part.rfind('.'));
  if (h.size() > 4 && StartsWithIgnoreCase(h, "www.")) h.remove_prefix(4);
  size_t i = 0, j = 0;
  while (i < h.size() && j < site.size()) {
    if (h[i] == '-') {
      ++i;
    } else if (!IsAsciiAlnum(site[j])) {
      ++j;  // (the name's spaces and marks)
    } else {
      if (ToLowerAscii(h[i]) != site[j]) return false;
      ++i, ++j;
    }
  }
  while (j < site.size() && !IsAsciiAlnum(site[j])) ++j;
  return i == h.size() && j == site.size() && !h.empty();
}

bool IsSitePart(std::string_view part, std::string_view site, bool loose) {
  const std::string p = BareName(part);
  if (p.empty()) return false;
  if (p == site) return true;
  if (!site.empty() && IsSiteHost(part, site)) return true;
  // (A site's name is short: longer strings are not compared word by word.)
  if (!loose || p.size() > kMaxSiteBytes || site.size() > kMaxSiteBytes) return false;
  const std::string_view longer = p.size() > site.size() ? std::string_view(p) : site;
  const std::string_view shorter = p.size() > site.size() ? site : std::string_view(p);
  for (size_t at = longer.find(shorter); at != std::string_view::npos; at = longer.find(shorter, at + 1))
    if ((at == 0 || longer[at - 1] == ' ') &&
        (at + shorter.size() == longer.size() || longer[at + shorter.size()] == ' '))
      return true;
  return false;
}

// The first <h2> or <h3> after `h` in document order (outside `h`), or
// null: none within `budget` steps, or another <h1> comes first.
const Node* NextSubheading(const Node* h, int budget) {
  // The node after `x`'s subtree; climbing counts against the budget too.
  auto after = [&budget](const Node* x) -> const Node* {
    while (x && !x->next && budget-- > 0) x = x->parent;
    return x && budget > 0 ? x->next : nullptr;
  };
  for (const Node* n = after(h); n && budget-- > 0; n = n->first_child ? n->first_child : after(n)) {
    if (n->Is(TagId::kH2) || n->Is(TagId::kH3)) return n;
    if (n->Is(TagId::kH1)) return nullptr;
  }
  return nullptr;
}

// The length of a section number that leads a heading ("3.1 Git
// Branching", "2.4.1. Setup"): digits parted by dots, one dot at least
// between digits, then a space and a capital letter. 0 when there is none
// (a count, "10 Tips"; a version, "2024.4 -> 2024.5").
// A decimal is no section number: "N.M" with one dot and no dot after
// must have a one-digit M ("3.1"; "1.99 Euro Flights" is a price); and a
// day and month ("24.11. Weihnachtsmarkt") is a date.
static size_t SectionNumberLength(std::string_view t) {
  size_t i = 0, parts = 0, last_digits = 0, first_value = 0, second_value = 0;
  while (i < t.size() && i < 16 && IsAsciiDigit(t[i])) {
    const size_t b = i;
    size_t value = 0;
    while (i < t.size() && IsAsciiDigit(t[i])) value = value * 10 + (t[i++] - '0');
    last_digits = i - b;
    if (parts == 0) first_value = value;
    if (parts == 1) second_value = value;
    ++parts;
    if (i < t.size() && t[i] == '.') ++i;
    else break;
  }
  if (parts < 2 || i + 1 >= t.size() || t[i] != ' ' || !(t[i + 1] >= 'A' && t[i + 1] <= 'Z')) return 0;
  const bool trailing_dot = t[i - 1] == '.';
  if (parts == 2 && !trailing_dot && last_digits > 1) return 0;
  if (parts == 2 && trailing_dot && first_value >= 1 && first_value <= 31 && second_value >= 1 && second_value <= 12)
    return 0;
  return i;
}

// A heading longer than this may be a paragraph set as one.
constexpr size_t kMinParagraphHeadingBytes = 120;

// Google's limit on a schema.org headline (110 characters) less a few:
// a CMS cuts the headline there.
constexpr size_t kHeadlineLimitBytes = 100;

namespace {

// The last place of a title separator in `t`, as t.rfind(sep).
// (std::string_view::rfind compares the separator at every byte; the
// separator's second byte, its mark, rules out most places at once.)
size_t RFindSeparator(std::string_view t, std::string_view sep) {
  if (sep.size() < 2 || t.size() < sep.size()) return t.rfind(sep);
  // Places of sep[1] are searched in [1, end): sep fits at `at` when
  // at + 1 < t.size() - sep.size() + 2.
  size_t end = t.size() - sep.size() + 2;
  while (end > 1) {
    const void* p = memrchr(t.data() + 1, sep[1], end - 1);
    if (!p) break;
    const size_t at = size_t(static_cast<const char*>(p) - t.data()) - 1;
    if (t.compare(at, sep.size(), sep) == 0) return at;
    end = at + 1;
  }
  return std::string_view::npos;
}

// The title separators by their second byte, their mark (each opens on a
// space): a bit for each.
const std::array<uint16_t, 256>& SeparatorsByMark() {
  static_assert(sizeof(uint16_t) * 8 >= 11);
  static const std::array<uint16_t, 256> kByMark = [] {
    std::array<uint16_t, 256> m{};
    for (size_t k = 0; k < kNumTitleSeparators; ++k)
      m[static_cast<unsigned char>(kTitleSeparators[k][1])] |= uint16_t(1u << k);
    return m;
  }();
  return kByMark;
}

// Calls visit(at, k) for each place `at` where title separator k starts in
// `t`, from the end back, until visit returns false: one pass over the
// title's spaces for all the separators.
template <typename Visit>
void VisitSeparatorsBackward(std::string_view t, Visit&& visit) {
  const std::array<uint16_t, 256>& by_mark = SeparatorsByMark();
  size_t end = t.size() > 0 ? t.size() - 1 : 0;  // a space with a byte after it
  while (end > 0) {
    const void* p = memrchr(t.data(), ' ', end);
    if (!p) return;
    const size_t at = size_t(static_cast<const char*>(p) - t.data());
    for (uint32_t bits = by_mark[static_cast<unsigned char>(t[at + 1])]; bits; bits &= bits - 1) {
      const size_t k = size_t(std::countr_zero(bits));
      if (t.compare(at, kTitleSeparators[k].size(), kTitleSeparators[k]) == 0 && !visit(at, k)) return;
    }
    end = at;
  }
}

// The last place of any title separator in `t` past its first byte, npos
// when there is none; the separator's size in *size.
size_t LastTitleSeparator(std::string_view t, size_t* size) {
  size_t last = std::string_view::npos;
  *size = 0;
  // (No two separators start at one place: the first one found is it.)
  VisitSeparatorsBackward(t, [&](size_t at, size_t k) {
    if (at == 0) return false;
    last = at;
    *size = kTitleSeparators[k].size();
    return false;
  });
  return last;
}

// `heading` without the site's name (`site`, a BareName) when a title
// separator sets it off at the end ("Best Exhibitions 2025 – Example
// Gallery"): a template that prints the <title>'s pattern in the <h1>. The
// heading whole otherwise, or when nothing is left before the name.
std::string CutSiteTail(std::string_view heading, std::string_view site) {
  size_t best_size;
  const size_t best = LastTitleSeparator(heading, &best_size);
  if (best != std::string_view::npos && IsSitePart(heading.substr(best + best_size), site, false))
    if (const std::string_view head = Trim(heading.substr(0, best)); !head.empty()) return std::string(head);
  return std::string(heading);
}

// `heading` less a last part in parentheses that `doc_title` prints after
// its last separator, when the <title>'s part before that separator is the
// rest of the heading ("Name (Project v1)" and "Name — Project v1": "Name");
// else `heading` unchanged.
std::string WithoutTitleTailInParens(const std::string& heading, std::string_view doc_title) {
  const size_t open = heading.rfind(" (");
  if (open == std::string::npos || open == 0) return heading;
  const std::string_view head = Trim(std::string_view(heading).substr(0, open));
  const std::string_view inner = Trim(std::string_view(heading).substr(open + 2, heading.size() - open - 3));
  size_t sep_size;
  const size_t sep = LastTitleSeparator(doc_title, &sep_size);
  if (inner.empty() || head.empty() || sep == std::string_view::npos) return heading;
  if (NormalizeForCompare(Trim(doc_title.substr(0, sep))) != NormalizeForCompare(head) ||
      NormalizeForCompare(Trim(doc_title.substr(sep + sep_size))) != NormalizeForCompare(inner))
    return heading;
  return std::string(head);
}

// Whether a title opens on a separator's mark (" | Example News", "- Shop"):
// a template's whose page name was left empty, the site's name alone. (The
// rest is not compared with the site's name, which a template often spells
// otherwise, "&" for "and": the caller holds the title to kMaxSiteBytes.)
bool OpensOnSeparator(std::string_view t) {
  t = Trim(t);
  for (size_t k = 0; k < kNumTitleSeparators; ++k) {
    const std::string_view mark = Trim(kTitleSeparators[k]);
    if (t.size() > mark.size() && t.starts_with(mark) && t[mark.size()] == ' ') return true;
  }
  return false;
}

}  // namespace

std::string StripListingTitleLabel(std::string_view title) {
  // (A label's first byte, in either case, is asked first: most titles
  // open on a byte no label does.)
  static const std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> t{};
    for (size_t k = 0; k < kNumListingTitleLabels; ++k)
      t[static_cast<unsigned char>(ToLowerAscii(kListingTitleLabels[k][0]))] = true;
    return t;
  }();
  if (title.empty() || !kFirst[static_cast<unsigned char>(ToLowerAscii(title[0]))]) return std::string(title);
  for (size_t k = 0; k < kNumListingTitleLabels; ++k) {
    const std::string_view label = kListingTitleLabels[k];
    if (!StartsWithIgnoreCase(title, label)) continue;
    std::string_view rest = Trim(title.substr(label.size()));
    const bool colon = label.find(':') != std::string_view::npos;
    // The quotes around a searched-for name.
    bool quoted = false;
    for (std::string_view q : {"\"", "\u201c", "\u00ab", "'", "\u2018"}) {
      if (rest.starts_with(q)) {
        rest.remove_prefix(q.size());
        quoted = true;
        break;
      }
    }
    if (quoted) {
      for (std::string_view q : {"\"", "\u201d", "\u00bb", "'", "\u2019"}) {
        if (rest.ends_with(q)) {
          rest.remove_suffix(q.size());
          break;
        }
      }
    }
    rest = Trim(rest);
    if ((colon || quoted) && rest.size() >= 2) return std::string(rest);
    break;
  }
  return std::string(title);
}

// The subject of phpBB's <title>, "Board \u2022 View topic - Subject" (or
// "Board - View topic - Subject", "Thema anzeigen", "Voir le sujet"): what
// follows the "View topic" label and a separator; "" for any other title.
std::string ViewTopicSubject(std::string_view title) {
  if (title.size() > 2048) return {};
  // (Most titles hold no label: one pass over the title for all of them
  // rules those out before the title is lower-cased and searched.)
  static const PhraseList kLabels(std::span<const std::string_view>(kViewTopicLabels, kNumViewTopicLabels));
  if (!kLabels.FoundIn(title)) return {};
  const std::string low = ToLowerAscii(title);
  auto after_separator = [](std::string_view rest) -> size_t {
    for (size_t k = 0; k < kNumTitleSeparators; ++k)
      if (rest.starts_with(kTitleSeparators[k])) return kTitleSeparators[k].size();
    return 0;
  };
  for (size_t k = 0; k < kNumViewTopicLabels; ++k) {
    const std::string_view label = kViewTopicLabels[k];
    for (size_t at = low.find(label); at != std::string::npos; at = low.find(label, at + 1)) {
      // The label opens the title or follows a separator ("Board \u2022 ").
      bool led = at == 0;
      for (size_t j = 0; j < kNumTitleSeparators && !led; ++j)
        led = at >= kTitleSeparators[j].size() && std::string_view(low).substr(0, at).ends_with(kTitleSeparators[j]);
      if (!led) continue;
      const size_t sep = after_separator(title.substr(at + label.size()));
      if (!sep) continue;
      const std::string_view subject = Trim(title.substr(at + label.size() + sep));
      if (!subject.empty()) return std::string(subject);
    }
  }
  return {};
}

namespace {

// Whether `s` is written as a host name ("example.com", "blog.example.co.uk",
// a path after it as aggregators print it, "github.com/user"): no space, a
// dot, letters, digits and hyphens, a top-level domain of letters.
bool IsHostLike(std::string_view s) {
  if (s.size() < 4 || s.size() > 100) return false;
  const size_t slash = s.find('/');
  const std::string_view h = s.substr(0, slash);
  const size_t dot = h.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > h.size()) return false;
  for (char ch : h)
    if (!(IsAsciiAlnum(ch) || ch == '.' || ch == '-')) return false;
  for (char ch : h.substr(dot + 1))
    if (!IsAsciiAlpha(ch)) return false;
  return s.find(' ', h.size()) == std::string_view::npos;
}

// A link aggregator's story heading: the title, the linked story's domain
// in brackets, its score ("Title (example.com) 87"). The title; the text
// whole otherwise.
std::string_view CutAggregatorTail(std::string_view t) {
  size_t e = t.size();
  while (e > 0 && IsAsciiDigit(t[e - 1])) --e;
  if (e == t.size() || t.size() - e > 7 || e < 2 || t[e - 1] != ' ') return t;
  const std::string_view rest = Trim(t.substr(0, e));
  if (!rest.ends_with(')')) return t;
  const size_t open = rest.rfind('(');
  if (open == std::string_view::npos || open < 2 || rest[open - 1] != ' ') return t;
  if (!IsHostLike(rest.substr(open + 1, rest.size() - open - 2))) return t;
  const std::string_view head = Trim(rest.substr(0, open));
  return head.empty() ? t : head;
}

// A collection's count in brackets after its title ("Science fiction
// (77141 books)", "Shoes (120 items)"): the title; the text whole otherwise.
std::string_view CutCollectionCount(std::string_view t) {
  if (!t.ends_with(')')) return t;
  const size_t open = t.rfind('(');
  if (open == std::string_view::npos || open < 2 || t[open - 1] != ' ') return t;
  const std::string_view inner = Trim(t.substr(open + 1, t.size() - open - 2));
  size_t i = 0;
  while (i < inner.size() && (IsAsciiDigit(inner[i]) || ((inner[i] == ',' || inner[i] == '.') && i > 0))) ++i;
  if (i == 0 || !IsAsciiDigit(inner[0]) || i >= inner.size() || inner[i] != ' ') return t;
  if (!IsCollectionCountNoun(inner.substr(i + 1))) return t;
  const std::string_view head = Trim(t.substr(0, open));
  return head.empty() ? t : head;
}

// A book shop's title after the book's: its author as the catalogue files
// it, the ISBN, the shop ("Atomic Moves: A Guide: Roe, Ann: 9780000000002:
// Shop.com: Books"). The book's title; the text whole when no ISBN (10 or 13
// digits, an X last at times) stands between colons.
std::string_view CutBookshopTail(std::string_view t) {
  for (size_t at = t.find(": "); at != std::string_view::npos; at = t.find(": ", at + 1)) {
    const std::string_view rest = t.substr(at + 2);
    size_t n = 0;
    while (n < rest.size() && n < 13 && IsAsciiDigit(rest[n])) ++n;
    if (n < rest.size() && (rest[n] == 'X' || rest[n] == 'x') && n == 9) ++n;
    if ((n != 10 && n != 13) || (n < rest.size() && rest[n] != ':')) continue;
    std::string_view head = Trim(t.substr(0, at));
    // (The author before it, "Roe, Ann": a part with a comma, a few words.)
    if (const size_t prev = head.rfind(": "); prev != std::string_view::npos && prev > 0) {
      const std::string_view author = head.substr(prev + 2);
      if (author.find(", ") != std::string_view::npos && std::count(author.begin(), author.end(), ' ') < 5)
        head = Trim(head.substr(0, prev));
    }
    return head.empty() ? t : head;
  }
  return t;
}

}  // namespace

std::string StripTitleAddenda(std::string_view title) {
  std::string_view t = Trim(title);
  if (t.size() > 2048) return std::string(title);
  return std::string(CutCollectionCount(CutAggregatorTail(CutBookshopTail(t))));
}

std::string_view WithoutLeadingAcronym(std::string_view title) {
  const std::string_view t = Trim(title);
  size_t n = 0;
  while (n < t.size() && t[n] >= 'A' && t[n] <= 'Z') ++n;
  if (n < kMinLeadingAcronymLetters || n > kMaxLeadingAcronymLetters) return title;
  const std::string_view after = t.substr(n);
  size_t sep_size = 0;
  for (const std::span<const std::string_view> list :
       {std::span<const std::string_view>(kAcronymSeparators), std::span(kTitleSeparators, kNumTitleSeparators)})
    for (size_t k = 0; k < list.size() && !sep_size; ++k)
      if (after.starts_with(list[k])) sep_size = list[k].size();
  if (!sep_size) return title;
  const std::string_view rest = Trim(after.substr(sep_size));
  // Every capitalized word gives the next letter; a lower-case word between
  // gives it when it opens on it ("Department of Energy" for "DOE") and is
  // passed over otherwise ("Department for Education" for "DE").
  size_t letter = 0;
  for (size_t at = 0; at < rest.size();) {
    size_t end = rest.find(' ', at);
    if (end == std::string_view::npos) end = rest.size();
    const unsigned char c = static_cast<unsigned char>(rest[at]);
    if (c >= 'A' && c <= 'Z') {
      if (letter == n || static_cast<char>(c) != t[letter]) return title;
      ++letter;
    } else if (c >= 'a' && c <= 'z') {
      if (letter < n && static_cast<char>(c - 'a' + 'A') == t[letter]) ++letter;
    } else {
      return title;
    }
    at = end + 1;
  }
  return letter == n ? rest : title;
}

std::string_view AfterLeadingHostName(std::string_view title, std::string_view* host) {
  const std::string_view t = Trim(title);
  const size_t space = t.find(' ');
  if (space == std::string_view::npos || space > kMaxSiteBytes) return {};
  const std::string_view word = t.substr(0, space);
  // Letters, digits and hyphens in labels parted by dots; the last label,
  // the top-level domain, letters only.
  const size_t dot = word.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || word.size() - dot - 1 < 2) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    // (A dot opens no label: a word that starts on one, ".example.com", is
    // no host name, and the byte before the word is not read.)
    if (i > dot ? !IsAsciiAlpha(c) : !(IsAsciiAlnum(c) || c == '-' || (c == '.' && i > 0 && word[i - 1] != '.')))
      return {};
  }
  const std::string_view rest = Trim(t.substr(space + 1));
  if (rest.find(' ') == std::string_view::npos || OpensOnSeparator(rest)) return {};
  if (host) *host = word;
  return rest;
}

namespace {

// The words of `t` (single-spaced) after the site's name (`norm_site`, a
// BareName) when the name opens it as a run of whole words, two words or
// more follow and they end on the name again; "" otherwise. (Only a title whose first letter is the
// name's is normalized.)
std::string_view AfterLeadingSite(std::string_view t, std::string_view norm_site) {
  if (norm_site.empty() || t.size() <= norm_site.size() + 1 ||
      (static_cast<unsigned char>(t[0]) | 0x20) != static_cast<unsigned char>(norm_site[0]))
    return {};
  size_t end = 0;
  for (size_t w = size_t(std::count(norm_site.begin(), norm_site.end(), ' ')) + 1; w > 0; --w) {
    end = t.find(' ', end == 0 ? 0 : end + 1);
    if (end == std::string_view::npos) return {};
  }
  if (BareName(t.substr(0, end)) != norm_site) return {};
  const std::string_view rest = Trim(t.substr(end + 1));
  if (rest.find(' ') == std::string_view::npos || OpensOnSeparator(rest)) return {};
  // (Only when the title names the site again at its end, "... at Acme":
  // a name said once before the words is the brand's, part of the page's
  // name, "Acme Trail Runner 2", "Acme CDN".)
  const std::string bare_rest = BareName(rest);
  if (bare_rest.size() <= norm_site.size() + 1 || !std::string_view(bare_rest).ends_with(norm_site) ||
      bare_rest[bare_rest.size() - norm_site.size() - 1] != ' ')
    return {};
  return rest;
}

}  // namespace

bool HasMidWordQuestionMark(std::string_view s) {
  for (size_t q = s.find('?'); q != std::string_view::npos; q = s.find('?', q + 1))
    if (q > 0 && q + 1 < s.size() && s[q - 1] != ' ' && IsAsciiAlpha(static_cast<unsigned char>(s[q + 1])))
      return true;
  return false;
}

bool IsMisdecodedTwin(std::string_view heading, std::string_view declared) {
  size_t i = 0, j = 0;
  bool swapped = false;
  while (i < heading.size() && j < declared.size()) {
    if (heading[i] == declared[j]) {
      ++i, ++j;
      continue;
    }
    if (heading[i] != '?') return false;
    // The character the "?" stands for: an ASCII letter or apostrophe, or
    // one non-ASCII code point ("'", "é"); a possessive's "'s" whole when
    // the heading has no "s" after the mark.
    const unsigned char c = static_cast<unsigned char>(declared[j]);
    const bool apostrophe = c == '\'' || declared.substr(j, 3) == "\xE2\x80\x99";
    if (c >= 0x80) {
      ++j;
      while (j < declared.size() && (static_cast<unsigned char>(declared[j]) & 0xC0) == 0x80) ++j;
    } else if (IsAsciiAlpha(c) || c == '\'') {
      ++j;
    } else {
      return false;
    }
    ++i;
    if (apostrophe && j < declared.size() && declared[j] == 's' && (i >= heading.size() || heading[i] != 's')) ++j;
    swapped = true;
  }
  return swapped && i == heading.size() && j == declared.size();
}

namespace {

// StripTitleSite with the site's name as a BareName (`norm_site`), for a
// caller that strips several titles of one site.
std::string StripBareSite(std::string_view title, std::string_view norm_site) {
  std::string t = CleanLine(title);
  // A social site's title names the community or the poster and the site
  // before the post's words: "r/Beekeeping on Reddit: Seven capped queen
  // cells ...", "Jane Doe on X: “The ferry is late again”". Only a lead
  // that is a community's or a handle's ("r/", "u/", "@") or a name of two
  // to four capitalized words before a quoted post: "Perspectives on
  // Science: Why replication matters" and "My first year on Medium: what I
  // learned" are an article's titles. (Two words of the post at least.)
  // (Told first in place, by the lead's opening or the post's closing
  // quotation mark: StripBareSite strips each of a page's candidates.)
  const bool social_shape = t.starts_with("r/") || t.starts_with("u/") || t.starts_with('@') || t.ends_with('"') ||
                            t.ends_with("\xE2\x80\x9D");
  if (const size_t colon = social_shape && !norm_site.empty() ? t.find(": ") : std::string::npos;
      colon != std::string::npos) {
    const std::string_view lead = std::string_view(t).substr(0, colon);
    const size_t on = lead.rfind(" on ");
    const std::string_view rest = Trim(std::string_view(t).substr(colon + 2));
    if (on != std::string_view::npos && on > 0 && rest.find(' ') != std::string_view::npos &&
        BareName(lead.substr(on + 4)) == norm_site) {
      const std::string_view who = lead.substr(0, on);
      bool handle = who.starts_with("r/") || who.starts_with("u/") || who.starts_with('@');
      if (!handle && (rest[0] == '"' || rest.starts_with("\xE2\x80\x9C"))) {
        int words = 0;
        bool capitalized = true;
        AnySpaceToken(who, [&](std::string_view w) {
          ++words;
          capitalized = capitalized && w[0] >= 'A' && w[0] <= 'Z';
          return !capitalized;
        });
        handle = capitalized && words >= 2 && words <= 4;
      }
      if (handle) t = std::string(rest);
    }
  }
  // The site's name in lenticular brackets before the title, as Japanese
  // shops and portals print it ("【楽座市場】name：shop"): the site's part.
  constexpr std::string_view kLenticularOpen = "\u3010", kLenticularClose = "\u3011";
  if (!norm_site.empty() && t.starts_with(kLenticularOpen))
    if (const size_t close = t.find(kLenticularClose); close != std::string::npos && close + 3 < t.size() &&
        BareName(std::string_view(t).substr(3, close - 3)) == norm_site)
      return StripBareSite(Trim(std::string_view(t).substr(close + kLenticularClose.size())), norm_site);
  // Each separator's last place, found in one pass.
  std::array<size_t, 16> last_at;
  last_at.fill(std::string::npos);
  size_t unseen = kNumTitleSeparators;
  VisitSeparatorsBackward(t, [&](size_t at, size_t k) {
    if (last_at[k] == std::string::npos) last_at[k] = at, --unseen;
    return unseen > 0;
  });
  // Try each separator; keep the longest part that is not the site name.
  for (size_t k = 0; k < kNumTitleSeparators; ++k) {
    std::string_view sep = kTitleSeparators[k];
    size_t pos = last_at[k];
    if (pos == std::string::npos) continue;
    std::string_view head = Trim(std::string_view(t).substr(0, pos));
    std::string_view tail = Trim(std::string_view(t).substr(pos + sep.size()));
    if (!norm_site.empty()) {
      // The site's name ends a title with a word more at times ("Page |
      // Today's news from Site"); one that leads it is the name alone.
      if (IsSitePart(tail, norm_site, true)) {
        // (A tail parted again, by a separator of another kind, that ends on
        // the name alone loses only the name: "Recap - Our updates", en
        // dash, "Acme B.V." keeps "Recap - Our updates", not "Recap".)
        if (FirstTitleSeparator(tail) != std::string_view::npos) {
          size_t last_size;
          const size_t last = LastTitleSeparator(tail, &last_size);
          if (last != std::string_view::npos && BareName(tail.substr(last + last_size)) == norm_site)
            head = Trim(std::string_view(t).substr(0, size_t(tail.data() - t.data()) + last));
        }
        // (The name may end what is left again, as its host name: "Page -
        // AcmeNews.com | Acme News".)
        for (size_t j = 0; j < kNumTitleSeparators; ++j)
          if (const size_t at = RFindSeparator(head, kTitleSeparators[j]);
              at != std::string::npos && IsSiteHost(head.substr(at + kTitleSeparators[j].size()), norm_site))
            return std::string(Trim(head.substr(0, at)));
        return std::string(head);
      }
      size_t first = t.find(sep);
      std::string_view lead = Trim(std::string_view(t).substr(0, first));
      // (What is left may lead with the name again, as its host name: "Acme
      // News | AcmeNews.com - Page"; each cut shortens the title.)
      if (IsSitePart(lead, norm_site, false))
        return StripBareSite(Trim(std::string_view(t).substr(first + sep.size())), norm_site);
      continue;
    }
    // Without a known site name: a tail that says it is a site's own
    // ("Building permits | Springfield, IL - Official Website") is the site,
    // however long.
    if (!head.empty() && EndsWithOfficialSiteCue(tail)) return std::string(head);
    // A short tail is the site.
    auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    if (words(tail) <= 4 && words(head) >= 3) return std::string(head);
    // (A head parted by a separator of its own is a page's title and its
    // section, "Electrical - Overview | Safety Agency", not a site's name.)
    auto parted = [](std::string_view s) {
      for (size_t j = 0; j < kNumTitleSeparators; ++j)
        if (s.find(kTitleSeparators[j]) != std::string_view::npos) return true;
      return false;
    };
    // (The head taken for the site's name, the tail may lead with it again,
    // as its host name: "Acme News | AcmeNews.com - Page".)
    if (words(head) <= 3 && words(tail) >= 4 && k == 0 && !parted(head)) {
      const std::string name = BareName(head);
      return name.empty() ? std::string(tail) : StripBareSite(tail, name);
    }
  }
  // The site's name leading the title with no separator after it and
  // ending it again ("Acme Buy Trail Shoes at Acme"): the words after the
  // first name the page.
  if (const std::string_view rest = AfterLeadingSite(t, norm_site); !rest.empty()) return std::string(rest);
  return t;
}

}  // namespace

std::string StripTitleSite(std::string_view title, std::string_view site) {
  return StripBareSite(title, BareName(site));
}

// Whether the stamp `n` is the header's own date line, enough to overrule a
// declared publication date: a date- or byline-classed element, a <time>
// or an element whose text is a date line (or a byline row with the date
// as one part), a block or in a block that is a date or byline line itself (not a caption,
// a link, a teaser row with a link to another story, a sentence of
// prose), and not the date of an event or a photo. Reads 4 levels up and
// 16 children of the stamp's parent. (`n_line`: the stamp's own line when
// the caller read it already, as CollapsedTextInto(n, 200, kDateLineMaxNodes)
// does, else null; `line`: a buffer.)
static bool IsHeaderDateLine(const Node* n, const HintTable& hints, const std::string* n_line, std::string* line) {
  if (!n || (!n_line && !CollapsedTextInto(n, 200, kDateLineMaxNodes, line))) return false;
  const std::string& own = n_line ? *n_line : *line;
  if (IsEventStamp(own)) return false;
  if (!(hints[n] & (kHintDate | kHintByline)) && !n->Is(TagId::kTime) && !IsDateLine(own) &&
      DateLinePart(own).empty())
    return false;
  const Node* block = nullptr;
  const Node* p = n;
  for (int up = 0; up < 4 && p && p->is_element(); ++up, p = p->parent) {
    if (p->Is(TagId::kFigcaption) || p->Is(TagId::kFigure) || p->Is(TagId::kA) ||
        (hints[p] & (kHintCaption | kHintCredit)))
      return false;
    if (!block && p != n && IsBlockTag(p->tag)) block = p;
  }
  // A link beside the stamp that is not the writer's: a row of another
  // story ("Read part one: ... March 1, 2023").
  if (n->parent) {
    int children = 16;
    for (const Node* c = n->parent->first_child; c && children-- > 0; c = c->next)
      if (c->Is(TagId::kA) && !IsAuthorPageHref(c->Attr("href")) && !(hints[c] & kHintByline)) return false;
  }
  if (IsBlockTag(n->tag) || !block || (hints[block] & (kHintDate | kHintByline))) return true;
  // The block around an inline stamp is a date line, or a byline's row with
  // the date as one part, not a sentence.
  if (!CollapsedTextInto(block, 200, kDateLineMaxNodes, line) || line->size() > 160) return false;
  return IsDateLine(*line) || !DateLinePart(*line).empty();
}

// Whether a box that only a weak word such as `meta` marks as a byline, with
// no "By" and no writer class, sits where a byline sits: a date stamp (a
// <time>, a date-classed element) within a few nodes either way, or the
// page's <h1> a few nodes before it. A `meta` box anywhere else is a card's
// rating count, a footer's links or a badge ("Privacy Policy", "Ratings").
static bool NearStampOrHeadline(const Node* n, const Collector& c) {
  constexpr uint32_t kNear = 24;
  for (const auto* list : {&c.times, &c.date_nodes})
    for (const Node* d : *list)
      if (d->id + kNear >= n->id && d->id <= n->id + kNear) return true;
  for (const Node* h : c.h1s)
    if (h->id < n->id && n->id <= h->id + kNear) return true;
  return false;
}

// Whether the heading `h` heads an article: a byline or a date stamp
// follows within a few nodes. (An <article> around it says little: landing
// pages wrap their hero in one.) Reads the collector's byline and stamp
// lists.
static bool InArticleHeader(const Node* h, const Collector& c) {
  constexpr uint32_t kHeaderNodes = 24;
  for (const auto* list : {&c.byline_nodes, &c.times, &c.date_nodes})
    for (const Node* n : *list)
      if (n->id > h->id && n->id <= h->id + kHeaderNodes) return true;
  return false;
}

// A URL as compared: no scheme, no "www.", no fragment, no trailing slash.
static std::string_view UrlKey(std::string_view u) {
  u = Trim(u);
  if (const size_t s = u.find("://"); s != std::string_view::npos) u.remove_prefix(s + 3);
  if (StartsWithIgnoreCase(u, "www.")) u.remove_prefix(4);
  return ComparableUrl(u);
}

// Whether a Blog's one listed post is the page shown: its url, @id or
// mainEntityOfPage is the page's URL or canonical, or its headline is the
// page's <h1> or opens its <title>. (A blog's site-wide JSON-LD lists its
// latest post on every page, its About page too.)
static bool BlogPostIsThisPage(const JsonValue& post, std::string_view url, std::string_view canonical,
                               std::string_view title, const std::vector<const Node*>& h1s) {
  auto same_page = [&](const JsonValue* v) {
    if (v && v->is_object()) v = v->Get("@id");
    if (!v || !v->is_string()) return false;
    const std::string_view k = UrlKey(v->str());
    if (k.empty()) return false;
    return (!url.empty() && EqualsIgnoreCase(k, UrlKey(url))) ||
           (!canonical.empty() && EqualsIgnoreCase(k, UrlKey(canonical)));
  };
  if (same_page(post.Get("url")) || same_page(post.Get("@id")) || same_page(post.Get("mainEntityOfPage")))
    return true;
  const JsonValue* head = post.Get("headline");
  if (!head || !head->is_string()) head = post.Get("name");
  if (!head || !head->is_string() || head->str().empty()) return false;
  const std::string norm = NormalizeForCompare(head->str());
  if (norm.empty()) return false;
  if (NormalizeForCompare(title).starts_with(norm)) return true;
  for (size_t i = 0; i < h1s.size() && i < 4; ++i)
    if (NormalizedEquals(CollapsedText(h1s[i], 1000), norm)) return true;
  return false;
}

// A text node that is a copyright line of `min_bytes` to 300 bytes.
static bool IsCopyrightText(const Node* n, size_t min_bytes) {
  return n->is_text() && n->data.size() >= min_bytes && n->data.size() <= 300 && IsCopyrightLine(n->data);
}
// The first text of `footer` (its first `budget` nodes read) that is a
// copyright line of at least `min_bytes`; null when there is none. (Read
// by PageCopyrightLine and by ExtractAuthors' copyright-host stage.)
static const Node* FooterCopyrightText(const Node* footer, int budget, size_t min_bytes) {
  for (const Node* d = footer; d && budget-- > 0; d = NextInTree(d, footer))
    if (IsCopyrightText(d, min_bytes)) return d;
  return nullptr;
}

// The page's copyright line ("(c) 2025 Acme Outfitters. All rights
// reserved."), or "": the first in its first <footer> elements
// (`budget` nodes of each read), else the last among the last
// `budget` nodes of `body` (read backwards from its end, past scripts,
// styles and SVG drawings).
static std::string_view PageCopyrightLine(const std::vector<const Node*>& footers, const Node* body, int budget) {
  for (const Node* f : footers)
    if (const Node* d = FooterCopyrightText(f, budget, 6)) return d->data;
  if (!body) return {};
  auto opaque = [](const Node* n) {
    return n->is_element() && (n->Is(TagId::kScript) || n->Is(TagId::kStyle) || n->Is(TagId::kNoscript) ||
                               n->Is(TagId::kTemplate) || n->ns != Namespace::kHtml);
  };
  auto deepest_last = [&](const Node* n) {
    while (n->last_child() && !opaque(n)) n = n->last_child();
    return n;
  };
  for (const Node* n = deepest_last(body); n && n != body && budget-- > 0;) {
    if (IsCopyrightText(n, 6)) return n->data;
    n = n->prev() ? deepest_last(n->prev()) : n->parent;
  }
  return {};
}

// The part of `title` after its last separator when the copyright line
// `line` names it as its holder ("Outdoor Gear - Acme Outfitters" and "(c)
// 2025 Acme Outfitters. All rights reserved."): the site's name, as the
// <title> writes it; "" when the line does not name it.
static std::string_view CopyrightNamedPart(std::string_view title, std::string_view line) {
  if (line.empty() || title.size() > kMaxComparedTitleBytes) return {};
  size_t last_size;
  const size_t last = LastTitleSeparator(title, &last_size);
  if (last == std::string_view::npos) return {};
  const std::string holder = BareName(line);
  auto named = [&](std::string_view part) {
    const std::string p = BareName(part);
    if (p.size() < 3 || p.size() > kMaxSiteBytes) return false;
    for (size_t at = holder.find(p); at != std::string::npos; at = holder.find(p, at + 1))
      if ((at == 0 || holder[at - 1] == ' ') && (at + p.size() == holder.size() || holder[at + p.size()] == ' '))
        return true;
    return false;
  };
  // (Only the last part: a name before a tagline, "Acme - Free shipping on
  // everything", is a front page's title as a whole at times, the
  // tagline no page's name.)
  if (const std::string_view tail = Trim(title.substr(last + last_size)); named(tail)) return tail;
  return {};
}

namespace {

// What the stages of MetadataExtractor::Extract below share: the page's
// collected markup, the JSON-LD objects picked for it, and what an earlier
// stage found that a later one reads (the site's name, the headline area).
// (Each stage is a member function of its own, kept out of line: one function for
// all of them was too big for the instruction cache.)
struct MetadataRun {
  const Document& doc;
  Collector& c;
  const HintTable& hints;
  std::string_view url;
  std::string_view base;  // the document's base URL: what its addresses resolve against
  ParsedDate today;
  bool explicit_reference;
  Article* a;
  MetadataOutput* out;
  const JsonValue* art;
  const JsonValue* page;
  std::string site{}, site_src{};  // the site's name (ExtractTitle may take it from the <title>)
  // The headline area (ExtractTitle's).
  uint32_t head_id = 0;
  const Node* anchor = nullptr;
  bool anchor_shows_title = false;
  std::string title{};  // the title found (a->title when not empty)

  // Records which source gave a field (Article::sources).
  void note(std::string_view field, std::string_view source) const {
    a->sources.emplace_back(std::string(field), std::string(source));
  }
  // The page's address: the caller's URL, else the canonical one.
  std::string_view PageUrl() const { return !url.empty() ? url : Trim(c.canonical); }
  // A CMS's archive page: its <body> says so (NamesArchiveBody), or its
  // address is a taxonomy term's ("/category/bread/", Blogger's
  // "/search/label/Viajes").
  bool ArchivePage() const { return NamesArchiveBody(c.body_class) || IsTaxonomyTermPath(UrlPath(PageUrl())); }
  // A field of the article's JSON-LD object, else of the page's.
  const JsonValue* ld(std::string_view key) const {
    const JsonValue* v = art ? art->Get(key) : nullptr;
    if (!v && page) v = page->Get(key);
    return c.Resolve(v);
  }

  // The stages, run in this order; each reads the members above (a stage's
  // locals may shadow them: ExtractTitle builds the headline area in locals
  // and stores it at its end).
  [[gnu::noinline]] void ExtractTitle();
  [[gnu::noinline]] void ExtractDescriptionAndSection();
  std::string BreadcrumbSection(std::string* source) const;
  [[gnu::noinline]] void ExtractAuthors();
  [[gnu::noinline]] void ExtractDates();
  [[gnu::noinline]] void ExtractLanguageAndCanonical();
  [[gnu::noinline]] void ExtractLeadImage();
  void ReadLeadCaption(const Node* n, const Node* figure, std::string_view source);
  [[gnu::noinline]] void ExtractTags();
};

// Whether `title` (normalized) is `heading` (normalized) with a count
// before it ("8 recent trends" for "recent trends") or a year after it, a
// lead word ("in", "fur") and a month before the year at most ("remote
// jobs march 2026", "best kettles in 2025").
static bool IsHeadingWithCountOrYear(std::string_view title, std::string_view heading) {
  if (heading.size() < 4 || title.size() <= heading.size() + 1) return false;
  auto digits = [](std::string_view w) { return !w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return IsAsciiDigit(ch); }); };
  if (title.ends_with(heading) && title[title.size() - heading.size() - 1] == ' ') {
    const std::string_view count = title.substr(0, title.size() - heading.size() - 1);
    return count.size() <= 3 && digits(count);
  }
  if (!title.starts_with(heading) || title[heading.size()] != ' ') return false;
  std::string_view rest = title.substr(heading.size() + 1);
  if (const size_t sp = rest.find(' '); sp != std::string_view::npos && IsYearLeadWord(rest.substr(0, sp)))
    rest.remove_prefix(sp + 1);
  if (const size_t sp = rest.find(' '); sp != std::string_view::npos && MonthFromWord(rest.substr(0, sp)) > 0)
    rest.remove_prefix(sp + 1);
  return rest.size() == 4 && digits(rest) && (rest.starts_with("19") || rest.starts_with("20"));
}

// The title and the visible headline, the site's name when only the <title> gives it, and the
// headline area the byline and date scans start from (anchor).
[[gnu::noinline]] void MetadataRun::ExtractTitle() {
  // Title.
  // (The keys with their sources' names, "meta:" and the key, as
  // literals: no string made for a source that is not picked.)
  static constexpr std::pair<std::string_view, std::string_view> kTitleKeys[] = {
      {"og:title", "meta:og:title"},         {"twitter:title", "meta:twitter:title"},
      {"headline", "meta:headline"},         {"title", "meta:title"},
      {"dc.title", "meta:dc.title"},         {"sailthru.title", "meta:sailthru.title"},
      {"parsely-title", "meta:parsely-title"}};
  std::vector<std::string> meta_titles;
  std::vector<std::string_view> meta_title_srcs;
  meta_titles.reserve(std::size(kTitleKeys) + 1);
  meta_title_srcs.reserve(std::size(kTitleKeys) + 1);
  std::string ld_headline = JsonText(ld("headline"));
  SpaceFullWidthBars(&ld_headline);
  if (!ld_headline.empty()) {
    meta_titles.push_back(ld_headline);
    meta_title_srcs.push_back("json-ld");
  }
  for (const auto& [k, src] : kTitleKeys) {
    std::string_view v = c.Meta(k);
    if (!v.empty()) {
      meta_titles.push_back(CleanLine(v));
      SpaceFullWidthBars(&meta_titles.back());
      meta_title_srcs.push_back(src);
    }
  }
  std::string title_src;
  const std::string& doc_title = c.title_text;

  // (`title`, `head_id`, `anchor`, `anchor_shows_title`: MetadataRun's, for the stages after.)
  // The titles without the site's name (its BareName made once). A page
  // that declares none may still name its site in the footer's copyright
  // line: a part of the <title> that the line names is the site's.
  std::string_view footer_site;
  if (site.empty() && FirstTitleSeparator(doc_title) != std::string_view::npos)
    footer_site = CopyrightNamedPart(doc_title, PageCopyrightLine(c.footers, c.body, kCopyrightSearchNodes));
  const std::string bare_site = BareName(site.empty() ? footer_site : std::string_view(site));
  auto strip_site = [&](std::string_view t) { return StripBareSite(t, bare_site); };
  // The titles normalized once, for every candidate heading.
  std::vector<std::string> norm_meta_titles;
  norm_meta_titles.reserve(meta_titles.size());
  // (Most pages give one title several times, <title>, og:title and
  // twitter:title alike: a repeat takes the normal form made before.)
  auto normalize_title = [&](const std::string& t) {
    for (size_t i = 0; i < norm_meta_titles.size(); ++i)
      if (meta_titles[i] == t) return norm_meta_titles[i];
    return NormalizeForCompare(t);
  };
  for (const std::string& m : meta_titles) norm_meta_titles.push_back(normalize_title(m));
  const std::string norm_doc_title = normalize_title(doc_title);
  // (A candidate's text normalized: `n`.)
  auto matches_meta_norm = [&](const std::string& n) {
    if (n.size() < 4) return false;
    for (const std::string& nm : norm_meta_titles) {
      if (nm == n) return true;
      if (nm.size() > n.size() && nm.compare(0, n.size(), n) == 0 && n.size() * 10 >= nm.size() * 6) return true;
      if (n.size() > nm.size() && n.compare(0, nm.size(), nm) == 0 && nm.size() * 10 >= n.size() * 6) return true;
    }
    return norm_doc_title.find(n) != std::string::npos && n.size() * 10 >= norm_doc_title.size() * 4;
  };
  // (The candidates' normal forms are made in one scratch string: a page
  // asks for every headline-classed block and <h2>, most of which match
  // nothing.)
  std::string candidate_norm;
  auto matches_meta = [&](const std::string& text) {
    NormalizeForCompareInto(text, &candidate_norm);
    return matches_meta_norm(candidate_norm);
  };
  // The titles without the site's name, as printed and normalized: [0]
  // the <title>'s, [1 + i] meta_titles[i]'s. Each is cut once, on the
  // first ask (many pages never ask); a title over kMaxComparedTitleBytes
  // is compared with nothing and its entry stays empty.
  struct StrippedTitle {
    std::string text, norm;
    bool made = false;
  };
  std::vector<StrippedTitle> stripped_titles;
  auto title_at = [&](size_t i) -> const std::string& { return i == 0 ? doc_title : meta_titles[i - 1]; };
  // The source of title_at(i), as `sources` names it.
  auto title_src_at = [&](size_t i) -> std::string_view { return i == 0 ? "title-tag" : meta_title_srcs[i - 1]; };
  auto stripped_title = [&](size_t i) -> const StrippedTitle& {
    if (stripped_titles.empty()) stripped_titles.resize(meta_titles.size() + 1);
    // (Most pages give one title several times, <title>, og:title and
    // twitter:title alike: a repeat is the first one's entry.)
    for (size_t k = 0; k < i; ++k)
      if (title_at(k) == title_at(i)) {
        i = k;
        break;
      }
    StrippedTitle& s = stripped_titles[i];
    if (!s.made) {
      s.made = true;
      if (title_at(i).size() <= kMaxComparedTitleBytes) {
        s.text = strip_site(title_at(i));
        s.norm = NormalizeForCompare(s.text);
      }
    }
    return s;
  };
  // Whether a title says `norm` (a normalized text), whole or without the
  // site's name.
  auto title_repeats = [&](const std::string& norm) {
    if (norm.empty()) return false;
    if (norm == norm_doc_title) return true;
    for (const std::string& nm : norm_meta_titles)
      if (norm == nm) return true;
    for (size_t i = 0; i <= meta_titles.size(); ++i)
      if (norm == stripped_title(i).norm) return true;
    return false;
  };
  bool has_title = !norm_doc_title.empty();
  for (const std::string& nm : norm_meta_titles) has_title = has_title || !nm.empty();
  // The <h1>s that may be the page's headline: not the site's masthead.
  const std::string norm_declared_site = NormalizeForCompare(site);
  std::vector<const Node*> h1s;
  std::vector<std::string> h1_texts, h1_norms;  // their texts, and normalized once
  h1s.reserve(c.h1s.size());
  h1_texts.reserve(c.h1s.size());
  h1_norms.reserve(c.h1s.size());
  // (The furniture <h1>s set aside: a lone headline beside them is still
  // the page's one headline.)
  std::vector<const Node*> furniture;
  std::vector<std::string> furniture_texts, furniture_norms;
  size_t logo_h1s = 0;  // (the logos set as <h1>s, no words: no rivals either)
  // The <title>'s part after its last separator, normalized (made on the
  // first ask); "" when no separator parts it.
  std::string title_tail_norm;
  bool title_tail_made = false;
  auto norm_title_tail = [&]() -> const std::string& {
    if (title_tail_made) return title_tail_norm;
    title_tail_made = true;
    if (doc_title.size() > kMaxComparedTitleBytes) return title_tail_norm;
    const std::string_view t = doc_title;
    size_t best_size;
    const size_t best = LastTitleSeparator(t, &best_size);
    if (best != std::string_view::npos) title_tail_norm = NormalizeForCompare(t.substr(best + best_size));
    return title_tail_norm;
  };
  for (const Node* h : c.h1s) {
    bool dropped_tagline = false;
    std::string text = HeadingText(h, &dropped_tagline);
    std::string norm = NormalizeForCompare(text);
    // A tagline in the heading is the name's when a title repeats it too
    // ("Headline - Its subtitle - Site").
    if (dropped_tagline) {
      std::string whole = HeadingText(h);
      if (std::string norm_whole = NormalizeForCompare(whole); matches_meta_norm(norm_whole)) {
        text = std::move(whole);
        norm = std::move(norm_whole);
      }
    }
    // An <h1> that shows the site's logo, an image and no words, names no
    // page: it is no rival to the page's one headline. (An emptied
    // template slot, no image, may be filled in by a script: it counts.)
    if (norm.empty() && HoldsImage(h)) {
      ++logo_h1s;
      continue;
    }
    if (IsMastheadHeading(h, hints, norm, norm_declared_site) || EndsWithItemCount(text)) continue;
    // An <h1> that is the <title>'s tail after its last separator and holds
    // the site's name ("Acme Entertainment" for "TV and Streaming - Acme
    // Entertainment"): the brand set as a heading, not the page's name.
    if (!bare_site.empty() && norm == norm_title_tail() && IsSitePart(text, bare_site, true)) continue;
    // A sentence, full stop and all, that no title repeats is a landing
    // page's slogan ("Work gets simpler here."), not its headline; not on
    // a page that reads as an article (its type, a byline or a date right
    // under the heading), and never when no title is left to name the page.
    if (EndsWithFullStop(text) && has_title && a->page_type != "article" && !InArticleHeader(h, c) &&
        !title_repeats(norm))
      continue;
    // A paragraph set as a heading, two sentences or more and longer than
    // a headline, that no title repeats is a summary, not the page's name,
    // on any page.
    if (has_title && text.size() > kMinParagraphHeadingBytes &&
        (text.back() == '.' || text.back() == '?' || text.back() == '!')) {
      bool inner_end = false;
      for (size_t i = 1; i + 2 < text.size() && !inner_end; ++i)
        inner_end = (text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ' &&
                    (IsAsciiAlnum(text[i - 1]) || text[i - 1] == ')') && text[i + 2] >= 'A' && text[i + 2] <= 'Z';
      if (inner_end && !title_repeats(norm)) continue;
    }
    if (IsFurnitureH1(h, text, hints)) {
      furniture.push_back(h);
      furniture_texts.push_back(std::move(text));
      furniture_norms.push_back(std::move(norm));
      continue;
    }
    h1s.push_back(h);
    h1_texts.push_back(std::move(text));
    h1_norms.push_back(std::move(norm));
  }
  // (When every <h1> left is furniture, they stay candidates: a hero set in
  // a "popup" class is the page's own.)
  size_t furniture_h1s = furniture.size();
  if (h1s.empty()) {
    h1s = std::move(furniture);
    h1_texts = std::move(furniture_texts);
    h1_norms = std::move(furniture_norms);
    furniture_h1s = 0;
  }
  for (size_t m = 0; m < h1s.size(); ++m) {
    if (!matches_meta_norm(h1_norms[m])) continue;
    size_t i = m;
    // Another <h1> that is this one's head before a title separator
    // ("Thread title" after "Thread title - Forum name") is the headline:
    // this one prints the section or site after it. (At most 16 <h1>s.)
    for (size_t j = 0; j < h1s.size(); ++j) {
      if (j == m || h1_texts[j].size() < 4 || !h1_texts[m].starts_with(h1_texts[j])) continue;
      const std::string_view after = std::string_view(h1_texts[m]).substr(h1_texts[j].size());
      bool separated = false;
      for (size_t k = 0; k < kNumTitleSeparators && !separated; ++k)
        separated = after.starts_with(kTitleSeparators[k]) && after.size() > kTitleSeparators[k].size();
      if (separated) {
        i = j;
        break;
      }
    }
    // (The first separator here, where the lone brand <h1> above reads the
    // tail after the last: a brand is the <title>'s last part ("Page -
    // Section - Acme"), while a docs title's tail is all after the page's
    // name, the manual's name and its version with their own dashes
    // ("Quick start - Acme 2.0 - Reference").)
    // An <h1> that is the <title>'s tail, after its first separator, beside
    // another that is the head before it ("Quick start" and "Acme 2.0
    // Documentation" for "Quick start — Acme 2.0 Documentation"): the tail
    // is the site's or the manual's name set as a heading too (a docs
    // theme's sidebar), the head names the page. (At most 16 <h1>s.)
    if (i == m && h1s.size() > 1 && doc_title.size() <= kMaxComparedTitleBytes) {
      const size_t sep = FirstTitleSeparator(doc_title);
      if (sep != std::string_view::npos && sep > 0 &&
          NormalizeForCompare(std::string_view(doc_title).substr(sep)) == h1_norms[m]) {
        const std::string norm_head = NormalizeForCompare(std::string_view(doc_title).substr(0, sep));
        // Only a tail that is furniture yields: the site's name, a heading
        // outside the main landmark or <article> where the head is inside,
        // or one that heads no text before the next <h1> (a docs theme's
        // manual name over its sidebar). A section's label beside the story
        // ("Recipes - Lemon tart", "<aside><h1>Recipes</h1>") is a title's
        // head too, and the story's <h1> with its byline and text is the
        // headline.
        const Node* tail = h1s[m];
        const bool tail_in_story = InMainLandmark(tail, hints) || InArticle(tail);
        const bool tail_furniture = (!bare_site.empty() && IsSitePart(h1_texts[m], bare_site, true)) ||
                                    HeadsNoText(tail, kMaxLabelHeadedBytes);
        for (size_t j = 0; j < h1s.size(); ++j)
          if (j != m && h1_norms[j] == norm_head &&
              (tail_furniture || (!tail_in_story && (InMainLandmark(h1s[j], hints) || InArticle(h1s[j]))))) {
            i = j;
            break;
          }
      }
    }
    const Node* h = h1s[i];
    const std::string& text = h1_texts[i];
    {
      title = text;
      title_src = "h1";
      out->headline = h;
      // A heading that repeats the whole <title>, the site's name with it,
      // is cut like the <title>.
      if (NormalizedEquals(text, norm_doc_title)) title = strip_site(text);
      // A heading that is the JSON-LD headline with a few words before it
      // ("Solved Boiler keeps cycling"): forum software prints a thread's
      // prefix label inside the <h1>, the headline declares the title.
      if (!ld_headline.empty()) {
        const std::string& nh = h1_norms[i];
        const std::string nl = NormalizeForCompare(ld_headline);
        if (nl.size() >= 4 && nh.size() > nl.size() + 1 && nh.compare(nh.size() - nl.size(), nl.size(), nl) == 0 &&
            nh[nh.size() - nl.size() - 1] == ' ' && std::count(nh.begin(), nh.end() - nl.size(), ' ') <= 3) {
          title = ld_headline;
          title_src = "json-ld";
        }
      }
      break;
    }
  }
  if (!out->headline) {
    std::string text;  // (one scratch text for every candidate)
    for (const Node* h : c.title_hint_nodes) {
      CollapsedTextInto(h, 1000, &text);
      if (text.size() < 1000 && matches_meta(text)) {
        title = text;
        title_src = "headline-class";
        out->headline = h;
        break;
      }
    }
  }
  // No <h1> and no headline class: a lower heading that repeats a meta
  // title is the headline the page prints ("<h3 class=heading>", a Korean
  // CMS's), its place for the dek under it. (The page's first
  // kLowHeadlineLook headings are read, on an article only; the title
  // stays the meta title's.)
  if (!out->headline && c.h1s.empty() && a->page_type == "article") {
    constexpr int kLowHeadlineLook = 24;
    int look = kLowHeadlineLook;
    std::string text;
    for (const Node* n = doc.root(); n && look > 0; n = NextInTree(n, doc.root())) {
      if (!n->is_element() || !(n->Is(TagId::kH2) || n->Is(TagId::kH3) || n->Is(TagId::kH4))) continue;
      --look;
      CollapsedTextInto(n, 1000, &text);
      if (text.size() < 1000 && matches_meta(text)) {
        out->headline = n;
        break;
      }
    }
  }
  // One visible headline the meta titles do not repeat: the page's own
  // heading is what readers see as its title. (A page whose template puts
  // the site's logo in an <h1> too has not one headline; a responsive
  // template that prints the same heading twice, for small and large
  // screens, has.)
  bool headline_matches = out->headline != nullptr;
  auto same_text = [&](size_t from) {
    for (size_t i = from; i < h1_texts.size(); ++i)
      if (h1_texts[i] != h1_texts[0]) return false;
    return true;
  };
  // A lone <h1> that no title repeats, followed by a subheading that
  // repeats one word for word, is a label over the headline ("Market
  // updates" over "Market Update, Spring 2024"): the subheading is
  // the headline.
  if (title.empty() && !h1s.empty() && h1s.size() + furniture_h1s + logo_h1s == c.h1s.size() && same_text(1)) {
    if (const Node* sub = NextSubheading(h1s[0], kSubheadingSearchSteps)) {
      std::string text = HeadingText(sub);
      const std::string norm = NormalizeForCompare(text);
      // (Three words at least: a shorter one is a label too.)
      bool repeats = norm == norm_doc_title || norm == stripped_title(0).norm;
      for (size_t i = 0; i < norm_meta_titles.size() && !repeats; ++i) repeats = norm == norm_meta_titles[i];
      if (repeats && std::count(norm.begin(), norm.end(), ' ') >= 2) {
        title = std::move(text);
        title_src = "subheading";
        out->headline = sub;
      }
    }
  }
  // (The site's logo set as an <h1> too, outside the main landmark, leaves
  // one headline when the one left is in it: a docs theme's sidebar logo.)
  if (title.empty() && !h1s.empty() && (h1s.size() + furniture_h1s + logo_h1s == c.h1s.size() || InMainLandmark(h1s[0], hints)) &&
      same_text(1)) {
    const std::string& text = h1_texts[0];
    // (A one-word heading is a label, "Menu", "Blog", unless a title
    // begins with it: "Flexbox" for "Flexbox - Learn web development |
    // MDN", "Lanterns" for "Lanterns for Camping | Shop"; or a title's
    // head, before its first separator, is the word with a qualifier or
    // two before it: "Wallets" for "All Wallets - Slim designs | Shop",
    // "News" for "Daily Post News - Latest stories".)
    // (The head when it names the page by more than the word: "Lunch Menu"
    // for <h1>Menu</h1> and "Lunch Menu - Cafe Rosa".)
    std::string_view named_head;
    auto leads_title = [&] {
      const std::string& h = h1_norms[0];
      auto begins = [&](const std::string& t) { return t.size() > h.size() && t.starts_with(h) && t[h.size()] == ' '; };
      auto ends_head = [&](std::string_view t) {
        if (t.size() > kMaxComparedTitleBytes) return false;
        const std::string head = NormalizeForCompare(t.substr(0, FirstTitleSeparator(t)));
        if (!(head.size() > h.size() + 1 && head.ends_with(h) && head[head.size() - h.size() - 1] == ' ' &&
              std::count(head.begin(), head.end(), ' ') < kMaxHeadQualifierWords + 1))
          return false;
        // (The words before are determiners or labels, "All", "Shop", or
        // the site's name, "Daily Post", or the head is the site's name,
        // "Daily News": else the head names the page, "Lunch Menu", and the
        // heading is its label.)
        const std::string_view before = std::string_view(head).substr(0, head.size() - h.size() - 1);
        if (!bare_site.empty() && (BareName(before) == bare_site || BareName(head) == bare_site)) return true;
        for (size_t at = 0; at <= before.size();) {
          const size_t sp = std::min(before.find(' ', at), before.size());
          if (!IsHeadQualifierWord(before.substr(at, sp - at))) {
            if (named_head.empty()) named_head = Trim(t.substr(0, FirstTitleSeparator(t)));
            return false;
          }
          at = sp + 1;
        }
        return true;
      };
      if (begins(norm_doc_title) || ends_head(doc_title)) return true;
      for (size_t i = 0; i < meta_titles.size(); ++i)
        if (begins(norm_meta_titles[i]) || ends_head(meta_titles[i])) return true;
      return false;
    };
    // (Titles that say only the site's name say nothing of the page: the
    // heading is not weighed against them, unless it is a promotion's line,
    // "Free shipping on orders over $50", which names no page.)
    auto titles_name_site = [&] {
      if (bare_site.empty()) return false;
      bool any = false;
      for (size_t i = 0; i <= norm_meta_titles.size(); ++i) {
        const std::string& t = title_at(i);
        if (t.empty()) continue;
        // (" | Example News" says the site's name alone too: the page's
        // name was left out of the template.)
        if (t.size() > kMaxSiteBytes || (BareName(t) != bare_site && !OpensOnSeparator(t))) return false;
        any = true;
      }
      return any;
    };
    // (A story's headline in its <article> names it though the titles
    // are an SEO line that shares few of its words: "Auto's verdwijnen van
    // de Houtmarkt, 86 parkeerplekken maken plaats voor bomen" under the
    // <title> "Houtmarkt Zutphen autovrij vanaf 2027". A sentence's
    // length, kStoryHeadlineMinWords: a shorter heading is a label, "Web
    // Designs" over a portfolio typed an article.)
    // (A <title> that is all the page declares, no og:title, meta title,
    // JSON-LD headline or site name beside it, and says a name and a
    // tagline, is an app shell's: the site's, the same on every page,
    // "Example - The heart of the web". A lone heading in the main landmark
    // names the page then, though it shares no word with it.)
    auto shell_title = [&] {
      if (!(meta_titles.empty() && site.empty() && a->page_type != "forum" && IsNameAndTagline(doc_title) &&
            InMainLandmark(h1s[0], hints)))
        return false;
      std::string_view page_url = PageUrl();
      if (page_url.empty()) page_url = c.Meta("og:url");
      return TaglineNameIsSites(doc_title, UrlHost(page_url), doc.root());
    };
    const bool headline_sized =
        text.size() >= 4 && text.size() < 300 && (std::count(text.begin(), text.end(), ' ') >= 1 || leads_title());
    if (headline_sized && (SharesTitleWords(h1_norms[0], norm_doc_title, norm_meta_titles) ||
                           (titles_name_site() && !IsPromoLine(text) && !IsStoreOfferLine(text)) ||
                           (a->page_type == "article" &&
                            size_t(std::count(text.begin(), text.end(), ' ')) + 1 >= kStoryHeadlineMinWords &&
                            OpensItsArticle(h1s[0]) && !IsPromoLine(text)))) {
      title = text;
      title_src = "h1";
      out->headline = h1s[0];
    } else if (!named_head.empty()) {
      title = std::string(named_head);
      title_src = "title-head";
      out->headline = h1s[0];
    } else if (headline_sized && shell_title() && !IsPromoLine(text) && !IsStoreOfferLine(text)) {
      // (The heading stays in the body: a link post's heading is most of
      // its text.)
      title = text;
      title_src = "h1-over-shell-title";
    }
  }
  // A heading that is a title's name with a few words before it ("New
  // Video Doorbells" over "Video Doorbells | Shop", "Classic II Moon Silver"
  // over "Moon Silver | Watches"): the words before are a kicker, a brand
  // or a label, the title says the name. (Not when they lead into the name,
  // "The", "What's the", or end in a number: that heading is the title
  // reworded.)
  // A heading that ends on the site's name after a separator is cut like
  // the <title> (a template printing the <title>'s pattern in the <h1>):
  // only when the <title> ends on the site's name too, and the head left
  // has two words or more ("Interview – Harbour Lights" names the band the
  // interview is with: a one-word label is no page's name).
  if (title_src == "h1" && !bare_site.empty()) {
    std::string cut = CutSiteTail(title, bare_site);
    if (cut.size() < title.size() && cut.find(' ') != std::string::npos &&
        CutSiteTail(doc_title, bare_site).size() < doc_title.size())
      title = std::move(cut);
  }
  // A heading that says in parentheses what the <title> says after its
  // separator ("Tidewater.RateLimiter (Tidewater v1.4.0)" under the <title>
  // "Tidewater.RateLimiter — Tidewater v1.4.0": ExDoc's module heading, its
  // project and version in a <small>) names the page by the words before
  // them. (Only a heading that ends on ")" is read.)
  if (title_src == "h1" && title.ends_with(')')) title = WithoutTitleTailInParens(title, doc_title);
  bool kicker_cut = false;
  if (title_src == "h1") {
    // (The heading's words before a " | ", which the title loses below:
    // "Classic II Moon Silver | 44MM"; a bar in the first kMinBarHeadBytes
    // bytes cuts nothing.)
    constexpr size_t kMinBarHeadBytes = 3;
    const size_t heading_bar = title.find(kTitleBarSeparator);
    const std::string nh = NormalizeForCompare(heading_bar != std::string::npos && heading_bar >= kMinBarHeadBytes
                                                   ? std::string_view(title).substr(0, heading_bar)
                                                   : std::string_view(title));
    // (Title `i` as stripped_title numbers them.)
    auto name_after_kicker = [&](size_t i) -> std::string {
      if (title_at(i).size() > kMaxComparedTitleBytes) return {};
      std::string head = stripped_title(i).text;
      if (const size_t bar = head.find(kTitleBarSeparator); bar != std::string::npos && bar >= kMinBarHeadBytes)
        head.resize(bar);
      const std::string nn = NormalizeForCompare(head);
      if (nn.find(' ') == std::string::npos || nh.size() <= nn.size() + 1 || !nh.ends_with(nn) ||
          nh[nh.size() - nn.size() - 1] != ' ')
        return {};
      const std::string_view kicker(nh.data(), nh.size() - nn.size() - 1);
      if (std::count(kicker.begin(), kicker.end(), ' ') + 1 > kMaxKickerWords) return {};
      // (A number before the name is the headline's: "10 Best Kettles",
      // "2025 Price Guide".)
      const size_t last = kicker.rfind(' ');
      const std::string_view word = last == std::string_view::npos ? kicker : kicker.substr(last + 1);
      if (IsLeadInWord(word) || IsConnectingWord(word) || std::all_of(word.begin(), word.end(), IsAsciiDigit))
        return {};
      // A kicker is a label: its words, as the heading prints them, are
      // capitalised ("Police arrest man after" is the headline's start),
      // or the heading sets them on a line of their own, above the name.
      if (KickerLine(out->headline, kicker, hints)) return head;
      const size_t kicker_words = std::count(kicker.begin(), kicker.end(), ' ') + 1;
      std::string_view words = Trim(title);
      for (size_t k = 0; k < kicker_words && !words.empty(); ++k) {
        if (words[0] >= 'a' && words[0] <= 'z') return {};
        const size_t sp = words.find(' ');
        words = sp == std::string_view::npos ? std::string_view() : Trim(words.substr(sp + 1));
      }
      return head;
    };
    // (Never when a title says the heading whole: the short one is a
    // social card's.)
    bool repeated = false;
    for (size_t i = 0; i <= meta_titles.size() && !repeated; ++i)
      repeated = title_at(i).size() <= kMaxComparedTitleBytes && stripped_title(i).norm == nh;
    std::string name = repeated ? std::string() : name_after_kicker(0);
    std::string_view name_src = "title-tag";
    // (A title that repeats one tried before gives nothing either: most
    // pages say the same title in their <title>, og:title and twitter:title.)
    auto tried = [&](size_t i) {
      return meta_titles[i] == doc_title ||
             std::find(meta_titles.begin(), meta_titles.begin() + i, meta_titles[i]) != meta_titles.begin() + i;
    };
    for (size_t i = 0; i < meta_titles.size() && name.empty() && !repeated; ++i) {
      if (tried(i)) continue;
      name = name_after_kicker(i + 1);
      name_src = meta_title_srcs[i];
    }
    if (!name.empty()) {
      title = std::move(name);
      title_src = name_src;
      kicker_cut = true;
    }
  }
  // A heading that a title's head holds inside, a brand or a qualifier
  // before it and a descriptor after ("MX Vertical" for "Acme MX Vertical
  // Ergonomic Wireless Mouse"): the title names the page whole (the
  // <title> first, then the meta titles in their order).
  if (title_src == "h1" && !kicker_cut) {
    std::string nh;
    for (size_t i = 0; i <= meta_titles.size(); ++i) {
      const std::string& t = title_at(i);
      if (t.size() > kMaxComparedTitleBytes || t.size() < title.size() + 4) continue;
      if (nh.empty()) nh = NormalizeForCompare(title);
      if (std::string head = TitleHeadAroundHeading(stripped_title(i).text, nh); !head.empty()) {
        title = std::move(head);
        title_src = title_src_at(i);
        kicker_cut = true;
        break;
      }
    }
  }
  // A title that says the heading with the list's count before it ("8
  // Recent Trends in Photography" over the heading "Recent Trends in
  // Photography") or the year it is written for after it ("Remote Jobs
  // (March 2026)", "Best Kettles in 2025") names the same page, as its
  // author set it: a template that prints the headline shorter drops the
  // count or the year, the title keeps it. (The <title> is tried first,
  // then the meta titles in their order.)
  // (Only a title longer than the heading, with a digit, may say either:
  // most pages' titles are ruled out before any is cut or normalized.)
  if (title_src == "h1" && !kicker_cut) {
    std::string nh;
    for (size_t i = 0; i <= meta_titles.size(); ++i) {
      const std::string& t = title_at(i);
      if (t.size() > kMaxComparedTitleBytes || t.size() <= title.size() ||
          std::none_of(t.begin(), t.end(), [](char ch) { return IsAsciiDigit(ch); }))
        continue;
      if (nh.empty()) nh = NormalizeForCompare(title);
      const StrippedTitle& st = stripped_title(i);
      // (A date set off by a comma, "This Month, December 2025", is a
      // dateline the title adds, not the headline's year.)
      if (IsHeadingWithCountOrYear(st.norm, nh) &&
          std::count(st.text.begin(), st.text.end(), ',') == std::count(title.begin(), title.end(), ',')) {
        title = st.text;
        title_src = title_src_at(i);
        break;
      }
    }
  }
  // A manual's section number before the heading's words ("3.1 Git
  // Branching") that no title prints is the book's numbering, not the
  // page's name, when the page shows it is one: a title names the page
  // by the words after the number, or the next subheading is numbered
  // under it ("3.1.1 ..." after "3.1 ..."). (Titles that say only the
  // site's name show nothing: "2.5 Million Jobs Lost" stays whole.)
  if (title_src == "h1" && !kicker_cut) {
    if (const size_t n = SectionNumberLength(title)) {
      std::string_view number = std::string_view(title).substr(0, n);
      if (number.back() == '.') number.remove_suffix(1);
      bool printed = doc_title.find(number) != std::string::npos;
      for (size_t i = 0; i < meta_titles.size() && !printed; ++i)
        printed = meta_titles[i].find(number) != std::string::npos;
      const std::string rest(Trim(std::string_view(title).substr(n)));
      bool shown = false;
      if (!printed) {
        // (A title names the page by those words when one holds the other,
        // the site's name taken off: "Branches in a Nutshell" in "Git
        // Branching - Branches in a Nutshell".)
        const std::string norm_rest = NormalizeForCompare(rest);
        auto holds = [&](std::string_view t) {
          const std::string page = NormalizeForCompare(t);
          return page.size() >= 8 && (page.find(norm_rest) != std::string::npos || norm_rest.find(page) != std::string::npos);
        };
        auto names_rest = [&](std::string_view title_text) {
          if (norm_rest.size() < 8) return false;
          const std::string stripped(strip_site(title_text));
          const std::string_view t = stripped;
          if (holds(t)) return true;
          // (Or the part after the title's first separator: "Git - Branches
          // in a Nutshell".)
          const size_t sep = FirstTitleSeparator(t);
          if (sep == std::string_view::npos) return false;
          const size_t after = t.find(' ', sep + 1);
          return after != std::string_view::npos && holds(t.substr(after + 1));
        };
        shown = names_rest(doc_title);
        for (size_t i = 0; i < meta_titles.size() && !shown; ++i) shown = names_rest(meta_titles[i]);
        if (!shown && out->headline)
          if (const Node* sub = NextSubheading(out->headline, kSubheadingSearchSteps)) {
            const std::string_view first = number.substr(0, number.find('.'));
            const std::string_view s = FirstTextRun(sub);
            shown = s.size() > first.size() && s.starts_with(first) && s[first.size()] == '.';
          }
      }
      if (!printed && shown) title = rest;
    }
  }
  // A JSON-LD headline at schema.org's length limit (110 characters) that
  // another title goes on from was cut there: the longer title is whole.
  bool headline_cut = false;
  if (title.empty() && !ld_headline.empty() && ld_headline.size() >= kHeadlineLimitBytes) {
    const std::string nl = NormalizeForCompare(ld_headline) + ' ';
    auto goes_on = [&](const std::string& norm) { return norm.size() > nl.size() && norm.compare(0, nl.size(), nl) == 0; };
    headline_cut = goes_on(norm_doc_title);
    for (size_t i = 1; i < norm_meta_titles.size() && !headline_cut; ++i) headline_cut = goes_on(norm_meta_titles[i]);
  }
  // A meta title that is the site's name alone, over a <title> that names
  // the page without it ("Men's socks" beside og:title "Acme"), is a
  // template's default: the <title> names the page. (A <title> that holds
  // the name, "Introducing Acme One", may be the site's own page.)
  auto names_site_only = [&](size_t i) {
    // (The title's normal form, made before, is the site's BareName but for
    // a brand's marks: most titles are ruled out by its length.)
    const std::string& nm = norm_meta_titles[i];
    if (bare_site.empty() || norm_doc_title.empty() || nm.size() < bare_site.size() ||
        nm.size() > bare_site.size() + 8 || (nm != bare_site && BareName(meta_titles[i]) != bare_site))
      return false;
    const std::string& t = norm_doc_title;
    for (size_t at = t.find(bare_site); at != std::string::npos; at = t.find(bare_site, at + 1))
      if ((at == 0 || t[at - 1] == ' ') && (at + bare_site.size() == t.size() || t[at + bare_site.size()] == ' '))
        return false;
    return true;
  };
  size_t meta_pick = 0;
  if (title.empty() && !meta_titles.empty() && !headline_cut) {
    while (meta_pick < meta_titles.size() && names_site_only(meta_pick)) ++meta_pick;
    if (meta_pick < meta_titles.size()) {
      title = strip_site(meta_titles[meta_pick]);
      title_src = meta_title_srcs[meta_pick];
    } else {
      meta_pick = 0;
    }
  }
  if (title.empty() && headline_cut) {
    for (size_t i = 1; i < meta_titles.size() && title.empty(); ++i) {
      title = strip_site(meta_titles[i]);
      title_src = meta_title_srcs[i];
      meta_pick = i;
    }
  }
  if (title.empty() && !doc_title.empty()) {
    title = strip_site(doc_title);
    title_src = "title-tag";
  }
  if ((title_src.starts_with("meta:") || title_src == "h1") && !kicker_cut && !doc_title.empty())
    if (std::string head = SharedTitleHead(title, doc_title, title_src == "h1"); !head.empty()) title = std::move(head);
  if (a->page_type == "forum" && !kicker_cut && (title_src == "title-tag" || title_src.starts_with("meta:")))
    if (std::string head = TitleTrailHead(title_src == "title-tag" ? doc_title : meta_titles[meta_pick]); !head.empty())
      title = std::move(head);
  if (a->page_type == "forum" && title_src == "h1") title = WithoutThreadNumber(title, doc_title);
  if (a->page_type == "forum" && !kicker_cut) title = WithoutTopicLabel(title);
  // (A forum archive's marker after the thread's name in a <title>,
  // " [Archive]", is no word of it.)
  if (title_src == "title-tag" || title_src.starts_with("meta:")) title.resize(title.size() - ArchiveMarkerSize(title));
  // phpBB's <title> names the topic after its "View topic" label: the
  // subject is the title, whatever heading the board's header holds. (Such
  // a title makes the page a thread: DetectPageType.)
  if (a->page_type == "forum" && !kicker_cut)
    if (std::string subject = ViewTopicSubject(doc_title);
        !subject.empty() && NormalizeForCompare(subject) != NormalizeForCompare(title)) {
      title = std::move(subject);
      title_src = "title-tag";
    }
  // A heading that prints "?" where a declared title has a letter or an
  // apostrophe ("Bob?s Bike Shop" for "Bob's Bike Shop": the template
  // decoded its text in another charset) and is otherwise that title: the
  // declared title is intact. (Only a heading with a "?" before a letter.)
  if (title_src == "h1" && HasMidWordQuestionMark(title))
    for (size_t i = 0; i <= meta_titles.size(); ++i)
      if (title_at(i).size() <= kMaxComparedTitleBytes && IsMisdecodedTwin(title, stripped_title(i).text)) {
        title = stripped_title(i).text;
        title_src = title_src_at(i);
        break;
      }
  // An aggregator's domain and score, a collection's count after the title.
  title = StripTitleAddenda(title);
  // A host name before the page's words with no separator ("example.com
  // Notes on caching") is the site's name, when the page shows that name
  // as its own: declared, or set as an <h1> (the masthead).
  {
    std::string_view host;
    if (const std::string_view rest = AfterLeadingHostName(title, &host); !rest.empty()) {
      bool own = EqualsIgnoreCase(host, Trim(site));
      std::string text;
      for (size_t i = 0; i < c.h1s.size() && !own; ++i) {
        CollapsedTextInto(c.h1s[i], kMaxSiteBytes, &text);
        own = EqualsIgnoreCase(Trim(text), host);
      }
      if (own) title = std::string(rest);
    }
  }
  // " | " sets off what is appended to a title (the site, a section, a
  // tagline), in a <title>, an og:title or a headline alike.
  if (const size_t bar = title.find(" | "); bar != std::string::npos && bar >= 3) title.resize(bar);
  // A listing's label before the name it lists ("Collection: Lamps").
  if (!title.empty()) title = StripListingTitleLabel(title);
  // A product's name comes before a dash; a variant or a descriptor after
  // it ("Trail Runner Shoe - Slate Grey (Dark Sole)", "Relax Berries
  // Gummies - 30 count").
  if (a->page_type == "product") {
    // A stock status in parentheses after the name ("Oat Crackers, 5 oz
    // (Discontinued Item)") is the shop's word on the offer, not the name.
    if (title.size() > 2 && title.back() == ')') {
      const size_t open = title.rfind('(');
      if (open != std::string::npos && open > 0 && title[open - 1] == ' ' &&
          IsStockStatus(std::string_view(title).substr(open + 1, title.size() - open - 2)))
        if (std::string_view name = Trim(std::string_view(title).substr(0, open)); !name.empty())
          title = std::string(name);
    }
    size_t dash = std::string::npos, dash_size = 0;
    for (size_t k = 0; k < kNumProductVariantDashes; ++k)
      if (const size_t at = title.find(kProductVariantDashes[k]); at < dash) {
        dash = at;
        dash_size = kProductVariantDashes[k].size();
      }
    // ("Trail Boot - Men's": whom it is cut for is part of the name.)
    if (dash != std::string::npos && !IsProductAudience(std::string_view(title).substr(dash + dash_size))) {
      const std::string_view name = Trim(std::string_view(title).substr(0, dash));
      if (std::count(name.begin(), name.end(), ' ') + 1 >= kMinProductNameWords) title = std::string(name);
    }
  }
  // Marks that print nothing go (one pass; only a title that holds one of
  // their lead bytes is copied).
  if (title.find_first_of(kInvisibleMarkLeadBytes) != std::string::npos) {
    std::string shown;
    shown.reserve(title.size());
    for (size_t i = 0; i < title.size();) {
      size_t skip = 0;
      for (size_t k = 0; k < kNumInvisibleMarks && !skip; ++k)
        if (std::string_view(title).substr(i, kInvisibleMarks[k].size()) == kInvisibleMarks[k])
          skip = kInvisibleMarks[k].size();
      if (skip) i += skip;
      else shown += title[i++];
    }
    if (shown.size() != title.size()) title = CleanLine(shown);
  }
  // A front page's label ("Home", "Startseite") names no page: the site's
  // name does. Only on a front page: its URL's path is "/" or "index.*"
  // when the URL is known, else a page that reads as no article (no
  // article type, no publication meta, no byline or date under the
  // heading): a film review or a post titled "Home" keeps its name.
  auto front_page = [&] {
    const std::string_view u = PageUrl();
    if (!u.empty()) return IsHomeHref(u) || UrlPath(u).empty();
    return a->page_type != "article" && c.Meta("article:published_time").empty() &&
           !(out->headline && InArticleHeader(out->headline, c));
  };
  if (!site.empty() && IsFrontPageTitleLabel(title) && front_page()) {
    title = CleanLine(site);
    title_src = "site-name";
  }
  if (!title.empty()) {
    // An acronym before the name it spells ("GNW - Gaming News Weekly"):
    // the name says the page's name whole. (Cut from the reported title
    // only: the site's name below is read from the <title> as it stands.)
    a->title = std::string(WithoutLeadingAcronym(title));
    note("title", title_src);
  }
  if (out->headline) out->exclude.push_back(out->headline);
  // Site name from the <title> suffix when nothing declared it.
  if (site.empty() && !doc_title.empty() && !title.empty()) {
    std::string stripped = StripTitleSite(doc_title, "");
    const std::string norm_stripped = NormalizeForCompare(stripped);
    if (stripped != CleanLine(doc_title) && norm_stripped == NormalizeForCompare(title)) {
      for (size_t k = 0; k < kNumTitleSeparators; ++k) {
        size_t pos = RFindSeparator(doc_title, kTitleSeparators[k]);
        if (pos != std::string::npos) {
          std::string tail = CleanLine(std::string_view(doc_title).substr(pos + kTitleSeparators[k].size()));
          // The site's name led the <title> ("Site | Headline") when the
          // title is what follows it, or ends it: the name again as a host
          // name between, "Site | Site.com - Headline", or a section, "Site |
          // Opinion - Headline".
          if (const std::string nt = NormalizeForCompare(tail);
              nt == norm_stripped || (nt.ends_with(norm_stripped) && nt[nt.size() - norm_stripped.size() - 1] == ' '))
            tail = CleanLine(std::string_view(doc_title).substr(0, doc_title.find(kTitleSeparators[k])));
          if (!tail.empty() && tail.size() < 60) {
            site = tail;
            site_src = "title-tag";
          }
          break;
        }
      }
    }
  }
  if (!site.empty()) {
    a->site_name = site;
    note("site_name", site_src);
  }

  head_id = out->headline ? out->headline->id : 0;
  // Where the headline area is, for the date and byline scans: the visible
  // headline, else the first <h1> (the title came from elsewhere).
  // A page without a matching <h1> may set its headline in an <h2> that
  // repeats the meta title: that is where the byline sits, rather than by
  // an <h1> down in the body.
  anchor = headline_matches ? out->headline : nullptr;
  std::string h2_text;  // (one scratch text for every <h2>)
  // (Only an <h2> before the page's <h1>: one after it heads a section of
  // the story under that <h1>, "5 best trends for 2026" in "Top 5 Trends
  // to Watch in 2026-2030", and the byline is by the <h1>.)
  for (size_t i = 0; !anchor && i < c.h2s.size(); ++i) {
    if (out->headline && c.h2s[i]->id > out->headline->id) break;
    CollapsedTextInto(c.h2s[i], 1000, &h2_text);
    if (h2_text.size() < 1000 && matches_meta(h2_text)) anchor = c.h2s[i];
  }
  // (No headline, and the first <h1> is the site's name linked to its front
  // page, "<h1><a href=/>Jane's Blog</a></h1>": the post's title set in
  // another block, a <legend> or a <p>, heads the post.)
  // (Set when the anchor is such a block: see the loose date below.)
  anchor_shows_title = false;
  if (!anchor && !out->headline && !c.h1s.empty() && a->title && HeadingLinksHome(c.h1s[0])) {
    anchor = BlockShowingTitle(c.body, *a->title, hints);
    anchor_shows_title = anchor != nullptr;
  }
  if (!anchor) anchor = out->headline ? out->headline : (c.h1s.empty() ? nullptr : c.h1s[0]);
  // No <h1> at all: an <h2> that words the title a little otherwise ("7
  // Ways to Help You Switch to Tea" for "7 Ways to Switch to Tea | Shop")
  // still heads the page: nearly all the title's words (four at least) in a
  // heading not twice as long. The first few <h2>s are looked at.
  for (size_t i = 0; !anchor && i < c.h2s.size() && i < kLooseHeadlineH2s; ++i) {
    const std::string text = CollapsedText(c.h2s[i], 400);
    if (text.size() >= 400) continue;
    const std::string norm = NormalizeForCompare(text);
    bool loose = WordsMostlyIn(norm_doc_title, norm);
    for (size_t t = 0; !loose && t < norm_meta_titles.size(); ++t) loose = WordsMostlyIn(norm_meta_titles[t], norm);
    if (loose) anchor = c.h2s[i];
  }
  // No heading at all that gives the title: a site builder may set the
  // headline as a plain block ("<p class=framer-text>Top 5 HR Tools</p>"),
  // with the byline and date under it. The first text that is the title,
  // as written, is the headline for the date and byline scans.
  if (!anchor && a->title) {
    anchor = BlockShowingTitle(c.body, *a->title, hints);
    anchor_shows_title = anchor != nullptr;
  }
}

// The description, the dek (the standfirst under the headline) and the section the page is filed
// under.
// The fewest bytes a description keeps once the site's name is cut off
// its end.
constexpr size_t kDescriptionMinLeftBytes = 30;

[[gnu::noinline]] void MetadataRun::ExtractDescriptionAndSection() {
  // Description.
  std::string description(c.Meta("description"));
  std::string description_src = "meta:description";
  // (Each source read only while none before it gave one: a JSON-LD
  // description is not unescaped and collapsed to be dropped.)
  auto try_description = [&](auto&& read, std::string_view src) {
    if (!description.empty()) return;
    if (std::string value(read()); !value.empty()) {
      description = std::move(value);
      description_src = src;
    }
  };
  try_description([&] { return c.Meta("og:description"); }, "meta:og:description");
  try_description([&] { return JsonText(ld("description")); }, "json-ld");
  try_description([&] { return c.Meta("twitter:description"); }, "meta:twitter:description");
  description = CleanLine(description);
  // (Without the site's name a CMS appends to it, "... sinh hoạt. - Báo Hà
  // Nội Nhanh", as a heading loses it: the page's standfirst has none. A
  // sentence's worth must be left.)
  // (Asked only of a description that ends on the name, in any case: the
  // separators' search is no work for every page.)
  if (a->site_name && !a->site_name->empty() && description.size() > a->site_name->size() &&
      EndsWithIgnoreCase(description, *a->site_name))
    if (std::string cut = CutSiteTail(description, BareName(*a->site_name));
        cut.size() < description.size() && cut.size() > kDescriptionMinLeftBytes)
      description = std::move(cut);
  if (!description.empty()) {
    a->description = description;
    note("description", description_src);
  }

  // Dek: a visible standfirst near the headline.
  auto near_after = [&](const Node* n, uint32_t span) {
    return out->headline && n->id > head_id && n->id - head_id < span;
  };
  // A section's label (a kicker, a category link) sits over the headline,
  // within kSectionLabelNodesBefore nodes of it.
  auto near_before = [&](const Node* n) { return n->id < head_id && head_id - n->id < kSectionLabelNodesBefore; };
  const Node* dek_node = nullptr;
  std::string dek, dek_src;
  // A standfirst is one paragraph; an element holding several is a body
  // (Drupal's body field is "field-type-text-with-summary").
  auto paragraphs = [](const Node* n) {
    int count = 0;
    for (const Node* d = n; d && count < 2; d = NextInTree(d, n)) count += d->Is(TagId::kP);
    return count;
  };
  // A standfirst stands alone under the headline: a list item, or one of
  // a row of siblings of its signature (tag and class), is a card of a
  // list whose class says "summary" ("list-summary-item"); so is its
  // content, kDekCardLevels wrappers down. (Two siblings read per level.)
  // (A class-less wrapper beside one that holds the headline is the
  // header's other half, no card: "<div><h1>..</h1></div><div><p
  // class=summary>..</p></div>".)
  const Node* headline = out->headline;
  auto holds_headline = [&](const Node* s) {
    int levels = kDekCardLevels + 1;
    for (const Node* p = headline; p && levels-- > 0; p = p->parent)
      if (p == s) return true;
    return false;
  };
  auto one_of_series = [&](const Node* n) {
    for (int up = 0; up < kDekCardLevels && n && n->is_element(); ++up, n = n->parent) {
      if (n->Is(TagId::kLi)) return true;
      const std::string_view cls = n->Attr("class");
      if (HasTwinBeside(n, cls, [&](const Node* s) { return !(cls.empty() && holds_headline(s)); })) return true;
    }
    return false;
  };
  // Nor does a standfirst hold headings: a box with its own headings is a
  // section ("<section class=deck_skus>", a product line's comparison under
  // a "deck" class that names the product). (Its first
  // kDekHeadingScanNodes nodes are looked at: a dek is a few.)
  auto holds_heading = [](const Node* n) {
    int budget = kDekHeadingScanNodes;
    for (const Node* d = NextInTree(n, n); d && budget-- > 0; d = NextInTree(d, n))
      if (IsHeadingTag(d->tag)) return true;
    return false;
  };
  auto many_blocks = [](const Node* n) {
    int blocks = 0;
    for (const Node* d = n->first_child; d; d = d->next)
      if (d->is_element() && IsBlockTag(d->tag) && ++blocks > kDekMaxBlockChildren) return true;
    return false;
  };
  // (The nodes between the headline and `n` are walked: under the 400 a
  // standfirst may stand from the headline. Prose before one candidate
  // stands before every later one, the candidates coming in document order
  // (a paragraph holding a later one and text before this one holds this
  // one too), so the walk is made once: to the first candidate with prose
  // before it, or to the one taken.)
  uint32_t prose_from = UINT32_MAX;  // the first candidate with prose before it
  auto prose_before = [&](const Node* n) {
    if (n->id >= prose_from) return true;
    size_t chars = 0;
    for (const Node* d = NextInTree(out->headline, nullptr); d && d->id < n->id; d = NextInTree(d, nullptr)) {
      if (!d->is_text()) continue;
      // (Text in a paragraph, its links and marks too; not a paragraph
      // that holds the standfirst.)
      const Node* p = d->parent;
      for (int up = 0; p && !p->Is(TagId::kP) && up < kDekProseMarkLevels; ++up) p = p->parent;
      if (!p || !p->Is(TagId::kP)) continue;
      const Node* a = n->parent;
      while (a && a != p) a = a->parent;
      if (a) continue;
      if ((chars += d->data.size()) > kDekMaxProseBefore) {
        prose_from = n->id;
        return true;
      }
    }
    return false;
  };
  // (Nor a box that holds a list of links: a table of contents classed
  // "summary" or "sommario", share links. A standfirst's "key points" list
  // of sentences is the dek.)
  auto holds_link_list = [](const Node* n) {
    constexpr int kListLookNodes = 32;
    const Node* list =
        FirstDescendantWithin(n, kListLookNodes, [](const Node* d) { return d->Is(TagId::kUl) || d->Is(TagId::kOl); });
    if (!list) return false;
    int items = 0, linked = 0;
    for (const Node* li = list->first_child; li; li = li->next) {
      if (!li->Is(TagId::kLi)) continue;
      ++items;
      linked += FirstDescendantWithin(li, kListLookNodes, [](const Node* x) { return x->Is(TagId::kA); }) != nullptr;
    }
    return items > 0 && linked * 2 >= items;
  };
  // (Nor a box that holds a list of fields, "Label: value" in each item,
  // three at least: a recipe's summary of times and servings classed
  // "recipe-summary", a product's key data.)
  auto holds_field_list = [](const Node* n) {
    constexpr int kListLookNodes = 32;
    constexpr size_t kFieldMaxBytes = 60;
    constexpr size_t kFieldMaxWords = 6;
    constexpr int kFieldsMin = 3;
    const Node* list =
        FirstDescendantWithin(n, kListLookNodes, [](const Node* d) { return d->Is(TagId::kUl) || d->Is(TagId::kOl); });
    if (!list) return false;
    int items = 0, fields = 0;
    std::string line;
    for (const Node* li = list->first_child; li; li = li->next) {
      if (!li->Is(TagId::kLi)) continue;
      ++items;
      CollapsedTextInto(li, kFieldMaxBytes + 1, kListLookNodes, &line);
      const size_t colon = line.find(':');
      if (line.size() > kFieldMaxBytes || colon == std::string::npos || colon == 0 || colon + 1 >= line.size()) continue;
      // (A field's value is a few words, no clause: a standfirst's key
      // point, "What happened: Rates held at 4.25%, vote split 6-3", says a
      // sentence.)
      const std::string_view value = Trim(std::string_view(line).substr(colon + 1));
      fields += value.find(',') == std::string_view::npos &&
                !HasWords(value, kFieldMaxWords + 1);
    }
    return fields >= kFieldsMin && fields * 2 >= items;
  };
  for (const Node* n : c.dek_nodes) {
    if (paragraphs(n) > 1 || one_of_series(n) || many_blocks(n) || holds_link_list(n) || holds_field_list(n))
      continue;
    if (!out->headline || near_after(n, 400)) {
      std::string text = CollapsedText(n, 2000);
      if (text.size() >= 20 && text.size() < 1000 && !holds_heading(n) && !(out->headline && prose_before(n))) {
        dek = text;
        dek_src = "standfirst-class";
        dek_node = n;
        break;
      }
    }
  }
  // (Not on a thread: forum software writes the opening post's first lines
  // into the description, and the element showing them is that post.)
  if (!dek_node && out->headline && !description.empty() && a->page_type != "forum") {
    // The element after the headline that shows the description.
    // (Normalized on the first element small enough to show it: on most
    // pages every block after the headline holds the whole story.)
    // (Kept in the output: Finish compares it with the body.)
    std::optional<std::string>& nd = out->normal_description;
    std::string text;  // (one scratch text for every candidate)
    int budget = 60;
    for (const Node* n = NextSkippingChildren(out->headline, doc.root()); n && budget-- > 0;
         n = NextInTree(n, doc.root())) {
      if (!n->is_element() || !IsBlockTag(n->tag)) continue;
      // Only elements about the description's size can show it.
      const TextScan scan = ScanText(n, description.size() * 2 + 64, /*find_digit=*/false);
      if (scan.over) continue;
      if (!nd) nd = NormalizeForCompare(description);
      if (scan.bytes + 8 < nd->size()) continue;
      // (Most blocks open on another letter than the description's normal
      // form: told in place, before the text is collapsed.)
      if (!nd->empty() && !MayOpenNormalizedOn(n, (*nd)[0])) continue;
      CollapsedTextInto(n, 2000, &text);
      if (text.size() > 1000) continue;
      if (NormalizedEquals(text, *nd)) {
        // The first of a run of paragraphs is the lead, which CMSs copy
        // into the description; a dek stands apart from the body. So is a
        // paragraph's worth of text, whatever follows it.
        const Node* next = n->next;
        while (next && !next->is_element()) next = next->next;
        if (n->Is(TagId::kP) && next && next->Is(TagId::kP)) break;
        if (text.size() >= kDescriptionDekMaxBytes) break;
        dek = text;
        dek_src = "description-element";
        dek_node = n;
        break;
      }
    }
  }
  if (!dek_node && out->headline) {
    // <h1>headline</h1><h2>subtitle</h2> as siblings.
    const Node* s = out->headline->next;
    while (s && !s->is_element()) s = s->next;
    // (Or a paragraph right under it classed as the story's intro or
    // lead, "article__intro", that the page's Open Graph description
    // repeats: the standfirst the headline's header shows, which the meta
    // description lengthens. An intro the description does not repeat is
    // the body's lead: ContentExtractor::AddLeadBeforeRoot.)
    const bool lead = s && s->Is(TagId::kP) && !(hints[s] & kHintDek) && NamesLead(s->Attr("class"));
    // (Or the heading one level under a headline set lower than <h1>: a
    // Korean CMS's "<h3 class=heading>" over "<h4 class=subheading>".)
    // (Not when a heading of its level follows it among its siblings: then
    // it is the first section's heading, "<h2>headline</h2><h3>A short
    // history</h3><p>...<h3>Who owned it?</h3>".)
    auto heads_a_section = [](const Node* h) {
      int look = 64;
      for (const Node* x = h->next; x && look-- > 0; x = x->next)
        if (x->is_element() && x->tag == h->tag) return true;
      return false;
    };
    const bool under = s && IsHeadingTag(s->tag) && IsHeadingTag(out->headline->tag) &&
                       !out->headline->Is(TagId::kH1) &&
                       HeadingLevel(s->tag) == HeadingLevel(out->headline->tag) + 1 && !heads_a_section(s);
    if (s && (s->Is(TagId::kH2) || s->Is(TagId::kP) || under) &&
        (s->Is(TagId::kH2) || under || (hints[s] & kHintDek) || lead)) {
      std::string text = CollapsedText(s, 2000);
      if (const std::string_view og = c.Meta("og:description");
          lead && (og.empty() || !NormalizedEquals(text, NormalizeForCompare(og))))
        text.clear();
      if (text.size() >= 30 && text.size() < 400) {
        dek = text;
        dek_src = "subheading";
        dek_node = s;
      }
    }
  }
  if (dek_node) {
    a->dek = dek;
    note("dek", dek_src);
    out->exclude.push_back(dek_node);
    out->dek = dek_node;
  }

  // Section.
  std::string section, section_src;
  for (std::string_view k : kSectionMeta) {
    std::string_view v = c.Meta(k);
    if (!v.empty() && v.size() < 80) {
      section = CleanLine(v);
      section_src = "meta:" + std::string(k);
      break;
    }
  }
  if (section.empty()) {
    section = JsonText(ld("articleSection"));
    section_src = "json-ld";
  }
  if (section.empty()) {
    for (const Node* n : c.kicker_nodes) {
      if (out->headline && !near_before(n) && !near_after(n, kSectionLabelNodesAfter)) continue;
      std::string text = CollapsedText(n, kSectionLabelReadBytes);
      // (Less a label: Joomla's "Category: News".)
      if (const std::string_view name = StripSectionLabel(text); name.size() < text.size()) text = std::string(name);
      if (!text.empty() && text.size() < kSectionLabelMaxBytes && !IsNoSectionLabel(text) &&
          !IsShareControlLabel(n, text)) {
        section = text;
        section_src = "kicker-class";
        out->exclude.push_back(n);
        break;
      }
    }
  }
  if (section.empty()) {
    section = BreadcrumbSection(&section_src);
  }
  // Else, on an article, a visible trail over the headline of one crumb
  // (Brightspot's "ArticlePage-breadcrumbs") or two, after the home page's
  // ("Home > News > Society", as news CMSes of every country print it): its
  // last, a section label, when it links within the site, not to the home
  // page nor to the page itself. (A longer trail no markup types is read by
  // no rule: its crumbs are too often a back link or the page's own title.)
  if (section.empty() && out->headline && a->page_type == "article") {
    for (const Node* n : c.crumb_nodes) {
      if (!near_before(n)) continue;
      std::string_view page_path = UrlPath(url);
      while (!page_path.empty() && page_path.back() == '/') page_path.remove_suffix(1);
      std::string last;
      int links = 0, budget = 64;
      for (const Node* d = n->first_child; d && budget-- > 0 && links <= kSectionTrailMaxCrumbs;
           d = NextInTree(d, n)) {
        if (!d->Is(TagId::kA)) continue;
        const std::string_view href = Trim(d->Attr("href"));
        std::string_view path = UrlPath(href);
        while (!path.empty() && path.back() == '/') path.remove_suffix(1);
        // (The home page's crumb, first, is no section and counts none.)
        if (links == 0 && last.empty() && href.starts_with('/') && path.empty()) continue;
        ++links;
        if (path.empty() || !href.starts_with('/') || href.starts_with("//") ||
            (!page_path.empty() && EqualsIgnoreCase(path, page_path))) {
          last.clear();
          continue;
        }
        last = CollapsedText(d, kSectionLabelReadBytes);
      }
      // (Not the home page's label nor a link back: "Home", "< Back to
      // blog".)
      if (links < 1 || links > kSectionTrailMaxCrumbs || IsFrontPageLabel(last) || IsBackLinkLine(last) ||
          OpensWithArrow(last) || IsShareControlLabel(n, last))
        last.clear();
      // (Nor the article's own crumb, linked at the trail's end, its
      // words the title's first: "Home > News > City library opens…" on a
      // page read without its address, or whose crumb's address is not
      // the page's. One word may be a section that opens the title:
      // "Local".)
      if (!last.empty() && last.size() < kSectionLabelMaxBytes && !IsNoSectionLabel(last) &&
          !NormalizedEquals(last, NormalizeForCompare(a->title.value_or("")))) {
        const std::string crumb = NormalizeForCompare(last);
        if (crumb.find(' ') != std::string::npos && NormalizedStartsWith(a->title.value_or(""), crumb)) last.clear();
      }
      if (!last.empty() && last.size() < kSectionLabelMaxBytes && !IsNoSectionLabel(last) &&
          !NormalizedEquals(last, NormalizeForCompare(a->title.value_or("")))) {
        section = std::move(last);
        section_src = "breadcrumb-class";
      }
      break;
    }
  }
  // Else WordPress's category link over the headline ("<span
  // class=cat-links><a rel="category tag">Город</a>", any theme): the
  // story's section ("Uncategorized" is none). One after the headline is a
  // footer's list or another post's.
  if (section.empty() && out->headline) {
    for (const Node* n : c.rel_tag) {
      if (!near_before(n) || !ContainsIgnoreCase(n->Attr("rel"), "category")) continue;
      std::string text = CollapsedText(n, kSectionLabelReadBytes);
      if (!text.empty() && text.size() < kSectionLabelMaxBytes && !IsNoSectionLabel(text)) {
        section = std::move(text);
        section_src = "rel-category";
      }
      break;
    }
  }
  if (!section.empty() && section.size() < 100) {
    a->section = section;
    note("section", section_src);
  }
}

// The section a schema.org BreadcrumbList names: its trail's last item above
// the page ("Home > Transport > Ferry service grows": "Transport"). The page's
// own item (the trail's last when it links nowhere or bears the headline) and
// the home page's (a front page's label, or a link to the site's root) are
// not sections. The first trail of the page is read.
std::string MetadataRun::BreadcrumbSection(std::string* source) const {
  size_t list_at = 0;  // the first JSON-LD trail's object
  while (list_at < c.objects.size() && !c.object_types[list_at].Is(kBreadcrumbListType)) ++list_at;
  if (list_at == c.objects.size() && !c.microdata_breadcrumb) return {};
  // (name, linked, position) of each item, in the trail's order.
  struct Crumb {
    std::string name;
    bool linked = false;
    bool root = false;
    bool own = false;
    int position = 0;
  };
  auto trimmed_path = [](std::string_view u) {
    std::string_view p = UrlPath(Trim(u));
    while (!p.empty() && p.back() == '/') p.remove_suffix(1);
    return p;
  };
  const std::string_view page_path = trimmed_path(url);
  std::string_view canon_path = trimmed_path(c.canonical);
  if (canon_path.empty()) canon_path = trimmed_path(c.Meta("og:url"));
  auto set_link = [&](Crumb* cr, std::string_view link) {
    link = Trim(link);
    cr->linked = !link.empty();
    std::string_view path = UrlPath(link);
    cr->root = cr->linked && (path.empty() || path == "/");
    // (An item linking to the page itself, by its path, is the page's.)
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    cr->own = cr->linked && !path.empty() && (EqualsIgnoreCase(path, page_path) || EqualsIgnoreCase(path, canon_path));
  };
  // ("position": 2 or "2"; the trail's order when absent.)
  auto position_of = [](std::string_view v) {
    int pos = 0;
    for (char ch : Trim(v)) {
      if (ch < '0' || ch > '9' || pos > 1000) break;
      pos = pos * 10 + (ch - '0');
    }
    return pos;
  };
  std::vector<Crumb> crumbs;
  bool found = false;
  if (list_at < c.objects.size()) {
    found = true;
    const JsonValue* list = c.objects[list_at]->Get("itemListElement");
    for (const JsonValue& x : list && list->is_array() ? list->items() : std::span<const JsonValue>()) {
      const JsonValue* li = c.Resolve(&x);
      if (!li || !li->is_object() || crumbs.size() >= 16) continue;
      Crumb cr;
      const JsonValue* item = c.Resolve(li->Get("item"));
      cr.name = JsonText(li->Get("name"));
      if (cr.name.empty() && item && item->is_object()) cr.name = JsonText(item->Get("name"));
      std::string_view link;
      if (item && item->is_string()) link = item->str();
      else if (item && item->is_object()) {
        const JsonValue* u = item->Get("@id");
        if (!u || !u->is_string()) u = item->Get("url");
        if (u && u->is_string()) link = u->str();
      }
      set_link(&cr, link);
      const JsonValue* p = li->Get("position");
      cr.position = p && (p->is_number() || p->is_string()) ? position_of(p->str()) : static_cast<int>(crumbs.size());
      crumbs.push_back(std::move(cr));
    }
  }
  // A visible trail marked with microdata (itemtype BreadcrumbList; each
  // itemprop=itemListElement holds its itemprop=name and its link).
  *source = "json-ld:breadcrumb";
  if (!found && c.microdata_breadcrumb) {
    *source = "microdata:breadcrumb";
    const Node* list = c.microdata_breadcrumb;
    for (const Node* n = list->first_child; n && crumbs.size() < 16; n = NextInTree(n, list)) {
      if (!n->is_element() || !EqualsIgnoreCase(Trim(n->Attr("itemprop")), "itemListElement")) continue;
      Crumb cr;
      cr.position = static_cast<int>(crumbs.size());
      for (const Node* d = n->first_child; d; d = NextInTree(d, n)) {
        if (!d->is_element()) continue;
        const std::string_view prop = Trim(d->Attr("itemprop"));
        if (EqualsIgnoreCase(prop, "name") && cr.name.empty()) {
          if (d->Is(TagId::kMeta)) {
            cr.name = CleanLine(d->Attr("content"));
          } else {
            // Not an icon font's glyph name beside it ("Shop <i
            // class=material-icons>keyboard_arrow_right</i>").
            CollapsedTextInto(d, 200, 64, &cr.name, [](const Node* e) {
              return e->num_attrs && (ClassifyClassId(e->Attr("class"), {}) & kHintNeverContent);
            });
          }
        }
        else if (d->Is(TagId::kA) && !cr.linked)
          set_link(&cr, d->Attr("href"));
        else if (EqualsIgnoreCase(prop, "position"))
          cr.position = position_of(d->Attr("content"));
      }
      if (cr.name.empty()) cr.name = CollapsedText(n, 200);
      crumbs.push_back(std::move(cr));
    }
  }
  std::stable_sort(crumbs.begin(), crumbs.end(), [](const Crumb& x, const Crumb& y) { return x.position < y.position; });
  size_t end = crumbs.size();
  if (end > 0 && (!crumbs[end - 1].linked || crumbs[end - 1].own ||
                  (!title.empty() && NormalizedEquals(crumbs[end - 1].name, NormalizeForCompare(title)))))
    --end;
  while (end > 0) {
    const Crumb& cr = crumbs[end - 1];
    if (cr.root || IsFrontPageLabel(cr.name) || IsNoSectionLabel(cr.name)) return {};
    if (!cr.name.empty() && cr.name.size() < 60 && !cr.own) return std::string(StripSectionLabel(cr.name));
    --end;
  }
  return {};
}

// The authors: structured data, rel=author, bylines near the headline, then weaker cues.
[[gnu::noinline]] void MetadataRun::ExtractAuthors() {
  // Authors.
  std::vector<std::string> authors;
  std::string author_stage = "json-ld", authors_src;
  // The site's or publisher's own name in an author field is often the
  // organisation, not a person ("author": {"@type": "Person", "name":
  // "USA TODAY"}): it is held back while the later sources (meta tags, a
  // byline) may name the writer, and used only when none does (a personal
  // site is named after its author).
  const std::string norm_site = NormalizeForCompare(site);
  std::string norm_publisher;  // follows a->publisher (an Organization author sets it below)
  // The host's names ("quillcast" of www.quillcast.com): an author that
  // is one capitalized word spelled as one is the site's company ("author":
  // "Quillcast"); a person's name ("Dana Mills" of danamills.com)
  // or a handle ("tinyhouse" of tinyhouse.blog) is not. The host itself
  // ("example.com") is the site too.
  std::string_view site_url = PageUrl();
  if (site_url.empty()) site_url = c.Meta("og:url");
  const std::string_view host = UrlHost(site_url);
  auto names_host = [&](const std::string& name) {
    // The host itself ("example.com", "www.example.com").
    if (!host.empty() && name.find('.') != std::string::npos &&
        (EqualsIgnoreCase(name, host) || (StartsWithIgnoreCase(host, "www.") && EqualsIgnoreCase(name, host.substr(4)))))
      return true;
    if (name.size() < 4 || name.size() > 40 || !(name[0] >= 'A' && name[0] <= 'Z')) return false;
    if (!std::all_of(name.begin(), name.end(), [](char ch) { return IsAsciiAlnum(ch); })) return false;
    // Every label but the last (the top-level domain).
    for (size_t b = 0; b < host.size();) {
      const size_t e = std::min(host.find('.', b), host.size());
      if (e < host.size() && EqualsIgnoreCase(host.substr(b, e - b), name)) return true;
      b = e + 1;
    }
    return false;
  };
  // The platform a site's name is made of, that name less its last word,
  // an outlet's ("네이버" of "네이버 뉴스", "Yahoo" of "Yahoo News"): a
  // portal's tag credits the outlet and itself ("한결일보 | 네이버").
  auto names_site_platform = [&](const std::string& name) {
    const std::string_view s = Trim(site);
    const size_t sp = s.rfind(' ');
    if (sp == std::string_view::npos || name.find(' ') != std::string::npos) return false;
    const std::string_view last = s.substr(sp + 1);
    return (IsNewsOutletWord(last) || EqualsAny(last, kCjkOutletEndings)) &&
           NormalizedEquals(name, NormalizeForCompare(s.substr(0, sp)));
  };
  auto is_organisation = [&](const std::string& name) {
    if (a->publisher && norm_publisher.empty()) norm_publisher = NormalizeForCompare(*a->publisher);
    return (!norm_site.empty() && NormalizedEquals(name, norm_site)) ||
           (!norm_publisher.empty() && NormalizedEquals(name, norm_publisher)) || names_host(name);
  };
  // A writer's tag that a portal fills with the outlet and itself, between
  // bars ("한결일보 | 네이버" on "네이버 뉴스"): every part the site, its
  // platform or a Chinese, Japanese or Korean outlet's name (EndsAsCjkOutlet),
  // one of them the site's. No writer: the byline names one. (Not any
  // organisation's word: "Daniel Press | Example News" names a writer whose
  // surname is one.)
  auto portal_credit = [&](std::string_view value) {
    if (value.find('|') == std::string_view::npos) return false;
    bool site_part = false;
    int parts = 0;
    for (size_t b = 0; b <= value.size() && parts++ < 4;) {
      const size_t e = std::min(value.find('|', b), value.size());
      const std::string part(Trim(value.substr(b, e - b)));
      b = e + 1;
      if (part.empty()) return false;
      const bool site_own = is_organisation(part) || names_site_platform(part);
      site_part |= site_own;
      if (!site_own && !EndsAsCjkOutlet(part)) return false;
    }
    return site_part && parts >= 2;
  };
  std::vector<std::string> held_back;
  std::string held_back_src;
  // Adds `name` to `list` unless a case variant is there; false if it was.
  // (A list holds kMaxAuthors names at most: each name added is compared
  // with every one held, and the lists are compared with each other below,
  // so an unbounded list, 2,000 citation_author tags of other names, made
  // the author rules quadratic.)
  auto add_unique = [](std::vector<std::string>* list, std::string&& name) {
    if (list->size() >= kMaxAuthors) return false;
    for (const std::string& o : *list)
      if (EqualsIgnoreCase(o, name)) return false;
    list->push_back(std::move(name));
    return true;
  };
  // The writers of a list's cards (ManyRelAuthors): no source names them
  // the page's.
  std::vector<std::string> card_writers;
  auto add_names = [&](std::vector<std::string> names) {
    for (std::string& n : names) {
      // (A Korean or Japanese reporter's title after the name is no part
      // of it: "김서연 기자".)
      if (const std::string_view bare = WithoutCjkReporterTitle(n); bare.size() != n.size()) n = std::string(bare);
      // (Nor a run of text that holds a card's writer's name.)
      if (std::any_of(card_writers.begin(), card_writers.end(),
                      [&](const std::string& w) { return EqualsIgnoreCase(w, n) || NormalizedContains(n, NormalizeForCompare(w)); }))
        continue;
      if (is_organisation(n)) {
        if (held_back.size() < 4 && add_unique(&held_back, std::move(n)) && held_back.size() == 1)
          held_back_src = author_stage;
      } else {
        if (authors_src.empty()) authors_src = author_stage;
        add_unique(&authors, std::move(n));
      }
    }
  };
  // Structured markup (JSON-LD, meta tags, microdata) may name a user by a
  // handle; visible bylines are held to person names.
  bool structured = true;
  // A company and its legal form after a comma ("Acme, Inc.", "By Acme,
  // LLC") is one organisation: the publisher (when none is known), no
  // author (not "Acme" and "Inc."; authors are people). True when `text`
  // is one.
  // A visible byline that credits a company is the page's credit: no
  // later, weaker source (another byline box, a profile URL) names a
  // writer then.
  bool company_credited = false;
  auto company_credit = [&](std::string_view text) {
    if (text.find(',') == std::string_view::npos) return false;
    std::string_view t = StripBylineCue(text);
    const std::string_view line = Trim(t.empty() ? text : t);
    const std::string_view org = CompanyWithLegalForm(line);
    if (org.empty()) return false;
    if (!a->publisher) {
      a->publisher = std::string(org);
      note("publisher", author_stage);
    }
    // Names before the company ("By Tom Reed, Acme, Inc.") are the
    // writers: SplitAuthors reads them.
    if (org.data() != line.data()) return false;
    company_credited |= !structured;
    return true;
  };
  auto add_authors = [&](std::string_view text) {
    // (A rating's line in a byline box or a meta row names no one: "Rated
    // 4.8 by 1,203 readers".)
    // A news agency's credit ("By Reuters", "Jane Doe, AFP") names the
    // publisher, when none is known; its writers, if any, are the authors.
    if (!a->publisher)
      if (const std::string_view agency = WireAgencyOf(text); !agency.empty()) {
        a->publisher = std::string(agency);
        note("publisher", author_stage);
      }
    // The site's own name in an author field (structured data, meta tags),
    // as the site declares it, is the site's credit whatever its words:
    // digits ("42 Harbour Bakes"), lower-case words ("Notes from the
    // Field") or a joiner ("Pen & Ink") that no person's name or list of
    // names would hold. It is held back like any site credit (add_names).
    if (structured && !norm_site.empty() && NormalizedEquals(Trim(text), norm_site)) {
      add_names({std::string(Trim(text))});
      return;
    }
    // (Under a label that names one writer, "Author: Benali, Halima" is
    // one inverted name, as a catalogue prints it, not two.)
    if (std::string one = InvertedOneWordName(OneAuthorLabelValue(text)); !one.empty()) {
      add_names({std::move(one)});
      return;
    }
    if (company_credit(text) || IsRatingLine(text)) return;
    std::vector<std::string> names = SplitAuthors(text, structured);
    // A news outlet after the writers in a visible byline ("Jane Doe, The
    // New York Times") names the publisher, when none is known.
    if (!structured && !names.empty() && !a->publisher)
      if (const std::string_view outlet = TrailingOutletOf(text); !outlet.empty()) {
        a->publisher = std::string(outlet);
        note("publisher", author_stage);
      }
    add_names(std::move(names));
  };
  // The name an author field's profile URL gives: the last resort.
  std::string slug_name, slug_src;
  // The article's author, else the page's (a WebPage object may carry it).
  const JsonValue* au = art ? art->Get("author") : nullptr;
  if (!au && page) au = page->Get("author");
  // schema.org's creator, the wider property, when no author is given.
  if (!au && art) au = art->Get("creator");
  // A Q&A page's author is its question's, the page's main entity
  // ({"@type": "QAPage", "mainEntity": {"@type": "Question", "author":
  // ...}}); its answers' authors are repliers.
  if (!au && art && HasType(*art, "QAPage"))
    if (const JsonValue* q = c.Resolve(art->Get("mainEntity")); q && q->is_object() && HasType(*q, "Question"))
      au = q->Get("author");
  if (au) {
    auto one = [&](const JsonValue* v) {
      v = c.Resolve(v);
      if (!v) return;
      if (v->is_string()) {
        if (!IsHttpUrl(v->str())) {
          add_authors(v->str());
        } else if (slug_name.empty()) {
          slug_name = NameFromProfileUrl(v->str());
          slug_src = "json-ld-url";
        }
      } else if (v->is_object() && (HasType(*v, "Organization") || HasType(*v, "NewsMediaOrganization"))) {
        // An organisation is the publisher, not an author (the issue's
        // rule: authors are people).
        if (!a->publisher) {
          std::string org = JsonText(v->Get("name"));
          if (!org.empty()) {
            a->publisher = org;
            note("publisher", "json-ld:author");
          }
        }
      } else if (v->is_object()) {
        std::string name = JsonText(v->Get("name"));
        // A Person may be given by its parts only.
        if (name.empty()) {
          const std::string given = JsonText(v->Get("givenName")), family = JsonText(v->Get("familyName"));
          if (!given.empty() && !family.empty()) name = given + " " + family;
        }
        add_names(SplitAuthors(name, structured, /*mail_name=*/true));
      }
    };
    if (au->is_array()) {
      for (const JsonValue& x : au->items()) one(&x);
    } else {
      one(au);
    }
  }
  if (authors.empty()) {
    for (std::string_view k : kAuthorMeta) {
      if (!c.MayHaveKey(k)) continue;  // (most pages have one or none of them)
      // Parse.ly's tags on an index page (parsely-type "index", a section's
      // or the site's front) describe its newest story: that story's writer
      // is not the page's.
      if (k == "parsely-author") {
        const std::string_view type = c.Meta("parsely-type");
        if (EqualsIgnoreCase(type, "index") || EqualsIgnoreCase(type, "frontpage")) continue;
      }
      author_stage = "meta:" + std::string(k);
      // (A paper's scholarly tags that name only organisations, "World
      // Health Organization", give way to Dublin Core's creator tag when
      // the page has one: authors are people.)
      if (k == "citation_author" || k == "citation_authors") {
        bool person = false, creator = false;
        for (const MetaTag& m : c.metas) {
          creator |= m.key.ends_with("creator") && !Trim(m.value).empty();
          if (m.key == k && !IsHttpUrl(m.value) && !Trim(m.value).empty())
            person |= !NamesAnOrganisation(m.value) && CompanyWithLegalForm(Trim(m.value)).empty();
        }
        if (!person && creator) continue;
      }
      for (const MetaTag& m : c.metas) {
        if (m.key != k) continue;
        // The software's own credit that its template prints on every
        // page (Discuz!'s "Discuz! Team and Comsenz UI Team" beside the
        // generator tag "Discuz! X3.5"): its makers, not the writer.
        if (k == "author" && CreditsGenerator(m.value, c.Meta("generator"))) continue;
        if (IsHttpUrl(m.value)) {
          // A profile page's URL instead of the name: kept for the end.
          if (slug_name.empty()) {
            slug_name = NameFromProfileUrl(m.value);
            slug_src = author_stage + "-url";
          }
          continue;
        }
        // Scholarly meta tags (Google Scholar's citation_author) hold one
        // author each, as "Last, First".
        if (k == "citation_author") {
          if (std::string name = CitationName(m.value); !name.empty()) {
            add_names({name});
            continue;
          }
        }
        // Highwire's one tag for all ("Doe, Jane; Roe, Rob"): each part
        // between semicolons is one author, maybe "Last, First" (one part
        // without a semicolon: "Doe, Jane" is one author).
        if (k == "citation_authors") {
          int parts = 0;
          for (size_t b = 0; b < m.value.size() && parts++ < 32;) {
            const size_t e = std::min(m.value.find(';', b), m.value.size());
            const std::string_view one = Trim(m.value.substr(b, e - b));
            if (std::string name = CitationName(one); !name.empty()) add_names({name});
            else add_authors(one);
            b = e + 1;
          }
          continue;
        }
        // So do Dublin Core's creator tags, when the part before the comma
        // is one word, a surname ("Doe, Jane", "Jong, Michiel de"; not
        // "Jane Doe, Rob Roe", two names).
        // (The creator keys of kAuthorMeta are Dublin Core's.)
        // ("Acme, Inc.": the publisher, before Dublin Core's "Last, First"
        // reading below makes it "Inc. Acme".)
        if (company_credit(m.value) || portal_credit(m.value)) continue;
        if (k.ends_with("creator")) {
          const std::string_view v = Trim(m.value);
          // ("Northwind, Inc.": one company, its legal form after the comma,
          // no person: authors are people.)
          if (v.find(',') != std::string_view::npos && NamesAnOrganisation(v.substr(v.rfind(',') + 1))) continue;
          if (const size_t comma = v.find(','); comma != std::string_view::npos && v.find(' ') > comma)
            if (std::string name = CitationName(v); !name.empty()) {
              add_names({name});
              continue;
            }
        }
        add_authors(m.value);
      }
      if (!authors.empty()) break;
    }
  }
  if (authors.empty()) {
    // SEO plugins (Yoast) label the author for link previews: twitter:label1
    // "Written by", twitter:data1 the name.
    author_stage = "meta:twitter:data";
    static constexpr std::string_view kLabels[] = {"twitter:label1", "twitter:label2"};
    static constexpr std::string_view kData[] = {"twitter:data1", "twitter:data2"};
    for (size_t i = 0; i < std::size(kLabels) && authors.empty(); ++i)
      if (IsBylineLabel(c.Meta(kLabels[i]))) add_authors(c.Meta(kData[i]));
  }
  if (authors.empty()) {
    author_stage = "itemprop";
    // The writers outside replies first: a Q&A page marks each answer's
    // author too (an Answer's or Comment's is a replier's); a forum that
    // marks every post a Comment, the first one too, is read whole then.
    // On a thread only the opening post's writer is the author (in the
    // markup every post marks its own): the first marked name is taken, and none
    // when it is a reply's and the opening post's poster stands before it
    // unmarked (the poster step below reads that one).
    const bool thread = a->page_type == "forum";
    // (A writer held back as the site's own name, a personal blog's owner
    // who is its publisher too, ends the search before the replies: a
    // commenter's marked name is never the page's writer then.)
    for (int pass = 0; pass < 2 && authors.empty() && !(pass == 1 && !held_back.empty()); ++pass)
    for (const Node* n : c.itemprop_nodes) {
      if (!EqualsIgnoreCase(n->Attr("itemprop"), "author") && !EqualsIgnoreCase(n->Attr("itemprop"), "creator")) continue;
      if (pass == 0 && InReplyItem(n)) continue;
      // Off articles and threads a Review's author is a customer's
      // testimonial ("Richard I" under five stars), not the page's writer.
      if (a->page_type != "article" && !thread && InReviewItem(n)) continue;
      // (Nor is a credit in the site's footer: the site's maker's.)
      if (InSiteFooter(n)) continue;
      if (thread && pass == 1 && StarterPosterBefore(c, n)) {
        pass = 2;
        break;
      }
      std::string text;
      for (const Node* d = n; d; d = NextInTree(d, n))
        if (d->is_element() && d != n && EqualsIgnoreCase(d->Attr("itemprop"), "name")) {
          text = d->Is(TagId::kMeta) ? std::string(d->Attr("content")) : CollapsedText(d, 200);
          break;
        }
      if (text.empty()) text = n->Is(TagId::kMeta) ? std::string(n->Attr("content")) : CollapsedText(n, 200);
      if (std::string name = InvertedOneWordName(text); !name.empty()) add_names({std::move(name)});
      else add_authors(text);
      if (thread && !authors.empty()) break;
    }
  }
  structured = false;
  // Structured data may name only the first of several writers whose
  // pages the byline links to ("A, B & C"): the byline's list is taken
  // when it holds every name the markup gives.
  // The names of the links to writers' pages by the headline (read once:
  // the check below and the byline search ask for them).
  std::optional<std::vector<std::string>> linked_read;
  auto linked_names = [&]() -> const std::vector<std::string>& {
    if (!linked_read) linked_read = AuthorLinkNames(anchor, doc.root(), hints);
    return *linked_read;
  };
  if (!authors.empty() && anchor && a->page_type != "forum") {
    std::vector<std::string> linked = linked_names();
    bool all = linked.size() > authors.size();
    for (size_t i = 0; all && i < authors.size(); ++i) {
      const std::string norm = NormalizeForCompare(authors[i]);
      bool in = false;
      for (const std::string& l : linked) in |= !norm.empty() && NormalizedContains(l, norm);
      all = in;
    }
    if (all) {
      authors.clear();
      add_names(std::move(linked));
    }
  }
  // Structured data that names only CMS accounts ("andrew.keaveney",
  // "KatieS", "NOC Admin") or organisations ("Northwind Team", "Acme
  // Media": a desk's or the site's credit) gives way to a person named in a
  // visible byline; kept when none does. Not on threads, where posters go by
  // user names.
  std::vector<std::string> accounts;
  std::string accounts_src;
  // Authors that only CMS accounts named are weak (the search after the
  // body may still find the person), whichever source ends up giving them.
  bool named_by_accounts = false;
  auto account_or_organisation = [](const std::string& name) {
    return LooksLikeAccount(name) || NamesAnOrganisation(name);
  };
  if (!authors.empty() && a->page_type != "forum" &&
      std::all_of(authors.begin(), authors.end(), account_or_organisation)) {
    named_by_accounts = true;
    accounts = std::move(authors);
    accounts_src = std::move(authors_src);
    authors.clear();
    authors_src.clear();
  }
  // A link rel=author names the page's writer, not when it is a teaser
  // card's ("By <a rel=author>" under a linked heading of another story) or
  // in a related or comment section: those name other posts' writers.
  author_stage = "rel-author";
  const OwnPage own_page = MakeOwnPage(anchor, url, base, c.canonical);
  // On a page that is no article, rel=author links that name three writers
  // or more are a list's cards' (each card links its own writer).
  // (Those names are no later source's either: a card's byline beside.)
  const bool list_like = a->page_type != "article" && a->page_type != "forum";
  if (list_like && authors.empty()) card_writers = ManyRelAuthors(c.rel_author);
  if (authors.empty() && card_writers.empty())
    for (const Node* n : c.rel_author)
      if (!BylineInTeaserCard(n, own_page) && !InOthersSection(n, hints)) add_authors(CollapsedText(n, 200));
  // A visible byline around the headline: "By Jane Doe", "Written by...",
  // an "Author" label and the name after it, a byline-classed element, a
  // meta row, links to writers' pages. `strict`: only a strong cue ("Written
  // by", "By:") or a label right by the headline (40 nodes before, 60 after).
  // `near_only`: every cue, but only by the headline (as `strict`'s window).
  // A publisher's cue ("Published by Acme Press") names no writer on a
  // product page (a book's publisher), and elsewhere only on a dated line
  // or in a byline-classed element.
  const bool product = a->page_type == "product";
  auto publisher_cue = [&](bool byline_classed) {
    return product ? PublisherCue::kNever : byline_classed ? PublisherCue::kAlways : PublisherCue::kIfDated;
  };
  // The text after a reviewer's credit by the headline ("Reviewed by Ann
  // Roe"), when no writer's credit follows it (scan_headline): the last
  // resort.
  std::string reviewer_line;
  // The byline boxes' texts, each read once: the headline scans (up to
  // three a page) and the search of byline-classed boxes below ask for the
  // same boxes, and BylineText reads up to 1,024 nodes of each, asking each
  // element's class.
  std::vector<std::pair<const Node*, std::string>> byline_texts;
  auto byline_text = [&](const Node* n) -> std::string {
    for (const auto& [node, text] : byline_texts)
      if (node == n) return text;
    return byline_texts.emplace_back(n, BylineText(n, hints)).second;
  };
  auto scan_headline = [&](bool strict, bool near_only = false) {
    const Node* start = HeadlineWindowStart(anchor, doc.root());
    std::string head;
    int budget = 250;
    // How far from the headline a meta row may stand (in nodes).
    constexpr uint32_t kRowNodesBefore = 40, kRowNodesAfter = 60;
    // Whether a name found is the title (normalized on the first ask).
    std::optional<std::string> norm_title;
    auto is_title = [&](std::string_view name) {
      if (!norm_title) norm_title = NormalizeForCompare(a->title.value_or(""));
      return NormalizedEquals(name, *norm_title);
    };
    if (!strict && !near_only)
      for (const std::string& name : linked_names()) add_authors(name);
    // A dated publisher's line ("Published by Acme Press on 3 May 2024")
    // waits: a plain byline after it ("By Jane Doe") names the writer.
    std::string publisher_line;
    bool text_after_headline = false;
    for (const Node* n = start; n && budget-- > 0 && authors.empty() && !company_credited;
         n = NextInTree(n, doc.root())) {
      // (On a page that is no article, a heading below the page's own,
      // after some text of the page, opens one of its items: a byline past
      // it is that item's, "<h4>The House of Glass</h4><p>By Ann Roe</p>"
      // in a reading list. One right under the headline, no text between,
      // is its subtitle.)
      if (list_like && n->id > anchor->id && !IsWithin(n, anchor, 8)) {
        if (n->is_text()) {
          text_after_headline |= !Trim(n->data).empty();
        } else if (text_after_headline && IsHeadingTag(n->tag)) {
          break;
        }
      }
      if (!n->is_element() || n == anchor) continue;
      // (On a page that is no article, a list's story card below the
      // page's heading is passed whole: its bylines are its story's. Past
      // kTreeWalkMaxLevels levels the rest of a deeper card is read.)
      if (list_like && n->Is(TagId::kArticle) && IsSiblingStoryCard(n, anchor)) {
        n = LastDescendant(n);
        continue;
      }
      const bool near = n->id + kRowNodesBefore >= anchor->id && n->id <= anchor->id + kRowNodesAfter;
      if ((strict || near_only) && !near) {
        if (n->id > anchor->id) break;
        continue;
      }
      const bool hinted = !strict && (hints[n] & kHintByline);
      // (On a page that is no article, a byline-hinted class repeated down
      // the page is a list's: each card's line; the byline-class search
      // below passes them over too.)
      if (hinted && list_like && RepeatedByline(n, c.byline_nodes)) continue;
      // (A generic meta row's class, "meta", is no writer's: "Published by
      // Acme Press" there is the publisher.)
      const bool writer_classed = hinted && IsWriterClass(n->Attr("class"));
      // A meta row by the headline: a name beside the date, no cue.
      // (Most elements are no meta row: that is asked first.)
      if (!strict && near && !(hints[n] & (kHintBoilerplate | kHintNavigation))) {
        if (std::string name = MetaRowName(n, hinted);
            !name.empty() && !InOthersSection(n, hints) && !is_title(name)) {
          add_authors(name);
          if (!authors.empty()) break;
        }
        if (std::string name = NameOverDateLine(n); !name.empty() && !is_title(name) && !InOthersSection(n, hints)) {
          add_authors(name);
          if (!authors.empty()) break;
        }
        if (std::string name = NameRoleDateLine(n, anchor); !name.empty()) {
          add_authors(name);
          if (!authors.empty()) break;
        }
        if (std::string name = NameBesideDateLine(n, hints);
            !name.empty() && !is_title(name) && !InOthersSection(n, hints) && !InTeaserCard(n, &own_page)) {
          add_authors(name);
          if (!authors.empty()) break;
        }
      }
      // "By <div class=auth>Jane Doe</div>": the label a loose text right
      // before the name's element, that starts a line (its whole text, first
      // in its parent or after a block or a break: "uunf by <span>Jane
      // Doe</span>" in a sentence is no label). (A text node's first byte
      // rules out most.)
      if (!strict && n->prev() && n->prev()->is_text() && n->prev()->data.size() <= 40 &&
          MayOpenOnBylineCue(n->prev()->data) &&
          (!n->prev()->prev() || (n->prev()->prev()->is_element() &&
                              (IsBlockTag(n->prev()->prev()->tag) || n->prev()->prev()->Is(TagId::kBr))))) {
        const std::string_view label = Trim(n->prev()->data);
        if (!label.empty() && MayStartBylineCue(static_cast<unsigned char>(label[0])) && IsBylineLabel(label) &&
            !InOthersSection(n, hints) && !InRepeatedTeaserCard(n)) {
          // The line ends after the name's element (a break, a block, the
          // parent's end, or a separator: "By <b>Ann Berg</b>, Desk"), and
          // the name is a person's ("By <strong>Subscribing Today</strong>
          // you support ..." is a sentence).
          const Node* after = n->next;
          std::string_view t;
          if (after && after->is_text()) {
            t = Trim(after->data);
            if (t.empty()) after = after->next;
          }
          // (After a separator, a field or two, not a sentence: "By <a>Clicking
          // Here</a>, you agree to our terms." is one.)
          const bool line_ends =
              !t.empty() ? (t[0] == ',' || t[0] == '|' || t.starts_with("\xC2\xB7") || t.starts_with("\xE2\x80\xA2")) &&
                               t.size() <= 32 && !EndsWithSentenceStop(t)
                         : !after || (after->is_element() && (IsBlockTag(after->tag) || after->Is(TagId::kBr)));
          std::string name;
          if (line_ends && CollapsedTextInto(n, 120, 32, &name) && !name.empty() && name.size() < 100 &&
              !is_title(name) && StartsCapitalOrNonAscii(name) &&
              IsPersonCredit(name))
            add_authors(name);
          if (!authors.empty()) break;
        }
      }
      // An unmarked line that opens on another's credit ("Medically reviewed
      // by Ann Roe, MD — Written by Jane Doe on ...", a health site's
      // header) names the writer after it, if a strong cue follows.
      bool other_first = false;
      if (!hinted) {
        // A byline may be set in bold or small type inside a box of other
        // blocks ("<div><strong>Written by Jane Doe</strong><div
        // class=date>..."): such an element counts with a strong cue only.
        const bool emphasis = n->Is(TagId::kStrong) || n->Is(TagId::kB) || n->Is(TagId::kEm) || n->Is(TagId::kSmall);
        if (!IsBlockTag(n->tag) && !n->Is(TagId::kSpan) && !emphasis) continue;
        if (HasBlockChild(n) || ContinuesHeading(n)) continue;
        // Unmarked, only a cue ("By ...") or a label makes it a byline;
        // both show in its first bytes (the first one rules most out).
        // By the headline a stamp may come first, the byline after it
        // ("03.12.2025 09:15 von Sabine Krämer", Contao's news line: read
        // by NameAfterDateStamp below).
        if (!MayStartFirstText(n, /*or_other_credit=*/true) && !(near && !strict && OpensOnDigit(n))) continue;
        // A control's label is no byline: an accordion's heading that is
        // one button, "<h3><button>By mail</button></h3>", names a way to
        // do something. (Asked only here, of the few elements whose first
        // bytes may open a byline.)
        if (const Node* only = NextElementFrom(n->first_child);
            only && only->Is(TagId::kButton) && !NextElementFrom(only->next))
          continue;
        CollapsedTextInto(n, 64, kHeadMaxNodes, &head, [](const Node* d) { return IsDatelineSpan(d); });
        if (head.empty()) continue;
        if (emphasis && StripBylineCue(head, /*strong_only=*/true, publisher_cue(false)).empty()) continue;
        if (!IsBylineLabel(head) || (strict && IsBylineLabel(std::string_view(head).substr(0, 2)))) {
          // "By Jane Doe" or "by jdoe", not a sentence that starts with "By
          // handling routine tasks, ...".
          // (The other credit first: "Reviewed by", "Medically reviewed by".)
          other_first = StartsWithOtherCredit(head);
          std::string_view rest =
              other_first ? std::string_view() : StripBylineCue(head, strict, publisher_cue(false));
          if (rest.empty() && !strict && !other_first) rest = NameAfterDateStamp(head);
          if (!other_first &&
              (rest.empty() || (rest[0] >= 'a' && rest[0] <= 'z' && std::count(rest.begin(), rest.end(), ' ') >= 3)))
            continue;
        }
      }
      if (ScanText(n, 600, /*find_digit=*/false).over || InOthersSection(n, hints)) continue;
      // (On a page that is no article, a byline in a teaser card, under
      // a linked heading of another story or inside its link, is that
      // story's: an index's first card sits by the page's heading.)
      // (On an article, one in a card beside others of its kind: a section
      // front's list that the page's markup calls a story.)
      if (list_like ? BylineInTeaserCard(n, own_page) : InRepeatedTeaserCard(n)) continue;
      std::string text = byline_text(n);
      if (text.empty() || text.size() > 200) continue;
      if (other_first) {
        if (!WriterAfterOtherCredit(text).empty()) add_authors(text);
        else if (reviewer_line.empty()) reviewer_line = ReviewerAfterCredit(text);
        continue;
      }
      // A byline box that credits a reviewer only ("<div class=authored-by>
      // Reviewed by Ann Roe, MD, on May 3, 2024"): kept for the end.
      if (hinted && reviewer_line.empty() && WriterAfterOtherCredit(text).empty())
        if (std::string_view r = ReviewerAfterCredit(text); !r.empty()) {
          reviewer_line = r;
          continue;
        }
      // (A stamp's row that also holds the category links is several
      // fields run together: "May 2, 2024 By Jane DoeIn News, Travel".)
      if (!StripBylineCue(text, strict, publisher_cue(writer_classed)).empty() ||
          (!strict && !NameAfterDateStamp(text).empty() && !HasTaxonomyLink(n))) {
        if (!writer_classed && StripBylineCue(text, strict, PublisherCue::kNever).empty() &&
            NameAfterDateStamp(text).empty()) {
          if (publisher_line.empty()) publisher_line = std::move(text);
          continue;
        }
        add_authors(text);
        continue;
      }
      // "Author" / "Written by" as a label, the name in the next element
      // that has text (an avatar may sit between them).
      if (IsBylineLabel(text)) {
        if (!IsPlainLabel(n)) continue;
        std::string name = LabelledName(n);
        if (name.empty()) continue;
        if (std::string one = IsOneAuthorLabel(text) ? InvertedOneWordName(name) : std::string(); !one.empty())
          add_names({std::move(one)});
        else
          add_authors(name);
        continue;
      }
      // (One word in a box no writer class marks is a "Menu" label or a
      // badge: see IsOneWord.)
      if (hinted && !(IsOneWord(text) && !writer_classed && !IsWriterClass(n->Attr("id"))) &&
          // (Not a label before a number, "Pressemitteilung Nr. 118",
          // nor a stamp's cue before its date, "发表于 2025-5-18", in a
          // box its id names for the poster, "authorposton"; nor an
          // update's, "最終更新 2025年6月18日", Docsy's last-modified line.)
          ((NameBeforeDigits(text) && !StartsWithPublicationCue(text) &&
            !IsUpdateStamp(std::string_view(text).substr(0, text.find_first_of("0123456789")))) || NameThenRole(text) ||
           !WriterAfterOtherCredit(text).empty()) &&
          !HasTaxonomyLink(n) && !IsAuthorDetailClass(n->Attr("class")) &&
          // (Uncued, a box of a byline's detail, a role or a dateline's
          // place, "RIO DE JANEIRO", names nobody.)
          !IsBylineDetailClass(n->Attr("class")) &&
          !HoldsWordList(n, writer_classed || IsWriterClass(n->Attr("id")) ? 3 : 2) &&
          // (No cue vouches for the name: an organisation's, in a meta box
          // beside a press release's date, "Northshore Marine Institute",
          // is the issuer, no writer.)
          !NamesAnIssuer(text) &&
          // (Nor one in the page's furniture: a docs theme's page-meta
          // box in the sidebar, "View page source Edit this page Create
          // child page", is its links' labels.)
          !InPageFurniture(n, hints, anchor))
        add_authors(text);
    }
    if (authors.empty() && !publisher_line.empty()) add_authors(publisher_line);
  };
  // Scans the headline's window (loose cues, near rows only) into
  // `authors`: true when it names people, none of them one of `given`,
  // and no name of `given` shows by the headline (NameShownByHeadline).
  auto near_byline_names_another = [&](const std::vector<std::string>& given) {
    for (const std::string& g : given)
      if (NameShownByHeadline(anchor, doc.root(), g)) return false;
    authors.clear();
    authors_src.clear();
    scan_headline(/*strict=*/false, /*near_only=*/true);
    if (authors.empty()) return false;
    std::vector<std::string> norm_given;
    norm_given.reserve(given.size());
    for (const std::string& g : given) norm_given.push_back(NormalizeForCompare(g));
    for (const std::string& v : authors) {
      if (!IsPersonCredit(v) || CapitalizedWords(std::string_view(v).substr(0, v.find(','))) < 2) return false;
      const std::string norm_v = NormalizeForCompare(v);
      for (size_t k = 0; k < given.size(); ++k)
        if (NormalizedContains(v, norm_given[k]) || NormalizedContains(given[k], norm_v) ||
            SameNameByInitial(given[k], v))
          return false;
    }
    return true;
  };
  // Structured data may name one writer of several the byline gives, or
  // another person than the byline right by the headline says ("By: Jane
  // Doe" under the headline, the CMS user who posted the page in JSON-LD):
  // what the reader sees is the byline.
  author_stage = "byline";
  // A product page has no writer: a byline there names the brand ("From
  // Acme"), the seller or a reviewer. Its visible bylines are not read.
  if (!authors.empty() && anchor && a->page_type != "forum" && !product) {
    std::vector<std::string> given = std::move(authors);
    std::string given_src = std::move(authors_src);
    authors.clear();
    authors_src.clear();
    scan_headline(/*strict=*/true);
    bool all = !authors.empty(), none = !authors.empty();
    std::vector<std::string> norm_found;
    for (const std::string& v : authors) norm_found.push_back(NormalizeForCompare(v));
    for (const std::string& g : given) {
      const std::string norm = NormalizeForCompare(g);
      bool in = false;
      for (size_t k = 0; k < authors.size(); ++k)
        in |= !norm.empty() && (NormalizedContains(authors[k], norm) || NormalizedContains(g, norm_found[k]) ||
                                SameNameByInitial(g, authors[k]));
      all &= in;
      none &= !in;
    }
    // (More names in the byline than given, yet the same words: the
    // given names split at their commas, a repository's "Ashworth, Megan
    // R." read as two, are the same writers.)
    auto words_of = [](const std::vector<std::string>& names) {
      std::vector<std::string> words;
      for (const std::string& name : names) {
        const std::string norm = NormalizeForCompare(name);
        for (size_t i = 0, j = 0; i < norm.size(); i = j + 1) {
          j = std::min(norm.find(' ', i), norm.size());
          if (j > i) words.push_back(norm.substr(i, j - i));
        }
      }
      std::sort(words.begin(), words.end());
      return words;
    };
    // (Not an outlet's name for the people given: an account card after
    // the story names the paper that supplied it, "云江晚报".)
    bool take = (all && authors.size() > given.size() && words_of(authors) != words_of(given)) ||
                (none && !AllOrganisations(authors));
    // A meta tag's author (meta name=author, twitter:data) that the reader
    // does not see by the headline is often the CMS account that posted
    // the story; a plain byline by the headline ("By Jane Doe", a
    // byline-classed name) that names another person is the writer. Only
    // on articles (on a list a card's byline stands by the headline), and
    // only a person's name of two capitalized words or more.
    if (!take && a->page_type == "article" && given_src.starts_with("meta:"))
      take = near_byline_names_another(given);
    if (!take) {
      authors = std::move(given);
      authors_src = std::move(given_src);
    }
  }
  if (authors.empty() && !company_credited && anchor && !product) scan_headline(/*strict=*/false);
  if (authors.empty() && !accounts.empty()) {
    authors = std::move(accounts);
    authors_src = std::move(accounts_src);
  }
  author_stage = "byline-class";
  // A paper's author list names each writer in an element of its own,
  // beside the affiliation and the address (LaTeXML's "ltx_personname"):
  // each is an author.
  for (size_t i = 0; i < c.byline_nodes.size() && authors.empty() && !company_credited && !product; ++i)
    if (!InOthersSection(c.byline_nodes[i], hints))
      if (std::vector<std::string> names = PersonNameParts(c.byline_nodes[i]); !names.empty()) add_names(std::move(names));
  // A product page's review ("By Jane Doe" in a byline box under the
  // headline of a review, the JSON-LD a Product with a nested Review) has
  // its writer: there a byline box with the cue "By" is read, only.
  if (authors.empty() && !company_credited) {
    for (const Node* n : c.byline_nodes) {
      // (A teaser card's byline names its own story's writer; so does each
      // of a list's repeated byline boxes on a page that is no article.)
      if (InOthersSection(n, hints) || BylineInTeaserCard(n, own_page) || InRepeatedTeaserCard(n)) continue;
      // (So does one in a list's story card: InSiblingArticle.)
      if (list_like && (RepeatedByline(n, c.byline_nodes) || InSiblingArticle(n, anchor))) continue;
      std::string text = byline_text(n);
      if (text.empty() || text.size() > 200 || IsBylineLabel(text)) continue;
      // A byline box usually says "By"; without it, only name-like text,
      // or a date stamp and a name ("Dec. 19, 2025 · Jane Doe").
      const bool writer_classed = IsWriterClass(n->Attr("class")) || IsWriterClass(n->Attr("id"));
      const bool cued = !StripBylineCue(text, false, publisher_cue(writer_classed)).empty();
      if (product && (!cued || !StartsWithIgnoreCase(text, "by ")))
        continue;
      if (!cued && !writer_classed && (IsOneWord(text) || !NearStampOrHeadline(n, c))) continue;
      // (Judged without the mail address it ends on: "Jane Doe
      // jane@example.com", "김민수 기자 kimms@example.kr"; SplitAuthors
      // drops the address.)
      const std::string_view judged = cued ? std::string_view(text) : WithoutTrailingMail(text);
      if ((cued || LooksLikeName(judged) || !DateLinePart(judged).empty() || NameThenRole(judged) ||
           NamesWithHandles(judged) || NameThenWireAgency(judged) || NameThenPlace(judged)) &&
          !HasTaxonomyLink(n) &&
          !IsAuthorDetailClass(n->Attr("class")) && (cued || !IsBylineDetailClass(n->Attr("class"))) &&
          (cued || !HoldsWordList(n, writer_classed ? 3 : 2)) &&
          // (Uncued, an organisation's name is the issuer, no writer.)
          (cued || !NamesAnIssuer(text))) {
        add_authors(text);
        if (!authors.empty() || company_credited) break;
      }
    }
    // A box of lines: the name on the first, then a date ("<div
    // class=author-details><p>Jane Doe</p><small>Dec 17, 2025</small>"),
    // a label ("Jane Doe | Author") or a bio that starts with the name
    // ("Jane Doe is a triathlete ...").
    for (size_t i = 0; i < c.byline_nodes.size() && authors.empty() && !company_credited && !product; ++i) {
      const Node* n = c.byline_nodes[i];
      // ... or the name on the line before the writer's description.
      if (IsAuthorDetailClass(n->Attr("class"))) {
        std::string name = NameBeforeDetail(n);
        // ... or a bio whose first words, set in bold, are the name ("<div
        // class=author-bio><p><strong>Jane Doe</strong> is a garden writer").
        if (name.empty()) name = BoldNameOpeningBio(n);
        if (!name.empty() && !InOthersSection(n, hints)) add_authors(name);
        continue;
      }
      if (!HasBlockChild(n) || InOthersSection(n, hints) || HasTaxonomyLink(n) || HoldsWordList(n)) continue;
      const std::string first = FirstBlockText(n);
      if (!LooksLikeName(first) || IsBylineLabel(first) || !StripBylineCue(first).empty() || NamesAnOrganisation(first))
        continue;
      std::string text;
      CollapsedTextInto(n, 300, 256, &text);
      if (text.size() <= first.size() + 1 || !text.starts_with(first) || text[first.size()] != ' ') continue;
      std::string_view rest = std::string_view(text).substr(first.size() + 1);
      while (!rest.empty() && (rest[0] == '|' || rest[0] == '-' || rest[0] == ' ')) rest.remove_prefix(1);
      const std::string_view word = rest.substr(0, rest.find(' '));
      bool confirmed = IsDateLine(rest) || IsBylineLabel(word);
      if (!confirmed && StartsWithIgnoreCase(rest, first) && rest.size() > first.size() + 1 &&
          rest[first.size()] == ' ') {
        const std::string_view after = rest.substr(first.size() + 1);
        confirmed = IsBioVerb(after.substr(0, after.find(' ')));
      }
      if (confirmed) add_authors(first);
    }
  }
  // An <address> in an article is, as HTML defines it, the contact of the
  // article's author: a lone person's name there names the writer
  // ("<article><header><h1>..</h1><address>Jane Doe</address>"). (A cued
  // "By Jane Doe" is read as a byline already; a street or a company is
  // no name; a teaser card's address names its own story's writer; an
  // address classed a venue is a calendar's place, "The Plough Inn".)
  author_stage = "address";
  // (Not on a list of <article>s side by side, each with its <address>: an
  // events calendar's cards, each event's venue, "Market Place". A
  // comment's <article> inside the story's, a footer's address, a card's
  // in a related box are passed over as ever.)
  auto readable = [&](const Node* n) { return InArticle(n) && !InCard(n) && !InOthersSection(n, hints); };
  bool listed = false;  // two read addresses in <article>s side by side
  if (authors.empty() && c.addresses.size() > 1) {
    const Node* first = nullptr;
    for (const Node* n : c.addresses) {
      if (!readable(n)) continue;
      const Node* art = EnclosingArticle(n);
      if (!first) {
        first = art;
        continue;
      }
      listed = art && first && art != first && !IsWithin(art, first) && !IsWithin(first, art);
      break;
    }
  }
  const bool article_like = (a->page_type == "article" || a->page_type == "page") && !listed;
  for (size_t i = 0; i < c.addresses.size() && authors.empty() && !company_credited && article_like; ++i) {
    const Node* n = c.addresses[i];
    if (!readable(n)) continue;
    const std::string text = CollapsedText(n, 120);
    if (IsPersonCredit(text) && !IsBylineLabel(text))
      add_authors(text);
  }
  // On a thread, the first poster's name beside the posts is the thread's
  // author (forum software marks it "username", "postauthor"...).
  author_stage = "poster";
  structured = true;
  if (authors.empty() && a->page_type == "forum") {
    std::string sentence;  // (InPosterSentence's, one for the posters)
    for (const Node* n : c.poster_nodes) {
      // A poster's profile box (name, rank, join date, post count) shows
      // the name on its first line.
      const std::string text = HasBlockChild(n) ? PosterBoxName(n) : CollapsedText(n, 200);
      // A name in a sentence is no post's poster: a thread's status notice
      // over its posts ("This topic has 3 replies, 3 voices, and was last
      // updated 2 weeks ago by jdoe.", bbPress) credits the last replier.
      if (!HasBlockChild(n) && InPosterSentence(n, text.size(), &sentence)) continue;
      // A guest starter is shown by the e-mail address it typed for a
      // name ("jo@example.org"): that names the starter, where skipping
      // it would name the first replier (after the headline only, not a
      // signed-in reader's menu).
      if ((c.h1s.empty() || n->id > c.h1s[0]->id) && IsMailAddress(text)) {
        add_names({text});
        break;
      }
      add_authors(text);
      if (!authors.empty()) break;
    }
  }
  // The name a profile URL spells ("/author/jane-doe" for "Jane Doe") when
  // nothing on the page names the writer (weak: its case is a guess, and
  // the byline after the body may still name the person).
  bool named_by_url = false;
  if (slug_name.empty() && !c.author_href.empty()) {
    slug_name = NameFromProfileUrl(c.author_href);
    slug_src = "link-author-url";
  }
  // (Held to a byline's screens: a person's name, no organisation, no
  // noise word such as "Staff".)
  if (authors.empty() && !company_credited && !slug_name.empty() && a->page_type != "forum" &&
      IsPersonCredit(slug_name)) {
    author_stage = slug_src;
    add_names({slug_name});
    named_by_url = !authors.empty();
  }
  // The post author a WordPress site's tag manager plugin (GTM4WP) writes
  // in the head's data layer: the account's display name, held to the same
  // screens (a person's name, no organisation, no noise word).
  if (authors.empty() && !company_credited && a->page_type != "forum")
    if (const std::string_view datalayer_author = c.DataLayerAuthor(); !datalayer_author.empty())
      if (Result<JsonDocument> v = ParseJson(datalayer_author, 1); v.ok() && v.value().root().is_string()) {
        const std::string name = CleanLine(v.value().root().str());
        if (IsPersonCredit(name)) {
          author_stage = "datalayer";
          add_names({name});
          named_by_url = !authors.empty();
        }
      }
  // A social network's post page (Mastodon's, Bluesky's) titles itself
  // after the poster, "Display Name (@handle)", and gives the handle in
  // profile:username: the name before it is the writer (weak: a byline
  // around the post wins).
  if (authors.empty() && !company_credited && a->page_type != "forum") {
    const std::string_view name = PosterBeforeHandle(c.Meta("og:title"), c.Meta("profile:username"));
    if (!name.empty()) {
      author_stage = "og:title+profile:username";
      add_names({std::string(name)});
      named_by_url = !authors.empty();
    }
  }
  // A personal site that names no writer on the post: the person its
  // footer's copyright line names ("© 2025 Jane Doe.") when the site's
  // host spells the name (janedoe.com). Only where the page declares no
  // site name or publisher (a company's site does: "© 2025 Best Buy" of
  // bestbuy.com is the shop) and no shop's controls, and weak (a byline
  // around the body wins).
  if (authors.empty() && held_back.empty() && article_like && site.empty() && !a->publisher && !host.empty() &&
      c.microdata_products == 0 && c.Shop().cart_buttons == 0 && c.Shop().cart_forms == 0) {
    for (size_t i = 0; i < c.footers.size() && authors.empty(); ++i) {
      const Node* d = FooterCopyrightText(c.footers[i], 200, 0);
      if (!d) continue;
      const std::string line = CleanLine(d->data);
      const std::string name(CopyrightHolder(line));
      if (CapitalizedWords(name) >= 2 && IsPersonCredit(name) && HostSpellsName(host, name) &&
          !AnyWord(line, IsFirmFooterWord) && !NamesAnotherWriter(title, out->headline)) {
        author_stage = "copyright-host";
        add_names({name});
        named_by_url = !authors.empty();
      }
    }
  }
  // A page that names no writer but credits a reviewer by its headline
  // ("Reviewed by Ann Roe, MD" under a firm's guide): the reviewer is the
  // one person it names for the text (weak: a byline around the body wins;
  // a person, not a firm).
  if (authors.empty() && held_back.empty() && !company_credited && article_like && !reviewer_line.empty() &&
      !company_credit(reviewer_line)) {
    author_stage = "reviewer";
    add_names(SplitAuthors(reviewer_line, /*user_names=*/false, /*mail_name=*/false));
    named_by_url = !authors.empty();
  }
  // Six writers or more read off the page's markup (itemprop=author, rel
  // author links) are the writers of a list's cards (a blog's index, a
  // shelf of books), not the page's: a story's byline names a few, and a
  // paper's long author list comes from its meta tags or JSON-LD.
  if (authors.size() >= kMaxMarkupWriters && (authors_src == "itemprop" || authors_src == "rel-author")) {
    authors.clear();
    authors_src.clear();
  }
  // A byline-classed box is the weakest source: the organisation named in
  // the structured data beats it.
  // So is a group's credit ("By the Acme Team", "Acme Staff"): a person's
  // strong credit in or after the body ("Written by Jane Doe") names the
  // writer.
  out->weak_authors = authors.empty() || authors_src == "byline-class" || named_by_accounts || named_by_url ||
                      AllOrganisations(authors);
  if (!held_back.empty() && (authors.empty() || authors_src == "byline-class")) {
    authors = std::move(held_back);
    authors_src = held_back_src;
  }
  // A product page has no writer: its generic author tag (meta
  // name=author, a "Written by" twitter:data pair) names the shop, the
  // brand ("Acme Store") or the account that listed the product, and its
  // microdata authors are the customers who wrote its reviews ("Rated 5 out
  // of 5 by Jane"). A review's own byline (a "By" line, its JSON-LD, a news
  // byline tag) still names one there.
  if (product && (authors_src == "meta:author" || authors_src == "meta:twitter:data" || authors_src == "itemprop")) {
    authors.clear();
    authors_src.clear();
    out->weak_authors = true;
  }
  // A CMS's archive page (a category's, a tag's or a writer's list of
  // posts: NamesArchiveBody) not declared an article: the bylines read off
  // its markup are its posts' cards', and none around the body is its own
  // either (ArticleExtractor asks weak_authors). Its structured data and
  // meta tags still name one.
  if (a->page_type != "article" && a->page_type != "forum" && ArchivePage() &&
      (authors_src == "byline" || authors_src == "byline-class" || authors_src == "byline-after-headline" ||
       authors_src == "rel-author" || authors_src == "itemprop" || authors.empty())) {
    authors.clear();
    authors_src.clear();
    out->weak_authors = false;
  }
  if (!authors.empty()) note("authors", authors_src);
  a->authors = std::move(authors);
}

// Whether a post's shown stamp is its age, in English (IsPostAgeStamp) or
// in another language a forum prints it in ("1 mese 3 settimane fa",
// Kunena's Italian; "vor 2 Tagen", "il y a 3 jours": RelativeTimeDaysBack,
// or a count first, a relative time's word, IsRelativeTimeText, no year:
// months count too).
static bool ShowsPostAge(std::string_view shown) {
  if (IsPostAgeStamp(shown)) return true;
  shown = Trim(shown);
  if (shown.empty() || shown.size() > 40 || !IsRelativeTimeText(shown)) return false;
  if (RelativeTimeDaysBack(shown) >= 0) return true;
  if (!IsAsciiDigit(shown[0])) return false;
  size_t run = 0;
  for (char ch : shown)
    if ((run = IsAsciiDigit(ch) ? run + 1 : 0) >= 4) return false;
  return true;
}

// The publication and modification dates.
[[gnu::noinline]] void MetadataRun::ExtractDates() {
  // Dates.
  // Whether the page declares an Event (read once: the rules on <time>s
  // and on visible stamps below ask for it).
  const bool declares_event = std::any_of(c.object_types.begin(), c.object_types.end(), [](const JsonLdType& t) {
    return t.Matches(kEventTypes, std::size(kEventTypes));
  });
  // A page that declares an Event and nothing written (no article, post,
  // review or recipe beside it: a theatre's show, a concert's page): the
  // days it shows are the event's, when it happens ("12 — 14 dicembre
  // 2025"), so no date is read off its body.
  // (A Course is no writing beside its own CourseInstance: the days its
  // page shows are its runs'. Not on a page that declares itself an
  // article: a college's news story about the course.)
  const bool course_undated = !EqualsIgnoreCase(Trim(c.Meta("og:type")), "article");
  out->event_undated = declares_event && std::none_of(c.object_types.begin(), c.object_types.end(), [&](const JsonLdType& t) {
    return t.Matches(kArticleTypes, std::size(kArticleTypes)) && !t.Matches(kEventTypes, std::size(kEventTypes)) &&
           !(course_undated && t.Is(kCourseType));
  });
  // Numeric dates ("05/03/2024") read in the page's language's order.
  std::string_view lang_tag = c.html_lang;
  if (Trim(lang_tag).empty()) lang_tag = c.Meta("content-language");
  if (Trim(lang_tag).empty()) lang_tag = c.Meta("og:locale");
  // A language without its region ("en") takes the region og:locale gives
  // for it ("en_GB"): the region decides the order.
  if (const std::string_view t = Trim(lang_tag); t.size() == 2)
    if (const std::string_view og = Trim(c.Meta("og:locale"));
        og.size() > 3 && (og[2] == '_' || og[2] == '-') && EqualsIgnoreCase(og.substr(0, 2), t))
      lang_tag = og;
  const NumericDateOrder date_order = PageDateOrder(c, NumericDateOrderFor(lang_tag));
  out->date_order = date_order;
  std::string date_src;  // where the last date found came from
  std::string canonical_for_dates(Trim(c.canonical));
  if (canonical_for_dates.empty()) canonical_for_dates = std::string(c.Meta("og:url"));
  // Where the page is, for a zone abbreviation two places use ("EST").
  ZoneRegion date_zone = ZoneRegionFor(lang_tag, !url.empty() ? url : std::string_view(canonical_for_dates));
  if (date_zone == ZoneRegion::kDefault && !url.empty()) date_zone = ZoneRegionFor({}, canonical_for_dates);
  out->date_zone = date_zone;
  // The page's own heading: a linked heading that is it, or that links to
  // the page itself, makes no teaser card (InTeaserCard): Joomla's item
  // page sets its headline as "<h2><a href=PERMALINK>" over its info row.
  const OwnPage own_heading = MakeOwnPage(out->headline, url, base, canonical_for_dates);
  auto first_date = [&](const std::string_view* keys, size_t n) -> std::optional<std::string> {
    for (size_t i = 0; i < n; ++i) {
      std::string_view v = c.Meta(keys[i]);
      if (v.empty()) continue;
      if (auto d = NormalizeDate(v, today, date_order, date_zone)) {
        date_src = "meta:" + std::string(keys[i]);
        return d;
      }
    }
    return std::nullopt;
  };
  // (A ProfilePage's own dates, with no article described, are its
  // profile's: the day a writer's page was made publishes nothing.)
  const bool profile_only = !art && page && HasType(*page, "ProfilePage");
  auto ld_date = [&](std::string_view key) -> std::optional<std::string> {
    if (profile_only) return std::nullopt;
    std::string v = JsonText(ld(key));
    if (v.empty()) return std::nullopt;
    date_src = "json-ld";
    return NormalizeDate(v, today, date_order, date_zone);
  };
  // The first date in microdata under one of `props`, outside replies (a
  // Comment's or Answer's date is not the page's) before inside them on a
  // thread (a forum marks every post, the first one too, as a Comment; under
  // a story or a product they are its readers').
  const bool list_page = std::string_view(a->page_type) != "article" && std::string_view(a->page_type) != "forum" && std::string_view(a->page_type) != "product";
  // Whether microdata `prop` dates two items or more, apart (a list's
  // cards: "<time itemprop=datePublished datetime=...>" in each).
  // (A value shown as the element's text, "<span itemprop=datePublished>
  // November 12, 2025</span>" in Astra's cards, is read as text, its first
  // kListedStampMaxBytes bytes.)
  auto ListedItempropDates = [&](std::string_view prop) {
    constexpr size_t kListedStampMaxBytes = 64;
    std::string first, text;
    for (const Node* n : c.itemprop_nodes) {
      if (!EqualsIgnoreCase(n->Attr("itemprop"), prop)) continue;
      std::string_view v = n->Attr("datetime");
      if (v.empty()) v = n->Attr("content");
      if (v.empty()) {
        CollapsedTextInto(n, kListedStampMaxBytes, &text);
        v = text;
      }
      if (v.empty()) continue;
      if (first.empty()) first = v;
      else if (v != first) return true;
    }
    return false;
  };
  auto itemprop_date = [&](std::initializer_list<std::string_view> props) -> std::optional<std::string> {
    date_src = "itemprop";
    for (int pass = 0; pass < (std::string_view(a->page_type) == "forum" ? 2 : 1); ++pass)
      for (std::string_view prop : props) {
        const bool listed = list_page && ListedItempropDates(prop);
        for (const Node* n : c.itemprop_nodes) {
          if (!EqualsIgnoreCase(n->Attr("itemprop"), prop) || (pass == 0 && InReplyItem(n))) continue;
          // (Nor a listed teaser's: a blog archive's cards each mark their
          // post's datePublished; on a page that is no article, two of
          // them with different values are a list's.)
          if (std::string_view(a->page_type) != "forum" && (InTeaserCard(n, &own_heading) || listed)) continue;
          // (Nor a customer review's, off articles and threads: the day a
          // shopper reviewed a product does not date its page, as the
          // review's author does not sign it.)
          if (std::string_view(a->page_type) != "article" && std::string_view(a->page_type) != "forum" && InReviewItem(n)) continue;
          std::string_view v = n->Attr("datetime");
          if (v.empty()) v = n->Attr("content");
          // The microformats' abbr pattern ("<abbr class=published
          // title=2023-06-17T14:26:00+01:00>2:26 PM</abbr>": Blogger) gives
          // the machine-readable date in its title.
          if (v.empty() && n->Is(TagId::kAbbr)) v = n->Attr("title");
          std::string text;
          if (v.empty()) {
            text = CollapsedText(n, 200);
            v = text;
          }
          if (auto d = NormalizeDate(v, today, date_order, date_zone)) return d;
        }
      }
    return std::nullopt;
  };
  // Any other meta whose name speaks of publication / modification.
  // A value dated after every modification meta (a "published-time" later
  // than "modified-time": the moment the page was rendered, not published;
  // nothing is published after its last modification) is passed over. Both
  // are read in the page's date order; two instants that each give a time
  // of day and a zone are compared in UTC ("01:00Z" is 90 minutes before
  // "21:30-05:00" of the day before), the publication passed over when it
  // is more than a minute later (a CMS that writes both stamps in one save
  // may stamp the publication a second after: "11:00:09Z" beside
  // "11:00:08Z"); any other two only by their days, the publication passed
  // over when it is more than one day later (two zones may stand a day
  // apart).
  auto fuzzy_meta_date = [&](std::initializer_list<std::string_view> stems,
                             std::initializer_list<std::string_view> not_stems) -> std::optional<std::string> {
    // The latest modification: its instant among those that give a time
    // and a zone, and its day among those, and among the others.
    constexpr long long kOneSaveSeconds = 60;
    long long latest_instant = 0;
    int latest_zoned_day = 0, latest_day = 0;
    bool any_zoned = false, any_other = false, others_read = false;
    for (const MetaTag& m : c.metas) {
      bool hit = false, bad = false;
      for (std::string_view st : stems) hit |= m.key.find(st) != std::string::npos;
      if (!hit || IsModificationMetaKey(m.key)) continue;
      for (std::string_view st : not_stems) bad |= m.key.find(st) != std::string::npos;
      if (bad) continue;
      if (auto d = NormalizeDate(m.value, today, date_order, date_zone)) {
        if (!others_read) {
          others_read = true;
          for (const MetaTag& o : c.metas) {
            if (!IsModificationMetaKey(o.key)) continue;
            const ParsedDate od = ParseDate(o.value, date_order);
            if (!od.valid()) continue;
            if (od.hour >= 0 && od.has_tz) {
              latest_instant = any_zoned ? std::max(latest_instant, UtcSeconds(od)) : UtcSeconds(od);
              latest_zoned_day = any_zoned ? std::max(latest_zoned_day, DayNumber(od)) : DayNumber(od);
              any_zoned = true;
            } else {
              latest_day = any_other ? std::max(latest_day, DayNumber(od)) : DayNumber(od);
              any_other = true;
            }
          }
        }
        if (any_zoned || any_other) {
          const ParsedDate pd = ParseDate(m.value, date_order);
          const int day = DayNumber(pd);
          const bool after_zoned = !any_zoned || (pd.hour >= 0 && pd.has_tz ? UtcSeconds(pd) - latest_instant > kOneSaveSeconds
                                                                            : day - latest_zoned_day > 1);
          const bool after_other = !any_other || day - latest_day > 1;
          if (after_zoned && after_other) continue;
        }
        date_src = "meta:" + std::string(m.key);
        return d;
      }
    }
    return std::nullopt;
  };
  // The first modification meta's value, as written.
  auto first_modified_meta = [&]() -> std::string_view {
    for (std::string_view k : kModifiedMeta)
      if (std::string_view v = c.Meta(k); !v.empty()) return v;
    return {};
  };
  // A reply item's date, for a page that is no story or product (whose
  // comments are its readers'): DateFromContent's last resort.
  if (c.reply_date_meta && std::string_view(a->page_type) != "article" && std::string_view(a->page_type) != "product")
    if (auto d = NormalizeDate(c.reply_date, today, date_order, date_zone)) {
      out->reply_date = std::move(*d);
      out->reply_date_node = c.reply_date_meta;
    }
  std::optional<std::string> published = ld_date("datePublished");
  if (!published) published = first_date(kPublishedMeta, std::size(kPublishedMeta));
  if (!published) published = fuzzy_meta_date({"publish", "pubdate", "issued", "created"}, {"expir"});
  if (!published) {
    // A meta named just "...date" ("ms.date", "article-date").
    for (const MetaTag& m : c.metas) {
      const std::string_view k = m.key;
      // (Nor, on a product's page, its "releaseDate": when the product
      // came to market, schema.org's Product property, not the page's.)
      if (k.size() < 4 || k.substr(k.size() - 4) != "date" || IsModificationMetaKey(k) ||
          k.find("expir") != std::string_view::npos || k.find("review") != std::string_view::npos ||
          ((k == "releasedate" || k.ends_with(":releasedate")) && std::string_view(a->page_type) == "product"))
        continue;
      if (auto d = NormalizeDate(m.value, today, date_order, date_zone)) {
        published = d;
        date_src = "meta:" + std::string(m.key);
        break;
      }
    }
  }
  if (!published) published = itemprop_date({"datePublished", "dateCreated"});
  if (!published) published = ld_date("dateCreated");
  // A Q&A page's day is its question's, the page's main entity
  // ({"@type": "QAPage", "mainEntity": {"@type": "Question",
  // "dateCreated": ...}}), as its author is (see the authors above): the
  // answers' stamps shown under it are replies' days.
  if (!published && art && HasType(*art, "QAPage"))
    if (const JsonValue* q = c.Resolve(art->Get("mainEntity")); q && q->is_object() && HasType(*q, "Question")) {
      std::string v = JsonText(c.Resolve(q->Get("dateCreated")));
      if (v.empty()) v = JsonText(c.Resolve(q->Get("datePublished")));
      if (!v.empty())
        if (auto d = NormalizeDate(v, today, date_order, date_zone)) {
          published = std::move(d);
          date_src = "json-ld";
        }
    }
  // A video's page: the day the video was uploaded (schema.org VideoObject
  // has uploadDate where an article has datePublished). Only when the video
  // is all the structured data describes: a product's or a story's clip
  // was uploaded on its own day, and a list's videos (an ItemList of
  // episodes, a channel's uploads) on theirs.
  if (!published && art && HasType(*art, "VideoObject") && std::string_view(a->page_type) != "product" &&
      std::string_view(a->page_type) != "listing") {
    bool video_only = true;
    for (const JsonLdType& t : c.object_types)
      if (!t.Is("VideoObject") && t.Matches(kArticleTypes, std::size(kArticleTypes))) video_only = false;
    if (video_only)
      if (std::string v = JsonText(c.Resolve(art->Get("uploadDate"))); !v.empty())
        if ((published = NormalizeDate(v, today, date_order, date_zone))) date_src = "json-ld";
  }
  // A job posting's day: schema.org JobPosting gives datePosted where an
  // article gives datePublished. (An Event's startDate is the day it
  // happens, never the page's date.)
  if (!published)
    for (size_t i = 0; i < c.objects.size() && !published; ++i)
      if (c.object_types[i].Is("JobPosting"))
        if (std::string v = JsonText(c.Resolve(c.objects[i]->Get("datePosted"))); !v.empty())
          if ((published = NormalizeDate(v, today, date_order, date_zone))) date_src = "json-ld";
  // The <article> that holds the headline (6 levels up at most), and
  // where it ends.
  const Node* head_article = nullptr;
  uint32_t head_article_end = 0;
  if (out->headline) {
    int depth = 0;
    for (const Node* p = out->headline->parent; p && depth < 6 && !head_article; p = p->parent, ++depth)
      if (p->Is(TagId::kArticle)) head_article = p;
    if (head_article) head_article_end = LastDescendantId(head_article);
  }
  auto in_head_article = [&](const Node* n) {
    return head_article && n->id >= head_article->id && n->id <= head_article_end;
  };
  // The first <time> the passes below found labelled an update.
  const Node* update_time = nullptr;
  // The <time> that gave the publication (date_src "time"): where the
  // update beside it is looked for.
  const Node* published_time = nullptr;
  if (!published) {
    // <time datetime> near the headline (pubdate attribute first), one in
    // the header right under the headline before one around it (a sidebar's
    // list of news above the story stamps each item with a <time>).
    // A <time> outside the headline's <article> is passed over, but when
    // the article holds none of its own a stamp in the box right before or
    // after it, not a teaser card's, is the story's ("<div
    // class=post-meta><time>" before "<article><h1>").
    bool article_timed = false;
    for (const Node* t : c.times)
      if ((article_timed = in_head_article(t))) break;
    const Node* before_article = nullptr;
    const Node* after_article = nullptr;
    if (head_article && !article_timed) {
      int steps = 8;
      for (const Node* s = head_article->prev(); s && steps-- > 0 && !before_article; s = s->prev())
        if (s->is_element()) before_article = s;
      steps = 8;
      for (const Node* s = head_article->next; s && steps-- > 0 && !after_article; s = s->next)
        if (s->is_element()) after_article = s;
    }
    auto beside_article = [&](const Node* t) {
      int levels = 4;
      for (const Node* p = t; p && p->is_element() && levels-- > 0; p = p->parent)
        if (p == before_article || p == after_article) return !InTeaserCard(t, &own_heading);
      return false;
    };
    // A stamp just above the headline is the one the second pass takes.
    const Node* above = out->headline ? StampAboveHeadline(c.times, out->headline) : nullptr;
    // WordPress writes the publication and the update side by side
    // ("<time class='entry-date published'>...<time class='updated'>"):
    // where one <time> is classed published, one classed only as an update
    // dates the update. Only the story's own <time> counts: in the
    // headline's article (near the headline when no article holds it),
    // outside replies and related boxes (a sidebar's "Recent Posts" or a
    // comment classes its stamp "published" too).
    bool published_classed = false;
    for (const Node* t : c.times)
      if ((published_classed = IsPublishStampClass(t->Attr("class")) &&
                               (head_article ? in_head_article(t)
                                             : !out->headline || (t->id + 200 > head_id && t->id < head_id + 600)) &&
                               !InRepliesSection(t, hints) && !InRelatedSection(t, hints)))
        break;
    // (On an event's page, a concert's tickets (event_undated), the plain
    // <time>s give when the event happens, not when the page was written;
    // a <time> that says it is the publication's, by its pubdate attribute
    // or its class, is read still.)
    for (int pass = 0; pass < 3 && !published && !(out->event_undated && pass >= 1 && !published_classed); ++pass)
      for (const Node* t : c.times) {
        if (pass == 0 && !t->HasAttr("pubdate")) continue;
        if (t == update_time) continue;
        if (pass == 1 && (above ? t != above
                                : !(out->headline && t->id > head_id && t->id <= head_id + kHeaderStampSpan) ||
                                      IsCaptionTime(t)))
          continue;
        if (pass == 2 && out->headline && !(t->id + 200 > head_id && t->id < head_id + 600)) continue;
        // (With no headline, a <time> before the heading that gives the
        // title sits in the site's header: a forum software's clock, "the
        // time now", in its user box; the story's own stamp follows its
        // heading. Threads aside: their sidebar dates the post too.)
        // Only a <time> outside the heading's own box (its <article> or
        // <section>, else its parent block) or in a <header>, <nav> or a
        // user or masthead box: a post's stamp just above its <h2>, in the
        // same box, is the post's.
        // (On a thread, a <time> before the first poster's name too: no
        // post's sidebar dates it, Simple Machines' user box shows the time
        // now over the thread's heading.)
        if (pass == 2 && !out->headline && anchor &&
            (std::string_view(a->page_type) != "forum" || (!c.poster_nodes.empty() && t->id < c.poster_nodes.front()->id)) &&
            t->id < anchor->id && IsHeaderClock(t, anchor, c.body, hints))
          continue;
        // (Around the headline, a box of related stories dates them, and
        // so does a <time> outside the headline's <article>: a sidebar's,
        // the cards of more stories after a short one.)
        if (pass == 2 && InRelatedSection(t, hints)) continue;
        // (Nor one in a sidebar's block of news beside a course's page,
        // each item dated: InComplementaryBox; nor one of a row of cards,
        // InStampedCardRow, even a <time pubdate>: a podcast's episodes
        // each mark theirs so.)
        if ((pass >= 1 && InComplementaryBox(t, out->headline)) ||
            (std::string_view(a->page_type) != "forum" && InStampedCardRow(t, out->headline)))
          continue;
        if (pass >= 1 && head_article && std::string_view(a->page_type) != "forum" && !in_head_article(t) &&
            (article_timed || !beside_article(t)))
          continue;
        if (pass >= 1 && published_classed && IsUpdateStampClass(t->Attr("class"))) continue;
        // (Nor one whose microdata says what day it gives: a course's or an
        // event's start, an offer's end.)
        if (pass >= 1 && IsNonPublicationTime(t)) continue;
        // (A review's or a comment's stamp under a product or a story dates
        // that reply: a shop's page shows no publication day.)
        if (pass >= 1 && std::string_view(a->page_type) != "forum" && InRepliesSection(t, hints)) continue;
        // (Nor, on a page that is no article, a listed teaser's: an
        // archive's card dates its own post. On an article a <time> in a
        // link is the story's permalinked stamp, WordPress's "Posted on".)
        if (list_page && !(t->parent && t->parent->Is(TagId::kA)) &&
            (InTeaserCard(t, &own_heading) || (pass >= 1 && InRepeatedTeaserCard(t))))
          continue;
        // (Nor, on an undeclared page with no article around its headline,
        // one of a row of cards each under a heading that links to its
        // post: a list's, "<div class=views-row><article><time>...<h2><a
        // href=/post>".)
        if (pass >= 1 && !head_article && !list_page && std::string_view(a->page_type) == "page" &&
            InRepeatedTeaserCard(t))
          continue;
        // (A <time> its line labels an update, "Updated <time>" or
        // "<span>Updated</span> | <time>", dates the update, whatever its
        // class says: WordPress themes class the shown update "entry-date
        // published updated". Kept for the modification.)
        if (pass >= 1 && IsUpdateLabelledTime(t)) {
          if (!update_time) update_time = t;
          continue;
        }
        std::string_view v = t->Attr("datetime");
        std::string text;
        if (v.empty()) {
          text = CollapsedText(t, 200);
          v = text;
        }
        if (auto d = NormalizeDate(v, today, date_order, date_zone)) {
          published = d;
          date_src = "time";
          published_time = t;
          break;
        }
      }
  }
  if (!published) {
    // A stamp that forum and app software keeps in an attribute while it
    // shows "2 days ago" or nothing: GitHub's <relative-time datetime>,
    // Discourse's data-time (milliseconds), XenForo's data-time,
    // data-timestamp and data-utime (Unix seconds) on a post's header. The
    // first one from the headline on, outside replies (a thread's date is
    // its opening post's). (Read in a window of kAttrStampNodes nodes.)
    constexpr int kAttrStampNodes = 400;
    int budget = kAttrStampNodes;
    const Node* root = doc.root();
    for (const Node* n = anchor ? HeadlineWindowStart(anchor, root) : c.body; n && budget-- > 0 && !published;
         n = NextInTree(n, root)) {
      if (!n->is_element() || !n->num_attrs) continue;
      std::optional<std::string> d;
      if (n->Is(TagId::kUnknown) && (n->data == "relative-time" || n->data == "local-time")) {
        d = NormalizeDate(n->Attr("datetime"), today, date_order, date_zone);
      } else if (HasDataAttr(n)) {
        for (size_t i = 0; i < kNumEpochStampAttrs; ++i) {
          const std::string_view attr = kEpochStampAttrs[i];
          const std::string_view v = n->Attr(attr);
          if (v.empty()) continue;
          if (const ParsedDate p = ParseEpochStamp(v); p.valid()) d = NormalizeDate(p.ToIso(), today, date_order, date_zone);
          break;
        }
        for (size_t i = 0; i < kNumPublishStampAttrs && !d; ++i) {
          const std::string_view v = n->Attr(kPublishStampAttrs[i]);
          if (v.empty() || !StoryPublishStampHolder(n, anchor, head_article, hints)) continue;
          const ParsedDate p = ParseEpochStamp(v);
          d = p.valid() ? NormalizeDate(p.ToIso(), today, date_order, date_zone) : NormalizeDate(v, today, date_order, date_zone);
          break;
        }
      }
      // A thread's post shows its age ("3 hours ago") and keeps its day in
      // a tooltip: a title attribute, or a tooltip library's
      // (kTooltipDateAttrs: "2025-03-09T14:12:40 1741529560", "Monday,
      // September 8th 2025, 7:15:22 PM"). The tooltip's first word alone
      // when the whole does not read as a date (a stamp then its Unix
      // seconds).
      if (!d && std::string_view(a->page_type) == "forum") {
        for (size_t i = 0; i < kNumTooltipDateAttrs && !d; ++i) {
          const std::string_view v = Trim(n->Attr(kTooltipDateAttrs[i]));
          if (v.empty() || v.size() > kTooltipDateMaxBytes) continue;
          if (!ShowsPostAge(CollapsedText(n, kTooltipDateMaxBytes))) break;
          d = NormalizeDate(v, today, date_order, date_zone);
          if (!d && v.find(' ') != std::string_view::npos) d = NormalizeDate(v.substr(0, v.find(' ')), today, date_order, date_zone);
        }
      }
      // (A thread links each post's stamp to the post: no teaser card.)
      if (d && !InRepliesSection(n, hints) && (std::string_view(a->page_type) == "forum" || !InTeaserCard(n, &own_heading))) {
        published = d;
        date_src = "stamp-attr";
      }
    }
  }
  // A visible date stamp near the headline: "Dec 26, 2025", "Last
  // modified: August 08, 2023", a date-classed span in the byline. The first
  // plain stamp, and the first one that says it is an update.
  // (Read once: three rules below ask for it.)
  struct VisibleStamps {
    std::optional<std::string> stamped, updated;
    bool stamped_in_cell = false;  // the plain stamp is a table cell's
    const Node* stamped_node = nullptr;
    // The buffer each element's line is read into (200 bytes,
    // kDateLineMaxNodes nodes); it keeps the stamped node's line when
    // `stamped_line_read` (the stamp was read from that line), so that
    // IsHeaderDateLine does not collapse the node again.
    std::string line;
    bool stamped_line_read = false;
    // Where the reading stopped (it goes on from there when asked for more).
    const Node* resume = nullptr;
    int budget = 250;
    // Where the element last read as an update stamp ends: its part that
    // gives the same date ("<div>Last updated: <span class=date>April 1,
    // 2025</span></div>") is that update, not a plain stamp of its own
    // (a part with another date is: "<div><span>May 2, 2022</span>
    // <span>Updated: June 3, 2024</span></div>").
    uint32_t update_end = 0;
    // The update shown beside the plain stamp (UpdateStampBeside).
    std::optional<std::string> update_beside;
    // Whether a run of prose was read after the headline (a relative line
    // after it is a reply's age, no stamp of the story).
    bool prose_after_headline = false;
  };
  std::optional<VisibleStamps> stamps_read;
  // The stamps read as far as node id `until` at least (a rule that looks
  // right under the headline only reads no further).
  auto visible_stamps = [&](uint32_t until = UINT32_MAX) -> const VisibleStamps& {
    if (!stamps_read) {
      const Node* start = HeadlineWindowStart(anchor, doc.root());
      // (On a thread, from the start of the post the headline heads.)
      if (std::string_view(a->page_type) == "forum")
        if (const Node* post = PostHoldingHeadline(anchor); post && post->id < start->id) start = post;
      stamps_read.emplace().resume = start;
    }
    VisibleStamps& v = *stamps_read;
    std::optional<std::string>& stamped = v.stamped;
    std::optional<std::string>& updated = v.updated;
    std::string& text = v.line;  // (one buffer for the stamps read)
    std::string shown;           // (and one for a relative stamp's shown text)
    // (A code block's dates are its code's, a documented call's
    // argument, "parse(\"3. Okt. 2025\")": its subtree is passed over.)
    // (Skipped whole: its nodes spend none of the walk's budget, which a
    // documentation page's code blocks ate before the page's own stamp.)
    for (const Node* n = v.resume; n && !stamped;
         n = n->is_element() && n->Is(TagId::kPre) ? NextSkippingChildren(n, doc.root()) : NextInTree(n, doc.root())) {
      v.resume = n;
      if (n->id > until) return v;
      if (n->is_element() && n->Is(TagId::kPre)) continue;
      if (v.budget-- <= 0) {
        v.resume = nullptr;
        break;
      }
      // A date set as loose text right after the title, in no element
      // of its own ("<legend>Title</legend> 20 December 2025 <div
      // class=body>"): its parent holds the body too, so no block reads it.
      // Only after a block that shows the title (a plain template's
      // <legend> or <p>): an event's page sets its date loose after its
      // <h1> ("<h1>Jazz Night</h1> 14 June 2026 <div>"), and that date is
      // when it happens. Nor on a page that declares an Event, nor when
      // what follows tells of one ("Doors open", "Tickets", "7pm").
      if (n == anchor && anchor_shows_title && !declares_event)
        if (const Node* t = LooseTextAfter(n)) {
          const std::string_view line = Trim(t->data);
          if (line.size() <= kLooseDateMaxBytes && IsDateLine(line) && !EventDetailsAfter(t))
            if (std::optional<std::string> d = NormalizeDate(line, today, date_order, date_zone)) {
              stamped = d;
              v.stamped_node = t->parent;
              break;
            }
        }
      if (explicit_reference && n->is_text() && anchor && n->data.size() > kRelativeLineMaxProseBefore &&
          n->id > anchor->id)
        v.prose_after_headline = true;
      if (!n->is_element() || n->Is(TagId::kA)) continue;
      // (A <time> whose microdata names a start or an end, "startDate",
      // shows that day, no publication's.)
      if (IsNonPublicationTime(n)) continue;
      const uint32_t h = hints[n];
      const bool hinted = h & (kHintDate | kHintByline);
      // (An italic line is a stamp too: a mail archive's message sets its
      // date so, "<i>Sun Apr 13 18:02:11 UTC 2025</i>" under the subject.)
      if (!hinted && !IsBlockTag(n->tag) && !n->Is(TagId::kTime) && !n->Is(TagId::kSpan) && !n->Is(TagId::kI) &&
          !n->Is(TagId::kEm))
        continue;
      // A container's date sits in one of its blocks: look there. But a
      // post's stamp set loose at the start of its list item, before the
      // poster's box and the text's blocks ("<li class=postcontainer>
      // 03-07-2023, 09:14 AM<div class=userinfo><a class=username>..."),
      // is in no block. Only in an item that names its poster.
      if (!hinted && HasBlockChild(n)) {
        if (n->Is(TagId::kLi))
          if (const Node* t = LooseStampOpeningPost(n, hints))
            if (std::optional<std::string> d = NormalizeDate(Trim(t->data), today, date_order, date_zone)) {
              stamped = d;
              v.stamped_node = n;
              break;
            }
        continue;
      }
      // A date-classed element that shows the time relatively ("2 days
      // ago", "Yesterday") gives the date in its title, as timeago scripts
      // print it ("<span class=post-date title=2025-12-18>2 days ago</span>").
      // Without a title, it is counted back from the reference day when
      // the caller gave one (a crawl's date: "today" is no page's date).
      // (A stamp is a few nodes: its text is read from 16 at most.)
      // (The shown text is read once, the card test made once, and the
      // title parsed only when the text is relative.)
      // (So does a <time> element, a date by its tag, with no datetime:
      // "<time title='November 3, 2025'>3 days ago</time>"; not in a
      // comment section, off a thread: that dates a reply.)
      if ((hinted || (n->Is(TagId::kTime) && n->Attr("datetime").empty() &&
                      (std::string_view(a->page_type) == "forum" || !InRepliesSection(n, hints)))) &&
          !(h & kHintByline)) {
        // (A timeago element that shows nothing until its script runs,
        // "<relative-time datetime=...></relative-time>", "<x-timeago
        // ts=...>", gives the moment in its machine attribute.)
        const std::string_view machine = MachineStampAttr(n);
        const std::string_view title = machine.empty() ? Trim(n->Attr("title")) : machine;
        const bool titled = title.size() >= 8 && title.size() <= 64 && HasAsciiDigit(title);
        if ((titled || explicit_reference) && CollapsedTextInto(n, 64, 16, &shown) &&
            !InTeaserCard(n, &own_heading)) {
          // (So does the microformats' abbr pattern, "<abbr class=published
          // title=2024-03-12T10:15:00+01:00>10:15 AM</abbr>": hAtom themes.)
          if (titled && (IsRelativeTimeText(shown) || (!machine.empty() && Trim(shown).empty()) ||
                         (n->Is(TagId::kAbbr) && !IsUpdateStampClass(n->Attr("class")))))
            if (std::optional<std::string> d = NormalizeDate(title, today, date_order, date_zone)) {
              stamped = d;
              v.stamped_node = n;
              break;
            }
          // (A day shown without its year, "Nov 3", whose tooltip gives the
          // whole date, "November 3, 2025 at 10:14 AM": the tooltip's, when
          // it names the same day. An update's stamp is read below.)
          if (titled && !IsUpdateStamp(shown))
            if (std::optional<std::string> d = NormalizeDate(title, today, date_order, date_zone);
                d && ShowsDayWithoutYear(shown, ParseDate(*d), date_order)) {
              stamped = d;
              v.stamped_node = n;
              break;
            }
          if (explicit_reference)
            if (const int back = RelativeTimeDaysBack(shown); back >= 0) {
              stamped = DaysBefore(today, back).ToIso();
              v.stamped_node = n;
              break;
            }
        }
      }
      const TextScan scan = ScanText(n, 400, /*find_digit=*/true, kDateLineMaxNodes);
      if (!scan.digit || scan.over) continue;  // (raw bytes: spaces not collapsed yet)
      // (Without a <time> whose microdata names a start or an end: "Starts:
      // <time itemprop=startDate>" in a course's date line.)
      if (!CollapsedTextInto(n, 200, kDateLineMaxNodes, &text, IsNonPublicationTime) || text.empty() ||
          text.size() > 160)
        continue;
      // (On a thread, a poster's statistic dates the member, not the post:
      // see DatesTheMember.)
      if (a->page_type == "forum" && DatesTheMember(n, text)) continue;
      // (The date read: the line, or its part that is a stamp.)
      std::string_view date_text = text;
      // "Dec 26, 2025 • Jane Doe": a date stamp among byline parts.
      if (!hinted && !IsDateLine(date_text)) {
        std::string_view part = DateLinePart(date_text);
        // A line right under the headline that only tells the story's age
        // ("3 hours ago", "vor 2 Tagen", "il y a 3 jours", "Posted 2 days
        // ago"), in no date-classed element: counted back from the
        // reference day the caller gave (never from today), as a
        // date-classed one is above.
        if (part.empty() && explicit_reference && anchor && n->id > anchor->id && !v.prose_after_headline &&
            n->id - anchor->id <= kRelativeLineMaxNodesAfterHeadline && date_text.size() <= kLooseDateMaxBytes)
          if (const int back = RelativeTimeDaysBack(date_text); back >= 0 && !InTeaserCard(n, &own_heading) &&
                                                           !InRepliesSection(n, hints) && !InRelatedSection(n, hints) &&
                                                           !InPageFurniture(n, hints, anchor)) {
            stamped = DaysBefore(today, back).ToIso();
            v.stamped_node = n;
            break;
          }
        if (part.empty() || (IsPlaceDateLine(date_text) && !MayBeDateline(n))) continue;
        date_text = part;
      }
      // A teaser card's date (in a link, beside a linked heading) dates
      // another story; a review's or a comment's, that reply (on a thread
      // the replies are the page).
      // (So does one in a box of related stories.)
      // (Nor one of the page's furniture: a copyright footer's, a sidebar
      // widget's.)
      if (InTeaserCard(n, &own_heading) || (std::string_view(a->page_type) != "forum" && InRepliesSection(n, hints)) ||
          InRelatedSection(n, hints) || InPageFurniture(n, hints, anchor) || InComplementaryBox(n, anchor) ||
          (std::string_view(a->page_type) != "forum" && InStampedCardRow(n, anchor)))
        continue;
      std::optional<std::string> d = NormalizeDate(date_text, today, date_order, date_zone);
      if (!d) continue;
      // A cell of a table whose next or previous row holds a date in the
      // same column dates a listed row (a version history, a list of
      // topics), not the page.
      if (n->Is(TagId::kTd) && DatedColumnBeside(n, today, date_order, date_zone, &shown)) continue;
      // (Nor a date in a headed data table's cell: a documented result, a
      // row's day.)
      if (InHeadedTableCell(n)) continue;
      // (Nor one in a review's or an event's box: asked of a date only, its
      // walk up the tree is the dearer test.)
      if (std::string_view(a->page_type) != "forum" && InReviewOrEventBox(n, std::string_view(a->page_type) == "product")) continue;
      if (n->id < v.update_end && d == updated) continue;
      if (IsExpiryStamp(date_text)) continue;
      // (A shop's label; not looked for on an article.)
      if (std::string_view(a->page_type) != "article" && CatalogueDated(n, text, &shown)) continue;
      // A box around both stamps ("Published Apr 26, 2023 Updated Aug 21,
      // 2025", "Jan 5, 2024, updated Feb 6") whose date read stands before
      // the update cue: that date is the publication's, the cue names the
      // next one.
      // (Or a date element labelled an update's by the element before it,
      // UpdateLabelledStamp; or one classed an update's or a revision's,
      // the label only an icon's tooltip: MkDocs' "<span class=md-icon
      // title='Last update'></span><span class=git-revision-date-localized-
      // plugin-date>March 14, 2025</span>".)
      bool is_update = IsUpdateStamp(date_text) || UpdateClassedStamp(n) || UpdateLabelledStamp(n);
      if (is_update) {
        const size_t cue = UpdateCueAt(date_text);
        const size_t first_digit = date_text.find_first_of("0123456789");
        if (cue != std::string::npos && first_digit < cue && NormalizeDate(date_text.substr(0, cue), today, date_order, date_zone) == d)
          is_update = false;
      }
      // One line that gives the update, then the publication ("Updated:
      // March 20, 2024 | Published: March 12, 2024"): the date after the
      // publication cue is the stamp.
      if (is_update)
        if (const size_t pub = PublishedCueAt(date_text); pub != std::string::npos && pub > UpdateCueAt(date_text))
          if (std::optional<std::string> p = NormalizeDate(std::string_view(date_text).substr(pub), today, date_order, date_zone);
              p && p != d) {
            if (!updated) updated = d;
            d = std::move(p);
            is_update = false;
          }
      if (is_update) {
        if (!updated) updated = d;
        // (Its last descendant: a stamp is a few nodes, kDateLineMaxNodes
        // at most, so the chain down is as short.)
        const Node* last = n;
        for (size_t down = 0; last->last_child() && down < kDateLineMaxNodes; ++down) last = last->last_child();
        v.update_end = last->id + 1;
      } else {
        stamped = d;
        v.stamped_in_cell = n->Is(TagId::kTd) || n->Is(TagId::kTh);
        v.stamped_node = n;
        v.stamped_line_read = true;
        // (Kept apart: the rules below weigh an update read before the
        // stamp; the one beside it only dates the modification.)
        v.update_beside = UpdateStampBeside(n, date_text, today, date_order, date_zone, &shown);
      }
    }
    v.resume = nullptr;  // read to the end of its window
    return v;
  };
  // JSON-LD whose datePublished repeats dateModified to the second was
  // stamped at the last save: a visible stamp of an earlier day (a
  // "Published" line, a <time pubdate>) tells the first publication.
  if (published && std::string_view(date_src) == "json-ld" && anchor) {
    const std::string pub_raw = JsonText(ld("datePublished"));
    if (!pub_raw.empty() && pub_raw == JsonText(ld("dateModified"))) {
      const VisibleStamps& shown_ = visible_stamps();
      const auto& stamped = shown_.stamped;
      const auto& updated = shown_.updated;
      // (A shown update of an earlier day is nearer the publication too.)
      const std::optional<std::string>& shown = stamped ? stamped : updated;
      if (shown && shown->compare(0, 10, *published, 0, 10) < 0) {
        published = shown;
        date_src = "date-stamp(json-ld repeats dateModified)";
      }
    }
  }
  // JSON-LD and OpenGraph that declare two publication days: the one the
  // header shows (as a stamp or as the update) is the page's; the other is
  // left from an earlier edition or copied from another system.
  if (published && std::string_view(date_src) == "json-ld" && anchor) {
    std::string_view og = c.Meta("article:published_time");
    if (og.empty()) og = c.Meta("og:article:published_time");
    const ParsedDate pub = ParseDate(*published), og_day = ParseDate(og);
    if (pub.valid() && og_day.valid() && DayNumber(pub) != DayNumber(og_day)) {
      const VisibleStamps& shown = visible_stamps();
      auto shows = [&](const std::optional<std::string>& s) {
        const ParsedDate d = s ? ParseDate(*s) : ParsedDate();
        return d.valid() && DayNumber(d) == DayNumber(og_day);
      };
      if (shows(shown.stamped) || shows(shown.updated)) {
        if (auto d = NormalizeDate(og, today, date_order, date_zone)) {
          published = d;
          date_src = "meta:article:published_time(shown, over json-ld)";
        }
      }
    }
  }
  // A publication date that only schema.org declares (JSON-LD, microdata or
  // a "datePublished" meta; no OpenGraph article:published_time beside it)
  // while the header shows a later date, marked as an update or on
  // dateModified's day, and not the published day: the page was reissued
  // under that date (a refreshed guide), and the schema field kept the first
  // draft's. Forum threads aside: their header date is the last reply's;
  // news reports too: their news is as old as it was when reported.
  if (published && anchor && std::string_view(a->page_type) != "forum" &&
      !(art && TypeMatches(*art, kNewsTypes, std::size(kNewsTypes))) &&
      (std::string_view(date_src) == "json-ld" || std::string_view(date_src) == "itemprop" || std::string_view(date_src) == "meta:datepublished") &&
      c.Meta("article:published_time").empty() && c.Meta("og:article:published_time").empty()) {
    const VisibleStamps& shown_ = visible_stamps();
    const auto& stamped = shown_.stamped;
    const auto& updated = shown_.updated;
    std::string modified_raw = JsonText(ld("dateModified"));
    if (modified_raw.empty()) modified_raw = std::string(c.Meta("datemodified"));
    const ParsedDate pub = ParseDate(*published), mod = ParseDate(modified_raw);
    auto day_of = [](const std::optional<std::string>& s) { return s ? ParseDate(*s) : ParsedDate(); };
    const ParsedDate st = day_of(stamped), up = day_of(updated);
    auto same_day = [](const ParsedDate& x, const ParsedDate& y) {
      return x.valid() && y.valid() && DayNumber(x) == DayNumber(y);
    };
    const ParsedDate shown = up.valid() ? up : same_day(st, mod) ? st : ParsedDate();
    if (shown.valid() && !same_day(st, pub) && LaterDay(shown, pub)) {
      published = up.valid() ? updated : stamped;
      date_src = "date-stamp(update over schema.org datePublished)";
    }
  }
  // A publication date from meta or JSON-LD that the header does not show:
  // the header's plain stamp (no update cue) is a day of its own, more than
  // a day from the declared publication and apart from the declared
  // modification (so neither the same stamp in another time zone nor the
  // last update). Before the declared day, the declared one is a CMS's own
  // later time (a migration, an import, a re-save); after it, the page was
  // reissued under the shown day (a refreshed guide whose template prints
  // its new date as its only stamp) and the declared one is the first
  // draft's. Either way the shown date is the one the page gives its
  // readers. Forum threads aside (their header shows the last reply), and a
  // table's cell is data, no stamp.
  if (published && anchor && std::string_view(a->page_type) != "forum" &&
      (std::string_view(date_src) == "json-ld" || std::string_view(date_src) == "itemprop" || date_src.rfind("meta:", 0) == 0)) {
    // (Right under the headline: read no further than that.)
    const uint32_t header_end = anchor->id + kHeaderStampSpan;
    const VisibleStamps& shown = visible_stamps(header_end);
    const ParsedDate st = shown.stamped ? ParseDate(*shown.stamped) : ParsedDate();
    std::string line;
    if (st.valid() && shown.stamped_node && shown.stamped_node->id <= header_end && !shown.stamped_in_cell &&
        IsHeaderDateLine(shown.stamped_node, hints, shown.stamped_line_read ? &shown.line : nullptr, &line)) {
      std::string modified_raw = JsonText(ld("dateModified"));
      if (modified_raw.empty()) modified_raw = std::string(first_modified_meta());
      const ParsedDate pub = ParseDate(*published), mod = ParseDate(modified_raw);
      // (Nor the same day read the other way round: "09.10.2024" is
      // September 10 on a page that writes months first.)
      ParsedDate swapped = st;
      std::swap(swapped.day, swapped.month);
      // (A time in UTC a day from the shown day is the same moment only
      // where some zone shows that day, LocalDayOfUtcStamp: "22:02Z" on
      // the 19th is the 18th nowhere.)
      auto apart = [&](const ParsedDate& x, bool utc) {
        if (!x.valid()) return true;
        if (swapped.month <= 12 && DayNumber(x) == DayNumber(swapped)) return false;
        const int days = std::abs(DayNumber(x) - DayNumber(st));
        if (utc && days == 1) return !LocalDayOfUtcStamp(x, st);
        return days > 1;
      };
      auto in_utc = [&](std::string_view raw) {
        const std::optional<std::string> iso = NormalizeDate(raw, today, date_order, date_zone);
        return iso && iso->size() > 10 && iso->back() == 'Z';
      };
      // (Never a day after the reference day: no page was published then.
      // A news report's later stamp is its update: its news is as old as
      // the day it was reported.)
      const bool news = art && TypeMatches(*art, kNewsTypes, std::size(kNewsTypes));
      // (A later day from a stamp marked as one only, a <time> or a date-
      // or byline-classed element, and months later (kMinReissueDays): a
      // plain paragraph's day under the headline is an event's the story
      // tells of, "Saturday, April 12"; a byline's day two weeks on, an
      // update.)
      const Node* sn = shown.stamped_node;
      const bool marked = sn->Is(TagId::kTime) || (hints[sn] & (kHintDate | kHintByline)) ||
                          (sn->parent && sn->parent->is_element() && (hints[sn->parent] & (kHintDate | kHintByline)));
      const bool later = LaterDay(st, pub);
      const bool reissued = marked && DayNumber(st) - DayNumber(pub) >= kMinReissueDays;
      if (pub.valid() && apart(pub, in_utc(*published)) && apart(mod, in_utc(modified_raw)) &&
          !LaterDay(st, today) && !(news && later) &&
          !(later && !reissued)) {
        published = shown.stamped;
        date_src = "date-stamp(shown, not the declared days)";
      }
    }
  }
  // (Not on an event's page: its shown days are the event's, event_undated.)
  if (!published && anchor && !out->event_undated) {
    const VisibleStamps& shown_ = visible_stamps();
    const auto& stamped = shown_.stamped;
    const auto& updated = shown_.updated;
    published = stamped ? stamped : updated;
    date_src = "date-stamp";
    out->shown_stamp = stamped.has_value();  // a published stamp, not an update's
  }
  // With no date yet: hAtom's stamp under the post, where the header's walk
  // does not reach (Blogger, older blog themes: "<abbr class=published
  // title=2025-04-15T18:30:00+02:00>18:30</abbr>" in the post's footer),
  // else a blog's day heading over the post ("<h2 class=date-header>wtorek,
  // 15 kwietnia 2025</h2>"). One of each on the page only: an index of
  // posts repeats them. (The date-classed elements the collector kept.)
  if (!published && std::string_view(a->page_type) != "forum") {
    const Node* abbr = nullptr;
    const Node* day = nullptr;
    int abbrs = 0, days = 0;
    for (const Node* d : c.date_nodes) {
      if (d->Is(TagId::kAbbr) && IsPublishStampClass(d->Attr("class"))) {
        abbr = d;
        ++abbrs;
      } else if (IsDayHeaderClass(d->Attr("class"))) {
        day = d;
        ++days;
      }
    }
    if (abbrs == 1)
      if (std::optional<std::string> d = NormalizeDate(Trim(abbr->Attr("title")), today, date_order, date_zone)) {
        published = d;
        date_src = "hatom-abbr";
      }
    std::string line;
    std::string_view shown;
    if (!published && days == 1 && CollapsedTextInto(day, 200, kDateLineMaxNodes, &line) && line.size() <= 100) {
      // (Its weekday first, in any language: "wtorek, 15 kwietnia 2025".)
      shown = Trim(line);
      if (const size_t comma = shown.find(", "); comma != std::string_view::npos && comma <= 24 &&
          !HasAsciiDigit(shown.substr(0, comma)))
        shown = Trim(shown.substr(comma + 2));
    }
    if (!shown.empty() && IsDateLine(shown))
      if (std::optional<std::string> d = NormalizeDate(shown, today, date_order, date_zone)) {
        published = d;
        date_src = "day-header";
      }
  }
  const std::string_view page_url =
      !url.empty() ? url : !canonical_for_dates.empty() ? std::string_view(canonical_for_dates) : std::string_view();
  if (!published && !page_url.empty()) {
    ParsedDate d = DateFromUrl(page_url);
    if (d.valid() && !LaterDay(d, today)) {
      published = d.ToIso();
      date_src = "url";
    }
  }
  // A structured time stamp is often UTC while the site files the story
  // under its local day: the day in the URL ("/2025/12/18/" for
  // "2025-12-19T02:41:41Z") is the day the publisher's readers saw.
  if (published && std::string_view(date_src) != "url" && published->size() > 10 && !page_url.empty()) {
    const ParsedDate from_url = DateFromUrl(page_url);
    const ParsedDate stamp = ParseDate(*published);
    if (from_url.valid() && stamp.valid() && std::abs(DayNumber(from_url) - DayNumber(stamp)) == 1) {
      published = from_url.ToIso();
      date_src += "+url-day";
    }
  }
  // A CMS's archive page (a category's, a tag's or a writer's list of
  // posts: NamesArchiveBody) not declared an article shows its posts'
  // stamps, not its own: the first card's date is a teaser's. Only its
  // structured data dates it. So does a page declared a list (a news
  // section's CollectionPage, an ItemList): its shown stamps are its
  // items'.
  if (published && std::string_view(a->page_type) != "article" && std::string_view(a->page_type) != "forum" &&
      (std::string_view(a->page_type) == "listing" || ArchivePage()) &&
      (std::string_view(date_src) == "time" || std::string_view(date_src) == "stamp-attr" || date_src.rfind("date-stamp", 0) == 0 ||
       std::string_view(date_src) == "hatom-abbr" || std::string_view(date_src) == "day-header")) {
    published.reset();
    out->archive_undated = true;
  }
  // (Not a search that found nothing, WordPress's "search-no-results":
  // a page that lists nothing.)
  // (A taxonomy's address alone counts: of WCXB's 8 pages typed so by
  // their address alone, 7 are collections and listings, one a
  // dictionary's "/browse/<word>" entry. A museum's "/collections/<name>"
  // page of prose would be typed a list too.)
  out->archive_page = std::string_view(a->page_type) == "page" && ArchivePage() &&
                      !NamesEmptySearchBody(c.body_class);
  if (published) {
    a->date_published = *published;
    note("date_published", date_src);
  }
  // (Asked below: the lookups of the modification set date_src.)
  const bool published_by_time = a->date_published && std::string_view(date_src) == "time";
  std::optional<std::string> modified = ld_date("dateModified");
  if (!modified) modified = first_date(kModifiedMeta, std::size(kModifiedMeta));
  if (!modified) modified = itemprop_date({"dateModified"});
  // A declared modification day earlier than the update the header shows
  // ("Updated Dec 18, 2025" over a dateModified of June): the structured
  // field was left from an earlier save; the page's own update is the last.
  if (modified && stamps_read && (stamps_read->updated || stamps_read->update_beside)) {
    const std::string& shown_update = stamps_read->updated ? *stamps_read->updated : *stamps_read->update_beside;
    const ParsedDate up = ParseDate(shown_update), md = ParseDate(*modified);
    if (up.valid() && md.valid() && LaterDay(up, md) && !LaterDay(up, today)) {
      modified = shown_update;
      date_src = "update-stamp(later than the declared modification)";
    }
  }
  // A modification on an earlier day than the publication cannot be one of
  // this publication (a story republished under a new date, its old
  // dateModified left): the publication stands, the modification is
  // dropped (not swapped: the publication's sources rank first). Two times
  // with zones must be on earlier days in UTC as well: "00:30+02:00" of the
  // 2nd is a time of the 1st, and a modification at 23:00Z that day came
  // later. (Not UTC's days alone: a CMS may write its local time with a
  // "Z", "20:57Z" beside a publication at "20:57-04:00".)
  if (modified && a->date_published) {
    const ParsedDate md = ParseDate(*modified), pd = ParseDate(*a->date_published);
    auto utc_day = [](const ParsedDate& d) {
      const long long s = UtcSeconds(d);
      return s >= 0 ? s / 86400 : (s - 86399) / 86400;
    };
    const bool zoned = md.hour >= 0 && pd.hour >= 0 && md.has_tz && pd.has_tz;
    if (md.valid() && pd.valid() && LaterDay(pd, md) && (!zoned || utc_day(pd) > utc_day(md))) modified.reset();
  }
  if (modified) {
    a->date_modified = *modified;
    note("date_modified", date_src);
  } else if (stamps_read && (stamps_read->updated || stamps_read->update_beside)) {
    // No structured modification date: the update the header shows
    // ("Updated May 4", "Aktualisiert am ...", "Mis à jour le ...", read
    // with the stamps above; never read for this alone).
    a->date_modified = stamps_read->updated ? *stamps_read->updated : *stamps_read->update_beside;
    note("date_modified", "update-stamp");
  } else if (update_time) {
    // Nor a shown update read as a line: the <time> labelled one, when not
    // before the publication.
    std::string_view v = update_time->Attr("datetime");
    std::string text;
    if (v.empty()) {
      text = CollapsedText(update_time, 200);
      v = text;
    }
    if (std::optional<std::string> d = NormalizeDate(v, today, date_order, date_zone))
      if (const ParsedDate md = ParseDate(*d), pd = a->date_published ? ParseDate(*a->date_published) : ParsedDate();
          md.valid() && !(pd.valid() && LaterDay(pd, md))) {
        a->date_modified = *d;
        note("date_modified", "update-time");
      }
  } else if (published_by_time) {
    // Nor one read with the stamps: the update beside the <time> that gave
    // the publication ("Bijgewerkt: ...", "Aggiornato alle 13:40").
    if (std::optional<std::string> d =
            UpdateBesidePublishedTime(published_time, *a->date_published, today, date_order, date_zone)) {
      a->date_modified = *d;
      note("date_modified", "update-beside-time");
    }
  }
  // A MediaWiki page's last edit, in its footer's "lastmod" line ("This
  // page was last edited on 3 March 2024, at 10:14", "Diese Seite wurde
  // zuletzt am 3. März 2024 um 10:14 Uhr bearbeitet"), in every language
  // the wiki speaks: the page's modification, no publication. (A wiki
  // prints the generator it runs; only there is the footer looked for.)
  // (The footer closes the page: the body is read backwards from its last
  // node, kWikiFooterNodes nodes at most.)
  if (!a->date_modified && StartsWithIgnoreCase(Trim(c.Meta("generator")), "mediawiki"))
    if (const Node* body = doc.body()) {
      constexpr int kWikiFooterNodes = 2000;
      auto deepest_last = [](const Node* n) {
        while (n->last_child()) n = n->last_child();
        return n;
      };
      const Node* line_node = nullptr;
      int look = kWikiFooterNodes;
      for (const Node* n = deepest_last(body); n && n != body && look-- > 0 && !line_node;
           n = n->prev() ? deepest_last(n->prev()) : n->parent)
        if (n->is_element() && n->num_attrs && n->Attr("id") == "footer-info-lastmod") line_node = n;
      if (line_node) {
        std::string line;
        CollapsedTextInto(line_node, 200, 32, &line);
        if (std::optional<std::string> d = NormalizeDate(line, today, date_order, date_zone)) {
          a->date_modified = *d;
          note("date_modified", "wiki-lastmod");
        }
      }
    }
}

// Whether `s` is one Han ideograph of the basic block (U+4E00..U+9FFF,
// three bytes from 0xE4 to 0xE9) at `i`.
static bool HanAt(std::string_view s, size_t i) {
  const unsigned char c = s[i];
  return c >= 0xE4 && c <= 0xE9 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80;
}

// A Chinese byline names several reporters with a space between them
// ("记者 张晓明 李婷": two people), where a Chinese name holds none: on a
// page in Chinese, a name of two or more space-parted words of 2 to 4
// ideographs each is that many names. (Not on a Japanese page, whose
// bylines part the family name from the given one, "山田 太郎".)
static void SplitSpacedHanNames(std::vector<std::string>* authors) {
  constexpr size_t kHanNameMinChars = 2, kHanNameMaxChars = 4;
  std::vector<std::string> out;
  bool split = false;
  for (const std::string& name : *authors) {
    std::vector<std::string_view> words;
    bool han = true;
    size_t b = 0;
    while (han && b <= name.size()) {
      size_t e = name.find(' ', b);
      if (e == std::string::npos) e = name.size();
      const std::string_view w = std::string_view(name).substr(b, e - b);
      size_t chars = 0;
      for (size_t i = 0; han && i < w.size(); i += 3, ++chars) han = HanAt(w, i);
      han = han && chars >= kHanNameMinChars && chars <= kHanNameMaxChars;
      words.push_back(w);
      b = e + 1;
    }
    if (han && words.size() >= 2) {
      for (std::string_view w : words)
        if (std::find(out.begin(), out.end(), w) == out.end()) out.emplace_back(w);
      split = true;
    } else if (std::find(out.begin(), out.end(), name) == out.end()) {
      out.push_back(name);
    }
  }
  if (split) *authors = std::move(out);
}

// The page's language and canonical URL.
[[gnu::noinline]] void MetadataRun::ExtractLanguageAndCanonical() {
  // Language.
  std::string buf;
  std::string_view lang = PrimaryLanguage(c.html_lang, &buf);
  std::string_view lang_src = "html-lang";
  if (lang.empty()) {
    lang = PrimaryLanguage(c.Meta("content-language"), &buf);
    lang_src = "meta:content-language";
  }
  if (lang.empty()) {
    lang = PrimaryLanguage(c.Meta("og:locale"), &buf);
    lang_src = "meta:og:locale";
  }
  if (lang.empty()) {
    lang = PrimaryLanguage(JsonText(ld("inLanguage")), &buf);
    lang_src = "json-ld";
  }
  if (!lang.empty()) {
    a->language = std::string(lang);
    note("language", lang_src);
    if (lang == "zh" && !a->authors.empty()) SplitSpacedHanNames(&a->authors);
  }

  // Canonical URL.
  std::string canonical(Trim(c.canonical));
  std::string_view canonical_src = "link-canonical";
  if (canonical.empty()) {
    canonical = std::string(c.Meta("og:url"));
    canonical_src = "meta:og:url";
  }
  if (!canonical.empty()) {
    a->canonical_url = ResolveUrl(base, canonical);
    note("canonical_url", canonical_src);
  }
}

// The lead image and its caption.
[[gnu::noinline]] void MetadataRun::ExtractLeadImage() {
  // Lead image.
  std::string image, image_src;
  for (std::string_view k : {"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"}) {
    image = std::string(c.Meta(k));
    if (!image.empty()) {
      image_src = "meta:" + std::string(k);
      break;
    }
  }
  std::string_view image_alt = c.Meta("og:image:alt");
  if (image_alt.empty()) image_alt = c.Meta("twitter:image:alt");
  if (!image_alt.empty()) a->image.alt = CleanLine(image_alt);
  const JsonValue* ld_image = ld("image");
  if (ld_image && ld_image->is_array() && !ld_image->items().empty()) ld_image = c.Resolve(&ld_image->items()[0]);
  if (image.empty() && ld_image) {
    if (ld_image->is_string()) image = ld_image->str();
    else if (ld_image->is_object()) image = JsonText(ld_image->Get("url"));
    image_src = "json-ld";
  }
  if (!image.empty()) {
    a->image.url = ResolveUrl(base, image);
    note("image.url", image_src);
  }
  if (ld_image && ld_image->is_object()) {
    std::string cap = JsonText(ld_image->Get("caption"));
    if (!cap.empty()) {
      a->image.caption = cap;
      note("image.caption", "json-ld");
    }
    std::string credit = JsonText(ld_image->Get("creditText"));
    if (credit.empty()) credit = JsonText(ld_image->Get("copyrightHolder"));
    if (!credit.empty()) {
      a->image.credit = credit;
      note("image.credit", "json-ld");
    } else if (a->image.caption) {
      // A caption that closes with its credit ("... कतार। फोटो : दीपक
      // थपलियाल"), as a visible one's is split (ReadLeadCaption).
      std::string_view head, closing;
      if (SplitCaptionCredit(*a->image.caption, &head, &closing) && !head.empty()) {
        a->image.credit = std::string(closing);
        note("image.credit", "json-ld");
        a->image.caption = std::string(head);
      }
    }
  }
  // The first figure after the headline: its caption and credit. When the
  // page names its lead image (og:image, JSON-LD), a figure that shows
  // another picture captions that one: the lead image's figure, if any
  // follows, is the one read. (A figure whose picture is not read, lazy or
  // none, is taken as before.)
  const std::string lead_stem = a->image.url ? ImageFileStem(*a->image.url) : std::string();
  // The stem of each figure's picture (empty when it is not read: lazy, a
  // data: stand-in, none in its first nodes), when the lead image has one.
  std::vector<std::string> stems;
  if (!lead_stem.empty()) {
    stems.reserve(c.figures.size());
    for (const Node* f : c.figures) {
      const std::string_view src = LoadedImageSrc(FirstImage(f));
      stems.push_back(src.empty() ? std::string() : ImageFileStem(src));
      if (stems.back() == lead_stem) out->lead_image_in_figure = true;
    }
  }
  // Whether a caption box beside the lead image, in no figure, stands
  // after the headline and before `f` (a feature's picture and its
  // "feature-caption" over the story, whose figures show other pictures):
  // that box captions the lead image (read below), not the figure.
  // (The boxes are read once, in page order, up to the figure asked
  // about: the figures are asked in page order too.)
  std::optional<uint32_t> lead_caption_id;
  size_t caption_read = 0;
  auto lead_captioned_before = [&](const Node* f) {
    if (!lead_caption_id) {
      for (; caption_read < c.caption_nodes.size(); ++caption_read) {
        const Node* n = c.caption_nodes[caption_read];
        if (n->id >= f->id) break;
        if (out->headline && n->id < head_id) continue;
        if (InFigureAbove(n)) continue;
        const std::string_view src = LoadedImageSrc(PictureNearCaption(n));
        if (!src.empty() && ImageFileStem(src) == lead_stem) {
          lead_caption_id = n->id;
          break;
        }
      }
    }
    return lead_caption_id && *lead_caption_id < f->id;
  };
  bool lead_caption_first = false;
  for (size_t k = 0; k < c.figures.size(); ++k) {
    const Node* f = c.figures[k];
    if (out->headline && f->id < head_id) continue;
    if (out->lead_image_in_figure && !stems[k].empty() && stems[k] != lead_stem) continue;
    if (!out->lead_image_in_figure && !stems.empty() && !stems[k].empty() && stems[k] != lead_stem &&
        lead_captioned_before(f)) {
      lead_caption_first = true;
      break;
    }
    for (const Node* n = f->first_child; n; n = NextInTree(n, f)) {
      if (!n->is_element()) continue;
      uint32_t node_hints = hints[n];
      // (Words hidden for screen readers, "Image caption," "Image source,",
      // are left out: no one's caption or credit.)
      auto hidden = [&](const Node* h) { return (hints[h] & kHintHidden) != 0; };
      if ((node_hints & kHintCredit) && !a->image.credit) {
        std::string text;
        CollapsedTextInto(n, 300, kFigureTextMaxNodes, &text, hidden);
        if (!text.empty()) {
          a->image.credit = std::string(CreditName(text));
          note("image.credit", "credit-class");
        }
        out->exclude.push_back(n);
      } else if (n->Is(TagId::kFigcaption) && !a->image.caption) {
        ReadLeadCaption(n, f, "figcaption");
      } else if (n->Is(TagId::kImg)) {
        std::string_view src = n->Attr("src");
        if (!a->image.url && !src.empty() && !StartsWithIgnoreCase(src, "data:")) {
          a->image.url = ResolveUrl(base, src);
          note("image.url", "figure");
        }
        std::string_view alt = Trim(n->Attr("alt"));
        if (!a->image.alt && !alt.empty()) a->image.alt = CleanLine(alt);
      }
    }
    break;
  }
  // No figure shows the lead image: a caption-classed box set beside it
  // ("<div class=photo><div><img></div><div class=photo__caption>...
  // </div></div>", as many news CMSes print a story's picture) captions it,
  // and a credit-classed one credits it. Beside it: the first picture of
  // its parent or grandparent is the lead image (by file stem; a lazy one
  // is not read). In no <figure> (those are read above); after the
  // headline, as a figure must be. (The first kMaxCaptionNodes such boxes
  // of the page, a couple of ancestors each.)
  if (out->lead_image_in_figure || lead_stem.empty() || (a->image.caption && !lead_caption_first)) return;
  auto hidden = [&](const Node* h) { return (hints[h] & kHintHidden) != 0; };
  for (const Node* n : c.caption_nodes) {
    if (out->headline && n->id < head_id) continue;
    if (InFigureAbove(n)) continue;
    const std::string_view src = LoadedImageSrc(PictureNearCaption(n));
    if (src.empty() || ImageFileStem(src) != lead_stem) continue;
    if (hints[n] & kHintCredit) {
      // (A credit-classed line: a name, not the footer's copyright notice
      // beside a picture of the footer's.)
      std::string text;
      CollapsedTextInto(n, kBesideCreditMaxBytes + 1, kFigureTextMaxNodes, &text, hidden);
      // (Nor a story's byline box so classed, "div.credit" over "Penulis:
      // Dimas Aryo Nugroho | Editor: ...": a writer's cue before one of the
      // page's writers opens it. "Submitted by Jane Doe" credits a picture.)
      if (!a->image.credit && !text.empty() && text.size() <= kBesideCreditMaxBytes && !IsCopyrightLine(text) &&
          !CuesPageWriter(text, a->authors)) {
        a->image.credit = std::string(CreditName(text));
        note("image.credit", "credit-class");
      }
      continue;
    }
    if (!a->image.caption) ReadLeadCaption(n, nullptr, "caption-class");
  }
}

// The caption of the lead picture read from caption box `n` (a
// <figcaption> of `figure`, or a caption-classed box beside the picture,
// `figure` null), and the credit it holds: a credit-classed part, a
// byline-classed part in a picture's caption (TownNews BLOX's "tnt-byline",
// "Ben Ochoa, Ledger-Dispatch": the photographer's), a data attribute's
// (Gannett's "data-c-credit"), a closing credit ("The ferry in port.
// Photo: Jane Roe", "... (ANTARA FOTO/Aditya Putra)"), or the whole line
// when it is all credit ("Image credit: Amazon", "Patrick Semansky,
// ASSOCIATED PRESS"). A gallery's counter ("1 / 5") or a date is no
// caption. `source` names where the caption came from.
void MetadataRun::ReadLeadCaption(const Node* n, const Node* figure, std::string_view source) {
  auto hidden = [&](const Node* h) { return (hints[h] & kHintHidden) != 0; };
  std::string text;
  CollapsedTextInto(n, 1000, kFigureTextMaxNodes, &text, hidden);
  text = std::string(StripCaptionLabel(text));
  const bool picture = !figure || FirstImage(figure) != nullptr;
  for (const Node* c = n->first_child; c; c = NextInTree(c, n)) {
    if (!c->is_element()) continue;
    // ("byline" itself in the class: an author card's "author-name" or a
    // caption's "meta" box is no photographer's line.)
    const bool byline =
        picture && (hints[c] & kHintByline) && !(hints[c] & kHintCredit) && NamesBylineClass(c->Attr("class"));
    if (!(hints[c] & kHintCredit) && !byline) continue;
    std::string credit;
    CollapsedTextInto(c, 300, kFigureTextMaxNodes, &credit, hidden);
    size_t at = credit.empty() ? std::string::npos : text.rfind(credit);
    if (at != std::string::npos) text = std::string(Trim(text.erase(at, credit.size())));
    if (byline && !credit.empty() && !a->image.credit) {
      a->image.credit = std::string(CreditName(credit));
      note("image.credit", "caption-byline");
    }
  }
  // A credit the caption names in a data attribute, and shows at its end
  // in a span of no known class.
  if (!a->image.credit) {
    std::string_view credit = DataCreditAttr(n);
    if (credit.empty() && figure) credit = DataCreditAttr(figure);
    if (!credit.empty()) {
      a->image.credit = std::string(CreditName(credit));
      note("image.credit", "caption-data-credit");
      if (text.size() > credit.size() && text.ends_with(credit))
        text = std::string(Trim(std::string_view(text).substr(0, text.size() - credit.size())));
    }
  }
  // A credit the caption closes with, unmarked, is reported on its own too.
  std::string_view head, credit;
  if (!a->image.credit && SplitCaptionCredit(text, &head, &credit)) {
    a->image.credit = std::string(credit);
    note("image.credit", "caption-credit");
    text = std::string(head);
    if (!text.empty() && text.back() == '|') text = std::string(Trim(text.substr(0, text.size() - 1)));
  }
  // A caption that is all credit line is the credit, no caption.
  const bool agency = IsAgencyCreditLine(text);
  if (agency || !StripCreditCue(text).empty()) {
    if (!a->image.credit) {
      a->image.credit = std::string(agency ? std::string_view(text) : CreditName(text));
      note("image.credit", "caption-credit");
    }
    text.clear();
  }
  if (text.empty() || !HasCaptionWord(text) || IsDateLine(text)) return;
  a->image.caption = text;
  note("image.caption", source);
}

// The tags.
[[gnu::noinline]] void MetadataRun::ExtractTags() {
  // Tags.
  std::vector<std::string> tags;
  auto add_tag = [&](std::string_view t) {
    std::string s = CleanLine(t);
    if (s.empty() || s.size() > 80) return;
    for (const std::string& o : tags)
      if (EqualsIgnoreCase(o, s)) return;
    if (tags.size() >= 50) return;
    // (Room for a page's tags at once: grown one at a time, the list is
    // moved again and again.)
    if (tags.capacity() == 0) tags.reserve(16);
    tags.push_back(std::move(s));
  };
  std::string_view tags_src = "meta:article:tag";
  for (const MetaTag& m : c.metas)
    if (m.key == "article:tag" || m.key == "og:article:tag") add_tag(m.value);
  if (tags.empty()) {
    tags_src = "json-ld";
    const JsonValue* kw = ld("keywords");
    if (kw && kw->is_array()) {
      for (const JsonValue& x : kw->items())
        if (x.is_string()) add_tag(x.str());
    } else if (kw && kw->is_string()) {
      std::string_view s = kw->str();
      size_t b = 0;
      while (b <= s.size()) {
        size_t e = s.find(',', b);
        if (e == std::string_view::npos) e = s.size();
        add_tag(s.substr(b, e - b));
        b = e + 1;
      }
    }
  }
  if (tags.empty()) {
    tags_src = "rel-tag";
    for (const Node* n : c.rel_tag) add_tag(CollapsedText(n, 200));
  }
  if (tags.empty()) {
    tags_src = "tag-list";
    for (const Node* t : c.tag_nodes) {
      for (const Node* n = t->first_child; n; n = NextInTree(n, t))
        if (n->Is(TagId::kA)) add_tag(CollapsedText(n, 200));
      if (!tags.empty()) break;
    }
  }
  if (!tags.empty()) note("tags", tags_src);
  a->tags = std::move(tags);
}

}  // namespace

void MetadataExtractor::Extract(const Document& doc, HintTable* hint_table, std::string_view url,
                                std::string_view base_url,
                                std::string_view reference_date, std::string_view forced_type, Article* a,
                                MetadataOutput* out) {
  Collector c;
  c.Walk(doc, hint_table);
  const HintTable& hints = *hint_table;
  ParsedDate today = ParseDate(reference_date);
  const bool explicit_reference = today.valid();
  if (!today.valid()) today = TodayUtc();
  // (A page's fields come from ten sources or more: room for them at once.)
  a->sources.reserve(a->sources.size() + 16);

  // The JSON-LD object for the article (else a page object). A video
  // described anywhere beside the story is one the story embeds: the
  // first other article type wins over it, before or after the video (the
  // video is the article when alone). An FAQPage before the story is the
  // story's FAQ block (SEO plugins describe the block so): an article type
  // after it wins over it (a Recipe, a Product too), not the FAQ's own
  // entries (kFaqEntryTypes: its Questions, a testimonial's Review).
  const JsonValue* art = nullptr;
  const JsonValue* video = nullptr;
  bool faq = false;
  bool ask_first = false;  // the first is the script's own, not asked yet
  for (size_t i = 0; i < c.objects.size(); ++i)
    if (const JsonValue* o = c.objects[i]; c.object_types[i].Matches(kArticleTypes, std::size(kArticleTypes))) {
      const bool faq_page = c.object_types[i].Is("FAQPage");
      if (faq && c.object_types[i].Matches(kFaqEntryTypes, std::size(kFaqEntryTypes))) continue;
      // A Review under another object's "review" (a SoftwareApplication's,
      // a LocalBusiness's) is a customer's testimonial: its author reviewed
      // the thing, and wrote no page.
      if (c.object_types[i].nested_review) continue;
      faq |= faq_page;
      if (c.object_types[i].Is("VideoObject") || faq_page) {
        if (!video) video = o;
        continue;
      }
      // Several article objects (a story and the teasers a widget
      // describes beside it): the first of the script's own objects (not
      // one nested in another: a Blog's posts) whose headline or address is
      // the page's (BlogPostIsThisPage) is the story, else the first. (The
      // first is asked only when a second comes: most pages have one.)
      if (!art) {
        art = o;
        ask_first = !c.object_types[i].nested;
        continue;
      }
      if (ask_first) {
        ask_first = false;
        if (BlogPostIsThisPage(*art, url, c.canonical, c.title_text, c.h1s)) break;
      }
      if (!c.object_types[i].nested && BlogPostIsThisPage(*o, url, c.canonical, c.title_text, c.h1s)) {
        art = o;
        break;
      }
    }
  if (!art) art = video;
  // A blog's post page whose JSON-LD describes the blog and lists the one
  // post shown under `blogPost` ({"@type": "Blog", "blogPost":
  // [{"@type": "BlogPosting", "datePublished": ...}]}): that post is the
  // page's article. (A list of several posts is the blog's index.)
  if (art && HasType(*art, "Blog"))
    if (const JsonValue* posts = c.Resolve(art->Get("blogPost"))) {
      const JsonValue* post = posts->is_array() && posts->items().size() == 1 ? &posts->items()[0]
                              : posts->is_object()                               ? posts
                                                                                 : nullptr;
      if (post && post->is_object() && TypeMatches(*post, kArticleTypes, std::size(kArticleTypes)) &&
          BlogPostIsThisPage(*post, url, c.canonical, c.title_text, c.h1s))
        art = post;
    }
  const JsonValue* page = nullptr;
  for (size_t i = 0; i < c.objects.size(); ++i)
    if (c.object_types[i].Matches(kPageTypes, std::size(kPageTypes))) {
      page = c.objects[i];
      break;
    }
  // (The stages below share this run: its ld and note serve here too.)
  MetadataRun run{doc, c, hints, url, base_url, today, explicit_reference, a, out, art, page};

  // Body text carried by structured data.
  if (art) {
    out->structured_body = JsonRawText(art->Get("articleBody"));
    if (out->structured_body.empty() && (HasType(*art, "Product") || HasType(*art, "Recipe")))
      out->structured_body = JsonRawText(art->Get("description"));
  }
  if (out->structured_body.empty())
    for (size_t i = 0; i < c.objects.size(); ++i)
      if (const JsonValue* o = c.objects[i]; c.object_types[i].Is("Product")) {
        out->structured_body = JsonRawText(o->Get("description"));
        if (!out->structured_body.empty()) break;
      }
  // (A percent-encoded one is no text to show: see IsPercentEncoded.)
  if (IsPercentEncoded(out->structured_body)) out->structured_body.clear();

  // Site name.
  std::string& site = run.site;
  std::string& site_src = run.site_src;
  site = c.Meta("og:site_name");
  site_src = "meta:og:site_name";
  std::string publisher = JsonText(c.Resolve(run.ld("publisher")));
  if (!publisher.empty()) {
    a->publisher = publisher;
    run.note("publisher", "json-ld");
  }
  if (site.empty()) {
    site = std::move(publisher);
    site_src = "json-ld:publisher";
  }
  if (site.empty())
    for (size_t i = 0; i < c.objects.size(); ++i)
      if (const JsonValue* o = c.objects[i]; c.object_types[i].Is("WebSite") || c.object_types[i].Is("Organization") ||
                                             c.object_types[i].Is("NewsMediaOrganization")) {
        site = JsonText(o->Get("name"));
        site_src = "json-ld";
        if (!site.empty()) break;
      }
  if (site.empty()) {
    site = std::string(c.Meta("application-name"));
    site_src = "meta:application-name";
  }
  if (site.empty()) {
    site = std::string(c.Meta("twitter:site"));
    site_src = "meta:twitter:site";
  }
  if (!site.empty() && site[0] == '@') site.clear();  // a handle, not a name
  // A paper's landing page names its journal in the scholarly tags
  // (Google Scholar's citation_journal_title: OJS, Highwire): the journal
  // is the site, where nothing else names one.
  if (site.empty()) {
    site = std::string(c.Meta("citation_journal_title"));
    site_src = "meta:citation_journal_title";
  }

  // The kind of page (article, forum thread, product, list) decides where
  // some fields come from. The canonical URL stands in for a missing URL
  // (IsForumUrl reads the path, relative or not).
  // The caller's type, when given, is taken as it is.
  a->page_type = !forced_type.empty() ? std::string(forced_type)
                                      : DetectPageType(c, hints, art, !url.empty() ? url : Trim(c.canonical));
  if (a->page_type == "product") {
    const uint32_t products = StructuredProducts(c);
    out->one_structured_product = products == 1 || (products == 0 && c.microdata_products == 1);
  }

  run.ExtractTitle();
  run.ExtractDescriptionAndSection();
  run.ExtractAuthors();
  run.ExtractDates();
  run.ExtractLanguageAndCanonical();
  run.ExtractLeadImage();
  run.ExtractTags();
  if (!url.empty()) a->url = std::string(url);
}


// The longest alt text read for a writer's name beside a bio.
constexpr size_t kBioAltMaxBytes = 256;
// The shortest "About the Author" label (IsAboutTheAuthorLabel: "o autorze").
constexpr size_t kAboutTheAuthorMinBytes = 9;

// The writer an author box names: a paragraph `p` that starts with a bio
// ("Jane Doe is a travel writer...") right after the name on a line of its
// own (a heading, a line, an image's alt text: "<h3>Jane Doe</h3><p>Jane
// Doe is ..."). The name has two words or more, each capitalized; a writer
// who goes by a first name alone ("<h3>Stefan</h3><p>Stefan is the founder
// ...", a small blog's box) counts when the line is text and the photo
// beside it names him too (line, bio and photo agree). "" when `p` is no
// such bio. Reads a few nodes of `p` and of the element before it.
static std::string BioBoxName(const Node* p, std::string* head, std::string* line) {
  if (!p->Is(TagId::kP)) return {};
  const Node* prev = PrevElementFrom(p->prev());
  if (!prev || FirstTextTooLong(prev, 60)) return {};
  if (!CollapsedTextInto(prev, 64, 8, line) || line->size() >= 60) return {};
  // A photo of the writer, named in its alt text, when the line shows no
  // text. (An alt too long for a name is not read: a page may give one
  // image a megabyte of it, and every bio beside it would read it.)
  bool named_by_photo = false;
  if (line->empty()) {
    int look = 8;
    for (const Node* d = prev; d && look-- > 0 && line->empty(); d = NextInTree(d, prev))
      if (d->Is(TagId::kImg) && d->Attr("alt").size() <= kBioAltMaxBytes) *line = CleanLine(d->Attr("alt"));
    if (line->size() >= 60) return {};
    named_by_photo = !line->empty();
  }
  // A label over the bio ("<p>About the Author:</p><p>Jane Doe is a
  // ...</p>"): the name is the bio's opening, two or three capitalized
  // words before its verb; the label says whose (no photo needed).
  if (!named_by_photo && line->size() >= kAboutTheAuthorMinBytes && IsAboutTheAuthorLabel(*line)) {
    CollapsedTextInto(p, 96, 16, head);
    std::string_view rest = *head;
    size_t end = 0, name_words = 0;
    for (size_t b = 0; b < rest.size() && name_words <= 3;) {
      const size_t e = std::min(rest.find(' ', b), rest.size());
      const std::string_view w = rest.substr(b, e - b);
      if (name_words >= 2 && IsBioVerb(w)) {
        const std::string name(Trim(rest.substr(0, end)));
        if (LooksLikeName(name) && CapitalizedWords(name) == name_words && !NamesAnOrganisation(name) &&
            !AnyWord(name, IsNoiseAuthorWord))
          return name;
        return {};
      }
      ++name_words;
      end = e;
      b = e + 1;
    }
    return {};
  }
  const size_t words = line->empty() ? 0 : CapitalizedWords(*line);
  if (words == 0 || (words < 2 && named_by_photo) || !LooksLikeName(*line) || NamesAnOrganisation(*line) ||
      AnyWord(*line, IsNoiseAuthorWord) || (words < 2 && LooksLikeAccount(*line)))
    return {};
  CollapsedTextInto(p, 96, 16, head);
  if (head->size() <= line->size() + 1 || !StartsWithIgnoreCase(*head, *line) || (*head)[line->size()] != ' ')
    return {};
  std::string_view rest = std::string_view(*head).substr(line->size() + 1);
  if (!IsBioVerb(rest.substr(0, rest.find(' ')))) return {};
  // A heading that a paragraph defines ("<h3>Power BI</h3><p>Power BI is
  // ...") looks the same: an author box shows the writer's photo too, an
  // image with the name as its alt text, in the name's line or in the box
  // (the first nodes of the bio's grandparent, up to the bio).
  auto photo = [&](const Node* from, const Node* stop, int look) {
    for (const Node* d = from; d && d != stop && look-- > 0; d = NextInTree(d, from))
      if (d->Is(TagId::kImg) && d->Attr("alt").size() <= kBioAltMaxBytes &&
          EqualsIgnoreCase(CleanLine(d->Attr("alt")), *line))
        return true;
    return false;
  };
  const Node* box = p->parent ? p->parent->parent : nullptr;
  const bool photo_names = photo(prev, nullptr, 8) || (box && photo(box, p, 48));
  if (!named_by_photo && !photo_names) return {};
  // (One word: the photo must name the line's text.)
  if (words < 2 && !photo_names) return {};
  return *line;
}

// How many ancestors of a bio are asked for an author box's class, and how
// many bytes of each one's class are read (every bold-led paragraph asks
// again: a 1 MB class over thousands of them was read whole each time).
constexpr int kAuthorBoxLevels = 4;
constexpr size_t kAuthorBoxClassBytes = 256;

// The writer an author box names at the start of its bio, in bold before a
// colon ("<div class=author-info><p><strong>Jane Doe:</strong> Jane has
// written about ..."): two capitalized words or more, no organisation, and
// an author box's class on `p` or one of its few ancestors. "" when `p` is
// no such bio. Reads a few nodes. (Not a bold name before a bio's verb,
// "<strong>Jane Doe</strong> is ...": a review's box on the book's author
// reads so too.)
static std::string BoldLeadName(const Node* p, std::string* line) {
  if (!p->Is(TagId::kP)) return {};
  const Node* lead = p->first_child;
  while (lead && lead->is_text() && Trim(lead->data).empty()) lead = lead->next;
  if (!lead || !(lead->Is(TagId::kStrong) || lead->Is(TagId::kB))) return {};
  // (A bold line alone, a paragraph set as a subheading, has no bio after
  // it: ruled out before the ancestors' classes are read.)
  if (!lead->next) return {};
  bool box = false;
  int levels = kAuthorBoxLevels;
  for (const Node* up = p; up && !box && levels-- > 0; up = up->parent)
    box = up->is_element() && IsAuthorBoxClass(up->Attr("class").substr(0, kAuthorBoxClassBytes));
  if (!box) return {};
  if (!CollapsedTextInto(lead, 64, 8, line) || line->size() >= 64) return {};
  // The colon ends the bold text or starts the text after it.
  std::string_view name = Trim(*line);
  const Node* after = lead->next;
  std::string_view rest = after && after->is_text() ? Trim(after->data) : std::string_view();
  if (name.ends_with(':')) {
    name.remove_suffix(1);
  } else if (rest.starts_with(':')) {
    rest.remove_prefix(1);
  } else {
    return {};
  }
  // The bio goes on after the name.
  if (!after || (after->is_text() && Trim(rest).empty())) return {};
  std::string out(Trim(name));
  if (!LooksLikeName(out) || CapitalizedWords(out) < 2 || NamesAnOrganisation(out) || IsBylineLabel(out) ||
      !StripBylineCue(out).empty())
    return {};
  return out;
}

// The writer a story's sign-off line names at its end, in the two forms
// newsrooms print there: a Korean reporter's line, the name, the title
// "기자" and the mail address at most ("<p>박지훈 기자 jhpark@example.kr</p>":
// WithoutCjkReporterTitle), and a lone bold name set to the right as the
// last paragraph (Vietnamese papers' "<p style=\"text-align:right\"><strong>
// Hoài Thương</strong></p>"): two to four capitalized words, no
// organisation. "" when `p` is no such line. Reads a few nodes.
constexpr size_t kSignOffBytes = 96;
static std::string SignOffName(const Node* p, std::string* line) {
  if (!p->Is(TagId::kP)) return {};
  // (Every paragraph of the body is asked: its first byte rules most out,
  // read without trimming the text unless it is a space.)
  const Node* lead = p->first_child;
  auto first_byte = [](std::string_view t) {
    size_t i = 0;
    while (i < t.size() && IsAsciiSpace(t[i])) ++i;
    return i < t.size() ? static_cast<unsigned char>(t[i]) : 0;
  };
  while (lead && lead->is_text() && first_byte(lead->data) == 0) lead = lead->next;
  if (!lead) return {};
  // (A Hangul syllable's lead byte, 0xEA-0xED, opens the Korean line.)
  if (lead->is_text()) {
    const unsigned char c = first_byte(lead->data);
    if (c < 0xEA || c > 0xED) return {};
    if (!CollapsedTextInto(p, kSignOffBytes, 8, line) || line->size() >= kSignOffBytes) return {};
    std::string_view text = Trim(*line);
    // (The mail address after the title, if any.)
    if (const size_t sp = text.rfind(' '); sp != std::string_view::npos && IsMailAddress(text.substr(sp + 1)))
      text = Trim(text.substr(0, sp));
    const std::string_view name = WithoutCjkReporterTitle(text);
    // (One word of two to four letters, three bytes each.)
    if (name.size() == text.size() || name.size() < 6 || name.size() > 12 || name.find(' ') != std::string_view::npos)
      return {};
    return std::string(name);
  }
  if (!(lead->Is(TagId::kStrong) || lead->Is(TagId::kB))) return {};
  for (const Node* after = lead->next; after; after = after->next)
    if (!after->is_text() || !Trim(after->data).empty()) return {};
  if (p->Attr("style").find("right") == std::string_view::npos && p->Attr("align") != "right") return {};
  // The story's last paragraph: nothing with text after it in its box.
  std::string later;
  for (const Node* s = p->next; s; s = s->next) {
    if (s->is_text() ? !Trim(s->data).empty()
                     : (!s->is_element() || !CollapsedTextInto(s, 8, 16, &later) || !later.empty()))
      return {};
  }
  if (!CollapsedTextInto(lead, 64, 8, line) || line->size() >= 64) return {};
  std::string out(Trim(*line));
  const size_t words = CapitalizedWords(out);
  // (A source's line, "Theo Tuổi Trẻ", "according to": IsSourceLineCue.)
  if (words < 2 || words > 4 || HasAsciiDigit(out) || IsSourceLineCue(out.substr(0, out.find(' '))) ||
      !LooksLikeName(out) || NamesAnOrganisation(out) || IsBylineLabel(out) || AnyWord(out, IsNoiseAuthorWord))
    return {};
  return out;
}

// A wire story's closing credits, set in parentheses as one paragraph
// ("(Reporting by Ann Roe in Paris and Rob Tallis in Rome; Editing by
// Jo Kim)"): the text inside when the wire's cue opens it, else "". Its
// first byte rules most paragraphs out.
constexpr size_t kWireCreditsBytes = 240;
constexpr std::string_view kWireCreditsCue = "reporting by ";
static std::string_view ParenthesizedCredits(const Node* p, std::string* line) {
  if (!p->Is(TagId::kP)) return {};
  const Node* lead = p->first_child;
  if (!lead || !lead->is_text()) return {};
  // (Its first byte past spaces, read in place: most paragraphs fail here.)
  const std::string_view d = lead->data;
  size_t i = 0;
  while (i < d.size() && IsAsciiSpace(d[i])) ++i;
  if (i == d.size() || d[i] != '(') return {};
  if (!CollapsedTextInto(p, kWireCreditsBytes, 16, line) || line->size() >= kWireCreditsBytes) return {};
  std::string_view text = Trim(*line);
  if (text.size() < 3 || text.back() != ')') return {};
  text = Trim(text.substr(1, text.size() - 2));
  // (The wire's cue only: "(Written by Bob Dylan, 1962)" credits a song.)
  if (!StartsWithIgnoreCase(text, kWireCreditsCue) || StripBylineCue(text, /*strong_only=*/true).empty()) return {};
  return text;
}

// The writer a syndicated story's contributor line names: a paragraph of
// a link to the writer's page, then a comma and the writer's institution
// ("<p><a href=/profiles/jane-doe>Jane Doe</a>, <em>Northfield
// University</em></p>", as a republished piece opens or closes). The name
// is a person's (two capitalized words or more); what follows the comma
// is a short affiliation that starts with a capital or sits in italics, no
// sentence ("Jane Doe, who ..."). "" otherwise. Reads a few nodes.
static std::string ContributorLineName(const Node* p, std::string* line) {
  if (!p->Is(TagId::kP)) return {};
  const Node* link = p->first_child;
  while (link && link->is_text() && Trim(link->data).empty()) link = link->next;
  if (!link || !link->Is(TagId::kA) || !IsAuthorPageHref(link->Attr("href"))) return {};
  const Node* comma = link->next;
  if (!comma || !comma->is_text() || !Trim(comma->data).starts_with(',')) return {};
  std::string_view rest = Trim(Trim(comma->data).substr(1));
  const Node* after = comma->next;
  const bool italic = rest.empty() && after && (after->Is(TagId::kEm) || after->Is(TagId::kI));
  if (!italic && (rest.empty() || !(rest[0] >= 'A' && rest[0] <= 'Z'))) return {};
  if (!CollapsedTextInto(p, 161, 16, line) || line->size() > 160 || EndsWithSentenceStop(*line)) return {};
  std::string name;
  if (!CollapsedTextInto(link, 64, 8, &name) || name.size() >= 64) return {};
  if (!line->starts_with(name) || line->find(". ", name.size()) != std::string::npos) return {};
  if (CapitalizedWords(name) < 2 || !IsPersonCredit(name)) return {};
  return name;
}

// The text of a link to a writer's page in the element right after `cue`
// (white space between them skipped; 8 nodes of it read), or "".
static std::string AuthorLinkAfter(const Node* cue) {
  const Node* next = NextElementFrom(cue->next);
  if (!next) return {};
  int look = 8;
  for (const Node* d = next; d && look-- > 0; d = NextInTree(d, next))
    if (d->Is(TagId::kA) && IsAuthorPageHref(d->Attr("href"))) {
      std::string text;
      if (!CollapsedTextInto(d, 100, 8, &text) || text.size() >= 100) return {};
      return text;
    }
  return {};
}

// Whether a heading other than the page's own stands before `n` in its
// box: among the earlier siblings of `n` or of its ancestors, up to
// `levels` of them (a few elements looked into, kCardHeadingLook at most),
// an h2 to h6 whose text is not the page's `title`. A
// line under such a heading is a card's: "<h3>Beat Burnout</h3><p>By:
// Ann Roe, Psychologist</p>", a webinar's host.
constexpr int kCardHeadingLook = 16;
constexpr int kCardLevels = 3;
static bool CardHeadingBefore(const Node* n, int levels, std::string_view title) {
  int look = kCardHeadingLook;
  std::string text;
  std::optional<std::string> norm_title;
  for (const Node* cur = n; cur && cur->is_element() && levels-- > 0; cur = cur->parent)
    for (const Node* s = cur->prev(); s && look > 0; s = s->prev()) {
      if (!s->is_element()) continue;
      for (const Node* d = s; d && look-- > 0; d = NextInTree(d, s))
        if (d->is_element() && IsHeadingTag(d->tag) && !d->Is(TagId::kH1) &&
            !(CollapsedTextInto(d, 300, 32, &text) &&
              NormalizedEquals(text, norm_title ? *norm_title : *(norm_title = NormalizeForCompare(title)))))
          return true;
    }
  return false;
}

void MetadataExtractor::BylineAroundBody(const Document& doc, const HintTable& hints, const Node* root,
                                         Article* a) {
  // Threads, lists and products name many people in their bodies. A page
  // of another kind counts only when every byline on it names the same
  // writer (cards of other posts have bylines of their own).
  const bool article = a->page_type == "article";
  if (!root || (!article && a->page_type != "page")) return;
  const Node* top = doc.root();
  // The body, then this many nodes after it (an author box under it).
  constexpr int kNodesAfter = 400;
  const Node* end = NextSkippingChildren(root, top);
  int after = kNodesAfter;
  std::string head, text;
  std::vector<std::string> found;
  // Takes a byline's names: the first ones found are the page's (on an
  // article, the search ends there); later ones must name the same writer
  // first, else they are bylines of cards and none is the page's (`found`
  // cleared). True when the search is over.
  auto take = [&](std::vector<std::string>&& names) {
    if (found.empty()) {
      found = std::move(names);
      return article;
    }
    if (EqualsIgnoreCase(found[0], names[0])) return false;
    found.clear();  // two writers: bylines of cards, not the page's
    return true;
  };
  const std::string norm_site = a->site_name ? NormalizeForCompare(*a->site_name) : std::string();
  const std::string norm_publisher = a->publisher ? NormalizeForCompare(*a->publisher) : std::string();
  for (const Node* n = root; n;) {
    if (end && n->id >= end->id && after-- <= 0) break;
    if (!n->is_element()) {
      n = NextInTree(n, top);
      continue;
    }
    const uint32_t h = hints[n];
    // Comments, related stories and navigation name other people; code
    // has its own "BY".
    // So do a list's story cards, on a page that is no article
    // (IsSiblingStoryCard).
    if ((h & (kHintComments | kHintRelated | kHintNavigation)) || n->Is(TagId::kPre) || n->Is(TagId::kCode) ||
        (!article && n->Is(TagId::kArticle) && IsSiblingStoryCard(n, nullptr))) {
      n = NextSkippingChildren(n, top);
      continue;
    }
    const Node* at = n;
    n = NextInTree(n, top);
    if (!IsBlockTag(at->tag) && !at->Is(TagId::kSpan)) continue;
    if (HasBlockChild(at)) continue;
    // An author box: the name, then a bio that starts with it.
    if (std::string bio = BioBoxName(at, &head, &text); !bio.empty()) {
      if (InOthersSection(at, hints) || InCard(at)) continue;
      std::vector<std::string> names = SplitAuthors(bio);
      if (names.empty()) continue;
      if (take(std::move(names))) break;
      continue;
    }
    // ... or a contributor line gives the name and the institution, or a
    // bio starts with the name in bold ("Jane Doe: ...").
    // (Each asked in turn, an empty answer dropped: no string is assigned
    // on the blocks that are none of them, nearly all.)
    auto lead_name = [&]() -> std::string {
      if (std::string s = ContributorLineName(at, &text); !s.empty()) return s;
      if (std::string s = BoldLeadName(at, &text); !s.empty()) return s;
      return SignOffName(at, &text);
    };
    if (std::string name = lead_name(); !name.empty()) {
      if (InOthersSection(at, hints) || InCard(at)) continue;
      if (take({std::move(name)})) break;
      continue;
    }
    // A wire story's credits in parentheses, closing it.
    if (std::string_view credits = ParenthesizedCredits(at, &text); !credits.empty()) {
      if (InOthersSection(at, hints) || InCard(at)) continue;
      if (std::vector<std::string> names = SplitAuthors(credits); !names.empty() && take(std::move(names))) break;
      continue;
    }
    // Most blocks are prose: the first letter of their text (found within
    // a few nodes) rules out every cue and label before the text is read.
    if (!MayStartFirstText(at)) continue;
    // The cue or the label shows in the first bytes (of a bounded look).
    CollapsedTextInto(at, 64, 64, &head);
    if (head.empty()) continue;
    // A bare "By" before a link to the writer's page ("<span>by</span><p><a
    // href=/authors/jane-doe>Jane Doe</a></p>"): the link names the writer.
    if (head.size() <= 3 && IsBylineLabel(head) && IsBylineLabel(std::string_view(head).substr(0, 2))) {
      if (std::string name = AuthorLinkAfter(at); !name.empty() && !InOthersSection(at, hints) && !InCard(at)) {
        if (std::vector<std::string> names = SplitAuthors(name); !names.empty() && take(std::move(names))) break;
      }
      continue;
    }
    // A label is plain text ("Written by", "Author:"), not a tab or a link
    // ("Author | Recent Posts"), and not a bare "By".
    const bool label = IsBylineLabel(head) && !IsBylineLabel(std::string_view(head).substr(0, 2)) && IsPlainLabel(at);
    // Away from the headline only a strong cue counts ("Written by"), or
    // "By" in a byline-classed element.
    if (!label && StripBylineCue(head, /*strong_only=*/!(h & kHintByline),
                                 (h & kHintByline) && IsWriterClass(at->Attr("class")) ? PublisherCue::kAlways
                                                                                       : PublisherCue::kIfDated)
                      .empty())
      continue;
    // (Its details set apart, a role or the place filed from, are no
    // names: BylineText's skip.)
    BylineTextInto(at, hints, 201, 256, &text);
    if (text.empty() || text.size() > 200) continue;
    if (InOthersSection(at, hints) || InCard(at) || InRepeatedTeaserCard(at)) continue;
    // (On a page that is no article, one under a card's own heading names
    // that card's person: CardHeadingBefore.)
    // (A label's box, "<h3>Author</h3><p>Ann Roe</p>", is no card.)
    if (!article && !label && CardHeadingBefore(at, kCardLevels, a->title ? std::string_view(*a->title) : std::string_view())) continue;
    if (label) text = LabelledName(at);
    std::vector<std::string> names = SplitAuthors(text);
    // (Writers linked one by one, a role after each: the links name them
    // all, where the text's first role ends the list.)
    if (names.size() == 1)
      if (std::vector<std::string> linked = LinkedWriters(at); !linked.empty() && EqualsIgnoreCase(linked[0], names[0]))
        names = std::move(linked);
    // The site's own name is no writer.
    for (size_t i = names.size(); i-- > 0;)
      if ((a->site_name && NormalizedEquals(names[i], norm_site)) ||
          (a->publisher && NormalizedEquals(names[i], norm_publisher)))
        names.erase(names.begin() + i);
    // (A group's credit, "By the Acme Team", is what made the search: the
    // headline's own byline again, no person.)
    if (AllOrganisations(names))
      continue;
    if (take(std::move(names))) break;
  }
  if (found.empty()) return;
  a->authors = std::move(found);
  bool noted = false;
  for (auto& s : a->sources)
    if (s.first == "authors") {
      s.second = "byline-after-headline";
      noted = true;
    }
  if (!noted) a->sources.emplace_back("authors", "byline-after-headline");
}

// The separators that end a dateline run into its paragraph: a wire's
// dash or an agency's name after it ("MADRID, 3 de mayo de 2025 (EFE) –").
constexpr std::string_view kInlineDatelineEnds[] = {" /", " --", " \xE2\x80\x93", " \xE2\x80\x94", " - ", " ("};
// The first paragraph looked for (nodes from the content root), and the
// bytes of it read.
constexpr int kInlineDatelineNodes = 48;
constexpr size_t kInlineDatelineBytes = 120;
constexpr size_t kInlineDatelineProseBytes = 80;

// The date of a dateline that opens the first paragraph under `root`
// (IsPlaceDateLine: a place, a comma, a date; then a dash, a slash or a
// parenthesis), normalized; nullopt when it opens with none.
std::optional<std::string> InlineDatelineDate(const Node* root, const ParsedDate& today, NumericDateOrder order,
                                              ZoneRegion zone, std::string* buf) {
  int budget = kInlineDatelineNodes;
  const Node* p = root;
  // (The first paragraph of prose: a short one before it is a byline's or
  // a caption's line.)
  for (;;) {
    while (p && budget-- > 0 && !p->Is(TagId::kP)) p = NextInTree(p, root);
    if (!p || !p->Is(TagId::kP) || !CollapsedTextInto(p, kInlineDatelineBytes, kDateLineMaxNodes, buf))
      return std::nullopt;
    if (buf->size() >= kInlineDatelineProseBytes) break;
    p = NextSkippingChildren(p, root);
  }
  const std::string_view line = *buf;
  if (!HasAsciiDigit(line)) return std::nullopt;
  size_t end = std::string_view::npos;
  for (std::string_view sep : kInlineDatelineEnds) end = std::min(end, line.find(sep));
  if (end == std::string_view::npos || end == 0) return std::nullopt;
  const std::string_view head = Trim(line.substr(0, end));
  if (!IsPlaceDateLine(head)) return std::nullopt;
  return NormalizeDate(Trim(head.substr(head.find(", ") + 2)), today, order, zone);
}

void MetadataExtractor::DateFromContent(const Document& doc, const HintTable& hints, const Node* root,
                                        const Node* headline, std::string_view reference_date,
                                        NumericDateOrder date_order, ZoneRegion date_zone, Article* a) {
  OwnPage own;
  own.headline = headline;
  // A structured publication time that repeats the modification time to
  // the second was stamped at the last save (nothing by the headline said
  // otherwise): an earlier stamp around the body that is not an update (a
  // "Published ..." line at the foot of the post) is the first publication.
  const bool restamped = a->date_published && a->date_modified && a->date_published->size() > 10 &&
                         *a->date_published == *a->date_modified;
  const bool forum = a->page_type == "forum";
  // A thread's structured time stamp in UTC (or in no stated zone, as
  // forum software writes server time) while its first post shows the
  // readers' local day: a day apart, the post's day is the one they saw.
  bool utc_thread = forum && a->date_published && !restamped && IsUtcTimeStamp(*a->date_published);
  if (utc_thread) {
    // Structured: JSON-LD, a meta tag or microdata; not a stamp read off the page.
    std::string_view src;
    for (const auto& [field, from] : a->sources)
      if (field == "date_published") src = from;
    utc_thread = src == "json-ld" || src == "itemprop" || src.substr(0, 5) == "meta:";
  }
  if (a->date_published && !restamped && !utc_thread) return;
  // A page that declares when it was last modified and nowhere when it was
  // published (a service or landing page whose CMS writes only
  // article:modified_time): that day is the only date it gives.
  const ParsedDate today = reference_date.empty() ? TodayUtc() : ParseDate(reference_date);
  // With no date anywhere else, a full date in the title ("Release notes
  // 2024-10-04", "Weekly update, March 5, 2024") dates the post it names.
  auto modified_only = [a, &today, date_order] {
    if (!a->date_modified) {
      if (!a->title || a->date_published) return;
      // (Not a deadline's or an event's day: "Call for papers: deadline
      // March 5, 2026", "Event: Open day, May 2".)
      if (IsExpiryStamp(*a->title) || IsEventStamp(*a->title)) return;
      const ParsedDate d = ParseDate(*a->title, date_order);
      if (!d.valid() || LaterDay(d, today)) return;
      ParsedDate day = d;
      day.hour = -1;
      a->date_published = day.ToIso();
      a->sources.emplace_back("date_published", "title");
      return;
    }
    // (A wiki's last edit is no publication: see ExtractDates.)
    for (const auto& [field, from] : a->sources)
      if (field == "date_modified" && from == "wiki-lastmod") return;
    a->date_published = a->date_modified;
    a->sources.emplace_back("date_published", "date_modified(no publication date)");
  };
  if (!root) return utc_thread ? void() : modified_only();
  std::optional<std::string> found;
  int stamps = 0;
  // The story's header often stands just before the body the content root
  // holds (a headline and byline block, then the text): the scan starts up
  // to 60 nodes before the root (each a step back in document order, a
  // descent into a previous sibling's last child counted too).
  const Node* start = root;
  for (int steps = 60; steps > 0 && start->parent && start->parent->is_element();) {
    if (!start->prev()) {
      if (start->parent->Is(TagId::kBody)) break;
      start = start->parent;
      --steps;
      continue;
    }
    start = start->prev();
    --steps;
    while (start->last_child() && steps > 0) start = start->last_child(), --steps;
  }
  // ... and ends up to 40 nodes after it: a post's footer line ("Posted on
  // May 2, 2023 in News") follows the text.
  const Node* const root_end = NextSkippingChildren(root, doc.root());
  int after = 40;
  int budget = 4000;
  std::string text;  // (one buffer for the stamps read)
  for (const Node* n = start; n && budget-- > 0 && (!root_end || n->id < root_end->id || after-- > 0);) {
    if (!n->is_element()) {
      n = NextInTree(n, doc.root());
      continue;
    }
    const uint32_t h = hints[n];
    if (n != root && IsDateFreeFurniture(n, h, forum)) {
      n = NextSkippingChildren(n, doc.root());
      continue;
    }
    const Node* here = n;
    n = NextInTree(n, doc.root());
    // A date-classed element or a line of a byline box ("<div
    // class=author-details><p>Jane Doe</p><small>May 2, 2023</small>").
    const bool hinted = (h & (kHintDate | kHintByline)) ||
                        (here->parent && here->parent->is_element() &&
                         (hints[here->parent] & (kHintDate | kHintByline)));
    // A thread's post stamps are often the permalink itself.
    if (here->Is(TagId::kA) && !forum) continue;
    if (!hinted && !IsBlockTag(here->tag) && !here->Is(TagId::kTime) && !here->Is(TagId::kSpan) &&
        !here->Is(TagId::kA))
      continue;
    if (HasBlockChild(here) || IsNonPublicationTime(here)) continue;
    const TextScan scan = ScanText(here, 400, /*find_digit=*/true, kDateLineMaxNodes);
    if (!scan.digit || scan.over) continue;
    if (!CollapsedTextInto(here, 200, kDateLineMaxNodes, &text, IsNonPublicationTime) || text.empty() ||
        text.size() > 160)
      continue;
    if (!IsDateLine(text)) {
      std::string_view part = DateLinePart(text);
      // A <time> that shows a relative day ("Yesterday at 4:25 AM") states
      // the date in its datetime attribute.
      if (part.empty() && here->Is(TagId::kTime)) part = here->Attr("datetime");
      if (part.empty() || (IsPlaceDateLine(text) && !MayBeDateline(here))) continue;
      text = std::string(part);
    }
    // In the body a bare date is as often an event's as the page's: take
    // it when the markup or a cue says it is a stamp, or in a thread (the
    // first post's).
    if (!forum && !hinted && !StartsWithPublicationCue(text) && !AfterBylineLine(here)) continue;
    if (!forum && InTeaserCard(here, &own)) continue;
    // (Nor a buyer's review's day on a product page: "<div class=item-review>
    // ... <span class=revEntryDate>2025-10-12</span>".)
    if (a->page_type == "product" && InReviewOrEventBox(here, true)) continue;
    // Outside the root the scan may be inside furniture it did not see
    // open: look up a few levels.
    if (here->id < root->id || (root_end && here->id >= root_end->id)) {
      bool furniture = false;
      int levels = 8;
      for (const Node* p = here->parent; p && p->is_element() && levels-- > 0 && !furniture; p = p->parent)
        furniture = IsDateFreeFurniture(p, hints[p], forum);
      if (furniture) continue;
    }
    if (restamped && (!StartsWithPublicationCue(text) || IsUpdateStamp(text))) continue;
    std::optional<std::string> d = NormalizeDate(text, today, date_order, date_zone);
    if (!d) continue;
    if (forum) {
      found = std::move(d);
      break;
    }
    // Stamps on three blocks and more are a list's (cards, an archive),
    // not the page's; one page shows one or two (published, updated).
    if (++stamps > 2) {
      found.reset();
      break;
    }
    if (!found) found = std::move(d);
  }
  if (utc_thread) {
    if (!found || !LocalDayOfUtcStamp(ParseDate(*a->date_published), ParseDate(*found))) return;
    a->date_published = *found;
    a->sources.emplace_back("date_published", "first-post day(structured stamp in UTC)");
    return;
  }
  // No stamp around the body: a dateline that opens its first paragraph,
  // run into the story ("NEW YORK, March 5, 2025 /PRNewswire/ -- Acme
  // today...", "São Paulo, 12 de março de 2025 – As chuvas..."), as wire
  // stories and press releases begin.
  bool inline_dateline = false;
  if (!found && !restamped && !forum && stamps == 0)
    if ((found = InlineDatelineDate(root, today, date_order, date_zone, &text))) inline_dateline = true;
  if (restamped) {
    if (!found || found->compare(0, 10, *a->date_published, 0, 10) >= 0) return;
  } else if (!found) {
    return modified_only();
  }
  a->date_published = *found;
  a->sources.emplace_back("date_published", restamped         ? "content-stamp(published repeats modified)"
                                            : inline_dateline ? "inline-dateline"
                                                              : "content-stamp");
}

namespace {

// The original-publication note after a story (see DateFromOriginalNote):
// the elements after the content root looked at, the nodes and bytes of
// each read, and the longest line taken for a note.
constexpr int kOriginalNoteElements = 3;
constexpr size_t kOriginalNoteReadNodes = 16;
constexpr size_t kOriginalNoteReadBytes = 240;
constexpr size_t kOriginalNoteMaxBytes = 200;

// Whether half the text of `n` or more is link text (its first
// kOriginalNoteReadNodes nodes read): a teaser of another story ("The
// photo first published on May 1, 2020 that changed..."), not a note on
// this one.
bool MostlyLinkText(const Node* n) {
  if (n->Is(TagId::kA)) return true;
  size_t all = 0, linked = 0, budget = kOriginalNoteReadNodes;
  for (const Node* c = n->first_child; c && budget; --budget, c = NextInTree(c, n)) {
    if (!c->is_text()) continue;
    const size_t bytes = Trim(c->data).size();
    all += bytes;
    int up = 8;
    for (const Node* p = c->parent; p && p != n && up-- > 0; p = p->parent)
      if (p->Is(TagId::kA)) {
        linked += bytes;
        break;
      }
  }
  return all > 0 && linked * 2 >= all;
}

}  // namespace

void MetadataExtractor::DateFromOriginalNote(const Node* root, std::string_view reference_date,
                                             NumericDateOrder date_order, Article* a) {
  if (!root || !a->date_published) return;
  std::string_view src;
  for (const auto& [field, from] : a->sources)
    if (field == "date_published") src = from;
  if (src != "date-stamp") return;  // (a declared date, or a cued one, stays)
  const ParsedDate today = reference_date.empty() ? TodayUtc() : ParseDate(reference_date);
  const ParsedDate shown = ParseDate(*a->date_published);
  if (!shown.valid()) return;
  // (The first three elements after the root, a short line each: a
  // disclaimer under the story, not another story.)
  // Never a heading or a line of links (a related story's teaser).
  std::string text;
  int elements = kOriginalNoteElements;
  for (const Node* n = root->next; n && elements > 0; n = n->next) {
    if (!n->is_element()) continue;
    --elements;
    if ((n->tag >= TagId::kH1 && n->tag <= TagId::kH6) || MostlyLinkText(n)) continue;
    if (!CollapsedTextInto(n, kOriginalNoteReadBytes, kOriginalNoteReadNodes, &text) ||
        text.size() > kOriginalNoteMaxBytes)
      continue;
    const size_t cue = OriginalPublicationCueEnd(text);
    if (cue == std::string::npos) continue;
    const ParsedDate d = ParseDate(std::string_view(text).substr(cue), date_order);
    if (!d.valid() || !LaterDay(shown, d) || LaterDay(d, today)) continue;
    a->date_published = d.ToIso();
    a->sources.emplace_back("date_published", "original-publication note");
    return;
  }
}

void MetadataExtractor::DateFromReplyItem(const MetadataOutput& out, const Node* root, Article* a) {
  if (a->date_published || out.reply_date.empty() || !out.reply_date_node || !root) return;
  // The reply item holding the date: its nearest itemscope ancestor.
  const Node* item = out.reply_date_node->parent;
  for (int levels = 64; item && levels-- > 0 && !item->HasAttr("itemscope"); item = item->parent) {}
  if (!item) return;
  // The posts are the body: the root holds the item, or lies inside it.
  if (!IsWithin(item, root, 64) && !IsWithin(root, item, 64)) return;
  a->date_published = out.reply_date;
  a->sources.emplace_back("date_published", "itemprop-reply");
}

void MetadataExtractor::Finish(const MetadataOutput& out, Article* a) {
  // Dek from the description when no standfirst is visible, unless the
  // description only repeats (or truncates) the start of the body.
  if (a->dek || !a->description || a->text.empty() || a->description->size() < 30) return;
  // (Normalized once a page: the metadata stage may have made it.)
  const std::string d = out.normal_description ? *out.normal_description : NormalizeForCompare(*a->description);
  if (d.size() < 30) return;
  if (a->title && NormalizedEquals(*a->title, d)) return;
  // Where the description repeats the body it does so near its start: the
  // first few hundred bytes past its own length are enough to look at.
  const size_t window = std::min(a->text.size(), a->description->size() * 2 + 600);
  // Strip a trailing ellipsis word fragment.
  const std::string_view probe = std::string_view(d).substr(0, d.size() > 40 ? d.size() - 12 : d.size());
  // The normal form holds the probe only from where the text holds the
  // probe's first word in some case (normalizing folds ASCII case and turns
  // what else it drops into spaces): the text before that is not normalized.
  // So a match starts where the text holds that word, and the text is
  // normalized from each of those places only as far as it agrees with the
  // probe. (Past kMaxProbeStarts places, the rest is normalized at once:
  // the work stays linear.)
  std::string_view head = std::string_view(a->text).substr(0, window);
  const std::string_view first_word = probe.substr(0, probe.find(' '));
  constexpr int kMaxProbeStarts = 32;
  int starts = 0;
  for (size_t at = FindIgnoreCase(head, first_word); at != std::string_view::npos;
       at = FindIgnoreCase(head, first_word, at + 1)) {
    if (++starts > kMaxProbeStarts) {
      if (NormalizedContains(head.substr(at), probe)) return;
      break;
    }
    if (NormalizedStartsWith(head.substr(at), probe)) return;
  }
  a->dek = *a->description;
  a->sources.emplace_back("dek", "description");
}

bool MetadataExtractor::CaptionsLeadImage(const Node* caption, const std::optional<std::string>& image_url,
                                          bool lead_in_figure) {
  if (!caption || !image_url) return true;
  const std::string lead_stem = ImageFileStem(*image_url);
  if (lead_stem.empty()) return true;
  const Node* img = PictureNearCaption(caption);
  if (!img) return false;
  const std::string_view src = LoadedImageSrc(img);
  return src.empty() || ImageFileStem(src) == lead_stem || !lead_in_figure;
}

size_t ThreadSpareMetadataListBytes() {
  const SpareCollectorLists& s = ThreadSpareLists();
  size_t bytes = s.metas.capacity() * sizeof(MetaTag) + s.objects.capacity() * sizeof(const JsonValue*) +
                 s.object_types.capacity() * sizeof(JsonLdType) + s.title_text.capacity() + s.label_buf.capacity();
  for (const std::vector<const Node*>& v : s.nodes) bytes += v.capacity() * sizeof(const Node*);
  return bytes;
}

}  // namespace lede
