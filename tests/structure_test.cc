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

TEST(Structure, TitleHeadingIsPrintedOnceAfterEmptyBlocks) {
  // Body: an emptied paragraph, then an <h1> that repeats the title, then
  // text. Both writers print the title once (the shared TitleHeading).
  Article a;
  a.title = "Waxed Tote";
  Body& b = a.body;
  b.strings = "Waxed  ToteCanvas.";
  b.nodes.resize(6);
  b.nodes[0] = {BodyKind::kRoot, 0, 1, 4, 0, 0, 0};
  b.nodes[1] = {BodyKind::kParagraph, 0, 0, 0, 2, 0, 0};
  b.nodes[2] = {BodyKind::kHeading, 1, 3, 3, 4, 0, 0};
  b.nodes[3] = {BodyKind::kText, 0, 0, 0, 0, 0, 11};
  b.nodes[4] = {BodyKind::kParagraph, 0, 5, 5, 0, 0, 0};
  b.nodes[5] = {BodyKind::kText, 0, 0, 0, 0, 11, 7};
  const std::string html = ToHtml(a);
  EXPECT_EQ(html.find("<h1>", html.find("<h1>") + 1), std::string::npos) << html;
  EXPECT_NE(html.find("<p>Canvas.</p>"), std::string::npos) << html;
  const std::string md = ToMarkdown(a);
  EXPECT_EQ(md.find("# ", 1), std::string::npos) << md;
  EXPECT_NE(md.find("Canvas."), std::string::npos) << md;
}

}  // namespace
}  // namespace lede
