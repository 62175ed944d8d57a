// Byte- and UTF-8-level string helpers shared by every stage. ASCII case
// folding only: HTML names and the heuristic vocabularies are ASCII.
#ifndef LEDE_CORE_TEXT_H_
#define LEDE_CORE_TEXT_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <span>
#include <string_view>

namespace lede {

inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool IsAsciiAlpha(unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
inline bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiHexDigit(unsigned char c) { return IsAsciiDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
inline bool IsAsciiAlnum(unsigned char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
// Whether `s` holds an ASCII digit (read eight bytes at a time).
bool HasAsciiDigit(std::string_view s);
// The value of the native digit at s[i] (its length in `*len`): the
// Arabic-Indic and Persian digits (U+0660-0669, U+06F0-06F9) and the
// Devanagari, Bengali and Thai ones (U+0966-096F, U+09E6-09EF,
// U+0E50-0E59), as Arab, Iranian, Indian, Bangladeshi and Thai pages print
// dates ("٦ نوفمبر ٢٠٢٥", "০৫ নভেম্বর ২০২৫"); -1 for none.
int NativeDigitAt(std::string_view s, size_t i, size_t* len);
// Whether `s` holds a native digit (NativeDigitAt; their lead bytes, D9,
// DB and E0, are looked for sixteen bytes at a time: Latin and CJK text has
// none).
bool HasNativeDigit(std::string_view s);
// Whether `s` opens (ASCII spaces aside) with a letter or digit of the
// Arabic script (lead bytes D8-DB) or of the Indic and Thai blocks (E0): a
// text that may hold native digits, as a stamp in those scripts opens with
// its words or digits. A cheap test before HasNativeDigit, so Latin and CJK
// text is not looked through.
inline bool OpensInNativeDigitScript(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
  if (i == s.size()) return false;
  const unsigned char c = s[i];
  return (c | 3) == 0xDB || c == 0xE0;
}
// HasAsciiDigit(s) || (OpensInNativeDigitScript(s) && HasNativeDigit(s)),
// in one scan for a text with neither (a date line's test per text node).
bool HasAsciiOrNativeDigit(std::string_view s);
// Whether `s` holds an ASCII capital letter.
bool HasAsciiUpper(std::string_view s);
inline char ToLowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

// Hash of a byte string, 8 bytes at a time; never 0.
uint64_t HashBytes64(std::string_view s, uint64_t seed = 0);

// A byte's slot in WordList's and PhraseList's first-byte tables: ASCII
// letters folded (as EqualsIgnoreCase folds them), other bytes sharing
// slots (a slot only rules words out).
constexpr size_t FoldedSlot(char c) {
  return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? char(c + 32) : c) & 31;
}

std::string ToLowerAscii(std::string_view s);
// Inline: the vocabularies call these once per word per entry, and most
// calls end at the size test or the first byte.
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ToLowerAscii(a[i]) != ToLowerAscii(b[i])) return false;
  return true;
}
inline bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}
bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix);

