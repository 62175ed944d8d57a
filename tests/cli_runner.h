// Runs the lede CLI binary and captures its output (for end-to-end tests).
#ifndef LEDE_TESTS_CLI_RUNNER_H_
#define LEDE_TESTS_CLI_RUNNER_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "test_util.h"

namespace lede::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `lede <args>` through the shell; `args` must be shell-quoted.
inline CliResult RunCli(const std::string& args) {
  CliResult r;
  // One file per call: ctest runs test processes in parallel.
  std::string err_file = lede::testing::TempDir() + "/lede_cli_stderr_XXXXXX";
  const int fd = mkstemp(err_file.data());
  if (fd < 0) return r;
  close(fd);
  std::string cmd = std::string("'") + LEDE_CLI_PATH + "' " + args + " 2>'" + err_file + "'";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  FILE* e = fopen(err_file.c_str(), "rb");
  if (e) {
    while ((n = fread(buf, 1, sizeof buf, e)) > 0) r.err.append(buf, n);
    fclose(e);
  }
  unlink(err_file.c_str());
  return r;
}

inline std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_CLI_RUNNER_H_
