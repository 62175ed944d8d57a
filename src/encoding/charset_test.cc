#include <gtest/gtest.h>

#include "encoding/charset.h"

#include <string>
#include <vector>

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
// A page that opens with over half a megabyte of ASCII (an inline script,
// a comment) is sniffed from its first byte above 0x7F: the UTF-8 check over
// the first MiB passed on ASCII alone, so a Shift_JIS page whose <meta> and
// text came after it was decoded as UTF-8 (its text U+FFFD), and the
// detector's 64 KiB sample held no text to tell by (hostile37).
TEST(Charset, ALongAsciiOpeningIsPassedOver) {
  // "nihongo no bunshou desu." in Shift_JIS.
  std::string sjis;
  for (int i = 0; i < 200; ++i) sjis += "\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x95\xB6\x8F\xCD\x82\xC5\x82\xB7\x81\x42";
  const std::string script = "<html><head><title>T</title><script>" + std::string(size_t(1) << 20, ';') + "</script>";
  const CharsetDecision meta = SniffCharset(script + "<meta charset=shift_jis></head><body><p>" + sjis + "</p>", "");
  EXPECT_EQ(meta.charset, "shift_jis");
  EXPECT_EQ(meta.source, "meta");
  const CharsetDecision none = SniffCharset(script + "</head><body><p>" + sjis + "</p>", "");
  EXPECT_EQ(none.charset, "shift_jis");
  EXPECT_EQ(none.source, "detected");
  // UTF-8 after the same opening is UTF-8; a meta after <body> is no late meta.
  EXPECT_EQ(SniffCharset(script + "</head><body><p>\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E</p>", "").charset, "utf-8");
  EXPECT_EQ(SniffCharset(script + "</head><body><meta charset=koi8-r><p>" + sjis + "</p>", "").source, "detected");
}

// An unlabelled ISO-2022-JP page is seven-bit, so valid UTF-8: it was
// read as UTF-8, its text the escapes' noise ("$BEl5~(B"). Its JIS
// escapes tell it (hostile37); one stray escape or a terminal's does not.
TEST(Charset, UnlabelledIso2022JpIsDetected) {
  std::string page = "<html><body><p>";
  for (int i = 0; i < 3; ++i) page += "\x1B$BEl5~\x1B(B and ";
  EXPECT_EQ(SniffCharset(page + "</p>", "").charset, "iso-2022-jp");
  EXPECT_EQ(SniffCharset("<p>\x1B$BEl5~\x1B(B once</p>", "").charset, "utf-8");
  EXPECT_EQ(SniffCharset("<pre>\x1B[31mred\x1B[0m \x1B[1mbold\x1B[0m</pre>", "").charset, "utf-8");
  // With a byte above 0x7F it is no ISO-2022-JP.
  EXPECT_EQ(SniffCharset(page + "\xE6\x9D\xB1</p>", "").charset, "utf-8");
  std::string out;
  DecodeToUtf8(page, SniffCharset(page, ""), &out);
  EXPECT_NE(out.find("\xE6\x9D\xB1\xE4\xBA\xAC"), std::string::npos) << out;  // Tokyo
}

// ISO-2022-KR and -CN are seven-bit too: an unlabelled page was read as
// UTF-8, its Hangul or Hanzi the shifted bytes' ASCII noise ("GQ19"), and
// a labelled one was WHATWG's replacement, one U+FFFD for the page
// (hostile38). A designation (ESC $ ) C; ESC $ ) A, G, E; ESC $ * H;
// ESC $ + I..M) with an SO tells them; without the SO, or with a byte
// above 0x7F, it is no such page.
TEST(Charset, UnlabelledIso2022KrAndCnAreDetected) {
  const std::string kr = "\x1B$)C<html><body><p>\x0EGQ19\x0F news from Seoul, \x0EGQ19\x0F</p></body></html>";
  const std::string cn = "<html><body><p>\x1B$)A\x0EVPND\x0F text, \x0EVPND\x0F</p>\n<p>\x1B$)G\x0E\x44\x63\x0F</p></body>";
  EXPECT_EQ(SniffCharset(kr, "").charset, "iso-2022-kr");
  EXPECT_EQ(SniffCharset(cn, "").charset, "iso-2022-cn");
  std::string out;
  DecodeToUtf8(kr, SniffCharset(kr, ""), &out);
  EXPECT_NE(out.find("<p>\xED\x95\x9C\xEA\xB5\xAD news from Seoul"), std::string::npos) << out;  // 한국
  EXPECT_EQ(out.find('\x1B'), std::string::npos) << out;
  DecodeToUtf8(cn, SniffCharset(cn, ""), &out);
  EXPECT_NE(out.find("<p>\xE4\xB8\xAD\xE6\x96\x87 text"), std::string::npos) << out;  // 中文
  // The label (a replacement one to WHATWG) reads them the same.
  for (const char* label : {"iso-2022-kr", "csiso2022kr", "replacement"})
    EXPECT_EQ(SniffCharset(kr, label).charset, "iso-2022-kr") << label;
  EXPECT_EQ(SniffCharset("<meta charset=iso-2022-cn>" + cn, "").charset, "iso-2022-cn");
  EXPECT_EQ(SniffCharset("<meta charset=iso-2022-cn>" + cn, "").source, "meta");
  // A designation alone, a shift alone, or a byte above 0x7F: not them.
  EXPECT_EQ(SniffCharset("<p>\x1B$)C plain words</p>", "").charset, "utf-8");
  EXPECT_EQ(SniffCharset("<p>a \x0E shift \x0F alone</p>", "").charset, "utf-8");
  EXPECT_EQ(SniffCharset(kr + "\xED\x95\x9C", "").charset, "utf-8");
  // An SO never shifted back ends at the line's end, as RFC 1557 has it.
  DecodeToUtf8("\x1B$)C<p>\x0EGQ</p>\n<p>after</p>", "iso-2022-kr", &out);
  EXPECT_NE(out.find("<p>after</p>"), std::string::npos) << out;
}

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
  EXPECT_EQ(SniffCharset("\x1b$)C<p>\x0e\x21\x21\x0f</p>", "iso-2022-kr").charset, "iso-2022-kr");
  // Shifts without an ISO-2022-KR or -CN designation (HZ's "~{") keep the
  // replacement encoding.
  EXPECT_EQ(SniffCharset("<p>~{VPND~} words</p>", "hz-gb-2312").charset, "replacement");
}

