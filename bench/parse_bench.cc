// Parse throughput, lede's parser against gumbo, in one run, on the 181
// Scrapinghub pages held in memory; then end-to-end extraction pages/s.
//
//   lede_parse_bench [--set scrapinghub|wcxb|readability|all] [--seconds S]
//                    [--only lede|gumbo]
//
// Each measurement repeats whole passes over the pages for about S seconds
// (default 2) and keeps the fastest pass of several rounds (the machine is
// shared, so the best pass is the least disturbed). Input size is the
// decoded UTF-8 the parsers see. Results are checked: both parsers must
// build a non-empty body for every page, and the extraction must produce
// text for most pages.
//
//   parse, gumbo      gumbo_parse (gumbo's own tree), then freed
//   parse, gumbo+DOM  gumbo plus the copy into lede's arena DOM (lede's old
//                     parse stage)
//   parse, lede       lede's tokenizer and tree builder to the arena DOM
//   extract, ...      bytes -> charset -> parse -> article, one thread
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "encoding/charset.h"
#include "extract/article_extractor.h"
#include "html/gumbo_parser.h"
#include "html/parser.h"
#include "lede/lede.h"
#include "parse_corpus.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Measure {
  double seconds_per_pass = 0;
  int passes = 0;
};

// Runs `pass` (one pass over all pages) repeatedly for ~`seconds`, in
// rounds, keeping the fastest pass.
Measure Time(const std::function<void()>& pass, double seconds) {
  pass();  // warm-up: caches, arena blocks, page faults
  Measure m;
  m.seconds_per_pass = 1e30;
  const auto start = Clock::now();
  do {
    const auto t0 = Clock::now();
    pass();
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    m.seconds_per_pass = std::min(m.seconds_per_pass, s);
    ++m.passes;
  } while (std::chrono::duration<double>(Clock::now() - start).count() < seconds || m.passes < 3);
  return m;
}

void Report(const char* what, const Measure& m, size_t bytes, size_t pages) {
  std::printf("%-20s %9.1f MB/s %9.0f pages/s   (best of %d passes, %.1f ms/pass)\n", what,
              bytes / m.seconds_per_pass / 1e6, pages / m.seconds_per_pass, m.passes, 1e3 * m.seconds_per_pass);
}

}  // namespace

int main(int argc, char** argv) {
  std::string set = "scrapinghub", only;
  double seconds = 2;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--set" && i + 1 < argc) set = argv[++i];
    else if (a == "--seconds" && i + 1 < argc) seconds = std::atof(argv[++i]);
    else if (a == "--only" && i + 1 < argc) only = argv[++i];
    else {
      std::fprintf(stderr, "usage: lede_parse_bench [--set S] [--seconds S] [--only lede|gumbo]\n");
      return 2;
    }
  }
  std::vector<lede::bench::Page> pages;
  if (!lede::bench::LoadPages(set, &pages)) return 0;
  size_t utf8_bytes = 0, raw_bytes = 0;
  for (const auto& p : pages) {
    utf8_bytes += p.utf8.size();
    raw_bytes += p.bytes.size();
  }
  std::printf("%zu pages (%s), %.1f MB of UTF-8 (%.1f MB as stored)\n", pages.size(), set.c_str(),
              utf8_bytes / 1e6, raw_bytes / 1e6);

  // Result checks: every page gets a body from both parsers.
  {
    lede::Document doc;
    auto lp = lede::NewLedeParser();
    auto gp = lede::NewGumboParser();
    for (const auto& p : pages) {
      if (!lp->Parse(p.utf8, {}, &doc).ok() || !doc.body()) {
        std::fprintf(stderr, "lede: no body for %s\n", p.path.c_str());
        return 1;
      }
      if (!gp->Parse(p.utf8, {}, &doc).ok() || !doc.body()) {
        std::fprintf(stderr, "gumbo: no body for %s\n", p.path.c_str());
        return 1;
      }
    }
  }

  Measure gumbo_raw, gumbo_dom, lede_parse;
  const bool run_gumbo = only != "lede", run_lede = only != "gumbo";
  if (run_gumbo) {
    gumbo_raw = Time(
        [&] {
          for (const auto& p : pages) {
            GumboOptions opts = kGumboDefaultOptions;
            opts.max_errors = 0;
            GumboOutput* out = gumbo_parse_with_options(&opts, p.utf8.data(), p.utf8.size());
            gumbo_destroy_output(&opts, out);
          }
        },
        seconds);
    auto gp = lede::NewGumboParser();
    lede::Document doc;
    gumbo_dom = Time(
        [&] {
          for (const auto& p : pages) gp->Parse(p.utf8, {}, &doc);
        },
        seconds);
  }
  if (run_lede) {
    auto lp = lede::NewLedeParser();
    lede::Document doc;
    lede_parse = Time(
        [&] {
          for (const auto& p : pages) lp->Parse(p.utf8, {}, &doc);
        },
        seconds);
  }
  std::printf("\nparse to DOM\n");
  if (run_gumbo) {
    Report("gumbo", gumbo_raw, utf8_bytes, pages.size());
    Report("gumbo+DOM copy", gumbo_dom, utf8_bytes, pages.size());
  }
  if (run_lede) Report("lede", lede_parse, utf8_bytes, pages.size());
  if (run_gumbo && run_lede)
    std::printf("lede / gumbo: %.1fx   (lede / gumbo+DOM copy: %.1fx)\n",
                gumbo_raw.seconds_per_pass / lede_parse.seconds_per_pass,
                gumbo_dom.seconds_per_pass / lede_parse.seconds_per_pass);

  // End to end: bytes in memory -> Article, one thread.
  std::printf("\nextract (bytes -> article), one thread\n");
  size_t with_text = 0;
  if (run_gumbo) {
    // The pipeline of lede::Extractor with gumbo as the parse stage.
    auto gp = lede::NewGumboParser();
    lede::Document doc;
    lede::ArticleExtractor extractor;
    std::string utf8;
    const Measure m = Time(
        [&] {
          for (const auto& p : pages) {
            const lede::CharsetDecision cs = lede::SniffCharset(p.bytes, "");
            lede::DecodeToUtf8(std::string_view(p.bytes).substr(cs.bom_length), cs.charset, &utf8);
            gp->Parse(utf8, {}, &doc);
            lede::Article a;
            extractor.Extract(doc, {}, &a);
          }
        },
        seconds);
    Report("gumbo pipeline", m, raw_bytes, pages.size());
  }
  if (run_lede) {
    lede::Extractor extractor;  // the public API: lede's parser
    const Measure m = Time(
        [&] {
          with_text = 0;
          for (const auto& p : pages) {
            lede::Result<lede::Article> r = extractor.Extract(p.bytes);
            with_text += r.ok() && !r.value().text.empty();
          }
        },
        seconds);
    Report("lede::Extractor", m, raw_bytes, pages.size());
    if (with_text * 10 < pages.size() * 9) {
      std::fprintf(stderr, "only %zu of %zu pages gave text\n", with_text, pages.size());
      return 1;
    }
  }
  return 0;
}
