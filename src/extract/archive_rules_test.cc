// The rules of held-out rounds 34 to 36 (tests/heldout34_test.cc to
// tests/heldout36_test.cc), each on a small page of its own: a shop
// platform's module names and pay-later boxes, a heading's anchor classed
// "header", an archive page's loop of teaser <article>s, and the dates and
// bylines of archive and profile pages.
#include <gtest/gtest.h>

#include <string>

#include "extract/vocabulary.h"
#include "lede/lede.h"

namespace lede {
namespace {

constexpr const char* kProse =
    "<p>The first paragraph says what the page is about in a couple of sentences, long enough to read as prose "
    "that a reader came for, with a clause or two more.</p>"
    "<p>The second paragraph carries on with the same subject and adds the details a reader would look for, "
    "again at some length so that it scores as text.</p>";

Article ExtractPage(const std::string& html) {
  Result<Article> r = Extract(html, ExtractOptions{});
  EXPECT_TRUE(r.ok());
  return r.ok() ? std::move(r.value()) : Article{};
}

TEST(Vocabulary, Round34ShopModulesAndPayLater) {
  EXPECT_NE(ClassifyClassId("xans-element- xans-product xans-product-review ec-base-table", "") & kHintBoilerplate, 0u);
  EXPECT_NE(ClassifyClassId("xans-element- xans-product xans-product-relation", "") & kHintRelated, 0u);
  EXPECT_NE(ClassifyClassId("xans-element- xans-layout xans-layout-productrecent", "") & kHintBoilerplate, 0u);
  // (Cafe24's description module is the product's.)
  EXPECT_EQ(ClassifyClassId("xans-element- xans-product xans-product-detail", "") & kHintBoilerplate, 0u);
  EXPECT_NE(ClassifyClassId("ppcp-messages", "") & kHintBoilerplate, 0u);
  EXPECT_NE(ClassifyClassId("feed-icons", "") & kHintBoilerplate, 0u);
  EXPECT_NE(ClassifyClassId("status-msg-wrap", "") & kHintBoilerplate, 0u);
  EXPECT_TRUE(IsInstalmentCountLine("Paga en 3 plazos sin intereses con PayPal."));
  EXPECT_TRUE(IsInstalmentCountLine("Zaplaťte ve 3 splátky bez navýšení"));
  EXPECT_FALSE(IsInstalmentCountLine("Se cosecha en 3 pasadas por el olivar"));
}

// A heading's own anchor classed "header" (mdBook's "<h2><a class=header
// href=#id>") keeps the heading: it is no page header.
TEST(ArchiveRules, HeadingAnchorClassedHeaderStays) {
  const Article a = ExtractPage(
      "<html lang=en><head><title>Errors</title></head><body><main><h1>Errors</h1>" + std::string(kProse) +
      "<h2 id=result><a class=header href=#result>The result type</a></h2>" + kProse + "</main></body></html>");
  EXPECT_NE(a.text.find("The result type"), std::string::npos) << a.text;
}

// A taxonomy term's page (Drupal's "path-taxonomy" body) lists its posts
// as teaser <article>s classed "node--view-mode-teaser": the loop is the
// page's content, not a related strip.
TEST(ArchiveRules, ArchiveLoopOfTeaserArticlesStays) {
  std::string cards;
  const char* titles[] = {"Counting mites in November", "Trapping hornets in spring", "Reading healthy brood",
                          "Feeding in autumn"};
  for (const char* t : titles)
    cards += std::string("<div class=views-row><article class=\"node node--type-article node--view-mode-teaser\">"
                         "<h2><a href=/node/1>") +
             t + "</a></h2><p>A summary of the post in one sentence, which says what the club found and did.</p>"
                 "</article></div>";
  const Article a = ExtractPage("<html lang=en><head><title>Bee health</title></head><body class=path-taxonomy>"
                                "<main><h1>Bee health</h1><div class=view-content>" +
                                cards + "</div></main></body></html>");
  for (const char* t : titles) EXPECT_NE(a.text.find(t), std::string::npos) << t << "\n" << a.text;
}

// An archive's cards that mark their days in microdata as text
// ("<span itemprop=datePublished> November 12, 2025 </span>") date their
// posts, not the page.
TEST(ArchiveRules, ListedItempropDatesShownAsText) {
  std::string cards;
  const char* days[] = {"November 12, 2025", "November 5, 2025", "October 29, 2025"};
  for (const char* d : days)
    cards += std::string("<article itemscope itemtype=https://schema.org/CreativeWork><h2><a href=/p>A post</a></h2>"
                         "<span itemprop=datePublished> ") +
             d + " </span><p>A summary of the post in one sentence, long enough to read as its excerpt.</p></article>";
  const Article a = ExtractPage(
      "<html lang=en><head><title>Sourdough</title><script type=application/ld+json>"
      "{\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\",\"name\":\"Sourdough\"}</script></head>"
      "<body><main><h1>Sourdough</h1>" + cards + "</main></body></html>");
  EXPECT_FALSE(a.date_published.has_value()) << a.date_published.value_or("");
}

// A writer's profile page (a ProfilePage with its own dateCreated, no
// article described) is not published on the day the profile was made.
TEST(ArchiveRules, ProfilePageDateCreatedIsNoPublication) {
  const Article a = ExtractPage(
      "<html lang=pl><head><title>Joanna</title><script type=application/ld+json>"
      "{\"@context\":\"https://schema.org\",\"@type\":\"ProfilePage\",\"dateCreated\":\"2014-03-03T09:00:00+01:00\","
      "\"mainEntity\":{\"@type\":\"Person\",\"name\":\"Joanna Wierzbicka\"}}</script></head>"
      "<body><main><h1>Joanna Wierzbicka</h1>" + std::string(kProse) + "</main></body></html>");
  EXPECT_FALSE(a.date_published.has_value()) << a.date_published.value_or("");
  EXPECT_TRUE(IsTaxonomyTermPath("/search/label/Viajes"));
  EXPECT_FALSE(IsTaxonomyTermPath("/search/label/"));
  EXPECT_FALSE(IsTaxonomyTermPath("/search/label/a/b"));
}

// Blogger's label page (canonical "/search/label/<label>") lists full
// posts, each with its stamp and its writer: the page takes neither.
TEST(ArchiveRules, BloggerLabelPageIsUndated) {
  std::string posts;
  const char* days[] = {"jueves, 13 de noviembre de 2025", "lunes, 3 de noviembre de 2025"};
  for (const char* d : days)
    posts += std::string("<div class=date-outer><h2 class=date-header><span>") + d +
             "</span></h2><div class=post-outer><div class=\"post hentry\"><h3 class=post-title><a href=/p.html>"
             "Una radio restaurada</a></h3><div class=post-body>" + kProse +
             "</div><div class=post-footer><span class=post-author>Publicado por <span class=fn>Ernesto Vald\u00e9s"
             "</span></span></div></div></div></div>";
  const Article a = ExtractPage(
      "<html lang=es><head><title>Ondas: Restauraciones</title>"
      "<link rel=canonical href=https://ondas.blogspot.com/search/label/Restauraciones></head>"
      "<body><div class=blog-posts>" + posts + "</div></body></html>");
  EXPECT_FALSE(a.date_published.has_value()) << a.date_published.value_or("");
  EXPECT_TRUE(a.authors.empty()) << a.authors.front();
}

}  // namespace
}  // namespace lede
