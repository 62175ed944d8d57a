#include "extract/dom_text.h"

#include <algorithm>

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/text.h"

namespace lede {

std::string CollapsedText(const Node* node, size_t max_bytes) {
  std::string out;
  CollapsedTextInto(node, max_bytes, &out);
  return out;
}

void CollapsedTextInto(const Node* node, size_t max_bytes, std::string* out) {
  CollapsedTextInto(node, max_bytes, SIZE_MAX, out);
}

bool CollapsedTextInto(const Node* node, size_t max_bytes, size_t max_nodes, std::string* out) {
  return CollapsedTextInto(node, max_bytes, max_nodes, out, [](const Node*) { return false; });
}

TextScan ScanText(const Node* node, size_t limit, bool find_digit, size_t max_nodes) {
  TextScan r;
  for (const Node* n = node; n; n = NextInTree(n, node)) {
    if (max_nodes-- == 0) {
      r.over = true;
      break;
    }
    if (!n->is_text()) continue;
    r.bytes += n->data.size();
    // (A text over the limit is not looked through for a digit.)
    if (r.bytes > limit) {
      r.over = true;
      break;
    }
    // (Native digits too, in a text that opens in their script: "٦ نوفمبر
    // ٢٠٢٥" is a date's line.)
    if (find_digit && !r.digit) r.digit = HasAsciiOrNativeDigit(n->data);
  }
  return r;
}

namespace {

// ASCII bytes to their lowercase form when alphanumeric, else 0.
constexpr auto kFold = [] {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= '0' && c <= '9') t[c] = char(c);
    if (c >= 'a' && c <= 'z') t[c] = char(c);
    if (c >= 'A' && c <= 'Z') t[c] = char(c - 'A' + 'a');
  }
  return t;
}();

// Bytes already in normal form (ASCII digits and lowercase letters): one
// look a byte for the runs that make up most words.
constexpr auto kKept = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
  return t;
}();

// Feeds the normalized form of `s` to `emit(bytes, n)` piece by piece (a
// word separator as " "); stops early when emit returns false.
template <typename Emit>
bool Normalize(std::string_view s, Emit&& emit) {
  bool space = false, any = false;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      const char f = kFold[c];
      if (!f) {
        space = true;
        ++i;
        continue;
      }
      if (space && any && !emit(" ", 1)) return false;
      space = false;
      any = true;
      if (!emit(&f, 1)) return false;
      // The bytes after it that are already in normal form, at once.
      size_t j = i + 1;
      while (j < s.size() && kKept[static_cast<unsigned char>(s[j])]) ++j;
      if (j > i + 1 && !emit(s.data() + i + 1, j - i - 1)) return false;
      i = j;
      continue;
    }
    size_t len;
    const uint32_t cp = DecodeUtf8(s, i, &len);
    if (IsSeparatorCodePoint(cp)) {  // (punctuation and spaces part words)
      space = true;
    } else {
      if (space && any && !emit(" ", 1)) return false;
      space = false;
      any = true;
      if (!emit(s.data() + i, len)) return false;
    }
    i += len;
  }
  return true;
}

// Normalize's form a byte at a time, to `emit(byte)` (a separator as ' '),
// stopping when emit returns false: for callers that write or compare each
// byte as it is made, where a piece handed over cost more than the bytes.
template <typename Emit>
bool NormalizeBytes(std::string_view s, Emit&& emit) {
  const char* const p = s.data();
  const size_t n = s.size();
  bool space = false, any = false;
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    size_t len = 1;
    if (c < 0x80) {
      const char f = kFold[c];
      ++i;
      if (!f) {
        space = true;
        continue;
      }
      if (space && any && !emit(' ')) return false;
      space = false;
      any = true;
      if (!emit(f)) return false;
      // The bytes after it that are already in normal form.
      for (; i < n && kKept[static_cast<unsigned char>(p[i])]; ++i)
        if (!emit(p[i])) return false;
      continue;
    }
    const uint32_t cp = DecodeUtf8(s, i, &len);
    if (IsSeparatorCodePoint(cp)) {
      space = true;
    } else {
      if (space && any && !emit(' ')) return false;
      space = false;
      any = true;
      for (size_t b = 0; b < len; ++b)
        if (!emit(p[i + b])) return false;
    }
    i += len;
  }
  return true;
}

}  // namespace

