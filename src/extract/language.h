// Language of a text, by CLD2 (Debian libcld2).
#ifndef LEDE_EXTRACT_LANGUAGE_H_
#define LEDE_EXTRACT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace lede {

struct DetectedLanguage {
  std::string code;    // ISO 639 ("en", "de", "zh"); "" when not known
  const char* source;  // how: "function-words", "script" or "cld2" (provenance)
};

// The language of `text`: empty when the text is too short or CLD2 is not
// sure. Reads at most the first 384 bytes.
//
// `declared` is the language the page's markup names, if any (else English
// is tried). When the sample's most frequent words are that language's
// function words (a quarter of them or more; lede has lists for English,
// German, Portuguese, Spanish, French, Italian, Russian and Indonesian), or,
// for a language written in a script of its own, its script (Japanese kana,
// Korean Hangul), the text is in that language and CLD2 is not asked: it
// costs ~290 instructions a byte, the word count ~10. Text in another
// language, or mixed, goes to CLD2.
DetectedLanguage DetectLanguage(std::string_view text, std::string_view declared = {});

}  // namespace lede

#endif  // LEDE_EXTRACT_LANGUAGE_H_
