#!/usr/bin/env python3
"""Instruction counts of lede's parser on hostile inputs at size N and 2N.

  python3 bench/hostile_scaling.py [--build build] [--scale 1.0] [--only NAME...]

For each generator of tests/hostile_inputs.h (listed by `lede_hostile
--list`), N is half the size the issue names (times --scale) and 2N the
full size. Counts are callgrind's Ir inside TreeBuilder::BuildDocument only
(input generation excluded). A linear parser doubles its count; the bar is
a ratio of at most 2.2. Exits 1 when a generator is above it.
Standard library only (runs on Debian's /usr/bin/python3).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAR = 2.2


def instructions(binary, name, n):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
               "--toggle-collect=*TreeBuilder::BuildDocument*", binary, name, str(n)]
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise SystemExit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode(errors="replace")[-2000:]))
        with open(out) as f:
            for line in f:
                m = re.match(r"(?:summary|totals):\s+(\d+)", line)
                if m:
                    return int(m.group(1))
    raise SystemExit("no instruction count for %s %d" % (name, n))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the sizes (e.g. 0.1 for a quick run)")
    ap.add_argument("--only", nargs="*", help="generators to run")
    a = ap.parse_args()
    binary = os.path.join(a.build, "bench", "lede_hostile")
    if not os.path.exists(binary):
        raise SystemExit("build the lede_hostile target first: %s" % binary)
    gens = []
    for line in subprocess.run([binary, "--list"], stdout=subprocess.PIPE, check=True).stdout.decode().splitlines():
        name, size, what = line.split("\t")
        if not a.only or name in a.only:
            gens.append((name, int(size), what))
    print("%-20s %10s %15s %15s %7s  %s" % ("generator", "N", "Ir(N)", "Ir(2N)", "ratio", "input"))
    worst = 0.0
    for name, size, what in gens:
        n = max(1, int(size * a.scale) // 2)
        i1 = instructions(binary, name, n)
        i2 = instructions(binary, name, 2 * n)
        ratio = i2 / i1 if i1 else float("inf")
        worst = max(worst, ratio)
        print("%-20s %10d %15d %15d %7.3f  %s%s" % (name, n, i1, i2, ratio, what, "" if ratio <= BAR else "  <-- above %.1f" % BAR))
        sys.stdout.flush()
    print("worst ratio %.3f (bar %.1f)" % (worst, BAR))
    return 0 if worst <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
