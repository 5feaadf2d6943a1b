"""One person's fate told two ways, as marks between a corpus's statements (:mod:`.fates` reads a statement's
fate): alive / died, two causes or two times of one death, of statements within the date window whose person words
meet; and whether a statement that the person lives sides with a denial of the death."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

import attrs

from ..lexicon.grammar import grammar
from ..matching.score import Claim
from ..matching.speaker_relation import relation
from ..models import Mention
from .denied import Leads
from .explain import Mark, explain
from .fates import Fate, fate_conflict, person_words, read_fate
from .narration import NARRATION
from .statement_words import statement_words
from .window import DayWindow

__all__ = ["agrees_on_fate", "fate_marks", "fate_of"]


def fate_of(c: Claim, published: "Mapping[str, object]") -> Fate | None:
    """The fate a statement tells (its article's date, from ``published``, reads its day words), or None: a negated
    statement tells none (nor does a denial: the caller does not ask)."""
    if c.attribution.negative:
        return None
    text = c.attribution.content.text
    day = published.get(c.attribution.article)
    return _no_one_left(text, read_fate(text, day if isinstance(day, dt.date) else None))


def fate_marks(told: "Sequence[tuple[Claim, Fate]]", skip: "set[frozenset[str]]", weight: Callable[[str], float],
                leads: Leads, window: DayWindow) -> list[Mark]:
    """One person's fate told two ways (:mod:`.fates`): alive / died, two causes or two times of one death, in
    one article or two of one story (``leads``: "البقاء على قيد الحياة" of newspapers is no one's fate), of the
    statements' fates ``told`` (:func:`fate_of`), within the date window.

    A denial or a negated statement tells no fate (none is read of it): "طالبان باكستان تنفي وفاة مؤسس شبكة
    حقاني" says he lives, as "جده ما زال على قيد الحياة" does (3alyoum a19c98b2f68e2); held against a report of
    his death it is a denial, marked as one (:func:`.worded_apart.find_disputes`).  And a speaker telling two deaths in one
    article tells two persons' ("الأولى قتلت الجندي عبدالعزيز عسيري بتاريخ 22-2-1436هـ. ... والثالثة قتلت
    العريف ماجد القحطاني بتاريخ 15-6-1436هـ.", alyaum a1cd924b2a80a), not one person's twice."""
    said = [Mention(c.attribution.content.text, c.attribution.content.span) for c, _ in told]
    # Only two fates with a rare word near both can be one person's (fates._same_person): indexed by those words.
    names = [person_words(f, weight) for _, f in told]
    marks = []
    for i, j in window.keyed_pairs(names, [c.attribution.article for c, _ in told]):
        (x, fx), (y, fy) = told[i], told[j]
        if frozenset((x.id, y.id)) in skip or not leads.meet(x.attribution.article, y.attribution.article):
            continue
        if x.attribution.article == y.attribution.article and _one_speaker(x, y):
            continue
        found = fate_conflict(said[i], said[j], fx, fy, weight, one_person=True)  # their person words meet (keyed_pairs)
        if not found:
            continue
        kind, evidence, why = found
        marks.append(Mark(x.id, y.id, "contradicts", evidence, explain(kind, x.attribution, y.attribution, why), kind))
        skip.add(frozenset((x.id, y.id)))
    return marks


# How many words before "على قيد الحياة" a negator of it may stand ("لم يبق أحد منهم على قيد الحياة").
_ALIVE_NEGATED_REACH = 4


def _no_one_left(text: str, fate: Fate | None) -> Fate | None:
    """A fate without its "alive" when that is negated: "وللأسف لم يبق أحد منهم على قيد الحياة" (a police
    spokeswoman, alyaum a8e43d74aeedd) says the four on board died, as the pilot's death (aawsat aa66f3be) does;
    "لا يزال على قيد الحياة" is still alive (grammar.negation_at skips it)."""
    if fate is None or "alive" not in fate.kinds:
        return fate
    before = [w for w, _ in statement_words(text[: fate.kinds["alive"].start])][-_ALIVE_NEGATED_REACH:]
    if grammar().negation_at(before, _ALIVE_NEGATED_REACH) is None:
        return fate
    kinds = {k: v for k, v in fate.kinds.items() if k != "alive"}
    return attrs.evolve(fate, kinds=kinds) if kinds else None


def agrees_on_fate(denied: Fate, other: Fate | None) -> bool:
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
