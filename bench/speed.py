#!/usr/bin/python3
"""End-to-end speed of lede against its peers, side by side in one run.

  /usr/bin/python3 bench/speed.py [--build-dir build] [--pages DIR] [--only a,b]
                                  [--min-time S] [--rounds N] [--json FILE|-] [--no-install]

Runs, one after the other and each in its own process, on the same pages
(default ../shared/data/scrapinghub/html, the 181 Scrapinghub pages):
  lede                   build/bench/lede_throughput (lede::Extractor)
  readability.js/jsdom   bench/peers/readability_node.mjs --dom jsdom
  readability.js/linkedom  ... --dom linkedom
  readability-lxml       bench/peers/python_peers.py (Debian python3-readability)
  html-text              bench/peers/python_peers.py (Debian python3-html-text)
Every runner loads all pages into memory first, then times only extraction,
pass after pass, on one thread, measuring wall-clock and process CPU time.
The whole sequence runs --rounds times (default 3), interleaving the tools.
The table gives pages/s and MB/s of the best pass of all rounds (wall clock;
other load on a shared machine only ever adds time), pages per CPU second
(median pass, median of rounds; steadier when other jobs share the cores; for
node it includes V8's GC and compiler threads), peak RSS (MiB, pages
included) and the ratios lede/peer of both rates. MB/s counts decompressed
input, MB = 10^6 bytes. Compare the ratios of one run, not absolute figures
across runs. --rounds 1 for a quick look.

Installs missing peers first (unless --no-install): the Debian packages
python3-readability python3-html-text python3-lxml with apt-get (root or
passwordless sudo), and the npm packages pinned in bench/peers/package-lock.json
into bench/.peers/ (gitignored) with `npm ci`. Both steps are idempotent; an
interrupted npm install leaves the previous bench/.peers/ untouched, and
apt-get is not interrupted by Ctrl-C. A peer that cannot be installed is
skipped, saying why. Builds nothing: build lede first (see the message).

Exits 0 when done, and also (saying why) when ../shared is absent; 2 on a
usage error or a missing build. Standard library only, for /usr/bin/python3.
"""
import argparse
import datetime
import filecmp
import glob
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
PEERS_SRC = os.path.join(BENCH, "peers")
PEERS_DIR = os.path.join(BENCH, ".peers")  # gitignored install folder
SHARED = os.environ.get("LEDE_SHARED", os.path.join(ROOT, "..", "shared"))
DEFAULT_PAGES = os.path.join(SHARED, "data", "scrapinghub", "html")
SYSTEM_PYTHON = "/usr/bin/python3"
DEB_PACKAGES = ["python3-readability", "python3-html-text", "python3-lxml"]
NODE_MIN = (20, 19)  # jsdom 28 needs node ^20.19 || ^22.12 || >=24
RUN_TIMEOUT = 3600   # seconds per runner: a hang must not hold the machine

TOOLS = ["lede", "readability.js/jsdom", "readability.js/linkedom", "readability-lxml",
         "html-text"]


def say(msg):
    print("speed: " + msg, flush=True)


# ------------------------------------------------------------------ installs
def deb_missing(packages):
    missing = []
    for p in packages:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", p],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if b"install ok installed" not in r.stdout:
            missing.append(p)
    return missing


def run_uninterruptible(cmd, env=None):
    """Runs cmd in its own session so Ctrl-C does not cut it (a package
    manager killed halfway can leave dpkg needing repair); waits for it even
    when interrupted, then re-raises the interrupt. Returns the exit code."""
    p = subprocess.Popen(cmd, env=env, start_new_session=True)
    interrupted = False
    while True:
        try:
            rc = p.wait()
            break
        except KeyboardInterrupt:
            if not interrupted:
                say("interrupted: waiting for %s to finish cleanly..." % cmd[0])
            interrupted = True
    if interrupted:
        raise KeyboardInterrupt
    return rc


