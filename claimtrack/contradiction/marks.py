"""Marks: contradictions, agreements, clarifications and framing differences between a corpus's claims.

Which pairs are compared (the same cluster, a close pair, a claim and its denial, a clarification and what it
clarifies), each side read with its polarity and hedges, and the result of :func:`~.rules.compare` as a
:class:`Mark`: the two attribution ids, its kind, the evidence (spans in both articles) and a one-line
explanation a journalist can read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from ..claims import ClaimKey, claim_key, stem
from ..geography import claim_countries, places_differ
from ..matching.corpus import Corpus
from ..matching.score import Claim
from ..matching.score import RELATED, PairScore
from ..models import Attribution, Mention, id_order, shorten
from ..polarity import negated_cue, negative_core, text_polarity
from ..spans import Span
from .rules import Evidence, Side, compare, mention

__all__ = ["Mark", "contradictions"]

_CLARIFY = frozenset({"clarify"})


def _evidence(values: "Iterable[Evidence]") -> "tuple[Evidence, ...]":
    return tuple(values)


@attrs.frozen
class Mark:
    """A relation between two attributions: contradicts, agrees, clarifies or framing."""

    a: str
    b: str
    kind: str
    evidence: tuple[Evidence, ...] = attrs.field(converter=_evidence)
    explanation: str = ""


def _side_of(a: Attribution, article_text: str, referenced: Attribution | None) -> Side:
    target = referenced or a
    content = target.content
    key = claim_key(content.text)
    evidence: list[Evidence] = []
    negated = content.negated
    if negated:
        _, found = text_polarity(content.text)
        for kind, span in found:
            if kind == "negation":
                evidence.append(Evidence("negation", mention(content.text, span, content.span.start), None))
    not_denied = negated_cue(article_text, a.cue.span) if a.cue.stance == "deny" else None
    negative = (a.cue.stance == "deny" and not_denied is None) != negated
    if a.cue.stance == "deny" and not_denied is None:
        evidence.append(Evidence("denial", Mention(a.cue.text, a.cue.span), None))
    hedges = a.hedges
    if not_denied is not None:  # "ولم ينف الكرملين ذلك": neither a denial nor a confirmation
        hedges = hedges + (Mention(article_text[not_denied.start : a.cue.span.end], Span(not_denied.start, a.cue.span.end)),)
    if a.source.kind == "anonymous" and a.source.text:
        hedges = hedges + (Mention(a.source.text, a.source.span),)
    return Side(key, negative, tuple(evidence), hedges, a.source.text, a.cue.stance in _CLARIFY,
                Mention(content.text, content.span), undenied=not_denied is not None)


def contradictions(corpus: Corpus) -> list[Mark]:
    """Marks between the attributions of ``corpus`` that report one claim (same cluster or a close pair)."""
    by_id = {a.id: a for a in corpus.attributions}
    texts = {art.id: art.text for art in corpus.articles}
    claims = {c.id: c for c in corpus.claims}
    weight = corpus.weight()
    cluster_of = {m: c.id for c in corpus.clusters for m in c.claims}
    reps = corpus.representative()
    pairs: dict[tuple[str, str], PairScore | None] = {}
    for cluster in corpus.clusters:
        # Identical reprints are compared once, through their first copy.
        members = list(dict.fromkeys(reps.get(m, m) for m in cluster.claims))
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                pairs[(x, y)] = None
    for (x, y), scored in corpus.pair_scores.items():
        cx, cy = claims[x], claims[y]
        if scored.score < RELATED or scored.country_conflict:
            continue
        clarifying = "clarify" in (cx.attribution.cue.stance, cy.attribution.cue.stance) and bool(cx.source_key & cy.source_key)
        # A claim and its denial sit in different clusters; when the wordings score "same" they are compared
        # whatever the corpus size (in two short articles no word is rare enough for _cores_meet).
        # Only an explicit denial (نفى) counts here: a negated clause ("ليست هناك خطوط حمراء أمام تقدم قواتنا")
        # beside a plan ("سنواصل التقدم") shares words without denying it.
        opposed = scored.kind == "same" and cx.attribution.negative != cy.attribution.negative \
            and "deny" in (cx.attribution.cue.stance, cy.attribution.cue.stance)
        # One proposition told by two speakers, or with two figures of one thing: two claims (matching keeps
        # them apart), still compared here (agreement, a disputed toll).
        apart = scored.kind == "same" and bool(scored.identity_conflict) \
            and cx.attribution.negative == cy.attribution.negative
        if clarifying or opposed or apart or _cores_meet(cx, cy, weight):
            pairs.setdefault((x, y), scored)
    for x, y in _clarification_pairs([claims[r] for r in corpus.groups], weight):
        pairs.setdefault((x, y), None)
    marks: list[Mark] = []
    for (x, y), s in sorted(pairs.items(), key=lambda kv: (id_order(kv[0][0]), id_order(kv[0][1]))):
        ax, ay = by_id[x], by_id[y]
        if s is None:
            s = corpus.score(claims[x], claims[y])
        if _place_conflict(ax, ay, claims[x].key, claims[y].key):
            continue
        sx = attrs.evolve(_side_of(ax, texts[ax.article], by_id.get(ax.content.refers_to or "")), source_key=claims[x].source_key)
        sy = attrs.evolve(_side_of(ay, texts[ay.article], by_id.get(ay.content.refers_to or "")), source_key=claims[y].source_key)
        result = compare(sx, sy, s, same_claim=cluster_of.get(x) == cluster_of.get(y))
        if result is None:
            continue
        kind, evidence, why = result
        if kind == "agrees" and ax.article == ay.article and ax.source.text == ay.source.text:
            continue  # one speaker repeating itself in one article is not news
        marks.append(Mark(x, y, kind, tuple(evidence), _explain(kind, ax, ay, why, sx, sy)))
    return marks


def _clarification_pairs(claims: Sequence[Claim], weight: Callable[[str], float]) -> list[tuple[str, ...]]:
    """A clarifying statement (أوضح، بيّن، توضيح) and the earlier claims of the same source it bears on:
    they share a rare word ("اللواء الامني هو وحدة تدريب صغيرة" / "استخدام لواءنا للمساعدة الأمنية")."""
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        for key in c.source_key:
            by_source.setdefault(key, []).append(c)
    pairs = []
    for group in by_source.values():
        for c in group:
            if c.attribution.cue.stance != "clarify":
                continue
            words = {f for f in _words(c.key) if weight(f) >= 2.5}
            for other in group:
                if other is c or other.attribution.cue.stance == "clarify":
                    continue
                if len(words & _words(other.key)) >= 2:
                    pairs.append(tuple(sorted((other.id, c.id), key=id_order)))
    return list(dict.fromkeys(pairs))


def _words(key: ClaimKey) -> set[str]:
    """Stems of a claim, including the words of the entities it names (لواء المساعدة الأمنية -> لواء، دعم)."""
    return set(key.stems) | {stem(w) for e in key.entities for w in e.split()}


def _place_conflict(a: Attribution, b: Attribution, ka: ClaimKey, kb: ClaimKey) -> bool:
    """Different countries, counting the source's when the content names none ("ينفي الجيش التونسي وجود
    قواعد في الجنوب" is about Tunisia; "ليبيا تضم نحو 10 قواعد" about Libya)."""
    return places_differ(claim_countries(ka, a.source.text), claim_countries(kb, b.source.text))


