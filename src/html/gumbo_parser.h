// The gumbo-backed parser, kept out of the library as an oracle for tests,
// fuzzing and the differential check (CMake target lede_gumbo).
#ifndef LEDE_HTML_GUMBO_PARSER_H_
#define LEDE_HTML_GUMBO_PARSER_H_

#include <memory>

#include "html/parser.h"

namespace lede {

// Parser backed by Google's gumbo 0.10.1 (Debian libgumbo).
std::unique_ptr<HtmlParser> NewGumboParser();

}  // namespace lede

#endif  // LEDE_HTML_GUMBO_PARSER_H_
