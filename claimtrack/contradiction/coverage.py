"""Coverage: which articles carry one side of a contradiction without the other."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..matching.corpus import Corpus
from ..models import id_order
from .marks import Mark, mark_attributions
from .rules import WORDING_CORPUS_MOST

__all__ = ["LEFT_OUT_CORPUS_MOST", "LEFT_OUT_WITHHELD", "left_out_withheld", "one_sided"]

# Over more than this many articles no article is said to leave a counter-claim out.  "This outlet carried the
# claim without its denial" is an accusation, made only where the marks under it are mostly right: on one story's
# articles (the five real stories of tests/data/real_stories: 33 of 35 marks right), not on a whole day of news
# (nine days judged blind, sampled marks right 0.19 to 0.57; 2015-08-02: 11 of 40).
LEFT_OUT_CORPUS_MOST = WORDING_CORPUS_MOST
# What the command line says in place of the list over that size.
LEFT_OUT_WITHHELD = (f"not listed over more than {LEFT_OUT_CORPUS_MOST} articles (on a whole day of news, dispute marks "
                     "are leads to check, not findings)")


def left_out_withheld(corpus: Corpus, most_articles: int | None = LEFT_OUT_CORPUS_MOST) -> bool:
    """Is ``corpus`` too large for :func:`one_sided` to name the articles that leave a counter-claim out?"""
    return most_articles is not None and len(corpus.articles) > most_articles


def one_sided(corpus: Corpus, marks: Iterable[Mark], *,
              most_articles: int | None = LEFT_OUT_CORPUS_MOST) -> dict[str, list[tuple[str, str]]]:
    """Articles that carry one side of a contradiction without the other (see :func:`_one_sided`); none on a
    corpus of more than ``most_articles`` articles (:data:`LEFT_OUT_CORPUS_MOST`; ``None``: any size), where the
    marks are leads to check rather than findings."""
    if left_out_withheld(corpus, most_articles):
        return {}
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
