#include "warc/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace lede {

uint64_t ByteSource::FileOffsetOf(uint64_t stream_pos, bool* exact) {
  if (exact) *exact = false;
  if (!track_members_) return stream_pos;
  while (!boundaries_.empty() && boundaries_.front().stream_pos < stream_pos) boundaries_.pop_front();
  if (!boundaries_.empty() && boundaries_.front().stream_pos == stream_pos) {
    if (exact) *exact = true;
    return boundaries_.front().file_pos;
  }
  return stream_pos;
}

namespace {

// Plain bytes from a file descriptor, in 1 MiB chunks (ReadChunk, for the
// decompressors) or straight into the caller's buffer (AppendTo, for the
// WARC reader on plain files). The first 4 KiB are read at open so the
// format can be sniffed; they are handed out first.
class FileSource final : public ByteSource {
 public:
  FileSource(int fd, bool owned) : fd_(fd), owned_(owned), buf_(kChunk, '\0') {}
  ~FileSource() override {
    if (owned_) ::close(fd_);
  }

  // Reads the first bytes ahead (enough to sniff the format); returns them
  // without consuming them. Kept small so that even small files reach the
  // reader's usual paths (the fuzzer's inputs are under 64 KiB).
  Result<std::string_view> Peek() {
    Result<size_t> got = Fill(buf_.data(), kPeekBytes);
    if (!got.ok()) return got.status();
    last_ = got.value();
    peeked_ = true;
    return std::string_view(buf_.data(), last_);
  }

  Result<std::string_view> ReadChunk() override {
    if (peeked_) {
      peeked_ = false;
      return std::string_view(buf_.data(), last_);
    }
    Result<size_t> got = Fill(buf_.data(), buf_.size());
    if (!got.ok()) return got.status();
    last_ = got.value();
    return std::string_view(buf_.data(), last_);
  }

  // Reads into the caller's buffer: no copy through buf_.
  Result<size_t> AppendTo(std::string* out, size_t max) override {
    if (peeked_) return ByteSource::AppendTo(out, max);
    const size_t old = out->size();
    out->resize(old + max);
    Result<size_t> got = Fill(out->data() + old, max);
    out->resize(old + (got.ok() ? got.value() : 0));
    return got;
  }
  // The chunk read at open (to sniff the format) is handed out whole.
  bool exact_reads() const override { return !peeked_; }

  uint64_t file_position() const override { return position_; }

 private:
  static constexpr size_t kChunk = 1u << 20;
  static constexpr size_t kPeekBytes = 4096;

  // Fills dst[0, cap) unless the input ends first: short reads from pipes
  // would otherwise make tiny chunks.
  Result<size_t> Fill(char* dst, size_t cap) {
    size_t got = 0;
    while (got < cap) {
      const ssize_t n = ::read(fd_, dst + got, cap - got);
      if (n < 0) {
        if (errno == EINTR) continue;
        return Status::IoError(std::string("read error: ") + std::strerror(errno));
      }
      if (n == 0) break;
      got += static_cast<size_t>(n);
    }
    position_ += got;
    return got;
  }

  int fd_;
  bool owned_;
  std::string buf_;
  size_t last_ = 0;
  bool peeked_ = false;
  uint64_t position_ = 0;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenByteSource(const std::string& path) {
  int fd = 0;
  if (path != "-") {
    // open() would stop at the NUL and read another file (from Python,
    // iter_warc("a.warc\0x") read "a.warc"); Python's open() refuses too.
    if (path.find('\0') != std::string::npos)
      return Status::InvalidArgument("path has a NUL byte: " + path.substr(0, path.find('\0')) + "\\0...");
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::IoError("cannot open " + path + ": " + std::strerror(errno));
    // A directory opens on Linux and its first read fails with EISDIR.
    struct stat sb;
    if (::fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
      ::close(fd);
      return Status::IoError("cannot open " + path + ": is a directory (give the files inside it)");
    }
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  }
  auto file = std::make_unique<FileSource>(fd, path != "-");
  Result<std::string_view> head = file->Peek();
  if (!head.ok()) return head.status();
  const std::string_view h = head.value();
  auto byte = [&](size_t i) { return i < h.size() ? static_cast<unsigned char>(h[i]) : 0u; };
  if (byte(0) == 0x1f && byte(1) == 0x8b) return NewGzipSource(std::move(file));
  // zstd frame (0xFD2FB528) or skippable frame (0x184D2A50..5F), little-endian.
  if ((byte(0) == 0x28 && byte(1) == 0xb5 && byte(2) == 0x2f && byte(3) == 0xfd) ||
      ((byte(0) & 0xf0) == 0x50 && byte(1) == 0x2a && byte(2) == 0x4d && byte(3) == 0x18))
    return NewZstdSource(std::move(file));
  return std::unique_ptr<ByteSource>(std::move(file));
}

}  // namespace lede
