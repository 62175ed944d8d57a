// ExtractWarcRecord: which records become articles, which are skipped and
// why, and the JSON line with provenance.
#include <gtest/gtest.h>

#include "core/json.h"
#include "lede/warc.h"
#include "zlib_util.h"

namespace lede {
namespace {

const std::string kArticle =
    "<html><head><title>Caf\xe9 opens</title></head><body><article><h1>Caf\xe9 opens</h1><p>" +
    std::string("The caf\xe9 on the corner opened its doors this morning to a long queue of neighbours. ") +
    std::string("Its owner said the na\xefve plan had worked. ") + "</p></article></body></html>";

WarcRecord Response(const std::string& http, const std::string& type = "response") {
  WarcRecord r;
  r.type = type;
  r.record_id = "<urn:uuid:1>";
  r.target_uri = "http://example.com/a";
  r.date = "2024-05-06T07:08:09Z";
  r.block = http;
  r.offset = 1234;
  return r;
}

std::string Http(const std::string& status, const std::string& headers, const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body;
}

WarcArticle ExtractOne(const WarcRecord& r, const WarcExtractOptions& o = {}) {
  Extractor ex;
  return ExtractWarcRecord(&ex, r, "f.warc.gz", o);
}

TEST(WarcExtract, CharsetFromContentTypeReachesDecoder) {
  WarcArticle a = ExtractOne(Response(Http("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\n", kArticle)));
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted) << a.message;
  EXPECT_TRUE(a.html);
  EXPECT_EQ(a.article.charset_source, "caller");
  EXPECT_NE(a.article.text.find("caf\xc3\xa9"), std::string::npos) << a.article.text;
  Result<JsonDocument> j = ParseJson(ToJson(a));
  ASSERT_TRUE(j.ok());
  EXPECT_EQ(j->root().Get("id")->str(), "<urn:uuid:1>");
  EXPECT_EQ(j->root().Get("url")->str(), "http://example.com/a");
  EXPECT_EQ(j->root().Get("warc_date")->str(), "2024-05-06T07:08:09Z");
  EXPECT_EQ(j->root().Get("warc_file")->str(), "f.warc.gz");
  EXPECT_EQ(j->root().Get("offset")->str(), "1234");
  EXPECT_TRUE(j->root().Get("text")->is_string());
}

TEST(WarcExtract, SkippedByReason) {
  EXPECT_EQ(ExtractOne(Response("GET / HTTP/1.1\r\n\r\n", "request")).reason, "request");
  EXPECT_EQ(ExtractOne(Response("software: x\r\n", "warcinfo")).reason, "warcinfo");
  EXPECT_EQ(ExtractOne(Response("via: x\r\n", "metadata")).reason, "metadata");
  EXPECT_EQ(ExtractOne(Response("x", "Revisit")).reason, "revisit");
  // Types WARC 1.1 does not name are one reason (each was a stats key and a
  // word of the summary, raw bytes included).
  EXPECT_EQ(ExtractOne(Response("x", "type7\xff")).reason, "unknown_type");
  EXPECT_EQ(ExtractOne(Response("x", "")).reason, "unknown_type");
  EXPECT_EQ(ExtractOne(Response(Http("404 Not Found", "Content-Type: text/html\r\n", kArticle))).reason, "http_status");
  EXPECT_EQ(ExtractOne(Response(Http("301 Moved", "Location: /b\r\n", ""))).reason, "http_status");
  EXPECT_EQ(ExtractOne(Response(Http("200 OK", "Content-Type: image/png\r\n", "\x89PNG"))).reason, "not_html");
  EXPECT_EQ(ExtractOne(Response(Http("200 OK", "", "{\"json\": true}"))).reason, "not_html");
  EXPECT_EQ(ExtractOne(Response(Http("200 OK", "Content-Type: text/html\r\n", "  \r\n"))).reason, "empty");
  EXPECT_EQ(ExtractOne(Response("20 bytes of dns data")).reason, "not_http");
  WarcArticle a = ExtractOne(Response(Http("200 OK", "Content-Type: image/png\r\n", "x")));
  EXPECT_EQ(a.outcome, WarcArticle::Outcome::kSkipped);
  EXPECT_FALSE(a.html);
}

// The HTTP header's charset as servers write it (quoted, any case, more
// parameters after it) reaches the decoder and beats the <meta>.
TEST(WarcExtract, QuotedCharsetWithParametersBeatsMeta) {
  // Москва — a windows-1251 article that also carries a (wrong) koi8-r meta.
  const std::string moscow = "\xCC\xEE\xF1\xEA\xE2\xE0";
  std::string body = "<html><head><meta charset=koi8-r><title>" + moscow + "</title></head><body><article><p>";
  for (int i = 0; i < 8; ++i) body += moscow + " \xE8 \xEC\xEE\xF0\xE5, \xE3\xEE\xF0\xEE\xE4 \xE8 \xF0\xE5\xEA\xE0. ";
  body += "</p></article></body></html>";
  WarcArticle a = ExtractOne(Response(
      Http("200 OK", "Content-Type: text/html; Charset=\"Windows-1251\"; format=flowed\r\n", body)));
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted) << a.message;
  EXPECT_EQ(a.article.charset, "windows-1251");
  EXPECT_EQ(a.article.charset_source, "caller");
  EXPECT_NE(a.article.text.find("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"), std::string::npos)
      << a.article.text;
}

