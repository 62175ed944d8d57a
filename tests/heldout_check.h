// The checks of a held-out fixture page shared by the rounds' suites
// (heldout16_test.cc, heldout17_test.cc, heldout18_test.cc): what the
// extracted Article must say of the page and which of its lines the body
// keeps or drops.
#ifndef LEDE_TESTS_HELDOUT_CHECK_H_
#define LEDE_TESTS_HELDOUT_CHECK_H_

#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lede/lede.h"
#include "test_util.h"

namespace lede::testing {

struct HeldoutExpect {
  const char* language;                       // Article::language
  const char* title;                          // "" when not pinned
  const std::vector<std::string>& authors;    // empty when not pinned
  const char* published;                      // prefix of date_published; "" not pinned; "-" none
  const char* modified;                       // prefix of date_modified, "" when not pinned
  const char* type;                           // page_type, "" when not pinned
  const std::vector<const char*>& kept;       // lines the body keeps
  const std::vector<const char*>& dropped;    // lines it drops
};

// Reads tests/fixtures/`dir`/`file`, extracts it and checks `want`; the
// Article is handed to `more` for a suite's own checks (a charset).
template <typename More>
void CheckHeldoutPage(const char* dir, const char* file, const HeldoutExpect& want, More&& more) {
  const std::string html = ReadFile(SourceDir() + "/tests/fixtures/" + dir + "/" + file);
  ASSERT_FALSE(html.empty()) << file << ": not read";
  Result<Article> r = Extract(html, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << file << ": " << r.status().ToString();
  const Article& a = r.value();
  more(a);
  EXPECT_EQ(a.language.value_or(""), want.language) << file;
  if (*want.title) {
    EXPECT_EQ(a.title.value_or(""), want.title) << file;
  }
  if (!want.authors.empty()) {
    EXPECT_EQ(a.authors, want.authors) << file;
  }
  if (*want.type) {
    EXPECT_EQ(a.page_type, want.type) << file;
  }
  if (std::strcmp(want.published, "-") == 0) {
    EXPECT_FALSE(a.date_published.has_value()) << file << ": " << a.date_published.value_or("");
  } else {
    EXPECT_EQ(a.date_published.value_or("").substr(0, std::strlen(want.published)), want.published) << file;
  }
  if (*want.modified) {
    EXPECT_EQ(a.date_modified.value_or("").substr(0, std::strlen(want.modified)), want.modified) << file;
  }
  for (const char* k : want.kept)
    EXPECT_NE(a.text.find(k), std::string::npos) << file << ": lost '" << k << "'\n" << a.text;
  for (const char* d : want.dropped)
    EXPECT_EQ(a.text.find(d), std::string::npos) << file << ": chrome '" << d << "'\n" << a.text;
}

// A small page for a round's rule tests: `head` in the <head> after a
// title, `body` as the <body>, in language `lang`.
inline std::string RulePage(const std::string& head, const std::string& body, const char* lang = "en") {
  return std::string("<!DOCTYPE html><html lang=") + lang + "><head><meta charset=utf-8><title>T</title>" + head +
         "</head><body>" + body + "</body></html>";
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_HELDOUT_CHECK_H_
