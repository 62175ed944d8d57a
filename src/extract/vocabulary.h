// The heuristic vocabularies of extraction, as data: class/id words that
// mark boilerplate or content, roles, phrases of boilerplate lines, and cue
// words for metadata. Every word list lives in vocabulary.cc; code asks
// questions ("is this class/id boilerplate?") through the functions here.
#ifndef LEDE_EXTRACT_VOCABULARY_H_
#define LEDE_EXTRACT_VOCABULARY_H_

#include <cstdint>
#include <span>
#include <string>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dom/document.h"

namespace lede {

// The languages of the vocabulary's language-tagged words (the stamp words'
// table in vocabulary.cc, the month names in dates.cc), as bits: a word
// several languages write alike names each.
enum WordLanguage : uint32_t {
  kEn = 1u << 0, kDe = 1u << 1, kFr = 1u << 2, kEs = 1u << 3, kIt = 1u << 4, kPt = 1u << 5, kNl = 1u << 6,
  kPl = 1u << 7, kRu = 1u << 8, kTr = 1u << 9, kSv = 1u << 10, kDa = 1u << 11, kNo = 1u << 12, kFi = 1u << 13,
  kCs = 1u << 14, kSk = 1u << 15, kHu = 1u << 16, kRo = 1u << 17, kId = 1u << 18, kMs = 1u << 19, kEl = 1u << 20,
  kUk = 1u << 21, kAr = 1u << 22, kVi = 1u << 23, kZh = 1u << 24, kJa = 1u << 25, kKo = 1u << 26, kFa = 1u << 27,
  kHe = 1u << 28, kHi = 1u << 29,
};

// What a class/id string says about its element. Bits, combinable.
enum ClassHint : uint32_t {
  kHintNone = 0,
  kHintBoilerplate = 1 << 0,  // navigation, share bars, ads, widgets...
  kHintContent = 1 << 1,      // "content", "article", "post", "story"...
  kHintArticleBody = 1 << 2,  // strong: "article-body", "entry-content"...
  kHintComments = 1 << 3,     // comment sections
  kHintHidden = 1 << 4,       // screen-reader-only / hidden utility classes
  kHintCaption = 1 << 5,      // figure captions, photo credits
  kHintCredit = 1 << 6,       // photo/image credit specifically
  kHintByline = 1 << 7,       // author/byline/dateline boxes
  kHintDek = 1 << 8,          // standfirst / subtitle / summary under a headline
  kHintKicker = 1 << 9,       // section label above a headline
  kHintTags = 1 << 10,        // tag lists
  kHintAd = 1 << 11,          // advertising slots (a kind of boilerplate)
  kHintRelated = 1 << 12,     // related/recommended/more-from widgets
  kHintTitle = 1 << 13,       // headline containers ("headline", "entry-title")
  // Words that often name page chrome but also layout wrappers of content
  // ("widget", "sidebar", "skip"): boilerplate only when the element's
  // content looks like it (little prose, or mostly links).
  kHintWeakBoilerplate = 1 << 14,
  // Never content, however much text it holds: consent managers, widget
  // vendors. No share of the page reprieves it.
  kHintNeverContent = 1 << 15,
  // An embedded post quoted in an article (a tweet, an Instagram post):
  // content even inside a "social" container.
  kHintEmbed = 1 << 16,
  kHintDate = 1 << 17,        // date stamps ("date", "published", "timestamp")
  kHintItemprop = 1 << 18,    // not a word: the element has an itemprop attribute
  // A disclosure panel: the collapsible body of an accordion or a tab
  // ("collapse", "accordion-content", "tab-pane"). Hidden until opened.
  kHintPanel = 1 << 19,
  kHintItemtype = 1 << 20,    // not a word: the element has an itemtype attribute (microdata)
  kHintPoster = 1 << 21,      // a forum poster's name ("username", "postauthor")
  // Navigation words ("nav", "menu", "breadcrumb", "pagination"): strong
  // boilerplate when the element is made of links, weak when it holds
  // prose (a scroll-spy target, a "tabs-menu" of answers).
  kHintNavigation = 1 << 22,
  // Filter words ("filter", "facets", "refinements"): a category page's
  // filter panel (colour, size, price range) when the element holds the
  // panel's form controls (see content.cc); alone they say nothing ("a
  // photo filter", a CSS filter utility).
  kHintFacet = 1 << 23,
  // A forum poster's rank, banner and profile fields beside each post
  // ("userTitle", "message-userExtras"): left out on threads.
  kHintPosterExtras = 1 << 24,
  // The site's own name or logo in the page header ("site-title", "logo",
  // "site-header"): a heading there names the site, not the page.
  kHintMasthead = 1 << 25,
  // A box that opens over the page ("modal", "popup"): boilerplate, and a
  // dialog (see content.cc: a consent dialog is never the page).
  kHintOverlay = 1 << 26,
  // A carousel's copy of a slide, made so that it can loop ("slick-cloned",
  // "swiper-slide-duplicate"): the slide's text again, never a panel.
  kHintClone = 1 << 27,
  // Not a word: the element has a rel attribute (metadata reads the links
  // whose rel names an author or a tag).
  kHintRel = 1 << 28,
  // People the page presents or quotes, not its writers: testimonials, an
  // expert panel, the team, speakers. (Read by the author rules only.)
  kHintPeople = 1 << 29,
  // A document's back matter: its list of references, footnotes or
  // endnotes ("references", "reflist", "footnotes"). Kept with the body
  // it closes, never what makes a block the body.
  kHintReferences = 1u << 30,
  // A call to action ("cta", "call-to-action": a box that sells the
  // site's product or asks the reader to sign up). Boilerplate on an
  // article, where it interrupts the story; elsewhere (a service's page)
  // it is often the page's own offer.
  kHintCallToAction = 1u << 31,
};

// Classifies the concatenated class and id attribute values of an element
// (any case). Words are matched on tokens split at non-alphanumerics and
// camelCase boundaries.
uint32_t ClassifyClassId(std::string_view class_attr, std::string_view id_attr);

// A reader of a document's elements that rides along HintTable::Build's walk
// (the metadata collector: one walk of the page, not two). Build hands on
// each element it classifies whose tag `tags` marks or whose hints share a
// bit with `hint_mask`, in document order, with its hints; `in_noscript`:
// the element is inside a <noscript>. Build does not enter <head> (the
// visitor reads it itself) nor the insides of script, style, template, SVG
// and MathML; a <script> element itself is handed on.
class HintVisitor {
 public:
  bool tags[size_t(TagId::kCount)] = {};
  uint32_t hint_mask = 0;
  virtual void Visit(const Node* n, uint32_t hints, bool in_noscript) = 0;

 protected:
  ~HintVisitor() = default;
};

// ClassifyClassId for every element of a document, indexed by Node::id.
// Each distinct class list is classified once per document, and each
// distinct class name once while it stays in the table's cache of names,
// across documents, and so each distinct id (the caches empty when one
// holds kMaxCachedNames).
// Reused across documents to keep its memory and the names read.
class HintTable {
 public:
  // (`visitor`, if any, reads the elements in the same walk: HintVisitor.)
  void Build(const Document& doc, HintVisitor* visitor = nullptr);
  // By node (a row per element, Node::eid; text and other nodes read the
  // shared zero row).
  uint32_t operator[](const Node* n) const { return hints_[n->eid]; }
  size_t table_bytes() const { return hints_.capacity() * sizeof(uint32_t); }
  // An element's class list holds a class name that a discussion platform
  // puts on a thread page's posts or replies only ("comment-tree", "comtr"
  // of a link aggregator's item page; Lemmy's "comment-node"; HyperKitty's
  // "view-thread"): whole class names, any case, in the first 256 bytes
  // (found in the same pass as the class hints, once per distinct class
  // list).
  bool thread_markup() const { return thread_markup_; }

