// lede pack and lede warc end to end: sample pages, the shared corpora
// (skipped when ../shared is absent), threads, filters, damaged input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli_runner.h"
#include "core/json.h"
#include "warc/compressed_writer.h"
#include "test_util.h"

namespace lede {
namespace {

std::string Tmp(const std::string& name) { return lede::testing::TempDir() + "/lede_cli_warc_" + name; }

std::vector<std::string> Lines(const std::string& s) { return lede::testing::SplitLines(s); }

std::string Samples() {
  return testing::Quote(testing::SourceDir() + "/samples/sample-docs.html") + " " +
         testing::Quote(testing::SourceDir() + "/samples/sample-news.html");
}

TEST(WarcCli, PackThenExtractSamples) {
  for (const char* ext : {".warc", ".warc.gz", ".warc.zst"}) {
    const std::string warc = Tmp(std::string("samples") + ext);
    auto p = testing::RunCli("pack " + Samples() + " --url-from-name --base-url https://example.org/ --date 2024-01-01T00:00:00Z -o " + testing::Quote(warc));
    ASSERT_EQ(p.exit_code, 0) << p.err;
    auto r = testing::RunCli("warc " + testing::Quote(warc) + " -o - --threads 1");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> lines = Lines(r.out);
    ASSERT_EQ(lines.size(), 2u) << ext;
    Result<JsonDocument> j = ParseJson(lines[1]);
    ASSERT_TRUE(j.ok());
    EXPECT_EQ(j->root().Get("url")->str(), "https://example.org/sample-news.html");
    EXPECT_EQ(j->root().Get("warc_date")->str(), "2024-01-01T00:00:00Z");
    EXPECT_EQ(j->root().Get("warc_file")->str(), warc);
    EXPECT_EQ(j->root().Get("id")->str().rfind("<urn:uuid:", 0), 0u);
    EXPECT_TRUE(j->root().Get("offset")->is_number());
    EXPECT_FALSE(j->root().Get("title")->str().empty());
    // The summary counts what happened.
    EXPECT_NE(r.err.find("records 3, html 2, extracted 2; skipped 1 (warcinfo 1); errors 0"), std::string::npos)
        << r.err;
  }
}

// Records over 1 MiB are extracted one at a time while the other workers
// go on with small ones. Runs of big records, big records among small ones,
// and a big one last: every thread count writes the same lines, in record
// order.
TEST(WarcCli, BigRecordsKeepOrderAcrossThreads) {
  const std::string dir = Tmp("big_pages");
  std::filesystem::create_directories(dir);
  const char pattern[] = "sBBsssBsBBBssssssssssssBsB";
  std::string files;
  for (size_t i = 0; pattern[i]; ++i) {
    std::string html = "<html><head><title>Page " + std::to_string(i) + "</title></head><body><article><h1>Page " +
                       std::to_string(i) + "</h1>";
    const size_t paragraphs = pattern[i] == 'B' ? 14000 : 20;
    for (size_t k = 0; k < paragraphs; ++k)
      html += "<p>Paragraph " + std::to_string(k) + " of page " + std::to_string(i) +
              " says something about the matter at hand, at some length.</p>\n";
    html += "</article></body></html>";
    if (pattern[i] == 'B') {
      ASSERT_GT(html.size(), size_t(1) << 20);  // past the CLI's big-record size
    }
    char name[32];
    std::snprintf(name, sizeof name, "/p%02zu.html", i);
    std::ofstream(dir + name) << html;
    files += " " + testing::Quote(dir + name);
  }
  const std::string warc = Tmp("big.warc");
  ASSERT_EQ(testing::RunCli("pack" + files + " --url-from-name -o " + testing::Quote(warc)).exit_code, 0);
  auto one = testing::RunCli("warc " + testing::Quote(warc) + " -o - --threads 1");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  std::vector<std::string> lines = Lines(one.out);
  ASSERT_EQ(lines.size(), std::strlen(pattern));
  for (size_t i = 0; i < lines.size(); ++i) {
    Result<JsonDocument> j = ParseJson(lines[i]);
    ASSERT_TRUE(j.ok());
    EXPECT_EQ(j->root().Get("title")->str(), "Page " + std::to_string(i));
  }
  for (const char* threads : {"2", "3", "5"}) {
    auto r = testing::RunCli("warc " + testing::Quote(warc) + " -o - --threads " + threads);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, one.out) << threads << " threads";
  }
}

TEST(WarcCli, OutputCompressionFormatAndFilters) {
  const std::string warc = Tmp("f.warc.gz");
  ASSERT_EQ(testing::RunCli("pack " + Samples() + " -o " + testing::Quote(warc)).exit_code, 0);
  const std::string out = Tmp("f.jsonl.gz");
  auto r = testing::RunCli("warc " + testing::Quote(warc) + " -o " + testing::Quote(out) + " --format markdown");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string gz = testing::ReadFile(out);
  ASSERT_GE(gz.size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>(gz[0]), 0x1f);
  r = testing::RunCli("warc " + testing::Quote(warc) + " -o - --format markdown");
  EXPECT_NE(r.out.find("\"text\":\"# "), std::string::npos) << r.out.substr(0, 400);
  r = testing::RunCli("warc " + testing::Quote(warc) + " -o - --min-chars 1000000");
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("min_chars 2"), std::string::npos) << r.err;
  r = testing::RunCli("warc " + testing::Quote(warc) + " -o - --lang xx,yy");
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("lang 2"), std::string::npos) << r.err;
  r = testing::RunCli("warc " + testing::Quote(warc) + " -o - --max-nodes 5");
  EXPECT_NE(r.out.find("\"limits\":[\"max_nodes\"]"), std::string::npos) << r.out.substr(0, 300);
  r = testing::RunCli("warc " + testing::Quote(warc) + " -o - --max-bytes 100");
  EXPECT_NE(r.err.find("errors 2 (max_input_bytes 2)"), std::string::npos) << r.err;
}

