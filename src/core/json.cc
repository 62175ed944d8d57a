#include "core/json.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/text.h"

namespace lede {

const JsonValue* JsonValue::Get(std::string_view key) const {
  for (const JsonMember& m : members())
    if (m.first == key) return &m.second;
  return nullptr;
}

class JsonReader {
 public:
  // `s` is the arena's copy of the source: strings without escapes are
  // views of it.
  JsonReader(std::string_view s, int max_depth, size_t max_values, Arena* arena)
      : s_(s), max_depth_(max_depth), max_values_(max_values), arena_(arena) {
    // (Room for a JSON-LD graph's open members and items, so the stacks
    // rarely grow.)
    members_.reserve(32);
    items_.reserve(16);
  }

  Status Parse(JsonValue* out) {
    SkipSpace();
    return Value(out, 0);
  }
  size_t values() const { return values_; }

 private:
  // (Called before and after every token: the common case, a token right
  // there, is told inline.)
  void SkipSpace() {
    if (i_ < s_.size()) {
      const char c = s_[i_];
      if (!IsAsciiSpace(c) && c != '<' && c != '-' && c != '/' && c != ']') return;
    }
    SkipSpaceAndWrappers();
  }
  [[gnu::noinline]] void SkipSpaceAndWrappers() {
    for (;;) {
      while (i_ < s_.size() && IsAsciiSpace(s_[i_])) ++i_;
      if (i_ >= s_.size()) return;
      // Wrappers pages put around JSON-LD; all start with one of these.
      const char c = s_[i_];
      if (c != '<' && c != '-' && c != '/' && c != ']') return;
      if (Starts("<!--")) { i_ += 4; continue; }
      if (Starts("-->")) { i_ += 3; continue; }
      if (Starts("//<![CDATA[")) { i_ += 11; continue; }
      if (Starts("<![CDATA[")) { i_ += 9; continue; }
      if (Starts("//]]>")) { i_ += 5; continue; }
      if (Starts("]]>")) { i_ += 3; continue; }
      if (Starts("/*")) {
        size_t e = s_.find("*/", i_ + 2);
        i_ = e == std::string_view::npos ? s_.size() : e + 2;
        continue;
      }
      if (Starts("//")) {
        // An XHTML template's CDATA marks behind a line comment and a
        // space, the JSON on the same line ("// <![CDATA[ {...} // ]]>").
        size_t j = i_ + 2;
        while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t')) ++j;
        if (s_.substr(j, 9) == "<![CDATA[") { i_ = j + 9; continue; }
        if (s_.substr(j, 3) == "]]>") { i_ = j + 3; continue; }
        size_t e = s_.find('\n', i_);
        i_ = e == std::string_view::npos ? s_.size() : e + 1;
        continue;
      }
      return;
    }
  }
  bool Starts(std::string_view p) const { return s_.substr(i_, p.size()) == p; }

  Status Error(std::string_view what) {
    return Status::Corrupt("json: " + std::string(what) + " at byte " + std::to_string(i_));
  }

  Status Value(JsonValue* v, int depth) {
    if (depth > max_depth_) return Error("nesting too deep");
    if (i_ >= s_.size()) return Error("unexpected end");
    if (values_ >= max_values_) return Error("too many values");
    ++values_;
    const char c = s_[i_];
    if (c == '{') return Object(v, depth);
    if (c == '[') return Array(v, depth);
    if (c == '"' || c == '\'') {
      v->type_ = JsonValue::Type::kString;
      std::string_view str;
      if (Status st = String(&str); !st.ok()) return st;
      return SetStr(v, str);
    }
    if (Starts("true")) { i_ += 4; v->type_ = JsonValue::Type::kBool; v->bool_ = true; return {}; }
    if (Starts("false")) { i_ += 5; v->type_ = JsonValue::Type::kBool; return {}; }
    if (Starts("null")) { i_ += 4; return {}; }
    if (c == '-' || c == '+' || IsAsciiDigit(c)) {
      size_t b = i_++;
      while (i_ < s_.size() && (IsAsciiDigit(s_[i_]) || s_[i_] == '.' || s_[i_] == 'e' ||
                                s_[i_] == 'E' || s_[i_] == '-' || s_[i_] == '+'))
        ++i_;
      v->type_ = JsonValue::Type::kNumber;
      return SetStr(v, s_.substr(b, i_ - b));
    }
    return Error("unexpected character");
  }

