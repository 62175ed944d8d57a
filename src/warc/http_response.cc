#include "warc/http_response.h"

#include "core/text.h"
#include "warc/decompress.h"

namespace lede {

std::string_view HttpResponse::Header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (EqualsIgnoreCase(k, name)) return v;
  return {};
}

namespace {

// One response message: status line, fields, the rest as its body.
Status ParseOneResponse(std::string_view m, HttpResponse* out) {
  out->headers.clear();
  out->status = 0;
  out->body = {};
  out->head_unended = false;
  if (!StartsWithIgnoreCase(m, "HTTP/")) return Status::Corrupt("http: no status line");
  size_t i = 0;
  bool first = true;
  for (;;) {
    size_t e = m.find('\n', i);
    if (e == std::string_view::npos) {
      // Headers without a body (cut short): keep what was there.
      e = m.size();
    }
    std::string_view line = m.substr(i, e - i);
    const size_t line_start = i;
    i = e + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!first && !line.empty() && line.front() == '<') {
      // Markup where a field should be: a head whose blank line was lost
      // (hostile38: the page was read as fields, its body empty, the record
      // skipped as "empty"). The body starts here. (A field name is a
      // token, '<' is none; a folded line opens with white space.)
      out->head_unended = true;
      i = line_start;
      break;
    }
    if (first) {
      // "HTTP/1.1 200 OK"; the reason phrase is optional.
      const size_t sp = line.find(' ');
      if (sp == std::string_view::npos) return Status::Corrupt("http: bad status line");
      std::string_view code = Trim(line.substr(sp + 1));
      int status = 0, digits = 0;
      while (digits < 3 && digits < int(code.size()) && IsAsciiDigit(code[digits]))
        status = status * 10 + (code[digits++] - '0');
      if (digits != 3) return Status::Corrupt("http: bad status line");
      out->status = status;
      first = false;
    } else if (line.empty()) {
      break;
    } else {
      const size_t colon = line.find(':');
      if (colon != std::string_view::npos && colon > 0)
        out->headers.emplace_back(Trim(line.substr(0, colon)), Trim(line.substr(colon + 1)));
      // A field line without a colon is ignored, as browsers do.
    }
    if (i >= m.size()) {
      i = m.size();
      break;
    }
  }
  out->body = m.substr(std::min(i, m.size()));
  return Status::Ok();
}

}  // namespace

Status ParseHttpResponse(std::string_view m, HttpResponse* out) {
  Status st = ParseOneResponse(m, out);
  // Interim responses ("HTTP/1.1 100 Continue", "103 Early Hints") come
  // before the final one, and a recorder may store them with it: the
  // response is the one after them (RFC 9110 section 15.2); taken as the
  // response, the page was skipped for its status. 101 switches protocols:
  // what follows is no HTTP. Each round reads on past the lines the last
  // one read: linear.
  while (st.ok() && out->status >= 100 && out->status <= 199 && out->status != 101 &&
         StartsWithIgnoreCase(out->body, "HTTP/"))
    st = ParseOneResponse(out->body, out);
  return st;
}

// Undoes chunked framing into `*out`. nullptr when the framing was whole
// (or absent: a body stored decoded is kept as it is), else why it is not
// (what arrived is kept).
const char* Dechunk(std::string_view body, std::string* out) {
  static constexpr const char* kCut = "chunked body ends inside a chunk or before its last chunk";
  out->clear();
  size_t i = 0;
  bool any = false;
  while (i < body.size()) {
    // chunk-size [; ext] CRLF
    size_t size = 0;
    size_t j = i;
    int digits = 0;
    bool huge = false;  // past 2^40: no body is that large
    while (j < body.size()) {
      const char c = body[j];
      int v;
      if (c >= '0' && c <= '9') v = c - '0';
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') v = (c | 0x20) - 'a' + 10;
      else break;
      if (size > (size_t(1) << 40)) huge = true;
      else size = size * 16 + size_t(v);
      ++digits;
      ++j;
    }
    const size_t eol = body.find('\n', j);
    const bool line_ok = digits > 0 && eol != std::string_view::npos &&
                         (j == eol || body[j] == ';' || body[j] == ' ' || body[j] == '\t' || body[j] == '\r');
    if (!line_ok) {
      // Not chunked after all (the crawler stored the body decoded): keep it.
      if (!any) {
        out->assign(body.data(), body.size());
        return nullptr;
      }
      return kCut;  // garbage where the next size line should be
    }
    any = true;
    i = eol + 1;
    // A size no body has ends the framing: the rest is the body as it
    // came (the size line never reaches the text).
    if (huge) {
      out->append(body.data() + i, body.size() - i);
      return "chunk size past 2^40: the framing ends there, the rest is kept as the body";
    }
    if (size == 0) return nullptr;  // last-chunk; trailers are ignored
    const size_t take = std::min(size, body.size() - i);
    out->append(body.data() + i, take);
    if (take < size) return kCut;  // cut inside a chunk
    i += take;
    // CRLF after the chunk data.
    if (i < body.size() && body[i] == '\r') ++i;
    if (i < body.size() && body[i] == '\n') ++i;
  }
  return any ? kCut : nullptr;  // chunks, then no last-chunk: the rest is missing
}

