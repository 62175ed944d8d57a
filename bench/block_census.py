#!/usr/bin/env python3
"""A block-level census of lede's keep/drop decisions on WCXB, and a small
learned model over them, fitted on one half and scored on the other.

  python3 bench/block_census.py [--lede build/lede] [--depth 4] [--confidence 0.8]
                                [--min-leaf 200] [--types product,...] [--census]
                                [--kinds collection,listing]
                                [--cache FILE]

1. Runs `lede extract --explain-json` (one JSON object per block: KEEP/DROP,
   reason, text, tag, class/id vocabulary hints, place in document order)
   and `lede extract --format json` (the text lede gives) over every WCXB
   dev page.
2. Splits each page's text among its blocks: a block's own words are its
   text's words less those of the reported blocks inside it (word bags:
   WCXB's metric is a bag of lower-cased \\w+ words, so order does not
   matter). A block's gold share is the share of its own words that count
   in the overlap with the page's gold main_content: for a DROP, the words
   it would add to the overlap of lede's text with the gold; for a KEEP,
   the words it takes away from it. A block is "gold" when the share is
   >= 0.5.
3. Computes general features per block (no site strings): the rule kind,
   KEEP/DROP, word count, link share, lede's value and subtree scores,
   depth below the content root, inside/outside the root, before/after the
   first <h1>, tag kind (heading, list item, paragraph, table cell...),
   the class/id vocabulary's hint bits of the block and its ancestors,
   the page type, the share of number/price tokens.
4. Labels each block with the oracle's decision (the ceiling below: keep
   or drop, given the other blocks), fits a CART tree (Gini, word-weighted,
   plain Python) to it on the blocks of the odd page ids (not the content
   root's own words, which no rule flips), flips the blocks of the even pages that fall in a leaf
   whose oracle majority disagrees with lede's decision with at
   least --confidence of the leaf's training words, rebuilds each page's word
   bag (lede's text + flipped DROPs' words - flipped KEEPs' words) and
   scores it; then the reverse (fit on even, score on odd). Also prints
   the ceiling: an oracle that flips, largest block first, each block whose
   flip raises the page's F1 given the flips before it.
Each unit also keeps the block's text, tag and class/id, and each page
lede's own page type ("lede_type"), for bench/block_logit.py.
--kinds TYPES prints, instead of fitting, the loss of those page types by
the rule that makes it, per half: the share of each page's text in blocks
the oracle drops (what it costs precision, summed over pages), the share of
each page's gold in blocks it keeps (recall), and the F1 gain of flipping
the oracle's blocks of that rule alone, with the pages that gain most.
Standard library only (Debian's /usr/bin/python3).
"""
import argparse
import collections
import json
import math
import os
import pickle
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import quality  # noqa: E402  (tokenization and F1 as the quality gate)

ROOT = quality.ROOT
WCXB = os.path.join(quality.DATA, "wcxb")
NOTE_RE = re.compile(r"\[text=(-?\d+) links=(-?\d+) value=(-?[\d.]+) subtree=(-?[\d.]+)\]")
NUMBER_RE = re.compile(r"^\d[\d.,]*$")
CURRENCY = set("$€£¥₹")
# ClassHint bits (src/extract/vocabulary.h) read as features.
HINTS = {"boilerplate": 0, "content": 1, "article_body": 2, "comments": 3, "hidden": 4, "caption": 5,
         "byline": 7, "dek": 8, "tags": 10, "ad": 11, "related": 12, "title": 13, "weak_boilerplate": 14,
         "date": 17, "itemprop": 18, "panel": 19, "itemtype": 20, "navigation": 22, "masthead": 25,
         "call_to_action": 31}
TYPES = ["article", "collection", "documentation", "forum", "listing", "product", "service"]
TAG_KINDS = {"p": "p", "li": "li", "dd": "li", "dt": "li", "td": "cell", "th": "cell", "tr": "cell",
             "table": "cell", "ul": "list", "ol": "list", "dl": "list", "div": "div", "section": "div",
             "span": "inline", "a": "inline", "strong": "inline", "b": "inline", "em": "inline",
             "blockquote": "p", "pre": "pre", "figure": "figure", "figcaption": "figure", "form": "form",
             "button": "form", "label": "form", "nav": "nav", "header": "nav", "footer": "nav", "aside": "nav"}

