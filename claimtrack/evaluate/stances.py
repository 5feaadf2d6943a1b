"""Scoring stance on headline pairs with a gold label (agree, disagree, other; the ANS corpus's CSV layout):
per-label precision, recall and F1, their macro average and the confusion matrix."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs

from ..errors import InputError, reading_file
from ..relate import relate
from ..stance import stance

__all__ = ["STANCE_LABELS", "StanceScore", "evaluate_stance", "load_stance_pairs", "relate_stance"]


STANCE_LABELS = ("agree", "disagree", "other")


@attrs.frozen
class StanceScore:
    """Stance predictions against gold labels: the confusion counts ``(gold, predicted) -> n``, per-label
    precision, recall and F1, and their macro average (every label counts the same, however rare)."""

    confusion: tuple[tuple[tuple[str, str], int], ...]

    def count(self, gold: str, predicted: str) -> int:
        return dict(self.confusion).get((gold, predicted), 0)

    def prf(self, label: str) -> tuple[float, float, float]:
        tp = self.count(label, label)
        found = sum(self.count(g, label) for g in STANCE_LABELS)
        wanted = sum(self.count(label, p) for p in STANCE_LABELS)
        p = tp / found if found else 0.0
        r = tp / wanted if wanted else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def macro_f1(self) -> float:
        return sum(self.prf(label)[2] for label in STANCE_LABELS) / len(STANCE_LABELS)

    def summary(self) -> str:
        """One line: macro-F1 and the F1 of each label."""
        return f"macro-F1 {self.macro_f1:.3f}  " + "  ".join(f"{k} {self.prf(k)[2]:.3f}" for k in STANCE_LABELS)

    def table(self) -> str:
        """The confusion matrix as text: a row per gold label, a column per predicted label."""
        lines = ["gold \\ predicted " + " ".join(f"{k:>9}" for k in STANCE_LABELS)]
        lines += [f"{g:<18}" + " ".join(f"{self.count(g, p):>9}" for p in STANCE_LABELS) for g in STANCE_LABELS]
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"macro_f1": round(self.macro_f1, 4),
                "labels": {k: dict(zip(("precision", "recall", "f1"), (round(v, 4) for v in self.prf(k))))
                           for k in STANCE_LABELS},
                "confusion": {g: {p: self.count(g, p) for p in STANCE_LABELS} for g in STANCE_LABELS}}


def load_stance_pairs(path: "str | Path") -> list[dict[str, str]]:
    """Headline pairs with a gold stance from a CSV file with the columns s1, s2 and stance (as the ANS
    corpus ships them); a missing column or an unknown stance raises :class:`InputError` naming the row."""
    p = Path(path)
    with reading_file(p, "CSV"), p.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"s1", "s2", "stance"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{p}: missing column(s) {sorted(missing)}; expected s1, s2 and stance")
        rows = list(reader)
    for number, row in enumerate(rows, start=2):
        if row["stance"] not in STANCE_LABELS:
            raise InputError(f"{p}, line {number}: stance {row['stance']!r} is not one of {list(STANCE_LABELS)}")
    return rows


def relate_stance(a: str, b: str) -> str:
    """The stance :func:`claimtrack.relate` alone gives: same -> agree, contradicts -> disagree, else other."""
    return {"same": "agree", "contradicts": "disagree"}.get(relate(a, b).kind, "other")


def evaluate_stance(rows: Iterable[dict[str, str]], predict: "Callable[[str, str], str] | None" = None) -> StanceScore:
    """Score ``predict(s1, s2) -> label`` (default: :func:`claimtrack.stance.stance`) on gold stance rows."""
    if predict is None:
        def predict(a: str, b: str) -> str:
            return stance(a, b).label

    counts: Counter[tuple[str, str]] = Counter((r["stance"], predict(r["s1"], r["s2"])) for r in rows)
    return StanceScore(tuple(sorted(counts.items())))
