// libFuzzer target: the HTML tokenizer (src/html/tokenizer.h).
// The first byte picks the initial content model, the CDATA flag and a
// "last start tag"; the rest is the input. Checks: progress (a bounded
// number of tokens), token invariants, and the SIMD scanners against the
// scalar ones.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "html/scan.h"
#include "html/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);

  // Vector and scalar scans agree at every offset class.
  const char* b = input.data();
  const char* e = b + input.size();
  for (size_t from = 0; from < input.size(); from += 13) {
    Check(lede::ScanFor3(b + from, e, '<', '&', '\0') == lede::ScanFor3Scalar(b + from, e, '<', '&', '\0'));
    Check(lede::ScanFor2(b + from, e, '-', '\0') == lede::ScanFor2Scalar(b + from, e, '-', '\0'));
  }

  static constexpr lede::Tokenizer::ContentModel kModels[] = {
      lede::Tokenizer::ContentModel::kData,       lede::Tokenizer::ContentModel::kRcdata,
      lede::Tokenizer::ContentModel::kRawtext,    lede::Tokenizer::ContentModel::kScriptData,
      lede::Tokenizer::ContentModel::kPlaintext,  lede::Tokenizer::ContentModel::kCdataSection};
  static constexpr std::string_view kLastTags[] = {"", "title", "script", "style", "textarea", "xmp", "a"};
  lede::Arena arena;
  lede::Tokenizer tok;
  tok.Reset(input, &arena);
  tok.SetContentModel(kModels[mode % 6]);
  tok.set_cdata_allowed(mode & 0x40);
  tok.set_last_start_tag(kLastTags[(mode >> 3) % 7]);
  lede::Token t;
  size_t tokens = 0;
  for (;;) {
    tok.Next(&t);
    if (t.type == lede::TokenType::kEof) break;
    Check(++tokens <= input.size() + 2);  // every token consumes input
    switch (t.type) {
      case lede::TokenType::kCharacters:
        Check(!t.data.empty());
        break;
      case lede::TokenType::kStartTag:
      case lede::TokenType::kEndTag:
        Check(!t.name.empty());
        for (size_t i = 0; i < t.name.size(); ++i) Check(!(t.name[i] >= 'A' && t.name[i] <= 'Z'));
        for (uint32_t i = 0; i < t.num_attrs; ++i)
          for (uint32_t j = i + 1; j < t.num_attrs && j < i + 64; ++j) Check(t.attrs[i].name != t.attrs[j].name);
        break;
      default:
        break;
    }
  }
  for (int i = 0; i < 3; ++i) {  // EOF is sticky
    tok.Next(&t);
    Check(t.type == lede::TokenType::kEof);
  }
  return 0;
}
