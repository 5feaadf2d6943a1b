"""A persistent claim tracker: articles, attributions, claims, stories and marks in one SQLite file.

- :mod:`.tracker`: :class:`Tracker`, the face of the store: open, add, query;
- :mod:`.ingest`: incremental and idempotent adding: each new claim placed in a stored claim and story;
- :mod:`.marking`: the marks (those of :func:`claimtrack.contradictions`, dispute kinds included), recomputed over
  the stored articles within a few days of those just added;
- :mod:`.candidates`: the stored claims a new one is scored against (a persisted index of rare terms);
- :mod:`.aliases`: stable ids: merged claims and stories, and the aliases that lead to the survivors;
- :mod:`.queries`: stats, stories and their filters, claims, timelines, the export;
- :mod:`.rows`: what articles, attributions, speakers and evidence become in the tables, and back;
- :mod:`.schema`: the tables, the schema version and its migrations;
- :mod:`.comparison`: :func:`compare_stored`, the outlet comparison of stored stories (``compare --db``).

The ``claimtrack track`` commands are in :mod:`claimtrack.cli.track`.
"""

from .comparison import TOP_STORIES, compare_stored
from .tracker import AddResult, Tracker

__all__ = ["TOP_STORIES", "AddResult", "Tracker", "compare_stored"]
