#!/usr/bin/env python3
"""A regularized logistic model over lede's blocks on WCXB product pages,
with text-cue and class-name features the stop-41 tree never had, fitted on
one half of the page ids and scored on the other.

  python3 bench/block_logit.py [--cache FILE] [--types product] [--l2 0.01]
                               [--margin 0.3,0.4] [--side both|keep|drop]
                               [--single] [--rules]

Reads the pages' blocks the way bench/block_census.py does (same --cache
pickle; its units carry each block's text, tag and class/id). Per block:
the census's structural features plus
- text cues (e-commerce knowledge, no site strings): a price token, call to
  action words ("add to cart", "in stock", "free shipping", "qty"...),
  rating and review-count patterns, share of digits, words per line,
  sentence-likeness (share of lines ending in . ! ?, function-word share),
  short imperative lines;
- class/id cues: review widgets (Yotpo, Judge.me, Okendo, Bazaarvoice,
  Trustpilot, Stamped, Loox, Reviews.io, PowerReviews), repeated-card
  shelves (recommend, related, also-like, recently-viewed, upsell,
  cross-sell, carousel, swiper, slider), buy box words (price, cart,
  variant, swatch, quantity, add-to).
The label is the census oracle's decision; the fit is word-weighted L2
logistic regression by gradient descent (plain Python, features scaled
by their spread). A block is flipped on the held-out half when the model's
probability of "keep" is below 0.5 - margin for a KEEP, or above 0.5 +
margin for a DROP. Prints weights, then per type the held-out change.
--single also scores each one-feature rule "flip a KEEP (DROP) whose
feature is set" on both halves (pages of WCXB's type); --rules scores the
candidate rules of RULES on the pages lede itself types as product, with
the change of every type's F1. Findings: docs/benchmarks.md, "Product
(stop 42)".
"""
import argparse
import collections
import math
import os
import pickle
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import block_census as bc  # noqa: E402
import quality  # noqa: E402

PRICE_RE = re.compile(r"(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:€|\$|£|usd|eur|gbp|aud|cad)\b)", re.I)
CTA_RE = re.compile(r"\b(?:add to (?:cart|bag|basket|wish ?list)|buy now|in stock|out of stock|sold out|"
                    r"free (?:shipping|delivery|returns)|ships? (?:in|within|free|from)|shipping|delivery|"
                    r"qty|quantity|checkout|notify me|pre-?order|pick ?up|returns?)\b", re.I)
RATING_RE = re.compile(r"(?:\b\d(?:\.\d)? out of 5\b|\b\d[\d,]* (?:reviews?|ratings?|stars?)\b|"
                       r"\bstars?\b|\bwrite a review\b|\bverified (?:buyer|purchase)\b|\bhelpful\b)", re.I)
FUNCTION = set("the a an and or of to in on for with is are was were be been it this that these those as at by "
               "from you your our we they their its not but if can will has have had so than then which who "
               "what when where how all more most also into about".split())
IMPERATIVE = set("add buy shop get see view select choose click learn discover explore order sign join "
                 "subscribe save try find write read show".split())
CLASS_CUES = {
    "review_widget": re.compile(r"yotpo|jdgm|judge-?me|okendo|oke-|bazaarvoice|\bbv-|bv_|trustpilot|"
                                r"stamped|loox|reviews-?io|ruk_|powerreviews|\bpr-|spr-|feefo|trustspot", re.I),
    "review_class": re.compile(r"review|rating|testimonial", re.I),
    "shelf_class": re.compile(r"recommend|related|also|recent|upsell|up-sell|cross-?sell|carousel|swiper|"
                              r"slider|slick|shelf|similar", re.I),
    "buybox_class": re.compile(r"price|cart|variant|swatch|quantity|qty|add-?to|buy|option|size|color|colour",
                               re.I),
    "desc_class": re.compile(r"descr|detail|overview|feature|spec|info|about", re.I),
    "tab_class": re.compile(r"tab|accordion|collaps", re.I),
}


def text_features(u):
    t = u.get("text") or ""
    lines = [l.strip() for l in t.split("\n") if l.strip()]
    toks = quality.TOKEN_RE.findall(t)
    low = [w.lower() for w in toks]
    n = max(1, len(toks))
    x = {}
    x["price"] = 1.0 if PRICE_RE.search(t) else 0.0
    x["cta"] = min(3, len(CTA_RE.findall(t))) / 3.0
    x["rating"] = min(3, len(RATING_RE.findall(t))) / 3.0
    x["digit_share"] = sum(ch.isdigit() for ch in t) / max(1, len(t))
    x["words_per_line"] = math.log1p(len(toks) / max(1, len(lines)))
    x["sentence_lines"] = sum(1 for l in lines if l[-1] in ".!?") / max(1, len(lines))
    x["function_share"] = sum(1 for w in low if w in FUNCTION) / n
    x["imperative_short"] = 1.0 if lines and len(toks) <= 6 and low and low[0] in IMPERATIVE else 0.0
    x["one_line_short"] = 1.0 if len(lines) <= 1 and len(toks) <= 4 else 0.0
    cls = u.get("cls") or ""
    for name, rx in CLASS_CUES.items():
        if rx.search(cls):
            x["cls:" + name] = 1.0
    return x


