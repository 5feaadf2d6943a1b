"""Which figures of a statement are held against no figure of another: a part of the figure before it (بينهم 12
طفلا), one side's losses (في صفوف، من الميليشيات), the wounded of one severity or condition, and a first figure that
"another" follows.  :mod:`.figures` leaves them out of a comparison; what each figure counts is :mod:`.measured`."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..claims import Quantity, claim_key, find_quantities
from ..claims.units import named_units
from ..lexicon.grammar import grammar
from ..lexicon.morph import LAM, MIN, PRONOUN_SUFFIXES, without_conjunction
from ..normalize import fold
from ..spans import Span
from .statement_words import bare_readings, statement_words
from .measured import CLAUSE_PUNCTUATION_RE, group_of, joined, measured_figures, two_groups
from .noun_counts import singular_units
from .scopes import scope_terms, scope_words

__all__ = ["among_parts", "figure_parts", "names_group"]



@functools.lru_cache(maxsize=8192)
def figure_parts(text: str) -> frozenset[Span]:
    """The spans of the figures of ``text`` held against no figure of another statement: a part of the figure
    before it ("57 مدنيا بينهم 12 طفلا": the children are among the 57, :func:`among_parts`), and
    one side's losses (place_scopes.tsv kind ``side``: "سقوط أحد عشر قتيلا في صفوف القوات الموالية لهادي"), and the
    wounded of one severity (kind ``severity``: "وثلاث إصابات متوسطة")."""
    found = [q for q, _ in measured_figures(text) if q.span is not None]
    ends = [q.span.start for q in found[1:] if q.span] + [len(text)]
    sides = scope_words("side", "severity")
    parts = set(among_parts(text)) \
        | {q.span for q, end in zip(found, ends) if q.span and any(
            f in sides for w, _ in statement_words(text[q.span.end : end])[:_SIDE_REACH] for f in bare_readings(w))} \
        | _actor_losses(text, found, ends) | _more_of_them(text, found, ends) | _in_condition(text, found, ends) \
        | _of_group(text, found, ends)
    # one side's wounded, joined by و to its dead: "سقوط سبعة قتلى بين صفوف القوات الموالية ... واصابة 29 جريحا"
    # (aawsat a5ee96ceb2528), "قتل 3 مسلحين تابعين لميليشيات الحوثي وصالح وأصيب 17 آخرون" (alriyadh, 2015-07-26)
    for p, q in zip(found, found[1:]):
        if p.span in parts and q.span and group_of(q) is None and joined(text, p.span, q.span):
            parts.add(q.span)
    return frozenset(parts)


@functools.lru_cache(maxsize=8192)
def among_parts(text: str) -> frozenset[Span]:
    """The spans of the figures of ``text`` that are some of the figure before them ("57 مدنيا بينهم 12 طفلا"، "لقى 13
    شخصا على الاقل بينهم طفلان": the children are among the dead), and one more joined to such a part ("بينهم 12 طفلا
    وامرأة")."""
    found = [q for q, _ in measured_figures(text) if q.span is not None]
    among = {part.span for whole, part in zip(found, found[1:]) if whole.span and part.span and any(
        "among" in grammar().role(without_conjunction(w)) for w, _ in statement_words(text[whole.span.end : part.span.start]))}
    among |= {q.span for p, q in zip(found, found[1:]) if p.span in among and q.span and (q.low == q.high == 1
              and singular_units().get(fold(q.text)) or two_groups(p, q) and joined(text, p.span, q.span))}
    return frozenset(s for s in among if s is not None)


def _in_condition(text: str, found: Sequence[Quantity], ends: Sequence[int]) -> frozenset[Span]:
    """The figures whose clause (up to the next figure or punctuation) gives the condition of those they count: a noun of
    place_scopes.tsv kind ``condition`` and a severity word after it ("أربعة جنود أصيبوا في الهجوم -الذي استخدم
    فيه مقاتلو حزب العمال البنادق- في حالة خطيرة", alriyadh ab2034b945dde, 2015-08-03): the worst hurt of the
    wounded, no toll of them."""
    conditions, severities = scope_words("condition"), scope_words("severity")
    out = []
    for q, end in zip(found, ends):
        if q.span is None:
            continue
        clause = text[q.span.end : end]
        if (stop := CLAUSE_PUNCTUATION_RE.search(clause)) is not None:
            clause = clause[: stop.start()]  # ("وأصيب 31 آخرون، بينهم أربعة في حالة حرجة": the four's condition)
        readings = [set(bare_readings(w)) for w, _ in statement_words(clause)]
        if any(x & conditions and y & severities for x, y in zip(readings, readings[1:])):
            out.append(q.span)
    return frozenset(out)


def _of_group(text: str, found: Sequence[Quantity], ends: Sequence[int]) -> frozenset[Span]:
    """The figures "من" a group that holds them (place_scopes.tsv kind ``group``), just after the figure or its
    noun: "27 مصابا من الأخوة العمانيين" flown home (alyaum aaeb8a76d8a0e, 2015-08-02) of the 41 injured of the
    crash, "17 شخصًا من بين الضحايا" of one province, "٣ من هؤلاء الضحايا" of the four: a part of a toll."""
    groups = scope_words("group")
    out = []
    for q, end in zip(found, ends):
        if q.span is None:
            continue
        words = statement_words(text[q.span.end : end])[:_GROUP_REACH + 1]
        # من just after the figure or its noun, not after another word ("21 متمردا معظمهم من الاجانب": most of them)
        k = 1 if words and named_units(words[0][0]) else 0
        if len(words) > k + 1 and words[k][0] == MIN and set(bare_readings(words[k + 1][0])) & groups:
            out.append(q.span)
        elif q.unit is None and words and _of_them(words[0][0]):
            # "وقتل اثنان منهم خلال تبادل إطلاق النار" (aljazirah, 2015-08-01): two of the ones told before, no toll
            # of the clash (judged other-event against three soldiers killed in Sirnak the day before, Y026, Y039,
            # Y041); right after a bare number only: "قتل 3 أشخاص منهم طفلان" tells the three's breakdown
            out.append(q.span)
    return frozenset(out)


def _of_them(word: str) -> bool:
    """Is a folded word "من" with a pronoun (منهم، منها، منهن، منهما)?"""
    bare = without_conjunction(word)
    return bare.startswith(MIN) and bare[len(MIN):] in PRONOUN_SUFFIXES


# How many words after a figure its "من" and group may stand ("27 مصابا من الأخوة").
_GROUP_REACH = 2


def _more_of_them(text: str, found: Sequence[Quantity], ends: Sequence[int]) -> frozenset[Span]:
    """The first figure of a statement when "another" follows it (particles.tsv role ``another``): "وقتل جنديان
    آخران عندما أرسلت الحكومة تعزيزات" (2015-08-03) counts two more than the sentences before it told, no toll of the
    clashes to hold against "قتل 5 أشخاص وأصيب 12" (judged other-event, P015, P035, P047).  After a figure of its own
    statement ("مقتل جنديين وجرح 31 آخرين") "others" are other than those, and the figure is a toll."""
    if not found or found[0].span is None \
            or next((m for q, m in measured_figures(text) if q == found[0]), None) != _KILLED:
        return frozenset()  # ("وأصيب 17 آخرون": the wounded other than the dead told before, all of them)
    first = found[0].span
    after = statement_words(text[first.end : ends[0]])[:_ANOTHER_REACH]
    if any(_another(without_conjunction(w)) for w, _ in after):
        return frozenset({first})
    return frozenset()


def _another(word: str) -> bool:
    """Is a folded word "another" (particles.tsv role ``another``), its dual or plural read in code (آخران، آخرين)?"""
    g = grammar()
    return "another" in g.role(word) or any(
        word.endswith(e) and "another" in g.role(word[: -len(e)]) for e in _NUMBER_ENDINGS)


_NUMBER_ENDINGS = ("\u0627\u0646", "\u064a\u0646", "\u0648\u0646")  # ان، ين، ون


_KILLED = "killed"  # the measure of the dead (quantity_measures.tsv)
# How many words after a figure its "another" may stand ("جنديان آخران"، "13 شخصا آخرين").
_ANOTHER_REACH = 2



def _actor_losses(text: str, found: Sequence[Quantity], ends: Sequence[int]) -> frozenset[Span]:
    """The figures of one party's losses (place_scopes.tsv kind ``actor``): counted in its own noun ("9 متمردين
    قتلوا": aawsat a4e65cf434bb7), or "من" / "لـ" the party just after it ("مما أسفر عن سقوط 13 قتيلاً وإصابة 23
    آخرين من الميليشيات": aawsat aa1e135967489, which holds the 13 of a bare measure joined to it too; "عثر
    رجال المقاومة على 8 جثث للميليشيات"), held against no toll of the whole event, as a side's (صفوف)."""
    actors = scope_terms("actor")
    out: list[Span] = []
    for k, (q, end) in enumerate(zip(found, ends)):
        if q.span is None:
            continue
        # (an approximator after the figure is the figure's own: "مقتل 2927 على الأقل من تنظيم داعش" counts the
        # party's dead as "مقتل 2927 من تنظيم داعش" does; aleqtisadiya a88a7b0c1661d, 2015-07-23, judged part-vs-whole P017)
        window = statement_words(text[q.span.end : end])[:_SIDE_REACH + 1]
        if not window or window[0][0] != MIN:
            window = window[:_SIDE_REACH]  # (after من, the party may follow a head and a word: "من قادة تنظيم داعش")
        hit = False
        for i, (w, _) in enumerate(window):
            if _word_terms(w) & actors and (i == 0 or w.startswith(LAM) or any(x == MIN for x, _ in window[:i])):
                hit = True
                break
        if not hit:
            continue
        out.append(q.span)
        # "سقوط 13 قتيلاً وإصابة 23 آخرين من الميليشيات": the figure joined to it by و, of no group of its own
        prev = found[k - 1] if k else None
        if prev is not None and prev.span and group_of(prev) is None and joined(text, prev.span, q.span):
            out.append(prev.span)
    return frozenset(out)


@functools.lru_cache(maxsize=65536)
def _word_terms(word: str) -> frozenset[str]:
    return frozenset(claim_key(word).ordered)


# How many words after a figure "في صفوف" may stand ("أحد عشر قتيلا في صفوف").
_SIDE_REACH = 3


def names_group(text: str, group: str) -> bool:
    """Does ``text`` name people of ``group`` (units.tsv) in a word that is no figure's unit ("القتلى المدنيين")?
    A count of people that does counts that group, no whole of it (:func:`.figures.figure_conflict`)."""
    units = [q.span for q in find_quantities(text) if q.span is not None]
    return any(group in named_units(w) and not any(u.start <= span.start < u.end for u in units)
               for w, span in statement_words(text))
