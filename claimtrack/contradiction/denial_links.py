"""What links a denial to the claim it denies: the rare words they share, compared by skeleton (a stem without the
clitics light stemming leaves on and without long vowels: لرعاية / رعايتها، زركال / زركله), two or more of them and a
good part of the shorter side's words.  :mod:`.denied` and :mod:`.worded_apart` ask it of each denial and the
claims its words meet; :class:`.denied.Leads` asks :func:`shared_event` of two leads."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Protocol

from ..claims import ClaimKey
from ..lexicon.morph import ALEF, ALEF_MAKSURA, BEH, KAF, LAM, WAW, YEH
from .disputes import denial_verbs

__all__ = ["Skeletons", "denial_link_words", "denial_target_linked", "rare_skeletons", "shared_event", "skeleton"]

# How rare a shared word must be to link two statements (IDF, see Corpus.weight): in a corpus of two articles
# the words of the story itself weigh about 2.2-2.7.
_LINK_WEIGHT = 2.0
_LINK_SHARE = 0.4
_LINK_ENOUGH = 3


def rare_skeletons(claim: ClaimKey, weight: Callable[[str], float], minimum: float = _LINK_WEIGHT) -> frozenset[str]:
    """The skeletons of a claim's words of at least ``minimum`` weight: what :func:`denial_target_linked` holds
    a denial against (a caller that holds one claim against many denials works it out once)."""
    return frozenset(skeleton(f) for f in claim.ordered if weight(f) >= minimum)


class Skeletons(Protocol):
    """A claim's rare skeletons as :func:`denial_target_linked` reads them (or :class:`.denied.SkeletonsMet`)."""
    def __contains__(self, skeleton: object) -> bool: ...

    def __len__(self) -> int: ...


def denial_link_words(denial: ClaimKey, weight: Callable[[str], float],
                      minimum: float = _LINK_WEIGHT) -> tuple[tuple[str, str], ...]:
    """The words a denial may be linked by (of at least ``minimum`` weight, no denial verb), each with its
    skeleton: what :func:`denial_target_linked` holds against a claim (a caller that holds one denial against
    many claims works them out once)."""
    verbs = denial_verbs()
    return tuple((f, skeleton(f)) for f in dict.fromkeys(denial.ordered) if weight(f) >= minimum and f not in verbs)


def denial_target_linked(denial: ClaimKey, claim: ClaimKey, weight: Callable[[str], float], *,
                         minimum: float = _LINK_WEIGHT, claim_skeletons: "Skeletons | None" = None,
                         denial_words: "tuple[tuple[str, str], ...] | None" = None,
                         of_fact: bool = False) -> tuple[str, ...]:
    """The rare words (stems or names) that a denial shares with a claim: two or more link the denial to the
    claim it denies ("نفت وزارة العمل ... إيقاف استقدام العمالة من بنجلاديش" / "وقف ... استقدام العمالة
    المنزلية من بنجلاديش"); else ().  ``denial_words``: :func:`denial_link_words` of the denial, when the caller
    has them; ``claim_skeletons``: :func:`rare_skeletons` of the claim, or which of them the denial's words meet
    (:class:`.denied.SkeletonsMet`); ``of_fact``: the denial names no one's statements or report."""
    rare = denial_link_words(denial, weight, minimum) if denial_words is None else denial_words
    rare_claim = rare_skeletons(claim, weight, minimum) if claim_skeletons is None else claim_skeletons
    shared = [f for f, skeleton in rare if skeleton in rare_claim]
    # What the shorter of the two names must be, for a good part, what the other says: a reaction wave shares
    # the story's words (تصريحات المالكي) without denying each statement of it.  Three words of the proposition
    # (no names) are enough between two long statements, for a denial of a fact ("تناوله مادة منشطة ... لم
    # اتناول اي مادة محظورة" / "تناول اللاعب البرازيلي مادة محظورة تستخدم في علاج ...").
    if len(shared) < 2:
        return ()
    if len(shared) < _LINK_SHARE * min(len(rare), len(rare_claim)) and not (
            of_fact and sum(1 for f in shared if not f.startswith("e:")) >= _LINK_ENOUGH):
        return ()
    return tuple(shared)


_LONG_VOWELS = ALEF + WAW + YEH + ALEF_MAKSURA


@functools.lru_cache(maxsize=65536)  # asked for every word of every claim a denial is held against
def skeleton(stem_: str) -> str:
    """What two spellings of one stem share: no preposition clitic that light stemming leaves on (لرعا / رعاي,
    لمراقب / مراقب) and no long vowels (زركال / زركل); a name (``e:``) is kept as it is."""
    if stem_.startswith("e:"):
        return stem_
    w = stem_[1:] if len(stem_) >= 4 and stem_[0] in (BEH, LAM, KAF) else stem_
    bare = w[0] + "".join(c for c in w[1:] if c not in _LONG_VOWELS)
    return bare if len(bare) >= 2 else w


def shared_event(a: "set[str] | frozenset[str]", b: "set[str] | frozenset[str]", weight: Callable[[str], float]) -> tuple[str, ...]:
    """The rare words two statements' contexts share (their contents and their articles' headlines): two or more
    say the two figures are of one event."""
    shared = sorted(f for f in a & b if weight(f) >= _LINK_WEIGHT)
    return tuple(shared) if len(shared) >= 2 else ()
