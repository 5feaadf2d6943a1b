"""Regenerate ``claimtrack/data/stance_words.tsv`` and ``stance_model.tsv`` from the ANS training split.

    python3 benchmarks/train_stance.py [--train ../shared/corpora/ans/train.csv] [--dev ../shared/corpora/ans/dev.csv]

ANS (Khouja 2020, FEVER workshop; Apache-2.0) pairs a real Arabic headline ``s1`` with a paraphrase (agree), a
manipulated version (disagree) or an unrelated headline (other).  Pure Python, no dependency beyond claimtrack:

1. every pair is related once with :func:`claimtrack.relate`;
2. **word evidence**: for the light stems only the second headline has ("added") and only the first has
   ("dropped"), the smoothed log-odds of a disagreeing rewrite against a paraphrase, over stems seen in at
   least ``--min-count`` agree/disagree pairs; for the training features these are computed out of fold
   (five folds), so the model does not learn from words that have seen their own label;
3. **the model**: a multinomial logistic regression on :func:`claimtrack.stance.stance_features`
   (standardized), full-batch gradient descent with L2, classes weighted by the square root of their inverse
   frequency (``other`` is rare); the offset of the "other" logit is then chosen by five-fold
   cross-validation on the training split.

The dev split is only scored, never trained on.  Not part of the test suite (the corpus is not shipped).
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "ans"
DATA = ROOT / "claimtrack" / "data"


def _pairs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def word_weights(rows, keys, min_count: int, alpha: float = 2.0) -> dict[tuple[str, str], float]:
    """(side, stem) -> log-odds of disagree against agree when a rewrite adds or drops the stem."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    n: Counter = Counter()
    for r in rows:
        if r["stance"] == "other":
            continue
        a, b = keys[id(r)]
        n[r["stance"]] += 1
        for side, only in (("added", b - a), ("dropped", a - b)):
            for s in only:
                counts[(side, s)][r["stance"]] += 1
    prior = n["disagree"] / (n["agree"] + n["disagree"])
    out = {}
    for key, c in counts.items():
        if c["agree"] + c["disagree"] < min_count:
            continue
        odds = (c["disagree"] + alpha * prior) / (c["agree"] + alpha * (1 - prior))
        out[key] = math.log(odds) - math.log(prior / (1 - prior))
    return out


