"""Article files in: the article built from a file (a text file, or an HTML page by :mod:`.html`) and the
outlet mapping.  A file's bytes become its text in :mod:`.decode` (encodings, NUL, the size limit, errors
naming the file); its names are importable from here too.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ..dates import parse_date
from ..errors import InputError
from ..models import Article
from .decode import MAX_ARTICLE_BYTES, check_encoding, decode_text, parse_json, read_text
from .html import HTML_SUFFIXES, read_html
from .parse import parse_article
from .records import check_year

__all__ = ["HTML_SUFFIXES", "MAX_ARTICLE_BYTES", "check_encoding", "decode_text", "read_article", "read_outlets",
           "read_text"]


def read_article(
    path: "str | os.PathLike[str]",
    *,
    id: str | None = None,
    outlet: str | None = None,
    published: "dt.date | str | None" = None,
    encoding: str | None = None,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
) -> Article:
    """Read the article file at ``path``; its id is the file stem unless ``id`` is given.

    ``encoding`` is used when the file has no byte order mark (default UTF-8); a file of more than
    ``max_bytes`` bytes is refused (``None``: no limit).  See :mod:`claimtrack.reader.decode`.  An HTML page
    (``.html``, ``.htm``) is read by :func:`claimtrack.reader.html.read_html`: its title, date and body.
    """
    p = Path(path)
    if p.suffix.lower() in HTML_SUFFIXES:
        return read_html(p, id=id, outlet=outlet, published=published, encoding=encoding, max_bytes=max_bytes)
    text = read_text(p, encoding=encoding, max_bytes=max_bytes)
    return parse_article(text, id=id or p.stem, outlet=outlet, published=published, path=str(p))


def _published(value: object) -> "dt.date | None":
    """An outlet mapping's date: a ``datetime`` when it gives the time too ("2015-07-21T10:52:24", so that a
    story's timeline knows who reported first that day), else a ``date`` (:func:`parse_date`)."""
    if isinstance(value, str) and len(value.strip()) > 10:
        try:
            when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            check_year(when.date(), value)
            return when
    return check_year(parse_date(value), str(value))  # type: ignore[arg-type]


def read_outlets(path: "str | os.PathLike[str]") -> dict[str, tuple[str | None, "dt.date | None"]]:
    """An outlet mapping: JSON ``{"<article id>": "<outlet>"}`` or ``{"<id>": {"outlet": ..., "published": ...}}``.

    A ``published`` with a time ("2015-07-21T10:52:24") is kept as a ``datetime``, which
    :func:`~claimtrack.reader.parse.parse_article` reads as the date and ``published_at``.
    Raises :class:`InputError` naming the file and the entry that is wrong.
    """
    p = Path(path)
    data = parse_json(read_text(p), str(p))
    if not isinstance(data, dict):
        raise InputError(f"{p}: expected a JSON object mapping article ids to outlets, found {type(data).__name__}")
    mapping: dict[str, tuple[str | None, dt.date | None]] = {}
    for key, value in data.items():
        if isinstance(value, str):
            mapping[key] = (value, None)
        elif isinstance(value, dict) and set(value) <= {"outlet", "published"}:
            try:
                published = _published(value.get("published"))
            except ValueError as err:
                raise InputError(f"{p}: entry {key!r}: bad published date: {err}") from err
            outlet = value.get("outlet")
            if outlet is not None and not isinstance(outlet, str):
                raise InputError(f"{p}: entry {key!r}: outlet must be a string")
            mapping[key] = (outlet, published)
        else:
            raise InputError(f"{p}: entry {key!r} must be an outlet name or an object with 'outlet' and 'published'")
    return mapping