def _cores_meet(a: Claim, b: Claim, weight: Callable[[str], float]) -> bool:
    """Two claims from different clusters are compared only when their openings or negated parts share
    two rare words ("قاعدة عسكرية أميركية" / "قواعد عسكرية اجنبية")."""
    ca = set(negative_core(a.key, a.attribution.cue.stance == "deny")) or set(a.key.ordered[:5])
    cb = set(negative_core(b.key, b.attribution.cue.stance == "deny")) or set(b.key.ordered[:5])
    rare = [f for f in ca & cb if not f.startswith("e:") and weight(f) >= 2.5]
    return len(rare) >= 2


def _explain(kind: str, a: Attribution, b: Attribution, why: str, side_a: Side, side_b: Side) -> str:
    """One line: who said what in which article, how the two relate, and why."""

    def said(att: Attribution, side: Side) -> str:
        who = att.source.text or "an unnamed source"
        verb = "does not deny" if side.undenied else "denies" if att.cue.stance == "deny" else "says"
        return f"{who} ({att.article}) {verb} «{shorten(side.content.text)}»"

    link = {"contradicts": "contradicted by", "agrees": "agreed by", "clarifies": "clarified by",
            "framing": "framed differently by"}[kind]
    return f"{said(a, side_a)}; {link} {said(b, side_b)} — {why}"
