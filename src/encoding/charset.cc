#include "encoding/charset.h"

#include <iconv.h>
#include <uchardet.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <mutex>

#include "core/text.h"

namespace lede {
namespace {

bool IsSpaceOrSlash(unsigned char c) {
  return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20 || c == 0x2F;
}

// WHATWG "get an attribute" (part of the prescan). Returns false at end of
// input or at '>'.
bool GetAttribute(std::string_view s, size_t* pos, std::string* name, std::string* value) {
  size_t i = *pos;
  name->clear();
  value->clear();
  while (i < s.size() && IsSpaceOrSlash(s[i])) ++i;
  if (i >= s.size() || s[i] == '>') {
    *pos = i;
    return false;
  }
  // Attribute name.
  for (;; ++i) {
    if (i >= s.size()) { *pos = i; return false; }
    unsigned char c = s[i];
    if (c == '=' && !name->empty()) { ++i; goto value; }
    if (IsAsciiSpace(c)) break;
    if (c == '/' || c == '>') { *pos = i; return true; }
    name->push_back(ToLowerAscii(char(c)));
  }
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  if (i >= s.size() || s[i] != '=') { *pos = i; return true; }
  ++i;
value:
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  if (i >= s.size()) { *pos = i; return false; }
  if (s[i] == '"' || s[i] == '\'') {
    char q = s[i++];
    while (i < s.size() && s[i] != q) value->push_back(ToLowerAscii(s[i++]));
    if (i >= s.size()) { *pos = i; return false; }
    *pos = i + 1;
    return true;
  }
  if (s[i] == '>') { *pos = i; return true; }
  while (i < s.size() && !IsAsciiSpace(s[i]) && s[i] != '>') value->push_back(ToLowerAscii(s[i++]));
  *pos = i;
  return i < s.size();
}

// WHATWG "algorithm for extracting a character encoding from a meta element".
std::string_view CharsetFromMetaContent(std::string_view s) {
  size_t i = 0;
  for (;;) {
    size_t p = FindIgnoreCase(s, "charset", i);
    if (p == std::string_view::npos) return {};
    i = p + 7;
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') continue;
    ++i;
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (i >= s.size()) return {};
    if (s[i] == '"' || s[i] == '\'') {
      char q = s[i];
      size_t e = s.find(q, i + 1);
      if (e == std::string_view::npos) return {};
      return s.substr(i + 1, e - i - 1);
    }
    size_t e = i;
    while (e < s.size() && !IsAsciiSpace(s[e]) && s[e] != ';') ++e;
    return s.substr(i, e - i);
  }
}

}  // namespace

std::string_view CharsetFromContentType(std::string_view content_type) {
  return CharsetFromMetaContent(content_type);
}

std::string_view CallerCharset(std::string_view label) {
  if (FindIgnoreCase(label, "charset", 0) != std::string_view::npos) {
    label = CharsetFromContentType(label);
  } else {
    label = Trim(label.substr(0, label.find(';')));
  }
  if (label.size() >= 2 && (label.front() == '"' || label.front() == '\'') && label.back() == label.front())
    label = label.substr(1, label.size() - 2);
  return CanonicalCharset(label);
}

namespace {

// The prescan over all of `s` (the callers bound it).
std::string_view PrescanBytes(std::string_view s) {
  std::string name, value;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '<') {
      const void* lt = std::memchr(s.data() + i, '<', s.size() - i);
      if (!lt) break;
      i = static_cast<const char*>(lt) - s.data();
      continue;
    }
    if (s.substr(i, 4) == "<!--") {
      // The first "-->" after the '<': "<!-->" and "<!--->" are whole.
      size_t e = s.find("-->", i + 2);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    if (i + 6 <= s.size() && StartsWithIgnoreCase(s.substr(i + 1), "meta") &&
        IsSpaceOrSlash(s[i + 5])) {
      i += 6;
      bool got_pragma = false;
      int need_pragma = -1;  // -1 null, 0 false, 1 true
      std::string charset;
      bool seen_http_equiv = false, seen_content = false, seen_charset = false;
      while (GetAttribute(s, &i, &name, &value)) {
        if (name == "http-equiv" && !seen_http_equiv) {
          seen_http_equiv = true;
          if (value == "content-type") got_pragma = true;
        } else if (name == "content" && !seen_content) {
          seen_content = true;
          std::string_view cs = CharsetFromMetaContent(value);
          if (!cs.empty() && charset.empty()) {
            charset.assign(cs);
            need_pragma = 1;
          }
        } else if (name == "charset" && !seen_charset) {
          seen_charset = true;
          charset = value;
          need_pragma = 0;
        }
      }
      if (need_pragma == -1 || (need_pragma == 1 && !got_pragma)) continue;
      std::string_view canon = CanonicalCharset(charset);
      if (canon.empty()) continue;
      if (canon == "utf-16le" || canon == "utf-16be") return "utf-8";
      if (canon == "x-user-defined") return "windows-1252";
      return canon;
    }
    if (i + 1 < s.size() && (IsAsciiAlpha(s[i + 1]) ||
                             (s[i + 1] == '/' && i + 2 < s.size() && IsAsciiAlpha(s[i + 2])))) {
      // Skip a tag name and its attributes.
      i += 1;
      while (i < s.size() && !IsAsciiSpace(s[i]) && s[i] != '>') ++i;
      while (GetAttribute(s, &i, &name, &value)) {
      }
      ++i;
      continue;
    }
    if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '/' || s[i + 1] == '?')) {
      size_t e = s.find('>', i + 1);
      if (e == std::string_view::npos) break;
      i = e + 1;
      continue;
    }
    ++i;
  }
  return {};
}

}  // namespace

std::string_view PrescanMetaCharset(std::string_view bytes) { return PrescanBytes(bytes.substr(0, 1024)); }

