#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <utility>

#include "core/arena.h"
#include "core/json.h"
#include "core/text.h"
#include "core/url.h"
#include "lede/status.h"

namespace lede {
namespace {

TEST(Status, OkAndError) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  Status e = Status::LimitExceeded("too big");
  EXPECT_FALSE(e.ok());
  EXPECT_EQ(e.code(), StatusCode::kLimitExceeded);
  EXPECT_EQ(e.ToString(), "limit_exceeded: too big");
  Result<int> r(5);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.value(), 5);
  Result<int> bad(Status::IoError("x"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kIoError);
}

TEST(Arena, AllocatesAlignedAndResets) {
  Arena a;
  for (int i = 0; i < 10000; ++i) {
    void* p = a.Allocate(24, 8);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 8, 0u);
  }
  void* big = a.Allocate(1 << 20, 16);
  EXPECT_NE(big, nullptr);
  std::string_view s = a.Copy("hello");
  EXPECT_EQ(s, "hello");
  a.Reset();
  EXPECT_GT(a.MemoryUsage(), 0u);
  EXPECT_EQ(a.Copy("again"), "again");
}

TEST(Text, CollapseAndTrim) {
  EXPECT_EQ(CollapseWhitespace("  a \n\t b\xC2\xA0" "c  "), "a b c");
  EXPECT_EQ(Trim("\xC2\xA0 x \xE2\x80\x83"), "x");
  EXPECT_EQ(Trim("   "), "");
}

// C0 controls that are no whitespace show nothing: they are dropped (an
// escape sequence from a page reached a terminal through `lede extract`;
// U+0001 in HTML output is a parse error). DEL stays (the eight-byte copy
// would have to look for it).
TEST(Text, ShortForMessageCutsAndHidesControls) {
  EXPECT_EQ(ShortForMessage("klingon"), "klingon");
  EXPECT_EQ(ShortForMessage(std::string(200, 'k'), 8), "kkkkkkkk...");
  // (Cut at a character's start: "é" is two bytes.)
  EXPECT_EQ(ShortForMessage("ab\xC3\xA9", 3), "ab...");
  EXPECT_EQ(ShortForMessage("\x1b[2J\x7f"), "?[2J?");
}

TEST(Text, CollapseDropsControls) {
  EXPECT_EQ(CollapseWhitespace("Head\bline \x1b[31mred \x01 x\x02"), "Headline [31mred x");
  EXPECT_EQ(CollapseWhitespace("\x01\x02 \x03"), "");
  EXPECT_EQ(CollapseWhitespace("abcdefghij\x1fklmnop\x0e"), "abcdefghijklmnop");  // after the eight-byte path
  EXPECT_EQ(CollapseWhitespace("abcdefghijkl \x1bmnop"), "abcdefghijkl mnop");
  // DEL goes too, in the eight-byte path and out of it.
  EXPECT_EQ(CollapseWhitespace("abcdefgh\x7Fijklmnop\x7F"), "abcdefghijklmnop");
  EXPECT_EQ(CollapseWhitespace("\x7F" "2J Red\x7F alert"), "2J Red alert");
}

// A C1 control is text a CMS read as Latin-1 where it was windows-1252:
// it is the windows-1252 character (as HTML reads "&#x92;"), or nothing
// where windows-1252 has none. It went to the output as a control
// ("we\u0092re"; CSI, U+009B, opens an escape sequence on terminals that
// read 8-bit controls).
TEST(Text, CollapseReadsC1ControlsAsWindows1252) {
  EXPECT_EQ(CollapseWhitespace("we\xC2\x92re \xC2\x93quoted\xC2\x94 \xC2\x96 x"),
            "we\xE2\x80\x99re \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 x");
  EXPECT_EQ(CollapseWhitespace("Red\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D alert"), "Red alert");  // undefined
  EXPECT_EQ(CollapseWhitespace("abcdefghijkl\xC2\x9Bmnop \xC2\x83"), "abcdefghijkl\xE2\x80\xBAmnop \xC6\x92");
  EXPECT_EQ(CollapseWhitespace("  \xC2\x85"), "\xE2\x80\xA6");
  EXPECT_EQ(CollapseWhitespace(std::string(40, '\x7F') + std::string(20, 'x') + "\xC2\x80\xC2\x80\xC2\x80"),
            std::string(20, 'x') + "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC");
  EXPECT_EQ(CollapseWhitespace("caf\xC3\xA9 \xC2\xA9 \xC2\xA0x"), "caf\xC3\xA9 \xC2\xA9 x");  // no controls
  // Text of C1 controls alone, each growing by a byte: no overrun.
  std::string many;
  for (int k = 0; k < 1000; ++k) many += "\xC2\x99";
  std::string expect;
  for (int k = 0; k < 1000; ++k) expect += "\xE2\x84\xA2";
  EXPECT_EQ(CollapseWhitespace(many), expect);
}

TEST(Text, DropLayoutControlsKeepsTheLayout) {
  std::string s = "keep\x01:\tred\x1b[1m\x7F\r\n\fx\xC2\x9B" "1\xC2\x81y\xC2\x85 \xC2\xA9";
  DropLayoutControls(&s, 5);
  EXPECT_EQ(s, "keep\x01:\tred[1m\r\n\fx\xE2\x80\xBA" "1y\xE2\x80\xA6 \xC2\xA9");
  std::string plain = "no\tcontrols\n";
  DropLayoutControls(&plain, 0);
  EXPECT_EQ(plain, "no\tcontrols\n");
}

TEST(Text, CollapseMatchesByteByByte) {
  auto reference = [](std::string_view s) {
    std::string out;
    bool pending = false;
    for (size_t i = 0; i < s.size();) {
      if (const size_t sp = UnicodeSpaceAt(s, i)) {
        pending = true;
        i += sp;
        continue;
      }
      const unsigned char c = s[i];
      if (c < 0x20 || c == 0x7F) {  // a control that is no space: dropped
        ++i;
        continue;
      }
      if (c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9F) {
        const uint16_t cp = kC1AsWindows1252[(unsigned char)s[i + 1] - 0x80];  // a C1 control
        i += 2;
        if (cp < 0xA0) continue;
        if (pending && !out.empty()) out.push_back(' ');
        pending = false;
        AppendUtf8(cp, &out);
        continue;
      }
      if (pending && !out.empty()) out.push_back(' ');
      pending = false;
      out.push_back(s[i++]);
    }
    return out;
  };
  const std::string_view pieces[] = {"word", " ", "  ", "\t", "\n", "ab", "x", "\xC2\xA0", "\xC3\xA9",
                                     "!", "\x01", "longerword", "\xE2\x80\x83", "\x7F", "a b c d",
                                     "\xC2\x85", "\xC2\x9B", "\xC2\xA9", "abcdefgh"};
  uint32_t seed = 12345;
  for (int t = 0; t < 3000; ++t) {
    std::string s;
    const int parts = int(seed % 24);
    for (int k = 0; k < parts; ++k) {
      seed = seed * 1103515245u + 12345u;
      s.append(pieces[(seed >> 16) % std::size(pieces)]);
    }
    seed = seed * 1103515245u + 12345u;
    ASSERT_EQ(CollapseWhitespace(s), reference(s)) << t;
  }
}

