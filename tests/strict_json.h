// A strict RFC 8259 JSON checker for tests and fuzzers: the whole input must
// be exactly one JSON value (whitespace around it allowed), every string must
// be valid UTF-8 with only the escapes the RFC allows, and no raw control
// characters. lede's own reader (core/json.h) is lenient on purpose, so it
// cannot vouch for what the JSON writer emits; this can.
#ifndef LEDE_TESTS_STRICT_JSON_H_
#define LEDE_TESTS_STRICT_JSON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::testing {

// Length of the well-formed UTF-8 sequence at s[i] (Unicode Table 3-7: no
// overlong forms, no surrogates, nothing past U+10FFFF), or 0.
inline size_t StrictUtf8SequenceLength(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c == 0xE0) need = 2, lo = 0xA0;
  else if (c >= 0xE1 && c <= 0xEC) need = 2;
  else if (c == 0xED) need = 2, hi = 0x9F;
  else if (c >= 0xEE && c <= 0xEF) need = 2;
  else if (c == 0xF0) need = 3, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) need = 3;
  else if (c == 0xF4) need = 3, hi = 0x8F;
  else return 0;
  if (i + need >= s.size()) return 0;
  for (size_t k = 1; k <= need; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if (k == 1 ? (cc < lo || cc > hi) : (cc < 0x80 || cc > 0xBF)) return 0;
  }
  return need + 1;
}

// True if `s` is entirely well-formed UTF-8.
inline bool IsStrictUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const size_t len = StrictUtf8SequenceLength(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

// Returns "" when `s` is valid, else a short description and the byte offset.
// Iterative (an explicit stack), so deep input cannot overflow the C++ stack.
inline std::string CheckStrictJson(std::string_view s) {
  size_t i = 0;
  auto err = [&](const char* what) { return std::string(what) + " at byte " + std::to_string(i); };
  auto ws = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  };
  auto hex4 = [&](unsigned* v) {
    if (i + 4 > s.size()) return false;
    *v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s[i + k];
      unsigned d;
      if (c >= '0' && c <= '9') d = unsigned(c - '0');
      else if (c >= 'a' && c <= 'f') d = unsigned(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') d = unsigned(c - 'A' + 10);
      else return false;
      *v = *v * 16 + d;
    }
    i += 4;
    return true;
  };
  // One string starting at s[i] == '"'.
  auto string = [&]() -> std::string {
    ++i;
    while (i < s.size()) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '"') { ++i; return ""; }
      if (c < 0x20) return err("raw control character in string");
      if (c == '\\') {
        ++i;
        if (i >= s.size()) return err("truncated escape");
        const char e = s[i++];
        if (e == 'u') {
          unsigned v;
          if (!hex4(&v)) return err("bad \\u escape");
          if (v >= 0xD800 && v <= 0xDBFF) {  // needs a low surrogate escape next
            unsigned lo;
            if (i + 2 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return err("lone high surrogate");
            i += 2;
            if (!hex4(&lo) || lo < 0xDC00 || lo > 0xDFFF) return err("bad low surrogate");
          } else if (v >= 0xDC00 && v <= 0xDFFF) {
            return err("lone low surrogate");
          }
        } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' &&
                   e != 'r' && e != 't') {
          return err("bad escape");
        }
        continue;
      }
      const size_t len = StrictUtf8SequenceLength(s, i);
      if (len == 0) return err("invalid UTF-8");
      i += len;
    }
    return err("unterminated string");
  };
  auto number = [&]() -> std::string {
    if (s[i] == '-') ++i;
    auto digits = [&] {
      size_t b = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      return i - b;
    };
    if (i < s.size() && s[i] == '0') ++i;
    else if (digits() == 0) return err("bad number");
    if (i < s.size() && s[i] == '.') { ++i; if (digits() == 0) return err("bad fraction"); }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      ++i;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      if (digits() == 0) return err("bad exponent");
    }
    return "";
  };
  // Containers on an explicit stack: '{' or '['.
  std::vector<char> stack;
  for (;;) {
    // Expect a value.
    ws();
    if (i >= s.size()) return err("expected a value");
    const char c = s[i];
    if (c == '{' || c == '[') {
      stack.push_back(c);
      ++i;
      ws();
      if (i < s.size() && s[i] == (c == '{' ? '}' : ']')) {
        ++i;
        stack.pop_back();
      } else if (c == '{') {
        if (i >= s.size() || s[i] != '"') return err("expected a key");
        if (std::string e = string(); !e.empty()) return e;
        ws();
        if (i >= s.size() || s[i] != ':') return err("expected ':'");
        ++i;
        continue;
      } else {
        continue;
      }
    } else if (c == '"') {
      if (std::string e = string(); !e.empty()) return e;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      if (std::string e = number(); !e.empty()) return e;
    } else if (s.substr(i, 4) == "true" || s.substr(i, 4) == "null") {
      i += 4;
    } else if (s.substr(i, 5) == "false") {
      i += 5;
    } else {
      return err("unexpected character");
    }
    // After a value: close containers or go on with ','.
    for (;;) {
      ws();
      if (stack.empty()) {
        if (i != s.size()) return err("trailing bytes after the value");
        return "";
      }
      if (i >= s.size()) return err("unterminated container");
      const char open = stack.back();
      if (s[i] == (open == '{' ? '}' : ']')) {
        ++i;
        stack.pop_back();
        continue;
      }
      if (s[i] != ',') return err("expected ',' or a closing bracket");
      ++i;
      if (open == '{') {
        ws();
        if (i >= s.size() || s[i] != '"') return err("expected a key");
        if (std::string e = string(); !e.empty()) return e;
        ws();
        if (i >= s.size() || s[i] != ':') return err("expected ':'");
        ++i;
      }
      break;
    }
  }
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_STRICT_JSON_H_
