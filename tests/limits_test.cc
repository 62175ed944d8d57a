// Library limits (options.h): input bytes, DOM nodes, time budget; the
// limit's name reaches the caller.
#include <gtest/gtest.h>
#include <sys/mman.h>

#include <cstdint>

#include "lede/lede.h"

namespace lede {
namespace {

std::string BigPage(int paragraphs) {
  std::string s = "<html><body><article><h1>Big</h1>";
  for (int i = 0; i < paragraphs; ++i)
    s += "<div class=\"x\"><p>Paragraph " + std::to_string(i) + " has <b>some</b> words in it.</p></div>";
  return s + "</article></body></html>";
}

TEST(Limits, MaxInputBytes) {
  ExtractOptions o;
  o.limits.max_input_bytes = 10;
  Result<Article> r = Extract("<p>more than ten bytes</p>", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kLimitExceeded);
  EXPECT_EQ(r.status().message().rfind("max_input_bytes", 0), 0u);
}

// A page's DOM holds 32-bit string lengths: past kMaxInputBytesCap an
// input is refused whatever max_input_bytes allows. (The bytes are an
// untouched anonymous mapping: the check reads only their size.)
TEST(Limits, MaxInputBytesIsCappedForTheDomsLengths) {
  const size_t n = kMaxInputBytesCap + 1;
  void* p = mmap(nullptr, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  ASSERT_NE(p, MAP_FAILED);
  ExtractOptions o;
  o.limits.max_input_bytes = SIZE_MAX;
  Result<Article> r = Extract(std::string_view(static_cast<const char*>(p), n), o);
  munmap(p, n);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kLimitExceeded);
  EXPECT_EQ(r.status().message().rfind("max_input_bytes", 0), 0u) << r.status().message();
}

TEST(Limits, MaxNodesGivesPartialArticle) {
  ExtractOptions o;
  o.limits.max_nodes = 200;
  Result<Article> r = Extract(BigPage(2000), o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->limits_hit.size(), 1u);
  EXPECT_EQ(r->limits_hit[0], "max_nodes");
  EXPECT_NE(ToJson(r.value()).find("\"limits\":[\"max_nodes\"]"), std::string::npos);
  // A page within limits says nothing.
  Result<Article> whole = Extract(BigPage(10));
  ASSERT_TRUE(whole.ok());
  EXPECT_TRUE(whole->limits_hit.empty());
  EXPECT_EQ(ToJson(whole.value()).find("\"limits\""), std::string::npos);
}

TEST(Limits, MaxNodesLosesNoText) {
  // Past the node budget the rest of the text is kept without its markup:
  // every paragraph's words reach the article.
  ExtractOptions o;
  o.limits.max_nodes = 200;
  Result<Article> r = Extract(BigPage(2000), o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->limits_hit, std::vector<std::string>{"max_nodes"});
  for (int i = 0; i < 2000; i += 37)
    EXPECT_NE(r->text.find("Paragraph " + std::to_string(i) + " has some words"), std::string::npos) << i;
  EXPECT_NE(r->text.find("Paragraph 1999 has some words in it."), std::string::npos);
}

TEST(Limits, NodeBudgetScalesWithTheInput) {
  // A floor, then one node per kInputBytesPerNode input bytes, at most
  // Limits::max_nodes.
  const size_t max_nodes = Limits{}.max_nodes;
  EXPECT_EQ(NodeBudget(0, max_nodes), kNodeBudgetFloor);
  EXPECT_EQ(NodeBudget(32u << 20, max_nodes), kNodeBudgetFloor + (32u << 20) / kInputBytesPerNode);
  EXPECT_EQ(NodeBudget(256u << 20, max_nodes), max_nodes);
  EXPECT_EQ(NodeBudget(1000, 50), 50u);
  // 1.4 M nodes from 3.5 MB of cells reach the page's budget (1 Mi + 219 K
  // nodes, under max_nodes) and keep every cell's text.
  std::string cells = "<table><tr>";
  for (int i = 0; i < 700000; ++i) cells += "<td>x";
  Result<Article> r = Extract(cells);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->limits_hit, std::vector<std::string>{"max_nodes"});
  size_t xs = 0;
  for (char c : r->text) xs += c == 'x';
  EXPECT_EQ(xs, 700000u);
}

TEST(Limits, TimeBudget) {
  ExtractOptions o;
  o.limits.time_budget_ms = 1;
  // Several MB of markup take well over a millisecond to decode and parse.
  Result<Article> r = Extract(BigPage(100000), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kLimitExceeded);
  EXPECT_EQ(r.status().message().rfind("time_budget_ms", 0), 0u) << r.status().ToString();
  // A generous budget changes nothing.
  o.limits.time_budget_ms = 60000;
  Result<Article> ok = Extract(BigPage(100), o);
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE(ok->limits_hit.empty());
}

}  // namespace
}  // namespace lede