// HasAsciiDigit reads sixteen, then eight bytes at a time: a digit is
// found at every place of a long text, and bytes next to the digits in
// value ('/', ':') or from 0x80 are none.
TEST(Text, HasAsciiDigitAtEveryPlace) {
  const std::string plain = "abc/:xyz \xC3\xA9\xB0\xB9 word-word_word/:/:/:";
  EXPECT_FALSE(HasAsciiDigit(plain));
  for (size_t at = 0; at < plain.size(); ++at)
    for (char d : {'0', '5', '9'}) {
      std::string t = plain;
      t[at] = d;
      EXPECT_TRUE(HasAsciiDigit(t)) << at;
      EXPECT_FALSE(HasAsciiDigit(std::string_view(t).substr(0, at))) << at;
    }
}

// HasAsciiOrNativeDigit is HasAsciiDigit, else a native digit in a text
// that opens in its script: checked against the two tests it stands for,
// with a digit at every place of texts of every length up to 40 bytes
// (the sixteen-byte scan and its tail).
TEST(Text, HasAsciiOrNativeDigitIsTheTwoTests) {
  auto composed = [](std::string_view s) {
    return HasAsciiDigit(s) || (OpensInNativeDigitScript(s) && HasNativeDigit(s));
  };
  const std::string pieces[] = {"\xD9\xA6",      "\xDB\xB5", "\xE0\xA5\xA8", "\xE0\xB9\x92", "\xD9\x86",
                                "\xE3\x80\x87", "\xC3\xA9", "7",            " ",            "\n",
                                "a",             "/"};
  for (size_t len = 0; len <= 40; ++len)
    for (const std::string& lead : {std::string(), std::string("  "), std::string("\xD9\x86"), std::string("ab")})
      for (const std::string& p : pieces)
        for (size_t at = 0; at + p.size() <= len; at += 3) {
          std::string t = lead + std::string(len, ' ');
          t.replace(lead.size() + at, p.size(), p);
          EXPECT_EQ(HasAsciiOrNativeDigit(t), composed(t)) << len << " " << at;
        }
  EXPECT_TRUE(HasAsciiOrNativeDigit("\n   \xD9\xA6 \xD9\x86\xD9\x88\xD9\x81\xD9\x85\xD8\xA8\xD8\xB1"));
  EXPECT_FALSE(HasAsciiOrNativeDigit("Posted \xD9\xA6"));  // a Latin opening: not read (as before)
  EXPECT_FALSE(HasAsciiOrNativeDigit("\n      \n    "));
  EXPECT_TRUE(HasAsciiOrNativeDigit("\n      \n    2"));
}