  Status SetStr(JsonValue* v, std::string_view str) {
    if (str.size() > UINT32_MAX) return Error("string past 4 GiB");
    v->ptr_ = str.data();
    v->size_ = uint32_t(str.size());
    return {};
  }

  // Members and items are read onto a stack shared by every level (a
  // nested value's are above its parent's) and moved into the arena, in
  // one piece, when their container closes.
  Status Object(JsonValue* v, int depth) {
    v->type_ = JsonValue::Type::kObject;
    const size_t base = members_.size();
    ++i_;
    for (;;) {
      SkipSpace();
      if (i_ >= s_.size()) return Error("unterminated object");
      if (s_[i_] == '}') {
        ++i_;
        v->ptr_ = Close(&members_, base, &v->size_);
        return {};
      }
      if (s_[i_] == ',') { ++i_; continue; }  // tolerate stray/trailing commas
      std::string_view key;
      if (s_[i_] == '"' || s_[i_] == '\'') {
        Status st = String(&key);
        if (!st.ok()) return st;
      } else {
        // Unquoted key (JavaScript object literal).
        size_t b = i_;
        while (i_ < s_.size() && (IsAsciiAlnum(s_[i_]) || s_[i_] == '_' || s_[i_] == '$' || s_[i_] == '@')) ++i_;
        if (b == i_) return Error("bad object key");
        key = s_.substr(b, i_ - b);
      }
      SkipSpace();
      if (i_ >= s_.size() || s_[i_] != ':') return Error("expected ':'");
      ++i_;
      SkipSpace();
      JsonValue value;
      Status st = Value(&value, depth + 1);
      if (!st.ok()) return st;
      members_.emplace_back(key, value);
      SkipSpace();
    }
  }

  Status Array(JsonValue* v, int depth) {
    v->type_ = JsonValue::Type::kArray;
    const size_t base = items_.size();
    ++i_;
    for (;;) {
      SkipSpace();
      if (i_ >= s_.size()) return Error("unterminated array");
      if (s_[i_] == ']') {
        ++i_;
        v->ptr_ = Close(&items_, base, &v->size_);
        return {};
      }
      if (s_[i_] == ',') { ++i_; continue; }
      JsonValue item;
      Status st = Value(&item, depth + 1);
      if (!st.ok()) return st;
      items_.push_back(item);
    }
  }

  // Moves the stack's entries from `base` on into the arena; returns them.
  template <typename T>
  const T* Close(std::vector<T>* stack, size_t base, uint32_t* size) {
    const size_t n = stack->size() - base;
    *size = uint32_t(n);
    if (n == 0) return nullptr;
    T* out = arena_->NewArray<T>(n);
    std::uninitialized_copy(stack->begin() + ptrdiff_t(base), stack->end(), out);
    stack->resize(base);
    return out;
  }

  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = ToLowerAscii(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  }

  // Four hex digits at `p`, before `end`.
  static bool Hex4(const char* p, const char* end, uint32_t* out) {
    if (end - p < 4) return false;
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      int h = Hex(p[k]);
      if (h < 0) return false;
      v = v * 16 + uint32_t(h);
    }
    *out = v;
    return true;
  }

  // AppendUtf8 into a buffer: writes 1 to 4 bytes, returns the end.
  static char* PutUtf8(uint32_t cp, char* w) {
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (cp < 0x80) {
      *w++ = char(cp);
    } else if (cp < 0x800) {
      *w++ = char(0xC0 | (cp >> 6));
      *w++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *w++ = char(0xE0 | (cp >> 12));
      *w++ = char(0x80 | ((cp >> 6) & 0x3F));
      *w++ = char(0x80 | (cp & 0x3F));
    } else if (cp <= 0x10FFFF) {
      *w++ = char(0xF0 | (cp >> 18));
      *w++ = char(0x80 | ((cp >> 12) & 0x3F));
      *w++ = char(0x80 | ((cp >> 6) & 0x3F));
      *w++ = char(0x80 | (cp & 0x3F));
    } else {
      *w++ = '\xEF'; *w++ = '\xBF'; *w++ = '\xBD';
    }
    return w;
  }

