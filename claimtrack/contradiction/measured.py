"""What each figure of a statement counts: its measure (killed, wounded, detained: ``quantity_measures.tsv``),
its group (civilians, fighters), with the counts written as nouns (:mod:`.noun_counts`: a dual, a singular joined by و); which figures
are parts of another (بينهم 12 طفلا) or one side's own losses is :mod:`.parts`.  :mod:`.figures` compares what is
read here; the readings are cached per text, since one statement's figures are held against many others'.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from ..claims import Quantity, find_quantities, stem
from ..claims.approximators import expressions
from ..claims.measures import measure_units
from ..claims.units import named_units
from ..lexicon import read_words
from ..lexicon.grammar import grammar
from ..lexicon.morph import MEEM, MIN, WAW, has_article, without_article, without_conjunction
from ..normalize import fold
from ..spans import Span
from .dating import date_spans, dated_detail
from .noun_counts import GENERIC_UNITS, PEOPLE_UNITS, implied_counts, singular_units
from .statement_words import bare_readings, statement_words
from .scopes import scope_words

__all__ = ["CASUALTIES", "CLAUSE_PUNCTUATION_RE", "group_of", "joined", "measured_figures", "side_of", "two_groups"]

# What joins the two ends of a range of figures ("بين 20 و25"، "20 أو 30"، "20 - 25").
_RANGE_JOINERS = {"\u0648": True, "\u0627\u0648": True, "-": True}  # و، او (أو folded)، -


def _measure(q: Quantity, named: frozenset[str] = frozenset()) -> str | None:
    """What a figure counts: its own measure, else (for a count of people) the one measure named after it
    ("12 شخصا على الأقل قتلوا")."""
    if q.counts:
        return q.counts
    if q.unit == "victim":
        return "killed"
    if q.unit is not None and q.unit in PEOPLE_UNITS and len(named) == 1:
        return next(iter(named))
    return None


# A 3rd person feminine perfect (اعتقلت الشرطة، قتلت القوات): the measure verb of quantity_measures.tsv + ت.
_FEMININE_PERFECT = "\u062a"


def _measure_before(text: str, q: Quantity, start: int) -> str | None:
    """For a count of people that names no measure, the verb or noun of its clause that does, before it:
    "اعتقلت منذ الجمعة في جميع أنحاء تركيا 590 شخصا" counts detainees, "ارتفع عدد حالات الوفيات ... إلى 29
    شخصا" the dead; back to the figure before it or a comma."""
    if q.span is None or q.unit not in _NAMED_PEOPLE:
        return None
    clause = text[start : q.span.start]
    clause = regex.split(r"[،,.؛:]", clause)[-1]
    words = statement_words(clause)
    if q.unit not in GENERIC_UNITS and not _topic_only([without_conjunction(w) for w, _ in words]):
        return None  # a group's count takes only the measure it is told as: "القتلى (هم) أربعة مدنيين وشرطيان"
    for w, _ in reversed(words):
        w = without_conjunction(w)
        # and a noun with its article: "ارتفع عدد حالات الوفيات ... إلى 29 شخصا"
        noun = without_article(w) if has_article(w) else None
        for form in (w, w[:-1] if w.endswith(_FEMININE_PERFECT) and len(w) > 3 else None, noun):
            if form and (found := named_units(form) & measure_units()):
                return next(iter(found)) if len(found) == 1 else None
    return None


_NAMED_PEOPLE = PEOPLE_UNITS - {None}  # a count of people whose unit is written


def _topic_only(words: list[str]) -> bool:
    """Are ``words`` a measure noun with its article and at most a pronoun after it, the topic whose count follows
    ("وقال ضابط ... إن القتلى أربعة مدنيين وشرطيان", alyaum 404af3b54a, 2015-07-27; "إنّ القتلى هم 18 عنصرًا",
    aawsat 37dbe51ad7)?"""
    if len(words) == 2 and words[1] in _topic_pronouns():
        words = words[:1]
    return len(words) == 1 and has_article(words[0])


@functools.cache
def _topic_pronouns() -> frozenset[str]:
    """topic_pronouns.txt: the pronouns between a measure noun and its count (هم), folded."""
    return frozenset(fold(w) for w in read_words("topic_pronouns.txt"))


def group_of(q: Quantity) -> str | None:
    return q.unit if q.unit and q.unit not in GENERIC_UNITS else None


# Units that count a party's men, whose party may follow after من ("تسعة عناصر من تنظيم الدولة").
_MEMBER_UNITS = frozenset({"member", "fighter"})
_CIVILIANS = "civilian"


