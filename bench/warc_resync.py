#!/usr/bin/env python3
"""Cost of the WARC readers' resynchronisation over fake gzip/zstd members.

  python3 bench/warc_resync.py [--build build | --binary B] [--mb 8] [--only NAME...]

Each attack is a per-record .warc.gz (.warc.zst) file: a good record, a
corrupt member (frame) that starts the resync, MB megabytes of hostile
bytes, a good record. `lede_warc_bench read` reads it at N and 2N; the
table gives user seconds, the records read (must be 2) and the ratio (a
linear search doubles). Standard library only; zstd frames are written by
the `zstd` command.
"""
import argparse
import gzip
import os
import resource
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def record(i, body=None):
    body = body if body is not None else ("<html><body><p>record %d %s</p></body></html>" % (i, "x" * 200)).encode()
    head = ("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:r%d>\r\n"
            "WARC-Target-URI: http://example.com/%d\r\nContent-Type: text/html\r\n"
            "Content-Length: %d\r\n\r\n" % (i, i, len(body))).encode()
    return head + body + b"\r\n\r\n"


def gz(data):
    return gzip.compress(data, mtime=0)


def zst(data, tmp):
    p = os.path.join(tmp, "in")
    with open(p, "wb") as f:
        f.write(data)
    return subprocess.run(["zstd", "-q", "-c", "-1", p], stdout=subprocess.PIPE, check=True).stdout


# A gzip member whose header is sound and whose deflate data is not.
BAD_MEMBER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + b"\xff" * 32


def fake_names(n):
    # Headers with a name field ("1f 8b 08 08") over and over: each name
    # runs on past any probe (no NUL).
    return (b"\x1f\x8b\x08\x08" * (n // 4 + 1))[:n]


def fake_name_comments(n):
    # Headers with a name and a comment ("1f 8b 08 18") four bytes apart,
    # ending at a NUL, a short comment and its NUL, over and over: the
    # comment's NUL search must not undo the name's (rev42a), and the
    # candidates at the end run their fields into the real member after.
    group = b"\x1f\x8b\x08\x18" * 225 + b"\x00" + b"c" * 20 + b"\x00"
    out = group * (n // len(group) + 1)
    return out[:n - n % len(group)] + b"\x1f\x8b\x08\x18" * 100


def fake_extras(n):
    # 40 headers 12 bytes apart whose extra fields end at distinct places in
    # the 1,000 bytes of empty stored blocks after them: each deflate start
    # differs, and each reads on through empty blocks.
    group = bytearray()
    blocks = b"\x00\x00\x00\xff\xff" * 200
    for i in range(40):
        start = len(group) + 12
        target = 40 * 12 + 5 * i
        group += b"\x1f\x8b\x08\x04\x00\x00\x00\x00\x00\xff" + struct.pack("<H", target - start)
    group += blocks
    out = bytes(group) * (n // len(group) + 1)
    return out[:n - n % len(group)]


def fake_zstd_frames(n):
    # Frame headers (single segment, a 1-byte content size) each followed by
    # a compressed block header claiming 128 KiB: the probe reads the block.
    frame = b"\x28\xb5\x2f\xfd" + b"\x20" + b"\xff" + struct.pack("<I", (128 * 1024 - 1) << 3 | 2 << 1)[:3]
    return (frame * (n // len(frame) + 1))[:n]


def build(name, size, tmp):
    if name.startswith("gzip"):
        hostile = {"gzip-skip-names": fake_names, "gzip-skip-name-comments": fake_name_comments,
                   "gzip-skip-extras": fake_extras}[name](size)
        return gz(record(1)) + BAD_MEMBER + hostile + gz(record(2))
    bad = zst(record(9), tmp)
    bad = bad[:12] + b"\xff" * 16 + bad[28:]
    return zst(record(1), tmp) + bad + fake_zstd_frames(size) + zst(record(2), tmp)


ATTACKS = ["gzip-skip-names", "gzip-skip-name-comments", "gzip-skip-extras", "zstd-skip-frames"]


def run(binary, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([binary, "read", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = p.stdout.decode(errors="replace").strip()
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--mb", type=float, default=8.0)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--binary", help="a lede_warc_bench to run (default: the build's)")
    a = ap.parse_args()
    binary = a.binary or os.path.join(a.build, "bench", "lede_warc_bench")
    print("%-18s %8s %8s %8s %6s  %s" % ("attack", "MB", "cpu(N)", "cpu(2N)", "ratio", "reader (2N)"))
    with tempfile.TemporaryDirectory() as tmp:
        for name in ATTACKS:
            if a.only and name not in a.only:
                continue
            times = []
            for mult in (1, 2):
                size = int(a.mb * mult * (1 << 20))
                path = os.path.join(tmp, name + (".warc.zst" if name.startswith("zstd") else ".warc.gz"))
                with open(path, "wb") as f:
                    f.write(build(name, size, tmp))
                t, out = run(binary, path)
                times.append(t)
            ratio = times[1] / times[0] if times[0] > 0 else float("inf")
            print("%-18s %8.1f %8.2f %8.2f %6.2f  %s" % (name, a.mb, times[0], times[1], ratio, out[:120]))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
