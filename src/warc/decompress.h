// Whole-buffer decoders for the compressions found in WARC files and HTTP
// bodies: gzip/zlib, raw deflate and brotli. Each stops with kLimitExceeded
// once the output would pass `max_bytes`, and on a truncated stream keeps
// what it decoded in `out` and returns kCorruptInput (HTTP bodies are often
// cut short by crawlers; callers may use the partial output).
//
// Thread safety: free functions without shared state.
#ifndef LEDE_WARC_DECOMPRESS_H_
#define LEDE_WARC_DECOMPRESS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede {

// gzip (one or more members) or zlib.
Status Gunzip(std::string_view in, size_t max_bytes, std::string* out);

// HTTP "deflate": zlib-wrapped as RFC 9110 says, or raw deflate as some
// servers send it.
Status InflateHttpDeflate(std::string_view in, size_t max_bytes, std::string* out);

// Brotli (RFC 7932).
Status BrotliDecode(std::string_view in, size_t max_bytes, std::string* out);

// True when `in` starts with the gzip magic bytes.
bool HasGzipMagic(std::string_view in);

}  // namespace lede

#endif  // LEDE_WARC_DECOMPRESS_H_
