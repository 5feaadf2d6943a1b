"""The rules that relate two sides of one claim, tried in order: the first that applies decides.

Two claims about the same thing are compared on:

- **polarity**: cue stance times content negation (deny x positive = negative; assert x negated = negative;
  deny x negated = positive), with ``ذلك`` resolved to the claim it points back to;
- **a denial not made** ("ولم ينف الكرملين"), which is no confirmation either (framing);
- **numbers**: different quantities of the same unit beyond their approximation ranges (14 jets / 20 jets);
- **opposed predicates** from ``data/antonyms.tsv`` (تأجيل/بدء، رفض/قبل، انسحاب/تقدم ...);
- **swapped actors**: X attacked Y / Y attacked X;
- **hedges**: one outlet reports as fact what another reports as "المزعومة" or "تقارير تشير" (framing);
- **clarification**: the same source restating its claim with a clarifying cue (أوضح، بيّن، توضيح).

:data:`RULES` is the cascade as an ordered list of named checks; :func:`compare` runs it.
:func:`find_contradiction` applies the same evidence to two bare texts.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

import attrs
import regex

from ..claims import ClaimKey, claim_key, find_quantities
from ..matching.score import RELATED, SAME, PairScore, pair_score, unmatched_figures
from ..matching.mention_overlap import one_speaker
from ..models import Mention
from ..normalize import fold
from ..polarity import negation_echoed, reported, text_polarity
from ..spans import Span
from .disputes import denial_mentions, report_speakers
from .evidence import Evidence, Side, mention
from .predicates import actors_swapped, antonym_evidence

__all__ = ["NO_MARK", "RULES", "WORDING_CORPUS_MOST", "Verdict", "asks", "compare", "find_contradiction", "rests_on_wording"]



# On a corpus of more than this many articles a contradiction that rests on wording alone is held back
# (:func:`rests_on_wording`).
WORDING_CORPUS_MOST = 100


def rests_on_wording(evidence: "list[Evidence] | tuple[Evidence, ...]") -> bool:
    """Does a contradiction rest on wording alone: a negation or opposed predicates, with no denial, figures,
    fate or swapped actors?  Such a mark holds between two statements of one small corpus (a story folder, the
    articles of a pair: real_disputes D1-022 "فى خطر" / "مستقرة") but not on a day of news: of the 31 the
    first 1,400 articles of SaudiNewsNet 2015-07-21 still drew after the fixes of issue 13, two were right ("not
    only ... but also" read as a negation, "ما لم" (unless), "سبب عدم النشر", "ليس جميع" (not all), a question
    with "لماذا لا", a trend word of another quantity or time).  So on a corpus of more than
    :data:`WORDING_CORPUS_MOST` articles they are held back (``contradictions``)."""
    return all(e.kind in ("negation", "antonyms") for e in evidence)  # none: a polarity read with no span to show


# --- The cascade -------------------------------------------------------------------------------------------

Verdict = tuple[str, list[Evidence], str]  # kind, evidence, why


class _Stop(enum.Enum):
    NO_MARK = "no mark"


NO_MARK = _Stop.NO_MARK  # a rule settles that the pair gets no mark


@attrs.frozen
class _Pair:
    """The two sides of one comparison and what every rule reads about them."""

    a: Side
    b: Side
    score: PairScore
    same_claim: bool  # False for a close pair from two clusters: then only clear evidence makes a mark
    same_source: bool


def _opposite_polarity(p: _Pair) -> Verdict | _Stop | None:
    a, b = p.a, p.b
    if a.negative == b.negative or not _negation_met(*((a, b) if a.negative else (b, a))):
        return None
    if asks(a.content.text) or asks(b.content.text):
        return NO_MARK  # a question asserts nothing: "«إمتى هتفضي لنا شوية يا أستاذ؟»" (SaudiNewsNet 2015-07-21, ae663b660f49b)
    evidence = list(a.evidence) + [e.flipped() for e in b.evidence]
    if p.same_source and not (a.clarifying or b.clarifying) and _denies_report(a if a.negative else b):
        who_neg = "second" if b.negative else "first"
        return "contradicts", evidence, f"the {who_neg} denies the report of what the other says"
    if a.clarifying or b.clarifying or (p.same_source and (p.same_claim or p.score.kind == "same")):
        return "clarifies", evidence + [Evidence("clarification", None, None)], "the same source restates its claim"
    if p.same_source:
        return NO_MARK  # one speaker on two different things in one breath
    who_neg = "second" if b.negative else "first"
    return "contradicts", evidence, f"opposite polarity: the {who_neg} denies or negates what the other asserts"


def _denies_report(negative: Side) -> bool:
    """Does a side deny a report it names by its carrier or by whom it quotes ("نفى المتحدث الرسمي باسم انصار الله ...
    ما نقل عن زعيمهم عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة", almadina 3477a36e22, 2015-07-26; "ما نقل عنه")?
    Then a speaker takes back words put in its own mouth or its party's, against the account that told them
    (real_disputes2 E2-005): that is no restatement of one claim."""
    return any(e.kind == "denial" for e in negative.evidence) and report_speakers(negative.content.text) is not None


def _denial_not_made(p: _Pair) -> Verdict | _Stop | None:
    a, b = p.a, p.b
    if a.undenied == b.undenied:
        return None
    which = "first" if a.undenied else "second"
    ev = [Evidence("hedge", h, None) for h in a.hedged] + [Evidence("hedge", None, h) for h in b.hedged]
    return "framing", ev, f"the {which} says only that the speaker did not deny it, which is not a confirmation"


def _different_numbers(p: _Pair) -> Verdict | _Stop | None:
    a, b, score = p.a, p.b, p.score
    if not score.conflicting_numbers:
        return None
    evidence = []
    for qa in find_quantities(a.content.text):
        for qb in find_quantities(b.content.text):
            if (qa.text, qb.text) in score.conflicting_numbers:
                evidence.append(Evidence("numbers", mention(a.content.text, qa.span, a.content.span.start),  # type: ignore[arg-type]
                                         mention(b.content.text, qb.span, b.content.span.start), f"{qa.text} / {qb.text}"))  # type: ignore[arg-type]
    return "contradicts", evidence, "different numbers for the same thing: " + "; ".join(f"{x} / {y}" for x, y in score.conflicting_numbers)


def _opposed_predicates(p: _Pair) -> Verdict | _Stop | None:
    antonym = antonym_evidence(p.a, p.b)
    if antonym is None:
        return None
    if p.same_source and _named(p.a) and _named(p.b):
        # One named speaker on two things, not against itself.  An anonymous one ("مسؤول بقطاع السجون") may be
        # two people, or extraction may have carried it over a sentence that names another ("يذكر أن تنظيم
        # الإخوان، زعم أن الحالة الصحية لمرسى، فى خطر", real_disputes D1-022).  Seen on a real day: "ضعف الأنظمة العربية" / "حين كانت هذه الأنظمة قوية" (then
        # and now), "انخفضت معدلات عودتهم للجريمة" / "من زيادة إدراك تعبيرات الوجه" (SaudiNewsNet 2015-07-21,
        # a8fc64d946b88, a000f02be7c5f)
        return NO_MARK
    return "contradicts", [antonym], f"opposed predicates: {antonym.note}"


def _named(side: Side) -> bool:
    """Is the side's speaker named: not an anonymous source (which marks.side_of counts among its hedges)?"""
    return not any(h.text == side.source for h in side.hedged)


def _swapped_actors(p: _Pair) -> Verdict | _Stop | None:
    swapped = actors_swapped(p.a.key, p.b.key)
    if not swapped:
        return None
    if p.same_source and _named(p.a) and _named(p.b):
        # one named speaker on two things, as with opposed predicates: "قرار مرشد الثورة الايرانية يمثل خرقا للسيادة
        # العراقية" and "السلطات العراقية التي سلمت سيادة العراق لطهران", both اتحاد القوى العراقية (okaz aebeb9a0b9,
        # 2015-07-31, judged agreement F109)
        return NO_MARK
    return "contradicts", [Evidence("actors", None, None, f"{swapped[0]} / {swapped[1]}")], \
        f"actors swapped: {swapped[0]} and {swapped[1]} trade places"


_QUESTION_END_RE = regex.compile(r"\u061f[\s\p{P}]*$")  # ؟ (ARABIC QUESTION MARK), then quotes or stops


def asks(text: str) -> bool:
    """Does a content end in a question mark (a question, no statement)?"""
    return bool(_QUESTION_END_RE.search(text))


# How many words after a negator say what it negates: the negated predicate and the word after it ("لا تساعد على
# بناء الثقة": تساعد، بناء; "عدم التجمهر لمساعدة الفرق": تجمهر، مساعد), not the rest of the clause.  The word after
# it is what joins "لن يفقد أي عامل عمله" to "قد يكلف قرابة 1500 عامل وظائفهم" (heldout_clusters2), and as often a
# detail both sides name ("لا توجد معلومات" / "المعلومات المتوفرة ... تؤكد", SaudiNewsNet 2015-07-21,
# a105c832b3c9c): such marks are held back on a large corpus (:func:`rests_on_wording`).
_NEGATED_WORDS = 2


def _negation_met(negative: Side, positive: Side) -> bool:
    """Does the positive side assert what the negative one negates: a word of the negated part of its content
    (the words after its negator) in the other, and not under the same negation?  Two claims of one cluster
    differ in polarity without disputing anything when the negation is of a detail the other does not tell
    ("عدم التجمهر لمساعدة الفرق الإسعافية" / "تلقت بلاغاً ... بوجود حادث انقلاب"، SaudiNewsNet 2015-07-21) or
    when both carry it ("بأنها لا تساعد على بناء الثقة" / "متناقضة ولا تساعد على بناء الثقة").  A denial (its cue)
    negates its whole content, and so does a phrase that calls it false ("الإشاعات المتعلقة بموت جلال الدين
    حقاني لا أساس لها"), read as it stands."""
    if any(e.kind == "denial" for e in negative.evidence) or not negative.key.negated_part \
            or denial_mentions(negative.content.text, verbs_within=0):
        return True
    if not set(negative.key.negated_part[:_NEGATED_WORDS]) & set(positive.key.ordered):
        return False
    _, found = text_polarity(negative.content.text)
    return not negation_echoed(negative.content.text, found, positive.content.text)


def _close_pair_only_on_clear_evidence(p: _Pair) -> Verdict | _Stop | None:
    """Two clusters' claims past the rules above: a clarification, or two negatives that agree ("تؤكد
    السلطات أنه ليست هناك قاعدة" / "ينفي الجيش وجود قواعد"), or a pair that scores as the same claim."""
    a, b = p.a, p.b
    if p.same_claim:
        return None
    if a.clarifying != b.clarifying and p.same_source:
        return "clarifies", [Evidence("clarification", None, None)], "the same source clarifies its claim"
    if not (a.negative and b.negative) and p.score.score < SAME:
        return NO_MARK
    return None


def _hedged_on_one_side(p: _Pair) -> Verdict | _Stop | None:
    a, b = p.a, p.b
    if bool(a.hedged) == bool(b.hedged):
        return None
    hedged, plain = ("first", "second") if a.hedged else ("second", "first")
    ev = [Evidence("hedge", h, None) for h in a.hedged] + [Evidence("hedge", None, h) for h in b.hedged]
    return "framing", ev, f"the {hedged} reports it with a hedge or an anonymous source, the {plain} as fact"


def _clarified(p: _Pair) -> Verdict | _Stop | None:
    if p.a.clarifying != p.b.clarifying and p.same_source:
        return "clarifies", [Evidence("clarification", None, None)], "the same source clarifies its claim"
    return None


def _agreement(p: _Pair) -> Verdict | _Stop | None:
    evidence = [Evidence("agreement", None, None, r) for r in p.score.reasons if r.startswith("shared numbers")]
    polarity = "both deny or negate it" if p.a.negative else "both assert it"
    return "agrees", evidence, f"the same claim, {polarity}"


# A rule returns a verdict, NO_MARK, or None when it does not apply and the next one is tried.
Rule = Callable[[_Pair], "Verdict | _Stop | None"]
RULES: tuple[tuple[str, Rule], ...] = (
    ("opposite polarity", _opposite_polarity),
    ("denial not made", _denial_not_made),
    ("different numbers", _different_numbers),
    ("opposed predicates", _opposed_predicates),
    ("swapped actors", _swapped_actors),
    ("close pair only on clear evidence", _close_pair_only_on_clear_evidence),
    ("hedged on one side", _hedged_on_one_side),
    ("clarified", _clarified),
    ("agreement", _agreement),
)


def compare(a: Side, b: Side, score: PairScore, same_claim: bool = True) -> Verdict | None:
    """The relation of two sides of one claim, or None when nothing can be said: the first of
    :data:`RULES` that applies decides.

    ``same_claim`` is False for a close pair from two clusters: then only clear evidence makes a mark.
    """
    same_source = (bool(a.source) and fold(a.source) == fold(b.source)) or bool(a.source_key & b.source_key) \
        or one_speaker(a.source, b.source)
    pair = _Pair(a, b, score, same_claim, same_source)
    for _name, rule in RULES:
        outcome = rule(pair)
        if outcome is NO_MARK:
            return None
        if outcome is not None:
            return outcome
    return None


def find_contradiction(a: str, b: str) -> tuple[str, tuple[str, ...]] | None:
    """For two claim texts: ("contradicts", reasons) when they cannot both be true, else None."""
    ka, kb = claim_key(reported(a)), claim_key(reported(b))
    score = pair_score(ka, kb)
    if score.score < RELATED and not _strong_core(ka, kb):
        return None
    if score.country_conflict:
        return None  # "450 كيلومترا شرقي طرابلس" / "560 كيلومترا غربي بنغازي": different things measured
    na, ea = text_polarity(a)
    nb, eb = text_polarity(b)
    if na != nb and (negation_echoed(a, ea, b) if na else negation_echoed(b, eb, a)):
        nb = na  # "لم يتبق" in both, one read through its frame and one as a whole sentence
    if na != nb:
        return "contradicts", tuple(f"{k}: {s.of(a)}" for k, s in ea) + tuple(f"{k}: {s.of(b)}" for k, s in eb)
    figures = unmatched_figures(ka.quantities, kb.quantities)
    if figures:
        # like with like: counts of one measure (a unit or what is counted), neither met on the other side; not a
        # date's day ("27 كانون الأول" / "أقل من ألف"), "إحدى" (one of) or "عدة" (several) against a count
        return "contradicts", ("conflicting numbers: " + "; ".join(f"{x.text} / {y.text}" for x, y in figures),)
    sa = Side(ka, na, (), (), "", False, Mention(a, Span(0, len(a))))
    sb = Side(kb, nb, (), (), "", False, Mention(b, Span(0, len(b))))
    antonym = antonym_evidence(sa, sb)
    if antonym is not None:
        return "contradicts", (f"opposed predicates: {antonym.note}",)
    swapped = actors_swapped(ka, kb)
    if swapped:
        return "contradicts", (f"actors swapped: {swapped[0]} / {swapped[1]}",)
    return None


def _strong_core(a: ClaimKey, b: ClaimKey) -> bool:
    """Do the openings share two content words (not just names)?  "قاعدة عسكرية" / "قواعد عسكرية"."""
    shared = set(a.ordered[:5]) & set(b.ordered[:5])
    return sum(1 for f in shared if not f.startswith("e:")) >= 2
