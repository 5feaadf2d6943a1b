"""Marks: contradictions, agreements, clarifications and framing differences between a corpus's claims.

Which pairs are compared (the same cluster, a close pair, a claim and its denial, a clarification and what it
clarifies), each side read with its polarity and hedges, and the result of :func:`~.rules.compare` as a
:class:`Mark`: the two attribution ids, its kind, the evidence (spans in both articles) and a one-line
explanation a journalist can read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..claims import ClaimKey, claim_key, find_quantities, stem
from ..claims.key import topic_key
from ..geography import claim_countries, named_places, places_differ
from ..matching.corpus import Corpus
from ..matching.score import Claim
from ..matching.score import RELATED, PairScore
from ..models import Attribution, Content, Cue, Mention, Source, id_order, shorten
from ..sentences import split_sentences
from ..polarity import negated_cue, negative_core, raw_polarity, text_polarity
from ..spans import Span
from ..matching.speakers import relation
from .disputes import denial_link_words, denial_mentions, denial_target_linked
from .figures import figure_conflict, figure_conflict_ready, figure_kind, revises, rises, unnamed_sources
from .fates import Fate, fate_conflict, person_words, read_fate
from .denied import (Leads, Linkable, authors_denied, denied_key, explicit_denial, is_author, names_statements,
                     trailing_denial, undenied)
from .places import figures_apart, place_conflict
from .rules import WORDING_CORPUS_MOST, Evidence, Side, compare, mention, rests_on_wording

__all__ = ["NARRATION", "Mark", "contradictions", "find_disputes", "mark_attributions", "narration_claims", "side_of"]

_CLARIFY = frozenset({"clarify"})
# Stances whose content is a judgement, a feeling or a call, not a fact a denial can take back: a denial that
# names the same statements (تصريحات المالكي باطلة) sides with a condemnation of them (أدانت ... تصريحات المالكي).
_NOT_DENIABLE = frozenset({"accuse", "appeal", "express", "opinion", "praise", "warn"})
# Of those, what its author's accusers may still call false ("اتهامات باطلة"، "الادعاءات الكاذبة"): an
# accusation, a judgement; not a call (وضع السعودية تحت الوصاية) or a feeling.
_FALSIFIABLE = frozenset({"accuse", "opinion"})


def _evidence(values: "Iterable[Evidence]") -> "tuple[Evidence, ...]":
    return tuple(values)


@attrs.frozen
class Mark:
    """A relation between two attributions: contradicts, agrees, clarifies or framing.

    A ``contradicts`` mark (the two cannot both stand) says how in ``dispute``: ``denies`` (``b`` explicitly
    denies ``a``), ``updates`` (``b`` is the same speaker's later figure), ``disagrees`` (two speakers, two
    figures of one quantity) or ``contradicts`` (opposite polarity, opposed predicates, swapped actors).
    """

    a: str
    b: str
    kind: str
    evidence: tuple[Evidence, ...] = attrs.field(converter=_evidence)
    explanation: str = ""
    dispute: str = ""

    def to_dict(self, unanswered_in: "list[str] | None" = None) -> dict[str, Any]:
        """The JSON record of ``claimtrack contradictions --format jsonl``; ``unanswered_in`` lists the articles
        that carry one side without the other (:func:`claimtrack.records.mark_to_dict`); ``attrs.asdict`` nests
        evidence spans and has no ``unanswered_in``."""
        from ..records import mark_to_dict  # serialization lives at the edge; imported when used

        return mark_to_dict(self, unanswered_in)


def side_of(a: Attribution, article_text: str, referenced: Attribution | None) -> Side:
    """One side of a comparison: the claim ``a`` reports (or, for "ونفى ذلك", the ``referenced`` one), read with
    its polarity, denial and hedges, the evidence as spans of ``article_text``."""
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


def contradictions(corpus: Corpus, *, narration: bool = True) -> list[Mark]:
    """Marks between the attributions of ``corpus`` that report one claim (same cluster or a close pair).

    With ``narration``, an outlet's own sentences that no attribution covers (:func:`narration_claims`) are
    claims too, of the outlet: a denial is linked to the account it denies even when the outlet tells that
    account in its own voice; such a mark names the sentence's id (``<article>#n<k>``),
    which is no attribution of the corpus.

    On a corpus of more than :data:`~.rules.WORDING_CORPUS_MOST` articles a contradiction that rests on a
    negation or opposed predicates alone (:func:`~.rules.rests_on_wording`) is held back: on a real day almost
    none of them was right."""
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
    published = {art.id: art.published for art in corpus.articles}
    articles = {art.id: art for art in corpus.articles}
    lead_words = Leads(articles, weight)
    leads = lead_words.texts
    for (x, y), s in sorted(pairs.items(), key=lambda kv: (id_order(kv[0][0]), id_order(kv[0][1]))):
        ax, ay = by_id[x], by_id[y]
        if s is None:
            s = corpus.score(claims[x], claims[y])
        if _place_conflict(ax, ay, claims[x].key, claims[y].key):
            continue
        sx = attrs.evolve(side_of(ax, texts[ax.article], by_id.get(ax.content.refers_to or "")), source_key=claims[x].source_key)
        sy = attrs.evolve(side_of(ay, texts[ay.article], by_id.get(ay.content.refers_to or "")), source_key=claims[y].source_key)
        result = compare(sx, sy, s, same_claim=cluster_of.get(x) == cluster_of.get(y))
        if result is None:
            continue
        kind, evidence, why = result
        if kind == "agrees" and ax.article == ay.article and ax.source.text == ay.source.text:
            continue  # one speaker repeating itself in one article is not news
        same_source = _one_source(claims[x], claims[y])
        if kind in ("agrees", "framing") and (conflict := figure_conflict(sx.content, sy.content)):
            # "مقتل 27 شخصا" / "أكثر من 27 شخصا قتلوا": worded alike, the figures cannot both hold; a hedge on one
            # side ("28 شخصا على الأقل" / "مسؤولون ... 30 شخصا على الأقل") does not reconcile two figures
            kind, evidence, why = "contradicts", conflict, ""
        if kind != "contradicts":
            marks.append(Mark(x, y, kind, tuple(evidence), _explain(kind, ax, ay, why, sx, sy)))
            continue
        found = _dispute_of(claims[x], claims[y], sx, sy, evidence, why, s.speaker, same_source)
        if found is None or (found[0] in ("denies", "contradicts") and not lead_words.meet(ax.article, ay.article)):
            continue  # (one cluster on a day of 1,400 articles may join two stories: Leads)
        dispute, evidence, why, turned = found
        if dispute in ("updates", "disagrees") and figures_apart(ax, ay, claims[x].key, claims[y].key, articles, leads, weight):
            continue  # worded alike, but the tolls of two events (places.figures_apart)
        if dispute == "contradicts" and len(texts) > WORDING_CORPUS_MOST and rests_on_wording(evidence):
            continue  # a negation or opposed predicates alone: held back on a large corpus (rules.rests_on_wording)
        if dispute == "updates" and _later(claims[x], claims[y], published):
            turned = True  # the earlier figure first
            evidence = [Evidence(e.kind, e.b, e.a, e.note) for e in evidence]
        if turned:
            x, y, ax, ay, sx, sy = y, x, ay, ax, sy, sx
        marks.append(Mark(x, y, kind, tuple(evidence), _explain(dispute, ax, ay, why, sx, sy), dispute))
    marked = {frozenset((m.a, m.b)) for m in marks}
    for m in find_disputes(corpus, skip=marked, published=published, narration=narration):
        marks.append(m)
    return marks


def _dispute_of(cx: Claim, cy: Claim, sx: Side, sy: Side, evidence: list[Evidence], why: str, speaker: str,
                same_source: bool) -> tuple[str, list[Evidence], str, bool] | None:
    """What kind of dispute a "contradicts" verdict of the rules is, with its evidence and reason, and whether
    the two sides are to be turned round (the claim first, then its denial; the earlier figure first).  None
    when a difference of figures does not survive comparing like with like."""
    if any(e.kind == "numbers" for e in evidence):
        conflict = figure_conflict(sx.content, sy.content)
        if not conflict:
            return None
        kind = figure_kind(speaker, same_source, revises(sx.content.text, sy.content.text), unnamed_sources(cx, cy))
        return kind, conflict, _figures_why(kind, conflict), False
    turned = sx.negative and not sy.negative  # the denial goes second
    denier = cx if turned else cy
    if denial_mentions((cy if turned else cx).attribution.content.text, verbs_within=0):
        return None  # the other calls it false too ("ما يتم تداوله عن تأجيل الدراسة ... غير صحيح"): both deny
    denial = explicit_denial(denier.attribution)
    if denial and (dead := read_fate(denier.attribution.content.text)) \
            and _agrees_on_fate(dead, read_fate((cy if turned else cx).attribution.content.text)):
        return None  # a denial of the person's death and a statement that the person lives agree
    if denial:
        ev = [Evidence("denial", d, None) if turned else Evidence("denial", None, d) for d in denial]
        ev += [e for e in evidence if e.kind != "denial"]
        return "denies", [_flip_if(e, turned) for e in ev], "an explicit denial of what the other asserts", turned
    negative = denier.attribution
    if any(e.kind == "denial" for e in evidence) and negative.cue.stance == "deny" and not negative.content.negated:
        # A cue of refusal or disavowal (رفض، تبرأ) that names no denial: "رفض نشر اسمه" is no denial of
        # what the speaker then says, and disowning a statement does not deny the other's condemnation of it.
        return None
    other = (cy if turned else cx).attribution
    if other.cue.stance == "deny" and not explicit_denial(other):
        return None  # refusing a negative statement ("وترفض إسرائيل ذلك" of "لا مفاوضات ... قبل إعادة إطلاق سراح الأسرى")
    return "contradicts", evidence, why, False


NARRATION = "narrate"  # the cue stance of an outlet's own sentence (narration_claims)
_NO_SOURCE: frozenset[str] = frozenset()  # the source key of each (one set: 13,000 sentences a day)


def narration_claims(corpus: Corpus) -> list[Claim]:
    """The sentences of the corpus's articles that no attribution covers, each as a claim of its outlet (an
    empty cue of stance ``narrate`` and an empty source at the sentence's start): "ارتفع عدد حالات الوفيات في
    حادث غرق مركب جزيرة الوراق ... إلى 29 شخصا"، "الجدير بالذكر أن العائلات السعودية تم السماح لهم بالعبور"."""
    return _narration(corpus, claim_key)


