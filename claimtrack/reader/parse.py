"""A string becomes an :class:`~claimtrack.models.Article`: layout labels, dates, dateline and credit."""

from __future__ import annotations

import datetime as dt

from ..dates import find_dates, parse_date
from ..errors import InputError
from ..models import Article, Block
from .credits import credit_of
from .layout import label_lines, lines_of, marker_kind

__all__ = ["parse_article"]


def parse_article(
    text: str,
    *,
    id: str,
    outlet: str | None = None,
    published: "dt.date | str | None" = None,
    path: str | None = None,
    layout: str = "news",
    url: str | None = None,
    author: str | None = None,
    published_at: dt.datetime | None = None,
) -> Article:
    """Build an :class:`Article` from ``text`` (see :mod:`claimtrack.reader` for what is recognized).

    ``layout="news"`` (default) finds headline, byline, dates and boilerplate; ``layout="plain"`` takes
    every non-empty line as a body paragraph (for snippets, transcripts and test sentences).  ``published``
    may be a ``datetime``: its day is the article's date and its time ``published_at``.
    """
    if layout not in ("news", "plain"):
        raise InputError(f"{path or id}: layout must be 'news' or 'plain', not {layout!r}")
    where = path or f"article {id!r}"
    if not isinstance(text, str):
        raise InputError(f"{where}: text must be a str, got {type(text).__name__}")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{where}: the article is empty")
    if isinstance(published, dt.datetime):  # a time given with the date (outlets.json): who reported first
        published_at = published_at or published
        published = published.date()
    try:
        given = parse_date(published)
    except ValueError as err:
        raise InputError(f"{where}: bad published date: {err}") from err
    if layout == "plain":
        blocks, dateline = [Block("body", ln.span) for ln in lines_of(text) if not ln.empty], None
    else:
        blocks, dateline = label_lines(text)
    found_published: dt.date | None = None
    found_updated: dt.date | None = None
    for block in blocks:
        if block.kind != "date" and block.kind != "byline":
            continue
        line = block.span.of(text)
        dates = find_dates(line)
        if not dates:
            continue
        if marker_kind(line) == "updated":
            found_updated = found_updated or dates[0].date
        else:
            found_published = found_published or dates[0].date
    return Article(
        id=id,
        text=text,
        blocks=blocks,
        outlet=outlet,
        published=given or found_published,
        updated=found_updated,
        dateline=dateline,
        path=path,
        credit=credit_of(text, blocks),
        url=url,
        author=author,
        published_at=published_at,
    )

