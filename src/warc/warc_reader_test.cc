// WarcReader over plain, gzip (per record and whole file) and zstd (with
// dictionary) files; damaged files.
#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>

#include "lede/warc.h"
#include "test_util.h"
#include "warc/byte_source.h"
#include "warc/compressed_writer.h"
#include "warc/decompress.h"
#include "warc/warc_writer.h"

namespace lede {
namespace {

std::string TempPath(const std::string& name) { return lede::testing::TempDir() + "/lede_warc_" + name; }

std::string Page(int i) {
  return "<html><head><title>Page " + std::to_string(i) + "</title></head><body><article><h1>Headline " +
         std::to_string(i) + "</h1><p>" + std::string(200 + i, 'x') + " words about things.</p></article></body></html>";
}

// warcinfo, then `n` responses, each followed by a request record.
void WriteSample(const std::string& path, int n, std::string_view dict = {}) {
  Result<WarcWriter> w = WarcWriter::Open(path, dict);
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  ASSERT_TRUE(w->WriteRecord({{"WARC-Type", "warcinfo"}, {"WARC-Record-ID", "<urn:uuid:info>"}}, "software: test\r\n").ok());
  for (int i = 0; i < n; ++i) {
    ASSERT_TRUE(w->WriteHtmlResponse("http://example.com/" + std::to_string(i), "2024-01-02T03:04:05Z", Page(i)).ok());
    ASSERT_TRUE(w->WriteRecord({{"WARC-Type", "request"},
                                {"WARC-Record-ID", "<urn:uuid:req" + std::to_string(i) + ">"},
                                {"WARC-Target-URI", "http://example.com/" + std::to_string(i)}},
                               "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")
                    .ok());
  }
  ASSERT_TRUE(w->Close().ok());
}

void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
}

// Changes the Content-Length of the record at r.offset in `bytes` by delta.
void AddToContentLength(std::string* bytes, const WarcRecord& r, long delta) {
  const size_t p = bytes->find("Content-Length: ", r.offset) + 16;
  const size_t e = bytes->find("\r\n", p);
  bytes->replace(p, e - p, std::to_string(std::stol(bytes->substr(p, e - p)) + delta));
}

struct ReadAll {
  std::vector<WarcRecord> records;
  std::vector<std::string> errors;
};

ReadAll Read(const std::string& path, WarcReaderOptions opts = {}) {
  ReadAll out;
  Result<WarcReader> r = WarcReader::Open(path, opts);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return out;
  WarcRecord rec;
  for (int guard = 0; guard < 100000; ++guard) {
    Result<bool> next = r->Next(&rec);
    if (!next.ok()) {
      out.errors.push_back(std::string(next.status().message()));
      continue;
    }
    if (!next.value()) break;
    out.records.push_back(rec);
  }
  return out;
}

// Rewrites `path`, whose records `good` read, with record `too_long`'s
// Content-Length 40 bytes too large and a later one's, `too_short`, 40 too
// small, and reads it into *got: no error, every record read with the
// block it has (the length's lie repaired), and the two lying records say
// so in their `warning`, the others not. (They were two errors and two
// records lost.)
void ReadWithWrongLengths(const std::string& path, const ReadAll& good, size_t too_long, size_t too_short,
                          ReadAll* got) {
  std::string bytes = testing::ReadFile(path);
  // Edit the later record first: the earlier one's offset stays right.
  AddToContentLength(&bytes, good.records[too_short], -40);
  AddToContentLength(&bytes, good.records[too_long], +40);
  WriteFile(path, bytes);
  *got = Read(path);
  ASSERT_TRUE(got->errors.empty()) << got->errors.front();
  ASSERT_EQ(got->records.size(), good.records.size());
  for (size_t i = 0; i < good.records.size(); ++i) {
    const WarcRecord& r = got->records[i];
    EXPECT_EQ(r.record_id, good.records[i].record_id) << i;
    EXPECT_EQ(r.block, good.records[i].block) << i;
    EXPECT_EQ(r.offset, good.records[i].offset) << i;
    if (i != too_long && i != too_short) {
      EXPECT_EQ(r.warning, "") << i;
      continue;
    }
    const long claimed = long(good.records[i].block.size()) + (i == too_long ? 40 : -40);
    EXPECT_EQ(r.warning, "warc: Content-Length " + std::to_string(claimed) + " does not match the record's block (" +
                             std::to_string(good.records[i].block.size()) + " bytes up to the next record): repaired")
        << i;
    EXPECT_EQ(std::string(r.Header("Content-Length")), std::to_string(claimed)) << "the field is kept as written";
  }
}

// Every record of `good` read again, in order (its id), and no other. (Call
// under ASSERT_NO_FATAL_FAILURE: a count that differs ends the test.)
void ExpectSameRecords(const ReadAll& got, const ReadAll& good) {
  ASSERT_EQ(got.records.size(), good.records.size());
  for (size_t i = 0; i < good.records.size(); ++i) EXPECT_EQ(got.records[i].record_id, good.records[i].record_id) << i;
}

void ExpectSample(const ReadAll& got, int n) {
  EXPECT_TRUE(got.errors.empty()) << got.errors.front();
  ASSERT_EQ(got.records.size(), size_t(1 + 2 * n));
  EXPECT_EQ(got.records[0].type, "warcinfo");
  EXPECT_EQ(got.records[0].version, "WARC/1.1");
  for (int i = 0; i < n; ++i) {
    const WarcRecord& resp = got.records[1 + 2 * i];
    EXPECT_EQ(resp.type, "response");
    EXPECT_EQ(resp.target_uri, "http://example.com/" + std::to_string(i));
    EXPECT_EQ(resp.date, "2024-01-02T03:04:05Z");
    EXPECT_NE(resp.block.find(Page(i)), std::string::npos);
    EXPECT_EQ(got.records[2 + 2 * i].type, "request");
    EXPECT_EQ(got.records[2 + 2 * i].record_id, "<urn:uuid:req" + std::to_string(i) + ">");
  }
}

// A file that does not begin with a record and holds none in its first
// 64 MiB is no WARC: reading stops with one error (/dev/zero was read
// forever, by `lede warc` and `lede.iter_warc` alike).
TEST(WarcReader, EndlessInputWithNoRecordStops) {
  Result<WarcReader> r = WarcReader::Open("/dev/zero");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  WarcRecord rec;
  Result<bool> n = r->Next(&rec);
  ASSERT_FALSE(n.ok());
  EXPECT_NE(n.status().message().find("is it a WARC file? (reading stops)"), std::string::npos) << n.status().ToString();
  n = r->Next(&rec);
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_FALSE(n.value());
}

TEST(WarcReader, PlainOffsetsPointAtRecords) {
  const std::string path = TempPath("plain.warc");
  WriteSample(path, 5);
  ReadAll got = Read(path);
  ExpectSample(got, 5);
  const std::string bytes = testing::ReadFile(path);
  for (const WarcRecord& r : got.records) EXPECT_EQ(bytes.compare(r.offset, 9, "WARC/1.1\r"), 0) << r.offset;
}

TEST(WarcReader, GzipPerRecordOffsetsAreMemberStarts) {
  const std::string path = TempPath("members.warc.gz");
  WriteSample(path, 5);
  ReadAll got = Read(path);
  ExpectSample(got, 5);
  const std::string bytes = testing::ReadFile(path);
  for (const WarcRecord& r : got.records) {
    ASSERT_LT(r.offset, bytes.size());
    std::string plain;
    (void)Gunzip(std::string_view(bytes).substr(r.offset), 1u << 20, &plain);
    EXPECT_EQ(plain.compare(0, 9, "WARC/1.1\r"), 0) << r.offset;
    EXPECT_NE(plain.find(r.record_id), std::string::npos);
  }
}

TEST(WarcReader, GzipWholeFile) {
  const std::string plain_path = TempPath("whole.warc");
  WriteSample(plain_path, 5);
  const std::string path = TempPath("whole.warc.gz");
  {
    Result<CompressedWriter> w = CompressedWriter::Open(path, Compression::kGzip);
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->Write(testing::ReadFile(plain_path)).ok());
    ASSERT_TRUE(w->Close().ok());
  }
  ReadAll got = Read(path);
  ExpectSample(got, 5);
  // Offsets are in the decompressed stream.
  ReadAll plain = Read(plain_path);
  for (size_t i = 0; i < got.records.size(); ++i) EXPECT_EQ(got.records[i].offset, plain.records[i].offset);
}

// Members and whole-file streams larger than the fast path's window.
TEST(WarcReader, GzipLargeMembers) {
  std::mt19937 rng(7);
  std::string noise(6u << 20, '\0');
  for (char& c : noise) c = char('a' + rng() % 26);
  for (const char* name : {"big_members.warc.gz", "big_whole.warc.gz"}) {
    const std::string path = TempPath(name);
    const bool whole = std::string(name).find("whole") != std::string::npos;
    {
      // Whole: write a plain file first, then gzip it as one member.
      const std::string plain = path + ".plain";
      Result<WarcWriter> w = WarcWriter::Open(whole ? plain : path);
      ASSERT_TRUE(w.ok());
      for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(w->WriteRecord({{"WARC-Type", "resource"}, {"WARC-Record-ID", "<r" + std::to_string(i) + ">"}},
                                   i == 1 ? std::string_view(noise) : std::string_view("small"))
                        .ok());
      ASSERT_TRUE(w->Close().ok());
      if (whole) {
        Result<CompressedWriter> g = CompressedWriter::Open(path, Compression::kGzip);
        ASSERT_TRUE(g.ok());
        ASSERT_TRUE(g->Write(testing::ReadFile(plain)).ok());
        ASSERT_TRUE(g->Close().ok());
      }
    }
    ReadAll got = Read(path);
    ASSERT_TRUE(got.errors.empty()) << got.errors.front();
    ASSERT_EQ(got.records.size(), 3u) << name;
    EXPECT_EQ(got.records[1].block, noise);
    EXPECT_EQ(got.records[2].block, "small");
    EXPECT_EQ(got.records[2].record_id, "<r2>");
  }
}

