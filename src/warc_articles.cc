// The WARC path of the public API (include/lede/warc.h): a record to an
// article with provenance, its JSON line, and the counts. Lives beside
// lede.cc because it joins the warc stage to extraction.
#include <algorithm>

#include "core/text.h"
#include "lede/warc.h"
#include "serialize/json_writer.h"
#include "warc/http_response.h"

namespace lede {
namespace {

bool IsHtmlMediaType(std::string_view t) {
  return t == "text/html" || t == "application/xhtml+xml" || t == "application/xhtml" ||
         t == "application/vnd.wap.xhtml+xml";
}

// For responses that state no type: markup that looks like a page.
bool LooksLikeHtml(std::string_view body) {
  std::string_view head = body.substr(0, 1024);
  size_t i = 0;
  while (i < head.size() && IsAsciiSpace(head[i])) ++i;
  if (i >= head.size() || head[i] != '<') return false;
  return ContainsIgnoreCase(head, "<html") || ContainsIgnoreCase(head, "<!doctype html") ||
         ContainsIgnoreCase(head, "<head") || ContainsIgnoreCase(head, "<body");
}

// "max_input_bytes: ..." -> "max_input_bytes"; otherwise the code's name.
std::string ReasonOf(const Status& st) {
  std::string_view m = st.message();
  const size_t colon = m.find(':');
  if (colon != std::string_view::npos && colon > 0 && colon <= 32) {
    std::string_view w = m.substr(0, colon);
    if (std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }))
      return std::string(w);
  }
  return std::string(StatusCodeName(st.code()));
}

void SetError(const Status& st, WarcArticle* a) {
  a->outcome = WarcArticle::Outcome::kError;
  a->reason = ReasonOf(st);
  a->message = st.ToString();
}

// A page extracted from a payload that is only its beginning (a chunked or
// gzip body cut short, or a record the crawler marked WARC-Truncated) says
// so: "payload_truncated" among its limits (JSON "truncated": true) and the
// reason in `message`, which the CLI prints with the record's id. Never a
// silent partial page.
void NotePayloadCut(const WarcRecord& record, const std::string& cut, WarcArticle* a) {
  std::string_view crawler = Trim(record.Header("WARC-Truncated"));
  // The first record of a segmented one holds the payload's start; the
  // reader joins the continuation records that follow it in the file
  // (WarcRecord::segments). Without the last of them the page is a part,
  // silent until flagged.
  std::string_view segment = record.segments_complete ? std::string_view() : Trim(record.Header("WARC-Segment-Number"));
  if (cut.empty() && crawler.empty() && segment.empty()) return;
  a->article.limits_hit.push_back("payload_truncated");
  a->message = "payload_truncated: " +
               (!cut.empty()       ? cut
                : !crawler.empty() ? "WARC-Truncated: " + std::string(crawler) + " (the crawler cut the payload)"
                : record.segments > 1
                    ? "WARC-Segment-Number: " + std::string(segment) + " (" + std::to_string(record.segments) +
                          " segments joined; the others do not follow it in this file or would pass the record size limit)"
                    : "WARC-Segment-Number: " + std::string(segment) +
                          " (the payload goes on in continuation records that do not follow it in this file)") +
               "; extracted what arrived";
}

// The skip reason of a record that is no response or resource: its type
// when WARC 1.1 names it, else "unknown_type". The type was used as it
// came: 100,000 made-up types made 100,000 stats keys and a 1.4 MB
// summary line, with the header's invalid UTF-8 in it.
std::string TypeReason(std::string_view type) {
  static constexpr std::string_view kTypes[] = {"warcinfo", "request",  "metadata",     "revisit",
                                                "conversion", "continuation", "response", "resource"};
  for (std::string_view t : kTypes)
    if (EqualsIgnoreCase(type, t)) return std::string(t);
  return "unknown_type";
}

void Skip(std::string reason, WarcArticle* a) {
  a->outcome = WarcArticle::Outcome::kSkipped;
  a->reason = std::move(reason);
}

}  // namespace

