"""The sentence view the rules read: a word's cue readings, and multi-word particles.

:class:`SentenceTokens` is the token view of one sentence (:class:`~.token_view.TokenView`: the tokens with the
grammar, their quotations, what one token is) that also answers which cue readings a word keeps as written (a
verb, a participle, a masdar with its pronoun; not the noun, name or passive folding makes look like one) and
which fixed multi-word particle starts at a token (an according-to marker, "يذكر أن").  The names the rules
import of the tokens (punctuation, :class:`Token`, the tokenizer) are importable from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import attrs

from ..lexicon.grammar import CueForm, FirstWordIndex
from ..lexicon.morph import SUBJECT_PRONOUN_SUFFIXES, TEH_MARBUTA  # TEH MARBUTA: folding makes it the pronoun ه
from .token_table import QUOTE, WORD_RE, LazyTokens, Reading, Row, Token, TokenTable, article_table, token_rows, tokenize
from .token_view import TokenView, with_conjunction, written_readings
from .wordlists import rule_words


__all__ = ["COLON", "COMMAS", "DASHES", "QUOTE", "SEMICOLON", "WORD_RE", "LazyTokens", "Reading", "Row", "SentenceTokens", "Token",
           "TokenTable", "VERB_FORMS", "article_table", "token_rows", "tokenize", "with_conjunction", "without_clitic"]

COMMAS = frozenset({"\u060c", ","})  # ARABIC COMMA, COMMA
DASHES = frozenset({"-", "\u2013", "\u2014"})  # HYPHEN-MINUS, EN DASH, EM DASH written as a separate token
COLON = ":"
SEMICOLON = "\u061b"  # ARABIC SEMICOLON
VERB_FORMS = frozenset({"perfect", "imperfect"})  # a cue read as a finite verb ("وأضاف", "ويقول")
_NOT_AS_WRITTEN = VERB_FORMS | {"participle"}  # the readings a not_cue_as_written word loses ("نافين" the name Naveen)
_OBJECT_ENDINGS = ("\u0647", "\u0647\u0627", "\u0647\u0645")  # ه، ها، هم as written


A = TypeVar("A")
E = TypeVar("E")


def _asked_once(answers: dict[int, tuple[Token, A]], t: Token, ask: Callable[[Token], A]) -> A:
    """The answer to ``ask(t)``, kept in ``answers`` by token index with the token it was for (a token with a
    clitic taken off has its index but is not it)."""
    known = answers.get(t.i)
    if known is not None and known[0] is t:
        return known[1]
    answer = ask(t)
    answers[t.i] = (t, answer)
    return answer


def without_clitic(t: Token) -> Token:
    """``t`` without its first letter, a one-letter preposition (لوكالة -> وكالة)."""
    return t.replace(key=t.key[1:], text=t.text[1:])


@attrs.define
class SentenceTokens(TokenView):
    """Tokens of one sentence with the grammar's questions about them: those of :class:`TokenView`, a word's
    cue readings and the multi-word particles."""

    # Answers to the questions the rules ask again and again of one token, or of a particle starting at one
    # token, kept for the view's life (its tokens never change once read): by token index, the token itself
    # kept beside the answer where the question takes a token (a caller may ask of a token with a clitic off).
    _cue_forms_of: dict[int, tuple[Token, tuple[CueForm, ...]]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _according_at: dict[int, tuple[int, int, tuple[str, ...]] | None] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _multi_role_at: dict[tuple[int, str], int] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _openings: dict[int, list[int]] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def with_token(self, k: int, t: Token) -> "SentenceTokens":
        """A view of the same tokens with token ``k`` read as ``t``, a word with a clitic taken off ("لوكالة" as
        "وكالة"), as ``SentenceTokens([*tokens[:k], t, *tokens[k + 1:]], g)`` makes it; on an article's view
        (:class:`LazyTokens`, no quotation styles or written forms) no other token is made or looked at."""
        if isinstance(self.tokens, LazyTokens) and not (self.quote_styles or self.accusative or self.passive or self.doubled):
            return SentenceTokens(self.tokens.replace(k, t), self.g)
        return SentenceTokens([*self.tokens[:k], t, *self.tokens[k + 1 :]], self.g)

    def comp_after_subordinator(self, k: int) -> bool:
        """Is token ``k`` the complementizer of a subordinator ("غير أن", "فيما أن") that opens a clause?"""
        return k > 0 and self.is_comp(self.tok(k)) and ("subordinator" in self.roles(self.tokens[k - 1])
                                                        or bool(self.multi_role_at(k - 1, "subordinator")))

    # --- a word's cue readings ----------------------------------------------------------------------
    def speech_verb(self, t: Token) -> bool:
        """Has ``t`` a finite verb among its cue readings (:data:`VERB_FORMS`): "وأضاف", "ويقول", not "قائلا"?"""
        return any(f.form in VERB_FORMS for f in self.cue_forms(t))

    def cue_forms(self, t: Token) -> tuple[CueForm, ...]:
        """The cue readings of a word; a word written as a noun, adverb, passive or name ("نادي", "هنا", "يدعى",
        "نافين") keeps none of its verb or participle readings, though folding makes it the verb's (نادى، هنأ،
        يدعي، نافين "denying")."""
        if not t.is_word:
            return ()
        cues = self.g.cues
        if t.key not in cues and t.bare not in cues:
            return ()  # no cue reading of its key or of its key without و/ف (most words): none is added below
        return _asked_once(self._cue_forms_of, t, self._cue_forms)

    def _cue_forms(self, t: Token) -> tuple[CueForm, ...]:
        forms = self._written_readings(t, self.g.cue_forms(t.key, t.bare))
        if t.conj and t.i in self.doubled and not forms:
            # "وعدّت أمانة المنظمة": the shadda reads و + عدّ "considered", not وعد "promised"
            forms = self._written_readings(t, self.g.cue_forms(t.bare, t.bare))
        if any(f.object for f in forms):
            forms = tuple(f for f in forms if not f.object or self._frame_follows(t, f))
        if forms and t.i in self.passive:
            forms = tuple(f for f in forms if f.form != "perfect")  # "نُقل عن", "وصُف بأنه": passives
        if forms and t.text.endswith(TEH_MARBUTA):
            forms = tuple(f for f in forms if not f.pronoun)  # "دراسة حديثة" (recent) is no "حديثه" (his talk)
        if forms and (t.text in self.not_cues_as_written or (t.conj and t.text[1:] in self.not_cues_as_written)) \
                and not self._verb_before_definite(t):
            return tuple(f for f in forms if f.form not in _NOT_AS_WRITTEN)
        return forms

    def _verb_before_definite(self, t: Token) -> bool:
        """Is ``t`` a verb_before_definite word right before a definite noun, its subject ("دان الأمين العام للأمم
        المتحدة", okaz_a2d2e3b681), not the name it is elsewhere ("دان براون")?"""
        nxt = self.tok(t.i + 1)
        return t.text in rule_words().verb_before_definite and nxt is not None and nxt.is_word and not nxt.conj \
            and nxt.definite

    def _written_readings(self, t: Token, forms: tuple[CueForm, ...]) -> tuple[CueForm, ...]:
        """``forms`` without the readings of a cue_when_doubled verb that ``t`` is not written as: such a verb is
        read where its shadda is written ("وعدّت") or with an object pronoun before its frame ("وعدتها «»"); and a
        word written with a shadda is read as that verb only ("وعدّت" is not وعدت "she promised")."""
        return written_readings(self.g, self.cues_when_doubled, self.doubled, t, forms)

    def _frame_follows(self, t: Token, form: CueForm) -> bool:
        """Does the verb's own preposition (بـ«المحترم»، بأنها، بدعم) or a complementizer follow ``t`` at once?
        Only then, and joined to what came before by و/ف, is a verb with an object pronoun read as a cue:
        "ووصفته بـ«المحترم»"."""
        if not t.text.endswith(_OBJECT_ENDINGS):
            return False  # "إضافة إلى", "إشارة إلى": a teh marbuta, which folds to heh, is no pronoun
        if not t.conj and not self._pronoun_subordinator(self.tok(t.i - 1)):
            return False  # "إصلاح وصفها بـ«العاجلة»": without و/ف the verb describes a noun before it
        nxt = self.tok(t.i + 1)
        if nxt is not None and nxt.text == QUOTE and not form.verb.preps:
            return True  # "وعدتها «مغذية للطائفية»": a verb of two objects, the second quoted
        if nxt is None or not nxt.is_word:
            return False
        if nxt.key in form.verb.preps or self.is_comp(nxt):
            return True
        return any(len(p) == 1 and nxt.key.startswith(p) and len(nxt.key) > 2 for p in form.verb.preps)

    def _pronoun_subordinator(self, t: Token | None) -> bool:
        """A subordinator with the subject pronoun on it, which a verb then continues: "ولكنه وصفها بغير الكافية"
        (aleqtisadiya_bdd33cb692), as و does."""
        return t is not None and t.is_word and t.key.endswith(SUBJECT_PRONOUN_SUFFIXES) and "subordinator" in self.roles(t)

    def is_cue_word(self, t: Token) -> bool:
        """A verb, participle or pronoun-suffixed masdar: words that end a noun phrase."""
        cues = self.g.cues
        if not t.is_word or (t.key not in cues and t.bare not in cues):
            return False  # no cue reading (most words): cue_forms' own first test, without the call
        forms = self.cue_forms(t)
        return bool(forms) and any(f.form != "masdar" or f.pronoun for f in forms)

    # --- multi-word particles starting at one token ----------------------------------------------
    def according_at(self, i: int) -> tuple[int, int, tuple[str, ...]] | None:
        """An according-to marker starting at token ``i``: ``(np_start, prefix, marker)`` or None.

        ``np_start`` is the token where the source noun phrase begins and ``prefix`` the number of its
        characters that belong to the marker: in "وفقا لبيان" the ل of لبيان is the marker's.
        """
        if i in self._according_at:
            return self._according_at[i]
        if 0 <= i < self._n:
            t, first = self.tokens[i], self.g.according_index.by_first
            if t.key not in first and t.bare not in first:
                return None  # no marker starts with this word (most words)
        found = self._according_at[i] = self._according(i)
        return found

    def marker_starts(self) -> list[int]:
        """The tokens an according-to marker may start at (its first word is theirs, with or without و/ف), in
        order: the only ones :meth:`according_at` can answer for."""
        return self.openings(self.g.according_index)

    def openings(self, index: FirstWordIndex[E]) -> list[int]:
        """The tokens an entry of ``index`` (one of the grammar's) may start at: its first word is theirs, with or
        without و/ف; in order, found once per view."""
        found = self._openings.get(id(index))
        if found is None:
            first, either = index.by_first, self.first_words(index)  # (one look-up, then the exact test for the few)
            found = self._openings[id(index)] = [t.i for t in self.tokens if t.key in either and t.kind == "word"
                                                 and (t.key in first or t.bare in first)]
        return found

    def _according(self, i: int) -> tuple[int, int, tuple[str, ...]] | None:
        t = self.tok(i)
        if t is None or not t.is_word:
            return None
        attached: tuple[int, int, tuple[str, ...]] | None = None
        for marker in self.g.according_index.starting_with(t.key, t.bare):
            k = 1
            found: tuple[int, int, tuple[str, ...]] | None = None
            while k < len(marker):
                u = self.tok(i + k)
                word = marker[k]
                if u is None or not u.is_word:
                    break
                if len(word) == 1 and k == len(marker) - 1 and u.key != word:
                    if u.key.startswith(word) and len(u.key) > 2:
                        found = (i + k, 1, marker)
                    break
                if u.key != word:
                    break
                k += 1
            else:
                found = (i + len(marker), 0, marker)
            if found and found[1]:
                attached = attached or found  # "وفقا لما": the marker "وفقا لما", not "وفقا ل" + "ما"
            elif found:
                return found
        return attached

    def multi_role_at(self, i: int, role: str) -> int:
        """Length of a multi-word particle with ``role`` starting at token ``i`` (0 if none)."""
        if 0 <= i < self._n:
            t, first = self.tokens[i], self.g.multi_particle_index.by_first
            if t.key not in first and t.bare not in first:
                return 0  # no particle starts with this word (most words)
        known = self._multi_role_at.get((i, role))
        if known is None:
            known = self._multi_role_at[(i, role)] = self._multi_role(i, role)
        return known

    def _multi_role(self, i: int, role: str) -> int:
        t = self.tok(i)
        if t is None or not t.is_word:
            return 0
        for words, r in self.g.multi_particle_index.starting_with(t.key, t.bare):
            if r != role:
                continue
            if all((u := self.tok(i + k)) is not None and (u.key == w or (k == 0 and u.bare == w)) for k, w in enumerate(words)):
                return len(words)
        return 0
