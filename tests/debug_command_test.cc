// lede debug tree: the DOM in the html5lib format, documents and fragments.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "cli_runner.h"
#include "test_util.h"

namespace lede {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = lede::testing::TempDir() + "/" + name;
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(content.data(), 1, content.size(), f);
  std::fclose(f);
  return path;
}

TEST(DebugTree, PrintsTheDocument) {
  const std::string path = WriteTemp("lede_debug_doc.html", "<!DOCTYPE html><p id=x>One<svg viewbox='0 0 1 1'/>");
  auto r = testing::RunCli("debug tree " + testing::Quote(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "| <!DOCTYPE html>\n| <html>\n|   <head>\n|   <body>\n|     <p>\n|       id=\"x\"\n"
            "|       \"One\"\n|       <svg svg>\n|         viewBox=\"0 0 1 1\"\n");
}

TEST(DebugTree, ParsesFragmentsFromStdin) {
  auto r = testing::RunCli("debug tree --fragment 'svg path' - < " +
                           testing::Quote(WriteTemp("lede_debug_frag.html", "<circle/><b>x")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "| <svg circle>\n| <b>\n|   \"x\"\n");
}

TEST(DebugTree, CanUseGumboAndRejectsUnknownOptions) {
  const std::string path = WriteTemp("lede_debug_gumbo.html", "<p>a");
  auto r = testing::RunCli("debug tree --parser gumbo " + testing::Quote(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"a\""), std::string::npos);
  EXPECT_EQ(testing::RunCli("debug tree --bogus " + testing::Quote(path)).exit_code, 2);
  EXPECT_EQ(testing::RunCli("debug nothing").exit_code, 2);
  EXPECT_EQ(testing::RunCli("debug --help").exit_code, 0);
}

}  // namespace
}  // namespace lede
