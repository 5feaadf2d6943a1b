"""Outlet by outlet: how each claim was reported, and each outlet's sourcing habits.

:func:`compare_outlets` turns a :class:`~claimtrack.matching.Corpus` into a :class:`Comparison`:

- per claim cluster, for each outlet that carried it: who is cited (named, official, anonymous,
  document), the cue chosen (neutral قال against assertive أكد or revealing كشف), direct or indirect
  quotation, hedges, and whether the outlet carried the counter-claim another outlet reported;
- per outlet: attributions per 1,000 words, the share of named, anonymous and document sources, the share
  of direct quotes, the hedging rate, and the claims carried without the counter-claim.

An article's outlet is ``Article.outlet``, or its id when no outlet is known (the seeds have none).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import attrs
import regex

from .contradiction import Mark, contradictions, left_out_withheld, one_sided
from .lexicon import str_tuple
from .matching import Cluster, Corpus
from .models import Article, Attribution

__all__ = ["ClusterView", "Comparison", "OutletRow", "Reporting", "compare_outlets", "outlet_of"]

_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
NAMED = frozenset({"person", "official", "organization", "media"})
ANONYMOUS = frozenset({"anonymous", "collective"})
DOCUMENT = frozenset({"document"})


def outlet_of(article: Article) -> str:
    return article.outlet or article.id


def _attributions(values: "Iterable[Attribution]") -> "tuple[Attribution, ...]":
    return tuple(values)


@attrs.frozen
class Reporting:
    """How one outlet reported one claim: its attributions and what they show."""

    outlet: str
    attributions: tuple[Attribution, ...] = attrs.field(converter=_attributions)
    without_counter: tuple[str, ...] = attrs.field(converter=str_tuple, default=())  # counter-claims left out

    @property
    def cues(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f"{a.cue.lemma} ({a.cue.stance})" for a in self.attributions))

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f"{a.source.text or '-'} [{a.source.kind}]" for a in self.attributions))

    @property
    def quotes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.quote for a in self.attributions))

    @property
    def hedges(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.text for a in self.attributions for h in a.hedges))


@attrs.frozen
class ClusterView:
    cluster: Cluster
    reportings: tuple[Reporting, ...]
    marks: tuple[Mark, ...]


@attrs.frozen
class OutletRow:
    outlet: str
    articles: int
    words: int
    attributions: int
    per_1000_words: float
    named: float
    anonymous: float
    document: float
    direct: float
    hedged: float
    without_counter: int | None  # None: the corpus is too large to say (contradiction.LEFT_OUT_CORPUS_MOST)

    def as_dict(self) -> dict:
        return attrs.asdict(self)


@attrs.frozen
class Comparison:
    corpus: Corpus
    clusters: tuple[ClusterView, ...]
    outlets: tuple[OutletRow, ...]
    marks: tuple[Mark, ...]
    # {claim id, counter-claim id} -> the articles that carry one side without the other
    unanswered: dict[frozenset[str], tuple[str, ...]] = attrs.field(factory=dict)
    # the corpus is too large to say which articles leave a counter-claim out (contradiction.LEFT_OUT_CORPUS_MOST)
    left_out_withheld: bool = False

    def unanswered_in(self, mark: Mark) -> tuple[str, ...]:
        """Articles that report one side of ``mark`` and leave the other out."""
        return self.unanswered.get(frozenset((mark.a, mark.b)), ())


def _words(article: Article) -> int:
    return sum(len(_WORD_RE.findall(p.of(article.text))) for p in article.paragraphs) + sum(
        len(_WORD_RE.findall(s.of(article.text))) for s in article.spans_of("headline", "subheadline"))


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def compare_outlets(corpus: Corpus, *, all_clusters: bool = False, marks: "tuple[Mark, ...] | None" = None,
                    narration: bool = True) -> Comparison:
    """Compare how the outlets of ``corpus`` report its claims.

    Clusters shown are those carried by more than one attribution or touched by a mark; ``all_clusters``
    shows every cluster.  With ``narration``, an outlet's own sentence may be the account a denial denies
    (:func:`~claimtrack.contradiction.marks.contradictions`).
    """
    articles = {a.id: a for a in corpus.articles}
    by_id = {a.id: a for a in corpus.attributions}
    marks = tuple(contradictions(corpus, narration=narration)) if marks is None else tuple(marks)
    sided = one_sided(corpus, marks)
    withheld = left_out_withheld(corpus)
    left_out: dict[str, list[str]] = defaultdict(list)  # attribution -> counter-claims its article left out
    for pairs in sided.values():
        for claim, counter in pairs:
            left_out[claim].append(counter)
    marked = {m.a for m in marks} | {m.b for m in marks}
    views = []
    for cluster in corpus.clusters:
        if not all_clusters and len(cluster.claims) < 2 and not (set(cluster.claims) & marked):
            continue
        per_outlet: dict[str, list[Attribution]] = defaultdict(list)
        for claim_id in cluster.claims:
            a = by_id[claim_id]
            per_outlet[outlet_of(articles[a.article])].append(a)
        reportings = [Reporting(outlet, atts, [c for a in atts for c in left_out.get(a.id, [])])
                      for outlet, atts in per_outlet.items()]
        members = set(cluster.claims)
        cluster_marks = [m for m in marks if m.a in members or m.b in members]
        views.append(ClusterView(cluster, tuple(reportings), tuple(cluster_marks)))
    unanswered: dict[frozenset[str], list[str]] = defaultdict(list)
    for article, pairs in sided.items():
        for claim, counter in pairs:
            unanswered[frozenset((claim, counter))].append(article)
    rows = []
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for art in articles.values():
        by_outlet[outlet_of(art)].append(art)
    for outlet, arts in by_outlet.items():
        ids = {a.id for a in arts}
        atts = [a for a in corpus.attributions if a.article in ids]
        words = sum(_words(a) for a in arts)
        n = len(atts)
        rows.append(OutletRow(
            outlet=outlet,
            articles=len(arts),
            words=words,
            attributions=n,
            per_1000_words=round(1000 * n / words, 2) if words else 0.0,
            named=_share(sum(a.source.kind in NAMED for a in atts), n),
            anonymous=_share(sum(a.source.kind in ANONYMOUS for a in atts), n),
            document=_share(sum(a.source.kind in DOCUMENT for a in atts), n),
            direct=_share(sum(a.quote == "direct" for a in atts), n),
            hedged=_share(sum(bool(a.hedges) for a in atts), n),
            without_counter=None if withheld else len({claim for art in ids for claim, _ in sided.get(art, [])}),
        ))
    return Comparison(corpus, tuple(views), tuple(rows), marks, {k: tuple(v) for k, v in unanswered.items()},
                      withheld)
