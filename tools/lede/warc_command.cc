// lede warc: WARC files to JSON Lines, on every core, in input order.
//
// N workers (one Extractor each) take turns at the reader, decode and
// extract their record, and put lines out in record order. At most `window`
// lines wait for their turn and each worker holds one record, so memory
// stays flat whatever the file size.
#include <atomic>
#include <malloc.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "lede/lede.h"
#include "lede/warc.h"
#include "progress_bar.h"
#include "warc/compressed_writer.h"

namespace lede::cli {
namespace {

constexpr char kWarcUsage[] = R"(usage: lede warc IN... -o OUT [options]

Extracts the article from every HTML response in WARC files (.warc,
.warc.gz, .warc.zst; '-' reads standard input; a directory stands for the
WARC files under it, in path order) and writes JSON Lines, one
object per article, in input order: "id" (WARC-Record-ID), "warc_date",
"warc_file", "offset", then the fields of 'lede extract --format json'
("url" first). Non-HTML records are skipped and counted by reason; a bad
record is reported on stderr and counted, and the file goes on. A record
whose Content-Length does not match its block is read up to the next
record, reported once on stderr and counted as repaired.

options:
  -o, --output OUT      where to write: OUT.jsonl, OUT.jsonl.gz, OUT.jsonl.zst
                        or '-' (standard output)
  --threads N           worker threads (default: the number of cores)
  --format FMT          what the "text" field holds: text (default) or
                        markdown
  --min-chars N         skip articles with fewer than N characters of text
  --lang CODES          keep only these languages (ISO 639 codes of 2 or 3
                        letters, comma-separated, e.g. en,de; a page's primary
                        subtag is matched: en keeps en-US); pages of unknown
                        language are skipped
  --favor MODE          balanced (default), precision or recall, as in
                        'lede extract'
  --comments            also each page's comment section, as the "comments"
                        field (as in 'lede extract')
  --page-type TYPE      article, forum, listing, product or page: take every
                        page as that type instead of detecting it (default:
                        auto), for a crawl of one kind of site
  --reference-date YYYY-MM-DD
                        dates after this day are not publication dates
                        (default: today; set it to the crawl's day). Given, a
                        relative stamp ("3 days ago") is counted back from it
  --max-bytes N         per page: refuse bodies larger than N bytes
  --max-nodes N         per page: at most N DOM nodes (the text past them is
                        kept, without its markup)
  --time-budget-ms N    per page: give up after N ms (checked between stages)
  --max-record-bytes N  skip WARC records larger than N bytes (default 64 MiB)
  --no-repair-mojibake  keep doubly-encoded text ("Ã©" for "é") as it is
  -q, --quiet           no per-record error lines, no summary
  --no-progress         no progress bar (it is shown only on a terminal)
  -h, --help            show this help
  --version             print the version

A summary goes to stderr at the end: records read, HTML, extracted, skipped
by reason, errors by reason, records repaired (when any). Exit status: 0 when every file was read (bad
records included; an empty file is an empty WARC), 1 when a file could not
be opened or held no readable record (not a WARC), a directory held no WARC
file or the output could not be written, 2 on a usage error.
)";

int UsageError(const std::string& msg) {
  std::fprintf(stderr, "lede: %s\nTry 'lede warc --help'.\n", msg.c_str());
  return 2;
}

bool ParseCount(const std::string& v, uint64_t* out) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long n = std::strtoull(v.c_str(), &end, 10);
  // Past 2^64-1 strtoull saturates: a typo, not "no limit".
  if (v.empty() || *end != '\0' || v[0] == '-' || errno == ERANGE) return false;
  *out = n;
  return true;
}

// Memory policy of the pool. A page's parse takes many times its size, so
// big records (more than kBigRecord) are extracted one at a time; a worker
// holds the one record it works on, and finished lines wait in a ring of
// fixed size. Peak memory is then about one big page plus one small page
// per other worker, however long the input.
constexpr size_t kBigRecord = 1u << 20;
// After a record this big the freed memory is also handed back to the
// system (malloc_trim). Not after every big record: the pages that follow
// would fault that memory in again (on WCXB, 81 records above 1 MiB made
// trimming cost 12% of a one-thread run); below this size the heap's free
// memory is simply reused by the next pages.
constexpr size_t kTrimRecord = 16u << 20;

// What a worker hands the writer for one record.
struct Output {
  std::string line;     // the JSON line with '\n', or empty
  WarcArticle article;  // outcome and provenance (its Article is cleared)
  uint64_t position = 0;  // input bytes read when the record was framed
};

struct Settings {
  std::vector<std::string> inputs;
  std::string output;
  unsigned threads = 0;
  WarcExtractOptions extract;
  WarcReaderOptions reader;
  bool quiet = false;
  bool progress = true;
};

// Runs the whole job; returns the exit status.
class WarcJob {
 public:
  explicit WarcJob(const Settings& s) : s_(s) {}

