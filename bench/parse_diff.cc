// The differential check between lede's parser and gumbo: every page of
// ../shared/data goes through the same extraction pipeline with each
// parser, and the extracted texts are compared.
//
//   lede_parse_diff [--set scrapinghub|wcxb|readability|all] [--show N]
//                   [--min-identical 0.99] [--dump-dir DIR]
//
// Prints, per set, the share of pages whose extracted text is identical,
// the share identical once control characters are ignored (gumbo replaces
// U+0001-U+0008, U+000B, U+000E-U+001F and U+007F-U+009F by U+FFFD; the
// spec, and html5lib's tokenizer tests, keep them), and the share with
// identical titles; shows the first N differing pages. Exits 1 when a set's
// control-insensitive share is below --min-identical.
//
// --dump-dir DIR also writes, per page, DIR/<n>.html (the decoded UTF-8
// input) and DIR/<n>.lede.txt (lede's DOM in the html5lib format), and
// DIR/pages.tsv (n, path): bench/parse5_compare.sh compares those with
// parse5.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "core/text.h"
#include "dom/tree_format.h"
#include "extract/article_extractor.h"
#include "html/gumbo_parser.h"
#include "html/parser.h"
#include "parse_corpus.h"

namespace {

struct Tally {
  int pages = 0;
  int same_text = 0;
  int same_modulo_controls = 0;
  int same_title = 0;
};

// `s` without control characters and U+FFFD.
std::string WithoutControls(const std::string& s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    const uint32_t cp = lede::DecodeUtf8(s, i, &len);
    const bool control = (cp >= 0x01 && cp <= 0x08) || cp == 0x0B || (cp >= 0x0E && cp <= 0x1F) ||
                         (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFD;
    if (!control) out.append(s, i, len);
    i += len;
  }
  return out;
}

std::string Context(const std::string& s, size_t at) {
  const size_t from = at > 60 ? at - 60 : 0;
  std::string out = s.substr(from, 140);
  for (char& c : out)
    if (c == '\n') c = ' ';
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string set = "all";
  int show = 5;
  double min_identical = 0.99;
  std::string dump_dir;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--set" && i + 1 < argc) set = argv[++i];
    else if (a == "--show" && i + 1 < argc) show = std::atoi(argv[++i]);
    else if (a == "--min-identical" && i + 1 < argc) min_identical = std::atof(argv[++i]);
    else if (a == "--dump-dir" && i + 1 < argc) dump_dir = argv[++i];
    else {
      std::fprintf(stderr, "usage: lede_parse_diff [--set S] [--show N] [--min-identical F] [--dump-dir DIR]\n");
      return 2;
    }
  }
  std::vector<lede::bench::Page> pages;
  if (!lede::bench::LoadPages(set, &pages)) return 0;  // no data: nothing to check

  auto gumbo = lede::NewGumboParser();
  auto lede_parser = lede::NewLedeParser();
  lede::ArticleExtractor extractor;
  lede::Document doc;
  std::map<std::string, Tally> tallies;
  int shown = 0;
  std::ofstream index;
  if (!dump_dir.empty()) index.open(dump_dir + "/pages.tsv");
  for (size_t n = 0; n < pages.size(); ++n) {
    const lede::bench::Page& p = pages[n];
    lede::ExtractOptions opts;
    lede::Article a, b;
    if (!gumbo->Parse(p.utf8, {}, &doc).ok()) continue;
    extractor.Extract(doc, opts, &a);
    if (!lede_parser->Parse(p.utf8, {}, &doc).ok()) continue;
    extractor.Extract(doc, opts, &b);
    if (index.is_open()) {
      const std::string base = dump_dir + "/" + std::to_string(n);
      std::ofstream(base + ".html", std::ios::binary) << p.utf8;
      std::ofstream(base + ".lede.txt", std::ios::binary) << lede::FormatHtml5libTree(doc.root());
      index << n << "\t" << p.path << "\n";
    }
    Tally& t = tallies[p.set];
    ++t.pages;
    t.same_title += a.title == b.title;
    const bool same = a.text == b.text;
    t.same_text += same;
    const bool similar = same || WithoutControls(a.text) == WithoutControls(b.text);
    t.same_modulo_controls += similar;
    if (!similar && shown < show) {
      ++shown;
      size_t at = 0;
      while (at < a.text.size() && at < b.text.size() && a.text[at] == b.text[at]) ++at;
      std::printf("DIFF %s (gumbo %zu bytes, lede %zu bytes, first difference at %zu)\n  gumbo: %s\n  lede:  %s\n",
                  p.path.c_str(), a.text.size(), b.text.size(), at, Context(a.text, at).c_str(),
                  Context(b.text, at).c_str());
    }
  }
  bool ok = true;
  Tally all;
  auto print = [](const std::string& name, const Tally& t) {
    std::printf("%-12s pages=%4d  identical text=%4d (%.2f%%)  ignoring controls=%4d (%.2f%%)  identical title=%4d (%.2f%%)\n",
                name.c_str(), t.pages, t.same_text, 100.0 * t.same_text / t.pages, t.same_modulo_controls,
                100.0 * t.same_modulo_controls / t.pages, t.same_title, 100.0 * t.same_title / t.pages);
  };
  for (const auto& [name, t] : tallies) {
    print(name, t);
    ok &= double(t.same_modulo_controls) / t.pages >= min_identical;
    all.pages += t.pages;
    all.same_text += t.same_text;
    all.same_modulo_controls += t.same_modulo_controls;
    all.same_title += t.same_title;
  }
  print("all", all);
  return ok ? 0 : 1;
}
