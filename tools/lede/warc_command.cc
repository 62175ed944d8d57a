// lede warc: WARC files to JSON Lines, on every core, in input order.
//
// One reader thread frames records; N workers (one Extractor each) decode
// and extract; the writer puts lines out in record order. At most `window`
// records are in flight, so memory stays flat whatever the file size.
#include <malloc.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "args.h"
#include "commands.h"
#include "lede/lede.h"
#include "lede/warc.h"
#include "progress_bar.h"
#include "warc/compressed_writer.h"

namespace lede::cli {
namespace {

constexpr char kWarcUsage[] = R"(usage: lede warc IN... -o OUT [options]

Extracts the article from every HTML response in WARC files (.warc,
.warc.gz, .warc.zst; '-' reads standard input) and writes JSON Lines, one
object per article, in input order: "id" (WARC-Record-ID), "url",
"warc_date", "warc_file", "offset", then the fields of 'lede extract
--format json'. Non-HTML records are skipped and counted by reason; a bad
record is reported on stderr and counted, and the file goes on.

options:
  -o, --output OUT      where to write: OUT.jsonl, OUT.jsonl.gz, OUT.jsonl.zst
                        or '-' (standard output)
  --threads N           worker threads (default: the number of cores)
  --format FMT          what the "text" field holds: text (default) or
                        markdown
  --min-chars N         skip articles with fewer than N characters of text
  --lang CODES          keep only these languages (ISO 639, comma-separated,
                        e.g. en,de); pages of unknown language are skipped
  --max-bytes N         per page: refuse bodies larger than N bytes
  --max-nodes N         per page: build the DOM from the first N nodes only
  --time-budget-ms N    per page: give up after N ms (checked between stages)
  --max-record-bytes N  skip WARC records larger than N bytes (default 64 MiB)
  --quiet               no per-record error lines, no summary
  --no-progress         no progress bar (it is shown only on a terminal)
  -h, --help            show this help

A summary goes to stderr at the end: records read, HTML, extracted, skipped
by reason, errors by reason. Exit status: 0 when every file was read (bad
records included), 1 when a file could not be opened or the output could not
be written, 2 on a usage error.
)";

int UsageError(const std::string& msg) {
  std::fprintf(stderr, "lede: %s\nTry 'lede warc --help'.\n", msg.c_str());
  return 2;
}

bool ParseCount(const std::string& v, uint64_t* out) {
  char* end = nullptr;
  const unsigned long long n = std::strtoull(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || v[0] == '-') return false;
  *out = n;
  return true;
}

// Memory policy of the pool. A page's parse takes many times its size, so
// big records (more than kBigRecord) are extracted one at a time, and the
// records read ahead are capped in bytes as well as in number. Peak memory
// is then about one big page plus one small page per other worker, however
// long the input.
constexpr size_t kBigRecord = 1u << 20;
// After a record this big the freed memory is also handed back to the
// system (malloc_trim). Not after every big record: the pages that follow
// would fault that memory in again (on WCXB, 81 records above 1 MiB made
// trimming cost 12% of a one-thread run); below this size the heap's free
// memory is simply reused by the next pages.
constexpr size_t kTrimRecord = 16u << 20;
constexpr size_t kMaxReadAheadBytes = 8u << 20;

// What a worker hands the writer for one record.
struct Output {
  std::string line;     // the JSON line with '\n', or empty
  WarcArticle article;  // outcome and provenance (its Article is cleared)
  size_t bytes = 0;     // the record's block size, for the read-ahead cap
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
    if (s_.threads <= 1) RunInline();
    else RunPool();
    progress_->Finish();
    Status st = out_->Close();
    if (!st.ok() && write_error_.ok()) write_error_ = st;
    if (!write_error_.ok()) {
      std::fprintf(stderr, "lede: %s: %s\n", s_.output.c_str(), write_error_.ToString().c_str());
      failed_files_++;
    }
    if (!s_.quiet) {
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
      std::fprintf(stderr, "lede warc: %zu file%s, %s; %.1f s, %.0f records/s\n", s_.inputs.size(),
                   s_.inputs.size() == 1 ? "" : "s", stats_.ToString().c_str(), secs,
                   secs > 0 ? stats_.records / secs : 0.0);
    }
    return failed_files_ ? 1 : 0;
  }