TEST(Text, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9"));
  EXPECT_FALSE(IsValidUtf8("caf\xC3"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  std::string out;
  AppendValidUtf8("a\xFF" "b\xC3", &out);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

// ASCII is checked 64 bytes at a time and two- and three-byte sequences
// inline: a sequence anywhere in a long run is read as DecodeUtf8 reads it
// (well formed: kept; a surrogate, an overlong form, a stray continuation
// byte or a cut sequence: the run ends there).
TEST(Text, Utf8ValidationLongRuns) {
  const std::string ascii(300, 'a');
  const std::pair<std::string_view, bool> cases[] = {
      {"\xC3\xA9", true},          {"\xE4\xB8\xAD", true},  {"\xEF\xBF\xBD", true},
      {"\xF0\x9F\x98\x80", true},  {"\xED\xA0\x80", false}, {"\xE0\x80\x80", false},
      {"\xC1\xBF", false},         {"\x80", false},           {"\xE4\xB8", false},
  };
  for (size_t at : {size_t(0), size_t(7), size_t(63), size_t(64), size_t(100), size_t(299)})
    for (const auto& [seq, valid] : cases) {
      std::string t = ascii;
      t.insert(at, seq);
      EXPECT_EQ(IsValidUtf8(t), valid) << at << " " << testing::PrintToString(std::string(seq));
      std::string cut = ascii.substr(0, at);
      cut += seq;  // the sequence last
      EXPECT_EQ(IsValidUtf8(cut), valid) << at;
    }
  std::string out;
  AppendValidUtf8(ascii + "\xE4\xB8" + ascii + "\xC3\xA9", &out);
  EXPECT_EQ(out, ascii + "\xEF\xBF\xBD\xEF\xBF\xBD" + ascii + "\xC3\xA9");
}

TEST(Text, CountWordChars) {
  EXPECT_EQ(CountWordChars("Hello, world!"), 10u);
  EXPECT_EQ(CountWordChars("\xE2\x80\x9C" "caf\xC3\xA9" "\xE2\x80\x9D"), 4u);
}

// Long runs of ASCII are counted sixteen bytes at a time: every ASCII byte
// (the bounds of each range and their neighbours, "/09:@AZ[`az{") counts as
// a byte-by-byte reading says, across windows, past 255 windows (the lanes'
// counts summed before they overflow) and around bytes that are not ASCII.
TEST(Text, CountWordCharsLongRuns) {
  auto expected = [](std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size();) {
      const unsigned char c = s[i];
      if (c < 0x80) {
        n += (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        ++i;
      } else {  // the tests' only other character: U+00E9, a letter
        n += 1;
        i += 2;
      }
    }
    return n;
  };
  std::string all;
  for (int c = 0; c < 128; ++c) all += char(c);
  EXPECT_EQ(CountWordChars(all), 62u);
  std::string s;
  for (int k = 0; k < 300; ++k) s += all;
  EXPECT_EQ(CountWordChars(s), 300u * 62);
  for (size_t at : {size_t(3), size_t(17), size_t(4096), size_t(30000)}) {
    std::string t = s;
    t.insert(at, "\xC3\xA9");
    EXPECT_EQ(CountWordChars(t), expected(t)) << at;
    EXPECT_EQ(CountWordChars(std::string_view(t).substr(1)), expected(std::string_view(t).substr(1))) << at;
  }
  EXPECT_EQ(CountWordChars("/09:@AZ[`az{/09:@AZ[`az{ x"), 13u);
}

// Two- and three-byte sequences, read inline: letters count, Latin-1
// punctuation and spaces, general and CJK punctuation do not, and neither
// do malformed sequences (a surrogate, an overlong form, a cut one).
TEST(Text, CountWordCharsMultiByte) {
  EXPECT_EQ(CountWordChars("\xC2\xA0\xC2\xBB"), 0u);                 // NBSP, guillemet
  EXPECT_EQ(CountWordChars("caf\xC3\xA9 \xD0\x96"), 5u);             // é, Ж
  EXPECT_EQ(CountWordChars("\xE4\xB8\xAD\xE6\x96\x87"), 2u);         // two CJK ideographs
  EXPECT_EQ(CountWordChars("\xE2\x80\x94\xE3\x80\x81\xEF\xBC\x8C"), 0u);  // dash, ideographic comma, fullwidth comma
  EXPECT_EQ(CountWordChars("\xEF\xBB\xBF\xEF\xBF\xBD"), 0u);         // BOM, replacement character
  EXPECT_EQ(CountWordChars("\xED\xA0\x80"), 0u);                     // a surrogate
  EXPECT_EQ(CountWordChars("\xE0\x80\x80\xC0\x80"), 0u);             // overlong forms
  EXPECT_EQ(CountWordChars("a\xE4\xB8"), 1u);                         // cut at the end
  EXPECT_EQ(CountWordChars("\xF0\x9F\x98\x80"), 1u);                 // four bytes: DecodeUtf8's
}

TEST(Text, StartsWithFoldedFoldsTwoByteCapitals) {
  EXPECT_TRUE(StartsWithFolded("Ähnliche Artikel", "ähnliche artikel"));
  EXPECT_TRUE(StartsWithFolded("ÄHNLICHE ARTIKEL:", "ähnliche artikel"));
  EXPECT_TRUE(StartsWithFolded("ЧИТАЙТЕ ТАКЖЕ", "читайте также"));
  EXPECT_TRUE(StartsWithFolded("Ёлка", "ёлка"));             // U+0401 -> U+0451
  EXPECT_TRUE(StartsWithFolded("Łódź", "łódź"));             // Latin Extended-A, even capital
  EXPECT_TRUE(StartsWithFolded("Ĺ", "ĺ"));                   // odd capital
  EXPECT_TRUE(StartsWithFolded("ΣΧΕΤΙΚΑ", "σχετικα"));       // Greek
  EXPECT_TRUE(StartsWithFolded("À lire aussi", "à lire"));
  EXPECT_FALSE(StartsWithFolded("ä", "Ä"));                  // the phrase is lower case
  EXPECT_FALSE(StartsWithFolded("Öhnliche", "ähnliche"));
  EXPECT_FALSE(StartsWithFolded("×", "÷"));                  // U+00D7 is no letter
  EXPECT_FALSE(StartsWithFolded("Ähn", "ähnliche"));
  EXPECT_TRUE(EqualsFolded("По теме", "по теме"));
  EXPECT_FALSE(EqualsFolded("По теме:", "по теме"));
  EXPECT_TRUE(IsFoldedLower("ähnliche artikel"));
  EXPECT_FALSE(IsFoldedLower("Ähnliche artikel"));
  EXPECT_FALSE(IsFoldedLower("Читайте"));
  EXPECT_FALSE(IsFoldedLower("Latest"));
}

TEST(Text, HasAsciiUpper) {
  // Every byte value, alone and at each place of a word read eight at a time.
  for (int c = 0; c < 256; ++c) {
    const bool upper = c >= 'A' && c <= 'Z';
    for (size_t at = 0; at < 12; ++at) {
      std::string s(12, 'a');
      s[at] = char(c);
      EXPECT_EQ(HasAsciiUpper(s), upper) << c << " at " << at;
    }
  }
  // Every length to 17 (the short reads, the last word read over again),
  // a capital, a byte next to one ('@', '[') or a high byte at each place.
  for (size_t len = 1; len <= 17; ++len)
    for (size_t at = 0; at < len; ++at)
      for (char c : {'A', 'Z', '@', '[', 'z', char(0xC1), char(0xDA)}) {
        std::string s(len, 'a');
        s[at] = c;
        EXPECT_EQ(HasAsciiUpper(s), c == 'A' || c == 'Z') << len << " " << at << " " << int(c);
      }
  EXPECT_FALSE(HasAsciiUpper(""));
  EXPECT_FALSE(HasAsciiUpper("og:title"));
  EXPECT_TRUE(HasAsciiUpper("msapplication-TileColor"));
}

TEST(Text, FindIgnoreCase) {
  EXPECT_EQ(FindIgnoreCase("Hello World", "world"), 6u);
  EXPECT_EQ(FindIgnoreCase("Hello", "xyz"), std::string_view::npos);
  // Past a word's eight bytes, at every place, from an offset, and with a
  // first byte that is no letter.
  const std::string_view long_hay = "All rights are ours, ALL RIGHTS RESERVED (c) 2024 \xC3\x81ll";
  EXPECT_EQ(FindIgnoreCase(long_hay, "all rights reserved"), 21u);
  EXPECT_EQ(FindIgnoreCase(long_hay, "all", 1), 21u);
  EXPECT_EQ(FindIgnoreCase(long_hay, "(c) 2024"), 41u);
  EXPECT_EQ(FindIgnoreCase(long_hay, "ll", 52), 52u);
  EXPECT_EQ(FindIgnoreCase(long_hay, "ll", 53), std::string_view::npos);
  EXPECT_EQ(FindIgnoreCase(long_hay, "@ll"), std::string_view::npos);
  for (size_t at = 0; at < 20; ++at) {
    const std::string hay = std::string(at, '-') + "CoPyRight" + std::string(at % 3, '`');
    EXPECT_EQ(FindIgnoreCase(hay, "copyright"), at);
    EXPECT_EQ(FindIgnoreCase(hay, "copyrights"), std::string_view::npos);
  }
}

// WordList and PhraseList answer as EqualsAnyIgnoreCase and
// ContainsAnyIgnoreCase do, first bytes that are no letter and all.
TEST(Text, WordAndPhraseListsAgreeWithTheListFunctions) {
  static constexpr std::string_view kWords[] = {"editor", "staff", "\xD0\x9E\xD0\xB1", "on", "a.m"};
  static constexpr WordList kWordList(kWords);
  static constexpr PhraseList kPhraseList(kWords);
  const std::string_view texts[] = {
      "", "Editor", "EDITOR", "editors", "staff writer", "by the Staff", "\xD0\x9E\xD0\xB1", "ON", "Onion",
      "a.m", "A.M.", "am", "x", "Posted on May 2", "\xD0\xBE\xD0\xB1", "Chief Editor and Staff",
  };
  for (std::string_view t : texts) {
    EXPECT_EQ(kWordList.Contains(t), EqualsAnyIgnoreCase(t, kWords)) << t;
    EXPECT_EQ(kPhraseList.FoundIn(t), ContainsAnyIgnoreCase(t, kWords)) << t;
    // FindIn: the least offset at which any phrase starts, as the least
    // of FindIgnoreCase over the phrases.
    size_t least = std::string_view::npos;
    for (std::string_view w : kWords) least = std::min(least, FindIgnoreCase(t, w));
    EXPECT_EQ(kPhraseList.FindIn(t), least) << t;
  }
  EXPECT_EQ(kPhraseList.FindIn("Chief Editor and Staff"), 6u);  // "editor" before "on" ("and") and "staff"
  EXPECT_TRUE(kWordList.Contains("Staff"));
  EXPECT_FALSE(kWordList.Contains("staffs"));
  EXPECT_TRUE(kPhraseList.FoundIn("Last updated by the STAFF."));
  EXPECT_FALSE(kPhraseList.FoundIn("nothing here"));
}

// WordList compares a word with the words of its first byte's slot only:
// bytes that share a slot ("!" and "a", 0x21 and 0x61), either case, the
// same answers as EqualsAnyIgnoreCase.
TEST(Text, WordListBySlotAgreesWithTheList) {
  static constexpr std::string_view kWords[] = {"!x", "ax", "bx", "\xC3\xA9t\xC3\xA9", "a"};
  static constexpr WordList kList(kWords);
  const std::string_view texts[] = {"!x", "!X", "AX", "ax", "Bx", "cx", "Ax!", "a", "A", "!", "",
                                    "\xC3\xA9t\xC3\xA9", "\xC3\x89t\xC3\xA9", "ab"};
  for (std::string_view t : texts) EXPECT_EQ(kList.Contains(t), EqualsAnyIgnoreCase(t, kWords)) << t;
  EXPECT_TRUE(kList.Contains("!X"));
  EXPECT_TRUE(kList.Contains("AX"));
  EXPECT_FALSE(kList.Contains("cx"));
}

// PhraseList::FindIn passes a place by the phrases' first two bytes (a
// phrase's second byte folded like the text's; a one-byte phrase at any
// place, the last byte too): the same offsets as FindIgnoreCase, phrases
// of one byte, a second byte that is no letter, a phrase at the very end.
TEST(Text, PhraseListSecondByteFilterKeepsEveryMatch) {
  static constexpr std::string_view kPhrases[] = {"#", "u.s", "up to", "\xC2\xB7", "zz", "a-b"};
  static constexpr PhraseList kList(kPhrases);
  const std::string_view texts[] = {"", "#", "x#", "U.S. news", "Up To date", "UPTO", "Jane \xC2\xB7 May",
                                    "jazz", "buzZ", "z", "A-B test", "a b", "ab-", "\xC2", "u."};
  for (std::string_view t : texts) {
    size_t least = std::string_view::npos;
    for (std::string_view w : kPhrases) least = std::min(least, FindIgnoreCase(t, w));
    EXPECT_EQ(kList.FindIn(t), least) << t;
  }
  EXPECT_EQ(kList.FindIn("x#"), 1u);
  EXPECT_EQ(kList.FindIn("buzZ"), 2u);
}

// An XHTML template's CDATA section behind a line comment and a space,
// the JSON on the same line, is read (no separate unwrapping).
TEST(Json, CdataBehindLineCommentOnOneLine) {
  auto r = ParseJson("// <![CDATA[ {\"@type\": \"NewsArticle\", \"headline\": \"A\"} // ]]>");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r.value().root().Get("headline")->str(), "A");
  auto plain = ParseJson("//<![CDATA[\n{\"headline\": \"B\"}\n//]]>");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain.value().root().Get("headline")->str(), "B");
}

TEST(Json, ParsesLenientJsonLd) {
  auto r = ParseJson(R"(<!--{"@type": "NewsArticle", "headline": "A \u00e9 \ud83d\ude00",
      "author": [{"name": "X"},], 'n': 1.5e3, ok: true}-->)");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const JsonValue& v = r.value().root();
  ASSERT_TRUE(v.is_object());
  EXPECT_EQ(v.Get("@type")->str(), "NewsArticle");
  EXPECT_EQ(v.Get("headline")->str(), "A \xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_EQ(v.Get("author")->items().size(), 1u);
  EXPECT_EQ(v.Get("n")->str(), "1.5e3");
  EXPECT_TRUE(v.Get("ok")->boolean());
}

// Strings full of escapes are read in one pass (the closing quote was
// searched again after every escape: quadratic in the string's length).
TEST(Json, LongEscapedStringsReadOnce) {
  std::string json = "{\"articleBody\":\"";
  for (int i = 0; i < 300000; ++i) json += "a\\/";
  json += "\"}";
  Result<JsonDocument> v = ParseJson(json);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->root().Get("articleBody")->str().size(), 600000u);
  // An escaped quote before the closing one.
  Result<JsonDocument> q = ParseJson(R"({"a":"say \"hi\" now"})");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->root().Get("a")->str(), "say \"hi\" now");
}

