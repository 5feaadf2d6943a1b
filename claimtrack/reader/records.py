"""Articles from records: JSON lines, a JSON list, CSV, a zip of those, or ``-`` (standard input).

Real corpora come as records, not one ``.txt`` file per article.  A record names its fields ``id``,
``title``, ``text`` (or ``content`` / ``body``), ``outlet`` (or ``source``), ``published`` (or ``date`` /
``date_extracted``: a date or a date and time), ``url`` and ``author``; ``fields`` maps other names
(``{"text": "body"}``: the text is in ``body``).  The SaudiNewsNet day files (a zip holding one JSON list
with ``source``, ``content``, ``date_extracted``, ``title``, ``url``, ``author``) read as they are.

The article text is the title, a blank line and the body (the reader labels the title as the headline),
or the body alone when it already opens with the title.  An article's id is the record's ``id``, else a
stable hash of its url, else of its text.

A bad record (no text, a date that is not one, an id already given with another text, a line that is not
JSON) is a :class:`Problem` naming the file and the line; it is skipped and the good records are kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs

from ..errors import InputError
from ..models import Article
from .decode import MAX_ARTICLE_BYTES, decode_text, has_text, mojibake
from .lines import csv_delimiter, json_refusal, object_lines, split_lines
from .parse import parse_article

__all__ = ["RECORD_SUFFIXES", "Problem", "RecordReader", "check_year", "is_record_path", "read_records"]

_MEMBER_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")  # the members of a zip that are read
# One zip member unpacked: a day of a large outlet's records is tens of MB; a member that unpacks to more (a zip
# bomb, or a whole archive packed as one file) is skipped and named rather than unpacked into memory.
MAX_MEMBER_BYTES = 512 * 1024 * 1024
RECORD_SUFFIXES = (*_MEMBER_SUFFIXES, ".zip")
# Field -> the names a record may give it, in order of preference.
_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "text": ("text", "content", "body"),
    "outlet": ("outlet", "source"),
    "published": ("published", "date", "date_extracted", "published_at"),
    "url": ("url", "link"),
    "author": ("author", "byline"),
}
FIELDS = tuple(_NAMES)


@attrs.frozen
class Problem:
    """A record left out: the file, the line (1-based; for a JSON list, the line its object starts on; 0 for
    a whole member of a zip that cannot be unpacked) and what is wrong."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        if not self.line:  # a problem of a whole member of a zip, not of one of its lines
            return f"{self.path}: {self.message}"
        return f"{self.path}, line {self.line}: {self.message}"


def is_record_path(name: str) -> bool:
    """A path the record reader takes: ``-`` or a file ending in .jsonl, .ndjson, .json, .csv or .zip."""
    return name == "-" or Path(name).suffix.lower() in RECORD_SUFFIXES


def parse_fields(specs: "list[str] | None") -> dict[str, str]:
    """``["text=body", "outlet=site"]`` -> ``{"text": "body", "outlet": "site"}``; raises InputError."""
    mapping: dict[str, str] = {}
    for spec in specs or ():
        field, sep, name = spec.partition("=")
        if not sep or field.strip() not in FIELDS or not name.strip():
            raise InputError(f"--field {spec!r}: expected FIELD=NAME with FIELD one of {', '.join(FIELDS)}")
        mapping[field.strip()] = name.strip()
    return mapping


def _timestamp(value: object) -> "tuple[dt.date | None, dt.datetime | None]":
    """A record's date: ``(date, datetime or None)``; raises ValueError when it is not one."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        has_time = len(text) > 10
        return check_year(when.date(), text), (when if has_time else None)
    from ..dates import parse_date  # Arabic dates ("30 ماي 2020")

    return check_year(parse_date(text), text), None


FIRST_YEAR = 1900  # of a publication date: an earlier year is most often a Hijri date (1436 AH is 2015)


def check_year(day: "dt.date | None", text: str) -> "dt.date | None":
    """``day``, or ValueError when its year is before :data:`FIRST_YEAR`: Saudi and Gulf outlets date their
    pages in the Hijri calendar too ("1436-10-05"), which reads as a valid Gregorian date six centuries early
    and would order a story's timeline and date its statements wrongly, silently."""
    if day is not None and day.year < FIRST_YEAR:
        raise ValueError(f"{text!r} is in the year {day.year}, no publication year: a Hijri date? "
                         "give the Gregorian date (2015-07-21 for 1436-10-05)")
    return day


