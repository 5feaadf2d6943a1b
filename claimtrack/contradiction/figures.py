"""Figures compared like with like: which statements' figures disagree, and which revise one another.

A figure is compared only with a figure of the same measure (killed, wounded, detained: what
:class:`~claimtrack.claims.Quantity` ``counts``), of the same group when both name one (civilians / fighters), and
never a part against its whole (43 + 7 = 50), a total against a count ten times smaller, or two figures of which
one is repeated by the other side (31 and 32 / 32).  :func:`figure_kind` says whether a difference is an
``updates`` (one speaker revising itself, or a toll that rose) or a ``disagrees`` (two speakers).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from ..claims import Quantity, claim_key, find_quantities
from ..claims.quantities import named_units
from ..geography import named_places
from ..lexicon import read_rows
from ..lexicon.grammar import grammar
from ..lexicon.morph import ALEF, HEH, LAM, TEH, TEH_MARBUTA, WAW, without_conjunction
from ..matching.score import Claim
from ..models import Mention
from ..normalize import fold
from ..spans import Span
from .disputes import bare_readings, statement_words
from .rules import Evidence, mention

__all__ = ["figure_conflict", "figure_conflict_ready", "figure_kind", "revises", "rises", "unnamed_sources"]

# Units that name who was counted (units.tsv): two different ones are two groups (10 civilians / 11 fighters).
# A generic unit (person, victim) or a measure (killed) names no group.
_GENERIC_UNITS = frozenset({"person", "victim", "killed", "wounded", "detainee", "prisoner", "missing"})
_PEOPLE_UNITS = _GENERIC_UNITS | frozenset({None, "civilian", "soldier", "officer", "fighter", "member", "child", "woman",
                                            "mercenary", "hostage", "refugee", "migrant", "displaced"})
# A figure more than this many times another is a different scope (a raid's toll / the war's), not a dispute.
_MAX_RATIO = 6.0
# What joins the two ends of a range of figures ("بين 20 و25"، "20 أو 30"، "20 - 25").
_MIN = "\u0645\u0646"  # من: "32 من الجرحى"
_RANGE_JOINERS = {"\u0648": True, "\u0627\u0648": True, "-": True}  # و، او (أو folded)، -


@functools.cache
def _measure_names() -> frozenset[str]:
    return frozenset(r[1] for r in read_rows("quantity_measures.tsv", 2))


def _measure(q: Quantity, named: frozenset[str] = frozenset()) -> str | None:
    """What a figure counts: its own measure, else (for a count of people) the one measure named after it
    ("12 شخصا على الأقل قتلوا")."""
    if q.counts:
        return q.counts
    if q.unit == "victim":
        return "killed"
    if q.unit is not None and q.unit in _PEOPLE_UNITS and len(named) == 1:
        return next(iter(named))
    return None


# A 3rd person feminine perfect (اعتقلت الشرطة، قتلت القوات): the measure verb of quantity_measures.tsv + ت.
_FEMININE_PERFECT = "\u062a"


def _measure_before(text: str, q: Quantity, start: int) -> str | None:
    """For a count of people that names no measure, the verb or noun of its clause that does, before it:
    "اعتقلت منذ الجمعة في جميع أنحاء تركيا 590 شخصا" counts detainees, "ارتفع عدد حالات الوفيات ... إلى 29
    شخصا" the dead; back to the figure before it or a comma."""
    if q.span is None or q.unit is None or q.unit not in _GENERIC_UNITS:
        return None
    clause = text[start : q.span.start]
    clause = regex.split(r"[،,.؛:]", clause)[-1]
    for w, _ in reversed(statement_words(clause)):
        w = without_conjunction(w)
        # and a noun with its article: "ارتفع عدد حالات الوفيات ... إلى 29 شخصا"
        noun = w[2:] if w.startswith(ALEF + LAM) and len(w) > 4 else None
        for form in (w, w[:-1] if w.endswith(_FEMININE_PERFECT) and len(w) > 3 else None, noun):
            if form and (found := named_units(form) & _measure_names()):
                return next(iter(found)) if len(found) == 1 else None
    return None


