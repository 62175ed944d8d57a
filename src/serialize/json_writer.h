// JSON string escaping shared by the JSON writer and tools.
#ifndef LEDE_SERIALIZE_JSON_WRITER_H_
#define LEDE_SERIALIZE_JSON_WRITER_H_

#include <string>
#include <string_view>

namespace lede {

// Appends `s` as a quoted JSON string. Invalid UTF-8 becomes U+FFFD, so the
// output always parses as UTF-8 JSON.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace lede

#endif  // LEDE_SERIALIZE_JSON_WRITER_H_
