#!/usr/bin/python3
"""Extracts every page in ../shared/data with a (sanitized) lede CLI and fails
on any crash, sanitizer report, failed page or bad output (issue 7).

Pages: scrapinghub and wcxb (*.html.gz), Mozilla Readability's source.html,
and every #data snippet of html5lib-tests/tree-construction (written to a
temporary folder, never into the repository). Each batch of files is run as
`lede extract --format json` (one JSON line per page: must be valid UTF-8 and
parse) and `--format markdown` (must be valid UTF-8).

  bench/sanitizer_sweep.py --lede build-asan/lede [--shared ../shared] [--batch 100]

Exits 0, saying so, when ../shared is absent. Stdlib only.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

REPORT_MARKERS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                  "UndefinedBehaviorSanitizer", "Sanitizer:DEADLYSIGNAL")


def html5lib_snippets(shared, tmp):
    files = []
    for dat in sorted(glob.glob(os.path.join(shared, "data/html5lib-tests/tree-construction/*.dat"))):
        with open(dat, "rb") as f:
            lines = f.read().split(b"\n")
        i, k = 0, 0
        while i < len(lines):
            if lines[i] == b"#data":
                j = i + 1
                body = []
                while j < len(lines) and lines[j] not in (b"#errors", b"#document", b"#document-fragment"):
                    body.append(lines[j])
                    j += 1
                data = b"\n".join(body)
                # The CLI refuses an empty or whitespace-only file as no web
                # page (exit 1, by design: tests/malformed_test.cc, Cli.EmptyInputIsNoPage);
                # such snippets test nothing here.
                if data.removeprefix(b"\xef\xbb\xbf").strip(b" \t\r\n\f"):
                    path = os.path.join(tmp, "%s-%04d.html" % (os.path.basename(dat)[:-4], k))
                    with open(path, "wb") as out:
                        out.write(data)
                    files.append(path)
                k += 1
                i = j
            else:
                i += 1
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lede", required=True)
    ap.add_argument("--shared", default=None)
    ap.add_argument("--batch", type=int, default=100)
    a = ap.parse_args()
    shared = a.shared or os.environ.get("LEDE_SHARED") or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
    if not os.path.isdir(os.path.join(shared, "data")):
        print("sanitizer_sweep: %s/data not found: benchmark data absent, skipped" % shared)
        return 0
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0:exitcode=86")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    # gumbo's own leaks (tests/lsan.supp); lede's are reported.
    env.setdefault("LSAN_OPTIONS", "suppressions=" + os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "lsan.supp"))
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        pages = sorted(glob.glob(os.path.join(shared, "data/scrapinghub/**/*.html.gz"), recursive=True))
        pages += sorted(glob.glob(os.path.join(shared, "data/wcxb/**/*.html.gz"), recursive=True))
        pages += sorted(glob.glob(os.path.join(shared, "data/readability/**/source.html"), recursive=True))
        pages += html5lib_snippets(shared, tmp)
        problems = []
        for b in range(0, len(pages), a.batch):
            batch = pages[b:b + a.batch]
            for fmt in ("json", "markdown"):
                p = subprocess.run([a.lede, "extract", "--format", fmt] + batch, env=env,
                                   capture_output=True)
                err = p.stderr.decode("utf-8", "replace")
                if p.returncode != 0 or any(m in err for m in REPORT_MARKERS):
                    problems.append("batch %d (%s): exit %d\n%s" % (b // a.batch, fmt, p.returncode, err[-4000:]))
                    continue
                try:
                    out = p.stdout.decode("utf-8", "strict")
                except UnicodeDecodeError as e:
                    problems.append("batch %d (%s): output is not UTF-8: %s" % (b // a.batch, fmt, e))
                    continue
                if fmt == "json":
                    # "\n" only: str.splitlines() also splits at U+0085 and U+2028,
                    # which JSON strings may hold raw.
                    lines = out.rstrip("\n").split("\n") if out else []
                    if len(lines) != len(batch):
                        problems.append("batch %d: %d JSON lines for %d pages" % (b // a.batch, len(lines), len(batch)))
                    for line in lines:
                        try:
                            json.loads(line)
                        except ValueError as e:
                            problems.append("batch %d: bad JSON line: %s" % (b // a.batch, e))
                            break
        dt = time.time() - t0
    print("sanitizer_sweep: %d pages x 2 formats with %s in %.0f s: %s" %
          (len(pages), a.lede, dt, "no crash, no sanitizer report" if not problems else "%d problems" % len(problems)))
    for pr in problems[:20]:
        print(pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
