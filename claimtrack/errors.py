"""Exceptions raised by claimtrack.

Everything the library raises on purpose derives from :class:`ClaimtrackError`, so callers can catch one
type.  Input problems are also :class:`ValueError`, which is what most callers already expect.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterator
from pathlib import Path

__all__ = ["ClaimtrackError", "InputError", "LexiconError", "reading_file"]


class ClaimtrackError(Exception):
    """Root of every error claimtrack raises on purpose."""


class InputError(ClaimtrackError, ValueError):
    """A file or string given to claimtrack cannot be read or is not valid.

    The message always names the file (or the argument) and says what is wrong with it.
    """


class LexiconError(ClaimtrackError):
    """A line of a data file in ``claimtrack/data`` is malformed.

    The message names the file and the line number.
    """


@contextlib.contextmanager
def reading_file(path: "str | Path", what: str) -> Iterator[None]:
    """Around a loader that opens a file itself (a stance CSV, claims' search results as JSON lines, gzipped or
    not): a file that is missing, a folder, not UTF-8 or a broken gzip becomes an :class:`InputError` naming it."""
    try:
        yield
    except UnicodeDecodeError as err:
        # (no byte offset: the loader decodes a stream, and the error's position is within one buffer of it)
        raise InputError(f"{path}: not valid UTF-8 (0x{err.object[err.start]:02x}); save the {what} as UTF-8"
                         f"{' (gzipped or not)' if what.endswith('lines') else ''}") from err
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except IsADirectoryError as err:
        raise InputError(f"{path}: is a directory, not {what}") from err
    except (EOFError, zlib.error, OSError) as err:  # gzip.BadGzipFile is an OSError
        raise InputError(f"{path}: cannot be read as {what}: {getattr(err, 'strerror', None) or err}") from err
