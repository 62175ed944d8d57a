// gzip decoding for WARC files. Records are usually one gzip member each
// (tens of KB): such a member is decoded in one call by libdeflate, which is
// about twice as fast as zlib. A member that does not fit the input window
// (a whole-file .warc.gz) is streamed through zlib instead, and the fast
// path is switched off for the rest of the file.
//
// A corrupt member (or bytes that are no member) does not end the file: the
// source scans on for the next member that decodes to a "WARC/" line,
// reports the skipped range as one error, and goes on from there
// (resumes_after_error()). A candidate's header is read without zlib
// (its name and comment fields end at a NUL found once for all the
// candidates inside them), its deflate data inflated for at most what a
// real member's first block needs, and each verdict kept by where the
// deflate data starts (candidates in one name field share it); no search
// goes back over bytes an earlier bad member ran over, and the probes'
// input is budgeted (ProbeCredit), so the scan is linear in the file
// whatever magics it holds.
#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <initializer_list>

#include "warc/byte_source.h"
#include "warc/decompress.h"

namespace lede {
namespace {

class GzipSource final : public MemberSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> raw) : MemberSource(std::move(raw)) {
    inflateInit2(&zs_, 15 + 16);
    inflateInit2(&probe_zs_, -15);  // raw deflate: the probe reads the header itself
    for (DeflateVerdict& v : verdicts_) v.at = UINT64_MAX;
    deflater_ = libdeflate_alloc_decompressor();
  }
  ~GzipSource() override {
    inflateEnd(&zs_);
    inflateEnd(&probe_zs_);
    if (deflater_) libdeflate_free_decompressor(deflater_);
  }

