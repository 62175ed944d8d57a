"""lede on a Dask cluster: one task per WARC file, one JSON Lines file per input.

    python3 -m lede.dask --scheduler tcp://head-node:8786 -o /shared/out /shared/crawl/*.warc.gz

or from Python, with a Client you already have:

    from dask.distributed import Client
    import lede.dask
    summary = lede.dask.run(Client("tcp://head-node:8786"), paths, "/shared/out")

Every worker must have lede installed and see the input paths and the output
folder (a shared filesystem). Each output line is what `lede warc` writes for
the same file, byte for byte. A task that fails is retried once (on any
worker); a file that fails twice is reported in the summary, and the other
files go on. Outputs are written to a temporary name and renamed when whole,
so a retried or killed task never leaves half a file.
"""
import argparse
import os
import sys
import time

import lede

__all__ = ["output_path", "process_file", "run", "main"]

_WARC_SUFFIXES = (".warc.gz", ".warc.zst", ".warc", ".gz", ".zst")


def output_path(warc_path, outdir, compression="none"):
    """outdir/<name without .warc[.gz|.zst]>.jsonl[.gz]"""
    name = os.path.basename(warc_path)
    for suffix in _WARC_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return os.path.join(outdir, name + (".jsonl.gz" if compression == "gz" else ".jsonl"))


def process_file(warc_path, outdir, options=None):
    """Extracts one WARC file into its JSON Lines file. Runs on a worker.

    Returns {"path", "output", "seconds", "stats"}; raises lede.LedeError
    (or OSError) when the file cannot be read or the output written.
    """
    options = dict(options or {})
    compression = options.pop("compression", "none")
    out = output_path(warc_path, outdir, compression)
    os.makedirs(outdir, exist_ok=True)
    tmp = "%s.tmp-%d-%d" % (out, os.getpid(), time.monotonic_ns())
    start = time.monotonic()
    it = lede.iter_warc(warc_path, output=options.get("format", "text"), json_line=True,
                        min_chars=options.get("min_chars", 0), languages=options.get("languages"),
                        max_bytes=options.get("max_bytes"), time_budget_ms=options.get("time_budget_ms"))
    try:
        if compression == "gz":
            import gzip
            f = gzip.open(tmp, "wt", encoding="utf-8", compresslevel=6)
        else:
            f = open(tmp, "w", encoding="utf-8")
        with f:
            for rec in it:
                f.write(rec["json"])
                f.write("\n")
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return {"path": warc_path, "output": out, "seconds": time.monotonic() - start, "stats": it.stats}


def _merge(total, stats):
    for key in ("records", "html", "extracted"):
        total[key] += stats[key]
    total["repaired"] = total.get("repaired", 0) + stats.get("repaired", 0)
    for key in ("skipped", "errors", "limits"):
        for reason, n in stats[key].items():
            total[key][reason] = total[key].get(reason, 0) + n


def run(client, paths, outdir, *, format="text", min_chars=0, languages=None, compression="none",
        max_bytes=None, time_budget_ms=None, retries=1, log=None):
    """Runs one task per WARC file on `client`'s cluster; returns the summary.

    The summary: {"files", "succeeded", "failed": [{"path", "error"}],
    "retried", "records", "html", "extracted", "skipped", "errors",
    "limits", "repaired", "seconds", "outputs": [paths in input order]}.
    `log`, if given, is called with one line per finished or failed file.
    """
    from distributed import as_completed

    paths = list(paths)
    options = {"format": format, "min_chars": min_chars, "languages": languages,
               "compression": compression, "max_bytes": max_bytes, "time_budget_ms": time_budget_ms}
    start = time.monotonic()
    summary = {"files": len(paths), "succeeded": 0, "failed": [], "retried": 0,
               "records": 0, "html": 0, "extracted": 0, "skipped": {}, "errors": {}, "limits": {}, "repaired": 0,
               "outputs": [output_path(p, outdir, compression) for p in paths]}
    attempts = {}
    futures = {}

    def submit(i):
        attempts[i] = attempts.get(i, 0) + 1
        fut = client.submit(process_file, paths[i], outdir, options, pure=False,
                            key="lede-warc-%d-%d-%s" % (i, attempts[i], os.urandom(4).hex()))
        futures[fut.key] = i
        return fut

    pending = as_completed([submit(i) for i in range(len(paths))])
    for fut in pending:
        i = futures.pop(fut.key)
        if fut.status == "finished":
            result = fut.result()
            summary["succeeded"] += 1
            _merge(summary, result["stats"])
            if log:
                log("%s: %d records, %d extracted, %.1f s" % (paths[i], result["stats"]["records"],
                                                              result["stats"]["extracted"], result["seconds"]))
        else:
            error = fut.exception()
            if attempts[i] <= retries:
                summary["retried"] += 1
                if log:
                    log("%s: failed (%s), retrying" % (paths[i], error))
                pending.add(submit(i))
            else:
                summary["failed"].append({"path": paths[i], "error": "%s: %s" % (type(error).__name__, error)})
                if log:
                    log("%s: FAILED: %s" % (paths[i], error))
        fut.release()
    summary["failed"].sort(key=lambda f: f["path"])
    summary["seconds"] = time.monotonic() - start
    return summary


