// lede_micro_bench: Google Benchmark over lede's hot loops on one real page.
//
//   lede_micro_bench [--page=PATH] [benchmark flags, e.g. --benchmark_filter=Parse]
//
// The page defaults to the median-sized Scrapinghub page in ../shared (by
// file size), else samples/sample-news.html. Stages (sniff, decode, parse,
// extract from the DOM, end to end) give the time split of one Extract;
// the helpers run on inputs taken from the same page: its text nodes
// (whitespace as written) and its class/id attribute pairs.
//
// Uses internal headers (src/ is on lede_core's include path): update it
// when those interfaces change.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "../tools/lede/file_io.h"
#include "core/text.h"
#include "dom/document.h"
#include "encoding/charset.h"
#include "extract/article_extractor.h"
#include "extract/vocabulary.h"
#include "html/parser.h"
#include "lede/lede.h"

namespace {

struct Fixture {
  std::string path;
  std::string bytes;                                   // the page as stored
  std::string utf8;                                    // decoded
  std::string text_nodes;  // text node data outside script/style, concatenated
  std::vector<std::pair<std::string, std::string>> class_ids;  // (class, id) per element
};

Fixture& Page() {
  static Fixture f;
  return f;
}

std::string DefaultPage() {
  namespace fs = std::filesystem;
  const fs::path root = LEDE_SOURCE_DIR;
  std::error_code ec;
  std::vector<std::pair<uintmax_t, std::string>> found;  // (size, path)
  for (const auto& e : fs::directory_iterator(root / ".." / "shared" / "data" / "scrapinghub" / "html", ec))
    if (e.path().extension() == ".gz")
      found.emplace_back(e.file_size(ec), e.path().lexically_normal().string());
  if (!found.empty()) {
    std::sort(found.begin(), found.end());
    return found[found.size() / 2].second;
  }
  return (root / "samples" / "sample-news.html").string();
}

bool LoadFixture(const std::string& path) {
  Fixture& f = Page();
  f.path = path;
  lede::Status st = lede::cli::ReadInput(path, size_t{1} << 30, &f.bytes);
  if (!st.ok()) {
    std::fprintf(stderr, "lede_micro_bench: %s: %s\n", path.c_str(), st.ToString().c_str());
    return false;
  }
  const lede::CharsetDecision cs = lede::SniffCharset(f.bytes, "");
  lede::DecodeToUtf8(std::string_view(f.bytes).substr(cs.bom_length), cs.charset, &f.utf8);
  lede::Document doc;
  if (!lede::NewDefaultParser()->Parse(f.utf8, {}, &doc).ok()) return false;
  for (const lede::Node* n = doc.root(); n; n = lede::NextInTree(n, doc.root())) {
    if (n->is_text()) {
      if (!n->parent->Is(lede::TagId::kScript) && !n->parent->Is(lede::TagId::kStyle))
        f.text_nodes.append(n->data);
    } else if (n->is_element() && (n->HasAttr("class") || n->HasAttr("id"))) {
      f.class_ids.emplace_back(std::string(n->Attr("class")), std::string(n->Attr("id")));
    }
  }
  std::fprintf(stderr, "page: %s (%zu bytes, %zu text bytes, %zu class/id pairs)\n", path.c_str(),
               f.utf8.size(), f.text_nodes.size(), f.class_ids.size());
  return true;
}

void BM_SniffCharset(benchmark::State& state) {
  const std::string& b = Page().bytes;
  for (auto _ : state) benchmark::DoNotOptimize(lede::SniffCharset(b, ""));
  state.SetBytesProcessed(state.iterations() * int64_t(b.size()));
}
BENCHMARK(BM_SniffCharset);

void BM_SniffAndDecode(benchmark::State& state) {
  const std::string& b = Page().bytes;
  std::string out;
  for (auto _ : state) {
    const lede::CharsetDecision cs = lede::SniffCharset(b, "");
    lede::DecodeToUtf8(std::string_view(b).substr(cs.bom_length), cs.charset, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * int64_t(b.size()));
}
BENCHMARK(BM_SniffAndDecode);

void BM_Parse(benchmark::State& state) {
  const std::string& u = Page().utf8;
  auto parser = lede::NewDefaultParser();
  lede::Document doc;
  for (auto _ : state) {
    lede::Status st = parser->Parse(u, {}, &doc);
    benchmark::DoNotOptimize(doc.node_count());
  }
  state.SetBytesProcessed(state.iterations() * int64_t(u.size()));
  state.SetLabel(std::string(parser->name()));
}
BENCHMARK(BM_Parse);

// Extraction alone, on a DOM parsed once.
void BM_ExtractFromDom(benchmark::State& state) {
  const std::string& u = Page().utf8;
  lede::Document doc;
  (void)lede::NewDefaultParser()->Parse(u, {}, &doc);
  lede::ArticleExtractor extractor;
  const lede::ExtractOptions options;
  for (auto _ : state) {
    lede::Article article;
    extractor.Extract(doc, options, &article);
    benchmark::DoNotOptimize(article.text.size());
  }
  state.SetBytesProcessed(state.iterations() * int64_t(u.size()));
}
BENCHMARK(BM_ExtractFromDom);

// The public API end to end: sniff + decode + parse + extract.
void BM_ExtractEndToEnd(benchmark::State& state) {
  const std::string& b = Page().bytes;
  lede::Extractor extractor;
  for (auto _ : state) {
    lede::Result<lede::Article> r = extractor.Extract(b);
    benchmark::DoNotOptimize(r.ok());
  }
  state.SetBytesProcessed(state.iterations() * int64_t(b.size()));
  state.counters["pages/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ExtractEndToEnd);

void BM_CountWordChars(benchmark::State& state) {
  const std::string& t = Page().text_nodes;
  for (auto _ : state) benchmark::DoNotOptimize(lede::CountWordChars(t));
  state.SetBytesProcessed(state.iterations() * int64_t(t.size()));
}
BENCHMARK(BM_CountWordChars);

void BM_CollapseWhitespace(benchmark::State& state) {
  const std::string& t = Page().text_nodes;
  for (auto _ : state) {
    std::string out = lede::CollapseWhitespace(t);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * int64_t(t.size()));
}
BENCHMARK(BM_CollapseWhitespace);

// Every (class, id) pair of the page, one call each; items = elements.
void BM_ClassifyClassId(benchmark::State& state) {
  const auto& pairs = Page().class_ids;
  int64_t bytes = 0;
  for (const auto& p : pairs) bytes += int64_t(p.first.size() + p.second.size());
  for (auto _ : state) {
    uint32_t acc = 0;
    for (const auto& p : pairs) acc += lede::ClassifyClassId(p.first, p.second);
    benchmark::DoNotOptimize(acc);
  }
  state.SetItemsProcessed(state.iterations() * int64_t(pairs.size()));
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ClassifyClassId);

}  // namespace

int main(int argc, char** argv) {
  std::string page;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--page=", 7) == 0) page = argv[i] + 7;
    else args.push_back(argv[i]);
  }
  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  if (benchmark::ReportUnrecognizedArguments(n, args.data())) return 2;
  if (!LoadFixture(page.empty() ? DefaultPage() : page)) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
