#include "warc/compressed_writer.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace lede {

Compression CompressionForPath(std::string_view path) {
  auto ends = [&](std::string_view s) {
    return path.size() >= s.size() && path.compare(path.size() - s.size(), s.size(), s) == 0;
  };
  if (ends(".gz")) return Compression::kGzip;
  if (ends(".zst") || ends(".zstd")) return Compression::kZstd;
  return Compression::kNone;
}

struct CompressedWriter::Impl {
  FILE* f = nullptr;
  bool owned = false;
  Compression compression = Compression::kNone;
  z_stream zs{};
  bool zs_init = false;
  ZSTD_CCtx* zc = nullptr;
  bool member_open = false;
  uint64_t written = 0;
  std::string out;
  bool closed = false;

  ~Impl() {
    if (!closed) (void)Close();
  }

  Status Put(const char* p, size_t n) {
    if (n && std::fwrite(p, 1, n, f) != n) return Status::IoError(std::string("write error: ") + std::strerror(errno));
    written += n;
    return Status::Ok();
  }

  Status Deflate(std::string_view in, int flush) {
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    out.resize(1u << 16);
    for (;;) {
      zs.next_out = reinterpret_cast<Bytef*>(out.data());
      zs.avail_out = static_cast<uInt>(out.size());
      const int rc = deflate(&zs, flush);
      if (rc == Z_STREAM_ERROR) return Status::Internal("deflate failed");
      Status st = Put(out.data(), out.size() - zs.avail_out);
      if (!st.ok()) return st;
      if (flush == Z_FINISH ? rc == Z_STREAM_END : (zs.avail_in == 0 && zs.avail_out != 0)) break;
    }
    return Status::Ok();
  }

  Status Zstd(std::string_view in, ZSTD_EndDirective mode) {
    ZSTD_inBuffer ib{in.data(), in.size(), 0};
    out.resize(ZSTD_CStreamOutSize());
    for (;;) {
      ZSTD_outBuffer ob{out.data(), out.size(), 0};
      const size_t rc = ZSTD_compressStream2(zc, &ob, &ib, mode);
      if (ZSTD_isError(rc)) return Status::Internal(std::string("zstd: ") + ZSTD_getErrorName(rc));
      Status st = Put(out.data(), ob.pos);
      if (!st.ok()) return st;
      if (mode == ZSTD_e_end ? rc == 0 : ib.pos == ib.size) break;
    }
    return Status::Ok();
  }

  Status Write(std::string_view b) {
    if (b.empty()) return Status::Ok();
    member_open = true;
    switch (compression) {
      case Compression::kNone: return Put(b.data(), b.size());
      case Compression::kGzip: return Deflate(b, Z_NO_FLUSH);
      case Compression::kZstd: return Zstd(b, ZSTD_e_continue);
    }
    return Status::Ok();
  }

  Status EndMember() {
    if (!member_open) return Status::Ok();
    member_open = false;
    Status st;
    if (compression == Compression::kGzip) {
      st = Deflate({}, Z_FINISH);
      deflateReset(&zs);
    } else if (compression == Compression::kZstd) {
      st = Zstd({}, ZSTD_e_end);
    }
    return st;
  }

  Status Close() {
    if (closed) return Status::Ok();
    closed = true;
    Status st = EndMember();
    if (zs_init) deflateEnd(&zs);
    if (zc) ZSTD_freeCCtx(zc);
    if (std::fflush(f) != 0 && st.ok()) st = Status::IoError(std::string("write error: ") + std::strerror(errno));
    if (owned && std::fclose(f) != 0 && st.ok())
      st = Status::IoError(std::string("close error: ") + std::strerror(errno));
    return st;
  }
};

CompressedWriter::CompressedWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CompressedWriter::CompressedWriter(CompressedWriter&&) noexcept = default;
CompressedWriter& CompressedWriter::operator=(CompressedWriter&&) noexcept = default;
CompressedWriter::~CompressedWriter() = default;

Result<CompressedWriter> CompressedWriter::Open(const std::string& path, Compression compression, int level,
                                                std::string_view zstd_dictionary) {
  auto impl = std::make_unique<Impl>();
  impl->compression = compression;
  if (path == "-") {
    impl->f = stdout;
  } else {
    impl->f = std::fopen(path.c_str(), "wb");
    if (!impl->f) return Status::IoError("cannot create " + path + ": " + std::strerror(errno));
    impl->owned = true;
  }
  if (compression == Compression::kGzip) {
    if (deflateInit2(&impl->zs, level < 0 ? 6 : level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      return Status::Internal("deflateInit2 failed");
    impl->zs_init = true;
  } else if (compression == Compression::kZstd) {
    impl->zc = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(impl->zc, ZSTD_c_compressionLevel, level < 0 ? 3 : level);
    ZSTD_CCtx_setParameter(impl->zc, ZSTD_c_checksumFlag, 1);
    if (!zstd_dictionary.empty()) {
      // Skippable frame 0x184D2A5D holding the dictionary, uncompressed.
      char head[8];
      const uint32_t magic = 0x184D2A5D, size = static_cast<uint32_t>(zstd_dictionary.size());
      for (int i = 0; i < 4; ++i) {
        head[i] = char((magic >> (8 * i)) & 0xff);
        head[4 + i] = char((size >> (8 * i)) & 0xff);
      }
      Status st = impl->Put(head, 8);
      if (st.ok()) st = impl->Put(zstd_dictionary.data(), zstd_dictionary.size());
      if (!st.ok()) return st;
      const size_t rc = ZSTD_CCtx_loadDictionary(impl->zc, zstd_dictionary.data(), zstd_dictionary.size());
      if (ZSTD_isError(rc)) return Status::InvalidArgument(std::string("zstd dictionary: ") + ZSTD_getErrorName(rc));
    }
  }
  return CompressedWriter(std::move(impl));
}

Status CompressedWriter::Write(std::string_view bytes) { return impl_->Write(bytes); }
Status CompressedWriter::EndMember() { return impl_->EndMember(); }
Status CompressedWriter::Close() { return impl_->Close(); }
uint64_t CompressedWriter::file_position() const { return impl_->written; }

}  // namespace lede
