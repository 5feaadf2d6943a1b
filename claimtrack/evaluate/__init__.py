"""Scoring claimtrack against gold annotations, one module a task:

- :mod:`.attributions`: gold attributions (:func:`load_gold`), aligned with the extracted ones and scored (cue,
  strict, source);
- :mod:`.clusters`: gold claim clusters and stories, scored pairwise;
- :mod:`.stances`: stance on headline pairs (agree, disagree, other), scored per label.
"""

from .attributions import GoldAttribution, Score, align, evaluate, gold_name, load_gold, token_f1
from .clusters import ClusterScore, evaluate_clusters, load_gold_clusters, load_gold_stories
from .stances import STANCE_LABELS, StanceScore, evaluate_stance, load_stance_pairs, relate_stance

__all__ = ["ClusterScore", "GoldAttribution", "STANCE_LABELS", "Score", "StanceScore", "align", "evaluate",
           "evaluate_clusters", "evaluate_stance", "gold_name", "load_gold", "load_gold_clusters", "load_gold_stories",
           "load_stance_pairs", "relate_stance", "token_f1"]