def _group(q: Quantity) -> str | None:
    return q.unit if q.unit and q.unit not in _GENERIC_UNITS else None


def _partitive(text: str, q: Quantity) -> tuple[Quantity, str | None]:
    """A bare number and what it counts: followed by what it is a part of, a floor of that measure ("32 من
    الجرحى ما زالوا في المستشفيات": at least 32 wounded, so not 20 in all, but well within 100); preceded by
    what it counts, that measure ("عدد المصابين يتجاوز 50")."""
    if q.unit is not None or q.span is None:
        return q, None
    after = statement_words(text[q.span.end :])[:2]
    if len(after) == 2 and after[0][0] == _MIN:
        found = named_units(after[1][0]) & _measure_names()
        # a floor, written as quantities.py writes one ([value, 1.5 x value], read as open by _high)
        return (attrs.evolve(q, high=q.low * 1.5), next(iter(found))) if len(found) == 1 else (q, None)
    before = statement_words(text[: q.span.start])[-2:]
    found = frozenset().union(*(named_units(w) for w, _ in before)) & _measure_names() if before else frozenset()
    return q, (next(iter(found)) if len(found) == 1 else None)


def _measures_after(text: str, start: int, end: int, before_figure: bool) -> frozenset[str]:
    """The measures named between a figure and ``end``; when that is the next figure and the word just before
    it is a measure of its own, its verb is left to it ("عشرة مدنيين ... قتلوا وأصيب 15 آخرون")."""
    found = named_units(text[start:end]) & _measure_names()
    words = statement_words(text[start:end])
    if len(found) > 1 and before_figure and words and named_units(without_conjunction(words[-1][0])) & _measure_names():
        return named_units(text[start : start + words[-1][1].start]) & _measure_names()
    return found


