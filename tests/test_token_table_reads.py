"""The token table's shortcuts (issue 14) against the plain readings they replace: a token is a word where its
first character is a letter or a mark, a word that folding leaves alone is told by one class, the table's keys and
bare keys are its rows', and the pre-scan reads them the same way whether a sentence's tokens are the table's or
its own."""

from bisect import bisect_left
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.attribution.prescan import cue_sentences
from claimtrack.attribution.token_table import WORD_RE, TokenTable, token_rows
from claimtrack.lexicon.grammar import grammar
from claimtrack.char_folding import COMMON_BLOCKS as _COMMON_BLOCKS, char_table as _char_table
from claimtrack.normalize import _kept_word_re, fold_line, fold_word, normalize
from claimtrack.spelling_variants import WORD_RE as _WORD_RE
from claimtrack.reader import read_article
from claimtrack.sentences import split_sentences

from .strategies import any_text
from .strategies import tokens as tokens_strategy

_TEXTS = st.one_of(any_text, st.lists(tokens_strategy, max_size=12).map(" ".join))


@given(_TEXTS)
def test_a_token_is_a_word_where_the_word_pattern_takes_all_of_it(text):
    for start, end, reading in token_rows(text):
        token = text[start:end]
        assert reading[0] == token
        assert reading[4] == (WORD_RE.fullmatch(token) is not None), token


def test_the_kept_word_class_is_what_folding_keeps_of_a_word():
    # every character of the common blocks and a few beyond: one of a word that the "match" fold writes as it is
    look = _char_table("match").look_re
    for code in [c for a, b in _COMMON_BLOCKS for c in range(a, b + 1)] + [0x0100, 0x0370, 0x0400, 0x4E00, 0x1F600]:
        c = chr(code)
        assert (_kept_word_re().fullmatch(c) is not None) == (look.search(c) is None and _WORD_RE.fullmatch(c) is not None), hex(code)


@given(_TEXTS)
def test_a_word_folds_as_a_line_does_whatever_its_characters(text):
    for word in WORD_RE.findall(text) + _WORD_RE.findall(text):
        assert fold_word(word) == fold_line(word)


@given(_TEXTS)
def test_the_table_keys_are_its_rows(text):
    table = TokenTable(text)
    assert table.keys == [r[2][2] for r in token_rows(text)]


def test_the_prescan_reads_the_table_as_the_tokens_of_each_sentence():
    # every sentence of the real sample (tests/data/real, 96 news articles) read from its own tokens, keys and bare
    # keys: cued as the pre-scan cues it from the table's
    from claimtrack.attribution.token_table import article_table

    g = grammar()
    read = 0
    for path in sorted((Path(__file__).parent / "data" / "real" / "articles").glob("*.txt")):
        article = read_article(path)
        norm = normalize(article.text)
        sentences = split_sentences(article, headlines=True)
        starts = norm.offsets.starts
        for s, cued in zip(sentences, cue_sentences(norm, sentences, g)):
            if s.kind == "headline":
                continue  # (cued by a colon or a quotation mark first)
            a, b = bisect_left(starts, s.start), bisect_left(starts, s.end)
            readings = [r[2] for r in token_rows(norm.text, a, b)]
            own = _has_cue_as_read(readings, g, article_table(norm.text), a, b)
            assert own == cued, (path.name, s.text)
            read += 1
    assert read > 700


def _has_cue_as_read(readings, g, table, start, end):
    # the pre-scan's test as it read a sentence's keys and bare keys apart (before 9057849)
    from claimtrack.attribution import prescan

    cues, first = g.cues.keys(), g.according_index.by_first.keys()
    keys, bares = [r[2] for r in readings], [r[3] for r in readings]
    if not (cues.isdisjoint(keys) and cues.isdisjoint(bares)) and not _only_prepositions_row_by_row(g, table, start, end):
        return True
    if first.isdisjoint(keys) and first.isdisjoint(bares):
        return False
    # an according-to marker's first word, then the rest of it in the words that follow (marks between them skipped),
    # written out here rather than asked of the pre-scan under test
    words = [r for r in readings if r[4]]
    word_keys = [r[2] for r in words]
    return any((key in first or bare in first) and any(prescan._marker_here(marker, word_keys, j)
                                                       for marker in g.according_index.starting_with(key, bare))
               for j, (key, bare) in enumerate(zip(word_keys, (r[3] for r in words))))