namespace {

// How far past the first 1024 bytes a late <meta> is looked for.
constexpr size_t kLateMetaBytes = 64 * 1024;

// A <meta> charset in the head after the first 1024 bytes (behind a long
// inline <script> or <style>, comments, many <link>s): browsers honour it
// (Chromium's prescan reads on to the first tag that cannot be in the
// head; Firefox re-reads the page when its parser meets one), WHATWG's
// prescan alone does not. Read up to the first "<body" within 64 KiB
// (past `from`, the first byte the charset matters to: see SniffCharset).
// Asked only of bytes that are not valid UTF-8, before the detector.
std::string_view LateMetaCharset(std::string_view bytes, size_t from) {
  if (bytes.size() <= 1024) return {};
  std::string_view head = bytes.substr(0, from + kLateMetaBytes);
  const size_t body = FindIgnoreCase(head, "<body", 1024);
  if (body != std::string_view::npos) head = head.substr(0, body);
  if (head.size() <= 1024) return {};
  return PrescanBytes(head);
}

// The first byte above 0x7F, or npos. (Eight bytes a step.)
size_t FirstNonAscii(std::string_view b) {
  size_t i = 0;
  for (; i + 8 <= b.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, b.data() + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  for (; i < b.size(); ++i)
    if (static_cast<unsigned char>(b[i]) >= 0x80) return i;
  return std::string_view::npos;
}

// The seven-bit ISO-2022 encodings: valid UTF-8 too, so the UTF-8 check
// took an unlabelled page for UTF-8 (its text "$BF|K\8l(B" noise).
// ISO-2022-JP: the escapes that switch to JIS X 0208 (ESC $ B, ESC $ @)
// and back (ESC ( B, ESC ( J), at least two of each. ISO-2022-KR and -CN
// designate their double-byte set once (KR: ESC $ ) C) or per line (CN:
// ESC $ ) A for GB 2312, G and E for CNS 11643 plane 1 and ISO-IR-165,
// ESC $ * H and ESC $ + I..M for the planes SS2/SS3 reach) and shift
// into it with SO (0x0E) and out with SI (0x0F): a designation and an SO
// (hostile38: an unlabelled Korean page was refused as binary by the CLI,
// its SO/SI bytes counted as control ones, and read as UTF-8 noise by the
// library). No byte above 0x7F in any. (A terminal's escapes, ESC [, are
// none of these.) Read in the first 64 KiB, as the detector's sample is (a
// memchr over a whole MiB cost 1.2 M instructions on the 181 Scrapinghub
// pages). Returns the charset, or "" for none.
std::string_view SevenBitIso2022(std::string_view head) {
  head = head.substr(0, 64 * 1024);
  size_t in = 0, out = 0;
  std::string_view shifted;  // "iso-2022-kr" or "-cn" once designated
  for (size_t at = head.find('\x1B'); at != std::string_view::npos && at + 2 < head.size();
       at = head.find('\x1B', at + 1)) {
    const char a = head[at + 1], b = head[at + 2];
    if (a == '$' && (b == 'B' || b == '@')) ++in;
    else if (a == '(' && (b == 'B' || b == 'J')) ++out;
    else if (a == '$' && shifted.empty() && at + 3 < head.size()) {
      const char c = head[at + 3];
      if (b == ')' && c == 'C') shifted = "iso-2022-kr";
      else if ((b == ')' && (c == 'A' || c == 'G' || c == 'E')) || (b == '*' && c == 'H') ||
               (b == '+' && c >= 'I' && c <= 'M'))
        shifted = "iso-2022-cn";
    }
    if (in >= 2 && out >= 2) return FirstNonAscii(head) == std::string_view::npos ? "iso-2022-jp" : "";
  }
  if (!shifted.empty() && head.find('\x0E') != std::string_view::npos && FirstNonAscii(head) == std::string_view::npos)
    return shifted;
  return {};
}

// UTF-16 without a BOM: many NUL bytes at one parity and few at the other.
std::string_view GuessUtf16(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 4096) & ~size_t(1);
  if (n < 16) return {};
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += bytes[i] == 0;
    odd += bytes[i + 1] == 0;
  }
  if (odd > n / 2 * 6 / 10 && even < n / 2 / 10) return "utf-16le";
  if (even > n / 2 * 6 / 10 && odd < n / 2 / 10) return "utf-16be";
  return {};
}

// uchardet's names for encodings that have WHATWG ones under other labels.
struct DetectorName {
  std::string_view detector, canon;
};
constexpr DetectorName kDetectorNames[] = {
    {"UHC", "euc-kr"},  // Unified Hangul Code (cp949), what WHATWG's euc-kr decodes
    {"MAC-CYRILLIC", "x-mac-cyrillic"},
    {"ISO-8859-11", "windows-874"},
};

std::string_view Detect(std::string_view bytes) {
  // Sample: uchardet is slow on megabytes and the answer settles early.
  std::string_view sample = bytes.substr(0, 64 * 1024);
  uchardet_t ud = uchardet_new();
  if (!ud) return {};
  std::string_view result;
  if (uchardet_handle_data(ud, sample.data(), sample.size()) == 0) {
    uchardet_data_end(ud);
    const char* name = uchardet_get_charset(ud);
    if (name && *name) result = CanonicalCharset(name);
    // uchardet names some encodings without WHATWG labels.
    if (result.empty() && name) {
      for (const DetectorName& d : kDetectorNames)
        if (EqualsIgnoreCase(name, d.detector)) result = d.canon;
      if (StartsWithIgnoreCase(name, "UTF-16")) result = EndsWithIgnoreCase(name, "BE") ? "utf-16be" : "utf-16le";
    }
  }
  uchardet_delete(ud);
  return result;
}

