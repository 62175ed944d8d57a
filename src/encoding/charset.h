// Charset determination and decoding to UTF-8.
//
// Order (WHATWG "encoding sniffing algorithm", simplified):
//   1. byte order mark;
//   2. the charset the caller gives (HTTP Content-Type);
//   3. the <meta charset> / http-equiv prescan of the first 1024 bytes;
//   4. valid UTF-8 is UTF-8; otherwise a <meta> later in the head (up to
//      <body>, 64 KiB), then mostly-UTF-8 (stray bad bytes) is UTF-8,
//      then libuchardet's guess;
//   5. windows-1252.
// ISO-2022-JP, -KR and -CN pages (seven-bit, so valid UTF-8 too) are found
// by their escapes before the UTF-8 check. Bytes that are ISO-2022-KR or
// -CN are read as such under WHATWG's replacement labels too, and the
// decision names them "iso-2022-kr" and "iso-2022-cn" (to WHATWG, labels
// of "replacement", which decodes a whole page to one U+FFFD).
// A declared legacy label (2 or 3) loses to bytes that are UTF-8 (see
// Declared in charset.cc), also with a few stray bad bytes; and a UTF-8
// label (1 to 3) loses to bytes plainly in another charset, once the
// caller's UTF-8 check has failed (SniffCharsetAgain). A UTF-16 BOM on
// bytes without a NUL is set aside.
// Decoding never fails: invalid sequences become U+FFFD (but a UTF-8
// page's short runs of bad bytes that read as windows-1252 text, when it
// holds enough of them and few others: a pasted windows-1252 paragraph;
// bytes a single-byte charset leaves undefined, C1 controls, as WHATWG's indexes;
// an ISO-8859 charset's bytes 0x80..0x9F read by its sister Windows page,
// windows-1250 for ISO-8859-2, or U+FFFD; a page labelled ISO-8859-2, -7,
// -8 or -15 that holds such a byte is decoded whole by windows-1250, 1253,
// 1255 or 1252, its bytes above 0xA0 too: 0xB9 is "ą", not "š". Browsers
// do neither: they show the C1 controls and the label's letters).
#ifndef LEDE_ENCODING_CHARSET_H_
#define LEDE_ENCODING_CHARSET_H_

#include <string>
#include <string_view>

namespace lede {

// WHATWG canonical name (lower-case, e.g. "windows-1252", "gbk") for an
// encoding label, after trimming and case folding; "" if the label is unknown.
std::string_view CanonicalCharset(std::string_view label);

// The WHATWG "prescan a byte stream to determine its encoding" algorithm over
// the first 1024 bytes. Returns the canonical name or "".
std::string_view PrescanMetaCharset(std::string_view bytes);

// Extracts the charset parameter from a Content-Type value
// ("text/html; charset=ISO-8859-1" -> "ISO-8859-1"); "" if none.
std::string_view CharsetFromContentType(std::string_view content_type);

// The canonical name for a charset as a caller gives it from the HTTP
// header: a label ("latin1"), the parameter's value with its quotes
// ("\"Windows-1251\""), or the whole Content-Type value ("text/html;
// charset=koi8-r"). "" if none is known.
std::string_view CallerCharset(std::string_view label);

struct CharsetDecision {
  std::string_view charset;  // canonical name
  std::string_view source;   // "bom", "caller", "meta", "detected", "default"
  size_t bom_length = 0;     // bytes to skip at the start
  // The bytes after the BOM were checked and are valid UTF-8.
  bool valid_utf8 = false;
  // For "utf-8" on bytes that are mostly UTF-8 under a single-byte label:
  // the charset its stray bad bytes are read in ("": U+FFFD).
  std::string_view fallback = {};
};

// A UTF-16 byte order mark on bytes with no NUL is set aside (skipped) as
// a UTF-16 label is.
CharsetDecision SniffCharset(std::string_view bytes, std::string_view caller_label);

// For a decision `cs` of SniffCharset(bytes, caller_label) that takes a
// UTF-8 label (BOM, caller or <meta>) when the bytes turned out not to be
// valid UTF-8: if they are plainly in another charset (at least 8 bad
// bytes, and more than valid multi-byte characters, from the first byte
// above 0x7F over up to 1 MiB), the decision without UTF-8 labels (another label, else
// detected); else `cs`. Browsers keep the label and show U+FFFD for
// every such letter.
CharsetDecision SniffCharsetAgain(std::string_view bytes, std::string_view caller_label, const CharsetDecision& cs);

// Decodes `bytes` (without BOM) from canonical `charset` into `out`
// (replacing its contents). Unknown charsets decode as windows-1252.
void DecodeToUtf8(std::string_view bytes, std::string_view charset, std::string* out);
// The same for a decision (its `fallback` for UTF-8's stray bad bytes;
// without one, runs that read as windows-1252 text, as above).
void DecodeToUtf8(std::string_view bytes, const CharsetDecision& cs, std::string* out);

}  // namespace lede

#endif  // LEDE_ENCODING_CHARSET_H_
