#include "core/json.h"

#include <cstring>

#include "core/text.h"

namespace lede {

const JsonValue* JsonValue::Get(std::string_view key) const {
  if (type_ != Type::kObject) return nullptr;
  for (const auto& m : members_)
    if (m.first == key) return &m.second;
  return nullptr;
}

class JsonReader {
 public:
  JsonReader(std::string_view s, int max_depth) : s_(s), max_depth_(max_depth) {}

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
      v->str_.assign(s_.substr(b, i_ - b));
      return {};
    }
    return Error("unexpected character");
  }

  Status Object(JsonValue* v, int depth) {
    v->type_ = JsonValue::Type::kObject;
    // Room for several members at once: most objects have some (a JSON-LD
    // node's "@type", "@id", "name", "url", dates, an author, an image),
    // and growing one at a time moves them over and over.
    v->members_.reserve(8);
    ++i_;
    for (;;) {
      SkipSpace();
      if (i_ >= s_.size()) return Error("unterminated object");
      if (s_[i_] == '}') { ++i_; return {}; }
      if (s_[i_] == ',') { ++i_; continue; }  // tolerate stray/trailing commas
      // The key is made in place: read into the new member.
      auto& member = v->members_.emplace_back();
      if (s_[i_] == '"' || s_[i_] == '\'') {
        Status st = String(&member.first);
        if (!st.ok()) return st;
      } else {
        // Unquoted key (JavaScript object literal).
        size_t b = i_;
        while (i_ < s_.size() && (IsAsciiAlnum(s_[i_]) || s_[i_] == '_' || s_[i_] == '$' || s_[i_] == '@')) ++i_;
        if (b == i_) return Error("bad object key");
        member.first.assign(s_.substr(b, i_ - b));
      }
      SkipSpace();
      if (i_ >= s_.size() || s_[i_] != ':') return Error("expected ':'");
      ++i_;
      SkipSpace();
      Status st = Value(&member.second, depth + 1);
      if (!st.ok()) return st;
      SkipSpace();
    }
  }

  Status Array(JsonValue* v, int depth) {
    v->type_ = JsonValue::Type::kArray;
    ++i_;
    for (;;) {
      SkipSpace();
      if (i_ >= s_.size()) return Error("unterminated array");
      if (s_[i_] == ']') { ++i_; return {}; }
      if (s_[i_] == ',') { ++i_; continue; }
      v->items_.emplace_back();
      Status st = Value(&v->items_.back(), depth + 1);
      if (!st.ok()) return st;
    }
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

  Status String(std::string* out) {
    const char quote = s_[i_++];
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
      if (const void* e = std::memchr(b, '\\', run)) run = size_t(static_cast<const char*>(e) - b);
      out->append(b, run);
      i_ += run;
      if (i_ >= s_.size()) return Error("unterminated string");
      if (s_[i_] == quote) { ++i_; return {}; }
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
};

Result<JsonValue> ParseJson(std::string_view text, int max_depth) {
  JsonValue v;
  JsonReader r(text, max_depth);
  Status st = r.Parse(&v);
  if (!st.ok()) return st;
  return v;
}

}  // namespace lede
