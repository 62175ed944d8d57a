#include "core/text.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lede {

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLowerAscii(c);
  return out;
}

bool EqualsAnyIgnoreCase(std::string_view s, std::span<const std::string_view> list) {
  for (std::string_view w : list)
    if (EqualsIgnoreCase(s, w)) return true;
  return false;
}

bool StartsWithAnyIgnoreCase(std::string_view s, std::span<const std::string_view> list) {
  for (std::string_view w : list)
    if (StartsWithIgnoreCase(s, w)) return true;
  return false;
}

bool StartsWithAnyFolded(std::string_view s, std::span<const std::string_view> lower_list) {
  for (std::string_view w : lower_list)
    if (StartsWithFolded(s, w)) return true;
  return false;
}

bool EqualsAnyFolded(std::string_view s, std::span<const std::string_view> lower_list) {
  for (std::string_view w : lower_list)
    if (EqualsFolded(s, w)) return true;
  return false;
}

bool ContainsAnyIgnoreCase(std::string_view s, std::span<const std::string_view> list) {
  for (std::string_view w : list)
    if (ContainsIgnoreCase(s, w)) return true;
  return false;
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

namespace {

// The first place in [i, end) of `s` that holds the lower-case letter
// `lower` in either case, or `end`. Eight bytes at a time: with each byte's
// case bit set, the letter in either case (and nothing else) equals
// `lower`, and the first zero byte of the XOR is found exactly.
size_t FindLetterEitherCase(const char* s, size_t i, size_t end, char lower) {
  static_assert(std::endian::native == std::endian::little, "the lowest byte of a word comes first");
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 0x80;
  const uint64_t want = kOnes * static_cast<unsigned char>(lower);
  for (; i + 8 <= end; i += 8) {
    uint64_t x;
    std::memcpy(&x, s + i, 8);
    const uint64_t y = (x | kOnes * 0x20) ^ want;
    if (const uint64_t zero = (y - kOnes) & ~y & kHigh) return i + size_t(std::countr_zero(zero) / 8);
  }
  for (; i < end; ++i)
    if ((s[i] | 0x20) == lower) return i;
  return end;
}

}  // namespace

size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
  if (hay.size() < needle.size()) return std::string_view::npos;
  const char first = needle[0];
  const bool letter = first >= 'a' && first <= 'z';
  // A match starts before `last`.
  const size_t last = hay.size() - needle.size() + 1;
  for (size_t i = from; i < last; ++i) {
    // Skip to a candidate first byte: a letter in either case, another
    // byte as it is.
    if (letter) {
      i = FindLetterEitherCase(hay.data(), i, last, first);
      if (i == last) break;
    } else {
      const void* p = std::memchr(hay.data() + i, first, last - i);
      if (!p) break;
      i = size_t(static_cast<const char*>(p) - hay.data());
    }
    size_t j = 1;
    while (j < needle.size() && ToLowerAscii(hay[i + j]) == needle[j]) ++j;
    if (j == needle.size()) return i;
  }
  return std::string_view::npos;
}

int NativeDigitAt(std::string_view s, size_t i, size_t* len) {
  if (i + 1 >= s.size()) return -1;
  const unsigned char a = s[i], b = s[i + 1];
  if ((a == 0xD9 && b >= 0xA0 && b <= 0xA9) || (a == 0xDB && b >= 0xB0 && b <= 0xB9)) {
    *len = 2;
    return b - (a == 0xD9 ? 0xA0 : 0xB0);
  }
  if (a != 0xE0 || i + 2 >= s.size()) return -1;
  const unsigned char c = s[i + 2];
  if (((b == 0xA5 || b == 0xA7) && c >= 0xA6 && c <= 0xAF) || (b == 0xB9 && c >= 0x90 && c <= 0x99)) {
    *len = 3;
    return c - (b == 0xB9 ? 0x90 : 0xA6);
  }
  return -1;
}