TEST(WarcReader, ZstdWithDictionary) {
  std::string dict;
  for (int i = 0; i < 50; ++i) dict += Page(i);
  const std::string path = TempPath("dict.warc.zst");
  WriteSample(path, 5, dict);
  const std::string bytes = testing::ReadFile(path);
  ASSERT_EQ(static_cast<unsigned char>(bytes[0]), 0x5d);  // skippable frame magic, little-endian
  ReadAll got = Read(path);
  ExpectSample(got, 5);
  // Each record's offset starts its own frame, decodable with the dictionary.
  ZSTD_DCtx* d = ZSTD_createDCtx();
  for (const WarcRecord& r : got.records) {
    std::string out(1u << 16, '\0');
    ZSTD_inBuffer in{bytes.data() + r.offset, bytes.size() - r.offset, 0};
    ZSTD_outBuffer ob{out.data(), out.size(), 0};
    ZSTD_DCtx_reset(d, ZSTD_reset_session_and_parameters);
    ZSTD_DCtx_loadDictionary(d, dict.data(), dict.size());
    ASSERT_FALSE(ZSTD_isError(ZSTD_decompressStream(d, &ob, &in)));
    EXPECT_EQ(out.compare(0, 9, "WARC/1.1\r"), 0);
  }
  ZSTD_freeDCtx(d);
}

TEST(WarcReader, ZstdWithCompressedDictionary) {
  std::string dict;
  for (int i = 0; i < 50; ++i) dict += Page(i);
  // Write the frames with the dictionary, then put a compressed copy of it
  // in the skippable frame.
  const std::string tmp = TempPath("cdict_tmp.warc.zst");
  WriteSample(tmp, 3, dict);
  std::string bytes = testing::ReadFile(tmp).substr(8 + dict.size());
  std::string cdict(ZSTD_compressBound(dict.size()), '\0');
  cdict.resize(ZSTD_compress(cdict.data(), cdict.size(), dict.data(), dict.size(), 3));
  std::string head = "\x5d\x2a\x4d\x18";
  for (int i = 0; i < 4; ++i) head.push_back(char((cdict.size() >> (8 * i)) & 0xff));
  const std::string path = TempPath("cdict.warc.zst");
  WriteFile(path, head + cdict + bytes);
  ExpectSample(Read(path), 3);
}

TEST(WarcReader, ZstdWithoutDictionary) {
  const std::string path = TempPath("plain.warc.zst");
  WriteSample(path, 4);
  ExpectSample(Read(path), 4);
}

TEST(WarcReader, TruncatedFilesEndCleanly) {
  for (const char* name : {"cut.warc", "cut.warc.gz", "cut.warc.zst"}) {
    const std::string path = TempPath(name);
    WriteSample(path, 4);
    std::string bytes = testing::ReadFile(path);
    bytes.resize(bytes.size() - 20);  // into the last request record or its member
    WriteFile(path, bytes);
    ReadAll got = Read(path);
    ASSERT_EQ(got.errors.size(), 1u) << name;
    EXPECT_EQ(got.errors[0].rfind("truncated", 0), 0u) << got.errors[0];
    // Every record before the cut is there.
    ASSERT_EQ(got.records.size(), 8u) << name;
    EXPECT_EQ(got.records[7].type, "response");
  }
}

TEST(WarcReader, WrongContentLength) {
  const std::string path = TempPath("badlen.warc");
  WriteSample(path, 3);
  ReadAll good = Read(path);
  // Record 1 (first response) claims 40 bytes too many; record 3 (second
  // response) 40 too few. Both are read whole.
  ReadAll got;
  ASSERT_NO_FATAL_FAILURE(ReadWithWrongLengths(path, good, 1, 3, &got));
  EXPECT_NE(got.records[1].block.find(Page(0)), std::string::npos);
  EXPECT_NE(got.records[3].block.find(Page(1)), std::string::npos);
}

TEST(WarcReader, WrongContentLengthInABareLfFile) {
  // A WARC written with bare LFs (its headers are read) and a record whose
  // Content-Length runs a few bytes into the next record's "WARC/" line.
  // The search for the next record looked for CR LF CR LF "WARC/" only and
  // then went past the end the length claimed: the next record was lost.
  // Now the record itself is read too, its block up to the LF LF.
  auto record = [](const std::string& id, const std::string& block, long delta) {
    return "WARC/1.1\nWARC-Type: resource\nWARC-Record-ID: <urn:uuid:" + id +
           ">\nContent-Type: text/plain\nContent-Length: " + std::to_string(long(block.size()) + delta) + "\n\n" +
           block + "\n\n";
  };
  const std::string path = TempPath("bare_lf.warc");
  WriteFile(path, record("a", "first block", 0) + record("b", "second block", 4) + record("c", "third block", 0));
  ReadAll got = Read(path);
  EXPECT_TRUE(got.errors.empty()) << got.errors.front();
  ASSERT_EQ(got.records.size(), 3u);
  EXPECT_EQ(got.records[0].record_id, "<urn:uuid:a>");
  EXPECT_EQ(got.records[1].record_id, "<urn:uuid:b>");
  EXPECT_EQ(got.records[1].block, "second block");
  EXPECT_NE(got.records[1].warning.find("Content-Length 16 does not match the record's block (12 bytes"),
            std::string::npos)
      << got.records[1].warning;
  EXPECT_EQ(got.records[2].record_id, "<urn:uuid:c>");
  EXPECT_EQ(got.records[2].block, "third block");
  EXPECT_EQ(got.records[2].warning, "");
}

// A record of `block` claiming `block.size() + delta` bytes, with CR LF.
std::string LyingRecord(const std::string& id, const std::string& block, long delta) {
  return "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:" + id +
         ">\r\nContent-Type: text/plain\r\nContent-Length: " + std::to_string(long(block.size()) + delta) +
         "\r\n\r\n" + block + "\r\n\r\n";
}

// `records` written to `path`: plain, a gzip member each, or one gzip
// stream for all.
enum class Packing { kPlain, kMemberPerRecord, kOneStream };
void WritePacked(const std::string& path, const std::vector<std::string>& records, Packing packing) {
  std::string bytes;
  if (packing == Packing::kMemberPerRecord) {
    for (const std::string& r : records) {
      Result<CompressedWriter> w = CompressedWriter::Open(path, Compression::kGzip);
      ASSERT_TRUE(w.ok());
      ASSERT_TRUE(w->Write(r).ok());
      ASSERT_TRUE(w->Close().ok());
      bytes += testing::ReadFile(path);
    }
  } else if (packing == Packing::kOneStream) {
    Result<CompressedWriter> w = CompressedWriter::Open(path, Compression::kGzip);
    ASSERT_TRUE(w.ok());
    for (const std::string& r : records) ASSERT_TRUE(w->Write(r).ok());
    ASSERT_TRUE(w->Close().ok());
    return;
  } else {
    for (const std::string& r : records) bytes += r;
  }
  WriteFile(path, bytes);
}

// A Content-Length that lies (too short, too long, long enough to end
// inside the next record's header, the last record's too short) was one
// error and the record lost; the record is now read, its block up to the
// blank line before the next record's version line (in a gzip member per
// record: the member's end; the last record: the end of the input), and
// `warning` says so. The same in a plain file, a member per record and one
// gzip stream.
TEST(WarcReader, LyingContentLengthIsRepaired) {
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page(1);
  struct Case {
    const char* id;
    std::string block;
    long delta;
  };
  const Case cases[] = {
      {"ok1", "a good block", 0},
      {"short", http, -7},
      {"long", http + "\r\n", 9},  // a block that itself ends in CR LF
      {"into_next_header", "block whose length runs into the next header", 30},
      {"ok2", "another good block", 0},
      {"far_short", std::string(100000, 'z'), -99000},  // past the buffer read for its length
      {"last_short", "the last block", -5},
  };
  for (const Packing packing : {Packing::kPlain, Packing::kMemberPerRecord, Packing::kOneStream}) {
    SCOPED_TRACE(int(packing));
    std::vector<std::string> records;
    for (const Case& c : cases) records.push_back(LyingRecord(c.id, c.block, c.delta));
    const std::string path = TempPath(packing == Packing::kPlain ? "lying.warc" : "lying.warc.gz");
    ASSERT_NO_FATAL_FAILURE(WritePacked(path, records, packing));
    ReadAll got = Read(path);
    EXPECT_TRUE(got.errors.empty()) << got.errors.front();
    ASSERT_EQ(got.records.size(), std::size(cases));
    uint64_t plain_offset = 0;
    for (size_t i = 0; i < std::size(cases); ++i) {
      const WarcRecord& r = got.records[i];
      const Case& c = cases[i];
      EXPECT_EQ(r.record_id, "<urn:uuid:" + std::string(c.id) + ">");
      EXPECT_EQ(r.block, c.block) << c.id;
      if (packing == Packing::kPlain) {
        EXPECT_EQ(r.offset, plain_offset) << c.id;
      }
      plain_offset += records[i].size();
      if (c.delta == 0) {
        EXPECT_EQ(r.warning, "") << c.id;
        continue;
      }
      const bool last = i + 1 == std::size(cases);
      EXPECT_EQ(r.warning, "warc: Content-Length " + std::to_string(long(c.block.size()) + c.delta) +
                               " does not match the record's block (" + std::to_string(c.block.size()) +
                               (last ? " bytes up to the end of the input): repaired"
                                     : " bytes up to the next record): repaired"))
          << c.id;
    }
  }
}