  int Run() {
    uint64_t total = 0;
    for (const std::string& in : s_.inputs) {
      struct stat st;
      if (in != "-" && ::stat(in.c_str(), &st) == 0) total += uint64_t(st.st_size);
    }
    Result<CompressedWriter> out = CompressedWriter::Open(s_.output, CompressionForPath(s_.output));
    if (!out.ok()) {
      std::fprintf(stderr, "lede: %s\n", out.status().ToString().c_str());
      return 1;
    }
    out_ = &out.value();
    progress_.emplace(total, s_.progress);
    start_ = std::chrono::steady_clock::now();
    RunPool();
    progress_->Finish();
    Status st = out_->Close();
    if (!st.ok() && write_error_.ok()) write_error_ = st;
    if (!write_error_.ok()) {
      std::fprintf(stderr, "lede: %s: %s\n", s_.output.c_str(), write_error_.ToString().c_str());
      failed_files_++;
    }
    if (!s_.quiet) {
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
      // A file that could not be opened is no record error: the summary
      // says so, or "errors 0" would read as all well.
      std::string unopened;
      if (unopened_files_) unopened = std::to_string(unopened_files_) + " could not be opened";
      if (unread_files_)
        unopened += (unopened.empty() ? "" : ", ") + std::to_string(unread_files_) + " held no readable record";
      if (!unopened.empty()) unopened = " (" + unopened + ")";
      std::fprintf(stderr, "lede warc: %zu file%s%s, %s; %.1f s, %.0f records/s\n", s_.inputs.size(),
                   s_.inputs.size() == 1 ? "" : "s", unopened.c_str(), stats_.ToString().c_str(), secs,
                   secs > 0 ? stats_.records / secs : 0.0);
    }
    return failed_files_ ? 1 : 0;
  }

 private:
  // Called in record order.
  void Emit(Output& o) {
    stats_.Add(o.article);
    const WarcArticle& a = o.article;
    // A record the reader repaired (a lying Content-Length), once, whatever
    // became of it after.
    if (!a.warning.empty() && !s_.quiet)
      std::fprintf(stderr, "lede: %s: %s%s\n", a.warc_file.c_str(),
                   ("record " + (a.id.empty() ? "" : a.id + " ") + "at offset " + std::to_string(a.offset) + ": ").c_str(),
                   a.warning.c_str());
    // Errors, and extracted pages that are only a part of their payload
    // (the message says which part is missing).
    if ((a.outcome == WarcArticle::Outcome::kError || !a.message.empty()) && !s_.quiet) {
      std::fprintf(stderr, "lede: %s: %s%s\n", a.warc_file.c_str(),
                   a.id.empty() ? "" : ("record " + a.id + " at offset " + std::to_string(a.offset) + ": ").c_str(),
                   a.message.c_str());
    }
    if (!o.line.empty() && write_error_.ok()) {
      write_error_ = out_->Write(o.line);
      // Nothing more can be written (a full disk, a closed pipe): stop
      // reading rather than extract the rest of the input for nothing.
      if (!write_error_.ok()) write_failed_.store(true, std::memory_order_relaxed);
    }
  }

