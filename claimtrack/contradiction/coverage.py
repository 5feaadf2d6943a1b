"""Coverage: which articles carry one side of a contradiction without the other."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..matching.corpus import Corpus
from ..models import id_order
from .marks import Mark, mark_attributions

__all__ = ["one_sided"]


def one_sided(corpus: Corpus, marks: Iterable[Mark]) -> dict[str, list[tuple[str, str]]]:
    """Articles that carry one side of a contradiction without the other (see :func:`_one_sided`)."""
    groups = corpus.groups
    expanded = []
    for m in marks:
        if m.kind != "contradicts":
            continue
        for a in groups.get(m.a, (m.a,)):
            for b in groups.get(m.b, (m.b,)):
                expanded.append(attrs.evolve(m, a=a, b=b))
    return _one_sided(corpus, expanded)


def _one_sided(corpus: Corpus, marks: Iterable[Mark]) -> dict[str, list[tuple[str, str]]]:
    """Articles that carry one side of a contradiction without the other.

    Returns ``{article id: [(attribution it carries, counter-claim it leaves out), ...]}``: seed 000
    reports AFRICOM's claim that Russia sent jets, and not the Libyan National Army's denial that seed 002
    carries.
    """
    marks = list(marks)
    by_id = mark_attributions(corpus, marks)
    sides: dict[str, set[str]] = {}
    for m in marks:
        if m.kind != "contradicts":
            continue
        sides.setdefault(m.a, set()).add(m.b)
        sides.setdefault(m.b, set()).add(m.a)
    out: dict[str, list[tuple[str, str]]] = {}
    for claim, counters in sorted(sides.items(), key=lambda kv: id_order(kv[0])):
        article = by_id[claim].article
        if any(by_id[c].article == article for c in counters):
            continue
        for counter in sorted(counters, key=id_order):
            out.setdefault(article, []).append((claim, counter))
    return out
