"""Files in, text out: decoding an article file, the outlet mapping, and the article built from a file.

The text is kept exactly as decoded from UTF-8 (a leading BOM dropped, line endings kept), so that every
span of every record indexes it.  Every problem is an :class:`~claimtrack.errors.InputError` naming the file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from ..dates import parse_date
from ..errors import InputError
from ..models import Article
from .parse import parse_article

__all__ = ["read_article", "read_outlets", "read_text"]


def read_text(path: "str | os.PathLike[str]") -> str:
    """The text of ``path`` decoded from UTF-8, leading BOM dropped, line endings kept.

    Raises :class:`InputError` naming the file for a missing file, a directory, bytes that are not UTF-8
    (with the byte offset) and an empty file.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as err:
        raise InputError(f"{p}: no such file") from err
    except IsADirectoryError as err:
        raise InputError(f"{p}: is a directory, not an article file") from err
    except PermissionError as err:
        raise InputError(f"{p}: permission denied") from err
    except OSError as err:
        raise InputError(f"{p}: cannot be read: {err.strerror or err}") from err
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{p}: not valid UTF-8 at byte {err.start} (0x{data[err.start]:02x}); save the file as UTF-8"
        ) from err
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{p}: the file is empty" if not text else f"{p}: the file holds only whitespace")
    return text


def read_article(
    path: "str | os.PathLike[str]",
    *,
    id: str | None = None,
    outlet: str | None = None,
    published: "dt.date | str | None" = None,
) -> Article:
    """Read the article file at ``path``; its id is the file stem unless ``id`` is given."""
    p = Path(path)
    return parse_article(read_text(p), id=id or p.stem, outlet=outlet, published=published, path=str(p))


def read_outlets(path: "str | os.PathLike[str]") -> dict[str, tuple[str | None, "dt.date | None"]]:
    """An outlet mapping: JSON ``{"<article id>": "<outlet>"}`` or ``{"<id>": {"outlet": ..., "published": ...}}``.

    Raises :class:`InputError` naming the file and the entry that is wrong.
    """
    p = Path(path)
    try:
        data = json.loads(read_text(p))
    except json.JSONDecodeError as err:
        raise InputError(f"{p}: not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from err
    except RecursionError as err:
        raise InputError(f"{p}: JSON nested too deeply; expected an object mapping article ids to outlets") from err
    if not isinstance(data, dict):
        raise InputError(f"{p}: expected a JSON object mapping article ids to outlets, found {type(data).__name__}")
    mapping: dict[str, tuple[str | None, dt.date | None]] = {}
    for key, value in data.items():
        if isinstance(value, str):
            mapping[key] = (value, None)
        elif isinstance(value, dict) and set(value) <= {"outlet", "published"}:
            try:
                published = parse_date(value.get("published"))
            except ValueError as err:
                raise InputError(f"{p}: entry {key!r}: bad published date: {err}") from err
            outlet = value.get("outlet")
            if outlet is not None and not isinstance(outlet, str):
                raise InputError(f"{p}: entry {key!r}: outlet must be a string")
            mapping[key] = (outlet, published)
        else:
            raise InputError(f"{p}: entry {key!r} must be an outlet name or an object with 'outlet' and 'published'")
    return mapping