// hostile39: a UTF-8 label on bytes plainly in another charset (a template
// that says UTF-8 around windows-1252 text from an old database; an
// editor's UTF-8 BOM on a Shift_JIS file) made every letter beyond ASCII a
// U+FFFD. Once the UTF-8 check fails, SniffCharsetAgain sets such labels
// aside and reads the bytes as a page without them: another label, else
// detected. UTF-8 with stray bad bytes keeps its label.
TEST(Charset, AUtf8LabelOnBytesPlainlyInAnotherCharsetIsSetAside) {
  std::string cp1252 = "<p>";
  for (int i = 0; i < 20; ++i) cp1252 += "Caf\xE9 cr\xE8me, d\xE9j\xE0 vu \x93quoted\x94 \x97 na\xEFve. ";
  cp1252 += "</p>";
  auto again = [](const std::string& bytes, std::string_view caller) {
    return SniffCharsetAgain(bytes, caller, SniffCharset(bytes, caller));
  };
  const std::string meta = "<meta charset=utf-8>" + cp1252;
  EXPECT_EQ(SniffCharset(meta, "").charset, "utf-8");
  EXPECT_EQ(again(meta, "").charset, "windows-1252");
  EXPECT_EQ(again(meta, "").source, "detected");
  EXPECT_EQ(again(cp1252, "text/html; charset=UTF-8").charset, "windows-1252");
  // Another label behind the lying one is taken: the caller's UTF-8 set
  // aside, the <meta>'s windows-1251.
  std::string cp1251 = "<meta charset=windows-1251><p>";
  for (int i = 0; i < 20; ++i) cp1251 += "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0! ";
  EXPECT_EQ(again(cp1251 + "</p>", "utf-8").charset, "windows-1251");
  EXPECT_EQ(again(cp1251 + "</p>", "utf-8").source, "meta");
  // A UTF-8 BOM on a Shift_JIS page: its <meta>, the BOM still skipped.
  std::string sjis = "\xEF\xBB\xBF<meta charset=shift_jis><p>";
  for (int i = 0; i < 20; ++i) sjis += "\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x95\xB6\x8F\xCD\x82\xC5\x82\xB7\x81\x42";
  const CharsetDecision bom = again(sjis, "");
  EXPECT_EQ(bom.charset, "shift_jis");
  EXPECT_EQ(bom.bom_length, 3u);
  std::string out;
  DecodeToUtf8(std::string_view(sjis).substr(bom.bom_length), bom, &out);
  EXPECT_EQ(out.substr(0, 42),
            "<meta charset=shift_jis><p>\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE6\x96\x87");
  // UTF-8 with a few stray bytes, or as many good characters as bad bytes,
  // keeps its label (their bad bytes stay U+FFFD).
  std::string mostly = "<meta charset=utf-8><p>";
  for (int i = 0; i < 20; ++i) mostly += "Caf\xC3\xA9 \xE2\x80\x94 r\xC3\xA9sum\xC3\xA9. ";
  EXPECT_EQ(again(mostly + "caf\xE9</p>", "").charset, "utf-8");
  EXPECT_EQ(again("<meta charset=utf-8><p>caf\xC3\xA9 caf\xE9</p>", "").charset, "utf-8");
  // Fewer than eight bad bytes overrule no label: a cut character, a stray
  // "\xE9" in an ASCII page stay U+FFFD.
  EXPECT_EQ(again("<meta charset=utf-8><p>ok \xE2\x82 broken, caf\xE9</p>", "").charset, "utf-8");
  // UTF-8 text around a binary blob (more bad bytes than characters) keeps
  // the label when the bytes read without it are UTF-8 to the detector.
  std::string blob = "<meta charset=utf-8><p>";
  for (int i = 0; i < 40; ++i) blob += "\xE8\xBF\x99\xE6\x98\xAF\xE4\xB8\x80\xE4\xB8\xAA\xE6\x96\xB0\xE9\x97\xBB\xE3\x80\x82";
  blob += "</p><!-- ";
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) blob += char((x = x * 1103515245u + 12345u) >> 24);
  blob += " --><p>";
  for (int i = 0; i < 40; ++i) blob += "\xE8\xBF\x99\xE6\x98\xAF\xE4\xB8\x80\xE4\xB8\xAA\xE6\x96\xB0\xE9\x97\xBB\xE3\x80\x82";
  EXPECT_EQ(again(blob + "</p>", "").charset, "utf-8");
  EXPECT_EQ(again(blob + "</p>", "").source, "meta");
  // A decision that is no UTF-8 label is left as it is.
  EXPECT_EQ(again(cp1252, "").source, "detected");
  EXPECT_EQ(again("<meta charset=koi8-r>" + cp1252, "").charset, "koi8-r");
}

