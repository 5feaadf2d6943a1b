"""Exceptions raised by claimtrack.

Everything the library raises on purpose derives from :class:`ClaimtrackError`, so callers can catch one
type.  Input problems are also :class:`ValueError`, which is what most callers already expect.
"""

from __future__ import annotations

__all__ = ["ClaimtrackError", "InputError", "LexiconError"]


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
