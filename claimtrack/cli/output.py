"""Where and how a command writes: standard output or ``-o FILE`` (written whole or not at all), and the
formats every command shares: ``table``, ``markdown``, ``json``, ``jsonl``, ``csv``.

``json`` is one document; ``jsonl`` the same records, one a line; ``csv`` one row per record with flat
columns (:func:`flatten`: a span ``{"text", "start", "end"}`` becomes the columns ``X``, ``X_start``,
``X_end``), loadable with Python's :mod:`csv`.  A table wraps its cells in bidi isolates only when it is
written to a terminal: piped or written to a file, the marks would be invisible garbage.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from ..errors import InputError

__all__ = ["MACHINE_FORMATS", "Output", "cell", "display_width", "flatten", "write_file", "write_markdown_table",
           "write_records", "write_table"]

MACHINE_FORMATS = ("json", "jsonl", "csv")


class _AtomicFile:
    """A text file written to a temporary file in the target's folder and renamed into place by
    :meth:`commit`, so a run killed half-way never leaves a half-written file; :meth:`discard` drops it.

    A symbolic link is followed (the file it points to is replaced, not the link); a path that is no regular
    file (``/dev/stdout``, a named pipe) is written directly, since renaming over it would replace the device."""

    def __init__(self, path: Path, what: str) -> None:
        self.path, self.what = path, what
        self._tmp: str | None = None
        try:
            target = Path(os.path.realpath(path))
            if target.exists() and not target.is_file():
                self.stream: IO[str] = open(target, "w", encoding="utf-8")
                return
            self._mode = target.stat().st_mode & 0o777 if target.is_file() else 0o666 & ~_umask()
            self._target = target
            fd, self._tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
            self.stream = os.fdopen(fd, "w", encoding="utf-8")
        except OSError as err:
            raise self.error(err) from err

    def error(self, err: OSError) -> InputError:
        return InputError(f"{self.path}: cannot write {self.what}: {err.strerror or err}")

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError as err:
            raise self.error(err) from err

    def isatty(self) -> bool:
        return self._tmp is None and self.stream.isatty()

    def commit(self) -> None:
        try:
            self.stream.close()
            if self._tmp is not None:
                os.chmod(self._tmp, self._mode)
                os.replace(self._tmp, self._target)
                self._tmp = None
        except OSError as err:
            raise self.error(err) from err
        finally:
            self.discard()

    def discard(self) -> None:
        try:
            self.stream.close()
        except OSError:
            pass
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_file(path: Path, text: str, what: str) -> None:
    """Write ``text`` to ``path`` (UTF-8) through a temporary file renamed into place (:class:`_AtomicFile`);
    ``what`` names the file in an error message."""
    f = _AtomicFile(path, what)
    try:
        f.write(text)
    except BaseException:
        f.discard()
        raise
    f.commit()


class Output:
    """What a command writes to: standard output, or with ``path`` the file ``-o`` names (kept only when
    :meth:`commit` is called).  A failed write (a full disk, ``> /dev/full``) becomes an :class:`InputError`;
    a closed pipe (``| head``) stays a :class:`BrokenPipeError`, which ends the run quietly."""

    def __init__(self, stream: IO[str], path: "str | None" = None) -> None:
        self._stream = stream
        self._file = _AtomicFile(Path(path), "the output") if path is not None else None

    def _stdout(self, call: "Callable[[], Any]") -> Any:
        try:
            return call()
        except BrokenPipeError:
            raise
        except OSError as err:
            raise InputError(f"standard output: cannot write: {err.strerror or err}") from err

    def write(self, text: str) -> int:
        if self._file is not None:
            return self._file.write(text)
        return self._stdout(lambda: self._stream.write(text))

    def isatty(self) -> bool:
        """Whether a person reads this in a terminal (then tables may carry direction marks)."""
        if self._file is not None:
            return self._file.isatty()
        try:
            return bool(self._stream.isatty())
        except (AttributeError, ValueError, OSError):
            return False

    def commit(self) -> None:
        """Flush standard output, or put the ``-o`` file in place."""
        if self._file is not None:
            self._file.commit()
        else:
            self._stdout(self._stream.flush)

    def discard(self) -> None:
        """After a failure: the ``-o`` file is not written (the old one, if any, stays)."""
        if self._file is not None:
            self._file.discard()


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
    if fmt == "json":
        doc = list(records) if document is None else document
        out.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        rows = [flatten(r) for r in records]
        header = list(columns) if columns is not None else list(rows[0]) if rows else []
        writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n", extrasaction="raise")
        writer.writeheader()
        writer.writerows(rows)
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


def write_table(headers: Sequence[str], rows: Iterable[Sequence[object]], widths: Sequence[int], out,
                *, marks: "bool | None" = None) -> None:
    """A plain-text table, one line per row, columns separated by " │ "; direction marks when ``marks``
    (default: when ``out`` is a terminal)."""
    if marks is None:
        marks = bool(getattr(out, "isatty", lambda: False)())
    out.write(" │ ".join(cell(h, w, marks=marks) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("─┼─".join("─" * w for w in widths) + "\n")
    for row in rows:
        out.write(" │ ".join(cell(str(c), w, marks=marks) for c, w in zip(row, widths)).rstrip() + "\n")


def _md(value: object) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def write_markdown_table(headers: Sequence[str], rows: Iterable[Sequence[object]], out) -> None:
    """A Markdown (GitHub) table: cells on one line, ``|`` escaped."""
    out.write("| " + " | ".join(_md(h) for h in headers) + " |\n")
    out.write("|" + "|".join(" --- " for _ in headers) + "|\n")
    for row in rows:
        out.write("| " + " | ".join(_md(c) for c in row) + " |\n")