WarcArticle ExtractWarcRecord(Extractor* extractor, const WarcRecord& record, std::string_view warc_file,
                              const WarcExtractOptions& options) {
  WarcArticle a;
  a.id = record.record_id;
  a.url = record.target_uri;
  a.warc_date = record.date;
  a.warc_file = std::string(warc_file);
  a.offset = record.offset;
  a.records = record.segments;
  a.warning = record.warning;

  std::string body;       // the decoded payload, when it had to be decoded
  std::string_view page;  // the HTML to extract: `body` or a view into the record
  std::string charset;
  std::string cut;  // why the payload is only a part of the page ("" when whole)
  bool head_unended = false;  // the HTTP head had no blank line before the page
  const size_t max_bytes = options.extract.limits.max_input_bytes;
  if (EqualsIgnoreCase(record.type, "response")) {
    if (!StartsWithIgnoreCase(record.block, "HTTP/")) {
      Skip("not_http", &a);  // dns:, ftp: and other non-HTTP responses
      return a;
    }
    HttpResponse http;
    Status st = ParseHttpResponse(record.block, &http);
    if (!st.ok()) {
      SetError(st, &a);
      return a;
    }
    head_unended = http.head_unended;
    if (http.status < 200 || http.status > 299) {
      Skip("http_status", &a);
      return a;
    }
    ContentType ct = ParseContentType(http.Header("Content-Type"));
    if (ct.media_type.empty()) ct.media_type = ParseContentType(record.Header("WARC-Identified-Payload-Type")).media_type;
    if (!ct.media_type.empty() && !IsHtmlMediaType(ct.media_type)) {
      Skip("not_html", &a);
      return a;
    }
    // Most bodies are stored plain: use them in place, no copy. (Any
    // transfer coding goes to DecodeHttpBody: "Transfer-Encoding: gzip" on
    // a response read to the connection's close is no chunking, but its
    // bytes are gzip's; taken in place, they were the page's text.)
    std::string_view ce = Trim(http.Header("Content-Encoding"));
    std::string_view te = Trim(http.Header("Transfer-Encoding"));
    if ((te.empty() || EqualsIgnoreCase(te, "identity")) && (ce.empty() || EqualsIgnoreCase(ce, "identity"))) {
      page = http.body;
    } else {
      st = DecodeHttpBody(http, max_bytes, &body, &cut);
      if (!st.ok()) {
        a.html = true;
        SetError(st, &a);
        return a;
      }
      page = body;
    }
    if (ct.media_type.empty() && !LooksLikeHtml(page)) {
      Skip("not_html", &a);
      return a;
    }
    charset = std::move(ct.charset);
  } else if (EqualsIgnoreCase(record.type, "resource")) {
    const ContentType ct = ParseContentType(record.content_type);
    if (!(IsHtmlMediaType(ct.media_type) || (ct.media_type.empty() && LooksLikeHtml(record.block)))) {
      Skip("not_html", &a);
      return a;
    }
    page = record.block;
    charset = ct.charset;
  } else {
    Skip(TypeReason(record.type), &a);
    return a;
  }
  a.html = true;
  if (Trim(page).empty()) {
    Skip("empty", &a);
    return a;
  }
  ExtractOptions eo = options.extract;
  eo.url = record.target_uri;
  eo.charset = std::move(charset);
  Result<Article> r = extractor->Extract(page, eo);
  if (!r.ok()) {
    SetError(r.status(), &a);
    return a;
  }
  a.article = std::move(r.value());
  NotePayloadCut(record, cut, &a);
  if (head_unended && a.message.empty())
    a.message = "http: no blank line ends the head: the body is read from its first line of markup";
  if (options.min_chars > 0 && CountCodePoints(a.article.text) < options.min_chars) {
    Skip("min_chars", &a);
    return a;
  }
  if (!options.languages.empty()) {
    std::string lang = a.article.language ? ToLowerAscii(*a.article.language) : std::string();
    lang = lang.substr(0, lang.find_first_of("-_"));
    if (std::find(options.languages.begin(), options.languages.end(), lang) == options.languages.end()) {
      Skip("lang", &a);
      return a;
    }
  }
  if (options.markdown) a.article.text = ToMarkdown(a.article);
  a.outcome = WarcArticle::Outcome::kExtracted;
  return a;
}

WarcArticle WarcReadError(const Status& status, std::string_view warc_file) {
  WarcArticle a;
  a.warc_file = std::string(warc_file);
  SetError(status, &a);
  return a;
}

std::string ToJson(const WarcArticle& a) {
  std::string out = "{\"id\":";
  AppendJsonString(a.id, &out);
  out += ",\"warc_date\":";
  AppendJsonString(a.warc_date, &out);
  out += ",\"warc_file\":";
  AppendJsonString(a.warc_file, &out);
  out += ",\"offset\":";
  out += std::to_string(a.offset);
  // A record the reader repaired (a lying Content-Length) says how, as the
  // Python module's dicts do; the key is there only then.
  if (!a.warning.empty()) {
    out += ",\"warning\":";
    AppendJsonString(a.warning, &out);
  }
  const std::string article = ToJson(a.article);
  if (article.size() > 2) {
    out.push_back(',');
    out.append(article, 1, std::string::npos);
  } else {
    out.push_back('}');
  }
  return out;
}

void WarcStats::Add(const WarcArticle& a) {
  records += a.records;
  html += a.html;
  repaired += !a.warning.empty();
  switch (a.outcome) {
    case WarcArticle::Outcome::kExtracted:
      ++extracted;
      for (const std::string& l : a.article.limits_hit) ++limits[l];
      break;
    case WarcArticle::Outcome::kSkipped: ++skipped[a.reason]; break;
    case WarcArticle::Outcome::kError: ++errors[a.reason]; break;
  }
}

void WarcStats::Merge(const WarcStats& o) {
  records += o.records;
  html += o.html;
  repaired += o.repaired;
  extracted += o.extracted;
  for (const auto& [k, v] : o.skipped) skipped[k] += v;
  for (const auto& [k, v] : o.errors) errors[k] += v;
  for (const auto& [k, v] : o.limits) limits[k] += v;
}

uint64_t WarcStats::skipped_total() const {
  uint64_t n = 0;
  for (const auto& [k, v] : skipped) n += v;
  return n;
}

uint64_t WarcStats::errors_total() const {
  uint64_t n = 0;
  for (const auto& [k, v] : errors) n += v;
  return n;
}

std::string WarcStats::ToString() const {
  auto list = [](const std::map<std::string, uint64_t>& m) {
    std::string s;
    for (const auto& [k, v] : m) {
      s += s.empty() ? " (" : ", ";
      s += k + " " + std::to_string(v);
    }
    return s.empty() ? s : s + ")";
  };
  std::string s = "records " + std::to_string(records) + ", html " + std::to_string(html) + ", extracted " +
                  std::to_string(extracted) + "; skipped " + std::to_string(skipped_total()) + list(skipped) +
                  "; errors " + std::to_string(errors_total()) + list(errors);
  if (!limits.empty()) s += "; limits hit" + list(limits);
  if (repaired > 0) s += "; repaired " + std::to_string(repaired);
  return s;
}

}  // namespace lede
