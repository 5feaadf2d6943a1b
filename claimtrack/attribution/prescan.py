"""The cue pre-scan: which sentences hold a word that may open an attribution, before any parsing.

Most sentences of a news article hold no reporting verb, no participle or masdar of one and no according-to
marker.  :func:`~.constructions.find_drafts` fires only on such a word (and, in a headline, on the headline
forms), so a sentence without one yields no draft: it is neither tokenized nor read by the rules.  No state
passes from one sentence's rules to the next (each has its own :class:`~.context.SentenceContext`), and the
later stages (continuations, sources, dates) read the sentences' bounds and the drafts only.

The test is the rules' own, on the same words, made looser where that is cheaper: a word's "match" fold, or
that fold without a leading و/ف, is the key of a cue form (``SentenceTokens.cue_forms``), or opens an
according-to marker whose other words follow (``SentenceTokens.according_at``, punctuation between the words
not looked at).  Two of the rules' refusals are read here too, where they need no more than a word and the token
before it, so that a sentence they would refuse whole is not tokenized either (issue 14):

- a headline yields a draft of its own only at a colon (``"الوفاق": ...``) or a quotation mark (``مصادر لـ"الوئام"
  ...``), both tokens of their own character: a headline without either is read as any other sentence;
- a cue word spelled like a preposition (بين، عبر), with no و/ف, right after a word that is no cue and neither a
  complementizer nor a subordinator, كان or قد, with or without its و/ف, is the preposition
  (``constructions._preposition_here``: "الخلاف بين الطرفين", "والتعاون بين البلدين"; neither word is one a view
  reads otherwise, for ``SentenceTokens._fix_conjunction`` reads only cue words), and the rules go on to the next
  word before asking anything that could add a draft or change what a later word yields.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count
from operator import itemgetter

from ..lexicon.grammar import Grammar
from ..models import Sentence
from ..normalize import Normalized
from .token_table import QUOTE, Reading, TokenTable
from .tokens import COLON, article_table, with_conjunction

__all__ = ["cue_sentences"]


def cue_sentences(norm: Normalized, sentences: list[Sentence], g: Grammar) -> list[bool]:
    """For each sentence, may a rule fire in it: is it a headline with a colon or a quotation mark, or has it a
    word that opens a cue form (and is not a preposition there) or an according-to marker?"""
    starts, text = norm.offsets.starts, norm.text
    table = article_table(text)  # the words' keys, folded once for the pre-scan and the views
    cued = []
    for s in sentences:
        a, b = bisect_left(starts, s.start), bisect_left(starts, s.end)
        if s.kind == "headline" and (text.find(COLON, a, b) >= 0 or text.find(QUOTE, a, b) >= 0):
            cued.append(True)
            continue
        span = table.row_span(a, b)
        if span is None:  # a token runs over an edge: the sentence's tokens read apart
            readings = table.readings(a, b)
            cued.append(_has_cue(list(map(_KEY, readings)), readings, g, table, a, b, None))
        else:  # the table's keys of the sentence's rows, sliced
            cued.append(_has_cue(table.keys[span[0] : span[1]], None, g, table, a, b, span))
    return cued


def _has_cue(keys: list[str], readings: list[Reading] | None, g: Grammar, table: TokenTable, start: int, end: int,
             span: tuple[int, int] | None) -> bool:
    """Is a word's key, or its key without و/ف, a cue's that is not a preposition where it stands, or the first of
    an according-to marker that the next words go on with?  ``keys`` are the sentence's tokens' (its ``readings``
    when given, else the table's rows ``span``).  (The sets are tested against every token's key, in C: a number's or a mark's key
    is its text, which no cue form or marker is; and were one, the sentence would only be read for nothing.)"""
    cues, first = _with_conjunction(g)
    if not cues.isdisjoint(keys):
        if not _only_prepositions(g, table, span, keys):
            return True
    if first.isdisjoint(keys):
        return False
    if readings is None:
        readings = table.readings(start, end)
    markers = g.according_index
    words = [r for r in readings if r[4]]  # a marker's words are read one after the other, marks between them not
    keys = [r[2] for r in words]
    for j, (key, bare) in enumerate(zip(keys, (r[3] for r in words))):
        if (key in first or bare in first) and any(_marker_here(marker, keys, j) for marker in markers.starting_with(key, bare)):
            return True
    return False


def _only_prepositions(g: Grammar, table: TokenTable, span: tuple[int, int] | None, keys: list[str]) -> bool:
    """Is every cue word of the table's rows ``span`` (their ``keys``) a preposition where it stands (see the
    module's docstring)?  False when a token runs over an edge (``span`` None: the sentence is tokenized apart)."""
    if span is None:
        return False
    prepositions = _preposition_cues(g)
    readings, cues, complementizers = table.row_readings, g.cues, g.complementizers
    a = span[0]
    found = False
    # (only the rows whose key is a cue's with or without و/ف can hold a cue word: found in C, then read)
    for k in compress(count(a), map(_with_conjunction(g)[0].__contains__, keys)):
        _, _, key, bare, is_word, conj, _, _ = readings[k]
        if not is_word or not (key in cues or bare in cues):
            continue
        if conj or key not in prepositions or k == a:
            return False
        _, _, before, before_bare, before_is_word, before_conj, _, _ = readings[k - 1]
        if not before_is_word or before in cues or before in complementizers or before_bare in complementizers \
                or not (g.role(before).isdisjoint(_OPEN_CLAUSE) and g.role(before_bare).isdisjoint(_OPEN_CLAUSE)) \
                or before in _phrase_ends(g):
            return False  # (the last word of a fronted phrase, "من جهته بين": read by the rules)
        found = True
    return found


