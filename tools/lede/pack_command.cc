// lede pack: HTML files into a WARC file of HTTP responses, so the WARC
// path can be shown and tested on any set of pages.
#include <sys/stat.h>
#include <zdict.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "lede/options.h"
#include "warc/warc_writer.h"

namespace lede::cli {
namespace {

constexpr char kPackUsage[] = R"(usage: lede pack HTML... -o OUT.warc[.gz|.zst] [options]

Writes a WARC/1.1 file holding each HTML file (.html or .html.gz) as an
HTTP 200 text/html response, after a warcinfo record. With .gz each record
is its own gzip member, with .zst its own zstd frame.

options:
  -o, --output OUT   the WARC file to write
  --url-from-name    the record's URL from the file name (without .gz),
                     percent-decoded: used as is when it has a scheme
                     ("https%3A%2F%2Fexample.com%2Fa.html"), else appended
                     to --base-url. Default: a file: URL of the path.
  --base-url URL     prefix for --url-from-name (default http://localhost/)
  --date ISO         WARC-Date of every record, in UTC: 2024-01-31 or
                     2024-01-31T12:00:00Z (default: each file's mtime)
  --zstd-dict        with .zst: train a dictionary on the pages and store it
                     in the file (WARC zstd convention)
  -h, --help         show this help
  --version          print the version

Exit status: 0 when every file was packed; 1 when a file could not be read
or is plainly no web page (empty, an image, a PDF, binary data: it is left out,
says why on stderr, and the others are packed) or OUT could not be written;
2 on a usage error.
)";

int UsageError(const std::string& msg) {
  std::fprintf(stderr, "lede: %s\nTry 'lede pack --help'.\n", msg.c_str());
  return 2;
}

std::string PercentDecode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    auto hex = [](char c) {
      if (c >= '0' && c <= '9') return c - '0';
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
      return -1;
    };
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out.push_back(char(hex(s[i + 1]) * 16 + hex(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string PercentEncodePath(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(char(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

// A WARC-Date as the WARC standard takes it (W3C ISO 8601, UTC): a day
// (IsIsoDay: one the month has), or a day and a time ending in "Z",
// seconds and their fraction optional.
bool IsWarcDate(std::string_view v) {
  if (v.size() < 10 || !IsIsoDay(v.substr(0, 10))) return false;
  std::string_view t = v.substr(10);  // "", or "Thh:mm[:ss[.f...]]Z"
  if (t.empty()) return true;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // Two digits at t[i], at most `max`.
  auto two = [&](size_t i, int max) {
    return i + 1 < t.size() && digit(t[i]) && digit(t[i + 1]) && (t[i] - '0') * 10 + (t[i + 1] - '0') <= max;
  };
  if (t.back() != 'Z' || t[0] != 'T' || !two(1, 23) || t.size() < 7 || t[3] != ':' || !two(4, 59)) return false;
  t.remove_suffix(1);
  size_t i = 6;
  if (i < t.size() && t[i] == ':') {
    if (!two(i + 1, 59)) return false;
    i += 3;
    if (i < t.size() && t[i] == '.') {
      const size_t f = ++i;
      while (i < t.size() && digit(t[i])) ++i;
      if (i == f) return false;
    }
  }
  return i == t.size();
}

std::string IsoDate(time_t t) {
  char buf[32];
  struct tm tm;
  gmtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

int RunPack(int argc, char** argv) {
  std::vector<std::string> files;
  std::string output, base_url = "http://localhost/", date;
  bool url_from_name = false, zstd_dict = false;
  Args args(argc, argv);
  while (args.Next()) {
    const std::string& a = args.arg();
    if (a.empty() || a[0] != '-') {
      files.push_back(a);
    } else if (args.PrintedHelpOrVersion(kPackUsage)) {
      return 0;
    } else if (a == "-o" || args.Is("--output")) {
      if (!args.Value(&output)) return UsageError("-o needs a file name");
    } else if (a == "--url-from-name") {
      url_from_name = true;
    } else if (args.Is("--base-url")) {
      if (!args.Value(&base_url)) return UsageError("--base-url needs a URL");
    } else if (args.Is("--date")) {
      if (!args.Value(&date)) return UsageError("--date needs an ISO 8601 date");
      if (!IsWarcDate(date))
        return UsageError("--date needs a UTC date as 2024-01-31 or 2024-01-31T12:00:00Z, not '" + date + "'");
    } else if (a == "--zstd-dict") {
      zstd_dict = true;
    } else {
      return UsageError("unknown option '" + a + "'");
    }
  }
  if (files.empty()) return UsageError("no HTML file to pack");
  if (output.empty()) return UsageError("no output: give -o OUT.warc.gz");
  if (const std::string_view other = UnwrittenCompressionSuffix(output); !other.empty())
    return UsageError("cannot write " + std::string(other) + ": name the output .warc, .warc.gz or .warc.zst");

  std::string dictionary;
  if (zstd_dict && CompressionForPath(output) != Compression::kZstd)
    std::fprintf(stderr, "lede: --zstd-dict is for .warc.zst output; %s is not one: packing without a dictionary\n",
                 output.c_str());
  if (zstd_dict && CompressionForPath(output) == Compression::kZstd) {
    // Train on up to 64 MiB of pages.
    std::string samples;
    std::vector<size_t> sizes;
    std::string page;
    for (const std::string& f : files) {
      if (samples.size() > (64u << 20)) break;
      if (!ReadInput(f, 256u << 20, &page).ok()) continue;
      samples += page;
      sizes.push_back(page.size());
    }
    dictionary.resize(112 * 1024);
    const size_t n = ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), samples.data(), sizes.data(),
                                           unsigned(sizes.size()));
    if (ZDICT_isError(n)) {
      // zstd's own words ("Src size is incorrect") do not say that the
      // trainer needs many pages (some hundred): say how many it had.
      std::fprintf(stderr,
                   "lede: no zstd dictionary: training on %zu page%s (%zu bytes) failed (%s; a dictionary needs "
                   "many pages, a hundred or more); packing without one\n",
                   sizes.size(), sizes.size() == 1 ? "" : "s", samples.size(), ZDICT_getErrorName(n));
      dictionary.clear();
    } else {
      dictionary.resize(n);
    }
  }

  Result<WarcWriter> w = WarcWriter::Open(output, dictionary);
  if (!w.ok()) {
    std::fprintf(stderr, "lede: %s\n", w.status().ToString().c_str());
    return 1;
  }
  WarcWriter& warc = w.value();
  const std::string now = date.empty() ? IsoDate(std::time(nullptr)) : date;
  const std::string info = "software: " + std::string(kLedeVersion) +
                           "\r\nformat: WARC File Format 1.1\r\ndescription: HTML files packed by lede pack\r\n";
  const std::string name = std::filesystem::path(output).filename().string();
  Status st = warc.WriteRecord({{"WARC-Type", "warcinfo"},
                                {"WARC-Record-ID", WarcWriter::RecordIdFor("warcinfo\n" + name)},
                                {"WARC-Date", now},
                                {"WARC-Filename", name},
                                {"Content-Type", "application/warc-fields"}},
                               info);
  int failures = 0;
  std::string page;
  for (const std::string& f : files) {
    if (!st.ok()) break;
    Status r = ReadInput(f, 256u << 20, &page);
    // An image or archive in the glob would become a text/html response.
    if (r.ok()) r = CheckLooksLikePage(page);
    if (!r.ok()) {
      std::fprintf(stderr, "lede: %s: %s\n", f.c_str(), r.ToString().c_str());
      ++failures;
      continue;
    }
    std::string url;
    std::filesystem::path p(f);
    if (url_from_name) {
      std::string base = p.filename().string();
      if (base.size() > 3 && base.compare(base.size() - 3, 3, ".gz") == 0) base.resize(base.size() - 3);
      base = PercentDecode(base);
      url = base.find("://") != std::string::npos ? base : base_url + base;
    } else {
      std::error_code ec;
      url = "file://" + PercentEncodePath(std::filesystem::absolute(p, ec).lexically_normal().string());
    }
    std::string when = date;
    if (when.empty()) {
      struct stat sb;
      when = ::stat(f.c_str(), &sb) == 0 ? IsoDate(sb.st_mtime) : now;
    }
    st = warc.WriteHtmlResponse(url, when, page);
  }
  Status c = warc.Close();
  if (st.ok()) st = c;
  if (!st.ok()) {
    std::fprintf(stderr, "lede: %s: %s\n", output.c_str(), st.ToString().c_str());
    return 1;
  }
  return failures ? 1 : 0;
}

}  // namespace lede::cli