// --zstd-dict on too few pages still packs, and says why there is no
// dictionary in words (how many pages it had), not only zstd's error name;
// on an output that is not .zst it says the option does nothing there.
TEST(WarcCli, ZstdDictOnFewPagesSaysWhy) {
  const std::string warc = Tmp("few.warc.zst");
  auto r = testing::RunCli("pack " + Samples() + " --zstd-dict -o " + testing::Quote(warc));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  if (!r.err.empty()) {
    EXPECT_NE(r.err.find(" pages ("), std::string::npos) << r.err;
  }
  EXPECT_EQ(testing::RunCli("warc " + testing::Quote(warc) + " -o - --threads 1").exit_code, 0);
  r = testing::RunCli("pack " + Samples() + " --zstd-dict -o " + testing::Quote(Tmp("few.warc.gz")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("--zstd-dict is for .warc.zst"), std::string::npos) << r.err;
}

TEST(WarcCli, UsageErrors) {
  EXPECT_EQ(testing::RunCli("warc").exit_code, 2);
  EXPECT_EQ(testing::RunCli("warc x.warc").exit_code, 2);  // no -o
  EXPECT_EQ(testing::RunCli("warc x.warc -o - --threads 0").exit_code, 2);
  EXPECT_EQ(testing::RunCli("warc x.warc -o - --format html").exit_code, 2);
  EXPECT_EQ(testing::RunCli("pack").exit_code, 2);
  // A WARC-Date that is no date would go into every record unchecked.
  for (const char* bad : {"yesterday", "2024-13-01", "2024-01-01T10:00:00", "01/02/2024", "2024-02-30",
                          "2024-01-01T24:00Z", "2024-01-01T10:60Z", "2024-01-01T10:00:00.Z", "2024-01-01T10Z",
                          "2024-01-01Z", "2024-01-01T10:00:00:00Z"}) {
    auto p = testing::RunCli("pack " + Samples() + " -o " + testing::Quote(Tmp("bad_date.warc")) + " --date " + bad);
    EXPECT_EQ(p.exit_code, 2) << bad;
    EXPECT_NE(p.err.find("--date"), std::string::npos) << p.err;
  }
  for (const char* good : {"2024-02-29", "2024-01-31T12:00Z", "2024-01-31T23:59:59Z", "2024-01-31T12:00:00.25Z"}) {
    auto p = testing::RunCli("pack " + Samples() + " -o " + testing::Quote(Tmp("good_date.warc")) + " --date " + good);
    EXPECT_EQ(p.exit_code, 0) << good << ": " << p.err;
  }
  auto r = testing::RunCli("warc " + testing::Quote(Tmp("missing.warc")) + " -o -");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("missing.warc"), std::string::npos);
  // The summary said "errors 0" for a file it could not open.
  EXPECT_NE(r.err.find("1 file (1 could not be opened)"), std::string::npos) << r.err;
  // A directory stands for its WARC files (Cli.WarcReadsTheWarcFilesInADirectory);
  // one without any is named.
  std::filesystem::create_directories(Tmp("empty_dir"));
  r = testing::RunCli("warc " + testing::Quote(Tmp("empty_dir")) + " -o -");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no WARC files in this directory"), std::string::npos) << r.err;
  EXPECT_EQ(testing::RunCli("warc x.warc -o - --reference-date 2024-02-30").exit_code, 2);
  EXPECT_EQ(testing::RunCli("warc x.warc -o - --page-type blog").exit_code, 2);
  EXPECT_EQ(testing::RunCli("warc x.warc -o - --favor most").exit_code, 2);
  // A compression lede does not write: not a plain WARC under that name.
  r = testing::RunCli("pack " + Samples() + " -o " + testing::Quote(Tmp("out.warc.bz2")));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(".bz2"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(Tmp("out.warc.bz2")));
  // "lede help warc" is "lede warc --help".
  r = testing::RunCli("help warc");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--threads"), std::string::npos) << r.out;
  EXPECT_EQ(testing::RunCli("help nosuch").exit_code, 2);
  r = testing::RunCli("warc --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* o : {"--threads", "--format", "--min-chars", "--lang", "--time-budget-ms"})
    EXPECT_NE(r.out.find(o), std::string::npos) << o;
}

TEST(WarcCli, TruncatedFileKeepsWhatItHad) {
  const std::string warc = Tmp("cut.warc.gz");
  ASSERT_EQ(testing::RunCli("pack " + Samples() + " -o " + testing::Quote(warc)).exit_code, 0);
  std::string bytes = testing::ReadFile(warc);
  bytes.resize(bytes.size() - 30);
  std::ofstream(warc, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
  auto r = testing::RunCli("warc " + testing::Quote(warc) + " -o -");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(Lines(r.out).size(), 1u);
  EXPECT_NE(r.err.find("errors 1 (truncated 1)"), std::string::npos) << r.err;
}

// A record whose Content-Length lies (here 60 bytes short, in a plain file
// and in a .warc.gz of a member per record) was reported as an error and
// its page lost; it is now read up to the next record, its page extracted
// as from the good file, the repair said once on stderr (the record's id
// and offset, then the reader's warning) and in its JSON line ("warning"),
// and the summary counts it as
// extracted and repaired, no error.
TEST(WarcCli, LyingContentLengthIsRepairedAndSaidOnce) {
  for (const char* ext : {".warc", ".warc.gz"}) {
    SCOPED_TRACE(ext);
    const std::string good = Tmp(std::string("lie_good") + ext);
    ASSERT_EQ(testing::RunCli("pack " + Samples() + " --url-from-name --base-url https://example.org/ -o " +
                              testing::Quote(good))
                  .exit_code,
              0);
    auto want = testing::RunCli("warc " + testing::Quote(good) + " -o - --threads 1");
    ASSERT_EQ(want.exit_code, 0) << want.err;
    ASSERT_EQ(Lines(want.out).size(), 2u);
    // The plain WARC, with the first page's Content-Length 60 short.
    const std::string plain_path = Tmp("lie_plain.warc");
    ASSERT_EQ(testing::RunCli("pack " + Samples() + " --url-from-name --base-url https://example.org/ -o " +
                              testing::Quote(plain_path))
                  .exit_code,
              0);
    std::string bytes = testing::ReadFile(plain_path);
    size_t rec = bytes.find("WARC-Type: response");
    ASSERT_NE(rec, std::string::npos);
    const size_t p = bytes.find("Content-Length: ", rec) + 16;
    const size_t e = bytes.find("\r\n", p);
    const long length = std::stol(bytes.substr(p, e - p));
    bytes.replace(p, e - p, std::to_string(length - 60));
    std::string file = bytes;
    if (std::string(ext) == ".warc.gz") {
      // A gzip member per record, as pack writes them.
      file.clear();
      size_t at = 0;
      while (at < bytes.size()) {
        size_t next = bytes.find("\r\n\r\nWARC/1.", at);
        next = next == std::string::npos ? bytes.size() : next + 4;
        const std::string member = Tmp("lie_member.gz");
        Result<CompressedWriter> w = CompressedWriter::Open(member, Compression::kGzip);
        ASSERT_TRUE(w.ok());
        ASSERT_TRUE(w->Write(std::string_view(bytes).substr(at, next - at)).ok());
        ASSERT_TRUE(w->Close().ok());
        file += testing::ReadFile(member);
        at = next;
      }
    }
    const std::string lying = Tmp(std::string("lie") + ext);
    std::ofstream(lying, std::ios::binary).write(file.data(), std::streamsize(file.size()));
    auto r = testing::RunCli("warc " + testing::Quote(lying) + " -o - --threads 2");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const std::vector<std::string> got = Lines(r.out), expected = Lines(want.out);
    ASSERT_EQ(got.size(), 2u) << r.err;
    for (size_t i = 0; i < 2; ++i) {
      Result<JsonDocument> a = ParseJson(got[i]), b = ParseJson(expected[i]);
      ASSERT_TRUE(a.ok() && b.ok());
      EXPECT_EQ(a->root().Get("text")->str(), b->root().Get("text")->str()) << i;
      EXPECT_EQ(a->root().Get("url")->str(), b->root().Get("url")->str()) << i;
      EXPECT_EQ(b->root().Get("warning"), nullptr) << i;
    }
    // The repaired record's line says how, as stderr does; the other's has
    // no such key.
    {
      Result<JsonDocument> first = ParseJson(got[0]), second = ParseJson(got[1]);
      ASSERT_TRUE(first.ok() && second.ok());
      ASSERT_NE(first->root().Get("warning"), nullptr) << got[0];
      EXPECT_NE(first->root().Get("warning")->str().find("Content-Length " + std::to_string(length - 60) +
                                                         " does not match"),
                std::string::npos);
      EXPECT_EQ(second->root().Get("warning"), nullptr) << got[1];
    }
    const std::string said = "does not match the record's block (" + std::to_string(length) +
                             " bytes up to the next record): repaired";
    const size_t at = r.err.find(said);
    ASSERT_NE(at, std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(said, at + 1), std::string::npos) << "said once\n" << r.err;
    EXPECT_NE(r.err.find(": record <urn:uuid:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("warc: Content-Length " + std::to_string(length - 60) + " does not match"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("records 3, html 2, extracted 2; skipped 1 (warcinfo 1); errors 0; repaired 1"),
              std::string::npos)
        << r.err;
    // --quiet says nothing.
    auto q = testing::RunCli("warc " + testing::Quote(lying) + " -o - --quiet");
    EXPECT_EQ(q.err, "");
    EXPECT_EQ(q.out.size(), r.out.size());
  }
}

// Threads change nothing in the output, on a real corpus.
TEST(WarcCli, ThreadsGiveTheSameOutputOnScrapinghub) {
  LEDE_REQUIRE_SHARED(shared);
  const std::string html = shared + "/data/scrapinghub/html";
  if (!std::filesystem::exists(html)) GTEST_SKIP() << html << " not found";
  std::string files;
  int n = 0;
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(html)) names.push_back(e.path().string());
  std::sort(names.begin(), names.end());
  for (const std::string& f : names) {
    if (++n > 60) break;
    files += " " + testing::Quote(f);
  }
  const std::string warc = Tmp("sh.warc.gz");
  ASSERT_EQ(testing::RunCli("pack" + files + " --url-from-name -o " + testing::Quote(warc)).exit_code, 0);
  auto one = testing::RunCli("warc " + testing::Quote(warc) + " -o - --threads 1");
  auto two = testing::RunCli("warc " + testing::Quote(warc) + " -o - --threads 2");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(Lines(one.out).size(), 60u) << one.err;
  EXPECT_EQ(one.out, two.out);
  // And the same articles as lede extract on the files.
  auto ex = testing::RunCli("extract --format json" + files);
  std::vector<std::string> a = Lines(one.out), b = Lines(ex.out);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    Result<JsonDocument> ja = ParseJson(a[i]), jb = ParseJson(b[i]);
    ASSERT_TRUE(ja.ok() && jb.ok());
    EXPECT_EQ(ja->root().Get("text")->str(), jb->root().Get("text")->str()) << i;
  }
}

// The options a help text names ("--name"), besides --help and --version.
std::set<std::string> OptionNames(const std::string& text) {
  static const std::regex kOption("--[a-z][a-z0-9-]*");
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kOption); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  out.erase("--help");
  out.erase("--version");
  return out;
}