def install_debian():
    """Returns None when the Debian peers are there, else the reason they are not."""
    if not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        return "no dpkg/apt-get on this machine"
    missing = deb_missing(DEB_PACKAGES)
    if not missing:
        return None
    prefix = []
    if os.geteuid() != 0:
        if not shutil.which("sudo") or subprocess.run(
                ["sudo", "-n", "true"], stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL).returncode != 0:
            return "not root and no passwordless sudo; install: " + " ".join(missing)
        prefix = ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = prefix + ["apt-get", "install", "-y", "-q", "--no-install-recommends",
                        "-o", "DPkg::Lock::Timeout=600"] + missing
    say("installing Debian packages: " + " ".join(missing))
    if run_uninterruptible(install, env) != 0:
        say("apt-get install failed; updating the package lists and retrying")
        run_uninterruptible(prefix + ["apt-get", "update", "-q",
                                      "-o", "DPkg::Lock::Timeout=600"], env)
        if run_uninterruptible(install, env) != 0:
            return "apt-get install failed for: " + " ".join(missing)
    missing = deb_missing(DEB_PACKAGES)
    return ("still missing: " + " ".join(missing)) if missing else None


def node_version():
    node = shutil.which("node")
    if not node:
        return None
    r = subprocess.run([node, "--version"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        return tuple(int(x) for x in r.stdout.decode().strip().lstrip("v").split(".")[:2])
    except ValueError:
        return None


def npm_installed():
    lock = os.path.join(PEERS_DIR, "package-lock.json")
    return (os.path.isfile(lock)
            and filecmp.cmp(lock, os.path.join(PEERS_SRC, "package-lock.json"), shallow=False)
            and os.path.isdir(os.path.join(PEERS_DIR, "node_modules", "@mozilla", "readability")))


def install_npm():
    """Returns None when the node peers are there, else the reason they are not."""
    v = node_version()
    if v is None:
        return "node not found (Debian 12 needs node >= %d.%d from elsewhere)" % NODE_MIN
    if v < NODE_MIN:
        return "node %d.%d is older than jsdom needs (%d.%d)" % (v + NODE_MIN)
    if npm_installed():
        return None
    if not shutil.which("npm"):
        return "npm not found"
    say("installing npm packages (bench/peers/package-lock.json) into bench/.peers/")
    os.makedirs(PEERS_DIR, exist_ok=True)
    # Install into a staging folder, then swap it in: an interrupted or failed
    # install leaves the previous bench/.peers/ as it was.
    staging = tempfile.mkdtemp(prefix=".staging-", dir=PEERS_DIR)
    try:
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(os.path.join(PEERS_SRC, name), os.path.join(staging, name))
        rc = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                            cwd=staging).returncode
        if rc != 0:
            return "npm ci failed (exit %d)" % rc
        target = os.path.join(PEERS_DIR, "node_modules")
        lock = os.path.join(PEERS_DIR, "package-lock.json")
        if os.path.exists(lock):
            os.remove(lock)  # the lock file marks a complete install: remove it first
        if os.path.exists(target):
            shutil.rmtree(target)
        os.rename(os.path.join(staging, "node_modules"), target)
        shutil.copyfile(os.path.join(staging, "package.json"),
                        os.path.join(PEERS_DIR, "package.json"))
        shutil.copyfile(os.path.join(staging, "package-lock.json"), lock)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return None if npm_installed() else "npm install incomplete"


# ------------------------------------------------------------------- running
def run_tool(name, cmd):
    """Runs one runner; returns its JSON result or {"error": ...}."""
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"error": "timed out after %d s" % RUN_TIMEOUT}
    except OSError as e:
        return {"error": str(e)}
    lines = [l for l in p.stdout.decode("utf-8", "replace").splitlines() if l.startswith("{")]
    if p.returncode != 0 or not lines:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return {"error": "exit %d: %s" % (p.returncode, err[-1] if err else "no output")}
    return json.loads(lines[-1])


