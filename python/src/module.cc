// lede._lede: the C++ library for Python. Work happens with the GIL
// released; results become plain dicts (the fields of the CLI's JSON).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/text.h"
#include "errors.h"
#include "lede/lede.h"
#include "lede/warc.h"
#include "warc/decompress.h"

namespace py = pybind11;

namespace lede::python {
namespace {

enum class Output { kText, kMarkdown, kJson };

Output ParseOutput(const std::string& s) {
  if (s == "text") return Output::kText;
  if (s == "markdown" || s == "md") return Output::kMarkdown;
  if (s == "json") return Output::kJson;
  ThrowStatus(Status::InvalidArgument("output must be 'text', 'markdown' or 'json', not '" + ShortForMessage(s) + "'"));
}

Favor ParseFavorArg(const std::string& s) {
  Favor f = Favor::kBalanced;
  if (ParseFavor(s, &f)) return f;
  ThrowStatus(Status::InvalidArgument("favor must be 'balanced', 'precision' or 'recall', not '" + ShortForMessage(s) +
                                      "'"));
}

PageType ParsePageTypeArg(const std::string& s) {
  PageType t = PageType::kAuto;
  if (!ParsePageType(s, &t))
    ThrowStatus(Status::InvalidArgument("page_type must be 'auto', 'article', 'forum', 'listing', 'product' or "
                                        "'page', not '" + ShortForMessage(s) + "'"));
  return t;
}

// reference_date: a calendar day as YYYY-MM-DD (as the CLI's
// --reference-date), else InvalidArgumentError; None: today.
std::string ParseReferenceDate(const std::optional<std::string>& v) {
  if (!v) return "";
  const std::string& d = *v;
  if (!IsIsoDay(d))
    ThrowStatus(Status::InvalidArgument("reference_date must be a day as 'YYYY-MM-DD', not '" + ShortForMessage(d) + "'"));
  return d;
}

// An integer option as C++ takes it: None gives nothing (the default); an
// int (or what has __index__, not a float) from 0 to `max`. Anything else
// raises, naming the option: TypeError (no int), InvalidArgumentError (a
// ValueError: below 0), OverflowError (past `max`). pybind11's casters
// raised "incompatible function arguments" over the whole signature and
// named no option. The value is not quoted (a 10^6-digit int has no str).
template <class T>
std::optional<T> IntOption(const py::handle& v, const char* name, bool none_ok = true) {
  if (v.is_none() && none_ok) return std::nullopt;
  if (PyFloat_Check(v.ptr()) || !PyIndex_Check(v.ptr()))
    throw py::type_error(std::string(name) + " must be an int" + (none_ok ? " or None" : "") + ", not " +
                         Py_TYPE(v.ptr())->tp_name);
  py::object i = py::reinterpret_steal<py::object>(PyNumber_Index(v.ptr()));
  if (!i) throw py::error_already_set();
  const unsigned long long max = std::numeric_limits<T>::max();
  int overflow = 0;
  const long long s = PyLong_AsLongLongAndOverflow(i.ptr(), &overflow);
  if (overflow < 0 || (overflow == 0 && s < 0))
    ThrowStatus(Status::InvalidArgument(std::string(name) + " must be 0 or more"));
  unsigned long long u = static_cast<unsigned long long>(s);
  bool too_big = false;
  if (overflow > 0) {
    u = PyLong_AsUnsignedLongLong(i.ptr());
    if (PyErr_Occurred()) {
      PyErr_Clear();
      too_big = true;
    }
  }
  if (too_big || u > max) {
    PyErr_SetString(PyExc_OverflowError, (std::string(name) + " must be at most " + std::to_string(max)).c_str());
    throw py::error_already_set();
  }
  return static_cast<T>(u);
}

void SetLimits(const py::object& max_bytes, const py::object& max_nodes, const py::object& time_budget_ms,
               Limits* l) {
  if (auto v = IntOption<size_t>(max_bytes, "max_bytes")) l->max_input_bytes = *v;
  if (auto v = IntOption<size_t>(max_nodes, "max_nodes")) l->max_nodes = *v;
  if (auto v = IntOption<uint32_t>(time_budget_ms, "time_budget_ms")) l->time_budget_ms = *v;
}

py::dict CountDict(const std::map<std::string, uint64_t>& m) {
  py::dict d;
  for (const auto& [k, v] : m) d[LenientStr(k)] = v;
  return d;
}

// A path as Python's own file functions take it: str, bytes or os.PathLike,
// as the file system's bytes (os.fsencode). A NUL byte is refused by
// WarcReader::Open (ValueError).
std::string FsPath(const py::object& path) {
  return py::bytes(py::module_::import("os").attr("fsencode")(path)).cast<std::string>();
}

// The file name back as str (os.fsdecode: undecodable bytes as surrogate
// escapes, as os.listdir gives them).
py::object FsStr(const std::string& path) { return py::module_::import("os").attr("fsdecode")(py::bytes(path)); }

py::object OptStr(const std::optional<std::string>& s) { return s ? py::object(LenientStr(*s)) : py::object(py::none()); }

py::list StrList(const std::vector<std::string>& v) {
  py::list l(v.size());
  for (size_t i = 0; i < v.size(); ++i) l[i] = LenientStr(v[i]);
  return l;
}

// field -> where it came from ("json-ld", "h1", ...), as the JSON's "sources".
py::dict SourceDict(const std::vector<std::pair<std::string, std::string>>& sources) {
  py::dict d;
  for (const auto& [field, origin] : sources) d[LenientStr(field)] = LenientStr(origin);
  return d;
}

// The article's fields, as ToJson(Article) names them.
void FillArticle(const Article& a, py::dict& d) {
  d["url"] = OptStr(a.url);
  d["title"] = OptStr(a.title);
  d["section"] = OptStr(a.section);
  d["dek"] = OptStr(a.dek);
  d["authors"] = StrList(a.authors);
  d["publisher"] = OptStr(a.publisher);
  d["date_published"] = OptStr(a.date_published);
  d["date_modified"] = OptStr(a.date_modified);
  d["site_name"] = OptStr(a.site_name);
  d["language"] = OptStr(a.language);
  d["language_detected"] = OptStr(a.language_detected);
  d["canonical_url"] = OptStr(a.canonical_url);
  d["description"] = OptStr(a.description);
  py::dict image;
  image["url"] = OptStr(a.image.url);
  image["alt"] = OptStr(a.image.alt);
  image["caption"] = OptStr(a.image.caption);
  image["credit"] = OptStr(a.image.credit);
  d["image"] = image;
  d["tags"] = StrList(a.tags);
  d["page_type"] = LenientStr(a.page_type);
  d["text"] = LenientStr(a.text);
  d["sources"] = SourceDict(a.sources);
  d["charset"] = LenientStr(a.charset);
  d["mojibake_repaired"] = a.mojibake_repaired;
  d["limits"] = StrList(a.limits_hit);
  if (a.comments) d["comments"] = LenientStr(*a.comments);  // as ToJson: only when asked and found
}

// A str's UTF-8 form with its lone surrogates passed (errors=
// "surrogatepass": ED A0..BF 80..BF, which no UTF-8 character starts
// with), each surrogate made what it stands for: U+DC80..U+DCFF, a byte
// that errors="surrogateescape" kept (`escaped` set), that byte; any other,
// one U+FFFD (three bytes, as the surrogate's). Before, one such surrogate
// elsewhere sent every escaped byte through surrogatepass too: three U+FFFD
// for each byte of "Caf\xe9", and three for each lone surrogate.
// (`escaped` null: text, where every lone surrogate is U+FFFD.)
std::string LoneSurrogatesToBytes(std::string_view utf8, bool* escaped) {
  std::string out;
  out.reserve(utf8.size());
  size_t done = 0;
  for (size_t i = utf8.find('\xED'); i != std::string_view::npos && i + 2 < utf8.size(); i = utf8.find('\xED', i + 1)) {
    const unsigned char b1 = utf8[i + 1], b2 = utf8[i + 2];
    if ((b1 & 0xE0) != 0xA0) continue;  // U+D000..U+D7FF
    out.append(utf8.data() + done, i - done);
    const unsigned cp = 0xD000u | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
    if (escaped && cp >= 0xDC80 && cp <= 0xDCFF) {
      out.push_back(static_cast<char>(cp - 0xDC00));
      *escaped = true;
    } else {
      out.append("\xEF\xBF\xBD");
    }
    done = i + 3;
    i += 2;
  }
  out.append(utf8.data() + done, utf8.size() - done);
  return out;
}

// A str that has no UTF-8 form (it holds lone surrogates) as bytes:
// encoded with errors="surrogatepass", then each surrogate made what it
// stands for (LoneSurrogatesToBytes, `escaped` as there). Raises what the
// encoder raised. (For `html` and the url option: the one place both take
// such a str.)
std::string StrWithLoneSurrogates(const py::handle& str, bool* escaped) {
  py::object enc = py::reinterpret_steal<py::object>(PyUnicode_AsEncodedString(str.ptr(), "utf-8", "surrogatepass"));
  if (!enc) throw py::error_already_set();
  return LoneSurrogatesToBytes(py::cast<std::string_view>(enc), escaped);
}

// A str option as C++ takes it: None gives nothing (the default); a str
// its UTF-8. Anything else raises, naming the option: TypeError (no str),
// InvalidArgumentError (a lone surrogate, which has no UTF-8: options are
// labels and dates). pybind11's casters raised "incompatible function
// arguments" over the whole signature and named no option. `url` is text
// to keep, not a label: its lone surrogates are U+FFFD (UrlOption).
std::optional<std::string> StrOption(const py::handle& v, const char* name, bool none_ok = true) {
  if (v.is_none() && none_ok) return std::nullopt;
  if (!PyUnicode_Check(v.ptr()))
    throw py::type_error(std::string(name) + " must be a str" + (none_ok ? " or None" : "") + ", not " +
                         Py_TYPE(v.ptr())->tp_name);
  Py_ssize_t n;
  const char* p = PyUnicode_AsUTF8AndSize(v.ptr(), &n);
  if (!p) {
    PyErr_Clear();
    ThrowStatus(Status::InvalidArgument(std::string(name) + " holds a lone surrogate (U+D800..U+DFFF): not text"));
  }
  return std::string(p, size_t(n));
}

std::optional<std::string> UrlOption(const py::handle& v) {
  if (!v.is_none() && PyUnicode_Check(v.ptr()) && !PyUnicode_AsUTF8AndSize(v.ptr(), nullptr)) {
    PyErr_Clear();
    return StrWithLoneSurrogates(v, nullptr);
  }
  return StrOption(v, "url");
}

struct Rendered {
  Article article;
  std::string json;
};

py::dict Extract(py::object html, std::optional<std::string> url, std::optional<std::string> charset,
                 const std::string& output, const std::string& favor, const std::string& page_type,
                 py::object max_bytes, py::object max_nodes, py::object time_budget_ms, bool repair_mojibake,
                 std::optional<std::string> reference_date, bool comments) {
  ExtractOptions o;
  o.comments = comments;
  o.reference_date = ParseReferenceDate(reference_date);
  o.page_type = ParsePageTypeArg(page_type);
  if (url) o.url = *url;
  o.repair_mojibake = repair_mojibake;
  o.favor = ParseFavorArg(favor);
  SetLimits(max_bytes, max_nodes, time_budget_ms, &o.limits);
  const Output out = ParseOutput(output);
  std::string_view bytes;
  if (PyBytes_Check(html.ptr())) {
    char* p;
    Py_ssize_t n;
    PyBytes_AsStringAndSize(html.ptr(), &p, &n);
    bytes = std::string_view(p, size_t(n));
    if (charset) {
      // As the CLI's --charset: an unknown label is a mistake, not "detect".
      if (!IsKnownCharset(*charset))
        ThrowStatus(Status::InvalidArgument("unknown charset label '" + ShortForMessage(*charset) + "'"));
      o.charset = *charset;
    }
  } else if (PyUnicode_Check(html.ptr())) {
    Py_ssize_t n;
    const char* p = PyUnicode_AsUTF8AndSize(html.ptr(), &n);
    if (!p) {
      // A str with lone surrogates has no UTF-8 form. Text read with
      // errors="surrogateescape" holds its undecodable bytes as
      // U+DC80..U+DCFF: give the bytes back and read them as bytes are read
      // (`charset`, else sniffed). Other lone surrogates become one U+FFFD
      // each, as WHATWG makes a string of scalar values (USVString). No
      // UnicodeEncodeError for a page that one bad byte spoiled.
      PyErr_Clear();
      bool escaped = false;
      const std::string bytes = StrWithLoneSurrogates(html, &escaped);
      return Extract(py::bytes(bytes), url, escaped ? charset : std::optional<std::string>("utf-8"), output, favor,
                     page_type, max_bytes, max_nodes, time_budget_ms, repair_mojibake, reference_date, comments);
    }
    bytes = std::string_view(p, size_t(n));
    o.charset = "utf-8";  // a str is text already; its UTF-8 form is what we read
  } else if (PyByteArray_Check(html.ptr()) || PyMemoryView_Check(html.ptr())) {
    html = py::reinterpret_steal<py::object>(PyBytes_FromObject(html.ptr()));
    if (!html) throw py::error_already_set();
    return Extract(html, url, charset, output, favor, page_type, max_bytes, max_nodes, time_budget_ms, repair_mojibake,
                   reference_date, comments);
  } else {
    throw py::type_error("html must be bytes or str");
  }
  // `html` keeps the buffer alive while the GIL is released.
  Rendered r;
  Status st, cut;
  const bool gzipped = PyBytes_Check(html.ptr()) && HasGzipMagic(bytes);
  {
    py::gil_scoped_release release;
    thread_local Extractor extractor;
    // gzip-compressed bytes (a saved .html.gz, a crawl's raw body) are
    // decompressed first, as `lede extract` does: read as text they were
    // garbage. A broken or truncated stream that inflated up to the damage
    // is extracted from what inflated, as the CLI does (which fails the
    // file): the dict says so in "input_error" and a CorruptInputWarning is
    // issued. Nothing inflated: a CorruptInputError.
    std::string inflated;
    if (gzipped) {
      st = Gunzip(bytes, o.limits.max_input_bytes, &inflated);
      bytes = inflated;
      if (st.code() == StatusCode::kCorruptInput && !inflated.empty()) {
        cut = st;
        st = Status::Ok();
      }
    }
    Result<Article> a = st.ok() ? extractor.Extract(bytes, o) : Result<Article>(st);
    if (a.ok()) {
      r.article = std::move(a.value());
      if (out == Output::kMarkdown) r.article.text = ToMarkdown(r.article);
      if (out == Output::kJson) r.json = ToJson(r.article);
    } else {
      st = a.status();
    }
  }
  if (!st.ok()) ThrowStatus(st);
  if (!cut.ok()) WarnCorruptInput(cut);
  py::dict d;
  FillArticle(r.article, d);
  if (out == Output::kJson) d["json"] = py::str(r.json);
  if (!cut.ok()) d["input_error"] = LenientStr(cut.ToString());
  return d;
}

py::dict ExtractArgs(py::object html, const py::object& url, const py::object& charset, const py::object& output,
                     const py::object& favor, const py::object& page_type, py::object max_bytes, py::object max_nodes,
                     py::object time_budget_ms, bool repair_mojibake, const py::object& reference_date, bool comments) {
  return Extract(std::move(html), UrlOption(url), StrOption(charset, "charset"), *StrOption(output, "output", false),
                 *StrOption(favor, "favor", false), *StrOption(page_type, "page_type", false), std::move(max_bytes),
                 std::move(max_nodes), std::move(time_budget_ms), repair_mojibake,
                 StrOption(reference_date, "reference_date"), comments);
}

py::dict StatsDict(const WarcStats& s) {
  py::dict d;
  d["records"] = s.records;
  d["html"] = s.html;
  d["extracted"] = s.extracted;
  d["skipped"] = CountDict(s.skipped);
  d["errors"] = CountDict(s.errors);
  d["limits"] = CountDict(s.limits);
  return d;
}

// Iterates the articles of one WARC file. One thread at a time: a second
// thread calling __next__ while the first is inside gets a RuntimeError.
// `stats` and `path` may be read from any thread at any time.
class WarcIterator {
 public:
  WarcIterator(WarcReader reader, std::string path, WarcExtractOptions options, bool json_line, bool errors_raise)
      : reader_(std::move(reader)), path_(std::move(path)), options_(std::move(options)), json_line_(json_line),
        raise_(errors_raise) {}

