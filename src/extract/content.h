// Main-content extraction: which parts of the DOM are the article body.
//
// 1. Classify elements top-down: hard drops (script, hidden, form
//    controls...), soft boilerplate (navigation tags, ARIA roles, class/id
//    vocabulary), content hints.
// 2. Segment text into blocks (text under its nearest block-level element)
//    and value each block by length and link density.
// 3. Sum block values bottom-up; soft boilerplate that holds most of the
//    page's prose is reprieved, the rest counts against its ancestors.
// 4. The content root is the element with the best sum; the body is built
//    from its subtree, skipping boilerplate, link lists, captions, and the
//    blocks reported as title or dek.
#ifndef LEDE_EXTRACT_CONTENT_H_
#define LEDE_EXTRACT_CONTENT_H_

#include <cstdint>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "extract/vocabulary.h"
#include "lede/article.h"
#include "lede/options.h"

namespace lede {

struct Tuning;  // content.cc: the knobs --favor turns

// Decisions about the headline area, made by metadata before the body.
struct ContentContext {
  // The page's URL (else its canonical): whose site a link stays on.
  std::string_view url;
  // What links and images resolve against: the document's base URL (a
  // <base href>'s, else `url`).
  std::string_view base_url;
  Favor favor = Favor::kBalanced;
  // Text already reported as title or dek: blocks equal to these are not
  // body text. Elements in `exclude` (and their subtrees) are skipped.
  std::string_view title;
  std::string_view dek;
  // The writers metadata found: a line that gives only one of them (and a
  // date) is the byline, not body text.
  std::span<const std::string> authors;
  std::vector<const Node*> exclude;
  // A discussion thread: replies ("comments") are the content.
  bool discussion = false;
  // Render the comment section into ContentOutput::comments.
  bool comments = false;
  // Declared an article (JSON-LD, og:type): lists of teasers are furniture,
  // not the content (on a listing page they are the content).
  bool article = false;
  // An undeclared page that shows a published date stamp around its
  // headline (no declared date), with or without a byline: a story its
  // CMS did not type (a site builder's blog post). Lists of teaser cards
  // beside it are other posts, as on an article (see IsTeaserList).
  bool signed_story = false;
  // A signed story whose writer was read from a visible byline (not only
  // dated): its byline-classed lines are the byline, never a card's list
  // of authors.
  bool signed_by_writer = false;
  // Declared a product (schema.org Product, og:type product): rows of
  // priced cards are other products ("similar items"), not this one.
  bool product = false;
  // Its structured data describes one product (MetadataOutput::
  // one_structured_product): its own block, whatever cards run beside it.
  bool one_structured_product = false;
  // Declared an event and nothing written (MetadataOutput::event_undated:
  // a concert's, a play's, an exhibition's page): its box office's lines
  // are the site's.
  bool event = false;
  // Declared none of the three kinds above: a list, a service page or
  // another page, where the list rules run.
  bool NoDeclaredKind() const { return !article && !discussion && !product; }
  // The precise reading of a list page that ArticleExtractor takes for its
  // written guide: the category's description printed over the grid joins
  // the guide's root (see ContentExtractor::Extract).
  bool list_guide = false;
};

// One line of the --explain report.
struct BlockDecision {
  const Node* node;
  bool kept;
  std::string reason;  // rule name or scores
};

struct ContentOutput {
  Body body;
  std::string text;
  const Node* root = nullptr;
  // Found while walking the content: caption and credit of the lead image.
  std::string image_caption;
  const Node* image_caption_node = nullptr;  // the element image_caption was read from
  std::string image_credit;
  // The credit image_caption closed with ("... Photo: Sam Lee"), cut from
  // it: the lead image's when the caption is.
  std::string image_caption_credit;
  std::string image_url;
  std::string comments;  // when ContentContext::comments
  // A page declared a product whose body is a category's grid of priced
  // cards (see ContentExtractor::Extract): a list of products, not one.
  bool product_grid = false;
  // A page declared a product whose priced cards come as a run of
  // kCollectionMinCards siblings or more, each with its own name, price and
  // link, holding every buy control, under an <h1> with no price of its
  // own: a collection (see ContentExtractor::Extract). Product pages only.
  bool card_collection = false;
};

class ContentExtractor {
 public:
  // Fills `out`. `explain`, when non-null, receives a decision per block.
  // `hints` holds the class/id hints of `doc`'s elements.
  void Extract(const Document& doc, const HintTable& hints, const ContentContext& ctx,
               ContentOutput* out, std::vector<BlockDecision>* explain = nullptr);
  // The bytes of the per-element facts table (docs/robustness.md, "bytes
  // per node"; a test pins them).
  size_t table_bytes() const { return facts_.capacity() * sizeof(Facts); }