 private:
  template <bool kVisit>
  void Walk(const Document& doc, HintVisitor* visitor);
  std::vector<uint32_t> hints_;
  // The hints of each distinct class list of the page (ClassHints), and
  // what each distinct class name read reads as alone (ReadAttribute): the
  // names are copied into `name_bytes_`, kept across pages.
  struct CacheSlot {
    std::string_view key;
    uint64_t hash = 0;  // HashBytes64(key): kept for the table's growth and probes
    uint32_t hints = 0;
    uint8_t flags = 0;   // of a name: kNameReprieve, kNameThreadMarkup
    uint8_t tokens = 0;  // of a name: its peak token count
    bool used = false;
  };
  struct Cache {
    std::vector<CacheSlot> slots;
    size_t used = 0;
    void Reset() { slots.assign(kCacheMinSize, {}), used = 0; }
    // `key`'s slot: its entry, or the free slot to fill (`used` false).
    // (Open addressing, at most half full: the table doubles as it fills.)
    CacheSlot& Find(std::string_view key, uint64_t hash);
  };
  static constexpr size_t kCacheMinSize = 256;  // a power of two
  uint32_t ClassHints(std::string_view cls);
  static constexpr size_t kMaxCachedNames = size_t{1} << 15;
  uint32_t IdHints(std::string_view id);
  // A copy of `key` in name_bytes_; both caches of names empty first when
  // either is full.
  std::string_view KeepName(std::string_view key);
  Cache lists_, names_, ids_;
  Arena name_bytes_;
  bool thread_markup_ = false;
};

// What an element's ARIA role says, as bits (ClassifyRole).
enum RoleKind : uint32_t {
  kRoleChrome = 1 << 0,    // page chrome: navigation, banner, contentinfo, complementary...
  kRoleDialog = 1 << 1,    // "dialog", "alertdialog": a box over the page
  kRoleStatus = 1 << 2,    // "status": a live region's message, chrome when it is short
  kRoleMain = 1 << 3,      // "main": the main landmark
  kRoleTabPanel = 1 << 4,  // "tabpanel": a tab's panel
  kRoleButton = 1 << 5,    // "button": a control drawn as a button
  kRoleHeading = 1 << 6,   // "heading": an element that heads a section
  kRoleTab = 1 << 7,       // "tab": one tab of a tab list
};
// A role attribute's value read once (trimmed, any case): its RoleKind bits.
uint32_t ClassifyRole(std::string_view role);
// Whether an element of class list `cls` whose whole text is `text` is an
// icon font's glyph: a private-use glyph alone (in any element, of any
// class or none), or a ligature name under a class of Font Awesome ("fa",
// "fas", "fa-solid", "fa-*"), Glyphicons, Bootstrap Icons ("bi bi-*"),
// IcoMoon/Fontello ("icon-*") or Dashicons: one lower-case word in the
// Material style ("arrow_forward"), or the icon's own name from its class
// ("icon-home" holding "home"). Not a styled line ("icon-user" holding
// "admin", or "icon-calendar" holding "March 3, 2024"), which is text.
// (A few dozen bytes of text at most.)
bool IsIconFontGlyph(std::string_view cls, std::string_view text);
// Whether an ARIA role attribute is "banner" (the page header landmark).
bool IsBannerRole(std::string_view role);
// What marks a role=banner box as the site's own header: a role naming a
// navigation or search landmark, a search field's input type, a link to the
// site's home ("/").
bool IsSiteHeaderMarkRole(std::string_view role);
bool IsSiteHeaderMarkInputType(std::string_view type);
bool IsSiteHomeHref(std::string_view href);
// Whether an ARIA role attribute is "tablist" (a row of tabs; any case).
bool IsTabListRole(std::string_view role);
// Whether a class list names a button ("btn", "btn-primary", "button",
// "button--secondary": a class token that is the word or starts with it
// and '-' or '_'; not "buttonless", "submit-btn").
bool NamesButtonClass(std::string_view cls);

// An aria-roledescription that names a carousel's slide ("slide",
// "Carousel slide": the WAI-ARIA carousel pattern).
bool IsSlideRoleDescription(std::string_view description);
// An aria-label that names a picture of a product's screens ("A screenshot
// of the app showing...", "Visual demonstration of the editor...", "Mockup
// of the checkout"): on a box of markup, a drawing of an app, not text.
bool IsDrawnScreenLabel(std::string_view label);
// Whether a class attribute marks a link aggregator's votes or points.
bool IsLinkPostVoteClass(std::string_view cls);
// A link's words that name one of the site's own pages, as a footer lists
// them ("About", "Careers", "Press", "Privacy", "Terms", "Help").
bool IsSiteLinkLabel(std::string_view text);
// Whether a data-toggle / data-bs-toggle value makes its element the
// toggle of a collapsible panel (Bootstrap's "collapse").
bool IsCollapseToggleValue(std::string_view value);
// What a data-role value marks in a board's markup: a <form> of moderation
// tools around a thread's posts (Invision's "moderationTools"), the
// poster's signature under a post ("memberSignature"); kNone otherwise.
// Any case, spaces around allowed.
enum class DataRole : uint8_t { kNone, kModerationForm, kPostSignature };
DataRole ClassifyDataRole(std::string_view value);
// The attribute with which Invision Community marks the parts of a post
// that a reply's quote of it leaves out: its edit note ("Edited April 18,
// 2024 by Jane"), a line of the board's, not the poster's words.
inline constexpr std::string_view kQuoteExcludedAttr = "data-excludequote";

// Inline style hides the element (display:none, visibility:hidden).
bool IsHiddenStyle(std::string_view style);
// Inline style whose last display declaration shows the element
// ("display:block", "display: flex !important"): a popover so styled is
// shown without its control (see content.cc).
bool IsShownDisplayStyle(std::string_view style);
// Inline style whose last display declaration lays the element out as a
// block of its own ("display:block", "display: flex", grid, list-item,
// table), and a class attribute holding a display utility that does
// ("block", Bootstrap's "d-block", "flex"...): a <span> so laid out is a
// line of its own, its words part from the text before it ("<h1>Notion
// Alternatives<span class=block>Top Tools</span></h1>").
bool IsBlockDisplayStyle(std::string_view style);
bool IsBlockDisplayClass(std::string_view cls);

// A short line that is page furniture wherever it appears ("Advertisement",
// "Share this article", "Read more"). Matched case-insensitively on the
// whole trimmed line.
// The label of a list's sort control ("Sort by", "Sort: Best Match"), given
// lower-case and trimmed. (Part of IsBoilerplateLine.)
bool IsSortControlLine(std::string_view low);
// Whether `line` opens on a sort control's cue ("Sort", "Sort by",
// "Trier par"), any case: a cheap look before the line is read again.
bool OpensOnSortCue(std::string_view line);
// `heading`: the line is a heading element's. A result list's count ("33
// results") is furniture in a toolbar, but a heading that counts ("3
// events", "12 jobs", "400 Products" over a category's grid) titles the
// section it heads: no boilerplate there.
bool IsBoilerplateLine(std::string_view line, bool heading = false);

// The size of the filing cue `line` opens on, a space after it ("Published
// in The Engineering Blog · 6 min read"); 0 if none.
size_t FilingLabelSize(std::string_view line);

// A skip link's words ("Skip to main content", "Jump to navigation"): an
// in-page link for keyboard users that jumps past the site's header. Any
// case; the whole trimmed line.
bool IsSkipLinkLine(std::string_view line);
// A mail-list archive's link line to the neighbouring message: "Previous
// message (by thread): <subject>", "Messages sorted by: [ date ]...".
bool IsArchiveNavLine(std::string_view line);
// A cookie-consent note standing where a blocked embed would be ("This
// content is hidden by your cookie preferences. To view it, accept..."), at
// most a few hundred bytes.
bool IsConsentPlaceholder(std::string_view text);
// An image address whose file is a lazy loader's stand-in ("s_1x2.gif",
// "blank.gif", "spacer.png", "placeholder.svg", "transparent.png"): its
// file name (path's last segment, query cut) holds one of those names.
bool IsLazyImagePlaceholder(std::string_view url);
// The attributes a lazy loader keeps an image's real address in while its
// src holds a placeholder, in the order they are read.
inline constexpr std::string_view kLazyImageSourceAttrs[] = {"data-src", "data-lazy-src", "data-original"};
// The attributes holding an image's candidate list (srcset syntax), read
// when its src is missing or a placeholder and no kLazyImageSourceAttrs
// holds the real one: a lazy loader's first, then the browser's own.
inline constexpr std::string_view kImageSrcsetAttrs[] = {"data-srcset", "data-lazy-srcset", "srcset"};
// The MIME types of a <picture>'s <source> a reader can show (lower-case;
// a <source> with no type is taken too, one of another type skipped).
inline constexpr std::string_view kShowableImageTypes[] = {"image/jpeg", "image/jpg", "image/png",
                                                          "image/webp", "image/avif", "image/gif"};
// A media player's time alone: "3:45", "1:02:10", "0:00 / 4:02", "Listen · 4:02".
bool IsMediaTimeLine(std::string_view line);
// One phrase of a few words repeated, and nothing else: a ticker's
// "Book now * Book now * Book now * Book now" (six words at least, the
// phrase four at most, three times at least).
bool IsRepeatedPhraseLine(std::string_view line);
// The line holds a mark a ticker puts between the copies of its phrase
// ("Book now * Book now", a bullet, a bar, a middle dot).
bool HasTickerSeparator(std::string_view line);
// The text is separator marks alone ("|", " \xC2\xB7 ", "/"), at least one:
// what is left of a line of links and stamps once they are taken out.
bool IsSeparatorOnly(std::string_view text);
// The text is invisible marks alone (IsInvisibleMark: a joiner, a
// zero-width space, a BOM): "<p>&zwj;</p>", a site builder's blank line.
bool IsOnlyInvisibleMarks(std::string_view text);
// The text of a link back ("Back to top", "Back to project", "Back to all
// posts"): "back to" and a few words.
bool IsBackLinkLine(std::string_view line);
// Whether the line opens with one of the arrows a control's label opens
// with (kLeadingArrows: "<", "«", "‹", "←", "^", "↑"), spaced or not:
// "‹ Back", "<Blog".
bool OpensWithArrow(std::string_view line);

// The longest heading, in bytes, that the furniture heading checks below
// read as furniture by its length (a buyers' shelf sentence, a "Written
// by ..." card, a nearby strip): a longer heading is the page's own. A
// caller that reads a heading cut must read past this many bytes (see
// kFurnitureHeadingReadBytes), or a long heading cut to it reads as short.
inline constexpr size_t kFurnitureHeadingMaxBytes = 80;
// Bytes of a heading read for those checks: kFurnitureHeadingMaxBytes and
// what a cut may drop at its end (a partial UTF-8 character, 3 bytes at
// most, and the space before it), so that a heading longer than the
// checks' limit still reads longer than it.
inline constexpr size_t kFurnitureHeadingReadBytes = kFurnitureHeadingMaxBytes + 5;

// A heading that opens page furniture inside an article: "Related
// articles", "You may also like", "About the author", "Comments".
bool IsFurnitureHeading(std::string_view heading);
// A heading over a strip of the site's other stories under a story
// ("Featured articles", "Keep reading", "Recent articles"). Asked on
// articles and signed stories only (a blog's index heads its own list so).
bool IsStoryFurnitureHeading(std::string_view heading);
// A heading that closes a story on a blog platform ("Written by Nina
// Okafor" over the writer's card, "Responses (12)"): furniture after the
// story's prose only.
bool IsAfterStoryFurnitureHeading(std::string_view heading);
// A press release's contact heading ("Media contact:", "Pressekontakt",
// "Contact presse", "お問い合わせ先"): the press officers' names, phones
// and e-mails under a release, not its text. Asked on articles, after a
// story's worth of prose.
bool IsPressContactHeading(std::string_view heading);
// A block that opens on such a label and gives the contact ("Media
// contact: Dana Whitcombe, +1 212-555-0147, dana@example.com": an e-mail
// or a phone number follows), or a newswire's line under the release
// ("View original content to download multimedia: <url>").
bool IsPressContactBlock(std::string_view text);
// Such a block's bytes at most: a few names, phones and addresses.
inline constexpr size_t kPressContactBlockMaxBytes = 400;
// Whether `text` holds an e-mail address or a phone number (7 digits at
// least, in groups or after "+", "(" or "0"; not a year's range).
bool HoldsContactData(std::string_view text);
// A short label, ending on a colon, over a list of links to other posts:
// a furniture heading ("Related posts:") or a line that ends on one of
// its cues ("If you liked this post you might also like:", "You may also
// check:").
bool IsRelatedListLabel(std::string_view line);
inline constexpr size_t kRelatedListLabelMaxBytes = 80;
// A heading over a feed of the site's newest stories ("Latest news",
// "Latest posts"): furniture beside an article, the page's own list on a
// list page.
bool IsFeedHeading(std::string_view heading);
// Whether `heading` heads a strip of links to other pages of the site
// ("Popular searches in ...", "Popular songs by ..."): furniture when
// links follow it (see IsFurnitureHeadingOf).
bool IsLinkShelfHeading(std::string_view heading);
// Only the furniture headings that may go on with anything and name
// furniture outright ("More from ...", "Customers who bought ...", "Your
// recently viewed ..."): read on a line that opens its box whatever follows.
bool IsFurnitureHeadingPrefix(std::string_view heading);

// A breadcrumb trail written out ("Culture » Books", "Home › News ›
// Local"): two parts at least, each short, joined by a trail separator
// (see kTrailSeparators). Asked of a line that is all links.
bool IsBreadcrumbTrailLine(std::string_view line);
// Whether an element's hints (ClassifyClassId, HintTable) name a
// breadcrumb trail ("breadcrumbs", "ArticlePage-breadcrumbs",
// "bread-crumb", "topicpath"): navigation and a kicker at once, as the
// trail's words in the class table mark it. (Any navigation with a
// kicker's word reads so: a menu's own label is no section over the
// headline either.) The hints say it: the class need not be read again.
constexpr bool IsBreadcrumbHints(uint32_t hints) {
  return (hints & (kHintNavigation | kHintKicker)) == (kHintNavigation | kHintKicker);
}
// A gallery's bare counter beside its photos ("1 / 14"): a number no
// greater than the one after the slash. With `worded`, a counter's word
// in place of the slash too ("1 of 5", "1 de 5": see kSlideCounterWords),
// for a line the caller knows is among a gallery's controls (a listicle's
// "1 of 15" marker over each item is no counter).
bool IsSlideCounterLine(std::string_view line, bool worded = false);
// The same, read once for both: kSlashed for a counter IsSlideCounterLine
// takes as it is ("1 / 14"), kWorded for one it takes only `worded` ("1 of
// 5"), kNone for no counter.
enum class SlideCounter : uint8_t { kNone, kSlashed, kWorded };
SlideCounter ReadSlideCounter(std::string_view line);
// A gallery's tally of its media, on a line of its own ("5 VIDEOS", "12
// photos", "+3 images"): a thumbnail strip's counter.
bool IsMediaTallyLine(std::string_view line);
// Whether a class attribute names a pull quote ("wp-block-pullquote",
// "pull-quote", "PullQuote"): the story's words repeated in large type.
bool IsPullQuoteClass(std::string_view cls);
// Whether a paragraph opens on a dateline: a place in capitals and a dash
// set apart ("DEVENTER - De proef ...", "SÃO PAULO — ...").
bool OpensWithDateline(std::string_view text);
// A line made only of arrow glyphs ("<>", "‹ ›", "← →"): a slider's
// or a pager's buttons.
bool IsArrowControlLine(std::string_view line);
// A shop's ranking badge on a product's line ("#1 Best Seller in Water
// Bottles", "Bestseller"): merchandising, not the product's facts.
bool IsBestSellerBadgeLine(std::string_view line);
// A shop's nudge beside the buy box, a line of its own: how many others are
// looking ("16 people are viewing this right now", "3 people have this in
// their carts") or how few are left ("Low in stock, only 1 left", "Hurry!
// Only 2 left"). The state of the shop's stock today, not the product's
// facts. A bare "In stock" (a spec row's, a card's), "Currently
// unavailable" and a restock form's "Notify me when back in stock" (which
// WCXB's annotators keep) are none.
bool IsStockNudgeLine(std::string_view line);
// On an event's page, a box office's line: a ticket's status or the
// button to buy one ("Sold Out", "Karten kaufen", "Only 12 tickets left"),
// or a row of the dates list closed by one after its clock time.
bool IsTicketStatusLine(std::string_view line);
// Whether `text` holds a time of day ("12:20", "14h30", "12.20 Uhr").
bool HasClockTime(std::string_view text);
// Whether a preformatted box opens as a mail archive's own box around a
// message ("Reply instructions:", "Thread overview:", "permalink raw
// reply ..."), not the message's text.
bool IsMailArchiveBoxOpening(std::string_view text);
// An account prompt on a line of its own: a sign-in cue, then "to" and
// what signing in would let one do ("Sign in to add this item to your
// wishlist, follow it, or mark it as ignored", "Log in to see your price").
// The shop's account furniture, not the product's text. A step of a guide
// ("Log in to your console and click Create") names the place, not an
// action: the word after "to" is no determiner or possessive. One sentence
// of a few words (kSignInPromptMaxBytes). "Register" is also an everyday
// verb ("Register to vote by March 20"): it opens a prompt only when
// `register_counts` (the caller's: the line holds a link, or the page is a
// shop's).
bool IsSignInPromptLine(std::string_view line, bool register_counts = true);
// An issue tracker's timeline event line: a handle, then the event
// ("tobiasfenn closed this as completed in #734", "... mentioned this
// issue"). (The caller asks that the handle be a link: a poster's own
// "I reopened this since it came back" has none.)
bool IsIssueEventLine(std::string_view line);
// The words of a map's link beside an address ("google map", "Get
// directions").
bool IsMapLinkLine(std::string_view line);

// A version number opening a line ("2.4.0 2024-06-03"): a release's
// heading in a changelog.
bool OpensOnVersionNumber(std::string_view line);

// A class list naming a badge or a label chip ("badge", "badge-category",
// "category-badge"): a thread's category or tag label beside its title.
bool IsBadgeClass(std::string_view cls);

// A class list naming a shop card's badge ("product-flag", "productBadge",
// "card__sash", "ribbon"), its class names read as word parts: the sticker
// over a product's picture ("New", "Sale", "Last chance").
bool IsCardBadgeClass(std::string_view cls);
// Whether a class name of `cls` names one label chip of a run of them,
// drawn apart by style though the markup sets them side by side with no
// space: a badge, a label, a tag, a chip or a pill ("badge", "label
// label-info", "tag-item", Doxygen's "mlabel": "inline" "noexcept").
bool IsLabelChipClass(std::string_view cls);

// A heading that opens the shop's add-on strip under a product: the other
// products sold beside it ("Accessories", "Choose your add-ons"). Asked on
// product pages only (a guide's "Accessories" section is its content).
// (Not the customer reviews: the gold of product pages keeps them about as
// often as it drops them.)
bool IsProductFurnitureHeading(std::string_view heading);
// A heading over a product page's delivery section ("Shipping information",
// "Informations sur la livraison"), and whether a section's text states a
// shop's delivery terms (working days, carriers, free shipping): such a
// heading heads the store's terms only over such text.
bool IsDeliveryInfoHeading(std::string_view heading);
bool HoldsDeliveryTermsCue(std::string_view text);
// A product page's stock line ("En stock, expédié sous 24 h", "Em estoque:
// 4 unidades") or short delivery promise ("Ships within 1 business day").
bool IsStockOrDeliveryLine(std::string_view line);
// A shop's link to its size chart ("Size Guide", "Zur Größentabelle") or
// its size picker's prompt ("Seleziona la taglia"), whole.
bool IsSizeControlLine(std::string_view line);
// A shop's loyalty offer under a product's price ("Earn 5 times the points
// on your Nectar card with this product", "Earn 120 reward points"): a
// short line with a digit, an earning word, a points word and an offer's
// cue (the purchase or the scheme named).
bool IsLoyaltyPointsLine(std::string_view line);
// The name of a buy box's row or a rating histogram's bar, drawn like a
// spec's name ("Delivery", "Availability:", "5 stars"): not a spec.
bool IsBuyBoxRowName(std::string_view name);
// A product page's seller line ("Sold and shipped by Walmart.com") and a
// fashion shop's note on its model's size ("Model is 1,85 m and wears size
// M").
bool IsSellerLine(std::string_view line);
bool IsModelSizeNote(std::string_view line);
// A marketplace's count of the units sold ("1.2k sold", "500+ bought in
// past month", "Đã bán 1,2k", "Заказов: 12 тыс.").
bool IsSoldCountLine(std::string_view line);
// Whether a class token names the title of an accordion's panel: a panel
// word joined to a title word ("accordion-title", "accordion__header",
// "collapsible-trigger", "toggle__title"). The first 256 bytes; case
// ignored.
bool NamesPanelTitleClass(std::string_view cls);
// The label of a product page's hidden tab or toggle over the store's
// terms ("Warranty", "Payment options", "Size guide", "Shipping & Returns"):
// what every product's page repeats, not this product's (a hidden panel
// is kept only when its words are the product's). Whole label, ':' after.
bool IsShopTermsPanelLabel(std::string_view label);
// A class attribute naming a shop theme's tab or toggle panel
// ("tab__content", "toggle-content is-closed"), separators aside.
bool NamesThemeTogglePanel(std::string_view class_attr);
// Whether a class list names tabs ("product-tab", "tabs", "tablist"): the
// tab bar over a tabbed box's panels, or the box itself.
bool NamesTabs(std::string_view cls);
// Whether a class list names a tab bar: a word of NamesTabs, or a bar's
// own name ("tabbed-labels": MkDocs Material; "nav-tabs": Bootstrap).
bool NamesTabBar(std::string_view cls);
// Whether a class list names a code listing's line numbers ("linenos":
// Pygments/Sphinx; "lineno", "rouge-gutter": Rouge; "ln", "lnt": Chroma).
bool IsLineNumberClass(std::string_view cls);
// Whether a class list's first name names one line of a code listing
// printed without <pre> ("line": Doxygen's div.line, SyntaxHighlighter's
// "line number1 index0 alt2"), and whether one
// names the listing's box ("fragment": Doxygen; "code", "syntaxhighlighter",
// ...). See IsCodeLineBox.
bool IsCodeLineClass(std::string_view cls);
bool NamesCodeBox(std::string_view cls);
// Whether a class list names a code example whose lines <br>s part
// ("w3-code", "code-example"; not a bare "code"). See IsBrCodeBox.
bool NamesBrCodeBox(std::string_view cls);
// Whether a class list hides its element from the eye for screen readers
// only ("sr-only", "visually-hidden", "screen-reader-text").
bool NamesScreenReaderOnly(std::string_view cls);
// A heading over a job board's or an estate agent's strip of other adverts
// ("Similar jobs", "Other open roles", "Similar properties"). Asked on pages
// that are not articles only (a news story's "More jobs" is its section).
bool IsListingFurnitureHeading(std::string_view heading);
// A heading over a board's list of other threads under or beside a thread
// ("Similar threads", "Suggested Topics", "Related questions"). Asked on
// threads only (elsewhere "Related questions" may head a page's own FAQ).
bool IsThreadFurnitureHeading(std::string_view heading);
// A heading over a strip of the site's own publications under a service's
// or a product's page ("Featured insights", "From the blog"). Asked on
// pages that are not articles, threads or products.
bool IsSiteFeedHeading(std::string_view heading);
// An event page's button that copies the event into a calendar app ("+
// Google Calendar", "Add to calendar"). Asked of a link or a button only: a
// how-to's heading says the same words.
bool IsCalendarButtonLine(std::string_view line);
// Whether a card's title opens with a bracketed ad marker ("【PR】...",
// "[Anzeige] ...", "(Sponsored) ..."): a paid placement among a list's items.
bool OpensWithAdMarker(std::string_view title);
// Whether a class or an id names a comment section or a comment
// ("comments", "comment-body").
bool NamesComments(std::string_view cls_or_id);
// A shop's note that an AI wrote the block around it, a line of its own
// ("AI-generated from customer reviews", "Generated by AI", "Buyer
// highlights, summarized by AI").
bool IsAiSummaryNote(std::string_view line);
// The longest such note in bytes (a short line: a caption, a footnote).
inline constexpr size_t kAiSummaryNoteMaxBytes = 100;
// Whether a line speaks of reviews, ratings or customers ("Customers say",
// "Reviews summary").
bool NamesReviews(std::string_view text);
// Whether a short heading names a shop's service ("Delivery and Pickup",
// "Financing options", "Free Shipping & Returns"): the head of a card in a
// band of the shop's promises beside its products.
bool IsShopServiceHeading(std::string_view heading);
inline constexpr size_t kShopServiceHeadingMaxBytes = 40;
// Whether a short line states one of a shop's promises ("Free shipping
// worldwide", "Free returns", "24 month warranty", "100% secure
// checkout"): a line of a strip of icon lines beside the product.
bool IsShopPromiseLine(std::string_view line);
inline constexpr size_t kShopPromiseLineMaxBytes = 48;
// The heading of a category page's filter panel ("Filters", "Refine by").
bool IsFilterPanelHeading(std::string_view heading);

// A line that is only a count or a counter: "3", "1,935", "57%", "#2",
// "1/5", "1 of 13", "4." (a rating histogram's bars, a carousel's position,
// a list number printed apart from its item). No unit, no word.
bool IsBareCountLine(std::string_view line);

// Text that opens on consent: a cookie banner or settings dialog ("We use
// cookies...", "Customize your cookie settings", "Privacy consent").
bool IsConsentText(std::string_view text);

// A short block that points elsewhere: "Read more: ...", "Related: ...",
// "See also ..." (the cue must start the line).
// Whether `line` opens on a blogger's pointer ("Also check:"), which also
// opens a checklist.
bool StartsWithPointerCue(std::string_view line);
// Whether `line` opens on a pager's label ("Previous", "Next", "Suivant"),
// alone, before a colon or a space, or glued to a capital ("PreviousShopify
// NextRate limits": the label and the page's title in stacked spans); a
// line of a few words. Asked of lines that are links and nothing else.
bool IsPagerLinkLine(std::string_view line);
bool StartsWithRelatedCue(std::string_view line);
// Whether `line` is the whole text of a link back to the page's top in
// another language than English ("Subir", "Nach oben", "Torna su"): asked
// of in-page links only (see kBackToTopLinks).
bool IsBackToTopLink(std::string_view line);

// A copyright or rights notice ("© 2019 X. All rights reserved.").
bool IsCopyrightLine(std::string_view line);

// `name` without a Korean, Japanese or Chinese reporter's title after it
// ("김서연 기자" -> "김서연", "山本恵子記者" -> "山本恵子") or before it
// ("記者林佳慧" -> "林佳慧"), nor a Chinese dateline after it ("林佳慧／台南報導"
// -> "林佳慧"); `name` trimmed when it has none.
std::string_view WithoutCjkReporterTitle(std::string_view name);

// If `part` opens on a labelled field of a Chinese or Japanese news page's
// meta row ("来源：" source, "责任编辑：" editor...), the value after
// its colon; else nullopt.
std::optional<std::string_view> AfterCjkMetaFieldLabel(std::string_view part);

// A promotion inside the body: subscribe / sign up / newsletter offers.
// With `offers`, an offer to start using something ("free trial", "sign
// up") is one too.
bool IsPromoLine(std::string_view line, bool offers = true);

// The words of a box around an e-mail field that promote a subscription:
// IsPromoLine's (no offers), or the same promise in the other languages
// lede reads ("Recibe cada mañana en tu correo", "Abonnez-vous",
// "Nieuwsbrief"): a newsletter's words, not a plain "register"
// ("Inscrivez-vous", "Iscriviti": a workshop's sign-up in a story). Asked
// of such boxes only (MarkSignUpBoxes): the field says it is a sign-up.
bool IsSignUpBoxText(std::string_view text);
// A job board's alert box's words among those ("alerte emploi",
// "Job-Agent"): the one sign-up box MarkSignUpBoxes looks for on a page
// that declares no story, thread or product (a list of offers).
bool IsJobAlertBoxText(std::string_view text);
// Whether `line` invites readers to the site's channel or group on a
// messaging app ("Participe do canal do Correio no WhatsApp", "Join our
// Telegram channel", "Simak ... WhatsApp Channel"): it names the app, a
// channel or group, and a verb of joining or following, in at most
// kChannelInviteMaxBytes; or to follow it on a news aggregator's app
// ("Ikuti kami di Google News"): the verb and the app's name.
bool IsChannelInviteLine(std::string_view line);
constexpr size_t kChannelInviteMaxBytes = 400;
// Whether `text` opens on one of IsChannelInviteLine's verbs of joining or
// following ("Simak", "Join", "Siga"): asked of a story's longer paragraph
// before it is read whole.
bool OpensOnJoinVerb(std::string_view text);
// Whether `href` is the address of a messaging app's channel or group
// ("https://t.me/...", "https://www.whatsapp.com/channel/...").
bool IsMessagingChannelUrl(std::string_view href);
// Whether `line` is a news site's tip-line prompt: it opens on the question
// ("Got a story? Email us at ...", "Masz temat? Napisz do nas") and says
// how to send it (an address, a channel, a verb of writing), or `linked`.
bool IsTipPromptLine(std::string_view line, bool linked = false);
// A shop's banner offer ("Free shipping on orders over $50", "20% off
// everything", "Use code SPRING"): a promotion, no page's name.
bool IsStoreOfferLine(std::string_view line);
// A product's stock status ("Discontinued Item", "Sold out", "Ausverkauft"),
// whole: shop titles print it in parentheses after the name.
bool IsStockStatus(std::string_view phrase);

// The size of a report's credit cue and outlet before the writer's name
// ("Laporan Wartawan Tribunnews.com, " before "Dimas Aryo Nugroho"); 0 when
// `line` opens on none.
size_t ReportCreditLeadSize(std::string_view line);
// Whether `line` is a story's closing credit, after its last paragraph: an
// editor's labelled line ("Editor: Rahmat Hidayat", "Redaktur: ...") naming
// a person (one to four capitalized words), or the writer's labelled byline
// again naming one of `authors` ("Penulis: Dimas Aryo Nugroho"). A label
// with its colon only: "By Jane Doe" under a column is its signature.
bool IsClosingCreditLine(std::string_view line, std::span<const std::string> authors);
// Whether `line` is a story's credits after its text: parts between
// semicolons, each a credit's opener ("Reporting by", "Additional
// reporting by", "Editing by", "Contributing:") and one or more names (a
// place after " in ", an outlet after a comma), maybe in brackets ("(Reporting
// by Nia Okonjo in Ottawa; Editing by Paul Simao)", "Contributing: Tessa
// Varga, USA TODAY").
bool IsStoryCreditsLine(std::string_view line);
// Whether `line` opens on a label: a colon within its first bytes, after
// one byte at least ("Titolo: ...", "Director: ...").
bool OpensOnLabel(std::string_view line);
// An author's box that presents the writer ("Jane Doe is a freelance
// writer...", "Who is Jane Doe?"): a bio. (Any case; the caller passes the
// box's first bytes.)
bool IsAuthorBioText(std::string_view text);
// A block that opens on the writer's name and says who the writer is
// ("Jane Doe is a freelance writer...", "*Jane Doe, MD, is a
// pediatrician..."): the name of one of `authors` (two words at least)
// first, a bio cue within kWriterBioCueReach bytes after it.
// `text` past the marks and spaces a footnote opens on ("*Jane Doe, MD").
std::string_view SkipFootnoteMark(std::string_view text);
bool OpensOnWriterBio(std::string_view text, std::span<const std::string> authors);
inline constexpr size_t kWriterBioCueReach = 40;

// A call to action on a button or a lone link: a few words led by an
// imperative ("Get started", "See plans", "Book a demo", "Learn more").
bool IsCallToActionLine(std::string_view line);

// Whether a button's label is a control's: a UI verb or a control's fixed
// label ("Reply", "Share", "Add to cart", "Read more", "Learn more",
// "Copy link"), not words of the text it stands in ("satisfaction",
// "texture": a review summary's chips in its sentence).
bool IsControlLabel(std::string_view label);

// A line that asks a question (ends in a question mark: "?", "？").
bool IsQuestionLine(std::string_view line);

// The label of a toggle that reveals the rest of a clamped text ("Read
// more", "Show more", "Voir plus"), alone or with an arrow or a mark after
// it; at most 40 bytes.
bool IsRevealToggleLine(std::string_view line);
// Whether a visually hidden line after a heading's words is a control's
// helper ("Copy link", "(opens in a new tab)"), a few words.
bool IsSpokenHelperLine(std::string_view line);
// Whether a hidden box's class or id names fine print or a sign-up
// ("legal", "disclaimer", "newsletter"): no rest of a text behind "Read more".
bool NamesNotRevealRest(std::string_view class_attr, std::string_view id_attr);
// Whether text holds a phrase of fine print ("subject to credit approval",
// "terms and conditions").
bool IsFinePrintText(std::string_view text);
// A blog's affiliate disclosure ("This post may contain affiliate links",
// "As an Amazon Associate I earn from qualifying purchases", "a commission
// at no extra cost to you"), a short block.
inline constexpr size_t kAffiliateDisclosureMaxBytes = 400;
bool IsAffiliateDisclosureLine(std::string_view line);
// The same note in other languages: a commission word ("commissie",
// "comissão", "Provision", "prowizja") beside a cue of the link or of no
// cost to the reader ("via deze link", "sem custos para", "am Preis
// nichts", "link afiliacyjny"). Those words name fees too: the caller
// reads it only in a box of its own, not among the story's paragraphs.
bool IsForeignAffiliateNote(std::string_view line);
// Whether `text` ends as a sentence does (".", "!", "?", "…", full-width
// stops; closing quotes and brackets after them allowed).
bool EndsWithSentenceStop(std::string_view text);
// Whether `text` holds a sentence's end: a word's last letter, then ".",
// "!" or "?" and a space or the text's end ("Preheat it well. Then...").
// A price's decimal point ("$1.99") or an initial's ("J. Doe") is none.
bool HoldsSentence(std::string_view text);

// Text that shows a price: a currency symbol or ISO code next to a number
// ("$20.12", "35,00 €", "GBP 0.00"), or a currency symbol alone (a price
// split over elements: "<sup>$</sup>35").
bool IsPriceText(std::string_view text);

// A bare URL of an image or video file, one token and nothing else
// ("https://cdn.example.com/img/tee_bone.jpg?v=2", "//cdn.example.com/a.mp4").
// Shortest text that can be one ("http://a.b/c.jpg" less a few letters).
inline constexpr size_t kMediaFileUrlMinBytes = 12;
bool IsMediaFileUrl(std::string_view text);
// A value a theme prints raw from a custom field, not a sentence for a
// reader: empty, one token (a URL, a hex colour "#303030", a number, an
// id, a slug), or a few words without a sentence's punctuation
// ("value 12 px"). A <dd> of prose ("Seconds between link checks;
// lower values fail over faster.") is none.
bool IsRawFieldValue(std::string_view text);

// A line that is only a price or two (a sale and a list price): currency
// markers, digits, separators and spaces, nothing else ("$4.99", "EUR 15,49",
// "19,99 \u20ac 24,99 \u20ac"). No word: "$5 off" or "Save $5" is none.
bool IsBarePriceLine(std::string_view line);
// A currency converter's list of one price in other currencies: three or
// more pairs of an ISO 4217 code and a colon, then an amount ("AED:
// 549.56AED GBP: $110.82 AUD: $232.60"), each code once, nothing else.
bool IsCurrencyListLine(std::string_view line);

// Shopify's Dawn theme (the default one, and the themes built on it) draws
// a card's price twice inside its price box: a regular copy
// ("price__regular") and a sale copy ("price__sale"), and its stylesheet
// shows only one: the sale copy when the box is marked on sale
// ("price--on-sale"), else the regular one. What a class list says: the
// copy it is (none, regular or sale), judged by its first class.
enum class PriceCopy { kNone, kRegular, kSale };
PriceCopy ClassifyPriceCopy(std::string_view classes);
// Whether a class list names the price box that holds those copies
// ("price"), and whether it marks it on sale ("price--on-sale").
bool IsPriceBoxClass(std::string_view classes, bool* on_sale);

// A shop's add-to-cart control, by a class, id, name or value of the
// control ("add-to-cart", "single_add_to_cart_button", "addToBag",
// "product-addtocart-button", value "Add to basket"): the words read with
// case, spaces, hyphens and underscores ignored. (The first 256 bytes.)
bool IsAddToCartName(std::string_view attr);
// The whole label of a control that puts the product shown in the cart:
// "Add to cart", "Add to bag", "In den Warenkorb" (case ignored; 32 bytes
// at most).
bool IsAddToCartLabel(std::string_view text);
// Whether such a label may start with the byte `c` (case ignored): a
// prefilter on a control's first letter.
bool MayStartAddToCartLabel(char c);
// The same, or one that buys it at once: "Buy now", "Buy it now".
bool IsBuyControlLabel(std::string_view text);
// The whole label of a product's quantity picker: "Quantity", "Qty:",
// "Menge" (case ignored).
bool IsQuantityLabel(std::string_view text);
// The name of a quantity picker's field: "quantity", "qty".
bool IsQuantityFieldName(std::string_view name);
// A product card's shortcut to the cart, by a class or id of the control
// ("quick-add", "quickview", "quick-shop"): not the page's own product.
bool IsQuickAddName(std::string_view attr);
// A card's add-to-cart button by the script of its onclick attribute
// (OpenCart's "cart.add('42')"): not the page's own product.
bool IsCardCartScript(std::string_view onclick);
// A form action that puts an item in the cart ("/cart/add", Shopify's and
// Magento's "checkout/cart/add/..."), or one named like an add-to-cart
// control.
bool IsCartAddAction(std::string_view action);
// An Open Graph type of one product ("product", "product.item"), not of a
// group of them ("product.group").
bool IsProductOgType(std::string_view og_type);
// Meta keys that price one product ("product:price:amount").
bool IsProductPriceMetaKey(std::string_view key);

// A shop's short note that the tax and the shipping are settled at the
// checkout ("Tax included. Shipping calculated at checkout.").
bool IsCheckoutNoteLine(std::string_view line);
// A shop's instalment offer under a product's price ("ou 3x de R$ 43,30
// sem juros", "12x of R$ 9.90 interest-free", "or 4 interest-free payments
// of $12.25"): a short priced line with a count of payments ("3x") or an
// instalment cue.
bool IsInstallmentLine(std::string_view line);
// A short line that splits a price into a count of payments, with or
// without the price ("Bezahlung in 3 Raten mit PayPal", "Betaal in 3
// termijnen, 0% rente", "4 платежа по 748 ₽ со Сплитом"): asked on product
// pages.
bool IsInstalmentCountLine(std::string_view line);
// A shop's offer of a lower price for more units under a product's price
// (Magento's tier prices, "Buy 3 for $12.00 each and save 10%"; a wine
// merchant's "Mixed case price: $19.35 per bottle when you buy any 12
// bottles"): a priced line of at most kMultiBuyLineMaxBytes holding a
// multi-buy cue, any case. The shop's terms, not the product's text.
inline constexpr size_t kMultiBuyLineMaxBytes = 120;
bool IsMultiBuyLine(std::string_view line);
// What a link's address says of the page it leads to: the site's sign-up
// page ("/register/", "ucp.php?mode=register", "/join"), its log-in page
// ("/login/", "/account/sign-in"), or neither (any case; the address's
// first bytes read). "join" signs up only as a part of the path of its
// own ("/join-us" is a careers page or an invitation), and nothing under
// a careers section ("/careers/join") is an account page.
enum class AccountHref : uint8_t { kNone, kSignUp, kLogIn };
AccountHref ClassifyAccountHref(std::string_view href);
// A short line that prices the shipping ("Free shipping on orders over
// $75", "Standard shipping $9.99"): a shipping cue word and a price.
bool IsShippingPriceLine(std::string_view line);

// A member statistic printed beside a forum post: a label ("Posts",
// "Joined", "Reaction score") and a count or a date.
bool IsMemberStatLine(std::string_view line);
// Whether `line` is a profile's place field alone ("Wohnort: Köln").
bool IsMemberPlaceLine(std::string_view line);

// The furniture of one post in a thread, as a line of its own: a bare count
// (a vote score, a like count: "67", "1.2k", "-3"), a count of reactions or
// replies ("36 Likes", "11 Answers"), a member's rank ("Senior Member",
// "Well-known member"), presence ("Offline") or a post toolbar label
// ("Reply", "Reset to default") or the post's permalink by its number
// ("#3").
bool IsPostFurnitureLine(std::string_view line);
// Whether `text` opens on the rule forum software sets over a poster's
// signature under each post (vBulletin's "__________________", a run of
// underscores; "-- " alone, the mail convention, is too common to ask).
bool OpensOnSignatureRule(std::string_view text);
// Whether `line` is a board's clock line under a thread ("All times are
// GMT -5. The time now is 04:12 AM.", vBulletin's and phpBB's): the
// board's furniture.
bool IsBoardClockLine(std::string_view line);
// A reactions tally on a line of its own ("Like x 2"), lower-case (part of
// IsPostFurnitureLine).
bool IsReactionTallyLine(std::string_view low);
// A post's permalink by its number, alone ("#12", "#3"): its place in the
// thread, which forum software prints beside its date.
bool IsPostPermalinkNumber(std::string_view text);
// A post's floor label, alone: Chinese boards number their floors ("楼主"
// the opening post, "沙发" the first reply, "板凳" the second, "地板";
// "5楼", "5#", "5F", "第5楼"): the post's place in the thread, like "#5".
bool IsPostFloorLabel(std::string_view text);
// A user's domain handle alone ("inesmoreau.bsky.social",
// "@inesmoreau.bsky.social", "@rosal@fosstodon.example.social": labels of
// letters, digits and hyphens, a letter among them, three or more joined
// by dots). One token, 64 bytes at most. (A bare "@name" is no match: code
// writes decorators so.)
bool IsBareHandleLine(std::string_view text);
// A note of a post's activity feed: a name and what they did with the post
// ("paperfox liked this", "inkandthread reblogged this from quietbindery").
bool IsActivityNoteLine(std::string_view line);
// Whether a link's href goes to one post of a thread: a fragment
// ("#post-12") or a path or query naming a post or comment
// ("/threads/x.123/post-456", "?do=findComment&comment=7").
bool IsPostPermalinkHref(std::string_view href);

// A card's engagement counts as a line of their own, outside threads: one or
// more counts each followed by its noun ("14 comments", "1,693 views",
// "44 reactions  27 comments", "1.2K likes · 3 shares"), or labelled
// ("Views: 48,210"), and beside one a guide's count of its steps ("31
// steps"). A teaser's tally of its discussion, not its text. (A thread keeps
// its own: see IsPostFurnitureLine.)
bool IsEngagementCountLine(std::string_view line);
// `line` without a count of engagement at its end, in parentheses or after
// a separator ("Jane Doe (2 comments)", "Jane Doe | 3 Kommentare"), trimmed.
std::string_view WithoutEngagementTail(std::string_view line);

// A thread's own tally over its posts, as a line of its own on a thread:
// counts each after or before its noun ("3 Posts 212 Views", "Followers 1",
// "Views: 1.2k", "12 replies · 340 views"). The forum's furniture above the
// first post, not a post's words.
bool IsThreadStatsLine(std::string_view line);

// A rating's summary as a line of its own: an average out of a scale or
// from a number of votes ("4.90 from 212 votes", "Rated 4.83 out of 5 based
// on 6 customer ratings", "4.5 out of 5 stars"), or a count of customer
// reviews ("(6 customer reviews)"); or a reaction count alone, shortened
// ("2.1K", "12k": a clap or like button's tally). The page's furniture, not
// its text.
bool IsRatingOrTallyLine(std::string_view line);
// The rating's summary alone, strictly: no shortened tally (a product's
// line "3M" or "18.8K" may be a brand or a size, not a count), and after
// "out of 5" only the summary's words and numbers ("stars", "based on 12
// customer ratings"), not the product's name printed on with it.
bool IsRatingSummaryLine(std::string_view line);
// A shop's discount badge on a line of its own: a percentage and at most
// the words of a reduction ("-15% OFF", "%25 İndirim", "Save 20%",
// "Rabatt -10 %"); no price, no other word ("15% wool" is the product's).
bool IsDiscountBadgeLine(std::string_view line);

// A card's count of its other choices on a line of its own, a plus sign
// and a count or "More" ("+15", "+ 3", "+ More", "+3 more": the swatches
// the card has no room for). A control, never the card's text; a thread's
// "+1" is a reply (threads do not ask).
bool IsMoreChoicesLine(std::string_view line);
// A link aggregator's line under a submitted link: its score, "by" and the
// submitter's name, then its age and actions ("1 point by jdoe 3 minutes
// ago | hide | discuss"). A teaser's tally and stamp, as above.
bool IsSubmissionLine(std::string_view line);

// The badge forum software prints beside the name of the thread's starter
// on each of its posts ("Thread starter", "Discussion starter", "OP"), as
// the whole text of an element.
bool IsStarterBadge(std::string_view text);
// A Q&A thread's state chip ("Answered", "Solved", "Unanswered") or the mark
// on the answer the asker chose ("Answer selected by jdoe", "Marked as
// answer"), as the whole text of an element: the thread's furniture.
bool IsAnswerStateBadge(std::string_view text);

// A post's age shown relatively, as the whole text of an element beside the
// poster's name ("17 hours ago", "posted 6 years ago", "Posted: a year
// ago"): a count (a number, "a", "an", "one"), a unit up to years, "ago",
// after one posting verb at most. A date inside a sentence is never one.
bool IsPostAgeStamp(std::string_view text);
// Whether `text` is a publication or update cue and an age, all of the
// line ("Last updated 3 months ago", "Updated: 2 days ago", "Published a
// year ago"): a documentation platform's or a blog's page stamp, furniture.
bool IsCuedAgeStamp(std::string_view text);
// The same in other languages ("Última actualización hace 3 meses",
// "Zuletzt aktualisiert vor 2 Tagen"): asked off threads (a reply's
// "Aggiornato 2 giorni fa" is the post's answer).
bool IsForeignCuedAgeStamp(std::string_view text);
// An edit note's stamp: the part of `line` between its cue and the editor
// ("Edited Jun 4, 2025 by Jane Doe", "Last edited 2 days ago by jdoe",
// "Edited: May 3, 2024") that should be a date or an age; empty when the
// line opens on no edit cue or gives no stamp ("Edited by Jane Doe").
std::string_view EditNoteStamp(std::string_view line);
// Whether `word` (any case) is the name of a programming or markup
// language as a code block's label prints it over the code ("bash",
// "Python", "JSON", "C++").
bool IsCodeLanguageName(std::string_view word);
// Whether a layout table's class list names a table whose rows each read
// as one line (Doxygen's "memname": a function's signature, return type,
// name, "(", parameters, ")", one per cell; "mlabels": the signature and
// its "inline", "static" labels).
bool IsOneLineRowTableClass(std::string_view cls);
// A time of day's meridiem word alone, any case: "am", "pm", "a.m.",
// "p.m.", "a.m", "p.m".
bool IsMeridiem(std::string_view word);

// A post's count of the replies under it, in parentheses, as the whole text
// of an element in its tagline ("(11 children)", "(1 child)", "(3 replies)").
bool IsReplyCountTag(std::string_view text);

// The label forum software prints over a reply's quote of another post,
// as a line of its own ("Quote:", vBulletin's quote box).
bool IsQuoteLabelLine(std::string_view line);

// A post's date stamp as a line of its own: a posting verb ("asked",
// "answered", "posted") and a date or an age ("answered Mar 28, 2014 at
// 22:52", "asked 3 years ago"), or a note that dates the post's last edit
// ("Last edited: Jul 9, 2022"). "Posted 3 photos" is not one, nor is an
// edit note that names the editor ("Last edited by Jane on ...").
bool IsPostDateLine(std::string_view line);

// Placeholder text a template left in the page ("Lorem ipsum dolor sit
// amet..."), judged by its opening words.
bool IsPlaceholderText(std::string_view text);
// A reply's subject line in a thread ("Re: Pump leaks", "#3 Re: Pump
// leaks"): the thread's title again, as forum software heads each reply.
bool IsReplySubjectLine(std::string_view line);
// A line that opens with a publication cue ("Posted on ...", "Last
// updated: ...", "Published ...", "Publié le ...").
bool StartsWithPublicationCue(std::string_view line);
// `line` without a paired stamp cue at its start ("Post time:", "Publish
// date"), or as it is.
std::string_view WithoutPairedStampCue(std::string_view line);
// A meta whose key names a date ("article:published_time", "date",
// "dc.date.created", "last-modified"): only those tell the page's numeric
// date order, not a version stamp ("app-version" = "24.11.05").
bool IsDateMetaKey(std::string_view key);
// A meta whose key names a modification ("article:modified_time",
// "last-updated", "dateModified"): its stems "modif" and "updat", any case.
bool IsModificationMetaKey(std::string_view key);
// A stamp that says it is an update ("Updated May 3", "Aktualisiert am ...").
bool IsUpdateStamp(std::string_view line);
// Where the first update cue of `line` stands (any case), or npos.
size_t UpdateCueAt(std::string_view line);
// Where the date of a note on a page's first publication stands: just
// past its cue ("This article was originally published on 3 May 2019 but
// has been updated", "Erstmals veröffentlicht am ..."), any case; npos
// when the line holds no such cue.
size_t OriginalPublicationCueEnd(std::string_view line);
// Where the first cue of a first publication ("Published", "Posted",
// "Publié") starts in `line`; npos when none.
size_t PublishedCueAt(std::string_view line);
// Whether a date line dates an end ("Expires 01/01/26", "Deadline: May 3"):
// no publication stamp. The cue is read before the line's first digit.
bool IsExpiryStamp(std::string_view line);
// A date line whose words before the date name what happened that day (an
// event, a photo: "Event date: Jan 5, 2025"), not the page's publication.
// Read like IsExpiryStamp.
bool IsEventStamp(std::string_view line);
// The size of a forum archive's marker at the end of `title` (" [Archive]",
// vBulletin's lo-fi archive, in the boards' languages); 0 when none.
size_t ArchiveMarkerSize(std::string_view title);
// Whether microdata property `itemprop` names a date that is no page's
// publication ("startDate", "endDate", "validThrough", "birthDate", ...).
bool IsNonPublicationDateProp(std::string_view itemprop);
// Whether a date's label names the day a product entered a shop's
// catalogue ("Date First Available", "Im Angebot von Amazon.de seit",
// "Date de mise en ligne sur", "Producto en Amazon.es desde"): no
// publication date. Read like IsExpiryStamp (the words before the first
// digit), so either the label cell alone or the whole "label: date" line.
bool IsCatalogueDateLabel(std::string_view line);
// Whether a quote's <cite> names another post's writer ("Jane wrote:",
// "Jane schrieb:"), not an outside source.
bool IsQuoteAttribution(std::string_view cite);

// The line over a reply's quote of another post that names its poster and
// ends in a colon ("Jane said:", "On 3/5/2024, Jane wrote:").
bool IsQuoteCiteLine(std::string_view line);

// Whether an itemprop value gives an item's place in its list (schema.org
// "position": a thread's post number, "2", printed beside its date).
bool IsOrdinalItemprop(std::string_view itemprop);
// Whether an itemprop value marks a picture's credit (schema.org
// "copyrightHolder" on the photographer's or agency's name in a caption).
bool IsCreditItemprop(std::string_view itemprop);

// If `line` starts with a photo-credit cue ("Photo credit:", "Photo:",
// "Image:", "Credit:"), returns the remainder (the credit); else "".
std::string_view StripCreditCue(std::string_view line);
// `caption` without a label that opens it ("Image caption, The pier at
// dusk": a screen reader's cue a page leaves in view), trimmed.
std::string_view StripCaptionLabel(std::string_view caption);
// A credit's text without the word "Credit" that opens it as a label
// ("Credit...Doug Mills", "Credit Harry Campbell"), trimmed.
std::string_view StripCreditWord(std::string_view credit);
// The name a credit line gives: without the parentheses around it
// ("(Credit: Joseph Maldonado)"), its cue (StripCreditCue) or its label
// word (StripCreditWord); trimmed.
std::string_view CreditName(std::string_view credit);

// A blog platform's label for a post filed under no category
// ("Uncategorized", WordPress's default; "Category: Uncategorized"): no
// section.
bool IsNoSectionLabel(std::string_view name);
// A share control's label: its first word a share verb, in the languages
// lede reads ("Share Article", "Share:", "Teilen", "Partager",
// "Compartir", "Поделиться"; any case). No section.
bool IsShareLabel(std::string_view label);
// Whether a class or id attribute names a share box or control, a word of
// it ("share-links", "social", "sharethis", "addtoany", "teilen"): a
// label there is the control's.
bool NamesShareBox(std::string_view class_or_id);
// A section's name less an archive page's label before it ("Category:
// Festivals" -> "Festivals").
std::string_view StripSectionLabel(std::string_view name);

// The news agency a byline credits, whole or as its last part after a
// separator ("By Reuters", "By The Associated Press", "Jane Doe, AFP",
// "Jane Doe | dpa"): an organisation, the page's publisher when none is
// known, never an author. "" when the byline names none.
std::string_view WireAgencyOf(std::string_view byline);
// Whether `name` is a news agency's ("dpa", "Reuters"), ASCII case folded.
bool IsWireAgency(std::string_view name);
// Where a wire agency credited with a joiner after the writer's name
// starts ("Anna Schmidt| mit dpa", "Marie Dubois| (avec l'AFP)"): the
// space before the joiner or its parenthesis; npos when `line` ends on
// none.
size_t WireAgencyTailAt(std::string_view line);

// Whether `text` holds a word of a caption (three letters in a row): a
// gallery's counter ("1 / 4", "2 of 8") holds none.
bool HasCaptionWord(std::string_view text);
// Whether a caption is only its picture's credit in the agencies' form
// ("Patrick Semansky, ASSOCIATED PRESS"): see vocabulary.cc.
bool IsAgencyCreditLine(std::string_view text);

// Where a caption's closing credit starts: a credit cue after the caption's
// last sentence or a separator ("The ferry in port. Photo: Jane Roe", "The
// ferry in port (Image: Jane Roe)", "The ferry | Foto: Jane Roe"); npos when
// none. The credit is then StripCreditCue(caption.substr(at)), less a closing
// parenthesis.
size_t CaptionCreditStart(std::string_view caption);
// A caption that closes with its credit (CaptionCreditStart, or an
// agency's credit in parentheses with no cue: "(ANTARA FOTO/Aditya
// Putra)"), split: the caption's words before it into `head` (less a dash
// before the credit), the credit's name into `credit` (less its cue and a
// closing parenthesis). False, and both untouched, when it closes with
// none.
bool SplitCaptionCredit(std::string_view caption, std::string_view* head, std::string_view* credit);

// If `line` starts with a byline cue ("By ", "Von ", "Par "), returns the
// remainder; else "". `strong_only`: only cues that no sentence or title
// starts with ("Written by ", "Author: ", "Geschrieben von "), not "By ".
// A publisher's cue ("Published by", "Pubblicato da") names a writer:
// kIfDated, when the line goes on into a date or time ("Published by Jane
// Doe on 3 May 2024"; under `strong_only` too), as where an unmarked line is
// judged a byline; kAlways (a line already taken as a byline: a
// byline-classed element's, or a name's own check); kNever, on a product
// page (a book's publisher).
enum class PublisherCue { kIfDated, kAlways, kNever };
std::string_view StripBylineCue(std::string_view line, bool strong_only = false,
                                PublisherCue publisher = PublisherCue::kAlways);
// Whether `line` opens on a strong byline cue ("Penulis:", "Written by")
// before one of `authors`, the page's writers: a byline box, whatever its
// class says.
bool CuesPageWriter(std::string_view line, std::span<const std::string> authors);
// A byline whose "By" cue a CMS glued to the name ("ByTrevor Jones",
// "BYJANE DOE"): the name, when the cue is followed directly by a capital
// starting a word of three letters or more ("By" + "Trevor", "BY" +
// "JANE"); else "". "Byron Smith" (a lower-case letter after "By") is a
// name; so is "BYRON SMITH" (the names that start with "By", in capitals,
// are listed).
std::string_view StripGluedByCue(std::string_view line);
// Whether `word` (as written: lower case) joins a byline's name to the
// date or time after it ("par Jeanne Dupont le 3 mars", "von Eva Lund am
// 3. März", "Posted by Jane Doe at 10:15 AM").
bool IsBylineTimeConnector(std::string_view word);
// The words that may stand between a date and its time ("at", "um", "à",
// "às", "alle", "ore", "om", "o", "a las", "godz.", "в", Russian's year mark
// "г.", a dash), each with the space or dot after it, that start with the
// (lower-cased) byte `c`: none for most bytes (ParseTime).
std::span<const std::string_view> TimeConnectorsStartingWith(char c);
// Whether `word` starts the date part of a byline wherever it stands: a
// weekday ("Friday"), or a publication or update cue in one of several
// languages ("Published", "Publié", "Aktualisiert"). ASCII case is folded.
bool IsWeekdayOrDateCue(std::string_view word);
// Of those, a weekday cut short ("Thu", "Sun"): a given name too.
bool IsShortWeekday(std::string_view word);
// Whether `word` (no stop after it) may stand on a date stamp's line beside
// the date (IsDateLine): a weekday, a publication or update cue, a date's
// label ("Datum", "Fecha"), a clock's or a zone's word ("Uhr", "GMT"), a
// small word ("on", "de", "the") or a CJK date's unit, in the languages
// whose month names lede reads. ASCII case is folded, and the two-byte
// capitals of other scripts ("Środa", "Среда").
bool IsStampLineWord(std::string_view word);
// A word that sets the time on a stamp's line only right before the clock
// (Polish "o": "12 maja 2025 o 14:30"), a word of running text elsewhere
// (Spanish "o", "or"): IsDateLine and UpdateClockOf read it there alone.
bool IsClockLeadWord(std::string_view word);
// A month of the Persian (Solar Hijri) calendar ("اردیبهشت"), and a word
// besides the date that a Persian stamp line holds: a weekday, "ساعت"
// (hour), "تاریخ انتشار" (date of publication), "به روز رسانی" (updated),
// a news agency's "کد خبر" (news code). Exact.
bool IsJalaliMonth(std::string_view word);
// The month of the Persian (Solar Hijri) calendar `word` names, 1..12
// (Farvardin..Esfand); 0 for none.
int JalaliMonthNumber(std::string_view word);
bool IsJalaliStampWord(std::string_view word);
// Weekdays of other languages that are names or other words too
// ("Domingo", German "Mi" for Mittwoch, Dutch "vr"): a byline's date part
// starts on one only right before the date, with a stop after it or in
// lower case ("Domingo,", "Mi.,", "vr").
bool IsStoppedWeekday(std::string_view word);

// Where the first strong byline cue ("Written by", "Words by") inside `line`
// starts, after a space, at `from` or later; npos when none does.
size_t FindStrongBylineCue(std::string_view line, size_t from);

// A byline label standing alone, the name in the next element: "Author",
// "Authors:", "Written by", "By", "Contributors".
bool IsBylineLabel(std::string_view text);
// A label that names one writer ("Author:", "Auteur :", "Autorin"), not
// several ("Authors", "Contributors", "By"): its value, "Benali, Halima", is
// one inverted name, as a library catalogue prints it.
bool IsOneAuthorLabel(std::string_view text);
// The value after a one-writer label on its line ("Author: Benali, Halima"
// -> "Benali, Halima"), or "".
std::string_view OneAuthorLabelValue(std::string_view line);
// Whether `text` ends on a numbering abbreviation that a number follows
// ("Pressemitteilung Nr.", "Press release No.", "Communiqué n°"): the
// words before a number that label it, not a person's name before a date.
bool EndsWithNumberLabel(std::string_view text);

// A value a template printed for a field it had no data for ("undefined",
// "null", "None", "N/A"): a script's empty variable, no name.
bool IsPlaceholderValue(std::string_view text);

// A site account's generated handle: one word whose last part, after an
// underscore, is all digits ("guitar_00", "jdoe_1987"), or whose letters
// and digits change places four times or more ("jdoeq6vkpg2ma0ci"), no
// name a byline prints.
bool IsNumberedHandle(std::string_view text);

// A site's domain name written as its name ("TopGear.com", "example.co.uk"):
// one token whose last label is a top-level domain. A visible byline that
// credits one credits the site, not a writer.
bool IsDomainName(std::string_view text);

// A command-line option ("--reset-author", "-v"): a documentation page's
// flag shown in an author-classed box, never a name. One token, lower-case
// or one letter: not a signature's dash before a name ("--Jane Doe").
bool IsCommandOption(std::string_view text);
// Whether a line starting with byte `c` (after spaces) can start a byline
// cue or label: a cheap test before a block's text is read.
bool MayStartBylineCue(unsigned char c);
// The same for a line starting with bytes `c0` and `c1` (every cue and
// label has two bytes before a space, so a space as `c1` rules it out).
bool MayStartBylineCue(unsigned char c0, unsigned char c1);

// A link to a category or tag archive: rel "tag"/"category", a class with
// "categor", an href with a taxonomy path ("/category/", "/tag/").
// Also a link to a section's index ("/videos/", a Shopify blog's
// "/blogs/news").
bool IsTaxonomyLink(std::string_view rel, std::string_view href, std::string_view cls);
// A class that names a list of categories or tags: a part, split at "-" and
// "_", such as "cats", "tags", "categories" ("c-meta__cats").
bool IsTaxonomyClass(std::string_view cls);

// A class naming a part of an author box other than the name
// ("author-description", "author-job-title", "author__role").
bool IsAuthorDetailClass(std::string_view cls);
// A class naming the element that holds one author's name alone in a
// paper's author list ("ltx_personname": LaTeXML, arXiv's HTML papers),
// beside the affiliation and address.
bool NamesPersonNameClass(std::string_view cls);

// A class of an author box ("author-box", "blog-author-info", "post-bio",
// "writer-card", "box-autore"): a token that starts with "author", or is
// "bio", "writer" or "author" in another language.
bool IsAuthorBoxClass(std::string_view cls);

// Whether a class list marks a date stamp as the publication's
// ("entry-date published"), and as an update's only ("updated", not also
// "published").
bool IsPublishStampClass(std::string_view cls);
// Whether a class list names a blog's day heading over its posts
// (Blogger's "date-header").
bool IsDayHeaderClass(std::string_view cls);
bool IsUpdateStampClass(std::string_view cls);
// Whether a class names the writer's own element ("byline", "author",
// "writer"), not a generic meta row ("meta", "entry-meta").
bool IsWriterClass(std::string_view cls);
// Whether a class names the part of a byline that gives the writer's
// title or role ("author-title", "job-title", "role"), not the name.
bool IsBylineDetailClass(std::string_view cls);
// Whether a class names a story's dateline ("dateline", "story-dateline"):
// the place set before the byline's cue ("<span class=dateline>RIO DE
// JANEIRO</span> By Jane Doe"), no part of the name.
bool IsDatelineClass(std::string_view cls);
// Whether a class names a place ("tribe-events-calendar-list__event-venue",
// "event-location"): an <address> so classed is an event's venue, no
// writer's contact.
bool IsVenueClass(std::string_view cls);
// Whether an image's class marks a user's picture ("avatar", "gravatar",
// "userpic"): beside a name, the writer's photo in a byline.
bool IsAvatarClass(std::string_view cls);
// Where a cue that leads from a writer's name into the post's categories
// starts (" in ", " filed under ": "Jane Doe in News, Travel"), or npos.
size_t TaxonomyCueAt(std::string_view name);
// A count a post's meta line prints ("6 min", "5 min read", "1,200 words",
// "12 comments"): a number, then a unit word (and one word more at most).
bool IsMetaCount(std::string_view part);
// A reading time alone ("6 min read", "Reading time: 4 min"), any case.
bool IsReadingTimePart(std::string_view part);
// Where the first separator of a story's meta row's parts stands in `line`
// (a bullet, a bar, a spaced dash: "Jane Doe · 6 min read"), its length in
// `*len`; npos when none.
size_t MetaRowSeparatorAt(std::string_view line, size_t* len);
// The line without a reading time that leads or ends it ("6 min read ·
// Jan 17, 2024" gives "Jan 17, 2024"); the line itself when it has none.
std::string_view WithoutReadingTime(std::string_view line);
// `s` without the separators that lead or end it, each whole ("—",
// "·", "|", ...; see kMetaLineSeparators), and spaces.
std::string_view TrimMetaSeparators(std::string_view s);
// Whether a short text shows a time relatively ("2 days ago", "Posted:
// yesterday", "vor 3 Tagen", "il y a 2 jours"): at most 48 bytes.
bool IsRelativeTimeText(std::string_view text);
// A lower-case word inside a place's name: "de" in "Ciudad de México", "am"
// in "Frankfurt am Main" (kPlaceNameParticles).
bool IsPlaceNameParticle(std::string_view word);


// Attributes a timeago element gives its moment in, machine-readable, while
// it shows nothing or "3 days ago": `datetime` (<relative-time>, like a
// <time>'s), `ts` (some web components' timestamp).
inline constexpr std::string_view kMachineStampAttrs[] = {"datetime", "ts"};
// Attributes that mark an element as a post's stamp in its tagline ("<span
// title='Sep 16, 2019'>6 years ago</span>", "<abbr datetime=...>"; Lemmy's
// tooltip with the full date, "data-tippy-content='Friday, October 4th, 2024'").
inline constexpr std::string_view kPostStampAttrs[] = {"datetime", "title", "data-tippy-content"};
// How many days before the reference day a relative time falls ("3 days
// ago": 3, "vor 2 Wochen": 14, "Yesterday": 1, "5 hours ago": 0), or -1
// when the text is no such time or counts in months or years.
int RelativeTimeDaysBack(std::string_view text);
// The date a byline line gives after its cue ("Posted by Jane Doe on May
// 2, 2024 in News": "May 2, 2024"), or "". Lines of up to 200 bytes.
std::string_view DateAfterBylineCue(std::string_view line);
// The date a thread's header line gives after the starter's name ("Started
// by jdoe, May 2, 2024", "Started by jdoe on May 2, 2024": vBulletin, SMF,
// Invision), or "" when `line` opens on no starter cue.
std::string_view DateAfterStarterCue(std::string_view line);

// A group credit as a byline states it, with its article ("the Springfield
// News Staff", "the Acme Team"): the words after the article when the last
// one names a group of writers, else "".
std::string_view GroupCreditBody(std::string_view part);
// Whether `line` is a desk's credit, all of a byline ("Staff", "News Desk").
bool IsDeskCredit(std::string_view line);

// Whether `text` is a rating's line, no name: a number, then within three
// words a rating's count word ("4.9 from 56 votes", "4.5 out of 5 stars
// (1,203 reviews)", "Rated 4.8 by 1,203 readers", "12 Bewertungen"), or
// "Rated"/"Rating" and a number. A byline box or a meta row may hold one.
bool IsRatingLine(std::string_view text);
// A control printed after the name in a byline ("Follow", "Share").
bool IsBylineControlWord(std::string_view word);
// A label of an event's details ("Venue", "Where:", "Lieu"): a line that
// opens on one is no byline.
bool IsEventDetailLabel(std::string_view word);
// Whether a class or id attribute names a box of reviews ("review",
// "tab-review", "reviews-list") or of an event's details ("service-event",
// "event-details"): a date there is the review's or the event's, never the
// page's publication.
bool NamesReviewBox(std::string_view class_or_id);
bool NamesEventBox(std::string_view class_or_id);
// A word that joins the last names of a list of authors ("and", "&", "und").
bool IsNameListJoiner(std::string_view word);
// A lower-case word inside a person's name ("van", "de", "bin") or between
// names ("and", "und", "ja"); case counts.
bool IsNameParticle(std::string_view w);
// Whether separator `sep` of kAuthorListSeparators is a word that is also
// a particle inside one name (" a ": "Thomas a Kempis"): it joins two
// names only between names of two words or more ("Jan Novák a Petra
// Dvořáková").
bool IsParticleJoiner(std::string_view sep);
// A word that joins a writer's credit to the next one ("and", "with":
// "Ann Berg with additional reporting by ..."): IsNameListJoiner's words
// and the co-writer's "with".
bool IsCreditJoiner(std::string_view word);
// Where the place a reporter filed from starts in a byline's part ("Jane
// Doe in London", a wire story's "Reporting by Jane Doe in London"): the
// offset of the joiner (" in ") before a capitalized word; npos when none.
size_t PlaceAfterNameAt(std::string_view part);

// A word of CMS account names ("admin", "webmaster"), any case.
bool IsAccountWord(std::string_view word);
// A default login that is also a surname ("root"), as the whole credit.
bool IsLoginName(std::string_view name);
// A word that makes a name an organisation's ("Group", "Media", "Inc",
// "Staff", "Newsroom").
bool IsOrganisationWord(std::string_view word);
// A word that makes a name a news outlet's ("News", "Zeitung", "Agencja",
// "Prasowa"), any case; and one that does so only in a longer name or
// after "The" ("Times", "Post": "Emily Post" is a person).
bool IsNewsOutletWord(std::string_view word);
bool IsNewsOutletTitleWord(std::string_view word);
// Words of a place's name of several words: one that opens it ("New",
// "Los", "San", "North"), one that closes it ("City", "Beach", "Springs"),
// any case, and a lower-case one that joins its words ("am", "upon").
bool IsPlaceOpeningWord(std::string_view word);
// An opening word that is also a person's given name ("Santa Montefiore",
// "Rio Ferdinand", "Lake Bell"): no place's sign alone in a name of two words.
bool IsPlaceOpeningGivenName(std::string_view word);
bool IsPlaceClosingWord(std::string_view word);
bool IsPlaceJoiningWord(std::string_view word);
// A closing word that is also a surname ("Bay", "Beach", "Falls"), and a
// common given name ("Michael", "Adam"; German, French, Spanish, Italian,
// Portuguese, Dutch, Polish and Russian ones too: "Jürgen", "Łukasz",
// "Сергей"), any case: the two together are a person ("Michael Bay"), no
// place (NamesPlaceOfWords).
bool IsPlaceClosingSurname(std::string_view word);
bool IsCommonGivenName(std::string_view word);
// A word that opens a line naming a story's source, not its writer
// ("Theo Tuổi Trẻ", "Source: Reuters"), any ASCII case, a colon after it
// aside.
bool IsSourceLineCue(std::string_view word);
// A word that heads a public body's or a school's name ("Center",
// "Department", "University"), any case.
bool IsInstitutionWord(std::string_view word);
// A small word inside such a name ("and", "&", "of", "the"), lower case.
bool IsInstitutionNameJoiner(std::string_view word);
// A byline's word that is no name: a role ("Staff Writer", "Correspondent"),
// a wire ("Reuters"), a stamp's cue ("Updated"), an account's ("admin":
// IsAccountWord), a list's stats ("Replies"). ASCII case is folded.
bool IsNoiseAuthorWord(std::string_view word);
// A credential or suffix that belongs to the name before it ("MD", "Ph.D.",
// "Jr."), any ASCII case, a "*" or "," after it aside.
bool IsNameSuffix(std::string_view word);
// A press release's kind in its meta box ("Peer-Reviewed Publication").
bool IsReleaseKindWord(std::string_view word);
// A company's legal form ("Inc.", "LLC", "GmbH"), as a comma sets it off
// after the company's name.
bool IsLegalFormWord(std::string_view word);
// Whether a mail address is a role's mailbox ("newsdesk@example.com",
// "info@..."), not a person's.
bool IsRoleMailbox(std::string_view address);
// A word of a firm's or a company's footer ("Solicitors", "LLP", "Ltd",
// "regulated", "attorneys"): the copyright holder is a business, though
// named after people.
bool IsFirmFooterWord(std::string_view word);
// Whether `text` says someone else wrote the post ("Guest post", "written
// by", "Gastbeitrag"), any case.
bool HasGuestPostCue(std::string_view text);
// Whether a card's footer line holds a word of a story's tag, share or
// print furniture ("Filed under Council · Updated March 1, 2026 · Print
// this story"): no byline that signs the card. (64 words at most.)
bool IsCardFooterFurnitureLine(std::string_view line);
// Whether a page's title names a selection of posts ("Editor's picks",
// "Best of 2025", "Featured", "Weekly roundup"): a strip of story cards on
// it is the page's own content. (64 words at most.)
bool NamesSelection(std::string_view title);
// Whether a link goes to a writer's page: a path segment "author",
// "authors", "contributors"... followed by the writer's own segment
// ("/blog/author/jane-doe/", WordPress's author archive).
bool IsAuthorPageHref(std::string_view href);

// The person a profile page's URL names in its last path segment, when an
// author field gives the URL instead of the name
// ("https://example.com/author/jane-doe/" -> "Jane Doe"): the path has a
// writer's or profile segment ("author", "profile", "people"...) and the
// slug two to four words of letters joined by hyphens, no account word.
// "" otherwise.
std::string NameFromProfileUrl(std::string_view url);
// A verb that follows the writer's name at the start of a bio ("Jane Doe
// is a travel writer", "... è agronoma"), any case.
bool IsBioVerb(std::string_view word);
// Whether `line` is an author box's label alone ("About the Author:", "Über
// den Autor", "À propos de l'auteur"), a colon after it or not.
bool IsAboutTheAuthorLabel(std::string_view line);
// Whether `word` names a profession a byline states after the name
// ("Dietitian", "Psychologist", "Nurse"; several languages).
bool IsProfessionWord(std::string_view word);
// Whether a byline's part is a profession: a profession word last, job
// title words or qualifiers before it ("Dietitian", "Licensed
// Psychologist", "Senior Therapist"), four words at most.
bool IsProfessionCredit(std::string_view part);
// Whether `word` names a job ("Senior Review Analyst", a profession): after
// a name in a byline it describes the person, it is no second name.
bool IsJobTitleWord(std::string_view word);
// Where a job title run into a person's name after it starts ("Jane Doe
// Senior Editor": 9), as an author box's role line under the name reads
// once its lines are joined: a run of up to four job title words whose last
// is a role noun (kRoleNouns), after two or three capitalized words (not in
// capitals, no job title word); 0 when there is none.
size_t RoleAfterName(std::string_view s);
// Where the name starts after a role set before it ("Staff Writer Jane
// Doe", "Senior Reporter Ann Lee": job title or beat words, the last a role
// noun, then two or three capitalized words), else 0.
size_t RoleBeforeName(std::string_view s);

// Whether a heading ends in a count of the items listed under it
// ("Trail Running Shoes (158 items)", "Fitness Equipment (102+)"): a
// category's heading over a grid, not a page's title. A bare number in
// parentheses is no count ("(2025)" is a year).
bool EndsWithItemCount(std::string_view heading);

// Words that lead a heading's first words into the name after them ("The
// Best Scooters", "What's the best kettle", "Welcome to Hill Farm"): words
// before a title's name that end in one are the title reworded, not a
// kicker or a brand before the name. Lower case (normalized words).
bool IsLeadInWord(std::string_view word);
// A word that leads a year after a title's words ("in" 2025, "für" 2025),
// lower-case.
bool IsYearLeadWord(std::string_view word);
// A preposition or conjunction that joins a headline's words ("after",
// "amid", "over"): no kicker ends in one.
bool IsConnectingWord(std::string_view word);
// Words a kicker, a brand or a label before a heading's name has at most.
inline constexpr int kMaxKickerWords = 4;
// Words at most before a one-word <h1> in a title's head that names it
// ("All Wallets" for "Wallets"): a qualifier, not a sentence.
inline constexpr int kMaxHeadQualifierWords = 2;
// The letters of an acronym that may lead a title before the name it
// abbreviates ("GNW - Gaming News Weekly"): fewer is a word or an initial,
// more no acronym a reader spells.
inline constexpr size_t kMinLeadingAcronymLetters = 2;
inline constexpr size_t kMaxLeadingAcronymLetters = 8;
// Whether a word before a one-word <h1> in a title's head only points at
// the heading's items ("All", "Our", "Shop", "Browse"): the heading names
// the page alone. Another word ("Lunch" in "Lunch Menu") makes the head the
// page's name, the heading a label.
bool IsHeadQualifierWord(std::string_view word);
// Whether a title is a front page's label alone ("Home", "Homepage",
// "Startseite", "Accueil"): it names no page, the site's name does.
bool IsFrontPageLabel(std::string_view title);
// Whether a front page's title is such a label or a shop's label for its
// front page ("Shop", "Store", "Online shop"): the site's name names it.
bool IsFrontPageTitleLabel(std::string_view title);
// Whether a title's part ends on the words a site puts after its own name
// ("Springfield, IL - Official Website", "Acme Official Site", "Offizielle
// Website"): the part names the site, not the page.
bool EndsWithOfficialSiteCue(std::string_view part);

// Whether a heading ends as a sentence does, in a full stop after a word
// of lower-case letters ("The AI community building the future."): a
// landing page's slogan, where a headline ends in no stop. An
// abbreviation ("in the U.S.", "Acme Inc.", "etc.") or an ellipsis is no
// stop.
bool EndsWithFullStop(std::string_view heading);

// Where a credit for someone other than the author starts in a byline
// ("Edited by", "Medically reviewed by", "Photos by"), or npos.
size_t FindOtherCredit(std::string_view line);
// Whether a line whose first two bytes are `c0` `c1` may start with another
// person's credit ("Reviewed by", "Medically reviewed by"): a prefilter.
bool MayStartOtherCredit(unsigned char c0, unsigned char c1);
// The same two tests by a line's first three bytes (a space, ASCII or
// Unicode, as ' '): ruled out when no cue, label or credit starts so (one
// of two bytes, "By", by its two). May say yes wrongly, never no.
bool MayStartOtherCredit(unsigned char c0, unsigned char c1, unsigned char c2);
bool MayStartBylineCue(unsigned char c0, unsigned char c1, unsigned char c2);
// MayStartBylineCue(c0, c1, c2) || MayStartOtherCredit(c0, c1, c2), in one
// look (the byline look of a block that may open on either).
bool MayStartBylineCueOrOtherCredit(unsigned char c0, unsigned char c1, unsigned char c2);
// What the text between two names linked to writers' pages says: nothing
// (kEmpty), a role that ends on a separator ("staff writer /", ", and":
// kSeparated), a role alone (", 4+ years covering kitchen gear": kRole), or
// words that make the next link someone else's (a credit, "who
// interviewed", text not opening as a role, 120 bytes or more: kStop).
enum class LinkedWriterGap { kEmpty, kRole, kSeparated, kStop };
LinkedWriterGap ReadLinkedWriterGap(std::string_view gap);
// Whether `line` opens on another person's credit ("Medically reviewed by").
bool StartsWithOtherCredit(std::string_view line);
// The reviewer a line that opens on a reviewer's credit names ("Reviewed
// by Ann Roe, MD" gives "Ann Roe, MD"; "Revisado por ..."), or "".
std::string_view ReviewerAfterCredit(std::string_view line);

// Where the word that names the writer after a date stamp starts ("Posted
// on May 2, 2024 by Jane Doe", "Publié le 2 mai 2024 par ..."): the first
// " by " (" von ", " par "...) in the line's first `limit` bytes, or npos.
// Its length is set in *cue_size.
size_t FindAfterDateByCue(std::string_view line, size_t limit, size_t* cue_size);

// Forum software names as they appear in <meta name=generator> or in the
// class of <html>/<body> ("Discourse", "XenForo", "phpBB"...).
bool MentionsForumSoftware(std::string_view text);

// A documentation generator's page: its <meta name=generator> (Sphinx's
// "Docutils ...", "Sphinx ...") or its theme's <body> class (the Read the
// Docs theme's "wy-body-for-nav"). The theme marks the page a schema.org
// Article in microdata; it is a manual's page.
bool NamesDocsGenerator(std::string_view generator, std::string_view body_class);

// A <body> class that a CMS sets on its archive pages, lists of posts by
// category, tag, author, date or taxonomy term (WordPress's "archive",
// Drupal's "path-taxonomy"): whole class words only.
bool NamesArchiveBody(std::string_view body_class);
// Whether a <body> class names a site search's page that found nothing
// (WordPress's "search-no-results"): an archive template listing nothing.
bool NamesEmptySearchBody(std::string_view body_class);

// An element whose class list (whole class names) or id names the
// description of the category a list page shows ("category-description",
// WooCommerce's "term-description", "archive-description"...).
bool NamesCategoryDescription(std::string_view cls, std::string_view id);

// Whether a class list or an id names a product's short description, the
// summary a shop prints beside the buy box (WooCommerce's
// "woocommerce-product-details__short-description", PrestaShop's
// "product-description-short-27" id, Magento's "short-description"):
// within a class name or the id.
bool NamesShortDescription(std::string_view cls, std::string_view id);

// Whether a class list or an id names a recipe's list of ingredients
// ("wprm-recipe-ingredients", "tasty-recipes-ingredients",
// "gz-ingredients", "recipe-ingredients", a German portal's "zutaten"):
// each line its quantity and its ingredient, linked to the ingredient's
// page or not.
bool NamesIngredientList(std::string_view cls, std::string_view id);

// Whether `text` holds two quantities or more, a number and its unit
// ("320 g", "120g", "2 tbsp", "1 spicchio"): an ingredient list's lines, not
// an index of ingredients ("Tahini (42)").
bool HoldsQuantities(std::string_view text);

// A class list with a word that names a story's lead paragraph, its
// standfirst or intro ("c-article__lead", "article-intro", "standfirst"):
// whole class words only ("leading-relaxed" is no lead).
bool NamesLead(std::string_view cls);
// A class list with a word that names a label's box ("label", "badge",
// "flag": "article-header__label"), as a headline may open on one.
bool NamesHeadingLabel(std::string_view cls);
// A class list (or an id) with a word that names a story's notes box
// ("notes", "footnotes", "endnotes", "notas"): whole class words only.
bool NamesNotes(std::string_view cls);
// A URL path that names one term of a site's taxonomy and nothing under
// it: a section word, then one slug ("/category/recipes/",
// "/tag/travel", "/collections/mens-socks", "/product-category/outdoor/",
// "/genre/action/", "/browse/gps-watches"): the archive or shop grid of
// that term (WordPress's, WooCommerce's, Shopify's URL schemes), whose
// og:type "article" is the theme's default, not the page's kind.
bool IsTaxonomyTermPath(std::string_view path);
// A <body> class that WordPress sets on the single view of a custom post
// type holding a business's offers or records, not writing: "single-<type>"
// whose type names a service, a job, an event, a property, a course, a
// team member, a portfolio item or a location ("single-wa-services",
// "single-job_listing", "single-tribe_events"); whole class names only.
bool NamesNonArticlePostTypeBody(std::string_view body_class);
// A <body> class that a shop platform sets on its page for one product
// (WooCommerce's "single-product", Magento's "catalog-product-view",
// Shopify's "template-product"): whole class words only.
bool NamesProductBody(std::string_view body_class);
// Bootstrap's contextual alert in a class list ("alert alert-info",
// "alert-warning"): a note or a warning box, on a docs page set among the
// text's paragraphs (content.cc keeps it there).
bool IsAlertCalloutClass(std::string_view cls);
// A class list with Bootstrap's "alert" box ("alert", "alert alert-success").
bool HasAlertClass(std::string_view cls);
// A class list with the "notices" word: a forum's list of announcements, or
// a docs theme's callout box (Hugo Learn's "box notices info").
bool NamesNoticesBox(std::string_view cls);
// Whether class list `cls` names a story's fact box ("element-factbox",
// "fact-box", the Nordic "faktaruta", "faktaboks") or its methodology box
// ("metodologia"): a box set in the text, as an <aside> too.
bool NamesFactBox(std::string_view cls);
// A story's summary box by its class ("KeyPoints_keyPoints", "key-takeaways":
// ABC News's "Key points:"); see IsStorySummaryAside.
bool NamesSummaryBox(std::string_view cls);
// Whether class list `cls` says "byline" itself ("tnt-byline"), not a
// byline's looser words ("author-name", "meta"): in a picture's caption,
// the photographer's line.
bool NamesBylineClass(std::string_view cls);
// The label a note, tip or warning box opens with ("Tip", "Note:",
// "See also", "Hinweis", "ATENÇÃO"), in several languages; case (folded as
// StartsWithFolded folds) and a trailing colon aside, the whole text only.
bool IsAdmonitionLabel(std::string_view text);
// A class or id that names a pay-later provider's note beside a price
// ("klarna-placement", "afterpay-container", "payment-providers").
bool NamesPayLater(std::string_view class_attr, std::string_view id_attr);
// Whether a class or id names a shop's "USP" box ("usp-bar", "product-usps").
bool NamesUsp(std::string_view class_attr, std::string_view id_attr);
// A class or id that names a theme's sidebar column ("sidebar",
// "shop-side-bar", id "sidebar").
bool NamesSidebar(std::string_view class_attr, std::string_view id_attr);

// Whether an aria-label names a sidebar ("Sidebar", "Package sidebar",
// "Seitenleiste", "Barre latérale"): a label of three words at most with
// the word whole ("Poolside Bar", "Inside Barcelona" are none; nor a
// story's fact box, "Sidebar: what the ruling means"). The box is a
// complementary landmark.
bool NamesSidebarLabel(std::string_view label);

// Whether a BEM modifier's word names the opening part of a text
// ("teaser", "preview", "intro", "lead", "free": a paywalled story's free
// paragraphs, "article__text--teaser").
bool IsOpeningPartModifier(std::string_view word);

// Whether a <template>'s slot name names the page's content ("contents",
// "default", "body", "main", "article"): an "empty", "error" or
// "placeholder" slot is a state the script may never show, a "wide" and a
// "narrow" one the same text twice.
bool NamesContentSlot(std::string_view name);

// A URL path of a discussion thread: /forum/..., /threads/..., /viewtopic,
// /questions/..., /t/<slug>/<id> (Discourse), /topic/<id>-... (Invision).
bool IsForumUrl(std::string_view url);

// The share, in percent, of the first words of `text` (up to 64) that are
// among the most frequent function words of `lang` ("en", "de"...), or -1
// when lede has no list for `lang` or `text` has fewer than 32 words. Prose
// in a language runs at 30-50 % of its own list and under 10 % of another's.
int FunctionWordShare(std::string_view lang, std::string_view text);
// Whether FunctionWordShare(lang, text) >= min_share (min_share >= 0),
// read only as far as the answer is sure (a prose text confirms its
// language at half its 64 words).
bool FunctionWordShareReaches(std::string_view lang, std::string_view text, int min_share);

// The id of a segment a server streams after the page's shell (React:
// <div hidden id="S:0">, moved into its placeholder by a script).
bool IsStreamedSegmentId(std::string_view id);

// An attribute that a script framework's stylesheet hides until the script
// mounts the element (Vue's `v-cloak`, Alpine's `x-cloak`, Angular's
// `ng-cloak`).
bool IsCloakAttribute(std::string_view name);
// An attribute that has a script framework render or show its element only
// on a condition (`v-if`, `v-show`, `x-show`, `x-if`, `ng-if`, `ng-show`).
bool IsConditionalRenderAttribute(std::string_view name);
// Whether `name` may be either of those: a framework's prefix ("v-", "x-",
// "ng-", "data-ng-") by its dash's place. (Inline, for the attribute loop:
// most names fail it on a byte or two, and the lists are not asked.)
inline bool MayBeScriptDisplayAttribute(std::string_view name) {
  return name.size() >= 4 && (name[1] == '-' || name[2] == '-' || (name.size() >= 10 && name[4] == '-' && name[5] == 'n'));
}

// Whether a microdata itemtype ("https://schema.org/DiscussionForumPosting",
// several URLs separated by spaces) names one of `types` (the last path
// segment, any case).
bool ItemtypeIs(std::string_view itemtype, const std::string_view* types, size_t n);

// A microdata item that is one post of a question-and-answer page: the
// question or an answer (schema.org Question, Answer).
bool IsQAPostItemtype(std::string_view itemtype);
// The id of a Q&A page's question post ("question"), and of the list of
// its answers beside it ("answers").
bool IsQuestionId(std::string_view id);
// The id of a board's list of a thread's posts ("posts").
bool IsPostListId(std::string_view id);
bool IsAnswerListId(std::string_view id);

// A microdata item that is a comment (schema.org Comment).
bool IsCommentItemtype(std::string_view itemtype);
// A microdata item that is one post of a thread (schema.org
// DiscussionForumPosting, Comment, Question, Answer).
bool IsForumPostItemtype(std::string_view itemtype);
// A class list that hides an element by a display utility ("d-none"),
// and shows it at no wider screen ("d-none d-md-block" is shown on a
// desktop).
bool IsDisplayNoneUtility(std::string_view cls);
// Whether a class list marks a vote score's copy for a vote cast ("score
// likes", "score dislikes": old Reddit draws the score once per vote state
// and its style sheet shows one; the "unvoted" copy is the one shown).
bool IsVoteCastScoreClass(std::string_view cls);
// Whether an <input>'s type is "hidden" (a form's carried value, no control).
bool IsHiddenInputType(std::string_view type);
// Whether a class list names a post's profile cell drawn as a definition
// list (phpBB's "postprofile"): its <dd> items are the poster's extras.
bool IsPosterProfileCellClass(std::string_view cls);
// Whether text that follows a date tells of an event rather than a post:
// "Doors open at seven", "Tickets $20", a time of day ("7pm", "19:00").
// The first 80 words are read.
bool IsEventDetailText(std::string_view text);
// Whether a caption's class names a carousel's or a slider's slide
// ("carousel-caption", "slide-caption", "swiper-caption").
bool IsSlideCaptionClass(std::string_view cls);
// Whether a class names a list card's title line: a class name that is
// "title" or begins or ends with it after a hyphen or an underscore
// ("list-title", "card-title", "post_title").
bool IsCardTitleClass(std::string_view cls);
// A class attribute that names a list of remarks under a Q&A post
// ("comments", "comments-list"), not a comment's own text box.
bool IsCommentListClass(std::string_view cls);

// Separators between a headline and the site name in <title>.
extern const std::string_view kTitleSeparators[];
extern const size_t kNumTitleSeparators;
// What sets a title's leading acronym off its spelled-out name besides
// kTitleSeparators ("DOE: Department of Energy ...": see
// WithoutLeadingAcronym).
inline constexpr std::string_view kAcronymSeparators[] = {": "};

// Dashes that set a product's variant or a descriptor off its name
// ("Trail Runner Shoe - Slate Grey"), and the fewest words a name before
// them has (a shorter one is a brand or a model family: "Nintendo Switch -
// OLED Model").
extern const std::string_view kProductVariantDashes[];
extern const size_t kNumProductVariantDashes;

// Whether the words after a product name's dash say whom the product is cut
// for ("Men's", "Women's", "Kids'", "Unisex"): part of its name, the other
// cut being another product, not a variant.
bool IsProductAudience(std::string_view words);
inline constexpr int kMinProductNameWords = 3;

// Labels a listing template prints before the name of what it lists, in
// its <h1> or <title> ("Category: Shoes", "Results for \u201cTents\u201d",
// "Archives: 2024"), in several languages. Each ends where the name begins
// (its colon or space included).
extern const std::string_view kListingTitleLabels[];
// Class words of a tagline or subtitle an <h1> holds after the name
// ("<h1>Black Tea<span class=tagline>Loose leaf, 100 g</span></h1>").
extern const std::string_view kHeadingTaglineClassWords[];
extern const size_t kNumHeadingTaglineClassWords;
extern const size_t kNumListingTitleLabels;
// phpBB's "View topic" label between the board's name and the subject in
// its <title>, in phpBB's languages (lower-case).
extern const std::string_view kViewTopicLabels[];
extern const size_t kNumViewTopicLabels;
// Whether `word` is what a collection counts after its title, "(120 items)".
bool IsCollectionCountNoun(std::string_view word);
// Marks that print nothing where they stand in a word: a soft hyphen
// ("Assis&shy;tance"), a word joiner, a byte-order mark, as UTF-8
// (kInWordInvisibleMarks of core/text.h, in its order). A title read from
// the page is the same without them.
extern const std::string_view kInvisibleMarks[];
extern const size_t kNumInvisibleMarks;
// The distinct first bytes of kInvisibleMarks (a prefilter for them).
extern const std::string_view kInvisibleMarkLeadBytes;
// The separators of a list of authors, in the order SplitAuthors tries
// them ("A, B, and C", "A und B", "A · B").
extern const std::string_view kAuthorListSeparators[];
extern const size_t kNumAuthorListSeparators;
// Between a name and the writer's role in a byline box ("Jane Doe |
// Contributor").
extern const std::string_view kNameRoleSeparators[];
extern const size_t kNumNameRoleSeparators;
// Attributes where forum and app software keeps a post's Unix time stamp
// (XenForo, Discourse, Facebook-style embeds).
extern const std::string_view kEpochStampAttrs[];
extern const size_t kNumEpochStampAttrs;
// Attributes that name the publication day itself, as a Unix time stamp or
// a written date ("<article data-publish-date='2024-03-12'>").
extern const std::string_view kPublishStampAttrs[];
extern const size_t kNumPublishStampAttrs;
// Attributes that hold a post's day as a tooltip over its shown age.
extern const std::string_view kTooltipDateAttrs[];
extern const size_t kNumTooltipDateAttrs;
// The longest tooltip read as a day.
inline constexpr size_t kTooltipDateMaxBytes = 64;
// The bar after a title's name ("Video Doorbells | Shop").
extern const std::string_view kTitleBarSeparator;
// Marks printed after a credential ("CFP\u00AE", "\u2122").
extern const std::string_view kCredentialMarks[];
extern const size_t kNumCredentialMarks;
// The <meta> name that holds JSON-LD written as a meta tag.
extern const std::string_view kJsonLdMetaKey;
// The post author's key in a GTM4WP data layer script of the head, and the
// most bytes of a script searched for it.
extern const std::string_view kDataLayerAuthorKey;
// The data layer's post type key, and the types whose author is a writer.
extern const std::string_view kDataLayerTypeKey;
extern const std::string_view kDataLayerWrittenTypes[];
extern const size_t kNumDataLayerWrittenTypes;
extern const size_t kDataLayerScriptMaxBytes;

// Steps (nodes visited, levels climbed) a look for the subheading after a
// headline takes at most.
inline constexpr int kSubheadingSearchSteps = 300;
// Nodes read back from the page's end for its footer's copyright line (a
// page that declares no site's name).
inline constexpr int kCopyrightSearchNodes = 400;
// Levels of lone wrappers (a link around the whole heading) read through
// for the controls inside a heading.
inline constexpr int kHeadingWrapperLevels = 3;

}  // namespace lede

#endif  // LEDE_EXTRACT_VOCABULARY_H_
