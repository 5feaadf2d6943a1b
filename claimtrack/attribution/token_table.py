"""The tokenizer: a normalized text as tokens keyed for lexicon look-ups, read once per article.

Attribution rules read tokens, not characters.  A :class:`Token` knows its span in the normalized text
(which an :class:`~claimtrack.spans.OffsetMap` turns into an original span), its text, and ``key``: the
"match" fold used for lookups, so أكد/اكد, ة/ه and ى/ي variants all find their lexicon entry.

:class:`TokenTable` holds a whole text's tokens as rows (one tokenizer pass per article); a sentence's tokens
are a slice of them, and :class:`LazyTokens` is the article's own view, each token made when first read.
The questions the rules ask of tokens are :mod:`.tokens`'.
"""

from __future__ import annotations

from bisect import bisect_left
import functools
from itertools import accumulate, compress, count
from operator import is_, itemgetter
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, cast, overload

import regex

from ..char_folding import COMMON_BLOCKS, class_body
from ..clauses import CLAUSE_WORD_RE, clause_words
from ..lexicon.morph import DEFINITE, without_conjunction
from ..normalize import fold, fold_word

__all__ = ["QUOTE", "WORD_RE", "LazyTokens", "Reading", "Row", "Token", "TokenTable", "Tokens", "article_table", "readings", "token_rows",
           "tokenize"]

QUOTE = '"'  # every quotation mark after normalization
_WORD = r"[\p{L}\p{M}]+(?:[-][\p{L}\p{M}\p{N}]+)*(?:[-]?\d+)?"
_NUM = r"\d+(?:[.,]\d+)*(?:[-+/]\d+)*%?"
# A token is a word, a number or a punctuation mark, tried in that order; the pattern has no group, so a pass
# hands out the tokens' texts alone, and a text's kind is read from it once (:func:`_reading`).
_TOKEN_RE = regex.compile(rf"{_WORD}|{_NUM}|[^\s\p{{L}}\p{{M}}\p{{N}}]")
# The same, one capturing group around it: a split hands out the tokens and what lies between them, in turn.
_TOKEN_SPLIT_RE = regex.compile(f"({_TOKEN_RE.pattern})")
# The word tokens alone: no number or punctuation token takes a letter, so over the same span these are the
# texts of tokenize's "word" tokens.
WORD_RE = regex.compile(_WORD)
_NUM_RE = regex.compile(_NUM)
# regex's "concurrent" argument, given by position: keep the interpreter's lock over a match.  By default regex lets
# it go and takes it back around every match, which costs more than the short matches made here (issue 14).
_CONCURRENT = False


@functools.cache
def _common_tokens() -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """``_TOKEN_RE`` for a text of the common blocks' characters alone (char_folding.COMMON_BLOCKS: the blocks
    Arabic news is written in), written for the standard library's ``re``, and the class of every other character.
    ``re`` tests a class as a bitmap and passes over a text half as fast again as ``regex`` (issue 14); each class is
    ``regex``'s own, listed over those characters, so on such a text the two patterns find the same tokens."""
    common = "".join(chr(c) for a, b in COMMON_BLOCKS for c in range(a, b + 1))

    def listed(pattern: str) -> str:  # the common characters ``regex`` puts in the class ``pattern``, as a class
        return f"[{class_body(map(ord, regex.findall(pattern, common)))}]"

    letter, inside, digit = listed(r"[\p{L}\p{M}]"), listed(r"[\p{L}\p{M}\p{N}]"), listed(r"\d")
    mark = listed(r"[^\s\p{L}\p{M}\p{N}]")
    word = rf"{letter}+(?:[-]{inside}+)*(?:[-]?{digit}+)?"
    number = rf"{digit}+(?:[.,]{digit}+)*(?:[-+/]{digit}+)*%?"
    tokens = re.compile(rf"({word}|{number}|{mark})")  # (one group: see _TOKEN_SPLIT_RE)
    return tokens, re.compile(f"[^{class_body(map(ord, common))}]")


