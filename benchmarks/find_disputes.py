"""Tracking a claim (`find`) on the labelled dispute pairs: is the other side returned as contradicting it?

    python3 benchmarks/find_disputes.py [-v]

For every pair of tests/data/real_disputes, real_disputes2 and real_disputes3 labelled ``denies`` or
``contradicts`` (a dispute of the claim itself), or ``none`` (a look-alike: another event, a denial of something
else, an agreement ...), the first side's statement is the claim a reader tracks, and :func:`claimtrack.find` runs
over the pair's articles.  The pair counts as *marked* when a hit that covers the second side's statement comes
back with the relation ``contradicts``.  Printed by half (``dev`` pairs were read to build rules, ``held-out``
never): disputes marked (recall), look-alikes marked, and the precision of the marks, next to the naive baseline
on the same pairs (the second side holds half the claim's words, and their digits or negators differ).
Updates and disagreements of figures are left out: they are two reports of one event, not one claim denied.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claimtrack  # noqa: E402
from claimtrack.claims import claim_key  # noqa: E402
from claimtrack.contradiction.scoring import baseline_dispute, load_dispute_pairs  # noqa: E402
from claimtrack.reader import read_article  # noqa: E402

SETS = ("real_disputes", "real_disputes2", "real_disputes3")
LABELS = ("denies", "contradicts", "none")


def marked_by_find(pair, root: Path) -> str:
    """The relation of the first hit of ``find(a's statement)`` that covers b's statement, or "missed"."""
    articles = [read_article(root / "articles" / f"{i}.txt") for i in sorted({pair.a["article"], pair.b["article"]})]
    corpus = claimtrack.Corpus(articles)
    other = next(a for a in articles if a.id == pair.b["article"])
    start = other.text.find(pair.b["text"])
    end = start + len(pair.b["text"])
    by_id = {a.id: a for a in corpus.attributions}
    for m in claimtrack.find(pair.a["text"], corpus, limit=50):
        if m.article != other.id:
            continue
        if m.attribution is not None:
            a = by_id[m.attribution]
            covers = a.cue.span.start < end and a.content.span.end > start
        else:
            at = other.text.find(m.text)
            covers = at < end and at + len(m.text) > start
        if covers:
            return m.relation
    return "missed"


def baseline(a: str, b: str) -> bool:
    """Half the claim's words in the other side, and their digits or negators differ."""
    words, other = set(claim_key(a).ordered), set(claim_key(b).ordered)
    return bool(words) and 2 * len(words & other) >= len(words) and baseline_dispute(a, b)


def main(verbose: bool = False) -> None:
    ours: collections.Counter = collections.Counter()
    naive: collections.Counter = collections.Counter()
    for name in SETS:
        root = ROOT / "tests" / "data" / name
        for pair in load_dispute_pairs(root):
            if pair.label not in LABELS:
                continue
            kind = "dispute" if pair.label != "none" else "look-alike"
            relation = marked_by_find(pair, root)
            ours[(pair.half, kind, relation == "contradicts")] += 1
            naive[(pair.half, kind, baseline(pair.a["text"], pair.b["text"]))] += 1
            if verbose:
                print(f"{pair.id}\t{pair.label}\t{pair.half}\t{relation}")
    for half in ("dev", "held-out"):
        for label, counts in (("claimtrack find", ours), ("baseline", naive)):
            hit, missed = counts[(half, "dispute", True)], counts[(half, "dispute", False)]
            false, kept = counts[(half, "look-alike", True)], counts[(half, "look-alike", False)]
            precision = hit / (hit + false) if hit + false else 0.0
            print(f"{half:9} {label:16} disputes marked {hit:3} of {hit + missed:3} (recall {hit / max(1, hit + missed):.3f})"
                  f"   look-alikes marked {false:3} of {false + kept:3}   precision {precision:.3f}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