bool HasNativeDigit(std::string_view s) {
  // (A lead byte is D9 or DB, which read DB with bit 1 set, or E0.)
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: each lead byte found is looked at.
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(2)), _mm_set1_epi8(char(0xDB))),
                                      _mm_cmpeq_epi8(x, _mm_set1_epi8(char(0xE0))));
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(lead)); m; m &= m - 1) {
      size_t len;
      if (NativeDigitAt(s, i + std::countr_zero(m), &len) >= 0) return true;
    }
  }
#endif
  for (; i < s.size(); ++i) {
    const unsigned char c = s[i];
    size_t len;
    if (((c | 2) == 0xDB || c == 0xE0) && NativeDigitAt(s, i, &len) >= 0) return true;
  }
  return false;
}

namespace {

// Whether `s` holds an ASCII digit; with kNoteHigh, `*high` is also set
// nonzero when it holds a byte from 0x80 (read only when no digit is found).
// A byte is a digit when it XOR '0' is under 10; the test for a byte under
// 10 in a word is exact about whether there is one.
template <bool kNoteHigh>
inline bool FindAsciiDigit(std::string_view s, unsigned* high) {
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 0x80;
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a digit is over '0' - 1 and under '9' + 1 (a
  // byte from 0x80 reads as negative: none).
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i digit =
        _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    if (_mm_movemask_epi8(digit)) return true;
    if constexpr (kNoteHigh) *high |= static_cast<unsigned>(_mm_movemask_epi8(x));
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    const uint64_t y = x ^ (kOnes * '0');
    if ((y - kOnes * 10) & ~y & kHigh) return true;
    if constexpr (kNoteHigh) *high |= (x & kHigh) != 0;
  }
  for (; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (IsAsciiDigit(c)) return true;
    if constexpr (kNoteHigh) *high |= c & 0x80;
  }
  return false;
}

}  // namespace

bool HasAsciiDigit(std::string_view s) { return FindAsciiDigit<false>(s, nullptr); }

bool HasAsciiOrNativeDigit(std::string_view s) {
  // One pass for the ASCII digits that also notes a byte from 0x80; only a
  // text holding one (so perhaps a native digit's lead byte, D9, DB or E0)
  // is looked at again, so an ASCII text (an indentation's whitespace most
  // often) costs the one scan.
  unsigned high = 0;
  if (FindAsciiDigit<true>(s, &high)) return true;
  return high && OpensInNativeDigitScript(s) && HasNativeDigit(s);
}

bool HasAsciiUpper(std::string_view s) {
  // A byte under 0x80 is a capital when adding 0x80 - 'A' sets its high bit
  // and adding 0x80 - 'Z' - 1 does not (no carry crosses bytes: each sum
  // stays under 0x100); a byte of 0x80 or more is none.
  // (A zero byte is none: a short key's word is filled with zeros. A
  // string's last bytes are read with whole loads that may overlap bytes
  // already read: a meta key is a word or two long, and a byte loop over
  // its tail cost more than its words.)
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 0x80, kLow = kOnes * 0x7F;
  auto upper_in = [](uint64_t x) {
    const uint64_t low = x & kLow;
    return ((low + kOnes * (0x80 - 'A')) & ~(low + kOnes * (0x80 - 'Z' - 1)) & ~x & kHigh) != 0;
  };
  const size_t n = s.size();
  const char* p = s.data();
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, p + i, 8);
      if (upper_in(x)) return true;
    }
    if (i == n) return false;
    uint64_t x;
    std::memcpy(&x, p + n - 8, 8);
    return upper_in(x);
  }
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return upper_in(uint64_t(lo) | (uint64_t(hi) << 32));
  }
  for (size_t i = 0; i < n; ++i)
    if (p[i] >= 'A' && p[i] <= 'Z') return true;
  return false;
}

