// The CLI's subcommands. Each takes the arguments after its name and returns
// the process exit status (0 ok, 1 some input failed, 2 usage error).
#ifndef LEDE_TOOLS_COMMANDS_H_
#define LEDE_TOOLS_COMMANDS_H_

namespace lede::cli {

inline constexpr char kLedeVersion[] = "lede 0.1.0";

int RunExtract(int argc, char** argv);
int RunWarc(int argc, char** argv);
int RunPack(int argc, char** argv);
int RunDebug(int argc, char** argv);

}  // namespace lede::cli

#endif  // LEDE_TOOLS_COMMANDS_H_
