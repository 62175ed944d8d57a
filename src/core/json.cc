#include "core/json.h"

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
  JsonReader(std::string_view s, int max_depth, Arena* arena) : s_(s), max_depth_(max_depth), arena_(arena) {}

  Status Parse(JsonValue* out) {
    SkipSpace();
    return Value(out, 0);
  }

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
    const char c = s_[i_];
    if (c == '{') return Object(v, depth);
    if (c == '[') return Array(v, depth);
    if (c == '"' || c == '\'') {
      v->type_ = JsonValue::Type::kString;
      return String(&v->str_);
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
      v->str_ = s_.substr(b, i_ - b);
      return {};
    }
    return Error("unexpected character");
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
        v->children_ = Close(&members_, base, &v->size_);
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
        v->children_ = Close(&items_, base, &v->size_);
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

  bool Hex4(uint32_t* out) {
    if (i_ + 4 > s_.size()) return false;
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      int h = Hex(s_[i_ + k]);
      if (h < 0) return false;
      v = v * 16 + uint32_t(h);
    }
    i_ += 4;
    *out = v;
    return true;
  }

  // A string without escapes is a view of the source; one with escapes is
  // decoded into `unescaped_` and copied into the arena.
  Status String(std::string_view* result) {
    const char quote = s_[i_++];
    std::string* const out = &unescaped_;
    bool escaped = false;
    const char* const end = s_.data() + s_.size();
    const char* q = nullptr;  // the next quote character at or after i_
    for (;;) {
      // The run up to the closing quote or the next escape, found with
      // memchr (long values: articleBody, descriptions). The quote is
      // searched again only once an escape took i_ past it, so a string
      // full of escapes is still read once.
      const char* const b = s_.data() + i_;
      if (!q || q < b) {
        q = static_cast<const char*>(std::memchr(b, quote, size_t(end - b)));
        if (!q) q = end;
      }
      size_t run = size_t(q - b);
      const void* const backslash = std::memchr(b, '\\', run);
      if (!backslash && !escaped) {  // (the common case: no escape at all)
        i_ += run;
        if (i_ >= s_.size()) return Error("unterminated string");
        *result = std::string_view(b, run);
        ++i_;
        return {};
      }
      if (backslash) run = size_t(static_cast<const char*>(backslash) - b);
      if (!escaped) out->clear();
      escaped = true;
      out->append(b, run);
      i_ += run;
      if (i_ >= s_.size()) return Error("unterminated string");
      if (s_[i_] == quote) {
        ++i_;
        *result = arena_->Copy(*out);
        return {};
      }
      // Escape.
      if (++i_ >= s_.size()) return Error("unterminated escape");
      const char e = s_[i_++];
      switch (e) {
        case 'n': out->push_back('\n'); break;
        case 't': out->push_back('\t'); break;
        case 'r': out->push_back('\r'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(&cp)) { out->append("\xEF\xBF\xBD"); break; }
          if (cp >= 0xD800 && cp <= 0xDBFF && Starts("\\u")) {
            size_t save = i_;
            i_ += 2;
            uint32_t lo;
            if (Hex4(&lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else {
              i_ = save;
            }
          }
          AppendUtf8(cp, out);
          break;
        }
        default: out->push_back(e); break;  // \" \\ \/ \' and unknown escapes
      }
    }
  }

  std::string_view s_;
  size_t i_ = 0;
  int max_depth_;
  Arena* arena_;
  std::vector<JsonMember> members_;  // the open objects' members read so far
  std::vector<JsonValue> items_;     // the open arrays' items read so far
  std::string unescaped_;            // the string being decoded
};

Result<JsonDocument> ParseJson(std::string_view text, int max_depth) {
  JsonDocument doc;
  const std::string_view source = doc.arena_.Copy(text);
  JsonReader r(source, max_depth, &doc.arena_);
  Status st = r.Parse(&doc);
  if (!st.ok()) return st;
  return doc;
}

}  // namespace lede