// README's section "### `lede NAME`": up to the next heading.
std::string ReadmeSection(const std::string& readme, const std::string& name) {
  const std::string head = "### `lede " + name;
  const size_t start = readme.find(head);
  if (start == std::string::npos) return "";
  size_t end = readme.find("\n#", start + head.size());
  return readme.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// What README.md says of each subcommand's options is what its --help says,
// and every subcommand answers --help and --version alike.
TEST(CliDocs, ReadmeAndHelpNameTheSameOptions) {
  std::ifstream f(testing::SourceDir() + "/README.md");
  ASSERT_TRUE(f) << "README.md not found";
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string readme = ss.str();
  const std::string version = testing::RunCli("--version").out;
  EXPECT_EQ(version.rfind("lede ", 0), 0u) << version;
  EXPECT_NE(testing::RunCli("--help").out.find("--version"), std::string::npos);
  for (const char* cmd : {"extract", "warc", "pack", "debug tree"}) {
    SCOPED_TRACE(cmd);
    const std::string name = cmd;
    const testing::CliResult help = testing::RunCli(name + " --help");
    EXPECT_EQ(help.exit_code, 0);
    std::set<std::string> in_help = OptionNames(help.out);
    std::set<std::string> in_readme = OptionNames(ReadmeSection(readme, name));
    in_help.erase("--output");  // README shows its short form, -o
    EXPECT_FALSE(in_readme.empty());
    for (const std::string& o : in_readme) EXPECT_TRUE(in_help.count(o)) << o << " is in README, not in --help";
    for (const std::string& o : in_help) EXPECT_TRUE(in_readme.count(o)) << o << " is in --help, not in README";
    if (name != "debug tree") {
      const testing::CliResult v = testing::RunCli(name + " --version");
      EXPECT_EQ(v.exit_code, 0) << v.err;
      EXPECT_EQ(v.out, version);
    }
  }
}

// A limit's error names the limit as the library's Status does
// ("limit_exceeded: max_input_bytes: ..."), whichever side of the gzip
// layer it hit.
TEST(CliDocs, LimitErrorsNameTheLimit) {
  const std::string page = testing::Quote(testing::SourceDir() + "/samples/sample-news.html");
  testing::CliResult r = testing::RunCli("extract --max-bytes 10 " + page);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("limit_exceeded: max_input_bytes: "), std::string::npos) << r.err;
}

