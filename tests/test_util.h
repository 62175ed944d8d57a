// Helpers shared by the test suites.
#ifndef LEDE_TESTS_TEST_UTIL_H_
#define LEDE_TESTS_TEST_UTIL_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

namespace lede::testing {

// The shared benchmark folder (../shared next to the repository), or "" when
// absent. LEDE_SHARED overrides.
inline std::string SharedDir() {
  if (const char* env = std::getenv("LEDE_SHARED")) return std::filesystem::exists(env) ? env : "";
  std::filesystem::path p = std::filesystem::path(LEDE_SOURCE_DIR).parent_path() / "shared";
  return std::filesystem::exists(p) ? p.string() : "";
}

inline std::string SourceDir() { return LEDE_SOURCE_DIR; }

// A directory of this test process's own under gtest's TempDir(): two test
// runs at once (two build trees, CI beside a developer) never share a file.
// It goes away when the process exits.
inline std::string TempDir() {
  struct Dir {
    std::string path = ::testing::TempDir() + "/lede_test_" + std::to_string(::getpid());
    Dir() { std::filesystem::create_directories(path); }
    ~Dir() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static const Dir dir;
  return dir.path;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The lines of `text`, without their '\n' (no empty line after a last
// '\n').
inline std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

}  // namespace lede::testing

// Skips the current test when ../shared is missing, saying why.
#define LEDE_REQUIRE_SHARED(dir_var)                                                  \
  std::string dir_var = ::lede::testing::SharedDir();                                 \
  if (dir_var.empty()) GTEST_SKIP() << "../shared not found: benchmark data absent"

#endif  // LEDE_TESTS_TEST_UTIL_H_
