#include "progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace lede::cli {

ProgressBar::ProgressBar(uint64_t total_bytes, bool wanted)
    : total_(total_bytes), enabled_(wanted && ::isatty(2)), start_(Clock::now()), last_(start_) {}

void ProgressBar::Update(uint64_t records, uint64_t bytes) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  drawn_ = true;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double mb = bytes / 1e6;
  char line[256];
  std::string bar;
  if (total_ > 0) {
    const double frac = std::min(1.0, double(bytes) / double(total_));
    const int width = 24, full = int(frac * width);
    bar.push_back('[');
    bar.append(size_t(full), '#');
    bar.append(size_t(width - full), '.');
    bar.append("] ");
    std::snprintf(line, sizeof line, "%3d%% ", int(frac * 100));
    bar += line;
  }
  std::string eta = "--";
  if (total_ > 0 && bytes > 0 && secs > 0.5) {
    const double left = secs * (double(total_) - double(bytes)) / double(bytes);
    const long s = long(left + 0.5);
    std::snprintf(line, sizeof line, s >= 3600 ? "%ldh%02ldm" : "%ldm%02lds", s >= 3600 ? s / 3600 : s / 60,
                  s >= 3600 ? (s / 60) % 60 : s % 60);
    eta = line;
  }
  std::snprintf(line, sizeof line, "%llu records  %.1f/%.1f MB  %.0f rec/s  %.1f MB/s  ETA %s",
                static_cast<unsigned long long>(records), mb, total_ / 1e6, secs > 0 ? records / secs : 0.0,
                secs > 0 ? mb / secs : 0.0, eta.c_str());
  std::fprintf(stderr, "\r\033[K%s%s", bar.c_str(), line);
  std::fflush(stderr);
}

void ProgressBar::Finish() {
  if (enabled_ && drawn_) std::fputs("\r\033[K", stderr);
  drawn_ = false;
}

}  // namespace lede::cli