def stable_id(url: str | None, text: str) -> str:
    """An article id from its url, else its text: ``a`` and 12 hex digits of a SHA-1."""
    basis = ("url:" + url) if url else ("text:" + text)
    return "a" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


class RecordReader:
    """Reads records from several inputs, keeps the problems, and refuses an id given twice with two texts.

    >>> reader = RecordReader()                           # doctest: +SKIP
    >>> articles = list(reader.read("day.zip"))           # doctest: +SKIP
    >>> [str(p) for p in reader.problems]                 # doctest: +SKIP
    """

    def __init__(self, fields: "Mapping[str, str] | None" = None, *, stdin: "io.TextIOBase | None" = None,
                 encoding: str | None = None, max_bytes: int | None = MAX_ARTICLE_BYTES) -> None:
        self.fields = dict(fields or {})
        self.encoding = encoding  # of files without a byte order mark (default UTF-8), see reader.decode
        self.max_bytes = max_bytes  # of one record's article text in UTF-8 (None: no limit)
        self.max_member_bytes = MAX_MEMBER_BYTES  # of one zip member unpacked
        self.problems: list[Problem] = []
        self.notices: list[Problem] = []  # records read with a repair (a lone surrogate replaced), to report
        self.unread: list[str] = []  # names of zip members left unread: not records (a .txt inside a zip)
        self._stdin = stdin
        self._seen: dict[str, tuple[str, str]] = {}  # id -> (text hash, where)

    def _names(self, field: str) -> tuple[str, ...]:
        return (self.fields[field],) if field in self.fields else _NAMES[field]

    def _get(self, record: Mapping[str, object], field: str) -> object:
        for name in self._names(field):
            value = record.get(name)
            if value not in (None, ""):
                return value
        return None

    def _string(self, record: Mapping[str, object], field: str) -> "str | None":
        """The value of ``field`` as a string (a number as written: an id 7 is "7"), or None when absent;
        a list, an object or a boolean raises ValueError naming the field: its Python form ("['a']") would
        be stored as if it were the outlet's name."""
        value = self._get(record, field)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        name = next(n for n in self._names(field) if record.get(n) is value)
        raise ValueError(f"field {name!r}{f' (the {field})' if name != field else ''} must be a string, got "
                         f"{type(value).__name__} {_shown(value)}")

    def _whole_characters(self, record: dict, where: str, line: int) -> dict:
        """``record`` with each lone surrogate of its strings replaced by U+FFFD, and a notice.  JSON may escape
        half a character (``"\\ud83d"``: an emoji cut where a scraper cut the title); it is no character, cannot
        be written out, and failed the whole run.  One code point for one, so every offset stays the same."""
        found: list[str] = []
        fixed = {}
        for key, value in record.items():
            if isinstance(value, str) and _SURROGATE_RE.search(value):
                found.append(key)
                value = _SURROGATE_RE.sub("\ufffd", value)
            fixed[key] = value
        if not found:
            return record
        self.notices.append(Problem(where, line, f"half a character (a lone surrogate, \\uD800-\\uDFFF) in "
                                                 f"{', '.join(repr(k) for k in found)} replaced by U+FFFD; "
                                                 "offsets unchanged"))
        return fixed

    def _no_text(self, record: Mapping[str, object]) -> str:
        """Why ``record`` gives no article text: the field holds something else, or which fields were looked at
        and which the record has (a list nested under a key, ``{"articles": [...]}``, shows here)."""
        for name in self._names("text"):
            if name not in record:
                continue
            value = record[name]
            if value is None or value == "":
                return f"the record has no text: its field {name!r} is {'empty' if value == '' else 'null'}"
            if not isinstance(value, str):
                return (f"the record has no text: its field {name!r} must be a string, got {type(value).__name__} "
                        f"{_shown(value)}")
            return f"the record has no text: its field {name!r} holds only white space and invisible characters"
        looked = " or ".join(repr(n) for n in self._names("text"))
        has = ", ".join(repr(k) for k in list(record)[:8]) + (" ..." if len(record) > 8 else "")
        return f"the record has no text: no field {looked} (its fields: {has or 'none'}); --field text=NAME names another"

    def read(self, name: str) -> Iterator[Article]:
        """The articles of the input ``name`` (a path or ``-``), in order; bad records go to ``problems``."""
        if name == "-":
            stream = self._stdin or sys.stdin
            if stream is None:
                raise InputError("standard input is closed; give a file instead of -")
            source = getattr(stream, "buffer", None)  # the bytes, decoded as a file's are: a text stream would
            if source is not None:                     # hand on undecodable bytes as surrogates (C locale)
                yield from self._read_bytes(source.read(), "<stdin>", ".jsonl")
            else:
                yield from self._read_text(stream.read(), "<stdin>", "jsonl")
            return
        p = Path(name)
        suffix = p.suffix.lower()
        try:
            if suffix == ".zip":
                yield from self._read_zip(p)
                return
            data = p.read_bytes()
        except (OSError, zipfile.BadZipFile) as err:
            raise InputError(f"{p}: cannot be read: {getattr(err, 'strerror', None) or err}") from err
        yield from self._read_bytes(data, str(p), suffix)

    def _read_zip(self, p: Path) -> Iterator[Article]:
        with zipfile.ZipFile(p) as zf:
            others = []
            for info in sorted(zf.infolist(), key=lambda i: i.filename):
                suffix = Path(info.filename).suffix.lower()
                if info.is_dir():
                    continue
                if suffix not in _MEMBER_SUFFIXES:
                    others.append(info.filename)
                    continue
                try:
                    with zf.open(info) as member:
                        # at most one byte past the limit, whatever the member's header declares
                        data = member.read(self.max_member_bytes + 1)
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as err:
                    # a damaged member (bad CRC, corrupt deflate data, encrypted, an unknown compression): the others
                    # are read; its records are lost, and said so
                    self.problems.append(Problem(f"{p}:{info.filename}", 0, f"the member cannot be unpacked: {err}"))
                    continue
                if len(data) > self.max_member_bytes:
                    self.problems.append(Problem(
                        f"{p}:{info.filename}", 0, f"the member unpacks to more than {self.max_member_bytes:,} bytes "
                        f"({info.compress_size:,} packed); not read: split it into smaller files"))
                    continue
                yield from self._read_bytes(data, f"{p}:{info.filename}", suffix)
            self.unread.extend(others)

    def _read_bytes(self, data: bytes, where: str, suffix: str) -> Iterator[Article]:
        text = decode_text(data, where, encoding=self.encoding, allow_nul=True)  # JSON may escape a NUL: it stays in its text
        kind = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(suffix, "json")
        yield from self._read_text(text, where, kind)

    def _read_text(self, text: str, where: str, kind: str) -> Iterator[Article]:
        if kind == "json" or (kind == "jsonl" and text.lstrip().startswith("[")):
            try:
                data = json.loads(text)
            except json.JSONDecodeError as err:
                if kind == "json" and not text.lstrip().startswith("["):
                    yield from self._read_text(text, where, "jsonl")  # a .json file holding JSON lines
                    return
                self.problems.append(Problem(where, err.lineno, f"not valid JSON: {err.msg}, column {err.colno}"))
                return
            except (ValueError, RecursionError) as err:
                self.problems.append(Problem(where, 1, json_refusal(err)))
                return
            if isinstance(data, dict):
                data = [data]
            if not isinstance(data, list):
                self.problems.append(Problem(where, 1, "expected a JSON list of records"))
                return
            lines = object_lines(text, len(data))
            for n, record in enumerate(data):
                yield from self._one(record, where, lines[n])
        elif kind == "jsonl":
            before, parsed, text_lines = len(self.problems), 0, split_lines(text)
            for n, line in enumerate(text_lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    self.problems.append(Problem(where, n, f"not valid JSON: {err.msg}, column {err.colno}"))
                    continue
                except (ValueError, RecursionError) as err:
                    self.problems.append(Problem(where, n, json_refusal(err)))
                    continue
                parsed += 1
                yield from self._one(record, where, n)
            if not parsed and len(self.problems) - before > 1:
                # not one line is JSON (an article's text piped to "-", a text file named .jsonl): one line says
                # so, not one per paragraph
                opening = " ".join(next(line for line in text_lines if line.strip()).split()[:5])
                del self.problems[before:]
                self.problems.append(Problem(where, 1, f"not JSON lines: no line of it is JSON (it opens {opening!r}); "
                                                       "records are JSON objects, one a line; an article's text "
                                                       "is read from a .txt file named as such"))
        else:
            # an article longer than the csv module's default field limit (131,072 characters) is no bad row: the
            # limit is raised (never lowered) to the size limit of one article
            limit = self.max_bytes if self.max_bytes is not None else 2**31 - 1
            if csv.field_size_limit() < limit:
                csv.field_size_limit(limit)
            reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
            try:
                for record in reader:
                    # the line the record starts on: the reader's count after it, less its own newlines
                    start = reader.line_num - sum(str(v).count("\n") for v in record.values() if isinstance(v, str))
                    if None in record:  # more cells than the header names: the cells after a stray one are shifted
                        self.problems.append(Problem(where, start, f"the row has {len(record) - 1 + len(record[None])} "
                                                                   f"fields, the header {len(record) - 1}"))
                        continue
                    yield from self._one(record, where, start)
            except csv.Error as err:
                self.problems.append(Problem(where, reader.line_num, f"not valid CSV: {err}; the rows after it are "
                                                                     "not read"))

    def _one(self, record: object, where: str, line: int) -> Iterator[Article]:
        if not isinstance(record, dict):
            self.problems.append(Problem(where, line, f"expected a JSON object, found {type(record).__name__}"))
            return
        record = self._whole_characters(record, where, line)
        body = self._get(record, "text")
        if not isinstance(body, str) or not has_text(body):
            self.problems.append(Problem(where, line, self._no_text(record)))
            return
        garbled = mojibake(body)
        if garbled:
            self.problems.append(Problem(where, line, f"the text: {garbled}"))
            return
        try:
            published, published_at = _timestamp(self._get(record, "published"))
        except ValueError as err:
            self.problems.append(Problem(where, line, f"bad date: {err}"))
            return
        try:
            title, url, author, outlet, rid = (self._string(record, f) for f in ("title", "url", "author", "outlet", "id"))
        except ValueError as err:
            self.problems.append(Problem(where, line, str(err)))
            return
        title = " ".join(title.split()) if title is not None and title.strip() else None
        body = body[1:] if body.startswith("\ufeff") else body
        text = body if title is None or body.lstrip().startswith(title) else f"{title}\n\n{body}"
        article_id = rid if rid is not None else stable_id(url, text)
        encoded = text.encode("utf-8")
        if self.max_bytes is not None and len(encoded) > self.max_bytes:
            self.problems.append(Problem(where, line, f"a text of {len(encoded):,} bytes, more than the limit of "
                                                      f"{self.max_bytes:,} bytes for one article"))
            return
        digest = hashlib.sha1(encoded).hexdigest()
        seen = self._seen.get(article_id)
        if seen is not None:
            if seen[0] != digest:
                self.problems.append(Problem(where, line, f"id {article_id!r} is given again with another text "
                                                          f"(first at {seen[1]})"))
            return  # the same record twice: once is enough
        self._seen[article_id] = (digest, f"{where}, line {line}")
        try:
            yield parse_article(text, id=article_id, outlet=outlet, published=published, path=where, url=url,
                                author=author, published_at=published_at)
        except InputError as err:
            self.problems.append(Problem(where, line, str(err)))


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _shown(value: object, width: int = 40) -> str:
    """``value`` as JSON, cut to ``width`` characters, for a message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= width else text[: width - 1] + "…"


def read_records(name: str, fields: "Mapping[str, str] | None" = None, *, encoding: str | None = None,
                 max_bytes: int | None = MAX_ARTICLE_BYTES) -> tuple[list[Article], list[Problem]]:
    """The articles of one record input and the problems met (see :class:`RecordReader`)."""
    reader = RecordReader(fields, encoding=encoding, max_bytes=max_bytes)
    articles = list(reader.read(name))
    return articles, reader.problems
