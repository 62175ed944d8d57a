#include "dom/tag.h"

#include <cstdint>
#include <cstring>

#include "core/text.h"

namespace lede {
namespace {

// (Each tag's flags are in the header: tag_internal::kTagFlagsById.)
struct TagInfo {
  std::string_view name;
};

constexpr TagInfo kTags[] = {
    {""},
#define LEDE_TAG(id, name, flags) {name},
#include "dom/tags.inc"
#undef LEDE_TAG
};

#define LEDE_TAG_HASH
#include "dom/tags.inc"
#undef LEDE_TAG_HASH

static_assert(std::size(kTags) == size_t(TagId::kCount));
// SameShortBytes compares 16 bytes at most (its first and last 8): a
// longer tag name's middle bytes would go unread, any name of its length
// and hash taken for it.
static_assert(
    [] {
      for (const TagInfo& t : kTags)
        if (t.name.size() > 16) return false;
      return true;
    }(),
    "tag names are 16 bytes at most (SameShortBytes)");

// Whether the `n` bytes (at most 16) at `a` and `b` are equal, compared
// inline with whole loads that may overlap: every start tag's name is
// looked up, and a library compare call cost more than the lookup.
inline bool SameShortBytes(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    uint64_t a0, b0, a1, b1;
    std::memcpy(&a0, a, 8);
    std::memcpy(&b0, b, 8);
    std::memcpy(&a1, a + n - 8, 8);
    std::memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4) {
    uint32_t a0, b0, a1, b1;
    std::memcpy(&a0, a, 4);
    std::memcpy(&b0, b, 4);
    std::memcpy(&a1, a + n - 4, 4);
    std::memcpy(&b1, b + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace

TagId LookupTag(std::string_view name) {
  if (name.empty() || name.size() > 16) return TagId::kUnknown;
  // FNV-1a over the lower-cased bytes, as in gen/gen_tags.py.
  uint32_t h = 2166136261u ^ kTagHashSeed;
  char lower[16];
  for (size_t i = 0; i < name.size(); ++i) {
    lower[i] = ToLowerAscii(name[i]);
    h ^= static_cast<unsigned char>(lower[i]);
    h *= 16777619u;
  }
  const uint16_t slot = kTagHashSlots[h & (kTagHashSize - 1)];
  if (slot == 0) return TagId::kUnknown;
  if (kTags[slot].name.size() != name.size() || !SameShortBytes(kTags[slot].name.data(), lower, name.size()))
    return TagId::kUnknown;
  return static_cast<TagId>(slot);
}

TagId LookupLowerCaseTag(std::string_view name) {
  if (name.empty() || name.size() > 16) return TagId::kUnknown;
  uint32_t h = 2166136261u ^ kTagHashSeed;
  for (unsigned char c : name) h = (h ^ c) * 16777619u;
  const uint16_t slot = kTagHashSlots[h & (kTagHashSize - 1)];
  if (slot == 0 || kTags[slot].name.size() != name.size() ||
      !SameShortBytes(kTags[slot].name.data(), name.data(), name.size()))
    return TagId::kUnknown;
  return static_cast<TagId>(slot);
}

std::string_view TagName(TagId id) {
  size_t i = size_t(id);
  return i < std::size(kTags) ? kTags[i].name : std::string_view();
}

}  // namespace lede
