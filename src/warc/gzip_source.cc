// gzip decoding for WARC files. Records are usually one gzip member each
// (tens of KB): such a member is decoded in one call by libdeflate, which is
// about twice as fast as zlib. A member that does not fit the input window
// (a whole-file .warc.gz) is streamed through zlib instead, and the fast
// path is switched off for the rest of the file.
#include <libdeflate.h>
#include <zlib.h>

#include <cstring>

#include "warc/byte_source.h"
#include "warc/decompress.h"

namespace lede {
namespace {

class GzipSource final : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)) {
    track_members_ = true;
    inflateInit2(&zs_, 15 + 16);
    deflater_ = libdeflate_alloc_decompressor();
  }
  ~GzipSource() override {
    inflateEnd(&zs_);
    if (deflater_) libdeflate_free_decompressor(deflater_);
  }

  Result<std::string_view> ReadChunk() override {
    for (;;) {
      if (done_) return std::string_view();
      if (!in_member_) {
        Status st = Fill(kFastWindow);
        if (!st.ok()) return Fail(std::move(st));
        if (avail() == 0) {
          done_ = true;
          return std::string_view();
        }
        if (!HasGzipMagic(std::string_view(in_.data() + in_pos_, avail())) && !(avail() == 1 && raw_eof_)) {
          done_ = true;
          return Status::Corrupt("gzip: garbage after member at file offset " + std::to_string(file_position()));
        }
        NoteMemberStart(produced_, file_position());
        if (deflater_ && fast_) {
          std::string_view out;
          if (FastMember(&out)) {
            if (out.empty()) continue;
            return out;
          }
        }
        inflateReset2(&zs_, 15 + 16);
        in_member_ = true;
      }
      std::string_view out;
      Status st = StreamSome(&out);
      if (!st.ok()) return Fail(std::move(st));
      if (!out.empty()) return out;
    }
  }

  uint64_t file_position() const override { return raw_->file_position() - avail(); }

 private:
  static constexpr size_t kFastWindow = 4u << 20;
  static constexpr size_t kFastMaxOut = 16u << 20;
  static constexpr size_t kStreamChunk = 256u << 10;

  size_t avail() const { return in_end_ - in_pos_; }

  Result<std::string_view> Fail(Status st) {
    done_ = true;
    return st;
  }

  // Reads raw bytes until `want` are buffered or the file ends.
  Status Fill(size_t want) {
    while (avail() < want && !raw_eof_) {
      if (in_pos_ > 0 && (in_pos_ >= in_.size() / 2 || in_end_ == in_.size())) {
        std::memmove(in_.data(), in_.data() + in_pos_, avail());
        in_end_ -= in_pos_;
        in_pos_ = 0;
      }
      Result<std::string_view> r = raw_->ReadChunk();
      if (!r.ok()) return r.status();
      std::string_view c = r.value();
      if (c.empty()) {
        raw_eof_ = true;
        break;
      }
      if (in_.size() < in_end_ + c.size()) in_.resize(in_end_ + c.size());
      std::memcpy(in_.data() + in_end_, c.data(), c.size());
      in_end_ += c.size();
    }
    return Status::Ok();
  }

  // Decodes the member at in_pos_ in one call. False when it does not fit
  // (or is broken: zlib then says precisely how).
  bool FastMember(std::string_view* out) {
    if (out_.size() < (1u << 20)) out_.resize(1u << 20);
    for (;;) {
      size_t in_used = 0, out_used = 0;
      const libdeflate_result rc = libdeflate_gzip_decompress_ex(
          deflater_, in_.data() + in_pos_, avail(), out_.data(), out_.size(), &in_used, &out_used);
      if (rc == LIBDEFLATE_SUCCESS) {
        in_pos_ += in_used;
        produced_ += out_used;
        *out = std::string_view(out_.data(), out_used);
        return true;
      }
      if (rc == LIBDEFLATE_INSUFFICIENT_SPACE && out_.size() < kFastMaxOut) {
        out_.resize(out_.size() * 4);
        continue;
      }
      // A member larger than the window: the file is one big member or
      // close to it, so stream the rest.
      if (!raw_eof_) fast_ = false;
      return false;
    }
  }

  Status StreamSome(std::string_view* out) {
    if (out_.size() < kStreamChunk) out_.resize(kStreamChunk);
    for (;;) {
      if (avail() == 0) {
        Status st = Fill(kStreamChunk);
        if (!st.ok()) return st;
        if (avail() == 0)
          return Status::Corrupt("truncated: gzip stream ends inside a member at file offset " +
                                 std::to_string(file_position()));
      }
      zs_.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
      zs_.avail_in = static_cast<uInt>(std::min<size_t>(avail(), 1u << 30));
      zs_.next_out = reinterpret_cast<Bytef*>(out_.data());
      zs_.avail_out = static_cast<uInt>(kStreamChunk);
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      in_pos_ = reinterpret_cast<char*>(zs_.next_in) - in_.data();
      const size_t n = kStreamChunk - zs_.avail_out;
      produced_ += n;
      *out = std::string_view(out_.data(), n);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        return Status::Ok();
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR)
        return Status::Corrupt(std::string("gzip: ") + (zs_.msg ? zs_.msg : "inflate error") +
                               " at file offset " + std::to_string(file_position()));
      if (n > 0) return Status::Ok();
    }
  }

  std::unique_ptr<ByteSource> raw_;
  z_stream zs_{};
  libdeflate_decompressor* deflater_ = nullptr;
  std::string in_;
  size_t in_pos_ = 0, in_end_ = 0;
  bool raw_eof_ = false;
  std::string out_;
  uint64_t produced_ = 0;
  bool in_member_ = false;
  bool fast_ = true;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> raw) {
  return std::make_unique<GzipSource>(std::move(raw));
}

}  // namespace lede