// hostile39: a UTF-16 BOM on bytes without a NUL (a stray FF FE before an
// 8-bit page) made the whole page CJK noise without one tag. It is set
// aside as a UTF-16 label is; its two bytes are still skipped. Bytes after
// it that are UTF-16 keep it.
TEST(Charset, AUtf16BomOnBytesWithoutNulIsSetAside) {
  const std::string page = "<meta charset=utf-8><p>plain words of a page, caf\xC3\xA9</p>";
  for (const char* bom : {"\xFF\xFE", "\xFE\xFF"}) {
    const CharsetDecision d = SniffCharset(bom + page, "");
    EXPECT_EQ(d.charset, "utf-8") << bom;
    EXPECT_EQ(d.source, "meta");
    EXPECT_EQ(d.bom_length, 2u);
  }
  std::string u16;
  for (char c : page) u16 += std::string(1, c) + '\0';
  EXPECT_EQ(SniffCharset("\xFF\xFE" + u16, "").charset, "utf-16le");
  EXPECT_EQ(SniffCharset("\xFF\xFE" + u16, "").bom_length, 2u);
  // A run of BOMs: only the first is one (no search for more).
  std::string many;
  for (int i = 0; i < 100000; ++i) many += "\xFF\xFE";
  EXPECT_EQ(SniffCharset(many + page, "").bom_length, 2u);
}

// Every WHATWG label of the encodings crawl pages use most, as the HTTP
// header or a <meta> gives them (case and spaces vary).
TEST(Charset, WhatwgLabels) {
  struct Case { const char* canon; std::vector<const char*> labels; };
  const Case cases[] = {
      {"windows-1252", {"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                        "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                        "us-ascii", "windows-1252", "x-cp1252", "LATIN1", " ASCII "}},
      {"iso-8859-2", {"csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
                      "iso_8859-2:1987", "l2", "latin2"}},
      {"iso-8859-15", {"csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"}},
      {"windows-1250", {"cp1250", "windows-1250", "x-cp1250"}},
      {"windows-1251", {"cp1251", "windows-1251", "x-cp1251", "Windows-1251"}},
      {"windows-1256", {"cp1256", "windows-1256", "x-cp1256"}},
      {"koi8-r", {"cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"}},
      {"koi8-u", {"koi8-ru", "koi8-u"}},
      {"shift_jis", {"csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"}},
      {"euc-jp", {"cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"}},
      {"iso-2022-jp", {"csiso2022jp", "iso-2022-jp"}},
      {"gbk", {"chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
               "x-gbk"}},
      {"gb18030", {"gb18030"}},
      {"big5", {"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"}},
      {"euc-kr", {"cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
                  "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"}},
      {"utf-16le", {"csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"}},
      {"utf-16be", {"unicodefffe", "utf-16be"}},
      {"utf-8", {"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"}},
  };
  for (const Case& c : cases)
    for (const char* label : c.labels) EXPECT_EQ(CanonicalCharset(label), c.canon) << label;
}

