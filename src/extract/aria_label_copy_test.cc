// A card's rating drawn for the eye under a link whose aria-label words it
// for screen readers (see ShowsAriaLabelCopy in content.cc).
#include <gtest/gtest.h>

#include <string>

#include "lede/lede.h"

namespace lede {
namespace {

// On a list page a card's rating link, "<a aria-label='4.6 out of 5 stars,
// 1,204 ratings'><i aria-hidden=true>4.6 out of 5 stars</i> <span
// aria-hidden=true>1,204</span></a>", shows its stars and count on screen:
// ARIA hides them from screen readers only, which read the label. They
// stay; an icon glyph ARIA hides beside a label that does not hold it
// ("Next page" over "›") still goes.
TEST(AriaLabelCopy, RatingShownUnderLabelledLinkStays) {
  std::string cards;
  const char* names[] = {"Walking the Old Roads", "A Winter on the Moor", "Letters from the Coast",
                         "The Orchard Year"};
  for (int i = 0; i < 4; ++i)
    cards += "<li class=item><a href=\"/b/" + std::to_string(i) + "\">" + names[i] +
             "</a><div class=by>Ann Reed</div><div class=row><a aria-label=\"4.6 out of 5 stars, 1,20" +
             std::to_string(i) + " ratings\" href=\"/r/" + std::to_string(i) +
             "\"><i aria-hidden=\"true\" class=\"icon-star\"><span>4.6 out of 5 stars</span></i> <span "
             "aria-hidden=\"true\">1,20" + std::to_string(i) + "</span></a></div><div>Paperback $12.99</div></li>";
  const std::string page =
      "<html><head><title>Best sellers in books</title></head><body><header><a href=\"/\">Shelf</a></header><main>"
      "<h1>Best sellers in books</h1><ol class=list>" + cards +
      "</ol><a aria-label=\"Next page\" href=\"/p/2\"><span aria-hidden=\"true\">\xE2\x80\xBA</span></a></main>"
      "<footer>&copy; Shelf</footer></body></html>";
  auto r = Extract(page);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("4.6 out of 5 stars 1,202"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("\xE2\x80\xBA"), std::string::npos) << r->text;
}

}  // namespace
}  // namespace lede