def side_of(text: str, q: Quantity) -> str | None:
    """Whose dead or wounded a figure counts, when the statement says: the party after an owner phrase
    (quantity_owners.txt, read by quantities.py: "12 من عناصر قوات النظام" -> قوه), the party after من that follows
    a unit of a party's men ("تسعة عناصر من تنظيم الدولة الاسلامية"، "47 عنصراً من التنظيم" -> تنظيم), or the
    civilians ("مقتل 43 مدنيا"); else None.  Two figures of two sides count two things, whatever else they share."""
    if q.owner:
        return q.owner
    if q.unit == _CIVILIANS:
        return _CIVILIANS
    if q.span is not None and q.unit in _MEMBER_UNITS:
        after = statement_words(text[q.span.end :])[:2]
        if len(after) == 2 and after[0][0] == MIN and not named_units(after[1][0]):
            return stem(after[1][0])
    return None


def _partitive(text: str, q: Quantity) -> tuple[Quantity, str | None]:
    """A bare number and what it counts: followed by what it is a part of, a floor of that measure ("32 من
    الجرحى ما زالوا في المستشفيات": at least 32 wounded, so not 20 in all, but well within 100); preceded by
    what it counts, that measure ("عدد المصابين يتجاوز 50")."""
    if q.unit is not None or q.span is None:
        return q, None
    after = statement_words(text[q.span.end :])[:2]
    if len(after) == 2 and after[0][0] == MIN:
        found = named_units(after[1][0]) & measure_units()
        # a floor, written as quantities.py writes one ([value, 1.5 x value], read as open by _high)
        return (attrs.evolve(q, high=q.low * 1.5), next(iter(found))) if len(found) == 1 else (q, None)
    before = statement_words(text[: q.span.start])[-2:]
    found = frozenset().union(*(named_units(w) for w, _ in before)) & measure_units() if before else frozenset()
    return q, (next(iter(found)) if len(found) == 1 else None)


def _measures_after(text: str, start: int, end: int, before_figure: bool) -> frozenset[str]:
    """The measures named between a figure and ``end``; when that is the next figure and the word just before
    it is a measure of its own, its verb is left to it ("عشرة مدنيين ... قتلوا وأصيب 15 آخرون"; "توفي أربعة أشخاص
    من عائلة واحدة وأصيب ثلاثة آخرون", alriyadh 62838a1820: the four are not wounded).  Not past the
    clause's end, punctuation followed by و: "ونقلت أكثر من 60 شخصا إلى مكان آمن، وتبحث فرق الإنقاذ ... ما إذا كان
    هناك مصابون آخرون" (a8045cd4f147d, 2015-08-04: the evacuated, judged P009, P021), not "20 شخصا، على الأقل، قتلوا"."""
    if (stop := _CLAUSE_OPENS_RE.search(text, start, end)) is not None:
        end, before_figure = stop.start(), False
    words = statement_words(text[start:end])
    g = grammar()
    for k, (w, span) in enumerate(words[:-1]):
        if "among" in g.role(without_conjunction(w)) and named_units(words[k + 1][0]) & measure_units():
            # "نجا سبعة أشخاص من الحادث بينهم مصابون": the wounded are some of the seven, who survived (the public
            # prosecution on the Nile boat, aef0dfe20952c, 2015-07-25, judged different quantities E1009, P079)
            end = start + span.start
            words = words[:k]
            break
    found = named_units(text[start:end]) & measure_units()
    if found and before_figure and words and named_units(without_conjunction(words[-1][0])) & measure_units():
        return named_units(text[start : start + words[-1][1].start]) & measure_units()
    return found


