// The rules of held-out rounds 55 to 58 and of earlier rounds' leftovers,
// each on a small page or line of its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/vocabulary.h"
#include "lede/lede.h"

namespace lede {
namespace {

constexpr const char* kProse =
    "<p>The first paragraph says what the page is about in a couple of sentences, long enough to read as prose "
    "that a reader came for, with a clause or two more.</p>"
    "<p>The second paragraph carries on with the same subject and adds the details a reader would look for, "
    "again at some length so that it scores as text.</p>"
    "<p>The third paragraph closes the story with a last thought, in words enough to count as the story's own "
    "and not as a caption or a teaser line.</p>";

Article ExtractPage(const std::string& html) {
  Result<Article> r = Extract(html, ExtractOptions{});
  EXPECT_TRUE(r.ok());
  return r.ok() ? std::move(r.value()) : Article{};
}

std::string Story(const std::string& header, const std::string& after) {
  return "<html lang=en><head><title>Rules we wrote</title><meta property=og:type content=article></head><body>"
         "<article><h1>Rules we wrote</h1>" +
         header + kProse + "</article>" + after + "</body></html>";
}

// A blog platform's post header files the post under its publication
// ("Published in <a>...</a>"), then the reading time and the day, their
// separators aria-hidden: the header's meta row, not the post.
TEST(HeldoutRules, FilingInAMetaRow) {
  const Article a = ExtractPage(Story(
      "<div class=meta><div class=pub>Published in <div><a href=/>Parcel Notes</a></div></div>"
      "<span aria-hidden=true>\xC2\xB7</span> <span>6 min read</span> <span aria-hidden=true>\xC2\xB7</span> "
      "<span>Nov 25, 2025</span></div>",
      ""));
  EXPECT_EQ(a.text.find("Published in"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("min read"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("The first paragraph"), std::string::npos) << a.text;
  EXPECT_EQ(FilingLabelSize("Published in Parcel Notes"), 12u);
  EXPECT_EQ(FilingLabelSize("Published in"), 0u);
  EXPECT_EQ(FilingLabelSize("Publishers in Europe"), 0u);
}

// After the story, the publication's card ("Published in ..." over its
// age and its tagline) goes as the writer's card does.
TEST(HeldoutRules, PublicationCardAfterTheStory) {
  const Article a = ExtractPage(Story(
      "", "<div class=card><a href=/><h2>Published in Parcel Notes</h2></a><div>Last published 3 days ago</div>"
          "<p>Stories from the people who keep parcels moving, every week.</p></div>"));
  EXPECT_EQ(a.text.find("Published in"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Last published"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Stories from the people"), std::string::npos) << a.text;
  EXPECT_TRUE(IsAfterStoryFurnitureHeading("Published in Parcel Notes"));
  EXPECT_FALSE(IsAfterStoryFurnitureHeading("Published in 2019"));
  EXPECT_TRUE(IsCuedAgeStamp("Last published 3 days ago"));
}

}  // namespace
}  // namespace lede