@functools.lru_cache(maxsize=8192)  # a statement's figures are held against many others' (read, not changed)
def _measured(text: str) -> tuple[tuple[Quantity, str], ...]:
    """The counts of people in ``text`` that the statement asserts, with what each counts; a figure after a
    relative pronoun is a detail of something else ("أدان التفجير الذي أسفر عن مقتل 32"، "والتي راح ضحيتها
    نحو 30 قتيلا") and is left out."""
    # "وقال شهود ... إن أكثر من 20 قتيلا سقطوا، في حين أكد مسؤول ... أن ما بين 20 و25 شخصا أصيبوا": the figures
    # of a report nested in the content are its speaker's, not this one's
    nested = _nested_report(text)
    written = find_quantities(text)
    implied = [q for q in _implied_counts(text) if q.span and not any(
        w.span and q.span.start < w.span.end and w.span.start < q.span.end for w in written)]
    quantities = sorted((q for q in written + implied if q.span is None or q.span.start < nested),
                        key=lambda q: q.span.start if q.span else -1)
    # The measures named after each figure, up to the next one ("12 شخصا على الأقل قتلوا"): not "تم إنقاذ 6
    # أشخاص وانتشال 15 جثة", where the bodies are the second figure's.
    ends = [q.span.start if q.span else len(text) for q in quantities[1:]] + [len(text)]
    named = [_measures_after(text, q.span.end, end, end < len(text)) if q.span else frozenset()
             for q, end in zip(quantities, ends)]
    relatives = [span.start for w, span in statement_words(text) if "relative" in grammar().role(without_conjunction(w))]
    starts = [0] + [q.span.end if q.span else 0 for q in quantities[:-1]]
    found = [(q, m) if (m := _measure(q, n) or _measure_before(text, q, at)) else _partitive(text, q)
             for q, n, at in zip(quantities, named, starts)]
    # a singular noun counts one only joined by و to the figure before it (below): "وقال ضابط" counts nobody
    found = [(q, None) if q.counts is None and q.low == q.high == 1 and _singular_units().get(fold(q.text)) else (q, m)
             for q, m in found]
    # "297 شخصا بينهم 37 أجنبيا اعتقلوا"، "57 مدنيا بينهم 12 طفلا وست نساء قتلوا": what the part counts, the
    # whole it is a part of counts too
    for k in range(len(found) - 1):
        (whole, mw), (part, mp) = found[k], found[k + 1]
        if mp and not mw and whole.span and part.span and whole.unit in _PEOPLE_UNITS and any(
                "among" in grammar().role(without_conjunction(w)) for w, _ in statement_words(text[whole.span.end : part.span.start])):
            found[k] = (whole, mp)
    # "مقتل 11 من عناصر داعش و10 مدنيين وإصابة 17": a figure joined by و to the one before, with no measure word
    # between them, counts what that one counts (quantities.py may take the measure after it); not one whose
    # unit is itself a measure ("وأسقط 27 قتيلا و227 جريحا")
    for k in range(1, len(found)):
        (prev, mp), (q, m) = found[k - 1], found[k]
        if mp and not (q.unit and q.unit == q.counts) and prev.span and q.span and q.span.start > 0 and text[q.span.start - 1] == WAW \
                and not (named_units(text[prev.span.end : q.span.start]) & _measure_names()):
            found[k] = (q, mp)
    # "ما بين 20 و25 شخصا أصيبوا"، "قتل الكثيرون بين 20 أو 30": the two ends of a range are one figure
    k = 0
    while k < len(found) - 1:
        (first, m1), (second, m2) = found[k], found[k + 1]
        if (m1 is None) != (m2 is None) and first.span and second.span \
                and _RANGE_JOINERS.get(fold(text[first.span.end : second.span.start].strip()), False):
            span = Span(first.span.start, second.span.end)
            found[k : k + 2] = [(attrs.evolve(second, low=min(first.low, second.low), high=max(first.high, second.high),
                                              text=span.of(text), span=span), m1 or m2)]
        k += 1
    return tuple((q, m) for q, m in found if m and q.unit in _PEOPLE_UNITS
                 and not (q.span is not None and any(r < q.span.start for r in relatives)))


@functools.lru_cache(maxsize=8192)
def _parts(text: str) -> frozenset[Span]:
    """The spans of the figures of ``text`` held against no figure of another statement: a part of the figure
    before it ("57 مدنيا بينهم 12 طفلا": the children are among the 57; it still counts in a breakdown's sum), and
    one side's losses (place_scopes.tsv kind ``side``: "سقوط أحد عشر قتيلا في صفوف القوات الموالية لهادي")."""
    found = [q for q, _ in _measured(text) if q.span is not None]
    ends = [q.span.start for q in found[1:] if q.span] + [len(text)]
    sides = {w for w, kind in _place_scopes().items() if kind == "side"}
    among = {part.span for whole, part in zip(found, found[1:]) if whole.span and part.span and any(
        "among" in grammar().role(without_conjunction(w)) for w, _ in statement_words(text[whole.span.end : part.span.start]))}
    # "بينهم 12 طفلا وامرأة": one more joined to a part is a part too
    among |= {q.span for p, q in zip(found, found[1:]) if p.span in among and q.span and q.low == q.high == 1
              and _singular_units().get(fold(q.text))}
    return frozenset(among) \
        | frozenset(q.span for q, end in zip(found, ends) if q.span and any(
            f in sides for w, _ in statement_words(text[q.span.end : end])[:_SIDE_REACH] for f in bare_readings(w))) \
        | _actor_losses(text, found, ends)