// Each legacy encoding decodes (a sentence in it, as the bytes a page would
// hold) through its <meta>.
TEST(Charset, DecodesEachLegacyEncoding) {
  struct Case { const char* label; std::string bytes; std::string utf8; };
  const Case cases[] = {
      {"windows-1252", "caf\xE9 \x93x\x94 \x80", "caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D \xE2\x82\xAC"},
      {"iso-8859-2", "\xB1\xE8", "\xC4\x85\xC4\x8D"},                  // ąč
      {"iso-8859-15", "\xA4 \xBD", "\xE2\x82\xAC \xC5\x93"},          // € œ
      {"windows-1250", "\x9A\xE8", "\xC5\xA1\xC4\x8D"},                // šč
      {"windows-1251", "\xCC\xEE\xF1\xEA\xE2\xE0", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},  // Москва
      {"windows-1256", "\xC7\xE1", "\xD8\xA7\xD9\x84"},                // ال
      {"koi8-r", "\xED\xCF\xD3\xCB\xD7\xC1", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},  // Москва
      {"koi8-u", "\xA4", "\xD1\x94"},                                  // є
      {"shift_jis", "\x93\x8C\x8B\x9E", "\xE6\x9D\xB1\xE4\xBA\xAC"},  // 東京
      {"euc-jp", "\xC5\xEC\xB5\xFE", "\xE6\x9D\xB1\xE4\xBA\xAC"},     // 東京
      {"iso-2022-jp", "\x1B$BEl5~\x1B(B", "\xE6\x9D\xB1\xE4\xBA\xAC"},  // 東京
      {"gbk", "\xD6\xD0\xCE\xC4", "\xE4\xB8\xAD\xE6\x96\x87"},        // 中文
      {"gb18030", "\x81\x30\x81\x30", "\xC2\x80"},                     // a four-byte form: U+0080
      {"big5", "\xA4\xA4\xA4\xE5", "\xE4\xB8\xAD\xE6\x96\x87"},       // 中文
      {"euc-kr", "\xC7\xD1\xB1\xB9", "\xED\x95\x9C\xEA\xB5\xAD"},     // 한국
  };
  for (const Case& c : cases) {
    const std::string page = std::string("<meta charset=") + c.label + "><p>" + c.bytes + "</p>";
    const CharsetDecision d = SniffCharset(page, "");
    EXPECT_EQ(d.charset, CanonicalCharset(c.label)) << c.label;
    std::string out;
    DecodeToUtf8(page, d.charset, &out);
    EXPECT_NE(out.find("<p>" + c.utf8 + "</p>"), std::string::npos) << c.label << ": " << out;
  }
}

// Prescan details: a meta in a comment is ignored, "<!-->" is a whole
// comment, x-user-defined in a meta means windows-1252.
TEST(Charset, PrescanRules) {
  EXPECT_EQ(PrescanMetaCharset("<!-- <meta charset=koi8-r> -->"), "");
  EXPECT_EQ(PrescanMetaCharset("<!--><meta charset=koi8-r>"), "koi8-r");
  EXPECT_EQ(PrescanMetaCharset("<!---><meta charset=koi8-r>"), "koi8-r");
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=content-type content='text/html; charset=\"koi8-r\"'>"), "koi8-r");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=x-user-defined>"), "windows-1252");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=utf-16be>"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset("<META CHARSET=KOI8-R>"), "koi8-r");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=no-such-thing><meta charset=koi8-r>"), "koi8-r");
}

// A <meta> behind a long inline script (past the first 1024 bytes) is read
// when the bytes are not UTF-8, up to <body>.
TEST(Charset, LateMetaInTheHead) {
  const std::string script = "<script>" + std::string(2000, ' ') + "var a = 1 < 2;</script>";
  const std::string text = "<p>\xCC\xEE\xF1\xEA\xE2\xE0</p>";  // Москва in windows-1251
  CharsetDecision d = SniffCharset("<html><head>" + script + "<meta charset=windows-1251></head><body>" + text, "");
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.source, "meta");
  // Not in the body.
  d = SniffCharset("<html><head>" + script + "</head><body><meta charset=koi8-r>" + text, "");
  EXPECT_NE(d.source, "meta");
  // Valid UTF-8 does not need it: the late meta is not read.
  d = SniffCharset("<html><head>" + script + "<meta charset=windows-1251></head><body><p>ascii</p>", "");
  EXPECT_EQ(d.charset, "utf-8");
}

// UTF-8 with a stray Latin-1 byte is UTF-8, with or without a legacy label:
// the text stays whole, the stray bytes are read in the declared
// single-byte charset (U+FFFD without one).
TEST(Charset, MostlyUtf8IsUtf8) {
  std::string page = "<p>";
  for (int i = 0; i < 10; ++i) page += "caf\xC3\xA9 cr\xC3\xA8me ";
  page += "\xE9t\xE9</p>";  // été in Latin-1
  struct Case { const char* label; const char* stray; };
  for (const Case& c : {Case{"", "\xEF\xBF\xBDt\xEF\xBF\xBD"}, Case{"iso-8859-1", "\xC3\xA9t\xC3\xA9"},
                        Case{"windows-1251", "\xD0\xB9t\xD0\xB9"}, Case{"gbk", "\xEF\xBF\xBDt\xEF\xBF\xBD"}}) {
    const CharsetDecision d = SniffCharset(page, c.label);
    EXPECT_EQ(d.charset, "utf-8") << c.label;
    EXPECT_FALSE(d.valid_utf8);
    std::string out;
    DecodeToUtf8(page, d, &out);
    EXPECT_NE(out.find("caf\xC3\xA9 cr\xC3\xA8me"), std::string::npos) << c.label;
    EXPECT_NE(out.find(std::string(c.stray) + "</p>"), std::string::npos) << c.label << ": " << out;
    EXPECT_TRUE(IsValidUtf8(out));
  }
  // The meta's label counts the same as the caller's.
  EXPECT_EQ(SniffCharset("<meta charset=latin1>" + page, "").fallback, "windows-1252");
  // Real legacy text whose pairs now and then form UTF-8 stays legacy.
  std::string gbk = "<p>";
  for (int i = 0; i < 40; ++i) gbk += "\xD6\xD0\xCE\xC4\xC4\xE3\xBA\xC3";  // 中文你好 (C4 E3 is no UTF-8)
  gbk += "</p>";
  EXPECT_NE(SniffCharset(gbk, "").charset, "utf-8");
  EXPECT_EQ(SniffCharset(gbk, "gbk").charset, "gbk");
  std::string ru = "<p>";
  for (int i = 0; i < 40; ++i) ru += "\xCC\xEE\xF1\xEA\xE2\xE0 ";
  EXPECT_EQ(SniffCharset(ru + "</p>", "windows-1251").charset, "windows-1251");
}

