"""Where each word of an article stands (``mentions.WordPositions``), as the back-reference and carry-over searches
ask for it, and where its quotation marks stand (issue 14): found from the article's keys, a form no key can hold
passed over without a scan; the marks found in the text."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.attribution.mentions import ArticleMentions
from claimtrack.lexicon.grammar import grammar
from claimtrack.normalize import normalize
from claimtrack.reader import read_article

from .strategies import any_text
from .strategies import tokens as tokens_strategy


def test_word_positions_are_every_token_read_as_the_form():
    # On every article of the real sample (tests/data/real, 96 news articles): each form of each word (its key, its key
    # without و/ف, that without ال) and a form no word has stands where a walk over every token finds it.
    g = grammar()
    asked = 0
    for path in sorted((Path(__file__).parent / "data" / "real" / "articles").glob("*.txt")):
        article = read_article(path)
        mentions = ArticleMentions(article, normalize(article.text), g)
        tokens = [mentions.all.tokens[k] for k in range(len(mentions.all.tokens))]
        forms = {f for t in tokens if t.is_word for f in (t.key, t.bare, t.unprefixed)} | {"لامثيلله"}
        for form in sorted(forms)[::7]:
            walked = [k for k, t in enumerate(tokens) if t.is_word and form in (t.key, t.bare, t.unprefixed)]
            assert mentions.positions.get(form, []) == walked, (path.name, form)
            asked += 1
    assert asked > 1_000


@given(st.one_of(any_text, st.lists(tokens_strategy, max_size=12).map(" ".join)))
def test_the_article_view_finds_its_quotation_marks_in_its_text(text):
    # the article's view finds its quotation marks in the text by str.find (issue 14): the same rows as read from the rows
    from claimtrack.attribution.token_table import QUOTE, LazyTokens, TokenTable, token_rows

    table = TokenTable(text)
    rows = [k for k, r in enumerate(token_rows(text)) if r[2][0] == QUOTE]
    assert LazyTokens(table.starts, table.ends, table.row_readings, text=table.text).quote_indices() == rows
    assert LazyTokens(table.starts, table.ends, table.row_readings).quote_indices() == rows