  py::dict Next() {
    if (busy_) throw std::runtime_error("WarcIterator is in use by another thread");
    struct Busy {
      bool& b;
      explicit Busy(bool& f) : b(f) { b = true; }
      ~Busy() { b = false; }
    } busy(busy_);
    WarcArticle a;
    std::string json;
    bool end = false;
    Status error;
    // Counted apart and merged with the GIL held: another thread may read
    // `stats` (it holds the GIL) while this one reads records without it.
    WarcStats delta;
    {
      py::gil_scoped_release release;
      for (;;) {
        Result<bool> next = reader_.Next(&record_);
        if (!next.ok()) {
          a = WarcReadError(next.status(), path_);
          delta.Add(a);
          if (raise_) {
            error = next.status();
            break;
          }
          continue;
        }
        if (!next.value()) {
          end = true;
          break;
        }
        a = ExtractWarcRecord(&extractor_, record_, path_, options_);
        delta.Add(a);
        if (a.outcome == WarcArticle::Outcome::kExtracted) {
          if (json_line_) json = ToJson(a);
          break;
        }
        if (a.outcome == WarcArticle::Outcome::kError && raise_) {
          error = Status(StatusCode::kCorruptInput, a.message);
          break;
        }
      }
    }
    stats_.Merge(delta);
    if (!error.ok()) ThrowStatus(error);
    if (end) throw py::stop_iteration();
    py::dict d;
    d["id"] = LenientStr(a.id);
    d["warc_date"] = LenientStr(a.warc_date);
    d["warc_file"] = FsStr(a.warc_file);
    d["offset"] = a.offset;
    FillArticle(a.article, d);
    d["url"] = LenientStr(a.url);
    if (json_line_) d["json"] = LenientStr(json);
    return d;
  }

