// Command-line arguments for the CLI's subcommands: "--name value" and
// "--name=value" alike.
#ifndef LEDE_TOOLS_ARGS_H_
#define LEDE_TOOLS_ARGS_H_

#include <cstdio>
#include <string>
#include <vector>

#include "commands.h"
#include "lede/options.h"

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

  // The argument is a file, not an option: "-" (standard input), a word
  // that does not open on '-', or anything after "--". Takes it into
  // `files` (and "--" itself, after which every argument is a file): true
  // then.
  bool TakeFile(std::vector<std::string>* files) {
    if (files_only_ || arg_ == "-" || arg_.empty() || arg_[0] != '-') {
      files->push_back(arg_);
      return true;
    }
    if (arg_ == "--") return files_only_ = true;
    return false;
  }

  // -h or --help (prints `usage`) or --version (prints lede's version):
  // true when the argument was one of them, and the command is done.
  bool PrintedHelpOrVersion(const char* usage) const {
    if (arg_ == "-h" || arg_ == "--help") {
      std::fputs(usage, stdout);
      return true;
    }
    if (arg_ == "--version") {
      std::puts(kLedeVersion);
      return true;
    }
    return false;
  }

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
  bool files_only_ = false;  // after "--"
};

// The page options `lede extract` and `lede warc` share: --favor,
// --page-type, --reference-date and --comments, into `o`.
enum class PageOption : uint8_t { kNone, kRead, kBad };
inline PageOption ReadPageOption(Args& args, ExtractOptions* o, std::string* error) {
  std::string v;
  if (args.arg() == "--comments") {
    o->comments = true;
    return PageOption::kRead;
  }
  if (args.Is("--favor")) {
    if (!args.Value(&v)) *error = "--favor needs a value";
    else if (!ParseFavor(v, &o->favor)) *error = "unknown --favor '" + v + "' (balanced, precision, recall)";
  } else if (args.Is("--page-type")) {
    if (!args.Value(&v)) *error = "--page-type needs a value";
    else if (!ParsePageType(v, &o->page_type))
      *error = "unknown --page-type '" + v + "' (auto, article, forum, listing, product, page)";
  } else if (args.Is("--reference-date")) {
    if (!args.Value(&v)) *error = "--reference-date needs a value";
    else if (!IsIsoDay(v)) *error = "--reference-date needs a day as YYYY-MM-DD, not '" + v + "'";
    else o->reference_date = v;
  } else {
    return PageOption::kNone;
  }
  return error->empty() ? PageOption::kRead : PageOption::kBad;
}

}  // namespace lede::cli

#endif  // LEDE_TOOLS_ARGS_H_
