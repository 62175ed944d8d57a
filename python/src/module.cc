// lede._lede: the C++ library for Python. Work happens with the GIL
// released; results become plain dicts (the fields of the CLI's JSON).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <limits>
#include <map>
#include <optional>
#include <span>
#include <string_view>
#include <vector>
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

// A parameter of extract() or iter_warc(): its name and its default as
// Python writes it ("None", "True", "0", "'text'"); null when required.
// The first parameter is positional (or a keyword), the others keywords
// only. One table gives the binding (BindArgs), the defaults and the
// docstring's signature.
struct Param {
  const char* name;
  const char* fallback;
};

constexpr Param kExtractParams[] = {
    {"html", nullptr},      {"url", "None"},        {"charset", "None"},          {"output", "'text'"},
    {"favor", "'balanced'"}, {"page_type", "'auto'"}, {"max_bytes", "None"},        {"max_nodes", "None"},
    {"time_budget_ms", "None"}, {"repair_mojibake", "True"}, {"reference_date", "None"}, {"comments", "False"},
};
constexpr Param kIterWarcParams[] = {
    {"path", nullptr},          {"output", "'text'"},       {"json_line", "False"},   {"min_chars", "0"},
    {"languages", "None"},      {"favor", "'balanced'"},    {"page_type", "'auto'"},  {"errors", "'skip'"},
    {"max_bytes", "None"},      {"max_nodes", "None"},      {"time_budget_ms", "None"}, {"max_record_bytes", "None"},
    {"repair_mojibake", "True"}, {"reference_date", "None"}, {"comments", "False"},
};

// The index of parameter `name` in `params` (at compile time: a name that
// is none of them does not build).
template <size_t N>
consteval size_t Index(const Param (&params)[N], std::string_view name) {
  for (size_t i = 0; i < N; ++i)
    if (std::string_view(params[i].name) == name) return i;
  throw "no such parameter";
}

py::object DefaultValue(std::string_view v) {
  if (v == "None") return py::none();
  if (v == "True") return py::bool_(true);
  if (v == "False") return py::bool_(false);
  if (v.front() == '\'') return py::str(std::string(v.substr(1, v.size() - 2)));
  return py::int_(std::stoll(std::string(v)));
}

// "fn(first, *, name=default, ...)", as Python shows a signature.
std::string Signature(const char* fn, std::span<const Param> params) {
  std::string s = std::string(fn) + "(";
  for (size_t i = 0; i < params.size(); ++i) {
    if (i) s += i == 1 ? ", *, " : ", ";
    s += params[i].name;
    if (params[i].fallback) s += std::string("=") + params[i].fallback;
  }
  return s + ")";
}

// The call's arguments bound to `params` as Python binds a function
// fn(first, *, rest...): the values in the table's order, each default
// where not given. A call that does not fit raises TypeError naming the
// argument at fault and what `fn` takes: an unknown keyword (with the
// name it is close to, or the function of `other`, the other table, that
// takes it: extract(html, languages="en")), a second positional argument,
// the first missing or given twice. (pybind11's error for all of these was
// one "incompatible function arguments" that named no argument.)
std::vector<py::object> BindArgs(const char* fn, std::span<const Param> params, const char* other_fn,
                                 std::span<const Param> other, const py::args& args, const py::kwargs& kwargs) {
  // (Built only for an error: the call that fits, every page's, builds no string.)
  auto takes = [&] { return "; " + std::string(fn) + "() takes " + Signature(fn, params); };
  std::vector<py::object> v(params.size());
  if (args.size() > 1)
    throw py::type_error(std::string(fn) + "() takes 1 positional argument (" + params[0].name + ") but " +
                         std::to_string(args.size()) + " were given: the options are keywords" + takes());
  if (args.size() == 1) v[0] = args[0];
  for (const auto& [key, value] : kwargs) {
    const std::string name = py::str(key);
    size_t i = 0;
    while (i < params.size() && name != params[i].name) ++i;
    if (i == params.size()) {
      std::string why;
      for (const Param& p : other)
        if (name == p.name) why = " ('" + name + "' is an argument of " + other_fn + "())";
      if (why.empty()) {
        py::list names;
        for (const Param& p : params) names.append(p.name);
        py::list close = py::module_::import("difflib").attr("get_close_matches")(name, names, 1, 0.75);
        if (!close.empty()) why = " (did you mean '" + py::str(close[0]).cast<std::string>() + "'?)";
      }
      throw py::type_error(std::string(fn) + "() got an unexpected keyword argument '" + ShortForMessage(name) +
                           "'" + why + takes());
    }
    if (v[i]) throw py::type_error(std::string(fn) + "() got multiple values for argument '" + name + "'");
    v[i] = py::reinterpret_borrow<py::object>(value);
  }
  for (size_t i = 0; i < params.size(); ++i) {
    if (v[i]) continue;
    if (!params[i].fallback)
      throw py::type_error(std::string(fn) + "() missing required argument: '" + params[i].name + "'" + takes());
    v[i] = DefaultValue(params[i].fallback);
  }
  return v;
}

// A bool option as pybind11's caster took it (True, False, None as False,
// what has __bool__ as a number: 1, numpy.bool_), else a TypeError naming
// the option.
bool BoolOption(const py::handle& v, const char* name) {
  if (v.ptr() == Py_True) return true;
  if (v.ptr() == Py_False || v.is_none()) return false;
  const PyNumberMethods* nb = Py_TYPE(v.ptr())->tp_as_number;
  if (nb && nb->nb_bool) {
    const int r = nb->nb_bool(v.ptr());
    if (r == 0 || r == 1) return r == 1;
    PyErr_Clear();
  }
  throw py::type_error(std::string(name) + " must be a bool, not " + Py_TYPE(v.ptr())->tp_name);
}

