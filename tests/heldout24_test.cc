// Held-out round 24: pages that hold no article (tests/fixtures/heldout24/),
// which crawls are full of and corpus users must not fill with a site's
// navigation: a WordPress theme's 404 page (a search form, a recent-posts
// widget), a Shopify theme's 404 in Italian, a Japanese newspaper's 404
// (its ranking of stories), a single-page app's shell in German (an empty
// root, a <noscript> notice, __NEXT_DATA__), an Apache "Index of /"
// listing, a parked domain for sale (sponsored searches), a CDN's bot
// check ("Just a moment..."), a French newspaper's consent wall (a CMP's
// dialog over an empty page), a Spanish paywalled story (its first
// paragraph, then the wall), an Italian shop's maintenance page, a Dutch
// brewery's age gate, a French search with no results, an empty
// WooCommerce category in Spanish, a Dutch municipality's HTML sitemap and
// an English app's sign-in wall. Each was written by hand from its
// platform's markup (head metadata, menus, footers, widgets, scripts).
// Written by the lead while exploring what lede does with such pages, so
// the rows were set down after a first run of five of them (the 404, the
// app shell, the index, the parked domain, the bot check), before the
// others: the rows say what a reader would keep, not what lede gave.
// As first run, 7 of 15 pages gave what a reader would keep; the rest
// kept an "enable JavaScript" notice in German or French (the app shell,
// the consent wall), a footer's address and links under a sitemap, an
// announcement bar's "Spedizione gratuita" over a shop's 404, a bot
// check's lines, a sign-in page's prompts, a parked page's disclaimer.
// Rules: the "enable JavaScript" notice in German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Russian and Japanese is furniture, as
// in English; a CDN bot check's fixed lines ("Checking if the site
// connection is secure", "Verify you are human") are furniture; on a page
// of links with next to no prose, a box of chrome (a footer, an
// announcement bar) holding under half the page's text goes, though it
// holds all its prose (SmallDefects.ChromeHoldingAllTheProseOfALinkPageGoes);
// an account box's prompt opening on its question ("Don't have an account?
// Sign up for free", "Already have an account? ...", "Not a member?"), up
// to 64 bytes, is furniture whatever its call says (one WCXB listing's
// "Already have an account? Login to close this notice." went too).
// All 15 rows pass as asserted. Every page but the story is checked for no writer and no publication
// day (none of these pages shows one: a copyright year, a countdown's
// date, a file's date in the index are no publication), and for at most
// a few lines of text.
// Not asserted, as lede still keeps them: the sign-in page's "or" and its
// "Continue with Google" buttons; the parked page's disclaimer ("The Sponsored Listings displayed
// above ..."), taken from a footer-classed box as the page's only prose;
// the bot check's hostname heading; the Japanese 404's "404 Not Found" and its link back
// to the top page; the index's server signature line. Also the consent
// wall's title: "Le Courrier de l'Estuaire – Avant de continuer" under an
// <h1> "Bienvenue sur Le Courrier de l'Estuaire" gives the site's name as
// the title and "Avant de continuer" as the site's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/lede.h"
#include "heldout_check.h"
#include "test_util.h"