TEST(Text, Utf8PrefixDoesNotCutACharacter) {
  EXPECT_EQ(Utf8Prefix("ab\xC3\xA9", 3), "ab");
  EXPECT_EQ(Utf8Prefix("ab\xC3\xA9", 4), "ab\xC3\xA9");
  EXPECT_EQ(Utf8Prefix("\xE4\xB8\xAD\xE6\x96\x87", 4), "\xE4\xB8\xAD");
  EXPECT_EQ(Utf8Prefix("abc", 10), "abc");
}

TEST(Json, RejectsBadInputWithoutCrashing) {
  EXPECT_FALSE(ParseJson("{\"a\": ").ok());
  EXPECT_FALSE(ParseJson("").ok());
  std::string deep(100000, '[');
  EXPECT_FALSE(ParseJson(deep).ok());
}

// Every prefix of a document is an error or a value, never a crash; deep
// objects are refused like deep arrays.
TEST(Json, TruncatedAndDeepInputAreErrors) {
  const std::string doc = R"({"@type":["NewsArticle"],"headline":"A \"b\" \u00e9","n":-1.5e3,)"
                          R"("author":[{"name":"X","url":'u'}],ok:true,"x":null})";
  ASSERT_TRUE(ParseJson(doc).ok());
  for (size_t n = 0; n < doc.size(); ++n) {
    Result<JsonDocument> v = ParseJson(doc.substr(0, n));
    EXPECT_FALSE(v.ok()) << n;
  }
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "{\"a\":";
  EXPECT_FALSE(ParseJson(deep).ok());
  EXPECT_TRUE(ParseJson("{\"a\":{\"a\":[1]}}").ok());
  EXPECT_FALSE(ParseJson("{\"a\":{\"a\":[1]}}", 1).ok());
}