def _actor_losses(text: str, found: Sequence[Quantity], ends: Sequence[int]) -> frozenset[Span]:
    """The figures of one party's losses (place_scopes.tsv kind ``actor``): counted in its own noun ("9 متمردين
    قتلوا": aawsat a4e65cf434bb7), or "من" / "لـ" the party just after it ("مما أسفر عن سقوط 13 قتيلاً وإصابة 23
    آخرين من الميليشيات": aawsat aa1e135967489, which holds the 13 of a bare measure joined to it too; "عثر
    رجال المقاومة على 8 جثث للميليشيات"), held against no toll of the whole event, as a side's (صفوف)."""
    actors = _actor_terms()
    out: list[Span] = []
    for k, (q, end) in enumerate(zip(found, ends)):
        if q.span is None:
            continue
        window = statement_words(text[q.span.end : end])[:_SIDE_REACH]
        hit = False
        for i, (w, _) in enumerate(window):
            if _word_terms(w) & actors and (i == 0 or w.startswith(LAM) or any(x == _MIN for x, _ in window[:i])):
                hit = True
                break
        if not hit:
            continue
        out.append(q.span)
        # "سقوط 13 قتيلاً وإصابة 23 آخرين من الميليشيات": the figure joined to it by و, of no group of its own
        prev = found[k - 1] if k else None
        if prev is not None and prev.span and _group(prev) is None \
                and not regex.search(r"[،,.؛:]", text[prev.span.end : q.span.start]) \
                and any(w.startswith(WAW) for w, _ in statement_words(text[prev.span.end : q.span.start])):
            out.append(prev.span)
    return frozenset(out)


@functools.cache
def _actor_terms() -> frozenset[str]:
    return frozenset(t for w, kind in _place_scopes().items() if kind == "actor" for t in claim_key(w).ordered)


@functools.lru_cache(maxsize=65536)
def _word_terms(word: str) -> frozenset[str]:
    return frozenset(claim_key(word).ordered)


# How many words after a figure "في صفوف" may stand ("أحد عشر قتيلا في صفوف").
_SIDE_REACH = 3


@functools.cache
def _dual_units() -> dict[str, str]:
    """The dual of a noun of people whose plural is broken (data: broken_plurals.tsv, units.tsv), folded, -> its
    unit: جنديين، جنديان -> soldier (a sound plural, مدنيين، is spelt as its dual and is left out)."""
    out: dict[str, str] = {}
    for row in read_rows("broken_plurals.tsv", 2):
        singular = row[1]
        units = named_units(singular)
        if len(units) == 1 and (unit := next(iter(units))) in _PEOPLE_UNITS:
            out.update((fold(singular) + ending, unit) for ending in _DUAL_ENDINGS)
    return out


def _implied_counts(text: str) -> list[Quantity]:
    """Counts written without a digit or a number word: a dual of a noun of people ("وجرح جنديين آخرين": two
    soldiers) and "another" just after a measure verb ("قتل وأصيب آخر": one wounded; particles.tsv role
    another), each with what the verb before it counts."""
    words = statement_words(text)
    found = []
    for k, (w, span) in enumerate(words):
        bare = without_conjunction(w)
        measures = named_units(without_conjunction(words[k - 1][0])) & _measure_names() if k else frozenset()
        counts = next(iter(measures)) if len(measures) == 1 else None
        if (unit := _dual_units().get(bare)) is not None:
            found.append(Quantity(2.0, 2.0, unit, span.of(text), span, counts))
        elif counts and "another" in grammar().role(bare):
            found.append(Quantity(1.0, 1.0, "person", span.of(text), span, counts))
        elif bare != w and (unit := _singular_units().get(bare)) is not None:
            # "أربعة من مشاة البحرية وضابط من البحرية": one more, kept only when joined to a figure (_measured)
            one = Span(span.end - len(bare), span.end)
            found.append(Quantity(1.0, 1.0, unit, one.of(text), one, None))
    return found


@functools.cache
def _singular_units() -> dict[str, str]:
    """The singular of a noun of people whose plural is broken (broken_plurals.tsv), folded, -> its unit: ضابط ->
    officer, جندي -> soldier."""
    out: dict[str, str] = {}
    for row in read_rows("broken_plurals.tsv", 2):
        units = named_units(row[1])
        if len(units) == 1 and (unit := next(iter(units))) in _PEOPLE_UNITS - _GENERIC_UNITS:
            out[fold(row[1])] = unit  # (not a measure: "وجرح 74 آخرين")
    return out