def train(X: list[dict], y: list[str], labels: tuple[str, ...], epochs: int, rate: float, l2: float):
    """Multinomial logistic regression on standardized features: name -> (mean, scale, weights per label)."""
    names = sorted({k for x in X for k in x})
    mean = {k: sum(x.get(k, 0.0) for x in X) / len(X) for k in names}
    scale = {k: (sum((x.get(k, 0.0) - mean[k]) ** 2 for x in X) / len(X)) ** 0.5 or 1.0 for k in names}
    Z = [[(x.get(k, 0.0) - mean[k]) / scale[k] for k in names] + [1.0] for x in X]
    freq = Counter(y)
    weight = {c: (len(y) / (len(labels) * freq[c])) ** 0.5 for c in labels}
    W = [[0.0] * (len(names) + 1) for _ in labels]
    for _ in range(epochs):
        G = [[0.0] * (len(names) + 1) for _ in labels]
        for z, t in zip(Z, y):
            s = [sum(w * v for w, v in zip(Wl, z)) for Wl in W]
            top = max(s)
            e = [math.exp(v - top) for v in s]
            total = sum(e)
            for i, c in enumerate(labels):
                g = (e[i] / total - (c == t)) * weight[t]
                Gi = G[i]
                for j, v in enumerate(z):
                    Gi[j] += g * v
        W = [[w - rate * (g / len(Z) + l2 * w) for w, g in zip(Wl, Gl)] for Wl, Gl in zip(W, G)]
    model = {k: (mean[k], scale[k], tuple(W[i][j] for i in range(len(labels)))) for j, k in enumerate(names)}
    model["bias"] = (0.0, 1.0, tuple(W[i][len(names)] for i in range(len(labels))))
    return model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, default=CORPUS / "train.csv")
    parser.add_argument("--dev", type=Path, default=CORPUS / "dev.csv")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from claimtrack import relate
    from claimtrack.claims import claim_key
    from claimtrack.evaluate import StanceScore, evaluate_stance
    from claimtrack.stance import STANCES, StanceModel, stance, stance_features

    rows = _pairs(args.train)
    keys = {id(r): (set(claim_key(r["s1"]).stems), set(claim_key(r["s2"]).stems)) for r in rows}
    relations = {id(r): relate(r["s1"], r["s2"]) for r in rows}
    order = list(range(len(rows)))
    random.Random(0).shuffle(order)
    folds = [set(order[k::5]) for k in range(5)]
    X: list[dict] = [{} for _ in rows]
    for held in folds:
        table = word_weights([r for i, r in enumerate(rows) if i not in held], keys, args.min_count)
        for i in held:
            r = rows[i]
            X[i] = stance_features(r["s1"], r["s2"], relations[id(r)], table)
    table = word_weights(rows, keys, args.min_count)
    y = [r["stance"] for r in rows]
    model = train(X, y, STANCES, args.epochs, rate=0.5, l2=1e-3)
    # The class weights favour "other" (63 of 2,652 pairs); how much is settled by five-fold cross-validation
    # on the training split: the offset of the "other" logit with the best macro-F1 is folded into the bias.
    held_out: list = [None] * len(rows)
    for held in folds:
        kept = [i for i in range(len(rows)) if i not in held]
        fold_model = StanceModel({}, train([X[i] for i in kept], [y[i] for i in kept], STANCES, args.epochs, 0.5, 1e-3))
        for i in held:
            held_out[i] = fold_model.probabilities(X[i])

    def cv_score(offset: float) -> float:
        def label(i: int) -> str:
            if relations[id(rows[i])].kind == "contradicts":
                return "disagree"
            p = dict(held_out[i], other=held_out[i]["other"] * math.exp(offset))
            return max(STANCES, key=lambda k: p[k])
        return StanceScore(tuple(Counter((y[i], label(i)) for i in range(len(rows))).items())).macro_f1

    offsets = [x / 4 for x in range(-8, 5)]
    scores = {o: cv_score(o) for o in offsets}
    best = max(offsets, key=lambda o: (round(scores[o], 4), -abs(o)))
    print("cross-validated macro-F1 by offset of 'other':", {o: round(v, 3) for o, v in scores.items()}, "->", best)
    mean, scale, bias = model["bias"]
    model["bias"] = (mean, scale, tuple(w + (best if c == "other" else 0.0) for c, w in zip(STANCES, bias)))

    words = args.out / "stance_words.tsv"
    with words.open("w", encoding="utf-8") as f:
        f.write("# claimtrack stance evidence of words, written by benchmarks/train_stance.py from the ANS training split\n"
                "# (Khouja 2020, Apache-2.0). Columns: stem (light stem, as claim_key makes it), side (added: only the\n"
                "# second headline has it; dropped: only the first), weight (smoothed log-odds of a disagreeing rewrite\n"
                f"# against a paraphrase, > 0 for disagreement; stems seen in at least {args.min_count} pairs). Sorted by stem.\n")
        for (side, s), w in sorted(table.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            f.write(f"{s}\t{side}\t{w:.3f}\n")
    with (args.out / "stance_model.tsv").open("w", encoding="utf-8") as f:
        f.write("# claimtrack stance model, written by benchmarks/train_stance.py: multinomial logistic regression over\n"
                "# claimtrack.stance.stance_features. Columns: feature, mean, scale (standardization; bias: 0 and 1),\n"
                "# weight for agree, disagree, other. Sorted by feature.\n")
        for name in sorted(model):
            mean, scale, weights = model[name]
            f.write("\t".join([name, f"{mean:.6g}", f"{scale:.6g}"] + [f"{w:.4f}" for w in weights]) + "\n")
    trained = StanceModel(table, model)
    for name, path in (("train", args.train), ("dev", args.dev)):
        if path.exists():
            score = evaluate_stance(_pairs(path), lambda a, b: stance(a, b, model=trained).label)
            print(name, score.summary(), score.as_dict()["confusion"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