class Token:
    """One word, number or punctuation mark of a normalized text.

    A plain slotted class rather than an attrs record: a day of news makes hundreds of thousands of tokens, and
    building them is a visible share of extraction time.  Tokens are read, never changed but by :meth:`read_bare`.
    """

    __slots__ = ("i", "start", "end", "text", "kind", "key", "conj", "bare", "is_word", "unprefixed", "definite", "plain")

    def __init__(self, i: int, start: int, end: int, reading: Reading) -> None:
        self.i = i
        # start, end (a row of the table: :data:`Row`), and the reading of its text (:data:`Reading`): text, kind
        # ("word", "num" or "punct"), key,
        # bare: ``key`` without a leading conjunction و/ف (which may be a root letter: callers try both), is_word,
        # conj: True when the word may carry the conjunction و/ف as its first letter (``bare != key``), unprefixed:
        # ``bare`` without the article ال, and definite: has the article ال ("الجيش", "والجيش"; not "والي", which is
        # a word of its own).  One unpacking of the row, worked out once per text: tokens are made by the hundred
        # thousand, and asked these again and again.
        self.start, self.end = start, end
        self.text, self.kind, self.key, self.bare, self.is_word, self.conj, self.unprefixed, self.definite = reading
        # plain: read as the tokenizer reads its text (no clitic taken off, no و/ف read as a root letter), so
        # that what a view asks of the token alone is what it asks of any token of the same text
        self.plain = True

    def __repr__(self) -> str:
        return f"Token({self.i}, {self.start}, {self.end}, {self.text!r}, {self.kind!r}, {self.key!r})"

    def replace(self, *, key: str, text: str) -> "Token":
        """The same token with another key and text (a clitic taken off)."""
        bare = without_conjunction(key) if self.is_word else key
        t = Token(self.i, self.start, self.end, (text, self.kind, key, bare, self.is_word, *readings(key, bare)[1:]))
        t.plain = False
        return t

    def read_bare(self) -> None:
        """Read the word whole: its و/ف is a root letter ("وجّه", "وصف", "وعد"), not a conjunction."""
        self.bare = self.key
        self.conj, self.unprefixed, self.definite = readings(self.key, self.key)[1:]
        self.plain = False


def readings(key: str, bare: str) -> tuple[str, bool, str, bool]:
    """``bare``, conj (``bare != key``), unprefixed (``bare`` without the article ال) and definite (has the article
    ال: "الجيش", "والجيش"; not "والي", which is a word of its own) of a token's ``key`` and ``bare``."""
    conj = bare != key
    unprefixed = bare[2:] if bare.startswith(DEFINITE) and len(bare) > 3 else bare
    return bare, conj, unprefixed, key.startswith(DEFINITE) or (conj and len(bare) > 4 and bare.startswith(DEFINITE))


# What a token's text reads as: text, kind, key, bare, is_word, conj, unprefixed and definite (see Token), one tuple
# shared by every token of that text; a row is a token's start, end and reading, as Token takes them.
Reading = tuple[str, str, str, str, bool, bool, str, bool]
Row = tuple[int, int, Reading]


def token_rows(text: str, start: int = 0, end: int | None = None) -> list[Row]:
    """The tokens of ``text[start:end]`` as rows (no :class:`Token` made), spans in ``text`` coordinates."""
    starts, ends, found = _token_columns(text, start, end)
    return list(zip(starts, ends, found))


def _token_columns(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int], list[Reading]]:
    """The starts, ends and readings of the tokens of ``text[start:end]`` (spans in ``text`` coordinates), each
    column made in C: one split of the text by the token pattern (a capturing group keeps the tokens, every other
    item is what lies between two of them), the lengths of its pieces summed up, and the readings looked up."""
    stop = len(text) if end is None else end
    part = text if start == 0 and stop == len(text) else text[start:stop]
    common, other = _common_tokens()
    # (the tokens of a text of the common blocks found by ``re``, the same as ``regex`` finds: see _common_tokens)
    pieces = common.split(part) if other.search(part) is None else _TOKEN_SPLIT_RE.split(part, 0, _CONCURRENT)
    tokens = pieces[1::2]
    edges = list(accumulate(map(len, pieces), initial=start))  # where each piece starts, and the end
    known = _READINGS
    found: list[Reading | None] = list(map(known.get, tokens))
    if None in found:  # a text not read before: folded once, in order (a text met twice is read at its first)
        for k in compress(count(), map(_UNREAD, found)):
            token = tokens[k]
            reading = known.get(token)
            if reading is None:
                if len(known) >= _READINGS_MAX:
                    known.clear()
                reading = known[token] = _reading(token)
            found[k] = reading
    return edges[1:-1:2], edges[2::2], cast("list[Reading]", found)  # (each one read now)


_UNREAD = functools.partial(is_, None)  # (a row's reading not found yet)


def _reading(token: str) -> Reading:
    """What a token's text reads as (see :data:`Reading`).  The pattern's first branch that matches at a place
    makes the token, and the branches begin with a letter or mark, a digit, and neither: so a word's text is the
    word branch's whole, a number's the number branch's, and a token is a word where its first character is a
    letter or a mark."""
    if _letter_or_mark(token[0]):
        key = fold_word(token)
        bare, conj, unprefixed, definite = readings(key, without_conjunction(key))
        return (token, "word", key, bare, True, conj, unprefixed, definite)
    # (a number or a mark is no conjunction and has no article: it begins with a digit, or is one character)
    return (token, "num" if _NUM_RE.fullmatch(token, None, None, _CONCURRENT) else "punct", token, token, False, False, token, False)


