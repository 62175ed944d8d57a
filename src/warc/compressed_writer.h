// CompressedWriter: bytes to a file ("-" = standard output), plain, gzip or
// zstd. EndMember() closes the current gzip member / zstd frame so the next
// bytes start a new one: WARC writers call it after each record, so each
// record can be read on its own from its offset.
//
// Move-only. Not thread-safe.
#ifndef LEDE_WARC_COMPRESSED_WRITER_H_
#define LEDE_WARC_COMPRESSED_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede {

enum class Compression : uint8_t { kNone, kGzip, kZstd };

// From the file name: ".gz" gzip, ".zst" zstd, anything else none.
Compression CompressionForPath(std::string_view path);

class CompressedWriter {
 public:
  // `zstd_dictionary`, when non-empty, is written first in a skippable frame
  // (the WARC zstd convention) and used for every frame.
  static Result<CompressedWriter> Open(const std::string& path, Compression compression, int level = -1,
                                       std::string_view zstd_dictionary = {});
  CompressedWriter(CompressedWriter&&) noexcept;
  CompressedWriter& operator=(CompressedWriter&&) noexcept;
  ~CompressedWriter();  // closes, ignoring errors: call Close() to see them

  Status Write(std::string_view bytes);
  // Ends the current member/frame (no-op when nothing was written since).
  Status EndMember();
  // Flushes and closes. REQUIRES: called at most once.
  Status Close();
  // Bytes written to the file so far (the next member's offset after
  // EndMember()).
  uint64_t file_position() const;

 private:
  struct Impl;
  explicit CompressedWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lede

#endif  // LEDE_WARC_COMPRESSED_WRITER_H_
