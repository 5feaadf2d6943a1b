"""The token view: spans, lookup keys, the conjunction reading and quote pairing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.attribution.tokens import LazyTokens, SentenceTokens, article_table, tokenize
from claimtrack.lexicon.grammar import grammar

from .strategies import any_text
from .strategies import tokens as tokens_strategy


def test_tokens_keep_their_spans_and_fold_their_keys():
    text = "وقال الوزير: 12.5% إن"
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == [t.text for t in tokens]
    assert [t.kind for t in tokens] == ["word", "word", "punct", "num", "word"]
    first = tokens[0]
    assert first.conj and first.bare == "قال"
    assert tokenize("والجيش")[0].definite and not tokenize("والي")[0].definite


def test_guillemets_pair_apart_from_plain_quotes():
    text = '"قال "الجيش" هنا"'
    tokens = tokenize(text)
    styles = {0: "\u00ab", 2: '"', 4: '"', 6: "\u00bb"}
    st = SentenceTokens(tokens, grammar(), styles)
    assert st.quote_pairs == {2: 4, 0: 6}
    assert st.inside_quote(3) and not st.inside_quote(7)


def test_the_lazy_article_view_indexes_like_a_list():
    # The resolver's whole-article view makes tokens on first use; an index out of range raises, a negative one
    # counts from the end, as for the list it stands for.
    table = article_table("قال الوزير إن الاتفاق نهائي")
    view = LazyTokens(table.starts, table.ends, table.row_readings)
    words = [t.text for t in table.tokens(0, len("قال الوزير إن الاتفاق نهائي"))]
    assert [view[k].text for k in range(len(view))] == words
    assert view[-1].text == words[-1]
    for k in (len(view), -len(view) - 1):
        with pytest.raises(IndexError):
            view[k]


def test_the_article_view_reads_a_root_waw_and_is_freed_without_a_collection():
    # alriyadh_45a0c67031: "ووجه فضيلة المفتى رسالة إلى الرئيس": the article's view reads each token as the
    # sentence's does (وجه's و is a root letter, ووجه's first one a conjunction); the view and its tokens hold no
    # reference cycle, so they go as soon as the last reference does (a day of articles leaves the collector
    # no garbage to trace).
    import gc
    import weakref

    text = "ووجه فضيلة المفتى رسالة إلى الرئيس"
    table = article_table(text)
    view = SentenceTokens(LazyTokens(table.starts, table.ends, table.row_readings), grammar())
    readings = [(t.conj, t.bare) for t in view.tokens]
    assert readings[0] == (True, "وجه")
    assert readings == [(t.conj, t.bare) for t in SentenceTokens(tokenize(text), grammar()).tokens]
    assert SentenceTokens(tokenize("وجه المفتى رسالة"), grammar()).tokens[0].conj is False
    alive = weakref.ref(view)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del view
        assert alive() is None
    finally:
        if enabled:
            gc.enable()


@given(any_text, st.integers(0, 200), st.integers(0, 200), st.integers(1, 20))
def test_clause_words_read_from_the_table_are_the_texts(text, a, b, most):
    # a content's negation reads its first clause words from the article's token table: the same words, commas
    # and folds as claimtrack.clauses.clause_words of the content's text, wherever the content starts and ends
    from claimtrack.attribution.token_table import TokenTable
    from claimtrack.clauses import clause_words

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert TokenTable(text).clause_words(start, end, most) == clause_words(text[start:end], most=most)


def test_answers_kept_by_text_are_the_questions_worked_out_again():
    # A plain token's roles, preposition, adjunct kind, source kind, cue forms and the particles it may open are kept by its text
    # for every view of the grammar (issue 14): on every cued sentence of the real sample (tests/data/real, 96 news
    # articles), tokens read bare or with a clitic off included, they are what the view works out afresh.
    from pathlib import Path

    from claimtrack.attribution import _token_view
    from claimtrack.attribution.tokens import without_clitic
    from claimtrack.reader import read_article
    from claimtrack.sentences import split_sentences
    from claimtrack.normalize import normalize

    g = grammar()
    asked = 0
    for path in sorted((Path(__file__).parent / "data" / "real" / "articles").glob("*.txt")):
        article = read_article(path)
        norm = normalize(article.text)
        for sentence in split_sentences(article, headlines=True):
            view = _token_view(article, norm, sentence, g)
            for t in list(view.tokens):
                for u in (t, without_clitic(t)) if t.is_word and len(t.text) > 2 else (t,):
                    fresh = SentenceTokens(view.tokens, g, dict(view.quote_styles), accusative=view.accusative,
                                           passive=view.passive, doubled=view.doubled)
                    assert view.roles(u) == fresh._roles(u)
                    assert view.is_prep(u) == fresh._is_prep(u)
                    assert view.adjunct_kind(u) == (fresh._adjunct_kind(u) if u.is_word else None)
                    assert view.cue_forms(u) == (fresh._cue_forms(u) if u.is_word else ())
                    assert view.kind(u) == (fresh._kind(u) if u.is_word else None)
                    asked += 1
                assert view.according_at(t.i) == fresh._according(t.i)
                assert all(view.multi_role_at(t.i, r) == fresh._multi_role(t.i, r) for r in ("impersonal", "subordinator"))
    assert asked > 10_000


@given(st.one_of(any_text, st.lists(tokens_strategy, max_size=12).map(" ".join)))
def test_token_rows_are_those_of_the_tokenizer_read_branch_by_branch(text):
    # The table's pass hands out the tokens' texts alone and reads each text's kind once (issue 14): the same tokens,
    # spans, kinds and keys as matching word, number and punctuation as groups, each word folded whole.
    import regex

    from claimtrack.attribution.token_table import token_rows
    from claimtrack.normalize import fold_line

    word = r"[\p{L}\p{M}]+(?:[-][\p{L}\p{M}\p{N}]+)*(?:[-]?\d+)?"
    grouped = regex.compile(rf"(?P<word>{word})|(?P<num>\d+(?:[.,]\d+)*(?:[-+/]\d+)*%?)|(?P<punct>[^\s\p{{L}}\p{{M}}\p{{N}}])")
    expected = [(m.start(), m.end(), m.group(), m.lastgroup, fold_line(m.group()) if m.lastgroup == "word" else m.group())
                for m in grouped.finditer(text)]
    assert [(a, b, r[0], r[1], r[2]) for a, b, r in token_rows(text)] == expected


@given(any_text)
def test_the_article_view_finds_its_quotation_marks_and_starts(text):
    # read from the rows in C (issue 14): each row's start, and the quotation marks' rows in order
    from claimtrack.attribution.token_table import QUOTE, TokenTable, token_rows

    table = TokenTable(text)
    rows = token_rows(text)
    assert list(zip(table.starts, table.ends, table.row_readings)) == rows
    assert LazyTokens(table.starts, table.ends, table.row_readings).quote_indices() == [k for k, r in enumerate(rows) if r[2][0] == QUOTE]


def test_first_words_of_an_index_go_with_its_grammar():
    # The first words of an index (according-to markers here) were kept by the index's id() in a module dict that
    # never emptied: every grammar a process made stayed alive with them.  They go with the grammar now.  The
    # sentence is real: alweeam_2fe7d0a79e ("وحسب تصورهما سيأتي الهاتف الجديد"), shortened.
    import gc
    import weakref

    import attrs

    from claimtrack.lexicon.grammar import FirstWordIndex

    def copy_of(g):
        index = g.according_index
        return attrs.evolve(g, according_index=FirstWordIndex(dict(index.by_first), index.words_of))

    tokens = tokenize("وحسب تصورهما سيأتي الهاتف الجديد")
    old = copy_of(grammar())
    gone = weakref.ref(old.according_index)
    assert SentenceTokens(tokens, old).marker_starts() == [0]
    assert SentenceTokens(tokens, copy_of(grammar())).marker_starts() == [0]
    del old
    gc.collect()
    assert gone() is None


def test_a_sentence_view_made_from_the_table_reads_as_one_made_from_its_tokens():
    # _token_view (spd15) hands the view its tokens' starts, sliced from the table, and tells it that its quotation
    # styles hold every quotation mark: on every sentence of the real sample (tests/data/real) the view pairs and
    # places its marks as one that looks for them among the tokens
    from pathlib import Path

    import claimtrack.attribution as attribution
    from claimtrack.normalize import normalize
    from claimtrack.reader import read_article
    from claimtrack.sentences import split_sentences

    g, quoted = grammar(), 0
    for path in sorted((Path(__file__).parent / "data" / "real" / "articles").glob("*.txt")):
        article = read_article(path)
        norm = normalize(article.text)
        for s in split_sentences(article, headlines=True):
            view = attribution._token_view(article, norm, s, g)
            plain = SentenceTokens(view.tokens, g, dict(view.quote_styles), accusative=view.accusative,
                                   passive=view.passive, doubled=view.doubled)
            assert view.starts == plain.starts == [t.start for t in view.tokens]
            assert view.quote_pairs == plain.quote_pairs
            assert [view.inside_quote(i) for i in range(len(view.tokens))] == \
                [plain.inside_quote(i) for i in range(len(view.tokens))]
            quoted += bool(view.quote_pairs)
    assert quoted > 100
