// The public API: the stages joined in order. bytes -> decode -> parse ->
// extract -> Article.
#include "lede/lede.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "core/text.h"
#include "dom/document.h"
#include "encoding/charset.h"
#include "encoding/mojibake.h"
#include "extract/article_extractor.h"
#include "extract/dom_text.h"
#include "extract/vocabulary.h"
#include "html/parser.h"

namespace lede {

// Past this many nodes a page's DOM and side tables are freed after its
// extraction instead of kept for the next page (see Extract).
constexpr size_t kKeepNodes = 1u << 20;

size_t NodeBudget(size_t input_bytes, size_t max_nodes) {
  return std::min(max_nodes, kNodeBudgetFloor + input_bytes / kInputBytesPerNode);
}

struct Extractor::State {
  std::string utf8;  // decoded page, reused
  std::string repaired;  // the page after the mojibake repair, reused
  Document doc;
  std::unique_ptr<HtmlParser> parser = NewDefaultParser();
  ArticleExtractor extractor;
};

Extractor::Extractor() : state_(std::make_unique<State>()) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Result<Article> Extractor::Extract(std::string_view bytes, const ExtractOptions& options) {
  return Extract(bytes, options, nullptr);
}

Result<Article> Extractor::Extract(std::string_view bytes, const ExtractOptions& options,
                                   std::vector<BlockReport>* report) {
  // (Capped: a larger page's strings would pass a ShortView's 32 bits.)
  const size_t max_input_bytes = std::min(options.limits.max_input_bytes, kMaxInputBytesCap);
  if (bytes.size() > max_input_bytes)
    return Status::LimitExceeded("max_input_bytes: input is " + std::to_string(bytes.size()) +
                                 " bytes, limit " + std::to_string(max_input_bytes));
  State& s = *state_;
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline = options.limits.time_budget_ms
                                         ? Clock::now() + std::chrono::milliseconds(options.limits.time_budget_ms)
                                         : Clock::time_point::max();
  auto over_budget = [&](const char* stage) {
    return Status::LimitExceeded("time_budget_ms: " + std::to_string(options.limits.time_budget_ms) +
                                 " ms spent before " + stage);
  };
  CharsetDecision cs = SniffCharset(bytes, options.charset);
  // Valid UTF-8 is parsed in place: no copy of the page. The Document may
  // point into `bytes`, which outlives it within this call.
  std::string_view text = bytes.substr(cs.bom_length);
  if (cs.charset != "utf-8" || !(cs.valid_utf8 || IsValidUtf8(text))) {
    // A UTF-8 label that lies (windows-1252 bytes under <meta
    // charset=utf-8>) is set aside: checked only here, where the UTF-8
    // check already failed.
    if (cs.charset == "utf-8") {
      cs = SniffCharsetAgain(bytes, options.charset, cs);
      text = bytes.substr(cs.bom_length);
    }
    DecodeToUtf8(text, cs, &s.utf8);
    text = s.utf8;
  }
  // Doubly-encoded text back to what it was (a prefilter skips most pages).
  size_t mojibake = 0;
  if (options.repair_mojibake) {
    mojibake = RepairMojibake(text, &s.repaired);
    if (mojibake) text = s.repaired;
  }

  if (Clock::now() > deadline) return over_budget("parsing");

  ParseOptions po;
  po.max_nodes = NodeBudget(text.size(), options.limits.max_nodes);
  po.deadline = deadline;
  Status st = s.parser->Parse(text, po, &s.doc);
  if (!st.ok()) return st;
  const bool over = Clock::now() > deadline;
  // A document the parser cut short still gives an article (partial output);
  // a whole one that took the budget is not worth extracting.
  if (over && !s.doc.truncated()) return over_budget("extraction");

  Article article;
  if (report) {
    std::vector<BlockDecision> decisions;
    s.extractor.Extract(s.doc, options, &article, &decisions);
    report->clear();
    // Each element's place in document order, depth and ancestors' class/id
    // hints (the report only: one walk, parents before children).
    const size_t rows = s.doc.element_rows();
    std::vector<uint32_t> order(rows, 0), end(rows, 0), depth(rows, 0), hints(rows, 0), outer(rows, 0);
    std::vector<const Node*> by_order(1, nullptr);
    uint32_t h1 = 0;
    const Node* top = s.doc.root();
    for (const Node* n = top; n; n = NextInTree(n, top)) {
      if (!n->is_element() || n->eid >= rows) continue;
      const uint32_t k = uint32_t(by_order.size());
      by_order.push_back(n);
      order[n->eid] = end[n->eid] = k;
      if (!h1 && n->Is(TagId::kH1)) h1 = k;
      hints[n->eid] = ClassifyClassId(n->Attr("class"), n->Attr("id"));
      if (const Node* p = n->parent; p && p->eid < rows && order[p->eid]) {
        depth[n->eid] = depth[p->eid] + 1;
        outer[n->eid] = outer[p->eid] | hints[p->eid];
      }
    }
    // A subtree ends where its last descendant's does: every descendant is
    // numbered after its element, so a reverse pass carries the ends up.
    for (size_t k = by_order.size(); k-- > 1;) {
      const Node* n = by_order[k];
      if (n->parent && n->parent->eid < rows && order[n->parent->eid])
        end[n->parent->eid] = std::max(end[n->parent->eid], end[n->eid]);
    }
    // The blocks' whole texts share one budget of nodes read: nested blocks
    // each read their subtree, and a deep nest of them (40,000 levels) must
    // not make the report quadratic. Past it the texts are cut.
    size_t text_nodes = 16 * by_order.size() + (1u << 20);
    for (const BlockDecision& d : decisions) {
      const Node* n = d.node;
      BlockReport b;
      b.path = DescribePath(n);
      b.preview = PreviewText(n);
      b.kept = d.kept;
      b.reason = d.reason;
      b.tag = std::string(n->data);
      b.id = std::string(n->Attr("id"));
      b.cls = std::string(n->Attr("class"));
      b.h1 = h1;
      if (n->eid < rows) {
        b.order = order[n->eid];
        b.end = end[n->eid];
        b.depth = depth[n->eid];
        b.hints = hints[n->eid];
        b.outer_hints = outer[n->eid];
      }
      if (text_nodes) CollapsedTextInto(n, 1u << 20, text_nodes, &b.text);
      text_nodes -= std::min<size_t>(text_nodes, 2 * (size_t(b.end) - b.order + 1));
      report->push_back(std::move(b));
    }
  } else {
    s.extractor.Extract(s.doc, options, &article);
  }
  article.charset = std::string(cs.charset);
  article.charset_source = std::string(cs.source);
  article.mojibake_repaired = mojibake;
  if (s.doc.truncated()) article.limits_hit.push_back(s.doc.node_count() >= po.max_nodes ? "max_nodes" : "time_budget_ms");
  // Do not hold on to a huge page's memory between calls: its text, and
  // its DOM with the extractor's per-node tables (about 130 bytes a node),
  // given back before the caller writes the article out (the Article owns
  // all its strings). Pages under the bound keep them for reuse.
  if (s.utf8.capacity() > (16u << 20)) std::string().swap(s.utf8);
  if (s.repaired.capacity() > (16u << 20)) std::string().swap(s.repaired);
  if (s.doc.node_count() > kKeepNodes || s.doc.arena().MemoryUsage() > (64u << 20)) {
    s.doc = Document();
    s.extractor = ArticleExtractor();
  }
  return article;
}

bool IsKnownCharset(std::string_view label) { return !CallerCharset(label).empty(); }

Result<Article> Extract(std::string_view page_bytes, const ExtractOptions& options) {
  thread_local Extractor extractor;
  return extractor.Extract(page_bytes, options);
}

bool ParsePageType(std::string_view name, PageType* out) {
  static constexpr struct {
    std::string_view name;
    PageType type;
  } kNames[] = {{"auto", PageType::kAuto},       {"article", PageType::kArticle}, {"forum", PageType::kForum},
                {"listing", PageType::kListing}, {"product", PageType::kProduct}, {"page", PageType::kPage}};
  for (const auto& n : kNames)
    if (n.name == name) {
      *out = n.type;
      return true;
    }
  return false;
}

bool ParseFavor(std::string_view name, Favor* out) {
  static constexpr struct {
    std::string_view name;
    Favor favor;
  } kNames[] = {{"balanced", Favor::kBalanced}, {"precision", Favor::kPrecision}, {"recall", Favor::kRecall}};
  for (const auto& n : kNames)
    if (n.name == name) {
      *out = n.favor;
      return true;
    }
  return false;
}

bool IsIsoDay(std::string_view v) {
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (v[i] < '0' || v[i] > '9') return false;
  const int year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
  const int month = (v[5] - '0') * 10 + (v[6] - '0');
  const int day = (v[8] - '0') * 10 + (v[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap);
}

bool IsLanguageCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 3) return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

}  // namespace lede