size_t PhraseList::FindIn(std::string_view s) const {
  if (unindexed_) {
    size_t at = std::string_view::npos;
    for (std::string_view p : phrases_)
      if (const size_t i = FindIgnoreCase(s, p); i < at) at = i;
    return at;
  }
  for (size_t i = 0; i < s.size(); ++i) {
    uint64_t m = starts_[Slot(s[i])];
    if (!m) continue;
    // (A phrase's second byte is matched folded, so its slot is the text's.)
    m &= i + 1 < s.size() ? seconds_[Slot(s[i + 1])] : singles_;
    for (; m; m &= m - 1) {
      const std::string_view p = phrases_[size_t(std::countr_zero(m))];
      if (p.size() > s.size() - i) continue;
      // As FindIgnoreCase matches: a first letter in either case, another
      // first byte as it is, the rest folded.
      const bool letter = p[0] >= 'a' && p[0] <= 'z';
      if (letter ? ToLowerAscii(s[i]) != p[0] : s[i] != p[0]) continue;
      size_t j = 1;
      while (j < p.size() && ToLowerAscii(s[i + j]) == p[j]) ++j;
      if (j == p.size()) return i;
    }
  }
  return std::string_view::npos;
}

bool ContainsIgnoreCase(std::string_view hay, std::string_view needle) {
  return FindIgnoreCase(hay, needle) != std::string_view::npos;
}

size_t MultiByteSpaceAt(std::string_view s, size_t i) {
  const unsigned char c = s[i];
  if (c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] == 0xA0) return 2;  // NBSP
  if (i + 2 >= s.size()) return 0;
  const unsigned char c1 = s[i + 1], c2 = s[i + 2];
  if (c == 0xE2 && c1 == 0x80 && (c2 <= 0x8B || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) return 3;
  if (c == 0xE2 && c1 == 0x81 && c2 == 0x9F) return 3;               // U+205F
  if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return 3;               // U+3000
  if (c == 0xE1 && c1 == 0x9A && c2 == 0x80) return 3;               // U+1680
  if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) return 3;               // U+FEFF
  return 0;
}

std::string_view TrimSpaces(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t n = UnicodeSpaceAt(s, b);
    if (n == 0) break;
    b = SkipSpaceWords(s, b + n);
  }
  // (Trailing indentation eight bytes at a time too.)
  size_t e = SkipSpaceWordsBack(s, b, s.size());
  while (e > b) {
    // Step back over one UTF-8 character and test it.
    size_t k = e - 1;
    while (k > b && ((unsigned char)s[k] & 0xC0) == 0x80) --k;
    size_t n = UnicodeSpaceAt(s, k);
    if (n == 0 || k + n != e) break;
    e = k;
  }
  return s.substr(b, e - b);
}

namespace {
// The bytes that may start a space: ASCII white space, and the lead bytes
// of the multi-byte Unicode spaces UnicodeSpaceAt knows. (A table: one
// test a byte in AppendCollapsed's copy loop.)
constexpr auto kMaySpaceStart = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
  for (unsigned char c : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) t[c] = true;
  return t;
}();
// What a byte may be to AppendCollapsed: 1, the start of a space (ASCII
// whitespace, a lead byte of a Unicode space; 0xC2 also leads the C1
// controls); 2, a C0 control that is no whitespace, or DEL, dropped: it
// shows nothing (an escape sequence, a backspace from a CMS's paste), and
// in text or HTML output it reached the terminal or the next parser as it
// was. 0 for the rest: one lookup for both.
constexpr auto kCollapseClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = kMaySpaceStart[c] ? 1 : c < 0x20 || c == 0x7F ? 2 : 0;
  return t;
}();
}  // namespace


