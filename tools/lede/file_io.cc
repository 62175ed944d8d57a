#include "file_io.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <sys/stat.h>

#include "warc/decompress.h"

namespace lede::cli {

bool FlushStdout() { return std::fflush(stdout) == 0 && !std::ferror(stdout); }

int WriteError() {
  std::fprintf(stderr, "lede: write error: %s\n", std::strerror(errno));
  return 1;
}

Status ReadInput(const std::string& path, size_t max_bytes, std::string* out) {
  out->clear();
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) return Status::IoError(std::string("cannot open: ") + std::strerror(errno));
  // fopen opens a directory on Linux and the first read fails with EISDIR;
  // say so rather than "read error".
  struct stat sb;
  if (f != stdin && fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
    std::fclose(f);
    return Status::IoError("is a directory (give the files inside it)");
  }
  std::string raw;
  // A file's size is known: hold it in one allocation (growing by doubling
  // took up to twice the page, three times while it moved).
  if (f != stdin && fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0)
    raw.reserve(std::min<size_t>(size_t(sb.st_size), max_bytes + 1));
  char buf[1 << 16];
  size_t n;
  // Compressed input may be smaller than the limit and expand past it; the
  // raw read is capped at the limit too. Tested before the bytes are
  // appended: appending them first grew the string (doubling) to twice the
  // limit, copying it, before the test refused it (a stream of 256 MiB and
  // more, `lede extract /dev/urandom`: 528 MB peak).
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (raw.size() + n > max_bytes) {
      if (f != stdin) std::fclose(f);
      return Status::LimitExceeded("max_input_bytes: input passes the limit of " + std::to_string(max_bytes) +
                                   " bytes");
    }
    raw.append(buf, n);
  }
  const bool err = std::ferror(f);
  const int read_errno = errno;
  if (f != stdin) std::fclose(f);
  if (err) return Status::IoError(std::string("read error: ") + std::strerror(read_errno));
  const bool gz_name = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  // A page saved uncompressed under a .gz name (a crawler or `curl -o x.gz`
  // that did not ask for compression) is read as it is: markup, not a stream.
  if ((gz_name && !BeginsWithMarkup(raw)) || HasGzipMagic(raw)) return Gunzip(raw, max_bytes, out);
  *out = std::move(raw);
  return Status::Ok();
}

std::string_view UnwrittenCompressionSuffix(std::string_view path) {
  for (std::string_view s : {".bz2", ".xz", ".lz4", ".lzma", ".br", ".zip", ".7z", ".Z"})
    if (path.size() > s.size() && path.substr(path.size() - s.size()) == s) return s;
  return {};
}

bool IsDirectory(const std::string& path) {
  struct stat sb;
  return path != "-" && ::stat(path.c_str(), &sb) == 0 && S_ISDIR(sb.st_mode);
}

namespace {

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

bool IsPageName(std::string_view name) {
  if (EndsWithNoCase(name, ".gz")) name.remove_suffix(3);
  for (std::string_view ext : {".html", ".htm", ".xhtml", ".shtml"})
    if (EndsWithNoCase(name, ext)) return true;
  return false;
}

bool IsWarcName(std::string_view name) {
  for (std::string_view ext : {".warc", ".warc.gz", ".warc.zst"})
    if (EndsWithNoCase(name, ext)) return true;
  return false;
}

// The files under `dir` that `wanted` takes, recursively. A subdirectory
// that cannot be read (permission denied, removed meanwhile) is named in
// `unreadable` and the walk goes on; a symlink to a directory is not
// followed (a link to an ancestor would loop), one to a file is read.
Status ListFiles(const std::string& dir, bool (*wanted)(std::string_view), const char* none,
                 std::vector<std::string>* out, std::vector<std::string>* unreadable) {
  namespace fs = std::filesystem;
  std::vector<std::string> found;
  std::vector<fs::path> dirs{fs::path(dir)};
  for (bool top = true; !dirs.empty(); top = false) {
    const fs::path d = std::move(dirs.back());
    dirs.pop_back();
    std::error_code ec;
    fs::directory_iterator it(d, ec);
    for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;
      if (!it->is_symlink(type_ec) && it->is_directory(type_ec)) dirs.push_back(it->path());
      else if (it->is_regular_file(type_ec) && wanted(it->path().filename().native()))
        found.push_back(it->path().native());
    }
    if (ec && top) return Status::IoError("cannot read directory: " + ec.message());
    if (ec) unreadable->push_back(d.native() + ": cannot read directory: " + ec.message());
  }
  if (found.empty()) return Status::InvalidArgument(none);
  std::sort(found.begin(), found.end());
  out->insert(out->end(), found.begin(), found.end());
  return Status::Ok();
}

}  // namespace

