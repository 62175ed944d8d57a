#!/usr/bin/env python3
"""Extraction quality of lede on the public benchmark sets in ../shared/data.

  python3 bench/quality.py [--lede build/lede] [--set scrapinghub|wcxb|readability|all]
                           [--split all|odd|even] [--gate bench/quality_floors.json]
                           [--dump DIR] [--extra-args "--favor precision"]

Metrics follow each set's published definition:
  scrapinghub  per page, multisets of 4-token shingles of \\w+ tokens (case kept);
               tp/fp/fn normalized to sum 1; precision and recall averaged over
               pages; F1 = harmonic mean of the two means; accuracy = share of
               pages with tp == 1 (token sequences equal).
  wcxb         per page, word F1 over lower-cased \\w+ token multisets, averaged
               over pages, overall and per page type; plus metadata accuracy
               (title, author, date) over pages with a gold value.
  readability  mean word F1 of lede's text against the text of expected.html
               (Readability.js's own output: a comparison, not truth).

With --gate, exits 1 when a metric falls below the floor pinned in the file.
Standard library only (runs on Debian's /usr/bin/python3).
"""
import argparse
import collections
import gzip
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("LEDE_SHARED", os.path.join(ROOT, "..", "shared"))
DATA = os.path.join(SHARED, "data")
TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def run_lede(lede, files, extra_args, url_of=None):
    """Runs `lede extract --format json` over files; returns {path: record}."""
    out = {}
    # Pages with a URL need one call each (the URL is per page); group the rest.
    batch = [f for f in files if not (url_of and url_of.get(f))]
    single = [f for f in files if url_of and url_of.get(f)]
    def call(args, paths):
        cmd = [lede, "extract", "--format", "json"] + extra_args + args + paths
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # JSON Lines end in "\n" only: str.splitlines() would also split
        # inside strings at U+0085, U+2028... which JSON leaves unescaped.
        for line in p.stdout.decode("utf-8").split("\n"):
            if line.strip():
                rec = json.loads(line)
                out[rec.get("path")] = rec
        if p.returncode not in (0, 1):
            sys.stderr.write(p.stderr.decode("utf-8", "replace"))
            raise SystemExit("lede failed with exit code %d" % p.returncode)
        return p
    for i in range(0, len(batch), 500):
        call([], batch[i:i + 500])
    # One process per URL'd page is slow; pass URLs through a manifest instead
    # when there are many: lede reads them one at a time here.
    for f in single:
        p = call(["--url", url_of[f]], [f])
        if len(files) == 1 and len(single) == 1:
            if p.stdout.strip() == b"":
                pass
    return out


# ---------------------------------------------------------------- scrapinghub
def shingles(text, n=4):
    tokens = TOKEN_RE.findall(text or "")
    result = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        s = " ".join(tokens[i:i + n])
        if s:
            result.append(s)
    return collections.Counter(result)