// How much of the input the UTF-8 checks read.
constexpr size_t kUtf8CheckBytes = 1u << 20;

// The bytes are UTF-8 as far as they were checked (all of them, when no
// more than kUtf8CheckBytes).
CharsetDecision Utf8Detected(std::string_view bytes) {
  return {"utf-8", "detected", 0, bytes.size() <= kUtf8CheckBytes};
}

// A declared legacy charset loses to UTF-8 when the bytes are valid UTF-8
// and hold enough multi-byte characters: text in GBK, Shift_JIS or
// windows-1252 with that many non-ASCII characters is practically never
// valid UTF-8, while pages re-saved as UTF-8 keep their old <meta> and
// servers send a default "charset=ISO-8859-1" with UTF-8 bodies.
// For single-byte charsets one such character is enough (in windows-1252
// a valid UTF-8 pair is already mojibake, "Ã©"); short runs of GBK or
// Shift_JIS pairs can pass for UTF-8, so multi-byte charsets need more.
constexpr size_t kUtf8OverSingleByte = 1;
constexpr size_t kUtf8OverMultiByte = 16;

bool IsSingleByteCharset(std::string_view c) {
  return StartsWithIgnoreCase(c, "windows-") || StartsWithIgnoreCase(c, "iso-8859-") ||
         StartsWithIgnoreCase(c, "koi8") || StartsWithIgnoreCase(c, "macintosh") ||
         StartsWithIgnoreCase(c, "ibm") || StartsWithIgnoreCase(c, "x-mac") || c == "us-ascii";
}

// UTF-8 with a few bad bytes is still UTF-8: a page whose template or
// database put one stray Latin-1 "\xE9" or a cut character into UTF-8
// text. It holds at least this many valid multi-byte characters, and
// this many times as many as bad bytes; a legacy page's bytes form valid
// UTF-8 sequences only by chance (GBK and Shift_JIS pairs about one in
// three, windows-125x letters far fewer), next to many that are not.
constexpr size_t kMostlyUtf8MinMultiByte = 8;
constexpr size_t kMostlyUtf8Ratio = 8;

// Whether the (not valid) UTF-8 `head` is UTF-8 with stray bad bytes:
// counts valid multi-byte characters and bad bytes, and stops as soon as
// the bad ones outweigh the rest (a legacy page gets there in a few bytes).
// The valid multi-byte characters (`good`) and bad bytes (`bad`) of
// `head`, counted until `stop(good, bad)` says enough (`stopped`).
struct Utf8Tally {
  size_t good = 0, bad = 0;
  bool stopped = false;
};
template <typename Stop>
Utf8Tally TallyUtf8(std::string_view head, Stop&& stop) {
  Utf8Tally t;
  for (size_t i = 0; i < head.size();) {
    const size_t run = ValidUtf8Run(head, i);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(head.data()) + i;
    for (size_t k = 0; k < run; ++k) t.good += p[k] >= 0xC0;
    i += run;
    if (i >= head.size()) break;
    ++t.bad;
    ++i;
    if (stop(t.good, t.bad)) {
      t.stopped = true;
      break;
    }
  }
  return t;
}

bool MostlyUtf8(std::string_view head, size_t need) {
  need = std::max(need, kMostlyUtf8MinMultiByte);
  const Utf8Tally t = TallyUtf8(head, [](size_t good, size_t bad) {
    return bad * kMostlyUtf8Ratio > good + kMostlyUtf8Ratio * kMostlyUtf8MinMultiByte;
  });
  return !t.stopped && t.good >= need && t.bad * kMostlyUtf8Ratio <= t.good;
}

CharsetDecision Declared(std::string_view bytes, std::string_view charset, std::string_view source) {
  // WHATWG decodes its replacement labels (ISO-2022-KR, -CN, HZ) to one
  // U+FFFD, the page lost, against escape sequences that hide markup from
  // a browser's filters; lede makes text of the page, and its writers
  // escape what they write. Bytes that are ISO-2022-KR or -CN by their
  // designation and shifts are read as such, as they are without a label.
  if (charset == "replacement")
    if (const std::string_view iso = SevenBitIso2022(bytes); !iso.empty()) return {iso, source, 0};
  if (charset != "utf-8" && charset != "utf-16le" && charset != "utf-16be") {
    const std::string_view head = Utf8Prefix(bytes, kUtf8CheckBytes);
    const size_t need = IsSingleByteCharset(charset) ? kUtf8OverSingleByte : kUtf8OverMultiByte;
    size_t multibyte = 0;  // lead bytes seen, counted until enough
    for (size_t i = 0; i < head.size() && multibyte < need; ++i) multibyte += static_cast<unsigned char>(head[i]) >= 0xC0;
    if (multibyte >= need) {
      if (IsValidUtf8(head)) return Utf8Detected(bytes);
      // Its bad bytes are read in the declared charset when that is a
      // single-byte one (a Latin-1 template around UTF-8 text).
      if (MostlyUtf8(head, need))
        return {"utf-8", "detected", 0, false, IsSingleByteCharset(charset) ? charset : std::string_view()};
    }
  }
  return {charset, source, 0};
}

// Whether a label can describe the bytes at all, where its encoding leaves
// marks no other bytes have. A UTF-16 page's markup puts a NUL beside every
// ASCII character, and the replacement encoding's ISO-2022-KR, ISO-2022-CN
// and HZ shift with ESC, SO/SI or "~{": a UTF-16 label on bytes with no NUL
// (an HTTP header's default, or a lie) would decode ASCII into CJK noise,
// and a replacement one on bytes with no shift would turn the whole page
// into one U+FFFD, when its bytes mean the same in ASCII. Such a label is
// set aside, as if none had been given.
bool LabelFitsBytes(std::string_view charset, std::string_view bytes) {
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), kUtf8CheckBytes));
  if (charset == "utf-16le" || charset == "utf-16be") return head.find('\0') != std::string_view::npos;
  if (charset == "replacement")
    return head.find_first_of("\x0E\x0F\x1B") != std::string_view::npos || head.find("~{") != std::string_view::npos;
  return true;
}