// A UTF-8 page (labelled or not) with one paragraph pasted from
// windows-1252 reads that paragraph's runs of bad bytes in windows-1252
// (hostile40: they were U+FFFD); a cut character, a stray byte or two,
// Cyrillic from windows-1251 and binary noise keep their U+FFFD.
TEST(Charset, Windows1252RunsInAUtf8PageAreReadAsSuch) {
  std::string utf8 = "<p>";
  for (int i = 0; i < 10; ++i) utf8 += "caf\xC3\xA9 cr\xC3\xA8me \xE2\x80\x94 ";
  utf8 += "</p>";
  const auto decode = [](const std::string& page, std::string_view label) {
    CharsetDecision d = SniffCharset(page, label);
    d = SniffCharsetAgain(page, label, d);
    std::string out;
    DecodeToUtf8(std::string_view(page).substr(d.bom_length), d, &out);
    EXPECT_EQ(d.charset, "utf-8") << label;
    EXPECT_TRUE(IsValidUtf8(out));
    return out;
  };
  // l'été "déjà" passé – voilà, with é before a closing quote (E9 94 also
  // starts a three-byte UTF-8 character: read as windows-1252 once the
  // page's other runs are).
  const std::string cp1252 = "<p>l\x92\xE9t\xE9 \x93" "d\xE9j\xE0\x94 pass\xE9 \x96 voil\xE0, caf\xE9\x94.</p>";
  for (std::string_view label : {"", "utf-8"}) {
    const std::string out = decode(utf8 + cp1252 + utf8, label);
    EXPECT_NE(out.find("l\xE2\x80\x99\xC3\xA9t\xC3\xA9 \xE2\x80\x9C" "d\xC3\xA9j\xC3\xA0\xE2\x80\x9D pass\xC3\xA9 "
                       "\xE2\x80\x93 voil\xC3\xA0, caf\xC3\xA9\xE2\x80\x9D."),
              std::string::npos)
        << label << ": " << out;
    EXPECT_EQ(out.find("\xEF\xBF\xBD"), std::string::npos) << out;
    EXPECT_NE(out.find("caf\xC3\xA9 cr\xC3\xA8me \xE2\x80\x94"), std::string::npos);
  }
  const std::string fffd = "\xEF\xBF\xBD";
  // Fewer than four runs: a stray byte or two stays U+FFFD.
  EXPECT_NE(decode(utf8 + "<p>\xE9t\xE9 caf\xE9</p>" + utf8, "").find(fffd + "t" + fffd + " caf" + fffd),
            std::string::npos);
  // Excerpts cut mid-character: "\xE2\x80" and "\xE5\xA4" (a cut "—" and
  // a cut CJK letter) are no windows-1252 text to go by, however many.
  std::string cut = utf8;
  for (int i = 0; i < 12; ++i) cut += "<p>An excerpt cut short \xE2\x80...</p><p>\xE6\x9D\xB1\xE4\xBA\xAC\xE5\xA4...</p>";
  const std::string cut_out = decode(cut, "utf-8");
  EXPECT_NE(cut_out.find("short " + fffd + fffd + "..."), std::string::npos) << cut_out;
  EXPECT_NE(cut_out.find("\xE4\xBA\xAC" + fffd + fffd + "..."), std::string::npos) << cut_out;
  // So is a Latin letter cut after its first byte ("Caf\xC3..."), while a
  // German word's last "\xDF" before a full stop is still read.
  std::string cut2 = utf8;
  for (int i = 0; i < 6; ++i) cut2 += "<p>Read more at the Caf\xC3...</p><p>More from the caf\xC3</p>";
  const std::string cut2_out = decode(cut2, "utf-8");
  EXPECT_NE(cut2_out.find("Caf" + fffd + "..."), std::string::npos) << cut2_out;
  EXPECT_NE(cut2_out.find("caf" + fffd + "</p>"), std::string::npos) << cut2_out;
  const std::string de = decode(utf8 + "<p>Viele Gr\xFC\xDF" "e, s\xFC\xDF und gro\xDF. Die Stra\xDF" "e.</p>" + utf8, "");
  EXPECT_NE(de.find("gro\xC3\x9F."), std::string::npos) << de;
  // A byte windows-1252 leaves undefined, a run of four, or one beside a
  // UTF-8 letter is not read; nor, on a page with more than one such run
  // for eight read, are the others (Москва in windows-1251, whole words of
  // high bytes).
  std::string ru = utf8;
  for (int i = 0; i < 8; ++i) ru += "<p>\xCC\xEE\xF1\xEA\xE2\xE0 \xE8 \xED\xE0 caf\xE9 \xE9t\xE9</p>";
  const std::string ru_out = decode(ru, "utf-8");
  EXPECT_NE(ru_out.find(fffd + fffd + fffd + fffd + fffd + fffd + " " + fffd + " " + fffd + fffd + " caf" + fffd),
            std::string::npos)
      << ru_out;
  std::string odd = utf8 + cp1252 + cp1252 + cp1252 + "<p>\x81t \xE9\xE9\xE9\xE9t \xC3\xA9\xE9</p>" + utf8;
  const std::string odd_out = decode(odd, "");
  EXPECT_NE(odd_out.find("voil\xC3\xA0"), std::string::npos);
  EXPECT_NE(odd_out.find("<p>" + fffd + "t " + fffd + fffd + fffd + fffd + "t \xC3\xA9" + fffd + "</p>"),
            std::string::npos)
      << odd_out;
}

