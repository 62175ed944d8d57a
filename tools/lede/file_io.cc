#include "file_io.h"

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace lede::cli {

Status Gunzip(std::string_view in, size_t max_bytes, std::string* out) {
  out->clear();
  z_stream zs{};
  // 15 + 32: accept gzip or zlib headers.
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return Status::Internal("inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  size_t used = 0;
  out->resize(std::min<size_t>(std::max<size_t>(in.size() * 4, 1u << 16), max_bytes + 1));
  int rc = Z_OK;
  for (;;) {
    if (used == out->size()) {
      if (out->size() > max_bytes) {
        inflateEnd(&zs);
        return Status::LimitExceeded("decompressed size passes max_input_bytes (" +
                                     std::to_string(max_bytes) + ")");
      }
      out->resize(std::min(out->size() * 2, max_bytes + 1));
    }
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + used);
    zs.avail_out = static_cast<uInt>(out->size() - used);
    rc = inflate(&zs, Z_NO_FLUSH);
    used = out->size() - zs.avail_out;
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members: continue with the next one.
      if (zs.avail_in > 0 && inflateReset(&zs) == Z_OK) continue;
      break;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      inflateEnd(&zs);
      out->resize(used);
      return Status::Corrupt("truncated gzip stream (" + std::to_string(used) + " bytes recovered)");
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      std::string msg = zs.msg ? zs.msg : "inflate error";
      inflateEnd(&zs);
      out->resize(used);
      return Status::Corrupt("broken gzip stream: " + msg);
    }
  }
  inflateEnd(&zs);
  out->resize(used);
  if (used > max_bytes)
    return Status::LimitExceeded("decompressed size passes max_input_bytes (" + std::to_string(max_bytes) + ")");
  return Status::Ok();
}

Status ReadInput(const std::string& path, size_t max_bytes, std::string* out) {
  out->clear();
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) return Status::IoError(std::string("cannot open: ") + std::strerror(errno));
  std::string raw;
  char buf[1 << 16];
  size_t n;
  // Compressed input may be smaller than the limit and expand past it; the
  // raw read is capped at the limit too.
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    raw.append(buf, n);
    if (raw.size() > max_bytes) {
      if (f != stdin) std::fclose(f);
      return Status::LimitExceeded("input passes max_input_bytes (" + std::to_string(max_bytes) + ")");
    }
  }
  const bool err = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (err) return Status::IoError("read error");
  const bool gz_name = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  const bool gz_magic = raw.size() >= 2 && static_cast<unsigned char>(raw[0]) == 0x1f &&
                        static_cast<unsigned char>(raw[1]) == 0x8b;
  if (gz_name || gz_magic) return Gunzip(raw, max_bytes, out);
  *out = std::move(raw);
  return Status::Ok();
}

}  // namespace lede::cli
