// The lede command line: argument parsing and file I/O only; all work is
// done by the library. One file per subcommand (*_command.cc).
#include <cstdio>
#include <cstring>
#include <string_view>

#include "commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(int argc, char** argv);
  const char* summary;
};

constexpr Command kCommands[] = {
    {"extract", lede::cli::RunExtract, "extract articles from HTML pages"},
    {"warc", lede::cli::RunWarc, "extract articles from WARC files to JSON Lines"},
    {"pack", lede::cli::RunPack, "pack HTML files into a WARC file"},
    {"debug", lede::cli::RunDebug, "show how a page parses (debug tree: the DOM)"},
};

void PrintUsage(FILE* out) {
  std::fputs("usage: lede <command> [options]\n\ncommands:\n", out);
  for (const Command& c : kCommands) std::fprintf(out, "  %-9s %s\n", c.name, c.summary);
  std::fputs("  help      show this help (also -h, --help)\n  version   print the version (also --version)\n\n"
             "Run 'lede <command> --help' for the options of a command.\n",
             out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return 2;
  }
  std::string_view cmd = argv[1];
  for (const Command& c : kCommands)
    if (cmd == c.name) return c.run(argc - 2, argv + 2);
  if (cmd == "help" && argc >= 3) {
    // "lede help extract" is "lede extract --help".
    const std::string_view sub = argv[2];
    for (const Command& c : kCommands) {
      if (sub == c.name) {
        char help[] = "--help";
        char* args[] = {help, nullptr};
        return c.run(1, args);
      }
    }
    std::fprintf(stderr, "lede: unknown command '%.*s'\n", int(sub.size()), sub.data());
    PrintUsage(stderr);
    return 2;
  }
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    PrintUsage(stdout);
    return 0;
  }
  if (cmd == "--version" || cmd == "version") {
    std::puts(lede::cli::kLedeVersion);
    return 0;
  }
  std::fprintf(stderr, "lede: unknown command '%.*s'\n", int(cmd.size()), cmd.data());
  PrintUsage(stderr);
  return 2;
}
