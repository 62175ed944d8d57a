// Byte scanning for the tokenizer's hot loops: the first of two or three
// given bytes in a range. SSE2 (part of x86-64) 16 bytes at a time; long
// runs (script bodies, long attribute values) switch to AVX2, 32 bytes at
// a time, when the CPU has it (checked once at start-up). Other targets use
// the scalar loops. The vector and scalar versions are checked against each
// other by tokenizer_test.cc and the tokenizer fuzzer.
#ifndef LEDE_HTML_SCAN_H_
#define LEDE_HTML_SCAN_H_

#include <cstddef>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lede {

inline const char* ScanFor2Scalar(const char* p, const char* end, char a, char b) {
  for (; p < end; ++p)
    if (*p == a || *p == b) return p;
  return end;
}

inline const char* ScanFor3Scalar(const char* p, const char* end, char a, char b, char c) {
  for (; p < end; ++p)
    if (*p == a || *p == b || *p == c) return p;
  return end;
}

#if defined(__x86_64__) && defined(__SSE2__)
#define LEDE_SCAN_AVX2 1
namespace scan_internal {
// True when the CPU runs AVX2 (set before main).
extern const bool kHasAvx2;
// AVX2 loops (scan.cc, compiled for AVX2). REQUIRES: kHasAvx2.
const char* ScanFor2Avx2(const char* p, const char* end, char a, char b);
const char* ScanFor3Avx2(const char* p, const char* end, char a, char b, char c);
}  // namespace scan_internal
#endif

// First position in [p, end) holding `a` or `b`; `end` if none.
inline const char* ScanFor2(const char* p, const char* end, char a, char b) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
  if (end - p >= 16) {
    // Most runs end within 16 bytes: one SSE2 step before anything else.
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)));
    if (mask) return p + __builtin_ctz(unsigned(mask));
    p += 16;
#if defined(LEDE_SCAN_AVX2)
    if (end - p >= 64 && scan_internal::kHasAvx2) return scan_internal::ScanFor2Avx2(p, end, a, b);
#endif
  }
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)));
    if (mask) return p + __builtin_ctz(unsigned(mask));
    p += 16;
  }
#endif
  return ScanFor2Scalar(p, end, a, b);
}

// First position in [p, end) holding `a`, `b` or `c`; `end` if none.
inline const char* ScanFor3(const char* p, const char* end, char a, char b, char c) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
  const __m128i vc = _mm_set1_epi8(c);
  auto step = [&](const char* q) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                          _mm_cmpeq_epi8(x, vc)));
  };
  if (end - p >= 16) {
    if (const int mask = step(p)) return p + __builtin_ctz(unsigned(mask));
    p += 16;
#if defined(LEDE_SCAN_AVX2)
    if (end - p >= 64 && scan_internal::kHasAvx2) return scan_internal::ScanFor3Avx2(p, end, a, b, c);
#endif
  }
  while (end - p >= 16) {
    if (const int mask = step(p)) return p + __builtin_ctz(unsigned(mask));
    p += 16;
  }
#endif
  return ScanFor3Scalar(p, end, a, b, c);
}

}  // namespace lede

#endif  // LEDE_HTML_SCAN_H_