# The content root's own words are what its reported blocks leave over: no
# block of their own, never flipped.
RESIDUAL = ("content-root", "content-sibling", "list-fallback")


def reason_kind(reason):
    if reason.startswith("["):
        return "scores"
    return re.split(r"[ (]", reason, 1)[0]


def run(lede, args, files):
    out = []
    for i in range(0, len(files), 400):
        p = subprocess.run([lede, "extract"] + args + files[i:i + 400], stdout=subprocess.PIPE)
        out.extend(l for l in p.stdout.decode("utf-8").split("\n") if l.strip())
    return [json.loads(l) for l in out]


def load(lede):
    meta = json.load(open(os.path.join(WCXB, "metadata.json"), encoding="utf-8"))["files"]
    html = os.path.join(WCXB, "dev", "html")
    ids = sorted(f[:-len(".html.gz")] for f in os.listdir(html) if f.endswith(".html.gz"))
    files = [os.path.join(html, i + ".html.gz") for i in ids]
    recs = {r["path"]: r for r in run(lede, ["--format", "json"], files)}
    base = {f: r.get("text") or "" for f, r in recs.items()}
    blocks = collections.defaultdict(list)
    for r in run(lede, ["--explain-json"], files):
        blocks[r["file"]].append(r)
    pages = []
    for i, f in zip(ids, files):
        gt = json.load(open(os.path.join(WCXB, "dev", "ground-truth", i + ".json"), encoding="utf-8"))
        ptype = (meta.get(i) or {}).get("page_type") or "?"
        pages.append(page_units(i, ptype, base.get(f, ""), gt["ground_truth"].get("main_content") or "",
                                blocks.get(f, [])))
        pages[-1]["lede_type"] = (recs.get(f) or {}).get("page_type") or ""
    return pages


def page_units(pid, ptype, text, gold, blocks):
    """The page's blocks as units: own words, gold share, features."""
    seen = set()
    bl = []
    for b in blocks:
        if b["order"] in seen or not b["order"]:
            continue
        seen.add(b["order"])
        bl.append(b)
    bl.sort(key=lambda b: b["order"])
    # Parent block: the nearest reported block whose span holds it.
    stack, parent = [], {}
    for k, b in enumerate(bl):
        while stack and not (bl[stack[-1]]["order"] < b["order"] <= bl[stack[-1]]["end"]):
            stack.pop()
        parent[k] = stack[-1] if stack else None
        stack.append(k)
    bags = [quality.words(b["text"]) for b in bl]
    own = [collections.Counter(c) for c in bags]
    for k in range(len(bl)):
        if parent[k] is not None:
            own[parent[k]].subtract(bags[k])
    root = next((b for b in bl if b["reason"].startswith(("content-root", "list-fallback"))), None)
    gbag = quality.words(gold)
    pbag = quality.words(text)
    units = []
    for k, b in enumerate(bl):
        o = +own[k]
        n = sum(o.values())
        if n == 0:
            continue
        # The words the block adds to (a DROP) or takes from (a KEEP) the
        # overlap of lede's text with the gold: a DROP's words already in
        # lede's text (a repeat) add nothing.
        if b["kept"]:
            in_gold = sum(min(c, max(0, gbag.get(w, 0) - max(0, pbag.get(w, 0) - c))) for w, c in o.items())
        else:
            in_gold = sum(min(c, max(0, gbag.get(w, 0) - pbag.get(w, 0))) for w, c in o.items())
        m = NOTE_RE.search(b["reason"])
        tl, links, value, subtree = (int(m.group(1)), int(m.group(2)), float(m.group(3)), float(m.group(4))) \
            if m else (0, 0, 0.0, 0.0)
        toks = quality.TOKEN_RE.findall(b["text"])
        nums = sum(1 for t in toks if NUMBER_RE.match(t))
        x = {
            "kept": 1.0 if b["kept"] else 0.0,
            "reason:" + reason_kind(b["reason"]): 1.0,
            "words": math.log1p(n),
            "link_share": links / tl if tl > 0 else 0.0,
            "value": value,
            "subtree": subtree,
            "number_share": nums / max(1, len(toks)),
            "currency": 1.0 if any(ch in CURRENCY for ch in b["text"]) else 0.0,
            "tag:" + ("heading" if re.match(r"^h[1-6]$", b["tag"]) else TAG_KINDS.get(b["tag"], "other")): 1.0,
            "type:" + ptype: 1.0,
        }
        if root:
            x["in_root"] = 1.0 if root["order"] <= b["order"] <= root["end"] else 0.0
            x["after_root"] = 1.0 if b["order"] > root["end"] else 0.0
            x["depth_from_root"] = b["depth"] - root["depth"]
        if b["h1"]:
            x["after_h1"] = 1.0 if b["order"] > b["h1"] else 0.0
        for name, bit in HINTS.items():
            if b["hints"] >> bit & 1:
                x["hint:" + name] = 1.0
            if b["outer_hints"] >> bit & 1:
                x["outer:" + name] = 1.0
        units.append({"x": x, "n": n, "gold_share": in_gold / n, "own": o, "kept": b["kept"],
                      "kind": reason_kind(b["reason"]), "text": b["text"], "tag": b["tag"],
                      "cls": (b.get("class") or "") + " " + (b.get("id") or "")})
    return {"id": pid, "type": ptype, "text": text, "gold": gold, "units": units}


