#!/usr/bin/env python3
"""Classifies lede's WCXB author and date misses by cause.

usage: metadata_misses.py OUT.json [--split odd|even] [--list]

(Title misses: bench/title_misses.py, which classifies them the same way.)

OUT.json is `lede extract --format json` over ../shared/data/wcxb/dev/html
(other records are ignored). Scoring is bench/quality.py's. The causes are
read off the raw page with plain regular expressions (no parser): a rough
triage for choosing what to fix, not a metric. A cause named "gold: ..." is
one where the gold value is not what the page shows as its writer or date
(the annotator's choice, or a value the saved page does not hold).
"""
import collections
import gzip
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality as q  # noqa: E402

WCXB = os.path.join(q.DATA, "wcxb")
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def page(i):
    return gzip.open(os.path.join(WCXB, "dev", "html", i + ".html.gz")).read().decode("utf-8", "replace")


def text(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", s)).split())


def candidates(h):
    """(kind, text) pairs: the <title>, title metas and the site's name."""
    out = []
    m = re.search(r"<title[^>]*>(.*?)</title>", h, re.S | re.I)
    if m:
        out.append(("title", text(m.group(1))))
    for m in re.finditer(r"<meta\b[^>]*>", h, re.I):
        t = m.group(0)
        p = re.search(r"(?:property|name)\s*=\s*[\"']?([^\"'\s>]+)", t, re.I)
        v = re.search(r"content\s*=\s*\"([^\"]*)\"", t, re.I) or re.search(r"content\s*=\s*'([^']*)'", t, re.I)
        if p and v and p.group(1).lower() in ("og:title", "twitter:title", "og:site_name", "application-name"):
            out.append((p.group(1).lower(), html.unescape(v.group(1)).strip()))
    return out


def author_cause(g, got, h):
    page_text = q.norm_name(text(h) + " " + h)
    ng = q.norm_name(g)
    names = [q.norm_name(a) for a in got]
    if ng not in page_text:
        return "gold: name not in the saved page"
    if names and any(n and n in ng for n in names):
        return "gold: adds a role, credential or second name"
    if not got:
        site = [q.norm_name(v) for k, v in candidates(h) if k in ("og:site_name", "application-name", "title")]
        if any(ng and ng in s for s in site):
            return "lede none: gold is the site/organisation"
        return "lede none: a name the page shows"
    return "lede names another"


def fp_cause(got, rec):
    a = got[0]
    if q.norm_name(a) in (q.norm_name(rec.get("site_name")), q.norm_name(rec.get("publisher"))):
        return "FP: the site's/publisher's name"
    if " " not in a.strip():
        return "FP: one word (handle or first name)"
    return "FP: a name"


def date_forms(d):
    y, m, dd = d[:4], d[5:7], d[8:10]
    if not (y.isdigit() and m.isdigit() and dd.isdigit()):
        return [d]
    mi, di = int(m), int(dd)
    mon = MONTHS[mi - 1]
    return [d[:10], "%s %d, %s" % (mon, di, y), "%s %d %s" % (mon, di, y), "%d %s %s" % (di, mon, y),
            "%d/%d/%s" % (mi, di, y), "%02d/%02d/%s" % (mi, di, y), "%d.%d.%s" % (di, mi, y)]


def date_cause(g, rec, h):
    got = (rec.get("date_published") or "")[:10]
    if (rec.get("date_modified") or "")[:10] == g[:10]:
        return "gold is lede's modified date"
    low = re.sub(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", r"\1", h.lower())
    low = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", low)
    if not any(f in low for f in date_forms(g)):
        return "gold: date not in the saved page"
    return "lede none: date in the page" if not got else "lede another date; gold in the page"


def main():
    args = sys.argv[1:]
    split = args[args.index("--split") + 1] if "--split" in args else None
    listing = "--list" in args
    recs = {}
    for line in open(args[0], encoding="utf-8").read().split("\n"):
        if line.strip():
            r = json.loads(line)
            if "/wcxb/" in r.get("path", ""):
                recs[os.path.basename(r["path"])[:-len(".html.gz")]] = r
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for i in sorted(recs):
        if split and (int(i) % 2 == 1) != (split == "odd"):
            continue
        gt = json.load(open(os.path.join(WCXB, "dev", "ground-truth", i + ".json"), encoding="utf-8"))["ground_truth"]
        rec = recs[i]
        h = None
        g = gt.get("author")
        got = rec.get("authors") or []
        if g and not q.author_match(g, got):
            h = h or page(i)
            c = "author " + author_cause(g, got, h)
            counts[c] += 1
            examples[c].append(i)
        elif not g and got:
            c = "author " + fp_cause(got, rec)
            counts[c] += 1
            examples[c].append(i)
        g = gt.get("publish_date")
        if g and (rec.get("date_published") or "")[:10] != g[:10]:
            h = h or page(i)
            c = "date   " + date_cause(g, rec, h)
            counts[c] += 1
            examples[c].append(i)
    for c in sorted(counts):
        print("%4d  %s" % (counts[c], c))
        if listing:
            print("        " + " ".join(examples[c]))


if __name__ == "__main__":
    main()