// Escapes decode as they did when read one by one: an escaped quote or
// backslash before the closing quote, "\u" without four hex digits
// (U+FFFD, the digits kept), lone and paired surrogates, single quotes.
TEST(Json, EscapesAtTheEdges) {
  auto str = [](std::string_view json) {
    Result<JsonDocument> v = ParseJson(json);
    return v.ok() && v->root().is_string() ? std::string(v->root().str()) : std::string("<error>");
  };
  EXPECT_EQ(str(R"("x\\")"), "x\\");
  EXPECT_EQ(str(R"("a\"b\\\"")"), "a\"b\\\"");
  EXPECT_EQ(str(R"("\u12")"), "\xEF\xBF\xBD" "12");
  EXPECT_EQ(str(R"("\u12\"")"), "\xEF\xBF\xBD" "12\"");
  EXPECT_EQ(str(R"("\ud83d")"), "\xEF\xBF\xBD");
  EXPECT_EQ(str(R"("\ud83d\u0041")"), "\xEF\xBF\xBD" "A");
  EXPECT_EQ(str(R"("\ud83d\ude00!")"), "\xF0\x9F\x98\x80!");
  EXPECT_EQ(str(R"('it\'s "x"')"), "it's \"x\"");
  EXPECT_EQ(str(R"("\q\/\n\u")"), "q/\n\xEF\xBF\xBD");
  EXPECT_EQ(str(R"("a\")"), "<error>");
  EXPECT_EQ(str(R"("a\\)"), "<error>");
  EXPECT_EQ(str(R"("\u00)"), "<error>");
}

// The values a parse reads (every number, string, literal, array and
// object; not keys) are counted, and a caller bounds them: a page's JSON-LD
// of a million tiny values took 32 bytes each, twice over.
TEST(Json, ValuesAreCountedAndBounded) {
  Result<JsonDocument> v = ParseJson(R"({"a":[1,"two",true,null,{}],"b":{"c":[]}})");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v.value().values(), 9u);
  EXPECT_TRUE(ParseJson(R"({"a":[1,"two",true,null,{}],"b":{"c":[]}})", 64, 9).ok());
  Result<JsonDocument> over = ParseJson(R"({"a":[1,"two",true,null,{}],"b":{"c":[]}})", 64, 8);
  ASSERT_FALSE(over.ok());
  EXPECT_NE(over.status().message().find("too many values"), std::string::npos) << over.status().message();
  EXPECT_FALSE(ParseJson("1", 64, 0).ok());
  EXPECT_EQ(sizeof(JsonValue), 16u);
  // Strings and numbers keep their text in the smaller value.
  Result<JsonDocument> s = ParseJson(R"(["", "x\u00e9", -1.5e3, false])");
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s.value().root().items().size(), 4u);
  EXPECT_EQ(s.value().root().items()[0].str(), "");
  EXPECT_TRUE(s.value().root().items()[0].is_string());
  EXPECT_EQ(s.value().root().items()[1].str(), "x\xC3\xA9");
  EXPECT_EQ(s.value().root().items()[2].str(), "-1.5e3");
  EXPECT_EQ(s.value().root().items()[3].str(), "");
  EXPECT_TRUE(s.value().root().items()[3].is_bool());
  EXPECT_TRUE(s.value().root().str().empty());
}

// The parsed value holds its own copy of the text: its strings (views, or
// decoded when escaped) outlive the source and survive a move.
TEST(Json, ValuesOutliveTheSource) {
  std::vector<JsonDocument> docs;
  {
    std::string text = R"({"a":"plain","b":"esc\nape","c":[1,"two",{"d":"three"}]})";
    Result<JsonDocument> v = ParseJson(text);
    ASSERT_TRUE(v.ok());
    docs.push_back(std::move(v).value());
    text.assign(text.size(), 'x');
  }
  for (int i = 0; i < 20; ++i) docs.push_back(std::move(ParseJson("[]").value()));
  const JsonValue& v = docs[0].root();
  EXPECT_EQ(v.Get("a")->str(), "plain");
  EXPECT_EQ(v.Get("b")->str(), "esc\nape");
  ASSERT_EQ(v.Get("c")->items().size(), 3u);
  EXPECT_EQ(v.Get("c")->items()[0].str(), "1");
  EXPECT_EQ(v.Get("c")->items()[1].str(), "two");
  EXPECT_EQ(v.Get("c")->items()[2].Get("d")->str(), "three");
  EXPECT_EQ(v.members().size(), 3u);
  EXPECT_EQ(v.members()[1].first, "b");
  EXPECT_TRUE(v.items().empty());
  EXPECT_TRUE(docs[1].root().is_array() && docs[1].root().items().empty());
}

// A parsed document reaches its value through root(): a JsonValue copied
// out of it would point into the document's arena after it is gone, so a
// document converts to none.
static_assert(!std::is_convertible_v<JsonDocument, JsonValue>);
static_assert(!std::is_convertible_v<const JsonDocument&, const JsonValue&>);
static_assert(!std::is_constructible_v<JsonValue, JsonDocument&&>);

TEST(Json, RootOutlivesAMove) {
  Result<JsonDocument> r = ParseJson(R"({"a":["b",{"c":"d"}]})");
  ASSERT_TRUE(r.ok());
  JsonDocument doc = std::move(r).value();
  const JsonValue& v = doc.root();
  ASSERT_EQ(v.Get("a")->items().size(), 2u);
  EXPECT_EQ(v.Get("a")->items()[1].Get("c")->str(), "d");
}

// A small parse (a data layer's one string) takes a block sized from its
// input, not the arena's standard 64 KiB; a large one still parses whole.
TEST(Json, SmallParseTakesASmallBlock) {
  Result<JsonDocument> r = ParseJson(R"("Jane Doe")");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->root().str(), "Jane Doe");
  EXPECT_LE(r->MemoryUsage(), 1024u);
  std::string big = "[";
  for (int i = 0; i < 5000; ++i) big += "{\"k\":\"v\\n\"},";
  big += "1]";
  Result<JsonDocument> b = ParseJson(big);
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(b->root().items().size(), 5001u);
  EXPECT_EQ(b->root().items()[4999].Get("k")->str(), "v\n");
}