def commands(args, list_file, throughput):
    common = ["--list", list_file, "--json", "--min-time", str(args.min_time),
              "--min-passes", str(args.min_passes)]
    node_runner = os.path.join(PEERS_SRC, "readability_node.mjs")
    py_runner = os.path.join(PEERS_SRC, "python_peers.py")
    modules = os.path.join(PEERS_DIR, "node_modules")
    return {
        "lede": [throughput] + common,
        "readability.js/jsdom": ["node", node_runner, "--dom", "jsdom", "--modules", modules] + common,
        "readability.js/linkedom": ["node", node_runner, "--dom", "linkedom",
                                    "--modules", modules] + common,
        "readability-lxml": [SYSTEM_PYTHON, py_runner, "--peer", "readability-lxml"] + common,
        "html-text": [SYSTEM_PYTHON, py_runner, "--peer", "html-text"] + common,
    }


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def combine(runs):
    """One result per tool from its rounds: the best pass of all rounds (wall
    clock), the median over rounds of the rate per CPU second, the largest
    peak RSS."""
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return runs[-1]
    out = {k: ok[0][k] for k in ("tool", "variant", "versions", "pages", "bytes") if k in ok[0]}
    out["pages_per_s"] = max(r["pages_per_s"] for r in ok)
    out["mb_per_s"] = max(r["mb_per_s"] for r in ok)
    out["cpu_pages_per_s"] = median([r["cpu_pages_per_s"] for r in ok])
    out["peak_rss_mib"] = max(r["peak_rss_mib"] for r in ok)
    out["failures"] = max(r.get("failures", 0) for r in ok)
    out["rounds"] = runs
    return out


def add_ratios(results):
    lede = results.get("lede", {})
    if "pages_per_s" not in lede:
        return
    for r in results.values():
        if "pages_per_s" in r:
            r["lede_ratio"] = lede["pages_per_s"] / r["pages_per_s"]
            r["lede_ratio_cpu"] = lede["cpu_pages_per_s"] / r["cpu_pages_per_s"]


def version_of(name, r):
    v = r.get("versions") or {}
    if name == "lede":
        return ""
    if name.startswith("readability.js"):
        dom = name.split("/")[1]
        return "%s, %s %s, node %s" % (v.get("readability", "?"), dom, v.get(dom, "?"),
                                       v.get("node", "?"))
    return "%s" % v.get(name, "?")


def machine_note():
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(),
            "loadavg": os.getloadavg()}


def print_table(results, order):
    head = ("tool", "version", "pages/s", "MB/s", "pages/CPU-s", "peak RSS MiB", "lede/peer",
            "lede/peer CPU", "failed")
    rows = []
    for name in order:
        r = results[name]
        if "pages_per_s" not in r:
            rows.append((name, "", "-", "-", "-", "-", "-", "-", r.get("skipped") or r.get("error")))
            continue
        ratio = lambda k: "-" if name == "lede" or k not in r else "%.2fx" % r[k]
        rows.append((name, version_of(name, r), "%.1f" % r["pages_per_s"], "%.2f" % r["mb_per_s"],
                     "%.1f" % r["cpu_pages_per_s"], "%.0f" % r["peak_rss_mib"],
                     ratio("lede_ratio"), ratio("lede_ratio_cpu"), str(r.get("failures", 0))))
    widths = [max(len(str(x)) for x in col) for col in zip(*[row[:-1] for row in [head] + rows])]
    fmt = lambda row: "  ".join(str(c).ljust(w) if i < 2 else str(c).rjust(w)
                                for i, (c, w) in enumerate(zip(row, widths))) + "  " + row[-1]
    print(fmt(head))
    for row in rows:
        print(fmt(row))


