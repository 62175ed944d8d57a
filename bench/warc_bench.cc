// Driver for bench/warc.py: the rates a shell command cannot isolate.
//
//   lede_warc_bench extract [--url-prefix P] FILE...   in-memory extraction pages/s
//   lede_warc_bench read WARC                          WarcReader only: records, MB/s
//   lede_warc_bench zlib WARC.gz                       the same bytes inflated by zlib alone
//
// Prints one JSON object. Files are read (and .gz decoded) before timing.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "lede/warc.h"
#include "warc/decompress.h"

namespace {

using Clock = std::chrono::steady_clock;

std::string ReadWhole(const std::string& path) {
  std::string s;
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return s;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
  std::fclose(f);
  return s;
}

std::string BaseName(const std::string& p) {
  std::string b = p.substr(p.find_last_of('/') + 1);
  if (b.size() > 3 && b.compare(b.size() - 3, 3, ".gz") == 0) b.resize(b.size() - 3);
  return b;
}

int Extract(int argc, char** argv) {
  std::string prefix;
  std::vector<std::string> pages, urls;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--url-prefix" && i + 1 < argc) {
      prefix = argv[++i];
      continue;
    }
    std::string raw = ReadWhole(a), page;
    if (lede::HasGzipMagic(raw)) (void)lede::Gunzip(raw, 1u << 30, &page);
    else page = std::move(raw);
    pages.push_back(std::move(page));
    urls.push_back(prefix.empty() ? "" : prefix + BaseName(a));
  }
  lede::Extractor ex;
  size_t bytes = 0, ok = 0, chars = 0;
  const Clock::time_point t0 = Clock::now();
  for (size_t i = 0; i < pages.size(); ++i) {
    lede::ExtractOptions o;
    o.url = urls[i];
    lede::Result<lede::Article> r = ex.Extract(pages[i], o);
    bytes += pages[i].size();
    if (r.ok()) {
      ++ok;
      chars += r->text.size();
    }
  }
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("{\"pages\":%zu,\"ok\":%zu,\"seconds\":%.4f,\"pages_per_s\":%.1f,\"mb_per_s\":%.2f,\"text_bytes\":%zu}\n",
              pages.size(), ok, s, pages.size() / s, bytes / s / 1e6, chars);
  return 0;
}

int Read(const char* path) {
  const Clock::time_point t0 = Clock::now();
  lede::Result<lede::WarcReader> r = lede::WarcReader::Open(path);
  if (!r.ok()) {
    std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
    return 1;
  }
  lede::WarcRecord rec;
  size_t records = 0, errors = 0, bytes = 0;
  for (;;) {
    lede::Result<bool> n = r->Next(&rec);
    if (!n.ok()) {
      ++errors;
      continue;
    }
    if (!n.value()) break;
    ++records;
    bytes += rec.block.size();
  }
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("{\"records\":%zu,\"errors\":%zu,\"seconds\":%.4f,\"block_mb\":%.2f,\"file_mb\":%.2f}\n", records,
              errors, s, bytes / 1e6, r->file_position() / 1e6);
  return 0;
}

int Zlib(const char* path) {
  const std::string raw = ReadWhole(path);
  std::string out;
  const Clock::time_point t0 = Clock::now();
  lede::Status st = lede::Gunzip(raw, size_t(1) << 34, &out);
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("{\"ok\":%s,\"seconds\":%.4f,\"out_mb\":%.2f}\n", st.ok() ? "true" : "false", s, out.size() / 1e6);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fputs("usage: lede_warc_bench extract|read|zlib ARGS...\n", stderr);
    return 2;
  }
  const std::string mode = argv[1];
  if (mode == "extract") return Extract(argc - 2, argv + 2);
  if (mode == "read") return Read(argv[2]);
  if (mode == "zlib") return Zlib(argv[2]);
  return 2;
}