  // A string without escapes (most keys and values) is a view of the
  // source, found with two memchr calls; one with escapes is decoded into
  // the arena (Unescape).
  Status String(std::string_view* result) {
    const char quote = s_[i_++];
    const char* const b = s_.data() + i_;
    const char* const end = s_.data() + s_.size();
    const char* q = static_cast<const char*>(std::memchr(b, quote, size_t(end - b)));
    if (!q) q = end;
    if (const void* backslash = std::memchr(b, '\\', size_t(q - b)))
      return Unescape(quote, b, q, static_cast<const char*>(backslash), result);
    if (q == end) {
      i_ = s_.size();
      return Error("unterminated string");
    }
    *result = std::string_view(b, size_t(q - b));
    i_ = size_t(q - s_.data()) + 1;
    return {};
  }

  // The string that `quote` opened, starting at `b`, with its first
  // escape at `backslash` and its first quote character at `q`. The
  // closing quote is the first one after an even run of backslashes (a
  // quote or backslash is never one of "\u"'s hex digits), so the end is
  // known first and the text decodes into one arena buffer: no escape
  // grows but "\u" without hex digits, two bytes to U+FFFD's three.
  Status Unescape(char quote, const char* b, const char* q, const char* backslash, std::string_view* result) {
    const char* const end = s_.data() + s_.size();
    for (;;) {
      if (q == end) {
        i_ = s_.size();
        return Error("unterminated string");
      }
      size_t run = 0;
      while (q - run > b && q[-1 - ptrdiff_t(run)] == '\\') ++run;
      if (run % 2 == 0) break;
      q = static_cast<const char*>(std::memchr(q + 1, quote, size_t(end - q - 1)));
      if (!q) q = end;
    }
    const size_t n = size_t(q - b);
    char* const out = arena_->NewArray<char>(n + n / 2 + 4);
    char* w = out;
    const char* p = b;
    const char* e = backslash;  // the next escape
    for (;;) {
      std::memcpy(w, p, size_t(e - p));
      w += e - p;
      p = e;
      if (p >= q - 1) break;  // (a backslash right before the quote ends an escape: not here)
      const char c = p[1];
      p += 2;
      switch (c) {
        case 'n': *w++ = '\n'; break;
        case 't': *w++ = '\t'; break;
        case 'r': *w++ = '\r'; break;
        case 'b': *w++ = '\b'; break;
        case 'f': *w++ = '\f'; break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(p, q, &cp)) {
            w = PutUtf8(0xFFFD, w);
            break;
          }
          p += 4;
          uint32_t lo;
          if (cp >= 0xD800 && cp <= 0xDBFF && q - p >= 2 && p[0] == '\\' && p[1] == 'u' && Hex4(p + 2, q, &lo) &&
              lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            p += 6;
          }
          w = PutUtf8(cp, w);
          break;
        }
        default: *w++ = c; break;  // \" \\ \/ \' and unknown escapes
      }
      e = static_cast<const char*>(std::memchr(p, '\\', size_t(q - p)));
      if (!e) e = q;
    }
    *result = std::string_view(out, size_t(w - out));
    i_ = size_t(q - s_.data()) + 1;
    return {};
  }

  std::string_view s_;
  size_t i_ = 0;
  int max_depth_;
  size_t max_values_;
  size_t values_ = 0;
  Arena* arena_;
  std::vector<JsonMember> members_;  // the open objects' members read so far
  std::vector<JsonValue> items_;     // the open arrays' items read so far
};

// The first arena block of a parse: bytes per source byte (the copy, the
// values and members, the decoded strings), plus slack, capped at the
// arena's standard block.
constexpr size_t kJsonArenaPerSourceByte = 4;
constexpr size_t kJsonArenaSlack = 256;
constexpr size_t kJsonArenaFirstBlockMax = 64 * 1024;

Result<JsonDocument> ParseJson(std::string_view text, int max_depth, size_t max_values) {
  // The arena's first block holds the source's copy, its nodes and its
  // decoded strings for most documents: a few times the source, not a
  // standard 64 KiB block for a one-string parse (a data layer's name).
  JsonDocument doc(std::min(text.size() * kJsonArenaPerSourceByte + kJsonArenaSlack, kJsonArenaFirstBlockMax));
  const std::string_view source = doc.arena_.Copy(text);
  JsonReader r(source, max_depth, max_values, &doc.arena_);
  Status st = r.Parse(&doc.root_);
  if (!st.ok()) return st;
  doc.values_ = r.values();
  return doc;
}

}  // namespace lede