// The lower-case of a letter written in two UTF-8 bytes, by code point:
// the capitals of Latin-1 ("Ä", "À"), Latin Extended-A ("Ł", "Ś"), Greek
// and Cyrillic ("Ч"); any other code point as it is. (Each pair's letters
// take two bytes both, so a folded compare keeps byte offsets.)
constexpr uint32_t FoldTwoByteLetter(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp + 1 : cp;
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 0x20;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp;
}
// Whether `s` starts with `lower`, a lower-case phrase, folding the letters
// of `s`: ASCII and the two-byte capitals of FoldTwoByteLetter, so
// "Ähnliche Artikel" and "ЧИТАЙТЕ ТАКЖЕ" start with "ähnliche artikel" and
// "читайте также". (Vocabularies asked this way list lower case only.)
inline bool StartsWithFolded(std::string_view s, std::string_view lower) {
  if (s.size() < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    const unsigned char a = static_cast<unsigned char>(s[i]);
    const unsigned char b = static_cast<unsigned char>(lower[i]);
    if (a < 0x80) {
      if (static_cast<unsigned char>(ToLowerAscii(char(a))) != b) return false;
    } else if ((a & 0xE0) == 0xC0 && (b & 0xE0) == 0xC0 && i + 1 < lower.size()) {
      const uint32_t ca = (uint32_t(a & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      const uint32_t cb = (uint32_t(b & 0x1F) << 6) | (static_cast<unsigned char>(lower[i + 1]) & 0x3F);
      if (FoldTwoByteLetter(ca) != cb) return false;
      ++i;
    } else if (a != b) {
      return false;
    }
  }
  return true;
}
// Writes `s` folded as StartsWithFolded folds it to `out` (room for
// s.size() bytes: folding keeps each letter's byte count); returns the
// bytes written.
inline size_t FoldInto(std::string_view s, char* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char a = static_cast<unsigned char>(s[i]);
    if ((a & 0xE0) == 0xC0 && i + 1 < s.size()) {
      const uint32_t cp =
          FoldTwoByteLetter((uint32_t(a & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F));
      out[i] = char(0xC0 | (cp >> 6));
      out[i + 1] = char(0x80 | (cp & 0x3F));
      ++i;
    } else {
      out[i] = ToLowerAscii(char(a));
    }
  }
  return s.size();
}
inline bool EqualsFolded(std::string_view s, std::string_view lower) {
  return s.size() == lower.size() && StartsWithFolded(s, lower);
}
bool StartsWithAnyFolded(std::string_view s, std::span<const std::string_view> lower_list);
bool EqualsAnyFolded(std::string_view s, std::span<const std::string_view> lower_list);
// Whether `phrase` is lower case as StartsWithFolded folds: no ASCII
// capital, no two-byte capital (for static_assert on vocabularies).
constexpr bool IsFoldedLower(std::string_view phrase) {
  for (size_t i = 0; i < phrase.size(); ++i) {
    const unsigned char a = static_cast<unsigned char>(phrase[i]);
    if (a >= 'A' && a <= 'Z') return false;
    if ((a & 0xE0) == 0xC0 && i + 1 < phrase.size()) {
      const uint32_t cp = (uint32_t(a & 0x1F) << 6) | (static_cast<unsigned char>(phrase[i + 1]) & 0x3F);
      if (FoldTwoByteLetter(cp) != cp) return false;
      ++i;
    }
  }
  return true;
}
constexpr bool AllFoldedLower(std::span<const std::string_view> list) {
  for (std::string_view w : list)
    if (!IsFoldedLower(w)) return false;
  return true;
}
// Whether `s` equals one of the entries of a word list, exactly (for words
// already lower-cased: class tokens).
inline bool EqualsAny(std::string_view s, std::span<const std::string_view> list) {
  for (std::string_view w : list)
    if (s == w) return true;
  return false;
}
// Whether `s` holds one of the entries of a list, byte for byte (for text
// already lower-cased, or phrases spelled as the page spells them). (Sized:
// each list's loop is compiled, and inlined, for its length.)
template <size_t N>
constexpr bool ContainsAny(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view w : list)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}
// Whether `s` equals, starts with or contains (ignoring ASCII case) one of
// the entries of a word list.
bool EqualsAnyIgnoreCase(std::string_view s, std::span<const std::string_view> list);
bool StartsWithAnyIgnoreCase(std::string_view s, std::span<const std::string_view> list);
bool ContainsAnyIgnoreCase(std::string_view s, std::span<const std::string_view> list);
// A word list asked whether it holds a word (EqualsAnyIgnoreCase), with the
// lengths of its words for each first letter: most words asked are ruled
// out by one look-up instead of a compare with every entry; the others are
// compared with the words of their first letter only (a word equal but for
// ASCII case opens on the same FoldedSlot).
template <size_t N>
class WordList {
 public:
  constexpr explicit WordList(const std::string_view (&words)[N]) : WordList(words, 0) {}
  // (A list made at compile time from a table: the vocabulary's role views.)
  constexpr explicit WordList(const std::array<std::string_view, N>& words) : WordList(words.data(), 0) {}
  bool Contains(std::string_view s) const {
    // (Empty and long words are compared with the list as they are.)
    if (s.empty() || s.size() >= 64) return EqualsAnyIgnoreCase(s, std::span<const std::string_view>(words_, N));
    const size_t slot = Slot(s[0]);
    if (!((lengths_[slot] >> s.size()) & 1)) return false;
    for (size_t k = start_[slot]; k < start_[slot + 1]; ++k)
      if (EqualsIgnoreCase(s, words_[order_[k]])) return true;
    return false;
  }

 private:
  constexpr WordList(const std::string_view* words, int) : words_(words) {
    static_assert(N < 65536);
    for (size_t i = 0; i < N; ++i)
      if (const std::string_view w = words[i]; !w.empty() && w.size() < 64) lengths_[Slot(w[0])] |= uint64_t{1} << w.size();
    size_t k = 0;
    for (size_t slot = 0; slot < 32; ++slot) {
      start_[slot] = uint16_t(k);
      for (size_t i = 0; i < N; ++i)
        if (!words[i].empty() && Slot(words[i][0]) == slot) order_[k++] = uint16_t(i);
    }
    start_[32] = uint16_t(k);
  }
  static constexpr size_t Slot(char c) { return FoldedSlot(c); }
  const std::string_view* words_;
  uint64_t lengths_[32] = {};
  // The words' indices by the slot of their first byte, a slot's from
  // start_[slot] to start_[slot + 1].
  uint16_t start_[33] = {};
  uint16_t order_[N] = {};
};
// A list of phrases (lower case) looked for in a text, ignoring ASCII case:
// FoundIn(s) is ContainsAnyIgnoreCase(s, phrases), in one pass over `s`
// with the phrases by first letter (a byte that starts none is passed at
// once), instead of a search through `s` for each phrase.
class PhraseList {
 public:
  constexpr explicit PhraseList(std::span<const std::string_view> phrases) : phrases_(phrases) {
    for (size_t k = 0; k < phrases.size(); ++k) {
      if (phrases[k].empty() || k >= 64) {
        unindexed_ = true;
        continue;
      }
      const uint64_t bit = uint64_t{1} << k;
      starts_[Slot(phrases[k][0])] |= bit;
      if (phrases[k].size() == 1) {
        singles_ |= bit;
        for (uint64_t& m : seconds_) m |= bit;
      } else {
        seconds_[Slot(phrases[k][1])] |= bit;
      }
    }
  }
  bool FoundIn(std::string_view s) const { return FindIn(s) != std::string_view::npos; }
  // Where the first phrase found in `s` starts (the least offset of any
  // phrase), or npos.
  size_t FindIn(std::string_view s) const;

 private:
  static constexpr size_t Slot(char c) { return FoldedSlot(c); }
  std::span<const std::string_view> phrases_;
  uint64_t starts_[32] = {};
  // The phrases by their second byte (folded the same way; a phrase of one
  // byte in every slot), and the phrases of one byte: a place whose first
  // two bytes open no phrase is passed with two looks.
  uint64_t seconds_[32] = {};
  uint64_t singles_ = 0;
  bool unindexed_ = false;  // an empty phrase, or over 64: searched as a list
};
// Finds `needle` (lower-case ASCII) in `hay`, ignoring ASCII case.
size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from = 0);
bool ContainsIgnoreCase(std::string_view hay, std::string_view needle);

