#include "serialize/list_numbering.h"

#include <string_view>

namespace lede {
namespace {

// The digits of kMaxListNumber, the most a list number has.
constexpr size_t DecimalDigits(long v) {
  size_t n = 1;
  for (; v >= 10; v /= 10) ++n;
  return n;
}
constexpr size_t kMaxListDigits = DecimalDigits(kMaxListNumber);

// A list number as the body keeps it: an optional '-' and 1 to
// kMaxListDigits digits (BodyBuilder clamps to kMaxListNumber; a Body built
// by hand may hold anything).
bool ParseListNumber(std::string_view s, long* out) {
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  if (s.empty() || s.size() > kMaxListDigits) return false;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = negative ? -v : v;
  return true;
}

}  // namespace

ListNumbering ReadListNumbering(const Body& b, uint32_t list) {
  ListNumbering out;
  const BodyNode& node = b.nodes[list];
  out.ordered = (node.level & kListOrdered) != 0;
  if (!out.ordered) return out;
  out.reversed = (node.level & kListReversed) != 0;
  const unsigned t = node.level >> kListTypeShift;
  out.type = t < kListNumberTypes.size() ? kListNumberTypes[t] : '1';
  const bool start_given = ParseListNumber(b.str(node), &out.first);
  if (out.reversed && !start_given) {
    long items = 0;
    for (uint32_t c = node.first_child; c; c = b.nodes[c].next_sibling) ++items;
    out.first = items;
  }
  return out;
}

bool ReadItemValue(const Body& b, uint32_t item, long* value) {
  const BodyNode& node = b.nodes[item];
  return node.kind == BodyKind::kListItem && node.str_size && ParseListNumber(b.str(node), value);
}

void AppendListNumber(long number, char type, std::string* out) {
  constexpr long kMaxRoman = 3999;
  if ((type == 'a' || type == 'A') && number >= 1) {
    // Bijective base 26: 1 "a", 26 "z", 27 "aa".
    char buf[16];
    int n = 0;
    for (long v = number; v > 0 && n < 16; v = (v - 1) / 26) buf[n++] = char(type + (v - 1) % 26);
    while (n) out->push_back(buf[--n]);
    return;
  }
  if ((type == 'i' || type == 'I') && number >= 1 && number <= kMaxRoman) {
    static constexpr struct { long value; const char* lower; const char* upper; } kRoman[] = {
        {1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"}, {100, "c", "C"},
        {90, "xc", "XC"}, {50, "l", "L"},    {40, "xl", "XL"}, {10, "x", "X"},   {9, "ix", "IX"},
        {5, "v", "V"},    {4, "iv", "IV"},   {1, "i", "I"}};
    for (const auto& r : kRoman)
      for (; number >= r.value; number -= r.value) out->append(type == 'i' ? r.lower : r.upper);
    return;
  }
  out->append(std::to_string(number));
}

void AppendItemNumber(const Body& b, uint32_t item, const ListNumbering& numbering, long* number,
                      std::string* out) {
  ReadItemValue(b, item, number);
  AppendListNumber(*number, numbering.type, out);
  out->append(". ");
  *number += numbering.reversed ? -1 : 1;
}

}  // namespace lede