# How far after a reporting verb the complementizer that opens its content may stand ("وقال شهود في بلدة سروج إن").
_NESTED_REACH = 6


def _nested_report(text: str) -> int:
    """Where a report nested in ``text`` starts (a reporting verb, its subject, and a complementizer within a
    few words: "وقال شهود ... إن"، "أكد مسؤول ... أن"), else the length of ``text``."""
    g = grammar()
    words = statement_words(text)
    for k, (w, span) in enumerate(words):
        forms = g.cue_forms(w, without_conjunction(w))
        if not forms or any(f.verb.stance == "deny" for f in forms):
            continue
        # a subject between them names another speaker; "أعتقد أن"، "وقال إن" go on with this one
        if any(x in g.complementizers for x, _ in words[k + 2 : k + 1 + _NESTED_REACH]) \
                and words[k + 1][0] not in g.complementizers if k + 1 < len(words) else False:
            return span.start
    return len(text)


def figure_conflict_ready(text: str) -> bool:
    """Does ``text`` hold a figure of a known measure (killed, wounded, detained ...)?"""
    return bool(_measured(text))


def figure_conflict(a: Mention, b: Mention) -> list[Evidence]:
    """Evidence that two statements give different figures for the same quantity, or [] when they do not.

    For each measure both count (killed, wounded, ...): no figure of one may be compatible with a figure of
    the other (both ranges, "على الأقل" and "نحو" included), nor the sum of one side's figures with a figure of
    the other (a breakdown); figures that name two groups (مدنيين / مقاتلين) are not compared, and a figure more
    than three times the other is a different scope rather than a dispute."""
    qa, qb = _measured(a.text), _measured(b.text)
    groups_a, groups_b = {_group(q) for q, _ in qa} - {None}, {_group(q) for q, _ in qb} - {None}
    if groups_a and groups_b and not groups_a & groups_b:
        return []  # the two count different sides (17 security men and dozens wounded / 260 Kurdish fighters)
    evidence: list[Evidence] = []
    for m in dict.fromkeys(m for _, m in qa):
        xs = [q for q, mq in qa if mq == m]
        ys = [q for q, mq in qb if mq == m]
        if not ys:
            continue
        parts_a, parts_b = _parts(a.text), _parts(b.text)  # spans of each side's own text
        pairs = [(x, y) for x in xs for y in ys if not (_group(x) and _group(y) and _group(x) != _group(y))
                 and not (_vague(x) or _vague(y)) and x.span not in parts_a and y.span not in parts_b]
        if not pairs or any(_overlap(x, y) for x, y in pairs):
            continue
        if _sum_matches(xs, ys) or _sum_matches(ys, xs):
            continue
        x, y = min(pairs, key=lambda p: _ratio(*p))
        if _ratio(x, y) > _MAX_RATIO:
            continue
        small, large = (a.text, b.text) if x.low < y.low else (b.text, a.text)
        if _part_of_total(small, large) or _told_as_part(small) or (_several_events(large) and not _several_events(small)):
            continue
        evidence.append(Evidence("numbers", _shift(x, a), _shift(y, b), f"{m}: {x.text} / {y.text}"))
    return evidence


@functools.cache
def _place_scopes() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in read_rows("place_scopes.tsv", 2)}


