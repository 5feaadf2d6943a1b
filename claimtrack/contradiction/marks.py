"""Marks: contradictions, agreements, clarifications and framing differences between a corpus's claims.

Which pairs are compared (the same cluster, a close pair, a claim and its denial, a clarification and what it
clarifies), each side read with its polarity and hedges, and the result of :func:`~.rules.compare` as a
:class:`~.explain.Mark`: the two attribution ids, its kind, the evidence (spans in both articles) and a one-line
explanation a journalist can read.  Then the disputes the clusters cannot see (:mod:`.worded_apart`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import attrs

from ..claims import ClaimKey, claim_key, stem
from ..matching.collecting import empty_bounded_caches, few_full_collections
from ..matching.corpus import Corpus
from ..matching.score import RELATED, Claim, PairScore
from ..matching.speaker_index import SpeakerIndex
from ..models import Article, Attribution, Mention, id_order
from ..polarity import negative_core, text_polarity
from .dating import days_apart
from .denial_links import denial_link_words, rare_skeletons
from .denied import Leads, authors_denied, explicit_denial, is_author, names_statements, not_made, second_part
from .denied_object import names_report
from .disputes import denial_mentions
from .explain import Mark, explain, figures_why, mark_attributions
from .fates import read_fate, tells_death_of
from .figures import (figure_conflict, figure_kind, one_source, reported_later, revises, running_apart, said_at_once,
                      unnamed_sources)
from .narration import NARRATION, narration_claims
from .places import claims_place_conflict, figures_apart
from .evidence import Evidence, Side, mention
from .rules import WORDING_CORPUS_MOST, compare, rests_on_wording
from .targets import asserts_denied, said_not
from .unasserted import calls_it_rumour, one_government
from .fate_marks import agrees_on_fate
from .window import DayWindow, told_days_apart
from .worded_apart import asserts_nothing, find_disputes

__all__ = ["NARRATION", "Mark", "contradictions", "find_disputes", "mark_attributions", "narration_claims", "side_of"]

_CLARIFY = frozenset({"clarify"})


def side_of(a: Attribution, article_text: str, referenced: Attribution | None,
            keys: Mapping[str, ClaimKey] | None = None) -> Side:
    """One side of a comparison: the claim ``a`` reports (or, for "ونفى ذلك", the ``referenced`` one), read with
    its polarity, denial and hedges, the evidence as spans of ``article_text``.  ``keys``: claim keys by their text
    already made (the corpus's claims'), else the content is keyed here."""
    target = referenced or a
    content = target.content
    key = keys.get(content.text) if keys is not None else None
    if key is None:
        key = claim_key(content.text)
    evidence: list[Evidence] = []
    negated = content.negated
    if negated:
        _, found = text_polarity(content.text)
        for kind, span in found:
            if kind == "negation":
                evidence.append(Evidence("negation", mention(content.text, span, content.span.start), None))
    not_denied = not_made(article_text, a.cue.span) if a.cue.stance == "deny" else None
    negative = (a.cue.stance == "deny" and not_denied is None) != negated
    if a.cue.stance == "deny" and not_denied is None:
        evidence.append(Evidence("denial", Mention(a.cue.text, a.cue.span), None))
    hedges = a.hedges
    if not_denied is not None:  # "ولم ينف الكرملين ذلك", "رفض ... تأكيد أو نفي": neither a denial nor a confirmation
        hedges = hedges + (Mention(article_text[not_denied.start : not_denied.end], not_denied),)
    if a.source.kind == "anonymous" and a.source.text:
        hedges = hedges + (Mention(a.source.text, a.source.span),)
    return Side(key, negative, tuple(evidence), hedges, a.source.text, a.cue.stance in _CLARIFY,
                Mention(content.text, content.span), undenied=not_denied is not None)


@few_full_collections()  # (no garbage in the full collections of a real day's marks: matching/collecting.py)
def contradictions(corpus: Corpus, *, narration: bool = True) -> list[Mark]:
    """Marks between the attributions of ``corpus`` that report one claim (same cluster or a close pair).

    With ``narration``, an outlet's own sentences that no attribution covers (:func:`narration_claims`) are
    claims too, of the outlet: a denial is linked to the account it denies even when the outlet tells that
    account in its own voice; such a mark names the sentence's id (``<article>#n<k>``),
    which is no attribution of the corpus.

    On a corpus of more than :data:`~.rules.WORDING_CORPUS_MOST` articles a contradiction that rests on a
    negation or opposed predicates alone (:func:`~.rules.rests_on_wording`) is held back: on a real day almost
    none of them was right."""
    clusters = corpus.clusters  # (extraction and matching done: what they cached of their texts is not read again)
    empty_bounded_caches()
    by_id = {a.id: a for a in corpus.attributions}
    texts = {art.id: art.text for art in corpus.articles}
    claims = {c.id: c for c in corpus.claims}
    keys = {c.key.text: c.key for c in corpus.claims}
    weight = corpus.weight()
    cluster_of = {m: c.id for c in clusters for m in c.claims}
    reps = corpus.representative()
    pairs: dict[tuple[str, str], PairScore | None] = {}
    for cluster in clusters:
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
    published = {art.id: art.published for art in corpus.articles}
    window = DayWindow(published)
    times = {art.id: art.published_at for art in corpus.articles if art.published_at is not None}
    articles = {art.id: art for art in corpus.articles}
    authors = _Authors(corpus.claims, articles)
    lead_words = Leads(articles, weight)
    leads = lead_words.texts
    for (x, y), s in sorted(pairs.items(), key=lambda kv: (id_order(kv[0][0]), id_order(kv[0][1]))):
        ax, ay = by_id[x], by_id[y]
        if s is None:
            s = corpus.score(claims[x], claims[y])
        if claims_place_conflict(ax, ay, claims[x].key, claims[y].key):
            continue
        sx = attrs.evolve(side_of(ax, texts[ax.article], by_id.get(ax.content.refers_to or ""), keys),
                          source_key=claims[x].source_key)
        sy = attrs.evolve(side_of(ay, texts[ay.article], by_id.get(ay.content.refers_to or ""), keys),
                          source_key=claims[y].source_key)
        result = compare(sx, sy, s, same_claim=cluster_of.get(x) == cluster_of.get(y))
        if result is None:
            continue
        kind, evidence, why = result
        if kind == "agrees" and ax.article == ay.article and ax.source.text == ay.source.text:
            continue  # one speaker repeating itself in one article is not news
        if kind == "agrees" and any(explicit_denial(d) and names_report(d.content.text) and not explicit_denial(o)
                                    for d, o in ((ax, ay), (ay, ax))):
            # "وردت معلومات مغلوطة عن أن سبب العطل هو شبكة ... الاتصالات" against the tweet that blamed that network
            # (alweeam_ae5cfeb83e): worded alike, but one side calls the report of the other's account false; no
            # agreement (the denials' own rules read the pair: worded_apart).  Not a phrase of untruth on a deed:
            # "اتضح له عدم صحة ما قام به من سلوك" agrees with "اتضح له خطأ سلوكه" (2015-08-03)
            continue
        same_source = one_source(claims[x], claims[y])
        if kind in ("agrees", "framing") and (conflict := figure_conflict(sx.content, sy.content)):
            # "مقتل 27 شخصا" / "أكثر من 27 شخصا قتلوا": worded alike, the figures cannot both hold; a hedge on one
            # side ("28 شخصا على الأقل" / "مسؤولون ... 30 شخصا على الأقل") does not reconcile two figures
            kind, evidence, why = "contradicts", conflict, ""
        if kind != "contradicts":
            marks.append(Mark(x, y, kind, tuple(evidence), explain(kind, ax, ay, why, sx, sy)))
            continue
        found = _dispute_of(claims[x], claims[y], sx, sy, evidence, why, s.speaker, same_source, weight, texts)
        if found is None or (found[0] in ("denies", "contradicts") and not lead_words.meet(ax.article, ay.article)):
            continue  # (one cluster on a day of 1,400 articles may join two stories: Leads)
        dispute, evidence, why, turned = found
        if dispute == "denies" and authors.not_the_author(ax if turned else ay, claims[y] if turned else claims[x]):
            continue  # a denial of one speaker's statements marked against another's (_Authors)
        if dispute in ("updates", "disagrees") and (
                figures_apart(ax, ay, claims[x].key, claims[y].key, articles, leads, weight)
                or days_apart(ax.content.text, ay.content.text, published.get(ax.article), published.get(ay.article),
                              one_article=ax.article == ay.article)):
            continue  # worded alike, but the tolls of two events (places.figures_apart) or of two days (dating)
        if told_days_apart(dispute, window.days_between(ax.article, ay.article), ax.content.text, ay.content.text):
            continue  # a later count or another event's, not a second account (window.told_days_apart)
        if dispute == "contradicts" and len(texts) > WORDING_CORPUS_MOST and rests_on_wording(evidence):
            continue  # a negation or opposed predicates alone: held back on a large corpus (rules.rests_on_wording)
        if dispute == "updates" and reported_later(claims[x], claims[y], published, times):
            turned = True  # the earlier figure first
            evidence = [e.flipped() for e in evidence]
        if turned:
            x, y, ax, ay, sx, sy = y, x, ay, ax, sy, sx
        marks.append(Mark(x, y, kind, tuple(evidence), explain(dispute, ax, ay, why, sx, sy), dispute))
    marked = {frozenset((m.a, m.b)) for m in marks}
    for m in find_disputes(corpus, skip=marked, published=published, times=times, narration=narration, lead_words=lead_words):
        marks.append(m)
    return marks


class _Authors:
    """Whose statements a denial names (:func:`.denied.authors_denied`), asked of a corpus's claims as
    :func:`.worded_apart.find_disputes` asks them: the claims of the speakers named, proposed by an index of the
    claims' speakers made when first needed."""

    def __init__(self, claims: Sequence[Claim], articles: Mapping[str, Article]) -> None:
        self.claims, self.articles = claims, articles
        self._index: SpeakerIndex | None = None

    def not_the_author(self, denial: Attribution, other: Claim) -> bool:
        """Does a denial name whose statements it calls false ("تصريحات المالكي لا مسؤولة واتهاماته باطلة"), some claim
        of the corpus is theirs, and ``other`` is none of them?  It denies that speaker's claims, not another's that
        speaks of them: Bahrain's "تصريحات المالكي ضد السعودية إساءة مرفوضة" (a396947589c04, 2015-07-22) reproaches
        Maliki too (judged agreement G089).  When no claim of the corpus is by the speaker named, the name was
        misread or its claims are not here ("وأكد فيها الادعاء على أن جماعة الشريعة ...": the prosecution, not a
        claim; "ما ورد في إحدى الصحف المحلية"): the denial is linked by what it names, as before."""
        authors, _ = authors_denied(denial, self.articles[denial.article])
        # (a newspaper named, "ما ورد في إحدى الصحف المحلية", is any outlet's or source's report: "مصادر إعلامية"
        # told the Labour Ministry's stop on recruitment it denies, aa0d3bdda88c4, 2015-07-24, judged denies P028)
        authors = [(s, w) for s, w in authors or () if not s.media]
        if not authors or any(is_author(who, other, self.articles[other.attribution.article].text) for who in authors):
            return False
        if self._index is None:
            self._index = SpeakerIndex([c.speaker for c in self.claims])
        near = set().union(*(self._index.maybe_same(s) for s, _ in authors))
        return any(is_author(who, self.claims[k], self.articles[self.claims[k].attribution.article].text)
                   for who in authors for k in near if self.claims[k].attribution.id != denial.id)