def _letter_or_mark(c: str) -> bool:
    """Is the character ``c`` a letter or a mark (``[\\p{L}\\p{M}]``)?  Asked of each character once."""
    known = _LETTERS_OR_MARKS.get(c)
    if known is None:
        known = _LETTERS_OR_MARKS[c] = _LETTER_OR_MARK_RE.fullmatch(c) is not None
    return known


_LETTER_OR_MARK_RE = regex.compile(r"[\p{L}\p{M}]")
_LETTERS_OR_MARKS: dict[str, bool] = {}  # one entry a character met

class _Kept(dict):
    """Readings kept by a token's text for the whole process; :func:`~claimtrack.lexicon.reset_caches` empties
    them as it empties every cache built from the data files (it calls ``cache_clear``): a user lexicon's folding
    reaches words already read."""

    def cache_clear(self) -> None:
        self.clear()


# A token's reading by its text: news repeats its words, and folding is the cost of a token.
_READINGS: dict[str, Reading] = _Kept()
_READINGS_MAX = 200_000  # emptied when full: memory stays bounded however many articles pass


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with spans in ``text`` coordinates."""
    return list(map(Token, count(), *_token_columns(text, start, end)))


class Tokens(Protocol):
    """What a view reads of its tokens: a ``list[Token]`` or a :class:`LazyTokens` (a slice is a list)."""

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[Token]: ...

    def __reversed__(self) -> Iterator[Token]: ...


class TokenTable:
    """The tokens of a whole normalized text as rows, read once per article: each sentence's tokens and the
    article's own view (:class:`LazyTokens`) are taken from it, with no second pass of the tokenizer.

    The rows are kept as columns (each row's start, end, reading and key): a tuple for each of an article's
    hundreds of rows cost about as much as the tokens made of the few sentences that are read (issue 14)."""

    __slots__ = ("text", "starts", "ends", "row_readings", "keys")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts, self.ends, found = _token_columns(text)
        self.row_readings = found
        # each row's key, in C while the readings are fresh in the processor's cache: a whole article's keys read
        # later cost several times as much (the readings lie all over memory)
        self.keys = list(map(_KEY, found))

    def row_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The rows of the tokens of ``text[start:end]`` (the first, and the one after the last), or None when a
        token runs over either edge (then the span tokenized on its own ends or begins that token elsewhere)."""
        ends, starts = self.ends, self.starts
        a, b = bisect_left(starts, start), bisect_left(starts, end)
        if (a and ends[a - 1] > start) or (b and ends[b - 1] > end):
            return None
        return a, b

    def tokens(self, start: int, end: int) -> list[Token]:
        """What ``tokenize(text, start, end)`` makes.  No token pattern looks around, so a token that ends
        inside the span is the same token whether the text goes on after ``end`` or not."""
        return self.tokens_and_starts(start, end)[0]

    def tokens_and_starts(self, start: int, end: int) -> tuple[list[Token], list[int]]:
        """What :meth:`tokens` makes, and the tokens' starts (the table's, sliced)."""
        span = self.row_span(start, end)
        if span is None:
            tokens = tokenize(self.text, start, end)
            return tokens, [t.start for t in tokens]
        # (map: no loop of bytecode around each Token call)
        a, b = span
        starts = self.starts[a:b]
        return list(map(Token, count(), starts, self.ends[a:b], self.row_readings[a:b])), starts

    def readings(self, start: int, end: int) -> list[Reading]:
        """The readings of the tokens of ``text[start:end]``, in order (as :meth:`tokens` would read them)."""
        span = self.row_span(start, end)
        return _token_columns(self.text, start, end)[2] if span is None else self.row_readings[span[0] : span[1]]

    def clause_words(self, start: int, end: int, most: int) -> list[str]:
        """What :func:`claimtrack.clauses.clause_words` makes of ``text[start:end]`` (its first ``most`` items),
        read from the rows: a word of letters alone is its key (the same fold), a word with a hyphen or digits
        its runs of letters folded, and a clause-ending comma itself folded; other tokens hold no run of letters.
        When a token runs over either edge the text is read again."""
        span = self.row_span(start, end)
        if span is None:
            return clause_words(self.text[start:end], most=most)
        words: list[str] = []
        found = self.row_readings
        for k in range(*span):  # (no copy of a long content's rows: the first few are read)
            if len(words) >= most:
                break
            text, _, key, _, is_word, _, _, _ = found[k]
            if is_word:
                # (a word with no hyphen is letters and marks, and digits after them: none where it ends in a letter)
                if "-" not in text and _letter_or_mark(text[-1]):
                    words.append(key)
                    continue
                runs = CLAUSE_WORD_RE.findall(text, None, None, False, _CONCURRENT)
                if runs == [text]:
                    words.append(key)
                else:
                    words.extend(fold(w) for w in runs)
            elif text in _CLAUSE_COMMAS:
                words.append(fold(text))
        return words[:most]


_CLAUSE_COMMAS = frozenset("\u060c,;\u061b")  # ARABIC COMMA, COMMA, SEMICOLON, ARABIC SEMICOLON: CLAUSE_WORD_RE's


def article_table(text: str) -> TokenTable:
    """The :class:`TokenTable` of ``text``, made once for the article being read: the cue pre-scan, the
    sentences' views and the source searches all read the one table of the same normalized text."""
    last = _LAST_TABLE[0]
    if last is None or last.text is not text:
        last = _LAST_TABLE[0] = TokenTable(text)
    return last


_LAST_TABLE: list[TokenTable | None] = [None]  # the article being read (the text itself is the key: ``is``)


_FIRST = itemgetter(0)  # a reading's text
_KEY = itemgetter(2)  # a reading's key


class LazyTokens(Sequence[Token]):
    """A whole article's tokens, each :class:`Token` made on first use.

    The article's view serves the source searches, which read a few tokens around each cue and each earlier
    mention; most of an article's tokens are never looked at.  Reads as a list of tokens: by index, by slice
    (a list), ``len`` and iteration.  ``fix`` is applied to each token as it is made (the view's conjunction
    reading); ``replace`` gives the same tokens with one read otherwise (sharing every other token)."""

    __slots__ = ("_readings", "_ends", "_made", "starts", "fix", "_at", "_instead", "quoting", "text")

    def __init__(self, starts: list[int], ends: list[int], readings: list[Reading], made: list[Token | None] | None = None,
                 at: int = -1, instead: Token | None = None, quoting: list[tuple[dict[int, int], list[bool]]] | None = None,
                 text: str | None = None) -> None:
        # the rows as a table keeps them, column by column (TokenTable)
        self._readings, self._ends = readings, ends
        self.text = text  # the text the rows were read from, when given: its quotation marks are found in it
        self._made: list[Token | None] = [None] * len(readings) if made is None else made
        self.starts = starts
        self.fix: Callable[[Token], None] | None = None
        self._at, self._instead = at, instead
        # The quotation pairs of these rows and which tokens stand inside one, as a view with no quotation styles
        # reads them (SentenceTokens), once for the article's view and every view read otherwise: [] until then.
        self.quoting: list[tuple[dict[int, int], list[bool]]] = [] if quoting is None else quoting

    def __len__(self) -> int:
        return len(self._readings)

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if type(k) is int and 0 <= k < len(self._made) and k != self._at:
            made = self._made[k]  # the way most reads go: a token made already, by its index
            if made is not None:
                return made
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self._readings)))]
        if k < 0:
            k += len(self._readings)
        if not 0 <= k < len(self._readings):
            raise IndexError(k)
        if k == self._at and self._instead is not None:
            return self._instead
        t = self._made[k]
        if t is None:
            t = self._made[k] = Token(k, self.starts[k], self._ends[k], self._readings[k])
            if self.fix is not None:
                self.fix(t)
        return t

    def __iter__(self) -> Iterator[Token]:
        return (self[k] for k in range(len(self._readings)))

    def read_with(self, fix: Callable[[Token], None]) -> None:
        """Apply ``fix`` to each token as it is made (and now to a token read otherwise)."""
        self.fix = fix
        if self._instead is not None:
            fix(self._instead)

    def quote_indices(self) -> list[int]:
        if self.text is not None:
            # each quotation mark of the text is a token of its own: found in the text by ``str.find`` and its row by
            # bisection (an article holds a few dozen marks and a thousand rows); any other reading, the rows again
            readings, starts, text = self._readings, self.starts, self.text
            marks: list[int] = []
            at = text.find(QUOTE)
            while at >= 0:
                k = bisect_left(starts, at)
                if k == len(readings) or starts[k] != at or readings[k][0] != QUOTE:
                    break
                marks.append(k)
                at = text.find(QUOTE, at + 1)
            else:
                return marks
        texts = list(map(_FIRST, self._readings))  # (in C: an article is hundreds of rows)
        found: list[int] = []
        k = -1
        while True:
            try:
                k = texts.index(QUOTE, k + 1)
            except ValueError:
                return found
            found.append(k)

    def replace(self, k: int, t: Token) -> "LazyTokens":
        """The same tokens with token ``k`` read as ``t`` (no quotation mark): the others are shared."""
        return LazyTokens(self.starts, self._ends, self._readings, self._made, k, t, self.quoting, self.text)