// Whether the ASCII-space-separated list `list` (a class attribute, an
// aria-controls value) holds a token `pred` accepts.
template <typename Pred>
bool AnySpaceToken(std::string_view list, Pred&& pred) {
  for (size_t b = 0; b < list.size();) {
    while (b < list.size() && IsAsciiSpace(list[b])) ++b;
    size_t e = b;
    while (e < list.size() && !IsAsciiSpace(list[e])) ++e;
    if (e > b && pred(list.substr(b, e - b))) return true;
    b = e;
  }
  return false;
}

// Trims ASCII whitespace and Unicode spaces (NBSP, U+2000..U+200B, U+3000...).
// (Inline for the common case: text that starts and ends with an ASCII
// byte other than a space has nothing to trim.)
std::string_view TrimSpaces(std::string_view s);
inline std::string_view Trim(std::string_view s) {
  if (s.empty()) return s;
  const unsigned char first = s.front(), last = s.back();
  if (first < 0x80 && last < 0x80 && !IsAsciiSpace(first) && !IsAsciiSpace(last)) return s;
  return TrimSpaces(s);
}

// Appends `s` to `out`, turning each run of whitespace (ASCII and Unicode
// spaces) into one ' '. `pending_space` carries a trailing run between calls:
// a space is emitted before the next non-space only if `out` is non-empty.
// C0 controls that are no whitespace (U+0008 backspace, escape...) and DEL
// are dropped: they show nothing, and a terminal or the next parser reads
// them. A C1 control (U+0080..U+009F) is text a CMS read as Latin-1 where
// it was windows-1252 ("we\u0092re"): it becomes the windows-1252
// character ("we're", as HTML reads "&#x92;"), or is dropped where
// windows-1252 has none.
void AppendCollapsed(std::string_view s, std::string* out, bool* pending_space);

