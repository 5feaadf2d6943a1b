"""Matching the same claim across outlets.

- :mod:`.score`: :func:`pair_score`, how likely two claim keys report the same claim, with reasons;
- :mod:`.corpus`: :class:`Corpus`, the article store and its cached analysis (claims, reprint groups, IDF,
  candidate pairs from an inverted index over rare features, never all pairs);
- :mod:`.clusters`: claims joined into :class:`Cluster` s by links and average linkage;
- :mod:`.stories`: clusters joined into :class:`Story` s (one event or question, across speakers);
- :mod:`.search`: :func:`find`, where a corpus reports a claim.

Places are :mod:`claimtrack.geography`.  :func:`claimtrack.relate` (one pair's relation) sits above this package,
because it also reads :mod:`claimtrack.contradiction`, which reads this one; it is not re-exported here, so that
importing ``claimtrack.matching`` never depends on import order.
"""

from ..geography import cities, countries
from ..polarity import first_attribution
from .clusters import Cluster
from .corpus import Corpus
from .score import RELATED, SAME, Claim, PairScore, pair_score
from .stories import Story
from .search import Match, find

__all__ = ["RELATED", "SAME", "Claim", "Cluster", "Corpus", "Match", "PairScore", "Story", "cities", "countries",
           "find", "first_attribution", "pair_score"]
