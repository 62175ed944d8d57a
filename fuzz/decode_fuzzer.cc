// Fuzzes the encoding stage: label lookup, Content-Type parsing, the <meta>
// prescan, sniffing and decoding to UTF-8. Invariants: the decision names a
// canonical charset, the BOM length fits the input, and the decoded text is
// well-formed UTF-8 whatever the bytes and the charset, and so is the text
// after the mojibake repair.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/text.h"
#include "encoding/charset.h"
#include "encoding/mojibake.h"
#include "strict_json.h"

namespace {

// Charsets worth forcing: every decoder family, plus labels that lie.
constexpr const char* kLabels[] = {
    "",           "utf-8",       "windows-1252", "iso-8859-2", "koi8-r",    "shift_jis",
    "euc-jp",     "iso-2022-jp", "gbk",          "gb18030",    "big5",      "euc-kr",
    "utf-16le",   "utf-16be",    "x-user-defined", "replacement", "macintosh", "windows-874",
    "iso-8859-8-i", "bogus-label", " UTF-8 ",     "latin1",     "ucs-2",    "hz-gb-2312",
    "iso-2022-kr",  "iso-2022-cn",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider fdp(data, size);
  const std::string label =
      fdp.ConsumeBool() ? fdp.PickValueInArray(kLabels) : fdp.ConsumeRandomLengthString(24);
  const std::string bytes = fdp.ConsumeRemainingBytesAsString();

  (void)lede::CanonicalCharset(label);
  (void)lede::CharsetFromContentType(label);
  (void)lede::CharsetFromContentType(bytes.substr(0, 256));
  const std::string_view meta = lede::PrescanMetaCharset(bytes);
  if (!meta.empty() && lede::CanonicalCharset(meta) != meta) std::abort();

  const lede::CharsetDecision d = lede::SniffCharset(bytes, label);
  if (d.bom_length > bytes.size()) std::abort();
  // (Canonical, but for ISO-2022-KR and -CN, which WHATWG names "replacement"
  // and lede decodes: charset.h.)
  const bool iso2022 = d.charset == "iso-2022-kr" || d.charset == "iso-2022-cn";
  if (d.charset.empty() || (lede::CanonicalCharset(d.charset) != d.charset && !iso2022)) std::abort();

  std::string out = "stale contents that must be replaced";
  lede::DecodeToUtf8(std::string_view(bytes).substr(d.bom_length), d.charset, &out);
  if (!lede::testing::IsStrictUtf8(out)) std::abort();
  // Through the decision, as Extract decodes: a UTF-8 label set aside, the
  // stray bytes of mostly-UTF-8 read by the label or as windows-1252 runs.
  const lede::CharsetDecision again = lede::SniffCharsetAgain(bytes, label, d);
  std::string by_decision;
  lede::DecodeToUtf8(std::string_view(bytes).substr(again.bom_length), again, &by_decision);
  if (!lede::testing::IsStrictUtf8(by_decision)) std::abort();
  // Valid UTF-8 under a UTF-8 decision is never changed (the windows-1252
  // run repair reads only bytes that are no UTF-8).
  if (again.charset == "utf-8") {
    const std::string_view text = std::string_view(bytes).substr(again.bom_length);
    if (lede::IsValidUtf8(text) && by_decision != text) std::abort();
  }

  // The mojibake repair keeps text strict UTF-8 and only ever shortens it
  // (each run of characters becomes one of their bytes each).
  std::string repaired;
  if (lede::RepairMojibake(out, &repaired) != 0) {
    if (!lede::testing::IsStrictUtf8(repaired) || repaired.size() >= out.size()) std::abort();
  }

  // The forced label straight to the decoder (unknown labels decode as
  // windows-1252).
  const std::string_view forced = lede::CanonicalCharset(label);
  lede::DecodeToUtf8(bytes, forced.empty() ? std::string_view(label) : forced, &out);
  if (!lede::testing::IsStrictUtf8(out)) std::abort();
  if (bytes.empty() && !out.empty()) std::abort();
  return 0;
}
