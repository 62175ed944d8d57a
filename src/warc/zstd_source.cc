// zstd decoding for WARC files, following the WARC zstd convention
// (IIPC, "The WARC Zstandard Compression Format"): each record is one zstd
// frame; a file may start with a skippable frame (magic 0x184D2A5D) holding
// the dictionary the frames were compressed with, itself optionally
// zstd-compressed.
//
// A corrupt frame does not end the file: as for gzip, the source searches
// on for the next frame header (a raw first block must start "WARC/"),
// reports the skipped bytes as one error and reads on
// (resumes_after_error()); no search starts inside bytes a bad frame
// already ran over, and the probes of candidates are budgeted
// (ProbeCredit), so the search is linear in the file.
#define ZSTD_STATIC_LINKING_ONLY  // ZSTD_getFrameHeader
#include <zstd.h>

#include <algorithm>
#include <cstring>

#include "warc/byte_source.h"

namespace lede {
namespace {

constexpr uint32_t kDictionaryFrameMagic = 0x184D2A5D;
constexpr size_t kMaxDictionary = 64u << 20;
// A frame's magic number (ZSTD_MAGICNUMBER), as its first 4 bytes.
constexpr std::string_view kFrameMagic = "\x28\xb5\x2f\xfd";

uint32_t ReadLe32(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return uint32_t(u[0]) | uint32_t(u[1]) << 8 | uint32_t(u[2]) << 16 | uint32_t(u[3]) << 24;
}

class ZstdSource final : public MemberSource {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> raw)
      : MemberSource(std::move(raw)), dctx_(ZSTD_createDCtx()), probe_dctx_(ZSTD_createDCtx()) {}
  ~ZstdSource() override {
    ZSTD_freeDCtx(dctx_);
    ZSTD_freeDCtx(probe_dctx_);
  }

