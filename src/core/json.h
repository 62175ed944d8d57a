// A small, lenient JSON reader for embedded data (JSON-LD, Next.js state).
// Lenient where pages are sloppy: raw control characters in strings, trailing
// commas, HTML comment / CDATA wrappers around the value. Depth and size are
// bounded; malformed input yields an error, never a crash.
#ifndef LEDE_CORE_JSON_H_
#define LEDE_CORE_JSON_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/status.h"

namespace lede {

class JsonValue {
 public:
  enum class Type : uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_bool() const { return type_ == Type::kBool; }

  // String value (decoded), or the number's source text; empty otherwise.
  const std::string& str() const { return str_; }
  bool boolean() const { return bool_; }
  const std::vector<JsonValue>& items() const { return items_; }
  const std::vector<std::pair<std::string, JsonValue>>& members() const { return members_; }

  // Member lookup (first match); nullptr if absent or not an object.
  const JsonValue* Get(std::string_view key) const;

 private:
  friend class JsonReader;
  Type type_ = Type::kNull;
  bool bool_ = false;
  std::string str_;
  std::vector<JsonValue> items_;
  std::vector<std::pair<std::string, JsonValue>> members_;
};

// Parses one JSON value from `text`. Trailing garbage after the value is
// ignored (pages append `;` and comments).
Result<JsonValue> ParseJson(std::string_view text, int max_depth = 64);

}  // namespace lede

#endif  // LEDE_CORE_JSON_H_
