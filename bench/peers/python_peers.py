#!/usr/bin/python3
"""Speed peers in Python, with the same protocol as lede_throughput.

  /usr/bin/python3 bench/peers/python_peers.py --peer readability-lxml|html-text
      --list pages.txt [--json] [--min-time S] [--min-passes N] [--passes N]
      [--warmup PAGES] [--limit N]

readability-lxml: Document(html).summary()  (Debian python3-readability)
html-text:        html_text.extract_text(html)  (Debian python3-html-text)

Pages (.html or .html.gz; one path per line in the list) are read, gunzipped
and decoded to str before timing. An untimed warm-up over the first --warmup
pages (default 20), then timed passes until --min-time seconds and
--min-passes passes. The headline is the best pass; the median pass and the
rate per CPU second (median pass, time.process_time) are reported too. Peak
RSS is
resource.getrusage(RUSAGE_SELF).ru_maxrss. One peer per process, so the RSS
is that peer's. Standard library plus the Debian packages above; run it with
Debian's /usr/bin/python3.
"""
import argparse
import gzip
import json
import logging
import resource
import statistics
import sys
import time

PEERS = {
    # peer name: (module, Debian package, distribution name)
    "readability-lxml": ("readability", "python3-readability", "readability-lxml"),
    "html-text": ("html_text", "python3-html-text", "html-text"),
}


def max_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def make_extractor(peer):
    """Returns (function html -> output text, version string)."""
    module, deb, dist = PEERS[peer]
    try:
        if peer == "readability-lxml":
            from readability import Document
            # readability-lxml logs every candidate at INFO/DEBUG; keep quiet.
            logging.getLogger("readability").setLevel(logging.ERROR)
            fn = lambda html: Document(html).summary()
        else:
            import html_text
            fn = html_text.extract_text
    except ImportError as e:
        sys.exit("python_peers: %s is not importable (%s); install the Debian package %s"
                 % (module, e, deb))
    try:
        from importlib import metadata
        version = metadata.version(dist)
    except Exception:
        version = "?"
    return fn, version


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--peer", required=True, choices=sorted(PEERS))
    ap.add_argument("--list", required=True, help="file with one page path per line")
    ap.add_argument("--min-time", type=float, default=3.0)
    ap.add_argument("--min-passes", type=int, default=3)
    ap.add_argument("--passes", type=int, default=0, help="fixed number of timed passes")
    ap.add_argument("--warmup", type=int, default=20, help="pages extracted once, untimed")
    ap.add_argument("--limit", type=int, default=0, help="first N pages only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with open(args.list, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    if args.limit > 0:
        paths = paths[:args.limit]
    if not paths:
        sys.exit("python_peers: no pages")
    pages = []
    total_bytes = 0
    for p in paths:
        with open(p, "rb") as f:
            raw = f.read()
        if p.endswith(".gz") or raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        total_bytes += len(raw)
        pages.append(raw.decode("utf-8", errors="replace"))
    loaded_rss = max_rss_mib()

    extract, version = make_extractor(args.peer)
    failures = 0

    def run_pages(batch):
        nonlocal failures
        total = 0
        for html in batch:
            try:
                out = extract(html)
            except Exception:
                failures += 1
                continue
            if out:
                total += len(out)
            else:
                failures += 1
        return total

    run_pages(pages[:args.warmup])
    failures = 0
    times = []
    cpu_times = []
    checksum = 0
    while True:
        c0 = time.process_time()
        t0 = time.perf_counter()
        checksum = run_pages(pages)
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
        n = len(times)
        if (n >= args.passes) if args.passes > 0 else (n >= max(1, args.min_passes)
                                                       and sum(times) >= args.min_time):
            break
    failures = round(failures / len(times))

    median = statistics.median(times)
    median_cpu = statistics.median(cpu_times)
    best = min(times)
    mb = total_bytes / 1e6
    result = {
        "tool": args.peer, "variant": "python %d.%d" % sys.version_info[:2],
        "versions": {args.peer: version}, "pages": len(pages), "bytes": total_bytes,
        "passes": len(times), "stat": "best", "pages_per_s": len(pages) / best,
        "mb_per_s": mb / best, "median_pages_per_s": len(pages) / median,
        "cpu_pages_per_s": len(pages) / median_cpu, "pass_seconds": times,
        "pass_cpu_seconds": cpu_times, "peak_rss_mib": max_rss_mib(), "loaded_rss_mib": loaded_rss,
        "failures": failures, "checksum": checksum,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print("%s %s, python %s" % (args.peer, version, sys.version.split()[0]))
        print("pages      %d (%.2f MB decompressed, in memory)" % (len(pages), mb))
        print("passes     %d (after %d warm-up pages): best %.3f s, median %.3f s"
              % (len(times), min(args.warmup, len(pages)), best, median))
        print("pages/s    %.1f (best pass; median %.1f; per CPU second %.1f)"
              % (result["pages_per_s"], result["median_pages_per_s"], result["cpu_pages_per_s"]))
        print("MB/s       %.2f (best pass)" % result["mb_per_s"])
        print("peak RSS   %.1f MiB (%.1f MiB after loading)" % (result["peak_rss_mib"], loaded_rss))
        print("failures   %d" % failures)


if __name__ == "__main__":
    main()