 private:
  // What the passes learn about one element (indexed by Node::eid: row 0,
  // read at text and other nodes, stays zero).
  struct Facts {
    float value = 0;        // this block's own value
    float good = 0;         // subtree: sum of positive values, boilerplate ignored
    float score = 0;        // subtree: sum of values, boilerplate counted against
    float refs = 0;         // subtree: the score of the references lists in it (kHintReferences)
    uint32_t text = 0;      // subtree word characters
    uint32_t link = 0;      // subtree word characters inside links
    uint32_t own_text = 0;  // word characters whose nearest block is this node
    uint32_t own_link = 0;
    uint32_t owner = 0;     // eid of the nearest block-level ancestor-or-self
    uint32_t hints = 0;     // ClassHint bits of class/id
    uint32_t flags = 0;     // FactFlags (content.cc)
    uint16_t links = 0;     // <a href> elements in the subtree (saturating)
    uint16_t controls = 0;  // checkboxes, radio buttons, selects in the subtree (saturating)
  };
  // `list_page`: a page that is none of an article, a thread or a product
  // (a category, a listing, a service): see ShowsHiddenCopyPrice.
  void Classify(const Document& doc, const HintTable& hints, bool prices, bool discussion, bool list_page);
  void Aggregate(const ContentContext& ctx);
  const Node* ChooseRoot(const Document& doc);
  const Node* JoinSections(const Node* root) const;
  const Node* LeavePostAside(const Node* root) const;
  const Node* JoinPosts(const Node* root, bool* list_of_posts) const;
  const Node* JoinOpeningPost(const Node* root, bool list_of_posts) const;
  std::string ScoreNote(const Node* n) const;
  // The visited element children of `e` grouped by signature (tag and
  // class list, or the tag alone without `by_class`; the first four
  // signatures): how many of each, and how many of those `item(child,
  // facts)` accepts. Returns the number of children.
  struct SiblingGroup {
    TagId tag;
    std::string_view cls;
    uint32_t count, items, items2;  // items: children `item` marks with bit 0, items2 with bit 1
  };
  template <typename Item>
  size_t GroupChildren(const Node* e, Item&& item, SiblingGroup (&groups)[4], size_t* ngroups,
                       bool by_class = true) const;
  // Whether one signature's children are most of `e`'s and nearly all
  // items (`item(child, facts)`), three of them at least, `max_count` at most.
  template <typename Item>
  bool IsRunOfItems(const Node* e, Item&& item, uint32_t max_count = UINT32_MAX) const;
  // The same for two item tests at once, in one pass over the children:
  // `item` returns a mask (bit 0, bit 1); bit k of the result says whether
  // the children are a run of test k's items.
  template <typename Item>
  // (`by_class` false: siblings of one tag are one signature, whatever
  // their classes.)
  uint32_t RunsOfItems(const Node* e, Item&& item, uint32_t max_count = UINT32_MAX, bool by_class = true) const;
  bool IsTeaserList(const Node* e, bool* headed) const;
  // Whether `e` may be a teaser card's headline line (see the definition).
  bool IsCardHeadline(const Node* e, const Facts& f) const;
  // Whether hidden `e` is one of a tabbed box's panels (see the definition).
  bool IsHiddenTab(const Node* e) const;
  bool IsCodeLineNumbers(const Node* e, std::string* scratch) const;
  bool IsCodeTabBar(const Node* e) const;
  bool IsLabeledTeaserCard(const Node* e, std::string_view page_url, std::string* scratch) const;
  // Whether a paragraph of at least `min_text` word characters, none of
  // whose flags are in `skip` and none of whose class hints in
  // `skip_hints`, stands among `e`'s `look` sibling nodes on one side
  // (after it when `after`, else before it).
  bool ParagraphNear(const Node* e, bool after, int look, uint32_t min_text, uint32_t skip,
                     uint32_t skip_hints = 0) const;
  // Whether `e` is a headline-classed subheading over prose of its own.
  bool HeadsOwnProse(const Node* e) const;
  bool SiteLinksAfterContent(const Node* e) const;
  bool StoryParagraphBefore(const Node* e) const;
  bool LinksStayOnSite(const Node* l, std::string_view page_url) const;
  static bool IsProsePanel(const Node* e, const Facts& f);
  bool ShopTermsPanel(const Node* e, std::string* scratch) const;
  // Whether a byline-named box is a list's card (see BuildBody).
  bool HoldsCardText(const Node* e) const;
  bool HoldsCardTitle(const Node* e) const;
  bool InCardSeries(const Node* e) const;
  bool InListCard(const Node* e) const;
  const Node* ListCardSeries(const Node* e, bool e_is_title = false) const;
  bool InPageList(const Node* e, const std::vector<const Node*>& roots, bool e_is_title = false) const;
  bool CardFooterSigns(const Node* e, std::string_view line) const;
  // Whether definition list `dl` restates the card it sits in: most of its
  // values' words were said before it in the card (see BuildBody).
  bool RestatesCardText(const Node* dl, std::string* scratch) const;
  // Whether a "Read more" toggle stands beside hidden `e` (see Classify).
  bool RevealToggleBeside(const Node* e, bool after, std::string* scratch) const;
  // Marks the shown excerpts before hidden `e`, its whole copy (see
  // Aggregate); returns how many.
  int MarkExcerptsOf(const Node* e, std::string* scratch);
  // Whether such a toggle beside hidden `e` names it by aria-controls.
  bool RevealToggleControls(const Node* e, std::string* scratch) const;
  // Whether shown prose stands before the box of toggle `t` and rest `e`.
  bool RevealLeadBefore(const Node* e, const Node* t) const;
  // Whether hidden `e` is fine print, a sign-up or a form, no text's rest.
  bool RevealRestRefused(const Node* e, std::string* scratch) const;
  bool LeadsLikeAHeading(const Node* n, bool any_rest = false) const;
  bool InWriterCard(const Node* e, std::span<const std::string_view> author_first_words) const;
  // The page's authors' first words (BuildBody; views into its
  // ContentContext::authors, valid while it runs).
  std::vector<std::string_view> author_first_words_;
  bool FurnitureHeadingAt(const Node* n, const ContentContext& ctx, bool after_story, bool after_prose,
                          std::string* scratch,
                          bool* site_feed, bool* delivery, bool* press) const;
  // Whether the first box with text after `top` states a shop's delivery
  // terms (HoldsDeliveryTermsCue).
  bool DeliveryTermsFollow(const Node* top, std::string* scratch) const;
  bool SiteFeedCardsFollow(const Node* top, int level, const Node* root) const;
  // Whether the blocks after a press contact heading's wrapper `top` are a
  // contact's (names, phones, e-mails), not a story's prose.
  bool PressContactFollows(const Node* top, std::string* scratch) const;
  const Node* HeadingWrapper(const Node* n, const Node* root) const;
  bool IsLinkListPart(const Node* n) const;
  bool CaptionsAGallery(const Node* caption) const;
  bool BoxCaptionsAGallery(const Node* box) const;
  bool LinkListFollows(const Node* top) const;
  void AddMarkedParts(const Node* root, const Tuning& tuning);
  void AddLeadBeforeRoot(const Node* root);
  void AddNotesAfterRoot(const Node* root);
  void MarkAiReviewSummary(const Node* note);
  void MarkShopServiceBand(const Node* heading);
  bool IsServiceBand(const Node* e) const;
  bool PastStoryBox(const Node* a, uint32_t max_text) const;
  void MarkSignUpBoxes(bool job_alerts_only);
  bool IsSignUpBox(const Node* e) const;
  void MarkVoteBoxes();
  void MarkAffiliateBoxes();
  bool IsVoteBox(const Node* e) const;
  bool IsAffiliateBox(const Node* e) const;
  bool InEmbeddedPost(const Node* e) const;
  const Node* WidenForPage(const Document& doc, const Node* root, const Tuning& tuning) const;
  // An archive page's loop of teaser <article>s, or null (see Extract).
  const Node* ArchiveLoop() const;
  // Whether `e` opens a code listing of line boxes (IsCodeLineBox, which
  // Classify marked kInPre): in <pre> itself, its parent not.
  bool StartsCodeBox(const Node* e) const;
  // A Q&A page's question text outside the answers' root `root`: the
  // itemprop="text" of a microdata Question item that holds the root, or
  // null.
  const Node* QuestionTextOutside(const Node* root) const;
  // The first category description (NamesCategoryDescription) that holds
  // prose, outside boilerplate; nullptr when there is none.
  const Node* CategoryDescription() const;
  const Node* DominantBlock(const Document& doc) const;
  // The best root holds a short story (on a declared article, shorter than
  // on an undeclared page, which also needs a story of a few paragraphs)
  // and the comment sections left out hold many times its prose: a link
  // post and its discussion (see Extract, which also asks LinkPostSign of
  // an undeclared page). With `bare`, an undeclared page whose root holds
  // next to no prose and whose replies are all it says (no sign needed).
  bool DiscussionOutweighsStory(const Node* root, bool declared_article, bool bare) const;
  enum class LinkPost { kNone, kWeak, kStrong };
  LinkPost LinkPostSign(const Node* root, std::string_view page_url) const;
  void AddSimilarSiblings(const Node* root, const Tuning& tuning);
  // A product's body read as one panel of a tab set: the product's short
  // description before the set joins the roots (see Extract).
  void AddShortDescription(const Node* root);
  bool BareStampPart(const Node* part, std::string* scratch) const;
  // Card headlines in roots_, the roots' word characters, their longest block.
  void CountCardHeads(uint32_t* heads, uint32_t* text, uint32_t* longest) const;
  // `listing`: a list page's body (see Extract): teaser cards are content.
  void BuildBody(const std::vector<const Node*>& roots, const ContentContext& ctx, ContentOutput* out,
                 std::vector<BlockDecision>* explain, bool listing = false);

