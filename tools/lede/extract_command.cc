// lede extract: pages to articles.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

#include "args.h"
#include "commands.h"
#include "core/text.h"
#include "file_io.h"
#include "lede/lede.h"
#include "serialize/json_writer.h"

namespace lede::cli {
namespace {

constexpr char kExtractUsage[] = R"(usage: lede extract [FILE...|-] [options]

Extracts the article (headline, metadata and clean body) from each HTML page.
FILE may be .html or .html.gz; '-' reads standard input, as does no FILE
when it is not a terminal. A directory stands for the pages under it
(*.html, *.htm, *.xhtml, *.shtml, each also .gz), in path order. Files that
are plainly not web pages (empty or only whitespace, images, PDFs, archives,
executables, binary data, WARC files: use 'lede warc') fail.

options:
  --format FMT     output format: text (default), markdown, json, html.
                   With several files, json writes JSON Lines (one object per
                   file, with its "path"); text, markdown and html print a
                   "==> FILE <==" header before each page.
  --url URL        the page's URL: resolves relative links, hints metadata
                   and the page type (used for every FILE given)
  --charset LABEL  the page's charset as the HTTP header would give it
                   (e.g. utf-8, latin1, shift_jis, '"Windows-1251"', or the
                   whole 'text/html; charset=...'); a byte order mark still
                   wins, and so do bytes that are (almost all) valid UTF-8
                   with non-ASCII characters (a server's default latin1 on a
                   UTF-8 body); a utf-8 label on bytes plainly in another
                   charset is set aside. Default: sniff <meta> and detect.
  --favor MODE     balanced (default), precision (drop borderline blocks) or
                   recall (keep borderline blocks)
  --comments       also extract the comment section, as the "comments"
                   field of the JSON (comments are never body text, except
                   on forum pages where the replies are the content)
  --no-repair-mojibake
                   keep doubly-encoded text (mojibake: UTF-8 read as
                   windows-1252 and encoded again) as it is; by default it is
                   repaired on pages that clearly hold it, and the JSON says
                   "mojibake_repaired": N
  --reference-date YYYY-MM-DD
                   dates after this day are not publication dates (default:
                   today; set it for an old crawl). Given, a relative stamp
                   ("3 days ago", "vor 2 Wochen") is counted back from it (up
                   to a year); without it such stamps are ignored
  --page-type TYPE article, forum, listing, product or page: take the page
                   as that type instead of detecting it (default: auto). The
                   type decides how the content is chosen (article or page
                   mode, a thread's posts, a product's rules)
  --max-bytes N    refuse inputs larger than N bytes (default 268435456)
  --explain        instead of the article, print every block of the page,
                   kept (KEEP) or dropped (DROP), with the rule or scores
                   that decided it, its path in the page and its first words,
                   then where each metadata field came from (FIELD lines);
                   not with --format
  --explain-json   the same report as JSON Lines, one object per block:
                   "path", "kept", "reason", the block's whole "text", its
                   element's "tag", "id", "class", "depth", its place in
                   document order ("order", "end": the order of its last
                   descendant), "h1" (the first <h1>'s order, 0: none) and
                   "hints", "outer_hints" (the class/id vocabulary's
                   ClassHint bits of the element and of its ancestors);
                   each object has "file" when there are several files.
                   For tools (bench/block_census.py); not with --format
  -h, --help       show this help
  --version        print the version

Exit status: 0 when every file was extracted; 1 when any file failed (each
failure prints one line "lede: FILE: reason" on stderr and the other files
go on); 2 on a usage error.
)";

enum class Format { kText, kMarkdown, kJson, kHtml };

int UsageError(const std::string& msg) {
  std::fprintf(stderr, "lede: %s\nTry 'lede extract --help'.\n", msg.c_str());
  return 2;
}

// Appends a writer's output to `out`, taking it over when `out` is empty
// (a copy of a 100 MB page's JSON was one more page in memory).
void Append(std::string* out, std::string&& piece) {
  if (out->empty()) *out = std::move(piece);
  else out->append(piece);
}

bool WriteAll(const std::string& s) {
  return std::fwrite(s.data(), 1, s.size(), stdout) == s.size();
}

}  // namespace

int RunExtract(int argc, char** argv) {
  std::vector<std::string> files;
  Format format = Format::kText;
  ExtractOptions opts;
  bool explain = false;
  bool explain_json = false;
  bool format_given = false;
  Args args(argc, argv);
  std::string error;
  while (args.Next()) {
    const std::string& a = args.arg();
    if (args.TakeFile(&files)) continue;
    if (args.PrintedHelpOrVersion(kExtractUsage)) return 0;
    if (a == "--no-repair-mojibake") {
      opts.repair_mojibake = false;
    } else if (a == "--explain") {
      explain = true;
    } else if (a == "--explain-json") {
      explain = explain_json = true;
    } else if (args.Is("--format")) {
      std::string v;
      if (!args.Value(&v)) return UsageError("--format needs a value");
      format_given = true;
      if (v == "text") format = Format::kText;
      else if (v == "markdown" || v == "md") format = Format::kMarkdown;
      else if (v == "json") format = Format::kJson;
      else if (v == "html") format = Format::kHtml;
      else return UsageError("unknown format '" + v + "' (text, markdown, json, html)");
    } else if (const PageOption p = ReadPageOption(args, &opts, &error); p != PageOption::kNone) {
      if (p == PageOption::kBad) return UsageError(error);
    } else if (args.Is("--url")) {
      if (!args.Value(&opts.url)) return UsageError("--url needs a value");
    } else if (args.Is("--charset")) {
      if (!args.Value(&opts.charset)) return UsageError("--charset needs a value");
      if (!IsKnownCharset(opts.charset)) return UsageError("unknown charset label '" + ShortForMessage(opts.charset) + "'");
    } else if (args.Is("--max-bytes")) {
      std::string v;
      if (!args.Value(&v)) return UsageError("--max-bytes needs a value");
      char* end = nullptr;
      errno = 0;
      unsigned long long n = std::strtoull(v.c_str(), &end, 10);
      // strtoull takes "-1" as 2^64-1 and saturates on overflow: refuse both.
      if (v.empty() || v[0] == '-' || *end != '\0' || n == 0 || errno == ERANGE)
        return UsageError("--max-bytes needs a positive integer, not '" + v + "'");
      opts.limits.max_input_bytes = n;
    } else {
      return UsageError("unknown option '" + a + "'");
    }
  }
  // The report has one form; a format asked for beside it was ignored.
  if (explain && format_given)
    return UsageError("--explain prints its own report (KEEP/DROP and FIELD lines): drop --format, or drop "
                      "--explain for the article");
  if (files.empty()) {
    // With no FILE, a terminal on standard input would wait, silently, for a
    // page typed in: say what to give instead ('-' still reads it).
    if (isatty(STDIN_FILENO))
      return UsageError("no FILE, and standard input is a terminal: give FILEs or a directory, pipe a page in, "
                        "or '-' to type one");
    files.push_back("-");
  }

  int failures = 0;
  // A directory stands for the pages under it (a corpus too large for the
  // shell's argument list); one without pages is a failure of its own.
  std::vector<std::string> pages;
  bool any_dir = false;
  for (std::string& f : files) {
    if (!IsDirectory(f)) {
      pages.push_back(std::move(f));
      continue;
    }
    any_dir = true;
    std::vector<std::string> unreadable;
    if (Status st = ListPages(f, &pages, &unreadable); !st.ok()) {
      std::fprintf(stderr, "lede: %s: %s\n", f.c_str(), st.ToString().c_str());
      ++failures;
    }
    // A subdirectory that could not be read fails as a file would; the rest go on.
    for (const std::string& u : unreadable) std::fprintf(stderr, "lede: %s\n", u.c_str());
    failures += static_cast<int>(unreadable.size());
  }
  files = std::move(pages);

  Extractor extractor;
  std::string input;
  const bool many = files.size() > 1 || any_dir;
  for (const std::string& path : files) {
    Status st = ReadInput(path, opts.limits.max_input_bytes, &input);
    // A cut or damaged gzip stream (a download that stopped, a bad
    // checksum) still inflated up to the damage: extract that, as
    // `gzip -dc` writes what it recovered, and fail the file (exit 1) with
    // the reason. Nothing inflated, or a limit passed: an error alone.
    if (st.code() == StatusCode::kCorruptInput && !input.empty() && CheckLooksLikePage(input).ok()) {
      std::fprintf(stderr, "lede: %s: %s; extracting the %zu bytes before it\n", path == "-" ? "<stdin>" : path.c_str(),
                   st.ToString().c_str(), input.size());
      ++failures;
      st = Status::Ok();
    }
    if (st.ok()) st = CheckLooksLikePage(input);
    if (!st.ok()) {
      std::fprintf(stderr, "lede: %s: %s\n", path == "-" ? "<stdin>" : path.c_str(), st.ToString().c_str());
      ++failures;
      continue;
    }
    std::vector<BlockReport> report;
    Result<Article> r = extractor.Extract(input, opts, explain ? &report : nullptr);
    if (!r.ok()) {
      std::fprintf(stderr, "lede: %s: %s\n", path == "-" ? "<stdin>" : path.c_str(),
                   r.status().ToString().c_str());
      ++failures;
      continue;
    }
    Article& art = r.value();
    for (const std::string& limit : art.limits_hit)
      if (limit == "max_nodes")
        std::fprintf(stderr,
                     "lede: %s: warning: the page has more nodes than its budget (max_nodes: %zu Ki + one "
                     "per %zu bytes, at most %zu Ki); the text past it is kept without its markup\n",
                     path == "-" ? "<stdin>" : path.c_str(), kNodeBudgetFloor >> 10, kInputBytesPerNode,
                     opts.limits.max_nodes >> 10);
    // A big page's bytes are not needed past here: free them before the
    // output is built (the Article owns its strings).
    if (input.size() > (16u << 20)) std::string().swap(input);
    std::string out;
    if (explain_json) {
      for (const BlockReport& b : report) {
        out += '{';
        if (many) {
          out += "\"file\":";
          AppendJsonString(path, &out);
          out += ',';
        }
        out += "\"kept\":";
        out += b.kept ? "true" : "false";
        out += ",\"path\":";
        AppendJsonString(b.path, &out);
        out += ",\"reason\":";
        AppendJsonString(b.reason, &out);
        out += ",\"tag\":";
        AppendJsonString(b.tag, &out);
        out += ",\"id\":";
        AppendJsonString(b.id, &out);
        out += ",\"class\":";
        AppendJsonString(b.cls, &out);
        for (const auto& [key, v] : {std::pair<const char*, uint32_t>{"depth", b.depth},
                                     {"order", b.order}, {"end", b.end}, {"h1", b.h1},
                                     {"hints", b.hints}, {"outer_hints", b.outer_hints}})
{
          out += ",\"";
          out += key;
          out += "\":";
          out += std::to_string(v);
        }
        out += ",\"text\":";
        AppendJsonString(b.text, &out);
        out += "}\n";
      }
      if (!WriteAll(out)) return WriteError();
      continue;
    }
    if (explain) {
      if (many) out = "==> " + path + " <==\n";
      for (const BlockReport& b : report) {
        out += b.kept ? "KEEP  " : "DROP  ";
        out += b.path + "  " + b.reason + "  | " + b.preview + "\n";
      }
      for (const auto& [field, source] : art.sources) out += "FIELD " + field + "  from " + source + "\n";
      out += "FIELD page_type  " + art.page_type + "\n";
      out += "FIELD charset  " + art.charset + " from " + art.charset_source + "\n";
      if (art.mojibake_repaired)
        out += "FIELD mojibake  repaired " + std::to_string(art.mojibake_repaired) + " doubly-encoded sequences\n";
      if (!WriteAll(out)) return WriteError();
      continue;
    }
    if (many && format != Format::kJson) {
      out = "==> " + path + " <==\n";
    }
    std::string tail;
    switch (format) {
      case Format::kText:
        // The text is the article's own: taken over, not copied.
        if (out.empty()) out = std::move(art.text);
        else Append(&out, ToText(art));
        tail = "\n";
        break;
      case Format::kMarkdown:
        Append(&out, ToMarkdown(art));
        break;
      case Format::kHtml:
        Append(&out, ToHtml(art));
        break;
      case Format::kJson: {
        JsonOptions jo;
        if (path != "-") jo.path = path;
        Append(&out, ToJson(art, jo));
        tail = "\n";
        break;
      }
    }
    if (many && format != Format::kJson) tail += '\n';
    // (The line ends are written apart: appended, they could move a
    // 100 MB output to a buffer twice its size.)
    if (!WriteAll(out) || !WriteAll(tail)) return WriteError();
  }
  if (!FlushStdout()) return WriteError();
  return failures ? 1 : 0;
}

}  // namespace lede::cli
