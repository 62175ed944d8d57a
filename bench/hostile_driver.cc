// The hostile page generators (tests/hostile_pages.h) for bench/pipeline_scaling.py:
//
//   hostile_driver list                  name, unit, full n, CI n, parser-bound
//   hostile_driver parser                the default HTML parser's name
//   hostile_driver write NAME N FILE     writes the page of size N to FILE
//   hostile_driver run FILE              Extract + ToJson + ToMarkdown + ToHtml
//
// `run` reads the file and does nothing else, so callgrind's count is the
// library's work on that page (plus a linear read).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "hostile_pages.h"
#include "html/parser.h"
#include "lede/lede.h"

int main(int argc, char** argv) {
  using lede::testing::kHostileCases;
  const std::string_view cmd = argc > 1 ? argv[1] : "";
  if (cmd == "list") {
    for (const auto& c : kHostileCases)
      std::printf("%s\t%s\t%zu\t%zu\t%d\n", c.name, c.unit, c.full_n, c.ci_n, c.parser_bound ? 1 : 0);
    return 0;
  }
  if (cmd == "parser") {
    std::printf("%s\n", std::string(lede::NewDefaultParser()->name()).c_str());
    return 0;
  }
  if (cmd == "write" && argc == 5) {
    for (const auto& c : kHostileCases) {
      if (c.name != std::string_view(argv[2])) continue;
      const std::string page = c.make(std::strtoull(argv[3], nullptr, 10));
      std::ofstream out(argv[4], std::ios::binary);
      out.write(page.data(), static_cast<std::streamsize>(page.size()));
      return out ? 0 : 1;
    }
    std::fprintf(stderr, "hostile_driver: no generator '%s'\n", argv[2]);
    return 2;
  }
  if (cmd == "run" && argc == 3) {
    std::ifstream in(argv[2], std::ios::binary);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    lede::Result<lede::Article> r = lede::Extract(page);
    if (!r.ok()) {
      std::printf("error %s\n", r.status().ToString().c_str());
      return r.status().code() == lede::StatusCode::kLimitExceeded ? 0 : 1;
    }
    const std::string json = lede::ToJson(r.value());
    const std::string md = lede::ToMarkdown(r.value());
    const std::string html = lede::ToHtml(r.value());
    std::printf("ok input=%zu text=%zu json=%zu markdown=%zu html=%zu\n", page.size(),
                r.value().text.size(), json.size(), md.size(), html.size());
    return 0;
  }
  std::fprintf(stderr, "usage: hostile_driver list | parser | write NAME N FILE | run FILE\n");
  return 2;
}
