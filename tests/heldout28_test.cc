// Held-out round 28: product pages of shop platforms and markets round 19
// did not cover (tests/fixtures/heldout28/), product pages being lede's
// weakest WCXB type. Each page was written by hand from its platform's
// markup (head metadata, Open Graph and JSON-LD as the platform prints
// them, cookie bar, promo strip, header, menus, breadcrumbs, gallery, buy
// box, description tabs, specifications, reviews, related and recently
// seen strips, newsletter, footer), and its row set down before lede ran on
// it: the product's name where the page gives one plainly; the description
// and the specifications kept; dropped: the shop's chrome, the buy box
// (prices, instalments, variants, quantity, buttons, stock and delivery
// lines, SKU rows), tab labels, reviews and questions, related, similar,
// bought-together and recently-viewed strips, share bars, newsletters and
// footers. Pages: an Argentine Tiendanube store's hoodie (instalments, size
// picker, shipping calculator), a Polish Shoper store's green tea (tabs
// with technical data and reviews, Omnibus price line), a Saudi Salla
// store's honey in Arabic (web components, Tabby instalments), a Dutch
// Lightspeed store's cast-iron pan, a furniture retailer's bookcase (a
// product-details accordion and a measurements list), an electronics
// retailer's headphones (features, spec rows, reviews, questions and
// answers) and a Turkish IdeaSoft store's flask (instalment table tab).
// 0 of 7 rows passed as first written (55 failed checks). After the rules,
// 2 of 7 (the Tiendanube and Salla pages; 23 failed checks left), all 7 as
// asserted. Rules: shelf headings in Polish, Turkish and Arabic ("Polecamy
// również", "Benzer Ürünler", "Son Gezdiğiniz Ürünler", "منتجات مشابهة");
// class words of a last-visited strip ("lastvisited"), a related strip
// ("productrelated"), PrestaShop's reviews module ("productcomments"), a
// shipping calculator ("shipping-calculator"), an ad bar ("adbar") and an
// instalment table ("installment-table", Turkish "taksit"); a count of
// reviews alone in parentheses or after stars in shops' languages ("(37
// تقييم)", "★★★★★ 18 Yorum"); the price paid by bank transfer and the EU's
// lowest-price-in-30-days notice as price notes, like an instalment offer;
// the Turkish tax line ("KDV Dahil"); prices in Turkish lira, złoty and
// koruna ("1.199,00 TL", "59,90 zł": IsPriceText knew only symbols and
// three-letter codes); a discount badge on a product page ("-15% OFF",
// "%25 İndirim"); the stock nudge in six more languages ("¡Solo quedan 3
// en stock!"); "Previous price" as a price's label; customer questions and
// answers under a product ("Questions & Answers (214)"); shop promises in
// five more languages ("Gratis verzending vanaf € 50", "30 dagen
// bedenktijd") for a strip classed "usps". Benchmarks unchanged (one WCXB
// record, 0628, loses an empty "Questions & Answers" heading).
// Not asserted, as lede reads them otherwise, WCXB's annotators keeping
// such lines on some product pages and not on others (of 49 such lines in
// lede's WCXB product text, 21 are in the gold: "SKU: TXSB06", "Product
// code: ALD-00601"; of 27 shipping and pickup lines, 15): the SKU, model
// and stock rows ("Kod produktu:", "Artikelcode:", "Model:", "SKU:", "Stok
// Kodu:", "Dostępność:", "Op voorraad"), the shipping and pickup lines
// ("Wysyłka w: 24 godziny", "Cena przesyłki: 12,99 zł Sprawdź formy
// wysyłki", "Pick up today at ...", "FREE Shipping Get it by ...", "Click &
// Collect: check availability", "In stock at Bristol ...", "Tahmini
// Kargoya Teslim: 1 iş günü", "Ücretsiz Kargo"); variant pickers made of
// links, not form controls ("Choose colour Natural oak Smoked oak", "Renk:
// Antrasit Haki Turuncu"); the furniture page's "New lower price" badge
// and "Spread the cost ..." finance line; the electronics page's "Get 5%
// back in rewards ..." card offer; the IdeaSoft return-policy tab ("14
// gün içinde iade ...").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "heldout_check.h"
#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