def main():
    ap = argparse.ArgumentParser(
        description="lede vs Readability.js (jsdom, linkedom), readability-lxml, html-text: "
                    "pages/s, MB/s, peak RSS on the same pages in one run.")
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build"),
                    help="lede's CMake build folder (default: build/)")
    ap.add_argument("--pages", help="folder of .html/.html.gz pages "
                    "(default: ../shared/data/scrapinghub/html)")
    ap.add_argument("--only", help="comma-separated subset of: " + ", ".join(TOOLS))
    ap.add_argument("--min-time", type=float, default=3.0,
                    help="seconds of timed passes per tool and round (default 3)")
    ap.add_argument("--min-passes", type=int, default=1,
                    help="at least this many timed passes per tool (default 1)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="run the whole sequence N times, interleaved; report medians (default 3)")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON ('-': stdout)")
    ap.add_argument("--no-install", action="store_true", help="do not install missing peers")
    args = ap.parse_args()

    order = TOOLS
    if args.only:
        order = [t for t in TOOLS if t in args.only.split(",")]
        unknown = set(args.only.split(",")) - set(TOOLS)
        if unknown:
            ap.error("unknown tool(s): %s" % ", ".join(sorted(unknown)))

    pages_dir = args.pages or DEFAULT_PAGES
    if not os.path.isdir(pages_dir):
        if args.pages:
            ap.error("no such folder: %s" % pages_dir)
        say("skipped: %s not found (the shared benchmark data is absent)" % pages_dir)
        return 0
    pages = sorted(glob.glob(os.path.join(pages_dir, "*.html.gz")) +
                   glob.glob(os.path.join(pages_dir, "*.html")))
    if not pages:
        say("skipped: no .html or .html.gz pages in %s" % pages_dir)
        return 0

    throughput = os.path.join(args.build_dir, "bench", "lede_throughput")
    if "lede" in order and not os.access(throughput, os.X_OK):
        sys.stderr.write(
            "speed: %s not found. Build lede first:\n"
            "  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j2\n"
            "or pass --build-dir to an existing Release build.\n" % throughput)
        return 2

    skipped = {}
    need_deb = any(t in order for t in ("readability-lxml", "html-text"))
    need_npm = any(t.startswith("readability.js") for t in order)
    if need_deb:
        if args.no_install:
            why = "not installed (--no-install)" if deb_missing(DEB_PACKAGES) else None
        else:
            why = install_debian()
        if why:
            say("python peers skipped: " + why)
            skipped.update({"readability-lxml": why, "html-text": why})
    if need_npm:
        if args.no_install:
            why = None if npm_installed() and (node_version() or (0,)) >= NODE_MIN else \
                "not installed (--no-install) or node too old"
        else:
            why = install_npm()
        if why:
            say("node peers skipped: " + why)
            skipped.update({"readability.js/jsdom": why, "readability.js/linkedom": why})

    with tempfile.TemporaryDirectory(prefix="lede-speed-") as tmp:
        list_file = os.path.join(tmp, "pages.txt")
        with open(list_file, "w", encoding="utf-8") as f:
            f.write("\n".join(os.path.abspath(p) for p in pages) + "\n")
        cmds = commands(args, list_file, throughput)
        say("%d pages from %s; %d round(s); min %.1f s of timed passes per tool"
            % (len(pages), os.path.relpath(pages_dir), args.rounds, args.min_time))
        load_before = os.getloadavg()
        runs = {t: [] for t in order}
        for i in range(max(1, args.rounds)):
            for t in order:
                if t not in skipped:
                    say("round %d/%d: %s" % (i + 1, args.rounds, t))
                    runs[t].append(run_tool(t, cmds[t]))
        load_after = os.getloadavg()

    results = {}
    for t in order:
        results[t] = {"skipped": skipped[t]} if t in skipped else combine(runs[t])
    add_ratios(results)
    # All runners must have seen the same input.
    seen = {(r["pages"], r["bytes"]) for r in results.values() if "pages" in r}
    if len(seen) > 1:
        say("warning: runners disagree on the input: %s" % sorted(seen))

    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    machine = machine_note()
    print()
    print("lede speed, %s; %s, %s cores; load %.2f before, %.2f after"
          % (when, machine["cpu"], machine["cores"], load_before[0], load_after[0]))
    some = next((r for r in results.values() if "pages" in r), None)
    if some:
        print("%d pages, %.2f MB decompressed, held in memory; one thread; %d round(s).\n"
              "pages/s, MB/s: best pass of all rounds (wall clock). pages/CPU-s: median pass,\n"
              "process CPU time, median of rounds (steadier when other jobs share the cores)."
              % (some["pages"], some["bytes"] / 1e6, args.rounds))
    print()
    print_table(results, order)
    rdl = results.get("readability-lxml", {})
    if "lede_ratio" in rdl:
        met = lambda x: "met" if x >= 2 else "NOT met"
        print("\nbar (issue 2): lede >= 2x readability-lxml's pages/s: %.2fx (%s); per CPU second %.2fx (%s)"
              % (rdl["lede_ratio"], met(rdl["lede_ratio"]), rdl["lede_ratio_cpu"],
                 met(rdl["lede_ratio_cpu"])))

    if args.json:
        doc = {"date": when, "machine": machine, "load_before": load_before,
               "load_after": load_after, "pages_dir": pages_dir, "rounds": args.rounds,
               "min_time": args.min_time, "results": results}
        text = json.dumps(doc, indent=1)
        if args.json == "-":
            print(text)
        else:
            with open(args.json, "w", encoding="utf-8") as f:
                f.write(text + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(128 + signal.SIGINT)
