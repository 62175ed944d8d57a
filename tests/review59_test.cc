// Pages a review of stop 59's rules wrote to make them misfire
// (tests/fixtures/review59/), each now read right: an accordion's titles
// over panels hidden until found or collapsed stay with their panels; a
// docs page's own <aside> of its created and updated days dates it; a
// photo essay's strip of captioned figures ("div.gallery-strip") is its
// text; a roundup post's sections, each with linked picks beside a twin
// section, and a thread's posts under their posters' linked names are no
// row of dated cards; a help page's section headed "Similar images" is
// prose; a site's banner drawn as a <div> is chrome, its <h1> of text
// alone or not. And a second review's (of rounds 107-113's rules): an
// election's vote counts stay, a Vue slot's empty state is no text, a
// standfirst of key points is the dek, a byline box classed with the
// author and the place names the writer, a recipe post's byline goes, a
// teaser's heading with its comment count goes, a subscription offer in
// an "infobox" aside goes, a highlighter's "arrow" token is no code row,
// a press release's day stands on a page with a Product schema, an index
// of ingredient pages is a menu.
#include <gtest/gtest.h>

#include <string>

#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

Article ExtractFixture(const std::string& name) {
  const std::string html = testing::ReadFile(testing::SourceDir() + "/tests/fixtures/review59/" + name);
  EXPECT_FALSE(html.empty()) << name << ": not read";
  Result<Article> r = Extractor().Extract(html);
  EXPECT_TRUE(r.ok()) << name;
  return r.ok() ? r.value() : Article{};
}

TEST(Review59, AccordionTitlesStayWithTheirPanels) {
  const Article found = ExtractFixture("accordion-until-found-en.html");
  EXPECT_NE(found.text.find("Step 1: Choose the right bulbs"), std::string::npos) << found.text;
  const Article trip = ExtractFixture("itinerary-accordion-en.html");
  EXPECT_NE(trip.text.find("Day 1: Lago di Braies to Rifugio Biella"), std::string::npos) << trip.text;
  EXPECT_NE(trip.text.find("Day 2: Rifugio Biella to Rifugio Fanes"), std::string::npos) << trip.text;
}

TEST(Review59, OwnMetaAsideDatesThePage) {
  const Article a = ExtractFixture("docs-aside-created-updated-en.html");
  EXPECT_EQ(a.date_published.value_or("").substr(0, 10), "2023-09-18");
}

TEST(Review59, PhotoEssayStripIsText) {
  const Article a = ExtractFixture("photo-essay-gallery-strip-en.html");
  EXPECT_NE(a.text.find("The pontoon at New Holland"), std::string::npos) << a.text;
}

TEST(Review59, SectionsAndPostsAreNoCardRow) {
  const Article post = ExtractFixture("roundup-post-sections-en.html");
  EXPECT_EQ(post.date_published.value_or("").substr(0, 10), "2024-03-02");
  const Article thread = ExtractFixture("forum-thread-en.html");
  EXPECT_EQ(thread.date_published.value_or("").substr(0, 10), "2023-11-14");
}

TEST(Review59, SimilarImagesSectionOfAHelpPage) {
  const Article a = ExtractFixture("help-similar-images-en.html");
  EXPECT_NE(a.text.find("Similar images"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Every image page shows a row of similar images"), std::string::npos) << a.text;
}

TEST(Review59, DivBannerIsTheSites) {
  const Article menu = ExtractFixture("div-banner-list-menu-en.html");
  EXPECT_EQ(menu.text.find("Race results"), std::string::npos) << menu.text;
  const Article tagline = ExtractFixture("div-banner-tagline-en.html");
  EXPECT_EQ(tagline.text.find("Caring for Lewes pets since 1988"), std::string::npos) << tagline.text;
}

// The second review's probes, of rounds 107-113's rules.
TEST(Review59, ElectionCountsAreTheStorys) {
  const Article a = ExtractFixture("election-results-de.html");
  EXPECT_NE(a.text.find("9.412 Stimmen"), std::string::npos) << a.text;
}

TEST(Review59, EmptyStateSlotIsNoText) {
  const Article a = ExtractFixture("vue-slot-empty-en.html");
  EXPECT_EQ(a.text.find("No purifiers match your search"), std::string::npos) << a.text;
}

TEST(Review59, KeyPointsStandfirstIsTheDek) {
  const Article a = ExtractFixture("standfirst-keypoints-en.html");
  EXPECT_NE(a.dek.value_or("").find("What happened: Rates held"), std::string::npos) << a.dek.value_or("");
}

TEST(Review59, AuthorLocationBoxNamesTheWriter) {
  const Article a = ExtractFixture("byline-author-location-en.html");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Olena Kravets");
}

TEST(Review59, RecipePostBylineGoes) {
  const Article a = ExtractFixture("recipe-post-meta-byline-en.html");
  EXPECT_EQ(a.text.find("Megan Price"), std::string::npos) << a.text;
}

TEST(Review59, TeaserHeadingsWithCountsGo) {
  const Article a = ExtractFixture("teaser-heading-comment-count-en.html");
  EXPECT_EQ(a.text.find("How to cut your water bill"), std::string::npos) << a.text;
}

TEST(Review59, InfoboxOfferGoes) {
  const Article a = ExtractFixture("aside-infobox-offer-de.html");
  EXPECT_EQ(a.text.find("vier Wochen kostenlos testen"), std::string::npos) << a.text;
}

TEST(Review59, TokenChipStaysInline) {
  const std::string md = ToMarkdown(ExtractFixture("inline-token-arrow-en.html"));
  EXPECT_EQ(md.find("```\n=>"), std::string::npos) << md;
}

TEST(Review59, PressReleaseDateOnProductSchemaPage) {
  const Article a = ExtractFixture("press-release-product-schema-en.html");
  EXPECT_EQ(a.date_published.value_or("").substr(0, 10), "2025-03-04");
}

TEST(Review59, IngredientIndexIsAMenu) {
  const Article a = ExtractFixture("ingredient-index-en.html");
  EXPECT_EQ(a.text.find("Chickpeas"), std::string::npos) << a.text;
}

}  // namespace
}  // namespace lede
