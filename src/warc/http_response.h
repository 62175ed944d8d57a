// HttpResponse: an HTTP/1.x response message as a WARC response record
// stores it (RFC 9112): status line, header fields, body; and the decoding
// of its body (chunked transfer coding, gzip/deflate/br content codings).
//
// Thread safety: plain values and free functions.
#ifndef LEDE_WARC_HTTP_RESPONSE_H_
#define LEDE_WARC_HTTP_RESPONSE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/status.h"

namespace lede {

struct HttpResponse {
  int status = 0;  // 200
  std::vector<std::pair<std::string_view, std::string_view>> headers;
  std::string_view body;  // as transferred (possibly chunked and encoded)
  // The head ran to the message's end with no blank line after it: the
  // body, if any, is what follows its first line of markup (a line that
  // opens with '<', which no field name does).
  bool head_unended = false;

  // The first field of that name (ASCII case-insensitive), "" when absent.
  std::string_view Header(std::string_view name) const;
};

// Parses `message`. The views in `*out` point into `message`. Interim 1xx
// responses stored before the final one (100 Continue) are passed over.
// kCorruptInput (message starting "http:") when there is no status line.
// A head without the blank line that ends it (a recorder that dropped it)
// ends at its first line of markup, which begins the body (head_unended).
Status ParseHttpResponse(std::string_view message, HttpResponse* out);

// Removes the chunked transfer coding (RFC 9112 section 7.1). Lenient: a
// body cut short keeps the chunks it had; a body that is not chunked at all
// (crawlers often store it decoded but keep the header) is copied as is.
// Returns nullptr when the framing was whole, else a note saying why not:
// the body was cut short (a chunk holds fewer bytes than its size line says,
// or the body ends before the last-chunk "0"), and what arrived is kept; or
// a chunk size past 2^40 (no body has one: a broken writer or a hostile
// one), which ends the framing there, the bytes after its line kept as the
// body (never the size line in the text).
const char* Dechunk(std::string_view body, std::string* out);

// The body's payload: transfer coding removed, then the content codings in
// Content-Encoding undone (gzip, x-gzip, deflate, br, identity). A body cut
// short keeps what decoded. Errors: kUnsupported ("content_encoding: ...")
// for an unknown coding, kCorruptInput when nothing decodes, kLimitExceeded
// past `max_bytes`. `*out` may alias nothing in `response`. When the body
// was cut short and only a part decoded, `*cut` (if given) says so
// ("chunked body ends inside a chunk", "gzip: truncated: ... (N bytes
// recovered)"); it is cleared otherwise, so a partial page is never silent.
Status DecodeHttpBody(const HttpResponse& response, size_t max_bytes, std::string* out,
                      std::string* cut = nullptr);

// Content-Type parts: the media type in lower case ("text/html") and the
// charset parameter without quotes ("" when absent).
struct ContentType {
  std::string media_type;
  std::string charset;
};
ContentType ParseContentType(std::string_view value);

}  // namespace lede

#endif  // LEDE_WARC_HTTP_RESPONSE_H_
