"""A persistent claim tracker: articles, attributions, claims, stories and marks in one SQLite file.

- :mod:`.schema`: the tables, the schema version and its migrations;
- :mod:`.tracker`: :class:`Tracker`, incremental and idempotent adding, stable ids, queries and timelines.

The ``claimtrack track`` commands are in :mod:`claimtrack.cli.track`.
"""

from .tracker import AddResult, Tracker

__all__ = ["AddResult", "Tracker"]