// What is not repaired: a last record claiming more than the file holds
// (a cut file: "truncated"), a last record cut short without its CR LF CR
// LF (no end to trust), a block found past max_record_bytes (that limit's
// error, the next record read).
TEST(WarcReader, LyingContentLengthLeftAsAnError) {
  const std::string path = TempPath("lying_errors.warc");
  WriteFile(path, LyingRecord("a", "first", 0) + LyingRecord("b", "claims more than the file holds", 10));
  ReadAll got = Read(path);
  ASSERT_EQ(got.records.size(), 1u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind("truncated: record at offset", 0), 0u) << got.errors[0];

  std::string cut = LyingRecord("a", "first", 0) + LyingRecord("b", "a last block cut short", -3);
  cut.resize(cut.size() - 4);
  WriteFile(path, cut);
  got = Read(path);
  ASSERT_EQ(got.records.size(), 1u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].find("does not match its block"), std::string::npos) << got.errors[0];

  WriteFile(path, LyingRecord("a", "first", 0) + LyingRecord("big", std::string(300, 'b'), -250) +
                      LyingRecord("c", "third", 0));
  WarcReaderOptions opts;
  opts.max_record_bytes = 100;
  got = Read(path, opts);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[1].block, "third");
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind("max_record_bytes: record at offset", 0), 0u) << got.errors[0];
  EXPECT_NE(got.errors[0].find("a block of 300 bytes"), std::string::npos) << got.errors[0];
}

// A line of the block that starts with "WARC/" after a blank line but is
// no version line (text about the format) does not end the block: only
// "WARC/" and digits and dots, then the line's end, does.
TEST(WarcReader, TextNamingWarcDoesNotEndARepairedBlock) {
  const std::string block = "intro\r\n\r\nWARC/ is a file format.\r\n\r\nWARC/1.x is no version line\r\n\r\nend";
  const std::string path = TempPath("lying_text.warc");
  WriteFile(path, LyingRecord("a", block, -20) + LyingRecord("b", "next", 0));
  ReadAll got = Read(path);
  EXPECT_TRUE(got.errors.empty()) << got.errors.front();
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[0].block, block);
  EXPECT_FALSE(got.records[0].warning.empty());
  EXPECT_EQ(got.records[1].block, "next");
}

// The search for a block's end passes each byte once over the file: 2,000
// records that each lie (too long and too short in turn, the last too short) cost twice what
// 1,000 do, and about the bytes of their blocks. And a stretch of record
// headers that each lie, with no record after them (each search fails at
// the end of the input, the next header found inside the bytes it
// searched): without the memory of where the last search got to, each
// header searched the rest of the file again (quadratic).
TEST(WarcReader, LyingLengthsAreReadInLinearTime) {
  uint64_t searched[2];
  size_t decoded[2];
  for (const int n : {1000, 2000}) {
    std::vector<std::string> records;
    size_t bytes = 0;
    for (int i = 0; i < n; ++i) {
      // (Built by appending: g++ 12 warns falsely on "r" + std::to_string(i), -Wrestrict.)
      std::string id = "r";
      id += std::to_string(i);
      records.push_back(LyingRecord(id, Page(i % 50), i % 2 ? -17 : 17));
      bytes += records.back().size();
    }
    for (const Packing packing : {Packing::kPlain, Packing::kMemberPerRecord}) {
      const std::string path = TempPath(packing == Packing::kPlain ? "many_lies.warc" : "many_lies.warc.gz");
      ASSERT_NO_FATAL_FAILURE(WritePacked(path, records, packing));
      const uint64_t before = block_end_search_bytes;
      ReadAll got = Read(path);
      const uint64_t used = block_end_search_bytes - before;
      EXPECT_TRUE(got.errors.empty()) << got.errors.front();
      ASSERT_EQ(got.records.size(), size_t(n));
      for (int i = 0; i < n; ++i) {
        EXPECT_EQ(got.records[i].block, Page(i % 50)) << i;
        EXPECT_FALSE(got.records[i].warning.empty()) << i;
      }
      EXPECT_LT(used, bytes) << n;
      if (packing == Packing::kPlain) {
        searched[n == 2000] = used;
        decoded[n == 2000] = bytes;
      }
    }
  }
  EXPECT_LT(double(searched[1]) / double(searched[0]), 2.2) << searched[0] << " then " << searched[1];
  EXPECT_GT(searched[0], decoded[0] / 20) << "the search ran";

  std::string stretch = LyingRecord("a", "first", 0);
  const size_t start = stretch.size();
  for (int i = 0; i < 20000; ++i)
    stretch += "x\nWARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 1\r\n\r\nab";  // no blank line before "WARC/"
  const std::string path = TempPath("lying_stretch.warc");
  WriteFile(path, stretch);
  const uint64_t before = block_end_search_bytes;
  const auto t0 = std::chrono::steady_clock::now();
  ReadAll got = Read(path);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const uint64_t used = block_end_search_bytes - before;
  ASSERT_GE(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].block, "first");
  EXPECT_LT(used, 2 * (stretch.size() - start)) << used << " bytes searched for " << stretch.size() - start;
  EXPECT_LT(seconds, 10.0);
}

// Plain files are read 64 KiB at a time (after a first 4 KiB); a block
// running past the buffer is read straight into the record. These records
// are big enough (and far enough into the file) to take that path.
std::string BigPage(int i) {
  std::string body;
  for (int k = 0; body.size() < size_t(150000 + 37000 * i); ++k)
    body += "<p>Paragraph " + std::to_string(k) + " of page " + std::to_string(i) + ".</p>\n";
  return "<html><body>" + body + "</body></html>";
}

void WriteBig(const std::string& path, int n) {
  Result<WarcWriter> w = WarcWriter::Open(path);
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  for (int i = 0; i < n; ++i)
    ASSERT_TRUE(w->WriteHtmlResponse("http://example.com/big" + std::to_string(i), "2024-01-02T03:04:05Z",
                                     BigPage(i))
                    .ok());
  ASSERT_TRUE(w->Close().ok());
}

TEST(WarcReader, BigBlocksPastTheBuffer) {
  const std::string path = TempPath("big.warc");
  WriteBig(path, 12);  // about 4.4 MB
  ReadAll got = Read(path);
  EXPECT_TRUE(got.errors.empty()) << got.errors.front();
  ASSERT_EQ(got.records.size(), 12u);
  const std::string bytes = testing::ReadFile(path);
  for (int i = 0; i < 12; ++i) {
    const WarcRecord& r = got.records[i];
    EXPECT_EQ(r.target_uri, "http://example.com/big" + std::to_string(i));
    EXPECT_EQ(std::to_string(r.block.size()), std::string(r.Header("Content-Length")));
    EXPECT_NE(r.block.find(BigPage(i)), std::string::npos) << i;
    // The offset points at the record, and its block is where it says.
    EXPECT_EQ(bytes.compare(r.offset, 5, "WARC/"), 0) << i;
    EXPECT_NE(bytes.find(r.block, r.offset), std::string::npos) << i;
  }
}

TEST(WarcReader, BigBlocksWithWrongContentLength) {
  // Blocks read straight into the record (past the buffer), with lying
  // lengths: repaired as small ones are.
  const std::string path = TempPath("bigbad.warc");
  WriteBig(path, 12);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 12u);
  ASSERT_GT(good.records[8].offset, 2u << 20);
  ReadAll got;
  ASSERT_NO_FATAL_FAILURE(ReadWithWrongLengths(path, good, 8, 10, &got));
  EXPECT_NE(got.records[8].block.find(BigPage(8)), std::string::npos);
  EXPECT_NE(got.records[10].block.find(BigPage(10)), std::string::npos);
  EXPECT_EQ(got.records.back().target_uri, "http://example.com/big11");
}

TEST(WarcReader, BigBlockCutByTheEndOfTheFile) {
  const std::string path = TempPath("bigcut.warc");
  WriteBig(path, 12);
  std::string bytes = testing::ReadFile(path);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 12u);
  bytes.resize(good.records[11].offset + 100000);  // inside the last block
  WriteFile(path, bytes);
  ReadAll got = Read(path);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind("truncated: record at offset " + std::to_string(good.records[11].offset), 0), 0u)
      << got.errors[0];
  EXPECT_NE(got.errors[0].find("(WARC-Record-ID " + good.records[11].record_id + ")"), std::string::npos)
      << got.errors[0];
  ASSERT_EQ(got.records.size(), 11u);
  for (int i = 0; i < 11; ++i) EXPECT_EQ(got.records[i].block, good.records[i].block);
}

TEST(WarcReader, GarbageBetweenRecordsIsSkipped) {
  const std::string path = TempPath("garbage.warc");
  WriteSample(path, 2);
  std::string bytes = testing::ReadFile(path);
  ReadAll good = Read(path);
  bytes.insert(good.records[2].offset, "this is not a record\r\nat all\r\n");
  WriteFile(path, bytes);
  ReadAll got = Read(path);
  EXPECT_EQ(got.records.size(), good.records.size());
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind("warc: no record header", 0), 0u) << got.errors[0];
  // Only a file that does not begin with a record is asked whether it is one.
  EXPECT_EQ(got.errors[0].find("is it a WARC file"), std::string::npos) << got.errors[0];
}

