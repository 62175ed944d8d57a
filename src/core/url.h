// Minimal URL handling for links and metadata: RFC 3986 reference
// resolution and a few accessors. Not a full WHATWG URL parser.
#ifndef LEDE_CORE_URL_H_
#define LEDE_CORE_URL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

// True if `s` starts with a scheme ("http:", "mailto:").
bool HasScheme(std::string_view s);

// True for a URL whose scheme runs script or holds a document of its own
// (javascript:, vbscript:, data:), read as a browser reads it
// ("  Java\tScript:" is one): no link in a clean article.
bool IsScriptUrl(std::string_view url);

// Resolves `ref` against absolute `base`. Returns `ref` unchanged when it is
// absolute or `base` is empty/relative or a script's (IsScriptUrl). Leading/trailing spaces and C0
// controls are removed, and ASCII tabs and newlines inside, as browsers do;
// in a special scheme (http, https, ftp, ws, wss, file: the reference's
// own, else the base's) each '\\' before the query or fragment reads as
// '/', as the URL standard has it.
// (A UrlResolver used once: for many references against one base, make one.)
std::string ResolveUrl(std::string_view base, std::string_view ref);

// Resolves many references against one base, as ResolveUrl(base, ref)
// does, but reads the base once: its parts are split and its directory's
// dot segments removed here, so each Resolve costs the reference and the
// output, never the base again (a caller's 120 KB URL against 200,000
// links read the base 200,000 times).
class UrlResolver {
 public:
  explicit UrlResolver(std::string_view base);
  UrlResolver(const UrlResolver&) = delete;
  UrlResolver& operator=(const UrlResolver&) = delete;
  std::string Resolve(std::string_view ref) const;
  const std::string& base() const { return base_; }

 private:
  std::string base_;
  bool usable_ = false;  // non-empty, with a scheme
  // Views into base_ (Split's parts).
  std::string_view scheme_, authority_, path_, query_;
  bool has_authority_ = false, has_query_ = false;
  bool special_ = false;  // http(s), ftp, ws(s), file: a '\\' in a reference reads as '/'
  // The base directory (path up to its last '/') after dot-segment
  // removal: whether it is absolute, its segments joined by '/', and where
  // the first k segments end in `dir_joined_` (dir_ends_[k-1]).
  bool dir_absolute_ = false;
  std::string dir_joined_;
  std::vector<uint32_t> dir_ends_;
};

// The base URL that a <base href> sets on a page at `fallback` (the page's
// URL, may be empty): `href` resolved against it (HTML, "set the frozen
// base URL"), else `fallback` when that gives no usable URL: one without
// a scheme (a relative href on a page of unknown address), a special
// scheme's without a host ("https://"), or a javascript:, vbscript: or
// data: one.
std::string FrozenBaseUrl(std::string_view fallback, std::string_view href);

// "https://www.example.com/a/b?q" -> "www.example.com"; "" if none.
std::string_view UrlHost(std::string_view url);
// "https://example.com/a/b?q#f" -> "/a/b"; "" if none.
std::string_view UrlPath(std::string_view url);

}  // namespace lede

#endif  // LEDE_CORE_URL_H_