TEST(WarcExtract, ResourceRecordsAndSniffing) {
  WarcRecord r = Response(kArticle, "resource");
  r.content_type = "text/html; charset=windows-1252";
  EXPECT_EQ(ExtractOne(r).outcome, WarcArticle::Outcome::kExtracted);
  // No Content-Type: the body is sniffed.
  EXPECT_EQ(ExtractOne(Response(Http("200 OK", "", "<!DOCTYPE html>" + kArticle))).outcome,
            WarcArticle::Outcome::kExtracted);
}

TEST(WarcExtract, Filters) {
  const WarcRecord r = Response(Http("200 OK", "Content-Type: text/html; charset=latin1\r\n",
                                     "<html lang=\"de-AT\">" + kArticle.substr(6)));
  WarcExtractOptions o;
  o.min_chars = 100000;
  EXPECT_EQ(ExtractOne(r, o).reason, "min_chars");
  o.min_chars = 10;
  o.languages = {"en", "fr"};
  EXPECT_EQ(ExtractOne(r, o).reason, "lang");
  o.languages = {"de"};
  EXPECT_EQ(ExtractOne(r, o).outcome, WarcArticle::Outcome::kExtracted);
  o.markdown = true;
  EXPECT_EQ(ExtractOne(r, o).article.text.rfind("# ", 0), 0u) << ExtractOne(r, o).article.text;
}

TEST(WarcExtract, ErrorsCarryTheirReason) {
  WarcExtractOptions o;
  o.extract.limits.max_input_bytes = 100;
  WarcArticle a = ExtractOne(Response(Http("200 OK", "Content-Type: text/html\r\n", kArticle)), o);
  EXPECT_EQ(a.outcome, WarcArticle::Outcome::kError);
  EXPECT_EQ(a.reason, "max_input_bytes");
  a = ExtractOne(Response(Http("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "\xff\xfe junk")));
  EXPECT_EQ(a.outcome, WarcArticle::Outcome::kError);
  EXPECT_EQ(a.reason, "content_encoding");
  EXPECT_TRUE(a.html);
  a = WarcReadError(Status::Corrupt("truncated: record at offset 5"), "x.warc");
  EXPECT_EQ(a.reason, "truncated");
}

// "Transfer-Encoding: gzip" without chunked (a response read to the
// connection's close) is undone like any transfer coding: the body was
// taken in place, and the page's text was the gzip bytes.
TEST(WarcExtract, TransferCodingWithoutChunkedIsUndone) {
  for (const char* te : {"gzip", "GZIP ", "x-gzip"}) {
    WarcArticle a = ExtractOne(Response(Http(
        "200 OK", "Content-Type: text/html; charset=iso-8859-1\r\nTransfer-Encoding: " + std::string(te) + "\r\n",
        testing::Deflate(kArticle, 31))));
    ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted) << te << ": " << a.message;
    EXPECT_NE(a.article.text.find("neighbours"), std::string::npos) << te << ": " << a.article.text;
  }
  // A transfer coding lede does not know: the bytes as they are.
  WarcArticle a = ExtractOne(Response(Http("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: compress\r\n", kArticle)));
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted) << a.message;
  EXPECT_NE(a.article.text.find("neighbours"), std::string::npos) << a.article.text;
}

// Interim responses stored before the final one ("100 Continue", "103
// Early Hints") are passed over: the page was skipped as http_status 100.
TEST(WarcExtract, InterimResponsesBeforeTheFinalOne) {
  const std::string page = Http("200 OK", "Content-Type: text/html; charset=iso-8859-1\r\n", kArticle);
  for (const std::string& interim : {std::string("HTTP/1.1 100 Continue\r\n\r\n"),
                                     std::string("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n")}) {
    WarcArticle a = ExtractOne(Response(interim + page));
    ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted) << a.reason << " " << a.message;
    EXPECT_NE(a.article.text.find("neighbours"), std::string::npos) << a.article.text;
  }
  // Alone, or before a final error: skipped for its status as before.
  EXPECT_EQ(ExtractOne(Response("HTTP/1.1 100 Continue\r\n\r\n")).reason, "http_status");
  EXPECT_EQ(ExtractOne(Response("HTTP/1.1 100 Continue\r\n\r\n" + Http("404 Not Found", "Content-Type: text/html\r\n", kArticle))).reason,
            "http_status");
  // 101 switches protocols: what follows is not read as HTTP.
  EXPECT_EQ(ExtractOne(Response("HTTP/1.1 101 Switching Protocols\r\n\r\n" + page)).reason, "http_status");
}