def _part_of_total(small: str, large: str) -> bool:
    """Is the smaller figure's statement the toll of a locality (حي لوملي، قرية زركال: place_scopes.tsv) that
    the larger one does not name, and the larger a running total (حصيلة) of a wider place it names (وسط
    نيبال): a part of the whole, no dispute.  A total that names no place ("حصيلة الهجوم ارتفعت إلى 32") is
    of the same place as the locality's toll ("انفجارا في بلدة سروج ... أسفر عن مقتل 30")."""
    scopes = _place_scopes()
    large_words = statement_words(large)
    if not any(scopes.get(f) == "total" for w, _ in large_words for f in bare_readings(w)) \
            or not named_places(claim_key(large)):
        return False
    named = {f for w, _ in large_words for f in bare_readings(w)}
    words = statement_words(small)
    return any(scopes.get(f) == "locality" and k + 1 < len(words) and not set(bare_readings(words[k + 1][0])) & named
               for k, (w, _) in enumerate(words) for f in bare_readings(w))


def _told_as_part(small: str) -> bool:
    """Does the smaller figure's statement give it as a part of the event's toll (place_scopes.tsv kind ``part``:
    "في كيلوا وحدها، قتلوا سبعة اشخاص" of Boko Haram's raids on three villages, aawsat ac115da204847)?"""
    parts = {w for w, kind in _place_scopes().items() if kind == "part"}
    return any(f in parts for w, _ in statement_words(small) for f in bare_readings(w))


_DUAL_ENDINGS = ("\u064a\u0646", "\u0627\u0646")  # ين، ان: انفجارين، هجومان


def _several_events(text: str) -> bool:
    """Does ``text`` tell a toll of two events (a dual of an event noun of place_scopes.tsv: "جراء انفجارين،
    أحدهما في موقع للشرطة العسكرية والآخر لغم"), against one of them ("عملية انتحارية استهدفت مركزا للدرك")?"""
    events = [w for w, kind in _place_scopes().items() if kind == "event"]
    stems = {w[:-1] + TEH if w.endswith((TEH_MARBUTA, HEH)) else w for w in events}
    return any(f == s + e for w, _ in statement_words(text) for f in bare_readings(w) for s in stems for e in _DUAL_ENDINGS)


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
    return _low(x) <= _high(y) * 1.02 and _low(y) <= _high(x) * 1.02


@functools.cache
def _more_than() -> tuple[str, ...]:
    """The approximators that put a figure strictly above (أكثر من، يزيد على، يفوق), folded."""
    return tuple(fold(r[0]) for r in read_rows("approximators.tsv", 2) if r[1] == "more")


def _strictly_more(q: Quantity) -> bool:
    text = fold(q.text)
    return any(text.startswith(m + " ") for m in _more_than())


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
    if len(parts) < 2:
        return False
    low, high = sum(q.low for q in parts), sum(q.high for q in parts)
    return any(w.low <= high * 1.02 and low <= w.high * 1.02 for w in wholes)


def _shift(q: Quantity, where: Mention) -> Mention | None:
    return mention(where.text, q.span, where.span.start) if q.span is not None else None


def figure_kind(speaker: str, same_source: bool, revised: bool = False, unnamed: bool = False) -> str:
    """``updates`` when one speaker revises its own figure, or when one statement says the other's figure
    rose to its own (``revised``: :func:`revises`), ``disagrees`` between two speakers.  ``speaker`` is
    :func:`claimtrack.matching.speakers.relation` of the two ("same", "different" or "").  ``unnamed``
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
            if before == [_MIN] and after == [_TO]:
                found.add(q.low)
        return found

    def figures(text: str) -> set[float]:
        return {q.low for q, _ in _measured(text)}

    return bool(old_figures(b) & figures(a) or old_figures(a) & figures(b))


def rises(text: str) -> bool:
    """Does ``text`` give its figure as a toll that rose (place_scopes.tsv kind ``rise``, its feminine read in
    code: "ارتفع عدد حالات الوفيات ... إلى 29 شخصا"، "ارتفعت حصيلة ... إلى 28 قتيلا")?"""
    verbs = {w for w, kind in _place_scopes().items() if kind == "rise"}
    return any(f in verbs or (f.endswith(TEH) and f[:-1] in verbs) for w, _ in statement_words(text) for f in bare_readings(w))
