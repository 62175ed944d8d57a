// lede_throughput: end-to-end extraction speed over a set of pages held in
// memory, on one thread, through the public API only (lede::Extractor).
//
//   lede_throughput [options] PATH...   (directories, .html/.html.gz files)
//   lede_throughput --list pages.txt    (one path per line)
//
// All pages are read (and gunzipped) before timing starts. An untimed
// warm-up over the first --warmup pages (default 20), then timed passes
// until --min-time seconds have been spent and at least --min-passes passes
// ran. The headline is the BEST pass (least disturbed by other load on a
// shared machine: noise only adds time); the median pass and the rate per
// CPU second (median pass, process CPU time) are reported too.
// MB/s counts decompressed input bytes, MB = 10^6 bytes. Peak RSS is
// getrusage(RUSAGE_SELF).ru_maxrss (includes the pages held in memory; the
// RSS after loading is reported too). The checksum (sum of body text bytes
// over one pass) keeps the work from being optimized away and changes when
// extraction output changes.
//
// Exits 2 on usage or I/O errors with a message on stderr.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "../tools/lede/file_io.h"
#include "lede/lede.h"

namespace {

struct Page {
  std::string path;
  std::string bytes;
};

struct Config {
  std::vector<std::string> inputs;
  std::string list_file;
  double min_time = 3.0;
  int min_passes = 3;
  int passes = 0;  // fixed number of timed passes when > 0
  size_t warmup = 20;  // pages extracted once, untimed, before the passes
  size_t limit = 0;  // first N pages only when > 0
  bool json = false;
  bool no_metadata = false;  // ExtractOptions::metadata = false: the body only
  bool no_repair_mojibake = false;  // ExtractOptions::repair_mojibake = false: what the repair costs
};

[[noreturn]] void Die(const std::string& msg) {
  std::fprintf(stderr, "lede_throughput: %s\n", msg.c_str());
  std::exit(2);
}

void Usage() {
  std::fprintf(stderr,
               "usage: lede_throughput [--list FILE] [--min-time SECONDS] [--min-passes N]\n"
               "                       [--passes N] [--warmup PAGES] [--limit N] [--json] [--no-metadata]\n"
               "                       [--no-repair-mojibake] [PATH...]\n"
               "PATH: a directory (its *.html, *.htm, *.html.gz, *.htm.gz) or a page file.\n");
}

bool IsPageName(const std::string& name) {
  for (const char* ext : {".html", ".htm", ".html.gz", ".htm.gz"}) {
    const size_t n = std::strlen(ext);
    if (name.size() > n && name.compare(name.size() - n, n, ext) == 0) return true;
  }
  return false;
}

std::vector<std::string> ListPages(const Config& cfg) {
  std::vector<std::string> paths;
  if (!cfg.list_file.empty()) {
    std::ifstream in(cfg.list_file);
    if (!in) Die("cannot read list " + cfg.list_file);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) paths.push_back(line);
    }
  }
  namespace fs = std::filesystem;
  for (const std::string& input : cfg.inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::directory_iterator(input, ec)) {
        if (entry.is_regular_file() && IsPageName(entry.path().filename().string()))
          found.push_back(entry.path().string());
      }
      if (ec) Die("cannot list " + input + ": " + ec.message());
      std::sort(found.begin(), found.end());
      paths.insert(paths.end(), found.begin(), found.end());
    } else {
      paths.push_back(input);
    }
  }
  if (cfg.limit > 0 && paths.size() > cfg.limit) paths.resize(cfg.limit);
  return paths;
}

// CPU time of this process (user + system), immune to time spent waiting
// for a core that other processes hold.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double MaxRssMiB() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // Linux: KiB
}

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

Config ParseArgs(int argc, char** argv) {
  Config cfg;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        Usage();
        Die("missing value for " + a);
      }
      return argv[++i];
    };
    if (a == "--list") cfg.list_file = value();
    else if (a == "--min-time") cfg.min_time = std::atof(value().c_str());
    else if (a == "--min-passes") cfg.min_passes = std::max(1, std::atoi(value().c_str()));
    else if (a == "--passes") cfg.passes = std::atoi(value().c_str());
    else if (a == "--warmup") cfg.warmup = static_cast<size_t>(std::atoll(value().c_str()));
    else if (a == "--limit") cfg.limit = static_cast<size_t>(std::atoll(value().c_str()));
    else if (a == "--json") cfg.json = true;
    else if (a == "--no-metadata") cfg.no_metadata = true;
    else if (a == "--no-repair-mojibake") cfg.no_repair_mojibake = true;
    else if (a == "-h" || a == "--help") {
      Usage();
      std::exit(0);
    } else if (a.size() > 1 && a[0] == '-') {
      Usage();
      Die("unknown option " + a);
    } else {
      cfg.inputs.push_back(a);
    }
  }
  if (cfg.inputs.empty() && cfg.list_file.empty()) {
    Usage();
    Die("no pages given");
  }
  return cfg;
}

}  // namespace

