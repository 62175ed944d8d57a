// Hostile pages (issue 7): every generator in hostile_pages.h, plus the
// container cases, must end with output or a clear error/limit, never a
// crash or a hang (ctest's timeout is the hang check; the linear-time check
// is bench/pipeline_scaling.py). Sizes are scaled down by default; set
// LEDE_HOSTILE_FULL=1 for the sizes the issue names (100 MB page, 1e6-deep
// nesting...).
//
// Parser-bound generators at full size are skipped on gumbo, which is known
// to recurse or go quadratic there; they run as soon as NewDefaultParser()
// is the new parser.
#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "hostile_pages.h"
#include "html/parser.h"
#include "lede/lede.h"
#include "strict_json.h"
#include "test_util.h"

namespace lede {
namespace testing {
// Test names and ctest show the generator's name, not its bytes.
void PrintTo(const HostileCase& c, std::ostream* os) { *os << c.name; }
}  // namespace testing

namespace {

using ::lede::testing::HostileCase;
using ::lede::testing::kHostileCases;

bool FullSize() {
  const char* v = std::getenv("LEDE_HOSTILE_FULL");
  return v && *v && std::string(v) != "0";
}

std::string DefaultParserName() { return std::string(NewDefaultParser()->name()); }

// The wall-time bound of the stays-linear tests below. Each quadratic
// path they guard took 13 s to minutes at their sizes in a Release build;
// the linear ones take well under a second there, and 4-7 s under ASan on
// an idle machine, 14 s on a loaded one: so a sanitizer build gets three
// times the room, still far below what the quadratic paths take there.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kLinearBoundSeconds = 30.0;
#else
constexpr double kLinearBoundSeconds = 10.0;
#endif

// Extracts `page` (with a report when `report` is given), the wall time
// it took into `*seconds`: the shape of the stays-linear tests below.
Result<Article> TimedExtract(const std::string& page, double* seconds,
                             std::vector<BlockReport>* report = nullptr) {
  Extractor extractor;
  const auto start = std::chrono::steady_clock::now();
  Result<Article> r = report ? extractor.Extract(page, {}, report) : extractor.Extract(page, {});
  *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

class HostilePage : public ::testing::TestWithParam<HostileCase> {};

TEST_P(HostilePage, EndsWithOutputOrLimit) {
  const HostileCase& c = GetParam();
  const bool full = FullSize();
  if (full && c.parser_bound && DefaultParserName() == "gumbo")
    GTEST_SKIP() << c.name << " at full size is expected to fail on gumbo (deep recursion or "
                 << "quadratic parse); runs when NewDefaultParser() is the new parser";
  const size_t n = full ? c.full_n : c.ci_n;
  const std::string page = c.make(n);
  SCOPED_TRACE(std::string(c.name) + " n=" + std::to_string(n) + " bytes=" + std::to_string(page.size()));

  Result<Article> r = Extract(page);
  if (!r.ok()) {
    // The only acceptable failure is a limit, said as such.
    EXPECT_EQ(r.status().code(), StatusCode::kLimitExceeded) << r.status().ToString();
    return;
  }
  const Article& a = r.value();
  EXPECT_TRUE(testing::IsStrictUtf8(a.text));
  EXPECT_EQ(a.text.find('\0'), std::string::npos) << "raw NUL in the text";
  EXPECT_EQ(testing::CheckStrictJson(ToJson(a)), "");
  EXPECT_TRUE(testing::IsStrictUtf8(ToMarkdown(a)));
  EXPECT_TRUE(testing::IsStrictUtf8(ToHtml(a)));
  std::printf("  %s: %zu bytes in, %zu bytes of text, charset %s (%s)\n", c.name, page.size(),
              a.text.size(), a.charset.c_str(), a.charset_source.c_str());

  const std::string_view name = c.name;
  if (name == "deep_nesting" || name == "nested_tables" || name == "huge_text" ||
      name == "big_page" || name == "invalid_utf8" || name == "lying_charset") {
    EXPECT_FALSE(a.text.empty()) << "the page's text was lost";
  }
  if (name == "deep_nesting") {
    EXPECT_NE(a.text.find("deep text"), std::string::npos);
  }
  if (name == "formatting_storm") {  // reconstruction no longer reaches max_nodes
    EXPECT_TRUE(a.limits_hit.empty());
    EXPECT_NE(a.text.find("After the storm."), std::string::npos);
  }
  if (name == "invalid_utf8") {
    EXPECT_NE(a.text.find("\xEF\xBF\xBD"), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(Pages, HostilePage, ::testing::ValuesIn(kHostileCases),
                         [](const ::testing::TestParamInfo<HostileCase>& i) {
                           return std::string(i.param.name);
                         });

TEST(HostilePages, InputLimitRefusesBeforeWork) {
  ExtractOptions o;
  o.limits.max_input_bytes = 1u << 20;
  Result<Article> r = Extract(testing::hostile::BigPage(2u << 20), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(r.status().message().find("max_input_bytes"), std::string_view::npos);
}

TEST(HostilePages, NodeLimitBoundsTheDom) {
  ExtractOptions o;
  o.limits.max_nodes = 2000;
  Result<Article> r = Extract(testing::hostile::BigPage(1u << 20), o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  // The DOM stops at the limit, but no text is lost: past it the page's
  // text is kept without its markup (as much as the whole page gives).
  Result<Article> whole = Extract(testing::hostile::BigPage(1u << 20));
  ASSERT_TRUE(whole.ok());
  EXPECT_TRUE(whole.value().limits_hit.empty());
  auto words = [](const std::string& t) {
    size_t n = 0;
    for (size_t i = 0; i < t.size(); ++i) n += t[i] != ' ' && t[i] != '\n' && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '\n');
    return n;
  };
  EXPECT_GE(words(r.value().text), words(whole.value().text));
  ASSERT_EQ(r.value().limits_hit.size(), 1u);
  EXPECT_EQ(r.value().limits_hit[0], "max_nodes");
  EXPECT_NE(ToJson(r.value()).find("\"limits\":[\"max_nodes\"]"), std::string::npos);
  // A page under the limit is not flagged.
  Result<Article> small = Extract(testing::hostile::BigPage(4096), o);
  ASSERT_TRUE(small.ok());
  EXPECT_TRUE(small.value().limits_hit.empty());
  EXPECT_EQ(ToJson(small.value()).find("\"limits\""), std::string::npos);
}

TEST(HostilePages, ExplainStaysLinearOnDeepBlocks) {
  // 40,000 nested list items, each holding a heading line outside the
  // content root. --explain (the report) climbed from every such block to
  // the top, comparing each ancestor with every root: 29 s here, quadratic.
  // Now one preorder pass: well under a second (10 s leaves room for
  // sanitizer builds and a busy machine).
  const std::string page = testing::hostile::Nested("<html><body>", "<ol><li><h2>h</h2>", 40000, "x");
  std::vector<BlockReport> report;
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds, &report);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_GT(report.size(), 40000u) << "every line is reported";
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

TEST(HostilePages, ManyScholarlyAuthorsStayLinear) {
  // 1,900 citation_author tags, each another name. Each name added was
  // compared with every one held (1,000 tags: 2.83 times the work of 500).
  // A page's writers are now kMaxAuthors (64) at most, the first ones kept.
  const std::string page = testing::hostile::ScholarlyAuthors(1900);
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().authors.size(), 64u);
  EXPECT_EQ(r.value().authors.front(), "Bdaaa Baaaa");
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

TEST(HostilePages, ManyJsonLdWritersStayLinear) {
  // One JSON-LD story naming 40,000 writers, every one another (1.6 MB):
  // each name was compared with every one held, 7.2 s (10,000: 0.45 s;
  // quadratic, and no meta cap bounds JSON-LD). Now 64 writers at most.
  const std::string page = testing::hostile::JsonLdAuthors(40000);
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().authors.size(), 64u);
  EXPECT_EQ(r.value().authors.front(), "Baaaa Bbaaa");
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

TEST(HostilePages, TablesNestedInCellsStayLinear) {
  // 40,000 tables each nested in the last one's cell, the words in the
  // innermost. Every table's data-or-layout check read its cells' text down
  // to the innermost cell: 20,000 levels took 6 s, 100,000 over two minutes
  // (quadratic). The check now stops at a nested table, as its walk did
  // anyway: well under a second.
  const std::string page = testing::hostile::Nested(
      "<html><body><article><p>Before the tables, a line of words.</p>", "<table><tr><td>", 40000,
      "Inside the last cell, a line of words.</article>");
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r.value().text.find("Inside the last cell"), std::string::npos);
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

TEST(HostilePages, AriaCellsNestedInCellsStayLinear) {
  // A role=table whose one row holds 150,000 role=cell boxes each nested in
  // the last, the words in the innermost. The table's data-or-layout check
  // reads each cell's text; cells nest here as <td>s cannot, and each read
  // went down to the innermost cell (quadratic: 40,000 levels took 3 s)
  // until the cells' nodes counted against the check's one budget.
  const std::string page = testing::hostile::Nested(
      "<html><body><article><p>Before the table, a line of words.</p><div role=table><div role=row>",
      "<div role=cell>", 150000, "Inside the last cell, a line of words.</article>");
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r.value().text.find("Inside the last cell"), std::string::npos);
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

TEST(HostilePages, ManyWordButtonsInOneBlockStayLinear) {
  // 100,000 buttons in one paragraph, each a word set off by a comma (a
  // review summary's chips, "<button>texture</button>, "). Each button's
  // check for prose in its block read the block's children to the end:
  // 60,000 took 17 s (quadratic). It now reads the block's first 64.
  std::string page = "<html><body><article><h1>Chips</h1><p>";
  for (int i = 0; i < 100000; ++i) page += "<button>tex</button>, ";
  page += "</p><p>The ferry runs again from Monday, the harbour office said on Friday.</p></article></body></html>";
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r.value().text.find("The ferry runs again"), std::string::npos);
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

TEST(HostilePages, ManyShortBoxesUnderBodyStayLinear) {
  // 100,000 short boxes straight under <body>, then a cookie notice. Each
  // box's check for a consent notice after the page looked back over all
  // its siblings for a longer one: 60,000 took 4.6 s (quadratic). The most
  // text before it is now carried along the walk.
  std::string page =
      "<html><body><div><h1>Harbour</h1><p>The ferry runs again from Monday, the harbour office said on "
      "Friday, after the storm closed the slipway for most of a week.</p></div>";
  for (int i = 0; i < 100000; ++i) page += "<div>tide</div>";
  page += "<div>This site uses cookies. By using our site, you agree to our Privacy Policy.</div></body></html>";
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r.value().text.find("The ferry runs again"), std::string::npos);
  EXPECT_EQ(r.value().text.find("uses cookies"), std::string::npos);
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

TEST(HostilePages, LongPhotoSeriesStaysLinear) {
  // 100,000 captioned figures in one box, the first half captioned in two
  // words, the rest in a sentence. Each long caption's check for a photo
  // series read the box's figures from the first until three long ones:
  // 40,000 figures took 3.8 s (quadratic). The box is now read once.
  const std::string caption = "Volunteers cleared the towpath of fallen willows before the boats came through.";
  std::string page =
      "<html><head><meta property=\"og:type\" content=\"article\"><title>Locks reopen</title></head>"
      "<body><article><h1>Locks reopen</h1><p class=byline>By Jane Doe</p><div class=photo-series>";
  for (int i = 0; i < 50000; ++i) page += "<figure><img src=x.jpg alt=\"\"><figcaption>Lock gates</figcaption></figure>";
  for (int i = 0; i < 50000; ++i)
    page += "<figure><img src=x.jpg alt=\"\"><figcaption>" + caption + "</figcaption></figure>";
  page += "</div></article></body></html>";
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r.value().text.find(caption), std::string::npos) << "a photo series' captions stay";
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

TEST(HostilePages, NestedCreditBoxesStayLinear) {
  // 150,000 credit-classed boxes, each inside the last, each of lines set
  // apart by <br>s (a show's credits list, IsCreditsList). Each box's check
  // for a <figure> above it walked up to the root: 50,000 took 1.25e9
  // steps (quadratic). The walk now reads 16 levels at most.
  std::string page =
      "<html><body><article><h1>Credits</h1><p>The ferry runs again from Monday, the harbour office said on "
      "Friday, after the storm closed the slipway for most of a week.</p>";
  for (int i = 0; i < 150000; ++i) page += "<div class=credit><br><br>";
  page += "</article></body></html>";
  double seconds = 0;
  Result<Article> r = TimedExtract(page, &seconds);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r.value().text.find("The ferry runs again"), std::string::npos);
  EXPECT_LT(seconds, kLinearBoundSeconds);
}

// ---- Containers: the CLI's .gz reader (and the WARC reader when it lands).

std::string Gzip(const std::string& data, int level = 9) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = lede::testing::TempDir() + "/" + name;
  FILE* f = std::fopen(path.c_str(), "wb");
  EXPECT_NE(f, nullptr);
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  return path;
}

TEST(HostilePages, GzipBombHitsTheLimit) {
  // About 1 KB that inflates to 1 MiB; repeated as concatenated gzip members
  // (which the reader follows) it passes any limit.
  const std::string member = Gzip("<p>" + std::string((1u << 20) - 3, 'a'));
  ASSERT_LT(member.size(), 1200u);
  const bool full = FullSize();
  std::string bomb;
  // Full: past the default 256 MiB limit; CI: one member past --max-bytes.
  const int members = full ? 300 : 1;
  for (int i = 0; i < members; ++i) bomb += member;
  const std::string path = WriteTemp("lede_bomb.html.gz", bomb);
  testing::CliResult r =
      testing::RunCli("extract " + testing::Quote(path) + (full ? "" : " --max-bytes 65536"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("limit_exceeded"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  std::remove(path.c_str());
}

TEST(HostilePages, TruncatedGzipIsACorruptInput) {
  const std::string gz = Gzip(testing::hostile::BigPage(256u << 10));
  const std::string path = WriteTemp("lede_truncated.html.gz", gz.substr(0, gz.size() / 2));
  testing::CliResult r = testing::RunCli("extract " + testing::Quote(path));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("corrupt_input"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("truncated"), std::string::npos) << r.err;
  // A garbage "gzip" (magic bytes, then noise) is also a clear error.
  const std::string noise = WriteTemp("lede_noise.html.gz", std::string("\x1f\x8b\x08\x00", 4) +
                                                                std::string(5000, '\x55'));
  r = testing::RunCli("extract " + testing::Quote(noise));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("corrupt_input"), std::string::npos) << r.err;
  std::remove(path.c_str());
  std::remove(noise.c_str());
}

TEST(HostilePages, DamagedGzipPageKeepsWhatInflated) {
  // A .html.gz cut short (a download that stopped) or with a bad checksum
  // inflates up to the damage. The CLI threw those bytes away with its
  // error; now it extracts them, says what was wrong and exits 1, as
  // `gzip -dc` writes what it recovered.
  std::string page = "<html><body><article><h1>Opening</h1><p>The first paragraph of the story.</p>";
  for (int i = 0; i < 4000; ++i) page += "<p>Paragraph " + std::to_string(i) + " of the story, in words.</p>";
  page += "<p>The last paragraph of the story.</p></article></body></html>";
  const std::string gz = Gzip(page);
  const std::string cut = WriteTemp("lede_cut.html.gz", gz.substr(0, gz.size() / 2));
  testing::CliResult r = testing::RunCli("extract --format text " + testing::Quote(cut));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("truncated"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("extracting the"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("The first paragraph of the story."), std::string::npos);
  EXPECT_EQ(r.out.find("The last paragraph"), std::string::npos);
  // A bad CRC: every byte inflated, the checksum says it is damaged.
  std::string bad_crc = gz;
  bad_crc[bad_crc.size() - 8] = char(bad_crc[bad_crc.size() - 8] ^ 0xff);
  const std::string crc = WriteTemp("lede_crc.html.gz", bad_crc);
  r = testing::RunCli("extract --format json " + testing::Quote(crc));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("corrupt_input"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("The last paragraph of the story."), std::string::npos);
  ASSERT_FALSE(r.out.empty());
  EXPECT_EQ(testing::CheckStrictJson(std::string_view(r.out).substr(0, r.out.size() - 1)), "");
  std::remove(cut.c_str());
  std::remove(crc.c_str());
}

std::string WarcResponse(const std::string& id, int story, const std::string& length = "") {
  std::string page = "<html><body><article><h1>Story " + std::to_string(story) + "</h1><p>";
  for (int i = 0; i < 20; ++i) page += "Words of the story told at length. ";
  page += "</p></article></body></html>";
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page;
  return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id +
         ">\r\nWARC-Target-URI: https://example.com/" + id +
         "\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
         "Content-Length: " + (length.empty() ? std::to_string(http.size()) : length) + "\r\n\r\n" +
         http + "\r\n\r\n";
}

TEST(HostilePages, GzipBombInsideAWarcRecord) {
  // The HTTP payload is the bomb (Content-Encoding: gzip); the records
  // around it are still extracted.
  const std::string member = Gzip("<p>" + std::string((1u << 20) - 3, 'a'));
  const bool full = FullSize();
  std::string bomb;
  for (int i = 0; i < (full ? 300 : 1); ++i) bomb += member;
  const std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + bomb;
  const std::string bad = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
                          "WARC-Target-URI: https://example.com/bomb\r\n"
                          "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                          std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  const std::string path = WriteTemp("lede_bomb.warc", WarcResponse("a", 1) + bad + WarcResponse("c", 3));
  testing::CliResult r = testing::RunCli("warc " + testing::Quote(path) + " -o - --threads 1" +
                                         (full ? "" : " --max-bytes 65536"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("max_input_bytes"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"<urn:uuid:a>\""), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"<urn:uuid:c>\""), std::string::npos) << r.err;
  std::remove(path.c_str());
}

TEST(HostilePages, WarcWithWrongContentLength) {
  // Lengths that lie both ways, and one that is not a number: each bad
  // record is reported, and every good record after it is still extracted.
  // The two that lie are repaired (read up to the next record) and
  // extracted too; the one without a number is an error.
  const std::string warc = WarcResponse("a", 1) + WarcResponse("b", 2, "50") + WarcResponse("c", 3) +
                           WarcResponse("d", 4, "100000") + WarcResponse("e", 5) +
                           WarcResponse("f", 6, "12x") + WarcResponse("g", 7);
  const std::string path = WriteTemp("lede_badlen.warc", warc);
  testing::CliResult r = testing::RunCli("warc " + testing::Quote(path) + " -o - --threads 1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const char* id : {"a", "b", "c", "d", "e", "g"})
    EXPECT_NE(r.out.find(std::string("\"id\":\"<urn:uuid:") + id + ">\""), std::string::npos) << id << "\n" << r.err;
  EXPECT_EQ(r.out.find("<urn:uuid:f>"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("record <urn:uuid:b> at offset"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("record <urn:uuid:d> at offset"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no valid Content-Length (\"12x\")"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("extracted 6; skipped 0; errors 1 (warc 1); repaired 2"), std::string::npos) << r.err;
  std::remove(path.c_str());
}

TEST(HostilePages, WarcWithContentLengthPastAnyLimit) {
  // A small record claiming 10^15 bytes ends cleanly with a limit error,
  // and the reader picks up at the next record start inside the claimed
  // length: no good record after it is lost.
  const std::string warc = WarcResponse("a", 1) + WarcResponse("b", 2, "1000000000000000") +
                           WarcResponse("c", 3) + WarcResponse("e", 5);
  const std::string path = WriteTemp("lede_hugelen.warc", warc);
  testing::CliResult r = testing::RunCli("warc " + testing::Quote(path) + " -o - --threads 1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"<urn:uuid:a>\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("max_record_bytes"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"<urn:uuid:c>\""), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"id\":\"<urn:uuid:e>\""), std::string::npos) << r.err;
  std::remove(path.c_str());
}

TEST(HostilePages, WarcGzWithACorruptMemberReadsOn) {
  // Per-record members: the second damaged, the third split into 7-byte
  // members (one record in many members is legal gzip), noise before the
  // last. Only the damaged record is lost, with one error naming the bytes.
  std::string b = WarcResponse("b", 2);
  std::string bad = Gzip(b);
  for (size_t i = 20; i < 40; ++i) bad[i] = '\xff';
  std::string split;
  const std::string c = WarcResponse("c", 3);
  for (size_t i = 0; i < c.size(); i += 7) split += Gzip(c.substr(i, 7));
  const std::string warc = Gzip(WarcResponse("a", 1)) + bad + split + "noise\x1f\x8b\x08" +
                           Gzip(WarcResponse("d", 4));
  const std::string path = WriteTemp("lede_badmember.warc.gz", warc);
  testing::CliResult r = testing::RunCli("warc " + testing::Quote(path) + " -o - --threads 1");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const char* id : {"a", "c", "d"})
    EXPECT_NE(r.out.find(std::string("\"id\":\"<urn:uuid:") + id + ">\""), std::string::npos) << id << "\n" << r.err;
  EXPECT_EQ(r.out.find("\"id\":\"<urn:uuid:b>\""), std::string::npos);
  EXPECT_NE(r.err.find("skipped file bytes"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("errors 2"), std::string::npos) << r.err;
  std::remove(path.c_str());
}

// Runs `<stdin_from>/usr/bin/time -f %M <lede> <args>`, lede's output
// thrown away, and reads what came on stderr: lede's errors, then the peak
// RSS in KB on the last line.
// Skips the test where peak RSS says nothing (ASan's shadow memory) or
// cannot be read (no /usr/bin/time). A macro: a skip must return from the
// test's body.
#if defined(__SANITIZE_ADDRESS__)
#define SKIP_UNLESS_PEAK_RSS_READABLE() GTEST_SKIP() << "ASan's shadow memory changes peak RSS"
#else
#define SKIP_UNLESS_PEAK_RSS_READABLE()                                        \
  if (std::FILE* t = std::fopen("/usr/bin/time", "rb")) std::fclose(t); \
  else GTEST_SKIP() << "no /usr/bin/time"
#endif

struct PeakRun {
  int status = -1;
  std::string said;
  long kb = 0;
};
PeakRun RunMeasuringPeak(const std::string& args, const std::string& stdin_from = "") {
  PeakRun r;
  const std::string cmd = stdin_from + "/usr/bin/time -f %M '" + LEDE_CLI_PATH + "' " + args + " 2>&1 >/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[512];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) r.said.append(buf, n);
  r.status = pclose(p);
  const size_t nl = r.said.size() < 2 ? std::string::npos : r.said.rfind('\n', r.said.size() - 2);
  r.kb = std::atol(r.said.c_str() + (nl == std::string::npos ? 0 : nl + 1));
  return r;
}

// `lede extract` on a page of one long paragraph holds the page, the body's
// text and the output, each once: it read the file by doubling a string
// and copied the writer's output (and moved it again for its line end),
// 6.2x the page at its peak for JSON (24 MiB: 153 MB); now 4.2x (104 MB).
// Measured through /usr/bin/time's peak RSS, in a plain build only.
TEST(HostilePages, ExtractCliHoldsABigPageFewTimes) {
  SKIP_UNLESS_PEAK_RSS_READABLE();
  const std::string page = testing::hostile::HugeText(size_t(24) << 20);
  const std::string path = WriteTemp("lede_big_text.html", page);
  for (const char* format : {"json", "text"}) {
    const PeakRun r = RunMeasuringPeak("extract " + testing::Quote(path) + " --format " + format);
    EXPECT_EQ(r.status, 0) << r.said;
    ASSERT_GT(r.kb, 0) << r.said;
    EXPECT_LT(double(r.kb) * 1024, 4.8 * double(page.size())) << format << ": " << r.kb << " KB peak for "
                                                                << page.size() << " bytes";
  }
  std::remove(path.c_str());
}

// A gzip bomb stops at max_input_bytes holding about that much: the
// decoder grew one string by doubling, and the last step held the old
// buffer and the new (twice max_input_bytes: 515 MB for the default 256
// MiB). Now it decodes into chunks no bigger than what is left under the
// limit. 48 MiB of zeros against a 32 MiB limit, peak RSS through
// /usr/bin/time, in a plain build only.
TEST(HostilePages, GzipBombPeaksNearTheLimit) {
  SKIP_UNLESS_PEAK_RSS_READABLE();
  const size_t limit = size_t(32) << 20;
  std::string page = "<html><body><p>The ferry runs again from Monday.</p>";
  page.resize(size_t(48) << 20, ' ');
  const std::string gz = Gzip(page, 6);
  std::string().swap(page);
  const std::string path = WriteTemp("lede_bomb.html.gz", gz);
  const PeakRun r = RunMeasuringPeak("extract " + testing::Quote(path) + " --max-bytes " + std::to_string(limit));
  EXPECT_NE(r.status, 0) << r.said;  // the limit is an error
  EXPECT_NE(r.said.find("max_input_bytes"), std::string::npos) << r.said;
  ASSERT_GT(r.kb, 0) << r.said;
  EXPECT_LT(double(r.kb) * 1024, 1.4 * double(limit)) << r.kb << " KB peak for a limit of " << limit << " bytes";
  std::remove(path.c_str());
}

// A stream past max_input_bytes (stdin, a pipe, /dev/urandom) is refused
// holding about the limit: the bytes read were appended before the test,
// which doubled the string to twice the limit (528 MB for /dev/urandom
// against the default 256 MiB). Peak RSS through /usr/bin/time, in a plain
// build only.
TEST(HostilePages, EndlessStdinPeaksNearTheLimit) {
  SKIP_UNLESS_PEAK_RSS_READABLE();
  const size_t limit = size_t(32) << 20;
  const PeakRun r = RunMeasuringPeak("extract - --max-bytes " + std::to_string(limit),
                                     "head -c " + std::to_string(limit + limit / 2) + " /dev/zero | ");
  EXPECT_NE(r.said.find("max_input_bytes"), std::string::npos) << r.said;
  ASSERT_GT(r.kb, 0) << r.said;
  EXPECT_LT(double(r.kb) * 1024, 1.4 * double(limit)) << r.kb << " KB peak for a limit of " << limit << " bytes";
}

// A page of JSON-LD made of tiny values (`[1,1,...]`, 16 scripts of 1 MiB)
// held 32 bytes a value in the parse, and as much again on the parser's
// stack while an array was open: 33 bytes a page byte, 536 MB for 16 MiB
// in one script. Values are now 16 bytes and a page's JSON-LD at most a
// million of them (a script past it is left unread). Peak RSS through
// /usr/bin/time, in a plain build only.
TEST(HostilePages, JsonLdOfTinyValuesPeaksFewTimesThePage) {
  SKIP_UNLESS_PEAK_RSS_READABLE();
  std::string script = "[1";
  while (script.size() < (size_t(1) << 20)) script += ",1";
  script += "]";
  std::string page = "<html><head><title>T</title>";
  for (int i = 0; i < 16; ++i) page += "<script type=\"application/ld+json\">" + script + "</script>";
  page += "</head><body><p>The ferry runs again from Monday.</p></body></html>";
  const std::string path = WriteTemp("lede_jsonld_flood.html", page);
  const PeakRun r = RunMeasuringPeak("extract " + testing::Quote(path) + " --format json");
  EXPECT_EQ(r.status, 0) << r.said;
  ASSERT_GT(r.kb, 0) << r.said;
  EXPECT_LT(double(r.kb) * 1024, 5.0 * double(page.size())) << r.kb << " KB peak for " << page.size() << " bytes";
  std::remove(path.c_str());
}

// Each link resolved against the page's URL copies it: "#x" is the whole
// URL and "#x". A WARC-Target-URI of 1 MB and 2,000 links made 2 GB of
// body, 4 GB at peak, 15 GB in Markdown (hostile38). What resolving adds is
// bounded (16 MiB a body); past it links keep the address as written.
TEST(HostilePages, ALongPageUrlTimesManyLinksIsBounded) {
  ExtractOptions o;
  o.url = "https://example.com/" + std::string(256 * 1024, 'a') + "/";
  std::string page = "<html><head><title>T</title></head><body><article><p>The ferry runs again from Monday, "
                     "the harbour master said in a note to the islanders this week.</p><p>";
  for (int i = 0; i < 1000; ++i) page += "<a href=\"#n" + std::to_string(i) + "\">note</a> <img src=\"p.jpg\"> ";
  page += "</p></article></body></html>";
  Result<Article> r = Extract(page, o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_LT(r->body.strings.size(), size_t(24) << 20);  // (was 512 MB)
  const std::string md = ToMarkdown(*r);
  EXPECT_LT(md.size(), size_t(48) << 20);
  EXPECT_NE(md.find("](" + o.url + "#n0)"), std::string::npos);  // the first ones resolved
  EXPECT_NE(md.find("[note](#n999)"), std::string::npos);         // the last as written
}

// hostile41: the page's URL is the caller's (`--url`, a WARC record's
// target): one of a script ("javascript:alert(1)//") made every relative
// link and image on the page a script's in Markdown and HTML. Such a URL
// resolves nothing: the references stay as written.
TEST(HostilePages, AScriptPageUrlMakesNoScriptLinks) {
  const std::string page =
      "<html><head><title>T</title><base href=\"../../a/b/\"></head><body><article><p>The ferry runs again "
      "from Monday, the harbour master said in a note to the islanders this week, and the timetable is "
      "<a href=\"x\">here</a>.</p><figure><img src=\"p.jpg\" alt=\"The ferry\"></figure></article></body></html>";
  for (const char* url : {"javascript:alert(1)//", "data:text/html,a/", "vbscript:x//"}) {
    ExtractOptions o;
    o.url = url;
    Result<Article> r = Extract(page, o);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    const std::string md = ToMarkdown(*r), html = ToHtml(*r);
    EXPECT_NE(md.find("[here](x)"), std::string::npos) << url << "\n" << md;
    for (const std::string& out : {md, html}) {
      EXPECT_EQ(out.find("javascript:alert"), std::string::npos) << url << "\n" << out;
      EXPECT_EQ(out.find("data:text"), std::string::npos) << url << "\n" << out;
      EXPECT_EQ(out.find("vbscript:"), std::string::npos) << url << "\n" << out;
    }
  }
}

}  // namespace
}  // namespace lede
