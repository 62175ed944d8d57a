#include <gtest/gtest.h>

#include "encoding/charset.h"

#include "core/text.h"

namespace lede {
namespace {

TEST(Charset, LabelAliases) {
  EXPECT_EQ(CanonicalCharset("latin1"), "windows-1252");
  EXPECT_EQ(CanonicalCharset(" ISO-8859-1 "), "windows-1252");
  EXPECT_EQ(CanonicalCharset("gb2312"), "gbk");
  EXPECT_EQ(CanonicalCharset("UTF8"), "utf-8");
  EXPECT_EQ(CanonicalCharset("sjis"), "shift_jis");
  EXPECT_EQ(CanonicalCharset("no-such-charset"), "");
}

TEST(Charset, PrescanMeta) {
  EXPECT_EQ(PrescanMetaCharset("<html><head><meta charset=\"iso-8859-2\">"), "iso-8859-2");
  EXPECT_EQ(PrescanMetaCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"),
            "windows-1251");
  // content without http-equiv does not count.
  EXPECT_EQ(PrescanMetaCharset("<meta content=\"text/html; charset=koi8-r\">"), "");
  // Comments are skipped; UTF-16 in a meta means UTF-8.
  EXPECT_EQ(PrescanMetaCharset("<!-- <meta charset=latin2> --><meta charset=utf-16>"), "utf-8");
  // Beyond 1024 bytes it is not seen.
  EXPECT_EQ(PrescanMetaCharset(std::string(1100, ' ') + "<meta charset=latin2>"), "");
}

// A declared legacy charset loses to UTF-8 when the bytes are valid UTF-8
// with multi-byte characters (pages re-saved as UTF-8 keep their old meta;
// servers send charset=ISO-8859-1 for UTF-8 bodies).
TEST(Charset, ValidUtf8BeatsALegacyLabel) {
  const std::string quote = "<p>It\xE2\x80\x99s here</p>";  // one curly apostrophe
  EXPECT_EQ(SniffCharset(quote, "iso-8859-1").charset, "utf-8");
  EXPECT_EQ(SniffCharset("<meta charset=windows-1252>" + quote, "").charset, "utf-8");
  // Real windows-1252 bytes are not valid UTF-8: the label stands.
  EXPECT_EQ(SniffCharset("<p>caf\xE9</p>", "iso-8859-1").charset, "windows-1252");
  // A multi-byte charset needs more evidence than a few characters...
  std::string chinese = "<meta charset=gb2312><p>";
  EXPECT_EQ(SniffCharset(chinese + "\xE4\xB8\xAD\xE6\x96\x87</p>", "").charset, "gbk");
  // ... and loses to UTF-8 with it.
  for (int i = 0; i < 20; ++i) chinese += "\xE4\xB8\xAD\xE6\x96\x87";
  EXPECT_EQ(SniffCharset(chinese + "</p>", "").charset, "utf-8");
  // Real GBK bytes ("\xD6\xD0\xCE\xC4", zhongwen) are not valid UTF-8.
  std::string gbk = "<meta charset=gb2312><p>";
  for (int i = 0; i < 20; ++i) gbk += "\xD6\xD0\xCE\xC4";
  EXPECT_EQ(SniffCharset(gbk + "</p>", "").charset, "gbk");
  // Over 1 MiB, with a character across the 1 MiB mark: still UTF-8.
  std::string big = "<meta charset=gb2312><p>";
  while (big.size() < (1u << 20) + 64) big += "\xE4\xB8\xAD";
  for (size_t pad = 0; pad < 3; ++pad)  // one of the three cuts lands inside a character
    EXPECT_EQ(SniffCharset(std::string(pad, ' ') + big, "").charset, "utf-8") << pad;
  // Plain ASCII keeps the declared label.
  EXPECT_EQ(SniffCharset("<p>plain</p>", "koi8-r").charset, "koi8-r");
}

TEST(Charset, SniffOrder) {
  EXPECT_EQ(SniffCharset("\xEF\xBB\xBF<p>x", "latin1").source, "bom");
  EXPECT_EQ(SniffCharset("<meta charset=latin2><p>x", "koi8-r").charset, "koi8-r");
  EXPECT_EQ(SniffCharset("<meta charset=latin2><p>x", "").charset, "iso-8859-2");
  EXPECT_EQ(SniffCharset("<p>plain ascii</p>", "").charset, "utf-8");
  CharsetDecision d = SniffCharset("<p>caf\xE9 cr\xE8me br\xFBl\xE9" "e, d\xE9j\xE0 vu, \xE0 la carte</p>", "");
  EXPECT_EQ(d.source, "detected");
  EXPECT_NE(d.charset, "utf-8");
}

TEST(Charset, Decode) {
  std::string out;
  DecodeToUtf8("caf\xE9", "windows-1252", &out);
  EXPECT_EQ(out, "caf\xC3\xA9");
  DecodeToUtf8("\x80", "windows-1252", &out);
  EXPECT_EQ(out, "\xE2\x82\xAC");  // euro sign
  DecodeToUtf8("a\xFF" "b", "utf-8", &out);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b");
  DecodeToUtf8(std::string("a\0b\0", 4), "utf-16le", &out);
  EXPECT_EQ(out, "ab");
  DecodeToUtf8("\x82\xA0", "shift_jis", &out);
  EXPECT_EQ(out, "\xE3\x81\x82");  // hiragana a
  // Invalid bytes in a multibyte charset become U+FFFD and decoding goes on.
  DecodeToUtf8("\x82\x20x", "shift_jis", &out);
  EXPECT_NE(out.find("x"), std::string::npos);
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);
}

// A label whose encoding cannot have made the bytes is set aside (found
// by sending bogus HTTP charsets through lede warc): "UTF-16" on ASCII made
// CJK noise of the page, "replacement" on ASCII made it one U+FFFD.
TEST(Charset, LabelsThatCannotFitTheBytesAreSetAside) {
  const std::string ascii = "<p>plain words of a page</p>";
  for (const char* label : {"utf-16", "UTF-16LE", "utf-16be", "replacement", "iso-2022-kr", "hz-gb-2312"}) {
    EXPECT_EQ(SniffCharset(ascii, label).charset, "utf-8") << label;
    std::string out;
    DecodeToUtf8(ascii, SniffCharset(ascii, label).charset, &out);
    EXPECT_EQ(out, ascii) << label;
  }
  EXPECT_EQ(SniffCharset("<meta charset=iso-2022-kr>" + ascii, "").charset, "utf-8");
  // Bytes the label fits keep it: UTF-16 text has NULs, ISO-2022-KR shifts.
  std::string u16;
  for (char c : ascii) u16 += std::string(1, c) + '\0';
  EXPECT_EQ(SniffCharset(u16, "utf-16le").charset, "utf-16le");
  EXPECT_EQ(SniffCharset("\x1b$)C<p>\x0e\x21\x21\x0f</p>", "iso-2022-kr").charset, "replacement");
}

TEST(Charset, Utf16WithoutBom) {
  std::string s;
  for (char c : std::string("<html><body>hello world, this is text</body></html>")) {
    s.push_back(c);
    s.push_back('\0');
  }
  CharsetDecision d = SniffCharset(s, "");
  EXPECT_EQ(d.charset, "utf-16le");
}

// Decode fuzz finding: iconv_open reads names loosely, so an unknown label
// opened its lenient UTF-8 converter and surrogates, 5-byte forms and code
// points past U+10FFFF came out as they went in.
TEST(Charset, UnknownLabelsDecodeAsWindows1252AndOutputIsUtf8) {
  const std::string bytes = "a\xFA\xBC\xBC\xBC\xBC b\xED\xA0\x80 c\xF4\x90\x80\x80 \xE9t\xE9";
  std::string expected;
  DecodeToUtf8(bytes, "windows-1252", &expected);
  for (const char* label : {"\x98utf-8\x98", "utf8!", "UTF-8//IGNORE", "ucs-4", "bogus"}) {
    std::string out;
    DecodeToUtf8(bytes, label, &out);
    EXPECT_TRUE(IsValidUtf8(out)) << label;
    EXPECT_EQ(out, expected) << label;
  }
}

}  // namespace
}  // namespace lede
