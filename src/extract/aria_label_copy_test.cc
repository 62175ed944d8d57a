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

// A card's name drawn again under a link labelled with it ("<a aria-label=
// 'Suet cage, $9.99'><span aria-hidden=true>Suet cage</span>") beside the
// card's linked name is no second line: it goes, and so does a tooltip
// that repeats a word of it ("Suet"). The rating's copy still stays.
TEST(AriaLabelCopy, CardNameAndTooltipUnderLabelGo) {
  auto r = Extract(
      "<html><head><title>Results - Acme</title></head><body><main><h1>Search results</h1><ul class=results>"
      "<li class=card><a href=/p1>Bird feeder deluxe</a> <a href=/p1#reviews aria-label=\"4.7 out of 5 stars, "
      "58,483 ratings\"><i aria-hidden=\"true\">4.7 out of 5 stars</i> <span aria-hidden=\"true\">58,483"
      "</span></a> <span class=price>$29.99</span></li><li class=card><a href=/p2>Hanging feeder</a> <a "
      "href=/p2#reviews aria-label=\"4.1 out of 5 stars, 1,203 ratings\"><i aria-hidden=\"true\">4.1 out of 5 "
      "stars</i> <span aria-hidden=\"true\">1,203</span></a> <span class=price>$19.99</span></li><li class=card>"
      "<a href=/p3>Suet cage</a> <a href=/p3 aria-label=\"Suet cage, $9.99\"><span aria-hidden=\"true\">Suet "
      "cage</span><span class=\"tooltip\" aria-hidden=\"true\">Suet</span></a><span class=price>$9.99</span>"
      "</li></ul></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("4.7 out of 5 stars 58,483"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("Suet cage"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Suet cage Suet"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Suet$"), std::string::npos) << r->text;
}

}  // namespace
}  // namespace lede
