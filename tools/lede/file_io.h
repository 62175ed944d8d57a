// File input for the CLI: whole files, standard input, and gzip.
#ifndef LEDE_TOOLS_FILE_IO_H_
#define LEDE_TOOLS_FILE_IO_H_

#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::cli {

// Reads `path` ("-" = standard input) into `out`. Files ending in ".gz" (or
// starting with the gzip magic) are decompressed, unless a .gz file begins
// with markup ('<'): a page saved uncompressed under a .gz name. Fails with kLimitExceeded
// when the (decompressed) size passes `max_bytes`, kCorruptInput on a broken
// gzip stream, kIoError when the file cannot be read.
Status ReadInput(const std::string& path, size_t max_bytes, std::string* out);

// True when `path` names a directory (following symlinks).
bool IsDirectory(const std::string& path);

// Appends the pages under directory `dir`, recursively and in path order, to
// `out`: regular files named *.html, *.htm, *.xhtml or *.shtml (any case),
// each also as .gz. kInvalidArgument when there is none, kIoError when the
// directory cannot be read. A subdirectory that cannot be read (permission
// denied) is skipped and named, with the reason, in `unreadable`; symlinks
// to directories are not followed (no loops).
Status ListPages(const std::string& dir, std::vector<std::string>* out, std::vector<std::string>* unreadable);

// The same for WARC files: *.warc, *.warc.gz, *.warc.zst.
Status ListWarcs(const std::string& dir, std::vector<std::string>* out, std::vector<std::string>* unreadable);

// True when `bytes` begin with '<' after an optional UTF-8 BOM and spaces.
bool BeginsWithMarkup(std::string_view bytes);

// kInvalidArgument when `bytes` (decompressed) are plainly not a web page:
// empty or only whitespace, a WARC file (the message points to 'lede warc'), a known binary format by
// its magic number (image, PDF, archive, executable, zstd), or data that
// does not begin with markup and whose first 4 KiB are more than 5 % control
// bytes and not UTF-16 text.
Status CheckLooksLikePage(std::string_view bytes);

// A compression suffix lede does not write (it writes plain, .gz and .zst)
// that `path` ends in, else empty: writing "x.warc.bz2" or "x.jsonl.xz"
// would give plain bytes under a name that lies.
std::string_view UnwrittenCompressionSuffix(std::string_view path);

// Flushes standard output: false when that or a write before it failed
// (output smaller than stdio's buffer is only written here: a full disk,
// `> /dev/full`, would otherwise exit 0 with nothing written).
bool FlushStdout();

// Says "lede: write error: " and strerror(errno) on standard error;
// returns 1, the exit status.
int WriteError();

}  // namespace lede::cli

#endif  // LEDE_TOOLS_FILE_IO_H_