  // As the gzip source's: looks, in at most kLookaheadBytes of compressed
  // bytes from the read position, for a frame that starts a record,
  // keeping the bytes it reads, and moves there without decoding the rest
  // of the frame being read. (A 4 GB bomb of zeros, 133 KB of .warc.zst,
  // was decoded to be passed over: 0.6 s; zstd's ratio lets 10 MB hold
  // 300 GB.) Probes decode with a context of their own, so the frame being
  // read can go on when there is none. A candidate that fails is passed by
  // one byte, as the gzip source's are (passing the bytes its probe read
  // could pass over a real frame starting inside them, and the record
  // there was lost, rev41b), and the probes' input is budgeted: past the
  // budget nothing is found and the frame is decoded on.
  bool SkipToNextRecordMember(uint64_t member_bytes) override {
    // Only a frame that declares its content size as the record's alone
    // is passed over (records after it in the same frame are read).
    if (done_ || !started_ || frame_content_size_ != member_bytes) return false;
    in_.pin = in_.pos;
    in_.bytes.reserve(in_.bytes.size() + kLookaheadBytes + kMaxProbeInput + (2u << 20));
    const uint64_t end = in_.file_position() + kLookaheadBytes;
    LookAheadInput input{&in_, end, kLookaheadBytes};
    bool found = false;
    Status st = FindNextMember(
        kFrameMagic, kProbeBytes, &input, [this](size_t n) { in_.Advance(n); },
        [this, &input]() -> size_t {
          if (!StartsRecordFrame()) return 1;
          size_t used = 0;
          if (ProbeFrame(probe_dctx_, &used)) return 0;
          input.Spend(used);
          return 1;
        },
        &found);
    if (!st.ok() || !found) {
      in_.pos = in_.pin;
      in_.pin = std::string::npos;
      return false;
    }
    in_.pin = std::string::npos;
    in_frame_ = false;
    ZSTD_DCtx_reset(dctx_, ZSTD_reset_session_only);
    return true;
  }

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
        Status st = in_.Fill(1);
        if (!st.ok()) return Fail(std::move(st));
        if (avail() == 0) {
          if (in_frame_)
            return BadFrame("truncated: zstd stream ends inside a frame at file offset " +
                            std::to_string(file_position()));
          done_ = true;
          return std::string_view();
        }
      }
      if (!in_frame_) {
        frame_start_ = file_position();
        NoteMemberStart(produced_, frame_start_);
        frame_content_size_ = ZSTD_getFrameContentSize(in_.bytes.data() + in_.pos, avail());
        in_frame_ = true;
      }
      ZSTD_inBuffer in{in_.bytes.data() + in_.pos, avail(), 0};
      ZSTD_outBuffer out{out_.data(), out_.size(), 0};
      const size_t rc = ZSTD_decompressStream(dctx_, &out, &in);
      in_.pos += in.pos;
      produced_ += out.pos;
      if (ZSTD_isError(rc))
        return BadFrame(std::string("zstd: ") + ZSTD_getErrorName(rc) + " at file offset " +
                        std::to_string(file_position()));
      if (rc == 0) in_frame_ = false;  // the frame is decoded and flushed
      if (out.pos > 0) return std::string_view(out_.data(), out.pos);
    }
  }

 private:
  static constexpr size_t kChunk = 256u << 10;
  static constexpr size_t kProbeBytes = 32;  // a frame header and a block's
  // A block is at most 128 KiB: what a frame may take to give its first
  // bytes.
  static constexpr size_t kMaxProbeInput = (128u << 10) + 64;
  // SkipToNextRecordMember's look-ahead, as the gzip source's.
  static constexpr uint64_t kLookaheadBytes = 64u << 20;

  // The frame at frame_start_ does not decode (`what`): skip to the next
  // frame, searching from its start + 1 but never inside bytes an earlier
  // bad frame ran over.
  Result<std::string_view> BadFrame(std::string what) {
    const uint64_t from = std::max(frame_start_ + 1, failed_until_);
    failed_until_ = std::max(failed_until_, file_position());
    in_frame_ = false;
    ZSTD_DCtx_reset(dctx_, ZSTD_reset_session_only);  // (the dictionary stays)
    in_.SeekTo(from);
    bool found = false;
    ProbeCredit credit{file_position()};
    Status st = FindNextMember(
        kFrameMagic, kProbeBytes, &in_, [this](size_t n) { in_.Advance(n); },
        [this, &credit]() -> size_t {
          if (!StartsRecordFrame()) return 1;
          // Decode the frame's start: a record's must give "WARC/". One
          // that does not (or fails) is skipped with the rest, in this one
          // error. The search moves on one byte: a real frame may start
          // inside the bytes its probe read (a fake magic whose block
          // claims 128 KiB passed over the record right after it). Past
          // the probes' credit, the bytes it read go with it and no search
          // goes back inside them.
          const uint64_t at = file_position();
          size_t used = 0;
          if (ProbeFrame(dctx_, &used)) return 0;
          if (credit.Spend(used, at)) return 1;
          failed_until_ = std::max(failed_until_, at + used);
          return static_cast<size_t>(std::max(at + 1, failed_until_) - at);
        },
        &found);
    if (!st.ok()) return Fail(std::move(st));
    if (found)
      return Status::Corrupt(what + "; skipped file bytes " + std::to_string(frame_start_) + "-" +
                             std::to_string(file_position()) + " to the next zstd frame");
    done_ = true;
    return Status::Corrupt(what + "; no zstd frame after it (file bytes " + std::to_string(frame_start_) + "-" +
                           std::to_string(file_position()) + " skipped)");
  }

  // Decodes the frame at in_.pos until its first 5 bytes (a block at most:
  // kMaxProbeInput of input), leaving in_.pos where it was. True when they
  // are "WARC/"; `*used` is the input it took.
  bool ProbeFrame(ZSTD_DCtx* dctx, size_t* used) {
    if (!in_.Fill(kMaxProbeInput).ok()) return false;
    if (probe_out_.size() < kChunk) probe_out_.resize(kChunk);
    ZSTD_inBuffer in{in_.bytes.data() + in_.pos, std::min(avail(), kMaxProbeInput), 0};
    ZSTD_outBuffer out{probe_out_.data(), probe_out_.size(), 0};
    bool ok = false;
    for (int i = 0; i < 64 && out.pos < 5 && in.pos < in.size; ++i) {
      const size_t rc = ZSTD_decompressStream(dctx, &out, &in);
      if (ZSTD_isError(rc) || rc == 0) break;
    }
    ok = out.pos >= 5 && std::memcmp(probe_out_.data(), "WARC/", 5) == 0;
    *used = in.pos;
    resync_probe_bytes += in.pos;
    ZSTD_DCtx_reset(dctx, ZSTD_reset_session_only);
    return ok;
  }

  // Whether in_.pos starts a zstd frame with a sound header; when its first
  // block is stored raw, its bytes must start a record.
  bool StartsRecordFrame() const {
    const char* b = in_.bytes.data() + in_.pos;
    const size_t n = avail();
    if (n < 4 || ReadLe32(b) != ZSTD_MAGICNUMBER) return false;
    ZSTD_frameHeader h;
    if (ZSTD_getFrameHeader(&h, b, n) != 0 || h.frameType != ZSTD_frame || h.headerSize + 3 > n) return false;
    const auto* blk = reinterpret_cast<const unsigned char*>(b + h.headerSize);
    const uint32_t bh = uint32_t(blk[0]) | uint32_t(blk[1]) << 8 | uint32_t(blk[2]) << 16;
    const uint32_t type = (bh >> 1) & 3;
    if (type == 3) return false;  // reserved
    if (type == 0) return h.headerSize + 3 + 5 <= n && std::memcmp(blk + 3, "WARC/", 5) == 0;
    return true;
  }

  Status LoadDictionary() {
    Status st = in_.Fill(8);
    if (!st.ok()) return st;
    if (avail() < 8 || ReadLe32(in_.bytes.data() + in_.pos) != kDictionaryFrameMagic) return Status::Ok();
    const uint32_t size = ReadLe32(in_.bytes.data() + in_.pos + 4);
    if (size > kMaxDictionary) return Status::Corrupt("zstd: dictionary frame of " + std::to_string(size) + " bytes");
    st = in_.Fill(8 + size_t(size));
    if (!st.ok()) return st;
    if (avail() < 8 + size_t(size)) return Status::Corrupt("truncated: zstd dictionary frame");
    std::string_view dict(in_.bytes.data() + in_.pos + 8, size);
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
    size_t rc = ZSTD_DCtx_loadDictionary(dctx_, dict.data(), dict.size());
    if (!ZSTD_isError(rc)) rc = ZSTD_DCtx_loadDictionary(probe_dctx_, dict.data(), dict.size());
    if (ZSTD_isError(rc)) return Status::Corrupt(std::string("zstd: dictionary: ") + ZSTD_getErrorName(rc));
    in_.pos += 8 + size_t(size);
    return Status::Ok();
  }

  ZSTD_DCtx* dctx_;
  ZSTD_DCtx* probe_dctx_;  // SkipToNextRecordMember's probes: dctx_ may be inside a frame
  bool started_ = false;
  bool in_frame_ = false;
  uint64_t frame_start_ = 0;  // file offset of the frame being read
  // The frame's declared content size (ZSTD_CONTENTSIZE_UNKNOWN or _ERROR
  // when its header gives none or is cut short in the buffer).
  unsigned long long frame_content_size_ = ZSTD_CONTENTSIZE_UNKNOWN;
  std::string probe_out_;
};

}  // namespace

std::unique_ptr<ByteSource> NewZstdSource(std::unique_ptr<ByteSource> raw) {
  return std::make_unique<ZstdSource>(std::move(raw));
}

}  // namespace lede