def _dispute_of(cx: Claim, cy: Claim, sx: Side, sy: Side, evidence: list[Evidence], why: str, speaker: str,
                same_source: bool, weight: Callable[[str], float],
                texts: Mapping[str, str]) -> tuple[str, list[Evidence], str, bool] | None:
    """What kind of dispute a "contradicts" verdict of the rules is, with its evidence and reason, and whether
    the two sides are to be turned round (the claim first, then its denial; the earlier figure first).  None
    when a difference of figures does not survive comparing like with like."""
    if any(e.kind == "numbers" for e in evidence):
        conflict = figure_conflict(sx.content, sy.content)
        if not conflict:
            return None
        revised = revises(sx.content.text, sy.content.text)
        kind = figure_kind(speaker, same_source, revised, unnamed_sources(cx, cy))
        if running_apart(kind, sx.content.text, sy.content.text):
            return None  # two moments of one running count (figures.running_apart)
        if said_at_once(kind, cx.attribution.article == cy.attribution.article, revised, sx.content.text, sy.content.text):
            return None  # one speaker's two figures of one article: two things, no revision (figures.said_at_once)
        return kind, conflict, figures_why(kind, conflict), False
    turned = sx.negative and not sy.negative  # the denial goes second
    denier = cx if turned else cy
    other_side = (cy if turned else cx).attribution
    if denial_mentions(other_side.content.text, verbs_within=0, fused=True) or explicit_denial(other_side) \
            or calls_it_rumour(cy if turned else cx):
        return None  # the other calls it false too ("ما يتم تداوله عن تأجيل الدراسة ... غير صحيح") or denies it: both deny
    denial = explicit_denial(denier.attribution)
    if denial and speaker == "same" and cx.attribution.article == cy.attribution.article:
        return None  # a speaker does not deny itself in one article (as find_disputes holds)
    if denial and second_part(denier.attribution, texts[denier.attribution.article]):
        return None  # what the denier asserts beside what it denies (denied.second_part)
    if denial and one_government(denier, cy if turned else cx) and not denier.attribution.content.refers_to \
            and not names_statements(denier.attribution, texts[denier.attribution.article]):
        return None  # a government does not deny its own officials' facts (targets.one_government)
    if denial and not (denier.attribution.content.refers_to or asserts_denied(denier, cy if turned else cx, weight)):
        return None  # "لا صحة لإيقاف الاستقدام" against "تم وصول عدد من العمالة": not what it denies (targets.asserts_denied)
    if denial and _says_it_too(denier, cy if turned else cx, weight):
        return None  # "أعمالنا معلنة.. ولا إنزال برياً في عدن" against "نفى أي عملية إنزال بري ... في عدن": both deny it
    if denial and asserts_nothing((sy if turned else sx).content.text):
        return None  # nothing to deny: "«جبهة النصرة»" (aawsat a58d1ef25f449) against "نافية أسر أو اعتقال ..."
    dead = read_fate(denier.attribution.content.text) if denial else None
    told = read_fate((cy if turned else cx).attribution.content.text) if dead else None
    if dead and agrees_on_fate(dead, told):
        return None  # a denial of the person's death and a statement that the person lives agree
    if dead and "died" in dead.kinds and not denier.attribution.content.refers_to and not tells_death_of(dead, told, weight):
        return None  # a denied death is taken back only where it is told, of that person (fates.tells_death_of)
    if denial:
        ev = [Evidence("denial", d, None) if turned else Evidence("denial", None, d) for d in denial]
        ev += [e for e in evidence if e.kind != "denial"]
        return "denies", [e.flipped() if turned else e for e in ev], "an explicit denial of what the other asserts", turned
    negative = denier.attribution
    if any(e.kind == "denial" for e in evidence) and negative.cue.stance == "deny" and not negative.content.negated:
        # A cue of refusal or disavowal (رفض، تبرأ) that names no denial: "رفض نشر اسمه" is no denial of
        # what the speaker then says, and disowning a statement does not deny the other's condemnation of it.
        return None
    other = (cy if turned else cx).attribution
    if other.cue.stance == "deny" and not explicit_denial(other):
        return None  # refusing a negative statement ("وترفض إسرائيل ذلك" of "لا مفاوضات ... قبل إعادة إطلاق سراح الأسرى")
    return "contradicts", evidence, why, False