namespace {
// Writes the windows-1252 character of the C1 control at s[i] (see
// kC1AsWindows1252) at `o`, 2 or 3 bytes; 0 when it has none.
size_t WriteC1AsWindows1252(std::string_view s, size_t i, char* o) {
  const uint32_t cp = kC1AsWindows1252[static_cast<unsigned char>(s[i + 1]) - 0x80];
  if (cp < 0xA0) return 0;
  if (cp < 0x800) {
    o[0] = char(0xC0 | (cp >> 6));
    o[1] = char(0x80 | (cp & 0x3F));
    return 2;
  }
  o[0] = char(0xE0 | (cp >> 12));
  o[1] = char(0x80 | ((cp >> 6) & 0x3F));
  o[2] = char(0x80 | (cp & 0x3F));
  return 3;
}

bool IsLayoutControl(unsigned char c) {
  return (c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f') || c == 0x7F;
}
}  // namespace

void DropLayoutControls(std::string* s, size_t from) {
  size_t i = from;
  while (i < s->size() && !IsLayoutControl(static_cast<unsigned char>((*s)[i])) && !C1ControlAt(*s, i)) ++i;
  if (i == s->size()) return;
  // A C1 control may grow by a byte: written into a copy.
  const std::string in = s->substr(i);
  s->resize(i);
  for (size_t k = 0; k < in.size();) {
    const unsigned char c = in[k];
    if (IsLayoutControl(c)) {
      ++k;
      continue;
    }
    if (C1ControlAt(in, k)) {
      char buf[3];
      s->append(buf, WriteC1AsWindows1252(in, k, buf));
      k += 2;
      continue;
    }
    s->push_back(in[k++]);
  }
}

void AppendCollapsed(std::string_view s, std::string* out, bool* pending_space) {
  size_t i = 0;
  const size_t n = s.size();
  bool pending = *pending_space;
  // Leading spaces first: a text of spaces only (the indentation between
  // tags) leaves the output as it is. (ASCII ones by the table alone.)
  while (i < n) {
    const unsigned char c = s[i];
    if (!kMaySpaceStart[c]) break;
    if (c < 0x80) {
      i = SkipSpaceWords(s, i + 1);
      continue;
    }
    const size_t sp = MultiByteSpaceAt(s, i);
    if (!sp) break;
    i += sp;
  }
  if (i) pending = true;
  if (i == n) {
    *pending_space = pending;
    return;
  }
  // Written in place: the output grows by at most n - i + 1 bytes (a
  // pending space, then every byte; each later space stands for a dropped
  // one).
  const size_t old = out->size();
  out->resize(old + (n - i) + 1);
  char* base = out->data();
  char* o = base + old;
  while (i < n) {
    if (const uint8_t k = kCollapseClass[static_cast<unsigned char>(s[i])]) {
      if (k == 2) {
        ++i;
        continue;
      }
      if (const size_t sp = UnicodeSpaceAt(s, i)) {
        pending = true;
        i += sp;
        continue;
      }
      if (C1ControlAt(s, i)) {
        // Read as windows-1252; up to three bytes for two: one more byte
        // than the room made above.
        char c1[3];
        const size_t w = WriteC1AsWindows1252(s, i, c1);
        i += 2;
        if (!w) continue;
        const size_t at = size_t(o - base);
        out->resize(out->size() + 1);
        base = out->data();
        o = base + at;
        if (pending && o != base) *o++ = ' ';
        pending = false;
        std::memcpy(o, c1, w);
        o += w;
        continue;
      }
    }
    if (pending && o != base) *o++ = ' ';
    pending = false;
    // Copy the run up to the next space, testing each byte as it goes:
    // only a byte that may start a space looks further (most words are a
    // few bytes: a call to memcpy a word cost more).
    // A single ' ' between two words stays as it is: copied with the word
    // after it.
    *o++ = s[i++];
    while (i < n) {
      // Eight bytes at a time while they need no change: printable ASCII
      // (no byte under 0x20, DEL or from 0x80), single spaces only, the
      // last byte not a space (what follows it is not known here). (The
      // copy the loop below makes of such bytes is the bytes themselves.)
      while (i + 8 <= n) {
        constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 0x80, kSpaces = kOnes * 0x20;
        uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        // Some byte under 0x20, 0x7F or from 0x80 (exact for "some": with
        // no byte from 0x80, adding one to each carries into no other and
        // sets the high bit of DEL's alone, and subtracting 0x20 sets it
        // in the lowest byte under 0x20, borrowing from none below).
        const uint64_t odd = (x | (x + kOnes) | (x - kSpaces)) & kHigh;
        // The spaces (each one flagged; a flag may also stand over a space,
        // which only sends more chunks the slow way).
        const uint64_t y = x ^ kSpaces;
        const uint64_t sp = (y - kOnes) & ~y & kHigh;
        if (odd | (sp & (sp << 8)) | (sp >> 56)) break;
        std::memcpy(o, &x, 8);
        o += 8;
        i += 8;
      }
      if (i >= n) break;
      const unsigned char d = s[i];
      if (const uint8_t k = kCollapseClass[d]) {
        if (k == 2) break;
        if (d == ' ' && i + 1 < n && !kCollapseClass[static_cast<unsigned char>(s[i + 1])]) {
          o[0] = ' ';
          o[1] = s[i + 1];
          o += 2;
          i += 2;
          continue;
        }
        if (d < 0x80 || UnicodeSpaceAt(s, i) || C1ControlAt(s, i)) break;
      }
      *o++ = char(d);
      ++i;
    }
  }
  out->resize(size_t(o - base));
  *pending_space = pending;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 1);  // what AppendCollapsed may grow it to
  bool pending = false;
  AppendCollapsed(s, &out, &pending);
  return out;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(char(cp));
  } else if (cp < 0x800) {
    out->push_back(char(0xC0 | (cp >> 6)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(char(0xE0 | (cp >> 12)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp <= 0x10FFFF) {
    out->push_back(char(0xF0 | (cp >> 18)));
    out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out->append("\xEF\xBF\xBD");
  }
}

uint32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  const unsigned char c = s[i];
  *len = 1;
  if (c < 0x80) return c;
  size_t need;
  uint32_t cp;
  uint32_t min;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3, cp = c & 0x07, min = 0x10000;
  } else {
    return 0xFFFD;
  }
  if (i + need >= s.size()) return 0xFFFD;  // truncated sequence
  for (size_t k = 1; k <= need; ++k) {
    const unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
  *len = need + 1;
  return cp;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {
// How many bytes of an 8-byte window come before its first byte with the
// high bit set, given the window's high bits (`high` != 0), in memory order;
// 0 where the machine is not little-endian (the caller then steps bytewise).
inline size_t AsciiBytesBefore(uint64_t high) {
  if constexpr (std::endian::native == std::endian::little) return size_t(std::countr_zero(high)) / 8;
  return 0;
}

// The length of the well-formed two- or three-byte UTF-8 sequence at p[i]
// (n bytes in all): 2, 3 (with its code point in *cp3), or 0 for anything
// else (a four-byte sequence, an ill-formed or cut one: DecodeUtf8 reads
// those). DecodeUtf8's rules, inline for the scanners below, ValidRun and
// CountWordChars: the letters of most scripts. (The caller branches on the
// length, so that once inlined each length goes its own way at once.)
[[gnu::always_inline]] inline size_t ShortUtf8At(const unsigned char* p, size_t i, size_t n, uint32_t* cp3) {
  const unsigned char c = p[i];
  if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) return 2;
  if (c >= 0xE0 && c <= 0xEF && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
    *cp3 = (uint32_t(c & 0x0F) << 12) | (uint32_t(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    if (*cp3 >= 0x800 && !(*cp3 >= 0xD800 && *cp3 <= 0xDFFF)) return 3;
  }
  return 0;
}

// Length of the valid UTF-8 prefix of s starting at i, stopping at the
// first invalid sequence.
size_t ValidRun(std::string_view s, size_t i) {
  const size_t start = i;
  const size_t n = s.size();
  const unsigned char* const u = reinterpret_cast<const unsigned char*>(s.data());
  while (i < n) {
    // Fast path, from an ASCII byte (in a script of multi-byte letters the
    // next byte after one is seldom ASCII): 64 ASCII bytes at a time
    // (SSE2), then 32, then 8.
    if (u[i] < 0x80) {
#if defined(__SSE2__)
      while (i + 64 <= n) {
        const __m128i* q = reinterpret_cast<const __m128i*>(s.data() + i);
        const __m128i v = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(q), _mm_loadu_si128(q + 1)),
                                       _mm_or_si128(_mm_loadu_si128(q + 2), _mm_loadu_si128(q + 3)));
        if (_mm_movemask_epi8(v)) break;
        i += 64;
      }
#endif
      while (i + 32 <= n) {
        uint64_t w[4];
        std::memcpy(w, s.data() + i, 32);
        if ((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ULL) break;
        i += 32;
      }
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (const uint64_t high = w & 0x8080808080808080ULL) {
          i += AsciiBytesBefore(high);  // to the first non-ASCII byte: no window is read twice
          break;
        }
        i += 8;
      }
      if (i >= n) break;
      if (u[i] < 0x80) {
        ++i;
        continue;
      }
    }
    // Well-formed two- and three-byte sequences, inline.
    uint32_t cp3;
    const size_t short_len = ShortUtf8At(u, i, n, &cp3);
    if (short_len == 2) {
      i += 2;
      continue;
    }
    if (short_len == 3) {
      i += 3;
      continue;
    }
    size_t len;
    uint32_t cp = DecodeUtf8(s, i, &len);
    if (cp == 0xFFFD && len == 1) break;
    i += len;
  }
  return i - start;
}
}  // namespace

bool IsValidUtf8(std::string_view s) { return ValidRun(s, 0) == s.size(); }

size_t ValidUtf8Run(std::string_view s, size_t i) { return ValidRun(s, i); }

void AppendValidUtf8(std::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    size_t run = ValidRun(s, i);
    out->append(s.data() + i, run);
    i += run;
    if (i < s.size()) {
      out->append("\xEF\xBF\xBD");
      ++i;
    }
  }
}

namespace {
// 1 for ASCII letters and digits.
constexpr struct AlnumTable {
  unsigned char v[128] = {};
  constexpr AlnumTable() {
    for (int c = 0; c < 128; ++c) v[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
} kAlnum;
}  // namespace

size_t CountWordChars(std::string_view s) {
  size_t n = 0;
  size_t i = 0;
  const size_t size = s.size();
  const unsigned char* const p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < size) {
    // (From an ASCII byte only: in a script of multi-byte letters the next
    // byte after one is seldom ASCII.)
    if (p[i] < 0x80) {
#if defined(__SSE2__)
      // Runs of ASCII are most text: sixteen bytes at a time, each lane's
      // count of letters and digits kept in a byte (summed before it can
      // overflow); a window with a byte that is not ASCII is left to the
      // loop below.
      if (i + 16 <= size) {
        const __m128i kCase = _mm_set1_epi8(0x20);
        const __m128i kToLetters = _mm_set1_epi8(char(0x80 - 'a')), kLetters = _mm_set1_epi8(char(-128 + 26));
        const __m128i kToDigits = _mm_set1_epi8(char(0x80 - '0')), kDigits = _mm_set1_epi8(char(-128 + 10));
        __m128i counts = _mm_setzero_si128();
        int windows = 0;
        while (i + 16 <= size) {
          const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
          if (_mm_movemask_epi8(v)) break;
          // (A letter, either case, lies in 'a'..'z' once 0x20 is set; the
          // ranges are tested as signed compares after a shift to -128.)
          const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, kCase), kToLetters), kLetters);
          const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, kToDigits), kDigits);
          counts = _mm_sub_epi8(counts, _mm_or_si128(letter, digit));
          i += 16;
          if (++windows == 255) {
            const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
            n += size_t(_mm_cvtsi128_si32(sums)) + size_t(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
            counts = _mm_setzero_si128();
            windows = 0;
          }
        }
        const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        n += size_t(_mm_cvtsi128_si32(sums)) + size_t(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
      }
#endif
      // Runs of ASCII are most text: no decoding, one table lookup a byte,
      // eight bytes checked for ASCII at once.
      while (i + 8 <= size) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (const uint64_t high = w & 0x8080808080808080ULL) {
          // The ASCII bytes before the first that is not, counted here: no
          // window is read twice.
          for (const size_t k = i + AsciiBytesBefore(high); i < k; ++i) n += kAlnum.v[p[i]];
          break;
        }
        n += size_t(kAlnum.v[p[i]]) + kAlnum.v[p[i + 1]] + kAlnum.v[p[i + 2]] + kAlnum.v[p[i + 3]] +
             kAlnum.v[p[i + 4]] + kAlnum.v[p[i + 5]] + kAlnum.v[p[i + 6]] + kAlnum.v[p[i + 7]];
        i += 8;
      }
    }
    if (i >= size) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      n += kAlnum.v[c];
      ++i;
      continue;
    }
    // Two- and three-byte sequences, well formed, read inline.
    uint32_t cp3;
    const size_t short_len = ShortUtf8At(p, i, size, &cp3);
    if (short_len == 2) {
      n += c != 0xC2;  // (U+0080..U+00BF: Latin-1 punctuation and spaces)
      i += 2;
      continue;
    }
    if (short_len == 3) {
      i += 3;
      if (IsSeparatorCodePoint(cp3)) continue;
      ++n;
      continue;
    }
    size_t len;
    uint32_t cp = DecodeUtf8(s, i, &len);
    i += len;
    // Everything but punctuation, spaces and marks counts as a letter.
    if (IsSeparatorCodePoint(cp)) continue;
    ++n;
  }
  return n;
}

