#!/usr/bin/python3
"""Linear time and bounded memory for each hostile generator (issue 7).

For every generator in tests/hostile_pages.h, writes pages of size N and 2N
(bench/hostile_driver), counts the instructions of `hostile_driver run` on
each under callgrind (minus the count for an empty page: process start-up),
and prints the ratio: linear work gives 2.0, the bar is <= 2.2. The parse
stage (any HtmlParser::Parse) is also counted apart, so a parser's
super-linearity is told from the rest of lede's. Peak RSS is measured on a
native run of the 2N page (and of the full-size page with --full).

  bench/pipeline_scaling.py [--build-dir build] [--scale K] [--full] [CASE...]

--scale K  N = K * (the CI size) / 2 (default 1; smaller is faster)
--full     also run each generator once natively at its full issue-7 size and
           report wall time and peak RSS (no callgrind: that would take hours)
--full-only  only that
Exit status 1 when a ratio passes 2.2, except for parser-bound generators on
gumbo (expected; they pass when the new parser lands) whose non-parse part
must still be <= 2.2 (or under 5% of the work: heap noise after the parser's
frees).
Stdlib only; needs valgrind. (The parser's own scaling, counted inside
TreeBuilder::BuildDocument only, is bench/hostile_scaling.py.)
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

BAR = 2.2
PARSE_RE = re.compile(r"ParseOptions const&, lede::Document\*\)")


def callgrind(driver, page, tmp):
    out = os.path.join(tmp, "cg.out")
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, driver, "run", page],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                         check=True, capture_output=True, text=True).stdout
    total = parse = 0
    for line in ann.splitlines():
        m = re.match(r"\s*([\d,]+)\s", line)
        if not m:
            continue
        n = int(m.group(1).replace(",", ""))
        if "PROGRAM TOTALS" in line:
            total = n
        elif PARSE_RE.search(line) and "HtmlParser" not in line and parse == 0:
            parse = n
    os.remove(out)
    return total, parse


def peak_rss_mib(driver, page):
    # A fresh child per measurement so ru_maxrss is this run's alone.
    code = ("import resource,subprocess,sys;"
            "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", code, driver, "run", page],
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]) / 1024.0, int(out[1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-dir", default="build")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--full-only", action="store_true", help="skip the callgrind table")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    driver = os.path.join(a.build_dir, "bench", "lede_hostile_driver")
    if not os.access(driver, os.X_OK):
        sys.exit("hostile_scaling: %s not found (cmake --build %s)" % (driver, a.build_dir))
    cases = []
    for line in subprocess.run([driver, "list"], capture_output=True, text=True, check=True).stdout.splitlines():
        name, unit, full_n, ci_n, bound = line.split("\t")
        if not a.cases or name in a.cases:
            cases.append((name, unit, int(full_n), int(ci_n), bound == "1"))
    parser = subprocess.run([driver, "parser"], capture_output=True, text=True, check=True).stdout.strip()
    print("parser: %s" % parser)
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.html")
        open(empty, "wb").close()
        base = 0 if a.full_only else callgrind(driver, empty, tmp)[0]
        failed = False
        if not a.full_only:
            print("callgrind baseline (empty page, process start-up): %d Ir, subtracted below" % base)
            print("| generator | unit | N | 2N | Ir(N) | Ir(2N) | ratio | parse ratio | rest ratio "
                  "| peak RSS 2N | verdict |")
            print("|" + "---|" * 11)
        for name, unit, full_n, ci_n, bound in ([] if a.full_only else cases):
            n = max(1, int(ci_n * a.scale / 2))
            irs = []
            for k in (n, 2 * n):
                page = os.path.join(tmp, "%s-%d.html" % (name, k))
                subprocess.run([driver, "write", name, str(k), page], check=True)
                total, parse = callgrind(driver, page, tmp)
                irs.append((total - base, parse))
            rss, rc = peak_rss_mib(driver, page)
            (t1, p1), (t2, p2) = irs
            ratio = t2 / t1 if t1 else float("inf")
            pr = p2 / p1 if p1 else float("nan")
            rest = (t2 - p2) / (t1 - p1) if t1 - p1 else float("nan")
            if ratio <= BAR and rc == 0:
                verdict = "ok"
            elif bound and parser == "gumbo" and rc == 0 and (rest <= BAR or (t2 - p2) < 0.05 * t2):
                # The parser is the super-linear part. The rest must be linear,
                # unless it is under 5% of the work: then it is mostly malloc
                # consolidating the heap the parser just freed, not lede's code.
                verdict = "gumbo-bound (expected)"
            else:
                verdict = "FAIL"
                failed = True
            print("| %s | %s | %d | %d | %d | %d | %.2f | %.2f | %.2f | %.0f MiB | %s |" %
                  (name, unit, n, 2 * n, t1, t2, ratio, pr, rest, rss, verdict))
            sys.stdout.flush()
            os.remove(page)
        if a.full or a.full_only:
            print()
            print("| generator | full size | wall s | peak RSS | result |")
            print("|---|---|---|---|---|")
            for name, unit, full_n, ci_n, bound in cases:
                page = os.path.join(tmp, "%s-full.html" % name)
                subprocess.run([driver, "write", name, str(full_n), page], check=True)
                size = os.path.getsize(page)
                t = time.time()
                rss, rc = peak_rss_mib(driver, page)
                wall = time.time() - t
                print("| %s | %d %s (%.1f MiB) | %.1f | %.0f MiB | %s |" %
                      (name, full_n, unit, size / 1048576.0, wall, rss, "ok" if rc == 0 else "exit %d" % rc))
                sys.stdout.flush()
                os.remove(page)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
