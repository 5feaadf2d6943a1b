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
    # (cue token, normalized start of its content) of the attributions found so far, in order
    said: list[tuple[int, int]] = attrs.field(factory=list)
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
        # the latest first: a sentence thousands of tokens long has thousands of subjects (issue 14)
        return next((s for k, s in reversed(self.subjects) if k < i and not possessed(self.st, self.st.tokens[s[0]])
                     and not (s[1] <= k and self._inside_what_was_said(k))), None)

    def _inside_what_was_said(self, k: int) -> bool:
        """Is token ``k``, a verb that yielded no attribution, inside the content of one found before it?  A subject
        written before such a verb is part of what was said, no speaker a later participle hangs on ("مضيفا: ان السفير
        السعودي عيد الثقفي تابع شخصيا الحالة الصحية ...، مثمنا": the grandfather praises, alyaum_b1f8fe7f2c; "أن
        وزير الدفاع الأمريكي أبلغ الجبوري ...، مؤكدة": the sources, okaz_d13ca37cde).  A verb before its subject
        may open a clause of the narrative ("ويقول: نعيب زماننا ... فيأتي الشاعر محمد العوني ... قائلاً",
        alriyadh_a504d3cbdc)."""
        if any(cue == k for cue, _ in self.said):
            return False
        start = self.st.tokens[k].start
        return any(cue < k and content <= start for cue, content in self.said)

    def skip(self, j: int, verb: Verb | None, *, relays: bool = False) -> Skipped:
        """:func:`~.adjuncts.skip_adjuncts` from token ``j``, keeping the asides it passed."""
        known = self._skipped.get((j, id(verb), relays))
        if known is not None and known[0] is verb:
            return known[1]  # its asides are kept already
        skipped = skip_adjuncts(self.st, j, verb, relays=relays)
        self._skipped[(j, id(verb), relays)] = (verb, skipped)
        self.asides.update(skipped.asides)
        return skipped
