// Pages a review of stop 57's rules wrote to make them misfire
// (tests/fixtures/review57/), each now read right: a Chinese CMS's account
// ("管理员") in the JSON-LD gives way to the byline's reporter; a given name
// ending in "社" ("刘建社") is a person's, not an outlet's; a first section
// heading under a headline set as <h2> is no dek.
#include <gtest/gtest.h>

#include <string>

#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

Article ExtractFixture(const std::string& name) {
  const std::string html = testing::ReadFile(testing::SourceDir() + "/tests/fixtures/review57/" + name);
  Result<Article> r = Extractor().Extract(html);
  EXPECT_TRUE(r.ok()) << name;
  return r.ok() ? r.value() : Article{};
}

TEST(Review57, CmsAccountGivesWayToReporter) {
  const Article a = ExtractFixture("cms-account-zh.html");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "\u5f20\u4f1f");  // 张伟
}

TEST(Review57, GivenNameEndingInSheIsAPerson) {
  const Article a = ExtractFixture("given-name-she-zh.html");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "\u5218\u5efa\u793e");  // 刘建社
}

TEST(Review57, FirstSectionHeadingIsNoDek) {
  const Article a = ExtractFixture("h2-headline-sections-en.html");
  EXPECT_FALSE(a.dek.has_value()) << *a.dek;
  EXPECT_NE(ToMarkdown(a).find("A short history of the crossing"), std::string::npos) << ToMarkdown(a);
}

}  // namespace
}  // namespace lede