  Output Process(Extractor* ex, const WarcRecord& rec, const std::string& file) {
    Output o;
    o.article = ExtractWarcRecord(ex, rec, file, s_.extract);
    if (rec.block.size() > kBigRecord) {
      // An Extractor keeps the memory of the largest page it has seen. After
      // a big one, start afresh and give the memory back, so that RSS
      // follows the pages in flight, not the largest page each worker ever
      // met (which grows with the file).
      *ex = Extractor();
      if (rec.block.size() > kTrimRecord) malloc_trim(0);
    }
    if (o.article.outcome == WarcArticle::Outcome::kExtracted) {
      o.line = ToJson(o.article);
      o.line.push_back('\n');
    }
    // Keep only what the counts need.
    std::vector<std::string> limits = std::move(o.article.article.limits_hit);
    o.article.article = Article();
    o.article.article.limits_hit = std::move(limits);
    return o;
  }

  bool OpenReader(const std::string& file, std::optional<WarcReader>* reader) {
    Result<WarcReader> r = WarcReader::Open(file, s_.reader);
    if (!r.ok()) {
      std::fprintf(stderr, "lede: %s: %s\n", file.c_str(), r.status().ToString().c_str());
      ++failed_files_;
      ++unopened_files_;
      return false;
    }
    reader->emplace(std::move(r.value()));
    return true;
  }

  // The pool: every worker reads its own next record (the reader is shared
  // under read_mu_), extracts it and commits the line. Lines wait in a ring
  // until every earlier record is out; whoever commits the oldest one writes
  // the run that is ready. No record is handed from thread to thread: a page
  // is read into the cache of the core that parses it, and a record costs no
  // context switch (a reader and a writer thread beside N workers cost 12%
  // more CPU than one thread on 2 cores).
  // With one thread the caller's thread is the only worker.
  void RunPool() {
    // glibc gives each worker its own malloc arena. (One arena for all kept
    // RSS some 8% lower, but every allocation contends for its lock, and a
    // worker descheduled while holding it stalls the others: 10,000 records
    // took 21 s instead of 8 s on a 2-core machine with other load.)
    ring_.assign(std::max<size_t>(8, size_t(s_.threads) * 4), std::nullopt);
    if (s_.threads <= 1) {
      Work();
      return;
    }
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < s_.threads; ++i) workers.emplace_back([this] { Work(); });
    for (std::thread& t : workers) t.join();
  }

  struct Claim {
    uint64_t seq = 0;
    const std::string* file = nullptr;
    uint64_t position = 0;  // bytes read of all inputs, for the progress bar
    Status error;
  };

  // Frames the next record into *rec; false after the last input.
  bool ReadNext(WarcRecord* rec, Claim* claim) {
    std::lock_guard<std::mutex> lock(read_mu_);
    for (;;) {
      if (write_failed_.load(std::memory_order_relaxed)) return false;
      if (!reader_) {
        if (next_input_ >= s_.inputs.size()) return false;
        const std::string& file = s_.inputs[next_input_++];
        if (!OpenReader(file, &reader_)) continue;
        file_ = &file;
      }
      Result<bool> next = reader_->Next(rec);
      if (next.ok() && !next.value()) {
        done_bytes_ += reader_->file_position();
        reader_.reset();
        // Errors and not one record (a page, a text file, garbage): the
        // file was not read, as one that could not be opened.
        if (file_records_ == 0 && file_errors_ > 0) {
          ++failed_files_;
          ++unread_files_;
        }
        file_records_ = file_errors_ = 0;
        continue;
      }
      // A record over --max-record-bytes was framed whole (its id and size
      // are known): the file is a WARC, read, however many such it holds.
      const bool framed = next.ok() || next.status().code() == StatusCode::kLimitExceeded;
      ++(framed ? file_records_ : file_errors_);
      claim->error = next.ok() ? Status() : next.status();
      claim->seq = next_seq_++;
      claim->file = file_;
      claim->position = done_bytes_ + reader_->file_position();
      return true;
    }
  }

