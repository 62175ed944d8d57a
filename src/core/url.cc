#include "core/url.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/text.h"

namespace lede {

namespace {

// Where `s`'s scheme ends (the index of its ':'); 0 when it has none.
size_t SchemeEnd(std::string_view s) {
  if (s.empty() || !IsAsciiAlpha(s[0])) return 0;
  for (size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return i;
    if (!(IsAsciiAlnum(c) || c == '+' || c == '-' || c == '.')) return 0;
  }
  return 0;
}

}  // namespace

bool HasScheme(std::string_view s) { return SchemeEnd(s) != 0; }

bool IsScriptUrl(std::string_view url) {
  // The scheme as a browser reads it (WHATWG URL parsing): leading C0
  // controls and spaces, and tabs and newlines anywhere, left out.
  char scheme[12];
  size_t n = 0, i = 0;
  while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
  for (; i < url.size() && n < sizeof scheme; ++i) {
    const char c = url[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    scheme[n++] = ToLowerAscii(c);
    if (c == ':') break;
  }
  const std::string_view s(scheme, n);
  return s == "javascript:" || s == "vbscript:" || s == "data:";
}

namespace {

// A reference as WHATWG URL parsing reads it: leading and trailing C0
// controls and spaces go (Unicode spaces too, as before), and every ASCII
// tab or newline inside ("java\nscript:", an href wrapped over two lines,
// which broke the Markdown link it became). `buf` holds the result when
// bytes had to go from inside.
std::string_view CleanReference(std::string_view ref, std::string* buf) {
  ref = Trim(ref);
  const size_t before = ref.size();
  while (!ref.empty() && static_cast<unsigned char>(ref.front()) <= 0x20) ref.remove_prefix(1);
  while (!ref.empty() && static_cast<unsigned char>(ref.back()) <= 0x20) ref.remove_suffix(1);
  if (ref.size() != before) ref = Trim(ref);
  // Eight bytes at a time while none is under 0x20 (URLs hardly ever hold
  // one; a byte loop cost 1.1 M instructions on the 181 Scrapinghub pages).
  size_t i = 0;
  while (i < ref.size()) {
    if (i + 8 <= ref.size()) {
      constexpr uint64_t kOnes = ~uint64_t{0} / 255, kHigh = kOnes * 0x80, kSpaces = kOnes * 0x20;
      uint64_t x;
      std::memcpy(&x, ref.data() + i, 8);
      if (!((x - kSpaces) & ~x & kHigh)) {
        i += 8;
        continue;
      }
    }
    if (ref[i] == '\t' || ref[i] == '\n' || ref[i] == '\r') break;
    ++i;
  }
  if (i == ref.size()) return ref;
  buf->assign(ref.data(), i);
  for (; i < ref.size(); ++i)
    if (ref[i] != '\t' && ref[i] != '\n' && ref[i] != '\r') buf->push_back(ref[i]);
  return *buf;
}

// Whether `scheme` (without its ':') is one of the URL standard's
// special schemes, any case: in those a '\\' reads as '/'.
bool IsSpecialScheme(std::string_view scheme) {
  for (std::string_view s : {"http", "https", "ftp", "ws", "wss", "file"})
    if (EqualsIgnoreCase(scheme, s)) return true;
  return false;
}

// `ref` with each '\\' before its query or fragment read as '/' (WHATWG
// URL parsing, in a special scheme: "a\\b.html" is "a/b.html", and
// "\\\\cdn.ex.com\\i.jpg" a host's; "?q=a\\b" keeps its backslash). The
// reference is searched once; `buf` holds the result when one was found
// (it may already hold `ref`, CleanReference's).
std::string_view SlashBackslashes(std::string_view ref, std::string* buf) {
  const void* found = std::memchr(ref.data(), '\\', ref.size());
  if (!found) return ref;
  const size_t first = size_t(static_cast<const char*>(found) - ref.data());
  size_t end = 0;
  while (end < ref.size() && ref[end] != '?' && ref[end] != '#') ++end;
  if (first >= end) return ref;
  if (ref.data() != buf->data()) buf->assign(ref);
  for (size_t i = first; i < end; ++i)
    if ((*buf)[i] == '\\') (*buf)[i] = '/';
  return *buf;
}

// Absolute reference `ref` (its scheme ends at `colon`) as written, its
// backslashes read as slashes in a special scheme: ResolveUrl's and
// UrlResolver::Resolve's answer for one. (The scheme is asked first: a few
// bytes; SlashBackslashes then looks for a backslash, the one scan.)
std::string AbsoluteReference(std::string_view ref, size_t colon, std::string* buf) {
  if (IsSpecialScheme(ref.substr(0, colon))) ref = SlashBackslashes(ref, buf);
  return std::string(ref);
}

struct Parts {
  std::string_view scheme, authority, path, query, fragment;
  bool has_authority = false, has_query = false, has_fragment = false;
};

Parts Split(std::string_view u) {
  Parts p;
  if (HasScheme(u)) {
    size_t c = u.find(':');
    p.scheme = u.substr(0, c);
    u.remove_prefix(c + 1);
  }
  if (u.substr(0, 2) == "//") {
    u.remove_prefix(2);
    // (The host ends at the first of these; find_first_of would ask its
    // set about every byte.)
    size_t e = 0;
    while (e < u.size() && u[e] != '/' && u[e] != '?' && u[e] != '#') ++e;
    if (e == u.size()) e = std::string_view::npos;
    p.authority = u.substr(0, e);
    p.has_authority = true;
    u = e == std::string_view::npos ? std::string_view() : u.substr(e);
  }
  size_t h = u.find('#');
  if (h != std::string_view::npos) {
    p.fragment = u.substr(h + 1);
    p.has_fragment = true;
    u = u.substr(0, h);
  }
  size_t q = u.find('?');
  if (q != std::string_view::npos) {
    p.query = u.substr(q + 1);
    p.has_query = true;
    u = u.substr(0, q);
  }
  p.path = u;
  return p;
}

// Runs `path`'s segments (split at '/') over `stack`: ".." pops its last
// segment, else (when `below` is given) one of the `*below` segments kept
// under it (a base's directory, joined once); "." is dropped. Returns
// whether the path ends on a dot segment (its result then ends with '/').
bool PushSegments(std::string_view path, std::vector<std::string_view>* stack, size_t* below) {
  bool trailing = false;
  for (size_t i = 0; i <= path.size();) {
    size_t e = path.find('/', i);
    if (e == std::string_view::npos) e = path.size();
    const std::string_view seg = path.substr(i, e - i);
    trailing = false;
    if (seg == "..") {
      if (!stack->empty()) stack->pop_back();
      else if (below && *below > 0) --*below;
      trailing = true;
    } else if (seg == ".") {
      trailing = true;
    } else {
      stack->push_back(seg);
    }
    i = e + 1;
  }
  return trailing;
}

std::string RemoveDotSegments(std::string_view path) {
  // A path with no dot segment is its own result (its segments joined
  // again as they were): most links' paths.
  if (path.find('.') == std::string_view::npos ||
      (path.find("/.") == std::string_view::npos && !path.starts_with(".")))
    return std::string(path);
  std::vector<std::string_view> out;
  const bool absolute = !path.empty() && path[0] == '/';
  const bool trailing = PushSegments(path.substr(absolute ? 1 : 0), &out, nullptr);
  std::string r;
  if (absolute) r.push_back('/');
  for (size_t k = 0; k < out.size(); ++k) {
    if (k) r.push_back('/');
    r.append(out[k]);
  }
  if (trailing && !r.empty() && r.back() != '/') r.push_back('/');
  return r;
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  // (The answers that need no base parts, before the base is read.)
  std::string buf;
  std::string_view trimmed = CleanReference(ref, &buf);
  if (trimmed.empty()) return std::string(base);
  if (const size_t colon = SchemeEnd(trimmed)) return AbsoluteReference(trimmed, colon, &buf);
  if (base.empty() || !HasScheme(base)) return std::string(trimmed);
  return UrlResolver(base).Resolve(trimmed);
}

UrlResolver::UrlResolver(std::string_view base) : base_(base) {
  // A script's URL (javascript:, vbscript:, data:; a page's URL given by
  // the caller or a WARC record) resolves nothing: "x" against
  // "javascript:alert(1)//" became the link "javascript:alert(1)//x".
  // The reference stays relative, as on a page of unknown address.
  usable_ = !base_.empty() && HasScheme(base_) && !IsScriptUrl(base_);
  if (!usable_) return;
  const Parts b = Split(base_);
  scheme_ = b.scheme;
  special_ = IsSpecialScheme(scheme_);
  authority_ = b.authority;
  path_ = b.path;
  query_ = b.query;
  has_authority_ = b.has_authority;
  has_query_ = b.has_query;
  // The directory a relative path merges with (RFC 3986 5.2.3), as
  // ResolveUrl builds it, then its dot segments removed once.
  std::string_view dir;
  if (b.has_authority && b.path.empty()) {
    dir = "/";
  } else {
    const size_t slash = b.path.rfind('/');
    if (slash != std::string_view::npos) dir = b.path.substr(0, slash + 1);
  }
  dir_absolute_ = !dir.empty() && dir[0] == '/';
  std::vector<std::string_view> stack;
  // `dir` ends with '/': its segments are what lies between the leading
  // '/' and the last one. (Room made once for them: a list grown one
  // segment at a time is moved again and again.)
  std::string_view inner = dir.substr(dir_absolute_ ? 1 : 0);
  if (!inner.empty()) {
    inner.remove_suffix(1);
    const size_t segments = size_t(std::count(inner.begin(), inner.end(), '/')) + 1;
    dir_ends_.reserve(segments);
    if (inner.find('.') == std::string_view::npos) {
      // No dot segment: the segments joined are `inner` itself, each
      // ending at a '/' or at its end.
      dir_joined_.assign(inner);
      for (size_t i = inner.find('/'); i != std::string_view::npos; i = inner.find('/', i + 1))
        dir_ends_.push_back(uint32_t(i));
      dir_ends_.push_back(uint32_t(inner.size()));
    } else {
      stack.reserve(segments);
      dir_joined_.reserve(inner.size());
      PushSegments(inner, &stack, nullptr);
    }
  }
  for (size_t k = 0; k < stack.size(); ++k) {
    if (k) dir_joined_.push_back('/');
    dir_joined_.append(stack[k]);
    dir_ends_.push_back(uint32_t(dir_joined_.size()));
  }
}

std::string UrlResolver::Resolve(std::string_view ref) const {
  std::string buf;
  ref = CleanReference(ref, &buf);
  if (ref.empty()) return base_;
  if (const size_t colon = SchemeEnd(ref)) return AbsoluteReference(ref, colon, &buf);
  if (!usable_) return std::string(ref);
  if (special_) ref = SlashBackslashes(ref, &buf);
  const Parts r = Split(ref);
  std::string out(scheme_);
  out += ':';
  if (r.has_authority) {
    out += "//";
    out += r.authority;
    out += RemoveDotSegments(r.path);
    if (r.has_query) { out += '?'; out += r.query; }
  } else {
    if (has_authority_) { out += "//"; out += authority_; }
    if (r.path.empty()) {
      out += path_;
      if (r.has_query) { out += '?'; out += r.query; }
      else if (has_query_) { out += '?'; out += query_; }
    } else {
      if (r.path[0] == '/') {
        out += RemoveDotSegments(r.path);
      } else {
        // RemoveDotSegments(directory + r.path), the directory's part
        // done once: the reference's segments run over its stack.
        size_t k = dir_ends_.size();
        std::vector<std::string_view> local;
        const bool trailing = PushSegments(r.path, &local, &k);
        const size_t start = out.size();
        if (dir_absolute_) out.push_back('/');
        out.append(dir_joined_, 0, k ? dir_ends_[k - 1] : 0);
        for (size_t j = 0; j < local.size(); ++j) {
          if (k || j) out.push_back('/');
          out.append(local[j]);
        }
        if (trailing && out.size() > start && out.back() != '/') out.push_back('/');
      }
      if (r.has_query) { out += '?'; out += r.query; }
    }
  }
  if (r.has_fragment) { out += '#'; out += r.fragment; }
  return out;
}

std::string FrozenBaseUrl(std::string_view fallback, std::string_view href) {
  std::string base = ResolveUrl(fallback, href);
  const size_t colon = SchemeEnd(base);
  if (!colon || IsScriptUrl(base)) return std::string(fallback);
  const std::string_view scheme = std::string_view(base).substr(0, colon);
  if (IsSpecialScheme(scheme) && !EqualsIgnoreCase(scheme, "file") && UrlHost(base).empty())
    return std::string(fallback);
  return base;
}

std::string_view UrlHost(std::string_view url) {
  Parts p = Split(url);
  std::string_view a = p.authority;
  size_t at = a.rfind('@');
  if (at != std::string_view::npos) a.remove_prefix(at + 1);
  size_t colon = a.rfind(':');
  if (colon != std::string_view::npos && a.find(']') == std::string_view::npos) a = a.substr(0, colon);
  return a;
}

std::string_view UrlPath(std::string_view url) { return Split(url).path; }

}  // namespace lede
