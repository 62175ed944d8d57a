#include "core/arena.h"

#include <algorithm>

namespace lede {

void* Arena::AllocateSlow(size_t bytes, size_t align) {
  // Large requests get their own block so the current one keeps serving
  // small ones; otherwise start a new standard block (growing with use, so
  // a big page does not need thousands of blocks).
  size_t want = bytes + align;
  size_t block = std::max(kBlockSize, std::min<size_t>(usage_ / 2, 8u << 20));
  // An arena sized for a small input starts with its own first block,
  // whatever the first request takes of it.
  if (blocks_.empty() && first_block_ != 0 && want <= first_block_) {
    block = first_block_;
  } else if (want > block / 4) {
    blocks_.push_back({std::unique_ptr<char[]>(new char[want]), want});
    usage_ += want;
    uintptr_t p = reinterpret_cast<uintptr_t>(blocks_.back().data.get());
    p = (p + align - 1) & ~(uintptr_t(align) - 1);
    // ptr_/end_ still point into the current block, which keeps serving.
    return reinterpret_cast<void*>(p);
  }
  blocks_.push_back({std::unique_ptr<char[]>(new char[block]), block});
  usage_ += block;
  ptr_ = blocks_.back().data.get();
  end_ = ptr_ + block;
  uintptr_t p = (reinterpret_cast<uintptr_t>(ptr_) + align - 1) & ~(uintptr_t(align) - 1);
  ptr_ = reinterpret_cast<char*>(p + bytes);
  return reinterpret_cast<void*>(p);
}

void Arena::Reset() {
  if (blocks_.empty()) return;
  auto largest = std::max_element(blocks_.begin(), blocks_.end(),
                                  [](const Block& a, const Block& b) { return a.size < b.size; });
  Block keep = std::move(*largest);
  blocks_.clear();
  usage_ = keep.size;
  blocks_.push_back(std::move(keep));
  ptr_ = blocks_.back().data.get();
  end_ = ptr_ + blocks_.back().size;
}

}  // namespace lede
