#include "html/count_map.h"

#include <cstring>
#include <utility>

namespace lede {

void CountMap::Clear() {
  if (used_ == 0) return;
  for (Slot& s : slots_) s = Slot{0, 0};
  used_ = 0;
}

uint32_t CountMap::Get(uint64_t key) const {
  if (slots_.empty()) return 0;
  const size_t mask = slots_.size() - 1;
  for (size_t i = size_t(key) & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return slots_[i].count;
    if (slots_[i].key == 0) return 0;
  }
}

void CountMap::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{0, 0});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.key) continue;
    size_t i = size_t(s.key) & mask;
    while (slots_[i].key) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void CountMap::Add(uint64_t key) {
  if (2 * (used_ + 1) > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  size_t i = size_t(key) & mask;
  while (slots_[i].key && slots_[i].key != key) i = (i + 1) & mask;
  if (!slots_[i].key) {
    slots_[i].key = key;
    ++used_;
  }
  ++slots_[i].count;
}

void CountMap::Sub(uint64_t key) {
  if (slots_.empty()) return;
  const size_t mask = slots_.size() - 1;
  size_t i = size_t(key) & mask;
  while (slots_[i].key != key) {
    if (!slots_[i].key) return;
    i = (i + 1) & mask;
  }
  if (--slots_[i].count) return;
  // Backward-shift deletion keeps probe chains intact without tombstones.
  --used_;
  for (size_t j = (i + 1) & mask;; j = (j + 1) & mask) {
    if (!slots_[j].key) break;
    const size_t home = size_t(slots_[j].key) & mask;
    // Move j into the hole at i if j's home is not in (i, j].
    if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
      slots_[i] = slots_[j];
      i = j;
    }
  }
  slots_[i] = Slot{0, 0};
}

}  // namespace lede
