// WARC files in, articles with provenance out.
//
//   lede::Result<lede::WarcReader> r = lede::WarcReader::Open("crawl.warc.gz");
//   lede::Extractor extractor;
//   lede::WarcRecord record;
//   for (;;) {
//     lede::Result<bool> next = r->Next(&record);
//     if (!next.ok()) continue;          // a bad record: reported, skipped
//     if (!next.value()) break;          // end of file
//     lede::WarcArticle a = lede::ExtractWarcRecord(&extractor, record, "crawl.warc.gz");
//     if (a.outcome == lede::WarcArticle::Outcome::kExtracted) std::cout << lede::ToJson(a) << "\n";
//   }
//
// Reads WARC/1.0 and 1.1, plain, gzip (a member per record or one for the
// whole file) and zstd (a frame per record, dictionary in the file as the
// WARC zstd convention defines), in a stream: memory is bounded by the
// largest record, never the file.
#ifndef LEDE_WARC_H_
#define LEDE_WARC_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/article.h"
#include "lede/lede.h"
#include "lede/options.h"
#include "lede/status.h"

namespace lede {

struct WarcRecord {
  std::string version;      // "WARC/1.1"
  std::string type;         // WARC-Type: "response", "request", "warcinfo"...
  std::string record_id;    // WARC-Record-ID as written: "<urn:uuid:...>"
  std::string target_uri;   // WARC-Target-URI, "" when absent
  std::string date;         // WARC-Date
  std::string content_type; // the record's Content-Type
  std::vector<std::pair<std::string, std::string>> headers;  // every named field, in order
  std::string block;        // the record block: Content-Length bytes (see `warning`)
  // Where the record starts: for plain files and files compressed one gzip
  // member or zstd frame per record, the file offset of the record (or its
  // member/frame), as CDX indexes give it; for a file compressed as one
  // stream, the offset in the decompressed stream.
  uint64_t offset = 0;
  // A segmented record ("WARC-Segment-Number: 1") whose continuation
  // records follow it in the file, in order: their blocks are appended to
  // `block` (up to max_record_bytes in all) and not returned on their own.
  // `segments` counts the records joined (1 for any other record);
  // `segments_complete` is set when the last one (the one stating
  // WARC-Segment-Total-Length) was among them. Continuations in another
  // file are not joined.
  uint32_t segments = 1;
  bool segments_complete = false;
  // Empty for a record read as written. Otherwise the reader repaired the
  // record to read it, and says how, as an error would ("warc: ..."): a
  // Content-Length that does not match the block (too short or too long)
  // gives "warc: Content-Length 50 does not match the record's block (1194
  // bytes up to the next record): repaired". `block` is then the bytes
  // found up to the blank line before the next record's "WARC/1.x" line
  // (or, for the last record, up to the CRLF CRLF that ends the input),
  // not the length the header states (its field is kept as written).
  // Where no such end is found (a block that runs past the end of the
  // input, a record over max_record_bytes) Next still returns an error.
  std::string warning;

  // The value of the named field (ASCII case-insensitive), "" when absent.
  std::string_view Header(std::string_view name) const;
};

struct WarcReaderOptions {
  // A record whose block is larger is streamed past without being held and
  // reported as an error whose message starts with "max_record_bytes".
  uint64_t max_record_bytes = 64u << 20;
};

// Reads records one by one. Move-only. Not thread-safe (one per thread).
class WarcReader {
 public:
  // Opens `path` ("-" = standard input). The compression is recognised from
  // the first bytes. Fails with kIoError when the file cannot be opened.
  static Result<WarcReader> Open(const std::string& path, const WarcReaderOptions& options = {});

  WarcReader(WarcReader&&) noexcept;
  WarcReader& operator=(WarcReader&&) noexcept;
  ~WarcReader();

  // true: `*record` holds the next record (repaired when its `warning` is
  // set: a lying Content-Length). false: the file has ended
  // (a truncated file ends after the last whole record, with one error for
  // the cut one). An error: one record (or stretch of bytes) could not be
  // read; its message starts with a reason ("warc", "truncated",
  // "max_record_bytes", "gzip", "zstd"...) and gives the offset. The reader
  // has moved past it: call Next again.
  Result<bool> Next(WarcRecord* record);

