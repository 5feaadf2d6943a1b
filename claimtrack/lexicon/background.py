"""Background word statistics: how many real news articles use each matching term.

``data/background_df.tsv`` holds, for the light stems and ``e:`` entity terms that :func:`claimtrack.claim_key`
gives, the number of SaudiNewsNet articles (20,329 Saudi news articles of July-August 2015) that use them,
and the number of articles as the ``<documents>`` row.  Only counts are stored, for terms in at least 10
articles; ``benchmarks/background_df.py`` regenerates it.  The matcher combines these with the corpus at hand,
so that a common news word (أكد، الحكومة) is common even in a corpus of three articles, and a rare name stays
rare even when every article of a small corpus repeats it.
"""

from __future__ import annotations

import functools

import attrs

from ..errors import LexiconError
from .files import read_rows

__all__ = ["Background", "DOCUMENTS", "background"]

DOCUMENTS = "<documents>"
_FILE = "background_df.tsv"


@attrs.frozen
class Background:
    """Document frequencies of matching terms in real news: ``documents`` articles, ``df`` term -> count.
    A term not listed is rarer than ``floor`` articles."""

    documents: int
    df: dict[str, int] = attrs.field(eq=False, repr=False)
    floor: int

    def count(self, term: str) -> int:
        """Articles that use ``term``; an unlisted term counts as half the listing threshold."""
        return self.df.get(term, 0) or self.floor // 2


@functools.cache
def background() -> Background:
    """The shipped background statistics (read and validated once)."""
    rows = read_rows(_FILE)
    df = {r[0]: int(r[1]) for r in rows}
    documents = df.pop(DOCUMENTS, 0)
    if documents <= 0 or not df:
        raise LexiconError(f"claimtrack/data/{_FILE}: needs a {DOCUMENTS} row and at least one term")
    return Background(documents, df, min(df.values()))