py::dict ExtractArgs(const py::args& args, const py::kwargs& kwargs) {
  const std::vector<py::object> v = BindArgs("extract", kExtractParams, "iter_warc", kIterWarcParams, args, kwargs);
  auto at = [&v](size_t i) -> const py::object& { return v[i]; };
  constexpr auto& p = kExtractParams;
  return Extract(at(Index(p, "html")), UrlOption(at(Index(p, "url"))), StrOption(at(Index(p, "charset")), "charset"),
                 *StrOption(at(Index(p, "output")), "output", false), *StrOption(at(Index(p, "favor")), "favor", false),
                 *StrOption(at(Index(p, "page_type")), "page_type", false), at(Index(p, "max_bytes")),
                 at(Index(p, "max_nodes")), at(Index(p, "time_budget_ms")),
                 BoolOption(at(Index(p, "repair_mojibake")), "repair_mojibake"),
                 StrOption(at(Index(p, "reference_date")), "reference_date"),
                 BoolOption(at(Index(p, "comments")), "comments"));
}

py::dict StatsDict(const WarcStats& s) {
  py::dict d;
  d["records"] = s.records;
  d["html"] = s.html;
  d["extracted"] = s.extracted;
  d["skipped"] = CountDict(s.skipped);
  d["errors"] = CountDict(s.errors);
  d["limits"] = CountDict(s.limits);
  d["repaired"] = s.repaired;
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
    // A record the reader repaired (a lying Content-Length) says how; the
    // key is there only then.
    if (!a.warning.empty()) d["warning"] = LenientStr(a.warning);
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

// `languages` as iter_warc takes it: None (no filter), a list (or any
// sequence) of str codes, or one str of codes parted by commas as the
// CLI's --lang takes them ("en", "en,de"; spaces around a code are
// dropped). Anything else is a TypeError; a str of no code an
// InvalidArgumentError.
std::optional<std::vector<std::string>> LanguagesOption(const py::handle& languages) {
  std::optional<std::vector<std::string>> codes;
  if (languages.is_none()) return codes;
  codes.emplace();
  if (PyUnicode_Check(languages.ptr())) {
    const std::string v = *StrOption(languages, "languages", false);
    for (size_t b = 0; b <= v.size();) {
      const size_t e = std::min(v.find(',', b), v.size());
      const std::string_view code = Trim(std::string_view(v).substr(b, e - b));
      if (!code.empty()) codes->emplace_back(code);
      b = e + 1;
    }
    if (codes->empty())
      ThrowStatus(Status::InvalidArgument("languages needs a code at least, as 'en' or 'en,de' (None: every page)"));
    return codes;
  }
  if (PyBytes_Check(languages.ptr()) || !PySequence_Check(languages.ptr()))
    throw py::type_error(std::string("languages must be a str ('en' or 'en,de'), a list of str or None, not ") +
                         Py_TYPE(languages.ptr())->tp_name);
  for (const py::handle l : languages) codes->push_back(*StrOption(l, "languages", false));
  return codes;
}

std::unique_ptr<WarcIterator> IterWarcArgs(const py::args& args, const py::kwargs& kwargs) {
  const std::vector<py::object> v = BindArgs("iter_warc", kIterWarcParams, "extract", kExtractParams, args, kwargs);
  auto at = [&v](size_t i) -> const py::object& { return v[i]; };
  constexpr auto& p = kIterWarcParams;
  return IterWarc(at(Index(p, "path")), *StrOption(at(Index(p, "output")), "output", false),
                  BoolOption(at(Index(p, "json_line")), "json_line"), at(Index(p, "min_chars")),
                  LanguagesOption(at(Index(p, "languages"))), *StrOption(at(Index(p, "favor")), "favor", false),
                  *StrOption(at(Index(p, "page_type")), "page_type", false),
                  *StrOption(at(Index(p, "errors")), "errors", false), at(Index(p, "max_bytes")),
                  at(Index(p, "max_nodes")), at(Index(p, "time_budget_ms")), at(Index(p, "max_record_bytes")),
                  BoolOption(at(Index(p, "repair_mojibake")), "repair_mojibake"),
                  StrOption(at(Index(p, "reference_date")), "reference_date"),
                  BoolOption(at(Index(p, "comments")), "comments"));
}

}  // namespace
}  // namespace lede::python

PYBIND11_MODULE(_lede, m) {
  using namespace lede::python;
  m.doc() = "lede: web pages and WARC files to clean structured articles (C++ core).";
  RegisterExceptions(m);
  // The signatures are written from the parameter tables, in the form
  // CPython reads a builtin's __text_signature__ from ("name(...)\n--\n\n"):
  // inspect.signature(lede.extract) works, and help() shows them.
  py::options options;
  options.disable_function_signatures();
  static const std::string extract_doc =
      Signature("extract", kExtractParams) +
      "\n--\n\nExtracts the article from one page; returns a dict of its fields.";
  static const std::string iter_warc_doc =
      Signature("iter_warc", kIterWarcParams) +
      "\n--\n\nIterates the articles of a WARC file (.warc, .warc.gz, .warc.zst) as dicts. languages: a list of "
      "ISO 639 codes, or one str of codes parted by commas as --lang takes them ('en', 'en,de').";
  m.def("extract", &ExtractArgs, extract_doc.c_str());
  py::class_<WarcIterator>(m, "WarcIterator")
      .def("__iter__", [](WarcIterator& self) -> WarcIterator& { return self; })
      .def("__next__", &WarcIterator::Next)
      .def_property_readonly("stats", &WarcIterator::stats)
      .def_property_readonly("path", &WarcIterator::path);
  m.def("iter_warc", &IterWarcArgs, iter_warc_doc.c_str());
  m.attr("__version__") = "0.1.0";
}