int main(int argc, char** argv) {
  const Config cfg = ParseArgs(argc, argv);

  std::vector<Page> pages;
  size_t total_bytes = 0;
  for (const std::string& path : ListPages(cfg)) {
    Page p{path, {}};
    lede::Status st = lede::cli::ReadInput(path, size_t{1} << 30, &p.bytes);
    if (!st.ok()) Die(path + ": " + st.ToString());
    total_bytes += p.bytes.size();
    pages.push_back(std::move(p));
  }
  if (pages.empty()) Die("no pages found");
  const double loaded_rss = MaxRssMiB();

  lede::Extractor extractor;
  lede::ExtractOptions options;
  options.metadata = !cfg.no_metadata;
  options.repair_mojibake = !cfg.no_repair_mojibake;
  size_t failures = 0;
  auto run_pages = [&](size_t count) -> size_t {
    size_t sum = 0;
    for (size_t i = 0; i < count; ++i) {
      lede::Result<lede::Article> r = extractor.Extract(pages[i].bytes, options);
      if (r.ok()) sum += r.value().text.size();
      else ++failures;
    }
    return sum;
  };
  auto run_pass = [&]() { return run_pages(pages.size()); };

  run_pages(std::min(cfg.warmup, pages.size()));
  failures = 0;

  using Clock = std::chrono::steady_clock;
  std::vector<double> times, cpu_times;
  size_t checksum = 0;
  double spent = 0;
  for (;;) {
    const double c0 = CpuSeconds();
    const auto t0 = Clock::now();
    const size_t sum = run_pass();
    const double dt = std::chrono::duration<double>(Clock::now() - t0).count();
    cpu_times.push_back(CpuSeconds() - c0);
    if (!times.empty() && sum != checksum) Die("checksum differs between passes (nondeterminism?)");
    checksum = sum;
    times.push_back(dt);
    spent += dt;
    const int n = static_cast<int>(times.size());
    if (cfg.passes > 0 ? n >= cfg.passes : (n >= cfg.min_passes && spent >= cfg.min_time)) break;
  }
  const size_t timed_passes = times.size();
  failures /= timed_passes;

  const double best = *std::min_element(times.begin(), times.end());
  const double median = Median(times);
  const double median_cpu = Median(cpu_times);
  const double np = static_cast<double>(pages.size());
  const double mb = static_cast<double>(total_bytes) / 1e6;
  const double peak_rss = MaxRssMiB();

  if (cfg.json) {
    auto list = [](const std::vector<double>& v) {
      std::string out = "[";
      for (size_t i = 0; i < v.size(); ++i) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%.6f", i ? "," : "", v[i]);
        out += buf;
      }
      return out + "]";
    };
    std::printf(
        "{\"tool\":\"lede\",\"variant\":\"Extractor\",\"pages\":%zu,\"bytes\":%zu,"
        "\"passes\":%zu,\"stat\":\"best\",\"pages_per_s\":%.3f,\"mb_per_s\":%.3f,"
        "\"median_pages_per_s\":%.3f,\"cpu_pages_per_s\":%.3f,"
        "\"pass_seconds\":%s,\"pass_cpu_seconds\":%s,"
        "\"peak_rss_mib\":%.1f,\"loaded_rss_mib\":%.1f,\"failures\":%zu,\"checksum\":%zu,"
        "\"first_page\":%s}\n",
        pages.size(), total_bytes, timed_passes, np / best, mb / best, np / median,
        np / median_cpu, list(times).c_str(), list(cpu_times).c_str(), peak_rss, loaded_rss,
        failures, checksum, JsonString(pages.front().path).c_str());
  } else {
    std::printf("pages           %zu (%.2f MB decompressed, in memory)\n", pages.size(), mb);
    std::printf("timed passes    %zu (after %zu warm-up pages): best %.3f s, median %.3f s\n",
                timed_passes, std::min(cfg.warmup, pages.size()), best, median);
    std::printf("pages/s         %.1f (best pass; median %.1f; per CPU second %.1f)\n", np / best,
                np / median, np / median_cpu);
    std::printf("MB/s            %.2f (best pass)\n", mb / best);
    std::printf("peak RSS        %.1f MiB (%.1f MiB after loading the pages)\n", peak_rss,
                loaded_rss);
    std::printf("failures        %zu\n", failures);
    std::printf("checksum        %zu (body text bytes per pass)\n", checksum);
  }
  return 0;
}
