// Structure kept faithfully: golden Markdown and HTML for a fixture with
// every construct (heading levels, nested lists, a table with a header row,
// code with indentation and language, blockquotes, line breaks, Markdown
// metacharacters), plus the JSON-LD body fallback and comments.
#include <gtest/gtest.h>

#include "lede/lede.h"
#include "test_util.h"

namespace lede {
namespace {

std::string Fixture(const std::string& name) {
  return testing::ReadFile(testing::SourceDir() + "/tests/fixtures/" + name);
}

Article MustExtract(const std::string& html, ExtractOptions opts = {}) {
  Result<Article> r = Extract(html, opts);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : Article{};
}

TEST(Structure, MarkdownGolden) {
  ExtractOptions o;
  o.url = "https://example.com/post/1";
  Article a = MustExtract(Fixture("structure.html"), o);
  EXPECT_EQ(ToMarkdown(a), Fixture("structure.expected.md"));
}

TEST(Structure, HtmlGolden) {
  ExtractOptions o;
  o.url = "https://example.com/post/1";
  Article a = MustExtract(Fixture("structure.html"), o);
  EXPECT_EQ(ToHtml(a), Fixture("structure.expected.html"));
}

TEST(Structure, TextKeepsEveryCellAndItem) {
  Article a = MustExtract(Fixture("structure.html"));
  for (const char* s : {"Name | Value", "alpha | 1", "beta | gamma | 2", "Nested one", "Third item",
                        "    if name:", "A line after a break."})
    EXPECT_NE(a.text.find(s), std::string::npos) << s;
  EXPECT_EQ(a.text.find("Home"), std::string::npos);
  EXPECT_EQ(a.text.find("Copyright"), std::string::npos);
}

TEST(Structure, BodyFromJsonLdWhenThePageShowsNone) {
  Article a = MustExtract(Fixture("jsonld-only.html"));
  EXPECT_NE(a.text.find("The second paragraph goes on"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("enable JavaScript"), std::string::npos) << a.text;
  EXPECT_EQ(a.authors, std::vector<std::string>{"Rin Tanaka"});
}

TEST(Structure, CommentsOnlyWhenAskedAndNeverInTheBody) {
  Article plain = MustExtract(Fixture("comments.html"));
  EXPECT_FALSE(plain.comments.has_value());
  EXPECT_EQ(plain.text.find("I really liked"), std::string::npos);
  ExtractOptions o;
  o.comments = true;
  Article with = MustExtract(Fixture("comments.html"), o);
  ASSERT_TRUE(with.comments.has_value());
  EXPECT_NE(with.comments->find("I really liked this post"), std::string::npos);
  EXPECT_NE(with.comments->find("Same here"), std::string::npos);
  EXPECT_EQ(with.text, plain.text);
}

}  // namespace
}  // namespace lede
