"""Where and how a command writes: standard output or ``-o FILE`` (written whole or not at all), and the
formats every command shares: ``table``, ``markdown``, ``json``, ``jsonl``, ``csv``.

``json`` is one document; ``jsonl`` the same records, one a line; ``csv`` one row per record with flat
columns (:func:`flatten`: a span ``{"text", "start", "end"}`` becomes the columns ``X``, ``X_start``,
``X_end``), loadable with Python's :mod:`csv`.  A table wraps its cells in bidi isolates only when it is
written to a terminal: piped or written to a file, the marks would be invisible garbage.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..models import DISPUTE_ORDER

__all__ = ["MACHINE_FORMATS", "READING_ORDER", "Output", "kind_counts", "reading_key", "cell", "display_width", "flatten", "said_on_cell", "wrap_words",
           "write_file", "write_markdown_table", "write_records", "write_table"]

MACHINE_FORMATS = ("json", "jsonl", "csv")

# The order marks are read in a table: the disputes first (models.DISPUTE_ORDER), then framing, clarifications and
# agreements.
READING_ORDER = (*DISPUTE_ORDER, "framing", "clarifies", "agrees")


def reading_key(mark: Any) -> int:
    """Sort key of a mark in :data:`READING_ORDER`, by its dispute (a contradicts mark) or its kind."""
    kind = mark.dispute or mark.kind
    return READING_ORDER.index(kind) if kind in READING_ORDER else len(READING_ORDER)


def kind_counts(marks: Iterable[Any]) -> str:
    """``"5 denies, 2 updates, 3 disagrees"``: how many marks of each dispute or kind, in :data:`READING_ORDER`."""
    counts: dict[str, int] = {}
    for m in marks:
        counts[m.dispute or m.kind] = counts.get(m.dispute or m.kind, 0) + 1
    return ", ".join(f"{counts[k]} {k}" for k in READING_ORDER if counts.get(k))


def write_file(path: Path, text: str, what: str) -> None:
    """Write ``text`` to ``path`` (UTF-8) through a temporary file in the same folder, renamed into place, so a
    run killed half-way never leaves a half-written file; ``what`` names the file in an error message.

    A symbolic link is followed (the file it points to is replaced, not the link); a path that is no regular
    file (``/dev/stdout``, a named pipe) is written directly, since renaming over it would replace the device."""
    tmp: str | None = None
    try:
        target = Path(os.path.realpath(path))
        if target.exists() and not target.is_file():
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            return
        mode = target.stat().st_mode & 0o777 if target.is_file() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as err:
        raise InputError(f"{path}: cannot write {what}: {err.strerror or err}") from err
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_terminal(path: Path) -> bool:
    """Whether ``path`` is a terminal device (``-o /dev/tty``); a file or a folder that does not exist is not."""
    try:
        if not path.exists() or path.is_file():
            return False
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


class Output:
    """What a command writes to: standard output, or with ``path`` the file ``-o`` names, kept in memory and
    written by :meth:`commit` through :func:`write_file` (a run that fails or is killed leaves the old file
    and no temporary one).  A failed write to standard output (a full disk, ``> /dev/full``) becomes an
    :class:`InputError`; a closed pipe (``| head``) stays a :class:`BrokenPipeError`, which ends the run quietly."""

    def __init__(self, stream: IO[str], path: "str | None" = None) -> None:
        self._stream = stream
        self._path = Path(path) if path is not None else None
        self._buffer = io.StringIO()
        if self._path is not None and not Path(os.path.realpath(self._path)).parent.is_dir():
            raise InputError(f"{self._path}: cannot write the output: no such folder")

    def _stdout(self, call: "Callable[[], Any]") -> Any:
        try:
            return call()
        except BrokenPipeError:
            raise
        except OSError as err:
            raise InputError(f"standard output: cannot write: {err.strerror or err}") from err

    def write(self, text: str) -> int:
        if self._path is not None:
            return self._buffer.write(text)
        return self._stdout(lambda: self._stream.write(text))

    def isatty(self) -> bool:
        """Whether a person reads this in a terminal (then tables may carry direction marks)."""
        if self._path is not None:
            return _is_terminal(self._path)
        try:
            return bool(self._stream.isatty())
        except (AttributeError, ValueError, OSError):
            return False

    def commit(self) -> None:
        """Flush standard output, or write the ``-o`` file."""
        if self._path is not None:
            write_file(self._path, self._buffer.getvalue(), "the output")
        else:
            self._stdout(self._stream.flush)


# --- records: json, jsonl, csv ----------------------------------------------------------------------------

def _scalar(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, object]:
    """One flat row of a JSON record: nested objects join their keys with ``_``; an object with a ``text``
    (a span) gives its text the object's own name (``cue``, ``cue_start``, ``cue_end``, ``cue_lemma``); a
    list of texts or spans is joined with `` | ``, any other list is written as JSON; null is empty."""
    row: dict[str, object] = {}
    for key, value in record.items():
        name = f"{prefix}_{key}" if prefix else key
        if isinstance(value, Mapping):
            inner = flatten(value, name)
            if "text" in value:
                inner = {name: inner.pop(f"{name}_text"), **inner}
            row.update(inner)
        elif isinstance(value, (list, tuple)):
            if all(isinstance(v, (str, int, float)) for v in value):
                row[name] = " | ".join(str(v) for v in value)
            elif all(isinstance(v, Mapping) and isinstance(v.get("text"), str) for v in value):
                row[name] = " | ".join(v["text"] for v in value)
            else:
                row[name] = json.dumps(value, ensure_ascii=False)
        else:
            row[name] = _scalar(value)
    return row


def write_records(out: Output, fmt: str, records: Iterable[Mapping[str, Any]], *,
                  columns: "Sequence[str] | None" = None, document: object = None) -> None:
    """``records`` as ``json`` (one document: ``document`` if given, else the list of records), ``jsonl``
    (one record a line) or ``csv`` (a header of ``columns``, default the first record's, then one flat row
    per record; a record with another column than these is a bug and raises)."""
    if fmt == "json" and document is not None:
        out.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "json":
        # the list written record by record, as json.dumps(list(records), indent=1) would write it whole
        first = True
        for record in records:
            item = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")
            out.write(("[\n " if first else ",\n ") + item)
            first = False
        out.write("[]\n" if first else "\n]\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        rows: Iterator[dict[str, object]] = (flatten(r) for r in records)
        if columns is not None:
            header = list(columns)
        else:  # the first record's columns
            first_row = next(rows, None)
            header = list(first_row) if first_row is not None else []
            rows = itertools.chain([first_row] if first_row is not None else [], rows)
        writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n", extrasaction="raise")
        # A text with a lone carriage return (a line ending kept from a CRLF file) is quoted like one with a
        # newline: the csv module quotes only the characters of its line terminator, and a reader would split the row.
        quoted = csv.DictWriter(out, fieldnames=header, lineterminator="\n", extrasaction="raise", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        for row in rows:  # one at a time: a stream of records is never held whole
            carriage = any(isinstance(v, str) and "\r" in v for v in row.values())
            (quoted if carriage else writer).writerow(row)
    else:
        raise ValueError(f"format {fmt!r} is not one of {MACHINE_FORMATS}")


# --- tables: terminal and markdown ------------------------------------------------------------------------

_FSI, _PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE / POP DIRECTIONAL ISOLATE


def _char_width(c: str) -> int:
    return 0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Cf") else 1


def display_width(text: str) -> int:
    """Display width in a terminal: combining marks and format characters take no cell."""
    return sum(_char_width(c) for c in text)


def _cut(text: str, width: int) -> str:
    """The longest start of ``text`` at most ``width`` cells wide (marks after its last letter included)."""
    used = 0
    for i, c in enumerate(text):
        used += _char_width(c)
        if used > width:
            return text[:i]
    return text


def cell(text: str, width: int, *, marks: bool = True) -> str:
    """``text`` on one line, cut to ``width`` cells (with "…") and padded; with ``marks``, a bidi isolate, so
    an Arabic cell reads right to left without scrambling its neighbours in a terminal that implements the
    Unicode bidi algorithm."""
    text = " ".join(text.split())
    if display_width(text) > width:
        text = _cut(text, width - 1) + "…"
    padding = " " * (width - display_width(text))
    return (_FSI + text + _PDI if marks else text) + padding


def said_on_cell(said_on: "Mapping[str, Any] | None") -> str:
    """When a statement was made, as a timeline prints it: "2015-07-20 (أمس)", a range, or "-"."""
    if said_on is None:
        return "-"
    days = said_on["from"] if said_on["from"] == said_on["to"] else f"{said_on['from']}..{said_on['to']}"
    return f"{days if said_on['from'] else '?'} ({said_on['text']})"


def wrap_words(text: str, width: int) -> list[str]:
    """``text`` on lines of at most ``width`` cells, broken between words (a word wider than a line is cut by
    :func:`cell`)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and display_width(line) + 1 + display_width(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line or not lines else lines


def write_table(headers: Sequence[str], rows: Iterable[Sequence[object]], widths: Sequence[int], out,
                *, marks: "bool | None" = None, wrap: "Collection[int]" = ()) -> None:
    """A plain-text table, one line per row, columns separated by " │ "; direction marks when ``marks``
    (default: when ``out`` is a terminal).  The columns numbered in ``wrap`` are written whole, on as many
    lines as they need (an explanation cut at the width hides what the reader needs: the other side)."""
    if marks is None:
        marks = bool(getattr(out, "isatty", lambda: False)())
    out.write(" │ ".join(cell(h, w, marks=marks) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("─┼─".join("─" * w for w in widths) + "\n")
    for row in rows:
        cells = [wrap_words(str(c), w) if i in wrap else [str(c)] for i, (c, w) in enumerate(zip(row, widths))]
        for n in range(max(len(c) for c in cells)):
            out.write(" │ ".join(cell(c[n] if n < len(c) else "", w, marks=marks)
                                 for c, w in zip(cells, widths)).rstrip() + "\n")


def _md(value: object) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def write_markdown_table(headers: Sequence[str], rows: Iterable[Sequence[object]], out) -> None:
    """A Markdown (GitHub) table: cells on one line, ``|`` escaped."""
    out.write("| " + " | ".join(_md(h) for h in headers) + " |\n")
    out.write("|" + "|".join(" --- " for _ in headers) + "|\n")
    for row in rows:
        out.write("| " + " | ".join(_md(c) for c in row) + " |\n")
