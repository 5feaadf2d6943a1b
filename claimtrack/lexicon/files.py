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
import unicodedata

import attrs
import regex

from ..errors import LexiconError
from .schema import FileSchema, schema_of

__all__ = ["Row", "data_files", "read_rows", "read_words"]

# Harakat, shadda, sukun (U+064B..U+065F) and the superscript alef (U+0670) must not appear in entries:
# lookups happen on normalized text, where they have been removed.
_DIACRITIC_RE = regex.compile(r"[\u064B-\u065F\u0670\u0640]")


def str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    """attrs converter: any iterable of strings as a tuple."""
    return tuple(values)


@attrs.frozen
class Row:
    """One entry of a data file: its columns and the 1-based line it came from."""

    fields: tuple[str, ...] = attrs.field(converter=str_tuple)
    line: int

    def __getitem__(self, index: int) -> str:
        return self.fields[index]


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


@functools.cache
def read_rows(name: str, columns: int | None = None, *, min_columns: int | None = None,
              diacritics: bool = False) -> tuple[Row, ...]:
    """Rows of the TAB-separated data file ``name``, validated.

    A file the package ships is checked against its schema (:mod:`claimtrack.lexicon.schema`): column count,
    allowed values of enum columns, numbers, NFC, no diacritics unless allowed, no duplicate lines, order.
    ``columns``, when given, must agree with the schema.  For another file (a user lexicon), each row must
    have between ``min_columns`` (default: ``columns``) and ``columns`` fields, be NFC and (unless
    ``diacritics``) carry no Arabic diacritics or tatweel.  Missing trailing fields are filled with ``""``.
    """
    schema = schema_of(name)
    if schema is not None:
        if columns is not None and columns != schema.width:
            raise LexiconError(f"claimtrack/data/{name}: read with {columns} columns, but its schema has {schema.width}")
        columns, low, diacritics = schema.width, schema.min_width, schema.diacritics
    elif columns is None:
        raise LexiconError(f"data file {name!r} has no schema: give its number of columns")
    else:
        low = columns if min_columns is None else min_columns
    rows: list[Row] = []
    for number, raw in enumerate(_read_text(name).splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"claimtrack/data/{name}, line {number}"
        if unicodedata.normalize("NFC", line) != line:
            raise LexiconError(f"{where}: entry is not NFC: {line!r}")
        if not diacritics and _DIACRITIC_RE.search(line):
            raise LexiconError(f"{where}: entry has diacritics or tatweel, which lookups never see: {line!r}")
        fields = [f.strip() for f in line.split("\t")]
        if not low <= len(fields) <= columns:
            want = str(columns) if low == columns else f"{low} to {columns}"
            raise LexiconError(f"{where}: expected {want} TAB-separated columns, found {len(fields)}: {line!r}")
        if any(not f for f in fields[:low]):
            raise LexiconError(f"{where}: empty column in {line!r}")
        fields += [""] * (columns - len(fields))
        if schema is not None:
            _check_columns(schema, where, fields)
        rows.append(Row(fields, number))
    if not rows:
        raise LexiconError(f"data file {name!r} has no entries")
    if schema is not None:
        _check_rows(schema, rows)
    return tuple(rows)


def _check_columns(schema: FileSchema, where: str, fields: list[str]) -> None:
    for column, value in zip(schema.columns, fields):
        if not value:
            continue
        if column.kind == "enum" and value not in column.values:
            raise LexiconError(f"{where}: {column.name} {value!r} is not one of {sorted(column.values)}")
        if column.kind in ("integer", "number"):
            try:
                number = int(value) if column.kind == "integer" else float(value)
            except ValueError:
                raise LexiconError(f"{where}: {column.name} {value!r} is not a{'n integer' if column.kind == 'integer' else ' number'}") from None
            if (column.low is not None and number < column.low) or (column.high is not None and number > column.high):
                raise LexiconError(f"{where}: {column.name} {value!r} is outside {column.low}..{column.high}")


def _check_rows(schema: FileSchema, rows: list[Row]) -> None:
    where = f"claimtrack/data/{schema.name}"
    seen: dict[tuple[str, ...], int] = {}
    firsts: dict[str, int] = {}
    for row in rows:
        if row.fields in seen:
            raise LexiconError(f"{where}, line {row.line}: repeats line {seen[row.fields]}")
        seen[row.fields] = row.line
        if schema.unique_first and row[0] in firsts:
            raise LexiconError(f"{where}, line {row.line}: {row[0]!r} is already listed on line {firsts[row[0]]}")
        firsts.setdefault(row[0], row.line)
    if schema.order is not None:
        key = (lambda r: r[0]) if schema.order == "first" else (lambda r: (r[1], r[0]))
        for before, after in zip(rows, rows[1:]):
            if key(after) < key(before):
                column = "first column" if schema.order == "first" else "second column, then the first"
                raise LexiconError(f"{where}, line {after.line}: not sorted by the {column} (after line {before.line})")


def read_words(name: str) -> tuple[str, ...]:
    """Entries of a one-column data file, in file order."""
    return tuple(row[0] for row in read_rows(name, 1))


def check_choice(name: str, row: Row, value: str, allowed: frozenset[str] | set[str]) -> str:
    """Return ``value`` if it is one of ``allowed``, else raise :class:`LexiconError` for ``row``."""
    if value not in allowed:
        raise LexiconError(
            f"claimtrack/data/{name}, line {row.line}: {value!r} is not one of {sorted(allowed)}"
        )
    return value
