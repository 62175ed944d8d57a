// A small open-addressing map from nonzero 64-bit keys (hashes) to counts,
// used as a filter by the parser's bookkeeping: a zero count answers "none
// of these" without a walk; a nonzero count is confirmed by one.
#ifndef LEDE_HTML_COUNT_MAP_H_
#define LEDE_HTML_COUNT_MAP_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/text.h"  // HashBytes64

namespace lede {

// A small open-addressing map from nonzero 64-bit keys to counts.
class CountMap {
 public:
  void Clear();
  uint32_t Get(uint64_t key) const;
  void Add(uint64_t key);
  void Sub(uint64_t key);

 private:
  struct Slot {
    uint64_t key;
    uint32_t count;
  };
  void Grow();
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace lede

#endif  // LEDE_HTML_COUNT_MAP_H_
