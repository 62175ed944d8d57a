// WarcReader: record framing over a ByteSource (WARC 1.1, section 4:
// version line, named fields, CRLF, Content-Length bytes of block, CRLF
// CRLF). Only the current record is held in memory. A record that cannot be
// framed is reported and the reader resynchronises at the next line that
// starts with "WARC/".
#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

#include "core/text.h"
#include "lede/warc.h"
#include "warc/byte_source.h"

namespace lede {

std::string_view WarcRecord::Header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (EqualsIgnoreCase(k, name)) return v;
  return {};
}

namespace {

// Errors about a record whose header was read name it, so that a reader of
// the log knows which page was lost: " (WARC-Record-ID <urn:...>)", or
// nothing when the header has no id.
std::string IdNote(const WarcRecord& r) {
  const std::string_view id = r.Header("WARC-Record-ID");
  if (id.empty()) return std::string();
  return " (WARC-Record-ID " + std::string(id.substr(0, 200)) + ")";
}

// Whether a Content-Type value names a WARC file ("application/warc",
// parameters allowed; not "application/warc-fields", warcinfo's).
bool IsWarcMediaType(std::string_view v) {
  v = Trim(v);
  if (!StartsWithIgnoreCase(v, "application/warc")) return false;
  return v.size() == 16 || v[16] == ';' || v[16] == ' ' || v[16] == '\t';
}

// Whether the record says its block is a WARC file stored verbatim (a
// crawl of WARC files; a WARC kept as a resource): its Content-Type, or
// the Content-Type of the HTTP header at the block's start (`block_head`,
// the block's first bytes). Record starts inside such a block are the
// inner archive's, not records of this file.
bool DeclaresAWarcBlock(const WarcRecord& r, std::string_view block_head) {
  if (IsWarcMediaType(r.Header("Content-Type"))) return true;
  if (!StartsWithIgnoreCase(block_head, "HTTP/")) return false;
  const size_t end = block_head.find("\r\n\r\n");
  block_head = block_head.substr(0, end);
  for (size_t i = 0; i < block_head.size();) {
    size_t e = block_head.find('\n', i);
    if (e == std::string_view::npos) e = block_head.size();
    const std::string_view line = block_head.substr(i, e - i);
    i = e + 1;
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos && EqualsIgnoreCase(Trim(line.substr(0, colon)), "Content-Type"))
      return IsWarcMediaType(line.substr(colon + 1));
  }
  return false;
}

}  // namespace

struct WarcReader::Impl {
  static constexpr size_t kMaxHeaderBytes = 1u << 20;
  // Bytes read into `buf` at a time from sources that read exactly (plain
  // files): a record header and the start of its block. A block running
  // past them is read straight into the record (ReadBlockDirect).
  static constexpr size_t kReadBytes = 64u << 10;
  // A block end past any input (a Content-Length that does not fit).
  static constexpr size_t kPastTheInput = std::numeric_limits<size_t>::max();
  // ReadBlockDirect: what a block reserves at most, its smallest step.
  static constexpr uint64_t kDefaultMaxRecordBytes = WarcReaderOptions{}.max_record_bytes;
  static constexpr uint64_t kMinDirectStep = 1u << 20;
  // A record past max_record_bytes that opens a member: the bytes decoded
  // (searched for a record start) before the rest of it is skipped.
  static constexpr uint64_t kDecodeBeforeMemberSkip = 16u << 20;

  std::unique_ptr<ByteSource> src;
  WarcReaderOptions options;
  std::string path;
  std::string buf;   // decompressed bytes; buf[0] is at stream offset `base`
  size_t pos = 0;
  uint64_t base = 0;
  bool eof = false;
  Status source_error;  // why the source ended early, reported once
  bool done = false;
  bool gave_up = false;  // Resync passed its give_up_at
  bool last_opened_member = false;  // the last record header read opened a gzip member or zstd frame
  // FindBlockEnd: the stream offset before which no block end was found
  // (searched by an earlier record's search, not again).
  uint64_t searched_to = 0;
  // A gap in the stream (bytes the source skipped): `eof` is set until the
  // record before it is dealt with, then reading goes on after it.
  Status gap;

  size_t have() const { return buf.size() - pos; }
  uint64_t StreamPos(size_t i) const { return base + i; }