  void Work() {
    Extractor ex;
    WarcRecord rec;
    Claim claim;
    while (ReadNext(&rec, &claim)) {
      Output o;
      if (!claim.error.ok()) {
        o.article = WarcReadError(claim.error, *claim.file);
      } else {
        // One big record at a time. (Taking the small records behind a
        // waiting big one instead kept a second big record in memory per
        // worker: peak RSS over 10,000 records grew 11-15 % over 1,000.)
        std::unique_lock<std::mutex> turn(big_mu_, std::defer_lock);
        if (rec.block.size() > kBigRecord) turn.lock();
        o = Process(&ex, rec, *claim.file);
      }
      o.position = claim.position;
      // The record buffer is reused; after a big page, give it back.
      if (rec.block.capacity() > kBigRecord) rec = WarcRecord();
      Commit(claim.seq, std::move(o));
    }
  }

  void Commit(uint64_t seq, Output o) {
    const size_t window = ring_.size();
    std::unique_lock<std::mutex> lock(out_mu_);
    // The ring holds the lines of the `window` records after the oldest
    // one not yet written; a worker that ran that far ahead waits.
    space_cv_.wait(lock, [&] { return seq < written_ + window; });
    ring_[seq % window] = std::move(o);
    if (writing_) return;  // the worker writing now will take it
    writing_ = true;
    while (ring_[written_ % window].has_value()) {
      Output next = std::move(*ring_[written_ % window]);
      ring_[written_ % window].reset();
      ++written_;
      lock.unlock();
      space_cv_.notify_all();
      Emit(next);
      progress_->Update(stats_.records, next.position);
      lock.lock();
    }
    writing_ = false;
  }

  const Settings& s_;
  CompressedWriter* out_ = nullptr;
  std::optional<ProgressBar> progress_;
  std::chrono::steady_clock::time_point start_;
  WarcStats stats_;
  Status write_error_;
  std::atomic<bool> write_failed_{false};
  int failed_files_ = 0;
  int unopened_files_ = 0;
  int unread_files_ = 0;               // errors and no record
  uint64_t file_records_ = 0, file_errors_ = 0;  // of the file being read
  uint64_t done_bytes_ = 0;

  // The workers' shared state: the reader, and the ring of lines waiting
  // for their turn.
  std::mutex read_mu_;
  std::optional<WarcReader> reader_;
  const std::string* file_ = nullptr;
  size_t next_input_ = 0;
  uint64_t next_seq_ = 0;
  std::mutex big_mu_;  // held while a big record is extracted
  std::mutex out_mu_;
  std::condition_variable space_cv_;
  std::vector<std::optional<Output>> ring_;
  uint64_t written_ = 0;
  bool writing_ = false;  // a worker is writing the ready run
};

}  // namespace