namespace lede {
namespace {

struct Page {
  const char* file;
  const char* language;              // Article::language
  const char* title;                 // "" when not pinned
  const char* site_name;             // Article::site_name; "" not pinned
  const char* type;                  // page_type; "" not pinned
  bool story;                        // false: no writer, no publication day
  size_t max_text;                   // the text's bytes at most
  std::vector<const char*> kept;
  std::vector<const char*> dropped;
};

void CheckPage(const Page& p) {
  static const std::vector<std::string> kNoAuthors;
  testing::CheckHeldoutPage("heldout24", p.file,
                            {p.language, p.title, kNoAuthors, p.story ? "" : "-", "", p.type, p.kept, p.dropped},
                            [&](const Article& a) {
                              if (*p.site_name) {
                                EXPECT_EQ(a.site_name.value_or(""), p.site_name) << p.file;
                              }
                              if (!p.story) {
                                EXPECT_TRUE(a.authors.empty()) << p.file << ": " << a.authors[0];
                              }
                              EXPECT_LE(a.text.size(), p.max_text) << p.file << ":\n" << a.text;
                            });
}

TEST(CmsHeldOut, NoArticlePagesRound24) {
  const Page pages[] = {
      {"wp-404-en.html", "en", "Page not found", "Riverbend Gardening Club", "page", false, 200,
       {"It looks like nothing was found at this location."},
       {"Recent Posts", "Spring seed swap", "Archives", "April 2025", "Proudly powered by", "All rights reserved",
        "Skip to content", "Growing together since 1987", "Allotments", "Search\xE2\x80\xA6"}},
      {"shopify-404-it.html", "it", "404 Pagina non trovata", "Olio Verde Umbro", "page", false, 60,
       {},
       {"Spedizione gratuita", "Il nostro olio", "Iscriviti alla nostra newsletter", "Powered by Shopify",
        "Resi e rimborsi", "Vai direttamente ai contenuti", "Carrello", "Continua lo shopping"}},
      {"not-found-ja.html", "ja", "\xE3\x81\x8A\xE6\x8E\xA2\xE3\x81\x97\xE3\x81\xAE\xE3\x83\x9A\xE3\x83\xBC\xE3\x82"
       "\xB8\xE3\x81\xAF\xE8\xA6\x8B\xE3\x81\xA4\xE3\x81\x8B\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x9B\xE3\x82\x93\xE3"
       "\x81\xA7\xE3\x81\x97\xE3\x81\x9F",  // お探しのページは見つかりませんでした
       "\xE3\x81\xBF\xE3\x81\xAA\xE3\x81\xA8\xE6\x96\xB0\xE8\x81\x9E\xE3\x83\x87\xE3\x82\xB8\xE3\x82\xBF\xE3\x83\xAB",
       "page", false, 300,
       {"\xE7\xA7\xBB\xE5\x8B\x95\xE3\x81\xBE\xE3\x81\x9F\xE3\x81\xAF\xE5\x89\x8A\xE9\x99\xA4"},  // 移動または削除
       {"\xE3\x82\xA2\xE3\x82\xAF\xE3\x82\xBB\xE3\x82\xB9\xE3\x83\xA9\xE3\x83\xB3\xE3\x82\xAD\xE3\x83\xB3\xE3\x82\xB0",  // アクセスランキング
        "\xE9\x9B\xA2\xE5\xB3\xB6\xE3\x83\x95\xE3\x82\xA7\xE3\x83\xAA\xE3\x83\xBC",  // 離島フェリー
        "\xE4\xBC\x9A\xE7\xA4\xBE\xE6\xA1\x88\xE5\x86\x85",                          // 会社案内
        "\xE3\x83\xAD\xE3\x82\xB0\xE3\x82\xA4\xE3\x83\xB3",                          // ログイン
        "Copyright"}},
      {"spa-shell-de.html", "de", "Stadtwerke Nordhafen \xE2\x80\x93 Kundenportal", "", "page", false, 0,
       {},
       {"JavaScript aktivieren", "Strom"}},
      {"apache-index-en.html", "en", "Index of /pub/datasets/weather", "", "page", false, 400,
       {"Parent Directory", "stations-2023.csv.gz | 2024-01-03 09:12 | 4.1M", "README.txt"},
       {}},
      {"parked-domain-en.html", "en", "lakesidebakery.com", "", "page", false, 200,
       {},
       {"Related Searches", "Bakery Near Me", "Gluten Free Bakery", "Buy now", "Privacy Policy"}},
      {"bot-check-en.html", "en", "Just a moment...", "", "page", false, 40,
       {},
       {"Checking if the site connection is secure", "needs to review the security of your connection",
        "Enable JavaScript and cookies", "Ray ID", "Performance & security by"}},
      {"consent-wall-fr.html", "fr", "", "", "page", false, 0,
       {},
       {"nos partenaires", "Accepter et fermer", "Continuer sans accepter", "Param\xC3\xA9trer les cookies",
        "n\xC3\xA9" "cessite JavaScript", "sans publicit\xC3\xA9"}},
      {"paywall-es.html", "es", "El puerto de Vigo bate su r\xC3\xA9" "cord de tr\xC3\xA1" "fico de contenedores",
       "Diario del Atl\xC3\xA1ntico", "article", true, 400,
       {"El puerto de Vigo cerr\xC3\xB3 septiembre con el mayor volumen de contenedores de su historia"},
       {"Este contenido es exclusivo para suscriptores", "Suscr\xC3\xAD" "bete ahora", "Inicia sesi\xC3\xB3n",
        "Lo m\xC3\xA1s le\xC3\xAD" "do", "El temporal obliga", "Todos los derechos reservados", "Deportes"}},
      {"maintenance-it.html", "it", "Sito in manutenzione", "Ferramenta Bortolotti", "page", false, 400,
       {"Stiamo aggiornando il nostro negozio online", "Per ordini urgenti chiamaci allo 0461 123456"},
       {"Facebook", "Instagram", "P.IVA", "giorni"}},
      {"age-gate-nl.html", "nl", "Leeftijdscontrole", "Brouwerij De Zeekoe", "page", false, 0,
       {},
       {"Ben je 18 jaar", "Onthoud mij", "KvK", "Cookiebeleid"}},
      {"search-no-results-fr.html", "fr", "", "Office de tourisme de la baie", "page", false, 200,
       {"rien ne correspond \xC3\xA0 vos termes de recherche"},
       {"Articles r\xC3\xA9" "cents", "La f\xC3\xAAte de la coquille", "Mentions l\xC3\xA9gales",
        "S\xC3\xA9journer", "Infos pratiques"}},
      {"empty-category-es.html", "es", "Velas arom\xC3\xA1ticas", "La Casa del Cirio", "listing", false, 120,
       {"No se encontraron productos que concuerden con la selecci\xC3\xB3n."},
       {"Categor\xC3\xAD" "as", "Cirios", "Creado con WooCommerce", "0 productos", "Mi cuenta", "Inicio"}},
      {"sitemap-nl.html", "nl", "Sitemap", "Gemeente Westerduin", "page", false, 400,
       {"Paspoort en identiteitskaart", "College van B&W", "Weekmarkt", "Vacatures"},
       {"Raadhuisplein", "Privacyverklaring", "Toegankelijkheid", "Zoeken", "Home"}},
      {"login-wall-en.html", "en", "Sign in to continue", "Ledgerline", "page", false, 200,
       {"You need an account to view this report."},
       {"Email address", "Forgot your password?", "Keep me signed in", "Don't have an account?", "Sign up for free",
        "Terms of Service", "Privacy Policy"}},
  };
  for (const Page& p : pages) {
    SCOPED_TRACE(p.file);
    CheckPage(p);
  }
}

}  // namespace
}  // namespace lede
