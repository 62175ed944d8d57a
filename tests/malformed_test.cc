// Malformed input gives output or a clear error, never a crash.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <tuple>

#include <sys/wait.h>
#include <unistd.h>

#include "cli_runner.h"
#include "core/text.h"
#include "extract/vocabulary.h"
#include "lede/lede.h"
#include "strict_json.h"
#include "test_util.h"

namespace lede {
namespace {

void ExpectExtracts(const std::string& bytes) {
  Result<Article> r = Extract(bytes);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(IsValidUtf8(r.value().text));
  std::string json = ToJson(r.value());
  EXPECT_TRUE(IsValidUtf8(json));
  (void)ToMarkdown(r.value());
  (void)ToHtml(r.value());
}

TEST(Malformed, Empty) { ExpectExtracts(""); }

TEST(Malformed, TruncatedMarkup) {
  ExpectExtracts("<html><head><title>Cut");
  ExpectExtracts("<div><p>text <a href=\"x");
  ExpectExtracts("<table><tr><td>a<td>b<tr><td");
  ExpectExtracts("<!-- never closed");
  ExpectExtracts("<script>var a = '</scr");
}

TEST(Malformed, BinaryGarbage) {
  std::mt19937 rng(42);
  for (int round = 0; round < 20; ++round) {
    std::string s(4096 + round * 997, '\0');
    for (char& c : s) c = char(rng());
    ExpectExtracts(s);
  }
}

TEST(Malformed, InvalidUtf8) {
  std::string s = "<p>";
  for (int i = 0; i < 2000; ++i) s += (i % 2) ? "\xC3" : "a\xFF\xFE";
  s += "</p>";
  ExpectExtracts(s);
  Result<Article> r = Extract("<meta charset=utf-8><p>ok \xE2\x82 broken " + std::string(300, 'w') + "</p>");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r.value().text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(Malformed, NulBytes) {
  std::string s = "<p>a";
  s.push_back('\0');
  s += "b</p>";
  for (int i = 0; i < 100; ++i) s.push_back('\0');
  ExpectExtracts(s);
  ExpectExtracts(std::string(10000, '\0'));
}

TEST(Malformed, DeepNesting) {
  std::string s;
  for (int i = 0; i < 5000; ++i) s += "<div><ul><li><blockquote>";
  s += "deep text";
  ExpectExtracts(s);
}

TEST(Malformed, CliReportsBadFilesAndGoesOn) {
  std::string dir = lede::testing::TempDir();
  std::string good = dir + "/lede_good.html";
  std::string bad_gz = dir + "/lede_bad.html.gz";
  FILE* f = fopen(good.c_str(), "wb");
  fputs("<html><body><p>Hello there, this is a page.</p></body></html>", f);
  fclose(f);
  f = fopen(bad_gz.c_str(), "wb");
  fputs("\x1f\x8b\x08\x00 definitely not deflate data", f);
  fclose(f);
  auto r = testing::RunCli("extract " + testing::Quote(bad_gz) + " " + testing::Quote(dir + "/missing.html") +
                           " " + testing::Quote(good) + " --format json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("lede_bad.html.gz"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("gzip"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.html"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("Hello there"), std::string::npos);
  // One JSON line for the one good file.
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  FILE* f = fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr) << path;
  fwrite(bytes.data(), 1, bytes.size(), f);
  fclose(f);
}

// A file that is plainly no web page (an image, an executable, random bytes,
// a WARC) fails with a line that says what it is, instead of its bytes as
// "text" and exit 0; UTF-16 pages, whose every other byte is NUL, still read.
TEST(Cli, RefusesFilesThatAreNotPages) {
  const std::string dir = testing::TempDir() + "/notpages";
  std::mt19937 rng(7);
  std::string noise(3000, '\0');
  for (char& c : noise) c = char(rng());
  const std::string page = "<html><body><article><p>The ferry to the island runs twice a day in winter and every "
                           "hour in summer, weather permitting.</p></article></body></html>";
  struct Case {
    const char* name;
    std::string bytes;
    const char* says;
  } cases[] = {
      {"logo.html", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\0'), "PNG image"},
      {"tool.html", std::string("\x7F" "ELF\x02\x01\x01", 7) + std::string(64, '\0'), "executable"},
      {"noise.html", noise, "binary data"},
      {"crawl.html", "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 0\r\n\r\n\r\n\r\n", "lede warc"},
  };
  for (const Case& c : cases) {
    WriteBytes(dir + "/" + c.name, c.bytes);
    auto r = testing::RunCli("extract " + testing::Quote(dir + "/" + c.name));
    EXPECT_EQ(r.exit_code, 1) << c.name;
    EXPECT_TRUE(r.out.empty()) << c.name << ": " << r.out;
    EXPECT_NE(r.err.find(c.name), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.name << ": " << r.err;
  }
  // lede pack leaves them out (they would become text/html responses) and
  // packs the rest.
  WriteBytes(dir + "/story.html", page);
  const std::string warc = dir + "/packed.warc";
  auto p = testing::RunCli("pack " + testing::Quote(dir + "/logo.html") + " " + testing::Quote(dir + "/story.html") +
                           " -o " + testing::Quote(warc));
  EXPECT_EQ(p.exit_code, 1);
  EXPECT_NE(p.err.find("logo.html: invalid_argument: not a web page: a PNG image"), std::string::npos) << p.err;
  const std::string packed = testing::ReadFile(warc);
  EXPECT_NE(packed.find("ferry to the island"), std::string::npos);
  EXPECT_EQ(packed.find("PNG"), std::string::npos);
  // Markup with stray NULs (html5lib's "unsafe" cases) is a page.
  WriteBytes(dir + "/nuls.html", std::string("<html>\0\0<body><table>\0the ferry\0text\0", 37));
  auto nuls = testing::RunCli("extract " + testing::Quote(dir + "/nuls.html"));
  EXPECT_EQ(nuls.exit_code, 0) << nuls.err;
  // UTF-16LE with and without a BOM.
  std::string utf16;
  for (char ch : page) utf16 += std::string{ch, '\0'};
  WriteBytes(dir + "/utf16.html", "\xFF\xFE" + utf16);
  WriteBytes(dir + "/utf16_nobom.html", utf16);
  for (const char* name : {"utf16.html", "utf16_nobom.html"}) {
    auto r = testing::RunCli("extract --charset utf-16le " + testing::Quote(dir + "/" + name));
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    EXPECT_NE(r.out.find("ferry to the island"), std::string::npos) << name << ": " << r.out;
  }
}

// A UTF-16 page without a BOM that does not open on '<' (a line break
// first, or big-endian's NUL) is read, however much CJK text it holds: a
// unit such as U+4E00 puts a NUL at the other offset than ASCII's, and low
// bytes under 0x20, into the bytes (it was refused as binary data).
TEST(Cli, Utf16PagesOfCjkTextAreNotBinary) {
  const std::string dir = testing::TempDir() + "/utf16cjk";
  // U+4E00 ("one", 00 4E in UTF-16LE), U+4E0A, U+6708, U+6211, U+4EEC, a space.
  std::u16string page = u"\r\n<html><head><title>t</title></head><body><article><p>";
  for (int i = 0; i < 300; ++i) page += u"\u4E00\u4E0A\u6708\u6211\u4EEC\u4E00 ";
  page += u"</p></article></body></html>";
  std::string le, be;
  for (char16_t u : page) {
    le += {char(u & 0xFF), char(u >> 8)};
    be += {char(u >> 8), char(u & 0xFF)};
  }
  for (const auto& [name, bytes, charset] : {std::tuple{"le.html", le, "utf-16le"}, {"be.html", be, "utf-16be"},
                                             {"be_tight.html", be.substr(4), "utf-16be"}}) {
    WriteBytes(dir + "/" + name, bytes);
    auto r = testing::RunCli(std::string("extract --charset ") + charset + " " + testing::Quote(dir + "/" + name));
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    EXPECT_NE(r.out.find("\xE4\xB8\x80\xE4\xB8\x8A"), std::string::npos) << name << ": " << r.out.substr(0, 80);
  }
  // Bytes in pairs of which one is NUL and the other a control byte are
  // binary data in either byte order.
  std::string units;
  for (int i = 0; i < 1000; ++i) units += {char(i % 7 + 1), '\0', 'a', '\0'};
  WriteBytes(dir + "/units.html", units);
  auto r = testing::RunCli("extract " + testing::Quote(dir + "/units.html"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("binary data"), std::string::npos) << r.err;
}

// An ISO-2022-KR page opens on its designation (ESC $ ) C), not '<', and
// puts an SO and an SI around every run of Hangul: it was refused as
// binary data (hostile38). It is read, its Hangul decoded.
TEST(Cli, Iso2022KrPagesAreNotBinary) {
  const std::string dir = testing::TempDir() + "/iso2022kr";
  std::filesystem::create_directories(dir);
  std::string page = "\x1B$)C<html><head><title>t</title></head><body><article>";
  for (int i = 0; i < 20; ++i) page += "<p>\x0EGQ19>n\x0F \x0E" "1b;g\x0F \x0EGQ19\x0F \x0E" "1b;g\x0F.</p>\n";
  page += "</article></body></html>";
  WriteBytes(dir + "/kr.html", page);
  auto r = testing::RunCli("extract --format text " + testing::Quote(dir + "/kr.html"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xEA\xB8\xB0\xEC\x82\xAC"), std::string::npos) << r.out;  // 한국어 기사
}

// The html5lib snippet "\0" (one NUL byte) tripped the control-byte check and
// the sanitizer sweep lost its record: a few bytes are too few to call binary.
TEST(Cli, AFewControlBytesAreParsedNotRefused) {
  const std::string dir = testing::TempDir() + "/fewcontrol";
  std::filesystem::create_directories(dir);
  WriteBytes(dir + "/nul.html", std::string(1, '\0'));
  WriteBytes(dir + "/bell.html", std::string("\x07\x01 hello \x02", 10));
  for (const char* name : {"nul.html", "bell.html"}) {
    auto r = testing::RunCli("extract --format json " + testing::Quote(dir + "/" + name));
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    EXPECT_EQ(r.err.find("not a web page"), std::string::npos) << name << ": " << r.err;
    EXPECT_EQ(r.out.rfind("{", 0), 0u) << name << ": " << r.out;
  }
}

// A page past its node budget is extracted (its text kept) with a warning
// that names the limit and its figures (taken from the library's
// constants, not restated).
TEST(Cli, NodeBudgetWarningNamesTheLimit) {
  const std::string path = testing::TempDir() + "/many_nodes.html";
  std::string page = "<html><body><p>";
  page.reserve(10u << 20);
  for (int i = 0; i < 1100000; ++i) page += "<i>a</i>";  // 2.2 M nodes, 8.8 MB: budget 1 Mi + 0.55 M
  page += " the closing words</p>";
  WriteBytes(path, page);
  auto r = testing::RunCli("extract " + testing::Quote(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("more nodes than its budget (max_nodes: " + std::to_string(kNodeBudgetFloor >> 10) +
                       " Ki + one per " + std::to_string(kInputBytesPerNode) + " bytes"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("the closing words"), std::string::npos);
}

// Listing a directory follows no symlink to a directory (a link to an
// ancestor would loop) but reads one to a page; a subdirectory that cannot
// be read is reported (exit 1) and the other pages are extracted.
TEST(Cli, DirectoryListingSkipsLoopsAndReportsUnreadableDirectories) {
  namespace fs = std::filesystem;
  const std::string dir = testing::TempDir() + "/linked";
  const std::string body = "<p>The town hall reopens its archive to visitors every Saturday morning.</p>";
  WriteBytes(dir + "/a.html", "<title>A</title>" + body);
  WriteBytes(dir + "/sub/b.html", "<title>B</title>" + body);
  fs::create_directory_symlink("..", dir + "/sub/loop");
  fs::create_symlink("../a.html", dir + "/sub/link.html");
  auto r = testing::RunCli("extract --format json " + testing::Quote(dir));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << r.out;
  EXPECT_NE(r.out.find("\"path\":\"" + dir + "/sub/link.html\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("/loop/"), std::string::npos) << r.out;

  // Unreadable: only a user who is not root can be refused; as root, the
  // CLI runs as "nobody" (setpriv) when that user can reach it.
  WriteBytes(dir + "/locked/c.html", "<title>C</title>" + body);
  fs::permissions(dir + "/locked", fs::perms::none);
  std::string prefix;
  if (geteuid() == 0) {
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    const std::string can_read = prefix + "test -r " + testing::Quote(dir + "/a.html");
    const std::string can_run = prefix + "'" + LEDE_CLI_PATH + "' --version >/dev/null 2>&1";
    if (std::system(can_read.c_str()) != 0 || std::system(can_run.c_str()) != 0) {
      fs::permissions(dir + "/locked", fs::perms::owner_all);
      GTEST_SKIP() << "no unprivileged user can run the CLI here";
    }
  }
  const std::string err_file = testing::TempDir() + "/locked_err.txt", out_file = testing::TempDir() + "/locked_out.txt";
  const std::string cmd = prefix + "'" + LEDE_CLI_PATH + "' extract --format json " + testing::Quote(dir) + " 2>" +
                          testing::Quote(err_file) + " >" + testing::Quote(out_file);
  const int status = std::system(cmd.c_str());
  fs::permissions(dir + "/locked", fs::perms::owner_all);
  EXPECT_EQ(WEXITSTATUS(status), 1);
  const std::string err = testing::ReadFile(err_file);
  EXPECT_NE(err.find(dir + "/locked: cannot read directory"), std::string::npos) << err;
  const std::string out = testing::ReadFile(out_file);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 3) << out;
}

// A directory stands for the pages under it, recursively and in path order
// (a corpus larger than the shell's argument list); one without pages fails
// with a line that says which names count as pages.
TEST(Cli, ExtractsThePagesInADirectory) {
  const std::string dir = testing::TempDir() + "/corpus";
  const std::string body = "<p>The library opens a new reading room for local history on the first floor.</p>";
  WriteBytes(dir + "/b.html", "<title>B</title>" + body);
  WriteBytes(dir + "/a/PAGE.HTM", "<title>A</title>" + body);
  WriteBytes(dir + "/notes.txt", "not a page");
  WriteBytes(dir + "/a/style.css", "p { color: red }");
  auto r = testing::RunCli("extract --format json " + testing::Quote(dir));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;
  const size_t a = r.out.find("\"path\":\"" + dir + "/a/PAGE.HTM\"");
  const size_t b = r.out.find("\"path\":\"" + dir + "/b.html\"");
  ASSERT_NE(a, std::string::npos) << r.out;
  ASSERT_NE(b, std::string::npos) << r.out;
  EXPECT_LT(a, b);
  // Text output names each page, even when the directory holds one.
  r = testing::RunCli("extract " + testing::Quote(dir + "/a"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("==> " + dir + "/a/PAGE.HTM <==", 0), 0u) << r.out;

  const std::string empty = testing::TempDir() + "/no_pages";
  WriteBytes(empty + "/readme.txt", "nothing here");
  r = testing::RunCli("extract " + testing::Quote(empty) + " " + testing::Quote(dir + "/b.html"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no_pages: invalid_argument: no pages"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("*.html"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("reading room"), std::string::npos) << "the other file goes on";
}

// A page saved uncompressed under a .gz name is read as it is (it was
// "broken gzip stream: incorrect header check"); garbage under that name is
// still a broken stream.
TEST(Cli, UncompressedPageUnderAGzNameIsRead) {
  const std::string dir = testing::TempDir() + "/gzname";
  WriteBytes(dir + "/page.html.gz", "\xEF\xBB\xBF\n  <html><body><p>The harbour ferry runs again from Monday after "
                                    "its winter overhaul, the operator said.</p></body></html>");
  auto r = testing::RunCli("extract " + testing::Quote(dir + "/page.html.gz"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("harbour ferry"), std::string::npos) << r.out;
  WriteBytes(dir + "/noise.html.gz", "x\x01\x02 not a page and not gzip");
  r = testing::RunCli("extract " + testing::Quote(dir + "/noise.html.gz"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("gzip"), std::string::npos) << r.err;
}

TEST(Cli, HelpDocumentsEveryOption) {
  auto r = testing::RunCli("extract --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* opt : {"--format", "--url", "--charset", "--favor", "--max-bytes"})
    EXPECT_NE(r.out.find(opt), std::string::npos) << opt;
  EXPECT_EQ(testing::RunCli("extract --format yaml /dev/null").exit_code, 2);
  auto bad_charset = testing::RunCli("extract --charset klingon /dev/null");
  EXPECT_EQ(bad_charset.exit_code, 2);
  EXPECT_NE(bad_charset.err.find("klingon"), std::string::npos);
  // (A label of 10,000 bytes is quoted cut, not echoed whole.)
  auto long_charset = testing::RunCli("extract --charset " + std::string(10000, 'k') + " /dev/null");
  EXPECT_EQ(long_charset.exit_code, 2);
  EXPECT_NE(long_charset.err.find(std::string(80, 'k') + "..."), std::string::npos);
  EXPECT_LT(long_charset.err.size(), 400u) << long_charset.err.size();
}

// Each command's --help states its exit status, and every option a --help
// lists is in README.md (the user's page), so none goes undocumented there.
TEST(Cli, EveryHelpGivesExitStatusAndItsOptionsAreInTheReadme) {
  const std::string readme = testing::ReadFile(testing::SourceDir() + "/README.md");
  ASSERT_FALSE(readme.empty());
  for (const char* cmd : {"extract", "warc", "pack", "debug"}) {
    auto r = testing::RunCli(std::string(cmd) + " --help");
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_NE(r.out.find("Exit status: 0"), std::string::npos) << cmd << "\n" << r.out;
    EXPECT_NE(r.out.find("2 on a usage error"), std::string::npos) << cmd << "\n" << r.out;
    // Options: "--name" at a line's start (after spaces or "-x, ").
    size_t line = 0;
    while (line < r.out.size()) {
      size_t end = r.out.find('\n', line);
      if (end == std::string::npos) end = r.out.size();
      std::string_view l(r.out.data() + line, end - line);
      line = end + 1;
      const size_t lead = l.find_first_not_of(' ');
      if (lead == std::string_view::npos || lead == 0) continue;
      l.remove_prefix(lead);
      if (l.size() > 4 && l[0] == '-' && l[1] != '-' && l[2] == ',') l.remove_prefix(4);  // "-o, --output"
      if (l.rfind("--", 0) != 0) continue;
      const std::string opt(l.substr(0, l.find_first_of(" =\t")));
      if (opt == "--help" || opt == "--version" || opt == "--output") continue;
      EXPECT_NE(readme.find(opt), std::string::npos) << "lede " << cmd << " " << opt << " is not in README.md";
    }
  }
  auto warc = testing::RunCli("warc --help");
  EXPECT_NE(warc.out.find("-q, --quiet"), std::string::npos);
}

// `lede warc --format json`, natural after `lede extract --format json`, says
// that the output is JSON Lines already and what --format chooses.
// lede warc DIR reads the WARC files under DIR in path order, as lede
// extract DIR reads the pages; a directory without one fails (exit 1) and
// the other inputs go on.
TEST(Cli, WarcReadsTheWarcFilesInADirectory) {
  const std::string dir = testing::TempDir() + "/crawl";
  const std::string news = testing::Quote(testing::SourceDir() + "/samples/sample-news.html");
  const std::string docs = testing::Quote(testing::SourceDir() + "/samples/sample-docs.html");
  std::filesystem::create_directories(dir + "/seg");
  ASSERT_EQ(testing::RunCli("pack " + news + " -o " + testing::Quote(dir + "/seg/b.warc.gz")).exit_code, 0);
  ASSERT_EQ(testing::RunCli("pack " + docs + " -o " + testing::Quote(dir + "/a.warc")).exit_code, 0);
  WriteBytes(dir + "/seg/readme.txt", "not a WARC");
  auto r = testing::RunCli("warc " + testing::Quote(dir) + " -o - --quiet");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out;
  const size_t a = r.out.find("\"warc_file\":\"" + dir + "/a.warc\"");
  const size_t b = r.out.find("\"warc_file\":\"" + dir + "/seg/b.warc.gz\"");
  ASSERT_NE(a, std::string::npos) << r.out;
  ASSERT_NE(b, std::string::npos) << r.out;
  EXPECT_LT(a, b);

  const std::string none = testing::TempDir() + "/no_warcs";
  WriteBytes(none + "/notes.txt", "nothing");
  r = testing::RunCli("warc " + testing::Quote(none) + " " + testing::Quote(dir + "/a.warc") + " -o - --quiet");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no_warcs: invalid_argument: no WARC files"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << "the other input goes on";
}

// A file with errors and not one record (a page given to lede warc by
// mistake) exits 1, as one that cannot be opened; it was exit 0 with
// "errors 1". An empty file, or a WARC with a bad record among good ones,
// is still 0.
TEST(Cli, WarcFileWithNoReadableRecordFails) {
  const std::string page = testing::SourceDir() + "/samples/sample-news.html";
  auto r = testing::RunCli("warc " + testing::Quote(page) + " -o -");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("is it a WARC file?"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 held no readable record"), std::string::npos) << r.err;
  EXPECT_EQ(testing::RunCli("warc /dev/null -o -").exit_code, 0);
  const std::string warc = testing::TempDir() + "/one_good.warc";
  ASSERT_EQ(testing::RunCli("pack " + testing::Quote(page) + " -o " + testing::Quote(warc)).exit_code, 0);
  std::string bytes = testing::ReadFile(warc);
  WriteBytes(warc, bytes + "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\ncut");
  r = testing::RunCli("warc " + testing::Quote(warc) + " -o -");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("errors 1"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("tidal mill"), std::string::npos);
}

// Records over --max-record-bytes are skipped and counted as errors; a WARC
// all of whose records are over it was still read (exit 0): it said "1 held
// no readable record" and exited 1, as a PDF given by mistake does.
TEST(Cli, WarcWithEveryRecordOverMaxRecordBytesWasRead) {
  const std::string page = testing::SourceDir() + "/samples/sample-news.html";
  const std::string warc = testing::TempDir() + "/all_big.warc";
  ASSERT_EQ(testing::RunCli("pack " + testing::Quote(page) + " -o " + testing::Quote(warc)).exit_code, 0);
  auto r = testing::RunCli("warc " + testing::Quote(warc) + " -o - --max-record-bytes 10");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("errors 2 (max_record_bytes 2)"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("held no readable record"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(Cli, WarcRefusesAnOutputNameItWouldNotCompressTo) {
  // JSON Lines written plain under "out.jsonl.bz2" would be a name that lies
  // (lede pack refused so already).
  const std::string out = testing::TempDir() + "/out.jsonl.bz2";
  auto r = testing::RunCli("warc /dev/null -o " + testing::Quote(out));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot write .bz2"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, WarcFormatJsonSaysTheOutputIsJsonLines) {
  auto r = testing::RunCli("warc /dev/null -o - --format json");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("always JSON Lines"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("text or markdown"), std::string::npos) << r.err;
}

// Option values that strtoull or a lenient date reader would take silently
// ("-1" as 2^64-1, a month 13 as "today") are usage errors that name them.
TEST(Cli, RefusesOutOfRangeOptionValues) {
  for (const char* args : {"extract --max-bytes -1 /dev/null", "extract --max-bytes 99999999999999999999999 /dev/null",
                           "extract --reference-date 2024-13-45 /dev/null", "extract --reference-date yesterday /dev/null",
                           "extract --reference-date 2024-02-31 /dev/null", "extract --reference-date 2023-02-29 /dev/null",
                           "extract --reference-date 2024-04-31 /dev/null",
                           "warc /dev/null -o - --max-bytes 99999999999999999999999"}) {
    auto r = testing::RunCli(args);
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_NE(r.err.find("needs"), std::string::npos) << args << ": " << r.err;
  }
  const std::string page = testing::Quote(testing::SourceDir() + "/samples/sample-news.html");
  EXPECT_EQ(testing::RunCli("extract --reference-date 2024-02-29 " + page).exit_code, 0);
}

// An empty input (a download that wrote nothing, a failed `curl` piped in)
// or one of whitespace alone fails with one line, as a PDF does: it was an
// empty article and exit 0. The other files go on; lede pack leaves it out.
TEST(Cli, EmptyInputIsNoPage) {
  const std::string dir = testing::TempDir() + "/empty_input";
  WriteBytes(dir + "/empty.html", "");
  WriteBytes(dir + "/blank.html", "\xEF\xBB\xBF \n\t\r\n");
  const std::string page = testing::SourceDir() + "/samples/sample-news.html";
  auto r = testing::RunCli("extract " + testing::Quote(dir + "/empty.html") + " " + testing::Quote(page));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "lede: " + dir + "/empty.html: invalid_argument: not a web page: empty (0 bytes)\n");
  EXPECT_NE(r.out.find("tidal mill"), std::string::npos) << "the other file goes on";
  r = testing::RunCli("extract --format json " + testing::Quote(dir + "/blank.html"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "lede: " + dir + "/blank.html: invalid_argument: not a web page: only whitespace\n");
  r = testing::RunCli("extract - < /dev/null");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "lede: <stdin>: invalid_argument: not a web page: empty (0 bytes)\n");
  r = testing::RunCli("pack " + testing::Quote(dir + "/empty.html") + " " + testing::Quote(page) + " -o " +
                      testing::Quote(dir + "/out.warc"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty.html: invalid_argument: not a web page: empty"), std::string::npos) << r.err;
}

// --lang takes ISO 639 codes: the filter matches a page's primary subtag,
// so "en-US" or "english" skipped every page and exited 0.
TEST(Cli, WarcLangRefusesWhatCanNeverMatch) {
  for (const char* lang : {"en-US", "english", "e", "en,pt_BR"}) {
    auto r = testing::RunCli(std::string("warc /dev/null -o - --lang ") + lang);
    EXPECT_EQ(r.exit_code, 2) << lang;
    const char* bad = std::strchr(lang, ',') ? "pt_BR" : lang;  // named as given
    EXPECT_NE(r.err.find(std::string("not '") + bad + "'"), std::string::npos) << lang << ": " << r.err;
    EXPECT_NE(r.err.find("--lang takes ISO 639 codes"), std::string::npos) << lang << ": " << r.err;
  }
  EXPECT_EQ(testing::RunCli("warc /dev/null -o - --quiet --lang EN,de,fil").exit_code, 0);
  EXPECT_TRUE(IsLanguageCode("en"));
  EXPECT_TRUE(IsLanguageCode("FIL"));
  for (const char* code : {"", "e", "en-us", "engl", "e1"}) EXPECT_FALSE(IsLanguageCode(code)) << code;
}

// The option names the CLI and the Python module share (one list in the
// library): the days --reference-date and reference_date take, and --favor.
TEST(Options, IsIsoDayAndParseFavor) {
  for (const char* day : {"2024-02-29", "2000-02-29", "2023-12-31", "1999-01-01"}) EXPECT_TRUE(IsIsoDay(day)) << day;
  for (const char* day : {"2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
                          "2024-1-01", "2024/01/01", "yesterday", ""})
    EXPECT_FALSE(IsIsoDay(day)) << day;
  Favor f = Favor::kBalanced;
  EXPECT_TRUE(ParseFavor("precision", &f));
  EXPECT_EQ(f, Favor::kPrecision);
  EXPECT_TRUE(ParseFavor("recall", &f));
  EXPECT_EQ(f, Favor::kRecall);
  EXPECT_FALSE(ParseFavor("Recall", &f));
  EXPECT_EQ(f, Favor::kRecall);
  EXPECT_TRUE(ParseFavor("balanced", &f));
  EXPECT_EQ(f, Favor::kBalanced);
}

// A directory given as a page says it is one (fopen opens it; the read fails).
TEST(Cli, ReadsStdinAndGzip) {
  auto r = testing::RunCli("extract --format text < " + testing::Quote(testing::SourceDir() + "/samples/sample-news.html"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(r.out.empty());
}

// --explain names where each field came from, as the JSON's "sources" does:
// one "FIELD name  from source" line for each.
// --explain with --format was the report with the format silently ignored.
TEST(Cli, ExplainWithAFormatIsAUsageError) {
  const std::string path = testing::Quote(testing::SourceDir() + "/samples/sample-news.html");
  auto r = testing::RunCli("extract --explain --format json " + path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("--explain prints its own report"), std::string::npos) << r.err;
}

TEST(Cli, ExplainGivesEveryFieldsSource) {
  const std::string path = testing::SourceDir() + "/samples/sample-news.html";
  const std::string html = testing::ReadFile(path);
  ASSERT_FALSE(html.empty()) << path;
  Result<Article> art = Extract(html);
  ASSERT_TRUE(art.ok()) << art.status().ToString();
  ASSERT_GE(art->sources.size(), 4u);  // title, authors, dates, language at least
  auto r = testing::RunCli("extract --explain " + testing::Quote(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const auto& [field, source] : art->sources)
    EXPECT_NE(r.out.find("FIELD " + field + "  from " + source + "\n"), std::string::npos) << field << "\n" << r.out;
}

// The report's detail for tools (bench/block_census.py): each block's whole
// text (the preview stops at 60 bytes), its element, and its place in
// document order, so that a tool can nest the blocks and split the page's
// words among them.
TEST(Explain, ReportGivesWholeTextAndPlaceInTheDocument) {
  const std::string path = testing::SourceDir() + "/tests/fixtures/explain/garden-note.html";
  const std::string html = testing::ReadFile(path);
  ASSERT_FALSE(html.empty()) << path;
  Extractor ex;
  std::vector<BlockReport> report;
  Result<Article> art = ex.Extract(html, {}, &report);
  ASSERT_TRUE(art.ok()) << art.status().ToString();
  const std::string second = "Leave them upside down in a dry shed for a week so that the water drains out of the "
                             "hollow stems, then pack them in crates of barely damp compost and keep them somewhere "
                             "cool but frost free until April.";
  const BlockReport* root = nullptr;
  const BlockReport* para = nullptr;
  const BlockReport* nav = nullptr;
  for (const BlockReport& b : report) {
    if (b.reason.starts_with("content-root")) root = &b;
    if (b.kept && b.text == second) para = &b;
    if (!b.kept && b.text.starts_with("Home Vegetables")) nav = &b;
  }
  ASSERT_NE(root, nullptr);
  ASSERT_NE(para, nullptr);
  ASSERT_NE(nav, nullptr);
  EXPECT_LT(para->preview.size(), second.size());  // the preview is cut; the text is not
  EXPECT_EQ(para->tag, "p");
  EXPECT_LT(root->order, para->order);
  EXPECT_LE(para->order, root->end);
  EXPECT_EQ(para->end, para->order);  // a <p> with no element inside
  EXPECT_EQ(para->depth, root->depth + 3);  // main > article > div > p
  EXPECT_GT(para->order, para->h1);  // after the <h1>
  EXPECT_GT(para->h1, 0u);
  EXPECT_FALSE(root->order <= nav->order && nav->order <= root->end);
  EXPECT_NE(para->outer_hints & kHintArticleBody, 0u);  // inside "entry-content"
  EXPECT_NE(nav->hints | nav->outer_hints, 0u);         // "site-nav"
}

TEST(Cli, ExplainJsonPrintsOneJsonObjectPerBlock) {
  const std::string path = testing::SourceDir() + "/tests/fixtures/explain/garden-note.html";
  auto r = testing::RunCli("extract --explain-json " + testing::Quote(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  size_t lines = 0, start = 0;
  for (size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1, ++lines)
    EXPECT_EQ(testing::CheckStrictJson(std::string_view(r.out).substr(start, nl - start)), "") << r.out;
  EXPECT_EQ(start, r.out.size());
  EXPECT_GE(lines, 4u);
  EXPECT_NE(r.out.find("\"text\":\"Check the crates once a month and throw out any tuber that has gone soft; a "
                       "wrinkled one is fine and plumps up again once it is potted on in spring.\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"tag\":\"p\""), std::string::npos);
  EXPECT_EQ(r.out.find("\"file\":"), std::string::npos);  // one file: no file names
  auto two = testing::RunCli("extract --explain-json " + testing::Quote(path) + " " + testing::Quote(path));
  EXPECT_NE(two.out.find("{\"file\":"), std::string::npos);
  auto fmt = testing::RunCli("extract --explain-json --format json " + testing::Quote(path));
  EXPECT_EQ(fmt.exit_code, 2);
}

}  // namespace
}  // namespace lede
