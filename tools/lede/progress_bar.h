// ProgressBar: one status line on standard error, redrawn in place
// ("\r"), only when standard error is a terminal. Shows records, MB read of
// the total, the rate and the time left.
//
// Not thread-safe: one thread calls Update() and Finish().
#ifndef LEDE_TOOLS_PROGRESS_BAR_H_
#define LEDE_TOOLS_PROGRESS_BAR_H_

#include <chrono>
#include <cstdint>

namespace lede::cli {

class ProgressBar {
 public:
  // `total_bytes` = 0 when unknown (no bar, no ETA). Disabled unless
  // standard error is a terminal and `wanted`.
  ProgressBar(uint64_t total_bytes, bool wanted);
  // Redraws at most every 200 ms.
  void Update(uint64_t records, uint64_t bytes_done);
  // Clears the line.
  void Finish();
  bool enabled() const { return enabled_; }

 private:
  using Clock = std::chrono::steady_clock;
  uint64_t total_;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_, last_;
};

}  // namespace lede::cli

#endif  // LEDE_TOOLS_PROGRESS_BAR_H_
