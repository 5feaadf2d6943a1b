"""Speakers' mentions in the whole article, and the record of a resolved source.

Every search that resolves a source (:mod:`.speaker_search`, :mod:`.clause_subject`, :mod:`.carryover`,
:mod:`.documents`, :mod:`.backreference`) stands on :class:`ArticleMentions`: the article's tokens, where each
word stands, the attributions found so far, and where a mention around a title starts and ends (a name
written before the title: "كريس فيليرز، المتحدث باسم «بوينغ»"; the object of a preposition that a relative
clause makes a speaker: "مع الدكتورة سهيلة ...، التي أكدت").
"""

from __future__ import annotations

from operator import itemgetter

import attrs

from ..lexicon.grammar import Grammar
from ..lexicon.morph import BEH, CONJUNCTIONS, DEFINITE, KAF, LAM_LAM
from ..models import Article, Attribution, Mention
from ..normalize import Normalized
from .draft import Draft
from .nounphrase import noun_phrase
from .source_kind import classify_source
from .tokens import COMMAS, LazyTokens, Reading, SentenceTokens, Token, article_table
from .wordlists import rule_words

__all__ = ["NAME_SEPARATORS", "PREPOSITION_ARTICLE", "SENTENCE_ENDS", "SPEAKER_KINDS", "ArticleMentions", "SourceGuess",
           "WordPositions"]


@attrs.frozen
class SourceGuess:
    """A resolved source: the mention it stands for, its kind, how it was resolved and its relays."""

    mention: Mention
    kind: str
    resolved: str
    via: tuple[Mention, ...] = ()


NAME_SEPARATORS = frozenset({"\u060c", ",", "\u061b", ";"})  # ARABIC COMMA, COMMA, ARABIC SEMICOLON, SEMICOLON
PREPOSITION_ARTICLE = (BEH + DEFINITE, KAF + DEFINITE, LAM_LAM)  # بال كال لل: a noun, never a name
SENTENCE_ENDS = frozenset({".", "!", "\u061f"})  # ARABIC QUESTION MARK
SPEAKER_KINDS = frozenset({"official", "person", "organization", "collective", "anonymous", "media"})  # source kinds that can speak


class WordPositions:
    """Where each word of an article's view stands, under each of its forms (``key``, ``bare``,
    ``unprefixed``): ``get(form, default)``, the token indices in order.  A form's positions are found when
    first asked for, and only the tokens whose row holds the form are made."""

    def __init__(self, view: SentenceTokens, readings: list[Reading], keys: list[str] | None = None) -> None:
        self._view = view
        self.readings = readings  # each row's reading (TokenTable.row_readings)
        self._keys: list[str] | None = keys  # each row's key (read from the readings when not given)
        self._key_set: frozenset[str] = frozenset()  # the same keys, to pass over a form no row holds unscanned
        self._found: dict[str, list[int]] = {}

    def get(self, form: str, default: list[int]) -> list[int]:
        found = self._found.get(form)
        if found is None:
            found = self._found[form] = self._positions(form)
        return found or default

    def _positions(self, form: str) -> list[int]:
        if self._keys is None:
            # each row's key, in C (a mark's or number's key is its text: no word's form, and passed over below)
            self._keys = list(map(_KEY, self.readings))
        if not self._key_set:
            self._key_set = frozenset(self._keys)
        candidates: set[int] = set()
        # A word read as ``form`` (its key, its key without و/ف, or that without ال) has one of these keys.
        for key in (form, *(c + form for c in CONJUNCTIONS), DEFINITE + form, *(c + DEFINITE + form for c in CONJUNCTIONS)):
            if key not in self._key_set:
                continue  # most of the ten: a scan of the whole article would find nothing
            k = -1
            while True:
                try:
                    k = self._keys.index(key, k + 1)
                except ValueError:
                    break
                candidates.add(k)
        # a token's reading may differ from its row's (a و that is a root letter): ask the token itself
        tokens = self._view.tokens
        return [k for k in sorted(candidates) if self.readings[k][4] and form in _readings(tokens[k])]


_KEY = itemgetter(2)  # a reading's key


def _readings(t: Token) -> tuple[str, str, str]:
    return t.key, t.bare, t.unprefixed


