"""The token view of a sentence: single-token questions about its tokens, and multi-word particles.

:class:`SentenceTokens` holds the tokens of one sentence (:mod:`.token_table` makes them) with the grammar,
pairs its quotation marks and answers the questions the rules ask of one token (a complementizer? a
preposition? a time word? a cue?) or of a fixed multi-word particle starting at one token (an according-to
marker, "يذكر أن").
"""

from __future__ import annotations

import functools
from itertools import accumulate
from collections.abc import Callable, Iterable
from typing import TypeVar

import attrs

from ..lexicon.grammar import CueForm, FirstWordIndex, Grammar
from ..lexicon.morph import CONJUNCTIONS, SUBJECT_PRONOUN_SUFFIXES, TEH_MARBUTA, without_conjunction  # TEH MARBUTA: folding makes it the pronoun ه
from .token_table import QUOTE, WORD_RE, LazyTokens, Row, Token, TokenTable, Tokens, article_table, token_rows, tokenize
from .wordlists import rule_words


__all__ = ["COLON", "COMMAS", "DASHES", "QUOTE", "SEMICOLON", "WORD_RE", "LazyTokens", "Row", "SentenceTokens", "Token",
           "TokenTable", "VERB_FORMS", "article_table", "token_rows", "tokenize", "with_conjunction", "without_clitic"]

COMMAS = frozenset({"\u060c", ","})  # ARABIC COMMA, COMMA
DASHES = frozenset({"-", "\u2013", "\u2014"})  # HYPHEN-MINUS, EN DASH, EM DASH written as a separate token
COLON = ":"
SEMICOLON = "\u061b"  # ARABIC SEMICOLON
VERB_FORMS = frozenset({"perfect", "imperfect"})  # a cue read as a finite verb ("وأضاف", "ويقول")
_NOT_AS_WRITTEN = VERB_FORMS | {"participle"}  # the readings a not_cue_as_written word loses ("نافين" the name Naveen)
_OBJECT_ENDINGS = ("\u0647", "\u0647\u0627", "\u0647\u0645")  # ه، ها، هم as written
_GUILLEMETS = "\u00ab\u00bb"  # LEFT- and RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK


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


def _fix_conjunction(g: Grammar, when_doubled: frozenset[str], doubled: frozenset[int], t: Token) -> None:
    """Read the و/ف of a cue word as its first root letter ("وجّه", "وصف", "وعد") when its readings without it are
    none as written (:func:`_written_readings`)."""
    if t.conj and g.cues.get(t.key) and not _written_readings(g, when_doubled, doubled, t, g.cues.get(t.bare, ())):
        t.read_bare()


def _written_readings(g: Grammar, when_doubled: frozenset[str], doubled: frozenset[int], t: Token,
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


def without_clitic(t: Token) -> Token:
    """``t`` without its first letter, a one-letter preposition (لوكالة -> وكالة)."""
    return t.replace(key=t.key[1:], text=t.text[1:])


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
class SentenceTokens:
    """Tokens of one sentence with the grammar's questions about them."""

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
    starts: list[int] = attrs.field(init=False)  # start offset of each token, for bisection
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

    # Answers to the questions the rules ask again and again of one token, or of a particle starting at one
    # token, kept for the view's life (its tokens never change once read): by token index, the token itself
    # kept beside the answer where the question takes a token (a caller may ask of a token with a clitic off).
    _roles_of: dict[int, tuple[Token, frozenset[str]]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _cue_forms_of: dict[int, tuple[Token, tuple[CueForm, ...]]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _according_at: dict[int, tuple[int, int, tuple[str, ...]] | None] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _multi_role_at: dict[tuple[int, str], int] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _openings: dict[int, list[int]] = attrs.field(init=False, factory=dict, eq=False, repr=False)
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
            quotes = [t.i for t in self.tokens if t.text == QUOTE]
        open_at: dict[str, int] = {}
        for i in quotes:
            style = self.quote_styles.get(i, QUOTE)
            family = "guillemet" if style in _GUILLEMETS else "plain"
            if family in open_at and not (style == _GUILLEMETS[0] and family == "guillemet"):
                self.quote_pairs[open_at.pop(family)] = i
            elif family not in open_at:
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

    def _fix_conjunction(self, t: Token) -> None:
        _fix_conjunction(self.g, self.cues_when_doubled, self.doubled, t)

    def with_token(self, k: int, t: Token) -> "SentenceTokens":
        """A view of the same tokens with token ``k`` read as ``t``, a word with a clitic taken off ("لوكالة" as
        "وكالة"), as ``SentenceTokens([*tokens[:k], t, *tokens[k + 1:]], g)`` makes it; on an article's view
        (:class:`LazyTokens`, no quotation styles or written forms) no other token is made or looked at."""
        if isinstance(self.tokens, LazyTokens) and not (self.quote_styles or self.accusative or self.passive or self.doubled):
            return SentenceTokens(self.tokens.replace(k, t), self.g)
        return SentenceTokens([*self.tokens[:k], t, *self.tokens[k + 1 :]], self.g)

    # --- single-token questions -------------------------------------------------------------------
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
        return t is not None and t.is_word and (t.key in self.g.complementizers or (t.conj and t.bare in self.g.complementizers and len(t.bare) <= 4))

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

    def comp_after_subordinator(self, k: int) -> bool:
        """Is token ``k`` the complementizer of a subordinator ("غير أن", "فيما أن") that opens a clause?"""
        return k > 0 and self.is_comp(self.tok(k)) and ("subordinator" in self.roles(self.tokens[k - 1])
                                                        or bool(self.multi_role_at(k - 1, "subordinator")))

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

    def is_title(self, t: Token) -> bool:
        return self.kind(t) == "official"

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
        return _written_readings(self.g, self.cues_when_doubled, self.doubled, t, forms)

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
        if 0 <= i < len(self.tokens):
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
            first, either = index.by_first, self._by_text.first_words(index)  # (one look-up, then the exact test for the few)
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
        if 0 <= i < len(self.tokens):
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

    # --- quotations ------------------------------------------------------------------------------
    def quote_end(self, i: int, limit: int | None = None) -> int | None:
        """Index of the closing quote for an opening quote at ``i``."""
        close = self.quote_pairs.get(i)
        if close is None or (limit is not None and close - i - 1 > limit):
            return None
        return close

    def inside_quote(self, i: int) -> bool:
        return 0 <= i < self._n and self._quoted[i]
