// Fuzzes the writers (ToJson, ToMarkdown, ToHtml, ToText) on Articles built
// straight from the fuzz input: any field may hold any bytes, and the body is
// any tree of any kinds and levels (text and line breaks are leaves), deeper
// and stranger than the extractor makes. Invariants: ToJson is always one
// strict JSON value in well-formed UTF-8 (even from invalid UTF-8 fields);
// when every input string is UTF-8, Markdown, HTML and text are too.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "strict_json.h"

namespace {

constexpr uint8_t kMaxKind = static_cast<uint8_t>(lede::BodyKind::kCaption);

void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "writers_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

struct Builder {
  FuzzedDataProvider& fdp;
  bool all_utf8 = true;

  std::string Str(size_t max = 64) {
    std::string s = fdp.ConsumeRandomLengthString(max);
    if (!lede::testing::IsStrictUtf8(s)) all_utf8 = false;
    return s;
  }
  std::optional<std::string> Opt() {
    if (!fdp.ConsumeBool()) return std::nullopt;
    return Str();
  }

  void Body(lede::Body* b) {
    b->nodes.assign(1, lede::BodyNode{});  // the root
    std::vector<uint32_t> open{0};
    while (fdp.remaining_bytes() > 0 && b->nodes.size() < 20000) {
      const uint8_t op = fdp.ConsumeIntegral<uint8_t>();
      if (op < 48 && open.size() > 1) {  // close the innermost node
        open.pop_back();
        continue;
      }
      lede::BodyNode n;
      n.kind = static_cast<lede::BodyKind>(1 + fdp.ConsumeIntegralInRange<uint8_t>(0, kMaxKind - 1));
      n.level = fdp.ConsumeIntegral<uint8_t>();
      if (n.kind == lede::BodyKind::kText || n.kind == lede::BodyKind::kLink ||
          n.kind == lede::BodyKind::kCodeBlock || n.kind == lede::BodyKind::kImage || fdp.ConsumeBool()) {
        const std::string s = Str(n.kind == lede::BodyKind::kText ? 256 : 48);
        n.str_begin = static_cast<uint32_t>(b->strings.size());
        n.str_size = static_cast<uint32_t>(s.size());
        b->strings += s;
      }
      const uint32_t id = static_cast<uint32_t>(b->nodes.size());
      lede::BodyNode& parent = b->nodes[open.back()];
      if (parent.last_child) b->nodes[parent.last_child].next_sibling = id;
      else parent.first_child = id;
      parent.last_child = id;
      b->nodes.push_back(n);
      if (n.kind != lede::BodyKind::kText && n.kind != lede::BodyKind::kLineBreak)
        open.push_back(id);
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider fdp(data, size);
  Builder bld{fdp};
  lede::Article a;
  a.url = bld.Opt();
  a.title = bld.Opt();
  a.section = bld.Opt();
  a.dek = bld.Opt();
  for (int n = fdp.ConsumeIntegralInRange(0, 3); n > 0; --n) a.authors.push_back(bld.Str());
  a.date_published = bld.Opt();
  a.date_modified = bld.Opt();
  a.site_name = bld.Opt();
  a.language = bld.Opt();
  a.canonical_url = bld.Opt();
  a.description = bld.Opt();
  a.image.url = bld.Opt();
  a.image.caption = bld.Opt();
  a.image.credit = bld.Opt();
  for (int n = fdp.ConsumeIntegralInRange(0, 3); n > 0; --n) a.tags.push_back(bld.Str());
  a.charset = bld.Str(16);
  a.text = bld.Str(512);
  if (fdp.ConsumeBool()) a.limits_hit.push_back(bld.Str(16));
  lede::JsonOptions jo;
  jo.path = bld.Str(32);
  jo.include_markdown = fdp.ConsumeBool();
  jo.include_html = fdp.ConsumeBool();
  bld.Body(&a.body);

  const std::string json = lede::ToJson(a, jo);
  if (std::string e = lede::testing::CheckStrictJson(json); !e.empty()) Fail("bad JSON", e);
  const std::string md = lede::ToMarkdown(a);
  const std::string html = lede::ToHtml(a);
  const std::string text = lede::ToText(a);
  if (bld.all_utf8) {
    if (!lede::testing::IsStrictUtf8(md)) Fail("invalid UTF-8 in", "markdown");
    if (!lede::testing::IsStrictUtf8(html)) Fail("invalid UTF-8 in", "html");
    if (!lede::testing::IsStrictUtf8(text)) Fail("invalid UTF-8 in", "text");
  }
  return 0;
}
