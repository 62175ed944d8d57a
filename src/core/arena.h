// Arena: a bump allocator. Everything allocated from it is freed at once, by
// Reset() or the destructor. Reset() keeps the largest block for reuse, so a
// parser that handles many pages allocates from the heap only while pages
// grow. Objects placed here must be trivially destructible.
//
// Not thread-safe. Move-only.
#ifndef LEDE_CORE_ARENA_H_
#define LEDE_CORE_ARENA_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace lede {

class Arena {
 public:
  Arena() = default;
  // An arena whose first block is `first_block` bytes (a small parse's:
  // sized from its input), the standard blocks after it.
  explicit Arena(size_t first_block) : first_block_(first_block) {}
  // The moved-from arena is left empty (no block, nothing to bump into).
  Arena(Arena&& o) noexcept
      : blocks_(std::move(o.blocks_)),
        ptr_(std::exchange(o.ptr_, nullptr)),
        end_(std::exchange(o.end_, nullptr)),
        usage_(std::exchange(o.usage_, 0)),
        first_block_(o.first_block_) {
    o.blocks_.clear();
  }
  Arena& operator=(Arena&& o) noexcept {
    if (this != &o) {
      blocks_ = std::move(o.blocks_);
      o.blocks_.clear();
      ptr_ = std::exchange(o.ptr_, nullptr);
      end_ = std::exchange(o.end_, nullptr);
      usage_ = std::exchange(o.usage_, 0);
      first_block_ = o.first_block_;
    }
    return *this;
  }
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Returns `bytes` bytes aligned to `align` (a power of two <= 16).
  void* Allocate(size_t bytes, size_t align = alignof(std::max_align_t)) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(ptr_) + align - 1) & ~(uintptr_t(align) - 1);
    if (ptr_ != nullptr && p + bytes <= reinterpret_cast<uintptr_t>(end_)) {
      ptr_ = reinterpret_cast<char*>(p + bytes);
      return reinterpret_cast<void*>(p);
    }
    return AllocateSlow(bytes, align);
  }

  template <typename T, typename... Args>
  T* New(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (Allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  template <typename T>
  T* NewArray(size_t n) {
    static_assert(std::is_trivially_destructible_v<T>);
    return static_cast<T*>(Allocate(sizeof(T) * n, alignof(T)));
  }

  // Copies `s` into the arena; the view lives as long as the arena.
  std::string_view Copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(Allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  // Frees everything; keeps the largest block.
  void Reset();

  // Bytes obtained from the heap (capacity, not use).
  size_t MemoryUsage() const { return usage_; }

 private:
  void* AllocateSlow(size_t bytes, size_t align);

  static constexpr size_t kBlockSize = 64 * 1024;
  struct Block {
    std::unique_ptr<char[]> data;
    size_t size;
  };
  std::vector<Block> blocks_;
  char* ptr_ = nullptr;
  char* end_ = nullptr;
  size_t usage_ = 0;
  size_t first_block_ = 0;  // the first block's size; 0: a standard block
};

}  // namespace lede

#endif  // LEDE_CORE_ARENA_H_
