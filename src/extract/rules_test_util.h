// What the rule tests (src/extract/*_rules_test.cc) share: a story's worth
// of prose to put beside the block a rule is about, and a page's
// extraction with the default options.
#ifndef LEDE_EXTRACT_RULES_TEST_UTIL_H_
#define LEDE_EXTRACT_RULES_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "lede/lede.h"

namespace lede::rules_test {

// Two paragraphs of prose, each long enough to score as text.
inline constexpr const char* kProse =
    "<p>The first paragraph says what the page is about in a couple of sentences, long enough to read as prose "
    "that a reader came for, with a clause or two more.</p>"
    "<p>The second paragraph carries on with the same subject and adds the details a reader would look for, "
    "again at some length so that it scores as text.</p>";

// An article's page (og:type article) headed `title`, its story's box
// holding `body`.
inline std::string ArticlePage(const std::string& title, const std::string& body) {
  return "<html lang=en><head><title>" + title + "</title><meta property='og:type' content='article'></head><body>"
         "<main><article><h1>" + title + "</h1><div id=body>" + body + "</div></article></main></body></html>";
}

// `html` extracted with the default options; an empty Article (and a
// failed expectation) when extraction fails.
inline Article ExtractPage(const std::string& html) {
  Result<Article> r = Extract(html, ExtractOptions{});
  EXPECT_TRUE(r.ok());
  return r.ok() ? std::move(r.value()) : Article{};
}

}  // namespace lede::rules_test

#endif  // LEDE_EXTRACT_RULES_TEST_UTIL_H_
