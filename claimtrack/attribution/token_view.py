"""The token view of a sentence: its tokens with the grammar, its quotations, and what one token is.

:class:`TokenView` holds the tokens of one sentence (:mod:`.token_table` makes them) with the grammar, reads the
و/ف of a cue word as written, pairs the sentence's quotation marks and answers the questions the rules ask of a
single token by its own words (a complementizer? a preposition? a time word? a name? a source kind?).  The
questions of a cue's readings and of multi-word particles are :class:`~claimtrack.attribution.tokens.SentenceTokens`'.
"""

from __future__ import annotations

import functools
from itertools import accumulate
from collections.abc import Iterable
from typing import TypeVar

import attrs

from ..lexicon.grammar import CueForm, FirstWordIndex, Grammar
from ..lexicon.morph import ALEF, CONJUNCTIONS, without_conjunction
from .token_table import QUOTE, LazyTokens, Token, Tokens
from .wordlists import rule_words

__all__ = ["TokenView", "with_conjunction", "written_readings"]

_GUILLEMETS = "\u00ab\u00bb"  # LEFT- and RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
# Marks a closing quotation mark may follow at once ("الدولة."", "(...)""): ARABIC QUESTION MARK, HORIZONTAL ELLIPSIS.
_FINAL_MARKS = frozenset({".", "!", "?", "\u061f", "\u2026", ")"})


A = TypeVar("A")
E = TypeVar("E")


def _fix_conjunction(g: Grammar, when_doubled: frozenset[str], doubled: frozenset[int], t: Token) -> None:
    """Read the و/ف of a cue word as its first root letter ("وجّه", "وصف", "وعد") when its readings without it are
    none as written (:func:`written_readings`)."""
    if t.conj and g.cues.get(t.key) and not written_readings(g, when_doubled, doubled, t, g.cues.get(t.bare, ())):
        t.read_bare()



def written_readings(g: Grammar, when_doubled: frozenset[str], doubled: frozenset[int], t: Token,
                      forms: tuple[CueForm, ...]) -> tuple[CueForm, ...]:
    """``forms`` without the readings of a ``when_doubled`` verb that ``t`` is not written as (``doubled``: the
    tokens written with a shadda): :meth:`SentenceTokens._written_readings`."""
    if not when_doubled or not forms:
        return forms
    if t.i in doubled and any(f.verb.lemma in when_doubled for f in forms):
        return tuple(f for f in forms if f.verb.lemma in when_doubled)
    if t.i in doubled:
        return () if t.conj and any(f.verb.lemma in when_doubled for f in g.cues.get(t.bare, ())) else forms
    return tuple(f for f in forms if f.object or f.verb.lemma not in when_doubled)


def with_conjunction(keys: Iterable[str]) -> frozenset[str]:
    """``keys``, and each written after و or ف where a token's key so written loses it (``morph.without_conjunction``,
    which makes a token's bare key): a token whose key or bare key is in ``keys`` has its key in the set (its bare
    key is its key, or its key without و/ف), so one look-up passes over the others."""
    keys = frozenset(keys)
    return keys | {c + k for k in keys for c in CONJUNCTIONS if without_conjunction(c + k) == k}


class _TextAnswers:
    """What views of one grammar (and one list of names as written) know of a plain token by its text alone."""

    __slots__ = ("g", "names", "roles", "prep", "adjunct", "kind", "firsts")

    def __init__(self, g: Grammar, names: frozenset[str]) -> None:
        self.g, self.names = g, names
        self.roles: dict[str, frozenset[str]] = {}
        self.prep: dict[str, bool] = {}
        self.adjunct: dict[str, str | None] = {}
        self.kind: dict[str, str | None] = {}
        # each index of the grammar asked of, beside its first words: a few, and they go with the grammar
        self.firsts: list[tuple[object, frozenset[str]]] = []

    def first_words(self, index: FirstWordIndex[E]) -> frozenset[str]:
        """:func:`with_conjunction` of the first words of ``index`` (one of the grammar's), made once."""
        for known, words in self.firsts:
            if known is index:
                return words
        words = with_conjunction(index.by_first)
        self.firsts.append((index, words))
        return words

    @staticmethod
    def keep(answers: dict[str, A], text: str, answer: A) -> A:
        if len(answers) >= _TEXTS_KEPT:
            answers.clear()
        answers[text] = answer
        return answer


