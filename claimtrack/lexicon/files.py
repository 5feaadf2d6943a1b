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
def read_rows(name: str, columns: int, *, min_columns: int | None = None, diacritics: bool = False) -> tuple[Row, ...]:
    """Rows of the TAB-separated data file ``name``, validated.

    Each row must have between ``min_columns`` (default: ``columns``) and ``columns`` fields, be NFC, and
    (unless ``diacritics``) carry no Arabic diacritics or tatweel.  Missing trailing fields are filled with
    ``""``.
    """
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
        rows.append(Row(fields, number))
    if not rows:
        raise LexiconError(f"data file {name!r} has no entries")
    return tuple(rows)


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
