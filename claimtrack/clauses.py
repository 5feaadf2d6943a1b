"""Clause words: the words of a text and the commas that end a clause, the view negation is read in.

:meth:`~claimtrack.lexicon.grammar.Grammar.negation_at` reads folded words and stops at a comma ("،" ends a
clause), so every reader of negation splits a text the same way, here.
"""

from __future__ import annotations

from itertools import islice

import regex

from .normalize import fold

__all__ = ["CLAUSE_WORD_RE", "clause_words"]

CLAUSE_WORD_RE = regex.compile(r"[\p{L}\p{M}]+|[\u060c,;\u061b]")  # words, and the commas that end a clause


def clause_words(text: str, most: int | None = None) -> list[str]:
    """The folded words and clause-ending commas of ``text`` (already normalized), in order; the first ``most``
    of them when given (a reader of the clause's opening need not fold a whole paragraph)."""
    return [fold(m.group()) for m in islice(CLAUSE_WORD_RE.finditer(text), most)]