Status ListPages(const std::string& dir, std::vector<std::string>* out, std::vector<std::string>* unreadable) {
  return ListFiles(dir, IsPageName,
                   "no pages in this directory (files named *.html, *.htm, *.xhtml or *.shtml, or those .gz)", out,
                   unreadable);
}

Status ListWarcs(const std::string& dir, std::vector<std::string>* out, std::vector<std::string>* unreadable) {
  return ListFiles(dir, IsWarcName, "no WARC files in this directory (*.warc, *.warc.gz, *.warc.zst)", out,
                   unreadable);
}

bool BeginsWithMarkup(std::string_view bytes) {
  size_t i = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) ++i;
  return i < bytes.size() && bytes[i] == '<';
}

Status CheckLooksLikePage(std::string_view bytes) {
  struct Magic {
    std::string_view bytes;
    const char* what;
  };
  static constexpr Magic kMagics[] = {
      {"\x89PNG\r\n\x1a\n", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"GIF87a", "a GIF image"},
      {"GIF89a", "a GIF image"},
      {"%PDF-", "a PDF document"},
      {"PK\x03\x04", "a ZIP archive (or an office document)"},
      {"\x7F" "ELF", "an executable (ELF)"},
      {"\x28\xB5\x2F\xFD", "zstd-compressed data"},
      {std::string_view("\xFD" "7zXZ\x00", 6), "xz-compressed data"},
      {"BZh", nullptr},  // bzip2, checked below (text may begin "BZh")
      {std::string_view("\x00" "asm", 4), "WebAssembly"},
  };
  // Nothing to extract (a download that wrote nothing, `curl` that failed
  // into the pipe): said so, not an empty article and exit 0.
  size_t first = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (first < bytes.size() && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r' ||
                                  bytes[first] == '\n' || bytes[first] == '\f'))
    ++first;
  if (first == bytes.size())
    return Status::InvalidArgument(bytes.empty() ? "not a web page: empty (0 bytes)"
                                                 : "not a web page: only whitespace");
  for (const Magic& m : kMagics) {
    if (bytes.substr(0, m.bytes.size()) != m.bytes) continue;
    if (m.what) return Status::InvalidArgument(std::string("not a web page: ") + m.what);
    if (bytes.size() >= 10 && bytes[3] >= '1' && bytes[3] <= '9' && bytes.substr(4, 6) == "1AY&SY")
      return Status::InvalidArgument("not a web page: bzip2-compressed data");
  }
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP")
    return Status::InvalidArgument("not a web page: a WebP image");
  if (bytes.substr(0, 6) == "WARC/0" || bytes.substr(0, 6) == "WARC/1")
    return Status::InvalidArgument("a WARC file, not a web page: read it with 'lede warc FILE -o -'");
  // Control bytes other than whitespace, ESC and SO/SI (the ISO-2022
  // encodings' shifts: a Korean page in ISO-2022-KR has an SO and an SI
  // around every run of Hangul, hostile38).
  // Data that begins with markup is a page however many stray NULs it holds
  // (the parser replaces them). UTF-16 text has a BOM, or ASCII characters
  // as units with a NUL high byte (a page's markup: sixteen at least in
  // one byte order): it is read as code units, a control one being
  // U+0000-U+001F, in the byte order that finds more ASCII. (Its NULs alone do
  // not tell: a CJK unit's low byte may be anything, "\u4E00" is 00 4E in
  // UTF-16LE.)
  // Fewer than kMinBinaryEvidence bytes are too few to call binary (a lone
  // NUL is an HTML document to the parser, as html5lib's tests have it).
  constexpr size_t kMinBinaryEvidence = 64;
  if (BeginsWithMarkup(bytes) || bytes.size() < kMinBinaryEvidence) return Status::Ok();
  const std::string_view head = bytes.substr(0, 4096);
  if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF')))
    return Status::Ok();
  auto is_control = [](unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B && c != 0x0E && c != 0x0F;
  };
  size_t control = 0;
  for (char c : head) control += is_control(static_cast<unsigned char>(c));
  size_t ascii[2] = {0, 0}, control_units[2] = {0, 0};  // [0] little-endian, [1] big-endian
  for (size_t i = 0; i + 1 < head.size(); i += 2) {
    for (int be = 0; be < 2; ++be) {
      const unsigned char low = static_cast<unsigned char>(head[i + be]);
      if (head[i + 1 - be] != '\0') continue;
      ascii[be] += low >= 0x20 && low < 0x7F;
      control_units[be] += is_control(low);
    }
  }
  if (const int be = ascii[1] > ascii[0]; ascii[be] >= 16) control = 2 * control_units[be];
  if (control * 20 > head.size()) return Status::InvalidArgument("not a web page: binary data (control bytes)");
  return Status::Ok();
}

}  // namespace lede::cli
