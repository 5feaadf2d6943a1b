"""Figures compared like with like: which statements' figures disagree, and which revise one another.

A figure is compared only with a figure of the same measure (killed, wounded, detained: what
:class:`~claimtrack.claims.Quantity` ``counts``), of the same group when both name one (civilians / fighters), and
never a part against its whole (43 + 7 = 50), a total against a count ten times smaller, or two figures of which
one is repeated by the other side (31 and 32 / 32).  :func:`figure_kind` says whether a difference is an
``updates`` (one speaker revising itself, or a toll that rose) or a ``disagrees`` (two speakers).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import attrs
import regex

from ..claims import Quantity, claim_key, find_quantities
from ..claims.approximators import more_than
from ..geography import named_places
from ..lexicon.morph import MIN, TEH
from ..matching.score import Claim
from ..models import Mention, id_order
from ..normalize import fold
from ..timewords.words import date_words
from .statement_words import bare_readings, statement_words
from .dating import dated_detail, named_dates
from .measured import CASUALTIES, group_of, measured_figures, side_of
from .parts import among_parts, figure_parts, names_group
from .toll_scope import event_nouns, part_of_total, several_events, told_as_part
from .scopes import scope_words
from .evidence import Evidence, mention
from .durations import ago_words

__all__ = ["figure_conflict", "figure_conflict_ready", "figure_kind", "one_source", "period_bound", "reported_later", "revises", "rises", "running_apart", "said_at_once", "since_day",
           "unnamed_sources"]

# A figure more than this many times another is a different scope (a raid's toll / the war's), not a dispute.
_MAX_RATIO = 6.0


def figure_conflict_ready(text: str) -> bool:
    """Does ``text`` hold a figure of a known measure (killed, wounded, detained ...)?"""
    return bool(measured_figures(text))


def figure_conflict(a: Mention, b: Mention) -> list[Evidence]:
    """Evidence that two statements give different figures for the same quantity, or [] when they do not.

    For each measure both count (killed, wounded, ...): no figure of one may be compatible with a figure of
    the other (both ranges, "على الأقل" and "نحو" included; when each side gives as many figures, one per event, a
    figure is matched by one of the other's and the rest compared), nor the sum of one side's figures with a figure
    of the other side when it gives fewer (a breakdown); figures that name two groups (مدنيين / مقاتلين) are not compared, and a figure more
    than three times the other is a different scope rather than a dispute."""
    qa, qb = _figures_with_attacker(a.text), _figures_with_attacker(b.text)
    if period_bound(a.text) != period_bound(b.text):
        return []  # a count over a period (since its start, before an event) against one of a day's event
    groups_a, groups_b = {group_of(q) for q, _ in qa} - {None}, {group_of(q) for q, _ in qb} - {None}
    if groups_a and groups_b and not groups_a & groups_b:
        return []  # the two count different sides (17 security men and dozens wounded / 260 Kurdish fighters)
    evidence: list[Evidence] = []
    for m in dict.fromkeys(m for _, m in qa):
        xs = [q for q, mq in qa if mq == m]
        ys = [q for q, mq in qb if mq == m]
        if not ys:
            continue
        parts_a, parts_b = figure_parts(a.text), figure_parts(b.text)  # spans of each side's own text
        sides_x, sides_y = [side_of(a.text, x) for x in xs], [side_of(b.text, y) for y in ys]
        pairs = [(x, y) for x, sx in zip(xs, sides_x) for y, sy in zip(ys, sides_y)
                 if not (group_of(x) and group_of(y) and group_of(x) != group_of(y))
                 and not _sides_apart(sx, sy) and not (_vague(x) or _vague(y)) and x.span not in parts_a and y.span not in parts_b
                 and not _group_within(x, y, a.text, b.text)]
        if len(xs) == len(ys) > 1:
            # a figure per event on each side: the figures no figure of the other side gives ("مقتل 11 شخصا ... فيما
            # لقي نحو 42 مصرعهم" and "مقتل 13 شخصا ... فيما لقي نحو 37 مصرعهم", Boko Haram's attacks at Maroua and
            # Gombe, aljazirah ae2bb82e35898 / alriyadh a84e480107714, 2015-07-24, judged disagrees P051, agree on
            # Gombe and not on Maroua); with more figures on one side, a breakdown ("تم نقل ٤٩ مصابا منهم ٤ ...
            # وثمانية", okaz d1f89b928e), one figure in common is enough
            matched = {q for x, y in pairs if _overlap(x, y) for q in (x, y)}
            pairs = [(x, y) for x, y in pairs if x not in matched and y not in matched]
        elif any(_overlap(x, y) for x, y in pairs):
            continue
        if not pairs:
            continue
        # (a part is inside its whole, never added to it: "13 شخصا على الاقل بينهم طفلان" is no breakdown of 15)
        among_a, among_b = among_parts(a.text), among_parts(b.text)
        if _sum_matches([x for x in xs if x.span not in among_a], ys) \
                or _sum_matches([y for y in ys if y.span not in among_b], xs):
            continue
        x, y = min(pairs, key=lambda p: _ratio(*p))
        if _ratio(x, y) > _MAX_RATIO:
            continue
        # a past event's toll in a relative clause, dated there: only against a toll of that date
        if any((d := dated_detail(t, q)) and d not in named_dates(o) for t, q, o in ((a.text, x, b.text), (b.text, y, a.text))):
            continue
        small, large = (a.text, b.text) if x.low < y.low else (b.text, a.text)
        if part_of_total(small, large) or told_as_part(small) or (several_events(large) and not several_events(small)):
            continue
        evidence.append(Evidence("numbers", _shift(x, a), _shift(y, b), f"{m}: {x.text} / {y.text}"))
    return evidence or _casualties_conflict(a, b, qa, qb)


@functools.lru_cache(maxsize=8192)  # (as measured_figures: a statement's figures are held against many others')
def _figures_with_attacker(text: str) -> tuple[tuple[Quantity, str], ...]:
    """:func:`~.measured.measured_figures` of ``text``, each figure that names its attacker widened
    (:func:`_with_attacker`)."""
    return tuple((_with_attacker(text, q), m) for q, m in measured_figures(text))


def _with_attacker(text: str, q: Quantity) -> Quantity:
    """A figure that names its attacker right after it, among those it counts or beside them ("نقلنا سبع جثث بينها
    جثة الانتحارية"، "حملنا ست جثث وجثة الانتحارية"، place_scopes.tsv kind ``attacker``), as the figure with him and
    the figure without him: an official's "مقتل ستة أشخاص" in the Maiduguri market and a rescuer's seven bodies with
    the bomber's are one toll (2015-07-31, judged same-figure N001; 2015-08-01, P060)."""
    if q.span is None:
        return q
    after = text[q.span.end :]
    if (stop := _ATTACKER_CLAUSE_END_RE.search(after)) is not None:
        after = after[: stop.start()]  # (a comma may stand before بينها: "سبع جثث، بينها جثة الانتحارية")
    attackers = scope_words("attacker")
    if any(f in attackers for w, _ in statement_words(after)[:_ATTACKER_REACH] for f in bare_readings(w)):
        return attrs.evolve(q, low=max(q.low - 1, 0.0), high=q.high + 1)
    return q


# How many words after a figure may name the attacker it counts ("بينها جثة الانتحارية"، "بمن فيهم الانتحاري").
_ATTACKER_REACH = 4
# Where the figure's clause ends for that: a stop, or a comma before a clause that opens with و.
_ATTACKER_CLAUSE_END_RE = regex.compile(r"[.؛:!?؟]|[،,]\s*\u0648")


def _casualties_conflict(a: Mention, b: Mention, qa: "Sequence[tuple[Quantity, str]]",
                         qb: "Sequence[tuple[Quantity, str]]") -> list[Evidence]:
    """Evidence that one side's figure of the dead and the wounded together (:data:`~.measured.CASUALTIES`: "66
    قتيلاً وجريحاً") is not the sum of the other side's one figure of the dead and one of the wounded, none of them a
    part of another figure or one side's losses (:func:`~.parts.figure_parts`, :func:`~.measured.side_of`): the Iraqi interior ministry's "ارتفعت من جديد إلى 66 قتيلاً وجريحاً" against its source's "مقتل 19
    شخصا على الأقل واصابة 43" (aljazirah 3bfe40c71d / alriyadh ba497f79e9, 2015-07-23, real_disputes2 E1-033)."""
    for (x, qx, y, qy), flip in (((a, qa, b, qb), False), ((b, qb, a, qa), True)):
        totals = [q for q, m in qx if m == CASUALTIES]
        killed = [q for q, m in qy if m == "killed"]
        wounded = [q for q, m in qy if m == "wounded"]
        if len(totals) != 1 or len(killed) != 1 or len(wounded) != 1 or any(m == CASUALTIES for _, m in qy):
            continue
        total, dead, hurt = totals[0], killed[0], wounded[0]
        if any(_vague(q) for q in (total, dead, hurt)) or group_of(dead) != group_of(hurt):
            continue
        # ("30 قتيلا وجريحا من الطرفين" against "مقتل 10 من الحوثيين وإصابة 12 آخرين": one side's, not the toll)
        if total.span in figure_parts(x.text) or {dead.span, hurt.span} & figure_parts(y.text) \
                or side_of(x.text, total) is not None or side_of(y.text, dead) is not None or side_of(y.text, hurt) is not None:
            continue
        low, high = _low(dead) + _low(hurt), _high(dead) + _high(hurt)
        if _meet(_low(total), _high(total), low, high):
            continue
        if max(low, _low(total)) > _MAX_RATIO * max(min(high, _high(total)), 1e-9):
            continue
        small, large = (x.text, y.text) if _low(total) < low else (y.text, x.text)
        if part_of_total(small, large) or told_as_part(small) or several_events(x.text) or several_events(y.text):
            continue
        told = (total.text, f"{dead.text} + {hurt.text}")
        note = f"{CASUALTIES}: {told[1]} / {told[0]}" if flip else f"{CASUALTIES}: {told[0]} / {told[1]}"
        ev = Evidence("numbers", _shift(total, x), _shift(dead, y), note)
        return [ev.flipped() if flip else ev]
    return []


def _group_within(x: Quantity, y: Quantity, text_x: str, text_y: str) -> bool:
    """Is one figure a count of a group (children, women, civilians) and the other a count of people of no group
    more than :data:`_GROUP_PART` times it, whose statement names that group nowhere but as another figure's unit:
    the group may be some of the people counted.  "القوات الحكومية قتلت 143 شخصًا، يتوزعون إلى 19 مسلحًا، و124
    مدنيًا، بينهم 36 طفلاً" and "مقتل 39 طفلاً خلال أيام عيد الفطر" (the Syrian Network for Human Rights' Eid report,
    2015-07-21) count two things; "ارتفع عدد القتلى المدنيين ... إلى 103 قتلى" counts the civilians "قتل 43 مدنيا
    على الأقل" counts (aawsat / alriyadh, 2015-07-22, judged disagrees P017)."""
    if bool(group_of(x)) == bool(group_of(y)):
        return False
    group, people, text = (x, y, text_y) if group_of(x) else (y, x, text_x)
    return _low(people) > _GROUP_PART * _high(group) and not names_group(text, group_of(group) or "")


# How many times a count of people of no group must be a group's count for the group to be read as a part of it.
_GROUP_PART = 2.0


def _sides_apart(sx: str | None, sy: str | None) -> bool:
    """Do two figures count the losses of two sides (:func:`~.measured.side_of`): "مقتل تسعة عناصر من تنظيم الدولة
    الاسلامية" in Turkish strikes and "مقتل 12 من عناصر قوات النظام" in clashes (the Observatory, a05e8592613f0 /
    a7de650953ee0, 2015-07-25, judged other-event P020, P074), "21 من عناصر الجيش والحشد الشعبي" and "47 عنصراً من
    التنظيم" (a56b3cae05dc9 / ac60ebf9642b5, P022)?  ``sx``, ``sy``: each figure's side, or None."""
    return sx is not None and sy is not None and sx != sy


# A count without digits whose range spans this many times its floor is a manner of speaking (العشرات: 20-90).
_VAGUE_SPAN = 3.0


def _vague(q: Quantity) -> bool:
    """"أصيب العشرات"، "مئات القتلى": no figure to hold against another ("مائة جريح")."""
    return not any(c.isdigit() for c in q.text) and q.low > 0 and q.high >= _VAGUE_SPAN * q.low \
        and _high(q) != float("inf")


def _overlap(x: Quantity, y: Quantity) -> bool:
    """Do two figures of one measure overlap (within 2%), whatever unit each is written with (شخصا، ضحايا)?
    A lower bound ("أكثر من 10"، "على الأقل") holds any larger figure, an upper bound ("أقل من") any smaller;
    "more than 27" does not hold 27 itself, unless 27 is a round hundred or thousand, which is said loosely
    ("أكثر من 100 جريح" / "مائة جريح")."""
    if _strictly_more(x) and _excludes(x, y) or _strictly_more(y) and _excludes(y, x):
        return False
    return _meet(_low(x), _high(x), _low(y), _high(y))


def _meet(low_a: float, high_a: float, low_b: float, high_b: float) -> bool:
    """Do two ranges of figures meet, within :data:`_TOLERANCE` (2%: 49 and 50 are one figure said twice)?"""
    return low_a <= high_b * _TOLERANCE and low_b <= high_a * _TOLERANCE


_TOLERANCE = 1.02


def _strictly_more(q: Quantity) -> bool:
    text = fold(q.text)
    return any(text.startswith(m + " ") for m in more_than())


def _excludes(bound: Quantity, point: Quantity) -> bool:
    """Is ``point`` an exact figure equal to the bound of "more than N" (and N not a round hundred)?"""
    return point.low == point.high == bound.low and not _strictly_more(point) and bound.low % 100 != 0


def _high(q: Quantity) -> float:
    # quantities.py reads a lower bound as [value, 1.5 x value]: the figure it gives is only a floor
    return float("inf") if q.low > 0 and abs(q.high - 1.5 * q.low) < 1e-6 * q.high else q.high


def _low(q: Quantity) -> float:
    # and an upper bound as [0.5 x value, value]
    return 0.0 if q.high > 0 and abs(q.low - 0.5 * q.high) < 1e-6 * q.high else q.low


def _ratio(x: Quantity, y: Quantity) -> float:
    """How many times the larger figure is the smaller: the gap between the two ranges (نحو 10 / 27 = 27 / 11.5)."""
    small, large = sorted((x, y), key=lambda q: q.low)
    return large.low / max(small.high, 1e-9)


def _sum_matches(parts: Sequence[Quantity], wholes: Sequence[Quantity]) -> bool:
    """Do ``parts`` (two figures or more) add up to a figure of ``wholes``, a side that gives fewer figures: a
    breakdown of the other's total?  Two sides that each give a figure per event are no breakdown of each other:
    "11 ... ونحو 42" and "13 ... ونحو 37" (Maroua and Gombe, P051) do not sum to each other's "نحو 42"."""
    if len(parts) < 2 or len(wholes) >= len(parts):
        return False
    low, high = sum(q.low for q in parts), sum(q.high for q in parts)
    return any(_meet(w.low, w.high, low, high) for w in wholes)


def _shift(q: Quantity, where: Mention) -> Mention | None:
    return mention(where.text, q.span, where.span.start) if q.span is not None else None


def figure_kind(speaker: str, same_source: bool, revised: bool = False, unnamed: bool = False) -> str:
    """``updates`` when one speaker revises its own figure, or when one statement says the other's figure
    rose to its own (``revised``: :func:`revises`), ``disagrees`` between two speakers.  ``speaker`` is
    :func:`claimtrack.matching.speaker_relation.relation` of the two ("same", "different" or "").  ``unnamed``
    (:func:`unnamed_sources`): an anonymous source is no one speaker ("مصادر خاصة" in one article, "المصادر"
    or "مصادر عسكرية" in another), so only a revision in so many words makes its figure an update."""
    if unnamed:
        return "updates" if revised else "disagrees"
    return "updates" if revised or speaker == "same" or (same_source and speaker != "different") else "disagrees"


def unnamed_sources(a: Claim, b: Claim) -> bool:
    """Do two claims' figures come from anonymous sources (مصدر، مصادر، مسؤول لم يكشف اسمه) that are not one
    source referred back to in one article?  "مصادر عسكرية" of aawsat a4d609e692f4e (17 rebels killed) and of
    alwatan afd2ded5905d8 (28 killed in the district) are two unnamed speakers, not one revising its figure."""
    if not (a.speaker.anonymous or b.speaker.anonymous):
        return False
    x, y = a.attribution, b.attribution
    return not (x.article == y.article and fold(x.source.text) == fold(y.source.text))


_TO = "\u0627\u0644\u064a"  # الى (إلى folded): "ارتفعت من 31 إلى 32 قتيلا"


def revises(a: str, b: str) -> bool:
    """Does either statement revise the other's figure in so many words: "حصيلة الهجوم ارتفعت من 31 إلى 32
    قتيلا" against "وأسفر عن 31 قتيلا على الاقل" (the old figure after من, the new one after إلى)?"""
    def old_figures(text: str) -> set[float]:
        words = statement_words(text)
        quantities = find_quantities(text)
        found = set()
        for q in quantities:
            if q.span is None or q.unit is not None:
                continue
            before = [w for w, s in words if s.end <= q.span.start][-1:]
            after = [w for w, s in words if s.start >= q.span.end][:1]
            if before == [MIN] and after == [_TO]:
                found.add(q.low)
        return found

    def figures(text: str) -> set[float]:
        return {q.low for q, _ in measured_figures(text)}

    return bool(old_figures(b) & figures(a) or old_figures(a) & figures(b))


def rises(text: str) -> bool:
    """Does ``text`` give its figure as a toll that rose (place_scopes.tsv kind ``rise``, its feminine read in
    code: "ارتفع عدد حالات الوفيات ... إلى 29 شخصا"، "ارتفعت حصيلة ... إلى 28 قتيلا")?"""
    verbs = scope_words("rise")
    return any(f in verbs or (f.endswith(TEH) and f[:-1] in verbs) for w, _ in statement_words(text) for f in bare_readings(w))


def reported_later(x: Claim, y: Claim, published: "Mapping[str, object]",
                   times: "Mapping[str, object] | None" = None) -> bool:
    """Is ``x`` reported after ``y``: a later publication date, else a later publication time that day (``times``:
    article id -> ``Article.published_at``; alwatan's 57 dead at 02:29 revises the 43 alweeam published at 02:18
    on 2015-07-21), else later in the corpus order."""
    for known in (published, times or {}):
        px, py = known.get(x.attribution.article), known.get(y.attribution.article)
        if px is not None and py is not None and px != py:
            try:
                return bool(px > py)  # type: ignore[operator]
            except TypeError:  # a time with a zone against one without: no order from the times
                break
    return id_order(x.id) > id_order(y.id)


def one_source(x: Claim, y: Claim) -> bool:
    """Do two claims share a source key other than a place: "الشرطة في نيبال" and "مسؤولون بوزارة الداخلية في
    نيبال" both key as Nepal, and are two speakers (their figures disagree, neither updates the other)."""
    return any(k not in named_places(claim_key(k)) for k in x.source_key & y.source_key)


# "since": a count "منذ الجمعة" runs from that day to when it is told.
_SINCE = "\u0645\u0646\u0630"  # منذ
_DAY = "\u064a\u0648\u0645"  # يوم


@functools.lru_cache(maxsize=8192)
def since_day(text: str) -> frozenset[int]:
    """The weekdays a statement counts its figure from ("اعتقلت منذ الجمعة ... 590 شخصا"، "منذ يوم السبت").  Such a
    running count disagrees with no other speaker's count of another span (:func:`running_apart`)."""
    words = [w for w, _ in statement_words(text)]
    days = date_words().weekdays
    found = set()
    for k, w in enumerate(words[:-1]):
        if w == _SINCE:
            nxt = words[k + 2] if words[k + 1] == _DAY and k + 2 < len(words) else words[k + 1]
            if nxt in days:
                found.add(days[nxt])
    return frozenset(found)


@functools.lru_cache(maxsize=8192)
def period_bound(text: str) -> bool:
    """Does ``text`` count its figure over a period bounded by an earlier time: since the period's start (منذ + a
    noun of place_scopes.tsv kind ``onset``: "قتل 25 جندياً ... منذ بداية الشهر الجاري", aljazirah afabb30e486e9,
    2015-08-02) or before an event (قبل, durations.tsv kind ``ago``, + an event noun or its plural: "مقتل خمسة
    أشخاص فقط قبل غارات السبت", alyaum af59991bee360)?  Such a count is of another time than the toll of one day's
    event ("مقتل عشرة مدنيين السبت"), not another account of it (judged other-time P042, P047, other-place P021)."""
    words = [set(bare_readings(w)) for w, _ in statement_words(text)]
    onsets, events = scope_words("onset"), event_nouns()
    for here, nxt in zip(words, words[1:]):
        if _SINCE in here and nxt & onsets or here & ago_words() and nxt & events:
            return True
    return False


def running_apart(kind: str, a: str, b: str) -> bool:
    """Are two figures of two speakers (``kind`` "disagrees") counted from different days: 590 arrested since Friday,
    said on Saturday, and 851 arrested over three days, told on Sunday (alriyadh ac941b30bc904 / a5b2864f0023a,
    2015-07-26), are two moments of one count, not two accounts of it?  (One speaker raising his own count since
    Friday, 297 to 590, still updates it: real_disputes D1-040.)"""
    return kind == "disagrees" and since_day(a) != since_day(b)


def said_at_once(kind: str, one_article: bool, revised: bool, a: str, b: str) -> bool:
    """Are two figures of one speaker (``kind`` "updates") told in one article, neither revising the other in so many
    words (``revised``: :func:`revises`) nor told as a toll that rose (:func:`rises`)?  Then the speaker gives both at
    once, of two things, and updates nothing: the Syrian Observatory's "ارتفاع العدد الاجمالي للقتلى إلى 3216" and
    "مقتل 2927 على الأقل من تنظيم داعش" of them (aleqtisadiya ae1311fd5912e, 2015-07-23, judged part-vs-whole P006),
    the UN mission's 1332 Iraqis killed in July and its 844 civilians and 488 soldiers (aljazirah a670fe0fe0e9f,
    2015-08-03, P027), a Red Crescent spokesman's two road accidents (almadina a14a68da39398, 2015-07-23, P062)."""
    return kind == "updates" and one_article and not (revised or rises(a) or rises(b))