namespace {

// The last few strings normalized (up to a description's length), with
// their normal forms: the metadata rules compare the page's title, its site
// name, its headline and its description with one candidate after another,
// and normalize the same few strings two to eight times a page. (Per thread; the strings keep their
// capacity, so a miss costs two copies, no allocation.)
struct NormalizeMemo {
  static constexpr size_t kEntries = 8, kMaxBytes = 1000;
  struct Entry {
    std::string in, out;
  };
  std::array<Entry, kEntries> entries;
  size_t next = 0;  // the entry a miss replaces

  const std::string* Find(std::string_view s) const {
    for (const Entry& e : entries)
      if (e.in.size() == s.size() && e.in == s) return &e.out;
    return nullptr;
  }
  void Add(std::string_view s, const std::string& normal) {
    Entry& e = entries[next];
    next = (next + 1) % kEntries;
    e.in.assign(s);
    e.out.assign(normal);
  }
};

}  // namespace

bool IsFragmentHref(std::string_view href) {
  href = Trim(href);
  return !href.empty() && href[0] == '#';
}

bool IsNamedFragmentHref(std::string_view href) {
  href = Trim(href);
  return href.size() >= 2 && href[0] == '#';
}

bool IsHeadingPermalink(const Node* n) {
  if (!n->Is(TagId::kA) || !n->Attr("href").starts_with("#")) return false;
  // (One character: at most 4 bytes of UTF-8.)
  std::string text;
  if (!CollapsedTextInto(n, 8, 8, &text)) return false;
  return !text.empty() && text.size() <= 4 &&
         std::none_of(text.begin(), text.end(), [](char ch) { return IsAsciiAlnum(ch); });
}

std::string NormalizeForCompare(std::string_view s) {
  // (The empty string is in every new memo: it normalizes to itself.)
  thread_local NormalizeMemo memo;
  const bool memoized = s.size() <= NormalizeMemo::kMaxBytes;
  if (memoized)
    if (const std::string* known = memo.Find(s)) return *known;
  std::string out;
  NormalizeForCompareInto(s, &out);
  if (memoized) memo.Add(s, out);
  return out;
}

void NormalizeForCompareInto(std::string_view s, std::string* out) {
  // (The output is never longer than the input: a separating space stands
  // for at least one dropped byte.)
  out->resize(s.size());
  char* const base = out->data();
  char* o = base;
  NormalizeBytes(s, [&o](char c) {
    *o++ = c;
    return true;
  });
  out->resize(size_t(o - base));
}

bool NormalizedContains(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  // Normalized a piece at a time, searched every 256 bytes: a needle near
  // the start (a description that repeats the first paragraph) stops the
  // work early. The normal form is never longer than the input.
  constexpr size_t kCheckEvery = 256;
  std::string hay(s.size(), '\0');
  char* const base = hay.data();
  char* o = base;
  size_t from = 0, next_check = needle.size();
  bool found = false;
  auto search = [&] { return std::string_view(base, size_t(o - base)).find(needle, from) != std::string_view::npos; };
  Normalize(s, [&](const char* p, size_t n) {
    if (n == 1) *o++ = *p;
    else std::memcpy(o, p, n), o += n;
    const size_t size = size_t(o - base);
    if (size < next_check) return true;
    if (search()) {
      found = true;
      return false;
    }
    // A match not found yet ends past what was searched.
    from = size - needle.size() + 1;
    next_check = size + kCheckEvery;
    return true;
  });
  return found || search();
}

bool NormalizedEquals(std::string_view s, std::string_view normalized) {
  size_t at = 0;
  return Normalize(s, [&](const char* p, size_t n) {
           if (normalized.size() - at < n || std::memcmp(normalized.data() + at, p, n) != 0) return false;
           at += n;
           return true;
         }) &&
         at == normalized.size();
}