def shingle_match(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0
    for k in set(t) | set(p):
        tc, pc = t.get(k, 0), p.get(k, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def precision_recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def eval_scrapinghub(lede, extra, dump):
    base = os.path.join(DATA, "scrapinghub")
    truth = json.load(open(os.path.join(base, "ground-truth.json"), encoding="utf-8"))
    files = {os.path.join(base, "html", k + ".html.gz"): k for k in sorted(truth)}
    url_of = {f: truth[k].get("url") for f, k in files.items()}
    t0 = time.time()
    recs = run_lede(lede, list(files), extra, url_of if "--with-url" in extra else None)
    precs, recs_, exact = [], [], 0
    rows = []
    for f, k in files.items():
        pred = (recs.get(f) or {}).get("text") or ""
        true = truth[k]["articleBody"]
        tp, fp, fn = shingle_match(true, pred)
        p, r = precision_recall(tp, fp, fn)
        precs.append(p)
        recs_.append(r)
        exact += tp == 1.0
        rows.append((k, p, r))
        if dump:
            with open(os.path.join(dump, "sh-" + k[:12] + ".txt"), "w", encoding="utf-8") as fh:
                fh.write("P=%.3f R=%.3f %s\n==== PRED\n%s\n==== TRUE\n%s\n" % (p, r, truth[k].get("url"), pred, true))
    P = sum(precs) / len(precs)
    R = sum(recs_) / len(recs_)
    F = 2 * P * R / (P + R) if P + R else 0
    res = {"f1": F, "precision": P, "recall": R, "accuracy": exact / len(files), "pages": len(files)}
    print("scrapinghub  pages=%d  F1=%.4f  precision=%.4f  recall=%.4f  accuracy=%.4f  (%.1fs)"
          % (len(files), F, P, R, res["accuracy"], time.time() - t0))
    if dump:
        rows.sort(key=lambda x: 2 * x[1] * x[2] / (x[1] + x[2] + 1e-9))
        with open(os.path.join(dump, "sh-worst.txt"), "w") as fh:
            for k, p, r in rows:
                fh.write("%s P=%.3f R=%.3f\n" % (k[:12], p, r))
    return res


# ----------------------------------------------------------------------- wcxb
def words(text):
    return collections.Counter(t.lower() for t in TOKEN_RE.findall(text or ""))


def word_prf(true, pred):
    """Word-level precision, recall and F1 of one page."""
    t, p = words(true), words(pred)
    if not t and not p:
        return 1.0, 1.0, 1.0
    if not t or not p:
        return (0.0 if p else 1.0), (0.0 if t else 1.0), 0.0
    overlap = sum((t & p).values())
    if overlap == 0:
        return 0.0, 0.0, 0.0
    prec = overlap / sum(p.values())
    rec = overlap / sum(t.values())
    return prec, rec, 2 * prec * rec / (prec + rec)


def word_f1(true, pred):
    return word_prf(true, pred)[2]


# A word of a title: letters and digits (\w without "_", which is
# punctuation, a connector).
TITLE_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def norm_title(s):
    """A title's words, lower-cased: the metric's case- and punctuation-
    insensitive form. Symbols (Unicode S*: "\u2122", "\u00ae", "\u00a9", emoji,
    "+") part words like punctuation, and format characters (Cf: a soft
    hyphen, a zero-width space or joiner) are not there at all. Both before
    NFKC, which would spell "\u2122" as the word "TM" ("Switch\u2122" and
    "Switch" must be equal)."""
    s = "".join(" " if unicodedata.category(ch)[0] == "S" else ("" if unicodedata.category(ch) == "Cf" else ch)
                for ch in (s or ""))
    s = unicodedata.normalize("NFKC", s).lower()
    return " ".join(TITLE_WORD_RE.findall(s))


def self_test():
    """The scorer's own checks (no data needed): `quality.py --self-test`."""
    same = [("Nintendo Switch\u2122 - OLED Model", "Nintendo Switch - OLED Model"),
            ("Design\u00a9", "Design"), ("Caf\u00e9 \U0001F600 Menu", "CAFE\u0301 menu"),
            ("Co\u00adoperation", "Cooperation"), ("Zero\u200bwidth", "Zerowidth"),
            ("snake_case", "snake case"), ("\uff21\uff22\uff23 news", "ABC News"),
            ("Don\u2019t \u2014 stop\u2026", "don't - stop...")]
    differ = [("Men's", "Mens"), ("BershkaFaux", "Bershka Faux"), ("Page 2", "Page")]
    bad = [p for p in same if norm_title(p[0]) != norm_title(p[1])]
    bad += [p for p in differ if norm_title(p[0]) == norm_title(p[1])]
    for a, b in bad:
        print("FAIL: norm_title(%r) = %r, norm_title(%r) = %r" % (a, norm_title(a), b, norm_title(b)))
    print("%d passed, %d failed" % (len(same) + len(differ) - len(bad), len(bad)))
    return 1 if bad else 0


def norm_name(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(TOKEN_RE.findall(s))


def author_match(gold, authors):
    """The gold name is contained in lede's authors, after normalization.
    A gold list ("A, B and C") is contained when the authors, joined, hold it."""
    g = norm_name(gold)
    if not g or not authors:
        return False
    names = [norm_name(a) for a in authors]
    joined = " ".join(names)
    # The list's own conjunction is not part of any name: "A and B" is held
    # by the authors A, B.
    g_list = " ".join(t for t in g.split() if t not in ("and", "und", "et", "y"))
    return any(g in n for n in names) or g in joined or (g_list != g and g_list in joined)


def eval_wcxb(lede, extra, split, dump):
    base = os.path.join(DATA, "wcxb")
    meta = json.load(open(os.path.join(base, "metadata.json"), encoding="utf-8"))["files"]
    gtdir = os.path.join(base, "dev", "ground-truth")
    # Every page shipped under dev/ (the metadata marks 139 of them "test";
    # the set as distributed is the 1,497 pages in dev/html).
    ids = sorted(f[:-len(".html.gz")] for f in os.listdir(os.path.join(base, "dev", "html"))
                 if f.endswith(".html.gz"))
    if split == "odd":
        ids = [i for i in ids if int(i) % 2 == 1]
    elif split == "even":
        ids = [i for i in ids if int(i) % 2 == 0]
    files = {}
    gts = {}
    for i in ids:
        f = os.path.join(base, "dev", "html", i + ".html.gz")
        if not os.path.exists(f):
            continue
        files[f] = i
        gts[i] = json.load(open(os.path.join(gtdir, i + ".json"), encoding="utf-8"))
    url_of = {f: gts[i].get("url") for f, i in files.items()}
    t0 = time.time()
    recs = run_lede(lede, list(files), extra, url_of if "--with-url" in extra else None)
    by_type = collections.defaultdict(list)
    allf = []
    allp, allr = [], []
    md = {"title": [0, 0], "author": [0, 0], "date": [0, 0]}
    # Report only: pages whose gold author is None/"" (the annotator found no
    # author) where lede still gives one. "A wrong author is worse than none."
    author_fp = []
    no_author = 0
    rows = []
    for f, i in files.items():
        rec = recs.get(f) or {}
        gt = gts[i]["ground_truth"]
        wp, wr, f1 = word_prf(gt.get("main_content"), rec.get("text"))
        allp.append(wp)
        allr.append(wr)
        ptype = (meta.get(i) or {}).get("page_type") or \
            gts[i].get("_internal", {}).get("page_type", {}).get("primary", "?")
        by_type[ptype].append(f1)
        allf.append(f1)
        rows.append((i, ptype, f1))
        if gt.get("title"):
            md["title"][1] += 1
            md["title"][0] += norm_title(gt["title"]) == norm_title(rec.get("title"))
        if gt.get("author"):
            md["author"][1] += 1
            md["author"][0] += author_match(gt["author"], rec.get("authors") or [])
        else:
            no_author += 1
            if rec.get("authors"):
                author_fp.append((i, ptype, rec.get("authors")))
        if gt.get("publish_date"):
            md["date"][1] += 1
            md["date"][0] += (rec.get("date_published") or "")[:10] == gt["publish_date"][:10]
        if dump:
            with open(os.path.join(dump, "wcxb-%s.txt" % i), "w", encoding="utf-8") as fh:
                fh.write("F1=%.3f type=%s %s\n==== PRED\n%s\n==== TRUE\n%s\n"
                         % (f1, ptype, gts[i].get("url"), rec.get("text") or "", gt.get("main_content") or ""))
    mean = sum(allf) / max(1, len(allf))
    res = {"f1": mean, "precision": sum(allp) / max(1, len(allp)), "recall": sum(allr) / max(1, len(allr)),
           "pages": len(allf), "types": {}, "metadata": {}}
    print("wcxb-dev(%s)  pages=%d  word F1=%.4f  (precision %.4f, recall %.4f)  (%.1fs)"
          % (split, len(allf), mean, res["precision"], res["recall"], time.time() - t0))
    for t in sorted(by_type):
        v = by_type[t]
        res["types"][t] = sum(v) / len(v)
        print("  %-14s pages=%4d  F1=%.4f" % (t, len(v), res["types"][t]))
    for k, (ok, n) in md.items():
        res["metadata"][k] = ok / n if n else 0
        print("  metadata %-7s %4d/%4d = %.4f" % (k, ok, n, res["metadata"][k]))
        if k == "author":
            print("  metadata author false positives %4d/%4d (no gold author, lede gives one)"
                  % (len(author_fp), no_author))
    res["author_false_positives"] = len(author_fp)
    if dump:
        with open(os.path.join(dump, "wcxb-author-fp.txt"), "w", encoding="utf-8") as fh:
            for i, t, a in sorted(author_fp):
                fh.write("%s %-13s %s\n" % (i, t, json.dumps(a, ensure_ascii=False)))
        rows.sort(key=lambda x: x[2])
        with open(os.path.join(dump, "wcxb-worst.txt"), "w") as fh:
            for i, t, f1 in rows:
                fh.write("%s %-13s F1=%.3f\n" % (i, t, f1))
    return res


# ---------------------------------------------------------------- readability
class _TextOf(html.parser.HTMLParser):
    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "pre",
              "blockquote", "section", "article", "table", "ul", "ol", "dd", "dt", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)

    def text(self):
        return "".join(self.parts)


def html_text(s):
    p = _TextOf()
    p.feed(s)
    p.close()
    return p.text()


def eval_readability(lede, extra, dump):
    base = os.path.join(DATA, "readability", "test-pages")
    dirs = sorted(d for d in os.listdir(base) if os.path.exists(os.path.join(base, d, "source.html")))
    files = {os.path.join(base, d, "source.html"): d for d in dirs}
    t0 = time.time()
    recs = run_lede(lede, list(files), extra)
    scores = []
    meta_ok = collections.Counter()
    meta_n = collections.Counter()
    for f, d in files.items():
        rec = recs.get(f) or {}
        exp_path = os.path.join(base, d, "expected.html")
        if os.path.exists(exp_path):
            expected = html_text(open(exp_path, encoding="utf-8", errors="replace").read())
            scores.append(word_f1(expected, rec.get("text")))
        mp = os.path.join(base, d, "expected-metadata.json")
        if os.path.exists(mp):
            em = json.load(open(mp, encoding="utf-8"))
            pairs = {
                "title": (em.get("title"), rec.get("title"), norm_title),
                "byline": (em.get("byline"), ", ".join(rec.get("authors") or []) or None, norm_name),
                "siteName": (em.get("siteName"), rec.get("site_name"), norm_title),
                "publishedTime": (em.get("publishedTime"), rec.get("date_published"), lambda s: (s or "")[:10]),
                "lang": (em.get("lang"), rec.get("language"), lambda s: (s or "").lower().split("-")[0]),
            }
            for k, (gold, got, norm) in pairs.items():
                if gold:
                    meta_n[k] += 1
                    meta_ok[k] += bool(got) and norm(gold) == norm(got)
    mean = sum(scores) / max(1, len(scores))
    print("readability  pages=%d  word F1 vs expected.html=%.4f  (%.1fs)" % (len(scores), mean, time.time() - t0))
    res = {"f1": mean, "pages": len(scores), "metadata": {}}
    for k in ["title", "byline", "siteName", "publishedTime", "lang"]:
        if meta_n[k]:
            res["metadata"][k] = meta_ok[k] / meta_n[k]
            print("  metadata %-13s %3d/%3d = %.4f" % (k, meta_ok[k], meta_n[k], res["metadata"][k]))
    return res


def check_gate(results, floors_path):
    floors = json.load(open(floors_path))
    failed = []
    def walk(prefix, fl, got):
        for k, v in fl.items():
            if k.startswith("_"):
                continue
            g = got.get(k) if isinstance(got, dict) else None
            name = prefix + "." + k if prefix else k
            if isinstance(v, dict):
                walk(name, v, g or {})
            elif g is None:
                continue  # set not evaluated in this run
            elif g + 1e-9 < v:
                failed.append("%s = %.4f is below the floor %.4f" % (name, g, v))
    walk("", floors, results)
    for f in failed:
        print("GATE FAILED: " + f)
    return not failed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(ROOT, "build", "lede"))
    ap.add_argument("--set", default="all", choices=["scrapinghub", "wcxb", "readability", "all"])
    ap.add_argument("--split", default="all", choices=["all", "odd", "even"])
    ap.add_argument("--gate", help="JSON file of floors; exit 1 when a metric is below")
    ap.add_argument("--dump", help="write per-page predictions and truths here")
    ap.add_argument("--extra-args", default="", help="extra arguments for lede extract")
    ap.add_argument("--json", help="write the results as JSON here")
    ap.add_argument("--self-test", action="store_true", help="check the scorer's normalization and exit")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    if not os.path.isdir(DATA):
        print("SKIP: %s not found (the benchmark data lives in ../shared/data)" % DATA)
        return 0
    if not os.path.exists(a.lede):
        raise SystemExit("lede binary not found: %s (run make build)" % a.lede)
    extra = a.extra_args.split()
    if a.dump:
        os.makedirs(a.dump, exist_ok=True)
    results = {}
    if a.set in ("scrapinghub", "all"):
        results["scrapinghub"] = eval_scrapinghub(a.lede, extra, a.dump)
    if a.set in ("wcxb", "all"):
        results["wcxb"] = eval_wcxb(a.lede, extra, a.split, a.dump)
    if a.set in ("readability", "all"):
        results["readability"] = eval_readability(a.lede, extra, a.dump)
    if a.json:
        json.dump(results, open(a.json, "w"), indent=2)
    if a.gate and not check_gate(results, a.gate):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