  py::dict stats() const { return StatsDict(stats_); }
  py::object path() const { return FsStr(path_); }

 private:
  WarcReader reader_;
  std::string path_;
  WarcExtractOptions options_;
  bool json_line_;
  bool raise_;
  Extractor extractor_;
  WarcRecord record_;
  WarcStats stats_;
  bool busy_ = false;  // read and written with the GIL held
};

std::unique_ptr<WarcIterator> IterWarc(const py::object& path_arg, const std::string& output, bool json_line,
                                       const py::object& min_chars,
                                       std::optional<std::vector<std::string>> languages, const std::string& favor,
                                       const std::string& page_type, const std::string& errors, const py::object& max_bytes,
                                       const py::object& max_nodes, const py::object& time_budget_ms,
                                       const py::object& max_record_bytes, bool repair_mojibake,
                                       std::optional<std::string> reference_date, bool comments) {
  WarcExtractOptions o;
  o.extract.comments = comments;
  o.extract.reference_date = ParseReferenceDate(reference_date);
  o.extract.repair_mojibake = repair_mojibake;
  const Output out = ParseOutput(output);
  o.markdown = out == Output::kMarkdown;
  o.min_chars = *IntOption<size_t>(min_chars, "min_chars", /*none_ok=*/false);
  if (languages)
    for (std::string l : *languages) {
      if (!IsLanguageCode(l))
        ThrowStatus(Status::InvalidArgument("languages takes ISO 639 codes of 2 or 3 letters (e.g. 'en'), not '" +
                                            ShortForMessage(l) +
                                            "': a page's language is matched by its primary subtag alone"));
      for (char& c : l) c = char(std::tolower(static_cast<unsigned char>(c)));
      o.languages.push_back(l);
    }
  o.extract.favor = ParseFavorArg(favor);
  o.extract.page_type = ParsePageTypeArg(page_type);
  SetLimits(max_bytes, max_nodes, time_budget_ms, &o.extract.limits);
  if (errors != "skip" && errors != "raise")
    ThrowStatus(Status::InvalidArgument("errors must be 'skip' or 'raise', not '" + ShortForMessage(errors) + "'"));
  WarcReaderOptions ro;
  if (auto v = IntOption<uint64_t>(max_record_bytes, "max_record_bytes")) ro.max_record_bytes = *v;
  const std::string path = FsPath(path_arg);
  Result<WarcReader> r = [&] {
    py::gil_scoped_release release;
    return WarcReader::Open(path, ro);
  }();
  if (!r.ok()) ThrowStatus(r.status());
  return std::make_unique<WarcIterator>(std::move(r.value()), path, std::move(o), json_line || out == Output::kJson,
                                        errors == "raise");
}

std::unique_ptr<WarcIterator> IterWarcArgs(const py::object& path, const py::object& output, bool json_line,
                                           const py::object& min_chars, const py::object& languages,
                                           const py::object& favor, const py::object& page_type,
                                           const py::object& errors, const py::object& max_bytes,
                                           const py::object& max_nodes, const py::object& time_budget_ms,
                                           const py::object& max_record_bytes, bool repair_mojibake,
                                           const py::object& reference_date, bool comments) {
  std::optional<std::vector<std::string>> codes;
  if (!languages.is_none()) {
    // A str is a sequence of one-letter strs: refused, not read as such.
    if (PyUnicode_Check(languages.ptr()) || PyBytes_Check(languages.ptr()) || !PySequence_Check(languages.ptr()))
      throw py::type_error(std::string("languages must be a list of str or None, not ") +
                           Py_TYPE(languages.ptr())->tp_name);
    codes.emplace();
    for (const py::handle l : languages) codes->push_back(*StrOption(l, "languages", false));
  }
  return IterWarc(path, *StrOption(output, "output", false), json_line, min_chars, std::move(codes),
                  *StrOption(favor, "favor", false), *StrOption(page_type, "page_type", false),
                  *StrOption(errors, "errors", false), max_bytes, max_nodes, time_budget_ms, max_record_bytes,
                  repair_mojibake, StrOption(reference_date, "reference_date"), comments);
}

}  // namespace
}  // namespace lede::python