// A moved-from arena is empty: it no longer bumps into the block it gave
// away, and counts none of it.
TEST(Arena, MovedFromArenaIsEmpty) {
  Arena a;
  char* p = static_cast<char*>(a.Allocate(16, 1));
  Arena b(std::move(a));
  EXPECT_EQ(a.MemoryUsage(), 0u);
  char* q = static_cast<char*>(a.Allocate(16, 1));
  char* r = static_cast<char*>(b.Allocate(16, 1));
  EXPECT_NE(q, r);
  EXPECT_EQ(r, p + 16);
  Arena c;
  c.Allocate(8);
  c = std::move(b);
  EXPECT_EQ(b.MemoryUsage(), 0u);
  EXPECT_GT(c.MemoryUsage(), 0u);
}

TEST(Url, Resolve) {
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b/c", "../d"), "https://ex.com/a/d");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b", "/x?y=1"), "https://ex.com/x?y=1");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b", "//cdn.ex.com/i.jpg"), "https://cdn.ex.com/i.jpg");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b", "http://o.org/"), "http://o.org/");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b", "#top"), "https://ex.com/a/b#top");
  EXPECT_EQ(ResolveUrl("", "/rel"), "/rel");
  EXPECT_EQ(UrlHost("https://user@www.ex.com:8080/p"), "www.ex.com");
}

// As WHATWG URL parsing: C0 controls and spaces at the ends go, and ASCII
// tabs and newlines anywhere (an href wrapped over lines was a link with a
// newline in it: a broken Markdown link, and "java\nscript:" a path).
TEST(Url, TabsNewlinesAndControlsAsBrowsersReadThem) {
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b", "/x\n/y\t.html\r\n"), "https://ex.com/x/y.html");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b", "\x01\x1f /c "), "https://ex.com/c");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b", "java\nscript:alert(1)"), "javascript:alert(1)");
  EXPECT_EQ(UrlResolver("https://ex.com/a/b").Resolve("\tc\nd\x02"), "https://ex.com/a/cd");
  EXPECT_EQ(UrlResolver("https://ex.com/a/b").Resolve("\n\t"), "https://ex.com/a/b");
  EXPECT_EQ(UrlResolver("https://ex.com/a/b").Resolve("c\x01" "d"), "https://ex.com/a/c\x01" "d");  // inside: kept
  for (const char* u : {"javascript:x", " JavaScript:x", "\x01java\tscript:x", "VBScript:x", "data:text/html,<p>"})
    EXPECT_TRUE(IsScriptUrl(u)) << u;
  for (const char* u : {"https://ex.com/javascript:x", "/data:x", "javascript", "", "mailto:a@b.c", "#x"})
    EXPECT_FALSE(IsScriptUrl(u)) << u;
}

// In a special scheme a backslash before the query or fragment is a
// slash (WHATWG URL parsing), the reference's scheme or the base's: a
// Windows-made link "img\\a.png" was "img%5Ca.png" in Markdown.
TEST(Url, BackslashIsASlashInSpecialSchemes) {
  EXPECT_EQ(ResolveUrl("https://ex.com/d/p.html", "a\\b\\c.html"), "https://ex.com/d/a/b/c.html");
  EXPECT_EQ(ResolveUrl("https://ex.com/d/p.html", "..\\x.png"), "https://ex.com/x.png");
  EXPECT_EQ(ResolveUrl("https://ex.com/d/p.html", "\\\\cdn.ex.com\\i.jpg"), "https://cdn.ex.com/i.jpg");
  EXPECT_EQ(ResolveUrl("https://ex.com/d/p.html", "\\top"), "https://ex.com/top");
  EXPECT_EQ(ResolveUrl("https://ex.com/d/p.html", "s?q=a\\b#c\\d"), "https://ex.com/d/s?q=a\\b#c\\d");
  EXPECT_EQ(ResolveUrl("https://ex.com/d/p.html", "HTTP:\\\\o.org\\x"), "HTTP://o.org/x");
  EXPECT_EQ(ResolveUrl("file:///c:/d/p.html", "e\\f"), "file:///c:/d/e/f");
  EXPECT_EQ(ResolveUrl("", "https:\\\\o.org\\x"), "https://o.org/x");
  EXPECT_EQ(UrlResolver("wss://ex.com/a/").Resolve("b\\c\n"), "wss://ex.com/a/b/c");
  // Not special: kept as written.
  EXPECT_EQ(ResolveUrl("mailto:a@ex.com", "x\\y"), "mailto:x\\y");
  EXPECT_EQ(ResolveUrl("https://ex.com/", "foo:a\\b"), "foo:a\\b");
  EXPECT_EQ(ResolveUrl("", "a\\b"), "a\\b");
}

// A <base href>'s URL (HTML, "set the frozen base URL"): resolved against
// the page's, else the page's own when it gives none usable.
TEST(Url, FrozenBaseUrl) {
  EXPECT_EQ(FrozenBaseUrl("https://ex.com/a/b.html", "/c/"), "https://ex.com/c/");
  EXPECT_EQ(FrozenBaseUrl("https://ex.com/a/b.html", "../"), "https://ex.com/");
  EXPECT_EQ(FrozenBaseUrl("https://ex.com/a/b.html", "https://cdn.ex.net/x/"), "https://cdn.ex.net/x/");
  EXPECT_EQ(FrozenBaseUrl("", "https://cdn.ex.net/x/"), "https://cdn.ex.net/x/");
  EXPECT_EQ(FrozenBaseUrl("https://ex.com/a/b.html", ""), "https://ex.com/a/b.html");
  EXPECT_EQ(FrozenBaseUrl("https://ex.com/a/b.html", "mailto:x@ex.com"), "mailto:x@ex.com");
  EXPECT_EQ(FrozenBaseUrl("file:///tmp/a.html", "file:///srv/"), "file:///srv/");
  for (const char* bad : {" javascript:alert(1)", "data:text/html,x", "VBScript:x", "https://", "http:/x"})
    EXPECT_EQ(FrozenBaseUrl("https://ex.com/a/b.html", bad), "https://ex.com/a/b.html") << bad;
  EXPECT_EQ(FrozenBaseUrl("", "/c/"), "");  // relative, and no page URL
}

// hostile41: a page whose own URL is a script's (`--url`, a WARC record's
// target) turned its relative links into script links: "x" against
// "javascript:alert(1)//" was "javascript:alert(1)//x", a link the
// Markdown and HTML writers emitted. Such a base resolves nothing.
TEST(Url, AScriptBaseResolvesNothing) {
  for (const char* base : {"javascript:alert(1)//", " JavaScript:alert(1)//a/", "vbscript:x//", "data:text/html,a/b"}) {
    const UrlResolver resolver(base);
    for (const char* ref : {"x", "../a/b/x", "/x", "?q", "#f"}) {
      EXPECT_EQ(resolver.Resolve(ref), ref) << base;
      EXPECT_EQ(ResolveUrl(base, ref), ref) << base;
      EXPECT_FALSE(IsScriptUrl(ResolveUrl(base, ref))) << base << " " << ref;
    }
    EXPECT_EQ(FrozenBaseUrl(base, "../a/b/"), base);  // no usable base: the page's, which resolves nothing
    EXPECT_EQ(ResolveUrl(base, "https://ex.com/x"), "https://ex.com/x");
  }
}

