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

}  // namespace lede::cli

#endif  // LEDE_TOOLS_ARGS_H_