def _says_it_too(denial: Claim, other: Claim, weight: Callable[[str], float]) -> bool:
    """Does ``other`` negate most of the words it shares with what a denial denies (:func:`.targets.said_not`)?  Then
    it says what the denial says, in a negation of its own rather than a denial verb: the coalition spokesman's
    headline "أعمالنا معلنة.. ولا إنزال برياً في عدن" and his "نفى ... أي عملية إنزال بري نفذتها قوات التحالف في
    محافظة عدن" (alriyadh a8f4914d43baa / alweeam a3a8751017a44, 2015-08-04; the worded-apart links read it so)."""
    theirs = rare_skeletons(other.key, weight)
    shared = {s for _, s in denial_link_words(denial.key, weight) if s in theirs}
    return bool(shared) and said_not(other, shared)


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


def _cores_meet(a: Claim, b: Claim, weight: Callable[[str], float]) -> bool:
    """Two claims from different clusters are compared only when their openings or negated parts share
    two rare words ("قاعدة عسكرية أميركية" / "قواعد عسكرية اجنبية")."""
    ca = set(negative_core(a.key, a.attribution.cue.stance == "deny")) or set(a.key.ordered[:5])
    cb = set(negative_core(b.key, b.attribution.cue.stance == "deny")) or set(b.key.ordered[:5])
    rare = [f for f in ca & cb if not f.startswith("e:") and weight(f) >= 2.5]
    return len(rare) >= 2