TEST(WarcReader, GarbageWithNoLineEndBeforeARecordIsSkipped) {
  // Bytes with no line end of their own (NULs, a gzip member of zeros
  // between two records) run straight into the next record's "WARC/1.1"
  // line. The search for a record start wanted it at a line start, so that
  // record was lost with the garbage.
  const std::string plain_path = TempPath("nul_run.warc");
  WriteSample(plain_path, 2);
  std::string bytes = testing::ReadFile(plain_path);
  const ReadAll plain_good = Read(plain_path);
  ASSERT_EQ(plain_good.records.size(), 5u);
  bytes.insert(plain_good.records[2].offset, std::string(1000, '\0'));
  WriteFile(plain_path, bytes);
  ReadAll got = Read(plain_path);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind("warc: no record header", 0), 0u) << got.errors[0];
  ExpectSameRecords(got, plain_good);
  // The same as a per-record .warc.gz: a member of zeros between records.
  const std::string gz_path = TempPath("zero_member.warc.gz");
  WriteSample(gz_path, 2);
  std::string gz = testing::ReadFile(gz_path);
  const ReadAll good = Read(gz_path);
  const std::string zeros_path = TempPath("zeros.gz");
  {
    Result<CompressedWriter> w = CompressedWriter::Open(zeros_path, Compression::kGzip);
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->Write(std::string(1000, '\0')).ok());
    ASSERT_TRUE(w->Close().ok());
  }
  gz.insert(good.records[2].offset, testing::ReadFile(zeros_path));
  WriteFile(gz_path, gz);
  got = Read(gz_path);
  ASSERT_EQ(got.errors.size(), 1u);
  ExpectSameRecords(got, good);
  // A "WARC/" inside a line that is no version line is not taken for one.
  bytes.replace(plain_good.records[2].offset, 1000, "see WARC/1.1 text\r\nand WARC/ more\r\n");
  WriteFile(plain_path, bytes);
  got = Read(plain_path);
  ASSERT_EQ(got.errors.size(), 1u) << (got.errors.empty() ? "" : got.errors.back());
  ExpectSameRecords(got, plain_good);
}

// The resync searches the last bytes of its buffer again once more are
// read: a "WARC/" inside a garbage line that lands where that search
// resumes was taken for a record start (a second error, and a header read
// from the garbage) without a look at the byte before it. (A garbage line
// of "WARC/" run together, longer than the reads, shifted by 0-4 bytes:
// where the search resumes, one shift puts a "WARC/".)
TEST(WarcReader, WarcInsideALineAtTheBufferEndIsNoRecordStart) {
  const std::string path = TempPath("warc_at_buffer_end.warc");
  WriteSample(path, 2);
  const std::string sample = testing::ReadFile(path);
  const ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  std::string run;
  for (int i = 0; i < 40000; ++i) run += "WARC/";
  for (size_t shift = 0; shift < 5; ++shift) {
    std::string bytes = sample;
    bytes.insert(good.records[1].offset, "garbage " + std::string(shift, 'x') + run + "\r\n");
    WriteFile(path, bytes);
    const ReadAll got = Read(path);
    ASSERT_EQ(got.errors.size(), 1u) << shift << ": " << got.errors.back();
    ExpectSameRecords(got, good);
  }
}

TEST(WarcReader, AFileThatIsNoWarcSaysSo) {
  const std::string path = TempPath("page.warc");
  WriteFile(path, "<!doctype html><title>A page</title><p>Not a WARC file.</p>\n");
  ReadAll got = Read(path);
  EXPECT_TRUE(got.records.empty());
  ASSERT_FALSE(got.errors.empty());
  EXPECT_NE(got.errors[0].find("does not begin with \"WARC/\": is it a WARC file?"), std::string::npos)
      << got.errors[0];
}

TEST(WarcWriter, ControlBytesInHeaderValuesArePercentEncoded) {
  // `lede pack --url-from-name` made a file name the target URI: a name
  // with CR LF wrote a header line of its own and broke the record.
  const std::string path = TempPath("inject.warc");
  {
    Result<WarcWriter> w = WarcWriter::Open(path);
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->WriteHtmlResponse("http://e.com/a\r\nWARC-Type: evil\r\nX\t\x7f", "2024-01-01T00:00:00Z",
                                     "<p>page</p>").ok());
    ASSERT_TRUE(w->Close().ok());
  }
  ReadAll got = Read(path);
  EXPECT_TRUE(got.errors.empty());
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].type, "response");
  EXPECT_EQ(got.records[0].target_uri, "http://e.com/a%0D%0AWARC-Type: evil%0D%0AX%09%7F");
}

TEST(WarcReader, PathsWithANulOrADirectoryAreRefused) {
  // open() stops at a NUL: "x.warc\0.txt" read x.warc (from Python,
  // iter_warc took any str). A directory opened and failed its first read
  // with "read error: Is a directory".
  const std::string path = TempPath("nul.warc");
  WriteSample(path, 2);
  ASSERT_TRUE(WarcReader::Open(path).ok());
  Result<WarcReader> r = WarcReader::Open(path + std::string("\0.txt", 5));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("NUL"), std::string::npos) << r.status().ToString();
  r = WarcReader::Open(lede::testing::TempDir());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
  EXPECT_NE(r.status().message().find("is a directory"), std::string::npos) << r.status().ToString();
}

TEST(WarcReader, LongBadHeadersAreSkippedOnce) {
  // Version lines with no record behind them, in a header that never ends
  // (no blank line), in one that ends without a Content-Length, and in one
  // whose lines are all bad. The reader used to try again at each "WARC/"
  // line, scanning the rest of the header each time: quadratic (20,000
  // lines took 12.6 s, 200,000 never ended), one error per line. Now each
  // bad header is one or two errors, and the records around it are read.
  const std::string path = TempPath("badheaders.warc");
  WriteSample(path, 2);
  std::string bytes = testing::ReadFile(path);
  ReadAll good = Read(path);
  std::string noise;
  for (int i = 0; i < 5000; ++i) noise += "WARC/1.1\r\n";
  std::string bad_lines;
  for (int i = 0; i < 5000; ++i) bad_lines += "WARC/1.1\r\nContent-Length: x\r\n";
  // Later offsets first: the earlier ones stay right.
  bytes.insert(good.records[3].offset, bad_lines + "\r\n");
  bytes.insert(good.records[2].offset, noise + "WARC-Type: response\r\n\r\n");
  bytes.insert(good.records[1].offset, noise);
  WriteFile(path, bytes);
  ReadAll got = Read(path);
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  EXPECT_GE(got.errors.size(), 3u);
  EXPECT_LE(got.errors.size(), 6u) << got.errors.front();
}

TEST(WarcReader, RecordOverLimitIsSkipped) {
  const std::string path = TempPath("limit.warc.gz");
  WriteSample(path, 3);
  WarcReaderOptions opts;
  opts.max_record_bytes = 100;  // the responses are larger, the requests not
  ReadAll got = Read(path, opts);
  EXPECT_EQ(got.records.size(), 4u);
  ASSERT_EQ(got.errors.size(), 3u);
  EXPECT_EQ(got.errors[0].rfind("max_record_bytes", 0), 0u);
  EXPECT_NE(got.errors[0].find("(WARC-Record-ID <urn:"), std::string::npos) << got.errors[0];
}

// A corrupt gzip member used to end a per-record .warc.gz: every record
// after it was lost. The reader now skips to the next member that starts
// a record, with one error naming the skipped file bytes.
TEST(WarcReader, CorruptGzipMemberIsSkipped) {
  const std::string path = TempPath("corrupt_member.warc.gz");
  WriteSample(path, 4);
  const std::string clean = testing::ReadFile(path);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 9u);
  // Damage the deflate data of response 1 (record 3), then put bytes that
  // are no member (and a stray magic) between records 6 and 7.
  std::string bytes = clean;
  static constexpr char kJunk[] = "junk\x1f\x8b\x08\x00 and more junk";
  bytes.insert(good.records[7].offset, std::string(kJunk, sizeof kJunk - 1));
  for (uint64_t i = good.records[3].offset + 20; i < good.records[3].offset + 40; ++i) bytes[i] = '\xff';
  WriteFile(path, bytes);
  ReadAll got = Read(path);
  ASSERT_EQ(got.errors.size(), 2u) << (got.errors.empty() ? "" : got.errors[0]);
  EXPECT_NE(got.errors[0].find("skipped file bytes " + std::to_string(good.records[3].offset) + "-" +
                               std::to_string(good.records[4].offset)),
            std::string::npos)
      << got.errors[0];
  EXPECT_NE(got.errors[1].find("garbage after member"), std::string::npos) << got.errors[1];
  // Every record but the damaged one, each at its member's offset.
  ASSERT_EQ(got.records.size(), 8u);
  for (size_t i = 0, j = 0; i < good.records.size(); ++i) {
    if (i == 3) continue;
    EXPECT_EQ(got.records[j].record_id, good.records[i].record_id) << i;
    EXPECT_EQ(got.records[j].block, good.records[i].block) << i;
    ++j;
  }
  EXPECT_EQ(got.records[6].offset, good.records[7].offset + sizeof kJunk - 1);
  // A corrupt last member: the error says nothing came after it.
  bytes = clean;
  for (uint64_t i = good.records[8].offset + 20; i < good.records[8].offset + 40; ++i) bytes[i] = '\xff';
  WriteFile(path, bytes);
  got = Read(path);
  EXPECT_EQ(got.records.size(), 8u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].find("no record's gzip member after it"), std::string::npos) << got.errors[0];
}

