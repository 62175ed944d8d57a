// Replays every input in tests/regress/ (one per fixed bug or fuzz finding)
// through the public API: Extract, the explain report and every writer. Each
// must end with an Article whose strings, JSON, Markdown and HTML are
// well-formed UTF-8, and JSON that parses strictly.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/json.h"
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

// The JSON writer skips plain ASCII eight bytes at a time: every special
// byte must still be escaped at every offset in and across those words.
TEST(JsonWriter, EscapesAtEveryOffset) {
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\xC3\xA9", "\xE2\x80\xA8",
                                  "\xF0\x9F\x99\x82", "\xFF", "\xED\xA0\x80" /* a lone surrogate */,
                                  "\xC0\xAF" /* overlong */};
  for (const std::string& sp : specials)
    for (size_t k = 0; k < 20; ++k) {
      Article a;
      a.title = std::string(k, 'a') + sp + std::string(19 - k, 'b');
      const std::string json = ToJson(a);
      ASSERT_EQ(CheckStrictJson(json), "") << k << " " << json;
      Result<JsonDocument> v = ParseJson(json);
      ASSERT_TRUE(v.ok());
      // Invalid UTF-8 comes back as U+FFFD; everything else unchanged.
      // (Each byte of an invalid sequence.)
      const size_t bad = sp == "\xFF" ? 1 : sp == "\xED\xA0\x80" ? 3 : sp == "\xC0\xAF" ? 2 : 0;
      std::string fffd;
      for (size_t j = 0; j < bad; ++j) fffd += "\xEF\xBF\xBD";
      const std::string want = bad ? std::string(k, 'a') + fffd + std::string(19 - k, 'b') : *a.title;
      EXPECT_EQ(v->root().Get("title")->str(), want) << k;
    }
}

// A JSON Lines record holds no raw character that line splitters break on:
// NEL (U+0085), LINE and PARAGRAPH SEPARATOR (Python's str.splitlines cut a
// record at each; a page's text once held a NEL).
TEST(JsonWriter, EscapesUnicodeLineBreaks) {
  const std::string title = "one\xC2\x85" "two\xE2\x80\xA8" "three\xE2\x80\xA9" "four";
  Article a;
  a.title = title;
  const std::string json = ToJson(a);
  EXPECT_EQ(json.find("\xC2\x85"), std::string::npos) << json;
  EXPECT_EQ(json.find("\xE2\x80\xA8"), std::string::npos) << json;
  EXPECT_EQ(json.find("\xE2\x80\xA9"), std::string::npos) << json;
  EXPECT_NE(json.find("one\\u0085two\\u2028three\\u2029four"), std::string::npos) << json;
  Result<JsonDocument> v = ParseJson(json);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->root().Get("title")->str(), title);
}

}  // namespace
}  // namespace lede