// A UTF-8 label (a BOM, the caller's, a <meta>) on bytes that are plainly
// in another charset: more bad bytes than valid multi-byte characters in
// the head (a page whose template says UTF-8 around windows-1252 or
// Shift_JIS text from an old database; an editor's BOM on a legacy file).
// Decoded as UTF-8, every letter beyond ASCII was a U+FFFD: the text was
// lost where its bytes told it. Asked only of bytes that failed the UTF-8
// check. UTF-8 with a few stray bytes (MostlyUtf8), and a page with
// fewer than kPlainlyNotUtf8MinBad bad bytes (a cut character: too little
// to overrule a label), keep their label.
constexpr size_t kPlainlyNotUtf8MinBad = 8;

bool PlainlyNotUtf8(std::string_view bytes) {
  const size_t high = FirstNonAscii(bytes.substr(0, kUtf8CheckBytes));
  if (high == std::string_view::npos) return false;
  const std::string_view head = Utf8Prefix(bytes.substr(high), kUtf8CheckBytes);
  const Utf8Tally t = TallyUtf8(head, [](size_t, size_t) { return false; });
  return t.bad >= kPlainlyNotUtf8MinBad && t.bad > t.good;
}

// SniffCharset past the byte order mark; `utf8_labels` false sets UTF-8
// labels aside, as SniffCharsetAgain does.
CharsetDecision SniffLabelsAndBytes(std::string_view bytes, std::string_view caller_label, bool utf8_labels) {
  CharsetDecision d;
  // A label to follow: one the bytes can be in, and not UTF-8's when those are set aside.
  const auto follow = [&](std::string_view label) {
    return !label.empty() && (utf8_labels || label != "utf-8") && LabelFitsBytes(label, bytes);
  };
  if (!caller_label.empty()) {
    std::string_view c = CallerCharset(caller_label);
    if (follow(c)) return Declared(bytes, c, "caller");
  }
  std::string_view meta = PrescanMetaCharset(bytes);
  if (follow(meta)) return Declared(bytes, meta, "meta");
  std::string_view u16 = GuessUtf16(bytes);
  if (!u16.empty()) return {u16, "detected", 0};
  // Where the charset first matters: a page that opens with more ASCII
  // than half the UTF-8 check (a megabyte of inline script, a comment, a
  // base64 stylesheet) says nothing of its charset there. The checks below
  // then read from its first byte above 0x7F: the UTF-8 check, the
  // detector's sample, and the late <meta> search, which reads on to 64
  // KiB past it (hostile37: a Shift_JIS page whose <meta charset> and text
  // came after 1 MB of ASCII was read as UTF-8, its text U+FFFD).
  // (Only a page longer than that is scanned, and only as far as needed.)
  size_t from = 0;
  // (The second search starts where the first stopped, all ASCII before.)
  constexpr size_t kOpening = kUtf8CheckBytes / 2 + 1;
  if (bytes.size() > kUtf8CheckBytes / 2 && FirstNonAscii(bytes.substr(0, kOpening)) == std::string_view::npos)
    if (const size_t high = FirstNonAscii(bytes.substr(kOpening)); high != std::string_view::npos) from = kOpening + high;
  const std::string_view head = Utf8Prefix(bytes.substr(from), kUtf8CheckBytes);
  if (const std::string_view iso = SevenBitIso2022(head); !iso.empty()) return {iso, "detected", 0};
  if (IsValidUtf8(head)) return Utf8Detected(bytes);
  std::string_view late = LateMetaCharset(bytes, from);
  if (follow(late)) return Declared(bytes, late, "meta");
  if (MostlyUtf8(head, kMostlyUtf8MinMultiByte)) return {"utf-8", "detected", 0, false};
  std::string_view det = Detect(bytes.substr(from));
  if (!det.empty()) return {det, "detected", 0};
  d.charset = "windows-1252";
  d.source = "default";
  return d;
}

// The byte order mark, then the rest. A UTF-16 BOM on bytes with no NUL
// (a stray FF FE before an 8-bit page) is set aside as a UTF-16 label is
// (LabelFitsBytes): read as UTF-16 the page was CJK noise without one tag.
// A UTF-8 one is set aside by SniffCharsetAgain. Such a BOM's bytes are
// still skipped (one BOM: the rest is not searched for another).
CharsetDecision Sniff(std::string_view bytes, std::string_view caller_label, bool utf8_labels) {
  size_t bom = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    if (utf8_labels) return {"utf-8", "bom", 3};
    bom = 3;
  } else if (bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 2) == "\xFF\xFE") {
    const std::string_view name = bytes[0] == '\xFE' ? "utf-16be" : "utf-16le";
    if (LabelFitsBytes(name, bytes.substr(2))) return {name, "bom", 2};
    bom = 2;
  }
  CharsetDecision d = SniffLabelsAndBytes(bytes.substr(bom), caller_label, utf8_labels);
  d.bom_length += bom;
  return d;
}

}  // namespace

CharsetDecision SniffCharset(std::string_view bytes, std::string_view caller_label) {
  return Sniff(bytes, caller_label, true);
}

CharsetDecision SniffCharsetAgain(std::string_view bytes, std::string_view caller_label, const CharsetDecision& cs) {
  if (cs.charset != "utf-8" || (cs.source != "bom" && cs.source != "caller" && cs.source != "meta") ||
      !PlainlyNotUtf8(bytes.substr(cs.bom_length)))
    return cs;
  // Read as UTF-8 without the labels too (the detector's guess over bytes
  // that mix UTF-8 text with a binary blob): the label's decision stands.
  const CharsetDecision again = Sniff(bytes, caller_label, false);
  return again.charset == "utf-8" ? cs : again;
}