struct ShopPage {
  const char* file;
  const char* language;   // Article::language
  const char* title;      // "" when not pinned
  const char* published;  // prefix of date_published; "" not pinned; "-" none
  const char* type;       // page_type, "" when not pinned
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckShopPage(const ShopPage& p) {
  const std::vector<std::string> no_authors;
  testing::CheckHeldoutPage("heldout28", p.file,
                            {p.language, p.title, no_authors, p.published, "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              EXPECT_EQ(a.text.find("\xEF\xBF\xBD"), std::string::npos) << p.file;
                            });
}

TEST(CmsHeldOut, ProductPagesRound28) {
  const ShopPage pages[] = {
      {"tiendanube-buzo-es.html", "es", "Buzo canguro de frisa orgánica verde oliva", "-", "product",
       {"Nuestro buzo canguro más pedido", "La frisa es de algodón orgánico certificado", "Corte recto y holgado",
        "Composición: 92% algodón orgánico", "Gramaje: 320 g/m²", "Lavar del revés con agua fría",
        "La modelo mide 1,68 m"},
       {"Al navegar por este sitio", "Envío gratis en compras superiores", "Iniciar sesión", "Carrito", "Remeras",
        "Inicio", "-15% OFF", "$ 28.999,00", "cuotas sin interés", "Ver medios de pago",
        "con Transferencia o depósito bancario", "Talle:", "Guía de talles", "Agregar al carrito",
        "Ya agregaste este producto", "Solo quedan 3 en stock", "Medios de envío", "No sé mi código postal",
        "Compartir", "WhatsApp", "Productos similares", "Buzo canguro de frisa orgánica arena",
        "Jogger de frisa orgánica oliva", "Suscribite a nuestro newsletter", "Cómo comprar",
        "Defensa de las y los consumidores", "Botón de arrepentimiento", "Creado con Tiendanube"}},
      {"shoper-herbata-pl.html", "pl", "Herbata zielona Sencha Kagoshima 100 g", "-", "product",
       {"Sencha z południa Japonii", "Kagoshima leży na samym południu wyspy Kiusiu",
        "Świeże liście są krótko parzone na parze", "Jak parzyć", "Na 200 ml wody wsyp 4 g herbaty",
        "Kraj pochodzenia", "Japonia, prefektura Kagoshima", "Temperatura parzenia",
        "torebka strunowa z folii aluminiowej"},
       {"Ta strona używa plików cookies", "Zaloguj się", "Koszyk", "wpisz czego szukasz", "Herbaty czarne", "Oolong",
        "Strona główna",
        "Najniższa cena z 30 dni", "54,90 zł", "Do koszyka", "Dodaj do ulubionych", "Zapytaj o produkt",
        "Opinie (2)", "Najlepsza sencha, jaką piłam", "trochę za mało słodka", "Dodaj opinię", "Polecamy również",
        "Gyokuro Yame 50 g", "Ostatnio oglądane", "Bancha Shizuoka", "Zapisz się do newslettera", "Regulamin",
        "ul. Długa 14", "Sklep internetowy Shoper"}},
      {"salla-asal-ar.html", "ar", "عسل السدر الجبلي 500 غرام", "-", "product",
       {"نجمع هذا العسل مرة واحدة في السنة", "يُعبأ العسل كما يخرج من الشمع", "لونه كهرماني داكن",
        "الوزن الصافي: 500 غرام", "بلد المنشأ: المملكة العربية السعودية"},
       {"شحن مجاني للطلبات فوق 200 ريال", "منتجات النحل", "الرئيسية", "الأكثر مبيعاً", "37 تقييم", "220 ر.س",
        "أو قسّمها على 4 دفعات", "الحجم", "إضافة للسلة", "رمز المنتج", "مشاركة", "التقييمات", "عسل ممتاز وطبيعي",
        "منتجات مشابهة", "عسل السمر 500 غرام", "عسل طبيعي من مناحلنا", "سياسة الاستبدال والاسترجاع",
        "الحقوق محفوظة", "صنع بإتقان على منصة"}},
      {"lightspeed-pan-nl.html", "nl", "Gietijzeren pannenkoekpan 26 cm", "-", "product",
       {"Met deze vlakke pan van gietijzer", "De pan is voorgebakken met lijnzaadolie", "Onderhoud",
        "Spoel de pan na gebruik", "Diameter", "Gietijzer, voorgebakken",
        "Inductie, gas, keramisch, oven en barbecue"},
       {"Wij gebruiken cookies", "Voor 22:00 besteld", "Gratis verzending vanaf", "Inloggen", "Winkelwagen",
        "Koekenpannen", "Messen", "Recepten", "Home /", "4 reviews", "€49,95",
        "Incl. btw", "In winkelwagen", "Aan verlanglijst toevoegen", "Vergelijk", "Omschrijving", "Reviews (4)",
        "Eindelijk pannenkoeken met een knapperig randje", "Zwaar, maar dat hoort bij gietijzer",
        "Je beoordeling toevoegen", "Gerelateerde producten", "Pannenkoekenspatel beukenhout", "Recent bekeken",
        "Wok carbonstaal", "Aanmelden voor onze nieuwsbrief", "Algemene voorwaarden", "Powered by"}},
      {"furniture-bookcase-en.html", "en", "", "-", "product",
       {"A solid oak bookcase that takes heavy loads of hardbacks",
        "Every Harrow bookcase is built from FSC-certified European oak", "The five shelves sit on brass pins",
        "finished with a hard wax oil", "Hannah Wills", "Measurements", "Max load per shelf",
        "This bookcase must be fixed to the wall"},
       {"We use cookies to give you the best experience", "Accept all cookies", "Skip to main content",
        "Winter sale", "Living room", "Find a store", "Basket (0)", "Show more images",
        "Previous price", "Delivery: available", "Enter postcode",
        "Add to basket", "Reviews (124)", "5 stars 98",
        "Solid and beautiful", "You will need two people", "See all reviews", "Goes well with",
        "Sideboard, 160x80 cm", "Similar products", "Walnut bookcase", "Join Oakline Friends", "Help centre",
        "Registered in England and Wales"}},
      {"electronics-headphones-en.html", "en",
       "Audiolane W700 Wireless Noise Cancelling Over-Ear Headphones Slate Gray", "-", "product",
       {"The W700 uses six microphones", "Custom 40 mm drivers", "Up to 38 hours of listening",
        "A ten-minute charge over USB-C", "Beamforming microphones pick out your voice", "Two devices at once",
        "Carrying pouch", "Maximum Wireless Range", "33 feet", "SBC, AAC, LDAC"},
       {"Search Voltmart", "Top Deals", "Gift Cards", "2,318 Reviews", "Answered Questions",
        "$249.99", "Was $299.99", "Save $50",
        "Add to Cart", "Protect your headphones", "2-Year Protection", "Frequently bought together",
        "Hard Shell Headphone Case", "Add all to Cart", "96% would recommend", "Quiet on the train",
        "I can finally read on my commute", "See All Customer Reviews", "Questions & Answers",
        "Can I use these while they charge", "Ask a Question", "Customers also viewed", "Bose QuietComfort Ultra",
        "Order Status", "Do Not Sell or Share"}},
      {"ideasoft-termos-tr.html", "tr", "Çift Cidarlı Çelik Termos 750 ml Antrasit", "-", "product",
       {"iki kat paslanmaz çeliğin arasındaki vakum katmanı", "Kapağı aynı zamanda 180 ml hacimli bir bardak",
        "Hacim: 750 ml", "Malzeme: 18/8 paslanmaz çelik", "BPA içermez", "Bulaşık makinesinde yıkanmamalıdır"},
       {"Sitemizde size daha iyi hizmet", "500 TL ve üzeri alışverişlerde", "Giriş Yap", "Sepetim",
        "Uyku Tulumları", "Anasayfa", "18 Yorum", "1.199,00 TL", "%25 İndirim", "KDV Dahil",
        "Havale / EFT ile", "Sepete Ekle", "Favorilerime Ekle",
        "Paylaş:", "Taksit Seçenekleri", "3 Taksit", "Sabah koyduğum çay", "Yorum Yazın",
        "Benzer Ürünler", "Çelik Termos 500 ml Haki", "Son Gezdiğiniz Ürünler", "Kampanyalardan ilk siz haberdar",
        "Mesafeli Satış Sözleşmesi", "E-ticaret altyapısı"}},
  };
  for (const ShopPage& p : pages) {
    SCOPED_TRACE(p.file);
    CheckShopPage(p);
  }
}

}  // namespace
}  // namespace lede