def format_summary(s):
    def reasons(d):
        return " (" + ", ".join("%s %d" % kv for kv in sorted(d.items())) + ")" if d else ""
    lines = ["lede.dask: %d file%s, %d succeeded, %d failed, %d retried; %.1f s" % (
        s["files"], "" if s["files"] == 1 else "s", s["succeeded"], len(s["failed"]), s["retried"], s["seconds"]),
        "records %d, html %d, extracted %d; skipped %d%s; errors %d%s%s" % (
            s["records"], s["html"], s["extracted"], sum(s["skipped"].values()), reasons(s["skipped"]),
            sum(s["errors"].values()), reasons(s["errors"]),
            "; repaired %d" % s["repaired"] if s.get("repaired") else "")]
    for f in s["failed"]:
        lines.append("failed: %s: %s" % (f["path"], f["error"]))
    return "\n".join(lines)


def main(argv=None):
    p = argparse.ArgumentParser(prog="python3 -m lede.dask",
                                description="Extract articles from WARC files on a Dask cluster: "
                                            "one task per file, one JSON Lines file per input.")
    p.add_argument("warcs", nargs="+", metavar="WARC", help="input files (.warc, .warc.gz, .warc.zst), "
                                                           "at paths every worker can read")
    p.add_argument("--scheduler", help="the scheduler's address, e.g. tcp://10.0.0.1:8786")
    p.add_argument("--local", type=int, metavar="N",
                   help="instead of --scheduler, start a local cluster of N worker processes")
    p.add_argument("-o", "--outdir", required=True, help="output folder (shared by the workers)")
    p.add_argument("--format", choices=("text", "markdown"), default="text")
    p.add_argument("--min-chars", type=int, default=0)
    p.add_argument("--lang", help="comma-separated ISO 639 codes to keep")
    p.add_argument("--compress", choices=("none", "gz"), default="none", help="write .jsonl.gz")
    p.add_argument("--max-bytes", type=int)
    p.add_argument("--time-budget-ms", type=int)
    p.add_argument("--retries", type=int, default=1, help="retries per failed file (default 1)")
    args = p.parse_args(argv)
    for code in (args.lang or "").split(","):
        # As lede warc --lang: a page's primary subtag is matched, so "en-US"
        # would skip every page (and fail every task) rather than say so.
        if args.lang and not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
            p.error("--lang takes ISO 639 codes of 2 or 3 letters (e.g. en,de), not %r" % code)
    if bool(args.scheduler) == bool(args.local):
        p.error("give exactly one of --scheduler ADDRESS and --local N")

    from distributed import Client, LocalCluster
    cluster = None
    if args.local:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(args.scheduler)
    try:
        summary = run(client, args.warcs, args.outdir, format=args.format, min_chars=args.min_chars,
                      languages=args.lang.split(",") if args.lang else None, compression=args.compress,
                      max_bytes=args.max_bytes, time_budget_ms=args.time_budget_ms, retries=args.retries,
                      log=lambda line: print(line, file=sys.stderr, flush=True))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(format_summary(summary), file=sys.stderr)
    return 1 if summary["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