namespace {

void DecodeUtf16(std::string_view b, bool big_endian, std::string* out) {
  out->reserve(b.size() * 3 / 2);
  size_t i = 0;
  auto unit = [&](size_t k) -> uint32_t {
    unsigned char a = b[k], c = b[k + 1];
    return big_endian ? (uint32_t(a) << 8 | c) : (uint32_t(c) << 8 | a);
  };
  while (i + 1 < b.size()) {
    uint32_t u = unit(i);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 1 < b.size()) {
        uint32_t lo = unit(i);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          i += 2;
          AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), out);
          continue;
        }
      }
      AppendUtf8(0xFFFD, out);
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      AppendUtf8(0xFFFD, out);
    } else {
      AppendUtf8(u, out);
    }
  }
  if (i < b.size()) AppendUtf8(0xFFFD, out);
}

// The iconv name for a WHATWG canonical name.
const char* IconvName(std::string_view canon) {
  struct Map { std::string_view canon; const char* iconv; };
  static constexpr Map kMap[] = {
      {"ibm866", "CP866"},          {"macintosh", "MACINTOSH"},    {"windows-874", "CP874"},
      {"x-mac-cyrillic", "MAC-CYRILLIC"}, {"gbk", "GB18030"},      {"gb18030", "GB18030"},
      {"big5", "BIG5-HKSCS"},       {"shift_jis", "CP932"},        {"euc-kr", "CP949"},
      {"iso-8859-8-i", "ISO-8859-8"}, {"euc-jp", "EUC-JP"},        {"iso-2022-jp", "ISO-2022-JP"},
      {"iso-2022-kr", "ISO-2022-KR"}, {"iso-2022-cn", "ISO-2022-CN-EXT"},  // (not WHATWG's: see SniffCharset)
  };
  for (const Map& m : kMap)
    if (m.canon == canon) return m.iconv;
  return nullptr;
}

// `single_byte`: a byte 0x80..0x9F that the charset leaves undefined
// (windows-1252's 81 8D 8F 90 9D, windows-1251's 98, ...) is the C1
// control of that number, as in WHATWG's indexes, not U+FFFD: no byte is
// lost, and the mojibake repair can still read UTF-8 that went through
// such a label ("\xC3\x81", "Á", is "Ã" and U+0081).
// Converts `bytes` with the open `cd`, appending to `out`.
void ConvertAppend(iconv_t cd, std::string_view bytes, bool single_byte, std::string* out) {
  const size_t start = out->size();
  out->resize(start + bytes.size() * 2 + 16);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t used = start;
  while (in_left > 0) {
    char* o = out->data() + used;
    size_t o_left = out->size() - used;
    size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    used = out->size() - o_left;
    if (r != (size_t)-1) break;
    if (errno == E2BIG) {
      out->resize(out->size() * 2);
      continue;
    }
    // EILSEQ (invalid) or EINVAL (incomplete at the end): one U+FFFD per bad
    // byte, then go on; reset the state for stateful encodings.
    if (out->size() - used < 3) out->resize(out->size() * 2);
    const unsigned char b = static_cast<unsigned char>(*in);
    if (single_byte && b >= 0x80 && b <= 0x9F) {
      out->data()[used] = '\xC2';
      out->data()[used + 1] = char(b);
      used += 2;
    } else {
      std::memcpy(out->data() + used, "\xEF\xBF\xBD", 3);
      used += 3;
    }
    ++in;
    --in_left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  out->resize(used);
}

// iconv's decoder from `from`; windows-1252's when it has none of that name.
iconv_t OpenDecoder(const char* from) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == (iconv_t)-1) cd = iconv_open("UTF-8", "WINDOWS-1252");
  return cd;
}

void DecodeWithIconv(std::string_view bytes, const char* from, bool single_byte, std::string* out) {
  iconv_t cd = OpenDecoder(from);
  if (cd == (iconv_t)-1) {  // no iconv at all: keep ASCII, replace the rest
    for (unsigned char c : bytes) {
      if (c < 0x80) out->push_back(char(c));
      else out->append("\xEF\xBF\xBD");
    }
    return;
  }
  ConvertAppend(cd, bytes, single_byte, out);
  iconv_close(cd);
}

// The iconv name for `charset`: canonical WHATWG names only (anything else
// is windows-1252, as charset.h promises). iconv_open reads names loosely
// ("\x98UTF-8\x98", "utf8!", "UTF-8//IGNORE" open its UTF-8 converter,
// which passes surrogates and 5-byte forms through): decode fuzz finding,
// fuzz/regress/decode/. `upper` holds the name when it is made.
const char* IconvNameOf(std::string_view charset, std::string* upper) {
  if (const char* name = IconvName(charset)) return name;
  if (CanonicalCharset(charset) != charset) return "WINDOWS-1252";
  upper->assign(charset);
  for (char& c : *upper) c = (c >= 'a' && c <= 'z') ? char(c - 32) : c;
  return upper->c_str();
}

