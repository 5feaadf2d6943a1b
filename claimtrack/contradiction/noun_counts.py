"""Counts of people written as nouns, not as figures: a dual ("جنديين": two soldiers; "شرطيان" after a measure word),
"another" after a measure verb ("وأصيب آخر": one), a singular joined to a figure ("ضابط وثلاثة جنود": one officer),
with the units that name who was counted (:mod:`.measured` reads them with the written figures)."""

from __future__ import annotations

import functools

from ..claims import Quantity, find_quantities
from ..claims.measures import measure_units
from ..claims.units import named_units
from ..lexicon import read_rows
from ..lexicon.grammar import grammar
from ..lexicon.morph import WAW, without_conjunction
from ..normalize import fold
from ..spans import Span
from .statement_words import statement_words

__all__ = ["DUAL_ENDINGS", "GENERIC_UNITS", "PEOPLE_UNITS", "implied_counts", "singular_units"]

# Units that name who was counted (units.tsv): two different ones are two groups (10 civilians / 11 fighters).
# A generic unit (person, victim) or a measure (killed) names no group.
GENERIC_UNITS = frozenset({"person", "victim", "killed", "wounded", "detainee", "prisoner", "missing"})
PEOPLE_UNITS = GENERIC_UNITS | frozenset({None, "civilian", "soldier", "officer", "policeman", "fighter", "member", "child", "woman",
                                            "mercenary", "hostage", "refugee", "migrant", "displaced"})
DUAL_ENDINGS = ("\u064a\u0646", "\u0627\u0646")  # ين، ان: انفجارين، هجومان

_NISBA = "\u064a"  # ي: مدني، شرطي
_NOMINATIVE_DUAL = "\u0627\u0646"  # ان


@functools.cache
def _dual_units() -> dict[str, str]:
    """The dual of a noun of people whose plural is broken (data: broken_plurals.tsv, units.tsv), folded, -> its
    unit: جنديين، جنديان -> soldier (a sound plural, مدنيين، is spelt as its dual and is left out)."""
    out: dict[str, str] = {}
    for row in read_rows("broken_plurals.tsv", 2):
        singular = row[1]
        units = named_units(singular)
        if len(units) == 1 and (unit := next(iter(units))) in PEOPLE_UNITS:
            out.update((fold(singular) + ending, unit) for ending in DUAL_ENDINGS)
    return out


@functools.cache
def _nisba_duals() -> dict[str, str]:
    """A nisba noun of people's nominative dual, which no plural is spelt as (units.tsv: شرطيان -> policeman,
    مدنيان -> civilian), folded, -> its unit."""
    return {fold(row[0]) + _NOMINATIVE_DUAL: row[1] for row in read_rows("units.tsv", 2)
            if row[1] in PEOPLE_UNITS - GENERIC_UNITS and row[0].endswith(_NISBA)}


def implied_counts(text: str) -> list[Quantity]:
    """Counts written without a digit or a number word: a dual of a noun of people ("وجرح جنديين آخرين": two
    soldiers) and "another" just after a measure verb ("قتل وأصيب آخر": one wounded; particles.tsv role
    another), each with what the verb before it counts."""
    words = statement_words(text)
    found = []
    for k, (w, span) in enumerate(words):
        bare = without_conjunction(w)
        measures = named_units(without_conjunction(words[k - 1][0])) & measure_units() if k else frozenset()
        counts = next(iter(measures)) if len(measures) == 1 else None
        # a nisba noun's dual only right after a measure word ("مقتل شرطيان وثلاثة مدنيين": two policemen, five dead
        # with the civilians, as "سقوط خمسة قتلى", the Punjab attack, 2015-07-27, judged agreement P036); elsewhere
        # it may be an adjective ("مصدران عسكريان")
        if (unit := _dual_units().get(bare) or (_nisba_duals().get(bare) if counts else None)) is not None:
            found.append(Quantity(2.0, 2.0, unit, span.of(text), span, counts))
        elif counts and "another" in grammar().role(bare):
            found.append(Quantity(1.0, 1.0, "person", span.of(text), span, counts))
        elif counts and bare == w and (unit := singular_units().get(bare)) is not None and k + 1 < len(words) \
                and words[k + 1][0].startswith(WAW) and find_quantities(words[k + 1][0][1:]):
            # "قتل ضابط وثلاثة جنود" (a89d95f196275, 2015-07-24): an officer and three soldiers, four dead, as
            # "قتل أربعة ... بينهم ضابط" (a14194ee7348a; judged agreement, P025)
            found.append(Quantity(1.0, 1.0, unit, span.of(text), span, counts))
        elif bare != w and (unit := singular_units().get(bare)) is not None:
            # "أربعة من مشاة البحرية وضابط من البحرية": one more, kept only when joined to a figure (_measured)
            one = Span(span.end - len(bare), span.end)
            found.append(Quantity(1.0, 1.0, unit, one.of(text), one, None))
    return found


@functools.cache
def singular_units() -> dict[str, str]:
    """The singular of a noun of people whose plural is broken (broken_plurals.tsv), folded, -> its unit: ضابط ->
    officer, جندي -> soldier."""
    out: dict[str, str] = {}
    for row in read_rows("broken_plurals.tsv", 2):
        units = named_units(row[1])
        if len(units) == 1 and (unit := next(iter(units))) in PEOPLE_UNITS - GENERIC_UNITS:
            out[fold(row[1])] = unit  # (not a measure: "وجرح 74 آخرين")
    return out