// The same for zstd frames (one per record): a damaged frame costs its own
// record only.
TEST(WarcReader, CorruptZstdFrameIsSkipped) {
  for (const bool with_dict : {false, true}) {
    const std::string path = TempPath(with_dict ? "corrupt_frame_dict.warc.zst" : "corrupt_frame.warc.zst");
    std::string dict;
    if (with_dict) {
      for (int i = 0; i < 50; ++i) dict += Page(i) + "WARC/1.1\r\nWARC-Type: response\r\n";
    }
    WriteSample(path, 4, dict);
    ReadAll good = Read(path);
    ASSERT_EQ(good.records.size(), 9u);
    std::string bytes = testing::ReadFile(path);
    for (uint64_t i = good.records[3].offset + 12; i < good.records[3].offset + 40; ++i) bytes[i] = '\xff';
    WriteFile(path, bytes);
    ReadAll got = Read(path);
    ASSERT_EQ(got.errors.size(), 1u) << (got.errors.empty() ? "" : got.errors.back());
    EXPECT_NE(got.errors[0].find("skipped file bytes " + std::to_string(good.records[3].offset) + "-" +
                                 std::to_string(good.records[4].offset)),
              std::string::npos)
        << got.errors[0];
    ASSERT_EQ(got.records.size(), 8u) << with_dict;
    for (size_t i = 0, j = 0; i < good.records.size(); ++i) {
      if (i == 3) continue;
      EXPECT_EQ(got.records[j].record_id, good.records[i].record_id) << i;
      EXPECT_EQ(got.records[j].block, good.records[i].block) << i;
      ++j;
    }
  }
}

// Resynchronising reads each candidate magic for at most a kilobyte: a
// file of fake member headers (each one's deflate data a run of empty
// stored blocks) is skipped in one error, in linear time.
TEST(WarcReader, FakeGzipMagicsAreSkippedOnce) {
  const std::string path = TempPath("fake_magics.warc.gz");
  WriteSample(path, 1);
  std::string bytes = testing::ReadFile(path);
  ReadAll good = Read(path);
  std::string fake("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
  for (int i = 0; i < 100; ++i) fake += std::string("\x00\x00\x00\xff\xff", 5);
  std::string noise;
  while (noise.size() < (2u << 20)) noise += fake;
  bytes.insert(good.records[1].offset, noise);
  WriteFile(path, bytes);
  ReadAll got = Read(path);
  ASSERT_EQ(got.errors.size(), 1u);
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
}

// The last record claims more than any limit and more than the file has:
// one error. The skip used to keep its last bytes back for a record start
// that might follow, and reported them as a second, bogus record.
// Fake members nested in each other: each one's header, then a stored
// block whose data holds the next ones, and each inflates to "WARC/" and
// runs on to the end of the run before failing. Searching again from
// each one's start inflated the whole run once per member (quadratic: 26,000
// members of 512 KiB each here); no search goes back over bytes a bad member
// already ran over now, and the record after the run is read.
TEST(WarcReader, NestedFakeMembersAreInflatedOnce) {
  const std::string path = TempPath("nested_members.warc.gz");
  WriteSample(path, 1);
  std::string bytes = testing::ReadFile(path);
  ReadAll good = Read(path);
  const std::string slot("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\x00\xff\xff\x00\x00WARC/", 20);
  // (Each member's next stored header falls on a slot's 65,540 bytes on:
  // the last 3,277 slots have a bad one, so each member fails in the run.)
  const std::string bad_slot("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\x00\x00\x00\x00\x00WARC/", 20);
  std::string run;
  for (int i = 0; i < 26000; ++i) run += slot;
  for (int i = 0; i < 3277; ++i) run += bad_slot;
  bytes.insert(good.records[1].offset, run);
  WriteFile(path, bytes);
  ReadAll got = Read(path);
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  EXPECT_LE(got.errors.size(), 3u);
}

TEST(WarcReader, LastRecordOverLimitIsOneError) {
  for (const char* name : {"last_huge.warc", "last_huge.warc.gz"}) {
    const std::string path = TempPath(name);
    WriteSample(path, 2);
    ReadAll good = Read(TempPath(name));
    std::string plain;
    if (std::string(name).find(".gz") == std::string::npos) {
      plain = testing::ReadFile(path);
      AddToContentLength(&plain, good.records.back(), 1000000000000000L);
      WriteFile(path, plain);
    } else {
      // Rewrite the last member with the lie inside it.
      std::string bytes = testing::ReadFile(path);
      const std::string last = bytes.substr(good.records.back().offset);
      bytes.resize(good.records.back().offset);
      std::string rec;
      ASSERT_TRUE(Gunzip(last, 1u << 20, &rec).ok());
      WarcRecord at0 = good.records.back();
      at0.offset = 0;
      AddToContentLength(&rec, at0, 1000000000000000L);
      Result<CompressedWriter> w = CompressedWriter::Open(path, Compression::kGzip);
      ASSERT_TRUE(w.ok());
      ASSERT_TRUE(w->Write(rec).ok());
      ASSERT_TRUE(w->Close().ok());
      const std::string member = testing::ReadFile(path);
      WriteFile(path, bytes + member);
    }
    ReadAll got = Read(path);
    EXPECT_EQ(got.records.size(), good.records.size() - 1) << name;
    ASSERT_EQ(got.errors.size(), 1u) << name << ": " << got.errors.back();
    EXPECT_EQ(got.errors[0].rfind("max_record_bytes", 0), 0u) << got.errors[0];
  }
}

TEST(WarcReader, Warc10WithBracketedUri) {
  const std::string path = TempPath("v10.warc");
  std::string block = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>";
  WriteFile(path, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <http://a.example/>\r\n"
                  "WARC-Record-ID: <urn:uuid:x>\r\nContent-Length: " +
                      std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n");
  ReadAll got = Read(path);
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].version, "WARC/1.0");
  EXPECT_EQ(got.records[0].target_uri, "http://a.example/");
  EXPECT_EQ(got.records[0].block, block);
}

// A segmented record (WARC 1.1, 5.9-5.11) whose continuation records follow
// it is one record: its block joined, `segments` counted. It was returned
// in pieces: the first segment a part of the page (flagged), each
// continuation skipped.
TEST(WarcReader, SegmentsThatFollowTheirRecordAreJoined) {
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page(1);
  const std::string path = TempPath("segments.warc");
  auto segment = [](const std::string& origin, int n, bool last, size_t total) {
    WarcWriter::Fields f = {{"WARC-Type", "continuation"},
                            {"WARC-Record-ID", "<urn:uuid:" + origin + "-" + std::to_string(n) + ">"},
                            {"WARC-Segment-Origin-ID", "<urn:uuid:" + origin + ">"},
                            {"WARC-Segment-Number", std::to_string(n)}};
    if (last) f.push_back({"WARC-Segment-Total-Length", std::to_string(total)});
    return f;
  };
  auto first = [](const std::string& id) {
    return WarcWriter::Fields{{"WARC-Type", "response"},
                              {"WARC-Record-ID", "<urn:uuid:" + id + ">"},
                              {"WARC-Target-URI", "http://example.com/" + id},
                              {"Content-Type", "application/http; msgtype=response"},
                              {"WARC-Segment-Number", "1"}};
  };
  const size_t a = 70, b = 150;
  {
    Result<WarcWriter> w = WarcWriter::Open(path);
    ASSERT_TRUE(w.ok());
    // Whole: three segments in a row, the last giving the total.
    ASSERT_TRUE(w->WriteRecord(first("s"), http.substr(0, a)).ok());
    ASSERT_TRUE(w->WriteRecord(segment("s", 2, false, 0), http.substr(a, b - a)).ok());
    ASSERT_TRUE(w->WriteRecord(segment("s", 3, true, http.size()), http.substr(b)).ok());
    // A part: the second segment follows, the third is elsewhere.
    ASSERT_TRUE(w->WriteRecord(first("t"), http.substr(0, a)).ok());
    ASSERT_TRUE(w->WriteRecord(segment("t", 2, false, 0), http.substr(a, b - a)).ok());
    ASSERT_TRUE(w->WriteRecord({{"WARC-Type", "request"}, {"WARC-Record-ID", "<urn:uuid:req>"}}, "GET / HTTP/1.1\r\n\r\n")
                    .ok());
    // Another record's continuation, and one out of order: not joined.
    ASSERT_TRUE(w->WriteRecord(first("u"), http.substr(0, a)).ok());
    ASSERT_TRUE(w->WriteRecord(segment("s", 2, false, 0), http.substr(a, b - a)).ok());
    ASSERT_TRUE(w->WriteRecord(first("v"), http.substr(0, a)).ok());
    ASSERT_TRUE(w->WriteRecord(segment("v", 3, true, http.size()), http.substr(b)).ok());
    // The last record of the file: its continuations are in the next file.
    ASSERT_TRUE(w->WriteRecord(first("w"), http.substr(0, a)).ok());
    ASSERT_TRUE(w->Close().ok());
  }
  ReadAll got = Read(path);
  EXPECT_TRUE(got.errors.empty());
  std::vector<std::string> ids;
  for (const WarcRecord& r : got.records) ids.push_back(r.record_id + ":" + std::to_string(r.segments) +
                                                        (r.segments_complete ? "+" : ""));
  EXPECT_EQ(ids, (std::vector<std::string>{"<urn:uuid:s>:3+", "<urn:uuid:t>:2", "<urn:uuid:req>:1",
                                           "<urn:uuid:u>:1", "<urn:uuid:s-2>:1", "<urn:uuid:v>:1",
                                           "<urn:uuid:v-3>:1", "<urn:uuid:w>:1"}));
  ASSERT_EQ(got.records.size(), 8u);
  EXPECT_EQ(got.records[0].block, http);
  EXPECT_EQ(got.records[1].block, http.substr(0, b));
  // Joined no further than max_record_bytes: the continuation is read alone.
  WarcReaderOptions small;
  small.max_record_bytes = b - 1;
  got = Read(path, small);
  ASSERT_GE(got.records.size(), 2u);
  EXPECT_EQ(got.records[0].record_id, "<urn:uuid:s>");
  EXPECT_EQ(got.records[0].segments, 1u);
  EXPECT_EQ(got.records[1].record_id, "<urn:uuid:s-2>");
  std::remove(path.c_str());
}