  void More() {
    if (eof) return;
    if (pos > 0 && pos >= buf.size() / 2) {
      buf.erase(0, pos);
      base += pos;
      pos = 0;
    }
    Result<size_t> r = src->AppendTo(&buf, kReadBytes);
    if (!r.ok()) {
      // A gap the source reads on after (a corrupt gzip member skipped):
      // the input ends here for the record being read (GapOr).
      if (src->resumes_after_error()) {
        gap = r.status();
        eof = true;
        return;
      }
      source_error = r.status();
      eof = true;
      return;
    }
    if (r.value() == 0) eof = true;
  }

  bool Ensure(size_t n) {
    while (have() < n && !eof) More();
    return have() >= n;
  }

  // Moves to the next line that starts with "WARC/" at or after `from`
  // (an index into buf), or to a version line ("WARC/1.1" and its line end)
  // right after other bytes: garbage with no line end of its own (a run of
  // NULs, a gzip member of zeros between two records) ran into the next
  // record's first line, and a search for line starts only lost that
  // record. Reads on as needed; at the end of input, to the end.
  // (`from` is taken as a line start. The last bytes of the buffer are
  // searched again once more are read, and where they begin is no line
  // start unless a line end stands before it: that byte is judged before
  // the buffer drops it.)
  // `give_up_at`: a stream offset past which the search stops (pos at the
  // end of what was read, `gave_up` set).
  void Resync(size_t from, uint64_t give_up_at = UINT64_MAX) {
    pos = std::min(from, buf.size());
    bool pos_starts_line = true;
    for (;;) {
      for (size_t i = buf.find("WARC/", pos); i != std::string::npos; i = buf.find("WARC/", i + 1)) {
        if (i == pos ? pos_starts_line : buf[i - 1] == '\n') {
          pos = i;
          return;
        }
        // "WARC/1.1" CR LF, or LF: judged once its bytes are read.
        if (i + 10 > buf.size() && !eof) break;
        if (buf.compare(i, 7, "WARC/1.") == 0 && i + 8 < buf.size() && buf[i + 7] >= '0' && buf[i + 7] <= '9' &&
            (buf[i + 8] == '\n' || (buf[i + 8] == '\r' && i + 9 < buf.size() && buf[i + 9] == '\n'))) {
          pos = i;
          return;
        }
      }
      if (eof) {
        pos = buf.size();
        return;
      }
      if (StreamPos(buf.size()) > give_up_at) {
        pos = buf.size();
        gave_up = true;
        return;
      }
      if (buf.size() > 10 && buf.size() - 10 > pos) {
        pos = buf.size() - 10;
        pos_starts_line = buf[pos - 1] == '\n';
      }
      More();
    }
  }

  // After a record whose block has no length to frame it (no valid
  // Content-Length): moves to the next "WARC/1.N" version line at or after
  // buf[from] that follows a blank line (the CR LF CR LF that ends a
  // record, or LF LF) or other bytes on its line (a block cut short: its
  // gzip member or zstd frame ends, or the next record follows, without a
  // blank line); at the end of the input, to the end. Lines of the block
  // that start with "WARC/" (its text, a record quoted in it) are passed:
  // Resync stopped at each, one error apiece.
  void ResyncAfterBlock(size_t from) {
    static constexpr std::string_view kVersion = "WARC/1.";
    pos = std::min(from, buf.size());
    for (;;) {
      for (size_t v = buf.find(kVersion, pos); v != std::string::npos; v = buf.find(kVersion, v + 1)) {
        if (v + 10 > buf.size() && !eof) break;  // judged once its bytes are read
        const bool line_start = v > pos && buf[v - 1] == '\n';
        const bool blank = line_start && ((v >= pos + 2 && buf[v - 2] == '\n') ||
                                          (v >= pos + 3 && buf[v - 2] == '\r' && buf[v - 3] == '\n'));
        const bool after_bytes = v > pos && !line_start;
        if ((!blank && !after_bytes) || v + 8 >= buf.size() || buf[v + 7] < '0' || buf[v + 7] > '9') continue;
        if (buf[v + 8] == '\n' || (buf[v + 8] == '\r' && v + 9 < buf.size() && buf[v + 9] == '\n')) {
          pos = v;
          return;
        }
      }
      if (eof) {
        pos = buf.size();
        return;
      }
      // (A candidate cut by the buffer's end starts within its last 10
      // bytes: 16 keep it and the blank line before it.)
      if (buf.size() > 16 && buf.size() - 16 > pos) pos = buf.size() - 16;
      More();
    }
  }

