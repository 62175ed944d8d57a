// File input for the CLI: whole files, standard input, and gzip.
#ifndef LEDE_TOOLS_FILE_IO_H_
#define LEDE_TOOLS_FILE_IO_H_

#include <string>

#include "lede/status.h"

namespace lede::cli {

// Reads `path` ("-" = standard input) into `out`. Files ending in ".gz" (or
// starting with the gzip magic) are decompressed. Fails with kLimitExceeded
// when the (decompressed) size passes `max_bytes`, kCorruptInput on a broken
// gzip stream, kIoError when the file cannot be read.
Status ReadInput(const std::string& path, size_t max_bytes, std::string* out);

}  // namespace lede::cli

#endif  // LEDE_TOOLS_FILE_IO_H_