bool NormalizedStartsWith(std::string_view s, std::string_view prefix) {
  if (prefix.empty()) return true;
  // Compared a byte at a time as the normal form is made: most calls end
  // within a word or two.
  size_t at = 0;
  NormalizeBytes(s, [&](char c) { return prefix[at] == c && ++at < prefix.size(); });
  return at == prefix.size();
}

std::string DescribePath(const Node* node) {
  std::vector<const Node*> chain;
  for (const Node* n = node; n && n->is_element(); n = n->parent) {
    chain.push_back(n);
    if (n->Is(TagId::kBody) || chain.size() >= 6) break;
  }
  std::string out;
  for (size_t i = chain.size(); i-- > 0;) {
    const Node* n = chain[i];
    if (!out.empty()) out.push_back('>');
    out.append(n->data);
    std::string_view id = n->Attr("id");
    // Utf8Prefix: a cut through a multi-byte character made --explain print
    // invalid UTF-8 (fuzz finding, tests/regress/explain-path-cut-utf8.html).
    if (!id.empty()) out.append("#").append(Utf8Prefix(id, 24));
    std::string_view cls = Trim(n->Attr("class"));
    if (!cls.empty()) {
      size_t sp = cls.find(' ');
      out.append(".").append(Utf8Prefix(cls.substr(0, sp), 24));
    }
  }
  return out;
}

std::string DescribeElement(const Node* n) {
  std::string out(n->data);
  std::string_view id = n->Attr("id");
  if (!id.empty()) out.append("#").append(Utf8Prefix(id, 40));
  std::string_view cls = Trim(n->Attr("class"));
  while (!cls.empty()) {
    size_t sp = cls.find(' ');
    out.append(".").append(cls.substr(0, sp));
    if (sp == std::string_view::npos) break;
    cls = Trim(cls.substr(sp + 1));
  }
  std::string_view role = n->Attr("role");
  if (!role.empty()) out.append("[role=").append(role).append("]");
  if (n->HasAttr("hidden")) out.append("[hidden]");
  if (!n->Attr("aria-hidden").empty()) out.append("[aria-hidden]");
  if (out.size() > 160) out.resize(Utf8Prefix(out, 160).size());
  return out;
}

std::string PreviewText(const Node* node) {
  std::string t = CollapsedText(node, 200);
  if (t.size() > 60) {
    size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t.resize(cut);
    t.append("...");
  }
  return t;
}

// Whether `e` lies in a cell (three levels up at most) of a table
// with a header (a <th> cell, a <thead> or a <caption>): a data table, whose
// cells are data even when one reads as a date ("3. Oktober 2025", a date
// parser's documented result); a layout table has no header.
bool InHeadedTableCell(const Node* e) {
  const Node* cell = nullptr;
  int up = 0;
  for (const Node* a = e; a && a->is_element() && up <= 3; a = a->parent, ++up)
    if (a->tag == TagId::kTd || a->tag == TagId::kTh) { cell = a; break; }
  if (!cell) return false;
  if (cell->tag == TagId::kTh) return true;
  const Node* table = cell->parent;
  for (int k = 0; table && table->is_element() && table->tag != TagId::kTable && k < 2; ++k) table = table->parent;
  if (!table || !table->is_element() || table->tag != TagId::kTable) return false;
  for (const Node* c = table->first_child; c; c = c->next) {
    if (!c->is_element()) continue;
    if (c->tag == TagId::kThead || c->tag == TagId::kCaption) return true;
    const Node* row = c->tag == TagId::kTr ? c : nullptr;
    if (c->tag == TagId::kTbody)
      for (const Node* r = c->first_child; r && !row; r = r->next)
        if (r->is_element() && r->tag == TagId::kTr) row = r;
    if (!row) continue;
    for (const Node* h = row->first_child; h; h = h->next)
      if (h->is_element() && h->tag == TagId::kTh) return true;
    return false;  // the first row has no header cell
  }
  return false;
}

}  // namespace lede