// Icon glyphs standing alone (private-use code points, U+E000-U+F8FF) go;
// words around them close up; anything else stays as it was.
TEST(Text, DropPrivateUseWords) {
  auto drop = [](std::string s) {
    DropPrivateUseWords(&s);
    return s;
  };
  EXPECT_EQ(drop("\uf007 Admin"), "Admin");
  EXPECT_EQ(drop(" \uf007 Admin "), " Admin ");
  EXPECT_EQ(drop("By \uf007\ue000 Jane \uf8ff Doe"), "By Jane Doe");
  EXPECT_EQ(drop("\ue000"), "");
  EXPECT_EQ(drop(" \ue000 "), "");
  EXPECT_EQ(drop("a\uf007b c"), "a\uf007b c");  // inside a word
  EXPECT_EQ(drop("Full\uff01 width \ufeff x  y"), "Full\uff01 width \ufeff x  y");  // EF lead bytes, no PUA
  EXPECT_EQ(drop("\uf900 \ud7ff"), "\uf900 \ud7ff");
  EXPECT_TRUE(IsOnlyPrivateUse("\ue000 \uf8ff"));
  EXPECT_FALSE(IsOnlyPrivateUse(" "));
  EXPECT_FALSE(IsOnlyPrivateUse("\ue000a"));
}

// UrlResolver reads its base once and gives what ResolveUrl gives, for
// every base and reference shape (dot segments on both sides, empty
// segments, queries, fragments, no authority, relative and empty bases).
TEST(Url, ResolverMatchesResolveUrl) {
  const char* bases[] = {"https://ex.com/a/b/c", "https://ex.com", "https://ex.com/", "https://ex.com/a/../b/./c/",
                         "https://ex.com/a//b/c?q=1#f", "https://ex.com/../../x", "http:a/b/c", "http:a",
                         "mailto:someone@ex.com", "https://ex.com/a/b/..", "https://ex.com/./", "file:///tmp/x/y",
                         "https://ex.com//", "/relative/base", "", "https://ex.com?only=query", "https://ex.com/a/b/."};
  const char* refs[] = {"",      "d",        "../d",     "../../../../d", "./d",    ".",       "..",
                        "d/",    "d/..",     "d/../..",  "d//e",          "/x?y=1", "//cdn.ex.com/i.jpg",
                        "#top",  "?q=2",     "?q=2#f",   "http://o.org/", " d ",    "d?x#y",
                        "../",   "./../d/.", "a/./b/../c", "//h",         "..//d",  "x/../../y/"};
  for (const char* b : bases) {
    const UrlResolver resolver(b);
    for (const char* r : refs) EXPECT_EQ(resolver.Resolve(r), ResolveUrl(b, r)) << "base " << b << " ref " << r;
  }
}

// ResolveUrl is UrlResolver's single use: its answers for the shapes
// above, as the two-pass code before it gave them (dot segments on both
// sides, empty segments, a query or fragment only, no authority, a
// relative base).
TEST(Url, ResolveUrlShapes) {
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b/c", "../d"), "https://ex.com/a/d");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b/c", "../../../../d"), "https://ex.com/d");
  EXPECT_EQ(ResolveUrl("https://ex.com", "d"), "https://ex.com/d");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/../b/./c/", "./../d/."), "https://ex.com/b/d/");
  EXPECT_EQ(ResolveUrl("https://ex.com/a//b/c?q=1#f", "d//e"), "https://ex.com/a//b/d//e");
  EXPECT_EQ(ResolveUrl("https://ex.com/a//b/c?q=1#f", ""), "https://ex.com/a//b/c?q=1#f");
  EXPECT_EQ(ResolveUrl("https://ex.com/a//b/c?q=1#f", "#top"), "https://ex.com/a//b/c?q=1#top");
  EXPECT_EQ(ResolveUrl("https://ex.com?only=query", "?q=2#f"), "https://ex.com?q=2#f");
  EXPECT_EQ(ResolveUrl("http:a/b/c", "../d"), "http:a/d");
  EXPECT_EQ(ResolveUrl("mailto:someone@ex.com", "x/../../y/"), "mailto:y/");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b/..", "d/.."), "https://ex.com/a/b/");
  EXPECT_EQ(ResolveUrl("file:///tmp/x/y", "..//d"), "file:///tmp//d");
  EXPECT_EQ(ResolveUrl("/relative/base", "d"), "d");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b/c", " //cdn.ex.com/./i.jpg "), "https://cdn.ex.com/i.jpg");
  EXPECT_EQ(ResolveUrl("https://ex.com/a/b/.", "a/./b/../c"), "https://ex.com/a/b/a/c");
}

// A caller's long URL against many links: each link costs its own length
// (the base was split again per link: 200,000 links against a 120 KB URL
// cost 2.4 s; here 100,000 against 1 MiB would take minutes).
TEST(Url, ResolverReadsTheBaseOnce) {
  const std::string base = "https://ex.com/a/b?" + std::string(size_t(1) << 20, 'q');
  const UrlResolver resolver(base);
  size_t total = 0;
  for (int i = 0; i < 100000; ++i) total += resolver.Resolve(i % 2 ? "c" : "/d").size();
  EXPECT_EQ(total, size_t(50000) * (sizeof("https://ex.com/a/c") - 1 + sizeof("https://ex.com/d") - 1));
}

// HashBytes64 reads a string's last bytes (fewer than eight) with whole
// loads: the hash is the one of the same bytes copied into a zeroed word,
// at every length and alignment.
TEST(Text, HashBytes64ReadsTailAsCopiedBytes) {
  auto reference = [](std::string_view s, uint64_t seed) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ seed ^ s.size();
    size_t i = 0;
    for (; s.size() - i >= 8; i += 8) {
      uint64_t w = 0;
      for (size_t k = 0; k < 8; ++k) w |= uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
      h = (h ^ w) * 0xff51afd7ed558ccdULL;
      h ^= h >> 32;
    }
    uint64_t w = 0;
    for (size_t k = 0; i + k < s.size(); ++k) w |= uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    return h | 1;
  };
  const std::string text = "\xC3\xA9 article-body post__content js-Hero \xE2\x80\x94 z";
  for (size_t from = 0; from < 5; ++from)
    for (size_t len = 0; from + len <= text.size(); ++len) {
      const std::string_view s = std::string_view(text).substr(from, len);
      EXPECT_EQ(HashBytes64(s, 7), reference(s, 7)) << from << " " << len;
    }
  EXPECT_EQ(HashBytes64(std::string_view(), 0), reference(std::string_view(), 0));
}


