// The HTML tokenizer. Section numbers are those of the WHATWG HTML Living
// Standard, 13.2.5 "Tokenization".
//
// How the spec's 80 states map onto this file:
// - The text states (data, RCDATA, RAWTEXT, script data and its escape
//   states, PLAINTEXT, CDATA section) scan runs with ScanFor* and emit one
//   character token per run. A run is flushed only where markup may start,
//   so the tree builder sees "a&amp;b" as one token.
// - The markup states (tag open through self-closing start tag, the comment
//   states, the DOCTYPE states) run from '<' to the closing '>' in one call:
//   the state a tag is in never has to survive between calls.
// - The character reference states (13.2.5.72-80) are one function that
//   returns the replacement, called from the states that have a return state.
// States that only report parse errors (comment less-than sign states) have
// no code of their own; their transitions are noted where they happen.
#include "html/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "core/text.h"
#include "html/scan.h"

namespace lede {

enum class Tokenizer::State : uint8_t {
  kData,
  kRcdata,
  kRawtext,
  kScriptData,
  kPlaintext,
  kCdataSection,
  kTagOpen,         // text was flushed; p_ is at the '<' of markup
  kEndTagPending,   // text was flushed; p_ is at an appropriate "</name"
  kEof,
};

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

inline bool IsHtmlSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f'; }

// Bytes that end the fast path of the tag name state (13.2.5.8): the
// delimiters, and the characters that need rewriting (upper case, NUL).
struct ByteClass {
  bool tag_name_stop[256] = {};
  bool attr_name_stop[256] = {};
  bool unquoted_stop[256] = {};
  constexpr ByteClass() {
    for (int c : {' ', '\n', '\t', '\f', '/', '>', '\0'}) tag_name_stop[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) tag_name_stop[c] = true;
    for (int c : {' ', '\n', '\t', '\f', '/', '>', '=', '\0'}) attr_name_stop[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) attr_name_stop[c] = true;
    for (int c : {' ', '\n', '\t', '\f', '&', '>', '\0'}) unquoted_stop[c] = true;
  }
};
constexpr ByteClass kClass;

// The first byte in [p, end) that `stop` marks, or `end`. The scans of
// tag and attribute names run on a local pointer: a loop on the member p_
// stores it back at every byte (the bytes it reads are chars, which may
// alias it). (Not the scans of spaces and unquoted values: their runs are
// short, and there the local copy costs more than it saves.)
// (Four bytes a turn while four are left: one bound test for four bytes,
// the name's bytes looked up one by one as before.)
inline const char* SkipUntil(const char* p, const char* end, const bool (&stop)[256]) {
  while (end - p >= 4) {
    if (stop[uint8_t(p[0])]) return p;
    if (stop[uint8_t(p[1])]) return p + 1;
    if (stop[uint8_t(p[2])]) return p + 2;
    if (stop[uint8_t(p[3])]) return p + 3;
    p += 4;
  }
  while (p < end && !stop[uint8_t(*p)]) ++p;
  return p;
}

struct Entity {
  std::string_view name;
  std::string_view value;
};

#define LEDE_ENTITY_LIMITS
#include "html/entities.inc"
#undef LEDE_ENTITY_LIMITS

constexpr Entity kEntities[] = {
#define LEDE_ENTITY(name, value) {name, std::string_view(value, sizeof(value) - 1)},
#include "html/entities.inc"
#undef LEDE_ENTITY
};
static_assert(std::size(kEntities) == kEntityCount);

// Where the names that open with each byte start in kEntities (sorted by
// name): [b] to [b + 1]. A lookup searches its first byte's range only,
// some fifty names at most, not the 2,231.
constexpr auto kEntityFirstByteStart = [] {
  std::array<uint16_t, 257> start{};
  size_t i = 0;
  for (size_t b = 0; b < 256; ++b) {
    start[b] = uint16_t(i);
    while (i < std::size(kEntities) && static_cast<unsigned char>(kEntities[i].name[0]) == b) ++i;
  }
  start[256] = uint16_t(i);
  return start;
}();
static_assert(kEntityFirstByteStart[256] == kEntityCount, "kEntities is sorted by name");

const Entity* FindEntity(std::string_view name) {
  if (name.empty()) return nullptr;
  const unsigned char b = static_cast<unsigned char>(name[0]);
  const Entity* const first = kEntities + kEntityFirstByteStart[b];
  const Entity* const last = kEntities + kEntityFirstByteStart[b + 1];
  const Entity* it =
      std::lower_bound(first, last, name, [](const Entity& e, std::string_view n) { return e.name < n; });
  return it != last && it->name == name ? it : nullptr;
}

size_t EncodeUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = char(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = char(0xC0 | (cp >> 6));
    out[1] = char(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = char(0xE0 | (cp >> 12));
    out[1] = char(0x80 | ((cp >> 6) & 0x3F));
    out[2] = char(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (cp >> 18));
  out[1] = char(0x80 | ((cp >> 12) & 0x3F));
  out[2] = char(0x80 | ((cp >> 6) & 0x3F));
  out[3] = char(0x80 | (cp & 0x3F));
  return 4;
}

bool EqualsLowerAscii(const char* p, std::string_view lower) {
  for (size_t i = 0; i < lower.size(); ++i)
    if (ToLowerAscii(p[i]) != lower[i]) return false;
  return true;
}

uint32_t HashName(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

}  // namespace

// 13.2.5.72 Character reference state, 13.2.5.73 Named character reference
// state, 13.2.5.74 Ambiguous ampersand state, 13.2.5.75-79 the numeric
// character reference states, 13.2.5.80 Numeric character reference end
// state.
size_t DecodeCharacterReference(const char* p, const char* end, bool in_attribute, char* out,
                                size_t* out_len) {
  const char* q = p + 1;
  if (q >= end) return 0;
  if (*q == '#') {
    // 13.2.5.75 Numeric character reference state
    const char* r = q + 1;
    bool hex = false;
    if (r < end && (*r == 'x' || *r == 'X')) {
      hex = true;  // 13.2.5.76 Hexadecimal character reference start state
      ++r;
    }
    const char* digits = r;
    uint32_t v = 0;
    if (hex) {
      // 13.2.5.78 Hexadecimal character reference state
      for (; r < end; ++r) {
        unsigned char c = *r;
        uint32_t d;
        if (IsAsciiDigit(c)) d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        else break;
        v = v > 0x10FFFF ? v : v * 16 + d;
      }
    } else {
      // 13.2.5.77 / 13.2.5.79 Decimal character reference states
      for (; r < end && IsAsciiDigit(*r); ++r) v = v > 0x10FFFF ? v : v * 10 + uint32_t(*r - '0');
    }
    // absence-of-digits-in-numeric-character-reference: "&#" stays text.
    if (r == digits) return 0;
    if (r < end && *r == ';') ++r;  // else missing-semicolon-after-character-reference
    // 13.2.5.80 Numeric character reference end state
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD;
    else if (v >= 0x80 && v <= 0x9F) v = kC1AsWindows1252[v - 0x80];  // 13.2.5.80
    *out_len = EncodeUtf8(v, out);
    return size_t(r - p);
  }
  if (!IsAsciiAlnum(*q)) return 0;  // not a character reference: '&' is text
  // 13.2.5.73 Named character reference state: the longest name in the
  // table that the input starts with. Names are alphanumeric; the ones that
  // need a ';' can only match the whole alphanumeric run plus ';'.
  const char* r = q;
  const char* lim = end - q > ptrdiff_t(kEntityMaxName) ? q + kEntityMaxName : end;
  while (r < lim && IsAsciiAlnum(*r)) ++r;
  const Entity* e = nullptr;
  size_t len = 0;
  if (r < end && *r == ';') {
    e = FindEntity(std::string_view(q, size_t(r - q) + 1));
    if (e) len = size_t(r - q) + 1;
  }
  if (!e) {
    for (size_t n = std::min<size_t>(size_t(r - q), kEntityMaxLegacyName); n >= 2 && !e; --n) {
      e = FindEntity(std::string_view(q, n));
      if (e) len = n;
    }
  }
  // 13.2.5.74 Ambiguous ampersand state: no match, the text stays as is.
  if (!e) return 0;
  if (in_attribute && q[len - 1] != ';' && q + len < end && (q[len] == '=' || IsAsciiAlnum(q[len])))
    return 0;  // historical reasons: "&copy=1" in a URL stays as written
  std::memcpy(out, e->value.data(), e->value.size());
  *out_len = e->value.size();
  return 1 + len;
}

void Tokenizer::Reset(std::string_view input, Arena* arena) {
  arena_ = arena;
  // 13.2.3.5 Preprocessing the input stream: CR LF and lone CR become LF.
  if (const void* first_cr = std::memchr(input.data(), '\r', input.size())) {
    char* buf = static_cast<char*>(arena->Allocate(input.size(), 1));
    char* out = buf;
    const char* src = input.data();
    const char* const end = src + input.size();
    const char* cr = static_cast<const char*>(first_cr);
    // Copy the runs between CRs whole (memchr/memcpy), not byte by byte.
    for (;;) {
      std::memcpy(out, src, size_t(cr - src));
      out += cr - src;
      *out++ = '\n';
      src = cr + 1;
      if (src < end && *src == '\n') ++src;
      cr = static_cast<const char*>(std::memchr(src, '\r', size_t(end - src)));
      if (!cr) break;
    }
    std::memcpy(out, src, size_t(end - src));
    out += end - src;
    input = std::string_view(buf, size_t(out - buf));
  }
  begin_ = p_ = input.data();
  end_ = begin_ + input.size();
  state_ = State::kData;
  cdata_allowed_ = false;
  last_start_tag_ = {};
  BeginText();
}

void Tokenizer::SetContentModel(ContentModel model) {
  switch (model) {
    case ContentModel::kData: state_ = State::kData; break;
    case ContentModel::kRcdata: state_ = State::kRcdata; break;
    case ContentModel::kRawtext: state_ = State::kRawtext; break;
    case ContentModel::kScriptData: state_ = State::kScriptData; break;
    case ContentModel::kPlaintext: state_ = State::kPlaintext; break;
    case ContentModel::kCdataSection: state_ = State::kCdataSection; break;
  }
  BeginText();
}

bool Tokenizer::EmitText(Token* t) {
  std::string_view data;
  if (text_in_scratch_) {
    scratch_.append(text_begin_, p_);
    data = Stable(scratch_);
  } else {
    if (p_ == text_begin_) return false;
    data = std::string_view(text_begin_, size_t(p_ - text_begin_));
  }
  t->type = TokenType::kCharacters;
  t->data = data;
  t->has_nul = text_has_nul_;
  BeginText();
  return true;
}

// The decoded form of input [text_begin_ .. raw_end) + `s` replaces it in the
// pending run; the input resumes `skip` bytes after raw_end.
void Tokenizer::AppendDecoded(std::string_view s, const char* raw_end, size_t skip) {
  if (!text_in_scratch_) {
    scratch_.clear();
    text_in_scratch_ = true;
  }
  scratch_.append(text_begin_, raw_end);
  scratch_.append(s);
  p_ = raw_end + skip;
  text_begin_ = p_;
}

void Tokenizer::Next(Token* t) {
  t->has_nul = false;
  t->self_closing = false;
  t->attrs = nullptr;
  t->num_attrs = 0;
  for (;;) {
    switch (state_) {
      case State::kData: {
        // 13.2.5.1 Data state
        for (;;) {
          const char* q = ScanFor3(p_, end_, '<', '&', '\0');
          p_ = q;
          if (q == end_) {
            if (EmitText(t)) {
              state_ = State::kEof;
              return;
            }
            state_ = State::kEof;
            t->type = TokenType::kEof;
            return;
          }
          const char c = *q;
          if (c == '<') {
            // Markup can start here only if 13.2.5.6 Tag open state would
            // not emit the '<' as text; flush the run first.
            if (q + 1 < end_) {
              const unsigned char n = q[1];
              if (IsAsciiAlpha(n) || n == '!' || n == '?' || (n == '/' && q + 2 < end_)) {
                if (EmitText(t)) {
                  state_ = State::kTagOpen;
                  return;
                }
                if (TagOpen(t)) return;
                break;  // nothing emitted ("</>"): re-dispatch on state_
              }
            }
            ++p_;  // invalid-first-character-of-tag-name: '<' is text
            continue;
          }
          if (c == '&') {
            // 13.2.5.72 Character reference state (return state: data)
            char buf[8];
            size_t n;
            size_t used = DecodeCharacterReference(q, end_, false, buf, &n);
            if (used) AppendDecoded(std::string_view(buf, n), q, used);
            else ++p_;
            continue;
          }
          // U+0000: unexpected-null-character; emitted as is.
          text_has_nul_ = true;
          ++p_;
        }
        break;
      }
      case State::kTagOpen:
        state_ = State::kData;
        if (TagOpen(t)) return;
        break;
      case State::kEndTagPending: {
        state_ = State::kData;
        StartEndTagAfterName(t, p_ + 2 + last_start_tag_.size());
        return;
      }
      case State::kRcdata:
        if (RcdataOrRawtext(t, true)) return;
        break;
      case State::kRawtext:
        if (RcdataOrRawtext(t, false)) return;
        break;
      case State::kScriptData:
        if (ScriptData(t)) return;
        break;
      case State::kPlaintext:
        if (Plaintext(t)) return;
        break;
      case State::kCdataSection:
        if (CdataSection(t)) return;
        break;
      case State::kEof:
        t->type = TokenType::kEof;
        return;
    }
  }
}

// 13.2.5.6 Tag open state. p_ is at '<' and the next character exists.
// Returns true when a token was emitted; otherwise state_ says what is next.
bool Tokenizer::TagOpen(Token* t) {
  const char* q = p_ + 1;
  const char c = *q;
  if (c == '!') {
    // 13.2.5.42 Markup declaration open state
    p_ = q + 1;
    if (end_ - p_ >= 2 && p_[0] == '-' && p_[1] == '-') {
      p_ += 2;
      return Comment(t);
    }
    if (end_ - p_ >= 7 && EqualsLowerAscii(p_, "doctype")) {
      p_ += 7;
      Doctype(t);
      return true;
    }
    if (end_ - p_ >= 7 && std::memcmp(p_, "[CDATA[", 7) == 0 && cdata_allowed_) {
      p_ += 7;
      state_ = State::kCdataSection;
      BeginText();
      return false;
    }
    // incorrectly-opened-comment, or cdata-in-html-content (whose comment
    // data "[CDATA[..." is what the bogus comment state collects anyway).
    BogusComment(t, p_);
    return true;
  }
  if (c == '/') {
    p_ = q + 1;
    return EndTagOpen(t);
  }
  if (c == '?') {
    // unexpected-question-mark-instead-of-tag-name: a comment holding "?..."
    BogusComment(t, q);
    return true;
  }
  // ASCII alpha: a start tag.
  p_ = q;
  return ReadTagName(t, false);
}

// 13.2.5.7 End tag open state. p_ is after "</" and not at the end.
bool Tokenizer::EndTagOpen(Token* t) {
  const unsigned char c = *p_;
  if (IsAsciiAlpha(c)) return ReadTagName(t, true);
  if (c == '>') {
    // missing-end-tag-name: nothing is emitted.
    ++p_;
    BeginText();
    return false;
  }
  // invalid-first-character-of-tag-name
  BogusComment(t, p_);
  return true;
}

// 13.2.5.8 Tag name state, then the attribute states. p_ is at the first
// letter of the name.
bool Tokenizer::ReadTagName(Token* t, bool end_tag) {
  const char* s = p_;
  p_ = SkipUntil(p_, end_, kClass.tag_name_stop);
  std::string_view name;
  bool copied = false;
  if (p_ < end_ && (IsAsciiAlpha(*p_) || *p_ == '\0')) {
    // Upper case (lowered) or NUL (U+FFFD): the slow path.
    name_buf_.assign(s, p_);
    for (; p_ < end_; ++p_) {
      const char c = *p_;
      if (IsHtmlSpace(c) || c == '/' || c == '>') break;
      if (c == '\0') name_buf_.append(kReplacement);
      else name_buf_.push_back(ToLowerAscii(c));
    }
    name = name_buf_;
    copied = true;
  } else {
    name = std::string_view(s, size_t(p_ - s));
  }
  if (p_ == end_) {
    // eof-in-tag: the tag is dropped.
    state_ = State::kEof;
    t->type = TokenType::kEof;
    return true;
  }
  t->tag = LookupLowerCaseTag(name);
  if (t->tag != TagId::kUnknown) t->name = TagName(t->tag);
  else t->name = copied ? arena_->Copy(name) : name;
  t->type = end_tag ? TokenType::kEndTag : TokenType::kStartTag;
  if (!ReadAttributes(t)) {
    state_ = State::kEof;
    t->type = TokenType::kEof;
    return true;
  }
  FinishTag(t);
  return true;
}

// An appropriate end tag in RCDATA, RAWTEXT or script data: `after_name` is
// just past the name (13.2.5.11, 13.2.5.14, 13.2.5.17, 13.2.5.25 "end tag
// name" states, when the name is appropriate).
void Tokenizer::StartEndTagAfterName(Token* t, const char* after_name) {
  p_ = after_name;
  t->type = TokenType::kEndTag;
  t->name = last_start_tag_;
  t->tag = LookupLowerCaseTag(last_start_tag_);
  if (!ReadAttributes(t)) {
    state_ = State::kEof;
    t->type = TokenType::kEof;
    return;
  }
  state_ = State::kData;
  FinishTag(t);
}

// (Out of line: the tokenizer's loop keeps FinishTag inlined.)
[[gnu::noinline, gnu::cold]] static void ValuedAttributesFirst(std::vector<Attribute>* attrs) {
  std::stable_partition(attrs->begin(), attrs->end(), [](const Attribute& a) { return !a.value.empty(); });
}

[[gnu::always_inline]] inline void Tokenizer::FinishTag(Token* t) {
  if (t->type == TokenType::kStartTag) {
    // The first kMaxAttributes distinct names (Node::num_attrs is one byte;
    // the rest are dropped, as a duplicate is). Past the cap the ones with
    // a value go first: the runs of bare names that overflow it are words
    // an unclosed tag took in ("a <b words words ..."), and a class, id or
    // href written after them is kept, not a 256th word.
    if (attrs_.size() > kMaxAttributes) [[unlikely]]
      ValuedAttributesFirst(&attrs_);
    t->attrs = attrs_.data();
    t->num_attrs = uint32_t(std::min<size_t>(attrs_.size(), kMaxAttributes));
    last_start_tag_ = t->name;
  } else {
    // end-tag-with-attributes / end-tag-with-trailing-solidus: dropped.
    t->attrs = nullptr;
    t->num_attrs = 0;
    t->self_closing = false;
  }
  BeginText();
}

bool Tokenizer::DuplicateAttribute(std::string_view name) {
  const size_t n = attrs_.size();
  if (n < 16) {
    for (const Attribute& a : attrs_)
      if (a.name == name) return true;
    return false;
  }
  // Many attributes: a hash set over the names seen, so a tag with a
  // million attributes stays linear. Rebuilt (doubling) when it fills.
  if (attr_hash_n_ != n || attr_hash_.size() < 2 * (n + 1)) {
    size_t size = 64;
    while (size < 4 * (n + 1)) size *= 2;
    attr_hash_.assign(size, 0);
    for (size_t i = 0; i < n; ++i) {
      size_t h = HashName(attrs_[i].name) & (size - 1);
      while (attr_hash_[h]) h = (h + 1) & (size - 1);
      attr_hash_[h] = uint32_t(i + 1);
    }
    attr_hash_n_ = n;
  }
  const size_t mask = attr_hash_.size() - 1;
  size_t h = HashName(name) & mask;
  while (uint32_t v = attr_hash_[h]) {
    if (attrs_[v - 1].name == name) return true;
    h = (h + 1) & mask;
  }
  return false;
}

void Tokenizer::AddAttribute(std::string_view name) {
  const size_t n = attrs_.size();
  attrs_.push_back(Attribute{name, {}, {}});
  if (attr_hash_n_ == n && n >= 16 && attr_hash_.size() >= 2 * (n + 2)) {
    const size_t mask = attr_hash_.size() - 1;
    size_t h = HashName(name) & mask;
    while (attr_hash_[h]) h = (h + 1) & mask;
    attr_hash_[h] = uint32_t(n + 1);
    attr_hash_n_ = n + 1;
  }
}

// 13.2.5.33 Attribute name state. `start` is the first character of the name
// (an '=' there belongs to the name: 13.2.5.32). Leaves p_ after the name.
// Returns false at the end of the input.
bool Tokenizer::ReadAttributeName(const char* start) {
  p_ = SkipUntil(p_, end_, kClass.attr_name_stop);
  if (p_ == end_) return false;
  std::string_view name;
  if (IsAsciiAlpha(*p_) || *p_ == '\0') {
    name_buf_.assign(start, p_);
    for (; p_ < end_; ++p_) {
      const char c = *p_;
      if (IsHtmlSpace(c) || c == '/' || c == '>' || c == '=') break;
      if (c == '\0') name_buf_.append(kReplacement);
      else name_buf_.push_back(ToLowerAscii(c));
    }
    if (p_ == end_) return false;
    name = arena_->Copy(name_buf_);
  } else {
    name = std::string_view(start, size_t(p_ - start));
  }
  // On leaving the attribute name state: duplicate-attribute drops the new one.
  attr_dropped_ = !attrs_.empty() && DuplicateAttribute(name);
  if (!attr_dropped_) AddAttribute(name);
  return true;
}

// 13.2.5.35 Before attribute value state through 13.2.5.38. p_ is after '='.
// Returns false at the end of the input (eof-in-tag).
bool Tokenizer::ReadAttributeValue() {
  while (p_ < end_ && IsHtmlSpace(*p_)) ++p_;
  if (p_ == end_) return false;
  const char q0 = *p_;
  if (q0 == '>') return true;  // missing-attribute-value: the value is empty
  std::string_view value;
  bool decoded = false;
  const char* seg;
  if (q0 == '"' || q0 == '\'') {
    // 13.2.5.36 Attribute value (double-quoted) state
    // 13.2.5.37 Attribute value (single-quoted) state
    ++p_;
    const char* vs = p_;
    seg = p_;
    for (;;) {
      const char* q = ScanFor3(p_, end_, q0, '&', '\0');
      if (q == end_) return false;
      if (*q == q0) {
        if (decoded) {
          value_buf_.append(seg, q);
          value = arena_->Copy(value_buf_);
        } else {
          value = std::string_view(vs, size_t(q - vs));
        }
        p_ = q + 1;
        break;
      }
      char buf[8];
      size_t n = 0, used = 1;
      if (*q == '&') {
        used = DecodeCharacterReference(q, end_, true, buf, &n);
        if (!used) {
          p_ = q + 1;
          continue;
        }
      } else {
        std::memcpy(buf, kReplacement, 3);  // unexpected-null-character
        n = 3;
      }
      if (!decoded) {
        value_buf_.clear();
        decoded = true;
      }
      value_buf_.append(seg, q);
      value_buf_.append(buf, n);
      p_ = q + used;
      seg = p_;
    }
    // 13.2.5.39 After attribute value (quoted) state: whatever follows goes
    // through the before attribute name state (missing-whitespace-between-
    // attributes is only an error).
  } else {
    // 13.2.5.38 Attribute value (unquoted) state
    const char* vs = p_;
    seg = p_;
    for (;;) {
      while (p_ < end_ && !kClass.unquoted_stop[uint8_t(*p_)]) ++p_;
      if (p_ == end_) return false;
      const char c = *p_;
      if (c == '&' || c == '\0') {
        char buf[8];
        size_t n = 0, used = 1;
        if (c == '&') {
          used = DecodeCharacterReference(p_, end_, true, buf, &n);
          if (!used) {
            ++p_;
            continue;
          }
        } else {
          std::memcpy(buf, kReplacement, 3);
          n = 3;
        }
        if (!decoded) {
          value_buf_.clear();
          decoded = true;
        }
        value_buf_.append(seg, p_);
        value_buf_.append(buf, n);
        p_ += used;
        seg = p_;
        continue;
      }
      break;  // whitespace or '>'
    }
    if (decoded) {
      value_buf_.append(seg, p_);
      value = arena_->Copy(value_buf_);
    } else {
      value = std::string_view(vs, size_t(p_ - vs));
    }
  }
  if (!attr_dropped_) attrs_.back().value = value;
  return true;
}

// 13.2.5.32 Before attribute name state and the states after it, up to the
// '>' that emits the tag. Returns false at the end of the input.
bool Tokenizer::ReadAttributes(Token* t) {
  attrs_.clear();
  attr_hash_n_ = 0;
  for (;;) {
    while (p_ < end_ && IsHtmlSpace(*p_)) ++p_;
    if (p_ == end_) return false;
    char c = *p_;
    if (c == '>') {
      ++p_;
      return true;
    }
    if (c == '/') {
      // 13.2.5.40 Self-closing start tag state
      ++p_;
      if (p_ == end_) return false;
      if (*p_ == '>') {
        ++p_;
        t->self_closing = true;
        return true;
      }
      continue;  // unexpected-solidus-in-tag: reconsume before attribute name
    }
    const char* start = p_;
    if (c == '=') ++p_;  // unexpected-equals-sign-before-attribute-name
    if (!ReadAttributeName(start)) return false;
    // 13.2.5.34 After attribute name state
    while (p_ < end_ && IsHtmlSpace(*p_)) ++p_;
    if (p_ == end_) return false;
    if (*p_ == '=') {
      ++p_;
      if (!ReadAttributeValue()) return false;
    }
    // Otherwise the value is empty and '/', '>' or the next name follow.
  }
}

// 13.2.5.43 Comment start state through 13.2.5.52 Comment end bang state.
// p_ is after "<!--". The comment data is always a slice of the input
// (every state appends exactly the characters it consumed), so only NULs
// force a copy. The comment less-than sign states (13.2.5.46-49) change no
// data and only report nested-comment; they are folded into the comment
// state.
bool Tokenizer::Comment(Token* t) {
  const char* ds = p_;
  const char* de = nullptr;
  enum { kComment, kEndDash, kEnd } st = kComment;
  if (p_ < end_ && *p_ == '>') {
    ++p_;  // abrupt-closing-of-empty-comment
    de = ds;
  } else if (p_ < end_ && *p_ == '-') {
    // 13.2.5.44 Comment start dash state
    ++p_;
    if (p_ == end_) {
      de = ds;  // eof-in-comment
    } else if (*p_ == '>') {
      ++p_;
      de = ds;  // abrupt-closing-of-empty-comment
    } else if (*p_ == '-') {
      ++p_;
      st = kEnd;
    }
  }
  while (!de) {
    if (st == kComment) {
      // 13.2.5.45 Comment state
      const char* q = ScanFor2(p_, end_, '-', '\0');
      if (q == end_) {
        p_ = end_;
        de = end_;  // eof-in-comment
        break;
      }
      p_ = q + 1;
      if (*q == '-') st = kEndDash;
      continue;
    }
    if (st == kEndDash) {
      // 13.2.5.50 Comment end dash state: data is [ds, p_ - 1)
      if (p_ == end_) {
        de = p_ - 1;
        break;
      }
      if (*p_ == '-') {
        ++p_;
        st = kEnd;
      } else {
        st = kComment;
      }
      continue;
    }
    // 13.2.5.51 Comment end state: data is [ds, p_ - 2)
    if (p_ == end_) {
      de = p_ - 2;
      break;
    }
    const char c = *p_;
    if (c == '>') {
      de = p_ - 2;
      ++p_;
      break;
    }
    if (c == '-') {
      ++p_;
      continue;
    }
    if (c == '!') {
      // 13.2.5.52 Comment end bang state: data is [ds, p_ - 3)
      ++p_;
      if (p_ == end_) {
        de = p_ - 3;
        break;
      }
      if (*p_ == '>') {
        de = p_ - 3;
        ++p_;
        break;
      }
      if (*p_ == '-') {
        ++p_;
        st = kEndDash;
        continue;
      }
    }
    st = kComment;
  }
  std::string_view data(ds, size_t(de - ds));
  if (std::memchr(data.data(), '\0', data.size())) {
    value_buf_.clear();
    for (char c : data) {
      if (c == '\0') value_buf_.append(kReplacement);
      else value_buf_.push_back(c);
    }
    data = arena_->Copy(value_buf_);
  }
  t->type = TokenType::kComment;
  t->data = data;
  BeginText();
  return true;
}

// 13.2.5.41 Bogus comment state: the data runs from `start` to the next '>'.
void Tokenizer::BogusComment(Token* t, const char* start) {
  const char* gt = static_cast<const char*>(std::memchr(start, '>', size_t(end_ - start)));
  const char* de = gt ? gt : end_;
  std::string_view data(start, size_t(de - start));
  if (std::memchr(data.data(), '\0', data.size())) {
    value_buf_.clear();
    for (char c : data) {
      if (c == '\0') value_buf_.append(kReplacement);
      else value_buf_.push_back(c);
    }
    data = arena_->Copy(value_buf_);
  }
  p_ = gt ? gt + 1 : end_;
  t->type = TokenType::kComment;
  t->data = data;
  BeginText();
}

// 13.2.5.53 DOCTYPE state through 13.2.5.68 Bogus DOCTYPE state. p_ is after
// "<!DOCTYPE". Rare, so character by character.
void Tokenizer::Doctype(Token* t) {
  t->type = TokenType::kDoctype;
  t->force_quirks = false;
  t->has_name = t->has_public_id = t->has_system_id = false;
  t->name = t->public_id = t->system_id = {};
  name_buf_.clear();
  std::string pub, sys;
  enum {
    kDoctypeState, kBeforeName, kName, kAfterName, kAfterPublicKeyword, kBeforePublicId, kPublicIdDq,
    kPublicIdSq, kAfterPublicId, kBetweenIds, kAfterSystemKeyword, kBeforeSystemId, kSystemIdDq,
    kSystemIdSq, kAfterSystemId, kBogus
  } st = kDoctypeState;
  bool done = false;
  while (!done) {
    if (p_ == end_) {
      // eof-in-doctype: force-quirks (except in the bogus DOCTYPE state,
      // which keeps the flag as it is).
      if (st != kBogus) t->force_quirks = true;
      break;
    }
    const char c = *p_;
    switch (st) {
      case kDoctypeState:  // 13.2.5.53 DOCTYPE state
        if (IsHtmlSpace(c)) ++p_;
        st = kBeforeName;  // '>' and others: reconsume
        break;
      case kBeforeName:  // 13.2.5.54 Before DOCTYPE name state
        if (IsHtmlSpace(c)) {
          ++p_;
        } else if (c == '>') {
          ++p_;
          t->force_quirks = true;  // missing-doctype-name
          done = true;
        } else {
          t->has_name = true;
          st = kName;
        }
        break;
      case kName:  // 13.2.5.55 DOCTYPE name state
        ++p_;
        if (IsHtmlSpace(c)) st = kAfterName;
        else if (c == '>') done = true;
        else if (c == '\0') name_buf_.append(kReplacement);
        else name_buf_.push_back(ToLowerAscii(c));
        break;
      case kAfterName:  // 13.2.5.56 After DOCTYPE name state
        if (IsHtmlSpace(c)) {
          ++p_;
        } else if (c == '>') {
          ++p_;
          done = true;
        } else if (end_ - p_ >= 6 && EqualsLowerAscii(p_, "public")) {
          p_ += 6;
          st = kAfterPublicKeyword;
        } else if (end_ - p_ >= 6 && EqualsLowerAscii(p_, "system")) {
          p_ += 6;
          st = kAfterSystemKeyword;
        } else {
          t->force_quirks = true;  // invalid-character-sequence-after-doctype-name
          st = kBogus;
        }
        break;
      // The public and the system identifier's keyword and what follows
      // it, one logic for both.
      case kAfterPublicKeyword:  // 13.2.5.57
      case kBeforePublicId:      // 13.2.5.58
      case kAfterSystemKeyword:  // 13.2.5.63
      case kBeforeSystemId: {    // 13.2.5.64
        const bool pub_id = st == kAfterPublicKeyword || st == kBeforePublicId;
        if (IsHtmlSpace(c)) {
          ++p_;
          st = pub_id ? kBeforePublicId : kBeforeSystemId;
        } else if (c == '"' || c == '\'') {
          ++p_;
          (pub_id ? t->has_public_id : t->has_system_id) = true;
          st = pub_id ? (c == '"' ? kPublicIdDq : kPublicIdSq) : (c == '"' ? kSystemIdDq : kSystemIdSq);
        } else if (c == '>') {
          ++p_;
          t->force_quirks = true;  // missing-doctype-{public,system}-identifier
          done = true;
        } else {
          t->force_quirks = true;  // missing-quote-before-doctype-{public,system}-identifier
          st = kBogus;
        }
        break;
      }
      case kPublicIdDq:  // 13.2.5.59
      case kPublicIdSq:  // 13.2.5.60
      case kSystemIdDq:  // 13.2.5.65
      case kSystemIdSq: {  // 13.2.5.66
        const bool pub_id = st == kPublicIdDq || st == kPublicIdSq;
        const char quote = (st == kPublicIdDq || st == kSystemIdDq) ? '"' : '\'';
        std::string& id = pub_id ? pub : sys;
        ++p_;
        if (c == quote) {
          st = pub_id ? kAfterPublicId : kAfterSystemId;
        } else if (c == '>') {
          t->force_quirks = true;  // abrupt-doctype-{public,system}-identifier
          done = true;
        } else if (c == '\0') {
          id.append(kReplacement);
        } else {
          id.push_back(c);
        }
        break;
      }
      case kAfterPublicId:  // 13.2.5.61
      case kBetweenIds:     // 13.2.5.62
        if (IsHtmlSpace(c)) {
          ++p_;
          st = kBetweenIds;
        } else if (c == '>') {
          ++p_;
          done = true;
        } else if (c == '"' || c == '\'') {
          ++p_;
          t->has_system_id = true;
          st = c == '"' ? kSystemIdDq : kSystemIdSq;
        } else {
          t->force_quirks = true;  // missing-quote-before-doctype-system-identifier
          st = kBogus;
        }
        break;
      case kAfterSystemId:  // 13.2.5.67
        if (IsHtmlSpace(c)) {
          ++p_;
        } else if (c == '>') {
          ++p_;
          done = true;
        } else {
          st = kBogus;  // unexpected-character-after-doctype-system-identifier (no quirks)
        }
        break;
      case kBogus: {  // 13.2.5.68 Bogus DOCTYPE state
        const char* gt = static_cast<const char*>(std::memchr(p_, '>', size_t(end_ - p_)));
        p_ = gt ? gt + 1 : end_;
        done = gt != nullptr;
        if (!gt) {
          // EOF in the bogus DOCTYPE state emits the DOCTYPE as is.
          goto emit;
        }
        break;
      }
    }
  }
emit:
  if (t->has_name) t->name = arena_->Copy(name_buf_);
  if (t->has_public_id) t->public_id = arena_->Copy(pub);
  if (t->has_system_id) t->system_id = arena_->Copy(sys);
  BeginText();
}

// 13.2.5.69 CDATA section state, 13.2.5.70 CDATA section bracket state,
// 13.2.5.71 CDATA section end state: the text runs to the first "]]>".
bool Tokenizer::CdataSection(Token* t) {
  const char* q = p_;
  const char* close = nullptr;
  while (q < end_) {
    q = static_cast<const char*>(std::memchr(q, ']', size_t(end_ - q)));
    if (!q) break;
    if (end_ - q >= 3 && q[1] == ']' && q[2] == '>') {
      close = q;
      break;
    }
    ++q;
  }
  p_ = close ? close : end_;  // no "]]>": eof-in-cdata
  text_has_nul_ = std::memchr(text_begin_, '\0', size_t(p_ - text_begin_)) != nullptr;
  const bool emitted = EmitText(t);
  p_ = close ? close + 3 : end_;
  state_ = State::kData;
  BeginText();
  return emitted;
}

// True if `p` starts an appropriate end tag (13.2.5.11 and the like): "</",
// the last start tag's name in any case, then whitespace, '/' or '>'.
bool Tokenizer::AppropriateEndTagAt(const char* p) const {
  const size_t n = last_start_tag_.size();
  if (n == 0 || end_ - p < ptrdiff_t(n + 3) || p[1] != '/') return false;
  if (!EqualsLowerAscii(p + 2, last_start_tag_)) return false;
  const char c = p[2 + n];
  return IsHtmlSpace(c) || c == '/' || c == '>';
}

// 13.2.5.2 RCDATA state (with character references) and 13.2.5.3 RAWTEXT
// state; their less-than sign and end tag states (13.2.5.9-14) reduce to
// AppropriateEndTagAt: anything else after '<' is text.
bool Tokenizer::RcdataOrRawtext(Token* t, bool rcdata) {
  for (;;) {
    const char* q = rcdata ? ScanFor3(p_, end_, '<', '&', '\0') : ScanFor2(p_, end_, '<', '\0');
    p_ = q;
    if (q == end_) {
      if (!EmitText(t)) t->type = TokenType::kEof;
      state_ = State::kEof;
      return true;
    }
    if (*q == '<') {
      if (AppropriateEndTagAt(q)) {
        if (EmitText(t)) {
          state_ = State::kEndTagPending;
          return true;
        }
        StartEndTagAfterName(t, q + 2 + last_start_tag_.size());
        return true;
      }
      ++p_;
      continue;
    }
    if (*q == '&') {
      char buf[8];
      size_t n;
      size_t used = DecodeCharacterReference(q, end_, false, buf, &n);
      if (used) AppendDecoded(std::string_view(buf, n), q, used);
      else ++p_;
      continue;
    }
    AppendDecoded(kReplacement, q, 1);  // unexpected-null-character
  }
}

// 13.2.5.4 Script data state and the script data escape states
// (13.2.5.15-31). Everything up to the appropriate end tag is one run of
// text; the escape states only decide where that end tag may appear.
bool Tokenizer::ScriptData(Token* t) {
  enum {
    kScript,                  // 13.2.5.4
    kEscaped,                 // 13.2.5.20
    kEscapedDash,             // 13.2.5.21
    kEscapedDashDash,         // 13.2.5.22
    kDoubleEscaped,           // 13.2.5.27
    kDoubleEscapedDash,       // 13.2.5.28
    kDoubleEscapedDashDash,   // 13.2.5.29
  } s = kScript;
  const char* end_tag = nullptr;
  while (!end_tag) {
    if (p_ == end_) break;
    if (s == kScript || s == kEscaped || s == kDoubleEscaped) {
      const char* q = s == kScript ? ScanFor2(p_, end_, '<', '\0') : ScanFor3(p_, end_, '<', '-', '\0');
      p_ = q;
      if (q == end_) break;
    }
    const char* q = p_;
    const char c = *q;
    if (c == '\0') {
      AppendDecoded(kReplacement, q, 1);  // unexpected-null-character
      if (s != kScript) s = (s >= kDoubleEscaped) ? kDoubleEscaped : kEscaped;
      continue;
    }
    switch (s) {
      case kScript:
        // 13.2.5.15 Script data less-than sign state
        if (AppropriateEndTagAt(q)) {
          end_tag = q;  // 13.2.5.16-17 end tag open / end tag name
        } else if (end_ - q >= 4 && q[1] == '!' && q[2] == '-' && q[3] == '-') {
          // 13.2.5.18 Script data escape start state, 13.2.5.19 ... dash state
          p_ = q + 4;
          s = kEscapedDashDash;
        } else {
          ++p_;
        }
        break;
      case kEscaped:
      case kEscapedDash:
      case kEscapedDashDash:
        if (c == '-') {
          ++p_;
          s = s == kEscaped ? kEscapedDash : kEscapedDashDash;
        } else if (c == '<') {
          // 13.2.5.23 Script data escaped less-than sign state
          if (AppropriateEndTagAt(q)) {
            end_tag = q;  // 13.2.5.24-25
          } else if (end_ - q >= 8 && EqualsLowerAscii(q + 1, "script") &&
                     (IsHtmlSpace(q[7]) || q[7] == '/' || q[7] == '>')) {
            // 13.2.5.26 Script data double escape start state
            p_ = q + 8;
            s = kDoubleEscaped;
          } else {
            ++p_;
            s = kEscaped;
          }
        } else if (c == '>' && s == kEscapedDashDash) {
          ++p_;
          s = kScript;
        } else {
          ++p_;
          s = kEscaped;
        }
        break;
      case kDoubleEscaped:
      case kDoubleEscapedDash:
      case kDoubleEscapedDashDash:
        if (c == '-') {
          ++p_;
          s = s == kDoubleEscaped ? kDoubleEscapedDash : kDoubleEscapedDashDash;
        } else if (c == '<') {
          // 13.2.5.30 Script data double escaped less-than sign state,
          // 13.2.5.31 Script data double escape end state
          if (end_ - q >= 9 && q[1] == '/' && EqualsLowerAscii(q + 2, "script") &&
              (IsHtmlSpace(q[8]) || q[8] == '/' || q[8] == '>')) {
            p_ = q + 9;
            s = kEscaped;
          } else {
            ++p_;
            s = kDoubleEscaped;
          }
        } else if (c == '>' && s == kDoubleEscapedDashDash) {
          ++p_;
          s = kScript;
        } else {
          ++p_;
          s = kDoubleEscaped;
        }
        break;
    }
  }
  if (!end_tag) {
    // eof-in-script-html-comment-like-text (in the escaped states) or EOF.
    p_ = end_;
    if (!EmitText(t)) t->type = TokenType::kEof;
    state_ = State::kEof;
    return true;
  }
  p_ = end_tag;
  if (EmitText(t)) {
    state_ = State::kEndTagPending;
    return true;
  }
  StartEndTagAfterName(t, end_tag + 2 + last_start_tag_.size());
  return true;
}

// 13.2.5.5 PLAINTEXT state: the rest of the input is text.
bool Tokenizer::Plaintext(Token* t) {
  for (;;) {
    const char* q = static_cast<const char*>(std::memchr(p_, '\0', size_t(end_ - p_)));
    if (!q) break;
    AppendDecoded(kReplacement, q, 1);
  }
  p_ = end_;
  if (!EmitText(t)) t->type = TokenType::kEof;
  state_ = State::kEof;
  return true;
}

std::string DecodeCharacterReferences(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    const char* amp = static_cast<const char*>(std::memchr(p, '&', size_t(end - p)));
    if (!amp) {
      out.append(p, size_t(end - p));
      break;
    }
    out.append(p, size_t(amp - p));
    char buf[8];
    size_t len = 0;
    const size_t used = DecodeCharacterReference(amp, end, /*in_attribute=*/false, buf, &len);
    // Only complete references ("&amp;"): outside HTML, "AT&Tnotes" is text.
    if (used == 0 || amp[used - 1] != ';') {
      out.push_back('&');
      p = amp + 1;
    } else {
      out.append(buf, len);
      p = amp + used;
    }
  }
  return out;
}

}  // namespace lede
