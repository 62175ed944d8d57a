// The list of active formatting elements (WHATWG HTML 13.2.4.3).
//
// Entries are elements or markers. Besides the list itself it keeps counts
// keyed by (tag, markers before) and by (tag, attributes, markers before), so
// the questions the tree builder asks most ("is there an <a> after the last
// marker?", the Noah's Ark clause's "three identical elements?") are
// answered without walking a list that hostile input makes 1e5 long. The
// counts are filters: a walk still confirms every hit.
//
// Membership is tracked per Node::id. Not thread-safe; reusable (Clear()).
#ifndef LEDE_HTML_ACTIVE_FORMATTING_H_
#define LEDE_HTML_ACTIVE_FORMATTING_H_

#include <cstdint>
#include <vector>

#include "dom/document.h"
#include "html/count_map.h"

namespace lede {

// True if `a` and `b` have the same tag name, namespace and attributes (the
// Noah's Ark comparison).
bool SameElementKind(const Node* a, const Node* b);

class ActiveFormattingList {
 public:
  static constexpr size_t kNotFound = ~size_t(0);

  void Clear();
  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  // Element of entry `i`; nullptr for a marker.
  Node* At(size_t i) const { return entries_[i].node; }

  void PushMarker();
  // Pushes `n`, first applying the Noah's Ark clause (13.2.4.3).
  void Push(Node* n);
  // Removes entries up to and including the last marker.
  void ClearToLastMarker();

  bool Contains(const Node* n) const { return n->eid < member_.size() && member_[n->eid]; }
  // Index of `n` (a walk from the end). REQUIRES: Contains(n).
  size_t IndexOf(const Node* n) const;
  void RemoveAt(size_t i);
  // Removes entries [first, last) in one pass.
  void RemoveRange(size_t first, size_t last);
  void Remove(const Node* n) { RemoveAt(IndexOf(n)); }
  // Replaces the element of entry `i` by `n`, a new element made for the
  // same token (same kind).
  void ReplaceAt(size_t i, Node* n);
  // Inserts `n` so that it becomes entry `i`.
  void InsertAt(size_t i, Node* n);

  // Index of the last HTML element with tag `t` after the last marker, or
  // kNotFound.
  size_t LastAfterMarker(TagId t) const;

 private:
  struct Entry {
    Node* node;         // nullptr: marker
    uint64_t kind_key;  // (tag, attributes, markers before)
    uint64_t tag_key;   // (tag, markers before)
  };
  Entry MakeEntry(Node* n) const;
  void SetMember(const Node* n, bool on);
  void Forget(const Entry& e);

  std::vector<Entry> entries_;
  uint32_t markers_ = 0;
  CountMap counts_;
  std::vector<uint8_t> member_;  // node id -> in the list
};

}  // namespace lede

#endif  // LEDE_HTML_ACTIVE_FORMATTING_H_
