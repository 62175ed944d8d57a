#include "parse_corpus.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "encoding/charset.h"

namespace lede::bench {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool Gunzip(const std::string& in, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = uInt(in.size());
  out->clear();
  char buf[1 << 16];
  int rc;
  do {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out->append(buf, sizeof buf - zs.avail_out);
  } while (rc != Z_STREAM_END);
  inflateEnd(&zs);
  return rc == Z_STREAM_END;
}

void AddPage(const std::string& set, const fs::path& p, std::vector<Page>* pages) {
  Page page;
  page.set = set;
  page.path = p.string();
  std::string raw = ReadFile(p);
  if (p.extension() == ".gz") {
    if (!Gunzip(raw, &page.bytes)) {
      std::fprintf(stderr, "skipping %s: bad gzip\n", page.path.c_str());
      return;
    }
  } else {
    page.bytes = std::move(raw);
  }
  const CharsetDecision cs = SniffCharset(page.bytes, "");
  DecodeToUtf8(std::string_view(page.bytes).substr(cs.bom_length), cs.charset, &page.utf8);
  pages->push_back(std::move(page));
}

std::vector<fs::path> Sorted(const fs::path& dir, const std::string& suffix) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string SharedDataDir() {
  if (const char* env = std::getenv("LEDE_SHARED")) {
    fs::path p = fs::path(env) / "data";
    return fs::is_directory(p) ? p.string() : "";
  }
  fs::path p = fs::path(LEDE_SOURCE_DIR).parent_path() / "shared" / "data";
  return fs::is_directory(p) ? p.string() : "";
}

bool LoadPages(const std::string& set, std::vector<Page>* pages) {
  const std::string data = SharedDataDir();
  if (data.empty()) {
    std::fprintf(stderr, "../shared/data not found (set LEDE_SHARED): benchmark data absent\n");
    return false;
  }
  const fs::path root(data);
  if (set == "scrapinghub" || set == "all")
    for (const fs::path& p : Sorted(root / "scrapinghub" / "html", ".html.gz")) AddPage("scrapinghub", p, pages);
  if (set == "wcxb" || set == "all")
    for (const fs::path& p : Sorted(root / "wcxb" / "dev" / "html", ".html.gz")) AddPage("wcxb", p, pages);
  if (set == "readability" || set == "all") {
    std::vector<fs::path> dirs;
    const fs::path base = root / "readability" / "test-pages";
    if (fs::is_directory(base))
      for (const auto& e : fs::directory_iterator(base))
        if (fs::exists(e.path() / "source.html")) dirs.push_back(e.path() / "source.html");
    std::sort(dirs.begin(), dirs.end());
    for (const fs::path& p : dirs) AddPage("readability", p, pages);
  }
  if (pages->empty()) {
    std::fprintf(stderr, "no pages found for set '%s' under %s\n", set.c_str(), data.c_str());
    return false;
  }
  return true;
}

}  // namespace lede::bench
