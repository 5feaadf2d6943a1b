"""What the construction rules share while they read one sentence."""

from __future__ import annotations

import attrs

from ..lexicon.grammar import Grammar, Verb
from .adjuncts import Skipped, skip_adjuncts
from .names import possessed
from .tokens import SentenceTokens

__all__ = ["SentenceContext"]


@attrs.define
class SentenceContext:
    """One sentence under extraction: its tokens, where it ends, and what the rules learned so far.

    ``subjects`` holds (cue token, subject token range) of the clauses read so far, for a later participle
    that hangs on one ("نشرت القيادة ... توضيحا ... قائلة"); ``asides`` the tokens of asides the adjunct
    skipper passed over, where no cue fires.
    """

    st: SentenceTokens
    index: int  # the sentence's index in its article
    end: int  # normalized end of the sentence
    headline: bool
    subjects: list[tuple[int, tuple[int, int]]] = attrs.field(factory=list)
    asides: set[int] = attrs.field(factory=set)
    # What skip_adjuncts found from a token for a verb (its tokens never change, so neither does the answer); the
    # rules of each cue form ask again from the same token.  By (token, id of the verb, relays); the verb beside it.
    _skipped: dict[tuple[int, int, bool], tuple[Verb | None, Skipped]] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def g(self) -> Grammar:
        return self.st.g

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Normalized span of tokens ``a`` to ``b`` (exclusive)."""
        toks = self.st.tokens
        return toks[a].start, toks[b - 1].end

    def clause_subject(self, i: int) -> tuple[int, int] | None:
        """The subject of the latest clause before token ``i``, for a cue with none of its own to hang on: not a
        noun with a pronoun, which is an object ("وقد حمل الملك المفدى الوزير نقل تحياته لرئيس ...، مؤكداً":
        نقل is a verbal noun there, and the King's clause is the one the participle hangs on)."""
        prior = [s for k, s in self.subjects if k < i and not possessed(self.st, self.st.tokens[s[0]])]
        return prior[-1] if prior else None

    def skip(self, j: int, verb: Verb | None, *, relays: bool = False) -> Skipped:
        """:func:`~.adjuncts.skip_adjuncts` from token ``j``, keeping the asides it passed."""
        known = self._skipped.get((j, id(verb), relays))
        if known is not None and known[0] is verb:
            return known[1]  # its asides are kept already
        skipped = skip_adjuncts(self.st, j, verb, relays=relays)
        self._skipped[(j, id(verb), relays)] = (verb, skipped)
        self.asides.update(skipped.asides)
        return skipped
