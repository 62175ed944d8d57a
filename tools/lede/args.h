// Command-line arguments for the CLI's subcommands: "--name value" and
// "--name=value" alike.
#ifndef LEDE_TOOLS_ARGS_H_
#define LEDE_TOOLS_ARGS_H_

#include <string>

namespace lede::cli {

class Args {
 public:
  Args(int argc, char** argv) : argc_(argc), argv_(argv) {}

  // Moves to the next argument; false after the last.
  bool Next() {
    if (++i_ >= argc_) return false;
    arg_ = argv_[i_];
    return true;
  }
  const std::string& arg() const { return arg_; }

  // The argument is option `name`, alone or as "name=value".
  bool Is(const char* name) const { return arg_ == name || arg_.rfind(std::string(name) + "=", 0) == 0; }

  // The option's value: after "=" in "--name=value", else the next argument
  // (consumed). false when there is none.
  bool Value(std::string* out) {
    const size_t eq = arg_.find('=');
    if (arg_.rfind("--", 0) == 0 && eq != std::string::npos) {
      *out = arg_.substr(eq + 1);
      return true;
    }
    if (i_ + 1 >= argc_) return false;
    *out = argv_[++i_];
    return true;
  }

 private:
  int argc_;
  char** argv_;
  int i_ = -1;
  std::string arg_;
};

// A calendar day as YYYY-MM-DD (month 01-12, a day the month has: no
// "2024-02-31", and February 29 only in a leap year): the form
// --reference-date takes. Anything else would be ignored further down and
// "today" used instead, silently.
inline bool IsIsoDay(const std::string& v) {
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (v[i] < '0' || v[i] > '9') return false;
  const int year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
  const int month = (v[5] - '0') * 10 + (v[6] - '0');
  const int day = (v[8] - '0') * 10 + (v[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap);
}

}  // namespace lede::cli

#endif  // LEDE_TOOLS_ARGS_H_
