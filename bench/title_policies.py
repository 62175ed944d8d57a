#!/usr/bin/env python3
"""How simple title-source policies agree with the gold titles.

  python3 bench/title_policies.py [--lede build/lede]

Over the WCXB dev pages with a gold title (odd and even ids apart), the
Readability test pages (their expected title is Readability.js's own
choice) and the seed page, it prints the agreement (bench/quality.py's
norm_title equality) of:

  a   lede's title as it is
  b   og:title without the site's name, else the <title> without it, else
      the first <h1>
  c   the JSON-LD headline, else (b)
  d   (b), but the first <h1> when it holds or is held by (b), or when (b)
      is generic (the site's name alone, "Home", under 4 characters)
  d2  (b), but the <h1> when it holds (b)
  a|b an oracle that takes (a) or (b), whichever is right: the most a rule
      choosing between the visible heading and the declared title can win

The candidates are read with regular expressions (a rough look, not lede's
parser), the site's name from og:site_name or the canonical URL's host; a
short last part (3 words or fewer) is taken for the site's name too.
On 5fbeb2c: a 638/742 odd, 640/755 even, 94/127 Readability; b 518, 515,
104; c 505, 517, 104; d 559, 556, 98; d2 517, 515, 103; a|b 683, 692, 108.
Lede's own choice beats every fixed policy on WCXB by 80 pages or more a
half; where (a) and (b) differ the gold takes the visible heading about
three times as often as the declared title, and no single feature or pair
of features tried (page type, og:title or JSON-LD agreeing with the title,
word counts, overlap, containment, <h1> count, byline, date) picks the
title's side in both halves (bench/title_misses.py --signals says the same).
Standard library only.
"""
import argparse
import collections
import gzip
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402

nt = quality.norm_title
D = quality.DATA
SEED = os.path.join(quality.SHARED, "seed")


def text_of(fr): return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fr)).split())
def meta(page, key):
    for m in re.finditer(r"<meta\b[^>]*>", page, re.I):
        t = m.group(0)
        if re.search(r"(?:property|name)\s*=\s*[\"']%s[\"']" % re.escape(key), t, re.I):
            v = re.search(r"content\s*=\s*(\"[^\"]*\"|'[^']*')", t, re.I)
            if v: return " ".join(html.unescape(v.group(1)[1:-1]).split())
    return ""