  // Bytes consumed from the file (compressed), for progress reports.
  uint64_t file_position() const;
  const std::string& path() const;

 private:
  struct Impl;
  explicit WarcReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct WarcExtractOptions {
  // Limits and preferences for each page. `url` and `charset` are ignored:
  // they come from each record (WARC-Target-URI, HTTP Content-Type).
  ExtractOptions extract;
  // The "text" field holds GitHub-flavoured Markdown instead of plain text.
  bool markdown = false;
  // Pages whose text has fewer code points are skipped ("min_chars").
  size_t min_chars = 0;
  // ISO 639 codes to keep ("en", "de"); a page whose language is unknown or
  // not listed is skipped ("lang"). Empty: keep every language.
  std::vector<std::string> languages;
};

// What became of one record.
struct WarcArticle {
  enum class Outcome : uint8_t { kExtracted, kSkipped, kError };
  Outcome outcome = Outcome::kSkipped;
  // Why it was skipped or failed: the record type for non-response records
  // ("request", "warcinfo", "metadata", "revisit"...; "unknown_type" for a
  // type WARC 1.1 does not name), "http_status",
  // "not_html", "empty", "min_chars", "lang"; for errors the first word of
  // the error ("http", "content_encoding", "max_input_bytes",
  // "time_budget_ms", "truncated", "warc"...). Empty when extracted.
  std::string reason;
  std::string message;   // errors: the full message; extracted: a note
                         // when the payload was cut ("payload_truncated: ...")
  bool html = false;     // the record held an HTML page
  // What the reader repaired to read the record (WarcRecord::warning),
  // whatever the outcome; empty normally.
  std::string warning;

  // Provenance.
  std::string id;         // WARC-Record-ID
  std::string url;        // WARC-Target-URI
  std::string warc_date;  // WARC-Date
  std::string warc_file;  // as passed to ExtractWarcRecord
  uint64_t offset = 0;    // WarcRecord::offset
  uint32_t records = 1;   // records read into it (WarcRecord::segments)

  Article article;  // set when extracted
};

// Classifies `record`, decodes its HTTP payload (status, chunked transfer
// coding, gzip/deflate/br content coding, charset) and extracts the page.
// REQUIRES: extractor != nullptr. Uses the extractor's memory; safe to call
// from many threads with one extractor each.
WarcArticle ExtractWarcRecord(Extractor* extractor, const WarcRecord& record, std::string_view warc_file,
                              const WarcExtractOptions& options = {});

// An error from WarcReader::Next as a WarcArticle (outcome kError).
WarcArticle WarcReadError(const Status& status, std::string_view warc_file);

// One JSON object on one line: "id", "url", "warc_date", "warc_file",
// "offset", "warning" (only when the reader repaired the record), then the
// article's fields as ToJson(Article) writes them.
// REQUIRES: article.outcome == kExtracted.
std::string ToJson(const WarcArticle& article);

// Counts of what happened to the records of one or more files.
struct WarcStats {
  uint64_t records = 0;    // records read, including unreadable ones
  uint64_t html = 0;       // records holding an HTML page
  uint64_t extracted = 0;  // articles written
  std::map<std::string, uint64_t> skipped;  // by reason
  std::map<std::string, uint64_t> errors;   // by reason
  std::map<std::string, uint64_t> limits;   // extracted, but a limit was hit (name)
  // Records the reader repaired (WarcArticle::warning), counted besides
  // their outcome: a repaired record that was extracted is in `extracted`
  // (no page lost), not in `errors`.
  uint64_t repaired = 0;

  void Add(const WarcArticle& article);
  void Merge(const WarcStats& other);
  uint64_t skipped_total() const;
  uint64_t errors_total() const;
  // "records 120, html 100, extracted 90; skipped 30 (request 10, not_html
  // 20); errors 0", one line; "; repaired 2" at the end when records were.
  std::string ToString() const;
};

}  // namespace lede

#endif  // LEDE_WARC_H_