namespace {

// The content and transfer codings lede undoes, by name, with their
// decoders: the one list of what is known.
struct KnownCoding {
  std::string_view name;
  Status (*decode)(std::string_view in, size_t max_bytes, std::string* out);
  bool gzip_magic;  // encoded bytes open with gzip's magic (without it: stored decoded)
};
constexpr KnownCoding kKnownCodings[] = {
    {"gzip", Gunzip, true},
    {"x-gzip", Gunzip, true},
    {"deflate", InflateHttpDeflate, false},
    {"br", BrotliDecode, false},
};

// Bytes that open as markup ('<' after whitespace or a BOM): a body stored
// decoded under a coding with no magic of its own (br, deflate) that does
// not decode.
bool OpensAsMarkup(std::string_view b) {
  if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
  size_t i = 0;
  while (i < b.size() && i < 4096 && IsAsciiSpace(static_cast<unsigned char>(b[i]))) ++i;
  return i < b.size() && b[i] == '<';
}

// The coding named `name` (lower case), or null.
const KnownCoding* FindCoding(std::string_view name) {
  for (const KnownCoding& k : kKnownCodings)
    if (k.name == name) return &k;
  return nullptr;
}

}  // namespace

Status DecodeHttpBody(const HttpResponse& r, size_t max_bytes, std::string* out, std::string* cut) {
  std::string transfer;
  std::string_view payload = r.body;
  std::string cut_note;
  if (ContainsIgnoreCase(r.Header("Transfer-Encoding"), "chunked")) {
    if (const char* note = Dechunk(r.body, &transfer)) cut_note = note;
    payload = transfer;
  }
  if (cut) cut->clear();
  // Content codings, applied in the order listed, then the transfer codings
  // other than chunked ("Transfer-Encoding: gzip, chunked": the body was
  // gzipped, then chunked): undo from the last. A transfer coding lede does
  // not know, or whose bytes do not decode (a crawler that stored the body
  // decoded but kept the field), leaves the bytes as they are.
  struct Coding {
    std::string name;
    const KnownCoding* known;  // null: one lede does not know
    bool transfer;
  };
  std::vector<Coding> codings;
  for (const bool transfer : {false, true}) {
    std::string_view list = r.Header(transfer ? "Transfer-Encoding" : "Content-Encoding");
    while (!list.empty()) {
      const size_t comma = list.find(',');
      std::string c = ToLowerAscii(Trim(list.substr(0, comma)));
      const KnownCoding* known = FindCoding(c);
      if (!c.empty() && c != "identity" && (!transfer || known)) codings.push_back({std::move(c), known, transfer});
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
  }
  // The limit holds for the body as it comes out, whichever codings were
  // undone or left (a body labelled gzip but stored decoded is no smaller).
  auto too_big = [max_bytes](size_t n) {
    return Status::LimitExceeded("max_input_bytes: body is " + std::to_string(n) + " bytes, limit " +
                                 std::to_string(max_bytes));
  };
  if (codings.empty()) {
    if (payload.size() > max_bytes) return too_big(payload.size());
    out->assign(payload.data(), payload.size());
    if (cut) *cut = std::move(cut_note);
    return Status::Ok();
  }
  std::string a(payload), b;
  for (size_t k = codings.size(); k-- > 0;) {
    const std::string& c = codings[k].name;
    const KnownCoding* known = codings[k].known;
    if (!known) return Status::Unsupported("content_encoding: '" + c + "' is not supported");
    // Crawlers often store the body already decoded: no magic, no gzip.
    if (known->gzip_magic && !HasGzipMagic(a)) continue;
    Status st = known->decode(a, max_bytes, &b);
    if (!st.ok()) {
      if (st.code() == StatusCode::kLimitExceeded) return st;
      if (codings[k].transfer && b.empty()) continue;
      // Stored decoded with the field kept (as with gzip, whose magic tells):
      // the page was lost with a content_encoding error.
      if (b.empty() && !known->gzip_magic && OpensAsMarkup(a)) continue;
      // A cut body decodes partly; keep that. Nothing decoded: an error.
      if (b.empty()) return Status::Corrupt("content_encoding: " + c + ": " + std::string(st.message()));
      if (cut_note.empty()) cut_note = c + ": " + std::string(st.message());
    }
    a.swap(b);
  }
  if (a.size() > max_bytes) return too_big(a.size());
  *out = std::move(a);
  if (cut) *cut = std::move(cut_note);
  return Status::Ok();
}

ContentType ParseContentType(std::string_view value) {
  ContentType ct;
  const size_t semi = value.find(';');
  ct.media_type = ToLowerAscii(Trim(value.substr(0, semi)));
  if (semi == std::string_view::npos) return ct;
  std::string_view params = value.substr(semi + 1);
  while (!params.empty()) {
    const size_t next = params.find(';');
    std::string_view p = Trim(params.substr(0, next));
    const size_t eq = p.find('=');
    if (eq != std::string_view::npos && EqualsIgnoreCase(Trim(p.substr(0, eq)), "charset")) {
      std::string_view v = Trim(p.substr(eq + 1));
      if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.substr(1, v.size() - 2);
      ct.charset = std::string(Trim(v));
      break;
    }
    if (next == std::string_view::npos) break;
    params.remove_prefix(next + 1);
  }
  return ct;
}

}  // namespace lede
