// lede debug: inspect the parse stage by hand.
//   lede debug tree [--fragment CONTEXT] [--parser lede|gumbo] [FILE|-]
// prints the DOM in the html5lib tree-construction "#document" format.
#include <cstdio>
#include <string>
#include <string_view>

#include <unistd.h>

#include "commands.h"
#include "core/text.h"
#include "dom/tree_format.h"
#include "encoding/charset.h"
#include "file_io.h"
#include "html/gumbo_parser.h"
#include "html/parser.h"

namespace lede::cli {
namespace {

constexpr char kDebugUsage[] = R"(usage: lede debug tree [--fragment CONTEXT] [--parser lede|gumbo] [FILE|-]

Parses one page (FILE, .html or .html.gz; '-' reads standard input, as does
no FILE when it is not a terminal) and prints its DOM in the html5lib
tree-construction test format: one line per node, "| " plus two spaces per
level; <svg x>/<math x> for foreign elements; attributes sorted under their
element; "content" above template contents. Input that is not valid UTF-8 is
decoded as 'lede extract' would.

options:
  --fragment CONTEXT  parse as the contents of a CONTEXT element (the HTML
                      fragment parsing algorithm), e.g. "td", "svg path",
                      "math mi"
  --parser NAME       lede (default) or gumbo (the old parser, for comparison)
  -h, --help          show this help

Exit status: 0 when the tree was printed; 1 when FILE could not be read or
parsed, or the output could not be written; 2 on a usage error.
)";

int UsageError(const std::string& msg) {
  std::fprintf(stderr, "lede: %s\nTry 'lede debug --help'.\n", msg.c_str());
  return 2;
}

int RunTree(int argc, char** argv) {
  std::string file = "-", parser_name = "lede", fragment;
  bool have_fragment = false, have_file = false;
  for (int i = 0; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kDebugUsage, stdout);
      return 0;
    }
    if (a == "--fragment" || a == "--parser") {
      if (i + 1 >= argc) return UsageError(a + " needs a value");
      (a == "--fragment" ? fragment : parser_name) = argv[++i];
      have_fragment |= a == "--fragment";
    } else if (a.rfind("--fragment=", 0) == 0) {
      fragment = a.substr(11);
      have_fragment = true;
    } else if (a.rfind("--parser=", 0) == 0) {
      parser_name = a.substr(9);
    } else if (a == "-" || a.empty() || a[0] != '-') {
      if (have_file) return UsageError("one FILE at most");
      file = a;
      have_file = true;
    } else {
      return UsageError("unknown option '" + a + "'");
    }
  }
  if (!have_file && isatty(STDIN_FILENO))
    return UsageError("no FILE, and standard input is a terminal: give a FILE, pipe a page in, or '-' to type one");
  std::unique_ptr<HtmlParser> parser;
  if (parser_name == "lede") parser = NewLedeParser();
  else if (parser_name == "gumbo") parser = NewGumboParser();
  else return UsageError("unknown parser '" + parser_name + "' (lede, gumbo)");

  std::string bytes, utf8;
  Status st = ReadInput(file, size_t(1) << 30, &bytes);
  if (!st.ok()) {
    std::fprintf(stderr, "lede: %s: %s\n", file == "-" ? "<stdin>" : file.c_str(), st.ToString().c_str());
    return 1;
  }
  if (IsValidUtf8(bytes)) {
    utf8 = std::move(bytes);
  } else {
    const CharsetDecision cs = SniffCharset(bytes, "");
    DecodeToUtf8(std::string_view(bytes).substr(cs.bom_length), cs, &utf8);
  }
  Document doc;
  if (have_fragment) {
    st = parser->ParseFragment(utf8, FragmentContextOf(fragment), {}, &doc);
  } else {
    st = parser->Parse(utf8, {}, &doc);
  }
  if (!st.ok()) {
    std::fprintf(stderr, "lede: %s\n", st.ToString().c_str());
    return 1;
  }
  // Streamed: a deep tree's text is far larger than the page.
  bool written = true;
  FormatHtml5libTree(doc.root(), [&written](std::string_view piece) {
    if (written && std::fwrite(piece.data(), 1, piece.size(), stdout) != piece.size()) written = false;
  });
  // (A small tree sits in stdio's buffer until here: its flush is checked too.)
  if (!written || !FlushStdout()) return WriteError();
  return 0;
}

}  // namespace

int RunDebug(int argc, char** argv) {
  if (argc < 1 || std::string_view(argv[0]) == "-h" || std::string_view(argv[0]) == "--help") {
    std::fputs(kDebugUsage, argc < 1 ? stderr : stdout);
    return argc < 1 ? 2 : 0;
  }
  if (std::string_view(argv[0]) == "tree") return RunTree(argc - 1, argv + 1);
  return UsageError(std::string("unknown debug command '") + argv[0] + "' (tree)");
}

}  // namespace lede::cli