def _only_prepositions_row_by_row(g, table, start, end):
    # prescan._only_prepositions as it read every row of the sentence (before spd15, which reads the rows whose key
    # may be a cue's alone, found in C)
    from claimtrack.attribution import prescan

    prepositions, rows, cues = prescan._preposition_cues(g), token_rows(table.text), g.cues
    a, b = bisect_left(table.starts, start), bisect_left(table.starts, end)
    if (a and rows[a - 1][1] > start) or (b and rows[b - 1][1] > end):
        return False
    found = False
    for k in range(a, b):
        _, _, key, bare, is_word, conj, _, _ = rows[k][2]
        if not is_word or not (key in cues or bare in cues):
            continue
        if conj or key not in prepositions or k == a:
            return False
        _, _, before, before_bare, before_is_word, _, _, _ = rows[k - 1][2]
        if not before_is_word or before in cues or before in g.complementizers or before_bare in g.complementizers \
                or not (g.role(before).isdisjoint(prescan._OPEN_CLAUSE) and g.role(before_bare).isdisjoint(prescan._OPEN_CLAUSE)) \
                or before in prescan._phrase_ends(g):
            return False
        found = True
    return found


@given(_TEXTS)
def test_one_look_up_of_a_key_for_the_key_and_its_bare_key(text):
    # with_conjunction: a row's key is in the set just when its key or its bare key is in the table; a token read bare
    # (its و a root letter) keeps its key in the set where the key is the table's
    from claimtrack.attribution.tokens import tokenize, with_conjunction

    g = grammar()
    for table in (frozenset(g.cues), frozenset(g.according_index.by_first), frozenset(text.split()[:3])):
        either = with_conjunction(table)
        for t in tokenize(text):
            assert (t.key in either) == (t.key in table or t.bare in table), t.text
            t.read_bare()
            assert t.key not in table or t.key in either


def test_the_common_block_tokenizer_has_regex_classes_character_by_character():
    # token_table._common_tokens (spd15): the tokenizer written for the standard library's re over the common
    # blocks; each of its classes holds just the common characters regex puts in the class it copies
    import re

    import regex

    from claimtrack.attribution.token_table import _TOKEN_RE, _common_tokens

    tokens, other = _common_tokens()
    common = [chr(c) for a, b in _COMMON_BLOCKS for c in range(a, b + 1)]
    for c in common:
        assert other.search(c) is None
        assert (tokens.fullmatch(c) is None) == (_TOKEN_RE.fullmatch(c) is None), hex(ord(c))
        for pair in (c + "-1", "1" + c, c + c, "-" + c):
            assert tokens.findall(pair) == _TOKEN_RE.findall(pair), [hex(ord(x)) for x in pair]
    for beyond in ("\u0250", "\u05d0", "\u0900", "\u4e00", "\U0001f600", "\u00b2\u2460"):
        assert other.search(beyond) is not None, hex(ord(beyond[-1]))
    assert re.compile(tokens.pattern)  # a pattern of the standard library


@given(st.one_of(_TEXTS, st.text(alphabet=st.sampled_from(
    [chr(c) for a, b in _COMMON_BLOCKS for c in range(a, b + 1)]), max_size=60)))
def test_the_table_rows_of_a_common_block_text_are_regexs(text):
    # a text of the common blocks alone is tokenized by re, any other by regex: the same tokens either way
    from claimtrack.attribution.token_table import _TOKEN_RE

    expected = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    assert [(a, b, r[0]) for a, b, r in token_rows(text)] == expected
    for a in range(0, len(text), 7):  # a span of the text, as a sentence's tokens read apart are
        assert [r[2][0] for r in token_rows(text, a, a + 20)] == _TOKEN_RE.findall(text, a, a + 20)