def kinds_table(pages, types):
    """The loss of `types` by decision and rule kind, per half (pages already
    marked by greedy_ceiling_f1). The content root's own words (RESIDUAL)
    have no rule and are left out."""
    halves = ("odd", "even")
    tot = {h: [0, 0.0, 0.0] for h in halves}
    loss_p = collections.defaultdict(lambda: dict.fromkeys(halves, 0.0))
    loss_r = collections.defaultdict(lambda: dict.fromkeys(halves, 0.0))
    gain = collections.defaultdict(lambda: dict.fromkeys(halves, 0.0))
    where = collections.defaultdict(list)
    for p in pages:
        if p["type"] not in types:
            continue
        h = "odd" if int(p["id"]) % 2 else "even"
        prec, rec, f1 = quality.word_prf(p["gold"], p["text"])
        tot[h][0] += 1
        tot[h][1] += 1 - prec
        tot[h][2] += 1 - rec
        npred = sum(quality.words(p["text"]).values()) or 1
        ngold = sum(quality.words(p["gold"]).values()) or 1
        seen = set()
        for u in p["units"]:
            if u["kind"] in RESIDUAL or u["oracle_keep"] == u["kept"]:
                continue
            k = ("KEEP " if u["kept"] else "DROP ") + u["kind"]
            seen.add(k)
            if u["kept"]:
                loss_p[k][h] += u["n"] / npred
            else:
                loss_r[k][h] += u["n"] * u["gold_share"] / ngold
        for k in seen:
            kept, kind = k.startswith("KEEP"), k.split(" ", 1)[1]
            d = rebuilt_f1(p, lambda u: u["kind"] == kind and u["kept"] == kept and u["oracle_keep"] != kept) - f1
            gain[k][h] += d
            where[k].append((d, p["id"]))
    for h in halves:
        print("%-4s %3d pages  sum(1-P) %.2f  sum(1-R) %.2f" % (h, tot[h][0], tot[h][1], tot[h][2]))
    print("%-30s %7s %7s %7s %7s %7s %7s  pages that gain most" % ("decision rule", "P odd", "P even", "R odd",
                                                                  "R even", "F+ odd", "F+ even"))
    for k in sorted(gain, key=lambda k: -(gain[k]["odd"] + gain[k]["even"])):
        top = " ".join("%s:%+.2f" % (i, d) for d, i in sorted(where[k], reverse=True)[:6])
        print("%-30s %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f  %s" % (k, loss_p[k]["odd"], loss_p[k]["even"], loss_r[k]["odd"],
                                                                loss_r[k]["even"], gain[k]["odd"], gain[k]["even"], top))


