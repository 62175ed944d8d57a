// WarcWriter: writes WARC/1.1 records, each its own gzip member or zstd
// frame when compressed (so every record can be read from its offset).
// Used by `lede pack` and by tests that build WARC files.
//
// Move-only. Not thread-safe.
#ifndef LEDE_WARC_WARC_WRITER_H_
#define LEDE_WARC_WARC_WRITER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/status.h"
#include "warc/compressed_writer.h"

namespace lede {

class WarcWriter {
 public:
  using Fields = std::vector<std::pair<std::string, std::string>>;

  // The compression follows the name (.gz, .zst) unless given.
  static Result<WarcWriter> Open(const std::string& path, std::string_view zstd_dictionary = {});
  static Result<WarcWriter> Open(const std::string& path, Compression compression,
                                 std::string_view zstd_dictionary = {});

  // Writes "WARC/1.1", `fields` in order, Content-Length, the block and the
  // CRLF CRLF terminator. REQUIRES: `fields` has no Content-Length.
  Status WriteRecord(const Fields& fields, std::string_view block);

  // A response record for `url` whose block is an HTTP/1.1 200 response
  // with `content_type` and `body`. `date` is ISO 8601 ("2024-01-02T03:04:05Z").
  Status WriteHtmlResponse(std::string_view url, std::string_view date, std::string_view body,
                           std::string_view content_type = "text/html");

  Status Close();

  // A deterministic "<urn:uuid:...>" made from `seed`: packing the same
  // files twice gives the same file.
  static std::string RecordIdFor(std::string_view seed);

 private:
  explicit WarcWriter(CompressedWriter out) : out_(std::move(out)) {}
  CompressedWriter out_;
  std::string scratch_;
};

}  // namespace lede

#endif  // LEDE_WARC_WARC_WRITER_H_