class ArticleMentions:
    """An article's tokens, the attributions found so far, and the speakers' mentions in them."""

    def __init__(self, article: Article, norm: Normalized, g: Grammar) -> None:
        self.article = article
        self.norm = norm
        self.g = g
        table = article_table(norm.text)
        self.table = table
        self.all = SentenceTokens(LazyTokens(table.starts, table.ends, table.row_readings, text=table.text), g)
        # Where each word stands, under each of its forms: antecedent search without rescanning the text.
        self.positions = WordPositions(self.all, table.row_readings, table.keys)
        self.history: list[tuple[Attribution, Draft]] = []

    def stops_at(self, k: int) -> bool:
        """Does a sentence or a line end at token ``k`` (not the last): a sentence end, or a line break before the
        next token?  Read from the article's rows, no token made (a search walks back over dozens)."""
        table = self.table
        return table.row_readings[k][0] in SENTENCE_ENDS or "\n" in self.norm.text[table.ends[k] : table.starts[k + 1]]

    def mention(self, a: int, b: int) -> Mention:
        span = self.norm.span(a, b)
        return Mention(span.of(self.article.text), span)

    def speaker_mention(self, k: int, lo: int, hi: int) -> SourceGuess | None:
        """The whole mention around the title at token ``k`` if it names someone who can speak: a name in it
        (a name before the title too: "نواف الشريف مساعد الناطق"), not the object of a preposition unless a
        relative clause makes it a speaker ("مع الدكتورة سهيلة ...، التي أكدت")."""
        tokens = self.all.tokens
        start, prefix = self.left_edge(k)
        start = max(start, lo)
        end = max(noun_phrase(self.all, start), k + 1)
        if self.all.kind(tokens[end - 1]) in ("official", "person"):
            title = end
            while end < hi and end - title < 4 and self.name_like(tokens[end]) and self.same_line(end - 1, end):
                end += 1  # "الأمير نواف بن فيصل": the name after the title
        for m in range(start + 1, end):
            if not self.same_line(m - 1, m):
                end = max(m, k + 1)
                break
        end = min(end, hi)
        words = [w for w in tokens[start:end] if w.is_word]
        head = tokens[start]
        if head.conj and head.bare != head.key and not self.g.kind_of_word(head.key):
            return None  # "والفريق أول صدقي صبحي": coordinated with a mention before it
        named = [w for w in tokens[k:end] if self.name_like(w) and (not w.definite or self.all.is_name(w))]
        before = self.name_run(start, lo)
        if before < start:
            start, prefix, named = before, 0, named + tokens[before:start]
        if not named:
            return None
        first = tokens[start]
        object_of = self.all.is_prep(self.all.tok(start - 1)) or (prefix == 0 and first.key.startswith(PREPOSITION_ARTICLE))
        if object_of and not self.relative_speaker(end):
            return None
        a = first.start + prefix
        return SourceGuess(self.mention(a, tokens[end - 1].end), classify_source(words, self.g), "carryover")

    def same_line(self, a: int, b: int) -> bool:
        tokens = self.all.tokens
        return not any(c in self.norm.text[tokens[a].end : tokens[b].start] for c in "\r\n")

    def name_like(self, t: Token) -> bool:
        """A word that may be part of a name: no role, no source kind, no cue, no preposition attached."""
        if not t.is_word or self.all.roles(t) or self.all.kind(t) or self.all.is_cue_word(t):
            return False
        return not t.key.startswith(PREPOSITION_ARTICLE) or self.all.is_name(t)

    def name_run(self, start: int, lo: int) -> int:
        """Start of a name of two words or more written right before the title at ``start`` ("توقع نواف
        الشريف مساعد الناطق", "وقال راشد أحمد بن فهد؛ وزير البيئة"); ``start`` when there is none."""
        tokens = self.all.tokens
        j = start
        if j - 1 >= lo and tokens[j - 1].text in NAME_SEPARATORS:
            j -= 1
        run = j
        while run - 1 >= lo and run > j - 4 and (self.name_like(tokens[run - 1]) or tokens[run - 1].key in rule_words().name_link):
            run -= 1
        if run < j and tokens[run].conj and not self.all.is_name(tokens[run]) and len(tokens[run].bare) > 2:
            run += 1  # "ووجه فضيلة المفتى": a verb with its و opens the clause, no name does ("فيل هوغان" is a name)
        if j - run < 2 or any("\n" in self.norm.text[tokens[m].end : tokens[m + 1].start] for m in range(run, start)):
            return start
        return run

    def relative_speaker(self, end: int) -> bool:
        """Is the mention ending before token ``end`` the subject of a relative clause with a cue ("، التي
        أكدت أن")?"""
        j = end + 1 if (t := self.all.tok(end)) is not None and t.text in COMMAS else end
        rel, verb = self.all.tok(j), self.all.tok(j + 1)
        return rel is not None and verb is not None and "relative" in self.all.roles(rel) and self.all.is_cue_word(verb)

    def left_edge(self, k: int) -> tuple[int, int]:
        """Leftmost title of the mention around token ``k``, and how many of its letters are a clitic."""
        tokens = self.all.tokens
        j = k
        crossed_comma = False
        best = (k, 0)
        while j > 0 and k - j < 12:
            t = tokens[j - 1]
            if "\n" in self.norm.text[t.end : tokens[j].start] or "\r" in self.norm.text[t.end : tokens[j].start]:
                break  # a mention stays on its line
            if t.text in COMMAS and not crossed_comma:
                crossed_comma = True
                j -= 1
                continue
            if not t.is_word or self.all.is_comp(t) or self.all.is_cue_word(t):
                break
            if self.g.according_index.starting_with(t.key, t.bare) and not self.all.is_preposition_word(t):
                break  # "قائمة أقوى الحواسيب، بحسب منظمة “Top 500″": an according-to marker opens the mention
            roles = self.all.roles(t)
            if roles - {"adjective", "preposition"} or ("preposition" in roles and t.key not in rule_words().inner_preposition):
                break
            # و/ف before a title is a clitic ("ووزير") unless the whole word is the title ("وزير", "والي")
            if t.conj and t.bare != t.key and not self.g.kind_of_word(t.key):
                if self.all.kind(t) in ("official", "person"):
                    best = (j - 1, 1)
                break
            j -= 1
            if self.all.kind(tokens[j]) in ("official", "person"):
                best = (j, 0)
        return best
