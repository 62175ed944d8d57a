// The AVX2 scanning loops, compiled for AVX2 only here and called only when
// the CPU has it (kHasAvx2).
#include "html/scan.h"

#if defined(LEDE_SCAN_AVX2)
#include <immintrin.h>

namespace lede::scan_internal {

const bool kHasAvx2 = __builtin_cpu_supports("avx2");

__attribute__((target("avx2"))) const char* ScanFor2Avx2(const char* p, const char* end, char a, char b) {
  const __m256i va = _mm256_set1_epi8(a);
  const __m256i vb = _mm256_set1_epi8(b);
  while (end - p >= 32) {
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const unsigned mask =
        unsigned(_mm256_movemask_epi8(_mm256_or_si256(_mm256_cmpeq_epi8(x, va), _mm256_cmpeq_epi8(x, vb))));
    if (mask) return p + __builtin_ctz(mask);
    p += 32;
  }
  return ScanFor2Scalar(p, end, a, b);
}

__attribute__((target("avx2"))) const char* ScanFor3Avx2(const char* p, const char* end, char a, char b,
                                                         char c) {
  const __m256i va = _mm256_set1_epi8(a);
  const __m256i vb = _mm256_set1_epi8(b);
  const __m256i vc = _mm256_set1_epi8(c);
  while (end - p >= 32) {
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i m = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(x, va), _mm256_cmpeq_epi8(x, vb)),
                                      _mm256_cmpeq_epi8(x, vc));
    const unsigned mask = unsigned(_mm256_movemask_epi8(m));
    if (mask) return p + __builtin_ctz(mask);
    p += 32;
  }
  return ScanFor3Scalar(p, end, a, b, c);
}

}  // namespace lede::scan_internal
#endif
