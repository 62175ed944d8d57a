// Compressing test inputs with zlib (the decoders under test read them).
#ifndef LEDE_TESTS_ZLIB_UTIL_H_
#define LEDE_TESTS_ZLIB_UTIL_H_

#include <string>
#include <string_view>

#include <zlib.h>

namespace lede::testing {

// `in` deflated: window_bits 31 a gzip member, 15 a zlib stream, -15 raw
// deflate.
inline std::string Deflate(std::string_view in, int window_bits) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = uInt(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = uInt(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_ZLIB_UTIL_H_
