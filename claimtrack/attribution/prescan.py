"""The cue pre-scan: which sentences hold a word that may open an attribution, before any parsing.

Most sentences of a news article hold no reporting verb, no participle or masdar of one and no according-to
marker.  :func:`~.constructions.find_drafts` fires only on such a word (and, in a headline, on the headline
forms), so a sentence without one yields no draft: it is neither tokenized nor read by the rules.  No state
passes from one sentence's rules to the next (each has its own :class:`~.context.SentenceContext`), and the
later stages (continuations, sources, dates) read the sentences' bounds and the drafts only.

The test is the rules' own, on the same words, made looser where that is cheaper: a word's "match" fold, or
that fold without a leading و/ف, is the key of a cue form (``SentenceTokens.cue_forms``), or opens an
according-to marker whose other words follow (``SentenceTokens.according_at``, punctuation between the words
not looked at).
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon.grammar import Grammar
from ..models import Sentence
from ..normalize import Normalized
from .tokens import article_table

__all__ = ["cue_sentences"]


def cue_sentences(norm: Normalized, sentences: list[Sentence], g: Grammar) -> list[bool]:
    """For each sentence, may a rule fire in it: is it a headline, or has it a word that opens a cue form or an
    according-to marker?"""
    starts = norm.offsets.starts
    table = article_table(norm.text)  # the words' keys, folded once for the pre-scan and the views
    return [s.kind == "headline" or _has_cue(*table.word_keys(bisect_left(starts, s.start), bisect_left(starts, s.end)), g)
            for s in sentences]


def _has_cue(keys: list[str], bares: list[str], g: Grammar) -> bool:
    """Is a word's key, or its key without و/ف (``bares``), a cue's, or the first of an according-to marker that
    the next words go on with?"""
    cues, markers = g.cues.keys(), g.according_index
    if not (cues.isdisjoint(keys) and cues.isdisjoint(bares)):
        return True
    first = markers.by_first.keys()
    if first.isdisjoint(keys) and first.isdisjoint(bares):
        return False
    for j, (key, bare) in enumerate(zip(keys, bares)):
        if (key in first or bare in first) and any(_marker_here(marker, keys, j) for marker in markers.starting_with(key, bare)):
            return True
    return False


def _marker_here(marker: tuple[str, ...], keys: list[str], j: int) -> bool:
    """Do the words after ``keys[j]`` go on with ``marker``'s (a last one-letter word may be attached)?"""
    for k in range(1, len(marker)):
        if j + k >= len(keys):
            return False
        if keys[j + k] != marker[k]:
            return len(marker[k]) == 1 and k == len(marker) - 1 and keys[j + k].startswith(marker[k])
    return True
