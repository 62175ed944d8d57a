#include "warc/warc_writer.h"

#include <cstdint>
#include <cstdio>

namespace lede {

Result<WarcWriter> WarcWriter::Open(const std::string& path, std::string_view zstd_dictionary) {
  return Open(path, CompressionForPath(path), zstd_dictionary);
}

Result<WarcWriter> WarcWriter::Open(const std::string& path, Compression compression,
                                    std::string_view zstd_dictionary) {
  Result<CompressedWriter> w = CompressedWriter::Open(path, compression, -1, zstd_dictionary);
  if (!w.ok()) return w.status();
  return WarcWriter(std::move(w.value()));
}

Status WarcWriter::WriteRecord(const Fields& fields, std::string_view block) {
  std::string& s = scratch_;
  s.assign("WARC/1.1\r\n");
  for (const auto& [k, v] : fields) {
    s.append(k).append(": ");
    // A value is one line: control bytes (a CR/LF in a file name that
    // `lede pack --url-from-name` made the target URI) are written
    // percent-encoded. Written raw they ended the line and the rest became
    // a header of its own ("WARC-Type: evil") or broke the record.
    // (Appended in runs between them: most values have none.)
    size_t run = 0;
    for (size_t i = 0; i < v.size(); ++i) {
      const unsigned char u = static_cast<unsigned char>(v[i]);
      if (u >= 0x20 && u != 0x7f) continue;
      static constexpr char kHex[] = "0123456789ABCDEF";
      s.append(v, run, i - run);
      const char esc[3] = {'%', kHex[u >> 4], kHex[u & 15]};
      s.append(esc, 3);
      run = i + 1;
    }
    s.append(v, run, v.size() - run);
    s.append("\r\n");
  }
  s.append("Content-Length: ").append(std::to_string(block.size())).append("\r\n\r\n");
  Status st = out_.Write(s);
  if (st.ok()) st = out_.Write(block);
  if (st.ok()) st = out_.Write("\r\n\r\n");
  if (st.ok()) st = out_.EndMember();
  return st;
}

Status WarcWriter::WriteHtmlResponse(std::string_view url, std::string_view date, std::string_view body,
                                     std::string_view content_type) {
  std::string block = "HTTP/1.1 200 OK\r\nContent-Type: ";
  block.append(content_type).append("\r\nContent-Length: ").append(std::to_string(body.size()));
  block.append("\r\n\r\n").append(body);
  std::string seed(url);
  seed.append(1, '\0').append(date).append(1, '\0').append(body);
  Fields f = {{"WARC-Type", "response"},
              {"WARC-Record-ID", RecordIdFor(seed)},
              {"WARC-Date", std::string(date)},
              {"WARC-Target-URI", std::string(url)},
              {"Content-Type", "application/http; msgtype=response"}};
  return WriteRecord(f, block);
}

Status WarcWriter::Close() { return out_.Close(); }

std::string WarcWriter::RecordIdFor(std::string_view seed) {
  // Two FNV-1a 64 hashes with different offsets: 128 bits, shaped as a
  // version 8 (custom) UUID. Not cryptographic; unique enough for ids.
  uint64_t h[2] = {0xcbf29ce484222325ull, 0x84222325cbf29ce4ull};
  for (int k = 0; k < 2; ++k) {
    for (unsigned char c : seed) {
      h[k] ^= c;
      h[k] *= 0x100000001b3ull;
    }
    h[k] ^= h[k] >> 29;
  }
  h[0] = (h[0] & ~(0xfull << 12)) | (0x8ull << 12);      // version 8
  h[1] = (h[1] & ~(0x3ull << 62)) | (0x2ull << 62);      // RFC 4122 variant
  char buf[64];
  std::snprintf(buf, sizeof buf, "<urn:uuid:%08x-%04x-%04x-%04x-%012llx>", unsigned(h[0] >> 32),
                unsigned((h[0] >> 16) & 0xffff), unsigned(h[0] & 0xffff), unsigned(h[1] >> 48),
                static_cast<unsigned long long>(h[1] & 0xffffffffffffull));
  return buf;
}

}  // namespace lede