std::string_view Utf8Prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

std::string ShortForMessage(std::string_view s, size_t max_bytes) {
  const std::string_view head = Utf8Prefix(s, max_bytes);
  std::string out(head);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  if (head.size() < s.size()) out += "...";
  return out;
}

uint64_t HashBytes64(std::string_view s, uint64_t seed) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ seed ^ s.size();
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  // The last n < 8 bytes, as a zeroed word they were copied into would hold
  // them (little-endian), read with whole loads: the 8 bytes that end the
  // string shifted down when it has them, else two 4-byte loads that may
  // overlap (the same bytes at the same places), else byte by byte.
  static_assert(std::endian::native == std::endian::little, "the lowest byte of a word comes first");
  uint64_t w = 0;
  if (n) {
    if (s.size() >= 8) {
      uint64_t t;
      std::memcpy(&t, p + n - 8, 8);
      w = t >> (8 * (8 - n));
    } else if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      w = uint64_t(lo) | (uint64_t(hi) << (8 * (n - 4)));
    } else {
      for (size_t k = 0; k < n; ++k) w |= uint64_t(static_cast<unsigned char>(p[k])) << (8 * k);
    }
  }
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 29;
  return h | 1;
}

bool IsOnlyPrivateUse(std::string_view s) {
  bool any = false;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f') { ++i; continue; }
    // (U+E000-U+F8FF starts with 0xEE or 0xEF: anything else is no glyph.)
    if (static_cast<unsigned char>(s[i]) != 0xEE && static_cast<unsigned char>(s[i]) != 0xEF) return false;
    size_t len = 0;
    if (!IsPrivateUse(DecodeUtf8(s, i, &len))) return false;
    any = true;
    i += len;
  }
  return any;
}

