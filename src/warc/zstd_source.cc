// zstd decoding for WARC files, following the WARC zstd convention
// (IIPC, "The WARC Zstandard Compression Format"): each record is one zstd
// frame; a file may start with a skippable frame (magic 0x184D2A5D) holding
// the dictionary the frames were compressed with, itself optionally
// zstd-compressed.
#include <zstd.h>

#include <cstring>

#include "warc/byte_source.h"

namespace lede {
namespace {

constexpr uint32_t kDictionaryFrameMagic = 0x184D2A5D;
constexpr size_t kMaxDictionary = 64u << 20;

uint32_t ReadLe32(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return uint32_t(u[0]) | uint32_t(u[1]) << 8 | uint32_t(u[2]) << 16 | uint32_t(u[3]) << 24;
}

class ZstdSource final : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)), dctx_(ZSTD_createDCtx()) {
    track_members_ = true;
  }
  ~ZstdSource() override { ZSTD_freeDCtx(dctx_); }

  Result<std::string_view> ReadChunk() override {
    if (done_) return std::string_view();
    if (!started_) {
      started_ = true;
      Status st = LoadDictionary();
      if (!st.ok()) return Fail(std::move(st));
    }
    if (out_.size() < kChunk) out_.resize(kChunk);
    for (;;) {
      if (avail() == 0) {
        Status st = Fill(1);
        if (!st.ok()) return Fail(std::move(st));
        if (avail() == 0) {
          done_ = true;
          if (in_frame_)
            return Status::Corrupt("truncated: zstd stream ends inside a frame at file offset " +
                                   std::to_string(file_position()));
          return std::string_view();
        }
      }
      if (!in_frame_) {
        NoteMemberStart(produced_, file_position());
        in_frame_ = true;
      }
      ZSTD_inBuffer in{in_.data() + in_pos_, avail(), 0};
      ZSTD_outBuffer out{out_.data(), out_.size(), 0};
      const size_t rc = ZSTD_decompressStream(dctx_, &out, &in);
      in_pos_ += in.pos;
      produced_ += out.pos;
      if (ZSTD_isError(rc))
        return Fail(Status::Corrupt(std::string("zstd: ") + ZSTD_getErrorName(rc) + " at file offset " +
                                    std::to_string(file_position())));
      if (rc == 0) in_frame_ = false;  // the frame is decoded and flushed
      if (out.pos > 0) return std::string_view(out_.data(), out.pos);
    }
  }

  uint64_t file_position() const override { return raw_->file_position() - avail(); }

 private:
  static constexpr size_t kChunk = 256u << 10;

  size_t avail() const { return in_.size() - in_pos_; }

  Result<std::string_view> Fail(Status st) {
    done_ = true;
    return st;
  }

  Status Fill(size_t want) {
    while (avail() < want && !raw_eof_) {
      if (in_pos_ > 0) {
        in_.erase(0, in_pos_);
        in_pos_ = 0;
      }
      // Straight into in_ when the raw source can (a plain file).
      Result<size_t> r = raw_->AppendTo(&in_, kReadBytes);
      if (!r.ok()) return r.status();
      if (r.value() == 0) {
        raw_eof_ = true;
        break;
      }
    }
    return Status::Ok();
  }

  Status LoadDictionary() {
    Status st = Fill(8);
    if (!st.ok()) return st;
    if (avail() < 8 || ReadLe32(in_.data() + in_pos_) != kDictionaryFrameMagic) return Status::Ok();
    const uint32_t size = ReadLe32(in_.data() + in_pos_ + 4);
    if (size > kMaxDictionary) return Status::Corrupt("zstd: dictionary frame of " + std::to_string(size) + " bytes");
    st = Fill(8 + size_t(size));
    if (!st.ok()) return st;
    if (avail() < 8 + size_t(size)) return Status::Corrupt("truncated: zstd dictionary frame");
    std::string_view dict(in_.data() + in_pos_ + 8, size);
    std::string plain;
    if (dict.size() >= 4 && ReadLe32(dict.data()) == ZSTD_MAGICNUMBER) {
      // A compressed dictionary: its frame must state its size.
      const unsigned long long n = ZSTD_getFrameContentSize(dict.data(), dict.size());
      if (n == ZSTD_CONTENTSIZE_ERROR || n == ZSTD_CONTENTSIZE_UNKNOWN || n > kMaxDictionary)
        return Status::Corrupt("zstd: compressed dictionary without a usable content size");
      plain.resize(n);
      const size_t got = ZSTD_decompress(plain.data(), plain.size(), dict.data(), dict.size());
      if (ZSTD_isError(got)) return Status::Corrupt(std::string("zstd: dictionary: ") + ZSTD_getErrorName(got));
      plain.resize(got);
      dict = plain;
    }
    const size_t rc = ZSTD_DCtx_loadDictionary(dctx_, dict.data(), dict.size());
    if (ZSTD_isError(rc)) return Status::Corrupt(std::string("zstd: dictionary: ") + ZSTD_getErrorName(rc));
    in_pos_ += 8 + size_t(size);
    return Status::Ok();
  }

  static constexpr size_t kReadBytes = 1u << 20;

  std::unique_ptr<ByteSource> raw_;
  ZSTD_DCtx* dctx_;
  std::string in_;
  size_t in_pos_ = 0;
  bool raw_eof_ = false;
  std::string out_;
  uint64_t produced_ = 0;
  bool started_ = false;
  bool in_frame_ = false;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ByteSource> NewZstdSource(std::unique_ptr<ByteSource> raw) {
  return std::make_unique<ZstdSource>(std::move(raw));
}

}  // namespace lede