def features(u):
    x = dict(u["x"])
    x.update(text_features(u))
    return x


def fit_logit(rows, names, l2, iters=200, lr=0.05):
    """rows: (x dict, y bool, weight). Features scaled by their (word-weighted)
    spread, not centred (kept sparse); word-weighted mean log loss plus
    l2/2 |beta|^2; Adam steps."""
    idx = {f: k for k, f in enumerate(names)}
    W = sum(w for _, _, w in rows)
    mean = [0.0] * len(names)
    sq = [0.0] * len(names)
    for x, _, w in rows:
        for f, v in x.items():
            if f in idx:
                mean[idx[f]] += w * v / W
                sq[idx[f]] += w * v * v / W
    sd = [math.sqrt(max(1e-6, sq[k] - mean[k] ** 2)) for k in range(len(names))]
    data = [([(idx[f], v / sd[idx[f]]) for f, v in x.items() if f in idx and v], 1.0 if y else 0.0, w / W)
            for x, y, w in rows]
    K = len(names) + 1  # the last is the intercept
    beta = [0.0] * K
    m = [0.0] * K
    v2 = [0.0] * K
    for it in range(1, iters + 1):
        g = [0.0] * K
        for z, y, w in data:
            s = beta[-1]
            for k, v in z:
                s += beta[k] * v
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, s))))
            e = w * (p - y)
            g[-1] += e
            for k, v in z:
                g[k] += e * v
        for k in range(K - 1):
            g[k] += l2 * beta[k]
        for k in range(K):
            m[k] = 0.9 * m[k] + 0.1 * g[k]
            v2[k] = 0.999 * v2[k] + 0.001 * g[k] * g[k]
            beta[k] -= lr * (m[k] / (1 - 0.9 ** it)) / (math.sqrt(v2[k] / (1 - 0.999 ** it)) + 1e-8)

    def predict(x):
        s = beta[-1]
        for f, v in x.items():
            k = idx.get(f)
            if k is not None:
                s += beta[k] * v / sd[k]
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, s))))
    return predict, dict(zip(names, beta))


FOOTNOTE_RE = re.compile(r"^\s*(?:\*{1,3}|[†‡§¶Δ◊]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S")
FINE_PRINT_CLASS_RE = re.compile(r"disclaim|footnote|fine-?print|legal", re.I)


def scored(u):
    return u["kind"] == "scores" and u["kept"]


# Candidate rules: flip these KEEP blocks to DROP on pages lede types as product.
RULES = [
    ("price, own words <= 8", lambda u: scored(u) and u["f"].get("price") == 1.0 and u["n"] <= 8),
    ("price, own words <= 16", lambda u: scored(u) and u["f"].get("price") == 1.0 and u["n"] <= 16),
    ("price, own words <= 30", lambda u: scored(u) and u["f"].get("price") == 1.0 and u["n"] <= 30),
    ("price, any size", lambda u: scored(u) and u["f"].get("price") == 1.0),
    ("price and call to action", lambda u: scored(u) and u["f"].get("price") == 1.0 and u["f"].get("cta", 0) > 0),
    ("call to action, own words <= 16", lambda u: scored(u) and u["f"].get("cta", 0) > 0 and u["n"] <= 16),
    ("rating or review count", lambda u: scored(u) and u["f"].get("rating", 0) > 0),
    ("all words in links", lambda u: scored(u) and u["f"].get("link_share", 0) >= 0.999),
    ("review/rating/testimonial class", lambda u: scored(u) and u["f"].get("cls:review_class")),
    ("review widget class", lambda u: scored(u) and u["f"].get("cls:review_widget")),
    ("shelf class", lambda u: scored(u) and u["f"].get("cls:shelf_class")),
    ("disclaimer/footnote/legal class", lambda u: scored(u) and FINE_PRINT_CLASS_RE.search(u.get("cls") or "")),
    ("opens with a footnote mark", lambda u: scored(u) and FOOTNOTE_RE.match(u.get("text") or "")),
]