void DropPrivateUseWords(std::string* s) {
  // U+E000-U+F8FF is EE 80 80 - EF A3 BF in UTF-8.
  if (std::memchr(s->data(), 0xEE, s->size()) == nullptr && std::memchr(s->data(), 0xEF, s->size()) == nullptr)
    return;
  std::string& t = *s;
  const size_t n = t.size();
  // Words: [b, e) runs of non-spaces. First whether any goes.
  auto next_word = [&t, n](size_t* i, size_t* b) {
    while (*i < n && t[*i] == ' ') ++*i;
    *b = *i;
    while (*i < n && t[*i] != ' ') ++*i;
    return *b < *i;
  };
  bool any = false;
  for (size_t i = 0, b = 0; !any && next_word(&i, &b);)
    any = IsOnlyPrivateUse(std::string_view(t.data() + b, i - b));
  if (!any) return;
  const bool lead = t[0] == ' ', trail = t[n - 1] == ' ';
  size_t w = 0;
  for (size_t i = 0, b = 0; next_word(&i, &b);) {
    const std::string_view word(t.data() + b, i - b);
    if (IsOnlyPrivateUse(word)) continue;
    if (w > 0 || lead) t[w++] = ' ';
    std::memmove(&t[w], word.data(), word.size());
    w += word.size();
  }
  if (w == 0) { t.clear(); return; }  // (a leading space is written with a word)
  if (trail) t[w++] = ' ';
  t.resize(w);
}

}  // namespace lede
