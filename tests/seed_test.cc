// The seed test: lede extract on the page the project grew from gives
// exactly the expected fields, paragraphs and credit, and none of the
// boilerplate strings.
#include <gtest/gtest.h>

#include "cli_runner.h"
#include "core/json.h"
#include "core/text.h"
#include "test_util.h"

namespace lede {
namespace {

using testing::Quote;
using testing::RunCli;

std::vector<std::string> SplitParagraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find("\n\n", b);
    if (e == std::string::npos) e = text.size();
    std::string p(Trim(std::string_view(text).substr(b, e - b)));
    if (!p.empty()) out.push_back(p);
    b = e + 2;
  }
  return out;
}

TEST(Seed, ExtractsTheSeedStory) {
  LEDE_REQUIRE_SHARED(shared);
  const std::string page = shared + "/seed/seed-page.html";
  auto expected_r = ParseJson(testing::ReadFile(shared + "/seed/seed-page.expected.json"));
  ASSERT_TRUE(expected_r.ok());
  const JsonValue& expected = expected_r.value().root();

  testing::CliResult r = RunCli("extract " + Quote(page) + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto got_r = ParseJson(r.out);
  ASSERT_TRUE(got_r.ok()) << r.out;
  const JsonValue& got = got_r.value().root();

  for (const char* field : {"section", "title", "dek", "site_name", "language"}) {
    ASSERT_NE(got.Get(field), nullptr) << field;
    EXPECT_EQ(got.Get(field)->str(), expected.Get(field)->str()) << field;
  }
  ASSERT_NE(got.Get("image"), nullptr);
  EXPECT_EQ(got.Get("image")->Get("credit")->str(), expected.Get("image")->Get("credit")->str());

  const std::string text(got.Get("text")->str());
  std::vector<std::string> paragraphs = SplitParagraphs(text);
  const auto& want = expected.Get("body_paragraphs")->items();
  ASSERT_EQ(paragraphs.size(), want.size()) << text;
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(paragraphs[i], want[i].str()) << "paragraph " << i;
  for (const JsonValue& bad : expected.Get("not_in_body")->items())
    EXPECT_EQ(text.find(bad.str()), std::string::npos) << "boilerplate in body: " << bad.str();
}

}  // namespace
}  // namespace lede
