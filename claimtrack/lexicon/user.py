"""A user lexicon: a folder of data files that add to, or override, the word lists claimtrack ships.

A newsroom adds the names, reporting verbs or antonym pairs of its own beat without editing the installed
package: a file in the folder named like a shipped data file (``aliases.tsv``, ``reporting_verbs.tsv``,
``antonyms.tsv``, any name :func:`claimtrack.lexicon.data_files` lists) is merged with that file:

- each line is checked as a shipped line is (:mod:`claimtrack.lexicon.schema`: columns, allowed values,
  numbers, NFC, no diacritics), and the file must not repeat a line or, where the shipped file lists each
  entry once, an entry; only the order is free (the merged rows are sorted as the shipped file is);
- its lines are added; where the shipped file lists each entry once (``reporting_verbs.tsv``: one line per
  lemma, ``sources.tsv``: per word), a user line replaces the shipped line of the same first column;
- a line ``!`` + a shipped line (TAB-separated as shipped) removes that line: ``!تونس<TAB>تونس<TAB>place``;
- the comment line ``# claimtrack: replace`` makes the file replace the shipped one altogether.

A bad line raises :class:`~claimtrack.errors.LexiconError` naming the user's file and line, as soon as
:func:`use_user_lexicon` is called: every file of the folder is read and the grammar compiled then, and on an
error the lexicon in use before is kept (``constructions.tsv`` and ``construction_patterns.tsv``, which the
attribution stage reads, are checked line by line then and as a table when first used).

>>> use_user_lexicon("newsroom_lexicon/")  # doctest: +SKIP
>>> use_user_lexicon(None)  # back to the shipped lexicon  # doctest: +SKIP
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from .files import data_files, read_rows, set_user_folder, user_folder

__all__ = ["claimtrack_caches", "reset_caches", "use_user_lexicon", "user_lexicon"]


def user_lexicon() -> Path | None:
    """The user lexicon folder in use, or None when only the shipped data files are read."""
    return user_folder()


def reset_caches() -> None:
    """Forget everything built from the data files (word lists, compiled patterns, alias tables, stems), so
    that the next use reads the lexicon in use now.

    Every such cache in claimtrack is a :func:`functools.cache` of a function or method of a claimtrack
    module; all of them are cleared (the caches of the text functions built on them, too: a claim key
    cached under the old lexicon would be wrong under the new one).  Corpora built before keep the
    analysis they have already cached."""
    for cached in claimtrack_caches():
        cached.cache_clear()


def claimtrack_caches() -> "Iterator[Any]":
    """Every cached function or method (:mod:`functools` caches: they have ``cache_clear``), and every other object
    with a ``cache_clear`` (the token table's kept readings), of the claimtrack modules
    imported now, each once."""
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "claimtrack" or name.startswith("claimtrack.")):
            continue
        for value in list(vars(module).values()):
            candidates = [value]
            if isinstance(value, type) and value.__module__ == name:
                candidates += list(vars(value).values())
            for candidate in candidates:
                if isinstance(candidate, type):
                    continue  # a class's cache_clear is its instances' (token_table's kept readings)
                clear = getattr(candidate, "cache_clear", None)
                if callable(clear) and getattr(candidate, "__module__", "").startswith("claimtrack") \
                        and id(candidate) not in seen:
                    seen.add(id(candidate))
                    yield candidate


def _check(folder: Path) -> None:
    """Read every file of ``folder`` merged with the shipped one, and build what is built from them, so a bad
    line is reported now rather than in the middle of an extraction."""
    shipped = set(data_files())
    # Data files are .tsv and .txt files; anything else in the folder (a README.md, notes) is left alone.
    names = sorted(p.name for p in folder.iterdir()
                   if p.is_file() and p.suffix in (".tsv", ".txt") and not p.name.startswith("."))
    for name in names:
        if name not in shipped:
            raise LexiconError(f"{folder / name}: not a claimtrack data file; a user lexicon holds files named as "
                               f"the shipped ones: only {sorted(shipped)}")
    for name in names:
        read_rows(name)
    # The typed loaders of this package check more than single lines (one type per canonical alias, the
    # verb table's inflections): build them now.  (The attribution stage's tables, constructions.tsv and
    # construction_patterns.tsv, are checked when first used, their errors naming the user's file too.)
    from .aliases import aliases
    from .grammar import grammar

    aliases()
    grammar()


def use_user_lexicon(path: "str | os.PathLike[str] | None") -> None:
    """Read the data files in the folder ``path`` on top of the shipped ones, from now on (None: the shipped
    ones alone).  See :mod:`claimtrack.lexicon.user` for how a file adds, replaces or removes lines.

    Every cache built from the data files is reset (:func:`reset_caches`), and every file of the folder is
    read and checked at once: a bad line raises :class:`~claimtrack.errors.LexiconError` naming its file and
    line, and the lexicon in use before is kept.  A :class:`~claimtrack.Corpus` built before the call keeps
    what it has already analysed: build a new one.  Worker processes (``--jobs``) inherit the setting."""
    previous = user_folder()
    folder = None if path is None else Path(path)
    if folder is not None and not folder.is_dir():
        raise LexiconError(f"{folder}: no such folder for a user lexicon")
    set_user_folder(folder)
    reset_caches()
    if folder is None:
        return
    try:
        _check(folder)
    except Exception:
        set_user_folder(previous)
        reset_caches()
        raise
