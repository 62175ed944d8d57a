// Minimal URL handling for links and metadata: RFC 3986 reference
// resolution and a few accessors. Not a full WHATWG URL parser.
#ifndef LEDE_CORE_URL_H_
#define LEDE_CORE_URL_H_

#include <string>
#include <string_view>

namespace lede {

// True if `s` starts with a scheme ("http:", "mailto:").
bool HasScheme(std::string_view s);

// Resolves `ref` against absolute `base`. Returns `ref` unchanged when it is
// absolute or `base` is empty/relative. Leading/trailing spaces are removed.
std::string ResolveUrl(std::string_view base, std::string_view ref);

// "https://www.example.com/a/b?q" -> "www.example.com"; "" if none.
std::string_view UrlHost(std::string_view url);
// "https://example.com/a/b?q#f" -> "/a/b"; "" if none.
std::string_view UrlPath(std::string_view url);

}  // namespace lede

#endif  // LEDE_CORE_URL_H_
