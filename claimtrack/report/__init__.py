"""Rendering a :class:`~claimtrack.compare.Comparison`: one self-contained HTML report, Markdown, JSON.

- :mod:`.html`: the HTML report's page: which stories open first, the anchors, the shell, the cited articles;
- :mod:`.overview`: its parts above the stories (summary, outlets, search and filters, contents);
- :mod:`.stories`: its stories (the comparison's claims grouped by story, ranked);
- :mod:`.sections`: a story's section (claims, wordings, chips, marks, time axis);
- :mod:`.page`: what those parts share (the page's state and look-ups, escaping);
- :mod:`.charts`: its inline SVG charts (source mix per outlet, time axis per story);
- :mod:`.labels`: its words, from ``data/report_labels.tsv``, with Arabic number agreement and digits;
- :mod:`.assets`: its style sheet and script;
- :mod:`.text`: the JSON document, Markdown and the terminal table's rows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .html import render_html
    from .labels import DIGITS, LANGS, count_phrase
    from .text import comparison_to_json, render_markdown, text_rows

__all__ = ["DIGITS", "LANGS", "comparison_to_json", "count_phrase", "render_html", "render_markdown", "text_rows"]

# Imported when first asked for (PEP 562): the command line reads the labels' choices (`.labels`) without
# importing the comparison and the contradictions the HTML report rests on.
_MODULE_OF = {"DIGITS": "labels", "LANGS": "labels", "comparison_to_json": "text", "count_phrase": "labels",
              "render_html": "html", "render_markdown": "text", "text_rows": "text"}


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_MODULE_OF[name]}", __name__), name)
    globals()[name] = value
    return value
