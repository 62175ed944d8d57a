// Word lists for extraction heuristics. General knowledge of how web pages
// are marked up (CMS class names, widget vendors, schema.org), never words
// taken from particular sites.
#include "extract/vocabulary.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/text.h"
#include "extract/dates.h"

namespace lede {
namespace {

// Whether `word` is one of list `kWords` (ASCII case folded): the
// vocabulary's one-line lookups, each list indexed once (WordList).
template <const auto& kWords>
bool InWordList(std::string_view word) {
  static constexpr WordList kList(kWords);
  return kList.Contains(word);
}

// Two word lists as one (a list that holds another whole: each entry
// written once).
template <size_t A, size_t B>
constexpr std::array<std::string_view, A + B> Concat(const std::string_view (&a)[A], const std::string_view (&b)[B]) {
  std::array<std::string_view, A + B> out{};
  for (size_t k = 0; k < A; ++k) out[k] = a[k];
  for (size_t k = 0; k < B; ++k) out[A + k] = b[k];
  return out;
}

// No entry twice (a list made of others holds each word once).
constexpr bool AllDistinct(std::span<const std::string_view> list) {
  for (size_t i = 0; i < list.size(); ++i)
    for (size_t j = i + 1; j < list.size(); ++j)
      if (list[i] == list[j]) return false;
  return true;
}

enum class Match : uint8_t {
  kToken,   // a whole token equals the word
  kPrefix,  // a token starts with the word
  kJoined,  // two adjacent tokens, or one token, spell the word ("articlebody")
  kAny,     // the word appears anywhere in the lower-cased class+id string
  kWhole,   // one whole class name, or the id, equals the word
};

struct Word {
  std::string_view word;
  Match match;
  uint32_t hint;
};

constexpr uint32_t kBp = kHintBoilerplate;
constexpr uint32_t kWeak = kHintWeakBoilerplate;
constexpr uint32_t kNever = kHintBoilerplate | kHintNeverContent;
constexpr uint32_t kNav = kHintNavigation;

// A component's part that the component's word leads in one class name:
// a card's footer (Bootstrap's "card-footer", a styled component's
// "CustomerCardFooter") holds the card's quote, its date or its price, and
// goes where its card goes; its own word (the page footer's) says nothing.
// The part is a token that starts with `part` right after the token `owner`.
struct OwnedPart {
  std::string_view owner, part;
};
// (And text set over a picture, "text-overlay": the picture's heading and
// line, not an overlay over the page.)
// (A list's footer too: PrestaShop's "js-product-list-footer" under the
// grid, where the category's longer description sits.)
// (A search result's footer too: a job board's "result-footer" and
// "underShelfFooter" under each result hold its snippet.)
constexpr OwnedPart kOwnedParts[] = {{"card", "footer"},   {"text", "overlay"},  {"list", "footer"},
                                     {"result", "footer"}, {"shelf", "footer"}};
// A writer's word followed, in one class name, by a bar of controls
// ("author_buttons": MyBB's "Email", "PM", "Find" links beside each post;
// "author-actions", "author-tools"): the writer's controls, not a byline.
constexpr std::string_view kWriterControlBarWords[] = {"buttons", "actions", "controls", "tools"};
// An advert's word followed, in one class name, by a list's item
// ("ad-listitem": a classifieds site's result, a private seller's advert
// in a list of them): a classified ad, the page's content, not an ad slot.
constexpr std::string_view kClassifiedAdParts[] = {"listitem", "listing"};
// So is the word "ad" itself before an advert's page's parts (a car
// marketplace's "mt-AdDetail-section", "mt-CardAdEquipment"); not another
// ad word ("sponsored-details"), nor a slot's "ad-view".
constexpr std::string_view kAdWord = "ad";
constexpr std::string_view kAdvertPageParts[] = {"detail", "details", "description", "equipment", "specs", "features"};

// A page's hero, its lead section, named as a banner in one class name
// ("hero-banner", "heroBanner", "billboard-hero", "hero-promo"): the
// opening a landing or a category page leads with, not an ad or a site's
// strip. The words it clears, and the word that clears them.
constexpr std::string_view kHeroWord = "hero";
constexpr std::string_view kHeroBannerWords[] = {"banner", "billboard", "promo"};
// So is an image banner ("image-banner", "imageBanner", "banner-image": a
// shop theme's section of a picture under a heading and a line of text).
constexpr std::string_view kImageWord = "image";
constexpr std::string_view kImageBannerWord = "banner";
// A document's callout: a note, tip or warning box set in the text
// (Docusaurus's "theme-admonition ... alert alert--info", Sphinx's and
// MkDocs's "admonition note"). Content: a weak chrome word in its class
// list ("alert") is its styling, not a site's banner.
constexpr std::string_view kCalloutWords[] = {"admonition"};
// A reader's poll set in a story ("div.story-poll", "images-poll__variants":
// its question, options, vote button and tally), in the newsrooms'
// languages: a boilerplate word of a class list or an id (FinishHints),
// unless the same list or id names the poll's results ("poll-results",
// "sondage sondage-resultats": a story's table or chart of a poll it
// reports, kPollResultWords).
// (Not "enquete": the French "enquête" is a newsroom's investigation.)
constexpr std::string_view kPollWords[] = {"poll", "polls", "umfrage", "sondage", "encuesta", "sondaggio", "peiling"};
constexpr std::string_view kPollResultWords[] = {"results", "result",     "resultats", "resultados", "risultati",
                                                 "ergebnis", "ergebnisse", "uitslag",   "wyniki",     "chart",
                                                 "graph",   "table",      "source",    "tracker",    "average",
                                                 "tabelle", "grafik",     "tabel",     "grafiek",    "trend"};
// Bootstrap's callout: "alert" and its contextual variant in one class
// name ("alert alert-info", "alert-warning"), the box a docs page sets a
// note or a warning in, and a site its notices (IsAlertCalloutClass).
constexpr std::string_view kAlertWord = "alert-";
// Only the variants of a note or a warning: "alert-success", "-primary" and
// "-secondary" dress a site's notices ("Thanks for reading! Share this
// post").
constexpr std::string_view kAlertVariants[] = {"info", "note", "tip", "warning", "important", "caution", "danger"};
// The title a callout box opens with ("Tip", "Note:", "See also" in a
// <strong> atop an alert box): the label of a docs page's note, tip or
// warning, in the languages docs are written in. Whole label only. (The
// alert variants are such labels: the list holds them.)
constexpr std::string_view kMoreAdmonitionLabels[] = {
    "notes", "tips", "hint", "attention", "notice", "information", "see also", "remember", "example", "todo",
    "deprecated", "error",
    "hinweis", "tipp", "warnung", "achtung", "wichtig", "siehe auch", "beispiel",
    "remarque", "astuce", "avertissement", "voir aussi", "exemple",
    "nota", "consejo", "advertencia", "importante", "precaución", "véase también", "ejemplo",
    "suggerimento", "avvertenza", "attenzione", "vedi anche", "esempio",
    "dica", "aviso", "atenção", "veja também", "exemplo",
    "opmerking", "waarschuwing", "let op", "zie ook",
    "uwaga", "wskazówka", "ostrzeżenie", "zobacz też",
    // (Chinese, Japanese and Korean docs' labels: Docsy's "<h4
    // class=alert-heading>警告</h4>".)
    "注意", "警告", "提示", "重要", "说明", "說明", "危险", "危險", "ヒント", "メモ", "参考", "備考", "팁", "주의",
    "경고", "참고", "노트", "중요", "注意事項", "注意事项"};
// A news CMS's wrapper around each paragraph of a story that readers get
// with a subscription (TownNews BLOX: every <p> in "div.subscriber-only",
// the body "subscriber-premium"): the story's text, served whole in the
// page, not a sign-up box. The class name is these two words alone; the
// "subscri" word's weak chrome does not bind on it.
constexpr std::string_view kSubscriberWord = "subscriber";
// ("subscriber-preview": the paragraphs BLOX shows before the paywall.)
constexpr std::string_view kSubscriberBodyWords[] = {"only", "premium", "preview"};
constexpr auto kAdmonitionLabels = Concat(kAlertVariants, kMoreAdmonitionLabels);
static_assert(AllDistinct(kAdmonitionLabels));

// clang-format off
constexpr Word kWords[] = {
  // Widget vendors, recommendation boxes, consent managers.
  {"taboola", Match::kAny, kNever | kHintRelated}, {"outbrain", Match::kAny, kNever | kHintRelated},
  {"zergnet", Match::kAny, kNever | kHintRelated}, {"revcontent", Match::kAny, kNever | kHintRelated},
  {"onetrust", Match::kAny, kNever}, {"optanon", Match::kAny, kNever}, {"cookiebot", Match::kAny, kNever},
  {"usercentrics", Match::kAny, kNever}, {"didomi", Match::kAny, kNever}, {"trustarc", Match::kAny, kNever},
  {"cookieconsent", Match::kJoined, kNever}, {"cookiebanner", Match::kJoined, kNever},
  {"cookienotice", Match::kJoined, kNever}, {"cookiebar", Match::kJoined, kNever},
  {"cookielaw", Match::kJoined, kNever}, {"cookiepolicy", Match::kJoined, kNever},
  // Ligature icon fonts (Google's Material Icons and Material Symbols:
  // "<i class=material-icons>chevron_right</i>"): the text is the glyph's
  // name, drawn as an arrow, never words a reader sees.
  {"materialicons", Match::kJoined, kNever}, {"materialsymbols", Match::kJoined, kNever},
  {"qccmp", Match::kJoined, kNever}, {"fcconsent", Match::kJoined, kNever},
  // (Quantcast Choice's second version: "qc-cmp2-container",
  // "qc-cmp2-summary-section".)
  {"qccmp2", Match::kJoined, kNever},
  {"spmessage", Match::kJoined, kNever}, {"privacycenter", Match::kJoined, kNever},
  {"related", Match::kPrefix, kBp | kHintRelated}, {"recommend", Match::kPrefix, kBp | kHintRelated},
  // (Spanish and Portuguese: "relacionadas", "noticias-relacionadas",
  // "posts-relacionados".)
  {"relacionad", Match::kPrefix, kBp | kHintRelated},
  {"trending", Match::kPrefix, kBp | kHintRelated}, {"popular", Match::kPrefix, kWeak | kHintRelated},
  {"mostread", Match::kJoined, kBp | kHintRelated}, {"mostpopular", Match::kJoined, kBp | kHintRelated},
  {"morefrom", Match::kJoined, kBp | kHintRelated}, {"morestories", Match::kJoined, kBp | kHintRelated},
  // Weak: also the clamped text behind a "Read more" toggle (a product's
  // description shown in part until opened).
  {"readmore", Match::kJoined, kWeak | kHintRelated},
  {"readnext", Match::kJoined, kBp | kHintRelated},
  // A forum's box of other threads under one (phpBB's "similar-topics",
  // XenForo's "similarThreads", "similar-posts").
  {"similartopics", Match::kJoined, kBp | kHintRelated}, {"similarthreads", Match::kJoined, kBp | kHintRelated},
  {"similarposts", Match::kJoined, kBp | kHintRelated},
  // (And a shelf of other items of the page's kind, "similar-" and its
  // noun in one class name: "SimilarListings_container", "similar-cars",
  // "similar-houses", Spanish "ficha__similares"; not "similar" alone, a
  // modifier's "detail-section--similar" over a product's own section.)
  {"similarlistings", Match::kJoined, kBp | kHintRelated}, {"similaritems", Match::kJoined, kBp | kHintRelated},
  {"similarproducts", Match::kJoined, kBp | kHintRelated}, {"similarads", Match::kJoined, kBp | kHintRelated},
  {"similarcars", Match::kJoined, kBp | kHintRelated}, {"similarvehicles", Match::kJoined, kBp | kHintRelated},
  {"similarproperties", Match::kJoined, kBp | kHintRelated}, {"similarhomes", Match::kJoined, kBp | kHintRelated},
  {"similarhouses", Match::kJoined, kBp | kHintRelated}, {"similarstays", Match::kJoined, kBp | kHintRelated},
  {"similarhotels", Match::kJoined, kBp | kHintRelated}, {"similarjobs", Match::kJoined, kBp | kHintRelated},
  {"similarcourses", Match::kJoined, kBp | kHintRelated}, {"similararticles", Match::kJoined, kBp | kHintRelated},
  {"similarapps", Match::kJoined, kBp | kHintRelated}, {"similarrecipes", Match::kJoined, kBp | kHintRelated},
  {"similarevents", Match::kJoined, kBp | kHintRelated}, {"similares", Match::kToken, kBp | kHintRelated},
  // (A ticket seller's "sc-more-events" strip of the venue's other events.)
  {"moreevents", Match::kJoined, kBp | kHintRelated},
  {"similaires", Match::kToken, kBp | kHintRelated},
  // A marketplace's warnings against fraud beside an advert ("Never wire
  // money or pay a deposit ...": "shop-safely"): the site's, on every
  // advert. (Not "safety-tips": a how-to's own safety box is named so.)
  {"shopsafely", Match::kJoined, kBp},
  {"alsoread", Match::kJoined, kBp | kHintRelated}, {"youmaylike", Match::kAny, kBp | kHintRelated},
  // (The words the other way round, an Indian daily's in-body box:
  // "div.readAlso", "read-also"; the whole class name, not a layout's
  // "read-also-layout", and weak: a box of the story's prose so named
  // stays.)
  {"readalso", Match::kWhole, kWeak | kHintRelated},
  // (The same pointers in the languages of European papers: "te-puede-
  // interesar", "leer-tambien", "a-lire-aussi", "leggi-anche", "ti-potrebbe-
  // interessare", "leia-tambem", "veja-tambem", "lees-ook", "czytaj-tez",
  // "zobacz-tez".)
  {"puedeinteresar", Match::kJoined, kBp | kHintRelated}, {"leertambien", Match::kJoined, kBp | kHintRelated},
  {"lireaussi", Match::kJoined, kBp | kHintRelated}, {"leggianche", Match::kJoined, kBp | kHintRelated},
  {"potrebbeinteressare", Match::kJoined, kBp | kHintRelated},
  {"leiatambem", Match::kJoined, kBp | kHintRelated}, {"vejatambem", Match::kJoined, kBp | kHintRelated},
  {"leesook", Match::kJoined, kBp | kHintRelated}, {"czytajtez", Match::kJoined, kBp | kHintRelated},
  {"zobacztez", Match::kJoined, kBp | kHintRelated},
  // Condé Nast's links to its other stories between a story's paragraphs
  // ("RecircInlineWrapper": recirculation; not its lists on a section
  // front, "recirc-list", which are the page's own).
  {"recircinline", Match::kAny, kBp | kHintRelated},
  {"upnext", Match::kJoined, kBp | kHintRelated}, {"teaser", Match::kPrefix, kWeak | kHintRelated},
  // Shop recommendation strips (WooCommerce "up-sells", Magento "upsell",
  // "crosssell"): other products offered beside this one.
  {"upsell", Match::kJoined, kBp | kHintRelated}, {"upsells", Match::kJoined, kBp | kHintRelated},
  {"crosssell", Match::kJoined, kBp | kHintRelated}, {"crosssells", Match::kJoined, kBp | kHintRelated},
  // (Shopware's "product-detail-cross-selling" tabs.)
  {"crossselling", Match::kJoined, kBp | kHintRelated},
  // A shop's box on picking the product up in one of its stores ("Pickup
  // available at ...", "Usually ready in 24 hours": Shopify's
  // "store-availability-container", "pickup-availability"): the store's
  // service, not the product.
  {"storeavailability", Match::kJoined, kBp}, {"pickupavailability", Match::kJoined, kBp},
  // (Salesforce Commerce's "pdp-store-pickup" link, "Check availability
  // for pick up in store".)
  {"pdp-store-pickup", Match::kWhole, kBp},
  // The buy box's stock and delivery line under the price ("In Stock -
  // ships within one business day": Salesforce Commerce's
  // "availability-msg" list; "Sofort versandfertig, Lieferzeit ca. 1-3
  // Werktage": Shopware's "delivery-information delivery-available", by
  // its state's class: "delivery-information" alone also names a help
  // page's section). Not the "product-availability" box around the list:
  // a shop's note there, "Available only at select retailers", is kept by
  // WCXB's annotators.
  {"availabilitymsg", Match::kJoined, kBp},
  // (WooCommerce Germanized's delivery time under the price, "Lieferzeit:
  // 5-7 Werktage".)
  {"delivery-time-info", Match::kWhole, kBp},
  {"delivery-available", Match::kWhole, kBp}, {"delivery-soldout", Match::kWhole, kBp},
  // A marketplace's box about the seller beside or under a listing ("seller
  // card", "seller info", "seller box": the shop's name, its sales and
  // ratings, "Seller's other items", "Contact seller"): the seller's, not
  // the product's.
  {"sellercard", Match::kJoined, kBp}, {"sellerinfo", Match::kJoined, kBp},
  // A marketplace's badges for its seller ("seller-badge": "Başarılı
  // Satıcı", "vendor-badge": "우수 판매자") and its instalment box under
  // the price ("pdp-installments").
  // (Whole names: a product's "best-seller-badge" is the product's.)
  {"seller-badge", Match::kWhole, kBp}, {"seller-badges", Match::kWhole, kBp},
  {"vendorbadge", Match::kJoined, kBp}, {"installments", Match::kToken, kBp},
  {"sellerbox", Match::kJoined, kBp}, {"sellercred", Match::kJoined, kBp},
  // PrestaShop's "product-accessories": its "You might also like" strip.
  {"productaccessories", Match::kJoined, kBp | kHintRelated},
  // A maker's or a supplier's grid of the parts that fit this one
  // ("compatible-parts", "compatible-products"): other products.
  {"compatibleparts", Match::kJoined, kBp | kHintRelated},
  {"compatibleproducts", Match::kJoined, kBp | kHintRelated},
  // A shop's strip of the products this visitor looked at before ("Recently
  // viewed", Shopify themes' "recently-viewed" section, Shopware 5's
  // "last-seen-products"): other products, never this one's text.
  {"recentlyviewed", Match::kJoined, kBp | kHintRelated}, {"lastseen", Match::kJoined, kBp | kHintRelated},
  // (Shoper's "box_lastvisited" and its "box_productrelated" strip of
  // other products.)
  {"lastvisited", Match::kJoined, kBp | kHintRelated}, {"lastviewed", Match::kJoined, kBp | kHintRelated},
  {"productrelated", Match::kJoined, kBp | kHintRelated},
  // PrestaShop's reviews module and its copies ("productcomments",
  // Shoper's "box_productcomments"): the buyers' reviews with their "add
  // a review" button, not the product's text.
  {"productcomments", Match::kJoined, kBp},
  // A shop's shipping calculator beside the buy box (a postcode field and
  // "Calculate", "I don't know my postcode": Tiendanube's
  // "shipping-calculator", VTEX's "shipping-simulator"): the carrier's
  // rates, not the product.
  {"shippingcalculator", Match::kJoined, kBp}, {"shippingsimulator", Match::kJoined, kBp},
  {"shippingestimator", Match::kJoined, kBp},
  // A shop's strip of its promises beside the buy box (PrestaShop's
  // "blockreassurance" module, "block-reassurance": secure payment, free
  // delivery from 80 EUR, free returns): the store's, on every product.
  {"reassurance", Match::kAny, kBp},
  // (The same strip named as the shop's promises: "ul.pdp-promises".)
  {"promises", Match::kToken, kBp},
  // Yotpo's review widgets (the star line under the product's name,
  // "yotpo bottomLine", and the reviews box): buyers' ratings, not the
  // product's text.
  {"yotpo", Match::kPrefix, kBp},
  // So are the other review vendors' widgets: PowerReviews ("div.p-w-r",
  // "#pr-reviewdisplay"), Judge.me ("jdgm-widget"), Okendo
  // ("okeReviews"), Bazaarvoice ("#BVRRContainer"), Trustpilot's and
  // Loox's boxes.
  {"p-w-r", Match::kWhole, kBp}, {"prreviewdisplay", Match::kJoined, kBp}, {"jdgm", Match::kPrefix, kBp},
  {"okereviews", Match::kJoined, kBp}, {"bvrrcontainer", Match::kJoined, kBp},
  {"trustpilot", Match::kPrefix, kBp}, {"looxreviews", Match::kJoined, kBp},
  // Drupal's feed link under a view ("feed-icons": "Subscribe to <term>"
  // with the RSS icon): a way to follow the list, not its text.
  {"feedicons", Match::kJoined, kBp}, {"feedicon", Match::kJoined, kBp},
  // FluxBB's and PunBB's board header (title, menu, "You are not logged
  // in"), announcement box and footer, by their ids.
  {"brdheader", Match::kWhole, kBp}, {"brdfooter", Match::kWhole, kBp}, {"announce", Match::kWhole, kBp},
  // Arc XP's "interstitial link" story element (a "Read also" line set
  // between a story's paragraphs: "c-interstitial-link").
  {"interstitiallink", Match::kJoined, kBp | kHintRelated},
  // Blogger's note over a label's or a search's posts ("status-msg-wrap":
  // "Showing posts with label Travel. Show all posts"): the list's state.
  {"statusmsg", Match::kJoined, kBp},
  // Cafe24's product page modules (Korea's largest shop builder names each
  // module "xans-<area>-<module>"): the buyers' reviews and questions
  // boards, the related products strip and the recently viewed box.
  {"xans-product-review", Match::kWhole, kBp}, {"xans-product-qna", Match::kWhole, kBp},
  {"xans-product-relation", Match::kWhole, kBp | kHintRelated},
  {"xans-layout-productrecent", Match::kWhole, kBp | kHintRelated},
  // A tab's teaser that repeats the tab's opening words over "... more"
  // (Shopware 5's "tab--preview" on each product tab): a copy of the text
  // shown whole in the tab.
  {"tabpreview", Match::kJoined, kBp},
  // A documentation generator's furniture around a reference page: the
  // version badge over a Docusaurus page ("theme-doc-version-badge":
  // "Version: 2.x"), Doxygen's collapsible diagrams ("dynheader"
  // "Collaboration diagram for ...:" over the "dyncontent" picture and its
  // "[legend]" link), Javadoc's lists of the methods a class inherits
  // ("inherited-list": links to other classes' pages).
  {"docversionbadge", Match::kJoined, kBp}, {"dynheader", Match::kWhole, kBp},
  {"dyncontent", Match::kWhole, kBp}, {"inheritedlist", Match::kJoined, kBp},
  // PrestaShop's list of a product's flags ("product-flags": "Nouveau",
  // "-20 %", "Rupture de stock"): the catalogue's state, set by the shop.
  // (Not a lone "product-flag" badge in a buy box: "Limited edition" may be
  // the product's own, Extract.OwnBuyBoxBadgesStay.)
  {"productflags", Match::kJoined, kBp},
  // A Shopify theme's selling points under the buy box (Impulse's
  // "sales-points": "In stock, ready to ship", "Free shipping and
  // returns"): the shop's promises on every product.
  {"salespoint", Match::kJoined, kBp}, {"salespoints", Match::kJoined, kBp},
  // Shopware 6's tax line under the price ("product-detail-tax": "Prices
  // incl. VAT plus shipping costs", all of it a link to the shipping page).
  {"detailtax", Match::kJoined, kBp},
  // A shop card's shortcut to a product's options ("quickview-label",
  // "quick-shop-opener"): a control over the card, never its text.
  {"quickview", Match::kJoined, kBp}, {"quickshop", Match::kJoined, kBp},
  // A pay-later provider's note beside the price ("or 4 interest-free
  // payments of $12.50 with Klarna", Affirm's "affirm-as-low-as",
  // "afterpay-container", a theme's "form-installment", a checkout's
  // "payment-providers" strip): the shop's terms of payment, not the
  // product's text. (Binding on product pages, or on a box a price note
  // long: content.cc reads NamesPayLater. Not a bare "installment": an
  // article's "installment-example" or a serial's next part.)
  {"afterpay", Match::kPrefix, kBp}, {"klarna", Match::kPrefix, kBp}, {"affirm", Match::kToken, kBp},
  {"sezzle", Match::kPrefix, kBp}, {"forminstallment", Match::kJoined, kBp}, {"bnpl", Match::kToken, kBp},
  {"paymentproviders", Match::kJoined, kBp},
  // (WooCommerce PayPal Payments' boxes, "ppcp-messages" with its "Pay in
  // 3 interest-free payments" line and the "ppcp-button" row; a theme's
  // "pay-later" note.)
  {"ppcp", Match::kPrefix, kBp}, {"paylater", Match::kJoined, kBp},
  // A shop's table of card instalments in a tab under the product
  // ("installment-table", "installment-options"; Turkish shops'
  // "taksit"): the bank's terms, the same on every product.
  {"installmenttable", Match::kJoined, kBp}, {"installmentoptions", Match::kJoined, kBp},
  {"taksit", Match::kPrefix, kBp},
  // An extended warranty sold beside the product ("protection-plan-section":
  // "Add a 3-Year Plan - $24.00"): another product's offer.
  {"protectionplan", Match::kJoined, kBp}, {"protectionplans", Match::kJoined, kBp},
  // A tooltip's content box ("tool-tip__content", "tooltip-content"): a
  // glossary note shown on hover over a label ("Cup style", "Impedance"),
  // the same on every page that has the label. Not "tooltip" alone (the
  // term it hovers over), nor a "tooltip-text" span: often an icon's only
  // label ("B Corp" beside a badge).
  {"tooltipcontent", Match::kJoined, kBp},
  // Advertising.
  {"ad", Match::kToken, kBp | kHintAd}, {"ads", Match::kToken, kBp | kHintAd},
  {"adv", Match::kToken, kBp | kHintAd}, {"advert", Match::kPrefix, kBp | kHintAd},
  {"advertisement", Match::kAny, kBp | kHintAd}, {"adslot", Match::kJoined, kBp | kHintAd},
  {"adunit", Match::kJoined, kBp | kHintAd}, {"adcontainer", Match::kJoined, kBp | kHintAd},
  {"adwrapper", Match::kJoined, kBp | kHintAd}, {"gpt", Match::kToken, kBp | kHintAd},
  {"dfp", Match::kToken, kBp | kHintAd}, {"sponsor", Match::kPrefix, kBp | kHintAd},
  {"promo", Match::kPrefix, kWeak | kHintAd}, {"banner", Match::kPrefix, kWeak},
  {"skyscraper", Match::kAny, kBp | kHintAd}, {"billboard", Match::kToken, kBp | kHintAd},
  // Weak, as "promo": "commercial" names a topic as often as an ad slot
  // (a guide's section anchored "commercial-spending", a shop's
  // "commercial-module" of its own offers); it binds on furniture only.
  {"commercial", Match::kToken, kWeak | kHintAd},
  // Fine print: legal notes under an offer or a claim.
  {"disclaimer", Match::kPrefix, kWeak},
  // Navigation and page chrome.
  // (A breadcrumb trail is also read for the section by the headline, as a
  // kicker is: its last crumb above the page.)
  {"nav", Match::kPrefix, kNav}, {"menu", Match::kPrefix, kNav}, {"breadcrumb", Match::kPrefix, kNav | kHintKicker},
  // Written in two words ("breadCrumbs", "bread-crumb"): the trail all the same.
  {"breadcrumb", Match::kJoined, kNav | kHintKicker}, {"breadcrumbs", Match::kJoined, kNav | kHintKicker},
  // Japanese sites' names for the trail: "topicpath" ("topic_path") and
  // "pankuzu" (bread crumbs).
  {"topicpath", Match::kJoined, kNav | kHintKicker}, {"pankuzu", Match::kPrefix, kNav | kHintKicker},
  {"pagination", Match::kPrefix, kNav}, {"pager", Match::kToken, kWeak},
  // A framework's page links under a list: TYPO3 Fluid's
  // "f3-widget-paginator", Laminas' and Django's "paginator"; the
  // "paging" bar of older portals ("Results 1-20 of 86 | Show: 25 50").
  {"paginator", Match::kPrefix, kNav}, {"paging", Match::kToken, kWeak}, {"footer", Match::kPrefix, kBp},
  {"masthead", Match::kToken, kWeak}, {"sidebar", Match::kAny, kWeak}, {"toolbar", Match::kPrefix, kWeak},
  // A layout's side column beside the main one ("Question-sideColumn",
  // "side-column"), as a sidebar.
  {"sidecolumn", Match::kJoined, kWeak},
  {"skip", Match::kToken, kWeak}, {"skiplink", Match::kJoined, kBp}, {"topbar", Match::kJoined, kBp},
  // A Spanish or Portuguese paper's tools box under a story ("Imprimir |
  // Enviar a un amigo | Visitas: 1.284"): "herramientas", "ferramentas".
  {"herramientas", Match::kToken, kBp}, {"ferramentas", Match::kToken, kBp},
  // The site-wide strip over every page of a shop or a site builder
  // ("announcement-bar": free shipping, a sale, a notice).
  {"announcementbar", Match::kJoined, kBp},
  // (Tiendanube themes' "section-adbar" over every page: free shipping
  // from an amount, the instalments every card gets.)
  {"adbar", Match::kJoined, kBp},
  // A sales or event page's countdown timer ("countdown__timer": "03 Days
  // 11 Hours 42 Minutes" to a launch, the end of a sale or an event).
  {"countdown", Match::kPrefix, kWeak},
  // A news site's ticker of breaking headlines over every page
  // ("breaking-news", "news-ticker"): other stories' headlines scrolling
  // by, never the story. (Whole class names only: a post classed
  // "category-breaking-news" is filed under that section; and not a bare
  // "ticker": a table's column of stock symbols.)
  {"breaking-news", Match::kWhole, kBp}, {"breaking_news", Match::kWhole, kBp},
  {"breakingnews", Match::kWhole, kBp}, {"news-ticker", Match::kWhole, kBp},
  {"newsticker", Match::kWhole, kBp},
  // A docs site's version and language pickers ("version-switcher",
  // "language-switcher", "lang-selector"): links to this page in other
  // releases and translations, never its text.
  {"versionswitcher", Match::kJoined, kNav}, {"languageswitcher", Match::kJoined, kNav},
  {"langswitcher", Match::kJoined, kNav}, {"versionselector", Match::kJoined, kNav},
  {"languageselector", Match::kJoined, kNav}, {"langselector", Match::kJoined, kNav},
  // A shop's strip of its selling points, its "USPs" ("usp-bar",
  // "product-usp", "usps"): free shipping, returns, a warranty, secure
  // checkout, set as icons and short lines beside the buy box or over every
  // page; the shop's promises, not the product's text. (Only when its lines
  // read so: a carrier's "usps" section, a list of the product's own
  // features named "product-usps", is text; content.cc asks NamesUsp.)
  {"usp", Match::kToken, kBp}, {"usps", Match::kToken, kBp},
  // The Bulletin plugin's notice bars (WordPress: "bulletinwp-bulletin"),
  // shown over every page, twice (a phone's copy and a desktop's).
  {"bulletinwp", Match::kToken, kBp},
  // The bars above the site's header: a theme's contact and hours strip
  // (Divi's "#top-header"), a utility bar.
  {"top-header", Match::kWhole, kBp}, {"top_header", Match::kWhole, kBp}, {"topheader", Match::kWhole, kBp},
  {"utility-bar", Match::kWhole, kBp}, {"utility_bar", Match::kWhole, kBp},
  // Filter panels of a category page (facets: colour, size, price range).
  // Weak: "filters" and "facet" also name content blocks now and then. A
  // panel of form controls binds whatever its text (kHintFacet, content.cc).
  {"facet", Match::kToken, kWeak | kHintFacet}, {"facets", Match::kToken, kWeak | kHintFacet},
  {"filters", Match::kToken, kWeak | kHintFacet}, {"refinement", Match::kToken, kWeak | kHintFacet},
  {"refinements", Match::kToken, kWeak | kHintFacet}, {"filter", Match::kToken, kHintFacet},
  {"faceted", Match::kToken, kHintFacet}, {"refine", Match::kToken, kHintFacet},
  {"header", Match::kWhole, kWeak}, {"siteheader", Match::kJoined, kBp | kHintMasthead},
  {"globalheader", Match::kJoined, kBp | kHintMasthead}, {"topnav", Match::kJoined, kNav},
  // The site's name and logo.
  {"logo", Match::kPrefix, kHintMasthead}, {"sitetitle", Match::kJoined, kHintMasthead},
  {"sitename", Match::kJoined, kHintMasthead}, {"branding", Match::kToken, kHintMasthead},
  {"menutitle", Match::kJoined, kHintMasthead},
  // Sharing and social.
  {"share", Match::kPrefix, kBp}, {"sharing", Match::kAny, kBp}, {"social", Match::kPrefix, kBp},
  {"sociallinks", Match::kJoined, kBp},
  // A page's tool strip (CivicPlus's "#siteTools": print, feedback, font
  // size, share; DokuWiki's "pagetools").
  {"sitetools", Match::kJoined, kBp}, {"pagetools", Match::kJoined, kBp},
  // The jQuery plugin Sharrre's bar ("sharrre-container": WordPress's
  // Hueman theme).
  {"sharrre", Match::kPrefix, kBp},
  // A site's own Instagram feed (WordPress's Smash Balloon plugin,
  // "div#sb_instagram.sbi"; "instagram-feed" widgets): thumbnails of its
  // posts, the same on every page. (An embedded post, "instagram-media",
  // is an embed: below.)
  {"sbinstagram", Match::kJoined, kBp}, {"instagramfeed", Match::kJoined, kBp},
  {"follow", Match::kToken, kWeak}, {"addthis", Match::kAny, kBp},
  {"print", Match::kToken, kWeak}, {"rss", Match::kToken, kWeak},
  // Sign-up, consent and paywall boxes.
  // A box asking for the reader's telephone number to be called back
  // ("callback-form", "request-callback": an insurer's or a clinic's
  // "We'll call you"): a form, not the page's text. (Not a bare
  // "callback": a programming guide's sections on callbacks are named so.)
  {"callbackform", Match::kJoined, kBp}, {"requestcallback", Match::kJoined, kBp},
  {"callbackrequest", Match::kJoined, kBp}, {"callmeback", Match::kJoined, kBp},
  {"newsletter", Match::kAny, kBp}, {"subscri", Match::kAny, kWeak}, {"signup", Match::kJoined, kBp},
  {"cookie", Match::kPrefix, kBp}, {"consent", Match::kPrefix, kBp}, {"gdpr", Match::kAny, kBp},
  {"paywall", Match::kAny, kWeak}, {"popup", Match::kPrefix, kBp | kHintOverlay},
  // The subscription pitch named in the site's language (a Brazilian
  // daily's "box-assinatura", Spanish "suscripcion", Italian
  // "abbonamento"): weak, as "subscri" is.
  {"assinatura", Match::kPrefix, kWeak}, {"suscripcion", Match::kPrefix, kWeak},
  {"abbonament", Match::kPrefix, kWeak},
  // A donation appeal (Newspack's "wp-block-newspack-blocks-donate", a
  // "donate-box", "donation-cta"): a pitch for the publisher's money, not
  // the story.
  {"donate", Match::kToken, kBp}, {"donation", Match::kToken, kBp},
  // (The same appeal named for its ask, a show's or a blog's "support-box",
  // "support-us".)
  {"supportbox", Match::kJoined, kBp}, {"supportus", Match::kJoined, kBp},
  // (And for the contribution it asks: Vox Media's "contribution-ask",
  // "We rely on readers like you", the Guardian's "contributions__epic".)
  {"contributionask", Match::kJoined, kBp}, {"contributionsepic", Match::kJoined, kBp},
  // Mediavine Grow's "Save This Recipe" box on food blogs ("grow-save-
  // block", "grow-save-form"): an e-mail form, not the post.
  {"growsave", Match::kJoined, kBp},
  // A web map's attribution control over its tiles (Esri's
  // "esri-attribution", Leaflet's "leaflet-control-attribution",
  // OpenLayers' "ol-attribution", Mapbox's and MapLibre's "-ctrl-attrib"):
  // the map's chrome, not a picture's credit.
  {"esriattribution", Match::kJoined, kBp}, {"controlattribution", Match::kJoined, kBp},
  {"olattribution", Match::kJoined, kBp}, {"ctrlattrib", Match::kJoined, kBp},
  {"modal", Match::kPrefix, kBp | kHintOverlay},
  {"overlay", Match::kToken, kWeak}, {"login", Match::kPrefix, kBp}, {"register", Match::kToken, kWeak},
  // A forge's merge request status box under the description (GitLab's
  // "mr-widget-heading", "mr-widget-section": pipeline passed, approved
  // by, merged by, the revert buttons): the tool's state, not the text.
  {"mrwidget", Match::kJoined, kBp},
  // The controls beside each comment of a forge's thread (GitLab's
  // "note-actions": the commenter's role badge, "Reply", "More actions").
  {"noteactions", Match::kJoined, kBp},
  // phpBB prosilver's controls beside each post ("ul.post-buttons": quote,
  // report, edit, in the board's language): the board's, not the post's.
  {"postbuttons", Match::kJoined, kBp},
  // A Gitea or Forgejo repository page's furniture over its README: the
  // file list ("table#repo-files-table": each file's last commit and age),
  // the row of the branch picker, "Go to file" and the clone box
  // ("repo-button-row"), and the topic labels ("repo-topic"): the
  // repository's tools, not the README's text.
  {"repofiles", Match::kJoined, kBp}, {"repobutton", Match::kJoined, kBp},
  {"repotopic", Match::kJoined, kBp | kHintTags},
  // The edit note under an issue's or a comment's text (GitLab's
  // "edited-text": "Edited Jun 4, 2025 by Jane Doe").
  {"editedtext", Match::kJoined, kBp},
  // A paper's or a post's record of its versions (a preprint server's
  // "submission-history": who submitted each version, when, its size; a
  // comment's "edit-history" menu): the record's metadata, not its text.
  {"submissionhistory", Match::kJoined, kBp}, {"edithistory", Match::kJoined, kBp},
  // A wiki page's own record of itself (DokuWiki's "div.pageId", the
  // page's id over the text, "raspberry:druckserver", and its
  // "div.docInfo" under it: "raspberry/druckserver.txt · Last modified:
  // 2025/09/14 21:07 by mkoch"). Whole class names only.
  {"pageid", Match::kWhole, kBp}, {"docinfo", Match::kWhole, kBp},
  // A marketplace's buy box beside the product (a box classed or named
  // "buybox" alone: price again, delivery day, quantity, add to cart,
  // ships from, sold by): the offer's terms, not the product's text. The
  // word as one token ("buybox", a theme's "mp-buybox"), not spelt as two:
  // a shop's "buy-box" column ("product-page__buy-box", "pdp-main__buy-box")
  // holds the product's name and description too.
  {"buybox", Match::kToken, kBp},
  // A product's price breaks by quantity ("table.volume__prices", SAP
  // Commerce's "volume-prices"; Magento's "prices-tier"; a "price-breaks"
  // or German "staffelpreise" table: "ab 10 Stück 13,60 €"): the offer's
  // terms, as the buy box's price is.
  {"volumeprices", Match::kJoined, kBp}, {"volumeprice", Match::kJoined, kBp}, {"pricestier", Match::kJoined, kBp},
  {"tierprices", Match::kJoined, kBp}, {"pricebreaks", Match::kJoined, kBp}, {"staffelpreise", Match::kToken, kBp},
  // (The same as Shopify's volume pricing draws it, "volume-breaks", and
  // OXID's line of them, "amountprice-info".)
  {"volumebreaks", Match::kJoined, kBp}, {"amountprice", Match::kJoined, kBp},
  // WordPress's classic themes' line under a post (Twenty Ten, Twenty
  // Eleven: "entry-utility", "This entry was posted in News. Bookmark the
  // permalink."): its categories, tags and links, no text of its own.
  {"entryutility", Match::kJoined, kBp},
  {"widget", Match::kWhole, kWeak}, {"widgetarea", Match::kJoined, kWeak}, {"alert", Match::kToken, kWeak}, {"agegate", Match::kJoined, kBp},
  // Comments.
  // (Israeli news sites call readers' comments "talkbacks".)
  {"talkback", Match::kPrefix, kBp | kHintComments},
  // Classic blog engines' (Movable Type, Typepad, WordPress 2.x) list of
  // other blogs' links to the post ("<div class=trackbacks>"): readers'
  // sites answering it, like comments.
  {"trackback", Match::kPrefix, kBp | kHintComments}, {"pingback", Match::kPrefix, kBp | kHintComments},
  {"comment", Match::kPrefix, kBp | kHintComments}, {"disqus", Match::kAny, kBp | kHintComments},
  {"replies", Match::kToken, kBp | kHintComments}, {"respond", Match::kToken, kBp | kHintComments},
  // A Q&A thread's form for a new answer under the answers ("AnswerForm":
  // gutefrage's "Deine Antwort ... Antwort abschicken"): the site's
  // control, not a post. (A whole class name: an answer's own
  // "answer-form-example" is its text.)
  {"answerform", Match::kWhole, kBp}, {"answer-form", Match::kWhole, kBp}, {"add-answer", Match::kWhole, kBp},
  {"addanswer", Match::kWhole, kBp},
  // The comment section named in the site's language (a German blog's
  // "section.kommentare", Scandinavian "kommentarer", Polish "komentarze",
  // Czech and Slovak "komentare", Dutch "reacties"). Plural tokens only:
  // the singular "Kommentar" is also a German opinion piece's rubric.
  {"kommentare", Match::kToken, kBp | kHintComments}, {"kommentarer", Match::kToken, kBp | kHintComments},
  {"komentarze", Match::kToken, kBp | kHintComments}, {"komentare", Match::kToken, kBp | kHintComments},
  {"reacties", Match::kToken, kBp | kHintComments},
  // Romanian "comentarii" (a lyrics site's or a news site's
  // "div#comentarii"): plural only, like the others.
  {"comentarii", Match::kToken, kBp | kHintComments},
  // Spanish and Portuguese "comentarios" ("section#comentarios"): plural
  // only, like the others, and a whole name (a page builder's row
  // "#comentarios-nord" held a product's description).
  {"comentarios", Match::kWhole, kBp | kHintComments},
  // The readers' likes under a work or a post named so ("div#kudos": a fan
  // fiction archive's "... and 410 more users left kudos on this work!", a
  // community's kudos button): a count of readers, no text of the work.
  {"kudos", Match::kToken, kBp},
  // A gallery's or a slider's counter over each slide ("span.gallery__counter":
  // "5 / 12"): the reader's place in the gallery, no word of it.
  // Naver's search ads box beside its pages ("div.powerlink_area": "파워링크
  // 광고").
  {"powerlink", Match::kToken, kBp | kHintAd},
  {"gallerycounter", Match::kJoined, kBp}, {"slidecounter", Match::kJoined, kBp},
  // A story's promotion of a gallery on a page of its own
  // ("div.gallery-promo": a row of thumbnails, "1 of 12", the gallery's
  // title, "See the gallery"). (Not a "gallery-strip": a photo essay's own
  // strip of captioned figures is so named as often as a teaser; a
  // "gallery-teaser" is a teaser by its word already.)
  {"gallerypromo", Match::kJoined, kBp},
  // Ghost's "Featured" badge on a post card (Casper's
  // "span.post-card-featured": a star and the word). A whole name: the
  // featured card itself is classed "post-card featured".
  {"post-card-featured", Match::kWhole, kBp},
  // CodeMirror 5's box that measures a line's width ("xxxxxxxxxx" in a
  // "pre.CodeMirror-line-like"), drawn nowhere.
  {"codemirror-measure", Match::kWhole, kBp},
  // A repository's or a journal's usage statistics of a record (EPrints'
  // IRStats2 box, OJS's "usageStats" graph): downloads per month.
  {"irstats2", Match::kPrefix, kBp}, {"usagestats", Match::kJoined, kBp},
  // Open Journal Systems' "How to Cite" box under an article's abstract
  // (the citation in the formats it offers).
  {"citation_display", Match::kWhole, kBp}, {"citationdisplay", Match::kJoined, kBp},
  {"citation_formats", Match::kWhole, kBp},
  // A record's or a page's strip of other records ("section.see-also":
  // a collection's cards of other works).
  {"seealso", Match::kJoined, kWeak},
  // An event's organiser card ("organizer-profile": its name, followers,
  // events held, a follow button), as an author's bio box under a story.
  {"organizerprofile", Match::kJoined, kBp}, {"organiserprofile", Match::kJoined, kBp},
  {"organizerinfo", Match::kJoined, kBp}, {"organiserinfo", Match::kJoined, kBp},
  // The WordPress poll plugins' boxes ("totalpoll", "wp-polls": a
  // reader's vote, not the story's words). (A poll named otherwise:
  // kPollWords; told by its form, whatever its class: content.cc,
  // MarkVoteBoxes.)
  {"totalpoll", Match::kToken, kBp}, {"wp-polls", Match::kWhole, kBp},
  // A media player's box in a story ("podcast-player": the show's name,
  // the episode's, a play button and its duration; "video-player": its
  // label and controls): the player's face, not the story's words.
  {"podcastplayer", Match::kJoined, kWeak}, {"audioplayer", Match::kJoined, kWeak},
  {"videoplayer", Match::kJoined, kWeak}, {"mediaplayer", Match::kJoined, kWeak},
  {"slidercounter", Match::kJoined, kBp}, {"slideshowcounter", Match::kJoined, kBp},
  // A text-to-speech service's button over the page ("Lees voor", "Vorlesen",
  // "Listen": ReadSpeaker's webReader, "<div class=readspeaker>", "<div
  // class=rsbtn>"): the player's face. (Its marks of what to read or skip,
  // "rs_preserve", "rs_skip", are on the text itself: not read.)
  {"readspeaker", Match::kWhole, kBp}, {"rsbtn", Match::kToken, kBp}, {"readspeakerbutton", Match::kJoined, kBp},
  // A post's discussion under it, named so whole ("#discussion": Substack's
  // comments).
  {"discussion", Match::kWhole, kBp | kHintComments},
  // An obituary's guestbook and its condolences, a memorial's tribute
  // wall: readers' messages signed with their names, like comments.
  {"guestbook", Match::kAny, kBp | kHintComments}, {"condolence", Match::kPrefix, kBp | kHintComments},
  {"tributewall", Match::kJoined, kBp | kHintComments},
  // Customer reviews and Q&A under a product: user content, like comments.
  {"reviews", Match::kToken, kBp | kHintComments}, {"customerreviews", Match::kJoined, kBp | kHintComments},
  {"productreviews", Match::kJoined, kBp | kHintComments}, {"userreviews", Match::kJoined, kBp | kHintComments},
  // A product page's tab of its reviews and their list, named in the
  // singular ("review-tab-pane", "product-detail-review-list": Shopware).
  {"reviewtab", Match::kJoined, kBp | kHintComments}, {"reviewlist", Match::kJoined, kBp | kHintComments},
  // The same tab named for its ratings ("#ratingTab": Shoptet), and a
  // product's discussion tab of buyers' questions ("#productDiscussion").
  {"ratingtab", Match::kJoined, kBp | kHintComments}, {"productdiscussion", Match::kJoined, kBp | kHintComments},
  // The same lists in the shops' languages, the plural words alone
  // ("kundenbewertungen", "recensioni", "avaliacoes", "recenze").
  {"kundenbewertungen", Match::kToken, kBp | kHintComments}, {"bewertungen", Match::kToken, kBp | kHintComments},
  {"rezensionen", Match::kToken, kBp | kHintComments}, {"resenas", Match::kToken, kBp | kHintComments},
  {"valoraciones", Match::kToken, kBp | kHintComments}, {"recensioni", Match::kToken, kBp | kHintComments},
  {"avaliacoes", Match::kToken, kBp | kHintComments}, {"beoordelingen", Match::kToken, kBp | kHintComments},
  {"recensies", Match::kToken, kBp | kHintComments}, {"recenze", Match::kToken, kBp | kHintComments},
  {"hodnoceni", Match::kToken, kBp | kHintComments}, {"otzyvy", Match::kToken, kBp | kHintComments},
  // (A restaurant guide's reviews by their abbreviation: Tabelog's
  // "rvw-item", "rstdtl-top-rvw"; not "rvw" alone, a film review's
  // "rvw-verdict" or a society's "RVW".)
  {"rvwitem", Match::kJoined, kBp | kHintComments}, {"toprvw", Match::kJoined, kBp | kHintComments},
  // (French shops name the list for the customers' opinions: "avis-clients",
  // "avis-produit"; not "avis" alone, a paper's notices, "avis-de-deces".)
  {"avisclients", Match::kJoined, kBp | kHintComments}, {"avisproduit", Match::kJoined, kBp | kHintComments},
  // Author boxes, meta lines, tags.
  {"byline", Match::kPrefix, kHintByline}, {"author", Match::kPrefix, kHintByline},
  // The USA TODAY Network's (Gannett's) byline under a story's headline
  // ("div.gnt_ar_by": the writer's linked name, the paper's under it).
  {"gnt_ar_by", Match::kWhole, kHintByline},
  {"authorbio", Match::kJoined, kBp | kHintByline}, {"bio", Match::kToken, kBp | kHintByline},
  {"aboutauthor", Match::kJoined, kBp | kHintByline}, {"dateline", Match::kToken, kHintByline | kHintDate},
  // A paper's list of its authors' institutions under their names
  // ("<div class=affiliations>"): the byline's detail.
  {"affiliations", Match::kToken, kHintByline},
  // The byline in Spanish, Italian, German, French and Polish newsrooms'
  // class names. (Not "firma": the signature line in Spanish, but the
  // company in German, Polish and Czech: a company's box is no byline.)
  {"autor", Match::kToken, kHintByline},
  {"auteur", Match::kToken, kHintByline},
  // Joomla's article info names the writer in "createdby" ("<dd
  // class=createdby>Written by Jane Doe</dd>", or the name after an icon).
  {"createdby", Match::kJoined, kHintByline},
  // Mastodon's focused post names its writer in a link over the post
  // ("a.detailed-status__display-name": the display name, then the
  // "@user@server" handle); the replies under it use "status__display-name".
  {"detailed-status__display-name", Match::kWhole, kHintByline},
  // The author box under a post: "author-box", "author-card", "about-the-author"
  // in themes, and the WordPress
  // author-box plugins' own names (Simple Author Box "saboxplugin-wrap",
  // Starbox "abh_box").
  {"authorbox", Match::kJoined, kBp | kHintByline}, {"saboxplugin", Match::kPrefix, kBp | kHintByline},
  {"abhbox", Match::kJoined, kBp | kHintByline}, {"authorcard", Match::kJoined, kBp | kHintByline},
  {"about-the-author", Match::kAny, kBp | kHintByline}, {"about_the_author", Match::kAny, kBp | kHintByline},
  // A forum poster's name beside each post (phpBB, vBulletin, MyBB...):
  // the first one on a thread is the thread's author.
  {"username", Match::kToken, kHintPoster}, {"bigusername", Match::kToken, kHintPoster},
  {"postauthor", Match::kJoined, kHintPoster}, {"poster", Match::kToken, kHintPoster},
  // FluxBB / PunBB: the poster's profile column beside each post.
  {"postleft", Match::kJoined, kHintPoster},
  // Kunena (Joomla): the poster's linked name, classed by role
  // ("a.kwho-user", "kwho-moderator", "kwho-admin").
  {"kwho", Match::kToken, kHintPoster},
  // bbPress (WordPress's forum plugin): the poster's name beside each post
  // ("span.bbp-author-name" in "div.bbp-reply-author").
  {"bbpauthorname", Match::kJoined, kHintPoster},
  // ProBoards: the poster's "mini-profile" column (name, rank, post count).
  {"miniprofile", Match::kJoined, kHintPoster},
  // Flarum: the poster's name over each post ("PostUser", "PostUser-name").
  {"postuser", Match::kJoined, kHintPoster},
  // A link aggregator's poster link over each post and reply (Hacker
  // News "a.hnuser", Lemmy's "person-listing").
  {"hnuser", Match::kToken, kHintPoster}, {"personlisting", Match::kJoined, kHintPoster},
  // A mail archive's box of a thread's statistics beside its messages
  // (Mailman 3 HyperKitty's "#thread-overview-info": first and last post,
  // participants, tags, rating).
  {"threadoverview", Match::kJoined, kBp},
  // vBulletin 4's box under a thread ("div#thread_info": "Thread
  // Information", "Users Browsing this Thread", "Similar Threads",
  // "Posting Permissions").
  {"thread_info", Match::kWhole, kBp},
  // The poster's rank, banner, flair (reputation and badge counts) and
  // profile fields beside each post (XenForo, vBulletin, FluxBB, Stack
  // Exchange: "userTitle", "message-userExtras", "userBanner", "-flair"):
  // left out on threads, while the name stays.
  {"usertitle", Match::kJoined, kHintPosterExtras}, {"userextras", Match::kJoined, kHintPosterExtras},
  // The rank line in the poster's profile column (phpBB's "dd.profile-rank",
  // MyBB's and others' "user-rank"): "Regular member", "Site Admin".
  {"profilerank", Match::kJoined, kHintPosterExtras}, {"userrank", Match::kJoined, kHintPosterExtras},
  {"userbanner", Match::kJoined, kHintPosterExtras}, {"flair", Match::kToken, kHintPosterExtras},
  // vBulletin's profile fields under the poster's name ("dl.userstats",
  // "userinfo_extra": "Join Date", "Location", "Posts").
  {"userstats", Match::kJoined, kHintPosterExtras}, {"userinfoextra", Match::kJoined, kHintPosterExtras},
  // Simple Machines Forum's profile column under the name ("ul.user_info":
  // "li.membergroup" Global Moderator, "li.postgroup" Newbie, "li.postcount"
  // Posts: 6,204, "li.blurb" the member's own line).
  {"membergroup", Match::kWhole, kHintPosterExtras}, {"postgroup", Match::kWhole, kHintPosterExtras},
  {"postcount", Match::kWhole, kHintPosterExtras}, {"blurb", Match::kWhole, kHintPosterExtras},
  // SMF 2.1's last row of that column ("li.poster_ip": "Logged", the IP
  // hidden from guests) and the tally under each post ("li.like_count":
  // "1 person likes this.").
  {"poster_ip", Match::kWhole, kHintPosterExtras}, {"like_count", Match::kWhole, kHintPosterExtras},
  // SMF 2.1's custom profile fields shown as icons or lines in that column
  // ("li.im_icons > ol > li.custom": "Location: Leeds").
  {"im_icons", Match::kWhole, kHintPosterExtras},
  // The column's list itself ("ul.user_info"), whose custom fields may
  // stand as lines of their own ("li.custom.cust_loca": "Location: Leeds").
  // (The poster's name is the h4 over it, outside the list.)
  {"user_info", Match::kWhole, kHintPosterExtras},
  // vBulletin 5's rank and profile lines under the name ("div.b-userinfo__rank":
  // "Senior Member"; "ul.b-userinfo__additional-info": "Join Date", "Posts").
  {"userinforank", Match::kJoined, kHintPosterExtras}, {"userinfoadditional", Match::kJoined, kHintPosterExtras},
  // The names of those who liked a post, under it (XenForo 1's
  // "div.likesSummary", vBSEO's "div.vbseo_liked": "Jane likes this.").
  {"likessummary", Match::kJoined, kHintPosterExtras}, {"vbseo_liked", Match::kWhole, kHintPosterExtras},
  // phpBB's box of a post's attached files ("dl.attachbox": "Attachments",
  // each file's name, "(95.79 KiB) Downloaded 478 times").
  {"attachbox", Match::kWhole, kHintPosterExtras},
  // FluxBB's and PunBB's links to the poster's website and e-mail ("dd.usercontacts").
  {"usercontacts", Match::kJoined, kHintPosterExtras},
  // Invision Community 5's member group and counts beside the name
  // ("div.ipsEntry__group": "Members", "Platinum Partner";
  // "ul.ipsEntry__authorStats": "4.7k posts 11.4k Reputation").
  {"ipsentry__group", Match::kWhole, kHintPosterExtras}, {"authorstats", Match::kJoined, kHintPosterExtras},
  // NodeBB's line over each post ("div.post-header": the poster's name,
  // a group badge, "wrote on", "replied to ..." and the stamps its script
  // fills in): the post's furniture, as its name beside it elsewhere.
  // (The whole class name, on threads only.)
  {"post-header", Match::kWhole, kHintPosterExtras},
  // The poster's signature under each post (vBulletin "signaturecontainer",
  // XenForo "message-signature", phpBB "signature", SMF/FluxBB
  // "postsignature"; Stack Exchange's "post-signature" user card) and the
  // names of those who reacted to it (XenForo "reactionsBar", Invision
  // "ipsReact"): the post's furniture, not its text.
  {"signature", Match::kPrefix, kHintPosterExtras}, {"postsignature", Match::kJoined, kHintPosterExtras},
  // (PunBB's and FluxBB's "sig-content".)
  {"sigcontent", Match::kJoined, kHintPosterExtras},
  // Kunena's signature ("div.kmsgsignature") and its thanks box under each
  // post ("div.kmessage-thankyou": "Thank you", "Quote", "Report", or the
  // names of those who thanked the poster); a thanks add-on's tally
  // elsewhere (phpBB's, vBulletin's "thankyou" boxes). On threads only.
  {"kmsgsignature", Match::kWhole, kHintPosterExtras}, {"thankyou", Match::kToken, kHintPosterExtras},
  // (Kunena 6's: "span.ksignature", and the rank line in the poster's box,
  // "li.kwho-rank".)
  {"ksignature", Match::kWhole, kHintPosterExtras}, {"kwho-rank", Match::kWhole, kHintPosterExtras},
  {"reactionsbar", Match::kJoined, kHintPosterExtras}, {"ipsreact", Match::kJoined, kHintPosterExtras},
  // A post's like tally and its reaction buttons (vBulletin's "postbit_likes",
  // Discourse themes' "post-likes", Yahoo! Chiebukuro's "ReactionButton"
  // and "ViewCount", Pantip's "emotion-vote" choices). On threads only.
  {"postbitlikes", Match::kJoined, kHintPosterExtras}, {"postlikes", Match::kJoined, kHintPosterExtras},
  {"reactionbutton", Match::kJoined, kHintPosterExtras}, {"viewcount", Match::kJoined, kHintPosterExtras},
  {"emotionvote", Match::kJoined, kHintPosterExtras},
  // (Simple Machines' "li.smflikebutton": "4 leden vinden dit leuk.")
  {"smflikebutton", Match::kWhole, kHintPosterExtras},
  // Discuz!'s signature row under each post ("div.sign") and the points
  // list in the poster's cell ("dl.pil": 积分 1288).
  {"sign", Match::kWhole, kHintPosterExtras}, {"pil", Match::kWhole, kHintPosterExtras},
  // The badges a board awards its members, in the poster's cell beside each
  // post ("post-badges", "user-badge": "Science Advisor", "Gold Member"):
  // the poster's ranks, not the post's words.
  {"postbadge", Match::kJoined, kHintPosterExtras}, {"postbadges", Match::kJoined, kHintPosterExtras},
  {"userbadge", Match::kJoined, kHintPosterExtras}, {"userbadges", Match::kJoined, kHintPosterExtras},
  // (Zendesk's community titles beside each poster's name,
  // "ul.community-badge-titles": "Rising contributor".)
  {"communitybadge", Match::kJoined, kHintPosterExtras},
  // (Salesforce communities' reputation beside each poster's name,
  // "cuf-reputationLevel": "Community Rank: Expert", "cuf-reputationPoints":
  // "2,415 points"; the poster's company badge, "cuf-companyBadge".)
  {"reputationlevel", Match::kJoined, kHintPosterExtras}, {"reputationpoints", Match::kJoined, kHintPosterExtras},
  {"companybadge", Match::kJoined, kHintPosterExtras},
  // (Vanilla's reaction bar under each post, "div.Reactions": "Reaktionen
  // Gefällt mir 7".)
  {"reactions", Match::kWhole, kHintPosterExtras},
  // A digest of the thread that an AI wrote, over its posts (a board
  // add-on's "ai-summary-block": "Click For Summary", "Discussion Overview",
  // "Main Points Raised"): no poster's words. (Left out on threads only: a
  // shop's "pdp-ai-summary" or a story's is judged as any box.)
  {"aisummary", Match::kJoined, kHintPosterExtras},
  // The box in which a reply quotes another post, under the quoted
  // poster's name (FluxBB/PunBB "quotebox", vBulletin "bbcode_quote",
  // Invision "ipsQuote", SMF "bbc_standard_quote", MyBB "mycode_quote";
  // Discourse's is an <aside>): a copy of a post the thread shows already,
  // left out like the rest of a post's furniture. (Not a bare "blockquote"
  // class: a post quoting an outside text, an announcement, is the post.)
  {"quotebox", Match::kJoined, kHintPosterExtras}, {"bbcodequote", Match::kJoined, kHintPosterExtras},
  {"ipsquote", Match::kJoined, kHintPosterExtras}, {"standardquote", Match::kJoined, kHintPosterExtras},
  {"mycodequote", Match::kJoined, kHintPosterExtras},
  // A notice at the foot of a page or a thread, after its content: a
  // call to act or to browse on (Stack Exchange's "js-bottom-notice": ask
  // a question of your own, explore related ones).
  {"bottomnotice", Match::kJoined, kBp},
  // The board's "Who is online" box under a thread (phpBB's "online-list",
  // "whoisonline" in MyBB and vBulletin): its visitor counts.
  {"onlinelist", Match::kJoined, kBp}, {"whoisonline", Match::kJoined, kBp},
  // A page's table of contents beside or inside it ("table-of-contents",
  // "tableOfContents": Docusaurus, themes' TOC boxes): links to the page's
  // own headings, navigation.
  {"tableofcontents", Match::kJoined, kNav},
  // kramdown's table of contents ("ol#markdown-toc", Jekyll themes'). (Not
  // "toc" alone: a heading a TOC plugin lists is classed "toc" too, and
  // "js-toc-appear" marks an article's header, Finsweet's "fs-toc_richtext"
  // the article's own text.)
  {"markdown-toc", Match::kWhole, kNav},
  // A post's reader-rating and feedback box (WordPress's Rate My Post:
  // "rmp-widgets-container": "How useful was this post?", "Click on a star
  // to rate it!", "Average rating 4.6 / 5. Vote count: 12").
  {"rmpwidgets", Match::kJoined, kBp},
  // Help Scout Docs' feedback box under an article ("articleRatings": "Did
  // this answer your question?", its faces and "Thanks for the feedback").
  {"articleratings", Match::kWhole, kBp},
  // MediaWiki's furniture around an article: the "[edit]" links in its
  // headings ("mw-editsection"), the category box ("catlinks"), the
  // "Retrieved from" line printed for paper ("printfooter") and the
  // wiki's tagline under the title ("#siteSub": "From Wikipedia, the
  // free encyclopedia").
  {"editsection", Match::kJoined, kBp}, {"catlinks", Match::kToken, kBp},
  {"printfooter", Match::kJoined, kBp}, {"sitesub", Match::kJoined, kBp},
  // And its message boxes, set over an article or a talk page by templates
  // ("table.ambox": "This section needs expansion. You can help by adding
  // to it."; the talk page's "tmbox": "This is the talk page for
  // discussing improvements to..."; "ombox", "cmbox" on other pages): the
  // wiki's notes to its editors, not the page's text.
  {"ambox", Match::kToken, kBp}, {"tmbox", Match::kToken, kBp}, {"ombox", Match::kToken, kBp},
  {"cmbox", Match::kToken, kBp},
  // European newsrooms name their furniture in their own language: the
  // ad slot's label ("Anzeige", "Publicidad", "Publicité", "Reklama",
  // "Werbung") and the share bar ("teilen", "partage", "compartir",
  // "condividi", "udostepnij"). The ad words give the ad hint only: an
  // "Anzeige" is a classified ad too, a list page's run of them its
  // content; the slot's label line goes as a furniture line
  // (kBoilerplateLines), the slot's script and frame as such.
  {"anzeige", Match::kToken, kHintAd}, {"werbung", Match::kToken, kHintAd},
  {"publicidad", Match::kToken, kHintAd}, {"publicite", Match::kToken, kHintAd},
  {"pubblicita", Match::kToken, kHintAd}, {"reklama", Match::kToken, kHintAd},
  {"publicidade", Match::kToken, kHintAd},
  {"teilen", Match::kToken, kBp}, {"partage", Match::kToken, kBp}, {"compartir", Match::kToken, kBp},
  {"condividi", Match::kToken, kBp}, {"udostepnij", Match::kToken, kBp},
  // ... and beyond Europe: Turkish "paylaş" and Indonesian "bagikan".
  {"paylas", Match::kToken, kBp}, {"bagikan", Match::kToken, kBp},
  // A call to action: bound on articles only (see kHintCallToAction).
  {"cta", Match::kToken, kHintCallToAction}, {"calltoaction", Match::kJoined, kHintCallToAction},
  // A link drawn as a button by a site builder's widget class (Duda's
  // "dmButtonLink", "button-link" elsewhere): a call to action too.
  {"buttonlink", Match::kJoined, kHintCallToAction},
  // ... or by a design system's button modifiers ("a.button.button--
  // primary", Bootstrap's "btn btn-primary").
  {"buttonprimary", Match::kJoined, kHintCallToAction}, {"buttonsecondary", Match::kJoined, kHintCallToAction},
  {"btnprimary", Match::kJoined, kHintCallToAction}, {"btnsecondary", Match::kJoined, kHintCallToAction},
  // The platform's credit ("div.powered-by", VTEX's "poweredBy", Ecwid's
  // "ec-powered-by": "Powered by ...").
  {"poweredby", Match::kJoined, kBp},
  // A listing's block of links to other searches for the search engines
  // ("section.seo-links": "Otras búsquedas en Valencia").
  {"seolinks", Match::kJoined, kBp},
  // A thread's summary box above its posts (Invision's "cTopicOverview":
  // reply and view counts, top posters, excerpts of the most liked posts):
  // the thread's furniture, its excerpts copies of posts.
  {"topicoverview", Match::kJoined, kBp},
  // The reply box under a thread (Invision's "cTopicPostArea") and the
  // call to sign up shown to guests (NodeBB's "guest-cta-alert"): for a
  // guest, "Join the discussion", "Sign in or register to reply".
  {"topicpostarea", Match::kAny, kBp}, {"guestcta", Match::kJoined, kBp},
  // Flarum's stand-in post under a discussion ("article.Post.ReplyPlaceholder":
  // "Write a reply...") and its marks between posts ("PostStream-timeGap":
  // "3 months later", the guest's "Log in or sign up to join").
  {"replyplaceholder", Match::kJoined, kBp}, {"poststream-timegap", Match::kWhole, kBp},
  // A thread's link to its folded replies (old Reddit's "span.morecomments":
  // "load more comments (2 replies)").
  {"morecomments", Match::kJoined, kBp},
  // A thread's status notice above and below its posts (XenForo's
  // "blockStatus": "Status: Not open for further replies").
  {"blockstatus", Match::kWhole, kBp},
  // A forum's list of site-wide announcements above every page ("ul.notices":
  // rules, meetups, scam alerts).
  // (Hugo's Learn and Relearn themes set a docs page's callouts in
  // "notices" boxes that open with their label, "<div class='box notices
  // info'><div class=box-label>Info</div>": content.cc keeps those.)
  {"notices", Match::kToken, kBp},
  // Simple Machines Forum's (and ElkArte's) header of each post: its
  // subject and its "« Reply #2 on: March 04, 2025, 05:52:40 PM »" stamp,
  // in no date-classed element. (The whole name: a product's "key-info"
  // box is no stamp.)
  {"keyinfo", Match::kWhole, kHintDate},
  {"date", Match::kPrefix, kHintDate}, {"published", Match::kToken, kHintDate},
  {"pubdate", Match::kJoined, kHintDate}, {"posted", Match::kPrefix, kHintDate},
  {"timestamp", Match::kPrefix, kHintDate}, {"datetime", Match::kJoined, kHintDate},
  {"postdate", Match::kJoined, kHintDate}, {"timeago", Match::kJoined, kHintDate},
  {"relativetime", Match::kJoined, kHintDate}, {"entrydate", Match::kJoined, kHintDate},
  {"meta", Match::kToken, kHintByline}, {"postmeta", Match::kJoined, kHintByline},
  {"entrymeta", Match::kJoined, kHintByline}, {"articlemeta", Match::kJoined, kHintByline},
  // WordPress's classic themes' line under a post ("p.postmetadata": its
  // tags, date, categories and comments link).
  {"postmetadata", Match::kJoined, kHintByline},
  // A docs page's line of its facts under the title ("ul.page-metadata":
  // the date, "4 contributors"; "article-metadata").
  {"pagemetadata", Match::kJoined, kHintByline}, {"articlemetadata", Match::kJoined, kHintByline},
  // The same facts under a government page's title ("dl.metadata": From,
  // Published, Delivered on, Location): the whole name only.
  {"metadata", Match::kWhole, kHintByline},
  // Whole names only: WordPress puts "tag-foo category-bar" on the post itself.
  {"tags", Match::kWhole, kBp | kHintTags}, {"tag", Match::kWhole, kBp | kHintTags},
  {"taglist", Match::kJoined, kBp | kHintTags}, {"posttags", Match::kJoined, kBp | kHintTags},
  {"tagcloud", Match::kJoined, kBp | kHintTags}, {"articletags", Match::kJoined, kBp | kHintTags},
  {"entrytags", Match::kJoined, kBp | kHintTags}, {"keywords", Match::kWhole, kBp | kHintTags},
  // Turkish portals' "etiketler" (tags).
  {"etiketler", Match::kWhole, kBp | kHintTags},
  {"categories", Match::kWhole, kBp | kHintTags},
  // Drupal's default tags field ("field--name-field-tags"), whatever its
  // label says ("Onderwerpen", "Schlagworte").
  {"fieldtags", Match::kJoined, kBp | kHintTags},
  // Captions and credits.
  {"caption", Match::kPrefix, kHintCaption}, {"figcaption", Match::kJoined, kHintCaption},
  {"credit", Match::kPrefix, kHintCaption | kHintCredit},
  {"photocredit", Match::kJoined, kHintCaption | kHintCredit},
  // The photographer's name under a picture in Spanish and Portuguese
  // papers ("span.autor-foto", "foto-autor").
  {"autorfoto", Match::kJoined, kHintCaption | kHintCredit}, {"fotoautor", Match::kJoined, kHintCaption | kHintCredit},
  // The same in English names (Bitrix news templates' "photo-author").
  {"photoauthor", Match::kJoined, kHintCaption | kHintCredit},
  {"copyright", Match::kToken, kHintCaption | kHintCredit},
  // A picture's attribution line in its caption (Quintype's
  // "story-element-image-attribution").
  {"imageattribution", Match::kJoined, kHintCaption | kHintCredit},
  {"photoattribution", Match::kJoined, kHintCaption | kHintCredit},
  // A photo's description under it, as Korean news sites and Naver print
  // it ("<em class=img_desc>...사진=...</em>"; "photo_desc", "image-desc").
  {"imgdesc", Match::kJoined, kHintCaption}, {"photodesc", Match::kJoined, kHintCaption},
  {"imagedesc", Match::kJoined, kHintCaption},
  // The same in the languages of European papers' own CMSes: German
  // "Bildunterschrift" and "Bildquelle"/"Bildnachweis"/"Fotonachweis",
  // Italian "didascalia", Spanish "pie de foto", Portuguese "legenda" and
  // French "légende" as a Drupal field's name ("field-name-field-legende";
  // alone, the words name a map's or a chart's key too), Dutch
  // "onderschrift"/"bijschrift", French "crédit photo".
  {"bildunterschrift", Match::kJoined, kHintCaption}, {"didascalia", Match::kPrefix, kHintCaption},
  {"piedefoto", Match::kJoined, kHintCaption}, {"piefoto", Match::kJoined, kHintCaption},
  {"fieldlegenda", Match::kJoined, kHintCaption}, {"fieldlegende", Match::kJoined, kHintCaption}, {"onderschrift", Match::kPrefix, kHintCaption},
  {"bijschrift", Match::kPrefix, kHintCaption}, {"legendephoto", Match::kJoined, kHintCaption},
  {"bildquelle", Match::kJoined, kHintCaption | kHintCredit},
  {"bildnachweis", Match::kJoined, kHintCaption | kHintCredit},
  {"fotonachweis", Match::kJoined, kHintCaption | kHintCredit},
  {"creditphoto", Match::kJoined, kHintCaption | kHintCredit},
  // Hidden helpers.
  {"hidden", Match::kWhole, kHintHidden}, {"hide", Match::kWhole, kHintHidden},
  {"sronly", Match::kJoined, kHintHidden}, {"visuallyhidden", Match::kJoined, kHintHidden},
  // The same words the other way round, a whole name ("hide-visually"; a
  // "hide-" flag name is otherwise not read: "hide-mobile" is shown on
  // other screens, this one on none), and joined inside a name
  // ("u-hide-visually", "hideVisually").
  {"hide-visually", Match::kWhole, kHintHidden}, {"hidevisually", Match::kJoined, kHintHidden},
  {"screenreader", Match::kJoined, kHintHidden}, {"offscreen", Match::kToken, kHintHidden},
  // The same written apart ("off-screen": a news site's screen-reader
  // label, "Media caption").
  {"off-screen", Match::kWhole, kHintHidden},
  // Whole names only: Elementor marks every animated block "elementor-invisible"
  // until its script shows it.
  {"invisible", Match::kWhole, kHintHidden},
  // Frameworks' own names for screen-reader-only text: Salesforce
  // Lightning's "slds-assistive-text" (and themes' "assistive-text"
  // labels), Drupal's "element-invisible".
  {"assistivetext", Match::kJoined, kHintHidden}, {"elementinvisible", Match::kJoined, kHintHidden},
  // Korean portals' and boards' screen-reader text, whole names: Kakao's
  // and Daum's "screen_out", Gnuboard's "sound_only". (Not Naver's "blind":
  // a poker site's table names its blinds' cells so.)
  {"screen_out", Match::kWhole, kHintHidden}, {"sound_only", Match::kWhole, kHintHidden},
  // Avada's (WordPress) microformat fields printed for search engines and
  // hidden by its stylesheet on every page built with it ("span.vcard
  // rich-snippet-hidden": the page's author; "updated": a timestamp).
  {"rich-snippet-hidden", Match::kWhole, kHintHidden},
  // A utility class named for its CSS ("display-none": display: none).
  {"display-none", Match::kWhole, kHintHidden},
  // Webflow's form status messages ("Thank you! Your submission has been
  // received!", "Oops! Something went wrong..."), hidden by its stylesheet
  // until the form is sent.
  {"w-form-done", Match::kWhole, kHintHidden}, {"w-form-fail", Match::kWhole, kHintHidden},
  // (And a CMS list's empty state, "w-dyn-empty": shown when its list has
  // no item, read as hidden all the same: its "No items found." is the
  // list's placeholder, no text of the page.)
  {"w-dyn-empty", Match::kWhole, kHintHidden},
  // Disclosure panels (accordions, tabs): hidden until the reader opens them.
  {"collapse", Match::kToken, kHintPanel}, {"collapsible", Match::kToken, kHintPanel},
  {"accordion", Match::kPrefix, kHintPanel}, {"tabpanel", Match::kJoined, kHintPanel},
  {"tabpane", Match::kJoined, kHintPanel},
  // A theme's own tab and toggle panels named for their content box
  // ("tab__content", "tab-content", "toggle__content" under a "toggle"
  // item): the same panels without the ARIA role. (Bootstrap's
  // "tab-content" is the panes' container: shown, so no panel flag binds.)
  {"tabcontent", Match::kJoined, kHintPanel}, {"togglecontent", Match::kJoined, kHintPanel},
  // Carousel slides (Slick, Swiper, Splide, Glide, Bootstrap, Owl,
  // Flickity): scripts hide all but the one in view; the others are the
  // same section's content one click away, like a tab.
  {"slickslide", Match::kJoined, kHintPanel}, {"swiperslide", Match::kJoined, kHintPanel},
  {"splideslide", Match::kJoined, kHintPanel}, {"glideslide", Match::kJoined, kHintPanel},
  {"carouselitem", Match::kJoined, kHintPanel}, {"carouselcell", Match::kJoined, kHintPanel},
  {"owlitem", Match::kJoined, kHintPanel},
  // ... and their controls, Bootstrap's "carousel-control" links ("left
  // carousel-control", "carousel-control-next"): buttons, whatever element
  // writes them. (Not its "carousel-indicators": a theme writes the
  // slides' titles in them, tabs.)
  // (Whole class names only: a "carousel-control-bar" may wrap the
  // slide's own text.)
  {"carousel-control", Match::kWhole, kBp}, {"carousel-control-prev", Match::kWhole, kBp},
  {"carousel-control-next", Match::kWhole, kBp},
  // The copies a looping carousel adds at both ends.
  {"cloned", Match::kToken, kHintClone}, {"duplicate", Match::kToken, kHintClone},
  // People the page presents, not its writers (authors are never read
  // there): testimonials, an expert panel, the team, speakers.
  {"testimonial", Match::kPrefix, kHintPeople}, {"expert", Match::kPrefix, kHintPeople},
  {"team", Match::kToken, kHintPeople}, {"teammember", Match::kJoined, kHintPeople},
  {"speaker", Match::kPrefix, kHintPeople}, {"panelist", Match::kPrefix, kHintPeople},
  // Back matter: the cited sources, footnotes and endnotes of a text.
  {"references", Match::kToken, kHintReferences}, {"reflist", Match::kToken, kHintReferences},
  {"footnotes", Match::kToken, kHintReferences}, {"endnotes", Match::kToken, kHintReferences},
  // Headline furniture.
  {"dek", Match::kToken, kHintDek}, {"deck", Match::kToken, kHintDek},
  {"standfirst", Match::kAny, kHintDek}, {"subtitle", Match::kJoined, kHintDek},
  {"subheadline", Match::kJoined, kHintDek}, {"subhead", Match::kJoined, kHintDek},
  {"strapline", Match::kAny, kHintDek}, {"summary", Match::kToken, kHintDek},
  {"excerpt", Match::kToken, kHintDek}, {"lede", Match::kToken, kHintDek},
  // Ghost's primary tag over the headline (its Source theme): the post's
  // section. Whole only: a blog's "article_tag" chips are its tags.
  {"gh-article-tag", Match::kWhole, kHintKicker},
  // The section as CMSs print it by the headline: Joomla's article info
  // row ("<dd class=category-name>Category: <a>News</a>"), TYPO3 news's
  // category span ("news-list-category"), a Drupal section field
  // ("field--name-field-section", in the site's language: "seccion",
  // "secao", "sezione", "rubrik", "rubrique", "rubriek"). (Read only by the
  // headline: the kicker's window.)
  {"category-name", Match::kWhole, kHintKicker}, {"news-list-category", Match::kWhole, kHintKicker},
  // Joomla's article info list itself ("<dl class=article-info><dt
  // class=article-info-term>Details</dt>" over the category, the dates, the
  // writer and the hits): the story's furniture, read by the metadata.
  {"article-info", Match::kWhole, kBp},
  {"fieldsection", Match::kJoined, kHintKicker}, {"fieldseccion", Match::kJoined, kHintKicker},
  {"fieldsecao", Match::kJoined, kHintKicker}, {"fieldsezione", Match::kJoined, kHintKicker},
  {"fieldrubrik", Match::kJoined, kHintKicker}, {"fieldrubrique", Match::kJoined, kHintKicker},
  {"fieldrubriek", Match::kJoined, kHintKicker},
  // A regional paper's section link over the headline ("<a
  // class=article-section>Oulu</a>", a WordPress theme's "<div
  // class=post-category><a>Split</a>"). Whole class names only, read by
  // the headline as the kicker is. (Not a bare "category": a list's
  // cards print theirs, WCXB listing .8183 -> .8178.)
  {"article-section", Match::kWhole, kHintKicker}, {"post-category", Match::kWhole, kHintKicker},
  {"kicker", Match::kPrefix, kHintKicker}, {"eyebrow", Match::kPrefix, kHintKicker},
  {"sectionlabel", Match::kJoined, kHintKicker}, {"sectionname", Match::kJoined, kHintKicker},
  {"overline", Match::kToken, kHintKicker}, {"rubric", Match::kToken, kHintKicker},
  // The same furniture in European newsrooms' own words: the kicker over
  // the headline ("Dachzeile", "surtitre", "antetítulo", "occhiello") and
  // the standfirst under it ("Vorspann", "chapô", "entradilla").
  {"dachzeile", Match::kToken, kHintKicker}, {"surtitre", Match::kToken, kHintKicker},
  {"antetitulo", Match::kToken, kHintKicker}, {"occhiello", Match::kToken, kHintKicker},
  // (Portuguese "chapéu", Dutch "rubriek" and "bovenkop", Spanish "cintillo".)
  {"chapeu", Match::kToken, kHintKicker}, {"rubriek", Match::kToken, kHintKicker},
  {"bovenkop", Match::kToken, kHintKicker}, {"cintillo", Match::kToken, kHintKicker},
  // (Catalan "avantítol".)
  {"avantitol", Match::kToken, kHintKicker},
  {"vorspann", Match::kToken, kHintDek}, {"chapo", Match::kToken, kHintDek},
  // (Italian "sommario".)
  {"sommario", Match::kToken, kHintDek},
  {"chapeau", Match::kToken, kHintDek}, {"entradilla", Match::kToken, kHintDek},
  {"headline", Match::kPrefix, kHintTitle}, {"entrytitle", Match::kJoined, kHintTitle},
  {"posttitle", Match::kJoined, kHintTitle}, {"articletitle", Match::kJoined, kHintTitle},
  // (Spanish newsrooms' headline, beside their "antetitulo" and
  // "entradilla": "<div class=titular>".)
  {"titular", Match::kToken, kHintTitle},
  // Embedded posts.
  {"twitter-tweet", Match::kAny, kHintEmbed}, {"instagram-media", Match::kAny, kHintEmbed},
  {"tiktok-embed", Match::kAny, kHintEmbed}, {"fb-post", Match::kAny, kHintEmbed},
  {"bluesky-embed", Match::kAny, kHintEmbed}, {"mastodon-embed", Match::kAny, kHintEmbed},
  {"reddit-embed", Match::kAny, kHintEmbed},
  // Content.
  {"content", Match::kPrefix, kHintContent}, {"article", Match::kPrefix, kHintContent},
  {"post", Match::kToken, kHintContent}, {"entry", Match::kToken, kHintContent},
  {"story", Match::kPrefix, kHintContent}, {"main", Match::kToken, kHintContent},
  {"body", Match::kToken, kHintContent}, {"text", Match::kToken, kHintContent},
  {"blog", Match::kPrefix, kHintContent}, {"hentry", Match::kToken, kHintContent},
  {"prose", Match::kToken, kHintContent},
  {"articlebody", Match::kJoined, kHintArticleBody}, {"articlecontent", Match::kJoined, kHintArticleBody},
  {"articletext", Match::kJoined, kHintArticleBody}, {"entrycontent", Match::kJoined, kHintArticleBody},
  {"entrybody", Match::kJoined, kHintArticleBody}, {"postcontent", Match::kJoined, kHintArticleBody},
  {"postbody", Match::kJoined, kHintArticleBody}, {"posttext", Match::kJoined, kHintArticleBody},
  {"storybody", Match::kJoined, kHintArticleBody}, {"storycontent", Match::kJoined, kHintArticleBody},
  {"storytext", Match::kJoined, kHintArticleBody}, {"bodytext", Match::kJoined, kHintArticleBody},
  {"richtext", Match::kJoined, kHintArticleBody}, {"maincontent", Match::kJoined, kHintContent},
  {"newsbody", Match::kJoined, kHintArticleBody}, {"textbody", Match::kJoined, kHintArticleBody},
};
// clang-format on

// Class names that state a flag rather than a role ("has-comments",
// "no-sidebar", "hide-read-more-ad": the element hides an ad slot, it is
// not one). Their words are not read. (Each starts with a letter listed in
// ClassifyAttribute's quick test.)
constexpr std::string_view kFlagClassPrefixes[] = {
    "has-", "has_", "no-", "no_", "with-", "without-", "is-", "enable-", "disable-",
    "hide-", "hide_", "show-", "show_",
};

// A BEM modifier that states the block is an ad ("teaser--is-sponsored",
// "card--is-promoted"): the flag's prefix, then the words that still give
// the block its ad hint though the modifier is a flag.
constexpr std::string_view kAdFlagPrefix = "is-";
constexpr std::string_view kAdFlagWords[] = {"sponsored", "promoted", "ad", "advert", "advertisement"};

// Words that, inside a class name, start a feature the element has rather
// than its role: "anchorWithStickyNavbar" is a heading's anchor offset for
// a sticky navbar, "post-with-comments" a post. The name's words from
// there on are not read (a name that starts with one is a flag, above).
constexpr std::string_view kFeatureInfixes[] = {"with", "without"};

// The words before the infix that name the element's role themselves
// ("anchorWithStickyNavbar", "post-with-comments"; a message's body,
// Khoros's "...-widget-body-with-signature" around every post's text):
// then the words after it are its features, not read. After any other word
// ("box-with-share-buttons", "block-with-comments") the words after it
// still name the element's furniture, though never navigation
// ("boxWithStickyNavbar").
constexpr std::string_view kFeatureOwners[] = {"anchor", "post",    "article", "entry", "story", "item",
                                               "card",   "product", "heading", "title", "body",  "message"};

// The marks that open a script's hook class ("js-navigation-item",
// "js_menu_target"): the name says which script binds the element, not
// what it is (GitHub marks every row of an issue list "js-navigation-item"
// for its keyboard navigation; a shop, its breadcrumb trail's home link
// "js-breadcrumbs"). Their words still name furniture ("js-share-bar",
// Stack Exchange's "js-sidebar-zone"), never navigation nor a kicker.
constexpr std::string_view kScriptHookWord = "js";

// At most this many tokens of a class or id attribute are read.
constexpr size_t kMaxClassTokens = 48;
static_assert(kMaxClassTokens <= 64, "ReadAttribute keeps a bit per token in a uint64_t");

// Tokens that start like a boilerplate word but name content
// ("commentary" is an opinion section, not comments), a colour ("navy":
// "text-navy", "bg-navy-800") or a quality ("shared": styled-components'
// "shared-styles", a design system's shared parts).
constexpr std::string_view kPrefixExceptions[] = {
    "commentary", "commentaries", "commentator", "commentators", "navigator", "shareholder",
    "shareholders", "navy", "shared",
    // Spanish and Portuguese warnings ("advertencias", a how-to's), no
    // advert.
    "advertencia", "advertencias",
    // A sign-in link's box ("authorization-link": Magento's "Sign In"),
    // not a writer's.
    "authorization", "authorize", "authorized", "authentication",
    // Other words that open on "author" ("authoritative-source": a
    // government page's box naming the body that issued it), not a writer's.
    "authoritative", "authority", "authorities", "authorised", "authorise",
};

// Characters of a hash token at least (see IsHashToken).
constexpr size_t kHashTokenMinSize = 5;
// Characters of a CSS module's hash ("AccordionItem_item__adF2E": a
// bundler's "[name]_[local]__[hash:base64:5]"), see IsCssModuleHash.
constexpr size_t kCssModuleHashSize = 5;
// The token before the hash in a styled-components class name
// ("Footer-styled__Footer-sc-d11cfc8d-17"): there the name before the hash
// is the component's, written by hand, and read like any class.
constexpr std::string_view kStyledComponentsMark = "sc";

// Words that a qualifier before them, in the same class name, strip of
// their role: a product's "editorial reviews" (Amazon's "editorialReviews",
// a bookshop's "editorial-reviews": the publisher's blurbs and the press's
// quotes about a book) are its description, not its customers' reviews; the
// summary of a product's reviews or ratings ("product-reviews-summary",
// "rating-summary": "4.5 stars, 14 Reviews, Add Your Review") or of an order
// is no story's standfirst; a product's details in a modal are its text,
// not a pop-up's. (Whole-token words only.)
struct QualifiedWord {
  std::string_view qualifier;
  std::string_view word;
};
constexpr QualifiedWord kQualifiedWords[] = {
    {"editorial", "reviews"}, {"review", "summary"}, {"reviews", "summary"}, {"rating", "summary"},
    {"ratings", "summary"},   {"order", "summary"},  {"cart", "summary"},
    // A product's details or specifications shown in a modal on a click
    // ("product-details-modal", "specs-modal"): the product's own text,
    // laid out in the HTML for the reader and for search engines.
    {"details", "modal"},     {"description", "modal"}, {"specs", "modal"}, {"specifications", "modal"},
    // Its measurements so ("measurements-modal": width, depth, height).
    {"measurements", "modal"}, {"dimensions", "modal"},
    // A step-by-step guide's steps ("step-nav": GOV.UK's "gem-c-step-nav",
    // each step a heading, a paragraph and the links to do it): the how-to's
    // text, not the site's menu. (The token "nav" only: a wizard's
    // "step-navigator" buttons keep their word.)
    {"step", "nav"},
    // MediaWiki's section heading text ("h2 > span.mw-headline": "History",
    // "Early life"): a section's heading inside the body, not the page's
    // headline. (Wikis that declare og:type "article", Fandom's, lost every
    // section heading to it.)
    {"mw", "headline"},
    // A generated API reference's parts (TypeDoc's "tsd-comment", the doc
    // comment that describes a member; "tsd-signature(s)", its declared
    // signature; "tsd-alert", a "Warning" or "Note" callout in it; a
    // "doc-comment"): the reference's text, not readers' comments, a
    // forum poster's signature or a site's banner.
    {"tsd", "comment"}, {"doc", "comment"}, {"jsdoc", "comment"}, {"tsd", "signature"}, {"tsd", "signatures"},
    {"tsd", "alert"},
    // Javadoc's note on a deprecated member ("div.deprecation-comment" in
    // its "deprecation-block"): the reference's text.
    {"deprecation", "comment"},
    // A restaurant guide's box of the shop's own words about itself
    // (Tabelog's "お店のPR", "pr-comment-wrap"): the page's text, not a
    // reader's comment.
    {"pr", "comment"},
    // A news CMS's story cards by size on a section front (Arc XP's blocks
    // "b-large-promo", "b-medium-promo", "b-small-promo"): the front's own
    // list of stories, not an advert's promotion.
    {"large", "promo"}, {"medium", "promo"}, {"small", "promo"},
    // Shopware 6's block of a product's description and reviews tabs
    // ("cms-block-product-description-reviews"): the description's box; the
    // reviews' own tab names them.
    {"description", "reviews"},
};

// A part's word with a placement after it, in the same class name: a
// utility that says where the part goes, not the part ("caption-top",
// "caption-bottom": Bootstrap 5's classes on a <table> whose caption sits
// above or below it; Quarto prints every data frame so). The table is the
// text, not a caption. (Whole-token words, the two the whole class name:
// a theme's "title-item-caption-bottom" is its own.) So is a type scale's
// step named after the caption's size: Shopify's Dawn sets a product
// card's summary, a collection's counts and its notes in "caption-large"
// (the utility's class, beside "light"), no picture's caption.
constexpr QualifiedWord kPlacedWords[] = {
    {"caption", "top"},
    {"caption", "bottom"},
    {"caption", "large"},
};

// Whether token `t`, with `next` after it in its class name, is a
// placement utility's: see kPlacedWords.
bool IsPlacementUtility(std::string_view t, std::string_view next) {
  for (const QualifiedWord& q : kPlacedWords)
    if (t == q.qualifier && next == q.word) return true;
  return false;
}

// Whether token `t` is a word its qualifier `prev` (the token before it, in
// the same class name) strips of its role: see kQualifiedWords.
// (Asked for every role word a class name's token matches: most tokens
// are none, passed by their first byte, told from the list's at compile
// time; each entry is passed by its word's length and first byte, inline,
// before a compare.)
bool IsQualifiedAway(std::string_view prev, std::string_view t) {
  // (The words' lengths by their first byte, a bit each: most tokens are
  // passed with one look.)
  static constexpr auto kLengthsByFirstByte = [] {
    std::array<uint64_t, 256> f{};
    for (const QualifiedWord& q : kQualifiedWords)
      f[static_cast<unsigned char>(q.word[0])] |= uint64_t{1} << std::min<size_t>(q.word.size(), 63);
    return f;
  }();
  if (t.empty() || prev.empty() ||
      !((kLengthsByFirstByte[static_cast<unsigned char>(t[0])] >> std::min<size_t>(t.size(), 63)) & 1))
    return false;
  for (const QualifiedWord& q : kQualifiedWords)
    if (t.size() == q.word.size() && t[0] == q.word[0] && prev.size() == q.qualifier.size() && t == q.word &&
        prev == q.qualifier)
      return true;
  return false;
}

// Whether `token` is a part that `before` (the token before it in its class
// name) owns: see kOwnedParts.
bool IsOwnedPart(std::string_view before, std::string_view token) {
  for (const OwnedPart& o : kOwnedParts)
    if (before == o.owner && token.starts_with(o.part)) return true;
  return false;
}

// (Asked for every token that starts with a prefix word, a class list's
// "comments", "share-buttons", "author": the list's first letters and
// lengths rule most out with one look-up. Tokens are lower case, as the
// list is: its case-blind compare is the exact one.)
bool IsPrefixException(std::string_view token) { return InWordList<kPrefixExceptions>(token); }

// ARIA roles and what each says (RoleKind). Chrome: the landmarks and
// widgets around the page's text, a box that opens over the page, and a
// live region that speaks to screen readers, not the page's text: a ticker
// of promotions (WAI-ARIA "marquee"). A live region's status message
// ("Loaded 296 results", "Item added to your cart", "Slide 1 of 8") is
// chrome only when it is a line (content.cc), since an article's update
// box is marked so too.
constexpr std::string_view kRoles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "tooltip", "toolbar",
    "marquee",    "dialog", "alertdialog", "status",        "main",   "tabpanel", "button", "heading",
    "tab",
};
constexpr uint32_t kRoleKinds[] = {
    kRoleChrome, kRoleChrome, kRoleChrome, kRoleChrome, kRoleChrome, kRoleChrome, kRoleChrome, kRoleChrome,
    kRoleChrome, kRoleChrome, kRoleChrome | kRoleDialog, kRoleChrome | kRoleDialog, kRoleStatus, kRoleMain,
    kRoleTabPanel, kRoleButton, kRoleHeading, kRoleTab,
};
static_assert(std::size(kRoles) == std::size(kRoleKinds));

// The ARIA role of the page's header landmark (see IsBannerRole).
constexpr std::string_view kBannerRole = "banner";
// What marks a banner as the site's own header (see IsSiteHeaderMarkRole,
// IsSiteHomeHref): a navigation or search landmark in it, a link home.
constexpr std::string_view kSiteHeaderMarkRoles[] = {"navigation", "search"};
constexpr std::string_view kSiteHeaderMarkInputTypes[] = {"search"};
constexpr std::string_view kSiteHomeHrefs[] = {"/", "./", "/index.html"};

// Whole lines that are furniture. Lower-case; compared after trimming and
// dropping trailing punctuation.
constexpr std::string_view kBoilerplateLines[] = {
    "advertisement", "advertisements", "advertising", "ad", "sponsored", "sponsored content",
    // Doxygen's line over the sources a page was generated from.
    "the documentation for this class was generated from the following file",
    "the documentation for this class was generated from the following files",
    "the documentation for this struct was generated from the following file",
    "the documentation for this struct was generated from the following files",
    // A supplier's call to ask for a price, a button or a form's heading.
    "request a quote", "richiedi un preventivo", "richiedi preventivo", "demander un devis",
    "angebot anfordern", "solicitar presupuesto", "pide presupuesto", "solicitar cota\xC3\xA7\xC3\xA3o",
    "offerte aanvragen", "zapytaj o cen\xC4\x99", "popt\xC3\xA1vka",
    // A members' badge on a story's card (Medium's "Member-only story"),
    // in its languages.
    "member-only story", "members-only story", "riservato ai membri", "nur f\xC3\xBCr mitglieder",
    "r\xC3\xA9serv\xC3\xA9 aux membres", "solo para miembros", "exclusivo para membros", "alleen voor leden",
    // A video player's status lines over its frame (see IsPlayerStatusLow).
    "video loading", "loading video", "video unavailable", "click to play", "tap to play",
    // A board's links between threads and its page's jump box ("« previous
    // next »", "Jump to:" over a select of boards: Simple Machines).
    "previous next", "jump to",
    // Discuz!'s links in each post's header and beside the thread's title:
    // "only this poster's posts", "[copy link]" (simplified and traditional).
    "\xE5\x8F\xAA\xE7\x9C\x8B\xE8\xAF\xA5\xE4\xBD\x9C\xE8\x80\x85",  // 只看该作者
    "\xE5\x8F\xAA\xE7\x9C\x8B\xE8\xA9\xB2\xE4\xBD\x9C\xE8\x80\x85",  // 只看該作者
    "[\xE5\xA4\x8D\xE5\x88\xB6\xE9\x93\xBE\xE6\x8E\xA5]",  // [复制链接]
    "[\xE8\xA4\x87\xE8\xA3\xBD\xE9\x8F\x88\xE6\x8E\xA5]",  // [複製鏈接]
    // (And the label of its box that jumps to a post by number, "elevator
    // straight to" in the first post's header.)
    "\xE7\x94\xB5\xE6\xA2\xAF\xE7\x9B\xB4\xE8\xBE\xBE",  // 电梯直达
    "\xE9\x9B\xBB\xE6\xA2\xAF\xE7\x9B\xB4\xE9\x81\x94",  // 電梯直達
    // The ad label in German, Spanish, French, Italian and Polish.
    "anzeige", "werbung", "publicidad", "publicit\xC3\xA9", "pubblicit\xC3\xA0", "reklama",
    // ... and Portuguese.
    "publicidade",

    // The ad label and the "continue reading" and "read more" links of
    // Arabic sites ("إعلان", "- إعلان -" in a Jannah theme's list).
    "إعلان", "أكمل القراءة", "اقرأ المزيد",
    "sponsored links", "share", "share this", "share this article", "share this story",
    "share on facebook", "share on twitter", "tweet", "email", "print", "read more",
    "continue reading", "click here", "related", "related articles", "related stories",
    "recommended", "recommended for you", "trending", "trending now", "most read",
    "most popular", "you may also like", "you might also like", "more from", "sign up",
    // Invision Community's heading over every topic's posts, the line
    // alone: its posts stay. (Over a blog's shelf of other posts the line
    // is as much furniture.)
    "recommended posts",
    // A card's menu of links to more of its kind.
    // A recipe card's buttons.
    "print recipe", "pin recipe", "save recipe", "rate this recipe", "skip to recipe",
    "more like this", "more in this category", "more in this section", "more from this author",
    "more from this brand", "more in this region",
    // A live blog's order control over its entries ("Newest first").
    "newest first", "oldest first", "latest first", "neueste zuerst", "\u00e4lteste zuerst",
    // (Skip links: kSkipLinkLines.)
    "subscribe", "subscribe now", "log in", "sign in",
    // A docs generator's link to the page's source ("Edit this page":
    // MkDocs Material, Docusaurus; "Edit on GitHub": Sphinx's theme).
    "edit this page", "edit on github", "edit on gitlab", "edit page on github", "improve this page",
    // (The same link in other languages: GitBook's, Furo's, Docsy's.)
    "editar en github", "editar esta página", "auf github bearbeiten", "diese seite bearbeiten",
    "modifier cette page", "modifier sur github", "modifica questa pagina", "modifica su github",
    "deze pagina bewerken", "bewerken op github",
    "\xE3\x81\x93\xE3\x81\xAE\xE3\x83\x9A\xE3\x83\xBC\xE3\x82\xB8\xE3\x82\x92\xE7\xB7\xA8\xE9\x9B\x86\xE3\x81\x99\xE3\x82\x8B",  // このページを編集する
    // An account box's calls.
    "create an account", "create account", "already have an account?", "don't have an account?",
    "already have an account? log in", "already have an account? sign in",
    "don't have an account? sign up",
    // The label of a tag list, left alone when the list is dropped.
    "tags", "tagged", "tagged with",
    // A shop's button back to its catalogue, under an empty cart, a 404 or
    // an order's confirmation: English, French, German, Italian, Spanish,
    // Portuguese, Dutch, Polish.
    "continue shopping", "continuer mes achats", "continuer vos achats", "continuer les achats",
    "weiter einkaufen", "continua lo shopping", "continua gli acquisti", "seguir comprando",
    "continuar comprando", "verder winkelen", "kontynuuj zakupy",
    "back to top", "comments", "leave a comment", "post a comment", "loading", "loading...",
    // The same control worded otherwise, and a jump back to the page's
    // menu (a long page's section ends with one).
    "back to top of page", "return to top", "return to top of page", "scroll to top", "go to top",
    "top of page", "back to navigation",

    // A story builder's hint over its opening screen.
    "scroll down", "scroll to explore", "scroll to begin", "scroll to read", "keep scrolling",
    "close", "menu", "search", "next", "previous", "show more", "see more", "view comments",
    // A paged list's or thread's links to its other pages.
    "next page", "previous page", "older posts", "newer posts",
    // A code block's panel buttons (a blog platform's full-screen toggle).
    "enter fullscreen mode", "exit fullscreen mode",
    // A collapsible section's toggle (a <summary> over an API item's text).
    "expand description", "expand all", "collapse all", "click to expand",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "scroll to continue with content", "image", "photo", "video",
    // (Hearst's magazines label each ad break so, the label and the line
    // as one: "Advertisement - Continue Reading Below".)
    "advertisement - continue reading below", "advertisement \xE2\x80\x93 continue reading below",
    "advertisement \xE2\x80\x94 continue reading below",
    // Turkish portals' label over the ad break inside a story ("the story
    // goes on").
    "haberin devam\xC4\xB1",
    // The same in Spanish (a Colombian paper's line over its ad break,
    // "keep scrolling to find more content"), and a video embed's link to
    // the site's other videos under it.
    "siga bajando para encontrar m\xC3\xA1s contenido", "sigue bajando para encontrar m\xC3\xA1s contenido",
    "ver m\xC3\xA1s videos", "ver m\xC3\xA1s v\xC3\xAD" "deos", "more videos", "watch more videos",
    "advert", "adverts", "this slideshow requires javascript", "javascript is disabled",
    "please enable javascript", "you need to enable javascript to run this app",
    // A live blog's controls over its entries: the key-events filter, its
    // no-script note, the pinned entry's label.
    "show key events only", "please turn on javascript to use this feature", "pinned post",
    // A story's video player placeholder and its gallery's opener.
    "guarda il video", "ver v\xC3\xAD" "deo", "voir la vid\xC3\xA9o", "video ansehen",
    "watch", "listen", "listen to this article", "follow us", "cookie settings",
    // A media player's playlist marks the item it plays (shown on that one
    // only, printed on each).
    "now playing", "playing now", "on now", "listen now",
    "accept cookies", "all rights reserved",
    // A live page's badge ("LIVE" over a live blog's headline), in French,
    // Spanish, Italian, Portuguese and Polish too.
    "live", "en direct", "en directo", "en vivo", "in diretta", "ao vivo", "na \xC5\xBCywo",
    // A thread's closing notices (forum software's fixed wording: XenForo,
    // Stack Exchange's protected questions).
    "not open for further replies", "you must log in to answer this question",
    "you must log in or register to reply here",
    // Shop controls on product cards.
    "quick view", "quick shop", "quick add", "compare", "add to compare", "more options", "add to wishlist", "add to wish list",
    "add to cart", "select options", "choose options",
    // (The shop's add-to-cart button in other languages.)
    "in den warenkorb", "ajouter au panier", "a\xC3\xB1" "adir al carrito", "aggiungi al carrello",
    "in winkelwagen", "adicionar ao carrinho", "dodaj do koszyka", "l\xC3\xA4gg i varukorgen",
    // The label of a quantity picker on a line of its own ("Qty:" over a
    // card's number box and its add-to-cart button).
    "qty", "quantity",
    // The same label in the shops' other languages.
    "quantidade", "cantidad", "quantit\xC3\xA9", "quantit\xC3\xA0", "menge", "anzahl",
    // Calls to action: a button's label on a line of its own.
    "learn more", "see all", "view all", "shop now", "buy now", "order now", "book now", "view full details",
    "discover more", "read less", "read full article", "start free trial", "request a demo", "view details",
    "more info", "more details",
    // An obituary's buttons (funeral homes' and memorial sites' fixed
    // labels): the florist's and the tree planter's offers, the guest book.
    "send flowers", "send flowers to the family", "send flowers to the service", "plant a tree",
    "plant a memorial tree", "plant trees", "sign guest book", "sign the guest book", "share a memory",
    // Both labels of a clamped text's toggle, printed together ("Read
    // less Read more": the script shows one of them).
    "read less read more", "read more read less", "show less show more", "show more show less",
    "see less see more", "see more see less",
    // A shop's labels and feedback links around the product's text: an
    // AI summary's badge, the link to report the listing or its errors.
    "generated by ai", "report this item", "report this listing", "see any errors on this page?",
    "report incorrect product information",
    // An event page's link to report it to the ticketing platform.
    "report this event",
    // Badges on cards and tiles: a shop's, an events search's ("Sales end
    // soon", "Almost full"), a job board's ("Easily apply", "Urgently
    // needed", "Hiring multiple candidates"). (Not "Promoted": a league
    // table's word, a story's one-word paragraph.)
    "sales end soon", "almost full", "easily apply", "urgently needed", "hiring multiple candidates",
    "best seller", "bestseller", "low stock", "free shipping", "calculate shipping", "in stock", "en stock",
    // An empty review widget's lines under a product (the shop platform's
    // fixed wording when nobody has reviewed it yet, and its button): no
    // review to read, the same on every such page.
    "no reviews yet", "there are no reviews yet", "(no reviews yet)", "be the first to review this item",
    "be the first to review this product", "be the first to write a review", "write a review",
    // A link aggregator's prompt over its comment box for visitors (old
    // Reddit's "Want to add to the discussion?").
    "want to add to the discussion?",
    // A news CMS's labels between a story's parts and under its end
    // (Postmedia's "Article content" before each part, after the ad's
    // break; "End of Article" over the strip that follows).
    "article content", "end of article",
    // A directory's or a review site's buttons and prompts on a business's
    // page (its owner's claim to the entry, a route, a photo upload, the
    // vote under each review), in the languages of such sites.
    "add photo", "add a photo", "suggest an edit", "claim this business", "is this your business?",
    "was this review helpful?", "route planen", "eintrag kostenlos bearbeiten", "donner mon avis",
    "cet avis vous a-t-il \xC3\xA9t\xC3\xA9 utile ?", "cet avis vous a-t-il \xC3\xA9t\xC3\xA9 utile",
    "suggest edits to improve what we show",
    // A product's variant picker's prompt, alone (with its label, see
    // kVariantPrompts).
    "select a size", "choose a size", "choose an option", "select an option", "choisir une taille",
    // A Q&A thread's link from the copy of the chosen answer to its place
    // in the thread (Apple's community, in English and French).
    "view answer in context", "afficher la r\xC3\xA9ponse en contexte",
    // A result list's controls.
    "sort by", "sort by:", "filter & sort", "sort & filter", "filter and sort",
    "filter by", "refine by", "compare products",
    // A government page's link to report an error on it, over its form
    // (Canada.ca's "Report a problem or mistake on this page").
    "report a problem or mistake on this page", "report a problem on this page",
    "signaler un probl\xC3\xA8me sur cette page",
    // The heading of a story's table of contents (its links go as a link list),
    // in English and in other languages; a guide's "On this page" over its
    // sections' links.
    "on this page", "on this page:", "sur cette page", "auf dieser seite", "en esta p\xC3\xA1gina", "in questa pagina",
    "op deze pagina", "nesta p\xC3\xA1gina",
    "table of contents", "\xC3\xADndice", "\xC3\x8Dndice", "inhaltsverzeichnis", "table des mati\xC3\xA8res", "sommaire",
    "indice", "spis tre\xC5\x9B" "ci", "inhoudsopgave", "sum\xC3\xA1rio",
    "\xD1\x81\xD0\xBE\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5",  // содержание
    "\xE7\x9B\xAE\xE5\xBD\x95",  // 目录
    // The skip links around a newsletter box set between a story's
    // paragraphs (the Guardian's "skip past newsletter promotion" over the
    // box, "after newsletter promotion" under it): the box's, for screen
    // readers.
    "skip past newsletter promotion", "after newsletter promotion",
    // A newsletter's link to its own web copy, atop every campaign page
    // (Mailchimp's "View this email in your browser", and its kin).
    "view this email in your browser", "view this email in browser", "view email in browser",
    "view in browser", "view it in your browser", "view online", "view this email online",
    // A docs or help page's feedback box, on a line of its own over its
    // buttons ("Was this helpful? 👍 👎").
    "was this helpful?", "was this page helpful?", "was this article helpful?", "did this page help you?",
    "¿te fue útil?", "¿fue útil?", "¿te ha sido útil?", "war das hilfreich?", "war dies hilfreich?",
    "cela vous a-t-il été utile ?", "cela vous a-t-il été utile?", "ti è stato utile?",
    // (... asked of a how-to: wikiHow's "Did this article help you?".)
    "did this article help you?", "¿te ayudó este artículo?", "¿te ha ayudado este artículo?",
    "hat dir dieser artikel geholfen?", "cet article vous a-t-il aidé ?", "cet article vous a-t-il aidé?",
    "questo articolo ti è stato utile?", "este artigo te ajudou?",
    // (... a docs page's, in the languages of its translations: Docusaurus'
    // and GitBook's boxes.)
    // (Only questions that name the page or the article: "Isso foi útil?"
    // alone is also an essay's rhetorical line.)
    "war diese seite hilfreich?", "war dieser artikel hilfreich?", "esta página foi útil?",
    "este artigo foi útil?", "was deze pagina nuttig?", "was dit artikel nuttig?",
    "cette page vous a-t-elle été utile ?", "cette page vous a-t-elle été utile?",
    "questa pagina ti è stata utile?", "¿te ha resultado útil esta página?", "¿fue útil esta página?",
    "czy ta strona była pomocna?",
    // (... asked of the information on a hospital's, a council's page:
    // Liferay's rating box, "¿Le ha resultado útil esta información?".)
    "was this information helpful?", "was this information useful?", "¿le ha resultado útil esta información?",
    // (... a government site's, over its Yes/No buttons: Canada.ca's,
    // Australian and British councils'.)
    "did you find what you were looking for?", "avez-vous trouv\xC3\xA9 ce que vous cherchiez?",
    // (... asked under each answer of a Q&A thread: Vanilla's "Did this
    // answer the question? Yes No".)
    "did this answer the question?", "did this answer your question?", "hat dies die frage beantwortet?",
    "\xC2\xBF" "respondi\xC3\xB3 esto a la pregunta?", "cela a-t-il r\xC3\xA9pondu \xC3\xA0 la question ?",
    "avez-vous trouv\xC3\xA9 ce que vous cherchiez ?", "haben sie gefunden, wonach sie gesucht haben?",
    "\xC2\xBF" "encontr\xC3\xB3 lo que buscaba?",
    "¿te ha resultado útil esta información?", "¿le resultó útil esta información?", "¿fue útil esta información?",
    "war diese information hilfreich?", "waren diese informationen hilfreich?",
    "ces informations vous ont-elles été utiles ?", "ces informations vous ont-elles été utiles?",
    "queste informazioni ti sono state utili?", "esta informação foi útil?", "was deze informatie nuttig?",
    "czy te informacje były pomocne?",
    "\xE3\x81\x93\xE3\x81\xAE\xE3\x83\x9A\xE3\x83\xBC\xE3\x82\xB8\xE3\x81\xAF\xE5\xBD\xB9\xE3\x81\xAB\xE7\xAB\x8B\xE3\x81\xA1\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F\xE3\x81\x8B\xEF\xBC\x9F",  // このページは役に立ちましたか？
    // A shop gallery's hint under the product photo, and the label over a
    // marketplace's search box for its questions and reviews.
    "roll over image to zoom in", "click image to open expanded view", "click to open expanded view",
    "hover to zoom", "hover over image to zoom", "click to zoom", "click image to zoom", "tap to zoom",
    "looking for specific info?",
};

// The label of a list's sort control ("Sort by", "Sort: Best Match",
// "Sort By: Price", "Sort by | Relevance"): the whole line, or followed by
// ':' or a bar and the chosen order. Lower-case.
constexpr std::string_view kSortControlCues[] = {
    "sort", "sort by", "sort products by", "sort results by", "trier par", "sortieren nach",
    "sortieren", "ordenar por", "ordina per", "sorteer op", "classer par", "sortuj", "sortuj według",
    "ordenado por", "並び替え", "並べ替え", "表示順",
    // (Danish, Norwegian and Swedish: "Sortér efter", "Sorter etter",
    // "Sortera efter".)
    "sort\xC3\xA9r efter", "sorter efter", "sorter etter", "sortera efter", "sortera",
    "сортировка", "сортировать по",
};

// The orders a sort control shows as chosen after its cue (see
// IsSortControlLine), lower-case.
constexpr std::string_view kSortOrderValues[] = {
    "recommended", "relevance", "most relevant", "newest", "newest first", "oldest", "oldest first", "latest",
    "most recent", "top", "best", "popular", "most popular", "featured", "date", "new", "old", "controversial",
    "pertinence", "plus récents", "relevanz", "neueste", "relevancia", "más recientes", "rilevanza", "relevantie",
    "ranking", "popularity", "rating", "alphabetical", "release date", "date added", "price",
    "新しい順", "古い順", "人気順", "おすすめ順", "по умолчанию", "по дате", "najnowsze", "najtrafniejsze",
    "relevans", "dato", "nyeste", "senaste",
};

// Arrows and chevrons that open a control's label ("< Back to top",
// "↑ Back to top", "« Previous"): dropped before the line is compared.
constexpr std::string_view kLeadingArrows[] = {
    "<", "^", "\xc2\xab", "\xe2\x80\xb9", "\xe2\x86\x90", "\xe2\x86\x91",
};

// A reading-time line: "5 min read", "12 minute read", "Reading time: 4
// minutes" (a stamp beside the byline, not the story's words). Units and
// cue words, lower-case.
constexpr std::string_view kReadingTimeUnits[] = {
    "min", "mins", "minute", "minutes",
    // The minutes of the cued forms below, in their languages.
    "min.", "minút", "minúty", "minúta", "minut", "minuty", "minuter", "minutter", "minuutti", "minuuttia",
    "minuten", "minuti", "minutos", "minuts", "мин", "мин.", "минути", "минуты", "минут"};
constexpr std::string_view kReadingTimeCues[] = {"reading time", "read time", "time to read"};
constexpr std::string_view kForeignReadingTimeCues[] = {
    // The cue before the count in other languages ("Čítanie na 2
    // minúty", "Lesezeit: 4 Min.", "Temps de lectura: 3 min"), lower-case
    // as ASCII folding leaves them (a capital outside ASCII as printed).
    "čítanie na", "Čítanie na", "čtení na", "Čtení na", "doba čtení", "lukuaika", "lesetid", "læsetid",
    "lesezeit", "leestijd", "temps de lecture", "temps de lectura", "tiempo de lectura", "tempo di lettura",
    "tempo de leitura", "czas czytania", "vrijeme čitanja", "време за четене", "Време за четене",
    "время чтения", "Время чтения", "час читання", "Час читання"};

// A script's placeholder status on a line of its own: "Loading...",
// "Loading comments...", "Loading paragraph…": the cue, at most this many
// more words, and an ellipsis.
constexpr std::string_view kLoadingCue = "loading";
constexpr long kLoadingMaxSpaces = 2;

// Nouns of a result count line ("33 Results", "Showing 1-24 of 291
// products", "3953 items found"), lower-case.
constexpr std::string_view kResultNouns[] = {
    "results", "result", "items", "item", "products", "product", "styles", "matches", "listings",
    // A job board's, a collection's, a catalogue's or an events list's
    // count over its cards ("4 jobs", "Showing 6 of 412 objects").
    "jobs", "job", "objects", "records", "events", "entries",
    // A package index's, a plugin directory's, a course catalogue's.
    "projects", "packages", "plugins", "courses",
    // A card's swatch count ("3 colors").
    "colors", "colours",
};

// An event page's buttons that copy the event into a calendar app ("+
// Google Calendar", "+ Add to iCalendar", "iCal export"): asked of a link
// or a button only (IsCalendarButtonLine), never of a heading (a how-to's
// "Google Calendar" section). Lower case: compared folding the line's
// letters (EqualsAnyFolded: "Добавить в календарь" too).
// (A leading "+", "+ Google Calendar", is the button's icon: cut before.)
constexpr std::string_view kCalendarButtonLines[] = {
    "google calendar", "add to calendar", "add to google calendar", "add to icalendar", "ical export",
    "export to calendar", "add to outlook", "outlook calendar", "download ics", "zum kalender hinzufügen",
    "in kalender eintragen", "ajouter au calendrier", "añadir al calendario", "dodaj do kalendarza",
    "добавить в календарь",
};

constexpr std::string_view kRelatedCues[] = {
    "read more:", "read more ", "related:", "related stories:", "related articles:", "related story:",
    "related content:", "see also:", "see also ", "also read:", "also read ", "read also:",
    "more:", "recommended:", "recommended reading:", "further reading:", "don't miss:",
    "watch:", "listen:", "click here", "lire aussi", "à lire aussi", "weiterlesen", "mehr zum thema",
    "lesen sie auch", "leia também", "leia mais", "lee también", "leé también", "mirá también", "leer más",
    "vedi anche",
    "leggi anche", "lees ook", "czytaj też", "czytaj także", "читайте также",
    // The same pointers in more languages, typed before a link ("Te puede
    // interesar: <a>...</a>"). With the colon: "Te puede interesar saber
    // que..." opens a sentence.
    "смотрите также", "читайте еще", "читайте ещё", "по теме:", "à lire également",
    "te puede interesar:", "le puede interesar:", "puede interesarte:", "lea también", "leer también",
    "ver también:", "zobacz też:", "zobacz także:", "przeczytaj też", "przeczytaj także", "czytaj również",
    "veja também:", "leia ainda", "lire également", "voir aussi:", "siehe auch:", "auch interessant:",
    "potrebbe interessarti:", "ti potrebbe interessare:", "zie ook:", "ook interessant:",
    // A blogger's inline pointers to other posts ("Also check: <a>...</a>",
    // "Don’t miss: <a>...</a>" typed with a curly apostrophe): see
    // kPointerCues.
    "also check:", "don\xE2\x80\x99t miss:",
    // A Malaysian paper's "Click to read more: <a>...</a>" (a pointer: see
    // kPointerCues).
    "click to read more:",
    // The pointer in Arabic ("اقرأ أيضاً:", with or without its hamza and
    // tanwin), Indonesian and Malay ("Baca juga:"), Turkish ("Bunu da
    // okuyun:", "İlginizi çekebilir:": a capital "İ" folds to the dotless
    // "ı", so both spellings), Japanese and Korean, over a link.
    "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرأ ايضاً", "اقرأ كذلك",
    // Vietnamese ("Xem thêm:", "Đọc thêm:", with the colon: "Xem thêm tại"
    // opens a sentence).
    "xem thêm:", "đọc thêm:", "tin liên quan:",
    "baca juga:", "baca juga ", "lihat juga:", "bunu da okuyun", "ayrıca okuyun", "ayrıca bakın:",
    "ilginizi çekebilir", "\xC4\xB1lginizi çekebilir", "bunlar da ilginizi çekebilir",
    // Hindi ("ये भी पढ़ें:", "यह भी पढ़ें:"), Swahili ("Soma zaidi:", "Soma
    // pia:") and Ukrainian ("Читайте також:") pointers.
    "ये भी पढ़ें", "यह भी पढ़ें", "soma zaidi:", "soma pia:", "читайте також", "читайте ще",
    // Greek ("Διαβάστε επίσης:", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:": capitals are written
    // without their accents, and a capital Σ folds to the medial σ, never
    // to the final ς: so the capitals' spelling too).
    "διαβάστε επίσης:", "διαβαστε επισησ:", "διαβάστε ακόμη:", "διαβαστε ακομη:", "δείτε επίσης:",
    "δειτε επισησ:",
    // (A related story's label, "İlgili haber", "İLGİLİ HABER": each
    // capital "İ" folds to "ı".)
    "ilgili haber", "\xC4\xB1lgili haber", "\xC4\xB1lg\xC4\xB1l\xC4\xB1 haber",
    "関連記事：", "関連記事:", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ",
    "관련기사", "관련 기사", "함께 읽으면 좋은 글",
    // Czech and Slovak ("Čtěte také:", "Přečtěte si také:", "Čítajte aj:").
    "čtěte také", "čtěte též", "přečtěte si také", "přečtěte si též", "mohlo by vás zajímat:",
    "čítajte aj", "čítajte tiež", "prečítajte si aj", "prečítajte si tiež", "mohlo by vás zaujímať:",
    // Nordic, South Slavic, Bulgarian, Slovenian, Catalan, Romanian and
    // Hungarian papers' pointers ("Lue myös:", "PROČITAJTE JOŠ:",
    // "Прочетете още:", "Llegiu també:").
    "lue myös", "läs också", "läs även", "læs også", "les også", "pročitajte još", "pročitajte i:",
    "pročitajte više:", "čitajte još", "vezane vijesti", "preberite še", "preberite tudi", "прочетете още",
    "прочетете също", "вижте още:", "llegiu també", "llegeix també", "citește și", "citeste si",
    "ez is érdekelheti", "kapcsolódó:",
    // (A Hungarian paper's label in a span of its own before the link,
    // "<span>Kapcsolódó</span> <a>...</a>": no colon; a pointer cue, so
    // only over one link that is nearly all the line, see kPointerCues.)
    "kapcsolódó ",
    // Thai papers' pointer ("อ่านเพิ่มเติม :", read more, its colon set
    // after a space; "อ่านข่าวที่เกี่ยวข้อง", read the related news).
    "อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง",
};

// Of kRelatedCues, the blogger's pointers, which also open a checklist
// ("Also check: the antifreeze, the wiper blades..."): a related line
// only over one link that is nearly all of it (see decide).
constexpr std::string_view kPointerCues[] = {"also check:", "don\xE2\x80\x99t miss:", "kapcsolódó ",
                                             "click to read more:"};

// The end of a short label over a list of links to other posts ("If you
// liked this post you might also like:", "You may also check:"): lower-
// case, matched at the label's end before its colon (IsRelatedListLabel).
constexpr std::string_view kRelatedLabelEndings[] = {
    "might also like", "may also like", "might also enjoy", "may also enjoy", "also check", "also read",
    "read also", "related posts", "related articles", "related stories", "related reading",
    "lire aussi", "lesen sie auch", "leggi anche", "lee tambi\xC3\xA9n", "leia tamb\xC3\xA9m",
    "baca juga", "artikel terkait",
};

// Headings over a strip of the site's other stories under a story
// ("Featured articles", "Keep reading", "Recent articles"): asked on
// articles and signed stories only (on a blog's index "Recent articles"
// heads the page's own list).
constexpr std::string_view kStoryFurnitureHeadings[] = {
    "featured articles", "featured posts", "featured stories", "keep reading", "recent articles", "latest articles",
    "recent stories", "more articles", "more posts", "popular articles", "popular posts", "also read",
    "also check", "you may also check", "you might also enjoy", "you may also enjoy",
    // A broadcaster's links to its earlier stories on the same subject
    // under a story (the BBC's "More on this story").
    "more on this story",
};

// Headings of furniture sections, lower-case; the heading must be one (or
// one and ":..."). Those that may go on with anything are the prefixes below.
constexpr std::string_view kFurnitureHeadings[] = {
    // A scholarly record's boxes beside its abstract: a repository's
    // download statistics and staff actions, PubMed's links out. (Not "How
    // to cite": a library guide's section; Open Journal Systems' box is
    // told by its class, "citation_display". Nor "Legal events": a bar
    // association's page of courses.)
    "download statistics", "actions (login required)", "linkout - more resources",
    "related", "related articles", "related posts", "related stories", "related content",
    "related reading", "you may also like", "you might also like", "you may like", "recommended",
    "recommended for you", "recommended stories", "more stories", "more news",
    "read next", "what to read next", "popular", "most popular", "most read", "trending",
    "trending now", "share this", "share this article", "share this story",
    "author bio", "comments", "leave a reply", "leave a comment",
    "join the discussion", "don't miss", "editor's picks", "top stories",
    // A newsroom's and a blog's tallies of its other stories beside any page.
    "most discussed", "most commented", "most shared", "most viewed", "most emailed", "recent posts",
    "trending stories",
    // A shop's or a directory's links to other lists under its own: other
    // searches, other pages of the site, other topics.
    "related searches", "related pages", "related topics",
    // A reference site's list of what its story cites, under every story.
    "article sources",
    // A news site's, a blog's or a paper index's list of other items like
    // this one ("Similar articles" under an abstract or a story).
    "similar articles", "similar posts", "similar stories",
    // A biomedical index's indexing terms and record types under an
    // abstract (MEDLINE's "MeSH terms", "Publication types"): the index's
    // tags, not the paper's text.
    "mesh terms", "publication types",
    // The feedback box under a help, docs or government page ("Was this
    // page helpful? Yes No"), in several languages: the site's survey, not
    // the page's text.
    "was this page helpful?", "was this helpful?", "was this article helpful?",
    "was this information helpful?", "is this page useful?", "did you find this page helpful?",
    "did you find this helpful?", "war diese seite hilfreich?", "war dieser artikel hilfreich?",
    "ist diese seite hilfreich?", "cette page vous a-t-elle été utile ?", "cette page vous a-t-elle été utile?",
    "cet article vous a-t-il été utile ?", "cet article vous a-t-il été utile?",
    "¿te ha resultado útil esta página?", "¿le resultó útil esta página?", "¿fue útil esta página?",
    "¿te resultó útil este artículo?", "questa pagina ti è stata utile?", "questo articolo ti è stato utile?",
    "was deze pagina nuttig?", "was dit artikel nuttig?", "esta página foi útil?",
    "czy ta strona była pomocna?",
    // The same box headed by its name alone (a docs site's "Feedback" over
    // its "Was this page helpful?" buttons).
    "feedback",
};

// The same headings over a story's strip of the site's other stories in
// other languages ("Te puede interesar", "Lire aussi", "Читайте также"):
// the whole heading (or it and ":..."), so a section of the story that
// starts alike ("Lire aussi les rapports de...") is no match. Not a wiki's
// "See also" ("Voir aussi", "Siehe auch", "Zobacz też", "Ver también"),
// which heads a list of the article's own. Lower case, as every list
// IsLabel asks: the heading's letters are folded, "Ähnliche Artikel" and
// "ЧИТАЙТЕ ТАКЖЕ" too (StartsWithFolded).
constexpr std::string_view kForeignFurnitureHeadings[] = {
    // Marketplaces' shelves outside the Latin script, as whole headings (a
    // story's "为你推荐的五本入门书" starts alike): a Greek price comparison
    // site's "Παρόμοια προϊόντα" (similar products), Chinese shops' "看了又看"
    // (viewed again by others), "猜你喜欢", "为你推荐" (picked for you) and
    // "店铺热销" (the shop's best sellers), a Japanese mall shop's "このショッ
    // プの人気ランキング" (the shop's ranking), a Russian marketplace's
    // "Покупают вместе" (bought together), a Korean one's "함께 구매한 상품",
    // an Arabic one's "المنتجات التي شاهدتها مؤخراً" (products you viewed
    // lately), a Hindi one's "समान उत्पाद" (similar products).
    "παρόμοια προϊόντα", "看了又看", "猜你喜欢", "为你推荐", "店铺热销", "このショップの人気ランキング",
    "покупают вместе", "함께 구매한 상품", "المنتجات التي شاهدتها مؤخراً", "समान उत्पाद",
    // A store's shelves of other items on a course marketplace, an e-book
    // store and a ticket shop ("Students also bought", "Les clients ont
    // aussi acheté", "Eventi simili").
    "students also bought", "los estudiantes también compraron", "les clients ont aussi acheté",
    "similar events", "eventi simili", "événements similaires", "eventos similares", "ähnliche veranstaltungen",
    // The comment section's heading ("Comments" above) in other languages:
    // a Brazilian paper's "Comentários" over its subscribers-only box.
    "comentários", "comentarios", "commentaires", "kommentare", "kommentarer", "commenti", "reacties",
    "komentarze", "komentáře", "yorumlar", "комментарии", "коментарі", "التعليقات",
    // German.
    "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren",
    "das könnte dich auch interessieren", "auch interessant", "ebenfalls interessant",
    "weitere artikel", "weitere beiträge", "verwandte artikel", "passend zum thema", "meistgelesen",
    "meistgelesene artikel", "ähnliche artikel", "ähnliche beiträge", "empfohlene artikel",
    "unsere empfehlungen",
    // French.
    "lire aussi", "lire également", "à lire aussi", "a lire aussi", "à lire également", "à lire",
    "sur le même sujet", "dans la même rubrique", "articles similaires", "articles liés",
    "articles associés", "à découvrir aussi",
    "les plus lus", "nos articles recommandés", "vous pourriez aussi aimer",
    "ces articles peuvent vous intéresser",
    // Spanish.
    "te puede interesar", "le puede interesar", "puede interesarte", "te podría interesar",
    "también te puede interesar", "lee también", "leer también", "lea también",
    // (Argentina's and Uruguay's voseo: "Leé también", "Mirá también".)
    "le\u00e9 tambi\u00e9n", "mir\u00e1 tambi\u00e9n",
    "noticias relacionadas", "artículos relacionados", "entradas relacionadas", "contenido relacionado",
    "publicaciones relacionadas", "te recomendamos", "lo más leído", "más leídas",
    "más noticias", "otras noticias",
    // Italian.
    "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "potrebbe interessarti anche",
    "articoli correlati", "articoli simili", "notizie correlate", "post correlati", "i più letti",
    "più letti", "altre notizie", "ti consigliamo",
    // Portuguese.
    "leia também", "veja também", "você também pode gostar",
    "você pode gostar", "você pode gostar também", "artigos relacionados",
    "notícias relacionadas", "posts relacionados", "mais lidas", "mais lidos", "recomendados para você",
    "leia ainda",
    // Dutch.
    "lees ook", "lees ook deze artikelen", "gerelateerde artikelen", "gerelateerd",
    "meer over dit onderwerp", "dit vind je misschien ook interessant", "misschien ook interessant",
    "ook interessant", "meest gelezen", "bekijk ook",
    // Polish.
    "czytaj także", "czytaj też", "czytaj również", "przeczytaj także",
    "przeczytaj też", "podobne artykuły", "powiązane artykuły", "polecane artykuły",
    "najczęściej czytane", "może cię zainteresować", "warto przeczytać",
    // Swedish, Danish, Norwegian, Finnish, Czech, Turkish, Romanian,
    // Hungarian, Ukrainian, Greek, Indonesian, Vietnamese, Korean,
    // Japanese, Chinese.
    "mer från", "läs också", "mest läst", "læs også", "mest læste", "les også", "mest lest", "lue myös",
    "luetuimmat", "nejčtenější", "čtěte také", "související články", "çok okunanlar", "ilgili haberler",
    "citește și", "cele mai citite", "articole similare", "legolvasottabb", "kapcsolódó cikkek",
    "читайте також", "схожі новини", "διαβάστε επίσης", "baca juga", "berita terkait", "tin liên quan",
    "많이 본 뉴스", "관련 기사", "関連記事", "相关阅读", "相关新闻",
    // Traditional Chinese ("further reading", "related news", "popular
    // news"), a Chinese portal's "hot list", Japanese "access ranking",
    // Hebrew "more stories", Hindi "read this too" and "latest news", Thai
    // "related news" and "popular news", Greek "read more".
    "延伸閱讀", "相關新聞", "熱門新聞", "热点排行", "アクセスランキング", "כתבות נוספות", "ये भी पढ़ें",
    "ताज़ा खबरें", "ข่าวที่เกี่ยวข้อง", "ข่าวยอดนิยม", "διαβάστε ακόμη",
    // Russian.
    "читайте также", "похожие статьи", "похожие материалы", "материалы по теме", "по теме",
    "вам может быть интересно", "самое читаемое", "рекомендуем", "другие новости",
    // Czech and Slovak.
    "čtěte také", "čtěte též", "přečtěte si také", "související články", "související zprávy",
    "nejčtenější", "mohlo by vás zajímat", "čítajte aj", "čítajte tiež", "súvisiace články",
    "najčítanejšie", "mohlo by vás zaujímať",
    // Arabic.
    "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "أخبار ذات صلة", "مقالات ذات صلة",
    "الأكثر قراءة", "مواضيع ذات صلة", "قد يعجبك أيضا", "قد يهمك",
    // Indonesian and Malay.
    "baca juga", "artikel terkait", "berita terkait", "postingan terkait", "artikel lainnya",
    "berita lainnya", "terpopuler", "artikel berkaitan",
    // Turkish ("İlgili haberler": a capital "İ" folds to the dotless "ı").
    "benzer yazılar", "ilgili yazılar", "\xC4\xB1lgili yazılar", "ilgili haberler",
    "\xC4\xB1lgili haberler", "bunlar da ilginizi çekebilir", "en çok okunanlar", "benzer haberler",
    // Japanese and Korean.
    "関連記事", "あわせて読みたい", "合わせて読みたい", "おすすめ記事", "人気記事", "관련기사", "관련 기사",
    "많이 본 뉴스", "인기 기사",
    // A shop's, a job board's or an estate site's links to other searches
    // under its results ("Related searches" in other languages).
    "ähnliche suchen", "verwandte suchen", "recherches associées", "recherches similaires",
    "búsquedas relacionadas", "ricerche correlate", "pesquisas relacionadas", "podobne wyszukiwania",
    "похожие запросы", "関連する検索",
    "gerelateerde zoekopdrachten", "populaire zoekopdrachten", "vergelijkbare zoekopdrachten",
};
// (A heading, not a paragraph: longer text is never one of them.)
constexpr size_t kForeignFurnitureHeadingMaxBytes = 80;

// Class or id words of a comment section or a comment ("comments",
// "comment-list", "kommentare"): readers' replies, not a roundup's entries.
constexpr std::string_view kCommentBoxWords[] = {"comment", "kommentar", "komentar", "reactie"};

// A job board's and an estate agent's strip of other adverts under the one
// shown ("Other open roles", "Similar properties"): asked on pages that are
// not articles only (a news story's "More jobs" heads a section of the
// story).
constexpr std::string_view kListingFurnitureHeadings[] = {
    // A stock library's strip of the contributor's other work (off
    // articles; "More from this contributor" is furniture anywhere, by
    // "more from").
    "more by this contributor", "altri contenuti di questo collaboratore",
    "similar jobs", "similar roles", "similar vacancies", "other open roles", "other open positions",
    // A man page site's links to the pages that cite the one shown
    // (die.net's "Referenced By", man7.org's "Pages that refer to this
    // page"; not on an article: a paper's citing studies).
    "referenced by", "pages that refer to this page",
    "other jobs", "more jobs", "similar properties", "similar listings", "similar homes",
    "ähnliche jobs", "ähnliche stellenangebote", "ähnliche immobilien", "offres similaires",
    "annonces similaires", "biens similaires", "empleos similares", "ofertas similares",
    "propiedades similares", "inmuebles similares", "podobne oferty", "podobne ogłoszenia",
    "похожие вакансии", "похожие объявления",
    // An estate agent's card and the map's facts under a property listing
    // ("Marketed by Example Estates", "Nearest stations", "Nearby
    // schools"): the portal's boxes, the same under every home.
    "marketed by", "nearest stations", "nearest schools", "nearby schools", "nearby stations",
    // A search page's links to the same search in the places around
    // ("Nearby cities", "Nearby neighborhoods"): the portal's SEO strip.
    "nearby cities", "nearby towns", "nearby neighborhoods", "nearby neighbourhoods", "nearby zip codes",
    // A catalogue's or a directory's strip of other records under the one
    // shown (a library record's "More like this").
    "more like this",
    // A property listing's calculator box beside the home's description
    // (the site's tool, the same under every listing).
    "mortgage calculator", "calculate your mortgage", "monthly payment calculator",
    // The same asked of the reader in French, Italian, Spanish, Portuguese
    // and German, and a car dealer's box ("Calcola la tua rata"). (Not a
    // calculator's name alone, "Finanzierungsrechner": a bank's page of the
    // loan holds its worked example under it.)
    "calculez vos mensualités", "calcola la tua rata", "calcula tu cuota", "calcule sua parcela",
    "monatliche rate berechnen", "calculate your monthly payment", "estimate your monthly payment",
    // A booking site's strip of other places to stay under a hotel's page.
    "similar hotels", "similar stays", "alojamientos parecidos", "alojamientos similares",
    "hébergements similaires", "hôtels similaires", "strutture simili", "ähnliche unterkünfte", "ähnliche hotels",
    // A ticketing platform's strips of other events under an event's page
    // (Eventbrite's "More events from this organizer", "Other events you
    // may like"; Meetup's "Similar events"): the platform's cards, the same
    // under every event.
    "more events from this organizer", "more events from this organiser", "other events you may like",
    "more events you may like", "events you may like",
    "similar events", "similar events nearby",
    // (A ticket seller's strip of the venue's other events.)
    "more events at this venue", "other events at this venue", "more events at this location",
    "weitere veranstaltungen", "autres événements", "otros eventos", "más eventos", "andere evenementen",
    "altri eventi",
};

// A travel or booking site's strip of other places around the one shown
// ("Popular hotels near Hotel X", "Things to do near Y", "Other
// restaurants near Z"): links to the site's other pages, asked on pages
// that are not articles. A heading is one of these after an optional
// qualifier word, with a place after "near" (lower-case prefixes).
constexpr std::string_view kNearbyStripQualifiers[] = {"popular ", "other ", "more ", "top ", "similar "};
constexpr std::string_view kNearbyStripPrefixes[] = {
    "hotels near ", "things to do near ", "restaurants near ", "places to stay near ", "attractions near ",
    "vacation rentals near ", "holiday rentals near ", "apartments near ", "homes near ", "properties near ",
    "hotels nearby", "things to do nearby", "restaurants nearby", "attractions nearby",
    // Places like the one shown ("Alojamientos parecidos a Hotel X",
    // "Hébergements similaires à ...", "Properties similar to ...").
    "properties similar to ", "hotels similar to ", "stays similar to ", "alojamientos parecidos a ",
    "alojamientos similares a ", "hoteles similares a ", "hébergements similaires à ", "hôtels similaires à ",
    "strutture simili a ", "ähnliche unterkünfte wie ",
};

// A board's list of other threads under or beside a thread (XenForo's
// "Similar threads", NodeBB's "Suggested Topics", a Q&A site's "Related
// questions"): links away from the thread, asked on threads only.
constexpr std::string_view kThreadFurnitureHeadings[] = {
    "similar threads", "similar topics", "similar discussions", "similar questions", "related threads",
    "related discussions", "related questions", "suggested topics", "suggested threads",
    "ähnliche themen", "sujets similaires", "temas similares", "discussioni simili",
    "podobne tematy", "podobne wątki", "похожие темы", "tópicos semelhantes", "tópicos similares",
    "argomenti simili", "discussioni correlate", "sujets suggérés", "vergelijkbare onderwerpen",
    "soortgelijke onderwerpen", "temas relacionados", "ähnliche beiträge", "相关帖子", "相關帖子", "相似主题",
    // (PunBB's French "Discussions similaires", Invision's Turkish "Benzer
    // içerik", Ukrainian boards' "Схожі теми".)
    "discussions similaires", "benzer konular", "benzer içerik",
    // (NodeBB's Spanish, Italian, Portuguese, German, Polish and Dutch
    // "Suggested topics".)
    "temas sugeridos", "argomenti suggeriti", "t\u00f3picos sugeridos", "vorgeschlagene themen",
    "sugerowane tematy", "voorgestelde onderwerpen",
    // (Vanilla's side panel: "In this Discussion", its posters, and the
    // board's rules.)
    "in this discussion", "in questa discussione", "in dieser diskussion", "dans cette discussion",
    "en esta discusi\u00f3n", "nesta discuss\u00e3o", "forum rules", "regole del forum", "forenregeln",
    "r\u00e8gles du forum", "normas del foro", "regras do f\u00f3rum",
    // (NodeBB's Vietnamese "Chủ đề tương tự", Flarum's Indonesian "Diskusi
    // terkait", Turkish boards' "Benzer başlıklar".)
    "ch\xE1\xBB\xA7 \xC4\x91\xE1\xBB\x81 t\xC6\xB0\xC6\xA1ng t\xE1\xBB\xB1",
    "ch\xE1\xBB\xA7 \xC4\x91\xE1\xBB\x81 li\xC3\xAAn quan", "diskusi terkait", "topik terkait",
    "benzer ba\xC5\x9Fl\xC4\xB1klar",
    "\xD1\x81\xD1\x85\xD0\xBE\xD0\xB6\xD1\x96 \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB8",
};

// Headings over a strip of the site's own publications (its blog posts,
// reports, case studies as whole-link cards) below a page that sells a
// service or a product ("Featured insights", "From the blog"): asked on
// pages that are not articles, threads or products. (A blog's front page
// whose one list such a heading opens comes out with no body, and the
// list fallback rebuilds it from that list.)
constexpr std::string_view kSiteFeedHeadings[] = {
    "featured insights", "latest insights", "related insights", "more insights", "news and insights",
    "news & insights", "insights and news", "insights & news", "from the blog", "from our blog",
    "latest from the blog", "latest from our blog", "latest blog posts", "from the newsroom",
};

// Headings of a feed of the site's newest stories: furniture beside an
// article, the page's own list on a section front or a topic's page.
constexpr std::string_view kFeedHeadings[] = {"latest news", "latest posts", "latest stories"};

// Furniture headings that may go on with anything ("More from Example",
// "Customers who bought this item also bought"): shop recommendation
// strips as well as newsroom ones. Lower-case prefixes.
constexpr std::string_view kFurnitureHeadingPrefixes[] = {
    "more from", "sign up for", "subscribe to", "about the author", "people who viewed",
    // A health or finance story's box on the expert who checked it.
    "about the reviewer", "about the medical reviewer",
    "people who bought", "people also viewed", "customers who viewed", "customers who bought",
    "customers also", "frequently bought together", "products related to this item", "recently viewed", "similar items",
    "similar products", "related products", "sponsored items", "sponsored products",
    "more items to explore", "compare similar", "you may also be interested", "explore related",
    "related items", "complete the look", "shop the look", "guests also viewed", "shoppers also viewed",
    // (... in the languages of shops: "Complétez le look", "Komplettiere den
    // Look", "Completa el look".)
    "compl\xC3\xA9tez le look", "compl\xC3\xA9tez votre look", "komplettiere den look", "completa el look",
    "completa il look", "maak de look compleet", "completa tu look",
    "your recently viewed", "your browsing history",
    // A marketplace's box of buyers' ratings of the seller under an item
    // (eBay's "Seller feedback (1,902)"): the seller's record, not the item.
    "seller feedback",
    // A paper's or a patent's lists of other papers beside its abstract
    // (PubMed's and Google Patents' "Cited by (12)", "Similar documents"):
    // links to other records, the count after the words.
    "cited by", "similar documents",
    // A patent's tables of the documents it cites and the family's
    // ("Patent Citations (4)", "Non-Patent Citations (2)").
    "patent citations", "non-patent citations", "families citing this family",
    // A marketplace's sponsored strip ("Similar sponsored items").
    "similar sponsored",
    // Czech shops' shelves of other products.
    "podobn\xC3\xA9 produkty",
    "\xC4\x8D" "asto kupov\xC3\xA1no", "\xC4\x8C" "asto kupov\xC3\xA1no", "souvisej\xC3\xAD" "c\xC3\xAD produkty",
    // Korean stores' shelves: "이 스토어의 다른 상품" (this store's other
    // products), "다른 고객이 함께 본 상품" (what other customers viewed).
    "\xEC\x9D\xB4 \xEC\x8A\xA4\xED\x86\xA0\xEC\x96\xB4\xEC\x9D\x98 \xEB\x8B\xA4\xEB\xA5\xB8",
    "\xEB\x8B\xA4\xEB\xA5\xB8 \xEA\xB3\xA0\xEA\xB0\x9D\xEC\x9D\xB4 \xED\x95\xA8\xEA\xBB\x98",
    // A dictionary's list of its headwords beside the entry ("Dictionary
    // entries near petrichor", "Words near ... in the dictionary").
    "dictionary entries near", "nearby entries", "nearby words", "words nearby",
    // A reference page's box of citation formats for itself ("Cite this
    // Entry", "Cite this page": MLA, APA and Chicago lines with the day it
    // was read).
    "cite this entry", "cite this page", "cite this article",
    // The same strips in other languages ("También podría interesarle").
    "también podría interesarle", "también te puede interesar", "productos relacionados",
    "quizás también te guste", "vous aimerez aussi", "vous aimerez peut-être aussi", "produits similaires",
    "produits associés", "das könnte ihnen auch gefallen", "Ähnliche Produkte", "podobne produkty",
    "produkty powiązane", "Похожие товары", "prodotti correlati", "prodotti simili",
    // A Brazilian shop's shelves (VTEX themes' defaults), a German shop's
    // (JTL-Shop, Shopware) and a French classifieds site's strip of other
    // ads under one.
    // ("Quem viu, viu também", "Quem viu, também comprou", "Quem comprou,
    // comprou também": prefixes.)
    "quem viu", "quem comprou", "você também pode gostar",
    "produtos relacionados", "passend dazu", "kunden kauften auch", "ces annonces peuvent vous intéresser",
    "kunden, die diesen artikel gekauft haben", "kunden, die dieses produkt gekauft haben",
    // A shop's strip of what the visitor saw before, and of others' picks,
    // in its languages ("Zuletzt angesehen", "Visti di recente", "Das
    // könnte dir auch gefallen", Shopware 5's 'Weiterführende Links zu
    // "<product>"' over its links to the maker's other products: with the
    // quote, as a bare "Weiterführende Links" or "... zum Thema" heads a
    // docs or service page's own further reading, kept as "Further
    // reading" and "See also" are).
    "zuletzt angesehen", "kürzlich angesehen", "das könnte dir auch gefallen", "mehr von diesem shop",
    "weiterführende links zu \"", "weiterführende links zu „", "entdecke weitere suchen", "vus récemment",
    "produits vus récemment", "articles vus récemment", "vistos recientemente", "productos vistos recientemente", "vistos recentemente",
    "visti di recente", "visti recentemente", "potrebbe piacerti anche", "potrebbero interessarti anche",
    "ti potrebbe piacere anche",
    "recent bekeken", "onlangs bekeken", "laatst bekeken", "misschien ook interessant",
    "最近チェックした商品", "最近見た商品", "閲覧履歴",
    // Polish, Turkish and Arabic shops' shelves (Shoper's "Polecamy
    // również", IdeaSoft's "Benzer Ürünler" and "Son Gezdiğiniz Ürünler",
    // Salla's "منتجات مشابهة"). (Matched with ASCII case folding: a
    // capital outside ASCII is written as the headings print it.)
    "polecamy również", "ostatnio oglądane", "klienci kupili również", "benzer ürünler", "benzer Ürünler",
    "son gezdiğiniz", "son incelenen", "ilgili ürünler", "ilgili Ürünler", "bunlar da ilginizi",
    "منتجات مشابهة", "منتجات ذات صلة",
    // OpenCart's French "Produits apparentés", a fashion shop's "Komplettiere
    // den Look", a marketplace's strip of the seller's other offers
    // ("Inne przedmioty sprzedającego", "Meer van deze verkoper"), Dutch
    // shops' related products.
    "produits apparentés", "komplettiere den look", "vervollständige den look", "inne przedmioty sprzedającego",
    "inne oferty sprzedającego", "meer van deze verkoper", "gerelateerde producten", "andere klanten bekeken ook",
    "outros produtos do vendedor", "mais produtos do vendedor",
    // French, Romanian, Czech and Dutch shops' and marketplaces' shelves and
    // other sellers' offers ("Les clients ont aussi consulté", "Clienții au
    // mai căutat", "Naposledy navštívené", "Andere verkopers (4)").
    "les clients ont aussi", "les clients ont également", "produits sponsorisés", "clienții au mai",
    "produse vizualizate recent", "produse similare", "oferte de la alți vânzători", "naposledy navštívené",
    "naposledy prohlížené", "andere verkopers",
    // Dutch grocers' shelves ("Vaak samen gekocht", "Vergelijkbare
    // producten").
    "vaak samen gekocht", "vergelijkbare producten",
};

// Headings of a product page's add-on strips (whole heading, lower-case; a
// count or a colon may follow: "Accessories (12)", "Add-ons:").
constexpr std::string_view kProductFurnitureHeadings[] = {
    // (The Nordic shops' "Customers also bought": on product pages only, as
    // a news story's section may open so.)
    "kunder k\u00f8bte ogs\u00e5", "kunder k\u00f6pte ocks\u00e5", "kunder kj\u00f8pte ogs\u00e5",
    // (And "You may also like" and "Recommended accessories" in Swedish
    // and Czech. Not Swedish "Passar bra med": a wine's food pairings.)
    "du kanske ocks\u00e5 gillar", "doporu\u010den\u00e9 p\u0159\u00edslu\u0161enstv\u00ed",
    "mohlo by se v\u00e1m l\u00edbit",
    "accessories", "recommended accessories", "compatible accessories", "add-ons",
    "choose your add-ons", "zubehör", "accessoires",
    // Shelves of other products under the product ("Featured products",
    // "Pairs well with"). (On a category page "Featured products" heads
    // the page's own grid: these are read on product pages only.)
    "featured products", "pairs well with", "goes well with", "complete the set", "more like this",
    // The shop's policies under every product (the same shipping rates,
    // return window and refund terms on each page): the store's text, not
    // the product's. Plain "Shipping", "Delivery" or "Warranty" may head
    // what this product ships with or how long it is covered: not these.
    "shipping & returns", "shipping and returns", "free shipping & returns", "free shipping and returns",
    "delivery & returns", "delivery and returns", "returns & exchanges", "returns and exchanges",
    "shipping & return policy", "shipping and return policy", "return policy", "returns policy",
    "refund policy", "shipping policy", "returns & refunds", "returns and refunds",
    "delivery and return policies", "delivery & return policies", "shipping and return policies",
    "shipping & return policies", "shipping and returns policies",
    // (The same in other languages.)
    "politique de retour", "politique de retours", "politique de remboursement",
    "pol\xC3\xAD" "tica de devoluciones", "politica di reso", "retourbeleid",
    // (The same in the shops' other languages.)
    "versand und r\xC3\xBC" "ckgabe", "versand & r\xC3\xBC" "ckgabe", "lieferung und r\xC3\xBC" "ckgabe",
    "livraison et retours", "livraison & retours", "exp\xC3\xA9" "dition et retours",
    "env\xC3\xAD" "o y devoluciones", "env\xC3\xAD" "os y devoluciones", "spedizione e resi", "spedizioni e resi",
    "spedizione e politiche di reso", "verzending en retourneren", "verzenden en retourneren",
    "wysy\xC5\x82" "ka i zwroty", "dostawa i zwroty", "envio e devolu\xC3\xA7\xC3\xB5" "es",
    // (A marketplace's tab of the three: "Shipping, returns and payments".)
    "shipping, returns and payments", "shipping, returns & payments",
    // A marketplace's card on the shop that sells the product, beside every
    // product of that shop: its owner, a button to message them.
    "meet your seller", "meet the seller", "about the seller", "about this seller",
    "lernen sie den verkäufer kennen", "lerne den verkäufer kennen", "verkäufer kennenlernen",
    "incontra il venditore", "conoce al vendedor", "conoce a la vendedora", "rencontrez le vendeur",
    "rencontrez la vendeuse", "maak kennis met de verkoper", "poznaj sprzedawc\xC4\x99", "conhe\xC3\xA7" "a o vendedor",
    // The shop's quotes from happy buyers under every product ("User
    // testimonials"): the brand's praise, not the product's description.
    "testimonials", "user testimonials", "customer testimonials", "what our customers say",
    "what our customers are saying", "what customers are saying",
    // The shop's help and sales boxes beside every product: a call to its
    // advisers ("Ask an expert", "Need help choosing?"), an offer of other
    // products with this one ("Complete your order", "Buy a bundle and
    // save"), its ways to pay and to receive ("More ways to pay", "How to
    // get it"): the store's, not the product's.
    // (A closing "?" or "!" is one of the heading's marks: see
    // IsProductFurnitureHeading.)
    "ask an expert", "ask our experts", "talk to an expert", "need help choosing",
    "any questions about this product", "questions about this product",
    "complete your order", "buy a bundle and save", "bundle and save",
    "more ways to pay", "ways to pay", "payment & security", "payment and security", "how to get it",
    // The buyers' questions to the shop and their answers under the
    // product ("Questions & Answers (214)", "Customer questions"): asked
    // and answered on every product alike, not the product's description.
    // (Product pages only: a help page's "Questions and answers" is its text.)
    "questions & answers", "questions and answers", "customer questions", "customer questions & answers",
    "customer questions and answers", "customer q&a",
    // A French shop's recently viewed shelf, whole ("Vous avez consulté
    // récemment": as a prefix it opens an article's sections too, "Vous
    // avez consulté sans résultat ?").
    "vous avez consult\xC3\xA9", "vous avez consult\xC3\xA9 r\xC3\xA9" "cemment",
    "vous avez r\xC3\xA9" "cemment consult\xC3\xA9", "consult\xC3\xA9s r\xC3\xA9" "cemment",
    // (The same in the shops' other languages.)
    "vragen en antwoorden", "fragen und antworten", "fragen & antworten", "kundenfragen",
    "questions et r\xC3\xA9ponses",
    // A marketplace's other sellers' offers for the same product (Allegro's
    // "Inne oferty tego produktu", Fnac's "Autres offres").
    "inne oferty tego produktu", "autres offres", "other offers", "other sellers", "weitere angebote",
    "otras ofertas", "altre offerte",
    "questions / r\xC3\xA9ponses", "questions-r\xC3\xA9ponses", "preguntas y respuestas", "domande e risposte",
    "perguntas e respostas", "pytania i odpowiedzi", "fr\xC3\xA5gor och svar",
    // The same headings on the marketplaces of Asia and eastern Europe:
    // the buyers' questions (Korean "상품문의", Chinese "商品问答",
    // Japanese "質問と回答", Turkish "Ürün Soru ve Cevapları", Russian
    // "Вопросы о товаре", Vietnamese "Hỏi đáp"), the shop's delivery and
    // return terms ("配送・送料について", "교환/반품 안내", "售后保障",
    // "Zwroty i reklamacje", "Доставка и возврат") and its card ("판매자
    // 정보", "ショップ情報", "Satıcı Bilgileri"): the same under every
    // product. (Not the buyers' reviews: a product's reviews are read as
    // its text unless their box says what they are.)
    "상품문의", "상품 문의", "商品问答", "商品についての質問", "質問と回答", "ürün soru ve cevapları",
    "soru ve cevaplar", "вопросы о товаре", "вопросы и ответы",
    "hỏi đáp", "hỏi và đáp",
    "配送・送料について", "配送について", "送料について", "返品・交換について", "返品について", "返品・交換",
    "배송/교환/반품 안내", "교환/반품 안내", "교환 및 반품 안내", "배송 안내", "售后保障", "dostawa i płatność",
    "zwroty i reklamacje", "доставка и возврат", "условия возврата", "kargo ve iade", "iade ve değişim",
    "iade koşulları", "chính sách đổi trả",
    "seller information", "seller info", "판매자 정보", "ショップ情報", "店铺信息", "thông tin nhà bán",
    "satıcı bilgileri", "о продавце", "informacje o sprzedającym",
    // A marketplace's other offers of the same product ("Other sellers
    // (2)", "Diğer Satıcılar") and its shelf of what buyers also bought
    // ("Kupujący kupili też").
    "other sellers", "diğer satıcılar", "andere verkäufer", "autres vendeurs", "otros vendedores",
    "kupujący kupili też", "kupujący oglądali też",
    // A dealer's finance calculator beside every car: the dealer's tool.
    "finance calculator", "financing calculator", "payment calculator", "finanzierungsrechner",
    "calculateur de financement", "calculadora de financiaci\xC3\xB3n",
    // A maker's dealer and store locator beside its product ("Where to
    // buy", "Händler finden", "Vind een dealer", "Trova una boutique") and
    // its table of the other models: the brand's, under every product.
    "where to buy", "find a dealer", "find a retailer", "find a store", "dealer locator", "store locator",
    "h\xC3\xA4ndler finden", "h\xC3\xA4ndler in ihrer n\xC3\xA4he", "vind een dealer", "vind een winkel", "trova una boutique",
    "trova un rivenditore", "trouver un revendeur", "o\xC3\xB9 acheter", "d\xC3\xB3nde comprar",
    "encuentra un distribuidor", "gdzie kupi\xC4\x87", "compare models", "compare all models",
};

// Headings of a category page's filter panel (the facets: colours, sizes,
// prices, each a button): the panel, not the page's list. Read on pages
// that are not articles, threads or products, where a heading "Filters" is
// no section of a text about filters. Lower-case; the whole heading, or
// followed by ':' or a count.
constexpr std::string_view kFilterPanelHeadings[] = {
    "filter", "filters", "filter by", "filter results", "filter products", "refine", "refine by",
    "refine results", "refine your search", "narrow by", "narrow results", "narrow your results",
    "filtres", "filtrer par", "filtern nach", "filtros", "filtrar por", "filtri", "filtra per",
};

// Words of a consent box's opening (IsConsentText).
constexpr std::string_view kConsentCues[] = {"consent", "gdpr", "rgpd", "dsgvo"};
// "Cookie" says consent only beside one of these (a recipe's "chocolate
// chip cookie" does not).
constexpr std::string_view kCookieWord = "cookie";
constexpr std::string_view kCookieConsentCues[] = {
    "use cookies", "uses cookies", "use of cookies", "cookie settings", "cookie policy", "cookie preferences",
    "privacy", "accept", "tracking",
};

constexpr std::string_view kPromoCues[] = {
    "subscribe", "newsletter", "subscription", "get access to", "delivered to your inbox",
    "delivered through your letterbox", "in your inbox",
};

// Cues of an offer to start using something ("Start your free trial",
// "Sign up and get $200 in credit"): a promotion beside a story, but the
// pitch itself on a service's page.
constexpr std::string_view kOfferCues[] = {"sign up", "sign-up", "signup", "free trial"};

// Verbs that open a call to action, lower-case; the line is at most
// kCallToActionMaxWords words and ends in no sentence stop.
constexpr std::string_view kCallToActionVerbs[] = {
    "get", "see", "learn", "explore", "discover", "book", "download", "start", "try", "request",
    "contact", "find", "know", "view", "shop", "join", "talk", "schedule", "sign", "take", "claim",
    "apply", "call", "chat", "browse", "buy", "order", "register", "subscribe", "compare", "watch",
    "read", "check", "visit", "show", "grab", "reserve", "enroll", "enrol",
    // The imperatives that open a button's label in the other languages
    // lede reads ("Bekijk in de collectie", "Découvrez nos offres",
    // "Scopri di più", "Zobacz ofertę"). (German sets its verb last.)
    "bekijk", "ontdek", "bestel", "reserveer", "maak", "um\xC3\xB3w", "voir", "d\xC3\xA9""couvrez", "d\xC3\xA9""couvrir", "r\xC3\xA9""servez",
    "t\xC3\xA9l\xC3\xA9""chargez", "commandez", "demandez", "essayez", "descubre", "descubra",
    "scopri", "vedi", "prenota", "scarica", "richiedi", "acquista", "veja",
    "saiba", "baixe", "compre", "confira", "zobacz", "sprawd\xC5\xBA", "pobierz", "odkryj", "zam\xC3\xB3w",
};
constexpr size_t kCallToActionMaxWords = 5;

constexpr std::string_view kCreditCues[] = {
    "photo credit:", "photo credits:", "photograph:", "photography:", "photo:", "photos:",
    "image credit:", "image:", "images:", "picture:", "credit:", "credits:", "source:",
    // A news site's screen-reader label before a picture's credit ("Image
    // source, Getty Images"; "Media source," for a video's).
    "image source,", "media source,",
    "foto:", "bild:",
    // Polish abbreviates "fotografia" ("... 1 stycznia. Fot. Jan Kowalski").
    "fot.", "fot:",
    // Turkish, Hebrew and Arabic ("Fotoğraf: İHA", "צילום: ...", "تصوير: ...").
    "fotoğraf:", "צילום:", "تصوير:",
    // Cyrillic ("Фото: ..." in Ukrainian, Russian, Bulgarian and Serbian
    // captions), capitalised too: the cues are matched with ASCII case
    // folding only.
    "фото:", "Фото:",
    // Finnish "Kuva:", Bulgarian "Снимка:", Hungarian "Fotó:", Greek
    // "Φωτογραφία:" (capitalised as printed, as the Cyrillic cues are).
    "kuva:", "снимка:", "Снимка:", "fotó:", "φωτογραφία:", "Φωτογραφία:",
    // French sets a space before the colon ("Crédit photo : Jean Dupont").
    "crédit photo :", "crédit photo:", "crédits photo :", "crédits photo:", "crédits photos :",
    "crédits photos:", "crédit :", "crédit:", "photo :",
    // Korean: "사진=박준혁 기자", "사진 제공=...", "사진: ..." closing a caption.
    "\uc0ac\uc9c4=", "\uc0ac\uc9c4 =", "\uc0ac\uc9c4:", "\uc0ac\uc9c4 \uc81c\uacf5=", "\uc0ac\uc9c4\uc81c\uacf5=",
    // Persian, Hindi and Thai ("عکس: ...", "फोटो : ...", "ภาพ: ...").
    "عکس:", "عکس :", "फोटो:", "फोटो :", "फ़ोटो:", "फ़ोटो :", "ภาพ:", "ภาพ :",
    // Vietnamese ("... sau lễ thông xe. Ảnh: Minh Tâm"), capitalised as
    // printed too.
    "ảnh:", "Ảnh:", "ảnh :", "Ảnh :",
    // Bengali, Tamil and Malayalam ("ছবি: ...", "படம்: ...", "ചിത്രം: ..."),
    // and Chinese ("攝影：陳冠宇", "图／新华社").
    "\u099b\u09ac\u09bf:", "\u099b\u09ac\u09bf :", "\u0baa\u0b9f\u0bae\u0bcd:", "\u0baa\u0b9f\u0bae\u0bcd :",
    "\u0d1a\u0d3f\u0d24\u0d4d\u0d30\u0d02:", "\u0d1a\u0d3f\u0d24\u0d4d\u0d30\u0d02 :",
    "\u651d\u5f71\uff1a", "\u6444\u5f71\uff1a", "\u651d\u5f71\uff0f", "\u6444\u5f71\uff0f", "\u5716\uff0f",
    "\u56fe\uff0f", "\u5716/", "\u56fe/",
};
// The longest credit a caption closes with (CaptionCreditStart): a name or
// two and an agency.
constexpr size_t kCaptionCreditMaxBytes = 100;

// Longest first: "written by " before "by ". Strong cues name the writer
// wherever they stand ("Written by", "Author:"); a bare "By" or "Von" also
// starts sentences and titles ("By design", "Von Trier").
// A publisher's cue ("Published by", "Pubblicato da"...) names a writer
// only on a byline's line that goes on into its date or time ("Published by
// Jane Doe on 3 May 2024") or in a byline-classed element: alone it is a
// book's or a press page's publisher ("Published by Acme Press").
struct BylineCue {
  std::string_view cue;
  bool strong;
  bool publisher = false;
};
constexpr BylineCue kBylineCues[] = {
    {"this article was written by ", true}, {"this post was written by ", true},
    {"article written by ", true}, {"post written by ", true},
    {"written and reported by ", true}, {"written by ", true}, {"words by ", true}, {"posted by ", true},
    {"story by ", true}, {"reported by ", true},
    // A wire story's credits line ("Reporting by Jane Doe; Editing by John
    // Roe"): the reporters are the authors, the editors are not
    // (kOtherCredits).
    {"reporting by ", true}, {"text by ", true}, {"article by ", true},
    // A CMS's byline line (Drupal's "Submitted by Jane Doe on Tue,
    // 03/05/2024"; a blog's "Published by Jane Doe") and its translations
    // (Blogger's "Publicado por", "Pubblicato da", "Publié par"...).
    {"submitted by ", true}, {"published by ", false, true}, {"contributed by ", true}, {"guest post by ", true},
    {"publicado por ", false, true}, {"postado por ", true}, {"pubblicato da ", false, true}, {"publi\xC3\xA9 par ", false, true},
    {"ver\xC3\xB6""ffentlicht von ", false, true}, {"gepubliceerd door ", false, true},
    // French sets a space before the colon ("Auteur : Jeanne Dupont", "Par
    // : ..."); the female forms of the label (Autorin, autora, autrice,
    // auteure).
    {"auteur : ", true}, {"auteure : ", true}, {"autrice : ", true}, {"par : ", true},
    {"autorin: ", true}, {"autora: ", true}, {"autrice: ", true}, {"auteure: ", true},
    // A guide's expert co-writer ("Co-authored by Jane Doe, MD"), as how-to
    // sites credit the specialist beside their staff.
    {"co-authored by ", true}, {"coauthored by ", true}, {"co-written by ", true},
    {"authored by ", true}, {"author: ", true}, {"authors: ", true}, {"author ", false}, {"by: ", true},
    {"by ", false}, {"contributors: ", true}, {"contributor: ", true}, {"von ", false}, {"par ", false},
    {"por ", false}, {"door ", false}, {"di ", false}, {"av ", false}, {"autor: ", true}, {"auteur: ", true},
    {"autore: ", true}, {"geschrieben von ", true}, {"verfasst von ", true}, {"escrito por ", true},
    {"scritto da ", true}, {"écrit par ", true}, {"\xC3\x89" "crit par ", true}, {"rédigé par ", true}, {"geschreven door ", true},
    {"skrevet av ", true}, {"skrevet af ", true}, {"skrivet av ", true}, {"texto: ", false},
    {"text: ", false}, {"tekst: ", false}, {"texte : ", false}, {"texte: ", false}, {"testo: ", false},
    {"ein artikel von ", true}, {"ein beitrag von ", true},
    // The Cyrillic text credit ("Текст: Иван Петров"), both cases.
    {"\xD1\x82\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82: ", false}, {"\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82: ", false},
    // A magazine's credits line ("Words: Jane Doe | Photos: ...") and the
    // Cyrillic author label ("Автор: Иван Петров"; the letters are not
    // ASCII, so both cases are listed).
    {"words: ", true}, {"\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: ", true},
    {"\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: ", true},
    // The plural labels of two writers: Russian "Авторы:", Polish
    // "Autorzy:", Spanish and Portuguese "Autores:".
    {"\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD1\x8B: ", true},
    {"\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD1\x8B: ", true}, {"autorzy: ", true}, {"autores: ", true},
    // The bare cues with a label's colon ("Por: Juan Pérez", "Von: ..."),
    // and the author labels of other languages: Turkish, Danish and
    // Norwegian, Swedish, Finnish, Chinese and Japanese (full-width colon).
    {"por: ", true}, {"von: ", true}, {"door: ", true}, {"par: ", true}, {"yazar: ", true},
    {"forfatter: ", true}, {"f\xC3\xB6rfattare: ", true}, {"kirjoittaja: ", true},
    {"\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A", true}, {"\xE8\x91\x97\xE8\x80\x85\xEF\xBC\x9A", true},
    {"\xE6\x96\x87\xEF\xBC\x9A", true},  // 作者： 著者： 文：
    // A Japanese paper's writer mark with the middle dot ("文・佐藤 美咲"),
    // the reporter's label in Japanese and Chinese ("記者：", "记者：") and
    // the Chinese "written by" label ("撰文：").
    {"\xE6\x96\x87\xE3\x83\xBB", true}, {"\xE8\xA8\x98\xE8\x80\x85\xEF\xBC\x9A", true},
    {"\xE8\xAE\xB0\xE8\x80\x85\xEF\xBC\x9A", true}, {"\xE6\x92\xB0\xE6\x96\x87\xEF\xBC\x9A", true},
    // The bare "by" of Danish, Indonesian and Malay ("Af Mette Hansen",
    // "Oleh Budi Santoso") and of Greek (genitive: "Του Γιώργου ...", "Της
    // Μαρίας ...", both cases: the letters are not ASCII); the writer's label
    // of Finnish, Hungarian, Vietnamese, Indonesian and Turkish ("Teksti:",
    // "Szerző:", "Írta:", "Tác giả:", "Penulis:", "Yazan:"); Arabic "بقلم"
    // ("by the pen of").
    {"af ", false}, {"oleh ", false}, {"\xCF\x84\xCE\xBF\xCF\x85 ", false}, {"\xCE\xA4\xCE\xBF\xCF\x85 ", false},
    {"\xCF\x84\xCE\xB7\xCF\x82 ", false}, {"\xCE\xA4\xCE\xB7\xCF\x82 ", false}, {"teksti: ", false},
    {"szerz\xC5\x91: ", true}, {"\xC3\xADrta: ", true}, {"\xC3\x8Drta: ", true}, {"t\xC3\xA1""c gi\xE1\xBA\xA3: ", true},
    {"penulis: ", true}, {"yazan: ", true},
    // Greek "Συντάκτης:" (both cases), the Chinese writer's and reporter's
    // mark ("文/记者 王小明", "文/王小明", full-width slash too). (Not
    // Romanian "de": a cue ignores case, and "DE Rumelhart, GE Hinton"
    // opens on initials.)
    {"\xCF\x83\xCF\x85\xCE\xBD\xCF\x84\xCE\xAC\xCE\xBA\xCF\x84\xCE\xB7\xCF\x82: ", true},
    {"\xCE\xA3\xCF\x85\xCE\xBD\xCF\x84\xCE\xAC\xCE\xBA\xCF\x84\xCE\xB7\xCF\x82: ", true},
    {"文/记者 ", true}, {"文／记者 ", true}, {"文/記者 ", true}, {"文／記者 ", true}, {"文/", true}, {"文／", true},
    {"记者 ", false},
    // The plural label of Czech ("Autoři: Jan Novák a Petra Dvořáková").
    // Polish "by" ("Przez Jan Kowalski i Anna Nowak") and the Cyrillic
    // author label without its colon ("Автор Иван Петров"), both cases.
    {"przez ", false}, {"\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80 ", false},
    {"\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80 ", false},
    {"autoři: ", true}, {"\xD8\xA8\xD9\x82\xD9\x84\xD9\x85: ", true},
    {"\xD8\xA8\xD9\x82\xD9\x84\xD9\x85 ", true},
    // Hindi "द्वारा" and Hebrew "מאת" ("by"; a Hindi paper puts its
    // "by" first on the byline, as English does) and Thai "โดย".
    {"द्वारा: ", true}, {"द्वारा ", true}, {"מאת: ", true}, {"מאת ", true}, {"โดย ", true},
    // The writer's labels with their colon of Egyptian and Levantine papers
    // ("كتب: أحمد ...", "كتبت:": "wrote", a woman), Iranian agencies
    // ("خبرنگار:": reporter, "نویسنده:": writer), Greek sites ("Γράφει:":
    // "writes", both cases) and Thai ones ("ผู้เขียน:": writer).
    {"كتب: ", true}, {"كتبت: ", true}, {"خبرنگار: ", true}, {"نویسنده: ", true},
    {"Γράφει: ", true}, {"γράφει: ", true}, {"ผู้เขียน: ", true},
};

// A byline label alone (trailing colons aside), the name following it.
constexpr std::string_view kBylineLabels[] = {
    "author", "authors", "author(s)", "written by", "article by", "article written by", "post written by",
    "by", "contributors", "contributor", "autor", "auteur", "autore", "verfasser", "geschrieben von",
    "escrito por", "scritto da", "écrit par", "interview by", "interviewed by",
    "autorin", "autora", "autrice", "auteure", "submitted by", "posted by",
    "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80",  // автор, Автор
    // The labels of Finnish, Hungarian, Vietnamese, Indonesian, Turkish and
    // the Nordic languages (kBylineCues).
    "teksti", "szerz\xC5\x91", "t\xC3\xA1""c gi\xE1\xBA\xA3", "penulis", "yazar", "forfatter", "f\xC3\xB6rfattare",
    "kirjoittaja",
};

// Words of CMS account names, not of people's ("NOC Admin"; Avada's
// hidden vcard naming the account that posted, "webadmin").
constexpr std::string_view kAccountWords[] = {
    "admin", "administrator", "webmaster", "sysadmin", "superuser", "wpadmin", "siteadmin", "webadmin",
    // The same accounts in Chinese, Japanese, Korean and Arabic sites'
    // CMSes ("管理员", "小编": "the editor", "編集部": the desk, "관리자").
    "\u7ba1\u7406\u5458", "\u7ba1\u7406\u54e1", "\u7ba1\u7406\u4eba", "\u7ba1\u7406\u8005", "\u5c0f\u7f16",
    "\u5c0f\u7de8", "\u7f16\u8f91\u90e8", "\u7de8\u8f2f\u90e8", "\u7de8\u96c6\u90e8", "\uad00\ub9ac\uc790",
    "\uc6b4\uc601\uc790", "\u0627\u0644\u0645\u062f\u064a\u0631", "\u0627\u0644\u0645\u062d\u0631\u0631",
};

// Default logins that are also people's surnames ("root"; "Joe Root"):
// no writer when they are the whole credit, a word of a name otherwise.
constexpr std::string_view kLoginNames[] = {"root"};

// Words that make a credited name an organisation's, not a person's
// ("Northwind Media Group", "Springfield Newsroom Staff", "Acme Inc."):
// such a name is the publisher, never an author.
constexpr std::string_view kOrganisationWords[] = {
    "inc", "inc.", "llc", "ltd", "ltd.", "gmbh", "corp", "corp.", "corporation", "group", "media",
    "newsroom", "staff", "agency", "press", "editors", "team", "association", "foundation", "institute",
    "plc", "s.a.", "nursery", "nurseries", "studio", "studios", "magazine", "company", "publishing",
    "publishers", "collective", "partners", "organization", "organisation", "council", "committee",
    "commission",
    // A public body's: a town's or a ministry's ("Gemeente Utrecht", "the
    // Youth Ministry": a byline's or a role's, no person's name).
    "municipality", "gemeente", "gemeinde", "kommune", "comune", "ayuntamiento", "municipio", "prefeitura",
    "gmina", "ministry", "ministerium",
};

// Words that make a name after a writer's in a byline a news outlet's
// ("Jan Kowalski, Polska Agencja Prasowa", "Jane Doe, ABC News", "Anna
// Schmidt, Süddeutsche Zeitung"): words no person's name holds, in the
// languages lede reads (Russian in both cases: not ASCII).
constexpr std::string_view kNewsOutletWords[] = {
    "news", "newspaper", "press", "agency", "media", "magazine", "radio", "television", "tv", "broadcasting",
    "network", "publishing", "zeitung", "nachrichten", "presse", "agentur", "rundfunk", "fernsehen", "agence",
    "journal", "télévision", "prensa", "agencia", "noticias", "periódico", "diario", "agenzia", "notizie",
    "quotidiano", "stampa", "giornale", "gazzetta", "corriere", "agência", "notícias", "jornal", "imprensa", "nieuws", "dagblad", "krant",
    "omroep", "agencja", "prasowa", "gazeta", "wiadomości", "dziennik", "\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8",
    "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", "\xD0\xB3\xD0\xB0\xD0\xB7\xD0\xB5\xD1\x82\xD0\xB0",
    "\xD0\x93\xD0\xB0\xD0\xB7\xD0\xB5\xD1\x82\xD0\xB0",
    "\xD0\xB0\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE",
    "\xD0\x90\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE",
};
// Words that name an outlet only in a longer name or after "The" ("The
// Denver Post", "New York Times", "Los Angeles Times"): alone after a first
// name they are surnames too ("Emily Post").
constexpr std::string_view kNewsOutletTitleWords[] = {
    "times", "post", "herald", "tribune", "gazette", "daily", "courier", "chronicle", "observer", "telegraph",
    "guardian", "independent", "examiner", "inquirer", "globe", "star", "sun", "mirror", "express", "record",
    "register", "bulletin", "dispatch", "reporter", "review", "standard", "weekly", "monitor", "sentinel",
    // (And a paper's edition, beside another: "Denver Evening Post".)
    "evening", "morning", "sunday",
};

// Words that open a place's name of several words ("New York", "Los
// Angeles", "San Francisco", "Rio de Janeiro", "North Carolina", "Hong
// Kong"), close one ("Mexico City", "Palm Springs", "Cape Town") or join
// its words where a person's name never does ("Frankfurt am Main",
// "Newcastle upon Tyne"): the place a writer files from, set after the
// name in a byline ("Jane Doe, New York").
constexpr std::string_view kPlaceOpeningWords[] = {
    "new", "nueva", "nuevo", "nova", "novo", "nowy", "nowa", "los", "las", "san", "santa", "santo", "são", "saint",
    "st.", "sankt", "fort", "port", "mount", "rio", "río", "buenos", "hong", "tel", "kuala", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "united", "upper", "lower", "greater", "cape",
    "lake", "salt", "grand", "palm", "bad", "baton", "ciudad", "puerto", "costa", "sri", "abu", "addis",
};
// (Of those, the ones that are also given names: "Santa Montefiore", "Rio
// Ferdinand", "Costa Ronin", "Nova Smith", "Lake Bell".)
constexpr std::string_view kPlaceOpeningGivenNames[] = {"santa", "santo", "rio", "río", "costa", "nova", "novo", "lake"};
constexpr std::string_view kPlaceClosingWords[] = {
    "city", "county", "beach", "springs", "falls", "island", "islands", "bay", "valley", "heights", "harbor",
    "harbour", "town", "village", "creek", "rapids", "coast", "republic", "kingdom", "states", "emirates",
    "province", "region", "district", "territory",
};
// (Of the small words inside a place's name, IsPlaceNameParticle, those no
// person's name holds.)
constexpr std::string_view kPlaceJoiningWords[] = {"am", "an", "upon", "sur", "im"};
// Of the closing words, the ones that are also surnames ("Michael Bay",
// "Adam Beach", "Robert Falls"), and common given names that open no
// well-known place before one of them (so not "Virginia", "Myrtle",
// "Victoria", "Byron", "Hudson", "Hunter", "Dawson": "Virginia Beach",
// "Victoria Falls", "Byron Bay" are places): a given name, then such a
// word, is a person, not the place a writer files from ("Jane Doe, Michael
// Bay"; "Jane Doe, Tampa Bay" is a place).
constexpr std::string_view kPlaceClosingSurnames[] = {"bay", "beach", "falls", "creek", "valley"};
constexpr std::string_view kCommonGivenNames[] = {
    "aaron", "adam", "alan", "albert", "alex", "alexander", "alice", "amanda", "amy", "andrea", "andrew",
    "angela", "ann", "anna", "anne", "anthony", "arthur", "ashley", "barbara", "ben", "benjamin", "betty",
    "bill", "billy", "bob", "brandon", "brenda", "brian", "bruce", "carl", "carol", "caroline", "catherine",
    "charles", "chris", "christina", "christine", "christopher", "cynthia", "dan", "daniel", "danielle", "dave",
    "david", "deborah", "dennis", "diana", "diane", "donald", "donna", "dorothy", "douglas", "edward", "emily",
    "emma", "eric", "frank", "gary", "george", "grace", "gregory", "hannah", "harold", "harry", "heather",
    "helen", "henry", "jack", "jacob", "james", "jane", "janet", "jason", "jean", "jeff", "jeffrey", "jennifer",
    "jeremy", "jerry", "jessica", "jim", "joe", "john", "jonathan", "joseph", "joshua", "joyce", "judith",
    "julia", "julie", "justin", "karen", "kate", "katherine", "kathleen", "keith", "kelly", "kenneth", "kevin",
    "kimberly", "larry", "laura", "lauren", "linda", "lisa", "louis", "lucy", "margaret", "maria", "marie",
    "mark", "martha", "mary", "matt", "matthew", "megan", "melissa", "michael", "michelle", "mike", "nancy",
    "nathan", "nicholas", "nick", "nicole", "noah", "olivia", "pamela", "patricia", "patrick", "paul", "peter",
    "philip", "rachel", "ralph", "raymond", "rebecca", "richard", "robert", "roger", "ronald", "ruth", "ryan",
    "sam", "samantha", "samuel", "sandra", "sarah", "scott", "sean", "sharon", "sophia", "stephanie", "stephen",
    "steve", "steven", "susan", "terry", "thomas", "tim", "timothy", "tom", "tony", "tyler", "walter",
    "william",
    // The other languages lede reads dates in, lower case (folded as
    // EqualsFolded folds: "Łukasz", "СЕРГЕЙ"); a name written alike in two
    // languages is listed once.
    // German:
    "hans", "jürgen", "klaus", "wolfgang", "stefan", "andreas", "uwe", "dieter", "günter", "günther", "helmut",
    "horst", "karl", "heinz", "werner", "jörg", "markus", "matthias", "sebastian", "tobias", "florian", "lukas",
    "felix", "jonas", "maximilian", "ursula", "sabine", "petra", "monika", "claudia", "susanne", "birgit",
    "katrin", "stefanie", "anja", "kerstin", "heike", "gabriele", "brigitte", "renate", "ingrid", "karin",
    "lena", "lea", "jana", "katharina",
    // French:
    "pierre", "michel", "philippe", "alain", "nicolas", "christophe", "françois", "laurent", "frédéric", "éric",
    "julien", "sébastien", "olivier", "thierry", "stéphane", "vincent", "antoine", "guillaume", "mathieu",
    "céline", "nathalie", "isabelle", "sylvie", "sophie", "valérie", "sandrine", "véronique", "aurélie",
    "camille", "chloé", "manon", "léa", "élodie", "émilie", "hélène", "françoise", "monique", "martine",
    // Spanish:
    "josé", "antonio", "manuel", "francisco", "juan", "javier", "carlos", "miguel", "rafael", "pedro", "pablo",
    "alejandro", "fernando", "sergio", "jorge", "alberto", "luis", "diego", "raúl", "enrique", "ramón",
    "vicente", "andrés", "carmen", "lucía", "isabel", "ana", "cristina", "marta", "elena", "pilar", "paula",
    "sara", "raquel", "beatriz", "silvia", "mercedes",
    // Italian:
    "giuseppe", "giovanni", "marco", "francesco", "alessandro", "luca", "stefano", "roberto", "paolo", "matteo",
    "lorenzo", "davide", "simone", "federico", "riccardo", "massimo", "fabio", "giorgio", "salvatore",
    "vincenzo", "antonella", "giulia", "francesca", "chiara", "valentina", "alessandra", "federica", "elisa",
    "martina", "giorgia", "paola", "roberta", "simona",
    // Portuguese:
    "joão", "antónio", "antônio", "paulo", "lucas", "gabriel", "tiago", "thiago", "rui", "nuno", "luís",
    "gonçalo", "bruno", "marcos", "fernanda", "mariana", "inês", "joana", "patrícia", "juliana", "camila",
    "larissa", "letícia", "adriana", "cláudia", "sofia", "leonor",
    // Dutch:
    "jan", "pieter", "jeroen", "bas", "sander", "thijs", "maarten", "daan", "kees", "henk", "wim", "gerrit",
    "willem", "johannes", "hendrik", "joost", "ruud", "bram", "ruben", "niels", "anouk", "sanne", "lotte",
    "femke", "eva", "lieke", "marieke", "inge", "annemarie", "els", "marloes", "fleur",
    // Polish:
    "piotr", "krzysztof", "andrzej", "tomasz", "paweł", "marcin", "michał", "łukasz", "jakub", "mateusz",
    "marek", "grzegorz", "jarosław", "wojciech", "kamil", "maciej", "rafał", "dariusz", "katarzyna",
    "małgorzata", "agnieszka", "ewa", "krystyna", "magdalena", "elżbieta", "joanna", "aleksandra", "zofia",
    "natalia", "karolina", "dorota", "beata", "justyna",
    // Russian, in Cyrillic:
    "александр", "сергей", "дмитрий", "андрей", "алексей", "максим", "евгений", "иван", "михаил", "николай",
    "владимир", "игорь", "павел", "олег", "артём", "артем", "роман", "виктор", "юрий", "анна", "мария", "елена",
    "ольга", "наталья", "екатерина", "татьяна", "ирина", "светлана", "анастасия", "юлия", "дарья",
    "людмила", "галина", "ксения",
};

// Words that head a public body's or a school's name ("Center for Drug
// Evaluation and Research", "Department of Health and Human Services"):
// the "and" inside such a name joins its fields, not two people.
constexpr std::string_view kInstitutionWords[] = {
    "center", "centre", "institute", "university", "association", "department", "council", "office",
    "ministry", "commission", "bureau", "agency", "foundation", "society", "college", "school", "academy",
    "division", "administration", "laboratory", "museum", "library", "federation", "authority",
};

// A company's legal form after its name ("Acme, Inc.", "Northwind, Ltd"):
// what a comma sets off after a company's name, never a person's name.
constexpr std::string_view kLegalFormWords[] = {
    "inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "gmbh", "corp", "corp.", "plc", "s.a.", "pty", "b.v.",
    "llp", "s.r.l.", "srl", "sarl", "s.a.s.",
};
// (Not two-letter forms, "AB", "AG": a person's initials after a comma,
// "Doe, JA", look the same.)

// The local parts of a role's mailbox ("newsdesk@...", "info@..."): a desk,
// not a person.
constexpr std::string_view kRoleMailboxes[] = {
    "newsdesk", "news", "info", "editor", "editors", "editorial", "contact", "press", "admin", "webmaster",
    "noreply", "no-reply", "support", "hello", "office", "desk", "newsroom", "team", "mail", "media",
    "letters", "tips", "feedback", "marketing", "sales", "help", "staff", "enquiries", "inquiries",
};

// Verbs that follow a writer's name at the start of an author box's bio
// ("Jane Doe is a travel writer", "Jane Doe has covered ..."), and the
// bios' verbs in other languages ("... è agronoma", "... est journaliste",
// "... ist Redakteurin", "... jest dziennikarką").
constexpr std::string_view kBioVerbs[] = {
    "is", "was", "has", "writes", "works", "leads", "joined", "serves", "covers", "holds",
    "\xC3\xA8", "era", "ha", "est", "ist", "war", "hat", "fue", "\xC3\xA9", "foi", "jest", "by\xC5\x82",
    "\xC3\xA4r", "var",
};

// Words of job titles (a byline's description of the person).
constexpr std::string_view kJobTitleWords[] = {
    "director", "manager", "editor", "writer", "analyst", "reporter", "correspondent", "columnist",
    "contributor", "producer", "officer", "president", "founder", "cofounder", "co-founder", "ceo",
    "cto", "cfo", "cmo", "head", "lead", "engineer", "specialist", "consultant", "strategist",
    "professor", "researcher", "scientist", "developer", "designer", "attorney", "lawyer",
    "journalist", "chief", "senior", "associate", "assistant", "principal", "partner", "coordinator",
    "intern", "expert", "advisor", "adviser", "owner", "vp", "svp", "evp", "marketing", "content",
    "editor-in-chief",
    // Plural, a desk's role after the names ("By Jane Doe and John Smith,
    // Staff Writers").
    "writers", "reporters", "correspondents", "contributors", "columnists",
    // (And the role nouns of other languages, kForeignRoleNouns.)
};

// A newsroom's role nouns in the other languages bylines come in ("Von
// Anna Schmidt, Redakteurin", "Par Marie Dubois, correspondante", "Di Marco
// Rossi, inviato"): job title words and role nouns both.
constexpr std::string_view kForeignRoleNouns[] = {
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin", "journalistin",
    "autorin", "chefredakteur", "chefredakteurin", "volont\xC3\xA4r", "volont\xC3\xA4rin",
    "r\xC3\xA9""dacteur", "r\xC3\xA9""dactrice", "journaliste", "correspondante", "chroniqueur", "chroniqueuse",
    "envoy\xC3\xA9", "envoy\xC3\xA9""e", "redactor", "redactora", "periodista", "corresponsal", "cronista",
    "columnista", "giornalista", "corrispondente", "redattore", "redattrice", "inviato", "inviata",
    "editorialista", "jornalista", "correspondente", "rep\xC3\xB3rter", "colunista", "redacteur",
    "redactrice", "verslaggever", "dziennikarz", "dziennikarka",
    "redaktor", "redaktorka", "korespondent", "korespondentka", "report\xC3\xA9r", "report\xC3\xA9rka",
    "novin\xC3\xA1\xC5\x99", "novin\xC3\xA1\xC5\x99ka", "toimittaja", "reportteri", "kirjeenvaihtaja",
    "muhabir", "gazeteci", "muhabiri", "ziarist", "corespondent", "rip\xC3\xB3ter",
    "\xD0\xBA\xD0\xBE\xD1\x80\xD1\x80\xD0\xB5\xD1\x81\xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82",  // корреспондент
    "\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82",  // журналист
    "\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB7\xD1\x80\xD0\xB5\xD0\xB2\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C",  // обозреватель
    "\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x82\xD0\xBE\xD1\x80",  // редактор
    "\xD0\xBA\xD0\xBE\xD1\x80\xD0\xB5\xD1\x81\xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82",  // кореспондент (uk)
    // The paper's desk after a name ("Von Anna Schmidt, Redaktion", "Par
    // Marie Dubois, rédaction"), as "Staff" is.
    "redaktion", "r\xC3\xA9""daction", "redacci\xC3\xB3n", "redazione", "reda\xC3\xA7\xC3\xA3o", "redactie",
    "redakcja", "redakce", "toimitus",
};

// Professions a byline states after the name ("By Tracy Parker, Dietitian",
// "Sam Lee, Licensed Psychologist"), in the languages bylines come in: a
// qualification, as "MD" is, kept with the name (IsProfessionCredit), no
// second author. (Job title words too.)
constexpr std::string_view kProfessionWords[] = {
    "dietitian", "dietician", "nutritionist", "psychologist", "psychotherapist", "therapist",
    "psychiatrist", "counselor", "counsellor", "pharmacist", "nurse", "physician", "pediatrician",
    "paediatrician", "dermatologist", "cardiologist", "physiotherapist", "dentist", "surgeon",
    "veterinarian", "midwife", "accountant", "psychologe", "psychologin", "therapeut", "therapeutin",
    "apotheker", "apothekerin", "psychotherapeut", "psychotherapeutin", "psychologue", "nutritionniste",
    "pharmacien", "pharmacienne", "psicologo", "psic\xC3\xB3logo", "psic\xC3\xB3loga", "nutricionista",
    "farmac\xC3\xA9utico", "farmac\xC3\xA9utica", "psicologa", "nutrizionista", "farmacista", "psycholoog",
    "di\xC3\xABtist",
    // The trades a how-to site's expert co-writer holds ("Licensed
    // Plumber", "Master Electrician", "Certified Arborist").
    "plumber", "electrician", "mechanic", "arborist", "contractor", "technician",
};
// Words that license or qualify a profession ("Licensed Psychologist",
// "Registered Nurse", "Physical Therapist"), before one only.
constexpr std::string_view kProfessionQualifiers[] = {
    "licensed", "registered", "certified", "clinical", "physical", "counseling", "counselling", "mental",
    "health", "financial", "family", "child", "sports", "master",
};

// Job title words that end a title and are nobody's surname ("Senior
// Editor", not "Head" or "Partner"): a run of job title words ending in one
// after a name is the person's role run into it (RoleAfterName).
constexpr std::string_view kRoleNouns[] = {
    "editor", "writer", "reporter", "correspondent", "columnist", "contributor", "journalist", "producer",
    "analyst", "director", "manager", "editor-in-chief", "engineer", "developer", "designer", "founder",
    "cofounder", "co-founder", "ceo", "consultant", "specialist", "strategist", "researcher", "scientist",
    "professor", "coordinator",
    // (And the role nouns of other languages, kForeignRoleNouns.)
    // (And every profession, IsRoleNoun: "Jane Doe Registered Dietitian",
    // an author box's lines joined.)
};

// Beats and desks that qualify a role noun ("Sports Reporter", "Health
// Editor"): cut with the role after a name (RoleAfterName), never left on
// the name as if a surname.
constexpr std::string_view kBeatWords[] = {
    "sports", "health", "politics", "political", "business", "science", "tech", "technology", "travel",
    "food", "arts", "climate", "news", "opinion", "entertainment", "culture", "education", "environment",
    "environmental", "finance", "fashion", "lifestyle", "weather", "crime", "investigative", "features",
    "markets", "economics", "energy", "legal", "medical", "digital", "photo", "video", "social", "media",
    // A paper's own staff ("Staff Writer", "Staff Reporter").
    "staff",
};

// Controls printed after the name in a byline ("Jane Doe Follow"): no part
// of it.
constexpr std::string_view kBylineControlWords[] = {"follow", "unfollow", "share", "subscribe"};
// The labels of an event's details box ("Venue Riverside Arts Centre",
// "Where: Town Hall", "Tickets $10"), in several languages: a box a
// calendar plugin classes "event-meta" is read for a byline, but a line
// opening on such a label names a place, a time or a price, no writer.
constexpr std::string_view kEventDetailLabels[] = {
    "venue", "location", "when", "where", "tickets", "ticket", "address", "organizer", "organiser",
    "lieu", "billets", "ort", "veranstaltungsort", "wann", "lugar", "entradas", "cuando",
    "donde", "d\xC3\xB3nde", "luogo", "biglietti", "locatie", "waar",
};
// The stamp words: one table of the words of date stamps, bylines and names
// that several rules read, each written once with its languages
// (WordLanguage) and the roles it plays; each rule reads the words of its
// roles (StampWordsWith, StampEntriesWith: lists made at compile time).
enum StampRole : uint16_t {
  // May stand on a stamp's line beside its date (IsStampLineWord, read by
  // IsDateLine): weekdays whole and cut, publication and update cues, a
  // date's labels ("Datum:", "Fecha de publicación:"), clock and zone words
  // ("13:03 Uhr", "à 13h03", "alle 13:03", "GMT"), small words ("on", "de",
  // "the"), CJK and Vietnamese date units.
  kRoleStampLine = 1u << 0,
  // Starts the date part of a byline wherever it stands (IsWeekdayOrDateCue):
  // a weekday (not one that is a name or a word too: kRoleStoppedWeekday),
  // or a publication or update cue newsrooms print beside the name ("Par
  // Julien Moreau Publié le 4 juin", "Von Eva Lund Mittwoch, 3. Dezember").
  // (Capitals outside ASCII are listed: that lookup folds ASCII only.)
  kRoleDateStart = 1u << 1,
  // A weekday cut short, a given name too ("Tran Thu Ha", "Lee Sun Hee"):
  // a date's start only before a date or with its stop (IsShortWeekday).
  kRoleShortWeekday = 1u << 2,
  // A weekday that is a name or another word too ("Domingo", "Sabato",
  // German "Mi.", Dutch "vr"): a byline's date part starts on one only
  // right before the date (IsStoppedWeekday).
  kRoleStoppedWeekday = 1u << 3,
  // Opens a publication stamp and names the first publication, found
  // anywhere in a line ("Updated: May 3 | Published: May 1":
  // PublishedCueAt); opens a stamp (StartsWithPublicationCue).
  kRolePublished = 1u << 4,
  // Opens a publication stamp only ("Updated", "Last modified", "Date"):
  // StartsWithPublicationCue.
  kRoleStampCue = 1u << 5,
  // Joins the last two names of a list of authors ("Ann Lee, Bo Park and
  // Cy Moe"; Russian "и", Czech and Slovak "a", Finnish "ja", Turkish "ve",
  // Romanian "și"/"şi", Hungarian "és", Ukrainian "та"/"і", Greek "και",
  // Indonesian "dan", Vietnamese "và": kAuthorListSeparators splits on the
  // same words): IsNameListJoiner, ASCII case folded.
  kRoleJoiner = 1u << 6,
  // A lower-case word inside a person's name ("Ludwig van Beethoven",
  // "Maria da Silva") or between names ("Jane Doe and John Smith"): any
  // other lower-case word among capitalized ones makes a phrase, not a
  // name (IsNameParticle, exact). The joiners but "&", Russian "и" and
  // Czech "a" (English's article too: "Leave a Comment" is no name).
  kRoleParticle = 1u << 7,
  // A month of the Persian (Solar Hijri) calendar, as Iranian and Afghan
  // sites print a story's stamp ("۲۲ اردیبهشت ۱۴۰۴ - ۱۰:۳۰"), and the
  // other words such a line holds (IsJalaliMonth, IsJalaliStampWord).
  kRoleJalaliMonth = 1u << 8,
  kRoleJalaliWord = 1u << 9,
  // Sets a time after a date or an update's cue, and is a small word of
  // running text elsewhere (Polish "o": "12 maja 2025 o 14:30",
  // "Zaktualizowano o 13:40"; Spanish and Italian "or", Portuguese "the"):
  // a stamp's word only right before the clock (IsClockLeadWord), never on
  // its own as IsStampLineWord's are.
  kRoleClockLead = 1u << 10,
};
struct StampWord {
  std::string_view word;
  uint32_t langs;   // WordLanguage bits
  uint16_t roles;   // StampRole bits
};
// Lower case, but where a role's lookup does not fold the word's capitals
// (kRoleDateStart, kRolePublished, kRoleStampCue outside ASCII). Each word
// once (static_assert below).
// clang-format off
constexpr StampWord kStampWords[] = {
    // English
    {"published", kEn, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"updated", kEn, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    {"posted", kEn, kRoleStampLine | kRoleDateStart | kRolePublished}, {"last", kEn, kRoleStampLine | kRoleDateStart},
    {"first", kEn, kRoleStampLine}, {"modified", kEn, kRoleStampLine}, {"on", kEn, kRoleStampLine | kRoleDateStart},
    {"at", kEn, kRoleStampLine}, {"date", kEn | kFr, kRoleStampLine | kRoleStampCue},
    {"am", kEn | kDe, kRoleStampLine}, {"pm", kEn, kRoleStampLine}, {"a.m", kEn, kRoleStampLine},
    {"p.m", kEn, kRoleStampLine}, {"the", kEn, kRoleStampLine}, {"gmt", kEn, kRoleStampLine},
    {"utc", kEn, kRoleStampLine}, {"est", kEn, kRoleStampLine}, {"edt", kEn, kRoleStampLine},
    {"cst", kEn, kRoleStampLine}, {"cdt", kEn, kRoleStampLine}, {"pst", kEn, kRoleStampLine},
    {"pdt", kEn, kRoleStampLine}, {"ist", kEn, kRoleStampLine}, {"cet", kEn, kRoleStampLine},
    {"cest", kEn, kRoleStampLine}, {"bst", kEn, kRoleStampLine},
    // The US zones a local paper's stamp names, bare or standard
    // ("Published 5:12 a.m. CT Sept. 18, 2025": Gannett's papers).
    {"ct", kEn, kRoleStampLine}, {"mt", kEn, kRoleStampLine}, {"mst", kEn, kRoleStampLine},
    {"mdt", kEn, kRoleStampLine},
    {"et", kEn | kFr, kRoleStampLine | kRoleJoiner | kRoleParticle}, {"pt", kEn | kPl, kRoleStampLine},
    {"of", kEn, kRoleStampLine}, {"th", kEn, kRoleStampLine}, {"st", kEn, kRoleStampLine},
    {"nd", kEn, kRoleStampLine}, {"rd", kEn, kRoleStampLine}, {"monday", kEn, kRoleStampLine | kRoleDateStart},
    {"tuesday", kEn, kRoleStampLine | kRoleDateStart}, {"wednesday", kEn, kRoleStampLine | kRoleDateStart},
    {"thursday", kEn, kRoleStampLine | kRoleDateStart}, {"friday", kEn, kRoleStampLine | kRoleDateStart},
    {"saturday", kEn, kRoleStampLine | kRoleDateStart}, {"sunday", kEn, kRoleStampLine | kRoleDateStart},
    {"mon", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday},
    {"tue", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday},
    {"tues", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday},
    {"wed", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday},
    {"thu", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday},
    {"thur", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday}, {"thurs", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday},
    {"fri", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday},
    {"sat", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday},
    {"sun", kEn, kRoleStampLine | kRoleDateStart | kRoleShortWeekday}, {"hrs", kEn, kRoleStampLine},
    {"publication", kEn | kFr, kRoleStampLine}, {"and", kEn, kRoleJoiner | kRoleParticle}, {"&", kEn, kRoleJoiner},
    {"st.", kEn, kRoleParticle}, {"last updated", kEn, kRoleStampCue}, {"last modified", kEn, kRoleStampCue},
    {"first published", kEn, kRoleStampCue}, {"originally published", kEn, kRoleStampCue},
    {"publication date", kEn, kRoleStampCue}, {"date published", kEn, kRoleStampCue},
    // German
    {"um", kDe, kRoleStampLine}, {"veröffentlicht", kDe, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"aktualisiert", kDe, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"uhr", kDe, kRoleStampLine},
    {"stand", kDe, kRoleStampLine | kRoleStampCue}, {"zuletzt", kDe, kRoleStampLine},
    {"erstellt", kDe, kRoleStampLine}, {"verfasst", kDe, kRoleStampLine}, {"geändert", kDe, kRoleStampLine}, {"datum", kDe | kNl, kRoleStampLine},
    {"letzte", kDe, kRoleStampLine}, {"aktualisierung", kDe, kRoleStampLine},
    {"montag", kDe, kRoleStampLine | kRoleDateStart}, {"dienstag", kDe, kRoleStampLine | kRoleDateStart},
    {"mittwoch", kDe, kRoleStampLine | kRoleDateStart}, {"donnerstag", kDe, kRoleStampLine | kRoleDateStart},
    {"freitag", kDe, kRoleStampLine | kRoleDateStart}, {"samstag", kDe, kRoleStampLine | kRoleDateStart},
    {"sonnabend", kDe, kRoleStampLine | kRoleDateStart}, {"sonntag", kDe, kRoleStampLine | kRoleDateStart},
    {"mo", kDe, kRoleStampLine | kRoleStoppedWeekday},
    {"di", kDe | kIt | kNl, kRoleStampLine | kRoleStoppedWeekday | kRoleParticle},
    {"mi", kDe, kRoleStampLine | kRoleStoppedWeekday}, {"do", kDe | kPt | kNl, kRoleStampLine | kRoleStoppedWeekday},
    {"fr", kDe, kRoleStampLine}, {"sa", kDe, kRoleStampLine | kRoleStoppedWeekday},
    {"so", kDe, kRoleStampLine | kRoleStoppedWeekday}, {"und", kDe, kRoleJoiner | kRoleParticle},
    {"von", kDe, kRoleParticle}, {"der", kDe | kNl, kRoleParticle},
    {"den", kDe | kNl | kSv | kDa | kNo, kRoleStampLine | kRoleParticle}, {"zu", kDe, kRoleParticle},
    // French
    {"le", kFr, kRoleStampLine | kRoleParticle}, {"publié", kFr, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"publiée", kFr, kRoleStampLine | kRoleDateStart}, {"mis", kFr, kRoleStampLine}, {"à", kFr, kRoleStampLine},
    {"jour", kFr, kRoleStampLine}, {"mise", kFr, kRoleStampLine}, {"modification", kFr, kRoleStampLine}, {"modifié", kFr, kRoleStampLine | kRoleDateStart},
    {"actualisé", kFr, kRoleStampLine}, {"h", kFr, kRoleStampLine}, {"dernière", kFr, kRoleStampLine},
    {"lundi", kFr, kRoleStampLine | kRoleDateStart}, {"mardi", kFr, kRoleStampLine | kRoleDateStart},
    {"mercredi", kFr, kRoleStampLine | kRoleDateStart}, {"jeudi", kFr, kRoleStampLine | kRoleDateStart},
    {"vendredi", kFr, kRoleStampLine | kRoleDateStart}, {"samedi", kFr, kRoleStampLine | kRoleDateStart},
    {"dimanche", kFr, kRoleStampLine | kRoleDateStart}, {"lun", kFr, kRoleStampLine}, {"mer", kFr, kRoleStampLine},
    {"jeu", kFr, kRoleStampLine}, {"ven", kFr, kRoleStampLine}, {"sam", kFr, kRoleStampLine},
    {"dim", kFr, kRoleStampLine}, {"de", kFr | kEs | kPt, kRoleStampLine | kRoleParticle}, {"du", kFr, kRoleParticle},
    {"la", kFr | kEs | kIt, kRoleParticle}, {"mis à jour", kFr, kRoleStampCue},
    // Spanish
    {"del", kEs | kIt, kRoleStampLine | kRoleParticle}, {"el", kEs | kAr, kRoleStampLine | kRoleParticle},
    {"las", kEs, kRoleStampLine}, {"a", kEs | kCs | kSk, kRoleStampLine | kRoleJoiner},
    {"actualizado", kEs, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    {"actualizada", kEs, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    {"publicado", kEs | kPt, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"publicada", kEs | kPt, kRoleStampLine | kRoleDateStart | kRolePublished}, {"fecha", kEs, kRoleStampLine},
    {"publicación", kEs, kRoleStampLine}, {"última", kEs | kPt, kRoleStampLine},
    {"actualización", kEs, kRoleStampLine}, {"lunes", kEs, kRoleStampLine | kRoleDateStart},
    {"martes", kEs, kRoleStampLine | kRoleDateStart}, {"miércoles", kEs, kRoleStampLine | kRoleDateStart},
    {"jueves", kEs, kRoleStampLine | kRoleDateStart}, {"viernes", kEs, kRoleStampLine | kRoleDateStart},
    {"sábado", kEs | kPt, kRoleStampLine | kRoleStoppedWeekday},
    {"domingo", kEs | kPt, kRoleStampLine | kRoleStoppedWeekday}, {"mié", kEs, kRoleStampLine},
    {"jue", kEs, kRoleStampLine}, {"vie", kEs, kRoleStampLine}, {"sáb", kEs | kPt, kRoleStampLine},
    {"dom", kEs | kPt, kRoleStampLine}, {"y", kEs, kRoleJoiner | kRoleParticle},
    // Italian
    {"il", kIt, kRoleStampLine}, {"alle", kIt, kRoleStampLine}, {"ore", kIt, kRoleStampLine},
    {"pubblicato", kIt, kRoleStampLine | kRoleDateStart | kRolePublished}, {"pubblicata", kIt, kRoleStampLine},
    {"aggiornato", kIt, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"aggiornata", kIt, kRoleStampLine},
    // (A help centre's "Modificato il: Mar, 4 Feb, 2025": Freshdesk's.)
    {"modificato", kIt, kRoleStampLine | kRoleDateStart}, {"modificata", kIt, kRoleStampLine},
    {"data", kIt | kPt | kPl, kRoleStampLine}, {"pubblicazione", kIt, kRoleStampLine},
    {"ultima", kIt, kRoleStampLine}, {"ultimo", kIt, kRoleStampLine}, {"aggiornamento", kIt, kRoleStampLine},
    {"lunedì", kIt, kRoleStampLine | kRoleDateStart}, {"martedì", kIt, kRoleStampLine | kRoleDateStart},
    {"mercoledì", kIt, kRoleStampLine | kRoleDateStart}, {"giovedì", kIt, kRoleStampLine | kRoleDateStart},
    {"venerdì", kIt, kRoleStampLine | kRoleDateStart}, {"sabato", kIt, kRoleStampLine | kRoleStoppedWeekday},
    {"domenica", kIt, kRoleStampLine | kRoleStoppedWeekday}, {"gio", kIt, kRoleStampLine},
    {"sab", kIt, kRoleStampLine}, {"da", kIt | kPt, kRoleParticle}, {"della", kIt, kRoleParticle},
    {"e", kIt | kPt, kRoleJoiner | kRoleParticle},
    // Portuguese
    {"em", kPt, kRoleStampLine}, {"às", kPt, kRoleStampLine},
    {"atualizado", kPt, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    {"atualizada", kPt, kRoleStampLine | kRoleDateStart}, {"postado", kPt, kRoleStampLine},
    {"publicação", kPt, kRoleStampLine}, {"atualização", kPt, kRoleStampLine}, {"segunda", kPt, kRoleStampLine},
    {"terça", kPt, kRoleStampLine}, {"quarta", kPt, kRoleStampLine}, {"quinta", kPt, kRoleStampLine},
    {"sexta", kPt, kRoleStampLine}, {"feira", kPt, kRoleStampLine}, {"seg", kPt, kRoleStampLine},
    {"ter", kPt | kNl, kRoleStampLine | kRoleParticle}, {"qua", kPt, kRoleStampLine}, {"qui", kPt, kRoleStampLine},
    {"sex", kPt, kRoleStampLine}, {"segunda-feira", kPt, kRoleDateStart}, {"terça-feira", kPt, kRoleDateStart},
    {"quarta-feira", kPt, kRoleDateStart}, {"quinta-feira", kPt, kRoleDateStart},
    {"sexta-feira", kPt, kRoleDateStart}, {"das", kPt, kRoleParticle}, {"dos", kPt, kRoleParticle},
    // Dutch
    {"op", kNl, kRoleStampLine}, {"om", kNl, kRoleStampLine},
    {"gepubliceerd", kNl, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"bijgewerkt", kNl, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"laatst", kNl, kRoleStampLine},
    {"geplaatst", kNl, kRoleStampLine}, {"gewijzigd", kNl, kRoleStampLine}, {"laatste", kNl, kRoleStampLine},
    {"maandag", kNl, kRoleStampLine | kRoleDateStart}, {"dinsdag", kNl, kRoleStampLine | kRoleDateStart},
    {"woensdag", kNl, kRoleStampLine | kRoleDateStart}, {"donderdag", kNl, kRoleStampLine | kRoleDateStart},
    {"vrijdag", kNl, kRoleStampLine | kRoleDateStart}, {"zaterdag", kNl, kRoleStampLine | kRoleDateStart},
    {"zondag", kNl, kRoleStampLine | kRoleDateStart}, {"ma", kNl, kRoleStampLine | kRoleStoppedWeekday},
    {"wo", kNl, kRoleStampLine | kRoleStoppedWeekday}, {"vr", kNl, kRoleStampLine | kRoleStoppedWeekday},
    {"za", kNl, kRoleStampLine | kRoleStoppedWeekday}, {"zo", kNl, kRoleStampLine | kRoleStoppedWeekday},
    {"en", kNl, kRoleJoiner | kRoleParticle}, {"van", kNl, kRoleParticle}, {"ten", kNl, kRoleParticle},
    // Polish
    {"opublikowano", kPl, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"zaktualizowano", kPl, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"aktualizacja", kPl, kRoleStampLine},
    {"r", kPl, kRoleStampLine}, {"o", kPl, kRoleClockLead}, {"godz", kPl, kRoleStampLine}, {"dodano", kPl, kRoleStampLine},
    // (phpBB's post stamp: "Napisane: 27 lip 2024, o 19:42".)
    {"napisane", kPl, kRoleStampLine}, {"napisano", kPl, kRoleStampLine},
    {"publikacji", kPl, kRoleStampLine}, {"publicacji", kPl, kRoleStampLine}, {"aktualizacji", kPl, kRoleStampLine},
    {"poniedziałek", kPl, kRoleStampLine | kRoleDateStart}, {"wtorek", kPl, kRoleStampLine | kRoleDateStart},
    {"środa", kPl, kRoleStampLine | kRoleDateStart}, {"Środa", kPl, kRoleDateStart},
    {"czwartek", kPl, kRoleStampLine | kRoleDateStart}, {"piątek", kPl, kRoleStampLine | kRoleDateStart},
    {"sobota", kPl, kRoleStampLine | kRoleDateStart}, {"niedziela", kPl, kRoleStampLine | kRoleDateStart},
    {"pon", kPl, kRoleStampLine}, {"wt", kPl, kRoleStampLine}, {"śr", kPl, kRoleStampLine},
    {"czw", kPl, kRoleStampLine}, {"sob", kPl, kRoleStampLine}, {"niedz", kPl, kRoleStampLine},
    {"ndz", kPl, kRoleStampLine}, {"i", kPl | kSv, kRoleJoiner | kRoleParticle},
    // Russian
    {"опубликовано", kRu, kRoleStampLine | kRolePublished}, {"Опубликовано", kRu, kRolePublished},
    {"обновлено", kRu, kRoleStampLine | kRoleStampCue}, {"Обновлено", kRu, kRoleStampCue}, {"в", kRu, kRoleStampLine},
    {"г", kRu, kRoleStampLine}, {"года", kRu, kRoleStampLine}, {"изменено", kRu, kRoleStampLine},
    {"дата", kRu, kRoleStampLine}, {"публикации", kRu, kRoleStampLine}, {"обновления", kRu, kRoleStampLine},
    {"понедельник", kRu, kRoleStampLine | kRoleDateStart}, {"Понедельник", kRu, kRoleDateStart},
    {"вторник", kRu, kRoleStampLine | kRoleDateStart}, {"Вторник", kRu, kRoleDateStart},
    {"среда", kRu, kRoleStampLine | kRoleDateStart}, {"Среда", kRu, kRoleDateStart},
    {"четверг", kRu, kRoleStampLine | kRoleDateStart}, {"Четверг", kRu, kRoleDateStart},
    {"пятница", kRu, kRoleStampLine | kRoleDateStart}, {"Пятница", kRu, kRoleDateStart},
    {"суббота", kRu, kRoleStampLine | kRoleDateStart}, {"Суббота", kRu, kRoleDateStart},
    {"воскресенье", kRu, kRoleStampLine | kRoleDateStart}, {"Воскресенье", kRu, kRoleDateStart},
    {"пн", kRu, kRoleStampLine}, {"вт", kRu, kRoleStampLine}, {"ср", kRu, kRoleStampLine},
    {"чт", kRu, kRoleStampLine}, {"сб", kRu, kRoleStampLine}, {"вс", kRu, kRoleStampLine}, {"и", kRu, kRoleJoiner},
    // Czech
    {"pondělí", kCs, kRoleStampLine | kRoleDateStart}, {"úterý", kCs, kRoleStampLine | kRoleDateStart},
    {"Úterý", kCs, kRoleDateStart}, {"středa", kCs, kRoleStampLine | kRoleDateStart},
    {"čtvrtek", kCs, kRoleStampLine | kRoleDateStart}, {"Čtvrtek", kCs, kRoleDateStart},
    {"pátek", kCs, kRoleStampLine | kRoleDateStart}, {"neděle", kCs, kRoleStampLine | kRoleDateStart},
    {"aktualizováno", kCs, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    {"publikováno", kCs, kRoleStampLine | kRoleDateStart | kRolePublished}, {"vydáno", kCs, kRoleStampLine},
    // Swedish
    {"måndag", kSv, kRoleStampLine | kRoleDateStart}, {"tisdag", kSv, kRoleStampLine | kRoleDateStart},
    {"onsdag", kSv | kDa | kNo, kRoleStampLine | kRoleDateStart},
    {"torsdag", kSv | kDa | kNo, kRoleStampLine | kRoleDateStart},
    {"fredag", kSv | kDa | kNo, kRoleStampLine | kRoleDateStart}, {"lördag", kSv, kRoleStampLine | kRoleDateStart},
    {"söndag", kSv, kRoleStampLine | kRoleDateStart}, {"kl", kSv | kDa | kNo, kRoleStampLine},
    {"publicerad", kSv, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"uppdaterad", kSv, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"och", kSv, kRoleJoiner | kRoleParticle},
    // ("Senast uppdaterad: 2 maj 2025", Danish and Norwegian "Senest
    // opdateret/oppdatert": "last", as German "zuletzt" and Dutch "laatst".)
    {"senast", kSv, kRoleStampLine}, {"senest", kDa | kNo, kRoleStampLine},
    {"af", kSv | kDa, kRoleParticle},
    // Danish
    {"mandag", kDa | kNo, kRoleStampLine | kRoleDateStart}, {"tirsdag", kDa | kNo, kRoleStampLine | kRoleDateStart},
    {"lørdag", kDa | kNo, kRoleStampLine | kRoleDateStart}, {"søndag", kDa | kNo, kRoleStampLine | kRoleDateStart},
    {"publiceret", kDa, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"opdateret", kDa, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    {"og", kDa | kNo, kRoleJoiner | kRoleParticle},
    // Norwegian
    {"publisert", kNo, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"oppdatert", kNo, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    // Finnish
    {"maanantai", kFi, kRoleStampLine | kRoleDateStart}, {"tiistai", kFi, kRoleStampLine | kRoleDateStart},
    {"keskiviikko", kFi, kRoleStampLine | kRoleDateStart}, {"torstai", kFi, kRoleStampLine | kRoleDateStart},
    {"perjantai", kFi, kRoleStampLine | kRoleDateStart}, {"lauantai", kFi, kRoleStampLine | kRoleDateStart},
    {"sunnuntai", kFi, kRoleStampLine | kRoleDateStart}, {"klo", kFi, kRoleStampLine},
    {"julkaistu", kFi, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"päivitetty", kFi, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"ja", kFi, kRoleJoiner | kRoleParticle},
    // Turkish
    {"pazartesi", kTr, kRoleStampLine | kRoleDateStart}, {"salı", kTr, kRoleStampLine | kRoleDateStart},
    {"çarşamba", kTr, kRoleStampLine | kRoleDateStart}, {"Çarşamba", kTr, kRoleDateStart},
    {"perşembe", kTr, kRoleStampLine | kRoleDateStart}, {"cuma", kTr, kRoleStampLine},
    {"cumartesi", kTr, kRoleStampLine | kRoleDateStart}, {"pazar", kTr, kRoleStampLine},
    {"yayınlanma", kTr, kRoleStampLine | kRoleDateStart | kRolePublished}, {"yayınlandı", kTr, kRoleStampLine | kRolePublished},
    {"güncelleme", kTr, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"tarihi", kTr, kRoleStampLine},
    {"ve", kTr, kRoleJoiner | kRoleParticle},
    // Romanian
    {"luni", kRo, kRoleStampLine}, {"marți", kRo, kRoleStampLine | kRoleDateStart},
    {"miercuri", kRo, kRoleStampLine | kRoleDateStart}, {"joi", kRo, kRoleStampLine},
    {"vineri", kRo, kRoleStampLine | kRoleDateStart}, {"sâmbătă", kRo, kRoleStampLine | kRoleDateStart},
    {"duminică", kRo, kRoleStampLine | kRoleDateStart},
    {"publicat", kRo, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"actualizat", kRo, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"ora", kRo, kRoleStampLine},
    {"și", kRo, kRoleJoiner | kRoleParticle}, {"şi", kRo, kRoleJoiner | kRoleParticle},
    // Hungarian
    {"hétfő", kHu, kRoleStampLine | kRoleDateStart}, {"kedd", kHu, kRoleStampLine | kRoleDateStart},
    {"szerda", kHu, kRoleStampLine | kRoleDateStart}, {"csütörtök", kHu, kRoleStampLine | kRoleDateStart},
    {"péntek", kHu, kRoleStampLine | kRoleDateStart}, {"szombat", kHu, kRoleStampLine | kRoleDateStart},
    {"vasárnap", kHu, kRoleStampLine | kRoleDateStart},
    {"frissítve", kHu, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    {"publikálva", kHu, kRoleStampLine | kRoleDateStart | kRolePublished}, {"és", kHu, kRoleJoiner | kRoleParticle},
    // Ukrainian
    {"понеділок", kUk, kRoleStampLine | kRoleDateStart}, {"Понеділок", kUk, kRoleDateStart},
    {"вівторок", kUk, kRoleStampLine | kRoleDateStart}, {"Вівторок", kUk, kRoleDateStart},
    {"середа", kUk, kRoleStampLine | kRoleDateStart}, {"Середа", kUk, kRoleDateStart},
    {"четвер", kUk, kRoleStampLine | kRoleDateStart}, {"Четвер", kUk, kRoleDateStart},
    {"п'ятниця", kUk, kRoleStampLine | kRoleDateStart}, {"П'ятниця", kUk, kRoleDateStart},
    {"субота", kUk, kRoleStampLine | kRoleDateStart}, {"Субота", kUk, kRoleDateStart},
    {"неділя", kUk, kRoleStampLine | kRoleDateStart}, {"Неділя", kUk, kRoleDateStart},
    {"опубліковано", kUk, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"Опубліковано", kUk, kRoleDateStart | kRolePublished},
    {"оновлено", kUk, kRoleStampLine | kRoleDateStart | kRoleStampCue},
    {"Оновлено", kUk, kRoleDateStart | kRoleStampCue}, {"р", kUk, kRoleStampLine},
    {"та", kUk, kRoleJoiner | kRoleParticle}, {"і", kUk, kRoleJoiner | kRoleParticle},
    // Greek
    {"δευτέρα", kEl, kRoleStampLine | kRoleDateStart}, {"Δευτέρα", kEl, kRoleDateStart},
    {"τρίτη", kEl, kRoleStampLine | kRoleDateStart}, {"Τρίτη", kEl, kRoleDateStart},
    {"τετάρτη", kEl, kRoleStampLine | kRoleDateStart}, {"Τετάρτη", kEl, kRoleDateStart},
    {"πέμπτη", kEl, kRoleStampLine | kRoleDateStart}, {"Πέμπτη", kEl, kRoleDateStart},
    {"παρασκευή", kEl, kRoleStampLine | kRoleDateStart}, {"Παρασκευή", kEl, kRoleDateStart},
    {"σάββατο", kEl, kRoleStampLine | kRoleDateStart}, {"Σάββατο", kEl, kRoleDateStart},
    {"κυριακή", kEl, kRoleStampLine | kRoleDateStart}, {"Κυριακή", kEl, kRoleDateStart},
    {"ενημερώθηκε", kEl, kRoleStampLine | kRoleStampCue}, {"Ενημερώθηκε", kEl, kRoleStampCue},
    {"δημοσιεύθηκε", kEl, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"Δημοσιεύθηκε", kEl, kRoleDateStart | kRolePublished}, {"και", kEl, kRoleJoiner | kRoleParticle},
    // Indonesian
    {"senin", kId, kRoleStampLine | kRoleDateStart}, {"selasa", kId, kRoleStampLine | kRoleDateStart},
    {"rabu", kId, kRoleStampLine | kRoleDateStart}, {"kamis", kId, kRoleStampLine | kRoleDateStart},
    {"jumat", kId, kRoleStampLine | kRoleDateStart}, {"sabtu", kId, kRoleStampLine | kRoleDateStart},
    {"minggu", kId, kRoleStampLine}, {"wib", kId, kRoleStampLine},
    {"diterbitkan", kId, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"diperbarui", kId, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"dan", kId, kRoleJoiner | kRoleParticle},
    // Arabic (names written in Latin letters)
    {"bin", kAr, kRoleParticle}, {"ibn", kAr, kRoleParticle}, {"al", kAr, kRoleParticle},
    // Vietnamese
    {"thứ", kVi, kRoleStampLine}, {"hai", kVi, kRoleStampLine}, {"ba", kVi, kRoleStampLine},
    {"tư", kVi, kRoleStampLine}, {"năm", kVi, kRoleStampLine}, {"sáu", kVi, kRoleStampLine},
    {"bảy", kVi, kRoleStampLine}, {"chủ", kVi, kRoleStampLine}, {"nhật", kVi, kRoleStampLine},
    {"ngày", kVi, kRoleStampLine}, {"tháng", kVi, kRoleStampLine}, {"và", kVi, kRoleJoiner | kRoleParticle},
    {"cập nhật", kVi, kRoleStampCue}, {"Cập nhật", kVi, kRoleStampCue},
    // Chinese
    {"年", kZh | kJa, kRoleStampLine}, {"月", kZh | kJa, kRoleStampLine}, {"日", kZh | kJa, kRoleStampLine},
    {"時", kZh | kJa, kRoleStampLine}, {"分", kZh | kJa, kRoleStampLine}, {"发表于", kZh, kRolePublished},
    {"發表於", kZh, kRolePublished}, {"发布于", kZh, kRolePublished}, {"發佈於", kZh, kRolePublished},
    {"发布时间", kZh, kRolePublished}, {"發佈時間", kZh, kRolePublished}, {"更新时间", kZh, kRoleStampCue},
    // Japanese
    {"投稿日", kJa, kRolePublished}, {"公開日", kJa, kRolePublished}, {"更新日", kJa, kRoleStampCue},
    // Korean
    {"년", kKo, kRoleStampLine}, {"월", kKo, kRoleStampLine}, {"일", kKo, kRoleStampLine}, {"시", kKo, kRoleStampLine},
    {"분", kKo, kRoleStampLine}, {"입력", kKo, kRoleStampLine | kRoleDateStart | kRolePublished},
    {"수정", kKo, kRoleStampLine | kRoleDateStart | kRoleStampCue}, {"작성일", kKo, kRolePublished},
    {"등록일", kKo, kRolePublished}, {"수정일", kKo, kRoleStampCue},
    // Japanese and Chinese "更新" alone ("11時42分（更新 ...19時05分）")
    // (On a stamp's line only: the update cues (kUpdateCues) tell the
    // update; a publication cue costs every line's lookup.)
    {"更新", kZh | kJa, kRoleStampLine},
    // Greek "Τελευταία ενημέρωση:" ("last update"), Hebrew "פורסם:" and
    // "עודכן:" ("published", "updated"), Hindi "प्रकाशित:" and "अपडेटेड:"
    {"τελευταία", kEl, kRoleStampLine}, {"ενημέρωση", kEl, kRoleStampLine},
    {"פורסם", kHe, kRoleStampLine}, {"עודכן", kHe, kRoleStampLine},
    {"प्रकाशित", kHi, kRoleStampLine}, {"अपडेटेड", kHi, kRoleStampLine},
    // Persian
    {"فروردین", kFa, kRoleJalaliMonth}, {"اردیبهشت", kFa, kRoleJalaliMonth}, {"خرداد", kFa, kRoleJalaliMonth},
    {"تیر", kFa, kRoleJalaliMonth}, {"مرداد", kFa, kRoleJalaliMonth}, {"شهریور", kFa, kRoleJalaliMonth},
    {"مهر", kFa, kRoleJalaliMonth}, {"آبان", kFa, kRoleJalaliMonth}, {"آذر", kFa, kRoleJalaliMonth},
    {"دی", kFa, kRoleJalaliMonth}, {"بهمن", kFa, kRoleJalaliMonth}, {"اسفند", kFa, kRoleJalaliMonth},
    {"شنبه", kFa, kRoleJalaliWord}, {"یکشنبه", kFa, kRoleJalaliWord}, {"دوشنبه", kFa, kRoleJalaliWord},
    {"سه", kFa, kRoleJalaliWord}, {"سه‌شنبه", kFa, kRoleJalaliWord}, {"چهارشنبه", kFa, kRoleJalaliWord},
    {"پنجشنبه", kFa, kRoleJalaliWord}, {"پنج‌شنبه", kFa, kRoleJalaliWord}, {"جمعه", kFa, kRoleJalaliWord},
    {"ساعت", kFa, kRoleJalaliWord}, {"تاریخ", kFa, kRoleJalaliWord}, {"انتشار", kFa, kRoleJalaliWord},
    {"به", kFa, kRoleJalaliWord}, {"روز", kFa, kRoleJalaliWord}, {"رسانی", kFa, kRoleJalaliWord},
    {"به‌روزرسانی", kFa, kRoleJalaliWord}, {"بروزرسانی", kFa, kRoleJalaliWord}, {"کد", kFa, kRoleJalaliWord},
    {"خبر", kFa, kRoleJalaliWord}, {"خبری", kFa, kRoleJalaliWord},
};
// clang-format on

// (Sorted, then neighbours compared: comparing every pair, 113,000 of
// them, passed clang's limit on constant-evaluation steps.)
constexpr bool StampWordsDistinct() {
  std::array<std::string_view, std::size(kStampWords)> words{};
  for (size_t i = 0; i < words.size(); ++i) words[i] = kStampWords[i].word;
  std::sort(words.begin(), words.end());
  return std::adjacent_find(words.begin(), words.end()) == words.end();
}
static_assert(StampWordsDistinct());

template <uint16_t kRoles>
constexpr size_t CountStampWords() {
  size_t n = 0;
  for (const StampWord& w : kStampWords) n += (w.roles & kRoles) != 0;
  return n;
}
// The entries of kStampWords that play one of `kRoles`, in the table's order.
template <uint16_t kRoles>
constexpr auto StampEntriesWith() {
  std::array<StampWord, CountStampWords<kRoles>()> out{};
  size_t k = 0;
  for (const StampWord& w : kStampWords)
    if (w.roles & kRoles) out[k++] = w;
  return out;
}
// ... their words.
template <uint16_t kRoles>
constexpr auto StampWordsWith() {
  constexpr auto kEntries = StampEntriesWith<kRoles>();
  std::array<std::string_view, kEntries.size()> out{};
  for (size_t k = 0; k < kEntries.size(); ++k) out[k] = kEntries[k].word;
  return out;
}

constexpr auto kNameListJoiners = StampWordsWith<kRoleJoiner>();

// Path segments of writers' pages (author archives, profile pages).
constexpr std::string_view kAuthorPathSegments[] = {
    "author", "authors", "writer", "writers", "contributor", "contributors", "columnist", "columnists",
    "profiles", "staff",
};

// Credits in a byline for someone other than the author.
constexpr std::string_view kOtherCredits[] = {
    "edited by", "reviewed by", "fact checked by", "fact-checked by", "illustrated by", "translated by",
    "photographs by", "photos by", "medically reviewed by", "clinically reviewed by",
    // A wire story's credits after its reporters' ("Reporting by Jane Doe;
    // Additional reporting by ...; Editing by ...").
    "additional reporting by", "editing by",
    // A reviewer's credit in other languages (kReviewerCredits).
    "revisado por", "geprüft von", "relu par", "revisionato da",
};

// Words between two linked names that make the second one someone the
// writer mentions, not a co-writer ("Ann Roe, who interviewed Rob Tallis",
// "Ann Roe spoke with ..."): the list of linked writers stops there.
constexpr std::string_view kLinkedWriterGapStops[] = {
    " who ", "interview", "spoke to", "spoke with", "talked to", "talked with", "according to", "quoted",
    "thanks to", "courtesy of",
};

// The separators that may close the text between two linked writers'
// entries ("Ann Roe, staff writer / Rob Tallis", "... and Rob Tallis").
constexpr std::string_view kLinkedWriterSeparators[] = {"/", ",", "and", "&", "|", ";", "·"};

// The marks that may open the role after a linked writer's name ("Ann
// Roe, 4+ years covering kitchen gear", "Ann Roe (staff writer)").
constexpr std::string_view kLinkedWriterRoleOpeners[] = {",", "(", "|", "/", "-", "–", "—", ";", "·", "and", "&"};

// The credits of an expert who reviewed the text ("Medically reviewed by Ann
// Roe, MD"): the one person a page names when it names no writer. Longest
// first ("medically reviewed by" before "reviewed by").
constexpr std::string_view kReviewerCredits[] = {
    "medically reviewed by", "clinically reviewed by", "reviewed by",
    "revisado por", "geprüft von", "relu par", "revisionato da",
};

// The bytes of the kAny words, each a class of its own (1, 2, ...); 0 for
// every other byte. (The automaton's rows: see WordIndex.)
constexpr size_t kAnyClasses = 32;
constexpr auto kAnyByteClass = [] {
  std::array<uint8_t, 256> t{};
  uint8_t next = 1;
  for (const Word& w : kWords)
    if (w.match == Match::kAny)
      for (char c : w.word)
        if (!t[static_cast<unsigned char>(c)]) t[static_cast<unsigned char>(c)] = next++;
  return t;
}();
static_assert(std::ranges::all_of(kAnyByteClass, [](uint8_t c) { return c < kAnyClasses; }));
// The automaton has a state a byte of the kAny words at most, and the
// start: its states are numbered in 16 bits, 0xFFFF kept for "no edge".
static_assert([] {
  size_t bytes = 0;
  for (const Word& w : kWords)
    if (w.match == Match::kAny) bytes += w.word.size();
  return bytes + 1 < 0xFFFF;
}());

// Word lookup tables built once from kWords: for each match mode apart,
// the words bucketed by their first two bytes, each bucket a run of a flat
// array of compact entries (the word's bytes, its length, its mode, its
// hints), so that a token's probe walks only the words of its own modes and
// rejects most by their length before comparing bytes. The kAny words,
// which may stand anywhere in a class list, are found by one automaton
// (Aho-Corasick, as a full table): one step a byte of the list.
class WordIndex {
 public:
  // Every word has two bytes at least (it is bucketed by them), all of
  // them a-z, 0-9 or '-': a bucket's words share their first two bytes
  // with the probe (see Find), and only the rest is compared (SameTail).
  static_assert(std::ranges::all_of(kWords, [](const Word& w) {
    auto paired = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
    return w.word.size() >= 2 && paired(w.word[0]) && paired(w.word[1]);
  }));
  // A kAny word holds no white space (a class list's items are read
  // apart: see ClassifyAttribute) and no capital (the list is lower-cased).
  static_assert(std::ranges::all_of(kWords, [](const Word& w) {
    return w.match != Match::kAny || std::ranges::none_of(w.word, [](char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || (c >= 'A' && c <= 'Z');
    });
  }));
  struct Entry {
    const char* p;
    uint32_t hint;
    uint32_t len;
    Match match;
    std::string_view word() const { return {p, len}; }
  };
  struct Bucket {
    const Entry* begin;
    const Entry* end;
  };

  static const WordIndex& Get() {
    static const WordIndex index;
    return index;
  }

  // kToken, kPrefix and kJoined words whose first two bytes are those of
  // `s`; an empty bucket when none. `s` is lower-case.
  Bucket StartingLike(std::string_view s) const { return Find(tokens_, s, 0); }
  // kWhole words starting like `s`.
  Bucket WholeLike(std::string_view s) const { return Find(whole_, s, 0); }
  // The kAny automaton: its state after the byte `c` from `state` (0, the
  // start, before a text's first byte), and the hints of the kAny words
  // that end at that byte (0 for most states).
  unsigned AnyStep(unsigned state, char c) const {
    return any_next_[state * kAnyClasses + kAnyByteClass[static_cast<unsigned char>(c)]];
  }
  uint32_t AnyHints(unsigned state) const { return any_hints_[state]; }

 private:
  static constexpr size_t kSlots = 37 * 37;
  struct Table {
    std::vector<Entry> entries;
    uint32_t start[kSlots + 1] = {};
  };

  WordIndex() {
    BuildAnyAutomaton();
    for (const Word& w : kWords) {
      if (w.match == Match::kAny) continue;
      Table& t = TableFor(w.match);
      ++t.start[Slot(w.word[0], w.word[1]) + 1];
    }
    for (Table* t : {&tokens_, &whole_}) {
      for (size_t k = 0; k < kSlots; ++k) t->start[k + 1] += t->start[k];
      t->entries.resize(t->start[kSlots]);
    }
    // Fill in kWords order within each bucket.
    std::vector<uint32_t> fill_tokens(tokens_.start, tokens_.start + kSlots),
        fill_whole(whole_.start, whole_.start + kSlots);
    for (const Word& w : kWords) {
      if (w.match == Match::kAny) continue;
      Table& t = TableFor(w.match);
      std::vector<uint32_t>& fill = &t == &tokens_ ? fill_tokens : fill_whole;
      t.entries[fill[Slot(w.word[0], w.word[1])]++] = {w.word.data(), w.hint, uint32_t(w.word.size()), w.match};
    }
    // A token's probe ORs the hints of every word of its bucket that
    // matches, whatever their order: each bucket's kToken, kPrefix and
    // kJoined words are put in runs by mode, so that the probe's switch on
    // the mode goes the same way entry after entry (fewer mispredicted
    // branches than in kWords order, where the modes alternate).
    for (size_t k = 0; k < kSlots; ++k)
      std::stable_sort(tokens_.entries.begin() + tokens_.start[k], tokens_.entries.begin() + tokens_.start[k + 1],
                       [](const Entry& a, const Entry& b) { return a.match < b.match; });
  }
  Table& TableFor(Match m) { return m == Match::kWhole ? whole_ : tokens_; }
  // The kAny words' trie, then each state's failure link (the longest
  // proper suffix of its text that is a trie state, breadth first), then
  // the full table: a missing edge goes where the failure link's does, and
  // a state's hints take those of its failure link (a word ending inside a
  // longer one's text).
  void BuildAnyAutomaton() {
    constexpr uint16_t kNone = 0xFFFF;
    std::vector<std::array<uint16_t, kAnyClasses>> trie(1);
    trie[0].fill(kNone);
    any_hints_.assign(1, 0);
    for (const Word& w : kWords) {
      if (w.match != Match::kAny) continue;
      size_t s = 0;
      for (char c : w.word) {
        const uint8_t k = kAnyByteClass[static_cast<unsigned char>(c)];
        if (trie[s][k] == kNone) {
          trie[s][k] = uint16_t(trie.size());
          trie.emplace_back().fill(kNone);
          any_hints_.push_back(0);
        }
        s = trie[s][k];
      }
      any_hints_[s] |= w.hint;
    }
    any_next_.assign(trie.size() * kAnyClasses, 0);
    std::vector<uint16_t> fail(trie.size(), 0), queue;
    for (size_t k = 0; k < kAnyClasses; ++k)
      if (trie[0][k] != kNone) {
        any_next_[k] = trie[0][k];
        queue.push_back(trie[0][k]);
      }
    for (size_t q = 0; q < queue.size(); ++q) {
      const uint16_t s = queue[q];
      any_hints_[s] |= any_hints_[fail[s]];
      for (size_t k = 0; k < kAnyClasses; ++k) {
        const uint16_t f = any_next_[fail[s] * kAnyClasses + k];
        if (trie[s][k] == kNone) {
          any_next_[s * kAnyClasses + k] = f;
        } else {
          any_next_[s * kAnyClasses + k] = trie[s][k];
          fail[trie[s][k]] = f;
          queue.push_back(trie[s][k]);
        }
      }
    }
  }
  static Bucket Find(const Table& t, std::string_view s, size_t i) {
    if (i + 1 >= s.size()) return {nullptr, nullptr};
    const int a = PairIndex(s[i]), b = PairIndex(s[i + 1]);
    if (a < 0 || b < 0) return {nullptr, nullptr};
    const size_t slot = size_t(a) * 37 + size_t(b);
    const Entry* e = t.entries.data();
    return {e + t.start[slot], e + t.start[slot + 1]};
  }
  static size_t Slot(char a, char b) { return size_t(PairIndex(a)) * 37 + size_t(PairIndex(b)); }
  // a-z, 0-9 and '-' map to 0..36; other bytes start no word.
  static constexpr auto kPairIndex = [] {
    std::array<int8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
      t[c] = c >= 'a' && c <= 'z' ? int8_t(c - 'a') : c >= '0' && c <= '9' ? int8_t(26 + c - '0') : c == '-' ? 36 : -1;
    return t;
  }();
  static int PairIndex(char c) { return kPairIndex[static_cast<unsigned char>(c)]; }

  Table tokens_, whole_;
  std::vector<uint16_t> any_next_;   // state * kAnyClasses + byte class -> state
  std::vector<uint32_t> any_hints_;  // per state
};

// A generated hash: hexadecimal, with both a digit and a letter, five
// characters or more ("b8ce28", "0de1c10d53"). Words ("facade") have no
// digit, counts and dates ("2024") no letter.
bool IsHashToken(std::string_view t) {
  if (t.size() < kHashTokenMinSize) return false;
  bool digit = false, letter = false;
  for (char c : t) {
    if (IsAsciiDigit(c)) digit = true;
    else if (c >= 'a' && c <= 'f') letter = true;
    else return false;
  }
  return digit && letter;
}

// Whether the class name `name` ends, at `b`, in a CSS module's hash: the
// name is "<Component>_<local>__<hash>", the hash kCssModuleHashSize
// base64 characters with a capital or a digit ("adF2E", "x8k2p"). Its
// letters are no words ("ad" in "item__adF2E"); a BEM element after "__"
// ("card__promo") is lower-case words.
bool IsCssModuleHash(std::string_view name, size_t b) {
  if (b < 4 || name[b - 1] != '_' || name[b - 2] != '_' || name.size() - b != kCssModuleHashSize) return false;
  if (name.substr(0, b - 2).find('_') == std::string_view::npos) return false;
  bool marked = false;
  for (char c : name.substr(b)) {
    if (IsAsciiDigit(c) || (c >= 'A' && c <= 'Z')) marked = true;
    else if (!(c >= 'a' && c <= 'z') && c != '-' && c != '_') return false;
  }
  return marked;
}

// Byte classes for splitting class names: one table load a byte.
constexpr uint8_t kByteSpace = 1, kByteAlnum = 2, kByteUpper = 4, kByteLower = 8;
constexpr auto kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') t[c] |= kByteSpace;
    if (c >= 'A' && c <= 'Z') t[c] |= kByteAlnum | kByteUpper;
    if (c >= 'a' && c <= 'z') t[c] |= kByteAlnum | kByteLower;
    if (c >= '0' && c <= '9') t[c] |= kByteAlnum;
  }
  return t;
}();
inline uint8_t ByteClass(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

// Whether the `n` bytes at `a` and `b` are equal. The class vocabulary's
// words are short and most probes differ in their first bytes: a loop
// inline costs less than the library compare a string_view == calls.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  for (size_t k = 0; k < n; ++k)
    if (a[k] != b[k]) return false;
  return true;
}
// `a == b` with SameBytes.
inline bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}
// `s.starts_with(prefix)` with SameBytes.
inline bool StartsWithWord(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && SameBytes(s.data(), prefix.data(), prefix.size());
}
// SameBytes for a word of a WordIndex bucket and a probe at `a` found
// through that bucket: their first two bytes are the bucket's (equal by
// construction), so the comparison starts after them. `n` >= 2.
inline bool SameTail(const char* a, const char* b, size_t n) { return SameBytes(a + 2, b + 2, n - 2); }
// EqualsAny with SameWord (no library compare call a token).
template <size_t N>
inline bool SameAsAny(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view w : list)
    if (SameWord(s, w)) return true;
  return false;
}

// Whether a (lower-case) token is one of kPollWords: told by its length
// and first letter before any comparison (asked of every token read).
inline bool IsPollToken(std::string_view t) {
  if (t.size() < 4 || t.size() > 9) return false;
  const char c = t[0];
  return (c == 'p' || c == 'u' || c == 's' || c == 'e') && SameAsAny(t, kPollWords);
}

// Whole class names that discussion platforms put on a thread page's posts
// or replies, and on no list or article page (HintTable::thread_markup): a
// link aggregator's item page (Hacker News's "comment-tree" table and its
// "comtr" rows), Lemmy's "comment-node", Mailman 3 HyperKitty's
// "view-thread" row. Lower case.
constexpr std::string_view kThreadMarkupClasses[] = {"comment-tree", "comtr", "comment-node", "view-thread"};

// (Not SameAsAny: at this call it costs ClassifyAttribute 0.2 M more
// instructions on the 181 Scrapinghub pages.)
inline bool IsThreadMarkupName(std::string_view lower_name) {
  // (Most class names are none: passed by their first byte, told from the
  // list's at compile time.)
  static constexpr auto kFirstBytes = [] {
    std::array<bool, 256> t{};
    for (std::string_view w : kThreadMarkupClasses) t[static_cast<unsigned char>(w[0])] = true;
    return t;
  }();
  if (lower_name.empty() || !kFirstBytes[static_cast<unsigned char>(lower_name[0])]) return false;
  for (std::string_view w : kThreadMarkupClasses)
    if (SameWord(lower_name, w)) return true;
  return false;
}

// What parts a utility-class framework's variant from its utility in a
// class name ("md:hidden", "print:break-inside-avoid"); the variants that
// state a condition (a medium, a screen width, a pointer's or a form
// control's state, a colour scheme: Tailwind's and UnoCSS's names), the one
// that applies a style on paper, and the utilities that hide an element: see
// UtilityAfterVariants. (A variant that names the element's parts,
// "prose-code:" of a prose box's code, is none of them.)
constexpr char kUtilityVariantMark = ':';
constexpr std::string_view kConditionVariants[] = {
    "print",  "screen", "sm",      "md",       "lg",          "xl",           "2xl",          "max-sm",
    "max-md", "max-lg", "max-xl",  "hover",    "focus",       "focus-visible", "focus-within", "active",
    "visited", "disabled", "checked", "dark",   "light",       "motion-safe",  "motion-reduce", "portrait",
    "landscape", "group-hover", "group-focus", "peer-hover", "peer-focus", "rtl", "ltr", "open",
};
constexpr std::string_view kPrintVariant = "print";
constexpr std::string_view kHidingUtilities[] = {"hidden", "invisible"};

// Where the utility starts in the class name at `b` of the lower-cased
// class list `low`: past the condition variants that lead it ("md:flex",
// "hover:underline", "print:break-inside-avoid": kConditionVariants, each
// a word and ':'), else at `b`. Such a variant says when a style applies
// (printed, on wide screens, under the pointer), never what the element
// is: "print" there is no print button. `*print_hidden` tells whether the
// name hides the element when printed ("print:hidden"): a site keeps its
// chrome off paper so, like a "noprint" box.
static size_t UtilityAfterVariants(std::string_view low, size_t b, bool* print_hidden) {
  size_t i = b;
  bool print = false;
  for (;;) {
    size_t e = i;
    while (e < low.size() && (IsAsciiAlnum(low[e]) || low[e] == '-' || low[e] == '_')) ++e;
    if (e == i || e >= low.size() || low[e] != kUtilityVariantMark || !EqualsAny(low.substr(i, e - i), kConditionVariants))
      break;
    print |= low.substr(i, e - i) == kPrintVariant;
    i = e + 1;
  }
  if (print) {
    size_t e = i;
    while (e < low.size() && !(ByteClass(low[e]) & kByteSpace)) ++e;
    *print_hidden = EqualsAny(low.substr(i, e - i), kHidingUtilities);
  }
  return i;
}

// What ReadAttribute finds in an attribute value, before the two rules
// that ClassifyAttribute applies to a class list as a whole (FinishHints).
// Of a class list of at most kClassListBytes bytes whose tokens stay under
// kMaxClassTokens, it is what its class names find apart, put together:
// their hints and flags ORed (HintTable::ClassHints reads each distinct
// name once that way).
struct AttributeReading {
  uint32_t hints = 0;
  bool reprieve = false;       // a callout's or a subscriber body's word: no weak-boilerplate hint
  bool thread_markup = false;  // a whole name of kThreadMarkupClasses
  bool poll = false;           // a token of kPollWords
  bool poll_results = false;   // a token of kPollResultWords
  uint8_t peak_tokens = 0;     // the most tokens held at once (kMaxClassTokens at most)
};

// The bytes of an attribute value that are read (the rest is not).
constexpr size_t kClassListBytes = 256;

AttributeReading ReadAttribute(std::string_view attr, bool is_class, bool want_thread_markup) {
  AttributeReading reading;
  if (attr.empty()) return reading;
  const WordIndex& index = WordIndex::Get();
  // Lower-cased copy; token boundaries come from the original (camelCase).
  char lower[kClassListBytes];
  const size_t n = std::min(attr.size(), sizeof lower);
  for (size_t i = 0; i < n; ++i) lower[i] = ToLowerAscii(attr[i]);
  const std::string_view low(lower, n);
  uint32_t hints = 0;

  // Whole items (class names separated by spaces, or the whole id), and
  // in the same pass the words that may appear anywhere, by the kAny
  // automaton, from its start at each item (none holds a space).
  for (size_t i = 0; i < n;) {
    while (i < n && (ByteClass(lower[i]) & kByteSpace)) ++i;
    const size_t b = i;
    for (unsigned state = 0; i < n && !(ByteClass(lower[i]) & kByteSpace); ++i) {
      state = index.AnyStep(state, lower[i]);
      hints |= index.AnyHints(state);
    }
    const std::string_view item(lower + b, i - b);
    const WordIndex::Bucket whole = index.WholeLike(item);
    for (const WordIndex::Entry* w = whole.begin; w != whole.end; ++w)
      if (item.size() == w->len && SameTail(item.data(), w->p, w->len)) hints |= w->hint;
    if (want_thread_markup && IsThreadMarkupName(item)) reading.thread_markup = true;
  }

  // Tokens: alphanumeric runs, split at lower->Upper humps. Class names
  // that state a flag ("has-comments", "no-sidebar", "with-share") say
  // nothing about the element's role: skip them.
  auto is_flag_name = [&](size_t b) {
    const char c0 = low[b];
    if (c0 != 'h' && c0 != 'n' && c0 != 'w' && c0 != 'i' && c0 != 'e' && c0 != 'd' && c0 != 's') return false;
    for (std::string_view f : kFlagClassPrefixes)
      if (f[0] == c0 && StartsWithWord(std::string_view(lower + b, n - b), f)) return true;
    return false;
  };
  // Whether the flag at `b` says the block is an ad ("is-sponsored"): its
  // word, up to the modifier's end, is one of kAdFlagWords.
  auto is_ad_flag = [&](size_t b) {
    if (!StartsWithWord(std::string_view(lower + b, n - b), kAdFlagPrefix)) return false;
    size_t e = b + kAdFlagPrefix.size();
    while (e < n && IsAsciiAlnum(low[e])) ++e;
    const std::string_view word = low.substr(b + kAdFlagPrefix.size(), e - b - kAdFlagPrefix.size());
    return EqualsAny(word, kAdFlagWords);
  };
  struct Tok {  // plain, left uninitialized: this runs for every class list
    const char* p;
    uint32_t n;
  };
  Tok toks[kMaxClassTokens];
  // (Variants only where the list has their mark: one memchr.)
  const bool variants = is_class && low.find(kUtilityVariantMark) != std::string_view::npos;
  bool pair_ok[kMaxClassTokens];  // token i and i+1 belong to the same class name
  bool featured[kMaxClassTokens];  // token i follows a feature infix in its class name
  uint64_t hooked = 0;  // bit i: token i is in a script's hook class name ("js-...")
  bool in_feature = false, in_hook = false;
  size_t count = 0, peak = 0;
  size_t name_start = 0;  // the first token of the current class name
  size_t name_begin = 0;  // the current class name's first byte
  for (size_t i = 0; i < n && count < kMaxClassTokens;) {
    // A class name starts after a space, whatever marks lead it
    // ("_box_1a2b3c", "-is-open"): the run skipped here says.
    bool starts_name = i == 0;
    // A BEM modifier ("card__title--with-reviews") starts after "--".
    bool starts_modifier = false;
    while (i < n && !(ByteClass(attr[i]) & kByteAlnum)) {
      starts_modifier |= attr[i] == '-' && i > 0 && attr[i - 1] == '-';
      starts_name |= (ByteClass(attr[i++]) & kByteSpace) != 0;
    }
    if (i >= n) break;
    // A utility under variants ("print:break-inside-avoid"): its words are
    // read from the utility on (see UtilityAfterVariants); one that keeps
    // the element off paper marks it as a "noprint" box would.
    if (variants && starts_name) {
      bool print_hidden = false;
      const size_t u = UtilityAfterVariants(low, i, &print_hidden);
      if (print_hidden) hints |= kHintWeakBoilerplate;
      if (u != i) {
        i = u;
        while (i < n && !(ByteClass(attr[i]) & (kByteAlnum | kByteSpace))) ++i;
        if (print_hidden) while (i < n && !(ByteClass(attr[i]) & kByteSpace)) ++i;
        if (i >= n || (ByteClass(attr[i]) & kByteSpace)) continue;
      }
    }
    if (is_class && starts_name && is_flag_name(i)) {
      while (i < n && !(ByteClass(attr[i]) & kByteSpace)) ++i;
      continue;
    }
    // So does a modifier that states a flag: it names the block's state,
    // not its role; the modifier ends at the next "__" or "--" (a CSS
    // module's hash: "--with-reviews__oAi5a") or the class name's end.
    if (is_class && starts_modifier && !starts_name && is_flag_name(i) && !is_ad_flag(i)) {
      while (i < n && !(ByteClass(attr[i]) & kByteSpace) &&
             !(i + 1 < n && (attr[i] == '_' || attr[i] == '-') && attr[i + 1] == attr[i]))
        ++i;
      continue;
    }
    if (starts_name) name_start = count, name_begin = i, in_feature = false, in_hook = false;
    // A CSS module's hash ends the name: not read.
    if (is_class && !starts_name && attr[i - 1] == '_' && attr[i - 2] == '_') {
      size_t e = i;
      while (e < n && !(ByteClass(attr[e]) & kByteSpace)) ++e;
      if (IsCssModuleHash(attr.substr(name_begin, e - name_begin), i - name_begin)) {
        i = e;
        continue;
      }
    }
    size_t b = i++;
    for (uint8_t prev = ByteClass(attr[b]); i < n; ++i) {
      const uint8_t c = ByteClass(attr[i]);
      if (!(c & kByteAlnum) || ((c & kByteUpper) && (prev & kByteLower))) break;
      prev = c;
    }
    // "...With...": the rest of the class name states a feature: not read
    // after a role's word (kFeatureOwners), read without navigation else.
    if (is_class && !starts_name && lower[b] == 'w' && EqualsAny(std::string_view(lower + b, i - b), kFeatureInfixes)) {
      if (count > name_start && EqualsAny(std::string_view(toks[count - 1].p, toks[count - 1].n), kFeatureOwners)) {
        while (i < n && !(ByteClass(attr[i]) & kByteSpace)) ++i;
      } else {
        in_feature = true;
        if (count > name_start) pair_ok[count - 1] = false;
      }
      continue;
    }
    // A hash token ("b8ce28", "9c83af": a block editor's per-block style
    // hook, a styled component's id) makes its whole name generated: its
    // other tokens are a component's type or the hash's own tail
    // ("kb-column12_b8ce28-ad"), never a role word. Drop the name's
    // tokens read so far and the rest of it.
    // (After "__", a build tool's suffix to a name written by hand,
    // "related-searches__09f24": the words before it stay.)
    if (IsHashToken(std::string_view(lower + b, i - b))) {
      const bool suffix = is_class && !starts_name && b >= 2 && attr[b - 1] == '_' && attr[b - 2] == '_';
      if (!suffix &&
          !(count > name_start && std::string_view(toks[count - 1].p, toks[count - 1].n) == kStyledComponentsMark))
        count = name_start;
      while (i < n && !(ByteClass(attr[i]) & kByteSpace)) ++i;
      continue;
    }
    pair_ok[count] = i < n && !(ByteClass(attr[i]) & kByteSpace);
    in_hook |= starts_name && i - b == kScriptHookWord.size() && lower[b] == kScriptHookWord[0] &&
               lower[b + 1] == kScriptHookWord[1] && is_class && pair_ok[count];
    featured[count] = in_feature;
    hooked |= uint64_t(in_hook) << count;
    toks[count++] = {lower + b, uint32_t(i - b)};
    peak = std::max(peak, count);
  }
  // Token i names a hero's banner: "hero" beside it in its class name.
  // (The rare neighbour first: tokens are lower-case already.)
  auto beside = [&](size_t i, std::string_view word) {
    return (i > 0 && pair_ok[i - 1] && SameWord(std::string_view(toks[i - 1].p, toks[i - 1].n), word)) ||
           (i + 1 < count && pair_ok[i] && SameWord(std::string_view(toks[i + 1].p, toks[i + 1].n), word));
  };
  auto hero_banner = [&](size_t i) {
    const std::string_view t(toks[i].p, toks[i].n);
    if (beside(i, kHeroWord)) return EqualsAny(t, kHeroBannerWords);
    return SameWord(t, kImageBannerWord) && beside(i, kImageWord);
  };
  bool callout = false;
  bool subscriber_body = false;
  for (size_t i = 0; i < count; ++i) {
    const std::string_view t(toks[i].p, toks[i].n);
    callout |= is_class && SameAsAny(t, kCalloutWords);
    reading.poll |= IsPollToken(t);
    // (A subscriber's body: "subscriber-only", see kSubscriberBodyWords.)
    subscriber_body |= is_class && t == kSubscriberWord && i + 1 < count && pair_ok[i] &&
                       (i == 0 || !pair_ok[i - 1]) && (i + 2 >= count || !pair_ok[i + 1]) &&
                       SameAsAny(std::string_view(toks[i + 1].p, toks[i + 1].n), kSubscriberBodyWords);
    const WordIndex::Bucket words = index.StartingLike(t);
    if (words.begin == words.end) continue;
    if (hero_banner(i)) continue;
    // ("caption-top": where a table's caption goes, see kPlacedWords; the
    // two words the whole class name, as the utility is spelt.)
    if (is_class && i + 1 < count && pair_ok[i] && (i == 0 || !pair_ok[i - 1]) && (i + 2 >= count || !pair_ok[i + 1]) &&
        IsPlacementUtility(t, std::string_view(toks[i + 1].p, toks[i + 1].n)))
      continue;
    const uint32_t before = hints;
    // A card's footer is its card's: no word of its own (kOwnedParts).
    if (i > 0 && pair_ok[i - 1] && IsOwnedPart(std::string_view(toks[i - 1].p, toks[i - 1].n), t)) continue;
    const std::string_view next =
        i + 1 < count && pair_ok[i] ? std::string_view(toks[i + 1].p, toks[i + 1].n) : std::string_view();
    // (And the one after it: "call-to-action" is three.)
    const std::string_view next2 = !next.empty() && i + 2 < count && pair_ok[i + 1]
                                       ? std::string_view(toks[i + 2].p, toks[i + 2].n)
                                       : std::string_view();
    for (const WordIndex::Entry* w = words.begin; w != words.end; ++w) {
      const std::string_view word = w->word();
      switch (w->match) {
        case Match::kToken:
          if (t.size() == w->len && SameTail(t.data(), w->p, w->len) && !(i > 0 && pair_ok[i - 1] &&
                             IsQualifiedAway(std::string_view(toks[i - 1].p, toks[i - 1].n), t)))
            hints |= w->hint;
          break;
        case Match::kPrefix:
          if (t.size() >= w->len && SameTail(t.data(), w->p, w->len) && !IsPrefixException(t) &&
              !(i > 0 && pair_ok[i - 1] && IsQualifiedAway(std::string_view(toks[i - 1].p, toks[i - 1].n), t)))
            hints |= w->hint;
          break;
        case Match::kJoined:
          // One token ("articlebody"), two adjacent ones ("article-body") or
          // three ("call-to-action", "callToAction").
          if ((t.size() == w->len && SameTail(t.data(), w->p, w->len)) ||
              (!next.empty() && word.size() == t.size() + next.size() && SameTail(word.data(), t.data(), t.size()) &&
               SameBytes(word.data() + t.size(), next.data(), next.size())) ||
              (!next2.empty() && word.size() == t.size() + next.size() + next2.size() &&
               SameTail(word.data(), t.data(), t.size()) &&
               SameBytes(word.data() + t.size(), next.data(), next.size()) &&
               SameBytes(word.data() + t.size() + next.size(), next2.data(), next2.size())))
            hints |= w->hint;
          break;
        default:
          break;
      }
    }
    if ((hints & ~before & kHintByline) && !next.empty() && EqualsAny(next, kWriterControlBarWords))
      hints = before | (hints & ~before & ~kHintByline);
    if ((hints & ~before & kHintAd) && !next.empty() &&
        (EqualsAny(next, kClassifiedAdParts) || (t == kAdWord && EqualsAny(next, kAdvertPageParts))))
      hints = before | (hints & ~before & ~(kHintAd | kHintBoilerplate));
    if (featured[i]) hints = before | (hints & ~before & ~kHintNavigation);
    if ((hooked >> i) & 1) hints = before | (hints & ~before & ~(kHintNavigation | kHintKicker));
  }
  // (Its results' words are looked for only beside a poll's.)
  if (reading.poll)
    for (size_t i = 0; i < count && !reading.poll_results; ++i)
      reading.poll_results = SameAsAny(std::string_view(toks[i].p, toks[i].n), kPollResultWords);
  reading.hints = hints;
  reading.reprieve = callout || subscriber_body;
  reading.peak_tokens = uint8_t(peak);
  return reading;
}

// The hints of the attribute value `attr` that `reading` was made of.
uint32_t FinishHints(const AttributeReading& reading, std::string_view attr, bool is_class) {
  uint32_t hints = reading.hints;
  // "hidden md:block": hidden on phones only (utility-class frameworks).
  if (is_class && (hints & kHintHidden) && attr.find(':') != std::string_view::npos) hints &= ~kHintHidden;
  if (reading.reprieve) hints &= ~kHintWeakBoilerplate;
  if (reading.poll && !reading.poll_results) hints |= kHintBoilerplate;
  return hints;
}

// The class names WordPress's post_class() writes for the post's terms
// ("tag-menu", "category-social-media", "product_tag-menu",
// "plugin_tags-menu", "portfolio_category-footer", "pa_color-navy"): what
// the post is about, not what the box is. Told by their shape: a known
// taxonomy's prefix, or a taxonomy name holding a tag or category word
// before the term's hyphen.
static bool IsPostTermName(std::string_view name) {
  constexpr std::string_view kTaxonomyEnds[] = {"_tag", "_tags", "_cat", "_category", "_categories", "_type", "_topic",
                                                "_topics", "_genre"};
  // (Asked of every name with hints: told by a byte or two where it can.)
  const size_t dash = name.find('-');
  if (dash == std::string_view::npos || dash + 1 == name.size())
    return name.size() > 3 && name[0] == 'p' && name[1] == 'a' && name[2] == '_';  // "pa_color"
  const std::string_view taxonomy = name.substr(0, dash);
  if (taxonomy == "tag" || taxonomy == "category" || taxonomy == "format") return true;
  // (A hyphenated taxonomy's: Events Manager's "event-categories-...",
  // "event-tags-...".)
  for (std::string_view t : {std::string_view("-categories-"), std::string_view("-category-"), std::string_view("-tags-"),
                             std::string_view("-tag-")})
    if (const size_t at = name.find(t); at != std::string_view::npos && at + t.size() < name.size()) return true;
  if (taxonomy.find('_') == std::string_view::npos) return false;
  if (taxonomy.starts_with("pa_")) return true;
  for (std::string_view e : kTaxonomyEnds)
    if (taxonomy.size() > e.size() && taxonomy.ends_with(e)) return true;
  return false;
}

// Whether the class list `cls` is one post_class() wrote: it holds
// "hentry", or a "type-" and a "status-" name ("post-12 post type-post
// status-publish format-standard hentry category-news tag-menu").
static bool IsPostClassList(std::string_view cls) {
  bool type = false, status = false;
  return AnySpaceToken(cls, [&](std::string_view name) {
           type |= name.starts_with("type-");
           status |= name.starts_with("status-");
           return name == "hentry" || (type && status);
         });
}

// `cls` without its post_class() term names (IsPostTermName), into `out`;
// false (and `out` untouched) when `cls` is no post_class() list or holds
// no term name.
static bool WithoutPostTermNames(std::string_view cls, std::string* out) {
  // (Most lists hold neither name: two plain searches pass them.)
  if (cls.size() < 12 || (cls.find("hentry") == std::string_view::npos && cls.find("status-") == std::string_view::npos) ||
      !IsPostClassList(cls))
    return false;
  bool dropped = false;
  std::string kept;
  AnySpaceToken(cls, [&](std::string_view name) {
    if (IsPostTermName(name)) {
      dropped = true;
    } else {
      if (!kept.empty()) kept.push_back(' ');
      kept.append(name);
    }
    return false;  // (every name read)
  });
  if (dropped) *out = std::move(kept);
  return dropped;
}

// Hints of one attribute value (a class list or an id). With
// `thread_markup`, a class list's whole name of kThreadMarkupClasses sets
// it (found in the same pass over the names).
// Whether `p`, from a "(" to the end, is a parameter list: "()", or a
// list of types with a "." or a "," ("(java.lang.String,int)"), not a
// count ("comments(3)").
// Java's primitive types: a Javadoc anchor's one parameter ("skip(long)").
constexpr std::string_view kJavaPrimitiveTypes[] = {"boolean", "byte", "char", "short", "int", "long", "float", "double"};

static bool IsParameterList(std::string_view p) {
  if (p.empty() || p.front() != '(') return false;
  if (p == "()" || p.find('.') != std::string_view::npos || p.find(',') != std::string_view::npos) return true;
  // One parameter of a primitive type or an array ("(long)", "(byte[])").
  std::string_view one = p.substr(1, p.size() - 2);
  if (one.ends_with("[]")) return !one.empty();
  return EqualsAny(one, kJavaPrimitiveTypes);
}

uint32_t ClassifyAttribute(std::string_view attr, bool is_class, bool* thread_markup = nullptr) {
  // An API reference's anchor of an item's signature (rustdoc's
  // "impl-FromResidual%3CResult%3CT,+E%3E%3E-for-Poll%3CT%3E", Javadoc's
  // "get(java.lang.String,int)") names code, no role: its words are types'
  // ("Poll", "Header", "Menu").
  if (!is_class && attr.size() > 8) {
    if (attr.back() == ')' && IsParameterList(attr.substr(std::min(attr.find('('), attr.size())))) return 0;
    for (size_t pct = attr.find('%'); pct != std::string_view::npos && pct + 2 < attr.size();
         pct = attr.find('%', pct + 1))
      if (attr[pct + 1] == '3' && (attr[pct + 2] == 'C' || attr[pct + 2] == 'c')) return 0;
  }
  std::string without_terms;
  if (is_class && WithoutPostTermNames(attr, &without_terms)) attr = without_terms;
  const AttributeReading reading = ReadAttribute(attr, is_class, thread_markup != nullptr);
  if (reading.thread_markup) *thread_markup = true;
  return FinishHints(reading, attr, is_class);
}

}  // namespace

uint32_t ClassifyClassId(std::string_view class_attr, std::string_view id_attr) {
  return ClassifyAttribute(class_attr, true) | ClassifyAttribute(id_attr, false);
}

HintTable::CacheSlot& HintTable::Cache::Find(std::string_view key, uint64_t hash) {
  if (2 * (used + 1) > slots.size()) {
    std::vector<CacheSlot> old(slots.size() * 2);
    old.swap(slots);
    for (const CacheSlot& slot : old)
      if (slot.used) {
        size_t i = size_t(slot.hash >> 32) & (slots.size() - 1);
        while (slots[i].used) i = (i + 1) & (slots.size() - 1);
        slots[i] = slot;
      }
  }
  const size_t mask = slots.size() - 1;
  size_t i = size_t(hash >> 32) & mask;  // (the high bits: the low one is always set)
  for (; slots[i].used; i = (i + 1) & mask)
    // (memcmp spelled out: GCC may leave string_view's compare out of line
    // here, a call per probe.)
    if (slots[i].hash == hash && slots[i].key.size() == key.size() &&
        std::memcmp(slots[i].key.data(), key.data(), key.size()) == 0)
      break;
  return slots[i];
}

namespace {
constexpr uint8_t kNameReprieve = 1, kNameThreadMarkup = 2, kNamePostTerm = 4, kNamePoll = 8, kNamePollResults = 16;
static_assert(kMaxClassTokens <= 255, "AttributeReading::peak_tokens is a byte");

// Where the class name at `i` of the list `cls` ends: the next space byte
// (kByteSpace), or the list's end. Eight bytes at a time while none of
// them is under 0x21 (every space byte is), then a byte at a time: a
// list's names run to a dozen bytes and more ("article-body__content").
// (Subtracting 0x21 from each byte borrows first in the lowest byte under
// 0x21 and sets its high bit, which `~x` keeps for a byte under 0x80: a
// chunk that holds one is always told; a borrow may also flag a byte above
// it, which only sends the chunk the byte way.)
size_t ClassNameEnd(std::string_view cls, size_t i) {
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 0x80;
  for (; i + 8 <= cls.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, cls.data() + i, 8);
    if ((x - kOnes * 0x21) & ~x & kHigh) break;
  }
  while (i < cls.size() && !(ByteClass(cls[i]) & kByteSpace)) ++i;
  return i;
}
}  // namespace

uint32_t HintTable::ClassHints(std::string_view cls) {
  // Class lists repeat within a page: each distinct one is classified once.
  const uint64_t hash = HashBytes64(cls);
  CacheSlot& slot = lists_.Find(cls, hash);
  if (slot.used) return slot.hints;
  // So do class names across lists and pages ("card", "col-md-6"): a list
  // that is read in whole (its bytes and tokens under ReadAttribute's
  // limits) reads as its names read apart (AttributeReading), unless a
  // name but the last ends in a mark: its last word pairs with the next
  // name's first ("read- more"). (Two names of a list share no other token,
  // word or rule but the two of FinishHints.)
  // (A post_class() list is read without its term names, IsPostTermName:
  // a name with hints is asked whether it is one, the list whether it is
  // post_class()'s, once, on the first such name.)
  int post_class = -1;  // unknown
  AttributeReading list;
  size_t tokens = 0;
  bool apart = cls.size() <= kClassListBytes;
  if (apart) {
    for (size_t i = 0; i < cls.size() && tokens < kMaxClassTokens;) {
      while (i < cls.size() && (ByteClass(cls[i]) & kByteSpace)) ++i;
      const size_t b = i;
      i = ClassNameEnd(cls, i);
      if (i == b) break;
      if (!(ByteClass(cls[i - 1]) & kByteAlnum) && i < cls.size()) {
        apart = false;
        break;
      }
      const std::string_view name = cls.substr(b, i - b);
      const uint64_t name_hash = name.size() == cls.size() ? hash : HashBytes64(name);
      if (names_.used == kMaxCachedNames) names_.Reset(), ids_.Reset(), name_bytes_.Reset();
      CacheSlot& n = names_.Find(name, name_hash);
      if (!n.used) {
        const AttributeReading r = ReadAttribute(name, true, true);
        n = {KeepName(name), name_hash, r.hints,
             uint8_t((r.reprieve ? kNameReprieve : 0) | (r.thread_markup ? kNameThreadMarkup : 0) |
                     (r.hints && IsPostTermName(name) ? kNamePostTerm : 0) | (r.poll ? kNamePoll : 0) |
                     (r.poll_results ? kNamePollResults : 0)),
             r.peak_tokens, true};
        ++names_.used;
      }
      if (n.flags & kNamePostTerm) {
        if (post_class < 0) post_class = IsPostClassList(cls);
        if (post_class) {
          tokens += n.tokens;
          continue;
        }
      }
      list.hints |= n.hints;
      list.reprieve |= (n.flags & kNameReprieve) != 0;
      list.thread_markup |= (n.flags & kNameThreadMarkup) != 0;
      list.poll |= (n.flags & kNamePoll) != 0;
      list.poll_results |= (n.flags & kNamePollResults) != 0;
      tokens += n.tokens;
    }
  }
  uint32_t h;
  if (apart && tokens < kMaxClassTokens) {
    thread_markup_ |= list.thread_markup;
    h = FinishHints(list, cls, true);
  } else {
    h = ClassifyAttribute(cls, true, thread_markup_ ? nullptr : &thread_markup_);
  }
  // (`slot` still stands: only names_ was grown since.)
  slot = {cls, hash, h, 0, 0, true};
  ++lists_.used;
  return h;
}

std::string_view HintTable::KeepName(std::string_view key) {
  char* copy = static_cast<char*>(name_bytes_.Allocate(key.size(), 1));
  std::memcpy(copy, key.data(), key.size());
  return {copy, key.size()};
}

uint32_t HintTable::IdHints(std::string_view id) {
  // An id is one page's once, but many recur from site to site ("content",
  // "main-nav", "comments"): kept like class names.
  if (id.size() > kClassListBytes) return ClassifyAttribute(id, false);
  if (ids_.used == kMaxCachedNames) names_.Reset(), ids_.Reset(), name_bytes_.Reset();
  const uint64_t hash = HashBytes64(id);
  CacheSlot& slot = ids_.Find(id, hash);
  if (!slot.used) {
    slot = {KeepName(id), hash, ClassifyAttribute(id, false), 0, 0, true};
    ++ids_.used;
  }
  return slot.hints;
}

namespace {
// The most slots of the last page's table of class lists that the next page
// reuses, emptied in place (a power of two; 160 KB of slots). A news page
// holds a hundred distinct lists and more (150 on average on the
// Scrapinghub pages): its table grew from kCacheMinSize slots to 512 and
// more, rehashing at each step, on every page. (A larger table, a hostile
// page's, is not kept.)
constexpr size_t kListSlotsKept = 4096;
}  // namespace

void HintTable::Build(const Document& doc, HintVisitor* visitor) {
  hints_.assign(doc.element_rows(), 0);
  // (A slot not `used` is free whatever else it holds: Find fills it whole.)
  if (lists_.slots.empty() || lists_.slots.size() > kListSlotsKept) {
    lists_.Reset();
  } else {
    for (CacheSlot& slot : lists_.slots) slot.used = false;
    lists_.used = 0;
  }
  if (names_.slots.empty()) names_.Reset(), ids_.Reset();
  thread_markup_ = false;
  // (Two copies of the walk: the one without a visitor has none of its
  // tests.)
  if (visitor) Walk<true>(doc, visitor);
  else Walk<false>(doc, nullptr);
}

namespace {

// Words in a custom element's name that name a thread's replies
// ("<shreddit-comment-tree>", "<forum-reply>"), lower-case.
constexpr std::string_view kReplyTagWords[] = {"comment", "reply", "replies"};

bool NamesReplies(std::string_view tag) {
  return ContainsAny(tag, kReplyTagWords);
}

// A section's permalink: the heading that opens `e` (its first element
// child, no words before it) links to `e`'s own id ("<section id=cookies>
// <h3>Cookies<a class=headerlink href=#cookies>"), as documentation
// generators draw it. The id is then an anchor made from the heading's
// words, not a role. A "related posts" box's heading links nowhere in it.
// (Bounded: kPermalinkMaxNodes nodes of the heading read.)
constexpr int kPermalinkMaxNodes = 16;

bool HeadingLinksToOwnId(const Node* e, std::string_view id) {
  const Node* h = e->first_child;
  for (; h && !h->is_element(); h = h->next)
    if (h->is_text() && !Trim(h->data).empty()) return false;
  if (!h || h->ns != Namespace::kHtml || !IsHeadingTag(h->tag)) return false;
  int k = 0;
  for (const Node* n = h->first_child; n && k < kPermalinkMaxNodes; n = NextInTree(n, h), ++k) {
    if (!n->Is(TagId::kA)) continue;
    const std::string_view href = n->Attr("href");
    if (href.size() == id.size() + 1 && href[0] == '#' && href.substr(1) == id) return true;
  }
  return false;
}

}  // namespace

template <bool kVisit>
void HintTable::Walk(const Document& doc, HintVisitor* visitor) {
  const Node* root = doc.root();
  // For the visitor: inside a <noscript> until the first element after it
  // (text between reads as outside: the visitor reads elements only, and
  // so the test is made at elements only).
  bool in_noscript = false;
  const Node* noscript_end = nullptr;
  // For the visitor: the hints that make it read an element, and for each
  // tag whether it does whatever the hints (kTagVisited) and whether the
  // tag opens a <noscript> (kTagNoscript); one look an element. (Copies:
  // the visitor's own fields are read again after each call to it.)
  constexpr uint8_t kTagVisited = 1, kTagNoscript = 2;
  uint8_t tag_bits[size_t(TagId::kCount)] = {};
  const uint32_t hint_mask = kVisit ? visitor->hint_mask : 0;
  if constexpr (kVisit) {
    for (size_t t = 0; t < size_t(TagId::kCount); ++t) tag_bits[t] = visitor->tags[t] ? kTagVisited : 0;
    tag_bits[size_t(TagId::kNoscript)] |= kTagNoscript;
  }
  for (const Node* n = root; n;) {
    if (!n->is_element()) {
      n = NextInTree(n, root);
      continue;
    }
    if (kVisit && n == noscript_end) in_noscript = false, noscript_end = nullptr;
    // Nothing below these is ever read for its class.
    if (n->ns != Namespace::kHtml || n->tag == TagId::kHead || n->tag == TagId::kScript ||
        n->tag == TagId::kStyle || n->tag == TagId::kTemplate || n->tag == TagId::kSvg) {
      if (kVisit && n->tag == TagId::kScript && n->ns == Namespace::kHtml && visitor->tags[size_t(n->tag)])
        visitor->Visit(n, 0, in_noscript);
      n = NextSkippingChildren(n, root);
      continue;
    }
    uint32_t h = 0;
    for (uint32_t k = 0; k < n->num_attrs; ++k) {
      const Attribute& at = n->attrs[k];
      if (at.value.empty()) continue;
      if (SameWord(at.name, "class")) {
        h |= ClassHints(at.value);
      } else if (SameWord(at.name, "id")) {
        // A heading's id is an anchor made from its words ("what-share-of-
        // teens-vape", a table of contents' target), not a role.
        // So is the id of a section whose heading links to it (a
        // permalink: documentation's "#cookies" section).
        if (!IsHeadingTag(n->tag)) {
          const uint32_t id_hints = IdHints(at.value);
          if (id_hints && !HeadingLinksToOwnId(n, at.value)) h |= id_hints;
        }
      } else if (SameWord(at.name, "itemprop")) {
        h |= kHintItemprop;
      } else if (SameWord(at.name, "itemtype")) {
        h |= kHintItemtype;
      } else if (SameWord(at.name, "rel")) {
        h |= kHintRel;
      }
    }
    // A custom element names its part of the page by its tag, the way a
    // class does ("<announcement-bar>", "<cart-drawer>", "<amp-ad>": the
    // web-components convention of a hyphenated name); each distinct name
    // is classified once, like a class list. Only its chrome is read: a
    // name that speaks of comments ("<shreddit-comment-tree>") names the
    // replies of a thread as often as a widget under an article, and the
    // replies are the thread, so such a name gives no hint at all. (A
    // reviews widget's name, "<trust-reviews-carousel>", still does.)
    if (n->tag == TagId::kUnknown && n->data.find('-') != std::string_view::npos) {
      const uint32_t tag_hints = ClassHints(n->data);
      if (!(tag_hints & kHintComments) || !NamesReplies(n->data)) h |= tag_hints;
    }
    hints_[n->eid] = h;
    if constexpr (kVisit) {
      if (const uint8_t bits = tag_bits[size_t(n->tag)]; bits || (h & hint_mask)) {
        if ((bits & kTagVisited) || (h & hint_mask)) visitor->Visit(n, h, in_noscript);
        if ((bits & kTagNoscript) && !in_noscript) {
          in_noscript = true;
          noscript_end = NextSkippingChildren(n, root);
          while (noscript_end && !noscript_end->is_element()) noscript_end = NextInTree(noscript_end, root);
        }
      }
    }
    n = NextInTree(n, root);
  }
}

// Class words of a link aggregator's vote or points elements ("votearrow",
// "score", "points"), matched in a class token (IsLinkPostVoteClass).
constexpr std::string_view kLinkPostVoteClasses[] = {"vote", "points", "karma"};

bool IsLinkPostVoteClass(std::string_view cls) {
  if (cls.empty() || cls.size() > 200) return false;
  return ContainsAnyIgnoreCase(cls, kLinkPostVoteClasses);
}

// Words of an aria-roledescription that make the element a carousel slide.
constexpr std::string_view kSlideRoleDescriptions[] = {"slide"};

bool IsSlideRoleDescription(std::string_view description) {
  if (description.size() > 64) return false;
  return ContainsAnyIgnoreCase(description, kSlideRoleDescriptions);
}

// Words of an aria-label that name a picture of an app's screens, in a few
// languages (English, German, French, Spanish, Italian, Portuguese). Not
// "illustration" or "preview" alone: a gallery's or a product's label.
constexpr std::string_view kDrawnScreenLabels[] = {
    "screenshot", "screen shot", "visual demonstration", "mockup", "mock-up", "bildschirmfoto",
    "capture d'écran", "capture d’écran", "captura de pantalla", "schermata", "captura de tela"};

// Articles a label may open on before its cue ("A screenshot of ...").
constexpr std::string_view kDrawnScreenLabelArticles[] = {"a ", "an ", "the "};

bool IsDrawnScreenLabel(std::string_view label) {
  if (label.size() > 400) return false;
  // The label opens on the cue ("Screenshot of the editor", "Mockup of the
  // dashboard"): not "How to take a screenshot", "T-shirt mockup bundle".
  label = Trim(label);
  for (std::string_view a : kDrawnScreenLabelArticles)
    if (label.size() > a.size() && EqualsIgnoreCase(label.substr(0, a.size()), a)) {
      label.remove_prefix(a.size());
      break;
    }
  for (std::string_view cue : kDrawnScreenLabels)
    if (label.size() >= cue.size() && EqualsIgnoreCase(label.substr(0, cue.size()), cue)) return true;
  return false;
}

// The words of the links a site's footer lists to its own pages, in a few
// languages. Not "Blog", "Shop" or "Support": a list page's own sections.
constexpr std::string_view kSiteLinkLabels[] = {
    "about", "about us", "careers", "jobs", "press", "newsroom", "privacy", "privacy policy", "terms",
    "terms of use", "terms of service", "terms and conditions", "terms & conditions", "help", "help center",
    "status", "contact", "contact us", "sitemap", "site map", "accessibility", "cookies", "cookie policy",
    "cookie settings", "legal", "imprint", "impressum", "investors", "investor relations", "advertise",
    "rules", "datenschutz", "kontakt", "karriere", "agb", "mentions légales", "contacto", "privacidad",
    "aviso legal", "chi siamo", "contatti", "à propos", "nous contacter"};

bool IsSiteLinkLabel(std::string_view text) {
  text = Trim(text);
  if (text.size() > 24) return false;
  return EqualsAnyIgnoreCase(text, kSiteLinkLabels);
}

// Values of data-toggle / data-bs-toggle that open and close a panel
// (an accordion's item, a "read more" box): not "tab", "dropdown", "modal".
constexpr std::string_view kCollapseToggleValues[] = {"collapse"};

bool IsCollapseToggleValue(std::string_view value) { return EqualsAnyIgnoreCase(Trim(value), kCollapseToggleValues); }

// data-role values a board's markup gives its parts (Invision Community):
// the <form> of its moderation tools, whose posts it wraps, and the
// poster's signature under each post, set in no signature-classed element
// ("<div data-role=memberSignature class='ipsBorder_top
// ipsPadding_vertical'>").
struct DataRoleValue {
  std::string_view value;  // lower case
  DataRole role;
};
constexpr DataRoleValue kDataRoleValues[] = {
    {"moderationtools", DataRole::kModerationForm},
    {"membersignature", DataRole::kPostSignature},
    // (NodeBB names its parts in a "component" attribute the same way.)
    {"post/signature", DataRole::kPostSignature},
};

DataRole ClassifyDataRole(std::string_view value) {
  value = Trim(value);
  for (const DataRoleValue& v : kDataRoleValues)
    if (EqualsIgnoreCase(value, v.value)) return v.role;
  return DataRole::kNone;
}

bool IsBannerRole(std::string_view role) { return EqualsIgnoreCase(Trim(role), kBannerRole); }
bool IsSiteHeaderMarkRole(std::string_view role) { return EqualsAnyIgnoreCase(Trim(role), kSiteHeaderMarkRoles); }
bool IsSiteHeaderMarkInputType(std::string_view type) {
  return EqualsAnyIgnoreCase(Trim(type), kSiteHeaderMarkInputTypes);
}
bool IsSiteHomeHref(std::string_view href) { return EqualsAnyIgnoreCase(Trim(href), kSiteHomeHrefs); }

constexpr std::string_view kTabListRole = "tablist";

bool IsTabListRole(std::string_view role) { return EqualsIgnoreCase(Trim(role), kTabListRole); }

// A link drawn as a button or a tab: its class names a button in the CSS
// frameworks' way ("btn", "btn-primary", "button", "button--secondary";
// Bootstrap, Foundation, Bulma, WordPress themes); ARIA's "tab" and
// "button" roles are ClassifyRole's.
// (And the word in French, Spanish and Dutch themes: "bouton", "boton",
// "knop".)
constexpr std::string_view kButtonClassWords[] = {"btn", "button"};
// (... whole, with no part after them: a route's "bouton-etape" links, a
// "knop-brouwerij" list, are a page's own items.)
constexpr std::string_view kForeignButtonClassWords[] = {"bouton", "boton", "knop"};

bool NamesButtonClass(std::string_view cls) {
  cls = cls.substr(0, 256);
  size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && IsAsciiSpace(static_cast<unsigned char>(cls[i]))) ++i;
    size_t j = i;
    while (j < cls.size() && !IsAsciiSpace(static_cast<unsigned char>(cls[j]))) ++j;
    const std::string_view token = cls.substr(i, j - i);
    for (std::string_view w : kButtonClassWords)
      if (StartsWithIgnoreCase(token, w) &&
          (token.size() == w.size() || token[w.size()] == '-' || token[w.size()] == '_'))
        return true;
    if (EqualsAnyIgnoreCase(token, kForeignButtonClassWords)) return true;
    i = j;
  }
  return false;
}

uint32_t ClassifyRole(std::string_view role) {
  role = Trim(role);
  if (role.empty()) return 0;
  for (size_t k = 0; k < std::size(kRoles); ++k)
    if (EqualsIgnoreCase(role, kRoles[k])) return kRoleKinds[k];
  return 0;
}

// An inline style is read lower-cased with its spaces out ("Display: None"
// reads "display:none"), in place: no folded copy is made (styles are on
// many elements, and most hide nothing).
// Whether the folded style has `word` (lower case, no spaces) at the
// non-space byte s[i]; *end is set one past the match's last byte.
static bool FoldedWordAt(std::string_view s, size_t i, std::string_view word, size_t* end) {
  size_t j = 0;
  for (; i < s.size() && j < word.size(); ++i) {
    if (IsAsciiSpace(s[i])) continue;
    if (ToLowerAscii(s[i]) != word[j]) return false;
    ++j;
  }
  *end = i;
  return j == word.size();
}

constexpr std::string_view kHiddenDisplay = "display:none", kHiddenVisibility = "visibility:hidden";

bool IsHiddenStyle(std::string_view style) {
  size_t end;
  for (size_t i = 0; i < style.size(); ++i) {
    const char c = ToLowerAscii(style[i]);
    if ((c == 'd' && FoldedWordAt(style, i, kHiddenDisplay, &end)) ||
        (c == 'v' && FoldedWordAt(style, i, kHiddenVisibility, &end)))
      return true;
  }
  return false;
}

// The CSS property, and its one value that hides, read by IsShownDisplayStyle.
constexpr std::string_view kDisplayProperty = "display:";
constexpr std::string_view kDisplayHiddenValue = "none";

// Where the value of a style's last display declaration starts, or npos:
// the declaration of the property itself (not "--x-display:", not
// "grid-display:"), which opens the style or follows a ';' (spaces aside);
// the last one wins.
static size_t LastDisplayValueAt(std::string_view style) {
  size_t value_at = std::string_view::npos;
  char prev = ';';  // (the last non-space byte before s[i]; the start reads as after a ';')
  for (size_t i = 0; i < style.size(); ++i) {
    const char c = style[i];
    if (IsAsciiSpace(c)) continue;
    size_t end;
    if (prev == ';' && ToLowerAscii(c) == 'd' && FoldedWordAt(style, i, kDisplayProperty, &end)) value_at = end;
    prev = c;
  }
  return value_at;
}

// A display value folded (lower case, spaces out) into `out`, up to a ';'
// or a '!': its length, or out.size() + 1 when it is longer than `out`.
static size_t FoldedDisplayValue(std::string_view style, size_t value_at, std::span<char> out) {
  size_t n = 0;
  for (size_t i = value_at; i < style.size() && style[i] != ';' && style[i] != '!'; ++i) {
    if (IsAsciiSpace(style[i])) continue;
    if (n == out.size()) return n + 1;
    out[n++] = ToLowerAscii(style[i]);
  }
  return n;
}

bool IsShownDisplayStyle(std::string_view style) {
  // The last declaration of the property: shown when its value is there
  // and is not "none".
  const size_t value_at = LastDisplayValueAt(style);
  if (value_at == std::string_view::npos) return false;
  char value[kDisplayHiddenValue.size()];
  const size_t n = FoldedDisplayValue(style, value_at, value);
  return n > 0 && (n > kDisplayHiddenValue.size() || std::string_view(value, n) != kDisplayHiddenValue);
}

// Display values that lay an element out as a block of its own, and
// Tailwind's and Bootstrap's display utilities and the plain names that set
// them (whole class names, lower-case).
constexpr std::string_view kBlockDisplayValues[] = {"block", "flex", "grid", "list-item", "table"};
constexpr std::string_view kBlockDisplayClasses[] = {"block",  "d-block",       "flex",     "d-flex", "grid",
                                                     "d-grid", "display-block", "is-block", "u-block"};
constexpr size_t kDisplayValueMaxBytes = 16;

bool IsBlockDisplayStyle(std::string_view style) {
  const size_t value_at = LastDisplayValueAt(style);
  if (value_at == std::string_view::npos) return false;
  char value[kDisplayValueMaxBytes];
  const size_t n = FoldedDisplayValue(style, value_at, value);
  return n <= kDisplayValueMaxBytes && EqualsAnyIgnoreCase(std::string_view(value, n), kBlockDisplayValues);
}

bool IsBlockDisplayClass(std::string_view cls) {
  return AnySpaceToken(cls, [](std::string_view w) { return EqualsAnyIgnoreCase(w, kBlockDisplayClasses); });
}

// Phrases that make a short line furniture wherever they appear in it.
constexpr std::string_view kBoilerplatePhrases[] = {
    "enable javascript", "javascript is disabled", "javascript is required", "javascript to view",
    "browser does not support", "update your browser", "requires javascript",
    // Vue CLI's and Create React App's <noscript> ("We're sorry but <app>
    // doesn't work properly without JavaScript enabled. Please enable it
    // to continue."), kept by apps built from their templates.
    "without javascript enabled",
    // The same notice in other languages (an app shell's <noscript>, a
    // consent wall's), with the word "javascript" in each: German, French,
    // Spanish, Italian, Portuguese, Dutch, Polish, Russian, Japanese.
    "javascript aktivieren", "javascript ist deaktiviert", "javascript muss aktiviert", "aktivieren sie javascript",
    "activer javascript", "activez javascript", "activer le javascript", "activez le javascript",
    "javascript est d\xC3\xA9sactiv\xC3\xA9", "n\xC3\xA9" "cessite javascript", "n\xC3\xA9" "cessite le javascript",
    "habilitar javascript", "habilite javascript", "activar javascript",
    "habilitar el javascript", "javascript est\xC3\xA1 desactivado", "javascript deshabilitado", "requiere javascript",
    "abilitare javascript", "abilita javascript", "attivare javascript", "javascript \xC3\xA8 disabilitato",
    "richiede javascript", "ativar o javascript", "ative o javascript", "habilite o javascript",
    "habilitar o javascript", "javascript est\xC3\xA1 desativado", "requer javascript",
    "javascript inschakelen", "schakel javascript in", "javascript is uitgeschakeld", "javascript vereist",
    "w\xC5\x82\xC4\x85" "cz javascript", "w\xC5\x82\xC4\x85" "czy\xC4\x87 javascript", "javascript jest wy\xC5\x82\xC4\x85" "czony",
    "wymaga javascript",
    "\xD0\xB2\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87\xD0\xB8\xD1\x82\xD0\xB5 javascript",  // "включите javascript"
    "javascript \xD0\xBE\xD1\x82\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87",                      // "javascript отключ(ён)"
    "javascript\xE3\x82\x92\xE6\x9C\x89\xE5\x8A\xB9",                                      // "javascriptを有効"
    "javascript\xE3\x81\x8C\xE7\x84\xA1\xE5\x8A\xB9",                                      // "javascriptが無効"
    // A recipe plugin's furniture (WP Recipe Maker, Tasty, Create): the
    // jump link over the post ("Jump to Recipe · Print Recipe") and the
    // call under the card ("Tried this recipe? Mention @... or tag #...").
    "jump to recipe", "tried this recipe?", "made this recipe?",
    // A bot check's interstitial in place of the page (a CDN's "Just a
    // moment..." challenge, a captcha wall): crawls hold many.
    "checking if the site connection is secure", "needs to review the security of your connection",
    "checking your browser before accessing", "verify you are human",
    // A news site's prompt to report a typo with the keyboard ("Помітили
    // помилку? Виділіть текст і натисніть Ctrl+Enter", "Нашли ошибку? ...
    // Ctrl+Enter", "Found a typo? Select it and press Ctrl+Enter").
    "ctrl+enter", "ctrl + enter",
};
// Words every kBoilerplatePhrases phrase holds: a line (nearly every short
// line of a body) is searched for these few, and for the phrases only
// when one is found.
constexpr std::string_view kBoilerplateAnchors[] = {"javascript", "browser", "recipe", "connection", "human", "ctrl"};
// An obituary platform's line under every notice ("To send flowers to the
// family or plant a tree in memory of ..., please visit our floral
// store."): its shop's. The line opens on "to " and closes on one of
// these (not a florist's own "Come and visit our floral store on Quay
// Lane ...").
constexpr std::string_view kSympathyStoreOpener = "to ";
constexpr std::string_view kSympathyStoreClosers[] = {"visit our floral store", "visit our sympathy store",
                                                      "visit our flower store"};
constexpr bool HoldsBoilerplateAnchor(std::string_view s) {
  return ContainsAny(s, kBoilerplateAnchors);
}
static_assert(std::ranges::all_of(kBoilerplatePhrases, HoldsBoilerplateAnchor));

// A board's count of who reads the thread, over or under its posts
// (Simple Machines "0 Members and 2 Guests are viewing this topic.", MyBB
// "Users browsing this thread: 1 Guest(s)", phpBB "Users browsing this
// forum: No registered users and 2 guests"): the phrases' common stem,
// searched once a line, then the phrases where it is found.
constexpr std::string_view kThreadViewersStem = "ing this ";
constexpr std::string_view kThreadViewersPhrases[] = {"are viewing this topic", "are viewing this thread",
                                                      "is viewing this topic",  "is viewing this thread",
                                                      "users browsing this thread", "users browsing this topic",
                                                      "users browsing this forum",
                                                      // (Invision's "No registered users viewing this page.")
                                                      "users viewing this page"};

// A wiki page's note of its last edit ("Jane Doe edited this page 5 months
// ago · 4 revisions", GitHub's and GitLab's wikis; MediaWiki's "This page
// was last edited on 3 March 2024"): the page's history, not its text.
// The phrases' common stem, searched once a line, then the phrases. The
// editor's phrases are a sentence's too ("Nobody has edited this page"):
// the note shows when, a number ("5 months ago", "3 March 2024").
constexpr std::string_view kPageEditNoteStem = "this page";
constexpr std::string_view kPageEditNotePhrases[] = {"this page was last edited", "this page was last modified"};
constexpr std::string_view kPageEditorPhrases[] = {"edited this page", "modified this page"};

// A Q&A page's vote under each answer, read without its buttons ("Was this
// answer helpful? Yes No 2 people found this answer helpful.": Microsoft
// Q&A): the prompt opens the line, or the line is the tally alone ("2
// people found this answer helpful"). (A reply that says it found an
// answer helpful is a sentence of its own.)
// (The same in the Q&A sites' other languages: "¿Le resultó útil esta
// respuesta?", "9 personas encontraron útil esta respuesta.", the tally
// before the prompt on one line.)
constexpr std::string_view kAnswerVotePrompts[] = {
    "was this answer helpful", "was this reply helpful", "\xC2\xBFle result\xC3\xB3 \xC3\xBAtil esta respuesta",
    "\xC2\xBFte result\xC3\xB3 \xC3\xBAtil esta respuesta", "\xC2\xBF" "fue \xC3\xBAtil esta respuesta",
    "war diese antwort hilfreich", "cette r\xC3\xA9ponse vous a-t-elle \xC3\xA9t\xC3\xA9 utile",
    "questa risposta ti \xC3\xA8 stata utile", "questa risposta \xC3\xA8 stata utile", "esta resposta foi \xC3\xBAtil",
    "essa resposta foi \xC3\xBAtil", "was dit antwoord nuttig"};
constexpr std::string_view kAnswerVoteTallies[] = {
    " found this answer helpful", " found this reply helpful", " encontraron \xC3\xBAtil esta respuesta",
    " encontraron esta respuesta \xC3\xBAtil", " fanden diese antwort hilfreich",
    " ont trouv\xC3\xA9 cette r\xC3\xA9ponse utile", " hanno trovato utile questa risposta",
    " acharam esta resposta \xC3\xBAtil", " vonden dit antwoord nuttig",
    // (One reader: "1 persona encontró útil esta respuesta.")
    " encontr\xC3\xB3 \xC3\xBAtil esta respuesta", " fand diese antwort hilfreich",
    " a trouv\xC3\xA9 cette r\xC3\xA9ponse utile", " ha trovato utile questa risposta",
    " achou esta resposta \xC3\xBAtil", " vond dit antwoord nuttig"};
constexpr size_t kAnswerVoteTallyMaxBytes = 96;
// What a prompt's line holds after its question mark at most: the Yes and
// No buttons and a tally.
constexpr size_t kAnswerVotePromptRestMaxBytes = 64;

// Whether `s` opens on a vote prompt asked as a question with little
// after it (its buttons, a tally).
static bool OpensAnswerVotePrompt(std::string_view s) {
  for (std::string_view p : kAnswerVotePrompts)
    if (s.starts_with(p)) {
      const std::string_view rest = s.substr(p.size());
      return rest.starts_with("?") && rest.size() <= kAnswerVotePromptRestMaxBytes;
    }
  return false;
}

static bool IsAnswerVoteLow(std::string_view low) {
  if (low.empty()) return false;
  if (!IsAsciiDigit(static_cast<unsigned char>(low[0]))) {
    // (Only a line that opens as a prompt does: "w", "c", "q", "e", "¿".)
    switch (low[0]) {
      case 'w': case 'c': case 'q': case 'e': case '\xC2': break;
      default: return false;
    }
    // The prompt is a question, and the line holds little after it (its
    // buttons, a tally): "Esta resposta foi útil para mim porque ..." and
    // "Cette réponse vous a-t-elle été utile? Diese Frage stellen ..." are
    // sentences.
    return OpensAnswerVotePrompt(low);
  }
  if (low.size() > kAnswerVoteTallyMaxBytes) return false;
  // The tally ends the line, or a prompt follows it ("9 personas
  // encontraron útil esta respuesta. ¿Le resultó útil esta respuesta?"):
  // "3 artisans ont trouvé cette réponse utile et me l'ont confirmée" is a
  // reply's sentence.
  for (std::string_view t : kAnswerVoteTallies) {
    const size_t at = low.find(t);
    if (at == std::string_view::npos) continue;
    std::string_view rest = low.substr(at + t.size());
    while (!rest.empty() && (rest[0] == '.' || rest[0] == '!' || rest[0] == ' ')) rest.remove_prefix(1);
    return rest.empty() || OpensAnswerVotePrompt(rest);
  }
  return false;
}

static bool IsPageEditNoteLow(std::string_view low) {
  if (low.find(kPageEditNoteStem) == std::string_view::npos) return false;
  return ContainsAny(low, kPageEditNotePhrases) || (HasAsciiDigit(low) && ContainsAny(low, kPageEditorPhrases));
}

// The same count in the boards' other languages (SMF's "0 Usuarios y 3
// Visitantes están viendo este tema.", "... betrachten dieses Thema",
// "... sont en train de lire ce sujet"; MyBB's "Benutzer, die gerade
// dieses Thema anschauen"), looked for only in a short line with a digit
// (the count).
constexpr std::string_view kForeignThreadViewersPhrases[] = {
    "viendo este tema", "vendo este t\u00f3pico", "visualizando este t\u00f3pico", "betrachten dieses thema",
    "betrachten das thema", "dieses thema anschauen", "en train de lire ce sujet", "consultent ce sujet",
    "stanno visualizzando questo", "stanno leggendo questa discussione", "przegl\u0105daj\u0105 ten temat",
    "bekijken dit onderwerp",
    // Invision's: "Nenhum usuário registrado visualizando esta página.",
    // "Keine registrierten Benutzer sehen diese Seite."
    "visualizando esta p\u00e1gina", "sehen diese seite", "consultent cette page", "viendo esta p\u00e1gina",
    "stanno visualizzando questa pagina", "sta visualizzando questa pagina", "consulte cette page",
    // FluxBB's and phpBB's Russian: "Сейчас эту тему просматривают: 1 пользователь и 6 гостей".
    "\u044d\u0442\u0443 \u0442\u0435\u043c\u0443 \u043f\u0440\u043e\u0441\u043c\u0430\u0442\u0440\u0438\u0432\u0430\u044e\u0442"};

// (Such a line is short: the count and the phrase; two bytes a letter in
// Cyrillic.)
constexpr size_t kForeignThreadViewersMaxBytes = 128;

// The word for none that may stand for the count ("Nenhum usuário
// registrado...", "Keine registrierten Benutzer...").
constexpr std::string_view kNoViewersWords[] = {"nenhum ", "keine ", "aucun ", "ning\u00fan ", "nessun "};

static bool IsThreadViewersLow(std::string_view low) {
  if (low.find(kThreadViewersStem) != std::string_view::npos && ContainsAny(low, kThreadViewersPhrases)) return true;
  if (low.size() > kForeignThreadViewersMaxBytes) return false;
  if (HasAsciiDigit(low)) return ContainsAny(low, kForeignThreadViewersPhrases);
  // (With "none" for the count, the phrase ends the line: "Keine Benutzer
  // sehen diese Seite gerade, sagt das Log" is a sentence of a story.)
  if (!std::ranges::any_of(kNoViewersWords, [&](std::string_view w) { return low.starts_with(w); })) return false;
  std::string_view end = low;
  while (!end.empty() && (end.back() == '.' || end.back() == ' ')) end.remove_suffix(1);
  return std::ranges::any_of(kForeignThreadViewersPhrases, [&](std::string_view p) { return end.ends_with(p); });
}

// A consent placeholder standing where a blocked embed would be ("This
// content isn't visible due to your cookie preferences. To load this
// content, click Allow..."): a consent word and a cue that the text stands
// for content not shown. Either alone is prose (a privacy policy's "accept
// cookies", an article's "to view this content, subscribe").
constexpr std::string_view kConsentWords[] = {"cookie", "consent", "privacy settings", "datenschutz"};
constexpr std::string_view kConsentPlaceholderCues[] = {
    "to view this content", "to load this content", "to see this content", "to display this content",
    "to show this content", "to watch this video", "to view this video", "to play this video",
    "content isn't visible", "content is not visible", "content is not available", "content is hidden",
    "content is blocked", "content has been blocked", "content cannot be displayed", "this embed",
    "embedded content", "external content", "third-party content", "third party content", "load video",
    "accept and load", "load content", "diesen inhalt", "externe inhalte", "ce contenu",
};
// At most this many bytes: a placeholder is a short note, not a section.
constexpr size_t kConsentPlaceholderMaxBytes = 480;

// A media player's time ("3:45", "1:02:10", "0:00 / 4:02"), alone or after
// one of these cues ("Listen · 4:02", "Duration: 3:45").
constexpr std::string_view kMediaTimeCues[] = {"listen", "watch", "play", "duration", "length", "runtime"};
// The dots that part a cue from the time besides ' ', ':', '|', '-': a
// middle dot, a bullet.
constexpr std::string_view kMediaTimeDots[] = {"\xc2\xb7", "\xe2\x80\xa2"};

// A text of invisible marks alone (IsInvisibleMark: a site builder's
// "<p>&zwj;</p>" for a blank line) is blank; longer runs are read as text
// (a run this long is no blank line's mark).
constexpr size_t kInvisibleRunMaxBytes = 24;

// A phrase of a few words shown over and over on one line: a scrolling
// ticker's ("Book now * Book now * Book now"), a swatch's label drawn for
// each copy of a carousel. At least this many words, the phrase this many
// words at most, repeated this many times at least; a line of more words
// is not read.
constexpr size_t kRepeatedPhraseMinWords = 6;
constexpr size_t kRepeatedPhraseMaxPeriod = 4;
constexpr size_t kRepeatedPhraseMinTimes = 3;
constexpr size_t kRepeatedPhraseMaxWords = 96;

// The words before a carousel's or gallery's position ("Slide 3 of 8").
constexpr std::string_view kCarouselPositionUnits[] = {"slide", "image", "photo", "picture", "page"};

// "Back to" and at most this many more words less one.
constexpr long kBackToMaxSpaces = 4;
// "« All" and at most this many more words less one ("« All Events").
constexpr long kBackToAllMaxSpaces = 2;

namespace {

// Digits with ',' or '.' between groups ("1,935", "4.5"), from `*i`:
// advances past them; false when none.
bool SkipNumber(std::string_view s, size_t* i) {
  const size_t start = *i;
  while (*i < s.size() && (IsAsciiDigit(static_cast<unsigned char>(s[*i])) ||
                           ((s[*i] == ',' || s[*i] == '.') && *i > start && *i + 1 < s.size() &&
                            IsAsciiDigit(static_cast<unsigned char>(s[*i + 1])))))
    ++*i;
  return *i > start;
}

// A count and its unit word from `*i` ("14 comments", "1,693 views", "3.4k
// views", "1.2M likes", "5-min read", "6min"): a number (SkipNumber), a
// magnitude glued to it (k; m only before a non-letter: "6min" is six
// minutes), spaces or a dash, then the unit's letters. The unit, with *i
// past it; empty when there is no number or no unit.
std::string_view ReadCountUnit(std::string_view s, size_t* i) {
  if (!SkipNumber(s, i)) return {};
  if (*i < s.size() && (s[*i] == 'k' || s[*i] == 'K')) ++*i;
  else if (*i < s.size() && (s[*i] == 'm' || s[*i] == 'M') && (*i + 1 == s.size() || !IsAsciiAlpha(s[*i + 1]))) ++*i;
  while (*i < s.size() && IsAsciiSpace(s[*i])) ++*i;
  if (*i < s.size() && s[*i] == '-') ++*i;
  const size_t start = *i;
  while (*i < s.size() && IsAsciiAlpha(s[*i])) ++*i;
  return s.substr(start, *i - start);
}

// A count and its noun alone, "3 events", "400 products" (no "showing",
// range, "of N" or "found"), lower-case: what a heading that counts its
// section's items says. (Not IsBareCountLine: a count with no word.)
bool IsCountAndNounLow(std::string_view low) {
  size_t i = 0;
  if (!SkipNumber(low, &i) || i >= low.size() || low[i] != ' ') return false;
  const std::string_view noun = Trim(low.substr(i));
  return noun.find(' ') == std::string_view::npos;
}

}  // namespace

// A list's "showing" lead and its "of", in other languages than English
// (lower-case; a capital outside ASCII as printed: the line is lowered in
// ASCII only).
struct ShowingLead {
  std::string_view showing, of;
};
constexpr ShowingLead kShowingLeads[] = {
    {"εμφανίζονται ", "από "}, {"Εμφανίζονται ", "από "}, {"affichage de ", "sur "}, {"affichage ", "sur "},
    {"mostrando ", "de "},     {"visualizzazione ", "di "}, {"wyświetlanie ", "z "},  {"zeige ", "von "},
    {"weergave ", "van "},     {"показано ", "из "},       {"Показано ", "из "},     {"mostra da ", "di "},
    {"toont ", "van "},
};

// A shop's count in a sentence, "There are 23 products." (PrestaShop's
// theme prints it over the grid, in the shop's language): the lead, then
// the count and one of these nouns, nothing after.
constexpr std::string_view kThereAreCountLeads[] = {
    "there are ", "there is ", "hay ", "il y a ", "ci sono ", "c'\xC3\xA8 ", "es gibt ", "er zijn ", "er is ",
    "h\xC3\xA1 ", "existem ",
};
// (Products only: "There are 7 articles." answers a quiz, "Es gibt 23
// Artikel." is a language lesson's example.)
constexpr std::string_view kThereAreCountNouns[] = {
    "products", "product", "productos", "producto", "produits", "produit", "prodotti", "prodotto",
    "produkte", "produkt", "producten", "produtos", "produto",
};

// Whether `low` (lower-case) is a shop's count in a sentence: "there are
// 23 products", "hay 23 productos", "il y a 23 produits" (the full stop
// is cut before). Not a heading.
static bool IsThereAreCountLow(std::string_view low) {
  for (std::string_view lead : kThereAreCountLeads) {
    if (!low.starts_with(lead)) continue;
    std::string_view rest = low.substr(lead.size());
    size_t i = 0;
    if (!SkipNumber(rest, &i) || i >= rest.size() || rest[i] != ' ') return false;
    return EqualsAny(Trim(rest.substr(i)), kThereAreCountNouns);
  }
  return false;
}

// A search's count of its results in other languages than English (see
// IsForeignResultCountLine): the word for results, lower-case (the caller
// folds the line), the words for "about" before a count, the words between
// a range's ends and before its total.
constexpr std::string_view kForeignResultNouns[] = {
    "resultaten", "ergebnisse", "treffer", "r\xC3\xA9sultats", "resultats", "risultati", "resultados", "wyniki",
    "wynik\xC3\xB3w", "v\xC3\xBDsledky", "v\xC3\xBDsledk\xC5\xAF", "träffar", "resultat",
};
constexpr std::string_view kAboutCountWords[] = {
    "ongeveer", "ungef\xC3\xA4hr", "etwa", "environ", "circa", "aproximadamente", "oko\xC5\x82o", "cirka",
};
constexpr std::string_view kRangeJoinWords[] = {"-", "\xE2\x80\x93", "bis", "\xC3\xA0", "a", "al", "tot", "t/m", "do"};
// (Longest first where one opens another: "von insgesamt" before "von".)
constexpr std::string_view kRangeTotalWords[] = {"von insgesamt", "von", "sur", "de", "di", "van", "z", "av"};
// The words a count of results may end on ("86 Ergebnisse gefunden"):
// "found", in the same languages.
constexpr std::string_view kFoundWords[] = {"gefunden", "gevonden", "trouv\xC3\xA9s", "trouves", "encontrados",
                                            "trovati", "znaleziono", "nalezeno", "hittades",
                                            "trouv\xC3\xA9" "es", "encontradas", "trovate"};

// Whether a line that opens on byte `c0` may be a foreign count
// (IsForeignResultCountLine): a digit, or the first byte of an "about"
// word or of a results noun. (Most lines open on another.)
static bool MayOpenForeignResultCount(unsigned char c0) {
  static constexpr auto kFirstBytes = [] {
    std::array<bool, 256> t{};
    for (unsigned char d = '0'; d <= '9'; ++d) t[d] = true;
    for (std::string_view w : kAboutCountWords) t[static_cast<unsigned char>(w[0])] = true;
    for (std::string_view w : kForeignResultNouns) t[static_cast<unsigned char>(w[0])] = true;
    return t;
  }();
  return kFirstBytes[c0];
}

// Whether `low` counts a search's results in another language: "ongeveer
// 86 resultaten", "86 Ergebnisse", or the noun first with a range and its
// total, "Ergebnisse 1 bis 10 von insgesamt 57", "Résultats 1 à 10 sur
// 38". Not a heading, also a count of the list's items by their own noun
// with the word for found after it ("9 immobilien gefunden", "12 attività
// trovate"; a heading "3 Leichen gefunden" is a story's). (Asked of a line
// that opens on a digit or a letter one of the words opens on.)
bool IsForeignResultCountLine(std::string_view low, bool heading) {
  auto next_word = [&low]() {
    low = Trim(low);
    const size_t sp = low.find(' ');
    const std::string_view w = low.substr(0, sp);
    low = sp == std::string_view::npos ? std::string_view() : low.substr(sp + 1);
    return w;
  };
  auto is_number = [](std::string_view w) {
    size_t i = 0;
    return SkipNumber(w, &i) && i == w.size();
  };
  std::string_view w = next_word();
  if (EqualsAny(w, kAboutCountWords)) w = next_word();
  if (is_number(w)) {
    // "86 resultaten", "ongeveer 86 resultaten" (then "found", "gefunden",
    // "trouvés", or the search's time in parentheses, "(0,21 seconden)";
    // no other word: "4 resultados clave" heads a story's section).
    if (const std::string_view noun = next_word(); !EqualsAny(noun, kForeignResultNouns))
      return !heading && !noun.empty() && EqualsAny(Trim(low), kFoundWords);
    const std::string_view rest = Trim(low);
    return rest.empty() || EqualsAny(rest, kFoundWords) || (rest.front() == '(' && rest.back() == ')');
  }
  if (!EqualsAny(w, kForeignResultNouns) || !is_number(next_word()) || !EqualsAny(next_word(), kRangeJoinWords) ||
      !is_number(next_word()))
    return false;
  low = Trim(low);
  for (std::string_view of : kRangeTotalWords)
    if (low.size() > of.size() && low.substr(0, of.size()) == of && low[of.size()] == ' ') {
      low = low.substr(of.size() + 1);
      return is_number(next_word()) && low.empty();
    }
  return false;
}

// Whether `t` opens on a quotation mark (ASCII, curly, guillemet, low-9).
static bool OpensQuote(std::string_view t) {
  return t.starts_with('"') || t.starts_with('\'') || t.starts_with("\u201c") || t.starts_with("\u201e") ||
         t.starts_with("\u00ab") || t.starts_with("\u2018");
}

// A result list's count: "[showing] N[-M] [of N] noun [found]", lower-case;
// or its range before the noun, "N-M noun of N" ("1-24 items of 33"); or
// "showing N[-M] of N" with no noun ("Showing 36 of 84").
bool IsResultCountLine(std::string_view low, bool heading) {
  auto is_noun = [](std::string_view w) { return EqualsAny(w, kResultNouns); };
  auto skip_word = [&](std::string_view w) {
    if (low.substr(0, w.size()) == w) {
      low = Trim(low.substr(w.size()));
      return true;
    }
    return false;
  };
  auto number = [&]() {
    size_t i = 0;
    if (!SkipNumber(low, &i)) return false;
    low = Trim(low.substr(i));
    return true;
  };
  // (Most lines open on a byte no lead opens on, nor a digit: each lead is
  // compared only when the line opens on its first byte.)
  const unsigned char c0 = low.empty() ? 0 : static_cast<unsigned char>(low[0]);
  bool showing = false;
  std::string_view of_word = "of ";
  if (!IsAsciiDigit(c0)) {
    showing = c0 == 's' && skip_word("showing ");
    // (The same lead in other languages, with their "of": "Εμφανίζονται 1
    // - 10 από 87 ανακοινώσεις", "Mostrando 1-20 de 134 productos".)
    for (const ShowingLead& lead : kShowingLeads)
      if (!showing && static_cast<unsigned char>(lead.showing[0]) == c0 && skip_word(lead.showing))
        showing = true, of_word = lead.of;
    if (!low.empty() && low[0] == 'a') skip_word("all ");
    if (!showing && !heading && HasAsciiDigit(low) && IsThereAreCountLow(low)) return true;
  }
  if (!showing && MayOpenForeignResultCount(c0) && HasAsciiDigit(low) && IsForeignResultCountLine(low, heading)) return true;
  if (!number()) return false;
  // A range: "1-24", "1–30" (an en dash is three bytes).
  bool range = false;
  if (!low.empty() && low[0] == '-') low = Trim(low.substr(1)), range = number();
  else if (low.substr(0, 3) == "\xe2\x80\x93") low = Trim(low.substr(3)), range = number();
  else if (showing) {
    // (After a "showing" lead, a range in words: "Showing 1 to 9 of 22
    // (3 Pages)", OpenCart's; "Zeige 1 bis 9 von 22", "Mostra da 1 a 9 di
    // 22".)
    const size_t sp = low.find(' ');
    const std::string_view join = low.substr(0, sp);
    if (sp != std::string_view::npos && (join == "to" || EqualsAny(join, kRangeJoinWords))) {
      const std::string_view before = low;
      low = Trim(low.substr(sp + 1));
      range = number();
      if (!range) low = before;
    }
  }
  // The noun between the range and its total: "1-24 items of 33" (after a
  // range only: "10 products of 2024" is a title).
  if (const size_t sp = low.find(' '); range && sp != std::string_view::npos && is_noun(low.substr(0, sp)) &&
                                       low.substr(sp + 1, 3) == "of ") {
    low = Trim(low.substr(sp + 4));
    return number() && low.empty();
  }
  if (low.substr(0, of_word.size()) == of_word) {
    low = Trim(low.substr(of_word.size()));
    if (!number()) return false;
    // (After a range and its total, the noun in any language: one or two
    // words, "87 ανακοινώσεις", "134 productos".)
    if (showing && (low.empty() || (range && std::count(low.begin(), low.end(), ' ') <= 1))) return true;
  }
  if (low.size() > 6 && low.substr(low.size() - 6) == " found") low = Trim(low.substr(0, low.size() - 6));
  // (The query after the noun: "412 projects for \"sqlite migrations\"",
  // "38 results matching heat pumps".)
  // (A heading's query quoted only: "12 events for families" heads a
  // list's section.)
  if (const size_t sp = low.find(' '); sp != std::string_view::npos && is_noun(low.substr(0, sp))) {
    std::string_view rest = low.substr(sp + 1);
    for (std::string_view q : {std::string_view("for "), std::string_view("matching ")})
      if (rest.size() > q.size() && rest.starts_with(q) && (!heading || OpensQuote(rest.substr(q.size()))))
        return true;
  }
  return is_noun(low);
}

// `text` (at most `max_size` bytes) is one of `labels`, alone or with one
// of `marks` after it ("Filters", "Accessories (12)", "Sort: Best Match"),
// not the start of a longer text ("Filter coffee at home", "Sort by size
// before washing", "Related work on solar cells": content).
// The labels of `kLabels` by their first byte (IsLabel): for each ASCII
// byte, the labels that open on it; at [128], those that open on a byte
// from 0x80. (Built at compile time: a text is compared with the few labels
// of its first byte only, not run past all of them.)
template <const auto& kLabels>
struct LabelsByFirstByte {
  static constexpr size_t kN = std::size(kLabels);
  static_assert(kN < 65536);
  static_assert(std::ranges::none_of(kLabels, [](std::string_view w) { return w.empty(); }));
  struct Table {
    uint16_t start[130];
    uint16_t index[kN];
  };
  static constexpr Table kTable = [] {
    Table t{};
    size_t k = 0;
    for (unsigned b = 0; b <= 128; ++b) {
      t.start[b] = uint16_t(k);
      for (size_t i = 0; i < kN; ++i) {
        const unsigned char lead = static_cast<unsigned char>(kLabels[i][0]);
        if (b < 128 ? lead == b : lead >= 0x80) t.index[k++] = uint16_t(i);
      }
    }
    t.start[129] = uint16_t(k);
    return t;
  }();
};

template <const auto& kLabels>
bool IsLabel(std::string_view text, size_t max_size, std::string_view marks = ":(") {
  text = Trim(text);
  if (text.size() > max_size || text.empty()) return false;  // (no label is empty)
  // The first byte passes most labels by (StartsWithFolded's own rule,
  // asked first): an ASCII byte matches only a label that opens on it
  // lower-cased; a byte from 0x80 only a label that opens on one too.
  const unsigned char first = static_cast<unsigned char>(text[0]);
  const unsigned char want = first < 0x80 ? static_cast<unsigned char>(ToLowerAscii(char(first))) : 0;
  using By = LabelsByFirstByte<kLabels>;
  const unsigned bucket = want ? want : 128;
  for (size_t k = By::kTable.start[bucket]; k < By::kTable.start[bucket + 1]; ++k) {
    const std::string_view h = kLabels[By::kTable.index[k]];
    if (!StartsWithFolded(text, h)) continue;
    std::string_view rest = Trim(text.substr(h.size()));
    if (rest.empty() || marks.find(rest[0]) != std::string_view::npos) return true;
  }
  return false;
}

// The label of a toggle that shows the rest of a clamped text ("Read more",
// "Show more", "Lire la suite"), in several languages. A bare "More" is
// left out: it opens menus too.
constexpr std::string_view kRevealToggleCues[] = {
    "read more", "show more", "see more", "view more", "read full description", "show full description",
    "read less read more", "show less show more", "see less see more",
    "weiterlesen", "mehr lesen", "mehr anzeigen", "lire la suite", "voir plus", "afficher plus",
    "leer m\xC3\xA1s", "ver m\xC3\xA1s", "mostrar m\xC3\xA1s", "leggi di pi\xC3\xB9", "mostra di pi\xC3\xB9",
    "lees meer", "toon meer", "czytaj wi\xC4\x99" "cej", "poka\xC5\xBC wi\xC4\x99" "cej",
};

// A screen-reader helper on a heading's control, lower-case cues, and the
// words it has at most (IsSpokenHelperLine): "Copy link", "(opens in a new
// tab)", "Permalink to this section".
constexpr std::string_view kSpokenHelperCues[] = {"link", "new tab", "new window", "opens", "anchor",
                                                  "copy", "external", "this section", "this heading"};
constexpr size_t kSpokenHelperMaxWords = 6;

bool IsSpokenHelperLine(std::string_view line) {
  line = Trim(line);
  size_t words = 0;
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && IsAsciiSpace(line[i])) ++i;
    if (i >= line.size()) break;
    ++words;
    while (i < line.size() && !IsAsciiSpace(line[i])) ++i;
  }
  return words > 0 && words <= kSpokenHelperMaxWords && ContainsAnyIgnoreCase(line, kSpokenHelperCues);
}

bool IsRevealToggleLine(std::string_view line) { return IsLabel<kRevealToggleCues>(line, 40, ":(+.>\xE2\xC2"); }

bool OpensOnSortCue(std::string_view line) { return StartsWithAnyIgnoreCase(Trim(line), kSortControlCues); }

// `low`: lower-case, trimmed, at most 48 bytes (see IsBoilerplateLine).
// The control may show its current order after the cue ("Sort
// Recommended", "Sort by: Newest", "Trier par : Pertinence").
// The longest sort control line, in bytes.
constexpr size_t kSortControlMaxBytes = 160;
// The full-width colon a Japanese or Chinese label ends with ("：").
constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";

// The words that join a sentence's list, not a control's orders: after a
// sort cue and its colon they make the line prose ("Sortér efter: farve,
// form eller sæt", "Sort by: size and colour"). Lower-case.
// (Not the one-letter or ambiguous joiners, "o", "y", "e", "en": a sort
// order's own words, "Preço, do menor para o maior", "Prix en ordre
// croissant".)
constexpr std::string_view kSortProseJoiners[] = {"and", "or", "og", "eller", "och", "und", "oder",
                                                  "et", "ou", "lub"};

template <size_t N>
bool HoldsWholeWord(std::string_view text, const std::string_view (&words)[N]);

bool IsSortControlLine(std::string_view line) {
  // (Callers fold ASCII letters; the two-byte capitals too here, a
  // Cyrillic "Сортировка", on a line that opens outside ASCII. A
  // control's label is short.)
  char buf[kSortControlMaxBytes];
  if (line.size() > sizeof buf) return false;
  const bool ascii_start = line.empty() || static_cast<unsigned char>(line[0]) < 0x80;
  const std::string_view low = ascii_start ? line : std::string_view(buf, FoldInto(line, buf));
  if (IsLabel<kSortControlCues>(low, low.size(), ":|")) {
    const size_t colon = low.find(':');
    return colon == std::string_view::npos || !HoldsWholeWord(low.substr(colon + 1), kSortProseJoiners);
  }
  for (std::string_view cue : kSortControlCues) {
    // (The cue and the chosen order may be two labels with no space
    // between them: "Sort byRanking".)
    if (!low.starts_with(cue) || low.size() <= cue.size()) continue;
    std::string_view rest = Trim(low.substr(cue.size()));
    if (!rest.empty() && rest[0] == ':') rest = Trim(rest.substr(1));
    else if (rest.starts_with(kFullWidthColon)) rest = Trim(rest.substr(kFullWidthColon.size()));
    // The chosen order, or the orders offered as links set apart by bars
    // or slashes ("並び替え：新しい順 / 古い順", "Sort: Newest | Oldest").
    while (!rest.empty()) {
      const size_t bar = rest.find_first_of("/|");
      const std::string_view v = Trim(rest.substr(0, bar));
      if (!EqualsAny(v, kSortOrderValues)) break;
      if (bar == std::string_view::npos) return true;
      rest = Trim(rest.substr(bar + 1));
    }
  }
  return false;
}

// A carousel's or a gallery's position, spoken or shown beside its slides:
// "Slide 3 of 8", "Image 2 / 5", "Photo 1 of 12", "Page 1 of 8", lower-case.
bool IsCarouselPositionLine(std::string_view low) {
  const std::string_view unit = low.substr(0, low.find(' '));
  if (unit.size() == low.size() || !EqualsAnyIgnoreCase(unit, kCarouselPositionUnits)) return false;
  low = Trim(low.substr(unit.size()));
  size_t i = 0;
  if (!SkipNumber(low, &i)) return false;
  low = Trim(low.substr(i));
  if (!low.empty() && low[0] == '/') low = Trim(low.substr(1));
  else if (low.substr(0, 3) == "of ") low = Trim(low.substr(3));
  else return false;
  i = 0;
  return SkipNumber(low, &i) && i == low.size();
}

// A version number opening a line ("2.4.0 2024-06-03", "v1.12 — March
// 2024"): three dot-separated numbers, or two after a "v" (two alone are
// a clock's time: a live blog's "21.45 12 March 2024"), the last of three
// digits at most (not a day "21.08.2024"), a space after.
bool OpensOnVersionNumber(std::string_view line) {
  line = Trim(line);
  const bool v_prefix = !line.empty() && (line[0] == 'v' || line[0] == 'V');
  if (v_prefix) line.remove_prefix(1);
  const size_t end = std::min(line.find(' '), line.size());
  if (end == line.size()) return false;
  const std::string_view v = line.substr(0, end);
  int parts = 0;
  for (size_t i = 0; i <= v.size();) {
    size_t j = i;
    while (j < v.size() && IsAsciiDigit(v[j])) ++j;
    if (j == i || j - i > 3 || (j < v.size() && v[j] != '.')) return false;
    ++parts;
    i = j + 1;
  }
  return parts == 3 || (parts == 2 && v_prefix);
}

// The nouns of a gallery's media tally (IsMediaTallyLine).
constexpr std::string_view kMediaTallyNouns[] = {
    "photo", "photos", "video", "videos", "image", "images", "picture", "pictures", "pic", "pics",
    // Spanish, Portuguese, German, Dutch, Italian, French, Polish.
    "fotos", "imágenes", "imagens", "vídeos", "bilder", "fotografías", "fotografias", "foto's", "immagini",
    "vidéos", "zdjęć", "zdjęcia"};
// The words that may open a link to a gallery before its tally ("See all
// 18 photos", "Ver las 18 fotos", "Voir les 12 photos", "Alle 9 Bilder
// ansehen" reads its verb last and is not taken).
constexpr std::string_view kMediaTallyLeads[] = {
    "see", "see all", "view", "view all", "ver", "ver las", "ver los", "ver as", "ver os", "ver todas as",
    "voir", "voir les", "alle", "bekijk", "bekijk alle", "vedi", "vedi le", "guarda", "guarda le", "zobacz",
    "zobacz wszystkie"};

// The longest place and agency a dateline opens with.
constexpr size_t kDatelineMaxBytes = 40;

bool OpensWithDateline(std::string_view text) {
  // The place in capitals (ASCII letters, a letter outside ASCII, spaces,
  // '/', '.', ',', an agency in parentheses), 3 letters at least and no
  // small one, then a dash set apart: "DEVENTER - ", "SÃO PAULO — ",
  // "BERLIN (dpa) – " reads its agency's small letters and is not taken.
  text = Trim(text);
  int capitals = 0;
  for (size_t i = 0; i < text.size() && i < kDatelineMaxBytes; ++i) {
    const unsigned char ch = static_cast<unsigned char>(text[i]);
    if (ch == ' ') {
      for (std::string_view dash : {std::string_view(" - "), std::string_view(" \xe2\x80\x93 "),
                                    std::string_view(" \xe2\x80\x94 ")})
        if (text.substr(i).starts_with(dash)) return capitals >= 3;
      continue;
    }
    if (ch >= 'A' && ch <= 'Z') ++capitals;
    else if (ch < 0x80 && ch != '/' && ch != '.' && ch != ',' && ch != '(' && ch != ')') return false;
  }
  return false;
}

bool IsPullQuoteClass(std::string_view cls) {
  // "pullquote", "pull-quote", "pull_quote", "wp-block-pullquote",
  // "PullQuote": the two words run together once separators are passed.
  constexpr std::string_view kWord = "pullquote";
  size_t k = 0;
  for (char ch : cls) {
    if (ch == '-' || ch == '_') continue;
    const char lower = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    if (lower == kWord[k]) {
      if (++k == kWord.size()) return true;
    } else {
      k = lower == kWord[0] ? 1 : 0;
    }
  }
  return false;
}

bool IsMediaTallyLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 40) return false;
  // (A gallery link's words before the tally: "Ver las 18 fotos".)
  if (!IsAsciiDigit(line[0]) && line[0] != '+') {
    size_t d = 0;
    while (d < line.size() && !IsAsciiDigit(line[d])) ++d;
    if (d == line.size() || !EqualsAnyIgnoreCase(Trim(line.substr(0, d)), kMediaTallyLeads)) return false;
    line = line.substr(d);
  } else if (line.size() > 24) {
    return false;
  }
  if (line[0] == '+') line = Trim(line.substr(1));
  // (Digits, a space, the noun: "4K video" is a camera's feature.)
  size_t i = 0;
  while (i < line.size() && IsAsciiDigit(line[i])) ++i;
  if (i == 0 || i == line.size() || !IsAsciiSpace(line[i])) return false;
  return EqualsAnyIgnoreCase(Trim(line.substr(i)), kMediaTallyNouns);
}

// The glyphs of a slider's or a pager's arrow buttons (IsArrowControlLine):
// angle brackets, guillemets, arrows, chevrons and triangles.
constexpr std::string_view kArrowGlyphs[] = {
    "<", ">", "\xe2\x80\xb9", "\xe2\x80\xba", "\xc2\xab", "\xc2\xbb", "\xe2\x86\x90", "\xe2\x86\x92",
    "\xe2\x9d\xae", "\xe2\x9d\xaf", "\xe2\x9d\xb0", "\xe2\x9d\xb1", "\xe2\x97\x80", "\xe2\x96\xb6",
    "\xe2\x97\x84", "\xe2\x96\xba", "\xe2\x9f\xa8", "\xe2\x9f\xa9", "\xe3\x80\x88", "\xe3\x80\x89",
};

bool IsArrowControlLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 24) return false;
  // (Every glyph opens on one of these bytes: most lines fail here.)
  const unsigned char lead = static_cast<unsigned char>(line[0]);
  if (lead != '<' && lead != '>' && lead != 0xc2 && lead != 0xe2 && lead != 0xe3) return false;
  for (size_t i = 0; i < line.size();) {
    if (IsAsciiSpace(line[i])) { ++i; continue; }
    bool glyph = false;
    for (std::string_view g : kArrowGlyphs)
      if (line.substr(i, g.size()) == g) { i += g.size(); glyph = true; break; }
    if (!glyph) return false;
  }
  return true;
}

// A shop's ranking badge: an optional rank ("#1"), the badge's words, and
// at most a category after "in" ("#1 Best Seller in Sports Water Bottles").
constexpr std::string_view kBestSellerWords[] = {"best seller", "bestseller", "best-seller"};
constexpr std::string_view kBestSellerCategoryCue = "in ";
constexpr size_t kBestSellerMaxBytes = 80;

bool IsBestSellerBadgeLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > kBestSellerMaxBytes) return false;
  if (!line.empty() && line[0] == '#') {
    size_t i = 1;
    while (i < line.size() && IsAsciiDigit(line[i])) ++i;
    if (i == 1) return false;
    line = Trim(line.substr(i));
  }
  for (std::string_view w : kBestSellerWords) {
    if (!StartsWithIgnoreCase(line, w)) continue;
    std::string_view rest = Trim(line.substr(w.size()));
    return rest.empty() || StartsWithIgnoreCase(rest, kBestSellerCategoryCue);
  }
  return false;
}

// IsStockNudgeLine's words. Others looking: one of these after a count
// ("16 people are viewing this", "3 in carts"). Few left: a line that opens
// on a scarcity word, or holds "only <count> left".
constexpr std::string_view kWatchersCues[] = {"viewing this", "looking at this", "in their cart", "in their basket",
                                              "in carts", "in baskets", "watching this",
                                              // "14 have added this to their watchlist.", "In 50+
                                              // people's carts".
                                              "to their watchlist", "people's carts", "people's baskets"};
constexpr std::string_view kScarcityOpeners[] = {"low in stock", "low stock", "almost gone", "selling fast"};
// "Only <count> left" in other shops' languages: the cue, then the count
// ("¡Solo quedan 3 en stock!", "Nur noch 2 Stück", "Il ne reste que 2
// articles", "Nog maar 3 op voorraad").
constexpr std::string_view kFewLeftCues[] = {
    "solo quedan ", "s\u00f3lo quedan ", "quedan solo ", "quedan s\u00f3lo ", "nur noch ", "il ne reste que ",
    "il n'en reste que ", "nog maar ", "ne restano solo ", "restano solo ", "restam apenas ", "resta apenas ",
    "zosta\u0142y tylko ", "zosta\u0142o tylko "};
constexpr size_t kStockNudgeMaxBytes = 80;

// A box office's words on an event's page (see IsTicketStatusLine): the
// status of a performance's tickets and the button to buy them, as the
// whole line. Lower-case.
constexpr std::string_view kTicketStatusLabels[] = {
    "sold out", "sold-out", "tickets", "get tickets", "buy tickets", "book tickets", "find tickets", "book now",
    "few tickets left", "last tickets", "limited availability", "sales ended", "on sale soon", "join waitlist",
    "ausverkauft", "restkarten", "restkarten an der abendkasse", "karten kaufen", "tickets kaufen", "letzte karten",
    "wenige karten", "complet", "billetterie", "réserver", "acheter des billets", "derniers billets",
    "agotado", "agotadas", "entradas agotadas", "comprar entradas", "últimas entradas", "uitverkocht",
    "kaarten kopen", "tickets kopen", "laatste kaarten", "esaurito", "acquista biglietti", "ultimi biglietti",
};
// ... and those that close a row of the dates list, after its day and
// clock time ("Sa 22.03. 19:30 Großes Haus Ausverkauft", "Fri 27 Jun 19:00
// Buy tickets"). Lower-case.
constexpr std::string_view kTicketRowStatuses[] = {
    "sold out", "get tickets", "buy tickets", "book tickets", "book now", "ausverkauft", "restkarten",
    "restkarten an der abendkasse", "karten kaufen", "tickets kaufen", "réserver", "agotado",
    "agotadas", "comprar entradas", "uitverkocht", "kaarten kopen", "tickets kopen", "esaurito",
    "acquista biglietti",
};
// The units of an event's nudge "Only 12 tickets left" (IsStockNudgeLine
// reads "only 12 left"), lower-case, with the word after the count.
constexpr std::string_view kTicketCountUnits[] = {" tickets left", " seats left", " spots left", " places left",
                                                  " ticket left", " seat left", " spot left", " place left"};
// The longest such line: a dates list's row; and the longest nudge.
constexpr size_t kTicketStatusLineMaxBytes = 120;
constexpr size_t kTicketNudgeMaxBytes = 40;
// The words a dates list's row may hold besides its day, its time and the
// status: its stage and a note ("Großes Haus mit Audiodeskription"), not a
// line-up's acts.
constexpr int kTicketRowMaxWords = 5;

// Whether `text` holds a time of day: a digit, then a colon and two digits
// ("12:20"); two digits of an hour, an "h" and two of a minute ("14h30":
// "2h05" is a race's time as well); or a point and two digits before "Uhr"
// or "h" ("12.20 Uhr": a bare "12.20" is a day and a month as well).
bool HasClockTime(std::string_view text) {
  for (size_t at = 1; at + 2 < text.size(); ++at) {
    const char sep = text[at];
    if ((sep != ':' && sep != 'h' && sep != '.') || !IsAsciiDigit(text[at - 1]) || !IsAsciiDigit(text[at + 1]) ||
        !IsAsciiDigit(text[at + 2]))
      continue;
    if (sep == ':') return true;
    if (sep == 'h') {
      if (at >= 2 && IsAsciiDigit(text[at - 2]) && (text[at - 2] - '0') * 10 + (text[at - 1] - '0') <= 23 &&
          text[at + 1] <= '5')
        return true;
      continue;
    }
    const std::string_view after = text.substr(at + 3);
    if (after.starts_with(" Uhr") || after.starts_with("h")) return true;
  }
  return false;
}

bool IsTicketStatusLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kTicketStatusLineMaxBytes) return false;
  if (EqualsAnyIgnoreCase(line, kTicketStatusLabels)) return true;
  for (std::string_view w : kTicketRowStatuses)
    if (line.size() > w.size() && line[line.size() - w.size() - 1] == ' ' && EndsWithIgnoreCase(line, w)) {
      const std::string_view head = line.substr(0, line.size() - w.size());
      if (!HasClockTime(head)) return false;
      // (Its words with no digit: the stage's and a note's.)
      int words = 0;
      for (size_t i = 0; i < head.size();) {
        while (i < head.size() && head[i] == ' ') ++i;
        size_t j = i;
        bool digit = false;
        while (j < head.size() && head[j] != ' ') digit |= IsAsciiDigit(head[j++]);
        if (j > i && !digit) ++words;
        i = j;
      }
      return words <= kTicketRowMaxWords;
    }
  // "Only 12 tickets left", "12 spots left": the count and its unit close
  // a short line that opens on the count or on "only" (not a sentence's
  // "Last year there were only 40 tickets left by Friday").
  if (line.size() > kTicketNudgeMaxBytes) return false;
  for (std::string_view u : kTicketCountUnits) {
    if (!EndsWithIgnoreCase(line, u) || line.size() == u.size() || !IsAsciiDigit(line[line.size() - u.size() - 1]))
      continue;
    size_t i = line.size() - u.size();
    while (i > 0 && IsAsciiDigit(line[i - 1])) --i;
    const std::string_view head = Trim(line.substr(0, i));
    if (head.empty() || EqualsIgnoreCase(head, "only") || EndsWithIgnoreCase(head, " only") ||
        EqualsIgnoreCase(head, "nur noch") || EqualsIgnoreCase(head, "noch"))
      return true;
  }
  return false;
}

// The openings of a mail archive's own preformatted boxes around a message
// (public-inbox, as lore.kernel.org serves it: the permalink line, the
// thread's overview, the reply instructions, the inbox's note), the same
// under every message. Lower-case.
constexpr std::string_view kMailArchiveBoxOpeners[] = {
    "^ permalink raw reply", "permalink raw reply", "thread overview:", "reply instructions:",
    "this is a public inbox", "code repositories for project(s) associated with this",
    "end of thread, other threads",
};

bool IsMailArchiveBoxOpening(std::string_view text) {
  return StartsWithAnyIgnoreCase(Trim(text), kMailArchiveBoxOpeners);
}

bool IsStockNudgeLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kStockNudgeMaxBytes) return false;
  // French shops' "Plus que 3 en stock" ("only 3 left"): the words open
  // the line, then the count, and the stock after it ("plus que 3 ans" in a
  // sentence names no stock).
  if (constexpr std::string_view kPlusQue = "plus que "; StartsWithIgnoreCase(line, kPlusQue) &&
                                                         line.size() > kPlusQue.size() &&
                                                         IsAsciiDigit(line[kPlusQue.size()]) &&
                                                         (FindIgnoreCase(line, " en stock") != std::string_view::npos ||
                                                          FindIgnoreCase(line, " disponible") != std::string_view::npos))
    return true;
  for (std::string_view w : kScarcityOpeners)
    if (StartsWithIgnoreCase(line, w) && (line.size() == w.size() || !IsAsciiAlnum(line[w.size()]))) return true;
  // "only <count> left"
  for (size_t at = FindIgnoreCase(line, "only "); at != std::string_view::npos;
       at = FindIgnoreCase(line, "only ", at + 1)) {
    if (at > 0 && IsAsciiAlnum(line[at - 1])) continue;
    size_t i = at + 5;
    const size_t digits = i;
    while (i < line.size() && IsAsciiDigit(line[i])) ++i;
    if (i == digits) continue;
    // ("left" a word of its own: not "only 2 leftovers", "only 2 left-handed")
    constexpr std::string_view kLeft = " left";
    if (StartsWithIgnoreCase(line.substr(i), kLeft) &&
        (i + kLeft.size() == line.size() || (!IsAsciiAlnum(line[i + kLeft.size()]) && line[i + kLeft.size()] != '-')))
      return true;
  }
  for (std::string_view cue : kFewLeftCues) {
    const size_t at = FindIgnoreCase(line, cue);
    if (at == std::string_view::npos || (at > 0 && IsAsciiAlnum(line[at - 1]))) continue;
    if (at + cue.size() < line.size() && IsAsciiDigit(line[at + cue.size()])) return true;
  }
  return HasAsciiDigit(line) && ContainsAnyIgnoreCase(line, kWatchersCues);
}

// IsSignInPromptLine's words: the cue that opens the line (a word of its
// own; the last, kSignInRegisterCue, an everyday verb too), and the words
// after its "to" that name a place, not an action.
constexpr std::string_view kSignInRegisterCue = "register";
constexpr std::string_view kSignInPromptCues[] = {"sign in", "log in", "login", "sign up", kSignInRegisterCue,
                                                  "please sign in", "please log in"};
constexpr std::string_view kSignInPlaceWords[] = {"your", "the", "a", "an", "my", "our", "this", "that", "his", "her",
                                                  "their"};
constexpr size_t kSignInPromptMaxBytes = 120;
// The same prompt in other languages ("Inicie sesión para comentar",
// "Connectez-vous pour répondre"): the cue, then one of the purposes a
// prompt names (kSignInPromptPurposes: to comment, reply, post, vote,
// read on), then little more. An instruction names another purpose
// ("Inicia sesión para ver la consola", "Melden Sie sich an, um die
// Einrichtung zu starten"); a registration is for an event as often
// ("Inscrivez-vous pour le semi-marathon"): no register cue here.
constexpr std::string_view kSignInPromptPurposeCues[] = {
    "inicia sesi\xC3\xB3n para ", "inicie sesi\xC3\xB3n para ", "iniciar sesi\xC3\xB3n para ",
    // (The cue with its sign-up beside it: Bettermode's "Inicia sesión o
    // regístrate para responder a esta publicación".)
    "inicia sesi\xC3\xB3n o reg\xC3\xADstrate para ", "inicie sesi\xC3\xB3n o reg\xC3\xADstrese para ",
    "connectez-vous ou inscrivez-vous pour ", "accedi o registrati per ",
    "fa\xC3\xA7" "a login para ", "fa\xC3\xA7" "a o login para ", "inicie sess\xC3\xA3o para ",
    "connectez-vous pour ", "identifiez-vous pour ", "melde dich an, um ", "melden sie sich an, um ",
    "anmelden, um ", "einloggen, um ", "accedi per ", "effettua l'accesso per ", "log in om ", "meld je aan om ",
    "zaloguj si\xC4\x99, aby ", "zaloguj si\xC4\x99 aby "};
constexpr std::string_view kSignInPromptPurposes[] = {
    "comentar", "responder", "publicar", "votar", "continuar", "participar", "dejar un comentario",
    "deixar um coment", "postar", "commenter", "r\xC3\xA9pondre", "publier", "voter", "continuer", "participer",
    "laisser un commentaire", "r\xC3\xA9" "agir", "zu antworten", "zu kommentieren", "antworten", "kommentieren",
    "einen kommentar", "abzustimmen", "weiterzulesen", "commentare", "rispondere", "pubblicare", "votare",
    "continuare", "partecipare", "lasciare un commento", "te reageren", "te antwoorden", "reageren",
    "een reactie", "te stemmen", "verder te lezen", "odpowiedzie\xC4\x87", "skomentowa\xC4\x87",
    "komentowa\xC4\x87", "doda\xC4\x87 komentarz", "g\xC5\x82osowa\xC4\x87", "czyta\xC4\x87 dalej"};
// The prompt's bytes after its cue at most: the purpose and a few words
// ("comentar esta respuesta"); no clause after a colon or a comma.
constexpr size_t kSignInPromptPurposeRestMaxBytes = 60;

// An issue tracker's timeline events between the comments, after the
// actor's handle: GitHub's "tobiasfenn linked a pull request that will
// close this issue", "... closed this as completed in #734", "...
// mentioned this issue". Lower case, compared ignoring case.
constexpr std::string_view kIssueEventPhrases[] = {
    "linked a pull request that will close this issue", "closed this as completed", "closed this as not planned",
    "mentioned this issue", "mentioned this pull request", "self-assigned this", "reopened this",
    "added a commit that references this issue", "referenced this issue", "marked this as a duplicate of",
    "removed their assignment"};
constexpr size_t kIssueEventMaxBytes = 200;
// The bytes after the event at most: a reference and a date.
constexpr size_t kIssueEventRestMaxBytes = 48;
constexpr size_t kIssueEventCardMaxBytes = 140;

bool IsIssueEventLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > kIssueEventMaxBytes) return false;
  // The handle: one word, then the event, then at most its reference and
  // date ("in #734 Apr 5, 2025"): no sentence, which ends on a stop.
  const size_t sp = line.find(' ');
  if (sp == 0 || sp == std::string_view::npos || line.back() == '.' || line.back() == '!' || line.back() == '?' ||
      line.find(". ") != std::string_view::npos)
    return false;
  const std::string_view rest = line.substr(sp + 1);
  for (std::string_view phrase : kIssueEventPhrases) {
    if (!StartsWithIgnoreCase(rest, phrase)) continue;
    const size_t after = rest.size() - phrase.size();
    if (after <= kIssueEventRestMaxBytes) return true;
    // Or the card of the pull request it links, which ends on its number
    // ("... Apr 3, 2025 Merged Parse amounts using the configured decimal
    // mark only #734").
    size_t digits = 0;
    while (digits < rest.size() && IsAsciiDigit(static_cast<unsigned char>(rest[rest.size() - 1 - digits]))) ++digits;
    return after <= kIssueEventCardMaxBytes && digits > 0 && digits < rest.size() &&
           rest[rest.size() - 1 - digits] == '#';
  }
  return false;
}

bool IsSignInPromptLine(std::string_view line, bool register_counts) {
  line = Trim(line);
  if (line.empty() || line.size() > kSignInPromptMaxBytes) return false;
  for (std::string_view cue : kSignInPromptCues) {
    if (!StartsWithIgnoreCase(line, cue)) continue;
    if (!register_counts && cue == kSignInRegisterCue) return false;
    std::string_view rest = line.substr(cue.size());
    if (!rest.empty() && IsAsciiAlnum(rest[0])) continue;
    rest = Trim(rest);
    if (!StartsWithIgnoreCase(rest, "to ")) return false;
    rest = Trim(rest.substr(3));
    size_t end = 0;
    while (end < rest.size() && IsAsciiAlnum(rest[end])) ++end;
    if (end == 0) return false;
    const std::string_view next = rest.substr(0, end);
    for (std::string_view w : kSignInPlaceWords)
      if (EqualsIgnoreCase(next, w)) return false;
    // A named service, then the next step ("Sign in to Ledgerly, click
    // the gear icon", "Log in to Azure and open ..."): an instruction. (A
    // capital alone is not enough: WordPress prints "Log in to Reply".)
    const std::string_view after = rest.substr(end);
    // (Asked politely, a named service is an instruction whatever follows:
    // "Please sign in to Turnitin to check your report"; the prompt names
    // what to do, "Please sign in to leave a comment".)
    if (next[0] >= 'A' && next[0] <= 'Z' && cue.starts_with("please ")) return false;
    if (next[0] >= 'A' && next[0] <= 'Z' &&
        (after.starts_with(",") || StartsWithIgnoreCase(after, " and ") || StartsWithIgnoreCase(after, " then ")))
      return false;
    // One sentence: a second one is a paragraph that speaks of signing in.
    const size_t stop = rest.find(". ");
    return stop == std::string_view::npos;
  }
  // (The cues of the line's first byte only, as IsLabel reads its lists:
  // most lines open on no cue's byte and are not compared at all.)
  using Cues = LabelsByFirstByte<kSignInPromptPurposeCues>;
  const unsigned char first = static_cast<unsigned char>(line[0]);
  const unsigned bucket = first < 0x80 ? static_cast<unsigned char>(ToLowerAscii(char(first))) : 128;
  for (size_t k = Cues::kTable.start[bucket]; k < Cues::kTable.start[bucket + 1]; ++k) {
    const std::string_view cue = kSignInPromptPurposeCues[Cues::kTable.index[k]];
    if (!StartsWithIgnoreCase(line, cue)) continue;
    std::string_view rest = line.substr(cue.size());
    while (!rest.empty() && (rest.back() == '.' || rest.back() == '!')) rest.remove_suffix(1);
    if (rest.size() > kSignInPromptPurposeRestMaxBytes || rest.find_first_of(":,;.") != std::string_view::npos)
      return false;
    return StartsWithAnyIgnoreCase(rest, kSignInPromptPurposes);
  }
  return false;
}

// The glyphs between a breadcrumb trail's links ("»", "›", "→", "▸", and
// a spaced ">": "Home > News"), not a menu's ("|", "·"), nor a slash: a
// code host's "owner / repo" names and a product card's category path
// ("On Sale / Outdoor Gear") are links joined so, and text of their own.
// A trail's part is a page's name: a few words at most.
constexpr std::string_view kTrailSeparators[] = {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92", "\xE2\x96\xB8",
                                                 " > "};
constexpr size_t kTrailPartMaxBytes = 60;

bool IsBreadcrumbTrailLine(std::string_view line) {
  line = Trim(line);
  size_t parts = 0;
  while (!line.empty()) {
    size_t at = std::string_view::npos, len = 0;
    for (std::string_view sep : kTrailSeparators) {
      const size_t i = line.find(sep);
      if (i < at) at = i, len = sep.size();
    }
    const std::string_view part = Trim(line.substr(0, at));
    if (part.empty() || part.size() > kTrailPartMaxBytes) return false;
    ++parts;
    if (at == std::string_view::npos) break;
    line = line.substr(at + len);
    if (Trim(line).empty()) return false;
  }
  return parts >= 2;
}

// The word a gallery's counter reads between its two numbers where others
// print a slash ("1 of 5", "1 de 5", "2 von 8", "3 sur 12"), lower-case.
constexpr std::string_view kSlideCounterWords[] = {"of", "de", "von", "sur", "di", "van", "av", "af", "z", "из"};

// A gallery's bare counter beside its photos ("1 / 14", "3/8"; with
// `worded`, "1 de 5" too): a number no greater than the one after the
// slash or the counter's word. ("24/7" reads the other way.)
bool IsSlideCounterLine(std::string_view line, bool worded) {
  const SlideCounter k = ReadSlideCounter(line);
  return k == SlideCounter::kSlashed || (worded && k == SlideCounter::kWorded);
}

// The words for a picture that may open a gallery's counter ("Frame 1 of
// 8", "Bild 3 von 12", "Photo 2 de 9"), lower-case: a counter so named is
// one as it is, like a slashed one.
constexpr std::string_view kSlideCounterMediaWords[] = {
    "frame", "image", "photo", "picture", "slide", "bild", "foto", "imagen", "diapositive", "afbeelding", "zdj\xC4\x99" "cie", "billede", "bilde",
};

SlideCounter ReadSlideCounter(std::string_view line) {
  line = Trim(line);
  // (The picture's word passed first, once: asked of a line that opens on
  // a letter only, the few words compared then.)
  bool named = false;
  if (!line.empty() && IsAsciiAlpha(static_cast<unsigned char>(line[0])))
    for (std::string_view w : kSlideCounterMediaWords)
      if (line.size() > w.size() + 1 && line[w.size()] == ' ' && StartsWithIgnoreCase(line, w)) {
        line = line.substr(w.size() + 1);
        named = true;
        break;
      }
  // (Whole numbers of three digits at most: SkipNumber reads "1,935" too.)
  auto whole = [](std::string_view d, int* v) {
    if (d.empty() || d.size() > 3) return false;
    *v = 0;
    for (char c : d) {
      if (!IsAsciiDigit(c)) return false;
      *v = *v * 10 + (c - '0');
    }
    return true;
  };
  size_t i = 0;
  if (!SkipNumber(line, &i)) return SlideCounter::kNone;
  const std::string_view first = line.substr(0, i);
  std::string_view rest = Trim(line.substr(i));
  if (rest.empty()) return SlideCounter::kNone;
  const bool slashed = rest[0] == '/';
  if (slashed) {
    rest = Trim(rest.substr(1));
  } else {
    // (The word stands alone between spaces: "1 de 5", not "1de5".)
    if (i == line.size() || line[i] != ' ') return SlideCounter::kNone;
    const size_t sp = rest.find(' ');
    if (sp == std::string_view::npos || !EqualsAnyIgnoreCase(rest.substr(0, sp), kSlideCounterWords))
      return SlideCounter::kNone;
    rest = Trim(rest.substr(sp + 1));
  }
  size_t j = 0;
  if (!SkipNumber(rest, &j) || j != rest.size()) return SlideCounter::kNone;
  int n = 0, of = 0;
  if (!(whole(first, &n) && whole(rest, &of) && n >= 1 && of >= 2 && n <= of)) return SlideCounter::kNone;
  return slashed || named ? SlideCounter::kSlashed : SlideCounter::kWorded;
}

// "N min read", "N-minute read", "Reading time: N min(utes)", lower-case.
bool IsReadingTimeLine(std::string_view low) {
  // (A count is in every reading time: a line without a digit is none.)
  if (!HasAsciiDigit(low)) return false;
  bool cued = false;
  for (const auto& cues : {std::span<const std::string_view>(kReadingTimeCues),
                           std::span<const std::string_view>(kForeignReadingTimeCues)}) {
    for (std::string_view c : cues)
      if (low.substr(0, c.size()) == c) {
        low = Trim(low.substr(c.size()));
        if (!low.empty() && low[0] == ':') low = Trim(low.substr(1));
        cued = true;
        break;
      }
    if (cued) break;
  }
  size_t i = 0;
  while (i < low.size() && IsAsciiDigit(low[i])) ++i;
  if (i == 0) return false;
  low = Trim(low.substr(i));
  if (!low.empty() && low[0] == '-') low = low.substr(1);
  std::string_view unit = low.substr(0, low.find(' '));
  if (!EqualsAnyIgnoreCase(unit, kReadingTimeUnits)) return false;
  std::string_view rest = Trim(low.substr(unit.size()));
  return cued ? rest.empty() : (rest == "read" || rest == "reading");
}

bool IsReadingTimePart(std::string_view part) {
  part = Trim(part);
  if (part.empty() || part.size() > 48) return false;
  char buf[48];
  for (size_t i = 0; i < part.size(); ++i) buf[i] = ToLowerAscii(part[i]);
  return IsReadingTimeLine(std::string_view(buf, part.size()));
}

// What parts a story's meta row ("6 min read · Oct 2, 2025", "Par
// Jeanne Dupont – il y a 2 jours – Mis à jour le ..."): bullets,
// bars, spaced dashes (a date's own hyphens and commas stay with it).
constexpr std::string_view kMetaRowSeparators[] = {
    "\xC2\xB7", "\xE2\x80\xA2", "|", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", "\xE2\x8B\x85", "\xE2\x88\x99",
};

// The bytes a separator opens on (one look a byte: three of them open on
// a space, and a search for each stopped at every space of the line).
constexpr auto kMetaRowSeparatorStarts = [] {
  std::array<bool, 256> t{};
  for (std::string_view sep : kMetaRowSeparators) t[static_cast<unsigned char>(sep[0])] = true;
  return t;
}();

size_t MetaRowSeparatorAt(std::string_view line, size_t* len) {
  // The first place a separator starts (of two there, the first listed).
  for (size_t i = 0; i < line.size(); ++i) {
    if (!kMetaRowSeparatorStarts[static_cast<unsigned char>(line[i])]) continue;
    const std::string_view rest = line.substr(i);
    for (std::string_view sep : kMetaRowSeparators)
      if (rest.starts_with(sep)) {
        *len = sep.size();
        return i;
      }
  }
  return std::string_view::npos;
}

// The line without a reading time that leads or ends it ("6 min read ·
// Jan 17, 2024", "Nov 28, 2023 | 3 min read"): the stamp a post's meta line
// prints beside it. The line itself when it has none. (A reading time is
// two to five words, its cue counted: the first or last kReadingTimeMaxWords
// are tried.)
constexpr int kReadingTimeMaxWords = 5;

// What parts a meta line's pieces ("Jane Doe — May 2, 2024",
// "Nov 28, 2023 | 3 min read"): whole separators, several bytes some (em
// and en dash, middle dot, bullet), never stripped byte by byte.
constexpr std::string_view kMetaLineSeparators[] = {
    "\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xB7", "\xE2\x80\xA2", "|", "-", ","};

std::string_view TrimMetaSeparators(std::string_view s) {
  s = Trim(s);
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (std::string_view sep : kMetaLineSeparators) {
      if (s.starts_with(sep)) {
        s = Trim(s.substr(sep.size()));
        again = true;
      }
      if (s.ends_with(sep)) {
        s = Trim(s.substr(0, s.size() - sep.size()));
        again = true;
      }
    }
  }
  return s;
}

std::string_view WithoutReadingTime(std::string_view line) {
  line = Trim(line);
  if (line.size() > 100) return line;
  if (!ContainsIgnoreCase(line, "read")) {
    // (A cue of another language: the line holds one of them, and its
    // unit, each of which opens on "min" or "мин": one search first.)
    if ((!ContainsIgnoreCase(line, "min") && line.find("\u043c\u0438\u043d") == std::string_view::npos) ||
        !ContainsAnyIgnoreCase(line, kForeignReadingTimeCues))
      return line;
  }
  char buf[100];
  for (size_t i = 0; i < line.size(); ++i) buf[i] = ToLowerAscii(line[i]);
  const std::string_view low(buf, line.size());
  // Leading: the first words, up to kReadingTimeMaxWords of them.
  size_t at = 0;
  for (int words = 1; words <= kReadingTimeMaxWords; ++words) {
    at = low.find(' ', at + 1);
    const size_t end = at == std::string_view::npos ? low.size() : at;
    if (words >= 2 && end < low.size() && IsReadingTimeLine(low.substr(0, end))) return TrimMetaSeparators(line.substr(end));
    if (at == std::string_view::npos) break;
  }
  // Trailing: the last words, up to kReadingTimeMaxWords of them.
  size_t from = low.size();
  for (int words = 1; words <= kReadingTimeMaxWords; ++words) {
    from = from == 0 ? std::string_view::npos : low.rfind(' ', from - 1);
    if (from == std::string_view::npos) break;
    if (words >= 2 && IsReadingTimeLine(low.substr(from + 1))) return TrimMetaSeparators(line.substr(0, from));
  }
  return line;
}

// The units of the counts a post's meta line prints beside the date ("6
// min", "1,200 words", "12 comments", "3.4k views").
constexpr std::string_view kMetaCountUnits[] = {
    "min", "mins", "minute", "minutes", "word", "words", "comment", "comments", "view", "views",
    "read", "reads", "share", "shares", "reply", "replies", "like", "likes",
};

bool IsMetaCount(std::string_view part) {
  part = Trim(part);
  size_t i = 0;
  if (!EqualsAnyIgnoreCase(ReadCountUnit(part, &i), kMetaCountUnits)) return false;
  // ("6 min read": one word more at most.)
  return Trim(part.substr(i)).find(' ') == std::string_view::npos;
}

// What a video player's countdown to the next video opens on, over its
// buttons ("The video will auto-play soon<span>8</span><button>Cancel
// </button>"), lower case.
constexpr std::string_view kPlayerStatusPrefixes[] = {"the video will auto-play", "the video will autoplay"};

// (A line of a few words more at most: "The video will autoplay when you
// scroll past the photos" opens a caption's sentence.)
constexpr size_t kPlayerStatusMaxBytes = 48;

static bool IsPlayerStatusLow(std::string_view low) {
  if (low.empty() || low[0] != 't' || low.size() > kPlayerStatusMaxBytes) return false;
  for (std::string_view p : kPlayerStatusPrefixes)
    if (low.starts_with(p)) return true;
  return false;
}

// "Loading...", "Loading comments…", lower-case.
bool IsLoadingLine(std::string_view low) {
  if (low.substr(0, kLoadingCue.size()) != kLoadingCue) return false;
  const bool dots = (low.size() >= 3 && low.substr(low.size() - 3) == "...") ||
                    (low.size() >= 3 && low.substr(low.size() - 3) == "\xe2\x80\xa6");
  return dots && std::count(low.begin(), low.end(), ' ') <= kLoadingMaxSpaces;
}

// Arrows and chevrons that close a control's label ("Next Page \u00bb",
// "Older posts \u2192"): dropped before the line is compared.
constexpr std::string_view kTrailingArrows[] = {"\xc2\xbb", "\xe2\x80\xba", "\xe2\x86\x92"};

// The line without the arrows that close a control's label.
std::string_view SkipTrailingArrows(std::string_view line) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view a : kTrailingArrows)
      if (line.ends_with(a)) {
        line = Trim(line.substr(0, line.size() - a.size()));
        again = true;
      }
  }
  return line;
}

// The line without the arrows that open a control's label.
std::string_view SkipLeadingArrows(std::string_view line) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view a : kLeadingArrows)
      if (StartsWithWord(line, a)) {
        line = Trim(line.substr(a.size()));
        again = true;
      }
  }
  return line;
}

namespace {

// IsConsentPlaceholder on lower-cased text.
bool IsConsentPlaceholderLow(std::string_view low) {
  if (low.size() < 20) return false;
  bool consent = false;
  for (std::string_view w : kConsentWords)
    if (low.find(w) != std::string_view::npos) { consent = true; break; }
  if (!consent) return false;
  return ContainsAny(low, kConsentPlaceholderCues);
}

// The label of a post's tag line written as text ("Tags: Employment,
// Health & Fitness", "Tagged with: budget, travel"): lower-case, the colon
// after it required.
constexpr std::string_view kTagLineLabels[] = {
    "tags", "tagged", "tagged with", "tagged as",
    // The same label in other languages: Plone's Dutch "Gearchiveerd
    // onder", WordPress themes' "Schlagwörter", "Mots-clés". (Not a word
    // that names other things: "Tag: Samstag, Sonntag" is a day, "Etichette:
    // Barolo, Barbaresco" the wines tasted, "Filed under: Chapter 11" a
    // court case.)
    "gearchiveerd onder", "schlagw\xC3\xB6rter", "stichw\xC3\xB6rter", "mots-cl\xC3\xA9s", "trefwoorden",
    // (A man page site's line of the pages that cite the one shown:
    // "Pages that refer to this page: cron(8), logsweep(8)".)
    "pages that refer to this page",
};
// A tag of a tag line has at most this many words.
constexpr int kTagLineMaxWords = 4;

// A tag line: a tag label, a colon, then two or more short names parted by
// commas, none ending as a sentence. (`low`: lower-case, trimmed.)
// A mail-list archive's navigation between messages (Mailman's pipermail,
// MHonArc): "Previous message (by thread): <subject>", "Next message:
// <subject>", "Messages sorted by: [ date ] [ thread ]", over and under
// each message. The label opens the line, an optional "(by thread)"
// after it, then a colon.
constexpr std::string_view kArchiveNavLabels[] = {
    "previous message", "next message", "messages sorted by", "prev message", "previous thread", "next thread",
    "nachricht davor", "vorherige nachricht", "nächste nachricht", "message précédent", "message suivant",
    "mensaje anterior", "siguiente mensaje", "messaggio precedente", "messaggio successivo",
};

bool IsArchiveNavLow(std::string_view low) {
  for (std::string_view label : kArchiveNavLabels) {
    if (!low.starts_with(label)) continue;
    std::string_view rest = Trim(low.substr(label.size()));
    if (rest.starts_with('(')) {
      const size_t close = rest.find(')');
      if (close == std::string_view::npos || close > 24) return false;
      rest = Trim(rest.substr(close + 1));
    }
    return rest.starts_with(':');
  }
  return false;
}

// A mail-list archive's footer under each message, the link to the list's
// info page (Mailman 2's pipermail: "More information about the Birders
// mailing list"; its translations): the words before and after the list's
// name.
struct ListFooterCue {
  std::string_view opens, closes;
};
constexpr ListFooterCue kListFooterCues[] = {
    {"more information about the ", "mailing list"},
    {"mehr informationen über die mailingliste ", ""},
    {"plus d'informations sur la liste de diffusion ", ""},
    {"más información sobre la lista de distribución ", ""},
    {"maggiori informazioni sulla lista ", ""},
};
// The list's name is a few words at most.
constexpr size_t kListFooterMaxBytes = 120;

bool IsListFooterLow(std::string_view low) {
  if (low.size() > kListFooterMaxBytes) return false;
  for (const ListFooterCue& c : kListFooterCues)
    if (low.starts_with(c.opens) && low.size() > c.opens.size() + c.closes.size() && low.ends_with(c.closes))
      return true;
  return false;
}

bool IsTagListLow(std::string_view low) {
  const size_t colon = low.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view label = Trim(low.substr(0, colon));
  if (!EqualsAny(label, kTagLineLabels)) return false;
  std::string_view rest = Trim(low.substr(colon + 1));
  if (rest.empty() || rest.back() == '.' || rest.back() == '!' || rest.back() == '?') return false;
  int tags = 0;
  while (!rest.empty()) {
    const size_t comma = rest.find(',');
    const std::string_view tag = Trim(rest.substr(0, comma));
    if (tag.empty()) return false;
    int words = 1;
    for (char c : tag) words += c == ' ';
    if (words > kTagLineMaxWords) return false;
    ++tags;
    if (comma == std::string_view::npos) break;
    rest = rest.substr(comma + 1);
  }
  return tags >= 2;
}

}  // namespace

// A news site's link to its editorial standards under a story, the label
// and its colon opening a short line ("Our Standards: <the publisher's
// principles>", a wire's line on the sites that carry it); a sentence
// that opens on the words ("Our standards are ...") is prose.
constexpr std::string_view kStandardsPledgeLabels[] = {"our standards", "our editorial standards",
                                                       "editorial standards", "our journalistic standards"};
constexpr size_t kStandardsPledgeLineMaxBytes = 80;

// A card's button in other languages ("Läs mer" under every card of a
// Swedish site) and a charity's donate button on each of its cards, on a
// line of its own; not a heading ("En savoir plus" or "Jetzt spenden"
// heads a section of its own). Lower-case.
constexpr std::string_view kCardButtonLines[] = {
    "mehr erfahren", "mehr lesen", "mehr infos", "en savoir plus", "en savoir +", "lire plus", "lire la suite",
    "m\u00e1s informaci\u00f3n", "saber m\u00e1s", "ver m\u00e1s", "scopri di pi\u00f9", "leggi di pi\u00f9",
    "leggi tutto", "saiba mais", "saber mais", "leia mais", "ver mais", "lees meer", "lees verder",
    "meer informatie", "l\u00e4s mer", "l\u00e6s mere", "les mer", "lue lis\u00e4\u00e4", "czytaj wi\u0119cej",
    "czytaj dalej", "dowiedz si\u0119 wi\u0119cej", "\u010d\u00edst v\u00edce", "devam\u0131n\u0131 oku",
    "\u043f\u043e\u0434\u0440\u043e\u0431\u043d\u0435\u0435",
    "\u0447\u0438\u0442\u0430\u0442\u044c \u0434\u0430\u043b\u0435\u0435", "donate now", "dona ahora",
    "donar ahora", "jetzt spenden", "faire un don", "dona ora", "doe agora", "doneer nu",
    // The ad label in Asian languages, between a story's paragraphs (not as
    // a heading: a company's "<h2>広告</h2>" heads its advertising
    // business): Chinese (both scripts), Japanese, Korean, Thai ("- โฆษณา
    // -"), Vietnamese, Indonesian, Hindi, Bengali, Tamil, Malayalam.
    "\u5e7f\u544a", "\u5ee3\u544a", "\u5e83\u544a", "\uad11\uace0", "\u0e42\u0e06\u0e29\u0e13\u0e32",
    "qu\u1ea3ng c\u00e1o", "iklan", "\u0935\u093f\u091c\u094d\u091e\u093e\u092a\u0928",
    "\u09ac\u09bf\u099c\u09cd\u099e\u09be\u09aa\u09a8", "\u0bb5\u0bbf\u0bb3\u0bae\u0bcd\u0baa\u0bb0\u0bae\u0bcd",
    "\u0d2a\u0d30\u0d38\u0d4d\u0d2f\u0d02",
};

// kBoilerplateLines of one length (compared only after trimming to at most
// this many bytes): a line is compared with the few of its own length.
constexpr size_t kBoilerplateLineMaxBytes = 48;
// Lines of kBoilerplateLines that are a button's or a label's only, not a
// heading's: a how-to's step "Suggest an edit", a story's section "Route
// planen" or "Article content" head text of their own.
constexpr std::string_view kBoilerplateLinesNotHeadings[] = {
    "article content", "end of article", "add photo", "add a photo", "suggest an edit", "claim this business",
    "is this your business?", "was this review helpful?", "route planen", "eintrag kostenlos bearbeiten",
    "donner mon avis", "cet avis vous a-t-il \xC3\xA9t\xC3\xA9 utile ?", "cet avis vous a-t-il \xC3\xA9t\xC3\xA9 utile",
    "suggest edits to improve what we show", "sales end soon", "almost full", "easily apply",
    "urgently needed", "hiring multiple candidates", "want to add to the discussion?",
};
// The few such lines that run past it in a longer language (asked of a
// line of at most kResultCountLineMaxBytes): Canada.ca's French "Report a
// problem or mistake on this page".
constexpr std::string_view kLongBoilerplateLines[] = {
    "signaler un probl\xC3\xA8me ou une erreur sur cette page",
};
// A product's variant picker's prompt under its label ("Size: Select a
// size", IsBoilerplateLine), lower-case; the label's bytes at most.
constexpr std::string_view kVariantPrompts[] = {
    "select a size", "select size", "choose a size", "choose size", "select a color", "select a colour",
    "select color", "select colour", "choose a color", "choose a colour", "choose an option", "select an option",
    "choisir une taille", "choisissez une taille", "gr\xC3\xB6\xC3\x9F" "e w\xC3\xA4hlen", "bitte w\xC3\xA4hlen",
    "selecciona una talla", "elige una talla", "seleziona una taglia", "scegli una taglia", "kies een maat",
};
constexpr size_t kVariantLabelMaxBytes = 24;
// A result list's count line at most (IsResultCountLine), in bytes.
constexpr size_t kResultCountLineMaxBytes = 96;
std::span<const std::string_view> BoilerplateLinesOfSize(size_t size) {
  struct Index {
    std::vector<std::string_view> lines;     // kBoilerplateLines ordered by length
    size_t start[kBoilerplateLineMaxBytes + 2] = {};  // lines of length k: [start[k], start[k + 1])
    Index() {
      for (std::string_view l : kBoilerplateLines)
        if (l.size() <= kBoilerplateLineMaxBytes) ++start[l.size() + 1];
      for (size_t k = 0; k <= kBoilerplateLineMaxBytes; ++k) start[k + 1] += start[k];
      lines.resize(start[kBoilerplateLineMaxBytes + 1]);
      size_t fill[kBoilerplateLineMaxBytes + 1];
      std::copy(start, start + kBoilerplateLineMaxBytes + 1, fill);
      for (std::string_view l : kBoilerplateLines)
        if (l.size() <= kBoilerplateLineMaxBytes) lines[fill[l.size()]++] = l;
    }
  };
  static const Index index;
  return std::span<const std::string_view>(index.lines.data() + index.start[size],
                                           index.start[size + 1] - index.start[size]);
}

// A media player's time readout: two clock times or more and nothing
// else, apart or split by a slash ("00:00 48:12", "0:00 / 3:45": the
// position and the length). (Not a range, "10:00 - 11:30": a schedule's.)
static bool IsPlayerTimesLine(std::string_view low);

// The words of a map's link beside an address (a classified ad's "(google
// map)", a venue's "Get directions"), lower-case.
constexpr std::string_view kMapLinkLines[] = {
    "google map",  "google maps",         "view map",           "show map",        "view on map",
    "show on map", "view on google maps", "open in google maps", "view larger map", "get directions",
};

bool IsMapLinkLine(std::string_view line) { return EqualsAnyIgnoreCase(Trim(line), kMapLinkLines); }

// The standard sizes of display ads (the IAB's), which an ad unit prints
// as its label where the ad did not load ("728x90": Tistory's Kakao units).
constexpr std::string_view kAdSizeLines[] = {"728x90",  "300x250", "336x280", "160x600", "300x600", "320x50",
                                             "320x100", "970x90",  "970x250", "468x60",  "120x600", "250x250"};

static bool IsAdSizeLow(std::string_view low) {
  return low.size() >= 6 && low.size() <= 7 && low[3] == 'x' && EqualsAny(low, kAdSizeLines);
}

// A classified ad's own number on a line of its own ("post id:
// 7811220455", "Ad ID: 55120"): a label, then one token with a digit.
constexpr std::string_view kListingIdLabels[] = {"post id", "posting id", "ad id", "ad number", "listing id"};

static bool IsListingIdLow(std::string_view low) {
  for (std::string_view label : kListingIdLabels) {
    if (low.substr(0, label.size()) != label) continue;
    std::string_view rest = low.substr(label.size());
    if (!rest.empty() && rest[0] == ':') rest.remove_prefix(1);
    rest = Trim(rest);
    if (rest.empty() || rest.find(' ') != std::string_view::npos) return false;
    for (char c : rest)
      if (IsAsciiDigit(c)) return true;
    return false;
  }
  return false;
}

// A skip link's words, lower-case: the accessibility link a site puts
// first in its header, pointing past the menus to the page's main region
// (MediaWiki's "Jump to navigation" and "Jump to search" at the top of every
// article). A whole boilerplate line (IsBoilerplateLine), and a link's whole
// text (IsSkipLinkLine) wherever it stands.
constexpr std::string_view kSkipLinkLines[] = {
    "skip to content", "skip to main content", "skip to the main content", "skip to main",
    "skip to navigation", "skip to search", "skip to footer", "skip navigation", "skip to main navigation",
    "jump to content", "jump to main content", "jump to navigation", "jump to search",
    // MediaWiki's in its other languages, and the sites' own skip links.
    "zur navigation springen", "zur suche springen", "zum inhalt springen", "zum hauptinhalt springen",
    "aller \xC3\xA0 la navigation", "aller \xC3\xA0 la recherche", "aller au contenu", "aller au contenu principal",
    "ir a la navegaci\xC3\xB3n", "ir a la b\xC3\xBAsqueda", "ir al contenido", "saltar al contenido",
    "vai alla navigazione", "vai alla ricerca", "vai al contenuto", "salta al contenuto",
    "naar navigatie springen", "naar zoeken springen", "naar inhoud springen", "ga naar de inhoud",
    "przejdź do nawigacji", "przejdź do wyszukiwania", "przejdź do treści",
    "ir para navegação", "ir para pesquisa", "ir para o conteúdo", "pular para o conteúdo"};
constexpr size_t kSkipLinkLineMaxBytes = 32;
// The words of a link back to the page's top in the other languages lede
// reads (a gazette's "Subir" after each block of a law, a theme's "Torna
// su" button), lower case. Only as an in-page link's whole text: "Subir"
// and "Nach oben" head a guide's sections and label a lift's button too.
constexpr std::string_view kBackToTopLinks[] = {
    "subir", "volver arriba", "ir arriba", "nach oben", "zurück nach oben", "haut de page", "retour en haut",
    "retour en haut de page", "torna su", "torna all'inizio", "naar boven", "terug naar boven", "do góry",
    "voltar ao topo", "наверх", "back to top", "revenir en haut", "aller en bas", "go to bottom"};

bool IsSkipLinkLow(std::string_view low) {
  return low.size() <= kSkipLinkLineMaxBytes && EqualsAny(low, kSkipLinkLines);
}

// An account box's prompt before its call, whatever the call says ("Don't
// have an account? Sign up for free", "Already have an account? Log in
// here"): the question, then a few words at most.
constexpr std::string_view kAccountPromptOpeners[] = {
    "don't have an account?", "don\xE2\x80\x99t have an account?", "already have an account?",
    "not a member yet?", "not a member?"};
constexpr size_t kAccountPromptMaxBytes = 64;

static bool IsAccountPromptLow(std::string_view low) {
  if (low.empty() || low.size() > kAccountPromptMaxBytes || (low[0] != 'd' && low[0] != 'a' && low[0] != 'n'))
    return false;
  for (std::string_view o : kAccountPromptOpeners)
    if (low.starts_with(o)) return true;
  return false;
}

// A sign-in page's buttons for another account ("Continue with Google",
// "Sign in with Apple"; several in one line when they are links side by
// side): a call, then a provider, and nothing else. English, French,
// Spanish, Italian, Portuguese, German, Dutch, Polish.
constexpr std::string_view kSocialSignInCalls[] = {
    "continue with ", "sign in with ", "sign up with ", "log in with ", "login with ", "connect with ",
    "continuer avec ", "se connecter avec ", "s'inscrire avec ", "continuar con ", "iniciar sesi\xC3\xB3n con ",
    "registrarse con ", "continua con ", "accedi con ", "registrati con ", "continuar com ", "entrar com ",
    "weiter mit ", "anmelden mit ", "fortfahren mit ", "doorgaan met ", "inloggen met ", "aanmelden met ",
    "kontynuuj z ", "zaloguj si\xC4\x99 przez ", "zaloguj si\xC4\x99 z "};
constexpr std::string_view kSignInProviders[] = {
    "google", "apple", "facebook", "microsoft", "github", "gitlab", "twitter", "x", "linkedin",
    "amazon", "yahoo", "email", "e-mail", "sso", "passkey", "discord", "slack", "okta"};
constexpr size_t kSocialSignInMaxBytes = 120;

static bool IsSocialSignInLow(std::string_view low) {
  if (low.size() > kSocialSignInMaxBytes) return false;
  bool any = false;
  while (!low.empty()) {
    size_t call = 0;
    for (std::string_view c : kSocialSignInCalls)
      if (low.starts_with(c)) call = c.size();
    if (call == 0) return false;
    low = low.substr(call);
    size_t word = 0;
    while (word < low.size() && low[word] != ' ') ++word;
    if (!EqualsAny(low.substr(0, word), kSignInProviders)) return false;
    low = Trim(low.substr(word));
    any = true;
  }
  return any;
}

// The cues that file a post under its publication or its category, the
// name after them (FilingLabelSize).
constexpr std::string_view kFilingLabels[] = {
    "published in", "posted in", "filed under", "posted under", "filed in", "publié dans", "classé dans",
    "veröffentlicht in", "abgelegt unter", "publicado en", "publicado em", "pubblicato in", "gepubliceerd in",
};

size_t FilingLabelSize(std::string_view line) {
  for (std::string_view l : kFilingLabels)
    if (line.size() > l.size() && line[l.size()] == ' ' && StartsWithIgnoreCase(line, l)) return l.size();
  return 0;
}

// The ad label as a line in Turkish, Swedish, Danish and Norwegian, Dutch,
// Finnish and Russian ("- Reklam -" in a tagDiv theme's ad slot), lower
// case (Cyrillic in both cases: not folded). Not a heading: a story about
// advertising heads its section "Reklame", "Реклама".
constexpr std::string_view kAdLabelLines[] = {
    "reklam", "annons", "reklame", "annonse", "advertentie", "mainos",
    "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0" /* реклама */,
    "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0" /* Реклама */};

// A Chinese news page's credit of its editor in charge under the story
// ("责任编辑：王璐", "責任編輯：林怡君"): the desk's line, not the story's. The
// label, a colon (full-width or ASCII), then names only: up to
// kCjkEditorValueMaxBytes, each name at most kCjkEditorNameMaxBytes (two
// to four Han letters), parted by spaces or "、", no digit, comma or stop
// ("责任编辑：3名，要求中文相关专业" is a job notice's line; an interview's
// "责任编辑：二十篇左右" an answer). Not a heading.
constexpr std::string_view kCjkEditorLabels[] = {
    "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91", "\xE8\xB2\xAC\xE4\xBB\xBB\xE7\xB7\xA8\xE8\xBC\xAF",  // 责任编辑 責任編輯
};
constexpr size_t kCjkEditorValueMaxBytes = 36;
constexpr size_t kCjkEditorNameMaxBytes = 12;

static bool IsCjkEditorLow(std::string_view low) {
  if (low.size() < 12 || low[0] != '\xE8') return false;
  for (std::string_view label : kCjkEditorLabels) {
    if (!low.starts_with(label)) continue;
    std::string_view rest = low.substr(label.size());
    if (rest.starts_with("\xEF\xBC\x9A")) rest.remove_prefix(3);  // ：
    else if (rest.starts_with(":")) rest.remove_prefix(1);
    else return false;
    rest = Trim(rest);
    if (rest.empty() || rest.size() > kCjkEditorValueMaxBytes || HasAsciiDigit(rest)) return false;
    size_t name = 0;
    for (size_t i = 0; i < rest.size();) {
      if (rest[i] == ' ' || rest.compare(i, 3, "\xE3\x80\x81") == 0) {  // 、
        i += rest[i] == ' ' ? 1 : 3;
        name = 0;
        continue;
      }
      if (rest[i] == ',' || rest.compare(i, 3, "\xEF\xBC\x8C") == 0 ||  // ，
          rest.compare(i, 3, "\xE3\x80\x82") == 0)                      // 。
        return false;
      if (++name > kCjkEditorNameMaxBytes) return false;
      ++i;
    }
    return true;
  }
  return false;
}

// A review widget's buttons in shops' other languages, as lines (not as
// headings: "Bewertung schreiben" heads a how-to's section).
constexpr std::string_view kReviewButtonLines[] = {
    "dodaj recenzj\xC4\x99", "dodaj opini\xC4\x99", "poka\xC5\xBC wszystkie recenzje", "\xC3\xA9" "crire un avis",
    "bewertung schreiben", "escribir una rese\xC3\xB1" "a", "scrivi una recensione", "schrijf een review",
    "see all reviews", "voir tous les avis", "alle bewertungen anzeigen",
};

bool IsBoilerplateLine(std::string_view line, bool heading) {
  line = SkipTrailingArrows(SkipLeadingArrows(Trim(line)));
  if (line.size() >= 160) return false;
  // Lower-case once; then plain searches. (Latin-1's capitals too, a label
  // set in capitals: "PUBBLICITÀ", "PUBLICITÉ".)
  char buf[160];
  for (size_t i = 0; i < line.size(); ++i) buf[i] = ToLowerAscii(line[i]);
  // (Looked for apart: most lines hold no such capital, and the loop above
  // stays a plain one.)
  for (const char* p = static_cast<const char*>(std::memchr(buf, 0xC3, line.size())); p;) {
    const size_t i = static_cast<size_t>(p - buf) + 1;
    if (i >= line.size()) break;
    const unsigned char c = static_cast<unsigned char>(buf[i]);
    if (c >= 0x80 && c <= 0x9E && c != 0x97) buf[i] = static_cast<char>(c + 0x20);
    p = static_cast<const char*>(std::memchr(buf + i, 0xC3, line.size() - i));
  }
  std::string_view low(buf, line.size());
  if (HoldsBoilerplateAnchor(low))
    if (ContainsAny(low, kBoilerplatePhrases)) return true;
  // (A heading "Sign in with Google" heads a how-to's section.)
  if (IsAccountPromptLow(low) || (!heading && IsSocialSignInLow(low))) return true;
  if (IsThreadViewersLow(low) || IsPageEditNoteLow(low) || IsAnswerVoteLow(low) || IsLoadingLine(low) || IsConsentPlaceholderLow(low) || IsTagListLow(low) ||
      IsArchiveNavLow(low) || IsListFooterLow(low) || IsPlayerStatusLow(low) || (!heading && IsCjkEditorLow(low)))
    return true;
  // (The label alone, "Our Standards" as a heading, is no such line.)
  if (const size_t colon = low.find(": "); colon != std::string_view::npos) {
    if (IsLabel<kStandardsPledgeLabels>(low, kStandardsPledgeLineMaxBytes, ":")) return true;
    // A variant picker's label and its prompt ("Size: Select a size"): the
    // label one word or two, the prompt a picker's (as a line alone, it is
    // one of kBoilerplateLines).
    if (!heading && colon <= kVariantLabelMaxBytes && std::count(low.begin(), low.begin() + colon, ' ') <= 1 &&
        EqualsAny(Trim(low.substr(colon + 2)), kVariantPrompts))
      return true;
  }
  while (!low.empty() && (low.back() == ':' || low.back() == '.' || low.back() == '!' || low.back() == '|' ||
                          low.back() == '>' || low.back() == '-'))
    low = Trim(low.substr(0, low.size() - 1));
  // (A label set between dashes, "- Advertisement -": tagDiv Newspaper's
  // ad spot title; the dash before it goes too.)
  while (!low.empty() && low.front() == '-') low = Trim(low.substr(1));
  if (low.starts_with(kSympathyStoreOpener))
    for (std::string_view c : kSympathyStoreClosers)
      if (low.ends_with(c)) return true;
  // (A list's count and its sort control's label read as one line, the
  // control's options left out: "Showing 1 - 10 of 146 events Sort by".)
  if (constexpr std::string_view kSortBy = " sort by"; low.ends_with(kSortBy) && HasAsciiDigit(low) &&
                                                        IsResultCountLine(Trim(low.substr(0, low.size() - kSortBy.size())), heading))
    return true;
  // (A list's count in a longer language, "Εμφανίζονται 1 - 10 από 87
  // ανακοινώσεις", runs past the other lines' size.)
  if (low.size() > kBoilerplateLineMaxBytes)
    return low.size() <= kResultCountLineMaxBytes &&
           ((IsResultCountLine(low, heading) && !(heading && IsCountAndNounLow(low))) ||
            EqualsAny(low, kLongBoilerplateLines));
  for (std::string_view b : BoilerplateLinesOfSize(low.size()))
    if (low == b) return !heading || !EqualsAny(low, kBoilerplateLinesNotHeadings);
  if (!heading && (EqualsAny(low, kAdLabelLines) || EqualsAny(low, kReviewButtonLines))) return true;
  if (!heading && low.size() <= 40)
    for (std::string_view b : kCardButtonLines)
      if (low.size() == b.size() && StartsWithFolded(low, b)) return true;
  if (IsSkipLinkLow(low)) return true;
  return (IsResultCountLine(low, heading) && !(heading && IsCountAndNounLow(low))) || IsSortControlLine(low) ||
         IsReadingTimeLine(low) || IsCarouselPositionLine(low) || IsPlayerTimesLine(low) || IsListingIdLow(low) ||
         IsAdSizeLow(low);
}

bool IsSkipLinkLine(std::string_view line) {
  line = Trim(line);
  while (!line.empty() && (line.back() == '.' || line.back() == ':')) line = Trim(line.substr(0, line.size() - 1));
  // (The list is lower case: a case-blind compare, no lowered copy.)
  return line.size() <= kSkipLinkLineMaxBytes && EqualsAnyIgnoreCase(line, kSkipLinkLines);
}

bool IsBackToTopLink(std::string_view line) {
  line = Trim(line);
  // (Without an icon font's glyph after the words, a character of the
  // private use area: "Torna su<i class=material-icons>&#xE316;</i>".)
  while (line.size() >= 3) {
    const auto b0 = static_cast<unsigned char>(line[line.size() - 3]);
    const auto b1 = static_cast<unsigned char>(line[line.size() - 2]);
    if (!(b0 == 0xEE || (b0 == 0xEF && b1 < 0xA4))) break;
    line = Trim(line.substr(0, line.size() - 3));
  }
  line = SkipTrailingArrows(line);
  return line.size() <= kSkipLinkLineMaxBytes && EqualsAnyFolded(line, kBackToTopLinks);
}

// An archive's navigation line at most: a label and a subject ("Next
// message (by thread): [list] Subject"); a paragraph opening on the same
// words is prose.
constexpr size_t kArchiveNavLineMaxBytes = 240;

bool IsArchiveNavLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > kArchiveNavLineMaxBytes) return false;
  char buf[64];
  const size_t n = std::min(line.size(), sizeof buf);
  for (size_t i = 0; i < n; ++i) buf[i] = ToLowerAscii(line[i]);
  return IsArchiveNavLow(std::string_view(buf, n));
}

// The file names of lazy loaders' stand-in images (lower-case), found in
// an image's file name.
constexpr std::string_view kLazyImagePlaceholderNames[] = {
    "s_1x2", "placeholder", "blank.", "spacer", "transparent", "lazy-load", "lazyload", "1x1.", "pixel.gif"};
// File names longer than this are read as no stand-in (a stand-in's name is short).
constexpr size_t kLazyImageNameMaxBytes = 64;

bool IsLazyImagePlaceholder(std::string_view url) {
  url = Trim(url);
  url = url.substr(0, std::min(url.find('?'), url.find('#')));
  const size_t slash = url.rfind('/');
  if (slash != std::string_view::npos) url = url.substr(slash + 1);
  if (url.empty() || url.size() > kLazyImageNameMaxBytes) return false;
  char buf[kLazyImageNameMaxBytes];
  for (size_t i = 0; i < url.size(); ++i) buf[i] = ToLowerAscii(url[i]);
  return ContainsAny(std::string_view(buf, url.size()), kLazyImagePlaceholderNames);
}

bool IsConsentPlaceholder(std::string_view text) {
  text = Trim(text);
  if (text.size() > kConsentPlaceholderMaxBytes) return false;
  char buf[kConsentPlaceholderMaxBytes];
  for (size_t i = 0; i < text.size(); ++i) buf[i] = ToLowerAscii(text[i]);
  return IsConsentPlaceholderLow(std::string_view(buf, text.size()));
}

namespace {

// A clock "M:SS", "MM:SS" or "H:MM:SS" at `*i` in `s`: advances past it.
// With `run_on`, a digit may follow it (the next clock, run together with
// it: "00:0048:12").
bool SkipMediaClock(std::string_view s, size_t* i, bool run_on = false) {
  size_t j = *i, d = 0;
  while (j < s.size() && IsAsciiDigit(static_cast<unsigned char>(s[j])) && d < 3) ++j, ++d;
  if (d == 0 || d > 2) return false;
  int groups = 0;
  while (groups < 2 && j + 2 < s.size() && s[j] == ':' && IsAsciiDigit(static_cast<unsigned char>(s[j + 1])) &&
         IsAsciiDigit(static_cast<unsigned char>(s[j + 2])) &&
         (run_on || j + 3 == s.size() || !IsAsciiDigit(static_cast<unsigned char>(s[j + 3]))))
    j += 3, ++groups;
  if (groups == 0) return false;
  *i = j;
  return true;
}

}  // namespace

constexpr int kPlayerTimesMin = 2;

static bool IsPlayerTimesLine(std::string_view low) {
  // (Read clock by clock: spans side by side run together in the text,
  // "00:0048:12".)
  int clocks = 0;
  size_t i = 0;
  while (i < low.size()) {
    while (i < low.size() && (low[i] == ' ' || low[i] == '/')) ++i;
    if (i == low.size()) break;
    if (!SkipMediaClock(low, &i, /*run_on=*/true)) return false;
    ++clocks;
  }
  return clocks >= kPlayerTimesMin;
}

// The marks a ticker puts between the copies of its phrase.
constexpr std::string_view kTickerSeparators[] = {"*", "\xE2\x80\xA2", "|", "\xC2\xB7", "\xE2\x9C\xA6", "\xE2\x98\x85"};

bool HasTickerSeparator(std::string_view line) {
  return ContainsAny(line, kTickerSeparators);
}

// The marks a page sets between the links and stamps of one line ("Reply
// | Quote", "3 min read · Share"): alone, the leftovers of such a line.
constexpr std::string_view kLineSeparatorMarks[] = {"|", "\xC2\xB7", "\xE2\x80\xA2", "/", "\xEF\xBD\x9C"};

bool IsSeparatorOnly(std::string_view text) {
  bool mark = false;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
      ++i;
      continue;
    }
    size_t k = 0;
    while (k < std::size(kLineSeparatorMarks) && !text.substr(i).starts_with(kLineSeparatorMarks[k])) ++k;
    if (k == std::size(kLineSeparatorMarks)) return false;
    i += kLineSeparatorMarks[k].size();
    mark = true;
  }
  return mark;
}

bool IsRepeatedPhraseLine(std::string_view line) {
  // The words: runs of letters and digits (any byte of a multi-byte
  // character counts as a letter), read until the list is full. (Plain
  // spans, left uninitialized: this runs for every line of the body.)
  struct Span {
    const char* p;
    size_t n;
  };
  Span words[kRepeatedPhraseMaxWords];
  auto word = [&](size_t k) { return std::string_view(words[k].p, words[k].n); };
  size_t n = 0;
  for (size_t i = 0; i < line.size();) {
    auto word_byte = [&](size_t k) { return IsAsciiAlnum(line[k]) || static_cast<unsigned char>(line[k]) >= 0x80; };
    while (i < line.size() && !word_byte(i)) ++i;
    const size_t b = i;
    while (i < line.size() && word_byte(i)) ++i;
    if (i == b) break;
    if (n == kRepeatedPhraseMaxWords) {
      // A line longer than the list (a marquee's hundred copies of "Book
      // now *"): a repeat when the words read repeat one short phrase and
      // every word past them goes on with it, to a whole copy at the end.
      // (Read word by word against the first copy: nothing is stored.)
      i = b;
      for (size_t period = 1; period <= kRepeatedPhraseMaxPeriod; ++period) {
        size_t k = period;
        while (k < n && EqualsIgnoreCase(word(k), word(k - period))) ++k;
        if (k < n) continue;
        bool goes_on = true;
        for (size_t j = i; goes_on;) {
          while (j < line.size() && !word_byte(j)) ++j;
          const size_t wb = j;
          while (j < line.size() && word_byte(j)) ++j;
          if (j == wb) break;
          goes_on = EqualsIgnoreCase(line.substr(wb, j - wb), word(k % period));
          ++k;
        }
        if (goes_on && k % period == 0) return true;
      }
      return false;
    }
    words[n++] = {line.data() + b, i - b};
    // A phrase repeats from its first word on: that word comes again within
    // kRepeatedPhraseMaxPeriod words, or the line (prose, most lines) is no
    // repeat whatever follows. (Asked once those words are read.)
    if (n == kRepeatedPhraseMaxPeriod + 1) {
      bool again = false;
      for (size_t k = 1; k < n && !again; ++k) again = EqualsIgnoreCase(word(k), word(0));
      if (!again) return false;
    }
  }
  if (n < kRepeatedPhraseMinWords) return false;
  for (size_t period = 1; period <= kRepeatedPhraseMaxPeriod; ++period) {
    if (n % period != 0 || n / period < kRepeatedPhraseMinTimes) continue;
    size_t k = period;
    while (k < n && EqualsIgnoreCase(word(k), word(k - period))) ++k;
    if (k == n) return true;
  }
  return false;
}

bool IsMediaTimeLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 40) return false;
  for (std::string_view c : kMediaTimeCues)
    if (StartsWithIgnoreCase(line, c)) {
      line = line.substr(c.size());
      // The cue's separator: spaces, ':', '|', '-', a middle dot or bullet.
      for (bool again = true; again;) {
        again = false;
        while (!line.empty() && (line[0] == ' ' || line[0] == ':' || line[0] == '|' || line[0] == '-')) {
          line.remove_prefix(1);
          again = true;
        }
        for (std::string_view dot : kMediaTimeDots)
          if (line.substr(0, dot.size()) == dot) line.remove_prefix(dot.size()), again = true;
      }
      break;
    }
  size_t i = 0;
  if (!SkipMediaClock(line, &i)) return false;
  std::string_view rest = Trim(line.substr(i));
  if (rest.empty()) return true;
  // A player's elapsed and total time: "0:00 / 4:02".
  if (rest[0] != '/') return false;
  rest = Trim(rest.substr(1));
  i = 0;
  return SkipMediaClock(rest, &i) && i == rest.size();
}

bool IsOnlyInvisibleMarks(std::string_view text) {
  if (text.empty() || text.size() > kInvisibleRunMaxBytes) return false;
  for (size_t i = 0, len = 0; i < text.size(); i += len)
    if (!IsInvisibleMark(DecodeUtf8(text, i, &len))) return false;
  return true;
}

bool OpensWithArrow(std::string_view line) {
  line = Trim(line);
  for (std::string_view a : kLeadingArrows)
    if (line.starts_with(a)) return true;
  return false;
}

bool IsBackLinkLine(std::string_view line) {
  line = Trim(line);
  const std::string_view bare = SkipLeadingArrows(line);
  if (bare.size() > 48) return false;
  // An arrow back to the index a page sits in: "« All Events", "← All
  // posts" (the arrow makes it a control, not a heading "All Events").
  if (bare.size() < line.size() && StartsWithIgnoreCase(bare, "all ") &&
      std::count(bare.begin(), bare.end(), ' ') <= kBackToAllMaxSpaces)
    return true;
  if (!StartsWithIgnoreCase(bare, "back to ")) return false;
  return std::count(bare.begin(), bare.end(), ' ') <= kBackToMaxSpaces;
}

// A list asked with StartsWithAnyFolded, split by its phrases' first byte:
// StartsWithFolded folds a line's ASCII byte to one ASCII byte, and matches
// a byte past ASCII only with a byte past ASCII; so a line is compared with
// the phrases that open on its first byte folded, or (a line opening past
// ASCII) on any byte past ASCII. Most lines open on a letter few phrases
// do. (No phrase is empty: an empty one would start every line.)
class FoldedFirstByteIndex {
 public:
  explicit FoldedFirstByteIndex(std::span<const std::string_view> lower_list) {
    for (std::string_view p : lower_list) ++start_[Bucket(p[0]) + 1];
    for (size_t k = 0; k < kBuckets; ++k) start_[k + 1] += start_[k];
    phrases_.resize(lower_list.size());
    std::array<size_t, kBuckets> fill;
    std::copy(start_.begin(), start_.begin() + kBuckets, fill.begin());
    for (std::string_view p : lower_list) phrases_[fill[Bucket(p[0])]++] = p;
  }
  // The phrases a line opening on `first` may start with.
  std::span<const std::string_view> For(char first) const {
    const size_t b = Bucket(ToLowerAscii(first));
    return std::span<const std::string_view>(phrases_.data() + start_[b], start_[b + 1] - start_[b]);
  }

 private:
  static constexpr size_t kBuckets = 129;  // the ASCII bytes, then every byte past them
  static size_t Bucket(char c) { return std::min<size_t>(static_cast<unsigned char>(c), kBuckets - 1); }
  std::vector<std::string_view> phrases_;
  std::array<size_t, kBuckets + 1> start_ = {};
};

static_assert(std::ranges::none_of(kRelatedCues, &std::string_view::empty));

// The glyphs a paper sets before its pointer to another story ("➡️ LEIA
// TAMBÉM: ...", "👉 Baca juga: ...", "► Lesen Sie auch", "🔎 LEIA
// TAMBÉM:", "📌 Czytaj także"), and the emoji
// variation selector that may follow one.
constexpr std::string_view kPointerGlyphs[] = {
    "\xE2\x9E\xA1" /* ➡ */, "\xF0\x9F\x91\x89" /* 👉 */, "\xE2\x96\xBA" /* ► */, "\xE2\x96\xB6" /* ▶ */,
    "\xE2\x86\x92" /* → */, "\xC2\xBB" /* » */, ">>", "\xF0\x9F\x94\x8E" /* 🔎 */, "\xF0\x9F\x93\x8C" /* 📌 */};
constexpr std::string_view kEmojiVariation = "\xEF\xB8\x8F";

// `line` (trimmed) without such a glyph and the space after it. A glyph
// with no space after it stays: "»Lesen Sie auch ...«" opens a German
// quotation, and so does one whose line closes a quotation with « or ».
// (Most lines open on a letter or a quotation mark: told by the caller, in
// place, by the glyphs' first two bytes.)
static inline bool MayOpenOnPointerGlyph(std::string_view line) {
  if (line.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(line[0]), b1 = static_cast<unsigned char>(line[1]);
  return (b0 == '>' && b1 == '>') || (b0 == 0xC2 && b1 == 0xBB) || b0 == 0xF0 ||
         (b0 == 0xE2 && (b1 == 0x9E || b1 == 0x96 || b1 == 0x86));
}
// Of kPointerGlyphs, the ones that also set off a list's items and a
// paragraph's note ("📌 Leia também o relatório completo..."): a cue after
// them must end on its colon within kBulletCueMaxBytes ("🔎 LEIA TAMBÉM:").
constexpr std::string_view kBulletPointerGlyphs[] = {"\xF0\x9F\x94\x8E" /* 🔎 */, "\xF0\x9F\x93\x8C" /* 📌 */};
constexpr size_t kBulletCueMaxBytes = 32;

[[gnu::noinline]] static std::string_view SkipPointerGlyph(std::string_view line) {
  for (std::string_view g : kPointerGlyphs) {
    if (!line.starts_with(g)) continue;
    if (EqualsAny(g, kBulletPointerGlyphs)) {
      const size_t colon = line.find(':', g.size());
      if (colon == std::string_view::npos || colon > g.size() + kBulletCueMaxBytes) return line;
    }
    std::string_view rest = line.substr(g.size());
    if (rest.starts_with(kEmojiVariation)) rest.remove_prefix(kEmojiVariation.size());
    if (rest.empty() || rest[0] != ' ') return line;
    if (g == "\xC2\xBB" && (rest.find("\xC2\xAB") != std::string_view::npos ||
                            rest.find("\xC2\xBB") != std::string_view::npos))
      return line;
    return Trim(rest);
  }
  return line;
}

bool StartsWithRelatedCue(std::string_view line) {
  line = Trim(line);
  if (MayOpenOnPointerGlyph(line)) line = SkipPointerGlyph(line);
  if (line.empty()) return false;
  // (Asked of every short line of the body: the cues of its first byte only.)
  static const FoldedFirstByteIndex index(kRelatedCues);
  return StartsWithAnyFolded(line, index.For(line[0]));
}

// The labels a docs or blog pager sets over the neighbouring page's title
// in each of its links ("Previous" over "Shopify", "Next: Rate limits"),
// lower case.
constexpr std::string_view kPagerLabels[] = {
    "previous", "prev", "next", "older post", "newer post", "précédent", "suivant", "zurück", "weiter",
    "anterior", "siguiente", "precedente", "successivo", "vorige", "volgende",
};
constexpr size_t kPagerLineMaxBytes = 160;
constexpr long kPagerLineMaxSpaces = 14;

bool IsPagerLinkLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kPagerLineMaxBytes ||
      std::count(line.begin(), line.end(), ' ') > kPagerLineMaxSpaces)
    return false;
  for (std::string_view label : kPagerLabels) {
    if (!StartsWithFolded(line, label)) continue;
    if (line.size() == label.size()) return true;
    // The label alone, or glued to a title in its own span ("PreviousShopify":
    // the next letter a capital), or set off by a colon or a space.
    const char c = line[label.size()];
    if (c == ':' || c == ' ' || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

bool StartsWithPointerCue(std::string_view line) {
  line = Trim(line);
  if (MayOpenOnPointerGlyph(line)) line = SkipPointerGlyph(line);
  return StartsWithAnyIgnoreCase(line, kPointerCues);
}

bool IsStoryFurnitureHeading(std::string_view heading) {
  heading = Trim(heading);
  return IsLabel<kStoryFurnitureHeadings>(heading, heading.size(), ":");
}

bool IsRelatedListLabel(std::string_view line) {
  line = Trim(line);
  // (After a pointer glyph too: "🔎 LEIA TAMBÉM:" over its links.)
  if (MayOpenOnPointerGlyph(line)) line = SkipPointerGlyph(line);
  if (line.size() > kRelatedListLabelMaxBytes || !line.ends_with(':')) return false;
  if (IsFurnitureHeading(line)) return true;
  line = Trim(line.substr(0, line.size() - 1));
  for (std::string_view w : kRelatedLabelEndings)
    if (line.size() >= w.size() && EqualsIgnoreCase(line.substr(line.size() - w.size()), w) &&
        (line.size() == w.size() || !IsAsciiAlnum(line[line.size() - w.size() - 1])))
      return true;
  return false;
}

bool IsFurnitureHeading(std::string_view heading) {
  heading = Trim(heading);
  if (IsFurnitureHeadingPrefix(heading)) return true;
  // "Related", "Related:"; not "Related work on solar cells shows..." (a
  // content heading that starts alike).
  return IsLabel<kFurnitureHeadings>(heading, heading.size(), ":") || IsFeedHeading(heading) ||
         IsLabel<kForeignFurnitureHeadings>(heading, kForeignFurnitureHeadingMaxBytes, ":");
}

bool IsFeedHeading(std::string_view heading) { return IsLabel<kFeedHeadings>(heading, 60, ":"); }

// Headings over a strip of links to other pages of the site, on any page:
// a classifieds site's popular searches of its category ("Recherches
// populaires en Ameublement"), in its languages; a lyrics site's list of
// the artist's other songs. Read as a site feed's heading (its links must
// follow): a story's section "Popular songs by Taylor Swift on the tour"
// is prose.
constexpr std::string_view kLinkShelfHeadingPrefixes[] = {
    "popular searches", "recherches populaires", "b\xC3\xBAsquedas populares", "ricerche popolari",
    "beliebte suchen", "populaire zoekopdrachten", "popularne wyszukiwania", "pesquisas populares",
    "popular songs by", "more songs by",
    // Magento's block of other shoppers' searches over a search's results
    // ("Related search terms"), in its shops' languages: a heading over
    // links (an SEO guide's section so headed is prose).
    "related search terms", "t\xC3\xA9rminos de b\xC3\xBAsqueda relacionados", "verwandte suchbegriffe",
    "termes de recherche associ\xC3\xA9s", "termini di ricerca correlati", "gerelateerde zoektermen",
    "termos de pesquisa relacionados",
    // A stock library's or a photo site's strip of other pictures under
    // one, in its languages: links to them (a help page's section so
    // headed is prose).
    "similar images", "similar photos", "immagini simili", "ähnliche bilder", "images similaires",
    "imágenes similares", "imagens semelhantes", "imagens similares", "vergelijkbare afbeeldingen",
    // A stock library's chips of related keywords under an image (links
    // to its searches).
    "related keywords", "parole chiave correlate", "palabras clave relacionadas", "mots-clés associés",
    "verwandte schlüsselwörter", "palavras-chave relacionadas", "gerelateerde trefwoorden",
};

bool IsLinkShelfHeading(std::string_view heading) {
  heading = Trim(heading);
  return heading.size() <= 60 && StartsWithAnyIgnoreCase(heading, kLinkShelfHeadingPrefixes);
}

// Headings that close a story on a blog platform, read after a story's
// worth of prose only (over it, "Written by ..." is the story's byline): the
// writer's card ("Written by Nina Okafor" over the follower counts and the
// bio), the publication's ("Published in Parcel Notes" over its tagline),
// the readers' replies with their count ("Responses (12)").
constexpr std::string_view kAuthorCardHeadingPrefixes[] = {"written by ", "published in "};
constexpr std::string_view kCountedReplyHeadings[] = {"responses", "reactions", "replies"};
// The most words of the name after "Written by" ("Nina Okafor", "Ana
// María de la Cruz" aside).
constexpr int kAuthorCardNameMaxWords = 4;

// Whether `rest` reads as a name: a few words, each opening on a capital
// (or a letter outside ASCII: "Élodie"). "Written by the victors" heads a
// section of the story.
static bool ReadsAsNameWords(std::string_view rest) {
  int words = 0;
  bool ok = true;
  AnySpaceToken(rest, [&](std::string_view w) {
    const unsigned char c = static_cast<unsigned char>(w[0]);
    ok = ++words <= kAuthorCardNameMaxWords && ((c >= 'A' && c <= 'Z') || c >= 0x80);
    return !ok;
  });
  return ok && words > 0;
}

// IsPressContactHeading's labels, lower case, whole (or a label and
// ":..."): a press release's contact box in the languages of the rounds.
constexpr std::string_view kPressContactHeadings[] = {
    "media contact", "media contacts", "press contact", "press contacts", "investor contact", "investor contacts",
    "media inquiries", "media enquiries", "press inquiries", "press enquiries", "for media inquiries",
    "investor relations contact", "pressekontakt", "pressekontakte", "medienkontakt", "kontakt f\xC3\xBCr medien",
    "kontakt f\xC3\xBCr journalisten", "contact presse", "contacts presse", "contact m\xC3\xA9" "dias",
    "contacts m\xC3\xA9" "dias", "contacto de prensa", "contactos de prensa", "contacto para medios",
    "contatto stampa", "contatti stampa", "ufficio stampa", "contato para imprensa", "contato de imprensa",
    "contatos para imprensa", "contacto de imprensa", "assessoria de imprensa", "perscontact", "persvragen",
    "kontakt dla medi\xC3\xB3w", "kontakt dla prasy",
    // Japanese "contact", "inquiries about this release", "for the press";
    // Chinese "media contact"; Korean "press inquiries".
    "\xE3\x81\x8A\xE5\x95\x8F\xE3\x81\x84\xE5\x90\x88\xE3\x82\x8F\xE3\x81\x9B\xE5\x85\x88",
    "\xE6\x9C\xAC\xE4\xBB\xB6\xE3\x81\xAB\xE9\x96\xA2\xE3\x81\x99\xE3\x82\x8B\xE3\x81\x8A\xE5\x95\x8F\xE3\x81\x84"
    "\xE5\x90\x88\xE3\x82\x8F\xE3\x81\x9B",
    "\xE5\xA0\xB1\xE9\x81\x93\xE9\x96\xA2\xE4\xBF\x82\xE8\x80\x85\xE3\x81\xAE\xE3\x81\x8A\xE5\x95\x8F\xE3\x81\x84"
    "\xE5\x90\x88\xE3\x82\x8F\xE3\x81\x9B\xE5\x85\x88",
    "\xE5\xAA\x92\xE4\xBD\x93\xE8\x81\x94\xE7\xB3\xBB\xE4\xBA\xBA", "\xE5\xAA\x92\xE9\xAB\x94\xE8\x81\xAF\xE7\xB5\xA1\xE4\xBA\xBA",
    "\xEB\xB3\xB4\xEB\x8F\x84 \xEB\xAC\xB8\xEC\x9D\x98"};
constexpr size_t kPressContactHeadingMaxBytes = 60;
// A newswire's lines under the release: its link to the original with
// the release's pictures ("View original content to download
// multimedia:"), Business Wire's ("View source version on
// businesswire.com:").
constexpr std::string_view kPressWireLinePrefixes[] = {"view original content to download multimedia:",
                                                       "view original content:", "view source version on "};
// The digits of a phone number at least ("91 555 47 20").
constexpr int kPressContactPhoneDigits = 7;

bool IsPressContactHeading(std::string_view heading) {
  // The label alone, or with its colon: "Press contacts: what reporters
  // want" heads a section of a story.
  heading = Trim(heading);
  if (!heading.empty() && heading.back() == ':') heading = Trim(heading.substr(0, heading.size() - 1));
  return IsLabel<kPressContactHeadings>(heading, kPressContactHeadingMaxBytes, "");
}

// The lower-case words of a contact's line at most ("Whitcombe Public
// Relations for Halvorsen Grid Systems": names are capitalised); a
// sentence has more ("+44 161 496 0733 - that was how each e-mail was
// signed").
constexpr int kPressContactMaxLowerWords = 3;

bool HoldsContactData(std::string_view text) {
  if (text.find('@') != std::string_view::npos) return true;
  // A phone number: 7 digits at least, with the spaces, dots, dashes and
  // brackets between them, set out in two groups or more, or opening on
  // "+", "(" or "0" ("+1 212-555-0147", "91 555 47 20", "0800 123 4567").
  // A year's range ("2023-2024") is no number.
  int digits = 0, groups = 0;
  bool marked = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (IsAsciiDigit(static_cast<unsigned char>(c))) {
      if (digits == 0) marked = marked || c == '0';
      if (i == 0 || !IsAsciiDigit(static_cast<unsigned char>(text[i - 1]))) ++groups;
      if (++digits >= kPressContactPhoneDigits && (groups >= 3 || marked)) return true;
    } else if (c == '+' || c == '(') {
      if (digits == 0) marked = true;
    } else if (c != ' ' && c != '.' && c != '-' && c != ')' && c != '/') {
      digits = groups = 0;
      marked = false;
    }
  }
  return false;
}

bool IsPressContactBlock(std::string_view text) {
  text = Trim(text);
  if (text.size() > kPressContactBlockMaxBytes) return false;
  // (Every such line has a colon in its first bytes, after the label or
  // the wire's words: most lines have none there and are not compared.)
  const size_t colon = text.substr(0, kPressContactHeadingMaxBytes + 1).find(':');
  if (colon == std::string_view::npos) return false;
  if (StartsWithAnyIgnoreCase(text, kPressWireLinePrefixes)) return true;
  // The label, then its colon ("Media contact:", "Contact presse :").
  if (!IsLabel<kPressContactHeadings>(text, kPressContactBlockMaxBytes, ":")) return false;
  const std::string_view rest = text.substr(colon + 1);
  if (!HoldsContactData(rest)) return false;
  // Names, a firm, a phone and an address: few lower-case words.
  int lower = 0;
  bool sentence = false;
  AnySpaceToken(rest, [&](std::string_view w) {
    if (w.size() >= 2 && w[0] >= 'a' && w[0] <= 'z' && w.find('@') == std::string_view::npos &&
        w.find('.') == std::string_view::npos)
      sentence = ++lower > kPressContactMaxLowerWords;
    return sentence;
  });
  return !sentence;
}

bool IsAfterStoryFurnitureHeading(std::string_view heading) {
  heading = Trim(heading);
  if (heading.size() > kFurnitureHeadingMaxBytes) return false;
  for (std::string_view p : kAuthorCardHeadingPrefixes)
    if (StartsWithIgnoreCase(heading, p)) return ReadsAsNameWords(heading.substr(p.size()));
  for (std::string_view h : kCountedReplyHeadings) {
    if (!StartsWithIgnoreCase(heading, h)) continue;
    const std::string_view rest = Trim(heading.substr(h.size()));
    if (rest.size() >= 3 && rest[0] == '(' && IsAsciiDigit(static_cast<unsigned char>(rest[1])) &&
        rest.back() == ')')
      return true;
  }
  return false;
}

bool IsFurnitureHeadingPrefix(std::string_view heading) {
  heading = Trim(heading);
  if (heading.size() > 60 || heading.empty()) return false;
  // Only the prefixes that start with the heading's first letter (in
  // either case) are compared: a bit for each prefix by its first byte,
  // lower-cased. (Asked of every <h1> and of the body's headings.)
  // (Three 64-bit words a byte: prefix k is bit k % 64 of word k / 64.)
  static constexpr size_t kWordsPerByte = 3;
  static constexpr auto kByFirstByte = [] {
    std::array<std::array<uint64_t, kWordsPerByte>, 256> t{};
    for (size_t k = 0; k < std::size(kFurnitureHeadingPrefixes); ++k) {
      const char c = kFurnitureHeadingPrefixes[k][0];
      t[static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? char(c + 32) : c)][k / 64] |= uint64_t{1} << (k % 64);
    }
    return t;
  }();
  static_assert(std::size(kFurnitureHeadingPrefixes) <= 64 * kWordsPerByte);
  static_assert(std::ranges::none_of(kFurnitureHeadingPrefixes, [](std::string_view w) { return w.empty(); }));
  const auto& words = kByFirstByte[static_cast<unsigned char>(ToLowerAscii(heading[0]))];
  for (size_t w = 0; w < kWordsPerByte; ++w)
    for (uint64_t m = words[w]; m; m &= m - 1)
      if (StartsWithIgnoreCase(heading, kFurnitureHeadingPrefixes[w * 64 + std::countr_zero(m)])) return true;
  return false;
}

// A shop's shelf of other products worded as a sentence about its buyers
// ("This is what customers who viewed this product bought", "Others like
// you also bought:"): the phrase stands anywhere in a short heading, not
// only at its start (kFurnitureHeadingPrefixes has the plain openings).
// Lower-case. Read on product pages only, like kProductFurnitureHeadings.
constexpr std::string_view kProductShelfPhrases[] = {
    "customers who viewed", "customers who bought", "customers also", "also bought", "also viewed",
    "also purchased",
    // A shop's strip of the category's other products under one
    // (PrestaShop's "16 other products in the same category:", the count
    // first), in its languages.
    "other products in the same category", "autres produits dans la même catégorie",
    "otros productos de la misma categoría", "altri prodotti della stessa categoria",
    "andere produkte in der gleichen kategorie", "weitere produkte in der gleichen kategorie",
    "andere producten in dezelfde categorie",
    // The same in Finnish ("Samassa kategoriassa 16 muuta tuotetta:") and
    // Swedish, and a shop's "Similar products" in Hungarian, Romanian,
    // Finnish and Danish.
    "samassa kategoriassa", "produkter i samma kategori", "hasonló termékek", "produse similare",
    "samankaltaiset tuotteet", "lignende produkter",
    // A price-comparison site's list of the shops' offers under a product
    // ("Srovnání cen v obchodech", "Preisvergleich"): the shops' prices, not
    // the product.
    "compare prices", "price comparison", "preisvergleich", "comparer les prix", "por\xC3\xB3wnanie cen",
    "srovn\xC3\xA1n\xC3\xAD cen", "porovn\xC3\xA1n\xC3\xAD cen",
    // A dealer's strip of its other cars under one ("Ähnliche Fahrzeuge"),
    // a print shop's of the artist's other designs ("Andere ontwerpen van
    // deze artiest"), an app's of its maker's other apps.
    // (A capital outside ASCII is written as printed: the phrases are
    // compared with ASCII case folding only.)
    "similar vehicles", "\xC3\xA4hnliche fahrzeuge", "\xC3\x84hnliche fahrzeuge", "weitere fahrzeuge",
    "v\xC3\xA9hicules similaires", "veh\xC3\xAD""culos similares", "veicoli simili", "andere ontwerpen van", "other designs by",
    "more by this developer", "more from this developer", "more by this creator", "more from this creator",
    // A creator shop's strip of the maker's other products ("Mais produtos
    // de Mariana Teles") and its card about the maker, in its languages.
    "more products from", "more products by", "mais produtos de", "m\xC3\xA1s productos de",
    "plus de produits de", "altri prodotti di", "weitere produkte von", "meer producten van",
    "about the creator", "sobre a criadora", "sobre o criador", "sobre el creador", "sobre la creadora",
    "\xC3\xA0 propos du cr\xC3\xA9""ateur", "\xC3\xA0 propos de la cr\xC3\xA9""atrice", "\xC3\xBC""ber den ersteller",
    "\xC3\x80 propos du cr\xC3\xA9""ateur", "\xC3\x80 propos de la cr\xC3\xA9""atrice", "\xC3\x9C""ber den ersteller",
};

// Headings over a product page's delivery section ("Shipping information",
// "Informations sur la livraison"): the store's terms when the section
// states them (HoldsDeliveryTermsCue), this product's cartons and their
// sizes when it does not. Whole heading, lower-case.
constexpr std::string_view kDeliveryInfoHeadings[] = {
    "shipping information", "shipping info", "delivery information", "delivery info",
    "informations sur la livraison", "informations de livraison", "livraison", "lieferinformationen",
    "versandinformationen", "lieferung", "versand", "informaci\xC3\xB3n de env\xC3\xAD" "o", "env\xC3\xAD" "o",
    "informazioni sulla spedizione", "spedizione", "verzendinformatie", "verzending", "levering",
    "informacje o dostawie", "dostawa", "shipping", "delivery",
};
// What states a shop's delivery terms: its working days, its carriers, its
// free shipping, in shops' languages, lower-case (ASCII folding). (Carriers
// whose name is a common word's part, "UPS" in "cups", are not read.)
constexpr std::string_view kWorkingDayCues[] = {
    "working days", "business days", "working day", "business day", "jours ouvr\xC3\xA9s", "jours ouvrables",
    "heures ouvr\xC3\xA9" "es", "werktage", "werktagen", "werkdagen", "werkdag", "d\xC3\xAD" "as laborables",
    "d\xC3\xAD" "as h\xC3\xA1" "biles", "giorni lavorativi", "dni robocze", "dni roboczych", "arbetsdagar",
    "vardagar", "hverdage", "virkedager", "pracovn\u00edch dn\u016f", "pracovn\u00ed dny",
};
constexpr std::string_view kDeliveryTermsCues[] = {
    "colissimo", "chronopost", "mondial relay", "dhl", "dpd", "fedex", "usps", "royal mail", "postnl", "bpost",
    "hermes", "inpost", "correos", "seur", "poste italiane", "free shipping", "free delivery",
    "livraison gratuite", "livraison offerte", "versandkostenfrei", "kostenloser versand", "gratis verzending",
    "gratis bezorging", "env\xC3\xAD" "o gratuito", "env\xC3\xAD" "o gratis", "spedizione gratuita",
    "darmowa dostawa",
};

bool IsDeliveryInfoHeading(std::string_view heading) {
  return IsLabel<kDeliveryInfoHeadings>(Trim(heading), 40, ":");
}

bool HoldsDeliveryTermsCue(std::string_view text) {
  return ContainsAnyIgnoreCase(text, kWorkingDayCues) || ContainsAnyIgnoreCase(text, kDeliveryTermsCues);
}

bool IsProductFurnitureHeading(std::string_view heading) {
  // (A full-width mark, "（128件）" or "：", is one too: its first byte.)
  if (IsLabel<kProductFurnitureHeadings>(heading, 60, ":(?!\xEF")) return true;
  heading = Trim(heading);
  return heading.size() <= kFurnitureHeadingMaxBytes && ContainsAnyIgnoreCase(heading, kProductShelfPhrases);
}

// The labels of a shop theme's hidden tabs and toggles that hold the
// store's terms, the same under every product (see IsShopTermsPanelLabel).
constexpr std::string_view kShopTermsPanelLabels[] = {
    "warranty", "warranty information", "warranty info", "guarantee", "our guarantee",
    "payment", "payment options", "payment methods", "payment information", "secure payment",
    "shipping", "shipping information", "shipping info", "delivery", "delivery information", "delivery info",
    "returns", "size guide", "size chart", "sizing guide",
};

// A shop theme's tab and toggle panels (see NamesThemeTogglePanel).
constexpr std::string_view kThemeTogglePanelNames[] = {"tabcontent", "togglecontent"};

// The two halves of a panel title's class (NamesPanelTitleClass): the
// panel's word first, the title's last.
constexpr std::string_view kPanelTitlePanelWords[] = {"accordion", "collapsible", "collapse", "disclosure",
                                                      "expander", "toggle"};
constexpr std::string_view kPanelTitleTitleWords[] = {"title", "header", "heading", "head", "trigger",
                                                      "toggle", "button", "label", "handle"};

bool NamesPanelTitleClass(std::string_view cls) {
  return AnySpaceToken(cls.substr(0, 256), [](std::string_view token) {
    const size_t first = token.find_first_of("-_");
    const size_t last = token.find_last_of("-_");
    if (first == std::string_view::npos) return false;
    return EqualsAnyIgnoreCase(token.substr(0, first), kPanelTitlePanelWords) &&
           EqualsAnyIgnoreCase(token.substr(last + 1), kPanelTitleTitleWords);
  });
}

// (Read in place, case and '-'/'_' folded, no copy: "tab__content".)
bool NamesThemeTogglePanel(std::string_view class_attr) {
  class_attr = class_attr.substr(0, 256);
  for (std::string_view name : kThemeTogglePanelNames)
    for (size_t i = 0; i < class_attr.size(); ++i) {
      size_t j = i, k = 0;
      while (j < class_attr.size() && k < name.size()) {
        const char c = class_attr[j++];
        if (c == '-' || c == '_') {
          if (k == 0) break;  // (a match starts on a letter)
          continue;
        }
        if (std::tolower(static_cast<unsigned char>(c)) != name[k]) break;
        ++k;
      }
      if (k == name.size()) return true;
    }
  return false;
}

bool IsShopTermsPanelLabel(std::string_view label) {
  return IsProductFurnitureHeading(label) || IsLabel<kShopTermsPanelLabels>(label, 40, ":");
}

bool IsSiteFeedHeading(std::string_view heading) {
  heading = Trim(heading);
  return IsLabel<kSiteFeedHeadings>(heading, heading.size(), ":");
}

bool IsListingFurnitureHeading(std::string_view heading) {
  heading = Trim(heading);
  if (IsLabel<kListingFurnitureHeadings>(heading, heading.size(), ":")) return true;
  if (heading.size() > kFurnitureHeadingMaxBytes) return false;
  std::string_view rest = heading;
  for (std::string_view q : kNearbyStripQualifiers)
    if (StartsWithIgnoreCase(rest, q)) {
      rest = rest.substr(q.size());
      break;
    }
  for (std::string_view p : kNearbyStripPrefixes)
    if (StartsWithIgnoreCase(rest, p)) return p.back() == ' ' ? rest.size() > p.size() : rest.size() == p.size();
  return false;
}

bool IsThreadFurnitureHeading(std::string_view heading) {
  heading = Trim(heading);
  return IsLabel<kThreadFurnitureHeadings>(heading, heading.size(), ":");
}

bool IsCalendarButtonLine(std::string_view line) {
  line = Trim(line);
  if (line.starts_with('+')) line = Trim(line.substr(1));
  while (!line.empty() && (line.back() == '.' || line.back() == '!')) line = Trim(line.substr(0, line.size() - 1));
  return EqualsAnyFolded(line, kCalendarButtonLines);
}

// A bracketed ad marker opening a card's title ("【PR】冬のセミナー", "[Anzeige]
// Die besten Tarife"): the card is a paid placement among the list's own
// items. Brackets ASCII, full-width and Japanese lenticular; the words in
// the page's languages.
constexpr std::string_view kAdMarkerOpeners[] = {
    "[", "(", "\xE3\x80\x90" /* 【 */, "\xEF\xBC\xBB" /* ［ */, "\xEF\xBC\x88" /* （ */};
constexpr std::string_view kAdMarkerClosers[] = {
    "]", ")", "\xE3\x80\x91" /* 】 */, "\xEF\xBC\xBD" /* ］ */, "\xEF\xBC\x89" /* ） */};
constexpr std::string_view kAdMarkerWords[] = {
    "pr", "ad", "ads", "advert", "advertisement", "advertorial", "sponsored", "promoted", "anzeige", "werbung",
    "publicidad", "publicidade", "publicit\xC3\xA9", "pubblicit\xC3\xA0", "reklama", "advertentie",
    "\xE5\xBA\x83\xE5\x91\x8A" /* 広告 */, "\xE3\x82\xB9\xE3\x83\x9D\xE3\x83\xB3\xE3\x82\xB5\xE3\x83\xBC" /* スポンサー */,
    "\xEA\xB4\x91\xEA\xB3\xA0" /* 광고 */, "\xE5\xB9\xBF\xE5\x91\x8A" /* 广告 */};
constexpr size_t kAdMarkerMaxBytes = 24;
constexpr size_t kAsciiAdMarkerBrackets = 2;  // the first two of kAdMarkerOpeners

bool OpensWithAdMarker(std::string_view title) {
  title = Trim(title);
  for (size_t k = 0; k < std::size(kAdMarkerOpeners); ++k) {
    if (!title.starts_with(kAdMarkerOpeners[k])) continue;
    const std::string_view rest = title.substr(kAdMarkerOpeners[k].size());
    const size_t close = rest.substr(0, kAdMarkerMaxBytes).find(kAdMarkerClosers[k]);
    if (close == std::string_view::npos) return false;
    const std::string_view word = Trim(rest.substr(0, close));
    // ("[PR]" in ASCII brackets is a forum's personal-record flair or a
    // pull request as often; "【PR】" is an ad.)
    if (k < kAsciiAdMarkerBrackets && EqualsIgnoreCase(word, "pr")) return false;
    return EqualsAnyFolded(word, kAdMarkerWords);
  }
  return false;
}

bool NamesComments(std::string_view cls_or_id) { return ContainsAnyIgnoreCase(cls_or_id, kCommentBoxWords); }

// A shop's note that an AI wrote a block (a digest of the reviews, most
// often), lower-case; the line is short (kAiSummaryNoteMaxBytes), names
// the AI in capitals, and opens or closes on one of these.
constexpr std::string_view kAiSummaryNoteCues[] = {
    "ai-generated", "ai generated", "generated by ai", "generated with ai", "summarized by ai",
    "summarised by ai", "written by ai", "ki-generiert", "generiert von ki", "généré par l'ia",
    "généré par ia", "generado por ia", "generado con ia", "generato dall'ia", "generato con l'ia",
};
// Words of reviews and of the people who write them, lower-case.
constexpr std::string_view kReviewWords[] = {
    "review", "rating", "customer", "buyer", "shopper", "bewertung", "rezension", "kunden", "avis",
    "clients", "reseña", "opiniones", "recensioni",
};

bool IsAiSummaryNote(std::string_view line) {
  // The initials stand in capitals ("AI", "IA", "KI"): a cheap first test
  // for the many short lines of a page. (Each holds an "I": a line without
  // one, most, and the white space between elements, is passed by one
  // memchr, before it is trimmed.)
  if (!std::memchr(line.data(), 'I', line.size())) return false;
  line = Trim(line);
  if (line.empty() || line.size() > kAiSummaryNoteMaxBytes) return false;
  if (line.find("AI") == std::string_view::npos && line.find("IA") == std::string_view::npos &&
      line.find("KI") == std::string_view::npos)
    return false;
  // The note opens or closes on its cue ("AI-generated from customer
  // reviews", "Buyer highlights, summarized by AI"); a sentence that names
  // AI-generated content in passing is none.
  char buf[kAiSummaryNoteMaxBytes];
  size_t n = 0;
  for (char c : line) buf[n++] = ToLowerAscii(c);
  while (n && (buf[n - 1] == '.' || buf[n - 1] == '*' || buf[n - 1] == ')' || buf[n - 1] == ' ')) --n;
  const std::string_view low(buf, n);
  for (std::string_view cue : kAiSummaryNoteCues)
    if (low.starts_with(cue) || low.ends_with(cue)) return true;
  return false;
}

// Whether one of `cues` (lower-case) opens a word of `t`, not inside
// another word, folded as StartsWithFolded folds ("Доставка" opens on
// "доставка"). Bytes of UTF-8 letters count as letters.
static bool HoldsWordStartFolded(std::string_view t, std::span<const std::string_view> cues) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (i > 0 && (IsAsciiAlnum(t[i - 1]) || static_cast<unsigned char>(t[i - 1]) >= 0x80)) continue;
    for (std::string_view cue : cues)
      if (StartsWithFolded(t.substr(i), cue)) return true;
  }
  return false;
}

// A review word at a word's start ("Customer reviews", "Kundenbewertungen",
// "ratings"), not inside another word ("Integrating", "Preview", "Davis",
// "Sekunden").
bool NamesReviews(std::string_view text) { return HoldsWordStartFolded(text, kReviewWords); }

// Words of a shop's service promises, lower-case, as they head the cards
// of a band beside its products ("Delivery and Pickup", "Financing
// options", "Free Shipping & Returns", "Assembly service").
constexpr std::string_view kShopServiceWords[] = {
    "delivery", "shipping", "financing", "pickup", "pick-up", "returns", "checkout", "assembly", "trade-in",
    "trade in", "price match", "lieferung", "versand", "finanzierung", "abholung", "r\u00fccksendung",
    "livraison", "financement", "retours", "retrait", "env\u00edo", "financiaci\u00f3n", "devoluciones",
    "recogida", "spedizione", "finanziamento", "resi", "consegna",
};

// Words of a shop's promises as its strip of icon lines states them beside
// or above a product ("Free shipping worldwide", "24 month warranty",
// "100% secure checkout", "Money-back guarantee"), lower-case, besides the
// service words above.
constexpr std::string_view kShopPromiseWords[] = {
    "warranty", "guarantee", "guaranteed", "secure", "money back", "money-back", "exchanges", "garantie",
    "gew\u00e4hrleistung", "garanzia", "garant\u00eda", "paiement s\u00e9curis\u00e9", "sichere zahlung",
    // Free delivery and the days to send it back in the languages of
    // shops that print them as such a strip ("Gratis verzending vanaf €
    // 50", "30 dagen bedenktijd", "Darmowa dostawa", "Ücretsiz kargo").
    "gratis verzending", "gratis bezorging", "bedenktijd", "darmowa dostawa", "darmowy zwrot",
    "\u00fccretsiz kargo", "kargo bedava", "env\u00edo gratis", "frete gr\u00e1tis", "livraison gratuite",
    "kostenloser versand", "spedizione gratuita",
};

// Whether `text` holds one of `words` as a whole word (letters of UTF-8
// count as letters): "Returns", not "Resilience".
template <size_t N>
bool HoldsWholeWord(std::string_view text, const std::string_view (&words)[N]) {
  auto letter = [](char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; };
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && letter(text[i - 1])) continue;
    const std::string_view rest = text.substr(i);
    for (std::string_view w : words)
      if (StartsWithIgnoreCase(rest, w) && (rest.size() == w.size() || !letter(rest[w.size()]))) return true;
  }
  return false;
}

bool IsShopPromiseLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kShopPromiseLineMaxBytes) return false;
  // A label and its value ("Warranty period: Lifetime") is a spec row.
  if (line.find(':') != std::string_view::npos) return false;
  return HoldsWholeWord(line, kShopServiceWords) || HoldsWholeWord(line, kShopPromiseWords);
}

bool IsShopServiceHeading(std::string_view heading) {
  heading = Trim(heading);
  if (heading.empty() || heading.size() > kShopServiceHeadingMaxBytes) return false;
  // A whole word (letters of UTF-8 count as letters): "Returns", not
  // "Resilience"; "Free shipping", not "Shippingcontainer".
  auto letter = [](char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; };
  for (size_t i = 0; i < heading.size(); ++i) {
    if (i > 0 && letter(heading[i - 1])) continue;
    const std::string_view rest = heading.substr(i);
    for (std::string_view w : kShopServiceWords)
      if (StartsWithIgnoreCase(rest, w) && (rest.size() == w.size() || !letter(rest[w.size()]))) return true;
  }
  return false;
}

bool IsFilterPanelHeading(std::string_view heading) { return IsLabel<kFilterPanelHeadings>(heading, 40); }


bool IsBareCountLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 24) return false;
  size_t i = 0;
  if (line[i] == '#' || line[i] == '(') ++i;
  if (!SkipNumber(line, &i)) return false;
  if (i == line.size()) return true;
  std::string_view rest = line.substr(i);
  if (rest == "%" || rest == "." || rest == ")" || rest == "%)") return true;
  // A counter: "1/5", "1 / 5", "1 of 13".
  rest = Trim(rest);
  if (!rest.empty() && rest[0] == '/') rest = Trim(rest.substr(1));
  else if (StartsWithIgnoreCase(rest, "of ")) rest = Trim(rest.substr(3));
  else return false;
  size_t j = 0;
  return SkipNumber(rest, &j) && j == rest.size();
}

bool IsConsentText(std::string_view text) {
  return ContainsAnyIgnoreCase(text, kConsentCues) ||
         (ContainsIgnoreCase(text, kCookieWord) && ContainsAnyIgnoreCase(text, kCookieConsentCues));
}

// "All rights reserved" and "copyright notice" in Chinese (simplified,
// traditional) and Japanese's "no reproduction without permission": the
// rights line under a story there ("【版权声明】...", "...版权所有").
constexpr std::string_view kCjkRightsCues[] = {
    "\xE7\x89\x88\xE6\x9D\x83\xE6\x89\x80\xE6\x9C\x89",  // 版权所有
    "\xE7\x89\x88\xE6\xAC\x8A\xE6\x89\x80\xE6\x9C\x89",  // 版權所有
    "\xE7\x89\x88\xE6\x9D\x83\xE5\xA3\xB0\xE6\x98\x8E",  // 版权声明
    "\xE7\x89\x88\xE6\xAC\x8A\xE8\x81\xB2\xE6\x98\x8E",  // 版權聲明
    "\xE7\x84\xA1\xE6\x96\xAD\xE8\xBB\xA2\xE8\xBC\x89",  // 無断転載
};
// Each cue's first byte (the lead byte of U+7000..U+7FFF): a line without
// it (nearly every line, asked for every short block of a body) is not
// searched for the cues.
constexpr char kCjkRightsCueLead = '\xE7';
static_assert(std::ranges::all_of(kCjkRightsCues, [](std::string_view c) { return c[0] == kCjkRightsCueLead; }));

bool IsCopyrightLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > 300) return false;
  if (line.find("\xC2\xA9") != std::string_view::npos ||  // ©
      StartsWithIgnoreCase(line, "copyright") || StartsWithIgnoreCase(line, "(c) ") ||
      ContainsIgnoreCase(line, "all rights reserved"))
    return true;
  if (line.find(kCjkRightsCueLead) == std::string_view::npos) return false;
  return ContainsAny(line, kCjkRightsCues);
}

// The labelled fields of a Chinese or Japanese news page's meta row, each
// before a full-width or ASCII colon ("2025-04-18 09:15 来源：...
// 作者：... 责任编辑：...": source, writer, editor in charge), in
// simplified and traditional script.
constexpr std::string_view kCjkMetaFieldLabels[] = {
    "\xE6\x9D\xA5\xE6\xBA\x90", "\xE4\xBE\x86\xE6\xBA\x90",  // 来源 來源
    "\xE4\xBD\x9C\xE8\x80\x85",                    // 作者
    "\xE7\xBC\x96\xE8\xBE\x91", "\xE7\xB7\xA8\xE8\xBC\xAF",  // 编辑 編輯
    "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91", "\xE8\xB2\xAC\xE4\xBB\xBB\xE7\xB7\xA8\xE8\xBC\xAF",  // 责任编辑 責任編輯
    "\xE8\xAE\xB0\xE8\x80\x85", "\xE8\xA8\x98\xE8\x80\x85",  // 记者 記者
    "\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xB6\xE9\x97\xB4", "\xE7\x99\xBC\xE5\xB8\x83\xE6\x99\x82\xE9\x96\x93",  // 发布时间 發布時間
    "\xE5\x8F\x91\xE5\xB8\x83\xE6\x97\xA5\xE6\x9C\x9F", "\xE6\x97\xB6\xE9\x97\xB4", "\xE6\x99\x82\xE9\x96\x93",  // 发布日期 时间 時間
    "\xE6\x97\xA5\xE6\x9C\x9F",                    // 日期
    "\xE6\xB5\x8F\xE8\xA7\x88", "\xE7\x80\x8F\xE8\xA6\xBD",  // 浏览 瀏覽
    "\xE9\x98\x85\xE8\xAF\xBB", "\xE9\x96\xB1\xE8\xAE\x80",  // 阅读 閱讀
    "\xE7\x82\xB9\xE5\x87\xBB", "\xE9\xBB\x9E\xE6\x93\x8A",  // 点击 點擊
    "\xE5\xAD\x97\xE5\x8F\xB7", "\xE5\xAD\x97\xE8\x99\x9F",  // 字号 字號
    "\xE5\x87\xBA\xE5\xA4\x84", "\xE5\x87\xBA\xE8\x99\x95",  // 出处 出處
};

// A Korean, Japanese or Chinese newsroom's title after the writer's name
// ("김서연 기자": reporter, "특파원": correspondent, "記者", "记者",
// "特派員"), with or without a space: the name's role, not part of it.
constexpr std::string_view kCjkReporterTitles[] = {
    // "本报记者" ("this paper's reporter") first: its "记者" is not the start.
    "\xE6\x9C\xAC\xE6\x8A\xA5\xE8\xAE\xB0\xE8\x80\x85", "\xE6\x9C\xAC\xE5\xA0\xB1\xE8\xA8\x98\xE8\x80\x85",  // 本报记者 本報記者
    "\xEA\xB8\xB0\xEC\x9E\x90",                          // 기자
    "\xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90",              // 특파원
    "\xE8\xA8\x98\xE8\x80\x85", "\xE8\xAE\xB0\xE8\x80\x85",  // 記者 记者
    "\xE7\x89\xB9\xE6\xB4\xBE\xE5\x93\xA1", "\xE7\x89\xB9\xE6\xB4\xBE\xE5\x91\x98",  // 特派員 特派员
};

// A Taiwanese or Chinese paper's dateline after the reporter's name
// ("記者林佳慧／台南報導": "reporting from Tainan"; "／綜合報導", "/北京报道"):
// the slash, a few letters and the word "報導"/"报道".
constexpr std::string_view kCjkReportingWords[] = {
    "\xE5\xA0\xB1\xE5\xB0\x8E", "\xE6\x8A\xA5\xE9\x81\x93",  // 報導 报道
};

std::string_view WithoutCjkReporterTitle(std::string_view name) {
  name = Trim(name);
  for (std::string_view r : kCjkReportingWords) {
    if (!name.ends_with(r)) continue;
    size_t slash = name.rfind("\xEF\xBC\x8F");  // ／
    size_t slash_size = 3;
    if (slash == std::string_view::npos) slash = name.rfind('/'), slash_size = 1;
    // (The place: one to six letters, three bytes each.)
    if (slash == std::string_view::npos || slash == 0 || name.size() - slash - slash_size > r.size() + 18) break;
    name = Trim(name.substr(0, slash));
    break;
  }
  // The title before the name too ("記者林佳慧", "记者 王芳").
  for (std::string_view t : kCjkReporterTitles) {
    if (name.size() <= t.size() || !name.starts_with(t)) continue;
    const std::string_view rest = Trim(name.substr(t.size()));
    if (rest.size() >= 6 && static_cast<unsigned char>(rest.front()) >= 0x80) {
      name = rest;
      break;
    }
  }
  for (std::string_view t : kCjkReporterTitles) {
    if (name.size() <= t.size() || !name.ends_with(t)) continue;
    const std::string_view rest = Trim(name.substr(0, name.size() - t.size()));
    // (The name before it, two letters at least: a Hangul or CJK letter is
    // three bytes.)
    if (rest.size() >= 6 && static_cast<unsigned char>(rest.back()) >= 0x80) return rest;
  }
  return name;
}

std::optional<std::string_view> AfterCjkMetaFieldLabel(std::string_view part) {
  for (std::string_view label : kCjkMetaFieldLabels) {
    if (!part.starts_with(label)) continue;
    std::string_view rest = part.substr(label.size());
    if (rest.starts_with("\xEF\xBC\x9A")) return rest.substr(3);  // ：
    if (rest.starts_with(":")) return rest.substr(1);
  }
  return std::nullopt;
}

// Labels of the member statistics a forum prints beside each post (phpBB,
// XenForo, vBulletin, FluxBB...): "Posts: 4032", "Joined Oct 28, 2023".
constexpr std::string_view kMemberStatLabels[] = {
    "posts", "total posts", "joined", "join date", "member since", "registered", "messages",
    "reaction score", "points", "reputation", "likes received", "trophies", "solutions",
    // XenForo's user panel ("Trophy Points: 73"; "Best Answers: 2", its
    // Q&A forums').
    "trophy points", "best answers",
    // The same fields in the boards' other languages: Kunena's and phpBB's
    // Italian ("Messaggi: 9", "Ringraziamenti ricevuti 0"), German
    // ("Beiträge: 14"), Spanish ("Mensajes: 3"), Dutch ("Berichten: 12").
    "messaggi", "ringraziamenti ricevuti", "beiträge", "mensajes", "berichten",
    // Kunena's and phpBB's "Iscritto il: 03 Feb 2014", German "Registriert
    // seit", French "Inscrit le", "Membre depuis", Portuguese "Membro
    // desde", and FluxBB's Russian ("Зарегистрирован: 2021-06-14",
    // "Сообщений: 57"; capitalised as printed, as ASCII alone is folded).
    // (wpForo's "Inscrit : 12 avril 2021".)
    "iscritto il", "iscritto", "registriert seit", "registriert", "inscrit le", "inscrit depuis", "inscrit",
    "membre depuis",
    "membro desde", "\u0437\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d",
    "\u0417\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d",
    "\u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0439", "\u0421\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0439",
    // phpBB2's French profile ("Date d'inscription: 14/03/2019", Forumactif's
    // boards) and vBulletin's Czech and Polish ("Registrován: 05.2016",
    // "Příspěvky: 312", "Dołączył: 2019", "Posty: 40"; a capital outside
    // ASCII as printed).
    "date d'inscription", "registrován", "registrovaný", "příspěvky", "dołączył",
    "dołączyła", "posty",
};

namespace {

// If `line` starts with `word` as a whole word (any case), the rest after it
// and the ':' and spaces that follow; else nullopt.
std::optional<std::string_view> AfterLeadingWord(std::string_view line, std::string_view word) {
  if (!StartsWithIgnoreCase(line, word)) return std::nullopt;
  std::string_view rest = line.substr(word.size());
  if (!rest.empty() && IsAsciiAlpha(static_cast<unsigned char>(rest.front()))) return std::nullopt;
  while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
  return rest;
}

}  // namespace

// Profile fields whose value is a place, not a count: "Location: Leeds".
// (With the colon only: "Location matters" is prose.)
// ("From:" is FluxBB's, PunBB's and phpBB 2's label of the same field.)
// (The same label in the boards' other languages, French with its space
// before the colon: "Localisation : Angers", "Bydliště: Brno", "Wohnort:
// Köln".)
constexpr std::string_view kMemberPlaceLabels[] = {
    "location:", "from:", "\u043e\u0442\u043a\u0443\u0434\u0430:", "\u041e\u0442\u043a\u0443\u0434\u0430:",
    "localisation :", "localisation:", "bydliště:", "wohnort:", "skąd:", "località:",
    "ubicación:", "localização:", "woonplaats:"};

// A single one of the statistics counted first ("1 post", "1 message": a
// new member's).
constexpr std::string_view kMemberStatSingulars[] = {"post", "message", "point", "trophy", "solution"};

// What joins several statistics on one line ("1,109 posts · Joined 2022").
constexpr std::string_view kMemberStatSeparators[] = {"\xC2\xB7", "\xE2\x80\xA2", "|"};

namespace {

// One statistic written count first: "1,109 posts", "12 messages".
bool IsCountThenStat(std::string_view part) {
  size_t i = 0, digits = 0;
  while (i < part.size() && (IsAsciiDigit(static_cast<unsigned char>(part[i])) || part[i] == ',' || part[i] == '.')) {
    digits += IsAsciiDigit(static_cast<unsigned char>(part[i]));
    ++i;
  }
  if (!digits || i >= part.size() || part[i] != ' ') return false;
  const std::string_view label = Trim(part.substr(i));
  return EqualsAnyIgnoreCase(label, kMemberStatLabels) ||
         (part.substr(0, i) == "1" && EqualsAnyIgnoreCase(label, kMemberStatSingulars));
}

bool IsOneMemberStat(std::string_view line);

}  // namespace

bool IsMemberStatLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > 48) return false;
  if (IsOneMemberStat(line) || IsCountThenStat(line)) return true;
  // Statistics joined on one line: every part is one.
  for (std::string_view sep : kMemberStatSeparators) {
    if (line.find(sep) == std::string_view::npos) continue;
    size_t b = 0, parts = 0;
    while (b <= line.size()) {
      size_t e = line.find(sep, b);
      if (e == std::string_view::npos) e = line.size();
      const std::string_view part = Trim(line.substr(b, e - b));
      if (!part.empty()) {
        if (!IsOneMemberStat(part) && !IsCountThenStat(part)) return false;
        ++parts;
      }
      b = e + sep.size();
    }
    return parts > 1;
  }
  return false;
}

bool IsMemberPlaceLine(std::string_view line) {
  line = Trim(line);
  for (std::string_view label : kMemberPlaceLabels)
    if (StartsWithIgnoreCase(line, label)) return true;
  return false;
}

namespace {

bool IsOneMemberStat(std::string_view line) {
  for (std::string_view label : kMemberPlaceLabels)
    if (StartsWithIgnoreCase(line, label) && line.size() > label.size() && line.size() <= label.size() + 32)
      return true;
  for (std::string_view label : kMemberStatLabels) {
    // A whole word: "Postscript: 2" is not "Posts".
    const std::optional<std::string_view> after = AfterLeadingWord(line, label);
    if (!after) continue;
    const std::string_view rest = *after;
    // The value is a count or a date: a digit, few letters (a month name).
    size_t digits = 0, letters = 0;
    for (char c : rest) {
      digits += IsAsciiDigit(static_cast<unsigned char>(c));
      letters += IsAsciiAlpha(static_cast<unsigned char>(c));
    }
    if (digits && letters <= 10) return true;
  }
  return false;
}

}  // namespace

// Nouns counted beside a post or a thread ("36 Likes", "11 Answers").
constexpr std::string_view kPostCountNouns[] = {
    "like", "likes", "answer", "answers", "reply", "replies", "vote", "votes", "point", "points",
    "reaction", "reactions", "upvote", "upvotes",
    // A Q&A page's count of the answers below the first ("2 additional
    // answers", Quora's "24 weitere Antworten") and Chinese boards' counts
    // of answers and comments ("128 个回答", "216 条评论").
    "additional answers", "more answers", "other answers", "weitere antworten", "autres réponses",
    "outras respostas", "otras respuestas", "altre risposte", "个回答", "条评论",
    // (Russian Q&A sites' counts of answers, views and comments under a
    // question, "412 просмотров", in the cases a count takes; a Japanese
    // count of answers, "3件の回答".)
    "ответ", "ответа", "ответов", "просмотр", "просмотра", "просмотров", "комментарий", "комментария",
    "комментариев", "件の回答",
};

// The heading over a Q&A page's answers with their count after it
// ("Answers 3", "Réponses (12)", Habr Q&A's "Ответы на вопрос 2" and
// "Решения вопроса 1", 教えて!goo's "その他の回答（2件）"). Compared with
// the line ASCII-lowered: a Cyrillic capital is listed as written.
constexpr std::string_view kAnswerSectionLabels[] = {
    "answers", "other answers", "antworten", "réponses", "respuestas", "risposte", "respostas", "odpowiedzi",
    "antwoorden", "ответы", "Ответы", "ответы на вопрос", "Ответы на вопрос", "решения вопроса",
    "Решения вопроса", "回答", "その他の回答",
};

// The label before a count at the end of `low` ("Answers (3)", "その他の回答
// （2件）"): the count in digits, bare or in parentheses (ASCII or full
// width, with Japanese 件 after it); `low` itself when it ends on none.
static std::string_view BeforeTrailingCount(std::string_view low) {
  constexpr std::string_view kWideOpen = "\xEF\xBC\x88", kWideClose = "\xEF\xBC\x89", kKen = "\xE4\xBB\xB6";
  std::string_view t = low;
  bool paren = false;
  if (t.ends_with(')')) t.remove_suffix(1), paren = true;
  else if (t.ends_with(kWideClose)) t.remove_suffix(kWideClose.size()), paren = true;
  if (paren && t.ends_with(kKen)) t.remove_suffix(kKen.size());
  size_t end = t.size();
  while (end > 0 && IsAsciiDigit(static_cast<unsigned char>(t[end - 1]))) --end;
  if (end == t.size()) return low;
  t = t.substr(0, end);
  if (paren) {
    if (t.ends_with('(')) t.remove_suffix(1);
    else if (t.ends_with(kWideOpen)) t.remove_suffix(kWideOpen.size());
    else return low;
  }
  return Trim(t);
}

// Compact units of a post's age written right after the number ("2y",
// "3mo", "5d": Reddit, Lemmy, Discourse and their kin).
constexpr std::string_view kPostAgeUnits[] = {"y", "yr", "mo", "w", "d", "h", "hr"};

// Whole lines that are a post's toolbar, a member's presence or rank (the
// fixed labels of forum software: "Reset to default" is Stack Exchange's
// answer-sort control, "Report inappropriate content" the community
// platforms' report button).
constexpr std::string_view kPostFurnitureLines[] = {
    "reply", "quote", "report", "like", "permalink", "online", "offline", "reset to default",
    "original poster", "member", "new member", "junior member", "senior member", "active member",
    "established member", "well-known member", "registered user", "report inappropriate content",
    // The header of a code box in a post (phpBB); the label over a quoted
    // post (vBulletin's "Quote:" box).
    "code: select all", "quote:",
    // phpBB's and vBulletin's button under each post; phpBB's link back to
    // the page's top beside it.
    "reply with quote", "top",
    // The thread's buttons above and below its posts (phpBB, MyBB, SMF).
    "post reply", "new topic", "new thread", "reply to topic", "reply to thread",
    // The mark on a Q&A answer the asker accepted (Stack Exchange, Discourse's
    // solved topics).
    "accepted", "accepted answer",
    // The toggle under a post's nested replies that loads the rest of them
    // (a threaded board's "Show more replies").
    "show more replies", "load more replies", "view more replies", "see more replies",
    // Kunena's default ranks, under the poster's name.
    "fresh boarder", "junior boarder", "senior boarder", "gold boarder", "platinum boarder",
    // The thread's bookmark toggle (Vanilla's "Bookmark" over the title).
    "bookmark", "bookmarked",
    // The mark on the answer the asker chose, in the languages of the Q&A
    // and community software (Question2Answer's "Melhor resposta").
    "best answer", "melhor resposta", "mejor respuesta", "meilleure r\xC3\xA9ponse", "migliore risposta",
    "beste antwort", "beste antwoord",
    // (... or the answer readers found the most helpful: gutefrage's
    // "Hilfreichste Antwort"; Yahoo! Chiebukuro's "ベストアンサー"; Chinese
    // Q&A sites' "最佳答案".)
    "hilfreichste antwort", "\xE3\x83\x99\xE3\x82\xB9\xE3\x83\x88\xE3\x82\xA2\xE3\x83\xB3\xE3\x82\xB5\xE3\x83\xBC",
    "\xE6\x9C\x80\xE4\xBD\xB3\xE7\xAD\x94\xE6\xA1\x88",
    // The label on a staff member's comment (Zendesk's "Official comment").
    "official comment", "commentaire officiel", "offizieller kommentar", "comentario oficial",
    "commento ufficiale", "officieel commentaar",
    // A member's presence and the default ranks in the boards' other
    // languages ("Hors ligne", "Nouveau membre": PunBB, FluxBB, phpBB).
    // (Two words at least: "Conectado" alone is a router's status in a
    // post's list.)
    "hors ligne", "nouveau membre", "neues mitglied", "nuevo miembro", "novo membro", "nuovo utente",
    "nowy u\xC5\xBCytkownik",
};

// The badge beside the thread starter's name on each of their posts
// (XenForo's "Thread starter", VerticalScope's "Discussion starter", a
// phpBB style's "Topic Author").
constexpr std::string_view kStarterBadges[] = {
    "thread starter", "discussion starter", "topic starter", "topic author", "original poster", "op",
};

// The role badge an issue tracker or a code forge prints beside the
// poster's name in each comment's header ("Author" on the issue's opener,
// "Member", "Contributor", "Collaborator", "Owner", "Maintainer"): the
// thread's furniture, like the starter's badge.
constexpr std::string_view kPosterRoleBadges[] = {
    "author", "member", "contributor", "collaborator", "owner", "maintainer",
};

bool IsStarterBadge(std::string_view text) {
  text = Trim(text);
  return EqualsAnyIgnoreCase(text, kStarterBadges) || EqualsAnyIgnoreCase(text, kPosterRoleBadges);
}

// A Q&A thread's state chip over its question (GitHub Discussions'
// "Answered", a community forum's "Solved") and the mark on the chosen
// answer, whole (see IsAnswerStateBadge); the mark may name who chose it.
constexpr std::string_view kAnswerStateBadges[] = {
    "answered", "unanswered", "solved", "unsolved", "resolved", "unresolved",
    "marked as answer", "accepted solution", "selected answer", "best answer", "chosen answer",
    // ... and in the Q&A sites' other languages: Apple's French community
    // ("Réponse la plus pertinente"), a homework site's verified mark
    // (Brainly's "Resposta verificada por especialistas"), the asker's
    // choice on Naver 지식iN, Yahoo! 知恵袋 and Chinese boards, Russian
    // boards' best answer.
    "verified answer", "expert-verified answer", "réponse la plus pertinente", "meilleure réponse",
    "réponse acceptée", "solution acceptée", "resposta verificada por especialistas", "resposta verificada",
    "respuesta verificada", "respuesta aceptada", "akzeptierte antwort",
    // (A reply the asker marked helpful, and the heading over the copy of
    // the chosen answer under the question: Apple's community, in English
    // and French.)
    "helpful answer", "r\xC3\xA9ponse utile", "respuesta \xC3\xBAtil", "hilfreiche antwort",
    "question marked as best answer", "question marked as top-ranking reply",
    "question marqu\xC3\xA9" "e comme meilleure r\xC3\xA9ponse", "질문자채택", "채택된 답변",
    "ベストアンサー", "最佳答案", "已采纳", "лучший ответ", "принятый ответ",
};
constexpr std::string_view kAnswerMarkCues[] = {"answer selected by ", "marked as answer by ", "solution selected by ",
                                                "accepted by ", "best answer chosen by ", "best answer by ",
                                                "best answer selected by "};

constexpr size_t kAnswerMarkNameMaxBytes = 48;

bool IsAnswerStateBadge(std::string_view text) {
  text = Trim(text);
  // (A cue ends in a space, which trimmed text never does: a text that
  // starts with one goes on past it.)
  // (Folded: "Лучший ответ", "RÉPONSE LA PLUS PERTINENTE".)
  if (EqualsAnyFolded(text, kAnswerStateBadges)) return true;
  // The mark and who chose it: a name of a few words after the cue, no
  // sentence ("Best answer by far: roll back to 2.4.1" is a reply).
  for (std::string_view cue : kAnswerMarkCues) {
    if (!StartsWithIgnoreCase(text, cue)) continue;
    const std::string_view who = text.substr(cue.size());
    return who.size() <= kAnswerMarkNameMaxBytes && std::count(who.begin(), who.end(), ' ') <= 3 &&
           who.find_first_of(":.;!?") == std::string_view::npos;
  }
  return false;
}

// The label over a reply's quote of another post (vBulletin, phpBB 2),
// lower-case.
constexpr std::string_view kQuoteLabels[] = {"quote:", "zitat:", "citation :", "citation:", "cita:", "citazione:"};

bool IsQuoteLabelLine(std::string_view line) {
  return EqualsAnyIgnoreCase(Trim(line), kQuoteLabels);
}

// Labels of the control that sorts the replies ("Sorted by: Reset to
// default", "Sort by: Oldest").
constexpr std::string_view kReplySortLabels[] = {"sorted by:", "sort by:",    "trier par",   "sortieren nach",
                                                  "ordenar por", "ordina per", "sorteer op", "sortiert nach:",
                                                  "ordenado por:", "tri\xC3\xA9 par :", "tri\xC3\xA9 par:"};

// What a user did with a post, in its activity feed's notes, lower-case:
// the note ends on it, or on it and the post's source ("... from name").
constexpr std::string_view kActivityNoteVerbs[] = {
    "liked this", "likes this", "reblogged this", "reposted this", "shared this", "posted this",
};
constexpr std::string_view kActivityNoteSource = " from ";
constexpr size_t kActivityNoteMaxBytes = 120;

bool IsActivityNoteLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > kActivityNoteMaxBytes) return false;
  char buf[kActivityNoteMaxBytes];
  for (size_t i = 0; i < line.size(); ++i) buf[i] = ToLowerAscii(line[i]);
  const std::string_view low(buf, line.size());
  for (std::string_view v : kActivityNoteVerbs) {
    const size_t at = low.find(v);
    // (A name before it: one word, a handle.)
    if (at == std::string_view::npos || at == 0 || low[at - 1] != ' ' ||
        low.substr(0, at - 1).find(' ') != std::string_view::npos)
      continue;
    const std::string_view rest = low.substr(at + v.size());
    if (rest.empty() || (rest.starts_with(kActivityNoteSource) &&
                         rest.substr(kActivityNoteSource.size()).find(' ') == std::string_view::npos))
      return true;
  }
  return false;
}

constexpr size_t kBareHandleMaxBytes = 64;
bool IsBareHandleLine(std::string_view text) {
  text = Trim(text);
  if (text.size() < 2 || text.size() > kBareHandleMaxBytes) return false;
  if (text[0] == '@') text.remove_prefix(1);
  // (A fediverse handle names its server after a second '@':
  // "rosal@fosstodon.example".)
  if (const size_t at = text.find('@'); at != std::string_view::npos && at > 0) text = text.substr(at + 1);
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  bool letter = false;
  int dots = 0;
  char prev = 0;
  for (char ch : text) {
    if (ch == '.') {
      if (prev == '.') return false;
      ++dots;
    } else if (IsAsciiAlpha(ch)) {
      letter = true;
    } else if (!IsAsciiDigit(ch) && ch != '-') {
      return false;
    }
    prev = ch;
  }
  // (A domain handle has two dots at least: "name.example.social"; one
  // dot is a file's or a site's name, "index.html", "example.com", and a
  // bare "@name" may be code, a decorator: "@property".)
  return letter && dots >= 2;
}

bool IsPostPermalinkNumber(std::string_view text) {
  text = Trim(text);
  return text.size() >= 2 && text.size() <= 8 && text[0] == '#' &&
         text.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

// Floor labels of Chinese boards (see IsPostFloorLabel), both scripts: the
// opening post, the first, second and third replies by their nicknames.
constexpr std::string_view kPostFloorWords[] = {"楼主", "樓主", "主楼", "沙发", "沙發", "板凳", "地板", "地下室"};
// A floor's number: "第" before it, "楼"/"樓", "#" or "F" after it.
constexpr std::string_view kPostFloorPrefix = "第";
constexpr std::string_view kPostFloorSuffixes[] = {"楼", "樓", "#", "F", "f"};

bool IsPostFloorLabel(std::string_view text) {
  text = Trim(text);
  if (text.empty() || text.size() > 16) return false;
  if (EqualsAny(text, kPostFloorWords)) return true;
  const bool ordinal = text.substr(0, kPostFloorPrefix.size()) == kPostFloorPrefix;
  if (ordinal) text.remove_prefix(kPostFloorPrefix.size());
  size_t digits = 0;
  while (digits < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (!digits || digits > 6) return false;
  const std::string_view suffix = text.substr(digits);
  for (std::string_view s : kPostFloorSuffixes)
    if (suffix == s) return !ordinal || s == kPostFloorSuffixes[0] || s == kPostFloorSuffixes[1];
  return false;
}

// Words in the href of a link to one post of a thread (forum software's
// permalinks: XenForo's "post-456", phpBB's "p=", MyBB's "pid", IPS's
// "findComment").
constexpr std::string_view kPostPermalinkHrefWords[] = {"post", "comment", "msg", "message", "reply", "pid"};

bool IsPostPermalinkHref(std::string_view href) {
  href = Trim(href);
  return href.find('#') != std::string_view::npos || ContainsAnyIgnoreCase(href, kPostPermalinkHrefWords);
}

// A post's reactions bar tallied by kind ("Like x 2", "Agree x 1",
// "Informative x 3": XenForo 1's and vBulletin's post-rating add-ons): the
// reaction's name, " x ", a count. Lower-case.
constexpr std::string_view kReactionTallyNames[] = {
    "like", "likes", "love", "agree", "disagree", "thanks", "funny", "informative", "useful",
    "helpful", "winner", "creative", "friendly", "optimistic", "dislike", "haha", "wow", "sad",
};
constexpr std::string_view kReactionTallyCue = " x ";

bool IsReactionTallyLine(std::string_view low) {
  const size_t cue = low.find(kReactionTallyCue);
  if (cue == std::string_view::npos || !EqualsAnyIgnoreCase(Trim(low.substr(0, cue)), kReactionTallyNames))
    return false;
  const std::string_view count = Trim(low.substr(cue + kReactionTallyCue.size()));
  if (count.empty()) return false;
  for (char c : count)
    if (!IsAsciiDigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// The shortest run of underscores that rules off a signature (vBulletin's
// templates print eighteen).
constexpr size_t kSignatureRuleMin = 10;

bool OpensOnSignatureRule(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsAsciiSpace(text[i])) ++i;
  size_t run = 0;
  while (i + run < text.size() && text[i + run] == '_') ++run;
  return run >= kSignatureRuleMin;
}

// How a board's clock line opens (IsBoardClockLine), lower case, and the
// longest such line.
constexpr std::string_view kBoardClockOpenings[] = {"all times are gmt", "all times are utc"};
// phpBB's header prints the board's time too ("It is currently Thu Nov 20,
// 2025 9:41 pm"): that opening is a sentence's too ("It is currently not
// possible to ..."), so the line must show a time of day ("9:41").
constexpr std::string_view kBoardTimeOpenings[] = {"it is currently"};
constexpr size_t kBoardClockLineMaxBytes = 120;

bool IsBoardClockLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > kBoardClockLineMaxBytes) return false;
  if (StartsWithAnyIgnoreCase(line, kBoardClockOpenings)) return true;
  if (!StartsWithAnyIgnoreCase(line, kBoardTimeOpenings)) return false;
  // "H:MM" somewhere after the opening.
  for (size_t c = line.find(':'); c != std::string_view::npos; c = line.find(':', c + 1))
    if (c > 0 && c + 2 < line.size() && IsAsciiDigit(line[c - 1]) && IsAsciiDigit(line[c + 1]) &&
        IsAsciiDigit(line[c + 2]))
      return true;
  return false;
}

// A post's like button in the languages of the forum software, as its
// label reads with the count after it ("Like 11", bbPress style pack's
// "Vind ik leuk 2"), lower-case.
constexpr std::string_view kLikeButtonLabels[] = {
    "like",     "vind ik leuk", "gef\xC3\xA4llt mir", "j'aime", "me gusta", "mi piace", "curtir", "gostei",
    "lubi\xC4\x99 to", "gilla",
};

bool IsPostFurnitureLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 32) return false;
  char buf[32];
  for (size_t i = 0; i < line.size(); ++i) buf[i] = ToLowerAscii(line[i]);
  std::string_view low(buf, line.size());
  for (std::string_view b : kPostFurnitureLines)
    if (low == b) return true;
  {
    // A like button and its count.
    size_t end = low.size();
    while (end > 0 && IsAsciiDigit(static_cast<unsigned char>(low[end - 1]))) --end;
    if (end < low.size() && end > 0 && low[end - 1] == ' ')
      for (std::string_view b : kLikeButtonLabels)
        if (low.substr(0, end - 1) == b) return true;
  }
  if (IsReactionTallyLine(low)) return true;
  if (const std::string_view head = BeforeTrailingCount(low); head.size() < low.size())
    for (std::string_view b : kAnswerSectionLabels)
      if (head == b) return true;
  for (std::string_view b : kReplySortLabels)
    if (low.substr(0, b.size()) == b) return true;
  if (IsPostPermalinkNumber(low)) return true;
  // A count: an optional sign, digits with separators, an optional k or m.
  size_t i = 0;
  if (low[0] == '+' || low[0] == '-') ++i;
  size_t digits = 0;
  while (i < low.size() && (IsAsciiDigit(static_cast<unsigned char>(low[i])) || low[i] == ',' || low[i] == '.')) {
    digits += IsAsciiDigit(static_cast<unsigned char>(low[i]));
    ++i;
  }
  if (!digits) return false;
  // A post's age in a compact unit right after the number ("2y", "3mo",
  // "5d", "12h", "2y ago"): its time stamp.
  {
    std::string_view unit = low.substr(i);
    if (unit.size() > 4 && unit.substr(unit.size() - 4) == " ago") unit = unit.substr(0, unit.size() - 4);
    for (std::string_view u : kPostAgeUnits)
      if (unit == u) return true;
  }
  if (i < low.size() && (low[i] == 'k' || low[i] == 'm')) ++i;
  std::string_view rest = Trim(low.substr(i));
  if (rest.empty()) return true;
  for (std::string_view noun : kPostCountNouns)
    if (rest == noun) return true;
  return false;
}

// The nouns of a card's engagement counts (IsEngagementCountLine).
constexpr std::string_view kEngagementNouns[] = {
    "comment", "comments", "reply", "replies", "reaction", "reactions", "like", "likes", "view", "views",
    "share", "shares", "vote", "votes", "upvote", "upvotes", "response", "responses",
    // A post's comment count in the other languages lede reads ("2
    // Kommentare", "3 commentaires", "5 comentarios", "4 commenti").
    // (ASCII words only: ReadCountUnit reads ASCII letters.)
    "kommentar", "kommentare", "commentaire", "commentaires", "comentario", "comentarios", "commento", "commenti",
    "reactie", "reacties", "komentarz", "komentarze", "komentarzy",
};
// The counts a how-to guide prints beside its views ("Views: 48,210 · 31
// steps"): read on a line that has an engagement count.
constexpr std::string_view kGuideTallyNouns[] = {"step", "steps", "method", "methods", "part", "parts"};
constexpr size_t kEngagementLineMaxBytes = 64;
// The buttons that add to such a count, printed after it (IsEngagementCountLine).
constexpr std::string_view kEngagementActions[] = {"like", "share", "reply", "comment", "vote", "upvote"};

namespace {

// Moves *i past the separators between two counts of a tally line: spaces,
// '|', ',', a middle dot or a bullet.
void SkipCountSeparators(std::string_view line, size_t* i) {
  while (*i < line.size()) {
    if (IsAsciiSpace(line[*i]) || line[*i] == '|' || line[*i] == ',') ++*i;
    else if (line.substr(*i, 2) == "\xC2\xB7") *i += 2;       // ·
    else if (line.substr(*i, 3) == "\xE2\x80\xA2") *i += 3;  // •
    else break;
  }
}

// The verbs of a link beside a tally to the list of who counted ("1.4K
// views · View upvotes", "See likes").
constexpr std::string_view kTallyListVerbs[] = {"view", "see", "show"};

// Moves *i past such a link's words at *i ("View upvotes": a verb, then an
// engagement noun), when they are there.
bool SkipTallyListLink(std::string_view line, size_t* i) {
  size_t j = *i;
  while (j < line.size() && IsAsciiAlpha(line[j])) ++j;
  if (!EqualsAnyIgnoreCase(line.substr(*i, j - *i), kTallyListVerbs) || j == line.size() || line[j] != ' ') return false;
  const size_t start = ++j;
  while (j < line.size() && IsAsciiAlpha(line[j])) ++j;
  if (!EqualsAnyIgnoreCase(line.substr(start, j - start), kEngagementNouns)) return false;
  *i = j;
  return true;
}

}  // namespace

bool IsEngagementCountLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kEngagementLineMaxBytes) return false;
  size_t i = 0, pairs = 0, engaged = 0;
  while (i < line.size()) {
    SkipCountSeparators(line, &i);
    if (i == line.size()) break;
    if (SkipTallyListLink(line, &i)) continue;  // "View upvotes": no count of its own
    // The button beside the tally that adds to it, last ("10,536 likes ·
    // Like"): a verb with no count.
    if (pairs > 0 && IsAsciiAlpha(line[i])) {
      size_t j = i;
      while (j < line.size() && IsAsciiAlpha(line[j])) ++j;
      if (j == line.size() && EqualsAnyIgnoreCase(line.substr(i), kEngagementActions)) break;
    }
    // The count labelled ("Views: 48,210").
    if (IsAsciiAlpha(line[i])) {
      size_t j = i;
      while (j < line.size() && IsAsciiAlpha(line[j])) ++j;
      if (j + 1 < line.size() && line[j] == ':' && EqualsAnyIgnoreCase(line.substr(i, j - i), kEngagementNouns)) {
        i = j + 1;
        while (i < line.size() && IsAsciiSpace(line[i])) ++i;
        if (!SkipNumber(line, &i)) return false;
        if (i < line.size() && (line[i] == 'k' || line[i] == 'K' || line[i] == 'm' || line[i] == 'M')) ++i;
        ++engaged, ++pairs;
        continue;
      }
    }
    const std::string_view noun = ReadCountUnit(line, &i);
    if (EqualsAnyIgnoreCase(noun, kEngagementNouns)) ++engaged;
    else if (!EqualsAnyIgnoreCase(noun, kGuideTallyNouns)) return false;
    ++pairs;
  }
  return engaged > 0;
}

// The longest line whose engagement tail is looked for (a byline's).
constexpr size_t kEngagementTailMaxLine = 256;

// `line` without a count of engagement at its end, in parentheses or after
// a separator ("Jane Doe (2 comments)", "Jane Doe | 3 Kommentare").
std::string_view WithoutEngagementTail(std::string_view line) {
  line = Trim(line);
  if (line.size() < 4 || line.size() > kEngagementTailMaxLine) return line;
  // (Its last word rules most lines out: a closing parenthesis, or an
  // engagement noun, read before any separator is looked for.)
  if (line.back() == ')') {
    const size_t open = line.rfind('(');
    if (open != std::string_view::npos && open > 0 &&
        IsEngagementCountLine(line.substr(open + 1, line.size() - open - 2)))
      return Trim(line.substr(0, open));
    return line;
  }
  const size_t sp = line.rfind(' ');
  if (sp == std::string_view::npos || !InWordList<kEngagementNouns>(line.substr(sp + 1))) return line;
  for (std::string_view sep : {std::string_view(" | "), std::string_view(" \xC2\xB7 "), std::string_view(" - ")})
    if (const size_t at = line.rfind(sep); at != std::string_view::npos && at > 0 &&
        IsEngagementCountLine(line.substr(at + sep.size())))
      return Trim(line.substr(0, at));
  return line;
}

// The nouns of a thread's own tally over its posts (IsThreadStatsLine).
constexpr std::string_view kThreadStatNouns[] = {
    "post", "posts", "view", "views", "reply", "replies", "follower", "followers", "participant", "participants",
    "comment", "comments",
    // NodeBB's topic stats ("3 Posts 2 Posters 412 Views"): the members
    // who posted in it.
    "poster", "posters",
    // Discuz!'s tally over a thread ("查看: 1523|回复: 2"), in simplified
    // and traditional Chinese: views, replies.
    "\xE6\x9F\xA5\xE7\x9C\x8B", "\xE5\x9B\x9E\xE5\xA4\x8D", "\xE5\x9B\x9E\xE8\xA6\x86",  // 查看 回复 回覆
    "\xE6\xB5\x8F\xE8\xA7\x88", "\xE7\x80\x8F\xE8\xA6\xBD",  // 浏览 瀏覽
};
// The word before the count over a thread's replies ("all 3 comments").
constexpr std::string_view kThreadStatLead = "all ";

bool IsThreadStatsLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kEngagementLineMaxBytes) return false;
  size_t i = 0, pairs = 0;
  if (line.size() > kThreadStatLead.size() && StartsWithIgnoreCase(line, kThreadStatLead) &&
      IsAsciiDigit(static_cast<unsigned char>(line[kThreadStatLead.size()])))
    i = kThreadStatLead.size();
  while (i < line.size()) {
    SkipCountSeparators(line, &i);
    if (i == line.size()) break;
    if (IsAsciiDigit(static_cast<unsigned char>(line[i]))) {
      // "212 Views"
      if (!EqualsAnyIgnoreCase(ReadCountUnit(line, &i), kThreadStatNouns)) return false;
    } else if (SkipTallyListLink(line, &i)) {
      continue;  // "View upvotes": no count of its own
    } else {
      // "Followers 1", "Views: 212" (a word of another script too, up to
      // its colon, full-width or not: "查看: 1523", "回复：2")
      const size_t start = i;
      while (i < line.size() && (IsAsciiAlpha(line[i]) || static_cast<unsigned char>(line[i]) >= 0x80) &&
             line.compare(i, 3, "\xEF\xBC\x9A") != 0)
        ++i;
      if (!EqualsAnyIgnoreCase(line.substr(start, i - start), kThreadStatNouns)) return false;
      if (line.compare(i, 3, "\xEF\xBC\x9A") == 0) i += 3;
      else if (i < line.size() && line[i] == ':') ++i;
      while (i < line.size() && IsAsciiSpace(line[i])) ++i;
      if (!SkipNumber(line, &i)) return false;
      if (i < line.size() && (line[i] == 'k' || line[i] == 'K' || line[i] == 'm' || line[i] == 'M')) ++i;
      if (i < line.size() && !IsAsciiSpace(line[i]) && line[i] != '|' && line[i] != ',' &&
          static_cast<unsigned char>(line[i]) < 0x80)
        return false;
    }
    ++pairs;
  }
  return pairs > 0;
}

// The words of a rating's summary (see IsRatingOrTallyLine), lower-case: the
// word that may lead it, the scale's cue after the average, the cue before
// a count of votes, and the nouns counted.
constexpr std::string_view kRatingLead = "rated ";
// The same lead in WooCommerce's other languages ("Valorado con 4.86 de 5
// basado en 22 valoraciones de clientes", "Bewertet mit 4.86 von 5,
// basierend auf 22 Kundenbewertungen", "Valutato 4.86 su 5 basato su 22
// valutazioni dei clienti", "Beoordeeld met 4.86 uit 5 gebaseerd op 22
// klantbeoordelingen"), after which a scale cue of kRatingScaleCues
// stands for "out of".
constexpr std::string_view kForeignRatingLeads[] = {"valorado con ", "bewertet mit ", "valutato ",
                                                    "beoordeeld met "};
constexpr std::string_view kRatingScaleCue = "out of ";
constexpr std::string_view kRatingVotesCue = "from ";
constexpr std::string_view kRatingQualifier = "customer ";
constexpr std::string_view kRatingNouns[] = {"vote", "votes", "rating", "ratings", "review", "reviews"};
constexpr std::string_view kRatingStarWords[] = {"stars ", "star "};
// The nouns a count of reviews may name alone in parentheses or after the
// stars ("(37 تقييم)", "★★★★★ 18 Yorum", "(12 Bewertungen)"), in the
// languages of shops: lower-case (ASCII folding only).
constexpr std::string_view kReviewCountNouns[] = {
    "reviews", "ratings", "bewertungen", "avis", "reseñas", "opiniones", "valoraciones", "avaliações",
    "recensioni", "beoordelingen", "opinie", "opinii", "ocen", "yorum", "değerlendirme", "تقييم",
    "تقييمات", "отзывов", "отзыва", "レビュー",
    // (The Nordic shops' "4,5 (212 anmeldelser)", "(38 omdömen)", Dutch
    // "recensies", Finnish "arvostelua", Czech "hodnocení".)
    "anmeldelser", "omd\u00f6men", "recensies", "arvostelua", "hodnocen\u00ed"};
// The cues of a rating's scale after its average ("4,8 de 5", "4 sur 5",
// "4 su 5", "4 von 5", "4 van 5", "4 z 5", the Nordic "4,6 av 5"),
// lower-case.
constexpr std::string_view kRatingScaleCues[] = {"de ", "sur ", "su ", "von ", "van ", "z ", "uit ", "av "};
// The nouns of a count of votes, in the languages of recipe sites.
constexpr std::string_view kVoteCountNouns[] = {"vote", "votes", "voti", "votos", "stimmen", "stemmen", "g\xC5\x82os\xC3\xB3w"};
constexpr size_t kRatingLineMaxBytes = 96;
constexpr size_t kTallyLineMaxBytes = 8;

// The words a product's rating summary may go on with after its scale
// ("4.8 out of 5 stars", "... based on 12 customer ratings", "... 4 total
// votes"), lower-case; with numbers and their punctuation, nothing else.
constexpr std::string_view kRatingTailWords[] = {
    "star", "stars", "based", "on", "customer", "total", "vote", "votes", "rating", "ratings", "review", "reviews",
    // (After a foreign lead: kForeignRatingLeads.)
    "basado", "en", "valoraciones", "de", "clientes", "basierend", "auf", "kundenbewertungen", "basato", "su",
    "valutazioni", "dei", "clienti", "gebaseerd", "op", "klantbeoordelingen",
    // (The singular: "basato su 1 valutazione del cliente", "gebaseerd op 1
    // klantbeoordeling", "basierend auf 1 Kundenbewertung".)
    "valutazione", "del", "cliente", "klantbeoordeling", "kundenbewertung"};

// A rating's summary (see IsRatingOrTallyLine and IsRatingSummaryLine);
// `strict`: after "out of N" only kRatingTailWords and numbers (a shop's
// block may print the rating and then the product's name: that is no
// summary alone).
static bool RatingSummaryLine(std::string_view line, bool strict) {
  line = Trim(line);
  if (line.empty() || line.size() > kRatingLineMaxBytes) return false;
  char buf[kRatingLineMaxBytes];
  for (size_t k = 0; k < line.size(); ++k) buf[k] = ToLowerAscii(line[k]);
  std::string_view low(buf, line.size());
  // A shortened tally alone: "2.1K", "12k", "1.2M".
  if (!strict && low.size() <= kTallyLineMaxBytes) {
    size_t i = 0;
    if (SkipNumber(low, &i) && i + 1 == low.size() && (low[i] == 'k' || low[i] == 'm')) return true;
  }
  // "★★★★★ 18 Yorum": stars drawn as glyphs before a count.
  bool stars = false;
  while (low.starts_with("\u2605") || low.starts_with("\u2606")) {
    low = Trim(low.substr(3));
    stars = true;
  }
  if (low.empty()) return false;
  // "(6 customer reviews)": a count of reviews, the noun qualified.
  const bool parenthesized = low.front() == '(' && low.back() == ')';
  if (parenthesized) low = Trim(low.substr(1, low.size() - 2));
  // "(37 تقييم)", "★★★★★ 18 Yorum": a count and a review noun alone, in
  // parentheses or after the stars.
  // (On an article, a recipe card's count of its votes alone in
  // parentheses, "(47 votos)", counts too. Not bare: an election's "9.412
  // Stimmen", a story's "31 reviews" are its figures.)
  auto count_of = [](std::string_view t) {
    size_t k = 0;
    if (!SkipNumber(t, &k)) return false;
    const std::string_view noun = Trim(t.substr(k));
    return EqualsAnyIgnoreCase(noun, kReviewCountNouns) || EqualsAnyIgnoreCase(noun, kVoteCountNouns);
  };
  if (parenthesized || stars) {
    size_t k = 0;
    if (SkipNumber(low, &k) && EqualsAnyIgnoreCase(Trim(low.substr(k)), kReviewCountNouns)) return true;
    if (!strict && count_of(low)) return true;
  }
  size_t i = 0;
  bool foreign = false;
  if (low.starts_with(kRatingLead)) {
    i = kRatingLead.size();
  } else if (strict) {
    for (std::string_view lead : kForeignRatingLeads)
      if (low.starts_with(lead)) {
        i = lead.size();
        foreign = true;
        break;
      }
  }
  const size_t average_at = i;
  if (!SkipNumber(low, &i)) return false;
  std::string_view rest = Trim(low.substr(i));
  // "4.9 2,695 reviews": an average with its decimal ("4.9", "4,6"), then
  // the count of reviews and their noun.
  if (i - average_at >= 3 && i - average_at <= 4 && IsAsciiDigit(static_cast<unsigned char>(low[average_at])) &&
      (low[average_at + 1] == '.' || low[average_at + 1] == ',')) {
    size_t k = 0;
    if (SkipNumber(rest, &k) && EqualsAnyIgnoreCase(Trim(rest.substr(k)), kReviewCountNouns)) return true;
  }
  // "4.4 stars out of 1935 reviews": the stars named before the scale, on
  // a product page. (An article's or a service page's badges, "4.8 stars
  // out of 5" under "1,200+ customer reviews", are kept by WCXB's
  // annotators: one service page -.011.)
  // (Only when a count of reviews follows "out of": "4.5 stars out of 5",
  // a press quote's, is no summary of the shop's reviews.)
  for (std::string_view s : kRatingStarWords)
    if (strict && rest.starts_with(s) && rest.substr(s.size()).starts_with(kRatingScaleCue)) {
      size_t k = 0;
      if (EqualsAnyIgnoreCase(ReadCountUnit(rest.substr(s.size() + kRatingScaleCue.size()), &k), kRatingNouns))
        rest = rest.substr(s.size());
      break;
    }
  // "4,6 (2.155 voti)", "4.7/5 (1284 avis)", "4,8 de 5 (47 votos)": the
  // average, its scale perhaps, and its count of votes in parentheses. (On
  // a product page too: "4,7 von 5 (86 Bewertungen)" under its name is the
  // shop's summary of its reviews.)
  {
    std::string_view r = rest;
    size_t j = 0;
    if (r.starts_with('/')) {
      j = 1;
      if (!SkipNumber(r, &j)) j = 0;
    } else {
      for (std::string_view cue : kRatingScaleCues)
        if (r.starts_with(cue)) {
          j = cue.size();
          if (!SkipNumber(r, &j)) j = 0;
          break;
        }
    }
    r = Trim(r.substr(j));
    // (Strictly, a count of reviews: a count of votes is a recipe's.)
    if (r.size() > 2 && r.front() == '(' && r.back() == ')') {
      const std::string_view count = Trim(r.substr(1, r.size() - 2));
      size_t k = 0;
      if (strict ? SkipNumber(count, &k) && EqualsAnyIgnoreCase(Trim(count.substr(k)), kReviewCountNouns)
                 : count_of(count))
        return true;
    }
  }
  if (rest.starts_with(kRatingQualifier)) {
    rest = rest.substr(kRatingQualifier.size());
    return EqualsAnyIgnoreCase(rest, kRatingNouns);
  }
  // "4.5 out of 5 ...": the scale is a number. (After a foreign lead, its
  // language's cue: "Valorado con 4.86 de 5 ...".)
  size_t scale_cue = rest.starts_with(kRatingScaleCue) ? kRatingScaleCue.size() : 0;
  if (foreign)
    for (std::string_view cue : kRatingScaleCues)
      if (rest.starts_with(cue)) {
        scale_cue = cue.size();
        break;
      }
  if (scale_cue) {
    size_t j = scale_cue;
    if (!SkipNumber(rest, &j)) return false;
    if (!strict) return true;
    while (j < rest.size()) {
      const unsigned char c = static_cast<unsigned char>(rest[j]);
      if (IsAsciiDigit(c) || IsAsciiSpace(c) || c == '.' || c == ',' || c == '(' || c == ')' || c == '|') {
        ++j;
        continue;
      }
      if (!IsAsciiAlpha(c)) return false;
      size_t e = j;
      while (e < rest.size() && IsAsciiAlpha(static_cast<unsigned char>(rest[e]))) ++e;
      if (std::ranges::find(kRatingTailWords, rest.substr(j, e - j)) == std::end(kRatingTailWords)) return false;
      j = e;
    }
    return true;
  }
  // "4.90 from 212 votes".
  if (rest.starts_with(kRatingVotesCue)) {
    size_t j = kRatingVotesCue.size();
    if (!SkipNumber(rest, &j)) return false;
    return EqualsAnyIgnoreCase(Trim(rest.substr(j)), kRatingNouns);
  }
  return false;
}

bool IsRatingOrTallyLine(std::string_view line) { return RatingSummaryLine(line, /*strict=*/false); }

bool IsRatingSummaryLine(std::string_view line) { return RatingSummaryLine(line, /*strict=*/true); }

// The words a discount badge may hold beside its percentage, in shops'
// languages (ASCII case folding: Turkish's capital "İ" written out).
constexpr std::string_view kDiscountBadgeWords[] = {
    "off", "save", "sale", "discount", "up", "to", "rabatt", "remise", "sconto", "descuento", "desconto",
    "korting", "rabat", "zni\u017cka", "indirim", "\u0130ndirim", "de", "di", "ahorra", "economize"};
constexpr size_t kDiscountBadgeMaxBytes = 32;

bool IsDiscountBadgeLine(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty() || t.size() > kDiscountBadgeMaxBytes) return false;
  bool percent = false;
  for (size_t i = 0; i < t.size();) {
    const unsigned char c = t[i];
    if (IsAsciiDigit(c)) {
      size_t j = i;
      while (j < t.size() && (IsAsciiDigit(static_cast<unsigned char>(t[j])) || t[j] == '.' || t[j] == ',')) ++j;
      // The number's percent sign, before it ("%25", Turkish) or after it
      // ("15%", "10 %").
      size_t k = j;
      if (k < t.size() && t[k] == ' ') ++k;
      if ((k < t.size() && t[k] == '%') || (i > 0 && t[i - 1] == '%')) percent = true;
      else return false;  // a number that is no percentage: a price, a size
      i = j;
      continue;
    }
    if (c == ' ' || c == '-' || c == '%' || c == '!' || c == '(' || c == ')' || c == ':') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < t.size() && t[j] != ' ' && t[j] != '%' && t[j] != '!' && t[j] != ')' && t[j] != ':' &&
           !IsAsciiDigit(static_cast<unsigned char>(t[j])))
      ++j;
    if (!EqualsAnyIgnoreCase(t.substr(i, j - i), kDiscountBadgeWords)) return false;
    i = j;
  }
  return percent;
}

// The word of a card's link to its other choices after a plus sign ("+
// More"), lower-case; see IsMoreChoicesLine.
constexpr std::string_view kMoreChoicesWord = "more";
constexpr size_t kMoreChoicesMaxDigits = 3;

bool IsMoreChoicesLine(std::string_view line) {
  line = Trim(line);
  if (line.size() < 2 || line.size() > 12 || line[0] != '+') return false;
  std::string_view rest = Trim(line.substr(1));
  size_t digits = 0;
  while (digits < rest.size() && IsAsciiDigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  if (digits > kMoreChoicesMaxDigits) return false;  // a phone number ("+44...")
  if (digits) rest = Trim(rest.substr(digits));
  return rest.empty() ? digits > 0 : EqualsIgnoreCase(rest, kMoreChoicesWord);
}

// A link aggregator's line under each submitted link: its score, "by",
// the submitter's name, then what follows (the age, "hide | past |
// discuss", the comment count): "1 point by jdoe 3 minutes ago | hide |
// discuss", "12 votes by jane_d 2 hours ago | 4 comments". The teaser's
// tally and stamp, not its text. The score's nouns, lower-case.
constexpr std::string_view kScoreNouns[] = {"point", "points", "vote", "votes", "upvote", "upvotes"};
constexpr std::string_view kSubmitterCue = "by ";
constexpr size_t kSubmissionLineMaxBytes = 160;
// What follows the submitter's name on such a line, one at least: its age
// ("3 minutes ago"), its actions ("hide", "discuss", parted by "|"), its
// comment count. A bare "41 points by Luka Doncic" is a box score's line.
constexpr std::string_view kSubmissionTailCues[] = {" ago", "|", "hide", "discuss", "comment"};

bool IsSubmissionLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kSubmissionLineMaxBytes || !IsAsciiDigit(line[0])) return false;
  size_t i = 0;
  if (!SkipNumber(line, &i)) return false;
  while (i < line.size() && line[i] == ' ') ++i;
  size_t j = i;
  while (j < line.size() && IsAsciiAlpha(line[j])) ++j;
  if (j == i || !EqualsAnyIgnoreCase(line.substr(i, j - i), kScoreNouns)) return false;
  while (j < line.size() && line[j] == ' ') ++j;
  if (!StartsWithIgnoreCase(line.substr(j), kSubmitterCue)) return false;
  j += kSubmitterCue.size();
  while (j < line.size() && line[j] == ' ') ++j;
  // The submitter's name: one word, then the submission's tail.
  if (j >= line.size() || IsAsciiSpace(line[j])) return false;
  while (j < line.size() && !IsAsciiSpace(line[j])) ++j;
  return ContainsAnyIgnoreCase(line.substr(j), kSubmissionTailCues);
}

// Verbs that stamp a question, an answer or a post with its date ("asked
// 3 years ago", "answered Mar 28, 2014 at 22:52", "posted 6 years ago"),
// and the note that dates a post's last edit ("Last edited: Jul 9, 2022",
// XenForo's): a stamp of the software's, not the post's words. A note that
// names the editor ("Last edited by Jane (...)", "Edited April 18, 2024 by
// Jane") says who changed the post, a line of the thread's own: it stays.
constexpr std::string_view kEditNoteVerb = "last edited";
constexpr std::string_view kPostingVerbs[] = {"asked", "answered", "posted", kEditNoteVerb};

// Prefixes of a reply's subject line, as in mail ("Re: Pump leaks").
// Khoros writes German replies' "Betreff:", Dutch and Polish mail "Antw:"
// and "Odp:".
constexpr std::string_view kReplySubjectPrefixes[] = {"re:", "re :", "aw:", "sv:", "betreff:", "antw:", "odp:"};

bool IsReplySubjectLine(std::string_view line) {
  line = Trim(line);
  // A post number may come first: "#3 Re: ...", "2. Re: ...".
  if (!line.empty() && line.front() == '#') line.remove_prefix(1);
  size_t i = 0;
  while (i < line.size() && i < 6 && IsAsciiDigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i > 0 && i < line.size() && line[i] == '.') ++i;
  line = Trim(line.substr(i));
  for (std::string_view p : kReplySubjectPrefixes)
    if (StartsWithIgnoreCase(line, p) && Trim(line.substr(p.size())).size() >= 2) return true;
  return false;
}

bool IsPostDateLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > 160) return false;
  for (std::string_view verb : kPostingVerbs) {
    // A whole word; and a date must follow: "Posted 3 photos" is no stamp.
    const std::optional<std::string_view> after = AfterLeadingWord(line, verb);
    if (!after) continue;
    if (after->empty()) return false;
    std::string_view rest = *after;
    // A stamp may name the poster, then the date: "asked by X on Jun 29".
    // (An edit note that names its editor, "Last edited by Jane on ...",
    // says who changed the post: threads' gold keeps it.)
    if (StartsWithIgnoreCase(rest, "by ")) {
      if (verb == kEditNoteVerb) return false;
      for (char c : rest)
        if (IsAsciiDigit(static_cast<unsigned char>(c))) return true;
      return false;
    }
    if (StartsWithIgnoreCase(rest, "on ") || StartsWithIgnoreCase(rest, "at ")) rest.remove_prefix(3);
    const size_t end = rest.find_first_of(" ,");
    const std::string_view word = rest.substr(0, end);
    std::string_view next = end == std::string_view::npos ? std::string_view() : Trim(rest.substr(end + 1));
    if (word.empty()) return false;
    // "Mar 28, 2014", "June 19".
    if (MonthFromWord(word)) return !next.empty() && IsAsciiDigit(static_cast<unsigned char>(next.front()));
    if (!IsAsciiDigit(static_cast<unsigned char>(word.front()))) return false;
    // "2024-08-03", "03/12/2019", "13 Sep 2024", "6 years ago".
    if (word.find_first_of("-/.") != std::string_view::npos) return true;
    const std::string_view next_word = next.substr(0, next.find_first_of(" ,"));
    if (!next_word.empty() && MonthFromWord(next_word)) return true;
    return ContainsIgnoreCase(rest, " ago");
  }
  return false;
}

// The units of a post's age shown relatively ("17 hours ago"), up to years
// (IsPostAgeStamp), singular and plural.
constexpr std::string_view kPostAgeWords[] = {
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs",
};

// The counts of one unit ("a year ago", "an hour ago").
constexpr std::string_view kPostAgeOne[] = {"a", "an", "one"};
// The words that round an age before its count ("over a week ago", "about
// 2 hours ago": Intercom's "Updated over a week ago").
constexpr std::string_view kPostAgeRounding[] = {"over", "about", "almost", "nearly", "around"};

// The nouns of a post's reply count in its tagline ("(11 children)").
constexpr std::string_view kReplyCountNouns[] = {"child", "children", "reply", "replies"};

namespace {
// The next word of `text` at *pos (spaces and one colon after a word
// skipped), *pos moved past it.
std::string_view NextAgeWord(std::string_view text, size_t* pos) {
  size_t b = *pos;
  while (b < text.size() && (text[b] == ' ' || text[b] == ':')) ++b;
  size_t e = b;
  while (e < text.size() && text[e] != ' ' && text[e] != ':') ++e;
  *pos = e;
  return text.substr(b, e - b);
}

bool IsCount(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return IsAsciiDigit(static_cast<unsigned char>(c)); });
}
}  // namespace

// IsPostAgeStamp, and with `rounded` an age rounded before its count too
// ("over a week ago": only after a stamp's cue, IsCuedAgeStamp; a reply
// whose whole text is "about a week ago" answers a question).
static bool PostAgeStamp(std::string_view text, bool rounded) {
  text = Trim(text);
  if (text.empty() || text.size() > 40) return false;
  size_t pos = 0;
  std::string_view w = NextAgeWord(text, &pos);
  // One posting verb may come first ("posted 6 years ago"); not an edit
  // note's ("Last edited 2 days ago" says who changed the post).
  for (std::string_view verb : kPostingVerbs)
    if (verb != kEditNoteVerb && EqualsIgnoreCase(w, verb)) {
      w = NextAgeWord(text, &pos);
      break;
    }
  if (rounded && EqualsAnyIgnoreCase(w, kPostAgeRounding)) w = NextAgeWord(text, &pos);
  if (!IsCount(w) && !EqualsAnyIgnoreCase(w, kPostAgeOne)) return false;
  if (!EqualsAnyIgnoreCase(NextAgeWord(text, &pos), kPostAgeWords)) return false;
  if (!EqualsIgnoreCase(NextAgeWord(text, &pos), "ago")) return false;
  return Trim(text.substr(pos)).empty();
}

bool IsPostAgeStamp(std::string_view text) { return PostAgeStamp(text, /*rounded=*/false); }

// Class names of tables whose rows read as one line (IsOneLineRowTableClass).
constexpr std::string_view kOneLineRowTableClasses[] = {"memname", "mlabels"};

bool IsOneLineRowTableClass(std::string_view cls) {
  bool hit = false;
  AnySpaceToken(cls, [&](std::string_view tok) { return hit = EqualsAnyIgnoreCase(tok, kOneLineRowTableClasses); });
  return hit;
}

// The cues an edit note opens on (EditNoteStamp), and the word before
// the editor's name.
constexpr std::string_view kEditNoteCues[] = {"last edited", "edited", "last modified", "modified"};
constexpr std::string_view kEditNoteEditorCue = " by ";

// The rest of trimmed `text` after the first of `cues` it opens on, when a
// space or a colon follows the cue ("Updated: May 3, 2024" gives "May 3,
// 2024": trimmed, a colon that opens it skipped); nullopt when it opens on
// none (EditNoteStamp, IsCuedAgeStamp, IsForeignCuedAgeStamp). The cues are
// lower-case; the text's capitals are folded ("Última actualización").
static std::optional<std::string_view> AfterStampCue(std::string_view text,
                                                     std::span<const std::string_view> cues) {
  for (std::string_view cue : cues) {
    if (text.size() <= cue.size() + 1 || !StartsWithFolded(text, cue)) continue;
    const char next = text[cue.size()];
    if (next != ' ' && next != ':') continue;
    std::string_view rest = Trim(text.substr(cue.size()));
    if (!rest.empty() && rest.front() == ':') rest = Trim(rest.substr(1));
    return rest;
  }
  return std::nullopt;
}

std::string_view EditNoteStamp(std::string_view line) {
  line = Trim(line);
  if (line.size() > 80) return {};
  const std::optional<std::string_view> after = AfterStampCue(line, kEditNoteCues);
  if (!after) return {};
  std::string_view rest = *after;
  if (StartsWithIgnoreCase(rest, "on ")) rest = Trim(rest.substr(3));
  if (StartsWithIgnoreCase(rest, kEditNoteEditorCue.substr(1))) return {};  // "Edited by Jane Doe": no stamp
  // (The editor's name after " by "; or none, a line that ends on "by".)
  if (const size_t b = FindIgnoreCase(rest, kEditNoteEditorCue); b != std::string_view::npos)
    rest = Trim(rest.substr(0, b));
  else if (rest.size() > 3 && EndsWithIgnoreCase(rest, kEditNoteEditorCue.substr(0, 3)))
    rest = Trim(rest.substr(0, rest.size() - 3));
  return rest;
}

// Language names a code block's label prints (IsCodeLanguageName): the
// common ones of documentation sites' highlighters.
constexpr std::string_view kCodeLanguageNames[] = {
    "bash", "sh", "shell", "zsh", "console", "powershell", "cmd", "python", "py", "javascript", "js", "typescript",
    "ts", "jsx", "tsx", "json", "yaml", "yml", "toml", "xml", "html", "css", "scss", "sql", "graphql", "go",
    "golang", "rust", "java", "kotlin", "swift", "ruby", "php", "c", "c++", "cpp", "c#", "csharp", "dart",
    "scala", "elixir", "haskell", "lua", "perl", "r", "dockerfile", "makefile", "markdown", "http", "curl",
    "diff", "ini", "nginx", "hcl", "terraform", "vue", "svelte", "objective-c", "groovy", "plaintext"};

bool IsCodeLanguageName(std::string_view word) {
  return word.size() <= 12 && EqualsAnyIgnoreCase(word, kCodeLanguageNames);
}

// The cues that open a page's age stamp (IsCuedAgeStamp).
constexpr std::string_view kAgeStampCues[] = {"last updated", "last modified", "last published", "updated",
                                              "published",    "modified",      "last edited",    "edited",
                                              "aktualisiert", "mis à jour",    "actualizado"};

// The same cues in other languages, lower-case (folded: "Última
// actualización hace 3 meses", "Zuletzt aktualisiert vor 2 Tagen"), before
// a relative time of at most kForeignAgeStampRestMaxBytes with a count.
constexpr std::string_view kForeignAgeStampCues[] = {
    "última actualización", "zuletzt aktualisiert", "dernière mise à jour", "ultimo aggiornamento",
    "laatst bijgewerkt",    "última atualização",   "ostatnia aktualizacja", "aktualisiert",
    "actualizado",          "mis à jour",           "aggiornato",            "bijgewerkt",
    "atualizado",
};
constexpr size_t kForeignAgeStampRestMaxBytes = 28;

bool IsCuedAgeStamp(std::string_view text) {
  text = Trim(text);
  if (text.size() < 10 || text.size() > 48) return false;
  const std::optional<std::string_view> rest = AfterStampCue(text, kAgeStampCues);
  return rest && PostAgeStamp(*rest, /*rounded=*/true);
}

bool IsForeignCuedAgeStamp(std::string_view text) {
  text = Trim(text);
  if (text.size() < 10 || text.size() > 48) return false;
  const std::optional<std::string_view> rest = AfterStampCue(text, kForeignAgeStampCues);
  return rest && rest->size() <= kForeignAgeStampRestMaxBytes && HasAsciiDigit(*rest) && IsRelativeTimeText(*rest);
}

bool IsReplyCountTag(std::string_view text) {
  text = Trim(text);
  if (text.size() < 4 || text.size() > 24 || text.front() != '(' || text.back() != ')') return false;
  text = text.substr(1, text.size() - 2);
  size_t pos = 0;
  if (!IsCount(NextAgeWord(text, &pos))) return false;
  if (!EqualsAnyIgnoreCase(NextAgeWord(text, &pos), kReplyCountNouns)) return false;
  return Trim(text.substr(pos)).empty();
}

// Words that open a publication stamp: "Posted on May 2, 2023", "Last
// updated: ...", "Publié le ..." (kRolePublished, kRoleStampCue).
constexpr auto kPublicationCues = StampEntriesWith<kRolePublished | kRoleStampCue>();

// Two-word cues that open a stamp, as a shop's or a company's blog
// template prints it: "Post time: 01-04-2024", "Publish Date: 2024-01-04".
// Read as a pair only: "post" alone is a thread's furniture ("Post #2 of 7"
// beside a reply's stamp), "time" alone a clock's. Publication cues too.
constexpr std::string_view kPairedStampCues[] = {"post time", "post date", "publish time", "publish date"};

std::string_view WithoutPairedStampCue(std::string_view line) {
  for (std::string_view cue : kPairedStampCues) {
    if (line.size() <= cue.size() || !StartsWithIgnoreCase(line, cue)) continue;
    const unsigned char next = line[cue.size()];
    if (next == ':' || next == ' ') return Trim(line.substr(cue.size() + 1));
  }
  return line;
}

bool StartsWithPublicationCue(std::string_view line) {
  line = Trim(line);
  if (WithoutPairedStampCue(line).size() != line.size()) return true;
  for (const StampWord& c : kPublicationCues) {
    const std::string_view cue = c.word;
    if (line.size() <= cue.size() || !StartsWithIgnoreCase(line, cue)) continue;
    const unsigned char next = line[cue.size()];
    if (!IsAsciiAlnum(next) && next < 0x80) return true;
  }
  return false;
}

size_t PublishedCueAt(std::string_view line) {
  size_t at = std::string_view::npos;
  // (The publication cues that name the first publication, kRolePublished:
  // "Published: May 2", "Posted on", "Publié le".)
  for (const StampWord& c : kPublicationCues)
    if (const size_t i = (c.roles & kRolePublished) ? FindIgnoreCase(line, c.word) : std::string_view::npos; i < at)
      at = i;
  return at;
}

// Phrases of a note that gives a page's first publication after it was
// re-dated at an update ("originally published on 3 May 2019").
constexpr std::string_view kOriginalPublicationCues[] = {
    "originally published", "first published", "originally posted", "first posted",
    "ursprünglich veröffentlicht", "erstmals veröffentlicht", "publié initialement", "initialement publié",
    "publicado originalmente", "originalmente publicado", "pubblicato originariamente",
    "oorspronkelijk gepubliceerd",
};

size_t OriginalPublicationCueEnd(std::string_view line) {
  for (std::string_view cue : kOriginalPublicationCues)
    if (const size_t i = FindIgnoreCase(line, cue); i != std::string_view::npos) return i + cue.size();
  return std::string_view::npos;
}

// Words that mark a stamp as an update, not the first publication.
constexpr std::string_view kUpdateCues[] = {
    "updated", "modified", "aktualisiert", "mis à jour", "modifié", "actualizado", "actualizada", "aggiornato",
    "atualizado", "atualizada", "modificato", "modificata", "bijgewerkt", "zaktualizowano", "aktualizacja", "обновлено", "Обновлено",
    // The nouns and the other forms: "Mise à jour :", "Letzte Aktualisierung",
    // "Última actualización", "Ultimo aggiornamento", "Atualização",
    // "Gewijzigd op", "Изменено".
    "mise à jour", "actualisé", "aktualisierung", "geändert", "actualización", "aggiornamento", "aggiornata",
    "atualização", "gewijzigd", "изменено", "Изменено", "aktualizacji", "обновления", "Обновления",
    // Czech, Swedish, Danish, Norwegian, Finnish, Turkish, Romanian,
    // Hungarian, Ukrainian, Greek (both cases: not ASCII), Japanese,
    // Chinese, Korean ("수정", the edit beside "입력"), Indonesian and
    // Vietnamese: "Aktualizováno", "Uppdaterad", "Opdateret", "Oppdatert",
    // "Päivitetty", "Güncelleme", "Actualizat", "Frissítve", "Оновлено",
    // "Ενημερώθηκε", "更新日", "更新时间", "Diperbarui", "Cập nhật".
    "aktualizováno", "aktualizace", "uppdaterad", "uppdaterat", "opdateret", "oppdatert", "päivitetty",
    "güncelleme", "güncellendi", "güncellenme", "actualizat", "actualizare", "frissítve", "frissítés",
    "оновлено", "Оновлено", "ενημερώθηκε", "Ενημερώθηκε", "ενημέρωση", "Ενημέρωση", "更新日", "更新时间",
    "更新時間", "수정", "diperbarui", "cập nhật", "Cập nhật",
    // Japanese and Chinese "更新" alone ("（更新 2025年9月21日 19時05分）",
    // "最後更新：2025/09/26"), Arabic "آخر تحديث" ("last update") and
    // "تحديث", Hebrew "עודכן", Hindi "अपडेटेड" / "अपडेट".
    "更新", "تحديث", "עודכן", "अपडेट",
    // A hand-kept page's own line ("Written 12 January 2025. Last revised
    // 3 February 2025.", "Revised: March 2024"); "reviewed" is a medical
    // or legal check, not an edit.
    "revised", "Revised",
};

// Words that present a person in an author's box ("Jane Doe is a
// freelance writer...", "Who is Jeff Hoyt?", "has written for The Times"):
// a bio, not a byline.
constexpr std::string_view kAuthorBioCues[] = {
    " is a ", " is an ", " is the ", "who is ", " has written ", " writes about ", " has been writing ",
    " is co-founder", " is the co-founder", " is a contributing", " is a staff",
};

// The labels of an editor's credit line closing a story ("Editor: Rahmat
// Hidayat", "Redaktur: ...", "Penyunting: ..."), with their colon, lower
// case (compared ignoring ASCII case; capitalized forms of non-ASCII ones
// listed).
// (Not "editore:", "editora:": the Italian and Portuguese publisher's, a
// book's fact box; nor "editing:", a film's credits.)
constexpr std::string_view kEditorCreditLabels[] = {
    "editor:", "redaktur:", "penyunting:", "redaktor:", "redaktorka:", "redakce:", "redakcja:",
    "toimittaja:", "d\xC3\xBCzenleyen:", "bi\xC3\xAAn t\xE1\xBA\xADp:",
};
// A closing credit's label (its colon) within this many bytes of its line.
constexpr size_t kCreditLabelMaxBytes = 28;
// A closing credit's name: at most this many bytes and words.
constexpr size_t kCreditNameMaxBytes = 60;
constexpr int kCreditNameMaxWords = 4;

namespace {
// Whether `name` reads as a person's: one to kCreditNameMaxWords words,
// each opening on a capital or a letter of the two-byte scripts (Latin's
// accented capitals, Greek, Cyrillic: lead bytes 0xC3 to 0xDF, no
// punctuation's), or a name's particle ("bin", "van"); no digit, no
// sentence.
bool IsCreditName(std::string_view name) {
  if (name.empty() || name.size() > kCreditNameMaxBytes) return false;
  int words = 0;
  for (size_t i = 0; i < name.size();) {
    const size_t sp = std::min(name.find(' ', i), name.size());
    const std::string_view w = name.substr(i, sp - i);
    const auto c0 = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
    if (++words > kCreditNameMaxWords) return false;
    if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= 0xC3 && c0 <= 0xDF)) && !(words > 1 && IsNameParticle(w))) return false;
    for (const char c : w)
      if (IsAsciiDigit(c) || c == ':' || c == '!' || c == '?') return false;
    i = sp + 1;
  }
  return !EndsWithSentenceStop(name);
}
}  // namespace

// The cues of a report's credit over a story, which name the outlet, then
// the writer ("Laporan Wartawan Tribunnews.com, Dimas Aryo Nugroho":
// "report of the outlet's reporter", Indonesian portals), lower case.
constexpr std::string_view kReportCreditCues[] = {"laporan wartawan ", "laporan reporter ", "laporan koresponden ",
                                                  "laporan kontributor "};
static_assert(std::ranges::all_of(kReportCreditCues, [](std::string_view c) { return c.starts_with("laporan "); }));
// The outlet's name at most, in bytes.
constexpr size_t kReportCreditOutletMaxBytes = 48;

size_t ReportCreditLeadSize(std::string_view line) {
  if (line.empty() || ToLowerAscii(line[0]) != 'l') return 0;  // (every cue opens on "laporan")
  for (std::string_view cue : kReportCreditCues)
    if (StartsWithIgnoreCase(line, cue)) {
      const size_t comma = line.find(", ", cue.size());
      return comma != std::string_view::npos && comma - cue.size() <= kReportCreditOutletMaxBytes ? comma + 2 : 0;
    }
  return 0;
}

bool OpensOnLabel(std::string_view line) {
  line = Trim(line);
  const size_t colon = line.substr(0, kCreditLabelMaxBytes).find(':');
  return colon != std::string_view::npos && colon > 0;
}

bool IsClosingCreditLine(std::string_view line, std::span<const std::string> authors) {
  // (A label first: most lines open on none, and are not read on.)
  if (!OpensOnLabel(line)) return false;
  line = Trim(line);
  for (std::string_view label : kEditorCreditLabels)
    if (StartsWithIgnoreCase(line, label)) return IsCreditName(Trim(line.substr(label.size())));
  // The writer's labelled byline again ("Penulis: Dimas Aryo Nugroho").
  return CuesPageWriter(line, authors);
}

// The openers of a story's credits line after its text, a wire story's
// sign-off and a paper's contributors ("Reporting by Nia Okonjo in Ottawa;
// Editing by Paul Simao", "Contributing: Tessa Varga, USA TODAY"): each
// part between semicolons opens on one, lower case.
constexpr std::string_view kStoryCreditOpeners[] = {
    "reporting by ", "additional reporting by ", "writing by ", "editing by ", "contributing: ",
    "contributing writers: ", "contributors: ",
};
// Such a line is short: a few parts of a few names.
constexpr size_t kStoryCreditsMaxBytes = 240;

bool IsStoryCreditsLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > kStoryCreditsMaxBytes) return false;
  // (A wire story closes with it in brackets.)
  if (line.starts_with('(') && line.ends_with(')')) line = Trim(line.substr(1, line.size() - 2));
  if (line.ends_with('.')) line.remove_suffix(1);
  if (line.empty()) return false;
  // ("Writing by" or "Editing by" alone is a heading's or a film's credit,
  // "Writing by Ear", "Editing by Liv Aasen": a line of one part opens on
  // the reporting or the contributors.)
  if (line.find(';') == std::string_view::npos &&
      (StartsWithIgnoreCase(line, "writing by ") || StartsWithIgnoreCase(line, "editing by ")))
    return false;
  bool contributors = false;
  for (size_t i = 0; i <= line.size();) {
    const size_t semi = std::min(line.find(';', i), line.size());
    std::string_view part = Trim(line.substr(i, semi - i));
    size_t opener = 0;
    for (std::string_view o : kStoryCreditOpeners)
      if (StartsWithIgnoreCase(part, o)) opener = o.size();
    // (After the contributors' label, more of them: "Contributing: Jorge
    // Ortiz, USA TODAY; The Associated Press".)
    if (!opener && !contributors) return false;
    if (opener) contributors = part.substr(0, opener).find(':') != std::string_view::npos;
    // The names: "A", "A and B", "A, B", each maybe "in <Place>", or
    // beside its outlet ("Tessa Varga, USA TODAY").
    std::string_view names = part.substr(opener);
    for (size_t j = 0; j <= names.size();) {
      size_t end = names.size(), next = names.size() + 1;
      if (const size_t c = names.find(", ", j); c != std::string_view::npos) end = c, next = c + 2;
      if (const size_t a = names.find(" and ", j); a != std::string_view::npos && a < end) end = a, next = a + 5;
      std::string_view name = Trim(names.substr(j, end - j));
      if (const size_t in = name.find(" in "); in != std::string_view::npos) name = name.substr(0, in);
      if (!IsCreditName(name)) return false;
      j = next;
    }
    i = semi + 1;
  }
  return true;
}

bool IsAuthorBioText(std::string_view text) {
  static constexpr PhraseList kList(kAuthorBioCues);
  return kList.FoundIn(text);
}

std::string_view SkipFootnoteMark(std::string_view text) {
  while (!text.empty() && (text[0] == '*' || text[0] == '_' || IsAsciiSpace(text[0]))) text.remove_prefix(1);
  return text;
}

bool OpensOnWriterBio(std::string_view text, std::span<const std::string> authors) {
  // (A footnote's mark may open it: "*Jane Doe, MD, is ...".)
  text = SkipFootnoteMark(text);
  for (const std::string& a : authors) {
    const std::string_view name = Trim(a);
    if (name.find(' ') == std::string_view::npos || !text.starts_with(name)) continue;
    if (IsAuthorBioText(text.substr(name.size(), kWriterBioCueReach))) return true;
  }
  return false;
}

bool IsUpdateStamp(std::string_view line) {
  static constexpr PhraseList kList(kUpdateCues);
  return kList.FoundIn(line);
}

size_t UpdateCueAt(std::string_view line) {
  // (One pass for all the cues: PhraseList.)
  static constexpr PhraseList kList(kUpdateCues);
  return kList.FindIn(line);
}

// Words that make a date line the end of something, not when the page was
// written: an offer's or a coupon's expiry, an application deadline.
constexpr std::string_view kExpiryCues[] = {
    "expires", "expiry", "expiration", "valid until", "valid through", "deadline", "offer ends",
    "gültig bis", "läuft ab", "ablaufdatum", "expire le", "valable jusqu", "date limite", "vence el",
    "válido hasta", "fecha límite", "scade il", "valido fino", "scadenza", "válido até", "prazo final",
    "geldig tot", "verloopt", "ważne do", "действует до", "истекает",
    // The day terms start to apply, a price list's or a contract's ("Deze
    // tarieven gelden ... vanaf 1 juli 2025", "Prices valid from ..."): no
    // day the page was written.
    "valid from", "effective from", "effective as of", "gültig ab", "geldig vanaf", "gelden voor", "gelden vanaf",
    "valable à partir", "applicables à partir", "válido desde", "vigente desde", "valido dal", "in vigore dal",
    "válido a partir", "obowiązuje od", "gilt ab", "valido a partire", "with effect from", "valid as of",
    "applies from", "en vigueur à compter", "à compter du", "en vigor desde",
};

// Words before a date that make it the day of something the page tells
// of, not of the page: an event, a photo, a meeting ("Event date: Jan 5",
// "Photo: 12/01/2022").
constexpr std::string_view kEventStampCues[] = {
    "event", "photo", "taken", "starts", "begins", "ends", "held", "meeting", "concert", "match",
    "veranstaltung", "termin", "événement", "evento", "fecha del", "foto",
    // A course's or a programme's start ("Start date 22 September 2025",
    // "Studienbeginn", "Date de début", "Fecha de inicio", "Startdatum").
    "start date", "starting date", "studienbeginn", "semesterbeginn", "vorlesungsbeginn", "kursbeginn",
    "programmbeginn", "date de début", "début des cours", "rentrée", "fecha de inicio",
    "inicio de clases", "inicio del curso", "data di inizio", "inizio corsi", "startdatum", "programstart",
    "studiestart",
};

// A forum archive's marker after a thread's name in its <title>
// (vBulletin's lo-fi archive, "Thread title [Archive] - Forum"), in the
// boards' languages, lower-case: not the thread's words.
constexpr std::string_view kArchiveTitleMarkers[] = {" [archive]", " [archiv]", " [archives]", " [arquivo]",
                                                     " [archivio]", " [archivo]", " [arkiv]", " [archief]"};

size_t ArchiveMarkerSize(std::string_view title) {
  if (title.empty() || title.back() != ']') return 0;
  for (std::string_view m : kArchiveTitleMarkers)
    if (EndsWithIgnoreCase(title, m)) return m.size();
  return 0;
}

// The microdata properties of a date that is no page's publication: when
// something starts or ends, an offer's term, a life's days (lower-case).
constexpr std::string_view kNonPublicationDateProps[] = {
    "startdate", "enddate", "doortime", "validfrom", "validthrough", "pricevaliduntil", "expires",
    "availabilitystarts", "availabilityends", "birthdate", "deathdate", "foundingdate",
};
static_assert(AllFoldedLower(kNonPublicationDateProps));

bool IsNonPublicationDateProp(std::string_view itemprop) {
  itemprop = Trim(itemprop);
  return !itemprop.empty() && EqualsAnyIgnoreCase(itemprop, kNonPublicationDateProps);
}

bool IsEventStamp(std::string_view line) {
  size_t digit = 0;
  while (digit < line.size() && !IsAsciiDigit(line[digit])) ++digit;
  // (One pass for all the cues: PhraseList.)
  static constexpr PhraseList kList(kEventStampCues);
  return kList.FoundIn(line.substr(0, digit));
}

// The labels shops give the day a product was first listed (Amazon's
// detail rows in its storefronts' languages, the general "first
// available", "listed since", "im Sortiment seit"): the catalogue's day,
// not a publication's.
constexpr std::string_view kCatalogueDateCues[] = {
    "date first available", "first available", "first listed", "listed since", "available since",
    "im angebot von amazon", "im sortiment seit", "erhältlich seit", "verfügbar seit", "date de mise en ligne",
    "disponible depuis", "producto en amazon", "disponible desde", "disponibile su amazon", "disponibile dal",
    "datum eerste beschikbaarheid", "beschikbaar sinds", "data di disponibilità", "取り扱い開始日", "発売開始日",
};

bool IsCatalogueDateLabel(std::string_view line) {
  size_t digit = 0;
  while (digit < line.size() && !IsAsciiDigit(line[digit])) ++digit;
  static constexpr PhraseList kList(kCatalogueDateCues);
  return kList.FoundIn(line.substr(0, digit));
}

bool IsExpiryStamp(std::string_view line) {
  // The cue comes before the date: only the words before its first digit
  // are looked at (most stamps: none, or a month name).
  size_t digit = 0;
  while (digit < line.size() && !IsAsciiDigit(line[digit])) ++digit;
  static constexpr PhraseList kList(kExpiryCues);
  return kList.FoundIn(line.substr(0, digit));
}

namespace {

// What forum software writes in a quote's <cite> before another post's copy
// ("Jane wrote:", "Jane schrieb:", "Jane a écrit :"); a cite without it names
// an outside source.
constexpr std::string_view kQuoteAttributionCues[] = {
    "wrote", "said", "posted", "schrieb", "a écrit", "escribió", "escribio", "ha scritto", "scrisse",
    "escreveu", "schreef", "napisał", "написал", "написала", "написав",
};

}  // namespace

bool IsQuoteAttribution(std::string_view cite) { return ContainsAnyIgnoreCase(cite, kQuoteAttributionCues); }

constexpr std::string_view kOrdinalItemprops[] = {"position"};

bool IsOrdinalItemprop(std::string_view itemprop) { return EqualsAnyIgnoreCase(Trim(itemprop), kOrdinalItemprops); }

constexpr std::string_view kCreditItemprops[] = {"copyrightHolder"};

bool IsCreditItemprop(std::string_view itemprop) { return EqualsAnyIgnoreCase(Trim(itemprop), kCreditItemprops); }

bool IsQuoteCiteLine(std::string_view line) {
  line = Trim(line);
  return line.size() > 1 && line.back() == ':' && IsQuoteAttribution(line);
}

namespace {

// Currency markers of prices: symbols (UTF-8) and ISO 4217 codes.
// A bare price line is short: three prices with their labels at most.
constexpr size_t kBarePriceLineMaxBytes = 80;
// A shipping offer's line is short: one clause ("Free shipping on orders
// over $75").
constexpr size_t kShippingPriceLineMaxBytes = 64;
// Shipping cue words (any case, anywhere in the line).
constexpr std::string_view kShippingCues[] = {"shipping", "delivery", "livraison", "versand", "envío", "spedizione"};
// (The same in shops' other languages, at a word's start: "Dostawa od 8,99
// zł", "Frete grátis acima de R$ 199", "Доставка от 99 ₽"; not inside
// "Refraktor". Not Turkish "kargo", a cargo trouser's name too, nor Danish
// "fragt", German for "asks".)
constexpr std::string_view kShippingWordCues[] = {
    "dostawa", "wysy\xC5\x82" "ka", "verzending", "verzendkosten", "bezorging", "frete", "envio", "doprava",
    "leverans", "frakt", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xBA\xD0\xB0"};
// The words a price's own line may hold beside the price: its labels
// ("Regular price", "Sale price", "Unit price", "was", "Save 40%"), its
// terms ("incl. VAT", "each", "per") and the buy button beside it ("Add to
// cart"). Whole words, any case.
constexpr std::string_view kPriceLabelWords[] = {
    "price", "regular", "sale", "unit", "list", "from", "was", "now", "save", "off", "each", "ea", "per", "incl",
    "inc", "vat", "tax", "included", "add", "to", "cart", "bag", "basket", "buy", "msrp", "rrp", "us", "usd",
    "previous",
    // Net and gross, and "price" and "tax", in shops' other languages
    // ("Cena netto: 397,56 zł", "Preis inkl. MwSt.", "Prix TTC").
    "net", "netto", "brutto", "gross", "preis", "prix", "precio", "prezzo", "prijs", "pris", "inkl", "mwst",
    "ttc", "ht", "iva", "btw",
    // The maker's suggested price in German and Spanish shops ("UVP 119,99
    // €", "statt 129 €", "PVP 45 €").
    "uvp", "statt", "pvp",
    // A price box's words for the screen reader ("Price reduced from Was
    // £65.00 Now £55.00", "Original price", "Current price").
    "reduced", "original", "current",
    // (A marketplace's badge after a lowered price: "$1,749 $1,599 Price
    // Drop".)
    "drop",
    // The tax's and the shipping's terms beside a price in shops' other
    // languages ("12,50 € IVA incluido", "inkl. 19% USt., zzgl.
    // Versand"), and their line of the saving ("Sie sparen 10 % (50,95
    // €)", "Ahorras 5 €", "Risparmi 5 €", "Je bespaart € 5").
    "incluido", "incluida", "incluidos", "incluso", "inclusa", "inclusive", "ust", "zzgl", "versand", "sie",
    "sparen", "ahorra", "ahorras", "risparmi", "risparmia", "bespaar", "bespaart", "je",
    // The same saving and the former price in Nordic and Czech shops ("Spara
    // 700 kr", "Du sparar 1 000 kr", "Ord. pris 3 199 kr", "Ušetříte 6 000
    // Kč"), the price without the tax ("£108.33 Ex VAT"), and the French
    // shops' reference price and recycling fee beside the price ("Prix de
    // référence : 94,90 €", "dont éco-participation : 0,12 €"). (Spanish
    // shops' "PVPR": the maker's recommended price.)
    "spara", "sparar", "du", "ord", "ordinarie", "u\u0161et\u0159\u00edte", "ex", "de", "r\u00e9f\u00e9rence", "dont",
    "\u00e9co", "participation", "pvpr", "kampanjpris",
};
// A grocer's unit price's units, right after "per" or a slash ("prijs
// per liter €2.29", "£0.31 per kg", "1,29 € / 100 ml"). (Not after a
// label: "Netto 500 g: 24,90 €" is a pack's weight.)
constexpr std::string_view kPriceUnitWords[] = {"liter", "litre", "l", "kg", "kilo", "g", "ml", "cl", "lb", "oz",
                                                "stuk"};
// Polish and Czech "cena" (price) is also Spanish and Italian for dinner
// ("Cena: 45 €", a gift card's option): a label only beside these.
constexpr std::string_view kCenaPartners[] = {"netto", "brutto"};
constexpr std::string_view kCurrencySymbols[] = {
    "$", "\u20ac", "\u00a3", "\u00a5", "\u20b9", "\u20a9", "\u20bd", "\u20ba", "\u20aa", "\u20ab", "\u20b1", "\u0e3f",
};
constexpr std::string_view kCurrencyCodes[] = {
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "JPY", "CNY", "CHF", "SEK", "NOK", "DKK",
    "PLN", "CZK", "HUF", "INR", "BRL", "MXN", "ZAR", "SGD", "HKD", "KRW", "TRY", "RUB",
    // The Gulf's, which a shop's currency converter lists as often.
    "AED", "SAR", "QAR", "KWD", "OMR", "BHD",
};
static_assert(AllDistinct(kCurrencyCodes));
// Signs of local currencies written with letters after the amount: the
// Turkish lira's "TL" ("1.199,00 TL"), the Polish złoty's "zł" ("59,90
// zł"), the Czech koruna's "Kč" ("1 290 Kč"), the Nordic krona's "kr"
// ("269 kr"). A sign counts as a whole word beside a digit, as a code
// does. (IsPriceText finds the first three by a capital, or, for "zł", by
// its "ł"'s lead byte 0xC5; "kr" it reads at a text's ends only, so the
// table's "kr" serves IsBarePriceLine.)
constexpr std::string_view kCurrencyLetterSigns[] = {"TL", "K\u010d", "z\u0142", "kr"};

// The size of the letter sign (kCurrencyLetterSigns) that starts at `b` of
// `t` as a whole word, or 0.
static size_t LetterSignAt(std::string_view t, size_t b) {
  auto letter = [&](size_t k) { return IsAsciiAlpha(t[k]) || static_cast<unsigned char>(t[k]) >= 0x80; };
  for (std::string_view sign : kCurrencyLetterSigns) {
    if (t.compare(b, sign.size(), sign) != 0) continue;
    const size_t e = b + sign.size();
    if ((b > 0 && letter(b - 1)) || (e < t.size() && letter(e))) continue;
    return sign.size();
  }
  return 0;
}

// IsCurrencyListLine: pairs "XXX:" and an amount, three at least, each
// code one of kCurrencyCodes.
constexpr int kCurrencyListMinPairs = 3;
constexpr int kCurrencyListMaxPairs = 24;

// A digit at `i`, or after one space (ASCII or no-break) at `i`.
bool DigitAfter(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == ' ') ++i;
  else if (i + 1 < s.size() && s[i] == '\xc2' && s[i + 1] == '\xa0') i += 2;
  return i < s.size() && IsAsciiDigit(s[i]);
}

// A digit ending at `i` (exclusive), or before one space.
bool DigitBefore(std::string_view s, size_t i) {
  if (i > 0 && s[i - 1] == ' ') --i;
  else if (i > 1 && s[i - 2] == '\xc2' && s[i - 1] == '\xa0') i -= 2;
  return i > 0 && IsAsciiDigit(s[i - 1]);
}

}  // namespace

bool IsCurrencyListLine(std::string_view line) {
  std::string_view codes[kCurrencyListMaxPairs];
  int pairs = 0;
  size_t i = 0;
  auto next_token = [&]() -> std::string_view {
    while (i < line.size() && IsAsciiSpace(line[i])) ++i;
    const size_t b = i;
    while (i < line.size() && !IsAsciiSpace(line[i])) ++i;
    return line.substr(b, i - b);
  };
  for (;;) {
    const std::string_view code = next_token();
    if (code.empty()) break;
    // "GBP:" (three capital letters, a colon).
    if (code.size() != 4 || code[3] != ':') return false;
    if (std::find(std::begin(kCurrencyCodes), std::end(kCurrencyCodes), code.substr(0, 3)) ==
        std::end(kCurrencyCodes))
      return false;
    for (int k = 0; k < pairs; ++k)
      if (codes[k] == code) return false;
    if (pairs == kCurrencyListMaxPairs) return false;
    codes[pairs++] = code;
    // The amount: one token with a digit ("$110.82", "549.56AED").
    if (!HasAsciiDigit(next_token())) return false;
  }
  return pairs >= kCurrencyListMinPairs;
}

// What a byte may be to IsPriceText: a digit, the first byte of one of
// kCurrencySymbols, or a capital (a currency code's first letter).
enum PriceByte : uint8_t { kPriceDigit = 1, kPriceSymbolLead = 2, kPriceCapital = 4 };
constexpr std::array<uint8_t, 256> kPriceBytes = [] {
  std::array<uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kPriceDigit;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kPriceCapital;
  for (unsigned char c : {'$', '\xc2', '\xe2', '\xe0', '\xc5'}) t[c] = kPriceSymbolLead;
  return t;
}();
static_assert(std::ranges::all_of(kCurrencySymbols,
                                  [](std::string_view sym) {
                                    return kPriceBytes[static_cast<unsigned char>(sym.front())] == kPriceSymbolLead;
                                  }),
              "kPriceBytes must mark every currency symbol's first byte");
// (IsPriceText's sixteen-byte step compares with these five leads, the
// last that of "zł"'s "ł": the table must mark no others.)
static_assert(std::ranges::count(kPriceBytes, uint8_t{kPriceSymbolLead}) == 5 && kPriceBytes['$'] == kPriceSymbolLead &&
                  kPriceBytes[0xC2] == kPriceSymbolLead && kPriceBytes[0xE2] == kPriceSymbolLead &&
                  kPriceBytes[0xE0] == kPriceSymbolLead && kPriceBytes[0xC5] == kPriceSymbolLead,
              "IsPriceText's SSE2 step knows the symbol leads by name");

bool IsPriceText(std::string_view text) {
  // One pass says which kinds of byte the text holds. Without a digit only
  // a symbol alone is a price; with one, a marker must stand beside it,
  // and a text without a symbol's first byte or a capital holds none.
  // (The spaces around the text change nothing below: they are neither
  // letters nor digits.)
  uint8_t kinds = 0;
  size_t i = 0;
#if defined(__SSE2__)
  // (Sixteen bytes a step, by compares that give each kind of the table:
  // a list page's text nodes are mostly the indentation between its tags,
  // dozens of bytes of it.)
  if (text.size() >= 16) {
    __m128i digit = _mm_setzero_si128(), capital = digit, lead = digit;
    for (; i + 16 <= text.size(); i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      // (A byte from 0x80 is negative as a signed byte: no digit or capital.)
      digit = _mm_or_si128(digit, _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                                _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1))));
      capital = _mm_or_si128(capital, _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)),
                                                    _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1))));
      lead = _mm_or_si128(lead, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('$')),
                                                          _mm_cmpeq_epi8(x, _mm_set1_epi8(char(0xC2)))),
                                             _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(char(0xE2))),
                                                          _mm_cmpeq_epi8(x, _mm_set1_epi8(char(0xE0))))));
      lead = _mm_or_si128(lead, _mm_cmpeq_epi8(x, _mm_set1_epi8(char(0xC5))));
    }
    kinds = (_mm_movemask_epi8(digit) ? kPriceDigit : 0) | (_mm_movemask_epi8(capital) ? kPriceCapital : 0) |
            (_mm_movemask_epi8(lead) ? kPriceSymbolLead : 0);
  }
#endif
  for (; i < text.size(); ++i) kinds |= kPriceBytes[static_cast<unsigned char>(text[i])];
  if (!(kinds & kPriceDigit)) {
    // The krona's sign alone in its element, the amount beside it
    // (WooCommerce's "<bdi>649,00&nbsp;<span
    // class=woocommerce-Price-currencySymbol>kr.</span>").
    if (text.size() <= 8) {
      const std::string_view k = Trim(text);
      if (k == "kr" || k == "kr.") return true;
    }
    if (!(kinds & kPriceSymbolLead)) return false;
    const std::string_view t = Trim(text);
    for (std::string_view sym : kCurrencySymbols)
      if (t == sym) return true;
    return false;
  }
  // The krona's lower-case "kr" after the amount or before it ("269 kr",
  // "269 kr.", "kr 1 499,-", a no-break space between): read at the text's
  // ends only, no byte of it marked.
  {
    const std::string_view e = Trim(text);
    const std::string_view tail = e.ends_with('.') ? e.substr(0, e.size() - 1) : e;
    if ((tail.ends_with("kr") && DigitBefore(tail, tail.size() - 2)) || (e.starts_with("kr") && DigitAfter(e, 2)))
      return true;
  }
  if (!(kinds & (kPriceSymbolLead | kPriceCapital))) return false;
  const std::string_view t = text;
  // Otherwise a marker needs a digit beside it.
  for (size_t i = 0; i < t.size(); ++i) {
    const unsigned char c = t[i];
    // Only '$', the lead bytes of the symbols above and capitals start a marker.
    if (!(kPriceBytes[c] & (kPriceSymbolLead | kPriceCapital))) continue;
    size_t len = 0;
    size_t at = i;
    // A letter sign ("TL", "Kč", "zł"): a whole word.
    if (c == 0xC5) {
      if (i == 0) continue;
      at = i - 1;  // the "z" of "zł"
      len = LetterSignAt(t, at);
    } else if (c >= 'A' && c <= 'Z') {
      len = LetterSignAt(t, i);
      if (!len && (i + 3 > t.size() || (i > 0 && IsAsciiAlpha(t[i - 1])) ||
                   (i + 3 < t.size() && IsAsciiAlpha(t[i + 3]))))
        continue;
      if (!len)
        for (std::string_view code : kCurrencyCodes)
          if (t.compare(i, 3, code) == 0) len = 3;
    } else {
      for (std::string_view sym : kCurrencySymbols)
        if (t.compare(i, sym.size(), sym) == 0) len = sym.size();
    }
    if (len && (DigitAfter(t, at + len) || DigitBefore(t, at))) return true;
  }
  return false;
}

// Add-to-cart words, as IsAddToCartName compares them: lower case, no
// spaces, hyphens or underscores.
constexpr std::string_view kAddToCartWords[] = {"addtocart", "addtobag", "addtobasket", "addtotrolley"};
// A product card's own shortcut to the cart ("quick-add", "quickview",
// "quick-shop"), in the same form: a card's, never the page's product.
constexpr std::string_view kQuickAddWords[] = {"quickadd", "quickview", "quickshop", "quickbuy"};
// A card's add-to-cart button by the script its click runs: OpenCart's
// product cards (category grids, "Related Products", featured modules) each
// call "cart.add('<id>')"; the product page's own button (#button-cart)
// posts its form by a handler instead.
constexpr std::string_view kCardCartScripts[] = {"cart.add("};
// Form actions that add to the cart ("/cart/add", "/cart/add.js",
// "checkout/cart/add/uenc/...", "/cart/add-to-cart/ref=...").
// (OpenCart 4 routes it as "index.php?route=checkout/cart.add".)
constexpr std::string_view kCartAddActions[] = {"/cart/add", "/cart.add"};
// Open Graph types of one product (Facebook's "product.item"; "og:product"
// as some themes write it).
constexpr std::string_view kProductOgTypes[] = {"product", "og:product", "product.item"};
constexpr std::string_view kProductPriceMetaKeys[] = {"product:price:amount", "og:price:amount"};
// The words of a control that puts the product shown in the cart ("Add to
// bag"), as a whole label, in the languages most shops use. (A card's
// "Add" or "Shop" alone is none: too common.)
constexpr std::string_view kAddToCartLabels[] = {
    "add to cart", "add to bag", "add to basket", "add to trolley", "add to shopping cart", "add to shopping bag",
    "in den warenkorb", "ajouter au panier", "añadir al carrito", "aggiungi al carrello", "in winkelwagen",
    "adicionar ao carrinho",
};
// And of one that buys it at once: also a banner's call on a category page
// ("Buy now" under a featured product), so only beside a price.
constexpr std::string_view kBuyNowLabels[] = {
    "buy now", "buy it now", "jetzt kaufen", "acheter maintenant", "comprar ahora", "acquista ora", "comprar agora",
};
// The label of a product page's quantity picker ("Quantity", "Qty:"), in
// the languages most shops use, as a whole line; and the field names of
// its input (Shopify's and WooCommerce's "quantity", Magento's "qty").
constexpr std::string_view kQuantityLabels[] = {
    "quantity", "qty", "menge", "anzahl", "quantit\xC3\xA9", "cantidad", "quantit\xC3\xA0", "quantidade", "aantal",
};
constexpr std::string_view kQuantityFieldNames[] = {"quantity", "qty"};
// The bytes of an attribute IsAddToCartName reads.
constexpr size_t kAddToCartNameMaxBytes = 256;

namespace {
// Whether `attr`, lower-cased without spaces, hyphens and underscores (its
// first kAddToCartNameMaxBytes bytes), holds one of `words`.
bool HasSqueezedWord(std::string_view attr, std::span<const std::string_view> words) {
  char buf[kAddToCartNameMaxBytes];
  size_t n = 0;
  for (size_t i = 0; i < attr.size() && i < kAddToCartNameMaxBytes; ++i) {
    const char c = attr[i];
    if (c == '-' || c == '_' || IsAsciiSpace(c)) continue;
    buf[n++] = ToLowerAscii(c);
  }
  const std::string_view low(buf, n);
  for (std::string_view w : words)
    if (low.find(w) != std::string_view::npos) return true;
  return false;
}
}  // namespace

bool IsAddToCartName(std::string_view attr) {
  // Every word has "dd" ("add"): most class lists have none and are not
  // copied. (Within the bytes HasSqueezedWord reads.)
  attr = attr.substr(0, kAddToCartNameMaxBytes);
  // (Eight bytes a look, each chunk overlapping the last by a byte: a
  // byte is 'd' or 'D' when it OR 0x20 XOR 'd' is zero. The zero test is
  // exact for each byte: the low seven bits plus 0x7F carry into the high
  // one unless all are zero, and no carry crosses a byte.)
  bool dd = false;
  size_t i = 0;
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kLow7 = kOnes * 0x7F;
  for (; i + 8 <= attr.size() && !dd; i += 7) {
    uint64_t x;
    std::memcpy(&x, attr.data() + i, 8);
    const uint64_t y = (x | (kOnes * 0x20)) ^ (kOnes * 'd');
    const uint64_t zero = ~(((y & kLow7) + kLow7) | y | kLow7);
    dd = (zero & (zero >> 8)) != 0;
  }
  for (i = i ? i : 1; i < attr.size() && !dd; ++i)
    dd = (attr[i] | 0x20) == 'd' && (attr[i - 1] | 0x20) == 'd';
  return dd && HasSqueezedWord(attr, kAddToCartWords);
}
bool IsQuickAddName(std::string_view attr) { return HasSqueezedWord(attr, kQuickAddWords); }
bool IsCardCartScript(std::string_view onclick) { return ContainsAny(onclick, kCardCartScripts); }

bool IsAddToCartLabel(std::string_view text) { return IsLabel<kAddToCartLabels>(text, 32, ""); }
bool MayStartAddToCartLabel(char c) {
  static constexpr auto kFirst = [] {
    std::array<bool, 256> first{};
    for (std::string_view l : kAddToCartLabels) first[static_cast<unsigned char>(l[0])] = true;
    return first;
  }();
  return kFirst[static_cast<unsigned char>(ToLowerAscii(c))];
}
bool IsBuyControlLabel(std::string_view text) {
  return IsAddToCartLabel(text) || IsLabel<kBuyNowLabels>(text, 32, "");
}

bool IsQuantityLabel(std::string_view text) { return IsLabel<kQuantityLabels>(text, 24, ":"); }
bool IsQuantityFieldName(std::string_view name) { return EqualsAnyIgnoreCase(Trim(name), kQuantityFieldNames); }

bool IsCartAddAction(std::string_view action) {
  if (action.empty()) return false;
  for (std::string_view a : kCartAddActions)
    if (ContainsIgnoreCase(action.substr(0, kAddToCartNameMaxBytes), a)) return true;
  return IsAddToCartName(action);
}

bool IsProductOgType(std::string_view og_type) { return EqualsAnyIgnoreCase(Trim(og_type), kProductOgTypes); }
bool IsProductPriceMetaKey(std::string_view key) {
  // (Asked of every meta key of a page: most are ruled out by their length
  // and first letter.)
  static constexpr WordList kList(kProductPriceMetaKeys);
  return kList.Contains(key);
}

// The extensions of image and video files (a bare URL ending in one is a
// media file's address, not words; see IsMediaFileUrl).
constexpr std::string_view kMediaFileExtensions[] = {
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".mp4", ".webm", ".mov", ".m4v",
};
// A URL longer than this is not read as one.
constexpr size_t kMediaFileUrlMaxBytes = 2048;

bool IsMediaFileUrl(std::string_view text) {
  const std::string_view t = Trim(text);
  if (t.size() < kMediaFileUrlMinBytes || t.size() > kMediaFileUrlMaxBytes) return false;
  if (!StartsWithIgnoreCase(t, "http://") && !StartsWithIgnoreCase(t, "https://") && !t.starts_with("//"))
    return false;
  // One token: no space inside.
  for (const char c : t)
    if (IsAsciiSpace(static_cast<unsigned char>(c))) return false;
  // The path, without its query or fragment, ends in a media file's name.
  const std::string_view path = t.substr(0, t.find_first_of("?#"));
  for (const std::string_view ext : kMediaFileExtensions)
    if (EndsWithIgnoreCase(path, ext)) return true;
  return false;
}

// A raw field value holds at most this many words, and none of these
// marks of a sentence (see IsRawFieldValue).
constexpr int kRawFieldValueMaxWords = 3;
constexpr std::string_view kSentenceMarks = ".,;:!?";

bool IsRawFieldValue(std::string_view text) {
  const std::string_view t = Trim(text);
  if (t.empty()) return true;
  int words = 0;
  bool in_word = false;
  for (const char c : t) {
    const bool space = IsAsciiSpace(static_cast<unsigned char>(c));
    if (!space && !in_word && ++words > kRawFieldValueMaxWords) return false;
    in_word = !space;
  }
  if (words == 1) return true;  // a URL, a colour, a number, an id
  // Several words: no sentence's mark between them (a URL's dots and
  // colons sit inside one word, ruled out above).
  return t.find_first_of(kSentenceMarks) == std::string_view::npos;
}

// The classes of Dawn's price box and of its two copies (see
// ClassifyPriceCopy), and the most classes of a list read.
constexpr std::string_view kPriceBoxClass = "price";
constexpr std::string_view kPriceOnSaleClass = "price--on-sale";
constexpr std::string_view kRegularPriceCopyClass = "price__regular";
constexpr std::string_view kSalePriceCopyClass = "price__sale";
constexpr int kPriceBoxClassesRead = 12;

PriceCopy ClassifyPriceCopy(std::string_view classes) {
  // Read for every class attribute of the page: the first byte rejects
  // nearly all of them before any token is cut.
  size_t i = 0;
  while (i < classes.size() && IsAsciiSpace(static_cast<unsigned char>(classes[i]))) ++i;
  if (i >= classes.size() || classes[i] != kPriceBoxClass[0]) return PriceCopy::kNone;
  size_t j = i;
  while (j < classes.size() && !IsAsciiSpace(static_cast<unsigned char>(classes[j]))) ++j;
  const std::string_view first = classes.substr(i, j - i);
  if (first == kRegularPriceCopyClass) return PriceCopy::kRegular;
  if (first == kSalePriceCopyClass) return PriceCopy::kSale;
  return PriceCopy::kNone;
}

bool IsPriceBoxClass(std::string_view classes, bool* on_sale) {
  bool box = false;
  *on_sale = false;
  size_t i = 0;
  for (int k = 0; k < kPriceBoxClassesRead; ++k) {
    while (i < classes.size() && IsAsciiSpace(static_cast<unsigned char>(classes[i]))) ++i;
    if (i >= classes.size()) break;
    size_t j = i;
    while (j < classes.size() && !IsAsciiSpace(static_cast<unsigned char>(classes[j]))) ++j;
    const std::string_view token = classes.substr(i, j - i);
    box |= token == kPriceBoxClass;
    *on_sale |= token == kPriceOnSaleClass;
    i = j;
  }
  return box;
}

// Whether a currency's symbol (kCurrencySymbols) or a no-break space
// starts at `i` of `t`: no letter of a word.
static bool SymbolAt(std::string_view t, size_t i) {
  if (t.compare(i, 2, "\xc2\xa0") == 0) return true;
  for (std::string_view sym : kCurrencySymbols)
    if (t.compare(i, sym.size(), sym) == 0) return true;
  return false;
}

// The bytes of the UTF-8 sequence that `lead` opens (1 for a stray
// continuation byte).
static size_t Utf8Length(char lead) {
  const unsigned char c = static_cast<unsigned char>(lead);
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

bool IsBarePriceLine(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty() || t.size() > kBarePriceLineMaxBytes || !IsPriceText(t)) return false;
  std::string_view prev_word;  // the last word read, and where it ended
  size_t prev_end = 0;
  for (size_t i = 0; i < t.size();) {
    const unsigned char c = t[i];
    if (const size_t sign = LetterSignAt(t, i)) {  // "TL", "zł"
      i += sign;
      continue;
    }
    if (IsAsciiAlpha(c) || (c >= 0x80 && !SymbolAt(t, i))) {
      // A word: a currency code, or a word of the price's own labels. (Its
      // letters may be any script's: "Ušetříte", "référence"; a currency's
      // symbol or a no-break space ends it.)
      size_t j = i;
      while (j < t.size() && (IsAsciiAlpha(static_cast<unsigned char>(t[j])) ||
                              (static_cast<unsigned char>(t[j]) >= 0x80 && !SymbolAt(t, j))))
        j += static_cast<unsigned char>(t[j]) >= 0x80 ? Utf8Length(t[j]) : 1;
      j = std::min(j, t.size());
      const std::string_view word = t.substr(i, j - i);
      const bool code = word.size() == 3 && std::ranges::find(kCurrencyCodes, word) != std::end(kCurrencyCodes);
      // (A unit after "per" or a slash, digits between: "/ 100 ml".)
      const bool unit = EqualsAnyIgnoreCase(word, kPriceUnitWords) &&
                        (EqualsIgnoreCase(prev_word, "per") ||
                         t.substr(prev_end, i - prev_end).find('/') != std::string_view::npos);
      if (!code && !unit && !EqualsAnyIgnoreCase(word, kPriceLabelWords) &&
          !(EqualsIgnoreCase(word, "cena") && ContainsAnyIgnoreCase(t, kCenaPartners)))
        return false;
      prev_word = word;
      prev_end = j;
      i = j;
      continue;
    }
    if (IsAsciiDigit(c) || std::string_view(" .,-/:%()*").find(char(c)) != std::string_view::npos) {
      ++i;
      continue;
    }
    if (c == 0xc2 && i + 1 < t.size() && t[i + 1] == '\xa0') { i += 2; continue; }  // no-break space
    size_t len = 0;
    for (std::string_view sym : kCurrencySymbols)
      if (t.compare(i, sym.size(), sym) == 0) len = sym.size();
    if (!len) return false;
    i += len;
  }
  return true;
}

// A shop's note under a product's price that the tax and the shipping
// are settled at the checkout (Shopify's "Tax included. Shipping
// calculated at checkout." in its shops' languages): a line of at most
// kCheckoutNoteMaxBytes that opens on the tax or the shipping and holds
// the cue, any case. (An FAQ's answer "Yes, we ship worldwide. Shipping
// costs are calculated at checkout." is the shop's words, not its note.)
constexpr size_t kCheckoutNoteMaxBytes = 96;
constexpr std::string_view kCheckoutNoteCues[] = {
    "calculated at checkout", "calculés à l'étape de paiement", "calculés lors du paiement",
    "beim checkout berechnet",
    // Shopify's note in Italian, Spanish, Portuguese and Dutch, and the
    // tax line German and Dutch shops print under the price ("inkl. MwSt.
    // zzgl. Versandkosten": Shopware, JTL; "Prijzen incl. btw excl.
    // verzendkosten").
    "calcolate al momento del pagamento", "calcolate al checkout", "calcolata al checkout",
    "se calculan en la pantalla de pago",
    "calculados en la pantalla de pago", "calculado no checkout", "calculados no checkout",
    "berekend bij de checkout", "berekend bij het afrekenen", "zzgl. versandkosten", "zzgl. versand",
    "excl. verzendkosten", "exclusief verzendkosten",
    // Turkish shops' tax line under the price ("KDV Dahil": VAT included).
    "kdv dahil",
};
constexpr std::string_view kCheckoutNoteOpeners[] = {
    "tax", "shipping", "duties", "incl", "frais", "inkl", "versand", "kdv",
    "imposte", "impuestos", "impostos", "prijzen", "prezzi", "precios", "preços",
    // ("IVA inclusa, spedizione calcolata al checkout".)
    "iva",
};
// The tax line alone, the whole line but a closing stop ("Tax included.",
// PrestaShop's "Impuestos incluidos"), in shops' languages.
constexpr std::string_view kTaxIncludedLines[] = {
    "tax included", "taxes included", "taxes incluses", "tva incluse", "impuestos incluidos", "iva incluido",
    "iva incluida", "imposte incluse", "iva inclusa", "impostos inclu\xC3\xAD" "dos", "inkl. mwst", "incl. btw",
    "btw inbegrepen",
};

// The buy box's stock line with its count or its dispatch ("En stock,
// expédié sous 24 h", "Em estoque: 4 unidades"): a stock word opening a
// line of at most kStockLineMaxBytes, then a comma, a colon or a dash and
// words with a number, no semicolon ("En stock : le buffet seul ; le miroir
// est vendu à part" is the description's). (Not the word alone, "Out of
// stock", "In stock (1)": WCXB's annotators keep it, 4169 .991 -> .977.)
constexpr size_t kStockLineMaxBytes = 64;
constexpr std::string_view kStockOpeners[] = {
    "in stock", "en stock", "auf lager", "sofort lieferbar", "em estoque", "op voorraad", "in voorraad",
    "disponibile", "disponible", "na stanie", "en existencia", "i lager", "p\xC3\xA5 lager",
    "skladem", "finns i lager",
    // (Polish: "Dostępny, wysyłka w 24 godziny", "Dostępność: wysyłka w
    // ciągu 24 godzin"; with a shipping or stock word after them only:
    // kPolishStockRestCues.)
    "dost\xC4\x99pny", "dost\xC4\x99pna", "dost\xC4\x99pne", "dost\xC4\x99pno\xC5\x9B\xC4\x87",
};
// The Polish openers' words for availability, and what must follow them
// to make a stock line ("Dostępne: 2 wersje kolorystyczne" names the
// product's choices), lower-case.
constexpr std::string_view kPolishStockStem = "dost\xC4\x99pn";  // the openers above that need them
// (A count's "szt." whole: "sztuczne futerko" is a fabric.)
constexpr std::string_view kPolishStockRestCues[] = {"wysy\xC5\x82", "od r\xC4\x99ki", "w magazynie", " szt.", " szt "};
// The place a stock line may name after its words, before its count
// ("Skladem na e-shopu (5+ ks)", "En stock à Lille : 9 produits", "6 in
// stock at Swindon", "Finns i lager online – leverans 1–3 vardagar"):
// whole words, lower-case.
constexpr std::string_view kStockPlaceWords[] = {"at", "in", "na", "v", "\u00e0", "i", "im", "online", "en"};
// (After the stock's own words only: "Disponible en 3 couleurs" names the
// product's choices.)
constexpr std::string_view kStockPlaceOpeners[] = {
    "in stock", "en stock", "auf lager", "op voorraad", "in voorraad", "na stanie", "i lager",
    "p\xC3\xA5 lager", "skladem", "finns i lager",
};
// A shop's offer to collect the product in a store, opening a line of at
// most kPickupLineMaxBytes ("Pick up in store - Free", "Retrait 1 h en
// magasin", "Hämta i butik: få kvar i ...", "Order now for collection in 1
// minute", "Zamów online i odbierz w ciągu 2 godzin"), lower-case. (The
// French "retrait" names a withdrawal too: a store's word must follow.)
constexpr size_t kPickupLineMaxBytes = 80;
constexpr std::string_view kPickupOpeners[] = {
    "pick up in store", "pickup in store", "pick up today", "free pickup", "free store pickup",
    "order now for collection", "click & collect", "click and collect", "h\u00e4mta i butik",
    "h\u00e4mta i varuhuset", "zam\u00f3w online i odbierz", "odbi\u00f3r w sklepie", "abholung im markt",
    "im markt abholen", "afhalen in de winkel", "ophalen in de winkel", "recogida en tienda",
    "ritiro in negozio", "vyzvednut\u00ed na prodejn\u011b",
};
constexpr std::string_view kPickupFrenchOpener = "retrait";
constexpr std::string_view kPickupFrenchStore = " magasin";
// The same words in the plural, after a count only (WooCommerce's "48
// disponibles", "12 disponibili"): opening a line they name a product's
// choices ("Disponibles: 4 colores").
constexpr std::string_view kStockCountWords[] = {"disponibles", "disponibili"};
// And its delivery promise: a line of at most kDeliveryPromiseMaxBytes whose
// first word is shipping's (kDeliveryPromiseOpeners, the whole word) and
// whose sentence ends on its count of working days ("Ships within 1
// business day.", "Lieferzeit: 5-7 Werktage", "Wysyłamy w ciągu 24 godzin
// w dni robocze."; a closing bracket or a bracketed note may follow). Not a
// count that goes on ("Ships in 3-5 business days only if you order the
// standard size"), a compound ("Versandfertig erst nach..."), free
// shipping or a carrier alone ("Free shipping & returns" under the buy box
// is kept by WCXB's annotators, five products -.03), nor the maker's words
// on its pace ("We bind to order in batches, so allow five working days").
constexpr size_t kDeliveryPromiseMaxBytes = 128;
constexpr std::string_view kDeliveryPromiseOpeners[] = {
    "ships", "ship", "shipped", "shipping", "dispatch", "dispatched", "dispatches", "delivery", "delivered",
    "free", "usually", "estimated", "lieferzeit", "lieferung", "versand", "wysy\xC5\x82" "amy",
    "wysy\xC5\x82" "ka", "exp\xC3\xA9" "di\xC3\xA9", "exp\xC3\xA9" "dition", "livraison", "livr\xC3\xA9",
    "env\xC3\xAD" "o", "envio", "enviamos", "spedizione", "spediamo", "spedito", "verzending", "verzonden",
    "levertijd", "levering", "bezorging", "leveranstid", "leverans", "leveringstid", "hemleverans", "doprava",
    "skickas",
    // ("Ready to ship in 1–2 business days", "Ready for dispatch in 24
    // hours".)
    "ready",
};

// Whether a cue of `cues` (working days, weeks) in `t` ends its sentence:
// the cue's word ends there, then the line's end, a stop, a closing
// bracket or " (" follows.
// A delivery promise counted in weeks, a furniture maker's ("Lieferzeit:
// 3-5 Wochen", "Delivery in 6-8 weeks"): after a delivery opener only, in
// a short line with no comma (a description's sentence, "Lieferung durch
// unsere Spedition, inklusive Montage, innerhalb von 6 Wochen.", is the
// product's text).
constexpr size_t kDeliveryWeeksMaxBytes = 40;
constexpr std::string_view kDeliveryWeekCues[] = {"weeks", "wochen", "semaines", "semanas", "settimane",
                                                  "weken", "uger", "veckor", "uker", "tygodni"};

template <size_t N>
static bool EndsOnCue(std::string_view t, const std::string_view (&cues)[N]) {
  for (std::string_view cue : cues) {
    for (size_t at = FindIgnoreCase(t, cue); at != std::string_view::npos;
         at = FindIgnoreCase(t, cue, at + 1)) {
      size_t e = at + cue.size();
      while (e < t.size() && IsAsciiAlpha(static_cast<unsigned char>(t[e]))) ++e;  // "werktage" of "Werktagen"
      if (e - at - cue.size() > 1) continue;
      if (e == t.size() || t[e] == '.' || t[e] == ')' || t.substr(e).starts_with(" (")) return true;
    }
  }
  return false;
}

// And its promise of a delivery day ("Arrives by Fri, Nov 21", "Get it by
// Tue, Nov 18", "Arrives soon! Get it by Nov 19-24 if you order today"): a
// line of at most kDeliveryPromiseMaxBytes holding one of these cues at a
// word's start, then a day (kDeliveryDayWords, or a digit), and a digit.
// (Not "arrives by post in a rigid mailer", nor "Cuando llega el frío".)
constexpr std::string_view kDeliveryDayCues[] = {
    "arrives by ", "get it by ", "get it as soon as ", "delivery by ", "estimated delivery", "lieferung bis ",
    // ("Ships Tue, Apr 15 to California": a day after the word.)
    "ships ",
    "zustellung bis ", "livraison estim\xC3\xA9" "e chez vous", "livraison estim\xC3\xA9" "e",
    // ("En stock en ligne, livré chez vous dès jeudi".)
    "livr\xC3\xA9 chez vous d\xC3\xA8s ", "livr\xC3\xA9 d\xC3\xA8s ", "livraison d\xC3\xA8s ", "rec\xC3\xAD" "belo ", "llega el ", "receba at\xC3\xA9 ",
};
// The words that open a day after such a cue, by their first letters:
// weekdays and months (en, de, fr, es, pt), today and tomorrow.
constexpr std::string_view kDeliveryDayWords[] = {
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
    "oct", "nov", "dec", "today", "tomorrow", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "morgen", "heute", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain",
    "lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado", "domingo", "ma\xC3\xB1" "ana",
    "hoy", "segunda", "ter\xC3\xA7" "a", "quarta", "quinta", "sexta", "amanh\xC3\xA3", "hoje",
};

constexpr std::string_view kDeliveryDayArticles[] = {"le ", "el ", "am ", "on ", "o ", "by "};

// Whether a delivery-day cue in `t` is followed by a day.
static bool HoldsDeliveryDay(std::string_view t) {
  for (std::string_view cue : kDeliveryDayCues)
    for (size_t at = FindIgnoreCase(t, cue); at != std::string_view::npos; at = FindIgnoreCase(t, cue, at + 1)) {
      if (at > 0 && IsAsciiAlpha(static_cast<unsigned char>(t[at - 1]))) continue;
      size_t i = at + cue.size();
      while (i < t.size() && (t[i] == ' ' || t[i] == ':')) ++i;
      // (The day's article or preposition first: "le 21/11", "el martes",
      // "am Freitag", "on Tuesday".)
      for (std::string_view article : kDeliveryDayArticles)
        if (StartsWithIgnoreCase(t.substr(i), article)) {
          i += article.size();
          break;
        }
      if (i == t.size()) continue;
      if (IsAsciiDigit(static_cast<unsigned char>(t[i]))) return true;
      const std::string_view next = t.substr(i);
      for (std::string_view w : kDeliveryDayWords)
        if (StartsWithIgnoreCase(next, w)) return true;
    }
  return false;
}

// A shop's link to its size chart under a product's size picker ("Size
// Guide", "Zur Größentabelle", "Guía de tallas"), and the picker's prompt
// in the fashion shops' languages ("Seleziona la taglia", "Välj
// storlek"), whole, lower-case: read on product pages only, never a
// heading (a guide's section, a description's "Size chart" over its table,
// may be headed so).
constexpr std::string_view kSizeControlLines[] = {
    "seleziona la taglia", "selecciona tu talla", "elige tu talla", "v\u00e4lj storlek",
    "gr\u00f6\u00dfe ausw\u00e4hlen", "wybierz rozmiar", "kies je maat",
    "size guide", "size chart", "sizing guide", "size & fit guide", "find your size", "zur gr\u00f6\u00dfentabelle",
    "gr\u00f6\u00dfentabelle", "gr\u00f6\u00dfenberater", "gu\u00eda de tallas", "tabla de tallas",
    "guide des tailles", "guida alle taglie", "tabella taglie", "storleksguide", "maattabel", "tabela rozmiar\u00f3w",
    "guia de tamanhos", "st\u00f8rrelsesguide",
    // (Czech shops' chart and picker: "Tabulka velikostí", "Vyberte velikost".)
    "tabulka velikost\u00ed", "vyberte velikost",
};

constexpr size_t kSizeLabelMaxBytes = 12;

bool IsSizeControlLine(std::string_view line) {
  line = Trim(line);
  while (!line.empty() && (line.back() == '>' || line.back() == ':')) line = Trim(line.substr(0, line.size() - 1));
  // (After the picker's one-word label: "SIZE: Size Guide".)
  if (const size_t colon = line.find(": "); colon != std::string_view::npos && colon <= kSizeLabelMaxBytes &&
                                             line.substr(0, colon).find(' ') == std::string_view::npos)
    line = Trim(line.substr(colon + 2));
  return EqualsAnyIgnoreCase(line, kSizeControlLines);
}

// Whether `t` opens on a whole word of `words` (no letter after it).
template <size_t N>
static bool StartsWithWordOf(std::string_view t, const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (StartsWithIgnoreCase(t, w) &&
        (t.size() == w.size() || !(IsAsciiAlnum(t[w.size()]) || static_cast<unsigned char>(t[w.size()]) >= 0x80)))
      return true;
  return false;
}

// A buy box's cut-off for the day's dispatch ("Order by 2pm for next-day
// delivery", "Commandez avant 14h, expédié aujourd'hui", "Bestellen Sie
// bis 14 Uhr, Versand noch heute"): a short line opening on the order's
// words, with the hour and a word of sending. Lower-case.
constexpr size_t kOrderCutoffMaxBytes = 96;
constexpr std::string_view kOrderCutoffOpeners[] = {
    "order by ", "order before ", "order within ", "order in the next ", "commandez avant ", "command\xC3\xA9 avant ",
    "bestellen sie bis ", "bestellen bis ", "bestellt bis ", "pide antes de ", "pedidos antes de ",
    "haz tu pedido antes de ", "ordina entro ", "ordina prima delle ", "bestel voor ", "besteld voor ",
    "zam\xC3\xB3w do ", "zam\xC3\xB3w przed ", "best\xC3\xA4ll f\xC3\xB6re ",
};
// ... or holding them after the promise ("Wysyłka dzisiaj, jeśli
// zamówisz do 14:00", "Same-day dispatch if you order by 3pm").
constexpr std::string_view kOrderCutoffMidCues[] = {
    "if you order by ", "if ordered by ", "if you order before ", "if ordered before ", "zam\xC3\xB3wisz do ",
    "zam\xC3\xB3wisz przed ", "si vous commandez avant ", "bei bestellung bis ", "wenn sie bis ", "wenn du bis ",
    "si pides antes de ", "si haces tu pedido antes de ", "se ordini entro ", "als je voor ", "als u voor ",
};
constexpr std::string_view kOrderCutoffPromiseOpeners[] = {"same-day", "same day", "next-day", "next day"};
constexpr std::string_view kOrderCutoffSendWords[] = {
    "delivery", "dispatch", "ships", "shipped", "shipping", "exp\xC3\xA9" "di", "livraison", "livr\xC3\xA9",
    "versand", "versendet", "lieferung", "geliefert", "env\xC3\xAD" "o", "enviado", "rec\xC3\xAD" "belo",
    "spedizione", "spedito", "verzonden", "bezorgd", "levering", "wysy\xC5\x82", "skickas", "leverans",
};

// Whether `t` holds an hour of the day: a clock time ("14:00", "14h30") or
// a count of one or two digits before "am", "pm", "h", "uhr" ("2pm", "14h",
// "14 Uhr"), as a whole word.
static bool HoldsHour(std::string_view t) {
  if (HasClockTime(t)) return true;
  // (And a countdown's hours: "Order in the next 3 hours", "within 3 hrs
  // 12 mins".)
  static constexpr std::string_view kHourMarks[] = {"am",    "pm",     "h",      "uhr",   "godz", "hours", "hrs",
                                                    "hr",    "stunden", "std",   "heures", "horas", "uur"};
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsAsciiDigit(t[i]) || (i > 0 && IsAsciiAlnum(t[i - 1]))) continue;
    size_t j = i;
    while (j < t.size() && IsAsciiDigit(t[j])) ++j;
    if (j - i > 2) { i = j; continue; }
    size_t k = j < t.size() && t[j] == ' ' ? j + 1 : j;
    for (std::string_view m : kHourMarks)
      if (StartsWithIgnoreCase(t.substr(k), m) &&
          (k + m.size() == t.size() || !IsAsciiAlpha(static_cast<unsigned char>(t[k + m.size()]))))
        return true;
    i = j;
  }
  return false;
}

bool IsStockOrDeliveryLine(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty()) return false;
  // (The cue after the promise only on a line that opens on its sending:
  // not a description's "Tell your customers 'if you order by 3pm, we
  // dispatch the same day'".)
  // (The openers first, cheapest; the hour's scan last.)
  if (t.size() <= kOrderCutoffMaxBytes &&
      (StartsWithAnyIgnoreCase(t, kOrderCutoffOpeners) ||
       ((StartsWithAnyIgnoreCase(t, kOrderCutoffSendWords) || StartsWithAnyIgnoreCase(t, kOrderCutoffPromiseOpeners)) &&
        ContainsAnyIgnoreCase(t, kOrderCutoffMidCues))) &&
      ContainsAnyIgnoreCase(t, kOrderCutoffSendWords) && HoldsHour(t))
    return true;
  if (t.size() <= kDeliveryPromiseMaxBytes && HasAsciiDigit(t) && HoldsDeliveryDay(t)) return true;
  // "12 en stock", "3 auf Lager": a count before the stock words, alone
  // (WooCommerce's stock line).
  if (t.size() <= kStockLineMaxBytes && IsAsciiDigit(static_cast<unsigned char>(t[0]))) {
    size_t i = 0;
    while (i < t.size() && IsAsciiDigit(static_cast<unsigned char>(t[i]))) ++i;
    std::string_view rest = Trim(t.substr(i));
    if (rest.ends_with('.')) rest.remove_suffix(1);
    if (i < t.size() && t[i] == ' ' &&
        (EqualsAnyIgnoreCase(rest, kStockOpeners) || EqualsAnyIgnoreCase(rest, kStockCountWords)))
      return true;
    // ("6 in stock at Swindon Groundwell": the store named after.)
    for (std::string_view o : kStockPlaceOpeners)
      if (StartsWithIgnoreCase(rest, o) && rest.size() > o.size() && rest[o.size()] == ' ' &&
          StartsWithWordOf(Trim(rest.substr(o.size())), kStockPlaceWords))
        return true;
  }
  // (A sentence is none: "Pick up in store and we fit the pedals for
  // free.", a story's "Click & Collect orders rose 41%, the retailer
  // said.")
  if (t.size() <= kPickupLineMaxBytes && t.back() != '.' && t.back() != '!' &&
      (StartsWithAnyIgnoreCase(t, kPickupOpeners) ||
       (StartsWithIgnoreCase(t, kPickupFrenchOpener) && FindIgnoreCase(t, kPickupFrenchStore) != std::string_view::npos)))
    return true;
  if (t.size() <= kStockLineMaxBytes)
    for (std::string_view o : kStockOpeners)
      if (StartsWithIgnoreCase(t, o)) {
        std::string_view rest = Trim(t.substr(o.size()));
        if (rest.starts_with("\xE2\x80\x93")) rest.remove_prefix(3);  // –
        else if (!rest.empty() && std::string_view(",:-").find(rest[0]) != std::string_view::npos) rest.remove_prefix(1);
        else if (!(o.size() < t.size() && t[o.size()] == ' ' && EqualsAnyIgnoreCase(o, kStockPlaceOpeners) &&
                   StartsWithWordOf(rest, kStockPlaceWords)))
          continue;
        // (Or a delivery day after the stock's words, "En stock en ligne,
        // livré chez vous dès jeudi": the promise of the buy box.)
        if (o.starts_with(kPolishStockStem) && !ContainsAnyIgnoreCase(rest, kPolishStockRestCues)) continue;
        if ((HasAsciiDigit(rest) || HoldsDeliveryDay(rest)) && rest.find(';') == std::string_view::npos) return true;
      }
  if (t.size() > kDeliveryPromiseMaxBytes) return false;
  size_t w = 0;
  while (w < t.size() && t[w] != ' ' && t[w] != ':' && t[w] != ',') ++w;
  return EqualsAnyIgnoreCase(t.substr(0, w), kDeliveryPromiseOpeners) &&
         (EndsOnCue(t, kWorkingDayCues) ||
          (t.size() <= kDeliveryWeeksMaxBytes && t.find(',') == std::string_view::npos && HasAsciiDigit(t) &&
           EndsOnCue(t, kDeliveryWeekCues)));
}

// A shop's loyalty offer under a product's price ("Earn 5 times the
// points on your Nectar card with this product", "Earn 120 reward points
// with this purchase", "Sammeln Sie 24 Punkte mit diesem Artikel"): the
// shop's terms, not the product's text. A line of at most
// kLoyaltyLineMaxBytes with a digit, an earning word and a points word,
// each a word of its own, and an offer's cue, any case.
constexpr size_t kLoyaltyLineMaxBytes = 100;
constexpr std::string_view kLoyaltyEarnWords[] = {"earn", "collect", "sammeln", "gagnez", "cumulez",
                                                  "accumula", "acumula", "spaar", "verdien",
                                                  // ("Získáte 330 bodů ...", "Suma 250 puntos con
                                                  // esta compra", "Klubbmedlemmar får 125
                                                  // bonuspoäng på köpet".)
                                                  "z\u00edsk\u00e1te", "suma", "f\u00e5r",
                                                  // (Polish: "Zbieraj punkty w programie ...: 190 pkt
                                                  // za ten zakup".)
                                                  "zbieraj", "otrzymasz",
                                                  // (French: "Ce produit vous rapporte 1,25 € ...".)
                                                  "rapporte", "cagnottez"};
// (And a grocer's stamps: "Spaar 2 Bloemkaart-zegels bij dit product",
// "Collect 2 stamps with this product".)
constexpr std::string_view kLoyaltyPointsWords[] = {"points", "point", "punkte", "punti", "puntos", "punten",
                                                    "pontos", "rewards", "bod\u016f", "punkty", "punkt\u00f3w", "pkt",
                                                    // (Not plain "poäng": a game's score, "får 2
                                                    // poäng på köpet", an idiom's "into the
                                                    // bargain".)
                                                    "bonuspo\u00e4ng"};
// A members' dividend, an amount back: "Members earn an estimated $23.90
// back on this item" (with a price only: "earn 20 minutes back with this
// gear" is a claim).
constexpr std::string_view kLoyaltyCashbackWords[] = {"back"};
// Or an amount put on the shop's card ("Cumulez 6,50 € sur votre carte
// Coffre Fidélité", with a price only), lower-case.
constexpr std::string_view kLoyaltyCardCues[] = {"sur votre carte", "on your card", "auf ihre karte",
                                                 "auf deine karte", "en tu tarjeta", "op je kaart"};
// ... the card a loyalty scheme's ("carte fidélité", not a gift card's
// "Cumulez jusqu'à 150 € sur votre carte cadeau"), lower-case.
constexpr std::string_view kLoyaltySchemeWords[] = {"fid\u00e9lit\u00e9", "loyalty", "treue", "fidelidad",
                                                    "fedelt\u00e0", "rewards"};
// (Stamps only with the purchase named: a game's "Collect 3 stamps with this
// card" is its rule.)
constexpr std::string_view kLoyaltyStampWords[] = {"stamps", "zegels", "stempels"};
constexpr std::string_view kLoyaltyPurchaseWords[] = {"product", "purchase", "order", "item", "aankoop",
                                                      "bestelling", "artikel"};

// What makes such a line the shop's offer, not a game's scoring rule
// ("Collect 3 rubies to earn 10 points") or a card review's earning rates
// ("Earn 5 points per $1 on dining"): the purchase or the scheme named,
// lower-case.
constexpr std::string_view kLoyaltyOfferCues[] = {
    "with this", "on this", "for this", "reward point", "rewards point", "bonus point", "loyalty",
    "points on your", "per item", "per purchase", "per order", "mit diesem", "mit dieser", "avec ce", "con este",
    "con esta", "con questo", "met dit", "bij dit", "bij deze", "do programu", "p\u00e5 k\u00f6pet",
    // ("Earn 18 Plus points when you buy this item"; not a game's "when
    // you buy the land".)
    "when you buy this",
    // (Polish: "za ten zakup", not "w programie", a course's "in the
    // programme"; an amount put on the shop's card, "Cumulez 6,50 € sur
    // votre carte fidélité".)
    "za ten zakup", "sur votre carte",
};

bool IsLoyaltyPointsLine(std::string_view line) {
  const std::string_view t = Trim(line);
  return !t.empty() && t.size() <= kLoyaltyLineMaxBytes && HasAsciiDigit(t) && HoldsWholeWord(t, kLoyaltyEarnWords) &&
         (HoldsWholeWord(t, kLoyaltyPointsWords) ||
          (HoldsWholeWord(t, kLoyaltyStampWords) && HoldsWholeWord(t, kLoyaltyPurchaseWords)) ||
          ((HoldsWholeWord(t, kLoyaltyCashbackWords) ||
            (ContainsAnyIgnoreCase(t, kLoyaltyCardCues) && ContainsAnyIgnoreCase(t, kLoyaltySchemeWords))) &&
           IsPriceText(t))) &&
         ContainsAnyIgnoreCase(t, kLoyaltyOfferCues);
}

// The names of a buy box's rows and a rating histogram's, drawn like a
// spec's name beside its value ("Delivery | Free next day", "Availability:
// In stock", "5 stars | 62%"): the offer's terms and the buyers' tally, not
// the product's specs. Lower-case, a closing colon passed.
constexpr std::string_view kBuyBoxRowNames[] = {
    "availability", "stock", "in stock", "delivery", "shipping", "dispatch", "returns", "return", "pickup",
    "click & collect", "click and collect", "collection", "product code", "sku", "item number", "seller",
    "sold by", "price", "verfügbarkeit", "lieferung", "versand", "disponibilité", "livraison",
    "disponibilidad", "envío", "disponibilità", "spedizione", "levering", "beschikbaarheid",
};

bool IsBuyBoxRowName(std::string_view name) {
  std::string_view t = Trim(name);
  if (!t.empty() && t.back() == ':') t = Trim(t.substr(0, t.size() - 1));
  if (EqualsAnyIgnoreCase(t, kBuyBoxRowNames)) return true;
  // "5 stars", "1 star": a histogram's bar.
  return !t.empty() && IsAsciiDigit(static_cast<unsigned char>(t[0])) &&
         (EndsWithIgnoreCase(t, " star") || EndsWithIgnoreCase(t, " stars"));
}

// A product page's seller line ("Sold and shipped by Walmart.com", "Ships
// from and sold by Acme Goods", "Verkauf und Versand durch Otto"): the
// offer's terms, as the buy box's are. A line of at most kSellerLineMaxBytes
// that opens on one of kSellerLineOpeners, whose next word is a name
// (capital first, not a measure: "Sold by the yard", "Sold by Half Metre
// lengths", "Vendu par 6 bouteilles" are the product's), and that is no
// sentence going on ("Sold by Faber in over 30 territories and ...": no
// " in " after the name, and a line that ends on a stop says at most
// kSellerSentenceMaxWords words after the opener).
constexpr size_t kSellerLineMaxBytes = 112;
constexpr std::string_view kSellerLineOpeners[] = {
    "sold and shipped by ", "sold & shipped by ", "ships from and sold by ", "shipped and sold by ",
    "sold by ", "fulfilled by ", "seller: ", "verkauf und versand durch ", "verkauf durch ",
    "verkauft von ", "vendu et exp\xC3\xA9" "di\xC3\xA9 par ", "vendu par ", "vendido y enviado por ",
    "vendido por ", "venduto e spedito da ", "venduto da ", "verkocht door ", "sprzedawca: ", "sat\xC4\xB1" "c\xC4\xB1" ": ",
};

constexpr std::string_view kSellerMeasureWords[] = {
    "half", "metre", "metres", "meter", "meters", "yard", "yards", "weight", "pair", "pairs", "pack", "packs",
    "box", "boxes", "unit", "units", "piece", "pieces", "kilo", "kilogram", "pound", "the", "each", "length"};
constexpr int kSellerSentenceMaxWords = 5;

bool IsSellerLine(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.size() > kSellerLineMaxBytes) return false;
  for (std::string_view o : kSellerLineOpeners)
    if (StartsWithIgnoreCase(t, o)) {
      const std::string_view rest = Trim(t.substr(o.size()));
      if (rest.empty()) return false;
      const unsigned char c = static_cast<unsigned char>(rest[0]);
      if (!((c >= 'A' && c <= 'Z') || c >= 0x80)) return false;
      const size_t sp = rest.find(' ');
      if (EqualsAnyIgnoreCase(rest.substr(0, sp), kSellerMeasureWords)) return false;
      if (rest.find(" in ") != std::string_view::npos) return false;
      if (rest.back() == '.' && std::count(rest.begin(), rest.end(), ' ') + 1 > kSellerSentenceMaxWords) return false;
      return true;
    }
  return false;
}

// A marketplace's count of the units sold under a product's name ("1.2k
// sold", "500+ bought in past month", Vietnamese "Đã bán 1,2k", Polish
// "1 288 osób kupiło ostatnio", Russian "Заказов: 12 тыс.", Chinese "已售
// 2万+"): the shop's tally, as its rating's count is. A line of at most
// kSoldCountMaxBytes that is a count and one of these cues, the cue
// before (kSoldCountOpeners) or after (kSoldCountClosers) it, and nothing
// else: the count is digits, their separators, "+" and a magnitude ("k",
// "тыс.", "万"). ("Over 2 million copies sold" says more than a count.)
constexpr size_t kSoldCountMaxBytes = 48;
constexpr std::string_view kSoldCountClosers[] = {
    "sold", "bought in past month", "bought in the past month", "verkauft", "vendus", "vendidos", "venduti",
    "verkocht", "sprzedanych", "sprzedano", "osób kupiło", "osób kupiło ostatnio", "satıldı", "adet satıldı",
    "купили", "продано", "件已售",
};
constexpr std::string_view kSoldCountOpeners[] = {"đã bán", "已售", "月销", "заказов", "продано"};
constexpr std::string_view kSoldCountMagnitudes[] = {"тыс.", "тыс", "万", "千", "k", "m"};

// Whether `s` is a count: digits with their separators (",", ".", a space
// or a no-break space), then an optional magnitude and "+".
static bool IsSoldCount(std::string_view s) {
  s = Trim(s);
  if (s.empty() || !IsAsciiDigit(static_cast<unsigned char>(s[0]))) return false;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (IsAsciiDigit(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == ' ') ++i;
    else if (s.compare(i, 2, "\xC2\xA0") == 0) i += 2;
    else break;
  }
  std::string_view rest = s.substr(i);
  for (std::string_view m : kSoldCountMagnitudes)
    if (StartsWithIgnoreCase(rest, m)) {
      rest.remove_prefix(m.size());
      break;
    }
  if (rest.starts_with('+')) rest.remove_prefix(1);
  return rest.empty();
}

bool IsSoldCountLine(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.size() > kSoldCountMaxBytes || !HasAsciiDigit(t)) return false;
  if (t.ends_with('.') && !t.ends_with("\xD1\x82\xD1\x8B\xD1\x81.")) t.remove_suffix(1);  // (not "тыс.")
  for (std::string_view cue : kSoldCountClosers)
    if (t.size() > cue.size() && StartsWithFolded(t.substr(t.size() - cue.size()), cue) &&
        t[t.size() - cue.size() - 1] == ' ' &&
        IsSoldCount(t.substr(0, t.size() - cue.size())))
      return true;
  for (std::string_view cue : kSoldCountOpeners)
    if (StartsWithFolded(t, cue)) {
      std::string_view rest = t.substr(cue.size());
      if (rest.starts_with(':')) rest.remove_prefix(1);
      if (IsSoldCount(rest)) return true;
    }
  return false;
}

// A fashion shop's note on its model's size ("Abeiku wears size LRG and is
// 6' / 183cm tall", "Model is 1,85 m and wears size M", "Das Model ist 1,85
// m groß und trägt Größe M", "La modella è alta 178 cm e indossa la taglia
// S"): a line of at most kModelNoteMaxBytes holding a cue of wearing a size
// (kModelNoteCues) and a digit (the height), and ending at most
// kModelNoteTailWords words after the cue, in the same sentence. The
// photo's, not the product's text. (Not a fit paragraph that goes on: "La
// modella ... indossa la taglia S. Lunghezza dal collo all'orlo: 74 cm".)
constexpr size_t kModelNoteMaxBytes = 140;
constexpr std::string_view kModelNoteCues[] = {
    "wears size", "wearing size", "wears a size", "wearing a size", "wears a us", "wears us size",
    "tr\xC3\xA4gt gr\xC3\xB6\xC3\x9F" "e", "tr\xC3\xA4gt die gr\xC3\xB6\xC3\x9F" "e", "porte la taille",
    "porte une taille", "indossa la taglia", "indossa una taglia", "lleva la talla",
    "lleva una talla", "usa la talla", "veste tamanho", "usa tamanho", "draagt maat", "nosi rozmiar",
    "b\xC3\xA4r storlek",
};

constexpr int kModelNoteTailWords = 7;

bool IsModelSizeNote(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.size() > kModelNoteMaxBytes || !HasAsciiDigit(t)) return false;
  // (Fit advice says more: "Runs small: our model ... wears size L here",
  // "... wears size M; size up for a looser fit".)
  if (t.find_first_of(":;") != std::string_view::npos || FindIgnoreCase(t, " but ") != std::string_view::npos)
    return false;
  for (std::string_view cue : kModelNoteCues) {
    const size_t at = FindIgnoreCase(t, cue);
    if (at == std::string_view::npos || (at > 0 && IsAsciiAlpha(static_cast<unsigned char>(t[at - 1])))) continue;
    std::string_view tail = Trim(t.substr(at + cue.size()));
    if (tail.ends_with('.')) tail.remove_suffix(1);
    if (tail.find(". ") != std::string_view::npos) return false;
    return tail.empty() || std::count(tail.begin(), tail.end(), ' ') + 1 <= kModelNoteTailWords;
  }
  return false;
}

bool IsCheckoutNoteLine(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty() || t.size() > kCheckoutNoteMaxBytes) return false;
  if (EqualsAnyIgnoreCase(t.ends_with('.') ? t.substr(0, t.size() - 1) : t, kTaxIncludedLines)) return true;
  return StartsWithAnyIgnoreCase(t, kCheckoutNoteOpeners) && ContainsAnyIgnoreCase(t, kCheckoutNoteCues);
}

// A shop's instalment offer under a product's price, the price cut into
// payments ("ou 3x de R$ 43,30 sem juros", "12x of R$ 9.90 interest-free",
// "or 4 interest-free payments of $12.25", "6 cuotas sin interés de
// $1.250"): the shop's terms of payment, not the product's text. A priced
// line of at most kInstallmentLineMaxBytes holding a count of payments
// ("3x", "12 x", "10×": one or two digits, a word of their own) or one of
// kInstallmentCues, any case.
constexpr size_t kInstallmentLineMaxBytes = 80;
constexpr std::string_view kInstallmentCues[] = {
    "interest-free", "interest free", "sem juros",      "sin interés",     "sin intereses", "sans frais",
    "senza interessi", "zinsfrei",    "payments of",    "installments of", "instalments of", "cuotas de",
    "parcelas de",
    // A finance offer beside the price ("Or spread the cost from
    // £18.74/month").
    "spread the cost",
    // Indian shops' equated monthly instalments ("No Cost EMI on
    // ₹358/month"), Polish "raty zero", Indonesian "cicilan 0%".
    "no cost emi", "emi from", "emi starts", "raty zero", "cicilan 0%",
    // The price paid by bank transfer, said under the price ("$ 26.099,10
    // con Transferencia o depósito bancario", "Havale / EFT ile 854,05
    // TL"), and the lowest price of the last 30 days that EU shops must
    // print beside a reduced one ("Najniższa cena z 30 dni przed
    // obniżką: 59,90 zł"): the shop's terms and its price history, as an
    // instalment offer is.
    "con transferencia", "por transferencia", "havale", "no pix", "via pix", "by bank transfer",
    "najniższa cena", "niedrigster preis", "laagste prijs", "prix le plus bas", "prezzo più basso",
    "precio más bajo", "lowest price in the last 30 days", "lowest price in 30 days",
    // The same in Czech, and German shops' instalment offer ("Ratenkauf
    // ab 12,58 € monatlich").
    "nejnižší cena", "ratenkauf ab",
    // A German shop's financing offer beside the price ("Finanzierung ab
    // 10,00 € mtl.").
    "finanzierung ab",
    // A Czech shop's ("Na splátky od 1 375 Kč měsíčně").
    "na spl\u00e1tky od",
};

// The count of one or two digits that opens a word at `i` of `t` ("3" of
// "3x", "in 4 payments"), its end in *end; -1 when none opens there.
static int SmallCountAt(std::string_view t, size_t i, size_t* end) {
  if (!IsAsciiDigit(static_cast<unsigned char>(t[i])) || (i > 0 && IsAsciiAlnum(static_cast<unsigned char>(t[i - 1]))))
    return -1;
  size_t j = i;
  int n = 0;
  while (j < t.size() && j - i < 3 && IsAsciiDigit(static_cast<unsigned char>(t[j]))) n = n * 10 + (t[j++] - '0');
  if (j - i > 2) return -1;
  *end = j;
  return n;
}

// What follows a count of payments ("3x" ...) in an instalment offer: a
// small word ("de", "of"), a currency ("R$ 43,30", "$12.25", "€") or an
// amount with its cents ("29,90"); not a pack's measure or item ("2 x
// 500 ml", "6 x 330ml cans", "2 x AA batteries, $9.99").
static bool OpensInstalment(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i == rest.size()) return true;
  const auto at = [&](size_t k) { return static_cast<unsigned char>(rest[k]); };
  if (IsAsciiDigit(at(i))) {
    size_t e = i;
    while (e < rest.size() && (IsAsciiDigit(at(e)) || rest[e] == '.' || rest[e] == ',')) ++e;
    return e - i >= 4 && (rest[e - 3] == '.' || rest[e - 3] == ',') && IsAsciiDigit(at(e - 2)) &&
           IsAsciiDigit(at(e - 1));
  }
  size_t e = i;
  while (e < rest.size() && IsAsciiAlpha(at(e))) ++e;
  if (e == i) return true;  // a currency's sign
  if (e < rest.size() && rest[e] == '$') return true;  // "R$", "US$"
  return e - i <= 3 && at(i) >= 'a' && at(i) <= 'z';  // "de", "of", "em"
}

// The nouns of a price split into payments after their count ("in 3
// Raten", "in 3 termijnen", "4 платежа", "en 3 fois"), in shops'
// languages, lower-case (ASCII folding: Cyrillic as printed).
constexpr std::string_view kInstalmentNouns[] = {
    "installments", "instalments", "payments", "raten", "termijnen", "fois", "rate", "ratach", "raty",
    "cuotas", "plazos", "pagos", "parcelas", "mensualit\u00e9s", "spl\u00e1tky", "spl\u00e1tek", "delbetalningar", "afdrag", "erille", "taksit",
    "\u043f\u043b\u0430\u0442\u0435\u0436\u0430", "\u043f\u043b\u0430\u0442\u0435\u0436\u0435\u0439"};
constexpr size_t kInstalmentCountLineMaxBytes = 80;
// The same count spelt out ("in drie termijnen", "en trois fois", "in three
// payments"): two to four, six and twelve in those languages, lower-case.
constexpr std::string_view kSpeltInstalmentCounts[] = {
    "two", "three", "four", "six", "twelve", "zwei", "drei", "vier", "sechs", "deux", "trois", "quatre", "dos",
    "tres", "cuatro", "seis", "due", "tre", "quattro", "sei", "duas", "tr\u00eas", "quatro", "twee", "drie",
    "zes", "dwie", "trzy", "cztery", "tv\u00e5", "fyra",
};

// What a line with a spelt count must also hold to offer payments (not
// "Deux fois plus épais", "all three installments" of a book series): a
// pay-later provider or the terms' words, lower-case (ASCII folding).
constexpr std::string_view kSpeltInstalmentCues[] = {
    "klarna", "afterpay", "alma", "paypal", "scalapay", "affirm", "sezzle", "oney", "aplazame", "sequra",
    "riverty", "ratepay", "interest-free", "interest free", "sans frais", "sin intereses", "sin inter\xC3\xA9s",
    "senza interessi", "zinsfrei", "sem juros", "zonder rente", "0%", "0 %",
};

// The end of the spelt count (kSpeltInstalmentCounts) that opens a word at
// `i` of `t`, or 0.
static size_t SpeltCountEndAt(std::string_view t, size_t i) {
  if (i > 0 && IsAsciiAlnum(static_cast<unsigned char>(t[i - 1]))) return 0;
  for (std::string_view w : kSpeltInstalmentCounts)
    if (t.size() - i > w.size() && t[i + w.size()] == ' ' && EqualsIgnoreCase(t.substr(i, w.size()), w))
      return i + w.size();
  return 0;
}

// The words before such a count marked "x" ("en 3x", "in 3x", "em 3x",
// "3x ou 4x", "em até 10x", "hasta 12x"), lower-case.
constexpr std::string_view kInstalmentCountLeads[] = {"en", "in", "em", "ou", "or", "o", "oder", "of", "at\xC3\xA9",
                                                      "hasta"};
// ... and the words for paying or a lender it must hold, lower-case.
// (Whole words: "oney" in "honey", "alma" in "almacenamiento" are none.)
constexpr std::string_view kInstalmentPayCues[] = {
    "payez", "paiement", "pay", "zahlen", "zahlung", "paga", "pague", "betaal", "p\xC5\x82" "a\xC4\x87",
    "klarna", "oney", "alma", "paypal", "scalapay", "afterpay", "sequra", "aplazame", "cofidis", "floa",
    // ... or the card it is paid with ("3x sans frais par carte bancaire",
    // "em até 10x sem juros no cartão").
    "carte bancaire", "tarjeta", "cart\xC3\xA3o", "cartao"};

// Whether `head` ends on a whole word of `words` and a space.
template <size_t N>
static bool EndsWithWordOf(std::string_view head, const std::string_view (&words)[N]) {
  if (!head.ends_with(' ')) return false;
  head.remove_suffix(1);
  for (std::string_view w : words)
    if (EndsWithIgnoreCase(head, w) &&
        (head.size() == w.size() || !IsAsciiAlnum(static_cast<unsigned char>(head[head.size() - w.size() - 1]))))
      return true;
  return false;
}

bool IsInstalmentCountLine(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.size() > kInstalmentCountLineMaxBytes) return false;
  // A count of 2 to 48 payments, alone as a word (in digits or spelt), then
  // the noun.
  const bool digits = HasAsciiDigit(t);
  const bool spelt = ContainsAnyIgnoreCase(t, kSpeltInstalmentCues);
  for (size_t i = 0; i < t.size(); ++i) {
    size_t j = 0;
    const int n = digits ? SmallCountAt(t, i, &j) : -1;
    if (n < 0 && IsAsciiAlpha(static_cast<unsigned char>(t[i])))
      j = spelt ? SpeltCountEndAt(t, i) : 0;
    else if (n < 2 || n > 48) j = 0;
    // (A count marked "x" is one too, opening the line or after "in" or
    // "or", with a word for paying or a lender: "Payez en 3x ou 4x sans
    // frais", "3x 4x sans frais avec Oney"; not "Lot en 2x 260 ml, 100 %
    // sans BPA", a magnifier's "2x oder 4x Vergrößerung".)
    if (n >= 2 && j < t.size() && (t[j] == 'x' || t[j] == 'X') &&
        (j + 1 == t.size() || !IsAsciiAlnum(static_cast<unsigned char>(t[j + 1]))) &&
        (i == 0 || EndsWithWordOf(t.substr(0, i), kInstalmentCountLeads)) && HoldsWholeWord(t, kInstalmentPayCues) &&
        (i > 0 || ContainsAnyIgnoreCase(t, kInstallmentCues)))
      return true;
    if (j == 0 || j >= t.size() || t[j] != ' ') continue;
    size_t e = j + 1;
    while (e < t.size() && t[e] != ' ' && t[e] != ',' && t[e] != '.' && t[e] != ':') ++e;
    if (EqualsAnyIgnoreCase(t.substr(j + 1, e - j - 1), kInstalmentNouns)) return true;
    i = j;
  }
  return false;
}

// The openers of a monthly price offered beside the product's price ("Or
// $91.67/mo. for 12 months with a store card", "As low as $51/mo with
// Affirm"): an alternative to the price, not a plan's own price ("$29/mo
// billed yearly" opens on its amount). The looser openers ("Starting at
// $63/mo with Affirm") count only beside a lender's name.
constexpr std::string_view kMonthlyOfferOpeners[] = {"or ", "as low as ", "from just ", "ou "};
constexpr std::string_view kMonthlyOfferLooseOpeners[] = {"starting at ", "from "};

// What makes such a monthly price a loan rather than a plan, a rental or a
// membership ("From just $25/mo with AutoPay", "Or $4.99/mo if you prefer
// to pay monthly", "Or $9.99/mo, cancel anytime. Billed to your credit
// card" are prices of their own): a lender or a card it is paid "with"
// ("with Affirm", "with a Tech Harbor Credit Card"), an APR, or a term
// "for" a count of months ("for 12 months"; not "for the first 6
// months", an introductory price). Lower-case.
constexpr std::string_view kMonthlyLenders[] = {"affirm", "klarna", "afterpay", "sezzle", "paypal credit",
                                                "bread pay", "synchrony", "apple card", "katapult", "citi pay",
                                                "financing", "credit card", "store card"};
constexpr size_t kLenderAfterWithMaxBytes = 40;  // "with" to the lender's name at most

// Whether `t` holds an amount per month: digits, then "/mo" (a space
// between allowed: "$51/mo", "$91.67 /mo.", "$18/month"), the mark not
// opening a longer word; with `spelt`, also " per month" or " a month".
static bool HasMonthlyAmount(std::string_view t, bool spelt) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsAsciiDigit(static_cast<unsigned char>(t[i]))) continue;
    size_t j = i;
    while (j < t.size() && IsAsciiDigit(static_cast<unsigned char>(t[j]))) ++j;
    i = j;
    std::string_view rest = t.substr(j);
    if (rest.starts_with(" ")) rest.remove_prefix(1);
    if (rest.starts_with("/mo")) {
      rest.remove_prefix(3);
      if (rest.starts_with("nth")) rest.remove_prefix(3);
      if (rest.empty() || !IsAsciiAlpha(static_cast<unsigned char>(rest[0]))) return true;
    } else if (spelt && (StartsWithIgnoreCase(rest, "per month") || StartsWithIgnoreCase(rest, "a month"))) {
      return true;
    }
  }
  return false;
}

// Whether `t` names a term of months "for" or "over" a count ("for 12
// months", "for 24 mo.", "over 36 months").
static bool HasMonthsTerm(std::string_view t) {
  for (size_t i = t.find(' '); i != std::string_view::npos; i = t.find(' ', i + 1)) {
    std::string_view rest = t.substr(i + 1);
    if (StartsWithIgnoreCase(rest, "for ")) rest.remove_prefix(4);
    else if (StartsWithIgnoreCase(rest, "over ")) rest.remove_prefix(5);
    else continue;
    size_t d = 0;
    while (d < rest.size() && IsAsciiDigit(static_cast<unsigned char>(rest[d]))) ++d;
    if (d == 0) continue;
    rest = rest.substr(d);
    if (rest.starts_with(" ")) rest.remove_prefix(1);
    if (StartsWithIgnoreCase(rest, "month") || StartsWithIgnoreCase(rest, "mo.") || StartsWithIgnoreCase(rest, "mos"))
      return true;
  }
  return false;
}

// Whether `t` names a lender of kMonthlyLenders, as a word, after "with"
// (within kLenderAfterWithMaxBytes), or an APR ("0% APR", not "April").
static bool HasLender(std::string_view t) {
  const auto word_at = [&](size_t i, size_t n) {
    return (i == 0 || !IsAsciiAlpha(static_cast<unsigned char>(t[i - 1]))) &&
           (i + n == t.size() || !IsAsciiAlpha(static_cast<unsigned char>(t[i + n])));
  };
  for (size_t i = FindIgnoreCase(t, "apr"); i != std::string_view::npos; i = FindIgnoreCase(t, "apr", i + 1))
    if (word_at(i, 3)) return true;
  for (size_t w = FindIgnoreCase(t, "with"); w != std::string_view::npos; w = FindIgnoreCase(t, "with", w + 1)) {
    if (!word_at(w, 4)) continue;
    const std::string_view after = t.substr(w + 4, kLenderAfterWithMaxBytes);
    for (std::string_view cue : kMonthlyLenders)
      for (size_t i = FindIgnoreCase(after, cue); i != std::string_view::npos; i = FindIgnoreCase(after, cue, i + 1))
        if (word_at(w + 4 + i, cue.size())) return true;
  }
  return false;
}

// IsMultiBuyLine's cues: the English offer, and Magento's tier-price line
// in its shipped languages ("Buy 3 for $12.00 each and save 10%", "Kaufen
// Sie 3 für 12,00 € pro Stück und sparen Sie 10%", "Achetez 3 pour 12,00 €
// chacun et économisez 10%", "Compre 3 por 12,00 € cada uno y ahorre
// 10%", "Koop 3 voor € 12,00 per stuk en bespaar 10%", "Acquista 3 a
// 12,00 € cadauno e risparmia il 10%").
// (The per-unit word with the saving: "und sparen Sie 50 % Wasser" alone
// is the product's claim.)
constexpr std::string_view kMultiBuyCues[] = {
    "each and save", "pro st\xC3\xBC" "ck und sparen sie", "chacun et \xC3\xA9" "conomisez", "cada uno y ahorre",
    "per stuk en bespaar", "cadauno e risparmia",
};
// "... when you buy any 12 bottles", "... when you buy 2 or more": the
// English offer, with a count after it. (Not a tip, "Save $20 when you buy
// the pair".)
constexpr std::string_view kMultiBuyCountCue = "when you buy";
// A case's price with its unit's, or a case sold beside the unit, in the
// shops' languages, lower-case (with a digit and a price).
// (The unit's price in brackets: "At $18 per bottle, this is the best
// value" is a tasting note's.)
constexpr std::string_view kPerUnitCues[] = {
    "per bottle)", "/bottle)", "a bottle)", "je flasche)", "pro flasche)", "par bouteille)", "la bouteille)",
    "por botella)", "per fles)", "per flaska)", "s\xC3\xA4ljs \xC3\xA4ven per kartong", "per case)"};
// "Any 3 cheeses for £30".
constexpr std::string_view kAnyCountOpener = "any ";
// A share off for a count or more, with no price ("Mix 6 or more bottles
// and save 10%"): its cue and its word for saving, lower-case; a short
// line only.
constexpr size_t kMultiBuyUnpricedMaxBytes = 64;
constexpr std::string_view kMultiBuyMoreCues[] = {" or more ", " oder mehr ", " ou plus ", " o m\xC3\xA1s "};
constexpr std::string_view kMultiBuySaveWords[] = {"save", "sparen", "spare", "\xC3\xA9" "conomisez", "ahorra", "ahorre"};
// ... opening on a word for buying ("Mix 6 or more ...": not a
// thermostat's "Raumtemperatur um 1 °C oder mehr senken und 6 % sparen").
constexpr std::string_view kMultiBuyVerbs[] = {"mix", "buy", "order", "kaufen", "kaufe", "bestellen", "achetez",
                                               "compra", "koop"};

bool IsMultiBuyLine(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty() || t.size() > kMultiBuyLineMaxBytes) return false;
  // A count of any of a range for one price ("Any 3 cheeses for £30") or
  // for a smaller count ("Any 3 for 2 on selected toys").
  const bool any_count = StartsWithIgnoreCase(t, kAnyCountOpener) && t.size() > kAnyCountOpener.size() &&
                         IsAsciiDigit(static_cast<unsigned char>(t[kAnyCountOpener.size()]));
  size_t for_at = any_count ? FindIgnoreCase(t, " for ") : std::string_view::npos;
  // (The count and the range's noun before "for", one word at most: "Any
  // 3 cheeses for £30", not "Any 2 to 4 players for 45 minutes".)
  if (for_at != std::string_view::npos &&
      std::count(t.begin() + kAnyCountOpener.size(), t.begin() + for_at, ' ') > 1)
    for_at = std::string_view::npos;
  // (With no price: "Mix 6 or more bottles and save 10%", a count and
  // more of it for a share off.)
  if (!IsPriceText(t))
    return t.size() <= kMultiBuyUnpricedMaxBytes && HasAsciiDigit(t) &&
           ((t.find('%') != std::string_view::npos && ContainsAnyIgnoreCase(t, kMultiBuyMoreCues) &&
             HoldsWholeWord(t, kMultiBuySaveWords) && StartsWithWordOf(t, kMultiBuyVerbs)) ||
            (for_at != std::string_view::npos && for_at + 5 < t.size() &&
             IsAsciiDigit(static_cast<unsigned char>(t[for_at + 5]))));
  if (ContainsAnyIgnoreCase(t, kMultiBuyCues)) return true;
  // A case's price with the bottle's in it ("Case of 12: $593.89 ($49.49
  // per bottle)", "6 Flaschen für 188,46 € (31,41 € je Flasche)") or a
  // case sold beside the bottle ("Säljs även per kartong om 6 flaskor: 1
  // 314 kr").
  if (HasAsciiDigit(t) && ContainsAnyIgnoreCase(t, kPerUnitCues)) return true;
  if (for_at != std::string_view::npos) return true;
  const size_t at = FindIgnoreCase(t, kMultiBuyCountCue);
  return at != std::string_view::npos && HasAsciiDigit(t.substr(at + kMultiBuyCountCue.size()));
}

bool IsInstallmentLine(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty() || t.size() > kInstallmentLineMaxBytes || !IsPriceText(t)) return false;
  if (ContainsAnyIgnoreCase(t, kInstallmentCues)) return true;
  if (StartsWithAnyIgnoreCase(t, kMonthlyOfferOpeners) && HasMonthlyAmount(t, false) &&
      (HasMonthsTerm(t) || HasLender(t)))
    return true;
  if ((StartsWithAnyIgnoreCase(t, kMonthlyOfferOpeners) || StartsWithAnyIgnoreCase(t, kMonthlyOfferLooseOpeners)) &&
      HasLender(t) && HasMonthlyAmount(t, true))
    return true;
  for (size_t i = 0; i < t.size(); ++i) {
    size_t j = 0;
    if (SmallCountAt(t, i, &j) < 0) continue;
    if (j < t.size() && t[j] == ' ') ++j;
    size_t k = j;
    if (k < t.size() && (t[k] == 'x' || t[k] == 'X')) ++k;
    else if (t.compare(k, 2, "\xC3\x97") == 0) k += 2;  // ×
    if (k != j && (k == t.size() || !IsAsciiAlnum(static_cast<unsigned char>(t[k]))) && OpensInstalment(t.substr(k)))
      return true;
  }
  return false;
}

// The words of a site's account pages in a link's address, signing up
// first, then logging in ("/register/", "ucp.php?mode=register",
// "/user/signup", "index.php?login/", "/account/sign-in"): a word of the
// address between marks that are no letter or digit. (The first
// kAccountHrefReadBytes of the address, lower-cased.)
constexpr size_t kAccountHrefReadBytes = 160;
constexpr std::string_view kSignUpHrefWords[] = {"register", "registration",   "signup",
                                                 "sign-up",  "sign_up",        "create-account",
                                                 "createaccount"};
constexpr std::string_view kLogInHrefWords[] = {"login", "log-in", "signin", "sign-in", "sign_in", "logon"};
// Words that sign up only as a whole part of the path or query, no word
// of a phrase joined by '-' or '_' beside them ("/join", "/join/",
// "join.php", "?action=join"): "/join-us", "/join-our-team",
// "/events/join-webinar" are a careers page, an invitation, a meeting.
constexpr std::string_view kSignUpHrefSegments[] = {"join"};
// Words of an address under which no page is a site account's: a
// careers section ("/careers/join", "/jobs/register-interest").
constexpr std::string_view kNoAccountHrefWords[] = {"careers", "career", "jobs", "vacancies", "recruitment"};

AccountHref ClassifyAccountHref(std::string_view href) {
  char buf[kAccountHrefReadBytes];
  const size_t n = std::min(href.size(), sizeof(buf));
  for (size_t i = 0; i < n; ++i) buf[i] = ToLowerAscii(href[i]);
  const std::string_view low(buf, n);
  // (`segment`: neither '-' nor '_' beside the word either.)
  auto holds = [low](std::span<const std::string_view> words, bool segment = false) {
    auto apart = [segment](char c) {
      return !IsAsciiAlnum(static_cast<unsigned char>(c)) && !(segment && (c == '-' || c == '_'));
    };
    for (std::string_view w : words)
      for (size_t at = low.find(w); at != std::string_view::npos; at = low.find(w, at + 1)) {
        const size_t end = at + w.size();
        if ((at == 0 || apart(low[at - 1])) && (end == low.size() || apart(low[end]))) return true;
      }
    return false;
  };
  AccountHref kind = AccountHref::kNone;
  if (holds(kSignUpHrefWords) || holds(kSignUpHrefSegments, /*segment=*/true)) kind = AccountHref::kSignUp;
  else if (holds(kLogInHrefWords)) kind = AccountHref::kLogIn;
  // (The careers words asked last: most addresses hold no account word.)
  if (kind != AccountHref::kNone && holds(kNoAccountHrefWords)) return AccountHref::kNone;
  return kind;
}

bool IsShippingPriceLine(std::string_view line) {
  const std::string_view t = Trim(line);
  return !t.empty() && t.size() <= kShippingPriceLineMaxBytes &&
         (ContainsAnyIgnoreCase(t, kShippingCues) || HoldsWordStartFolded(t, kShippingWordCues)) && IsPriceText(t);
}

// IsSignUpBoxText's words beyond IsPromoLine's, lower-case (the text is
// lowered in ASCII only: "Boletín" reads "boletín").
constexpr std::string_view kSignUpBoxCues[] = {
    // es, pt
    "bolet\xC3\xADn", "suscr\xC3\xAD" "bete", "suscribirte", "en tu correo", "en tu bandeja",
    "no seu e-mail", "no seu email",
    // fr
    "abonnez-vous", "dans votre bo\xC3\xAEte", "lettre d'information", "infolettre",
    // it
    "nella tua casella", "nella tua email",
    // de
    "abonnieren", "ins postfach", "in ihr postfach", "in dein postfach",
    // nl
    "abonneer", "in je inbox", "in je mailbox", "nieuwsbrief",
    // pl
    "subskrybuj", "na tw\xC3\xB3j e-mail", "na twoj\xC4\x85 skrzynk\xC4\x99"};

// The words of a job board's alert box between its cards, around an e-mail
// field, promising new offers ("Create a job alert", "Sie können den
// Job-Agenten jederzeit löschen", "En créant une alerte emploi", "...
// wyślemy Ci na e-mail", "Maak een vacature-alert aan"), lower-case. (Not
// the button's words alone, "Włącz powiadomienia": the form would be the
// box, its intro left.)
constexpr std::string_view kJobAlertBoxCues[] = {
    "job alert", "job-alert", "jobalert", "jobagent", "job-agent", "alerte emploi", "alertes emploi",
    "alerta de empleo", "alertas de empleo", "vacature-alert", "vacaturealert", "wy\xC5\x9B" "lemy ci na e-mail",
    "nowe oferty pracy", "powiadomienia o ofertach", "jobbevakning"};

// `text` lowered in ASCII into `buf`, when it fits (400 bytes at most).
static bool LowerInto(std::string_view text, char (&buf)[400], std::string_view* low) {
  if (text.size() > sizeof buf) return false;
  for (size_t i = 0; i < text.size(); ++i) buf[i] = ToLowerAscii(text[i]);
  *low = std::string_view(buf, text.size());
  return true;
}

bool IsSignUpBoxText(std::string_view text) {
  char buf[400];
  std::string_view low;
  return LowerInto(text, buf, &low) &&
         (ContainsAny(low, kPromoCues) || ContainsAny(low, kSignUpBoxCues) || ContainsAny(low, kJobAlertBoxCues));
}

bool IsJobAlertBoxText(std::string_view text) {
  char buf[400];
  std::string_view low;
  return LowerInto(text, buf, &low) && ContainsAny(low, kJobAlertBoxCues);
}

bool IsPromoLine(std::string_view line, bool offers) {
  char buf[400];
  std::string_view low;
  return LowerInto(line, buf, &low) && (ContainsAny(low, kPromoCues) || (offers && ContainsAny(low, kOfferCues)));
}

// A site's invitation to its messaging channel (IsChannelInviteLine):
// the apps, the channel's words and the verbs of joining or following,
// lower-case, in the languages of the news sites that print it.
constexpr std::string_view kMessagingApps[] = {"whatsapp", "telegram"};
constexpr std::string_view kChannelWords[] = {"channel", "canal", "saluran", "kanal", "grupo", "group",
                                              "comunidade", "comunidad", "gruppo", "gruppe", "grup",
                                              "\xD0\xBA\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB"};  // канал
// (The invitation opens on the verb, an imperative: "Join our channel",
// "Siga o canal", "Únete a nuestro canal"; a story's sentence about a
// channel seldom does. After an emoji or a symbol, "📲 Participe ...".
// Not the imperatives that open a sentence as often: "Entre os grupos",
// "Sigue la polémica", "Folgen der ...", "tritt ... auf".)
constexpr std::string_view kJoinVerbs[] = {
    "join", "follow", "subscribe", "participe", "siga", "sigam", "inscreva-se", "\xC3\xBAnete", "\xC3\x9Anete",
    "unete", "s\xC3\xADguenos", "S\xC3\xADguenos", "siguenos", "seguici", "iscriviti", "unisciti", "rejoignez",
    "rejoins", "suivez", "abonniere", "abonnieren", "folge", "simak", "gabung", "gabunglah", "ikuti",
    "katılın", "dołącz", "obserwuj",
    // Russian and Ukrainian, capitalised too (the line is lowered in ASCII
    // only): "Подписывайтесь", "Присоединяйтесь", "Підписуйтесь".
    "подписывайтесь", "Подписывайтесь", "присоединяйтесь", "Присоединяйтесь", "підписуйтесь", "Підписуйтесь"};
// A news aggregator's app a site asks to be followed on, named whole: no
// channel's word is needed ("Ikuti kami di Google News", "Síguenos en
// Google Noticias", "Follow us on Google News"). Lower case: compared
// ignoring case. The ask opens on the verb with its "us"
// (kFollowUsLeads): "Follow the Google News policies" is advice.
constexpr std::string_view kNewsFollowApps[] = {"google news", "google noticias", "google notícias",
                                                "google actualit", "google nachrichten"};
constexpr std::string_view kFollowUsLeads[] = {
    "follow us ", "ikuti kami ", "s\xC3\xADguenos ", "siguenos ", "suivez-nous ", "folgen sie uns ", "folge uns ",
    "seguici ", "siga-nos ", "sigam-nos ", "volg ons ", "obserwuj nas ", "sledujte n\xC3\xA1s ",
};
// A follow line's size at most, in bytes.
constexpr size_t kNewsFollowMaxBytes = 160;
// The longest of kJoinVerbs, in bytes.
constexpr size_t kJoinVerbMaxBytes = 32;
static_assert(std::ranges::all_of(kJoinVerbs, [](std::string_view v) { return v.size() <= kJoinVerbMaxBytes; }));

bool IsChannelInviteLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > kChannelInviteMaxBytes) return false;
  // Past the emoji and the symbols before the first word (four-byte
  // sequences, the U+2xxx symbols) and any ASCII mark.
  size_t i = 0;
  while (i < line.size()) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0xF0) i += 4;
    else if (c == 0xE2) i += 3;
    else if (c == 0xEF && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xB8) i += 3;  // variation selector
    else if (c < 0x80 && !IsAsciiAlnum(line[i])) ++i;
    else break;
  }
  if (i >= line.size()) return false;
  const std::string_view rest = line.substr(i);
  if (rest.size() <= kNewsFollowMaxBytes)
    for (std::string_view lead : kFollowUsLeads)
      if (StartsWithIgnoreCase(rest, lead)) {
        if (ContainsAnyIgnoreCase(rest, kNewsFollowApps)) return true;
        break;
      }
  // (The verb first: most lines open on another word, and are not read on.)
  return OpensOnJoinVerb(rest) && ContainsAnyIgnoreCase(rest, kMessagingApps) &&
         ContainsAnyIgnoreCase(rest, kChannelWords);
}

// The addresses of a messaging app's channel or group (a link to one, from
// a site's invitation to it): Telegram's, WhatsApp's channels and groups.
constexpr std::string_view kMessagingChannelUrls[] = {"t.me/", "telegram.me/", "whatsapp.com/channel/",
                                                      "chat.whatsapp.com/", "wa.me/"};

bool IsMessagingChannelUrl(std::string_view href) {
  for (std::string_view u : kMessagingChannelUrls) {
    const size_t at = FindIgnoreCase(href, u);
    // (At the host's start: "//t.me/", "www.whatsapp.com/channel/", not
    // "chat.me/" inside another host's name.)
    if (at != std::string_view::npos && (at == 0 || href[at - 1] == '/' || href[at - 1] == '.')) return true;
  }
  return false;
}

bool OpensOnJoinVerb(std::string_view text) {
  // The first word, lower-cased: letters, digits and '-'.
  text = Trim(text);
  char word[kJoinVerbMaxBytes];
  size_t n = 0;
  for (; n < text.size() && (text[n] == '-' || IsAsciiAlnum(static_cast<unsigned char>(text[n])) ||
                             static_cast<unsigned char>(text[n]) >= 0x80);
       ++n) {
    if (n == kJoinVerbMaxBytes) return false;
    word[n] = ToLowerAscii(text[n]);
  }
  return n > 0 && EqualsAny(std::string_view(word, n), kJoinVerbs);
}

// The questions a news site's tip line opens on ("Got a story? Email us
// at ...", "Masz temat? Napisz do nas"), in the languages of its readers
// (IsTipPromptLine), compared ignoring ASCII case.
constexpr std::string_view kTipPromptOpenings[] = {
    "got a story?", "got a tip?", "got a news tip?", "have a news tip?", "have a story tip?", "have a tip?",
    "do you have a news tip", "do you have a story", "haben sie einen hinweis", "sie haben einen hinweis",
    "vous avez une info", "\xC2\xBFtienes una noticia", "\xC2\xBFtiene una noticia", "hai una notizia",
    "hai una segnalazione", "tem uma not\xC3\xAD" "cia", "heb je een tip", "heb jij een tip", "hebt u een tip",
    "heeft u een tip", "masz temat?",
    "masz news?", "\xD0\x95\xD1\x81\xD1\x82\xD1\x8C \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C?",  // Есть новость?
};
// A tip line's prompt at most: a sentence or two.
constexpr size_t kTipPromptMaxBytes = 240;
// How a tip line says to send the tip, one of which its prompt names
// (besides an address's "@" or a link): "Got a tip? Here is how servers
// report theirs to the IRS" is a story's sentence.
// (Whole words, any case: "technically" holds no "call".)
constexpr std::string_view kTipContactCues[] = {
    "email", "e-mail", "mail", "whatsapp", "telegram", "contact", "write to", "send", "reach", "call",
    "napisz", "zadzwo\xC5\x84", "schreiben", "kontakt", "\xC3\xA9" "crivez", "contactez", "escr\xC3\xAD" "benos",
    "escribe", "scrivi", "envie", "escreva", "stuur", "\xD0\xBF\xD0\xB8\xD1\x88\xD0\xB8\xD1\x82\xD0\xB5",  // пишите
};

// Whether one of kTipContactCues stands in `line` as a word of its own.
static bool HoldsTipContactCue(std::string_view line) {
  for (std::string_view cue : kTipContactCues)
    for (size_t at = FindIgnoreCase(line, cue); at != std::string_view::npos; at = FindIgnoreCase(line, cue, at + 1)) {
      const bool open = at == 0 || !IsAsciiAlpha(static_cast<unsigned char>(line[at - 1]));
      const size_t end = at + cue.size();
      const bool close = end >= line.size() || !IsAsciiAlpha(static_cast<unsigned char>(line[end]));
      if (open && close) return true;
    }
  return false;
}

// Which bytes open one of `list`'s phrases, an ASCII letter in either case
// (the phrases are lower case): a line whose first byte opens none is
// compared with none of them.
template <size_t N>
constexpr std::array<bool, 256> FirstBytesOf(const std::string_view (&list)[N]) {
  std::array<bool, 256> t{};
  for (std::string_view w : list) {
    const unsigned char c0 = static_cast<unsigned char>(w[0]);
    t[c0] = true;
    if (c0 >= 'a' && c0 <= 'z') t[c0 - 'a' + 'A'] = true;
  }
  return t;
}

bool IsTipPromptLine(std::string_view line, bool linked) {
  line = Trim(line);
  if (line.empty() || line.size() > kTipPromptMaxBytes) return false;
  // (Most lines start with no opening's letter: one look at the first byte.
  // Then each prompt asks its question: a line with no question mark is
  // none.)
  static constexpr auto kFirst = FirstBytesOf(kTipPromptOpenings);
  if (!kFirst[static_cast<unsigned char>(line[0])] || line.find('?') == std::string_view::npos) return false;
  bool opens = false;
  // (A whole word: "Do you have a story" is not "... a storyboard".)
  for (std::string_view o : kTipPromptOpenings)
    opens = opens || (StartsWithIgnoreCase(line, o) &&
                      (line.size() == o.size() || !IsAsciiAlpha(static_cast<unsigned char>(line[o.size()]))));
  return opens && (linked || line.find('@') != std::string_view::npos || HoldsTipContactCue(line));
}

// Cues of a shop's banner offer, lower-case.
constexpr std::string_view kStoreOfferCues[] = {
    "free shipping", "free delivery", "free returns", "orders over", "% off", "use code", "promo code",
    "discount code", "coupon code",
    // The same offers in other shops' languages.
    "env\u00edo gratis", "envio gratis", "frete gr\u00e1tis", "gratis verzending", "livraison gratuite",
    "kostenloser versand", "spedizione gratuita", "darmowa dostawa", "\u00fccretsiz kargo", "kargo bedava",
};

bool IsStoreOfferLine(std::string_view line) {
  return line.size() <= 200 && ContainsAnyIgnoreCase(line, kStoreOfferCues);
}

// A product's stock status, set in parentheses after its name in shop
// titles: no part of the name. Whole phrases, several languages.
constexpr std::string_view kStockStatusPhrases[] = {
    "discontinued", "discontinued item", "discontinued product", "sold out", "out of stock",
    "no longer available", "currently unavailable", "unavailable", "temporarily unavailable",
    "pre-order", "preorder", "backorder", "back order", "back-order", "ausverkauft",
    "nicht mehr lieferbar", "nicht lieferbar", "épuisé", "rupture de stock", "agotado", "esaurito",
    "uitverkocht"};

bool IsStockStatus(std::string_view phrase) { return EqualsAnyIgnoreCase(Trim(phrase), kStockStatusPhrases); }

bool IsCallToActionLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 48) return false;
  const char last = line.back();
  if (last == '.' || last == '?' || last == ':' || last == ',') return false;
  size_t words = 0;
  std::string_view first;
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && IsAsciiSpace(line[i])) ++i;
    if (i >= line.size()) break;
    const size_t b = i;
    while (i < line.size() && !IsAsciiSpace(line[i])) ++i;
    if (++words == 1) first = line.substr(b, i - b);
  }
  if (words > kCallToActionMaxWords) return false;
  return EqualsAnyIgnoreCase(first, kCallToActionVerbs);
}

// The first words of a control's label that act on the page or the post
// (a comment's "Reply", an editor's "Delete", a player's "Play"): a verb
// the call-to-action list (kCallToActionVerbs) leaves out.
constexpr std::string_view kControlLabelVerbs[] = {
    "reply", "edit", "delete", "remove", "copy", "like", "unlike", "report", "follow", "unfollow",
    "save", "cancel", "submit", "send", "vote", "upvote", "downvote", "share", "close", "open",
    "add", "print", "email", "upload", "expand", "collapse", "toggle", "play", "pause", "mute",
    "unmute", "dismiss", "accept", "decline", "reject", "undo", "retry", "refresh", "load",
    "translate", "quote", "flag", "hide", "unhide", "block", "clear", "reset", "apply", "select",
    "choose", "go", "back", "skip", "continue", "log", "login", "logout", "more", "less",
};

bool IsControlLabel(std::string_view label) {
  label = Trim(label);
  if (label.empty()) return false;
  if (IsBoilerplateLine(label) || IsCallToActionLine(label) || IsRevealToggleLine(label) ||
      IsBuyControlLabel(label))
    return true;
  size_t end = 0;
  while (end < label.size() && !IsAsciiSpace(label[end])) ++end;
  return EqualsAnyIgnoreCase(label.substr(0, end), kControlLabelVerbs);
}

// Marks that end a question, ASCII and full-width.
constexpr std::string_view kQuestionMarks[] = {"?", "\xEF\xBC\x9F"};

// Marks that end a sentence, ASCII and not, and what may close after
// them (a quote, a bracket).
constexpr std::string_view kSentenceStops[] = {".", "!", "?", "\xE2\x80\xA6", "\xE3\x80\x82", "\xEF\xBC\x81",
                                               "\xEF\xBC\x9F"};  // … 。 ！ ？
constexpr std::string_view kSentenceClosers = "\"')]";

bool EndsWithSentenceStop(std::string_view text) {
  text = Trim(text);
  for (int k = 0; k < 2 && !text.empty() && kSentenceClosers.find(text.back()) != std::string_view::npos; ++k)
    text.remove_suffix(1);
  return std::ranges::any_of(kSentenceStops, [&](std::string_view m) { return text.ends_with(m); });
}

bool HoldsSentence(std::string_view text) {
  text = Trim(text);
  const auto letter = [](char c) { return IsAsciiAlpha(static_cast<unsigned char>(c)) || (c & 0x80); };
  // (The stop at `i`, two letters before it: a word's end, not an
  // initial; a space or the text's end after it.)
  for (size_t i = 2; i < text.size(); ++i) {
    const char stop = text[i];
    if ((stop == '.' || stop == '!' || stop == '?') && (i + 1 == text.size() || text[i + 1] == ' ') &&
        letter(text[i - 1]) && letter(text[i - 2]))
      return true;
  }
  return false;
}

bool IsQuestionLine(std::string_view line) {
  line = Trim(line);
  // (A mark alone is no question.)
  return std::ranges::any_of(kQuestionMarks,
                             [&](std::string_view m) { return line.size() > m.size() && line.ends_with(m); });
}

// The filler text of templates and mock-ups, never written content.
constexpr std::string_view kPlaceholderOpenings[] = {"lorem ipsum"};

bool IsPlaceholderText(std::string_view text) {
  text = Trim(text);
  return StartsWithAnyIgnoreCase(text, kPlaceholderOpenings);
}

std::string_view StripCreditCue(std::string_view line) {
  line = Trim(line);
  if (line.empty()) return {};
  // (Most lines start with no cue's letter: one look at the first byte.)
  static constexpr auto kFirst = FirstBytesOf(kCreditCues);
  if (!kFirst[static_cast<unsigned char>(line[0])]) return {};
  for (std::string_view cue : kCreditCues)
    if (StartsWithIgnoreCase(line, cue)) return Trim(line.substr(cue.size()));
  return {};
}

// The labels a news site's caption opens with for screen readers ("Image
// caption, ...", "Media caption, ..." under a video), a comma or colon
// after them.
constexpr std::string_view kCaptionLabels[] = {
    "image caption,", "image caption:", "media caption,", "media caption:", "video caption,",
    "video caption:", "photo caption,", "photo caption:", "caption:",
};

std::string_view StripCreditWord(std::string_view credit) {
  constexpr std::string_view kWord = "credit";
  credit = Trim(credit);
  // "Credit...Doug Mills", "CreditCreditChang W. Lee": the label written
  // for a screen reader and again for the eye, no space between.
  while (StartsWithIgnoreCase(credit, kWord) && credit.size() > kWord.size() &&
         !(credit[kWord.size()] >= 'a' && credit[kWord.size()] <= 'z')) {
    size_t i = kWord.size();
    while (i < credit.size() && (credit[i] == '.' || credit[i] == ':' || credit[i] == ' ')) ++i;
    if (credit.substr(i).starts_with("\xE2\x80\xA6")) i += 3;  // "…"
    credit = Trim(credit.substr(i));
  }
  return credit;
}

std::string_view CreditName(std::string_view credit) {
  credit = Trim(credit);
  if (credit.size() >= 2 && credit.front() == '(' && credit.back() == ')')
    credit = Trim(credit.substr(1, credit.size() - 2));
  const std::string_view cued = StripCreditCue(credit);
  return cued.empty() ? StripCreditWord(credit) : cued;
}

std::string_view StripCaptionLabel(std::string_view caption) {
  caption = Trim(caption);
  for (std::string_view label : kCaptionLabels)
    if (StartsWithIgnoreCase(caption, label)) return Trim(caption.substr(label.size()));
  return caption;
}

constexpr std::string_view kNoSectionLabels[] = {
    "uncategorized", "uncategorised", "sin categoría", "non classé", "senza categoria", "sem categoria",
    "nicht kategorisiert", "category: uncategorized", "category: uncategorised",
};

constexpr std::string_view kSectionLabels[] = {
    "category:", "categories:", "categoría:", "catégorie :", "catégorie:", "categoria:", "kategorie:", "topic:",
    // Polish, Dutch, the Nordic languages, Croatian; Russian "Рубрика:" and
    // "Категория:" (both cases: the letters are not ASCII).
    "kategoria:", "categorie:", "kategori:", "kategorija:", "\xD1\x80\xD1\x83\xD0\xB1\xD1\x80\xD0\xB8\xD0\xBA\xD0\xB0:",
    "\xD0\xA0\xD1\x83\xD0\xB1\xD1\x80\xD0\xB8\xD0\xBA\xD0\xB0:",
    "\xD0\xBA\xD0\xB0\xD1\x82\xD0\xB5\xD0\xB3\xD0\xBE\xD1\x80\xD0\xB8\xD1\x8F:",
    "\xD0\x9A\xD0\xB0\xD1\x82\xD0\xB5\xD0\xB3\xD0\xBE\xD1\x80\xD0\xB8\xD1\x8F:",
};

std::string_view StripSectionLabel(std::string_view name) {
  name = Trim(name);
  for (std::string_view l : kSectionLabels)
    if (StartsWithIgnoreCase(name, l) && name.size() > l.size()) return Trim(name.substr(l.size()));
  return name;
}

bool IsNoSectionLabel(std::string_view name) { return EqualsAnyIgnoreCase(Trim(name), kNoSectionLabels); }

// The verbs that open a share control's label, lower case (IsShareLabel):
// English, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
// Russian, Turkish, Indonesian.
constexpr std::string_view kShareLabelVerbs[] = {
    "share",     "teilen",    "partager", "partagez",   "compartir",  "comparte", "compartilhar",
    "compartilhe", "partilhar", "condividi", "delen",   "udostępnij", "поделиться", "paylaş",
    "bagikan",
};
static_assert(AllFoldedLower(kShareLabelVerbs));

bool IsShareLabel(std::string_view label) {
  label = Trim(label);
  size_t end = 0;
  while (end < label.size() && !IsAsciiSpace(label[end]) && label[end] != ':') ++end;
  return end > 0 && EqualsAnyFolded(label.substr(0, end), kShareLabelVerbs);
}


// News agencies, whose stories other sites run under the agency's byline.
constexpr std::string_view kWireAgencies[] = {
    "reuters", "thomson reuters", "associated press", "the associated press", "ap", "afp",
    "agence france-presse", "agence france presse", "dpa", "deutsche presse-agentur", "ansa", "efe",
    "agencia efe", "kyodo", "kyodo news", "xinhua", "pa media", "press association", "upi",
    "united press international", "tass", "ria novosti", "anadolu agency", "epa", "apa", "sda",
    "keystone-sda", "belga", "anp", "lusa", "europa press", "pap", "ctk", "yonhap", "pti",
    "press trust of india", "ians", "aap", "australian associated press", "canadian press",
    "the canadian press", "bloomberg news",
    // The agencies of the other languages lede reads: Sweden's, Norway's,
    // Denmark's, Finland's, Czechia's and Slovakia's, Hungary's, Romania's,
    // Ukraine's, Greece's, Turkey's, Indonesia's, Vietnam's, Japan's.
    "tt", "ntb", "ritzau", "stt", "čtk", "ČTK", "tasr", "mti", "agerpres", "ukrinform", "укрінформ", "ana-mpa",
    "aa", "dha", "iha", "antara", "ttxvn", "jiji", "jiji press",
};

// The longest agency's name (kWireAgencies), with slack.
constexpr size_t kWireAgencyMaxBytes = 32;

bool IsWireAgency(std::string_view name) {
  static constexpr WordList kList(kWireAgencies);
  return name.size() <= kWireAgencyMaxBytes && kList.Contains(name);
}

// The words that credit a wire agency beside the writer, in the languages
// lede reads ("Anna Schmidt mit dpa", "Marie Dubois avec AFP", "Ana Ruiz con
// EFE", "Ana Souza com Lusa", "Pieter de Vries met ANP", "Jane Doe with
// Reuters").
constexpr std::string_view kAgencyJoiners[] = {"mit", "avec", "with", "con", "com", "met"};

size_t WireAgencyTailAt(std::string_view line) {
  // (The last word first, looked up by its first byte and length: a name's
  // last word is no agency in most lines, and the joiner is not looked for.)
  std::string_view t = line;
  while (!t.empty() && (t.back() == ')' || t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
  const size_t last = t.rfind(' ');
  if (last == std::string_view::npos || last == 0 || t.size() - last > kWireAgencyMaxBytes) return std::string_view::npos;
  std::string_view agency = t.substr(last + 1);
  // (French elides the article: "avec l'AFP".)
  if (agency.starts_with("l'") || agency.starts_with("L'")) agency.remove_prefix(2);
  else if (agency.starts_with("l\xE2\x80\x99")) agency.remove_prefix(4);
  if (!IsWireAgency(agency)) return std::string_view::npos;
  const size_t prev = t.rfind(' ', last - 1);
  if (prev == std::string_view::npos) return std::string_view::npos;
  size_t from = prev + 1;
  const bool paren = from < last && t[from] == '(';
  if (paren) ++from;
  static constexpr WordList kJoiners(kAgencyJoiners);
  if (!kJoiners.Contains(t.substr(from, last - from))) return std::string_view::npos;
  return prev;
}

std::string_view WireAgencyOf(std::string_view byline) {
  byline = Trim(byline);
  if (byline.size() > 200) return {};
  // The last part after a separator, else the whole line less its cue.
  const size_t cut = byline.find_last_of(",|/(");
  std::string_view part;
  if (cut != std::string_view::npos) {
    part = Trim(byline.substr(cut + 1));
  } else {
    if (byline.size() > kWireAgencyMaxBytes + 16) return {};
    part = StripBylineCue(byline);
    part = Trim(part.empty() ? byline : part);
  }
  while (!part.empty() && (part.back() == ')' || part.back() == '.')) part = Trim(part.substr(0, part.size() - 1));
  if (part.empty() || part.size() > kWireAgencyMaxBytes) return {};
  return EqualsAnyIgnoreCase(part, kWireAgencies) ? part : std::string_view();
}

// Whether the byte before the space at `caption[i - 1]` ends a sentence or
// sets off a credit: a stop, a bar, a semicolon; a dash set between spaces
// ("... pelo granizo — Foto: Larissa Teixeira", as Globo's captions
// print); the Arabic-script semicolon ("؛ عکس: ...") or the Devanagari full
// stop ("। फोटो : ...").
static bool StopBeforeSpace(std::string_view caption, size_t i) {
  const unsigned char b = caption[i - 2];
  if (b == '.' || b == '!' || b == '?' || b == '|' || b == ';') return true;
  if (b < 0x80) return false;
  auto bytes = [&](size_t from, std::string_view s) { return from <= i && caption.substr(i - from, s.size()) == s; };
  return (i >= 5 && caption[i - 5] == ' ' && (bytes(4, "\xE2\x80\x94") || bytes(4, "\xE2\x80\x93"))) ||
         (i >= 4 && bytes(3, "\xD8\x9B")) || (i >= 5 && bytes(4, "\xE0\xA5\xA4"));
}

// The CJK marks a caption's credit may follow: a full stop, "！", "？" and
// a full-width opening bracket.
static bool IsCjkCreditOpener(std::string_view mark) {
  return mark == "\u3002" || mark == "\uff01" || mark == "\uff1f" || mark == "\uff08";
}

size_t CaptionCreditStart(std::string_view caption) {
  // (Only the last kCaptionCreditMaxBytes + 20 bytes can open the credit.)
  const size_t from = caption.size() > kCaptionCreditMaxBytes + 20 ? caption.size() - kCaptionCreditMaxBytes - 20 : 2;
  for (size_t i = std::max<size_t>(from, 2); i + 2 < caption.size(); ++i) {
    const char prev = caption[i - 1];
    // (Or after a slash set apart: "... 오르고 있다. /사진=박서연 기자"; or
    // after a CJK full stop, "！", "？" or a full-width bracket, a space
    // between or not: "...赏樱。摄影：周楠", "...赏樱（摄影：周楠）".)
    const bool slash = prev == '/' && caption[i - 2] == ' ';
    const size_t k = prev == ' ' ? i - 1 : i;
    const bool cjk = k >= 3 && static_cast<unsigned char>(caption[k - 1]) >= 0x80 &&
                     IsCjkCreditOpener(caption.substr(k - 3, 3));
    if (prev != '(' && !slash && !cjk && (prev != ' ' || !StopBeforeSpace(caption, i))) continue;
    std::string_view credit = StripCreditCue(caption.substr(i));
    if (!credit.empty() && credit.size() <= kCaptionCreditMaxBytes && credit != ")") return i;
  }
  return std::string_view::npos;
}

// A caption's closing credit in an agency's form, set in parentheses with
// no cue: "(ANTARA FOTO/Aditya Putra)", "(KOMPAS.com/RINA DEWI)", as
// Indonesian and other wire captions print it. The part before the one
// slash is the agency's name in capitals (lower-case only after a dot, a
// domain's ".com"), of kAgencyMinBytes to kAgencyMaxBytes; the part after
// it a name with a letter, of kCaptionCreditMaxBytes at most, of two words
// unless the agency is a domain. A date in parentheses, "(4/12/2025)", is
// no credit. Returns where the '(' stands,
// or npos.
constexpr size_t kAgencyMinBytes = 2;
constexpr size_t kAgencyMaxBytes = 30;
// The capitals of an agency's name set in capitals ("ANTARA FOTO",
// "ASSOCIATED PRESS", "KOMPAS.com": lower-case only after a dot, a
// domain's), digits and "-&/" allowed; -1 when it is no such name.
static int AgencyCapitals(std::string_view agency) {
  int capitals = 0;
  bool after_dot = false;
  for (char c : agency) {
    if (c == '.') after_dot = true;
    else if (c == ' ') after_dot = false;
    else if (c >= 'A' && c <= 'Z') ++capitals;
    else if (c >= 'a' && c <= 'z') {
      if (!after_dot) return -1;
    } else if (!IsAsciiDigit(static_cast<unsigned char>(c)) && c != '-' && c != '&' && c != '/') {
      return -1;
    }
  }
  return capitals;
}

static size_t AgencyCreditOpen(std::string_view caption) {
  if (caption.size() < 8 || caption.back() != ')') return std::string_view::npos;
  const size_t open = caption.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::string_view::npos;
  const std::string_view inside = caption.substr(open + 1, caption.size() - open - 2);
  const size_t slash = inside.find('/');
  if (slash == std::string_view::npos || inside.find('/', slash + 1) != std::string_view::npos)
    return std::string_view::npos;
  const std::string_view agency = Trim(inside.substr(0, slash)), name = Trim(inside.substr(slash + 1));
  if (agency.size() < kAgencyMinBytes || agency.size() > kAgencyMaxBytes || name.empty() ||
      name.size() > kCaptionCreditMaxBytes)
    return std::string_view::npos;
  const int capitals = AgencyCapitals(agency);
  bool letter = false;
  for (char c : name) letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0x80);
  // (A person's name, two words, or an agency's domain: "(HIV/AIDS)",
  // "(EU/UK)", "(USD/EUR)" are no credits.)
  const bool named = name.find(' ') != std::string_view::npos || agency.find('.') != std::string_view::npos;
  return capitals >= 2 && letter && named ? open : std::string_view::npos;
}

// Letters in a row that make a word of a caption (a byte of a non-ASCII
// letter counts as one: "写真" is a word).
constexpr int kCaptionWordMinLetters = 3;

bool HasCaptionWord(std::string_view text) {
  int run = 0;
  for (unsigned char ch : text) {
    run = (IsAsciiAlpha(ch) || ch >= 0x80) ? run + 1 : 0;
    if (run >= kCaptionWordMinLetters) return true;
  }
  return false;
}

// A caption that is only its picture's credit in the agencies' form, a
// name and the agency in capitals after a comma ("Patrick Semansky,
// ASSOCIATED PRESS", "Jane Roe, AFP"): at most kCreditOnlyMaxWords words,
// the part after the last comma two capitals or more and no lower-case
// letter.
constexpr int kCreditOnlyMaxWords = 6;

bool IsAgencyCreditLine(std::string_view text) {
  text = Trim(text);
  const size_t comma = text.rfind(", ");
  if (comma == std::string_view::npos || comma == 0) return false;
  int words = 1;
  for (char c : text) words += c == ' ';
  if (words > kCreditOnlyMaxWords) return false;
  // (An agency by name, "AP", "AFP", or two words in capitals, "ASSOCIATED
  // PRESS": "Sundar Pichai, CEO" and "Jane Roe, MP" caption a person.)
  const std::string_view agency = text.substr(comma + 2);
  if (IsWireAgency(agency)) return true;
  return AgencyCapitals(agency) >= 4 && agency.find(' ') != std::string_view::npos;
}

// Where a caption's closing credit "Name for Outlet" starts, after the
// caption's last sentence ("A test charger on Vinton Avenue. Luis Ferreira
// for Civic Desk": a photographer on assignment, as papers credit one):
// two to four capitalized words, "for", a capitalized outlet of at most
// kForOutletMaxBytes, no sentence after it. npos when there is none.
constexpr size_t kForOutletMaxBytes = 48;

static size_t ForOutletCreditStart(std::string_view caption) {
  const size_t stop = caption.rfind(". ");
  // (A stop that ends a sentence: "St. Patrick Street", "D.C. Line" end
  // none.)
  if (stop == std::string_view::npos || !EndsWithFullStop(caption.substr(0, stop + 1))) return std::string_view::npos;
  const size_t at = stop + 2;
  const std::string_view rest = caption.substr(at);
  const size_t f = rest.find(" for ");
  if (f == std::string_view::npos) return std::string_view::npos;
  const std::string_view name = rest.substr(0, f), outlet = Trim(rest.substr(f + 5));
  if (outlet.empty() || outlet.size() > kForOutletMaxBytes || !(outlet[0] >= 'A' && outlet[0] <= 'Z') ||
      outlet.back() == '.' || outlet.back() == '!' || outlet.back() == '?' || outlet.back() == ')' ||
      outlet.find(". ") != std::string_view::npos)
    return std::string_view::npos;
  // (A person's name: a common given name first, "Protesters Call for
  // Ceasefire" is a title-case line.)
  if (!IsCommonGivenName(name.substr(0, name.find(' ')))) return std::string_view::npos;
  size_t words = 0;
  for (size_t i = 0; i < name.size();) {
    const size_t e = std::min(name.find(' ', i), name.size());
    if (e == i || !(name[i] >= 'A' && name[i] <= 'Z')) return std::string_view::npos;
    ++words;
    i = e + 1;
  }
  return words >= 2 && words <= 4 ? at : std::string_view::npos;
}

// The cues of a photographer's credit in parentheses with no colon, closing
// a caption ("(foto Gianni Esposito)", "(photo Jane Roe)", "(foto de Ana
// Gil)"), lower case, a space after each.
constexpr std::string_view kParenCreditCues[] = {"photo by ", "foto di ", "foto de ", "photo de ",
                                                 "photo ",    "foto ",    "bild "};
// Where such a credit's '(' stands, the name after its cue into `name`;
// npos when the caption closes on none. The name is a few words, each
// opening on a capital (or a letter outside ASCII: ReadsAsNameWords).
static size_t ParenCueCreditOpen(std::string_view caption, std::string_view* name) {
  if (caption.size() < 8 || caption.back() != ')') return std::string_view::npos;
  const size_t open = caption.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::string_view::npos;
  const std::string_view inside = caption.substr(open + 1, caption.size() - open - 2);
  for (std::string_view cue : kParenCreditCues) {
    if (!StartsWithIgnoreCase(inside, cue)) continue;
    const std::string_view rest = Trim(inside.substr(cue.size()));
    if (rest.size() > kCaptionCreditMaxBytes || !ReadsAsNameWords(rest)) return std::string_view::npos;
    *name = rest;
    return open;
  }
  return std::string_view::npos;
}

// `name` after the last CJK reporter's title in it, and what precedes
// the title ("云江晚报记者 周楠" gives "周楠"); `name` when it holds none.
static std::string_view AfterReporterTitle(std::string_view name) {
  for (std::string_view title : kCjkReporterTitles)
    if (const size_t t = name.rfind(title); t != std::string_view::npos && name.size() > t + title.size())
      return Trim(name.substr(t + title.size()));
  return name;
}

// A Chinese caption's closing credit set before its word for
// "photograph" ("...重現日治時期風貌。記者陳冠宇／攝影", "...。新华社记者
// 王明/摄", "...。云江晚报记者 周楠 摄"): the words after the caption's
// last full stop, the word and its slash dropped, as is a reporter's
// title before the name and what precedes it. Returns
// where the credit opens, its name in *name, or npos.
constexpr std::string_view kCjkPhotoWords[] = {"\uff0f\u651d\u5f71", "\uff0f\u6444\u5f71", "/\u651d\u5f71",
                                               "/\u6444\u5f71", "\uff0f\u651d", "\uff0f\u6444", "/\u651d",
                                               "/\u6444", " \u651d", " \u6444"};
static size_t CjkPhotoCreditOpen(std::string_view caption, std::string_view* name) {
  // (Or set in full-width brackets closing the caption: "...（记者 周楠
  // 摄）", "新华社发（周楠 摄）".)
  constexpr std::string_view kOpen = "\uff08", kClose = "\uff09";
  if (caption.ends_with(kClose)) {
    const size_t open = caption.rfind(kOpen);
    if (open == std::string_view::npos || open == 0) return std::string_view::npos;
    std::string_view inner =
        Trim(caption.substr(open + kOpen.size(), caption.size() - kClose.size() - open - kOpen.size()));
    bool photo = false;
    for (std::string_view w : {std::string_view("\u6444"), std::string_view("\u651d")})  // 摄 攝
      if (inner.size() > w.size() && inner.ends_with(w)) {
        inner = Trim(inner.substr(0, inner.size() - w.size()));
        if (inner.ends_with("/")) inner = Trim(inner.substr(0, inner.size() - 1));
        else if (inner.ends_with("\uff0f")) inner = Trim(inner.substr(0, inner.size() - 3));
        photo = true;
        break;
      }
    if (!photo || inner.empty() || inner.size() > 40) return std::string_view::npos;
    *name = AfterReporterTitle(inner);
    return open;
  }
  for (std::string_view w : kCjkPhotoWords) {
    if (!caption.ends_with(w)) continue;
    const std::string_view rest = caption.substr(0, caption.size() - w.size());
    constexpr std::string_view kStop = "\u3002";  // 。
    const size_t stop = rest.rfind(kStop);
    const size_t open = stop == std::string_view::npos ? 0 : stop + kStop.size();
    std::string_view n = Trim(rest.substr(open));
    if (n.empty() || n.size() > 40) return std::string_view::npos;
    *name = AfterReporterTitle(n);
    return open;
  }
  return std::string_view::npos;
}

bool SplitCaptionCredit(std::string_view caption, std::string_view* head, std::string_view* credit) {
  const size_t at = CaptionCreditStart(caption);
  if (at == std::string_view::npos) {
    std::string_view photo_name;
    if (const size_t open = CjkPhotoCreditOpen(Trim(caption), &photo_name); open != std::string_view::npos && open > 0) {
      *credit = photo_name;
      *head = Trim(Trim(caption).substr(0, open));
      return true;
    }
    if (const size_t by = ForOutletCreditStart(caption); by != std::string_view::npos) {
      *credit = Trim(caption.substr(by));
      *head = Trim(caption.substr(0, by));
      return true;
    }
    std::string_view name;
    if (const size_t open = ParenCueCreditOpen(caption, &name); open != std::string_view::npos) {
      *credit = name;
      *head = Trim(caption.substr(0, open));
      return true;
    }
    const size_t open = AgencyCreditOpen(caption);
    if (open == std::string_view::npos) return false;
    *credit = Trim(caption.substr(open + 1, caption.size() - open - 2));
    *head = Trim(caption.substr(0, open));
    return true;
  }
  std::string_view name = StripCreditCue(caption.substr(at));
  const bool paren = caption[at - 1] == '(';
  const bool wide_paren = at >= 3 && caption.substr(at - 3, 3) == "\uff08";  // （
  if (paren) name = name.substr(0, name.find(')'));
  if (wide_paren) name = name.substr(0, name.find("\uff09"));
  *credit = Trim(name);
  // (A Korean or Chinese photographer's title after the name, "박서연
  // 기자", "王明记者": the name is the credit.)
  for (std::string_view title : kCjkReporterTitles)
    if (credit->size() > title.size() && credit->ends_with(title) &&
        ((*credit)[credit->size() - title.size() - 1] == ' ' ||
         static_cast<unsigned char>((*credit)[credit->size() - title.size() - 1]) >= 0x80)) {
      *credit = Trim(credit->substr(0, credit->size() - title.size()));
      break;
    }
  *head = Trim(caption.substr(0, paren || caption[at - 1] == '/' ? at - 1 : wide_paren ? at - 3 : at));
  // (The dash before a credit set after one goes with it.)
  if (head->ends_with("\xE2\x80\x94") || head->ends_with("\xE2\x80\x93")) *head = Trim(head->substr(0, head->size() - 3));
  return true;
}

// Whether a byline's rest goes on into its date or time ("Jane Doe on 3 May
// 2024", "Juana Pérez en 10:15"): a connector word, then a digit within
// 40 bytes.
static bool RestGoesOnIntoDate(std::string_view rest);

// The rest after a cue, or "" where a publisher's cue does not name a writer
// (see BylineCue).
static std::string_view AfterCue(std::string_view line, const BylineCue& c, PublisherCue publisher) {
  const std::string_view rest = Trim(line.substr(c.cue.size()));
  if (!c.publisher || publisher == PublisherCue::kAlways) return rest;
  if (publisher == PublisherCue::kNever) return {};
  return RestGoesOnIntoDate(rest) ? rest : std::string_view();
}

bool CuesPageWriter(std::string_view line, std::span<const std::string> authors) {
  const std::string_view name = StripBylineCue(line, true);
  if (name.empty()) return false;
  for (const std::string& a : authors)
    if (!a.empty() && name.starts_with(a)) return true;
  return false;
}

std::string_view StripBylineCue(std::string_view line, bool strong_only, PublisherCue publisher) {
  line = Trim(line);
  if (line.empty()) return {};
  // Most lines are prose: the first letter rules out nearly every cue. A
  // table gives, for each first byte, the cues that start with it (a bit
  // each, in the list's order: longest first).
  // (Two words a byte: the first 128 cues.)
  static constexpr size_t kTabled = std::min<size_t>(std::size(kBylineCues), 128);
  static constexpr auto kCuesByFirstByte = [] {
    std::array<std::array<uint64_t, 2>, 256> t{};
    for (size_t i = 0; i < kTabled; ++i) {
      const char c = kBylineCues[i].cue[0];
      t[static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c)][i / 64] |= uint64_t{1} << (i % 64);
    }
    return t;
  }();
  const char first = ToLowerAscii(line[0]);
  for (size_t word = 0; word < 2; ++word)
    for (uint64_t m = kCuesByFirstByte[static_cast<unsigned char>(first)][word]; m; m &= m - 1) {
      const BylineCue& c = kBylineCues[word * 64 + std::countr_zero(m)];
      if ((c.strong || c.publisher || !strong_only) && StartsWithIgnoreCase(line, c.cue))
        return AfterCue(line, c, publisher);
    }
  // The cues past the 128 the table holds, by their first byte.
  for (size_t i = kTabled; i < std::size(kBylineCues); ++i) {
    const BylineCue& c = kBylineCues[i];
    if (ToLowerAscii(c.cue[0]) == first && (c.strong || c.publisher || !strong_only) &&
        StartsWithIgnoreCase(line, c.cue))
      return AfterCue(line, c, publisher);
  }
  return {};
}

// What follows "BY" at the start of surnames and given names written in
// capitals ("BYRON", "BYRD", "BYRNE", "BYERS", "BYNUM", "BYFORD", "BYATT",
// "BYLUND"): no glued cue (StripGluedByCue).
constexpr std::string_view kByNameStems[] = {"r", "er", "num", "ford", "att", "lund", "field", "well", "ington"};

std::string_view StripGluedByCue(std::string_view line) {
  line = Trim(line);
  if (line.size() < 5 || !(line[0] == 'B' && (line[1] == 'y' || line[1] == 'Y'))) return {};
  const std::string_view rest = line.substr(2);
  const bool caps = line[1] == 'Y';
  size_t letters = 0;
  bool lower = false;
  for (; letters < rest.size() && IsAsciiAlpha(rest[letters]); ++letters)
    lower |= rest[letters] >= 'a' && rest[letters] <= 'z';
  if (letters < 3 || !(rest[0] >= 'A' && rest[0] <= 'Z')) return {};
  // "ByTrevor": a capital, then lower case; "BYJANE": capitals only.
  if (caps == lower || (!caps && (rest[1] < 'a' || rest[1] > 'z'))) return {};
  if (caps)
    for (std::string_view stem : kByNameStems)
      if (StartsWithIgnoreCase(rest, stem)) return {};
  return rest;
}

size_t FindStrongBylineCue(std::string_view line, size_t from) {
  size_t first = std::string_view::npos;
  for (const BylineCue& c : kBylineCues) {
    if (!c.strong) continue;
    for (size_t at = FindIgnoreCase(line, c.cue, from); at < first; at = FindIgnoreCase(line, c.cue, at + 1))
      if (at > 0 && line[at - 1] == ' ') {
        first = at;
        break;
      }
  }
  return first;
}

bool MayStartBylineCue(unsigned char c) {
  static const auto kFirst = [] {
    std::array<bool, 256> t{};
    for (const BylineCue& b : kBylineCues) t[(unsigned char)ToLowerAscii(b.cue[0])] = true;
    for (std::string_view l : kBylineLabels) t[(unsigned char)ToLowerAscii(l[0])] = true;
    return t;
  }();
  return kFirst[(unsigned char)ToLowerAscii(char(c))];
}

namespace {
// A set of pairs of first bytes (lower case) of words: a one-bit test
// before a word list is scanned.
class FirstPairs {
 public:
  void Add(std::string_view w) { bits_[Pair(w[0], w[1]) / 64] |= uint64_t{1} << (Pair(w[0], w[1]) % 64); }
  bool Has(unsigned char c0, unsigned char c1) const { return (bits_[Pair(c0, c1) / 64] >> (Pair(c0, c1) % 64)) & 1; }

 private:
  static size_t Pair(unsigned char c0, unsigned char c1) {
    return size_t(static_cast<unsigned char>(ToLowerAscii(char(c0)))) << 8 |
           static_cast<unsigned char>(ToLowerAscii(char(c1)));
  }
  std::array<uint64_t, 65536 / 64> bits_{};
};
}  // namespace

namespace {
// A set of the first three bytes (lower case) of words, and of words of
// two bytes or less by their first two: a one-bit test (hashed, so it may
// say yes wrongly, never no) before a word list is scanned.
class FirstTriples {
 public:
  void Add(std::string_view w) {
    if (w.size() < 3) {
      if (w.size() == 2) Set(Key(w[0], w[1], 0) | kShort);
      return;
    }
    Set(Key(w[0], w[1], w[2]));
  }
  bool Has(unsigned char c0, unsigned char c1, unsigned char c2) const {
    return Get(Key(c0, c1, c2)) || Get(Key(c0, c1, 0) | kShort);
  }

 private:
  static constexpr uint32_t kShort = 1u << 24;
  static uint32_t Key(unsigned char c0, unsigned char c1, unsigned char c2) {
    auto low = [](unsigned char c) { return uint32_t(static_cast<unsigned char>(ToLowerAscii(char(c)))); };
    return low(c0) << 16 | low(c1) << 8 | low(c2);
  }
  static size_t Slot(uint32_t key) { return size_t((key * 2654435761u) >> 16); }
  void Set(uint32_t key) { bits_[Slot(key) / 64] |= uint64_t{1} << (Slot(key) % 64); }
  bool Get(uint32_t key) const { return (bits_[Slot(key) / 64] >> (Slot(key) % 64)) & 1; }
  std::array<uint64_t, 65536 / 64> bits_{};
};
}  // namespace

bool MayStartOtherCredit(unsigned char c0, unsigned char c1, unsigned char c2) {
  static const FirstTriples kTriples = [] {
    FirstTriples t;
    for (std::string_view o : kOtherCredits) t.Add(o);
    return t;
  }();
  return kTriples.Has(c0, c1, c2);
}

bool MayStartBylineCue(unsigned char c0, unsigned char c1, unsigned char c2) {
  static const FirstTriples kTriples = [] {
    FirstTriples t;
    for (const BylineCue& b : kBylineCues) t.Add(b.cue);
    for (std::string_view l : kBylineLabels) t.Add(l);
    return t;
  }();
  return kTriples.Has(c0, c1, c2);
}

bool MayStartBylineCueOrOtherCredit(unsigned char c0, unsigned char c1, unsigned char c2) {
  // (One set of both lists' first bytes: a byte triple is in it when it is
  // in either list's.)
  static const FirstTriples kTriples = [] {
    FirstTriples t;
    for (const BylineCue& b : kBylineCues) t.Add(b.cue);
    for (std::string_view l : kBylineLabels) t.Add(l);
    for (std::string_view o : kOtherCredits) t.Add(o);
    return t;
  }();
  return kTriples.Has(c0, c1, c2);
}

bool MayStartOtherCredit(unsigned char c0, unsigned char c1) {
  static const FirstPairs kPairs = [] {
    FirstPairs p;
    for (std::string_view o : kOtherCredits) p.Add(o);
    return p;
  }();
  return kPairs.Has(c0, c1);
}

std::string_view ReviewerAfterCredit(std::string_view line) {
  line = Trim(line);
  if (line.size() < 2 || !MayStartOtherCredit(line[0], line[1])) return {};
  for (std::string_view cue : kReviewerCredits)
    if (StartsWithIgnoreCase(line, cue)) {
      std::string_view rest = Trim(line.substr(cue.size()));
      while (!rest.empty() && rest[0] == ':') rest = Trim(rest.substr(1));
      return rest;
    }
  return {};
}

LinkedWriterGap ReadLinkedWriterGap(std::string_view gap) {
  gap = Trim(gap);
  if (gap.empty()) return LinkedWriterGap::kEmpty;
  if (gap.size() > 120 || StartsWithOtherCredit(gap) || FindOtherCredit(gap) != std::string_view::npos)
    return LinkedWriterGap::kStop;
  for (std::string_view w : kLinkedWriterGapStops)
    if (FindIgnoreCase(gap, w) != std::string_view::npos) return LinkedWriterGap::kStop;
  bool opens = false;
  for (std::string_view o : kLinkedWriterRoleOpeners)
    opens |= StartsWithIgnoreCase(gap, o) && (o[0] != 'a' || gap.size() == o.size() || gap[o.size()] == ' ');
  if (!opens) return LinkedWriterGap::kStop;
  for (std::string_view sep : kLinkedWriterSeparators)
    if (EndsWithIgnoreCase(gap, sep) &&
        (sep.size() == 1 || gap.size() == sep.size() || gap[gap.size() - sep.size() - 1] == ' '))
      return LinkedWriterGap::kSeparated;
  return LinkedWriterGap::kRole;
}

bool StartsWithOtherCredit(std::string_view line) {
  if (line.size() < 2 || !MayStartOtherCredit(line[0], line[1])) return false;
  for (std::string_view o : kOtherCredits)
    if (StartsWithIgnoreCase(line, o)) return true;
  return false;
}

bool MayStartBylineCue(unsigned char c0, unsigned char c1) {
  static const FirstPairs kPairs = [] {
    FirstPairs p;
    for (const BylineCue& b : kBylineCues) p.Add(b.cue);
    for (std::string_view l : kBylineLabels) p.Add(l);
    return p;
  }();
  return kPairs.Has(c0, c1);
}

namespace {
// The byline labels (kBylineLabels) that name one writer.
constexpr std::string_view kOneAuthorLabels[] = {
    "author", "autor", "autora", "autorin", "auteur", "auteure", "autore", "autrice",
    "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80",  // автор, Автор
};
}  // namespace

bool IsOneAuthorLabel(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && text.back() == ':') text.remove_suffix(1);
  return EqualsAnyIgnoreCase(Trim(text), kOneAuthorLabels);
}

std::string_view OneAuthorLabelValue(std::string_view line) {
  line = Trim(line);
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 16 || !IsOneAuthorLabel(line.substr(0, colon))) return {};
  return Trim(line.substr(colon + 1));
}

bool IsBylineLabel(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && text.back() == ':') text.remove_suffix(1);
  text = Trim(text);  // ("Auteur :": French spaces the colon)
  static constexpr WordList kList(kBylineLabels);
  return kList.Contains(text);
}

namespace {
// Abbreviations of "number" that stand before one (German, English,
// Dutch, Scandinavian "Nr.", "No."; Romance "Nº", "n°", "núm.", "nro.").
constexpr std::string_view kNumberLabels[] = {"nr.", "nr", "no.", "nº", "n°", "núm.", "num.", "nro.", "nos."};
}  // namespace

bool EndsWithNumberLabel(std::string_view text) {
  text = Trim(text);
  const size_t sp = text.rfind(' ');
  if (sp == std::string_view::npos) return false;  // (a lone "No." is no label of a name)
  return EqualsAnyIgnoreCase(text.substr(sp + 1), kNumberLabels);
}

namespace {
// Values a template prints for a field with no data.
constexpr std::string_view kPlaceholderValues[] = {"undefined", "null", "none", "nil", "n/a", "nan"};
}  // namespace

bool IsPlaceholderValue(std::string_view text) { return EqualsAnyIgnoreCase(Trim(text), kPlaceholderValues); }

namespace {
// Top-level domains a site's own name ends on when it credits itself in a
// byline ("By Example.com", "Team Example.co.uk").
constexpr std::string_view kTopLevelDomains[] = {
    "com", "net", "org", "io", "co", "uk", "us", "ca", "au", "de", "fr", "es", "it", "nl", "in",
    "info", "biz", "app", "dev", "ai", "blog", "news", "tv", "me",
};
}  // namespace

bool IsDomainName(std::string_view text) {
  text = Trim(text);
  const size_t dot = text.rfind('.');
  if (dot == std::string_view::npos || dot < 2 || text.size() > 64) return false;
  if (!EqualsAnyIgnoreCase(text.substr(dot + 1), kTopLevelDomains)) return false;
  // One token of letters, digits, hyphens and dots, no dot first or
  // doubled; a letter before the last dot ("Example.com", not "v1.2.io"'s
  // version or "J.R.R." initials: each label two characters or more).
  size_t label = 0;
  bool letter = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '.') {
      if (label < 2) return false;
      label = 0;
      continue;
    }
    if (!IsAsciiAlnum(ch) && ch != '-') return false;
    letter |= IsAsciiAlpha(ch);
    ++label;
  }
  return letter;
}

bool IsCommandOption(std::string_view text) {
  text = Trim(text);
  // One token ("--reset-author", "-v", "-V"): a signature's dash before a
  // name ("--Jane Doe", "-Jane") holds a space or opens on a capital
  // followed by more letters; an option is lower-case or one letter.
  if (text.size() < 2 || text[0] != '-' || text.find(' ') != std::string_view::npos) return false;
  const size_t b = text[1] == '-' ? 2 : 1;
  if (b >= text.size() || !IsAsciiAlpha(text[b])) return false;
  return text.size() == b + 1 || !(text[b] >= 'A' && text[b] <= 'Z');
}

bool IsNumberedHandle(std::string_view text) {
  text = Trim(text);
  if (text.find(' ') != std::string_view::npos) return false;
  // A generated id: letters and digits that change places kMinIdSwitches
  // times or more ("jdoeq6vkpg2ma0ci", an account a sign-on system made);
  // a person's handle holds a number or two ("Need2KnowLion", "ron1cne").
  constexpr int kMinIdSwitches = 4;
  int switches = 0;
  for (size_t i = 1; i < text.size(); ++i)
    switches += IsAsciiAlnum(text[i - 1]) && IsAsciiAlnum(text[i]) && IsAsciiDigit(text[i - 1]) != IsAsciiDigit(text[i]);
  if (switches >= kMinIdSwitches) return true;
  const size_t us = text.rfind('_');
  if (us == std::string_view::npos || us == 0 || us + 1 >= text.size()) return false;
  for (size_t i = us + 1; i < text.size(); ++i)
    if (!IsAsciiDigit(text[i])) return false;
  return true;
}

namespace {
// Path segments of category and tag archives (WordPress, Ghost, Hugo...).
constexpr std::string_view kTaxonomyPaths[] = {
    "/category/", "/categories/", "/tag/", "/tags/", "/topic/", "/topics/",
};
// Query keys of filtered archives ("/blog/?category=12", "?content_topic=906").
constexpr std::string_view kTaxonomyQueryKeys[] = {"category", "cat", "tag", "topic"};
// A site section's index, the whole path ("/videos/", "/news"): a link
// there beside a date is the story's section, not its writer.
constexpr std::string_view kSectionIndexSegments[] = {
    "blog", "blogs", "news", "video", "videos", "podcast", "podcasts", "section", "sections",
};
// Shopify files a shop's blog under "/blogs/<handle>": that path, with no
// post after it, is the blog's index.
constexpr std::string_view kBlogIndexParent = "blogs";
// Parts of a class that names a list of categories or tags ("c-meta__cats",
// "post-tags", "entry-categories"), split at "-" and "_".
constexpr std::string_view kTaxonomyClassParts[] = {
    "cats", "categories", "category", "tags", "taglist", "topics", "keywords",
    // (A post's terms, WordPress's word for its categories and tags:
    // "post-terms", "ee-postmeta-terms-wrap", each "ee-postmeta-term".)
    "term", "terms",
};
}  // namespace

// Whether the path of `href` is a section's index: one segment of
// kSectionIndexSegments ("/videos/"), or a Shopify blog's "/blogs/news".
// (A query filters the index: its keys say what, see IsTaxonomyLink.)
static bool IsSectionIndexHref(std::string_view href) {
  if (href.find('?') != std::string_view::npos) return false;
  href = href.substr(0, href.find('#'));
  if (const size_t scheme = href.find("://"); scheme != std::string_view::npos) {
    const size_t path = href.find('/', scheme + 3);
    href = path == std::string_view::npos ? std::string_view() : href.substr(path);
  }
  std::string_view segs[3];
  size_t count = 0;
  for (size_t b = 0; b < href.size();) {
    const size_t e = std::min(href.find('/', b), href.size());
    if (e > b) {
      if (count == 3) return false;
      segs[count++] = href.substr(b, e - b);
    }
    b = e + 1;
  }
  if (count == 1) return EqualsAnyIgnoreCase(segs[0], kSectionIndexSegments);
  return count == 2 && EqualsIgnoreCase(segs[0], kBlogIndexParent);
}

bool IsTaxonomyClass(std::string_view cls) {
  // (The parts parted by a byte test each, not a search of the five
  // separators from every place; a part of no word's length is passed
  // without a compare.)
  static constexpr auto kMinPart = std::ranges::min(kTaxonomyClassParts, {}, &std::string_view::size).size();
  static constexpr auto kMaxPart = std::ranges::max(kTaxonomyClassParts, {}, &std::string_view::size).size();
  auto separator = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '-' || c == '_'; };
  for (size_t b = 0; b < cls.size();) {
    size_t e = b;
    while (e < cls.size() && !separator(cls[e])) ++e;
    if (e - b >= kMinPart && e - b <= kMaxPart && EqualsAnyIgnoreCase(cls.substr(b, e - b), kTaxonomyClassParts))
      return true;
    b = e + 1;
  }
  return false;
}

bool IsTaxonomyLink(std::string_view rel, std::string_view href, std::string_view cls) {
  if (ContainsIgnoreCase(rel, "tag") || ContainsIgnoreCase(rel, "category")) return true;
  if (ContainsIgnoreCase(cls, "categor")) return true;
  if (IsSectionIndexHref(href)) return true;
  // Forum software files a thread under "topic" with its number (Invision
  // "/topic/123-pump-leaks/", SMF "?topic=123.0"): a thread, not a tag page.
  auto thread_id_at = [&](size_t i) { return i < href.size() && IsAsciiDigit(href[i]); };
  for (std::string_view p : kTaxonomyPaths)
    if (const size_t at = FindIgnoreCase(href, p); at != std::string_view::npos) {
      if (EndsWithIgnoreCase(p, "topic/") || EndsWithIgnoreCase(p, "topics/"))
        if (thread_id_at(at + p.size())) continue;
      return true;
    }
  // A query key that ends in a taxonomy word: "category=", "content_topic=".
  const size_t q = href.find('?');
  if (q == std::string_view::npos) return false;
  for (size_t b = q + 1; b < href.size();) {
    const size_t e = std::min(href.find('&', b), href.size());
    std::string_view key = href.substr(b, std::min(href.find('=', b), e) - b);
    const size_t value = b + key.size() + 1;  // after '=', when there is one
    const bool thread = EqualsIgnoreCase(key, "topic") && value <= href.size() && href[value - 1] == '=' &&
                        thread_id_at(value);
    for (std::string_view k : kTaxonomyQueryKeys)
      if (!thread && key.size() >= k.size() && EqualsIgnoreCase(key.substr(key.size() - k.size()), k) &&
          (key.size() == k.size() || !IsAsciiAlpha(key[key.size() - k.size() - 1])))
        return true;
    b = e + 1;
  }
  return false;
}

namespace {
// Class words of the parts of an author box that are not the name.
constexpr std::string_view kAuthorDetailWords[] = {
    "description", "desc", "bio", "biography", "jobtitle", "job", "role", "position", "company",
    "organization", "organisation", "credentials",
};
}  // namespace

namespace {
// Class tokens of an author box: the first is a prefix ("authorbox",
// "author-info"), the others whole tokens.
constexpr std::string_view kAuthorBoxPrefix = "author";
constexpr std::string_view kAuthorBoxWords[] = {
    "bio", "writer",
    // "author" in the papers' languages ("box-autore-ospite", "autor-info").
    "autore", "autrice", "autor", "autora", "autorin", "auteur", "auteure",
};
}  // namespace


namespace {
// The articles before a group credit, and the words that end one.
constexpr std::string_view kGroupCreditArticles[] = {"the "};
constexpr std::string_view kGroupCreditWords[] = {"staff", "team", "editors", "newsroom"};
}  // namespace

bool IsBylineControlWord(std::string_view word) { return EqualsAnyIgnoreCase(word, kBylineControlWords); }

namespace {
// A desk's credit, the whole of a byline ("By Staff", "News Desk",
// "Newsroom"): the credit the page gives for the story, no role after a
// name. A group credit's word alone is one.
constexpr std::string_view kDeskNames[] = {"news desk", "newsdesk", "editorial staff"};
constexpr auto kDeskCredits = Concat(kGroupCreditWords, kDeskNames);
static_assert(AllDistinct(kDeskCredits));
}  // namespace

bool IsDeskCredit(std::string_view line) { return EqualsAnyIgnoreCase(line, kDeskCredits); }

bool IsEventDetailLabel(std::string_view word) {
  while (!word.empty() && (word.back() == ':' || word.back() == '.')) word.remove_suffix(1);
  return EqualsAnyIgnoreCase(word, kEventDetailLabels);
}

bool IsNameListJoiner(std::string_view word) { return EqualsAnyIgnoreCase(word, kNameListJoiners); }


bool IsNameParticle(std::string_view w) {
  static constexpr auto kNameParticles = StampWordsWith<kRoleParticle>();
  for (std::string_view p : kNameParticles)
    if (w == p) return true;
  return false;
}

namespace {
// Joiners of kAuthorListSeparators that are also a particle inside one
// name: Czech "a" ("Thomas a Kempis"), Indonesian "dan" (Hausa "Usman dan
// Fodio"), Spanish "y", Portuguese "e" and Catalan "i" between a compound
// surname's parts ("José Ortega y Gasset", "Fernandes e Silva", "Puig i
// Cadafalch").
constexpr std::string_view kParticleJoiners[] = {" a ", " dan ", " y ", " e ", " i "};
}  // namespace

bool IsParticleJoiner(std::string_view sep) { return EqualsAny(sep, kParticleJoiners); }

namespace {
// The co-writer's word of a byline ("By Jane Doe with John Roe"; see
// kAuthorListSeparators).
constexpr std::string_view kCoWriterJoiners[] = {"with"};
}  // namespace

bool IsCreditJoiner(std::string_view word) {
  return IsNameListJoiner(word) || EqualsAnyIgnoreCase(word, kCoWriterJoiners);
}

// The joiners between a reporter's name and the place they filed from
// (PlaceAfterNameAt).
constexpr std::string_view kPlaceAfterNameJoiners[] = {" in "};

size_t PlaceAfterNameAt(std::string_view part) {
  for (std::string_view j : kPlaceAfterNameJoiners) {
    const size_t at = part.find(j);
    if (at != std::string_view::npos && at > 0 && at + j.size() < part.size() && part[at + j.size()] >= 'A' &&
        part[at + j.size()] <= 'Z')
      return at;
  }
  return std::string_view::npos;
}

std::string_view GroupCreditBody(std::string_view part) {
  for (std::string_view article : kGroupCreditArticles) {
    if (part.size() <= article.size() || !StartsWithIgnoreCase(part, article)) continue;
    const std::string_view body = part.substr(article.size());
    const size_t space = body.rfind(' ');
    if (space == std::string_view::npos) return {};
    if (EqualsAnyIgnoreCase(body.substr(space + 1), kGroupCreditWords)) return body;
  }
  return {};
}

namespace {
// The words that count a rating's votes or mark its scale, in several
// languages, and the words that open a rating's line.
constexpr std::string_view kRatingCountWords[] = {
    "vote", "votes", "rating", "ratings", "review", "reviews", "star", "stars", "readers", "bewertung",
    "bewertungen", "stimmen", "sterne", "avis", "votos", "valoraciones", "estrellas", "reseñas", "voti",
    "recensioni", "stelle", "beoordelingen", "stemmen", "sterren", "avaliações", "estrelas", "ocen", "opinii"};
constexpr std::string_view kRatingOpenWords[] = {"rated", "rating", "rating:", "note", "note:", "bewertung:"};
}  // namespace

bool IsRatingLine(std::string_view text) {
  constexpr int kWordsAfterNumber = 3;
  int since_number = -1;  // words since the last word with a digit (-1: none yet)
  bool first = true, opened = false;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '(' || text[i] == ')' || text[i] == '\n' ||
                               text[i] == '\t' || text[i] == '-' || text[i] == '|'))
      ++i;
    const size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '(' && text[i] != ')' && text[i] != '\n' &&
           text[i] != '\t' && text[i] != '|')
      ++i;
    std::string_view w = text.substr(start, i - start);
    if (w.empty()) continue;
    const bool digit = HasAsciiDigit(w);
    if (digit) {
      // "Rated 4.8", "4.5/5", "8/10" (a score on its scale; a date's
      // slashes, "03/01/2017", are two).
      const size_t slash = w.find('/');
      if (opened || (slash != std::string_view::npos && slash > 0 &&
                     (w.substr(slash + 1) == "5" || w.substr(slash + 1) == "10")))
        return true;
      since_number = 0;
    } else {
      while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ';')) w.remove_suffix(1);
      if (since_number >= 0 && ++since_number <= kWordsAfterNumber && EqualsAnyIgnoreCase(w, kRatingCountWords))
        return true;
      if (first && EqualsAnyIgnoreCase(w, kRatingOpenWords)) opened = true;
      else if (!first && opened) opened = false;
    }
    first = false;
  }
  return false;
}

// The cues a stamp line prints before the post's categories after the
// writer's name ("by Jane Doe in News, Travel", "filed under Recipes").
constexpr std::string_view kTaxonomyCues[] = {
    " filed under ", " posted in ", " in ", " under ", " dans ", " unter ",
};

// The small words inside a place's name, in lower case between its capitalized
// words ("Ciudad de México", "Rio de Janeiro", "Frankfurt am Main", "Castellón
// de la Plana", "Newcastle upon Tyne"): a dateline's place.
constexpr std::string_view kPlaceNameParticles[] = {
    "de", "del", "la", "las", "los", "el", "da", "do", "dos", "das", "di", "du", "des", "le",
    "am", "an", "der", "im", "upon", "sur",
};

bool IsPlaceNameParticle(std::string_view word) { return EqualsAny(word, kPlaceNameParticles); }

// The words of a time shown relatively ("3 days ago", "Yesterday", "vor 2
// Tagen", "il y a 3 jours", "hace 2 días", "2 giorni fa", "3 dagen
// geleden", "2 dni temu", "2 дня назад", "3 gün önce", "för 2 dagar sedan").
constexpr std::string_view kRelativeTimeWords[] = {
    "ago", "yesterday", "today", "now", "vor", "gestern", "heute", "il y a", "hier", "aujourd'hui", "hace",
    "ayer", "hoy", "fa", "ieri", "oggi", "geleden", "gisteren", "vandaag", "temu", "wczoraj", "dzisiaj",
    "\xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xB4", "\xD0\xB2\xD1\x87\xD0\xB5\xD1\x80\xD0\xB0",
    "\xD1\x81\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x8F",  // назад вчера сегодня
    "h\xC3\xA1", "ontem", "hoje", "\xC3\xB6nce", "sedan", "siden",
};

namespace {
// The word of a relative stamp at *pos (spaces, colons and commas before it
// skipped; it ends at a space, comma, colon or full stop), *pos moved past it.
std::string_view NextStampWord(std::string_view text, size_t* pos) {
  size_t b = *pos;
  while (b < text.size() && (text[b] == ' ' || text[b] == ':' || text[b] == ',')) ++b;
  size_t e = b;
  while (e < text.size() && text[e] != ' ' && text[e] != ',' && text[e] != ':' && text[e] != '.') ++e;
  *pos = e + 1;
  return text.substr(b, e - b);
}
}  // namespace

bool IsRelativeTimeText(std::string_view text) {
  text = Trim(text);
  if (text.empty() || text.size() > 48) return false;
  static constexpr WordList kWords(kRelativeTimeWords);
  // Word by word ("il y a" as one: its words are read with the next two).
  for (size_t b = 0; b < text.size();) {
    const std::string_view w = NextStampWord(text, &b);
    if (!w.empty() && (kWords.Contains(w) || StartsWithIgnoreCase(text.substr(w.data() - text.data()), "il y a ")))
      return true;
  }
  return false;
}

// The units of a relative time and the days each stands for (0: less
// than a day; an hour's are counted by RelativeTimeDaysBack), in the
// languages of kRelativeTimeWords. Months and years are too coarse for a
// day: not listed.
struct RelativeTimeUnit {
  std::string_view word;
  int days;  // -1: an hour
};
constexpr RelativeTimeUnit kRelativeTimeUnits[] = {
    {"second", 0}, {"seconds", 0}, {"sec", 0}, {"secs", 0}, {"minute", 0}, {"minutes", 0}, {"min", 0},
    {"mins", 0}, {"hour", -1}, {"hours", -1}, {"hr", -1}, {"hrs", -1}, {"day", 1}, {"days", 1},
    {"week", 7}, {"weeks", 7},
    // German, French, Spanish and Portuguese, Italian, Dutch, Nordic, Polish, Turkish.
    {"sekunde", 0}, {"sekunden", 0}, {"minuten", 0}, {"stunde", -1}, {"stunden", -1}, {"tag", 1},
    {"tagen", 1}, {"woche", 7}, {"wochen", 7}, {"seconde", 0}, {"secondes", 0}, {"heure", -1},
    {"heures", -1}, {"jour", 1}, {"jours", 1}, {"semaine", 7}, {"semaines", 7}, {"segundo", 0},
    {"segundos", 0}, {"minuto", 0}, {"minutos", 0}, {"hora", -1}, {"horas", -1}, {"d\xC3\xAD" "a", 1},
    {"d\xC3\xAD" "as", 1}, {"dia", 1}, {"dias", 1}, {"semana", 7}, {"semanas", 7}, {"secondi", 0},
    {"minuti", 0}, {"ora", -1}, {"ore", -1}, {"giorno", 1}, {"giorni", 1}, {"settimana", 7},
    {"settimane", 7}, {"minuut", 0}, {"uur", -1}, {"dag", 1}, {"dagen", 1}, {"weken", 7},
    {"dagar", 1}, {"dage", 1}, {"dni", 1}, {"dzie\xC5\x84", 1}, {"g\xC3\xBCn", 1}, {"hafta", 7},
    // Russian ("2 дня назад"): минуту минуты минут, час часа часов, день
    // дня дней, неделю недели недель.
    {"\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD1\x83", 0}, {"\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD1\x8B", 0},
    {"\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82", 0}, {"\xD1\x87\xD0\xB0\xD1\x81", -1},
    {"\xD1\x87\xD0\xB0\xD1\x81\xD0\xB0", -1}, {"\xD1\x87\xD0\xB0\xD1\x81\xD0\xBE\xD0\xB2", -1},
    {"\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x8C", 1}, {"\xD0\xB4\xD0\xBD\xD1\x8F", 1},
    {"\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB9", 1}, {"\xD0\xBD\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8E", 7},
    {"\xD0\xBD\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB8", 7}, {"\xD0\xBD\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C", 7},
};

// The words for one unit ("a day ago", "vor einem Tag", "hace una semana").
constexpr std::string_view kRelativeTimeOne[] = {"a", "an", "one", "un", "une", "una", "uno", "um", "uma",
                                                 "ein", "eine", "einem", "einer"};

// The farthest back a relative stamp is counted, in days (a year).
constexpr long long kMaxRelativeDaysBack = 366;


int RelativeTimeDaysBack(std::string_view text) {
  if (!IsRelativeTimeText(text)) return -1;
  text = Trim(text);
  // The day words first ("Yesterday", "gestern", "today").
  static constexpr std::string_view kYesterday[] = {"yesterday", "gestern", "hier", "ayer", "ieri", "gisteren",
                                                    "wczoraj", "ontem", "\xD0\xB2\xD1\x87\xD0\xB5\xD1\x80\xD0\xB0"};
  // ("now" alone is no day: "Live now" is a broadcast's state.)
  static constexpr std::string_view kToday[] = {"today", "heute", "aujourd'hui", "hoy", "oggi", "vandaag",
                                                "dzisiaj", "hoje",
                                                "\xD1\x81\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x8F"};
  static constexpr WordList kWords(kRelativeTimeWords);
  // A stamp that also prints an absolute date ("March 4, 2024 - 3 weeks
  // ago", "Published March 4, 2024 · Updated 2 days ago") is dated by it:
  // a month's name or a four-digit year rules the count out.
  for (size_t b = 0; b < text.size();) {
    const std::string_view w = NextStampWord(text, &b);
    if (MonthFromWord(w) != 0 && !kWords.Contains(w)) return -1;  // ("ago" is also August's "ago")
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), IsAsciiDigit)) return -1;
  }
  // The count starts the stamp, after one label or cue word at most
  // ("3 days ago", "Posted 3 days ago", "vor 2 Wochen", "il y a 2 jours"):
  // a count further in is some other line's ("Live now", "Watch 2 days").
  if (StartsWithIgnoreCase(text, "il y a ")) text = text.substr(7);
  int number = -1;
  int words = 0;
  for (size_t b = 0; b < text.size();) {
    const std::string_view w = NextStampWord(text, &b);
    if (w.empty()) continue;
    if (number < 0 && ++words > 2) return -1;
    if (EqualsAnyIgnoreCase(w, kYesterday)) return 1;
    if (EqualsAnyIgnoreCase(w, kToday)) return 0;
    if (IsAsciiDigit(w[0])) {
      number = 0;
      for (char c : w) {
        if (!IsAsciiDigit(c) || number > 100000) return -1;
        number = number * 10 + (c - '0');
      }
      continue;
    }
    // "a day ago", "an hour ago", "einem Tag", "un jour", "una semana".
    if (number < 0 && EqualsAnyIgnoreCase(w, kRelativeTimeOne)) {
      number = 1;
      continue;
    }
    if (number < 0) continue;
    for (const RelativeTimeUnit& u : kRelativeTimeUnits)
      if (EqualsIgnoreCase(w, u.word)) {
        // Past a year back, a count is no stamp's ("999999 weeks ago").
        const long long back = u.days < 0 ? number / 24 : static_cast<long long>(number) * u.days;
        return back <= kMaxRelativeDaysBack ? static_cast<int>(back) : -1;
      }
    number = -1;
  }
  return -1;
}

// The cues a byline line prints before its date ("Posted by Jane Doe on
// May 2, 2024", "par Luc Moreau le 3 mars 2021", "von Eva Lund am 3. März
// 2024"), lower-case.
constexpr std::string_view kBylineDateCues[] = {" on ", " le ", " am ", " el ", " il ", " op ", " em "};

// Whether the first 40 bytes of `s` hold a digit (a date's part does).
static bool IsDigitAhead(std::string_view s) { return HasAsciiDigit(s.substr(0, 40)); }

// Whether `before` holds a " by " followed by a capitalized word (or one
// that starts with a non-ASCII letter): a writer's name after the cue.
static bool ByBeforeName(std::string_view before) {
  for (size_t by = FindIgnoreCase(before, " by "); by != std::string_view::npos;
       by = FindIgnoreCase(before, " by ", by + 4)) {
    const size_t at = by + 4;
    if (at < before.size() &&
        ((before[at] >= 'A' && before[at] <= 'Z') || static_cast<unsigned char>(before[at]) >= 0xC0))
      return true;
  }
  return false;
}

// The cues a thread's header opens on before the starter's name, lower-case.
constexpr std::string_view kThreadStarterCues[] = {
    "started by ", "thread starter ", "thread starter: ", "iniciado por ", "gestartet von ",
    "démarré par ", "commencé par ", "avviato da ", "gestart door ",
};

std::string_view DateAfterStarterCue(std::string_view line) {
  line = Trim(line);
  if (line.size() > 200 || !HasAsciiDigit(line)) return {};
  size_t from = std::string_view::npos;
  for (std::string_view cue : kThreadStarterCues)
    if (StartsWithIgnoreCase(line, cue)) {
      from = cue.size();
      break;
    }
  if (from == std::string_view::npos) return {};
  // The name ends at the first ", " or at a date cue (" on ", " le "...);
  // the date follows.
  const std::string_view rest = line.substr(from);
  size_t cut = rest.find(", ");
  size_t skip = 2;
  for (std::string_view cue : kBylineDateCues)
    if (const size_t at = rest.find(cue); at != std::string_view::npos && at < cut) cut = at, skip = cue.size();
  if (cut == std::string_view::npos) return {};
  std::string_view part = Trim(rest.substr(cut + skip));
  if (const size_t tax = TaxonomyCueAt(part); tax != std::string_view::npos) part = Trim(part.substr(0, tax));
  return IsDateLine(part) ? part : std::string_view();
}

// The lower-case words a byline joins its name and its date or time with:
// the date cues above without their spaces, and "at"/"en"/"um"/"às"
// before a time ("Posted by Jane Doe at 10:15 AM", "Publicado por Juana
// Pérez en 10:15", "Postado por Joana às 10:15").
constexpr std::string_view kBylineTimeOnlyConnectors[] = {"at", "en", "um", "\xC3\xA0s"};

std::span<const std::string_view> TimeConnectorsStartingWith(char c) {
  // (Grouped by first byte: a time right there, or a letter that starts
  // none, passes with one test.)
  static constexpr std::string_view kA[] = {"at ", "alle ", "a las "}, kU[] = {"um "}, kO[] = {"om ", "o ", "ore "},
                                    kG[] = {"godz. "}, kDash[] = {"- "}, kC3[] = {"\xC3\xA0 ", "\xC3\xA0s "},
                                    kD0[] = {"\xD0\xB2 ", "\xD0\xB3.", "\xD0\xB3 "}, kE2[] = {"\xE2\x80\x93 "};
  switch (c) {
    case 'a': return kA;
    case 'u': return kU;
    case 'o': return kO;
    case 'g': return kG;
    case '-': return kDash;
    case '\xC3': return kC3;
    case '\xD0': return kD0;
    case '\xE2': return kE2;
    default: return {};
  }
}

bool IsBylineTimeConnector(std::string_view word) {
  if (word.size() == 2)
    for (std::string_view cue : kBylineDateCues)
      if (cue.substr(1, 2) == word) return true;
  return EqualsAny(word, kBylineTimeOnlyConnectors);
}



bool IsStoppedWeekday(std::string_view w) {
  static constexpr auto kStoppedWeekdays = StampWordsWith<kRoleStoppedWeekday>();
  static constexpr WordList kList(kStoppedWeekdays);
  return kList.Contains(w);
}

bool IsWeekdayOrDateCue(std::string_view w) {
  static constexpr auto kBylineDateStartWords = StampWordsWith<kRoleDateStart>();
  static constexpr WordList kList(kBylineDateStartWords);
  return kList.Contains(w);
}

bool IsShortWeekday(std::string_view w) {
  static constexpr auto kShortWeekdays = StampWordsWith<kRoleShortWeekday>();
  static constexpr WordList kList(kShortWeekdays);
  return kList.Contains(w);
}

bool IsStampLineWord(std::string_view w) {
  static constexpr auto kStampLineWords = StampWordsWith<kRoleStampLine>();
  // (Most words are ruled out by their first byte and length: WordList.)
  static constexpr WordList kList(kStampLineWords);
  if (kList.Contains(w)) return true;
  // (A capital outside ASCII, "Środa", "Среда", is folded first.)
  if (w.empty() || static_cast<unsigned char>(w[0]) < 0x80 || w.size() > 32) return false;
  char buf[32];
  return kList.Contains(std::string_view(buf, FoldInto(w, buf)));
}

bool IsClockLeadWord(std::string_view w) {
  static constexpr auto kClockLeads = StampWordsWith<kRoleClockLead>();
  // (Asked of every other word of a candidate line: the list's first bytes
  // and lengths rule most out at once, WordList.)
  static constexpr WordList kList(kClockLeads);
  return kList.Contains(w);
}

bool IsJalaliMonth(std::string_view w) { return JalaliMonthNumber(w) != 0; }

int JalaliMonthNumber(std::string_view w) {
  // (Listed in the calendar's order, Farvardin first.)
  static constexpr auto kJalaliMonths = StampWordsWith<kRoleJalaliMonth>();
  static_assert(kJalaliMonths.size() == 12);
  for (size_t i = 0; i < kJalaliMonths.size(); ++i)
    if (w == kJalaliMonths[i]) return static_cast<int>(i) + 1;
  return 0;
}

bool IsJalaliStampWord(std::string_view w) {
  static constexpr auto kJalaliWords = StampWordsWith<kRoleJalaliWord>();
  return EqualsAny(w, kJalaliWords);
}

static bool RestGoesOnIntoDate(std::string_view rest) {
  if (rest.size() > 200 || !HasAsciiDigit(rest)) return false;
  for (size_t at = rest.find(' '); at != std::string_view::npos; at = rest.find(' ', at + 1)) {
    const size_t end = rest.find(' ', at + 1);
    if (end == std::string_view::npos) return false;
    if (IsBylineTimeConnector(rest.substr(at + 1, end - at - 1)) && IsDigitAhead(rest.substr(end + 1))) return true;
  }
  return false;
}

std::string_view DateAfterBylineCue(std::string_view line) {
  // (The date has a digit: a line with none is ruled out at once.)
  if (line.size() > 200 || !HasAsciiDigit(line)) return {};
  // Every cue is a two-letter word between spaces: one pass finds where
  // such words stand, and only those are compared with the cues.
  for (size_t at = 0; at + 4 <= line.size(); ++at) {
    if (line[at] != ' ' || line[at + 3] != ' ') continue;
    const std::string_view cue = line.substr(at, 4);
    if (std::find(std::begin(kBylineDateCues), std::end(kBylineDateCues), cue) == std::end(kBylineDateCues)) continue;
    // (A date follows: a digit after the cue, in the next 40 bytes.)
    if (!IsDigitAhead(line.substr(at + 4))) continue;
    // A byline's: a cue to the writer comes before ("Recorded on May 2,
    // 2024" is no byline).
    // (A bare " by " inside the line cues a writer only when a name
    // follows it, capitalized: "... prices by up to 39% on January 1" is a
    // sentence.)
    const std::string_view before = line.substr(0, at);
    if (StripBylineCue(before).empty() && !ByBeforeName(before)) continue;
    // An update's date after the publication's stamp ("di Anna Neri 4
    // dicembre 2025, ore 10:30 Aggiornato il 4 dic 2025 alle 18:10"): an
    // update cue before this one, past a digit, dates the edit, not the
    // publication.
    if (const size_t up = UpdateCueAt(before); up != std::string_view::npos && HasAsciiDigit(before.substr(0, up)))
      continue;
    std::string_view part = Trim(line.substr(at + cue.size()));
    // ("... on May 2, 2024 in News, Travel": the categories go.)
    if (const size_t tax = TaxonomyCueAt(part); tax != std::string_view::npos) part = Trim(part.substr(0, tax));
    if (IsDateLine(part)) return part;
  }
  // ... or after a comma, in a line a writer's cue starts ("By Jane Doe,
  // March 4, 2024", "Por Ana Souza, 04/03/2024"): what follows one of its
  // commas.
  // (A line without one has none: told before the cue is looked for.)
  if (const size_t first_comma = line.find(", ");
      first_comma != std::string_view::npos && !StripBylineCue(line).empty())
    for (size_t comma = first_comma; comma != std::string_view::npos; comma = line.find(", ", comma + 2)) {
      const std::string_view part = Trim(line.substr(comma + 2));
      if (IsDigitAhead(part) && IsDateLine(part)) return part;
    }
  return {};
}

size_t TaxonomyCueAt(std::string_view name) {
  size_t at = std::string_view::npos;
  for (std::string_view cue : kTaxonomyCues)
    if (const size_t i = FindIgnoreCase(name, cue); i != std::string_view::npos && (at == std::string_view::npos || i < at))
      at = i;
  return at;
}

namespace {

// Whether one of the class list's alphanumeric tokens satisfies `pred`.
template <typename Pred>
bool AnyClassToken(std::string_view cls, Pred pred) {
  size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && !IsAsciiAlnum(cls[i])) ++i;
    size_t e = i;
    while (e < cls.size() && IsAsciiAlnum(cls[e])) ++e;
    if (e > i && pred(cls.substr(i, e - i))) return true;
    i = e;
  }
  return false;
}

// Whether one of the class list's words equals a word of `list`.
// (A token is compared only with the words of its length: most tokens
// match none, and were a call each.)
bool HasClassWordIn(std::string_view cls, std::span<const std::string_view> list) {
  return AnyClassToken(cls, [list](std::string_view token) {
    for (const std::string_view w : list)
      if (token.size() == w.size() && EqualsIgnoreCase(token, w)) return true;
    return false;
  });
}

}  // namespace

namespace {
// The class and id words of a box of reviews and of an event's details
// (NamesReviewBox, NamesEventBox), whole words of the attribute.
constexpr std::string_view kReviewBoxWords[] = {"review", "reviews", "testimonial", "testimonials"};
constexpr std::string_view kEventBoxWords[] = {"event", "events"};

// (A WordPress post class that names the post's category or tag,
// "category-product-reviews", "tag-events", is passed over: it says what
// the post is about, not what the box holds.)
// (Nor is an analytics hook: "ga-event", "gtm-event", "track-event",
// "event-tracking", "data-event" name what a click is reported as, and sit
// on any wrapper, an article's own.)
constexpr std::string_view kTaxonomyClassPrefixes[] = {"category-", "tag-", "data-"};
constexpr std::string_view kAnalyticsClassWords[] = {"ga",       "gtm",     "track",    "tracking",
                                                     "tracker",  "tracked", "analytics", "datalayer"};

// Whether a class name of `attr` (its taxonomy names and analytics hooks
// passed over) has a word of `words` (HasClassWordIn).
bool AttrHasWord(std::string_view attr, std::span<const std::string_view> words) {
  return AnySpaceToken(attr, [words](std::string_view token) {
    return !StartsWithAnyIgnoreCase(token, kTaxonomyClassPrefixes) &&
           AnyClassToken(token, [words](std::string_view w) { return EqualsAnyIgnoreCase(w, words); }) &&
           !AnyClassToken(token, [](std::string_view w) { return EqualsAnyIgnoreCase(w, kAnalyticsClassWords); });
  });
}
}  // namespace

bool NamesReviewBox(std::string_view class_or_id) { return AttrHasWord(class_or_id, kReviewBoxWords); }
bool NamesEventBox(std::string_view class_or_id) { return AttrHasWord(class_or_id, kEventBoxWords); }

// The class and id words of a share box or control (NamesShareBox), whole
// words of the attribute: the share bar's vendors' and the words of the
// hint table's share rows (kHintBoilerplate's "share", "social", "teilen").
constexpr std::string_view kShareBoxWords[] = {
    "share",    "shares",  "sharing",  "sharebar", "sharethis", "social",     "addthis", "addtoany",
    "a2a",      "teilen",  "partage",  "compartir", "condividi", "udostepnij", "paylas", "bagikan",
};

bool NamesShareBox(std::string_view class_or_id) { return AttrHasWord(class_or_id, kShareBoxWords); }

// Class words that name tabs (see NamesTabs).
constexpr std::string_view kTabWords[] = {"tab", "tabs", "tablist", "tabbar", "tabset"};

bool NamesTabs(std::string_view cls) { return HasClassWordIn(cls.substr(0, 256), kTabWords); }

// Class words of a tab bar itself (see NamesTabBar).
constexpr std::string_view kTabBarWords[] = {"tabbed-labels", "tab-labels", "tabs-labels", "nav-tabs",
                                             "tab-list", "tabs-list", "tab-nav", "tabs-nav"};

// A list of whole class names, with the lengths and the first letters
// (any case) its names have: a class name of another length or first
// letter is passed over without a comparison.
struct ClassNames {
  std::span<const std::string_view> names;
  uint64_t lengths = 0;  // bit LengthBit(size)
  uint64_t firsts = 0;   // bit FirstBit(name[0])
  static constexpr unsigned FirstBit(char c) { return (static_cast<unsigned char>(c) | 0x20) & 63; }
  static constexpr unsigned LengthBit(size_t n) { return n < 63 ? unsigned(n) : 63; }
  template <size_t N>
  constexpr explicit ClassNames(const std::string_view (&list)[N]) : names(list) {
    for (std::string_view w : list) {
      lengths |= uint64_t{1} << LengthBit(w.size());
      firsts |= uint64_t{1} << FirstBit(w[0]);
    }
  }
  // (`name` is not empty.)
  bool Has(std::string_view name) const {
    return ((lengths >> LengthBit(name.size())) & 1) && ((firsts >> FirstBit(name[0])) & 1) &&
           EqualsAnyIgnoreCase(name, names);
  }
};

// Whether one of the class list's whole names (split at white space
// only: "tabbed-labels" is one) equals a name of `list`.
static bool HasClassNameIn(std::string_view cls, const ClassNames& list) {
  return AnySpaceToken(cls, [&list](std::string_view name) { return list.Has(name); });
}

constexpr ClassNames kTabBarNames(kTabBarWords);

bool NamesTabBar(std::string_view cls) {
  return NamesTabs(cls) || HasClassNameIn(cls.substr(0, 256), kTabBarNames);
}

// Class words of a code listing's line-number gutter or a line's number
// (see IsLineNumberClass). Only ever read with the element's text checked
// to be numbers alone.
constexpr std::string_view kLineNumberWords[] = {"linenos", "linenodiv", "lineno", "linenumber", "line-number",
                                                 "line-numbers-rows", "rouge-gutter", "gutter", "lnt", "ln",
                                                 "hljs-ln-numbers", "blob-num", "code-line-number",
                                                 // The code editors' gutters (kCodeLineWords).
                                                 "cm-gutterElement", "CodeMirror-linenumber", "line-numbers",
                                                 "ace_gutter-cell"};

constexpr ClassNames kLineNumberNames(kLineNumberWords);

bool IsLineNumberClass(std::string_view cls) { return HasClassNameIn(cls.substr(0, 256), kLineNumberNames); }

// Class names of a code listing's line box, and of the listing's box, where
// a generator prints the code as line boxes with no <pre> (IsCodeLineBox).
// The in-browser code editors print their listings so too: CodeMirror 6
// ("div.cm-content" of "div.cm-line"s), CodeMirror 5 ("CodeMirror-code"
// of "pre.CodeMirror-line"s), Monaco ("view-lines" of "view-line"s) and
// Ace ("ace_text-layer" of "ace_line"s).
// (CodeMirror 6 names the cursor's line "cm-activeLine cm-line": the first
// name is the one read.)
constexpr std::string_view kCodeLineWords[] = {"line",       "code-line", "codeline",        "cm-line",
                                               "view-line",  "ace_line",  "CodeMirror-line", "cm-activeLine"};
constexpr std::string_view kCodeBoxWords[] = {"fragment",     "code",           "codeblock",       "code-block",
                                              "sourcecode",   "source-code",    "syntaxhighlighter", "code-listing",
                                              "cm-content",   "CodeMirror-code", "view-lines",      "ace_text-layer",
                                              // Tutorials' example boxes ("div.w3-code": W3Schools').
                                              "w3-code",      "example-code",    "code-example",    "code-sample",
                                              "sample-code"};
constexpr ClassNames kCodeLineNames(kCodeLineWords);
constexpr ClassNames kCodeBoxNames(kCodeBoxWords);

// The class words of an element hidden from the eye for screen readers
// only (NamesScreenReaderOnly); "hidden", "d-none" hide it from both.
constexpr std::string_view kScreenReaderOnlyWords[] = {
    "sr-only", "sr_only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader",
    "assistive-text", "hide-visually", "a11y-hidden",
};

bool NamesScreenReaderOnly(std::string_view cls) {
  return !cls.empty() && ContainsAnyIgnoreCase(cls.substr(0, 256), kScreenReaderOnlyWords);
}

bool IsCodeLineClass(std::string_view cls) {
  // (The first class name only, "line number1 index0 alt2": asked of the
  // first child of most boxes, most of which fail on its first byte.)
  cls = Trim(cls);
  if (cls.empty()) return false;
  const char c0 = ToLowerAscii(cls[0]);
  if (c0 != 'l' && c0 != 'c' && c0 != 'v' && c0 != 'a') return false;
  const std::string_view first = cls.substr(0, cls.find_first_of(" \t\n\f\r"));
  return kCodeLineNames.Has(first);
}
bool NamesCodeBox(std::string_view cls) { return HasClassNameIn(cls.substr(0, 256), kCodeBoxNames); }

// The class names of a code example whose lines <br>s part (IsBrCodeBox):
// not "code" or "fragment" alone (a deal's coupon box, a poem).
constexpr std::string_view kBrCodeBoxWords[] = {"w3-code",      "example-code", "code-example", "code-sample",
                                                "sample-code",  "sourcecode",   "source-code",  "codeblock",
                                                "code-block",   "code-listing", "syntaxhighlighter"};
constexpr ClassNames kBrCodeBoxNames(kBrCodeBoxWords);

bool NamesBrCodeBox(std::string_view cls) { return HasClassNameIn(cls.substr(0, 256), kBrCodeBoxNames); }

bool IsAuthorBoxClass(std::string_view cls) {
  return AnyClassToken(cls, [](std::string_view token) {
    if (StartsWithIgnoreCase(token, kAuthorBoxPrefix)) return true;
    for (std::string_view w : kAuthorBoxWords)
      if (EqualsIgnoreCase(token, w)) return true;
    return false;
  });
}

// Class words of a <time> that dates an update, and of one that dates the
// publication (WordPress: "entry-date published" beside "updated"; a
// theme that was never updated writes "entry-date published updated").
// (A revision's date is the last change's too: MkDocs' git-revision-date
// plugin, "revision-date".)
constexpr std::string_view kUpdateStampClassWords[] = {"updated", "modified", "datemodified", "lastmodified",
                                                       "revision"};
constexpr std::string_view kPublishStampClassWords[] = {"published", "datepublished", "pubdate"};

bool IsPublishStampClass(std::string_view cls) {
  return HasClassWordIn(cls, kPublishStampClassWords);
}

// Class names of a blog's day heading over the posts of that day
// (Blogger's "<h2 class=date-header><span>Tuesday, April 15, 2025</span>
// </h2>"), whole names.
constexpr std::string_view kDayHeaderClasses[] = {"date-header"};

constexpr ClassNames kDayHeaderNames(kDayHeaderClasses);

bool IsDayHeaderClass(std::string_view cls) { return HasClassNameIn(cls, kDayHeaderNames); }

bool IsUpdateStampClass(std::string_view cls) {
  // (The update's words first: most classes hold none, and the test ends.)
  return HasClassWordIn(cls, kUpdateStampClassWords) && !IsPublishStampClass(cls);
}

// Class words of a byline's part that gives the writer's role, not the
// name ("role", "designation", "jobTitle", "authorRole"), and the two-word
// forms ("job-title", "author-role", "author_position"): a writer's or a
// job's word, then a role's. (Not "title" after "author": themes class the
// name itself "author-title"; not a bare "job" or "position": a utility
// class, Bootstrap's "position-relative", is no role.)
// (A dateline's place is a detail too: IsDatelineClass.)
// (And the place the writer files from, set apart in the byline: Arc
// XP's "b-byline__location", "Por Redacción | Zamora".)
constexpr std::string_view kBylineDetailWords[] = {"designation", "jobtitle", "role", "authorrole",
                                                   "authorposition", "authorjob", "authordesignation",
                                                   "location"};
// (A "location" class that names the author too, "story__author-location",
// is the byline's box: the name and the place in it.)
// Whole class names of a byline's part that is no name: the account handle
// a social platform prints after the display name (Mastodon's
// "display-name__account": "@user@server").
constexpr std::string_view kBylineDetailClassNames[] = {"display-name__account"};
constexpr std::string_view kBylineDetailFirstWords[] = {"author", "writer", "byline", "job"};
constexpr std::string_view kBylineDetailSecondWords[] = {"role", "position", "job", "designation", "title"};

// A story's place set in the byline ("<span class=dateline>RIO DE
// JANEIRO</span> By Jane Doe"): no part of the name.
constexpr std::string_view kDatelineClassWords[] = {"dateline"};
// (Asked of every span before a byline's first text: the word is looked
// for as a substring first, any case, by a skip search over the list,
// Horspool's: most bytes of a class list are passed unread, where its
// tokens were all cut and compared.)
bool IsDatelineClass(std::string_view cls) {
  static_assert(std::size(kDatelineClassWords) == 1 && kDatelineClassWords[0].size() == 8);
  static constexpr std::string_view kWord = kDatelineClassWords[0];
  static constexpr auto kSkip = [] {
    std::array<uint8_t, 256> t{};
    t.fill(uint8_t(kWord.size()));
    for (size_t i = 0; i + 1 < kWord.size(); ++i) {
      const auto c = static_cast<unsigned char>(kWord[i]);
      t[c] = uint8_t(kWord.size() - 1 - i);
      if (c >= 'a' && c <= 'z') t[c - 32] = t[c];
    }
    return t;
  }();
  // (The word's letters each OR 0x20 to their lower case, and no other
  // byte does: an 8-byte window ORed so equals the word in any case.)
  static_assert(std::endian::native == std::endian::little);
  constexpr uint64_t kPacked = [] {
    uint64_t v = 0;
    for (size_t i = 0; i < kWord.size(); ++i) v |= uint64_t(static_cast<unsigned char>(kWord[i])) << (8 * i);
    return v;
  }();
  constexpr uint64_t kCase = ~uint64_t{0} / 255 * 0x20;
  for (size_t i = 0; i + kWord.size() <= cls.size();) {
    uint64_t w;
    std::memcpy(&w, cls.data() + i, sizeof w);
    if ((w | kCase) == kPacked && (i == 0 || !IsAsciiAlnum(cls[i - 1])) &&
        (i + kWord.size() == cls.size() || !IsAsciiAlnum(cls[i + kWord.size()])))
      return true;
    i += kSkip[static_cast<unsigned char>(cls[i + kWord.size() - 1])];
  }
  return false;
}

// The class words of a place's box (IsVenueClass).
constexpr std::string_view kVenueClassWords[] = {"venue", "location", "place", "directions"};
bool IsVenueClass(std::string_view cls) { return !cls.empty() && HasClassWordIn(cls, kVenueClassWords); }

// (One pass over the class list's words, its runs of letters and digits,
// for the three readings: a word of a list; a whole class name, which
// opens on a word where a name starts (static_assert below); a word joined
// to the next by '-' or '_'. A word of no length a list holds is passed
// with one look: a utility framework's class list runs to hundreds of
// bytes, and three passes over it were a thousand instructions a box.)
constexpr uint32_t LengthMask(std::span<const std::string_view> list) {
  uint32_t m = 0;
  for (std::string_view w : list) m |= w.size() < 32 ? uint32_t{1} << w.size() : 0;
  return m;
}
static_assert(std::ranges::all_of(kBylineDetailWords, [](std::string_view w) { return w.size() < 32; }));
static_assert(std::ranges::all_of(kDatelineClassWords, [](std::string_view w) { return w.size() < 32; }));
static_assert(std::ranges::all_of(kBylineDetailFirstWords, [](std::string_view w) { return w.size() < 32; }));
static_assert(std::ranges::all_of(kBylineDetailClassNames, [](std::string_view w) {
  return !w.empty() && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= '0' && w[0] <= '9')) &&
         w.find_first_of(" \t\n\f\r") == std::string_view::npos;
}));
bool IsBylineDetailClass(std::string_view cls) {
  static constexpr uint32_t kWordLengths = LengthMask(kBylineDetailWords) | LengthMask(kDatelineClassWords);
  static constexpr uint32_t kFirstLengths = LengthMask(kBylineDetailFirstWords);
  const size_t n = cls.size();
  for (size_t i = 0; i < n;) {
    while (i < n && !IsAsciiAlnum(cls[i])) ++i;
    size_t e = i;
    while (e < n && IsAsciiAlnum(cls[e])) ++e;
    if (e == i) break;
    const size_t len = e - i;
    const std::string_view word = cls.substr(i, len);
    const uint32_t bit = len < 32 ? uint32_t{1} << len : 0;
    if ((kWordLengths & bit) &&
        (EqualsAnyIgnoreCase(word, kBylineDetailWords) || EqualsAnyIgnoreCase(word, kDatelineClassWords)) &&
        !(EqualsIgnoreCase(word, "location") && ContainsIgnoreCase(cls, "author")))
      return true;
    // A whole class name of the list (parted by ASCII spaces).
    if (i == 0 || IsAsciiSpace(cls[i - 1]))
      for (std::string_view name : kBylineDetailClassNames)
        if (n - i >= name.size() && EqualsIgnoreCase(cls.substr(i, name.size()), name) &&
            (n - i == name.size() || IsAsciiSpace(cls[i + name.size()])))
          return true;
    // Two words of one class name, joined by '-' or '_'; "title" only
    // after "job".
    if ((kFirstLengths & bit) && e + 1 < n && (cls[e] == '-' || cls[e] == '_') &&
        EqualsAnyIgnoreCase(word, kBylineDetailFirstWords)) {
      size_t f = e + 1;
      while (f < n && IsAsciiAlnum(cls[f])) ++f;
      const std::string_view second = cls.substr(e + 1, f - e - 1);
      if (EqualsAnyIgnoreCase(second, kBylineDetailSecondWords) &&
          (!EqualsIgnoreCase(second, "title") || EqualsIgnoreCase(word, "job")))
        return true;
    }
    i = e;
  }
  return false;
}

bool IsAuthorDetailClass(std::string_view cls) {
  return HasClassWordIn(cls, kAuthorDetailWords);
}

constexpr std::string_view kPersonNameWords[] = {"personname"};

bool NamesPersonNameClass(std::string_view cls) { return HasClassWordIn(cls, kPersonNameWords); }

bool IsAccountWord(std::string_view word) { return InWordList<kAccountWords>(word); }

bool IsLoginName(std::string_view name) { return EqualsAnyIgnoreCase(Trim(name), kLoginNames); }

bool IsOrganisationWord(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ')')) word.remove_suffix(1);
  static constexpr WordList kList(kOrganisationWords);
  return kList.Contains(word);
}

bool IsInstitutionWord(std::string_view word) { return EqualsAnyIgnoreCase(word, kInstitutionWords); }

bool IsNewsOutletWord(std::string_view word) { return InWordList<kNewsOutletWords>(word); }

bool IsNewsOutletTitleWord(std::string_view word) { return InWordList<kNewsOutletTitleWords>(word); }

bool IsPlaceOpeningWord(std::string_view word) { return InWordList<kPlaceOpeningWords>(word); }

bool IsPlaceOpeningGivenName(std::string_view word) { return InWordList<kPlaceOpeningGivenNames>(word); }

bool IsPlaceClosingWord(std::string_view word) { return InWordList<kPlaceClosingWords>(word); }

bool IsPlaceJoiningWord(std::string_view word) { return EqualsAny(word, kPlaceJoiningWords); }

bool IsPlaceClosingSurname(std::string_view word) { return EqualsAnyIgnoreCase(word, kPlaceClosingSurnames); }

static_assert(AllFoldedLower(kCommonGivenNames));
bool IsCommonGivenName(std::string_view word) {
  // (Folded first: the list's capitals beyond ASCII, "Ł", "С", are two
  // bytes whose first differs from their lower case's at times.)
  char folded[32];
  if (word.size() > sizeof(folded)) return false;
  return InWordList<kCommonGivenNames>(std::string_view(folded, FoldInto(word, folded)));
}

// Words that open a line naming where a story came from, not who wrote it
// ("Theo Tuổi Trẻ", Vietnamese "according to"; "Nguồn:", "Source:",
// "Quelle:", "Fuente:", "Fonte:", "Via"), any ASCII case, a colon after it
// aside.
constexpr std::string_view kSourceLineCues[] = {"theo", "ngu\xE1\xBB\x93n", "source", "quelle", "fuente", "fonte",
                                               "via"};

bool IsSourceLineCue(std::string_view word) {
  if (word.ends_with(':')) word.remove_suffix(1);
  return EqualsAnyIgnoreCase(word, kSourceLineCues);
}

// The small words between the capitalized ones of a public body's or a
// school's name ("Center for Drug Evaluation and Research", "Department of
// Health & Human Services"), lower case.
constexpr std::string_view kInstitutionNameJoiners[] = {"and", "&", "of", "for", "the", "on", "in"};

bool IsInstitutionNameJoiner(std::string_view word) { return EqualsAny(word, kInstitutionNameJoiners); }

// Role words in bylines that are not names.
constexpr std::string_view kAuthorNoise[] = {
    "staff", "staff writer", "staff reporter", "reporter", "correspondent", "editor",
    "contributor", "contributing writer", "senior writer", "writer", "columnist", "associated press",
    "the associated press", "reuters", "afp", "updated", "published", "posted", "and", "admin",
    "administrator", "guest", "guest author", "team", "editorial staff", "news desk", "newsdesk",
    "photographer", "special to", "for", "by", "more", "view all posts", "follow", "medically",
    "previous", "next", "username", "user name",
    // (A CMS's login, "webadmin", "sysadmin", is noise too: IsAccountWord.
    // A login that is also a surname, "root", only as the whole name:
    // IsLoginName.)
    // A thread list's stats row ("Replies 7 Views 1K") is no byline.
    "replies", "views",
    // The paper's desk as the whole credit, in the languages of the papers
    // ("di Redazione", a JSON-LD Person "Redaktion"): the newsroom, no
    // writer.
    "redaktion", "r\xC3\xA9" "daction", "redacci\xC3\xB3n", "redazione", "reda\xC3\xA7\xC3\xA3o", "redactie",
    "redakcja", "redakce",
};

// ... and the publication and update cues of every language of the stamp
// words ("Aktualisiert", "Publié", "Bijgewerkt": a stamp's label that a
// theme prints in an element of its own beside the byline's name).
constexpr auto AuthorNoiseWithStampCues() {
  constexpr auto kCues = StampWordsWith<kRolePublished | kRoleStampCue>();
  std::array<std::string_view, std::size(kAuthorNoise) + kCues.size()> out{};
  size_t k = 0;
  for (std::string_view w : kAuthorNoise) out[k++] = w;
  for (std::string_view w : kCues) out[k++] = w;
  return out;
}

bool IsNoiseAuthorWord(std::string_view w) {
  // (Looked up by first byte and length: most parts are names, passed
  // with a test or two.)
  static constexpr auto kWords = AuthorNoiseWithStampCues();
  static constexpr WordList kList(kWords);
  return kList.Contains(w) || IsAccountWord(w);
}

// Credentials and suffixes that belong to the name before them.
constexpr std::string_view kNameSuffixes[] = {
    "md", "m.d.", "phd", "ph.d.", "do", "rn", "mba", "mph", "jd", "cpa", "cfp", "ms", "ma", "dds",
    "facs", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "esq", "esq.", "lcsw", "rd", "np", "pa-c",
    "cfa", "dvm", "edd", "ed.d.", "msc", "bsc",
};

bool IsNameSuffix(std::string_view w) {
  // (No suffix is longer than kMaxNameSuffixBytes, a dot after it aside:
  // a longer word, most parts asked, is none; it is not lower-cased.)
  constexpr size_t kMaxNameSuffixBytes = 5;
  static_assert(std::ranges::all_of(kNameSuffixes, [](std::string_view s) { return s.size() <= kMaxNameSuffixBytes; }));
  std::string_view t = Trim(w);
  while (!t.empty() && (t.back() == '*' || t.back() == ',')) t.remove_suffix(1);
  if (t.size() > kMaxNameSuffixBytes + 1) return false;
  std::string lower = ToLowerAscii(Trim(w));
  while (!lower.empty() && (lower.back() == '*' || lower.back() == ',')) lower.pop_back();
  // "M.D." and "Jr." are listed with their dots, "DVM." is "dvm" and a dot.
  const std::string_view bare = !lower.empty() && lower.back() == '.' ? std::string_view(lower).substr(0, lower.size() - 1)
                                                                       : std::string_view(lower);
  for (std::string_view s : kNameSuffixes)
    if (lower == s || bare == s) return true;
  return false;
}

// A press release's kind, printed in its meta box where a byline would
// stand ("Peer-Reviewed Publication", "Business Announcement"), or a
// publisher's name ("Northwind Publications").
constexpr std::string_view kReleaseKindWords[] = {"publication", "publications", "announcement"};
bool IsReleaseKindWord(std::string_view word) { return EqualsAnyIgnoreCase(word, kReleaseKindWords); }

bool IsLegalFormWord(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ')')) word.remove_suffix(1);
  return EqualsAnyIgnoreCase(word, kLegalFormWords);
}

// Class words of the writer's own element (IsWriterClass).
constexpr std::string_view kWriterClassWords[] = {"byline", "author", "writer"};
// Words that open on a writer's class word and are other words
// ("authoritative", "authorization", "authorised").
constexpr std::string_view kWriterClassFalseStarts[] = {"authorit", "authoriz", "authoris"};

// Whether one segment of a class name (lower-cased) is a writer's word: it
// opens on the word ("author", "authorname", "bylines"; not one of
// kWriterClassFalseStarts), or ends on it or its plural ("postauthor",
// "coauthors").
static bool IsWriterSegment(std::string_view seg) {
  for (std::string_view w : kWriterClassWords) {
    if (seg.starts_with(w)) {
      for (std::string_view f : kWriterClassFalseStarts)
        if (seg.starts_with(f)) return false;
      return true;
    }
    if (seg.ends_with(w) || (seg.size() > w.size() && seg.back() == 's' && seg.substr(0, seg.size() - 1).ends_with(w)))
      return true;
  }
  return false;
}

// The words of a user's picture's class (IsAvatarClass), lower case, as
// parts of a class name ("avatar-96", "pp-user-avatar", "gravatar").
constexpr std::string_view kAvatarClassWords[] = {"avatar", "userpic"};

bool IsAvatarClass(std::string_view cls) {
  for (std::string_view w : kAvatarClassWords)
    if (FindIgnoreCase(cls, w) != std::string_view::npos) return true;
  return false;
}

// A class list's segments: runs of letters and digits, cut also where a
// capital follows a lower-case letter ("postAuthor": "post", "author"). A
// segment is read lower-cased, 32 bytes at most.
bool IsWriterClass(std::string_view cls) {
  char buf[32];
  size_t n = 0;
  bool over = false;
  auto flush = [&]() {
    const bool hit = !over && n > 0 && IsWriterSegment(std::string_view(buf, n));
    n = 0;
    over = false;
    return hit;
  };
  for (size_t i = 0; i < cls.size(); ++i) {
    const char ch = cls[i];
    if (!IsAsciiAlnum(ch)) {
      if (flush()) return true;
      continue;
    }
    if (ch >= 'A' && ch <= 'Z' && i > 0 && cls[i - 1] >= 'a' && cls[i - 1] <= 'z' && flush()) return true;
    if (n < sizeof buf) buf[n++] = ToLowerAscii(ch);
    else over = true;
  }
  return flush();
}

bool IsRoleMailbox(std::string_view address) {
  return EqualsAnyIgnoreCase(address.substr(0, address.find('@')), kRoleMailboxes);
}

// (IsFirmFooterWord.)
constexpr std::string_view kFirmFooterWords[] = {
    "solicitors", "solicitor", "attorneys", "attorney", "lawyers", "barristers", "notaries", "llp", "ltd",
    "limited", "plc", "gmbh", "regulated", "law", "rechtsanwälte", "avocats", "abogados", "advocaten"};

bool IsFirmFooterWord(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';' || word.back() == ')'))
    word.remove_suffix(1);
  return EqualsAnyIgnoreCase(word, kFirmFooterWords);
}

// (HasGuestPostCue.)
constexpr std::string_view kGuestPostCues[] = {
    "guest post", "guest author", "guest writer", "guest blogger", "guest column", "written by",
    "gastbeitrag", "gastartikel", "article invité", "artículo invitado", "articolo ospite"};

bool HasGuestPostCue(std::string_view text) { return ContainsAnyIgnoreCase(text, kGuestPostCues); }

// (IsCardFooterFurnitureLine.) Words of a story's tag, share and print
// footer ("Filed under Council", "Tags", "Print this story", "Share").
constexpr std::string_view kCardFooterFurnitureWords[] = {
    "filed",    "tags",    "tagged",   "tag",       "topics",  "category", "categories", "print",
    "share",    "shares",  "comment",  "comments",  "reply",   "replies",  "permalink",  "email",
    "tweet",    "bookmark", "schlagwörter", "kategorie", "drucken", "teilen"};

bool IsCardFooterFurnitureLine(std::string_view line) {
  size_t i = 0;
  for (int words = 0; i < line.size() && words < 64; ++words) {
    while (i < line.size() && !IsAsciiAlpha(line[i]) && static_cast<unsigned char>(line[i]) < 0x80) ++i;
    size_t e = i;
    while (e < line.size() && (IsAsciiAlpha(line[e]) || static_cast<unsigned char>(line[e]) >= 0x80)) ++e;
    if (e > i && EqualsAnyIgnoreCase(line.substr(i, e - i), kCardFooterFurnitureWords)) return true;
    i = e;
  }
  return false;
}

// (NamesSelection.) Words of a page that is itself a selection of posts.
constexpr std::string_view kSelectionTitleWords[] = {"picks", "pick", "featured", "roundup", "round-up",
                                                     "highlights", "favourites", "favorites"};

bool NamesSelection(std::string_view title) {
  size_t i = 0;
  std::string_view last;
  for (int words = 0; i < title.size() && words < 64; ++words) {
    while (i < title.size() && !IsAsciiAlpha(title[i]) && title[i] != '-') ++i;
    size_t e = i;
    while (e < title.size() && (IsAsciiAlpha(title[e]) || title[e] == '-')) ++e;
    const std::string_view w = title.substr(i, e - i);
    // (Most words are ruled out by their first byte and length: WordList.)
    static constexpr WordList kSelectionWordList(kSelectionTitleWords);
    if (!w.empty() && kSelectionWordList.Contains(w)) return true;
    if (EqualsIgnoreCase(w, "of") && EqualsIgnoreCase(last, "best")) return true;
    last = w;
    i = e;
  }
  return false;
}

bool IsBioVerb(std::string_view word) {
  return EqualsAnyIgnoreCase(word, kBioVerbs);
}

// The label over an author box's bio ("About the Author:"), in the
// languages bylines come in, lower-case.
constexpr std::string_view kAboutTheAuthorLabels[] = {
    "about the author", "about the writer", "\xC3\xBC" "ber den autor", "\xC3\xBC" "ber die autorin",
    "\xC3\xA0 propos de l'auteur", "\xC3\xA0 propos de l\xE2\x80\x99" "auteur", "sobre el autor", "sobre la autora",
    "sull'autore", "sull\xE2\x80\x99" "autore", "sobre o autor", "sobre a autora", "over de auteur", "o autorze",
};

bool IsAboutTheAuthorLabel(std::string_view line) {
  line = Trim(line);
  while (!line.empty() && line.back() == ':') line = Trim(line.substr(0, line.size() - 1));
  return EqualsAnyFolded(line, kAboutTheAuthorLabels);
}

bool IsProfessionWord(std::string_view word) { return InWordList<kProfessionWords>(word); }

static bool IsForeignRoleNoun(std::string_view word) { return InWordList<kForeignRoleNouns>(word); }

bool IsJobTitleWord(std::string_view word) {
  static constexpr WordList kList(kJobTitleWords);
  return kList.Contains(word) || IsProfessionWord(word) || IsForeignRoleNoun(word);
}

// Whether `word` is a role noun (kRoleNouns) or a profession.
static bool IsRoleNoun(std::string_view word) {
  static constexpr WordList kRoles(kRoleNouns);
  return kRoles.Contains(word) || IsProfessionWord(word) || IsForeignRoleNoun(word);
}

bool IsProfessionCredit(std::string_view part) {
  // One to four words, the last a profession, the others job title words.
  constexpr size_t kMaxWords = 4;
  part = Trim(part);
  size_t words = 0;
  for (size_t b = 0; b < part.size();) {
    const size_t e = std::min(part.find(' ', b), part.size());
    if (e > b) {
      const std::string_view w = part.substr(b, e - b);
      if (++words > kMaxWords) return false;
      static constexpr WordList kQualifiers(kProfessionQualifiers);
      if (e == part.size() ? !IsProfessionWord(w) : !(IsJobTitleWord(w) || kQualifiers.Contains(w))) return false;
    }
    b = e + 1;
  }
  return words > 0;
}

// Words of a meta key that names a date (IsDateMetaKey).
constexpr std::string_view kDateMetaKeyWords[] = {"published", "date", "modified", "time", "created", "updated"};

bool IsDateMetaKey(std::string_view key) {
  // (One pass over the key for all the words: PageDateOrder asks it of
  // every meta whose value opens on a digit.)
  static constexpr PhraseList kList(kDateMetaKeyWords);
  return kList.FoundIn(key);
}

// Stems of a meta key that names a modification (IsModificationMetaKey).
constexpr std::string_view kModificationMetaStems[] = {"modif", "updat"};

bool IsModificationMetaKey(std::string_view key) {
  static constexpr PhraseList kList(kModificationMetaStems);
  return kList.FoundIn(key);
}

// Whether the words of `name` are two or three capitalized words, none a
// job title word: a person's name beside a role (RoleAfterName,
// RoleBeforeName).
static bool IsBareNameBesideRole(std::string_view name) {
  size_t name_words = 0;
  for (size_t b = 0; b < name.size();) {
    const size_t e = std::min(name.find(' ', b), name.size());
    if (e > b) {
      // (A capital, then a lower-case letter somewhere: "AAA" is no name.)
      const std::string_view w = name.substr(b, e - b);
      if (!(w[0] >= 'A' && w[0] <= 'Z') || !std::any_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) ||
          IsJobTitleWord(w))
        return false;
      ++name_words;
    }
    b = e + 1;
  }
  return name_words >= 2 && name_words <= 3;
}

size_t RoleBeforeName(std::string_view s) {
  static constexpr WordList kBeats(kBeatWords);
  // The words from the start: job title or beat words ("Staff", "Senior",
  // "Sports"), the last a role noun, kMaxRoleWords at most; then the name.
  constexpr size_t kMaxRoleWords = 4;
  size_t b = 0, name_at = 0;
  for (size_t words = 0; b < s.size() && words < kMaxRoleWords; ++words) {
    const size_t e = std::min(s.find(' ', b), s.size());
    const std::string_view w = s.substr(b, e - b);
    if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) break;
    if (IsRoleNoun(w)) name_at = e;
    else if (!IsJobTitleWord(w) && !kBeats.Contains(w)) break;
    b = e + 1;
  }
  if (name_at == 0 || name_at >= s.size()) return 0;
  const size_t at = name_at + 1;
  return IsBareNameBesideRole(Trim(s.substr(at))) ? at : 0;
}

size_t RoleAfterName(std::string_view s) {
  // The words from the end: a role noun last, then job title or beat words
  // ("Sports Reporter"), up to kMaxRoleWords; two or three capitalized words
  // of name before them, none a job title word.
  constexpr size_t kMaxRoleWords = 4;
  size_t end = s.size(), role_at = s.size(), words = 0;
  while (end > 0 && words < kMaxRoleWords) {
    const size_t sp = s.rfind(' ', end - 1);
    const size_t b = sp == std::string_view::npos ? 0 : sp + 1;
    const std::string_view w = s.substr(b, end - b);
    static constexpr WordList kBeats(kBeatWords);
    auto is_role = [words](std::string_view x) {
      return words == 0 ? IsRoleNoun(x) : IsJobTitleWord(x) || kBeats.Contains(x);
    };
    if (w.empty()) break;
    if (!is_role(w)) {
      // The role's first word glued to the name's last, the two elements
      // joined with no space between ("Jane MarlowSenior Editor").
      size_t p = w.size();
      while (p > 1 && !(w[p - 1] >= 'A' && w[p - 1] <= 'Z' && w[p - 2] >= 'a' && w[p - 2] <= 'z')) --p;
      if (p > 1 && is_role(w.substr(p - 1))) role_at = b + p - 1, ++words;
      break;
    }
    role_at = b, ++words;
    if (sp == std::string_view::npos) break;
    end = sp;
  }
  if (words == 0 || role_at == 0) return 0;
  return IsBareNameBesideRole(Trim(s.substr(0, role_at))) ? role_at : 0;
}

// Words that count what a list holds.
constexpr std::string_view kItemCountWords[] = {"item", "items", "result", "results", "product", "products"};

bool EndsWithItemCount(std::string_view heading) {
  heading = Trim(heading);
  if (heading.size() < 4 || heading.back() != ')') return false;
  const size_t open = heading.rfind('(');
  if (open == std::string_view::npos || heading.size() - open > 24) return false;
  std::string_view in = Trim(heading.substr(open + 1, heading.size() - open - 2));
  size_t digits = 0;
  if (!SkipNumber(in, &digits)) return false;
  std::string_view rest = Trim(in.substr(digits));
  if (rest == "+") return true;
  if (!rest.empty() && rest[0] == '+') rest = Trim(rest.substr(1));
  return !rest.empty() && EqualsAnyIgnoreCase(rest, kItemCountWords);
}

constexpr std::string_view kLeadInWords[] = {
    "the", "a", "an", "to", "of", "for", "in", "on", "at", "by", "with", "and", "or", "from", "into", "about",
    "your", "our", "my", "their", "its", "his", "her", "this", "these", "that", "what",
    "how", "why", "which", "who", "when", "where", "is", "are", "was", "be"};

// Prepositions and conjunctions that join a headline's words: a kicker
// (a label) never ends in one ("Police arrest man after ...").
constexpr std::string_view kConnectingWords[] = {
    "after", "before", "amid", "over", "under", "during", "against", "near", "across", "behind", "despite",
    "since", "until", "through", "without", "between", "among", "toward", "towards", "as", "than", "like",
    "vs", "versus", "but", "if", "then", "so", "off", "up", "down", "out", "via", "per",
};

bool IsConnectingWord(std::string_view word) {
  return EqualsAnyIgnoreCase(word, kConnectingWords);
}

// Determiners and shop or catalogue labels before a category's name in a
// title's head ("All Wallets", "Shop Lanterns", "Our Services").
constexpr std::string_view kHeadQualifierWords[] = {
    "all", "our", "my", "your", "the", "shop", "browse", "view", "explore", "discover", "buy",
    "latest", "new", "featured", "popular", "top", "more", "other",
    // An archive's label as Yoast's title templates print it in other
    // languages, before the term ("Arquivos Investimentos"; after it,
    // "Recipes Archives", the heading opens the title). (Not "des", "de":
    // a preposition inside a product's name, "Auriculares de diadema Sony
    // WH-1000XM5", would qualify it.)
    "arquivos", "archives", "archivos", "archivo",
};

bool IsHeadQualifierWord(std::string_view word) {
  return EqualsAnyIgnoreCase(word, kHeadQualifierWords);
}

bool IsLeadInWord(std::string_view word) { return EqualsAny(word, kLeadInWords); }

// The words that lead a year after a title's words ("Best kettles in
// 2025"), lower-case as NormalizeForCompare leaves them.
constexpr std::string_view kYearLeadWords[] = {
    "in", "for", "of", "im", "für", "en", "de", "pour", "del", "para", "per", "nel", "dans",
};

bool IsYearLeadWord(std::string_view word) { return EqualsAny(word, kYearLeadWords); }

// A front page's label in its <title> or heading, where the page's name
// would stand ("Home - Example Blog").
constexpr std::string_view kFrontPageLabels[] = {
    "home", "homepage", "home page", "startseite", "accueil", "inicio", "página inicial", "pagina iniziale",
};

bool IsFrontPageLabel(std::string_view title) { return EqualsAnyIgnoreCase(Trim(title), kFrontPageLabels); }

// A shop's label for its own front page, in its <title> where the page's
// name would stand ("Shop - Example Goods"): on the front page it names no
// page either. (Not a breadcrumb's: a shop's section is a page.)
constexpr std::string_view kFrontPageStoreLabels[] = {
    "shop", "store", "online shop", "online store", "shop online", "boutique", "tienda", "negozio",
};

bool IsFrontPageTitleLabel(std::string_view title) {
  return IsFrontPageLabel(title) || EqualsAnyIgnoreCase(Trim(title), kFrontPageStoreLabels);
}

// What a site writes after its name in its titles to say it is the
// owner's own (a town's, a brand's, a team's site), lower-case.
constexpr std::string_view kOfficialSiteCues[] = {
    "official website", "official web site", "official site", "official homepage", "official home page",
    "offizielle website", "offizielle webseite", "site officiel", "sitio oficial", "sito ufficiale",
};

bool EndsWithOfficialSiteCue(std::string_view part) {
  part = Trim(part);
  for (std::string_view cue : kOfficialSiteCues)
    if (part.size() >= cue.size() && EqualsIgnoreCase(part.substr(part.size() - cue.size()), cue) &&
        (part.size() == cue.size() || part[part.size() - cue.size() - 1] == ' '))
      return true;
  return false;
}

// The letters a sentence's last word has at least (an abbreviation,
// "Inc.", "etc.", "Co.", has fewer).
constexpr size_t kMinLastWordLetters = 4;

bool EndsWithFullStop(std::string_view heading) {
  heading = Trim(heading);
  if (heading.size() < 2 || heading.back() != '.') return false;
  size_t letters = 0;
  for (size_t i = heading.size() - 1; i-- > 0;) {
    const char ch = heading[i];
    if (ch >= 'a' && ch <= 'z') {
      ++letters;
      continue;
    }
    // (A word's first letter may be a capital: "Cloud.")
    if (ch >= 'A' && ch <= 'Z' && letters > 0 && (i == 0 || heading[i - 1] == ' ')) ++letters;
    else if (ch != ' ') return false;
    break;
  }
  return letters >= kMinLastWordLetters;
}

bool IsAuthorPageHref(std::string_view href) {
  href = href.substr(0, std::min(href.find('?'), href.find('#')));
  // Past the scheme and the host.
  if (const size_t scheme = href.find("://"); scheme != std::string_view::npos) {
    const size_t path = href.find('/', scheme + 3);
    href = path == std::string_view::npos ? std::string_view() : href.substr(path);
  }
  size_t b = 0;
  while (b < href.size()) {
    const size_t e = std::min(href.find('/', b), href.size());
    const std::string_view seg = href.substr(b, e - b);
    // (Most segments are ruled out by their length and first letter.)
    static constexpr WordList kSegments(kAuthorPathSegments);
    if (e < href.size() && e + 1 < href.size() && href[e + 1] != '/' && kSegments.Contains(seg)) return true;
    b = e + 1;
  }
  return false;
}

namespace {
// The bare byline words, spaced, that may follow a date stamp and name its
// writer.
constexpr std::string_view kAfterDateByCues[] = {" by ", " von ", " par ", " por ", " door "};
}  // namespace

size_t FindAfterDateByCue(std::string_view line, size_t limit, size_t* cue_size) {
  line = line.substr(0, limit);
  // Every cue opens with a space: one pass stops at the spaces and compares
  // the cues there (the rest of each ignoring case), in list order. The
  // first cue found is the earliest one, as a search for each cue and the
  // least position found would give.
  static_assert(std::all_of(std::begin(kAfterDateByCues), std::end(kAfterDateByCues),
                            [](std::string_view c) { return c.size() > 1 && c[0] == ' '; }));
  // (The byte after the space, lower-cased, is each cue's second: a space
  // before any other word is passed with one look.)
  static constexpr auto kSecondByte = [] {
    std::array<bool, 256> t{};
    for (std::string_view c : kAfterDateByCues) t[static_cast<unsigned char>(c[1])] = true;
    return t;
  }();
  static_assert(std::all_of(std::begin(kAfterDateByCues), std::end(kAfterDateByCues),
                            [](std::string_view c) { return c[1] >= 'a' && c[1] <= 'z'; }));
  for (size_t at = 0; at + 1 < line.size(); ++at) {
    if (line[at] != ' ' || !kSecondByte[static_cast<unsigned char>(ToLowerAscii(line[at + 1]))]) continue;
    for (std::string_view cue : kAfterDateByCues) {
      if (cue.size() > line.size() - at) continue;
      size_t j = 1;
      while (j < cue.size() && ToLowerAscii(line[at + j]) == cue[j]) ++j;
      if (j == cue.size()) {
        *cue_size = cue.size();
        return at;
      }
    }
  }
  return std::string_view::npos;
}

namespace {
// Path segments of people's profile pages besides writers' archives.
constexpr std::string_view kProfilePathSegments[] = {
    "profile", "people", "person", "user", "users", "member", "members",
};
constexpr size_t kProfileSlugMaxWords = 4;
// Words of a profile slug that name a page, a desk or a role, not a person
// ("/author/about-us", "/author/news-desk", "/people/customer-service"); a
// job title's, an organisation's or a group credit's word says as much.
constexpr std::string_view kNonPersonSlugWords[] = {
    "us", "about", "contact", "desk", "service", "services", "support", "help", "info", "news",
    "editorial", "customer", "customers", "office", "guest", "web", "site", "online", "digital", "sales",
    "community", "official", "anonymous", "unknown", "user", "member", "author", "writers", "contributors",
};
bool IsNonPersonSlugWord(std::string_view w) {
  return EqualsAnyIgnoreCase(w, kNonPersonSlugWords) || IsJobTitleWord(w) || IsOrganisationWord(w) ||
         EqualsAnyIgnoreCase(w, kGroupCreditWords);
}
}  // namespace

std::string NameFromProfileUrl(std::string_view url) {
  url = url.substr(0, std::min(url.find('?'), url.find('#')));
  // An absolute URL, or a path from the site's root.
  size_t path = 0;
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) path = url.find('/', scheme + 3);
  if (path == std::string_view::npos || !url.substr(path).starts_with('/')) return {};
  std::string_view p = url.substr(path);
  while (!p.empty() && p.back() == '/') p.remove_suffix(1);
  const size_t cut = p.rfind('/');
  if (cut == std::string_view::npos || cut == 0) return {};
  const std::string_view slug = p.substr(cut + 1);
  const std::string_view parent = p.substr(0, cut);
  const std::string_view parent_seg = parent.substr(parent.rfind('/') + 1);
  const bool profile =
      EqualsAnyIgnoreCase(parent_seg, kAuthorPathSegments) || EqualsAnyIgnoreCase(parent_seg, kProfilePathSegments);
  if (!profile || slug.empty() || slug.size() > 60) return {};
  std::string name;
  size_t words = 0, b = 0;
  while (b <= slug.size()) {
    const size_t e = std::min(slug.find('-', b), slug.size());
    const std::string_view w = slug.substr(b, e - b);
    if (w.empty() || IsAccountWord(w) || IsNonPersonSlugWord(w) || ++words > kProfileSlugMaxWords) return {};
    for (char c : w)
      if (!IsAsciiAlpha(c)) return {};
    if (!name.empty()) name.push_back(' ');
    // (The slug lost the name's case: each word is capitalized.)
    for (size_t i = 0; i < w.size(); ++i)
      name.push_back(i == 0 && w[i] >= 'a' && w[i] <= 'z' ? char(w[i] - 32) : w[i]);
    b = e + 1;
  }
  if (words < 2) return {};
  return name;
}

size_t FindOtherCredit(std::string_view line) {
  // (Most lines credit no one else: one pass over the line for all the cues
  // tells, before each cue's place is looked for.)
  static constexpr PhraseList kList(kOtherCredits);
  if (!kList.FoundIn(line)) return std::string_view::npos;
  size_t first = std::string_view::npos;
  for (std::string_view cue : kOtherCredits) first = std::min(first, FindIgnoreCase(line, cue));
  return first;
}

namespace {

constexpr std::string_view kForumSoftware[] = {
    "discourse", "phpbb", "vbulletin", "xenforo", "invision", "ipsapp", "flarum", "mybb",
    "vanilla forums", "nodebb", "simple machines", "bbpress", "khoros", "discuz", "fluxbb",
    "punbb", "lemmy", "question-page", "forum-page", "topic-page", "thread-page",
    // A link aggregator's discussion page, on <body>: "listing-page comments-page".
    "comments-page",
    // XenForo's thread template, on <html>: "template-thread_view".
    "template-thread_view",
    // Khoros (Lithium) communities' topic page, on <body>: "ForumTopicPage".
    "forumtopicpage",
    // Joomla's forum component, on <body> ("com_kunena") and its wrapper
    // ("div#kunena").
    "kunena",
    // WordPress's wpForo, on <body> ("wpforo wpft-topic").
    "wpforo",
    // Kbin's and Mbin's (federated link aggregators') thread template, on
    // the page's wrapper ("div#middle.page-entry-single"; a magazine's list
    // of threads is "page-magazine").
    "page-entry-single",
};

// Path segments that name a discussion (followed by '/', '.', '?' or the end).
constexpr std::string_view kForumPathSegments[] = {
    "forum", "forums", "thread", "threads", "viewtopic", "showthread", "questions",
    "discussion", "discussions", "boards",
};

}  // namespace


// The entries of kForumSoftware that are one class name ("comments-page",
// "template-thread_view"), not a product's name: those that hold a hyphen.
static bool IsClassNameEntry(std::string_view name) { return name.find('-') != std::string_view::npos; }

// Whether the class name found at text[at] is no flag's or compound's tail:
// no hyphen or underscore joins it to a word before ("no-comments-page",
// "has_comments-page").
static bool IsWholeClassName(std::string_view text, size_t at, size_t /*n*/) {
  return at == 0 || (text[at - 1] != '-' && text[at - 1] != '_');
}

// The words of an aria-label that names a sidebar (NamesSidebarLabel),
// lower-case, in the languages lede reads.
constexpr std::string_view kSidebarLabelWords[] = {
    "sidebar", "seitenleiste", "barre lat\xC3\xA9rale", "barra lateral", "zijbalk", "pasek boczny"};
constexpr size_t kSidebarLabelMaxBytes = 48;
constexpr int kSidebarLabelMaxWords = 3;

bool NamesSidebarLabel(std::string_view label) {
  label = Trim(label);
  if (label.empty() || label.size() > kSidebarLabelMaxBytes ||
      std::count(label.begin(), label.end(), ' ') >= kSidebarLabelMaxWords)
    return false;
  for (std::string_view w : kSidebarLabelWords)
    for (size_t at = FindIgnoreCase(label, w); at != std::string_view::npos; at = FindIgnoreCase(label, w, at + 1)) {
      const size_t end = at + w.size();
      if ((at == 0 || !IsAsciiAlnum(label[at - 1])) && (end == label.size() || !IsAsciiAlnum(label[end])))
        return true;
    }
  return false;
}

// IsOpeningPartModifier's words.
constexpr std::string_view kOpeningPartModifiers[] = {"teaser", "preview", "intro", "lead", "free", "opening"};

bool IsOpeningPartModifier(std::string_view word) { return EqualsAnyIgnoreCase(word, kOpeningPartModifiers); }

// NamesContentSlot's names: the first held anywhere in the name, the
// others the whole name.
constexpr std::string_view kContentSlotPart = "content";
constexpr std::string_view kContentSlotNames[] = {"default", "body", "main", "article"};

bool NamesContentSlot(std::string_view name) {
  return ContainsIgnoreCase(name, kContentSlotPart) || EqualsAnyIgnoreCase(name, kContentSlotNames);
}

// Generators (a prefix of <meta name=generator>) and theme body classes of
// documentation sites (NamesDocsGenerator).
constexpr std::string_view kDocsGenerators[] = {"docutils", "sphinx"};
constexpr std::string_view kDocsThemeBodyClasses[] = {"wy-body-for-nav"};

bool NamesDocsGenerator(std::string_view generator, std::string_view body_class) {
  generator = Trim(generator);
  for (std::string_view g : kDocsGenerators)
    if (StartsWithIgnoreCase(generator, g)) return true;
  return AnySpaceToken(body_class, [](std::string_view name) { return EqualsAnyIgnoreCase(name, kDocsThemeBodyClasses); });
}

bool MentionsForumSoftware(std::string_view text) {
  if (text.empty()) return false;
  // (The first 4096 bytes are read, in place: the tables below take a
  // byte in either case, and only a place they pass is compared, case
  // folded.)
  const std::string_view low = text.substr(0, std::min<size_t>(text.size(), 4096));
  const size_t n = low.size();
  auto upper = [](unsigned char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; };
  // One pass for all the names: the names that start with each byte (a
  // bit each), so a byte that starts none is passed at once. (A body class
  // runs to hundreds of bytes; a search per name went through it twenty
  // times.)
  static constexpr auto kByFirstByte = [upper] {
    std::array<uint32_t, 256> t{};
    for (size_t k = 0; k < std::size(kForumSoftware); ++k) {
      const unsigned char c = static_cast<unsigned char>(kForumSoftware[k][0]);
      t[c] |= uint32_t{1} << k;
      t[upper(c)] |= uint32_t{1} << k;
    }
    return t;
  }();
  static_assert(std::size(kForumSoftware) <= 32);
  static_assert(std::ranges::all_of(kForumSoftware, [](std::string_view w) { return w.size() >= 2; }));
  // The names' first two bytes, a bit for each pair (each byte in either
  // case): most places in a class list open with a byte that starts a name
  // (most letters do) but not with a name's first two bytes, and are
  // passed with one look.
  static constexpr auto kFirstPairs = [upper] {
    std::array<uint64_t, 1024> t{};
    for (std::string_view w : kForumSoftware) {
      const unsigned char a = static_cast<unsigned char>(w[0]), b = static_cast<unsigned char>(w[1]);
      for (unsigned x : {unsigned(a), unsigned(upper(a))})
        for (unsigned y : {unsigned(b), unsigned(upper(b))}) {
          const unsigned pair = x << 8 | y;
          t[pair >> 6] |= uint64_t{1} << (pair & 63);
        }
    }
    return t;
  }();
  for (size_t i = 0; i + 1 < n; ++i) {
    const unsigned pair = unsigned(static_cast<unsigned char>(low[i])) << 8 | static_cast<unsigned char>(low[i + 1]);
    if (!(kFirstPairs[pair >> 6] >> (pair & 63) & 1)) continue;
    for (uint32_t names = kByFirstByte[static_cast<unsigned char>(low[i])]; names; names &= names - 1) {
      const std::string_view name = kForumSoftware[std::countr_zero(names)];
      if (!StartsWithIgnoreCase(low.substr(i), name)) continue;
      // A class name after a flag's hyphen is not it: "no-comments-page" (a
      // flag that the page has no comments) is not "comments-page".
      if (IsClassNameEntry(name) && !IsWholeClassName(low, i, name.size())) continue;
      return true;
    }
  }
  return false;
}

// Body classes of a CMS's archive templates: WordPress's body_class() sets
// "archive" on every category, tag, author, date, taxonomy and post-type
// archive; Drupal sets "path-taxonomy" (8+) or "page-taxonomy" (7) on a
// taxonomy term's page. A site search's page of results is one too:
// WordPress's "search-results" (and "search-no-results"), Drupal's
// "path-search". Ghost's themes set "tag-template" on a tag's page and
// "author-template" on a writer's. Hugo's PaperMod theme sets "list" on
// every list page (a section, a category, a tag), none on a post's.
// Blogger's layouts set "feed-view" on every page of posts (the front
// page, a label's, a month's, a search's), "item-view" on a post's. Jekyll's
// Minimal Mistakes names the layout: "layout--category", "layout--tag",
// their plurals, "layout--posts". (Not "layout--archive": academicpages
// and other Minimal Mistakes sites use it for any page, a CV, a list of
// talks.)
constexpr std::string_view kArchiveBodyClasses[] = {
    "archive",          "path-taxonomy",      "page-taxonomy",    "search-results",    "search-no-results",
    "path-search",      "tag-template",       "author-template",  "list",              "feed-view",
    "layout--category", "layout--categories", "layout--tag",      "layout--tags",      "layout--posts"};
// Of these, a search's page that found nothing.
constexpr std::string_view kEmptySearchBodyClass = "search-no-results";

// The pay-later words of the class table above, read as parts of a class
// or id name ("afterpay-container", "affirm-as-low-as", "payment-providers").
constexpr std::string_view kPayLaterWords[] = {
    "afterpay", "klarna", "sezzle", "affirm", "bnpl", "forminstallment", "paymentproviders", "installmenttable",
    "installmentoptions", "taksit", "ppcp", "paylater"};

namespace {

// Whether a class or id name, its separators out and lower-cased, holds
// one of `words` ("payment-providers" holds "paymentproviders").
bool NamesAnyWord(std::string_view class_attr, std::string_view id_attr, std::span<const std::string_view> words) {
  auto named = [words](std::string_view name) {
    char buf[48];
    size_t n = 0;
    for (char c : name) {
      if (c == '-' || c == '_') continue;
      if (n == sizeof(buf)) break;
      buf[n++] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    const std::string_view folded(buf, n);
    for (std::string_view w : words)
      if (folded.find(w) != std::string_view::npos) return true;
    return false;
  };
  return AnySpaceToken(class_attr, named) || AnySpaceToken(id_attr, named);
}

}  // namespace

// Whether a class or id names a "USP" box: "usp" or "usps" as a whole word
// of a name, between hyphens or underscores ("product-usps", "usp_bar").
bool NamesUsp(std::string_view class_attr, std::string_view id_attr) {
  auto named = [](std::string_view name) {
    for (size_t i = 0; i < name.size();) {
      size_t j = i;
      while (j < name.size() && name[j] != '-' && name[j] != '_') ++j;
      const std::string_view w = name.substr(i, j - i);
      if ((w.size() == 3 || w.size() == 4) && EqualsIgnoreCase(w.substr(0, 3), "usp") &&
          (w.size() == 3 || w[3] == 's' || w[3] == 'S'))
        return true;
      i = j + 1;
    }
    return false;
  };
  return AnySpaceToken(class_attr, named) || AnySpaceToken(id_attr, named);
}

bool NamesPayLater(std::string_view class_attr, std::string_view id_attr) {
  return NamesAnyWord(class_attr, id_attr, kPayLaterWords);
}

// A theme's sidebar column ("sidebar", "side-bar", "shop-sidebar",
// "et_pb_sidebar"): see NamesSidebar.
constexpr std::string_view kSidebarWords[] = {"sidebar"};

bool NamesSidebar(std::string_view class_attr, std::string_view id_attr) {
  return NamesAnyWord(class_attr, id_attr, kSidebarWords);
}

// Class or id words of a hidden box behind a "Read more" toggle that is no
// rest of the text above it: fine print, a sign-up (NamesNotRevealRest).
constexpr std::string_view kNotRevealRestWords[] = {"legal",  "disclaimer", "terms",   "fineprint",
                                                    "newsletter", "signup", "subscri", "consent"};

bool NamesNotRevealRest(std::string_view class_attr, std::string_view id_attr) {
  return NamesAnyWord(class_attr, id_attr, kNotRevealRestWords);
}

// Phrases of fine print (a financing offer's terms, a disclaimer), lower-case:
// a hidden box of them behind "Read more" is no rest of a product's text.
constexpr std::string_view kFinePrintCues[] = {
    "terms and conditions", "terms & conditions", "subject to credit approval", "subject to approval",
    "restrictions apply", "void where prohibited", "for informational purposes only", "not financial advice",
};

bool IsFinePrintText(std::string_view text) { return ContainsAnyIgnoreCase(text, kFinePrintCues); }

// Phrases of a blog's affiliate disclosure ("This post may contain affiliate
// links", "As an Amazon Associate I earn from qualifying purchases"),
// lower-case: the site's legal notice, not the post's words.
constexpr std::string_view kAffiliateDisclosureCues[] = {
    "contain affiliate links", "contains affiliate links", "affiliate links, which means",
    "as an amazon associate", "earn from qualifying purchases", "affiliate disclosure",
    // A review site's ("When you buy through links on our site, we may earn
    // an affiliate commission").
    "earn an affiliate commission", "may earn a commission", "may earn a small commission",
    "may receive a commission", "may earn a small affiliate commission",
};
// "I may earn a small commission at no extra cost to you": the cost phrase
// is a disclosure's only beside a commission or an affiliate (alone it is
// any offer's: "we fit the seal at no extra cost to you").
constexpr std::string_view kAffiliateCostCues[] = {"at no extra cost to you", "at no additional cost to you"};
constexpr std::string_view kAffiliateWords[] = {"commission", "affiliate"};

// Words one of which every disclosure holds (a cue of
// kAffiliateDisclosureCues, or an affiliate word of kAffiliateWords beside
// a cost cue): looked for first, by their rarer first letters, so that
// most lines (asked of most short blocks) are passed with a few quick
// scans instead of a search for each cue.
constexpr std::string_view kAffiliateAnchors[] = {"ffiliat", "zon associate", "qualifying", "mmission"};
constexpr bool HoldsAffiliateAnchor(std::string_view s) {
  return ContainsAny(s, kAffiliateAnchors);
}
static_assert(std::ranges::all_of(kAffiliateDisclosureCues, HoldsAffiliateAnchor) &&
              std::ranges::all_of(kAffiliateWords, HoldsAffiliateAnchor));

// The same notes in the languages of travel and review blogs: the
// commission named beside a cue of booking or buying through the link, or
// of no cost to the reader ("Link de afiliado: se reservar, recebemos uma
// pequena comissão sem custos para si.", "Wijdland ontvangt een kleine
// commissie als je via deze link boekt.", "Bei einer Buchung erhalten wir
// eine kleine Provision, für Sie ändert sich am Preis nichts."),
// lower-case. A story about commissions names no link or cost to its
// reader so. (Those words name a fee too, an agent's or a bank's, and a
// story about influencers quotes such a note: read only in a box of its
// own, see content.cc.)
constexpr std::string_view kForeignCommissionWords[] = {
    "commissie", "comiss\u00e3o", "comisi\u00f3n", "commissione", "commission", "provision", "prowizj"};
// Bytes one of which every commission word holds in lower case, looked
// for first (most lines hold none: a few quick scans).
constexpr std::string_view kForeignCommissionAnchors[] = {"mis", "visi", "wizj"};
static_assert(std::ranges::all_of(kForeignCommissionWords, [](std::string_view w) {
  return ContainsAny(w, kForeignCommissionAnchors);
}));
constexpr std::string_view kForeignAffiliateCues[] = {
    "via deze link", "sem custos para", "sem custo adicional", "link de afiliado",
    "links de afiliado", "enlace de afiliado", "enlaces de afiliado", "sin coste adicional", "sin costo adicional",
    "link di affiliazione", "link affiliati", "senza costi aggiuntivi", "affiliate-link", "affiliate-links",
    "am preis nichts", "keine mehrkosten", "ohne mehrkosten", "link afiliacyjn", "bez dodatkowych koszt",
    "lien affili\u00e9",
    "liens affili\u00e9s", "sans frais suppl\u00e9mentaires", "partnerlink"};

bool IsAffiliateDisclosureLine(std::string_view line) {
  return line.size() <= kAffiliateDisclosureMaxBytes && ContainsAnyIgnoreCase(line, kAffiliateAnchors) &&
         (ContainsAnyIgnoreCase(line, kAffiliateDisclosureCues) ||
          (ContainsAnyIgnoreCase(line, kAffiliateCostCues) && ContainsAnyIgnoreCase(line, kAffiliateWords)));
}

// The site or its reader named in the note, a word of its own: "we"
// earn, at no cost to "you" ("recebemos", "para si", "erhalten wir",
// "als je ... boekt", "otrzymujemy", "nous touchons"). A story reports
// others' commissions in the third person ("Criadores recebem uma
// comissão", "Twórcy otrzymują prowizję").
constexpr std::string_view kAffiliatePersonWords[] = {
    "wij", "we", "je", "jij", "u", "recebemos", "ganhamos", "si", "voc\u00ea", "wir", "sie", "du", "dich", "dir",
    "uns", "otrzymujemy", "dostajemy", "ciebie", "recibimos", "ganamos", "ti", "usted", "riceviamo",
    "guadagniamo", "te", "voi", "nous", "vous", "touchons", "percevons"};

bool IsForeignAffiliateNote(std::string_view line) {
  return line.size() <= kAffiliateDisclosureMaxBytes && ContainsAny(line, kForeignCommissionAnchors) &&
         ContainsAnyIgnoreCase(line, kForeignCommissionWords) && ContainsAnyIgnoreCase(line, kForeignAffiliateCues) &&
         HoldsWholeWord(line, kAffiliatePersonWords);
}

bool IsAlertCalloutClass(std::string_view cls) {
  // Each class name: "alert-" and a variant, whole ("alert-info"); or, in
  // a design system's BEM spelling, its block after a prefix segment and
  // the variant as a modifier ("usa-alert--info": the US Web Design
  // System's notice box in a service page's text).
  return AnySpaceToken(cls, [](std::string_view name) {
    if (StartsWithIgnoreCase(name, kAlertWord) && EqualsAnyIgnoreCase(name.substr(kAlertWord.size()), kAlertVariants))
      return true;
    const size_t dash = name.find('-');
    if (dash == std::string_view::npos || dash == 0) return false;
    const std::string_view block = name.substr(dash + 1);
    return StartsWithIgnoreCase(block, kAlertWord) && block.size() > kAlertWord.size() + 1 &&
           block[kAlertWord.size()] == '-' && EqualsAnyIgnoreCase(block.substr(kAlertWord.size() + 1), kAlertVariants);
  });
}

// The first segment of a taxonomy term's path (see IsTaxonomyTermPath).
constexpr std::string_view kTaxonomyPathWords[] = {
    "category", "categories", "tag", "tags", "collections", "product-category", "product-tag", "genre", "browse",
};

// Blogger's list of a label's posts: "/search/label/<label>".
constexpr std::string_view kBloggerLabelPath = "search/label/";

bool IsTaxonomyTermPath(std::string_view path) {
  if (path.starts_with('/')) path.remove_prefix(1);
  if (path.ends_with('/')) path.remove_suffix(1);
  if (StartsWithIgnoreCase(path, kBloggerLabelPath))
    return path.size() > kBloggerLabelPath.size() && path.find('/', kBloggerLabelPath.size()) == std::string_view::npos;
  const size_t slash = path.find('/');
  if (slash == std::string_view::npos || slash + 1 >= path.size()) return false;
  const std::string_view slug = path.substr(slash + 1);
  return slug.find('/') == std::string_view::npos && EqualsAnyIgnoreCase(path.substr(0, slash), kTaxonomyPathWords);
}

bool IsAdmonitionLabel(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && (text.back() == ':' || text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  return EqualsAnyFolded(text, kAdmonitionLabels);
}

bool NamesBylineClass(std::string_view cls) { return ContainsIgnoreCase(cls, "byline"); }

// Parts of a fact box's class name, lower-case (NamesFactBox).
constexpr std::string_view kFactBoxClassParts[] = {"factbox", "fact-box", "factsbox", "facts-box", "fact_box",
                                                   "faktabox", "faktaboks", "faktaruta", "faktenbox", "fakten-box"};

// Class words of a data story's methodology box ("Metodología: los datos
// proceden de ..."), set in the text as a fact box is.
constexpr std::string_view kMethodologyClassWords[] = {"methodology", "metodologia", "methodologie",
                                                       "metodologie", "methodik", "metodologi"};
// The French press's box ("encadré": Drupal's "paragraph--type--encadre",
// "Repères", a list of the story's dates and figures), as a class name of
// its own or the last word of one, with no modifier of it in the list:
// "encadre encadre-pub", "encadre--abonnement" are boxes of an ad or an
// offer.
constexpr std::string_view kFrenchBoxWord = "encadre";

// A wiki's infobox set in an <aside> (Fandom's "portable-infobox": the
// subject's facts, "Beiname", "Beruf", beside the article).
// (Not "infobox" alone: a German site's "Infobox" is as often its
// subscription offer.)
constexpr std::string_view kInfoboxClassWords[] = {"portable-infobox"};
constexpr ClassNames kInfoboxNames(kInfoboxClassWords);

// A story's summary box at its top ("KeyPoints_keyPoints": ABC News's
// "Key points:" list; "key-takeaways"): the story's own points, set in an
// <aside> as a fact box is. Parts of a class name, lower-case.
constexpr std::string_view kSummaryBoxClassParts[] = {"keypoints", "key-points", "key_points",
                                                      "keytakeaways", "key-takeaways", "key_takeaways"};

bool NamesSummaryBox(std::string_view cls) {
  return ContainsIgnoreCase(cls, "key") && AnySpaceToken(cls.substr(0, 256), [](std::string_view name) {
           return ContainsAnyIgnoreCase(name, kSummaryBoxClassParts);
         });
}

bool NamesFactBox(std::string_view cls) {
  if (HasClassWordIn(cls, kMethodologyClassWords) || HasClassNameIn(cls.substr(0, 256), kInfoboxNames)) return true;
  if (ContainsIgnoreCase(cls, kFrenchBoxWord)) {
    // (Named: a class name that is the word or ends on "-encadre"; modified:
    // one that opens on "encadre-".)
    constexpr size_t n = kFrenchBoxWord.size();
    auto joiner = [](char c) { return c == '-' || c == '_'; };
    bool named = false, modified = false;
    AnySpaceToken(cls.substr(0, 256), [&](std::string_view name) {
      if (name.size() > n && StartsWithIgnoreCase(name, kFrenchBoxWord) && joiner(name[n])) modified = true;
      else if (EndsWithIgnoreCase(name, kFrenchBoxWord)) named |= name.size() == n || joiner(name[name.size() - n - 1]);
      return false;
    });
    if (named && !modified) return true;
  }
  // (Each part holds "fact" or "fakt": most classes hold neither, and are
  // passed with two scans.)
  if (!ContainsIgnoreCase(cls, "fact") && !ContainsIgnoreCase(cls, "fakt")) return false;
  return AnyClassToken(cls, [](std::string_view token) { return ContainsAnyIgnoreCase(token, kFactBoxClassParts); });
}

bool HasAlertClass(std::string_view cls) {
  const std::string_view word = kAlertWord.substr(0, kAlertWord.size() - 1);
  return AnyClassToken(cls, [word](std::string_view token) { return EqualsIgnoreCase(token, word); });
}

constexpr std::string_view kNoticesWords[] = {"notices"};

bool NamesNoticesBox(std::string_view cls) {
  // (Asked of every boilerplate box: most class lists lack the letters.)
  cls = cls.substr(0, 256);
  return cls.find("otices") != std::string_view::npos && HasClassWordIn(cls, kNoticesWords);
}

// Class words of a story's lead paragraph (see NamesLead), with the
// standfirst's names in European newsrooms ("ingress", "Vorspann", "chapô").
constexpr std::string_view kLeadClassWords[] = {"lead",  "intro",    "introduction", "standfirst", "lede",
                                                "ingress", "vorspann", "chapo",        "entradilla"};

bool NamesLead(std::string_view cls) { return HasClassWordIn(cls.substr(0, 256), kLeadClassWords); }

// Class words of a label's box that opens a headline ("<h1><span
// class=article-header__label>Exclusive</span> ...", a "badge", a "flag").
constexpr std::string_view kHeadingLabelClassWords[] = {"label", "badge", "flag", "tag", "marker"};

bool NamesHeadingLabel(std::string_view cls) { return HasClassWordIn(cls.substr(0, 256), kHeadingLabelClassWords); }

// Class words of a story's notes box after its text (SPIP's "notes",
// "footnotes", "endnotes"; "notas", "Fußnoten", "Anmerkungen").
constexpr std::string_view kNotesClassWords[] = {"notes",    "footnotes", "endnotes",    "notas",
                                                 "fussnoten", "anmerkungen", "note-list"};

bool NamesNotes(std::string_view cls) { return HasClassWordIn(cls.substr(0, 256), kNotesClassWords); }

bool NamesArchiveBody(std::string_view body_class) {
  return AnySpaceToken(body_class, [](std::string_view name) { return EqualsAnyIgnoreCase(name, kArchiveBodyClasses); });
}

bool NamesEmptySearchBody(std::string_view body_class) {
  return AnySpaceToken(body_class, [](std::string_view name) { return EqualsIgnoreCase(name, kEmptySearchBodyClass); });
}

// Whole class names (or an id) of a shop's or a CMS's description of the
// category a list page shows, printed over its grid or loop: Magento's and
// PrestaShop's "category-description" (PrestaShop's as an id), WooCommerce's
// "term-description", WordPress themes' "archive-description" and
// "taxonomy-description", Shopify themes' "collection-description" and
// Dawn's "collection-hero__description".
constexpr std::string_view kCategoryDescriptionNames[] = {
    "category-description", "term-description",       "archive-description",
    "taxonomy-description", "collection-description", "collection-hero__description"};

// The words of a recipe's ingredient list's class or id (NamesIngredientList).
constexpr std::string_view kIngredientListWords[] = {"ingredient", "zutaten"};

// Units of a recipe's quantities (HoldsQuantities), lower-case.
constexpr std::string_view kQuantityUnits[] = {
    "g", "gr", "kg", "mg", "ml", "cl", "dl", "l", "oz", "lb", "lbs", "cup", "cups", "tbsp", "tsp", "tablespoon",
    "tablespoons", "teaspoon", "teaspoons", "el", "tl", "st\xC3\xBC""ck", "stuk", "stuks", "spicchio", "spicchi",
    "cucchiaio", "cucchiai", "cucchiaino", "cucchiaini", "cuill\xC3\xA8re", "cuill\xC3\xA8res", "cucharada",
    "cucharadas", "cucharadita", "cucharaditas", "colher", "colheres", "eetlepel", "theelepel", "pinch",
    "pizzico", "pinc\xC3\xA9""e", "clove", "cloves", "persone", "personen", "porzioni", "portions"};

bool HoldsQuantities(std::string_view text) {
  constexpr int kQuantitiesMin = 2;
  int found = 0;
  size_t b = 0;
  while (b < text.size()) {
    while (b < text.size() && text[b] == ' ') ++b;
    size_t e = b;
    while (e < text.size() && text[e] != ' ') ++e;
    const std::string_view w = text.substr(b, e - b);
    if (!w.empty() && IsAsciiDigit(static_cast<unsigned char>(w[0]))) {
      // The unit glued to the number ("120g") or the next word ("120 g").
      size_t d = 0;
      while (d < w.size() && (IsAsciiDigit(static_cast<unsigned char>(w[d])) || w[d] == '.' || w[d] == ',' ||
                              w[d] == '/'))
        ++d;
      std::string_view unit = w.substr(d);
      if (unit.empty()) {
        size_t nb = e;
        while (nb < text.size() && text[nb] == ' ') ++nb;
        size_t ne = nb;
        while (ne < text.size() && text[ne] != ' ') ++ne;
        unit = text.substr(nb, ne - nb);
      }
      while (!unit.empty() && (unit.back() == '.' || unit.back() == ',' || unit.back() == ')')) unit.remove_suffix(1);
      if (EqualsAnyIgnoreCase(unit, kQuantityUnits) && ++found >= kQuantitiesMin) return true;
    }
    b = e;
  }
  return false;
}

// Whether one of `words` stands anywhere in the class list (its first 256
// bytes) or the id (its first 128), case aside.
static bool ClassOrIdHoldsAny(std::string_view cls, std::string_view id, std::span<const std::string_view> words) {
  for (std::string_view w : words)
    if (FindIgnoreCase(cls.substr(0, 256), w) != std::string_view::npos ||
        FindIgnoreCase(id.substr(0, 128), w) != std::string_view::npos)
      return true;
  return false;
}

bool NamesIngredientList(std::string_view cls, std::string_view id) {
  return ClassOrIdHoldsAny(cls, id, kIngredientListWords);
}

// Parts of a class name or an id that name a product's short description.
constexpr std::string_view kShortDescriptionWords[] = {"short-description", "short_description",
                                                       "shortdescription", "description-short",
                                                       "description_short"};

bool NamesShortDescription(std::string_view cls, std::string_view id) {
  return ClassOrIdHoldsAny(cls, id, kShortDescriptionWords);
}

bool NamesCategoryDescription(std::string_view cls, std::string_view id) {
  if (!id.empty() && EqualsAnyIgnoreCase(Trim(id), kCategoryDescriptionNames)) return true;
  return AnySpaceToken(cls.substr(0, 256),
                       [](std::string_view name) { return EqualsAnyIgnoreCase(name, kCategoryDescriptionNames); });
}

// Words of a WordPress custom post type ("single-<type>" on <body>, the
// type split at '-' and '_') whose single view is an offer or a record, not
// an article, though an SEO plugin prints og:type "article" on it: a
// service, a job, an event, a property, a course, a team member, a
// portfolio item, a location. (Products have their own body classes.)
constexpr std::string_view kNonArticlePostTypeWords[] = {
    "service", "services", "listing", "listings", "job", "jobs", "event", "events", "property", "properties",
    "course", "courses", "team", "portfolio", "location", "locations"};
constexpr std::string_view kSinglePostTypePrefix = "single-";

bool NamesNonArticlePostTypeBody(std::string_view body_class) {
  return AnySpaceToken(body_class, [](std::string_view name) {
    if (!StartsWithIgnoreCase(name, kSinglePostTypePrefix)) return false;
    const std::string_view type = name.substr(kSinglePostTypePrefix.size());
    for (size_t i = 0; i < type.size();) {
      size_t j = i;
      while (j < type.size() && type[j] != '-' && type[j] != '_') ++j;
      if (j > i && EqualsAnyIgnoreCase(type.substr(i, j - i), kNonArticlePostTypeWords)) return true;
      i = j + 1;
    }
    return false;
  });
}

// Body classes of a shop platform's template for one product: WooCommerce's
// "single-product" (and "product-template-default"), Magento's
// "catalog-product-view", Shopify's "template-product", and the themes'
// "product-page", "page-product", "pdp" (a product detail page). Never a
// category's or a grid's template ("woocommerce-page" alone is any shop page).
constexpr std::string_view kProductBodyClasses[] = {"single-product", "product-template-default", "catalog-product-view",
                                                    "template-product", "product-page", "page-product", "pdp"};

bool NamesProductBody(std::string_view body_class) {
  return AnySpaceToken(body_class, [](std::string_view name) { return EqualsAnyIgnoreCase(name, kProductBodyClasses); });
}

// The most frequent words of running text in a language (lower case, UTF-8,
// at most 8 bytes; packed into integers, kept in a set built at compile time). Words as frequent in a neighbour
// language ("a", "de", "la", "die") are left out, so that a page marked with
// one language and written in another does not pass as the one; "in" and
// "an" stay, they lift English prose far more than any other.
constexpr std::string_view kEnglishFunctionWords[] = {
    "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "back", "be",
    "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "down", "during", "each", "even", "first", "for", "from", "get", "had", "has", "have", "he", "her",
    "here", "him", "his", "how", "if", "in", "into", "is", "it", "its", "just", "like", "made", "make",
    "many", "may", "me", "more", "most", "much", "my", "new", "no", "not", "now", "of", "off", "on", "one",
    "only", "or", "other", "our", "out", "over", "own", "people", "said", "same", "she", "should", "since",
    "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "time", "to", "two", "under", "up", "us", "very", "was", "way", "we", "well",
    "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "without", "would",
    "year", "years", "you", "your"};
constexpr std::string_view kGermanFunctionWords[] = {
    "als",   "am",    "auch",  "auf",   "aus",   "bei",   "bis",    "das",   "dass", "dem",  "den",
    "der",   "des",   "die",   "dies",  "diese", "dieser", "durch", "ein",   "eine", "einem", "einen",
    "einer", "er",    "es",    "für",   "hat",   "ich",   "im",     "ist",   "kann", "mit",  "nach",
    "nicht", "noch",  "nur",   "oder",  "sich",  "sie",   "sind",   "und",   "vom",  "von",  "vor",
    "war",   "werden", "wie",  "wir",   "wird",  "wurde", "zu",     "zum",   "zur",  "über"};

// Portuguese, Spanish, French, Italian and Russian. Portuguese, Spanish and
// French go without the words as frequent in their neighbours ("de", "que",
// "la", "en", "se", "un"; Spanish without the Portuguese articles "o", "a"
// and "e"); the Italian list keeps a few it shares ("la", "un", "in"), its
// other words keeping a neighbour's prose far under the confirming share.
constexpr std::string_view kPortugueseFunctionWords[] = {
    "ao",   "aos",  "as",   "\xC3\xA0", "\xC3\xA0s", "com",  "da",   "das",   "do",   "dos",  "ela",
    "ele",  "em",   "entre", "essa", "esse", "esta", "este", "foi",  "isso",  "mais", "na",   "nas",
    "n\xC3\xA3o", "nos", "os", "ou", "pela", "pelo", "seu", "sua", "s\xC3\xA3o", "tamb\xC3\xA9m", "um", "uma",
    "\xC3\xA9", "o", "e", "a"};
constexpr std::string_view kSpanishFunctionWords[] = {
    "el",    "y",     "los",   "del",   "las",   "una",   "su",   "es",    "al",    "lo",    "pero",
    "con",   "por",   "para",
    "sus",   "ha",    "me",    "sin",   "sobre", "ya",    "cuando", "todo", "ser",   "son",   "fue",
    "hab\xC3\xAD" "a", "era", "muy", "hasta", "desde", "est\xC3\xA1", "porque", "hay", "tiene", "donde",
    "m\xC3\xA1s", "tambi\xC3\xA9n", "ni", "nos", "ese", "esa", "eso", "otro", "otra"};
constexpr std::string_view kFrenchFunctionWords[] = {
    "le",    "et",    "les",   "des",   "du",    "une",   "est",   "pour",  "qui",   "dans",  "par",
    "plus",  "pas",   "au",    "sur",   "ne",    "ce",    "il",    "sont",  "aux",   "avec",  "son",
    "sa",    "ses",   "cette", "mais",  "nous",  "vous",  "ou",    "\xC3\xA9t\xC3\xA9", "leur", "elle",
    "ils",   "comme", "on",    "tout",  "fait",  "aussi", "je",    "\xC3\xA0", "o\xC3\xB9", "ces"};
constexpr std::string_view kItalianFunctionWords[] = {
    "di",    "il",    "che",   "\xC3\xA8", "per", "della", "non",  "con",   "dei",   "gli",   "alla",
    "pi\xC3\xB9", "anche", "come", "ma", "sono", "nel",  "nella", "questo", "questa", "delle", "degli",
    "ed",    "tra",   "sul",   "sulla", "dal",   "dalla", "ci",    "essere", "stato", "loro",  "suo",
    "sua",   "del",   "hanno", "la", "un", "una", "in", "si", "da", "lo", "le", "gi\xC3\xA0", "molto", "cos\xC3\xAC", "quando", "ancora"};
constexpr std::string_view kRussianFunctionWords[] = {
    "\xD0\xB8", "\xD0\xB2", "\xD0\xBD\xD0\xB5", "\xD0\xBD\xD0\xB0", "\xD1\x87\xD1\x82\xD0\xBE",
    "\xD1\x81", "\xD0\xBF\xD0\xBE", "\xD0\xBE\xD0\xBD", "\xD0\xBA\xD0\xB0\xD0\xBA",
    "\xD1\x8D\xD1\x82\xD0\xBE", "\xD0\xB0", "\xD0\xBA", "\xD0\xB8\xD0\xB7", "\xD0\xBD\xD0\xBE",
    "\xD0\xBE", "\xD1\x83", "\xD0\xB7\xD0\xB0", "\xD0\xBE\xD1\x82", "\xD0\xB4\xD0\xBB\xD1\x8F",
    "\xD1\x82\xD0\xBE", "\xD1\x82\xD0\xB0\xD0\xBA", "\xD0\xB6\xD0\xB5", "\xD0\xB2\xD1\x81\xD0\xB5",
    "\xD0\xB5\xD0\xB3\xD0\xBE", "\xD0\xBE\xD0\xBD\xD0\xB0", "\xD0\xB1\xD1\x8B", "\xD0\xBC\xD1\x8B",
    "\xD0\xBE\xD0\xBD\xD0\xB8", "\xD0\xB4\xD0\xBE", "\xD0\xB8\xD0\xBB\xD0\xB8",
    "\xD0\xB5\xD1\x81\xD0\xBB\xD0\xB8", "\xD1\x83\xD0\xB6\xD0\xB5", "\xD0\xB1\xD1\x8B\xD0\xBB\xD0\xBE",
    "\xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C", "\xD0\xB1\xD1\x8B\xD0\xBB", "\xD0\xB8\xD1\x85",
    "\xD0\xB5\xD1\x81\xD1\x82\xD1\x8C", "\xD0\xB3\xD0\xB4\xD0\xB5", "\xD0\xBF\xD1\x80\xD0\xB8",
    "\xD0\xB5\xD0\xB5", "\xD0\xB5\xD1\x91", "\xD1\x81\xD0\xBE", "\xD0\xB2\xD0\xBE", "\xD0\xBE\xD0\xB1", "\xD0\xBF\xD0\xBE\xD0\xB4", "\xD0\xB1\xD0\xB5\xD0\xB7", "\xD1\x87\xD0\xB5\xD0\xBC", "\xD0\xBB\xD0\xB8", "\xD0\xBD\xD0\xB8", "\xD1\x8D\xD1\x82\xD0\xB8", "\xD1\x8D\xD1\x82\xD0\xBE\xD1\x82", "\xD1\x82\xD0\xBE\xD1\x82", "\xD1\x82\xD0\xB0\xD0\xBC"};

// Indonesian: its most frequent particles, prepositions and pronouns
// ("yang", "dan", "untuk"), none of them a frequent word of the languages
// above. (Malay shares most of them: a page marked "id" written in Malay
// is confirmed as Indonesian, as CLD2 often reads it too.)
constexpr std::string_view kIndonesianFunctionWords[] = {
    "yang",   "dan",     "di",     "ke",    "dari",   "untuk",  "dengan", "ini",    "itu",     "pada",
    "adalah", "tidak",   "akan",   "dalam", "juga",   "atau",   "oleh",   "karena", "sebagai", "bisa",
    "ada",    "lebih",   "telah",  "kami",  "kita",   "anda",   "mereka", "saya",   "dapat",   "sudah",
    "hanya",  "jika",    "seperti", "agar", "bagi",   "serta",  "namun",  "saat",   "setelah", "tetapi",
    "masih",  "banyak",  "harus",  "secara", "bahwa", "sangat", "hingga", "antara", "belum",   "kepada",
    "yaitu",  "tersebut", "ia",    "nya"};

// A word of up to 8 bytes packed in an integer (byte i at bits 8i): a lookup
// compares integers, not strings.
constexpr size_t kPackedWordBytes = 8;
constexpr uint64_t PackWord(std::string_view w) {
  uint64_t v = 0;
  for (size_t i = 0; i < w.size(); ++i) v |= uint64_t(static_cast<unsigned char>(w[i])) << (8 * i);
  return v;
}
template <size_t N>
constexpr bool AllPackable(const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (w.empty() || w.size() > kPackedWordBytes) return false;
  return true;
}
// Each list as a set: an open-addressing table of the packed words (0 marks
// a free slot; no packed word is 0), looked up in a probe or two.
constexpr size_t kWordSetSlots = 512;  // a power of two, over twice the longest list
constexpr size_t WordSlot(uint64_t w) { return size_t((w * 0x9E3779B97F4A7C15ull) >> 55); }
using WordSet = std::array<uint64_t, kWordSetSlots>;
template <size_t N>
constexpr WordSet PackSet(const std::string_view (&words)[N]) {
  static_assert(2 * N <= kWordSetSlots);
  WordSet t{};
  for (std::string_view word : words) {
    const uint64_t w = PackWord(word);
    size_t i = WordSlot(w);
    while (t[i] && t[i] != w) i = (i + 1) & (kWordSetSlots - 1);
    t[i] = w;
  }
  return t;
}
static bool InWordSet(const WordSet& t, uint64_t w) {
  for (size_t i = WordSlot(w); t[i]; i = (i + 1) & (kWordSetSlots - 1))
    if (t[i] == w) return true;
  return false;
}
static_assert(AllPackable(kEnglishFunctionWords) && AllPackable(kGermanFunctionWords));
static_assert(AllPackable(kPortugueseFunctionWords) && AllPackable(kSpanishFunctionWords) &&
              AllPackable(kFrenchFunctionWords) && AllPackable(kItalianFunctionWords) &&
              AllPackable(kRussianFunctionWords) && AllPackable(kIndonesianFunctionWords));
constexpr WordSet kEnglishSet = PackSet(kEnglishFunctionWords);
constexpr WordSet kGermanSet = PackSet(kGermanFunctionWords);
constexpr WordSet kPortugueseSet = PackSet(kPortugueseFunctionWords);
constexpr WordSet kSpanishSet = PackSet(kSpanishFunctionWords);
constexpr WordSet kFrenchSet = PackSet(kFrenchFunctionWords);
constexpr WordSet kItalianSet = PackSet(kItalianFunctionWords);
constexpr WordSet kRussianSet = PackSet(kRussianFunctionWords);
constexpr WordSet kIndonesianSet = PackSet(kIndonesianFunctionWords);

struct FunctionWords {
  std::string_view lang;
  const WordSet* set;
};
constexpr FunctionWords kFunctionWords[] = {
    {"en", &kEnglishSet},
    {"de", &kGermanSet},      {"pt", &kPortugueseSet}, {"es", &kSpanishSet},
    {"fr", &kFrenchSet},      {"it", &kItalianSet},    {"ru", &kRussianSet},
    {"id", &kIndonesianSet},
};

namespace {

// A publication's sections that hold its issues (a magazine's
// /archive/<year>/issues/<n>, a publisher's /journals/<name>/issues/<n>),
// lower-case: no code forge's owner.
constexpr std::string_view kPublicationSections[] = {
    "archive", "archives", "journal", "journals", "magazine", "magazines", "periodicals",
    "publications", "volumes", "volume", "back-issues", "print", "editions"};

bool IsPublicationSection(std::string_view seg) { return EqualsAnyIgnoreCase(seg, kPublicationSections); }

// A code forge's owner or repository name: not empty, not all digits (a
// year, a volume's number).
bool IsForgeName(std::string_view seg) {
  return !seg.empty() && !std::all_of(seg.begin(), seg.end(), [](char ch) { return IsAsciiDigit(ch); });
}

}  // namespace

bool IsForumUrl(std::string_view url) {
  size_t i = url.find("//");
  i = i == std::string_view::npos ? 0 : url.find('/', i + 2);
  if (i == std::string_view::npos) return false;
  std::string_view path = url.substr(i);
  // (Two memchr: find_first_of asks its set about every byte.)
  path = path.substr(0, std::min(path.find('?'), path.find('#')));
  // Walk the segments.
  size_t b = 0;
  int index = 0;  // the segment's place in the path, from 0
  std::string_view prev, prev2;  // the segments one and two before
  while (b < path.size()) {
    if (path[b] == '/') { ++b; continue; }
    size_t e = path.find('/', b);
    if (e == std::string_view::npos) e = path.size();
    std::string_view seg = path.substr(b, e - b);
    std::string_view stem = seg.substr(0, seg.find('.'));
    // (Most stems are ruled out by their length and first letter.)
    static constexpr WordList kSegments(kForumPathSegments);
    if (kSegments.Contains(stem)) return true;
    std::string_view rest = e < path.size() ? path.substr(e + 1) : std::string_view();
    // Discourse: /t/<slug>/<number>; Invision: /topic/<number>-<slug>.
    if (seg == "t") {
      size_t s2 = rest.find('/');
      if (s2 != std::string_view::npos && s2 + 1 < rest.size() && IsAsciiDigit(rest[s2 + 1])) return true;
    }
    if ((seg == "topic" || seg == "topics") && !rest.empty() && IsAsciiDigit(rest[0])) return true;
    // Zendesk's help center community: /hc/<locale>/community/posts/<number>-<slug>.
    if (seg == "posts" && prev == "community" && !rest.empty() && IsAsciiDigit(rest[0])) return true;
    // Salesforce Experience Cloud's question: /s/question/<feed item id>/
    // <slug>, the id opening on its key prefix "0D5".
    if (seg == "question" && prev == "s" && rest.starts_with("0D5")) return true;
    // Flarum: /d/<number>-<slug>: the next segment alone, digits, a dash,
    // then its slug (not a document store's /document/d/<id>/ whose id
    // opens on a digit and holds a dash later).
    if (seg == "d") {
      const std::string_view id = rest.substr(0, rest.find('/'));
      const size_t dash = id.find('-');
      if (dash != std::string_view::npos && dash > 0 && dash + 1 < id.size() &&
          std::all_of(id.begin(), id.begin() + dash, [](char ch) { return IsAsciiDigit(ch); }))
        return true;
    }
    // A link aggregator's thread: /r/<board>/comments/<id>/<slug>, the
    // segment two before "comments" being "r"; the id is base-36, letters
    // and digits (not WordPress's /comments/feed/, nor a newspaper's
    // /comments/<year>/<month>/<slug> opinion section).
    if (seg == "comments" && index >= 2 && prev2 == "r") {
      const std::string_view id = rest.substr(0, rest.find('/'));
      if (id.size() >= 4 && id.size() <= 12 && id.size() < rest.size() &&
          std::all_of(id.begin(), id.end(), [](char ch) { return IsAsciiAlnum(ch); }) &&
          std::any_of(id.begin(), id.end(), [](char ch) { return IsAsciiDigit(ch); }) &&
          std::any_of(id.begin(), id.end(), [](char ch) { return IsAsciiAlpha(ch); }))
        return true;
    }
    // A code forge's issue or pull request: /<owner>/<repo>/issues/<number>
    // (GitLab's /<group>/<repo>/-/issues/<number>), the number last; not a
    // magazine's /issues/<number> at the path's root, nor its
    // /archive/<year>/issues/<number> or /journals/<name>/issues/<number>:
    // the owner and the repository are names, not numbers or a
    // publication's section.
    if ((seg == "issues" || seg == "pull" || seg == "merge_requests") &&
        ((index == 2 && IsForgeName(prev2) && IsForgeName(prev) && !IsPublicationSection(prev2)) || prev == "-")) {
      const std::string_view num = rest.substr(0, rest.find('/'));
      if (!num.empty() && num.size() + 1 >= rest.size() &&
          std::all_of(num.begin(), num.end(), [](char ch) { return IsAsciiDigit(ch); }))
        return true;
    }
    prev2 = prev;
    prev = seg;
    ++index;
    b = e;
  }
  return false;
}

const std::string_view kTitleSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ",
                                             " / ", " : ", " « ", " » "};
const size_t kNumTitleSeparators = std::size(kTitleSeparators);
const std::string_view kProductVariantDashes[] = {" - ", " \u2013 ", " \u2014 "};

// Whom a product is cut for, after its name's dash (see IsProductAudience),
// lower-case, with the straight and the curly apostrophe.
constexpr std::string_view kProductAudiences[] = {
    "men's", "women's", "mens", "womens", "kids'", "kids", "boys'", "girls'", "unisex",
    "men\u2019s", "women\u2019s", "kids\u2019", "boys\u2019", "girls\u2019",
};

bool IsProductAudience(std::string_view words) { return EqualsAnyIgnoreCase(Trim(words), kProductAudiences); }
const size_t kNumProductVariantDashes = std::size(kProductVariantDashes);

const std::string_view kListingTitleLabels[] = {
    "collection: ", "category: ", "categories: ", "tag: ", "tagged: ", "archives: ", "archive: ",
    "topic: ", "browse subject: ", "search results for ", "results for ", "search results: ",
    "showing results for ", "posts tagged ", "kategorie: ", "schlagwort: ", "archiv: ", "suchergebnisse f\u00fcr ",
    "cat\u00e9gorie : ", "cat\u00e9gorie: ", "\u00e9tiquette : ", "\u00e9tiquette: ", "archives : ",
    "r\u00e9sultats pour ", "categor\u00eda: ", "etiqueta: ", "archivo: ", "resultados para ", "categoria: ",
    "arquivo: ", "archivio: ", "risultati per ", "categorie: ", "zoekresultaten voor ",
    // Shopify Dawn's label for screen readers before a collection's name,
    // in its shipped languages ("Kollektion: Doftljus").
    "kollektion: ", "colecci\u00f3n: ", "collezione: ", "cole\u00e7\u00e3o: ", "collectie: ", "kolekcja: ",
    "kolleksjon: ", "kokoelma: ", "kolekce: ", "koleksiyon: "};
const size_t kNumListingTitleLabels = std::size(kListingTitleLabels);

// phpBB's <title> names the board, then its "View topic" label, then the
// topic's subject ("Board \u2022 View topic - Subject"); the label in the
// languages phpBB ships, lower-case.
const std::string_view kViewTopicLabels[] = {"view topic",    "thema anzeigen",     "voir le sujet", "ver tema",
                                             "visualizza argomento", "onderwerp bekijken", "ver t\u00f3pico",
                                             // Polish, Czech and Russian boards' phpBB.
                                             "zobacz temat", "zobrazit t\u00e9ma",
                                             "\u043f\u0440\u043e\u0441\u043c\u043e\u0442\u0440 \u0442\u0435\u043c\u044b"};
const size_t kNumViewTopicLabels = std::size(kViewTopicLabels);

// What a collection counts in brackets after its title ("Science fiction
// (77141 books)", "Shoes (120 items)"), several languages, lower-case.
constexpr std::string_view kCollectionCountNouns[] = {
    "books", "items", "products", "results", "titles", "articles", "posts", "listings", "entries",
    "recipes", "photos", "videos", "ebooks", "b\u00fccher", "produkte", "ergebnisse", "artikel", "livres",
    "produits", "r\u00e9sultats", "libros", "productos", "resultados", "art\u00edculos", "libri", "prodotti",
    "risultati", "articoli", "boeken", "producten", "resultaten"};

bool IsCollectionCountNoun(std::string_view word) { return EqualsAnyIgnoreCase(Trim(word), kCollectionCountNouns); }

const std::string_view kHeadingTaglineClassWords[] = {"tagline", "subtitle", "sub-title", "sub_title", "strapline"};
const size_t kNumHeadingTaglineClassWords = std::size(kHeadingTaglineClassWords);
// The in-word invisible marks (kInWordInvisibleMarks) as UTF-8, in its
// order (a unit test decodes each back): a soft hyphen, a word joiner, a
// byte-order mark. (A zero-width space parts words: it is read as a space.)
const std::string_view kInvisibleMarks[] = {"\xC2\xAD", "\xE2\x81\xA0", "\xEF\xBB\xBF"};
const size_t kNumInvisibleMarks = std::size(kInvisibleMarks);
static_assert(std::size(kInvisibleMarks) == std::size(kInWordInvisibleMarks));
// (Their first bytes, read off the list above.)
const std::string_view kInvisibleMarkLeadBytes = [] {
  static char leads[std::size(kInvisibleMarks)];
  size_t n = 0;
  for (std::string_view m : kInvisibleMarks)
    if (std::string_view(leads, n).find(m[0]) == std::string_view::npos) leads[n++] = m[0];
  return std::string_view(leads, n);
}();

// The separators of a list of authors, in the order tried at each space,
// comma, semicolon or slash (SplitAuthors): a list's last comma may come
// with the conjunction ("A, B, and C"), and the conjunctions of the
// languages lede reads join two names; so does a co-writer's "with" ("By
// Jane Doe with John Roe").
const std::string_view kAuthorListSeparators[] = {
    ", and ", ", & ", ", und ", ", et ", ", y ", ", ", " and ", " AND ", " & ", " with ", " | ", "; ", " und ",
    " et ", " y ", " e ", " en ", " i ", " og ", " och ", " \xD0\xB8 ", " a ", " ja ", " ve ", " și ", " şi ", " és ",
    " та ", " і ", " και ", " dan ", " và ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x8B\x85 ",
    " \xE2\x88\x99 ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ",", "/",
    // A Chinese paper's correspondent credited after the reporter ("记者
    // 陈晓东 通讯员 林静"): 通讯员, 通訊員, a second writer.
    " \xE9\x80\x9A\xE8\xAE\xAF\xE5\x91\x98 ", " \xE9\x80\x9A\xE8\xA8\x8A\xE5\x93\xA1 ",
};
const size_t kNumAuthorListSeparators = std::size(kAuthorListSeparators);

// What parts a name from the writer's role in a byline box ("Jane Doe |
// Contributor", "Jane Doe - Senior Editor"): a bar or a dash.
const std::string_view kNameRoleSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
const size_t kNumNameRoleSeparators = std::size(kNameRoleSeparators);

// Where forum and app software keeps a post's Unix time stamp (XenForo,
// Discourse, Facebook-style embeds).
const std::string_view kEpochStampAttrs[] = {"data-time", "data-timestamp", "data-utime"};
const size_t kNumEpochStampAttrs = std::size(kEpochStampAttrs);

// The publication day itself, as a Unix time stamp or a written date
// ("<article data-publish-date='2024-03-12'>").
const std::string_view kPublishStampAttrs[] = {"data-publish-date", "data-published", "data-pubdate",
                                               "data-publishdate"};
const size_t kNumPublishStampAttrs = std::size(kPublishStampAttrs);

// The attributes that hold a post's day as a tooltip over its shown age
// ("3 hours ago"): the title (Hacker News's "span.age"), Tippy.js's
// content attribute (Lemmy's).
const std::string_view kTooltipDateAttrs[] = {"title", "data-tippy-content"};
const size_t kNumTooltipDateAttrs = std::size(kTooltipDateAttrs);

// The bar that parts a title's name from what follows ("Video Doorbells |
// Shop"): the name is what comes before it.
const std::string_view kTitleBarSeparator = " | ";

// Registered and trade marks printed after a credential ("CFP\u00AE").
const std::string_view kCredentialMarks[] = {"\xC2\xAE", "\xE2\x84\xA2"};
const size_t kNumCredentialMarks = std::size(kCredentialMarks);

// The <meta> name a head manager gives the JSON-LD it writes as a meta tag
// ("<meta name=script:ld+json content='{...}'>").
const std::string_view kJsonLdMetaKey = "script:ld+json";

// The key under which WordPress's Google Tag Manager plugin (GTM4WP) puts
// the post author's display name in the page's data layer, in a small
// inline script of the head ("var dataLayer_content =
// {\"pagePostType\":\"post\",\"pagePostAuthor\":\"Jane Doe\"};"), and
// the most bytes of such a script read for it.
const std::string_view kDataLayerAuthorKey = "\"pagePostAuthor\":\"";
// Its post type key, and the types whose author is the writer (a shop's
// product, an event or an attachment is "written" by the site's account).
const std::string_view kDataLayerTypeKey = "\"pagePostType\":\"";
const std::string_view kDataLayerWrittenTypes[] = {"post", "page"};
const size_t kNumDataLayerWrittenTypes = std::size(kDataLayerWrittenTypes);
const size_t kDataLayerScriptMaxBytes = 4096;

namespace {
// FunctionWordShare; with `min_share` >= 0, the reading stops as soon as
// the share is sure to reach it (kMinWords words read, and enough hits
// that all of kMaxWords would still be at the share) or sure to miss it
// (too few hits even if every word left were one), and what is returned is
// then only on the right side of `min_share`.
int FunctionWordShareUntil(std::string_view lang, std::string_view text, int min_share) {
  const FunctionWords* list = nullptr;
  for (const FunctionWords& f : kFunctionWords)
    if (f.lang == lang) list = &f;
  if (list == nullptr) return -1;
  constexpr int kMaxWords = 64, kMinWords = 32;
  // A word is a run of letters (ASCII, or any byte of a multi-byte
  // character); the table gives each byte lower-cased, or 0 between words.
  static constexpr auto kWordByte = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c)
      t[c] = (c >= 'a' && c <= 'z') || c >= 0x80 ? c : (c >= 'A' && c <= 'Z') ? c + 32 : 0;
    return t;
  }();
  int words = 0, hits = 0;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  while (words < kMaxWords) {
    while (p < end && !kWordByte[*p]) ++p;
    if (p == end) break;
    const unsigned char* b = p;
    // (Each byte shifted in from the low end, the word's last 8 bytes kept:
    // a byte swap then gives the packed word, byte i at bits 8i. No test
    // of the length a byte.)
    uint64_t r = 0;
    for (unsigned char c; p < end && (c = kWordByte[*p]); ++p) r = (r << 8) | c;
    ++words;
    if (const size_t len = size_t(p - b); len <= kPackedWordBytes)
      hits += InWordSet(*list->set, __builtin_bswap64(r) >> (8 * (kPackedWordBytes - len)));
    if (min_share >= 0) {
      if (words >= kMinWords && hits * 100 >= min_share * kMaxWords) return min_share;
      if ((hits + kMaxWords - words) * 100 < min_share * kMaxWords) return -1;
    }
  }
  if (words < kMinWords) return -1;
  return hits * 100 / words;
}
}  // namespace

int FunctionWordShare(std::string_view lang, std::string_view text) { return FunctionWordShareUntil(lang, text, -1); }

bool FunctionWordShareReaches(std::string_view lang, std::string_view text, int min_share) {
  return FunctionWordShareUntil(lang, text, min_share) >= min_share;
}

constexpr std::string_view kCloakAttributes[] = {"v-cloak", "x-cloak", "ng-cloak", "data-ng-cloak"};

bool IsCloakAttribute(std::string_view name) {
  if (name.size() < 7 || name.back() != 'k') return false;  // (most attribute names: one compare)
  return EqualsAny(name, kCloakAttributes);
}

constexpr std::string_view kConditionalRenderAttributes[] = {"v-if",    "v-show",  "x-show",     "x-if",
                                                              "ng-if",   "ng-show", "data-ng-if", "data-ng-show"};

bool IsConditionalRenderAttribute(std::string_view name) {
  // (Most attribute names fail the first byte: one compare.)
  if (name.size() < 4 || name.size() > 12 || (name[0] != 'v' && name[0] != 'x' && name[0] != 'n' && name[0] != 'd'))
    return false;
  return EqualsAny(name, kConditionalRenderAttributes);
}

bool IsStreamedSegmentId(std::string_view id) {
  // React's streamed Suspense boundaries: "S:" and a (hexadecimal) number.
  if (id.size() < 3 || id[0] != 'S' || id[1] != ':') return false;
  for (char c : id.substr(2))
    if (!IsAsciiAlnum(c)) return false;
  return true;
}

bool ItemtypeIs(std::string_view itemtype, const std::string_view* types, size_t n) {
  while (!itemtype.empty()) {
    const size_t end = std::min(itemtype.find(' '), itemtype.size());
    std::string_view t = itemtype.substr(0, end);
    t = t.substr(t.find_last_of('/') + 1);  // npos + 1 == 0
    for (size_t i = 0; i < n; ++i)
      if (EqualsIgnoreCase(t, types[i])) return true;
    itemtype.remove_prefix(std::min(end + 1, itemtype.size()));
  }
  return false;
}

// The posts of a question-and-answer page (schema.org QAPage).
constexpr std::string_view kQAPostTypes[] = {"Question", "Answer"};
constexpr std::string_view kCommentTypes[] = {"Comment"};

bool IsQAPostItemtype(std::string_view itemtype) {
  return ItemtypeIs(Trim(itemtype), kQAPostTypes, std::size(kQAPostTypes));
}

// A Q&A page's question post and the list of its answers beside it, by
// their ids (Stack Exchange, AnsPress: "#question" then "#answers").
constexpr std::string_view kQuestionIds[] = {"question"};
constexpr std::string_view kAnswerListIds[] = {"answers"};

bool IsQuestionId(std::string_view id) { return EqualsAnyIgnoreCase(Trim(id), kQuestionIds); }

bool IsAnswerListId(std::string_view id) { return EqualsAnyIgnoreCase(Trim(id), kAnswerListIds); }

// The id of a board's list of a thread's posts (vBulletin 3 and 4:
// "div#posts", "ol#posts").
constexpr std::string_view kPostListIds[] = {"posts"};

bool IsPostListId(std::string_view id) { return EqualsAnyIgnoreCase(Trim(id), kPostListIds); }

// The class of a list of remarks under a Q&A post (Stack Exchange's
// "comments" box and "comments-list"): a token that opens on one of these,
// lower-case. Not "comment-body" or "comment-content", which some Q&A
// software gives the text of an answer kept as a comment.
constexpr std::string_view kCommentListClassPrefixes[] = {"comments", "comment-list", "commentlist", "comment_list"};

bool IsCommentListClass(std::string_view cls) {
  return AnySpaceToken(cls, [](std::string_view name) {
    for (std::string_view prefix : kCommentListClassPrefixes)
      if (name.size() >= prefix.size() && EqualsIgnoreCase(name.substr(0, prefix.size()), prefix)) return true;
    return false;
  });
}

// Bootstrap's and Stack Overflow's (Stacks) display utility that hides an
// element ("d-none"), and those that show it again from a breakpoint on
// ("d-md-block", "d-lg-flex", "d-sm-inline-block": then it is hidden on
// small screens only): "d-", a breakpoint, then any display value but
// "none".
constexpr std::string_view kDisplayNoneUtility = "d-none";
constexpr std::string_view kDisplayUtilityPrefix = "d-";
// (Not "print-": "d-none d-print-block" is hidden on every screen.)
constexpr std::string_view kBreakpoints[] = {"sm-", "md-", "lg-", "xl-", "xxl-"};
constexpr std::string_view kDisplayNone = "none";

bool IsDisplayNoneUtility(std::string_view cls) {
  bool none = false;
  const bool shown_again = AnySpaceToken(cls, [&none](std::string_view name) {
    if (name == kDisplayNoneUtility) {
      none = true;
      return false;
    }
    if (!name.starts_with(kDisplayUtilityPrefix)) return false;
    name.remove_prefix(kDisplayUtilityPrefix.size());
    for (std::string_view bp : kBreakpoints)
      if (name.starts_with(bp) && name.size() > bp.size() && name.substr(bp.size()) != kDisplayNone) return true;
    return false;
  });
  return none && !shown_again;
}

// The profile cell beside each post on a board whose cell is a definition
// list: its term the poster's name, each description a rank, a post count,
// a join date or a location (phpBB's "dl.postprofile").
constexpr std::string_view kPosterProfileCellClasses[] = {"postprofile"};

bool IsPosterProfileCellClass(std::string_view cls) {
  return AnySpaceToken(cls, [](std::string_view name) {
    for (std::string_view w : kPosterProfileCellClasses)
      if (EqualsIgnoreCase(name, w)) return true;
    return false;
  });
}

// A vote score drawn three times, one copy per vote state, the style
// sheet showing the one that matches the reader's vote (old Reddit and its
// clones: "<span class='score dislikes'>188 points</span><span class='score
// unvoted'>189 points</span><span class='score likes'>190 points</span>"):
// the copies for a vote cast ("likes", "dislikes") beside the score's class.
constexpr std::string_view kVoteScoreClass = "score";
constexpr std::string_view kVoteCastClasses[] = {"likes", "dislikes", "upvoted", "downvoted"};

bool IsVoteCastScoreClass(std::string_view cls) {
  bool score = false, cast = false;
  AnySpaceToken(cls, [&](std::string_view name) {
    if (EqualsIgnoreCase(name, kVoteScoreClass)) score = true;
    for (std::string_view w : kVoteCastClasses)
      if (EqualsIgnoreCase(name, w)) cast = true;
    return false;
  });
  return score && cast;
}

constexpr std::string_view kHiddenInputType = "hidden";

bool IsHiddenInputType(std::string_view type) { return EqualsIgnoreCase(Trim(type), kHiddenInputType); }

// Words of a carousel's or a slider's slides in a class list.
constexpr std::string_view kSlideClassWords[] = {"carousel", "slide", "swiper"};

bool IsSlideCaptionClass(std::string_view cls) { return ContainsAnyIgnoreCase(cls, kSlideClassWords); }

// The class name of a label chip: Bootstrap's "badge", a forum's
// "badge-category" or "category-badge".
constexpr std::string_view kBadgeClassWord = "badge";

// Whether a class name is `word` whole, or begins or ends with it set off
// by a hyphen or an underscore ("badge-category", "list-title"), and
// whether one of the class list `cls` is.
[[gnu::always_inline]] static inline bool NameSetsOffWord(std::string_view name, std::string_view word) {
  if (!StartsWithIgnoreCase(name, word) && !EndsWithIgnoreCase(name, word)) return false;
  if (name.size() == word.size()) return true;
  const char after = name[word.size()], before = name[name.size() - word.size() - 1];
  return (StartsWithIgnoreCase(name, word) && (after == '-' || after == '_')) ||
         (EndsWithIgnoreCase(name, word) && (before == '-' || before == '_'));
}
static bool ClassNameSetsOffWord(std::string_view cls, std::string_view word) {
  return AnySpaceToken(cls, [word](std::string_view name) { return NameSetsOffWord(name, word); });
}

bool IsBadgeClass(std::string_view cls) { return ClassNameSetsOffWord(cls, kBadgeClassWord); }

// A label chip's class words, read whole or at either end of a class name,
// set off by '-' or '_' ("badge", "label-default", "tag_item", "c-chip"; not
// a nutrition label's "wprm-nutrition-label-text-nutrition-unit"):
// Bootstrap's badges and labels, tag chips, Material's chips, pills,
// Atlassian's lozenges, Doxygen's member labels ("mlabel"). Plurals
// name the box around a run ("mlabels", "tags"), not one chip.
constexpr std::string_view kLabelChipWords[] = {"badge", "label", "tag", "chip", "pill", "lozenge", "mlabel"};

bool IsLabelChipClass(std::string_view cls) {
  // (One pass over the class names: ClassNameSetsOffWord's test, each word.)
  return AnySpaceToken(cls, [](std::string_view name) {
    for (std::string_view w : kLabelChipWords)
      if (NameSetsOffWord(name, w)) return true;
    return false;
  });
}

// Words of a shop card's merchandising badge in a class name, read as word
// parts (split at '-', '_' and a lower-to-upper case change): "badge",
// "productBadge", "card__sash", "ribbon-new". "flagship" and "badger" hold
// none. A flag word counts only beside a shop card's word in the same
// name ("product-flag", "sale-flag-side", "c-card__flags"): a bare "flag"
// is a country's flag in a language picker.
constexpr std::string_view kCardBadgeWords[] = {"badge", "badges", "sash", "ribbon", "sticker"};
constexpr std::string_view kCardFlagWords[] = {"flag", "flags"};
constexpr std::string_view kCardFlagQualifiers[] = {"product", "products", "card", "tile", "item", "sale", "promo"};

bool IsCardBadgeClass(std::string_view cls) {
  return AnySpaceToken(cls, [](std::string_view name) {
    bool flag = false, qualified = false;
    for (size_t i = 0; i < name.size();) {
      size_t j = i + 1;
      while (j < name.size() && name[j] != '-' && name[j] != '_' &&
             !(name[j] >= 'A' && name[j] <= 'Z' && name[j - 1] >= 'a' && name[j - 1] <= 'z'))
        ++j;
      const std::string_view part = name.substr(i, j - i);
      if (EqualsAnyIgnoreCase(part, kCardBadgeWords)) return true;
      if (EqualsAnyIgnoreCase(part, kCardFlagWords)) flag = true;
      else if (EqualsAnyIgnoreCase(part, kCardFlagQualifiers)) qualified = true;
      i = j;
      while (i < name.size() && (name[i] == '-' || name[i] == '_')) ++i;
    }
    return flag && qualified;
  });
}

// The class word of a list card's title line ("list-title", "card-title",
// "post_title"): read only inside a box that a byline word names.
constexpr std::string_view kCardTitleClassWord = "title";

bool IsCardTitleClass(std::string_view cls) { return ClassNameSetsOffWord(cls, kCardTitleClassWord); }

bool IsCommentItemtype(std::string_view itemtype) {
  return ItemtypeIs(Trim(itemtype), kCommentTypes, std::size(kCommentTypes));
}

// The posts of a thread in microdata (WoltLab, XenForo, Invision mark each
// post so).
constexpr std::string_view kForumPostTypes[] = {"DiscussionForumPosting", "Comment", "Question", "Answer"};

bool IsForumPostItemtype(std::string_view itemtype) {
  return ItemtypeIs(Trim(itemtype), kForumPostTypes, std::size(kForumPostTypes));
}

// An event's details: the words that say when the doors open and what a
// ticket costs, and a time of day ("7pm", "7:30 p.m.", "19:00").
constexpr std::string_view kEventDetailWords[] = {"doors", "tickets", "ticket", "admission", "rsvp"};
constexpr size_t kEventDetailReadWords = 80;

bool IsMeridiem(std::string_view w) {
  return EqualsIgnoreCase(w, "am") || EqualsIgnoreCase(w, "pm") || EqualsIgnoreCase(w, "a.m.") ||
         EqualsIgnoreCase(w, "p.m.") || EqualsIgnoreCase(w, "a.m") || EqualsIgnoreCase(w, "p.m");
}

bool IsEventDetailText(std::string_view text) {
  std::string_view prev;  // the word before, when it is a bare hour
  size_t i = 0, read = 0;
  while (i < text.size() && read++ < kEventDetailReadWords) {
    while (i < text.size() && !IsAsciiAlnum(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && (IsAsciiAlnum(static_cast<unsigned char>(text[j])) || text[j] == ':' || text[j] == '.'))
      ++j;
    std::string_view w = text.substr(i, j - i);
    i = j;
    while (!w.empty() && (w.back() == ':' || (w.back() == '.' && !IsMeridiem(w)))) w.remove_suffix(1);
    if (w.empty()) continue;
    for (std::string_view e : kEventDetailWords)
      if (EqualsIgnoreCase(w, e)) return true;
    // A time: a bare hour then "pm"; "7pm"; "19:00".
    if (!prev.empty() && IsMeridiem(w)) return true;
    size_t d = 0;
    while (d < w.size() && IsAsciiDigit(static_cast<unsigned char>(w[d]))) ++d;
    if (d >= 1 && d <= 2) {
      const std::string_view rest = w.substr(d);
      if (IsMeridiem(rest)) return true;
      if (rest.size() >= 3 && rest[0] == ':' && IsAsciiDigit(static_cast<unsigned char>(rest[1])) &&
          IsAsciiDigit(static_cast<unsigned char>(rest[2])) && (rest.size() == 3 || IsMeridiem(rest.substr(3))))
        return true;
    }
    prev = (d >= 1 && d <= 2 && d == w.size()) ? w : std::string_view();
  }
  return false;
}

// The lists asked with folded letters (IsLabel, StartsWithAnyFolded,
// EqualsAnyFolded) are written in lower case: a capital in one would never
// match.
static_assert(AllFoldedLower(kRevealToggleCues));
static_assert(AllFoldedLower(kSortControlCues));
static_assert(AllFoldedLower(kSortOrderValues));
static_assert(AllFoldedLower(kStoryFurnitureHeadings));
static_assert(AllFoldedLower(kFurnitureHeadings));
static_assert(AllFoldedLower(kForeignFurnitureHeadings));
static_assert(AllFoldedLower(kFeedHeadings));
static_assert(AllFoldedLower(kProductFurnitureHeadings));
static_assert(AllFoldedLower(kRatingTailWords));
static_assert(AllFoldedLower(kShopTermsPanelLabels));
static_assert(AllFoldedLower(kSiteFeedHeadings));
static_assert(AllFoldedLower(kListingFurnitureHeadings));
static_assert(AllFoldedLower(kNearbyStripPrefixes));
static_assert(AllFoldedLower(kNearbyStripQualifiers));
static_assert(AllFoldedLower(kThreadFurnitureHeadings));
static_assert(AllFoldedLower(kFilterPanelHeadings));
static_assert(AllFoldedLower(kAddToCartLabels));
static_assert(AllFoldedLower(kBuyNowLabels));
static_assert(AllFoldedLower(kCalendarButtonLines));
static_assert(AllFoldedLower(kRelatedCues));
static_assert(AllFoldedLower(kAnswerStateBadges));
static_assert(AllFoldedLower(kAdmonitionLabels));

// Icon fonts drawn from a class (see IsIconFontGlyph): the family's own
// class names, and the prefixes of its icons' class names.
constexpr std::string_view kIconFontClasses[] = {"fa",  "fas", "far", "fab", "fal", "fad", "fat",
                                                 "glyphicon", "bi", "dashicons"};
constexpr std::string_view kIconFontPrefixes[] = {"fa-", "glyphicon-", "bi-", "icon-", "dashicons-"};

// Longest text IsIconFontGlyph takes as a glyph, in bytes.
constexpr size_t kIconGlyphMaxBytes = 48;

bool IsIconFontGlyph(std::string_view cls, std::string_view text) {
  if (text.size() > kIconGlyphMaxBytes) return false;
  text = Trim(text);
  // A private-use glyph alone is an icon whatever its class.
  if (IsOnlyPrivateUse(text)) return true;
  if (text.empty() || cls.empty()) return false;
  bool snake = false;
  for (char c : text) {
    if (c == '_') snake = true;
    else if (!(c >= 'a' && c <= 'z') && !IsAsciiDigit(c) && c != '-') return false;
  }
  // The icon's name ("arrow-right") spelled as its ligature ("arrow_right").
  auto same_name = [text](std::string_view name) {
    if (name.size() != text.size()) return false;
    for (size_t i = 0; i < name.size(); ++i)
      if (name[i] != text[i] && !((name[i] == '-' || name[i] == '_') && (text[i] == '-' || text[i] == '_')))
        return false;
    return true;
  };
  bool family = false, named = false;
  for (size_t i = 0; i < cls.size();) {
    while (i < cls.size() && IsAsciiSpace(cls[i])) ++i;
    const size_t b = i;
    while (i < cls.size() && !IsAsciiSpace(cls[i])) ++i;
    const std::string_view token = cls.substr(b, i - b);
    if (token.empty()) break;
    for (std::string_view c : kIconFontClasses) family |= token == c;
    for (std::string_view p : kIconFontPrefixes) {
      if (token.size() > p.size() && token.starts_with(p)) {
        family = true;
        named |= same_name(token.substr(p.size()));
      }
    }
  }
  return family && (snake || named);
}

}  // namespace lede
