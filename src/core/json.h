// A small, lenient JSON reader for embedded data (JSON-LD, Next.js state).
// Lenient where pages are sloppy: raw control characters in strings, trailing
// commas, HTML comment / CDATA wrappers around the value. Depth and size are
// bounded; malformed input yields an error, never a crash.
//
// A parsed value is a `JsonDocument`: the root `JsonValue` and the arena
// that holds every node and string under it, freed together (no allocation
// per node or per string). Strings without escapes are views into the
// arena's copy of the source; numbers are views of their source text.
#ifndef LEDE_CORE_JSON_H_
#define LEDE_CORE_JSON_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

#include "core/arena.h"
#include "lede/status.h"

namespace lede {

class JsonValue;
using JsonMember = std::pair<std::string_view, JsonValue>;

// One node of a parsed value. Trivially destructible: the nodes live in
// their JsonDocument's arena, and views into them live as long as it does.
// Sixteen bytes: a page's JSON-LD of tiny values (`[1,1,...]`) holds one
// per two source bytes, so its size is the parse's memory.
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
  std::string_view str() const {
    return is_string() || is_number() ? std::string_view(static_cast<const char*>(ptr_), size_) : std::string_view();
  }
  bool boolean() const { return bool_; }
  std::span<const JsonValue> items() const {
    return is_array() ? std::span<const JsonValue>(static_cast<const JsonValue*>(ptr_), size_)
                      : std::span<const JsonValue>();
  }
  std::span<const JsonMember> members() const {
    return is_object() ? std::span<const JsonMember>(static_cast<const JsonMember*>(ptr_), size_)
                       : std::span<const JsonMember>();
  }

  // Member lookup (first match); nullptr if absent or not an object.
  const JsonValue* Get(std::string_view key) const;

 private:
  friend class JsonReader;
  Type type_ = Type::kNull;
  bool bool_ = false;
  uint32_t size_ = 0;          // items, members, or the string's bytes
  const void* ptr_ = nullptr;  // JsonValue[size_], JsonMember[size_] or the string's chars
};
static_assert(sizeof(JsonValue) == 16);

// A parsed value and the arena that holds its nodes and strings. Movable
// (the nodes stay where they are); the JsonValues under it, and the views
// they hold, live as long as it does. The value is reached through root():
// a JsonValue copied out of it still points into its arena, so a document
// does not convert to one (`JsonValue v = ParseJson(s).value()` does not
// compile).
class JsonDocument {
 public:
  JsonDocument() = default;
  JsonDocument(JsonDocument&&) noexcept = default;
  JsonDocument& operator=(JsonDocument&&) noexcept = default;

  const JsonValue& root() const { return root_; }
  // Bytes its arena took from the heap.
  size_t MemoryUsage() const { return arena_.MemoryUsage(); }
  // Values read (every number, string, literal, array and object, the root
  // included; object keys are not values).
  size_t values() const { return values_; }

 private:
  friend Result<JsonDocument> ParseJson(std::string_view text, int max_depth, size_t max_values);
  explicit JsonDocument(size_t first_block) : arena_(first_block) {}
  JsonValue root_;
  size_t values_ = 0;
  Arena arena_;
};

// Parses one JSON value from `text` (copied: the result does not refer to
// it). Trailing garbage after the value is ignored (pages append `;` and
// comments). A value holding more than `max_values` values (see values())
// is an error, as one nested deeper than `max_depth` is: the parse's memory
// is about 16 bytes a value (32 a member) beside the copy, so a caller
// reading untrusted text bounds it. A string past 4 GiB is an error too.
Result<JsonDocument> ParseJson(std::string_view text, int max_depth = 64, size_t max_values = SIZE_MAX);

}  // namespace lede

#endif  // LEDE_CORE_JSON_H_