 private:
  // Called in record order.
  void Emit(Output& o) {
    stats_.Add(o.article);
    if (o.article.outcome == WarcArticle::Outcome::kError && !s_.quiet) {
      const WarcArticle& a = o.article;
      std::fprintf(stderr, "lede: %s: %s%s\n", a.warc_file.c_str(),
                   a.id.empty() ? "" : ("record " + a.id + " at offset " + std::to_string(a.offset) + ": ").c_str(),
                   a.message.c_str());
    }
    if (!o.line.empty() && write_error_.ok()) write_error_ = out_->Write(o.line);
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
      return false;
    }
    reader->emplace(std::move(r.value()));
    return true;
  }

  void RunInline() {
    Extractor ex;
    WarcRecord rec;
    for (const std::string& file : s_.inputs) {
      std::optional<WarcReader> reader;
      if (!OpenReader(file, &reader)) continue;
      for (;;) {
        Result<bool> next = reader->Next(&rec);
        Output o;
        if (!next.ok()) {
          o.article = WarcReadError(next.status(), file);
        } else if (!next.value()) {
          break;
        } else {
          o = Process(&ex, rec, file);
        }
        Emit(o);
        progress_->Update(stats_.records, done_bytes_ + reader->file_position());
      }
      done_bytes_ += reader->file_position();
    }
  }

  struct Job {
    uint64_t seq;
    const std::string* file;
    WarcRecord record;
    Status error;
  };

  void RunPool() {
    // One malloc arena for all threads: a page's memory freed by one worker
    // is reused by the next, instead of each worker's arena keeping the
    // high-water mark of the largest page it ever met.
    mallopt(M_ARENA_MAX, 1);
    const size_t window = std::max<size_t>(8, size_t(s_.threads) * 4);
    ring_.assign(window, std::nullopt);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < s_.threads; ++i) workers.emplace_back([this] { Work(); });
    std::thread writer([this, window] { Write(window); });

    uint64_t seq = 0;
    for (const std::string& file : s_.inputs) {
      std::optional<WarcReader> reader;
      if (!OpenReader(file, &reader)) continue;
      for (;;) {
        Job job{seq, &file, WarcRecord(), Status()};
        Result<bool> next = reader->Next(&job.record);
        if (next.ok() && !next.value()) break;
        if (!next.ok()) job.error = next.status();
        const size_t bytes = job.record.block.size();
        std::unique_lock<std::mutex> lock(mu_);
        space_cv_.wait(lock, [&] {
          // One record per worker always; more while under the byte cap.
          return seq - written_ < s_.threads ||
                 (seq - written_ < window && in_flight_bytes_ + bytes <= kMaxReadAheadBytes);
        });
        in_flight_bytes_ += bytes;
        jobs_.push_back(std::move(job));
        ++seq;
        read_bytes_ = done_bytes_ + reader->file_position();
        job_cv_.notify_one();
      }
      done_bytes_ += reader->file_position();
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      total_jobs_ = seq;
      reading_done_ = true;
    }
    job_cv_.notify_all();
    done_cv_.notify_all();
    for (std::thread& t : workers) t.join();
    writer.join();
  }

  static bool IsBig(const Job& j) { return j.error.ok() && j.record.block.size() > kBigRecord; }

  void Work() {
    Extractor ex;
    for (;;) {
      Job job;
      bool big = false;
      {
        // The oldest job this worker may take: a big record only when no
        // other big one is being extracted; otherwise a small one behind it
        // (output order is restored by the writer).
        std::unique_lock<std::mutex> lock(mu_);
        std::deque<Job>::iterator it;
        job_cv_.wait(lock, [&] {
          it = std::find_if(jobs_.begin(), jobs_.end(), [&](const Job& j) { return !big_busy_ || !IsBig(j); });
          return it != jobs_.end() || (reading_done_ && jobs_.empty());
        });
        if (it == jobs_.end()) return;
        job = std::move(*it);
        jobs_.erase(it);
        big = IsBig(job);
        if (big) big_busy_ = true;
      }
      Output o;
      const size_t bytes = job.record.block.size();
      if (!job.error.ok()) o.article = WarcReadError(job.error, *job.file);
      else o = Process(&ex, job.record, *job.file);
      job.record = WarcRecord();
      {
        std::lock_guard<std::mutex> lock(mu_);
        o.bytes = bytes;
        ring_[job.seq % ring_.size()] = std::move(o);
        if (big) big_busy_ = false;
      }
      done_cv_.notify_all();
      if (big) job_cv_.notify_all();
    }
  }

  void Write(size_t window) {
    for (;;) {
      Output o;
      uint64_t bytes;
      {
        std::unique_lock<std::mutex> lock(mu_);
        done_cv_.wait(lock, [&] {
          return ring_[written_ % window].has_value() || (reading_done_ && written_ == total_jobs_);
        });
        if (!ring_[written_ % window].has_value()) return;
        o = std::move(*ring_[written_ % window]);
        ring_[written_ % window].reset();
        ++written_;
        in_flight_bytes_ -= o.bytes;
        bytes = read_bytes_;
      }
      space_cv_.notify_one();
      Emit(o);
      progress_->Update(stats_.records, bytes);
    }
  }

  const Settings& s_;
  CompressedWriter* out_ = nullptr;
  std::optional<ProgressBar> progress_;
  std::chrono::steady_clock::time_point start_;
  WarcStats stats_;
  Status write_error_;
  int failed_files_ = 0;
  uint64_t done_bytes_ = 0;

  std::mutex mu_;
  std::condition_variable job_cv_, space_cv_, done_cv_;
  std::deque<Job> jobs_;
  std::vector<std::optional<Output>> ring_;
  uint64_t written_ = 0;
  uint64_t total_jobs_ = 0;
  uint64_t read_bytes_ = 0;
  size_t in_flight_bytes_ = 0;
  bool reading_done_ = false;
  bool big_busy_ = false;  // a big record is being extracted
};

}  // namespace

int RunWarc(int argc, char** argv) {
  Settings s;
  bool only_files = false;
  Args args(argc, argv);
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
    if (only_files || a == "-" || a.empty() || a[0] != '-') {
      s.inputs.push_back(a);
    } else if (a == "--") {
      only_files = true;
    } else if (a == "-h" || a == "--help") {
      std::fputs(kWarcUsage, stdout);
      return 0;
    } else if (a == "-o" || args.Is("--output")) {
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
        for (char& ch : code) ch = char(std::tolower(static_cast<unsigned char>(ch)));
        if (!code.empty()) s.extract.languages.push_back(code);
        p = c + 1;
      }
      if (s.extract.languages.empty()) return UsageError("--lang needs a list of codes");
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
    } else if (a == "--quiet" || a == "-q") {
      s.quiet = true;
    } else if (a == "--no-progress") {
      s.progress = false;
    } else {
      return UsageError("unknown option '" + a + "'");
    }
  }
  if (s.inputs.empty()) return UsageError("no input WARC file");
  if (s.output.empty()) return UsageError("no output: give -o OUT.jsonl (or -o - for standard output)");
  if (s.threads == 0) s.threads = std::max(1u, std::thread::hardware_concurrency());
  WarcJob job(s);
  return job.Run();
}

}  // namespace lede::cli
