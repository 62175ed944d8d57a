// Bylines of a page's items (a reading list's books, a home page's event
// cards) are not the page's writer; a page's own byline, under its
// subtitle or in a labelled info box, is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/vocabulary.h"
#include "lede/lede.h"

namespace lede {
namespace {

std::string Para(const std::string& s) { return "<p>" + s + "</p>"; }

// A reading list (no article): an intro, then each book under its own
// heading with its writer's "By" line. The first book's writer is not the
// page's.
TEST(ItemBylines, ReadingListBookWriterIsNotThePages) {
  std::string items;
  const char* books[][3] = {{"The House of Glass", "Ann Roe", "roe.example"},
                            {"Rivers Without Maps", "Tomas Lind", "lind.example"},
                            {"A Field Guide to Quiet", "Mira Okafor", "okafor.example"}};
  for (const auto& b : books)
    items += std::string("<div class=\"block\"><h4><strong>") + b[0] + "</strong></h4><p><strong>By " + b[1] +
             ", </strong><a href=\"https://" + b[2] + "\"><strong>the Open Shelf Collective</strong></a></p>" +
             Para("A slow, careful book about the places we share and the stories they hold, read by our group "
                  "over the winter and argued about ever since.") +
             "</div>";
  auto r = Extract("<html><head><title>Our Library</title></head><body><main><h1>Our Library</h1>" +
                   Para("Here are some books, papers and talks we have found useful in some way, with a few lines "
                        "on why each one stayed with us.") +
                   items + "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// The same page's own byline right under its subtitle (no text between
// the headline and the subtitle) stands.
TEST(ItemBylines, BylineUnderTheSubtitleStands) {
  auto r = Extract(
      "<html><head><title>Our Library</title></head><body><main><h1>Our Library</h1><h2>Books that stayed with "
      "us</h2><p>By Ann Roe</p>" +
      Para("Here are some books, papers and talks we have found useful in some way, with a few lines on why each "
           "one stayed with us over the years of reading together.") +
      "</main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->authors, std::vector<std::string>{"Ann Roe"});
}

// A service's home page with a row of upcoming webinars, each a card of
// its own heading, its host's "By:" line and its time: the host is no
// writer of the page.
TEST(ItemBylines, WebinarCardHostIsNotThePagesWriter) {
  std::string body;
  for (int i = 0; i < 6; ++i)
    body += Para("Talk to a licensed therapist from home, on your schedule, in your language, with sessions by "
                 "video, voice or chat and plans that fit your budget.");
  auto card = [](const std::string& title, const std::string& who) {
    return "<div class=\"grid-card\"><img src=\"/i/host.jpg\" alt=\"\"><div class=\"wrap\"><div><h3><strong>" + title +
           "</strong></h3></div><div><p class=\"small\">By: <strong>" + who +
           "</strong>, Counseling Psychologist<br>May 20, 2025<br>07:00 PM (GMT+2)</p></div><a "
           "href=\"https://meet.example/register\">Learn more</a></div></div>";
  };
  auto r = Extract("<html><head><title>Online Therapy and Support</title></head><body><main><h1>Online Therapy "
                   "and Support</h1>" +
                   body + "<h2>Upcoming Webinars</h2>" +
                   Para("Each month we host live webinars led by our experts, where you can ask questions.") +
                   "<div class=\"grid\">" + card("Preventing Burnout", "Lena Haddad") +
                   "</div></main></body></html>");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty()) << r->authors[0];
}

// A generated account id as the JSON-LD author (letters and digits mixed
// through the word, as a sign-on system makes them) names nobody; a
// person's handle with a number in it stays one.
TEST(ItemBylines, GeneratedAccountIdIsNoWriter) {
  EXPECT_TRUE(IsNumberedHandle("jdoeq6vkpg2ma0ci"));
  EXPECT_TRUE(IsNumberedHandle("guitar_00"));
  EXPECT_FALSE(IsNumberedHandle("Need2KnowLion"));
  EXPECT_FALSE(IsNumberedHandle("ron1cne"));
  EXPECT_FALSE(IsNumberedHandle("ggailey777"));
  auto page = [](const std::string& who) {
    return R"(<html><head><title>Strength training for beginners</title><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"BlogPosting","headline":"Strength training for beginners",
       "author":{"@type":"Person","name":")" +
           who + R"("}}</script></head><body><article><h1>Strength training for beginners</h1>)" +
           Para("Start with three short sessions a week, two days of rest between them, and a coach who checks "
                "your form before you add weight to the bar.") +
           Para("Most beginners progress for months on the same simple plan: squat, press, pull, and a little "
                "walking on the days off.") +
           "</article></body></html>";
  };
  auto id = Extract(page("kvalleq7tz3pw9na2xe"));
  ASSERT_TRUE(id.ok());
  EXPECT_TRUE(id->authors.empty()) << id->authors[0];
  auto handle = Extract(page("LiftLover94"));
  ASSERT_TRUE(handle.ok());
  EXPECT_EQ(handle->authors, std::vector<std::string>{"LiftLover94"});
}

}  // namespace
}  // namespace lede
