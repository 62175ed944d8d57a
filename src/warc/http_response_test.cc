// HTTP responses as WARC stores them: status, fields, chunked transfer
// coding, gzip/deflate/br content codings, charset.
#include "warc/http_response.h"

#include <brotli/encode.h>
#include <gtest/gtest.h>

#include "warc/decompress.h"
#include "zlib_util.h"

namespace lede {
namespace {

std::string Brotli(std::string_view in) {
  size_t n = BrotliEncoderMaxCompressedSize(in.size());
  std::string out(n, '\0');
  BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, in.size(),
                        reinterpret_cast<const uint8_t*>(in.data()), &n, reinterpret_cast<uint8_t*>(out.data()));
  out.resize(n);
  return out;
}

std::string Chunk(std::string_view body, size_t piece) {
  std::string out;
  char hex[32];
  for (size_t i = 0; i < body.size(); i += piece) {
    std::string_view c = body.substr(i, piece);
    std::snprintf(hex, sizeof hex, "%zx", c.size());
    out.append(hex).append(i == 0 ? ";ext=1\r\n" : "\r\n").append(c).append("\r\n");
  }
  return out + "0\r\n\r\n";
}

const std::string kHtml = "<html><body><p>" + std::string(3000, 'q') + " caf\xc3\xa9</p></body></html>";

std::string Decode(const std::string& headers, const std::string& body, Status* st_out = nullptr) {
  const std::string msg = "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
  HttpResponse r;
  EXPECT_TRUE(ParseHttpResponse(msg, &r).ok());
  std::string out;
  Status st = DecodeHttpBody(r, 1u << 20, &out);
  if (st_out) *st_out = st;
  else EXPECT_TRUE(st.ok()) << st.ToString();
  return out;
}

// A head that lost its blank line: the page was read as more fields, the
// body left empty and the record skipped as "empty" (hostile38). The first
// line of markup begins the body; a folded field line (white space first,
// as a Link value's "<...>") does not.
TEST(HttpResponse, AHeadWithoutItsBlankLineEndsAtTheMarkup) {
  HttpResponse r;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-A: b\r\n<html><p>words</p>\r\nmore", &r).ok());
  EXPECT_EQ(r.Header("x-a"), "b");
  EXPECT_TRUE(r.head_unended);
  EXPECT_EQ(r.body, "<html><p>words</p>\r\nmore");
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nLink: </a.css>;\r\n <b.css>; rel=preload\r\n\r\nbody", &r).ok());
  EXPECT_FALSE(r.head_unended);
  EXPECT_EQ(r.body, "body");
  // Fields to the end and no markup: no body, as before.
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-A: b", &r).ok());
  EXPECT_EQ(r.body, "");
  EXPECT_FALSE(r.head_unended);
}

TEST(HttpResponse, StatusAndFields) {
  HttpResponse r;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\nX-A:  b \r\n\r\nbody", &r).ok());
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.Header("content-type"), "text/html");
  EXPECT_EQ(r.Header("x-a"), "b");
  EXPECT_EQ(r.body, "body");
  ASSERT_TRUE(ParseHttpResponse("HTTP/2 200\nContent-Type: text/html\n\nx", &r).ok());
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "x");
  EXPECT_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n", &r).ok());
  EXPECT_FALSE(ParseHttpResponse("HTTP/1.1 abc\r\n\r\n", &r).ok());
}

// 1xx interim responses before the final one are passed over; a long run
// of them is read once (each round starts where the last one stopped).
TEST(HttpResponse, InterimResponsesArePassedOver) {
  HttpResponse r;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-A: b\r\n\r\nbody", &r).ok());
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Header("X-A"), "b");
  EXPECT_EQ(r.body, "body");
  std::string many;
  for (int i = 0; i < 200000; ++i) many += "HTTP/1.1 100 Continue\r\n\r\n";
  ASSERT_TRUE(ParseHttpResponse(many + "HTTP/1.1 204 No Content\r\n\r\n", &r).ok());
  EXPECT_EQ(r.status, 204);
  ASSERT_TRUE(ParseHttpResponse(many, &r).ok());  // no final response: the last interim one
  EXPECT_EQ(r.status, 100);
  EXPECT_TRUE(r.body.empty());
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 101 Switching Protocols\r\n\r\nHTTP/1.1 200 OK\r\n\r\n", &r).ok());
  EXPECT_EQ(r.status, 101);
}

TEST(HttpResponse, Identity) { EXPECT_EQ(Decode("Content-Type: text/html\r\n", kHtml), kHtml); }

TEST(HttpResponse, Chunked) {
  EXPECT_EQ(Decode("Transfer-Encoding: chunked\r\n", Chunk(kHtml, 1000)), kHtml);
  // Cut inside a chunk: what arrived is kept.
  std::string cut = Chunk(kHtml, 1000);
  cut.resize(1500);
  EXPECT_EQ(kHtml.compare(0, Decode("Transfer-Encoding: chunked\r\n", cut).size(), Decode("Transfer-Encoding: chunked\r\n", cut)), 0);
  // Declared chunked but stored decoded (as some crawlers do).
  EXPECT_EQ(Decode("Transfer-Encoding: chunked\r\n", kHtml), kHtml);
}

