// Generators of hostile HTML for the parser: inputs that make naive HTML5
// parsers quadratic or recursive. Used by tests/hostile_test.cc (scaled
// down) and bench/hostile.cc + bench/hostile_scaling.sh (instruction counts
// at N and 2N).
#ifndef LEDE_TESTS_HOSTILE_INPUTS_H_
#define LEDE_TESTS_HOSTILE_INPUTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::testing {

struct HostileGenerator {
  const char* name;
  const char* what;
  size_t full_size;  // the size the issue asks for
  std::string (*make)(size_t n);
};

inline std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out.append(s);
  return out;
}

inline const std::vector<HostileGenerator>& HostileGenerators() {
  static const std::vector<HostileGenerator> kGenerators = {
      {"nesting", "n nested <div>, then text", 1000000,
       [](size_t n) { return Repeat("<div>", n) + "deep"; }},
      {"nesting-mixed", "n nested <span><ul><li><blockquote> groups", 250000,
       [](size_t n) { return Repeat("<span><ul><li><blockquote>", n) + "deep"; }},
      {"formatting", "n unclosed <b>, then n paragraphs and n </b>", 100000,
       [](size_t n) { return Repeat("<b>", n) + Repeat("<p>x", n) + Repeat("</b>", n); }},
      {"formatting-distinct", "n unclosed <b id=i> (no Noah's Ark relief), a <div>, n </b>", 100000,
       [](size_t n) {
         std::string s;
         for (size_t i = 0; i < n; ++i) s += "<b id=" + std::to_string(i) + ">";
         return s + "<div>" + Repeat("</b>", n);
       }},
      {"adoption", "n <b> each closed across a block: <b><div></b> (the adoption agency moves each)", 100000,
       [](size_t n) { return Repeat("<b>", n) + Repeat("<div>", n) + Repeat("</b>", n); }},
      {"misnested", "n of <a><p><b></a>x (adoption agency with furthest blocks)", 100000,
       [](size_t n) { return Repeat("<a><p><b></a>x", n); }},
      {"tables", "n nested <table><tr><td>", 10000,
       [](size_t n) { return Repeat("<table><tr><td>", n) + "cell"; }},
      {"table-text", "n nested tables, each with foster-parented text", 10000,
       [](size_t n) { return Repeat("<table>x<tr><td>", n) + "y"; }},
      {"attribute", "one attribute value of n bytes", 10000000,
       [](size_t n) { return "<div title=\"" + std::string(n, 'a') + "\">x</div>"; }},
      {"attributes", "one tag with n distinct attributes", 100000,
       [](size_t n) {
         std::string s = "<div";
         for (size_t i = 0; i < n; ++i) s += " a" + std::to_string(i) + "=v";
         return s + ">";
       }},
      {"nul", "n bytes mixing NUL with markup and text", 1000000,
       [](size_t n) {
         static const char kUnit[] = "<p\0 a\0=\0>\0x\0&amp\0;<svg>\0</svg><!--\0-->";
         const std::string_view unit(kUnit, sizeof kUnit - 1);
         std::string s;
         while (s.size() < n) s.append(unit);
         s.resize(n);
         return s;
       }},
      {"end-tags", "n unmatched end tags inside n open <span>", 100000,
       [](size_t n) { return Repeat("<span>", n) + Repeat("</foo>", n) + Repeat("</em>", n); }},
      {"foreign", "n nested <g> in <svg>, then n unmatched end tags", 100000,
       [](size_t n) { return "<svg>" + Repeat("<g>", n) + Repeat("</x>", n) + "</p>" + Repeat("<g>", n); }},
      {"custom-elements", "n nested custom elements, then n unmatched end tags", 100000,
       [](size_t n) { return Repeat("<x-a>", n) + Repeat("</x-b>", n) + Repeat("</x-a>", n); }},
      {"text-appends", "n text pieces joined across ignored end tags", 1000000,
       [](size_t n) { return "<p>" + Repeat("a</x>", n); }},
  };
  return kGenerators;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_HOSTILE_INPUTS_H_