// lede warc takes the page options lede extract takes, and they reach every
// record: each line equals lede extract's JSON for the same page and options
// (the record's url, the warc_* fields and the id aside).
TEST(WarcCli, PageOptionsReachEveryRecord) {
  const std::string warc = Tmp("page_options.warc");
  ASSERT_EQ(testing::RunCli("pack " + Samples() + " --url-from-name --base-url https://example.org/ -o " +
                            testing::Quote(warc))
                .exit_code,
            0);
  const std::string opts = " --page-type forum --favor precision --reference-date 2020-01-01";
  testing::CliResult w = testing::RunCli("warc " + testing::Quote(warc) + " -o - --quiet" + opts);
  ASSERT_EQ(w.exit_code, 0) << w.err;
  const std::vector<std::string> lines = Lines(w.out);
  ASSERT_EQ(lines.size(), 2u);
  const char* files[] = {"sample-docs.html", "sample-news.html"};
  for (size_t i = 0; i < 2; ++i) {
    const std::string file = files[i];
    testing::CliResult e = testing::RunCli("extract --format json" + opts + " --url https://example.org/" + file + " " +
                                           testing::Quote(testing::SourceDir() + "/samples/" + file));
    ASSERT_EQ(e.exit_code, 0) << e.err;
    Result<JsonDocument> a = ParseJson(lines[i]);
    Result<JsonDocument> b = ParseJson(e.out);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->root().Get("page_type")->str(), "forum");
    for (const char* key : {"text", "page_type", "date_published", "title", "url"}) {
      const JsonValue* x = a->root().Get(key);
      const JsonValue* y = b->root().Get(key);
      ASSERT_TRUE(x && y) << key;
      EXPECT_EQ(x->is_null(), y->is_null()) << key;
      if (!x->is_null()) {
        EXPECT_EQ(x->str(), y->str()) << key;
      }
    }
  }
}

