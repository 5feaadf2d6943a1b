"""The token view: spans, lookup keys, the conjunction reading and quote pairing."""

import pytest

from claimtrack.attribution.tokens import LazyTokens, SentenceTokens, article_table, tokenize
from claimtrack.lexicon.grammar import grammar


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
    view = LazyTokens(table.rows, table.starts)
    words = [t.text for t in table.tokens(0, len("قال الوزير إن الاتفاق نهائي"))]
    assert [view[k].text for k in range(len(view))] == words
    assert view[-1].text == words[-1]
    for k in (len(view), -len(view) - 1):
        with pytest.raises(IndexError):
            view[k]
