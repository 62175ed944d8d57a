// Replays every input in tests/regress/ (one per fixed bug or fuzz finding)
// through the public API: Extract, the explain report and every writer. Each
// must end with an Article whose strings, JSON, Markdown and HTML are
// well-formed UTF-8, and JSON that parses strictly.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "strict_json.h"
#include "test_util.h"

namespace lede {
namespace {

namespace fs = std::filesystem;
using ::lede::testing::CheckStrictJson;
using ::lede::testing::IsStrictUtf8;

std::vector<std::string> RegressFiles() {
  std::vector<std::string> files;
  fs::path dir = fs::path(testing::SourceDir()) / "tests" / "regress";
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename() != "README.md") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

void CheckArticle(const Article& a, const std::string& file) {
  SCOPED_TRACE(file);
  for (const std::optional<std::string>* f :
       {&a.title, &a.section, &a.dek, &a.date_published, &a.date_modified, &a.site_name,
        &a.language, &a.canonical_url, &a.description, &a.image.url, &a.image.caption,
        &a.image.credit}) {
    if (*f) {
      EXPECT_TRUE(IsStrictUtf8(**f)) << **f;
    }
  }
  for (const std::string& s : a.authors) EXPECT_TRUE(IsStrictUtf8(s));
  for (const std::string& s : a.tags) EXPECT_TRUE(IsStrictUtf8(s));
  EXPECT_TRUE(IsStrictUtf8(a.text));
  JsonOptions jo;
  jo.include_markdown = jo.include_html = true;
  jo.path = file;
  EXPECT_EQ(CheckStrictJson(ToJson(a, jo)), "");
  EXPECT_TRUE(IsStrictUtf8(ToMarkdown(a)));
  EXPECT_TRUE(IsStrictUtf8(ToHtml(a)));
}

TEST(Regress, EveryInputExtractsCleanly) {
  const std::vector<std::string> files = RegressFiles();
  ASSERT_FALSE(files.empty()) << "tests/regress/ is empty";
  Extractor extractor;
  for (const std::string& file : files) {
    const std::string bytes = testing::ReadFile(file);
    Result<Article> r = Extract(bytes);
    ASSERT_TRUE(r.ok()) << file << ": " << r.status().ToString();
    CheckArticle(r.value(), file);
    std::vector<BlockReport> report;
    Result<Article> r2 = extractor.Extract(bytes, {}, &report);
    ASSERT_TRUE(r2.ok()) << file;
    EXPECT_EQ(r2.value().text, r.value().text) << file;
    for (const BlockReport& b : report) {
      EXPECT_TRUE(IsStrictUtf8(b.path)) << file << ": " << b.path;
      EXPECT_TRUE(IsStrictUtf8(b.preview)) << file;
      EXPECT_TRUE(IsStrictUtf8(b.reason)) << file;
    }
  }
}

}  // namespace
}  // namespace lede
