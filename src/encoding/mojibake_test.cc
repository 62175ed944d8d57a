#include <gtest/gtest.h>

#include "encoding/mojibake.h"

#include <string>

#include "core/text.h"

namespace lede {
namespace {

// What a broken CMS does: reads UTF-8 bytes as windows-1252 (or Latin-1,
// which keeps 0x80..0x9F as C1 controls) and writes UTF-8 again.
std::string Misencode(std::string_view utf8, bool latin1) {
  static constexpr uint32_t kCp1252[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  for (unsigned char b : utf8) {
    uint32_t cp = b;
    if (!latin1 && b >= 0x80 && b <= 0x9F) cp = kCp1252[b - 0x80];
    AppendUtf8(cp, &out);
  }
  return out;
}

// The page after the repair (unchanged when nothing was repaired).
std::string Repaired(std::string_view s, size_t* count = nullptr) {
  std::string out = "stale";
  const size_t n = RepairMojibake(s, &out);
  if (count) *count = n;
  return n ? out : std::string(s);
}

TEST(Mojibake, RepairsWindows1252AndLatin1Forms) {
  const std::string text = "<p>It\xE2\x80\x99s a caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\x9C" "d\xC3\xA9j\xC3\xA0 vu\xE2\x80\x9D, 5\xE2\x82\xAC \xF0\x9F\x98\x9E</p>";
  for (bool latin1 : {false, true}) {
    const std::string broken = Misencode(text, latin1);
    ASSERT_NE(broken, text);
    EXPECT_TRUE(MayHoldMojibake(broken));
    size_t n = 0;
    EXPECT_EQ(Repaired(broken, &n), text) << latin1;
    EXPECT_EQ(n, 9u) << latin1;
  }
  // The brief's example: an em dash as "â" and two C1 controls.
  EXPECT_EQ(Repaired("itertools \xC3\xA2\xC2\x80\xC2\x94 Functions"), "itertools \xE2\x80\x94 Functions");
}

TEST(Mojibake, TextEncodedWronglyTwiceComesBackWhole) {
  const std::string text = "<p>Don\xE2\x80\x99t, it\xE2\x80\x99s the caf\xC3\xA9 here</p>";
  const std::string twice = Misencode(Misencode(text, false), false);  // "Ã¢â‚¬â„¢"
  EXPECT_EQ(Repaired(twice), text);
  // Three times over: pairs of rarer leads right after a repaired run
  // ("ÃƒÆ’") belong to it; three rounds at most.
  const std::string thrice = Misencode(twice, false);
  EXPECT_EQ(Repaired(thrice), text);
}

// Legitimate text with the same characters stays as it is.
TEST(Mojibake, LegitimateTextStays) {
  for (const char* s : {
           "<p>S\xC3\x83O PAULO, \xC3\x83 alone</p>",                   // "SÃO", "Ã"
           "<p>It costs \xC3\x82\xC2\xA3 5</p>",                          // "Â£": ambiguous, no vote
           "<p>\xC3\x83\xC2\xA9tude: \xC3\x83\xC2\xA4 instead of \xC3\xA4</p>",  // an article about "Ã©"
           "<p>NESCAF\xC3\x89\xC2\xAE Classic, Rosa \xC3\x97\xC2\xA0rugosa, \xE2\x80\x98\xC3\x9F\xE2\x80\x99</p>",
           "<p>caf\xC3\xA9, na\xC3\xAFve, \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 fine</p>",
       }) {
    std::string out;
    EXPECT_EQ(RepairMojibake(s, &out), 0u) << s;
  }
  // Nothing to look at: the prefilter says so.
  EXPECT_FALSE(MayHoldMojibake("<p>plain ASCII and caf\xC3\xA9</p>"));
}

// On a page that clearly holds mojibake, the ambiguous pairs of common
// leads are repaired too, but not pairs other text forms legitimately.
TEST(Mojibake, MixedPage) {
  const std::string page = "<p>We\xC3\xA2\xC2\x80\xC2\x99re here. Espa\xC3\x83\xC2\xB1ol, "
                           "NESCAF\xC3\x89\xC2\xAE, caf\xC3\xA9 \xE2\x80\x99real\xE2\x80\x99</p>";
  EXPECT_EQ(Repaired(page), "<p>We\xE2\x80\x99re here. Espa\xC3\xB1ol, "
                            "NESCAF\xC3\x89\xC2\xAE, caf\xC3\xA9 \xE2\x80\x99real\xE2\x80\x99</p>");
  // Lone uses of the same leads ("SÃO", "Ã", "ÂGE") keep the pairs as they are;
  // the unambiguous runs are still repaired.
  const std::string apostrophe = "\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2";  // "â€™", windows-1252 form
  const std::string lone = "<p>We" + apostrophe + "re in S\xC3\x83O and \xC3\x82GE, \xC3\x83 \xC3\x83\xC2\xA9 it" +
                           apostrophe + "s</p>";
  EXPECT_EQ(Repaired(lone), "<p>We\xE2\x80\x99re in S\xC3\x83O and \xC3\x82GE, \xC3\x83 \xC3\x83\xC2\xA9 "
                            "it\xE2\x80\x99s</p>");
  // One windows-1252 run without a C1 control is not enough evidence (a page
  // about mojibake quotes one).
  EXPECT_EQ(Repaired("<p>It shows " + apostrophe + " for an apostrophe</p>"),
            "<p>It shows " + apostrophe + " for an apostrophe</p>");
}

TEST(Mojibake, InvalidAndTruncatedSequencesStay) {
  const std::string strong = "\xC3\xA2\xC2\x80\xC2\x99 ";  // one C1 run: enough on its own
  // Overlong (E0 80 ..), surrogate (ED A0 ..), past U+10FFFF (F4 90 ..), a
  // lead with a non-continuation after it: not runs.
  for (const std::string& bad : {std::string("\xC3\xA0\xC2\x80\xC2\x80"), std::string("\xC3\xAD\xC2\xA0\xC2\x80"),
                                std::string("\xC3\xB4\xC2\x90\xC2\x80\xC2\x80"), std::string("\xC3\xA2\xC2\x80x")}) {
    EXPECT_EQ(Repaired(strong + bad), "\xE2\x80\x99 " + bad);
  }
  // Cut at the end of the page, after one or two of the three characters.
  EXPECT_EQ(Repaired(strong + "\xC3\xA2"), "\xE2\x80\x99 \xC3\xA2");
  EXPECT_EQ(Repaired(strong + "\xC3\xA2\xC2\x80"), "\xE2\x80\x99 \xC3\xA2\xC2\x80");
  EXPECT_EQ(Repaired(std::string("\xC3")), "\xC3");
  EXPECT_EQ(Repaired(std::string("\xC3\xA2")), "\xC3\xA2");
}

TEST(Mojibake, NulBytesPassThrough) {
  const std::string page("a\0\xC3\xA2\xC2\x80\xC2\x99\0b\xC3\xA2\xC2\x80\xC2\x9C\0", 17);
  const std::string want("a\0\xE2\x80\x99\0b\xE2\x80\x9C\0", 11);
  std::string out;
  EXPECT_EQ(RepairMojibake(page, &out), 2u);
  EXPECT_EQ(out, want);
  EXPECT_TRUE(IsValidUtf8(out));
}

}  // namespace
}  // namespace lede