// 2 when s[i] starts a C1 control (U+0080..U+009F as UTF-8), else 0.
inline size_t C1ControlAt(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
                 static_cast<unsigned char>(s[i + 1]) >= 0x80 && static_cast<unsigned char>(s[i + 1]) <= 0x9F
             ? 2
             : 0;
}

// The characters windows-1252 puts at 0x80..0x9F, by which HTML reads a
// character reference to a C1 control (13.2.5.80). The five it leaves
// undefined stay controls (0x81, 0x8D, 0x8F, 0x90, 0x9D).
inline constexpr uint16_t kC1AsWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Drops from (*s)[from..] the controls AppendCollapsed drops, and reads C1
// controls as it does, but keeps the layout of preformatted text: tab,
// line feed, CR and form feed stay.
void DropLayoutControls(std::string* s, size_t from);
std::string CollapseWhitespace(std::string_view s);

// Length in bytes of a Unicode space character starting at s[i], or 0.
// (ASCII is answered inline: most bytes asked about are.)
size_t MultiByteSpaceAt(std::string_view s, size_t i);
inline size_t UnicodeSpaceAt(std::string_view s, size_t i) {
  const unsigned char c = s[i];
  if (c < 0x80) return IsAsciiSpace(c) ? 1 : 0;
  return MultiByteSpaceAt(s, i);
}
// `i` moved past the whole runs of eight spaces or eight tabs from s[i]
// (an indentation's, between tags: one look for eight bytes of it, where a
// loop over UnicodeSpaceAt takes one a byte).
// Whether the eight bytes at `p` are all spaces or all tabs.
inline bool IsSpaceWord(const char* p) {
  constexpr uint64_t kSpaces = ~uint64_t{0} / 255 * ' ', kTabs = ~uint64_t{0} / 255 * '\t';
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x == kSpaces || x == kTabs;
}
inline size_t SkipSpaceWords(std::string_view s, size_t i) {
  while (i + 8 <= s.size() && IsSpaceWord(s.data() + i)) i += 8;
  return i;
}
// The same backwards: `e` moved back over such runs ending at s[e - 1],
// not below `b`.
inline size_t SkipSpaceWordsBack(std::string_view s, size_t b, size_t e) {
  while (e >= b + 8 && IsSpaceWord(s.data() + e - 8)) e -= 8;
  return e;
}

// A mark that prints nothing and holds no letter: a soft hyphen, a
// zero-width space, non-joiner or joiner, a left-to-right or right-to-left
// mark, a bidi embedding, override or isolate, a word joiner (and the
// invisible operators beside it), a byte-order mark. A date's reading
// passes over them, and a text of them alone is blank (IsOnlyInvisibleMarks).
constexpr bool IsInvisibleMark(uint32_t cp) {
  return cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}
// Of those, the ones that stand inside a word and leave it the same when
// dropped: a soft hyphen ("Assis&shy;tance"), a word joiner, a byte-order
// mark. (A zero-width space parts words; a joiner or a bidi mark shapes or
// orders the letters beside it.)
inline constexpr uint32_t kInWordInvisibleMarks[] = {0xAD, 0x2060, 0xFEFF};
static_assert([] {
  for (uint32_t cp : kInWordInvisibleMarks)
    if (!IsInvisibleMark(cp)) return false;
  return true;
}());

