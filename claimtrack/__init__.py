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

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

# Each public name by the module it comes from.  They are imported when first asked for (PEP 562), so a program
# that extracts only (``claimtrack extract``) does not import matching, contradictions, comparison, the report
# and the store; ``from claimtrack import X`` and ``claimtrack.X`` work as they always did, and so does
# ``claimtrack.matching`` (any submodule) after a bare ``import claimtrack``.
_HOMES: dict[str, tuple[str, ...]] = {
    "attribution": ("extract_attributions",),
    "compare": ("Comparison", "compare_outlets"),
    "contradiction": ("Evidence", "Mark", "contradictions"),
    "errors": ("ClaimtrackError", "InputError", "LexiconError"),
    "lexicon.user": ("use_user_lexicon",),
    "matching": ("Cluster", "Corpus", "Match", "Story", "find"),
    "relate": ("Relation", "relate"),
    "models": ("Article", "Attribution", "Block", "Content", "Cue", "Mention", "SaidOn", "Sentence", "Source"),
    "normalize": ("Normalized", "normalize"),
    "reader": ("parse_article", "read_article", "read_outlets"),
    "records": ("attribution_to_dict", "cluster_to_dict", "json_schema", "mark_to_dict", "match_to_dict",
                "relation_to_dict", "schema_names", "sentence_to_dict", "story_to_dict"),
    "report": ("comparison_to_json", "render_html", "render_markdown"),
    "sentences": ("split_sentences",),
    "spans": ("OffsetMap", "Span"),
    "stance": ("Stance", "stance"),
    "store": ("Tracker",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

if TYPE_CHECKING:  # the same names, for type checkers and editors
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

__all__ = sorted(_MODULE_OF)

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:  # a submodule, bound on the package by its import
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as err:
            if err.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """This package.  Three public functions share their names with submodules (``normalize``, ``relate``,
    ``stance``); the first import of such a submodule binds it on the package and would hide the function, which
    the eager imports of old replaced at once.  The binding is left out: the function stays the package's name
    (``sys.modules`` holds the submodule, so its imports are unchanged)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


_SHADOWED = frozenset(name for name in _MODULE_OF if name in _HOMES)
sys.modules[__name__].__class__ = _Package
