// Parses one generated hostile input (tests/hostile_inputs.h) with lede's
// parser, for bench/hostile_scaling.sh:
//   lede_hostile GENERATOR N     parse the input of size N
//   lede_hostile --list          the generators and their issue sizes
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "hostile_inputs.h"
#include "html/parser.h"

int main(int argc, char** argv) {
  const auto& gens = lede::testing::HostileGenerators();
  if (argc == 2 && std::string(argv[1]) == "--list") {
    for (const auto& g : gens) std::printf("%s\t%zu\t%s\n", g.name, g.full_size, g.what);
    return 0;
  }
  if (argc != 3) {
    std::fprintf(stderr, "usage: lede_hostile GENERATOR N | --list\n");
    return 2;
  }
  for (const auto& g : gens) {
    if (g.name != std::string(argv[1])) continue;
    const std::string input = g.make(std::strtoull(argv[2], nullptr, 10));
    auto parser = lede::NewLedeParser();
    lede::Document doc;
    const auto t0 = std::chrono::steady_clock::now();
    lede::Status st = parser->Parse(input, {}, &doc);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%s n=%s: %zu bytes, %zu nodes, %.1f ms%s\n", g.name, argv[2], input.size(), doc.node_count(), ms,
                doc.truncated() ? " (truncated)" : "");
    return st.ok() ? 0 : 1;
  }
  std::fprintf(stderr, "unknown generator %s\n", argv[1]);
  return 2;
}