def _narration(corpus: Corpus, key: Callable[[str], ClaimKey]) -> list[Claim]:
    """:func:`narration_claims`, each sentence keyed by ``key``."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for a in corpus.attributions:
        spans = (a.cue.span, a.source.span, a.content.span)
        covered.setdefault(a.article, []).append((min(x.start for x in spans), max(x.end for x in spans)))
    out = []
    for art in corpus.articles:
        taken = covered.get(art.id, [])
        for k, sentence in enumerate(split_sentences(art), start=1):
            start, end = sentence.span.start, sentence.span.end
            if any(x < end and start < y for x, y in taken) or not sentence.text.strip() or _a_line(sentence.text):
                continue
            at = Span(start, start)
            negated, _ = raw_polarity(sentence.text)
            attribution = Attribution(f"{art.id}#n{k}", art.id, art.outlet, sentence.span, Cue("", at, "", NARRATION),
                                      Source("", at, "outlet", "none"), Content(sentence.text, sentence.span, negated),
                                      "indirect")
            out.append(Claim(attribution, key(sentence.text), _NO_SOURCE))
    return out


# An outlet's own sentence of fewer words than this that ends in no stop is a line, not a statement.
_LINE_WORDS = 10
# What ends a statement: a full stop, a question or exclamation mark, an ellipsis (a quotation or bracket after it).
_STOPS = ".!?\u061f\u2026"  # ARABIC QUESTION MARK, HORIZONTAL ELLIPSIS
_CLOSERS = " \t\n\"'»”)]\u200f"  # RIGHT-TO-LEFT MARK


def _a_line(text: str) -> bool:
    """Is an outlet's own sentence a short line that ends in no stop: a verse of a poem ("وداع يا صوتٍ يهز
    المنابر", alyaum a576ff676e805), a page's tag line ("سمات جلال الدين حقاني حقاني طالبان وفاة", 3alyoum
    a19c98b2f68e2)?  Such lines assert nothing a denial or another figure could dispute."""
    stripped = text.rstrip(_CLOSERS)
    return len(text.split()) < _LINE_WORDS and not stripped.endswith(tuple(_STOPS))


def mark_attributions(corpus: Corpus, marks: "Iterable[Mark]" = ()) -> dict[str, Attribution]:
    """The attributions marks may name, by id: the corpus's, and, when a mark names an outlet's own sentence
    (``<article>#n<k>``, :func:`narration_claims`), those sentences as attributions of stance ``narrate``."""
    by_id = {a.id: a for a in corpus.attributions}
    if any(x not in by_id for m in marks for x in (m.a, m.b)):
        by_id.update((c.id, c.attribution) for c in narration_claims(corpus))
    return by_id


def find_disputes(corpus: Corpus, *, skip: "set[frozenset[str]] | None" = None,
                  published: "Mapping[str, object] | None" = None, narration: bool = False) -> list[Mark]:
    """Disputes the cluster rules cannot see, because a denial and what it denies, or two tolls of one event,
    are worded apart: an explicit denial linked by two rare words to a claim of another speaker (also across
    outlets), and two figures of the same measure that cannot both hold (updates, disagrees).  Pairs in
    ``skip`` (already marked) are left alone."""
    skip = skip or set()
    published = published or {}
    weight = corpus.weight()
    texts = {art.id: art.text for art in corpus.articles}
    articles = {art.id: art for art in corpus.articles}
    reps = corpus.representative()
    claims = [c for c in corpus.claims if reps.get(c.id, c.id) == c.id]
    # An outlet's own sentence is the account a denial may deny; its figures are not compared (a district's
    # toll in the outlet's words against the province's, one blast's against two: told apart by no rule yet).
    # Of their keys, only what topic_key fills as claim_key does is read (rare words, names, places: a third of
    # the work for some 10,000 sentences a day); their figures are found in the text (claim_key's are the same).
    narrated = _narration(corpus, topic_key) if narration else []
    marks: list[Mark] = []
    cue_starts: dict[str, list[int]] = {}
    for a in corpus.attributions:
        cue_starts.setdefault(a.article, []).append(a.cue.span.start)
    denials = {c.id: d for c in claims if (d := explicit_denial(c.attribution)
                                           + trailing_denial(c.attribution, texts, cue_starts))
               and not undenied(c.attribution, texts[c.attribution.article])}
    others = claims + narrated
    linkable: Linkable | None = None
    lead_words = Leads(articles, weight)
    for c in claims:
        if c.id not in denials:
            continue
        key = denied_key(c, texts[c.attribution.article], weight)
        authors, about = authors_denied(c.attribution, articles[c.attribution.article])
        if authors is not None and not any(is_author(who, o) for who in authors for o in claims if o.id != c.id):
            authors = None  # "مزاعم بأنه قصف مدنيين": no speaker of the corpus is named; linked by what it names
        if authors is not None:
            said = set(claim_key(about).ordered)
            candidates = others
        else:
            linkable = linkable or Linkable(others, weight)
            link_words, rare_of = denial_link_words(key, weight), linkable.skeletons
            candidates = linkable.near(link_words, c.attribution.content.refers_to)
        of_fact = authors is None and not names_statements(c.attribution, texts[c.attribution.article])
        links: list[tuple[Claim, tuple[str, ...]]] = []
        loose: list[tuple[Claim, tuple[str, ...]]] = []
        for other in candidates:
            points_back = c.attribution.content.refers_to == other.id  # "وتنفي السلطات ذلك"
            by_author = authors is not None and any(is_author(who, other) for who in authors)
            # An accusation or an opinion is no fact to deny, unless the denial names its author's statements
            # ("اتهامات نوري المالكي للسعودية باطلة" / the accusation "منبع الإرهاب")
            stance = other.attribution.cue.stance
            if other.id == c.id or other.id in denials or other.attribution.negative or (
                    stance in _NOT_DENIABLE and not points_back and not (by_author and stance in _FALSIFIABLE)):
                continue
            # A speaker does not deny itself in one article; in another outlet it may deny the account that
            # outlet gives of it ("تبنى متمردو حزب العمال الكردستاني قتل شرطيين" / "نفى الجناح العسكري لحزب
            # العمال الكردستاني مسؤوليته عن العملية")
            # (whether it is itself is asked only where it matters: most pairs are two articles and no author)
            if frozenset((c.id, other.id)) in skip or (
                    (c.attribution.article == other.attribution.article or authors is not None)
                    and (relation(c.speaker, other.speaker) == "same" or bool(c.source_key & other.source_key))):
                continue
            if authors is not None:
                # "تصريحات المالكي باطلة": the claims of the speaker named, whatever words they share
                if not by_author:
                    continue
                # and of those, what the denial speaks of (الإرهاب، السعودية), the speaker's name aside
                names = set(claim_key(other.attribution.source.text).ordered)
                words = tuple(f for f in dict.fromkeys(other.key.ordered) if f in said and f not in names)
                if not words:
                    continue
            else:
                words = denial_target_linked(key, other.key, weight, claim_skeletons=rare_of[other.id],
                                             denial_words=link_words)
                if not (points_back or words) and of_fact:
                    # three words of a long fact: held apart, kept only if the denial meets few accounts so
                    words = denial_target_linked(key, other.key, weight, claim_skeletons=rare_of[other.id],
                                                 denial_words=link_words, of_fact=True)
                    if words and not _named_place_conflict(c.attribution, other.attribution) \
                            and lead_words.meet(c.attribution.article, other.attribution.article):
                        loose.append((other, words))
                    continue
                if not (points_back or words):
                    continue
            if not points_back and not lead_words.meet(c.attribution.article, other.attribution.article):
                continue  # words in common, but two stories
            # Countries named apart are two places, unless the denial names much of the account: then they are
            # its actors ("قاعدة إسرائيلية على أراضينا" / "بلادها تتعاون مع جنوب السودان"; "الطيران التركي"
            # / "قرية زركله بشمالي العراق")
            if len(words) < _PLACES_OUTWEIGHED and _place_conflict(c.attribution, other.attribution, c.key, other.key):
                continue
            links.append((other, words))
        # a denial whose three words meet accounts in more articles than this denies none of them in particular
        # (a long statement's common words, on a day of 1,400 articles: "القوات"، "العمليات"، "بسرعة")
        if len({o.attribution.article for o, _ in loose}) <= _LOOSE_REACH:
            links += loose
        if authors is not None and links:
            # Of the named speaker's claims, the one(s) the denial speaks of most: not every statement of his
            # that shares one word of the story ("والإرهاب مستمر" / "منبع الإرهاب" and Saudi Arabia)
            most = max(len(w) for _, w in links)
            links = [(o, w) for o, w in links if len(w) == most]
            # and of those told in one article, the first: the news leads, what the speaker said before is
            # background further down ("ولم تكن اتهامات المالكي وليدة اليوم، فقد ... معتبراً أن الرياض تبنت")
            earliest: dict[str, Claim] = {}
            for o, _ in links:
                art = o.attribution.article
                if art not in earliest or id_order(o.id) < id_order(earliest[art].id):
                    earliest[art] = o
            links = [(o, w) for o, w in links if earliest[o.attribution.article] is o]
        denied_fate = read_fate(c.attribution.content.text)
        for other, words in links:
            if denied_fate and _agrees_on_fate(denied_fate, read_fate(other.attribution.content.text)):
                continue  # "نفت ... الشائعات حول وفاة جلال الدين حقاني" / "جده ما زال على قيد الحياة": the same
            ev = [Evidence("denial", None, d) for d in denials[c.id]]
            ev.append(Evidence("link", Mention(other.attribution.content.text, other.attribution.content.span),
                               Mention(c.attribution.content.text, c.attribution.content.span),
                               "، ".join(w.removeprefix("e:") for w in words)))
            why = "an explicit denial of what the other asserts" + (
                f" (it calls the other speaker's statements false; on: {ev[-1].note})" if authors is not None
                else f" (shared: {ev[-1].note})" if words else " (it points back to it)")
            marks.append(Mark(other.id, c.id, "contradicts", ev, _explain("denies", other.attribution, c.attribution, why),
                              "denies"))
            skip.add(frozenset((c.id, other.id)))
    marks += _fate_marks(claims + narrated, skip, published, weight, lead_words, denials)
    # (a key holds every figure of its own text: a claim whose key has none is not read again)
    measured = [c for c in claims if (c.key.quantities or c.key.details or c.attribution.content.refers_to)
                and figure_conflict_ready(c.attribution.content.text)]
    measured += [c for c in narrated if find_quantities(c.attribution.content.text)
                 and figure_conflict_ready(c.attribution.content.text)]
    leads = lead_words.texts
    for i, x in enumerate(measured):
        for y in measured[i + 1 :]:
            if frozenset((x.id, y.id)) in skip:
                continue
            if _place_conflict(x.attribution, y.attribution, x.key, y.key):
                continue
            # One event: a place or a name in common, not only toll words (contents and leads: places.event_anchors),
            # or one article telling both figures of one thing ("مقتل 27 شخصا" ... "حصيلة القتلى الأولية هي 10
            # ضحايا"); and one country (places.figure_place_conflict: by its lead, or in one article its paragraph).
            if figures_apart(x.attribution, y.attribution, x.key, y.key, articles, leads, weight):
                continue
            mx = Mention(x.attribution.content.text, x.attribution.content.span)
            my = Mention(y.attribution.content.text, y.attribution.content.span)
            conflict = figure_conflict(mx, my)
            if not conflict:
                continue
            speaker = relation(x.speaker, y.speaker)
            # an outlet's own toll that rose ("ارتفع عدد حالات الوفيات ... إلى 29"): the running toll, updated
            risen = any(c.attribution.cue.stance == NARRATION and rises(c.attribution.content.text) for c in (x, y))
            kind = figure_kind(speaker, _one_source(x, y), risen or revises(mx.text, my.text), unnamed_sources(x, y))
            first, second = x, y
            if kind == "updates" and _later(x, y, published):
                first, second = y, x
                conflict = [Evidence(e.kind, e.b, e.a, e.note) for e in conflict]
            marks.append(Mark(first.id, second.id, "contradicts", conflict,
                              _explain(kind, first.attribution, second.attribution, _figures_why(kind, conflict)), kind))
    return marks


def _fate_marks(claims: Sequence[Claim], skip: "set[frozenset[str]]", published: "Mapping[str, object]",
                weight: Callable[[str], float], leads: Leads, denials: "Collection[str]" = ()) -> list[Mark]:
    """One person's fate told two ways (:mod:`.fates`): alive / died, two causes or two times of one death, in
    one article or two of one story (``leads``: "البقاء على قيد الحياة" of newspapers is no one's fate).

    A denial (``denials``: their ids) or a negated statement tells no fate: "طالبان باكستان تنفي وفاة مؤسس شبكة
    حقاني" says he lives, as "جده ما زال على قيد الحياة" does (3alyoum a19c98b2f68e2); held against a report of
    his death it is a denial, marked as one (:func:`find_disputes`).  And a speaker telling two deaths in one
    article tells two persons' ("الأولى قتلت الجندي عبدالعزيز عسيري بتاريخ 22-2-1436هـ. ... والثالثة قتلت
    العريف ماجد القحطاني بتاريخ 15-6-1436هـ.", alyaum a1cd924b2a80a), not one person's twice."""
    def read(c: Claim) -> Fate | None:
        day = published.get(c.attribution.article)
        return read_fate(c.attribution.content.text, day if isinstance(day, dt.date) else None)

    told = [(c, f) for c in claims if not (c.attribution.negative or c.id in denials) and (f := read(c))]
    said = [Mention(c.attribution.content.text, c.attribution.content.span) for c, _ in told]
    # Only two fates with a rare word near both can be one person's (fates._same_person): indexed by those words.
    names = [person_words(f, weight) for _, f in told]
    by_name: dict[str, list[int]] = {}
    for i, words in enumerate(names):
        for w in words:
            by_name.setdefault(w, []).append(i)
    marks = []
    for i, (x, fx) in enumerate(told):
        for j in sorted({j for w in names[i] for j in by_name[w] if j > i}):
            y, fy = told[j]
            if frozenset((x.id, y.id)) in skip or not leads.meet(x.attribution.article, y.attribution.article):
                continue
            if x.attribution.article == y.attribution.article and _one_speaker(x, y):
                continue
            found = fate_conflict(said[i], said[j], fx, fy, weight, one_person=True)  # their person words meet (by_name)
            if not found:
                continue
            kind, evidence, why = found
            marks.append(Mark(x.id, y.id, "contradicts", evidence, _explain(kind, x.attribution, y.attribution, why), kind))
            skip.add(frozenset((x.id, y.id)))
    return marks


def _agrees_on_fate(denied: Fate, other: Fate | None) -> bool:
    """Does a statement that the person lives (``other``) side with a denial of the person's death (``denied``:
    the fate its content tells)?"""
    return other is not None and "alive" in other.kinds and not _dead_in(other) and _dead_in(denied)


def _dead_in(f: Fate) -> bool:
    return "died" in f.kinds or "violent" in f.kinds


def _one_speaker(x: Claim, y: Claim) -> bool:
    """Are two claims of one article told by one speaker: the outlet's own sentences, or one source?"""
    if (x.attribution.cue.stance == NARRATION) != (y.attribution.cue.stance == NARRATION):
        return False
    return x.attribution.cue.stance == NARRATION or relation(x.speaker, y.speaker) == "same"


# A denial sharing this many rare words with an account is linked to it whatever countries each names.
_PLACES_OUTWEIGHED = 4
# A denial of a fact linked by three words only (disputes.denial_target_linked, of_fact) to accounts in more
# articles than this is linked to none of them.
_LOOSE_REACH = 2


def _later(x: Claim, y: Claim, published: "Mapping[str, object]") -> bool:
    """Is ``x`` reported after ``y``: a later publication date, else later in the corpus order."""
    px, py = published.get(x.attribution.article), published.get(y.attribution.article)
    if px is not None and py is not None and px != py:
        return bool(px > py)  # type: ignore[operator]
    return id_order(x.id) > id_order(y.id)


def _figures_why(kind: str, conflict: "Sequence[Evidence]") -> str:
    what = "; ".join(e.note for e in conflict)
    if kind == "updates":
        return f"the same speaker gives a new figure: {what}"
    return f"different speakers give different figures for the same quantity: {what}"


def _flip_if(e: Evidence, turned: bool) -> Evidence:
    return Evidence(e.kind, e.b, e.a, e.note) if turned else e


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


def _one_source(x: Claim, y: Claim) -> bool:
    """Do two claims share a source key other than a place: "الشرطة في نيبال" and "مسؤولون بوزارة الداخلية في
    نيبال" both key as Nepal, and are two speakers (their figures disagree, neither updates the other)."""
    return any(k not in named_places(claim_key(k)) for k in x.source_key & y.source_key)


def _place_conflict(a: Attribution, b: Attribution, ka: ClaimKey, kb: ClaimKey) -> bool:
    """Different countries, counting the source's when the content names none ("ينفي الجيش التونسي وجود
    قواعد في الجنوب" is about Tunisia; "ليبيا تضم نحو 10 قواعد" about Libya)."""
    return places_differ(claim_countries(ka, a.source.text), claim_countries(kb, b.source.text))


def _named_place_conflict(a: Attribution, b: Attribution) -> bool:
    """For a denial of a fact linked by three words: different countries named by name, not nationalities
    (:func:`.places.place_conflict`: "تناول اللاعب البرازيلي مادة محظورة" / "تناوله مادة منشطة في كوبا اميركا").
    The other links and two figures keep :func:`_place_conflict`: on a day of 1,400 articles the nationality
    keeps apart the accounts of events in two countries that share a few words."""
    return place_conflict((a.content.text, a.source.text), (b.content.text, b.source.text))


def _cores_meet(a: Claim, b: Claim, weight: Callable[[str], float]) -> bool:
    """Two claims from different clusters are compared only when their openings or negated parts share
    two rare words ("قاعدة عسكرية أميركية" / "قواعد عسكرية اجنبية")."""
    ca = set(negative_core(a.key, a.attribution.cue.stance == "deny")) or set(a.key.ordered[:5])
    cb = set(negative_core(b.key, b.attribution.cue.stance == "deny")) or set(b.key.ordered[:5])
    rare = [f for f in ca & cb if not f.startswith("e:") and weight(f) >= 2.5]
    return len(rare) >= 2


def _explain(kind: str, a: Attribution, b: Attribution, why: str, side_a: Side | None = None,
             side_b: Side | None = None) -> str:
    """One line: who said what in which article, how the two relate, and why.  Each side as compared (its
    content, a denial not made), or, without one, the attribution as it reads (its content, no such denial)."""

    def said(att: Attribution, side: Side | None) -> str:
        content = side.content.text if side is not None else att.content.text
        if att.cue.stance == NARRATION:
            return f"{att.outlet or att.article} ({att.article}) reports in its own words «{shorten(content)}»"
        who = att.source.text or "an unnamed source"
        verb = "does not deny" if side is not None and side.undenied else "denies" if att.cue.stance == "deny" else "says"
        return f"{who} ({att.article}) {verb} «{shorten(content)}»"

    link = {"contradicts": "contradicted by", "agrees": "agreed by", "clarifies": "clarified by",
            "framing": "framed differently by", "denies": "denied by", "updates": "updated by",
            "disagrees": "disputed by"}[kind]
    return f"{said(a, side_a)}; {link} {said(b, side_b)} — {why}"