PYBIND11_MODULE(_lede, m) {
  using namespace lede::python;
  m.doc() = "lede: web pages and WARC files to clean structured articles (C++ core).";
  RegisterExceptions(m);
  m.def("extract", &ExtractArgs, py::arg("html"), py::kw_only(), py::arg("url") = py::none(),
        py::arg("charset") = py::none(), py::arg("output") = "text", py::arg("favor") = "balanced",
        py::arg("page_type") = "auto", py::arg("max_bytes") = py::none(), py::arg("max_nodes") = py::none(),
        py::arg("time_budget_ms") = py::none(), py::arg("repair_mojibake") = true,
        py::arg("reference_date") = py::none(), py::arg("comments") = false,
        "Extracts the article from one page; returns a dict of its fields.");
  py::class_<WarcIterator>(m, "WarcIterator")
      .def("__iter__", [](WarcIterator& self) -> WarcIterator& { return self; })
      .def("__next__", &WarcIterator::Next)
      .def_property_readonly("stats", &WarcIterator::stats)
      .def_property_readonly("path", &WarcIterator::path);
  m.def("iter_warc", &IterWarcArgs, py::arg("path"), py::kw_only(), py::arg("output") = "text",
        py::arg("json_line") = false,
        py::arg("min_chars") = 0, py::arg("languages") = py::none(), py::arg("favor") = "balanced",
        py::arg("page_type") = "auto", py::arg("errors") = "skip", py::arg("max_bytes") = py::none(), py::arg("max_nodes") = py::none(),
        py::arg("time_budget_ms") = py::none(), py::arg("max_record_bytes") = py::none(),
        py::arg("repair_mojibake") = true, py::arg("reference_date") = py::none(), py::arg("comments") = false,
        "Iterates the articles of a WARC file (.warc, .warc.gz, .warc.zst) as dicts.");
  m.attr("__version__") = "0.1.0";
}