def score_rules(halves):
    """Each rule on the pages lede types as product (its `page_type`), per
    half: flips, and the change of each WCXB type's mean F1."""
    for name, rule in RULES:
        print(name)
        for h in ("odd", "even"):
            delta = collections.defaultdict(float)
            count = collections.Counter(p["type"] for p in halves[h])
            flips = 0
            for p in halves[h]:
                if p.get("lede_type") != "product":
                    continue
                n = sum(1 for u in p["units"] if rule(u))
                if not n:
                    continue
                flips += n
                delta[p["type"]] += bc.rebuilt_f1(p, rule) - bc.rebuilt_f1(p, lambda u: False)
            print("  %-4s flips %4d  %s" % (h, flips, " ".join(
                "%s %+.4f" % (t, d / count[t]) for t, d in sorted(delta.items()) if abs(d) > 1e-9)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lede", default=os.path.join(bc.ROOT, "build", "lede"))
    ap.add_argument("--cache", help="the census pickle (made by this or block_census.py)")
    ap.add_argument("--types", default="product")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--margin", default="0.3,0.4")
    ap.add_argument("--single", action="store_true")
    ap.add_argument("--rules", action="store_true", help="score the candidate rules (RULES) on both halves")
    ap.add_argument("--side", default="both", choices=["both", "keep", "drop"],
                    help="fit and flip only lede's KEEP (or DROP) blocks")
    a = ap.parse_args()
    if a.cache and os.path.exists(a.cache):
        pages = pickle.load(open(a.cache, "rb"))
    else:
        pages = bc.load(a.lede)
        if a.cache:
            pickle.dump(pages, open(a.cache, "wb"))
    types = set(a.types.split(","))
    for p in pages:
        bc.greedy_ceiling_f1(p, mark=True)
        for u in p["units"]:
            u["type"] = p["type"]
            u["f"] = features(u)
    halves = {"odd": [p for p in pages if int(p["id"]) % 2 == 1],
              "even": [p for p in pages if int(p["id"]) % 2 == 0]}

    def flippable(u):
        if a.side != "both" and u["kept"] != (a.side == "keep"):
            return False
        return u["kind"] not in bc.RESIDUAL and u["type"] in types

    if a.rules:
        score_rules(halves)
        return

    if a.single:
        names = sorted({f for p in pages for u in p["units"] if flippable(u) for f, v in u["f"].items()
                        if v == 1.0 and not f.startswith("type:")})
        base = {h: bc.by_type([p for p in halves[h] if p["type"] in types], lambda u: False) for h in halves}
        print("%-34s %-4s %6s %8s %8s %8s %8s" % ("feature", "flip", "blocks", "words", "oracle", "odd", "even"))
        for f in names:
            for kept in (True, False):
                rule = lambda u: flippable(u) and u["kept"] == kept and u["f"].get(f) == 1.0
                us = [u for p in pages for u in p["units"] if rule(u)]
                if len(us) < 10:
                    continue
                words = sum(u["n"] for u in us)
                agree = sum(u["n"] for u in us if u["oracle_keep"] != u["kept"]) / max(1, words)
                d = {h: bc.by_type([p for p in halves[h] if p["type"] in types], rule)["all"] - base[h]["all"]
                     for h in halves}
                print("%-34s %-4s %6d %8d %8.2f %+8.4f %+8.4f" % (f, "KEEP" if kept else "DROP", len(us), words,
                                                                  agree, d["odd"], d["even"]))
        return

    for train, test in (("odd", "even"), ("even", "odd")):
        rows = [(u["f"], u["oracle_keep"], u["n"]) for p in halves[train] for u in p["units"] if flippable(u)]
        names = sorted({f for x, _, _ in rows for f in x if not f.startswith("type:")})
        predict, beta = fit_logit(rows, names, a.l2, a.iters)
        print("fitted on %s (%d blocks); largest weights:" % (train, len(rows)))
        for f, b in sorted(beta.items(), key=lambda kv: -abs(kv[1]))[:18]:
            print("  %+.3f %s" % (b, f))
        for p in halves[test]:
            for u in p["units"]:
                u["p"] = predict(u["f"]) if flippable(u) else None
        b = bc.by_type(halves[test], lambda u: False)
        c = bc.by_type(halves[test], None)
        for margin in [float(v) for v in a.margin.split(",")]:
            def model(u):
                if u["p"] is None:
                    return False
                return (u["kept"] and u["p"] < 0.5 - margin) or (not u["kept"] and u["p"] > 0.5 + margin)
            flips = collections.Counter(p["type"] for p in halves[test] for u in p["units"] if model(u))
            m = bc.by_type(halves[test], model)
            print("margin %.2f" % margin)
            for t in sorted(types) + ["all"]:
                if t in b:
                    print("  %-5s %-12s lede %.4f model %.4f %+.4f ceiling %.4f flips %d" % (
                        test, t, b[t], m[t], m[t] - b[t], c[t], flips[t] if t != "all" else sum(flips.values())))


if __name__ == "__main__":
    main()
