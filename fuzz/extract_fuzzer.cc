// Fuzzes the whole pipeline through the public API: bytes in any charset ->
// decode -> parse -> extract -> every writer. Invariants: Extract succeeds
// (only limits fail, and the limits here are generous), every string of the
// Article is well-formed UTF-8, ToJson is one strict UTF-8 JSON value, and
// Markdown, HTML and text are well-formed UTF-8.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lede/lede.h"
#include "strict_json.h"

namespace {

constexpr const char* kCharsets[] = {"", "utf-8", "windows-1252", "shift_jis", "utf-16le",
                                     "gb18030", "iso-2022-jp", "lying-label"};
constexpr const char* kUrls[] = {"", "https://example.com/a/b.html?q=1#f", "http://x",
                                 "not a url", "https://例え.jp/パス"};

void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "extract_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

void CheckUtf8(const char* field, const std::string& s) {
  if (!lede::testing::IsStrictUtf8(s)) Fail("invalid UTF-8 in", field);
}
void CheckUtf8(const char* field, const std::optional<std::string>& s) {
  if (s) CheckUtf8(field, *s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The options ride in the first byte so that plain HTML seeds stay
  // readable: most of the input is the page.
  lede::ExtractOptions o;
  size_t skip = 0;
  if (size > 0) {
    const uint8_t b = data[0];
    if (b >= 0x80) {  // a non-ASCII first byte selects options
      o.charset = kCharsets[b & 7];
      o.url = kUrls[(b >> 3) % 5];
      o.favor = static_cast<lede::Favor>(((b >> 5) & 3) % 3);
      skip = 1;
    }
  }
  const std::string_view page(reinterpret_cast<const char*>(data) + skip, size - skip);

  lede::Result<lede::Article> r = lede::Extract(page, o);
  if (!r.ok()) Fail("Extract failed", r.status().ToString());
  const lede::Article& a = r.value();
  CheckUtf8("title", a.title);
  CheckUtf8("section", a.section);
  CheckUtf8("dek", a.dek);
  CheckUtf8("site_name", a.site_name);
  CheckUtf8("description", a.description);
  CheckUtf8("date_published", a.date_published);
  CheckUtf8("image.caption", a.image.caption);
  CheckUtf8("image.credit", a.image.credit);
  CheckUtf8("image.url", a.image.url);
  CheckUtf8("canonical_url", a.canonical_url);
  for (const std::string& s : a.authors) CheckUtf8("authors", s);
  for (const std::string& s : a.tags) CheckUtf8("tags", s);
  CheckUtf8("text", a.text);
  CheckUtf8("body.strings", a.body.strings);

  lede::JsonOptions jo;
  jo.include_markdown = jo.include_html = true;
  jo.path = "page.html";
  const std::string json = lede::ToJson(a, jo);
  if (std::string e = lede::testing::CheckStrictJson(json); !e.empty()) Fail("bad JSON", e);
  CheckUtf8("markdown", lede::ToMarkdown(a));
  CheckUtf8("html", lede::ToHtml(a));
  CheckUtf8("text", lede::ToText(a));

  // The explain path walks the same pages with extra bookkeeping.
  static lede::Extractor extractor;
  std::vector<lede::BlockReport> report;
  lede::Result<lede::Article> r2 = extractor.Extract(page, o, &report);
  if (!r2.ok()) Fail("Extract (explain) failed", r2.status().ToString());
  if (r2.value().text != a.text) Fail("explain changed the text", "");
  for (const lede::BlockReport& b : report) {
    CheckUtf8("report.path", b.path);
    CheckUtf8("report.preview", b.preview);
  }
  return 0;
}
