// ByteSource: a file's bytes as a stream of decompressed chunks, for the
// WARC reader. Plain, gzip (one member per record or one for the whole file)
// and zstd (one frame per record, with the dictionary the WARC zstd
// convention stores in a skippable frame at the start) are read the same
// way. Memory is bounded by the chunk and member sizes, never the file's.
//
// Thread safety: an instance is used by one thread at a time.
#ifndef LEDE_WARC_BYTE_SOURCE_H_
#define LEDE_WARC_BYTE_SOURCE_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede {

class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // The next chunk of decompressed bytes; empty at the end of the stream.
  // The view is valid until the next call. After an error (kIoError, or
  // kCorruptInput for a broken or truncated stream) the stream is over,
  // unless resumes_after_error(): the bytes from the next call on follow a
  // gap (the error says which file bytes were skipped).
  virtual Result<std::string_view> ReadChunk() = 0;
  // After an error: whether reading goes on (gzip and zstd skip a corrupt
  // member or frame to the next record's).
  virtual bool resumes_after_error() const { return false; }

  // Appends the next bytes to `*out` and returns how many (0 at the end).
  // When exact_reads(), at most `max` bytes (`*out` grows by `max` first:
  // pass a size you would buffer anyway), fewer only at the end of the
  // input; otherwise a whole chunk, whatever `max` says. Sources that can
  // write straight into `*out` override it to save a copy of every byte.
  virtual Result<size_t> AppendTo(std::string* out, size_t max) {
    (void)max;
    Result<std::string_view> r = ReadChunk();
    if (!r.ok()) return r.status();
    out->append(r.value());
    return r.value().size();
  }
  virtual bool exact_reads() const { return false; }

  // For a reader passing over a record it will not keep: moves the stream
  // to the next gzip member (zstd frame) that starts a record without
  // decoding the rest of the current one, when such a member starts within
  // a bounded look-ahead of compressed bytes. true: the next bytes read are
  // that member's (the bytes decoded but not read yet are dropped; the
  // stream offsets go on from where they were). false: none was found (or
  // the source cannot skip, a plain file) and the stream is where it was.
  // `member_bytes`: the decoded size the current member must have, as its
  // record alone makes it (header, block, the closing CRLF CRLF): the skip
  // is taken only when the member says it holds just that (gzip: ISIZE of
  // its trailer; zstd: the frame's declared content size), so no record
  // sharing the member with this one is passed over.
  virtual bool SkipToNextRecordMember(uint64_t member_bytes) {
    (void)member_bytes;
    return false;
  }

  // Bytes consumed from the file so far (compressed size): for progress.
  virtual uint64_t file_position() const = 0;

  // The file offset to seek to for reading from decompressed position
  // `stream_pos` on: the gzip member's or zstd frame's start when one starts
  // exactly there (one member per record, as CDX indexes expect), the
  // position itself for plain files, and `stream_pos` (an offset in the
  // decompressed stream) otherwise. Positions must be asked in increasing
  // order; boundaries before `stream_pos` are forgotten.
  // `*exact` (when given): whether a member or frame starts there.
  uint64_t FileOffsetOf(uint64_t stream_pos, bool* exact = nullptr);

 protected:
  // Implementations call this when a member/frame starts.
  void NoteMemberStart(uint64_t stream_pos, uint64_t file_pos) {
    if (boundaries_.size() < 4096) boundaries_.push_back({stream_pos, file_pos});
  }
  bool track_members_ = false;

 private:
  struct Boundary {
    uint64_t stream_pos;
    uint64_t file_pos;
  };
  std::deque<Boundary> boundaries_;
};

// A decoder's compressed input (the gzip and zstd sources'): the bytes
// read from `raw`, decoded up to `pos`, buffered from there on.
struct CompressedInput {
  ByteSource* raw = nullptr;
  std::string bytes;
  size_t pos = 0;
  bool eof = false;  // `raw` has ended
  // While set (an index into `bytes`), Fill keeps the bytes from here on: a
  // look-ahead that may come back to them.
  size_t pin = std::string::npos;

  size_t avail() const { return bytes.size() - pos; }
  // The bytes buffered from the read position (FindNextMember's input).
  std::string_view Buffered() const { return std::string_view(bytes.data() + pos, avail()); }
  // The file offset of bytes[0], and of the read position.
  uint64_t file_start() const { return raw->file_position() - bytes.size(); }
  uint64_t file_position() const { return raw->file_position() - avail(); }
  // Moves the read position to file offset `at` (to the buffer's start or
  // end when `at` lies before or past it).
  void SeekTo(uint64_t at) {
    const uint64_t start = file_start();
    pos = static_cast<size_t>(std::min<uint64_t>(std::max(at, start) - start, bytes.size()));
  }
  // Moves the read position `n` bytes on (to the buffer's end at most):
  // FindNextMember's `advance`.
  void Advance(size_t n) { pos = std::min(pos + n, bytes.size()); }
  // Reads raw bytes (`read_bytes` a call, straight into `bytes` when the
  // raw source can) until `want` are buffered or the file ends. The
  // decoded bytes are dropped once they are half the buffer or more: a
  // byte is moved a bounded number of times however often this is called.
  Status Fill(size_t want, size_t read_bytes = 1u << 20) {
    while (avail() < want && !eof) {
      const size_t drop = std::min(pos, pin);
      if (drop > 0 && pos >= bytes.size() / 2) {
        bytes.erase(0, drop);
        pos -= drop;
        if (pin != std::string::npos) pin -= drop;
      }
      Result<size_t> r = raw->AppendTo(&bytes, read_bytes);
      if (!r.ok()) return r.status();
      if (r.value() == 0) eof = true;
    }
    return Status::Ok();
  }
};