  // After a header that could not be read, spanning buf[from, end): goes to
  // the last line in it that starts with "WARC/" (the shortest header that
  // may still be a record's: a cut record followed by a whole one), else to
  // the next one at or after `end`. The first such line after `from` would
  // make every version line of a long header cost a scan of the rest of
  // it: quadratic (a megabyte of "WARC/1.1" lines never ended).
  // A version line ("WARC/1.N" CR LF) right after other bytes counts too,
  // as for Resync (a record whose lines end in CR alone runs into the next
  // record's version line with no LF before it).
  void ResyncAfterHeader(size_t from, size_t end) {
    end = std::min(end, buf.size());
    if (end <= from + 1) return Resync(end);
    const std::string_view h = std::string_view(buf).substr(from + 1, end - from - 1);
    size_t last = h.rfind("\nWARC/");
    if (last != std::string_view::npos) ++last;
    for (size_t v = h.rfind("WARC/1."); v != std::string_view::npos && (last == std::string_view::npos || v > last);
         v = v == 0 ? std::string_view::npos : h.rfind("WARC/1.", v - 1)) {
      if (v + 9 < h.size() && h[v + 7] >= '0' && h[v + 7] <= '9' &&
          (h[v + 8] == '\n' || (h[v + 8] == '\r' && h[v + 9] == '\n'))) {
        last = v;
        break;
      }
    }
    Resync(last != std::string_view::npos ? from + 1 + last : end);
  }

  // Skips `n` bytes, reading and dropping them.
  void Discard(uint64_t n) {
    while (n > 0) {
      const size_t take = static_cast<size_t>(std::min<uint64_t>(n, have()));
      pos += take;
      n -= take;
      if (n == 0) break;
      if (eof) break;
      More();
    }
  }

  // Like Discard, but stops early (returning true) where a record
  // terminator is followed by a "WARC/1." line inside the `n` bytes. Past
  // `skip_after` bytes, asks the source once to move to the next record's
  // gzip member or zstd frame without decoding the rest (`*skipped` set
  // when it did, and true returned).
  // `member_bytes`: the record's whole size (header, block, CRLF CRLF).
  // `nested`: the block is a WARC file (DeclaresAWarcBlock): the record
  // starts inside it are its own, and the length is trusted.
  bool DiscardUntilRecord(uint64_t n, uint64_t skip_after = UINT64_MAX, bool* skipped = nullptr,
                          uint64_t member_bytes = 0, bool nested = false) {
    static constexpr std::string_view kNext = "\r\n\r\nWARC/1.";
    uint64_t discarded = 0;
    while (n > 0) {
      const size_t take = static_cast<size_t>(std::min<uint64_t>(n, have()));
      const size_t found = nested ? std::string::npos : buf.find(kNext, pos);
      if (found != std::string::npos && found < pos + take) {
        pos = found + 4;
        return true;
      }
      // Keep a pattern's length back so a start cut by the chunk boundary is
      // still found after the next read (none at the end of the input: the
      // claimed length swallows the rest, not a header of its own).
      const size_t keep = (!eof && take == have() && n > take) ? std::min(take, kNext.size() - 1) : 0;
      pos += take - keep;
      n -= take - keep;
      discarded += take - keep;
      if (n == 0 || eof) break;
      if (discarded >= skip_after) {
        skip_after = UINT64_MAX;
        if (src->SkipToNextRecordMember(member_bytes)) {
          // What is buffered is the record's: dropped.
          base += buf.size();
          buf.clear();
          pos = 0;
          if (skipped) *skipped = true;
          return true;
        }
      }
      More();
    }
    return false;
  }

  // At the end of the input: an error left by the source is the last thing
  // reported.
  Result<bool> End() {
    if (!gap.ok()) return GapOr(Status::Ok(), pos);
    done = true;
    if (!source_error.ok()) {
      Status st = std::move(source_error);
      source_error = Status::Ok();
      return st;
    }
    return false;
  }

  // The input ran out in the record at stream offset `start`, with `cut`
  // to say so. At a gap, the bytes buffered are dropped (the record is
  // lost: its end was skipped), the gap's error is returned and reading
  // goes on after it; otherwise the input is over and `cut` is returned.
  Result<bool> GapOr(Status cut, uint64_t start) {
    if (gap.ok()) {
      done = true;
      return cut;
    }
    const bool lost = buf.find_first_not_of("\r\n", pos) != std::string::npos;
    base += buf.size();
    buf.clear();
    pos = 0;
    eof = false;
    Status st = std::move(gap);
    gap = Status::Ok();
    return Status(st.code(), std::string(st.message()) +
                                 (lost ? " (the record at offset " + std::to_string(start) + " is lost)" : ""));
  }