// An ISO-8859 charset leaves 0x80..0x9F to the C1 controls, which no page
// means: a byte there says the page was written in the Windows code page
// the label stands for (windows-1250 text labelled ISO-8859-2, common in
// Central Europe: 0x9C "ś", 0x9F "ź"). Where that sister page holds every
// letter of the ISO one (only placed elsewhere), such a page is decoded
// whole by it: its bytes above 0xA0 are the sister's too (windows-1250's
// 0xB9 "ą", 0xA5 "Ą", 0xBE "ľ" are "š", "Ľ", "ž" in ISO-8859-2). So for
// -2 (windows-1250: 15 bytes above 0xA0 differ, all letters), -7
// (windows-1253: "Ά" is 0xA2 there, 0xB6 in ISO-8859-7), -8 and -8-i
// (windows-1255: its points 0xC0..0xD8 and "₪" 0xA4 are holes or "¤" in
// ISO-8859-8) and -15 (windows-1252: its "½", "´" at 0xBD, 0xB4 are
// "œ", "Ž" in ISO-8859-15). -13's windows-1257 keeps the letters where
// ISO-8859-13 has them and differs only in quote marks the ISO page has
// above 0xA0 (0xA1, 0xA5 are holes in windows-1257): there only the C1
// bytes are read by the sister. A page without a byte in 0x80..0x9F
// decodes by its label. ISO-8859 charsets without a sister (-3, -4, -5,
// -6, -10, -14, -16: their Windows pages, where there is one, place the
// letters elsewhere) read such a byte as U+FFFD, as a sister's holes are:
// the loss shows, the word keeps its length, and the text stage's
// windows-1252 reading of C1 controls (meant for UTF-8 pages) never
// applies to a page that is not Latin-1. Not WHATWG's decoding (its index
// keeps the C1 controls; browsers show them); what readers of such pages
// rely on.
struct C1Sister {
  std::string_view charset;
  const char* sister;  // iconv name; nullptr: U+FFFD
  bool whole;          // a page with a C1 byte is decoded whole by `sister`
};
// Every ISO-8859 charset of WHATWG's (-1 and -9 are windows-1252 and
// windows-1254 there).
constexpr C1Sister kC1Sisters[] = {
    {"iso-8859-2", "CP1250", true},   {"iso-8859-3", nullptr, false},    {"iso-8859-4", nullptr, false},
    {"iso-8859-5", nullptr, false},   {"iso-8859-6", nullptr, false},    {"iso-8859-7", "CP1253", true},
    {"iso-8859-8", "CP1255", true},   {"iso-8859-8-i", "CP1255", true},  {"iso-8859-10", nullptr, false},
    {"iso-8859-13", "CP1257", false}, {"iso-8859-14", nullptr, false},   {"iso-8859-15", "CP1252", true},
    {"iso-8859-16", nullptr, false},
};
constexpr size_t kNumC1Sisters = sizeof kC1Sisters / sizeof kC1Sisters[0];

// The index in kC1Sisters of `charset` (a canonical name), or
// kNumC1Sisters when it is not an ISO-8859 charset.
size_t C1SisterIndex(std::string_view charset) {
  if (!charset.starts_with("iso-8859-")) return kNumC1Sisters;
  for (size_t k = 0; k < kNumC1Sisters; ++k)
    if (kC1Sisters[k].charset == charset) return k;
  return kNumC1Sisters;
}

// UTF-8 for each byte 0x80..0xFF of a single-byte charset.
struct HighByteTable {
  char utf8[128][3];
  uint8_t len[128];
};

// One byte through `cd` (stateless single-byte converters; flushed, as
// glibc's CP1255 holds a letter back for a following combining mark).
// U+FFFD when undefined, for a C1 control (a hole in a Windows page), and
// for anything that is not one valid UTF-8 character of up to 3 bytes.
void ConvertOneByte(iconv_t cd, unsigned char b, char* utf8, uint8_t* len) {
  char in_byte = char(b), buf[8];
  char* in = &in_byte;
  char* o = buf;
  size_t in_left = 1, o_left = sizeof buf;
  size_t r = iconv(cd, &in, &in_left, &o, &o_left);
  if (r != (size_t)-1) r = iconv(cd, nullptr, nullptr, &o, &o_left);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);
  const size_t n = sizeof buf - o_left;
  const bool c1 = n == 2 && buf[0] == '\xC2' && static_cast<unsigned char>(buf[1]) < 0xA0;
  if (r == (size_t)-1 || n == 0 || n > 3 || c1 || !IsValidUtf8(std::string_view(buf, n))) {
    std::memcpy(utf8, "\xEF\xBF\xBD", 3);
    *len = 3;
    return;
  }
  std::memcpy(utf8, buf, n);
  *len = uint8_t(n);
}

// The table of an ISO-8859 charset (`from`, iconv name) with its C1 bytes
// read by `sister` (nullptr: U+FFFD). False when iconv has no `from`.
bool BuildHighByteTable(const char* from, const char* sister, HighByteTable* t) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == (iconv_t)-1) return false;
  for (unsigned b = 0xA0; b <= 0xFF; ++b) ConvertOneByte(cd, b, t->utf8[b - 0x80], &t->len[b - 0x80]);
  iconv_close(cd);
  iconv_t sc = sister ? iconv_open("UTF-8", sister) : (iconv_t)-1;
  for (unsigned b = 0x80; b < 0xA0; ++b) {
    if (sc != (iconv_t)-1) {
      ConvertOneByte(sc, b, t->utf8[b - 0x80], &t->len[b - 0x80]);
    } else {
      std::memcpy(t->utf8[b - 0x80], "\xEF\xBF\xBD", 3);
      t->len[b - 0x80] = 3;
    }
  }
  if (sc != (iconv_t)-1) iconv_close(sc);
  return true;
}

// Appends `bytes` decoded by `t`: one table lookup per byte past ASCII.
void DecodeWithTable(std::string_view bytes, const HighByteTable& t, std::string* out) {
  const size_t start = out->size();
  out->resize(start + bytes.size() * 3);
  char* o = out->data() + start;
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      *o++ = char(c);
    } else {
      const unsigned k = c - 0x80;
      std::memcpy(o, t.utf8[k], 3);
      o += t.len[k];
    }
  }
  out->resize(size_t(o - out->data()));
}