// A page whose chunked payload was cut short, or that the crawler marked
// WARC-Truncated, is extracted from what arrived and flagged: its JSON
// "limits" name "payload_truncated" and the message says why.
TEST(WarcExtract, CutPayloadIsFlaggedNotSilent) {
  const std::string whole = Http("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                                 "40\r\n" + kArticle.substr(0, 64) + "\r\n0\r\n\r\n");
  WarcArticle a = ExtractOne(Response(whole));
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted) << a.message;
  EXPECT_TRUE(a.article.limits_hit.empty());
  EXPECT_EQ(a.message, "");
  const std::string cut = Http("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                               "400\r\n" + kArticle.substr(0, 200));
  a = ExtractOne(Response(cut));
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted) << a.message;
  ASSERT_EQ(a.article.limits_hit.size(), 1u);
  EXPECT_EQ(a.article.limits_hit[0], "payload_truncated");
  EXPECT_EQ(a.message.rfind("payload_truncated: chunked", 0), 0u) << a.message;
  EXPECT_NE(ToJson(a).find("\"limits\":[\"payload_truncated\"]"), std::string::npos) << ToJson(a);
  WarcRecord marked = Response(Http("200 OK", "Content-Type: text/html\r\n", kArticle));
  marked.headers.push_back({"WARC-Truncated", "length"});
  a = ExtractOne(marked);
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted);
  ASSERT_EQ(a.article.limits_hit.size(), 1u);
  EXPECT_NE(a.message.find("WARC-Truncated: length"), std::string::npos) << a.message;
  // The first segment of a segmented record whose continuations the reader
  // did not find after it (WarcRecord::segments_complete unset): its
  // payload goes on elsewhere, so the page is a part.
  WarcRecord segment = Response(Http("200 OK", "Content-Type: text/html\r\n", kArticle.substr(0, 300)));
  segment.headers.push_back({"WARC-Segment-Number", "1"});
  a = ExtractOne(segment);
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted);
  ASSERT_EQ(a.article.limits_hit.size(), 1u);
  EXPECT_EQ(a.article.limits_hit[0], "payload_truncated");
  EXPECT_NE(a.message.find("WARC-Segment-Number: 1"), std::string::npos) << a.message;
  WarcStats stats;
  stats.Add(a);
  EXPECT_NE(stats.ToString().find("payload_truncated 1"), std::string::npos) << stats.ToString();
  segment.segments = 2;
  a = ExtractOne(segment);
  EXPECT_EQ(a.records, 2u);  // the joined continuation counts as a record read
  ASSERT_EQ(a.article.limits_hit.size(), 1u);
  EXPECT_NE(a.message.find("2 segments joined"), std::string::npos) << a.message;
  // All its segments joined: the whole page, no flag.
  segment.segments_complete = true;
  a = ExtractOne(segment);
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted);
  EXPECT_TRUE(a.article.limits_hit.empty());
  EXPECT_EQ(a.message, "");
}

// A head that lost its blank line: the page was taken for fields and the
// record skipped as "empty" (hostile38). Its markup is the body, and the
// record says why.
TEST(WarcExtract, AHeadWithoutItsBlankLineKeepsThePage) {
  WarcArticle a = ExtractOne(Response("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n" + kArticle));
  ASSERT_EQ(a.outcome, WarcArticle::Outcome::kExtracted) << a.reason << " " << a.message;
  EXPECT_NE(a.article.text.find("caf\xc3\xa9 on the corner"), std::string::npos) << a.article.text;
  EXPECT_NE(a.message.find("no blank line ends the head"), std::string::npos) << a.message;
}

TEST(WarcExtract, StatsSummary) {
  WarcStats s;
  s.Add(ExtractOne(Response(Http("200 OK", "Content-Type: text/html\r\n", kArticle))));
  s.Add(ExtractOne(Response("GET / HTTP/1.1\r\n\r\n", "request")));
  s.Add(WarcReadError(Status::Corrupt("truncated: x"), "f"));
  EXPECT_EQ(s.records, 3u);
  EXPECT_EQ(s.html, 1u);
  EXPECT_EQ(s.extracted, 1u);
  EXPECT_EQ(s.ToString(), "records 3, html 1, extracted 1; skipped 1 (request 1); errors 1 (truncated 1)");
  WarcStats t;
  t.Merge(s);
  t.Merge(s);
  EXPECT_EQ(t.records, 6u);
  EXPECT_EQ(t.errors["truncated"], 2u);
}

}  // namespace
}  // namespace lede
