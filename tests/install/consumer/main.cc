// Reads a page and prints its title, then its body as Markdown: the
// README's library example, built against an installed lede.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "lede/lede.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer PAGE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  lede::ExtractOptions opts;
  opts.url = "https://example.com/story";
  lede::Result<lede::Article> r = lede::Extract(page, opts);
  if (!r.ok()) {
    std::cerr << r.status().ToString() << "\n";
    return 1;
  }
  const lede::Article& a = r.value();
  std::cout << a.title.value_or("") << "\n" << lede::ToMarkdown(a);
  return 0;
}