TEST(HttpResponse, Gzip) {
  EXPECT_EQ(Decode("Content-Encoding: gzip\r\n", testing::Deflate(kHtml, 31)), kHtml);
  EXPECT_EQ(Decode("Content-Encoding: x-gzip\r\n", testing::Deflate(kHtml, 31)), kHtml);
  // Declared gzip, stored decoded.
  EXPECT_EQ(Decode("Content-Encoding: gzip\r\n", kHtml), kHtml);
  // Chunked and gzip together.
  EXPECT_EQ(Decode("Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", Chunk(testing::Deflate(kHtml, 31), 100)), kHtml);
  // A cut gzip body keeps what decoded.
  std::string gz = testing::Deflate(kHtml + kHtml + kHtml, 31);
  gz.resize(gz.size() / 2);
  std::string partial = Decode("Content-Encoding: gzip\r\n", gz);
  EXPECT_GT(partial.size(), 0u);
  EXPECT_EQ((kHtml + kHtml + kHtml).compare(0, partial.size(), partial), 0);
}

// A body cut short decodes partly, and says so: the WARC path marks the page
// "payload_truncated" instead of passing a fragment off as the whole page.
TEST(HttpResponse, CutBodySaysWhatIsMissing) {
  auto decode = [](const std::string& headers, const std::string& body, std::string* cut) {
    HttpResponse r;
    const std::string msg = "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
    EXPECT_TRUE(ParseHttpResponse(msg, &r).ok());
    std::string out;
    *cut = "stale";
    EXPECT_TRUE(DecodeHttpBody(r, 1u << 20, &out, cut).ok());
    return out;
  };
  std::string cut;
  EXPECT_EQ(decode("Transfer-Encoding: chunked\r\n", Chunk(kHtml, 1000), &cut), kHtml);
  EXPECT_EQ(cut, "");
  EXPECT_EQ(decode("Transfer-Encoding: chunked\r\n", kHtml, &cut), kHtml);  // stored decoded
  EXPECT_EQ(cut, "");
  // Cut inside a chunk, cut between chunks (no last-chunk), garbage after a chunk.
  std::string chunked = Chunk(kHtml, 1000);
  decode("Transfer-Encoding: chunked\r\n", chunked.substr(0, 1500), &cut);
  EXPECT_NE(cut.find("chunked"), std::string::npos) << cut;
  decode("Transfer-Encoding: chunked\r\n", chunked.substr(0, chunked.find("\r\n", 1010) + 2), &cut);
  EXPECT_NE(cut.find("chunked"), std::string::npos) << cut;
  decode("Transfer-Encoding: chunked\r\n", chunked.substr(0, 1010) + "zz\r\nxx", &cut);
  EXPECT_NE(cut.find("chunked"), std::string::npos) << cut;
  // A chunk size past 2^40 (first or later chunk) ends the framing: the
  // rest is the body, and the size line is never in the text.
  EXPECT_EQ(decode("Transfer-Encoding: chunked\r\n", "100000000000000\r\n" + kHtml, &cut), kHtml);
  EXPECT_NE(cut.find("2^40"), std::string::npos) << cut;
  EXPECT_EQ(decode("Transfer-Encoding: chunked\r\n", "5\r\nabcde\r\nffffffffffffffffffff;x=1\r\n" + kHtml, &cut),
            "abcde" + kHtml);
  EXPECT_NE(cut.find("2^40"), std::string::npos) << cut;
  std::string gz = testing::Deflate(kHtml + kHtml + kHtml, 31);
  EXPECT_EQ(decode("Content-Encoding: gzip\r\n", gz, &cut), kHtml + kHtml + kHtml);
  EXPECT_EQ(cut, "");
  gz.resize(gz.size() / 2);
  decode("Content-Encoding: gzip\r\n", gz, &cut);
  EXPECT_EQ(cut.rfind("gzip: truncated", 0), 0u) << cut;
  // So for brotli (the decoders share the wording: DecodeGrowing); a
  // brotli body this small decodes nothing before its cut: an error.
  std::string br = Brotli(kHtml + kHtml + kHtml);
  br.resize(br.size() / 2);
  Status st;
  Decode("Content-Encoding: br\r\n", br, &st);
  EXPECT_EQ(st.code(), StatusCode::kCorruptInput);
  EXPECT_NE(st.message().find("truncated: brotli stream ends early"), std::string::npos) << st.ToString();
}

