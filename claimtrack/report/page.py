"""What the parts of one HTML report share: the page's state and look-ups, escaping, and a few small pieces.

:class:`Page` holds the labels, the articles and attributions by id, and what the page has given out so far
(the anchors of the wordings, the marks shown, the articles cited), so that the sections, rendered one after
the other, link to each other.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Iterable

from ..compare import Comparison, outlet_of
from ..contradiction import Mark, mark_attributions
from ..models import DISPUTE_ORDER, Article, Attribution
from .labels import Labels

__all__ = ["DISPUTE_ORDER", "KIND_ORDER", "Page", "badges", "bars", "escape", "sort_time", "time_of"]

# The order in which the kinds of mark are listed (filters, a claim's marks); disputes: models.DISPUTE_ORDER.
KIND_ORDER = ("contradicts", "clarifies", "framing", "agrees")


def escape(text: object) -> str:
    """``text`` as HTML, quotes too: every text from the articles is shown through it."""
    return html.escape(str(text), quote=True)


def bars(values: Iterable[str]) -> str:
    """``|a|b|``: a list the script can search for ``|a|`` without matching part of a name."""
    return escape("|" + "|".join(values) + "|")


def time_of(a: Article) -> "dt.datetime | dt.date | None":
    """When the article was published: its time when known, else its day, else ``None``."""
    return a.published_at or a.published


def sort_time(a: Article) -> dt.datetime:
    when = time_of(a)
    if when is None:
        return dt.datetime.max
    return when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time())


def badges(t: Labels, disputes: Counter[str]) -> str:
    """A tag per kind of dispute with its count, in :data:`DISPUTE_ORDER`."""
    return "".join(f'<span class="tag tag-{k}">{escape(t("dispute." + k))} {escape(t.num(disputes[k]))}</span>'
                   for k in DISPUTE_ORDER if disputes.get(k))


class Page:
    """What the parts of one report share: labels, look-ups, and the anchors given out so far."""

    def __init__(self, c: Comparison, t: Labels) -> None:
        self.c, self.t = c, t
        self.articles = {a.id: a for a in c.corpus.articles}
        self.by_id = mark_attributions(c.corpus, c.marks)  # with an outlet's own sentences a mark names
        self.number = {a.id: i for i, a in enumerate(c.corpus.articles, start=1)}
        self.quote_anchor: dict[str, str] = {}  # attribution id -> the id of the figure showing its wording
        self.groups = c.corpus.groups
        self.wordings: dict[str, list[tuple[str, str, list[Attribution]]]] = {}  # cluster id -> its wordings
        self.marks_shown: set[Mark] = set()
        self.cited: dict[str, None] = {}  # the articles the page links to, in order
        days = {w.date() if isinstance(w, dt.datetime) else w for a in c.corpus.articles if (w := time_of(a)) is not None}
        self.several_days = len(days) > 1  # else there is nothing to filter by date

    def outlet(self, attribution: Attribution) -> str:
        return outlet_of(self.articles[attribution.article])

    def article_anchor(self, article_id: str) -> str:
        return f"a{self.number[article_id]}"

    def claim_text(self, a: Attribution) -> str:
        ref = self.by_id.get(a.content.refers_to or "")
        return ref.content.text if ref is not None else a.content.text
