// Language of a text, by CLD2 (Debian libcld2).
#ifndef LEDE_EXTRACT_LANGUAGE_H_
#define LEDE_EXTRACT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace lede {

// ISO 639 code of the language of `text` ("en", "de", "zh"), or "" when the
// text is too short or CLD2 is not sure. Reads at most the first 512 bytes.
std::string DetectLanguage(std::string_view text);

}  // namespace lede

#endif  // LEDE_EXTRACT_LANGUAGE_H_