// The table of kC1Sisters[k] (`whole`: its sister page's own table),
// built once per process (two iconv_open and 128 one-byte conversions,
// ~140 K instructions: more than decoding a 5 KB page costs). nullptr
// when iconv lacks the charset.
const HighByteTable* C1Table(size_t k, bool whole = false) {
  static std::once_flag once[2][kNumC1Sisters];
  static HighByteTable tables[2][kNumC1Sisters];
  static bool ok[2][kNumC1Sisters];
  std::call_once(once[whole][k], [k, whole] {
    std::string upper;
    const char* from = whole ? kC1Sisters[k].sister : IconvNameOf(kC1Sisters[k].charset, &upper);
    ok[whole][k] = BuildHighByteTable(from, kC1Sisters[k].sister, &tables[whole][k]);
  });
  return ok[whole][k] ? &tables[whole][k] : nullptr;
}

// Whether `bytes` hold a byte in 0x80..0x9F (a C1 control in ISO-8859),
// sixteen bytes a step: a byte is one when its top bits are 1, 0, 0 (bit
// 7 set, bits 6 and 5, shifted onto it, clear; no carry between bytes).
bool HasC1Byte(std::string_view bytes) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  auto c1 = [](uint64_t w) { return w & ~(w << 1) & ~(w << 2) & kHigh; };
  const char* p = bytes.data();
  size_t n = bytes.size();
  for (; n >= 16; p += 16, n -= 16) {
    uint64_t a, b;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + 8, 8);
    if (c1(a) | c1(b)) return true;
  }
  for (; n > 0; ++p, --n)
    if ((static_cast<unsigned char>(*p) & 0xE0) == 0x80) return true;
  return false;
}

// UTF-8 with stray bad bytes: the valid runs as they are, each bad byte
// read in the single-byte `fallback` charset (U+FFFD when none).
void DecodeUtf8WithFallback(std::string_view b, std::string_view fallback, std::string* out) {
  out->clear();
  out->reserve(b.size() + 64);
  std::string upper;
  const size_t k = C1SisterIndex(fallback);
  const HighByteTable* table = k < kNumC1Sisters ? C1Table(k) : nullptr;
  iconv_t cd = fallback.empty() || table ? (iconv_t)-1 : OpenDecoder(IconvNameOf(fallback, &upper));
  size_t i = 0;
  while (i < b.size()) {
    const size_t run = ValidUtf8Run(b, i);
    out->append(b.data() + i, run);
    i += run;
    if (i >= b.size()) break;
    if (table) DecodeWithTable(b.substr(i, 1), *table, out);
    else if (cd != (iconv_t)-1) ConvertAppend(cd, b.substr(i, 1), true, out);
    else out->append("\xEF\xBF\xBD");
    ++i;
  }
  if (cd != (iconv_t)-1) iconv_close(cd);
  if (!IsValidUtf8(*out)) {  // (as after any iconv call)
    std::string fixed;
    AppendValidUtf8(*out, &fixed);
    out->swap(fixed);
  }
}

// UTF-8 with no single-byte label to read its bad bytes by (a UTF-8 label,
// or none): a page whose template and most text are UTF-8 around one
// paragraph pasted from windows-1252 ("caf\xE9", "l\x92\xE9t\xE9") lost
// every such letter to U+FFFD. A run of bad bytes is read as windows-1252
// when it reads as that charset's text does (ReadWindows1252), and only when
// the page holds at least kMinWindows1252Runs such runs that are no cut
// character and at most one other bad run for kWindows1252RunRatio of them:
// a cut character (an excerpt cut mid-letter: "\xE2\x80" or "Caf\xC3",
// then "..."), a stray byte or two, and binary noise keep their U+FFFD. The
// guess is windows-1252's: a Central European paragraph (windows-1250) gets
// Western letters where the two pages differ ("\xB3" is "\u00B3", not "\u0142").
// So is a page labelled with a multi-byte legacy charset (GBK, Shift_JIS,
// EUC-KR, Big5) that Declared found mostly UTF-8: such a page is UTF-8
// under a stale label (its legacy text would hold far more bad bytes than
// MostlyUtf8 lets pass), and its stray bytes come from where a UTF-8
// page's do. Text in the labelled charset pasted in would come as runs of
// high bytes, two a character and words of several, which ReadWindows1252
// refuses (kMaxWindows1252Run, ASCII on both sides) and which count
// against the repair: they keep their U+FFFD rather than turn into Latin
// letters.
constexpr size_t kMaxWindows1252Run = 3;
constexpr size_t kMinWindows1252Runs = 4;
constexpr size_t kWindows1252RunRatio = 8;

enum class Windows1252Run { kNo, kYes, kOrCutUtf8 };

