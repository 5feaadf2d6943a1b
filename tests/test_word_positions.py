"""Where each word of an article stands (``mentions.WordPositions``), as the back-reference and carry-over searches
ask for it (issue 14): found from the article's keys, a form no key can hold passed over without a scan."""

from pathlib import Path

from claimtrack.attribution.mentions import ArticleMentions
from claimtrack.lexicon.grammar import grammar
from claimtrack.normalize import normalize
from claimtrack.reader import read_article


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
