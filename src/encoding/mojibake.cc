#include "encoding/mojibake.h"

#include <cstdint>
#include <cstring>

#include "core/text.h"

namespace lede {
namespace {

// The byte (0x80..0xFF) that a code point stood for when UTF-8 bytes were
// decoded as Latin-1 (U+0080..U+00FF, C1 controls included) or as
// windows-1252 (its 27 specials in 0x80..0x9F); -1 for any other.
int MisdecodedByte(uint32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return int(cp);
  switch (cp) {
    case 0x20AC: return 0x80;
    case 0x201A: return 0x82;
    case 0x0192: return 0x83;
    case 0x201E: return 0x84;
    case 0x2026: return 0x85;
    case 0x2020: return 0x86;
    case 0x2021: return 0x87;
    case 0x02C6: return 0x88;
    case 0x2030: return 0x89;
    case 0x0160: return 0x8A;
    case 0x2039: return 0x8B;
    case 0x0152: return 0x8C;
    case 0x017D: return 0x8E;
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2022: return 0x95;
    case 0x2013: return 0x96;
    case 0x2014: return 0x97;
    case 0x02DC: return 0x98;
    case 0x2122: return 0x99;
    case 0x0161: return 0x9A;
    case 0x203A: return 0x9B;
    case 0x0153: return 0x9C;
    case 0x017E: return 0x9E;
    case 0x0178: return 0x9F;
    default: return -1;
  }
}

// The first byte of the UTF-8 form of a continuation stand-in: U+0080..
// U+00BF (C2), and the windows-1252 specials (C5, C6, CB, E2).
bool StandInFirstByte(unsigned char b) { return b == 0xC2 || b == 0xC5 || b == 0xC6 || b == 0xCB || b == 0xE2; }

// "Â".."ô" (U+00C2..U+00F4, the UTF-8 lead bytes C2..F4 read as Latin-1)
// are the bytes C3 82..C3 B4.
bool LeadAt(std::string_view s, size_t p) {
  if (p + 2 >= s.size()) return false;
  const unsigned char b = s[p + 1];
  return b >= 0x82 && b <= 0xB4;
}

// Two-character runs repaired on a voted page: the leads of Latin-1
// supplement ("Ã©"), Latin Extended-A ("Å¡", "Ä™"), Greek ("Î±") and
// Cyrillic ("Ð°"), the text most often mis-decoded. Other leads pair with a
// symbol in legitimate text too ("NESCAFÉ®", "Rosa × rugosa", "‘ß’").
bool CommonLead(unsigned char lead) {
  return (lead >= 0xC2 && lead <= 0xC5) || lead == 0xCE || lead == 0xCF || lead == 0xD0 || lead == 0xD1;
}

struct Sequence {
  bool valid = false;
  bool c1 = false;       // a C1 control stood for a continuation byte
  size_t end = 0;        // byte offset after the run
  unsigned char bytes[4];
  size_t size = 0;       // bytes[] used
  bool lone = false;     // a common lead followed by no stand-in at all
};

// Reads the run that starts with the lead at `p` (LeadAt is true).
Sequence ReadSequence(std::string_view s, size_t p) {
  Sequence q;
  const unsigned char lead = static_cast<unsigned char>(0x40 + static_cast<unsigned char>(s[p + 1]));
  const size_t need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
  q.bytes[0] = lead;
  size_t j = p + 2;
  for (size_t k = 0; k < need; ++k) {
    if (j >= s.size()) return q;
    size_t len;
    const uint32_t cp = DecodeUtf8(s, j, &len);
    const int b = MisdecodedByte(cp);
    if (b < 0x80 || b > 0xBF) {
      q.lone = k == 0 && b < 0 && CommonLead(lead);
      return q;
    }
    q.c1 |= cp < 0xA0;
    q.bytes[k + 1] = static_cast<unsigned char>(b);
    j += len;
  }
  // The second byte's range for the leads that restrict it (no overlong
  // forms, no surrogates, nothing past U+10FFFF).
  const unsigned char b1 = q.bytes[1];
  if ((lead == 0xE0 && b1 < 0xA0) || (lead == 0xED && b1 > 0x9F) || (lead == 0xF0 && b1 < 0x90) ||
      (lead == 0xF4 && b1 > 0x8F))
    return q;
  q.valid = true;
  q.size = need + 1;
  q.end = j;
  return q;
}

struct Census {
  size_t c1 = 0;      // runs with a C1 control
  size_t longer = 0;  // three- and four-byte runs without one
  size_t weak = 0;    // two-character runs of a common lead, no C1
  size_t lone = 0;    // common leads standing alone
};

// Calls f(p, seq) for each lead of a possible run, in order.
template <typename F>
void ForEachRun(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    const void* hit = std::memchr(s.data() + i, 0xC3, s.size() - i);
    if (!hit) return;
    const size_t p = static_cast<const char*>(hit) - s.data();
    if (!LeadAt(s, p)) {
      i = p + 1;
      continue;
    }
    const Sequence q = ReadSequence(s, p);
    i = f(p, q);
  }
}

// A page is mojibake when it holds unambiguous runs: a C1 control weighs
// two (one is enough), a longer run without one weighs one. A page with
// only two-character runs needs many of them and next to no lone leads.
constexpr size_t kVoteScore = 2;
constexpr size_t kWeakOnlyVote = 8;

size_t RepairRound(std::string_view s, size_t vote_score, std::string* out) {
  Census c;
  ForEachRun(s, [&](size_t p, const Sequence& q) {
    if (q.valid) {
      if (q.c1) ++c.c1;
      else if (q.size > 2) ++c.longer;
      else if (CommonLead(q.bytes[0])) ++c.weak;
      return q.end;
    }
    c.lone += q.lone;
    return p + 2;
  });
  const size_t score = 2 * c.c1 + c.longer;
  const bool voted = score >= vote_score || (c.weak >= kWeakOnlyVote && c.lone * 8 <= c.weak);
  if (!voted) return 0;
  // Legitimate uses of the same leads ("SÃO", "ÂGE") leave the ambiguous
  // pairs alone.
  const bool repair_weak = c.lone * 4 <= c.weak;
  out->clear();
  out->reserve(s.size());
  size_t copied = 0, repaired = 0;
  ForEachRun(s, [&](size_t p, const Sequence& q) {
    if (!q.valid) return p + 2;
    const bool strong = q.c1 || q.size > 2;
    // Any other pair right after a repaired run belongs to it (a character
    // of text encoded wrongly more than once: "ÃƒÆ’").
    const bool chained = repaired && copied == p;
    if (!strong && !chained && !(repair_weak && CommonLead(q.bytes[0]))) return q.end;
    out->append(s.data() + copied, p - copied);
    out->append(reinterpret_cast<const char*>(q.bytes), q.size);
    copied = q.end;
    ++repaired;
    return q.end;
  });
  if (!repaired) return 0;
  out->append(s.data() + copied, s.size() - copied);
  return repaired;
}

}  // namespace

bool MayHoldMojibake(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const void* hit = std::memchr(s.data() + i, 0xC3, s.size() - i);
    if (!hit) return false;
    const size_t p = static_cast<const char*>(hit) - s.data();
    if (LeadAt(s, p) && StandInFirstByte(static_cast<unsigned char>(s[p + 2]))) return true;
    i = p + 1;
  }
  return false;
}

size_t RepairMojibake(std::string_view utf8, std::string* out) {
  if (!MayHoldMojibake(utf8)) return 0;
  size_t total = RepairRound(utf8, kVoteScore, out);
  if (!total) return 0;
  // Text encoded wrongly twice or three times comes back one layer a round;
  // the page was voted mojibake, so one unambiguous run is enough then.
  std::string scratch;
  for (int round = 1; round < 3 && MayHoldMojibake(*out); ++round) {
    const size_t n = RepairRound(*out, 1, &scratch);
    if (!n) break;
    out->swap(scratch);
    total += n;
  }
  return total;
}

}  // namespace lede
