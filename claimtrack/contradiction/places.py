"""Where two statements happen: the countries each names by name, not the nationalities it names.

A dispute needs one place: a toll in Iraq is not disputed by a toll in Turkey.  A nationality adjective names an
actor, not where things happen ("قصف للطيران التركي في محيط قرية زركال" is in Iraq; "تناول اللاعب البرازيلي
مادة محظورة" anywhere), so only a place named by its name sets a statement's country; a statement that names
neither is placed by its source ("ينفي الجيش التونسي وجود قواعد في الجنوب" is about Tunisia).
"""

from __future__ import annotations

import functools

from ..claims import claim_key
from ..claims.stems import strip_clitics
from ..geography import countries, country_of, places_differ
from ..lexicon.aliases import aliases
from ..lexicon.grammar import grammar
from ..lexicon.morph import DEFINITE, LAM_LAM, PREPOSITION_CLITICS, without_conjunction
from ..normalize import fold
from .disputes import statement_words

__all__ = ["place_conflict", "places_by_name"]

# A statement: its content and its source.
Placed = tuple[str, str]


def place_conflict(a: Placed, b: Placed) -> bool:
    """Do two statements name different countries by name (or, naming none, their sources' countries)?"""
    return places_differ(_countries(*a), _countries(*b))


def _countries(text: str, source: str) -> frozenset[str]:
    """The countries a content names by name (a city as its country), else its source's ("ينفي الجيش التونسي
    وجود قواعد عسكرية اجنبية بما فيها الاميركية في الجنوب": Tunisia)."""
    own = frozenset(c for p in places_by_name(text) if (c := country_of(p)))
    return own or (countries(claim_key(source)) if source else frozenset())


@functools.cache
def _place_name_forms() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """A place alias of one word without its article (تركيا، سعودية، سورية) -> its place; and the aliases of
    several words (الولايات المتحدة), folded, each with its place."""
    rows = [(fold(a.alias), a.canonical) for a in aliases() if a.type == "place"]
    return ({strip_clitics(w): c for w, c in rows if " " not in w}, tuple((w, c) for w, c in rows if " " in w))


@functools.lru_cache(maxsize=8192)  # a content is held against many others
def places_by_name(text: str) -> frozenset[str]:
    """The places a text names by their names: a place's word (في تركيا، جنوب شرقي تركيا، لليبيا) that is no
    adjective after a definite noun (العائلات السعودية، الحدود السورية), and names of several words; not a
    nationality (الطيران التركي، اللاعب البرازيلي، شرطيين تركيين)."""
    single, several = _place_name_forms()
    words = [w for w, _ in statement_words(text)]  # folded already
    found = {single[bare] for k, w in enumerate(words) if (bare := strip_clitics(w)) in single
             and not (k and _definite(w) and _definite(words[k - 1]) and words[k - 1] not in grammar().stopwords)}
    folded = " ".join(words)
    return frozenset(found | {c for w, c in several if w in folded})


def _definite(word: str) -> bool:
    """Does a folded word carry the article, after a conjunction and a preposition (السعودية، وبالسعودية)?"""
    bare = without_conjunction(word)
    return bare.startswith((DEFINITE, LAM_LAM)) or (bare[:1] in PREPOSITION_CLITICS and bare[1:].startswith(DEFINITE))