// `--comments` reaches each record as in `lede extract`: the comment section
// is its own field, and only when asked.
TEST(WarcCli, CommentsOnRequest) {
  const std::string page = Tmp("commented.html");
  std::ofstream(page) << "<!doctype html><html lang=en><head><title>Pruning apple trees</title></head><body>"
                         "<article><h1>Pruning apple trees</h1><p>Winter is the best time to prune an apple tree, "
                         "because the branches are bare and the tree is dormant, so cuts heal before spring.</p>"
                         "<p>Start with dead, damaged and crossing branches, then open the centre of the tree so "
                         "light and air reach the fruit.</p></article><section id=comments class=comments-area>"
                         "<h2 class=comments-title>1 thought on this post</h2><ol class=comment-list><li "
                         "class=comment><article class=comment-body><footer class=comment-meta><b class=fn>Maria</b>"
                         "</footer><div class=comment-content><p>I pruned my old Bramley last week and followed the "
                         "advice exactly, thank you.</p></div></article></li></ol></section></body></html>";
  const std::string warc = Tmp("commented.warc");
  ASSERT_EQ(testing::RunCli("pack " + testing::Quote(page) + " -o " + testing::Quote(warc)).exit_code, 0);
  testing::CliResult off = testing::RunCli("warc " + testing::Quote(warc) + " -o - --quiet");
  testing::CliResult on = testing::RunCli("warc " + testing::Quote(warc) + " -o - --quiet --comments");
  ASSERT_EQ(off.exit_code, 0) << off.err;
  ASSERT_EQ(on.exit_code, 0) << on.err;
  EXPECT_EQ(off.out.find("\"comments\""), std::string::npos) << off.out;
  EXPECT_EQ(off.out.find("Bramley"), std::string::npos) << off.out;
  Result<JsonDocument> j = ParseJson(Lines(on.out).at(0));
  ASSERT_TRUE(j.ok());
  const JsonValue* c = j->root().Get("comments");
  ASSERT_TRUE(c && !c->is_null()) << on.out;
  EXPECT_NE(c->str().find("Bramley"), std::string::npos) << on.out;
  EXPECT_EQ(j->root().Get("text")->str().find("Bramley"), std::string::npos) << on.out;
}