TEST(HttpResponse, TransferCodings) {
  // "Transfer-Encoding: gzip, chunked": gzipped, then chunked. Only the
  // chunking was undone: the page's text was the gzip bytes.
  EXPECT_EQ(Decode("Transfer-Encoding: gzip, chunked\r\n", Chunk(testing::Deflate(kHtml, 31), 100)), kHtml);
  EXPECT_EQ(Decode("Transfer-Encoding: deflate\r\n", testing::Deflate(kHtml, 15)), kHtml);
  // Under a content coding: the transfer coding is undone first.
  EXPECT_EQ(Decode("Content-Encoding: br\r\nTransfer-Encoding: gzip, chunked\r\n",
                   Chunk(testing::Deflate(Brotli(kHtml), 31), 100)),
            kHtml);
  // Stored decoded, or a coding lede does not know: the bytes as they are.
  Status st;
  EXPECT_EQ(Decode("Transfer-Encoding: deflate, chunked\r\n", Chunk(kHtml, 100), &st), kHtml);
  EXPECT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(Decode("Transfer-Encoding: compress\r\n", kHtml, &st), kHtml);
  EXPECT_TRUE(st.ok()) << st.ToString();
}

TEST(HttpResponse, Deflate) {
  EXPECT_EQ(Decode("Content-Encoding: deflate\r\n", testing::Deflate(kHtml, 15)), kHtml);   // zlib
  EXPECT_EQ(Decode("Content-Encoding: deflate\r\n", testing::Deflate(kHtml, -15)), kHtml);  // raw
}

TEST(HttpResponse, Brotli) {
  EXPECT_EQ(Decode("Content-Encoding: br\r\n", Brotli(kHtml)), kHtml);
  EXPECT_EQ(Decode("Content-Encoding: gzip, br\r\n", Brotli(testing::Deflate(kHtml, 31))), kHtml);
}

TEST(HttpResponse, BadEncodings) {
  Status st;
  Decode("Content-Encoding: compress\r\n", kHtml, &st);
  EXPECT_EQ(st.code(), StatusCode::kUnsupported);
  EXPECT_EQ(st.message().rfind("content_encoding", 0), 0u);
  Decode("Content-Encoding: br\r\n", "\xff\xff\xff not brotli", &st);
  EXPECT_EQ(st.code(), StatusCode::kCorruptInput);
  // A page stored decoded under br or deflate (no magic tells, as gzip's
  // does): kept as it is when nothing decodes and it opens as markup.
  for (const char* ce : {"br", "deflate", "gzip, br"}) {
    EXPECT_EQ(Decode("Content-Encoding: " + std::string(ce) + "\r\n", " \r\n" + kHtml, &st), " \r\n" + kHtml) << ce;
    EXPECT_TRUE(st.ok()) << ce << ": " << st.ToString();
  }
  Decode("Content-Encoding: br\r\n", "not <markup>", &st);
  EXPECT_EQ(st.code(), StatusCode::kCorruptInput);
  // Past the size limit.
  const std::string big = testing::Deflate(std::string(2u << 20, 'a'), 31);
  HttpResponse r;
  const std::string msg = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + big;
  ASSERT_TRUE(ParseHttpResponse(msg, &r).ok());
  std::string out;
  st = DecodeHttpBody(r, 1u << 20, &out);
  EXPECT_EQ(st.code(), StatusCode::kLimitExceeded);
  EXPECT_EQ(st.message().rfind("max_input_bytes", 0), 0u);
  // A body labelled gzip but stored decoded (no gzip magic: left as it is)
  // is held to the same limit.
  // (The response's fields view the message: it outlives them.)
  const std::string head = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n";
  const std::string stored_big = head + std::string(2u << 20, 'a');
  HttpResponse stored;
  ASSERT_TRUE(ParseHttpResponse(stored_big, &stored).ok());
  st = DecodeHttpBody(stored, 1u << 20, &out);
  EXPECT_EQ(st.code(), StatusCode::kLimitExceeded);
  EXPECT_EQ(st.message().rfind("max_input_bytes", 0), 0u);
  // Under the limit it comes out as stored.
  const std::string stored_small = head + kHtml;
  ASSERT_TRUE(ParseHttpResponse(stored_small, &stored).ok());
  ASSERT_TRUE(DecodeHttpBody(stored, 1u << 20, &out).ok());
  EXPECT_EQ(out, kHtml);
}

TEST(HttpResponse, ContentTypeCharset) {
  ContentType ct = ParseContentType("Text/HTML; Charset=\"ISO-8859-1\"");
  EXPECT_EQ(ct.media_type, "text/html");
  EXPECT_EQ(ct.charset, "ISO-8859-1");
  ct = ParseContentType("text/html;foo=bar; charset=utf-8");
  EXPECT_EQ(ct.charset, "utf-8");
  ct = ParseContentType("application/pdf");
  EXPECT_EQ(ct.media_type, "application/pdf");
  EXPECT_EQ(ct.charset, "");
}

}  // namespace
}  // namespace lede