// hostile39: with max_record_bytes raised to 2^64 - 1 ("no limit", as
// Python callers and --max-record-bytes give it), a Content-Length near
// 2^64 wrapped the reader's sums: 2^64 - 4 ended the block on the header's
// own blank line and the block was taken as 2^64 - 4 bytes (std::length_error
// ended `lede warc`; Python got a ValueError); 2^63 threw std::bad_alloc.
// Each was one error, the records around it read, in a plain file and in
// a .warc.gz of a member per record; now the lying record is read too (its
// block up to the next record, with a warning).
TEST(WarcReader, ClaimedLengthsNearTwoTo64AreReadSafely) {
  auto record = [](const std::string& id, const std::string& length, const std::string& block) {
    return "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:" + id +
           ">\r\nContent-Type: text/plain\r\nContent-Length: " + length + "\r\n\r\n" + block + "\r\n\r\n";
  };
  WarcReaderOptions opts;
  opts.max_record_bytes = std::numeric_limits<uint64_t>::max();
  for (const char* length : {"18446744073709551612", "18446744073709551615", "18446744073709551611",
                             "9223372036854775807", "4294967296"}) {
    const std::string records[] = {record("a", "5", "hello"), record("lie", length, "short block"),
                                   record("b", "5", "world")};
    for (const bool gz : {false, true}) {
      const std::string path = TempPath(gz ? "near64.warc.gz" : "near64.warc");
      if (gz) {
        std::string bytes;
        for (const std::string& r : records) {
          Result<CompressedWriter> w = CompressedWriter::Open(path, Compression::kGzip);
          ASSERT_TRUE(w.ok());
          ASSERT_TRUE(w->Write(r).ok());
          ASSERT_TRUE(w->Close().ok());
          bytes += testing::ReadFile(path);
        }
        WriteFile(path, bytes);
      } else {
        WriteFile(path, records[0] + records[1] + records[2]);
      }
      // (Under the raised limit the lying record is read too, up to the
      // next record, and says so: it was one error.)
      ReadAll got = Read(path, opts);
      EXPECT_TRUE(got.errors.empty()) << length << ": " << got.errors.front();
      ASSERT_EQ(got.records.size(), 3u) << length << (gz ? " gz" : "");
      EXPECT_EQ(got.records[0].block, "hello");
      EXPECT_EQ(got.records[1].block, "short block");
      EXPECT_NE(got.records[1].warning.find(std::string("Content-Length ") + length), std::string::npos)
          << got.records[1].warning;
      EXPECT_EQ(got.records[2].block, "world");
    }
  }
}

// hostile39: a block past the buffer was read straight into the record
// after one resize to the length claimed: a 2 KB file whose record claimed
// 4 GB (max_record_bytes raised) took 4.2 GB and 14 s to zero-fill. The
// block now reserves at most the default max_record_bytes and grows by
// what arrives; here a record that claims 512 MiB in a 1 KB file.
TEST(WarcReader, MemoryFollowsTheBytesNotTheClaimedLength) {
  const std::string path = TempPath("claims512m.warc");
  WriteFile(path,
            "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:x>\r\nContent-Length: 536870912\r\n\r\n" +
                std::string(1000, 'x'));
  WarcReaderOptions opts;
  opts.max_record_bytes = std::numeric_limits<uint64_t>::max();
  Result<WarcReader> r = WarcReader::Open(path, opts);
  ASSERT_TRUE(r.ok());
  WarcRecord rec;
  Result<bool> next = r->Next(&rec);
  ASSERT_FALSE(next.ok());
  EXPECT_EQ(std::string(next.status().message()).rfind("truncated: record at offset 0 has 1000 of 536870912", 0), 0u)
      << next.status().message();
  EXPECT_LE(rec.block.capacity(), size_t(64u << 20));
}

TEST(WarcReader, MissingFileIsIoError) {
  Result<WarcReader> r = WarcReader::Open(TempPath("does-not-exist.warc"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
}

// `bytes` as one gzip member.
std::string GzipMember(const std::string& name, std::string_view bytes) {
  const std::string path = TempPath(name);
  Result<CompressedWriter> w = CompressedWriter::Open(path, Compression::kGzip, 9);
  EXPECT_TRUE(w.ok());
  if (!w.ok()) return std::string();
  EXPECT_TRUE(w->Write(bytes).ok());
  EXPECT_TRUE(w->Close().ok());
  return testing::ReadFile(path);
}

// hostile41: a record over max_record_bytes in a file of one gzip member
// per record was inflated whole to be passed over: a 10 GB bomb (160
// members of 64 MiB of zeros, 10 MB of file) took 21 s. Past 16 MiB the
// reader now asks the source for the next record's member, found by its
// magic in the compressed bytes (a single member holding the record alone,
// its ISIZE says: 256 MiB here).
TEST(WarcReader, GzipBombRecordIsPassedOverWithoutInflatingIt) {
  const std::string path = TempPath("bomb.warc.gz");
  WriteSample(path, 2);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  std::string bytes = testing::ReadFile(path);
  // One member, as a writer makes it: header, 256 MiB of zeros, CRLF CRLF.
  std::string bomb;
  {
    const std::string member = TempPath("bomb_member.gz");
    Result<CompressedWriter> w = CompressedWriter::Open(member, Compression::kGzip, 1);
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->Write("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
                         "Content-Length: 268435456\r\n\r\n")
                    .ok());
    const std::string zeros(64u << 20, '\0');
    for (int i = 0; i < 4; ++i) ASSERT_TRUE(w->Write(zeros).ok());
    ASSERT_TRUE(w->Write("\r\n\r\n").ok());
    ASSERT_TRUE(w->Close().ok());
    bomb = testing::ReadFile(member);
  }
  bytes.insert(good.records[3].offset, bomb);
  WriteFile(path, bytes);
  const auto t0 = std::chrono::steady_clock::now();
  ReadAll got = Read(path);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind("max_record_bytes", 0), 0u) << got.errors[0];
  EXPECT_NE(got.errors[0].find("passed over to the next record's member"), std::string::npos) << got.errors[0];
  EXPECT_NE(got.errors[0].find("urn:uuid:bomb"), std::string::npos) << got.errors[0];
  EXPECT_LT(seconds, 30.0);  // sanitizer builds, a loaded machine
}

// The skip looks ahead for the next record's member without losing its
// place: a member holding the oversized record and the records after it
// (members of several records, a whole-file stream after two member
// records) has none after it, so it is inflated on and its records read.
TEST(WarcReader, RecordsAfterAnOversizedRecordInTheSameMemberAreRead) {
  const std::string path = TempPath("shared_member.warc.gz");
  WriteSample(path, 2);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  std::string bytes = testing::ReadFile(path);
  std::string rest;
  ASSERT_TRUE(Gunzip(bytes.substr(good.records[3].offset), 1u << 20, &rest).ok());
  const std::string big = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:big>\r\nContent-Length: " +
                          std::to_string(24u << 20) + "\r\n\r\n" + std::string(24u << 20, 'z') + "\r\n\r\n";
  bytes.resize(good.records[3].offset);
  bytes += GzipMember("shared_member.gz", big + rest);
  WriteFile(path, bytes);
  WarcReaderOptions opts;
  opts.max_record_bytes = 1u << 20;
  ReadAll got = Read(path, opts);
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].find("passed over"), std::string::npos) << got.errors[0];
}

// `bytes` as one gzip member of stored blocks (level 0): its compressed
// bytes hold `bytes` verbatim.
std::string StoredGzipMember(std::string_view bytes) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 0, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, bytes.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// rev41b: the look-ahead for the next record's member probed each gzip
// magic it met, and a probe may read kProbeBytes (1 KiB): a record whose
// compressed bytes are fake member headers ("1f 8b 08 08" over and over:
// each a header with a name field that runs past the probe) made 256
// probes a KiB, each reading 1 KiB: 64 MiB of them took 13 s to look
// through (Release; a file may hold one such record after another). The
// probes' input is now budgeted (the look-ahead's size): past it the
// member is inflated on, the records after it read.
TEST(WarcReader, LookAheadThroughFakeGzipHeadersIsBounded) {
  const std::string path = TempPath("fake_headers.warc.gz");
  WriteSample(path, 2);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  std::string bytes = testing::ReadFile(path);
  std::string fake;
  const size_t n = 88u << 20;  // 16 MiB decoded, then the look-ahead's 64 MiB, then the next member
  fake.reserve(n);
  while (fake.size() < n) fake += "\x1f\x8b\x08\x08";
  std::string big = StoredGzipMember("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:fake>\r\n"
                                     "Content-Length: 1000000000000\r\n\r\n" +
                                     fake + "\r\n\r\n");
  bytes.insert(good.records[3].offset, big);
  WriteFile(path, bytes);
  const uint64_t before = resync_probe_bytes;
  ReadAll got = Read(path);
  const uint64_t probed = resync_probe_bytes - before;
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind("max_record_bytes", 0), 0u) << got.errors[0];
  // The probes' work is counted, not timed (a timed bound failed under a
  // loaded machine's sanitizer build, 7.7 s against 5): 4.0 MiB probed
  // here; unbudgeted, each of the 2^24 fake headers in the look-ahead's
  // 64 MiB read up to 1 KiB.
  EXPECT_LT(probed, uint64_t{16} << 20);
}

// `rec` as the bytes of an uncompressed record (header, block, CRLF CRLF).
std::string PlainRecord(const WarcRecord& rec) {
  std::string out = rec.version + "\r\n";
  for (const auto& [k, v] : rec.headers) out += k + ": " + v + "\r\n";
  return out + "\r\n" + rec.block + "\r\n\r\n";
}

