#include "serialize/json_writer.h"

#include <cstdint>
#include <cstring>

#include "core/text.h"
#include "lede/lede.h"

namespace lede {

namespace {

// True when one of the 8 bytes at p is not plain printable ASCII for a JSON
// string: a control byte, '"', '\\' or a byte >= 0x80 (which the caller
// checks as UTF-8).
inline bool HasJsonSpecialByte(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  if (w & kHigh) return true;                           // >= 0x80
  if ((w - 0x2020202020202020ull) & ~w & kHigh) return true;  // < 0x20 (no byte >= 0x80 here)
  return has_zero(w ^ (kOnes * '"')) || has_zero(w ^ (kOnes * '\\'));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->reserve(out->size() + s.size() + 2);
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // Copy runs of bytes that need no escaping: ASCII and well-formed UTF-8
    // other than U+0085, U+2028 and U+2029 (line breaks to many readers of
    // JSON Lines: Python's splitlines, JavaScript before ES2019).
    size_t b = i;
    while (i < s.size()) {
      // Eight plain ASCII bytes at a time (most text).
      while (i + 8 <= s.size() && !HasJsonSpecialByte(s.data() + i)) i += 8;
      if (i >= s.size()) break;
      const unsigned char c = s[i];
      if (c >= 0x80) {
        size_t len;
        const uint32_t cp = DecodeUtf8(s, i, &len);
        if (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || (cp == 0xFFFD && len == 1)) break;
        i += len;
        continue;
      }
      if (c < 0x20 || c == '"' || c == '\\') break;
      ++i;
    }
    out->append(s.data() + b, i - b);
    if (i >= s.size()) break;
    const unsigned char c = s[i];
    if (c >= 0x80) {
      size_t len;
      uint32_t cp = DecodeUtf8(s, i, &len);
      if (cp == 0x85) {
        out->append("\\u0085");
      } else if (cp == 0x2028 || cp == 0x2029) {
        out->append(cp == 0x2028 ? "\\u2028" : "\\u2029");
      } else if (cp == 0xFFFD && len == 1) {
        out->append("\xEF\xBF\xBD");
      } else {
        out->append(s.data() + i, len);
      }
      i += len;
      continue;
    }
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
    ++i;
  }
  out->push_back('"');
}

namespace {

void Key(std::string_view k, std::string* out) {
  if (out->back() != '{') out->push_back(',');
  AppendJsonString(k, out);
  out->push_back(':');
}

void Field(std::string_view k, const std::optional<std::string>& v, std::string* out) {
  Key(k, out);
  if (v) AppendJsonString(*v, out);
  else out->append("null");
}

void Array(std::string_view k, const std::vector<std::string>& v, std::string* out) {
  Key(k, out);
  out->push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(v[i], out);
  }
  out->push_back(']');
}

}  // namespace

std::string ToJson(const Article& a, const JsonOptions& options) {
  std::string out;
  out.reserve(a.text.size() + 1024);
  out.push_back('{');
  if (!options.path.empty()) {
    Key("path", &out);
    AppendJsonString(options.path, &out);
  }
  Field("url", a.url, &out);
  Field("title", a.title, &out);
  Field("section", a.section, &out);
  Field("dek", a.dek, &out);
  Array("authors", a.authors, &out);
  Field("publisher", a.publisher, &out);
  Field("date_published", a.date_published, &out);
  Field("date_modified", a.date_modified, &out);
  Field("site_name", a.site_name, &out);
  Field("language", a.language, &out);
  Field("language_detected", a.language_detected, &out);
  Field("canonical_url", a.canonical_url, &out);
  Field("description", a.description, &out);
  Key("image", &out);
  out.push_back('{');
  Field("url", a.image.url, &out);
  Field("alt", a.image.alt, &out);
  Field("caption", a.image.caption, &out);
  Field("credit", a.image.credit, &out);
  out.push_back('}');
  Array("tags", a.tags, &out);
  Key("page_type", &out);
  AppendJsonString(a.page_type, &out);
  Key("text", &out);
  AppendJsonString(a.text, &out);
  if (a.comments) Field("comments", a.comments, &out);
  if (options.include_markdown) {
    Key("markdown", &out);
    AppendJsonString(ToMarkdown(a), &out);
  }
  if (options.include_html) {
    Key("html", &out);
    AppendJsonString(ToHtml(a), &out);
  }
  Key("sources", &out);
  out.push_back('{');
  for (const auto& [field, source] : a.sources) {
    if (out.back() != '{') out.push_back(',');
    AppendJsonString(field, &out);
    out.push_back(':');
    AppendJsonString(source, &out);
  }
  out.push_back('}');
  Key("charset", &out);
  AppendJsonString(a.charset, &out);
  // Present only when the decoder repaired doubly-encoded text.
  if (a.mojibake_repaired) {
    Key("mojibake_repaired", &out);
    out += std::to_string(a.mojibake_repaired);
  }
  // Present only when a limit cut the page short.
  if (!a.limits_hit.empty()) Array("limits", a.limits_hit, &out);
  out.push_back('}');
  return out;
}

std::string ToText(const Article& a) { return a.text; }

}  // namespace lede
