"""The attribution rules' own words and fixed word sequences, read from ``claimtrack/data``.

- ``attribution_words.tsv``: single words the rules ask about by role (في/لدى inside a mention, بعد/قبل
  before a subject, لم/لن before a cue ...).
- ``construction_patterns.tsv``: fixed word sequences of the constructions (جاء ذلك على لسان X, جاء في
  بيان, نقل X عن Y قوله, بلاغ صادر عن X), in the spirit of spaCy's Matcher patterns: words and slots.
"""

from __future__ import annotations

import functools

import attrs

from ..errors import LexiconError
from ..lexicon import Row, check_choice, read_rows
from ..lexicon.schema import ATTRIBUTION_WORD_ROLES
from ..normalize import fold

__all__ = ["Element", "Pattern", "RuleWords", "broken_plurals", "pattern", "patterns", "rule_words"]

_WORDS_FILE = "attribution_words.tsv"
_PATTERNS_FILE = "construction_patterns.tsv"
_ROLES = ATTRIBUTION_WORD_ROLES
_AS_WRITTEN = frozenset({"closing_verb", "cue_when_doubled", "insist_verb", "manner_verb", "name_as_written", "name_particle", "not_cue_as_written", "object_before_ba", "tells_whom", "verb_before_definite"})  # roles compared with lemmas as written, not folded
_SLOTS = frozenset({"CUE", "THIS", "SOURCE", "DOCUMENT", "ISSUED", "RELAY", "SPEAKER", "SAYING"})


@attrs.frozen
class RuleWords:
    """The words of ``attribution_words.tsv``, one set per role (see the file's header)."""

    abbreviation: frozenset[str]
    adjunct_preposition: frozenset[str]
    adverb_participle: frozenset[str]
    affiliation_adjective: frozenset[str]
    clause_opener: frozenset[str]
    closing_verb: frozenset[str]
    condition: frozenset[str]
    cue_when_doubled: frozenset[str]
    impersonal_passive: frozenset[str]
    in_document: frozenset[str]
    delegate_preposition: frozenset[str]
    delegate_title: frozenset[str]
    denied_report: frozenset[str]
    elative: frozenset[str]
    existential: frozenset[str]
    honorific: frozenset[str]
    inner_preposition: frozenset[str]
    insist_verb: frozenset[str]
    manner_verb: frozenset[str]
    name_as_written: frozenset[str]
    name_link: frozenset[str]
    name_particle: frozenset[str]
    not_cue_as_written: frozenset[str]
    noun_preposition: frozenset[str]
    not_said: frozenset[str]
    not_said_unless_denial: frozenset[str]
    not_subject: frozenset[str]
    object_before_ba: frozenset[str]
    object_demonstrative: frozenset[str]
    partitive: frozenset[str]
    performative: frozenset[str]
    planned: frozenset[str]
    proposition_head: frozenset[str]
    relative_ma: frozenset[str]
    relative_man: frozenset[str]
    rule_noun: frozenset[str]
    speech_noun: frozenset[str]
    style_head: frozenset[str]
    tells_whom: frozenset[str]
    time_demonstrative: frozenset[str]
    time_head: frozenset[str]
    told_audience: frozenset[str]
    top_level_after: frozenset[str]
    top_level_after_comma: frozenset[str]
    top_level_turn: frozenset[str]
    topic_preposition: frozenset[str]
    verb_before_definite: frozenset[str]


@functools.cache
def rule_words() -> RuleWords:
    """The rules' words by role, validated (an unknown role raises :class:`LexiconError`)."""
    by_role: dict[str, set[str]] = {role: set() for role in _ROLES}
    for row in read_rows(_WORDS_FILE, 2):
        role = check_choice(_WORDS_FILE, row, row[1], _ROLES)
        by_role[role].add(row[0] if role in _AS_WRITTEN else fold(row[0]))
    return RuleWords(**{role: frozenset(words) for role, words in by_role.items()})


@attrs.frozen
class Element:
    """One element of a pattern: a slot (``slot`` set, ``words`` empty) or a word with its alternatives."""

    slot: str | None
    words: frozenset[str]  # match-folded
    written: tuple[str, ...]  # as written in the file
    optional: bool = False


@attrs.frozen
class Pattern:
    """A fixed word sequence of a construction family."""

    family: str
    name: str
    elements: tuple[Element, ...]

    def words(self) -> tuple[Element, ...]:
        """The word elements, in order (the slots left out)."""
        return tuple(e for e in self.elements if e.slot is None)


def _element(row: Row, text: str) -> Element:
    optional = text.endswith("?")
    bare = text.rstrip("?")
    if bare.isascii():
        check_choice(_PATTERNS_FILE, row, bare, _SLOTS)
        return Element(bare, frozenset(), (), optional)
    written = tuple(bare.split("|"))
    return Element(None, frozenset(fold(w) for w in written), written, optional)


@functools.cache
def patterns() -> dict[str, Pattern]:
    """The patterns of ``construction_patterns.tsv`` by name, validated against the construction families."""
    families = {row[0] for row in read_rows("constructions.tsv", 4)} | {"shared"}
    found: dict[str, Pattern] = {}
    for row in read_rows(_PATTERNS_FILE, 3):
        family, name, text = row.fields
        check_choice(_PATTERNS_FILE, row, family, families)
        if name in found:
            raise LexiconError(f"{row.where(_PATTERNS_FILE)}: pattern {name!r} listed twice")
        found[name] = Pattern(family, name, tuple(_element(row, e) for e in text.split()))
    return found


def pattern(name: str) -> Pattern:
    """The pattern called ``name``; a missing one is a :class:`LexiconError`."""
    try:
        return patterns()[name]
    except KeyError as err:
        raise LexiconError(f"claimtrack/data/{_PATTERNS_FILE} has no pattern {name!r}") from err


@functools.cache
def broken_plurals() -> dict[str, str]:
    """The broken plurals of ``data/broken_plurals.tsv``, match-folded, to their singulars (أكراد -> كردي)."""
    return {fold(row[0]): fold(row[1]) for row in read_rows("broken_plurals.tsv", 2)}