// A page labelled GBK (or another multi-byte legacy charset) whose bytes
// are mostly UTF-8 is UTF-8 under a stale label: its stray bytes are read
// as a UTF-8 page's are, a pasted windows-1252 paragraph's runs in
// windows-1252. GBK text pasted in would come as runs of high bytes (two a
// character, words of several), which that reading refuses: they keep
// their U+FFFD, never Latin mojibake ("\u00D6\u00D0\u00CE\u00C4").
TEST(Charset, AMostlyUtf8PageLabelledGbkReadsItsStrayBytesAsAUtf8PageDoes) {
  std::string utf8 = "<p>";
  for (int i = 0; i < 10; ++i) utf8 += "caf\xC3\xA9 cr\xC3\xA8me \xE2\x80\x94 ";
  utf8 += "</p>";
  const auto decode = [](const std::string& page) {
    const CharsetDecision d = SniffCharset(page, "gbk");
    EXPECT_EQ(d.charset, "utf-8");
    EXPECT_TRUE(d.fallback.empty());
    std::string out;
    DecodeToUtf8(page, d, &out);
    EXPECT_TRUE(IsValidUtf8(out));
    return out;
  };
  const std::string cp1252 = "<p>l\x92\xE9t\xE9 \x93" "d\xE9j\xE0\x94 pass\xE9 \x96 voil\xE0.</p>";
  const std::string latin = decode(utf8 + utf8 + cp1252 + utf8 + utf8);
  EXPECT_NE(latin.find("pass\xC3\xA9 \xE2\x80\x93 voil\xC3\xA0."), std::string::npos) << latin;
  const std::string gbk = decode(utf8 + utf8 + "<p>\xD6\xD0\xCE\xC4\xC4\xE3\xBA\xC3 ok</p>" + utf8 + utf8 + cp1252 +
                                 utf8 + utf8);
  EXPECT_NE(gbk.find("<p>\xEF\xBF\xBD"), std::string::npos) << gbk;
  EXPECT_EQ(gbk.find("\xC3\x96\xC3\x90"), std::string::npos) << gbk;  // no "ÖÐ"
}

// Without a declaration, legacy text is guessed from its bytes.
TEST(Charset, SniffsUndeclaredLegacyText) {
  struct Case { const char* expect; std::string sentence; };
  const Case cases[] = {
      // Москва — столица России, город с богатой историей.
      {"windows-1251", "\xCC\xEE\xF1\xEA\xE2\xE0 \x97 \xF1\xF2\xEE\xEB\xE8\xF6\xE0 \xD0\xEE\xF1\xF1\xE8\xE8, "
                       "\xE3\xEE\xF0\xEE\xE4 \xF1 \xE1\xEE\xE3\xE0\xF2\xEE\xE9 \xE8\xF1\xF2\xEE\xF0\xE8\xE5\xE9. "},
      // 中华人民共和国的首都是北京。
      {"gb18030", "\xD6\xD0\xBB\xAA\xC8\xCB\xC3\xF1\xB9\xB2\xBA\xCD\xB9\xFA\xB5\xC4\xCA\xD7\xB6\xBC\xCA\xC7"
                  "\xB1\xB1\xBE\xA9\xA1\xA3"},
      // 東京は日本の首都です。
      {"shift_jis", "\x93\x8C\x8B\x9E\x82\xCD\x93\xFA\x96\x7B\x82\xCC\x8E\xF1\x93\x73\x82\xC5\x82\xB7\x81\x42"},
      // 서울은 대한민국의 수도입니다. (uchardet names it UHC)
      {"euc-kr", "\xBC\xAD\xBF\xEF\xC0\xBA \xB4\xEB\xC7\xD1\xB9\xCE\xB1\xB9\xC0\xC7 \xBC\xF6\xB5\xB5\xC0\xD4"
                 "\xB4\xCF\xB4\xD9. "},
  };
  for (const Case& c : cases) {
    std::string page = "<html><head><title>t</title></head><body>";
    for (int i = 0; i < 6; ++i) page += "<p>" + c.sentence + "</p>";
    const CharsetDecision d = SniffCharset(page, "");
    EXPECT_EQ(d.charset, c.expect);
    EXPECT_EQ(d.source, "detected");
  }
}