// `bytes` as one zstd frame.
std::string ZstdFrame(std::string_view bytes) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  const size_t n = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 1);
  EXPECT_FALSE(ZSTD_isError(n));
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

// The same for zstd frames (one that declares its size; 256 MiB here): a
// 4 GB bomb (133 KB of file) was decoded to be
// passed over (0.6 s, and zstd's ratio lets 10 MB of file hold 300 GB);
// a frame holding the oversized record and the records after it is
// decoded on, its records read.
TEST(WarcReader, ZstdBombRecordIsPassedOverWithoutDecodingIt) {
  const std::string path = TempPath("bomb.warc.zst");
  WriteSample(path, 2);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  const std::string bytes = testing::ReadFile(path);
  // One frame that declares its size (ZSTD_compress writes it), as a
  // writer makes it: header, 256 MiB of zeros, CRLF CRLF.
  const std::string bomb =
      ZstdFrame("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:bomb>\r\nContent-Length: 268435456\r\n\r\n" +
                std::string(256u << 20, '\0') + "\r\n\r\n");
  std::string with_bomb = bytes;
  with_bomb.insert(good.records[3].offset, bomb);
  WriteFile(path, with_bomb);
  ReadAll got = Read(path);
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].rfind("max_record_bytes", 0), 0u) << got.errors[0];
  EXPECT_NE(got.errors[0].find("passed over to the next record's member"), std::string::npos) << got.errors[0];

  std::string rest;
  // The records from the fourth on, plain, in one frame after a big record.
  for (size_t i = 3; i < good.records.size(); ++i) rest += PlainRecord(good.records[i]);
  const std::string big = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:big>\r\nContent-Length: " +
                          std::to_string(24u << 20) + "\r\n\r\n" + std::string(24u << 20, 'z') + "\r\n\r\n";
  WriteFile(path, bytes.substr(0, good.records[3].offset) + ZstdFrame(big + rest));
  WarcReaderOptions opts;
  opts.max_record_bytes = 1u << 20;
  got = Read(path, opts);
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].find("passed over"), std::string::npos) << got.errors[0];
}

// rev41b: the skip jumped from an oversized record's member to the next
// member that starts a record, passing over records that shared the
// oversized one's member (a whole-file stream appended after members of one
// record each, a writer grouping a big record with the next): "three" was
// lost where a plain inflate read it. The skip is now taken only when the
// member says it holds the record alone (gzip's ISIZE, zstd's declared
// frame size); otherwise the member is decoded on.
TEST(WarcReader, ARecordSharingAnOversizedRecordsMemberIsNotPassedOver) {
  for (const bool zstd : {false, true}) {
    const std::string path = TempPath(zstd ? "shared_next.warc.zst" : "shared_next.warc.gz");
    WriteSample(path, 2);
    ReadAll good = Read(path);
    ASSERT_EQ(good.records.size(), 5u);
    const std::string bytes = testing::ReadFile(path);
    const WarcRecord& third = good.records[3];
    const std::string plain = PlainRecord(third);
    const std::string big = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:big>\r\nContent-Length: " +
                            std::to_string(24u << 20) + "\r\n\r\n" + std::string(24u << 20, 'z') + "\r\n\r\n";
    const std::string shared = zstd ? ZstdFrame(big + plain) : GzipMember("shared_next.gz", big + plain);
    WriteFile(path, bytes.substr(0, third.offset) + shared + bytes.substr(good.records[4].offset));
    WarcReaderOptions opts;
    opts.max_record_bytes = 1u << 20;
    ReadAll got = Read(path, opts);
    ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good)) << (zstd ? "zstd" : "gzip");
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_EQ(got.errors[0].find("passed over"), std::string::npos) << got.errors[0];
  }
}

// hostile42: the resync after a corrupt member probed each gzip magic
// through zlib with a KiB of input, moving on one byte after each: fake
// headers "1f 8b 08 08" four bytes apart (a name field that runs on) made
// 256 probes scan each byte of the run (4 MiB: 0.76 s CPU in Release).
// The header is now read without zlib, the name's NUL found once for all
// the candidates inside it, and the deflate verdict kept by where the data
// starts: such a run costs no more than as many headers that fail at once
// ("1f 8b 08 00" over and over: the data after each is a bad stored
// block). The probes' work is counted (resync_probe_bytes), not timed: a
// CPU-time ratio moved on a loaded machine and under ASan (which slows
// the header code, not zlib's inflate).
TEST(WarcReader, ResyncThroughFakeGzipNameFieldsIsLinear) {
  const std::string path = TempPath("resync_names.warc.gz");
  WriteSample(path, 2);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  const std::string bytes = testing::ReadFile(path);
  uint64_t probed[2];
  size_t run_bytes = 0;
  for (const bool names : {false, true}) {
    std::string run("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff", 14);  // a member that fails
    const std::string fake = names ? std::string("\x1f\x8b\x08\x08", 4) : std::string("\x1f\x8b\x08\x00", 4);
    while (run.size() < (4u << 20)) run += fake;
    run_bytes = run.size();
    std::string file = bytes;
    file.insert(good.records[3].offset, run);
    WriteFile(path, file);
    const uint64_t before = resync_probe_bytes;
    ReadAll got = Read(path);
    probed[names] = resync_probe_bytes - before;
    ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
    ASSERT_EQ(got.errors.size(), 1u);
    EXPECT_NE(got.errors[0].find("skipped file bytes"), std::string::npos) << got.errors[0];
  }
  // (Each of the 2^20 plain headers reads a few bytes of its data; each
  // byte of the name fields is searched once.)
  EXPECT_LT(probed[1], 2 * probed[0]) << "names " << probed[1] << " bytes, plain headers " << probed[0];
  EXPECT_LT(probed[1], 2 * run_bytes) << "names " << probed[1] << " bytes for " << run_bytes;
}

// The same probe finds a real member among fake ones whatever their
// headers say: name and comment fields that end inside it, an extra
// field, a header CRC (not checked, as libdeflate does not), a member
// whose first bytes are empty stored blocks (within the 8 allowed).
TEST(WarcReader, ResyncFindsARecordAmongFakeHeaders) {
  const std::string path = TempPath("resync_mixed.warc.gz");
  WriteSample(path, 2);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  const std::string bytes = testing::ReadFile(path);
  const std::string bad("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff", 14);
  const std::string member = bytes.substr(good.records[3].offset, good.records[4].offset - good.records[3].offset);
  // The member again with a name, a comment, an extra field and a header
  // CRC of zeros, and three empty stored blocks before its data.
  std::string dressed("\x1f\x8b\x08\x1e\x00\x00\x00\x00\x00\xff\x03\x00xyz", 15);
  dressed += std::string("name\0comment\0\0\0", 15);
  dressed += std::string("\x00\x00\x00\xff\xff", 5) + std::string("\x00\x00\x00\xff\xff", 5) +
             std::string("\x00\x00\x00\xff\xff", 5);
  dressed += member.substr(10);
  for (const bool plain_header : {true, false}) {
    std::string run = bad;
    for (int i = 0; i < 300; ++i) run += std::string(i % 3 ? "\x1f\x8b\x08\x08" : "\x1f\x8b\x08\x10", 4);
    run += std::string("\x1f\x8b\x08\x04\x00\x00\x00\x00\x00\xff\x10\x00", 12);  // its extra field swallows the next 16
    std::string file = bytes.substr(0, good.records[3].offset) + run + (plain_header ? member : dressed) +
                       bytes.substr(good.records[4].offset);
    WriteFile(path, file);
    ReadAll got = Read(path);
    ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good)) << plain_header;
    ASSERT_EQ(got.errors.size(), 1u) << plain_header;
    EXPECT_EQ(got.records[3].block, good.records[3].block);
  }
}

// A zstd frame whose first block is a compressed block of raw literals:
// `literals` is its content, byte for byte (any bytes, a frame among them).
std::string RawLiteralsFrame(std::string_view literals) {
  // No content size, a 64 KiB window (a block may not pass a single
  // segment's content size).
  std::string f("\x28\xb5\x2f\xfd\x00\x30", 6);
  const uint32_t size = static_cast<uint32_t>(literals.size());
  const uint32_t block = 3 + size + 1;  // literals header, literals, "no sequences"
  const uint32_t bh = block << 3 | 2u << 1 | 1u;  // compressed, last
  f += static_cast<char>(bh & 0xff);
  f += static_cast<char>((bh >> 8) & 0xff);
  f += static_cast<char>(bh >> 16);
  f += static_cast<char>(0x0c | (size & 0xf) << 4);  // raw literals, 20-bit size
  f += static_cast<char>((size >> 4) & 0xff);
  f += static_cast<char>(size >> 12);
  f += literals;
  f += '\0';
  return f;
}

// hostile42: the resync after a corrupt zstd frame passed a failed
// candidate with all the bytes its probe read (a block, up to 128 KiB): a
// real record's frame right after a fake magic whose block holds it was
// passed over and lost. The search now moves on one byte (the probes'
// input budgeted, as the look-ahead's).
TEST(WarcReader, ZstdResyncFindsAFrameInsideAFakeOnesBlock) {
  const std::string path = TempPath("resync_hidden.warc.zst");
  WriteSample(path, 2);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  const std::string bytes = testing::ReadFile(path);
  const std::string real = bytes.substr(good.records[3].offset, good.records[4].offset - good.records[3].offset);
  const std::string fake = RawLiteralsFrame("junk!" + real + std::string(300, 'j'));
  std::string check(fake.size(), '\0');
  ASSERT_EQ(ZSTD_decompress(check.data(), check.size(), fake.data(), fake.size()), 5 + real.size() + 300);
  // A corrupt frame (record 2's, damaged) starts the search.
  std::string corrupt = bytes.substr(good.records[2].offset, good.records[3].offset - good.records[2].offset);
  for (size_t i = 12; i < 40 && i < corrupt.size(); ++i) corrupt[i] = '\xff';
  WriteFile(path, bytes.substr(0, good.records[3].offset) + corrupt + fake + bytes.substr(good.records[4].offset));
  ReadAll got = Read(path);
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  EXPECT_EQ(got.records[3].block, good.records[3].block);
  EXPECT_GE(got.errors.size(), 1u);
}