  std::vector<Facts> facts_;
  std::vector<const Node*> order_;  // preorder, hard-dropped subtrees excluded
  std::vector<const Node*> roots_;  // the content root and its similar siblings
  const Node* marked_within_ = nullptr;  // the best root around a marked body root
  // For each foreign element, by eid: 0 not read yet, else whether it
  // holds HTML content (MarkForeignHoldingHtml; sized on the first page
  // with foreign content only).
  std::vector<uint8_t> foreign_to_html_;
  // CaptionsAGallery's answer for each box of figures read, by eid (0:
  // not read yet); filled on the first long caption of an article.
  mutable std::vector<uint8_t> gallery_boxes_;
  std::vector<const Node*> drawn_screen_nodes_;  // the drawings dropped (for --explain's "drawn-screen")
  bool IsDrawnScreenNode(const Node* e) const {
    for (const Node* d : drawn_screen_nodes_)
      if (d == e) return true;
    return false;
  }
  bool drawn_screens_ = false;  // whether to drop drawings of an app's screens (see IsDrawnScreen): not on articles or threads
  bool ai_notes_ = false;  // whether to look for a shop's AI notes (see MarkAiReviewSummary): not on articles or threads
  std::vector<uint32_t> service_bands_;  // the ids of the bands MarkShopServiceBand marked, for the explain reason
  std::string band_heading_;  // a card's heading read by MarkShopServiceBand (reused)
  std::vector<const Node*> email_inputs_;  // the first <input type=email>s (see MarkSignUpBoxes)
  std::vector<uint32_t> signup_boxes_;     // the ids of the boxes MarkSignUpBoxes marked, for the explain reason
  std::vector<const Node*> radio_inputs_;  // the first <input type=radio>s (see MarkVoteBoxes)
  std::vector<uint32_t> vote_boxes_;       // the ids of the boxes MarkVoteBoxes marked, for the explain reason
  std::vector<const Node*> sponsored_links_;  // the first <a rel=sponsored>s (see MarkAffiliateBoxes)
  std::vector<uint32_t> affiliate_boxes_;     // the ids of the boxes MarkAffiliateBoxes marked, for the explain reason
  // Product pages: the buy box, the box that holds the product's own name,
  // price and add-to-cart control (see FindBuyBox), and what it is found
  // from: the first kBuyControls buy controls, the page's first <h1>, the
  // last kBuyBoxPrices priced elements before the first control (a ring)
  // and the first kBuyBoxPrices after it (Classify).
  static constexpr uint32_t kBuyBoxPrices = 8;
  static constexpr uint32_t kBuyControls = 4;
  const Node* buy_controls_[kBuyControls] = {};
  uint32_t buy_controls_n_ = 0;
  const Node* first_h1_ = nullptr;
  const Node* buy_box_ = nullptr;
  const Node* prices_before_[kBuyBoxPrices] = {};
  const Node* prices_after_[kBuyBoxPrices] = {};
  uint32_t prices_before_n_ = 0, prices_after_n_ = 0;
  void FindBuyBox();
  bool InBuyBoxPanel(const Node* e) const;
  // Product and list pages: the longest run of priced cards (Aggregate),
  // its count and its parent; NotePricedRuns notes the runs among priced
  // `e`'s children, and with `shelves` (a product page) marks `e` (facts
  // `f`) a shelf when one is of kShelfMaxCards cards at most.
  uint32_t priced_grid_cards_ = 0;
  const Node* priced_grid_ = nullptr;
  void NotePricedRuns(const Node* e, Facts& f, bool shelves);
  // Whether the run of priced cards leaves no product of the page's own
  // (its buy controls all the cards', its <h1> priced by them only).
  bool CardsMakeACollection() const;
  uint32_t PricedRun(const Node* e, bool* shelf);
  // A priced card's facts (NotePricedRuns's item).
  static bool IsPricedCard(const Facts& f);
  // Product pages: short text nodes that state a shop's promise (Classify),
  // the first kPromiseLinesCap, and the strips of them MarkPromiseStrip
  // marked (for the explain reason).
  static constexpr uint32_t kPromiseLinesCap = 32;
  const Node* promise_lines_[kPromiseLinesCap] = {};
  uint32_t promise_lines_n_ = 0;
  std::vector<uint32_t> promise_strips_;
  const Node* RepeatedItemAt(const Node* from, int levels) const;
  void MarkPromiseStrip(const Node* line);
  bool UspBoxSellsTheShop(const Node* e) const;
  bool ListsPrices(const Node* e) const;
  // A cookie notice appended to <body> after the page (see content.cc).
  bool ConsentNoticeAfterPage(const Node* e, uint32_t most_before, std::string* scratch) const;
  bool IsPromiseStrip(const Node* e) const;
  const Node* main_landmark_ = nullptr;  // the page's first <main> or role=main (Classify)
  bool site_banner_seen_ = false;        // a page-level <header> or role=banner was met (Classify)
  // Product pages: text hashes of the sections kept so far (BuildBody);
  // a long section's is made when it is first compared (0 until then:
  // HashBytes64 never gives 0).
  struct ShownSection {
    uint64_t hash;
    const Node* node;
  };
  std::vector<ShownSection> shown_;
  // Threads: the same, every section of the thread, in an open-addressing
  // table (power-of-two size, node null when free) so that each section is
  // looked up in constant time (BuildBody).
  std::vector<std::pair<uint64_t, const Node*>> shown_table_;
  size_t shown_used_ = 0;
  // The section kept under `hash` on a thread, or null; records `e` under it
  // when there is none.
  const Node* ShownOnThread(uint64_t hash, const Node* e);
  uint32_t page_text_ = 0;  // word characters of the page (Classify)
  bool shows_code_ = false;  // the page has a <pre> (Classify)
  uint32_t h1s_ = 0;         // <h1> elements of the page (Classify)
  double total_good_ = 0;
  double plausible_good_ = 0;
  bool page_mode_ = false;  // not an article or thread: see WidenForPage
  bool archive_body_ = false;  // the <body> names a CMS's archive page (NamesArchiveBody)
  bool microdata_qa_ = false;  // an element is a microdata Question or Answer item
  bool password_box_ = false;            // the page holds an <input type=password> (see Extract)
  const Node* picture_shelf_ = nullptr;  // the first titled shelf of picture tiles in <main> (see Extract)
  bool shelves_kept_ = false;   // BuildBody keeps such shelves (a short body built again)
};

}  // namespace lede

#endif  // LEDE_EXTRACT_CONTENT_H_