// How the bad run b[begin, end) reads as windows-1252 text: at most
// kMaxWindows1252Run bytes (Western words hold one or two letters beyond
// ASCII; Cyrillic or Greek in a single-byte charset, whole words of them),
// ASCII on both sides, and no byte windows-1252 leaves undefined (0x81,
// 0x8D, 0x8F, 0x90, 0x9D). kOrCutUtf8: the run is also the start of a UTF-8
// character cut short ("\xE9\x92" is "\u00E9\u2019" in windows-1252, and
// the first two of the three bytes of a CJK letter).
Windows1252Run ReadWindows1252(std::string_view b, size_t begin, size_t end) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(b.data());
  if (end - begin > kMaxWindows1252Run) return Windows1252Run::kNo;
  if ((begin > 0 && u[begin - 1] >= 0x80) || (end < b.size() && u[end] >= 0x80)) return Windows1252Run::kNo;
  for (size_t k = begin; k < end; ++k) {
    const unsigned char c = u[k];
    if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) return Windows1252Run::kNo;
  }
  const unsigned char lead = u[begin];
  const size_t n = end - begin, need = lead >= 0xF0 ? 4 : 3;
  // A two-byte lead alone before "...", "<" or the end ("Caf\xC3..."): a
  // cut character far more often than a windows-1252 capital ending a word
  // (but 0xDF, "Gru\xDF.", is a German word's last letter).
  if (n == 1 && lead >= 0xC2 && lead <= 0xDE && (end == b.size() || u[end] == '.' || u[end] == '<'))
    return Windows1252Run::kOrCutUtf8;
  // A lead byte of three or four, then continuation bytes it allows (its
  // second byte's narrower range for E0, ED, F0, F4), fewer than it needs.
  if (lead < 0xE0 || lead > 0xF4 || n < 2 || n >= need) return Windows1252Run::kYes;
  const unsigned char lo = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  const unsigned char hi = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  if (u[begin + 1] < lo || u[begin + 1] > hi) return Windows1252Run::kYes;
  for (size_t k = begin + 2; k < end; ++k)
    if ((u[k] & 0xC0) != 0x80) return Windows1252Run::kYes;
  return Windows1252Run::kOrCutUtf8;
}

// Calls `run(begin, end, valid)` for each maximal valid run (valid) and
// each maximal run of bad bytes (not valid) of `b`, in order.
template <typename Run>
void ForEachUtf8Run(std::string_view b, Run&& run) {
  size_t i = 0;
  size_t valid = ValidUtf8Run(b, 0);
  while (i < b.size()) {
    if (valid) run(i, i + valid, true);
    i += valid;
    if (i >= b.size()) break;
    const size_t begin = i++;
    while (i < b.size() && (valid = ValidUtf8Run(b, i)) == 0) ++i;
    if (i >= b.size()) valid = 0;
    run(begin, i, false);
  }
}

void DecodeUtf8ReadingWindows1252Runs(std::string_view b, std::string* out) {
  size_t clean = 0, other = 0;
  ForEachUtf8Run(b, [&](size_t begin, size_t end, bool valid) {
    if (valid) return;
    const Windows1252Run r = ReadWindows1252(b, begin, end);
    clean += r == Windows1252Run::kYes;
    other += r == Windows1252Run::kNo;
  });
  const bool repair = clean >= kMinWindows1252Runs && other * kWindows1252RunRatio <= clean;
  out->clear();
  out->reserve(b.size() + 64);
  ForEachUtf8Run(b, [&](size_t begin, size_t end, bool valid) {
    if (valid) {
      out->append(b.data() + begin, end - begin);
    } else if (repair && ReadWindows1252(b, begin, end) != Windows1252Run::kNo) {
      for (size_t k = begin; k < end; ++k) {
        const unsigned char c = static_cast<unsigned char>(b[k]);
        AppendUtf8(c >= 0xA0 ? c : kC1AsWindows1252[c - 0x80], out);
      }
    } else {
      for (size_t k = begin; k < end; ++k) out->append("\xEF\xBF\xBD");
    }
  });
}

}  // namespace

void DecodeToUtf8(std::string_view bytes, std::string_view charset, std::string* out) {
  out->clear();
  if (charset == "utf-8" || charset.empty()) {
    out->reserve(bytes.size());
    AppendValidUtf8(bytes, out);
    return;
  }
  if (charset == "utf-16le" || charset == "utf-16be") {
    DecodeUtf16(bytes, charset == "utf-16be", out);
    return;
  }
  if (charset == "replacement") {
    // WHATWG: the whole input becomes a single U+FFFD (these encodings are
    // XSS vectors). Only when there is input.
    if (!bytes.empty()) out->append("\xEF\xBF\xBD");
    return;
  }
  if (charset == "x-user-defined") {
    for (unsigned char c : bytes) {
      if (c < 0x80) out->push_back(char(c));
      else AppendUtf8(0xF780 + c - 0x80, out);
    }
    return;
  }
  // Pure-ASCII input decodes to itself in every remaining (ASCII-compatible)
  // charset except the seven-bit ISO-2022 ones; skip iconv for it.
  const bool iso2022 = charset.substr(0, 9) == "iso-2022-";
  size_t first_high = 0;  // no byte before it is 0x80 or above
  if (!iso2022) {
    while (first_high < bytes.size() && static_cast<unsigned char>(bytes[first_high]) < 0x80) ++first_high;
    if (first_high == bytes.size()) {
      out->assign(bytes);
      return;
    }
  }
  std::string upper;
  const char* name = IconvNameOf(charset, &upper);
  if (const size_t k = C1SisterIndex(charset); k < kNumC1Sisters) {
    const bool whole = kC1Sisters[k].whole && HasC1Byte(bytes.substr(first_high));
    if (const HighByteTable* table = C1Table(k, whole)) {
      DecodeWithTable(bytes, *table, out);
      return;
    }
  }
  DecodeWithIconv(bytes, name, !iso2022 && (IsSingleByteCharset(charset) || CanonicalCharset(charset) != charset), out);
  // iconv's converters are not all strict about what they emit; the rest of
  // lede relies on UTF-8 (one extra pass, a copy only when broken).
  if (!IsValidUtf8(*out)) {
    std::string fixed;
    AppendValidUtf8(*out, &fixed);
    out->swap(fixed);
  }
}

void DecodeToUtf8(std::string_view bytes, const CharsetDecision& cs, std::string* out) {
  if (cs.charset == "utf-8") {
    if (!cs.fallback.empty()) DecodeUtf8WithFallback(bytes, cs.fallback, out);
    else DecodeUtf8ReadingWindows1252Runs(bytes, out);
    return;
  }
  DecodeToUtf8(bytes, cs.charset, out);
}

}  // namespace lede
