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

// The jQuery plugin Sharrre's bar (WordPress's Hueman theme): its label
// "Partager" over the buttons goes with it.
TEST(HeldoutRules, SharrreBarIsChrome) {
  const Article a = ExtractPage(Story(
      "", "<div class=sharrre-container><span>Partager</span><div id=twitter><a class=box href=#>X</a></div></div>"));
  EXPECT_EQ(a.text.find("Partager"), std::string::npos) << a.text;
}

// A video player's status lines in a story's body: loading, "Click to
// play", the countdown to the next video over its buttons.
TEST(HeldoutRules, VideoPlayerStatusLines) {
  const Article a = ExtractPage(Story(
      "<div class=player><div class=loading-box>Video Loading</div><div class=next>The video will auto-play soon"
      "<span class=countdown>8</span><button>Cancel</button><button>Play now</button></div></div>",
      ""));
  EXPECT_EQ(a.text.find("Video Loading"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("auto-play"), std::string::npos) << a.text;
  EXPECT_TRUE(IsBoilerplateLine("Tap to play"));
  EXPECT_FALSE(IsBoilerplateLine("The video will auto-play when the reader scrolls past the photos."));
}

// A date whose label names it an update, in an element of its own before
// it ("<p>Last updated:</p><span>...</span>"): the page's modification.
TEST(HeldoutRules, LabelledUpdateStamp) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Guide</title></head><body><main><h1>Guide</h1>" + std::string(kProse) +
      "<footer><div class=meta><p>Last updated: </p><span>2025/3/12 10:24:31</span></div></footer></main></body>"
      "</html>");
  EXPECT_EQ(a.date_modified.value_or(""), "2025-03-12T10:24:31");
}

}  // namespace
}  // namespace lede