TEST(Cli, AWriteErrorIsAnErrorEvenForSmallOutput) {
  // Output smaller than stdio's buffer was written at exit, its failure
  // unchecked: `lede extract page.html > /dev/full` exited 0, nothing out.
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const std::string page = Tmp("small_page.html");
  std::ofstream(page) << "<p>A small page.</p>";
  for (const char* cmd : {"extract ", "extract --format json ", "debug tree "}) {
    auto r = testing::RunCli(std::string(cmd) + testing::Quote(page) + " > /dev/full");
    EXPECT_EQ(r.exit_code, 1) << cmd;
    EXPECT_NE(r.err.find("write error"), std::string::npos) << cmd << r.err;
  }
}

TEST(WarcCli, StopsReadingWhenTheOutputCannotBeWritten) {
  // A full disk (or a closed pipe) failed the first write, and lede warc
  // went on extracting every record of the input for nothing.
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const std::string one = Tmp("full_one.warc");
  ASSERT_EQ(testing::RunCli("pack " + Samples() + " -o " + testing::Quote(one)).exit_code, 0);
  const std::string bytes = testing::ReadFile(one);
  const std::string many = Tmp("full_many.warc");
  {
    std::ofstream f(many, std::ios::binary);
    for (int i = 0; i < 400; ++i) f.write(bytes.data(), std::streamsize(bytes.size()));
  }
  auto r = testing::RunCli("warc " + testing::Quote(many) + " -o /dev/full --threads 2");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("write error"), std::string::npos) << r.err;
  const size_t at = r.err.find("records ");
  ASSERT_NE(at, std::string::npos) << r.err;
  EXPECT_LT(std::stoul(r.err.substr(at + 8)), 200u) << r.err;  // of 400 x (1 + pages)
}

}  // namespace
}  // namespace lede