# ---------------------------------------------------------------- the tree
def fit_tree(rows, features, depth, min_leaf):
    """rows: (x, y, w). Word-weighted Gini CART; returns nested dicts."""
    def node(rows, d):
        wp = sum(w for _, y, w in rows if y)
        wt = sum(w for _, _, w in rows)
        leaf = {"p": wp / wt if wt else 0.0, "w": wt, "count": len(rows)}
        if d == 0 or len(rows) < 2 * min_leaf:
            return leaf
        best = None
        base = wt - (wp * wp + (wt - wp) ** 2) / wt if wt else 0
        for f in features:
            vals = sorted(((r[0].get(f, 0.0), r[1], r[2]) for r in rows), key=lambda t: t[0])
            lp = lw = 0.0
            lc = 0
            for k in range(len(vals) - 1):
                v, y, w = vals[k]
                lw += w
                lp += w if y else 0
                lc += 1
                if vals[k + 1][0] == v or lc < min_leaf or len(vals) - lc < min_leaf:
                    continue
                rw, rp = wt - lw, wp - lp
                imp = (lw - (lp * lp + (lw - lp) ** 2) / lw) + (rw - (rp * rp + (rw - rp) ** 2) / rw)
                if best is None or imp < best[0]:
                    best = (imp, f, (v + vals[k + 1][0]) / 2)
        if best is None or best[0] >= base - 1e-9:
            return leaf
        _, f, t = best
        left = [r for r in rows if r[0].get(f, 0.0) <= t]
        right = [r for r in rows if r[0].get(f, 0.0) > t]
        leaf.update(f=f, t=t, left=node(left, d - 1), right=node(right, d - 1))
        return leaf
    return node(rows, depth)


def leaf_of(tree, x):
    while "f" in tree:
        tree = tree["left"] if x.get(tree["f"], 0.0) <= tree["t"] else tree["right"]
    return tree


def print_tree(tree, indent="  "):
    if "f" not in tree:
        print("%sleaf: gold share %.2f of %d words (%d blocks)" % (indent, tree["p"], tree["w"], tree["count"]))
        return
    print("%s%s <= %.3f" % (indent, tree["f"], tree["t"]))
    print_tree(tree["left"], indent + "  ")
    print("%s%s > %.3f" % (indent, tree["f"], tree["t"]))
    print_tree(tree["right"], indent + "  ")


# ---------------------------------------------------------------- scoring
def rebuilt_f1(page, flip):
    bag = quality.words(page["text"])
    for u in page["units"]:
        if flip(u):
            if u["kept"]:
                bag.subtract(u["own"])
            else:
                bag.update(u["own"])
    bag = +bag
    pred = " ".join(w for w, c in bag.items() for _ in range(c))
    return quality.word_f1(page["gold"], pred)


def greedy_ceiling_f1(page, mark=False):
    """Flips, largest block first, each block whose flip raises the page's
    F1 given the flips before it (the marginal shares of two copies of one
    gold sentence each say "not needed"; this does not)."""
    gold = quality.words(page["gold"])
    bag = quality.words(page["text"])
    ng, npred = sum(gold.values()), sum(bag.values())
    overlap = sum((gold & bag).values())

    def f1(o, n):
        return 2 * o / (ng + n) if ng + n else 1.0
    for u in sorted(page["units"], key=lambda u: -u["n"]):
        sign = -1 if u["kept"] else 1
        d = 0
        for w, c in u["own"].items():
            g, b = gold.get(w, 0), bag.get(w, 0)
            d += min(g, max(0, b + sign * c)) - min(g, b)
        flip = f1(overlap + d, npred + sign * u["n"]) > f1(overlap, npred) + 1e-12
        if mark:
            u["oracle_keep"] = u["kept"] != flip
        if flip:
            for w, c in u["own"].items():
                bag[w] = max(0, bag.get(w, 0) + sign * c)
            overlap += d
            npred = sum(bag.values())
    return f1(overlap, npred)


