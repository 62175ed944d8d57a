// Fuzzes the WARC path: the input is a WARC file (plain, gzip or zstd, as the
// reader sniffs it), read record by record through lede::WarcReader and each
// record handed to lede::ExtractWarcRecord (HTTP status, headers, chunked
// transfer coding, gzip/deflate/br content coding, charset, extraction).
// Invariants: the reader always ends (every Next call either returns a
// record, an error it has moved past, or the end); nothing it returns is
// larger than max_record_bytes; every extracted record's JSON line is one
// strict RFC 8259 value in well-formed UTF-8. Seeds: fuzz/corpus/warc (small
// WARCs packed from the repository's samples, plain, .gz and .zst).
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lede/lede.h"
#include "lede/warc.h"
#include "strict_json.h"

namespace {

constexpr uint64_t kMaxRecordBytes = 1u << 20;

void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "warc_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

// The reader opens paths; an anonymous in-memory file keeps the fuzzer off
// the disk. One per process, rewritten for each input.
int InputFd() {
  static const int fd = memfd_create("warc_fuzzer", 0);
  if (fd < 0) Fail("memfd_create", "failed");
  return fd;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const int fd = InputFd();
  if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) {
    Fail("memfd write", std::to_string(size));
  }
  const std::string path = "/proc/self/fd/" + std::to_string(fd);

  lede::WarcReaderOptions reader_options;
  reader_options.max_record_bytes = kMaxRecordBytes;
  lede::Result<lede::WarcReader> reader = lede::WarcReader::Open(path, reader_options);
  if (!reader.ok()) return 0;

  lede::WarcExtractOptions options;
  options.extract.limits.max_input_bytes = kMaxRecordBytes;
  options.extract.limits.max_nodes = 20000;
  lede::Extractor extractor;
  lede::WarcRecord record;
  // Each call consumes input or ends it; a reader that stops making
  // progress shows as a libFuzzer timeout. A decompression bomb can hold
  // very many tiny records: stop after enough of them.
  for (size_t calls = 0; calls < 100000; ++calls) {
    lede::Result<bool> next = reader->Next(&record);
    if (!next.ok()) {
      if (next.status().message().empty()) Fail("error without message", "");
      continue;
    }
    if (!next.value()) break;
    if (record.block.size() > kMaxRecordBytes) Fail("record past max_record_bytes", std::to_string(record.block.size()));
    lede::WarcArticle a = lede::ExtractWarcRecord(&extractor, record, "fuzz.warc", options);
    if (a.outcome != lede::WarcArticle::Outcome::kExtracted) {
      if (a.reason.empty()) Fail("skip or error without reason", a.message);
      continue;
    }
    const std::string json = lede::ToJson(a);
    if (std::string e = lede::testing::CheckStrictJson(json); !e.empty()) Fail("bad JSON", e);
  }
  return 0;
}