  Result<std::string_view> ReadChunk() override {
    for (;;) {
      if (done_) return std::string_view();
      if (!in_member_) {
        Status st = in_.Fill(kFastWindow);
        if (!st.ok()) return Fail(std::move(st));
        if (avail() == 0) {
          done_ = true;
          return std::string_view();
        }
        if (!HasGzipMagic(in_.Buffered()) && !(avail() == 1 && in_.eof))
          return Skip("gzip: garbage after member at file offset " + std::to_string(file_position()),
                      file_position(), file_position());
        member_start_ = file_position();
        NoteMemberStart(produced_, member_start_);
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
      if (!st.ok()) {
        // A member that does not inflate: skip to the next record's member.
        // The next member may start inside the bad one's bytes (its
        // broken data can run over it), but not inside bytes an earlier
        // bad member already ran over: each byte is inflated a bounded
        // number of times, whatever members are nested in it.
        // (A member cut by the end of the file is searched too: its
        // broken length may have swallowed whole members after it.)
        if (st.code() == StatusCode::kCorruptInput) {
          const uint64_t from = std::max(member_start_ + 1, failed_until_);
          failed_until_ = std::max(failed_until_, file_position());
          return Skip(std::string(st.message()), member_start_, from);
        }
        return Fail(std::move(st));
      }
      if (!out.empty()) return out;
    }
  }

 private:
  static constexpr size_t kFastWindow = 4u << 20;
  static constexpr size_t kFastMaxOut = 16u << 20;
  static constexpr size_t kStreamChunk = 256u << 10;
  // A candidate member's header (extra field, name, comment and all) is
  // at most kMaxProbeHeader bytes; its deflate data must give 5 bytes
  // within kFirstBlockBytes and kMaxProbeBlocks blocks: a dynamic Huffman
  // block's header and tables take at most 296 bytes before its first
  // literals, and a writer may flush an empty block or two first.
  // (Through zlib, with 1 KiB for header and data together, each of the
  // fake headers "1f 8b 08 08" four bytes apart scanned its name field
  // for a KiB: 250 probes read each byte.)
  static constexpr size_t kMaxProbeHeader = 1024;
  static constexpr size_t kFirstBlockBytes = 512;
  static constexpr int kMaxProbeBlocks = 8;
  static constexpr size_t kProbeBytes = kMaxProbeHeader + kFirstBlockBytes;
  // What SkipToNextRecordMember's budget charges a candidate at least.
  static constexpr size_t kProbeCharge = 64;
  // SkipToNextRecordMember's look-ahead: a bomb of zeros at deflate's
  // best ratio (about 1,000:1) passes 60 GB within it.
  static constexpr uint64_t kLookaheadBytes = 64u << 20;
  static constexpr std::string_view kMagic = "\x1f\x8b";  // a member's ID1 ID2

  // After `what` went wrong with the bytes from file offset `lost`: moves
  // to the first member at file offset `from` or later whose bytes
  // inflate to a "WARC/" line (a record's member). The error returned
  // names the skipped range; the stream goes on at that member, or ends
  // when there is none.
  Result<std::string_view> Skip(std::string what, uint64_t lost, uint64_t from) {
    in_member_ = false;
    in_.SeekTo(from);
    bool found = false;
    ProbeCredit credit{file_position()};
    Status st = FindNextMember(
        kMagic, kProbeBytes, &in_, [this](size_t n) { in_.Advance(n); },
        [this, &credit]() -> size_t {
          size_t work = 0, span = 0;
          if (StartsRecordMember(&work, &span)) return 0;
          // Past the credit, the bytes the probe read go with it.
          return credit.Spend(work, file_position()) ? 1 : std::max<size_t>(span, 1);
        },
        &found);
    if (!st.ok()) return Fail(std::move(st));
    if (found) {
      fast_ = true;
      return Status::Corrupt(what + "; skipped file bytes " + std::to_string(lost) + "-" +
                             std::to_string(file_position()) + " to the next record's gzip member");
    }
    done_ = true;
    return Status::Corrupt(what + "; no record's gzip member after it (file bytes " + std::to_string(lost) + "-" +
                           std::to_string(file_position()) + " skipped)");
  }

  // Looks, in at most kLookaheadBytes of compressed bytes from the read
  // position, for a member that starts a record (the memchr-and-probe
  // search of Skip), keeping the bytes it reads: the member being inflated
  // can go on from where it was when there is none. (A 10 GB bomb of zeros
  // in 160 members, 10 MB of file, was inflated whole to be passed over:
  // 21 s.) The search reads no more than the look-ahead holds: memory is
  // bounded by it. A whole-file stream holds no other member; its record
  // is then inflated as before.
  bool SkipToNextRecordMember(uint64_t member_bytes) override {
    if (done_) return false;
    in_.pin = in_.pos;
    // Reserved, not touched: the buffer does not double past the look-ahead.
    in_.bytes.reserve(in_.bytes.size() + kLookaheadBytes + (2u << 20));
    const uint64_t end = in_.file_position() + kLookaheadBytes;
    // Probes move on one byte (a real member may start inside the bytes a
    // failed one read: the resync's noise before a member), so their input
    // is budgeted instead: fake headers whose name fields each read
    // kProbeBytes, one every 4 bytes, made 250 probes read each byte (a
    // 64 MiB look-ahead took 13 s). Past the budget the look-ahead ends,
    // found nothing, and the member is inflated on: nothing is lost.
    LookAheadInput input{&in_, end, kLookaheadBytes};
    bool found = false;
    Status st = FindNextMember(
        kMagic, kProbeBytes, &input, [this](size_t n) { in_.Advance(n); },
        [this, &input]() -> size_t {
          size_t work = 0, span = 0;
          if (StartsRecordMember(&work, &span)) return 0;
          // (At least kProbeCharge a candidate: probes that read nothing
          // new, fake headers four bytes apart in one name field, still
          // end the look-ahead after a few MiB; it held 64 MiB for them.)
          input.Spend(std::max(work, kProbeCharge));
          return 1;
        },
        &found);
    // The member before the one found must end on a trailer whose ISIZE
    // (the decoded size mod 2^32) is the record's alone: a member holding
    // more records after it (a whole-file stream appended to a file of
    // one member per record) is inflated on, and they are read.
    if (found) {
      const auto* t = reinterpret_cast<const unsigned char*>(in_.bytes.data() + in_.pos);
      found = in_.pos >= 4 && (uint32_t{t[-4]} | uint32_t{t[-3]} << 8 | uint32_t{t[-2]} << 16 |
                               uint32_t{t[-1]} << 24) == static_cast<uint32_t>(member_bytes);
    }
    if (!st.ok() || !found) {
      in_.pos = in_.pin;
      in_.pin = std::string::npos;
      return false;
    }
    in_.pin = std::string::npos;
    in_member_ = false;
    fast_ = true;
    return true;
  }

  // Whether in_.pos starts a gzip member whose first bytes are "WARC/"
  // (with probe_zs_: zs_ may be inside a member a look-ahead comes back
  // to). The header is parsed here (zlib's would scan a name field again
  // for each candidate inside it; the header CRC is not checked, as
  // libdeflate, which decodes most members, does not); the deflate data is
  // inflated for at most kFirstBlockBytes and kMaxProbeBlocks blocks, and
  // the verdict kept by the file offset it starts at. `*work`: the bytes
  // this probe read that no probe read before (the budgets' measure);
  // `*span`: how far from in_.pos the bytes it looked at reach.
  bool StartsRecordMember(size_t* work, size_t* span) {
    *work = 0;
    *span = 1;
    const size_t n = std::min(avail(), kProbeBytes);
    const auto* b = reinterpret_cast<const unsigned char*>(in_.bytes.data() + in_.pos);
    // ID1 ID2 CM=8 FLG (reserved bits clear), and room for a trailer.
    if (n < 18 || b[1] != 0x8b || b[2] != 8 || (b[3] & 0xe0) != 0) return false;
    const unsigned flags = b[3];
    size_t h = 10;
    if (flags & 4) {  // FEXTRA
      h += 2 + (size_t{b[10]} | size_t{b[11]} << 8);
      if (h > kMaxProbeHeader) return false;
    }
    for (const int field : {0, 1}) {  // FNAME, FCOMMENT: up to a NUL
      if (!(flags & (8u << field))) continue;
      size_t scanned = 0;
      const size_t nul = NextNul(field, h, std::min(n, kMaxProbeHeader), &scanned);
      *work += scanned;
      resync_probe_bytes += scanned;
      if (nul == std::string::npos) {
        *span = std::min(n, kMaxProbeHeader);
        return false;
      }
      h = nul + 1;
    }
    if (flags & 2) h += 2;  // FHCRC
    if (h > kMaxProbeHeader || h + 8 > n) return false;
    *span = h;
    const uint64_t at = file_position() + h;
    DeflateVerdict& v = verdicts_[at % kVerdicts];
    if (v.at != at) {
      // (Candidates meet a deflate start in increasing file order, each
      // at most kMaxProbeHeader bytes after its own: the starts alive at
      // once never share a slot.)
      size_t used = 0;
      v.at = at;
      v.record = InflatesToRecord(b + h, std::min(n - h, kFirstBlockBytes), &used);
      v.used = static_cast<uint32_t>(used);
      *work += used;
      resync_probe_bytes += used;
    }
    *span += v.used;
    return v.record;
  }

  // The offset (from in_.pos) of the first NUL in [from, end) of the
  // bytes at in_.pos, or npos; `*scanned`: the bytes newly searched. The
  // search is kept (by file offset), one for each `field` (0 the name, 1
  // the comment): the candidates whose name fields start inside bytes
  // already searched do not search them again. (With one search for both,
  // each candidate's comment search replaced its name's, and fake headers
  // with both fields four bytes apart searched each byte 250 times again.)
  size_t NextNul(int field, size_t from, size_t end, size_t* scanned) {
    uint64_t& nul_from = nul_from_[field];
    uint64_t& nul_to = nul_to_[field];
    bool& nul_found = nul_found_[field];
    const uint64_t base = file_position();
    const uint64_t lo = base + from, hi = base + end;
    if (lo < nul_from || lo > nul_to) nul_from = nul_to = lo, nul_found = false;
    if (!nul_found && nul_to < hi) {
      const char* p = in_.bytes.data() + in_.pos + (nul_to - base);
      const size_t len = static_cast<size_t>(hi - nul_to);
      const void* z = std::memchr(p, 0, len);
      *scanned = z ? static_cast<size_t>(static_cast<const char*>(z) - p) + 1 : len;
      nul_found = z != nullptr;
      nul_to = z ? nul_to + (static_cast<const char*>(z) - p) : hi;
    }
    return nul_found && nul_to < hi ? static_cast<size_t>(nul_to - base) : std::string::npos;
  }

  // Whether raw deflate data `d` (n bytes) gives "WARC/" as its first 5
  // bytes within kMaxProbeBlocks blocks. `*used`: the input it took.
  bool InflatesToRecord(const unsigned char* d, size_t n, size_t* used) {
    z_stream& z = probe_zs_;
    *used = 0;
    if (inflateReset2(&z, -15) != Z_OK) return false;
    unsigned char out[5];
    z.next_in = const_cast<Bytef*>(d);
    z.avail_in = static_cast<uInt>(n);
    z.next_out = out;
    z.avail_out = sizeof out;
    for (int blocks = 0; z.avail_out > 0 && z.avail_in > 0 && blocks <= kMaxProbeBlocks;) {
      if (inflate(&z, Z_BLOCK) != Z_OK) break;
      if (z.data_type & 128) ++blocks;  // stopped at a block's end
    }
    *used = n - z.avail_in;
    return z.avail_out == 0 && std::memcmp(out, "WARC/", 5) == 0;
  }

  // Decodes the member at in_.pos in one call. False when it does not fit
  // (or is broken: zlib then says precisely how).
  bool FastMember(std::string_view* out) {
    if (out_.size() < (1u << 20)) out_.resize(1u << 20);
    for (;;) {
      size_t in_used = 0, out_used = 0;
      const libdeflate_result rc = libdeflate_gzip_decompress_ex(
          deflater_, in_.bytes.data() + in_.pos, avail(), out_.data(), out_.size(), &in_used, &out_used);
      if (rc == LIBDEFLATE_SUCCESS) {
        in_.pos += in_used;
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
      if (!in_.eof) fast_ = false;
      return false;
    }
  }

  Status StreamSome(std::string_view* out) {
    if (out_.size() < kStreamChunk) out_.resize(kStreamChunk);
    for (;;) {
      if (avail() == 0) {
        Status st = in_.Fill(kStreamChunk);
        if (!st.ok()) return st;
        if (avail() == 0)
          return Status::Corrupt("truncated: gzip stream ends inside a member at file offset " +
                                 std::to_string(file_position()));
      }
      zs_.next_in = reinterpret_cast<Bytef*>(in_.bytes.data() + in_.pos);
      zs_.avail_in = static_cast<uInt>(std::min<size_t>(avail(), 1u << 30));
      zs_.next_out = reinterpret_cast<Bytef*>(out_.data());
      zs_.avail_out = static_cast<uInt>(kStreamChunk);
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      in_.pos = reinterpret_cast<char*>(zs_.next_in) - in_.bytes.data();
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

  z_stream zs_{};
  z_stream probe_zs_{};
  // StartsRecordMember's verdicts by the file offset of the deflate data
  // (`at`), and NextNul's searches (the name's, the comment's): no NUL in
  // file bytes [nul_from_[f], nul_to_[f]), one at nul_to_[f] when
  // nul_found_[f].
  struct DeflateVerdict {
    uint64_t at;
    uint32_t used;
    bool record;
  };
  static constexpr size_t kVerdicts = 2048;  // > kMaxProbeHeader + 2
  DeflateVerdict verdicts_[kVerdicts];
  uint64_t nul_from_[2] = {0, 0}, nul_to_[2] = {0, 0};
  bool nul_found_[2] = {false, false};
  libdeflate_decompressor* deflater_ = nullptr;
  bool in_member_ = false;
  bool fast_ = true;
  uint64_t member_start_ = 0;  // file offset of the member being read
};

}  // namespace

std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> raw) {
  return std::make_unique<GzipSource>(std::move(raw));
}

}  // namespace lede
