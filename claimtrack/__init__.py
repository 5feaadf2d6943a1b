"""claimtrack: track claims and their sources across Arabic news outlets.

Read articles, split them into sentences, find reported speech (cue, source, content, with exact spans),
match the same claim across outlets, mark contradictions, and compare how outlets report it.

The public names, by stage:

- reading: :func:`read_article`, :func:`parse_article`, :func:`read_outlets` (an ``outlets.json`` mapping);
- text: :func:`normalize`, :func:`split_sentences`, :class:`Span`, :class:`OffsetMap`;
- reported speech: :func:`extract_attributions` -> :class:`Attribution` (:class:`Cue`, :class:`Source`,
  :class:`Content`, :class:`Mention`);
- matching: :class:`Corpus` (its ``clusters`` and ``stories``), :func:`find`, :func:`relate`, :func:`stance`;
- disputes: :func:`contradictions` -> :class:`Mark` (:class:`Evidence`);
- comparing outlets: :func:`compare_outlets` -> :class:`Comparison`, rendered by :func:`render_html`,
  :func:`render_markdown` and :func:`comparison_to_json`;
- JSON: ``attribution_to_dict`` and the other ``*_to_dict`` helpers (also each record's ``to_dict()``), and
  :func:`json_schema` for the schema of every JSON output;
- the persistent tracker: :class:`Tracker`;
- data: :func:`use_user_lexicon` adds to or overrides the shipped word lists from a folder of your own.

>>> import claimtrack
>>> article = claimtrack.read_article("seeds/002_4e5fc412234f2c9f.txt")  # doctest: +SKIP
>>> [s.text for s in claimtrack.split_sentences(article)][:1]  # doctest: +SKIP
"""

from .attribution import extract_attributions
from .compare import Comparison, compare_outlets
from .contradiction import Evidence, Mark, contradictions
from .errors import ClaimtrackError, InputError, LexiconError
from .lexicon.user import use_user_lexicon
from .matching import Cluster, Corpus, Match, Story, find
from .relate import Relation, relate
from .models import Article, Attribution, Block, Content, Cue, Mention, SaidOn, Sentence, Source
from .normalize import Normalized, normalize
from .reader import parse_article, read_article, read_outlets
from .records import (attribution_to_dict, cluster_to_dict, json_schema, mark_to_dict, match_to_dict,
                      relation_to_dict, schema_names, sentence_to_dict, story_to_dict)
from .report import comparison_to_json, render_html, render_markdown
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
    "Comparison",
    "Corpus",
    "Content",
    "Cue",
    "Evidence",
    "InputError",
    "LexiconError",
    "Mark",
    "Match",
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
    "attribution_to_dict",
    "cluster_to_dict",
    "compare_outlets",
    "comparison_to_json",
    "contradictions",
    "extract_attributions",
    "find",
    "json_schema",
    "mark_to_dict",
    "match_to_dict",
    "normalize",
    "parse_article",
    "read_article",
    "read_outlets",
    "relate",
    "relation_to_dict",
    "render_html",
    "render_markdown",
    "schema_names",
    "sentence_to_dict",
    "split_sentences",
    "stance",
    "story_to_dict",
    "use_user_lexicon",
])

__version__ = "0.1.0"
