"""Fewer full garbage collections while a corpus is matched and marked.

CPython collects its oldest generation when the objects promoted into it since the last full collection reach a
quarter of those it holds.  Matching and marks add caches, keys and scores to the hundreds of thousands of
objects extraction left, so a real day of 1,400 articles ran nine full collections in those stages (some 3 CPU s
with the caches they flush), and found no garbage in any of them: what they make lives as long as the corpus,
or is freed by reference counting.  :func:`few_full_collections` raises the oldest generation's threshold while
a stage runs and puts the caller's thresholds back after it: the young generations are collected as before, and
the next full collection after the stage sees everything the stage left.  And :func:`empty_bounded_caches` lets go
of what extraction and matching cached of the texts they read, before the marks (which read other texts) begin.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from ..claims.key import topic_key
from ..lexicon.user import claimtrack_caches

__all__ = ["empty_bounded_caches", "few_full_collections"]

# The oldest generation's threshold inside a stage (CPython's default is 10): a full collection is considered only
# after this many collections of the middle generation (some 700 million container objects allocated and not
# freed, at the default thresholds).
_FULL_AFTER = 100_000


@contextlib.contextmanager
def few_full_collections() -> Iterator[None]:
    """Within the block (or the decorated function: ``@few_full_collections()``), no full garbage collection
    but one asked for (:func:`gc.collect`); the thresholds as they were after it, also when it raises."""
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], max(thresholds[2], _FULL_AFTER))
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)



def empty_bounded_caches() -> None:
    """Empty every bounded cache of claimtrack's text functions (a :func:`functools.lru_cache` with a ``maxsize``:
    words, keys and places of texts read before), as the marks begin.  Those extraction and matching filled are not
    read again (at 5,000 real articles, some 50 MB of spellings and places; and the token readings extraction kept,
    emptied too); those the marks read fill up again.  The
    unbounded caches (the lexicon's tables) are kept, and so are the sentences' topic keys (:func:`.topic_key`):
    the marks key the outlets' own sentences again, most of them sentences the term weights keyed."""
    for cached in claimtrack_caches():
        if cached is topic_key:
            continue
        parameters = getattr(cached, "cache_parameters", None)
        # (no cache_parameters: the token table's kept readings, bounded too, which only extraction reads: up to
        # 200,000 tokens' readings)
        if not callable(parameters) or parameters()["maxsize"] is not None:
            cached.cache_clear()