// hostile42: a record whose block is a WARC file stored verbatim (a
// crawl of WARC files: "WARC/1.1" lines and CRLF CRLF terminators inside
// the payload, plain or as gzip members) is one record, in a plain, gzip
// or zstd file, whether it is read or passed over for its size: the outer
// records are all read, the inner ones never.
TEST(WarcReader, ANestedArchiveIsOneRecord) {
  for (const char* inner_name : {"nested_inner.warc", "nested_inner.warc.gz"}) {
    const std::string inner_path = TempPath(inner_name);
    WriteSample(inner_path, 3);
    const std::string inner = testing::ReadFile(inner_path);
    for (const char* outer_name : {"nested_outer.warc", "nested_outer.warc.gz", "nested_outer.warc.zst"}) {
      const std::string path = TempPath(outer_name);
      {
        Result<WarcWriter> w = WarcWriter::Open(path);
        ASSERT_TRUE(w.ok());
        ASSERT_TRUE(w->WriteHtmlResponse("http://example.com/a", "2024-01-02T03:04:05Z", Page(1)).ok());
        ASSERT_TRUE(w->WriteRecord({{"WARC-Type", "resource"},
                                    {"WARC-Record-ID", "<urn:uuid:nested>"},
                                    {"WARC-Target-URI", "http://example.com/crawl.warc"},
                                    {"Content-Type", "application/warc"}},
                                   inner)
                        .ok());
        ASSERT_TRUE(w->WriteHtmlResponse("http://example.com/b", "2024-01-02T03:04:05Z", Page(2)).ok());
        ASSERT_TRUE(w->Close().ok());
      }
      for (const bool small : {false, true}) {
        WarcReaderOptions opts;
        if (small) opts.max_record_bytes = inner.size() / 2;
        ReadAll got = Read(path, opts);
        const std::string what = std::string(inner_name) + " in " + outer_name + (small ? ", passed over" : "");
        ASSERT_EQ(got.records.size(), small ? 2u : 3u) << what;
        EXPECT_EQ(got.records.front().target_uri, "http://example.com/a") << what;
        EXPECT_EQ(got.records.back().target_uri, "http://example.com/b") << what;
        if (!small) {
          EXPECT_TRUE(got.errors.empty()) << what << ": " << got.errors.front();
          EXPECT_EQ(got.records[1].block, inner) << what;
        } else {
          ASSERT_EQ(got.errors.size(), 1u) << what << ": " << got.errors.back();
          EXPECT_EQ(got.errors[0].rfind("max_record_bytes", 0), 0u) << got.errors[0];
        }
      }
    }
  }
}

// hostile42: a record without a usable Content-Length (none, not a
// number, negative, past 2^64) is one error naming it; reading goes on at
// the next "WARC/1." version line, not at a line of its block that starts
// with "WARC/" (its text, a WARC quoted in it), and no record after it is
// lost, in a plain, gzip or zstd file.
TEST(WarcReader, ARecordWithoutAUsableContentLengthIsOneError) {
  const std::string block =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><pre>\r\nWARC/ is a format\r\n"
      "WARC/1.1\r\nWARC-Type: response\r\n\r\nquoted\r\n\r\n</pre></body></html>";
  for (const char* length : {"", "Content-Length: abc\r\n", "Content-Length: -5\r\n", "Content-Length: +5\r\n",
                             "Content-Length: 99999999999999999999999\r\n", "Content-Length:\r\n"}) {
    for (const char* name : {"no_length.warc", "no_length.warc.gz", "no_length.warc.zst"}) {
      const std::string path = TempPath(name);
      WriteSample(path, 2);
      ReadAll good = Read(path);
      ASSERT_EQ(good.records.size(), 5u);
      const std::string bytes = testing::ReadFile(path);
      const std::string bad = std::string("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bad>\r\n") +
                              length + "\r\n" + block + "\r\n\r\n";
      std::string packed = bad;
      if (std::string(name).find(".gz") != std::string::npos) packed = GzipMember("no_length.gz", bad);
      if (std::string(name).find(".zst") != std::string::npos) packed = ZstdFrame(bad);
      WriteFile(path, bytes.substr(0, good.records[3].offset) + packed + bytes.substr(good.records[3].offset));
      ReadAll got = Read(path);
      ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good)) << name << " " << length;
      ASSERT_EQ(got.errors.size(), 1u) << name << " " << length << ": " << got.errors.back();
      EXPECT_NE(got.errors[0].find("no valid Content-Length"), std::string::npos) << got.errors[0];
      EXPECT_NE(got.errors[0].find("<urn:uuid:bad>"), std::string::npos) << got.errors[0];
    }
  }
}

// hostile42: a record whose lines end in CR alone ran into the next
// record's header (the first LF is that one's): the next record's fields
// were read as its own, and it was lost without an error. Now a version
// line holding a CR is a malformed header, one error that says why, and
// the next record (its version line right after the CRs) is read.
TEST(WarcReader, ARecordWithCrOnlyLineEndsIsOneError) {
  for (const char* name : {"cr_only.warc", "cr_only.warc.gz"}) {
    const std::string path = TempPath(name);
    WriteSample(path, 2);
    ReadAll good = Read(path);
    ASSERT_EQ(good.records.size(), 5u);
    const std::string bytes = testing::ReadFile(path);
    std::string cr = PlainRecord(good.records[1]);
    for (size_t i = cr.find("\r\n"); i != std::string::npos; i = cr.find("\r\n", i)) cr.erase(i + 1, 1);
    const std::string packed = std::string(name).find(".gz") != std::string::npos ? GzipMember("cr_only.gz", cr) : cr;
    WriteFile(path, bytes.substr(0, good.records[3].offset) + packed + bytes.substr(good.records[3].offset));
    ReadAll got = Read(path);
    ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good)) << name;
    ASSERT_EQ(got.errors.size(), 1u) << name;
    EXPECT_NE(got.errors[0].find("CR alone"), std::string::npos) << got.errors[0];
    EXPECT_EQ(got.records[3].block, good.records[3].block);
  }
}

// rev42a: fake headers with a name and a comment ("1f 8b 08 18") four
// bytes apart, each group's fields ending at one NUL and the comment's:
// the NUL search of the comment field replaced the name field's, so each
// candidate searched its name field again (a KiB, 250 candidates a KiB),
// the probes' credit ran out after a few dozen KiB, and past it a failed
// probe's bytes went with it: the last candidates' fields, run into the
// real member right after them, passed over it and its record was lost.
TEST(WarcReader, ResyncThroughFakeNameAndCommentFieldsFindsTheNextRecord) {
  const std::string path = TempPath("resync_name_comment.warc.gz");
  WriteSample(path, 2);
  ReadAll good = Read(path);
  ASSERT_EQ(good.records.size(), 5u);
  const std::string bytes = testing::ReadFile(path);
  std::string group;
  for (int i = 0; i < 225; ++i) group += std::string("\x1f\x8b\x08\x18", 4);
  group += std::string(1, '\0') + std::string(20, 'c') + std::string(1, '\0');
  std::string run("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff", 14);  // a member that fails
  while (run.size() < (256u << 10)) run += group;
  for (int i = 0; i < 100; ++i) run += std::string("\x1f\x8b\x08\x18", 4);  // fields that end in the next member
  std::string file = bytes;
  file.insert(good.records[3].offset, run);
  WriteFile(path, file);
  ReadAll got = Read(path);
  ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good));
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.records[3].block, good.records[3].block);
}

// rev42a: a record without a usable Content-Length whose block does not
// end in a blank line (cut short: its gzip member or zstd frame ends
// after some bytes, or the next record follows them in a plain file):
// the resync after it stopped only at a version line after a blank line,
// so the next record, right after the block's bytes, was passed over and
// lost (Round 19's rule; before it, a version line after other bytes
// counted). Lines of the block that start with "WARC/1." still do not.
TEST(WarcReader, ARecordWithoutContentLengthCutShortLosesNoNextRecord) {
  for (const char* name : {"cut_no_length.warc", "cut_no_length.warc.gz", "cut_no_length.warc.zst"}) {
    const std::string path = TempPath(name);
    WriteSample(path, 2);
    ReadAll good = Read(path);
    ASSERT_EQ(good.records.size(), 5u);
    const std::string bytes = testing::ReadFile(path);
    const std::string bad =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:cut>\r\n\r\n"
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><pre>\r\nWARC/1.1\r\nquoted\r\n</pre>" +
        std::string(64, '\0');
    std::string packed = bad;
    if (std::string(name).find(".gz") != std::string::npos) packed = GzipMember("cut_no_length.gz", bad);
    if (std::string(name).find(".zst") != std::string::npos) packed = ZstdFrame(bad);
    WriteFile(path, bytes.substr(0, good.records[3].offset) + packed + bytes.substr(good.records[3].offset));
    ReadAll got = Read(path);
    ASSERT_NO_FATAL_FAILURE(ExpectSameRecords(got, good)) << name;
    ASSERT_EQ(got.errors.size(), 1u) << name << ": " << got.errors.back();
    EXPECT_NE(got.errors[0].find("<urn:uuid:cut>"), std::string::npos) << got.errors[0];
  }
}

}  // namespace
}  // namespace lede
