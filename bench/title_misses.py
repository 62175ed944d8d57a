#!/usr/bin/env python3
"""Where lede's title differs from WCXB's gold title, and which source the gold took.

  python3 bench/title_misses.py [--lede build/lede] [--split odd|even|all] [--table]
                                [--signals]

For every WCXB page with a gold title that lede misses (the metric of
bench/quality.py: case- and punctuation-insensitive equality), it prints the
title's candidates as the page declares them: the <title>, og:title, the
JSON-LD headline and the first <h1> (read with regular expressions: a rough
look, not lede's parser), lede's title and the source lede names for it, and
a class:

  a  gold is an <h1>'s text, lede took a meta title or the <title>
  b  gold is the <title> or og:title (whole or without its last part),
     lede took a heading
  c  a separator's part: gold keeps or cuts a part before or after
     | - – — : · » that lede cut or kept (gold the site's name alone is
     c too: the annotator took the suffix)
  d  gold is a heading too, but lede took another element or cut it
  e  gold matches no candidate (reworded, words run together)

With --by-candidate it sorts the misses by the candidates instead (all the
page's: <title>, og:title, twitter:title, every JSON-LD headline and name, the
<h1>s, the first <h2>), per half:

  a  gold is one candidate exactly, lede gave another or cut it
  b  gold is a candidate with a head or tail cut off or kept (a site's name,
     a separator's part), or a candidate is gold with words cut off
  c  gold is in the page's text, as no candidate
  d  gold is not in the page's text
and splits a and b by whether lede's title and the gold are nested (one
holds the other's words in a run: a part cut or kept, or a heading that
opens a longer title) or apart (lede took another candidate).

With --kinds it sorts the misses by what the gold did with the page's
candidates (stop 42's table in docs/benchmarks.md), per half: the declared
title (or its head) where lede took a heading, apart or nested; a part lede
cut off a declared title kept (the site's name); an <h1> where lede took
another candidate; a part of a declared title where lede gave a longer part;
the site's name alone; the heading cut at a separator; words run together;
a form no candidate gives (nested, in the text, or not in the page). With
-v it lists each kind's ids.

With --signals it counts, over the pages where lede took an <h1> that differs
from the <title> without its last part, which of the two the gold took, per
feature (page type, og:title agreement, substring relation, word counts, number
of <h1>s, JSON-LD headline): the features that would tell (a) from (b).
Standard library only.
"""
import argparse
import collections
import gzip
import html
import itertools
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402  (norm_title, DATA, ROOT)

nt = quality.norm_title
SEPARATORS = [" | ", " - ", " \u2013 ", " \u2014 ", " \u00b7 ", " \u00bb ", " :: ", " \u2022 "]
SPLITTERS = SEPARATORS + [": ", " / ", " // "]


def without_last_part(t):
    """The title without what its last separator sets off ("Page | Site")."""
    at = max(t.rfind(s) for s in SEPARATORS)
    return t[:at] if at > 0 else t


def parts(t):
    """Every head and tail of `t` at a separator, normalized."""
    out = set()
    for s in SPLITTERS:
        k = t.find(s)
        while k >= 0:
            out.add(nt(t[:k]))
            out.add(nt(t[k + len(s):]))
            k = t.find(s, k + 1)
    return out


