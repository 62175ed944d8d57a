#include <gtest/gtest.h>

#include "extract/dates.h"
#include "extract/dom_text.h"
#include "extract/language.h"
#include "extract/metadata.h"
#include "extract/vocabulary.h"
#include "html/parser.h"
#include "lede/lede.h"

namespace lede {
namespace {

// A page titled `title` around `body`, typed a product by og:type when
// `product` (the product rules' tests compare the two).
std::string PageAround(std::string_view title, const std::string& body, bool product) {
  return "<html><head><title>" + std::string(title) + "</title>" +
         (product ? "<meta property=\"og:type\" content=\"product\">" : "") + "</head><body>" + body +
         "</body></html>";
}

TEST(Vocabulary, ClassIdHints) {
  EXPECT_TRUE(ClassifyClassId("share-bar", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("trc_related_container", "taboola-below") & kHintRelated);
  EXPECT_TRUE(ClassifyClassId("", "div-gpt-ad-1") & kHintAd);
  EXPECT_TRUE(ClassifyClassId("articleBody", "") & kHintArticleBody);
  EXPECT_TRUE(ClassifyClassId("entry-content", "") & kHintArticleBody);
  EXPECT_FALSE(ClassifyClassId("header-image", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("shadow", "") & kHintAd);  // "ad" is a token, not a substring
  // A colour and an adjective that start like "nav" and "share".
  EXPECT_FALSE(ClassifyClassId("font-heading text-navy bg-navy-800", "") & kHintNavigation);
  EXPECT_EQ(ClassifyClassId("SharedViewStyles_buttonBase__MNsrT", ""), 0u);
  EXPECT_TRUE(ClassifyClassId("navbar share-buttons", "") & kHintNavigation);
  EXPECT_TRUE(ClassifyClassId("photo-credit", "") & kHintCredit);
  EXPECT_TRUE(ClassifyClassId("sr-only", "") & kHintHidden);
  // Frameworks' screen-reader-only classes (a swatch's "Swatch" label).
  EXPECT_TRUE(ClassifyClassId("slds-assistive-text", "") & kHintHidden);
  EXPECT_TRUE(ClassifyClassId("selected-assistive-text-label", "") & kHintHidden);
  EXPECT_TRUE(ClassifyClassId("element-invisible", "") & kHintHidden);
  EXPECT_FALSE(ClassifyClassId("assistive-technology-guide", "") & kHintHidden);
  EXPECT_TRUE(ClassifyClassId("chakra-collapse", "") & kHintPanel);
  EXPECT_TRUE(ClassifyClassId("accordion-content", "") & kHintPanel);
  EXPECT_TRUE(ClassifyClassId("tab-pane fade", "") & kHintPanel);
  EXPECT_FALSE(ClassifyClassId("tab-list", "") & kHintPanel);
  EXPECT_TRUE(IsRevealToggleLine("Read more"));
  EXPECT_TRUE(IsRevealToggleLine("Lire la suite \xE2\x80\xBA"));
  EXPECT_FALSE(IsRevealToggleLine("Read more about our shipping"));
  EXPECT_FALSE(IsRevealToggleLine("More"));
  EXPECT_TRUE(ClassifyClassId("swiper-slide", "") & kHintPanel);
  // A hash makes a class name (or an id) generated: a block editor's
  // per-block hook, a component instance. Its words name no role...
  EXPECT_EQ(ClassifyClassId("kb-column12_b8ce28-ad kb-adv-heading12_9c83af-2d", ""), 0u);
  EXPECT_EQ(ClassifyClassId("", "teaser-0de1c10d53"), 0u);
  EXPECT_TRUE(ClassifyClassId("teaser-2024", "") & kHintRelated);  // a year is no hash
  // The hashed name is only its own: the name before it keeps its words,
  // whatever marks lead the hashed one (CSS modules' "_box_1a2b3c").
  EXPECT_TRUE(ClassifyClassId("related-posts _box_1a2b3c", "") & kHintRelated);
  EXPECT_TRUE(ClassifyClassId("related-posts box_1a2b3c", "") & kHintRelated);
  // ...but a styled component's name before its hash is written by hand.
  EXPECT_TRUE(ClassifyClassId("Footer-styled__Footer-sc-d11cfc8d-17 gezYme", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("slick-slide slick-cloned", "") & kHintClone);
  EXPECT_TRUE(ClassifyClassId("facet-group", "") & kHintWeakBoilerplate);
  EXPECT_TRUE(ClassifyClassId("mw-references-wrap", "") & kHintReferences);
  EXPECT_TRUE(ClassifyClassId("reflist", "") & kHintReferences);
  EXPECT_FALSE(ClassifyClassId("client-reference", "") & kHintReferences);
  EXPECT_TRUE(ClassifyClassId("plp-filters", "") & kHintWeakBoilerplate);
  EXPECT_FALSE(ClassifyClassId("photo-filter", "") & kHintWeakBoilerplate);
  EXPECT_TRUE(ClassifyClassId("photo-filter", "") & kHintFacet);
  EXPECT_TRUE(ClassifyClassId("", "layered-filter-block") & kHintFacet);
  // A class that states a flag names no role: a grid that hides its ad slot.
  EXPECT_EQ(ClassifyClassId("grid-items hide-read-more-ad", ""), 0u);
  EXPECT_FALSE(ClassifyClassId("card show-share-bar", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("card share-bar", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("offer-disclaimers", "") & kHintWeakBoilerplate);
  // Shop strips of other products: WooCommerce and Magento class names.
  EXPECT_TRUE(ClassifyClassId("up-sells upsells products", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("block crosssell", "") & kHintRelated);
  EXPECT_TRUE(ClassifyClassId("cross-sells", "") & kHintBoilerplate);
  // A marketplace's box about the seller.
  EXPECT_TRUE(ClassifyClassId("x-seller-card-river", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("product-seller-info", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("seller-cred-highlights", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("best-seller-badge", "") & kHintBoilerplate);
  // A pay-later provider's note beside the price.
  EXPECT_TRUE(ClassifyClassId("afterpay-container", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("affirm-as-low-as", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("form-installment", "") & kHintBoilerplate);
  // Not a bare "installment": an article's worked example, a serial's part.
  EXPECT_FALSE(ClassifyClassId("installment-example", "") & kHintBoilerplate);
  EXPECT_TRUE(NamesPayLater("klarna-placement", ""));
  EXPECT_TRUE(NamesPayLater("x", "payment_Providers"));
  EXPECT_FALSE(NamesPayLater("price-note", "main"));
  EXPECT_TRUE(ClassifyClassId("payment-providers_wrap__x1", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("klarna-placement", "") & kHintBoilerplate);
  // A product's details shown in a modal are its text; another modal is
  // still a pop-up.
  EXPECT_FALSE(ClassifyClassId("pip-product-details-modal", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("specs-modal rounded", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("shop-measurements-modal", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("dimensions-modal", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("newsletter-modal", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("modal-content", "") & kHintBoilerplate);
  // An extended warranty offered beside the product.
  EXPECT_TRUE(ClassifyClassId("protection-plan-section", "") & kHintBoilerplate);
  // Not a word that merely opens with the provider's name.
  EXPECT_FALSE(ClassifyClassId("affirmation-quote", "") & kHintBoilerplate);
}

// The separators and marks the metadata rules read are vocabulary data:
// the prefilter's lead bytes come from the marks themselves, and a list's
// comma with its conjunction is tried before the bare comma.
TEST(Vocabulary, MetadataSeparatorsAndMarks) {
  for (size_t k = 0; k < kNumInvisibleMarks; ++k)
    EXPECT_NE(kInvisibleMarkLeadBytes.find(kInvisibleMarks[k][0]), std::string_view::npos);
  EXPECT_LE(kInvisibleMarkLeadBytes.size(), kNumInvisibleMarks);
  size_t and_at = kNumAuthorListSeparators, comma_at = kNumAuthorListSeparators;
  for (size_t k = 0; k < kNumAuthorListSeparators; ++k) {
    if (kAuthorListSeparators[k] == ", and ") and_at = k;
    if (kAuthorListSeparators[k] == ", ") comma_at = k;
  }
  EXPECT_LT(and_at, comma_at);
  EXPECT_EQ(SplitAuthors("Jane Doe, John Roe, and Ann Berg"),
            (std::vector<std::string>{"Jane Doe", "John Roe", "Ann Berg"}));
  EXPECT_EQ(SplitAuthors("By Jane Doe, CFP\xC2\xAE"), std::vector<std::string>{"Jane Doe, CFP\xC2\xAE"});
}

// The cheap paths of the line and class tests (perf2) answer as the plain
// searches did: a ticker's phrase of each period, prose whose first word
// comes back late, the earliest "by" cue, class words compared byte-wise.
// The words that count anywhere in a class name (kAny: "gdpr", "sidebar",
// "taboola") are found through a filter of their first three bytes: at a
// list's start, inside a name, at its end, as the list's last bytes, in an
// id, in any case; a name sharing only its first two bytes ("sideline",
// "gdp-chart") is none.
TEST(Vocabulary, AnywhereWordsThroughTheirFirstBytes) {
  EXPECT_TRUE(ClassifyClassId("gdpr-banner x", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("x cc-gdpr-box", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("x cc-gdpr", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("x ccgdpr", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("", "site-GDPR") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("x below-taboola", "") & kHintRelated);
  EXPECT_TRUE(ClassifyClassId("layout mysidebar", "") & kHintWeakBoilerplate);
  EXPECT_FALSE(ClassifyClassId("sideline gdp-chart", "") & (kHintBoilerplate | kHintWeakBoilerplate));
}

TEST(Vocabulary, FastPathsAnswerAsBefore) {
  EXPECT_TRUE(IsRepeatedPhraseLine("Sale Sale Sale Sale Sale Sale"));
  EXPECT_TRUE(IsRepeatedPhraseLine("Book now * Book now * Book now"));
  EXPECT_TRUE(IsRepeatedPhraseLine("free shipping today only FREE SHIPPING TODAY ONLY free shipping today only"));
  EXPECT_TRUE(IsRepeatedPhraseLine("a b c d a b c d a b c d"));
  // The first word again only at the sixth word: no period of four or less.
  EXPECT_FALSE(IsRepeatedPhraseLine("the cat sat on a the cat sat on a the cat sat on a"));
  EXPECT_FALSE(IsRepeatedPhraseLine("We walked to the market and back to the market again."));
  EXPECT_FALSE(IsRepeatedPhraseLine("No no no no no"));  // five words: too few
  size_t cue = 0;
  EXPECT_EQ(FindAfterDateByCue("May 2, 2024 BY Jane Doe par Ann", 100, &cue), 11u);
  EXPECT_EQ(cue, 4u);
  EXPECT_EQ(FindAfterDateByCue("May 2, 2024 par Ann by Jane", 100, &cue), 11u);
  EXPECT_EQ(cue, 5u);
  EXPECT_EQ(FindAfterDateByCue("May 2, 2024 by Jane", 12, &cue), std::string_view::npos);
  EXPECT_EQ(FindAfterDateByCue("Nobody here", 100, &cue), std::string_view::npos);
  EXPECT_TRUE(IsBoilerplateLine("Please ENABLE JavaScript to continue"));
  EXPECT_TRUE(IsConsentPlaceholder("This content is blocked by your Cookie preferences."));
  EXPECT_FALSE(IsConsentPlaceholder("This content is blocked in your region for now."));
  EXPECT_TRUE(ClassifyClassId("article-body", "") & kHintArticleBody);
  EXPECT_TRUE(ClassifyClassId("storyText", "") & kHintArticleBody);
  EXPECT_FALSE(ClassifyClassId("articlebod", "") & kHintArticleBody);
}

// Whole class names are looked up behind a filter of their lengths and
// first letters (perf15): any case, any place in the list, and a name of
// the same length and first letter that is not on the list still fails.
TEST(Vocabulary, ClassNameListsAnswerAsBefore) {
  EXPECT_TRUE(IsLineNumberClass("linenos"));
  EXPECT_TRUE(IsLineNumberClass("highlight  LN"));
  EXPECT_TRUE(IsLineNumberClass("code Line-Numbers-Rows extra"));
  EXPECT_TRUE(IsLineNumberClass("\tgutter\n"));
  EXPECT_FALSE(IsLineNumberClass("lx"));       // "ln"'s length and letter
  EXPECT_FALSE(IsLineNumberClass("gutters"));  // one byte longer
  EXPECT_FALSE(IsLineNumberClass("line-number-x line"));
  EXPECT_FALSE(IsLineNumberClass(""));
  EXPECT_TRUE(NamesTabBar("wrapper Nav-Tabs"));
  EXPECT_FALSE(NamesTabBar("nav-taps"));
  EXPECT_TRUE(IsDayHeaderClass("DATE-HEADER"));
  EXPECT_FALSE(IsDayHeaderClass("date-headers date"));
}

TEST(Vocabulary, Lines) {
  // A card's menu of links to more of its kind.
  EXPECT_TRUE(IsBoilerplateLine("More in this category"));
  EXPECT_TRUE(IsBoilerplateLine("More like this"));
  EXPECT_FALSE(IsBoilerplateLine("More like this, please, said the editor."));
  // An account box's calls, not a sentence about accounts.
  EXPECT_TRUE(IsBoilerplateLine("Create an account"));
  EXPECT_TRUE(IsBoilerplateLine("Already have an account? Log in"));
  EXPECT_FALSE(IsBoilerplateLine("Create an account to save your routes."));
  EXPECT_TRUE(IsBoilerplateLine("  Advertisement "));
  EXPECT_TRUE(IsBoilerplateLine("Read more:"));
  // A list's sort control, a cue and the chosen order; not a sentence.
  EXPECT_TRUE(IsBoilerplateLine("Sort By:"));
  // A playlist's mark on the item it plays.
  EXPECT_TRUE(IsBoilerplateLine("Now playing"));
  EXPECT_TRUE(IsBoilerplateLine("On Now"));
  EXPECT_FALSE(IsBoilerplateLine("On now through Sunday at the harbour hall"));
  EXPECT_TRUE(IsBoilerplateLine("Sort: Best Match"));
  // The chosen order after a bar ("Sort by | Relevance", "Sort by| Newest").
  EXPECT_TRUE(IsBoilerplateLine("Sort by| Relevance"));
  EXPECT_TRUE(IsBoilerplateLine("Sort by | Newest first"));
  EXPECT_TRUE(IsBoilerplateLine("Trier par : Pertinence"));
  EXPECT_FALSE(IsBoilerplateLine("Sort by size before washing."));
  EXPECT_FALSE(IsBoilerplateLine("Sorting hats and house points"));
  EXPECT_TRUE(IsBoilerplateLine("Tags:"));
  EXPECT_FALSE(IsBoilerplateLine("Tags are how readers find older posts."));
  EXPECT_FALSE(IsBoilerplateLine("Advertisement revenue fell by half last year."));
  EXPECT_TRUE(IsBoilerplateLine("Not open for further replies."));
  EXPECT_TRUE(IsBoilerplateLine("You must log in to answer this question."));
  EXPECT_TRUE(IsBoilerplateLine("Shop now"));
  EXPECT_TRUE(IsBoilerplateLine("LEARN MORE"));
  EXPECT_FALSE(IsBoilerplateLine("Learn more about the bench and how it was built."));
  // A result list's controls and counts.
  EXPECT_TRUE(IsBoilerplateLine("Sort by:"));
  EXPECT_TRUE(IsBoilerplateLine("Filter & Sort"));
  EXPECT_TRUE(IsBoilerplateLine("33 Results"));
  EXPECT_TRUE(IsBoilerplateLine("Showing 1\u201324 of 291 products"));
  EXPECT_TRUE(IsBoilerplateLine("1,204 items found"));
  EXPECT_FALSE(IsBoilerplateLine("33 results from the trial were published."));
  EXPECT_FALSE(IsBoilerplateLine("Results"));
  EXPECT_TRUE(IsBoilerplateLine("In stock"));
  EXPECT_TRUE(IsBoilerplateLine("3 colors"));
  // One word that also heads a manual's section stays ("Download", "Filters").
  EXPECT_FALSE(IsBoilerplateLine("Download"));
  EXPECT_FALSE(IsBoilerplateLine("Filters"));
  EXPECT_TRUE(IsBackLinkLine("Back to project"));
  EXPECT_TRUE(IsBackLinkLine("Back to all posts"));
  EXPECT_FALSE(IsBackLinkLine("Back to the moon: why the crew waits in quarantine"));
  EXPECT_EQ(StripCreditCue("Photo credit: AFP/Getty"), "AFP/Getty");
  EXPECT_EQ(StripCreditCue("The photo shows"), "");
  EXPECT_EQ(StripBylineCue("By Jane Doe"), "Jane Doe");
  EXPECT_TRUE(IsQuestionLine("Do I need a referral? "));
  EXPECT_FALSE(IsQuestionLine("?"));
  EXPECT_TRUE(IsCallToActionLine("Get started"));
  EXPECT_TRUE(IsCallToActionLine(" Book a free demo "));
  EXPECT_FALSE(IsCallToActionLine("Get started."));
  EXPECT_FALSE(IsCallToActionLine("Customer stories"));
  EXPECT_FALSE(IsCallToActionLine("See how our six regional teams plan a move"));
}

// Furniture lines: a control's label behind an arrow, a reading-time
// stamp, a script's loading placeholder, a table of contents' heading.
TEST(Vocabulary, ArrowsReadingTimeAndLoadingLines) {
  EXPECT_TRUE(IsBoilerplateLine("< Back to top"));
  EXPECT_TRUE(IsBoilerplateLine("\u2191 Back to top"));
  EXPECT_TRUE(IsBackLinkLine("\u00ab Back to all posts"));
  EXPECT_TRUE(IsBoilerplateLine("5 min read"));
  EXPECT_TRUE(IsBoilerplateLine("12-minute read"));
  EXPECT_TRUE(IsBoilerplateLine("Reading time: 4 minutes"));
  EXPECT_FALSE(IsBoilerplateLine("10 mins"));
  EXPECT_FALSE(IsBoilerplateLine("5 minutes to read the whole report"));
  EXPECT_TRUE(IsBoilerplateLine("Loading comments..."));
  EXPECT_TRUE(IsBoilerplateLine("Loading paragraph\u2026"));
  EXPECT_FALSE(IsBoilerplateLine("Loading the van took three of us an hour..."));
  EXPECT_TRUE(IsBoilerplateLine("Table of Contents"));
  EXPECT_FALSE(IsBoilerplateLine("<3 from all of us"));
}

// In a story those lines are left out, the story's own short lines stay.
TEST(Extract, ArticleDropsReadingTimeAndLoadingLines) {
  const std::string html =
      "<html><head><title>Ferry timetables</title></head><body><article><h1>Ferry timetables</h1>"
      "<p>6 min read</p><p>The winter timetable cuts the evening crossings to two, and the first boat now "
      "leaves at seven rather than half past six on weekdays.</p><div>Loading paragraph...</div>"
      "<p>Season tickets bought before the change stay valid until they expire, the operator said.</p>"
      "<p><a href=\"#top\">&lt; back to top</a></p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("min read"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Loading"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("back to top"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Season tickets"), std::string::npos) << r->text;
}

// A cookie-consent note that stands where a blocked embed would be is no
// part of the story, nor is a player's time; a privacy notice's prose on
// cookies stays, and so does a time in a table's cell.
TEST(Extract, ArticleDropsConsentPlaceholderAndMediaTime) {
  const std::string html =
      "<html><head><title>Lighthouse keepers</title></head><body><article><h1>Lighthouse keepers</h1>"
      "<p>The last keeper of the north light left in 1989, when the lamp was automated and the cottages "
      "were sold to the trust that runs them as holiday lets today.</p>"
      "<div class=embed><p>This video is hidden by your cookie choices. To watch this video, switch on "
      "the cookies of our video partner.</p></div>"
      "<div class=clip><div class=t>4:02</div></div><div class=clip><div class=t>0:00 / 1:15:09</div></div>"
      "<p>Visitors who accept cookies on the trust's booking site are shown the cottages that are free "
      "that week first, the trust says, and can book a tour of the tower with them.</p>"
      "<table><tr><th>Keeper</th><th>Watch</th></tr><tr><td>Ann</td><td>3:45</td></tr></table>"
      "<p>Season tickets to the tower are sold at the gate from April to October each year.</p>"
      "</article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("To watch this video"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("4:02"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("1:15:09"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Visitors who accept cookies"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("3:45"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Season tickets"), std::string::npos) << r->text;
}

TEST(Vocabulary, ConsentPlaceholderAndMediaTime) {
  EXPECT_TRUE(IsConsentPlaceholder("This content is blocked by your cookie preferences. Accept them to see it."));
  EXPECT_FALSE(IsConsentPlaceholder("We use cookies to remember your language."));
  EXPECT_FALSE(IsConsentPlaceholder("To view this content, subscribe to the print edition."));
  EXPECT_TRUE(IsMediaTimeLine("3:45"));
  EXPECT_TRUE(IsMediaTimeLine("Listen \xC2\xB7 4:02"));
  EXPECT_TRUE(IsMediaTimeLine("0:00 / 0:00"));
  EXPECT_TRUE(IsMediaTimeLine("Duration: 1:02:10"));
  EXPECT_FALSE(IsMediaTimeLine("3:45 pm"));
  EXPECT_FALSE(IsMediaTimeLine("123:45"));
  EXPECT_FALSE(IsMediaTimeLine("John 3:16 says"));
  EXPECT_FALSE(IsMediaTimeLine("2:1"));
}

// A ticker's phrase shown over and over ("Book now * Book now * ...") and
// a carousel's position ("Slide 2 of 6") are motion and controls, not
// text; a table's row of repeated values and a sentence that repeats a word
// stay.
TEST(Extract, DropsTickerAndCarouselPosition) {
  const std::string html =
      "<html><head><title>Harbour tours</title></head><body><main><h1>Harbour tours</h1>"
      "<p>Our skippers take small groups around the harbour twice a day, past the old forts and the "
      "seal colony on the outer breakwater, with tea served on deck.</p>"
      "<div class=ticker><span>Book now *</span><span>Book now *</span><span>Book now *</span>"
      "<span>Book now *</span></div>"
      "<div class=gallery><div class=pos>Slide 2 of 6</div></div>"
      "<p>Tours leave from the north quay; bring a warm coat, since the wind on the water is cold "
      "even in summer and the boat has an open deck.</p>"
      "<table><tr><th>Tour</th><th>Mon</th><th>Tue</th><th>Wed</th></tr>"
      "<tr><td>Forts</td><td>Yes Yes</td><td>Yes Yes</td><td>Yes Yes</td></tr></table>"
      "<p>Fares are paid on board.</p>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Book now"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Slide 2 of 6"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("north quay"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Yes Yes"), std::string::npos) << r->text;
}

TEST(Vocabulary, RepeatedPhraseAndCarouselPosition) {
  EXPECT_TRUE(IsRepeatedPhraseLine("Book now * Book now * Book now *"));
  EXPECT_TRUE(IsRepeatedPhraseLine("SALE SALE sale SALE Sale SALE"));
  EXPECT_TRUE(IsRepeatedPhraseLine("$49.95 $49.95 $49.95"));
  EXPECT_FALSE(IsRepeatedPhraseLine("Book now * Book now"));
  EXPECT_FALSE(IsRepeatedPhraseLine("Yes Yes Yes"));
  EXPECT_FALSE(IsRepeatedPhraseLine("Book now * Book now * Book later"));
  EXPECT_FALSE(IsRepeatedPhraseLine("We went round and round and round the lake."));
  EXPECT_TRUE(IsBoilerplateLine("Slide 3 of 8"));
  EXPECT_TRUE(IsBoilerplateLine("Image 2 / 5"));
  EXPECT_TRUE(IsBoilerplateLine("Photo 1 of 12"));
  EXPECT_FALSE(IsBoilerplateLine("Slide 3 of 8 shows the results"));
  EXPECT_FALSE(IsBoilerplateLine("Chapter 3 of 8"));
}

// A call-to-action link whose other words are for screen readers only
// ("Continue reading<span class=screen-reader-text> Title</span>") is a
// button all the same; a link with words a reader sees stays.
TEST(Extract, CallToActionLinkWithScreenReaderText) {
  const std::string html =
      "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1>"
      "<p>The harbour board met on Tuesday and agreed to dredge the inner basin before the summer, "
      "when the larger ferries return to the island route.</p>"
      "<p><a href=\"/dredging\">Continue reading<span class=\"screen-reader-text\"> The dredging plan</span></a></p>"
      "<p>The work is paid for by the mooring fees raised last year, the board's treasurer said.</p>"
      "<p><a href=\"/fees\">Mooring fees<span class=\"screen-reader-text\"> for 2024</span></a></p>"
      "</article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Continue reading"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Mooring fees"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("treasurer said"), std::string::npos) << r->text;
  // The label in an element of its own, an icon beside it and the hidden
  // words after: the same button.
  const std::string wrapped =
      "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1>"
      "<p>The harbour board met on Tuesday and agreed to dredge the inner basin before the summer, "
      "when the larger ferries return to the island route.</p>"
      "<div><a href=\"/ferries\"><span class=label>Learn more</span><svg aria-hidden=true></svg>"
      "<span style=\"display:none\"> - The ferry timetable</span></a></div>"
      "<p>The work is paid for by the mooring fees raised last year, the board's treasurer said.</p>"
      "</article></body></html>";
  auto w = Extract(wrapped);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->text.find("Learn more"), std::string::npos) << w->text;
  EXPECT_NE(w->text.find("treasurer said"), std::string::npos) << w->text;
}

// A paragraph of a zero-width joiner alone (a site builder's blank line)
// is blank: no empty paragraph of it in the text. A joiner inside a word
// stays.
TEST(Extract, ZeroWidthOnlyParagraphIsBlank) {
  const std::string html =
      "<html><head><title>Tide tables</title></head><body><article><h1>Tide tables</h1>"
      "<p>The spring tides this month come two days after the full moon, the harbour master wrote.</p>"
      "<p>\xE2\x80\x8D</p><p>Boats over ten metres should wait for the flood before crossing the bar.</p>"
      "<p>Crew\xE2\x80\x8Dlists are checked at the gate before each sailing in the season.</p>"
      "</article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("\n\xE2\x80\x8D\n"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("\n\n\n"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Crew\xE2\x80\x8Dlists"), std::string::npos) << r->text;
}

TEST(Extract, ReferencesListIsNeverTheBody) {
  // A list page: a short lead, a table of links, and sources whose
  // citations run longer than the lead. The body is the lead's, not the
  // references list's (nor its wrapper's).
  std::string refs;
  for (int i = 0; i < 8; ++i)
    refs += "<li>Harbour Board (" + std::to_string(1990 + i) +
            "). Annual report on the crossings, the fares and the state of the piers, with the "
            "minutes of the meetings held that year and the letters received from passengers. "
            "<a href=\"/r" + std::to_string(i) + "\">Archived</a> from the original.</li>";
  std::string rows;
  for (int i = 0; i < 40; ++i)
    rows += "<tr><td><a href=\"/f" + std::to_string(i) + "\">Ferry " + std::to_string(i) +
            "</a></td><td><a href=\"/p" + std::to_string(i) + "\">Pier " + std::to_string(i) + "</a></td></tr>";
  const std::string html =
      "<html><head><title>List of ferries</title></head><body><div class=page><h1>List of ferries</h1>"
      "<p>This list of ferries names the boats that have crossed the bay since the first service, with the "
      "piers they sailed from and the years they were in use.</p>"
      "<p>Boats that only ran in summer are listed with the year of their first season.</p>"
      "<table>" + rows + "</table><h2>Sources</h2><div><div class=\"mw-references-wrap\">"
      "<ol class=\"references\">" + refs + "</ol></div></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("This list of ferries names the boats"), std::string::npos) << r->text;
}

// A table of data under a header row is the page's data, its linked cells
// included (a list page's table of names, each linked to its page): it is
// kept with the lead, on an article too. The same links without a header
// row are a table of links.
TEST(Extract, HeadedDataTableOfLinksIsContent) {
  std::string rows;
  for (int i = 0; i < 30; ++i)
    rows += "<tr><th>" + std::to_string(1950 + i) + "</th><td><a href=\"/k" + std::to_string(i) + "\">Keeper " +
            std::to_string(i) + " of the north light</a></td><td><a href=\"/i" + std::to_string(i) +
            "\">Island station " + std::to_string(i) + "</a></td></tr>";
  auto page = [&](const std::string& head) {
    return "<html><head><title>List of lighthouse keepers</title><meta property=\"og:type\" content=\"article\">"
           "</head><body><div class=page><h1>List of lighthouse keepers</h1><div class=text>"
           "<p>The keepers below tended the lights of the northern isles, each for a term of some years, until "
           "the last station was automated and its keeper moved ashore with the lamp's old lens.</p>"
           "<p>Some of them kept a station alone; others shared one with a family or an assistant.</p>"
           "<table>" + head + rows + "</table><p>Keepers who served less than a season are not listed.</p>"
           "</div></div></body></html>";
  };
  auto r = Extract(page("<tr><th>Year</th><th>Keeper</th><th>Station</th></tr>"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("northern isles"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Keeper 17 of the north light"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("less than a season"), std::string::npos) << r->text;
  auto bare = Extract(page(""));
  ASSERT_TRUE(bare.ok());
  EXPECT_NE(bare->text.find("northern isles"), std::string::npos) << bare->text;
  EXPECT_EQ(bare->text.find("Keeper 17 of the north light"), std::string::npos) << bare->text;
}

namespace {
constexpr std::string_view kEnglishProse =
    "The council said on Tuesday that it would not raise the tax this year, but that it had been asked by "
    "several members to look again at the plan when the budget for the next two years is set. Officials "
    "who spoke to reporters after the meeting said there was no money left for the road works either.";
constexpr std::string_view kWelshProse =
    "Dyma rai llyfrau, papurau, podlediadau a fideos sydd wedi bod yn ddefnyddiol i ni, yn cynnig syniadau "
    "ysbrydoledig, treiddiol a heriol. Mae'r cyngor wedi dweud na fydd yn codi'r dreth eleni, ond bod "
    "sawl aelod wedi gofyn iddo edrych eto ar y cynllun pan fydd y gyllideb ar gyfer y ddwy flynedd nesaf.";
}  // namespace

TEST(Vocabulary, FunctionWordShare) {
  EXPECT_GE(FunctionWordShare("en", kEnglishProse), 30);
  EXPECT_LT(FunctionWordShare("en", kWelshProse), 10);
  EXPECT_LT(FunctionWordShare("de", kEnglishProse), 10);
  EXPECT_EQ(FunctionWordShare("xx", kEnglishProse), -1);           // no list
  EXPECT_EQ(FunctionWordShare("en", "The end of the story."), -1);  // too few words
}

// Prose in the declared language is confirmed by its function words without
// CLD2; prose in another language under the same label goes to CLD2.
TEST(Language, FunctionWordsConfirmTheDeclaredLanguage) {
  DetectedLanguage en = DetectLanguage(kEnglishProse, "en");
  EXPECT_EQ(en.code, "en");
  EXPECT_STREQ(en.source, "function-words");
  DetectedLanguage guessed = DetectLanguage(kEnglishProse, "");
  EXPECT_EQ(guessed.code, "en");
  DetectedLanguage cy = DetectLanguage(kWelshProse, "en");
  EXPECT_EQ(cy.code, "cy");
  EXPECT_STREQ(cy.source, "cld2");
  DetectedLanguage de_label = DetectLanguage(kEnglishProse, "de");
  EXPECT_EQ(de_label.code, "en");
  EXPECT_STREQ(de_label.source, "cld2");
}

// The cheap look before a block's text is read: the first two bytes of a
// byline cue or label, in any case ("By", "Written by", "écrit par"); not
// prose ("Bed", "By" then a space is no cue's start).
TEST(Vocabulary, BylineCueFirstBytes) {
  EXPECT_TRUE(MayStartBylineCue('B', 'y'));
  EXPECT_TRUE(MayStartBylineCue('w', 'R'));
  EXPECT_TRUE(MayStartBylineCue(0xC3, 0xA9));
  EXPECT_TRUE(MayStartBylineCue('A', 'u'));
  EXPECT_FALSE(MayStartBylineCue('B', 'e'));
  EXPECT_FALSE(MayStartBylineCue('b', ' '));
  EXPECT_FALSE(MayStartBylineCue('T', 'o'));
  EXPECT_TRUE(MayStartBylineCue('b'));
  EXPECT_FALSE(MayStartBylineCue('x'));
}

TEST(Vocabulary, FurnitureHeadings) {
  EXPECT_TRUE(IsFurnitureHeading("Related articles"));
  EXPECT_TRUE(IsFurnitureHeading("More from The Daily Courier"));
  EXPECT_TRUE(IsFurnitureHeading("About the Author"));
  EXPECT_TRUE(IsFurnitureHeading("Related:"));
  EXPECT_FALSE(IsFurnitureHeading("Related work on perovskite cells"));
  EXPECT_FALSE(IsFurnitureHeading("How the money adds up"));
  EXPECT_TRUE(IsFurnitureHeading("Customers who bought this item also bought"));
  EXPECT_TRUE(IsFurnitureHeading("Similar items"));
  EXPECT_FALSE(IsFurnitureHeading("Similarities between the two designs"));
  // The same headings in other languages, whole (or with ":..."): a
  // section of the story that starts alike is no match, nor a wiki's
  // "See also".
  EXPECT_TRUE(IsFurnitureHeading("Te puede interesar"));
  EXPECT_TRUE(IsFurnitureHeading("Mehr zum Thema"));
  EXPECT_TRUE(IsFurnitureHeading("À lire aussi :"));
  EXPECT_TRUE(IsFurnitureHeading("LIRE AUSSI"));
  EXPECT_TRUE(IsFurnitureHeading("Leggi anche"));
  EXPECT_TRUE(IsFurnitureHeading("Você também pode gostar"));
  EXPECT_TRUE(IsFurnitureHeading("Dit vind je misschien ook interessant"));
  EXPECT_TRUE(IsFurnitureHeading("Czytaj także"));
  EXPECT_TRUE(IsFurnitureHeading("Читайте также:"));
  // Capitals outside ASCII fold as ASCII ones do: set in capitals by a
  // theme, or capitalised where the list has them in lower case.
  EXPECT_TRUE(IsFurnitureHeading("ЧИТАЙТЕ ТАКЖЕ"));
  EXPECT_TRUE(IsFurnitureHeading("ÄHNLICHE ARTIKEL"));
  EXPECT_TRUE(IsFurnitureHeading("À DÉCOUVRIR AUSSI"));
  EXPECT_TRUE(IsFurnitureHeading("Powiązane artykuły"));
  EXPECT_TRUE(IsFurnitureHeading("POWIĄZANE ARTYKUŁY"));
  EXPECT_FALSE(IsFurnitureHeading("Lire aussi les rapports des années précédentes"));
  EXPECT_FALSE(IsFurnitureHeading("Te puede interesar saber cómo se calcula la pensión"));
  EXPECT_FALSE(IsFurnitureHeading("Voir aussi"));
  EXPECT_FALSE(IsFurnitureHeading("Zobacz też"));
  // A blog platform's close under a story: the writer's card, the
  // replies with their count (not a section "Responses to the plan").
  EXPECT_TRUE(IsAfterStoryFurnitureHeading("Written by Nina Okafor"));
  EXPECT_TRUE(IsAfterStoryFurnitureHeading("Written by \xC3\x89lodie Martin"));
  // A section of the story that opens alike: no name follows.
  EXPECT_FALSE(IsAfterStoryFurnitureHeading("Written by the victors"));
  EXPECT_FALSE(IsAfterStoryFurnitureHeading("Written by"));
  EXPECT_TRUE(IsAfterStoryFurnitureHeading("Responses (12)"));
  EXPECT_FALSE(IsAfterStoryFurnitureHeading("Responses"));
  EXPECT_FALSE(IsAfterStoryFurnitureHeading("Responses to the consultation"));
  // The box on the expert who checked a story, and a reference site's
  // list of the sources it cites.
  EXPECT_TRUE(IsFurnitureHeading("About the Reviewer"));
  EXPECT_TRUE(IsFurnitureHeading("Article Sources"));
  EXPECT_TRUE(IsFurnitureHeading("Article sources:"));
  EXPECT_FALSE(IsFurnitureHeading("Article sourced from three interviews"));
  EXPECT_TRUE(IsFilterPanelHeading("Filters"));
  EXPECT_TRUE(IsFilterPanelHeading("Refine by:"));
  EXPECT_FALSE(IsFilterPanelHeading("Filter coffee, brewed slowly"));
  EXPECT_TRUE(IsFurnitureHeading("Latest news"));
  EXPECT_TRUE(IsFeedHeading("Latest News"));
  EXPECT_TRUE(IsFeedHeading("Latest posts:"));
  EXPECT_FALSE(IsFeedHeading("Latest news on the merger talks leaked on Friday"));
  EXPECT_FALSE(IsFeedHeading("Related articles"));
}

// A topic's page lists its stories under "Latest news": on a page that is
// not an article the heading opens the page's own list, whose cards stay;
// under a story the same heading opens the site's feed beside it, which
// goes.
TEST(Extract, FeedHeadingOnListPageKeepsTheList) {
  std::string cards;
  const char* titles[] = {"Council votes to widen the river path", "New ferry timetable starts in May",
                          "Library opens on Sundays from June", "Market hall roof to be repaired"};
  for (int i = 0; i < 4; ++i)
    cards += "<div class=card><h3><a href=/n/" + std::to_string(i) + ">" + titles[i] + "</a></h3>"
             "<p>Residents had asked for the change for years, the council said in a statement on Monday.</p></div>";
  std::string list = "<html><body><nav><a href=/>Home</a> <a href=/topics>Topics</a></nav><main><h1>City</h1>"
                     "<section><h2>Latest news</h2>" + cards + "</section></main></body></html>";
  auto r = Extract(list);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("New ferry timetable"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Market hall roof"), std::string::npos) << r->text;
  std::string para = "The council approved the budget for the river path after a long debate in the chamber. ";
  std::string story = "<html><head><meta property=og:type content=article></head><body><article><h1>Budget passes</h1>"
                      "<p>" + para + para + para + para + "</p><section><h2>Latest news</h2>" + cards +
                      "</section></article></body></html>";
  auto a = Extract(story);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("long debate"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("New ferry timetable"), std::string::npos) << a->text;
}

// Shop strips of other products under their usual headings.
TEST(Vocabulary, ShopRecommendationHeadings) {
  EXPECT_TRUE(IsFurnitureHeading("Explore related items"));
  EXPECT_TRUE(IsFurnitureHeading("Related items to explore"));
  EXPECT_TRUE(IsFurnitureHeading("Complete the look"));
  EXPECT_TRUE(IsFurnitureHeading("Shop the look"));
  EXPECT_FALSE(IsFurnitureHeading("Shopping for a cast iron skillet"));
  EXPECT_TRUE(IsFurnitureHeading("Guests also viewed"));
  EXPECT_TRUE(IsFurnitureHeading("Your recently viewed items"));
  EXPECT_FALSE(IsFurnitureHeading("Your guide to the trail"));
  // Product pages only: on a category page "Featured products" heads its grid.
  EXPECT_TRUE(IsProductFurnitureHeading("Featured products"));
  EXPECT_TRUE(IsProductFurnitureHeading("Pairs well with"));
  EXPECT_FALSE(IsFurnitureHeading("Featured products"));
  EXPECT_FALSE(IsProductFurnitureHeading("Pairs well with cheese, this wine is dry"));
  // The shop's policies; a bare "Shipping" or "Warranty" may be the product's.
  EXPECT_TRUE(IsProductFurnitureHeading("Shipping & Returns"));
  EXPECT_TRUE(IsProductFurnitureHeading("Delivery and returns"));
  EXPECT_TRUE(IsProductFurnitureHeading("Return policy:"));
  EXPECT_FALSE(IsProductFurnitureHeading("Warranty"));
  EXPECT_FALSE(IsProductFurnitureHeading("Shipping"));
  EXPECT_FALSE(IsFurnitureHeading("Shipping & Returns"));
  // The shop's help and sales boxes beside every product.
  EXPECT_TRUE(IsProductFurnitureHeading("Ask An Expert"));
  EXPECT_TRUE(IsProductFurnitureHeading("Complete Your Order"));
  EXPECT_TRUE(IsProductFurnitureHeading("Buy a bundle and save!"));
  EXPECT_TRUE(IsProductFurnitureHeading("Need help choosing?"));
  EXPECT_TRUE(IsProductFurnitureHeading("Any questions about this product?"));
  EXPECT_FALSE(IsProductFurnitureHeading("Need help choosing the right size for a child"));
  EXPECT_TRUE(IsProductFurnitureHeading("More ways to pay"));
  EXPECT_TRUE(IsProductFurnitureHeading("Payment & Security"));
  EXPECT_FALSE(IsProductFurnitureHeading("Ask an expert how the valve seals"));
  EXPECT_FALSE(IsFurnitureHeading("Ask an expert"));
}

// A clamped text's toggle printed with both its labels, a shop's AI-summary
// badge and report links are lines of furniture; sentences that start alike
// are not.
TEST(Vocabulary, ToggleAndReportLines) {
  EXPECT_TRUE(IsBoilerplateLine("read less read more"));
  EXPECT_TRUE(IsBoilerplateLine("Show more Show less"));
  EXPECT_TRUE(IsBoilerplateLine("Generated by AI"));
  EXPECT_TRUE(IsBoilerplateLine("Report this item"));
  EXPECT_TRUE(IsBoilerplateLine("See any errors on this page?"));
  EXPECT_FALSE(IsBoilerplateLine("Read less, read more slowly, and take notes."));
  // A page's "back to top" control, worded otherwise.
  EXPECT_TRUE(IsBoilerplateLine("RETURN TO TOP OF PAGE"));
  EXPECT_TRUE(IsBoilerplateLine("Back to navigation"));
  EXPECT_FALSE(IsBoilerplateLine("Return to top form takes a season after a knee injury."));
  EXPECT_FALSE(IsBoilerplateLine("Generated by AI from the reviews below, the summary says the lid leaks."));
}

// On a product page a shelf of other products under "Pairs well with" ends
// the product's text.
TEST(Extract, ProductShelfHeadingEndsTheBody) {
  const std::string body =
      "<main><h1>Trail lantern</h1><p>A folding lantern of ripstop nylon that packs flat into a jacket pocket "
      "and throws a warm light over a whole table for an evening of cards at camp.</p><p>The battery charges "
      "from any USB port and lasts three nights on the low setting, two on the high one.</p><h2>Pairs well with</h2>"
      "<div><h3>Camp stool</h3><p>A folding stool of aluminium tubes and canvas for the table.</p></div><div><h3>Enamel "
      "mug set</h3><p>Four mugs in a nesting stack that fits a pack's side pocket.</p></div></main>";
  auto r = Extract(PageAround("Trail lantern", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("three nights"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Enamel mug set"), std::string::npos) << r->text;
}

// On a product page the shop's boxes under the buy box, a call to its
// advisers ("Ask an expert") and other products to add to the order
// ("Complete your order"), are the store's: left out; the description stays.
TEST(Extract, ProductHelpAndAddOnBoxesLeftOut) {
  const std::string body =
      "<main><h1>Desk microphone</h1><p>A dynamic microphone for speech and singing with a built-in preamp "
      "that lifts a quiet voice without hiss, on a swivel yoke that mounts on any boom arm.</p><p>The "
      "capsule rejects the sound of keyboards and fans behind it.</p><section><h3>Ask an expert</h3><p>Our "
      "trained advisers answer every call on weekdays and will help you choose the right gear.</p></section>"
      "<section><h2>Complete your order</h2><p>Braided cable, ten feet, with gold-plated plugs at both ends."
      "</p></section></main>";
  auto r = Extract(PageAround("Desk microphone", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("keyboards and fans"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("trained advisers"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Braided cable"), std::string::npos) << r->text;
}

// A marketplace listing's box about its seller (the shop's name, its
// sales, its response time, "Contact seller") is the seller's, not the
// product's: left out, and the item's description stays.
TEST(Extract, MarketplaceSellerCardIsLeftOut) {
  const std::string body =
      "<main><h1>Stoneware mug</h1><p>A hand-thrown stoneware mug glazed in speckled oatmeal, holding about "
      "three hundred millilitres of tea or coffee, with a wide handle for two fingers.</p><p>Each mug is "
      "fired twice and is safe in the dishwasher and the microwave.</p>"
      "<div class='seller-card'><h2>Meet your seller</h2><p>Clayworks Studio, owned by Ana, has made more "
      "than twelve hundred sales in nine years.</p><p>This seller usually responds within a few hours.</p>"
      "</div></main>";
  auto r = Extract(PageAround("Stoneware mug", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("fired twice"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("twelve hundred sales"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("responds within"), std::string::npos) << r->text;
}

// On a product page the shop's quotes from happy buyers under a
// testimonials heading ("What our customers say") and an extended
// warranty's offer ("protection-plan-section") are left out; the
// description stays.
TEST(Extract, ProductTestimonialsAndProtectionPlanLeftOut) {
  const std::string body =
      "<main><h1>Garden kneeler</h1><p>A padded kneeler of closed-cell foam that flips over into a low seat, "
      "with two steel handles to push up on and a pocket on each side for gloves and a trowel.</p><p>It folds "
      "flat to hang on a shed hook and weighs under three kilograms.</p><section><h2>What our customers "
      "say</h2><p>Best thing I bought for the allotment this year, my knees thank me every weekend. Jo, "
      "Leeds</p></section><section class='protection-plan-section'><p>Add a 3-year accident plan for the frame "
      "and its padding - $9.00</p></section></main>";
  auto r = Extract(PageAround("Garden kneeler", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("shed hook"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("allotment"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("accident plan"), std::string::npos) << r->text;
}

// A product's details laid out in a modal that a button opens
// ("product-details-modal": the description, materials and care) are the
// product's text, not a pop-up's: kept.
TEST(Extract, ProductDetailsModalIsKept) {
  const std::string body =
      "<main><h1>Cube shelf</h1><p class=price>$89.99</p><p>Eight cubes of storage in a clean white frame, sized "
      "for the baskets and boxes sold beside it, with room on top for a lamp and a row of plants along the "
      "wall.</p><p>It ships flat in one box and goes together in under an hour with the hex key in the bag, two "
      "people lifting it upright at the end.</p><button>Product details</button>"
      "<div class='shop-product-details-modal'><h2>Product details</h2><p>Stands upright as a bookcase or lies "
      "on its side as a low sideboard.</p><p>Wipe clean with a damp cloth and dry at once.</p></div></main>";
  auto r = Extract(PageAround("Cube shelf", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("hex key"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("low sideboard"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("damp cloth"), std::string::npos) << r->text;
}

// A pay-later provider's note beside the price ("or 4 interest-free
// payments of $12.25 with Afterpay") is the shop's terms of payment: left
// out, and the price and the description stay.
TEST(Extract, PayLaterNoteIsLeftOut) {
  const std::string body =
      "<main><h1>Linen apron</h1><p class=price>$49.00</p><div class='afterpay-container'>or 4 interest-free "
      "payments of $12.25 with Afterpay</div><p>A cross-back apron of washed linen with two deep pockets, cut "
      "long enough to cover the knees at the counter or the potter's wheel.</p></main>";
  auto r = Extract(PageAround("Linen apron", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("washed linen"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("interest-free"), std::string::npos) << r->text;
}

// A plain line that opens its box and names furniture outright ("Your
// recently viewed items") ends the body there whatever the box holds next
// (a tab bar of words, not only cards of links); on an article a story's
// inline box that opens so (a sign-up line over a form) does not climb into
// the story.
TEST(Extract, FurnitureLineOpeningItsBoxEndsTheBody) {
  const std::string body =
      "<main><h1>Trail lantern</h1><p>A folding lantern of ripstop nylon that packs flat into a jacket pocket "
      "and throws a warm light over a whole table for an evening of cards at camp.</p><p>The battery charges "
      "from any USB port and lasts three nights on the low setting, two on the high one.</p>"
      "<section><p class=title>Your recently viewed items</p><div class=tabs>Browsing history is switched on "
      "for this device, and you can clear it at any time from your account settings</div><div><a href=/p/1>Camp stool</a> <a href=/p/2>Enamel mug set</a></div></section>"
      "</main>";
  auto r = Extract(PageAround("Trail lantern", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("three nights"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Browsing history"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("recently viewed"), std::string::npos) << r->text;
  const std::string story =
      "<article><h1>Council votes on the bridge</h1><div class=entry-content><p>The council voted on Tuesday to "
      "rebuild the old footbridge over the river, after two years of closures and a long public debate.</p>"
      "<div id=optin><p>Sign up for our newsletter</p><form><input type=email></form></div><p>Work starts in "
      "the spring and should take eighteen months, the council said in a statement after the vote.</p></div>"
      "</article>";
  auto a = Extract("<html><head><title>Council votes on the bridge</title><meta property=\"og:type\" "
                   "content=\"article\"></head><body>" + story + "</body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("eighteen months"), std::string::npos) << a->text;
}

// On a product page the shop's shipping and returns terms, in a disclosure
// whose <summary> names them, are left out; the product's other panels stay.
// (A <summary> heads its <details> as a heading heads its section.)
TEST(Extract, ProductPolicyPanelIsLeftOut) {
  const std::string body =
      "<main><h1>Trail lantern</h1><p>A folding lantern of ripstop nylon that packs flat into a jacket pocket "
      "and throws a warm light over a whole table for an evening of cards at camp.</p>"
      "<details><summary><div>Care</div></summary><div><p>Wipe the shade with a damp cloth and let it dry "
      "folded open before packing it away.</p></div></details>"
      "<details><summary><div>Shipping &amp; Returns</div></summary><div><p>Standard shipping is free on "
      "orders over fifty dollars and usually takes three to five business days.</p><p>Unused items may be "
      "returned within thirty days for a full refund.</p></div></details></main>";
  auto r = Extract(PageAround("Trail lantern", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("damp cloth"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("business days"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("full refund"), std::string::npos) << r->text;
  // Not on a guide to the lantern: there the heading is the text's own.
  auto guide = Extract(PageAround("Trail lantern", body, /*product=*/false));
  ASSERT_TRUE(guide.ok());
  EXPECT_NE(guide->text.find("full refund"), std::string::npos) << guide->text;
}

// On a product page a digest of the reviews that an AI wrote, under a
// subheading of any wording with the shop's note "AI-generated from
// customer reviews", is left out; the product's other sections stay, and
// on an article the section is the story's own.
TEST(Extract, ProductAiReviewDigestIsLeftOut) {
  EXPECT_TRUE(IsAiSummaryNote("AI-generated from customer reviews"));
  EXPECT_TRUE(IsAiSummaryNote(" Buyer highlights, summarized by AI "));
  EXPECT_FALSE(IsAiSummaryNote("A lantern that packs flat"));
  EXPECT_FALSE(IsAiSummaryNote("Our customers sent a billion emails with AI-generated content.*"));
  EXPECT_TRUE(NamesReviews("What buyers think"));
  EXPECT_FALSE(NamesReviews("Care and storage"));
  const std::string body =
      "<main><h1>Trail lantern</h1><p>A folding lantern of ripstop nylon that packs flat into a jacket pocket "
      "and throws a warm light over a whole table for an evening of cards at camp.</p>"
      "<div><div><h3>What people think</h3></div><div><p>Buyers find the lantern bright and easy to carry, "
      "though a few wish the strap were longer and the charging port better sealed against rain.</p>"
      "<div><span>AI-generated from customer reviews</span></div></div></div>"
      "<h2>Care</h2><p>Wipe the shade with a damp cloth and let it dry folded open before packing it away.</p></main>";
  auto r = Extract(PageAround("Trail lantern", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("ripstop nylon"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("damp cloth"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("strap were longer"), std::string::npos) << r->text;
  // A note that names neither reviews nor customers, under a heading that
  // does not either, leaves the section alone.
  std::string other = body;
  other.replace(other.find("AI-generated from customer reviews"), 34, "AI-generated illustration");
  other.replace(other.find("What people think"), 17, "Out in the rain");
  auto o = Extract(PageAround("Trail lantern", other, /*product=*/true));
  ASSERT_TRUE(o.ok());
  EXPECT_NE(o->text.find("strap were longer"), std::string::npos) << o->text;
  // Nor on an article (a review of the lantern quoting such a digest).
  auto story = Extract("<html><head><title>Trail lantern</title><meta property=\"og:type\" content=\"article\">"
                       "</head><body>" + body + "</body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("strap were longer"), std::string::npos) << story->text;
}

// On a shop's page a band of its service promises (cards of one kind,
// two or more headed by a service: "Delivery and Pickup", "Financing") is
// left out; a band of the product's features beside it stays, and on an
// article the band is the story's own.
TEST(Extract, ShopServiceBandIsLeftOut) {
  EXPECT_TRUE(IsShopServiceHeading("Delivery and Pickup"));
  EXPECT_TRUE(IsShopServiceHeading(" Financing options "));
  EXPECT_TRUE(IsShopServiceHeading("Free Shipping & Returns"));
  EXPECT_FALSE(IsShopServiceHeading("Resilient returnspring"));
  EXPECT_FALSE(IsShopServiceHeading("Water resistance"));
  auto card = [](const char* head, const char* line) {
    return std::string("<li class=\"tile\"><div><div><h3><span>") + head + "</span></h3><p>" + line +
           "</p></div></div></li>";
  };
  const std::string body =
      "<main><h1>Trail lanterns</h1><p>Folding lanterns of ripstop nylon that pack flat into a jacket pocket "
      "and throw a warm light over a whole table for an evening of cards at camp.</p>"
      "<h2>Why buy from us</h2><ul>" + card("Delivery and Pickup", "Choose next-day delivery or collect in store.") +
      card("Financing", "Pay over time with no interest for a year.") +
      card("Personal help", "Ask a specialist about the right lantern on a video call.") +
      "</ul><h2>Built for the trail</h2><ul>" + card("Water resistance", "Every seam is taped against the rain.") +
      card("Battery", "Forty hours of warm light on one charge.") +
      card("Weight", "Less than a chocolate bar in the pack.") + "</ul></main>";
  auto r = Extract(PageAround("Trail lanterns", body, /*product=*/false));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("ripstop nylon"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("taped against the rain"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Pay over time"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("next-day delivery"), std::string::npos) << r->text;
  auto story = Extract("<html><head><title>Trail lanterns</title><meta property=\"og:type\" content=\"article\">"
                       "</head><body>" + body + "</body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("Pay over time"), std::string::npos) << story->text;
}

// A services page's own cards ("Delivery and Pickup", "Financing",
// "Assembly", "Returns", each a paragraph or two) are its content, though a
// long intro leaves them under half of the page's text: only a band of
// short cards (a heading and a line) is the shop's promises.
TEST(Extract, ServicesPageKeepsItsOwnLongCards) {
  auto card = [](const char* head, const char* text) {
    return std::string("<div class=\"service\"><h3>") + head + "</h3><p>" + text + "</p></div>";
  };
  const std::string body =
      "<main><h1>Our services</h1><p>Oakline has been making furniture in the same Yorkshire workshop since 1962. "
      "Every sofa, table and bed we sell is built to order by a team of craftspeople with more than three hundred "
      "years of experience between them, and we stand behind every piece with a ten year guarantee.</p>"
      "<p>Buying furniture is a big decision, and we want the part after you click the button to be as easy as "
      "the part before it. Below you can find out how we get your order to you and how you can spread the cost, "
      "and what happens if something is not quite right when it arrives at your home.</p>"
      "<p>Our customer care team is available seven days a week by phone, email or live chat, and they will be "
      "happy to help you plan your delivery around your schedule and answer any question you have.</p>"
      "<div class=\"services\">" +
      card("Delivery and Pickup", "Our trained staff bring your order to your door, carry it to the room of your "
                                  "choice and take the packaging away with them when they leave.") +
      card("Financing", "Spread the cost of your purchase over 12, 24 or 36 months with our partner bank, "
                        "subject to status and affordability checks.") +
      card("Assembly", "Our fitters build flat-pack furniture in your home, usually within an hour, and check "
                       "that everything is level and secure before they go.") +
      card("Returns", "Changed your mind? Return any unused item within 100 days for a full refund; large items "
                      "are collected from your home for free.") +
      "</div></main>";
  auto r = Extract(PageAround("Our services", body, /*product=*/false));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Yorkshire workshop"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("partner bank"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("flat-pack furniture"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("within 100 days"), std::string::npos) << r->text;
}

// A book's editorial reviews (the publisher's blurbs, the press's quotes)
// are its description, not its customers' reviews: "editorialReviews" is
// no reviews box, while "customerReviews" and "reviews" still are.
TEST(Extract, EditorialReviewsAreTheProductsText) {
  EXPECT_FALSE(ClassifyClassId("", "editorialReviews_feature") & kHintComments);
  EXPECT_FALSE(ClassifyClassId("editorial-reviews", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("reviews", "") & kHintComments);
  EXPECT_TRUE(ClassifyClassId("product-reviews editorial", "") & kHintComments);
  const std::string body =
      "<main><h1>The Lighthouse Year</h1><div class=\"book-description\"><p>A keeper's daughter spends a winter "
      "alone on a rock off the coast, writing letters to a brother she has never met.</p></div>"
      "<div id=\"editorialReviews_feature\"><h2>Editorial Reviews</h2><p>\u201cA quiet, luminous novel about "
      "solitude and the sea, written with a poet's ear for weather.\u201d \u2014 The Harbour Review</p>"
      "<p>\u201cI read it in one sitting and then again the next morning.\u201d \u2014 Coastal Books Quarterly</p></div>"
      "<div class=\"customer-reviews\"><h2>Customer reviews</h2><p>Loved it, arrived quickly and well packed, "
      "would buy from this seller again for my book club next month.</p></div></main>";
  auto r = Extract(PageAround("The Lighthouse Year", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("luminous novel"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("well packed"), std::string::npos) << r->text;
}

// A label followed, inside its line, by a visually hidden copy of itself
// for screen readers (under a class the page's framework names its own
// way) is shown once; a different word after it stays, and an article's
// text is left alone.
TEST(Extract, SpokenCopyOfALabelIsLeftOut) {
  const std::string body =
      "<main><h1>Brass desk lamp</h1><p>A brass desk lamp with a weighted base and a linen shade, rewired "
      "with a braided cord and a new switch, in good working order with light wear to the finish.</p>"
      "<div class=\"row\"><span class=\"label\">Listed on Tue, Mar 04, 12:54 AM<span class=\"vh\">Listed on "
      "Tue, Mar 04, 12:54 AM</span></span></div>"
      "<div class=\"row\"><span class=\"label\">Condition<span class=\"vh\">Used: good</span></span></div></main>";
  auto r = Extract(PageAround("Brass desk lamp", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  const size_t first = r->text.find("12:54 AM");
  ASSERT_NE(first, std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("12:54 AM", first + 1), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Used: good"), std::string::npos) << r->text;
  const std::string story =
      "<article><h1>The chant</h1><p>They shouted it from the terraces all afternoon, the same words again "
      "and again until the final whistle, the stadium answering them.</p><p><i>Come on you Reds<b>Come on you "
      "Reds</b></i></p><p>It went on long after the game, into the streets outside.</p></article>";
  auto a = Extract("<html><head><title>The chant</title><meta property=\"og:type\" content=\"article\"></head>"
                   "<body>" + story + "</body></html>");
  ASSERT_TRUE(a.ok());
  const size_t once = a->text.find("Come on you Reds");
  ASSERT_NE(once, std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Come on you Reds", once + 1), std::string::npos) << a->text;
}

// A word said twice on purpose outside an article is text, not a screen
// reader's copy: an unclassed repeat ("Pago <b>Pago</b>"), and a classed one
// with words after it in its line.
TEST(Extract, RepeatedNameIsNotASpokenCopy) {
  const std::string body =
      "<main><h1>Place names</h1><p>A short list of towns and islands whose names repeat a word, with a line "
      "on each of them for visitors planning a trip this summer.</p>"
      "<ul><li>Baden <b class=\"term\">Baden</b> is a spa town in the south west.</li></ul>"
      "<div class=\"card\"><p>Pago <em>Pago</em></p><p>The capital of the territory, on a deep harbour "
      "ringed by steep green hills and a busy tuna cannery.</p></div></main>";
  auto r = Extract(PageAround("Place names", body, /*product=*/false));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Baden Baden is a spa town"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Pago Pago"), std::string::npos) << r->text;
}

// An article's results board laid out in boxes keeps its signed scores
// ("+4" over par), as it keeps "-6": not a card's count of more choices.
TEST(Extract, ArticleKeepsSignedScoresInBoxes) {
  const std::string html =
      "<html><head><title>Club final round</title><meta property=\"og:type\" content=\"article\"></head><body>"
      "<article><h1>Club final round</h1><p>A cold morning on the links gave way to a calm afternoon, and the "
      "club champion closed with three birdies to win by two shots from the junior captain.</p>"
      "<div class=\"results\"><div class=\"line\"><div>1</div><div>P. Okafor</div><div>-6</div></div>"
      "<div class=\"line\"><div>2</div><div>L. Varga</div><div>-4</div></div>"
      "<div class=\"line\"><div>9</div><div>S. Mendes</div><div>+4</div></div>"
      "<div class=\"line\"><div>12</div><div>T. Hale</div><div>+11</div></div></div>"
      "<p>The autumn foursomes start next week, with the draw posted in the clubhouse on Thursday "
      "evening after the committee meeting.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("-6"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("+4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("+11"), std::string::npos) << r->text;
}

TEST(Dates, Formats) {
  EXPECT_EQ(ParseDate("2019-11-19T13:03:00.000Z").ToIso(), "2019-11-19T13:03:00Z");
  EXPECT_EQ(ParseDate("2019-11-19T13:03:00+05:30").ToIso(), "2019-11-19T13:03:00+05:30");
  EXPECT_EQ(ParseDate("2019-11-19").ToIso(), "2019-11-19");
  EXPECT_EQ(ParseDate("November 19, 2019").ToIso(), "2019-11-19");
  EXPECT_EQ(ParseDate("Updated: Nov. 19, 2019 at 4:05 p.m.").ToIso(), "2019-11-19T16:05:00");
  EXPECT_EQ(ParseDate("19 novembre 2019").ToIso(), "2019-11-19");
  EXPECT_EQ(ParseDate("19. November 2019").ToIso(), "2019-11-19");
  EXPECT_EQ(ParseDate("19 de noviembre de 2019").ToIso(), "2019-11-19");
  EXPECT_EQ(ParseDate("19.11.2019").ToIso(), "2019-11-19");
  // Month first with dashes or dots too when the second number cannot be a
  // month ("11-29-2024, 09:05 AM", as US forum software writes it).
  EXPECT_EQ(ParseDate("11-29-2024, 09:05 AM").ToIso(), "2024-11-29T09:05:00");
  EXPECT_EQ(ParseDate("12.25.2023").ToIso(), "2023-12-25");
  EXPECT_EQ(ParseDate("Tue, 19 Nov 2019 13:03:00 GMT").ToIso(), "2019-11-19T13:03:00Z");
  EXPECT_EQ(ParseDate("20191119").ToIso(), "2019-11-19");
  EXPECT_FALSE(ParseDate("no date here").valid());
  EXPECT_FALSE(ParseDate("2019-13-45").valid());
  EXPECT_EQ(DateFromUrl("https://ex.com/news/2019/11/19/story-slug").ToIso(), "2019-11-19");
  EXPECT_FALSE(DateFromUrl("https://ex.com/p/12345678901").valid());
  // Month and day without leading zeros, between slashes only.
  EXPECT_EQ(DateFromUrl("https://ex.com/2024/3/12/24098765/story-slug").ToIso(), "2024-03-12");
  EXPECT_EQ(DateFromUrl("https://ex.com/2024/11/5/story-slug").ToIso(), "2024-11-05");
  EXPECT_FALSE(DateFromUrl("https://ex.com/2024/3/12345/story").valid());
  EXPECT_FALSE(DateFromUrl("https://ex.com/2024/3/12").valid());
  EXPECT_FALSE(DateFromUrl("https://ex.com/2024/13/1/story").valid());
}

// Month abbreviations of the other languages ("Mrz.", "déc.", "abr",
// Polish and Russian three-letter forms) and a two-digit year between
// hyphens after a month name ("05-Mar-24").
// A time after a date is a clock's: a colon or "h", an am/pm, or four or
// six digits run together (compact HHMM). A longer run is no time: the
// counts a post's meta row prints right after its date ("142" likes and
// "37" comments as "14237").
TEST(Dates, DigitsRunAfterADateAreNoTime) {
  EXPECT_EQ(ParseDate("Nov 3, 2025 14237").ToIso(), "2025-11-03");
  EXPECT_EQ(ParseDate("Nov 3, 2025 142 37").ToIso(), "2025-11-03");
  EXPECT_EQ(ParseDate("20191119T1303").ToIso().substr(0, 16), "2019-11-19T13:03");
}

TEST(Dates, AbbreviatedMonthsAndHyphenedShortYears) {
  EXPECT_EQ(ParseDate("5. Mrz. 2024").ToIso(), "2024-03-05");
  EXPECT_EQ(ParseDate("5 d\xC3\xA9" "c. 2024").ToIso(), "2024-12-05");
  EXPECT_EQ(ParseDate("5 abr 2024").ToIso(), "2024-04-05");
  EXPECT_EQ(ParseDate("12 sie 2024").ToIso(), "2024-08-12");
  EXPECT_EQ(ParseDate("5 \xD0\xB4\xD0\xB5\xD0\xBA. 2024").ToIso(), "2024-12-05");  // "дек."
  EXPECT_EQ(ParseDate("05-Mar-24").ToIso(), "2024-03-05");
  EXPECT_EQ(ParseDate("12-Dec-99 10:30").ToIso(), "1999-12-12T10:30:00");
  // Without the hyphens a short number after a month is a day, no year.
  EXPECT_FALSE(ParseDate("5 Mar 24").valid());
}

// C's asctime and Unix date(1), as mail archives print a message's date:
// the time and a zone's abbreviation stand between the day and the year.
TEST(Dates, AsctimeAndUnixDate) {
  EXPECT_EQ(ParseDate("Tue Jul 16 09:48:02 CEST 2024").ToIso(), "2024-07-16T09:48:02");
  EXPECT_EQ(ParseDate("Tue Jul  2 09:48:02 2024").ToIso(), "2024-07-02T09:48:02");
  EXPECT_EQ(ParseDate("Mon Mar 3 14:05 UTC 2025").ToIso().substr(0, 16), "2025-03-03T14:05");
  EXPECT_TRUE(IsDateLine("Tue Jul 16 09:48:02 CEST 2024"));
  // A clock and a year with words between that are no zone: no date.
  EXPECT_FALSE(ParseDate("Jul 16 09:48 and then 2024").valid());
  // A date widget's parts in a row (month and day, the clock, the year:
  // "<div>November 20</div><div>15:23</div><div>2019</div>") are a date;
  // so the year after a clock with no seconds stays the year.
  EXPECT_TRUE(ParseDate("November 20 15:23 2019").valid());
}

// "YYYY-MM-DD" at the start is read in place (ParseDate's quick path); what
// it does not take goes through the tokens as before: spaced separators, a
// three-digit day, mixed separators, an impossible day.
// Month names of Turkish (capitalized, Ş too), Swedish, Danish, Norwegian
// and Finnish (nominative and partitive).
TEST(Dates, NordicFinnishAndTurkishMonths) {
  EXPECT_EQ(ParseDate("15 Ekim 2024").ToIso(), "2024-10-15");
  EXPECT_EQ(ParseDate("3 \xC5\x9E" "ubat 2024").ToIso(), "2024-02-03");
  EXPECT_EQ(ParseDate("29 May\xC4\xB1s 2024").ToIso(), "2024-05-29");
  EXPECT_EQ(ParseDate("12 augusti 2023").ToIso(), "2023-08-12");
  EXPECT_EQ(ParseDate("4. marts 2022").ToIso(), "2022-03-04");
  EXPECT_EQ(ParseDate("1. desember 2021").ToIso(), "2021-12-01");
  EXPECT_EQ(ParseDate("5. joulukuuta 2024").ToIso(), "2024-12-05");
  EXPECT_TRUE(IsDateLine("15 Ekim 2024"));
  // Month names fold as the vocabularies do (FoldInto): any two-byte
  // capital, not only Cyrillic's, so names set in capitals are read.
  EXPECT_EQ(ParseDate("3 \xC5\x9EUBAT 2024").ToIso(), "2024-02-03");    // ŞUBAT
  EXPECT_EQ(ParseDate("14 AO\xC3\x9BT 2024").ToIso(), "2024-08-14");    // AOÛT
  EXPECT_EQ(ParseDate("2 \xD0\x98\xD0\xAE\xD0\x9D\xD0\xAF 2024").ToIso(), "2024-06-02");  // ИЮНЯ
}

TEST(Dates, IsoStartReadInPlace) {
  EXPECT_EQ(ParseDate("2019/1/5 8:30").ToIso(), "2019-01-05T08:30:00");
  EXPECT_EQ(ParseDate("2019.11.19").ToIso(), "2019-11-19");
  EXPECT_EQ(ParseDate("2019 - 11 - 19").ToIso(), "2019-11-19");
  EXPECT_FALSE(ParseDate("2019-11-190").valid());
  EXPECT_FALSE(ParseDate("2019-11/19").valid());
  EXPECT_FALSE(ParseDate("2019-02-30").valid());
}

// A day written as an ordinal ("1st", "15th", French "1er") is the day.
TEST(Dates, OrdinalDays) {
  EXPECT_EQ(ParseDate("September 1st, 2023").ToIso(), "2023-09-01");
  EXPECT_EQ(ParseDate("Last Updated: December 15th 2025").ToIso(), "2025-12-15");
  EXPECT_EQ(ParseDate("1er janvier 2020").ToIso(), "2020-01-01");
  EXPECT_EQ(ParseDate("the 2nd of March, 2021").ToIso(), "2021-03-02");
  EXPECT_TRUE(IsDateLine("2nd of March, 2021"));
  EXPECT_TRUE(IsDateLine("Posted on February 9th, 2024"));
  // Year first, as citation metadata writes it.
  EXPECT_EQ(ParseDate("2023 Jan 7").ToIso(), "2023-01-07");
  // A word that merely starts like a suffix is no ordinal.
  EXPECT_FALSE(ParseDate("March 3rdly 2021").valid());
}

// Date stamps in the other languages lede reads month names in: their
// stamp words and clock words ("Uhr", "à 13h03", "alle", "op", "г.") leave
// a line a date line, and their update words mark an update.
TEST(Dates, StampWordsOfOtherLanguages) {
  EXPECT_TRUE(IsDateLine("19.11.2019, 13:03 Uhr"));
  EXPECT_TRUE(IsDateLine("Stand: 19.11.2019"));
  EXPECT_TRUE(IsDateLine("Publi\xC3\xA9 le 19 novembre 2019 \xC3\xA0 13h03"));
  EXPECT_TRUE(IsDateLine("Actualizado el 19 de noviembre de 2019"));
  EXPECT_TRUE(IsDateLine("Pubblicato il 19 novembre 2019 alle 13:03"));
  EXPECT_TRUE(IsDateLine("Atualizado em 19 de novembro de 2019"));
  EXPECT_TRUE(IsDateLine("Gepubliceerd op 19 november 2019"));
  EXPECT_TRUE(IsDateLine("Opublikowano: 19 listopada 2019"));
  EXPECT_TRUE(IsDateLine("\xD0\x9E\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xBE\xD0\xB2"
                         "\xD0\xB0\xD0\xBD\xD0\xBE 19 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 2019 "
                         "\xD0\xB3."));  // "Опубликовано 19 ноября 2019 г."
  EXPECT_EQ(ParseDate("19 de novembro de 2019").ToIso(), "2019-11-19");
  EXPECT_FALSE(IsDateLine("Il mercato del 19 novembre 2019"));
  EXPECT_TRUE(IsUpdateStamp("Actualizado el 19 de noviembre de 2019"));
  EXPECT_TRUE(IsUpdateStamp("Bijgewerkt op 19 november 2019"));
  EXPECT_TRUE(StartsWithPublicationCue("Atualizado em 19 de novembro de 2019"));
}

// A numeric date whose first two numbers could each be the month is read
// in the order of the page's language: month first in US English (and
// when no language is declared), day first elsewhere.
TEST(Dates, NumericOrderFollowsThePageLanguage) {
  EXPECT_EQ(NumericDateOrderFor("en-US"), NumericDateOrder::kMonthFirst);
  EXPECT_EQ(NumericDateOrderFor("en-CA"), NumericDateOrder::kMonthFirstWithSlash);
  EXPECT_EQ(NumericDateOrderFor("en"), NumericDateOrder::kMonthFirstWithSlash);
  EXPECT_EQ(NumericDateOrderFor(""), NumericDateOrder::kMonthFirstWithSlash);
  EXPECT_EQ(NumericDateOrderFor("en_GB"), NumericDateOrder::kDayFirst);
  EXPECT_EQ(NumericDateOrderFor("fr-CA"), NumericDateOrder::kDayFirst);
  EXPECT_EQ(NumericDateOrderFor("de"), NumericDateOrder::kDayFirst);
  EXPECT_EQ(ParseDate("05/03/2024").ToIso(), "2024-05-03");
  EXPECT_EQ(ParseDate("05/03/2024", NumericDateOrder::kDayFirst).ToIso(), "2024-03-05");
  // Unambiguous dates read the same either way.
  EXPECT_EQ(ParseDate("05/23/2024", NumericDateOrder::kDayFirst).ToIso(), "2024-05-23");
  auto page = [](std::string_view lang) {
    return "<html lang=\"" + std::string(lang) + "\"><head><title>Kettles</title></head><body><article>"
           "<h1>Kettles</h1><p class=date>05/03/2024</p><p>" + std::string(kEnglishProse) +
           "</p></article></body></html>";
  };
  auto r = Extract(page("en-GB"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-05");
  r = Extract(page("en-US"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-05-03");
  // A stamp at the foot of the post, read once the body is known.
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  r = Extract("<html lang=de><head><title>Example Site</title></head><body><div class=wrap>"
              "<div class=entry-content>" + body + "</div><div class=postmeta>"
              "<span>Posted on 05/03/2024</span> <a href=/t/a>council</a></div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-05");
  // The language declared only by og:locale orders that stamp too, as it
  // does the stamps by the headline.
  r = Extract("<html><head><title>Example Site</title><meta property=\"og:locale\" content=\"en_GB\"></head><body>"
              "<div class=wrap><div class=entry-content>" + body + "</div><div class=postmeta>"
              "<span>Posted on 05/03/2024</span> <a href=/t/a>council</a></div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-05");
}

// A page's own dates say which order its numeric dates are in: one that
// can be read only one way ("25/09/2023" day first, "09-25-2023" month
// first) orders the ambiguous ones, over the language's guess; a page in
// US English writes dashes month first as it does slashes.
TEST(Dates, NumericOrderFollowsThePageOwnDates) {
  EXPECT_EQ(NumericDateOrderVote("Posted 25/09/2023"), 1);
  EXPECT_EQ(NumericDateOrderVote("09-25-2023 10:00"), -1);
  EXPECT_EQ(NumericDateOrderVote("03/10/2023"), 0);
  EXPECT_EQ(NumericDateOrderVote("2023-09-25"), 0);
  EXPECT_EQ(NumericDateOrderVote("version 1.25.3 of 192.168.1.10"), 0);
  EXPECT_EQ(ParseDate("03-09-2026", NumericDateOrder::kMonthFirst).ToIso(), "2026-03-09");
  EXPECT_EQ(ParseDate("03-09-2026").ToIso(), "2026-09-03");
  EXPECT_EQ(ParseDate("03.09.2026", NumericDateOrder::kMonthFirst).ToIso(), "2026-09-03");
  auto page = [](std::string_view lang, std::string_view later) {
    return "<html" + std::string(lang) + "><head><title>Kettles</title></head><body><article>"
           "<h1>Kettles</h1><p class=date>Posted 03/10/2023</p><p>" + std::string(kEnglishProse) + "</p><p>" +
           std::string(kEnglishProse) + "</p><p class=date>Updated " + std::string(later) +
           "</p></article></body></html>";
  };
  // No language: slashes month first, unless the page shows otherwise.
  auto r = Extract(page("", "05/10/2023"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-03-10");
  r = Extract(page("", "21/10/2023"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-10-03");
  // A British page whose stamps are plainly month first.
  r = Extract(page(" lang=en-GB", "10/21/2023"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-03-10");
  // A page in English of no region whose og:locale names Britain.
  r = Extract("<html lang=en><head><title>Kettles</title><meta property=\"og:locale\" content=\"en_GB\"></head>"
              "<body><article><h1>Kettles</h1><p class=date>Posted 03/10/2023</p><p>" + std::string(kEnglishProse) +
              "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-10-03");
  // A US page's meta date with dashes.
  r = Extract("<html lang=en-US><head><title>Kettles</title><meta property=\"article:published_time\" "
              "content=\"03-09-2026\"></head><body><article><h1>Kettles</h1><p>" + std::string(kEnglishProse) +
              "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2026-03-09");
}

// A meta that is a version stamp ("app-version" = "24.11.05") does not
// tell a US page's date order; a date meta with a time before the date does.
TEST(Metadata, VersionMetaDoesNotSetTheDateOrder) {
  EXPECT_EQ(NumericDateOrderVote("24.11.05"), 0);
  EXPECT_EQ(NumericDateOrderVote("25.09.2023"), 1);
  EXPECT_TRUE(IsDateMetaKey("article:published_time"));
  EXPECT_FALSE(IsDateMetaKey("app-version"));
  // (Any case, anywhere in the key; a word cut short is none.)
  EXPECT_TRUE(IsDateMetaKey("DC.Date.Created"));
  EXPECT_TRUE(IsDateMetaKey("og:Updated_Time"));
  EXPECT_FALSE(IsDateMetaKey("publish-dat"));
  auto r = Extract("<html lang=en-US><head><title>Kettles</title><meta name=app-version content=\"24.11.05\">"
                   "</head><body><article><h1>Kettles</h1><time>03/09/2026</time><p>" + std::string(kEnglishProse) +
                   "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2026-03-09");
  r = Extract("<html lang=en-US><head><title>Kettles</title><meta name=date content=\"12:30 25/09/2023\">"
              "</head><body><article><h1>Kettles</h1><time>03/09/2023</time><p>" + std::string(kEnglishProse) +
              "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-09-25");
}

// An author box that sets the writer's role on a line of its own under
// the name ("<strong>Jane Doe</strong><div>Senior Editor</div>") gives the
// name alone; a credit whose name is a role ("AAA Travel Editor"), a
// surname that could be a title word ("Jane Head") and a longer line stay.
TEST(Metadata, RoleLineUnderTheNameIsNoPartOfIt) {
  EXPECT_EQ(RoleAfterName("Jane Marlow Senior Editor"), 12u);
  EXPECT_EQ(RoleAfterName("Jane Marlow Writer"), 12u);
  EXPECT_EQ(RoleAfterName("Jane MarlowSenior Editor"), 11u);
  EXPECT_EQ(RoleAfterName("Rachel MacDonald"), 0u);
  EXPECT_EQ(RoleAfterName("AAA Travel Editor"), 0u);
  EXPECT_EQ(RoleAfterName("Jane Head"), 0u);
  EXPECT_EQ(RoleAfterName("Keith Barry Senior Autos Reporter"), 0u);
  EXPECT_EQ(RoleAfterName("Senior Editor"), 0u);
  // (A beat before the role goes with it, spaced or glued to the name.)
  EXPECT_EQ(RoleAfterName("Jane Doe Sports Reporter"), 9u);
  EXPECT_EQ(RoleAfterName("Jane DoeHealth Editor"), 8u);
  EXPECT_EQ(SplitAuthors("Jane Doe Sports Reporter"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Jane Marlow Senior Editor"), std::vector<std::string>{"Jane Marlow"});
  EXPECT_EQ(SplitAuthors("Acme News Staff Writer"), std::vector<std::string>{"Acme News Staff Writer"});
  // (A paper's staff role, after the name or before it: "By Staff Writer
  // Jane Doe"; a role word alone before one name, "Editor Jane", stays.)
  EXPECT_EQ(SplitAuthors("Jane Doe Staff Writer"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(RoleBeforeName("Staff Writer Jane Doe"), 13u);
  EXPECT_EQ(RoleBeforeName("Senior Sports Reporter Ann Lee"), 23u);
  EXPECT_EQ(RoleBeforeName("Editor Jane"), 0u);
  EXPECT_EQ(RoleBeforeName("Chief Keef"), 0u);
  EXPECT_EQ(RoleBeforeName("Jane Doe"), 0u);
  EXPECT_EQ(SplitAuthors("Staff Writer Jane Doe"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Staff"), std::vector<std::string>{"Staff"});
  auto r = Extract("<html lang=en><head><title>Kettles</title></head><body><article><h1>Kettles</h1>"
                   "<div class=author-box><img src=a.jpg alt=\"\"><div><strong>Jane Marlow</strong>"
                   "<div>Senior Editor</div></div></div><p>" + std::string(kEnglishProse) + "</p><p>" +
                   std::string(kEnglishProse) + "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Jane Marlow"});
}

// An unmarked line under the headline that opens on a reviewer's credit
// and names the writer after it ("Medically reviewed by ... — Written by
// ...") gives the writer; a reviewer's line alone, on a page that names no
// writer, names the reviewer (the last resort: see
// ReviewerByTheHeadlineWhenNoWriterIsNamed).
TEST(Metadata, WriterAfterAReviewerCreditOnAnUnmarkedLine) {
  auto page = [](std::string_view line) {
    return "<html lang=en><head><title>Kettles</title></head><body><article><h1>Kettles</h1><p>" +
           std::string(line) + "</p><p>" + std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) +
           "</p></article></body></html>";
  };
  auto r = Extract(page("Medically reviewed by Paul Ortega, MD \xE2\x80\x94 Written by Jane Marlow on March 4, 2024"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Jane Marlow"});
  r = Extract(page("Reviewed By: <a href=/author/paul-ortega>Paul Ortega, MD</a>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Paul Ortega, MD"});
}

// Chinese, Japanese and Korean dates: each number followed by its unit.
TEST(Dates, CjkUnitDates) {
  EXPECT_EQ(ParseDate("2024\xE5\xB9\xB4" "3\xE6\x9C\x88" "5\xE6\x97\xA5").ToIso(), "2024-03-05");  // 2024年3月5日
  EXPECT_EQ(ParseDate("2024\xE5\xB9\xB4" "03\xE6\x9C\x88" "05\xE6\x97\xA5 14:30").ToIso(), "2024-03-05T14:30:00");
  EXPECT_EQ(ParseDate("2024\xEB\x85\x84 3\xEC\x9B\x94 5\xEC\x9D\xBC").ToIso(), "2024-03-05");  // 2024년 3월 5일
  EXPECT_TRUE(IsDateLine("2024\xE5\xB9\xB4" "3\xE6\x9C\x88" "5\xE6\x97\xA5 14\xE6\x99\x82" "30\xE5\x88\x86"));
  EXPECT_FALSE(ParseDate("2024\xE5\xB9\xB4" "13\xE6\x9C\x88" "5\xE6\x97\xA5").valid());
}

TEST(Dates, IsoFormsWrittenByHand) {
  ParsedDate d;
  d.year = 2024, d.month = 3, d.day = 7;
  EXPECT_EQ(d.ToIso(), "2024-03-07");
  d.hour = 9, d.minute = 5, d.second = 0;
  EXPECT_EQ(d.ToIso(), "2024-03-07T09:05:00");
  d.has_tz = true;
  EXPECT_EQ(d.ToIso(), "2024-03-07T09:05:00Z");
  d.tz_minutes = -(3 * 60 + 30);
  EXPECT_EQ(d.ToIso(), "2024-03-07T09:05:00-03:30");
  d.tz_minutes = 14 * 60;
  EXPECT_EQ(d.ToIso(), "2024-03-07T09:05:00+14:00");
}

TEST(DomText, TextAfterABlockStartsANewWord) {
  auto parser = NewLedeParser();
  Document doc;
  ASSERT_TRUE(parser->Parse("<div id=x><p>Jane Doe</p><small>May 2, 2023</small><div>A</div>B<br>C</div>", {}, &doc).ok());
  const Node* x = nullptr;
  for (const Node* n = doc.root(); n && !x; n = NextInTree(n, doc.root()))
    if (n->is_element() && n->Attr("id") == "x") x = n;
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(CollapsedText(x, 200), "Jane Doe May 2, 2023 A B C");
}

// NextElementFrom and PrevElementFrom pass white space and comments
// between siblings (a few at most), stop at words, and skip text only the
// skip callback names when reading (CollapsedTextInto with `skip`).
TEST(DomText, ElementSiblingsPastBlankNodes) {
  auto parser = NewLedeParser();
  Document doc;
  ASSERT_TRUE(parser
                  ->Parse("<div id=x> <!-- c --> <p id=a>A</p> <!-- c --> <p id=b>B<span hidden>H</span>!</p> "
                          "words <p id=c>C</p></div>",
                          {}, &doc)
                  .ok());
  auto find = [&](std::string_view id) -> const Node* {
    for (const Node* n = doc.root(); n; n = NextInTree(n, doc.root()))
      if (n->is_element() && n->Attr("id") == id) return n;
    return nullptr;
  };
  const Node *x = find("x"), *a = find("a"), *b = find("b"), *c = find("c");
  ASSERT_TRUE(x && a && b && c);
  EXPECT_EQ(NextElementFrom(x->first_child), a);
  EXPECT_EQ(NextElementFrom(a->next), b);
  EXPECT_EQ(PrevElementFrom(b->prev), a);
  EXPECT_EQ(PrevElementFrom(a->prev), nullptr);
  EXPECT_EQ(NextElementFrom(b->next), nullptr);  // "words" first
  EXPECT_EQ(PrevElementFrom(c->prev), nullptr);
  std::string text;
  CollapsedTextInto(b, 64, 8, &text, [](const Node* n) { return n->HasAttr("hidden"); });
  EXPECT_EQ(text, "B!");
}

// HintTable::Build hands elements on to a visitor in the same walk (the
// metadata collector reads the page there): those of the tags it asks for
// and those with the hints it asks for, in document order, marked while
// inside a <noscript> (and not past its end); a <script> itself, but not
// what <head>, <svg> or <template> hold.
TEST(Vocabulary, HintTableHandsElementsOnToAVisitor) {
  struct Recorder final : HintVisitor {
    std::vector<std::string> seen;
    void Visit(const Node* n, uint32_t hints, bool in_noscript) override {
      seen.push_back(std::string(n->data) + (in_noscript ? "*" : "") + ((hints & kHintByline) ? "+byline" : ""));
    }
  } r;
  r.tags[size_t(TagId::kA)] = r.tags[size_t(TagId::kScript)] = true;
  r.hint_mask = kHintByline;
  auto parser = NewLedeParser();
  Document doc;
  ASSERT_TRUE(parser
                  ->Parse("<html><head><script>1</script><link rel=x></head><body><a>1</a><script>2</script>"
                          "<noscript><div><a>2</a><span class=byline>B</span></div></noscript><a>3</a>"
                          "<svg><a>4</a></svg><template><a>5</a></template><p class=byline><a>6</a></p>"
                          "</body></html>",
                          {}, &doc)
                  .ok());
  HintTable hints;
  hints.Build(doc, &r);
  EXPECT_EQ(r.seen, (std::vector<std::string>{"a", "script", "a*", "span*+byline", "a", "p+byline", "a"}));
  // A rel attribute is a hint of its own (metadata reads rel="author" links).
  ASSERT_TRUE(parser->Parse("<p><a id=x rel=author href=/u/j>J</a><a id=y href=/u/k>K</a></p>", {}, &doc).ok());
  hints.Build(doc);
  for (const Node* n = doc.root(); n; n = NextInTree(n, doc.root())) {
    if (n->is_element() && !n->Attr("id").empty()) {
      EXPECT_EQ(bool(hints[n->id] & kHintRel), n->Attr("id") == "x");
    }
  }
}

// HintTable gives each element the hints ClassifyClassId gives its class
// list, whatever the lists repeat or share: names read before in other
// lists or alone, rules between two names (a name ending in '-' pairs with
// the next one: "read- more"), rules of the whole list (a callout's word,
// the ':' of a responsive utility) and a long list (the token cap). (Pins
// the cache for a cheaper reading of lists: a cache per name was tried.)
TEST(Vocabulary, HintTableHintsEqualClassifyClassId) {
  const std::vector<std::string> lists = {
      "read", "more", "read- more", "read more", "readMore", "article- body", "article body",
      "alert", "alert admonition", "admonition alert sidebar", "sr-only", "sr-only md:not-sr-only",
      "hidden md:block", "md:block hidden", "menu-item", "menu-item menu-item-type-post_type menu-item-1234",
      "hero", "banner", "hero banner", "hero-banner", "card footer", "card-footer", "footer card-footer",
      "has-comments comments", "comments has-comments", "kb-column12_b8ce28-ad ad", "ad kb-column12_b8ce28-ad",
      "nav nav-menuWithIcons", "menuWithIcons nav", "teaser--is-sponsored teaser", "teaser",
      "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v related",
      "wrapper layout-container grid-row grid-col-12 content-area site-main entry-content article-body share",
      "  related\tnav  ", "related_", "related_ posts", "x-", "- nav", "cookie -banner", "cookie- banner"};
  std::string html = "<body>";
  for (const std::string& c : lists) html += "<div class=\"" + c + "\">x</div>";
  html += "</body>";
  auto parser = NewLedeParser();
  Document doc;
  ASSERT_TRUE(parser->Parse(html, {}, &doc).ok());
  HintTable hints;
  hints.Build(doc);
  size_t checked = 0;
  for (const Node* n = doc.root(); n; n = NextInTree(n, doc.root())) {
    if (!n->Is(TagId::kDiv)) continue;
    EXPECT_EQ(hints[n->id], ClassifyClassId(n->Attr("class"), "")) << n->Attr("class");
    ++checked;
  }
  EXPECT_EQ(checked, lists.size());
  // (The rules of the whole list, as read whole.)
  EXPECT_FALSE(ClassifyClassId("alert admonition", "") & kHintWeakBoilerplate);
  EXPECT_FALSE(ClassifyClassId("hidden md:block", "") & kHintHidden);
}

// ScanText finds a digit wherever it stands in a text (it reads eight bytes
// at a time), and nothing else passes for one: the bytes beside '0'-'9'
// ('/', ':'), letters, and bytes of other characters ("°", "²", "é").
TEST(DomText, ScanTextFindsADigitAnywhere) {
  auto parser = NewLedeParser();
  Document doc;
  for (size_t at = 0; at < 21; ++at) {
    std::string text(21, 'x');
    text[at] = char('0' + at % 10);
    const std::string html = "<p>" + text + "</p>";  // (the document views it)
    ASSERT_TRUE(parser->Parse(html, {}, &doc).ok());
    EXPECT_TRUE(ScanText(doc.root(), 1000).digit) << at;
  }
  ASSERT_TRUE(parser->Parse("<p>//::xyzXYZ \xC2\xB0\xC2\xB2 caf\xC3\xA9 ::// //::</p>", {}, &doc).ok());
  EXPECT_FALSE(ScanText(doc.root(), 1000).digit);
}

TEST(DomText, IndentationDoesNotCountAgainstTheByteLimit) {
  auto parser = NewLedeParser();
  Document doc;
  const std::string html = "<div id=x>\n" + std::string(40, ' ') + "Posts: 4032 and more words after them</div>";
  ASSERT_TRUE(parser->Parse(html, {}, &doc).ok());
  const Node* x = nullptr;
  for (const Node* n = doc.root(); n && !x; n = NextInTree(n, doc.root()))
    if (n->is_element() && n->Attr("id") == "x") x = n;
  ASSERT_NE(x, nullptr);
  std::string text;
  CollapsedTextInto(x, 11, 8, &text);
  EXPECT_EQ(text, "Posts: 4032");
}

TEST(DomText, NormalizedEqualsAgreesWithNormalizeForCompare) {
  const char* texts[] = {"", "  ", "Hello, World!", "hello world", "HELLO   world.", "  --Hello--World--  ",
                         "Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve", "caf\xC3\xA9 na\xC3\xAFve", "a b",
                         "2024: The Year", "\xC2\xABQuoted\xC2\xBB text", "quoted text", "hello worl",
                         "hello world again"};
  for (const char* a : texts)
    for (const char* b : texts) {
      const std::string na = NormalizeForCompare(a), nb = NormalizeForCompare(b);
      EXPECT_EQ(NormalizedEquals(a, nb), na == nb) << '"' << a << "\" vs \"" << b << '"';
    }
  EXPECT_EQ(NormalizeForCompare("  --Hello--World--  "), "hello world");
  EXPECT_EQ(NormalizeForCompare(std::string_view("a\0b", 3)), "a b");
  EXPECT_TRUE(NormalizedEquals(std::string_view("A\0B", 3), "a b"));
  EXPECT_FALSE(NormalizedEquals(std::string_view("a\0b", 3), std::string_view("a\0b", 3)));
  EXPECT_TRUE(NormalizedEquals("Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve", "caf\xC3\xA9 na\xC3\xAFve"));
}

TEST(DomText, NormalizedContainsAgreesWithNormalizeForCompare) {
  // Long texts too: the search runs piece by piece, every 256 bytes.
  std::string long_text;
  for (int i = 0; i < 200; ++i) long_text += "Word" + std::to_string(i) + ", and THE next; ";
  const std::string texts[] = {"", "Hello, World!", "hello world again", "Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve",
                               long_text, long_text.substr(300, 900), long_text.substr(2000)};
  const std::string needles[] = {"", "hello", "world again", "caf\xC3\xA9 na\xC3\xAFve", "word17 and the next",
                                 "word199 and the next", "word120 and the", "word1 and the next word2",
                                 "not there"};
  for (const std::string& t : texts)
    for (const std::string& n : needles)
      EXPECT_EQ(NormalizedContains(t, n), NormalizeForCompare(t).find(n) != std::string::npos)
          << '"' << t.substr(0, 40) << "\" / \"" << n << '"';
}

TEST(DomText, NormalizedStartsWithAgreesWithNormalizeForCompare) {
  const std::string texts[] = {"", "Hello, World!", "  --Hello   world again", "Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve",
                               "hell", "Word1, and THE next; Word2"};
  const std::string prefixes[] = {"", "hello", "hello world", "hello wor", "caf\xC3\xA9 na", "word1 and the next",
                                  "hello world again and more", "world"};
  for (const std::string& t : texts)
    for (const std::string& p : prefixes)
      EXPECT_EQ(NormalizedStartsWith(t, p), NormalizeForCompare(t).starts_with(p)) << '"' << t << "\" / \"" << p << '"';
}

TEST(Metadata, SplitAuthors) {
  // Phrases are not names: a lower-case word among capitalized ones (other
  // than a particle), or three lower-case words.
  EXPECT_EQ(SplitAuthors("View more posts"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("Top Event Industry Trends in"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("starting zero waste"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("kirstin boatto"), std::vector<std::string>{"kirstin boatto"});
  EXPECT_EQ(SplitAuthors("Ludwig van Beethoven"), std::vector<std::string>{"Ludwig van Beethoven"});
  EXPECT_EQ(SplitAuthors("By Jane Doe and John Smith"),
            (std::vector<std::string>{"Jane Doe", "John Smith"}));
  EXPECT_EQ(SplitAuthors("By JANE DOE, Staff Writer"), (std::vector<std::string>{"JANE DOE"}));
  EXPECT_EQ(SplitAuthors("jane@example.com"), std::vector<std::string>{});
  // Month names that are names; dates after a name.
  EXPECT_EQ(SplitAuthors("Laura June Topolsky"), std::vector<std::string>{"Laura June Topolsky"});
  EXPECT_EQ(SplitAuthors("Jan Smith"), std::vector<std::string>{"Jan Smith"});
  EXPECT_EQ(SplitAuthors("By Jane Doe June 4, 2019"), std::vector<std::string>{"Jane Doe"});
  // A stamp's writer, then the post's categories: the name only, and no
  // category taken for a second writer.
  EXPECT_EQ(SplitAuthors("Posted on May 2, 2024 by Jane Doe in News, Travel"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Posted on May 2, 2024 by Jane Doe filed under Recipes"),
            std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Posted on May 2, 2024 by our local news desk, Travel"), std::vector<std::string>{});
  // A blog footer's stamp: the name, the "at" that joins it to the date,
  // the date (month name first).
  EXPECT_EQ(SplitAuthors("Posted by Jane Doe at December 16, 2025 11:15 AM"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Posted by David at March 3, 2025"), std::vector<std::string>{"David"});
  EXPECT_EQ(SplitAuthors("Jane Doe Updated Monday"), std::vector<std::string>{"Jane Doe"});
  // A date cue that ends the line, no date after it, is part of a name.
  EXPECT_EQ(SplitAuthors("Hifi Lab On"), std::vector<std::string>{"Hifi Lab On"});
  EXPECT_EQ(SplitAuthors("Jane Doe on 4 March 2020"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Jane Doe Posted Friday"), std::vector<std::string>{"Jane Doe"});
  // Editors, reviewers and links are not authors.
  EXPECT_EQ(SplitAuthors("Written by Rob Ewaschuk Edited by Betsy Beyer"),
            std::vector<std::string>{"Rob Ewaschuk"});
  EXPECT_EQ(SplitAuthors("Shelby Loos, DVM. Reviewed by Molly Price, DVM"),
            std::vector<std::string>{"Shelby Loos, DVM."});
  EXPECT_EQ(SplitAuthors("Bradley M. Kuhn (http://ebb.org/bkuhn/)"), std::vector<std::string>{"Bradley M. Kuhn"});
  EXPECT_EQ(SplitAuthors("Jane http://x.example Doe"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Jane Doe, M.D."), std::vector<std::string>{"Jane Doe, M.D."});
  EXPECT_EQ(SplitAuthors("By Brian May"), std::vector<std::string>{"Brian May"});
  // A job title after the name is no second name; a dot operator parts them.
  EXPECT_EQ(SplitAuthors("By Jane Doe \xE2\x8B\x85 Senior Review Analyst \xE2\x8B\x85 Updated March 5, 2025"),
            std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Jane Doe, Senior Director, Content & Marketing"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Jane Doe, John Smith"), (std::vector<std::string>{"Jane Doe", "John Smith"}));
  // A list of the site's credits names no writer, but a part a cue labels.
  EXPECT_EQ(SplitAuthors("content: Acme, design: Jane Doe, code: John Roe, ACMELABS"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("text: Jane Doe, photos: John Roe, design: Ivy Park"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("Edited by Betsy Beyer"), std::vector<std::string>{});
  // The date stamp may come first in a meta line.
  EXPECT_EQ(SplitAuthors("Dec. 19, 2025 \xC2\xB7 Jane Doe"), std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(SplitAuthors("2025-12-17 | By John Smith"), std::vector<std::string>{"John Smith"});
  EXPECT_EQ(SplitAuthors("Claude \xE2\x80\x93 May 27, 2020"), std::vector<std::string>{"Claude"});
  // ... with the byline after it, on the same line.
  EXPECT_EQ(SplitAuthors("Posted on March 3, 2021 by Ann Berg"), std::vector<std::string>{"Ann Berg"});
  EXPECT_EQ(SplitAuthors("Publi\xC3\xA9 le 3 mars 2021 par Luc Moreau"), std::vector<std::string>{"Luc Moreau"});
  EXPECT_EQ(SplitAuthors("Supported by Ann Berg"), std::vector<std::string>{});
  // A list's last comma with the conjunction; a list in capitals.
  EXPECT_EQ(SplitAuthors("By Ann Berg, Tom Hale, and Eva Lund"),
            (std::vector<std::string>{"Ann Berg", "Tom Hale", "Eva Lund"}));
  EXPECT_EQ(SplitAuthors("Ann Berg, MD, and Tom Hale"), (std::vector<std::string>{"Ann Berg, MD", "Tom Hale"}));
  EXPECT_EQ(SplitAuthors("BY ANN BERG AND TOM HALE"), (std::vector<std::string>{"ANN BERG", "TOM HALE"}));
  // A bare cue with a label's colon; labels of other languages.
  EXPECT_EQ(SplitAuthors("Por: Ana Souza"), std::vector<std::string>{"Ana Souza"});
  EXPECT_EQ(SplitAuthors("Von: Eva Lund"), std::vector<std::string>{"Eva Lund"});
  EXPECT_EQ(SplitAuthors("Yazar: Ali Kaya"), std::vector<std::string>{"Ali Kaya"});
  EXPECT_EQ(SplitAuthors("\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A\xE7\x8E\x8B\xE8\x8A\xB3"),
            std::vector<std::string>{"\xE7\x8E\x8B\xE8\x8A\xB3"});
  // A credential with its registered mark.
  EXPECT_EQ(SplitAuthors("By Ann Berg, CFP\xC2\xAE"), std::vector<std::string>{"Ann Berg, CFP\xC2\xAE"});
  // The writer's credit after a reviewer's or an editor's.
  EXPECT_EQ(SplitAuthors("Medically reviewed by Ann Lee, MD \xE2\x80\x94 Written by Eva Lund"),
            std::vector<std::string>{"Eva Lund"});
  EXPECT_EQ(SplitAuthors("Edited by Ann Lee, written by Eva Lund"), std::vector<std::string>{"Eva Lund"});
  EXPECT_EQ(SplitAuthors("Written by Eva Lund, reviewed by Ann Lee"), std::vector<std::string>{"Eva Lund"});
  // What a byline prints after the name: a handle, a control, a
  // hyphenated job title.
  EXPECT_EQ(SplitAuthors("By Ann Berg @annberg"), std::vector<std::string>{"Ann Berg"});
  // A reading time run onto the name after a dash; the counts between a
  // leading date and the name; a co-writer after "with".
  EXPECT_EQ(SplitAuthors("by Ann Berg\xE2\x80\x94" "12 min read"), std::vector<std::string>{"Ann Berg"});
  EXPECT_EQ(SplitAuthors("March 3, 2024 \xC2\xB7 8 min \xC2\xB7 1520 words \xC2\xB7 Ann Berg"),
            std::vector<std::string>{"Ann Berg"});
  EXPECT_EQ(SplitAuthors("March 3, 2024 / 7:16 AM / Acme News"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("By Ann Berg with Tom Hale"), (std::vector<std::string>{"Ann Berg", "Tom Hale"}));
  EXPECT_EQ(SplitAuthors("By Ann Berg with additional reporting by Tom Hale"), std::vector<std::string>{"Ann Berg"});
  EXPECT_EQ(SplitAuthors("By Ann Berg Follow"), std::vector<std::string>{"Ann Berg"});
  EXPECT_EQ(SplitAuthors("By Ann Follow"), std::vector<std::string>{"Ann Follow"});
  EXPECT_EQ(SplitAuthors("By Ann Berg, Editor-in-Chief"), std::vector<std::string>{"Ann Berg"});
  // A group credit as the page states it, article and all.
  EXPECT_EQ(SplitAuthors("By the Acme News Staff"), std::vector<std::string>{"the Acme News Staff"});
  EXPECT_EQ(SplitAuthors("By the Ridge Team"), std::vector<std::string>{"the Ridge Team"});
  EXPECT_EQ(SplitAuthors("By the way things go"), std::vector<std::string>{});
  // A magazine's credits line; the Cyrillic label.
  EXPECT_EQ(SplitAuthors("Words: Ann Berg | Photos: Tom Hale"), std::vector<std::string>{"Ann Berg"});
  EXPECT_EQ(SplitAuthors("Words: 1,200"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: \xD0\x9E\xD0\xBB\xD0\xB3\xD0\xB0 "
                         "\xD0\x9B\xD0\xB5\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0"),
            std::vector<std::string>{"\xD0\x9E\xD0\xBB\xD0\xB3\xD0\xB0 \xD0\x9B\xD0\xB5\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0"});
  // What follows a name and is none describes the person.
  EXPECT_EQ(SplitAuthors("This post was written by Ann Lee, Head of Sales and Customer Success"),
            std::vector<std::string>{"Ann Lee"});
  EXPECT_EQ(SplitAuthors("By Ann Lee, MD, cardiologist, City Hospital"), std::vector<std::string>{"Ann Lee, MD"});
  EXPECT_EQ(SplitAuthors("Ann Lee, MD, FACC, DABIM"), std::vector<std::string>{"Ann Lee, MD, FACC, DABIM"});
  EXPECT_EQ(SplitAuthors("Ann Lee, MD, FACC", /*user_names=*/true), std::vector<std::string>{"Ann Lee, MD, FACC"});
  EXPECT_EQ(SplitAuthors("richard, RMW", /*user_names=*/true), (std::vector<std::string>{"richard", "RMW"}));
  EXPECT_EQ(SplitAuthors("Posted by Jane Smith."), std::vector<std::string>{"Jane Smith"});
  EXPECT_EQ(SplitAuthors("Acme Inc."), std::vector<std::string>{"Acme Inc."});
  EXPECT_EQ(SplitAuthors("jdoe \xC2\xBB"), std::vector<std::string>{"jdoe"});
  EXPECT_EQ(SplitAuthors("By John Smith Jr."), std::vector<std::string>{"John Smith Jr."});
  EXPECT_EQ(SplitAuthors("Author:"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A"), std::vector<std::string>{});
  // Hostile lengths end at once (links were erased one by one: quadratic).
  std::string links;
  for (int i = 0; i < 200000; ++i) links += "a:// ";
  EXPECT_EQ(SplitAuthors(links), std::vector<std::string>{});
}

TEST(Metadata, StripTitleSite) {
  EXPECT_EQ(StripTitleSite("Big News Today - The Daily", "The Daily"), "Big News Today");
  EXPECT_EQ(StripTitleSite("The Daily | Big News Today", "The Daily"), "Big News Today");
  EXPECT_EQ(StripTitleSite("A headline with many words | Site", ""), "A headline with many words");
  // With the site's name known, only the site is cut: the name with a word
  // more or less, or behind a brand mark, but not a part that merely
  // mentions it.
  EXPECT_EQ(StripTitleSite("Economy | Today's latest from The Daily", "The Daily"), "Economy");
  EXPECT_EQ(StripTitleSite("Trail shoes for winter - Gorilla Runs", "Yo Gorilla Runs"), "Trail shoes for winter");
  EXPECT_EQ(StripTitleSite("Acme\xE2\x84\xA2 | Rockets for everyone", "Acme"), "Rockets for everyone");
  EXPECT_EQ(StripTitleSite("New to Birding \xE2\x80\x93 Best First Binoculars?", "Birding"),
            "New to Birding \xE2\x80\x93 Best First Binoculars?");
  // Without a known site, a short head before " | " is the site's name,
  // unless a separator of its own parts it: then it is the page's title
  // and its section, and nothing is cut as the site.
  EXPECT_EQ(StripTitleSite("Acme | Rockets for everyone who builds", ""), "Rockets for everyone who builds");
  EXPECT_EQ(StripTitleSite("Wiring - Overview | Office of Electrical Safety Standards", ""),
            "Wiring - Overview | Office of Electrical Safety Standards");
  // The site's name written as its host name is the site's name: run
  // together, "www." and hyphens aside; a host that only holds the name is
  // not.
  EXPECT_EQ(StripTitleSite("AcmeNews.com - Storm closes the coast road", "Acme News"), "Storm closes the coast road");
  EXPECT_EQ(StripTitleSite("www.Acme-News.org | Storm closes the coast road", "Acme News"),
            "Storm closes the coast road");
  EXPECT_EQ(StripTitleSite("AcmeNewsroom.com - Storm closes the coast road", "Acme News"),
            "AcmeNewsroom.com - Storm closes the coast road");
  // The name, then the name again as its host name: both are cut, with the
  // site's name known or read off the head.
  EXPECT_EQ(StripTitleSite("Acme News | AcmeNews.com - Storm closes the coast road", "Acme News"),
            "Storm closes the coast road");
  EXPECT_EQ(StripTitleSite("Acme News | AcmeNews.com - Storm closes the coast road", ""),
            "Storm closes the coast road");
  // (So at the end: the host name before the name; another section stays.)
  EXPECT_EQ(StripTitleSite("Storm closes the coast road - AcmeNews.com | Acme News", "Acme News"),
            "Storm closes the coast road");
  EXPECT_EQ(StripTitleSite("Storm closes the coast road - Local | Acme News", "Acme News"),
            "Storm closes the coast road - Local");
}

TEST(Extract, JsonLdMetadata) {
  std::string html = R"(<html lang="de-AT"><head><title>Ignored | Site</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"NewsArticle","headline":"Der Titel","datePublished":"2020-03-04T05:06:07+01:00",
       "author":{"@id":"#p1"},"articleSection":"Politik","keywords":["a","b"]},
      {"@type":"Person","@id":"#p1","name":"Erika Mustermann"}]}</script></head>
    <body><article><h1>Der Titel</h1><p>)" + std::string(400, 'x') + R"( text.</p></article></body></html>)";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const Article& a = r.value();
  EXPECT_EQ(a.title.value_or(""), "Der Titel");
  EXPECT_EQ(a.date_published.value_or(""), "2020-03-04T05:06:07+01:00");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Erika Mustermann"});
  EXPECT_EQ(a.section.value_or(""), "Politik");
  EXPECT_EQ(a.language.value_or(""), "de");
  EXPECT_EQ(a.tags, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(a.text.find("Der Titel"), std::string::npos) << "the headline is not body text";
}

TEST(Metadata, TitleDropsAListingLabel) {
  // A listing's <h1> or <title> prints a label before the name it lists.
  auto title_of = [](const std::string& head, const std::string& h1) {
    std::string html = "<html><head><title>" + head + "</title></head><body><main><h1>" + h1 + "</h1><ul>";
    for (int i = 0; i < 6; ++i) html += "<li><a href=\"/p" + std::to_string(i) + "\">Item number " + std::to_string(i) + "</a> with words</li>";
    html += "</ul><p>" + std::string(300, 'x') + " text.</p></main></body></html>";
    auto r = Extract(html);
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  EXPECT_EQ(title_of("Garden Lamps - Shop", "Collection: Garden Lamps"), "Garden Lamps");
  EXPECT_EQ(title_of("Rain tents | Shop", "Results for \xE2\x80\x9CRain tents\xE2\x80\x9D"), "Rain tents");
  EXPECT_EQ(title_of("Kategorie: Gartenleuchten | Shop", "Kategorie: Gartenleuchten"), "Gartenleuchten");
  // Without a colon or quotes, the words are a headline's.
  EXPECT_EQ(title_of("Results for Q3 beat forecasts", "Results for Q3 beat forecasts"), "Results for Q3 beat forecasts");
  EXPECT_EQ(StripListingTitleLabel("Archives: 2024"), "2024");
  EXPECT_EQ(StripListingTitleLabel("Tag:"), "Tag:");
}

// phpBB's <title>, "Board \u2022 View topic - Subject": the subject is the
// title, not the board's name in the header's <h1>.
TEST(Metadata, TitleIsPhpbbTopicSubject) {
  EXPECT_EQ(ViewTopicSubject("Tinkerers \xE2\x80\xA2 View topic - Lathe motor hums"), "Lathe motor hums");
  EXPECT_EQ(ViewTopicSubject("Tinkerers - View topic - Lathe motor hums"), "Lathe motor hums");
  EXPECT_EQ(ViewTopicSubject("Bastler \xE2\x80\xA2 Thema anzeigen - Motor brummt"), "Motor brummt");
  EXPECT_EQ(ViewTopicSubject("How to view topic - a guide"), "");
  const std::string html =
      "<html><head><title>Tinkerers \xE2\x80\xA2 View topic - Lathe motor hums</title></head><body>"
      "<div id=page-header><h1>Tinkerers</h1></div><div id=page-body><h2>Lathe motor hums</h2>"
      "<div class=post><p>" + std::string(300, 'x') + " text.</p></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Lathe motor hums");
}

// What software adds after a title: an aggregator's domain and score, a
// collection's count.
TEST(Metadata, TitleLosesAggregatorAndCountAddenda) {
  EXPECT_EQ(StripTitleAddenda("Rust in the kernel (lwn.example.org) 87"), "Rust in the kernel");
  EXPECT_EQ(StripTitleAddenda("Rust in the kernel (2024) 87"), "Rust in the kernel (2024) 87");
  EXPECT_EQ(StripTitleAddenda("Science fiction (77141 books)"), "Science fiction");
  EXPECT_EQ(StripTitleAddenda("Shoes (1,120 items)"), "Shoes");
  EXPECT_EQ(StripTitleAddenda("Shoes (size 12)"), "Shoes (size 12)");
  auto r = Extract("<html><head><title>Winter tyres (35 products)</title></head><body><main><p>" +
                   std::string(300, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Winter tyres");
}

TEST(Metadata, TitleLeavesATaglineInTheHeadingOut) {
  auto title_of = [](const std::string& head, const std::string& h1) {
    std::string html = "<html><head><title>" + head + "</title></head><body><main><h1>" + h1 + "</h1><p>" +
                       std::string(300, 'x') + " text.</p></main></body></html>";
    auto r = Extract(html);
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  // A product template's tagline run into the name.
  EXPECT_EQ(title_of("Smoky Black Tea | Loose Leaf Teas | Tea Shop",
                     "Smoky Black Tea<span class=\"product-header__tagline\">Strong and full of smoke</span>"),
            "Smoky Black Tea");
  // A subtitle the <title> repeats is the headline's.
  EXPECT_EQ(title_of("Why owls hunt at night - A look at their eyes - The Bird Blog",
                     "<span>Why owls hunt at night</span> <span class=\"entry-subtitle\">A look at their eyes</span>"),
            "Why owls hunt at night A look at their eyes");
}

TEST(Metadata, TitleTakesTheHeadingWithoutTheForumsName) {
  // One <h1> prints the thread's title with the forum's name after it,
  // another the title alone: the shorter one is the headline.
  std::string html = "<html><head><title>Best trails near the lake - Hiking Forum - Trail Talk</title></head><body>"
                     "<div class=top><h1>Best trails near the lake - Hiking Forum</h1></div><main><h1>Best trails near "
                     "the lake</h1><p>" + std::string(300, 'x') + " text.</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Best trails near the lake");
}

TEST(Extract, JsonLdStringsLoseTheirHtmlEscapes) {
  std::string html = R"(<html><head><title>x</title>
    <script type="application/ld+json">{"@type":"Article","headline":"Q&amp;A: Full &#038; Part Time Programs for &#8217;24",
      "author":{"@type":"Person","name":"Maria &amp; Katerina"},"articleSection":"M&amp;A"}</script></head>
    <body><article><p>)" + std::string(400, 'x') + R"( text.</p></article></body></html>)";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Q&A: Full & Part Time Programs for \xE2\x80\x99" "24");
  EXPECT_EQ(r->authors, (std::vector<std::string>{"Maria", "Katerina"}));
  EXPECT_EQ(r->section.value_or(""), "M&A");
}

TEST(Extract, DeskCreditIsTheByline) {
  // A byline that is all a desk's credit ("News Desk", "By Staff") is the
  // credit the page gives: kept as stated. After a name it is the name's
  // role, no writer.
  EXPECT_EQ(SplitAuthors("By Staff"), std::vector<std::string>{"Staff"});
  EXPECT_EQ(SplitAuthors("News Desk"), std::vector<std::string>{"News Desk"});
  EXPECT_EQ(SplitAuthors("Jane Doe, Staff"), std::vector<std::string>{"Jane Doe"});
  std::string html = R"(<html><head><title>Harbour fees rise</title>
    <meta name="author" content="Newsdesk"></head><body><article><h1>Harbour fees rise</h1><p>)" +
                     std::string(400, 'x') + R"( text.</p></article></body></html>)";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Newsdesk"});
}

TEST(Extract, ArticleAfterAnFaqBlocksJsonLdIsTheStory) {
  // An SEO plugin's FAQPage (its Questions) stands before the Article in
  // the head: the Article names the page's writers, all of them.
  const std::string html = R"(<html><head><title>Choosing a bike</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
      {"@type":"Question","name":"Which size?","acceptedAnswer":{"@type":"Answer","text":"Measure."}}]}</script>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Choosing a bike",
      "author":[{"@type":"Person","name":"Ann Roe"},{"@type":"Person","name":"Rob Tallis"}],
      "publisher":{"@type":"Organization","name":"Wheel Guide"}}</script>
    </head><body><article><h1>Choosing a bike</h1><div class="byline"><span>By </span><div><a href="/people/ann-roe">Ann Roe</a></div></div><p>)" +
                           std::string(400, 'x') + R"( text.</p></article></body></html>)";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, (std::vector<std::string>{"Ann Roe", "Rob Tallis"}));
  EXPECT_EQ(r->publisher.value_or(""), "Wheel Guide");
}

// A <nav> that holds a sentence and no link or control is a site
// builder's box (a dropdown FAQ's answer): read. A breadcrumb or a pager
// set in a <p> of a linkless <nav>, or one with a scripted control, is
// still navigation.
TEST(Extract, LinklessNavOfSentencesIsTextNotBreadcrumb) {
  const std::string story =
      "<p>The council approved the new budget on Tuesday after a long debate about road repairs, schools and "
      "the library, which had been closed for most of the year while the roof was fixed.</p><p>Members said "
      "the plan would raise spending on parks by a tenth and leave the tax rate where it was.</p>";
  auto r = Extract("<html lang=en><head><title>Budget</title></head><body><main>"
                   "<nav><p><span>Home</span> \xE2\x80\xBA <span>Local news</span></p></nav>"
                   "<article><h1>Council passes budget</h1>" + story +
                   "<h2>Questions</h2><div class=faq><div>Can I see the plan?</div><nav class=faq-answer>"
                   "<p>Yes. The full plan is in the town hall's library until June.</p></nav></div></article>"
                   "<nav><p>Page 1 of 3</p><span onclick=\"go(2)\">Next page</span></nav></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("full plan is in the town hall"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Local news"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Next page"), std::string::npos) << r->text;
}

TEST(Extract, RecipeAfterAnFaqBlocksJsonLdIsThePage) {
  // The FAQ block's JSON-LD first, then the recipe card's: the Recipe names
  // the writer and the day (any article type after an FAQPage, not only a
  // story's).
  const std::string html = R"(<html><head><title>Easy lemon cake</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
      {"@type":"Question","name":"Can I freeze it?","acceptedAnswer":{"@type":"Answer","text":"Yes."}}]}</script>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Easy lemon cake",
      "author":{"@type":"Person","name":"Maria Lopez"},"datePublished":"2025-03-02"}</script>
    </head><body><article><h1>Easy lemon cake</h1><p>)" +
                           std::string(400, 'x') + R"( text.</p></article></body></html>)";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Maria Lopez"});
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-03-02");
}

TEST(Extract, WriterCreditedAfterTheBodyBeatsATeamByline) {
  // The blog's header credits its team; the post's foot names the person
  // who wrote it. Alone, the team's credit stands.
  const std::string para = "<p>" + std::string(400, 'x') + " text.</p>";
  const std::string head = R"(<html><head><title>Tuning indexes</title></head><body><article>
    <h1>Tuning indexes</h1><p class="meta">By Northwind Data Team</p>)";
  auto r = Extract(head + para + para + R"(<p>Written by <a href="https://example.org/u/jroe">Jane Roe</a></p>
    </article></body></html>)");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Jane Roe"});
  auto t = Extract(head + para + para + "</article></body></html>");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->authors, std::vector<std::string>{"Northwind Data Team"});
}

TEST(Extract, CitationAuthorsAreLastCommaFirst) {
  std::string html = R"(<html><head><title>A paper</title>
    <meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Doe, Jane Q.">
    </head><body><article><h1>A paper</h1><p>)" + std::string(400, 'x') + R"( text.</p></article></body></html>)";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, (std::vector<std::string>{"Aniruddha Roy", "Jane Q. Doe"}));
}

TEST(Extract, SiteNamedAuthorGivesWayToTheByline) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  const std::string head = R"(<html><head><title>Story</title><meta property="og:site_name" content="Daily Planet">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Story",
      "author":{"@type":"Person","name":"Daily Planet"}}</script></head><body><article><h1>Story</h1>)";
  // A visible "By" line names the writer: the organisation is not an author.
  auto with_byline = Extract(head + "<p>By Lois Lane</p>" + body + "</article></body></html>");
  ASSERT_TRUE(with_byline.ok());
  EXPECT_EQ(with_byline->authors, std::vector<std::string>{"Lois Lane"});
  // Nothing else names one (a personal site is named after its author):
  // the name stays.
  auto alone = Extract(head + body + "</article></body></html>");
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->authors, std::vector<std::string>{"Daily Planet"});
}

// A shelf of books, each card marking its writer itemprop=author: seven
// writers read off the markup are the cards', not the page's. A story's
// few marked writers stay.
TEST(Extract, ManyMarkedWritersAreTheCards) {
  const char* names[] = {"Ada Brook", "Ben Carter", "Cleo Dunn", "Dev Elling", "Eve Farr", "Finn Gale", "Gus Hale"};
  std::string cards;
  for (const char* n : names)
    cards += std::string("<li itemscope itemtype=\"https://schema.org/Book\"><a href=\"/book\">A book</a> by "
                         "<span itemprop=author>") +
             n + "</span><p>A story of a quiet town and the river that runs through it, told over one long summer.</p></li>";
  auto shelf = Extract("<html><head><title>Favourite novels</title></head><body><h1>Favourite novels</h1><ol>" + cards +
                       "</ol></body></html>");
  ASSERT_TRUE(shelf.ok());
  EXPECT_TRUE(shelf->authors.empty()) << shelf->authors[0];
  auto story = Extract("<html><head><title>Notes</title></head><body><article><h1>Notes</h1><p>By <span "
                       "itemprop=author>Ada Brook</span> and <span itemprop=author>Ben Carter</span></p><p>" +
                       std::string(400, 'x') + " text.</p></article></body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->authors, (std::vector<std::string>{"Ada Brook", "Ben Carter"}));
}

// An Organization as the JSON-LD author is the publisher, never an author,
// even when nothing else names one; a visible byline box names the writer.
TEST(Extract, OrganizationAuthorIsThePublisher) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  const std::string head = R"(<html><head><title>Guide</title>
    <script type="application/ld+json">{"@type":"BlogPosting","headline":"Guide",
      "author":{"@type":"Organization","name":"Fenwick & Sons Roofing"}}</script></head><body><article><h1>Guide</h1>)";
  auto alone = Extract(head + body + "</article></body></html>");
  ASSERT_TRUE(alone.ok());
  EXPECT_TRUE(alone->authors.empty()) << alone->authors[0];
  EXPECT_EQ(alone->publisher, "Fenwick & Sons Roofing");
  auto boxed = Extract(head + "<div class=\"author-box\">Nadia Quell</div>" + body + "</article></body></html>");
  ASSERT_TRUE(boxed.ok());
  EXPECT_EQ(boxed->authors, std::vector<std::string>{"Nadia Quell"});
}

// An author box under the post: the writer's photo and name, then a bio
// that starts with the name. A heading that a paragraph defines is no
// author box (no photo of it).
TEST(Extract, AuthorFromTheBioBox) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  const std::string head = R"(<html><head><title>Tips</title></head><body><article><h1>Tips</h1>)";
  auto boxed = Extract(head + body + R"(<div class="box"><div class="pic"><img src="p.jpg" alt="Marta Quill"></div>
    <div class="txt"><h3>Marta Quill</h3><p>Marta Quill is a travel writer based in Lisbon.</p></div></div>
    </article></body></html>)");
  ASSERT_TRUE(boxed.ok());
  EXPECT_EQ(boxed->authors, std::vector<std::string>{"Marta Quill"});
  auto defined = Extract(head + body + R"(<h3>Power Query</h3><p>Power Query is a data tool.</p>
    </article></body></html>)");
  ASSERT_TRUE(defined.ok());
  EXPECT_TRUE(defined->authors.empty()) << defined->authors[0];
}

// A writer who goes by a first name alone: the author box's line, its bio
// and its photo all name him. Without the photo the one word names nobody
// (a heading a paragraph defines looks the same).
TEST(Extract, OneWordAuthorFromTheBioBoxWithPhoto) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  const std::string head = R"(<html><head><title>Mics</title><meta name="author" content="Hollow Team"></head>
    <body><article><h1>Mics</h1>)";
  auto boxed = Extract(head + body + R"(<div class="row"><div><img src="p.jpg" alt="Tobin"></div>
    <div><h3>Tobin</h3><p>Tobin is the founder of a small studio.</p></div></div></article></body></html>)");
  ASSERT_TRUE(boxed.ok());
  EXPECT_EQ(boxed->authors, std::vector<std::string>{"Tobin"});
  auto bare = Extract(head + body + R"(<div class="row"><div><h3>Python</h3><p>Python is a language.</p></div></div>
    </article></body></html>)");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->authors, std::vector<std::string>{"Hollow Team"});
}

// A box classed only `meta` (no "By", no writer class) that holds one word
// is furniture: a "Menu" label, a card's "Ratings" count, a category badge.
// A name of two words in the same place, or one word in a writer-classed
// box, still names the writer.
TEST(Extract, OneWordInAMetaBoxIsNoByline) {
  const std::string head = R"(<html><head><title>Soup</title></head><body><article><h1>Soup</h1>)";
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto menu = Extract(head + R"(<div class="meta">Menu</div>)" + body);
  ASSERT_TRUE(menu.ok());
  EXPECT_TRUE(menu->authors.empty()) << menu->authors[0];
  auto name = Extract(head + R"(<div class="meta">Jane Marlow</div>)" + body);
  ASSERT_TRUE(name.ok());
  EXPECT_EQ(name->authors, std::vector<std::string>{"Jane Marlow"});
  auto handle = Extract(head + R"(<div class="author-name">tobin</div>)" + body);
  ASSERT_TRUE(handle.ok());
  EXPECT_EQ(handle->authors, std::vector<std::string>{"tobin"});
}

// A `meta`-classed list of two links ("Home", "Rss Feed": a blog widget's)
// is no byline; writers listed in a writer-classed box still are.
TEST(Extract, TwoItemListInAMetaBoxIsNoByline) {
  const std::string head = R"(<html><head><title>Soup</title></head><body><article><h1>Soup</h1>)";
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto widget = Extract(head + R"(<ul class="widget meta"><li><a href="/blog">Home</a></li>
    <li><a href="/blog/rss">Rss Feed</a></li></ul>)" + body);
  ASSERT_TRUE(widget.ok());
  EXPECT_TRUE(widget->authors.empty()) << widget->authors[0];
  auto writers = Extract(head + R"(<ul class="authors"><li><a href="/author/jane">Jane Marlow</a></li>
    <li><a href="/author/tom">Tom Reyes</a></li></ul>)" + body);
  ASSERT_TRUE(writers.ok());
  ASSERT_FALSE(writers->authors.empty());
  EXPECT_EQ(writers->authors[0], "Jane Marlow");
}

// A `meta`-classed box with no "By" and no writer class names the writer
// only where a byline sits: by a date stamp or just under the <h1>. Far
// from both (a consent bar's or footer's links) it is furniture. (A long
// story: the scan by the headline does not reach the end.)
TEST(Extract, MetaBoxFarFromStampAndHeadlineIsNoByline) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  std::string filler;
  for (int i = 0; i < 150; ++i) filler += "<p>Soup is a warm dish that many people make at home.</p>";
  auto footer = Extract(R"(<html><head><title>Soup</title></head><body><article><h1>Soup</h1>)" + body + filler +
                        R"(</article><div class="links"><a class="link type-meta" href="/privacy">Privacy Policy</a>
                        </div></body></html>)");
  ASSERT_TRUE(footer.ok());
  EXPECT_TRUE(footer->authors.empty()) << footer->authors[0];
  auto stamped = Extract(R"(<html><head><title>Soup</title></head><body><article><h1>Soup</h1>)" + body + filler +
                         R"(<div class="post-info"><time datetime="2024-03-02">March 2, 2024</time>
                         <span class="meta">Jane Marlow</span></div></article></body></html>)");
  ASSERT_TRUE(stamped.ok());
  EXPECT_EQ(stamped->authors, std::vector<std::string>{"Jane Marlow"});
  // (By a stamp too, one word is a badge, not a writer.)
  auto badge = Extract(R"(<html><head><title>Soup</title></head><body><article><h1>Soup</h1>)" + body + filler +
                       R"(<div class="post-info"><time datetime="2024-03-02">March 2, 2024</time>
                       <span class="meta">Recipes</span></div></article></body></html>)");
  ASSERT_TRUE(badge.ok());
  EXPECT_TRUE(badge->authors.empty()) << badge->authors[0];
}

// A personal site names its owner in the footer's copyright line: the
// writer when the host spells the name and nothing else names one; a
// company's line ("© 2025 Acme, Inc.") or a name the host does not spell
// names nobody.
TEST(Extract, AuthorFromAPersonalSitesCopyrightLine) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  auto page = [&](std::string_view host, std::string_view line) {
    return Extract("<html><head><title>Agents</title><link rel=canonical href=\"https://" + std::string(host) +
                   "/blog/agents/\"></head><body><main><article><h1>Agents</h1>" + body +
                   "</article></main><footer>" + std::string(line) + " <a href=/rss>RSS</a></footer></body></html>");
  };
  auto own = page("renwickado.com", "&copy; 2025 Renwick Ado. All rights reserved.");
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->authors, std::vector<std::string>{"Renwick Ado"});
  auto other = page("example.com", "&copy; 2025 Renwick Ado. All rights reserved.");
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->authors.empty());
  auto company = page("redmoss.com", "&copy; 2019-2025 Red Moss, Inc. All rights reserved.");
  ASSERT_TRUE(company.ok());
  EXPECT_TRUE(company->authors.empty());
  auto brand = page("redmoss.com", "&copy; Red Moss, 2025");
  ASSERT_TRUE(brand.ok());
  EXPECT_TRUE(brand->authors.empty());
}

// A republished story opens on its contributor line: a link to the
// writer's profile, a comma, the institution. It beats the site's own
// name in the author field; a sentence that opens on a linked name does not.
TEST(Extract, AuthorFromASyndicatedContributorLine) {
  // (Far from the headline: the links to writers' pages by it are read
  // before.)
  std::string body;
  for (int i = 0; i < 40; ++i) body += "<p>Phones are tools that many people use every day, often.</p>";
  const std::string head = R"(<html><head><title>Phones | Northfield News</title>
    <meta property="og:site_name" content="Northfield News"><meta name="author" content="Northfield News">
    </head><body><article><h1>Phones</h1><div class="entry-content">)";
  auto line = Extract(head + body + R"(<p><a href="https://example.org/profiles/mira-oduya-1234">Mira Oduya</a>,
    <em><a href="https://example.org/institutions/northfield">Northfield University</a></em></p>
    </div></article></body></html>)");
  ASSERT_TRUE(line.ok());
  EXPECT_EQ(line->authors, std::vector<std::string>{"Mira Oduya"});
  auto sentence = Extract(head + body + R"(<p><a href="/profiles/mira-oduya">Mira Oduya</a>, who studies phones,
    says they help.</p></div></article></body></html>)");
  ASSERT_TRUE(sentence.ok());
  EXPECT_EQ(sentence->authors, std::vector<std::string>{"Northfield News"});
}

// A byline-classed box of lines names the writer on its first line when
// the next one is a date, a label or a bio that starts with the name; a
// box whose first line is followed by anything else names nobody.
TEST(Extract, AuthorOnTheFirstLineOfABylineBox) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  const std::string head = R"(<html><head><title>Notes</title></head><body><article><h1>Notes</h1>)";
  auto dated = Extract(head + R"(<div class="post-author-details"><p>Ivo Brandt</p><small>March 3, 2024</small></div>)" +
                       body + "</article></body></html>");
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(dated->authors, std::vector<std::string>{"Ivo Brandt"});
  auto bio = Extract(head + body + R"(<div class="author-card"><p>Ivo Brandt</p><p>Ivo Brandt is a cyclist.</p></div>
    </article></body></html>)");
  ASSERT_TRUE(bio.ok());
  EXPECT_EQ(bio->authors, std::vector<std::string>{"Ivo Brandt"});
  auto other = Extract(head + R"(<div class="author-area"><p>Share This</p><p>Copy the link below.</p></div>)" + body +
                       "</article></body></html>");
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->authors.empty()) << other->authors[0];
}

// Under the headline, a name on a line of its own right above the date
// line is the writer; a schedule's line above a date is not.
TEST(Extract, AuthorOnTheLineAboveTheDate) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  auto r = Extract(R"(<html><head><title>Payroll basics</title></head><body><div><h1>Payroll basics</h1>
    <p>What every team should know.</p><p>Rosa Lindqvist</p><div><p><span>12.03.2025</span><span> · </span>
    <span>6 min read</span></p></div></div><article>)" + body + "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Rosa Lindqvist"});
  // A list of names above the date; the structured author that is the
  // site's own host ("example.org") gives way to them.
  auto list = Extract(R"(<html><head><title>Paper</title><link rel="canonical" href="https://papers.example.org/p/1">
    <script type="application/ld+json">{"@type":"Article","headline":"Paper","author":"papers.example.org"}</script>
    </head><body><div><h1>Paper</h1><div><p>Ann Lee, Raj K. Patel and Bo Chan</p>
    <time datetime="2000-04-24">24 Apr 2000 &bull; 3 min read</time></div></div><article>)" + body +
                      "</article></body></html>");
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->authors, (std::vector<std::string>{"Ann Lee", "Raj K. Patel", "Bo Chan"}));
  // A company's name over the date is no writer's.
  auto org = Extract(R"(<html><head><title>Payroll basics</title></head><body><div><h1>Payroll basics</h1>
    <p>What every team should know.</p><p>Northwind Media Group</p><div><p><span>12.03.2025</span></p></div></div>
    <article>)" + body + "</article></body></html>");
  ASSERT_TRUE(org.ok());
  EXPECT_TRUE(org->authors.empty()) << org->authors[0];
  auto sched = Extract(R"(<html><head><title>Classes</title></head><body><div><h1>Classes</h1>
    <p>Tuesdays Evenings</p><div><span>12.03.2025</span></div></div><article>)" + body + "</article></body></html>");
  ASSERT_TRUE(sched.ok());
  EXPECT_TRUE(sched->authors.empty()) << sched->authors[0];
}

// A testimonial or an expert panel shows a photo, a name and a bio like an
// author box: the people a page presents are not its writers.
TEST(Extract, PeopleThePagePresentsAreNoAuthors) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  for (const char* cls : {"testimonials", "meet-the-experts", "our-team"}) {
    auto r = Extract(std::string("<html><head><title>Care</title></head><body><article><h1>Care</h1>") + body +
                     "<section class=" + cls + "><div><img src=k.jpg alt=\"Karen Miller\"><h4>Karen Miller</h4>"
                     "<p>Karen Miller is a patient of the clinic since 2019.</p></div></section></article></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->authors.empty()) << cls << ": " << r->authors[0];
  }
}

// Writers' pages: author archives, and staff and profile pages.
TEST(Vocabulary, AuthorPageHrefs) {
  EXPECT_TRUE(IsAuthorPageHref("https://example.com/author/jane-doe/"));
  EXPECT_TRUE(IsAuthorPageHref("/staff/2647766001/jane-doe/"));
  EXPECT_TRUE(IsAuthorPageHref("https://example.org/profiles/jane-doe-1234"));
  EXPECT_FALSE(IsAuthorPageHref("/staff/"));
  EXPECT_FALSE(IsAuthorPageHref("/people/signup.html"));
}

// An author meta tag that spells the site's domain in one word is the
// company: a writer the page names elsewhere (an author box) wins; alone,
// it stays.
TEST(Extract, DomainNamedAuthorIsTheCompany) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  const std::string head = R"(<html><head><title>Mics</title><meta name="author" content="Quillcast">
    <link rel="canonical" href="https://www.quillcast.com/blog/mics"></head><body><article><h1>Mics</h1>)";
  auto boxed = Extract(head + body + R"(<div><img src="a.jpg" alt="Rhea Stone"></div><div><h3>Rhea Stone</h3>
    <p>Rhea Stone is the head of audio at Quillcast.</p></div></article></body></html>)");
  ASSERT_TRUE(boxed.ok());
  EXPECT_EQ(boxed->authors, std::vector<std::string>{"Rhea Stone"});
  auto alone = Extract(head + body + "</article></body></html>");
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->authors, std::vector<std::string>{"Quillcast"});
}

// Away from the headline, a bare "by" before a link to the writer's page
// names the writer; before another link it names nobody.
TEST(Extract, BareByBeforeAWritersPageLink) {
  const std::string prose = "<p>" + std::string(400, 'x') + " text.</p>";
  std::string steps;  // a long hero between the headline and the story
  for (int i = 0; i < 150; ++i) steps += "<div><span>Step</span></div>";
  const std::string head = R"(<html><head><title>Start a shop</title></head><body><section><h1>Open today</h1>
    <p>Learn more.</p>)" + steps + "</section><main><article>";
  auto r = Extract(head + R"(<div class="row"><span>by </span><p><a href="/guides/authors/nora-vale">Nora Vale</a></p>
    </div>)" + prose + "</article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Nora Vale"});
  auto other = Extract(head + R"(<div class="row"><span>by </span><p><a href="/guides/shops/new-york">New York</a></p>
    </div>)" + prose + "</article></main></body></html>");
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->authors.empty()) << other->authors[0];
}

// A forum's crawler view in <noscript> (Discourse) is where its microdata
// names the posters; structured markup may name them by user names with
// digits, which a visible byline may not.
TEST(Extract, ForumPostersFromMicrodataInNoscript) {
  const std::string post = "<p>" + std::string(400, 'x') + " text.</p>";
  std::string html = R"(<html><head><title>Thread</title></head><body><div id="app"></div><noscript>
    <div itemscope itemtype="http://schema.org/DiscussionForumPosting"><h1>Thread</h1>
    <div class="crawler-post"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
      <a itemprop="url" href="/u/dalejack"><span itemprop="name">dalejack42</span></a></span>)" + post + R"(</div>
    <div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><span itemprop="author" itemscope
      itemtype="http://schema.org/Person"><span itemprop="name">Rimelek</span></span>)" + post +
                     "</div></div></noscript></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  // (The thread's writer is its starter: a reply's author is a replier.)
  EXPECT_EQ(r->authors, (std::vector<std::string>{"dalejack42"}));
  EXPECT_EQ(SplitAuthors("dalejack42", /*user_names=*/true), std::vector<std::string>{"dalejack42"});
  EXPECT_EQ(SplitAuthors("dalejack42"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("Lucas Nolan22", /*user_names=*/true), std::vector<std::string>{});
}

// SEO plugins label the author for link previews (twitter:label1 "Written
// by", twitter:data1 the name).
TEST(Extract, AuthorFromTheLinkPreviewLabel) {
  std::string html = R"(<html><head><title>Guide</title><meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Tyler Brown"><meta name="twitter:label2" content="Est. reading time">
    <meta name="twitter:data2" content="9 minutes"></head><body><article><h1>Guide</h1><p>)" +
                     std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Tyler Brown"});
  // An interview's page labels its interviewer so.
  std::string interview = R"(<html><head><title>Talk</title><meta name="twitter:label1" content="Interview by">
    <meta name="twitter:data1" content="Ada Moss"></head><body><article><h1>Talk</h1><p>)" +
                          std::string(400, 'x') + " text.</p></article></body></html>";
  auto i = Extract(interview);
  ASSERT_TRUE(i.ok());
  EXPECT_EQ(i->authors, std::vector<std::string>{"Ada Moss"});
}

// On a Q&A page the question's dateCreated is the page's date; the dates of
// comments (and answers) under it are not, even when they come first or are
// marked datePublished.
TEST(Extract, RepliesDatesAreNotThePagesDate) {
  std::string html = R"(<html><head><title>Q</title></head><body>
    <div itemscope itemtype="https://schema.org/Question"><h1>How do I?</h1>
    <time itemprop="dateCreated" datetime="2014-02-04T13:02:51Z">Feb 4, 2014</time><p>)" +
                     std::string(400, 'x') + R"( text.</p>
    <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
      <span itemprop="datePublished">2018-05-21 20:37:55Z</span><p>A comment.</p></div></div>
    </body></html>)";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2014-02-04");
}

// A UTC time stamp one day off the day in the page's URL is the same story
// filed under the publisher's local day: the URL's day wins. Farther off,
// the URL is not the story's date and the stamp stays.
TEST(Extract, UrlDayBeatsUtcStampOneDayOff) {
  auto page = [](std::string_view stamp) {
    return "<html><head><title>Late story</title>"
           "<link rel=canonical href=\"https://ex.com/2024/03/07/late-story/\">"
           "<meta property=\"article:published_time\" content=\"" + std::string(stamp) +
           "\"></head><body><article><h1>Late story</h1><p>" + std::string(400, 'x') +
           " text.</p></article></body></html>";
  };
  auto r = Extract(page("2024-03-08T02:41:41+00:00"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-07");
  r = Extract(page("2024-03-10T02:41:41+00:00"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-10T02:41:41Z");
}

// A stamp at the foot of the post ("Posted on ...", far below the headline)
// dates the page when nothing around the headline does; stamps in a footer,
// a sidebar or on a list of cards do not.
TEST(Extract, DateStampAtTheFootOfThePost) {
  const std::string body = "<p>" + std::string(kEnglishProse) + "</p>";
  std::string long_body;
  for (int i = 0; i < 150; ++i) long_body += body;
  auto page = [&](const std::string& after) {
    return "<html><head><title>Council budget</title></head><body><div class=main><h1>Council budget</h1>" +
           long_body + after + "</div><footer><p class=date>Posted on May 1, 2020</p></footer></body></html>";
  };
  auto r = Extract(page("<div class=meta><span>Posted on April 13, 2023</span></div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-04-13");
  // Only the footer's stamp: no date.
  r = Extract(page(""));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
  // Three date-classed stamps are a list's.
  std::string cards;
  for (int i = 1; i <= 3; ++i)
    cards += "<div class=card><p class=post-date>March " + std::to_string(i) + ", 2024</p></div>";
  r = Extract(page(cards));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
}

// The story's header block just before the body holds its date stamp; a
// date in the navigation before it does not count.
TEST(Extract, DateStampInTheHeaderBeforeTheBody) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](const std::string& header) {
    return "<html><head><title>Example Site</title></head><body><div class=wrap>" + header +
           "<div class=entry-content>" + body + "</div></div></body></html>";
  };
  auto r = Extract(page("<div class=intro><div class=writer>Team Example</div>"
                        "<div class=published-date>March 2, 2024</div></div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-02");
  r = Extract(page("<nav><ul><li><span class=date>March 2, 2024</span></li></ul></nav>"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
}

// A line of a byline box is a stamp whatever its tag.
TEST(Extract, DateLineOfABylineBox) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  const std::string html = "<html><head><title>Example Site</title></head><body><div class=wrap>"
                           "<div class=author-details><p>Jane Doe</p><small>March 2, 2024</small></div>"
                           "<div class=entry-content>" + body + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-02");
}

// Under the headline of a list page, the date of the first card (beside
// its linked heading) is that card's, not the page's.
TEST(Extract, TeaserCardDateUnderTheHeadlineIsNotThePages) {
  std::string cards;
  for (int i = 1; i <= 4; ++i)
    cards += "<li><div class=date>March " + std::to_string(i) + ", 2024</div><h2><a href=/e" +
             std::to_string(i) + ">Event number " + std::to_string(i) + "</a></h2><p>" +
             std::string(kEnglishProse) + "</p></li>";
  const std::string html = "<html><head><title>Upcoming events</title></head><body><div class=page>"
                           "<h1>Upcoming events</h1><ul class=events>" + cards + "</ul></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
}

// A discussion no markup names (no generator, no schema.org type, no forum
// path) is a thread when it shows posts side by side, each with a poster's
// name linked to a profile and a date stamp. The same posts under an
// article's comment section, or teaser cards with a byline in a related
// box, do not make the page a thread.
TEST(Extract, SeriesOfSignedPostsIsAThread) {
  auto page = [](std::string_view wrap_class) {
    std::string posts;
    const char* names[] = {"kiwitraveller", "Mtnhiker", "osaka_local", "Janet K"};
    for (int i = 0; i < 4; ++i)
      posts += "<a id=p" + std::to_string(i) + "></a><div class='entry'><div class=profile>"
               "<div class=username><a href=\"/members/" + std::to_string(i) + "\">" + names[i] +
               "</a></div></div><div class=body><div class=stamp-date>Jan " + std::to_string(3 + i) +
               ", 2025</div><p>" + std::string(kEnglishProse) + "</p></div></div>";
    return "<html><head><title>Tips for a first visit</title></head><body><h1>Tips for a first visit</h1>"
           "<div class='" + std::string(wrap_class) + "'>" + posts + "</div></body></html>";
  };
  auto r = Extract(page("topic"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  r = Extract(page("comments"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "forum");
  r = Extract(page("related-posts"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "forum");
}

// Invision Community 4 marks the poster's signature under each post by
// its data-role alone ("<div data-role=memberSignature>"): on a thread it
// goes with the rest of the poster's furniture; the posts stay.
TEST(Extract, InvisionMemberSignatureIsNoPartOfThePost) {
  auto post = [](const char* name, const char* words, const char* signature) {
    return std::string("<article class='cPost ipsBox ipsComment'><aside class='ipsComment_author'><h3 "
                       "class='cAuthorPane_author'><a href='/profile/1-x/'>") + name +
           "</a></h3></aside><div class='ipsColumn'><div class='ipsComment_meta'><time datetime='2024-05-22T20:00:00Z'>"
           "May 22, 2024</time></div><div data-role=commentContent class='ipsType_richText'><p>" + words +
           "</p></div><div data-role=memberSignature class='ipsBorder_top ipsPadding_vertical'><div "
           "class=ipsType_richText><p>" + signature + "</p></div></div></div></article>";
  };
  const std::string html =
      "<html lang=en><head><meta name=generator content='Invision Community'><title>Quiet fans for a small case"
      "</title></head><body><h1>Quiet fans for a small case</h1><div id=comments>" +
      post("fanboy", "My new case has room for two 120 mm fans at the front and one at the back, which fans are quiet?",
           "Message me on the chat server for build help") +
      post("airflow_al", "Get fans with fluid dynamic bearings and run them from the board's fan curve at low speed.",
           "My rig: eight cores, one quiet case") +
      "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("which fans are quiet"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("fluid dynamic bearings"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("chat server"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("My rig"), std::string::npos) << r->text;
}

// A thread whose first post carries the thread's title as its own heading
// below the post's date bar (vBulletin 4: "<div class=posthead>08-22-2022,
// 09:14 PM</div> ... <h2 class=title>Title</h2>"): the thread's date is
// that post's, not the next post's bar after the heading.
TEST(Extract, ThreadDateIsThePostTheHeadlineHeads) {
  auto post = [](const char* stamp, const char* name, const char* heading, const char* words) {
    return std::string("<li class='postcontainer'><div class=posthead><span class=date>") + stamp +
           "</span></div><div class=postdetails><div class=userinfo><a class=username href='/member.php?u=1'>" +
           name + "</a></div><div class=postbody><div class=postrow>" + heading +
           "<div class=content><blockquote class=postcontent>" + words + "</blockquote></div></div></div></div></li>";
  };
  const std::string html =
      "<html lang=en><head><meta name=generator content='vBulletin 4.2.5'><title>Heater stuck on after a power cut"
      "</title></head><body><div id=pagetitle><h1>Thread: <span class=threadtitle><a href='#'>Heater stuck on after "
      "a power cut</a></span></h1></div><ol id=posts>" +
      post("08-22-2022, 09:14 PM", "reefrunner", "<h2 class='title icon'>Heater stuck on after a power cut</h2>",
           "After the storm my heater stays on even when the tank is warm, and the light never goes off.") +
      post("08-23-2022, 06:02 AM", "tank_doctor", "",
           "A surge often welds the contacts shut, so replace it and put it on a separate controller.") +
      post("08-24-2022, 11:47 AM", "reefrunner", "", "Bought a new heater and a controller, the fish are fine.") +
      "</ol></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2022-08-22");
}

// A link aggregator's discussion page names itself on <body> ("listing-page
// comments-page"): it is a thread with no URL given, and the comments under
// the link post are its content.
TEST(Extract, CommentsPageBodyIsAThread) {
  const std::string comment =
      "<div class='thing comment'><div class=entry><p class=tagline><a class=author href='/user/x'>ironmonger</a> "
      "301 points</p><div class=md><p>Use a very thin layer of flaxseed oil, wipe off as much as you can, and bake "
      "it upside down for an hour, three or four times over.</p></div></div></div>";
  const std::string html =
      "<html><head><title>Seasoning a cast iron pan</title></head><body class='listing-page comments-page'>"
      "<div class=content><div class='thing link self'><p class=title><a class=title href='#'>Seasoning a cast iron "
      "pan</a></p><div class=md><p>I inherited a skillet with rust spots on the rim.</p></div></div>"
      "<div class=commentarea>" + comment + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("bake it upside down"), std::string::npos) << r->text;
}

// ExtractOptions::page_type forces the type: a page lede reads as an
// article is taken as a thread (its comments then are content), and the
// type is kept with the metadata off too.
// A flag class that says the page has no comments ("no-comments-page") is
// not the aggregator's "comments-page": a hyphen before the name is a flag's.
TEST(Vocabulary, CommentsPageIsAWholeClassName) {
  EXPECT_TRUE(MentionsForumSoftware("listing-page comments-page"));
  EXPECT_FALSE(MentionsForumSoftware("single no-comments-page"));
  EXPECT_FALSE(MentionsForumSoftware("has_comments-page"));
}

// A byline naming an organisation or a title in quotes splits nothing inside
// the quotes: Russian "и", English "and".
TEST(Metadata, SplitAuthorsKeepsQuotedNameWhole) {
  EXPECT_EQ(SplitAuthors("\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: \xD0\xA0\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86\xD0\xB8\xD1\x8F "
                         "\xC2\xAB\xD0\x9D\xD0\xB0\xD1\x83\xD0\xBA\xD0\xB0 \xD0\xB8 \xD0\xB6\xD0\xB8\xD0\xB7\xD0\xBD\xD1\x8C\xC2\xBB").size(),
            1u);
  EXPECT_EQ(SplitAuthors("By \xE2\x80\x9CSmith and Jones\xE2\x80\x9D").size(), 1u);
  EXPECT_EQ(SplitAuthors("By \"Smith and Jones\"").size(), 1u);
  // Outside quotes "and" still joins two writers.
  EXPECT_EQ(SplitAuthors("By Jane Doe and John Roe"), (std::vector<std::string>{"Jane Doe", "John Roe"}));
}

// A box named "usps" or "product-usps" is the shop's promises only when its
// lines read so: a docs page's section on the US Postal Service, a list of
// the product's own features, are text; a strip of "Free returns" lines goes.
TEST(Extract, UspBoxKeptUnlessItsLinesArePromises) {
  const std::string docs =
      "<html><head><title>Carriers</title></head><body><main><h1>Carriers</h1><p>" + std::string(kEnglishProse) +
      "</p><section class='carrier usps'><h2>Postal</h2><p>Connect your postal account to buy priority labels; "
      "rates are worked out from the parcel weight and the destination code.</p></section></main></body></html>";
  auto r = Extract(docs);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("parcel weight"), std::string::npos) << r->text;
  const std::string shop =
      "<html><head><title>Trail watch</title></head><body><main><h1>Trail watch</h1><p>" + std::string(kEnglishProse) +
      "</p><ul class=product-usps><li>Battery lasts three weeks in watch mode</li><li>Water resistant to fifty "
      "metres deep</li></ul><ul class=usps><li>Free returns</li><li>2 year warranty</li></ul></main></body></html>";
  r = Extract(shop);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Battery lasts"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Free returns"), std::string::npos) << r->text;
  EXPECT_TRUE(NamesUsp("usp-bar", ""));
  EXPECT_FALSE(NamesUsp("suspend cusp", ""));
}

TEST(Extract, ForcedPageType) {
  const std::string html =
      "<html><head><title>Harbour notes</title><meta property=\"og:type\" content=\"article\"></head><body>"
      "<article><h1>Harbour notes</h1><p>" + std::string(kEnglishProse) + "</p></article>"
      "<div class=comments><div class=comment><p>Walked the whole pier at dawn and the fishing boats were "
      "already heading back in with their catch.</p></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "article");
  EXPECT_EQ(r->text.find("fishing boats"), std::string::npos);
  ExtractOptions opts;
  opts.page_type = PageType::kForum;
  r = Extract(html, opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("fishing boats"), std::string::npos);
  opts.page_type = PageType::kProduct;
  opts.metadata = false;
  r = Extract(html, opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
}

// Signed, dated cards are no thread when they are cards: a team grid whose
// names head each card, a blog list's entries under linked titles, posts
// of a line each, or responses under an article's headline and byline.
TEST(Extract, SignedCardsAndResponsesAreNoThread) {
  auto page = [](std::string_view header, std::string_view heading, std::string_view text) {
    std::string posts;
    for (int i = 0; i < 4; ++i)
      posts += "<div class=entry>" + std::string(heading) + "<span class=poster><a href=\"/members/" +
               std::to_string(i) + "\">Member " + std::to_string(i) + "</a></span> <span class=date>Jan " +
               std::to_string(3 + i) + ", 2025</span><p>" + std::string(text) + "</p></div>";
    return "<html><head><title>Tips for a first visit</title></head><body><h1>Tips for a first visit</h1>" +
           std::string(header) + "<div class=list>" + posts + "</div></body></html>";
  };
  const std::string prose(kEnglishProse);
  auto r = Extract(page("", "", prose));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  r = Extract(page("", "<h3><a href=/posts/tips>Tips, one by one</a></h3>", prose));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "forum");
  r = Extract(page("", "", "Thanks, nice one!"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "forum");
  r = Extract(page("<p class=byline>By Jane Doe</p><p>" + prose + "</p>", "", prose));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "forum");
}

// A thread is dated by its first post's stamp, a bare permalink date.
TEST(Extract, ThreadDatedByItsFirstPost) {
  std::string posts;
  const char* stamps[] = {"Sun Dec 17, 2023 11:23 am", "Wed Dec 27, 2023 10:00 am", "Thu Dec 28, 2023 9:00 am"};
  for (int i = 0; i < 3; ++i)
    posts += "<div class=post><p class=head><a href=#p" + std::to_string(i) + ">" + stamps[i] +
             "</a></p><div class=text><p>" + std::string(kEnglishProse) + "</p></div></div>";
  const std::string html = "<html><head><title>Turning off the lights</title>"
                           "<meta name=generator content=\"phpBB\"></head><body><div class=topic>" + posts +
                           "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-12-17");
}

// A thread's structured stamp in UTC (or in no stated zone) a day off the
// first post's shown day: readers saw the post's local day, when the UTC
// hour allows a time zone to be on it. A <time> that shows a relative day
// ("Yesterday") gives its datetime.
TEST(Extract, ThreadDayIsTheFirstPostsLocalDay) {
  auto page = [](std::string_view published, std::string_view first_stamp) {
    std::string posts;
    std::string stamps[] = {std::string(first_stamp), "Wed Dec 27, 2023 10:00 am", "Thu Dec 28, 2023 9:00 am"};
    for (int i = 0; i < 3; ++i)
      posts += "<div class=post><p class=head>" + stamps[i] + "</p><div class=text><p>" +
               std::string(kEnglishProse) + "</p></div></div>";
    return "<html><head><title>Turning off the lights</title><meta name=generator content=\"phpBB\">"
           "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\"headline\":"
           "\"Turning off the lights\",\"datePublished\":\"" + std::string(published) + "\"}</script>"
           "</head><body><div class=topic>" + posts + "</div></body></html>";
  };
  auto r = Extract(page("2023-12-18T03:05:00Z", "Sun Dec 17, 2023 9:05 pm"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-12-17");
  r = Extract(page("2023-12-18 03:05:00", "Sun Dec 17, 2023 9:05 pm"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-12-17");
  r = Extract(page("2023-12-17T23:25:00+00:00",
                   "<time datetime=\"2023-12-18T04:25:00+0500\">Yesterday at 4:25 AM</time>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-12-18");
  // No zone is 15 hours behind UTC: the structured day stands.
  r = Extract(page("2023-12-18T15:05:00Z", "Sun Dec 17, 2023 9:05 pm"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-12-18");
  // A stated local zone is the readers' day already.
  r = Extract(page("2023-12-18T03:05:00+01:00", "Sun Dec 17, 2023 9:05 pm"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-12-18");
  // No body to read: the structured stamp stands (not the modification's).
  r = Extract("<html><head><title>T</title><meta name=generator content=\"phpBB\"><script "
              "type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\"headline\":\"T\","
              "\"datePublished\":\"2023-12-18T03:05:00Z\",\"dateModified\":\"2023-12-20T03:05:00Z\"}"
              "</script></head><body></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-12-18T03:05:00Z");
}

// JSON-LD whose datePublished repeats dateModified to the second was stamped
// at the last save: an earlier visible stamp under the headline is the
// publication, a day earlier too. When the two differ, the JSON-LD stands
// against a stamp a day off (a time zone's difference).
TEST(Extract, VisibleStampBeatsJsonLdThatRepeatsModified) {
  auto page = [](std::string_view modified) {
    return "<html><head><title>Budget</title><script type=\"application/ld+json\">{\"@type\":\"Article\","
           "\"headline\":\"Budget\",\"datePublished\":\"2025-06-24T10:00:00Z\",\"dateModified\":\"" +
           std::string(modified) + "\"}</script></head><body><article><h1>Budget</h1>"
           "<p class=when>Published June 23, 2025</p><p>" + std::string(kEnglishProse) +
           "</p></article></body></html>";
  };
  auto r = Extract(page("2025-06-24T10:00:00Z"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-06-23");
  r = Extract(page("2025-06-25T10:00:00Z"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-06-24T10:00:00Z");
}

// A datePublished that only schema.org declares gives way to a later date
// the header shows as an update: the page was reissued under it. Beside
// OpenGraph's article:published_time, with the published day shown too, or
// on a news report, the declared publication stands.
TEST(Extract, ShownUpdateBeatsASchemaOnlyPublicationDate) {
  auto page = [](std::string_view head, std::string_view stamps, std::string_view type = "Article") {
    return "<html><head><title>Kettles</title>" + std::string(head) +
           "<script type=\"application/ld+json\">{\"@type\":\"" + std::string(type) +
           "\",\"headline\":\"Kettles\","
           "\"datePublished\":\"2023-02-10T10:00:00Z\",\"dateModified\":\"2025-06-24T10:00:00Z\"}</script>"
           "</head><body><article><h1>Kettles</h1>" + std::string(stamps) + "<p>" + std::string(kEnglishProse) +
           "</p></article></body></html>";
  };
  auto r = Extract(page("", "<p class=when>Last updated: June 24, 2025</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-06-24");
  r = Extract(page("<meta property=\"article:published_time\" content=\"2023-02-10T10:00:00Z\">",
                   "<p class=when>Last updated: June 24, 2025</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-02-10T10:00:00Z");
  r = Extract(page("", "<p class=when>February 10, 2023</p><p class=when>Updated June 24, 2025</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-02-10");
  r = Extract(page("", "<p class=when>Last updated: June 24, 2025</p>", "NewsArticle"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-02-10T10:00:00Z");
}

// The byline row's separators of forum software and Japanese-styled
// themes: "by Jane » Tue Aug 27, 2019 1:47 am" (phpBB's author line) and
// "December 18, 2025 ・ 3 min read" (a katakana middle dot).
TEST(Extract, DateAfterGuillemetOrKatakanaDotInTheBylineRow) {
  auto page = [](std::string_view row) {
    return "<html lang=en><head><title>Kettles</title></head><body><article><h1>Kettles</h1>" + std::string(row) +
           "<p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("<p class=author>by <a href=\"/member/jane\">Jane</a> \xC2\xBB Tue Aug 27, 2019 1:47 am</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2019-08-27");
  r = Extract(page("<p>December 18, 2025 \xE3\x83\xBB 3 min read</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-12-18");
}

// A stamp printed before the writer's name, with "the" before the day:
// "Posted on the 15/12/2025 at 19:00 by @jane".
TEST(Extract, StampBeforeTheWritersName) {
  auto r = Extract(
      "<html><head><title>Compiler passes</title></head><body><div class=post><h1>Compiler passes</h1>"
      "<div>Posted on the 15/12/2025 at 19:00 by <a href=\"/about\">@jane</a></div><p>" +
      std::string(kEnglishProse) + "</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-12-15");
}

// A post whose subheadings carry their own permalinks ("<h2><a
// class=anchor href=#passes>"): a link within the page makes no teaser card
// of the post, so its footer stamp dates it. A heading linked to another
// page still does.
TEST(Extract, InPageHeadingAnchorsMakeNoTeaserCard) {
  const std::string para =
      "<p>Before going into details, we need to describe how compilers work: they read source code and convert "
      "it into a tree they can manipulate, and each pass of the compiler has its own tree.</p>";
  auto page = [&](std::string_view href1, std::string_view href2) {
    return "<html lang=en><head><title>Compiler backends</title></head><body><div class=post>"
           "<h1>Compiler backends</h1>" + para + "<h2><a class=anchor href=\"" + std::string(href1) +
           "\"></a>Passes</h2>" + para + para + "<h2><a class=anchor href=\"" + std::string(href2) +
           "\"></a>Backends</h2>" + para + para +
           "<div>Posted on 15/12/2025 at 19:00 by <a href=\"/about\">@jane</a></div></div></body></html>";
  };
  auto r = Extract(page("#passes", "#backends"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-12-15");
  r = Extract(page("/passes", "/backends"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value()) << *r->date_published;
}

// A post's stamp with the note of its edit nested in it ("2019-02-23, 09:14
// PM (This post was last modified: 2024-01-05 ...)"): the first date is
// the post's, not the next reply's.
TEST(Extract, StampBeforeItsEditNote) {
  const std::string prose = "<p>" + std::string(kEnglishProse) + "</p>";
  auto post = [&](std::string_view name, std::string_view stamp) {
    return "<div class=post><div class=post_author><a href=\"/member/" + std::string(name) + "\">" +
           std::string(name) + "</a></div><span>" + std::string(stamp) + "</span><div class=post_body>" + prose +
           "</div></div>";
  };
  auto r = Extract("<html lang=en><head><title>Which forum software?</title></head><body>"
                   "<h1>Which forum software?</h1><div id=posts>" +
                   post("dan", "2019-02-23, 09:14 PM <span>(This post was last modified: 2024-01-05, 03:27 AM by "
                               "<a href=/member/dan>dan</a>)</span>") +
                   post("kim", "2019-02-24, 02:31 AM") + post("lee", "2019-02-24, 05:31 PM") +
                   "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2019-02-23");
}

// A "published-time" meta dated after the page's "modified-time" is the
// moment the page was rendered, not published: the next publication meta
// ("published-date") dates it.
TEST(Extract, PublishMetaAfterTheModificationIsPassedOver) {
  auto page = [](std::string_view modified) {
    return "<html lang=en><head><title>Garden bench care</title>"
           "<meta name=\"published-time\" content=\"2024-03-09T08:45:32Z\">"
           "<meta name=\"modified-time\" content=\"" + std::string(modified) + "\">"
           "<meta name=\"published-date\" content=\"2021-02-16\"></head><body><article>"
           "<h1>Garden bench care</h1><p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("2024-01-15T10:00:00Z"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2021-02-16");
  r = Extract(page("2024-05-15T10:00:00Z"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-09");
}

// A header stamp a day before a declared publication time in UTC that no
// time zone shows on that day ("22:02Z" on the 19th is the 18th nowhere):
// the shown day is one of its own, and the page's. A time early enough in
// the day to be the 18th west of Greenwich stays the same moment.
TEST(Extract, ShownDayNoZoneGivesTheUtcTime) {
  auto page = [](std::string_view published) {
    return "<html lang=en><head><title>Reading model behaviour</title><script type=\"application/ld+json\">"
           "{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Reading model "
           "behaviour\",\"datePublished\":\"" + std::string(published) +
           "\",\"dateModified\":\"2025-12-20T09:00:00Z\"}</script></head><body><article>"
           "<h1>Reading model behaviour</h1><div class=meta><div>Dec 18, 2025</div><div>4 min read</div></div><p>" +
           std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("2025-12-19T22:02:58Z"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-12-18");
  r = Extract(page("2025-12-19T03:00:00Z"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-12-19");
}

// Review finding: the publish meta is weighed against the modification as
// instants, not as the days each zone writes: "01:00Z" on the 11th is 90
// minutes before "21:30-05:00" on the 10th, and dates the page. Two values
// of which one gives no time or zone are told apart only by a gap of more
// than one day (a date-only publication a day after the modification may
// be that day in another zone); one two days later is still passed over.
TEST(Extract, PublishMetaWeighedAgainstTheModificationInUtc) {
  auto page = [](std::string_view published, std::string_view modified) {
    return "<html lang=en><head><title>Storm closes mountain pass</title>"
           "<meta name=\"page-publish-time\" content=\"" + std::string(published) + "\">"
           "<meta name=\"last-modified\" content=\"" + std::string(modified) + "\">"
           "<meta name=\"published-date\" content=\"2021-02-16\"></head><body><article>"
           "<h1>Storm closes mountain pass</h1><p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("2024-03-11T01:00:00Z", "2024-03-10T21:30:00-05:00"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-11T01:00:00Z");
  r = Extract(page("2024-03-11T03:00:00Z", "2024-03-10T21:30:00-05:00"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2021-02-16");
  // (A CMS that writes both stamps in one save: the publication a second
  // after the modification still dates the page.)
  r = Extract(page("2019-11-19T11:00:09Z", "2019-11-19T11:00:08Z"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2019-11-19T11:00:09Z");
  r = Extract(page("2024-03-11", "2024-03-10"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-11");
  r = Extract(page("2024-03-11T01:00:00Z", "2024-03-10"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-11");
  r = Extract(page("2024-03-12", "2024-03-10T21:30:00-05:00"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2021-02-16");
}

// Review finding: the modification meta is read in the page's date order
// too. On a British page "02/04/2024" is 2 April, after the publication on
// 12 March (read month first it was 4 February, and the publication was
// passed over).
TEST(Extract, ModificationMetaReadInThePagesDateOrder) {
  const std::string html =
      "<html lang=en-GB><head><title>Village fete raises record sum</title>"
      "<meta name=\"page-publish-time\" content=\"12/03/2024\">"
      "<meta name=\"last-updated\" content=\"02/04/2024\"></head><body><article>"
      "<h1>Village fete raises record sum</h1><p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-12");
  // (The one list of a modification meta's stems, vocabulary.cc.)
  EXPECT_TRUE(IsModificationMetaKey("article:modified_time"));
  EXPECT_TRUE(IsModificationMetaKey("last-updated"));
  EXPECT_FALSE(IsModificationMetaKey("page-publish-time"));
}

// A blog's post page whose JSON-LD is the Blog, the one post shown listed
// under blogPost: that post's dates are the page's. A list of several
// posts is the blog's index: none of them dates the page.
TEST(Extract, JsonLdBlogWithItsOnePost) {
  auto page = [](std::string_view posts) {
    return "<html lang=en><head><title>Photo frames</title><script type=\"application/ld+json\">"
           "{\"@context\":\"https://schema.org\",\"@type\":\"Blog\",\"name\":\"Gadget notes\",\"blogPost\":[" +
           std::string(posts) + "]}</script></head><body><article><h1>Photo frames</h1><p>" +
           std::string(kEnglishProse) + "</p></article></body></html>";
  };
  const std::string one =
      "{\"@type\":\"BlogPosting\",\"headline\":\"Photo frames\",\"datePublished\":\"2025-12-19T20:20:42Z\"}";
  auto r = Extract(page(one));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-12-19");
  r = Extract(page(one + ",{\"@type\":\"BlogPosting\",\"headline\":\"Old lamps\",\"datePublished\":\"2025-11-02\"}"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
}

// An English page of no region whose date stamps put the day before the
// month's name ("3 October 2023") writes its numeric dates day first too.
TEST(Dates, WordDatesTellTheNumericOrder) {
  EXPECT_EQ(WordDateOrderVote("- 3 October 2023"), 1);
  EXPECT_EQ(WordDateOrderVote("3. Okt. 2023"), 1);
  EXPECT_EQ(WordDateOrderVote("October 3, 2023"), -1);
  EXPECT_EQ(WordDateOrderVote("Posted 2023"), 0);
  auto page = [](std::string_view stamp) {
    return "<html lang=en><head><title>Wine styles</title></head><body><aside><span class=post-date>" +
           std::string(stamp) + "</span></aside><article><h1>Wine styles</h1><div class=blog-date>03/10/2023</div><p>" +
           std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("3 October 2023"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-10-03");
  r = Extract(page("October 3, 2023"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-03-10");
}

// A box around the header's two stamps, "Published Apr 26, 2023 Updated
// Aug 21, 2025": its first date is the publication's, not an update (the
// cue names the second), so it beats a declared publication on the update's
// day.
TEST(Extract, UpdateCueBetweenTwoStampsNamesTheSecond) {
  auto r = Extract(
      "<html lang=en><head><title>Top builders</title><script type=\"application/ld+json\">{\"@type\":"
      "\"BlogPosting\",\"headline\":\"Top builders\",\"datePublished\":\"2025-08-21\",\"dateModified\":"
      "\"2025-08-20\"}</script></head><body><main><h1>Top builders</h1><div class=post-meta>"
      "<div>Published <span>Apr 26, 2023</span></div><div>Updated <span>Aug 21, 2025</span></div></div>"
      "<article><p>" + std::string(kEnglishProse) + "</p></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-04-26");
}

// A <time> in the header right under the headline dates the page before
// one in a list of news above it (a sidebar's items, each with a <time>).
TEST(Extract, HeaderTimeBeatsTheNewsListsTimeAboveTheHeadline) {
  std::string news = "<div class=views-list>";
  for (int i = 1; i <= 3; ++i)
    news += "<div class=views-row><span><a href=\"/news/" + std::to_string(i) + "\">Board news " +
            std::to_string(i) + "</a></span><div><time datetime=\"2025-12-1" + std::to_string(i) +
            "T12:00:00Z\">12/1" + std::to_string(i) + "/2025</time></div></div>";
  news += "</div>";
  auto r = Extract("<html lang=en><head><title>Candidate experience</title></head><body><div class=layout>" + news +
                   "<article><h1>Candidate experience</h1><div class=node-meta><time datetime=\"2017-03-01T12:00:00Z\">"
                   "03/01/2017</time> by Jane Doe, committee member</div><p>" + std::string(kEnglishProse) +
                   "</p></article></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2017-03-01");
}

// A later day shown under the headline is the page's date only from a
// stamp marked as one (a <time>, a date- or byline-classed element): a
// plain paragraph's day is an event's the story tells of.
TEST(Extract, PlainParagraphsLaterDayIsNoReissue) {
  auto r = Extract(
      "<html lang=en><head><title>Spring fair</title><script type=\"application/ld+json\">{\"@type\":"
      "\"BlogPosting\",\"headline\":\"Spring fair\",\"datePublished\":\"2024-02-03T08:00:00Z\"}</script>"
      "</head><body><article><h1>Spring fair</h1><p class=when>Sunday, May 5, 2024</p><p>" +
      std::string(kEnglishProse) + "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-02-03T08:00:00Z");
  // (Nor a byline's <time> two weeks on: an update left unmarked.)
  r = Extract(
      "<html lang=en><head><title>Spring fair</title><script type=\"application/ld+json\">{\"@type\":"
      "\"BlogPosting\",\"headline\":\"Spring fair\",\"datePublished\":\"2024-02-03T08:00:00Z\"}</script>"
      "</head><body><article><h1>Spring fair</h1><div class=meta>By Ann Lee | <time>February 17, 2024</time>"
      "</div><p>" + std::string(kEnglishProse) + "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-02-03T08:00:00Z");
}

// A publication date declared in meta more than a day from the plain stamp
// the header shows (and not the modification day) is not the page's: a
// later declared day is a CMS's re-save, an earlier one the first draft of a
// page reissued under the shown day. The modification day shown, a day
// after the reference day, a news report's later day, a table's cell, or
// the declared day read the other way round leave the declared date.
TEST(Extract, ShownEarlierStampBeatsALaterDeclaredPublication) {
  auto page = [](std::string_view published, std::string_view stamp) {
    return "<html lang=en-US><head><title>Lanterns</title><meta property=\"article:published_time\" content=\"" +
           std::string(published) + "\"><meta property=\"article:modified_time\" "
           "content=\"2025-06-24T10:00:00Z\"></head><body><article><h1>Lanterns</h1>" + std::string(stamp) +
           "<p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("2024-08-07T10:00:00Z", "<div class=byline>Dec 30, 2013</div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2013-12-30");
  r = Extract(page("2013-08-07T10:00:00Z", "<div class=byline>Jan 5, 2025</div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-01-05");
  r = Extract(page("2013-08-07T10:00:00Z", "<div class=byline>Jun 24, 2025</div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2013-08-07T10:00:00Z");
  // (A news report's later stamp is its update.)
  std::string news = page("2013-08-07T10:00:00Z", "<div class=byline>Jan 5, 2025</div>");
  news.insert(news.find("</head>"), "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>");
  r = Extract(news);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2013-08-07T10:00:00Z");
  ExtractOptions at_2025;
  at_2025.reference_date = "2025-03-01";
  r = Extract(page("2013-08-07T10:00:00Z", "<div class=byline>Jan 5, 2026</div>"), at_2025);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2013-08-07T10:00:00Z");
  r = Extract(page("2024-08-07T10:00:00Z", "<table><tr><td>Dec 30, 2013</td><td>4.1%</td></tr></table>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-08-07T10:00:00Z");
  r = Extract(page("2024-10-09T10:00:00Z", "<div class=byline>10.09.2024</div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-10-09T10:00:00Z");
}

// JSON-LD and OpenGraph declaring two publication days: the one the header
// shows wins; with none shown, JSON-LD stands.
TEST(Extract, ShownDayPicksBetweenJsonLdAndOpenGraphPublication) {
  auto page = [](std::string_view stamp) {
    return "<html><head><title>Boots</title><meta property=\"article:published_time\" "
           "content=\"2025-12-19T18:06:00Z\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
           "\"headline\":\"Boots\",\"datePublished\":\"2018-04-03T16:50:31Z\"}</script></head><body><article>"
           "<h1>Boots</h1>" + std::string(stamp) + "<p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("<p class=date>Updated: Dec 19, 2025</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-12-19T18:06:00Z");
  r = Extract(page(""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2018-04-03T16:50:31Z");
}

// Only the header's own date line overrules the declared publication: a
// series row's date beside a link to another part, a date in a sentence, a
// photo's date in a caption and an event's date leave it.
TEST(Extract, OnlyTheHeadersDateLineBeatsTheDeclaredPublication) {
  auto page = [](std::string_view stamp) {
    return "<html lang=en><head><title>Lanterns</title><script type=\"application/ld+json\">{\"@type\":"
           "\"NewsArticle\",\"headline\":\"Lanterns\",\"datePublished\":\"2025-06-10T09:00:00Z\","
           "\"dateModified\":\"2025-06-11T09:00:00Z\"}</script></head><body><article><h1>Lanterns</h1>" +
           std::string(stamp) + "<p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("<div class=meta><span class=date>March 1, 2023</span></div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-03-01");
  for (std::string_view stamp : {
           "<div class=series><a href=/2023/03/01/lanterns-one>Read part one: lanterns</a> "
           "<span class=date>March 1, 2023</span></div>",
           "<p>First told on <time datetime=2023-03-01>March 1, 2023</time>; see our earlier story.</p>",
           "<figure><img src=a.jpg><figcaption>The lanterns. <span class=date>Photo: 12/01/2022</span>"
           "</figcaption></figure>",
           "<div class=event><span class=date>Event date: Jan 5, 2025</span></div>"}) {
    r = Extract(page(stamp));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->date_published.value_or(""), "2025-06-10T09:00:00Z") << stamp;
  }
}

// A page without an <h1> whose <h2> words the title a little otherwise:
// the stamp above that heading dates the page. An <h2> that shares only a
// few of the title's words heads nothing.
TEST(Extract, DateByAnH2ThatWordsTheTitleOtherwise) {
  auto page = [](std::string_view h2) {
    return "<html><head><title>7 Ways to Switch to Green Tea | Leafshop</title></head><body><main>"
           "<h3>blog | March 4, 2022</h3><h2>" + std::string(h2) + "</h2><p>" + std::string(kEnglishProse) +
           "</p></main></body></html>";
  };
  auto r = Extract(page("7 Ways to Help You Switch to Green Tea"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2022-03-04");
  r = Extract(page("Our Favourite Teas of the Season"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "");
}

// JSON-LD written into a <meta> named after its script (a head manager's
// way) is read when the page has no JSON-LD script.
TEST(Extract, JsonLdInAScriptNamedMeta) {
  auto r = Extract(
      "<html><head><title>Cells</title><meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:"
      "&quot;Article&quot;,&quot;headline&quot;:&quot;Cells&quot;,&quot;datePublished&quot;:"
      "&quot;2025-11-17T09:00:00-05:00&quot;}\"></head><body><article><h1>Cells</h1><p>" +
      std::string(kEnglishProse) + "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-11-17T09:00:00-05:00");
}

// A page with no date anywhere but in its title ("Release notes
// 2024-10-04") is dated by the title; a date stamp on the page comes first.
TEST(Extract, DateInTheTitleAsTheLastResort) {
  auto page = [](std::string_view stamp) {
    return "<html><head><title>Release notes 2024-10-04</title></head><body><main><h1>Release notes "
           "2024-10-04</h1>" + std::string(stamp) + "<p>" + std::string(kEnglishProse) + "</p></main></body></html>";
  };
  auto r = Extract(page(""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-10-04");
  r = Extract(page("<p class=date>October 6, 2024</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-10-06");
  // A deadline's or an event's day in the title dates no post.
  for (std::string_view title : {"Call for papers: deadline March 5, 2024", "Event date: Open day, May 2, 2024"}) {
    r = Extract("<html><head><title>" + std::string(title) + "</title></head><body><main><h1>" + std::string(title) +
                "</h1><p>" + std::string(kEnglishProse) + "</p></main></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->date_published.has_value()) << title << ": " << *r->date_published;
  }
}

// A date inside an element read as an update stamp ("Last updated:" in a
// span of its own beside the date's span) is that update, not a plain stamp:
// the plain stamp under it dates the page.
TEST(Extract, DatePartOfAnUpdateLineIsNoPlainStamp) {
  auto r = Extract(
      "<html><head><title>Kettles</title></head><body><article><h1>Kettles</h1>"
      "<div class=meta><span>Last updated:</span> <span class=date>June 24, 2025</span></div>"
      "<p class=date>February 10, 2023</p><p>" + std::string(kEnglishProse) + "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-02-10");
}

// An offer's expiry under the headline dates no publication.
TEST(Extract, ExpiryLineIsNoDateStamp) {
  auto r = Extract(
      "<html><head><title>Spring sale</title></head><body><main><h1>Spring sale</h1>"
      "<p class=date>Offer expires 01/01/2025</p><p>" + std::string(kEnglishProse) + "</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "");
  EXPECT_TRUE(IsExpiryStamp("Gültig bis 31.12.2025"));
  EXPECT_FALSE(IsExpiryStamp("Published 31.12.2025"));
}

// JSON-LD that repeats dateModified as datePublished: an earlier shown
// update is nearer the publication than the last save.
TEST(Extract, EarlierShownUpdateBeatsJsonLdThatRepeatsModified) {
  auto r = Extract(
      "<html><head><title>Budget</title><script type=\"application/ld+json\">{\"@type\":\"Article\","
      "\"headline\":\"Budget\",\"datePublished\":\"2025-06-24T10:00:00Z\",\"dateModified\":"
      "\"2025-06-24T10:00:00Z\"}</script></head><body><article><h1>Budget</h1>"
      "<p class=when>Updated: March 3, 2024</p><p>" + std::string(kEnglishProse) +
      "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-03");
}

// A page that gives only its modification date is dated by it; a stamp by
// the headline still comes first.
TEST(Extract, ModificationDateWhenNoPublicationDate) {
  auto page = [](std::string_view stamp) {
    return "<html><head><title>Consulting</title><meta property=\"article:modified_time\" "
           "content=\"2023-03-22T17:52:04+00:00\"></head><body><main><h1>Consulting</h1>" + std::string(stamp) +
           "<p>" + std::string(kEnglishProse) + "</p></main></body></html>";
  };
  auto r = Extract(page(""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-03-22T17:52:04Z");
  r = Extract(page("<p class=date>March 2, 2021</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2021-03-02");
}

// A company blog's template prints its stamp under a two-word cue ("Post
// time: 01-04-2024") in a plain div after the text: that is the page's date,
// ahead of the modification meta; "Post" alone stays a thread's furniture.
TEST(Extract, PairedStampCueOpensADateLine) {
  EXPECT_TRUE(IsDateLine("Post time: 01-04-2024"));
  EXPECT_TRUE(IsDateLine("Publish Date: 2024-01-04"));
  EXPECT_TRUE(IsDateLine("post date 4 January 2024"));
  EXPECT_FALSE(IsDateLine("Jul 5, 2024 at 7:30 PM Post #2 of 7"));
  EXPECT_FALSE(IsDateLine("Posting time: 01-04-2024"));
  const std::string page =
      "<html lang=en><head><title>Battery care</title><meta property=\"og:locale\" content=\"en_US\">"
      "<meta property=\"article:modified_time\" content=\"2025-12-23T07:02:15+00:00\"></head><body>"
      "<main><article><h1>Battery care</h1><p>" + std::string(kEnglishProse) + "</p><p>" +
      std::string(kEnglishProse) + "</p><div style=\"text-align:right\">Post time: 01-04-2024</div></article>"
      "</main></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-01-04");
  EXPECT_EQ(r->text.find("Post time"), std::string::npos);
}

// A site builder's post header in its own section before the body's: the
// byline and date wrapped in a link to the page itself (aria-current) date
// the page; the same block linking elsewhere is a teaser's.
TEST(Extract, DateInALinkToThePageItselfBeforeTheBody) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view link_attrs) {
    return "<html><head><title>Example Site</title></head><body><div class=hero><h2>Filming in winter</h2>"
           "<a " + std::string(link_attrs) + " class=author-wrapper><div class=author-name>Team Example</div>"
           "<div class=published-date>September 4, 2025</div></a></div><div class=section><div class=rich-text>"
           "<h1>Filming in winter</h1>" + body + "</div></div></body></html>";
  };
  auto r = Extract(page("href=/post/filming aria-current=page"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-09-04");
  r = Extract(page("href=/post/other"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
}

// An author box after the text: a bare date line right after "Written by
// ..." is the post's date; after any other line it is not.
TEST(Extract, DateLineAfterAWrittenByLine) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view line) {
    return "<html><head><title>Example Site</title></head><body><div class=wrap><div class=entry-content>" +
           body + "</div><div><div><p>" + std::string(line) + "</p><p>April 8, 2024</p></div></div>"
           "</div></body></html>";
  };
  auto r = Extract(page("Written by <a href=/a/jd>Jane Doe</a>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-04-08");
  r = Extract(page("Next workshop"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
}

// A loose "By" that starts a line labels the name in the element after it
// ("By <div class=auth>Jane Doe</div>, <span>Desk</span>"); a "by" between
// two links of a sentence does not.
TEST(Extract, LooseByLabelBeforeTheNamesElement) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view line) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1><div class=top>"
           "<div class=kicker>Local</div>" + std::string(line) + "</div>" + body + "</article></body></html>";
  };
  auto r = Extract(page("By <div class=who>Ann Berg</div>, <span>City Desk</span>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Berg"});
  r = Extract(page("<a href=/x>uunf</a> by <span>Ann Berg</span> and others"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A loose "By" labels the element after it only when the line ends there
// and the element holds a person's name: "By <b>Joining Now</b> you ..."
// is a sentence, "By <span>hace</span>" no name.
TEST(Extract, LooseByLabelNeedsTheLineToEndAtAName) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view line) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1><div class=top>"
           "<div class=kicker>Local</div>" + std::string(line) + "</div>" + body + "</article></body></html>";
  };
  auto r = Extract(page("<br>By <strong>Joining Now</strong> you help the harbour trust."));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("By <span>hier</span>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("By <a href=/legal>Tapping Below</a>, you accept the harbour trust's rules of use."));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("By <span>Ann Berg</span><br>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Berg"});
}

// A byline set in bold inside a box of other blocks counts with a strong
// cue ("Written by"); a bold "By" phrase in such a box does not.
TEST(Extract, BoldWrittenByInABoxOfBlocks) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view bold) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1><div class=col>"
           "<strong>" + std::string(bold) + "</strong> <div class=when>Friday</div></div>" + body +
           "</article></body></html>";
  };
  auto r = Extract(page("Written by Ann Berg "));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Berg"});
  r = Extract(page("By Harbour Standards"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A byline line under the headline that gives a name and a date, parted by
// a bar ("Jane Doe | March 4, 2024"), names the writer; a one-word section
// beside the date does not.
TEST(Extract, NameBesideTheDateOnALooseLine) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view line) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1><p>" +
           std::string(line) + "</p>" + body + "</article></body></html>";
  };
  auto r = Extract(page("<a rel=author href=/people/ann>Ann Berg</a> | March 4, 2024"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Berg"});
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-04");
  r = Extract(page("News | March 4, 2024"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A "Name | date" line names a writer only when it is marked as a byline
// (a byline class, a link to the author's page): a bare line's two
// capitalized words are as often a dateline's place or a label.
TEST(Extract, NameBesideTheDateNeedsABylineMark) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view line) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1>" +
           std::string(line) + body + "</article></body></html>";
  };
  auto r = Extract(page("<p>Port Elwood | June 9, 2023</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("<p>Media Notice - June 9, 2023</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("<p>June 9, 2023 | Weekend Essay</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("<p><a href=/author/ann-berg>Ann Berg</a> | June 9, 2023</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Berg"});
}

// A byline line's date after its cue ("Posted by Jane Doe on May 2, 2024
// in News") dates the page; a date after "on" with no writer's cue before
// it ("Recorded on ...") is no byline's, and its first word no writer.
TEST(Extract, DateAfterTheBylineCue) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view line) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1><div class=post-meta>" +
           std::string(line) + "</div>" + body + "</article></body></html>";
  };
  auto r = Extract(page("Posted by <a href=/author/ann>Ann Berg</a> on March 4, 2024 in <a href=/c/news>News</a>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-04");
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Berg"});
  r = Extract(page("Publi\xC3\xA9 par Luc Moreau le 3 mars 2021"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2021-03-03");
  // (In a plain paragraph, where only a date line is read as a stamp.)
  r = Extract("<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1>"
              "<p>By Ann Berg, Staff Writer, March 4, 2024</p>" + body + "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-04");
  r = Extract(page("Recorded on March 4, 2024"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  // A bare "by" cues a writer only before a name: "by up to 39% on ..." in
  // a sentence under the headline dates nothing.
  r = Extract("<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1>"
              "<p>Fares fall by up to 39% on March 4, 2024.</p>" + body + "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value()) << *r->date_published;
}

// A date-classed stamp that shows the time relatively gives the date in
// its title (timeago scripts); a title beside an absolute text is not read
// for it, nor a relative text's title that is no date.
TEST(Extract, RelativeStampDatedByItsTitle) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view stamp) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1><div>" +
           std::string(stamp) + "</div>" + body + "</article></body></html>";
  };
  auto r = Extract(page("<span class=post-date title=\"2024-03-04\">Posted: 2 days ago</span>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-04");
  r = Extract(page("<span class=post-date title=\"Click to copy\">3 hours ago</span>"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value()) << *r->date_published;
  EXPECT_TRUE(IsRelativeTimeText("vor 3 Tagen"));
  EXPECT_TRUE(IsRelativeTimeText("il y a 2 jours"));
  EXPECT_FALSE(IsRelativeTimeText("March 4, 2024"));
}

// A relative stamp without a title is counted back from the reference day
// the caller gives (a crawl's), in days or weeks; not from today when none
// is given, nor in months.
TEST(Extract, RelativeStampCountedFromTheReferenceDay) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view stamp) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1><div>"
           "<span class=post-date>" + std::string(stamp) + "</span></div>" + body + "</article></body></html>";
  };
  ExtractOptions opts;
  opts.reference_date = "2024-03-02";
  auto r = Extract(page("Posted 3 days ago"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-02-28");
  r = Extract(page("vor 2 Wochen"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-02-17");
  r = Extract(page("2 months ago"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
  r = Extract(page("Posted 3 days ago"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
  EXPECT_EQ(RelativeTimeDaysBack("Yesterday"), 1);
  EXPECT_EQ(RelativeTimeDaysBack("il y a 2 jours"), 2);
  EXPECT_EQ(RelativeTimeDaysBack("hace una semana"), 7);
  EXPECT_EQ(RelativeTimeDaysBack("hace 3 d\xC3\xAD" "as"), 3);  // "días": an accent in the unit word
  EXPECT_EQ(RelativeTimeDaysBack("an hour ago"), 0);
  EXPECT_EQ(DaysBefore(ParseDate("2024-01-02"), 3).ToIso(), "2023-12-30");
  // DayNumber and DateOfDayNumber are one formula both ways: every day of
  // 1999..2101 (leap days, century years) comes back as itself.
  ParsedDate epoch;
  epoch.year = 1970, epoch.month = 1, epoch.day = 1;
  EXPECT_EQ(DayNumber(epoch), 0);
  EXPECT_EQ(DaysBefore(ParseDate("2024-03-01"), 1).ToIso(), "2024-02-29");
  EXPECT_EQ(DaysBefore(ParseDate("2100-03-01"), 1).ToIso(), "2100-02-28");
  const int first = DayNumber(ParseDate("1999-01-01"));
  for (int n = first; n < first + 103 * 366; ++n) {
    const ParsedDate d = DateOfDayNumber(n);
    ASSERT_EQ(DayNumber(d), n) << d.ToIso();
    ASSERT_EQ(DayNumber(DaysBefore(d, -1)), n + 1) << d.ToIso();
  }
}

// A relative count is read only from a stamp that prints no absolute date
// and starts with its count ("Updated 2 days ago" after the publication
// date is the update's; "Live now" is no date).
TEST(Extract, RelativeStampBesideAnAbsoluteDateIsNotCounted) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view stamp, std::string_view foot) {
    return "<html><head><title>Harbour notes</title></head><body><article><h1>Harbour notes</h1><div>" +
           std::string(stamp) + "</div>" + body + std::string(foot) + "</article></body></html>";
  };
  ExtractOptions opts;
  opts.reference_date = "2024-09-20";
  auto r = Extract(page("<span class=post-date>Posted June 3, 2024 &middot; Edited 5 days ago</span>", ""), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-06-03");
  r = Extract(page("<span class=stamp-date>June 3, 2024 - 2 weeks ago</span>", ""), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-06-03");
  r = Extract(page("<span class=timestamp>Streaming now</span>", "<p>Published June 3, 2024</p>"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->date_published.value_or(""), "2024-09-20");
  EXPECT_EQ(RelativeTimeDaysBack("Streaming now"), -1);
  EXPECT_EQ(RelativeTimeDaysBack("Posted 3 days ago"), 3);
}

// A relative count is read up to a year back: a larger one is no stamp's.
TEST(Extract, RelativeStampBeyondAYearIsNotCounted) {
  EXPECT_EQ(RelativeTimeDaysBack("50000 weeks ago"), -1);
  EXPECT_EQ(RelativeTimeDaysBack("400 days ago"), -1);
  EXPECT_EQ(RelativeTimeDaysBack("52 weeks ago"), 364);
}

// A Russian relative stamp is counted in its own units.
TEST(Extract, RussianRelativeStampIsCounted) {
  EXPECT_EQ(RelativeTimeDaysBack("3 \xD0\xB4\xD0\xBD\xD1\x8F \xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xB4"), 3);  // 3 дня назад
  EXPECT_EQ(RelativeTimeDaysBack("2 \xD0\xBD\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB8 \xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xB4"), 14);  // 2 недели назад
}

// A structured publication time that repeats the modification time was
// stamped at the last save: an earlier "Published ..." line at the foot of
// the post dates it; an uncued date there does not.
TEST(Extract, PublishedLineAfterTheBodyBeatsARestampedDate) {
  std::string body;
  for (int i = 0; i < 150; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view foot) {
    return "<html><head><title>Ledgers</title><script type=\"application/ld+json\">{\"@type\":\"Article\","
           "\"headline\":\"Ledgers\",\"datePublished\":\"2025-11-29T12:28:31Z\",\"dateModified\":"
           "\"2025-11-29T12:28:31Z\"}</script></head><body><div class=top><h1>Ledgers</h1></div>"
           "<div class=article-body>" + body + "<div class=article-body__published>" + std::string(foot) +
           "</div></div></body></html>";
  };
  auto r = Extract(page("Published <time datetime=2025-08-13>August 13, 2025</time>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-08-13");
  r = Extract(page("<time datetime=2025-08-13>August 13, 2025</time>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-11-29T12:28:31Z");
}

// A post's footer line after the text ("Posted on ... Tags: ...") dates it.
TEST(Extract, DateStampInThePostFooterAfterTheBody) {
  std::string body;
  for (int i = 0; i < 6; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  const std::string html = "<html><head><title>Example Site</title></head><body><div class=wrap>"
                           "<div class=entry-content>" + body + "</div><div class=postmeta>"
                           "<span>Posted on April 13, 2023</span> <a href=/t/a>council</a></div>"
                           "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-04-13");
}

// A date is never after the reference day, but for one day of time-zone
// slack, which crosses a month's end; a stamp with an offset keeps its own
// local day.
TEST(Extract, ReferenceDateBoundsDates) {
  auto page = [](std::string_view stamp) {
    return "<html><head><title>Story</title><meta property=\"article:published_time\" content=\"" +
           std::string(stamp) + "\"></head><body><article><h1>Story</h1><p>" + std::string(400, 'x') +
           " text.</p></article></body></html>";
  };
  ExtractOptions opts;
  opts.reference_date = "2024-01-31";
  auto r = Extract(page("2024-02-01T08:00:00+09:00"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-02-01T08:00:00+09:00");
  r = Extract(page("2024-02-02T08:00:00Z"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
  r = Extract(page("2024-01-30T23:30:00-05:00"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-01-30");
}

// A site header with a long menu in the same wrapper as the headline does
// not use up the search for the byline and date stamp after the headline.
TEST(Extract, LongHeaderBeforeTheHeadlineKeepsItsByline) {
  std::string menu = "<ul class=menu>";
  for (int i = 0; i < 150; ++i) menu += "<li><a href=/s" + std::to_string(i) + ">Section " + std::to_string(i) + "</a></li>";
  menu += "</ul>";
  std::string html = "<html><head><title>Our guide</title></head><body><div class=page><div class=wrap><div class=top>" +
                     menu + "<h1>Our guide to kettles</h1><div class=info><span class=writer>Dakota Hebert</span> "
                     "<span class=when>July 3, 2025</span></div></div><div class=content><p>" + std::string(400, 'x') +
                     " text.</p></div></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-07-03");
}

// A page streamed in segments (React Suspense) ships its content in hidden
// <div id="S:n"> blocks that a script moves into their placeholders: they
// are the content, not hidden copies.
TEST(Extract, StreamedSegmentsAreContent) {
  std::string para = "Index funds can put your investment strategy on autopilot while still growing over time. ";
  std::string html = "<html><body><header><a href=/>Home</a></header><main><h1>Index funds</h1>"
                     "<template id=\"B:0\"></template><p>Loading paragraph...</p>"
                     "<template id=\"B:1\"></template><p>Loading paragraph...</p></main>"
                     "<footer><p>The site has a disclosure policy.</p></footer>"
                     "<div hidden id=\"S:0\"><p>" + para + para + "</p></div>"
                     "<div hidden id=\"S:1\"><p>" + para + "Fees are low as well.</p></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("autopilot"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Fees are low"), std::string::npos) << r->text;
  EXPECT_TRUE(IsStreamedSegmentId("S:1a"));
  EXPECT_FALSE(IsStreamedSegmentId("S:"));
  EXPECT_FALSE(IsStreamedSegmentId("Search"));
}

// The attribute loop's byte filter passes every cloak and conditional
// attribute (else Classify would never ask the lists), and most others fail it.
TEST(Extract, ScriptDisplayAttributeFilterPassesTheLists) {
  for (std::string_view a : {"v-cloak", "x-cloak", "ng-cloak", "data-ng-cloak", "v-if", "v-show", "x-show", "x-if",
                             "ng-if", "ng-show", "data-ng-if", "data-ng-show"}) {
    EXPECT_TRUE(MayBeScriptDisplayAttribute(a)) << a;
    EXPECT_TRUE(IsCloakAttribute(a) || IsConditionalRenderAttribute(a)) << a;
  }
  for (std::string_view a : {"class", "id", "style", "href", "data-id", "aria-hidden", "role", "src", "alt"})
    EXPECT_FALSE(MayBeScriptDisplayAttribute(a)) << a;
}

// On a thread (phpBB here) the first poster's name, marked "username" by
// the forum software, is the thread's author; the replies' posters are not.
TEST(Extract, ThreadAuthorIsTheFirstPoster) {
  std::string posts;
  const char* names[] = {"b.scherer", "Sunny", "mike99"};
  for (const char* name : names)
    posts += std::string("<div class=post><dl class=postprofile><dt><a href=/u class=username>") + name +
             "</a></dt><dd>Posts: 2</dd></dl><div class=content><p>" + std::string(300, 'x') + " text.</p></div></div>";
  std::string html = "<html><head><title>Turning off LEDs - Forums</title><meta name=generator content=phpBB></head>"
                     "<body><form class=login><label class=username>Username</label><input name=u></form>"
                     "<h2>Turning off LEDs</h2>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_EQ(r->authors, std::vector<std::string>{"b.scherer"});
}

// Issue #5: a thread's author is its starter, never its repliers. A forum
// that marks every post a microdata item with its author (the first one
// too) gives the first post's name only; one that marks the replies only
// (a Comment each) while the opening post shows its poster unmarked
// ("username") gives that poster, not the first replier.
TEST(Extract, ThreadAuthorIsTheStarterNotEveryMarkedPoster) {
  const std::string prose = "<p>" + std::string(300, 'x') + " text.</p>";
  auto reply = [&](const char* name) {
    return std::string("<article class=message itemscope itemtype='https://schema.org/Comment'>"
                       "<div itemprop=author itemscope itemtype='https://schema.org/Person'>"
                       "<a href=/members/x class=username><span itemprop=name>") +
           name + "</span></a></div><div class=message-body>" + prose + "</div></article>";
  };
  const std::string head = "<html><head><title>Fan noise on idle - Forums</title>"
                           "<meta name=generator content=XenForo></head><body><h1>Fan noise on idle</h1>";
  // Every post a Comment, the opening one first.
  auto all = Extract(head + reply("quietpc") + reply("Marlow") + reply("tech_ruth") + "</body></html>");
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->page_type, "forum");
  EXPECT_EQ(all->authors, std::vector<std::string>{"quietpc"});
  // The opening post unmarked, its poster a "username" link.
  auto starter = Extract(head + "<article class=message><h4 class=message-name><a href=/members/q class=username>"
                         "quietpc</a></h4><div class=message-body>" + prose + "</div></article>" + reply("Marlow") +
                         reply("tech_ruth") + "</body></html>");
  ASSERT_TRUE(starter.ok());
  EXPECT_EQ(starter->page_type, "forum");
  EXPECT_EQ(starter->authors, std::vector<std::string>{"quietpc"});
  // A guest starter named by the e-mail address it typed is the author
  // still, not the first replier.
  auto guest = Extract(head + "<article class=message><h4 class=message-name><span class=username>"
                       "jo.pike@example.org</span></h4><div class=message-body>" + prose + "</div></article>" +
                       reply("Marlow") + reply("tech_ruth") + "</body></html>");
  ASSERT_TRUE(guest.ok());
  EXPECT_EQ(guest->authors, std::vector<std::string>{"jo.pike@example.org"});
}

// A thread list's stats row under a similar thread ("Replies 7 Views 1K",
// a meta-classed line) is no byline: the thread's author is still its
// starter, the first poster.
TEST(Extract, ThreadListStatsRowIsNoByline) {
  const std::string prose = "<p>" + std::string(300, 'x') + " text.</p>";
  auto post = [&](const char* name) {
    return std::string("<article class=message><h4 class=message-name><a href=/members/q class=username>") + name +
           "</a></h4><div class=message-body>" + prose + "</div></article>";
  };
  auto r = Extract("<html><head><title>Fan noise on idle - Forums</title><meta name=generator content=XenForo>"
                   "</head><body><h1>Fan noise on idle</h1>" + post("quietpc") + post("Marlow") +
                   "<div class=similar><h3>Similar threads</h3><div class=item><a href=/threads/9>Fan curve</a>"
                   "<div class=item-meta>Replies 7 Views 1K</div></div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_EQ(r->authors, std::vector<std::string>{"quietpc"});
}

// Flarum serves its discussions at /d/<number>-<slug> and renders the
// posts for crawlers with the poster's name over each ("PostUser-name"):
// the page is a thread and the first poster its author. An article's path
// with a bare "/d/" segment and no number-dash is no thread.
TEST(Extract, FlarumThreadAuthorIsTheFirstPoster) {
  std::string posts;
  const char* names[] = {"quillfox", "Marten", "oda_k"};
  for (const char* name : names)
    posts += std::string("<article><div class=PostUser><h3 class=PostUser-name>") + name +
             "</h3></div><div class=Post-body><p>" + std::string(kEnglishProse) + "</p></div></article><hr>";
  auto page = [&](std::string_view path) {
    return Extract("<html><head><title>Threaded views - Community</title><link rel=canonical href=\"https://talk.example.org" +
                   std::string(path) + "\"></head><body><main><noscript id=flarum-content><div class=container>"
                   "<h1>Threaded views</h1><div>" + posts + "</div></div></noscript></main></body></html>");
  };
  auto r = page("/d/2041-threaded-views");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_EQ(r->authors, std::vector<std::string>{"quillfox"});
  EXPECT_TRUE(IsForumUrl("https://talk.example.org/d/2041-threaded-views"));
  EXPECT_FALSE(IsForumUrl("https://news.example.org/d/threaded-views"));
  EXPECT_FALSE(IsForumUrl("https://news.example.org/d/2041"));
}

// The site's masthead <h1> (its name linked home, a "site-title" heading,
// the og:site_name, a heading in the navigation) is not the page's title:
// the <title> without the site's name is.
TEST(Extract, MastheadHeadingIsNotTheTitle) {
  const std::string body = "<main><p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  const std::string head = "<html><head><title>Pruning roses in winter - My Garden Notes</title>";
  for (const std::string& masthead :
       {std::string("<header><h1><a href=\"/\">My Garden Notes</a></h1></header>"),
        std::string("<header><h1><a href=\"https://example.org/\">My Garden Notes</a></h1></header>"),
        std::string("<div class=\"site-title\"><h1>My Garden Notes</h1></div>"),
        std::string("<div role=\"navigation\"><h1>My Garden Notes</h1></div>")}) {
    auto r = Extract(head + "</head><body>" + masthead + body);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->title.value_or(""), "Pruning roses in winter") << masthead;
  }
  auto named = Extract(head + "<meta property=\"og:site_name\" content=\"My Garden Notes\"></head><body>"
                       "<h1>My Garden Notes</h1>" + body);
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(named->title.value_or(""), "Pruning roses in winter");
  // A headline that links to its own page is the page's.
  auto own = Extract(head + "</head><body><h1><a href=\"/roses/pruning\">Pruning roses in winter, step by step</a></h1>" + body);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->title.value_or(""), "Pruning roses in winter, step by step");
}

// A lone <h1> that shares hardly a word with the <title> or the meta titles
// is a slogan, not the page's title; one that rewords the title is.
TEST(Extract, SloganHeadingIsNotTheTitle) {
  const std::string head = "<html><head><title>Hand-thrown stoneware mugs | Clay Studio</title></head><body><main>";
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto slogan = Extract(head + "<h1>Made with care, one at a time</h1>" + body);
  ASSERT_TRUE(slogan.ok());
  EXPECT_EQ(slogan->title.value_or(""), "Hand-thrown stoneware mugs");
  auto reworded = Extract(head + "<h1>Stoneware mugs, thrown by hand</h1>" + body);
  ASSERT_TRUE(reworded.ok());
  EXPECT_EQ(reworded->title.value_or(""), "Stoneware mugs, thrown by hand");
  // The same heading printed twice (for small and for large screens) is
  // still the one headline.
  auto twice = Extract(head + "<h1 class=\"d-md-none\">Stoneware mugs, thrown by hand</h1>"
                       "<h1 class=\"d-none d-md-block\">Stoneware mugs, thrown by hand</h1>" + body);
  ASSERT_TRUE(twice.ok());
  EXPECT_EQ(twice->title.value_or(""), "Stoneware mugs, thrown by hand");
}

// Titles that say only the site's name say nothing of the page: a lone
// <h1> that shares none of their words is still its title.
TEST(Extract, HeadingStandsWhenTheTitlesNameOnlyTheSite) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract("<html><head><title>Clay Studio</title><meta property=\"og:title\" content=\"Clay Studio\">"
                   "<meta property=\"og:site_name\" content=\"Clay Studio\"></head><body><main>"
                   "<h1>Blue glazed tea bowls</h1>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Blue glazed tea bowls");
  // A title that names the page keeps weighing the heading.
  auto named = Extract("<html><head><title>Hand-thrown stoneware mugs | Clay Studio</title>"
                       "<meta property=\"og:site_name\" content=\"Clay Studio\"></head><body><main>"
                       "<h1>Made with care, one at a time</h1>" + body);
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(named->title.value_or(""), "Hand-thrown stoneware mugs");
}

// An <h1> of the page's furniture (a sign-up box's, a modal's, the
// footer's) beside the headline's is no rival: the page has one headline.
// When every <h1> is in such a box, they stay candidates (a hero set in a
// "popup" class).
TEST(Extract, FurnitureHeadingsBesideTheHeadlineAreNoRivals) {
  const std::string head =
      "<html><head><title>Camping lanterns, tested | Trail Shop</title>"
      "<meta property=\"og:site_name\" content=\"Trail Shop\"></head><body>";
  const std::string story = "<div class=story><h1>Camping lanterns worth packing this summer</h1><p>" +
                            std::string(400, 'x') + " text.</p></div>";
  for (const std::string& furniture :
       {std::string("<div class=\"modal fade\"><h1>Get the gear list</h1><p>Your email</p></div>"),
        std::string("<div class=subscribe-overlay><h1>Subscribe to Trail Shop News and Deals</h1></div>"),
        std::string("<footer><div id=change-location><h1>Select your location</h1></div></footer>")}) {
    auto r = Extract(head + story + furniture + "</body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->title.value_or(""), "Camping lanterns worth packing this summer") << furniture;
  }
  // Two headings outside such boxes: no one headline, the <title> names it.
  auto two = Extract(head + story + "<div><h1>Get the gear list</h1></div></body></html>");
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->title.value_or(""), "Camping lanterns, tested");
  auto hero = Extract(head + "<div class=hero-popup><h1>Camping lanterns worth packing this summer</h1></div><p>" +
                      std::string(400, 'x') + " text.</p></body></html>");
  ASSERT_TRUE(hero.ok());
  EXPECT_EQ(hero->title.value_or(""), "Camping lanterns worth packing this summer");
}

// A heading that ends on the site's name after a separator prints the
// <title>'s pattern: the name goes, as from the <title>.
TEST(Extract, HeadingEndingOnTheSiteNameIsCut) {
  auto r = Extract(
      "<html><head><title>Critics pick the best exhibitions of 2025 | Gallery Weekly</title>"
      "<meta property=\"og:site_name\" content=\"Gallery Weekly\"></head><body><main>"
      "<h1>Critics\xE2\x80\x99 Choice: best exhibitions of 2025 \xE2\x80\x93 Gallery Weekly</h1><p>" +
      std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Critics\xE2\x80\x99 Choice: best exhibitions of 2025");
}

// A <title> that opens on a separator (" | Volts Magazine") is a
// template's whose page name was left empty: it names only the site, and
// the page's lone heading is not weighed against it.
TEST(Extract, TitleOpeningOnASeparatorNamesOnlyTheSite) {
  auto r = Extract(
      "<html><head><title> | Volts &amp; Amps Magazine</title>"
      "<meta property=\"og:site_name\" content=\"Volts and Amps Magazine\"></head><body><main>"
      "<h1>Electronic gadgets</h1><p>" + std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Electronic gadgets");
}

// A <title> that is all the page declares (no og:title, meta title,
// JSON-LD headline or site name), over a lone <h1> in the main landmark, is
// an app shell's, the site's on every page: the heading names the page
// though it shares no word with it. With an og:title or a site name beside
// it, the heading is weighed as before (a landing page's slogan).
TEST(Extract, LoneMainHeadingBeatsAnAppShellTitle) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract("<html><head><title>Chatterbox - The front page of the web</title></head><body>"
                   "<header><a id=chatterbox-logo href=\"/\"><svg></svg></a></header>"
                   "<main><h1>Enameled cast iron pan and metal utensils</h1>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Enameled cast iron pan and metal utensils");
  auto og = Extract("<html><head><title>Chatterbox - The front page of the web</title>"
                    "<meta property=\"og:title\" content=\"Chatterbox - The front page of the web\"></head><body>"
                    "<main><h1>Enameled cast iron pan and metal utensils</h1>" + body);
  ASSERT_TRUE(og.ok());
  EXPECT_NE(og->title.value_or(""), "Enameled cast iron pan and metal utensils");
  auto named = Extract("<html><head><title>Chatterbox - The front page of the web</title>"
                       "<meta property=\"og:site_name\" content=\"Chatterbox\"></head><body>"
                       "<main><h1>Enameled cast iron pan and metal utensils</h1>" + body);
  ASSERT_TRUE(named.ok());
  EXPECT_NE(named->title.value_or(""), "Enameled cast iron pan and metal utensils");
}

// A meta title that is only the site's name, beside a <title> that names
// the page without it, is a template's default: the <title> names the
// page. A <title> that holds the name may be the site's own page.
TEST(Extract, MetaTitleThatIsTheSiteNameYieldsToTheTitle) {
  const std::string body = "</head><body><main><p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  const std::string meta =
      "<meta property=\"og:title\" content=\"Acme\"><meta property=\"og:site_name\" content=\"Acme\">";
  auto r = Extract("<html><head><title>Men's wool socks</title>" + meta + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Men's wool socks");
  auto own = Extract("<html><head><title>Introducing the Acme One</title>" + meta + body);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->title.value_or(""), "Acme");
}

// A manual's section number before the heading's words is its numbering,
// not the page's name, when no title prints it; a number the titles
// repeat is the headline's, and so is a count.
TEST(Extract, HeadingSectionNumberIsNotTitleText) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract("<html><head><title>Branches in a nutshell - Pro Handbook</title></head><body><main>"
                   "<h1>3.1 Branches in a nutshell</h1>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Branches in a nutshell");
  auto deep = Extract("<html><head><title>Setting up the tools - Pro Handbook</title></head><body><main>"
                      "<h1>2.4.1. Setting up the tools</h1>" + body);
  ASSERT_TRUE(deep.ok());
  EXPECT_EQ(deep->title.value_or(""), "Setting up the tools");
  auto printed = Extract("<html><head><title>3.5 Million Jobs Added in May | Daily News</title></head><body><main>"
                         "<h1>3.5 Million Jobs Added in May</h1>" + body);
  ASSERT_TRUE(printed.ok());
  EXPECT_EQ(printed->title.value_or(""), "3.5 Million Jobs Added in May");
  auto count = Extract("<html><head><title>Tips | Pro Handbook</title></head><body><main>"
                       "<h1>10 Tips for branching</h1>" + body);
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(count->title.value_or(""), "10 Tips for branching");
}

// A paragraph set in the <h1>, two sentences and longer than a headline,
// is a summary, not the page's name, even on an article: the <title>
// names the page. A short two-sentence headline stays.
TEST(Extract, ParagraphHeadingIsNotTheTitle) {
  const std::string head = "<html><head><title>Kitchen upgrades that pay back when you sell | Home Notes</title>"
                           "<script type=\"application/ld+json\">{\"@type\":\"Article\"}</script></head><body><main>";
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract(head + "<h1>Which kitchen upgrades pay back when you sell? Read what our builders found, "
                   "and plan the next kitchen project with care.</h1>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Kitchen upgrades that pay back when you sell");
  auto short_one = Extract(head + "<h1>Kitchens sell homes. Upgrades that pay back when you sell</h1>" + body);
  ASSERT_TRUE(short_one.ok());
  EXPECT_EQ(short_one->title.value_or(""), "Kitchens sell homes. Upgrades that pay back when you sell");
}

// A promotion's line in the <h1> ("Free delivery on orders over $40") does
// not name the page when the titles say only the site's name: the site's
// name stays the title.
TEST(Extract, PromoHeadingDoesNotOutrankSiteNameTitles) {
  const std::string body = "<p>" + std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) +
                           "</p></main></body></html>";
  auto r = Extract("<html><head><title>Lark Goods</title><meta property=\"og:site_name\" content=\"Lark Goods\">"
                   "<meta property=\"og:title\" content=\"Lark Goods\"></head><body><main>"
                   "<h1>Free delivery on orders over $40</h1><h2>Linen shirts</h2>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Lark Goods");
}

// A decimal before a headline's words is the headline's ("1.49 Dollar
// Coffee", "4.5 Billion Years"), and a day and month ("12.06. Stadtfest")
// a date; a section number goes only when the page shows it is one: a
// title names the page by the words after it, or the next subheading is
// numbered under it.
TEST(Extract, HeadingDecimalOrDateIsNoSectionNumber) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto price = Extract("<html><head><title>Cafe news - Town Paper</title><meta property=\"og:title\" "
                       "content=\"Dollar coffee is back in town\"></head><body><main>"
                       "<h1>1.49 Dollar Coffee Is Back</h1>" + body);
  ASSERT_TRUE(price.ok());
  EXPECT_EQ(price->title.value_or(""), "1.49 Dollar Coffee Is Back");
  auto site_only = Extract("<html><head><title>Orbit</title><meta property=\"og:site_name\" content=\"Orbit\">"
                           "</head><body><main><h1>4.5 Billion Years Of Rock</h1>" + body);
  ASSERT_TRUE(site_only.ok());
  EXPECT_EQ(site_only->title.value_or(""), "4.5 Billion Years Of Rock");
  auto date = Extract("<html><head><title>Stadtfest beginnt - Kurier</title></head><body><main>"
                      "<h1>12.06. Stadtfest beginnt</h1>" + body);
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->title.value_or(""), "12.06. Stadtfest beginnt");
  auto numbered = Extract("<html><head><title>Orbit</title><meta property=\"og:site_name\" content=\"Orbit\">"
                          "</head><body><main><h1>4.2 Installing The Tools</h1><p>" + std::string(300, 'y') +
                          " text.</p><h2>4.2.1 On Linux</h2>" + body);
  ASSERT_TRUE(numbered.ok());
  EXPECT_EQ(numbered->title.value_or(""), "Installing The Tools");
  auto tail = Extract("<html><head><title>Pro - Merging in short</title></head><body><main>"
                      "<h1>4.3 Pro Merging - Merging in short</h1>" + body);
  ASSERT_TRUE(tail.ok());
  EXPECT_EQ(tail->title.value_or(""), "Pro Merging - Merging in short");
}

// Forum software titles a thread "Thread / Forum / Site": the thread's
// title is the first part. (Elsewhere "Page - Tagline - Site" keeps all but
// the site.)
TEST(Extract, ThreadTitleIsTheFirstPartOfTheTrail) {
  const std::string body = "</head><body><div class=\"post\"><p>" + std::string(400, 'x') +
                           " text.</p></div></body></html>";
  auto thread = Extract("<html><head><meta name=\"generator\" content=\"phpBB\">"
                        "<title>Boiler keeps cycling on and off / Heating / Home Repair Forums</title>" + body);
  ASSERT_TRUE(thread.ok());
  EXPECT_EQ(thread->page_type, "forum");
  EXPECT_EQ(thread->title.value_or(""), "Boiler keeps cycling on and off");
  auto page = Extract("<html><head><title>Boiler keeps cycling on and off / Heating / Home Repair Guides</title>" + body);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->title.value_or(""), "Boiler keeps cycling on and off / Heating");
}

// Forum software prints a thread's prefix label in the <h1> and in the
// og:title; the JSON-LD headline is the thread's title without it.
TEST(Extract, HeadlineDropsAThreadPrefix) {
  auto r = Extract(R"(<html><head><title>Solved - Boiler keeps cycling on and off | Home Repair Forums</title>
    <meta property="og:title" content="Solved - Boiler keeps cycling on and off">
    <script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Boiler keeps cycling on and off"}</script>
    </head><body><h1><span class="label">Solved</span> Boiler keeps cycling on and off</h1><div class="post"><p>)" +
                   std::string(400, 'x') + " text.</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Boiler keeps cycling on and off");
}

// A button or a hidden tooltip printed inside the <h1> is not part of the
// title.
TEST(Extract, HeadingControlsAreNotTitleText) {
  const std::string body = "<main><p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract("<html><head><title>parser - Example Docs</title></head><body>"
                   "<h1>Module <span>parser</span>&nbsp;<button>Copy path</button>"
                   "<div hidden>Save this page to your collections</div></h1>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Module parser");
}

// A blog template's date stamped before the name, inside the link that
// wraps the heading, is not part of the title; a date inside the name is.
TEST(Extract, HeadingDateStampIsNotTitleText) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract("<html><head><title>Moving the garden shed | Ann's notes</title></head><body><main>"
                   "<h1><a href=\"/moving-the-shed.html\">\n <time datetime=\"2024-03-02\">Mar <span>2</span> 2024</time>"
                   "\n Moving the garden shed\n</a></h1>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Moving the garden shed");
  auto inside = Extract("<html><head><title>Open day on 2 March | Ann's notes</title></head><body><main>"
                        "<h1>Open day on <time datetime=\"2024-03-02\">2 March</time> at the club</h1>" + body);
  ASSERT_TRUE(inside.ok());
  EXPECT_EQ(inside->title.value_or(""), "Open day on 2 March at the club");
  // A date at the end that the words before lead into is the title's too.
  auto led = Extract("<html><head><title>Minutes | Hill Club</title></head><body><main>"
                     "<h1>Club meeting minutes for <time datetime=\"2024-05-02\">May 2, 2024</time></h1>" + body);
  ASSERT_TRUE(led.ok());
  EXPECT_EQ(led->title.value_or(""), "Club meeting minutes for May 2, 2024");
}

// A landing page's <h1> is a slogan, a sentence with its full stop: the
// <title> names the page. A headline a title repeats keeps its stop.
TEST(Extract, SloganSentenceHeadingIsNotTheTitle) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract("<html><head><title>Shared calendars for small teams</title></head><body><main>"
                   "<h1>Shared calendars that plan the week for small teams.</h1>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Shared calendars for small teams");
  auto repeated = Extract("<html><head><title>The club closes for the winter. | Ann's notes</title></head><body><main>"
                          "<h1>The club closes for the winter.</h1>" + body);
  ASSERT_TRUE(repeated.ok());
  EXPECT_EQ(repeated->title.value_or(""), "The club closes for the winter.");
  EXPECT_TRUE(EndsWithFullStop("Plan the week together, from any Room."));
  EXPECT_FALSE(EndsWithFullStop("Rent prices across the U.S."));
  EXPECT_FALSE(EndsWithFullStop("Paints, brushes, etc."));
  EXPECT_FALSE(EndsWithFullStop("And then there were none..."));
  EXPECT_FALSE(EndsWithFullStop("Rent prices across the US"));
  // A page with no title keeps the sentence, and so does a story whose
  // headline a byline follows (its title is worded otherwise).
  auto untitled = Extract("<html><head></head><body><main><h1>Shared calendars that plan the week.</h1>" + body);
  ASSERT_TRUE(untitled.ok());
  EXPECT_EQ(untitled->title.value_or(""), "Shared calendars that plan the week.");
  auto story = Extract("<html><head><title>Club shuts for winter | Ann's notes</title></head><body><main>"
                       "<h1>The club says it will close for the winter.</h1><p class=byline>By Ann Berg</p>" + body);
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->title.value_or(""), "The club says it will close for the winter.");
}

// An og:title and a <title> that agree before a separator and go on
// differently after it: the shared head is the page's name.
TEST(Extract, TitlesSharingAHeadGiveTheHead) {
  auto r = Extract("<html><head><title>Spring fair - News - Hill Road School District</title>"
                   "<meta property=\"og:title\" content=\"Spring fair - Hill Road School, Oak Lane School\">"
                   "</head><body><main><p>" + std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Spring fair");
  EXPECT_EQ(SharedTitleHead("Spring fair - Hill Road", "Spring fair - News - Hill Road"), "Spring fair");
  // One going on from the other is the same title, longer.
  EXPECT_EQ(SharedTitleHead("Spring fair - Hill Road", "Spring fair - Hill Road | Our district"), "");
  EXPECT_EQ(SharedTitleHead("Spring fair - Hill Road", "Autumn fair - Hill Road"), "");
}

// A heading that goes on after its name with a brand ("Loan rate
// calculator - Home Lending") while the <title> goes on with the site's
// name: the name they share is the title. Titles that part their head
// with different separators share none, but the heading's may differ.
TEST(Extract, HeadingSharingAHeadWithTheTitleGivesTheHead) {
  auto r = Extract("<html><head><title>Loan rate calculator | First Valley Bank</title></head><body><main>"
                   "<h1>Loan rate calculator - Home Lending</h1><p>" + std::string(400, 'x') +
                   " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Loan rate calculator");
  EXPECT_EQ(SharedTitleHead("Loan rate calculator - Home Lending", "Loan rate calculator | Bank", true),
            "Loan rate calculator");
  EXPECT_EQ(SharedTitleHead("Loan rate calculator - Home Lending", "Loan rate calculator | Bank"), "");
  EXPECT_EQ(SharedTitleHead("Loan rate calculator - Home", "Loan rate calculator - Home | Bank", true), "");
}

// A soft hyphen or a word joiner in a heading prints nothing: the title
// is the same without it.
TEST(Extract, TitleDropsInvisibleMarks) {
  auto r = Extract("<html><head><title>Home repair grants</title></head><body><main><h1>Home re&shy;pair "
                   "as\xE2\x81\xA0sis&shy;tance grants</h1><p>" + std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Home repair assistance grants");
}

// A kicker, a brand or a label before the name in the <h1> ("New", "Acme
// X2") is not the title's: the <title> says the name. Words that lead into
// the name ("The", "What's the") or a number are the headline's.
TEST(Extract, HeadingKickerBeforeTheTitlesName) {
  auto title_of = [](const std::string& head, const std::string& h1) {
    auto r = Extract("<html><head><title>" + head + "</title></head><body><main><h1>" + h1 + "</h1><p>" +
                     std::string(400, 'x') + " text.</p></main></body></html>");
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  EXPECT_EQ(title_of("Garden Lanterns | Hill Shop", "New Garden Lanterns"), "Garden Lanterns");
  EXPECT_EQ(title_of("Trail Kettle Mini | Hill Shop", "Hillware X2 Trail Kettle Mini"), "Trail Kettle Mini");
  EXPECT_EQ(title_of("Garden Lanterns | Hill Shop", "The Garden Lanterns"), "The Garden Lanterns");
  EXPECT_EQ(title_of("Camping Kettles Compared | Hill Shop", "12 Camping Kettles Compared"), "12 Camping Kettles Compared");
  EXPECT_TRUE(IsLeadInWord("the"));
  EXPECT_FALSE(IsLeadInWord("new"));
  // A headline that ends with the title's words is no kicker and name: its
  // start is lower-case words or ends in a preposition, or a title repeats
  // it whole (the short one is a social card's).
  EXPECT_EQ(title_of("Lantern fire | City Times", "Crews douse blaze after lantern fire"),
            "Crews douse blaze after lantern fire");
  EXPECT_EQ(title_of("Lantern Fire | City Times", "Crews Douse Blaze After Lantern Fire"),
            "Crews Douse Blaze After Lantern Fire");
  auto r = Extract("<html><head><title>Crews Douse Blaze | City Times</title><meta property=og:title "
                   "content=\"Douse Blaze\"></head><body><main><h1>Crews Douse Blaze</h1><p>" + std::string(400, 'x') +
                   " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Crews Douse Blaze");
}

// A kicker the heading sets on a line of its own, above the name ("<div>
// Meet the maker</div> Ana Ruiz Pottery"), is the template's eyebrow in
// any case: the <title> says the name. Run into one line, lower-case
// words before the name are the headline's own.
TEST(Extract, HeadingKickerOnItsOwnLine) {
  auto title_of = [](const std::string& h1) {
    auto r = Extract("<html><head><title>Ana Ruiz Pottery | Makers Guide</title></head><body><main><h1>" + h1 +
                     "</h1><p>" + std::string(400, 'x') + " text.</p></main></body></html>");
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  EXPECT_EQ(title_of("<div class=eyebrow>Meet the maker</div> <span>Ana Ruiz Pottery</span>"), "Ana Ruiz Pottery");
  EXPECT_EQ(title_of("Meet the maker<br>Ana Ruiz Pottery"), "Ana Ruiz Pottery");
  EXPECT_EQ(title_of("Meet the maker <span>Ana Ruiz Pottery</span>"), "Meet the maker Ana Ruiz Pottery");
}

// A heading printed twice inside the <h1>, a copy for small screens and
// one for large, is the title once.
TEST(Extract, HeadingPrintedTwiceInsideIt) {
  auto r = Extract("<html><head><title>Harbour Notes - the port's weekly</title></head><body><main><h1><div "
                   "class=wide>Harbour Notes</div><div class=narrow>Harbour Notes</div></h1><p>" +
                   std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Harbour Notes");
}

// A one-word <h1> is the title too when a title's head, before its first
// separator, is the word with a qualifier or two before it ("Camp
// Lanterns - Light for the trail"); a longer head ending in it is a
// sentence that names the page otherwise.
TEST(Extract, OneWordHeadingEndingTheTitlesHead) {
  auto title_of = [](const std::string& head) {
    auto r = Extract("<html><head><title>" + head + "</title></head><body><main><h1>Lanterns</h1><p>" +
                     std::string(400, 'x') + " text.</p></main></body></html>");
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  EXPECT_EQ(title_of("All Lanterns - Light for the trail | Hill Shop"), "Lanterns");
  // (Other words before it name the page: the heading is their label.)
  EXPECT_EQ(title_of("Camping Lanterns - Light for the trail | Hill Shop"), "Camping Lanterns");
  // (Unless the head is the site's name.)
  auto r = Extract("<html><head><title>Hill Lanterns - Light for the trail</title><meta property=og:site_name "
                   "content=\"Hill Lanterns\"></head><body><main><h1>Lanterns</h1><p>" + std::string(400, 'x') +
                   " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Lanterns");
  EXPECT_EQ(title_of("How we test our camp lanterns | Hill Shop"), "How we test our camp lanterns");
}

// On a product page a stock status in parentheses after the name ("(Sold
// out)") is no part of the name; other words in parentheses are.
TEST(Extract, ProductTitleDropsStockStatus) {
  auto title_of = [](const std::string& h1) {
    auto r = Extract(PageAround(h1, "<main><h1>" + h1 + "</h1><p>" + std::string(400, 'x') + " text.</p></main>", true));
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  EXPECT_EQ(title_of("Oat Crackers, Rosemary, 5 oz (Discontinued Item)"), "Oat Crackers, Rosemary, 5 oz");
  EXPECT_EQ(title_of("Trail Kettle (Sold Out)"), "Trail Kettle");
  EXPECT_EQ(title_of("Oat Crackers, Rosemary, 5 oz (140 g)"), "Oat Crackers, Rosemary, 5 oz (140 g)");
}

// Two inline spans of one word each with the same text are the heading's
// words ("Bora Bora", a split-text animation), not a copy printed twice.
TEST(Extract, HeadingOfOneWordTwiceIsNoCopy) {
  auto r = Extract("<html><head><title>Walla Walla: a weekend guide</title></head><body><main><h1><span "
                   "class=w>Walla</span> <span class=w>Walla</span></h1><p>" +
                   std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Walla Walla");
}

// A documentation generator's permalink to the heading ("Â¶") is not part
// of its text; the space inside a section number's <span> still parts it
// from the title.
TEST(Extract, HeadingPermalinkIsNotTitleText) {
  auto r = Extract("<html><head><title>Widget options</title></head><body><main><h1><span class=\"num\">4. "
                   "</span>Widget options<a class=\"headerlink\" href=\"#widget-options\">Â¶</a></h1><p>" +
                   std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "4. Widget options");
}

// A span that a display utility class or an inline style lays out as a
// block, or a <br>, starts a line of the heading: its words do not run
// into the ones before it ("ComparedOur").
TEST(Extract, HeadingLineBreaksPartWords) {
  auto title_of = [](const std::string& h1) {
    auto r = Extract("<html><head><title>Camp stoves | Hill Shop</title></head><body><main><h1>" + h1 + "</h1><p>" +
                     std::string(400, 'x') + " text.</p></main></body></html>");
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  EXPECT_EQ(title_of("Camp Stoves Compared<span class=\"block text-sm\">Our picks for the trail</span>"),
            "Camp Stoves Compared Our picks for the trail");
  EXPECT_EQ(title_of("Camp Stoves Compared<span style=\"font-size:12px; display: block\">Our picks for the "
                     "trail</span>"),
            "Camp Stoves Compared Our picks for the trail");
  EXPECT_EQ(title_of("Camp Stoves<br>Compared<button>Share</button>"), "Camp Stoves Compared");
  // (An inline-block span, or a class that only names a block, runs on.)
  EXPECT_EQ(title_of("Camp Stoves <span class=\"blocky\">Compared</span>"), "Camp Stoves Compared");
}

// A headline drawn for the eye in aria-hidden spans (an animation's words,
// a phone and a desktop cut) beside its words for screen readers in a
// visually hidden span reads once, as spoken; a visually hidden helper
// ("Copy link", "(opens in a new tab)") or an aria-hidden icon beside the
// shown words is left out; a heading whose only words are visually hidden
// keeps them.
TEST(Extract, HeadingReadsAsSpokenOnce) {
  auto title_of = [](const std::string& title, const std::string& h1) {
    auto r = Extract("<html><head><title>" + title +
                     "</title><meta property=og:type content=article></head><body><main><h1>" + h1 + "</h1><p>" +
                     std::string(400, 'x') + " text.</p></main></body></html>");
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  EXPECT_EQ(title_of("Field notes from the ridge | Hill Journal",
                     "<span aria-hidden=\"true\"><span style=\"display:inline-block\" class=\"show-mobile\">Field "
                     "notes</span><span style=\"display:inline-block\" class=\"show-mobile\">from the ridge</span>"
                     "<span style=\"display:inline-block\" class=\"hide-mobile\">Field notes from the ridge</span>"
                     "</span><span class=\"sr-only\">Field notes from the ridge</span>"),
            "Field notes from the ridge");
  EXPECT_EQ(title_of("Packing a winter tent - Hill Journal",
                     "Packing a winter tent<a href=\"#pack\" class=\"anchor\"><svg></svg><span "
                     "class=\"visually-hidden\">Copy link</span></a>"),
            "Packing a winter tent");
  EXPECT_EQ(title_of("Lantern care - Hill Journal",
                     "Lantern care <span class=\"screen-reader-text\">(opens in a new tab)</span>"),
            "Lantern care");
  EXPECT_EQ(title_of("Care | Hill Journal", "<span aria-hidden=\"true\">\xE2\x98\x85</span> Lantern care"),
            "Lantern care");
  EXPECT_EQ(title_of("Lantern care - Hill Journal", "<span class=\"sr-only\">Lantern care</span>"), "Lantern care");
  // (A visually hidden label before the shown words is read with them; a
  // count drawn after the name, aria-hidden, is no icon.)
  EXPECT_EQ(title_of("Guide: Lantern care in the cold - Hill Journal",
                     "<span class=\"sr-only\">Guide: </span>Lantern care in the cold"),
            "Guide: Lantern care in the cold");
  EXPECT_EQ(title_of("Lantern care in the cold - Hill Journal",
                     "Lantern care in the cold<span aria-hidden=\"true\">(12)</span>"),
            "Lantern care in the cold(12)");
}

// A count drawn aria-hidden after the name stays under a visually hidden
// label before it (no spoken words stand in for the count), and a visually
// hidden suffix of words of its own is the title's, not a control's helper.
TEST(Extract, HeadingSpokenLabelKeepsDrawnCount) {
  auto title_of = [](const std::string& title, const std::string& h1) {
    auto r = Extract("<html><head><title>" + title +
                     "</title><meta property=og:type content=article></head><body><main><h1>" + h1 + "</h1><p>" +
                     std::string(400, 'x') + " text.</p></main></body></html>");
    return r.ok() ? r->title.value_or("") : std::string("?");
  };
  EXPECT_EQ(title_of("Category: Winter boots (102) - Shop",
                     "<span class=\"visually-hidden\">Category:</span> Winter boots <span "
                     "aria-hidden=\"true\">(102)</span>"),
            "Winter boots (102)");  // (the label goes as a title's category cue)
  EXPECT_EQ(title_of("Council approves budget, vote 5 to 2 with Smith and Jones against - Gazette",
                     "Council approves budget<span class=\"screen-reader-text\">, vote 5 to 2 with Smith and "
                     "Jones against</span>"),
            "Council approves budget, vote 5 to 2 with Smith and Jones against");
}

// A one-word <h1> is the title when a title begins with it ("Flexbox -
// Learn web development | Docs", "Headlamps for Camping & Hiking | Shop");
// elsewhere a one-word <h1> is a label.
TEST(Extract, OneWordHeadingLeadingTheTitle) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto lead = Extract("<html><head><title>Gradients - Styling guide | Example Docs</title></head><body><main>"
                      "<h1>Gradients</h1>" + body);
  ASSERT_TRUE(lead.ok());
  EXPECT_EQ(lead->title.value_or(""), "Gradients");
  auto begins = Extract("<html><head><title>Lanterns for camping and hiking | Example Shop</title></head><body><main>"
                        "<h1>Lanterns</h1>" + body);
  ASSERT_TRUE(begins.ok());
  EXPECT_EQ(begins->title.value_or(""), "Lanterns");
  auto label = Extract("<html><head><title>Styling guide: gradients in depth | Example Docs</title></head><body><main>"
                       "<h1>Gradients</h1>" + body);
  ASSERT_TRUE(label.ok());
  EXPECT_EQ(label->title.value_or(""), "Styling guide: gradients in depth");
}

// A product's name ends at a dash; the variant after it is not part of the
// title. A name of one or two words before the dash is a brand or a model
// family: the title goes on.
TEST(Extract, ProductTitleDropsTheVariant) {
  auto page = [](const std::string& name) {
    return "<html><head><title>" + name + "</title><script type=\"application/ld+json\">{\"@type\":\"Product\","
           "\"name\":\"Mug\"}</script></head><body><main><h1>" + name + "</h1><p>" + std::string(400, 'x') +
           " text.</p></main></body></html>";
  };
  auto variant = Extract(page("Hand Thrown Mug - Sage Green (350 ml)"));
  ASSERT_TRUE(variant.ok());
  EXPECT_EQ(variant->page_type, "product");
  EXPECT_EQ(variant->title.value_or(""), "Hand Thrown Mug");
  auto family = Extract(page("Studio Mug - Large Edition"));
  ASSERT_TRUE(family.ok());
  EXPECT_EQ(family->title.value_or(""), "Studio Mug - Large Edition");
}

// The site's name read off a <title> is the part that is not the title:
// the tail of "Headline | Site", the lead of "Site | Headline".
TEST(Extract, SiteNameFromTheTitleIsNotTheTitle) {
  const std::string body = "</head><body><main><p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto lead = Extract("<html><head><title>Acme | Rockets for everyone who builds</title>" + body);
  ASSERT_TRUE(lead.ok());
  EXPECT_EQ(lead->title.value_or(""), "Rockets for everyone who builds");
  EXPECT_EQ(lead->site_name.value_or(""), "Acme");
  auto tail = Extract("<html><head><title>Rockets for everyone who builds | Acme</title>" + body);
  ASSERT_TRUE(tail.ok());
  EXPECT_EQ(tail->title.value_or(""), "Rockets for everyone who builds");
  EXPECT_EQ(tail->site_name.value_or(""), "Acme");
  // (The name again as its host name between: "Site | Site.com - Headline".)
  auto host = Extract("<html><head><title>Acme News | AcmeNews.com - Rockets for everyone who builds</title>" + body);
  ASSERT_TRUE(host.ok());
  EXPECT_EQ(host->title.value_or(""), "Rockets for everyone who builds");
  EXPECT_EQ(host->site_name.value_or(""), "Acme News");
}

// A lone <h1> that no title repeats, over a subheading that repeats the
// <title> word for word, is a label: the subheading is the headline. A
// short subheading is a label too.
TEST(Extract, SubheadingRepeatingTheTitleIsTheHeadline) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract("<html><head><title>Winter pruning for climbing roses | Garden Notes</title></head><body><main>"
                   "<div class=\"banner\"><h1>Climbing guides</h1><p>March 2025</p></div>"
                   "<h3>Winter pruning for climbing roses</h3>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Winter pruning for climbing roses");
  auto label = Extract("<html><head><title>Climbing roses | Garden Notes</title></head><body><main>"
                       "<h1>Seasonal guides to climbing</h1><h2>Climbing roses</h2>" + body);
  ASSERT_TRUE(label.ok());
  EXPECT_EQ(label->title.value_or(""), "Seasonal guides to climbing");
}

// A heading that ends in a count of the items under it is a category's
// heading over a grid: the <title> names the page. A year in parentheses
// is no count.
TEST(Extract, HeadingWithAnItemCountIsNotTheTitle) {
  EXPECT_TRUE(EndsWithItemCount("Rain Jackets (158 ITEMS)"));
  EXPECT_TRUE(EndsWithItemCount("Rain Jackets(102+)"));
  EXPECT_TRUE(EndsWithItemCount("Rain Jackets (1,204 results)"));
  EXPECT_FALSE(EndsWithItemCount("Best Rain Jackets (2025)"));
  EXPECT_FALSE(EndsWithItemCount("Rain Jackets (Men's)"));
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract("<html><head><title>Rain Jackets for Hiking and Travel | Example Outfitters</title></head>"
                   "<body><main><h1>Rain Jackets (158 items)</h1>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Rain Jackets for Hiking and Travel");
}

// A heading that repeats the whole <title>, site and all, loses the site
// like the <title> does.
TEST(Extract, HeadingRepeatingTheTitleLosesTheSite) {
  auto r = Extract("<html><head><title>Roof Repair Costs in Springfield - RoofMatch Cost Report</title>"
                   "<meta property=\"og:site_name\" content=\"RoofMatch\"></head><body><main>"
                   "<h1>Roof Repair Costs in Springfield - RoofMatch Cost Report</h1><p>" +
                   std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Roof Repair Costs in Springfield");
}

// A JSON-LD headline cut at schema.org's length limit gives way to the
// og:title that goes on from it.
TEST(Extract, CutJsonLdHeadlineGivesWayToTheWholeTitle) {
  const std::string whole = "Ask the Gardener: Why Do My Tomatoes Split Before They Ripen, and What Can I Do About It "
                            "This Summer (Including Three Watering Tricks)";
  const std::string cut = whole.substr(0, whole.find(" Three"));
  auto r = Extract("<html><head><title>" + whole + " - Garden Notes</title><meta property=\"og:title\" content=\"" +
                   whole + "\"><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"" +
                   cut + "\"}</script></head><body><main><p>" + std::string(400, 'x') + " text.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), whole);
}

// " | " sets off what is appended to a title (a section, a tagline), in a
// meta title as in a headline.
TEST(Extract, TitleEndsAtAVerticalBar) {
  std::string html = R"(<html><head><title>x</title><meta property="og:title" content="Best Movers in NYC 2025 | Top 19 Companies">
    </head><body><article><p>)" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Best Movers in NYC 2025");
}

// A byline label's name may come after an avatar: the next element with
// text is the name.
TEST(Extract, BylineLabelSkipsTheAvatar) {
  std::string html = "<html><head><title>Tutors</title></head><body><main><h1>Best tutors in 2025</h1>"
                     "<div><span>Written by:</span><picture><img src=a.jpg alt=''></picture>"
                     "<span>Elise Nass</span></div><p>" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Elise Nass"});
}

TEST(Extract, SentenceStartingWithByIsNotAByline) {
  std::string html = "<html><head><title>HR</title></head><body><article><h1>Shared services in HR</h1>"
                     "<p>By handling routine tasks centrally, HR professionals can focus on people.</p><p>" +
                     std::string(400, 'x') + " text.</p><p>By \xE2\x80\xA2 \xE2\x86\x90</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  EXPECT_EQ(SplitAuthors("By \xE2\x80\xA2"), std::vector<std::string>{});
  EXPECT_EQ(SplitAuthors("by jdoe"), std::vector<std::string>{"jdoe"});
}

// A page of links and nothing else (a link aggregator's front page): the
// list is the content, not an empty article (nor the few words of prose
// the page has, a search box's label).
TEST(Extract, ListPageWithoutProseKeepsItsList) {
  std::string rows;
  for (int i = 1; i <= 30; ++i) {
    const std::string n = std::to_string(i);
    rows += "<tr><td>" + n + ".</td><td><a href=\"https://example.com/story" + n + "\">Story number " + n +
            " about something that happened today</a></td></tr><tr><td></td><td><a href=/user" + n +
            ">someone</a> <a href=/item" + n + ">2 hours ago</a> | <a href=/hide" + n + ">hide</a> | <a href=/item" +
            n + ">discuss</a></td></tr>";
  }
  std::string html = "<html><head><title>Newest</title></head><body><table><tr><td><a href=/>Home</a> | "
                     "<a href=/new>new</a> | <a href=/past>past</a></td></tr><tr><td><table>" + rows +
                     "</table></td></tr><tr><td><a href=/faq>FAQ</a> | <a href=/legal>Legal</a>"
                     "<form>Search the site: <input name=q></form></td></tr></table></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Story number 1 about"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Story number 30 about"), std::string::npos);
  EXPECT_EQ(r->text.find("Legal"), std::string::npos) << "the footer links stay out";
  // The same when the site calls every page an article (og:type).
  const std::string as_article = "<html><head><meta property=\"og:type\" content=\"article\">" +
                                 html.substr(std::string("<html><head>").size());
  auto a = Extract(as_article);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Story number 30 about"), std::string::npos) << a->text;
}

// A section front whose <main> landmark holds its featured stories while
// the longer feed sits beside it: the landmark is main content by its
// markup and joins the feed.
TEST(Extract, MainLandmarkOutsideTheRootJoinsIt) {
  std::string featured, feed;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    featured += "<article class=lead><h2><a href=/top" + n + ">Top story " + n + " of the harbour desk: the ferries, "
                "the fares and the long wait for the new pier this winter</a></h2><p>Featured summary " + n +
                " on the ferries, the fares, the pier.</p></article>";
  }
  for (int i = 1; i <= 12; ++i) {
    const std::string n = std::to_string(i);
    feed += "<article class=item><h2><a href=/s" + n + ">Feed story " + n + " from the coast</a></h2><p>The town "
            "council met again on the matter of the sea wall, and story " + n + " tells what was decided.</p></article>";
  }
  const std::string html = "<html><head><title>Harbour news</title></head><body><nav><a href=/>Home</a> "
                           "<a href=/sport>Sport</a></nav><div class=front><main class=featured>" + featured +
                           "</main><div class=columns><section class=feed>" + feed + "</section></div></div>"
                           "<footer><a href=/about>About</a></footer></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Feed story 12 from the coast"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Featured summary 2 on the ferries, the fares"), std::string::npos) << r->text;
}

// A summary-classed element under the headline is a standfirst, but not
// when it is a list's card (a list item, or one of a row of its signature,
// or inside one): then it is the first item of the list and stays in the
// body.
TEST(Extract, CardSummaryIsNoDek) {
  auto page = [](const std::string& items) {
    return "<html><head><title>Popular walks</title></head><body><main><h1>Popular walks</h1>" + items +
           "</main></body></html>";
  };
  std::string items;
  for (int i = 1; i <= 6; ++i)
    items += "<li class=\"list-summary-item\"><div class=\"summary-body\"><a href=/w" + std::to_string(i) +
             ">Walk number " + std::to_string(i) + " along the old canal towpath</a> 6 km, 2 h</div></li>";
  auto r = Extract(page("<ul>" + items + "</ul>"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->dek.has_value()) << *r->dek;
  EXPECT_NE(r->text.find("Walk number 1 along"), std::string::npos) << r->text;
  // A standfirst standing alone under the headline is still the dek.
  auto lone = Extract(page("<p class=summary>Six walks along the canal, from the lock to the old mill.</p>"
                           "<p>The towpath was resurfaced last year and is now open to bicycles along its whole "
                           "length, from the lock keeper's cottage to the mill pond.</p>"));
  ASSERT_TRUE(lone.ok());
  ASSERT_TRUE(lone->dek.has_value());
  EXPECT_NE(lone->dek->find("Six walks"), std::string::npos) << *lone->dek;
  // ... and so is one in a class-less wrapper beside the headline's.
  auto halves = Extract("<html><head><title>Popular walks</title></head><body><article><header><div><h1>Popular "
                        "walks</h1></div><div><p class=summary>Six walks along the canal, from the lock to the old "
                        "mill.</p></div></header><p>The towpath was resurfaced last year and is now open to bicycles "
                        "along its whole length, from the lock keeper's cottage to the mill pond.</p></article>"
                        "</body></html>");
  ASSERT_TRUE(halves.ok());
  ASSERT_TRUE(halves->dek.has_value());
  EXPECT_NE(halves->dek->find("Six walks"), std::string::npos) << *halves->dek;
}

// A "deck"-classed box that holds headings of its own is a section (a
// product line's comparison, named after a product called a deck), not a
// standfirst: it stays in the body and is no dek.
TEST(Extract, DekHoldsNoHeading) {
  auto r = Extract(
      "<html><head><title>Trail deck</title></head><body><main><h1>Trail deck</h1>"
      "<section class=\"deck_models\"><div><h3>Trail deck 40</h3><ul><li>Forty litres of storage</li>"
      "<li>Folds to the size of a tray</li></ul></div><div><h3>Trail deck 60</h3><ul><li>Sixty litres of "
      "storage</li><li>Wheels for sand and gravel</li></ul></div></section>"
      "<p>The deck is a folding table and storage box for the back of a car, made of aluminium slats that "
      "roll up around the box when it is packed.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->dek.has_value() && r->dek->find("Forty litres") != std::string::npos) << *r->dek;
  EXPECT_NE(r->text.find("Wheels for sand and gravel"), std::string::npos) << r->text;
}

// The element under the headline that shows the meta description is the
// dek when it is a line or two; a paragraph's worth (the story's opening,
// copied into the description by the CMS) stays in the body.
TEST(Extract, LongDescriptionElementIsTheLead) {
  const std::string lead =
      "Problems with your teeth and gums can make it harder to eat, sleep and work, and many of them start "
      "long before they hurt. Regular checkups catch decay and gum disease early, when a filling or a cleaning "
      "is enough, and the clinics listed below see patients on a sliding scale whatever their insurance.";
  const std::string page = "<html><head><title>Oral health</title><meta property=og:type content=article>"
                           "<meta name=description content=\"" + lead +
                           "\"></head><body><main><h1>Oral health</h1><p>" + lead +
                           "</p><div><h2>Find a clinic</h2><p>Clinics are open on weekdays from eight to six, and "
                           "on Saturday mornings in the larger towns.</p></div></main></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("sliding scale"), std::string::npos) << r->text;
  // A short one is still the dek, out of the body.
  const std::string dek = "Why checkups matter, and where to find a clinic near you.";
  // (An article's: on other pages the line under the headline stays in the body.)
  auto s = Extract("<html><head><title>Oral health</title><meta property=og:type content=article>"
                   "<meta name=description content=\"" + dek +
                   "\"></head><body><main><h1>Oral health</h1><p>" + dek +
                   "</p><div><h2>Find a clinic</h2><p>Clinics are open on weekdays from eight to six, and on "
                   "Saturday mornings in the larger towns, with evening hours on Thursdays.</p></div></main>"
                   "</body></html>");
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(s->dek.has_value());
  EXPECT_EQ(*s->dek, dek);
  EXPECT_EQ(s->text.find("Why checkups matter"), std::string::npos) << s->text;
}

// A product's structured description leads the body when the page does not
// show it, but not one written percent-encoded (a script's field): that is
// no text for readers. A plain one still leads.
TEST(Extract, PercentEncodedDescriptionIsNoBody) {
  auto page = [](const std::string& description) {
    return "<html><head><title>Trail lantern</title><script type=\"application/ld+json\">{\"@context\":"
           "\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Trail lantern\",\"description\":\"" +
           description +
           "\"}</script></head><body><main><h1>Trail lantern</h1><ul><li>Weight: 180 g</li><li>Battery: 2600 mAh"
           "</li><li>Light: 20 to 300 lumens</li></ul></main></body></html>";
  };
  const std::string words =
      "A folding lantern of ripstop nylon that packs flat into a jacket pocket and throws a warm light over a "
      "whole table for an evening of cards at camp, charged from any USB port in an afternoon and good for "
      "three nights on its low setting.";
  std::string encoded;
  for (char ch : words) encoded += ch == ' ' ? std::string("%20") : ch == ',' ? std::string("%2C") : std::string(1, ch);
  auto r = Extract(page(encoded));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("%20"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("2600 mAh"), std::string::npos) << r->text;
  auto plain = Extract(page(words));
  ASSERT_TRUE(plain.ok());
  EXPECT_NE(plain->text.find("ripstop nylon"), std::string::npos) << plain->text;
}

// A line is judged by the text it shows: a select's options are not shown
// (only the chosen one, in the control), so a sort control's label with its
// options is the label alone, "Sort by", and is furniture.
TEST(Extract, SelectOptionsAreNotPartOfALine) {
  std::string cards;
  for (int i = 1; i <= 8; ++i)
    cards += "<div class=card><h3><a href=/b" + std::to_string(i) + ">Bread tin " + std::to_string(i) +
             "</a></h3><p>A loaf tin of folded steel, size " + std::to_string(i) + ", with rolled edges.</p></div>";
  auto r = Extract("<html><head><title>Bread tins</title></head><body><main><h1>Bread tins</h1><div class=tools>"
                   "<label>Sort by<select><option>Popularity</option><option>Price</option><option>Newest"
                   "</option></select></label></div>" + cards + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Bread tin 8"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Sort by"), std::string::npos) << r->text;
}

// On such a list page, cards classed as teasers are the items.
TEST(Extract, ListPageKeepsItsTeaserCards) {
  std::string cards;
  for (int i = 1; i <= 20; ++i) {
    const std::string n = std::to_string(i);
    cards += "<div class=\"teaser\"><h3><a href=\"/course" + n + "\">Course " + n +
             " on data science and statistics</a></h3><a href=\"/course" + n + "\">Online, self-paced, " + n +
             " weeks</a></div>";
  }
  std::string html = "<html><head><title>Data science</title></head><body><nav><a href=/>Home</a> "
                     "<a href=/all>All courses</a></nav><div class=\"results\">" + cards +
                     "</div><footer><a href=/about>About</a></footer></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Course 1 on data science"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Course 20 on data science"), std::string::npos);
}

// A shop's category page that calls itself an article (og:type): its
// product cards are all link, yet on the list they are the items.
TEST(Extract, ListOnAnArticlePageKeepsItsLinkCards) {
  std::string cards;
  for (int i = 1; i <= 12; ++i) {
    const std::string n = std::to_string(i);
    cards += "<div class=\"card product-" + n + "\"><a href=\"/mower" + n + "\"><h2>Mower model " + n +
             "</h2></a><a href=\"/mower" + n + "\">Quiet, autonomous, up to " + n + " acres per charge</a></div>";
  }
  const std::string html = "<html><head><meta property=\"og:type\" content=\"article\"><title>Mowers</title>"
                           "</head><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav><div class=\"grid\">" +
                           cards + "</div><footer><a href=/about>About</a></footer></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Mower model 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("up to 12 acres per charge"), std::string::npos) << r->text;
}

// A list's cards name their linked title "headline": each is an item's
// title, not the page's headline.
TEST(Extract, ListCardHeadlinesAreItems) {
  std::string cards;
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    cards += "<li class=\"teaser-item\"><div class=\"headline\"><a href=\"/story" + n + "\">Story " + n +
             " about the new bridge</a><p>The council met on day " + n +
             " to discuss the cost of the works and the traffic they will bring.</p></div></li>";
  }
  const std::string html = "<html><head><meta property=\"og:type\" content=\"article\"><title>Bridges</title>"
                           "</head><body><nav><a href=/>Home</a></nav><h1>Bridges</h1><ul class=\"stories\">" +
                           cards + "</ul></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Story 1 about the new bridge"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("on day 8 to discuss"), std::string::npos) << r->text;
}

// On an article, cards after the story each under a headline that links to
// another post, with an excerpt too long for the link to be a fifth of the
// card ("Latest posts": headline, excerpt, date), are other posts and go;
// an FAQ whose questions are in-page toggles stays, and so does a page made
// of such cards (an index that calls itself an article).
namespace {
std::string HeadedCards(int count, const std::string& href_prefix, bool link_around = false) {
  std::string cards;
  for (int i = 1; i <= count; ++i) {
    const std::string n = std::to_string(i);
    const std::string href = "<a href=\"" + href_prefix + n + "\">";
    cards += "<div class=\"item\">" +
             (link_around ? href + "<h3>Heading number " + n + "</h3></a>"
                          : "<h3>" + href + "Heading number " + n + "</a></h3>") +
             "<p>This excerpt number " + n +
             " runs on for a while about the harbour, its ferries, the fish market and the long walk along "
             "the sea wall that visitors take at dusk before dinner in the old town.</p><span>May " + n +
             ", 2025</span></div>";
  }
  return cards;
}
}  // namespace

TEST(Extract, ArticleDropsHeadedTeaserCardsAfterTheStory) {
  std::string story;
  for (int i = 0; i < 8; ++i)
    story += "<p>The town rebuilt its harbour wall over two winters, stone by stone, with money raised by the "
             "fishermen themselves and a loan from the county that took a decade to repay in full.</p>";
  const std::string head = "<html><head><meta property=\"og:type\" content=\"article\"><title>Harbour</title>"
                           "</head><body><h1>The harbour wall</h1><div class=\"wrap\"><div class=\"story\">" +
                           story + "</div>";
  auto r = Extract(head + "<div class=\"latest\">" + HeadedCards(5, "/posts/") + "</div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("loan from the county"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("excerpt number 3"), std::string::npos) << r->text;
  // The link may wrap the headline rather than sit in it.
  auto around = Extract(head + "<div class=\"latest\">" + HeadedCards(5, "/posts/", true) +
                        "</div></div></body></html>");
  ASSERT_TRUE(around.ok());
  EXPECT_NE(around->text.find("loan from the county"), std::string::npos) << around->text;
  EXPECT_EQ(around->text.find("excerpt number 3"), std::string::npos) << around->text;
  // In-page toggles (an FAQ's questions) are no links to other posts.
  auto faq = Extract(head + "<div class=\"faq\">" + HeadedCards(5, "#answer-") + "</div></div></body></html>");
  ASSERT_TRUE(faq.ok());
  EXPECT_NE(faq->text.find("excerpt number 3"), std::string::npos) << faq->text;
  // A page made of such cards keeps them.
  auto index = Extract("<html><head><meta property=\"og:type\" content=\"article\"><title>Harbour</title></head>"
                       "<body><h1>Harbour guides</h1><p>Our guides to the coast.</p><div class=\"a\">" +
                       HeadedCards(4, "/a/") + "</div><div class=\"b\">" + HeadedCards(4, "/b/") +
                       "</div></body></html>");
  ASSERT_TRUE(index.ok());
  EXPECT_NE(index->text.find("excerpt number 3"), std::string::npos) << index->text;
}

// A theme that sets each teaser card's headline in a title-classed <div>
// (a loop of <article> cards: title link, date, a clipped excerpt) instead
// of a heading: the cards after the story are other posts all the same,
// though the theme numbers their classes ("card card_1", "card card_2").
TEST(Extract, ArticleDropsTeaserCardsUnderTitleClassedLinks) {
  std::string story;
  for (int i = 0; i < 8; ++i)
    story += "<p>The town rebuilt its harbour wall over two winters, stone by stone, with money raised by the "
             "fishermen themselves and a loan from the county that took a decade to repay in full.</p>";
  std::string cards;
  for (int i = 1; i <= 5; ++i)
    cards += "<article class=\"card card_" + std::to_string(i) + "\"><div class=\"title\"><a href=\"/news/" + std::to_string(i) +
             "\">Ferry timetable changes " + std::to_string(i) +
             "</a></div><div class=\"when\">March 3, 2024</div><div class=\"body\">The island ferry will "
             "run two extra sailings each weekend through the summer, the operator said, in excerpt number " +
             std::to_string(i) + " of the feed...</div></article>";
  auto r = Extract("<html><head><meta property=\"og:type\" content=\"article\"><title>Harbour</title></head>"
                   "<body><h1>The harbour wall</h1><div class=\"wrap\">" +
                   story + "<div class=\"strip\">" + cards + "</div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("loan from the county"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("excerpt number 3"), std::string::npos) << r->text;
}

// A story its CMS did not type (no og:type, no JSON-LD: a site builder's
// blog post) that shows a byline and a date stamp under its headline: the
// cards of other posts after it are furniture, as on an article. A page
// without those signs keeps them (a list page's cards are its content).
TEST(Extract, SignedStoryDropsHeadedTeaserCardsAfterIt) {
  std::string story;
  for (int i = 0; i < 8; ++i)
    story += "<p>The town rebuilt its harbour wall over two winters, stone by stone, with money raised by the "
             "fishermen themselves and a loan from the county that took a decade to repay in full.</p>";
  const std::string rest = "<div class=\"wrap\"><div class=\"story\">" + story + "</div><div class=\"latest\">" +
                           HeadedCards(5, "/posts/") + "</div></div></body></html>";
  const std::string head = "<html><head><title>Harbour</title></head><body><h1>The harbour wall</h1>";
  auto signed_story =
      Extract(head + "<p class=\"byline\">By Jane Doe</p><p class=\"date\">March 3, 2024</p>" + rest);
  ASSERT_TRUE(signed_story.ok());
  EXPECT_EQ(signed_story->page_type, "page");
  EXPECT_NE(signed_story->text.find("loan from the county"), std::string::npos) << signed_story->text;
  EXPECT_EQ(signed_story->text.find("excerpt number 3"), std::string::npos) << signed_story->text;
  auto unsigned_page = Extract(head + rest);
  ASSERT_TRUE(unsigned_page.ok());
  EXPECT_NE(unsigned_page->text.find("excerpt number 3"), std::string::npos) << unsigned_page->text;
  // Cards that are a good part link (a "more walks" strip) go too.
  std::string links;
  for (int i = 1; i <= 5; ++i)
    links += "<div class=\"more\"><a href=\"/posts/" + std::to_string(i) +
             "\">Another walk along the coast path, part " + std::to_string(i) +
             "</a><p>Four miles from the harbour to the lighthouse and back.</p></div>";
  const std::string linked = "<div class=\"wrap\"><div class=\"story\">" + story + "</div><div class=\"strip\">" +
                             links + "</div></div></body></html>";
  auto signed_links =
      Extract(head + "<p class=\"byline\">By Jane Doe</p><p class=\"date\">March 3, 2024</p>" + linked);
  ASSERT_TRUE(signed_links.ok());
  EXPECT_NE(signed_links->text.find("loan from the county"), std::string::npos) << signed_links->text;
  EXPECT_EQ(signed_links->text.find("coast path, part 3"), std::string::npos) << signed_links->text;
  auto unsigned_links = Extract(head + linked);
  ASSERT_TRUE(unsigned_links.ok());
  EXPECT_NE(unsigned_links->text.find("coast path, part 3"), std::string::npos) << unsigned_links->text;
  // So does the writer's bio box under it.
  const std::string bio = "<div class=\"wrap\"><div class=\"story\">" + story +
                          "</div><div class=\"author-info\"><p>Jane Doe is a freelance writer who has covered the "
                          "coast, its towns and their harbours for twenty years, first for a weekly paper and now for "
                          "magazines and her own newsletter about life by the sea, its weather, its boats and the people "
                          "who keep the old harbour working through the long winters.</p></div></div></body></html>";
  auto signed_bio = Extract(head + "<p class=\"byline\">By Jane Doe</p><p class=\"date\">March 3, 2024</p>" + bio);
  ASSERT_TRUE(signed_bio.ok());
  EXPECT_NE(signed_bio->text.find("loan from the county"), std::string::npos) << signed_bio->text;
  EXPECT_EQ(signed_bio->text.find("freelance writer"), std::string::npos) << signed_bio->text;
  auto unsigned_bio = Extract(head + bio);
  ASSERT_TRUE(unsigned_bio.ok());
  EXPECT_NE(unsigned_bio->text.find("freelance writer"), std::string::npos) << unsigned_bio->text;
}

// A story that shows its date under its headline but names no writer (a
// team blog's post with no byline) is a signed story too: the cards of
// other posts after it go. Without the stamp they stay.
TEST(Extract, DatedStoryWithoutBylineDropsTeaserCardsAfterIt) {
  std::string story;
  for (int i = 0; i < 8; ++i)
    story += "<p>The town rebuilt its harbour wall over two winters, stone by stone, with money raised by the "
             "fishermen themselves and a loan from the county that took a decade to repay in full.</p>";
  const std::string rest = "<div class=\"wrap\"><div class=\"story\">" + story + "</div><div class=\"latest\">" +
                           HeadedCards(5, "/posts/") + "</div></div></body></html>";
  const std::string head = "<html><head><title>Harbour</title></head><body><h1>The harbour wall</h1>";
  auto dated = Extract(head + "<p class=\"date\">March 3, 2024</p>" + rest);
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(dated->page_type, "page");
  EXPECT_TRUE(dated->authors.empty());
  EXPECT_NE(dated->text.find("loan from the county"), std::string::npos) << dated->text;
  EXPECT_EQ(dated->text.find("excerpt number 3"), std::string::npos) << dated->text;
  auto undated = Extract(head + rest);
  ASSERT_TRUE(undated.ok());
  EXPECT_NE(undated->text.find("excerpt number 3"), std::string::npos) << undated->text;
}

// On a signed story, as on an article, a line that only repeats the
// writer's name over the story (no story paragraph before it) is its byline.
TEST(Extract, SignedStoryDropsTheWritersNameLine) {
  std::string story;
  for (int i = 0; i < 8; ++i)
    story += "<p>The town rebuilt its harbour wall over two winters, stone by stone, with money raised by the "
             "fishermen themselves and a loan from the county that took a decade to repay in full.</p>";
  const std::string head = "<html><head><title>Harbour</title></head><body><h1>The harbour wall</h1>";
  const std::string rest = "<div class=\"story\"><p>Jane Doe</p>" + story + "</div></body></html>";
  auto signed_story = Extract(head + "<p class=\"byline\">By Jane Doe</p><p class=\"date\">March 3, 2024</p>" + rest);
  ASSERT_TRUE(signed_story.ok());
  EXPECT_EQ(signed_story->page_type, "page");
  EXPECT_NE(signed_story->text.find("loan from the county"), std::string::npos) << signed_story->text;
  EXPECT_EQ(signed_story->text.find("Jane Doe"), std::string::npos) << signed_story->text;
  auto unsigned_page = Extract(head + rest);
  ASSERT_TRUE(unsigned_page.ok());
  EXPECT_NE(unsigned_page->text.find("Jane Doe"), std::string::npos) << unsigned_page->text;
}

// A signed story is read in page mode like any untyped page: the link list
// inside it (a recipe's ingredients linking to a shop) stays, and so does
// a section of the story after an ad slot beside it in <main> (f51325c read
// such a story as an article's root, dropping both; reverted).
TEST(Extract, SignedStoryKeepsItsLinkListsAndSectionsAfterAnAd) {
  std::string story;
  for (int i = 0; i < 4; ++i)
    story += "<p>We spent the spring walking the old canal towpath from the lock cottages to the mill, noting "
             "every bridge, every heron and every boat left to rot in the reeds since the last dredging.</p>";
  const std::string head =
      "<html><head><title>Canal</title></head><body><main><h1>How to walk the old canal towpath</h1>"
      "<p class=\"byline\">By Jane Doe</p><p class=\"date\">March 3, 2024</p>";
  auto recipe = Extract(head + "<div class=\"recipe\">" + story +
                        "<h2>Ingredients</h2><ul class=\"ingredients\"><li><a href=\"/shop/flour\">200g plain "
                        "flour</a></li><li><a href=\"/shop/eggs\">2 large eggs</a></li><li><a href=\"/shop/milk\">"
                        "300ml whole milk</a></li><li><a href=\"/shop/butter\">1 tbsp butter</a></li></ul>"
                        "<h2>Method</h2><p>Mix, rest, and fry in butter until golden.</p></div></main></body></html>");
  ASSERT_TRUE(recipe.ok());
  EXPECT_EQ(recipe->page_type, "page");
  ASSERT_FALSE(recipe->authors.empty());
  EXPECT_NE(recipe->text.find("plain flour"), std::string::npos) << recipe->text;
  auto split = Extract(head + "<div class=\"post-body\">" + story +
                       "</div><div class=\"ad-slot\"><a href=\"/ads\">Advertisement</a></div><div class=\"post-extra\">"
                       "<h2>Getting there</h2><p>The number 12 bus stops by the lock cottages every hour, and there "
                       "is free parking at the mill.</p><ul><li><a href=\"/maps/lock\">Map of the lock car park</a>"
                       "</li><li><a href=\"/timetable\">Bus 12 timetable</a></li></ul></div></main></body></html>");
  ASSERT_TRUE(split.ok());
  EXPECT_NE(split->text.find("number 12 bus"), std::string::npos) << split->text;
  EXPECT_NE(split->text.find("Bus 12 timetable"), std::string::npos) << split->text;
}

// A signed story keeps its link lists (page mode), but not the list of
// other posts under a label that points to them ("If you liked this post
// you might also like:"), nor that label; a list under a label of its own
// ("Ingredients:") stays, and so does the same list on an undated page.
TEST(Extract, SignedStoryDropsAListOfPostsUnderARelatedLabel) {
  std::string story;
  for (int i = 0; i < 4; ++i)
    story += "<p>We spent the spring walking the old canal towpath from the lock cottages to the mill, noting "
             "every bridge, every heron and every boat left to rot in the reeds since the last dredging.</p>";
  const std::string head = "<html><head><title>Canal</title></head><body><main><h1>How to walk the old canal</h1>";
  const std::string signs = "<p class=\"byline\">By Jane Doe</p><p class=\"date\">March 3, 2024</p>";
  const std::string lists =
      "<div class=\"post\">" + story +
      "<p>Ingredients:</p><ul><li><a href=\"/shop/flour\">200g plain flour</a></li><li><a href=\"/shop/eggs\">2 "
      "large eggs</a></li></ul><p>If you enjoyed this walk you might also like:</p><ul><li><a href=\"/walks/1\">"
      "Ten miles of the river path</a></li><li><a href=\"/walks/2\">A winter round of the reservoirs</a></li></ul>"
      "</div></main></body></html>";
  auto signed_story = Extract(head + signs + lists);
  ASSERT_TRUE(signed_story.ok());
  EXPECT_EQ(signed_story->page_type, "page");
  EXPECT_NE(signed_story->text.find("plain flour"), std::string::npos) << signed_story->text;
  EXPECT_EQ(signed_story->text.find("might also like"), std::string::npos) << signed_story->text;
  EXPECT_EQ(signed_story->text.find("river path"), std::string::npos) << signed_story->text;
  auto undated = Extract(head + lists);
  ASSERT_TRUE(undated.ok());
  EXPECT_NE(undated->text.find("river path"), std::string::npos) << undated->text;
}

// A signed story's strip of the site's other posts under a heading that
// names it ("Featured articles", "Keep reading") goes, as on an article;
// on an undated page such a heading may head the page's own list.
TEST(Extract, SignedStoryDropsItsFeaturedArticlesStrip) {
  std::string story;
  for (int i = 0; i < 4; ++i)
    story += "<p>We spent the spring walking the old canal towpath from the lock cottages to the mill, noting "
             "every bridge, every heron and every boat left to rot in the reeds since the last dredging.</p>";
  const std::string head = "<html><head><title>Canal</title></head><body><main><h1>How to walk the old canal</h1>";
  const std::string signs = "<p class=\"byline\">By Jane Doe</p><p class=\"date\">March 3, 2024</p>";
  const std::string rest = "<div class=\"post\">" + story +
                           "<h3>Featured articles</h3><div><a href=\"/walks/1\"><h4>Ten miles of the river path"
                           "</h4><p>From the weir to the ferry, with a pub at each end.</p></a></div></div>"
                           "</main></body></html>";
  auto signed_story = Extract(head + signs + rest);
  ASSERT_TRUE(signed_story.ok());
  EXPECT_EQ(signed_story->page_type, "page");
  EXPECT_NE(signed_story->text.find("last dredging"), std::string::npos) << signed_story->text;
  EXPECT_EQ(signed_story->text.find("river path"), std::string::npos) << signed_story->text;
  auto undated = Extract(head + rest);
  ASSERT_TRUE(undated.ok());
  EXPECT_NE(undated->text.find("river path"), std::string::npos) << undated->text;
}

// On an undated page that declares nothing, after a story's worth of
// prose (a company blog's post read in page mode), the strip of the site's
// other posts under "Featured articles" or "Latest articles" goes, as on an
// article; over the page's first words (a blog's index) it heads the
// page's own list, and over a paragraph it heads the page's text.
TEST(Extract, UndatedStoryDropsItsStoryStripAfterItsProse) {
  std::string story;
  for (int i = 0; i < 10; ++i)
    story += "<p>We spent the spring walking the old canal towpath from the lock cottages to the mill, noting "
             "every bridge, every heron and every boat left to rot in the reeds since the last dredging.</p>";
  const std::string head = "<html><head><title>Canal</title></head><body><main><h1>How to walk the old canal</h1>";
  const std::string strip = "<div><h3>Latest articles</h3></div><div class=\"grid\">"
                            "<a href=\"/walks/1\"><h4>Ten miles of the river path</h4><p>From the weir to the "
                            "ferry.</p></a><a href=\"/walks/2\"><h4>The moor in winter</h4><p>Snow, sheep and a "
                            "bothy.</p></a><a href=\"/walks/3\"><h4>Three lighthouses</h4><p>A coast walk in a day."
                            "</p></a></div>";
  auto page = Extract(head + "<div class=\"post\">" + story + "</div>" + strip + "</main></body></html>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->page_type, "page");
  EXPECT_NE(page->text.find("last dredging"), std::string::npos) << page->text;
  EXPECT_EQ(page->text.find("river path"), std::string::npos) << page->text;
  EXPECT_EQ(page->text.find("Latest articles"), std::string::npos) << page->text;
  // Before the prose: a blog's index of its latest posts.
  auto index = Extract(head + strip + "<div class=\"post\">" + story + "</div></main></body></html>");
  ASSERT_TRUE(index.ok());
  EXPECT_NE(index->text.find("river path"), std::string::npos) << index->text;
  // Over a paragraph of the page: its text.
  auto prose = Extract(head + "<div class=\"post\">" + story + "</div><div><h3>Latest articles</h3></div>"
                       "<p>Our latest articles cover the northern canals, walked in both directions with the "
                       "lock keepers as our guides.</p></main></body></html>");
  ASSERT_TRUE(prose.ok());
  EXPECT_NE(prose->text.find("lock keepers"), std::string::npos) << prose->text;
  EXPECT_TRUE(IsStoryFurnitureHeading("Latest articles"));
}

// On a declared article, a writer's card under the story in boxes of no
// byline class: the writer's linked name and role, then the bio that opens
// on the name. The bio goes; the same paragraph after the story's own
// paragraph (its note on a contributor) stays.
TEST(Extract, ArticleDropsTheBioInAnUnclassedWritersCard) {
  std::string story;
  for (int i = 0; i < 4; ++i)
    story += "<p>We spent the spring walking the old canal towpath from the lock cottages to the mill, noting "
             "every bridge, every heron and every boat left to rot in the reeds since the last dredging.</p>";
  const std::string head =
      "<html><head><title>Canal</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"headline\":\"How to walk the old canal\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}"
      "</script></head><body><main><article><h1>How to walk the old canal</h1>";
  const std::string bio = "<p>Jane Doe is a walker and a writer who has mapped the towpaths of the north for "
                          "twenty years, and leads a walk every month.</p>";
  auto card = Extract(head + "<div class=\"x1\">" + story + "</div><div class=\"x2\"><div class=\"x3\">"
                      "<a href=\"/people/jane-doe\">Jane Doe</a><div>Contributing Writer</div></div>"
                      "<div class=\"x4\"><div>" + bio + "</div></div></div></article></main></body></html>");
  ASSERT_TRUE(card.ok());
  EXPECT_EQ(card->page_type, "article");
  EXPECT_NE(card->text.find("last dredging"), std::string::npos) << card->text;
  EXPECT_EQ(card->text.find("mapped the towpaths"), std::string::npos) << card->text;
  auto note = Extract(head + "<div class=\"x1\">" + story + bio + "</div></article></main></body></html>");
  ASSERT_TRUE(note.ok());
  EXPECT_NE(note->text.find("mapped the towpaths"), std::string::npos) << note->text;
}

// On a page that declares no article, the writer's bio under the story in
// a box of no byline class: a block that opens on the byline's name and
// says who the writer is goes. A paragraph of the story that names the
// writer's subject stays, and so does the bio on an undated page whose
// writer is not named (nothing to match).
TEST(Extract, UntypedStoryDropsTheWritersUnclassedBio) {
  std::string story;
  for (int i = 0; i < 4; ++i)
    story += "<p>We spent the spring walking the old canal towpath from the lock cottages to the mill, noting "
             "every bridge, every heron and every boat left to rot in the reeds since the last dredging.</p>";
  const std::string head = "<html><head><title>Canal</title></head><body><main><h1>How to walk the old canal</h1>"
                           "<p class=\"byline\">By Jane Doe</p><p class=\"date\">March 3, 2024</p>";
  const std::string bio = "<div class=\"box\"><div>Jane Doe is a walker and a writer who has mapped the towpaths "
                          "of the north for twenty years.</div></div>";
  auto page = Extract(head + "<div class=\"post\">" + story + "</div>" + bio + "</main></body></html>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->page_type, "page");
  ASSERT_FALSE(page->authors.empty());
  EXPECT_NE(page->text.find("last dredging"), std::string::npos) << page->text;
  EXPECT_EQ(page->text.find("mapped the towpaths"), std::string::npos) << page->text;
  // Followed by the story's paragraphs, it is the story's.
  auto inside = Extract(head + "<div class=\"post\"><p>Jane Doe is a walker and a writer who has mapped the "
                                "towpaths of the north for twenty years.</p>" + story + "</div></main></body></html>");
  ASSERT_TRUE(inside.ok());
  EXPECT_NE(inside->text.find("mapped the towpaths"), std::string::npos) << inside->text;
  EXPECT_TRUE(OpensOnWriterBio("*Jane Doe, MD, is a pediatrician in town.", std::vector<std::string>{"Jane Doe"}));
  EXPECT_FALSE(OpensOnWriterBio("Jane Doe walked the canal twice.", std::vector<std::string>{"Jane Doe"}));
  EXPECT_FALSE(OpensOnWriterBio("Jane is a walker.", std::vector<std::string>{"Jane"}));
}

// An inline pointer to another post ("Also check: <a>...</a>") is not the
// story's text.
TEST(Extract, AlsoCheckLineIsARelatedLine) {
  EXPECT_TRUE(StartsWithRelatedCue("Also Check: Ten walks by the sea"));
  EXPECT_TRUE(StartsWithRelatedCue("Don\xE2\x80\x99t miss: Ten walks by the sea"));
  EXPECT_TRUE(IsRelatedListLabel("If you liked this post you might also like:"));
  EXPECT_TRUE(IsRelatedListLabel("Related posts:"));
  EXPECT_FALSE(IsRelatedListLabel("If you liked this post you might also like"));
  EXPECT_FALSE(IsRelatedListLabel("Ingredients:"));
  EXPECT_FALSE(IsRelatedListLabel("Things I'd reread:"));
  EXPECT_TRUE(IsStoryFurnitureHeading("Keep reading"));
  EXPECT_FALSE(IsStoryFurnitureHeading("Keep reading the label"));
}

// A signed story shows its writer: authors from a visible byline and a
// published stamp. A service page whose authors come from a site-wide
// <meta name="author">, or whose stamp is a "Last updated" one, is no
// story: its cards (the services it offers) stay.
TEST(Extract, SignedStoryNeedsAVisibleBylineAndAPublishedStamp) {
  std::string intro;
  for (int i = 0; i < 8; ++i)
    intro += "<p>We repair and service all makes of bicycle in our workshop by the station, from a simple "
             "puncture to a full rebuild of wheels, gears and brakes, usually within two working days.</p>";
  const std::string rest = "<div class=\"wrap\"><div class=\"intro\">" + intro + "</div><div class=\"services\">" +
                           HeadedCards(5, "/services/") + "</div></div></body></html>";
  auto meta_author = Extract("<html><head><title>Bike repairs</title><meta name=\"author\" content=\"Jane Doe\">"
                             "</head><body><h1>Bike repairs</h1><p class=\"date\">March 3, 2024</p>" + rest);
  ASSERT_TRUE(meta_author.ok());
  EXPECT_EQ(meta_author->page_type, "page");
  ASSERT_FALSE(meta_author->authors.empty());
  EXPECT_NE(meta_author->text.find("excerpt number 3"), std::string::npos) << meta_author->text;
  auto updated = Extract("<html><head><title>Bike repairs</title></head><body><h1>Bike repairs</h1>"
                         "<p class=\"byline\">By Jane Doe</p><p class=\"updated\">Last updated March 3, 2024</p>" +
                         rest);
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->page_type, "page");
  ASSERT_FALSE(updated->authors.empty());
  EXPECT_NE(updated->text.find("excerpt number 3"), std::string::npos) << updated->text;
}

// A news section that calls itself an article (og:type): its content is
// a run of short cards, each under its own headline-classed heading. The
// headlines are the items, not the story's headline. A story with sections
// of long prose under its headings is still an article.
TEST(Extract, ArticleTypedIndexOfCardsKeepsTheirHeadlines) {
  std::string cards;
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    cards += "<section class=\"item\"><h4 class=\"story-headline\">Volunteers plant trees in ward " + n +
             "</h4><p>Neighbours met on Saturday morning number " + n +
             " to plant oaks and limes along the canal path, with help from the council's gardeners.</p>"
             "<p><a href=\"/news/" + n + "\">Read more</a></p></section>";
  }
  const std::string html = "<html><head><meta property=\"og:type\" content=\"article\"><title>In the news</title>"
                           "</head><body><nav><a href=/>Home</a> <a href=/about>About</a></nav><article>"
                           "<h1>In the news</h1>" + cards + "</article><footer><a href=/contact>Contact</a></footer>"
                           "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Volunteers plant trees in ward 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Volunteers plant trees in ward 8"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("on Saturday morning number 8"), std::string::npos) << r->text;

  // Sections of long prose under headline-classed headings: a story.
  const std::string prose =
      "The canal path was laid out in the last century and has seen little care since; the council now plans "
      "to resurface it, light it, and plant it along its whole length, which residents have asked for at every "
      "meeting of the ward committee for more than a decade, and which the new budget finally allows for. Work "
      "starts in the spring at the lock and moves west, a few hundred metres a month, so that the path is never "
      "closed for more than a week at any one place.";
  std::string sections;
  for (int i = 1; i <= 6; ++i)
    sections += "<h4 class=\"story-headline\">Part " + std::to_string(i) + "</h4><p>" + prose + "</p>";
  const std::string story = "<html><head><meta property=\"og:type\" content=\"article\"><title>The canal</title>"
                            "</head><body><article>" + sections + "</article></body></html>";
  auto s = Extract(story);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->text.find("Part 1"), std::string::npos) << s->text;
  EXPECT_NE(s->text.find("which the new budget finally allows for"), std::string::npos);
}

// A list article (an index of names under letter headings) has a short
// lead and a long list of links: the list is the body. A short story
// beside a longer list of other stories keeps its own text.
TEST(Extract, ShortLeadGivesWayToTheListHoldingIt) {
  std::string sections;
  for (char c = 'A'; c <= 'L'; ++c) {
    sections += std::string("<h2>") + c + "</h2><ul>";
    for (int i = 1; i <= 6; ++i)
      sections += std::string("<li><a href=\"/wiki/") + c + std::to_string(i) + "\">" + c + "lang " +
                  std::to_string(i) + " programming language</a></li>";
    sections += "</ul>";
  }
  const std::string lead =
      "<p>This is an index of notable programming languages, in current or historical use, sorted by name. "
      "Dialects of older languages, which have their own pages, are not included here.</p>";
  const std::string list_page = "<html><head><meta property=\"og:type\" content=\"article\"><title>Languages"
                                "</title></head><body><nav><a href=/>Home</a> <a href=/random>Random</a></nav>"
                                "<main><div class=\"content\">" + lead + sections +
                                "</div></main><footer><a href=/about>About</a></footer></body></html>";
  auto r = Extract(list_page);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("This is an index"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Alang 1 programming language"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Llang 6 programming language"), std::string::npos) << r->text;

  std::string more;
  for (int i = 1; i <= 30; ++i)
    more += "<li><a href=\"/story" + std::to_string(i) + "\">Another story number " + std::to_string(i) +
            " from the newsroom today</a></li>";
  const std::string story_page =
      "<html><head><meta property=\"og:type\" content=\"article\"><title>Story</title></head><body>"
      "<div id=\"page\"><article><p>The council said on Tuesday that it would not raise the tax this year, but "
      "that it would look again at the plan when the next budget is set.</p></article>"
      "<div class=\"more\"><ul>" + more + "</ul></div></div></body></html>";
  auto s = Extract(story_page);
  ASSERT_TRUE(s.ok());
  EXPECT_NE(s->text.find("The council said"), std::string::npos) << s->text;
  EXPECT_EQ(s->text.find("Another story number"), std::string::npos) << s->text;
}

TEST(Extract, DropsBoilerplateKeepsStructure) {
  std::string para = "This is a long paragraph of real article text that goes on for a while. ";
  std::string html = "<html><body><nav><a href=/a>Home</a> <a href=/b>World</a></nav>"
                     "<div class=content><h2>Sub heading</h2><p>" + para + para + "</p>"
                     "<ul><li>first point made</li><li>second point made</li></ul>"
                     "<div class=share-bar><a href=#>Share on Facebook</a></div>"
                     "<pre><code class=language-py>def f():\n    return 1</code></pre>"
                     "<p>" + para + "</p></div>"
                     "<footer>Copyright and privacy policy and more links</footer></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Sub heading"), std::string::npos);
  EXPECT_NE(t.find("first point made\nsecond point made"), std::string::npos);
  EXPECT_NE(t.find("def f():\n    return 1"), std::string::npos);
  EXPECT_EQ(t.find("Home"), std::string::npos);
  EXPECT_EQ(t.find("Share on Facebook"), std::string::npos);
  EXPECT_EQ(t.find("Copyright"), std::string::npos);
  std::string md = ToMarkdown(r.value());
  EXPECT_NE(md.find("## Sub heading"), std::string::npos);
  EXPECT_NE(md.find("- first point made\n- second point made"), std::string::npos);
  EXPECT_NE(md.find("```py\ndef f():\n    return 1\n```"), std::string::npos);
}

// A list item made of <div>s (a product card: its name, its colours, its
// price) shows each on its own line: the words do not run together.
TEST(Extract, BlocksInsideAListItemAreSeparated) {
  std::string para = "This is a long paragraph of real article text that goes on for a while. ";
  std::string html = "<html><body><div class=content><p>" + para + para + "</p><ul>"
                     "<li><div>Glass tumbler</div><div><a href=/c/1>Amber</a></div><div><a href=/c/2>Teal</a>"
                     "</div><div>$12</div></li><li><div>Stone mug</div><div>$9</div></li></ul><p>" + para +
                     "</p></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Glass tumbler Amber Teal $12\nStone mug $9"), std::string::npos) << t;
}

// Two elements whose texts meet without a space where a word ends and a
// capitalised word starts are laid apart by style (a byline's name and its
// date): two words. A word split by markup ("<b>Hel</b>lo", "H<sub>2</sub>O",
// "Open<b>AI</b>") stays one.
TEST(Extract, StyledNeighboursAreSeparateWords) {
  std::string para = "This is a long paragraph of real article text that goes on for a while. ";
  std::string html = "<html><body><div class=content><p>" + para + para + "</p><ul>"
                     "<li><span><span>Emma Stone</span></span><time>Mar 5</time></li>"
                     "<li><span>Old Town</span><span>Ocean Kayak</span> at <b>$12</b>.50</li></ul><p>" + para +
                     "<b>Hel</b>lo, water is H<sub>2</sub>O and <i>iPhone</i>s are phones.</p><p>" + para +
                     "Open<b>AI</b> and <b>You</b>Tube are brands.</p></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Emma Stone Mar 5"), std::string::npos) << t;
  EXPECT_NE(t.find("Old Town Ocean Kayak at $12.50"), std::string::npos) << t;
  EXPECT_NE(t.find("Hello, water is H2O and iPhones are phones."), std::string::npos) << t;
  // Text and an element inside one word are not neighbours.
  EXPECT_NE(t.find("OpenAI and YouTube are brands."), std::string::npos) << t;
}

// The line under a page's headline is reported as the dek; on a page that
// is not an article (a list, a service's landing page) it is the page's own
// words and stays in the body too. An article's standfirst is set apart.
TEST(Extract, DekStaysInBodyOutsideArticles) {
  auto page = [](std::string_view head) {
    return std::string("<html><head><title>Harbour walks</title>") + std::string(head) +
           "</head><body><main><h1>Harbour walks</h1>"
           "<h2>Six walks along the old harbour wall, from an hour to a whole day.</h2>"
           "<p>The first walk starts at the lighthouse and follows the wall to the fish market, where the "
           "path turns inland past the old rope works and the chapel on the hill.</p>"
           "<p>The second walk is longer and takes in both beaches, the dunes and the bird reserve.</p>"
           "</main></body></html>";
  };
  auto list = Extract(page(""));
  ASSERT_TRUE(list.ok());
  ASSERT_TRUE(list->dek.has_value());
  EXPECT_NE(list->text.find("Six walks along the old harbour wall"), std::string::npos) << list->text;
  auto story = Extract(page("<meta property=og:type content=article>"));
  ASSERT_TRUE(story.ok());
  ASSERT_TRUE(story->dek.has_value());
  EXPECT_EQ(story->page_type, "article");
  EXPECT_EQ(story->text.find("Six walks along the old harbour wall"), std::string::npos) << story->text;
}

// A card drawn twice inside itself (a phone and a desktop layout of its
// date and price) shows each line once; a line that every card of the grid
// repeats ("Sold out") stays in each card, and so do a table's cells.
TEST(Extract, CardLineDrawnTwiceInCardIsKeptOnce) {
  std::string cards;
  const char* names[] = {"Harbour Lights Festival", "Night Market on the Pier", "Autumn Book Fair"};
  const char* dates[] = {"Fri, Oct 3, 7:00 PM", "Sat, Oct 4, 6:30 PM", "Sun, Oct 5, 10:00 AM"};
  for (int i = 0; i < 3; ++i)
    cards += std::string("<li class=event><h3><a href=/e/") + std::to_string(i) + ">" + names[i] +
             "</a></h3><div class=phone-view><p>" + dates[i] + "</p><p>From $15 per person</p></div>"
             "<div class=desktop-view><p>" + dates[i] + "</p><p>From $15 per person</p></div>"
             "<p class=stock>Sold out</p></li>";
  std::string html = "<html><head><title>Events this week</title></head><body><main><h1>Events this week</h1>"
                     "<p>Every event in town this week, with its date and the price of a ticket.</p><ul>" + cards +
                     "</ul><table><tr><th>Plan</th><th>Basic</th><th>Plus</th></tr>"
                     "<tr><td>Support hours</td><td>Office hours</td><td>Office hours</td></tr></table>"
                     "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  auto count = [&](std::string_view s) {
    size_t n = 0;
    for (size_t at = t.find(s); at != std::string::npos; at = t.find(s, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("Fri, Oct 3, 7:00 PM"), 1u) << t;
  EXPECT_EQ(count("Sun, Oct 5, 10:00 AM"), 1u) << t;
  EXPECT_EQ(count("From $15 per person"), 3u) << t;
  EXPECT_EQ(count("Sold out"), 3u) << t;
  EXPECT_EQ(count("Office hours"), 2u) << t;
}

TEST(Vocabulary, EngagementCountLines) {
  EXPECT_TRUE(IsEngagementCountLine("14 comments"));
  EXPECT_TRUE(IsEngagementCountLine(" 1,693 views "));
  EXPECT_TRUE(IsEngagementCountLine("44 reactions  27 comments"));
  EXPECT_TRUE(IsEngagementCountLine("1.2K likes \xC2\xB7 3 shares"));
  EXPECT_FALSE(IsEngagementCountLine("14 comments on the new bridge"));
  EXPECT_FALSE(IsEngagementCountLine("Comments"));
  EXPECT_FALSE(IsEngagementCountLine("3 apples"));
  EXPECT_TRUE(IsEngagementCountLine("1.2M views"));
}

// A post's meta line's counts are read as the engagement counts are: a
// number, a magnitude, a unit ("6min" is minutes, not millions).
TEST(Vocabulary, MetaCounts) {
  for (const char* c : {"6 min", "5 min read", "5-min read", "6min", "1,200 words", "3.4k views", "12 comments"})
    EXPECT_TRUE(IsMetaCount(c)) << c;
  for (const char* c : {"10:30", "min", "6 apples", "6 min read on the train", "1,200"})
    EXPECT_FALSE(IsMetaCount(c)) << c;
}

// A teaser's tally of its discussion ("14 comments") on a line of its own
// is no part of a list page's text.
TEST(Extract, CardEngagementCountsAreDroppedOutsideThreads) {
  std::string cards;
  const char* names[] = {"Tuning a slow query", "Why our build got faster", "A week of on-call notes"};
  const char* blurbs[] = {"We found the index that the planner kept ignoring and why it did.",
                          "Caching the toolchain cut our build from twenty minutes to six.",
                          "What broke, what paged us at night, and what we changed after."};
  for (int i = 0; i < 3; ++i)
    cards += std::string("<div class=post-card><h2><a href=/p/") + std::to_string(i) + ">" + names[i] +
             "</a></h2><p>" + blurbs[i] + "</p><p>" + std::to_string(i * 7 + 2) +
             " comments</p></div>";
  std::string html = "<html><head><title>Engineering notes</title></head><body><main><h1>Engineering notes</h1>" +
                     cards + "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Caching the toolchain"), std::string::npos) << t;
  EXPECT_EQ(t.find("comments"), std::string::npos) << t;
}

// A card's tally read as shown: the icons' <svg> titles between the counts
// ("<svg><title>Comments</title></svg>27 comments") are no words of the
// line, so the row of counts goes whole.
TEST(Extract, CardTallyRowWithIconTitlesIsDropped) {
  std::string cards;
  const char* names[] = {"Tuning a slow query", "Why our build got faster", "A week of on-call notes"};
  const char* blurbs[] = {"We found the index that the planner kept ignoring and why it did.",
                          "Caching the toolchain cut our build from twenty minutes to six.",
                          "What broke, what paged us at night, and what we changed after."};
  for (int i = 0; i < 3; ++i) {
    const std::string href = std::string("/p/") + std::to_string(i);
    cards += "<div class=post-card><h2><a href=" + href + ">" + names[i] + "</a></h2><p>" + blurbs[i] +
             "</p><div class=row><a href=" + href + "><svg><title>Reactions</title></svg>" +
             std::to_string(i * 5 + 4) + " reactions</a> <a href=" + href +
             "#comments><svg><title>Comments</title></svg>" + std::to_string(i * 7 + 2) +
             " comments</a></div></div>";
  }
  std::string html = "<html><head><title>Engineering notes</title></head><body><main><h1>Engineering notes</h1>" +
                     cards + "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Caching the toolchain"), std::string::npos) << t;
  EXPECT_EQ(t.find("comments"), std::string::npos) << t;
  EXPECT_EQ(t.find("reactions"), std::string::npos) << t;
}

// A card's tally as a link of its own over the card's tags, both in one
// block: the link goes, the tags stay.
TEST(Extract, CardTallyLinkBesideTagsIsDropped) {
  std::string cards;
  const char* names[] = {"Tuning a slow query", "Why our build got faster", "A week of on-call notes"};
  const char* blurbs[] = {"We found the index that the planner kept ignoring and why it did.",
                          "Caching the toolchain cut our build from twenty minutes to six.",
                          "What broke, what paged us at night, and what we changed after."};
  for (int i = 0; i < 3; ++i)
    cards += std::string("<div class=post-card><h2><a href=/p/") + std::to_string(i) + ">" + names[i] +
             "</a></h2><p>" + blurbs[i] + "</p><div class=foot><a href=/p/" + std::to_string(i) +
             "#comments><svg aria-hidden=true></svg><span>" + std::to_string(i * 7 + 2) +
             "</span> comments</a><div class=chips><a href=/t/db>databases</a> <a href=/t/ops>operations</a></div>"
             "</div></div>";
  std::string html = "<html><head><title>Engineering notes</title></head><body><main><h1>Engineering notes</h1>" +
                     cards + "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Caching the toolchain"), std::string::npos) << t;
  EXPECT_EQ(t.find("comments"), std::string::npos) << t;
}

TEST(Vocabulary, SubmissionLines) {
  EXPECT_TRUE(IsSubmissionLine("1 point by jdoe 3 minutes ago | hide | past | discuss"));
  EXPECT_TRUE(IsSubmissionLine("128 points by amy_k 2 hours ago | 41 comments"));
  EXPECT_FALSE(IsSubmissionLine("12 votes by jane"));
  EXPECT_TRUE(IsSubmissionLine("12 votes by jane 5 hours ago"));
  EXPECT_FALSE(IsSubmissionLine("41 points by Luka Doncic"));
  EXPECT_FALSE(IsSubmissionLine("3 points by which the plan falls short of its goals, and the reasons"
                                " each one matters for the city budget over the next twenty years"
                                " of growth and change in the region"));
  EXPECT_FALSE(IsSubmissionLine("The 5 points by the river"));
  EXPECT_FALSE(IsSubmissionLine("5 points"));
  EXPECT_FALSE(IsSubmissionLine("5 apples by the door"));
}

// On an article a box score's "41 points by NAME" lines and rows are its
// text, not a link aggregator's submission lines.
TEST(Extract, ArticleBoxScoreLinesStay) {
  const char* html =
      "<html><head><title>Hawks win</title><meta property=\"og:type\" content=\"article\"></head><body>"
      "<article><h1>Hawks win</h1><p>The Hawks won a close game at home on Friday night, pulling ahead in"
      " the last two minutes after trailing for most of the second half of the contest.</p>"
      "<p>Their bench scored more than half of the points, a first for the team in this long season.</p>"
      "<ul><li>33 points by Ann Roe</li><li>21 points by Bo Lee</li></ul>"
      "<table><tr><th>Leaders</th></tr><tr><td>33 points by Ann Roe 2</td></tr></table>"
      "<p>They play again on Monday.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("21 points by Bo Lee"), std::string::npos) << t;
  EXPECT_NE(t.find("33 points by Ann Roe 2"), std::string::npos) << t;
}

// A link aggregator's line under each link (score, submitter, age,
// actions) is the teaser's tally, not its text: left out whether the
// aggregator lays its list out in a table (the line a row of its own) or
// in blocks.
TEST(Extract, AggregatorSubmissionLinesAreDropped) {
  const char* titles[] = {"A story about rivers and the towns that grew along them",
                          "How bridges are inspected after a large flood season ends",
                          "A field guide to the mosses of northern forests and bogs",
                          "Why old lighthouses were painted in bold stripes",
                          "The slow craft of repairing stone walls by hand",
                          "Notes on building a small weather station at home",
                          "What the tide tables of a harbour town can tell you",
                          "An engineer looks back at forty years of canal locks"};
  std::string rows, blocks;
  for (int i = 0; i < 8; ++i) {
    const std::string n = std::to_string(i);
    const std::string line = "<span>" + std::to_string(i + 3) + " points</span> by <a href=/u/" + n + ">user" + n +
                             "</a> <a href=/i/" + n + ">" + std::to_string(i + 2) +
                             " minutes ago</a> | <a href=/h>hide</a> | <a href=/i/" + n + ">discuss</a>";
    rows += "<tr><td>" + std::to_string(i + 1) + ".</td><td><a href=/x" + n + ">" + titles[i] +
            "</a></td></tr><tr><td></td><td class=subtext>" + line + "</td></tr>";
    blocks += "<div class=story><h3><a href=/x" + n + ">" + titles[i] + "</a></h3><div class=byline-row>" + line +
              "</div></div>";
  }
  for (const std::string& body : {"<table><tr><td><table>" + rows + "</table></td></tr></table>",
                                  "<main><h1>Newest links</h1>" + blocks + "</main>"}) {
    auto r = Extract("<html><head><title>Newest links</title></head><body>" + body + "</body></html>");
    ASSERT_TRUE(r.ok());
    const std::string& t = r.value().text;
    EXPECT_NE(t.find("weather station"), std::string::npos) << t;
    EXPECT_EQ(t.find("points by"), std::string::npos) << t;
    EXPECT_EQ(t.find("minutes ago"), std::string::npos) << t;
  }
}

// "Related searches", "Related pages", "Related topics" over a strip of
// links under a list page's grid head other lists, not this one, and "Recent
// posts", "Most viewed" other stories: the strip goes, the grid stays.
TEST(Extract, RelatedSearchesHeadingEndsTheList) {
  const char* names[] = {"Walnut side table", "Oak bench seat", "Ash bookshelf"};
  const char* blurbs[] = {"A small table in oiled walnut with one drawer and tapered legs.",
                          "A long bench in white oak, wide enough for three people at a table.",
                          "Five open shelves in pale ash, fixed to the wall with hidden brackets."};
  for (const char* heading : {"Related searches", "Related pages", "Related topics", "Recent posts", "Most viewed",
                              "Most discussed"}) {
    std::string cards;
    for (int i = 0; i < 3; ++i)
      cards += std::string("<li class=item><h3><a href=/p/") + std::to_string(i) + ">" + names[i] + "</a></h3><p>" +
               blurbs[i] + "</p></li>";
    std::string html = "<html><head><title>Furniture</title></head><body><main><h1>Furniture</h1><ul>" + cards +
                       "</ul><section><h2>" + heading +
                       "</h2><ul><li><a href=/s/1>cheap pine dresser</a></li><li><a href=/s/2>metal bunk "
                       "beds</a></li><li><a href=/s/3>glass coffee tables</a></li></ul></section></main></body></html>";
    auto r = Extract(html);
    ASSERT_TRUE(r.ok());
    const std::string& t = r.value().text;
    EXPECT_NE(t.find("Five open shelves"), std::string::npos) << t;
    EXPECT_EQ(t.find("bunk beds"), std::string::npos) << heading << "\n" << t;
  }
}

// On a story, the label line of a related box made of a paragraph and a
// list of links ("Related posts:" then linked titles) goes with the list;
// a label over a list of the story's own items stays, and so does the
// story's own line over its list of links ("Here are a few examples:").
TEST(Extract, LabelOfDroppedLinkListGoes) {
  const std::string story =
      "<p>The harbour wall was rebuilt over two summers by a crew of eleven masons working by hand.</p>"
      "<p>They reused most of the old granite blocks and cut new ones from a quarry up the valley.</p>"
      "<p>The council paid for the work from a fund set aside after the storm of the previous winter.</p>";
  const std::string head = "<html><head><title>Harbour wall</title><meta property=og:type content=article></head>"
                           "<body><article><h1>Harbour wall rebuilt</h1>";
  {
    auto r = Extract(head + story +
                     "<p>Related posts:</p><ul><li><a href=/a>New ferry timetable for the islands</a></li>"
                     "<li><a href=/b>Lighthouse opens to visitors again</a></li></ul></article></body></html>");
    ASSERT_TRUE(r.ok());
    const std::string& t = r.value().text;
    EXPECT_NE(t.find("storm of the previous winter"), std::string::npos) << t;
    EXPECT_EQ(t.find("Related posts"), std::string::npos) << t;
    EXPECT_EQ(t.find("ferry timetable"), std::string::npos) << t;
  }
  {
    auto r = Extract(head + story +
                     "<p>The crew brought:</p><ul><li>Chisels and mallets for the stone</li>"
                     "<li>Lime mortar mixed on site each morning</li></ul></article></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r.value().text.find("The crew brought:"), std::string::npos) << r.value().text;
  }
  {
    auto r = Extract(head + story +
                     "<p>Here are a few examples:</p><ul><li><a href=/a>The north pier in 1902</a></li>"
                     "<li><a href=/b>The south pier in 1911</a></li></ul></article></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r.value().text.find("Here are a few examples:"), std::string::npos) << r.value().text;
  }
}

// On a story, a teaser card set among its paragraphs (a "Related" label,
// another story's linked headline, its line of excerpt) goes; the story's
// paragraphs around it stay, and so does a box whose label heads the
// story's own unlinked words.
TEST(Extract, LabeledTeaserCardInStoryGoes) {
  const std::string head = "<html><head><title>Harbour wall</title><meta property=og:type content=article></head>"
                           "<body><article><h1>Harbour wall rebuilt</h1>"
                           "<p>The harbour wall was rebuilt over two summers by a crew of eleven masons by hand.</p>";
  const std::string tail =
      "<p>They reused most of the old granite blocks and cut new ones from a quarry up the valley.</p>"
      "<p>The council paid for the work from a fund set aside after the storm of the previous winter.</p>"
      "</article></body></html>";
  {
    auto r = Extract(head +
                     "<div class=display-card><img src=x.jpg><span><label>Related</label></span><div>"
                     "<h5><a href=/ferry>New ferry timetable for the islands</a></h5>"
                     "<p>Boats now leave every two hours in the summer months.</p></div></div>" +
                     tail);
    ASSERT_TRUE(r.ok());
    const std::string& t = r.value().text;
    EXPECT_NE(t.find("storm of the previous winter"), std::string::npos) << t;
    EXPECT_EQ(t.find("ferry timetable"), std::string::npos) << t;
    EXPECT_EQ(t.find("every two hours"), std::string::npos) << t;
  }
  {
    auto r = Extract(head +
                     "<div class=note><span>Related</span><div><h5>How the stone was cut</h5>"
                     "<p>Each block was split with wedges along its grain.</p></div></div>" +
                     tail);
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r.value().text.find("split with wedges"), std::string::npos) << r.value().text;
  }
}

// A card's control label followed by words for screen readers only ("More
// options<span class=sr-only>Oak desk</span>") is the control's line: it
// goes as the bare label would; the card's name and text stay.
TEST(Extract, ControlLabelWithScreenReaderWordsIsDropped) {
  const char* names[] = {"Walnut side table", "Oak writing desk", "Ash bookshelf"};
  const char* blurbs[] = {"A small table in oiled walnut with one drawer and tapered legs.",
                          "A writing desk in white oak with a cable tray under the top.",
                          "Five open shelves in pale ash, fixed to the wall with hidden brackets."};
  std::string cards;
  for (int i = 0; i < 3; ++i)
    cards += std::string("<li class=item><h3><a href=/p/") + std::to_string(i) + ">" + names[i] + "</a></h3><p>" +
             blurbs[i] + "</p><p class=variants>More options<span class=sr-only>" + names[i] + "</span></p></li>";
  std::string html = "<html><head><title>Desks and tables</title></head><body><main><h1>Desks and tables</h1><ul>" +
                     cards + "</ul></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("cable tray"), std::string::npos) << t;
  EXPECT_EQ(t.find("More options"), std::string::npos) << t;
}

// A filter bar's chips drawn as <div role=button> ("Date", "Price") are its
// controls, as <button>s would be: the panel goes, the results stay.
TEST(Extract, FilterChipsWithButtonRoleAreControls) {
  std::string cards;
  const char* names[] = {"Harbour jazz night", "Pottery for beginners", "Riverside food market"};
  const char* blurbs[] = {"Three local trios play the old harbour hall until late in the evening.",
                          "Learn to throw a bowl on the wheel in two relaxed evening sessions.",
                          "Forty stalls of street food along the river, with music on Saturday."};
  for (int i = 0; i < 3; ++i)
    cards += std::string("<li class=result><h3><a href=/e/") + std::to_string(i) + ">" + names[i] + "</a></h3><p>" +
             blurbs[i] + "</p></li>";
  std::string html = "<html><head><title>Events near you</title></head><body><main><h1>Events near you</h1>"
                     "<div class=filter-bar><div role=button tabindex=0><span>Date</span></div>"
                     "<div role=button tabindex=0><span>Neighbourhood</span></div>"
                     "<div role=button tabindex=0><span>Price</span></div></div><ul>" + cards +
                     "</ul></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Forty stalls"), std::string::npos) << t;
  EXPECT_EQ(t.find("Neighbourhood"), std::string::npos) << t;
}

// Numbers in sibling elements are laid apart by style too: a film's year
// and length ("<span>2024</span><span>1h 52m</span>"), a label and its count.
// A number and its ending ("1<span>st</span>") and a price split at its
// point stay one word.
TEST(Extract, StyledNumbersAreSeparateWords) {
  std::string para = "This is a long paragraph of real article text that goes on for a while. ";
  std::string html = "<html><body><div class=content><p>" + para + para + "</p><ul>"
                     "<li><h3>Quiet Harbour</h3><div><span>2024</span><span>1h 52m</span></div></li>"
                     "<li><span>Views</span><span>120</span> on the <b>1</b><span>st</span> day for "
                     "<b>$12</b>.50</li></ul><p>" + para + "</p></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("2024 1h 52m"), std::string::npos) << t;
  EXPECT_NE(t.find("Views 120 on the 1st day for $12.50"), std::string::npos) << t;
}

// Elementor hides animated blocks with "elementor-invisible" until its script
// shows them: the words are content. Bootstrap's whole "invisible" class is
// still hidden.
TEST(Extract, ElementorInvisibleIsContent) {
  std::string para = "A paragraph of the article that readers see once the page has loaded. ";
  std::string html = "<html><body><main><h1>Title of the piece</h1>"
                     "<div class='elementor-element elementor-invisible'><p>" + para + para + "</p></div>"
                     "<div class='elementor-element elementor-invisible'><p>" + para + "Second.</p></div>"
                     "<p class=invisible>Screen reader only words here</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Second."), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Screen reader"), std::string::npos) << r->text;
}

// A "summary" class on an element holding several paragraphs (Drupal's body
// field, "field-type-text-with-summary") is the body, not a standfirst.
TEST(Extract, SeveralParagraphsAreNotADek) {
  std::string para = "The club was founded by students and has grown every year since then. ";
  std::string html = "<html><body><h1>The Club</h1>"
                     "<div class='field field-name-body field-type-text-with-summary'>"
                     "<p>" + para + "</p><p>" + para + para + "</p><p>" + para + "</p></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->dek.has_value()) << *r->dek;
  EXPECT_NE(r->text.find("founded by students"), std::string::npos);
}

// The page's footer (addresses, disclaimers) can hold more prose than a short
// article; it is still not the article.
TEST(Vocabulary, ShopControls) {
  EXPECT_TRUE(IsAddToCartName("single_add_to_cart_button button alt"));
  EXPECT_TRUE(IsAddToCartName("action primary tocart product-addtocart-button"));
  EXPECT_TRUE(IsAddToCartName("btnAddToBag"));
  EXPECT_TRUE(IsAddToCartName("Add to basket"));
  EXPECT_FALSE(IsAddToCartName("cart-drawer__close"));
  EXPECT_FALSE(IsAddToCartName("view-cart"));
  EXPECT_TRUE(IsQuickAddName("quick-add__submit"));
  EXPECT_TRUE(IsCartAddAction("/cart/add"));
  EXPECT_TRUE(IsCartAddAction("https://shop.example/checkout/cart/add/uenc/aHR0/product/12/"));
  EXPECT_FALSE(IsCartAddAction("/cart"));
  EXPECT_FALSE(IsCartAddAction("/search"));
  EXPECT_TRUE(IsProductOgType("product.item"));
  EXPECT_FALSE(IsProductOgType("product.group"));
  EXPECT_TRUE(IsProductPriceMetaKey("product:price:amount"));
  EXPECT_TRUE(IsAddToCartLabel("Add to Bag"));
  EXPECT_TRUE(IsAddToCartLabel("In den Warenkorb"));
  EXPECT_FALSE(IsAddToCartLabel("Buy now"));
  EXPECT_FALSE(IsAddToCartLabel("Add to cart to see the price"));
  EXPECT_TRUE(MayStartAddToCartLabel('A'));
  EXPECT_TRUE(MayStartAddToCartLabel('i'));
  EXPECT_FALSE(MayStartAddToCartLabel('M'));
  EXPECT_TRUE(IsBuyControlLabel("Buy now"));
  EXPECT_TRUE(IsBuyControlLabel("add to basket"));
  EXPECT_FALSE(IsBuyControlLabel("Buy now and save"));
  EXPECT_FALSE(IsBuyControlLabel("Learn more"));
}

// A shop whose classes are a styling tool's hashes names its add-to-cart
// button by its words only: one such button makes a product page, a
// grid's button per card does not, and a banner's "Buy now" is no cart
// button.
TEST(Extract, AddToCartLabelMakesAProductPage) {
  const std::string prose = "<p>A hand thrown stoneware mug with a speckled glaze, fired twice and "
                            "finished by hand in our studio; it holds a generous cup of tea.</p>";
  auto page = [&](const std::string& controls) {
    return "<html><head><title>Speckled Mug</title></head><body><main><h1>Speckled Mug</h1>" + prose + controls +
           "</main></body></html>";
  };
  auto one = Extract(page("<div class='x9f2'><button type='button' class='q1 z7'><svg><path d='M0'/></svg>"
                          "<span>Add to cart</span></button></div>"));
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->page_type, "product");
  std::string grid;
  for (int i = 0; i < 4; ++i)
    grid += "<li><a href='/p/" + std::to_string(i) + "'>Mug " + std::to_string(i) +
            "</a> $12<button class='q1'>Add to cart</button></li>";
  auto category = Extract(page("<ul>" + grid + "</ul>"));
  ASSERT_TRUE(category.ok());
  EXPECT_EQ(category->page_type, "page");
  auto banner = Extract(page("<div class='banner'><button class='q1'>Buy now</button></div>"));
  ASSERT_TRUE(banner.ok());
  EXPECT_EQ(banner->page_type, "page");
}

// A category's page whose template declares a product (og:type product on
// every page of the shop) shows a grid of priced cards: a list, whether
// each card has its own add-to-cart form (a Shopify-like collection: the
// box of the first card's price and form under the <h1> holds the grid, no
// product's buy box) or none (a WooCommerce-like shop loop). A product's
// page with a shelf of other products stays a product.
TEST(Extract, ProductMarkupOverAGridOfPricedCardsIsAList) {
  auto cards = [](int n, bool form) {
    std::string g;
    for (int i = 0; i < n; ++i) {
      const std::string k = std::to_string(i);
      g += "<li class='grid__item'><div class='card-wrapper'><div class='card__content'><h3 class='card__heading'>"
           "<a href='/products/stoneware-mug-" + k + "'>Stoneware Mug No. " + k + "</a></h3><div class='price'>"
           "<span class='price-item price-item--regular'>$" + std::to_string(18 + i) + ".00 USD</span></div>";
      if (form)
        g += "<form method='post' action='/cart/add' class='card__form'><input type='hidden' name='id' value='" + k +
             "'><button type='submit' name='add' class='button'>Add to cart</button></form>";
      g += "</div></div></li>";
    }
    return g;
  };
  const std::string head = "<html><head><meta property='og:type' content='product'>";
  auto collection = [&](bool form) {
    return head + "<title>Mugs</title></head><body><header><nav><a href='/'>Home</a> <a href='/collections/all'>Shop"
           "</a></nav></header><main><h1 class='collection-hero__title'>Mugs</h1><div class='collection-hero__"
           "description'><p>Every mug we throw, glazed in small batches.</p></div><ul id='product-grid' class='grid "
           "product-grid'>" + cards(24, form) + "</ul></main><footer><p>Hollow Clay</p></footer></body></html>";
  };
  auto shopify = Extract(collection(true));
  ASSERT_TRUE(shopify.ok());
  EXPECT_EQ(shopify->page_type, "listing");
  EXPECT_NE(shopify->text.find("Stoneware Mug No. 23"), std::string::npos);
  auto woo = Extract(collection(false));
  ASSERT_TRUE(woo.ok());
  EXPECT_EQ(woo->page_type, "listing");
  auto product = Extract(
      head + "<title>Stoneware Mug No. 1</title></head><body><main><div class='product'><h1 class='product__title'>"
             "Stoneware Mug No. 1</h1><div class='price'><span class='price-item'>$19.00 USD</span></div><form "
             "method='post' action='/cart/add' class='product-form'><button type='submit' name='add'>Add to cart"
             "</button></form><div class='product__description'><p>A hand thrown stoneware mug with a speckled glaze, "
             "fired twice and finished by hand in our studio; it holds a generous cup of tea.</p></div></div><div "
             "class='related-products'><h2>You may also like</h2><ul class='grid'>" + cards(12, true) +
             "</ul></div></main></body></html>");
  ASSERT_TRUE(product.ok());
  EXPECT_EQ(product->page_type, "product");
}

// A product's page without shop markup: its price right under its name,
// then a link or button that buys it. A category's first card links away
// before its price; a price with no buying control is a fact in a text.
TEST(Extract, PriceUnderTheHeadlineThenABuyControlMakesAProductPage) {
  const std::string prose = "<p>The handheld console with a vivid seven inch screen, a wide stand and "
                            "a dock with a wired network port, for play at home and away.</p>";
  auto page = [&](const std::string& head) {
    return "<html><head><title>Handheld Console</title></head><body><main>" + head + prose +
           "</main></body></html>";
  };
  auto product = Extract(page("<div><h1>Handheld Console</h1><h2>Available now</h2><h3>$349.99 MSRP*</h3>"
                              "<a href='/store/consoles/'><span>Buy now</span></a></div>"));
  ASSERT_TRUE(product.ok());
  EXPECT_EQ(product->page_type, "product");
  auto grid = Extract(page("<h1>Consoles</h1><ul><li><a href='/p/1'>Handheld Console</a><span>$349.99</span>"
                           "<a href='/p/1/buy'>Buy now</a></li></ul>"));
  ASSERT_TRUE(grid.ok());
  EXPECT_EQ(grid->page_type, "page");
  auto no_control = Extract(page("<h1>Handheld Console</h1><h3>$349.99</h3><a href='/more'>Learn more</a>"));
  ASSERT_TRUE(no_control.ok());
  EXPECT_EQ(no_control->page_type, "page");
  auto no_price = Extract(page("<h1>Handheld Console</h1><h3>Available now</h3><a href='/buy'>Buy now</a>"));
  ASSERT_TRUE(no_price.ok());
  EXPECT_EQ(no_price->page_type, "page");
  auto plans = Extract(page("<h1>Plans</h1><div><h2>Basic</h2><p>$29</p><button>Buy now</button></div>"
                            "<div><h2>Plus</h2><p>$49</p><button>Buy now</button></div>"));
  ASSERT_TRUE(plans.ok());
  EXPECT_EQ(plans->page_type, "page");
}

// A script-rendered shop shows no price and no cart button in its HTML,
// but its quantity picker stands under the product's name: one picker
// before any link makes a product. A category's pickers come after its
// cards' links; an order form's come one per item.
TEST(Extract, QuantityPickerUnderTheHeadlineMakesAProductPage) {
  const std::string prose = "<p>The handheld console with a vivid seven inch screen, a wide stand and "
                            "a dock with a wired network port, for play at home and away.</p>";
  auto page = [&](const std::string& head) {
    return "<html><head><title>Handheld Console</title></head><body><main>" + head + prose +
           "</main></body></html>";
  };
  auto stepper = Extract(page("<section><h1 class='k3'>Handheld Console</h1><button aria-label='Save'></button>"
                              "<div><span>Quantity</span><button aria-label='Less'></button><div>1</div>"
                              "<button aria-label='More'></button></div><button><span>Loading</span></button>"
                              "</section>"));
  ASSERT_TRUE(stepper.ok());
  EXPECT_EQ(stepper->page_type, "product");
  auto field = Extract(page("<h1>Handheld Console</h1><div><input type='number' name='qty' value='1'></div>"));
  ASSERT_TRUE(field.ok());
  EXPECT_EQ(field->page_type, "product");
  auto grid = Extract(page("<h1>Consoles</h1><ul><li><a href='/p/1'>Handheld Console</a><span>Qty</span>"
                           "<input name='quantity'></li></ul>"));
  ASSERT_TRUE(grid.ok());
  EXPECT_EQ(grid->page_type, "page");
  auto order = Extract(page("<h1>Order form</h1><div><h2>Console</h2><span>Quantity:</span><input name='q1'></div>"
                            "<div><h2>Dock</h2><span>Quantity:</span><input name='q2'></div>"));
  ASSERT_TRUE(order.ok());
  EXPECT_EQ(order->page_type, "page");
  auto line = Extract(page("<h1>Handheld Console</h1><p>Quantity discounts for schools</p><button>Menu</button>"));
  ASSERT_TRUE(line.ok());
  EXPECT_EQ(line->page_type, "page");
}

// A shop platform's product template names itself on <body> (WooCommerce's
// "single-product", Magento's "catalog-product-view"): a product page though
// it declares no type and its buttons are a script's; a shop's other pages
// ("woocommerce-page" alone, a category's) are not.
TEST(Extract, ProductTemplateBodyClassMakesAProductPage) {
  EXPECT_TRUE(NamesProductBody("product-template-default single-product woocommerce-page"));
  EXPECT_TRUE(NamesProductBody("catalog-product-view page-layout-1column"));
  EXPECT_FALSE(NamesProductBody("archive tax-product_cat woocommerce-page"));
  EXPECT_FALSE(NamesProductBody("single-product-review"));
  auto page = [](const std::string& body_class) {
    return "<html><head><title>Walnut Desk Lamp</title></head><body class='" + body_class +
           "'><main><h1>Walnut Desk Lamp</h1><p>A turned walnut base under a linen shade, with a "
           "dimmer in the cord and a warm bulb that lights a whole desk.</p><div id='buy'></div></main></body></html>";
  };
  auto woo = Extract(page("product-template-default single-product woocommerce-page"));
  ASSERT_TRUE(woo.ok());
  EXPECT_EQ(woo->page_type, "product");
  auto by_id = Extract(std::string("<html><head><title>Walnut Desk Lamp</title></head><body id='product-page'>") +
                       "<main><h1>Walnut Desk Lamp</h1><p>A turned walnut base under a linen shade, with a dimmer "
                       "in the cord and a warm bulb that lights a whole desk.</p></main></body></html>");
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->page_type, "product");
  auto shop = Extract(page("woocommerce-page"));
  ASSERT_TRUE(shop.ok());
  EXPECT_EQ(shop->page_type, "page");
}

// A shop's page for one product, found by its markup when it declares no
// type: one add-to-cart button or one form that adds to the cart. A grid
// of products has a button per card; a card's quick-add form is the card's.
TEST(Extract, OneAddToCartControlMakesAProductPage) {
  const std::string prose = "<p>A hand thrown stoneware mug with a speckled glaze, fired twice and "
                            "finished by hand in our studio; it holds a generous cup of tea.</p>";
  auto page = [&](const std::string& controls) {
    return "<html><head><title>Speckled Mug</title><meta property='og:type' content='website'></head><body><main>"
           "<h1>Speckled Mug</h1>" + prose + controls + "</main></body></html>";
  };
  const std::string woo = "<form class='cart' method='post'><input type='number' name='quantity' value='1'>"
                          "<button type='submit' name='add-to-cart' value='41' class='single_add_to_cart_button "
                          "button alt'>Add to cart</button></form>";
  auto one = Extract(page(woo));
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->page_type, "product");
  auto shopify = Extract(page("<form method='post' action='/cart/add'><button type='submit' name='add'>Buy"
                              "</button></form>"));
  ASSERT_TRUE(shopify.ok());
  EXPECT_EQ(shopify->page_type, "product");
  auto image = Extract(page("<input type='image' src='b.png' value='Add to Cart'>"));
  ASSERT_TRUE(image.ok());
  EXPECT_EQ(image->page_type, "product");
  // A hidden field named for the cart's script is no control.
  auto hidden = Extract(page("<input type='hidden' name='useAddToCartApi' value='Y'>"));
  ASSERT_TRUE(hidden.ok());
  EXPECT_EQ(hidden->page_type, "page");
  std::string grid;
  for (int i = 0; i < 4; ++i)
    grid += "<li><a href='/p/" + std::to_string(i) + "'>Mug " + std::to_string(i) +
            "</a> $12<button class='add-to-cart'>Add</button></li>";
  auto category = Extract(page("<ul>" + grid + "</ul>"));
  ASSERT_TRUE(category.ok());
  EXPECT_EQ(category->page_type, "page");
  auto card = Extract(page("<form method='post' action='/cart/add' id='quick-add-17' class='form'>"
                           "<button type='submit'>Add</button></form>"));
  ASSERT_TRUE(card.ok());
  EXPECT_EQ(card->page_type, "page");
  // A written article with a shop widget stays an article.
  auto story = Extract("<html><head><script type='application/ld+json'>{\"@type\":\"BlogPosting\","
                       "\"headline\":\"Speckled Mug\"}</script></head><body><main><h1>Speckled Mug</h1>" + prose +
                       woo + "</main></body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->page_type, "article");
}

// A shelf of other products, each card with its own add-to-cart button,
// that the markup puts before the product's <h1>: the one button after the
// name makes a product page; a category's grid after its <h1> does not.
TEST(Extract, OneCartControlAfterTheHeadlineBeyondAShelfMakesAProductPage) {
  const std::string prose = "<p>A hand thrown stoneware mug with a speckled glaze, fired twice and "
                            "finished by hand in our studio; it holds a generous cup of tea.</p>";
  std::string shelf;
  for (int i = 0; i < 5; ++i)
    shelf += "<div class=c><a href='/p/" + std::to_string(i) + "'>Bowl " + std::to_string(i) +
             "</a><form><button type='submit'><span>Add to Cart</span></button></form></div>";
  auto page = [&](const std::string& before, const std::string& after) {
    return "<html><head><title>Speckled Mug</title></head><body><div class=s>" + before +
           "</div><main><h1>Speckled Mug</h1>" + prose + after + "</main></body></html>";
  };
  auto product = Extract(page(shelf, "<form><button type='submit'>Add to Cart</button></form>"));
  ASSERT_TRUE(product.ok());
  EXPECT_EQ(product->page_type, "product");
  auto category = Extract(page("", shelf));
  ASSERT_TRUE(category.ok());
  EXPECT_EQ(category->page_type, "page");
  auto none_after = Extract(page(shelf, ""));
  ASSERT_TRUE(none_after.ok());
  EXPECT_EQ(none_after->page_type, "page");
}

// Open Graph's product markup: a page that declares og:type twice (a
// theme's "article", a shop plugin's "product"), Facebook's "product.item",
// or a product price meta.
TEST(Extract, OpenGraphProductMarkupMakesAProductPage) {
  const std::string body = "</head><body><main><h1>Speckled Mug</h1><p>A hand thrown stoneware mug with a "
                           "speckled glaze, fired twice and finished by hand.</p></main></body></html>";
  auto twice = Extract("<html><head><meta property='og:type' content='article'>"
                       "<meta property='og:type' content='product'>" + body);
  ASSERT_TRUE(twice.ok());
  EXPECT_EQ(twice->page_type, "product");
  auto item = Extract("<html><head><meta property='og:type' content='product.item'>" + body);
  ASSERT_TRUE(item.ok());
  EXPECT_EQ(item->page_type, "product");
  auto price = Extract("<html><head><meta property='og:type' content='website'>"
                       "<meta property='product:price:amount' content='24.00'>" + body);
  ASSERT_TRUE(price.ok());
  EXPECT_EQ(price->page_type, "product");
  auto plain = Extract("<html><head><meta property='og:type' content='website'>" + body);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->page_type, "page");
}

// An accordion's toggle drawn as a link to its panel (Bootstrap's
// collapse, the ARIA disclosure pattern) is an FAQ's question over its
// answer: it stays, where a block that is all link to another page goes.
TEST(Extract, PanelToggleLinkIsTheQuestion) {
  auto page = [](const std::string& toggle_attrs) {
    return "<html><head><title>Choosing a kettle grill</title><meta property='og:type' content='article'></head>"
           "<body><article><h1>Choosing a kettle grill</h1><p>" + std::string(kEnglishProse) + "</p>"
           "<div class=faq><div class=item><div class=q><a href='#answer-1' " + toggle_attrs +
           ">How long does the charcoal take to light?</a></div><div id=answer-1 class=collapse><p>About fifteen "
           "minutes in a chimney starter, until the top coals are covered in grey ash.</p></div></div>"
           "<div class=item><div class=q><a href='/guides/grills'>Every grill guide we have written</a></div></div>"
           "</div></article></body></html>";
  };
  for (const char* attrs : {"data-toggle='collapse'", "data-bs-toggle='collapse'",
                            "aria-expanded='false' aria-controls='answer-1'"}) {
    auto r = Extract(page(attrs));
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r->text.find("How long does the charcoal take to light?"), std::string::npos) << attrs;
    EXPECT_NE(r->text.find("About fifteen minutes"), std::string::npos) << attrs;
    EXPECT_EQ(r->text.find("Every grill guide"), std::string::npos) << attrs;
  }
  // A link to another page, or a tab's or a dropdown's toggle, is no panel's.
  auto tab = Extract(page("data-toggle='tab'"));
  ASSERT_TRUE(tab.ok());
  EXPECT_EQ(tab->text.find("How long does the charcoal take to light?"), std::string::npos);
}

// A custom element names its part of the page by its tag as a class would
// ("<announcement-bar>", "<share-buttons>"): a shop's strip over every page
// and a widget of sharing links are furniture though nothing classes them.
TEST(Extract, CustomElementNameIsReadLikeAClass) {
  std::string cards;
  for (int i = 0; i < 6; ++i)
    cards += "<li><a href='/p/" + std::to_string(i) + "'>Stoneware mug number " + std::to_string(i) +
             "</a><p>A speckled glaze fired twice, $" + std::to_string(20 + i) + "</p></li>";
  const std::string html = "<html><head><title>Mugs</title></head><body><div>"
                           "<announcement-bar><p>Free shipping on all orders above $100, this week only. "
                           "Shop best sellers</p></announcement-bar>"
                           "<h1>Mugs</h1><p>Hand thrown stoneware mugs for tea and coffee, each one shaped on the "
                           "wheel, trimmed when leather hard, dipped in a speckled glaze and fired twice in our "
                           "studio kiln, so that no two of them are quite alike in colour or in shape.</p><ul>" +
                           cards +
                           "</ul><share-buttons><p>Share this collection with a friend today</p></share-buttons>"
                           "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Stoneware mug number 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Free shipping"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("with a friend"), std::string::npos) << r->text;
  // A custom element whose name says nothing stays.
  auto plain = Extract("<html><body><div><h1>Mugs</h1><p>Hand thrown stoneware mugs for tea and coffee, "
                       "fired twice.</p><product-info><p>Each mug holds a generous cup and is glazed inside "
                       "and out.</p></product-info></div></body></html>");
  ASSERT_TRUE(plain.ok());
  EXPECT_NE(plain->text.find("generous cup"), std::string::npos) << plain->text;
}

// A live region speaks to screen readers: a status message ("Loaded 24
// results", "Item added to your cart") and a ticker of offers (ARIA
// "marquee") are not the page's text.
TEST(Extract, StatusAndMarqueeRegionsAreNotContent) {
  std::string cards;
  for (int i = 0; i < 6; ++i)
    cards += "<li><a href='/p/" + std::to_string(i) + "'>Stoneware mug number " + std::to_string(i) +
             "</a><p>A speckled glaze fired twice, $" + std::to_string(20 + i) + "</p></li>";
  const std::string html =
      "<html><head><title>Mugs</title></head><body><div>"
      "<div role='marquee'><p>Message 1 of 3. Earn a gift card when you open a store account this month</p></div>"
      "<h1>Mugs</h1><div role='status'>Loaded 24 products for you</div>"
      "<p>Hand thrown stoneware mugs for tea and coffee, each one shaped on the wheel, trimmed when leather "
      "hard, dipped in a speckled glaze and fired twice in our studio kiln.</p><ul>" + cards +
      "</ul><div role='status'><span>Item added to your cart.</span> <a href='/cart'>View cart</a></div>"
      "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Stoneware mug number 3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("studio kiln"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Loaded 24"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("added to your cart"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("gift card"), std::string::npos) << r->text;
}

// On a grid of linked cards a newsletter popup's fine print can be most of
// the prose; the popup is still no part of the page.
TEST(Extract, PopupOnAListPageIsNotContent) {
  std::string cards;
  for (int i = 0; i < 12; ++i)
    cards += "<li class='item'><a href='/p/" + std::to_string(i) + "'>Monitor model " + std::to_string(i) +
             " 27 inch 1440p</a> <span class='price'>$" + std::to_string(200 + i) + "</span></li>";
  const std::string html =
      "<html><head><title>Gaming monitors</title></head><body><main><h1>Gaming monitors</h1><ol class='products'>" +
      cards +
      "</ol></main><div class='newsletter-popup'><p class='title'>Unlock 15% off when you subscribe.</p>"
      "<p>By clicking continue you agree to receive our newsletter. You can unsubscribe at any time. The "
      "discount applies to your first order only and cannot be combined with other offers or coupons.</p></div>"
      "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Monitor model 7"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("unsubscribe"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Unlock"), std::string::npos) << r->text;
}

// A list page whose best block lies outside its <main> landmark and holds
// little of the page's prose widens to the landmark when the landmark holds
// most of it, not to the whole body with the blurbs and widgets around it.
TEST(Extract, ListPageWidensToItsMainLandmark) {
  std::string links, ranges;
  for (int i = 0; i < 160; ++i)
    links += "<li><a href='/c/" + std::to_string(i) + "'>Brand number " + std::to_string(i) +
             " trail and road running shoes</a></li>";
  for (int k = 0; k < 12; ++k) {
    ranges += "<section><h2>Range " + std::to_string(k) + "</h2><ul>";
    for (int i = 0; i < 4; ++i)
      ranges += "<li><a href='/p/" + std::to_string(k * 4 + i) + "'>Trail shoe " + std::to_string(k * 4 + i) +
                "</a><p>Roomy toe box for long days on rough ground and a cushioned midsole, size " +
                std::to_string(i) + ".</p></li>";
    ranges += "</ul></section>";
  }
  std::string blurb;
  for (int i = 0; i < 4; ++i)
    blurb += "Our store has sold running shoes for thirty years, and every pair we stock is tested on the "
             "trails around town by our staff before it reaches the shelf. ";
  const std::string html = "<html><head><title>Trail shoes</title></head><body><div class='side'><p>" + blurb +
                           "</p></div><main><h1>Trail shoes</h1><ul>" + links + "</ul>" + ranges +
                           "</main><div class='quiz'><p>Answer a few questions to find your shoe.</p></div>"
                           "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Trail shoe 37"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("thirty years"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Answer a few questions"), std::string::npos) << r->text;
}

// A custom element named for comments ("<forum-comment-tree>") holds the
// replies of a thread, which are the thread: its name is no hint.
TEST(Extract, CustomElementNamedForCommentsIsNoHint) {
  std::string replies;
  const char* said[] = {"The blue model has a quieter motor and a longer warranty than the grey one, worth the extra.",
                        "I returned the grey one after a week because the fan rattled every time it started up.",
                        "Both fit under a desk, but only the blue one has a filter you can wash and put back."};
  for (int i = 0; i < 3; ++i)
    replies += "<forum-comment author=u" + std::to_string(i) + "><a href=/u/" + std::to_string(i) + ">u" +
               std::to_string(i) + "</a><div><p>" + said[i] + "</p></div></forum-comment>";
  const std::string html = "<html><head><title>Which air purifier? : r/home</title></head><body><main>"
                           "<forum-post><h1>Which air purifier?</h1><div><p>I am choosing between two air "
                           "purifiers for a small bedroom and want the quieter one. Which would you pick and "
                           "why?</p></div></forum-post><forum-comment-tree>" +
                           replies + "</forum-comment-tree></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("quieter one"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("fan rattled"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("filter you can wash"), std::string::npos) << r->text;
}

// An article shown in a modal is the page, though its headline opens on a
// newsletter's words: the sign-up cue is read only for a chrome box that
// holds under half of a list page's text.
TEST(Extract, ArticleInADialogAboutNewslettersIsThePage) {
  auto r = Extract("<html><head><title>Why paid newsletters are thriving - Gazette</title></head><body>"
                   "<header><a href=/>Gazette</a></header><div role=dialog aria-modal=true><article>"
                   "<h1>Why paid newsletters are thriving</h1><p>Readers of the weekly letter on gardening "
                   "said this spring that they wanted fewer adverts and longer pieces on growing vegetables in "
                   "small yards and on balconies.</p><p>The editors agreed, and from next month every issue "
                   "will carry one long guide, written by a grower from a different part of the country.</p>"
                   "</article></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("fewer adverts"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("one long guide"), std::string::npos) << r->text;
}

// The starter's badge goes only when it stands alone beside the name:
// "op" in code or "OP" in a post's sentence is a word of the post.
TEST(Extract, StarterBadgeWordInsideAPostStays) {
  std::string posts;
  const char* said[] = {
      "My fold call takes an <code>op</code> argument and a start value, and I pass zero as the start value.",
      "Pass operator.add as the function and zero as the start, and it sums the list without a loop at all.",
      "Thanks, that works now. The <b>OP</b> here confirms it summed the whole list correctly first time."};
  const char* who[] = {"ann", "ben", "ann"};
  for (int i = 0; i < 3; ++i)
    posts += std::string("<div class=\"message post\"><div class=user><a href=/u/") + who[i] + ">" + who[i] +
             "</a>" + (i != 1 ? "<span>OP</span>" : "") + "</div><div class=content><p>" + said[i] +
             "</p></div></div>";
  auto r = Extract("<html><head><title>Summing a list with fold | Code Forum</title><link rel=canonical "
                   "href=\"https://forum.example.org/threads/summing-a-list.77/\"></head><body>"
                   "<h1>Summing a list with fold</h1><div class=posts>" + posts + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("an op argument"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("The OP here"), std::string::npos) << r->text;
}

// A repeat with no sign of a ticker is text: a chant in a quote, a list's
// item, a sentence that repeats its word; a ticker's copies stay dropped.
TEST(Extract, RepeatWithoutATickerSignStays) {
  auto r = Extract("<html><head><title>Harbour strike ends</title></head><body><article>"
                   "<h1>Harbour strike ends</h1><p>Dock workers returned to the quays on Monday after a week "
                   "of talks settled the dispute over night shifts, and the first ships were unloaded by noon.</p>"
                   "<p>Outside the union hall the crowd had chanted for days:</p>"
                   "<blockquote>Fair pay now! Fair pay now! Fair pay now!</blockquote>"
                   "<p>Dogs dogs dogs dogs dogs dogs.</p><ul><li>Go go go go go go</li></ul>"
                   "<div class=strip><span>Fair pay now *</span><span>Fair pay now *</span>"
                   "<span>Fair pay now *</span></div>"
                   "<p>The port authority said traffic would be back to normal by the end of the week.</p>"
                   "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Fair pay now! Fair pay now!"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Dogs dogs"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Go go go"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Fair pay now *"), std::string::npos) << r->text;
  EXPECT_TRUE(HasTickerSeparator("Book now * Book now"));
  EXPECT_FALSE(HasTickerSeparator("Four more years! Four more years!"));
}

// A service page's own list of links ("Learn Spanish", "Learn French")
// is its list, not a row of buttons; a lone button link still goes.
TEST(Extract, ListOfCallToActionLinksStays) {
  auto r = Extract("<html><head><title>Music lessons - Tempo</title></head><body><header><nav><a href=/>Home</a>"
                   "<a href=/about>About</a></nav></header><main><h1>Music lessons</h1><p>We teach children and "
                   "adults to play in small groups or one to one, at our studio by the river, with a free trial "
                   "lesson before you sign up for a term.</p><h2>Our instruments</h2><ul>"
                   "<li><a href=/piano>Learn piano</a></li> <li><a href=/violin>Learn violin</a></li>"
                   "<li><a href=/guitar>Learn guitar</a></li></ul><p>Terms run for ten weeks, one lesson a "
                   "week, with a short concert for families at the end of each term.</p>"
                   "<p><a href=/contact>Get started</a></p></main><footer>(c) Tempo</footer></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Learn piano"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Learn guitar"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Get started"), std::string::npos) << r->text;
}

// An article's update box marked as a live region (role=status) is the
// article's text; a status line ("Item added to your cart") is not.
TEST(Extract, LongStatusRegionInAnArticleStays) {
  auto r = Extract("<html><head><title>Bridge reopens - Gazette</title></head><body><article>"
                   "<h1>Bridge reopens</h1><div role=status><p>Update: engineers have now cleared the bridge "
                   "for heavy lorries as well, the county said on Friday evening after a final load test.</p>"
                   "</div><p>The old stone bridge over the river reopened to cars on Thursday after eight months "
                   "of repairs to its arches, which had cracked during the floods of last winter.</p><p>Traders "
                   "in the market town said the closure had cost them a third of their custom, since drivers "
                   "took the bypass instead.</p><div role=status>Saved to your reading list</div>"
                   "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("final load test"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("eight months"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("reading list"), std::string::npos) << r->text;
}

// What the review's narrowed rules still drop: a reviews widget named by
// its custom tag, a row of repeated badges each in its own element, and a
// live region holding a price box's labels and badges.
TEST(Extract, NarrowedChromeRulesKeepTheirReach) {
  auto r = Extract("<html><head><title>Bridge reopens - Gazette</title></head><body><article>"
                   "<h1>Bridge reopens</h1><p>The old stone bridge over the river reopened to cars on Thursday "
                   "after eight months of repairs to its arches, which had cracked during the floods of last "
                   "winter.</p><p>Traders in the market town said the closure had cost them a third of their "
                   "custom, since drivers took the bypass instead of coming through.</p>"
                   "<shop-reviews-carousel><p>Rated excellent by twelve thousand happy readers of the Gazette "
                   "on the review site this year.</p></shop-reviews-carousel><div class=badges><span>Sold "
                   "out</span> <span>Sold out</span> <span>Sold out</span> <span>Sold out</span></div>"
                   "<div role=status><div><span>Regular price</span> $39.99 USD <span>Sale price</span> $29.99 "
                   "USD</div><span>Sale</span> <span>Special offer</span></div><p>The county said the bridge "
                   "would be inspected again in the spring.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("inspected again"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("twelve thousand"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Sold out"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Special offer"), std::string::npos) << r->text;
}

TEST(Extract, PageFooterDoesNotOutweighAShortArticle) {
  std::string legal = "This material is not intended to replace the advice of a qualified professional. ";
  std::string html = "<html><body><div class=page><h1>Best practices for rentals</h1>"
                     "<p>A good safety program screens every renter before the keys change hands, "
                     "and checks each licence at the counter.</p></div>"
                     "<footer><p>" + legal + legal + "</p><p>" + legal + legal + legal + "</p></footer>"
                     "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("safety program"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("qualified professional"), std::string::npos) << r->text;
}

// A CMS's archive template (WordPress's "archive" body class on a category's
// list of posts) is no article, whatever og:type its theme prints; its loop
// of teaser <article>s is the page's list, beside the category's blurb.
// (Each post's class names it apart, "post-12 post": the loop is its
// <article>s whatever their classes.)
TEST(Extract, ArchivePageKeepsItsLoopOfPosts) {
  std::string blurb = "<p>Everything we have written about growing vegetables in small gardens, from the first "
                      "seeds of spring to the last harvest before the frost, with notes from our own beds.</p>";
  std::string posts;
  const char* titles[] = {"Raised beds on a budget", "When to sow broad beans", "Saving tomato seed",
                          "A cold frame from old windows"};
  for (int i = 0; i < 4; ++i)
    posts += "<article class='post-" + std::to_string(i) +
             " post type-post'><header><h2 class=entry-title><a href=/p/" + std::to_string(i) + ">" + titles[i] +
             "</a></h2></header></article>";
  std::string html = "<html><head><meta property='og:type' content='article'><title>Vegetables</title></head>"
                     "<body class='archive category category-vegetables'><div class=posts>"
                     "<div class=category-description>" + blurb + blurb + blurb +
                     "</div><div class=loop>" + posts + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "article");
  EXPECT_NE(r->text.find("small gardens"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("When to sow broad beans"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("A cold frame from old windows"), std::string::npos) << r->text;
  // The same page without the archive class is an article's page.
  std::string single = html;
  single.replace(single.find("archive category"), 16, "single category");
  auto a = Extract(single);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, "article");
}

// A URL that names one term of a site's taxonomy ("/category/<slug>/",
// "/collections/<slug>": WordPress's, Shopify's schemes) is that term's
// archive or shop grid, whatever og:type "article" its theme prints; a
// story filed under a category has more path after it.
TEST(Extract, TaxonomyTermUrlIsNoArticle) {
  EXPECT_TRUE(IsTaxonomyTermPath("/category/recipes/"));
  EXPECT_TRUE(IsTaxonomyTermPath("/tag/travel"));
  EXPECT_TRUE(IsTaxonomyTermPath("/collections/rain-jackets"));
  EXPECT_TRUE(IsTaxonomyTermPath("/product-category/outdoor-gear/"));
  EXPECT_FALSE(IsTaxonomyTermPath("/category/"));
  EXPECT_FALSE(IsTaxonomyTermPath("/category/news/2024/05/our-new-harbour"));
  EXPECT_FALSE(IsTaxonomyTermPath("/collection/best-winter-reads/"));  // an editor's list, one story
  EXPECT_FALSE(IsTaxonomyTermPath("/journal/how-we-test-rain-jackets"));
  std::string cards;
  const char* names[] = {"Harbour Shell", "Drizzle Anorak", "Squall Parka", "Mist Trail Jacket", "Fogline Poncho"};
  for (int i = 0; i < 5; ++i)
    cards += std::string("<li class=grid-item><div class=card><h3 class=card-title><a href=/products/p") +
             std::to_string(i) + ">" + names[i] + "</a></h3><p class=card-note>Seam-sealed, packs into its own "
             "pocket, cut long at the back for the bike.</p><span class=money>$" + std::to_string(120 + 10 * i) +
             ".00</span></div></li>";
  auto page = [&](const std::string& canonical) {
    return "<html><head><meta property='og:type' content='article'><link rel=canonical href='https://shop.example" +
           canonical + "'><title>Rain jackets</title></head><body><main><h1>Rain jackets</h1>"
           "<p>Shells for wet days in town and on the hill, all tested in our own weather.</p>"
           "<ul class=product-grid>" + cards + "</ul></main></body></html>";
  };
  auto r = Extract(page("/collections/rain-jackets"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "article");
  // The same page at a story's address keeps og:type's word.
  auto a = Extract(page("/journal/how-we-test-rain-jackets"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->page_type, "article");
}

// og:type "article" is on every page of many sites; a JSON-LD type for the
// page itself (CollectionPage) says it is a section front.
TEST(Extract, CollectionPageBeatsOgTypeArticle) {
  std::string html = "<html><head><meta property='og:type' content='article'>"
                     "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                     "\"@type\":\"CollectionPage\",\"name\":\"Economy\"}</script></head>"
                     "<body><h1>Economy</h1><p>Stories about money and markets from our reporters.</p></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "listing");
  std::string plain = "<html><head><meta property='og:type' content='article'></head>"
                      "<body><h1>A story</h1><p>Words of the story, several of them.</p></body></html>";
  auto p = Extract(plain);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->page_type, "article");
}

// A furniture heading wrapped in its own box: the cards after the box are
// skipped too, up to the next box that starts with a heading of its level.
TEST(Extract, WrappedFurnitureHeadingSkipsTheWidget) {
  std::string para = "The desk rises and falls smoothly and holds a heavy monitor without wobbling. ";
  std::string html = "<html><body><main><h1>Standing desk</h1><p>" + para + para + "</p>"
                     "<div class=box><div class=head><h2>Customers who viewed this item also viewed</h2></div>"
                     "<section><h3>Other desk, oak</h3><p>$199 with free delivery to your door.</p></section></div>"
                     "<div class=box><div class=head><h2>Specifications</h2></div>"
                     "<p>Height range 60 to 125 centimetres, frame in steel.</p></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Other desk"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Height range"), std::string::npos) << r->text;
}

// A category page's filter panel under its heading ("Filters"), its options
// buttons a word each: the panel is left out, the products stay.
TEST(Extract, FilterPanelHeadingEndsThePanelOnACategoryPage) {
  std::string html = "<html><body><main><h1>Garden chairs</h1>"
                     "<p>Chairs for the patio and the lawn, in wood, metal and resin, to sit out all summer.</p>"
                     "<div class=side><div><h2>Filters</h2></div><div class=groups><div><h3>Material</h3></div>"
                     "<div class=opts><div><p>Teak</p></div><div><p>Aluminium</p></div><div><p>Wicker</p></div></div>"
                     "<div><h3>Colour</h3></div><div class=opts><div><p>Sage</p></div><div><p>Charcoal</p></div></div>"
                     "</div></div><div class=list>";
  for (int i = 0; i < 6; ++i)
    html += "<div class=item><p>Folding garden chair number " + std::to_string(i) + " in oiled hardwood $89</p></div>";
  html += "</div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Charcoal"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Wicker"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Folding garden chair number 4"), std::string::npos) << r->text;
}

// In a product grid, Bootstrap's ".thumbnail .caption" holds each card's
// linked name and price: body text, not an image caption.
TEST(Extract, LinkedCaptionBoxesInAGridAreCards) {
  std::string html = "<html><body><main><h1>Projectors</h1><div class=grid>";
  for (int i = 0; i < 6; ++i)
    html += "<div class=card><a class=thumbnail href='/p" + std::to_string(i) + "'><img src=p.jpg></a>"
            "<a href='/p" + std::to_string(i) + "'><div class=caption>Laser projector model " + std::to_string(i) +
            " with short throw lens, 4K</div></a></div>";
  html += "</div><figure><img src=x.jpg><div class=caption>The showroom in spring.</div></figure></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Laser projector model 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("showroom"), std::string::npos) << r->text;
}

// A product page keeps its description and specifications in collapsed tab
// and accordion panels (hidden until a tab or toggle opens them): prose in
// them is content. A hidden drawer of links is still furniture.
TEST(Extract, CollapsedTabPanelsAreContent) {
  std::string para = "The kettle boils a full litre in under four minutes and keeps it warm for an hour. ";
  std::string html = "<html><body><main><h1>Electric kettle</h1><p>" + para + para + "</p>"
                     "<div role=tablist><button role=tab aria-controls=t1>Description</button>"
                     "<button role=tab aria-controls=t2>Specifications</button></div>"
                     "<div id=t1 role=tabpanel hidden><p>Brushed steel body with a cool-touch handle "
                     "and a filter that lifts out for cleaning.</p></div>"
                     "<div id=t2 role=tabpanel hidden><p>Capacity 1.7 litres, power 2200 watts, "
                     "cord length 75 centimetres.</p></div>"
                     "<div class=drawer aria-labelledby=menu aria-hidden=true><a href=/a>Kettles and toasters</a> "
                     "<a href=/b>Coffee machines</a> <a href=/c>Blenders and mixers</a></div>"
                     "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Brushed steel body"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Capacity 1.7 litres"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Coffee machines"), std::string::npos) << r->text;
}

// The ARIA accordion pattern (a region named by its toggle through
// aria-labelledby) and framework collapse classes mark the same panels.
TEST(Extract, CollapsedAccordionPanelsAreContent) {
  std::string para = "Our fire pit burns wood almost without smoke thanks to a double wall of steel. ";
  std::string html = "<html><body><main><h1>Fire pit</h1><p>" + para + para + "</p>"
                     "<h3><button id=b1 aria-controls=p1 aria-expanded=false>Care</button></h3>"
                     "<div id=p1 role=region aria-labelledby=b1 aria-hidden=true style='max-height:0'>"
                     "<p>Let the ashes cool overnight, then lift out the pan and empty it.</p></div>"
                     "<h3><button aria-expanded=false>Shipping</button></h3>"
                     "<div class='accordion-item collapse' style='display:none'>"
                     "<p>Orders leave our warehouse within two working days of payment.</p></div>"
                     "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("ashes cool overnight"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("two working days"), std::string::npos) << r->text;
}

// A carousel hides every slide but the one in view (aria-hidden, the
// WAI-ARIA roledescription "slide", or a slider library's class): the other
// slides are the section's content one click away. The copies a looping
// carousel adds at its ends are not.
TEST(Extract, HiddenCarouselSlidesAreContent) {
  std::string para = "Our clinic treats sports injuries with hands-on therapy and a plan for each patient. ";
  std::string html = "<html><body><main><h1>Physiotherapy</h1><p>" + para + para + "</p><h2>What patients say</h2>"
                     "<div class=slider><div class='slick-slide slick-cloned' aria-hidden=true>"
                     "<p>The exercises they gave me fixed a knee that had hurt for two years.</p></div>"
                     "<div class='slick-slide slick-active' aria-hidden=false>"
                     "<p>Friendly staff, short waits and real progress after every single visit.</p></div>"
                     "<div class=slick-slide aria-hidden=true>"
                     "<p>The exercises they gave me fixed a knee that had hurt for two years.</p></div>"
                     "<li aria-roledescription='Carousel slide' aria-hidden=true>"
                     "<p>I was back on my bike a month after the surgery, stronger than before.</p></li></div>"
                     "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Friendly staff"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("back on my bike"), std::string::npos) << r->text;
  const size_t knee = r->text.find("fixed a knee");
  ASSERT_NE(knee, std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("fixed a knee", knee + 1), std::string::npos) << r->text;
}

// A landing page draws its app's screens in markup (a mock issue tracker,
// a demo checkout), telling screen readers what they are: an aria-label
// naming a screenshot, or a <figure> hidden from them whole (even when its
// class names the accordion it pictures). Their labels and made-up data are
// no text of the page; a hidden carousel slide's testimonial (a <figure> of
// a <blockquote> and its caption) still is.
TEST(Extract, DrawnAppScreensAreDropped) {
  std::string para = "Plan your sprints, track every issue and ship faster with a tool your whole team enjoys. ";
  std::string html =
      "<html><body><main><h1>Project planning</h1><p>" + para + para + "</p>"
      "<div class=frame aria-label='A screenshot of the app showing an issue in progress'>"
      "<div>TCK-1042 Reduce flicker while the board loads its columns</div><div>Backlog 8</div>"
      "<div>marta moved this from Todo to In Progress two minutes ago</div></div>"
      "<h2>Payments</h2><p>Accept cards and local payment methods from customers in many countries. " + para +
      "</p><figure class='checkout accordion-graphic' aria-hidden=true><div>Card number</div>"
      "<div>Expiry date and security code</div><div>Pay 168.00 after submission of the order form</div></figure>"
      "<h2>What customers say</h2><div class=slider>"
      "<figure class=slick-slide aria-hidden=true><blockquote>Switching our whole team over took one "
      "afternoon and nobody asked to go back.</blockquote><figcaption>Dana, engineering lead</figcaption>"
      "</figure></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Plan your sprints"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("local payment methods"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("TCK-1042"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Todo to In Progress"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Pay 168.00"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("nobody asked to go back"), std::string::npos) << r->text;
}

// A page that is not a story draws its footer's links as a row of plain
// links, no <footer> or footer class around them ("Help Status About
// Careers Press Privacy Terms"): the site's own pages, named so on every
// site, left out. A row of the page's own sections stays.
TEST(Extract, SiteLinksRowIsLeftOut) {
  std::string para = "Our movers pack, load and carry your things across town on the day you choose. ";
  std::string html =
      "<html><body><main><h1>Moving services</h1><p>" + para + para + "</p>"
      "<div class=row><a href=/local>Local moves</a> <a href=/long>Long distance</a> "
      "<a href=/packing>Packing help</a> <a href=/storage>Storage units</a></div>"
      "<p>Book online in two minutes and get a fixed price before the truck arrives. " + para + "</p>"
      "<div class=fo><a href=/help><p>Help</p></a><a href=/status><p>Status</p></a>"
      "<a href=/about><p>About</p></a><a href=/careers><p>Careers</p></a><a href=/press><p>Press</p></a>"
      "<a href=/privacy><p>Privacy</p></a><a href=/terms><p>Terms</p></a></div>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("fixed price"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Long distance"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Careers"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Privacy"), std::string::npos) << r->text;
}

// A service page draws a "jump to another service" picker in its hero: a
// list of links whose items hold lists of sub-pages (WordPress's
// wp_list_pages "li.page_item > ul.children"). It is the site's menu tree,
// left out; the page's own flat list of linked services stays, and so do a
// documentation-like list of sub-pages under a heading and a nested table
// of contents (links to the page's own sections).
TEST(Extract, MenuTreeInServicePageIsLeftOut) {
  std::string para = "Our consultants review your payroll, benefits and policies and fix what costs you money. ";
  std::string tree = "<div class=hero-select><div class=hero-select__button>Payroll consulting</div>"
                     "<div class=hero-select__dropdown><ul class=hero-select__list>";
  const char* groups[] = {"Audit", "Tax", "Advisory", "Technology"};
  for (const char* g : groups) {
    tree += std::string("<li class=page_item><a href=/s/") + g + ">" + g + " services</a><ul class=children>";
    for (int i = 1; i <= 4; ++i)
      tree += std::string("<li class=page_item><a href=/s/") + g + std::to_string(i) + ">" + g + " branch " +
              std::to_string(i) + "</a></li>";
    tree += "</ul></li>";
  }
  tree += "</ul></div></div>";
  std::string toc = "<ul>";
  for (int i = 1; i <= 4; ++i) {
    toc += "<li><a href=#part" + std::to_string(i) + ">Part " + std::to_string(i) + "</a><ul>";
    for (int j = 1; j <= 3; ++j)
      toc += "<li><a href=#p" + std::to_string(i) + std::to_string(j) + ">Point " + std::to_string(i) + "." +
             std::to_string(j) + "</a></li>";
    toc += "</ul></li>";
  }
  toc += "</ul>";
  // A bar of the site's sections, one of which opens on its sub-pages.
  std::string bar = "<div class=strip><ul>";
  for (int i = 1; i <= 10; ++i) bar += "<li><a href=/sec" + std::to_string(i) + ">Section " + std::to_string(i) + "</a></li>";
  bar += "<li><a href=/more>More sections</a><ul><li><a href=/m1>Archive pages</a></li>"
         "<li><a href=/m2>Press kit</a></li></ul></li></ul></div>";
  std::string html = "<html><body><main>" + bar + tree + "<h1>Payroll consulting</h1><p>" + para + para + "</p>" + toc +
                     "<p>Book a call and get a fixed quote within two days. " + para + "</p>"
                     "<ul><li><a href=/p1>Payroll audits</a></li><li><a href=/p2>Benefit reviews</a></li>"
                     "<li><a href=/p3>Policy handbooks</a></li></ul></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("fixed quote"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Benefit reviews"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Point 2.3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Tax branch 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Advisory services"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Section 7"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Press kit"), std::string::npos) << r->text;
}

// A card's excerpt linked a second time to its story, the link hidden from
// screen readers and taken out of the tab order ("aria-hidden=true
// tabindex=-1": the accessible card pattern), is shown on screen: it stays.
// A link so marked that only repeats a short heading, or a footnote's
// marker, stays hidden.
TEST(Extract, ScreenReaderHiddenExcerptLinkIsShown) {
  std::string html = "<html><body><nav><a href=/>Home</a> <a href=/topics>Topics</a></nav><main><h1>Gardening</h1>";
  const char* stories[][2] = {
      {"/s/1", "Tomatoes that ripen early"}, {"/s/2", "Pruning apple trees in winter"},
      {"/s/3", "A pond for frogs and newts"}, {"/s/4", "Compost without the smell"}};
  for (auto& s : stories)
    html += std::string("<article><h2><a href=") + s[0] + ">" + s[1] + "</a></h2><p class=desc><a href=" + s[0] +
            " aria-hidden=true tabindex=-1>Our editor tried six varieties and kept notes on each one through a "
            "whole summer: " + s[1] + ".</a></p><a href=" + s[0] + " aria-hidden=true tabindex=-1>Read on</a>"
            "<a href=#fn1 aria-hidden=true tabindex=-1>Footnote one marker that is long enough to be read</a></article>";
  html += "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("kept notes on each one through a whole summer: Pruning apple"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Read on"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Footnote one marker"), std::string::npos) << r->text;
}

// A shop's card draws its price for the eye and hides it from screen
// readers ("<span aria-hidden=true>$24.50</span>"), beside a visually
// hidden copy that words it ("<span class=sr-only>Sale price $24.50</span>",
// WooCommerce's "screen-reader-text"). That copy is dropped, so on a
// category page the shown price stays. When the copy beside it is plain
// text that stays, the hidden price is not added twice.
TEST(Extract, AriaHiddenCardPriceIsShownOnCategoryPage) {
  std::string html = "<html><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav><main><h1>Scented candles</h1>"
                     "<p>Hand-poured candles in small batches, from fresh citrus to warm amber and cedar.</p><ul>";
  const char* cards[][3] = {{"/c/1", "Lemon grove candle", "$18.40"}, {"/c/2", "Cedar cabin candle", "$21.75"},
                            {"/c/3", "Amber night candle", "$26.10"}, {"/c/4", "Sea salt candle", "$19.95"}};
  for (auto& c : cards)
    html += std::string("<li class=tile><h2><a href=") + c[0] + ">" + c[1] + "</a></h2><p class=tile-price>"
            "<span class=sr-only>Sale price " + c[2] + "</span><span aria-hidden=true>" + c[2] + "</span></p></li>";
  html += "</ul><div class=price-box><span aria-hidden=true>$33.30</span><span>Now $33.30, was $40.00</span></div>"
          "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("$21.75"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("$19.95"), std::string::npos) << r->text;
  const size_t copy = r->text.find("$33.30");
  ASSERT_NE(copy, std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("$33.30", copy + 1), std::string::npos) << r->text;
}

// Shopify's Dawn theme draws each card's price twice, a regular copy and
// a sale copy, and its stylesheet shows one: the sale copy when the price
// box is marked "price--on-sale", else the regular copy. The other copy is
// not read, so a price is not doubled ("$19.99 $19.99").
TEST(Extract, DawnPriceBoxShowsOneCopy) {
  std::string html = "<html><body><main><h1>Loose leaf teas</h1>"
                     "<p>Whole-leaf teas from small estates, packed in tins that keep them fresh.</p><ul>";
  const char* cards[][4] = {{"/t/1", "Morning black tea", "$12.50", ""},
                            {"/t/2", "Jasmine green tea", "$14.25", " price--on-sale"},
                            {"/t/3", "Mountain oolong tea", "$17.80", ""}};
  for (auto& c : cards)
    html += std::string("<li class=card><h3><a href=") + c[0] + ">" + c[1] + "</a></h3><div class='price" + c[3] +
            "'><div class=price__container><div class=price__regular><span class=price-item>" + c[2] +
            "</span></div><div class=price__sale><s class=price-item>$20.00</s> <span class=price-item>" + c[2] +
            "</span></div></div></div></li>";
  html += "</ul></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  for (auto& c : cards) {
    const size_t at = r->text.find(c[2]);
    ASSERT_NE(at, std::string::npos) << r->text;
    EXPECT_EQ(r->text.find(c[2], at + 1), std::string::npos) << c[2] << " twice in " << r->text;
  }
  // The sale copy's struck-out price shows only on the card on sale.
  const size_t was = r->text.find("$20.00");
  ASSERT_NE(was, std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("$20.00", was + 1), std::string::npos) << r->text;
}

// A navigation word on a section without a single link (a scroll-spy
// target: "js-navSource") names no menu: its prose is content. A menu of
// links under the same word is still furniture.
TEST(Extract, NavigationWordOnProseWithoutLinksIsContent) {
  std::string para = "Our bakery delivers fresh bread to offices across the city every morning before nine. ";
  std::string html = "<html><body><nav class=menu><a href=/a>Bread</a> <a href=/b>Cakes</a> <a href=/c>Contact</a></nav>"
                     "<main><h1>Office bread delivery</h1><p>" + para + para + para + "</p>"
                     "<div class='plans_section js-navSource'><h2>Plans</h2><p>Pick a weekly plan with two, three or "
                     "five deliveries, change it whenever you like, and pause it during the holidays without "
                     "any fee. Every plan includes a mixed basket of loaves, rolls and one seasonal bake "
                     "chosen by our head baker, with butter and jam on request.</p></div>"
                     "<div class=nav-links><a href=/p>Previous plan</a> <a href=/n>Next plan</a></div>"
                     "<p>" + para + para + para + "</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Pick a weekly plan"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Next plan"), std::string::npos) << r->text;
}

// On a landing page a button-like link that calls to action ("Get
// started", "See plans") is no part of the pitch; a link inside a sentence
// stays, and so does a linked line that is not a call to action.
// Outside articles a <figcaption> under a <blockquote> in one <figure> signs
// the quote (a service page's testimonial: "— Dana R., Leeds"): it stays
// with the quote. A photo's caption still goes.
TEST(Extract, FigureQuoteSignatureStaysOnServicePages) {
  std::string para = "Our crew packs, loads and moves a two-bedroom flat in one day, with blankets and straps. ";
  std::string html = "<html><body><main><h1>House moves</h1><p>" + para + para + "</p>"
                     "<figure><img src=/van.jpg><figcaption>Our blue van outside the depot</figcaption></figure>"
                     "<h2>What clients say</h2><figure><blockquote><p>They moved our piano down four flights "
                     "without a scratch and were done by noon.</p></blockquote>"
                     "<figcaption>Dana Rowe, Leeds</figcaption></figure><p>" + para + "</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("without a scratch"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Dana Rowe, Leeds"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Our blue van"), std::string::npos) << r->text;
}

// A gallery photo's caption in a <figure> that also holds an embedded post
// (a "twitter-tweet" blockquote) signs no quote: the picture sits right
// before it. (A testimonial's avatar over its quote still signs.)
TEST(Extract, GalleryCaptionBesideEmbeddedPostIsNoSignature) {
  std::string para = "Our crew packs, loads and moves a two-bedroom flat in one day, with blankets and straps. ";
  std::string html = "<html><body><main><h1>Our work</h1><p>" + para + para + "</p>"
                     "<figure><img src=/a.jpg><figcaption>Image 1 of 12, click to enlarge</figcaption>"
                     "<blockquote class=twitter-tweet>Great job today by the whole crew, thanks!</blockquote>"
                     "</figure><figure><img src=/b.jpg><figcaption>Image 2 of 12, the van at the depot</figcaption>"
                     "<blockquote><p>Quick and careful with everything we own.</p></blockquote></figure>"
                     "<figure><img src=/dana.jpg class=avatar><blockquote><p>They moved our piano down four "
                     "flights without a scratch.</p></blockquote><figcaption>Dana Rowe, Leeds</figcaption>"
                     "</figure><p>" + para + "</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("click to enlarge"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("the van at the depot"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Dana Rowe, Leeds"), std::string::npos) << r->text;
}

TEST(Extract, CallToActionButtonsLeaveServicePages) {
  std::string para = "Our service copies every file on your laptop to two data centres each night, encrypted. ";
  std::string html = "<html><body><main><h1>Cloud backup</h1><p>" + para + para +
                     "Read the guide, or <a href=/plans>learn more</a> about the plans.</p>"
                     "<div class=hero-actions><a class=button href=/signup>Get started</a> "
                     "<a class=button href=/pricing>See plans</a></div>"
                     "<h2>Restore in minutes</h2><p>" + para + "</p>"
                     "<div class=cta><a href=/demo>Book a demo today</a></div>"
                     "<p><a href=/cases>Customer stories from our clients</a></p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("learn more about the plans"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Customer stories"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Get started"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("See plans"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Book a demo"), std::string::npos) << r->text;
}

// A call to action that is a lone link under a feature's heading and
// blurb ("Learn more about reports") goes too, though its block (the
// feature's box) holds more than the link; a link in a sentence stays, and
// so does a card's linked title in its heading.
TEST(Extract, LoneCallToActionLinkLeavesServicePages) {
  std::string para = "Our service copies every file on your laptop to two data centres each night, encrypted. ";
  std::string html = "<html><body><main><h1>Cloud backup</h1><p>" + para + para + "</p>"
                     "<div class=feature><h3>Reports</h3><p>" + para + "You can also <a href=/plans>see plans</a> "
                     "for teams.</p><a href=/reports>Learn more about reports</a></div>"
                     "<div class=feature><h3>Restores</h3><p>" + para + "</p><a href=/restore>Explore restores</a>"
                     "</div><div class=card><h3><a href=/guide>Learn backups in a day</a></h3><p>" + para +
                     "</p></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("see plans for teams"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Learn backups in a day"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Learn more about reports"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Explore restores"), std::string::npos) << r->text;
}

// A heading's id is an anchor made from its words: "share" or "related"
// in it names no widget.
TEST(Extract, HeadingIdIsAnAnchorNotARole) {
  std::string para = "Teenagers who vape start younger every year, the survey of four thousand pupils found. ";
  std::string html = "<html><head><meta property='og:type' content='article'></head><body><article>"
                     "<h1>Vaping among teenagers</h1><p>" + para + para + "</p>"
                     "<h2 id=what-share-of-teens-vape>What share of teens vape?</h2><p>" + para + "</p>"
                     "<h2 id=related-research-on-nicotine>Related research on nicotine</h2><p>" + para + para +
                     "</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("What share of teens vape?"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Related research on nicotine"), std::string::npos) << r->text;
}

// On a service's page an offer to start ("free trial", "sign up") is the
// pitch; a newsletter box is still a promotion. Beside a story both are.
TEST(Extract, OffersArePitchOnServicePages) {
  std::string para = "Our service copies every file on your laptop to two data centres each night, encrypted. ";
  std::string body = "<h1>Cloud backup</h1><p>" + para + para + para + "</p>"
                     "<p>Start your <a href=/trial>free trial</a> with fifty gigabytes for a month.</p>"
                     "<p>Read our <a href=/news>newsletter</a> every month for storage tips.</p>";
  auto page = Extract("<html><body><main>" + body + "</main></body></html>");
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->text.find("fifty gigabytes"), std::string::npos) << page->text;
  EXPECT_EQ(page->text.find("storage tips"), std::string::npos) << page->text;
  auto story = Extract("<html><head><meta property='og:type' content='article'></head><body><article>" + body +
                       "</article></body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->text.find("fifty gigabytes"), std::string::npos) << story->text;
}

// An FAQ whose answers are collapsed without ARIA or a panel class: a
// hidden element right after a short question is its answer, content; a
// hidden element after anything else stays hidden.
TEST(Extract, HiddenAnswerAfterAQuestionIsContent) {
  std::string para = "Our clinic treats sports injuries with hands-on therapy and a plan for each patient. ";
  std::string html = "<html><body><main><h1>Physiotherapy</h1><p>" + para + para + "</p><h2>Questions</h2>"
                     "<div class=q><div class=toggle>Do I need a referral from my doctor?</div>"
                     "<div style='visibility:hidden'><p>No, you can book a first visit directly and bring any "
                     "scans you already have.</p></div></div>"
                     "<div class=q><div class=toggle>Opening hours</div>"
                     "<div style='display:none'><p>This drawer lists every branch and its phone number for "
                     "callers.</p></div></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("book a first visit directly"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("every branch"), std::string::npos) << r->text;
  // On an article a hidden box after a rhetorical question is a paywall's.
  auto story = Extract("<html><head><meta property='og:type' content='article'></head><body><article><h1>Budget"
                       "</h1><p>" + para + para + para + "</p><p>So what comes next?</p><div style='display:none'>"
                       "<p>Sign in to keep reading this story and every other one on the site.</p></div>"
                       "</article></body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("hands-on therapy"), std::string::npos) << story->text;
  EXPECT_EQ(story->text.find("Sign in to keep reading"), std::string::npos) << story->text;
}

// A guide whose steps are collapsed accordion panels: their prose counts
// when the root is chosen, so the root is the container of the intro and
// the steps, not the intro alone.
TEST(Extract, GuideStepsInCollapsedPanelsChooseTheRoot) {
  std::string html =
      "<html><head><meta property='og:type' content='article'></head><body>"
      "<div class=site><div class=content><h1>How to repaint a room</h1><div class=rich>"
      "<p>Repainting a room takes a weekend and a few simple tools, and the result lasts for years "
      "when the walls are prepared with care before the first coat goes on.</p>"
      "<p>Most of the work is in the preparation: the painting itself is the quick part, and the "
      "steps below keep the mess small and the finish even from one wall to the next.</p>"
      "<p>Pick a dry week with mild weather, so that each coat dries overnight with the windows open "
      "and the smell of the paint is gone by the time the furniture comes back.</p></div>";
  const char* steps[] = {"Clear the room", "Wash the walls", "Tape the edges", "Paint the ceiling first"};
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=acc><a role=button aria-controls=s" + n + ">" + steps[i] + "</a>"
            "<div id=s" + n + " role=region aria-labelledby=h" + n + " style='display:none'><div class=rich>"
            "<p>Step " + n + " of the job: move what you can, cover the rest with old sheets and keep "
            "the floor clear, because paint travels further than anyone expects on a busy day.</p>"
            "<p>Give this step an hour and check the light from the window before moving on.</p>"
            "</div></div></div>";
  }
  html += "</div><div class=sidebar><p>Our newsletter brings a tip every week to your inbox, free of charge "
          "and easy to leave at any time you choose.</p></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Repainting a room"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Step 2 of the job"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Step 3 of the job"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("newsletter"), std::string::npos) << r->text;
}

// A marked body ("entry-content") chosen inside the best root can be one of
// several parts of that markup: a second column of the story, nested
// deeper than a sibling, joins the body.
TEST(Extract, MarkedBodyPartsInOtherColumnsJoin) {
  std::string para = "The harbour was rebuilt over three summers, stone by stone, by the families who fish from it. ";
  std::string html =
      "<html><head><meta property='og:type' content='article'></head><body><div class=page>"
      "<h1>The harbour</h1><div class=cols>"
      "<div class=col-a><div class=wrap><div class=entry-content><p>" + para + para + "</p><p>" + para + para +
      "</p><p>" + para + "</p></div></div></div>"
      "<div class=col-b><section><div class=inner><div class=box><div class=entry-content><p>In the second "
      "column the story goes on: the new quay opened in June, and the first boats came home to it "
      "at dawn with the tide.</p></div></div></div></section></div>"
      "</div></div><div class=footer-links><a href=/a>About us</a> <a href=/b>Contact</a></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("rebuilt over three summers"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("the new quay opened in June"), std::string::npos) << r->text;
}

// On a thread, the poster's statistics beside each post ("Posts: 4032",
// "Joined Oct 28, 2023") are furniture; the poster's name and the post stay.
TEST(Extract, ThreadDropsMemberStatistics) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><dl class=profile><dt><a href=/u" + n + ">member" + n + "</a></dt>"
             "<dd><strong>Posts:</strong> 12" + n + "</dd><dd><strong>Joined:</strong> Mar 1" + n + ", 2015</dd></dl>"
             "<dl class=pairs><dt>Reaction score</dt><dd>4" + n + "5</dd></dl>"
             "<div class=body><p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</p></div></div>";
  }
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Posts:"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Joined"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Reaction score"), std::string::npos) << r->text;
}

// On a thread the linked cite over a reply's short quote of another post
// ("<a>member1 said:</a>", XenForo's quote title) stays with the quote; over
// a long quote, a copy of the post dropped as a repeat, it goes.
TEST(Extract, ThreadKeepsTheCiteOfAShortQuote) {
  auto quote = [](const std::string& who, const std::string& words) {
    return "<blockquote class=bbquote><div class=bbquote-title><a href=/goto/" + who + ">" + who +
           " said:</a></div><div class=bbquote-content>" + words + "</div></blockquote>";
  };
  const std::string first =
      "Reply number 1: the seal on the old pump gave out after a winter in the cold cellar, and now it leaks "
      "a cup of water an hour whenever it runs for more than a few minutes at a time.";
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    std::string body = i == 1 ? first : "Reply number " + n + ": I had the same trouble and a new seal fixed it "
                                        "for good after two weeks of trying other things first.";
    if (i == 2) body = quote("member1", first) + body;
    if (i == 3) body = quote("member2", "Did the seal fix it?") + body;
    posts += "<div class=post><div class=user><a href=/u" + n + ">member" + n + "</a></div>"
             "<div class=body>" + body + "</div></div>";
  }
  const std::string html = "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head>"
                           "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member2 said:"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Did the seal fix it?"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("member1 said:"), std::string::npos) << r->text;
}

TEST(Vocabulary, QuoteCiteLines) {
  EXPECT_TRUE(IsQuoteCiteLine("Jane Doe said:"));
  EXPECT_TRUE(IsQuoteCiteLine(" On 3/5/2024 at 7:29 PM, Jane wrote: "));
  EXPECT_FALSE(IsQuoteCiteLine("Jane said no"));
  EXPECT_FALSE(IsQuoteCiteLine("Recipes:"));
}

// On a thread, lists of linked items among a post's paragraphs (a release
// post's changelog under each contributor's name) are the post's; the
// toolbar list under each post ("Reply with quote") and a list of other
// threads after the last post are not.
TEST(Extract, ThreadKeepsLinkedListsInAPost) {
  std::string changes;
  for (int i = 1; i <= 3; ++i) {
    changes += "<h2>contributor" + std::to_string(i) + "</h2><ul>";
    for (int j = 1; j <= 3; ++j)
      changes += "<li><a href=/pull/" + std::to_string(i * 10 + j) + ">Fix number " + std::to_string(i * 10 + j) +
                 " to the pump driver</a></li>";
    changes += "</ul>";
  }
  std::string posts = "<div class=post><div class=body><p>Opening words: " + std::string(kEnglishProse) + "</p>" +
                      changes + "<p>Closing words: " + std::string(kEnglishProse) + "</p></div>"
                      "<ul class=buttons><li><a href=/reply?q=1>Reply with quote</a></li></ul></div>";
  for (int i = 2; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><div class=body><p>Reply number " + n + ": I had the same trouble with the pump and "
             "a new seal fixed it for good after two weeks of trying other things first.</p></div>"
             "<ul class=buttons><li><a href=/reply?q=" + n + ">Reply with quote</a></li></ul></div>";
  }
  std::string others;
  for (int i = 1; i <= 6; ++i)
    others += "<li><a href=/t/" + std::to_string(i) + ">Other thread about pumps " + std::to_string(i) + "</a></li>";
  const std::string html = "<html><head><meta name=generator content='phpBB'><title>Release notes</title></head>"
                           "<body><h1>Release notes</h1><div class=topic>" + posts + "<ul>" + others +
                           "</ul></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Closing words"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Fix number 11 "), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Fix number 33 "), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Reply with quote"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Other thread"), std::string::npos) << r->text;
}

// The badge beside the thread starter's name on each of their posts
// ("Thread starter" in a span beside the name, "Discussion starter" on a
// line of its own) is furniture on a thread; the name and the posts stay.
TEST(Extract, ThreadDropsTheStarterBadge) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    const bool starter = i % 2 == 1;
    posts += "<div class=post><div class=user><a href=/u" + n + ">member" + n + "</a>" +
             (starter ? " <span class=badge>Thread starter</span><div>Discussion starter</div>" : "") +
             "</div><div class=body><p>Reply number " + n + ": I had the same trouble with the pump and a new "
             "seal fixed it for good after two weeks of trying other things first.</p></div></div>";
  }
  const std::string html = "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head>"
                           "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("starter"), std::string::npos) << r->text;
}

// On a thread each post's byline-classed poster line (the poster's name
// and the post's date, Discourse's post meta) stays ahead of the post: who
// said what and when. The post's number in it (itemprop=position) goes, and
// so does a user panel's line that dates the member, not the post.
TEST(Extract, ThreadKeepsEachPostersNameAndDate) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post itemscope itemtype='https://schema.org/Comment'>"
             "<div class=post-byline><span class=creator><a href=/u/poster" + n + ">poster" + n + "</a></span> "
             "<time datetime='2024-03-0" + n + "T16:31:00Z'>March " + n + ", 2024, 4:31pm</time> "
             "<span itemprop=position>" + n + "7</span></div>"
             "<div class=author-panel>poster" + n + " Joined March 2019</div>"
             "<div class=body><p>Reply number " + n + ": I had the same trouble with the pump and a new "
             "seal fixed it for good after two weeks of trying other things first.</p></div></div>";
  }
  const std::string html = "<html><head><meta name=generator content='Discourse'><title>Pump leaks</title></head>"
                           "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("poster2 March 2, 2024, 4:31pm"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("poster4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("27"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Joined"), std::string::npos) << r->text;
}

// A post's number marked as its place in the list goes printed as "#17"
// too, like the bare "17" above (IsBareCountLine).
TEST(Extract, ThreadPostNumberWithHashDropped) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post itemscope itemtype='https://schema.org/Comment'>"
             "<div class=post-byline><span class=creator><a href=/u/poster" + n + ">poster" + n + "</a></span> "
             "<time datetime='2024-03-0" + n + "T16:31:00Z'>March " + n + ", 2024, 4:31pm</time> "
             "<span itemprop=position>#" + n + "7</span></div>"
             "<div class=body><p>Reply number " + n + ": I had the same trouble with the pump and a new "
             "seal fixed it for good after two weeks of trying other things first.</p></div></div>";
  }
  const std::string html = "<html><head><meta name=generator content='Discourse'><title>Pump leaks</title></head>"
                           "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("#27"), std::string::npos) << r->text;
}

// On an article the byline (a name and a date) still goes.
TEST(Extract, ArticleBylineWithDateStillDropped) {
  std::string body;
  for (int i = 0; i < 5; ++i)
    body += "<p>The council met on Tuesday to discuss the new bridge over the river and the budget it needs "
            "for the coming years of work.</p>";
  const std::string html = "<html><head><title>Bridge vote</title><meta property=og:type content=article></head>"
                           "<body><article><h1>Bridge vote</h1><div class=byline>Jane Writer March 3, 2024</div>" +
                           body + "</article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("The council met"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Jane Writer"), std::string::npos) << r->text;
}

TEST(Vocabulary, OrdinalItemprops) {
  EXPECT_TRUE(IsOrdinalItemprop("position"));
  EXPECT_TRUE(IsOrdinalItemprop(" Position "));
  EXPECT_FALSE(IsOrdinalItemprop("name"));
}

TEST(Vocabulary, PostAgeStamps) {
  EXPECT_TRUE(IsPostAgeStamp("17 hours ago"));
  EXPECT_TRUE(IsPostAgeStamp(" posted 6 years ago "));
  EXPECT_TRUE(IsPostAgeStamp("Posted: 2 years ago"));
  EXPECT_TRUE(IsPostAgeStamp("a year ago"));
  EXPECT_FALSE(IsPostAgeStamp("I bought it 2 years ago"));
  EXPECT_FALSE(IsPostAgeStamp("2 years ago, I bought it"));
  EXPECT_FALSE(IsPostAgeStamp("Last edited 2 days ago"));
  EXPECT_FALSE(IsPostAgeStamp("March 4, 2024"));
  EXPECT_TRUE(IsReplyCountTag("(11 children)"));
  EXPECT_TRUE(IsReplyCountTag("(1 child)"));
  EXPECT_FALSE(IsReplyCountTag("(11 children and a dog)"));
  EXPECT_FALSE(IsReplyCountTag("11 children"));
}

// On a thread a post's tagline shows its age relatively ("17 hours ago",
// "posted 6 years ago") and the count of replies under it ("(3
// children)"): furniture, dropped; the poster's name and the post stay, and
// an age inside a post's sentence stays.
TEST(Extract, ThreadDropsTheRelativeAgeInATagline) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><p class=tagline><a class=author href=/u/poster" + n + ">poster" + n + "</a> "
             "<span class=score>" + n + "2 points</span> <time datetime='2024-03-04T19:34:47Z'>" + n +
             " hours ago</time>&nbsp;<a class=numchildren>(" + n + " children)</a></p>"
             "<div class=body><p>Reply number " + n + ": I had the same trouble with the pump 2 years ago and a "
             "new seal fixed it for good after two weeks of trying other things first.</p></div>"
             "<div class=meta><span title='Sep 16, 2019'>posted 6 years ago</span></div></div>";
  }
  const std::string html = "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head>"
                           "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("poster3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("pump 2 years ago"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("hours ago"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("children"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("posted 6"), std::string::npos) << r->text;
}

// A reply whose whole text is a relative age ("2 years ago", answering
// "how long ago did you buy yours?") is the post, in a <p> or as its body's
// only block; only a tagline's age (beside the poster's link, a <time>, an
// element with a title) is the thread's furniture.
TEST(Extract, ThreadKeepsAReplyThatIsAnAge) {
  auto post = [](const char* who, const char* day, const std::string& body) {
    return std::string("<div class=post><div class=postauthor><a href=/u/") + who + ">" + who +
           "</a> <span class=date>" + day + "</span></div><div class=postbody>" + body + "</div></div>";
  };
  const std::string html =
      "<html><head><meta name=generator content='XenForo'><title>Fan noise - Hardware Forum</title></head>"
      "<body><h1>Fan noise</h1>" +
      post("bob", "Mar 3, 2024",
           "<p>The fan noise on my laptop is still the biggest issue after a year of use. Has anyone swapped "
           "the stock cooler for something quieter?</p><p>How long ago did you buy yours, everyone?</p>") +
      post("ann", "Mar 3, 2024", "<p>2 years ago</p>") + post("cy", "Mar 4, 2024", "<div>a year ago</div>") +
      post("dee", "Mar 4, 2024",
           "<p>Mine is quiet enough since I cleaned the dust out of the vents with a can of compressed air, "
           "which took ten minutes.</p>") +
      "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("compressed air"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("2 years ago"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("a year ago"), std::string::npos) << r->text;
}

TEST(Vocabulary, StarterBadges) {
  EXPECT_TRUE(IsStarterBadge("  Thread Starter\n "));
  EXPECT_TRUE(IsStarterBadge("OP"));
  // phpBB styles' "Topic Author" over the starter's name.
  EXPECT_TRUE(IsStarterBadge("Topic Author"));
  EXPECT_FALSE(IsStarterBadge("Thread starter pack for new members"));
  // A code forge's role badges beside each commenter's name.
  EXPECT_TRUE(IsStarterBadge("Author"));
  EXPECT_TRUE(IsStarterBadge(" Member "));
  EXPECT_TRUE(IsStarterBadge("Contributor"));
  EXPECT_FALSE(IsStarterBadge("Member since 2019"));
}

// An issue tracker's comment headers print a role badge beside the name
// ("<h3>kim commented May 2</h3><span class=Label>Member</span>"): on the
// thread it is furniture, not a line of the reply.
TEST(Extract, ThreadDropsCommentersRoleBadges) {
  std::string posts;
  const char* roles[] = {"Author", "Member", "Contributor", "Author"};
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i + 1);
    posts += "<div class=timeline-item><div class=comment-header><h3><a class=author href=/u" + n + ">user" + n +
             "</a> commented <time datetime='2024-05-0" + n + "'>May " + n + "</time></h3><span class=Label>" +
             roles[i] + "</span></div><div class=comment-body><p>Reply number " + n +
             ": the cache keeps the old key after a rename, so clearing it by hand works until the fix "
             "lands.</p></div></div>";
  }
  auto r = Extract("<html><head><meta name=generator content='Discourse'><title>Cache keeps old key</title></head>"
                   "<body><h1>Cache keeps old key</h1><div class=discussion>" + posts + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Member"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Contributor"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("\nAuthor"), std::string::npos) << r->text;
}

// A post's furniture on a line of its own (its vote score, its like count,
// the poster's rank, the toolbar, its permalink "#3") is dropped on a
// thread; the posts stay.
TEST(Extract, ThreadDropsPostFurnitureLines) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><div class=votes><div>1" + n + "7</div></div>"
             "<div class=user><a href=/u" + n + ">member" + n + "</a><div>Senior Member</div></div>"
             "<div class=body><p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</p></div>"
             "<div class=bar><div>#" + n + "</div><div>3" + n + " Likes</div><div>Reply</div></div></div>";
  }
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("#3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("137"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Senior Member"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Likes"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("\nReply\n"), std::string::npos) << r->text;
}

// A thread's tally over its posts above the first one ("4 Posts 318 Views",
// "Followers 2") is the forum's furniture; a post's own "3 replies later"
// sentence stays.
TEST(Extract, ThreadDropsThreadStatsLines) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><div class=user><a href=/u" + n + ">member" + n + "</a></div>"
             "<div class=body><p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</p></div></div>";
  }
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1><div class=info><div class=counts><span>4</span> Posts "
                     "<span>318</span> Views</div><ul><li>Followers <span>2</span></li></ul></div>" + posts +
                     "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("318"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Followers"), std::string::npos) << r->text;
}

// A thread's count over its replies ("all 4 comments") is furniture too.
TEST(Extract, ThreadDropsAllCommentsCount) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><p class=tagline><a href=/u" + n + ">member" + n + "</a></p><div class=body><p>"
             "Reply number " + n + ": I had the same trouble with the pump and a new seal fixed it for good "
             "after two weeks of trying.</p></div></div>";
  }
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1><div class=area><div>all 4 comments</div>" + posts +
                     "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("all 4 comments"), std::string::npos) << r->text;
}

// A post header's list of its badge and its permalink ("<li>#3</li>") loses
// the permalink, a row of its own; a list in a post keeps its numbers.
TEST(Extract, ThreadDropsPermalinkRowsNotListNumbers) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><header><ul class=attribution><li><a href='/p" + n + "'>Mar 1" + n +
             ", 2021</a></li></ul><ul class=opposite><li><a href='/t/post-" + n + "'> #" + n + " </a></li></ul>"
             "</header><div class=message-content><p>Reply number " + n + ": the hinge squeaked until I cleaned "
             "it and put a drop of light oil on the pin, which did it.</p><ol><li>4" + n + "</li><li>Tighten the screw</li>"
             "</ol></div></article>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Squeaky hinge</title></head>"
                     "<body><h1>Squeaky hinge</h1><div class=block-body>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("#3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("43"), std::string::npos) << r->text;
}

// A post's permalink beside its date ("<a href='#post-3'>#3</a> · Mar 13,
// 2021") goes on a thread; a number that links nowhere stays, and the date
// stays.
TEST(Extract, ThreadDropsPermalinkLinksBesideTheDate) {
  auto page = [](bool linked) {
    std::string posts;
    for (int i = 1; i <= 4; ++i) {
      const std::string n = std::to_string(i);
      const std::string number = linked ? "<a href='#post-" + n + "'> #" + n + " </a>" : "<span>#" + n + "</span>";
      posts += "<article class=message><div class=message-attribution>" + number + " <span>&middot;</span> <time>Mar 1" + n +
               ", 2021</time></div><div class=message-content><p>Reply number " + n + ": the hinge squeaked "
               "until I cleaned it and put a drop of light oil on the pin, which did it.</p></div></article>";
    }
    return "<html><head><meta name=generator content='XenForo'><title>Squeaky hinge</title></head>"
           "<body><h1>Squeaky hinge</h1><div class=block-body>" + posts + "</div></body></html>";
  };
  auto r = Extract(page(true));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Mar 13, 2021"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("#3"), std::string::npos) << r->text;
  r = Extract(page(false));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("#3"), std::string::npos) << r->text;
}

// A "#N" line in a post's body is the post's words: a list of ticket
// numbers, a ranking's headings. Only the post's own
// number (in its header, or linked to the post) is furniture.
TEST(Extract, ThreadKeepsNumberLinesInPostBody) {
  std::string posts;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><header><a href='/p" + n + "'>Jun 2" + n + ", 2022</a><div class=num><span>#" +
             n + "</span></div></header><div class=message-content><p>Reply number " + n + ": the pump rattled "
             "after the update and the vendor points at these old tickets of theirs:</p><ul><li>#77" + n +
             "</li><li>#88" + n + "</li></ul><h4>#9" + n + "</h4><p>Reseating the impeller stopped the noise for "
             "a week, then it came back louder than before.</p></div></article>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Rattling pump</title></head>"
                     "<body><h1>Rattling pump</h1><div class=block-body>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("#772"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("#882"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("#92"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("#2\n"), std::string::npos) << r->text;
}

// On a thread, a reply's quote box of another post (forum software's
// quote class: "quotebox", "bbcode_quote", "ipsQuote") is left out, with
// the quoted poster's name; a plain blockquote in a post (an outside text
// the poster cites) stays. On an article the same box is kept.
TEST(Extract, ThreadLeavesOutQuoteBoxesOfPosts) {
  auto page = [](std::string_view head) {
    std::string posts;
    for (int i = 1; i <= 4; ++i) {
      const std::string n = std::to_string(i);
      posts += "<div class=post><div class=author><a href=/u" + n + ">member" + n + "</a></div>"
               "<div class=message>" +
               std::string(i == 3 ? "<div class=quotebox><cite>member2 wrote:</cite><blockquote><p>Half of "
                                    "what I said about the gasket, copied into the reply</p></blockquote></div>"
                                  : "") +
               std::string(i == 4 ? "<blockquote><p>The maker's manual says the seal lasts ten years.</p>"
                                    "</blockquote>"
                                  : "") +
               "<p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
               "fixed it for good after two weeks of trying other things first.</p></div></div>";
    }
    return "<html><head>" + std::string(head) + "<title>Pump leaks</title></head><body><h1>Pump leaks</h1>" +
           posts + "</body></html>";
  };
  auto thread = Extract(page("<meta name=generator content='phpBB'>"));
  ASSERT_TRUE(thread.ok());
  EXPECT_EQ(thread->page_type, "forum");
  EXPECT_NE(thread->text.find("Reply number 3"), std::string::npos) << thread->text;
  EXPECT_EQ(thread->text.find("copied into the reply"), std::string::npos) << thread->text;
  EXPECT_EQ(thread->text.find("member2 wrote:"), std::string::npos) << thread->text;
  EXPECT_NE(thread->text.find("seal lasts ten years"), std::string::npos) << thread->text;
  auto article = Extract(page("<meta property='og:type' content='article'>"));
  ASSERT_TRUE(article.ok());
  EXPECT_NE(article->page_type, "forum");
  EXPECT_NE(article->text.find("copied into the reply"), std::string::npos) << article->text;
}

// phpBB and MyBB write a reply's quote of another post as a blockquote
// opening with the quoted poster's <cite>: left out on a thread. A
// blockquote whose cite comes after the quoted words (an outside source)
// stays.
TEST(Extract, ThreadLeavesOutCitedPostQuotes) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><div class=author><a href=/u" + n + ">member" + n + "</a></div>"
             "<div class=content>" +
             std::string(i == 2 ? "<blockquote><div><cite>member1 wrote:</cite>Part of the first reply, copied "
                                  "word for word into the second one</div></blockquote>"
                                : "") +
             std::string(i == 3 ? "<blockquote><p>Seals of this kind last about ten years.</p>"
                                  "<cite>the maker's manual</cite></blockquote>"
                                : "") +
             "<p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</p></div></div>";
  }
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("copied word for word"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("member1 wrote:"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("last about ten years"), std::string::npos) << r->text;
}

// vBulletin prints a reply's quote of another post as a box right after a
// "Quote:" label: the box is left out with the label. A box after other
// words stays.
TEST(Extract, ThreadLeavesOutBoxAfterQuoteLabel) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><div class=author><a href=/u" + n + ">member" + n + "</a></div>"
             "<div id=post_message_" + n + ">" +
             std::string(i == 2 ? "<div><div>Quote:</div><div class=panel><div>Originally Posted by <b>member1</b>"
                                  "</div><div>Part of the first reply, copied word for word into the second</div>"
                                  "</div></div>"
                                : "") +
             std::string(i == 3 ? "<div><div>Parts list:</div><div class=panel>One pump housing, two new seals "
                                  "and a tube of grease</div></div>"
                                : "") +
             "Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</div></div>";
  }
  std::string html = "<html><head><meta name=generator content='vBulletin'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("copied word for word"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Originally Posted by"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("two new seals"), std::string::npos) << r->text;
}

// A thread's summary box above the posts (Invision's "cTopicOverview":
// counts, top posters, excerpts of popular posts) is furniture.
TEST(Extract, ThreadDropsTopicOverview) {
  std::string posts =
      "<div class='cTopicOverview'><ul><li>Replies 12</li><li>Views 3.4k</li></ul>"
      "<h4>Top Posters In This Topic</h4><h4>Most Popular Posts</h4>"
      "<p>An excerpt of the best liked reply, about the pump and its seal, shown again up here</p></div>";
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=post><div class=author><a href=/u" + n + ">member" + n + "</a></div>"
             "<div class=content><p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</p></div></article>";
  }
  std::string html = "<html><head><meta name=generator content='Invision Community'><title>Pump leaks</title>"
                     "</head><body><h1>Pump leaks</h1><div class=feed>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Top Posters"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("shown again up here"), std::string::npos) << r->text;
}

// A thread's status notice (XenForo's "blockStatus": "Status / Not open
// for further replies.") is furniture, its label too.
TEST(Extract, ThreadDropsStatusNotice) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><div class=user><a href=/u" + n + ">member" + n + "</a></div>"
             "<div class=content><p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</p></div></article>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head><body>"
                     "<h1>Pump leaks</h1><div class=block><dl class=blockStatus><dt>Status</dt><dd>Closed to new "
                     "answers.</dd></dl><div class=posts>" + posts + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Status"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Closed to new"), std::string::npos) << r->text;
}

// A script-rendered forum names its software on the app's wrapper, not on
// <body>: the page is a thread all the same.
TEST(Extract, ForumSoftwareOnTheAppWrapper) {
  auto page = [](std::string_view app_class) {
    return "<html><head><title>Pump leaks</title></head><body><noscript>Enable scripts.</noscript>"
           "<div id=root><div id=app class='" + std::string(app_class) + "'><main><h1>Pump leaks</h1><p>" +
           std::string(kEnglishProse) + "</p></main></div></div></body></html>";
  };
  auto r = Extract(page("lemmy-site"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  r = Extract(page("app-site"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "forum");
  // XenForo names its thread template on <html>, whatever the JSON-LD.
  EXPECT_TRUE(MentionsForumSoftware("has-no-js template-thread_view"));
  EXPECT_FALSE(MentionsForumSoftware("has-no-js template-page_view"));
}

// MentionsForumSoftware reads its text case-insensitively in place: any
// case, at the start, the end or inside a word, within its first 4 KB.
// Platform class names that mark a thread page's posts: whole class names.
TEST(Vocabulary, ThreadMarkupClassList) {
  EXPECT_TRUE(IsThreadMarkupClassList("athing comtr"));
  EXPECT_TRUE(IsThreadMarkupClassList("comment-tree"));
  EXPECT_TRUE(IsThreadMarkupClassList("details comment-node py-2"));
  EXPECT_TRUE(IsThreadMarkupClassList("row view-thread d-flex"));
  EXPECT_FALSE(IsThreadMarkupClassList("comment-tree-toggle"));
  EXPECT_FALSE(IsThreadMarkupClassList("comments"));
  EXPECT_FALSE(IsThreadMarkupClassList(""));
}

TEST(Vocabulary, MentionsForumSoftwareAnyCaseWithinFourKilobytes) {
  EXPECT_TRUE(MentionsForumSoftware("Discourse"));
  EXPECT_TRUE(MentionsForumSoftware("powered by PHPBB"));
  EXPECT_TRUE(MentionsForumSoftware("XenForo 2.2"));
  EXPECT_TRUE(MentionsForumSoftware("page Simple Machines Forum"));
  EXPECT_TRUE(MentionsForumSoftware("my-vBulletin-skin"));
  EXPECT_FALSE(MentionsForumSoftware("disco phpb xenfor"));
  EXPECT_FALSE(MentionsForumSoftware("d"));
  EXPECT_FALSE(MentionsForumSoftware("lemm"));
  // A name right after bytes that start it too ("ddiscourse"), and pairs
  // that open a name but go on otherwise ("thread-pages" holds one; "php-bb"
  // and "topic page" do not).
  EXPECT_TRUE(MentionsForumSoftware("ddiscourse"));
  EXPECT_TRUE(MentionsForumSoftware("tthread-pages"));
  EXPECT_FALSE(MentionsForumSoftware("php-bb topic page"));
  std::string padded(4090, 'x');
  EXPECT_TRUE(MentionsForumSoftware(padded + "mybb"));
  EXPECT_FALSE(MentionsForumSoftware(std::string(4092, 'x') + "flarum"));  // cut at 4 KB
}

// NormalizeForCompareInto writes what NormalizeForCompare returns, into a
// buffer that held a longer text before.
TEST(DomText, NormalizeForCompareIntoAgreesWithNormalizeForCompare) {
  const std::string texts[] = {"", "  --Hello--World--  ", "Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve",
                               std::string("a\0b", 3), "2024: The Year", std::string(300, 'Q') + ", end."};
  std::string out = "a longer text left over from the last call";
  for (const std::string& t : texts) {
    NormalizeForCompareInto(t, &out);
    EXPECT_EQ(out, NormalizeForCompare(t)) << '"' << t.substr(0, 40) << '"';
  }
}

// On a thread whose best root is its comment section, the opening post
// before it (paragraphs beside a list of links) joins the root.
TEST(Extract, ThreadKeepsTheOpeningPostBeforeItsComments) {
  std::string comments;
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    comments += "<li class=comment><div class=meta><a href=/u/m" + n + ">member" + n + "</a></div>"
                "<div class=comment-body><p>Reply number " + n + ": " + std::string(kEnglishProse) +
                "</p></div></li>";
  }
  std::string links;
  for (int i = 1; i <= 40; ++i)
    links += "<li><a href=/changes/" + std::to_string(i) + ">Change number " + std::to_string(i) +
             " to the budget plan for road works</a></li>";
  const std::string html =
      "<html><head><meta name=generator content='Discourse'><title>Budget notes</title></head><body>"
      "<div class=page><div class=opening-post><h1>Budget notes</h1><p>Opening words: " + std::string(kEnglishProse) +
      "</p><ul>" + links + "</ul><p>Closing words: " + std::string(kEnglishProse) +
      "</p></div><div><ul class=comments>" + comments + "</ul></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 8"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Opening words"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Closing words"), std::string::npos) << r->text;
}

// On a thread whose best root is the list of replies, the opening post
// written by other markup before it (its own card, whose header is the
// thread's toolbar, the replies' block after its text) joins the root.
TEST(Extract, ThreadKeepsTheOpeningPostBeforeItsReplies) {
  std::string replies, tags;
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    replies += "<article class=message><div class=who><a href=/members/m" + n + ">member" + n + "</a></div>"
               "<div class=words><p>Reply number " + n + ": " + std::string(kEnglishProse) + "</p></div></article>";
  }
  for (int i = 1; i <= 12; ++i) tags += "<a href=/tags/t" + std::to_string(i) + ">pumps and seals</a> ";
  const std::string html =
      "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head><body>"
      "<div class=page><div class=first-card><header><h1>Pump leaks</h1><a href=/latest>Jump to latest</a> " + tags +
      "</header><div class=card-text><p>Opening words: the pump in the cellar leaks at the seal after a few hours "
      "of running, and a new gasket did not stop it. What else should I try before I buy another one for the "
      "cellar and the garden?</p></div><div class=stream><div class=stream-items>" + replies +
      "</div></div></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 6"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Opening words"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("pumps and seals"), std::string::npos) << r->text;
}

// On a thread whose replies alternate with the wrappers of their nested
// replies (a post, its nested replies' box, the next post...), the list is
// still a list of posts, and the opening post before it, in its own card,
// joins the root (the thread's row of tag links after the list had kept
// the root on the replies).
TEST(Extract, ThreadKeepsTheOpeningPostBeforeAlternatingReplies) {
  std::string replies, tags;
  for (int i = 1; i <= 40; ++i) tags += "<a href=/tags/t" + std::to_string(i) + ">pumps and seals</a> ";
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    replies += "<article class=reply-card><div class=who><a href=/members/m" + n + ">member" + n + "</a></div>"
               "<div class=words><p>Reply number " + n + ": " + std::string(kEnglishProse) + "</p></div></article>"
               "<div class=nested-replies><article class=nested-card><div class=who><a href=/members/n" + n +
               ">nested" + n + "</a></div><div class=words><p>Nested answer " + n + ": " +
               std::string(kEnglishProse) + "</p></div></article></div>";
  }
  const std::string html =
      "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head><body>"
      "<div class=page><div class=first-card><h1>Pump leaks</h1><div class=card-text><p>Opening words: the pump "
      "in the cellar leaks at the seal after a few hours of running, and a new gasket did not stop it. What else "
      "should I try before I buy another one for the cellar and the garden?</p></div></div>"
      "<div class=stream><div class=stream-items>" + replies + "</div></div><div class=thread-tags>" + tags +
      "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Nested answer 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Opening words"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("pumps and seals"), std::string::npos) << r->text;
}

// The reply box under a thread and the call to sign up shown to guests
// (Invision's "cTopicPostArea", NodeBB's "guest-cta-alert") are furniture.
TEST(Extract, ThreadDropsGuestReplyPrompts) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<li class=post><div class=author><a href=/u" + n + ">member" + n + "</a></div>"
             "<div class=content><p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</p></div></li>";
  }
  std::string html =
      "<html><head><meta name=generator content='NodeBB'><title>Pump leaks</title></head><body>"
      "<h1>Pump leaks</h1><ul class=posts>" + posts + "</ul>"
      "<div class='guest-cta-alert'><p>Hello there! You seem to like this talk about pumps, seals and gaskets, "
      "so why not make an account and join it today?</p></div>"
      "<div class='cTopicPostArea'><h2>Join the talk</h2><p>Sign in or make a free account to answer, follow "
      "the people who write here and get word of new replies.</p></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("make an account"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Join the talk"), std::string::npos) << r->text;
}

// A post's date stamp on a line of its own ("answered Mar 28, 2014 at
// 22:52", "posted 6 years ago") is dropped on a thread; a post that starts
// with "Posted" stays.
TEST(Extract, ThreadDropsPostDateLines) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><div class=body><p>" + std::string(i == 1 ? "Posted 3 photos. " : "") +
             "Reply number " + n + ": I had the same trouble with the pump "
             "and a new seal fixed it for good after two weeks of trying other things first.</p></div>"
             "<div class=signature><div>" + std::string(i == 1 ? "asked 3 years ago" : "answered Mar 2" + n +
             ", 2014 at 22:52") + "</div>"
             "<div><a href=/u" + n + ">member" + n + "</a></div></div></div>";
  }
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Posted 3 photos"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("answered"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("asked 3"), std::string::npos) << r->text;
}

// A post's note that dates its last edit ("Last edited: Jul 9, 2022", a
// line of its own under the post) is dropped on a thread; a note that
// names the editor stays.
TEST(Extract, ThreadDropsDatedEditNotes) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><div class=message-content><div class=body><p>Reply number " + n +
             ": the hinge squeaked until I cleaned it and put a drop of light oil on the pin, which did it.</p>"
             "</div><div class=lastEdit>" +
             (i == 4 ? std::string("Last edited by Jane Roe (2021-03-14 10:02:11)")
                     : "Last edited: <time>Mar 1" + n + ", 2021</time>") +
             "</div></div></article>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Squeaky hinge</title></head>"
                     "<body><h1>Squeaky hinge</h1><div class=block-body>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Last edited: Mar 12"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Last edited by Jane Roe"), std::string::npos) << r->text;
}

// On a question-and-answer page the question and its answers are the
// content; a Comment item on one of them ("Does this work on version 2?")
// is left out, and does not pull the root down to one answer. Replies
// marked as comments on a thread that is no Q&A page stay.
TEST(Extract, QAPageDropsCommentsOnPosts) {
  auto comments = [](const std::string& n) {
    std::string c = "<ul class=comments>";
    for (int k = 1; k <= 3; ++k)
      c += "<li itemprop=comment itemscope itemtype='https://schema.org/Comment' class=comment>Side remark " + n +
           std::to_string(k) + ": does this also hold for the older firmware that shipped with the first batch?</li>";
    return c + "</ul>";
  };
  std::string html = "<html><head><title>Fan speed</title></head><body itemscope itemtype='https://schema.org/QAPage'>"
                     "<div itemprop=mainEntity itemscope itemtype='https://schema.org/Question'><h1>Fan speed</h1>"
                     "<p>How do I lower the fan speed of the controller when the case stays cool all day long?</p>" +
                     comments("q") + "</div><div id=answers>";
  for (int i = 1; i <= 2; ++i) {
    const std::string n = std::to_string(i);
    html += "<div itemprop=suggestedAnswer itemscope itemtype='https://schema.org/Answer'><p>Answer " + n +
            ": set the curve in the firmware menu, then save the profile and restart the controller so that "
            "the new curve is read at boot time.</p>" + comments("a" + n) + "</div>";
  }
  html += "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("How do I lower"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Answer 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Answer 2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Side remark"), std::string::npos) << r->text;

  // A thread whose replies are Comment items of the posting: replies stay.
  std::string thread = "<html><head><title>Fan speed</title></head><body><div itemscope "
                       "itemtype='https://schema.org/DiscussionForumPosting'><h1>Fan speed</h1><p>How do I lower the "
                       "fan speed of the controller when the case stays cool all day long?</p>" +
                       comments("r") + "</div></body></html>";
  auto t = Extract(thread);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->page_type, "forum");
  EXPECT_NE(t->text.find("Side remark r3"), std::string::npos) << t->text;
}

// A consent manager's long cookie policy does not make the content look
// small: a thread wrapped in a <form> (moderation checkboxes) is judged
// against the page's prose without it, and stays the content.
TEST(Extract, ConsentTextDoesNotOutweighAThreadInAForm) {
  std::string policy = "<div id=onetrust-consent-sdk><div>";
  for (int i = 0; i < 8; ++i)
    policy += "<p>These technologies help us understand how our site is used and measure the performance of "
              "our pages, and they may be set by us or by our partners through this site.</p>";
  policy += "</div></div>";
  std::string html = "<html><head><meta name=generator content=phpBB><title>Case feet</title></head><body>" + policy +
                     "<h1>Case feet</h1><form action=/moderate>";
  for (int i = 1; i <= 3; ++i)
    html += "<article class=post><p>Reply number " + std::to_string(i) +
            ": the two tabs under the case hold the feet in place; slide them out before you lift it.</p></article>";
  html += "</form></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Reply number 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("These technologies"), std::string::npos) << r->text;
}

// On a thread, the subject line over each reply ("Re: <title>", a heading
// or a link) and a code box's header are furniture; a reply that starts
// with "Re:" in a paragraph of its own stays.
TEST(Extract, ThreadDropsReplySubjectLines) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><h3><a href='#p" + n + "'>Re: Pump leaks</a></h3><div class=content>"
             "<p>Reply number " + n + ": I had the same trouble with the pump and a new seal fixed it for good "
             "after two weeks of trying other things first.</p>" +
             (i == 2 ? "<div class=codebox><p>Code: <a href='#'>Select all</a></p><pre>pump --reset</pre></div>" : "") +
             (i == 3 ? "<p>Re: the seal, any hardware store has them in the plumbing aisle for a few dollars.</p>" : "") +
             "</div></div>";
  }
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("pump --reset"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Re: the seal"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Re: Pump"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Select all"), std::string::npos) << r->text;
}

// On a thread, the poster's rank and profile fields beside each post
// (XenForo's "userTitle", "message-userExtras") are left out, the name
// stays; short posts are still kept together.
TEST(Extract, ThreadDropsPosterExtras) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><section class=message-user><h4><a href=/u" + n + ">member" + n +
             "</a></h4><h5 class='userTitle message-userTitle'>Gold Contributor</h5>"
             "<div class=-flair><span>4,20" + n + "</span> 12 gold badges</div>"
             "<div class=message-userExtras><dl class=pairs><dt>Location</dt><dd>Leeds, West Yorkshire</dd></dl>"
             "</div></section><div class=message-body><p>Short reply " + n + ": same here, thanks.</p></div></article>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1><div class=block-body>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Short reply 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Short reply 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Gold Contributor"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Leeds"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("badges"), std::string::npos) << r->text;
}

// On a thread, the badges a board awards its members, in the poster's cell
// ("post-badges": "Science Advisor"), and a digest of the thread that an AI
// wrote over the posts ("ai-summary-block") are left out; the names and the
// posts stay.
TEST(Extract, ThreadDropsPosterBadgesAndAiSummary) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><section class=message-user><h4><a href=/u" + n + ">member" + n +
             "</a></h4><div class=post-badges><div class=post-badge>Honoured Helper</div>"
             "<div class=post-badge>Gold Member</div></div></section><div class=message-body><p>Reply number " +
             n + ": the hinge squeaked until I cleaned it and put a drop of light oil on the pin.</p></div>"
             "</article>";
  }
  const std::string summary =
      "<div class=block id=ai-summary-block><details><summary>Click For Summary</summary><div class=block-body>"
      "<h2>Discussion Overview</h2><p>The discussion revolves around squeaking hinges and how members fixed "
      "them with oil, with several participants sharing their own experience of cleaning the pins first.</p>"
      "<h2>Main Points Raised</h2><ul><li>One participant suggests light oil on the pin after cleaning it.</li>"
      "<li>Another participant recommends replacing the hinge entirely when it is worn out.</li></ul>"
      "</div></details></div>";
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Squeaky hinge</title></head>"
                     "<body><h1>Squeaky hinge</h1>" + summary + "<div class=block-body>" + posts +
                     "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Honoured Helper"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Gold Member"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Discussion Overview"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("revolves around"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Click For Summary"), std::string::npos) << r->text;
}

// On a thread, the board's list of other threads under the posts, in the
// same block as the posts (a heading "Similar threads" over linked titles
// and their reply counts), is left out; the posts stay.
TEST(Extract, ThreadDropsSimilarThreadsList) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><h4><a href=/u" + n + ">member" + n + "</a></h4><div class=message-body>"
             "<p>Reply number " + n + ": the hinge squeaked until I cleaned it and put a drop of light oil on the "
             "pin, which did it for good.</p></div></article>";
  }
  std::string similar = "<div class=block><h3 class=block-header>Similar threads</h3><div class=block-body>";
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    similar += "<div class=item><div class=item-title><a href=/threads/" + n + ">Door number " + n +
               " sticks in winter</a></div><div class=item-minor>Mar " + n + ", 2019 \xC2\xB7 Replies 1" + n +
               " \xC2\xB7 Last reply Apr " + n + ", 2019 by someone careful</div></div>";
  }
  similar += "</div></div>";
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Squeaky hinge</title></head>"
                     "<body><h1>Squeaky hinge</h1><div class=pageContent><div class=block-body>" + posts +
                     "</div>" + similar + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Similar threads"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Replies 1"), std::string::npos) << r->text;
}

// On a thread, the toggle under a post's nested replies that loads the
// rest of them ("Show more replies") is the board's control, not a post.
TEST(Extract, ThreadDropsShowMoreRepliesToggle) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><h4><a href=/u" + n + ">member" + n + "</a></h4><div class=message-body>"
             "<p>Reply number " + n + ": the hinge squeaked until I cleaned it and put a drop of light oil on the "
             "pin, which did it for good.</p></div><div class=nested-replies><div class=toggle>Show more replies"
             "</div></div></article>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Squeaky hinge</title></head>"
                     "<body><h1>Squeaky hinge</h1><div class=block-body>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Show more replies"), std::string::npos) << r->text;
}

// On a thread, a short post whose box opens on its date stamp block
// ("Posted May 22, 2024" over a one-line reply) keeps its words: only the
// stamp is the post's furniture.
TEST(Extract, ThreadKeepsShortPostUnderItsStamp) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class='cPost ipsComment'><aside class=ipsComment_author><a href=/profile/" + n +
             ">member" + n + "</a></aside><div class=ipsComment_content><div class=ipsComment_meta>"
             "<div class=ipsType_reset><a href='/t/1?comment=" + n + "'>Posted <time datetime='2024-05-2" + n +
             "T20:00:00Z'>May 2" + n + ", 2024</time></a></div></div><div class=cPost_contentWrap>"
             "<div class=ipsType_richText><p>Short reply " + n + ": that fixed it, thanks.</p></div></div>"
             "</div></article>";
  }
  std::string html = "<html><head><meta name=generator content='Invision Community'><title>Pump leaks</title>"
                     "</head><body><h1>Pump leaks</h1><div id=comments><form>" + posts +
                     "</form></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Short reply 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Short reply 3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Short reply 4"), std::string::npos) << r->text;
}

// On a thread, the poster's signature under each post, the names of those
// who reacted to it and vBulletin's profile fields ("Join Date", "Location",
// "Posts" in one list) are left out; the posts stay.
TEST(Extract, ThreadDropsSignaturesAndReactions) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<li class=postbit><div class=userinfo_extra><dl class=userstats><dt>Join Date</dt><dd>May 2010</dd>"
             "<dt>Location</dt><dd>Leeds, West Yorkshire</dd><dt>Posts</dt><dd>1,20" + n + "</dd></dl></div>"
             "<div class=postrow><p>Reply number " + n + ": I had the same trouble with the pump and a new seal "
             "fixed it for good after two weeks of trying other things first.</p>"
             "<blockquote class='signature restore'><div class=signaturecontainer>Best pump deals in town at "
             "our shop, call us today for a free quote on any model " + n + "</div></blockquote>"
             "<div class='reactionsBar js-reactionsList'>Reactions: <a href=/u9>someone" + n + "</a></div>"
             "</div></li>";
  }
  std::string html = "<html><head><meta name=generator content='vBulletin'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1><ol class=posts>" + posts + "</ol></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Best pump deals"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("someone"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Leeds"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Join Date"), std::string::npos) << r->text;
}

// On a thread each post's date stamp stays, a permalink or a line of its
// own; on an article a date line between paragraphs is still left out.
TEST(Extract, ThreadKeepsEachPostsDateStamp) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><header class=message-attribution><a href='/p" + n + "'>Mar 1" + n +
             ", 2021</a> <a href='#p" + n + "'>#" + n + "</a></header><div class=message-content>Reply number " + n +
             ": the hinge squeaked until I cleaned it and put a drop of light oil on the pin, which did it.</div>"
             "</article>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Squeaky hinge</title></head>"
                     "<body><h1>Squeaky hinge</h1><div class=block-body>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Mar 11, 2021"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Mar 14, 2021"), std::string::npos) << r->text;
  std::string article = "<html><head><meta property=og:type content=article><title>Oiling hinges</title></head>"
                        "<body><article><h1>Oiling hinges</h1><p>" + std::string(kEnglishProse) +
                        "</p><div>Mar 11, 2021</div><p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  r = Extract(article);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Mar 11, 2021"), std::string::npos) << r->text;
}

// A Q&A page whose question outweighs its one answer: the answer list
// beside the question ("#question", "#answers") joins it in the body.
TEST(Extract, QuestionJoinsItsAnswerList) {
  std::string question = "<div id=question class=question><div class=postcell><div class=s-prose>";
  for (int i = 1; i <= 4; ++i)
    question += "<p>Step " + std::to_string(i) + ": water the bed each morning before the sun is high, and keep "
                "the soil damp but never soaked, so that the roots grow deep and strong over the season.</p>";
  question += "</div></div></div>";
  const std::string answers =
      "<div id=answers><h2>1 Answer</h2><div class=answer><div class=s-prose><p>Soak the seed overnight and sow "
      "it shallow: it wants light to sprout.</p></div></div><div class=bottom-notice><p>Know the answer to a "
      "question like this one? Share what you know with us.</p><p>Browse the questions near this one by their "
      "tags and find more.</p></div><form class=answer-form><textarea></textarea><p>Thanks for contributing an "
      "answer! Please be sure to answer the question and give details.</p></form></div>";
  const std::string html =
      "<html><head><title>Sowing seed</title></head><body class=question-page><div id=content>"
      "<div id=mainbar>" + question + answers + "</div><div id=sidebar><ul><li><a href=/q1>Other question one "
      "about seeds</a></li><li><a href=/q2>Other question two about soil</a></li></ul></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Step 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Soak the seed overnight"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Other question one"), std::string::npos) << r->text;
}

// A notice at the foot of a thread ("bottom-notice": ask your own
// question, browse related ones) is no part of it.
TEST(Extract, ThreadDropsBottomNotice) {
  std::string posts;
  for (int i = 1; i <= 3; ++i)
    posts += "<div class=answer><p>Answer number " + std::to_string(i) + ": " + std::string(kEnglishProse) +
             "</p></div>";
  const std::string html =
      "<html><head><title>Sowing seed</title></head><body class=question-page><div id=answers>" + posts +
      "<div class='js-bottom-notice'><p>Know the answer to a question like this one? Share what you know.</p>"
      "<p>Browse the questions near this one by their tags.</p></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Answer number 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Share what you know"), std::string::npos) << r->text;
}

// On a thread the description repeats the opening post's first lines; the
// post that shows them is the thread's, not a dek: it stays in the body.
// (On an article the same one-paragraph block is the dek.)
TEST(Extract, ThreadOpeningPostIsNoDek) {
  const std::string desc = "Our pump leaks at the seal every morning since the last service, any idea why?";
  auto page = [&](const std::string& generator) {
    std::string posts;
    for (int i = 1; i <= 3; ++i)
      posts += "<div class=post><div class=message>" +
               (i == 1 ? "<div class=first>" + desc + "</div>"
                       : "<p>Reply number " + std::to_string(i) +
                             ": a new seal fixed it for good after two weeks of trying other things first.</p>") +
               "</div></div>";
    return "<html><head>" + generator + "<meta name=description content='" + desc +
           "'><title>Pump leaks</title></head><body><h1>Pump leaks</h1>" + posts + "</body></html>";
  };
  auto thread = Extract(page("<meta name=generator content='Vanilla Forums'>"));
  ASSERT_TRUE(thread.ok());
  EXPECT_EQ(thread->page_type, "forum");
  EXPECT_NE(thread->text.find("leaks at the seal"), std::string::npos) << thread->text;
  EXPECT_NE(thread->text.find("Reply number 3"), std::string::npos) << thread->text;
}

// On a thread, the poster's statistics written count first and joined on
// one line ("1,109 posts · Joined 2022") are left out, however deeply the
// template indents them.
TEST(Extract, ThreadDropsIndentedStatisticsLine) {
  const std::string pad(80, ' ');
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><div class=user-detail>" + pad + "<span class=count>" + pad + "1,10" + n +
             " posts" + pad + "</span>" + pad + "<span>\xC2\xB7</span>" + pad + "<span>" + pad + "Joined 2022" +
             pad + "</span>" + pad + "</div><div class=message-body><p>Reply number " + n +
             ": I had the same trouble with the pump and a new seal fixed it for good.</p></div></article>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1><div class=block-body>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Joined"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("posts"), std::string::npos) << r->text;
}

// On a FluxBB-style thread, the profile column's "From:" field and the
// poster's contact links ("dd.usercontacts") are left out; the name stays.
TEST(Extract, ThreadDropsProfileColumnFields) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=blockpost><div class=postleft><dl><dt><strong>member" + n + "</strong></dt>"
             "<dd class=usertitle>Member</dd><dd><span>From: Leeds, UK</span></dd>"
             "<dd><span>Registered: 2010-05-0" + n + "</span></dd>"
             "<dd class=usercontacts><span class=website><a href='https://example.com/" + n + "'>Website</a></span></dd>"
             "</dl></div><div class=postright><div class=postmsg><p>Reply number " + n +
             ": I had the same trouble with the pump and a new seal fixed it for good.</p></div></div></div>";
  }
  std::string html = "<html><head><meta name=generator content='FluxBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1><div id=punviewtopic>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Leeds"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Website"), std::string::npos) << r->text;
}

// On a long thread a post quoted in a late reply is still a repeat: every
// section of the thread is compared, not only the first few dozen.
TEST(Extract, LongThreadShowsLateQuotesOnce) {
  const std::string first = "The pump leaks at the seal every morning since the last service and the puddle "
                            "grows a little each day.";
  std::string posts;
  for (int i = 1; i <= 40; ++i) {
    const std::string n = std::to_string(i);
    std::string body = i == 1 ? "<p>" + first + "</p>"
                              : "<p>Reply number " + n + " says the seal of model " + n +
                                    " wears out within a year of daily use, so keep a spare one at hand.</p>";
    if (i == 39) body = "<blockquote class=quote><div class=quote-content><p>" + first + "</p></div></blockquote>" + body;
    posts += "<div class=post><div class=post-inner><div class=post-body><div class=content>" + body +
             "</div></div></div></div>";
  }
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><h1>Pump leaks</h1><div class=topic>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 40"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply number 39"), std::string::npos) << r->text;
  const size_t at = r->text.find("puddle grows");
  ASSERT_NE(at, std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("puddle grows", at + 1), std::string::npos) << r->text;
}

// A link post and its discussion (a link aggregator's story page that
// calls itself an article): the story is a title and a link, the comment
// section holds the prose, and the replies are the content. A story with a
// body of its own keeps its comments out.
TEST(Extract, LinkPostDiscussionIsTheContent) {
  std::string replies = "<ol class=comments>";
  for (int i = 1; i <= 8; ++i)
    replies += "<li class=comment><div class=comment_text><p>Reply number " + std::to_string(i) +
               ": the proposal reads well, but the cost of the new trait for library authors is not discussed "
               "anywhere, and that worries me more than the syntax.</p></div></li>";
  replies += "</ol>";
  const std::string head = "<html><head><meta property=og:type content=article><title>Goals for 2024</title></head><body>";
  auto link = Extract(head + "<div class=story><a href='https://example.org/goals'>Goals for 2024</a> "
                      "<span class=byline>via alice</span></div>" + replies + "</body></html>");
  ASSERT_TRUE(link.ok());
  EXPECT_NE(link->text.find("Reply number 8"), std::string::npos) << link->text;

  std::string body;
  for (int i = 0; i < 4; ++i)
    body += "<p>The project sets out its goals for the year: a faster compiler, a new trait solver and better "
            "async support, each with an owner and a plan that the teams agreed on in the spring.</p>";
  auto story = Extract(head + "<article><h1>Goals for 2024</h1>" + body + "</article>" + replies + "</body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("trait solver"), std::string::npos) << story->text;
  EXPECT_EQ(story->text.find("Reply number"), std::string::npos) << story->text;
}

// A thread drawn like old Reddit: each post's tagline holds the poster's
// byline-classed linked name, then its score drawn once per vote state
// ("score dislikes", "score unvoted", "score likes"; the style sheet shows
// one), then its age.
std::string TaglineThread(bool vote_copies) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class='thing comment'><div class=entry><p class=tagline>"
             "<a href=/user/member_" + n + " class=author>member_" + n + "</a> ";
    if (vote_copies)
      posts += "<span class='score dislikes'>1" + n + " points</span><span class='score unvoted'>2" + n +
               " points</span><span class='score likes'>3" + n + " points</span> ";
    posts += "<time datetime='2024-03-0" + n + "T10:00:00Z'>" + n + " hours ago</time></p>"
             "<div class=md><p>Reply number " + n + ": the new seal fixed the leak on mine after two weeks of "
             "trying other things, so I would start there before buying a new pump.</p></div></div></div>";
  }
  return "<html><head><meta name=generator content='Discourse'><title>Pump leaks</title></head><body>"
         "<h1>Pump leaks</h1><div class=commentarea>" + posts + "</div></body></html>";
}

// On a thread, a byline-classed link in a post's header line is the
// poster's name: it stays (who said what).
TEST(Extract, ThreadKeepsBylineClassedPosterLink) {
  auto r = Extract(TaglineThread(/*vote_copies=*/false));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member_2"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member_4"), std::string::npos) << r->text;
}

// On a thread, the copies of a vote score for a vote cast ("score likes",
// "score dislikes") go: the shown, unvoted score stays once.
TEST(Extract, ThreadDropsVoteCastScoreCopies) {
  auto r = Extract(TaglineThread(/*vote_copies=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("22 points"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("12 points"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("32 points"), std::string::npos) << r->text;
  EXPECT_TRUE(IsVoteCastScoreClass("score likes"));
  EXPECT_TRUE(IsVoteCastScoreClass("Score Dislikes"));
  EXPECT_FALSE(IsVoteCastScoreClass("score unvoted"));
  EXPECT_FALSE(IsVoteCastScoreClass("likes"));
}

// A page that declares no article (a news aggregator's story page): a
// summary of a few paragraphs under its headline, then a discussion ten
// times its size. The replies are content, as on a thread. A page whose
// story outweighs its comments keeps them out, and so does one whose best
// block is a short line (a list page's sidebar excerpt).
TEST(Extract, UndeclaredStoryUnderItsLargeDiscussionIsAThread) {
  auto page = [](int replies_count, int story_paragraphs) {
    // (Its headline links to the story it posts: a link post's sign.)
    std::string story = "<div class=story><h1><a href='https://lists.example.org/kernel'>Kernel in a new language"
                        "</a></h1>";
    for (int i = 0; i < story_paragraphs; ++i)
      story += "<p>A mailing list discussion from six years ago has been revived over converting the kernel to "
               "a newer language, starting with a set of patches that let it build under another compiler.</p>";
    story += "</div>";
    std::string replies = "<ul class=comments>";
    for (int i = 1; i <= replies_count; ++i)
      replies += "<li class=comment><div class=comment-body><p>Reply number " + std::to_string(i) +
                 ": the hard part is not the syntax but the rules on what the new features may do inside the "
                 "kernel, and the reviews needed to keep them out of the hot paths for years to come.</p></div></li>";
    replies += "</ul>";
    return "<html><head><title>Kernel in a new language</title></head><body>" + story + replies + "</body></html>";
  };
  auto thread = Extract(page(60, 3));
  ASSERT_TRUE(thread.ok());
  EXPECT_NE(thread->text.find("Reply number 60"), std::string::npos) << thread->text;

  auto story = Extract(page(4, 3));
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("mailing list discussion"), std::string::npos) << story->text;
  EXPECT_EQ(story->text.find("Reply number"), std::string::npos) << story->text;
}

// A bare discussion: a page that declares nothing, whose best root holds
// next to no prose (a submission's title and its row of links, or an issue
// tracker's heading), and whose comment sections hold all its words, with no
// link post's sign (no off-site link, no vote class). The comments are the
// content. With a story of its own, a page keeps them out.
TEST(Extract, BareDiscussionUnderAShortHeadIsAThread) {
  auto page = [](bool story) {
    std::string head = "<html><head><title>Loader ignores the last line</title></head><body>"
                       "<div class=top><a href=/>Home</a> <a href=/issues>Issues</a></div>"
                       "<h1>Loader ignores the last line</h1>";
    if (story)
      for (int i = 0; i < 4; ++i)
        head += "<p>The loader reads each file line by line and hands every line to the parser, but the last "
                "line of a file without a final newline never reaches it, which the tests did not catch.</p>";
    std::string replies = "<div class=comments>";
    for (int i = 1; i <= 4; ++i)
      replies += "<div class=comment><a href=/people/p" + std::to_string(i) + ">p" + std::to_string(i) +
                 "</a> <time datetime='2024-05-0" + std::to_string(i) + "'>May " + std::to_string(i) +
                 "</time><div class=comment-body><p>Reply number " + std::to_string(i) +
                 ": the buffer is only flushed on a line break, so the end of the file needs its own "
                 "flush.</p></div></div>";
    return head + replies + "</div></body></html>";
  };
  auto thread = Extract(page(false));
  ASSERT_TRUE(thread.ok());
  EXPECT_NE(thread->text.find("Reply number 1"), std::string::npos) << thread->text;
  EXPECT_NE(thread->text.find("Reply number 4"), std::string::npos) << thread->text;

  auto story = Extract(page(true));
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("final newline"), std::string::npos) << story->text;
  EXPECT_EQ(story->text.find("Reply number"), std::string::npos) << story->text;
}

// On a thread whose posts carry heavy author panes (links to the
// poster's profile, messages, reputation), the longest post alone scores
// best; the posts around it, repeated siblings of its signature, join it.
TEST(Extract, ThreadJoinsRepeatedPostsAroundTheBestOne) {
  auto pane = [](int i) {
    std::string p = "<aside class=author-pane><ul>";
    for (const char* l : {"Profile", "Send message", "Find posts", "Reputation", "Followers", "Badges", "Gallery"})
      p += "<li><a href=/u" + std::to_string(i) + ">" + std::string(l) + " of member" + std::to_string(i) + "</a></li>";
    return p + "</ul></aside>";
  };
  std::string first;
  for (int k = 1; k <= 3; ++k)
    first += "<p>Tab " + std::to_string(k) + ": the tabs under the case are for the feet and the dust filter; slide "
             "the filter out towards the front before you lift the case, or the tabs snap off.</p>";
  // The post's text sits three levels below the post.
  const std::string open = "<div class=column><div class=entry-wrap><div class=post-content>";
  const std::string close = "</div></div></div></article>";
  std::string posts = "<article class='post box'>" + pane(1) + open + first + close;
  for (int i = 2; i <= 3; ++i)
    posts += "<a id=p" + std::to_string(i) + "></a><article class='post box'>" + pane(i) + open +
             "<p>Reply number " + std::to_string(i) + ": mine came without the filter, is that normal? The box only "
             "had the feet and a bag of screws in it.</p>" + close;
  std::string html = "<html><head><meta name=generator content='Invision Community'><title>Case tabs</title></head>"
                     "<body><h1>Case tabs</h1><div id=feed><form action=/mod>" + posts + "</form></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("dust filter"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply number 2"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply number 3"), std::string::npos) << r->text;
}

// A forum's site-wide announcements above the thread ("ul.notices") are
// not the thread, however long.
TEST(Extract, ThreadDropsSiteNotices) {
  std::string posts;
  for (int i = 1; i <= 4; ++i)
    posts += "<div class=post><p>Reply number " + std::to_string(i) + ": I had the same trouble with the pump and a "
             "new seal fixed it for good after two weeks of trying other things first.</p></div>";
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head><body>"
                     "<div class=p-body><ul class=notices><li class=notice><div class=notice-content>Meetups: several "
                     "regions have held meetups already and others are being planned; the spring meetup is set for "
                     "the first Saturday in June at the club house, bring your own projects to show.</div></li></ul>"
                     "<h1>Pump leaks</h1>" + posts + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Meetups"), std::string::npos) << r->text;
}

// The statistics check reads small blocks only: a reply at the bottom of a
// list nested deep is kept (and costs no re-read per level), while a short
// statistic row is still dropped.
TEST(Extract, ThreadStatCheckSkipsDeepLists) {
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "<ul><li>";
  deep += "A reply nested deep in the list, telling how the seal was fixed after two weeks of trying.";
  for (int i = 0; i < 200; ++i) deep += "</li></ul>";
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Pump leaks</title></head>"
                     "<body><div><p>The first post of the thread, about a pump that leaks at the seal "
                     "every morning.</p><dl><dt>member1</dt><dd><strong>Posts:</strong> 4032</dd></dl>" +
                     deep + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("nested deep in the list"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Posts:"), std::string::npos) << r->text;
}

// A thread is known by schema.org microdata on its posts, or by forum
// software named in the id of <body>, as well as by JSON-LD and classes.
TEST(Extract, ThreadKnownByMicrodataOrBodyId) {
  const std::string post = "<p>Words of a post in the thread, several of them.</p>";
  auto micro = Extract("<html><body><div itemscope itemtype='https://schema.org/DiscussionForumPosting'>" + post +
                       "</div></body></html>");
  ASSERT_TRUE(micro.ok());
  EXPECT_EQ(micro->page_type, "forum");
  auto id = Extract("<html><body id=phpbb><div class=post>" + post + "</div></body></html>");
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id->page_type, "forum");
  auto comment = Extract("<html><body><div itemscope itemtype='https://schema.org/Comment'>" + post +
                         "</div></body></html>");
  ASSERT_TRUE(comment.ok());
  EXPECT_NE(comment->page_type, "forum");
}

// A product card's controls ("Quick view", "Compare", "Add to wishlist")
// are furniture; the product's name and price stay.
TEST(Extract, ProductCardControlsAreFurniture) {
  std::string html = "<html><head><title>Desk lamps</title></head><body><main><h1>Desk lamps</h1><div class=grid>";
  for (int i = 0; i < 6; ++i)
    html += "<div class=card><div class=btn>Quick View</div><h3>Brass desk lamp model " + std::to_string(i) +
            " with a dimmer</h3><div class=price>$49.99</div><div class=cmp>Compare</div>"
            "<div class=wish>Add to wishlist</div></div>";
  html += "</div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Brass desk lamp model 5"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Quick View"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Compare"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("wishlist"), std::string::npos) << r->text;
}

// On a product page, a shelf of other products (a row of cards, each a
// link with a price) is not this product's content; the product's own
// description and price stay. On a category page the same cards are kept.
TEST(Extract, ProductPageDropsShelfOfOtherProducts) {
  auto page = [](bool product) {
    std::string html = "<html><head><title>Oak desk</title>";
    if (product) html += "<meta property=\"og:type\" content=\"product\">";
    html += "</head><body><div class=page><h1>Oak desk</h1><div class=buy>$349.00</div><div class=desc><p>"
            "A solid oak writing desk with two drawers, finished by hand in a natural oil that lets "
            "the grain show. It seats one comfortably and fits a small study or a bedroom corner.</p>"
            "<p>Each desk is made to order in our workshop and ships within three weeks.</p><p>Dimensions: "
            "120 cm wide, 60 cm deep and 75 cm high. The drawers run on soft-close runners and the legs "
            "are joined with mortise and tenon joints, glued and pegged, so the desk never wobbles.</p></div>"
            "<ul class=shelf>";
    for (int i = 0; i < 5; ++i)
      html += "<li class=card><a href=\"/p/" + std::to_string(i) + "\"><img src=x.jpg></a><div class=name>"
              "Walnut side table number " + std::to_string(i) + " with a drawer</div><div class=price>$" +
              std::to_string(120 + i) + ".00</div><div class=ship>+ $15.00 delivery</div></li>";
    return html + "</ul></div></body></html>";
  };
  auto r = Extract(page(true));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_NE(r->text.find("solid oak writing desk"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Walnut side table"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("delivery"), std::string::npos) << r->text;
  auto other = Extract(page(false));
  ASSERT_TRUE(other.ok());
  EXPECT_NE(other->text.find("Walnut side table number 4"), std::string::npos) << other->text;
}

// A shelf of other products is dropped even when it outweighs a terse
// product: its cards' hidden "why am I seeing this" boxes carry more text
// than the product's own description.
TEST(Extract, ProductPageDropsShelfOutweighingTerseProduct) {
  std::string html = "<html><head><title>Clutch kit</title><meta property=\"og:type\" content=\"product\">"
                     "</head><body><div class=page><h1>Clutch kit</h1><div class=buy>EUR 355.58</div><div class=desc>"
                     "<p>Complete clutch kit for light vans built between 2011 and 2014, with the pressure plate, "
                     "the disc and the release bearing.</p><p>Fits the three litre diesel engines only; the "
                     "dual-mass flywheel is not included and should be checked before fitting.</p><p>Sold as a set "
                     "in the maker's box, with the fitting instructions and the alignment tool.</p><p>The disc has "
                     "a sprung hub that damps the engine pulses at idle, and the plate is balanced at the "
                     "factory.</p><p>Fitting takes about five hours with the gearbox off; we recommend a new clutch "
                     "fluid at the same time.</p></div><ul class=shelf>";
  for (int i = 0; i < 4; ++i)
    html += "<li class=card><a href=\"/i/" + std::to_string(i) + "\"><img src=x.jpg></a><h3>Timing chain set "
            "number " + std::to_string(i) + " for petrol engines</h3><div class=price>$" + std::to_string(480 + i) +
            ".73</div><div aria-hidden=true><p>You are seeing this listing because the seller paid to promote it "
            "to buyers who looked at similar parts. Sellers choose which of their listings to promote and pay a "
            "fee when someone buys one after clicking on it. Promoted listings are marked as such and are ranked "
            "by their relevance to what you looked at.</p></div></li>";
  html += "</ul><div class=links>";
  for (int i = 0; i < 120; ++i)
    html += "<a href=\"/c/" + std::to_string(i) + "\">Category of parts " + std::to_string(i) + "</a> ";
  html += "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_NE(r->text.find("pressure plate"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Timing chain set"), std::string::npos) << r->text;
}

// Fine print marked as a disclaimer (an offer's terms, a claim's footnote)
// is not the page's content (a weak word: only when it is short or links).
TEST(Extract, DisclaimerFinePrintIsDropped) {
  std::string html = "<html><head><title>Trail pack</title><meta property=\"og:type\" content=\"product\">"
                     "</head><body><div class=page><h1>Trail pack</h1><div class=desc><p>A twenty-five litre "
                     "daypack for long walks and short commutes, with a ventilated back panel and a hip belt that "
                     "carries the load when the trail gets steep.</p><p>The lid pocket holds a phone, keys and a "
                     "map; the side pockets take a litre bottle each.</p></div><div class=price-disclaimer>*Price "
                     "shown includes the launch discount, valid while stocks last.</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("ventilated back panel"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("launch discount"), std::string::npos) << r->text;
}

// A product marked in microdata (itemscope itemtype=schema.org/Product)
// makes a product page, as its JSON-LD would; a grid of many such items is
// a list.
TEST(Metadata, MicrodataProductMakesProductPage) {
  auto page = [](int items) {
    std::string html = "<html><head><title>Desks</title></head><body>";
    for (int i = 0; i < items; ++i)
      html += "<div itemscope itemtype=\"https://schema.org/Product\"><h2 itemprop=name>Oak desk " +
              std::to_string(i) + "</h2><p itemprop=description>A solid oak writing desk with two drawers, "
              "finished by hand in a natural oil that lets the grain show.</p></div>";
    return html + "</body></html>";
  };
  auto one = Extract(page(1));
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->page_type, "product");
  auto many = Extract(page(6));
  ASSERT_TRUE(many.ok());
  EXPECT_NE(many->page_type, "product");
}

// A description clamped behind a "Read more" toggle is content; a box of
// "read more" links is not.
TEST(Extract, ReadMoreClampIsContent) {
  std::string html = "<html><head><title>Stoneware mug</title><meta property=\"og:type\" content=\"product\">"
                     "</head><body><div class=page><h1>Stoneware mug</h1><div class=highlights><p>Wheel thrown in "
                     "a small studio and fired twice, each mug differs a little in shape and glaze from the one "
                     "in the photographs, which is part of its charm.</p><p>It holds 350 millilitres, goes in the "
                     "dishwasher and the microwave, and keeps its glaze for years of daily coffee.</p><p>Packed in "
                     "recycled paper and a sturdy box, it ships within two days of your order from the studio.</p>"
                     "<p>Every mug is signed on the foot and comes with a card that names the clay and the glaze.</p>"
                     "</div><div class=read-more-body><p>The glaze is a folk art blend of ash and iron that breaks "
                     "brown at the rim and pools blue in the well, so no two mugs look alike.</p><p>The clay is a "
                     "local stoneware that fires hard and rings when tapped; the handle is pulled by hand and "
                     "joined while the body is still soft, which makes it strong.</p><p>Wash it by hand if you "
                     "want the glaze to keep its sheen for longest, and dry it upside down.</p></div><div class=read-more>"
                     "<a href=/a>Plates</a> <a href=/b>Bowls</a> <a href=/c>Vases</a></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("folk art blend"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Vases"), std::string::npos) << r->text;
}

// The rest of a shop's description, hidden beside a "Read more" toggle
// that reveals it, is content; a hidden box beside no such toggle (a
// drawer) is not.
TEST(Extract, HiddenRestBesideReadMoreToggleIsContent) {
  std::string html = "<html><head><title>Linen apron</title><meta property=\"og:type\" content=\"product\">"
                     "</head><body><main><h1>Linen apron</h1><div class=description><p>A long apron of washed "
                     "linen with two deep pockets and a loop for a towel, cut to cover the knees and tie at the "
                     "front or the back.</p><div style=\"display:none\"><p>The linen is woven in a small mill "
                     "and washed with stones until it drapes softly, so it needs no ironing after the first "
                     "wash and keeps softening over the years.</p></div><a role=button href=\"#\">Read more</a>"
                     "</div><div class=notes><p>Ships in a paper bag within two working days from our shop, "
                     "with free returns for a month.</p><div style=\"display:none\"><p>Sign up to hear about "
                     "sample sales and new colours before anyone else does, twice a month at most.</p></div>"
                     "</div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("woven in a small mill"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("sample sales"), std::string::npos) << r->text;
  // The toggle drawn as a <button> before the hidden rest.
  const std::string toggle = "<a role=button href=\"#\">Read more</a>";
  std::string swapped = html;
  swapped.erase(swapped.find(toggle), toggle.size());
  swapped.insert(swapped.find("<div style="), "<button type=button>Show more</button>");
  auto b = Extract(swapped);
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("woven in a small mill"), std::string::npos) << b->text;
}

// A band drawn with role=banner inside <main> is a section's lead (a
// product's feature row), not the page's header; the page's own banner
// outside <main> still goes.
TEST(Extract, BannerRoleInsideMainIsContent) {
  const std::string html =
      "<html><head><title>Leather case</title><meta property=\"og:type\" content=\"product\">"
      "</head><body><div role=banner><a href=/>Home</a> <a href=/shop>Shop</a> <p>Free delivery on "
      "every order over fifty pounds this month only.</p></div><main><h1>Leather case</h1><p>A slim case "
      "of vegetable-tanned leather that darkens with use, lined with soft microfibre to keep the back "
      "of the phone free of scratches.</p><section><div class=content role=banner><h2>Drop protection</h2>"
      "<p>A raised bumper around the edge takes the shock of a fall from waist height onto a stone "
      "floor, and the lip over the screen keeps the glass off the table.</p></div></section></main>"
      "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("raised bumper"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("fifty pounds"), std::string::npos) << r->text;
}

// A theme's site header drawn as <div role=banner> straight inside <main>
// (its announcement bar and logo) is still the page's header: only a band
// inside a <section> or <article> is lifted, and not one that links home.
TEST(Extract, SiteBannerInsideMainStaysChrome) {
  const std::string html =
      "<html><head><title>Oak desk</title><meta property=\"og:type\" content=\"product\"></head><body>"
      "<main><div role=banner class=header-wrapper><div class=announcement>Free shipping on all orders over "
      "$500 this month, plus thirty-day returns on every piece of furniture we sell.</div><a href=/ "
      "class=logo>Acme Furniture</a></div><section class=product><h1>Oak desk</h1><span class=price>$249.00"
      "</span><p>Solid oak desk with two drawers and cable management, finished in natural oil. Made in "
      "Vermont by our own workshop from sustainably harvested timber.</p><div role=banner class=promo>"
      "<a href=/>Acme</a><p>Sign up today and take ten percent off your very first order of furniture with us."
      "</p></div></section></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("two drawers"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("thirty-day returns"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("ten percent off"), std::string::npos) << r->text;
}

// The rest of a description behind a read-more plugin's toggle: the
// button and the hidden rest in a box of their own under the shown first
// part, the button naming the rest by aria-controls. Kept; a hidden box
// that no toggle names is not. (A rest of 200 characters or more: a
// shorter one is read with its toggle as one "Read more" line.)
TEST(Extract, HiddenRestNamedByReadMoreToggleIsContent) {
  const std::string html =
      "<html><head><title>Wool blanket</title><meta property=\"og:type\" content=\"product\">"
      "</head><body><main><h1>Wool blanket</h1><div class=description><p>A heavy blanket of undyed "
      "wool from a valley flock, woven on an old loom and finished with a blanket stitch on all four "
      "edges.</p><div class=more-wrap><button type=button aria-expanded=false aria-controls=rest-7>Read "
      "More</button><div id=rest-7 aria-hidden=true style=\"display:none\"><p>The wool is washed in "
      "spring water and left its natural colour, so each blanket keeps the shade of the sheep it came "
      "from.</p><p>Air it outside now and then and brush it along the weave with a soft brush; it "
      "needs washing rarely, and then by hand in cool water.</p></div></div></div>"
      "<div class=notes><p>Ships in a cotton bag within two working days from our barn.</p>"
      "<div class=wrap><button type=button>Read more</button><div id=later style=\"display:none\">"
      "<p>Sign up to hear about seconds sales and new colours before anyone else does, twice a month."
      "</p><p>We never share your address, and every letter carries a link that takes you off the list "
      "again in one click.</p></div></div></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("spring water"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("seconds sales"), std::string::npos) << r->text;
}

// A toggle that names its hidden box by aria-controls opens no rest of
// the text when that box is fine print or a sign-up pitch (a financing
// offer's terms, a newsletter), or when no shown prose stands before it.
TEST(Extract, HiddenFinePrintNamedByReadMoreToggleIsNotContent) {
  const std::string html =
      "<html><head><title>Oak desk</title><meta property=\"og:type\" content=\"product\"></head><body><main>"
      "<h1>Oak desk</h1><span class=price>$249.00</span><div class=description><p>Solid oak desk with two "
      "drawers and cable management, finished in natural oil. Made in Vermont by our own workshop.</p>"
      "<div class=more-wrap><button type=button aria-controls=fin-1 aria-expanded=false>Read more</button>"
      "<div id=fin-1 style=\"display:none\"><p>Financing offers are subject to credit approval by our "
      "lending partner. Minimum monthly payments are required. Interest accrues from the date of purchase "
      "and is charged in full if the balance is not paid within the promotional period.</p></div></div></div>"
      "<div class=notes><p>Ships within two working days.</p><div class=wrap><button type=button "
      "aria-controls=x-1 aria-expanded=false>Read more</button><div id=x-1 style=\"display:none\"><p>Get "
      "early access to sales and new arrivals every single week of the year, with a letter from the "
      "workshop on what we are building next.</p><p>We never share your address with anyone at all, and "
      "every letter carries a link that takes you off the list again in one click.</p></div></div></div>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("two drawers"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("credit approval"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("early access"), std::string::npos) << r->text;
}

// A theme's filler text left on a product page is not the product's
// content; a page made of it (a test page, a mock-up) keeps it.
TEST(Extract, PlaceholderTextIsDropped) {
  std::string html = "<html><head><title>Card wallet</title><meta property=\"og:type\" content=\"product\">"
                     "</head><body><main><h1>Card wallet</h1><p>A slim "
                     "wallet of two aluminium plates held by an elastic band, for up to twelve cards and a few "
                     "folded notes under the strap.</p><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, "
                     "sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p><p>It blocks card "
                     "readers and weighs less than sixty grams.</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("aluminium plates"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("card readers"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Lorem"), std::string::npos) << r->text;
  auto mock = Extract("<html><head><title>Test page</title></head><body><article><h1>Test page</h1><p>Lorem ipsum "
                      "dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
                      "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi "
                      "ut aliquip ex ea commodo consequat.</p></article></body></html>");
  ASSERT_TRUE(mock.ok());
  EXPECT_NE(mock->text.find("Lorem ipsum"), std::string::npos) << mock->text;
}

// A <header> inside <main> or a section heads that part (HTML-AAM: no
// banner landmark): its text is content. The page's own header is chrome.
TEST(Extract, HeaderInsideMainIsContent) {
  std::string html = "<html><head><title>Audio interface</title></head><body><header><p>Free shipping on orders "
                     "over fifty dollars, every day of the year, to any address in the country.</p></header><main>"
                     "<section><header><h2>Four-in, four-out interface</h2><p>Two preamps with enough gain for "
                     "quiet ribbon microphones, and a loopback for streaming.</p></header><p>The unit draws its power "
                     "from the bus, so a single cable runs it from a laptop on the road.</p><p>Its outputs drive "
                     "two pairs of monitors and a headphone amplifier with its own level control.</p></section>"
                     "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("quiet ribbon microphones"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("headphone amplifier"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Free shipping"), std::string::npos) << r->text;
}

// A product whose description the page does not show (a script renders it)
// gets it from its JSON-LD, ahead of the specs the page shows; a
// description the page shows is not added twice.
TEST(Extract, ProductDescriptionFromStructuredData) {
  const std::string desc =
      "A breathable training tee cut slim through the body, in a light polyester that dries fast and keeps its "
      "shape wash after wash, with flat seams that do not rub under a pack strap and a dropped hem that stays "
      "tucked in.";
  auto page = [&](bool shown) {
    std::string html = "<html><head><title>Training tee</title><script type=\"application/ld+json\">"
                       "{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Training tee\","
                       "\"description\":\"" + desc + "\"}</script></head><body><main><h1>Training tee</h1>"
                       "<div class=specs><p>Fabric: 100% polyester, 140 grams per square metre.</p><p>Fit: slim through "
                       "the chest and the waist; the model is 183 cm tall and wears a medium.</p><p>Care: machine wash "
                       "at 30 degrees, do not tumble dry, do not iron the printed logo.</p></div>";
    if (shown) html += "<div class=desc><p>" + desc + "</p></div>";
    return html + "</main></body></html>";
  };
  auto count = [](const std::string& text, std::string_view what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  auto hidden = Extract(page(false));
  ASSERT_TRUE(hidden.ok());
  EXPECT_EQ(hidden->page_type, "product");
  EXPECT_EQ(count(hidden->text, "breathable training tee"), 1) << hidden->text;
  EXPECT_LT(hidden->text.find("breathable training tee"), hidden->text.find("140 grams")) << hidden->text;
  auto shown = Extract(page(true));
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(count(shown->text, "breathable training tee"), 1) << shown->text;
}

// A product page that renders a section twice (a mobile and a desktop
// copy of the features) keeps one copy; on an article a repeated passage
// stays.
TEST(Extract, ProductPageDropsRepeatedSection) {
  auto page = [](bool product) {
    std::string html = "<html><head><title>Trail pack</title>";
    html += product ? "<meta property=\"og:type\" content=\"product\">"
                    : "<meta property=\"og:type\" content=\"article\">";
    const std::string features =
        "<ul><li>Made from recycled ripstop nylon with a water-repellent finish that sheds light rain.</li>"
        "<li>A padded laptop sleeve fits machines up to sixteen inches and keeps them off the ground.</li></ul>";
    html += "</head><body><div class=page><h1>Trail pack</h1><div class=desc><p>A twenty-five litre "
            "daypack for long walks and short commutes, with a ventilated back panel and a hip belt that "
            "carries the load when the trail gets steep.</p><p>The lid pocket holds a phone, keys and a "
            "map; the side pockets take a litre bottle each.</p></div><div class=mobile>" +
            features + "</div><div class=desktop>" + features + "</div></div></body></html>";
    return html;
  };
  auto count = [](const std::string& text, std::string_view what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  auto r = Extract(page(true));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_EQ(count(r->text, "padded laptop sleeve"), 1) << r->text;
  EXPECT_EQ(count(r->text, "ventilated back panel"), 1) << r->text;
  auto other = Extract(page(false));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(count(other->text, "padded laptop sleeve"), 2) << other->text;
}

// The author box under a post (a theme's "author-box", "author-card" or
// "about-the-author", the author-box plugins' "saboxplugin-wrap" and
// "abh_box") is about the writer, not the story, even when the bio runs to
// a paragraph.
TEST(Extract, ArticleDropsAuthorBox) {
  auto page = [](const std::string& box_class) {
    return "<html><head><title>Pruning roses in winter</title></head><body><article><h1>Pruning roses in "
           "winter</h1><p>Cut back to an outward-facing bud, remove anything dead or crossing, and open the "
           "centre so that air moves freely through the plant all summer long.</p><p>Feed in early spring once "
           "the soil warms and mulch thickly to keep the roots cool and moist.</p><div class=\"" +
           box_class + "\"><div class=name>Jo Fielding</div><p>Jo has grown roses for thirty years on a windy "
           "hillside garden, writes a weekly column for two county papers, teaches evening classes on pruning "
           "and propagation, and spends every spare weekend visiting the great rose gardens of Europe.</p>"
           "</div></article></body></html>";
  };
  for (const char* cls : {"author-box", "saboxplugin-wrap", "abh_box", "author-card", "about-the-author"}) {
    auto r = Extract(page(cls));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->text.find("thirty years"), std::string::npos) << cls << ": " << r->text;
    EXPECT_NE(r->text.find("outward-facing bud"), std::string::npos) << cls << ": " << r->text;
  }
}

// A code sample's highlighter marks its tokens with classes that read like
// page roles ("hljs-comment", "token comment", "nav"): inside <pre> they
// are code, kept whole.
TEST(Extract, CodeKeepsHighlightedComments) {
  const std::string html =
      "<html><head><title>Reading files line by line</title></head><body><article>"
      "<h1>Reading files line by line</h1><p>Most scripts that process logs start the same way: open the file, "
      "walk it one line at a time and keep only what matters for the report at hand.</p>"
      "<pre><code><span class=\"hljs-comment\"># open the log and count the errors</span>\n"
      "errors = 0\nfor line in open(path):\n    <span class=\"token comment\"># skip blank lines early</span>\n"
      "    if line.strip(): errors += 1\n</code></pre>"
      "<p>The loop never holds more than one line in memory, so it works as well on a file of ten gigabytes "
      "as on one of ten kilobytes, which is the whole point of reading it this way.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("count the errors"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("skip blank lines early"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("errors = 0"), std::string::npos) << r->text;
}

// An article whose body section is rendered twice (a site builder's copy
// per breakpoint, several hundred characters each) keeps one copy.
TEST(Extract, ArticleDropsLongSectionShownTwice) {
  const std::string section =
      "<h2>Planning the budget</h2><p>Start with the rooms you use every day, then price the materials "
      "before the labour, since the labour is where most estimates go wrong.</p><p>Keep a reserve of a "
      "tenth of the total for the surprises that every old house hides behind its walls and floors.</p>";
  const std::string html =
      "<html><head><title>Renovating on a budget</title><meta property=\"og:type\" content=\"article\">"
      "</head><body><article><h1>Renovating on a budget</h1><p>Renovations cost more than owners expect, and "
      "the gap is rarely the fault of a single decision made late in the project.</p><div class=v1>" +
      section + "</div><div class=v2>" + section + "</div></article></body></html>";
  auto count = [](const std::string& text, std::string_view what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "article");
  EXPECT_EQ(count(r->text, "reserve of a tenth"), 1) << r->text;
  EXPECT_EQ(count(r->text, "Renovations cost more"), 1) << r->text;
}

// A product's variant picker (sizes as radio buttons, a label of a word or
// two each) is the shop's form, not the product's description.
// A product page with many sections: a copy far down the page (a desktop
// copy after seventy spec rows) is still a repeat.
TEST(Extract, ProductPageDropsLateRepeatedSection) {
  const std::string features =
      "<ul><li>Made from recycled ripstop nylon with a water-repellent finish that sheds light rain.</li>"
      "<li>A padded laptop sleeve fits machines up to sixteen inches and keeps them off the ground.</li></ul>";
  std::string html = "<html><head><title>Trail pack</title><meta property=\"og:type\" content=\"product\">"
                     "</head><body><div class=page><h1>Trail pack</h1><div class=mobile>" + features + "</div>";
  for (int i = 1; i <= 70; ++i)
    html += "<div class=spec><p>Spec row " + std::to_string(i) +
            ": the pack's frame sheet number " + std::to_string(i) +
            " is cut from aluminium and closed-cell foam, shaped to the back and light enough to carry all day.</p></div>";
  html += "<div class=desktop>" + features + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_NE(r->text.find("Spec row 70"), std::string::npos) << r->text;
  const size_t at = r->text.find("padded laptop sleeve");
  ASSERT_NE(at, std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("padded laptop sleeve", at + 1), std::string::npos) << r->text;
}

TEST(Extract, ProductPageDropsVariantPicker) {
  auto page = [](std::string_view type) {
    std::string html = "<html><head><title>Linen shirt</title><meta property=\"og:type\" content=\"" +
                       std::string(type) +
                       "\"></head><body><div class=page><h1>Linen shirt</h1><p>A relaxed shirt of washed "
                       "European linen, cut a little long to wear untucked, with a soft collar and mother of "
                       "pearl buttons.</p><div class=picker>";
    for (std::string_view size : {"Petite", "Medium", "Large", "Oversize"})
      html += "<label><input type=radio name=size> " + std::string(size) + "</label>";
    html += "</div><p>Machine wash cold and line dry; it softens with every wash.</p></div></body></html>";
    return html;
  };
  auto r = Extract(page("product"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_NE(r->text.find("softens with every wash"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Oversize"), std::string::npos) << r->text;
  auto other = Extract(page("article"));
  ASSERT_TRUE(other.ok());
  EXPECT_NE(other->text.find("Oversize"), std::string::npos) << other->text;
}

// A picker whose labels carry words for screen readers only (a theme's
// "Variant sold out or unavailable" after each choice, visually hidden) is
// judged by the words it shows: still a picker.
TEST(Extract, ProductVariantPickerWithHiddenLabelWords) {
  std::string html =
      "<html><head><title>House blend</title><meta property=\"og:type\" content=\"product\"></head><body>"
      "<div class=page><h1>House blend</h1><p>A dark roast of washed Colombian and Sumatran beans with notes of "
      "cocoa and cherry, roasted every Monday and shipped the same week.</p><variant-radios><fieldset>"
      "<legend>Grind</legend>";
  for (std::string_view grind : {"Coarse", "Medium", "Espresso"})
    html += "<input type=radio name=grind><label> " + std::string(grind) +
            "<span class=visually-hidden>Variant sold out or unavailable</span></label>";
  html += "</fieldset></variant-radios><p>Brew two spoons a cup, a little more for a French press.</p></div>"
          "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_NE(r->text.find("French press"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Espresso"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Grind"), std::string::npos) << r->text;
}

// The copies of a section for phone and desktop are compared loosely: one
// says "2 KG." where the other says "2 kg", and is still the same section.
TEST(Extract, ProductPageRepeatIgnoresCaseAndPunctuation) {
  auto copy = [](std::string_view weight) {
    return "<div class=specs><p>FRAME</p><p>Welded aluminium tubing</p><p>WEIGHT</p><p>" + std::string(weight) +
           "</p><p>The frame folds flat in one movement and fits behind a car seat.</p></div>";
  };
  const std::string html =
      "<html><head><title>Folding stool</title><meta property=\"og:type\" content=\"product\"></head>"
      "<body><div class=page><h1>Folding stool</h1><p>A light stool for anglers and painters, with a seat of "
      "waxed canvas stretched over a frame that locks open with a single pin.</p><div class=desktop>" +
      copy("2 KG.") + "</div><div class=mobile>" + copy("2 kg") + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  size_t n = 0;
  for (size_t at = r->text.find("folds flat"); at != std::string::npos; at = r->text.find("folds flat", at + 1)) ++n;
  EXPECT_EQ(n, 1u) << r->text;
  // Two versions of a code example differ in brackets and semicolons: both stay.
  const std::string code =
      "<html><head><title>Stool API</title><meta property=\"og:type\" content=\"product\"></head><body>"
      "<div class=page><h1>Stool API</h1><p>The stool's controller answers over a serial line; both calls "
      "below fold the frame and report the new state to the caller.</p>"
      "<div><pre>stool.unlock(owner).fold(slowly).then((state) =&gt; report(state, settings, logger)).catch(handleFoldingError)</pre></div>"
      "<div><pre>stool.unlock(owner).fold(slowly).then((state) =&gt; { report(state, settings, logger); }).catch(handleFoldingError);</pre></div>"
      "</div></body></html>";
  auto c = Extract(code);
  ASSERT_TRUE(c.ok());
  EXPECT_NE(c->text.find("report(state, settings, logger); }"), std::string::npos) << c->text;
}

// On a thread, a signature under every post and a post quoted whole in a
// reply are shown once.
TEST(Extract, ThreadShowsRepeatedPassagesOnce) {
  const std::string sig = "<div class=signature>Running a small workshop in the hills since 1998, mostly oak "
                          "and ash, with the odd walnut commission.</div>";
  const std::string first = "<p>My plane keeps chattering on the end grain of oak boards, whatever the angle "
                            "of the blade and however fine the shaving I set.</p>";
  std::string html = "<html><head><title>Plane chatter</title><meta name=generator content=phpBB></head><body>"
                     "<h2>Plane chatter</h2><div class=post><span class=username>oakman</span>" + first + sig +
                     "</div><div class=post><span class=username>ashley</span><blockquote>" + first +
                     "</blockquote><p>Try a higher bedding angle and take the cap iron closer to the edge; it "
                     "worked for me on quarter-sawn stock.</p>" + sig + "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  auto count = [&](std::string_view what) {
    int n = 0;
    for (size_t at = r->text.find(what); at != std::string::npos; at = r->text.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("keeps chattering"), 1) << r->text;
  EXPECT_EQ(count("higher bedding angle"), 1) << r->text;
}

// A category page's filter panel (facets: colours, sizes, price ranges,
// each a short option) is a control, not the category's content; the
// products and the category's intro stay.
TEST(Extract, FacetPanelIsFurniture) {
  std::string html =
      "<html><head><title>Wool socks</title></head><body><main><h1>Wool socks</h1>"
      "<p>Our wool socks are knitted from merino yarn that keeps feet warm in winter and dry in summer, "
      "with a cushioned sole for long days on your feet.</p><div class=\"plp\"><div class=\"facets\">"
      "<h2>Colour</h2><ul>";
  for (const char* c : {"Black", "Navy", "Charcoal", "Olive", "Mustard"})
    html += std::string("<li><label>") + c + " (12)</label></li>";
  html += "</ul><h2>Price</h2><ul><li><label>Under $20 (8)</label></li><li><label>$20 to $40 (15)</label></li></ul>"
          "</div><div class=grid>";
  for (int i = 0; i < 6; ++i)
    html += "<div class=tile><h3><a href=\"/p/" + std::to_string(i) + "\">Merino hiking sock number " +
            std::to_string(i) + "</a></h3><div>Cushioned crew sock</div><div>$24.00</div></div>";
  html += "</div></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("knitted from merino yarn"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Merino hiking sock number 5"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Mustard"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("$20 to $40"), std::string::npos) << r->text;
}

// A filter panel of checkboxes binds whatever its length (a brand list of
// thirty names); a "filter" class on a block of prose or a gallery is no
// panel.
TEST(Extract, FilterPanelOfCheckboxesIsFurniture) {
  std::string html =
      "<html><head><title>Graphics cards</title></head><body><main><h1>Graphics cards</h1>"
      "<div class=\"filter-box\"><h3>Brand</h3><ul>";
  for (int i = 0; i < 30; ++i)
    html += "<li><label><input type=checkbox name=brand value=" + std::to_string(i) + ">Maker number " +
            std::to_string(i) + "</label></li>";
  html += "</ul></div><div class=\"filter photo-grid\"><p>Each card in our range is tested in our lab for noise, "
          "heat and speed before it goes on sale, so you know what you buy.</p></div><div class=grid>";
  for (int i = 0; i < 12; ++i)
    html += "<div class=tile><h3><a href=\"/p/" + std::to_string(i) + "\">Graphics card model " + std::to_string(i) +
            " with sixteen gigabytes</a></h3><div>$" + std::to_string(300 + i) + ".00</div></div>";
  html += "</div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Graphics card model 11"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("tested in our lab"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Maker number 22"), std::string::npos) << r->text;
}

// A consent manager's preference centre is never the content, even when its
// purposes are most of the page's prose and the page is a grid of links.
TEST(Extract, ConsentPanelIsNeverTheContent) {
  std::string html = "<html><head><title>Dinner recipes</title></head><body><h1>Dinner recipes</h1><div class=grid>";
  for (int i = 0; i < 12; ++i)
    html += "<div class=card><a href=\"/r/" + std::to_string(i) + "\"><h3>Weeknight dinner recipe number " +
            std::to_string(i) + "</h3></a></div>";
  html += "</div><div id=\"onetrust-consent-sdk\"><div class=ot-pc><h2>Privacy Preference Center</h2>";
  for (const char* p : {"Performance", "Targeting", "Functional", "Social media"})
    html += std::string("<h4>") + p + " cookies</h4><p>These cookies allow us and our partners to count visits, "
            "measure the performance of the site and build a profile of your interests so that we can show you "
            "relevant adverts on this and other sites you visit.</p>";
  html += "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("recipe number 11"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("count visits"), std::string::npos) << r->text;
}

// A news index that calls itself an article: the best row of story cards
// is the root, and the other rows (same markup, shorter teasers, so a
// larger share of linked headline) join it even though a newsletter box
// between them pulls their common parent below the best row.
TEST(Extract, RowsOfCardsJoinTheBestRow) {
  const std::string lead = "The council approved the new budget after a long debate about roads, schools and the "
                           "library on Main Street.";
  const std::string teaser = "Residents gathered in the old hall to hear the plans for the new park.";
  auto card = [](int i, const std::string& text) {
    return "<div class=card><h4><a href=\"/s/" + std::to_string(i) + "\">Story number " + std::to_string(i) +
           " about our town</a></h4><p>" + text + "</p></div>";
  };
  std::string html = "<html><head><meta property=\"og:type\" content=\"article\"><title>News</title></head>"
                     "<body><h1>Town news</h1><div class=wrap>";
  for (int r = 0; r < 6; ++r) {
    const std::string text = r == 2 ? lead + " " + lead : teaser;
    html += "<div class=\"row cards\">" + card(2 * r, text) + card(2 * r + 1, text) + "</div>";
    if (r == 3) {
      html += "<div class=\"row newsletter\">";
      for (int p = 0; p < 8; ++p)
        html += "<p>Sign up for our newsletter and get the news of the town in your inbox every morning, with "
                "offers from our partners.</p>";
      html += "</div>";
    }
  }
  html += "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("library on Main Street"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Story number 0 about"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Story number 11 about"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Sign up for our newsletter"), std::string::npos) << r->text;
}

// On a news index that calls itself an article, rows of three story cards
// with short teasers are teaser lists (furniture on an article); but when
// the best root is itself such a row (one long teaser in it), the rows of
// its markup are the rest of the same list.
TEST(Extract, TeaserRowsJoinARootThatIsARowOfCards) {
  const std::string lead = "The council approved the new budget after a long debate about roads, schools and the "
                           "library. ";
  const std::string teaser = "Residents met in the hall to hear the plans for the park.";
  auto card = [](int i, const std::string& text) {
    return "<div class=card><h4><a href=\"/s/" + std::to_string(i) + "\">Story number " + std::to_string(10 + i) +
           " about the town council</a></h4><p>" + text + "</p></div>";
  };
  std::string html = "<html><head><meta property=\"og:type\" content=\"article\"><title>News</title></head>"
                     "<body><h1>Town news</h1><div class=wrap>";
  for (int r = 0; r < 6; ++r) {
    html += "<div class=\"row cards\">";
    for (int j = 0; j < 3; ++j) html += card(3 * r + j, r == 2 && j == 0 ? lead + lead + lead : teaser);
    html += "</div>";
  }
  html += "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("roads, schools and the library"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Story number 10 about"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Story number 27 about"), std::string::npos) << r->text;
}

// On a topic archive each teaser is an <article> whose <header> holds its
// headline: that header is the card's, not the site's banner.
TEST(Extract, ArticleCardHeadersAreContent) {
  std::string html =
      "<html><head><title>Topic: headphones</title></head><body><header class=site><a href=/>Home</a>"
      "<a href=/news>News</a></header><main><h1>headphones</h1><section class=river>";
  for (int i = 0; i < 6; ++i)
    html += "<article><header><h2><a href=\"/a/" + std::to_string(i) + "\">Wireless headphones review number " +
            std::to_string(i) + "</a></h2><p>The new over-ear pair trades some bass for a longer battery and a "
            "lighter headband.</p></header><footer>Sep 9</footer></article>";
  html += "</section></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Wireless headphones review number 5"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("lighter headband"), std::string::npos) << r->text;
}

// A service page heads each of its sections with a "headline"-classed
// block (features, FAQ questions): those are content there. On an article
// the headline class still marks the story's own headline.
TEST(Extract, SectionHeadlinesOfAServicePageAreContent) {
  const std::string para =
      "Our team plans the move, packs every room and drives your things to the new home on the day you pick. ";
  std::string sections;
  for (const char* name : {"Packing", "Storage", "Cleaning"})
    sections += std::string("<section><div class=\"section-headline\"><h2>") + name +
                " done for you</h2></div><p>" + para + "</p></section>";
  const std::string html = "<html><head><title>Moving services</title></head><body>"
                           "<nav><a href=/>Home</a> <a href=/about>About</a></nav><main><h1>Moving services</h1>" +
                           sections + "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Packing done for you"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Cleaning done for you"), std::string::npos) << r->text;

  const std::string story = "<html><head><meta property=\"og:type\" content=\"article\"><title>Moving day</title>"
                            "</head><body><article><div class=\"headline\">Council opens new depot</div><p>" +
                            para + para + "</p></article></body></html>";
  auto a = Extract(story);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Council opens new depot"), std::string::npos) << a->text;
}

// A service page (neither article nor thread) that renders a section twice
// (a desktop and a mobile copy of its call to action) keeps one copy. A
// single paragraph repeated in every card (a credit line under each webcam,
// a perk in each price plan) is the cards' own text and stays.
TEST(Extract, ServicePageDropsRepeatedSection) {
  const std::string para =
      "Our team plans the move, packs every room and drives your things to the new home on the day you pick. ";
  const std::string pitch = "<div class=pitch><h2>Ready when you are</h2><p>Tell us the date and the address and "
                            "we send a crew with boxes, tape and a van sized for your home.</p><p>Quotes arrive "
                            "within a day and hold for a month.</p></div>";
  const std::string perk = "<p>Every plan includes insurance for the full value of your belongings in transit and in storage, with nothing extra to pay.</p>";
  std::string cards;
  for (const char* name : {"Studio", "Family", "Estate"})
    cards += std::string("<div class=card><h3>") + name + " plan</h3><p>" + para + "</p>" + perk + "</div>";
  const std::string html = "<html><head><title>Moving services</title></head><body>"
                           "<nav><a href=/>Home</a> <a href=/about>About</a></nav><main><h1>Moving services</h1>" +
                           cards + "<div class=desktop>" + pitch + "</div><div class=mobile>" + pitch +
                           "</div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  auto count = [&](std::string_view what) {
    int n = 0;
    for (size_t at = r->text.find(what); at != std::string::npos; at = r->text.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("sized for your home"), 1) << r->text;
  EXPECT_EQ(count("full value of your belongings"), 3) << r->text;
  EXPECT_EQ(count("Estate plan"), 1) << r->text;
}

// A shop's tiles end in calls to action and badges ("Shop now", "Free
// shipping", "Best seller", "Learn more"): furniture of every card, not its
// text. The cards' names and blurbs stay.
TEST(Extract, CardCallsToActionAreFurniture) {
  std::string cards;
  for (const char* name : {"Oak bench", "Pine stool", "Ash table", "Elm shelf"})
    cards += std::string("<div class=tile><p class=badge>Best seller</p><h3>") + name +
             "</h3><p>Solid wood, oiled by hand and finished with brass feet that keep it off damp floors.</p>"
             "<p class=note>Free shipping</p><div class=cta>Shop now</div><div class=cta2>Learn more</div></div>";
  const std::string html = "<html><head><title>Furniture</title></head><body><main><h1>Furniture</h1>" + cards +
                           "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Pine stool"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("brass feet"), std::string::npos) << r->text;
  for (const char* cta : {"Shop now", "Free shipping", "Best seller", "Learn more"})
    EXPECT_EQ(r->text.find(cta), std::string::npos) << cta << "\n" << r->text;
}

// A link that only says "Shop now" is a card's button even when its block
// holds more (a price); in a paragraph the same words are the sentence's.
TEST(Extract, CallToActionLinkInShortBlock) {
  std::string cards;
  for (const char* name : {"Oak bench", "Pine stool", "Ash table"})
    cards += std::string("<div class=card><h3>") + name +
             "</h3><p>Solid wood, oiled by hand and finished with brass feet that keep it off damp floors and "
             "rugs alike, for years of daily use.</p><div class=buy><span>$120.00</span> <a href=/p>Shop "
             "now</a></div></div>";
  const std::string html =
      "<html><head><title>Our benches</title><meta property=og:type content=article></head><body><article>"
      "<h1>Our benches</h1><p>Every bench is built to order in our workshop; you can <a href=/guide>download</a> "
      "the care guide before you buy, and we answer questions by phone on weekdays.</p>" +
      cards + "</article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("$120.00"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Shop now"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("you can download the care guide"), std::string::npos) << r->text;
  // On a manual (not an article) a link in a paragraph names a function.
  const std::string manual =
      "<html><head><title>Lists</title></head><body><main><h1>Lists</h1><p>To keep only some items, call "
      "<a href=/ref/filter>filter</a> with a predicate; the list itself is not changed, and a new one comes "
      "back.</p><p>Every call returns a fresh list that shares no storage with the one it was made from.</p>"
      "</main></body></html>";
  auto m = Extract(manual);
  ASSERT_TRUE(m.ok());
  EXPECT_NE(m->text.find("call filter with a predicate"), std::string::npos) << m->text;
  // A short paragraph is a sentence still: its linked words stay.
  auto s = Extract("<html><head><title>Films</title></head><body><article><h1>Films</h1><p>" +
                   std::string(kEnglishProse) + "</p><p>I rewatched <a href=/f>Back to the Future</a> last night.</p>"
                   "<p>Try the <a href=/s>search</a> box above.</p></article></body></html>");
  ASSERT_TRUE(s.ok());
  EXPECT_NE(s->text.find("rewatched Back to the Future last"), std::string::npos) << s->text;
  EXPECT_NE(s->text.find("Try the search box"), std::string::npos) << s->text;
}

// Outside articles, a series of cards whose class carries a weak boilerplate
// word ("promo": a news hub's story promos) is the page's list, each card
// alone in its item; a single promotion beside it stays out.
TEST(Extract, SeriesOfPromoCardsIsTheList) {
  std::string items;
  for (const char* head : {"Comet tail measured from orbit", "Bees map their fields by scent",
                           "Ice cores hold older air than thought", "Deep-sea vents host new snails",
                           "Tidal power trial meets its target"})
    items += std::string("<div class=list-item><div class=story-promo><h3><a href=/s>") + head +
             "</a></h3><p><a href=/s>Researchers describe the finding and what it means for the field.</a></p>"
             "</div></div>";
  const std::string html =
      "<html><head><title>Science</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
      "<main><h1>Science</h1><div class=list>" + items +
      "</div><div class=promo-box><a href=/sub>Get the weekly digest for half price this month</a></div>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Bees map their fields by scent"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Tidal power trial"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("weekly digest"), std::string::npos) << r->text;
}

// A category page's grid of many cards, then a shelf that shows one of them
// again: the second copy goes, however many sections came before it. A page
// that shows code keeps a note repeated far down (a reference's steps again
// in each language's tab).
TEST(Extract, CardShownAgainAfterALongGridIsARepeat) {
  const char* kinds[] = {"oak", "ash", "elm", "fir", "yew", "bay", "box", "fig", "ivy", "lime"};
  std::string cards;
  for (int i = 0; i < 80; ++i)
    cards += std::string("<li class=card><a href=/p><h3>Planter number ") + std::to_string(i) + " in " + kinds[i % 10] +
             "</h3></a><p>Glazed stoneware pot " + std::to_string(i) + " with a drainage hole, a matching saucer and three small feet</p></li>";
  const std::string again =
      "<div class=shelf><h2>Best sellers</h2><ul><li class=card><a href=/p><h3>Planter number 3 in fir</h3></a>"
      "<p>Glazed stoneware pot 3 with a drainage hole, a matching saucer and three small feet</p></li></ul></div>";
  const std::string html = "<html><head><title>Planters</title></head><body><main><h1>Planters</h1><ul class=grid>" +
                           cards + "</ul>" + again + "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  auto count = [](const std::string& text, std::string_view what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count(r->text, "Glazed stoneware pot 3 with"), 1) << r->text;
  EXPECT_EQ(count(r->text, "Glazed stoneware pot 79 with"), 1) << r->text;

  std::string steps;
  const std::string note =
      "<div class=note><p>Keep the access token out of source control and read it from the environment of the process at start "
      "instead.</p></div>";
  for (int i = 0; i < 80; ++i)
    steps += "<section class=step><h3>Step " + std::to_string(i) + "</h3><p>Run the command for part " +
             std::to_string(i) + " of the setup and check its printed output for errors before going on.</p>" +
             (i == 5 || i == 75 ? note : "") + "</section>";
  const std::string doc = "<html><head><title>Setup</title></head><body><main><h1>Setup</h1><pre>make setup</pre>" +
                          steps + "</main></body></html>";
  auto d = Extract(doc);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(count(d->text, "Keep the access token out of source control"), 2) << d->text;
}

// On a category page the banner that holds the page's one <h1> is its
// header: the category's name over a line of intro, kept though "banner" is
// a promotion's word. Another banner, without the <h1>, stays out.
TEST(Extract, BannerHoldingThePagesHeadingIsItsIntro) {
  std::string cards;
  for (const char* name : {"Storm lantern", "Candle lantern", "Folding lantern", "Hanging lantern", "Garden lantern"})
    cards += std::string("<li class=card><a href=/p>") + name + "</a> <span>$24</span></li>";
  const std::string html =
      "<html><head><title>Lanterns</title></head><body><main><div class=collection-banner><h1>Lanterns</h1>"
      "<p>Hand-forged lanterns for porches and gardens, made in our workshop.</p></div><ul class=grid>" + cards +
      "</ul><div class=promo-banner><p>Spend fifty and we add a box of matches, this week only.</p></div>"
      "<div class=about><h2>About our lanterns</h2><p>Every lantern starts as a flat sheet of steel that is cut, "
      "folded and riveted by hand, then finished with a coat of wax that keeps rust away for years.</p><p>The glass "
      "is tempered, so a lantern can stand in rain or frost, and each one takes a standard tea light or a short "
      "pillar candle.</p></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Hand-forged lanterns for porches"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Folding lantern"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("box of matches"), std::string::npos) << r->text;
}

// A collapsed accordion panel of sentences that link the products they name
// is prose one click away; a short line and its link in a panel is not.
TEST(Extract, CollapsedGuideWithLinkedNamesIsProse) {
  std::string cards;
  for (const char* name : {"Ridge tent", "Dome tent", "Tunnel tent", "Pop-up tent"})
    cards += std::string("<li class=card><a href=/p>") + name + "</a> <span>$99</span></li>";
  const std::string html =
      "<html><head><title>Tents</title></head><body><main><h1>Tents</h1><ul class=grid>" + cards +
      "</ul><div class=accordion><button>How to choose a tent</button><div class=accordion-content "
      "aria-hidden=true><p>Pick a <a href=/d>lightweight dome tent</a> for windy hills, a <a href=/t>roomy tunnel "
      "tent</a> when you want the most space for its weight on a long walk, and a <a href=/p>pop-up tent</a> for "
      "festivals.</p></div></div>"
      "<div class=accordion><button>Offers</button><div class=accordion-content aria-hidden=true><p>Save on tents "
      "<a href=/o>see the offer</a></p></div></div><div class=about><h2>About our tents</h2><p>Every tent is "
      "pitched in our yard before it is listed, and we note how long it took, how it stood in the wind and how "
      "much room two sleepers and their packs had inside.</p><p>Poles are aluminium, pegs are steel, and each "
      "flysheet is seam-taped at the factory, so a tent is ready for rain the day it arrives.</p><p>Spare parts "
      "stay in stock for ten years after a model is sold, and repairs are done in our own workshop.</p></div>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("for windy hills"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("see the offer"), std::string::npos) << r->text;
}

// A script's state parked in the page as JSON text (a hidden div a script
// reads) is never prose, however many words its strings hold; JSON shown
// in code stays.
TEST(Extract, JsonParkedAsTextIsNotProse) {
  std::string items;
  for (const char* name : {"Walnut side table with two drawers", "Oak bench for a hallway or a porch",
                           "Pine shelf unit with five open shelves", "Birch stool that folds flat for storage"})
    items += std::string(items.empty() ? "" : ",") + "{\"name\":\"" + name + "\",\"summary\":\"" + name +
             " made to order in our workshop and sent within a week\"}";
  const std::string html =
      "<html><head><title>Tables</title></head><body><main><h1>Tables</h1><ul><li><a href=/p>Walnut side table"
      "</a> $90</li><li><a href=/p>Oak bench</a> $120</li></ul><div class=grid-state hidden>{\"items\":[" + items +
      "]}</div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("\"items\""), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("made to order"), std::string::npos) << r->text;

  const std::string doc =
      "<html><head><title>The orders API</title></head><body><main><h1>The orders API</h1><p>A request for an "
      "order returns its fields as one object, with the lines of the order as an array of objects.</p><pre><code>"
      "{\"id\": 42, \"lines\": [{\"sku\": \"table-walnut\", \"count\": 1}], \"state\": \"sent\"}"
      "</code></pre><p>Fields not set on the order are left out of the object.</p></main></body></html>";
  auto d = Extract(doc);
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->text.find("\"sku\": \"table-walnut\""), std::string::npos) << d->text;
}

// A client-side template's placeholder left unrendered ("{{ offer.price }}"
// as an element's only text, before a script fills it in) is no word for a
// reader; a template language's docs show placeholders in code, and a
// sentence naming one keeps it.
TEST(Extract, UnrenderedTemplatePlaceholderIsNotProse) {
  const std::string html =
      "<html><head><title>Trail lamp</title></head><body><main><h1>Trail lamp</h1><div class=price-box>"
      "<p class=price-now>{{ offer.priceNow }}</p><div class=price-monthly>  {{offer.monthly}} {{offer.term}} </div>"
      "</div><p>A small lamp for the tent or the trail, with three brightness levels and a battery that lasts a "
      "weekend of camping on one charge.</p><p>Write {{ name }} in the label field to print the owner's name.</p>"
      "<pre><code>{{ lamp.label }}</code></pre></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("offer.priceNow"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("offer.monthly"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("three brightness levels"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Write {{ name }} in the label"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("{{ lamp.label }}"), std::string::npos) << r->text;
}

// A script framework's cloak on an element shown on a condition ("<div
// v-cloak v-if=isNotifyOpen>": a back-in-stock modal, a form's thanks) is
// hidden until the script decides; right after its toggle button it is a
// collapsed FAQ answer, kept; a cloak alone (a card's link waiting for the
// mount) is shown.
TEST(Extract, CloakedConditionalElementIsHidden) {
  const std::string html =
      "<html><head><title>Wool runner</title></head><body><main><h1>Wool runner</h1><p>A light everyday shoe "
      "knit from merino wool, with a cushioned sole made from sugarcane and laces spun from recycled "
      "bottles.</p><a v-cloak href=/p/wool-runner-grey>The same runner in grey</a>"
      "<div v-cloak v-if='isNotifyModalOpen' class='fixed inset-0'><h3>Notify me when back in stock</h3><p>Once a "
      "limited colour sells out it is gone for good, but sign up and we will write when new colours arrive, "
      "along with other news from the workshop.</p><form><input type=email><button>Get notified</button></form>"
      "</div><h2>Questions</h2><div><button @click='toggleFaq(0)'>How do I wash them?</button><div v-cloak "
      "v-show='openFaqs[0]'><p>Take out the insoles and laces, put the shoes in a delicates bag and wash them "
      "on a cold, gentle cycle with a mild soap, then let them dry in the air.</p></div></div></main></body>"
      "</html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Notify me when back in stock"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("limited colour sells out"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("delicates bag"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("merino wool"), std::string::npos) << r->text;
}

// A tab set's panels, each cloaked and shown on the tab's condition ("<div
// x-show=\"tab === 'care'\" x-cloak><p>..."), are collapsed panels, not a
// modal: every tab's prose is the page's; a card's badge per colour
// ("<div v-cloak v-show=...><span>NEW</span>") stays hidden.
TEST(Extract, CloakedTabPanelsAreKept) {
  const std::string details =
      "<p>This merino sweater is knitted in Portugal from responsibly sourced yarn, with a relaxed fit that "
      "layers easily over a shirt and a ribbed hem that keeps its shape after many washes.</p>";
  const std::string html =
      "<html><head><title>Merino crew sweater</title></head><body><main><h1>Merino crew sweater</h1>"
      "<div x-data=\"{ tab: 'details' }\"><div class=tabs role=tablist><button @click=\"tab = 'details'\">Details"
      "</button><button @click=\"tab = 'care'\">Care</button></div><div x-show=\"tab === 'details'\" x-cloak>" +
      details +
      "</div><div x-show=\"tab === 'care'\" x-cloak><p>Hand wash cold with a gentle wool detergent, lay flat to "
      "dry away from direct heat, and store folded rather than hung so the shoulders keep their shape.</p></div>"
      "</div><div class=badges><div v-cloak v-show='colour == 1'><span>LIMITED EDITION</span></div>"
      "<div v-cloak v-show='colour == 2'><span>LIMITED EDITION</span></div></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("knitted in Portugal"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("gentle wool detergent"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("LIMITED EDITION"), std::string::npos) << r->text;
}

// A discussion platform's thread class ("comment-tree") on a page that
// declares a story (JSON-LD NewsArticle) holds the readers' comments: the
// page stays an article, its comments out of the text.
TEST(Extract, ThreadClassUnderDeclaredStoryIsNoForum) {
  const std::string para =
      "<p>The city council voted on Tuesday to expand the downtown bike lane network by twelve miles over "
      "the next three years, a plan that supporters say will cut traffic and critics call a waste.</p>";
  const std::string html =
      "<html><head><title>Council expands bike lanes</title><script type=application/ld+json>{\"@context\":"
      "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council expands bike lanes\","
      "\"datePublished\":\"2025-03-04\"}</script></head><body><article><h1>Council expands bike lanes</h1>" +
      para + para + para +
      "</article><section id=comments><h2>Comments</h2><ul class=comment-tree><li class=comment><p>Great news "
      "for the cyclists of this city, finally.</p></li><li class=comment><p>What a waste of money, nobody "
      "rides here in the winter.</p></li></ul></section></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "article");
  EXPECT_EQ(r->text.find("Great news for the cyclists"), std::string::npos) << r->text;
}

// A category page of linked cards has next to no prose: a sidebar's widget
// title can be most of it. There a weakly named box is judged by its share
// of the page's text: the sidebar's category links stay out, the grid stays.
TEST(Extract, SidebarOnAPageOfLinksIsJudgedByText) {
  std::string cards;
  for (const char* name : {"Folding camp stool", "Steel tent pegs set", "Canvas water bucket", "Enamel camp mug",
                           "Wool camp blanket", "Brass trail compass", "Cotton map case", "Hand crank lantern"})
    cards += std::string("<li class=card><a href=/p><h2>") + name + "</a></h2><span>$19</span></li>";
  const std::string html =
      "<html><head><title>Camping</title></head><body><div id=area><div id=left><ul class=grid>" + cards +
      "</ul></div><div id=sidebar><div class=widget><h4>Browse departments</h4><ul><li><a href=/c>Tents</a></li>"
      "<li><a href=/c>Stoves</a></li><li><a href=/c>Lights</a></li></ul></div></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Brass trail compass"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Browse departments"), std::string::npos) << r->text;
}

// Outside articles, a card drawn twice (a phone and a desktop layout) shows
// its title twice in a row: it is kept once. A linked line that recurs card
// after card (each card's title between its copies) stays in every card.
TEST(Extract, CardTitleDrawnTwiceIsKeptOnce) {
  std::string items;
  for (const char* head : {"Garden design evening class", "Pottery for beginners weekend",
                           "Night photography walk downtown", "Bread baking morning workshop"}) {
    const std::string card = std::string("<h3><a href=/e>") + head + "</a></h3><p>Saturday at 10:00</p>";
    items += "<li class=result><div class=phone-card>" + card + "</div><div class=wide-card>" + card +
             "<p><a href=/v>Held at the community hall on Elm Street</a></p></div></li>";
  }
  const std::string html = "<html><head><title>Events</title></head><body><main><h1>Events this week</h1><ul class=results>" +
                           items + "</ul></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  auto count = [&](std::string_view what) {
    int n = 0;
    for (size_t at = r->text.find(what); at != std::string::npos; at = r->text.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("Pottery for beginners weekend"), 1) << r->text;
  EXPECT_EQ(count("Night photography walk"), 1) << r->text;
  EXPECT_EQ(count("community hall on Elm Street"), 4) << r->text;
}

// A link back ("Back to project") under each entry is navigation; a
// heading that happens to start with the same words is not a link and stays.
TEST(Extract, BackLinksAreFurniture) {
  std::string entries;
  for (const char* name : {"Harbour library", "Hillside school", "Riverside clinic"})
    entries += std::string("<div class=entry><h3>") + name +
               "</h3><p>A timber frame over a concrete plinth, with daylight brought in from above through a long "
               "roof light.</p><div class=entry-foot><a href=/p>Back to project</a></div></div>";
  const std::string html = "<html><head><title>Awards</title></head><body><main><h1>Awards</h1><h2>Back to school "
                           "buildings</h2>" + entries + "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Back to project"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Back to school buildings"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Riverside clinic"), std::string::npos) << r->text;
}

// Navigation words bind when the element is navigation. A section whose
// class says "nav" (a scroll-spy target) or "menu" (a tabbed FAQ) but that
// holds prose and few links is content; a link menu, or a link-free mega
// menu inside the page's <nav> (which holds most of the page's text, so the
// tag alone does not keep it out), stays out.
TEST(Extract, NavigationClassOnProseIsContent) {
  const std::string para =
      "The free plan keeps every contact, deal and note you add, with no limit on time and no card asked for. ";
  std::string menu_items;
  for (int col = 0; col < 12; ++col) {
    menu_items += "<div class=\"site-nav__cats\">";
    for (const char* item : {"Contacts", "Deals", "Reports", "Pricing", "Support", "Partners", "Leads", "Quotes",
                             "Invoices", "Calls", "Emails", "Tasks"})
      menu_items += std::string("<span>") + item + " and more " + item + " for teams</span> ";
    menu_items += "</div>";
  }
  const std::string html =
      "<html><head><title>Free CRM</title></head><body>"
      "<nav class=\"site-nav\"><div class=\"site-nav__items\">" + menu_items + "</div></nav>"
      "<main><h1>Free CRM</h1><p>" + para + "</p>"
      "<div class=\"feature_section lm_navSource\" id=\"sec-1\"><h2>Manage your contacts</h2><p>" + para + para +
      para + para + "</p></div>"
      "<div class=\"faq_tabs-menu\"><h3>Is it really free?</h3><p>" + para + para + para +
      para + "</p></div>"
      "<ul class=\"menu-links\"><li><a href=/a>Sales</a></li><li><a href=/b>Service</a></li>"
      "<li><a href=/c>Marketing</a></li></ul>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Manage your contacts"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Is it really free?"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Marketing"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Reports and more"), std::string::npos) << r->text;
}

TEST(Vocabulary, PriceText) {
  EXPECT_TRUE(IsPriceText("$20.12"));
  EXPECT_TRUE(IsPriceText("+ $23.93 delivery"));
  EXPECT_TRUE(IsPriceText("35,00\u00a0\u20ac"));
  EXPECT_TRUE(IsPriceText("GBP 0.00"));
  EXPECT_TRUE(IsPriceText(" \u00a3 "));  // a split price: "<sup>\u00a3</sup>35"
  EXPECT_FALSE(IsPriceText("Save money on desks"));
  EXPECT_FALSE(IsPriceText("USDA organic, 100% cotton"));
  EXPECT_FALSE(IsPriceText("Model 2024"));
}

TEST(Vocabulary, MemberStatLines) {
  EXPECT_TRUE(IsMemberStatLine("Posts: 4,032"));
  EXPECT_TRUE(IsMemberStatLine("Joined Oct 28, 2023"));
  EXPECT_TRUE(IsMemberStatLine("Registered: 2011-11-29"));
  EXPECT_FALSE(IsMemberStatLine("Postscript: 2 more"));
  EXPECT_FALSE(IsMemberStatLine("Joined the company in 2019 as an engineer"));
  EXPECT_FALSE(IsMemberStatLine("Posts"));
  EXPECT_TRUE(IsMemberStatLine("Location: Leeds, UK"));
  EXPECT_FALSE(IsMemberStatLine("Location matters more than price"));
  // XenForo's panel labels.
  EXPECT_TRUE(IsMemberStatLine("Trophy Points: 73"));
  EXPECT_TRUE(IsMemberStatLine("Best Answers: 2"));
  EXPECT_FALSE(IsMemberStatLine("Best answers come from testing"));
  EXPECT_FALSE(IsMemberStatLine("Location:"));
  EXPECT_TRUE(IsMemberStatLine("From: Brisbane, AU"));
  EXPECT_FALSE(IsMemberStatLine("From the start it leaked"));
  // Count first, several on one line.
  EXPECT_TRUE(IsMemberStatLine("1,109 posts \xC2\xB7 Joined 2022"));
  EXPECT_TRUE(IsMemberStatLine("12 messages"));
  EXPECT_FALSE(IsMemberStatLine("1,109 posts \xC2\xB7 read them all"));
  EXPECT_FALSE(IsMemberStatLine("3 posts about pumps"));
  // A new member's single count.
  EXPECT_TRUE(IsMemberStatLine("1 post \xC2\xB7 Joined 2023"));
  EXPECT_TRUE(IsMemberStatLine("1 message"));
  EXPECT_FALSE(IsMemberStatLine("2 post"));
  EXPECT_FALSE(IsMemberStatLine("1 post about pumps"));
}

TEST(Vocabulary, PostDateLines) {
  EXPECT_TRUE(IsPostDateLine("answered Mar 28, 2014 at 22:52"));
  EXPECT_TRUE(IsPostDateLine("asked 3 years ago"));
  EXPECT_TRUE(IsPostDateLine("posted 6 years ago"));
  EXPECT_TRUE(IsPostDateLine("Posted: 2024-08-03"));
  EXPECT_TRUE(IsPostDateLine("Asked by Pup on Jun 29, 2012"));
  EXPECT_FALSE(IsPostDateLine("Posted 3 photos"));
  EXPECT_FALSE(IsPostDateLine("Asked in a comment to the accepted question:"));
  EXPECT_FALSE(IsPostDateLine("Answered by"));
  EXPECT_FALSE(IsPostDateLine("answering May 2"));
  // An edit note that only dates the edit is a stamp; one that names the
  // editor is not, nor is the poster's own "Edited for a typo".
  EXPECT_TRUE(IsPostDateLine("Last edited: Jul 9, 2022"));
  EXPECT_TRUE(IsPostDateLine("Last edited: 13 Sep 2024"));
  EXPECT_FALSE(IsPostDateLine("Last edited by Jane (2024-08-03 11:02:20)"));
  EXPECT_FALSE(IsPostDateLine("Edited for a typo."));
  EXPECT_FALSE(IsPostDateLine("Last edited: the second paragraph"));
}

TEST(Vocabulary, PostFurnitureLines) {
  EXPECT_TRUE(IsPostFurnitureLine(" 67 "));
  EXPECT_TRUE(IsPostFurnitureLine("-3"));
  EXPECT_TRUE(IsPostFurnitureLine("1.2k"));
  EXPECT_TRUE(IsPostFurnitureLine("36 Likes"));
  EXPECT_TRUE(IsPostFurnitureLine("11 Answers"));
  EXPECT_TRUE(IsPostFurnitureLine("Well-known member"));
  EXPECT_TRUE(IsPostFurnitureLine("Reset to default"));
  EXPECT_TRUE(IsPostFurnitureLine(" #3 "));
  EXPECT_FALSE(IsPostFurnitureLine("#"));
  EXPECT_FALSE(IsPostFurnitureLine("#3 Re: Pump leaks"));
  EXPECT_FALSE(IsPostFurnitureLine("3 eggs"));
  EXPECT_FALSE(IsPostFurnitureLine("Member of the board since 2001"));
  EXPECT_TRUE(IsPostFurnitureLine("Code: Select all"));
  EXPECT_TRUE(IsPostFurnitureLine("Quote:"));
  EXPECT_TRUE(IsQuoteLabelLine(" Quote: "));
  EXPECT_FALSE(IsQuoteLabelLine("Quote"));
  EXPECT_TRUE(IsPostFurnitureLine("2y"));
  EXPECT_TRUE(IsPostFurnitureLine("3mo ago"));
  EXPECT_FALSE(IsPostFurnitureLine("2 years of hard use"));
  EXPECT_FALSE(IsPostFurnitureLine("Quote: the seal was fine"));
  EXPECT_TRUE(IsPostFurnitureLine("Sorted by: Reset to default"));
  EXPECT_FALSE(IsPostFurnitureLine("Sorting the bolts by size helps"));
  // A reactions tally by kind (XenForo 1 and vBulletin rating add-ons).
  EXPECT_TRUE(IsPostFurnitureLine("Like  x 2"));
  EXPECT_TRUE(IsPostFurnitureLine("Informative x 13"));
  EXPECT_FALSE(IsPostFurnitureLine("Like x"));
  EXPECT_FALSE(IsPostFurnitureLine("Size x 2"));
  EXPECT_FALSE(IsPostFurnitureLine("Like x 2 boards"));
  EXPECT_TRUE(IsThreadStatsLine("3 Posts 212 Views"));
  EXPECT_TRUE(IsThreadStatsLine("Followers 1"));
  EXPECT_TRUE(IsThreadStatsLine("Views: 1.2k"));
  EXPECT_TRUE(IsThreadStatsLine("12 replies \xC2\xB7 340 views"));
  EXPECT_FALSE(IsThreadStatsLine("3 replies later it worked"));
  EXPECT_FALSE(IsThreadStatsLine("Followers of the old method"));
  EXPECT_FALSE(IsThreadStatsLine("Posts"));
  EXPECT_TRUE(IsThreadStatsLine("all 12 comments"));
  EXPECT_FALSE(IsThreadStatsLine("all comments"));
  EXPECT_TRUE(IsCommentListClass("comments js-comments-container"));
  EXPECT_TRUE(IsCommentListClass("ml0 Comments-List"));
  EXPECT_FALSE(IsCommentListClass("comment-content"));
  EXPECT_FALSE(IsCommentListClass("nocomments"));
  EXPECT_TRUE(IsDisplayNoneUtility("d-none"));
  EXPECT_TRUE(IsDisplayNoneUtility("x d-none d-sm-none"));
  EXPECT_FALSE(IsDisplayNoneUtility("d-none d-lg-flex"));
  EXPECT_FALSE(IsDisplayNoneUtility("d-nonexistent"));
}

// A post's reactions bar tallied by kind ("Like x 2": the ratings list of
// XenForo 1's and vBulletin's add-ons) goes on a thread; the posts stay.
TEST(Extract, ThreadDropsReactionTallies) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<li class=message><div class=messageContent><blockquote class=messageText>Reply number " + n +
             ": the kiln needed a new element, and after that it held temperature all the way through the "
             "glaze firing.</blockquote></div><div class=postrating><ul class=ratings><li><img alt=Like> Like  x "
             "<strong>" + n + "</strong></li></ul></div></li>";
  }
  std::string html = "<html><head><meta name=generator content='XenForo'><title>Kiln trouble</title></head>"
                     "<body><h1>Kiln trouble</h1><ol class=messageList>" + posts + "</ol></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find(" x 3"), std::string::npos) << r->text;
}

// A thread's button bar that holds the pagination box (phpBB's action bar:
// "Post Reply" beside "3 posts * Page 1 of 1") is read as shown, without
// the pagination the body leaves out: the button goes too. So does the
// poster's rank in the profile column ("dd.profile-rank").
TEST(Extract, ThreadDropsActionBarBesidePagination) {
  std::string posts;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class='post bg2'><div class=inner><dl class=postprofile><dt><a href='/memberlist.php?u=" + n +
             "' class=username>pilot" + n + "</a></dt><dd class=profile-rank>Gliding instructor</dd></dl>"
             "<div class=postbody><div class=content>Reply number " + n + ": the tow rope weak link should be "
             "checked before every launch, and replaced after any hard tug.</div></div></div></div>";
  }
  const std::string bar = "<div class='action-bar bar-top'><a href='/posting.php?mode=reply&t=9' class=button>"
                          "<span>Post Reply</span></a><div class=pagination>3 posts &bull; Page <strong>1</strong> "
                          "of <strong>1</strong></div></div>";
  std::string html = "<html><head><meta name=generator content='phpBB'><title>Weak links</title></head>"
                     "<body><h1>Weak links</h1><div id=page-body class=page-body>" + bar + posts + bar +
                     "</div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply number 3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("pilot2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Post Reply"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Gliding instructor"), std::string::npos) << r->text;
}

// On a Q&A page a post's comment list without Comment microdata (Stack
// Exchange's "div.comments > ul.comments-list") is that post's aside, as
// Comment items are; an answer kept in a comment's text box
// ("comment-content") is no remark and stays.
TEST(Extract, QAPageDropsCommentListsWithoutMicrodata) {
  std::string answers;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    answers += "<div class=answer itemprop=suggestedAnswer itemscope itemtype='https://schema.org/Answer'>"
               "<div class=comment-content><p>Answer number " + n + ": bleed the brakes from the wheel farthest "
               "from the master cylinder and work your way closer.</p></div>"
               "<div class=comments><ul class=comments-list><li class=comment><span class=comment-copy>Remark "
               "number " + n + ": worked on my old hatchback, thanks a lot for this.</span></li></ul></div></div>";
  }
  std::string html = "<html><head><title>Bleeding brakes</title></head><body itemscope "
                     "itemtype='https://schema.org/QAPage'><div itemprop=mainEntity itemscope "
                     "itemtype='https://schema.org/Question'><h1 itemprop=name>Bleeding brakes</h1>"
                     "<div id=question class=question><div itemprop=text><p>In which order should the four "
                     "brakes be bled after replacing the master cylinder on a small car?</p></div></div>"
                     "<div id=answers>" + answers + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Answer number 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Remark number 2"), std::string::npos) << r->text;
}

// On a thread, an element hidden by a display utility class ("d-none":
// Stack Exchange's MathJax markers around each post) is left out; one that
// a breakpoint class shows again ("d-none d-md-block") stays.
TEST(Extract, ThreadHidesDisplayNoneUtility) {
  std::string answers;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    answers += "<div class=answer itemprop=suggestedAnswer itemscope itemtype='https://schema.org/Answer'>"
               "<span class=d-none>\\$\\begingroup\\$</span><div itemprop=text><p>Answer number " + n +
               ": the capacitor sets the time constant with the resistor, so a larger one slows the "
               "charge.</p><p class='d-none d-md-block'>Wide note " + n + " on the same circuit.</p></div>"
               "<span class=d-none>\\$\\endgroup\\$</span></div>";
  }
  std::string html = "<html><head><title>RC time constant</title></head><body itemscope "
                     "itemtype='https://schema.org/QAPage'><div itemprop=mainEntity itemscope "
                     "itemtype='https://schema.org/Question'><h1 itemprop=name>RC time constant</h1>"
                     "<div id=question class=question><div itemprop=text><p>Why does a larger capacitor make "
                     "the blinking of my little LED circuit slower than before?</p></div></div>"
                     "<div id=answers>" + answers + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Answer number 3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Wide note 2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("begingroup"), std::string::npos) << r->text;
}

// A Q&A page's answer count over the answers ("2 Answers") is furniture
// though it holds a hidden copy of the count for microdata (Stack
// Exchange's "<span style=display:none itemprop=answerCount>").
TEST(Extract, ThreadReadsFurnitureLinesAsShown) {
  std::string answers;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    answers += "<div class=answer itemprop=suggestedAnswer itemscope itemtype='https://schema.org/Answer'>"
               "<div class=post-text itemprop=text><p>Answer number " + n + ": set the kernel parameter at boot "
               "and the device comes up with the right name every time.</p></div></div>";
  }
  std::string html = "<html><head><title>Rename a device</title></head><body itemscope "
                     "itemtype='https://schema.org/QAPage'><div itemprop=mainEntity itemscope "
                     "itemtype='https://schema.org/Question'><h1 itemprop=name>Rename a device</h1>"
                     "<div id=question class=question><div itemprop=text><p>How do I give a network device a "
                     "stable name across reboots on a small server with two cards?</p></div></div>"
                     "<div id=answers><h2 class=answers-header>3 Answers <span style='display:none;' "
                     "itemprop=answerCount>3</span></h2>" + answers + "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Answer number 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("3 Answers"), std::string::npos) << r->text;
}

TEST(Vocabulary, ReplySubjectLines) {
  EXPECT_TRUE(IsReplySubjectLine("Re: Pump leaks"));
  EXPECT_TRUE(IsReplySubjectLine(" RE: Pump leaks "));
  EXPECT_TRUE(IsReplySubjectLine("#3 Re: Pump leaks"));
  EXPECT_TRUE(IsReplySubjectLine("2. Re: Pump leaks"));
  EXPECT_FALSE(IsReplySubjectLine("Re:"));
  EXPECT_FALSE(IsReplySubjectLine("Regarding the pump: it leaks"));
  EXPECT_FALSE(IsReplySubjectLine("Pump leaks"));
}


// A story whose longest section (an interactive checklist, nested deep) beats
// the story itself because the story also holds a related-articles box: the
// other sections join it.
TEST(Extract, StorySectionsJoinADeepBestSection) {
  const std::string para =
      "Keeping on top of basic upkeep does more for the life of a car than any single repair you pay for. ";
  auto paras = [&](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "<p>" + para + "</p>";
    return s;
  };
  std::string related;
  for (int i = 0; i < 16; ++i)
    related += "<p>Another story from our editors on tyres, brakes and the cost of keeping an old car going.</p>";
  const std::string html =
      "<html><head><title>Car upkeep</title><meta property=\"og:type\" content=\"article\"></head><body>"
      "<article><h1>Your car maintenance checklist</h1><div class=\"story\">"
      "<section class=\"intro\"><p>Our experts open with the general guidelines for every owner.</p>" + paras(6) +
      "</section>"
      "<div class=\"block\"><div class=\"row\"><div class=\"col\"><div class=\"checklist\">" + paras(20) +
      "</div></div></div></div>"
      "<section class=\"outro\"><h2>Upkeep your car may not need</h2><p>Closing advice from the shop floor.</p>" +
      paras(6) + "<div class=\"related-articles\">" + related + "</div></section>"
      "</div></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("general guidelines"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Closing advice"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Another story"), std::string::npos) << r->text;
}
// A reviewer's name under a product is a customer's, not the page's
// author, though its class says "author".
TEST(Extract, ReviewAuthorsAreNotThePagesAuthor) {
  const std::string html =
      "<html><head><title>Kettle</title></head><body><main><h1>Steel kettle</h1><p>" + std::string(400, 'x') +
      " text.</p><div id=\"reviews\"><ol><li><p class=\"meta\"><strong class=\"review-author\">Claude</strong>"
      " \xE2\x80\x93 <time>May 27, 2020</time></p><p>Boils fast.</p></li></ol></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}
// A page described only as a WebPage names its author there.
TEST(Extract, AuthorOfAWebPageObject) {
  const std::string html =
      R"(<html><head><title>Signal</title><script type="application/ld+json">{"@context":"https://schema.org",
      "@type":"WebPage","headline":"Signal","author":{"@type":"Person","name":"Ana Ruiz"}}</script></head>
      <body><main><h1>Signal</h1><p>)" + std::string(400, 'x') + " text.</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ana Ruiz"});
}
// A byline label before a list names one author an item.
TEST(Extract, BylineLabelBeforeAListOfNames) {
  const std::string html =
      "<html><head><title>Policy lessons</title></head><body><main><h1>Policy lessons</h1><div><h6>Author(s)</h6>"
      "<ul><li><a href=/a>Ann Lee</a></li><li><a href=/b>Raj Patel</a></li></ul></div><p>" + std::string(400, 'x') +
      " text.</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, (std::vector<std::string>{"Ann Lee", "Raj Patel"}));
}
// An author box under the article ("Written by" and the name) names the
// writer when the headline area does not; a related story's byline, a
// tab labelled "Author" and a sentence starting with "By" do not.
TEST(Extract, BylineAfterTheBody) {
  // Long enough that the search around the headline does not reach its end.
  std::string prose;
  for (int i = 0; i < 150; ++i)
    prose += "<p>Saving a little every month adds up to more than most people expect over the years.</p>";
  const std::string head = "<html><head><title>Saving</title><meta property=\"og:type\" content=\"article\">"
                           "</head><body><main><article><h1>Saving money</h1>" + prose;
  auto box = Extract(head + "<p>By saving early you win time.</p></article><div class=box><div>Written by</div>"
                     "<div>Cara Jones</div></div></main></body></html>");
  ASSERT_TRUE(box.ok());
  EXPECT_EQ(box->authors, std::vector<std::string>{"Cara Jones"});
  auto heading = Extract(head + "<h3>Written by Cara Jones</h3><p>Cara writes about money.</p></article></main></body></html>");
  ASSERT_TRUE(heading.ok());
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Cara Jones"});
  auto others = Extract(head + "<ul class=tabs><li>Author</li><li>Recent Posts</li></ul></article>"
                        "<div class=related-posts><div class=card><p>Budgeting basics</p><p>Written by Dan Roe</p></div>"
                        "</div></main></body></html>");
  ASSERT_TRUE(others.ok());
  EXPECT_TRUE(others->authors.empty()) << others->authors[0];
  auto cards = Extract(head + "</article><ul><li><p>Budgeting basics</p><p>Written by Dan Roe</p></li>"
                       "<li><p>Saving for a house</p><p>Written by Dan Roe</p></li></ul></main></body></html>");
  ASSERT_TRUE(cards.ok());
  EXPECT_TRUE(cards->authors.empty()) << cards->authors[0];
}
// An author field that gives the writer's profile URL, not the name: the
// slug spells the name, when nothing else names the writer.
TEST(Extract, AuthorFromAProfileUrl) {
  EXPECT_EQ(NameFromProfileUrl("https://example.com/author/jane-doe/"), "Jane Doe");
  EXPECT_EQ(NameFromProfileUrl("https://example.com/people/ann-de-wit?ref=x"), "Ann De Wit");
  EXPECT_EQ(NameFromProfileUrl("https://social.example/jane-doe"), "");
  EXPECT_EQ(NameFromProfileUrl("https://example.com/author/admin/"), "");
  EXPECT_EQ(NameFromProfileUrl("https://example.com/author/jdoe42/"), "");
  EXPECT_EQ(NameFromProfileUrl("https://example.com/author/site-admin/"), "");
  // A page, a desk, a role or a group is no person.
  for (std::string_view url : {"https://example.com/author/editorial-team", "https://example.com/author/staff-writer",
                               "https://example.com/author/about-us", "https://example.com/author/news-desk",
                               "https://example.com/people/customer-service"})
    EXPECT_EQ(NameFromProfileUrl(url), "") << url;
  const std::string tail = "</head><body><article><h1>Garden notes</h1><p>" + std::string(400, 'x') +
                           " text.</p></article></body></html>";
  auto meta = Extract("<html><head><title>Garden notes</title>"
                      "<meta property=\"article:author\" content=\"https://example.com/author/ann-berg/\">" + tail);
  ASSERT_TRUE(meta.ok());
  EXPECT_EQ(meta->authors, std::vector<std::string>{"Ann Berg"});
  auto link = Extract("<html><head><title>Garden notes</title><link rel=author href=\"/writers/ann-berg\">" + tail);
  ASSERT_TRUE(link.ok());
  EXPECT_EQ(link->authors, std::vector<std::string>{"Ann Berg"});
  auto both = Extract("<html><head><title>Garden notes</title>"
                      "<meta property=\"article:author\" content=\"https://example.com/author/aberg/\">"
                      "<meta name=author content=\"Ann Berg\">" + tail);
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->authors, std::vector<std::string>{"Ann Berg"});
}

// WordPress's tag manager plugin (GTM4WP) names the post's author in the
// head's data layer: the writer when the page names none, on a post or a
// page, not on a shop's product (the site's account "writes" those), and
// never over a byline.
TEST(Extract, AuthorFromTheDataLayerOfTheHead) {
  const std::string body = "</head><body><article><h1>Pickling cucumbers</h1><p>" +
                           std::string(400, 'x') + " brine.</p></article></body></html>";
  auto layer = [](std::string_view type, std::string_view name) {
    return "<html><head><title>Pickling cucumbers</title><script>var dataLayer_content = {\"pagePostType\":\"" +
           std::string(type) + "\",\"pagePostType2\":\"single-" + std::string(type) +
           "\",\"pagePostAuthor\":\"" + std::string(name) + "\"};dataLayer.push(dataLayer_content);</script>";
  };
  auto post = Extract(layer("post", "Mira Kowalczyk") + body);
  ASSERT_TRUE(post.ok());
  EXPECT_EQ(post->authors, std::vector<std::string>{"Mira Kowalczyk"});
  // The key found wherever it stands: first in the script, after other
  // camel-cased keys that open like it ("pagePostType").
  auto first = Extract(
      "<html><head><title>Pickling cucumbers</title><script>{\"pagePostAuthor\":\"Lena Vogt\",\"pagePostType\":"
      "\"post\"}</script>" + body);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->authors, std::vector<std::string>{"Lena Vogt"});
  // JSON escapes are read.
  auto page = Extract(layer("page", "Jos\\u00e9 Ortega") + body);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->authors, std::vector<std::string>{"Jos\u00e9 Ortega"});
  auto product = Extract(layer("product", "Mira Kowalczyk") + body);
  ASSERT_TRUE(product.ok());
  EXPECT_TRUE(product->authors.empty());
  // An organisation or a noise word is no writer.
  auto desk = Extract(layer("post", "admin") + body);
  ASSERT_TRUE(desk.ok());
  EXPECT_TRUE(desk->authors.empty());
  // A byline wins.
  auto byline = Extract(layer("post", "Mira Kowalczyk") +
                        "</head><body><article><h1>Pickling cucumbers</h1><p class=byline>By Tom Reyes</p><p>" +
                        std::string(400, 'x') + " brine.</p></article></body></html>");
  ASSERT_TRUE(byline.ok());
  EXPECT_EQ(byline->authors, std::vector<std::string>{"Tom Reyes"});
}

// An <address> in an article is its author's contact (HTML): a lone
// person's name there is the writer; a street or a company is not, nor an
// address outside the article (the site's footer).
TEST(Extract, AuthorFromTheArticlesAddress) {
  std::string prose;
  for (int i = 0; i < 20; ++i) prose += "Pruning roses in late winter keeps the shrub open to light and air. ";
  auto page = [&](std::string_view address, std::string_view footer = "") {
    return Extract("<html><head><title>Roses</title></head><body><article><header><h1>Roses</h1>" +
                   std::string(address) + "</header><p>" + prose + "</p></article>" + std::string(footer) +
                   "</body></html>");
  };
  auto name = page("<address>Jane Doe</address>");
  ASSERT_TRUE(name.ok());
  EXPECT_EQ(name->authors, std::vector<std::string>{"Jane Doe"});
  auto linked = page("<address><a href=\"/people/jane\">Jane Doe</a></address>");
  ASSERT_TRUE(linked.ok());
  EXPECT_EQ(linked->authors, std::vector<std::string>{"Jane Doe"});
  auto street = page("<address>12 Elm Street, Springfield</address>");
  ASSERT_TRUE(street.ok());
  EXPECT_TRUE(street->authors.empty());
  auto company = page("<address>Rosewood Gardens Inc.</address>");
  ASSERT_TRUE(company.ok());
  EXPECT_TRUE(company->authors.empty());
  auto footer = page("", "<footer><address>Jane Doe</address></footer>");
  ASSERT_TRUE(footer.ok());
  EXPECT_TRUE(footer->authors.empty());
}

// An author box under the post whose bio starts with the name in bold.
TEST(Extract, AuthorBoxBioLedByTheNameInBold) {
  std::string prose;
  for (int i = 0; i < 150; ++i) prose += "<p>Pruning roses in late winter keeps the shrub open to light and air.</p>";
  const std::string head = "<html><head><title>Roses</title><meta property=\"og:type\" content=\"article\">"
                           "</head><body><main><article><h1>Pruning roses</h1>" + prose + "</article>";
  auto box = Extract(head + "<div class=post-author-info><img src=a.jpg><p><strong>Ann Berg:</strong> Ann has "
                     "grown roses for thirty years.</p></div></main></body></html>");
  ASSERT_TRUE(box.ok());
  EXPECT_EQ(box->authors, std::vector<std::string>{"Ann Berg"});
  // Outside an author box a bold lead is a term being defined.
  auto term = Extract(head + "<div class=glossary><p><strong>Bare Root:</strong> a plant sold without soil."
                      "</p></div></main></body></html>");
  ASSERT_TRUE(term.ok());
  EXPECT_TRUE(term->authors.empty()) << term->authors[0];
  // Only the first bytes of each ancestor's class are read (every bold-led
  // paragraph asks again): a box word past them is not seen.
  std::string filler;
  for (int i = 0; i < 100; ++i) filler += "xq ";
  auto far = Extract(head + "<div class=\"" + filler + "post-author-info\"><img src=a.jpg><p><strong>Ann Berg:"
                     "</strong> Ann has grown roses for thirty years.</p></div></main></body></html>");
  ASSERT_TRUE(far.ok());
  EXPECT_TRUE(far->authors.empty()) << far->authors[0];
}

// A byline box that gives the name, then the writer's role after a bar.
TEST(Extract, BylineBoxWithTheRoleAfterABar) {
  const std::string head = "<html><head><title>Garden notes</title></head><body><article><h1>Garden notes</h1>";
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto role = Extract(head + "<div class=byline>Ann Berg | Contributor</div>" + body);
  ASSERT_TRUE(role.ok());
  EXPECT_EQ(role->authors, std::vector<std::string>{"Ann Berg"});
  auto topic = Extract(head + "<div class=byline>Garden Notes | Spring Planting</div>" + body);
  ASSERT_TRUE(topic.ok());
  EXPECT_TRUE(topic->authors.empty()) << topic->authors[0];
  // The role is a job title (its last word one), or the employer; a
  // section's name with a job word in it is neither.
  for (std::string_view line : {"Ann Berg - Senior Editor, Hill Newsroom", "Ann Berg | Contributing Writer"}) {
    auto r = Extract(head + "<div class=byline>" + std::string(line) + "</div>" + body);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Berg"}) << line;
  }
  for (std::string_view line : {"Local News | Senior Living", "Travel Guides | Content Hub"}) {
    auto r = Extract(head + "<div class=meta-author>" + std::string(line) + "</div>" + body);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->authors.empty()) << line << ": " << r->authors[0];
  }
}

// JSON-LD may name the writer as the creator, or a Person by its parts.
TEST(Extract, JsonLdCreatorAndNameParts) {
  const std::string tail = "</head><body><article><h1>Garden notes</h1><p>" + std::string(400, 'x') +
                           " text.</p></article></body></html>";
  auto creator = Extract("<html><head><title>Garden notes</title><script type=\"application/ld+json\">"
                         "{\"@type\":\"Article\",\"creator\":{\"@type\":\"Person\",\"name\":\"Ann Berg\"}}"
                         "</script>" + tail);
  ASSERT_TRUE(creator.ok());
  EXPECT_EQ(creator->authors, std::vector<std::string>{"Ann Berg"});
  auto parts = Extract("<html><head><title>Garden notes</title><script type=\"application/ld+json\">"
                       "{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"givenName\":\"Ann\","
                       "\"familyName\":\"Berg\"}}</script>" + tail);
  ASSERT_TRUE(parts.ok());
  EXPECT_EQ(parts->authors, std::vector<std::string>{"Ann Berg"});
}

// A theme's meta row prints the date stamp, then the byline, on one line.
TEST(Extract, BylineAfterTheDateStampInAMetaRow) {
  const std::string head = "<html><head><title>Garden notes</title></head><body><article><h1>Garden notes</h1>";
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto row = Extract(head + "<div class=entry-meta>Posted on March 3, 2021 by Ann Berg</div>" + body);
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->authors, std::vector<std::string>{"Ann Berg"});
  // The row's fields run together when it holds the category links too.
  auto fields = Extract(head + "<div class=entry-meta>Posted on March 3, 2021 by <span>Ann Berg</span><span>In "
                        "<a href=\"/category/garden/\" rel=\"category tag\">Garden</a></span></div>" + body);
  ASSERT_TRUE(fields.ok());
  for (const std::string& name : fields->authors) EXPECT_EQ(name.find("BergIn"), std::string::npos) << name;
  auto sentence = Extract(head + "<div class=entry-meta>On March 3, 2021 by a wide margin the plan passed</div>" + body);
  ASSERT_TRUE(sentence.ok());
  EXPECT_TRUE(sentence->authors.empty()) << sentence->authors[0];
}

// Structured data naming only a CMS account gives way to the person a
// visible byline names; alone, the account name stays.
TEST(Extract, AccountNameGivesWayToTheByline) {
  const std::string head = "<html><head><title>Tips</title><meta name=author content=\"jdoe_admin\"></head>"
                           "<body><article><h1>Ten tips</h1>";
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto byline = Extract(head + "<p>By Jane Doe</p>" + body);
  ASSERT_TRUE(byline.ok());
  EXPECT_EQ(byline->authors, std::vector<std::string>{"Jane Doe"});
  auto alone = Extract(head + body);
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->authors, std::vector<std::string>{"jdoe_admin"});
}

// A date line under the headline that gives the writer with a user's
// picture beside the name and no "By", then the post's category ("March 4,
// 2024 \u2022 <img class=avatar> Jane Doe in <a>Gardening</a>"), names the
// writer; without the picture the line is not marked a byline.
TEST(Extract, DateLineWithAvatarNamesTheWriterBeforeItsCategory) {
  const std::string head = "<html><head><title>Ten tips</title><meta property=og:type content=article></head>"
                           "<body><header><h1>Ten tips</h1><p>March 4, 2024 <span>&bull;</span> ";
  const std::string tail = " Jane Doe in <a href=/blog/gardening>Gardening</a></p></header><main><p>" +
                           std::string(kEnglishProse) + "</p></main></body></html>";
  auto avatar = Extract(head + "<img class=\"avatar avatar-xs\" src=a.png>" + tail);
  ASSERT_TRUE(avatar.ok());
  EXPECT_EQ(avatar->authors, std::vector<std::string>{"Jane Doe"});
  auto plain = Extract(head + "<img src=a.png>" + tail);
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(plain->authors.empty()) << plain->authors[0];
  EXPECT_TRUE(IsAvatarClass("avatar avatar-96 photo"));
  EXPECT_TRUE(IsAvatarClass("pp-user-avatar"));
  EXPECT_FALSE(IsAvatarClass("wp-image-42 size-full"));
}

// A meta tag's author the reader does not see by the headline (the CMS
// account that posted the story) gives way to the person a plain byline
// by the headline names; it stays when it is shown there, or when the
// byline names no person.
TEST(Extract, UnshownMetaAuthorGivesWayToTheBylineByTheHeadline) {
  const std::string head =
      "<html><head><title>Ten tips</title><meta property=og:type content=article>"
      "<meta name=author content=\"Rob Roe\"></head><body><article><h1>Ten tips</h1>";
  const std::string body = "<p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  auto byline = Extract(head + "<h3>By <a href=/team/ann-berg>Ann Berg</a>, <span>Columnist</span></h3>" + body);
  ASSERT_TRUE(byline.ok());
  EXPECT_EQ(byline->authors, std::vector<std::string>{"Ann Berg"});
  auto shown = Extract(head + "<h3>By <a href=/team/ann-berg>Ann Berg</a></h3><p>Edited by Rob Roe</p>" + body);
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->authors, std::vector<std::string>{"Rob Roe"});
  auto no_person = Extract(head + "<p>By request</p>" + body);
  ASSERT_TRUE(no_person.ok());
  EXPECT_EQ(no_person->authors, std::vector<std::string>{"Rob Roe"});
}

// Structured data naming only an organisation (a site's team, a desk)
// gives way to the person a visible byline names; alone, it stays.
TEST(Extract, OrganisationCreditGivesWayToTheByline) {
  const std::string head = "<html><head><title>Tips</title><meta name=author content=\"Harbour Labs Team\">"
                           "</head><body><article><h1>Ten tips</h1>";
  const std::string body = "<p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  auto byline = Extract(head + "<div class=byline>Jane Doe</div>" + body);
  ASSERT_TRUE(byline.ok());
  EXPECT_EQ(byline->authors, std::vector<std::string>{"Jane Doe"});
  auto alone = Extract(head + body);
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->authors, std::vector<std::string>{"Harbour Labs Team"});
}

// A post header whose heading links to the page itself (a blog template's
// "<h2 class=entry-title><a href=permalink>") heads the page, no teaser:
// its rel=author link names the page's writer.
TEST(Extract, OwnLinkedHeadingIsNoTeaserCard) {
  auto r = Extract(
      "<html><head><title>Pruning roses | Garden Notes</title><link rel=canonical "
      "href=\"https://notes.example/2024/pruning-roses/\"></head><body><div id=content><header>"
      "<h2 class=entry-title><a href=\"https://notes.example/2024/pruning-roses/\">Pruning roses</a></h2>"
      "<p class=post-meta><a rel=author href=/author/mkell/>mkell</a> · <time datetime=2024-03-02>March 2, 2024"
      "</time></p></header><div class=entry-content><p>" +
      std::string(kEnglishProse) + "</p></div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"mkell"});
}

// A link rel=author in a teaser card (under a linked heading of another
// story) names that story's writer, not the page's.
TEST(Extract, TeaserCardsRelAuthorIsNoWriter) {
  // (The story long enough that the card is beyond the headline's byline
  // search.)
  std::string body;
  for (int i = 0; i < 150; ++i) body += "<p>" + std::string(kEnglishProse) + "</p>";
  const std::string page =
      "<html><head><title>Ten tips</title></head><body><main><h1>Ten tips</h1>" + body +
      "</main><div><div class=card><h3><a href=/other-story>Another story</a></h3><p class=meta>"
      "<a rel=author href=/author/ann-berg>Ann Berg</a></p></div></div></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A meta line of category links names topics, not writers.
TEST(Extract, CategoryLinksAreNoByline) {
  const std::string html =
      "<html><head><title>Refinishing</title></head><body><article><h1>Refinishing furniture</h1>"
      "<p class=entry-meta><span><a href=/category/diy/>DIY</a>, <a href=/category/home/>Home Decor</a></span></p>"
      "<p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}
// Without an <h1> that matches the title, an <h2> that does is the
// headline the byline and the date stamp sit by (not an <h1> in the body).
TEST(Extract, BylineByAnH2Headline) {
  std::string prose;
  for (int i = 0; i < 150; ++i) prose += "<p>Rust gives people the sense that they can build anything well.</p>";
  const std::string html =
      "<html><head><title>What people love about Rust</title></head><body><section><header>"
      "<h2>What people love about Rust</h2></header><div class=info>By Nina Park \xC2\xB7 Dec. 19, 2025</div>" +
      prose + "<h1>But what they love is the versatility</h1>" + prose + "</section></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Nina Park"});
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-12-19");
}
// The description line of an author box is no name; the line before it
// is the writer's.
TEST(Extract, AuthorBoxDescriptionIsNoName) {
  const std::string html =
      "<html><head><title>Coffee</title></head><body><article><h1>Brewing coffee</h1>"
      "<div class=box><p>Lena Berg</p><div class=author-description>Licensed Coffee Grader</div></div>"
      "<p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Lena Berg"});
}
// FluxBB / PunBB put the poster's profile (name, rank, join date, post
// count) in a "postleft" column: its first line is the thread's author.
TEST(Extract, ThreadAuthorFromAProfileColumn) {
  std::string posts;
  for (const char* name : {"tux42", "penguin_fan"})
    posts += std::string("<div class=\"blockpost\"><div class=postleft><dl><dt><strong>") + name +
             "</strong></dt><dd class=usertitle>Member</dd><dd>Registered: 2025-11-01</dd><dd>Posts: 12</dd></dl>"
             "</div><div class=postright><p>" + std::string(300, 'x') + " text.</p></div></div>";
  const std::string html = "<html><head><title>ISO size - Forums</title></head><body id=punviewtopic>"
                           "<h1>ISO size</h1>" + posts + "</body></html>";
  ExtractOptions options;
  options.url = "https://bbs.example.org/viewtopic.php?id=1";
  auto r = Extract(html, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_EQ(r->authors, std::vector<std::string>{"tux42"});
}
// A meta row under the headline (a name beside the date, no "By") names
// the writer; a one-word section beside the date, or the headline beside
// it, does not.
TEST(Extract, BylineFromAMetaRowByTheHeadline) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  auto page = [&](const std::string& header) {
    return "<html><head><title>Field notes</title></head><body><article>" + header + body +
           "</article></body></html>";
  };
  auto row = Extract(page("<h1>Field notes</h1><div><span>2025-12-17</span><span>\xC2\xB7</span>"
                          "<a title=x><img alt=x src=a.png><div>Mara Lind</div></a><span>6 min read</span></div>"));
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->authors, std::vector<std::string>{"Mara Lind"});
  auto section = Extract(page("<h1>Field notes</h1><div><span>Dec 17, 2025</span><span>News</span></div>"));
  ASSERT_TRUE(section.ok());
  EXPECT_TRUE(section->authors.empty());
  auto header = Extract(page("<header><time>Dec 17, 2025</time><h1>Field Notes From Home</h1></header>"));
  ASSERT_TRUE(header.ok());
  EXPECT_TRUE(header->authors.empty());
}
// Links to writers' pages ("/author/jane-doe/") by the headline name the
// writers, with no "By"; the list they make completes the one name the
// structured data gives. A contact's link or a reviewer's is no byline.
TEST(Extract, BylineFromLinksToAuthorPages) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  auto page = [&](const std::string& head, const std::string& header) {
    return "<html><head><title>Field notes</title>" + head + "</head><body><article><h1>Field notes</h1>" +
           header + body + "</article></body></html>";
  };
  auto linked = Extract(page("", "<div><a href=\"/blog/author/mara-lind/\"><img alt=x src=a.png>"
                                 "<span>Mara Lind</span></a></div>"));
  ASSERT_TRUE(linked.ok());
  EXPECT_EQ(linked->authors, std::vector<std::string>{"Mara Lind"});
  auto contact = Extract(page("", "<ul><li><strong>Contact:</strong> <a href=\"/authors/staff/ron-hale\">Ron Hale</a>"
                                  "</li></ul>"));
  ASSERT_TRUE(contact.ok());
  EXPECT_TRUE(contact->authors.empty());
  auto reviewed = Extract(page("", "<div>By <a href=\"/author/mara-lind\">Mara Lind</a>. Reviewed by "
                                   "<a href=\"/author/ned-olsen\">Ned Olsen</a></div>"));
  ASSERT_TRUE(reviewed.ok());
  EXPECT_EQ(reviewed->authors, std::vector<std::string>{"Mara Lind"});
  auto completed = Extract(page(R"(<script type="application/ld+json">{"@type":"BlogPosting","headline":"Field notes",
      "author":{"@type":"Person","name":"Mara Lind"}}</script>)",
                                "<div><a href=\"/author/mara-lind/\">Mara Lind</a>, <a href=\"/author/ned-olsen/\">"
                                "Ned Olsen</a> &amp; <a href=\"/author/ivy-park/\">Ivy Park</a></div>"));
  ASSERT_TRUE(completed.ok());
  EXPECT_EQ(completed->authors, (std::vector<std::string>{"Mara Lind", "Ned Olsen", "Ivy Park"}));
}
// A strong byline right under the headline ("By: Jane Doe") beats another
// person in JSON-LD (the CMS user who posted the page), and completes it
// when it lists that person among others.
TEST(Extract, StrongBylineByTheHeadlineBeatsStructuredAuthor) {
  const std::string body = "<p>" + std::string(400, 'x') + " text.</p>";
  auto page = [&](const std::string& byline) {
    return std::string(R"(<html><head><title>Field notes</title><script type="application/ld+json">
      {"@type":"BlogPosting","headline":"Field notes","author":{"@type":"Person","name":"Ned Olsen"}}</script>
      </head><body><article><h1>Field notes</h1>)") + byline + body + "</article></body></html>";
  };
  auto other = Extract(page("<div><p>By: Mara Lind</p></div>"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->authors, std::vector<std::string>{"Mara Lind"});
  auto more = Extract(page("<div>Written by <span>Ned Olsen</span>, <span>Ivy Park</span></div>"));
  ASSERT_TRUE(more.ok());
  EXPECT_EQ(more->authors, (std::vector<std::string>{"Ned Olsen", "Ivy Park"}));
  // A bare "By" is no strong cue: the markup stays.
  auto weak = Extract(page("<div><p>by the river</p></div>"));
  ASSERT_TRUE(weak.ok());
  EXPECT_EQ(weak->authors, std::vector<std::string>{"Ned Olsen"});
}
// A byline-marked link to a filtered archive ("?content_topic=9") is a
// topic, not a writer.
TEST(Extract, TopicLinkByQueryIsNoByline) {
  EXPECT_TRUE(IsTaxonomyLink("", "/blog/?content_topic=906", ""));
  EXPECT_TRUE(IsTaxonomyLink("", "/news?page=2&category=5", ""));
  EXPECT_FALSE(IsTaxonomyLink("", "/blog/?concat=1", ""));
  // A forum thread filed under "topic" with its number is no tag page.
  EXPECT_TRUE(IsTaxonomyLink("", "https://x.org/topic/gardening/", ""));
  EXPECT_FALSE(IsTaxonomyLink("", "https://x.org/topic/123-pump-leaks/", ""));
  EXPECT_FALSE(IsTaxonomyLink("", "https://x.org/index.php?topic=123.0", ""));
  const std::string html = "<html><head><title>Leave</title></head><body><article><h1>Leave</h1>"
                           "<div><a id=author-modal href=\"/blog/?content_topic=906\">Team Strategy</a></div>"
                           "<p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}
// A byline-marked box that holds a breadcrumb is no byline.
TEST(Extract, BreadcrumbInAMetaBoxIsNoByline) {
  const std::string html = "<html><head><title>Guides</title></head><body><article>"
                           "<div class=article-meta><ul><li>Home</li><li>Docs</li><li>Guides</li></ul></div>"
                           "<h1>Guides</h1><p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// On a product page an add-on strip's heading ("Accessories") ends the
// product's part of its container, like "Related articles" on a story; the
// same heading on a guide heads content.
TEST(Extract, ProductAddOnHeadingEndsTheBody) {
  const std::string body =
      "<main><h1>Trail lantern</h1><div class=badge>Best seller</div><p>A folding lantern of ripstop nylon that packs flat into a jacket pocket "
      "and throws a warm light over a whole table for an evening of cards at camp.</p><p>The battery charges "
      "from any USB port and lasts three nights on the low setting, two on the high one.</p><h2>Accessories</h2>"
      "<div><h3>Hanging hook</h3><p>Clips the lantern under a tarp ridge line or a branch.</p></div><div><h3>Spare "
      "battery pack</h3><p>Doubles the run time for longer trips away from a socket.</p></div></main>";
  auto r = Extract(PageAround("Trail lantern", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("ripstop nylon"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("three nights"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Spare battery pack"), std::string::npos) << r->text;
  auto guide = Extract(PageAround("Trail lantern", body, /*product=*/false));
  ASSERT_TRUE(guide.ok());
  EXPECT_NE(guide->text.find("Spare battery pack"), std::string::npos) << guide->text;
}

// On a product page the product's name heads the body, once (a sticky
// bar's copy of it goes); on a story the headline is reported apart.
TEST(Extract, ProductNameHeadsTheBodyOnce) {
  const std::string body =
      "<main><h1>Folding trail lantern</h1><p>A folding lantern of ripstop nylon that packs flat into a jacket "
      "pocket and throws a warm light over a whole table for an evening of cards at camp.</p><p>The battery "
      "charges from any USB port and lasts three nights on the low setting, two on the high one.</p>"
      "<div class=sticky-bar><h2>Folding trail lantern</h2></div></main>";
  auto r = Extract("<html><head><title>Folding trail lantern</title><meta property=\"og:type\" "
                   "content=\"product\"></head><body>" + body + "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "Folding trail lantern");
  EXPECT_EQ(r->text.find("Folding trail lantern"), 0u) << r->text;
  EXPECT_EQ(r->text.find("Folding trail lantern", 1), std::string::npos) << r->text;
  auto story = Extract("<html><head><title>Folding trail lantern</title><meta property=\"og:type\" "
                       "content=\"article\"></head><body>" + body + "</body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->text.find("Folding trail lantern"), std::string::npos) << story->text;
}

// On a product page a block that only links elsewhere (the shop's badge
// linking to its returns policy, the brand's store) goes, as on a story;
// the linked names of a grid of cards stay with their cards (a category
// page read as a product).
TEST(Extract, ProductLinkOnlyBlocksGoCardNamesStay) {
  const std::string head =
      "<html><head><title>Trail lantern</title><meta property=\"og:type\" content=\"product\"></head><body><main>"
      "<h1>Trail lantern</h1><p>A folding lantern of ripstop nylon that packs flat into a jacket pocket and throws "
      "a warm light over a whole table for an evening of cards at camp.</p><p>The battery charges from any USB port "
      "and lasts three nights on the low setting, two on the high one.</p>";
  auto r = Extract(head + "<div class=perks><a href=\"/help/returns\">Free returns within sixty days</a></div>"
                   "<p><a href=\"/brands/northwind\">Visit the Northwind outfitters store</a></p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("three nights"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Free returns within"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Northwind outfitters"), std::string::npos) << r->text;
  auto grid = Extract(head + "<ul><li><p><a href=\"/p/1\">Canvas camp stool</a></p><p>Folds flat</p></li>"
                      "<li><p><a href=\"/p/2\">Enamel mug set</a></p><p>Four mugs</p></li>"
                      "<li><p><a href=\"/p/3\">Wool camp blanket</a></p><p>Merino wool</p></li></ul></main></body></html>");
  ASSERT_TRUE(grid.ok());
  EXPECT_NE(grid->text.find("Enamel mug set"), std::string::npos) << grid->text;
}

// A cookie settings dialog can hold more prose than a terse product: a box
// of boilerplate that opens on consent is never the page, however much it
// holds; a boilerplate-classed wrapper of the product stays.
TEST(Extract, ConsentDialogIsNeverThePage) {
  std::string html =
      "<html><head><title>Road case</title></head><body><main><h1>Road case</h1><p>A padded case for four "
      "stage lights, with wheels.</p><p>Ships in two weeks.</p></main><section id=prefsModalWrapper><h2>Customize "
      "your cookie settings</h2><div><p>Essential technologies are strictly necessary to provide you with the "
      "services available through our websites and to use some of their features, such as access to secure "
      "areas.</p><p>Performance cookies collect information about how you use a website, like which pages you "
      "visited and which links you clicked on, so that the website can be improved over time.</p><p>Functional "
      "cookies allow a website to remember choices you have made in the past, like the language you prefer or "
      "the region you are in.</p></div></section></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("padded case"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Performance cookies"), std::string::npos) << r->text;
  // A page wrapper (hidden until scripts run) whose text opens on a cookie
  // notice is no dialog: the product inside it stays.
  auto wrapped = Extract(
      "<html><head><title>Road case</title></head><body><div hidden><p>We use cookies.</p><h1>Road case</h1><p>A padded case "
      "for four stage lights, with wheels, foam cut to each light and latches that lock.</p><p>The lid holds the "
      "cables and a clamp for each light, so the rig goes up in minutes.</p></div></body></html>");
  ASSERT_TRUE(wrapped.ok());
  EXPECT_NE(wrapped->text.find("padded case"), std::string::npos) << wrapped->text;
  // A recipe shown in a dialog is about cookies, not consent.
  auto recipe = Extract(
      "<html><head><title>Cookies</title></head><body><div role=dialog class=modal-recipe><h2>Chocolate chip "
      "cookies</h2><p>Cream the butter and both sugars until pale, then beat in the eggs one at a time and the "
      "vanilla.</p><p>Fold in the flour, salt and soda, then the chopped chocolate, and chill the dough for an "
      "hour before you scoop it onto the trays.</p><p>Bake at 180 degrees for eleven minutes, until the edges "
      "are golden and the middles still soft.</p></div></body></html>");
  ASSERT_TRUE(recipe.ok());
  EXPECT_NE(recipe->text.find("chill the dough"), std::string::npos) << recipe->text;
}

// A cookie banner classed as boilerplate outweighs the little prose of a
// page of linked headlines (a news front): it is never the page's, though
// it holds most of its prose; the headlines stay.
TEST(Extract, ConsentBannerOnAPageOfLinksIsNeverContent) {
  std::string cards;
  for (int i = 1; i <= 12; ++i)
    cards += "<div class=card><h3><a href=/n" + std::to_string(i) + ">Harbour story number " + std::to_string(i) +
             " on the ferries and the pier</a></h3></div>";
  auto r = Extract("<html><head><title>Harbour news</title></head><body><div class=front>" + cards + "</div>"
                   "<div class=cookie-prompt><h2>Let us know you agree to cookies</h2><p>We use cookies to give you "
                   "the best online experience.</p><p>Please let us know if you agree to all of these cookies.</p>"
                   "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Harbour story number 12"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("agree to all of these cookies"), std::string::npos) << r->text;
}

// A role attribute is read once: trimmed, in any case, to what it says.
TEST(Vocabulary, ClassifyRole) {
  EXPECT_EQ(ClassifyRole(" Navigation "), uint32_t(kRoleChrome));
  EXPECT_EQ(ClassifyRole("alertdialog"), uint32_t(kRoleChrome | kRoleDialog));
  EXPECT_EQ(ClassifyRole("status"), uint32_t(kRoleStatus));
  EXPECT_EQ(ClassifyRole("main\n"), uint32_t(kRoleMain));
  EXPECT_EQ(ClassifyRole(" tabpanel"), uint32_t(kRoleTabPanel));
  EXPECT_EQ(ClassifyRole("BUTTON"), uint32_t(kRoleButton));
  EXPECT_EQ(ClassifyRole(" heading "), uint32_t(kRoleHeading));
  for (const char* r : {"", "presentation", "menuitem", "mainly", "navigation bar"}) EXPECT_EQ(ClassifyRole(r), 0u) << r;
}

// A card's footer is part of its card: "card-footer" and a styled
// component's "CustomerCardFooter" name no page footer; "site-footer" and
// "footer-links" still do.
TEST(Vocabulary, CardFooterIsNoPageFooter) {
  EXPECT_FALSE(ClassifyClassId("card-footer", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("pages__StyledCustomerCardFooter-sc-e2c04df0-8 jNSxbH", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("site-footer", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("footer-links", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("card footer", "") & kHintBoilerplate);
}

// The bars above a site's header (a theme's "#top-header" strip of phone
// numbers and hours, a shop's announcement bar) are chrome, named as a
// whole class or id; a table's "table-top-header" row is not one.
TEST(Extract, TopHeaderAndAnnouncementBarsAreChrome) {
  EXPECT_TRUE(ClassifyClassId("", "top-header") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("announcement-bar color-scheme-1", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("", "table-top-header") & kHintBoilerplate);
  auto r = Extract("<html><head><title>Dental care</title></head><body><div id=top-header><div class=container>"
                   "<span>Call 555-0100 (front desk) | 555-0199 (billing) care@example.org</span></div></div>"
                   "<main><h1>Dental care</h1><p>Our clinic offers cleanings, fillings and crowns for children "
                   "and adults, with evening hours on weekdays for working families.</p><p>New patients are "
                   "welcome; bring your insurance card and a list of the medicines you take.</p></main>"
                   "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("evening hours"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("front desk"), std::string::npos) << r->text;
}

// A newsletter box over a shop's grid of linked cards holds most of the
// page's little prose: it is never the page's either; the cards stay.
TEST(Extract, NewsletterBoxOnAPageOfLinksIsNeverContent) {
  std::string cards;
  for (int i = 1; i <= 12; ++i)
    cards += "<div class=card><h3><a href=/p" + std::to_string(i) + ">Walnut desk lamp model " + std::to_string(i) +
             " with a brass arm</a></h3></div>";
  auto r = Extract("<html><head><title>Desk lamps</title></head><body><div class=grid>" + cards + "</div>"
                   "<div class=newsletter-popup><h2>Take 15% off when you subscribe</h2><p>Join our mailing list "
                   "and hear about new lamps before anyone else does.</p><p>By signing up you agree to receive our "
                   "emails; you can leave the list at any time from any of them.</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Walnut desk lamp model 12"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("leave the list at any time"), std::string::npos) << r->text;
}

// An app that wraps the whole page in <main> puts the site's header there
// too: a header holding the site menu (a <nav> of many links) is the page's
// banner wherever it stands; a section's header with a breadcrumb is the
// section's.
TEST(Extract, HeaderWithTheSiteMenuIsChromeInsideMain) {
  std::string menu;
  for (int i = 0; i < 14; ++i) menu += "<a href=/c" + std::to_string(i) + ">Aisle " + std::to_string(i) + "</a> ";
  std::string html = "<html><head><title>Road case</title></head><body><main><header><p>Ask our experts any day of "
                     "the week, from early morning to late at night, by phone or chat.</p><nav>" + menu +
                     "</nav></header><section><header><nav><a href=/>Home</a> <a href=/cases>Cases</a></nav><h1>Road "
                     "case</h1><p>Four stage lights travel safely in foam cut to their shape.</p></header><p>A padded "
                     "case with wheels, latches that lock and a lid that holds the cables.</p><p>Its shell is "
                     "plywood faced with laminate, its corners are steel.</p></section></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("foam cut to their shape"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("plywood faced"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Ask our experts"), std::string::npos) << r->text;
  // An <article>'s header is the story's, even with a table of contents of
  // many links in it.
  std::string toc;
  for (int i = 0; i < 14; ++i) toc += "<a href=#s" + std::to_string(i) + ">Part " + std::to_string(i) + "</a> ";
  auto story = Extract("<html><head><title>Road cases</title></head><body><main><article><header><h1>Road cases"
                       "</h1><p>How touring crews pack their lights, from the foam to the latches, over fourteen "
                       "parts.</p><nav>" + toc + "</nav></header><p>A padded case with wheels, latches that lock "
                       "and a lid that holds the cables.</p><p>Its shell is plywood faced with laminate, its "
                       "corners are steel.</p></article></main></body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_NE(story->text.find("How touring crews pack"), std::string::npos) << story->text;
}

// A widget's title styled as a heading (a plain line first in its box, the
// box's cards after it) ends the body's part of that box like a furniture
// heading does; the same words over prose stay.
TEST(Extract, FurnitureLineOverCardsEndsTheBody) {
  const std::string story =
      "<p>The old mill on the river was turned into a library last spring, its grinding floor now a reading room "
      "with tall windows over the weir.</p><p>Volunteers carried the first ten thousand books across the footbridge "
      "in a single weekend, hand to hand.</p>";
  auto r = Extract("<html><head><title>Mill library</title></head><body><article><h1>Mill library</h1>" + story +
                   "<div><p class=title>You may also like</p><div><a href=/a>Bridge repairs begin in May</a> "
                   "<a href=/b>Market moves to the square</a> <a href=/c>New bus line to the coast</a> <a href=/d>"
                   "School choir wins the regional prize</a></div></div></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("hand to hand"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("You may also like"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("choir wins"), std::string::npos) << r->text;
  auto prose = Extract("<html><head><title>Mill library</title></head><body><article><h1>Mill library</h1><div>"
                       "<p>Recommended</p>" + story + "</div></article></body></html>");
  ASSERT_TRUE(prose.ok());
  EXPECT_NE(prose->text.find("hand to hand"), std::string::npos) << prose->text;
}

// On a product page a block that is only a count or a counter (a rating
// histogram's bars, a carousel's "1 / 5") is the widget's furniture; a spec
// table's numbers stay, and so do counts elsewhere.
TEST(Extract, BareCountsAreDroppedOnProducts) {
  const std::string body =
      "<main><h1>Tent lamp</h1><div class=gallery><div>1 / 5</div></div><p>A lamp that hangs from the loop at the "
      "top of a tent and lights it evenly from above, with three levels of brightness.</p><p>It runs for two "
      "days on its battery and charges from a power bank overnight.</p><table><tr><th>Weight</th><td>95</td></tr>"
      "<tr><th>Levels</th><td>3</td></tr></table><div class=histogram><div>5 stars</div><div>87%</div><div>4 "
      "stars</div><div>9%</div></div></main>";
  auto r = Extract(PageAround("Tent lamp", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("power bank"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("95"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("87%"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("1 / 5"), std::string::npos) << r->text;
  auto page = Extract(PageAround("Tent lamp", body, /*product=*/false));
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->text.find("87%"), std::string::npos) << page->text;
}

// A call to action on a line of its own ("Learn more", "Shop now", "View
// all") is a button's label, not content, even where links are kept (a
// product page); in a sentence it stays.
TEST(Extract, CallToActionLinesAreDropped) {
  std::string html =
      "<html><head><title>Trail lantern</title><meta property=\"og:type\" content=\"product\"></head><body>"
      "<main><h1>Trail lantern</h1><div class=badge>Best seller</div><p>A folding lantern of ripstop nylon that packs flat into a jacket pocket and "
      "lights a whole table at camp.</p><div class=cta><a href=/warranty>Learn more</a></div><p>Its battery "
      "lasts three nights on the low setting; learn more about charging it in the manual.</p><div><a href=/all>"
      "View all</a></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("ripstop nylon"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("learn more about charging"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Learn more"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("View all"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Best seller"), std::string::npos) << r->text;
}
// On a product page a block that is only a price and its labels ("Sale
// price $42 Regular price $48", "$130 Add to cart") is the buy box's; a
// price in a sentence stays, and so does the price line of a page that is
// no product.
TEST(Extract, BarePricesAreDroppedOnProducts) {
  const std::string body =
      "<main><h1>Oak stool</h1><div class=price><span>Sale price</span> $42.00 <span>Regular price</span> "
      "$48.00</div><p>A three-legged stool of solid oak, turned by hand and finished with linseed oil, that "
      "stands steady on an uneven floor.</p><p>It ships flat for $5 and is put together with one screw in "
      "each leg.</p><div><span>\u00a3130</span> <button>Add to cart</button></div></main>";
  auto r = Extract(PageAround("Oak stool", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("linseed oil"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("ships flat for $5"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("$42.00"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("\u00a3130"), std::string::npos) << r->text;
  // (Without the cart button, which makes a product page of itself.)
  std::string plain = body;
  plain.replace(plain.find("<button>Add to cart</button>"), 28, "");
  auto page = Extract(PageAround("Oak stool", plain, /*product=*/false));
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->page_type, "page");
  EXPECT_NE(page->text.find("$42.00"), std::string::npos) << page->text;
}
// On a product page a short line that prices the shipping ("Free shipping
// on orders over $75") is the buy box's; a sentence about shipping with no
// price, and the same line on a page that is no product, stay.
TEST(Extract, ShippingPriceLinesAreDroppedOnProducts) {
  const std::string body =
      "<main><h1>Wool blanket</h1><div class=perk>Free shipping on orders over $75</div><p>A blanket woven from "
      "the wool of one flock, thick enough for a cold cabin and light enough to carry on a trip.</p><p>Delivery "
      "takes a week: each blanket is washed and pressed after it leaves the loom.</p></main>";
  auto r = Extract(PageAround("Wool blanket", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("one flock"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Delivery takes a week"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("orders over $75"), std::string::npos) << r->text;
  auto page = Extract(PageAround("Wool blanket", body, /*product=*/false));
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->text.find("orders over $75"), std::string::npos) << page->text;
}
// A shop theme that prints every custom field of a product as a definition
// list ("colour_swatch_Moss: https://...", "banner_bg: #303030") shows the
// store's settings: the list goes on a product page. A spec list written
// for readers ("Fabric: ...") stays, and so does a reference's list of
// configuration keys on a page that is no product.
TEST(Extract, RawCustomFieldListsAreDroppedOnProducts) {
  std::string fields;
  for (const char* k : {"colour_swatch_Moss", "colour_swatch_Sand", "banner_bg_color", "promo_tile_label",
                        "grid_stock_limit"})
    fields += std::string("<dt>") + k + ":</dt><dd>value " + k + " zebra</dd>";
  const std::string body =
      "<main><h1>Linen apron</h1><p>An apron cut from heavy washed linen, with a deep front pocket and long ties "
      "that cross at the back and fasten at the front.</p><dl class=specs><dt>Fabric:</dt><dd>Washed linen"
      "</dd><dt>Care:</dt><dd>Machine wash cold</dd><dt>Pockets:</dt><dd>One deep front pocket</dd><dt>Ties:"
      "</dt><dd>Long, cross-back</dd></dl><dl class=info>" +
      fields + "</dl><button class=add-to-cart>Add to cart</button></main>";
  auto r = Extract(PageAround("Linen apron", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("heavy washed linen"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Machine wash cold"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("zebra"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("colour_swatch"), std::string::npos) << r->text;
  std::string plain = body;
  plain.replace(plain.find("<button class=add-to-cart>Add to cart</button>"), 46, "");
  auto page = Extract(PageAround("Linen apron", plain, /*product=*/false));
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->text.find("zebra"), std::string::npos) << page->text;
}
// On a product page the theme's sidebar column (a WordPress "#sidebar" of
// widgets: a reviews widget full of customers' prose) is the shop's
// furniture however much prose it holds; on a page that is no product a
// sidebar box with prose of its own stays as before.
TEST(Extract, SidebarBesideAProductIsDropped) {
  const std::string reviews =
      "<div class=review-card><p>Rented a tent for a long weekend in the hills and everything was clean, packed "
      "well and easy to set up; the staff explained the poles twice without a sigh.</p></div><div "
      "class=review-card><p>Booked gear for a family trip at short notice and it arrived two days early, with a "
      "note on how to fold it all back into the bags, which we needed.</p></div><div class=review-card><p>The "
      "stove they lent us lit first time at altitude, and returning everything by the drop box on Sunday "
      "evening was painless.</p></div>";
  const std::string body =
      "<div id=main-area><div id=left-area><div class=product><h1>Trail tent</h1><p>A two-person tent for three "
      "seasons, with a single pole hub, two doors and a fly that pitches first so the inner stays dry in the "
      "rain.</p><p>It packs to the size of a loaf of bread and weighs under two kilograms with its pegs. The "
      "floor is a tough ripstop that needs no footprint on a soft forest floor, and the mesh walls keep the "
      "midges out while letting a summer night's breeze through.</p><p>Two vestibules hold a pair of boots "
      "and packs each, and the guy-out points sit low so the fly sheds wind from any side on an exposed "
      "ridge. Every rental is cleaned, aired and checked pole by pole before it goes out again.</p>"
      "<button class=single_add_to_cart_button>Add to cart</button></div></div><div id=sidebar><div "
      "class=widget><h4 class=widgettitle>Google Reviews</h4>" +
      reviews + "</div></div></div>";
  auto r = Extract(PageAround("Trail tent", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("single pole hub"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("without a sigh"), std::string::npos) << r->text;
}
TEST(Vocabulary, SidebarNames) {
  EXPECT_TRUE(NamesSidebar("", "sidebar"));
  EXPECT_TRUE(NamesSidebar("col shop-side-bar", ""));
  EXPECT_FALSE(NamesSidebar("side-note", "aside-1"));
}
// A bare URL of an image or video file as an element's only text (a
// field's raw value, a player a script would have built) is not words; a
// URL in a sentence, a bare URL of a page, and one shown as code stay.
TEST(Extract, BareMediaFileUrlsAreDroppedOnProducts) {
  const std::string body =
      "<main><h1>Field notes</h1><p>We walked the ridge at dawn and counted the hawks that rose on the warm air "
      "over the quarry, forty of them before noon.</p><div><a href=/r.mp4>https://cdn.example.org/media/ridge_walk.mp4</a></div>"
      "<p>  https://img.example.org/photos/hawk-03.JPG?w=800  </p>"
      "<p>The full count is at https://example.org/count.png for anyone who wants it.</p>"
      "<p>https://example.org/hawk-watch/</p><pre>https://example.org/raw/diagram.svg</pre>"
      "<p>The map is linked (<a href=/m.png>https://example.org/m.png</a>) for the curious.</p>"
      "<table><tr><td>Image</td><td>http://example.org/i/3234.jpg</td></tr></table></main>";
  auto r = Extract(PageAround("Field notes", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("forty of them"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("ridge_walk.mp4"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("hawk-03"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("count.png for anyone"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("https://example.org/hawk-watch/"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("diagram.svg"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("example.org/m.png"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("3234.jpg"), std::string::npos) << r->text;
}
// Off a product page a bare media URL is the page's word: a wallpaper
// post's download addresses, a forum reply that is one image's link.
TEST(Extract, BareMediaFileUrlsStayOnArticlesAndThreads) {
  const std::string post =
      "<main><article><h1>Autumn wallpapers</h1><p>Every autumn I shoot the same hill behind our house, and "
      "every autumn readers ask for the full resolution files, so this year they are on our own server.</p>"
      "<p>The late afternoon one with the orange birches, cropped to 16:10 for laptops:</p>"
      "<p>https://files.example.org/wallpapers/2024/birches-16x10.png</p><p>All of these are free for "
      "personal use; drop me a line first if you want to print one or use it commercially.</p></article></main>";
  auto r = Extract(PageAround("Autumn wallpapers", post, /*product=*/false));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("birches-16x10.png"), std::string::npos) << r->text;
  std::string posts;
  const char* bodies[] = {
      "I am choosing between a 14mm f/2.8 and a 20mm f/1.8 for Milky Way shots from a dark site. Which would you "
      "pick and why?",
      "https://i.example.net/Xy12abc.jpg",
      "Wow, that shot above is exactly what I am after. Was that the 20mm? What exposure and ISO did you use?"};
  const char* names[] = {"skyguy", "nightowl", "skyguy"};
  for (int i = 0; i < 3; ++i)
    posts += std::string("<article class=\"message message--post\"><h4 class=message-name><a class=username "
                         "href=/members/") + names[i] + ">" + names[i] + "</a></h4><div class=message-content>"
             "<div class=bbWrapper>" + bodies[i] + "</div></div></article>";
  ExtractOptions opts;
  opts.page_type = PageType::kForum;
  auto t = Extract(PageAround("Which lens?", "<h1>Which lens?</h1>" + posts, /*product=*/false), opts);
  ASSERT_TRUE(t.ok());
  EXPECT_NE(t->text.find("exactly what I am after"), std::string::npos) << t->text;
  EXPECT_NE(t->text.find("Xy12abc.jpg"), std::string::npos) << t->text;
}
// A product's definition list of its configuration keys, each explained in
// a sentence, is the product's text: machine-key terms alone make no list
// of raw custom fields.
TEST(Extract, ProductConfigKeyListWithProseValuesStays) {
  const std::string body =
      "<main><div class=product><h1>RelayBox Pro</h1><p class=price>$249.00</p><form class=cart><button>Add to "
      "cart</button></form><p>RelayBox Pro ships with a plain text configuration file; the settings most "
      "installers change on day one are listed below with their defaults.</p><dl class=config-keys>"
      "<dt>wan_failover_mode</dt><dd>Which SIM takes over when the primary link drops. Default sim2.</dd>"
      "<dt>keepalive_interval</dt><dd>Seconds between link checks; lower values fail over faster.</dd>"
      "<dt>max_clients</dt><dd>The number of DHCP leases handed out on the LAN side. Default 64.</dd>"
      "<dt>remote_syslog_host</dt><dd>Where the router sends its logs, as host:port. Empty by default.</dd>"
      "</dl></div></main>";
  auto r = Extract(PageAround("RelayBox Pro", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("wan_failover_mode"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("DHCP leases"), std::string::npos) << r->text;
}
TEST(Vocabulary, RawFieldValues) {
  EXPECT_TRUE(IsRawFieldValue(""));
  EXPECT_TRUE(IsRawFieldValue(" https://cdn.example.com/a/bone.jpg "));
  EXPECT_TRUE(IsRawFieldValue("#303030"));
  EXPECT_TRUE(IsRawFieldValue("64"));
  EXPECT_TRUE(IsRawFieldValue("value 12 px"));
  EXPECT_FALSE(IsRawFieldValue("Default 64, or fewer."));
  EXPECT_FALSE(IsRawFieldValue("The number of DHCP leases handed out on the LAN side."));
}
// On a product page a theme's column named a sidebar that holds the product
// itself (its <h1>, price and buy form beside the gallery:
// "product-sidebar") is the product, not the shop's widgets.
TEST(Extract, ProductInfoColumnNamedSidebarStays) {
  const std::string body =
      "<main class=\"product-page\"><div class=\"product-layout\"><div class=\"product-gallery\"><img src=\"/img/pack"
      "-front.jpg\" alt=\"Trailblazer pack, front\"><img src=\"/img/pack-back.jpg\" alt=\"Trailblazer pack, back\"></"
      "div><div class=\"product-sidebar\"><h1 class=\"product-title\">Trailblazer 40L Hiking Pack</h1><p class=\"pric"
      "e\">$159.00</p><form class=\"cart\"><select><option>Slate</option><option>Moss</option></select><button>Add to"
      " cart</button></form><div class=\"product-description\"><p>The Trailblazer is our lightest framed pack, built "
      "for long day hikes and light overnights. A thin aluminium frame sheet carries loads up to fifteen kilograms cl"
      "ose to your back, and the mesh back panel keeps air moving on hot climbs.</p><p>The main compartment opens at "
      "the top and along one side, so you can reach your jacket without unpacking everything. Two stretch side pocket"
      "s hold a litre bottle each, and the hip belt pockets fit a phone and snacks.</p><p>Made from recycled ripstop "
      "nylon with a water resistant coating. Weight 1.1 kg. Fits torso lengths from 41 to 51 centimetres.</p></div></"
      "div></div><section class=\"reviews\"><h2>Customer reviews</h2><div class=\"review\"><h3>Perfect for the Appala"
      "chian Trail sections</h3><p>I carried this for six days on a section hike and it was comfortable the whole way"
      ". The side zip is a brilliant idea and I used it constantly. The hip belt pockets are big enough for a large p"
      "hone, which surprised me.</p></div><div class=\"review\"><h3>Light and comfortable</h3><p>Replaced a much heav"
      "ier pack with this one and my shoulders are thankful. It does not have as many pockets as my old one, but I ha"
      "ve learned to pack smarter. Build quality looks excellent after three months.</p></div><div class=\"review\"><"
      "h3>Great but runs small</h3><p>I am at the top of the torso range and it fits, but only just. If you are tall,"
      " try it on first. Otherwise a great pack with good ventilation and a sensible layout of pockets and straps.</p"
      "></div><div class=\"review\"><h3>Wet weather test passed</h3><p>Got caught in a two hour downpour and the cont"
      "ents stayed dry, though I had a liner too. The coating seems to work well, and the pack dried overnight in the"
      " hut without any problem at all.</p></div></section></main>";
  auto r = Extract(PageAround("Trailblazer 40L Hiking Pack", body, /*product=*/true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("lightest framed pack"), std::string::npos) << r->text;
  // Without its <h1> (a theme that heads the product with an <h2>) the
  // column's buy form still marks it the product's.
  std::string h2 = body;
  h2.replace(h2.find("<h1"), 3, "<h2");
  h2.replace(h2.find("</h1>"), 5, "</h2>");
  auto s = Extract(PageAround("Trailblazer 40L Hiking Pack", h2, /*product=*/true));
  ASSERT_TRUE(s.ok());
  EXPECT_NE(s->text.find("lightest framed pack"), std::string::npos) << s->text;
}
// A popover whose inline style shows it ("style=display:block") is on the
// page; a bare popover stays hidden.
TEST(Extract, PopoverShownByInlineDisplayStays) {
  auto r = Extract(
      "<html><head><title>Merkle trees</title></head><body><main><h1>What is a Merkle tree?</h1>"
      "<p>A Merkle tree is a tree of hashes: each leaf holds the hash of a block of data and each inner node "
      "holds the hash of its children.</p><div popover=manual class=term-card style=\"display: block\"><h2>Hash "
      "function</h2><p>A hash function maps data of any size to a fixed size digest, which makes the root a safe "
      "fingerprint of all its leaves.</p></div><p>Git and many database replication systems use Merkle trees to "
      "find differences between copies quickly.</p></main><div popover id=cookie-banner><p>We use cookies on "
      "this site to remember your settings.</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("fixed size digest"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("We use cookies"), std::string::npos) << r->text;
  EXPECT_TRUE(IsShownDisplayStyle("display:block"));
  EXPECT_TRUE(IsShownDisplayStyle("color: red; display: flex !important"));
  EXPECT_FALSE(IsShownDisplayStyle("display:none"));
  EXPECT_FALSE(IsShownDisplayStyle("display:block;display:none"));
  EXPECT_FALSE(IsShownDisplayStyle("--card-display:block"));
  EXPECT_FALSE(IsShownDisplayStyle("color:red"));
}
// The inline style is read folded in place (lower case, spaces out), as
// a folded copy read it: spaces inside the words, capitals, a last
// declaration that wins, a value cut at ';' or '!'.
TEST(Vocabulary, InlineStyleReadFoldedInPlace) {
  EXPECT_TRUE(IsHiddenStyle("Display : None"));
  EXPECT_TRUE(IsHiddenStyle("color:red;dis play:no ne"));
  EXPECT_TRUE(IsHiddenStyle("VISIBILITY:\thidden"));
  EXPECT_TRUE(IsHiddenStyle("ddisplay:none"));  // (as the folded copy was searched: anywhere)
  EXPECT_FALSE(IsHiddenStyle(""));
  EXPECT_FALSE(IsHiddenStyle("display:block"));
  EXPECT_FALSE(IsHiddenStyle("display:"));
  EXPECT_FALSE(IsHiddenStyle("visibility:visible"));
  EXPECT_TRUE(IsShownDisplayStyle(" Display : Block "));
  EXPECT_TRUE(IsShownDisplayStyle("display:none; display:nonex"));
  EXPECT_TRUE(IsShownDisplayStyle("display:non"));
  EXPECT_TRUE(IsShownDisplayStyle("color:red ; display : grid"));
  EXPECT_FALSE(IsShownDisplayStyle("display: N o n e !important"));
  EXPECT_FALSE(IsShownDisplayStyle("display:;color:red"));
  EXPECT_FALSE(IsShownDisplayStyle("display: !important"));
  EXPECT_FALSE(IsShownDisplayStyle("color:red display:block"));  // (no ';': another property's value)
  EXPECT_FALSE(IsShownDisplayStyle("display:flex; display:none"));
  EXPECT_FALSE(IsShownDisplayStyle(""));
}
TEST(Vocabulary, MediaFileUrls) {
  EXPECT_TRUE(IsMediaFileUrl("https://cdn.example.com/a/b_1.jpg"));
  EXPECT_TRUE(IsMediaFileUrl(" //cdn.example.com/v/clip.webm#t=3 "));
  EXPECT_TRUE(IsMediaFileUrl("http://x.example.com/p.PNG?width=300"));
  EXPECT_FALSE(IsMediaFileUrl("https://example.com/gallery/"));
  EXPECT_FALSE(IsMediaFileUrl("see https://example.com/a.jpg"));
  EXPECT_FALSE(IsMediaFileUrl("https://example.com/a.jpg.html"));
  EXPECT_FALSE(IsMediaFileUrl("photo.jpg"));
}

// Review cases for the day's content rules, each a page the rule first got
// wrong.

// A grid under a wrapper whose class holds a weak word ("content-sidebar-
// wrap", a theme's layout class) on a page with a big menu and footer: the
// wrapper holds less than half of the page's text but all of its prose and
// most of what is not chrome; the grid stays.
TEST(Extract, GridUnderSidebarNamedWrapperStays) {
  std::string menu, cards, foot;
  for (int i = 0; i < 40; ++i) menu += "<li><a href=/c" + std::to_string(i) + ">Category number " + std::to_string(i) + "</a></li>";
  for (int i = 0; i < 30; ++i) foot += "<li><a href=/f" + std::to_string(i) + ">Footer link " + std::to_string(i) + "</a></li>";
  for (int i = 0; i < 12; ++i)
    cards += "<div class=card><h3><a href=/p" + std::to_string(i) + ">Garden chair model " + std::to_string(i) +
             "</a></h3><p>Teak, weatherproof.</p><span>$1" + std::to_string(i) + "9</span></div>";
  const std::string html = "<html><head><title>Garden chairs | Shop</title></head><body><header><nav><ul>" + menu +
                           "</ul></nav></header><div class=content-sidebar-wrap><div class=products>" + cards +
                           "</div><div class=side><h4>Filter</h4></div></div><footer><ul>" + foot +
                           "</ul></footer></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Garden chair model 11"), std::string::npos) << r->text;
}

// A role=main column beside the best root's similar sibling column: its
// text comes out once.
TEST(Extract, MainLandmarkAmongRootsComesOutOnce) {
  std::string links, featured, stories;
  for (int i = 0; i < 100; ++i) links += "<div><a href=/t" + std::to_string(i) + ">Topic link number " + std::to_string(i) + "</a></div>";
  for (int i = 0; i < 3; ++i)
    featured += "<p>Featured: the council agreed on a new plan for the park number " + std::to_string(i) +
                ", which residents had asked for over several years of meetings and letters.</p>";
  for (int i = 0; i < 40; ++i)
    stories += "<p>Story " + std::to_string(i) + ": a short summary of what happened today in the town, telling "
               "readers about the council and the schools and the weather.</p>";
  const std::string html = "<html><head><title>Local news</title></head><body><div class=row>" + links +
                           "<div class=col role=main>" + featured + "</div><div class=col>" + stories +
                           "</div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  size_t count = 0;
  for (size_t at = r->text.find("park number 0"); at != std::string::npos; at = r->text.find("park number 0", at + 1))
    ++count;
  EXPECT_LE(count, 1u) << r->text;
}

// JSON shown as code under a highlighter's span or in <samp> is the
// article's example, not a script's parked state.
TEST(Extract, JsonUnderCodeSpansIsCode) {
  const std::string html =
      "<html><head><title>Using the orders API</title></head><body><article><h1>Using the orders API</h1>"
      "<p>A request for the open orders returns them as one object with a list of orders, each with its id, its "
      "state and the number of its items.</p><pre><code><span class=json>{\"orders\": [{\"id\": 1042, \"status\": "
      "\"shipped\", \"items\": 3}, {\"id\": 1043, \"status\": \"open\", \"items\": 1}]}</span></code></pre>"
      "<p>An example request body for a new order:</p><p><samp>{\"customer\": \"c_1201\", \"items\": [{\"sku\": "
      "\"A-100\", \"quantity\": 2}], \"note\": \"leave at door\"}</samp></p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("\"status\": \"shipped\""), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("leave at door"), std::string::npos) << r->text;
}

// A reply's blockquote that opens with a <cite> naming an outside source
// ("<cite>the maker's guide</cite>: ...") is the reply's own quote, not a
// copy of another post.
TEST(Extract, ThreadKeepsQuoteOfOutsideSourceCitedFirst) {
  std::string posts;
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post><div class=author><a href=/u" + n + ">member" + n + "</a></div><div class=content>" +
             std::string(i == 2 ? "<blockquote><p><cite>The tyre maker's storage guide</cite>: store tyres in a "
                                  "cool, dry, dark place, away from ozone sources.</p></blockquote>"
                                : "") +
             "<p>Reply number " + n + ": I keep mine in the cellar on wall hooks and they have lasted several "
             "seasons without cracking at all.</p></div></div>";
  }
  const std::string html = "<html><head><meta name=generator content='phpBB'><title>Tyres</title></head><body>"
                           "<h1>Tyres</h1>" + posts + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("away from ozone sources"), std::string::npos) << r->text;
}


// On an article, a list in the story's prose whose items open on words of
// their own before the links ("Budget: <a>...</a>") is the story's, though
// most of its text is linked; a related box opening on its links still goes.
TEST(Extract, ArticleListOpeningOnWordsIsTheStorys) {
  const std::string prose =
      "<p>We tested a dozen tents over three summers in rain, wind and snow, and we slept in every one of "
      "them for at least a week before we wrote a word about any of them here.</p>";
  const std::string html =
      "<html><head><meta property=\"og:type\" content=\"article\"><title>Tents</title></head><body>"
      "<nav><a href=/>Home</a> <a href=/gear>Gear</a></nav><article><div class=\"entry-content\">" +
      prose + prose +
      "<p>Here is our pick for a first tent, with the shops that sell it.</p>"
      "<ul><li>Our budget pick: <a href=/t1>Ridge Two Person Tent</a> at <a href=/s1>Camp Outlet</a></li>"
      "<li>Where: <a href=/s2>Trail Supply Company</a>, <a href=/s3>Northern Outdoor Store</a></li></ul>" +
      prose +
      "<p>More reading.</p><ul><li><a href=/r1>How we test sleeping bags</a></li>"
      "<li><a href=/r2>The best stoves for winter</a></li></ul>"
      "</div></article><footer><a href=/about>About</a></footer></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Our budget pick"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Trail Supply Company"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("How we test sleeping bags"), std::string::npos) << r->text;
}


// Inside an article's body a call-to-action box (a pitch for the site's
// product between the story's paragraphs) is boilerplate; the class word
// binds there only.
TEST(Extract, ArticleBodyDropsCallToActionBox) {
  EXPECT_TRUE(ClassifyClassId("post-cta", "") & kHintCallToAction);
  EXPECT_TRUE(ClassifyClassId("CtaFormBlock", "") & kHintCallToAction);
  EXPECT_FALSE(ClassifyClassId("octane", "") & kHintCallToAction);
  const std::string prose =
      "<p>Cold frames let a gardener start lettuce a month early, and a simple one takes an afternoon to "
      "build from old windows, a few boards and a handful of screws from the shed.</p>";
  const std::string html =
      "<html><head><meta property=\"og:type\" content=\"article\"><title>Cold frames</title></head><body>"
      "<nav><a href=/>Home</a> <a href=/blog>Blog</a></nav><article><div class=\"entry-content\">" +
      prose + prose +
      "<div class=\"post-cta\"><h4>Want a greener garden with less work?</h4>"
      "<p>Plan your beds in minutes with our garden planner, free for thirty days.</p></div>" +
      prose + "</div></article><footer><a href=/about>About</a></footer></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Cold frames let"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("garden planner"), std::string::npos) << r->text;
}


// A post's tag line written as text ("Tags: a, b, c") is furniture, like
// the "Tags" label of a linked list; a sentence after the label stays.
TEST(Vocabulary, TagListLineIsBoilerplate) {
  EXPECT_TRUE(IsBoilerplateLine("Tags: Budget travel, Hostels, Europe"));
  EXPECT_TRUE(IsBoilerplateLine("Tagged with: rain gear, hiking"));
  EXPECT_FALSE(IsBoilerplateLine("Tags: we added them to every post last year, and readers liked them."));
  EXPECT_FALSE(IsBoilerplateLine("Tags: hiking"));
  EXPECT_FALSE(IsBoilerplateLine("Stages: one, two, three"));
}

// A mail-list archive's message page lists the neighbouring messages over
// and under the message ("Previous message (by thread): <subject>",
// "Messages sorted by: [ date ] [ thread ]"): navigation, not the mail. A
// sentence that mentions a previous message stays.
TEST(Vocabulary, ArchiveNavigationLineIsBoilerplate) {
  EXPECT_TRUE(IsBoilerplateLine("Previous message (by thread): [garden-club] Seed swap in March"));
  EXPECT_TRUE(IsBoilerplateLine("Next message: [garden-club] Seed swap in March"));
  EXPECT_TRUE(IsBoilerplateLine("Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]"));
  // Mailman's footer under each archived message links the list's page.
  EXPECT_TRUE(IsBoilerplateLine("More information about the Birders mailing list"));
  EXPECT_FALSE(IsBoilerplateLine("More information about the new mailing list rules is in the FAQ."));
  EXPECT_FALSE(IsBoilerplateLine("Previous message was wrong about the date, sorry."));
  EXPECT_FALSE(IsBoilerplateLine("Next message from me will have the minutes."));
  // A paragraph opening on the label is prose.
  EXPECT_FALSE(IsBoilerplateLine(
      "Next message: the committee met on Tuesday and agreed that the seed swap moves to the church hall, that "
      "members bring labelled envelopes, and that anyone with spare frames for the cold beds says so by Friday "
      "so we can plan the spring work."));
}

TEST(Extract, ArchiveNavigationListsAreNotTheMessage) {
  const std::string nav =
      "<p><ul><li>Previous message (by thread): <a href=000120.html>[garden-club] Seed swap in March</a></li>"
      "<li>Next message (by thread): <a href=000122.html>[garden-club] Frost dates</a></li>"
      "<li><b>Messages sorted by:</b> <a href=date.html>[ date ]</a> <a href=thread.html>[ thread ]</a> "
      "<a href=subject.html>[ subject ]</a> <a href=author.html>[ author ]</a></li></ul>";
  auto r = Extract("<html><head><title>[garden-club] Tomato blight again</title></head><body>"
                   "<h1>[garden-club] Tomato blight again</h1><b>Ada Moss</b> <a href='mailto:ada'>ada at "
                   "example.net</a><br><i>Mon Jun 3 10:12:44 CEST 2024</i>" + nav +
                   "<hr><pre>Hello all,\n\nthe blight is back on the tomatoes along the south fence, the same "
                   "brown spots as last summer. Has anyone tried the copper spray the shop recommends, or is it "
                   "better to pull the plants now?\n\nAda\n</pre><hr>" + nav + "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("copper spray"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Previous message"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("sorted by"), std::string::npos) << r->text;
}

// WordPress's classic themes print a post's tags, date and categories in
// "p.postmetadata" under the post: a meta line, not the post's text.
TEST(Extract, PostMetadataLineIsNotTheBody) {
  EXPECT_TRUE(ClassifyClassId("postmetadata alt", "") & kHintByline);
  const std::string prose =
      "<p>The smart thermostat learned our schedule in a week and cut the heating bill by a fifth over the "
      "winter, though it took a while to trust it on the coldest nights of the year.</p>";
  const std::string html =
      "<html><head><title>Thermostats</title></head><body><div id=\"content\"><div class=\"post\">"
      "<h2>Thermostats</h2><div class=\"entry\">" +
      prose + prose +
      "<p class=\"postmetadata\">Tags: <a href=/t/a>heating</a>, <a href=/t/b>savings</a> Posted on Monday, "
      "March 3rd, 2025 in <a href=/c>Home</a></p></div></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("smart thermostat"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Posted on Monday"), std::string::npos) << r->text;
}


// A post's discussion box named so whole ("#discussion") is its comment
// section: left out of an article, as "comments" is.
TEST(Extract, ArticleDiscussionSectionIsComments) {
  EXPECT_TRUE(ClassifyClassId("", "discussion") & kHintComments);
  EXPECT_FALSE(ClassifyClassId("discussion-guide", "") & kHintComments);
  const std::string prose =
      "<p>Every newsletter starts as a habit: one evening a week, one idea worked through to the end, and "
      "the discipline to send it even when it feels unfinished and a little too plain.</p>";
  const std::string html =
      "<html><head><meta property=\"og:type\" content=\"article\"><title>Habits</title></head><body>"
      "<div class=\"post\"><div class=\"available-content\">" + prose + prose + prose +
      "</div><div id=\"discussion\"><h4>Discussion about this post</h4><p>Loved this one, thanks for "
      "writing it every week.</p></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Every newsletter"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Discussion about this post"), std::string::npos) << r->text;
}


// On an article a link alone between the story's blocks that calls to
// action ("Check price at the shop", a buying guide's button) is a button;
// a link followed by words in its line is a sentence's and stays.
TEST(Extract, ArticleDropsLoneCallToActionLink) {
  const std::string prose =
      "<p>The little machine heats in thirty seconds, pulls a decent shot with a light roast and steams milk "
      "well enough for a flat white, which is more than most at this price can say.</p>";
  const std::string html =
      "<html><head><meta property=\"og:type\" content=\"article\"><title>Espresso</title></head><body>"
      "<article><div class=\"entry-content\">" + prose +
      "<a href=\"/go/machine\" rel=\"sponsored\">Check price at Beanshop</a>" + prose +
      "<p><a href=\"/contact\"><strong>Write to us</strong></a><strong> with your own tips for "
      "beginners.</strong></p>" + prose + "</div></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("little machine"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Check price at Beanshop"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Write to us"), std::string::npos) << r->text;
}


// On an article an author's box that presents the writer ("... is a
// freelance writer") is a bio, not the story's text.
TEST(Extract, ArticleDropsAuthorBioBox) {
  EXPECT_TRUE(IsAuthorBioText("Written by Ann Lee. Ann Lee is a freelance writer based in Leeds."));
  EXPECT_FALSE(IsAuthorBioText("This article was written in the spring."));
  const std::string prose =
      "<p>Rain barrels catch more water than most gardeners expect: a single summer storm on a small roof can "
      "fill two of them, enough to water a vegetable bed for a fortnight of dry weather.</p>";
  const std::string html =
      "<html><head><meta property=\"og:type\" content=\"article\"><title>Rain barrels</title></head><body>"
      "<article><div class=\"entry-content\">" + prose + prose + prose +
      "<div class=\"post-author-profile\"><h4>Ann Lee</h4><p>Ann Lee is a freelance writer and keen "
      "allotment gardener who has covered home and garden topics for a decade, from compost heaps to "
      "greenhouse heating, for magazines, newspapers and a weekly radio phone-in on Sunday mornings, and she "
      "answers readers' questions about slugs, seeds and soil in a monthly column.</p></div>"
      "</div></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Rain barrels catch"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("freelance writer"), std::string::npos) << r->text;
}


// A post's reader-rating box (Rate My Post's "rmp-widgets-container") is
// furniture, not the post's last paragraphs.
TEST(Extract, PostRatingWidgetIsBoilerplate) {
  EXPECT_TRUE(ClassifyClassId("rmp-widgets-container rmp-wp-plugin", "") & kHintBoilerplate);
  const std::string prose =
      "<p>Pressing flowers takes little more than a heavy book, blotting paper and patience: a fortnight "
      "under weight flattens pansies, ferns and violas without losing much of their colour.</p>";
  const std::string html =
      "<html><head><meta property=\"og:type\" content=\"article\"><title>Flowers</title></head><body>"
      "<article><div class=\"entry-content\">" + prose + prose + prose +
      "<div class=\"rmp-widgets-container\"><div class=\"rmp-rating-widget\"><p class=\"rmp-heading\">"
      "How useful was this post?</p><p>Average rating 4.6 / 5. Vote count: 31</p></div></div>"
      "</div></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Pressing flowers"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Vote count"), std::string::npos) << r->text;
}

// The ARIA accordion pattern puts each section's title in a toggle inside a
// heading ("<h3><button aria-expanded=false>Question</button></h3>"): the
// title is the heading's words, kept with its answer; a toggle outside a
// heading (a menu's) and a plain button in a heading stay controls.
TEST(Extract, AccordionToggleInHeadingIsTheTitle) {
  const std::string para =
      "<p>We repair bicycles of every make in our workshop by the station, most of them on the day you bring "
      "them in, and we lend you one of ours while yours is with us.</p>";
  const std::string html =
      "<html><head><title>Bike repairs</title></head><body><main><h1>Bike repairs</h1>" + para + para +
      "<h2>Questions</h2>"
      "<h3><button aria-expanded=false aria-controls=a1>Do you fix electric bikes?</button></h3>"
      "<div id=a1 hidden><p>Yes, we service the motors and batteries of all common brands.</p></div>"
      "<p role=heading aria-level=3><button aria-expanded=false><span>How long does a service take?</span>"
      "</button></p><div hidden><p>A full service takes about two hours.</p></div>"
      "<button aria-expanded=false>Open the site menu</button>"
      "<h3><button>Play the workshop video</button></h3>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Do you fix electric bikes?"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("How long does a service take?"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("about two hours"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Open the site menu"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Play the workshop video"), std::string::npos) << r->text;
}

// A toggle beside the heading's own words ("<h2>Opening hours <button
// aria-expanded>Show more</button></h2>") is a control: the title stays,
// the control's label goes.
TEST(Extract, AccordionToggleBesideHeadingWordsIsAControl) {
  const std::string para =
      "<p>Our library lends books, films and tools to every resident of the valley, and the reading room "
      "is open to visitors from anywhere without a card or a booking.</p>";
  const std::string html =
      "<html><head><title>Visiting</title></head><body><main><h1>Visiting</h1>" + para + para +
      "<section><h2>Opening hours <button aria-expanded=false aria-controls=o1>Reveal panel</button></h2>"
      "<div id=o1><p>We open at nine every weekday and at ten on Saturdays, closing at six except on "
      "public holidays when the doors stay shut all day.</p></div></section>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Opening hours"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Reveal panel"), std::string::npos) << r->text;
}

// Avada's microformat fields, hidden by its stylesheet on every page built
// with it ("span.vcard.rich-snippet-hidden": the author; "span.updated
// rich-snippet-hidden": a timestamp), are no text of the page.
TEST(Extract, AvadaRichSnippetFieldsAreHidden) {
  EXPECT_TRUE(ClassifyClassId("vcard rich-snippet-hidden", "") & kHintHidden);
  EXPECT_FALSE(ClassifyClassId("rich-snippet", "") & kHintHidden);
  const std::string para =
      "<p>Our movers pack, load and carry the furniture of a whole flat in a day, and wrap every piece in "
      "blankets before it leaves the room.</p>";
  const std::string html =
      "<html><head><title>Moving</title></head><body><main><h1>Moving</h1>" + para + para +
      "<span class=\"vcard rich-snippet-hidden\"><span class=fn>Jane Webmaster</span></span>"
      "<span class=\"updated rich-snippet-hidden\">2024-02-16T09:27:01+00:00</span>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("wrap every piece"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Jane Webmaster"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("2024-02-16"), std::string::npos) << r->text;
}


// A page's hero named as a banner in one class name ("hero-banner",
// "heroBanner", "billboard-hero") is its lead section, not an ad or a
// site's strip; a banner or a billboard alone still is one.
TEST(Vocabulary, HeroBannerIsNoAdBanner) {
  EXPECT_FALSE(ClassifyClassId("hero-banner", "") & (kHintWeakBoilerplate | kHintBoilerplate));
  EXPECT_FALSE(ClassifyClassId("experience-heroBanner", "") & (kHintWeakBoilerplate | kHintBoilerplate));
  EXPECT_FALSE(ClassifyClassId("billboard-hero", "") & (kHintWeakBoilerplate | kHintBoilerplate));
  EXPECT_TRUE(ClassifyClassId("banner", "") & kHintWeakBoilerplate);
  EXPECT_TRUE(ClassifyClassId("top-banner", "") & kHintWeakBoilerplate);
  EXPECT_TRUE(ClassifyClassId("billboard", "") & kHintBoilerplate);
  // "hero" as a class name of its own beside "banner" clears nothing.
  EXPECT_TRUE(ClassifyClassId("hero banner", "") & kHintWeakBoilerplate);
  std::string sections;
  for (int i = 0; i < 4; ++i)
    sections += "<div class=section><h2>Collection " + std::to_string(i) + "</h2><p>Watches of the collection number " +
                std::to_string(i) + ", with steel cases, sapphire crystals and a movement made in our own workshop.</p></div>";
  auto r = Extract("<html><head><title>Watches</title></head><body><main><div class=hero-banner><h2>A century of "
                   "watchmaking</h2><p>For a hundred years our workshop has built watches by hand, and this year "
                   "we celebrate with a limited series of twelve models.</p></div>" +
                   sections + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("built watches by hand"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("collection number 2"), std::string::npos) << r->text;
}


// A card's count of its other choices on a line of its own ("+15",
// "+ More") is a control, not the card's text; a phone number, a sentence
// and a table's signed change are not one.
TEST(Extract, CardMoreChoicesCountIsFurniture) {
  EXPECT_TRUE(IsMoreChoicesLine("+15"));
  EXPECT_TRUE(IsMoreChoicesLine("+ 3"));
  EXPECT_TRUE(IsMoreChoicesLine("+ More"));
  EXPECT_TRUE(IsMoreChoicesLine("+3 more"));
  EXPECT_FALSE(IsMoreChoicesLine("+44 20 7946 0958"));
  EXPECT_FALSE(IsMoreChoicesLine("+"));
  EXPECT_FALSE(IsMoreChoicesLine("+ more to come soon"));
  EXPECT_FALSE(IsMoreChoicesLine("15"));
  std::string cards;
  for (int i = 0; i < 6; ++i)
    cards += "<li class=card><a href=/p" + std::to_string(i) + "><h3>Trail runner model " + std::to_string(i) +
             "</h3></a><p>A light shoe with a grippy sole for wet rocks and roots.</p><div class=swatches>+" +
             std::to_string(i + 2) + "</div></li>";
  auto r = Extract("<html><head><title>Running shoes</title></head><body><main><h1>Running shoes</h1><ul>" + cards +
                   "</ul><table><tr><th>Result</th><th>Before</th><th>After</th><th>Change</th></tr><tr><td>"
                   "Passed</td><td>6676</td><td>6774</td><td><p>+98</p></td></tr></table></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Trail runner model 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("+4"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("+98"), std::string::npos) << r->text;
}

// A shop card's badge ("New", "Sale", "-15%": a flag-, badge- or
// sash-classed sticker over the picture) on a category page is
// merchandising: it goes; the card's name and a bare count badge stay.
// (The cards show their price: a card with none is no shop's.)
TEST(Extract, ShopCardBadgeIsMerchandising) {
  EXPECT_TRUE(IsCardBadgeClass("productBadge"));
  EXPECT_TRUE(IsCardBadgeClass("c-card__flags js-flags"));
  EXPECT_TRUE(IsCardBadgeClass("Badge Badge--new tile__Sash"));
  EXPECT_TRUE(IsCardBadgeClass("sale-ribbon"));
  EXPECT_FALSE(IsCardBadgeClass("flagship-store"));
  EXPECT_FALSE(IsCardBadgeClass("badger-sett"));
  EXPECT_FALSE(IsCardBadgeClass("product-card"));
  std::string cards;
  for (int i = 0; i < 6; ++i)
    cards += "<li class=tile><div class=product-flag>" + std::string(i % 2 ? "Last chance" : "-15%") +
             "</div><a href=/p" + std::to_string(i) + "><h3>Oak garden bench " + std::to_string(i) +
             "</h3></a><p>A sturdy bench of oiled oak for the patio.</p><span class=price>$" + std::to_string(180 + i) +
             ".00</span><span class=\"badge stock\">" +
             std::to_string(i + 3) + "</span></li>";
  auto r = Extract("<html><head><title>Garden benches</title></head><body><main><h1>Garden benches</h1>"
                   "<p>Benches of oak and teak for gardens, patios and terraces.</p><ul>" +
                   cards + "</ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Oak garden bench 3"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Last chance"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("-15%"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("8"), std::string::npos) << r->text;
}

// A category grid read as a product page: a card of plain boxes (no list
// item, no <article>) that shows a price and a link is a card too, and
// its badge goes; the cards' names and prices stay.
TEST(Extract, ShopCardBadgeInPricedCardOnProductPage) {
  std::string cards;
  for (int i = 0; i < 12; ++i)
    cards += "<div class=tile><div class=tile__info><div class=price-box><span class=productBadge>New arrival</span>"
             " $" + std::to_string(20 + i) + ".00</div></div><a href=/p" + std::to_string(i) +
             ">Pine stool number " + std::to_string(i) + "</a></div>";
  auto r = Extract("<html><head><title>Stools</title><meta property=og:type content=product></head><body><main>"
                   "<h1>Stools</h1><p>Stools of pine and oak for kitchens, bars and workshops.</p><div class=grid>" +
                   cards + "</div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_NE(r->text.find("Pine stool number 7"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("New arrival"), std::string::npos) << r->text;
}

// A badge in a list item with no price is no shop card's: a changelog's
// "New" / "Breaking change", a job board's "Remote" / "Full-time", a
// language picker's country ("<span class=flag>France</span>": a bare flag
// class is a country's flag) all stay. In a shop's priced grid "New" goes
// but the stock ("Sold out") is data and stays.
TEST(Extract, CardBadgeOnlyInPricedShopCard) {
  const std::string lorem =
      "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
      "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.</p>";
  auto r = Extract("<html><head><title>Changelog - Acme App</title></head><body><main><h1>Changelog</h1>"
                   "<h2>Version 4.2</h2><ul><li><span class=\"badge badge-new\">New</span> Export reports to CSV."
                   "</li><li><span class=badge>Breaking change</span> The v1 API has been removed.</li>"
                   "<li><span class=badge>Security</span> Passwords are now hashed with Argon2.</li></ul>" +
                   lorem + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("New Export"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Breaking change"), std::string::npos) << r->text;
  r = Extract("<html><head><title>Jobs - Acme</title></head><body><main><h1>Open positions</h1><ul class=jobs>"
              "<li><a href=/j1>Senior backend engineer</a> <span class=badge>Remote</span> <span class=badge>"
              "Full-time</span></li><li><a href=/j2>Product designer</a> <span class=badge>Berlin</span> "
              "<span class=badge>Part-time</span></li><li><a href=/j3>Support lead</a> <span class=badge>New York"
              "</span> <span class=badge>Contract</span></li></ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Full-time"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Remote"), std::string::npos) << r->text;
  EXPECT_FALSE(IsCardBadgeClass("flag"));
  EXPECT_FALSE(IsCardBadgeClass("country-flags"));
  r = Extract("<html><head><title>Choose language - Acme</title></head><body><main><h1>Choose your country</h1>" +
              lorem + "<ul class=countries><li><a href=/de><span class=flag>Deutschland</span> Deutsch</a></li>"
              "<li><a href=/fr><span class=flag>France</span> Fran\xC3\xA7" "ais</a></li><li><a href=/es>"
              "<span class=flag>Espa\xC3\xB1" "a</span> Espa\xC3\xB1" "ol</a></li></ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("France"), std::string::npos) << r->text;
  r = Extract("<html><head><title>Boots - Acme Shop</title></head><body><main><h1>Boots</h1><ul class=products>"
              "<li class=product><a href=/p1><img src=1.jpg><span class=product-badge>New</span><h3>Trail boot</h3>"
              "</a><span class=price>$129.00</span></li><li class=product><a href=/p2><img src=2.jpg><span "
              "class=product-badge>Sold out</span><h3>City boot</h3></a><span class=price>$99.00</span></li>"
              "<li class=product><a href=/p3><img src=3.jpg><span class=ribbon>-15%</span><h3>Rain boot</h3></a>"
              "<span class=price>$59.00</span></li></ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Sold out"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("City boot"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("-15%"), std::string::npos) << r->text;
}

// A product page's own buy box (the box of its <h1>, with the price and a
// link) is no card of a grid: its badges ("Handmade in USA", "Limited
// edition") are the product's and stay.
TEST(Extract, OwnBuyBoxBadgesStay) {
  auto r = Extract(
      "<html><head><title>Oak desk - Acme Furniture</title></head><body><main><div class=product-main>"
      "<div class=gallery><img src=d.jpg></div><div class=product-info><h1>Oak desk</h1><div class=badges>"
      "<span class=product-badge>Handmade in USA</span> <span class=product-flag>Limited edition</span></div>"
      "<span class=price>$249.00</span> <a href=/size-guide>Dimensions guide</a><button>Add to cart</button>"
      "<p>Solid oak desk with two drawers and cable management, finished in natural oil. Made in Vermont by our "
      "own workshop from sustainably harvested timber, joined by hand.</p></div></div><script "
      "type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":"
      "\"Oak desk\",\"offers\":{\"@type\":\"Offer\",\"price\":\"249.00\",\"priceCurrency\":\"USD\"}}"
      "</script></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_NE(r->text.find("Handmade in USA"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Limited edition"), std::string::npos) << r->text;
}

// A BEM modifier that states a flag ("card__title--with-reviews",
// "teaser--has-comments") names the block's state, not its role: no
// comment or review hint; a modifier that names a role, and a block so
// named, still give theirs.
// A modifier flag that says the block is an ad ("tile--is-sponsored")
// still gives the ad hint; one that says the block holds ads does not.
TEST(Vocabulary, AdFlagModifierGivesTheAdHint) {
  EXPECT_TRUE(ClassifyClassId("tile tile--is-sponsored", "") & kHintAd);
  EXPECT_TRUE(ClassifyClassId("promo__card--is-promoted", "") & kHintAd);
  EXPECT_FALSE(ClassifyClassId("story__text--with-ads", "") & kHintAd);
  EXPECT_FALSE(ClassifyClassId("tile--is-open", "") & kHintAd);
}

TEST(Vocabulary, FlagModifierGivesNoRole) {
  EXPECT_FALSE(ClassifyClassId("product-card_title-container--with-reviews__x1Ab", "") & kHintComments);
  EXPECT_FALSE(ClassifyClassId("teaser--has-comments", "") & kHintComments);
  EXPECT_FALSE(ClassifyClassId("post__meta--no-share", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("product__reviews", "") & kHintComments);
  EXPECT_TRUE(ClassifyClassId("section--reviews", "") & kHintComments);
  EXPECT_TRUE(ClassifyClassId("card--with-image site-footer", "") & kHintBoilerplate);
  std::string cards;
  for (int i = 0; i < 6; ++i)
    cards += "<article class=card><div class=\"card__title card__title--with-reviews\"><span>4.5</span><a href=/p" +
             std::to_string(i) + "><h4>Merino hiking sock " + std::to_string(i) + "</h4></a></div><p>$" +
             std::to_string(20 + i) + "</p></article>";
  auto r = Extract("<html><head><title>Socks</title></head><body><main><h1>Hiking socks</h1><p>Warm, soft socks "
                   "for long days on the trail, knitted from merino wool that keeps feet dry.</p><div class=grid>" +
                   cards + "</div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Merino hiking sock 4"), std::string::npos) << r->text;
}

// Within a class name "with" starts a feature the element has, not its
// role: Docusaurus's headings are "anchor anchorWithStickyNavbar_x", a
// post may be "post-with-comments". (A name that opens on "with-" was a
// flag already.)
TEST(Vocabulary, WithStartsAFeatureInAClassName) {
  EXPECT_FALSE(ClassifyClassId("anchor anchorWithStickyNavbar_LWe7", "") & kHintNavigation);
  EXPECT_FALSE(ClassifyClassId("post-with-comments", "") & kHintComments);
  EXPECT_TRUE(ClassifyClassId("navbar-with-search", "") & kHintNavigation);  // the words before stay
  const std::string para =
      "<p>Open the settings page and choose a new key; give it a name that says where it will be used, "
      "because the secret is shown only once and cannot be read again later.</p>";
  auto r = Extract("<html><head><title>Keys</title></head><body><main><h1>Keys</h1>" + para +
                   "<h2 class=\"anchor anchorWithStickyNavbar_LWe7\" id=\"creating\">Creating a key</h2>" + para +
                   para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Creating a key"), std::string::npos) << r->text;
}

// A sign-in link's box ("authorization-link": Magento's header) names no
// writer.
TEST(Vocabulary, AuthorizationIsNoAuthor) {
  EXPECT_FALSE(ClassifyClassId("authorization-link", "") & kHintByline);
  EXPECT_TRUE(ClassifyClassId("author-name", "") & kHintByline);
  const std::string para =
      "<p>A waterproof leather boot with a grippy sole, built for long days on rough and wet trails in "
      "every season, and resoleable by the workshop when the lugs wear down.</p>";
  auto r = Extract("<html><head><title>Boot</title></head><body><ul class=\"header links\">"
                   "<li class=\"authorization-link\"><a href=\"/login\">Sign In</a></li></ul><main><h1>Boot</h1>" +
                   para + para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// The summary of a product's reviews or ratings, or of an order, is no
// standfirst.
TEST(Vocabulary, ReviewSummaryIsNoDek) {
  EXPECT_TRUE(ClassifyClassId("article-summary", "") & kHintDek);
  EXPECT_FALSE(ClassifyClassId("product-reviews-summary", "") & kHintDek);
  EXPECT_FALSE(ClassifyClassId("rating-summary", "") & kHintDek);
  EXPECT_FALSE(ClassifyClassId("order-summary", "") & kHintDek);
}

// MediaWiki's furniture around an article, and European newsrooms' class
// words for the kicker, the standfirst, the byline, the ad label and the
// share bar.
TEST(Vocabulary, WikiAndEuropeanNewsroomWords) {
  EXPECT_TRUE(ClassifyClassId("mw-editsection", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("catlinks", "catlinks") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("printfooter", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("noprint", "siteSub") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("dachzeile", "") & kHintKicker);
  EXPECT_TRUE(ClassifyClassId("surtitre", "") & kHintKicker);
  EXPECT_TRUE(ClassifyClassId("antetitulo", "") & kHintKicker);
  EXPECT_TRUE(ClassifyClassId("artikel-vorspann", "") & kHintDek);
  EXPECT_TRUE(ClassifyClassId("chapo", "") & kHintDek);
  EXPECT_TRUE(ClassifyClassId("entradilla", "") & kHintDek);
  EXPECT_TRUE(ClassifyClassId("anzeige", "") & kHintAd);
  EXPECT_TRUE(ClassifyClassId("publicidad", "") & kHintAd);
  EXPECT_TRUE(ClassifyClassId("udostepnij", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("partage", "") & kHintBoilerplate);
  const std::string para =
      "<p>Der Stadtrat hat am Mittwochabend beschlossen, die Altstadt ab dem kommenden Sommer für den "
      "privaten Autoverkehr zu sperren; ausgenommen sind Anwohner und der Lieferverkehr.</p>";
  auto r = Extract("<html lang=de><head><meta property=\"og:type\" content=\"article\"><title>Altstadt</title>"
                   "</head><body><article><span class=\"dachzeile\">Verkehrswende</span><h1>Altstadt</h1>"
                   "<div class=\"artikel-text\">" + para + "<div class=\"anzeige\"><span>Anzeige</span></div>" +
                   para + "</div></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Verkehrswende"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Anzeige"), std::string::npos) << r->text;
}

// "Firma" is the company in German: a company's box names no writer.
TEST(Vocabulary, FirmaIsNoByline) {
  EXPECT_FALSE(ClassifyClassId("firma", "") & kHintByline);
  EXPECT_TRUE(ClassifyClassId("autor", "") & kHintByline);
}

// After "with" in a class name, furniture words still name the element
// unless the word before names its role; navigation words never do.
TEST(Vocabulary, WithInfixAfterAPlainWordReadsFurniture) {
  EXPECT_TRUE(ClassifyClassId("panel-with-share-links", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("section-with-comments", "") & kHintComments);
  EXPECT_FALSE(ClassifyClassId("wrapWithStickyNavbar", "") & kHintNavigation);
  EXPECT_FALSE(ClassifyClassId("entry-with-comments", "") & kHintComments);
}

// "Anzeige" is a classified ad as well as an ad slot's label: a list page
// of classifieds each classed so is the page's content.
TEST(Extract, ClassifiedAdsListedAsAnzeigeStay) {
  std::string items;
  const char* names[] = {"Stadtrad 26 Zoll", "Klapprad Stahl", "Lastenrad Holz"};
  for (int i = 0; i < 3; ++i)
    items += std::string("<li class=\"anzeige\"><h2><a href=\"/x/") + std::to_string(i) + "\">" + names[i] +
             "</a></h2><p>Solides Fahrrad in gutem Zustand, frisch geputzt und mit neuen Reifen, Abholung "
             "am Wochenende möglich.</p><span>" + std::to_string(100 + i) + " €</span></li>";
  auto r = Extract("<html lang=de><head><title>Räder</title></head><body><main><h1>Gebrauchte Räder</h1><ul>" +
                   items + "</ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Klapprad Stahl"), std::string::npos) << r->text;
}

// A table's alternate rows are classed apart ("row-odd", "row-even") yet
// hold one column's data: the same value in two rows is no card's line
// drawn twice.
TEST(Extract, TableValueRepeatedInAlternateRowsStays) {
  const std::string para =
      "<p>By default the client retries a failed request three times with exponential backoff; this page "
      "explains which errors are retried and how to change the policy for your service.</p>";
  auto r = Extract("<html><head><title>Retries</title></head><body><main><h1>Retries</h1>" + para +
                   "<table><thead><tr><th>Error</th><th>Retried</th></tr></thead><tbody>"
                   "<tr class=\"row-even\"><td><p>Connection reset</p></td><td><p>Yes</p></td></tr>"
                   "<tr class=\"row-odd\"><td><p>HTTP 503</p></td><td><p>Yes</p></td></tr>"
                   "<tr class=\"row-even\"><td><p>HTTP 400</p></td><td><p>No</p></td></tr></tbody></table>" +
                   para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("HTTP 503 | Yes"), std::string::npos) << r->text;
}

// A documentation generator's permalink in a heading ("Usage¶") is
// left out of the body as it is of the title.
TEST(Extract, HeadingPermalinkLeftOutOfTheBody) {
  const std::string para =
      "<p>Run the formatter on a file or a directory; with the check flag it exits non-zero when a file "
      "would change, which is handy in continuous integration.</p>";
  auto r = Extract("<html><head><title>Guide</title></head><body><main><h1>Guide</h1>" + para +
                   "<h2>Usage<a class=\"headerlink\" href=\"#usage\" title=\"Permalink\">\xC2\xB6</a></h2>" + para +
                   para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Usage\n"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("\xC2\xB6"), std::string::npos) << r->text;
}

// One post marked an article in microdata (Joomla, Blogger: no JSON-LD, no
// og:type) makes an article; a front page marking several is a list.
TEST(Extract, OneMicrodataArticleMakesAnArticle) {
  const std::string para =
      "<p>Thank you to everyone who came to our spring concert on Saturday; with the raffle and a generous "
      "collection we raised over three thousand pounds for the church roof fund.</p>";
  auto post = [&](const std::string& title) {
    return "<div itemscope itemtype=\"https://schema.org/BlogPosting\"><h2 itemprop=\"headline\">" + title +
           "</h2><div itemprop=\"articleBody\">" + para + para + "</div></div>";
  };
  auto one = Extract("<html><head><title>Concert</title></head><body>" + post("Concert") + "</body></html>");
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->page_type, "article");
  auto two = Extract("<html><head><title>Blog</title></head><body>" + post("Concert") + post("Rehearsals") +
                     "</body></html>");
  ASSERT_TRUE(two.ok());
  EXPECT_NE(two->page_type, "article");
  // Nor does a list whose first card alone is marked: one card among like
  // siblings, the page's <h1> outside it.
  auto card = [&](const std::string& title, bool marked) {
    return std::string("<div class=card") + (marked ? " itemscope itemtype=\"https://schema.org/BlogPosting\">" : ">") +
           "<h2><a href=/p>" + title + "</a></h2>" + para + "</div>";
  };
  auto cards = Extract("<html><head><title>Blog</title></head><body><main><h1>Blog</h1>" + card("Concert", true) +
                       card("Rehearsals", false) + card("Raffle", false) + "</main></body></html>");
  ASSERT_TRUE(cards.ok());
  EXPECT_NE(cards->page_type, "article");
  // An itemtype without itemscope makes no item (a university's section
  // page wraps its list so).
  auto bare = Extract("<html><head><title>Courses</title></head><body><section itemtype=\"http://schema.org/Article\">"
                      "<h1>Courses</h1>" + para + para + "</section></body></html>");
  ASSERT_TRUE(bare.ok());
  EXPECT_NE(bare->page_type, "article");
}

// The microformats' abbr pattern gives a microdata date in the title
// ("<abbr itemprop=datePublished title=ISO>2:26 PM</abbr>": Blogger).
TEST(Extract, MicrodataDateFromAbbrTitle) {
  const std::string para =
      "<p>The rhubarb has gone mad this year, so on Saturday I got out the preserving pan and my "
      "grandmother's recipe card for a chutney that needs six weeks in a dark cupboard.</p>";
  auto r = Extract("<html><head><title>Chutney</title></head><body><div itemscope "
                   "itemtype=\"http://schema.org/BlogPosting\"><h3 itemprop=\"name\">Chutney</h3>"
                   "<div itemprop=\"articleBody\">" + para + para + "</div><div class=\"post-footer\">Posted at "
                   "<abbr class=\"published\" itemprop=\"datePublished\" title=\"2023-06-17T14:26:00+01:00\">2:26 PM"
                   "</abbr></div></div><div class=\"comments\"><span class=\"datetime\">June 18, 2023 at 6:10 PM"
                   "</span><p>My nan made exactly this.</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2023-06-17");
}

// An article's own roundup (picks under linked headings, each with its
// paragraph) between the story's paragraphs is the story, not other posts.
TEST(Extract, RoundupBetweenStoryParagraphsStays) {
  const std::string para =
      "<p>We walked every trail in the valley over two summers, timing each climb and noting where the"
      " paths were washed out, overgrown or too steep for children and older walkers.</p>";
  std::string picks = "<div class=\"picks\">";
  for (const char* name : {"Ridge Loop", "Lake Path", "Mill Trail"})
    picks += std::string("<div class=\"pick\"><h2><a href=\"/trails/") + name + "\">" + name +
             "</a></h2><p>A gentle walk with wide views, benches and shade for most of the way.</p></div>";
  picks += "</div>";
  auto r = Extract("<html><head><meta property=\"og:type\" content=\"article\"><title>Best walks</title>"
                   "</head><body><article><h1>Best walks</h1>" + para + para + para + para + picks +
                   "<p>Whichever you choose, bring water and a map.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Lake Path"), std::string::npos) << r->text;
}

// A line that names the writer is the byline only near the headline: a
// section's heading with that name, or a signature after the story's
// paragraphs, is text.
TEST(Extract, AuthorNameHeadingAndLateLineStay) {
  const std::string para =
      "<p>The harbour board voted on Monday to rebuild the old stone pier, a project that will take three"
      " years and close the eastern quay to ferries for most of that time.</p>";
  auto r = Extract("<html><head><meta property=\"og:type\" content=\"article\"><meta name=\"author\" "
                   "content=\"Ann Roe\"><title>Pier</title></head><body><article><h1>Pier</h1>" + para +
                   "<h2>Ann Roe</h2>" + para + "<p>Ann Roe, May 2, 2024</p>" + para + "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Ann Roe\n"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Ann Roe, May 2, 2024"), std::string::npos) << r->text;
}

// A byline line parted by a dash of several bytes ("Ann Roe — May 2,
// 2024") is the byline, as with "|" or a middle dot.
TEST(Extract, AuthorLineWithEmDashIsFurniture) {
  const std::string para =
      "<p>The harbour board voted on Monday to rebuild the old stone pier, a project that will take three"
      " years and close the eastern quay to ferries for most of that time.</p>";
  auto r = Extract("<html><head><meta property=\"og:type\" content=\"article\"><meta name=\"author\" "
                   "content=\"Ann Roe\"><title>Pier</title></head><body><article><h1>Pier</h1>"
                   "<p>Ann Roe \xE2\x80\x94 May 2, 2024</p>" + para + para + "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("May 2, 2024"), std::string::npos) << r->text;
}

// A post's meta line may print its reading time beside the date stamp
// ("6 min read · Jan 17, 2024": Medium, Wix): the line is the stamp.
TEST(Extract, DateStampBesideReadingTimeIsFurniture) {
  EXPECT_EQ(WithoutReadingTime("6 min read Jan 17, 2024"), "Jan 17, 2024");
  EXPECT_EQ(WithoutReadingTime("Nov 28, 2023 | 3 min read"), "Nov 28, 2023");
  EXPECT_EQ(WithoutReadingTime("Reading time: 4 minutes - May 2, 2024"), "May 2, 2024");
  EXPECT_EQ(WithoutReadingTime("Jan 17, 2024 \xE2\x80\x94 6 min read"), "Jan 17, 2024");
  EXPECT_EQ(WithoutReadingTime("6 min read \xE2\x80\x93 Jan 17, 2024"), "Jan 17, 2024");
  EXPECT_EQ(TrimMetaSeparators("\xE2\x80\x94 May 2 \xC2\xB7"), "May 2");
  EXPECT_EQ(WithoutReadingTime("I read for 6 min every day"), "I read for 6 min every day");
  const std::string para =
      "<p>On the first of December I opened the settings on my phone and turned off notifications for every "
      "app except phone calls and messages from my family, and kept it so for a month.</p>";
  auto r = Extract("<html><head><meta property=\"og:type\" content=\"article\"><title>Quiet</title></head>"
                   "<body><article><h1>Quiet</h1><div><span>6 min read</span><span aria-hidden=\"true\"> \xC2\xB7 "
                   "</span><span>Jan 17, 2024</span></div>" + para + para + "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("min read"), std::string::npos) << r->text;
}

// On a Q&A page every answer marks its author in microdata too: the page's
// writer is the one outside the replies (an Answer's or a Comment's).
TEST(Extract, MicrodataAuthorOutsideReplies) {
  const std::string html =
      "<html itemscope itemtype=\"https://schema.org/QAPage\"><head><title>Undo a commit</title></head><body>"
      "<div itemprop=\"mainEntity\" itemscope itemtype=\"https://schema.org/Question\"><h1 itemprop=\"name\">"
      "Undo a commit</h1><div itemprop=\"text\"><p>I committed the wrong files to the repository but did not push "
      "them yet; how do I undo that commit locally?</p></div><div itemprop=\"author\" itemscope "
      "itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">Hamza</span></div>"
      "<div itemprop=\"acceptedAnswer\" itemscope itemtype=\"https://schema.org/Answer\"><div itemprop=\"text\">"
      "<p>Use git reset HEAD~ to undo the last commit while leaving your working tree untouched, then add the "
      "files again.</p></div><div itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
      "<span itemprop=\"name\">Esko</span></div></div></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Hamza"});
}

// A review's or a comment's date under a product or a story dates that
// reply, not the page; a box classed as the post too is the post
// (WordPress writes its categories in its class: "category-product-reviews").
TEST(Extract, ReplyDateIsNoPublicationDate) {
  const std::string para =
      "<p>This lot comes from smallholder farmers who deliver cherry to a washing station high in the hills; "
      "it is fully washed and dried on raised beds for twelve days.</p>";
  auto shop = Extract("<html><head><title>Coffee</title><meta property=\"og:type\" content=\"product\"></head>"
                      "<body><main><h1>Coffee</h1>" + para + para + "<div id=\"reviews\" class=\"woocommerce-Reviews\">"
                      "<ol class=\"commentlist\"><li><p class=\"meta\"><strong>Sam</strong> <time "
                      "datetime=\"2024-03-02T09:00:00+00:00\">March 2, 2024</time></p><p>Lovely as a pour-over.</p>"
                      "</li></ol></div></main></body></html>");
  ASSERT_TRUE(shop.ok());
  EXPECT_FALSE(shop->date_published.has_value()) << *shop->date_published;
  auto post = Extract("<html><head><title>Desks</title></head><body><article class=\"post hentry "
                      "category-product-reviews\"><h1>Desks</h1><div class=\"meta\"><span class=\"date\">February 2, "
                      "2026</span></div>" + para + para + "</article></body></html>");
  ASSERT_TRUE(post.ok());
  EXPECT_EQ(post->date_published.value_or("").substr(0, 10), "2026-02-02");
}

// A joined class word is matched across three tokens too: "call-to-action"
// and "callToAction" name the call-to-action box (WP Recipe Maker's
// "wprm-call-to-action": "Tried this recipe? Tag us!").
TEST(Vocabulary, JoinedWordAcrossThreeTokens) {
  EXPECT_TRUE(ClassifyClassId("wprm-call-to-action", "") & kHintCallToAction);
  EXPECT_TRUE(ClassifyClassId("callToActionBox", "") & kHintCallToAction);
  EXPECT_FALSE(ClassifyClassId("call-to-arms", "") & kHintCallToAction);
  const std::string para =
      "<p>Browning the butter takes five extra minutes and turns an ordinary banana bread into something that "
      "tastes of toffee and toasted nuts; it is the only version I make now.</p>";
  auto r = Extract("<html><head><meta property=\"og:type\" content=\"article\"><title>Bread</title></head><body>"
                   "<article><h1>Bread</h1><div class=\"entry-content\">" + para + para +
                   "<div class=\"call-to-action\"><span>Tried this recipe?</span> <span>Tag us on Instagram!</span>"
                   "</div>" + para + "</div></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Tried this recipe"), std::string::npos) << r->text;
}

// A board's "Who is online" box, a thread's reply buttons on a line of
// their own, and a page's table of contents (links to its own headings)
// are furniture.
TEST(Vocabulary, BoardFurnitureAndTableOfContents) {
  EXPECT_TRUE(ClassifyClassId("stat-block online-list", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("", "whoisonline") & kHintBoilerplate);
  EXPECT_TRUE(IsPostFurnitureLine("Post Reply"));
  EXPECT_TRUE(IsPostFurnitureLine("New Topic"));
  EXPECT_FALSE(IsPostFurnitureLine("Post a reply to the thread if it helped"));
  EXPECT_TRUE(ClassifyClassId("tableOfContents_bqdL thin-scrollbar", "") & kHintNavigation);
  EXPECT_TRUE(ClassifyClassId("table-of-contents", "") & kHintNavigation);
  const std::string para =
      "<p>Every request to the API must carry a key; keys are created per workspace and can be revoked at any "
      "time from the dashboard when one leaks or a service is retired.</p>";
  auto r = Extract("<html><head><title>Keys</title></head><body><main><div class=\"doc\"><h1>Keys</h1>" + para +
                   "<h2 id=\"create\">Creating a key</h2>" + para + "<h2 id=\"send\">Sending the key</h2>" + para +
                   "</div><div class=\"tableOfContents\"><ul><li><a href=\"#create\">Creating a key</a></li>"
                   "<li><a href=\"#send\">Sending the key</a></li></ul></div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Sending the key", r->text.find("Sending the key") + 1), std::string::npos) << r->text;
}

// On a product page a form control's caption ("<label for=Quantity>") is
// the shop's form, not the product's text.
TEST(Extract, ProductFormLabelIsNoText) {
  const std::string para =
      "<p>Our tote is cut from heavy waxed cotton canvas that shrugs off rain and softens with every year of "
      "use; the handles are vegetable-tanned leather, riveted through.</p>";
  auto r = Extract("<html><head><title>Tote</title><meta property=\"og:type\" content=\"product\"></head><body>"
                   "<main><h1>Tote</h1><div class=\"quantity\"><label class=\"form__label\" for=\"Quantity\">"
                   "Quantity</label><input type=\"number\" id=\"Quantity\" value=\"1\"></div><div class=\"desc\">" +
                   para + para + "</div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Our tote"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Quantity"), std::string::npos) << r->text;
}

// On an article a line that gives only the writer metadata found, maybe
// after "By" and before a date or a reading time ("Leah Brandt Nov 28, 2023
// 3 min read": Wix's post header, no byline class), is the byline.
TEST(Extract, LineOfTheAuthorAndDateIsTheByline) {
  const std::string para =
      "<p>Fiddle leaf figs hate change, and winter is nothing but change: shorter days, dry heating and cold "
      "windows. Here is how to get yours through to spring in good shape.</p>";
  auto r = Extract("<html><head><meta property=\"og:type\" content=\"article\"><meta name=\"author\" "
                   "content=\"Leah Brandt\"><title>Figs</title></head><body><article><div><span><a href=\"/p/leah\">"
                   "Leah Brandt</a></span><ul><li><span>Nov 28, 2023</span></li><li><span>3 min read</span></li></ul>"
                   "</div><h1>Figs</h1>" + para + para + "<p>Leah Brandt grows figs in a north-facing flat and has "
                   "killed three of them learning how.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Leah Brandt\n"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Nov 28"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Leah Brandt grows figs"), std::string::npos) << r->text;
}

// A docs page's note, tip or warning box (an "admonition" styled as an
// alert) is part of the page; a site's alert strip over the page is not.
TEST(Extract, DocsCalloutIsContent) {
  EXPECT_FALSE(ClassifyClassId("theme-admonition admonition_x1 alert alert--info", "") & kHintWeakBoilerplate);
  EXPECT_TRUE(ClassifyClassId("alert alert-warning", "") & kHintWeakBoilerplate);
  const std::string html =
      "<html><head><title>Pruning roses</title></head><body>"
      "<div class='alert alert-warning site-alert'>Our nursery is closed on Monday 6 May.</div>"
      "<main><div class='doc-body'><h1>Pruning roses</h1>"
      "<p>Prune bush roses in late winter, when the buds are swelling but before the leaves open, cutting "
      "each stem back to an outward facing bud about a hand's width above the ground.</p>"
      "<div class='admonition warning alert'><p class='admonition-title'>Warning</p><p>Never prune climbers "
      "this hard: cut only their side shoots.</p></div>"
      "<p>Take out any dead, crossing or spindly wood first, then shape what is left into an open cup so "
      "that air can move through the middle of the plant in summer.</p></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Never prune climbers"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("nursery is closed"), std::string::npos) << r->text;
}

// A docs theme sets the project's logo as an <h1> in its sidebar: the
// <h1> in the main landmark names the page, not the <title> with the
// project's version after it. A hidden <h1> there ("display-none") names
// nothing.
TEST(Metadata, HeadingInMainLandmarkBeatsSidebarLogo) {
  const std::string body =
      "<p>Every month the club picks one walk from the list below and meets at the start at nine, whatever the "
      "weather, with flasks and a map for everyone who asks.</p>";
  auto page = [&](const std::string& heading) {
    return "<html><head><title>Winter walks \xE2\x80\x94 ramblers 3.1 handbook</title></head><body>"
           "<div role='main'>" + heading + body + "</div><div class='sidebar' role='navigation'>"
           "<h1 class='logo'><a href='../index.html'>ramblers</a></h1><ul><li><a href='a.html'>Kit</a></li>"
           "</ul></div></body></html>";
  };
  auto r = Extract(page("<h1>Winter walks</h1>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Winter walks");
  r = Extract(page("<h1 class='display-none'>Handbook home</h1>"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->title.value_or(""), "Handbook home");
}

// On an article a rating's summary, a clap button's shortened tally and a
// live page's badge are furniture; a sentence with a rating in it stays.
TEST(Extract, ArticleDropsRatingTallyAndLiveBadge) {
  EXPECT_TRUE(IsRatingOrTallyLine("4.90 from 212 votes"));
  EXPECT_TRUE(IsRatingOrTallyLine("Rated 4.83 out of 5 based on 6 customer ratings"));
  EXPECT_TRUE(IsRatingOrTallyLine("(6 customer reviews)"));
  EXPECT_TRUE(IsRatingOrTallyLine("2.1K"));
  EXPECT_FALSE(IsRatingOrTallyLine("2.1 kilometres"));
  EXPECT_FALSE(IsRatingOrTallyLine("4.9 from the judges, a record"));
  EXPECT_FALSE(IsRatingOrTallyLine("2024"));
  const std::string html =
      "<html><head><title>Plum crumble</title><meta property='og:type' content='article'></head><body><article>"
      "<h1>Plum crumble</h1><div class='badge'>LIVE</div><div><span>3.4K</span></div>"
      "<p>Halve the plums, take out the stones and pack them cut side up into a buttered dish with a spoon of "
      "sugar and a pinch of cinnamon over them.</p><div class='recipe-rating'><span>4.7 from 88 votes</span></div>"
      "<p>Rub the butter into the flour and oats until it looks like rough sand, scatter it over the fruit and "
      "bake for forty minutes. Our testers gave it 4.7 out of 5 for ease.</p></article></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("3.4K"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("LIVE"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("88 votes"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("4.7 out of 5 for ease"), std::string::npos) << r->text;
}

// The lead image's caption is its own figure's: not a later figure's, when
// a figure shows the lead image (og:image) uncaptioned, nor a line set in
// a "caption" text style with no picture near it.
TEST(Metadata, LeadImageCaptionIsItsOwnFiguresOnly) {
  EXPECT_EQ(ImageFileStem("https://x.example/uploads/2024/02/Sea-Wall-1024x683.jpg?v=2"), "sea-wall");
  const std::string text =
      "<p>The walk starts under the old ferry slipway and follows the sea wall north for three miles, past the "
      "cliff and its fossil beds, to the pill where the boats were once moored.</p>";
  auto page = [&](const std::string& body) {
    return "<html><head><title>Sea walls</title><meta property='og:type' content='article'>"
           "<meta property='og:image' content='https://x.example/img/sea-wall.jpg'></head><body><article>"
           "<h1>Sea walls</h1>" + body + "</article></body></html>";
  };
  auto r = Extract(page("<figure><img src='/img/sea-wall-800x600.jpg'></figure>" + text +
                        "<figure><img src='/img/cliff.jpg'><figcaption>The cliff at dusk</figcaption></figure>" +
                        text));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->image.caption.has_value()) << *r->image.caption;
  r = Extract(page("<div><p class='caption-with-letter-spacing'>Harbour Press</p></div>" + text));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->image.caption.has_value()) << *r->image.caption;
  r = Extract(page("<figure><img src='/img/sea-wall.jpg'><figcaption>The wall at low tide</figcaption></figure>" +
                   text));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->image.caption.value_or(""), "The wall at low tide");
}

// A product's name keeps whom it is cut for after its dash; a colour after
// it is a variant's and goes.
TEST(Metadata, ProductNameKeepsItsAudience) {
  EXPECT_TRUE(IsProductAudience(" Women's"));
  EXPECT_FALSE(IsProductAudience("Slate Grey"));
  const std::string body =
      "<p>A light waterproof shell with taped seams, pit zips and a hood that rolls into the collar, cut long "
      "at the back for cycling and packed into its own chest pocket.</p><button class='add-to-cart'>Add to cart"
      "</button>";
  auto r = Extract(PageAround("Ridge Rain Jacket - Women's | Shop", "<h1>Ridge Rain Jacket - Women's</h1>" + body,
                              true));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Ridge Rain Jacket - Women's");
  r = Extract(PageAround("Ridge Rain Jacket - Slate Grey | Shop", "<h1>Ridge Rain Jacket - Slate Grey</h1>" + body,
                         true));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Ridge Rain Jacket");
}

// The mark on an accepted answer is a post's furniture, not its text.
TEST(Vocabulary, AcceptedMarkIsPostFurniture) {
  EXPECT_TRUE(IsPostFurnitureLine("Accepted"));
  EXPECT_TRUE(IsPostFurnitureLine(" accepted answer "));
  EXPECT_FALSE(IsPostFurnitureLine("Accepted by the council"));
}

// A CSS module's class name ("AccordionItem_item__adF2E": a bundler's
// "[name]_[local]__[hash]") ends in a hash whose letters are no words: "ad"
// there is no advert. A BEM element after "__" still is read.
TEST(Vocabulary, CssModuleHashIsNoWord) {
  const uint32_t bp = kHintWeakBoilerplate | kHintBoilerplate;
  EXPECT_FALSE(ClassifyClassId("AccordionItem_item__adF2E", "") & bp);
  EXPECT_FALSE(ClassifyClassId("Faq_entry__ad3kq Faq_entry__ad3kq", "") & bp);
  EXPECT_TRUE(ClassifyClassId("card__ad", "") & bp);
  EXPECT_TRUE(ClassifyClassId("card__promo", "") & bp);
  const std::string html =
      "<html><head><title>Design courses</title></head><body><main><h1>Design courses</h1>"
      "<p>Our courses teach layout, type and colour to beginners and to working designers who want to "
      "sharpen their craft.</p>"
      "<details open class=\"AccordionItem_item__adF2E\"><summary>Can I learn design on my own?</summary>"
      "<p>Yes: many designers taught themselves with books, online courses and a lot of practice on "
      "real projects for friends.</p></details>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("many designers taught themselves"), std::string::npos) << r->text;
}

// Webflow's form status messages are hidden by its stylesheet until the
// form is sent: no text of the page.
TEST(Vocabulary, WebflowFormStatusIsHidden) {
  EXPECT_TRUE(ClassifyClassId("w-form-done", "") & kHintHidden);
  EXPECT_TRUE(ClassifyClassId("w-form-fail", "") & kHintHidden);
  EXPECT_FALSE(ClassifyClassId("w-form", "") & kHintHidden);
  const std::string para =
      "<p>Our plans watch your accounts, your identity and your devices, and a specialist calls you the "
      "moment something looks wrong.</p>";
  const std::string html =
      "<html><head><title>Protection</title></head><body><main><h1>Protection</h1>" + para + para +
      "<div class=w-form><form><input type=email></form>"
      "<div class=w-form-done><div>Thank you! Your submission has been received!</div></div>"
      "<div class=w-form-fail><div>Oops! Something went wrong while submitting the form.</div></div></div>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("specialist calls you"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Thank you!"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Oops!"), std::string::npos) << r->text;
}

// A theme's tab and toggle panels named for their content box
// ("tab__content", "toggle__content"), hidden until a tab or toggle opens
// them: prose in them is content, like a role=tabpanel's.
TEST(Extract, ThemeTabAndToggleContentPanelsAreContent) {
  EXPECT_TRUE(ClassifyClassId("tab__content", "") & kHintPanel);
  EXPECT_TRUE(ClassifyClassId("toggle-content is-closed", "") & kHintPanel);
  EXPECT_FALSE(ClassifyClassId("toggle-button", "") & kHintPanel);
  const std::string para =
      "<p>Our studio repairs vintage radios by hand, replacing worn capacitors and cleaning every dial "
      "so the set plays as it did when new.</p>";
  const std::string html =
      "<html><head><title>Radio repair</title></head><body><main><h1>Radio repair</h1>" + para + para +
      "<div class=tabs><button>Valves</button><button>Cabinets</button></div>"
      "<div class='tab__content' style='display:none'><p>Valve sets are tested under load for a full day "
      "before they go back to their owners.</p></div>"
      "<toggle-tab class=toggle><button>Ingredients of the polish</button>"
      "<div class=toggle__content style='display:none'><p>Beeswax, carnauba wax and a little orange oil, "
      "rubbed in by hand and buffed with a soft cloth.</p></div></toggle-tab>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("tested under load"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("carnauba wax"), std::string::npos) << r->text;
}

// A tooltip's text, shown on hover over a spec's label, is a glossary
// note on every page with the label: not the product's text. The label
// stays, and so does an icon's "tooltip-text" label (its only words).
TEST(Extract, TooltipTextIsLeftOut) {
  EXPECT_TRUE(ClassifyClassId("tool-tip__content", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("icon-tooltip-text", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("tooltip", "") & kHintBoilerplate);
  const std::string html =
      "<html><head><title>Studio headphones</title>"
      "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Studio headphones\"}</script>"
      "</head><body><main><h1>Studio headphones</h1>"
      "<p>Open-back headphones for mixing, with velour pads and a steel headband that holds its shape "
      "through long sessions at the desk.</p><p>The cable detaches at both cups and a spare comes in the "
      "box.</p><table><tr><td><tool-tip class=tool-tip>Impedance<div class=tool-tip__content>Usually "
      "between eight and six hundred ohm; higher values need more power to drive.</div></tool-tip></td>"
      "<td>300 ohm</td></tr><tr><td><span class=tooltip>Weight<span class=tooltiptext>Measured without "
      "the cable and without the packaging it ships in.</span></span></td><td>350 grams</td></tr></table>"
      "<div class=icon-tooltip><span class=icon-tooltip-text>Recycled materials</span>"
      "<button aria-label='Recycled materials'><img src=r.png alt=''></button></div>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("velour pads"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Impedance"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Weight"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("six hundred ohm"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Recycled materials"), std::string::npos) << r->text;
}

// A breadcrumb trail named in two words ("breadCrumbs", "bread-crumb")
// is the trail all the same: navigation.
TEST(Vocabulary, BreadcrumbInTwoWordsIsNavigation) {
  EXPECT_TRUE(ClassifyClassId("breadCrumbContainer", "") & kHintNavigation);
  EXPECT_TRUE(ClassifyClassId("", "breadCrumbs") & kHintNavigation);
  EXPECT_TRUE(ClassifyClassId("bread-crumb", "") & kHintNavigation);
  EXPECT_FALSE(ClassifyClassId("bread-recipe", "") & kHintNavigation);
  const std::string para =
      "<p>The building department reviews plans, issues permits and inspects new work so that every "
      "house in town is safe to live in.</p>";
  const std::string html =
      "<html><head><title>Building</title></head><body><main>"
      "<div id=breadCrumbs class=breadCrumbContainer><ol><li><a href=/>Home</a></li>"
      "<li><a href=/gov>Government</a></li><li>Building Department</li></ol></div>"
      "<h1>Building Department</h1>" + para + para + "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("issues permits"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Government"), std::string::npos) << r->text;
}

// The Bulletin plugin's notice bar (WordPress), over every page of the
// site: no text of the page.
TEST(Vocabulary, BulletinNoticeBarIsBoilerplate) {
  EXPECT_TRUE(ClassifyClassId("bulletinwp-bulletin-item", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("bulletin", "") & kHintBoilerplate);
  const std::string para =
      "<p>Our dentists clean, fill and straighten teeth for the whole family, and see emergencies the "
      "same day at the walk-in centre.</p>";
  const std::string html =
      "<html><head><title>Dental care</title></head><body>"
      "<div class=\"bulletinwp-bulletin-item\"><div class=\"bulletinwp-bulletin-content\">Important "
      "update: our clinic on Main Street is closed for repairs this week.</div></div>"
      "<main><h1>Dental care</h1>" + para + para + "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("walk-in centre"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("closed for repairs"), std::string::npos) << r->text;
}

// Thread paths of software that names its threads no other way: a link
// aggregator's /r/<board>/comments/<id>/<slug>, Flarum's /d/<n>-<slug>, a
// code forge's /<owner>/<repo>/issues/<n>; not WordPress's comment feed, a
// magazine's /issues/<n> or an issue's files.
TEST(Vocabulary, ThreadPathsOfAggregatorsFlarumAndForges) {
  EXPECT_TRUE(IsForumUrl("https://example.com/r/knives/comments/1b7k2q/is_it_worth/"));
  EXPECT_TRUE(IsForumUrl("https://forum.example.com/d/812-wiring-a-thermostat"));
  EXPECT_TRUE(IsForumUrl("https://code.example.com/acme/widget/issues/318"));
  EXPECT_TRUE(IsForumUrl("https://code.example.com/acme/widget/pull/42"));
  EXPECT_TRUE(IsForumUrl("https://lab.example.com/acme/widget/-/issues/7"));
  EXPECT_FALSE(IsForumUrl("https://blog.example.com/comments/feed/"));
  EXPECT_FALSE(IsForumUrl("https://magazine.example.com/issues/142"));
  EXPECT_FALSE(IsForumUrl("https://code.example.com/acme/widget/issues/318/files"));
  EXPECT_FALSE(IsForumUrl("https://shop.example.com/d/shoes"));
}

// Kicker words of Portuguese, Dutch and Spanish newsrooms; an arrow back to
// the page's index ("« All Events") is a back link, the words alone are not.
TEST(Vocabulary, MoreKickerWordsAndArrowBackToAll) {
  EXPECT_TRUE(ClassifyClassId("chapeu", "") & kHintKicker);
  EXPECT_TRUE(ClassifyClassId("rubriek", "") & kHintKicker);
  EXPECT_TRUE(ClassifyClassId("bovenkop", "") & kHintKicker);
  EXPECT_TRUE(ClassifyClassId("cintillo", "") & kHintKicker);
  EXPECT_TRUE(IsBackLinkLine("\u00ab All Events"));
  EXPECT_TRUE(IsBackLinkLine("\u2190 All posts"));
  EXPECT_FALSE(IsBackLinkLine("All Events"));
  EXPECT_FALSE(IsBackLinkLine("\u00ab All the ways we got the budget wrong this year"));
  const std::string para =
      "<p>A Prefeitura inaugurou nesta terça-feira a primeira estação abastecida integralmente por energia "
      "solar, com 420 painéis fotovoltaicos instalados na cobertura da estação.</p>";
  auto r = Extract("<html lang=pt><head><meta property=\"og:type\" content=\"article\"><title>Estação</title>"
                   "</head><body><article><span class=\"chapeu\">Mobilidade</span><h1>Estação</h1>"
                   "<div class=\"materia-corpo\">" + para + para + "</div></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Mobilidade"), std::string::npos) << r->text;
}

// A post's body wrapped in a form the page can turn into an editor in
// place (hidden inputs only, no field to fill) is the post, not a form; a
// form with a field stays furniture.
TEST(Extract, TextOnlyFormIsContent) {
  auto post = [](const char* who, const char* text) {
    return std::string("<div class=\"thing comment\"><p class=tagline><a class=author href=\"/user/") + who +
           "\">" + who + "</a> <time datetime=\"2024-03-05T18:40:02+00:00\">1 year ago</time></p>"
           "<form action=\"#\" class=usertext><input type=hidden name=thing_id value=t1><div class=md><p>" +
           text + "</p></div></form></div>";
  };
  const std::string html =
      "<html><head><title>Stones or a pull-through?</title>"
      "<link rel=canonical href=\"https://example.com/r/knives/comments/1b7k2q/stones/\"></head><body>"
      "<h1>Stones or a pull-through?</h1>" +
      post("slow_onion", "I have a mid-range gyuto and have been using a pull-through sharpener for two years; "
                         "a friend says it is ruining the edge.") +
      post("wendy", "Yes. A pull-through grinds a coarse, uneven bevel and takes off far more steel than it "
                    "needs to. Start with a single 1000 grit stone.") +
      "<form action=\"/search\"><p>Search this board for older threads about knives and stones.</p>"
      "<input type=text name=q></form></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("ruining the edge"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("1000 grit stone"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Search this board"), std::string::npos) << r->text;
}

// Bootstrap's callout ("alert alert-info") set between a docs page's
// paragraphs is the page's note, kept like an admonition; the same box
// atop the page (a site's notice) is still judged as furniture.
TEST(Extract, BootstrapAlertCalloutAmongParagraphsIsKept) {
  EXPECT_TRUE(IsAlertCalloutClass("alert alert-info"));
  EXPECT_TRUE(IsAlertCalloutClass("alert-warning mb-3"));
  EXPECT_FALSE(IsAlertCalloutClass("alert"));
  EXPECT_FALSE(IsAlertCalloutClass("alert-bar"));
  const std::string para =
      "<p>Instead of polling the shipments endpoint, you can register a URL and the service will send it a "
      "POST request each time one of your shipments is collected, delayed or delivered.</p>";
  const std::string note = "<div class=\"alert alert-info\" role=alert>Your endpoint must answer within ten "
                           "seconds with a 2xx status.</div>";
  auto r = Extract("<html><head><title>Webhooks</title></head><body><main><h1>Webhooks</h1>" + para + note +
                   para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("must answer within ten seconds"), std::string::npos) << r->text;
  auto top = Extract("<html><head><title>Webhooks</title></head><body><main>" + note + "<h1>Webhooks</h1>" +
                     para + para + "</main></body></html>");
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(top->text.find("must answer within ten seconds"), std::string::npos) << top->text;
}

// A docs site's version and language pickers over the page ("Documentation
// version: 3.2 3.1 dev", "Language: en fr ja") are the site's, not the
// page's text, whether written "version-switcher" or "languageSwitcher".
TEST(Extract, DocsVersionAndLanguageSwitchersAreChrome) {
  EXPECT_TRUE(ClassifyClassId("version-switcher", "") & kHintNavigation);
  EXPECT_TRUE(ClassifyClassId("", "languageSwitcher") & kHintNavigation);
  EXPECT_TRUE(ClassifyClassId("lang-selector dropdown", "") & kHintNavigation);
  const std::string para =
      "<p>A queue holds the jobs a worker has not yet started. Each job is stored with the time it was "
      "added, and a worker always takes the oldest one first unless a job was given a higher priority.</p>";
  auto r = Extract(
      "<html><head><title>Queues</title></head><body><main><div id=version-switcher>"
      "<ul class=language-switcher><li>Language: <a href=/en/>en</a></li><li><a href=/fr/>fr</a></li>"
      "<li><a href=/ja/>ja</a></li></ul><ul class=version-switcher><li>Documentation version: <a href=/3.2/>3.2</a>"
      "</li><li><a href=/3.1/>3.1</a></li><li><a href=/dev/>dev</a></li></ul></div><article><h1>Queues</h1>" +
      para + para + "</article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("oldest one first"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Documentation version"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Language:"), std::string::npos) << r->text;
}

// A wiki's tip, note or "See also" box in Bootstrap's alert of any variant
// ("alert alert-success" with "<strong>Tip</strong>" atop it) next to a
// command box, not between two paragraphs: its label says it is the
// text's callout. A bare alert box with no label beside the same command
// box is still judged as furniture.
TEST(Extract, LabelledAlertCalloutIsKept) {
  EXPECT_TRUE(IsAdmonitionLabel("Tip"));
  EXPECT_TRUE(IsAdmonitionLabel(" See also: "));
  EXPECT_TRUE(IsAdmonitionLabel("Hinweis"));
  // Letters outside ASCII fold too, as every folded label list's do.
  EXPECT_TRUE(IsAdmonitionLabel("ATENÇÃO:"));
  EXPECT_TRUE(IsAdmonitionLabel("WSKAZÓWKA"));
  EXPECT_FALSE(IsAdmonitionLabel("Tip of the day from our shop"));
  EXPECT_TRUE(HasAlertClass("alert alert-success gw-box"));
  EXPECT_FALSE(HasAlertClass("alertbar"));
  const std::string para =
      "<p>The package tool keeps a list of every program the user asked for by name, and rebuilds each of "
      "them with its dependencies whenever the tree is synchronised and a newer version appears.</p>";
  const std::string cmd = "<div class=cmd-box><code>pkgtool --sync</code></div>";
  const std::string tip = "<div class='alert alert-success wiki-box'><strong><i class='icon-check'></i> Tip</strong>"
                          "<br>Run the sync at most once a day to spare the mirrors.</div>";
  const std::string see = "<div class='alert alert-success wiki-box'><strong>See also</strong><br>See the "
                          "<a href=/wiki/Mirrors>mirrors</a> article for choosing a mirror near you.</div>";
  auto r = Extract("<html><head><title>Pkgtool</title></head><body><main><h1>Pkgtool</h1>" + para + tip + cmd +
                   see + cmd + para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("spare the mirrors"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("for choosing a mirror"), std::string::npos) << r->text;
  auto bare = Extract("<html><head><title>Pkgtool</title></head><body><main><h1>Pkgtool</h1>" + para +
                      "<div class='alert alert-success'>Your changes were saved.</div>" + cmd + para +
                      "</main></body></html>");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->text.find("changes were saved"), std::string::npos) << bare->text;
  // A docs framework's box of bundler class names, each with the alert
  // word, an icon before its label: kept whole, the label with it.
  EXPECT_TRUE(HasAlertClass("mdx-inline-alert_spacing__Qx1"));
  const std::string inline_alert =
      "<div class='mdx-inline-alert_spacing__Qx1'><div class='inline-alert_root__a2 inline-alert_warning__b3'>"
      "<span class='inline-alert_icon__c4'><svg viewBox='0 0 24 24'><path d='M1 1h2'/></svg></span>"
      "<span class='inline-alert_content__d5'><p class='inline-alert_title__e6'>Warning</p>"
      "<span class='inline-alert_description__f7'><p>Never run the sync as root on a shared build host.</p>"
      "</span></span></div></div>";
  auto nested = Extract("<html><head><title>Pkgtool</title></head><body><main><h1>Pkgtool</h1>" + para + cmd +
                        inline_alert + cmd + para + "</main></body></html>");
  ASSERT_TRUE(nested.ok());
  EXPECT_NE(nested->text.find("Warning\n\nNever run the sync as root"), std::string::npos) << nested->text;
}

// A paged list's links with the arrow after the words ("Next Page »").
TEST(Vocabulary, TrailingArrowsOfPagerLinks) {
  EXPECT_TRUE(IsBoilerplateLine("Next Page \u00bb"));
  EXPECT_TRUE(IsBoilerplateLine("Older posts \u2192"));
  EXPECT_TRUE(IsBoilerplateLine("Next \u203a"));
  EXPECT_FALSE(IsBoilerplateLine("The next page of the report \u00bb"));
  EXPECT_TRUE(IsBoilerplateLine("Expand description"));
  EXPECT_FALSE(IsBoilerplateLine("Expand the description field before saving"));
}

// An issue's heading with its number beside its name ("... #318") on a
// thread: the name is the title when the <title> opens on it.
TEST(Extract, ThreadHeadingLosesItsNumber) {
  auto comment = [](const char* who, const char* text) {
    return std::string("<div class=timeline-comment><h3><a class=author href=\"/") + who + "\">" + who +
           "</a> commented <relative-time datetime=\"2024-02-19T14:02:51Z\">Feb 19, 2024</relative-time></h3>"
           "<div class=comment-body><p>" + text + "</p></div></div>";
  };
  const std::string html =
      "<html><head><title>Parser hangs on a zero colspan \xC2\xB7 Issue #318 \xC2\xB7 acme/fmt</title>"
      "<link rel=canonical href=\"https://code.example.com/acme/fmt/issues/318\"></head><body>"
      "<h1><bdi>Parser hangs on a zero colspan</bdi> <span>#318</span></h1>" +
      comment("eb", "Formatting the attached file never finishes and the CPU stays at full load until I kill "
                    "the process; removing the colspan attribute fixes it.") +
      comment("okwu", "Thanks for the small reproduction. The column counter never advanced while the span "
                      "was zero. Fixed in the next release.") +
      "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_EQ(r->title.value_or(""), "Parser hangs on a zero colspan");
  EXPECT_NE(r->text.find("never finishes"), std::string::npos) << r->text;
}

// A site search's page of results (WordPress's body class
// "search-results") is a list of posts, not the article its theme's
// og:type says: every result's headline and excerpt stays.
TEST(Extract, SearchResultsBodyIsAList) {
  EXPECT_TRUE(NamesArchiveBody("search search-results logged-in"));
  EXPECT_TRUE(NamesArchiveBody("path-search"));
  EXPECT_FALSE(NamesArchiveBody("single single-post search-box"));
  std::string results;
  for (const char* t : {"Village hall wins grant for a heat pump", "Minutes of the November meeting",
                        "Hall hire prices for the new year"})
    results += std::string("<article class=\"post hentry\"><h2 class=entry-title><a href=\"/p/") + t + "\">" + t +
               "</a></h2><div class=entry-summary><p>" + t +
               ": the council's notes on the matter, with the figures and what comes next for it. [...]</p></div>"
               "</article>";
  auto r = Extract("<html><head><meta property=\"og:type\" content=\"article\"><title>You searched for hall</title>"
                   "</head><body class=\"search search-results\"><main><header class=page-header><h1>Search "
                   "Results for: hall</h1></header>" + results + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "article");
  EXPECT_NE(r->text.find("Village hall wins grant for a heat pump"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Minutes of the November meeting"), std::string::npos) << r->text;
}

// WordPress's single view of a custom post type for a service
// ("single-<type>" on <body>) is a service page, not the article its SEO
// plugin's og:type says: its sections (not one prose block) are the page.
TEST(Extract, ServicePostTypeBodyIsNoArticle) {
  EXPECT_TRUE(NamesNonArticlePostTypeBody("single single-acme-services postid-12"));
  EXPECT_TRUE(NamesNonArticlePostTypeBody("single-job_listing"));
  EXPECT_FALSE(NamesNonArticlePostTypeBody("single single-post single-format-standard"));
  EXPECT_FALSE(NamesNonArticlePostTypeBody("single-author page-servicesx"));
  const std::string head = "<html><head><meta property=\"og:type\" content=\"article\"><title>Payroll help</title>"
                           "</head><body class=\"";
  const std::string body = "\"><main><h1>Payroll help</h1><section><h2>What we do</h2><p>We run payroll for small "
                           "firms each month, file the returns and answer your staff's questions about their pay."
                           "</p></section><section><h2>Why us</h2><p>Twenty years of payroll work for shops and "
                           "clinics across the county, with one adviser who knows your business.</p></section>"
                           "</main></body></html>";
  auto service = Extract(head + "single single-acme-services postid-12" + body);
  ASSERT_TRUE(service.ok());
  EXPECT_NE(service->page_type, "article");
  auto post = Extract(head + "single single-post postid-12" + body);
  ASSERT_TRUE(post.ok());
  EXPECT_EQ(post->page_type, "article");
}

// A site's front page is no article though its SEO plugin prints og:type
// "article" there; a post whose canonical wrongly points at the front page
// keeps its own og:url, and stays an article.
TEST(Extract, FrontPageIsNoArticle) {
  const std::string page = "<html><head><meta property=\"og:type\" content=\"article\"><title>Acme</title>"
                           "<meta property=\"og:url\" content=\"OGURL\"></head><body><main><h1>Acme</h1><p>We "
                           "build the tools that small teams use to plan their week and ship their work on time, "
                           "with support from people who answer.</p></main></body></html>";
  auto with = [&](const std::string& og_url) {
    std::string html = page;
    html.replace(html.find("OGURL"), 5, og_url);
    return html;
  };
  ExtractOptions options;
  options.url = "https://acme.example.com/";
  auto home = Extract(with("https://acme.example.com/"), options);
  ASSERT_TRUE(home.ok());
  EXPECT_NE(home->page_type, "article");
  auto post = Extract(with("https://acme.example.com/blog/planning-a-week/"), options);
  ASSERT_TRUE(post.ok());
  EXPECT_EQ(post->page_type, "article");
  options.url = "https://acme.example.com/blog/planning-a-week/";
  auto own = Extract(with("https://acme.example.com/blog/planning-a-week/"), options);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->page_type, "article");
  // A canonical alone says nothing: themes point every page's at the front
  // page; nor does a slug printed as a URL ("http://planning-a-week").
  const std::string no_og = "<html><head><meta property=\"og:type\" content=\"article\"><title>Planning</title>"
                            "<link rel=canonical href=\"https://acme.example.com/\"></head><body><main><h1>Planning"
                            "</h1><p>We build the tools that small teams use to plan their week and ship their work "
                            "on time, with support from people who answer.</p></main></body></html>";
  auto canonical_only = Extract(no_og);
  ASSERT_TRUE(canonical_only.ok());
  EXPECT_EQ(canonical_only->page_type, "article");
  options.url = "http://planning-a-week";
  auto slug = Extract(with("http://planning-a-week"), options);
  ASSERT_TRUE(slug.ok());
  EXPECT_EQ(slug->page_type, "article");
}

// A script-rendered shop whose HTML holds only its <noscript> notice shows
// no content: the notice is not the page's body.
TEST(Extract, NoscriptNoticeAloneIsNoBody) {
  auto r = Extract("<html><head><title>Outlet</title></head><body><noscript>You need to enable JavaScript to run "
                   "this app.</noscript><div id=root></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("JavaScript"), std::string::npos) << r->text;
}

// A shop grid's card text in a caption-classed box (its categories, linked
// name under a heading, excerpt and price) is the card's, not an image's
// caption: on a category page the cards stay.
TEST(Extract, ProductCaptionWithHeadingIsCardText) {
  const char* names[] = {"Canvas gear bag", "Cutlery roll", "Dining set for six", "Cargo organiser"};
  std::string cards;
  for (const char* n : names)
    cards += std::string("<li class='product'><a href='/p/x'><img src='/i/x.jpg' alt=''></a>"
                         "<div class='product-caption'><div class='posted-in'><a href='/c/camp'>Camping</a> / "
                         "<a href='/c/sale'>On sale</a></div><h3 class='loop-title'><a href='/p/x'>") +
             n + "</a></h3><div class='short-description'><p>A sturdy piece of camp kit in waxed canvas with "
                 "brass fittings, made to last.</p></div><span class='price'>$21.00</span></div></li>";
  auto r = Extract("<html><head><title>Outdoor gear</title></head><body class='archive'><header><nav><a href='/'>"
                   "Home</a><a href='/shop'>Shop</a></nav></header><main><h1>Outdoor gear</h1><ul class='products'>" +
                   cards + "</ul></main><footer><p>Copyright the shop</p></footer></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Cutlery roll"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("brass fittings"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Cargo organiser"), std::string::npos) << r->text;
}

// A section of a guide anchored by a topic that is also an ad word
// ("commercial-spending": commercial cleaning's market) is the guide's
// section, not an ad slot: "commercial" binds on furniture only.
TEST(Extract, CommercialTopicSectionStays) {
  std::string market, offices;
  for (int i = 0; i < 4; ++i) market += "<p>" + std::string(kEnglishProse) + "</p>";
  for (int i = 0; i < 3; ++i)
    offices += "<p>Offices, shops and hotels spend more on contract cleaning than homes do, and their contracts "
               "run for years, which gives a small firm steady work through the slow months of the year.</p>";
  auto r = Extract(
      "<html><head><title>Starting a cleaning business</title></head><body><main><article>"
      "<h1>Starting a cleaning business</h1><section id='market-size'><h2>The market keeps growing</h2>" +
      market + "</section><section id='commercial-spending'><h2>Offices lead the cleaning market</h2>" + offices +
      "</section></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Offices lead the cleaning market"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("steady work through the slow months"), std::string::npos) << r->text;
}

// A shop card's shortcut to the product's options (a "quick shop" or
// "quick view" control, by its class or its label) is the card's control,
// not its text.
TEST(Extract, QuickShopControlIsNoCardText) {
  EXPECT_TRUE(IsBoilerplateLine("Quick Shop"));
  EXPECT_TRUE(IsBoilerplateLine("Quick add"));
  EXPECT_FALSE(IsBoilerplateLine("Quick shop visits before the holidays are our favourite."));
  std::string cards;
  for (const char* n : {"Dark roast", "Medium roast", "Espresso blend", "Decaf"})
    cards += std::string("<li class='card'><h3><a href='/p/x'>") + n +
             "</a></h3><p>Whole beans roasted this week in small batches.</p><span>$19.99</span>"
             "<div class='quick-shop-opener'><span>Pick a grind and bag size</span></div></li>";
  auto r = Extract("<html><head><title>Coffee</title></head><body><main><h1>Coffee</h1><p>" +
                   std::string(kEnglishProse) + "</p><ul class='grid'>" + cards + "</ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Espresso blend"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Pick a grind"), std::string::npos) << r->text;
}

// A shop theme's image banner (a picture under a heading and a line of
// text, "image-banner") is a section of the category page, not an ad
// banner; an ad's banner still goes.
TEST(Extract, ImageBannerIsASection) {
  std::string cards, menu;
  for (const char* n : {"Power station 300", "Power station 600", "Power station 1200", "Solar panel 100W",
                        "Solar panel 200W", "Cable kit"})
    cards += std::string("<li class='grid__item'><a href='/p/x'>") + n +
             " with charger and carry case</a><span class='price'>$299.00</span></li>";
  for (int i = 0; i < 12; ++i) menu += "<li><a href='/c/" + std::to_string(i) + "'>Category of the shop</a></li>";
  auto page = [&](const std::string& banner_class) {
    return "<html><head><title>Portable power</title></head><body><header><ul class='menu'>" + menu +
           "</ul></header><main><h1>Portable power stations</h1><ul class='grid'>" + cards + "</ul><div class='section " +
           banner_class + "'><div class='text-overlay'><h2>Camping power essentials</h2><p>Discover our carefully "
           "chosen camping kit: reliable power for a weekend away, ready when you arrive.</p></div></div></main>"
           "<footer><p>Free shipping over $100</p></footer></body></html>";
  };
  auto r = Extract(page("image-banner"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Discover our carefully"), std::string::npos) << r->text;
  r = Extract(page("banner"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Discover our carefully"), std::string::npos) << r->text;
}

// Review words count at a word's start only: a docs section "Integrating
// with your CI server" or "Migrating the configuration" names no reviews,
// so a figure's "generated with AI" caption under it leaves it alone.
TEST(Extract, AiNoteUnderDocsHeadingKeepsSection) {
  EXPECT_FALSE(NamesReviews("Integrating with your CI server"));
  EXPECT_FALSE(NamesReviews("Migrating the configuration"));
  EXPECT_FALSE(NamesReviews("Preview and Interview"));
  EXPECT_FALSE(NamesReviews("Ask Davis, 30 Sekunden"));
  EXPECT_TRUE(NamesReviews("Customer reviews"));
  EXPECT_TRUE(NamesReviews("Kundenbewertungen"));
  EXPECT_TRUE(NamesReviews("(Ratings)"));
  const std::string html =
      "<html><head><title>Webhooks guide</title></head><body><main><h1>Webhooks guide</h1>"
      "<section><h2>Integrating with your CI server</h2><p>Point the webhook at your build server and start a "
      "pipeline on every push to the main branch, with the commit's hash in the payload.</p>"
      "<figure><img src='/img/flow.png' alt=''><figcaption>Diagram generated with AI</figcaption></figure>"
      "</section><section><h2>Retrying failed deliveries</h2><p>A delivery that fails is sent again five times, "
      "an hour apart, before the hook is switched off and its owner is told by mail.</p></section></main>"
      "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("build server"), std::string::npos) << r->text;
}

// Thread paths are read narrowly: "/comments/" is a thread only under
// /r/<board>/ with a base-36 id (not a newspaper's opinion section by
// year), "/issues/<n>" only under an owner and a repository that are names
// (not /archive/<year>/ or /journals/<name>/), and "/d/" only before
// <digits>-<slug> (not a document store's /document/d/<id>/).
TEST(Vocabulary, ThreadPathsAreReadNarrowly) {
  EXPECT_FALSE(IsForumUrl("https://daily.example/comments/2025/03/bus-lanes-are-overdue"));
  EXPECT_FALSE(IsForumUrl("https://daily.example/news/comments/20250311/bus-lanes"));
  EXPECT_FALSE(IsForumUrl("https://quarterly.example/archive/2024/issues/12"));
  EXPECT_FALSE(IsForumUrl("https://press.example/journals/tides/issues/4"));
  EXPECT_FALSE(IsForumUrl("https://docs.example.com/document/d/1Qx7-aLk2mP9vRtY3bZ/pub"));
  EXPECT_TRUE(IsForumUrl("https://example.com/r/knives/comments/1b7k2q/is_it_worth/"));
  EXPECT_TRUE(IsForumUrl("https://forum.example.com/d/812-wiring-a-thermostat"));
  EXPECT_TRUE(IsForumUrl("https://code.example.com/acme/widget/issues/318"));
  auto r = Extract("<html><head><title>Bus lanes are overdue</title><meta property='og:type' content='article'>"
                   "<link rel=canonical href='https://daily.example/comments/2025/03/bus-lanes-are-overdue'>"
                   "</head><body><article><h1>Bus lanes are overdue</h1><p>" + std::string(kEnglishProse) +
                   "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "forum");
}

// On a thread a post's spoiler box hidden by "d-none" until its button
// reveals it is the post's text; a box hidden on every screen and shown in
// print only ("d-none d-print-block") is not.
TEST(Extract, ThreadKeepsSpoilerHiddenByDisplayUtility) {
  EXPECT_TRUE(IsDisplayNoneUtility("d-none d-print-block"));
  auto post = [](const char* who, const std::string& body) {
    return std::string("<div class=post><div class=postbody><p class=author>by <a href='/u/") + who + "'>" + who +
           "</a> \u00bb Mon Oct 06, 2025 8:12 pm</p><div class=content>" + body + "</div></div></div>";
  };
  const std::string html =
      "<html><head><title>Ending explained? - Book Forum</title><meta name=generator content=phpBB></head>"
      "<body class=phpbb><h2 class=topic-title>Ending explained?</h2>" +
      post("ana", "<p>I just finished the novel and I am confused by the last chapter. Who wrote the letters?</p>") +
      post("tom", "<p>It is explained in the epilogue, but easy to miss. Spoiler below:</p><div class=spoiler>"
                  "<button type=button>Show spoiler</button><div class='spoiler-body d-none'><p>The letters were "
                  "written by the keeper's daughter; the handwriting clue in chapter nine gives it away.</p></div>"
                  "</div><p>Read chapter nine again and it all fits.</p>"
                  "<div class='d-none d-print-block'>Printed from the forum, thread 48213.</div>") +
      post("ana", "<p>Wow, I completely missed that. Thanks!</p>") + "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("keeper's daughter"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Printed from the forum"), std::string::npos) << r->text;
}

// A carousel's slide caption with an unlinked heading (Bootstrap's
// ".carousel-caption" with an <h5>) is no card's text: it is not taken in.
TEST(Extract, CarouselCaptionWithHeadingIsNoCardText) {
  const std::string html =
      "<html><head><title>Family dentistry</title></head><body><header><nav><a href='/'>Home</a> "
      "<a href='/contact'>Contact</a></nav></header><div class='carousel slide'><div class=carousel-inner>"
      "<div class='carousel-item active'><img src='/s1.jpg' alt=''><div class='carousel-caption d-none "
      "d-md-block'><h5>Now open Saturdays</h5><p>Book a weekend check-up online.</p></div></div></div></div>"
      "<main><h1>Family dentistry</h1><p>" + std::string(kEnglishProse) + "</p><p>We offer check-ups, "
      "fillings, crowns and implants under one roof, and explain every treatment before we start.</p>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Now open Saturdays"), std::string::npos) << r->text;
}

// Bootstrap's alert between a story's paragraphs is the site's notice on
// an article ("Thanks for reading! Share this post"), and "alert-success"
// is no note's variant anywhere.
TEST(Extract, AlertOnArticleIsNoCallout) {
  EXPECT_FALSE(IsAlertCalloutClass("alert alert-success"));
  EXPECT_FALSE(IsAlertCalloutClass("alert alert-primary"));
  EXPECT_TRUE(IsAlertCalloutClass("alert alert-danger"));
  const std::string para = "<p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract("<html><head><title>Sourdough</title><meta property='og:type' content='article'></head><body>"
                   "<main><article><h1>Sourdough</h1><div class=entry-content>" + para + para +
                   "<div class='alert alert-info'>Thanks for reading! Share this post with a friend who bakes.</div>" +
                   para + para + "</div></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Thanks for reading"), std::string::npos) << r->text;
}

// A form of text with a scripted link for its submit button (a donation
// appeal) off a thread is a form, left out as before.
TEST(Extract, TextFormOffThreadIsForm) {
  auto r = Extract("<html><head><title>Annual report</title></head><body><main><h1>Annual report</h1><p>" +
                   std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) + "</p>"
                   "<form action='/cart/add' method=post><input type=hidden name=sku value=D25><p>Support your "
                   "library: every gift buys twelve new picture books.</p><a class='btn' href='#' "
                   "onclick=\"this.closest('form').submit()\">Donate</a></form></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Support your library"), std::string::npos) << r->text;
}

// A "Word - a lower-case phrase" <title> whose first word is no name of the
// site (neither the host nor the home link says it) is the page's own title,
// a question's on a board: the board's <h1> does not replace it.
TEST(Extract, QuestionTitleIsNoAppShellsTagline) {
  auto r = Extract(
      "<html lang=en><head><title>Rust - how do I borrow a value twice inside a loop</title></head><body>"
      "<header><a href=\"/\">Coders Nook</a></header><main><h1>Programming Help</h1><div class=post><p>" +
      std::string(kEnglishProse) + "</p></div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Rust - how do I borrow a value twice inside a loop");
}

// A <time> in the byline row above the headline dates the story: a photo
// caption's <time> or an "Updated" line's under the headline does not.
TEST(Extract, TimeAboveTheHeadlineBeatsCaptionAndUpdateTimesBelow) {
  auto caption = Extract(
      "<html lang=en><head><title>Road closed</title></head><body><main><article><header><p>By Ann Lee · "
      "<time datetime=\"2024-02-10\">Feb 10, 2024</time></p><h1>Road closed</h1><figure><img src=a.jpg>"
      "<figcaption>Taken <time datetime=\"2019-06-01\">June 1, 2019</time></figcaption></figure></header><p>" +
      std::string(kEnglishProse) + "</p></article></main></body></html>");
  ASSERT_TRUE(caption.ok());
  EXPECT_EQ(caption->date_published.value_or("").substr(0, 10), "2024-02-10");
  auto updated = Extract(
      "<html lang=en><head><title>New lanes</title></head><body><main><article><div class=kicker>"
      "<a href=\"/news\">News</a> · <time datetime=\"2024-01-05\">5 January 2024</time></div><h1>New lanes</h1>"
      "<p class=note>Updated <time datetime=\"2024-03-01\">1 March 2024</time> with the timetable</p><p>" +
      std::string(kEnglishProse) + "</p></article></main></body></html>");
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->date_published.value_or("").substr(0, 10), "2024-01-05");
}

// A footer's "(c) 2025 Renwick Ado" on renwickado.com names the writer of a
// post, but not on a law firm's site named after its partners ("Solicitors
// regulated by ...") nor on a guest post on the personal site.
TEST(Extract, CopyrightHolderIsNoWriterOfAFirmOrAGuestPost) {
  const std::string body = "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view title, std::string_view line) {
    return Extract("<html><head><title>" + std::string(title) + "</title><link rel=canonical "
                   "href=\"https://renwickado.com/blog/post/\"></head><body><main><article><h1>" + std::string(title) +
                   "</h1>" + body + "</article></main><footer>" + std::string(line) + "</footer></body></html>");
  };
  auto own = page("Moving my blog", "&copy; 2025 Renwick Ado. All rights reserved.");
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->authors, std::vector<std::string>{"Renwick Ado"});
  auto firm = page("New tenancy rules", "&copy; 2025 Renwick Ado. Solicitors regulated by the Law Society.");
  ASSERT_TRUE(firm.ok());
  EXPECT_TRUE(firm->authors.empty());
  auto guest = page("Guest post: running a repair cafe", "&copy; 2025 Renwick Ado. All rights reserved.");
  ASSERT_TRUE(guest.ok());
  EXPECT_TRUE(guest->authors.empty());
}


// A blog's site-wide JSON-LD that lists its latest post under blogPost on
// every page: on the About page the post is no article of the page (its
// url, headline and the page's differ), so its writer and date are not
// the page's.
TEST(Extract, JsonLdBlogsOnePostOnAnotherPage) {
  auto r = Extract(
      "<html lang=en><head><title>About me - Garden notes</title><script type=\"application/ld+json\">"
      "{\"@context\":\"https://schema.org\",\"@type\":\"Blog\",\"name\":\"Garden notes\",\"blogPost\":[{\"@type\":"
      "\"BlogPosting\",\"headline\":\"Planting garlic\",\"datePublished\":\"2023-10-03\",\"author\":{\"@type\":"
      "\"Person\",\"name\":\"Ann Field\"},\"url\":\"https://garden.example/2023/garlic/\"}]}</script>"
      "<link rel=canonical href=\"https://garden.example/about/\"></head><body><main><h1>About me</h1><p>" +
      std::string(kEnglishProse) + "</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
  EXPECT_TRUE(r->authors.empty());
}


// An <h1> ending on " – Site" is cut like the <title> only when the
// <title> ends on the site's name too and two words or more are left:
// "Talk – Blue Finch" names the guest of the talk, not the site.
TEST(Extract, HeadingsSiteTailCutOnlyLikeTheTitles) {
  auto page = [](std::string_view title, std::string_view h1) {
    return Extract("<html lang=en><head><title>" + std::string(title) + "</title><meta property=og:site_name "
                   "content=\"Blue Finch\"></head><body><main><article><h1>" + std::string(h1) + "</h1><p>" +
                   std::string(kEnglishProse) + "</p></article></main></body></html>");
  };
  auto same = page("Spring talks - Blue Finch", "Spring talks – Blue Finch");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->title.value_or(""), "Spring talks");
  auto guest = page("Talk with Blue Finch - Blue Finch", "Talk – Blue Finch");
  ASSERT_TRUE(guest.ok());
  EXPECT_EQ(guest->title.value_or(""), "Talk – Blue Finch");
  auto plain = page("Spring talks", "Spring talks – Blue Finch");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->title.value_or(""), "Spring talks – Blue Finch");
  guest = page("Talk with Blue Finch - Blue Finch", "Talk – Blue Finch");
  ASSERT_TRUE(guest.ok());
  EXPECT_EQ(guest->title.value_or(""), "Talk – Blue Finch");
}

// A logo set as an <h1>, an image and no words, is no rival to the page's
// one headline: a short heading that the <title> holds with the manual's
// name after it names the page.
TEST(Extract, LogoImageH1IsNoRivalToTheHeadline) {
  auto r = Extract("<html lang=en><head><title>quick search [Acme Reference Manual Help]</title></head><body>"
                   "<h1 id=logo><a href=\"/\"><img src=logo.svg alt=Acme></a></h1><div class=page><h1>Quick "
                   "search</h1><p>" + std::string(kEnglishProse) + "</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Quick search");
}

// Two <h1>s, one the <title>'s head and one its tail after the separator
// (the manual's name set as a heading in the sidebar): the head names the
// page.
TEST(Extract, HeadingThatIsTheTitlesTailYieldsToItsHead) {
  auto r = Extract("<html lang=en><head><title>Quick start \u2014 Acme 2.0 Reference Documentation</title></head>"
                   "<body><div class=side><h1>Acme 2.0 Reference Documentation</h1></div><div class=page><h1>Quick "
                   "start</h1><p>" + std::string(kEnglishProse) + "</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Quick start");
}

// A lone <h1> that is the <title>'s tail and holds the site's name is the
// brand set as a heading: the <title>'s head names the page.
TEST(Extract, BrandHeadingAtTheTitlesTailNamesNoPage) {
  auto r = Extract("<html lang=en><head><title>TV and Streaming - Acme Entertainment</title><meta "
                   "property=og:site_name content=Acme></head><body><div class=hero><h1>Acme Entertainment</h1></div>"
                   "<p>" + std::string(kEnglishProse) + "</p></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "TV and Streaming");
}

// A kicker before the meta title's name in a heading that adds a size after
// a bar ("Classic II Moon Silver | 44MM" over og:title "Moon Silver"): the
// name is the title, as without the bar.
TEST(Extract, KickerCutReadsTheHeadingBeforeItsBar) {
  auto r = Extract("<html lang=en><head><title>Classic watch by Acme \u2014 Men's Watches in Moon Silver | Acme"
                   "</title><meta property=og:title content=\"Moon Silver\"></head><body><main><h1>Classic II Moon "
                   "Silver | 44MM</h1><p>" + std::string(kEnglishProse) + "</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Moon Silver");
}

// A front page titled "Home" names no page: the site's name is its title.
TEST(Extract, FrontPageLabelGivesTheSitesName) {
  auto r = Extract("<html lang=en><head><title>Home - Acme Notes</title><meta property=og:title content=Home>"
                   "<meta property=og:site_name content=\"Acme Notes\"></head><body><main><p>" +
                   std::string(kEnglishProse) + "</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Acme Notes");
}

// Forum and app software keeps a post's time in an attribute while it shows
// "2 days ago": the first such stamp from the headline on dates the page,
// not a reply's.
TEST(Extract, DateFromStampAttributes) {
  EXPECT_EQ(ParseEpochStamp("1700000000").ToIso(), "2023-11-14T22:13:20Z");
  EXPECT_EQ(ParseEpochStamp("1700000000000").ToIso(), "2023-11-14T22:13:20Z");
  EXPECT_FALSE(ParseEpochStamp("12345").valid());
  const std::string post = "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view stamp, std::string_view reply_stamp) {
    return "<html><head><title>Chain keeps slipping</title></head><body><h1>Chain keeps slipping</h1>"
           "<div class=post-header><span class=user>bob</span> " + std::string(stamp) + "</div>"
           "<div class=post>" + post + "</div><div class=post><div class=post-header>" +
           std::string(reply_stamp) + "</div>" + post + "</div></body></html>";
  };
  auto r = Extract(page("<span class=ago data-time=\"1700000000\">yesterday</span>",
                        "<span class=ago data-time=\"1701000000\">today</span>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-11-14T22:13:20Z");
  r = Extract(page("<span class=relative-date data-time=\"1700000000000\">Nov '23</span>", ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-11-14T22:13:20Z");
  // On a thread the stamp links to the post itself.
  r = Extract("<html><head><title>Upgrade broke my plugin</title><meta name=generator content=\"Discourse 3.1\">"
              "</head><body><h1>Upgrade broke my plugin</h1><div class=topic-post><a class=post-date href=/t/x/1/1>"
              "<span class=relative-date data-time=\"1700000000000\">Nov '23</span></a>" + post + "</div>"
              "<div class=topic-post><a class=post-date href=/t/x/1/2><span class=relative-date data-time=\""
              "1701000000000\">Nov '23</span></a>" + post + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-11-14T22:13:20Z");
  r = Extract(page("<abbr data-utime=\"1700000000\">a while ago</abbr>", ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-11-14T22:13:20Z");
  r = Extract(page("opened this issue <relative-time datetime=\"2023-11-14T22:13:19Z\">Nov 14</relative-time>", ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-11-14T22:13:19Z");
  r = Extract(page("<local-time datetime=\"2023-11-14T22:13:19Z\">Nov 14</local-time>", ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-11-14T22:13:19Z");
}

// A thread header's "Started by NAME, DATE" (vBulletin, SMF, Invision).
TEST(Extract, DateAfterThreadStarterCue) {
  EXPECT_EQ(DateAfterStarterCue("Started by dan, November 14, 2023"), "November 14, 2023");
  EXPECT_EQ(DateAfterStarterCue("Started by dan on November 14, 2023"), "November 14, 2023");
  EXPECT_EQ(DateAfterStarterCue("Started by dan, 4 replies"), "");
  const std::string post = "<div class=postbody><p>" + std::string(kEnglishProse) + "</p></div>";
  auto r = Extract("<html><head><title>Best tyres for winter</title></head><body><h1>Best tyres for winter</h1>"
                   "<div class=thread-info>Started by <a href=/member/dan>dan</a>, November 14, 2023</div>" +
                   post + post + "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2023-11-14");
}

// A roundup of businesses whose entries a theme names like user reviews
// ("div.profile.reviews"), each under a heading linked to the business's
// page: the series holds most of the page's prose, so it is the article.
// Boxes of one reviewer's text each, under no linked heading, stay out.
TEST(Extract, RoundupEntriesNamedReviewsAreTheArticle) {
  auto entry = [](const std::string& name, const std::string& head) {
    return "<div class=\"profile reviews\" id=p-" + name + ">" + head +
           "<p>Crews from " + name + " arrived on time, wrapped every piece of furniture with care and "
           "finished the whole apartment in under five hours, which customers mention again and again "
           "in what they write about the company and its fair, clearly stated hourly rates.</p></div>";
  };
  auto page = [&](bool linked) {
    std::string body = "<p>We compared the local moving companies that serve the city on price, "
                       "punctuality and care.</p>";
    for (const char* n : {"Alpha", "Bravo", "Charlie", "Delta"})
      body += entry(n, linked ? std::string("<a href=/movers/") + n + "><h2>" + n + " Movers</h2></a>" : "");
    return "<html><head><title>Best movers in town</title><meta property=og:type content=article></head>"
           "<body><article><h1>Best movers in town</h1>" + body + "</article></body></html>";
  };
  auto r = Extract(page(true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Crews from Delta"), std::string::npos) << r->text;
  r = Extract(page(false));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Crews from Delta"), std::string::npos) << r->text;
}

// Documentation's sections carry ids made from their headings, and the
// heading links to its section (a permalink, "¶"): "#cookies" there is
// the section on cookies, not a cookie banner. Without the permalink the
// id still names a role.
TEST(Extract, SectionIdWithHeadingPermalinkIsNoRole) {
  auto page = [](bool permalink) {
    auto section = [&](const std::string& id, const std::string& title, const std::string& prose) {
      return "<section id=\"" + id + "\"><h2>" + title +
             (permalink ? "<a class=headerlink href=\"#" + id + "\">&para;</a>" : std::string()) + "</h2><p>" +
             prose + "</p></section>";
    };
    return "<html><head><title>Handling requests</title></head><body><main><h1>Handling requests</h1>" +
           section("the-request-object", "The request object",
                   "The request object holds the data the client sent: the form fields, the query string, the "
                   "uploaded files and the headers, each read through an attribute of the object.") +
           section("cookies", "Cookies",
                   "To read cookies use the cookies attribute of the request, a dictionary of every cookie the "
                   "client sent; to set them, call set_cookie on the response before returning it.") +
           section("file-uploads", "File uploads",
                   "Uploaded files arrive in the files attribute; each one can be saved to the server's disk "
                   "with its save method, after checking that its name is safe to use.") +
           "</main></body></html>";
  };
  auto r = Extract(page(true));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("call set_cookie on the response"), std::string::npos) << r->text;
  r = Extract(page(false));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("call set_cookie on the response"), std::string::npos) << r->text;
}

// cms12: page shapes from hand-written CMS pages.

TEST(Vocabulary, SlideCounterLines) {
  EXPECT_TRUE(IsSlideCounterLine("1 / 14"));
  EXPECT_TRUE(IsSlideCounterLine("3/8"));
  EXPECT_FALSE(IsSlideCounterLine("24/7"));
  EXPECT_FALSE(IsSlideCounterLine("1 / 14 photos of the harbour"));
  EXPECT_FALSE(IsSlideCounterLine("0 / 5"));
  EXPECT_FALSE(IsSlideCounterLine("1/1"));
}

TEST(Vocabulary, BadgeClasses) {
  EXPECT_TRUE(IsBadgeClass("badge px-1 text-truncate"));
  EXPECT_TRUE(IsBadgeClass("badge-wrapper bullet"));
  EXPECT_TRUE(IsBadgeClass("topic-category-badge"));
  EXPECT_FALSE(IsBadgeClass("badger-sett"));
  EXPECT_FALSE(IsBadgeClass("post-body"));
}

TEST(Vocabulary, JobAndPropertyStripHeadings) {
  EXPECT_TRUE(IsListingFurnitureHeading("Other open roles"));
  EXPECT_TRUE(IsListingFurnitureHeading("Similar properties"));
  EXPECT_TRUE(IsListingFurnitureHeading("Similar jobs"));
  EXPECT_FALSE(IsListingFurnitureHeading("Similar roles in other teams pay more"));
}

// A listing's photo gallery shows its position ("1 / 14") beside the
// photos: a control's line, not the listing's words. In a table's cell the
// same shape is data.
TEST(Extract, GallerySlideCounterDropped) {
  const char* html =
      "<html><head><title>Flat to let</title></head><body><main><h1>Two bedroom flat to let</h1>"
      "<div class=\"listing-photos\"><img src=\"/a.jpg\" alt=\"Lounge\"><span class=\"pos\">1 / 14</span></div>"
      "<p>A bright second-floor flat overlooking the park, with a new kitchen, two double bedrooms and a"
      " bathroom with a shower over the bath. Bills are not included in the rent.</p>"
      "<p>Available from the first of May to professional tenants; no pets, please.</p>"
      "<table><tr><th>Room</th><th>Windows</th></tr><tr><td>Lounge</td><td>2 / 3</td></tr></table>"
      "</main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("A bright second-floor flat"), std::string::npos) << t;
  EXPECT_EQ(t.find("1 / 14"), std::string::npos) << t;
  EXPECT_NE(t.find("2 / 3"), std::string::npos) << t;
}

// An event page's buttons that copy it into a calendar app are controls.
TEST(Extract, AddToCalendarLinksDropped) {
  const char* html =
      "<html><head><title>Plant swap</title></head><body><main><h1>Spring plant swap</h1>"
      "<p>Bring cuttings, seedlings and spare pots to the library garden and swap them with your"
      " neighbours. Tea and cake are on the house and children are very welcome.</p>"
      "<p>Anything left over at the end goes to the school garden.</p>"
      "<div class=\"event-links\"><a href=\"#g\">+ Google Calendar</a><a href=\"#i\">+ Add to iCalendar</a></div>"
      "</main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("school garden"), std::string::npos) << t;
  EXPECT_EQ(t.find("Calendar"), std::string::npos) << t;
}

// A job advert's strip of the employer's other adverts under a heading
// ("Other open roles") is no part of the advert.
TEST(Extract, OtherOpenRolesStripDropped) {
  const char* html =
      "<html><head><title>Baker</title></head><body><main><h1>Early shift baker</h1>"
      "<p>We are looking for a baker to run our early shift, from four until noon, five days a week. You"
      " will make our bread, rolls and morning pastries and train two apprentices.</p>"
      "<p>We pay above the industry rate and close for two weeks every August.</p>"
      "<section><h2>Other open roles</h2><ul><li><a href=\"/j/1\">Shop assistant</a> Leeds</li>"
      "<li><a href=\"/j/2\">Delivery driver</a> York</li></ul></section></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("every August"), std::string::npos) << t;
  EXPECT_EQ(t.find("Delivery driver"), std::string::npos) << t;
  EXPECT_EQ(t.find("Other open roles"), std::string::npos) << t;
}

TEST(Vocabulary, SiteFeedHeadings) {
  EXPECT_TRUE(IsSiteFeedHeading("Featured insights"));
  EXPECT_TRUE(IsSiteFeedHeading("From the blog"));
  EXPECT_TRUE(IsSiteFeedHeading("News & insights:"));
  EXPECT_FALSE(IsSiteFeedHeading("Insights from the blog helped us grow"));
  EXPECT_FALSE(IsSiteFeedHeading("Latest news"));
}

// A service's page ends on a strip of the firm's own posts, each a card
// linked whole under "Featured insights": other pages, not the service.
TEST(Extract, ServiceSiteFeedStripDropped) {
  const char* html =
      "<html><head><title>Payroll services</title></head><body><main><h1>Payroll services</h1>"
      "<section><p>We run payroll for small firms: every pay run, every payslip and every filing with the"
      " tax office, checked by a named accountant who answers the phone.</p>"
      "<p>Plans start with ten employees and grow with you; switching from another provider takes a week.</p>"
      "</section><section><h2>How it works</h2><p>Send us your hours by the twentieth and we do the rest,"
      " from the payslips to the pension contributions.</p></section>"
      "<section><div><h2>Featured insights</h2></div><div class=\"cards\">"
      "<a href=\"/i/1\"><h3>Five payroll mistakes</h3><p>The errors we fix most often in new clients' books.</p></a>"
      "<a href=\"/i/2\"><h3>Pension rules this year</h3><p>What the new thresholds mean for employers.</p></a>"
      "<a href=\"/i/3\"><h3>Holiday pay explained</h3><p>How to work out holiday pay for irregular hours.</p></a>"
      "</div></section></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("answers the phone"), std::string::npos) << t;
  EXPECT_NE(t.find("pension contributions"), std::string::npos) << t;
  EXPECT_EQ(t.find("Holiday pay explained"), std::string::npos) << t;
  EXPECT_EQ(t.find("Featured insights"), std::string::npos) << t;
}

// A docs page's section under "From the blog" that is a paragraph, not a
// strip of linked cards, is the page's text.
TEST(Extract, SiteFeedHeadingOverProseKeepsIt) {
  const char* html =
      "<html><head><title>Getting started</title></head><body><nav><a href=\"/docs\">Docs</a></nav>"
      "<main><h1>Getting started</h1><p>Install the tool with your package manager, then run init in an"
      " empty folder to create a project with a sample configuration file.</p>"
      "<h2>From the blog</h2><p>Our blog has a longer walkthrough of this setup. The rest of this page covers"
      " the configuration file: each key and its default value.</p>"
      "<h2>Configuration</h2><p>The configuration file is written in TOML; the source key names the folder"
      " with your pages, the output key where the site is written.</p></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("each key and its default value"), std::string::npos) << t;
  EXPECT_NE(t.find("written in TOML"), std::string::npos) << t;
}

// An article's box of prose named for pay-later plans (a worked example of
// one) is the story's section: the pay-later words name a price note.
TEST(Extract, PayLaterNamedSectionOfArticleKept) {
  for (const char* cls : {"installment-example", "klarna-explainer"}) {
    const std::string html =
        std::string("<html><head><title>How pay-later plans work</title></head><body><main><article>"
                    "<h1>How pay-later plans work</h1><p>Pay-later plans split a purchase into four equal payments"
                    " over six weeks; the first is due at checkout and the rest come out of your card.</p><div class=\"") +
        cls +
        "\"><h2>A worked example</h2><p>Say you buy a 200 dollar jacket. You pay 50 dollars today, then 50"
        " dollars on each of the next three paydays. A failed payment costs a late fee of up to 8 dollars.</p>"
        "</div><p>Regulators have started to treat these plans more like credit cards, with clearer"
        " disclosures.</p></article></main></body></html>";
    Result<Article> r = Extract(html);
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r.value().text.find("next three paydays"), std::string::npos) << cls << ": " << r.value().text;
  }
}

// A blog's front page whose one list sits under "From the blog" keeps its
// cards: the heading leaves no body, and the list fallback rebuilds it.
TEST(Extract, SiteFeedHeadingOverThePagesOwnListKeepsIt) {
  std::string cards;
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    cards += "<a href=\"/p/" + n + "\"><h3>Balcony tomatoes, part " + n + "</h3><p>Growing tomatoes in pots, week " +
             n + " of the season.</p></a>";
  }
  const std::string html = "<html><head><title>Blog</title></head><body><nav><a href=\"/\">Home</a></nav><main>"
                           "<section><h2>From the blog</h2><div class=\"grid\">" + cards +
                           "</div></section></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r.value().text.find("Balcony tomatoes, part 8"), std::string::npos) << r.value().text;
}

// A paged thread's link to its next page stands alone after the last post,
// in the block that holds the posts.
TEST(Extract, LoneNextPageLinkDropped) {
  const char* html =
      "<html><head><title>Damp in the loft</title><meta name=\"generator\" content=\"Flarum\"></head><body>"
      "<div class=\"container\"><h1>Damp in the loft</h1>"
      "<article><div class=\"PostUser\"><h3>attic_al</h3></div><div class=\"Post-body\"><p>Our loft has"
      " black spots on the underside of the roof felt every winter. Is that condensation from the house"
      " below, and what would stop it?</p></div></article><hr>"
      "<article><div class=\"PostUser\"><h3>roofer_ray</h3></div><div class=\"Post-body\"><p>Almost"
      " certainly condensation. Seal the loft hatch and any downlights, and check the eaves vents are not"
      " blocked by insulation.</p></div></article><hr>"
      "<a href=\"?page=2\">Next Page &raquo;</a></div></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("blocked by insulation"), std::string::npos) << t;
  EXPECT_EQ(t.find("Next Page"), std::string::npos) << t;
}

// On a thread, the category chip beside the title is the forum's filing.
TEST(Extract, ThreadCategoryBadgeDropped) {
  const char* html =
      "<html><head><title>Kiln element keeps failing</title><meta name=\"generator\" content=\"NodeBB\">"
      "</head><body><main><h1>Kiln element keeps failing</h1>"
      "<div class=\"topic-info\"><a href=\"/category/3/kilns\" class=\"badge border\">Kilns</a></div>"
      "<ul class=\"posts\"><li class=\"post\"><p>My kiln's element has burned out twice this year, both"
      " times during a glaze firing to cone six. The relay clicks normally and the wiring looks fine.</p></li>"
      "<li class=\"post\"><p>Check the element's resistance against the maker's figure; an old element"
      " runs hotter and fails sooner at high cones.</p></li></ul></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("burned out twice"), std::string::npos) << t;
  EXPECT_EQ(t.find("Kilns"), std::string::npos) << t;
}

TEST(Vocabulary, VersionNumberLeads) {
  EXPECT_TRUE(OpensOnVersionNumber("2.4.0 2024-06-03"));
  EXPECT_TRUE(OpensOnVersionNumber("v1.12 March 2024"));
  EXPECT_FALSE(OpensOnVersionNumber("21.08.2024 Stadtrat"));
  EXPECT_FALSE(OpensOnVersionNumber("2024-06-03"));
  EXPECT_FALSE(OpensOnVersionNumber("3 June 2024"));
}

// A changelog heads each release with its version and its day: the heading
// is no date stamp.
TEST(Extract, ReleaseHeadingWithDayStays) {
  const char* html =
      "<html><head><title>Changelog</title></head><body><main><h1>Changelog</h1>"
      "<section><h2>3.1.0 <span class=\"release-date\">2024-05-02</span></h2><ul><li>Exports can now be"
      " written as CSV as well as JSON.</li><li>The importer skips blank rows instead of stopping.</li></ul></section>"
      "<section><h2>3.0.2 <span class=\"release-date\">2024-04-11</span></h2><ul><li>Fixed a crash when a"
      " file name held a colon on Windows.</li></ul></section></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("3.1.0"), std::string::npos) << t;
  EXPECT_NE(t.find("3.0.2"), std::string::npos) << t;
  EXPECT_NE(t.find("blank rows"), std::string::npos) << t;
}

TEST(Vocabulary, ShopStripHeadingsInOtherLanguages) {
  EXPECT_TRUE(IsFurnitureHeading("Tambi\xC3\xA9n podr\xC3\xAD" "a interesarle"));
  EXPECT_TRUE(IsFurnitureHeading("Vous aimerez aussi"));
  EXPECT_TRUE(IsFurnitureHeading("\xC3\x84hnliche Produkte"));
  EXPECT_TRUE(IsListingFurnitureHeading("\xC3\x84hnliche Jobs"));
}

TEST(Vocabulary, CodePanelButtonLines) {
  EXPECT_TRUE(IsBoilerplateLine("Enter fullscreen mode"));
  EXPECT_TRUE(IsBoilerplateLine("Exit fullscreen mode"));
  EXPECT_FALSE(IsBoilerplateLine("Enter fullscreen mode with F11 and the game runs faster"));
}

// PrestaShop's strip of other products under one ("product-accessories")
// is the shop's, not the product's.
TEST(Extract, ProductAccessoriesStripDropped) {
  const char* html =
      "<html><head><title>Honey 1 kg</title><meta property=\"og:type\" content=\"product\"></head><body>"
      "<main><h1>Heather honey 1 kg</h1><div class=\"product-description\"><p>Our heather honey is pressed"
      " from the comb in late September, thick and jelly-like, with a smoky, slightly bitter finish.</p>"
      "<p>Keep it at room temperature; it sets within a few weeks.</p></div>"
      "<section class=\"product-accessories\"><p class=\"h5\">Otros productos</p><div class=\"products\">"
      "<article><h3><a href=\"/p/2\">Clover honey 1 kg</a></h3><span class=\"price\">9,90 \xE2\x82\xAC</span></article>"
      "<article><h3><a href=\"/p/3\">Beeswax candles</a></h3><span class=\"price\">6,50 \xE2\x82\xAC</span></article>"
      "</div></section></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("smoky, slightly bitter"), std::string::npos) << t;
  EXPECT_EQ(t.find("Clover honey"), std::string::npos) << t;
}

// A byline's name runs on into the date through the language's joining
// word ("par ... le", "von ... am", "Door ... op", "Posted by ... at"):
// the word is no part of the name.
TEST(Extract, BylineDateConnectorIsNoPartOfTheName) {
  const std::string para =
      "<p>Les rosiers anciens demandent peu de soins, mais une taille douce en fin d'hiver les aide a fleurir "
      "tout l'ete sans faiblir ni tomber malades.</p>";
  struct Case {
    const char* lang;
    const char* line;
    const char* name;
  } cases[] = {
      {"fr", "par <a href='/auteur/lucie'>Lucie Marchal</a> le 3 mars 2024", "Lucie Marchal"},
      {"de", "Von <a href='/autor/eva'>Eva Lindqvist</a> am 3. M\xC3\xA4rz 2024", "Eva Lindqvist"},
      {"es", "Por Marta Olivares el 3 de marzo de 2024", "Marta Olivares"},
      {"it", "Di <a href='/autore/g'>Giulia Ferri</a> il 3 marzo 2024", "Giulia Ferri"},
      {"nl", "Door <a href='/auteur/j'>Joost Verbeek</a> op 3 maart 2024", "Joost Verbeek"},
      {"pt", "Por <a href='/autor/r'>Rita Moura</a> em 3 de mar\xC3\xA7o de 2024", "Rita Moura"},
      {"en", "Posted by Ann Whitcombe at 10:15 AM", "Ann Whitcombe"},
  };
  for (const Case& k : cases) {
    auto r = Extract(std::string("<html lang=") + k.lang + "><head><title>Rosiers</title></head><body><article>"
                     "<h1>Rosiers</h1><div class=meta>" + k.line + "</div>" + para + para + para +
                     "</article></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->authors, std::vector<std::string>{k.name}) << k.line;
  }
}

// A CMS's byline cues: Drupal's "Submitted by", a blog's "Published by"
// and its translations (on a line that goes on into the date), French's
// spaced colon ("Auteur :"), the label's female forms ("Autorin:").
TEST(Extract, CmsAndTranslatedBylineCues) {
  const std::string para =
      "<p>Pruning old roses is easy work: cut the dead wood, open the middle to the air and feed the plant in "
      "spring so it flowers all summer.</p>";
  const char* lines[] = {
      "Submitted by <span class=username>Ann Whitcombe</span> on Tue, 03/05/2024 - 10:00",
      "Published by Ann Whitcombe on 3 May 2024",
      "Publicado por Ann Whitcombe en 10:15",
      "Pubblicato da Ann Whitcombe il 3 maggio 2024",
      "Publi\xC3\xA9 par Ann Whitcombe le 3 mai 2024",
      "Auteur : Ann Whitcombe",
      "Autorin: Ann Whitcombe",
      "\xC3\x89" "crit par Ann Whitcombe",
  };
  for (const char* line : lines) {
    auto r = Extract(std::string("<html><head><title>Roses</title></head><body><article><h1>Roses</h1><p>") + line +
                     "</p>" + para + para + para + "</article></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Whitcombe"}) << line;
  }
}

// A Q&A page's JSON-LD gives the asker under its main entity, the
// Question; an answer's author is a replier.
TEST(Extract, QaPageAuthorIsTheQuestions) {
  auto r = Extract(std::string(
      "<html><head><title>Why do roses wilt?</title><script type='application/ld+json'>{\"@context\":"
      "\"https://schema.org\",\"@type\":\"QAPage\",\"mainEntity\":{\"@type\":\"Question\",\"name\":\"Why do roses "
      "wilt?\",\"author\":{\"@type\":\"Person\",\"name\":\"Ann Whitcombe\"},\"acceptedAnswer\":{\"@type\":\"Answer\","
      "\"text\":\"Water.\",\"author\":{\"@type\":\"Person\",\"name\":\"Rob Tallis\"}}}}</script></head><body><main>"
      "<h1>Why do roses wilt?</h1><p>My roses wilt every afternoon in July even though the soil feels damp to the "
      "touch. What am I doing wrong here?</p></main></body></html>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Whitcombe"});
}

// A name with its mail address gives the name, in the mail header's form
// (a docs page's field list "Author: Jane Doe <jane at example dot com>")
// and in "address (Name)"; a bare address only where a JSON-LD Person's
// name is one.
TEST(Extract, AuthorWithMailAddress) {
  const std::string para =
      "<p>This guide shows how to set up the logger, pick a level for each module and send the records to a file "
      "or to the console as you need.</p>";
  auto field = Extract("<html><head><title>Logging guide</title></head><body><div role=main><section><h1>Logging "
                       "guide</h1><dl class='field-list'><dt>Author<span class=colon>:</span></dt><dd><p>Ann Whitcombe "
                       "&lt;ann at example dot org&gt;</p></dd></dl>" + para + para + "</section></div></body></html>");
  ASSERT_TRUE(field.ok());
  EXPECT_EQ(field->authors, std::vector<std::string>{"Ann Whitcombe"});
  auto header = Extract("<html><head><title>Logging guide</title><meta name=author content='Ann Whitcombe "
                        "&lt;ann@example.org&gt;'></head><body><article><h1>Logging guide</h1>" + para + para +
                        "</article></body></html>");
  ASSERT_TRUE(header.ok());
  EXPECT_EQ(header->authors, std::vector<std::string>{"Ann Whitcombe"});
  auto rss = Extract("<html><head><title>Logging guide</title><meta name=author content='ann@example.org (Ann "
                     "Whitcombe)'></head><body><article><h1>Logging guide</h1>" + para + para +
                     "</article></body></html>");
  ASSERT_TRUE(rss.ok());
  EXPECT_EQ(rss->authors, std::vector<std::string>{"Ann Whitcombe"});
  auto account = Extract("<html><head><title>Logging guide</title><script type='application/ld+json'>{\"@type\":"
                         "\"BlogPosting\",\"headline\":\"Logging guide\",\"author\":{\"@type\":\"Person\",\"name\":"
                         "\"ann.w@example.org\"}}</script></head><body><article><h1>Logging guide</h1>" + para + para +
                         "</article></body></html>");
  ASSERT_TRUE(account.ok());
  EXPECT_EQ(account->authors, std::vector<std::string>{"ann.w@example.org"});
  // A visible line's address is no name.
  auto line = Extract("<html><head><title>Logging guide</title></head><body><article><h1>Logging guide</h1><p>By "
                      "ann.w@example.org</p>" + para + para + "</article></body></html>");
  ASSERT_TRUE(line.ok());
  EXPECT_TRUE(line->authors.empty()) << line->authors[0];
}

// Dublin Core's creator tags may read "Last, First" (one word before the
// comma), as citation_author does; RDFa spells them dc:creator; Highwire's
// citation_authors lists them all, a semicolon apart.
TEST(Extract, DublinCoreAndHighwireAuthorLists) {
  const std::string body = "<body><article><h1>A paper</h1><p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto dc = Extract("<html><head><title>A paper</title><meta name='DC.Creator' content='Whitcombe, Ann'>"
                    "<meta name='DC.Creator' content='Jong, Michiel de'></head>" + body);
  ASSERT_TRUE(dc.ok());
  EXPECT_EQ(dc->authors, (std::vector<std::string>{"Ann Whitcombe", "Michiel de Jong"}));
  auto two = Extract("<html><head><title>A paper</title><meta name='DC.creator' content='Ann Whitcombe, Rob Tallis'>"
                     "</head>" + body);
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->authors, (std::vector<std::string>{"Ann Whitcombe", "Rob Tallis"}));
  auto rdfa = Extract("<html><head><title>A paper</title><meta property='dc:creator' content='Ann Whitcombe'></head>" +
                      body);
  ASSERT_TRUE(rdfa.ok());
  EXPECT_EQ(rdfa->authors, std::vector<std::string>{"Ann Whitcombe"});
  auto hw = Extract("<html><head><title>A paper</title><meta name='citation_authors' content='Whitcombe, Ann; "
                    "Tallis, Rob'></head>" + body);
  ASSERT_TRUE(hw.ok());
  EXPECT_EQ(hw->authors, (std::vector<std::string>{"Ann Whitcombe", "Rob Tallis"}));
}

// A creator tag naming a public body whose name joins two fields with
// "and" gives that body, whole: not "Research" as a person split off it.
// A list of people joined by "and" still splits.
TEST(Extract, InstitutionCreatorIsNotSplitOnAnd) {
  const std::string body = "<body><article><h1>Drug labels</h1><p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract("<html><head><title>Drug labels</title><meta name='dcterms.creator' "
                   "content='Office for Water Quality and Research'></head>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Office for Water Quality and Research"});
  EXPECT_EQ(SplitAuthors("Department of Soil & Crop Sciences"),
            std::vector<std::string>{"Department of Soil & Crop Sciences"});
  EXPECT_EQ(SplitAuthors("Ann Whitcombe and Rob Tallis"), (std::vector<std::string>{"Ann Whitcombe", "Rob Tallis"}));
}

// A paper whose Dublin Core creator tag names its first author only, and
// whose scholarly tags list them all (Highwire's citation_authors, one tag
// each): the list names the writers.
TEST(Extract, ScholarlyAuthorListBeatsALoneDublinCoreCreator) {
  const std::string body = "<body><article><h1>A paper</h1><p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract("<html><head><title>A paper</title><meta name='DC.Creator' content='Ann Whitcombe'>"
                   "<meta name='citation_authors' content='Ann Whitcombe'><meta name='citation_authors' "
                   "content='Rob Tallis'><meta name='citation_authors' content='Mia Lindqvist'></head>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, (std::vector<std::string>{"Ann Whitcombe", "Rob Tallis", "Mia Lindqvist"}));
}

// A paper whose scholarly tag names an organisation and whose Dublin Core
// creator names a person: the person is the author (authors are people); an
// organisation alone in the tag is still reported as given.
TEST(Extract, OrganisationInCitationAuthorGivesWayToDublinCorePerson) {
  const std::string body = "<body><article><h1>A paper</h1><p>" + std::string(400, 'x') + " text.</p></article></body></html>";
  auto r = Extract("<html><head><title>A paper</title><meta name='DC.creator' content='Jane Doe'>"
                   "<meta name='citation_author' content='World Health Organization'></head>" + body);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Jane Doe"});
  auto mixed = Extract("<html><head><title>A paper</title><meta name='DC.creator' content='Jane Doe'>"
                       "<meta name='citation_author' content='World Health Organization'>"
                       "<meta name='citation_author' content='Tallis, Rob'></head>" + body);
  ASSERT_TRUE(mixed.ok());
  EXPECT_EQ(mixed->authors, (std::vector<std::string>{"World Health Organization", "Rob Tallis"}));
}

// A guide that names no writer but credits a reviewer under its headline
// ("Reviewed by Ann Roe", in a plain line or a byline box): the reviewer is
// the one person named for the text. A writer's byline beats the reviewer;
// an editor's or a photographer's credit names no one.
TEST(Extract, ReviewerByTheHeadlineWhenNoWriterIsNamed) {
  const std::string para =
      "<p>Pruning old roses is easy work: cut the dead wood, open the middle to the air and feed the plant in "
      "spring so it flowers all summer long.</p>";
  auto page = [&](const std::string& credit) {
    return Extract("<html><head><title>Care of roses</title></head><body><article><h1>Care of roses</h1>" + credit +
                   para + para + para + "</article></body></html>");
  };
  auto plain = page("<div><p>Rose Growers Ltd</p><p>Reviewed by <a href='/reviewer/ann-roe/'>Ann Roe</a></p></div>");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->authors, std::vector<std::string>{"Ann Roe"});
  auto boxed = page("<div class='authored-by'>Reviewed by Ann Roe, Garden Consultant at Rose Growers, on May 3, "
                    "2024.</div>");
  ASSERT_TRUE(boxed.ok());
  EXPECT_EQ(boxed->authors, std::vector<std::string>{"Ann Roe"});
  auto writer = page("<p>Reviewed by Ann Roe</p><p>By Jane Doe</p>");
  ASSERT_TRUE(writer.ok());
  EXPECT_EQ(writer->authors, std::vector<std::string>{"Jane Doe"});
  auto editor = page("<p>Edited by Ann Roe</p>");
  ASSERT_TRUE(editor.ok());
  EXPECT_TRUE(editor->authors.empty()) << editor->authors[0];
  // A team or a count of readers after "Reviewed by" is no person.
  for (const char* credit : {"<p>Reviewed by our test kitchen team</p><p>May 2, 2024</p>",
                             "<p>Reviewed by 1,240 readers</p><p>May 2, 2024</p>"}) {
    auto none = page(credit);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->authors.empty()) << credit << ": " << none->authors[0];
  }
}

// A byline after a long story that links its writers one by one, each with
// a role after the name ("Written by Ann Roe, 4+ years covering kitchen
// gear / Rob Tallis, senior editor"): both are the writers, where the first
// role would end the list; one linked writer with a role stays one.
TEST(Extract, WritersLinkedOneByOneWithRoles) {
  std::string body;
  for (int i = 0; i < 150; ++i)
    body += "<p>Boil the water in a clean kettle and pour it over the leaves, then wait three minutes before you "
            "drink it.</p>";
  auto page = [&](const std::string& writers) {
    return Extract("<html lang=en><head><title>Kettles</title></head><body><article><h1>Kettles</h1>" + body +
                   "<div class='article-byline'><div class='article-byline__written-by'><strong>Written by</strong>"
                   "<br>" + writers + "</div><p class='article-byline__dates'>Updated March 13, 2024</p></div>"
                   "</article></body></html>");
  };
  auto two = page("<strong><a href='/authors/ann-roe'>Ann Roe</a></strong>, 4+ years covering kitchen gear<br>"
                  "<strong><a href='/authors/rob-tallis'>Rob Tallis</a></strong>, senior editor and tea fan.");
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->authors, (std::vector<std::string>{"Ann Roe", "Rob Tallis"}));
  auto one = page("<strong><a href='/authors/ann-roe'>Ann Roe</a></strong>, 4+ years covering <a "
                  "href='/topics/kettles'>Kettles</a>");
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->authors, std::vector<std::string>{"Ann Roe"});
}

// A byline that links its writer and then someone else the text credits or
// mentions (a reviewer, an editor, a fact-checker, a person interviewed):
// only the writer is named; two writers an "and" or a slash parts are both.
TEST(Extract, LinkedWritersStopAtAnotherCredit) {
  std::string body;
  for (int i = 0; i < 150; ++i)
    body += "<p>Boil the water in a clean kettle and pour it over the leaves, then wait three minutes before you "
            "drink it.</p>";
  auto page = [&](const std::string& writers) {
    return Extract("<html lang=en><head><title>Kettles</title></head><body><article><h1>Kettles</h1>" + body +
                   "<div class='article-byline'><div class='article-byline__written-by'><strong>Written by</strong>"
                   "<br>" + writers + "</div><p class='article-byline__dates'>Updated March 13, 2024</p></div>"
                   "</article></body></html>");
  };
  const std::string ann = "<strong><a href='/authors/ann-roe'>Ann Roe</a></strong>";
  for (const std::string& rest :
       {std::string(", 4+ years covering kitchen gear<br>Reviewed by <strong><a href='/authors/rob-tallis'>Rob "
                    "Tallis</a></strong>, senior editor and tea fan."),
        std::string(", 4+ years covering kitchen gear. Edited by <a href='/authors/rob-tallis'>Rob Tallis</a>"),
        std::string(", staff writer<br>Fact-checked by <a href='/authors/rob-tallis'>Rob Tallis</a>, research desk"),
        std::string(", who interviewed <a href='/authors/rob-tallis'>Rob Tallis</a> for this piece"),
        std::string(", who interviewed <strong><a href='/authors/rob-tallis'>Rob Tallis</a></strong>")}) {
    auto r = page(ann + rest);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Roe"}) << rest;
  }
  for (const std::string& rest : {std::string(" and <a href='/authors/rob-tallis'>Rob Tallis</a>"),
                                  std::string(", staff writer / <a href='/authors/rob-tallis'>Rob Tallis</a>")}) {
    auto r = page(ann + rest);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->authors, (std::vector<std::string>{"Ann Roe", "Rob Tallis"})) << rest;
  }
}

// An author box whose bio opens on the writer's name in bold names the
// writer; a footer's bold site name before "is a" does not.
TEST(Extract, AuthorBioOpeningOnABoldName) {
  const std::string para =
      "<p>Pruning old roses is easy work: cut the dead wood, open the middle to the air and feed the plant in "
      "spring so it flowers all summer.</p>";
  auto r = Extract("<html><head><title>Roses</title></head><body><article><h1>Roses</h1>" + para + para + para +
                   "<div class='author-bio'><p><strong>Ann Whitcombe</strong> is a garden writer based in Leeds.</p>"
                   "</div></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Whitcombe"});
  auto footer = Extract("<html><head><title>Roses</title></head><body><article><h1>Roses</h1>" + para + para + para +
                        "</article><div class='footer-meta'><div class=copyright><p><b>Rose Guides</b> is a "
                        "non-profit site about roses.</p></div></div></body></html>");
  ASSERT_TRUE(footer.ok());
  EXPECT_TRUE(footer->authors.empty()) << footer->authors[0];
}

// fixbody9: the reviewer's shapes that the cms12 rules had caught.

// A badge-styled link inside a reply's sentence is the post's words; only
// a chip standing alone is the forum's filing.
TEST(Extract, ThreadBadgeInSentenceKept) {
  const char* html =
      "<html><head><title>Printer stops mid-job</title><meta name=\"generator\" content=\"NodeBB\">"
      "</head><body><main><h1>Printer stops mid-job</h1>"
      "<div class=\"topic-info\"><a href=\"/category/2/printers\" class=\"badge\">Printers</a></div>"
      "<ul class=\"posts\"><li class=\"post\"><p>My printer stops halfway through long jobs and shows no"
      " error at all. The queue still lists the job as printing until I cancel it.</p></li>"
      "<li class=\"post\"><p>That is a driver fault, fixed in <a class=\"badge\" href=\"/rel/3.1\">driver 3.1</a>"
      " and later, so updating the driver should cure it.</p></li></ul></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("fixed in driver 3.1 and later"), std::string::npos) << t;
  EXPECT_EQ(t.find("Printers"), std::string::npos) << t;
}

// A product description's first sentence opening like a shop strip's
// heading ("Complete the look...") does not end the description.
TEST(Extract, ProductDescriptionOpeningOnStripWordsKept) {
  const char* html =
      "<html><head><title>Linen shirt</title><script type=\"application/ld+json\">{\"@context\":"
      "\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Linen shirt\",\"offers\":{\"@type\":\"Offer\","
      "\"price\":\"59.00\",\"priceCurrency\":\"EUR\"}}</script></head><body><main><div class=\"product\">"
      "<h1>Linen shirt</h1><p class=\"price\">&euro;59.00</p><button>Add to cart</button>"
      "<div class=\"details\"><p>Complete the look with our belt.</p><p>Woven from washed linen grown in"
      " Normandy, this shirt softens with every wear and stays cool on the hottest afternoons of the"
      " summer.</p><p>Machine wash at thirty degrees; hang to dry.</p></div></div></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("washed linen grown in Normandy"), std::string::npos) << t;
}

// A blog's comments, each under its commenter's linked name, are no
// roundup's entries: the comment section stays out of the story.
TEST(Extract, BlogCommentsUnderLinkedNamesCut) {
  std::string comments;
  for (const char* name : {"Ann", "Bob", "Cat", "Dev"})
    comments += std::string("<div class=\"comment\"><h3><a href=\"https://") + name + ".example/\">" + name +
                "</a></h3><p>We had the very same trouble with our rota when the clinic moved to the new"
                " system, and the fix was to stop sharing one login between the front desk and the"
                " nurses, which took an afternoon of setting up accounts for everybody.</p></div>";
  const std::string html =
      "<html><head><title>Why we stopped sharing one login</title><meta property=\"og:type\" content=\"article\">"
      "</head><body><main><article class=\"post\"><h1>Why we stopped sharing one login</h1>"
      "<p>After a year of one shared login at the clinic we gave everyone an account. Here is why, and what"
      " we would do differently next time round.</p></article>"
      "<section id=\"comments\" class=\"comments\"><h2>4 Comments</h2>" + comments +
      "</section></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("gave everyone an account"), std::string::npos) << t;
  EXPECT_EQ(t.find("front desk"), std::string::npos) << t;
}

// A how-to's sections named after calendar apps are its headings, not an
// event's buttons; the buttons go, in Russian too.
TEST(Extract, CalendarWordsAsHeadingsKept) {
  const char* html =
      "<html><head><title>Moving your calendars</title><meta property=\"og:type\" content=\"article\">"
      "</head><body><main><article><h1>Moving your calendars</h1>"
      "<p>Moving a team's calendars between services is mostly a matter of exporting, importing and checking"
      " the recurring meetings, which are where every import goes wrong first.</p>"
      "<h2>Google Calendar</h2><p>Open the settings, choose import, and pick the exported file; events keep"
      " their identifiers, so a second import adds no copies.</p>"
      "<h2>Add to calendar</h2><p>The links that event pages show produce a small file your phone opens in"
      " its own calendar app.</p></article></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Google Calendar"), std::string::npos) << t;
  EXPECT_NE(t.find("Add to calendar"), std::string::npos) << t;
  EXPECT_TRUE(IsCalendarButtonLine("\xD0\x94\xD0\xBE\xD0\xB1\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB2"
                                   " \xD0\xBA\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB4\xD0\xB0\xD1\x80\xD1\x8C"));
  EXPECT_TRUE(IsCalendarButtonLine("+ Google Calendar"));
  EXPECT_FALSE(IsBoilerplateLine("Google Calendar"));
}

// On a news story "More jobs" heads a section of the story; on a job
// board it heads the strip of other adverts.
TEST(Extract, MoreJobsHeadingInNewsStoryKept) {
  const char* html =
      "<html><head><title>Factory hiring surges</title><meta property=\"og:type\" content=\"article\">"
      "</head><body><main><article><h1>Factory hiring surges</h1><p>Manufacturers added 41,000 jobs in"
      " April, the most in two years, as export orders recovered across the region's plants.</p>"
      "<h2>More jobs</h2><p>Carmakers led the gains with 12,000 new posts, followed by food processing and"
      " machinery; chemicals shed a few hundred.</p></article></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("Carmakers led the gains"), std::string::npos) << t;
  EXPECT_TRUE(IsListingFurnitureHeading("More jobs"));
  EXPECT_FALSE(IsFurnitureHeading("More jobs"));
}

// A review's score ("8/10") is no gallery's counter.
TEST(Extract, ReviewScoreLineKept) {
  const char* html =
      "<html><head><title>Tested: the Ridge 30 tent</title><meta property=\"og:type\" content=\"article\">"
      "</head><body><main><article><h1>Tested: the Ridge 30 tent</h1><p>We pitched the tent on twelve nights"
      " in wind and rain across the uplands, and it stayed dry inside every time, even with the door"
      " half open.</p><div class=\"verdict\"><h2>Verdict</h2><div class=\"score\">8/10</div><p>A roomy,"
      " stable tent; the pegs are the weak point.</p></div></article></main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  EXPECT_NE(t.find("8/10"), std::string::npos) << t;
}

// A card's hidden second link that repeats its headline stays hidden: the
// headline is printed once.
TEST(Extract, CardHeadlineCopyLinkStaysHidden) {
  std::string cards;
  for (const char* slug : {"river-levels-rise-after-a-week-of-heavy-rain-in-the-valley",
                           "new-ferry-timetable-adds-late-crossings-for-the-summer-season",
                           "library-extension-opens-with-a-reading-room-for-young-children"}) {
    std::string title = slug;
    for (char& c : title) c = c == '-' ? ' ' : c;
    cards += std::string("<div class=\"card\"><h2><a href=\"/n/") + slug + "\">" + title + "</a></h2><a href=\"/n/" +
             slug + "\" aria-hidden=\"true\" tabindex=\"-1\">" + title +
             "</a><p>A short summary of the story that runs to a line.</p></div>";
  }
  const std::string html = "<html><head><title>Local</title></head><body><main><h1>Local</h1>" + cards +
                           "</main></body></html>";
  Result<Article> r = Extract(html);
  ASSERT_TRUE(r.ok());
  const std::string& t = r.value().text;
  // (A headline of 60 bytes or more: a shorter hidden link stayed hidden.)
  const size_t first = t.find("new ferry timetable");
  ASSERT_NE(first, std::string::npos) << t;
  EXPECT_EQ(t.find("new ferry timetable", first + 1), std::string::npos) << t;
}

// A live blog's entry stamped with a clock time and a day is no release.
TEST(Vocabulary, ClockTimeIsNoVersion) {
  EXPECT_FALSE(OpensOnVersionNumber("21.45 12 March 2024"));
  EXPECT_TRUE(OpensOnVersionNumber("v2.1 12 March 2024"));
  EXPECT_TRUE(OpensOnVersionNumber("2.1.0 12 March 2024"));
}

// A publisher's cue alone names the publisher, not the writer: a book's
// page ("Published by Acme Press" over "by Ann Whitcombe"), a press page's
// line, a product page even with a date; a byline-classed element's or a
// dated line's does name the writer.
TEST(Extract, PublisherCueIsNoByline) {
  const std::string para =
      "<p>Pruning old roses is easy work: cut the dead wood, open the middle to the air and feed the plant in "
      "spring so it flowers all summer.</p>";
  auto book = Extract("<html><head><title>Rose Year</title></head><body><main><div class=product><h1>Rose Year</h1>"
                      "<p class=meta>Published by Harbour Lane Books</p><p>by Ann Whitcombe</p>" + para + para +
                      "<button>Add to basket</button></div></main></body></html>");
  ASSERT_TRUE(book.ok());
  EXPECT_EQ(book->authors, std::vector<std::string>{"Ann Whitcombe"});
  auto press = Extract("<html><head><title>Rose show</title></head><body><article><h1>Rose show</h1><p>Published "
                       "by Rob Tallis</p>" + para + para + "</article></body></html>");
  ASSERT_TRUE(press.ok());
  EXPECT_TRUE(press->authors.empty()) << press->authors[0];
  auto it = Extract("<html lang=it><head><title>Rose</title><meta property='og:type' content='product'></head><body>"
                    "<main><h1>Rose</h1><p>Pubblicato da Rob Tallis il 3 maggio 2024</p>" + para + para +
                    "</main></body></html>");
  ASSERT_TRUE(it.ok());
  EXPECT_TRUE(it->authors.empty()) << it->authors[0];
  auto classed = Extract("<html><head><title>Roses</title></head><body><article><h1>Roses</h1><div class=byline>"
                         "Published by Ann Whitcombe</div>" + para + para + "</article></body></html>");
  ASSERT_TRUE(classed.ok());
  EXPECT_EQ(classed->authors, std::vector<std::string>{"Ann Whitcombe"});
  auto both = Extract("<html><head><title>Roses</title></head><body><article><h1>Roses</h1><p>Published by Rob "
                      "Tallis on 3 May 2024</p><p>By Ann Whitcombe</p>" + para + para + "</article></body></html>");
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->authors, std::vector<std::string>{"Ann Whitcombe"});
  EXPECT_EQ(StripBylineCue("Published by Ann Whitcombe"), "Ann Whitcombe");
  EXPECT_EQ(StripBylineCue("Published by Ann Whitcombe", false, PublisherCue::kIfDated), "");
  EXPECT_EQ(StripBylineCue("Published by Ann Whitcombe at 10:15", true, PublisherCue::kIfDated),
            "Ann Whitcombe at 10:15");
  EXPECT_EQ(StripBylineCue("Published by Ann Whitcombe on 3 May 2024", true, PublisherCue::kNever), "");
  EXPECT_FALSE(IsBylineLabel("Published by"));
}

// Highwire's citation_authors with one "Last, First" author and no
// semicolon is one author, not two.
TEST(Extract, HighwireSingleAuthorIsOne) {
  auto r = Extract("<html><head><title>A paper</title><meta name='citation_authors' content='Whitcombe, Ann'>"
                   "</head><body><article><h1>A paper</h1><p>" + std::string(400, 'x') +
                   " text.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Whitcombe"});
}

// A bare mail address in a meta author tag is no name; nor is a role's
// mailbox as a JSON-LD Person's name.
TEST(Extract, MetaMailAddressIsNoAuthor) {
  const std::string body = "<body><article><h1>Logging guide</h1><p>" + std::string(400, 'x') +
                           " text.</p></article></body></html>";
  auto meta = Extract("<html><head><title>Logging guide</title><meta name=author content='desk@example.org'></head>" +
                      body);
  ASSERT_TRUE(meta.ok());
  EXPECT_TRUE(meta->authors.empty()) << meta->authors[0];
  auto role = Extract("<html><head><title>Logging guide</title><script type='application/ld+json'>{\"@type\":"
                      "\"BlogPosting\",\"author\":{\"@type\":\"Person\",\"name\":\"newsdesk@example.org\"}}</script>"
                      "</head>" + body);
  ASSERT_TRUE(role.ok());
  EXPECT_TRUE(role->authors.empty()) << role->authors[0];
}

// Angle brackets that hold no address ("Ann Whitcombe <Editor at Large>")
// are no mail header's form; a spelled address gives the name only.
TEST(Extract, AngleBracketsHoldingNoAddress) {
  EXPECT_EQ(SplitAuthors("Ann Whitcombe <ann at example dot org>"), std::vector<std::string>{"Ann Whitcombe"});
  EXPECT_EQ(SplitAuthors("Ann Whitcombe <ann@example.org>"), std::vector<std::string>{"Ann Whitcombe"});
  const std::vector<std::string> role = SplitAuthors("Ann Whitcombe <Editor at Large>");
  for (const std::string& n : role) EXPECT_EQ(n.find('<'), std::string::npos) << n;
}

// "Northwind, Inc." in Dublin Core's creator is a company and its legal
// form, not "Inc. Northwind".
TEST(Extract, DublinCoreCompanyIsNoLastFirst) {
  auto r = Extract("<html><head><title>A paper</title><meta name='DC.creator' content='Harbour Works, Ltd'>"
                   "</head><body><article><h1>A paper</h1><p>" + std::string(400, 'x') +
                   " text.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  for (const std::string& n : r->authors) EXPECT_NE(n, "Ltd Harbour Works");
  for (const std::string& n : r->authors) EXPECT_NE(n, "Ltd Harbour");
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A URL's date without leading zeros needs its year to open a path
// segment: "/best-roses-2024/1/2/" is a slug's year and a page number,
// also where it would move a structured stamp a day ("+url-day").
TEST(Extract, UrlDateWithoutZerosAfterASlugYear) {
  EXPECT_FALSE(DateFromUrl("https://ex.com/best-roses-2024/1/2/").valid());
  EXPECT_EQ(DateFromUrl("https://ex.com/2024/1/2/slug").ToIso(), "2024-01-02");
  ExtractOptions options;
  options.url = "https://ex.com/best-roses-2024/1/2/";
  auto r = Extract("<html><head><title>Best roses</title><meta property='article:published_time' "
                   "content='2024-01-03T02:00:00Z'></head><body><article><h1>Best roses</h1><p>" +
                       std::string(400, 'x') + " text.</p></article></body></html>",
                   options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-01-03");
}

// A newsletter's bio box that opens on a business's name in bold ("Harbour
// Lane Nurseries is a family firm") names no writer.
TEST(Extract, BoldBusinessNameOpeningBioIsNoWriter) {
  const std::string para =
      "<p>Pruning old roses is easy work: cut the dead wood, open the middle to the air and feed the plant in "
      "spring so it flowers all summer.</p>";
  for (const char* org : {"Harbour Lane Nurseries", "Harbour Lane Studio", "Harbour Lane Magazine"}) {
    auto r = Extract("<html><head><title>Roses</title></head><body><article><h1>Roses</h1>" + para + para + para +
                     "<div class='author-bio'><p><strong>" + org + "</strong> is a family firm based in Leeds.</p>"
                     "</div></article></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->authors.empty()) << org << ": " << r->authors[0];
  }
}

// Outside articles a box that a byline word names ("meta") and that holds
// a card's title, one of a list of such cards, is the card: its title and
// excerpt stay, its byline line still goes. A byline box with no title
// stays out.
TEST(Extract, BylineNamedCardOnListPageKeepsItsTitle) {
  std::string cards;
  for (const char* t : {"Tidal patterns along the northern estuary", "Mapping the salt marsh after the storm",
                        "Counting wading birds through the winter"}) {
    cards += std::string("<li><div class='meta'><h3>") + t +
             "</h3><p>A short note on the survey and what the volunteers found this season.</p>"
             "<div class='author'>By Jo Reed</div></div></li>";
  }
  auto r = Extract("<html><head><title>Field notes</title></head><body><main><h1>Field notes</h1>"
                   "<p>Our volunteers walk the shore every month and write up what they see for the archive.</p>"
                   "<div class='post-meta'>By the editors</div><ul class='notes'>" + cards +
                   "</ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Mapping the salt marsh after the storm"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("what the volunteers found"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Jo Reed"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("By the editors"), std::string::npos) << r->text;
}

// Every byline cue is found, also past the 64 the first-byte table holds.
TEST(Vocabulary, EveryBylineCueIsFound) {
  EXPECT_EQ(StripBylineCue("\xE6\x96\x87\xEF\xBC\x9A" "Ann"), "Ann");
  EXPECT_EQ(StripBylineCue("Kirjoittaja: Ann Whitcombe"), "Ann Whitcombe");
  EXPECT_EQ(StripBylineCue("Yazar: Ann Whitcombe"), "Ann Whitcombe");
  EXPECT_EQ(StripBylineCue("Forfatter: Ann Whitcombe", /*strong_only=*/true), "Ann Whitcombe");
}

// "Post time:" opens a stamp as a publication cue does (one list).
TEST(Vocabulary, PairedStampCuesArePublicationCues) {
  EXPECT_TRUE(StartsWithPublicationCue("Post time: 01-04-2024"));
  EXPECT_EQ(WithoutPairedStampCue("Publish Date: 2024-01-04"), "2024-01-04");
  EXPECT_TRUE(IsBylineTimeConnector("on"));
  EXPECT_TRUE(IsBylineTimeConnector("at"));
  EXPECT_FALSE(IsBylineTimeConnector("in"));
}

// The three-byte test before a byline's text is read says yes for every
// cue and label it stands for, in any case, and no for most prose.
TEST(Vocabulary, FirstThreeBytesOfBylineCues) {
  auto may = [](std::string_view s) { return MayStartBylineCue(s[0], s[1], s[2]); };
  for (std::string_view s : {"By Jane", "BY JANE", "by:", "Written by", "Posted by", "Author", "Autor:", "Von ",
                             "Par ", "Por ", "di ", "Door ", "Submitted by", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80:"})
    EXPECT_TRUE(may(s)) << s;
  // "By" alone is a label: any third byte may follow it ("By<a>...").
  EXPECT_TRUE(MayStartBylineCue('B', 'y', 'z'));
  EXPECT_FALSE(may("Policy")) << "Policy";
  EXPECT_FALSE(may("The")) << "The";
  EXPECT_TRUE(MayStartOtherCredit('R', 'e', 'v'));
  EXPECT_FALSE(MayStartOtherCredit('Q', 'x', 'z'));
}

// A <time> just above the headline in the story's header dates the story,
// not a sidebar's list of news before it that stamps each item.
TEST(Extract, StampAboveHeadlineBeatsSidebarTime) {
  const std::string html =
      "<html><head><title>Library plans debated</title></head><body><div class=wrap><aside><h3>Latest</h3><ul>"
      "<li><a href=/a>Ferry fares rise</a> <time datetime=2023-01-05>Jan 5, 2023</time></li>"
      "<li><a href=/b>Bridge closes</a> <time datetime=2023-01-04>Jan 4, 2023</time></li></ul></aside>"
      "<article><header><div class=meta><time datetime=2024-03-12>March 12, 2024</time></div>"
      "<h1>Library plans debated</h1></header><p>" + std::string(kEnglishProse) + "</p><p>" +
      std::string(kEnglishProse) + "</p></article></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-12");
}

// WordPress writes the publication and the update side by side; a theme
// may put the update first: the <time> classed "published" is the date.
TEST(Extract, PublishedClassedTimeBeatsUpdatedOne) {
  auto page = [](std::string_view times) {
    return "<html><head><title>Library plans debated</title></head><body><article><header>"
           "<h1 class=entry-title>Library plans debated</h1><div class=entry-meta><span class=posted-on>Posted on "
           "<a href=/x>" + std::string(times) + "</a></span></div></header><div class=entry-content><p>" +
           std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) +
           "</p></div></article></body></html>";
  };
  auto r = Extract(page("<time class=updated datetime=2024-05-01>May 1, 2024</time>"
                        "<time class=\"entry-date published\" datetime=2024-03-12>March 12, 2024</time>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
  // A post never updated is classed both ways.
  r = Extract(page("<time class=\"entry-date published updated\" datetime=2024-03-12>March 12, 2024</time>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
  EXPECT_TRUE(IsUpdateStampClass("updated"));
  EXPECT_FALSE(IsUpdateStampClass("entry-date published updated"));
  EXPECT_TRUE(IsPublishStampClass("entry-date published"));
}

// A reader's comment marked with microdata carries its own datePublished:
// not the page's, under a story (on a thread the first post is one).
TEST(Extract, ReplyMicrodataDateIsNotThePage) {
  const std::string prose = "<p>" + std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract("<html><head><title>Library plans debated</title></head><body><article>"
                   "<h1>Library plans debated</h1>" + prose + "</article><section class=comments>"
                   "<div itemscope itemtype=https://schema.org/Comment><span itemprop=author>bob</span>"
                   "<meta itemprop=datePublished content=2025-01-05><p itemprop=text>Nice one, thanks.</p></div>"
                   "</section></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "");
  // The post's own date after its comments' is the page's.
  r = Extract("<html><head><title>Library plans debated</title></head><body>"
              "<div itemscope itemtype=https://schema.org/BlogPosting><h1 itemprop=headline>Library plans debated</h1>"
              "<div itemprop=articleBody>" + prose + "</div><div itemprop=comment itemscope "
              "itemtype=https://schema.org/Comment><meta itemprop=datePublished content=2025-01-05>"
              "<p itemprop=text>Nice one, thanks.</p></div><meta itemprop=datePublished content=2024-03-12></div>"
              "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-12");
}

// A video's page dates itself by the VideoObject's uploadDate; a product's
// clip does not date the product.
TEST(Extract, VideoPageDateIsItsUploadDate) {
  const std::string prose = "<p>" + std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract("<html><head><title>Library plans debated</title><script type=application/ld+json>"
                   "{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\",\"name\":\"Library plans debated\","
                   "\"uploadDate\":\"2024-03-12T10:15:00Z\"}</script></head><body><main><h1>Library plans debated</h1>" +
                   prose + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
  r = Extract("<html><head><title>Kettle</title><script type=application/ld+json>[{\"@context\":"
              "\"https://schema.org\",\"@type\":\"VideoObject\",\"name\":\"Kettle demo\",\"uploadDate\":"
              "\"2024-03-12T10:15:00Z\"},{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":"
              "\"Kettle\",\"offers\":{\"@type\":\"Offer\",\"price\":\"30.00\"}}]</script></head><body><main>"
              "<h1>Kettle</h1>" + prose + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "");
}

// A template that keeps the publication day in an attribute
// ("<article data-publish-date=...>"), as a date or a Unix time stamp.
TEST(Extract, DateFromPublishDateAttribute) {
  auto page = [](std::string_view attr) {
    return "<html><head><title>Library plans debated</title></head><body><article " + std::string(attr) +
           "><h1>Library plans debated</h1><p>" + std::string(kEnglishProse) + "</p><p>" +
           std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("data-publish-date=2024-03-12"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
  r = Extract(page("data-publish-date=1710238500"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
}

// A box of related stories before the story (its cards link their
// headings: no heading holding a link) dates those stories, not this one.
TEST(Extract, RelatedBoxTimeIsNoDate) {
  auto r = Extract("<html><head><title>Library plans debated</title></head><body><main><div class=related>"
                   "<article class=card><a href=/o><h3>Ferry fares rise</h3></a><time datetime=2023-01-01>"
                   "Jan 1, 2023</time></article></div><article><h1>Library plans debated</h1><p>" +
                   std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) +
                   "</p><p class=date>March 12, 2024</p></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-12");
}

// One line that gives the update before the publication: the date after
// "Published" is the stamp.
TEST(Extract, UpdateThenPublishedLineGivesThePublication) {
  auto r = Extract("<html><head><title>Library plans debated</title></head><body><article>"
                   "<h1>Library plans debated</h1><p class=meta>Updated: March 20, 2024 | Published: March 12, "
                   "2024</p><p>" + std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) +
                   "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-12");
  EXPECT_NE(PublishedCueAt("Updated: May 3 | Published: May 1"), std::string_view::npos);
  EXPECT_EQ(PublishedCueAt("Updated: May 3"), std::string_view::npos);
}

// JSON-LD wrapped in a CDATA section by an XHTML template is read: its
// datePublished beats an OpenGraph time that repeats the update.
TEST(Extract, JsonLdInCdataSection) {
  auto page = [](std::string_view open, std::string_view close) {
    return "<html><head><title>Library plans debated</title>"
           "<meta property=article:published_time content=2024-03-20T09:00:00Z>"
           "<script type=application/ld+json>" + std::string(open) +
           "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Library plans debated\","
           "\"datePublished\":\"2024-03-12T10:15:00Z\"}" + std::string(close) +
           "</script></head><body><article><h1>Library plans debated</h1><p>" + std::string(kEnglishProse) +
           "</p><p>" + std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("\n<![CDATA[\n", "\n]]>\n"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
  r = Extract(page("//<![CDATA[\n", "\n//]]>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
  r = Extract(page("// <![CDATA[ ", " // ]]>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
}

// hAtom's date: a date-classed <abbr> that shows the time and keeps the
// date in its title (the microformats' abbr pattern).
TEST(Extract, DateFromHatomAbbrTitle) {
  auto r = Extract("<html><head><title>Library plans debated</title></head><body><div class=hentry>"
                   "<h1 class=entry-title>Library plans debated</h1><abbr class=published "
                   "title=2024-03-12T10:15:00+01:00>10:15 AM</abbr><div class=entry-content><p>" +
                   std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) +
                   "</p></div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
}

// The cards of more stories after a story that shows no date of its own:
// a <time> outside the headline's <article> (Ghost's post cards) dates
// another story; so does a date beside a link that holds a card's heading.
TEST(Extract, MoreStoriesCardsGiveNoDate) {
  const std::string prose = "<p>" + std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract("<html><head><title>Library plans debated</title></head><body><main><article class=post-full>"
                   "<header><h1 class=post-full-title>Library plans debated</h1></header><section "
                   "class=post-full-content>" + prose + "</section></article><section class=more><article "
                   "class=post-card><a class=post-card-content-link href=/o><h2 class=post-card-title>Ferry fares "
                   "rise</h2></a><div class=post-card-meta><time class=post-card-meta-date datetime=2023-01-05>"
                   "5 Jan 2023</time></div></article></section></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "");
  r = Extract("<html><head><title>Library plans debated</title></head><body><main><article>"
              "<h1>Library plans debated</h1>" + prose + "</article><div><div class=item><a href=/o><img src=a.jpg>"
              "<h3>Ferry fares rise</h3></a><p class=date>Jan 5, 2023</p></div><div class=item><a href=/p>"
              "<img src=b.jpg><h3>Bridge closes</h3></a><p class=date>Jan 4, 2023</p></div></div></main>"
              "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "");
}

// A news page that embeds a video describes the video first: the story's
// own object (NewsArticle) is the article, and its datePublished the date.
TEST(Extract, StoryObjectBeatsAnEmbeddedVideoObject) {
  auto r = Extract("<html><head><title>Library plans debated</title><script type=application/ld+json>"
                   "{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\",\"name\":\"Council clip\","
                   "\"uploadDate\":\"2019-01-01\"}</script><script type=application/ld+json>{\"@context\":"
                   "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Library plans debated\","
                   "\"datePublished\":\"2024-03-12\"}</script></head><body><main><h1>Library plans debated</h1><p>" +
                   std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) +
                   "</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-12");
}

// The writer-class test reads class segments, not substrings: a class
// word that opens on "author" but is another word ("authoritative") is no
// writer's; a plugin's "coauthors-plus" and a camel-cased "postAuthor" are.
TEST(Vocabulary, WriterClassIsASegment) {
  EXPECT_FALSE(IsWriterClass("authoritative-source"));
  EXPECT_FALSE(IsWriterClass("authority-box"));
  EXPECT_TRUE(IsWriterClass("coauthors-plus"));
  EXPECT_TRUE(IsWriterClass("postAuthor"));
  EXPECT_TRUE(IsWriterClass("entry-author-name"));
  EXPECT_TRUE(IsWriterClass("post-byline"));
  EXPECT_FALSE(IsWriterClass("entry-meta"));
  EXPECT_FALSE(ClassifyClassId("authoritative-source", "") & kHintByline);
  EXPECT_TRUE(ClassifyClassId("author-name", "") & kHintByline);
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto r = Extract("<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1>"
                   "<p class='authoritative-source'>Transport Department</p>" + para + para +
                   "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A company and its legal form in a meta author tag ("Acme, Inc.") is one
// organisation, the publisher, not the authors "Acme" and "Inc."; a
// visible byline still names the writer.
TEST(Extract, MetaCompanyWithLegalFormIsPublisher) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto bare = Extract("<html><head><title>Bike lanes</title><meta name=author content='Harbour Works, Inc.'></head>"
                      "<body><article><h1>Bike lanes</h1>" + para + para + "</article></body></html>");
  ASSERT_TRUE(bare.ok());
  EXPECT_TRUE(bare->authors.empty()) << bare->authors[0];
  EXPECT_EQ(bare->publisher.value_or(""), "Harbour Works, Inc.");
  auto byline = Extract("<html><head><title>Bike lanes</title><meta name=author content='Harbour Works, LLC'>"
                        "</head><body><article><h1>Bike lanes</h1><p>By Ann Whitcombe</p>" + para + para +
                        "</article></body></html>");
  ASSERT_TRUE(byline.ok());
  EXPECT_EQ(byline->authors, std::vector<std::string>{"Ann Whitcombe"});
  // A person's initials after a comma are no legal form.
  auto initials = Extract("<html><head><title>Bike lanes</title><meta name=author content='Whitcombe, Ann'>"
                          "</head><body><article><h1>Bike lanes</h1>" + para + para + "</article></body></html>");
  ASSERT_TRUE(initials.ok());
  EXPECT_FALSE(initials->authors.empty());
}

// Joomla's article info names the writer in a "createdby" item, with an
// icon before the name and no "Written by".
TEST(Extract, JoomlaCreatedByIsAByline) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto r = Extract("<html><head><title>Bike lanes</title></head><body><div class=item-page><h2>Bike lanes</h2>"
                   "<dl class=article-info><dt>Details</dt><dd class=createdby><span class=icon-user></span> Ann "
                   "Whitcombe</dd><dd class=published>04 March 2025</dd></dl><div class=articleBody>" + para + para +
                   "</div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Whitcombe"});
}

// Byline shapes around the names: a credit after a semicolon ("; photos
// by"), the desk's plural role ("Staff Writers"), the outlet a contributor
// wrote for ("for Example News").
TEST(Extract, BylineRoleOutletAndPhotoCreditCut) {
  EXPECT_EQ(SplitAuthors("Story by Ann Whitcombe; photos by Rob Tallis"), std::vector<std::string>{"Ann Whitcombe"});
  EXPECT_EQ(SplitAuthors("By Ann Whitcombe and Rob Tallis, Staff Writers"),
            (std::vector<std::string>{"Ann Whitcombe", "Rob Tallis"}));
  EXPECT_EQ(SplitAuthors("Ann Whitcombe for Harbour News"), std::vector<std::string>{"Ann Whitcombe"});
  // (A name with "for" in a phrase of lower-case words stays no name.)
  EXPECT_TRUE(SplitAuthors("Tips for gardeners").empty());
}

// A byline's role set in an element of its own right after the name, with
// no space between them ("<span>Ann Whitcombe</span><span
// class=author-role>Transport Correspondent</span>"), is not read into
// the name ("Ann WhitcombeTransport").
TEST(Extract, BylineRoleElementLeftOut) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto title = Extract("<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1><div "
                       "class=article-byline><span class=author-name>Ann Whitcombe</span><span class=author-role>"
                       "Transport Correspondent</span></div>" + para + para + "</article></body></html>");
  ASSERT_TRUE(title.ok());
  EXPECT_EQ(title->authors, std::vector<std::string>{"Ann Whitcombe"});
  auto role = Extract("<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1><div "
                      "class=byline><img src=a.jpg alt=''><span>By <a href='/by/ann'>Ann Whitcombe</a></span><span "
                      "class=role>Staff Writer</span></div>" + para + para + "</article></body></html>");
  ASSERT_TRUE(role.ok());
  EXPECT_EQ(role->authors, std::vector<std::string>{"Ann Whitcombe"});
  EXPECT_TRUE(IsBylineDetailClass("author-role"));
  EXPECT_TRUE(IsBylineDetailClass("job-title"));
  EXPECT_FALSE(IsBylineDetailClass("author-title"));
  EXPECT_FALSE(IsBylineDetailClass("author-name"));
}

// A visible byline that credits a company and its legal form ("By Harbour
// Works, Inc.") names the publisher, not the authors "Harbour Works" and
// "Inc.".
TEST(Extract, BylineCompanyWithLegalFormIsPublisher) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto r = Extract("<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1><div "
                   "class=byline>By Harbour Works, Inc.</div>" + para + para + "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  EXPECT_EQ(r->publisher.value_or(""), "Harbour Works, Inc.");
  EXPECT_TRUE(SplitAuthors("By Harbour Works, Inc.").empty());
  // (A later byline box is no writer's then.)
  auto two = Extract("<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1><div "
                     "class=byline>By Harbour Works, LLC</div>" + para + para + "<div class=post-meta>Terms, "
                     "Conditions</div></article></body></html>");
  ASSERT_TRUE(two.ok());
  EXPECT_TRUE(two->authors.empty()) << two->authors[0];
}

// Names before a company credited with its legal form ("By Tom Reed, Market
// Wire Services, Inc.") are the writers; only the company's tail is the
// publisher.
TEST(Extract, BylineNamesBeforeCompanyWithLegalForm) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto page = [&](const std::string& line) {
    return Extract("<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1><p "
                   "class=byline>" + line + "</p>" + para + para + "</article></body></html>");
  };
  auto one = page("By Tom Reed, Market Wire Services, Inc.");
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->authors, std::vector<std::string>{"Tom Reed"});
  EXPECT_EQ(one->publisher.value_or(""), "Market Wire Services, Inc.");
  auto two = page("By Jane Doe and John Smith, Acme Research, LLC");
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->authors, (std::vector<std::string>{"Jane Doe", "John Smith"}));
  EXPECT_EQ(two->publisher.value_or(""), "Acme Research, LLC");
  auto short_name = page("By Maria Lopez, Acme, Inc.");
  ASSERT_TRUE(short_name.ok());
  EXPECT_EQ(short_name->authors, std::vector<std::string>{"Maria Lopez"});
  EXPECT_EQ(SplitAuthors("By Maria Lopez, Acme, Inc."), std::vector<std::string>{"Maria Lopez"});
  // (A second legal form stays with the company.)
  EXPECT_TRUE(SplitAuthors("Acme Holdings, Ltd., Inc.").empty());
}

// A byline's role classes are joined words ("job-title", "author-role"),
// not a bare "job" or a utility class ("position-relative"): the name in
// such a span is the writer.
TEST(Extract, BylineDetailClassNeedsRoleWords) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto r = Extract("<html><head><title>Bike lanes</title></head><body><article><h1>Bike lanes</h1><div "
                   "class=byline><span class=job>Maria Lopez</span></div>" + para + para + "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Maria Lopez"});
  EXPECT_FALSE(IsBylineDetailClass("job"));
  EXPECT_FALSE(IsBylineDetailClass("position-relative"));
  EXPECT_FALSE(IsBylineDetailClass("author-title"));
  EXPECT_TRUE(IsBylineDetailClass("author_position"));
  EXPECT_TRUE(IsBylineDetailClass("authorRole"));
  EXPECT_TRUE(IsBylineDetailClass("job-title"));
  EXPECT_TRUE(IsBylineDetailClass("designation"));
}

// A link around a heading makes a teaser card only of a card-sized box
// near the date: a story's inline promo ("<a href=/other><h3>Read more:
// ...</h3></a>") beside its dateline, or the post's own linked title, is
// no card, and the dateline dates the page.
TEST(Extract, LinkedHeadingInStoryIsNoTeaserCard) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto promo = Extract("<html><head><title>Bike lanes widen</title></head><body><main><article class=story>"
                       "<h1>Bike lanes widen</h1><p class=dateline>March 12, 2024</p>" + para +
                       "<a class=inline-promo href=/news/survey><h3>Read more: what riders said</h3></a>" + para +
                       "</article></main></body></html>");
  ASSERT_TRUE(promo.ok());
  EXPECT_EQ(promo->date_published.value_or(""), "2024-03-12");
  auto own = Extract("<html><head><title>Five tips for a spring garden</title></head><body><main><article "
                     "class=post><a href=/2024/03/five-tips/><h2 class=post-title>Five tips for a spring garden"
                     "</h2></a><p class=post-date>March 12, 2024</p>" + para + para + para +
                     "</article></main></body></html>");
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->date_published.value_or(""), "2024-03-12");
}

// A <time> in the box right above or below the headline's <article> dates
// the story when the article holds no <time> of its own (a theme that
// writes the post's meta outside the article).
TEST(Extract, TimeBesideArticleWithoutItsOwn) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto above = Extract("<html><head><title>Bike lanes widen</title></head><body><main><div class=story-meta><time "
                       "datetime=2024-03-12T18:30:00-05:00>Tuesday evening</time></div><article><h1>Bike lanes "
                       "widen</h1>" + para + para + "</article></main></body></html>");
  ASSERT_TRUE(above.ok());
  EXPECT_EQ(above->date_published.value_or(""), "2024-03-12T18:30:00-05:00");
  auto below = Extract("<html><head><title>Bike lanes widen</title></head><body><main><article><h1>Bike lanes "
                       "widen</h1>" + para + para + "</article><div class=post-footer>Posted on <time "
                       "datetime=2024-03-12T09:15:00Z>March 12, 2024</time></div></main></body></html>");
  ASSERT_TRUE(below.ok());
  EXPECT_EQ(below->date_published.value_or(""), "2024-03-12T09:15:00Z");
}

// A publication-day attribute on a list item of a "Most read" box dates
// that item's story, not the page.
TEST(Extract, PublishDateAttributeInSidebarListIsNoDate) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto r = Extract("<html><head><title>Bike lanes widen</title></head><body><main><div class=story><h1>Bike "
                   "lanes widen</h1><p class=byline>By Maria Lopez</p>" + para + para + "</div><div "
                   "class=most-read><h3>Most read</h3><ul><li data-publish-date=2019-06-02><span>Library "
                   "reopens</span></li><li data-publish-date=2019-05-30><span>School board race</span></li></ul>"
                   "</div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "");
}

// A sidebar's or a comment's <time class=published> does not make the
// story's only <time class="entry-date updated"> an update's: it dates the
// post.
TEST(Extract, OutsidePublishedTimeLeavesUpdatedStamp) {
  const std::string para =
      "<p>The council voted to widen the bike lanes downtown after months of hearings and a long study of "
      "traffic on the main avenue and around the station.</p>";
  auto r = Extract("<html><head><title>Bike lanes widen</title></head><body><main><article class=hentry><header "
                   "class=entry-header><h1 class=entry-title>Bike lanes widen</h1><div class=entry-meta><time "
                   "class='entry-date updated' datetime=2024-03-12T09:00:00+00:00>9:00 am</time></div></header>"
                   "<div class=entry-content>" + para + para + "</div></article></main><aside><h2>Recent "
                   "Posts</h2><ul><li><a href=/a/>Pruning roses</a> <time class=published datetime=2024-02-01>"
                   "February 1, 2024</time></li></ul></aside></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-03-12T09:00:00Z");
}

// A thread whose posts are all schema.org Comment items, not detected as a
// forum: its first reply item's microdata date dates it.
std::string CommentPost(const std::string& who, const std::string& when, const std::string& words) {
  return "<div class=entry itemscope itemtype='https://schema.org/Comment'><div class=meta><span "
         "itemprop=author>" + who + "</span> <meta itemprop=datePublished content='" + when +
         "'></div><div itemprop=text><p>" + words + "</p></div></div>";
}

TEST(Extract, CommentItemThreadTakesFirstReplyDate) {
  auto r = Extract("<html><head><title>Which paint for a garden bench?</title></head><body><div class=board>"
                   "<h1>Which paint for a garden bench?</h1>" +
                   CommentPost("oakfan", "2022-05-04T07:30:00Z",
                               "My old teak bench is grey and cracked along the seat. Should I oil it, or is an "
                               "exterior paint better for a bench that stays out all winter in the rain?") +
                   CommentPost("brushwork", "2022-05-05T09:00:00Z",
                               "Oil it. Paint traps water in teak and peels within two winters; a teak oil "
                               "twice a year keeps it fine and lets the wood breathe.") +
                   "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2022-05-04T07:30:00Z");
}

TEST(Extract, ArticleCommentItemDateIsNotTheArticles) {
  const std::string para =
      "<p>The library reopens on Monday after a year of work on its roof, its reading rooms and the old "
      "stacks, which now hold twice as many books as before the fire.</p>";
  const std::string comments = "<section class=comments>" +
                               CommentPost("reader1", "2022-05-04T07:30:00Z", "Great news, we missed it.") +
                               CommentPost("reader2", "2022-05-05T09:00:00Z", "About time, thanks.") + "</section>";
  // Declared an article.
  auto r = Extract("<html><head><title>Library reopens</title><meta property=og:type content=article></head>"
                   "<body><article><h1>Library reopens</h1>" + para + para + "</article>" + comments +
                   "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value()) << *r->date_published;
  // Undeclared: the comments lie outside the story's body.
  auto p = Extract("<html><head><title>Library reopens</title></head><body><article><h1>Library reopens</h1>" +
                   para + para + "</article>" + comments + "</body></html>");
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->date_published.has_value()) << *p->date_published;
}

TEST(Vocabulary, PublicationCuesFirstOnlyForPublished) {
  // One list: every cue opens a stamp, only the first publication's is
  // found inside a line.
  EXPECT_TRUE(StartsWithPublicationCue("Date: May 3, 2024"));
  EXPECT_EQ(PublishedCueAt("Date: May 3, 2024"), std::string_view::npos);
  EXPECT_TRUE(StartsWithPublicationCue("Publicado el 3 de mayo"));
  EXPECT_EQ(PublishedCueAt("Actualizado: 4 de mayo | Publicado: 3 de mayo"), 25u);
}

// A template's empty variable ("undefined", "null") in an author field is
// no name, nor is a generated account handle ("guitar_00").
TEST(Metadata, PlaceholderAndNumberedHandleAreNoAuthors) {
  auto page = [](std::string_view head) {
    return "<html lang=en><head><title>Kettles</title>" + std::string(head) +
           "</head><body><article><h1>Kettles</h1><p>" + std::string(kEnglishProse) + "</p><p>" +
           std::string(kEnglishProse) + "</p></article></body></html>";
  };
  auto r = Extract(page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                        "\"@type\":\"BlogPosting\",\"headline\":\"Kettles\",\"author\":{\"@type\":\"Person\","
                        "\"name\":\"undefined\"}}</script>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("<meta name=author content=\"null\">"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("<meta name=author content=\"kettle_fan_07\">"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("<meta name=author content=\"Jane Marlow\">"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Jane Marlow"});
  EXPECT_TRUE(IsNumberedHandle("guitar_00"));
  EXPECT_FALSE(IsNumberedHandle("jane_doe"));
  EXPECT_TRUE(IsPlaceholderValue("Undefined"));
}

// A byline row under the headline that holds the date and the story's
// section, the link inside a box a category class names ("<span
// class=byline__category><a href=/health/food>Food & Drink</a>"), names
// no writer.
TEST(Metadata, CategoryBoxInBylineRowIsNoAuthor) {
  auto r = Extract("<html lang=en><head><title>Kettles</title></head><body><article><h1>Kettles</h1>"
                   "<section class=byline><span class=byline__date><time datetime=2024-03-04>March 4, 2024</time>"
                   "</span> <span class=byline__sep> | </span> <span class=byline__category>"
                   "<a href=\"/home/kitchen-appliances-guides\">Kitchen &amp; Appliances</a></span></section><p>" +
                   std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) + "</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// An element with the popover attribute shows only when a control opens it
// (an app's install prompt): hidden, like any hidden box.
TEST(Extract, PopoverIsHidden) {
  auto r = Extract(
      "<html><head><title>Harbour walls</title></head><body><article><h1>Harbour walls</h1>"
      "<p>The old harbour walls were rebuilt over three summers by a crew of twelve masons who cut every block "
      "by hand from the quarry above the town.</p>"
      "<div popover id=install><p>Install our app: tap the share icon, then tap Add to Home Screen and confirm.</p></div>"
      "<p>The work ended in August, and the first boats tied up at the new quay a week later to a small crowd of "
      "neighbours.</p></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("twelve masons"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("first boats"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Install our app"), std::string::npos) << r->text;
}

// On a thread, a <form> around the posts (a board's moderation form: a
// checkbox in each <article> post) holds the thread, not a form's text.
TEST(Extract, ThreadPostsInsideModerationForm) {
  std::string posts;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=ipsEntry><input type=checkbox name=multimod value=" + n + "><h3 class=author>member" + n +
             "</h3><div class=post><p>Reply " + n + ": I replaced the pump seal last spring and the leak stopped for "
             "good, though the new seal took a week to arrive from the maker and cost more than I had hoped.</p></div>"
             "</article>";
  }
  std::string guidelines, about;
  for (int i = 0; i < 3; ++i) {
    guidelines += "Please read the community guidelines before posting and be kind to each other in every thread. ";
    about += "This board was founded by a group of owners who wanted one place to share fixes and parts sources. ";
  }
  auto r = Extract("<html><head><meta name=generator content='Invision Community'><title>Pump leaks</title></head>"
                   "<body><div class=guidelines><p>" + guidelines + "</p></div><h1>Pump leaks</h1>"
                   "<form action='/topic/1/?do=multimodComment' method=post data-role=moderationTools>" + posts +
                   "</form><div class=about><p>" + about + "</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply 3"), std::string::npos) << r->text;
}

// phpBB's profile cell beside each post ("dl.postprofile"): the name (its
// <dt>) stays, its <dd> items (rank, join date, location) go.
TEST(Extract, ThreadPhpbbProfileCellKeepsOnlyName) {
  std::string posts;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class='post bg" + std::to_string(i % 2 + 1) + "'><div class=inner><dl class=postprofile><dt>"
             "<a href='./memberlist.php?u=" + n + "'>member" + n + "</a></dt><dd>Lives by the sea</dd>"
             "<dd><strong>Founded:</strong> Dec 11, 2021</dd></dl><div class=postbody><p class=author>by "
             "<a href='./memberlist.php?u=" + n + "'>member" + n + "</a> &raquo; Tue Aug 27, 2019 1:47 am</p>"
             "<div class=content>Reply " + n + ": I replaced the pump seal last spring and the leak stopped for good "
             "after that.</div></div></div></div>";
  }
  auto r = Extract("<html><head><title>Pump leaks</title></head><body id=phpbb class=section-viewtopic>"
                   "<h1>Pump leaks</h1><div id=page-body>" + posts + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply 3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Lives by the sea"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Founded"), std::string::npos) << r->text;
}

// On a thread, the poster's cell (XenForo's "message-userDetails": the
// linked name and a linked banner) is no link list: the name stays, the
// banner goes as the post's aside.
TEST(Extract, ThreadPosterCellIsNotALinkList) {
  std::string posts;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=message><div class=message-cell><div class=message-userDetails><h4 class=message-name>"
             "<a href=/members/m." + n + "/ class=username>member" + n + "</a></h4><div class='userBanner "
             "message-userBanner'><a href=/staff>Staff member</a></div></div></div><div class=message-cell>"
             "<div class=bbWrapper>Reply " + n + ": I replaced the pump seal last spring and the leak stopped for good "
             "after that.</div></div></article>";
  }
  auto r = Extract("<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head><body>"
                   "<h1>Pump leaks</h1><div class=block-body>" + posts + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("member2"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply 2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Staff member"), std::string::npos) << r->text;
}

// On a thread whose longest block is a signature (short posts, a long
// signature under one; the posts apart by anchors and comments), the root
// leaves the signature for the post and joins the other posts: every post
// and its poster's name stay, a short post beside its linked name and
// counts is no link list, and the signature goes.
TEST(Extract, ThreadRootLeavesLongSignature) {
  std::string posts, tip;
  for (int i = 0; i < 3; ++i) tip += "Tip of the week: back up your files before you update anything, and keep two copies. ";
  for (int i = 1; i <= 2; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=entry><h3 class=username><a href=/u" + n + ">member" + n + "</a></h3>"
             "<ul class=stats><li><a href=/u" + n + "/posts>1,204 posts in all forums</a></li><li><a href=/u" + n +
             "/badges>14 badges earned so far</a></li><li><a href=/u" + n + "/rep>3,100 reputation points</a></li></ul>"
             "<div class=post><p>Reply " + n + ": same here, the new seal fixed it.</p>" +
             (i == 2 ? "<div class=signature><p>" + tip + "</p></div>" : std::string()) + "</div></article>\n<a id=find" +
             n + "></a>\n<div id=c" + n + "></div>\n<!-- x -->\n<div id=d" + n + "></div>\n";
  }
  auto r = Extract("<html><head><meta name=generator content='Invision Community'><title>Pump leaks</title></head>"
                   "<body><h1>Pump leaks</h1><div class=feed>" + posts + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("member1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member2"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply 2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Tip of the week"), std::string::npos) << r->text;
}

// On a thread, a post's first <aside> holding the poster's name (Invision
// 5's "ipsEntry__author-column") is the post's user cell: the name stays
// once, the member group and counts go, and the phone layout's second copy
// stays boilerplate.
TEST(Extract, ThreadAsideUserCellKeepsName) {
  std::string posts;
  for (int i = 1; i <= 2; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=ipsEntry><aside class=ipsEntry__author-column><h3 class=ipsEntry__username>"
             "<a href=/profile/" + n + ">member" + n + "</a></h3><div class=ipsEntry__group>Silver Partner</div>"
             "<ul class=ipsEntry__authorStats><li><a href=/p/" + n + ">10 posts</a></li><li><a href=/r/" + n +
             ">4 Reputation</a></li></ul></aside><aside class=ipsEntry__header><h3 class=ipsEntry__username>"
             "<a href=/profile/" + n + ">member" + n + "</a></h3><p>August 26, 2024</p></aside>"
             "<div class=ipsEntry__content><p>Reply " + n + ": I replaced the pump seal last spring and the leak "
             "stopped for good after that week.</p></div></article>";
  }
  auto r = Extract("<html><head><meta name=generator content='Invision Community'><title>Pump leaks</title></head>"
                   "<body><h1>Pump leaks</h1><div id=elPostFeed>" + posts + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  const size_t first = r->text.find("member1");
  ASSERT_NE(first, std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("member1", first + 1), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply 2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Silver Partner"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Reputation"), std::string::npos) << r->text;
}

// A reply form under a thread with a preview <article> before its text box
// (phpBB's quick reply) is a form, not the posts' wrapper: its heading and
// preview stay out (fixforum13, finding 5).
TEST(Extract, ThreadReplyFormPreviewIsNoPostWrapper) {
  std::string posts;
  for (int i = 1; i <= 2; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class=post id=p" + n + "><div class=postbody><p class=author>by <a class=username href=/u/" + n +
             ">member" + n + "</a> &raquo; Mon May 06, 2024 7:12 pm</p><div class=content>Reply " + n +
             ": I replaced the pump seal last spring and the leak stopped for good, though the new seal took a week "
             "to arrive from the maker.</div></div></div>";
  }
  auto r = Extract("<html><head><title>Pump leaks</title></head><body><h1>Pump leaks</h1><div class=posts>" + posts +
                   "</div><form id=quickreply action=/posting.php method=post><h2>Quick reply</h2>"
                   "<article class=preview><h3>Preview</h3><p>Your post preview appears here.</p></article>"
                   "<textarea name=message></textarea><button>Submit</button></form></body></html>",
                   [] {
                     ExtractOptions opts;
                     opts.page_type = PageType::kForum;
                     return opts;
                   }());
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Reply 2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Quick reply"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("preview appears"), std::string::npos) << r->text;
}

// An unmarked <form> around a thread's posts (two or more <article>s of one
// class, no text box in it) still wraps them; a board's moderation form is
// told by its data-role.
TEST(Extract, ThreadPostsInsideUnmarkedForm) {
  EXPECT_TRUE(IsModerationFormRole(" moderationTools "));
  EXPECT_FALSE(IsModerationFormRole("replyForm"));
  std::string posts;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=ipsEntry><input type=checkbox name=multimod value=" + n + "><h3 class=author>member" + n +
             "</h3><div class=post><p>Reply " + n + ": I replaced the pump seal last spring and the leak stopped for "
             "good, though the new seal took a week to arrive from the maker and cost more than I had hoped.</p></div>"
             "</article>";
  }
  std::string about;
  for (int i = 0; i < 3; ++i)
    about += "This board was founded by a group of owners who wanted one place to share fixes and parts sources. ";
  auto r = Extract("<html><head><meta name=generator content='Invision Community'><title>Pump leaks</title></head>"
                   "<body><h1>Pump leaks</h1><form action='/topic/1/?do=multimodComment' method=post>" + posts +
                   "</form><div class=about><p>" + about + "</p></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "forum");
  EXPECT_NE(r->text.find("Reply 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply 3"), std::string::npos) << r->text;
}

// The posts of ThreadRootLeavesLongSignature apart by an anchor and a run
// of comments: JoinPosts counts the elements between posts (an anchor), not
// the comments and spaces, so the posts are joined (and their posters'
// names kept) ... up to kPostSiblingNodes nodes walked on each side: posts
// apart by a longer run are not found as neighbours (the bound of the walk,
// fixforum13 finding 9).
std::string PostsApartByComments(int comments) {
  std::string posts, tip, sep = "\n<a id=find></a>\n";
  for (int i = 0; i < comments; ++i) sep += "<!-- x -->\n";
  for (int i = 0; i < 3; ++i) tip += "Tip of the week: back up your files before you update anything, and keep two copies. ";
  for (int i = 1; i <= 2; ++i) {
    const std::string n = std::to_string(i);
    posts += "<article class=entry><h3 class=username><a href=/u" + n + ">member" + n + "</a></h3>"
             "<ul class=stats><li><a href=/u" + n + "/posts>1,204 posts in all forums</a></li><li><a href=/u" + n +
             "/badges>14 badges earned so far</a></li><li><a href=/u" + n + "/rep>3,100 reputation points</a></li></ul>"
             "<div class=post><p>Reply " + n + ": same here, the new seal fixed it.</p>" +
             (i == 2 ? "<div class=signature><p>" + tip + "</p></div>" : std::string()) + "</div></article>" + sep;
  }
  return "<html><head><meta name=generator content='Invision Community'><title>Pump leaks</title></head>"
         "<body><h1>Pump leaks</h1><div class=feed>" + posts + "</div></body></html>";
}
TEST(Extract, ThreadPostsApartByCommentsAreJoined) {
  auto r = Extract(PostsApartByComments(20));  // 43 nodes, 1 element between posts
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("member1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Reply 1"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("member2"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Tip of the week"), std::string::npos) << r->text;
  auto far = Extract(PostsApartByComments(40));  // 83 nodes between posts
  ASSERT_TRUE(far.ok());
  EXPECT_EQ(far->text.find("member1"), std::string::npos) << far->text;
}

// A "similar threads" <aside> of the thread's <article>, its rows naming
// their starters with "username" links, is no post's user cell: it stays
// out, after the posts or before them.
TEST(Extract, ThreadSimilarThreadsAsideStaysOut) {
  std::string posts;
  for (int i = 1; i <= 3; ++i) {
    const std::string n = std::to_string(i);
    posts += "<div class='message message--post'><div class=message-user><a class=username href=/m/" + n + ">member" +
             n + "</a></div><div class=bbWrapper>Reply " + n + ": I replaced the pump seal last spring and the leak "
             "stopped for good after that week and it has held since.</div></div>";
  }
  const std::string aside =
      "<aside class=similar-threads><h3>Similar threads</h3><ul><li><a href=/t/1>Loft boards</a> <a class=username "
      "href=/m/a>al</a></li><li><a href=/t/2>PIR vs wool</a> <a class=username href=/m/b>bo</a></li></ul></aside>";
  for (bool before : {false, true}) {
    const std::string feed = "<div class=block-body>" + posts + "</div>";
    auto r = Extract("<html><head><meta name=generator content='XenForo'><title>Pump leaks</title></head><body>"
                     "<article class=thread><h1>Pump leaks</h1>" + (before ? aside + feed : feed + aside) +
                     "</article></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->page_type, "forum");
    EXPECT_NE(r->text.find("Reply 3"), std::string::npos) << r->text;
    EXPECT_EQ(r->text.find("Similar threads"), std::string::npos) << r->text;
    EXPECT_EQ(r->text.find("Loft boards"), std::string::npos) << r->text;
  }
}

// An href within the page: "#" alone is one (a script's toggle), but names
// no panel; "#answer-2" does; another page is neither.
TEST(DomText, FragmentHrefs) {
  EXPECT_TRUE(IsFragmentHref(" #"));
  EXPECT_TRUE(IsFragmentHref("#answer-2"));
  EXPECT_FALSE(IsFragmentHref("/faq#answer-2"));
  EXPECT_FALSE(IsNamedFragmentHref(" # "));
  EXPECT_TRUE(IsNamedFragmentHref(" #answer-2"));
  EXPECT_FALSE(IsNamedFragmentHref("/faq#answer-2"));
}

// Pages that give a name where no writer is: the author test pages of the
// authors13 pass (each fails without its rule).
std::string AuthorPage(std::string_view head, std::string_view top) {
  return "<html lang=en><head><title>Kettles</title>" + std::string(head) + "</head><body>" + std::string(top) +
         "<p>" + std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) + "</p></article></main></body></html>";
}

// A link to a section's index beside the date ("<a href=/videos/>Video</a> -
// December 19, 2025", a Shopify blog's "/blogs/journal") is the story's
// section, not its writer; a cued byline after the headline still names him.
TEST(Metadata, SectionIndexLinkBesideDateIsNoAuthor) {
  EXPECT_TRUE(IsTaxonomyLink("", "/videos/", ""));
  EXPECT_TRUE(IsTaxonomyLink("", "https://example.com/news", ""));
  EXPECT_TRUE(IsTaxonomyLink("", "/blogs/journal", ""));
  EXPECT_FALSE(IsTaxonomyLink("", "/blogs/journal/new-kettles", ""));
  EXPECT_FALSE(IsTaxonomyLink("", "/jane-marlow", ""));
  EXPECT_FALSE(IsTaxonomyLink("", "/blog/new-kettles", ""));
  auto r = Extract(AuthorPage("", "<main><article><h1>Kettles</h1><p class=\"post-meta\"><a href=\"/videos/\">Video</a>"
                                  " - December 19, 2025</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(AuthorPage("", "<main><article><ul class=\"article__meta\"><li><a href=\"/blogs/journal\">Kettle Notes</a>"
                             "</li><li><a href=\"#comments\">2 comments</a></li></ul><h1>Kettles</h1><ul "
                             "class=\"article__meta\"><li>by <a href=\"#\">Jane Marlow</a></li><li><time "
                             "datetime=2024-03-04>March 4, 2024</time></li></ul>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Jane Marlow"});
}

// A meta line whose class names categories ("meta__cats"), linked or not, and
// category badges inside links ("<a href=/home><span class=badge-category>")
// are topics, not writers.
TEST(Metadata, CategoryClassedLineIsNoAuthor) {
  EXPECT_TRUE(IsTaxonomyClass("c-meta__cats"));
  EXPECT_TRUE(IsTaxonomyClass("entry post-tags"));
  EXPECT_FALSE(IsTaxonomyClass("byline author"));
  EXPECT_FALSE(IsTaxonomyClass("concatenate"));
  auto r = Extract(AuthorPage("", "<main><article><h1>Kettles</h1><ul class=\"meta\"><li class=\"meta__date\">March 4, "
                                  "2024</li><li class=\"meta__cats\">Gardens and Yards, Tools, Soil</li></ul>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(AuthorPage("", "<main><article><div class=\"meta-info\"><a href=\"/home\"><span class=\"badge "
                             "meta-info__category\">Home</span></a> <a href=\"/kettles\"><span class=\"badge "
                             "meta-info__category\">Kettles</span></a></div><h1>Kettles</h1>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// "<h2>Browse kettles <span>by category</span></h2>": the cue continues the
// heading's words, no byline.
TEST(Metadata, CueInsideHeadingPhraseIsNoByline) {
  for (const char* rest : {"by Category", "by material type"}) {
    auto r = Extract("<html lang=en><head><title>Kettles</title></head><body><main><h1>Kettles</h1><p>" +
                     std::string(kEnglishProse) + "</p><h2>Browse kettles <span>" + rest + "</span></h2><p>" +
                     std::string(kEnglishProse) + "</p></main></body></html>");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->authors.empty()) << rest << ": " << r->authors[0];
  }
}

// "<h1>..</h1><p>Jane Marlow | Senior Writer | July 2, 2025</p>": a name, a
// job title and a date on the line right under the headline, unmarked. A
// place and a date there are a dateline.
TEST(Metadata, NameRoleDateLineUnderHeadline) {
  auto r = Extract(AuthorPage("", "<main><article><header><h1>Kettles</h1><p>Jane Marlow | Senior Writer | July 2, "
                                  "2025</p></header>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Jane Marlow"});
  r = Extract(AuthorPage("", "<main><article><header><h1>Kettles</h1><p>New York | City Hall | July 2, "
                             "2025</p></header>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A shop's grid: every card carries the same meta-classed badge ("Only 3
// left!"); on a page that is no article none of them is a byline.
TEST(Metadata, RepeatedBylineClassOnAListIsNoAuthor) {
  std::string cards;
  for (int i = 0; i < 4; ++i)
    cards += "<div class=\"card\"><a href=\"/p/x\"><img src=\"x.jpg\" alt=\"\"></a><span class=\"badge meta\">Only 3 "
             "left!</span><p><a href=\"/p/x\">Copper Kettle</a></p></div>";
  auto r = Extract(AuthorPage("", "<main><article><h1>Kettles</h1>" + cards));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A front page's story cards, each with the same byline box far below the
// page's heading: the byline-class fallback takes none of them either (the
// first card's writer is not the page's); a story's single box still counts.
TEST(Metadata, RepeatedCardBylinesAreNoFallbackAuthor) {
  std::string cards;
  const char* names[] = {"Jane Roe", "Omar Haddad", "Li Wen", "Ruth Bader"};
  for (const char* name : names)
    cards += std::string("<div class=\"story-card\"><a href=\"/2025/06/01/story\"><p class=\"title\">A story of the "
                         "day</p></a><p>") +
             std::string(kEnglishProse) + "</p><span class=\"card-byline\">" + name + "</span></div>";
  auto r = Extract("<html lang=en><head><title>Front page</title></head><body><main><h1>Today's news</h1><p>" +
                   std::string(kEnglishProse) + "</p>" + cards + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->page_type, "article");
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  auto one = Extract("<html lang=en><head><title>Front page</title></head><body><main><h1>Today's news</h1><p>" +
                     std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) +
                     "</p><span class=\"card-byline\">Jane Roe</span></main></body></html>");
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->authors.size(), 1u);
  EXPECT_EQ(one->authors[0], "Jane Roe");
}

// rel=author links naming three writers on a page that is no article are a
// list's cards': none names the page's writer, nor does a card's line that
// holds one.
TEST(Metadata, ManyRelAuthorsOnAListAreNoAuthors) {
  std::string cards;
  for (const char* name : {"Jane Marlow", "Tom Reyes", "Ann Berg"})
    cards += std::string("<div class=\"card\"><h3>A story</h3><p><a rel=\"author\" href=\"/u/x\">") + name +
             "</a> \xC2\xB7 3 March 2024</p></div>";
  auto r = Extract(AuthorPage("", "<main><article><h1>Gaming News</h1>" + cards));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A product page has no writer: its byline line names the brand.
TEST(Metadata, ProductBylineIsNoAuthor) {
  auto r = Extract(AuthorPage("<meta property=\"og:type\" content=\"product\">",
                              "<main><article><h1>Walnut Desk Lamp</h1><p class=\"byline\">From Lumina</p><p "
                              "class=price>$49.00</p>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->page_type, "product");
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// Parse.ly's author tag on an index page (parsely-type "index") is its
// newest story's writer; on a post it is the page's.
TEST(Metadata, ParselyAuthorOfAnIndexIsNoAuthor) {
  for (const char* type : {"index", "post"}) {
    auto r = Extract(AuthorPage(std::string("<meta name=\"parsely-type\" content=\"") + type +
                                    "\"><meta name=\"parsely-author\" content=\"Tara Winslow\">",
                                "<main><article><h1>Climate</h1>"));
    ASSERT_TRUE(r.ok());
    if (std::string_view(type) == "index") EXPECT_TRUE(r->authors.empty()) << r->authors[0];
    else EXPECT_EQ(r->authors, std::vector<std::string>{"Tara Winslow"});
  }
}

// On a product page the generic author tag names the shop (meta
// name=author, a "Written by" twitter:data pair: the account that listed
// the product) and microdata authors are its customer reviews' writers:
// none is the page's writer. On an article the same tag is.
TEST(Metadata, ProductMetaAndReviewAuthorsAreNoAuthors) {
  const std::string product = "<meta property=\"og:type\" content=\"product\">";
  const std::string top = "<main><article><h1>Walnut Desk Lamp</h1><p class=price>$49.00</p>";
  auto meta = Extract(AuthorPage(product + "<meta name=\"author\" content=\"Lumina Home Store\">", top));
  ASSERT_TRUE(meta.ok());
  EXPECT_EQ(meta->page_type, "product");
  EXPECT_TRUE(meta->authors.empty()) << meta->authors[0];
  auto twitter = Extract(AuthorPage(product + "<meta name=\"twitter:label1\" content=\"Written by\"><meta "
                                              "name=\"twitter:data1\" content=\"Tara Winslow\">",
                                    top));
  ASSERT_TRUE(twitter.ok());
  EXPECT_TRUE(twitter->authors.empty()) << twitter->authors[0];
  auto review = Extract(AuthorPage(
      product, top + "<div itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\">Rated 5 out of 5 by "
                     "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span "
                     "itemprop=\"name\">Martha Quinn</span></span></div>"));
  ASSERT_TRUE(review.ok());
  EXPECT_TRUE(review->authors.empty()) << review->authors[0];
  auto article = Extract(AuthorPage("<meta property=\"og:type\" content=\"article\"><meta name=\"author\" "
                                    "content=\"Tara Winslow\">",
                                    "<main><article><h1>Walnut desk lamps, reviewed</h1>"));
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->authors, std::vector<std::string>{"Tara Winslow"});
}

// A review's JSON-LD is a Product with a nested Review, so the page is a
// product's; its cued byline box ("By Jane Doe") still names the writer.
TEST(Metadata, ProductReviewCuedBylineNamesWriter) {
  for (const char* og : {"<meta property=\"og:type\" content=\"article\">", ""}) {
    auto r = Extract(AuthorPage(
        std::string(og) +
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
            "\"name\":\"Acme Kettle\",\"brand\":\"Acme\",\"review\":{\"@type\":\"Review\",\"reviewRating\":"
            "{\"@type\":\"Rating\",\"ratingValue\":4}}}</script>",
        "<main><article><h1>Acme Kettle review: fast, quiet, a little pricey</h1><p class=\"byline\">By Jane "
        "Doe</p><p class=\"date\">March 3, 2024</p>"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->page_type, "product") << og;
    ASSERT_EQ(r->authors.size(), 1u) << og;
    EXPECT_EQ(r->authors[0], "Jane Doe");
  }
}

// Three rel=author links on one line under the headline are the story's
// writers, no list's cards, and never one run-together name.
TEST(Metadata, RelAuthorsOnOneLineAreTheWriters) {
  auto r = Extract(AuthorPage("",
                              "<main><article><h1>Canal report</h1><div class=\"authors\"><a rel=\"author\" "
                              "href=\"/people/jane-doe\">Jane Doe</a> <a rel=\"author\" href=\"/people/tom-reed\">Tom "
                              "Reed</a> <a rel=\"author\" href=\"/people/sara-holt\">Sara Holt</a></div><p "
                              "class=\"date\">March 3, 2024</p>"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->authors.size(), 3u) << (r->authors.empty() ? "" : r->authors[0]);
  EXPECT_EQ(r->authors[0], "Jane Doe");
  EXPECT_EQ(r->authors[2], "Sara Holt");
}

// A list's items (one writer span in each <li>) still repeat: no writer.
TEST(Metadata, AuthorSpansInListItemsAreAList) {
  std::string items;
  for (const char* name : {"Jane Marlow", "Tom Reyes", "Ann Berg"})
    items += std::string("<li><a href=\"/s\">A story</a> <span class=\"author\">") + name + "</span></li>";
  auto r = Extract(AuthorPage("", "<main><article><h1>Latest stories</h1><ul>" + items + "</ul>"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// Three author spans in one byline line are one story's writers, no
// list's repeated bylines.
TEST(Metadata, AuthorSpansOnOneLineAreNoList) {
  auto r = Extract(AuthorPage("",
                              "<main><article><h1>Canal report</h1><div class=\"byline\"><span "
                              "class=\"author\">Jane Doe</span>, <span class=\"author\">Tom Reed</span> and <span "
                              "class=\"author\">Sara Holt</span></div><p class=\"date\">March 3, 2024</p>"));
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->authors.empty());
  EXPECT_EQ(r->authors[0], "Jane Doe");
}

// "by Jane Doe" in a subtitle is a byline; "by category" continues the
// heading's words.
TEST(Metadata, SubtitleByNameIsAByline) {
  auto r = Extract(AuthorPage("",
                              "<main><article><h1>Canal report</h1><h2 class=\"subtitle\">A spring on the towpath, "
                              "<span>by Jane Doe</span></h2>"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->authors.size(), 1u);
  EXPECT_EQ(r->authors[0], "Jane Doe");
  auto q = Extract(AuthorPage("",
                              "<main><article><h1>Canal report</h1><h2 class=\"subtitle\">Explore walks "
                              "<span>by category</span></h2>"));
  ASSERT_TRUE(q.ok());
  EXPECT_TRUE(q->authors.empty()) << q->authors[0];
}

// An <h2> after the page's <h1> that repeats the meta headline ("5 best
// trends for 2026" in a story titled otherwise) heads a section of the
// story: the date scans stay by the <h1>, where the update stamp is.
TEST(Metadata, SectionH2AfterTheH1IsNoDateAnchor) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract(
      "<html><head><title>5 Best Trends for 2026-2030 | Example</title><script type=\"application/ld+json\">"
      "{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"5 Best Trends for 2026-2030\","
      "\"datePublished\":\"2025-06-17\",\"dateModified\":\"2025-06-17\"}</script></head><body><div class=head>"
      "<h1>Top 5 Trends to Watch in 2026-2030</h1><p>Updated Dec 18, 2025</p></div><div class=story>" + p + p +
      "<h2>5 best trends for 2026</h2>" + p + p + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-12-18");
}

// A site builder that sets the headline in a plain block, no heading
// ("<p class=framer-text>Title</p>"), with the writer and the date under
// it: the block that shows the title heads the date scan.
TEST(Metadata, PlainBlockShowingTheTitleAnchorsTheDate) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract(
      "<html><head><title>Top 5 Kettle Brands in 2026</title><meta property=\"og:title\" content=\"Top 5 Kettle "
      "Brands in 2026\"></head><body><div class=hero><div><p class=framer-text>Top 5 Kettle Brands in 2026</p></div>"
      "<div><p class=framer-text>Jane Doe</p></div><div><p class=framer-text>Feb 16, 2026</p></div></div>"
      "<div class=text>" + p + p + "<h3>Brand one</h3>" + p + "</div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2026-02-16");
}

// No headline, the title in an <h2> under a logo's <h1>: a <time> before
// that heading is the site header's clock (a forum software's "now" in
// its user box), not the page's date; the line under the heading is.
TEST(Metadata, TimeBeforeTheTitleHeadingIsTheHeaderClock) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract(
      "<html><head><title>How do I descale a kettle?</title><meta property=\"og:title\" content=\"How do I "
      "descale a kettle?\"></head><body><div id=header><h1><a href=\"/\"><img src=logo.png alt=\"Kettle "
      "Club\"></a></h1><div class=user><time datetime=\"2026-03-05T12:16:19Z\">March 05, 2026, 07:16:19 "
      "AM</time></div></div><div id=content><h2 class=title>How do I descale a kettle?</h2><p>Started by jane, "
      "June 04, 2024, 11:23:55 AM</p><div class=post>" + p + p + "</div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-06-04");
}

// A list page whose entries are each a "meta" box (a byline word) holding a
// "list-title" line, the authors and the subjects: the box is the entry's
// card, not a byline line, so each entry's title stays.
TEST(Extract, ListEntryInMetaBoxKeepsItsTitleClassedLine) {
  std::string entries;
  const char* titles[] = {"Measuring frost depth in clay soils", "Seed viability after twelve dry winters",
                          "Pollinator visits to urban balcony herbs", "Root growth of willow cuttings in sand"};
  for (int i = 0; i < 4; ++i)
    entries += std::string("<dt><a href=/abs/") + std::to_string(i) + ">Report " + std::to_string(i) +
               "</a></dt><dd><div class=meta><div class=list-title>" + titles[i] +
               "</div><div class=list-authors><a href=/a/1>Ann Lee</a>, <a href=/a/2>Bo Park</a></div>"
               "<div class=list-subjects>Subjects: Botany</div></div></dd>";
  const std::string body = "<main><h1>Recent reports</h1><p>Reports filed this week by the field stations.</p>"
                           "<dl>" + entries + "</dl></main>";
  auto r = Extract(PageAround("Recent reports", body, /*product=*/false));
  ASSERT_TRUE(r.ok());
  for (const char* t : titles) EXPECT_NE(r->text.find(t), std::string::npos) << r->text;
}

// On a list page a byline-classed list of a paper's authors under its
// title (names alone, parted by commas) is the card's content, not a
// story's byline; a "By" line in a card stays a byline.
TEST(Extract, ListPageKeepsPapersAuthorList) {
  std::string entries;
  const char* authors[] = {"Ann Lee, Bo Park, Cy Moe", "Dee Vance, Eli Stone and Fay Wu",
                           "Gus Hale, Ida van Berg, Jo Kim", "Kai Roe, Liv Nash, Max Ott, Ned Poe"};
  for (int i = 0; i < 4; ++i)
    entries += std::string("<div class=card><h3><a href=/p/") + std::to_string(i) + ">Paper number " +
               std::to_string(i) + " on soil moisture</a></h3><div class=authors>" + authors[i] +
               "</div><p>A short abstract of the paper about soil and water in dry seasons.</p></div>";
  const std::string body = "<main><h1>Recent papers</h1><p>Papers filed this week by the field stations.</p>" +
                           entries + "<div class=card><h3><a href=/p/9>A note</a></h3><div class=byline>By Ann "
                           "Lee</div><p>A short note on frost in clay soils over many winters.</p></div><div class=card><h3><a "
                           "href=/p/8>A talk</a></h3><div class=author>Rex Do, Ph.D. Director, Soil Analytics</div>"
                           "<p>A short talk on clay soils and their water over many winters.</p></div></main>";
  auto r = Extract(PageAround("Recent papers", body, /*product=*/false));
  ASSERT_TRUE(r.ok());
  for (const char* a : authors) EXPECT_NE(r->text.find(a), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("By Ann Lee"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Rex Do"), std::string::npos) << r->text;  // a speaker's card: name, degree, role
  // A day's index of papers under a dated heading (when read as a stamp
  // by the headline, the page is a dated story that names no writer)
  // keeps its authors too.
  const std::string dated = "<main><h1>Recent papers</h1><h3>Fri, 6 Mar 2026 (first 4 of 9 entries)</h3>" + entries +
                            "</main>";
  auto d = Extract(PageAround("Recent papers", dated, /*product=*/false));
  ASSERT_TRUE(d.ok());
  for (const char* a : authors) EXPECT_NE(d->text.find(a), std::string::npos) << d->text;
}

// A theme's tab and toggle panel classes, read folded in place.
TEST(Vocabulary, ThemeTogglePanelClass) {
  EXPECT_TRUE(NamesThemeTogglePanel("product tab__content"));
  EXPECT_TRUE(NamesThemeTogglePanel("Tab-Content active"));
  EXPECT_TRUE(NamesThemeTogglePanel("toggle__content"));
  EXPECT_TRUE(NamesThemeTogglePanel("ta_b-content"));  // (separators anywhere fold away, as before)
  EXPECT_FALSE(NamesThemeTogglePanel("tabs content"));
  EXPECT_FALSE(NamesThemeTogglePanel("tab-cont"));
  EXPECT_FALSE(NamesThemeTogglePanel(""));
}

TEST(Vocabulary, CardTitleClass) {
  EXPECT_TRUE(IsCardTitleClass("list-title mathjax"));
  EXPECT_TRUE(IsCardTitleClass("post_title"));
  EXPECT_TRUE(IsCardTitleClass("title"));
  EXPECT_FALSE(IsCardTitleClass("subtitled"));
  EXPECT_FALSE(IsCardTitleClass("entitlement"));
}



// fixcontent15: a thread's "Similar threads" heading set straight among the
// posts (in their own container, not a box of its own) drops its list of
// links only: the replies after it stay. A post's own heading of that name
// over its words (BBCode) drops nothing.
TEST(Extract, ThreadSimilarThreadsAmongPostsKeepsLaterReplies) {
  auto post = [](int i, const std::string& body) {
    const std::string n = std::to_string(i);
    return "<article class='message message--post'><div class=message-user><a href=/members/u" + n + ">member" +
           n + "</a></div><div class=message-main><div class=message-attribution><time datetime='2024-05-0" + n +
           "T10:00:00Z'>May " + n + ", 2024</time></div><div class=bbWrapper>" + body + "</div></div></article>";
  };
  auto reply = [](int i) {
    return "Reply number " + std::to_string(i) +
           ": I had the same trouble with the hinge and a drop of oil fixed it for a month before it came back.";
  };
  const std::string head = "<html><head><meta name=generator content='XenForo'><title>Squeaky hinge | DIY Forum"
                           "</title></head><body><h1>Squeaky hinge</h1><div class=block-body>";
  {
    std::string html = head + post(1, reply(1)) + post(2, reply(2)) +
                       "<h3>Similar threads</h3><ul><li><a href=/t/9>Door squeak</a></li>"
                       "<li><a href=/t/8>Loose hinge</a></li></ul>" +
                       post(3, reply(3)) + post(4, reply(4)) + post(5, reply(5)) + "</div></body></html>";
    auto r = Extract(html);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->page_type, "forum");
    EXPECT_NE(r->text.find("Reply number 2"), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("Reply number 3"), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("Reply number 5"), std::string::npos) << r->text;
    EXPECT_EQ(r->text.find("Loose hinge"), std::string::npos) << r->text;
  }
  {
    std::string html = head +
                       post(0, "<h3>Similar threads</h3>I read the similar threads on this board and none of "
                               "them solved it: the hinge squeaks again a day after oiling, on a new door.") +
                       post(1, reply(1)) + post(2, reply(2)) + post(3, reply(3)) + "</div></body></html>";
    auto r = Extract(html);
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r->text.find("none of them solved it"), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("Reply number 3"), std::string::npos) << r->text;
  }
}

// fixcontent15: a product page's hidden theme toggles and tabs labelled as
// the store's terms ("Warranty", "Payment options", "Size guide") stay
// out; a hidden toggle over the product's own words stays in.
TEST(Extract, ProductHiddenShopTermsPanelsAreLeftOut) {
  EXPECT_TRUE(IsShopTermsPanelLabel("Warranty"));
  EXPECT_TRUE(IsShopTermsPanelLabel("Shipping & Returns"));
  EXPECT_FALSE(IsShopTermsPanelLabel("Ingredients"));
  const std::string html =
      "<html><head><title>Trail Runner 3 - Shoe Shop</title><meta property=og:type content=product>"
      "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Trail Runner 3\","
      "\"offers\":{\"price\":\"120\",\"priceCurrency\":\"USD\"}}</script></head><body><main><h1>Trail Runner 3</h1>"
      "<div class=price>$120.00</div><button>Add to cart</button><div class=product-description><p>A light trail "
      "shoe with a grippy outsole, a rock plate under the forefoot and a roomy toe box for long days.</p></div>"
      "<div class=toggle><button>Materials</button><div class=toggle__content style='display:none'><p>The upper "
      "is a recycled polyester mesh, the midsole a foam of sugar cane and the laces are cotton.</p></div></div>"
      "<div class=toggle><button>Warranty</button><div class=toggle__content style='display:none'><p>All our "
      "shoes carry a one year warranty against manufacturing defects. Normal wear and tear is not covered.</p>"
      "</div></div><div class=toggle><button>Payment options</button><div class=toggle__content "
      "style='display:none'><p>We accept all major credit cards, PayPal and Klarna. Pay in four interest-free "
      "instalments on orders over fifty dollars.</p></div></div>"
      "<div class=tab__content style='display:none'><h3>Size guide</h3><p>Our shoes run true to size. If you "
      "are between sizes we recommend sizing up half a size for trail running on long descents.</p></div>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("grippy outsole"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("recycled polyester mesh"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("one year warranty"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("major credit cards"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("true to size"), std::string::npos) << r->text;
}

// fixcontent15: a story's boxed note labelled "Related" whose linked
// heading leads to another site (the rules it cites) is the story's: it
// stays; the same card linking the site's own story goes.
TEST(Extract, LabeledCardToAnotherSiteStays) {
  const std::string para =
      "<p>We spent three weeks living with the new layout, and the results were better than we expected in "
      "almost every way that matters for a small family with two children.</p>";
  const std::string html =
      "<html><head><title>Storage tips</title><meta property=og:type content=article></head><body><main><article>"
      "<h1>Storage tips for small flats</h1>" + para + para +
      "<div class=box><strong>Related</strong><h3><a href='https://gov.example/rules'>Tenancy rules on "
      "shelving</a></h3><p>Landlords in most cities must allow tenants to fix light shelving to walls as long "
      "as the holes are filled on leaving; check your lease.</p></div>" + para +
      "<div class=card><span>Related</span><h3><a href=/2024/04/best-shelves>The best shelves we tested this "
      "spring</a></h3><p>Our picks for every budget.</p></div>" + para + "</article></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("check your lease"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("best shelves we tested"), std::string::npos) << r->text;
}

// A headline split in two bold runs, the title shown whole only in the
// share box after the story: that repeat is no anchor, and the story's
// <time> above the split headline still dates it.
TEST(Metadata, ShareBoxRepeatOfTheTitleIsNoDateAnchor) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract(
      "<html><head><title>Five ways to reorganise a small flat</title></head><body><main><div class=post><time "
      "datetime=\"2024-05-02T09:00:00Z\">3 days ago</time><div class=hero><b>Five ways</b> <b>to reorganise a "
      "small flat</b></div>" + p + p + "<div class=share>Share this: <span>Five ways to reorganise a small "
      "flat</span></div></div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-05-02T09:00:00Z");
}

// A post's own <time> just above its <h2> headline, in the post's box, is
// no header clock: it dates the post (not the day-only stamp elsewhere).
TEST(Metadata, TimeAboveTheH2InThePostsBoxDatesThePost) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract(
      "<html><head><title>Five ways to reorganise a small flat</title></head><body><main><div class=post><div "
      "class=post-meta><time datetime=\"2024-05-02T09:00:00Z\">3 days ago</time></div><h2>Five ways to "
      "reorganise a small flat</h2>" + p + p + "</div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-05-02T09:00:00Z");
}

// Two <h1>s for "Recipes - Lemon tart": the story's in its <article> with
// a byline, the section's label in an <aside>. The story's heading is the
// title, though it is the <title>'s tail.
TEST(Extract, SectionLabelH1AtTheTitlesHeadIsNoHeadline) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract("<html lang=en><head><title>Recipes - Lemon tart</title></head><body><main><article><h1>Lemon "
                   "tart</h1><p>By Ann Roe</p>" + p + p + "</article><aside><h1>Recipes</h1><ul><li><a "
                   "href=\"/r/1\">Apple pie</a></li><li><a href=\"/r/2\">Plum cake</a></li></ul></aside></main>"
                   "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Lemon tart");
  // Both in <main>, the tail first with the story under it: still the tail.
  auto r2 = Extract("<html lang=en><head><title>Spring recipes - Lemon tart</title></head><body><main><h1>Lemon "
                    "tart</h1>" + p + p + "<h1>Spring recipes</h1>" + p + p + "</main></body></html>");
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->title.value_or(""), "Lemon tart");
  // The tail heading nothing (a manual's name) yields to the head.
  auto r3 = Extract("<html lang=en><head><title>Quick start - Acme Docs</title></head><body><main><h1>Acme Docs"
                    "</h1><p>x</p><h1>Quick start</h1>" + p + p + "</main></body></html>");
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r3->title.value_or(""), "Quick start");
}

// An article titled "Home" (a film review: its type, a byline, a date)
// keeps its name; so does a post whose URL is no front page's.
TEST(Extract, ArticleTitledHomeKeepsItsName) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto r = Extract("<html lang=en><head><title>Home</title><meta property=og:site_name content=\"Film Notes\">"
                   "<meta property=og:type content=article><meta property=article:published_time "
                   "content=2024-05-02T10:00:00Z></head><body><header><a href=\"/\">Film Notes</a></header><main>"
                   "<article><h1>Home</h1><p class=byline>By Jane Doe</p>" + p + p + "</article></main></body>"
                   "</html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title.value_or(""), "Home");
  const std::string post = "<html lang=en><head><title>Home | Cozy Living</title><meta property=og:site_name "
                           "content=\"Cozy Living\"><meta property=og:title content=Home></head><body><main><h1>"
                           "Home</h1>" + p + p + "</main></body></html>";
  ExtractOptions opts;
  opts.url = "https://cozy.example/2024/05/home/";
  auto r2 = Extract(post, opts);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->title.value_or(""), "Home");
  opts.url = "https://cozy.example/";
  auto r3 = Extract(post, opts);
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r3->title.value_or(""), "Cozy Living");
}


// A blog's <h1> is its name linked to the front page; the post's title is
// a <legend>, and its date loose text right after it, in no element of its
// own (the fieldset holds the body too).
TEST(Metadata, LooseDateAfterTheTitleLegendUnderALogoH1) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  const std::string page =
      "<html><head><title>Repairing an old kettle</title><meta property=\"og:title\" content=\"Repairing an old "
      "kettle\"></head><body><div class=title><h1><a href=\"/\">Jane's Blog</a></h1></div><fieldset><legend>"
      "Repairing an old kettle</legend>\n14 March 2025\n\n<div class=body>" + p + p + p +
      "</div></fieldset></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-03-14");
  // Loose words after the title are no date.
  std::string no_date = page;
  no_date.replace(no_date.find("14 March 2025"), 13, "Notes from my shed");
  r = Extract(no_date);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
}

// A timeago web component that shows nothing until its script runs gives
// the post's moment in its `ts` (or `datetime`) attribute.
TEST(Metadata, EmptyTimeagoElementGivesItsMachineStamp) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view stamp) {
    return "<html><head><title>Which kettle lasts longest?</title></head><body><div class=post><div class=meta>"
           "<a href=\"/u/jane\">jane</a> <span>&bull;</span> " + std::string(stamp) +
           "</div><h1>Which kettle lasts longest?</h1>" + p + p + "</div></body></html>";
  };
  ExtractOptions opts;
  opts.reference_date = "2026-11-28";
  auto r = Extract(page("<x-timeago ts=\"2026-03-03T09:47:05.754000+0000\" class=small></x-timeago>"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2026-03-03");
  r = Extract(page("<relative-time datetime=\"2025-07-01T10:00:00Z\"></relative-time>"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-07-01");
}
// On a list page a teaser card's <footer> that signs and dates it ("Jo
// Writer · March 1, 2026" under each post of a blog's index) is the card's
// byline, kept with its headline; the page's footer and a card footer that
// is a bare date stay out.
TEST(Extract, ListCardFooterSigningTheCardStays) {
  std::string cards;
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    cards += "<li><article class=post><h2><a href=\"/blog/post-" + n + "\">How we rebuilt the search system, part " +
             n + "</a></h2><p>What we learned while moving the index, step " + n +
             ".</p><footer><a href=\"/author/jo" + n + "\">Jo Writer" + n + "</a> &middot; March " + n +
             ", 2026</footer></article></li>";
  }
  const std::string page =
      "<html><head><title>The blog</title></head><body><header><nav><a href=\"/\">Home</a> "
      "<a href=\"/about\">About</a></nav></header><main><h1>The blog</h1><ul class=posts>" +
      cards +
      "</ul></main><footer><a href=\"/privacy\">Privacy</a> Copyright 2026 Example Inc</footer></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("How we rebuilt the search system, part 3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Jo Writer3"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("March 3, 2026"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Copyright"), std::string::npos) << r->text;
  // A card footer that only dates the card is no byline: it stays out.
  std::string dated = page;
  for (size_t at = 0; (at = dated.find("<footer><a href=\"/author/", at)) != std::string::npos;) {
    const size_t end = dated.find("</a>", at) + 4;
    dated.replace(at + 8, end - (at + 8), "Posted on");
  }
  r = Extract(dated);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Posted on"), std::string::npos) << r->text;
}


// A category page whose header holds a shelf of cart buttons, then its
// <h1>, a grid of cards (each a link, "Choose options") and one featured
// add-to-cart control further down, is no product page: the cards' links
// under the <h1> are a grid. A product's <h1> followed by its price, its
// text and its one control still is, the shelf above it or not.
TEST(Extract, CategoryGridUnderTheHeadlineWithOneFeaturedCartControlIsNoProduct) {
  std::string shelf;
  for (int i = 0; i < 3; ++i)
    shelf += "<div class=product-card><a href=/p/x>Other sock</a><span class=price>$9.00</span>"
             "<button class=add-to-cart>Add to cart</button></div> ";
  std::string grid;
  for (int i = 1; i <= 4; ++i)
    grid += "<div class=card><a href=/p/" + std::to_string(i) + ">Sock " + std::to_string(i) + "</a> <span>$1" +
            std::to_string(i) + ".00</span> <a href=/p/" + std::to_string(i) + ">Choose options</a></div>";
  auto category = Extract(
      "<html><head><title>Socks</title></head><body><header><div class=mini-shelf>" + shelf +
      "</div></header><main><h1>Socks</h1><p>Our full range of merino and cotton socks for hiking, running and "
      "every day.</p><div class=grid>" + grid + "</div><section class=featured><h2>Sock of the month</h2><p>Merino "
      "hiker, now in rust.</p><form action=/cart/add><button class=add-to-cart name=add>Add to cart</button></form>"
      "</section></main></body></html>");
  ASSERT_TRUE(category.ok());
  EXPECT_NE(category->page_type, "product");
  auto product = Extract(
      "<html><head><title>Merino hiker sock</title></head><body><div class=complete-the-look>" + shelf +
      "</div><main><h1>Merino hiker sock</h1><p class=price>$18.00</p><p>A cushioned merino sock for long days on "
      "the trail, with a reinforced heel and toe and a seamless toe closure.</p><form action=/cart/add><button "
      "class=add-to-cart name=add>Add to cart</button></form></main></body></html>");
  ASSERT_TRUE(product.ok());
  EXPECT_EQ(product->page_type, "product");
}

// An event's page sets its date loose after its <h1> ("<h1>Jazz
// Night</h1> 14 June 2026 <div>"): that is when it happens, not when the
// page was published. After a <legend> that shows the title the loose
// date is read, unless what follows tells of an event ("Doors open",
// "Tickets", "7pm") or the page declares an Event.
TEST(Metadata, LooseDateAfterAnEventsHeadlineIsNoPublishDate) {
  ExtractOptions opts;
  opts.reference_date = "2026-11-28";
  const std::string desc =
      "<div class=desc><p>Join us for an evening of live jazz with the Northfield Quartet on the riverside terrace. "
      "Doors open at seven, music from eight until late.</p><p>Tickets are twenty dollars at the door or fifteen "
      "online. Food trucks will be on site, and the bar serves local beer and wine.</p></div>";
  auto h1 = Extract("<html><head><title>Jazz Night at the Riverside</title></head><body><main><div class=event><h1>"
                    "Jazz Night at the Riverside</h1> 14 June 2026 " + desc + "</div></main></body></html>",
                    opts);
  ASSERT_TRUE(h1.ok());
  EXPECT_FALSE(h1->date_published.has_value()) << h1->date_published.value_or("");
  auto legend = [&](const std::string& head, const std::string& body) {
    return "<html><head><title>Jazz Night | Jane's Blog</title>" + head +
           "</head><body><h1><a href=\"/\">Jane's Blog</a></h1><fieldset><legend>Jazz Night</legend> 14 June 2026 " +
           body + "</fieldset></body></html>";
  };
  auto doors = Extract(legend("", desc), opts);
  ASSERT_TRUE(doors.ok());
  EXPECT_FALSE(doors->date_published.has_value()) << doors->date_published.value_or("");
  const std::string plain = "<div class=body><p>" + std::string(kEnglishProse) + "</p></div>";
  auto event = Extract(legend("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                              "\"MusicEvent\",\"name\":\"Jazz Night\",\"startDate\":\"2026-06-14\"}</script>",
                              plain),
                       opts);
  ASSERT_TRUE(event.ok());
  EXPECT_NE(event->date_published.value_or("").substr(0, 10), "2026-06-14");
  // A post under the same template keeps its date.
  auto post = Extract(legend("", plain), opts);
  ASSERT_TRUE(post.ok());
  EXPECT_EQ(post->date_published.value_or("").substr(0, 10), "2026-06-14");
}

// The blog's name linked to its front page, the <a> on a line of its own
// ("<h1>\n  <a href=/>Jane's Blog</a>\n</h1>"), is the same masthead: the
// <legend> that shows the title anchors the date.
TEST(Metadata, LogoH1WithWhiteSpaceAroundItsLinkStillLinksHome) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  const std::string page =
      "<html><head><title>Winter walks | Jane's Blog</title></head><body><h1>\n  <a href=\"/\">Jane's Blog</a>\n"
      "</h1>\n<fieldset><legend>Winter walks</legend> 20 December 2025 <div class=body>" + p + p +
      "</div></fieldset></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-12-20");
  // A heading with more than the link is no masthead.
  std::string more = page;
  more.replace(more.find("\n</h1>"), 1, " and notes\n");
  r = Extract(more);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value());
}

// A byline that gives the meta tag's writer with an initial ("By J.
// Smith" for "Jane Smith") names the same person: the fuller name stays.
// Another first name is another person, and the byline wins.
TEST(Extract, BylineWithTheMetaAuthorsInitialKeepsTheFullerName) {
  auto page = [](const std::string& byline) {
    return "<html><head><title>Council approves bus expansion</title><meta name=author content=\"Jane Smith\">"
           "<meta property=og:type content=article></head><body><main><article><h1>Council approves bus expansion"
           "</h1><div class=byline>By " + byline + "</div><time datetime=2025-03-03>March 3, 2025</time><p>" +
           std::string(kEnglishProse) + "</p><p>" + std::string(kEnglishProse) + "</p></article></main></body></html>";
  };
  auto initial = Extract(page("J. Smith"));
  ASSERT_TRUE(initial.ok());
  EXPECT_EQ(initial->authors, std::vector<std::string>{"Jane Smith"});
  auto other = Extract(page("Tom Smith"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->authors, std::vector<std::string>{"Tom Smith"});
  auto other_initial = Extract(page("T. Smith"));
  ASSERT_TRUE(other_initial.ok());
  EXPECT_EQ(other_initial->authors, std::vector<std::string>{"T. Smith"});
}

// A note after the story that gives its first publication, on a page that
// declares no date and whose header shows the day it was re-dated: the
// note's earlier day is the publication's.
TEST(Metadata, OriginalPublicationNoteAfterStoryDatesThePage) {
  const std::string p = "<p>" + std::string(kEnglishProse) + "</p>";
  auto page = [&](std::string_view note, std::string_view head) {
    return "<html><head><title>How to winter a fig tree</title><meta property=\"og:type\" content=\"article\">" +
           std::string(head) +
           "</head><body><main><h1>How to winter a fig tree</h1><div class=meta><span class=name>Jane Doe</span>"
           "<span class=post-date>4 Mar 2024, 9:10am</span></div><article>" + p + p + p + "</article>" +
           std::string(note) + "<div class=feedback><p>Was this helpful?</p></div></main></body></html>";
  };
  ExtractOptions opts;
  opts.reference_date = "2026-11-28";
  const std::string note =
      "<p class=disclaimer>This guide was originally published on 12 June 2018 at 3:00pm and has since been "
      "updated.</p>";
  auto r = Extract(page(note, ""), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2018-06-12");
  // Without the note, the header's stamp.
  r = Extract(page("", ""), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-04");
  // A declared publication date stays.
  r = Extract(page(note, "<meta property=\"article:published_time\" content=\"2024-03-04T09:10:00Z\">"), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-04");
  // A note of a later day is no first publication.
  r = Extract(page("<p class=disclaimer>This guide was first published on 2 May 2025.</p>", ""), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-04");
  // A related story's linked teaser after the story is no note on it; nor
  // is a heading.
  r = Extract(page("<div class=related><a href=/photo>The photo first published on May 1, 2020 that changed the "
                   "debate</a></div>",
                   ""),
              opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-04");
  r = Extract(page("<h2>Originally published on 1 May 2020: the letters</h2>", ""), opts);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-03-04");
}

// fixcontent16: the negative cases of this pass's body rules.

// A "screenshot" or "mockup" aria-label drops only a drawing: not an
// article about screenshots, a gallery's section of captioned shots, a
// product's description whose label holds the word, nor a label that
// does not open on the cue.
TEST(Extract, DrawnScreenLabelSparesArticlesSectionsAndDescriptions) {
  const std::string para = "<p>Windows offers several ways to capture what is on your screen, and the simplest is "
                           "the Print Screen key, which copies the whole screen to the clipboard for any editor.</p>";
  auto article = Extract("<html><body><main><article aria-label='Screenshot guide for Windows'><h1>Screenshots</h1>" +
                         para + para + "</article></main></body></html>");
  ASSERT_TRUE(article.ok());
  EXPECT_NE(article->text.find("Print Screen key"), std::string::npos) << article->text;
  auto gallery = Extract("<html><body><main><h1>Notely</h1>" + para +
                         "<section aria-label='Screenshots'><h2>See it in action</h2><div><p>Search across every "
                         "notebook instantly, including text inside attached PDFs and scanned images.</p></div>"
                         "</section></main></body></html>");
  ASSERT_TRUE(gallery.ok());
  EXPECT_NE(gallery->text.find("attached PDFs"), std::string::npos) << gallery->text;
  auto description = Extract(
      "<html><body><main><h1>T-shirt Mockup Bundle</h1><div aria-label='Mockup bundle description'>"
      "<p>Forty photorealistic t-shirt mockups in PSD format with smart objects, so you can drop in your design.</p>"
      "<p>Includes front, back and folded views in twelve colors, plus a hanger scene and a flat lay on linen.</p>"
      "</div></main></body></html>");
  ASSERT_TRUE(description.ok());
  EXPECT_NE(description->text.find("hanger scene"), std::string::npos) << description->text;
  EXPECT_TRUE(IsDrawnScreenLabel("A screenshot of the app"));
  EXPECT_TRUE(IsDrawnScreenLabel("Mockup of the dashboard"));
  EXPECT_FALSE(IsDrawnScreenLabel("How to take a screenshot on Windows"));
  EXPECT_FALSE(IsDrawnScreenLabel("T-shirt mockup bundle"));
}

// An undeclared news story signed with a byline and a date, under a
// normal comment section many times its size, stays the story: no link
// post's sign (its headline links nowhere, no votes), and it is signed.
TEST(Extract, SignedUntypedStoryWithManyCommentsIsNoThread) {
  std::string story = "<div class=post><h1>Council approves bus expansion</h1>"
                      "<p class=byline>By Jane Smith | March 3, 2025</p>";
  for (int i = 0; i < 3; ++i)
    story += "<p>The city council voted on Tuesday to approve a new budget that expands bus service across the "
             "northern districts, a move that transit advocates have sought for nearly a decade.</p>";
  story += "</div>";
  std::string replies = "<div id=comments class=comments-area><h2>30 Comments</h2>";
  for (int i = 1; i <= 30; ++i)
    replies += "<div class=comment><div class=comment-body><p>Reply number " + std::to_string(i) +
               ": I have lived in the northern district for years and I think this budget decision is going to "
               "change how people commute, for better or worse, once the new routes open in the spring.</p>"
               "</div></div>";
  replies += "</div>";
  auto r = Extract("<html><head><title>Council approves bus expansion</title></head><body>" + story + replies +
                   "</body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("transit advocates"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Reply number"), std::string::npos) << r->text;
  EXPECT_TRUE(IsLinkPostVoteClass("votearrow"));
  EXPECT_FALSE(IsLinkPostVoteClass("comment-body"));
}

// A page's opening paragraph that presents a person named as its author
// ("Jane Smith is a software engineer in Berlin...") is no writer's bio:
// the bio comes after the story's prose on a signed story only.
TEST(Extract, WriterBioIsNeverThePagesOpeningParagraph) {
  const std::string rest =
      "<p>This week the council finally agreed to fund the new bus routes that residents asked for in the "
      "spring, and the first buses should run before the summer holidays begin.</p></main></body></html>";
  auto home = Extract("<html><head><meta name=author content='Jane Smith'><title>Jane Smith</title></head><body>"
                      "<main><h1>Hello</h1><div><div>Jane Smith is a software engineer in Berlin who writes about "
                      "compilers, databases and the odd bicycle trip.</div></div>" + rest);
  ASSERT_TRUE(home.ok());
  EXPECT_NE(home->text.find("software engineer in Berlin"), std::string::npos) << home->text;
  auto oped = Extract("<html><head><title>Buses</title></head><body><main><h1>Why we fund the buses</h1>"
                      "<p class=byline>By Jane Smith</p><p class=date>March 3, 2025</p>"
                      "<div><div>Jane Smith is the mayor of Northfield. She was elected two years ago on a "
                      "promise to fix the buses.</div></div>" + rest);
  ASSERT_TRUE(oped.ok());
  EXPECT_NE(oped->text.find("mayor of Northfield"), std::string::npos) << oped->text;
}

// A "Legal" hub whose content is its list of policy links keeps it: the
// page's only list, right under its headline, is no footer row.
TEST(Extract, SiteLinksRowSparesAHubsOwnList) {
  auto r = Extract(
      "<html><body><header><a href=/>Acme</a> <a href=/products>Products</a></header><main><h1>Legal</h1>"
      "<p>Find Acme's policies and agreements below. Each document explains how we handle your data.</p>"
      "<ul><li><a href=/privacy>Privacy Policy</a></li><li><a href=/terms>Terms of Service</a></li>"
      "<li><a href=/cookies>Cookie Policy</a></li><li><a href=/accessibility>Accessibility</a></li>"
      "<li><a href=/imprint>Imprint</a></li></ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Cookie Policy"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Imprint"), std::string::npos) << r->text;
}

// On a signed story, a writer's list of other sites' products under "you
// might also like:" is hers: only a list of the site's own pages goes.
TEST(Extract, SignedStoryKeepsItsListOfOutsideProducts) {
  std::string html =
      "<html><head><title>Hiking gear</title></head><body><div class=post><h1>My favourite hiking gear</h1>"
      "<p class=byline>By Jane Smith | March 3, 2025</p>"
      "<p>After three seasons in the Alps I have settled on a kit that is light, durable and cheap enough to "
      "replace. Here is what I carry and why each item earned its place.</p>"
      "<p>If you hike in wet weather you might also like:</p><ul>"
      "<li><a href='https://shop.example.org/jacket'>Acme Storm Jacket</a></li>"
      "<li><a href='https://shop.example.org/gaiters'>Acme Gaiters</a></li>"
      "<li><a href='https://shop.example.org/poles'>Acme Carbon Poles</a></li></ul>"
      "<p>All of these survived a full week of rain on the Haute Route last September without a single failure, "
      "which is the best test I know.</p></div></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Acme Storm Jacket"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("wet weather"), std::string::npos) << r->text;
}

// "Also check:" opening a checklist whose one link is a small part of it
// stays; over one link that is nearly all the line it is a pointer.
TEST(Extract, AlsoCheckChecklistStays) {
  auto r = Extract(
      "<html><head><meta property=og:type content=article><title>Winter</title></head><body><article>"
      "<h1>Preparing your car for winter</h1>"
      "<p>Cold weather is hard on batteries, tires and fluids. A short checklist done in October saves a tow.</p>"
      "<p>Start with the battery: have it load tested at any parts store, which is usually free and quick.</p>"
      "<p>Also check: the antifreeze mix with a <a href=/tools/tester>hydrometer</a>, the wiper blades, and the "
      "tire tread depth with a coin.</p>"
      "<p>Finally, keep a blanket, a scraper and a small shovel in the trunk for the days the plows are late.</p>"
      "</article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("wiper blades"), std::string::npos) << r->text;
  EXPECT_TRUE(StartsWithPointerCue("Also check: Ten walks by the sea"));
  EXPECT_FALSE(StartsWithPointerCue("Read more: Ten walks by the sea"));
}


// A news story's own <footer> of tags, date and print link ("Filed under
// Council · Updated March 1, 2026 · Print this story"), on a page of two
// full stories, signs no card: it stays out, as on a list page a card
// footer of a name and a day stays in.
TEST(Extract, StoryTagAndPrintFooterIsNoCardByline) {
  const std::string p1 =
      "<p>The council met on Tuesday evening to discuss the proposed changes to the town centre parking scheme, "
      "which residents have criticised for months as confusing and costly for visitors and shop owners.</p>"
      "<p>Several speakers argued that the new meters would push shoppers toward the retail park on the edge of "
      "town, where parking is free and plentiful, and that the high street would suffer as a result.</p>";
  const std::string p2 =
      "<p>The central library will close on Mondays from April, the third cut to its hours in as many years, after "
      "the county trimmed its budget for cultural services by a further ten percent this year.</p>"
      "<p>Campaigners said they would hold a read-in on the library steps next week and urged residents to write "
      "to their councillors before the final vote at the end of the month.</p>";
  const std::string footer =
      "<footer>Filed under <a href=\"/t/council\">Council</a> &middot; Updated March 1, 2026 &middot; "
      "<a href=\"/print\">Print this story</a></footer>";
  const std::string page =
      "<html><head><title>Parking scheme row deepens - Town News</title></head><body><header><a href=\"/\">Town "
      "News</a></header><main><article class=story><h2>Parking scheme row deepens in town</h2>" + p1 + footer +
      "</article><article class=story><h2>Library opening hours cut again this spring</h2>" + p2 + footer +
      "</article></main><footer>&copy; Town News</footer></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Parking scheme row deepens in town"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Print this story"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Filed under"), std::string::npos) << r->text;
  // A blog index's card footer of a plain-linked name and a day still stays.
  std::string cards;
  for (int i = 1; i <= 3; ++i)
    cards += "<article class=post><h2><a href=\"/a/" + std::to_string(i) + "\">Grafting old apple varieties, part " +
             std::to_string(i) + "</a></h2><p>A short excerpt of the post that tells the reader what it is about in a "
             "sentence or two at most.</p><footer><a href=\"/u/jo\">Jo Writer</a> &middot; March " +
             std::to_string(i) + ", 2026</footer></article>";
  r = Extract("<html><head><title>Blog - Orchard Journal</title></head><body><header><a href=\"/\">Orchard "
              "Journal</a></header><main><h1>Blog</h1>" + cards +
              "</main><footer>&copy; Orchard Journal</footer></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Jo Writer \xC2\xB7 March 2, 2026"), std::string::npos) << r->text;
}


// On an undated page whose title names a selection ("Editor's picks of the
// year"), the "Featured articles" strip after its prose is the page's own
// content and stays; after a story's prose under a plain title a "Keep
// reading" strip of the site's other posts still goes.
TEST(Extract, FeaturedStripOnASelectionPageStays) {
  std::string prose;
  for (int i = 0; i < 8; ++i)
    prose += "<p>When we first moved to the valley the orchard was little more than a tangle of brambles and fallen "
             "limbs, and it took the better part of two years to clear the ground and replant the old varieties "
             "that had once grown there in abundance.</p> ";
  auto page = [&](std::string_view title, std::string_view h1, std::string_view strip) {
    return "<html><head><title>" + std::string(title) + " - The Orchard Journal</title></head><body><header><a "
           "href=\"/\">The Orchard Journal</a></header><main><h1>" + std::string(h1) + "</h1>" + prose + "<h2>" +
           std::string(strip) + "</h2><div class=picks><div class=pick><h3><a href=\"/a/1\">Grafting old apple "
           "varieties</a></h3><p>Our most read piece of the year walks through grafting step by step.</p></div>"
           "<div class=pick><h3><a href=\"/a/2\">Why we stopped spraying</a></h3><p>Three seasons without "
           "fungicide, and what happened to the scab.</p></div><div class=pick><h3><a href=\"/a/3\">A year of "
           "cider</a></h3><p>From pressing to bottling, everything we learned.</p></div></div></main><footer>&copy; "
           "Orchard Journal</footer></body></html>";
  };
  auto r = Extract(page("Editor's picks of the year", "Our best of the year", "Featured articles"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Why we stopped spraying"), std::string::npos) << r->text;
  r = Extract(page("Clearing the orchard", "Clearing the orchard", "Keep reading"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Why we stopped spraying"), std::string::npos) << r->text;
}

// A shop's grid in two tabs: the second tab's cards are hidden
// (display:none) until its tab is clicked, beside the shown grid, under a
// box with a tab bar. They are the page's content, one click away; a hidden
// box beside a shown one with no tabs about stays out.
TEST(Extract, HiddenTabOfCardsStays) {
  auto grid = [](std::string_view style, std::string_view a, std::string_view b) {
    std::string g = "<div class=grid" + std::string(style) + ">";
    for (std::string_view name : {a, b})
      g += "<div class=card><h3><a href=\"/p/" + std::string(name.substr(0, 4)) + "\">" + std::string(name) +
           "</a></h3><p>Sturdy, weatherproof and quick to fit: it needs nothing but the two screws in the box, "
           "and the birds take to it within a week.</p><span>$29.00</span></div>";
    return g + "</div>";
  };
  auto page = [&](std::string_view bar) {
    return "<html><head><title>Shop - Garden Birds</title></head><body><header><a href=\"/\">Garden "
           "Birds</a></header><main><h1>Shop</h1><div class=shop>" + std::string(bar) +
           grid("", "Cedar Feeder", "Copper Feeder") +
           grid(" style='display:none'", "Wall Mount", "Perch Extender") +
           "</div></main><footer>&copy; Garden Birds</footer></body></html>";
  };
  auto r = Extract(page("<div class=shop-tabs><div class=tab>Feeders</div><div class=tab>Add-ons</div></div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Cedar Feeder"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Perch Extender"), std::string::npos) << r->text;
  // The tab bar named by its role in any case ("TabList"), no class.
  r = Extract(page("<div role=\"TabList\"><span>Feeders</span><span>Add-ons</span></div>"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Perch Extender"), std::string::npos) << r->text;
  r = Extract(page(""));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Cedar Feeder"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Perch Extender"), std::string::npos) << r->text;
}

// A live blog's entries each open on a headline-classed subheading over
// their own prose ("<h3 class=live-post__title>" then the entry's text):
// the entries' titles stay; the story's headline still goes.
TEST(Extract, LiveBlogEntryTitlesStay) {
  std::string entries;
  for (int i = 0; i < 3; ++i)
    entries += "<div class=live-post><time class=live-post__time>" + std::to_string(9 + i) +
               ":15 PM</time><h3 class=live-post__title>Entry title number " + std::to_string(i) +
               " from the count</h3><div class=live-post__body><p>Officials in the northern district paused the "
               "count for an hour after a power cut at the town hall, and all ballots stayed sealed under "
               "watch.</p></div></div>";
  auto r = Extract("<html><head><title>Election night live</title><meta property=\"og:type\" "
                   "content=\"article\"></head><body><main><article class=live-blog><h1 "
                   "class=live-title>Election night live</h1><div class=live-feed>" + entries +
                   "</div></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Entry title number 1 from the count"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Election night live"), std::string::npos) << r->text;
  // A lone box's headline-classed label over its text ("Did you know") is
  // no entry of a feed: it goes as before.
  r = Extract("<html><head><title>Election night live</title><meta property=\"og:type\" "
              "content=\"article\"></head><body><main><article><h1>Election night live</h1><p>Officials in the "
              "northern district paused the count for an hour after a power cut at the town hall.</p><p>All "
              "ballots stayed sealed under police watch, the returning officer said later that evening.</p>"
              "<div class=fact-box><h3 class=box-headline>Did you know</h3><p>Turnout in the northern district "
              "has risen at each of the last four elections, the council's own figures show.</p></div>"
              "</article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Did you know"), std::string::npos) << r->text;
}

// A story its template cuts in two <article>s around an ad slot, the parts
// numbered apart ("post-content part-1", "post-content part-2"): both
// parts are the body; a related story's card beside them is not.
TEST(Extract, StoryInNumberedPartsJoins) {
  auto r = Extract(
      "<html><head><title>The last keeper</title><meta property=\"og:type\" content=\"article\"></head><body>"
      "<main><article class=\"post-content part-1\"><h1>The last keeper</h1><p>For twenty-two years he climbed "
      "the steps of the light twice a day, wound the clockwork and wrote the weather into a ledger.</p><p>When "
      "the light was automated he was the last man to leave the rock, and he still keeps the brass key.</p>"
      "</article><div class=ad-slot>Advertisement</div><article class=\"post-content part-2\"><p>You learn the "
      "moods of the sea, he says, and a flat calm in February frightens him more than a gale does.</p><p>He is "
      "writing a memoir now in longhand at the table where he once logged the passing ships.</p></article>"
      "<section class=more-stories><article class=card><a href=\"/f/1\"><h3>The ferrymen of the loch</h3></a>"
      "</article></section></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("writing a memoir now"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("brass key"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("ferrymen"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Advertisement"), std::string::npos) << r->text;
}

// A layout grid's two columns differ in their classes only by numbers
// ("col-md-8" / "col-md-4", "w-2/3" / "w-1/3"), but the side column is not a
// second part of the story: numbered parts are one apart ("part-1" /
// "part-2").
TEST(Extract, GridColumnsAreNotNumberedParts) {
  auto page = [](std::string_view main_class, std::string_view side_class) {
    return "<html><head><title>The last keeper</title><meta property=\"og:type\" content=\"article\"></head>"
           "<body><main><h1>The last keeper</h1><div class=columns><div class=\"" + std::string(main_class) +
           "\" itemprop=articleBody><p>For twenty-two years he climbed the steps of the light twice a day, wound "
           "the clockwork and wrote the weather into a ledger.</p><p>When the light was automated he was the last "
           "man to leave the rock, and he still keeps the brass key.</p><p>You learn the moods of the sea, he "
           "says, and a flat calm in February frightens him more than a gale does.</p><p>He is writing a memoir "
           "now in longhand at the table where he once logged the passing ships.</p></div><div class=\"" +
           std::string(side_class) + "\"><p>Our quarterly magazine is written by volunteers who love the coast "
           "and the people who keep it, and it reaches members in forty countries.</p></div></div></main></body>"
           "</html>";
  };
  for (auto [m, s] : {std::pair{"column is-8", "column is-4"}, std::pair{"w-2/3 px-4", "w-1/3 px-4"},
                      std::pair{"span9", "span3"}}) {
    auto r = Extract(page(m, s));
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r->text.find("brass key"), std::string::npos) << m << r->text;
    EXPECT_EQ(r->text.find("quarterly magazine"), std::string::npos) << m << r->text;
  }
  // Parts one apart still join.
  auto r = Extract(page("story part-1", "story part-2"));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("quarterly magazine"), std::string::npos) << r->text;
}

// A European byline line runs the name into the stamp's own cue ("Par
// Julien Moreau Publié le 4 juin 2024"): the name ends before the cue.
TEST(Extract, BylineNameEndsAtForeignPublishCue) {
  auto page = [](std::string_view lang, std::string_view line) {
    return "<html lang=" + std::string(lang) + "><head><title>Les abeilles reviennent</title><meta "
           "property=\"og:type\" content=\"article\"></head><body><article><h1>Les abeilles reviennent</h1><div "
           "class=article__meta><p class=article__author>" + std::string(line) + "</p></div><div "
           "class=article__content><p>Depuis trois ans, une vingtaine de domaines laissent pousser des fleurs "
           "entre les rangs de vigne, et les chercheurs comptent les abeilles.</p><p>Les vignerons y trouvent "
           "aussi leur compte, car le couvert retient l'eau et limite l'érosion.</p></div></article></body>"
           "</html>";
  };
  auto r = Extract(page("fr", "Par <a href=\"/j/jm\">Julien Moreau</a> Publié le 4 juin 2024 à 10h15"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Julien Moreau"});
  r = Extract(page("de", "Von <a href=\"/a/kv\">Katrin Vogel</a> Aktualisiert am 18.09.2024"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Katrin Vogel"});
}

// The feedback box under a service or help page ("Is this page useful?
// Yes No") is the site's survey: it goes, in several languages; the
// page's own sections stay.
TEST(Extract, PageFeedbackBoxGoes) {
  auto page = [](std::string_view question) {
    return "<html><head><title>Renew your boat licence</title></head><body><main><h1>Renew your boat "
           "licence</h1><p>You must renew your licence before it expires to keep using your boat on the "
           "waterways.</p><h2>How much it costs</h2><p>A twelve-month licence costs 620 pounds for a boat up to "
           "ten metres long.</p><div class=feedback><h2>" + std::string(question) + "</h2><a href=\"#y\">Yes</a> "
           "<a href=\"#n\">No</a> <a href=\"/problem\">Report a problem with this page</a></div></main></body>"
           "</html>";
  };
  for (std::string_view q : {"Is this page useful?", "War diese Seite hilfreich?",
                             "Cette page vous a-t-elle été utile ?", "¿Te ha resultado útil esta página?"}) {
    auto r = Extract(page(q));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->text.find(q), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("How much it costs"), std::string::npos) << r->text;
  }
}

// An obituary's guestbook: the signer of a condolence ("— Tom R.", in a
// class naming its author) is a reader, like a commenter, never the
// page's writer.
TEST(Extract, GuestbookSignerIsNoAuthor) {
  EXPECT_TRUE(ClassifyClassId("guestbook", "") & kHintComments);
  EXPECT_TRUE(ClassifyClassId("condolence-entry", "") & kHintComments);
  auto r = Extract(
      "<html><head><title>Harold Finch</title></head><body><main><h1>Harold Finch</h1><p>Harold Finch, 91, of "
      "Millbrook, died on March 2 at the hospice he had helped to found. He ran the town's hardware store for "
      "forty years and coached the under-twelves on Saturdays.</p><p>A memorial service will be held at the "
      "Millbrook chapel on Saturday at noon.</p><section class=guestbook><h2>Guestbook</h2><div "
      "class=condolence><p class=condolence-text>He sold me my first hammer. Rest well.</p><p "
      "class=condolence-author>— Tom R.</p></div></section></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A job posting's day is its JSON-LD datePosted; an event's startDate is
// the day it happens, never the page's date.
TEST(Extract, JobPostingDatePostedEventStartDateNot) {
  auto page = [](std::string_view ld) {
    return "<html><head><title>Night shift nurse</title><script type=\"application/ld+json\">" +
           std::string(ld) +
           "</script></head><body><main><h1>Night shift nurse</h1><p>Our ward needs a registered nurse for "
           "three night shifts a week, caring for patients recovering from surgery.</p><p>You will hand over "
           "to the day team at seven and keep the ward's records up to date.</p></main></body></html>";
  };
  auto r = Extract(page(R"({"@context":"https://schema.org","@type":"JobPosting","title":"Night shift nurse",)"
                        R"("datePosted":"2024-08-01"})"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2024-08-01");
  r = Extract(page(R"({"@context":"https://schema.org","@type":"Event","name":"Night shift nurse",)"
                   R"("startDate":"2024-10-19T18:00"})"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->date_published.has_value()) << *r->date_published;
}

// A Japanese or Chinese byline: the writer mark ("文・", "記者：",
// "撰文：") and the desk in full-width brackets after the name go.
TEST(Extract, CjkWriterMarkAndDeskGoFromByline) {
  auto page = [](std::string_view byline) {
    return "<html lang=ja><head><title>市電の新路線が開業</title></head><body><article><h1>市電の新路線が開業</h1>"
           "<div class=byline>" + std::string(byline) +
           "</div><p>市は十日、駅前と港を結ぶ市電の新しい路線の営業を始めた。初日は朝から多くの市民が乗車し、"
           "沿線の商店街もにぎわった。</p><p>市によると、一日の利用者は約八千人を見込んでいる。運賃は大人二百円"
           "で、既存の路線と同じとなる。</p></article></body></html>";
  };
  for (std::string_view b : {"文・高橋 健太（社会部）", "記者：高橋 健太", "撰文：高橋 健太"}) {
    auto r = Extract(page(b));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->authors, std::vector<std::string>{"高橋 健太"}) << b;
  }
}

// A live blog's "LIVE" badge, a span alone in the header box above the
// headline and the byline, is a boilerplate line: it goes; the story stays.
TEST(Extract, LiveBadgeBesideHeadlineGoes) {
  auto r = Extract(
      "<html><head><meta property=og:type content=article><title>Storm live: roads closed across the county</title></head><body><main><article>"
      "<header class=story-head><span class=badge>Live</span><h1>Storm live: roads closed across the "
      "county</h1><p class=byline>By Sam Ortiz</p></header><div class=entry><p>Fallen trees have closed three "
      "main roads north of the river, and the county asks drivers to stay at home until the wind drops this "
      "evening.</p><p>Power is out in four villages; crews expect to restore it by midnight.</p></div>"
      "</article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Fallen trees"), std::string::npos) << r->text;
  EXPECT_NE(r->text.rfind("Live", 0), 0u) << r->text;
}

// An event page's details box, classed "event-meta" by a calendar plugin,
// is read for a byline: its venue line ("Venue Town Hall", "Lieu : ...")
// names a place, never the writer.
TEST(Extract, EventDetailsLineIsNoByline) {
  EXPECT_TRUE(IsEventDetailLabel("Venue"));
  EXPECT_TRUE(IsEventDetailLabel("Where:"));
  EXPECT_FALSE(IsEventDetailLabel("Jane"));
  auto page = [](std::string_view label) {
    return "<html><head><title>Spring choir concert</title></head><body><main><h1>Spring choir concert</h1><p>"
           "The town choir sings songs of the season, with a brass quartet from the music school joining them "
           "for the second half of the evening.</p><p>Doors open half an hour before the start; seats are not "
           "reserved.</p><div class=calendar-event-meta><h2>" + std::string(label) +
           "</h2><p>Millbrook Town Hall</p></div></main></body></html>";
  };
  for (std::string_view l : {"Venue", "Location", "Lieu", "Where"}) {
    auto r = Extract(page(l));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->authors.empty()) << l << ": " << r->authors[0];
  }
}

// A shop's strip of selling points beside the buy box ("product-usp",
// "usps": free shipping, returns, a warranty, secure checkout, as icons and
// short lines) is the store's promise, not the product's text; a word that
// only holds the letters ("uspto-filing", "usplash") says nothing.
TEST(Extract, ShopUspStripIsNotProductText) {
  EXPECT_TRUE(ClassifyClassId("product-usp__wrapper", "") & kHintBoilerplate);
  EXPECT_TRUE(ClassifyClassId("usps-bar", "") & kHintBoilerplate);
  EXPECT_FALSE(ClassifyClassId("uspto-filing usplash", "") & kHintBoilerplate);
  const std::string html =
      "<html><head><title>Linen apron</title>"
      "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Linen apron\","
      "\"offers\":{\"@type\":\"Offer\",\"price\":\"38.00\",\"priceCurrency\":\"USD\"}}</script>"
      "</head><body><main><div class=product><h1>Linen apron</h1><p class=price>$38.00</p>"
      "<form action='/cart/add'><button name=add>Add to cart</button></form>"
      "<ul class='product-usp'><li>Free shipping over $50</li><li>30-day returns</li>"
      "<li>Two year warranty</li><li>Secure checkout</li></ul>"
      "<div class=description><p>A full-length apron cut from stonewashed European linen, with a "
      "deep front pocket, adjustable neck strap and long waist ties that wrap around to tie in "
      "front.</p><p>Machine wash cold and line dry; the linen softens with every wash and needs "
      "no ironing.</p></div></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("stonewashed European linen"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("30-day returns"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Secure checkout"), std::string::npos) << r->text;
}

// A visible byline that credits the site's domain ("By Wheelhouse-example.com")
// credits the site, not a writer; a command's option in an author-classed
// cell of a docs page ("--reset-author") is no name either. A meta author
// naming the domain is still read (the site's account: held back, used
// when nothing else names anyone).
TEST(Extract, DomainBylineAndCommandOptionAreNoAuthors) {
  EXPECT_TRUE(IsDomainName("Wheelhouse-example.com"));
  EXPECT_TRUE(IsDomainName("autowheel.co.uk"));
  EXPECT_FALSE(IsDomainName("J.R. Smith"));
  EXPECT_FALSE(IsDomainName("v1.2.io"));
  EXPECT_FALSE(IsDomainName("Jane Doe"));
  EXPECT_TRUE(IsCommandOption("--reset-author"));
  EXPECT_FALSE(IsCommandOption("-"));
  EXPECT_FALSE(IsCommandOption("Jane-Ann Doe"));
  auto page = [](std::string_view head, std::string_view byline) {
    return "<html><head><title>Ten quiet hatchbacks for the city</title>" + std::string(head) +
           "</head><body><main><article><h1>Ten quiet hatchbacks for the city</h1><div class=byline>By <a "
           "href=\"/team/site\">" + std::string(byline) +
           "</a></div><p>Small cars have grown quieter and cheaper to run, and the best of them now ride as "
           "calmly as a saloon did ten years ago.</p><p>We drove each of them through town and on the ring road "
           "for a week before we ranked them.</p></article></main></body></html>";
  };
  auto r = Extract(page("", "Wheelhouse-example.com"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  r = Extract(page("", "Dana Whitfield"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Dana Whitfield"});
  r = Extract(page("<meta name=author content=\"Wheelhouse-example.com\">", "Wheelhouse-example.com"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Wheelhouse-example.com"});
  r = Extract(
      "<html><head><title>git commit</title></head><body><main><h1>git commit</h1><p>Record changes to the "
      "repository: the staged contents of the index go into a new commit with a message that describes "
      "them.</p><h2>Options</h2><dl><dt class=author-option>--reset-author</dt><dd>When used with the amend "
      "option, declare that the authorship of the resulting commit now belongs to the committer.</dd></dl>"
      "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// Two writers under the plural label of their language ("Авторы:",
// "Autorzy:", "Autores:") joined by its "and" ("и", "i", "y"): both are the
// page's authors, and the label's line is no body text.
TEST(Extract, PluralAuthorLabelsNameBothWriters) {
  EXPECT_EQ(SplitAuthors("\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD1\x8B: \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD "
                         "\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 \xD0\xB8 \xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8"
                         "\xD1\x8F \xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0"),
            (std::vector<std::string>{"\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2",
                                      "\xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F \xD0\xA1\xD0\xBC\xD0\xB8\xD1\x80\xD0\xBD"
                                      "\xD0\xBE\xD0\xB2\xD0\xB0"}));
  auto page = [](std::string_view lang, std::string_view byline) {
    return "<html lang=" + std::string(lang) + "><head><title>Nowa linia tramwajowa</title></head><body><div class=news>"
           "<h1>Nowa linia tramwajowa</h1><div class=news-info><span class=news-author>" + std::string(byline) +
           "</span></div><div class=news-text><p>Nowa linia tramwajowa połączy dworzec z osiedlami na północy miasta. "
           "Pierwsze wagony wyjadą na tory jesienią, a budowa potrwa dwa lata.</p><p>Miasto szacuje, że z linii "
           "będzie codziennie korzystać dwadzieścia tysięcy pasażerów.</p></div></div></body></html>";
  };
  for (auto [lang, byline] : {std::pair<std::string_view, std::string_view>{"pl", "Autorzy: Anna Kowalska i Piotr Nowak"},
                              {"es", "Autores: Ana Ruiz y Pablo Gil"}}) {
    auto r = Extract(page(lang, byline));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->authors.size(), 2u) << byline;
    EXPECT_EQ(r->text.find(byline.substr(0, 7)), std::string::npos) << r->text;
  }
}

// A byline box whose name and date are spans with no space between them
// ("<span>Sanne Jansen</span><span>12 maart 2025</span>" reads "Sanne
// Jansen12 maart 2025"): the day glued to the name starts the date, and
// the second writer after the language's "and" is kept.
TEST(Extract, DayGluedToBylineNameIsCutOff) {
  EXPECT_EQ(SplitAuthors("Door Pieter de Vries en Sanne Jansen12 maart 2025, 10:15"),
            (std::vector<std::string>{"Pieter de Vries", "Sanne Jansen"}));
  EXPECT_EQ(SplitAuthors("By Jane Doe and John Roe3 May 2025"), (std::vector<std::string>{"Jane Doe", "John Roe"}));
}

// A blog's affiliate disclosure over the post ("This post may contain
// affiliate links...") is the site's legal notice: it goes, link or not;
// the post stays.
TEST(Extract, AffiliateDisclosureGoes) {
  EXPECT_TRUE(IsAffiliateDisclosureLine("This post may contain affiliate links. As an Amazon Associate I earn from "
                                        "qualifying purchases."));
  EXPECT_FALSE(IsAffiliateDisclosureLine("Affiliate marketing grew fast last year."));
  // Each cue through the words looked for first (kAffiliateAnchors).
  EXPECT_TRUE(IsAffiliateDisclosureLine("AS AN AMAZON ASSOCIATE we earn money."));
  EXPECT_TRUE(IsAffiliateDisclosureLine("We Earn From Qualifying Purchases."));
  EXPECT_TRUE(IsAffiliateDisclosureLine("I may earn a small commission at no extra cost to you."));
  EXPECT_TRUE(IsAffiliateDisclosureLine("Affiliate Disclosure"));
  EXPECT_FALSE(IsAffiliateDisclosureLine("We fit the seal at no extra cost to you."));
  EXPECT_FALSE(IsAffiliateDisclosureLine("The commission met at no cost."));
  auto r = Extract(
      "<html><head><title>Easy oat cookies</title></head><body><article><h1>Easy oat cookies</h1>"
      "<div class=entry-content><p class=note><em>This post may contain affiliate links, which means I may earn a "
      "small commission at no extra cost to you.</em></p><p>These cookies are chewy in the middle and crisp at the "
      "edges, and they take fifteen minutes from bowl to rack.</p><p>Brown the butter first: it gives them a nutty "
      "taste that plain butter cannot.</p></div></article></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("These cookies are chewy"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("affiliate"), std::string::npos) << r->text;
}

// A mail archive's message header shows its day long and short (the short
// one for narrow screens, its year cut: "20 May '25") and its time alone
// ("8:14 a.m."): the parts StampPartsOnly reads.
TEST(Dates, ShortYearDayAndClockLines) {
  EXPECT_TRUE(IsShortYearDateLine("20 May '25"));
  EXPECT_TRUE(IsShortYearDateLine("May 20, '25"));
  EXPECT_FALSE(IsShortYearDateLine("20 May"));
  EXPECT_FALSE(IsShortYearDateLine("Back in '25 we met"));
  EXPECT_FALSE(IsShortYearDateLine("40 May '25"));
  EXPECT_TRUE(IsClockLine("8:14 a.m."));
  EXPECT_TRUE(IsClockLine("20:15:02"));
  EXPECT_TRUE(IsClockLine("10:40 PM"));
  EXPECT_FALSE(IsClockLine("8:14 tomorrow"));
  EXPECT_FALSE(IsClockLine("2025"));
  EXPECT_FALSE(IsClockLine("John 3:16"));
}

// A story's dateline alone on its line over the first paragraph ("Madrid, 3
// de mayo de 2025": a place, a comma, the date) is the story's date stamp:
// it gives the date and goes from the body. A sentence with a date stays.
TEST(Extract, PlaceAndDateLineIsTheStoryDate) {
  EXPECT_TRUE(IsPlaceDateLine("Madrid, 3 de mayo de 2025"));
  EXPECT_TRUE(IsPlaceDateLine("BERLIN, 12. M\xC3\xA4rz 2024"));
  EXPECT_TRUE(IsPlaceDateLine("San Jos\xC3\xA9, 4 de junio de 2025"));
  EXPECT_FALSE(IsPlaceDateLine("May 3, 2025"));
  EXPECT_FALSE(IsPlaceDateLine("In 2025, 3 de mayo de 2025"));
  EXPECT_FALSE(IsPlaceDateLine("Madrid, el 3 de mayo de 2025 la ciudad vot\xC3\xB3"));
  // (A small word inside the place's name: "Ciudad de México", "Frankfurt
  // am Main"; not one that opens or closes it.)
  EXPECT_TRUE(IsPlaceDateLine("Ciudad de M\xC3\xA9xico, 28 nov 2025 - 10:32 Actualizado 11:05"));
  EXPECT_TRUE(IsPlaceDateLine("Frankfurt am Main, 12. M\xC3\xA4rz 2024"));
  EXPECT_FALSE(IsPlaceDateLine("de Madrid, 3 de mayo de 2025"));
  EXPECT_FALSE(IsPlaceDateLine("Noticias de, 3 de mayo de 2025"));
  auto r = Extract(
      "<html lang=es><head><title>El Gobierno aprueba el plan de vivienda</title></head><body><main><article>"
      "<h1>El Gobierno aprueba el plan de vivienda</h1><div class=firma>Por Mar\xC3\xAD" "a Garc\xC3\xAD" "a</div>"
      "<div class=cuerpo><p>Madrid, 3 de mayo de 2025</p><p>El Consejo de Ministros ha aprobado este martes el "
      "nuevo plan estatal de vivienda, que prev\xC3\xA9 la construcci\xC3\xB3n de miles de pisos de alquiler "
      "asequible.</p><p>Las asociaciones de inquilinos consideran insuficiente la cifra y reclaman limitar los "
      "precios.</p></div></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or(""), "2025-05-03");
  EXPECT_NE(r->text.find("El Consejo de Ministros"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Madrid, 3 de mayo"), std::string::npos) << r->text;
}

// A strip of the shop's promises on a product page, whatever its classes
// (a row of icons, each beside a short line: "Free shipping worldwide",
// "Free returns", "24 month warranty", "100% secure checkout"), is the
// store's, not the product's; a list of the product's own short features
// stays, and so does a spec list whose rows label a warranty ("Warranty
// period: 5 years").
TEST(Extract, ShopPromiseStripIsNotProductText) {
  EXPECT_TRUE(IsShopPromiseLine("Free returns worldwide"));
  EXPECT_TRUE(IsShopPromiseLine("24 month warranty"));
  EXPECT_TRUE(IsShopPromiseLine("100% secure checkout"));
  EXPECT_FALSE(IsShopPromiseLine("Warranty period: 5 years"));
  EXPECT_FALSE(IsShopPromiseLine("Resilient returnspring"));
  EXPECT_FALSE(IsShopPromiseLine("Hand-stitched leather strap"));
  auto item = [](const char* line) {
    return std::string("<li class=\"vp-item\"><svg><path d=\"M0 0h4v4H0z\"/></svg><div><p>") + line +
           "</p></div></li>";
  };
  const std::string html =
      "<html><head><title>Field watch</title>"
      "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Field watch\","
      "\"offers\":{\"@type\":\"Offer\",\"price\":\"168.00\",\"priceCurrency\":\"USD\"}}</script>"
      "</head><body><main><div class=gallery><ul class=vp>" + item("Free shipping worldwide") +
      item("Free returns worldwide") + item("24 month warranty") + item("100% secure checkout") +
      "</ul></div><div class=details><h1>Field watch</h1><p class=price>$168.00</p>"
      "<button class=add-to-cart>Add to cart</button>"
      "<p>A field watch with a brushed steel case, a sapphire crystal and a dial that stays legible at "
      "dusk, on a strap of vegetable-tanned leather that darkens as it is worn.</p><ul class=vp>" +
      item("Hand-stitched leather strap") + item("Sapphire crystal") + item("Luminous hands") +
      "</ul><ul><li>Warranty period: 5 years</li><li>Warranty parts: included</li>"
      "<li>Warranty labour: included</li></ul></div></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("vegetable-tanned"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Sapphire crystal"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Warranty period"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Free returns worldwide"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("secure checkout"), std::string::npos) << r->text;
}

// The buy box's own "Shipping & Returns" tab (a panel in the box that holds
// the product's <h1>, price and add-to-cart button) is the product's text,
// though its line prices the shipping; the same offer in a promo row of the
// box, and a sticky bar's repeat of the price and button, do not make it so.
TEST(Extract, BuyBoxShippingTabIsKept) {
  const std::string html =
      "<html><head><title>Field watch</title>"
      "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Field watch\","
      "\"offers\":{\"@type\":\"Offer\",\"price\":\"168.00\",\"priceCurrency\":\"USD\"}}</script>"
      "</head><body><main><section class=sticky-bar><div><span class=price>$168.00</span>"
      "<button class=add-to-cart>Add to cart</button></div></section>"
      "<div class=row><div class=gallery><img src=a.jpg alt=''></div><div class=side><div class=info>"
      "<h1>Field watch</h1><p class=price>$168.00</p><div class=cta><button class=add-to-cart>Add to cart"
      "</button></div><div class=perk>Free shipping on orders over $75</div>"
      "<div class=tabs><div role=tabpanel><p>A field watch with a brushed steel case, a sapphire crystal and a "
      "dial that stays legible at dusk, on a strap of vegetable-tanned leather.</p></div>"
      "<div role=tabpanel><div>Free shipping over $75 USD and easy returns</div></div></div></div></div></div>"
      "</main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("vegetable-tanned"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("over $75 USD and easy returns"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("on orders over $75"), std::string::npos) << r->text;
}


// The affiliate cues are quoted by a story about affiliate marketing (its
// paragraphs between others stay) and said by a service of its own offer
// ("we fit it at no extra cost to you": not a story, it stays).
TEST(Extract, AffiliatePhrasesInsideAStoryOrAServiceStay) {
  auto r = Extract(
      "<html><head><title>How affiliate links pay for blogs</title><meta property=og:type content=article></head>"
      "<body><main><article><h1>How affiliate links pay for blogs</h1><div class=entry-content><p>Open a recipe "
      "blog and a line near the top tells you the post may contain affiliate links; few readers ask what it "
      "means.</p><p>An affiliate link tells the shop which site sent the buyer, and a sale pays the site a cut at "
      "no extra cost to you, as most notices put it.</p><p>Regulators want the notice placed before the links, "
      "where readers see it, and not in a footer nobody scrolls to.</p></div></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("a sale pays the site a cut"), std::string::npos) << r->text;
  r = Extract(
      "<html><head><title>Boiler servicing</title></head><body><main><h1>Annual boiler servicing</h1><p>Our "
      "engineers check the burner, the flue and the pressure of your boiler once a year and leave a written "
      "report.</p><h2>What is included</h2><p>A carbon monoxide test. If a seal needs replacing we fit it during "
      "the visit at no extra cost to you.</p><h2>Booking</h2><p>Pick a slot online or call us; we send a "
      "reminder the day before the visit.</p></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("we fit it during the visit"), std::string::npos) << r->text;
}

// A place and a date alone on a line is the story's dateline only over the
// story: a chronicle's section heading ("Berlin, 4 November 2023") and a
// line after the story's paragraphs (a list of tour dates, a quoted
// letter's head) stay, and neither dates the page.
TEST(Extract, PlaceAndDateLineInsideTheStoryStays) {
  auto r = Extract(
      "<html><head><title>A year of the tour</title><meta property=og:type content=article><meta "
      "property=article:published_time content=2024-11-08T09:00:00Z></head><body><main>"
      "<article><h1>A year of the tour</h1><div class=entry-content><p>We followed the band for a year, city by "
      "city, from the first rehearsals in a cold hall to the last encore in front of fifty thousand people.</p>"
      "<h2>Berlin, 4 November 2023</h2><p>The opening night sold out in an hour, and the queue for the doors ran "
      "around the block long before the support act came on stage.</p><p>The band then wrote home from the road, "
      "in the same words every week, about the crowds and the long drives between the halls.</p>"
      "<p>Paris, 3 June 2024</p><p>Dear all, the hall here is older than any we have played, and the sound "
      "carries to the back rows without a single speaker tower.</p></div></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Berlin, 4 November 2023"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Paris, 3 June 2024"), std::string::npos) << r->text;
  // (Nor is a line inside the story the page's date.)
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2024-11-08");
}

// A signature's dash before the writer's name ("--Jane Doe") is no
// command option: the name after it is the author.
TEST(Extract, SignatureDashBeforeNameIsNoCommandOption) {
  EXPECT_FALSE(IsCommandOption("--Jane Doe"));
  EXPECT_FALSE(IsCommandOption("-Jane"));
  EXPECT_TRUE(IsCommandOption("-V"));
  EXPECT_TRUE(IsCommandOption("--amend"));
  auto r = Extract(
      "<html><head><title>Notes from the coast</title><meta property=og:type content=article></head><body><main>"
      "<article><h1>Notes from the coast</h1><div class=author>--Jane Doe</div><p>The tide came in faster than "
      "the tables said it would, and by noon the causeway was under a foot of grey water.</p><p>We waited in the "
      "cafe with everyone else who had misjudged it, over a second pot of tea.</p></article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Jane Doe"});
}

// A highlighter's line-number gutter beside the code (Pygments' table:
// <td class=linenos> then <td class=code>) is a count, not code: left out,
// the code stays; the language comes from the wrapper's class
// ("highlight-python", as Sphinx writes it).
TEST(Extract, CodeLineNumbersLeftOutAndWrapperNamesTheLanguage) {
  const std::string para =
      "<p>Open a session with the default settings, then read the status of the server; the call returns "
      "a small record with the version and the uptime in seconds.</p>";
  auto r = Extract(
      "<html><head><title>Sessions</title></head><body><main><h1>Sessions</h1>" + para +
      "<div class=\"highlight-python notranslate\"><table class=\"highlighttable\"><tr>"
      "<td class=\"linenos\"><div class=\"linenodiv\"><pre><span class=\"normal\">1</span>\n"
      "<span class=\"normal\">2</span></pre></div></td><td class=\"code\"><div class=\"highlight\"><pre>"
      "s = open_session()\nif s.ok:\n    print(s.status())\n</pre></div></td></tr></table></div>" +
      para + para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  const std::string md = ToMarkdown(r.value());
  EXPECT_NE(md.find("```python\ns = open_session()\nif s.ok:\n    print(s.status())"), std::string::npos) << md;
  EXPECT_EQ(md.find("1\n2"), std::string::npos) << md;
}

// Chroma's numbers inside the <pre> (<span class=ln>) go too; code that
// is only a number in another class stays.
TEST(Extract, InlineCodeLineNumbersLeftOut) {
  const std::string para =
      "<p>The handler below answers every request with a short greeting and logs the path it was asked "
      "for, which is enough to check that the proxy forwards the traffic.</p>";
  auto r = Extract("<html><head><title>Handlers</title></head><body><main><h1>Handlers</h1>" + para +
                   "<pre class=\"chroma\"><code><span class=\"line\"><span class=\"ln\">1</span><span class=\"cl\">"
                   "func hello() {\n</span></span><span class=\"line\"><span class=\"ln\">2</span><span class=\"cl\">"
                   "  return 42\n</span></span></code></pre>" +
                   para + para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  const std::string md = ToMarkdown(r.value());
  EXPECT_NE(md.find("func hello() {\n  return 42"), std::string::npos) << md;
  EXPECT_EQ(md.find("1func"), std::string::npos) << md;
}

// A block inside a <pre> starts a line of its own, as on screen: a
// highlighter's line boxes with no newline between them, a line's number
// in a span beside the line's <div> (a class that names no gutter), a JSON
// sample's lines in <div>s. Blank indentation before a block and the end of
// the last one add no empty line.
TEST(Extract, BlocksInCodeStartLines) {
  const std::string para =
      "<p>Set the key and the region before you run the sample, so that neither lands in your source tree "
      "or in a shell history file that others can read.</p>";
  auto r = Extract("<html><head><title>Keys</title></head><body><main><h1>Keys</h1>" + para +
                   "<pre class=\"language-python\"><div class=\"line\">import heron</div><div class=\"line\">"
                   "client = heron.Client()</div></pre>" + para +
                   "<pre data-lang=\"sh\"><div><span class=\"c7\">1</span><div><span>export</span> HERON_KEY=abc"
                   "\n</div></div><div><span class=\"c7\">2</span><div>export HERON_REGION=eu\n</div></div></pre>" +
                   "<pre>\n    <div>{</div>\n    <div>  \"id\": 7</div>\n    <div>}</div>\n</pre>" + para +
                   "</main></body></html>");
  ASSERT_TRUE(r.ok());
  const std::string md = ToMarkdown(r.value());
  EXPECT_NE(md.find("```python\nimport heron\nclient = heron.Client()\n```"), std::string::npos) << md;
  EXPECT_NE(md.find("1\nexport HERON_KEY=abc\n2\nexport HERON_REGION=eu\n```"), std::string::npos) << md;
  EXPECT_EQ(md.find("1export"), std::string::npos) << md;
  EXPECT_NE(md.find("```\n    {\n      \"id\": 7\n    }\n```"), std::string::npos) << md;
}

// In Markdown, a list item's words after a block of its own (an API
// reference's attribute: its description <p>, then "Show child attributes"
// over the collapsed <details> list; a card's heading, then its price) start
// a paragraph below the block, not glued to its last word.
TEST(Extract, ListItemTextAfterABlockIsAParagraph) {
  const std::string para =
      "<p>Creates a charge on a card or a bank account. It is captured at once unless you set capture to "
      "false, in which case it is only authorised until you capture it.</p>";
  auto r = Extract("<html><head><title>Charges</title></head><body><main><h1>Create a charge</h1>" + para +
                   "<ul><li><code>source</code> object<p>The payment source to charge.</p><details><summary>Show "
                   "child attributes</summary><ul><li><code>source.id</code> The saved card to charge.</li></ul>"
                   "</details></li><li><h3>Desk lamp</h3>$24.00</li></ul>" + para + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  const std::string md = ToMarkdown(r.value());
  EXPECT_NE(md.find("  The payment source to charge.\n\n  Show child attributes\n  - `source.id` The saved card"),
            std::string::npos) << md;
  EXPECT_NE(md.find("### Desk lamp\n\n  $24.00"), std::string::npos) << md;
}

// A tab bar over code in several languages ("Python JavaScript cURL":
// MkDocs Material's labels, a role=tablist list) is the panels' labels:
// left out, every panel's code stays. A tab bar over prose panels is not
// touched by this rule.
TEST(Extract, CodeTabBarLeftOut) {
  const std::string para =
      "<p>Every request carries a secret key in the Authorization header; create one under Settings and "
      "send it as a bearer token, as the examples below show for each client.</p>";
  auto r = Extract(
      "<html><head><title>Keys</title></head><body><main><h1>Keys</h1>" + para +
      "<div class=\"tabbed-set\"><div class=\"tabbed-labels\"><label>Python</label><label>JavaScript</label>"
      "<label>cURL</label></div><div class=\"tabbed-content\"><div class=\"tabbed-block\">"
      "<div class=\"language-python highlight\"><pre><code>client = Client(key)\n</code></pre></div></div>"
      "<div class=\"tabbed-block\"><pre><code>const client = new Client(key);\n</code></pre></div>"
      "<div class=\"tabbed-block\"><pre><code>curl -H \"Authorization: Bearer key\" /v1\n</code></pre></div>"
      "</div></div>" +
      para + "<ul role=\"tablist\"><li role=\"tab\">Debian</li><li role=\"tab\">Fedora</li></ul>"
      "<div><div role=\"tabpanel\"><pre><code>apt install tool\n</code></pre></div></div>" + para +
      "</main></body></html>");
  ASSERT_TRUE(r.ok());
  const std::string md = ToMarkdown(r.value());
  EXPECT_EQ(md.find("JavaScript"), std::string::npos) << md;
  EXPECT_EQ(md.find("Debian"), std::string::npos) << md;
  EXPECT_NE(md.find("```python\nclient = Client(key)"), std::string::npos) << md;
  EXPECT_NE(md.find("const client = new Client(key);"), std::string::npos) << md;
  EXPECT_NE(md.find("apt install tool"), std::string::npos) << md;
}
// A product page keeps its <h1> in the body (outside articles a headline
// heads the page's text); Markdown prints the title line once, not the
// name again under it.
TEST(Extract, MarkdownPrintsAProductsNameOnce) {
  auto r = Extract(
      "<html><head><title>Oak Board - Shop</title><meta property=\"og:type\" content=\"product\"></head><body>"
      "<main><div class=\"product\"><h1 class=\"product_title entry-title\">Oak Board</h1>"
      "<p>A thick end-grain board cut from English oak, finished with food-safe oil and wax, heavy enough "
      "that it never slides about on the counter while you work.</p>"
      "<h2>Description</h2><p>Each board is glued up from end-grain blocks of air-dried oak, so knife edges "
      "sink between the fibres instead of cutting across them.</p></div></main></body></html>");
  ASSERT_TRUE(r.ok());
  const std::string md = ToMarkdown(r.value());
  EXPECT_EQ(md.find("# Oak Board"), 0u) << md;
  EXPECT_EQ(md.find("# Oak Board", 1), std::string::npos) << md;
  EXPECT_NE(md.find("## Description"), std::string::npos) << md;
}

// A wiki's skip links ("Jump to navigation", "Jump to search" over every
// MediaWiki article) are furniture lines like "Skip to content".
TEST(Extract, WikiJumpLinksLeftOut) {
  const std::string para =
      "<p>The viaduct has fourteen stone arches and carried the railway across the beck until it closed to "
      "trains in 1963; since then it has carried a footpath over the valley.</p>";
  auto r = Extract("<html><head><title>Viaduct</title></head><body><div id=\"content\" class=\"mw-body\" "
                   "role=\"main\"><h1>Viaduct</h1><div id=\"bodyContent\"><a class=\"mw-jump-link\" "
                   "href=\"#mw-head\">Jump to navigation</a><div class=\"mw-parser-output\">" +
                   para + para + para + "</div></div></div></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Jump to navigation"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("fourteen stone arches"), std::string::npos) << r->text;
}

// A docs generator's link to the page's source ("Edit this page" over a
// MkDocs Material page's headline) is a control, not the page's words.
TEST(Extract, DocsEditLinkLeftOut) {
  const std::string para =
      "<p>Every request to the API carries a secret key in the Authorization header; keys belong to one "
      "workspace and can be revoked at any time from the settings page.</p>";
  auto r = Extract("<html><head><title>Auth</title></head><body><main><article class=\"md-content__inner\">"
                   "<a href=\"https://example.com/edit/main/docs/auth.md\" title=\"Edit this page\" "
                   "class=\"md-content__button md-icon\">Edit this page</a><h1>Auth</h1>" +
                   para + para + para + "</article></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Edit this page"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("secret key"), std::string::npos) << r->text;
}


// A visible update cue beside the publication stamp ("Bijgewerkt op",
// "Обновлено", "Updated") gives the modification date when the page
// declares none; the publication date stays the stamp's.
TEST(Extract, ShownUpdateStampGivesTheModifiedDate) {
  const std::string story =
      "<p>The council voted on Tuesday to plant four hundred new trees along the river, most of them oaks "
      "and limes, over the next two winters.</p><p>Work starts in the spring near the old mill.</p>";
  auto beside = Extract(
      "<html lang=nl><head><title>Bomen</title></head><body><article><h1>Nieuwe bomen langs de rivier</h1>"
      "<div class=meta><span class=author>Door Kees Bakker</span><span class=date>12 maart 2025, 10:15</span>"
      "<span class=upd>Bijgewerkt op 13 maart 2025, 08:02</span></div>" + story + "</article></body></html>");
  ASSERT_TRUE(beside.ok());
  ASSERT_TRUE(beside->date_published.has_value());
  EXPECT_EQ(beside->date_published->substr(0, 10), "2025-03-12");
  ASSERT_TRUE(beside->date_modified.has_value());
  EXPECT_EQ(beside->date_modified->substr(0, 10), "2025-03-13");
  auto one_line = Extract(
      "<html lang=en><head><title>Trees</title></head><body><article><h1>New trees by the river</h1>"
      "<p class=date>March 12, 2025 Updated March 14, 2025</p>" + story + "</article></body></html>");
  ASSERT_TRUE(one_line.ok());
  ASSERT_TRUE(one_line->date_published.has_value());
  EXPECT_EQ(one_line->date_published->substr(0, 10), "2025-03-12");
  ASSERT_TRUE(one_line->date_modified.has_value());
  EXPECT_EQ(one_line->date_modified->substr(0, 10), "2025-03-14");
}

// A declared modification date older than the update the header shows
// (JSON-LD's dateModified or article:modified_time left from an earlier
// save, "Updated: March 20, 2025" on the page): the shown update is the
// last one. A declared one later than the shown update stays.
TEST(Extract, ShownUpdateLaterThanDeclaredModification) {
  const std::string story =
      "<p>The council voted on Tuesday to plant four hundred new trees along the river, most of them oaks "
      "and limes, over the next two winters.</p><p>Work starts in the spring near the old mill, and the "
      "first saplings arrive from the nursery in March.</p>";
  auto page = [&](const std::string& head) {
    return "<html lang=en><head><title>Trees</title>" + head +
           "</head><body><article><h1>New trees by the river</h1><div class=byline><span class=author>By Ann "
           "Lee</span><span class=date>Published March 1, 2025</span><span class=updated>Updated: March 20, "
           "2025</span></div>" + story + "</article></body></html>";
  };
  auto ld = Extract(page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"New trees "
                         "by the river\",\"datePublished\":\"2025-03-01T09:00:00Z\",\"dateModified\":"
                         "\"2025-03-02T10:00:00Z\"}</script>"));
  ASSERT_TRUE(ld.ok());
  ASSERT_TRUE(ld->date_published.has_value());
  EXPECT_EQ(ld->date_published->substr(0, 10), "2025-03-01");
  ASSERT_TRUE(ld->date_modified.has_value());
  EXPECT_EQ(ld->date_modified->substr(0, 10), "2025-03-20");
  auto og = Extract(page("<meta property=article:published_time content=2025-03-01T09:00:00Z>"
                         "<meta property=article:modified_time content=2025-03-05T09:00:00Z>"));
  ASSERT_TRUE(og.ok());
  ASSERT_TRUE(og->date_modified.has_value());
  EXPECT_EQ(og->date_modified->substr(0, 10), "2025-03-20");
  auto later = Extract(page("<meta property=article:published_time content=2025-03-01T09:00:00Z>"
                            "<meta property=article:modified_time content=2025-04-02T09:00:00Z>"));
  ASSERT_TRUE(later.ok());
  ASSERT_TRUE(later->date_modified.has_value());
  EXPECT_EQ(later->date_modified->substr(0, 10), "2025-04-02");
}

// A date-classed stamp that shows its day without the year ("Nov 3") and
// the whole date in its tooltip gives the tooltip's date; a tooltip naming
// another day does not.
TEST(Extract, YearlessStampTakesItsTooltipDate) {
  EXPECT_TRUE(ShowsDayWithoutYear("Nov 3", ParseDate("2025-11-03"), NumericDateOrder::kMonthFirstWithSlash));
  EXPECT_TRUE(ShowsDayWithoutYear("3 nov.", ParseDate("2025-11-03"), NumericDateOrder::kDayFirst));
  EXPECT_FALSE(ShowsDayWithoutYear("Nov 4", ParseDate("2025-11-03"), NumericDateOrder::kMonthFirstWithSlash));
  EXPECT_FALSE(ShowsDayWithoutYear("11/3", ParseDate("2025-11-03"), NumericDateOrder::kMonthFirstWithSlash));
  EXPECT_FALSE(ShowsDayWithoutYear("Nov 3, 2024", ParseDate("2025-11-03"), NumericDateOrder::kMonthFirstWithSlash));
  const std::string story =
      "<p>The council voted on Tuesday to plant four hundred new trees along the river, most of them oaks "
      "and limes, over the next two winters.</p><p>Work starts in the spring near the old mill, and the "
      "first saplings arrive from the nursery in March.</p>";
  auto page = [&](const std::string& stamp) {
    return "<html lang=en><head><title>Trees</title></head><body><article><h1>New trees by the river</h1>"
           "<div class=byline><span class=author>By Ann Lee</span> " + stamp + "</div>" + story +
           "</article></body></html>";
  };
  auto r = Extract(page("<span class=post-date title=\"November 3, 2025 at 10:14 AM\">Nov 3</span>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date_published.value_or("").substr(0, 10), "2025-11-03");
  auto other = Extract(page("<span class=post-date title=\"November 5, 2025 at 10:14 AM\">Nov 3</span>"));
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->date_published.has_value()) << *other->date_published;
  // (A <time> with no datetime is a stamp by its tag, whatever its class:
  // its tooltip dates a yearless or a relative day.)
  auto time = Extract(page("<time title=\"November 3, 2025 at 10:14 AM\">Nov 3</time>"));
  ASSERT_TRUE(time.ok());
  EXPECT_EQ(time->date_published.value_or("").substr(0, 10), "2025-11-03");
  auto ago = Extract(page("<time title=\"November 3, 2025 at 10:14 AM\">3 days ago</time>"));
  ASSERT_TRUE(ago.ok());
  EXPECT_EQ(ago->date_published.value_or("").substr(0, 10), "2025-11-03");
  // (A comment's <time> under an undated story dates the comment, not the
  // story.)
  auto reply = Extract(
      "<html lang=en><head><title>Trees</title></head><body><article><h1>New trees by the river</h1>" + story +
      "</article><section class=comments><h2>Comments</h2><div class=comment><span class=author>Bob</span> "
      "<time title=\"November 3, 2025 at 10:14 AM\">3 days ago</time><p>Good news at last.</p></div>"
      "<div class=comment><span class=author>Ann</span> <time title=\"November 4, 2025 at 9:00 AM\">Nov 4</time>"
      "<p>About time.</p></div></section></body></html>");
  ASSERT_TRUE(reply.ok());
  EXPECT_FALSE(reply->date_published.has_value()) << *reply->date_published;
}

// A story's meta row over its first paragraph (its writers joined by a
// conjunction, its date, its update, its reading time) is furniture, not
// text; the same words after the story's paragraphs stay.
TEST(Extract, StoryMetaRowAtTheTopGoes) {
  std::string story;
  for (int i = 0; i < 4; ++i)
    story += "<p>The river rose again after weeks of rain, and the farmers along its banks watched the "
             "water climb back to the level it had before the long dry summer.</p>";
  auto it = Extract(
      "<html lang=it><head><title>Il fiume</title></head><body><main><h1>Il fiume torna a salire</h1>"
      "<div class=info><span class=firma>Di Paolo Neri e Anna Verdi</span> <span>3 aprile 2025, ore 08:30</span>"
      "</div><div class=testo>" + story + "</div></main></body></html>");
  ASSERT_TRUE(it.ok());
  EXPECT_EQ(it->text.find("3 aprile"), std::string::npos) << it->text;
  EXPECT_NE(it->text.find("farmers along"), std::string::npos) << it->text;
  auto en = Extract(
      "<html lang=en><head><title>Builds</title></head><body><main><h1>Faster builds in a weekend</h1>"
      "<p class=author-name>Sam Ortiz</p><div>7 min read \xC2\xB7 Oct 9, 2025</div>" + story +
      "</main></body></html>");
  ASSERT_TRUE(en.ok());
  EXPECT_EQ(en->text.find("7 min read"), std::string::npos) << en->text;
  auto fr = Extract(
      "<html lang=fr><head><title>Le bl\xC3\xA9</title></head><body><main><h1>Le bl\xC3\xA9 recule</h1>"
      "<div class=infos><span class=auteur>Par Luc Morel et Ines Roy</span> \xE2\x80\x93 <span>il y a 3 jours</span>"
      " \xE2\x80\x93 <span>Mis \xC3\xA0 jour le 2 mai 2025 \xC3\xA0 10h15</span></div>" + story +
      "</main></body></html>");
  ASSERT_TRUE(fr.ok());
  EXPECT_EQ(fr->text.find("il y a"), std::string::npos) << fr->text;
  ASSERT_TRUE(fr->date_modified.has_value());
  EXPECT_EQ(fr->date_modified->substr(0, 10), "2025-05-02");
}

// A blog post dated only by hAtom's stamp in its footer ("<abbr
// class=published title=...>"), or only by the blog's day heading over it
// (Blogger's "h2.date-header"), is dated by it; a page of several posts
// repeats them and is not.
TEST(Extract, BlogPostDatedByHAtomAbbrOrDayHeader) {
  const std::string post =
      "<div class=\"post hentry\"><h3 class=post-title>Three days in the hills</h3><div class=post-body>"
      "<p>We took the train to the last station and walked from there, three days on the ridge with one tent "
      "and too much bread.</p><p>The second day was the hardest, with fog until noon.</p></div>";
  auto abbr = Extract("<html lang=en><head><title>Hills</title></head><body><div class=blog-posts>" + post +
                      "<div class=post-footer>Posted by Ann at <a class=timestamp-link href=/p/1.html><abbr "
                      "class=published title=\"2025-04-15T18:30:00+02:00\">6:30 PM</abbr></a></div></div>"
                      "</div></body></html>");
  ASSERT_TRUE(abbr.ok());
  EXPECT_EQ(abbr->date_published.value_or("").substr(0, 10), "2025-04-15");
  auto day = Extract("<html lang=en><head><title>Hills</title></head><body><div class=blog-posts>"
                     "<div class=date-outer><h2 class=date-header><span>Tuesday, April 15, 2025</span></h2>" +
                     post + "</div></div></div></body></html>");
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(day->date_published.value_or("").substr(0, 10), "2025-04-15");
  const std::string footer =
      "<div class=post-footer>Posted by Ann at <a class=timestamp-link href=/p/1.html><abbr class=published "
      "title=\"2025-04-1";
  auto index = Extract("<html lang=en><head><title>Hills</title></head><body><div class=blog-posts>" + post +
                       footer + "5T18:30:00+02:00\">6:30 PM</abbr></a></div></div>" + post + footer +
                       "4T09:00:00+02:00\">9:00 AM</abbr></a></div></div></div></body></html>");
  ASSERT_TRUE(index.ok());
  EXPECT_FALSE(index->date_published.has_value()) << *index->date_published;
}

// A recipe plugin's furniture: the jump link over the post and the call
// under the card ("Tried this recipe? Mention @..."), on a page of any type.
TEST(Extract, RecipePluginFurnitureGoes) {
  auto r = Extract(
      "<html lang=en><head><title>Pancakes</title></head><body><main><h1>Lemon pancakes</h1>"
      "<p><a href=#recipe>Jump to Recipe</a> \xC2\xB7 <a href=/print/1>Print Recipe</a></p>"
      "<p>These pancakes are light and a little tangy, and they are ready in twenty minutes from the moment "
      "you crack the first egg to the moment they reach the table.</p><div id=recipe><h2>Lemon pancakes</h2>"
      "<ul><li>2 eggs</li><li>1 cup ricotta</li><li>1 lemon</li></ul><ol><li>Whisk the eggs with the ricotta "
      "and the zest.</li><li>Fry small rounds in butter.</li></ol><p>Tried this recipe? Mention @sunnypan or "
      "tag #sunnypan!</p></div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find("Jump to Recipe"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Tried this recipe"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Fry small rounds"), std::string::npos) << r->text;
}

// On an index (a page that is no article) a "By" line inside a card's
// link, under the card's linked heading, names that story's writer: the
// first card sits by the page's heading, but the page names no writer.
TEST(Extract, IndexCardBylineNamesNoWriter) {
  std::string cards;
  const char* names[] = {"Ann Berg", "Bo Lind", "Cy Moss", "Dee Hart"};
  for (int i = 0; i < 4; ++i)
    cards += "<div class=c" + std::to_string(i % 2) + "><a href=/blog/post-" + std::to_string(i) +
             "><h2>Scaling our build farm, part " + std::to_string(i) + "</h2><div class=x><h3>By " + names[i] +
             "</h3></div></a><p>Notes on how the build farm grew this year and what broke on the way.</p></div>";
  const std::string html = "<html><head><title>Engineering blog</title></head><body><header><a href=/>Acme</a>"
                           "</header><main><h1>Engineering blog</h1>" + cards + "</main><footer>Acme Inc</footer>"
                           "</body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A rating's line names no one and dates nothing, in a byline box or a
// meta row by the headline.
TEST(Vocabulary, RatingLine) {
  EXPECT_TRUE(IsRatingLine("4.9 from 56 votes"));
  EXPECT_TRUE(IsRatingLine("4.5 out of 5 stars (1,203 reviews)"));
  EXPECT_TRUE(IsRatingLine("Rated 4.8 by 1,203 readers"));
  EXPECT_TRUE(IsRatingLine("4,7 (12 Bewertungen)"));
  EXPECT_TRUE(IsRatingLine("Note : 4,5/5"));
  EXPECT_TRUE(IsRatingLine("8.4/10"));
  EXPECT_FALSE(IsRatingLine("03/01/2017 by Ann Roe, Representative to the Liaison Committee"));
  EXPECT_FALSE(IsRatingLine("By Jane Doe"));
  EXPECT_FALSE(IsRatingLine("Jane Doe, 3 May 2024"));
  EXPECT_FALSE(IsRatingLine("By Rita Starr, 12 min read"));
  EXPECT_FALSE(IsRatingLine("Reviewed by Ann Roe, MD, on May 3, 2024"));
}

TEST(Extract, RatingLineInBylineBoxNamesNoWriter) {
  const std::string html =
      "<html><head><title>Lemon drizzle cake</title></head><body><main><h1>Lemon drizzle cake</h1>"
      "<div class=byline>Rated 4.8 by 1,203 readers</div>"
      "<p>This lemon drizzle cake is soft, sharp and sweet, and it keeps for days in a tin. It is the cake we bake "
      "most weekends.</p><p>Cream the butter and sugar, beat in the eggs, fold in the flour and zest, and bake for "
      "forty minutes until golden.</p></main></body></html>";
  auto r = Extract(html);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
  EXPECT_FALSE(r->date_published.has_value());
}


// A news theme's ticker of breaking headlines ("breaking-news",
// "news-ticker") sits in the story's column above it: other stories'
// headlines with their first lines, never the story. A post filed under
// the section ("category-breaking-news") stays; so does a table's column of
// stock symbols classed "ticker".
TEST(Extract, BreakingNewsTickerIsNotTheStory) {
  auto page = [](const std::string& ticker_class, const std::string& post_class) {
    std::string items;
    for (int i = 0; i < 6; ++i)
      items += "<li><a href='/news/" + std::to_string(i) + "'>Council votes on harbour plan number " +
               std::to_string(i) + "</a> NEW TOWN: The council met on Tuesday evening.</li>";
    return "<html><head><title>Ferry returns</title></head><body><header><a href=/>Daily Post</a></header>"
           "<div class=wrapper><div class=main-left><div class='" + ticker_class + "'><div class=title>Breaking "
           "News</div><ul>" + items + "</ul></div><div class='" + post_class + "'><h1>Ferry returns to the "
           "island</h1><p>The ferry to the island returned to service on Monday after three months in dry dock, "
           "and the first crossing of the morning was full an hour before it left the quay.</p><p>Islanders "
           "had made do with a smaller boat since the spring, which carried no cars and sailed only twice a "
           "day when the weather allowed it.</p><p>The operator said the hull had been repainted and the "
           "engines overhauled, and that the timetable would return to eight crossings a day.</p></div></div>"
           "</div><footer>Daily Post</footer></body></html>";
  };
  for (const char* cls : {"breaking-news", "news-ticker"}) {
    auto r = Extract(page(cls, "post"));
    ASSERT_TRUE(r.ok());
    EXPECT_NE(r->text.find("dry dock"), std::string::npos) << r->text;
    EXPECT_EQ(r->text.find("harbour plan number 3"), std::string::npos) << cls << ": " << r->text;
  }
  auto filed = Extract(page("latest", "post category-breaking-news"));
  ASSERT_TRUE(filed.ok());
  EXPECT_NE(filed->text.find("dry dock"), std::string::npos) << filed->text;
  auto stocks = Extract(
      "<html><head><title>Retail shares fall</title></head><body><main><h1>Retail shares fall</h1><p>Shares of "
      "the two largest home improvement chains fell on Tuesday after both cut their forecasts for the rest of "
      "the year, citing weaker demand for large projects.</p><table><tr><th class=ticker>Ticker</th>"
      "<th>Last</th></tr><tr><td class=ticker>HDX</td><td>225.86</td></tr><tr><td class=ticker>LWX</td>"
      "<td>113.40</td></tr></table><p>Analysts said the cuts had been expected since the summer, when housing "
      "sales slowed across most of the country.</p></main></body></html>");
  ASSERT_TRUE(stocks.ok());
  EXPECT_NE(stocks->text.find("HDX"), std::string::npos) << stocks->text;
}

// A step-by-step guide's steps in a "step-nav" (GOV.UK's "gem-c-step-nav":
// each step a heading, a paragraph and links) are the guide's text, not a
// menu; another "nav" keeps its navigation word.
TEST(Extract, StepByStepNavIsText) {
  EXPECT_FALSE(ClassifyClassId("gem-c-step-nav__step js-step", "") & kHintNavigation);
  EXPECT_TRUE(ClassifyClassId("side-nav", "") & kHintNavigation);
  auto r = Extract(
      "<html><head><title>Get a fishing permit: step by step</title></head><body><main>"
      "<h1>Get a fishing permit: step by step</h1><p>Check what you need to do to fish on a river.</p>"
      "<ol class=\"step-nav__steps\">"
      "<li class=\"step-nav__step\"><h2>Check the season</h2><div class=\"step-nav__panel\"><p>Coarse fishing on "
      "rivers closes from mid March to mid June so that fish can spawn.</p><ul><li><a href=\"/s\">Close season "
      "dates</a></li></ul></div></li>"
      "<li class=\"step-nav__step\"><h2>Buy a rod licence</h2><div class=\"step-nav__panel\"><p>Anyone aged 13 or "
      "over needs a licence; a day licence costs less than a pint.</p><ul><li><a href=\"/b\">Buy a rod "
      "licence</a></li></ul></div></li>"
      "</ol></main><footer><a href=\"/help\">Help</a></footer></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("closes from mid March to mid June"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("a day licence costs less than a pint"), std::string::npos) << r->text;
  // In Markdown each step's heading stands on its item's marker line, its
  // paragraph below it.
  const std::string md = ToMarkdown(r.value());
  EXPECT_NE(md.find("1. ## Check the season\n\n   Coarse fishing"), std::string::npos) << md;
}

// Text after a list item's heading (an API entry: its signature and its
// description in <div>s under the member's name) is paragraphs of its own,
// not words run on after the heading; a card's <div>s with no heading
// still share a line.
TEST(Extract, ListItemBlocksAfterHeading) {
  auto r = Extract(
      "<html><head><title>Class RetryPolicy</title></head><body><main><h1>Class RetryPolicy</h1>"
      "<p>Decides whether a failed call is tried again, and how long to wait before the next try.</p>"
      "<ul class=\"member-list\"><li><section class=\"detail\"><h3>builder</h3>"
      "<div class=\"member-signature\">public static Builder builder()</div>"
      "<div class=\"block\">Starts a policy with three attempts and no delay between them.</div></section></li>"
      "<li><section class=\"detail\"><h3>shouldRetry</h3><div class=\"member-signature\">public boolean "
      "shouldRetry(int attempt)</div><div class=\"block\">Whether the call that failed on its attempt should "
      "run again.</div></section></li></ul>"
      "<ul><li><div>Oak board</div><div>$24</div></li><li><div>Ash board</div><div>$21</div></li></ul>"
      "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("public static Builder builder()\n\nStarts a policy"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Oak board $24"), std::string::npos) << r->text;
  const std::string md = ToMarkdown(r.value());
  EXPECT_NE(md.find("- ### builder\n\n  public static Builder builder()\n\n  Starts a policy"), std::string::npos)
      << md;
}

// A box named "summary" is no standfirst when it holds more than a few
// blocks (a key-points box of five lines, a grid of cells), nor when a
// paragraph of the text's prose stands between it and the headline (an
// API page's "method-summary" under the class's description): the
// description's element is the dek then.
TEST(Extract, DekIsNoSectionBox) {
  const std::string prose =
      "<p>Decides whether a failed call is tried again, and how long to wait first. A policy is immutable: "
      "build one with the builder, then share it between the clients that call the same service.</p>";
  auto later = Extract(
      "<html><head><title>RetryPolicy</title><meta name=\"description\" content=\"Retry rules for calls.\">"
      "</head><body><main><h1>RetryPolicy</h1>" + prose +
      "<section class=\"method-summary\"><h2>Method Summary</h2><div class=\"summary\">builder() Starts a policy "
      "with three attempts.</div></section>" + prose + "</main></body></html>");
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->dek.value_or("").find("Starts a policy"), std::string::npos) << later->dek.value_or("");
  auto grid = Extract(
      "<html><head><title>Retire early</title></head><body><main><h1>Retire early</h1>"
      "<div class=\"summary\"><div>Save thirty times what you spend.</div><div>Pay off high-interest debt.</div>"
      "<div>Keep a backup plan ready.</div><div>Max out retirement accounts.</div><div>Live below your "
      "means.</div></div>" + prose + prose + "</main></body></html>");
  ASSERT_TRUE(grid.ok());
  EXPECT_FALSE(grid->dek.has_value()) << *grid->dek;
  // A standfirst right under the headline is still one.
  auto lone = Extract("<html><head><title>Retire early</title></head><body><main><h1>Retire early</h1>"
                      "<p class=\"summary\">Six habits that let you stop working at fifty.</p>" + prose + prose +
                      "</main></body></html>");
  ASSERT_TRUE(lone.ok());
  EXPECT_EQ(lone->dek.value_or(""), "Six habits that let you stop working at fifty.");
}

// A caption-classed box names the image's caption only when it has a word
// and stands by a picture: a gallery's counter ("1 / of 4") beside the
// slides, a theme's caption-sized type on a product's vendor line, are
// none; a caption under its picture is one.
TEST(Extract, CaptionNeedsWordsAndPicture) {
  const std::string desc =
      "<div class=\"product__description\"><p>We cut this tote from heavy cotton canvas and wax it by hand, so "
      "it shrugs off rain and darkens with use over the years.</p><p>The handles are vegetable-tanned leather, "
      "riveted through the canvas rather than stitched.</p></div>";
  auto shop = Extract(
      "<html><head><title>Canvas Tote</title></head><body><main><div class=\"gallery\"><ul><li><img "
      "src=\"/t1.jpg\" alt=\"Tote\"></li><li><img src=\"/t2.jpg\" alt=\"Tote\"></li></ul><div "
      "class=\"slider-buttons\"><div class=\"slider-counter caption\"><span>1</span> / <span>of</span>"
      "<span>4</span></div></div></div><div class=\"info\"><div class=\"info-inner\"><p class=\"product__text "
      "caption-with-letter-spacing\">Fernhill Supply</p><h1>Canvas Tote</h1>" + desc +
      "</div></div></main></body></html>");
  ASSERT_TRUE(shop.ok());
  EXPECT_FALSE(shop->image.caption.has_value()) << *shop->image.caption;
  auto story = Extract(
      "<html><head><title>Harbor dredging</title></head><body><main><h1>Harbor dredging</h1><div "
      "class=\"media\"><img src=\"/d.jpg\" alt=\"\"><div class=\"caption\">A dredger works the main channel."
      "</div></div>" + desc + "</main></body></html>");
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(story->image.caption.value_or(""), "A dredger works the main channel.");
}

// A media player's time readout, two clock times and nothing else (the
// position and the length, apart, split by a slash or run together from
// side-by-side spans), is a line of chrome; one time, a range or words
// are not.
TEST(Vocabulary, PlayerTimesLines) {
  EXPECT_TRUE(IsBoilerplateLine("00:00 48:12"));
  EXPECT_TRUE(IsBoilerplateLine("0:00 / 3:45"));
  EXPECT_TRUE(IsBoilerplateLine("00:0048:12"));
  EXPECT_TRUE(IsBoilerplateLine("1:02:11 / 1:48:00"));
  EXPECT_FALSE(IsBoilerplateLine("48:12"));
  EXPECT_FALSE(IsBoilerplateLine("10:00 - 11:30"));
  EXPECT_FALSE(IsBoilerplateLine("Doors 19:00, show 20:30"));
}

}  // namespace
}  // namespace lede
