#include "dom/tag.h"

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
  if (kTags[slot].name != std::string_view(lower, name.size())) return TagId::kUnknown;
  return static_cast<TagId>(slot);
}

TagId LookupLowerCaseTag(std::string_view name) {
  if (name.empty() || name.size() > 16) return TagId::kUnknown;
  uint32_t h = 2166136261u ^ kTagHashSeed;
  for (unsigned char c : name) h = (h ^ c) * 16777619u;
  const uint16_t slot = kTagHashSlots[h & (kTagHashSize - 1)];
  if (slot == 0 || kTags[slot].name != name) return TagId::kUnknown;
  return static_cast<TagId>(slot);
}

std::string_view TagName(TagId id) {
  size_t i = size_t(id);
  return i < std::size(kTags) ? kTags[i].name : std::string_view();
}

}  // namespace lede
