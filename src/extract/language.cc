#include "extract/language.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>

#include "core/text.h"
#include "extract/vocabulary.h"

namespace CLD2 {
const char* LanguageCode(Language lang);
}

namespace lede {

namespace {
// Prose runs at 30-50 % of its own language's function-word list; on WCXB
// dev and the Scrapinghub pages, no page CLD2 reads as another language comes
// above 22 % of the declared language's list (bilingual pages, a German
// product title over English seller boilerplate).
constexpr int kConfirmShare = 25;
// The bytes of the body read (see DetectLanguage).
constexpr size_t kSampleBytes = 384;
// The windows of kSampleBytes read for function words at most.
constexpr size_t kConfirmWindows = 3;

// A language written in a script of its own, which confirms it: Japanese
// by its kana (hiragana and katakana; Chinese has none), Korean by Hangul.
// Japanese prose runs at 40-70 % kana among its letters (the rest kanji,
// Latin names), Korean prose at 80 % Hangul and more.
struct ScriptRange {
  uint32_t from, to;
};
struct OwnScript {
  std::string_view lang;
  ScriptRange ranges[3];
  int min_share;  // percent of the sample's letters
};
constexpr OwnScript kOwnScripts[] = {
    {"ja", {{0x3040, 0x30FF}, {0x31F0, 0x31FF}, {0xFF66, 0xFF9F}}, 25},
    {"ko", {{0xAC00, 0xD7A3}, {0x1100, 0x11FF}, {0x3130, 0x318F}}, 50},
};

// The share, in percent, of the letters of `text` (ASCII letters, and
// characters from U+0080 but spaces, punctuation and symbols of the
// general and CJK blocks) that are in `own`'s script; -1 when `text` holds
// fewer than kMinScriptLetters letters.
constexpr int kMinScriptLetters = 40;
int OwnScriptShare(const OwnScript& own, std::string_view text) {
  int letters = 0, in_script = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      ++i;
      continue;
    }
    size_t len = 1;
    const uint32_t cp = DecodeUtf8(text, i, &len);
    i += len;
    if (IsSymbolOrSeparatorCodePoint(cp)) continue;
    ++letters;
    for (const ScriptRange& r : own.ranges)
      if (cp >= r.from && cp <= r.to) {
        ++in_script;
        break;
      }
  }
  if (letters < kMinScriptLetters) return -1;
  return in_script * 100 / letters;
}
}  // namespace

DetectedLanguage DetectLanguage(std::string_view text, std::string_view declared) {
  // CLD2 needs some text to be reliable; 384 bytes (some 60 words) is
  // enough for a body and keeps it cheap (CLD2 costs ~290 instructions a
  // byte). On WCXB dev, 384 bytes agree with the markup on 1469 of 1472
  // pages, 512 bytes on 1468, 256 bytes on 1465.
  // (240 bytes of UTF-8 hold 60 characters at least: only a shorter text is
  // counted.)
  if (text.size() < 240 && CountCodePoints(text) < 60) return {{}, "cld2"};
  // (Utf8Prefix: a UTF-8 sequence is not cut.)
  const std::string_view sample = Utf8Prefix(text, kSampleBytes);
  // Without a declared language, English is the likeliest (and the most
  // common on the web): try its list first.
  const std::string_view guess = declared.empty() ? std::string_view("en") : declared;
  if (FunctionWordShareReaches(guess, sample, kConfirmShare)) return {std::string(guess), "function-words"};
  // A body may open on a list, a table or title-cased headings, short of
  // function words: a later window of prose (the next kConfirmWindows - 1,
  // each whole) confirms the guess as well, for a twentieth of CLD2's cost
  // each.
  size_t at = sample.size();
  for (size_t w = 1; w < kConfirmWindows && text.size() >= (w + 1) * kSampleBytes; ++w) {
    const std::string_view next = Utf8Prefix(text.substr(at), kSampleBytes);
    if (FunctionWordShareReaches(guess, next, kConfirmShare)) return {std::string(guess), "function-words"};
    at += next.size();
  }
  // A language with a script of its own (Japanese, Korean) has no
  // function-word list: its script confirms it.
  for (const OwnScript& o : kOwnScripts)
    if (o.lang == guess && OwnScriptShare(o, sample) >= o.min_share) return {std::string(guess), "script"};
  bool reliable = false;
  const CLD2::Language lang = CLD2::DetectLanguage(sample.data(), int(sample.size()), /*is_plain_text=*/true,
                                                   &reliable);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return {{}, "cld2"};
  std::string code = CLD2::LanguageCode(lang);
  // CLD2 names a few languages with region or script: keep the language.
  size_t dash = code.find('-');
  if (dash != std::string::npos) code.resize(dash);
  return {std::move(code), "cld2"};
}

}  // namespace lede
