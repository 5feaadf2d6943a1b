"""What joins two tolls to one event: the rare place or name terms their contexts (contents, paragraphs and
leads) share, not the words every toll or every report of one war shares.  :mod:`.places` asks it of two figures,
of two paragraphs of one article."""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection

from ..lexicon.background import background
from ..lexicon.morph import PREPOSITION_CLITICS
from .incidents import event_word
from .scopes import scope_terms

__all__ = ["NAME_MOST", "as_rare_as_a_name", "event_anchors", "shared_terms"]

# A term shared by two contexts counts as evidence of one event from this rarity weight up (denial_links.shared_event's).
_SHARED_WEIGHT = 2.0
# A word that real news uses in no more articles than this (of 20,290) is as rare as a name: سروج 53، الوراق 20،
# داود أوغلو 104، كردستان 184; not مقتل 1,933 or أسفر 574.
NAME_MOST = 200
# An entity or a place named in no more than this share of real news narrows a toll to some events (عدن 701،
# نيجيريا 124 of 20,290 articles); a wider one (تركيا 1,610، سوريا 1,449، داعش 1,286) is shared by every toll of
# a war, and anchors one event only with two others ("داعش"، "سوريا"، "تركيا": an attack on the border).
_NARROW_SHARE = 0.04
_BROAD_ENOUGH = 3
# A word in no more articles than this is specific to some events (حدود 286، كردستان 184، حوثي 550); not شرق 2,061,
# قال 4,524 or مدينة 3,976, which any two tolls of a day share.  Two shared terms must be specific (or entities).
_SPECIFIC_MOST = 600
# A term of one letter is what is left of a clitic or an abbreviation ("ل"، "و"), no word of any event: "ل" and
# the United States joined Cameroon's toll to a study of spider bites (2015-07-22/23, judged unrelated X031).
_LETTER = 1


def event_anchors(a: Collection[str], b: Collection[str], weight: Callable[[str], float]) -> tuple[str, ...]:
    """The terms two contexts of figures (their contents and their articles' leads) share that say the figures
    are of one event, sorted, or () when they are not enough: two rare terms that are no event word
    (matching.stories.event_terms: مقتل، قتيلا، انفجار) nor a unit (شخصا), one of them a place or an entity
    few articles name (e:نيبال، e:الجيزة; or three wide ones) or a word as rare as a name (سروج), and both specific: no word any two tolls of a
    day share (شرق، قال، مدينة: "e:سوريا" and "شرق" join a Syrian raid's toll with the Suruc bombing's)."""
    bg = background()
    shared = sorted(f for f in shared_terms(a, b) if len(f) > _LETTER and weight(f) >= _SHARED_WEIGHT and not event_word(f)
                    and f not in _common_words() and (f.startswith("e:") or bg.count(f) <= _SPECIFIC_MOST))
    if len(shared) < 2:
        return ()
    if not any(bg.count(f) <= (_NARROW_SHARE * bg.documents if f.startswith("e:") else NAME_MOST)
               for f in shared if f not in _actors()) \
            and sum(f.startswith("e:") for f in shared) < _BROAD_ENOUGH:
        return ()
    return tuple(shared)


def as_rare_as_a_name(term: str) -> bool:
    """Is a key term a word real news uses no more than a name (:data:`NAME_MOST` articles: سروج، جورنال)?"""
    return background().count(term) <= NAME_MOST


def shared_terms(a: Collection[str], b: Collection[str]) -> set[str]:
    """The terms of ``a`` and ``b`` both name, a preposition glued to one side's word aside: the key does not know
    "بخيبر" for a place its gazetteer lacks, and a psychiatric patient's shooting "وذلك بخيبر الجنوب" (sabq
    345f922840, 2015-07-29) shares the place with the police report of the "قاتل خيبر" (sabq bb530e5e55,
    real_disputes2 E1-025) only so."""
    mine, theirs = set(a), set(b)
    shared = mine & theirs
    bg = background()
    for one, other in ((mine, theirs), (theirs, mine)):
        # (the glued form the rarer: "باراك" is Barack, never ب + the Iranian city اراك)
        shared |= {f[1:] for f in one - other if f[:1] in PREPOSITION_CLITICS and len(f) > _GLUED_LEAST
                   and f[1:] in other and bg.count(f) < bg.count(f[1:])}
    return shared


_GLUED_LEAST = 4  # a word with its preposition: at least four letters after it ("بخيبر")


@functools.cache
def _actors() -> frozenset[str]:
    """The key terms of place_scopes.tsv kind ``actor``: a party to a war (الحوثيين، داعش، بوكو حرام), named in
    every report of it, so never the term that narrows two tolls to one event: "كولو" on Boko Haram's raids on
    three villages (aawsat ac115da204847) and "سكان" on eleven killed in another village (aawsat a4d3d297e09ae)
    share بوكو حرام and Nigeria, not an incident.  (It still counts among the terms shared: "مسؤول تركي" and
    aawsat 94c0280dae on one clash with داعش at the border, real_disputes D1-058.)"""
    return scope_terms("actor")


@functools.cache
def _common_words() -> frozenset[str]:
    """The key terms of place_scopes.tsv kind ``common``: words every toll or digest shares that no event word
    covers (أسفر، بجروح، موجز), which anchor nothing: the "موجز أخبار" of aawsat a8154ff65b87d (a building's
    collapse in Delhi) and "موجز دوليات" of aawsat a1b59bcbbb6fe (a clash in Nagaland) share India and موجز."""
    return scope_terms("common")
