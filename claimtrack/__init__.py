"""claimtrack: track claims and their sources across Arabic news outlets.

Read articles, split them into sentences, find reported speech (cue, source, content, with exact spans),
match the same claim across outlets, mark contradictions, and compare how outlets report it.

>>> import claimtrack
>>> article = claimtrack.read_article("seeds/002_4e5fc412234f2c9f.txt")  # doctest: +SKIP
>>> [s.text for s in claimtrack.split_sentences(article)][:1]  # doctest: +SKIP
"""

from .attribution import extract_attributions
from .contradiction import Evidence, Mark, contradictions
from .errors import ClaimtrackError, InputError, LexiconError
from .matching import Cluster, Corpus, Story, find
from .relate import Relation, relate
from .models import Article, Attribution, Block, Content, Cue, Mention, SaidOn, Sentence, Source
from .normalize import Normalized, normalize
from .reader import parse_article, read_article
from .sentences import split_sentences
from .spans import OffsetMap, Span
from .stance import Stance, stance
from .store import Tracker

__all__ = sorted([
    "Article",
    "Attribution",
    "Block",
    "ClaimtrackError",
    "Cluster",
    "Corpus",
    "Content",
    "Cue",
    "Evidence",
    "InputError",
    "LexiconError",
    "Mark",
    "Mention",
    "Normalized",
    "OffsetMap",
    "Relation",
    "Sentence",
    "SaidOn",
    "Source",
    "Span",
    "Stance",
    "Story",
    "Tracker",
    "contradictions",
    "extract_attributions",
    "find",
    "normalize",
    "parse_article",
    "read_article",
    "relate",
    "split_sentences",
    "stance",
])

__version__ = "0.1.0"
