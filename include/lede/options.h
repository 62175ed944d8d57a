// Options for one extraction. Plain aggregate; defaults are the recommended
// settings.
#ifndef LEDE_OPTIONS_H_
#define LEDE_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace lede {

enum class Favor : uint8_t {
  kBalanced,
  kPrecision,  // drop borderline blocks: less boilerplate, some content lost
  kRecall,     // keep borderline blocks: more content, some boilerplate kept
};

struct Limits {
  // Inputs larger than this fail with kLimitExceeded before any work.
  size_t max_input_bytes = 256u << 20;
  // Elements beyond this count are not added to the DOM; the article is
  // built from what was parsed and flagged as truncated.
  size_t max_nodes = 8u << 20;
  // Wall-clock budget for one page in milliseconds; 0 = none. Checked
  // between stages (and inside parsers that honour it): a page over budget
  // before extraction fails with kLimitExceeded ("time_budget_ms: ..."); a
  // parser that stopped early yields a partial article with "time_budget_ms"
  // in Article::limits_hit.
  uint32_t time_budget_ms = 0;
};

struct ExtractOptions {
  // The page's URL: used to resolve relative links and as a metadata hint.
  std::string url;
  // Charset from the transport (HTTP Content-Type), as a label ("latin1",
  // "utf-8"). Empty when unknown. A BOM still wins, as in browsers.
  std::string charset;
  Favor favor = Favor::kBalanced;
  Limits limits;
};

}  // namespace lede

#endif  // LEDE_OPTIONS_H_