_KEY = itemgetter(2)  # a token's reading's key
_OPEN_CLAUSE = frozenset({"subordinator", "kana", "qad"})  # after these a verb may open the clause


def _preposition_cues(g: Grammar) -> frozenset[str]:
    """The cue keys that are also prepositions (بين، عبر), for the grammar in use."""
    last = _PREPOSITION_CUES[0]
    if last is None or last[0] is not g:
        last = _PREPOSITION_CUES[0] = (g, frozenset(k for k in g.cues if "preposition" in g.role(k)))
    return last[1]


_PREPOSITION_CUES: list[tuple[Grammar, frozenset[str]] | None] = [None]


def _with_conjunction(g: Grammar) -> tuple[frozenset[str], frozenset[str]]:
    """The keys whose reading is a cue's, or the first word of an according-to marker, with or without و/ف
    (:func:`~.tokens.with_conjunction`): a token's key is in one of these sets just when its key or its bare key is
    in the table, so one test of the keys does for both."""
    last = _WITH_CONJUNCTION[0]
    if last is None or last[0] is not g:
        last = _WITH_CONJUNCTION[0] = (g, with_conjunction(g.cues), with_conjunction(g.according_index.by_first))
    return last[1], last[2]


_WITH_CONJUNCTION: list[tuple[Grammar, frozenset[str], frozenset[str]] | None] = [None]


def _phrase_ends(g: Grammar) -> frozenset[str]:
    """The last words of the multi-word adjunct phrases ("من جهته"), after which a clause may begin
    (``constructions._after_fronted_phrase``), for the grammar in use."""
    last = _PHRASE_ENDS[0]
    if last is None or last[0] is not g:
        ends = frozenset(words[-1] for entries in g.multi_particle_index.by_first.values() for words, role in entries
                         if role == "time_phrase")
        last = _PHRASE_ENDS[0] = (g, ends)
    return last[1]


_PHRASE_ENDS: list[tuple[Grammar, frozenset[str]] | None] = [None]


def _marker_here(marker: tuple[str, ...], keys: list[str], j: int) -> bool:
    """Do the words after ``keys[j]`` go on with ``marker``'s (a last one-letter word may be attached)?"""
    for k in range(1, len(marker)):
        if j + k >= len(keys):
            return False
        if keys[j + k] != marker[k]:
            return len(marker[k]) == 1 and k == len(marker) - 1 and keys[j + k].startswith(marker[k])
    return True
