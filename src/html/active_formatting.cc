#include "html/active_formatting.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

namespace lede {
namespace {

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

uint64_t HashBytes(std::string_view s) { return HashBytes64(s); }

bool SameAttribute(const Attribute& a, const Attribute& b) {
  return a.name == b.name && a.value == b.value && a.ns == b.ns;
}

}  // namespace

bool SameElementKind(const Node* a, const Node* b) {
  if (a->tag != b->tag || a->ns != b->ns || a->num_attrs != b->num_attrs || a->data != b->data)
    return false;
  const uint32_t n = a->num_attrs;
  if (n <= 16) {
    for (uint32_t i = 0; i < n; ++i) {
      bool found = false;
      for (uint32_t j = 0; j < n && !found; ++j) found = SameAttribute(a->attrs[i], b->attrs[j]);
      if (!found) return false;
    }
    return true;
  }
  // Many attributes: compare sorted copies (names are unique per element).
  auto less = [](const Attribute& x, const Attribute& y) {
    return x.name != y.name ? x.name < y.name : x.ns_prefix() < y.ns_prefix();
  };
  std::vector<Attribute> x(a->attrs, a->attrs + n), y(b->attrs, b->attrs + n);
  std::sort(x.begin(), x.end(), less);
  std::sort(y.begin(), y.end(), less);
  for (uint32_t i = 0; i < n; ++i)
    if (!SameAttribute(x[i], y[i])) return false;
  return true;
}

void ActiveFormattingList::Clear() {
  for (const Entry& e : entries_)
    if (e.node) SetMember(e.node, false);
  entries_.clear();
  markers_ = 0;
  counts_.Clear();
}

void ActiveFormattingList::SetMember(const Node* n, bool on) {
  if (n->eid >= member_.size()) member_.resize(std::max<size_t>(n->eid + 1, member_.size() * 2), 0);
  member_[n->eid] = on;
}

ActiveFormattingList::Entry ActiveFormattingList::MakeEntry(Node* n) const {
  const uint64_t depth = uint64_t(markers_) * 0x9E3779B97F4A7C15ULL;
  const uint64_t tag = (uint64_t(n->tag) << 8) | uint64_t(n->ns);
  Entry e;
  e.node = n;
  e.tag_key = Mix(tag ^ depth ^ 0x5555) | 1;
  if (n->Is(TagId::kA)) {
    // A new <a> first removes the open one (13.2.6.4.7), so there is never
    // more than one after the last marker: the Noah's Ark clause cannot
    // apply and the (most common) formatting element is not fingerprinted.
    e.kind_key = 0;
    return e;
  }
  uint64_t attrs = 0;
  for (uint32_t i = 0; i < n->num_attrs; ++i) {
    const Attribute& a = n->attrs[i];
    attrs += Mix(HashBytes(a.name) * 31 + HashBytes(a.value) * 7 + HashBytes(a.ns_prefix()));
  }
  e.kind_key = Mix(Mix(tag + HashBytes(n->data)) + attrs + n->num_attrs + depth) | 1;
  return e;
}

void ActiveFormattingList::Forget(const Entry& e) {
  if (!e.node) {
    --markers_;
    return;
  }
  SetMember(e.node, false);
  if (e.kind_key) counts_.Sub(e.kind_key);
  counts_.Sub(e.tag_key);
}

void ActiveFormattingList::PushMarker() {
  entries_.push_back(Entry{nullptr, 0, 0});
  ++markers_;
}

void ActiveFormattingList::Push(Node* n) {
  Entry e = MakeEntry(n);
  // Noah's Ark: at most three identical elements after the last marker;
  // the earliest goes.
  if (e.kind_key && counts_.Get(e.kind_key) >= 3) {
    int found = 0;
    for (size_t i = entries_.size(); i-- > 0;) {
      const Entry& x = entries_[i];
      if (!x.node) break;
      if (x.kind_key == e.kind_key && SameElementKind(x.node, n) && ++found == 3) {
        RemoveAt(i);
        break;
      }
    }
  }
  entries_.push_back(e);
  SetMember(n, true);
  if (e.kind_key) counts_.Add(e.kind_key);
  counts_.Add(e.tag_key);
}

void ActiveFormattingList::ClearToLastMarker() {
  while (!entries_.empty()) {
    Entry e = entries_.back();
    entries_.pop_back();
    Forget(e);
    if (!e.node) break;
  }
}

size_t ActiveFormattingList::IndexOf(const Node* n) const {
  for (size_t i = entries_.size(); i-- > 0;)
    if (entries_[i].node == n) return i;
  return kNotFound;
}

void ActiveFormattingList::RemoveAt(size_t i) {
  Forget(entries_[i]);
  entries_.erase(entries_.begin() + ptrdiff_t(i));
}

void ActiveFormattingList::RemoveRange(size_t first, size_t last) {
  for (size_t i = first; i < last; ++i) Forget(entries_[i]);
  entries_.erase(entries_.begin() + ptrdiff_t(first), entries_.begin() + ptrdiff_t(last));
}

void ActiveFormattingList::ReplaceAt(size_t i, Node* n) {
  SetMember(entries_[i].node, false);
  entries_[i].node = n;
  SetMember(n, true);
}

void ActiveFormattingList::InsertAt(size_t i, Node* n) {
  Entry e = MakeEntry(n);
  entries_.insert(entries_.begin() + ptrdiff_t(i), e);
  SetMember(n, true);
  if (e.kind_key) counts_.Add(e.kind_key);
  counts_.Add(e.tag_key);
}

size_t ActiveFormattingList::LastAfterMarker(TagId t) const {
  Entry probe{nullptr, 0, 0};
  {
    const uint64_t depth = uint64_t(markers_) * 0x9E3779B97F4A7C15ULL;
    const uint64_t tag = (uint64_t(t) << 8) | uint64_t(Namespace::kHtml);
    probe.tag_key = Mix(tag ^ depth ^ 0x5555) | 1;
  }
  if (counts_.Get(probe.tag_key) == 0) return kNotFound;
  for (size_t i = entries_.size(); i-- > 0;) {
    const Node* n = entries_[i].node;
    if (!n) break;
    if (n->tag == t && n->ns == Namespace::kHtml) return i;
  }
  return kNotFound;
}

}  // namespace lede