// The punctuation, symbols and the space of the block "CJK Symbols and
// Punctuation" (U+3000-303F; Unicode's categories P, S and Z there), a bit
// per code point: not its letters, numbers and marks, which spell words
// (the iteration marks 々 U+3005 and 〻 U+303B, "人々", "時々"; the closing
// mark 〆 U+3006 and 〼 U+303C; the ideographic zero 〇 U+3007 and the
// Hangzhou numerals U+3021-3029, U+3038-303A; the tone marks U+302A-302F;
// the vertical kana repeat marks U+3031-3035).
inline constexpr uint64_t kCjkPunctuationBits = 0xE0C10001FFFFFF1Full;
constexpr bool IsCjkSymbolOrPunctuation(uint32_t cp) {
  return cp >= 0x3000 && cp <= 0x303F && ((kCjkPunctuationBits >> (cp - 0x3000)) & 1);
}
// A code point that parts words and spells none, as the word counters
// (CountWordChars) and the normal form for comparisons (extract/dom_text)
// read text: up to U+00BF (ASCII is asked apart; here the C1 controls and
// Latin-1's punctuation and spaces), general punctuation (U+2000-206F),
// CJK symbols and punctuation (IsCjkSymbolOrPunctuation: not the block's
// letters, "々"), the full-width forms of ASCII's punctuation
// (U+FF00-FF0F), the byte-order mark and U+FFFD.
constexpr bool IsSeparatorCodePoint(uint32_t cp) {
  return cp <= 0xBF || (cp >= 0x2000 && cp <= 0x206F) || IsCjkSymbolOrPunctuation(cp) ||
         (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFFFD || cp == 0xFEFF;
}
// Those and the symbols after general punctuation (U+2070-2BFF: super-
// and subscripts, currency, letterlike symbols, number forms, arrows,
// maths, technical, box drawing, shapes, dingbats): what is no letter of a
// script, where letters are counted to tell a name or a language ("\u2022",
// "\u2190", "\u2122" are none). Wider than IsSeparatorCodePoint on
// purpose: the normal form keeps a symbol as a word ("C++\u2122" still
// differs from "C++").
constexpr bool IsSymbolOrSeparatorCodePoint(uint32_t cp) {
  return IsSeparatorCodePoint(cp) || (cp >= 0x2070 && cp <= 0x2BFF);
}
// CJK punctuation that ends a word in a date's line, read as a space is
// there (extract/dates): the ideographic space, comma and full stop, the
// ditto mark, the corner and lenticular brackets (U+3000-3011 but for the
// letters 々 〆 〇, U+3005-3007), and the full-width
// parentheses, comma and colon. Narrower than IsSeparatorCodePoint on
// purpose: the date readers keep the marks that may join a date's parts
// (the wave dash of a range, U+301C, "1日〜3日"; a full-width hyphen, full
// stop or slash between numbers), and it holds the full-width colon
// (U+FF1A) that the separators' range stops short of.
constexpr bool IsCjkPunctuation(uint32_t cp) {
  return (cp <= 0x3011 && IsCjkSymbolOrPunctuation(cp)) || cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0C || cp == 0xFF1A;
}

// Appends code point `cp` as UTF-8 (U+FFFD for invalid values).
void AppendUtf8(uint32_t cp, std::string* out);

// Decodes one code point at s[i]; sets *len to its byte length (1 for an
// invalid byte, which decodes as U+FFFD).
uint32_t DecodeUtf8(std::string_view s, size_t i, size_t* len);

// A code point of the Private Use Area (U+E000-U+F8FF), where icon fonts
// (Font Awesome, Glyphicons, IcoMoon, Dashicons...) put their glyphs.
constexpr bool IsPrivateUse(uint32_t cp) { return cp >= 0xE000 && cp <= 0xF8FF; }
// Whether `s` holds a private-use code point and nothing else but ASCII
// spaces: an icon's glyph standing alone.
bool IsOnlyPrivateUse(std::string_view s);
// Drops the words of `s` (parted by single spaces, as AppendCollapsed
// leaves text) made of private-use code points alone: icon glyphs that
// would print as boxes. The words around close up over one space; a
// leading or trailing space stays. Reads nothing past a memchr when `s`
// has no byte that can start one (0xEE, 0xEF).
void DropPrivateUseWords(std::string* s);

// Number of code points (invalid bytes count one each).
size_t CountCodePoints(std::string_view s);

// True if `s` is entirely valid UTF-8.
bool IsValidUtf8(std::string_view s);
// The longest prefix of `s` of at most `max_bytes` that does not cut a UTF-8
// sequence (cuts before a continuation byte move back to its lead byte).
std::string_view Utf8Prefix(std::string_view s, size_t max_bytes);

// `s` as an error message quotes a caller's value: at most `max_bytes`,
// cut at a character boundary with "..." after the cut, control bytes
// shown as '?' (a 100 KB label, or one holding a terminal escape, is not
// echoed whole).
std::string ShortForMessage(std::string_view s, size_t max_bytes = 80);

// The length of the valid UTF-8 run of `s` that starts at byte `i` (it ends
// at the first invalid sequence or at the end).
size_t ValidUtf8Run(std::string_view s, size_t i);

// Copies `s` to `out` with each invalid sequence replaced by U+FFFD.
void AppendValidUtf8(std::string_view s, std::string* out);

// Number of word characters (letters/digits, any script) in `s`: a cheap
// "how much text" measure that ignores punctuation and spaces.
size_t CountWordChars(std::string_view s);

}  // namespace lede

#endif  // LEDE_CORE_TEXT_H_
