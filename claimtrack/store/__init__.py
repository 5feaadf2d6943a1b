"""A persistent claim tracker: articles, attributions, claims, stories and marks in one SQLite file.

- :mod:`.schema`: the tables, the schema version and its migrations;
- :mod:`.tracker`: :class:`Tracker`, incremental and idempotent adding, stable ids, queries and timelines;
- :mod:`.comparison`: :func:`compare_stored`, the outlet comparison of stored stories (``compare --db``).

The ``claimtrack track`` commands are in :mod:`claimtrack.cli.track`.
"""

from .comparison import TOP_STORIES, compare_stored
from .tracker import AddResult, Tracker

__all__ = ["TOP_STORIES", "AddResult", "Tracker", "compare_stored"]