// Bytes a single-byte charset leaves undefined are C1 controls (WHATWG),
// not U+FFFD: UTF-8 "Á" (C3 81) under windows-1252 stays repairable.
TEST(Charset, UndefinedSingleBytesAreC1Controls) {
  std::string out;
  DecodeToUtf8("a\x81" "b\x8D\x8F\x90\x9D", "windows-1252", &out);
  EXPECT_EQ(out, "a\xC2\x81" "b\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
  DecodeToUtf8("\x98", "windows-1251", &out);
  EXPECT_EQ(out, "\xC2\x98");
  // Multi-byte charsets still give U+FFFD for what they cannot read.
  DecodeToUtf8("\x80x", "shift_jis", &out);
  EXPECT_EQ(out.substr(out.size() - 1), "x");
}

// An ISO-8859 page's bytes 0x80..0x9F are read by the Windows code page
// the label stands for (windows-1250 text labelled ISO-8859-2: "ś" 0x9C,
// "ź" 0x9F); the other bytes stay as the label says. Without a sister
// page, or in a hole of one, such a byte is U+FFFD, never a C1 control
// (which the text stage would read as windows-1252).
TEST(Charset, IsoC1BytesReadByTheSisterWindowsPage) {
  struct Case { const char* charset; std::string bytes; std::string utf8; };
  const Case cases[] = {
      // mieście, źródło, Šťastný, wystarczająco (ł ó ý are the same byte in
      // both pages; 0xB9 is ą in windows-1250, š in ISO-8859-2)
      {"iso-8859-2", "mie\x9C" "cie \x9Fr\xF3" "d\xB3o \x8A\x9D" "astn\xFD wystarczaj\xB9" "co",
       "mie\xC5\x9B" "cie \xC5\xBAr\xC3\xB3" "d\xC5\x82o \xC5\xA0\xC5\xA5" "astn\xC3\xBD wystarczaj\xC4\x85" "co"},
      // Ś Ť Ž Ź š ž, then the bytes above 0xA0 that differ between the
      // pages read by windows-1250 too: ą ± Ą ľ Ľ « »
      {"iso-8859-2", "\x8C\x8D\x8E\x8F\x9A\x9E\xB9\xB1\xA5\xBE\xBC\xAB\xBB",
       "\xC5\x9A\xC5\xA4\xC5\xBD\xC5\xB9\xC5\xA1\xC5\xBE\xC4\x85\xC2\xB1\xC4\x84\xC4\xBE\xC4\xBD\xC2\xAB\xC2\xBB"},
      // “Αθήνα” – ™ (windows-1253 quotes, dash and ™ in ISO-8859-7 Greek)
      {"iso-8859-7", "\x93\xC1\xE8\xDE\xED\xE1\x94 \x96 \x99",
       "\xE2\x80\x9C\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1\xE2\x80\x9D \xE2\x80\x93 \xE2\x84\xA2"},
      // “Άννα”: windows-1253's Ά is 0xA2 (’ in ISO-8859-7)
      {"iso-8859-7", "\x93\xA2\xED\xED\xE1\x94", "\xE2\x80\x9C\xCE\x86\xCE\xBD\xCE\xBD\xCE\xB1\xE2\x80\x9D"},
      // שלום – “עולם” (windows-1255 dash and quotes), under both labels
      {"iso-8859-8", "\xF9\xEC\xE5\xED \x96 \x93\xF2\xE5\xEC\xED\x94",
       "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x80\x93 \xE2\x80\x9C\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D\xE2\x80\x9D"},
      {"iso-8859-8-i", "\x85", "\xE2\x80\xA6"},
      // windows-1255's shekel sign and a point (qamats) with its dash
      {"iso-8859-8", "5\xA4 \x96 \xE0\xC8", "5\xE2\x82\xAA \xE2\x80\x93 \xD7\x90\xD6\xB8"},
      // windows-1257: „ and ” around ISO-8859-13's Šiauliai (Š 0xD0); the
      // rest stays ISO-8859-13 (0xB4 “, ´ in windows-1257)
      {"iso-8859-13", "\x84\xD0iauliai\x94 \xB4", "\xE2\x80\x9E\xC5\xA0iauliai\xE2\x80\x9D \xE2\x80\x9C"},
      // windows-1252 under ISO-8859-15: 0xA4 ¤, 0xBD ½ (€, œ in -15)
      {"iso-8859-15", "\x80 \xA4 \xBD", "\xE2\x82\xAC \xC2\xA4 \xC2\xBD"},
      // Holes of the sister page: U+FFFD.
      {"iso-8859-2", "a\x81" "b\x98", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD"},
      // No sister page (Cyrillic, Arabic, Latin-3/4/10/14/16): U+FFFD.
      {"iso-8859-5", "\xBC\x9C", "\xD0\x9C\xEF\xBF\xBD"},
      {"iso-8859-4", "\x92", "\xEF\xBF\xBD"},
      {"iso-8859-6", "\x92", "\xEF\xBF\xBD"},
      // Real ISO-8859 text (no byte in 0x80..0x9F) decodes by its label:
      // wystarczająco Świętym źródło Ľubomír; Ά; € œ.
      {"iso-8859-2", "wystarczaj\xB1" "co \xA6wi\xEAtym \xBCr\xF3" "d\xB3o \xA5ubom\xEDr",
       "wystarczaj\xC4\x85" "co \xC5\x9Awi\xC4\x99tym \xC5\xBAr\xC3\xB3" "d\xC5\x82o \xC4\xBDubom\xC3\xADr"},
      {"iso-8859-7", "\xB6", "\xCE\x86"},
      {"iso-8859-15", "\xA4 \xBD", "\xE2\x82\xAC \xC5\x93"},
  };
  for (const Case& c : cases) {
    std::string out;
    DecodeToUtf8(c.bytes, c.charset, &out);
    EXPECT_EQ(out, c.utf8) << c.charset;
  }
  // One C1 byte anywhere (eight-byte steps and the tail) turns the page:
  // 0xB9 is ą then, š without it.
  for (size_t at = 0; at < 21; ++at) {
    std::string bytes(21, 'a'), out;
    bytes[(at + 7) % 21] = '\xB9';
    DecodeToUtf8(bytes, "iso-8859-2", &out);
    EXPECT_NE(out.find("\xC5\xA1"), std::string::npos) << at;
    bytes[at] = '\x9C';
    DecodeToUtf8(bytes, "iso-8859-2", &out);
    EXPECT_NE(out.find("\xC5\x9B"), std::string::npos) << at;
    EXPECT_NE(out.find("\xC4\x85"), std::string::npos) << at;
  }
  for (unsigned b = 0x7F; b <= 0xA0; ++b) {  // the bounds: only 0x80..0x9F count
    std::string bytes(16, 'a'), out;
    bytes[3] = char(b);
    bytes[12] = '\xB9';
    DecodeToUtf8(bytes, "iso-8859-2", &out);
    EXPECT_NE(out.find(b >= 0x80 && b <= 0x9F ? "\xC4\x85" : "\xC5\xA1"), std::string::npos) << b;
  }
  // Mostly-UTF-8 bytes under an ISO-8859-2 label: a stray C1 byte too.
  std::string out;
  CharsetDecision d{"utf-8", "meta", 0, false, "iso-8859-2"};
  DecodeToUtf8("\xC5\x82\xC3\xB3 mie\x9C" "cie", d, &out);
  EXPECT_EQ(out, "\xC5\x82\xC3\xB3 mie\xC5\x9B" "cie");
}

// Invalid sequences become U+FFFD and the text around them stays; NUL
// bytes neither stop nor crash decoding.
TEST(Charset, InvalidBytesAndNuls) {
  std::string out;
  DecodeToUtf8(std::string("a\0b\xC3(c\xE2\x82", 8), "utf-8", &out);
  EXPECT_EQ(out.substr(0, 8), std::string("a\0b\xEF\xBF\xBD(c", 8));
  EXPECT_EQ(out.substr(out.size() - 3), "\xEF\xBF\xBD");
  EXPECT_TRUE(IsValidUtf8(out));
  DecodeToUtf8(std::string("\xD6\xD0\0\xFF" "abc", 7), "gbk", &out);
  EXPECT_EQ(out.substr(0, 3), "\xE4\xB8\xAD");
  EXPECT_NE(out.find("abc"), std::string::npos);
  EXPECT_TRUE(IsValidUtf8(out));
  // ISO-2022-JP cut in the middle of a character.
  DecodeToUtf8("\x1B$BEl5", "iso-2022-jp", &out);
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_EQ(out.substr(0, 3), "\xE6\x9D\xB1");
}

// The caller's charset as it comes from an HTTP header: quoted, any case,
// or the whole Content-Type value with more parameters.
TEST(Charset, CallerCharsetAsTheHeaderGivesIt) {
  EXPECT_EQ(CallerCharset("latin1"), "windows-1252");
  EXPECT_EQ(CallerCharset("\"Windows-1251\""), "windows-1251");
  EXPECT_EQ(CallerCharset("'koi8-r'"), "koi8-r");
  EXPECT_EQ(CallerCharset("text/html; Charset=\"Windows-1251\"; format=flowed"), "windows-1251");
  EXPECT_EQ(CallerCharset("windows-1251; format=flowed"), "windows-1251");
  EXPECT_EQ(CallerCharset("text/html"), "");
  EXPECT_EQ(CallerCharset("\""), "");
  const std::string page = "<p>\xCC\xEE\xF1\xEA\xE2\xE0</p>";
  EXPECT_EQ(SniffCharset(page, "\"Windows-1251\"").charset, "windows-1251");
  EXPECT_EQ(SniffCharset(page, "\"Windows-1251\"").source, "caller");
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
