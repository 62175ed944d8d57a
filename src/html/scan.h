// Byte scanning for the tokenizer's hot loops: the first of two or three
// given bytes in a range. SSE2 (part of x86-64) 16 bytes at a time, with a
// scalar fallback for other targets; the scalar and vector versions are
// checked against each other in scan_test.cc.
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

// First position in [p, end) holding `a` or `b`; `end` if none.
inline const char* ScanFor2(const char* p, const char* end, char a, char b) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
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
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                   _mm_cmpeq_epi8(x, vc));
    const int mask = _mm_movemask_epi8(m);
    if (mask) return p + __builtin_ctz(unsigned(mask));
    p += 16;
  }
#endif
  return ScanFor3Scalar(p, end, a, b, c);
}

}  // namespace lede

#endif  // LEDE_HTML_SCAN_H_