@functools.lru_cache(maxsize=8192)  # a statement's figures are held against many others' (read, not changed)
def measured_figures(text: str) -> tuple[tuple[Quantity, str], ...]:
    """The counts of people in ``text`` that the statement asserts, with what each counts; a figure after a
    relative pronoun is a detail of something else ("أدان التفجير الذي أسفر عن مقتل 32"، "والتي راح ضحيتها
    نحو 30 قتيلا") and is left out."""
    # "وقال شهود ... إن أكثر من 20 قتيلا سقطوا، في حين أكد مسؤول ... أن ما بين 20 و25 شخصا أصيبوا": the figures
    # of a report nested in the content are its speaker's, not this one's
    nested = _nested_report(text)
    # a day of a month is no count: "محسن الفضلي قتل في 8 يوليو" (alyaum a466f45b52712, 2015-07-23) kills one man,
    # not 8 against the headline's "12 قتيلاً في قصف على ريف حلب" (judged E010, P049, P054)
    dates = date_spans(text)
    written = [q for q in find_quantities(text)
               if not (q.span and any(d.start <= q.span.start and q.span.end <= d.end for d in dates))]
    implied = [q for q in implied_counts(text) if q.span and not any(
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
    found = [(q, None) if q.counts is None and q.low == q.high == 1 and singular_units().get(fold(q.text)) else (q, m)
             for q, m in found]
    found = _measure_just_before(text, found)
    # "12 طفلا و6 نساء قتلوا": a figure of one group joined by و to a figure of another, no measure word between,
    # counts what that one counts (the measure stands after the last of them)
    for k in range(len(found) - 2, -1, -1):
        (q, m), (nxt, mn) = found[k], found[k + 1]
        if m is None and mn and q.span and nxt.span and two_groups(q, nxt) and joined(text, q.span, nxt.span) \
                and not (named_units(text[q.span.end : nxt.span.start]) & measure_units()):
            found[k] = (q, mn)
    # "297 شخصا بينهم 37 أجنبيا اعتقلوا"، "57 مدنيا بينهم 12 طفلا وست نساء قتلوا": what the part counts, the
    # whole it is a part of counts too
    # and "قتل 9 أشخاص بينهم 5 مدنيين، وأصيب 81 آخرين" (alweeam c8b54551be): the part counts what its whole does, not
    # the measure after it, which opens the next figure's clause
    for k in range(len(found) - 1):
        (whole, mw), (part, mp) = found[k], found[k + 1]
        if not (whole.span and part.span and whole.unit in PEOPLE_UNITS):
            continue
        between = [w for w, _ in statement_words(text[whole.span.end : part.span.start])]
        if mp and not mw and any("among" in grammar().role(without_conjunction(w)) for w in between):
            found[k] = (whole, mp)
        elif mw and mp != mw and len(between) == 1 and "among" in grammar().role(without_conjunction(between[0])):
            found[k + 1] = (part, mw)  # (the part right after بينهم: not "بينهم "عدد كبير من الاطفال" قتلوا وأصيب 15")
    # "مقتل 11 من عناصر داعش و10 مدنيين وإصابة 17": a figure joined by و to the one before, with no measure word
    # between them, counts what that one counts (quantities.py may take the measure after it); not one whose
    # unit is itself a measure ("وأسقط 27 قتيلا و227 جريحا")
    for k in range(1, len(found)):
        (prev, mp), (q, m) = found[k - 1], found[k]
        if mp and not (q.unit and q.unit == q.counts) and prev.span and q.span and q.span.start > 0 and text[q.span.start - 1] == WAW \
                and not (named_units(text[prev.span.end : q.span.start]) & measure_units()):
            found[k] = (q, mp)
    implied_spans = {q.span for q in implied}
    # "ما بين 20 و25 شخصا أصيبوا"، "قتل الكثيرون بين 20 أو 30": the two ends of a range are one figure; a dual
    # written as a noun opens none ("وأوقعت قتيلين و24 جريحا": two dead and 24 wounded, alwatan 3a7b5dd39e)
    k = 0
    while k < len(found) - 1:
        (first, m1), (second, m2) = found[k], found[k + 1]
        if (m1 is None) != (m2 is None) and first.span and second.span and not two_groups(first, second) \
                and first.span not in implied_spans \
                and _RANGE_JOINERS.get(fold(text[first.span.end : second.span.start].strip()), False):
            span = Span(first.span.start, second.span.end)
            found[k : k + 2] = [(attrs.evolve(second, low=min(first.low, second.low), high=max(first.high, second.high),
                                              text=span.of(text), span=span), m1 or m2)]
        k += 1
    # "66 قتيلاً وجريحاً": one figure of the dead and the wounded together, a measure of its own, never held against
    # a count of the dead alone (aljazirah aedccb3c0eda7, 2015-07-23: a car bomb's toll "ارتفعت ... إلى 66 قتيلاً
    # وجريحاً" against 30 killed in a series of bombings, judged other-measure P023, W016)
    found = [(q, CASUALTIES) if m and _and_another_measure(text, q, m) else (q, m) for q, m in found]
    return tuple((q, m) for q, m in found if m and q.unit in PEOPLE_UNITS and not _one_of(q)
                 and not (q.span is not None and any(r < q.span.start for r in relatives)
                          and not _risen_to(text, q, relatives) and not dated_detail(text, q, relatives)))


# What a figure of the dead and the wounded together counts (:func:`measured_figures`).
CASUALTIES = "casualties"


def _and_another_measure(text: str, q: Quantity, measure: str) -> bool:
    """Is a figure whose own unit is a measure ("66 قتيلاً") followed at once by و and a noun of another measure
    ("وجريحاً")?"""
    if q.span is None or q.unit != measure:
        return False
    rest = text[q.span.end :]
    after = statement_words(rest)[:1]
    if not after or not after[0][0].startswith(WAW) or not named_units(after[0][0][1:]) & measure_units() - {measure}:
        return False
    # (not a measure with its own figure after it: "10 قتلى وإصابة 20 آخرين")
    return not any(find_quantities(w) for w in rest[after[0][1].end :].split()[:2])


def _one_of(q: Quantity) -> bool:
    """Is a figure a word that singles one out of a group (place_scopes.tsv kinds ``one`` and ``part``: "فيما قتل
    احد رجال المقاومة", alriyadh a7b9e6df81e6a, 2015-07-22; "إحدى الغارات"), or that means anyone after a negation
    ("لم يصب أحد": no one)?  It is no toll to hold against another's (judged other-place P070, other-event P027,
    E007 there).  So is one of the counted, the word and the group read as one figure: "أحد الجرحى خضع للجراحة" (a
    police chief on the Lafayette shooting, aa49eb51358b0 and af8a5bd6367e5, 2015-07-25) tells of one of the wounded,
    not of one wounded against the authorities' seven or the police's nine (judged agreement P053, P068, P081 and
    different-claims P000)."""
    words = without_conjunction(fold(q.text)).split()
    return q.low == q.high == 1 and bool(words) and words[0] in scope_words("one", "part") \
        and (len(words) == 1 or has_article(words[1]))


def two_groups(a: Quantity, b: Quantity) -> bool:
    """Do two figures name two groups of people (children and women: "12 طفلا و6 نساء"), so that "و" between them
    adds them up and makes no range ("بين 20 و25 شخصا")?"""
    return group_of(a) is not None and group_of(b) is not None and group_of(a) != group_of(b)


def _risen_to(text: str, q: Quantity, relatives: Sequence[int]) -> bool:
    """Is a figure after a relative pronoun the new value of a toll that rose, named before the pronoun ("ارتفعت
    حصيلة ضحايا الهجوم الذي تم تنفيذه بسيارة مفخخة في سوق ... إلى 120 قتيلا على الأقل", alriyadh 5a2ccb7547):
    the relative clause describes the event inside the toll's subject, and إلى takes up the rise again."""
    if q.span is None:
        return False
    words = statement_words(text[: q.span.start])
    if not words or "rise_to" not in grammar().role(without_conjunction(words[-1][0])):
        return False
    first = min(relatives)
    verbs = scope_words("rise")
    return any(f in verbs or (f.endswith(_FEMININE_PERFECT) and f[:-1] in verbs)
               for w, span in words if span.end <= first for f in bare_readings(w))


def _measure_just_before(text: str, found: "list[tuple[Quantity, str | None]]") -> "list[tuple[Quantity, str | None]]":
    """A measure word just before a figure that opens with an approximator is what it counts, whatever a word
    further on says: "سبعة من الجنود اليمنيين قتلوا وجرح نحو 50 آخرين" counts 50 wounded (aawsat
    a397547a565c9).  Two measure nouns joined by و just before it count both at once: "مقتل وإصابة 35 مدنيا"
    (alyaum a2b21acfed06a) is the dead and the wounded together, 16 and 19 in the next sentence, and counts
    neither alone."""
    words = statement_words(text)
    ends = [span.end for _, span in words]
    out: list[tuple[Quantity, str | None]] = []
    for q, m in found:
        k = bisect.bisect_right(ends, q.span.start) if q.span is not None else 0
        if k == 0 or q.span is None:
            out.append((q, m))
            continue
        last = _measures_of(words[k - 1][0])
        if len(last) != 1:
            out.append((q, m))
            continue
        before = _measures_of(words[k - 2][0]) if k > 1 else frozenset()
        if words[k - 1][0].startswith(WAW) and len(before) == 1 and before != last \
                and without_conjunction(words[k - 2][0]).startswith(MEEM):
            continue  # "مقتل وإصابة 35": the two together
        # (only past an approximator, or a measure verb with its conjunction: elsewhere quantities.py has read the
        # word before already; "مقتل جنديين وجرح 31 آخرين" it reads as 31 killed, aawsat abc069b79efe1, 2015-08-03)
        joined = words[k - 1][0] != without_conjunction(words[k - 1][0])
        out.append((q, next(iter(last)) if _approximated(q) or joined else m))
    return out


def _approximated(q: Quantity) -> bool:
    """Does a figure's text open with an approximator ("نحو 50"، "أكثر من 20")?"""
    return not q.text[:1].isdigit() and any(fold(q.text).startswith(a + " ") for a in expressions())


def _measures_of(word: str) -> frozenset[str]:
    return named_units(without_conjunction(word)) & measure_units()


CLAUSE_PUNCTUATION_RE = regex.compile(r"[،,.؛:]")  # what ends a clause between two figures
_CLAUSE_OPENS_RE = regex.compile(r"[،,.؛:]\s*\u0648")  # and a new one that opens with و after it


def joined(text: str, before: Span, after: Span) -> bool:
    """Are two figures joined by و in one clause (no punctuation between them)?"""
    between = text[before.end : after.start]
    return not CLAUSE_PUNCTUATION_RE.search(between) and any(w.startswith(WAW) for w, _ in statement_words(between))


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