// Indentation runs of eight spaces or tabs are skipped a word at a time
// (SkipSpaceWords): the results are those of a byte at a time, whatever
// the run's length, its mix and what follows it.
TEST(Text, IndentationRunsTrimAndCollapseAsBytes) {
  for (const std::string& pad : std::initializer_list<std::string>{"", " ", "\n", "\n        ", "\n\t\t\t\t\t\t\t\t\t", std::string(17, ' '),
                                "\n    \t       \xC2\xA0        ", std::string(8, ' ') + "\r\n" + std::string(16, '\t')}) {
    for (const std::string& word : std::initializer_list<std::string>{"a", "ab cd", "\xC3\xA9t\xC3\xA9", "x\x01y"}) {
      const std::string s = pad + word + pad;
      EXPECT_EQ(TrimSpaces(s), std::string_view(word)) << '"' << s << '"';
      std::string expected = CollapseWhitespace(word);
      EXPECT_EQ(CollapseWhitespace(s), expected) << '"' << s << '"';
      std::string out = "x";
      bool pending = false;
      AppendCollapsed(pad, &out, &pending);
      EXPECT_EQ(out, "x");
      EXPECT_EQ(pending, !pad.empty());
    }
  }
  EXPECT_EQ(SkipSpaceWords(std::string(20, ' '), 0), 16u);
  EXPECT_EQ(SkipSpaceWords(std::string(7, ' ') + "\t" + std::string(8, ' '), 0), 0u);
  EXPECT_EQ(SkipSpaceWords(std::string(8, '\t') + "x", 0), 8u);
}

// The letters, numbers and marks of the block of CJK symbols and
// punctuation spell words: the iteration mark 々 ("人々", "時々"), the
// closing mark 〆, the ideographic zero 〇, the Hangzhou numerals, the
// tone marks, the kana repeat marks. They were read as punctuation: "人々"
// was the word "人" and a space, "々" alone no word at all. The block's
// punctuation, symbols and space part words still.
TEST(Text, CjkIterationMarksAndZeroAreLetters) {
  for (uint32_t cp : {0x3005u, 0x3006u, 0x3007u, 0x3021u, 0x3029u, 0x302Au, 0x302Fu, 0x3031u, 0x3035u, 0x3038u,
                      0x303Au, 0x303Bu, 0x303Cu}) {
    EXPECT_FALSE(IsSeparatorCodePoint(cp)) << std::hex << cp;
    EXPECT_FALSE(IsSymbolOrSeparatorCodePoint(cp)) << std::hex << cp;
    EXPECT_FALSE(IsCjkPunctuation(cp)) << std::hex << cp;
  }
  for (uint32_t cp : {0x3000u, 0x3001u, 0x3002u, 0x3003u, 0x3004u, 0x3008u, 0x3011u, 0x301Cu, 0x3020u, 0x3030u,
                      0x3036u, 0x3037u, 0x303Du, 0x303Fu})
    EXPECT_TRUE(IsSeparatorCodePoint(cp)) << std::hex << cp;
  EXPECT_EQ(CountWordChars("\xE4\xBA\xBA\xE3\x80\x85"), 2u);  // 人々
  EXPECT_EQ(CountWordChars("\xE3\x80\x87\xE3\x80\x87\xE3\x80\x82"), 2u);  // 〇〇。
  EXPECT_EQ(CountWordChars("\xE3\x80\x8C\xE6\x99\x82\xE3\x80\x85\xE3\x80\x8D"), 2u);  // 「時々」
}

// The three classes of code points that part words: each range's ends and
// the points just outside them, and the variants' deliberate differences.
TEST(Text, SeparatorCodePointRanges) {
  struct Range {
    uint32_t from, to;
  };
  constexpr Range kSeparators[] = {{0x80, 0xBF},     {0x2000, 0x206F}, {0x3000, 0x303F},
                                   {0xFF00, 0xFF0F}, {0xFEFF, 0xFEFF}, {0xFFFD, 0xFFFD}};
  for (const Range& r : kSeparators) {
    for (uint32_t cp : {r.from, r.to}) {
      EXPECT_TRUE(IsSeparatorCodePoint(cp)) << std::hex << cp;
      EXPECT_TRUE(IsSymbolOrSeparatorCodePoint(cp)) << std::hex << cp;
    }
  }
  // Letters just outside: À after Latin-1's punctuation, ぁ after the CJK
  // punctuation, the full-width digit zero and capital A after the
  // full-width punctuation; letters of other scripts.
  for (uint32_t cp : {0xC0u, 0x3041u, 0xFF10u, 0xFF21u, 0x4E2Du, 0xAC00u, 0x0416u, 0x05D0u, 0x1F600u})
    EXPECT_FALSE(IsSymbolOrSeparatorCodePoint(cp)) << std::hex << cp;
  // Symbols: no separators, no letters either.
  for (uint32_t cp : {0x2070u, 0x20ACu, 0x2122u, 0x2190u, 0x2500u, 0x2BFFu}) {
    EXPECT_FALSE(IsSeparatorCodePoint(cp)) << std::hex << cp;
    EXPECT_TRUE(IsSymbolOrSeparatorCodePoint(cp)) << std::hex << cp;
  }
  EXPECT_FALSE(IsSymbolOrSeparatorCodePoint(0x2C00));  // Glagolitic: letters again
  // The date tokenizer's CJK punctuation: a part of the separators but for
  // the full-width colon, and not the wave dash nor a full-width solidus.
  for (uint32_t cp = 0x3000; cp <= 0x3011; ++cp)
    EXPECT_EQ(IsCjkPunctuation(cp), cp < 0x3005 || cp > 0x3007) << std::hex << cp;
  for (uint32_t cp : {0xFF08u, 0xFF09u, 0xFF0Cu, 0xFF1Au}) EXPECT_TRUE(IsCjkPunctuation(cp)) << std::hex << cp;
  for (uint32_t cp : {0x3012u, 0x301Cu, 0xFF0Du, 0xFF0Eu, 0xFF0Fu, 0x2014u})
    EXPECT_FALSE(IsCjkPunctuation(cp)) << std::hex << cp;
  for (uint32_t cp = 0; cp < 0x10000; ++cp) {
    if (IsCjkPunctuation(cp) && cp != 0xFF1A) {
      EXPECT_TRUE(IsSeparatorCodePoint(cp)) << std::hex << cp;
    }
  }
}

}  // namespace
}  // namespace lede
