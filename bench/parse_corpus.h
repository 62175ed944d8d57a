// The pages of ../shared/data loaded into memory for the parse benchmarks
// and the differential check: scrapinghub/html/*.html.gz,
// wcxb/dev/html/*.html.gz and readability/test-pages/*/source.html,
// gunzipped and decoded to UTF-8 the way lede::Extractor decodes them.
#ifndef LEDE_BENCH_PARSE_CORPUS_H_
#define LEDE_BENCH_PARSE_CORPUS_H_

#include <string>
#include <vector>

namespace lede::bench {

struct Page {
  std::string set;    // "scrapinghub", "wcxb", "readability"
  std::string path;
  std::string bytes;  // as stored (decompressed)
  std::string utf8;   // decoded
};

// The shared data directory (LEDE_SHARED, else ../shared next to the
// source tree), or "" when absent.
std::string SharedDataDir();

// Loads the pages of `set` ("scrapinghub", "wcxb", "readability" or "all").
// Returns false (with a message on stderr) when the data is missing.
bool LoadPages(const std::string& set, std::vector<Page>* pages);

}  // namespace lede::bench

#endif  // LEDE_BENCH_PARSE_CORPUS_H_
