"""Loading and validating the data files in ``claimtrack/data``.

Every word list claimtrack uses is a UTF-8 data file: ``#`` comment lines, then one entry per line, columns
separated by a TAB.  Files are read once (cached) through :mod:`importlib.resources`, so they work from an
installed wheel as well as from a checkout.  A malformed line raises :class:`LexiconError` naming the file
and the line, never a silent skip.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
import importlib.resources
from pathlib import Path
import unicodedata

import attrs
import regex

from ..errors import LexiconError
from .schema import FileSchema, schema_of

__all__ = ["REMOVE_PREFIX", "REPLACE_DIRECTIVE", "Row", "check_choice", "data_files", "read_rows", "read_words",
           "set_user_folder", "str_tuple", "user_folder"]

# Harakat, shadda, sukun (U+064B..U+065F) and the superscript alef (U+0670) must not appear in entries:
# lookups happen on normalized text, where they have been removed.
_DIACRITIC_RE = regex.compile(r"[\u064B-\u065F\u0670\u0640]")


def str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    """attrs converter: any iterable of strings as a tuple."""
    return tuple(values)


@attrs.frozen
class Row:
    """One entry of a data file: its columns, the 1-based line it came from and that file (as errors name it:
    ``claimtrack/data/aliases.tsv`` for a shipped file, the path of a user lexicon file)."""

    fields: tuple[str, ...] = attrs.field(converter=str_tuple)
    line: int
    file: str = ""

    def __getitem__(self, index: int) -> str:
        return self.fields[index]

    def where(self, name: str) -> str:
        """``"<file>, line <n>"`` to start an error message about this row of the data file ``name``: the
        user lexicon file it came from, else ``claimtrack/data/<name>``."""
        return f"{self.file or 'claimtrack/data/' + name}, line {self.line}"


def data_files() -> list[str]:
    """Names of the data files shipped in the package."""
    root = importlib.resources.files("claimtrack") / "data"
    return sorted(p.name for p in root.iterdir() if p.name.endswith((".tsv", ".txt")))


def _read_text(name: str) -> str:
    resource = importlib.resources.files("claimtrack") / "data" / name
    try:
        return resource.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise LexiconError(f"data file {name!r} is missing from claimtrack/data") from err
    except UnicodeDecodeError as err:
        raise LexiconError(f"data file {name!r} is not UTF-8: byte {err.start}") from err


# The user lexicon folder (claimtrack.lexicon.use_user_lexicon sets it, and resets every cache).
_user_folder: Path | None = None

# A user file whose comment lines include this one replaces the shipped file instead of adding to it.
REPLACE_DIRECTIVE = "# claimtrack: replace"
# A user line starting with this removes the shipped line that follows it ("!" + the line as shipped).
REMOVE_PREFIX = "!"


def user_folder() -> Path | None:
    """The user lexicon folder in use, or None (see :func:`claimtrack.lexicon.use_user_lexicon`)."""
    return _user_folder


def set_user_folder(folder: Path | None) -> None:
    """Set the user lexicon folder; no checks and no cache reset (:func:`claimtrack.lexicon.use_user_lexicon`
    does both)."""
    global _user_folder
    _user_folder = folder


def _user_file(name: str) -> Path | None:
    if _user_folder is None:
        return None
    path = _user_folder / name
    return path if path.is_file() else None


def _read_user_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except OSError as err:
        raise LexiconError(f"{path}: cannot read the user lexicon file: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise LexiconError(f"{path}: not UTF-8: byte {err.start}") from err


@attrs.frozen
class _Shape:
    """What every line of one file must look like."""

    name: str
    schema: FileSchema | None
    columns: int
    low: int
    diacritics: bool


def _parse(shape: _Shape, text: str, file: str, *, user: bool = False) -> tuple[list[Row], list[Row], bool]:
    """The rows of ``text``, each line checked; for a user file also the lines it removes (``!`` + a shipped
    line) and whether it replaces the shipped file."""
    rows: list[Row] = []
    removed: list[Row] = []
    replace = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if user and line.strip().lower() == REPLACE_DIRECTIVE:
            replace = True
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{file}, line {number}"
        target = rows
        if user and line.startswith(REMOVE_PREFIX):
            line, target = line[len(REMOVE_PREFIX):], removed
        if unicodedata.normalize("NFC", line) != line:
            raise LexiconError(f"{where}: entry is not NFC: {line!r}")
        if not shape.diacritics and _DIACRITIC_RE.search(line):
            raise LexiconError(f"{where}: entry has diacritics or tatweel, which lookups never see: {line!r}")
        fields = [f.strip() for f in line.split("\t")]
        if not shape.low <= len(fields) <= shape.columns:
            want = str(shape.columns) if shape.low == shape.columns else f"{shape.low} to {shape.columns}"
            raise LexiconError(f"{where}: expected {want} TAB-separated columns, found {len(fields)}: {line!r}")
        if any(not f for f in fields[:shape.low]):
            raise LexiconError(f"{where}: empty column in {line!r}")
        fields += [""] * (shape.columns - len(fields))
        if shape.schema is not None:
            _check_columns(shape.schema, where, fields)
        target.append(Row(fields, number, file))
    return rows, removed, replace


def _merge(shape: _Shape, shipped: list[Row], added: list[Row], removed: list[Row], replace: bool) -> list[Row]:
    """The shipped rows with a user file's rows: its removals applied, then its rows added; where the first
    column names one entry (``unique_first``), a user row replaces the shipped row of the same first column.
    A sorted file stays sorted, so every loader sees a file shaped like the shipped one."""
    base = [] if replace else list(shipped)
    present = {r.fields for r in base}
    for r in removed:
        if r.fields not in present:
            raise LexiconError(f"{r.where(shape.name)}: removes a line that {shape.name} does not have: "
                               f"{chr(9).join(r.fields).rstrip()!r}")
    gone = {r.fields for r in removed}
    unique = shape.schema is not None and shape.schema.unique_first
    # A user row takes the place of the shipped row it replaces (same first column, or the same line).
    by_key = {(r[0] if unique else r.fields): r for r in added}
    used: set[int] = set()
    merged: list[Row] = []
    for r in base:
        user_row = by_key.get(r[0] if unique else r.fields)
        if user_row is not None:
            if id(user_row) not in used:
                merged.append(user_row)
                used.add(id(user_row))
        elif r.fields not in gone:
            merged.append(r)
    merged += [r for r in added if id(r) not in used]
    if shape.schema is not None and shape.schema.order is not None:
        order = shape.schema.order
        merged.sort(key=(lambda r: r[0]) if order == "first" else (lambda r: (r[1], r[0])))
    return merged


@functools.cache
def read_rows(name: str, columns: int | None = None, *, min_columns: int | None = None,
              diacritics: bool = False) -> tuple[Row, ...]:
    """Rows of the TAB-separated data file ``name``, validated.

    A file the package ships is checked against its schema (:mod:`claimtrack.lexicon.schema`): column count,
    allowed values of enum columns, numbers, NFC, no diacritics unless allowed, no duplicate lines, order.
    ``columns``, when given, must agree with the schema.  For a file without a schema, each row must have
    between ``min_columns`` (default: ``columns``) and ``columns`` fields, be NFC and (unless ``diacritics``)
    carry no Arabic diacritics or tatweel.  Missing trailing fields are filled with ``""``.

    With a user lexicon in use (:func:`claimtrack.lexicon.use_user_lexicon`), a file of the same name in its
    folder is checked line by line in the same way and merged in (see :mod:`claimtrack.lexicon.user`).
    """
    schema = schema_of(name)
    if schema is not None:
        if columns is not None and columns != schema.width:
            raise LexiconError(f"claimtrack/data/{name}: read with {columns} columns, but its schema has {schema.width}")
        shape = _Shape(name, schema, schema.width, schema.min_width, schema.diacritics)
    elif columns is None:
        raise LexiconError(f"data file {name!r} has no schema: give its number of columns")
    else:
        shape = _Shape(name, None, columns, columns if min_columns is None else min_columns, diacritics)
    rows, _, _ = _parse(shape, _read_text(name), f"claimtrack/data/{name}")
    if not rows:
        raise LexiconError(f"data file {name!r} has no entries")
    if schema is not None:
        _check_rows(schema, rows)
    user = _user_file(name)
    if user is not None:
        added, removed, replace = _parse(shape, _read_user_text(user), str(user), user=True)
        if schema is not None:
            _check_rows(attrs.evolve(schema, order=None), added)  # no repeats within the file; any order
        rows = _merge(shape, rows, added, removed, replace)
        if not rows:
            raise LexiconError(f"{user}: leaves {name} with no entries")
        if schema is not None:
            _check_rows(schema, rows)
    return tuple(rows)


def _check_columns(schema: FileSchema, where: str, fields: list[str]) -> None:
    for column, value in zip(schema.columns, fields):
        if not value:
            continue
        if column.kind == "enum" and value not in column.values:
            raise LexiconError(f"{where}: {column.name} {value!r} is not one of {sorted(column.values)}")
        if column.kind == "word" and len(value.split()) != 1:
            raise LexiconError(f"{where}: {column.name} {value!r} is not one word")
        if column.kind == "phrase" and len(value.split()) < 2:
            raise LexiconError(f"{where}: {column.name} {value!r} is not a phrase of two words or more")
        if column.kind in ("integer", "number"):
            try:
                number = int(value) if column.kind == "integer" else float(value)
            except ValueError:
                raise LexiconError(f"{where}: {column.name} {value!r} is not a{'n integer' if column.kind == 'integer' else ' number'}") from None
            if (column.low is not None and number < column.low) or (column.high is not None and number > column.high):
                raise LexiconError(f"{where}: {column.name} {value!r} is outside {column.low}..{column.high}")


def _check_rows(schema: FileSchema, rows: list[Row]) -> None:
    name = schema.name
    seen: dict[tuple[str, ...], Row] = {}
    firsts: dict[str, Row] = {}
    for row in rows:
        if row.fields in seen:
            raise LexiconError(f"{row.where(name)}: repeats {_line_of(seen[row.fields], row)}")
        seen[row.fields] = row
        if schema.unique_first and row[0] in firsts:
            raise LexiconError(f"{row.where(name)}: {row[0]!r} is already listed on {_line_of(firsts[row[0]], row)}")
        firsts.setdefault(row[0], row)
    if schema.order is not None:
        key = (lambda r: r[0]) if schema.order == "first" else (lambda r: (r[1], r[0]))
        for before, after in zip(rows, rows[1:]):
            if key(after) < key(before):
                column = "first column" if schema.order == "first" else "second column, then the first"
                raise LexiconError(f"{after.where(name)}: not sorted by the {column} (after {_line_of(before, after)})")


def _line_of(row: Row, other: Row) -> str:
    """``"line 12"``, or ``"line 12 of <file>"`` when ``row`` comes from another file than ``other``."""
    return f"line {row.line}" if row.file == other.file else f"line {row.line} of {row.file}"


def read_words(name: str) -> tuple[str, ...]:
    """Entries of a one-column data file, in file order."""
    return tuple(row[0] for row in read_rows(name, 1))


def check_choice(name: str, row: Row, value: str, allowed: frozenset[str] | set[str]) -> str:
    """Return ``value`` if it is one of ``allowed``, else raise :class:`LexiconError` for ``row``."""
    if value not in allowed:
        raise LexiconError(f"{row.where(name)}: {value!r} is not one of {sorted(allowed)}")
    return value
