#include "warc/decompress.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <vector>

namespace lede {
namespace {

Status LimitError(size_t max_bytes) {
  return Status::LimitExceeded("max_input_bytes: decompressed size passes " +
                               std::to_string(max_bytes) + " bytes");
}

// The decoders write into chunks: a first guess of four times the input,
// then each chunk as large as all before it (the room doubles), at most
// kMaxChunk, never past max_bytes + 1 in all (one byte more than allowed
// tells the limit was passed). A page that fits the first chunk is moved
// out whole; more chunks are appended to one buffer reserved at the total,
// each freed once copied, so a page of several chunks still peaks near
// twice its size while they are joined. Past the limit nothing is joined:
// growing one string by doubling held the old buffer and the new, twice as
// big, while it copied, and a bomb peaked at twice max_bytes (515 MB for
// the default 256 MiB); the chunks stop at max_bytes + 1.
constexpr size_t kMaxChunk = size_t{16} << 20;

size_t FirstOutputSize(size_t in_size, size_t max_bytes) {
  return std::min<size_t>(std::max<size_t>(in_size * 4, 1u << 16), max_bytes + 1);
}

// How a decoder's step (see DecodeGrowing) ended.
enum class StepEnd { kMore, kDone, kTruncated };

// Joins the chunks into *out, `used` bytes in all (the last chunk is filled
// to its size less `left`).
void JoinChunks(std::vector<std::string>* chunks, size_t used, std::string* out) {
  if (chunks->size() == 1) {
    *out = std::move(chunks->front());
    out->resize(used);
    return;
  }
  out->clear();
  out->reserve(used);
  for (std::string& c : *chunks) {
    out->append(c.data(), std::min(c.size(), used - out->size()));
    std::string().swap(c);
  }
}

// Runs a decoder over its input into *out, grown as it needs. `step(next,
// &left, &broken)` writes at `next` (room for `left` bytes; it sets `left`
// to what it left unwritten) and says whether to call it again (kMore),
// that the stream ended (kDone; with `broken` set when it is broken), or
// that the input ended first (kTruncated, said here, with `what` the
// stream's name). The limit and the truncation are worded alike for all
// decoders. Past the limit *out is left empty.
template <class Step>
Status DecodeGrowing(size_t in_size, const char* what, size_t max_bytes, std::string* out, Step step) {
  out->clear();
  std::vector<std::string> chunks;
  chunks.emplace_back(FirstOutputSize(in_size, max_bytes), '\0');
  size_t used = 0;       // bytes written, all chunks
  size_t allotted = chunks.back().size();  // bytes of all chunks
  size_t left = allotted;  // room left in the last chunk
  Status result;
  for (;;) {
    if (left == 0) {
      if (allotted > max_bytes) {
        std::string().swap(*out);
        return LimitError(max_bytes);
      }
      // (Each chunk as large as all before it: the room doubles, and every
      // byte is zeroed once, as when one string grew.)
      const size_t next = std::min({allotted, kMaxChunk, max_bytes + 1 - allotted});
      chunks.emplace_back(next, '\0');
      allotted += next;
      left = next;
    }
    std::string& chunk = chunks.back();
    const size_t before = left;
    const StepEnd end = step(chunk.data() + (chunk.size() - left), &left, &result);
    used += before - left;
    if (end == StepEnd::kMore) continue;
    if (end == StepEnd::kTruncated)
      result = Status::Corrupt(std::string("truncated: ") + what + " stream ends early (" + std::to_string(used) +
                               " bytes recovered)");
    break;
  }
  if (used > max_bytes) {
    chunks.clear();
    return LimitError(max_bytes);
  }
  JoinChunks(&chunks, used, out);
  return result;
}

// window_bits: 15 + 32 = gzip or zlib; -15 = raw deflate.
Status Inflate(std::string_view in, int window_bits, const char* what, size_t max_bytes, std::string* out) {
  out->clear();
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Status::Internal("inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  Status result = DecodeGrowing(in.size(), what, max_bytes, out, [&](char* next, size_t* left, Status* broken) {
    zs.next_out = reinterpret_cast<Bytef*>(next);
    zs.avail_out = static_cast<uInt>(*left);
    const int rc = inflate(&zs, Z_NO_FLUSH);
    *left = zs.avail_out;
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members: go on with the next one.
      return zs.avail_in > 0 && HasGzipMagic({reinterpret_cast<const char*>(zs.next_in), zs.avail_in}) &&
                     inflateReset(&zs) == Z_OK
                 ? StepEnd::kMore
                 : StepEnd::kDone;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) return StepEnd::kTruncated;
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      *broken = Status::Corrupt(std::string("content_encoding: broken ") + what + " stream: " +
                                (zs.msg ? zs.msg : "inflate error"));
      return StepEnd::kDone;
    }
    return StepEnd::kMore;
  });
  inflateEnd(&zs);
  return result;
}

}  // namespace

bool HasGzipMagic(std::string_view in) {
  return in.size() >= 2 && static_cast<unsigned char>(in[0]) == 0x1f &&
         static_cast<unsigned char>(in[1]) == 0x8b;
}

Status Gunzip(std::string_view in, size_t max_bytes, std::string* out) {
  return Inflate(in, 15 + 32, "gzip", max_bytes, out);
}

Status InflateHttpDeflate(std::string_view in, size_t max_bytes, std::string* out) {
  // A zlib header is two bytes whose big-endian value is a multiple of 31
  // with method 8 (deflate) in the low nibble of the first.
  const bool zlib_header = in.size() >= 2 && (static_cast<unsigned char>(in[0]) & 0x0f) == 8 &&
                           ((static_cast<unsigned char>(in[0]) << 8) | static_cast<unsigned char>(in[1])) % 31 == 0;
  return Inflate(in, zlib_header ? 15 : -15, "deflate", max_bytes, out);
}

Status BrotliDecode(std::string_view in, size_t max_bytes, std::string* out) {
  out->clear();
  BrotliDecoderState* st = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  if (!st) return Status::Internal("BrotliDecoderCreateInstance failed");
  size_t avail_in = in.size();
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(in.data());
  Status result = DecodeGrowing(in.size(), "brotli", max_bytes, out, [&](char* next, size_t* left, Status* broken) {
    uint8_t* next_out = reinterpret_cast<uint8_t*>(next);
    const BrotliDecoderResult rc = BrotliDecoderDecompressStream(st, &avail_in, &next_in, left, &next_out, nullptr);
    if (rc == BROTLI_DECODER_RESULT_SUCCESS) return StepEnd::kDone;
    if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) return StepEnd::kMore;
    if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) return StepEnd::kTruncated;
    *broken = Status::Corrupt(std::string("content_encoding: brotli: ") +
                              BrotliDecoderErrorString(BrotliDecoderGetErrorCode(st)));
    return StepEnd::kDone;
  });
  BrotliDecoderDestroyInstance(st);
  return result;
}

}  // namespace lede
