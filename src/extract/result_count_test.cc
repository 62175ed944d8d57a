// A category page's count of its results in the two orders shops print it
// ("1-24 items of 33" under the grid, "Showing 36 of 84" over it): the
// list's furniture, not its cards (see IsResultCountLine in vocabulary.cc).
#include <gtest/gtest.h>

#include <string>

#include "extract/vocabulary.h"
#include "lede/lede.h"

namespace lede {
namespace {

TEST(ResultCount, RangeBeforeNounAndNounlessShowingAreCounts) {
  EXPECT_TRUE(IsBoilerplateLine("1-24 items of 33"));
  EXPECT_TRUE(IsBoilerplateLine("1\xE2\x80\x93" "20 products of 128"));
  EXPECT_TRUE(IsBoilerplateLine("Showing 36 of 84"));
  EXPECT_TRUE(IsBoilerplateLine("Showing 1-12 of 1,204"));
  // What was a count before still is.
  EXPECT_TRUE(IsBoilerplateLine("Showing 1-24 of 291 products"));
  // No range before the noun, or no "showing" before a bare "N of M": a
  // title, a carousel's or a step's position, not a list's count.
  EXPECT_FALSE(IsBoilerplateLine("10 products of 2024"));
  EXPECT_FALSE(IsBoilerplateLine("1-24 items of clothing"));
  EXPECT_FALSE(IsBoilerplateLine("36 of 84"));
  EXPECT_FALSE(IsBoilerplateLine("Showing 36 of 84 ways to cook rice"));
}

// OpenCart's count under its grid puts the range in words and the pages
// after it, in the shop's language; PrestaShop's over its grid is a
// sentence. Both are the list's furniture. A story's sentence that counts
// something, or a longer one, is not.
TEST(ResultCount, RangeInWordsAndCountSentenceAreCounts) {
  EXPECT_TRUE(IsBoilerplateLine("Showing 1 to 9 of 22 (3 Pages)"));
  EXPECT_TRUE(IsBoilerplateLine("Mostra da 1 a 9 di 22 (3 Pagine)"));
  EXPECT_TRUE(IsBoilerplateLine("Zeige 1 bis 9 von 22 (3 Seiten)"));
  EXPECT_TRUE(IsBoilerplateLine("Mostrando 1 a 9 de 22 (3 P\xC3\xA1ginas)"));
  EXPECT_TRUE(IsBoilerplateLine("Affichage de 1 \xC3\xA0 9 sur 22 (3 Pages)"));
  EXPECT_TRUE(IsBoilerplateLine("There are 23 products."));
  EXPECT_TRUE(IsBoilerplateLine("Hay 23 productos."));
  EXPECT_TRUE(IsBoilerplateLine("Il y a 4 produits."));
  EXPECT_TRUE(IsBoilerplateLine("Ci sono 12 prodotti."));
  EXPECT_FALSE(IsBoilerplateLine("There are 3 reasons."));
  EXPECT_FALSE(IsBoilerplateLine("There are 12 products in the bundle."));
  EXPECT_FALSE(IsBoilerplateLine("Showing 1 to 9 ways to cook rice"));
  EXPECT_FALSE(IsBoilerplateLine("Hay 23 productos nuevos en la tienda."));
}

// A shop's collection page: its intro, a grid of cards, and the count
// under the grid, "1-24 items of 33". The count goes; the cards stay.
TEST(ResultCount, CountUnderCollectionGridGoes) {
  std::string cards;
  const char* names[] = {"Black Oxford Shoes", "Brown Derby Shoes", "Navy Dot Socks", "Grey Rib Socks",
                         "Burgundy Loafers", "Striped Dress Socks"};
  const char* prices[] = {"$30", "$35", "$12", "$12", "$40", "$14"};
  for (int i = 0; i < 6; ++i)
    cards += std::string("<div class=\"tile\"><a href=\"/p/") + std::to_string(i) + "\"><img src=\"/i/" +
             std::to_string(i) + ".jpg\" alt=\"\"><span class=\"tile-name\">" + names[i] +
             "</span></a><span class=\"tile-price\">" + prices[i] + "</span></div>";
  const std::string page =
      "<html><head><title>Shoes and socks</title></head><body><header><nav><a href=\"/\">Home</a> "
      "<a href=\"/suits\">Suits</a> <a href=\"/shoes\">Shoes</a></nav></header><main><h1>Shoes and socks</h1>"
      "<p>Dress shoes and socks to finish a suit: leather oxfords and derbies for the ceremony, and socks in "
      "plain colours or a quiet pattern for the rest of the day.</p><div class=\"grid\">" + cards +
      "</div><p>1-24 items of 33</p></main>"
      "<footer><p>&copy; Tailor &amp; Co</p></footer></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Burgundy Loafers"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("items of 33"), std::string::npos) << r->text;
}

}  // namespace
}  // namespace lede
