#include "file_io.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

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
  // raw read is capped at the limit too.
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    raw.append(buf, n);
    if (raw.size() > max_bytes) {
      if (f != stdin) std::fclose(f);
      return Status::LimitExceeded("max_input_bytes: input passes the limit of " + std::to_string(max_bytes) +
                                   " bytes");
    }
  }
  const bool err = std::ferror(f);
  const int read_errno = errno;
  if (f != stdin) std::fclose(f);
  if (err) return Status::IoError(std::string("read error: ") + std::strerror(read_errno));
  const bool gz_name = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  const bool gz_magic = raw.size() >= 2 && static_cast<unsigned char>(raw[0]) == 0x1f &&
                        static_cast<unsigned char>(raw[1]) == 0x8b;
  if (gz_name || gz_magic) return Gunzip(raw, max_bytes, out);
  *out = std::move(raw);
  return Status::Ok();
}

}  // namespace lede::cli