// A look-ahead's view of `in` (FindNextMember's input): the bytes up to
// file offset `end`, and none once the probes have read `probe_budget`
// bytes (a source that moves on one byte after a failed probe spends it).
struct LookAheadInput {
  CompressedInput* in;
  uint64_t end;
  uint64_t probe_budget = UINT64_MAX;
  Status Fill(size_t want) { return in->Fill(want); }
  std::string_view Buffered() const {
    const uint64_t at = in->file_position();
    return at >= end || probe_budget == 0 ? std::string_view()
                                          : in->Buffered().substr(0, static_cast<size_t>(end - at));
  }
  void Spend(size_t used) { probe_budget -= std::min<uint64_t>(probe_budget, used); }
};

// A resync's budget for probes that move on one byte after failing (a real
// member may start inside the bytes a failed probe read, so they are
// searched again): the probes may read kBase bytes, plus kPerByte for each
// byte the search has passed. Over it, a failed probe's bytes are passed
// with it (no search goes back into them), so the search stays linear
// whatever the bytes hold; only then can a real member hidden inside a
// fake one's bytes be lost with them.
struct ProbeCredit {
  static constexpr uint64_t kBase = 4u << 20;
  static constexpr uint64_t kPerByte = 16;
  uint64_t start = 0;  // the file offset the search began at
  uint64_t spent = 0;
  // Counts `used` bytes read by a probe at file offset `at`: whether the
  // search is still within its budget.
  bool Spend(uint64_t used, uint64_t at) {
    spent += used;
    return spent <= kBase + kPerByte * (at > start ? at - start : 0);
  }
};

// The input bytes this thread's resync probes have read (gzip name and
// comment fields searched for their NUL, deflate data inflated, zstd
// frames decoded to their first bytes): the work the probes' budgets
// count, summed for the tests that a hostile file's resync is linear. (A
// count, not a timing: a loaded machine, or a sanitizer that slows lede's
// code and not zlib's, does not move it.)
inline thread_local uint64_t resync_probe_bytes = 0;

// The decoded bytes this thread's WarcReaders searched for the end of a
// block whose Content-Length does not match it (the search for the next
// record's version line): counted, as resync_probe_bytes, for the tests
// that a file of lying lengths is read in linear time.
inline thread_local uint64_t block_end_search_bytes = 0;

// What the gzip and zstd sources share: the raw source and its compressed
// bytes, the buffer of decoded bytes handed out, and the state of a file
// read member by member (or frame by frame) that goes on past a bad one.
class MemberSource : public ByteSource {
 public:
  uint64_t file_position() const override { return in_.file_position(); }
  bool resumes_after_error() const override { return !done_; }

 protected:
  explicit MemberSource(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)) {
    track_members_ = true;
    in_.raw = raw_.get();
  }
  size_t avail() const { return in_.avail(); }
  // Ends the stream with `st`.
  Result<std::string_view> Fail(Status st) {
    done_ = true;
    return st;
  }

  std::unique_ptr<ByteSource> raw_;
  CompressedInput in_;
  std::string out_;
  uint64_t produced_ = 0;  // decoded bytes handed out
  bool done_ = false;
  uint64_t failed_until_ = 0;  // the furthest file offset a bad member or frame reached
};

// The search, after a corrupt gzip member or zstd frame, for the next one
// that starts a record (shared by the gzip and zstd sources). Candidates
// are the places that open on `magic`, found by memchr for its first byte.
// The decoder `input` buffers its compressed bytes: `input->Fill(want)`
// buffers at least `want` bytes from the search position (fewer at the end
// of the file) or returns an error, and `input->Buffered()` is the bytes
// buffered from the position. `advance(n)` moves the position n bytes on;
// `probe()` judges the candidate at the position (with at least
// `probe_bytes` buffered): 0 when it starts a record, else how many bytes
// to move past it (1, or more when its bytes ran over some no later search
// may go back into: each candidate's probe reads a bounded number of
// bytes, and what a failed one read is not searched again, so the search
// is linear in the file). Sets `*found` when one is found (the position is
// then at it); otherwise the search reached the end of the file.
template <class Input, class Advance, class Probe>
Status FindNextMember(std::string_view magic, size_t probe_bytes, Input* input, Advance advance, Probe probe,
                      bool* found) {
  *found = false;
  const auto window = [input](size_t want) -> Result<std::string_view> {
    Status fill = input->Fill(want);
    if (!fill.ok()) return fill;
    return input->Buffered();
  };
  for (;;) {
    Result<std::string_view> w = window(probe_bytes);
    if (!w.ok()) return w.status();
    std::string_view b = w.value();
    if (b.empty()) return Status::Ok();
    const char* p = static_cast<const char*>(std::memchr(b.data(), magic[0], b.size()));
    if (!p) {
      advance(b.size());
      continue;
    }
    advance(static_cast<size_t>(p - b.data()));
    w = window(probe_bytes);
    if (!w.ok()) return w.status();
    const size_t skip = w.value().substr(0, magic.size()) == magic ? probe() : 1;
    if (skip == 0) {
      *found = true;
      return Status::Ok();
    }
    advance(skip);
  }
}

// Opens `path` ("-" = standard input) and picks the decoder from the first
// bytes (gzip and zstd magic), whatever the file name says.
Result<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path);

// Decoders over another source of raw bytes (used by OpenByteSource).
std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> raw);
std::unique_ptr<ByteSource> NewZstdSource(std::unique_ptr<ByteSource> raw);

}  // namespace lede

#endif  // LEDE_WARC_BYTE_SOURCE_H_