def by_type(pages, flip):
    out = collections.defaultdict(list)
    for p in pages:
        f = greedy_ceiling_f1(p) if flip is None else rebuilt_f1(p, flip)
        out[p["type"]].append(f)
        out["all"].append(f)
    return {t: sum(v) / len(v) for t, v in out.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lede", default=os.path.join(ROOT, "build", "lede"))
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--confidence", default="0.8",
                    help="flip where the leaf's oracle agrees this much (a comma list: one table each)")
    ap.add_argument("--min-leaf", type=int, default=200)
    ap.add_argument("--types", default="", help="fit on, and flip on, these page types only (default: all)")
    ap.add_argument("--cache", help="keep the pages' blocks in this pickle (reruns skip lede)")
    ap.add_argument("--census", action="store_true", help="print the per-kind census of product blocks")
    ap.add_argument("--kinds", default="", help="print the loss of these page types by rule kind, per half, and stop")
    a = ap.parse_args()
    if a.cache and os.path.exists(a.cache):
        pages = pickle.load(open(a.cache, "rb"))
    else:
        pages = load(a.lede)
        if a.cache:
            pickle.dump(pages, open(a.cache, "wb"))
    for p in pages:
        greedy_ceiling_f1(p, mark=True)
        for u in p["units"]:
            u["type"] = p["type"]
    halves = {"odd": [p for p in pages if int(p["id"]) % 2 == 1], "even": [p for p in pages if int(p["id"]) % 2 == 0]}
    fit_types = set(a.types.split(",")) if a.types else None
    if a.kinds:
        kinds_table(pages, set(a.kinds.split(",")))
        return

    if a.census:
        for t in ["product"]:
            agg = collections.defaultdict(lambda: [0, 0, 0.0])
            for p in pages:
                if p["type"] != t:
                    continue
                for u in p["units"]:
                    k = ("KEEP" if u["kept"] else "DROP", u["kind"])
                    agg[k][0] += 1
                    agg[k][1] += u["n"]
                    agg[k][2] += u["n"] * u["gold_share"]
            print("census of %s blocks: decision, rule kind, blocks, own words, share of them in gold" % t)
            for k, (c, n, g) in sorted(agg.items(), key=lambda kv: -kv[1][1]):
                if n >= 200:
                    print("  %-4s %-24s %6d %8d  %.2f" % (k[0], k[1], c, n, g / n))

    base = lambda u: False
    ceiling = None
    print("%-6s %-14s %8s %8s %8s %8s  flips" % ("scored", "type", "lede", "model", "delta", "ceiling"))
    for train, test in (("odd", "even"), ("even", "odd")):
        rows = [(u["x"], u["oracle_keep"], u["n"]) for p in halves[train] for u in p["units"]
                if (fit_types is None or p["type"] in fit_types) and u["kind"] not in RESIDUAL]
        features = sorted({f for x, _, _ in rows for f in x})
        tree = fit_tree(rows, features, a.depth, a.min_leaf)
        print("tree fitted on %s (%d blocks):" % (train, len(rows)))
        print_tree(tree)
        b, c = by_type(halves[test], base), by_type(halves[test], ceiling)
        for conf in [float(v) for v in a.confidence.split(",")]:
            flips = collections.Counter()

            def model(u):
                if u["kind"] in RESIDUAL or (fit_types is not None and u["type"] not in fit_types):
                    return False
                lf = leaf_of(tree, u["x"])
                keep = lf["p"] >= conf
                drop = lf["p"] <= 1 - conf
                return (keep and not u["kept"]) or (drop and u["kept"])

            for p in halves[test]:
                for u in p["units"]:
                    if model(u):
                        flips[p["type"]] += 1
                        flips["all"] += 1
            m = by_type(halves[test], model)
            print("confidence %.2f" % conf)
            for t in TYPES + ["all"]:
                print("%-6s %-14s %8.4f %8.4f %+8.4f %8.4f  %d" % (test, t, b[t], m[t], m[t] - b[t], c[t], flips[t]))


if __name__ == "__main__":
    main()