def cands(page):
    c = {}
    m = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
    c["title"] = text_of(m.group(1)) if m else ""
    c["og"] = meta(page, "og:title")
    c["site"] = meta(page, "og:site_name")
    m = re.search(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"', page)
    try: c["ld"] = " ".join(html.unescape(json.loads('"%s"' % m.group(1))).split()) if m else ""
    except Exception: c["ld"] = ""
    c["h1s"] = [x for x in (text_of(x) for x in re.findall(r"<h1\b[^>]*>(.*?)</h1>", page, re.S | re.I)) if x]
    m = re.search(r'<link[^>]+rel=["\']canonical["\'][^>]*>', page, re.I)
    c["host"] = ""
    if m:
        h = re.search(r'href=["\']https?://([^/"\']+)', m.group(0))
        if h: c["host"] = h.group(1).lower()
    return c
SEPS = [" | ", " ¦ ", " - ", " – ", " — ", " · ", " :: ", " » ", " • ", " / "]
def squash(s): return re.sub(r"[^a-z0-9]", "", nt(s))
def is_site(part, c):
    p = squash(part)
    if not p: return False
    s = squash(c["site"])
    if s and (p == s or p in s or s in p): return True
    host = re.sub(r"[^a-z0-9]", "", c["host"].replace("www.", ""))
    if host and len(p) >= 3 and p in host: return True
    return False
def strip(t, c, loose=True):
    if not t: return t
    # cut a site part at the end or the start
    best = None
    for s in SEPS:
        k = t.rfind(s)
        if k > 0 and (best is None or k > best[0]): best = (k, s)
    if best:
        head, tail = t[:best[0]], t[best[0] + len(best[1]):]
        if is_site(tail, c) or (loose and len(tail.split()) <= 3 and len(head.split()) >= 2): return head.strip()
    # ": " site prefix
    k = t.find(": ")
    if k > 0 and is_site(t[:k], c): return t[k+2:].strip()
    for s in SEPS:
        k = t.find(s)
        if k > 0 and is_site(t[:k], c): return t[k+len(s):].strip()
    return t
def generic(t, c):
    n = nt(t)
    return not n or len(n) < 4 or is_site(t, c) or n in ("home", "homepage", "home page", "index")
def pol_b(c):
    for t in (c["og"], c["title"]):
        s = strip(t, c)
        if not generic(s, c): return s
    return c["h1s"][0] if c["h1s"] else ""
def pol_c(c):
    if c["ld"]: return c["ld"]
    return pol_b(c)
def pol_d(c):
    doc = pol_b(c) if (c["og"] or c["title"]) else ""
    h = c["h1s"][0] if c["h1s"] else ""
    if not h: return doc
    if not doc or generic(doc, c): return h
    nh, nd = nt(h), nt(doc)
    if nh and (nh in nd or nd in nh): return h
    return doc
def pol_d2(c):  # title stripped; h1 when contained in the title's head or equal
    doc = pol_b(c) if (c["og"] or c["title"]) else ""
    h = c["h1s"][0] if c["h1s"] else ""
    if not h: return doc
    if not doc or generic(doc, c): return h
    nh, nd = nt(h), nt(doc)
    if nd in nh: return h   # h1 longer
    return doc
POL = {"b": pol_b, "c": pol_c, "d": pol_d, "d2": pol_d2}
def pages():
    w = os.path.join(D, "wcxb", "dev")
    for f in sorted(os.listdir(os.path.join(w, "html"))):
        i = f[:-len(".html.gz")]
        gt = json.load(open(os.path.join(w, "ground-truth", i + ".json"), encoding="utf-8"))["ground_truth"]
        if gt.get("title"):
            yield ("wcxb_odd" if int(i) % 2 else "wcxb_even"), os.path.join(w, "html", f), gt["title"]
    rb = os.path.join(D, "readability", "test-pages")
    for d in sorted(os.listdir(rb)):
        mp = os.path.join(rb, d, "expected-metadata.json")
        if os.path.exists(mp) and os.path.exists(os.path.join(rb, d, "source.html")):
            em = json.load(open(mp, encoding="utf-8"))
            if em.get("title"):
                yield "readability", os.path.join(rb, d, "source.html"), em["title"]
    seed = os.path.join(SEED, "seed-page.html")
    if os.path.exists(seed):
        yield "seed", seed, json.load(open(os.path.join(SEED, "seed-page.expected.json"), encoding="utf-8"))["title"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(quality.ROOT, "build", "lede"))
    args = ap.parse_args()
    todo = list(pages())
    recs = quality.run_lede(args.lede, [p for _, p, _ in todo], [])
    splits = ["wcxb_odd", "wcxb_even", "readability", "seed"]
    score = collections.defaultdict(collections.Counter)
    names = ["a"] + list(POL) + ["a|b"]
    for split, path, gold in todo:
        raw = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
        c = cands(raw.decode("utf-8", "replace"))
        res = {"a": (recs.get(path) or {}).get("title") or ""}
        for k, f in POL.items():
            res[k] = f(c)
        res["a|b"] = gold if nt(gold) in (nt(res["a"]), nt(res["b"])) else res["a"]
        score[split]["n"] += 1
        for k, v in res.items():
            score[split][k] += nt(v) == nt(gold)
    print("%-8s" % "policy" + "".join("%14s" % s for s in splits))
    for k in names:
        print("%-8s" % k + "".join("%14s" % ("%d/%d" % (score[s][k], score[s]["n"])) for s in splits))


if __name__ == "__main__":
    main()