def text_of(fragment):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def candidates(path):
    page = gzip.open(path).read().decode("utf-8", "replace")
    c = {}
    m = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
    c["title"] = text_of(m.group(1)) if m else ""
    c["og"] = ""
    m = re.search(r"<meta[^>]+property=[\"']og:title[\"'][^>]*>", page, re.I)
    if m:
        v = re.search(r"content=[\"']([^\"']*)", m.group(0))
        c["og"] = html.unescape(v.group(1)) if v else ""
    m = re.search(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"', page)
    c["ld"] = m.group(1) if m else ""
    c["h1s"] = [text_of(x) for x in re.findall(r"<h1\b[^>]*>(.*?)</h1>", page, re.S | re.I)]
    return c


def classify(gold, lede, src, c):
    g, low = nt(gold), nt(lede)
    h1s = [nt(x) for x in c["h1s"] if nt(x)]
    heading = (src or "").startswith(("h1", "headline", "subheading"))
    declared = [nt(c["title"]), nt(c["og"]), nt(c["ld"]),
                nt(without_last_part(c["title"])), nt(without_last_part(c["og"]))]
    if g in h1s:
        return "d" if heading else "a"
    # (Lede's heading as the page prints it: a heading lede cut is class c.)
    if g in declared and heading and any(low == h or low in h and len(low) * 10 >= len(h) * 8 for h in h1s):
        return "b"
    if any(g in parts(x) or g == nt(x) for x in (c["title"], c["og"], c["ld"]) + tuple(c["h1s"][:1])):
        return "c"
    return "e"


def all_candidates(path):
    """Every title candidate of the page, and its text outside scripts and
    styles (both rough: regular expressions, not lede's parser)."""
    page = gzip.open(path).read().decode("utf-8", "replace")
    out = []
    m = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
    if m:
        out.append(text_of(m.group(1)))
    for m in re.finditer(r"<meta\b[^>]*>", page, re.I):
        tag = m.group(0)
        if re.search(r"(?:property|name)\s*=\s*[\"']?(?:og:title|twitter:title)\b", tag, re.I):
            v = re.search(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", tag, re.I)
            if v:
                out.append(html.unescape(v.group(1) if v.group(1) is not None else v.group(2)))
    for m in re.finditer(r'"(?:headline|name)"\s*:\s*"((?:[^"\\]|\\.)*)"', page):
        try:
            out.append(json.loads('"%s"' % m.group(1)))
        except ValueError:
            out.append(m.group(1))
    out += [text_of(x) for x in re.findall(r"<h1\b[^>]*>(.*?)</h1>", page, re.S | re.I)]
    out += [text_of(x) for x in re.findall(r"<h2\b[^>]*>(.*?)</h2>", page, re.S | re.I)[:1]]
    body = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", page, flags=re.S | re.I)
    return [x for x in out if nt(x)], nt(text_of(body))


def held(a, b):
    """Whether the normalized words of `a` are a run of `b`'s."""
    return bool(a) and (" %s " % a) in (" %s " % b)


def classify_by_candidate(gold, lede, cands, text):
    g, low = nt(gold), nt(lede)
    norms = [nt(x) for x in cands]
    nested = "nested" if held(g, low) or held(low, g) else "apart"
    if g in norms:
        return "a-" + nested
    if any(held(g, n) or held(n, g) for n in norms):
        return "b-" + nested
    return "c" if held(g, text) else "d"


def by_candidate(rows):
    counts = collections.Counter()
    for i, r, gold, path in rows:
        if nt(gold) == nt(r.get("title")):
            continue
        cands, text = all_candidates(path)
        k = classify_by_candidate(gold, r.get("title") or "", cands, text)
        counts[("odd" if int(i) % 2 else "even", k)] += 1
    for split in ("odd", "even"):
        print("%-4s %s" % (split, "  ".join("%s %d" % (k, counts[(split, k)])
                                           for k in ("a-apart", "a-nested", "b-apart", "b-nested", "c", "d"))))


KIND_SEPARATORS = [" | ", " - ", " \u2013 ", " \u2014 ", " \u00b7 ", " \u00bb ", ": ", " :: ", " \u2022 ", ". "]


def cut_parts(t):
    """("head", part) and ("tail", part) for every separator in `t`, normalized."""
    out = set()
    for s in KIND_SEPARATORS:
        k = t.find(s)
        while k >= 0:
            out.add(("head", nt(t[:k])))
            out.add(("tail", nt(t[k + len(s):])))
            k = t.find(s, k + 1)
    return out


def kind_of(gold, lede, path):
    """The kind of a miss (--kinds)."""
    page = gzip.open(path).read().decode("utf-8", "replace")
    cands, text = all_candidates(path)
    h1 = [text_of(x) for x in re.findall(r"<h1\b[^>]*>(.*?)</h1>", page, re.S | re.I)]
    declared = [c for c in cands if c not in h1]
    sites = set()
    for m in re.finditer(r"<meta\b[^>]*og:site_name[^>]*>", page, re.I):
        v = re.search(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", m.group(0), re.I)
        if v:
            sites.add(nt(html.unescape(v.group(1) or v.group(2) or "")))
    g, low = nt(gold), nt(lede)
    if g.replace(" ", "") == low.replace(" ", ""):
        return "words run together (gold or lede)"
    if held(low, g) and any(g == nt(d) and held(low, nt(d)) for d in declared):
        return "gold keeps a part that lede cut off a declared title (the site's name...)"
    if held(g, low) and any(("head", g) in cut_parts(d) or ("tail", g) in cut_parts(d) for d in declared):
        return "gold a part of a declared title, lede a longer part or the whole"
    if g in sites or (len(g.split()) <= 3 and not held(g, low) and not held(low, g) and
                      any(("tail", g) in cut_parts(d) for d in declared)):
        return "gold the site's name alone"
    if held(g, low) and any(("head", g) in cut_parts(h) for h in h1):
        return "gold cuts the heading at a separator"
    if g in [nt(x) for x in h1]:
        return "gold an <h1>, lede another candidate"
    if any(g == nt(d) or ("head", g) in cut_parts(d) for d in declared):
        return "gold the declared title (or its head), lede a heading, " + (
            "nested" if held(low, g) or held(g, low) else "apart")
    if any(held(g, nt(c)) or held(nt(c), g) for c in cands):
        return "gold nested in or around a candidate, no candidate's form"
    return "gold in the text, no candidate" if held(g, text) else "gold not in the page"


def kinds(rows, verbose):
    counts, ids = collections.Counter(), collections.defaultdict(list)
    for i, r, gold, path in rows:
        if nt(gold) == nt(r.get("title")):
            continue
        k = kind_of(gold, r.get("title") or "", path)
        counts[(k, "odd" if int(i) % 2 else "even")] += 1
        ids[k].append(i)
    print("| kind | odd | even | e.g. |")
    print("|---|---|---|---|")
    for k in sorted(ids, key=lambda k: -len(ids[k])):
        print("| %s | %d | %d | %s |" % (k, counts[(k, "odd")], counts[(k, "even")], " ".join(ids[k][:4])))
    if verbose:
        for k in sorted(ids, key=lambda k: -len(ids[k])):
            print("%s: %s" % (k, " ".join(ids[k])))


def run(lede, files):
    recs = {}
    for k in range(0, len(files), 500):
        p = subprocess.run([lede, "extract", "--format", "json"] + files[k:k + 500], stdout=subprocess.PIPE)
        for line in p.stdout.decode("utf-8").split("\n"):
            if line.strip():
                r = json.loads(line)
                recs[r.get("path")] = r
    return recs


def signals(rows):
    """Counts, per feature value, the pages whose gold took lede's <h1> (h1)
    or the <title> without its last part (T-)."""
    def features(r, c):
        low, tm = nt(r["title"]), nt(without_last_part(c["title"]))
        og, ld = nt(without_last_part(c["og"])), nt(c["ld"])
        hw, tw = set(low.split()), set(tm.split())
        jac = len(hw & tw) / max(1, len(hw | tw))
        nl, ntw = len(low.split()), len(tm.split())
        return {
            "page_type": r["page_type"] if r["page_type"] in ("article", "forum", "product") else "other",
            "og": "=T-" if og and og == tm else ("=h1" if og and og == low else ("none" if not og else "other")),
            "relation": "h1<T-" if low in tm else ("T-<h1" if tm in low else "apart"),
            "overlap": "high" if jac >= .6 else ("mid" if jac >= .3 else "low"),
            "h1_words": "1-2" if nl <= 2 else ("3-5" if nl <= 5 else "6+"),
            "title_words": "1-2" if ntw <= 2 else ("3-5" if ntw <= 5 else "6+"),
            "jsonld": "=T-" if ld and ld == tm else ("=h1" if ld and ld == low else ("none" if not ld else "other")),
            "h1_count": "1" if len(c["h1s"]) <= 1 else "2+",
        }
    agg = collections.defaultdict(lambda: collections.Counter())
    for i, r, c, gold in rows:
        low, tm = nt(r.get("title")), nt(without_last_part(c["title"]))
        if (r.get("sources") or {}).get("title") != "h1" or not tm or low == tm:
            continue
        g = nt(gold)
        who = "h1" if g == low else ("T-" if g == tm else None)
        if not who:
            continue
        f = features(r, c)
        split = "odd" if int(i) % 2 else "even"
        for k in (1, 2):
            for ks in itertools.combinations(sorted(f), k):
                agg[(ks, tuple(f[x] for x in ks))][(split, who)] += 1
    print("feature(s) = value(s): odd h1/T-, even h1/T- (a rule switching to T- gains T- - h1)")
    best = sorted(agg.items(), key=lambda kv: -(kv[1][("odd", "T-")] - kv[1][("odd", "h1")]))
    for (ks, vs), n in best[:25]:
        print("  %-40s odd %3d/%-3d even %3d/%-3d" % (" & ".join("%s=%s" % kv for kv in zip(ks, vs)),
                                                       n[("odd", "h1")], n[("odd", "T-")],
                                                       n[("even", "h1")], n[("even", "T-")]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(quality.ROOT, "build", "lede"))
    ap.add_argument("--split", default="odd", choices=["all", "odd", "even"])
    ap.add_argument("--table", action="store_true", help="print the misses as a Markdown table")
    ap.add_argument("--signals", action="store_true", help="count the features that may tell (a) from (b)")
    ap.add_argument("--by-candidate", action="store_true", help="sort the misses by the candidates, per half")
    ap.add_argument("--kinds", action="store_true", help="sort the misses by kind, per half")
    ap.add_argument("-v", action="store_true", help="with --kinds, list each kind's ids")
    args = ap.parse_args()
    base = os.path.join(quality.DATA, "wcxb")
    meta = json.load(open(os.path.join(base, "metadata.json"), encoding="utf-8"))["files"]
    ids = sorted(f[:-len(".html.gz")] for f in os.listdir(os.path.join(base, "dev", "html")) if f.endswith(".html.gz"))
    if args.split != "all" and not (args.signals or args.by_candidate or args.kinds):
        ids = [i for i in ids if int(i) % 2 == (1 if args.split == "odd" else 0)]
    files = {os.path.join(base, "dev", "html", i + ".html.gz"): i for i in ids}
    recs = run(args.lede, list(files))
    rows, paths, classes = [], [], collections.Counter()
    for f, i in files.items():
        gold = json.load(open(os.path.join(base, "dev", "ground-truth", i + ".json"), encoding="utf-8"))
        gold = gold["ground_truth"].get("title")
        if not gold:
            continue
        r = recs.get(f) or {}
        c = candidates(f)
        rows.append((i, r, c, gold))
        paths.append(f)
    if args.signals:
        signals(rows)
        return
    if args.kinds:
        kinds([(i, r, gold, path) for (i, r, c, gold), path in zip(rows, paths)], args.v)
        return
    if args.by_candidate:
        by_candidate([(i, r, gold, path) for (i, r, c, gold), path in zip(rows, paths)])
        return
    cell = lambda s: (s or "").replace("|", "\u00a6").replace("\n", " ")[:48]
    if args.table:
        print("| id | type (gold/lede) | class | gold | lede (source) | <title> | og:title | JSON-LD headline | first <h1> |")
        print("|---|---|---|---|---|---|---|---|---|")
    for i, r, c, gold in rows:
        if nt(gold) == nt(r.get("title")):
            continue
        src = (r.get("sources") or {}).get("title")
        k = classify(gold, r.get("title") or "", src, c)
        classes[k] += 1
        first = next((x for x in c["h1s"] if x), "")
        if args.table:
            print("| %s | %s/%s | %s | %s | %s (%s) | %s | %s | %s | %s |" % (
                i, (meta.get(i) or {}).get("page_type"), r.get("page_type"), k, cell(gold), cell(r.get("title")),
                src, cell(c["title"]), cell(c["og"]), cell(c["ld"]), cell(first)))
    print("misses by class:", dict(sorted(classes.items())), "of", len(rows), "pages with a gold title")


if __name__ == "__main__":
    main()