  static bool ParseHeader(std::string_view text, WarcRecord* r) {
    r->headers.clear();
    size_t i = 0;
    bool first = true;
    while (i < text.size()) {
      size_t e = text.find('\n', i);
      if (e == std::string_view::npos) e = text.size();
      std::string_view line = text.substr(i, e - i);
      i = e + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (first) {
        r->version = std::string(Trim(line));
        first = false;
        // A version line holds no CR: one that does is lines ending in CR
        // alone, the record run into the next one's header.
        if (r->version.find('\r') != std::string::npos) return false;
        continue;
      }
      if (line.empty()) continue;
      if ((line[0] == ' ' || line[0] == '\t') && !r->headers.empty()) {
        // A folded continuation line (WARC 1.0 allows them).
        r->headers.back().second += ' ';
        r->headers.back().second += Trim(line);
        continue;
      }
      const size_t colon = line.find(':');
      if (colon == std::string_view::npos || colon == 0) return false;
      r->headers.emplace_back(std::string(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
    }
    return !first;
  }

  // A record read ahead, past the last continuation of a segmented record,
  // and what reading it returned: given by the next call to Next.
  bool has_ahead = false;
  Result<bool> ahead_result = false;
  WarcRecord ahead;

  Result<bool> Next(WarcRecord* r) {
    if (has_ahead) {
      has_ahead = false;
      if (!ahead_result.ok() || !ahead_result.value()) return std::move(ahead_result);
      std::swap(*r, ahead);
    } else {
      Result<bool> read = ReadRecord(r);
      if (!read.ok() || !read.value()) return read;
    }
    r->segments = 1;
    r->segments_complete = false;
    if (Trim(r->Header("WARC-Segment-Number")) == "1" && !EqualsIgnoreCase(r->type, "continuation")) JoinSegments(r);
    return true;
  }

  // A segmented record (WARC 1.1, 5.9-5.11: the first segment holds
  // "WARC-Segment-Number: 1", each continuation record the next piece of
  // its block, the last "WARC-Segment-Total-Length") is joined when its
  // continuations follow it in this file, in order, up to max_record_bytes
  // in all. The first record that is none (another record, an error, the
  // end) is kept for the next call: continuations in another file (a
  // crawler that split the record at the file's size limit) are not joined,
  // and the record stays flagged (WarcRecord::segments_complete).
  void JoinSegments(WarcRecord* r) {
    const std::string origin(Trim(r->Header("WARC-Record-ID")));
    for (uint64_t expected = 2;; ++expected) {
      ahead_result = ReadRecord(&ahead);
      has_ahead = true;
      if (!ahead_result.ok() || !ahead_result.value()) return;
      if (!EqualsIgnoreCase(ahead.type, "continuation") || Trim(ahead.Header("WARC-Segment-Origin-ID")) != origin ||
          Trim(ahead.Header("WARC-Segment-Number")) != std::to_string(expected) ||
          r->block.size() + ahead.block.size() > options.max_record_bytes)
        return;
      has_ahead = false;
      r->block += ahead.block;
      if (!ahead.warning.empty())
        r->warning += (r->warning.empty() ? "" : "; ") + ("segment " + std::to_string(expected) + ": ") + ahead.warning;
      ++r->segments;
      if (!Trim(ahead.Header("WARC-Segment-Total-Length")).empty()) {
        r->segments_complete = true;
        return;
      }
    }
  }

  Result<bool> ReadRecord(WarcRecord* r) {
    r->warning.clear();
    if (done) return false;
    // Records are separated by CRLF CRLF; be lenient about extra blank lines.
    for (;;) {
      if (!Ensure(1)) return End();
      const char c = buf[pos];
      if (c != '\r' && c != '\n') break;
      ++pos;
    }
    const uint64_t start_stream = StreamPos(pos);
    Ensure(5);
    if (have() < 5 || std::memcmp(buf.data() + pos, "WARC/", 5) != 0) {
      if (eof && buf.compare(pos, have(), std::string_view("WARC/").substr(0, have())) == 0)
        return GapOr(Status::Corrupt("truncated: file ends inside a record header at offset " +
                                     std::to_string(start_stream)),
                     start_stream);
      // At offset 0 the likeliest cause is a file that is no WARC at all
      // (an HTML page given to `lede warc`): say so.
      const char* const not_warc =
          start_stream == 0 ? "; the file does not begin with \"WARC/\": is it a WARC file?" : "";
      // No record in the first 64 MiB (or max_record_bytes, if larger) of
      // a file that does not begin with one: no WARC (a video, /dev/zero),
      // and reading it all, or forever, finds nothing.
      const uint64_t give_up_at =
          start_stream == 0 ? std::max<uint64_t>(options.max_record_bytes, uint64_t{64} << 20) : UINT64_MAX;
      Resync(pos + 1, give_up_at);
      if (gave_up) {
        done = true;
        return Status::Corrupt("warc: no record header in the first " + std::to_string(StreamPos(pos)) +
                               " bytes: the file does not begin with \"WARC/\": is it a WARC file? (reading stops)");
      }
      return Status::Corrupt("warc: no record header at offset " + std::to_string(start_stream) +
                             " (skipped to offset " + std::to_string(StreamPos(pos)) + ")" + not_warc);
    }
    // The named fields end at the first empty line. `scanned` counts bytes
    // after `pos` already searched (More() may move `pos` when compacting).
    size_t header_end = 0, body_start = 0;
    size_t scanned = 0;
    for (;;) {
      const size_t from = pos + (scanned > 3 ? scanned - 3 : 0);
      const size_t crlf = buf.find("\r\n\r\n", from);
      // A bare "\n\n" counts only before the CRLF one: not a scan of all
      // that is buffered for each record.
      const size_t lf = std::string_view(buf).substr(0, crlf == std::string::npos ? buf.size() : crlf + 2).find("\n\n", from);
      if (crlf != std::string::npos && (lf == std::string::npos || crlf < lf)) {
        header_end = crlf;
        body_start = crlf + 4;
        break;
      }
      if (lf != std::string::npos) {
        header_end = lf;
        body_start = lf + 2;
        break;
      }
      scanned = have();
      if (scanned > kMaxHeaderBytes) {
        ResyncAfterHeader(pos, buf.size());
        return Status::Corrupt("warc: record header at offset " + std::to_string(start_stream) +
                               " passes 1 MiB");
      }
      if (eof) {
        // The source's own error would add nothing: the cut is this.
        source_error = Status::Ok();
        return GapOr(Status::Corrupt("truncated: file ends inside the record header at offset " +
                                     std::to_string(start_stream)),
                     start_stream);
      }
      More();
    }
    const size_t rec_start = pos;
    if (!ParseHeader(std::string_view(buf).substr(rec_start, header_end - rec_start), r)) {
      // Lines that end in CR alone (the first one holds a CR before its LF,
      // if any): the record ran into the next one's header, whose fields
      // were read as its own and the record lost without a word.
      const bool cr_only = r->version.find('\r') != std::string::npos;
      ResyncAfterHeader(rec_start, header_end);
      return Status::Corrupt("warc: malformed header line in record at offset " + std::to_string(start_stream) +
                             (cr_only ? " (its lines end in CR alone, not CR LF)" : ""));
    }
    // (The file offset: a gzip member's or zstd frame's start when the record opens one.)
    bool member_start = false;
    const uint64_t offset = src->FileOffsetOf(start_stream, &member_start);
    const bool one_record_per_member = member_start && last_opened_member;
    last_opened_member = member_start;
    const std::string_view len_text = r->Header("Content-Length");
    uint64_t length = 0;
    const auto [p, ec] = std::from_chars(len_text.data(), len_text.data() + len_text.size(), length);
    if (len_text.empty() || ec != std::errc() || p != len_text.data() + len_text.size()) {
      // (A header the reader could not frame its block by: the block is
      // passed to the next version line after a blank line.)
      // (The value is quoted when it is short printable ASCII: the message
      // stays valid UTF-8 for the Python module.)
      const bool quotable = !len_text.empty() && len_text.size() <= 40 &&
                            std::all_of(len_text.begin(), len_text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
      const std::string said = quotable ? " (\"" + std::string(len_text) + "\")" : std::string();
      const std::string id = IdNote(*r);
      ResyncAfterBlock(header_end);  // (a record right after the header: an empty block)
      return Status::Corrupt("warc: record at offset " + std::to_string(offset) +
                             " has no valid Content-Length" + said + id + "; skipped to the next record");
    }
    const size_t header_bytes = body_start - rec_start;
    if (length > options.max_record_bytes) {
      pos = body_start;
      // Skip the record, but stop at a record start inside the claimed
      // length: a lying Content-Length (10^15) must not swallow every good
      // record after it. In a file of one gzip member or zstd frame per
      // record (as WARC writers make them: this record and the one before
      // it each opened one), the record is decoded for
      // kDecodeBeforeMemberSkip bytes (records a lying length hides in the
      // same member are found), then the source moves to the next
      // record's member without decoding the rest: a 10 GB gzip bomb took
      // 21 s to pass over. Elsewhere (a whole-file stream, members of
      // several records, the file's first record) the rest of the member
      // may hold records: it is decoded.
      // A record whose block is a WARC file (a crawl of WARC files) holds
      // record starts of its own: its length is trusted (a lying one
      // swallows what it claims), and the inner records are not read as
      // this file's.
      const bool nested =
          DeclaresAWarcBlock(*r, std::string_view(buf).substr(body_start, std::min<size_t>(buf.size() - body_start, 8192)));
      bool skipped = false;
      const bool resumed =
          DiscardUntilRecord(length, one_record_per_member ? kDecodeBeforeMemberSkip : UINT64_MAX, &skipped,
                             header_bytes + length + 4, nested);
      return Status::LimitExceeded(
          "max_record_bytes: record at offset " + std::to_string(offset) + " has " + std::to_string(length) +
          " bytes, limit " + std::to_string(options.max_record_bytes) +
          (skipped ? " (passed over to the next record's member, at file offset " +
                         std::to_string(src->file_position()) + ")"
                   : resumed ? " (a record starts inside it: reading on from there)" : "") +
          IdNote(*r));
    }
    size_t block_start, block_end;
    bool direct = false;
    // (No sum with `length` before it is known to fit: a max_record_bytes
    // of 2^64 - 1 lets a Content-Length of 2^64 - 4 through, whose sum
    // wrapped to the header's own blank line, read as the block's end; the
    // block was then taken as 2^64 - 4 bytes, and std::length_error ended
    // the process.)
    if (length > buf.size() - pos - header_bytes && src->exact_reads() && !eof) {
      direct = ReadBlockDirect(header_bytes, length, r);
      block_start = 0;
      block_end = direct ? 0 : (length <= buf.size() ? length : kPastTheInput);
    } else {
      Ensure(length <= kPastTheInput - header_bytes - 9 ? header_bytes + length + 9 : kPastTheInput);
      // Indices are stable from here on: nothing reads more until we return.
      block_start = pos + header_bytes;
      block_end = length <= buf.size() - block_start ? block_start + length : kPastTheInput;
    }
    if (!direct && !TerminatorOk(block_end)) {
      // Content-Length does not match the bytes (the writer lied, too short
      // or too long): the block is taken as the bytes up to the next
      // record's version line after a blank line, and the record returned
      // with a warning (WarcRecord::warning) rather than lost.
      const size_t block_rel = block_start - pos;  // (More() may move `pos`: offsets from it stay)
      const size_t end_rel = block_end == kPastTheInput ? kPastTheInput : block_end - pos;
      size_t found_end = 0, found_next = 0;
      const bool found = FindBlockEnd(block_rel, &found_end, &found_next);
      block_start = pos + block_rel;
      block_end = end_rel == kPastTheInput ? kPastTheInput : pos + end_rel;
      const std::string said = "warc: Content-Length " + std::to_string(length) + " does not match the record's block (";
      if (found && found_end - block_rel <= options.max_record_bytes) {
        const size_t got = found_end - block_rel;
        r->block.assign(buf.data() + block_start, got);
        r->warning = said + std::to_string(got) + " bytes up to the next record): repaired";
        FillFields(r, offset);
        pos += found_next;
        return true;
      }
      if (found) {
        // A block past max_record_bytes: skipped to the next record.
        pos += found_next;
        return Status::LimitExceeded("max_record_bytes: record at offset " + std::to_string(offset) +
                                     " has a Content-Length of " + std::to_string(length) + " but a block of " +
                                     std::to_string(found_end - block_rel) + " bytes, limit " +
                                     std::to_string(options.max_record_bytes) + IdNote(*r));
      }
      // The last record, cut short by its length: at the end of the input
      // (no gap after it) the bytes left are the block and its CRLF CRLF
      // (or LF LF); the file ends where the record does. (One claiming more
      // than is left is a cut file: "truncated" below.)
      if (!found && eof && gap.ok() && block_end <= buf.size()) {
        const std::string_view rest = std::string_view(buf).substr(block_start);
        const size_t term = rest.ends_with("\r\n\r\n") ? 4 : rest.ends_with("\n\n") ? 2 : 0;
        if (term > 0 && rest.size() - term <= options.max_record_bytes) {
          r->block.assign(rest.substr(0, rest.size() - term));
          r->warning = said + std::to_string(r->block.size()) + " bytes up to the end of the input): repaired";
          FillFields(r, offset);
          pos = buf.size();
          return true;
        }
      }
      if (eof && block_end > buf.size()) {
        const size_t got = buf.size() - block_start;
        if (!gap.ok()) return GapOr(Status::Ok(), start_stream);
        pos = buf.size();
        done = true;
        source_error = Status::Ok();
        return Status::Corrupt("truncated: record at offset " + std::to_string(offset) + " has " +
                               std::to_string(got) + " of " + std::to_string(length) + " bytes" + IdNote(*r));
      }
      Resync(std::min(block_end, buf.size()));
      return Status::Corrupt("warc: Content-Length " + std::to_string(length) + " of record at offset " +
                             std::to_string(offset) + " does not match its block" + IdNote(*r));
    }
    if (!direct) r->block.assign(buf.data() + block_start, length);
    FillFields(r, offset);
    pos = block_end;
    return true;
  }

  // The fields read from the named ones, and the record's offset.
  static void FillFields(WarcRecord* r, uint64_t offset) {
    r->type = std::string(r->Header("WARC-Type"));
    r->record_id = std::string(r->Header("WARC-Record-ID"));
    r->target_uri = std::string(r->Header("WARC-Target-URI"));
    // WARC 1.0 writers put the URI in angle brackets.
    if (r->target_uri.size() >= 2 && r->target_uri.front() == '<' && r->target_uri.back() == '>')
      r->target_uri = r->target_uri.substr(1, r->target_uri.size() - 2);
    r->date = std::string(r->Header("WARC-Date"));
    r->content_type = std::string(r->Header("Content-Type"));
    r->offset = offset;
  }

  // The end of a block whose Content-Length does not match it, for the
  // record at `pos` whose block starts at buf[pos + block_rel]: the blank
  // line (CR LF CR LF, or LF LF in a file written with bare LFs) before the
  // next record's version line ("WARC/" and 1 to 8 digits and dots, then
  // the line's end; text that names "WARC/" does not end the block). true:
  // `*end` (the block's end) and `*next` (the version line) are offsets
  // from `pos`. Reads on as needed, to min(max_record_bytes, 64 MiB) past
  // the block's start (more only when buffered already): memory stays
  // bounded by the record size limit. Each byte is searched once over the
  // file's records: a search that finds nothing leaves `searched_to`, and
  // a later one (a header found inside those bytes) starts past it.
  bool FindBlockEnd(size_t block_rel, size_t* end, size_t* next) {
    const uint64_t block_stream = StreamPos(pos + block_rel);
    const uint64_t bound =
        block_stream + std::min<uint64_t>(options.max_record_bytes, kDefaultMaxRecordBytes) + 32;
    // `from`: where "\nWARC/" is searched next, an offset from `pos`.
    size_t from = block_rel;
    if (searched_to > block_stream) from = block_rel + static_cast<size_t>(searched_to - block_stream);
    const size_t first = from;
    for (;;) {
      for (size_t i = buf.find("\nWARC/", pos + from); i != std::string::npos; i = buf.find("\nWARC/", i + 1)) {
        const size_t rel = i - pos;
        // Judged once the version line is read (8 bytes past "WARC/" and its line end).
        if (i + 16 > buf.size() && !eof) break;
        from = rel + 1;
        size_t e;
        if (rel > block_rel && buf[i - 1] == '\n') e = rel - 1;
        else if (rel > block_rel + 1 && buf[i - 1] == '\r' && buf[i - 2] == '\n') e = rel - 2;
        else continue;
        size_t v = i + 6, digits = 0;
        while (v < buf.size() && digits < 9 && ((buf[v] >= '0' && buf[v] <= '9') || buf[v] == '.')) ++v, ++digits;
        if (digits == 0 || digits > 8 || v >= buf.size()) continue;
        if (!(buf[v] == '\n' || (buf[v] == '\r' && v + 1 < buf.size() && buf[v + 1] == '\n'))) continue;
        if (e > block_rel && buf[pos + e - 1] == '\r') --e;
        *end = e;
        *next = rel + 1;
        block_end_search_bytes += rel + 1 > first ? rel + 1 - first : 0;
        return true;
      }
      // Everything before the last 16 bytes is judged (all of it at the end).
      const size_t judged = eof ? buf.size() : std::max(pos + from, buf.size() > 16 ? buf.size() - 16 : 0);
      from = judged - pos;
      searched_to = std::max(searched_to, StreamPos(judged));
      if (eof || StreamPos(buf.size()) >= bound) {
        block_end_search_bytes += from > first ? from - first : 0;
        return false;
      }
      More();
    }
  }

  // The block of the record at `pos` runs past `buf`: copies the buffered
  // part into r->block and reads the rest straight into it, saving a copy
  // of most of the block. true: r->block holds the block, followed by a
  // good terminator at buf[0] (pos = 0). false (short or mismatched): the
  // block's bytes are put back at buf[0] (pos = 0) for the caller's checks.
  bool ReadBlockDirect(size_t header_bytes, uint64_t length, WarcRecord* r) {
    const size_t block_start = pos + header_bytes;
    const size_t in_buf = buf.size() - block_start;
    r->block.assign(buf.data() + block_start, in_buf);
    base += buf.size();
    buf.clear();
    pos = 0;
    // The block is reserved up to the default max_record_bytes and read in
    // steps no larger than what it holds already (1 MiB at least): memory
    // follows the bytes that come, not the length claimed. (A 2 KB file
    // whose record claimed 4 GB under a raised max_record_bytes took 4.2 GB
    // and 14 s to zero-fill; 2^63 threw std::bad_alloc.)
    r->block.reserve(static_cast<size_t>(std::min<uint64_t>(length, kDefaultMaxRecordBytes)));
    while (r->block.size() < length) {
      const uint64_t step = std::max<uint64_t>(r->block.size(), kMinDirectStep);
      Result<size_t> got = src->AppendTo(&r->block, static_cast<size_t>(std::min(length - r->block.size(), step)));
      if (!got.ok()) {
        source_error = got.status();
        eof = true;
        break;
      }
      if (got.value() == 0) {
        eof = true;
        break;
      }
      base += got.value();
    }
    if (r->block.size() == length) {
      Ensure(9);
      if (TerminatorOk(0)) return true;
    }
    buf.insert(0, r->block);
    base -= r->block.size();
    return false;
  }

  // After the block: CRLF CRLF, or (from lenient writers) fewer line ends
  // followed by another record or the end of the input.
  bool TerminatorOk(size_t block_end) {
    if (block_end > buf.size()) return false;
    if (buf.compare(block_end, 4, "\r\n\r\n") == 0) return true;
    size_t i = block_end;
    int newlines = 0;
    while (i < buf.size() && i < block_end + 4 && (buf[i] == '\r' || buf[i] == '\n')) {
      newlines += buf[i] == '\n';
      ++i;
    }
    if (i == buf.size() && eof) return true;
    if (newlines == 0) return false;
    if (buf.size() - i < 5) return false;
    return std::memcmp(buf.data() + i, "WARC/", 5) == 0;
  }
};

WarcReader::WarcReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WarcReader::WarcReader(WarcReader&&) noexcept = default;
WarcReader& WarcReader::operator=(WarcReader&&) noexcept = default;
WarcReader::~WarcReader() = default;

Result<WarcReader> WarcReader::Open(const std::string& path, const WarcReaderOptions& options) {
  Result<std::unique_ptr<ByteSource>> src = OpenByteSource(path);
  if (!src.ok()) return src.status();
  auto impl = std::make_unique<Impl>();
  impl->src = std::move(src.value());
  impl->options = options;
  impl->path = path;
  return WarcReader(std::move(impl));
}

Result<bool> WarcReader::Next(WarcRecord* record) { return impl_->Next(record); }
uint64_t WarcReader::file_position() const { return impl_->src->file_position(); }
const std::string& WarcReader::path() const { return impl_->path; }

}  // namespace lede