int RunWarc(int argc, char** argv) {
  Settings s;
  Args args(argc, argv);
  std::string error;
  while (args.Next()) {
    const std::string& a = args.arg();
    auto count = [&](const char* name, uint64_t* out) {
      std::string v;
      if (!args.Value(&v) || !ParseCount(v, out)) {
        UsageError(std::string(name) + " needs a non-negative integer");
        return false;
      }
      return true;
    };
    uint64_t n = 0;
    if (args.TakeFile(&s.inputs)) continue;
    if (args.PrintedHelpOrVersion(kWarcUsage)) return 0;
    if (a == "-o" || args.Is("--output")) {
      if (!args.Value(&s.output)) return UsageError("-o needs a file name");
    } else if (args.Is("--threads")) {
      if (!count("--threads", &n)) return 2;
      if (n == 0 || n > 1024) return UsageError("--threads needs a number from 1 to 1024");
      s.threads = unsigned(n);
    } else if (args.Is("--format")) {
      std::string v;
      if (!args.Value(&v)) return UsageError("--format needs a value");
      if (v == "text") s.extract.markdown = false;
      else if (v == "markdown" || v == "md") s.extract.markdown = true;
      else if (v == "json")
        return UsageError("--format json: the output is always JSON Lines; --format says what its \"text\" field "
                          "holds: text or markdown");
      else return UsageError("unknown format '" + v + "' (text, markdown)");
    } else if (args.Is("--min-chars")) {
      if (!count("--min-chars", &n)) return 2;
      s.extract.min_chars = n;
    } else if (args.Is("--lang")) {
      std::string v;
      if (!args.Value(&v)) return UsageError("--lang needs a list of codes");
      size_t p = 0;
      while (p <= v.size()) {
        size_t c = v.find(',', p);
        if (c == std::string::npos) c = v.size();
        std::string code = v.substr(p, c - p);
        if (!code.empty() && !IsLanguageCode(code))
          return UsageError("--lang takes ISO 639 codes of 2 or 3 letters (e.g. en,de), not '" + code +
                            "': a page's language is matched by its primary subtag alone");
        for (char& ch : code) ch = char(std::tolower(static_cast<unsigned char>(ch)));
        if (!code.empty()) s.extract.languages.push_back(code);
        p = c + 1;
      }
      if (s.extract.languages.empty()) return UsageError("--lang needs a list of codes");
    } else if (const PageOption p = ReadPageOption(args, &s.extract.extract, &error); p != PageOption::kNone) {
      if (p == PageOption::kBad) return UsageError(error);
    } else if (args.Is("--max-bytes")) {
      if (!count("--max-bytes", &n)) return 2;
      s.extract.extract.limits.max_input_bytes = n;
    } else if (args.Is("--max-nodes")) {
      if (!count("--max-nodes", &n)) return 2;
      s.extract.extract.limits.max_nodes = n;
    } else if (args.Is("--time-budget-ms")) {
      if (!count("--time-budget-ms", &n)) return 2;
      s.extract.extract.limits.time_budget_ms = uint32_t(std::min<uint64_t>(n, UINT32_MAX));
    } else if (args.Is("--max-record-bytes")) {
      if (!count("--max-record-bytes", &n)) return 2;
      s.reader.max_record_bytes = n;
    } else if (a == "--no-repair-mojibake") {
      s.extract.extract.repair_mojibake = false;
    } else if (a == "--quiet" || a == "-q") {
      s.quiet = true;
    } else if (a == "--no-progress") {
      s.progress = false;
    } else {
      return UsageError("unknown option '" + a + "'");
    }
  }
  if (s.inputs.empty()) return UsageError("no input WARC file");
  // A directory stands for the WARC files under it, in path order; one
  // without any says which names count, and the exit status is 1 as for a
  // file that cannot be opened.
  std::vector<std::string> inputs;
  bool dir_failed = false;
  for (std::string& in : s.inputs) {
    if (!IsDirectory(in)) {
      inputs.push_back(std::move(in));
    } else {
      std::vector<std::string> unreadable;
      if (Status st = ListWarcs(in, &inputs, &unreadable); !st.ok()) {
        std::fprintf(stderr, "lede: %s: %s\n", in.c_str(), st.ToString().c_str());
        dir_failed = true;
      }
      // A subdirectory that could not be read is reported (exit 1); the rest go on.
      for (const std::string& u : unreadable) std::fprintf(stderr, "lede: %s\n", u.c_str());
      dir_failed |= !unreadable.empty();
    }
  }
  if (inputs.empty()) return 1;
  s.inputs = std::move(inputs);
  if (s.output.empty()) return UsageError("no output: give -o OUT.jsonl (or -o - for standard output)");
  if (const std::string_view other = UnwrittenCompressionSuffix(s.output); !other.empty())
    return UsageError("cannot write " + std::string(other) + ": name the output .jsonl, .jsonl.gz or .jsonl.zst");
  if (s.threads == 0) s.threads = std::max(1u, std::thread::hardware_concurrency());
  WarcJob job(s);
  const int status = job.Run();
  return status ? status : dir_failed ? 1 : 0;
}

}  // namespace lede::cli
