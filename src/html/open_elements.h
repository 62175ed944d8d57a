// The stack of open elements (WHATWG HTML 13.2.4.3) with the queries the
// tree builder asks of it in constant or logarithmic time.
//
// The spec walks the stack from the current node for "has an element in
// scope", "any other end tag", the li/dd/dt steps and "reset the insertion
// mode"; on hostile input (a million nested elements, 1e5 unclosed <b>)
// those walks make parsing quadratic. Here every element occupies a slot,
// and sorted slot lists per HTML tag and per element class (special, scope
// boundaries...) answer "the topmost X" directly: X is in scope when its
// topmost slot is at or above the topmost boundary of that scope.
//
// Slots only move in the adoption agency algorithm (Compact). Elements
// removed from the middle of the stack leave an empty slot (nullptr) behind;
// the top slot is never empty.
//
// Elements are identified by Node::id; `slot_of_` maps ids to slots. Not
// thread-safe; reusable across documents (Clear()).
#ifndef LEDE_HTML_OPEN_ELEMENTS_H_
#define LEDE_HTML_OPEN_ELEMENTS_H_

#include <cstdint>
#include <vector>

#include "dom/document.h"
#include "html/count_map.h"

namespace lede {

// Element classes the tree builder queries (13.2.4.2, 13.2.4.3).
enum ElementClass : uint8_t {
  kClassSpecial,           // the "special" category
  kClassSpecialNotAdp,     // special, except address, div and p (li/dd/dt steps)
  kClassScope,             // boundaries of "in scope"
  kClassListItemScope,     // ol, ul: added for "in list item scope"
  kClassButtonScope,       // button: added for "in button scope"
  kClassTableScope,        // html, table, template: "in table scope"
  kClassReset,             // elements "reset the insertion mode" stops at
  kClassCount
};

// Bit set of the classes of an element (1 << ElementClass).
uint8_t ElementClasses(const Node* n);
inline bool IsSpecial(const Node* n) { return ElementClasses(n) & (1u << kClassSpecial); }

enum class Scope : uint8_t { kDefault, kListItem, kButton, kTable };

class OpenElementStack {
 public:
  static constexpr int kNone = -1;

  // Empties the stack (forgetting every element).
  void Clear();
  // Gives back the index of a huge page (4 bytes per node id) once the
  // stack is empty, so it is not held through the page's extraction.
  void ReleaseLargeIndex() {
    if (slots_.empty() && slot_of_.capacity() > (size_t{1} << 20)) std::vector<uint32_t>().swap(slot_of_);
  }

  bool empty() const { return slots_.empty(); }
  // The current node (top of the stack). REQUIRES: !empty().
  Node* current() const { return slots_.back(); }
  // The first element pushed (the html element). REQUIRES: !empty().
  Node* bottom() const { return slots_.front(); }
  // Number of elements (empty slots excluded).
  size_t size() const { return count_; }

  void Push(Node* n);
  Node* Pop();
  // Removes `n` wherever it is. REQUIRES: Contains(n).
  void Remove(Node* n);
  // Puts `added` in the slot of `n`. REQUIRES: Contains(n).
  void Replace(Node* n, Node* added);

  bool Contains(const Node* n) const { return n->eid < slot_of_.size() && slot_of_[n->eid] != 0; }
  // Slot of `n`. REQUIRES: Contains(n).
  int SlotOf(const Node* n) const { return int(slot_of_[n->eid]) - 1; }
  // Element in slot `s` (nullptr for an empty slot).
  Node* At(int s) const { return slots_[size_t(s)]; }
  int top_slot() const { return int(slots_.size()) - 1; }
  // The nearest element below slot `s` (toward the html element), or
  // kNone.
  int Below(int s) const;

  // Topmost slot of an HTML element with tag `t` (kNone if none). For
  // TagId::kUnknown: the topmost HTML element with an unlisted name.
  int TopOf(TagId t) const { return Top(tag_slots_[size_t(t)]); }
  int TopOfClass(ElementClass c) const { return Top(class_slots_[c]); }
  // Slots of the elements of class `c`, bottom to top.
  const std::vector<uint32_t>& ClassSlots(ElementClass c) const { return class_slots_[c]; }
  // Slots of the HTML elements with an unlisted name, bottom to top.
  const std::vector<uint32_t>& UnknownSlots() const { return tag_slots_[0]; }
  // The lowest special slot above `s` (kNone if none).
  int SpecialAbove(int s) const;

  // Topmost boundary of `scope` (kNone if none).
  int ScopeBoundary(Scope scope) const;
  bool HasInScope(TagId t, Scope scope) const {
    const int s = TopOf(t);
    return s != kNone && s >= ScopeBoundary(scope);
  }
  bool HasNodeInScope(const Node* n, Scope scope) const {
    return Contains(n) && SlotOf(n) >= ScopeBoundary(scope);
  }
  bool Has(TagId t) const { return !tag_slots_[size_t(t)].empty(); }

  // Number of open elements named `lower_name` among the HTML elements
  // with an unlisted name (foreign = false) or the SVG/MathML elements
  // (foreign = true, names compared in lower case). An end tag that names
  // none of them is settled without walking the stack.
  uint32_t CountNamed(std::string_view lower_name, bool foreign) const {
    return name_counts_.Get(NameKey(lower_name, foreign));
  }

  // The adoption agency's stack update (13.2.6.4.7 step 4.19): slots
  // [from, to] hold, in order, elements to keep; `to` holds the furthest
  // block. Rewrites them as: the kept elements, the furthest block, then
  // `added` (a new element), from slot `from` up, leaving the rest empty.
  // `from` must hold the formatting element being removed (already
  // Removed, so empty).
  void Compact(int from, int to, Node* added);

  // Hook run on every element popped (the "HTML element popping steps").
  void set_pop_hook(void (*hook)(void*, Node*), void* ctx) {
    pop_hook_ = hook;
    pop_ctx_ = ctx;
  }

 private:
  static int Top(const std::vector<uint32_t>& v) { return v.empty() ? kNone : int(v.back()); }
  void Index(Node* n, uint32_t slot);
  void Unindex(Node* n, uint32_t slot);
  void Reslot(Node* n, uint32_t from, uint32_t to);
  static uint64_t NameKey(std::string_view lower_name, bool foreign) {
    return HashBytes64(lower_name, foreign ? 0x464f524549474eULL : 0x48544d4cULL);
  }
  static uint64_t NodeNameKey(const Node* n);
  void TrimEmptySlots() {
    while (!slots_.empty() && slots_.back() == nullptr) slots_.pop_back();
  }

  std::vector<Node*> slots_;
  size_t count_ = 0;
  std::vector<uint32_t> slot_of_;  // node id -> slot + 1 (0: not on the stack)
  std::vector<uint32_t> class_slots_[kClassCount];
  std::vector<uint32_t> tag_slots_[size_t(TagId::kCount)];
  CountMap name_counts_;  // NodeNameKey of unlisted HTML and foreign elements
  void (*pop_hook_)(void*, Node*) = nullptr;
  void* pop_ctx_ = nullptr;
};

}  // namespace lede

#endif  // LEDE_HTML_OPEN_ELEMENTS_H_
