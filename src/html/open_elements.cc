#include "html/open_elements.h"

#include <algorithm>

#include "core/text.h"

namespace lede {
namespace {

constexpr uint8_t Bit(ElementClass c) { return uint8_t(1u << c); }

// Class bits of HTML elements by tag id.
struct HtmlClassTable {
  uint8_t bits[size_t(TagId::kCount)] = {};
  constexpr HtmlClassTable() {
    // 13.2.4.2 "special" category (HTML namespace part).
    constexpr TagId kSpecial[] = {
        TagId::kAddress, TagId::kApplet, TagId::kArea, TagId::kArticle, TagId::kAside,
        TagId::kBase, TagId::kBasefont, TagId::kBgsound, TagId::kBlockquote, TagId::kBody,
        TagId::kBr, TagId::kButton, TagId::kCaption, TagId::kCenter, TagId::kCol,
        TagId::kColgroup, TagId::kDd, TagId::kDetails, TagId::kDialog, TagId::kDir, TagId::kDiv,
        TagId::kDl, TagId::kDt, TagId::kEmbed, TagId::kFieldset, TagId::kFigcaption,
        TagId::kFigure, TagId::kFooter, TagId::kForm, TagId::kFrame, TagId::kFrameset,
        TagId::kH1, TagId::kH2, TagId::kH3, TagId::kH4, TagId::kH5, TagId::kH6, TagId::kHead,
        TagId::kHeader, TagId::kHgroup, TagId::kHr, TagId::kHtml, TagId::kIframe, TagId::kImg,
        TagId::kInput, TagId::kKeygen, TagId::kLi, TagId::kLink, TagId::kListing, TagId::kMain,
        TagId::kMarquee, TagId::kMenu, TagId::kMeta, TagId::kNav, TagId::kNoembed,
        TagId::kNoframes, TagId::kNoscript, TagId::kObject, TagId::kOl, TagId::kP,
        TagId::kParam, TagId::kPlaintext, TagId::kPre, TagId::kScript, TagId::kSearch,
        TagId::kSection, TagId::kSource, TagId::kStyle, TagId::kSummary,
        TagId::kTable, TagId::kTbody, TagId::kTd, TagId::kTemplate, TagId::kTextarea,
        TagId::kTfoot, TagId::kTh, TagId::kThead, TagId::kTitle, TagId::kTr, TagId::kTrack,
        TagId::kUl, TagId::kWbr, TagId::kXmp};
    for (TagId t : kSpecial) bits[size_t(t)] |= Bit(kClassSpecial) | Bit(kClassSpecialNotAdp);
    for (TagId t : {TagId::kAddress, TagId::kDiv, TagId::kP})
      bits[size_t(t)] &= uint8_t(~Bit(kClassSpecialNotAdp));
    // 13.2.4.3 "has an element in scope" (HTML namespace part).
    for (TagId t : {TagId::kApplet, TagId::kCaption, TagId::kHtml, TagId::kTable, TagId::kTd,
                    TagId::kTh, TagId::kMarquee, TagId::kObject, TagId::kTemplate})
      bits[size_t(t)] |= Bit(kClassScope);
    for (TagId t : {TagId::kOl, TagId::kUl}) bits[size_t(t)] |= Bit(kClassListItemScope);
    bits[size_t(TagId::kButton)] |= Bit(kClassButtonScope);
    for (TagId t : {TagId::kHtml, TagId::kTable, TagId::kTemplate})
      bits[size_t(t)] |= Bit(kClassTableScope);
    // 13.2.4.1 Resetting the insertion mode: the elements that decide it.
    for (TagId t : {TagId::kTd, TagId::kTh, TagId::kTr, TagId::kTbody, TagId::kThead,
                    TagId::kTfoot, TagId::kCaption, TagId::kColgroup, TagId::kTable,
                    TagId::kTemplate, TagId::kHead, TagId::kBody, TagId::kFrameset, TagId::kHtml})
      bits[size_t(t)] |= Bit(kClassReset);
  }
};
constexpr HtmlClassTable kHtmlClasses;

// MathML mi, mo, mn, ms, mtext, annotation-xml and SVG foreignObject, desc,
// title are special and bound the default scopes.
constexpr uint8_t kForeignBoundary = Bit(kClassSpecial) | Bit(kClassSpecialNotAdp) | Bit(kClassScope);

}  // namespace

uint8_t ElementClasses(const Node* n) {
  switch (n->ns) {
    case Namespace::kHtml:
      return kHtmlClasses.bits[size_t(n->tag)];
    case Namespace::kMathMl:
      switch (n->tag) {
        case TagId::kMi: case TagId::kMo: case TagId::kMn: case TagId::kMs: case TagId::kMtext:
        case TagId::kAnnotationXml:
          return kForeignBoundary;
        default:
          return 0;
      }
    case Namespace::kSvg:
      switch (n->tag) {
        case TagId::kForeignobject: case TagId::kDesc: case TagId::kTitle:
          return kForeignBoundary;
        default:
          return 0;
      }
  }
  return 0;
}

uint64_t OpenElementStack::NodeNameKey(const Node* n) {
  if (n->ns == Namespace::kHtml) return NameKey(n->data, false);
  char buf[64];
  if (n->data.size() > sizeof buf) return NameKey(ToLowerAscii(n->data), true);
  for (size_t i = 0; i < n->data.size(); ++i) buf[i] = ToLowerAscii(n->data[i]);
  return NameKey(std::string_view(buf, n->data.size()), true);
}

void OpenElementStack::Clear() {
  while (!slots_.empty()) {
    Node* n = slots_.back();
    Unindex(n, uint32_t(slots_.size() - 1));
    slots_.pop_back();
    TrimEmptySlots();
  }
  count_ = 0;
}

void OpenElementStack::Index(Node* n, uint32_t slot) {
  if (n->eid >= slot_of_.size()) slot_of_.resize(std::max<size_t>(n->eid + 1, slot_of_.size() * 2), 0);
  slot_of_[n->eid] = slot + 1;
  ++count_;
  uint8_t bits = ElementClasses(n);
  // Sorted insertion: appending is the common case (a push).
  auto insert = [slot](std::vector<uint32_t>& v) {
    if (v.empty() || v.back() < slot) v.push_back(slot);
    else v.insert(std::lower_bound(v.begin(), v.end(), slot), slot);
  };
  for (int c = 0; bits; ++c, bits >>= 1)
    if (bits & 1) insert(class_slots_[c]);
  if (n->ns == Namespace::kHtml) insert(tag_slots_[size_t(n->tag)]);
  if (n->ns != Namespace::kHtml || n->tag == TagId::kUnknown) name_counts_.Add(NodeNameKey(n));
}

void OpenElementStack::Unindex(Node* n, uint32_t slot) {
  slot_of_[n->eid] = 0;
  --count_;
  uint8_t bits = ElementClasses(n);
  auto erase = [slot](std::vector<uint32_t>& v) {
    if (!v.empty() && v.back() == slot) v.pop_back();
    else {
      auto it = std::lower_bound(v.begin(), v.end(), slot);
      if (it != v.end() && *it == slot) v.erase(it);
    }
  };
  for (int c = 0; bits; ++c, bits >>= 1)
    if (bits & 1) erase(class_slots_[c]);
  if (n->ns == Namespace::kHtml) erase(tag_slots_[size_t(n->tag)]);
  if (n->ns != Namespace::kHtml || n->tag == TagId::kUnknown) name_counts_.Sub(NodeNameKey(n));
}

void OpenElementStack::Reslot(Node* n, uint32_t from, uint32_t to) {
  slot_of_[n->eid] = to + 1;
  uint8_t bits = ElementClasses(n);
  // Order is preserved (no element of the same list lies between), so the
  // entry is rewritten in place.
  auto move = [from, to](std::vector<uint32_t>& v) {
    auto it = std::lower_bound(v.begin(), v.end(), from);
    if (it != v.end() && *it == from) *it = to;
  };
  for (int c = 0; bits; ++c, bits >>= 1)
    if (bits & 1) move(class_slots_[c]);
  if (n->ns == Namespace::kHtml) move(tag_slots_[size_t(n->tag)]);
}

void OpenElementStack::Push(Node* n) {
  const uint32_t slot = uint32_t(slots_.size());
  slots_.push_back(n);
  Index(n, slot);
}

Node* OpenElementStack::Pop() {
  Node* n = slots_.back();
  Unindex(n, uint32_t(slots_.size() - 1));
  slots_.pop_back();
  TrimEmptySlots();
  if (pop_hook_) pop_hook_(pop_ctx_, n);
  return n;
}

void OpenElementStack::Remove(Node* n) {
  const uint32_t slot = uint32_t(SlotOf(n));
  Unindex(n, slot);
  slots_[slot] = nullptr;
  TrimEmptySlots();
}

void OpenElementStack::Replace(Node* n, Node* added) {
  const uint32_t slot = uint32_t(SlotOf(n));
  Unindex(n, slot);
  slots_[slot] = added;
  Index(added, slot);
}

int OpenElementStack::Below(int s) const {
  for (--s; s >= 0; --s)
    if (slots_[size_t(s)]) return s;
  return kNone;
}

int OpenElementStack::SpecialAbove(int s) const {
  const std::vector<uint32_t>& v = class_slots_[kClassSpecial];
  auto it = std::upper_bound(v.begin(), v.end(), uint32_t(s));
  return it == v.end() ? kNone : int(*it);
}

int OpenElementStack::ScopeBoundary(Scope scope) const {
  switch (scope) {
    case Scope::kDefault: return TopOfClass(kClassScope);
    case Scope::kListItem: return std::max(TopOfClass(kClassScope), TopOfClass(kClassListItemScope));
    case Scope::kButton: return std::max(TopOfClass(kClassScope), TopOfClass(kClassButtonScope));
    case Scope::kTable: return TopOfClass(kClassTableScope);
  }
  return kNone;
}

void OpenElementStack::Compact(int from, int to, Node* added) {
  uint32_t w = uint32_t(from);
  for (int s = from; s <= to; ++s) {
    Node* n = slots_[size_t(s)];
    if (!n) continue;
    if (uint32_t(s) != w) {
      slots_[w] = n;
      slots_[size_t(s)] = nullptr;
      Reslot(n, uint32_t(s), w);
    }
    ++w;
  }
  // w <= to: the formatting element's slot was freed.
  slots_[w] = added;
  Index(added, w);
  TrimEmptySlots();
}

}  // namespace lede