_TEXTS_KEPT = 100_000  # the answers kept of one question at most: memory stays bounded however many articles pass
_LAST_ANSWERS: list[_TextAnswers | None] = [None]

@attrs.define
class TokenView:
    """Tokens of one sentence with the grammar, their quotations and the questions of a single token (the
    view :class:`~claimtrack.attribution.tokens.SentenceTokens` asks more of)."""

    tokens: Tokens  # a list, or an article's LazyTokens
    g: Grammar
    # For each quote token, its family in the original text ("«" and "»" apart from " “ ”), so a quotation
    # inside a quotation pairs with its own marks: «... "الجيش الوطني" ...».
    quote_styles: dict[int, str] = attrs.field(factory=dict)
    quote_pairs: dict[int, int] = attrs.field(factory=dict)
    # Words written with the accusative tanween ("نقداً", "تحذيراً"), which folding takes off: objects and adverbs.
    accusative: frozenset[int] = attrs.field(factory=frozenset, kw_only=True)
    # Words written with a damma on their first letter ("نُقل", "وصُف"): a perfect read so is a passive, no cue.
    passive: frozenset[int] = attrs.field(factory=frozenset, kw_only=True)
    # Words written with a shadda ("وعدّت", "وعَـدّ"): the readings a cue_when_doubled verb needs.
    doubled: frozenset[int] = attrs.field(factory=frozenset, kw_only=True)
    starts: list[int] = attrs.field(kw_only=True)  # start offset of each token, for bisection (read when not given)
    # Does ``quote_styles`` hold every quotation mark of the tokens (the sentence view's maker read them all)?  Then
    # they are not looked for again.
    marks_styled: bool = attrs.field(default=False, kw_only=True, eq=False, repr=False)
    # how many tokens (asked of a view hundreds of thousands of times: kept, as the tokens never change)
    _n: int = attrs.field(init=False, eq=False, repr=False)
    # Is each token inside a quotation (strictly between a pair)?  Looked up in O(1) however many quote marks.
    _quoted: list[bool] = attrs.field(init=False, factory=list)
    # Names spelled like a folded function word, told apart as written (علي, not على): read once per sentence.
    names_as_written: frozenset[str] = attrs.field(init=False, factory=lambda: rule_words().name_as_written)
    # Nouns, adverbs and passives whose folded key is a reporting verb's (نادي "club", not نادى), as written.
    not_cues_as_written: frozenset[str] = attrs.field(init=False, factory=lambda: rule_words().not_cue_as_written)
    # Geminate verbs that are cues only as written with a shadda or an object pronoun (عدّ "considered").
    cues_when_doubled: frozenset[str] = attrs.field(init=False, factory=lambda: rule_words().cue_when_doubled)

    # Answers to the questions the rules ask again and again of one token, kept for the view's life (its tokens
    # never change once read): by token index, the token itself kept beside the answer (a caller may ask of a
    # token with a clitic off).
    _roles_of: dict[int, tuple[Token, frozenset[str]]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _listed_of: dict[int, tuple[Token, bool]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    # Where the noun-phrase automaton ends a mention from a token for a cue's verb (nounphrase.noun_phrase): by
    # (token, id of the verb), the verb beside the end.
    phrase_ends: dict[tuple[int, int], tuple[object, int]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    # The answers that depend on a token's text alone (a plain token: see Token), shared by every view of the same
    # grammar and rule words.
    _by_text: _TextAnswers = attrs.field(init=False, eq=False, repr=False)

    @_by_text.default
    def _text_answers(self) -> _TextAnswers:
        last = _LAST_ANSWERS[0]
        if last is None or last.g is not self.g or last.names is not self.names_as_written:
            last = _LAST_ANSWERS[0] = _TextAnswers(self.g, self.names_as_written)
        return last

    @_n.default
    def _count(self) -> int:
        return len(self.tokens)

    @starts.default
    def _starts(self) -> list[int]:
        if isinstance(self.tokens, LazyTokens):
            return self.tokens.starts
        return [t.start for t in self.tokens]

    def __attrs_post_init__(self) -> None:
        shared = isinstance(self.tokens, LazyTokens) and not self.quote_styles and not self.quote_pairs
        if isinstance(self.tokens, LazyTokens):
            # each token as it is made; the fix holds no reference to the view, which holds the tokens (no cycle:
            # an article's views and tokens go as soon as extraction is done with them, not at a collection)
            self.tokens.read_with(functools.partial(_fix_conjunction, self.g, self.cues_when_doubled, self.doubled))
            if shared and self.tokens.quoting:  # read already, for the article's view
                pairs, self._quoted = self.tokens.quoting[0]
                self.quote_pairs.update(pairs)
                return
            quotes = self.tokens.quote_indices()
        else:
            cue_of = self.g.cues.get
            for t in self.tokens:
                if t.conj and cue_of(t.key):  # the only tokens _fix_conjunction may change
                    self._fix_conjunction(t)
            quotes = list(self.quote_styles) if self.marks_styled else [t.i for t in self.tokens if t.text == QUOTE]
        open_at: dict[str, int] = {}
        # One plain mark of the sentence has no partner.  When the last one, which pairing in turn leaves alone, is
        # written as a closing mark too, an earlier closing-shaped mark where a quotation would open is the stray
        # (not when the last opens a quotation never closed: "وقال فارس” لايصدر ... “الله يحفظ بلادنا ...").  Only
        # a sentence's view, which knows each mark's style; the article's, which the source searches read, pairs
        # as before.
        plain = [i for i in quotes if self.quote_styles.get(i, QUOTE) not in _GUILLEMETS] if self.quote_styles else []
        stray = len(plain) % 2 == 1 and self._closing_shaped(plain[-1])
        after = dict(zip(plain, plain[1:]))  # the next plain mark of each
        for i in quotes:
            style = self.quote_styles.get(i, QUOTE)
            family = "guillemet" if style in _GUILLEMETS else "plain"
            if family in open_at and not (style == _GUILLEMETS[0] and family == "guillemet"):
                self.quote_pairs[open_at.pop(family)] = i
            elif family not in open_at:
                if style == _GUILLEMETS[1] and self._closing_shaped(i) and self._next_guillemet(quotes, i) == _GUILLEMETS[0]:
                    # a closing guillemet where nothing is open, written as a closer, whose next guillemet opens: a
                    # quotation whose opening mark the writer left out ("قال ...: إن وضع بولارد ستحدده لجنة ...
                    # المتبعة»، من ناحيتها نقلت صحيفة «وول ستريت جورنال» عن مصادر", almadina 2015-07-29); read as an
                    # opening one it put the next speaker's cue inside a quotation
                    continue
                if stray and family == "plain" and self._closing_shaped(i) and self._opening_shaped(after.get(i)):
                    # "وبينهم اماراتيون"، مشيرا الى "انهم ..."" (aawsat_0802_105): opens nothing; not a mark glued to
                    # the word before with a space inside, the next one closing, "لـ" الرياض" إن" (alriyadh 2015-08-02)
                    stray = False
                    continue
                open_at[family] = i
        if not self.quote_pairs:
            self._quoted.extend([False] * len(self.tokens))
        else:
            depth = [0] * (len(self.tokens) + 1)
            for o, c in self.quote_pairs.items():
                depth[o + 1] += 1
                depth[c] -= 1
            self._quoted.extend(map((0).__lt__, accumulate(depth[:-1])))  # inside > 0, for each token
        if shared and isinstance(self.tokens, LazyTokens):
            self.tokens.quoting.append((dict(self.quote_pairs), self._quoted))

    def _next_guillemet(self, quotes: list[int], i: int) -> str | None:
        """The style of the first guillemet among ``quotes`` after the mark at ``i``, if any."""
        for k in quotes:
            if k > i and (style := self.quote_styles.get(k, QUOTE)) in _GUILLEMETS:
                return style
        return None

    def _closing_shaped(self, i: int) -> bool:
        """Is the quotation mark at ``i`` written as a closing one: right after a word, a number or a final
        mark, with a space or a mark (not a word) after it ("اماراتيون"،")?  The guide leaves a stray closing mark
        with no opening one out of the content; read as an opening one it would put the words up to the next mark
        inside a quotation (and a cue there out of reach)."""
        prev, nxt = self.tok(i - 1), self.tok(i + 1)
        t = self.tokens[i]
        if prev is None or prev.end != t.start or not (prev.kind in ("word", "num") or prev.text in _FINAL_MARKS):
            return False
        return nxt is None or nxt.start > t.end or nxt.kind == "punct" and nxt.text != QUOTE

    def _opening_shaped(self, i: int | None) -> bool:
        """Is the plain quotation mark at ``i`` written as an opening one: a space or a colon before it ("الى "انهم",
        "قائلاً:" إن", sabq 2015-08-02), a word after it?"""
        if i is None:
            return False
        prev, nxt, t = self.tok(i - 1), self.tok(i + 1), self.tokens[i]
        spaced = prev is None or prev.end < t.start or prev.text == ":"
        return spaced and nxt is not None and nxt.kind in ("word", "num")

    def _fix_conjunction(self, t: Token) -> None:
        _fix_conjunction(self.g, self.cues_when_doubled, self.doubled, t)

    # --- single-token questions -------------------------------------------------------------------
    def first_words(self, index: FirstWordIndex[E]) -> frozenset[str]:
        """:func:`with_conjunction` of the first words of ``index`` (one of the grammar's), made once per grammar."""
        return self._by_text.first_words(index)

    def tok(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < self._n else None

    def roles_of_key(self, key: str) -> frozenset[str]:
        """Roles of a folded word taken apart from its token ("ذلك" of "بذلك")."""
        return self.g.role(key)

    def written_name(self, t: Token) -> bool:
        """A name spelled like a folded function word, told apart as written: "علي" (not the preposition على)."""
        return t.text in self.names_as_written

    def is_preposition_word(self, t: Token) -> bool:
        """A bare preposition (في، على، من), not a name spelled like one after folding (علي)."""
        return "preposition" in self.g.role(t.key) and not self.written_name(t)

    def roles(self, t: Token) -> frozenset[str]:
        if t.plain:  # the question asked most: answered once per text while the grammar stands
            known = self._by_text.roles.get(t.text)
            if known is None:
                known = self._by_text.keep(self._by_text.roles, t.text, self._roles(t))
            return known
        old = self._roles_of.get(t.i)  # as _asked_once, inline
        if old is not None and old[0] is t:
            return old[1]
        answer = self._roles_of[t.i] = (t, self._roles(t))
        return answer[1]

    def _roles(self, t: Token) -> frozenset[str]:
        if t.text in self.names_as_written:
            return frozenset()
        roles = self.g.role(t.key) | (self.g.role(t.bare) if t.conj else frozenset())
        if t.unprefixed != t.bare and "adjective" in self.g.role(t.unprefixed):
            roles = roles | {"adjective"}  # "المختصة": listed as مختصة
        return roles

    def is_comp(self, t: Token | None) -> bool:
        return t is not None and t.is_word and (t.key in self.g.complementizers or (t.conj and t.bare in self.g.complementizers and len(t.bare) <= 4)) \
            and not (t.key in self.g.comp_names and self._in_listed_name(t))

    def _in_listed_name(self, t: Token) -> bool:
        """Is ``t``, a word that folds to a complementizer, a word of a listed name (Grammar.comp_names): "إن" of
        "لشبكة سي إن إن" (CNN) or "إن بي سي" (NBC), where the content of "قال ... لشبكة سي إن إن إن" does not open?"""
        known = self._listed_of.get(t.i)  # (every إن and أن is asked of again and again: the answer kept, as roles')
        if known is not None and known[0] is t:
            return known[1]
        answer = self._listed_of[t.i] = (t, self._among_listed_words(t))
        return answer[1]

    def _among_listed_words(self, t: Token) -> bool:
        for words, at in self.g.comp_names[t.key]:
            first = t.i - at
            if first >= 0 and all((u := self.tok(first + m)) is not None and u.is_word and u.key == w
                                  for m, w in enumerate(words)):
                return True
        return False

    def is_prep(self, t: Token | None) -> bool:
        """A preposition, alone or with an attached pronoun ("خلالها", "عليه", "فيه")."""
        if t is None:
            return False
        if t.plain:
            known = self._by_text.prep.get(t.text)
            if known is None:
                known = self._by_text.keep(self._by_text.prep, t.text, self._is_prep(t))
            return known
        return self._is_prep(t)

    def _is_prep(self, t: Token) -> bool:
        return t.kind == "word" and not self.written_name(t) and self.g.is_preposition(t.key)

    def adjunct_kind(self, t: Token | None) -> str | None:
        if t is None or not t.is_word:
            return None
        if t.plain:
            answers = self._by_text.adjunct
            if t.text in answers:
                return answers[t.text]
            return self._by_text.keep(answers, t.text, self._adjunct_kind(t))
        return self._adjunct_kind(t)

    def _adjunct_kind(self, t: Token) -> str | None:
        for k in (t.key, t.bare, t.unprefixed):
            kind = self.g.adjuncts.get(k)
            if kind:
                return kind
        return None

    def is_time(self, t: Token | None) -> bool:
        if t is not None and t.plain and t.is_word:  # (adjunct_kind's kept answer, read here without the call)
            answers = self._by_text.adjunct
            if t.text in answers:
                return answers[t.text] == "time"
        return self.adjunct_kind(t) == "time"

    def is_name(self, t: Token) -> bool:
        """A proper name from the alias table ("ليبيا", "تاونسند"): definite without ال."""
        return t.is_word and (t.key in self.g.names or t.bare in self.g.names)

    def definite(self, t: Token) -> bool:
        return t.definite or self.is_name(t)

    def kind(self, t: Token) -> str | None:
        """Source kind of a word (sources.tsv), trying the whole word before a و/ف-less reading."""
        if not t.is_word:
            return None
        if t.plain:
            kinds = self._by_text.kind
            if t.text in kinds:
                return kinds[t.text]
            return self._by_text.keep(kinds, t.text, self._kind(t))
        return self._kind(t)

    def _kind(self, t: Token) -> str | None:
        return self.g.kind_of_word(t.key) or (self.g.kind_of_word(t.bare) if t.conj else None)

    def is_document(self, t: Token) -> bool:
        """Is ``t`` a document noun (sources.tsv kind ``document``), its indefinite accusative too ("بياناً")?"""
        return self.kind(t) == "document" or (t.is_word and t.key.endswith(ALEF) and self.g.kind_of_word(t.key[:-1]) == "document")

    def is_title(self, t: Token) -> bool:
        if t.plain and t.is_word:  # (kind's kept answer, read here without the call)
            kinds = self._by_text.kind
            if t.text in kinds:
                return kinds[t.text] == "official"
        return self.kind(t) == "official"

    # --- quotations ------------------------------------------------------------------------------
    def quote_end(self, i: int, limit: int | None = None) -> int | None:
        """Index of the closing quote for an opening quote at ``i``."""
        close = self.quote_pairs.get(i)
        if close is None or (limit is not None and close - i - 1 > limit):
            return None
        return close

    def inside_quote(self, i: int) -> bool:
        return 0 <= i < self._n and self._quoted[i]
