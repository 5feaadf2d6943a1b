"""Regenerate ``claimtrack/data/track_model.tsv``: which search results report a claim, from UnifiedFC.

    python3 benchmarks/train_track.py [--claims ../shared/corpora/unifiedfc-dev/claims.jsonl.gz] [--tune 100]

UnifiedFC (Baly et al. 2018) gives, for each real Arabic claim, the articles a search engine returned and
whether each agrees with it, discusses it or is unrelated.  An article reports the claim (agree or discuss)
by a logistic model over :func:`claimtrack.matching.track.article_features` (what ``track`` computes from
the article's sentences: shares of the claim's rarity weight named by its best passage, best sentence and
title, the count of sentences that retell it, the best hit's score, the lengths).  Pure Python, no dependency beyond claimtrack:

1. the model, a logistic regression whose evidence weights are kept non-negative (:func:`train`), is trained
   on the first ``--tune`` claims only;
2. the threshold on its probability is the one with the best related-article F1 in five-fold
   cross-validation over those claims (folds by claim), folded into the intercept;
3. precision and recall are then reported on the tuning claims, on the claims kept apart and on all,
   next to the naive baseline (half the claim's words in the article) in the same run.

``claimtrack eval --track`` scores the shipped model the same way and counts agreeing articles marked
contradicting.  Not part of the test suite (the corpus is not shipped).  ``--cache FILE`` keeps what
``track`` reads of each claim's articles (extraction is most of the run) for the next run.
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "unifiedfc-dev" / "claims.jsonl.gz"
DATA = ROOT / "claimtrack" / "data"
# the features whose weight may be negative: how long the passage and the article are
FREE = {"length", "words"}


def _evidence(claims: list[dict], cache: "Path | None") -> list:
    """Each claim's (term weights, evidence of its articles or None where extraction failed), read from and
    written to ``cache`` (plain values, so a changed class does not void it)."""
    from claimtrack.matching.track import Evidence, claim_corpus, claim_evidence

    done: dict = {}
    if cache is not None and cache.exists():
        done = pickle.loads(cache.read_bytes())
    for n, c in enumerate(claims):
        if c["id"] in done:
            continue
        try:
            wanted, evidence, _ = claim_evidence(c["claim"], claim_corpus(c))
            done[c["id"]] = (wanted, [attrs.asdict(e, recurse=False) for e in evidence])
        except RecursionError:  # as evaluate_track: every article said unrelated
            done[c["id"]] = ({}, None)
        if cache is not None and n % 20 == 19:
            cache.write_bytes(pickle.dumps(done))
            print(f"{n + 1} claims read", file=sys.stderr)
    if cache is not None:
        cache.write_bytes(pickle.dumps(done))
    return [(done[c["id"]][0], None if done[c["id"]][1] is None else [Evidence(**e) for e in done[c["id"]][1]])
            for c in claims]


def train(X: list[dict], y: list[bool], epochs: int, rate: float = 0.5, l2: float = 1e-3) -> dict:
    """Logistic regression on standardized features (full-batch gradient descent with L2): name -> (mean, scale,
    weight).  The weight of a share of the claim named, or of the best hit's score, is kept at zero or above
    (projected gradient): more of the claim named never makes an article less likely to report it, whatever
    the noise of the tuning claims says; only the lengths (``FREE``) may weigh either way."""
    names = sorted({k for x in X for k in x})
    mean = {k: sum(x.get(k, 0.0) for x in X) / len(X) for k in names}
    scale = {k: (sum((x.get(k, 0.0) - mean[k]) ** 2 for x in X) / len(X)) ** 0.5 or 1.0 for k in names}
    Z = [[(x.get(k, 0.0) - mean[k]) / scale[k] for k in names] + [1.0] for x in X]
    free = [k in FREE for k in names] + [True]
    w = [0.0] * (len(names) + 1)
    for _ in range(epochs):
        g = [0.0] * len(w)
        for z, t in zip(Z, y):
            err = 1.0 / (1.0 + math.exp(-sum(a * b for a, b in zip(w, z)))) - t
            for j, v in enumerate(z):
                g[j] += err * v
        w = [a - rate * (b / len(Z) + l2 * a) for a, b in zip(w, g)]
        w = [a if f else max(0.0, a) for a, f in zip(w, free)]
    model = {k: (mean[k], scale[k], w[j]) for j, k in enumerate(names)}
    model["bias"] = (0.0, 1.0, w[-1])
    return model


def _f1(cf: Counter) -> tuple[float, float, float]:
    tp = cf[(True, True)]
    p = tp / max(1, tp + cf[(False, True)])
    r = tp / max(1, tp + cf[(True, False)])
    return p, r, 2 * p * r / max(1e-9, p + r)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=Path, default=CORPUS)
    parser.add_argument("--tune", type=int, default=100, help="train and tune on the first N claims only")
    parser.add_argument("--epochs", type=int, default=400)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from claimtrack.matching.track import TrackModel, article_features, baseline_related, load_track_claims

    claims = load_track_claims(args.claims)
    evidence = _evidence(claims, args.cache)
    rows = []  # (claim index, features or None, gold related, baseline related)
    for k, (c, (wanted, evs)) in enumerate(zip(claims, evidence)):
        for i, (stance, text) in enumerate(zip(c["stance"], c["article"])):
            x = article_features(wanted, evs[i]) if evs is not None else None
            rows.append((k, x, stance != "unrelated", baseline_related(c["claim"], text)))
    tuning = [r for r in rows if r[0] < args.tune and r[1] is not None]

    def fit(part: list) -> TrackModel:
        return TrackModel(train([r[1] for r in part], [r[2] for r in part], args.epochs))

    # the threshold: five folds by claim over the tuning claims, each scored by a model trained on the others
    order = list(range(args.tune))
    random.Random(0).shuffle(order)
    folds = [set(order[j::5]) for j in range(5)]
    held_out = []
    for held in folds:
        model = fit([r for r in tuning if r[0] not in held])
        held_out += [(model.probability(r[1]), r[2]) for r in tuning if r[0] in held]

    def cv(t: float) -> float:
        return _f1(Counter((g, p >= t) for p, g in held_out))[2]

    thresholds = [j / 40 for j in range(4, 37)]
    best = max(thresholds, key=lambda t: (round(cv(t), 4), -abs(t - 0.5)))
    print("cross-validated F1 by threshold:", {t: round(cv(t), 3) for t in thresholds[::2]}, "->", best)
    model = fit(tuning)
    mean, scale, bias = model.features["bias"]
    features = dict(model.features, bias=(mean, scale, bias - math.log(best / (1 - best))))
    with (args.out / "track_model.tsv").open("w", encoding="utf-8") as f:
        f.write("# claimtrack track model, written by benchmarks/train_track.py from the first "
                f"{args.tune} UnifiedFC claims: logistic\n# regression over claimtrack.matching.track.article_features; "
                "an article reports the claim when the probability is\n# at least one half (the threshold "
                f"{best:.3f} chosen by cross-validation is folded into the bias). Columns: feature, mean, scale\n"
                "# (standardization; bias: 0 and 1), weight. Sorted by feature.\n")
        for name in sorted(features):
            mean, scale, weight = features[name]
            f.write(f"{name}\t{mean:.6g}\t{scale:.6g}\t{weight:.4f}\n")
    shipped = TrackModel(features)
    for name, keep in ((f"tuning (claims 0-{args.tune - 1})", lambda k: k < args.tune),
                       (f"held out (claims {args.tune}-{len(claims) - 1})", lambda k: k >= args.tune),
                       (f"all {len(claims)}", lambda k: True)):
        part = [r for r in rows if keep(r[0])]
        said = Counter((r[2], r[1] is not None and shipped.probability(r[1]) >= 0.5) for r in part)
        base = Counter((r[2], r[3]) for r in part)
        (p, rc, f), (bp, br, bf) = _f1(said), _f1(base)
        print(f"{name:<28} related P {p:.3f} R {rc:.3f} F1 {f:.3f}   baseline P {bp:.3f} R {br:.3f} F1 {bf:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
