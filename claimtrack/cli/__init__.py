"""The ``claimtrack`` command line: argument parsing and printing only; the work is in the library.

One module per group of commands (``articles``: sentences, extract, demo; ``evaluation``: eval; ``claims``:
match, find, relate, contradictions; ``comparison``: compare; ``track``: the tracker's commands),
the options they share in ``options`` and the writing of every format in ``output``.

Exit codes: 0 success, 1 an input or data error (message on stderr, naming the file), 2 bad usage, 3 some
bad records skipped (each named on stderr with its file and line) and the good ones used.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from .. import __version__
from ..errors import ClaimtrackError
from ..lexicon.user import use_user_lexicon
from . import articles, claims, comparison, evaluation, track
from .options import SKIPPED, add_global_options, take_stdin
from .output import Output, cell, display_width, write_file, write_table

__all__ = ["build_parser", "main", "write_file", "write_table"]

# The names the tests of the table cells import (tests/test_hostile.py).
_cell, _width = cell, display_width


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrack",
        description="Track claims and their sources across Arabic news outlets.",
    )
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    articles.register(sub)
    evaluation.register(sub)
    claims.register(sub)
    comparison.register(sub)
    nested = track.register(sub)
    for command in [*sub.choices.values(), *nested]:  # the global options also after the command's name
        add_global_options(command, top=False)
    return parser


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush of what is still buffered neither
    fails again nor prints "Exception ignored" (the recipe of the Python docs for SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass  # no real file behind sys.stdout (under a test runner): nothing will be flushed


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code: 0 success, 1 an error (one line on stderr naming the file
    and what is wrong; ``--debug`` adds the traceback), 2 bad usage.  With several files, the ones that can be
    read are processed and those that cannot are listed at the end (exit code 1).  With ``-o FILE`` the output
    goes to FILE, put in place only when the command has run (also when some inputs were skipped)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.failures = []
    args.skipped = []  # bad records left out, reported at the end (exit status SKIPPED)
    path = getattr(args, "output", None)
    if sys.stdout is None and path in (None, "-"):  # started with standard output closed (`>&-`)
        print("claimtrack: error: standard output is closed; redirect it to a file or /dev/null", file=sys.stderr)
        return 1
    _tolerate_file_names()
    names: dict[str, str] = {}
    spool = None
    try:
        if args.lexicon is not None:
            use_user_lexicon(args.lexicon)
        spool, names = take_stdin(args)
        out = Output(sys.stdout, None if path in (None, "-") else path)
        code = int(args.func(args, out) or 0)
        out.commit()
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except KeyboardInterrupt:
        _report_failures(args.failures, names, args.skipped)
        print("claimtrack: interrupted", file=sys.stderr)
        return 130
    except ClaimtrackError as err:
        if args.debug:
            traceback.print_exc()
        _report_failures(args.failures, names, args.skipped)
        print(f"claimtrack: error: {_named(str(err), names)}", file=sys.stderr)
        if str(err).startswith("standard output:"):
            _drop_stdout()
        return 1
    except Exception as err:  # a bug, most likely: still one line, the traceback with --debug
        if args.debug:
            raise
        _report_failures(args.failures, names, args.skipped)
        print(f"claimtrack: internal error: {type(err).__name__}: {err} (run again with --debug for the traceback)",
              file=sys.stderr)
        return 1
    finally:
        if spool is not None:
            spool.cleanup()
    _report_failures(args.failures, names, args.skipped)
    if args.failures:
        return 1
    return SKIPPED if args.skipped and code == 0 else code


def _tolerate_file_names() -> None:
    """A file name that is not valid UTF-8 reaches Python as lone surrogates; print it back as the bytes it
    was (``surrogateescape``) instead of failing on it when standard output is strict."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdout, "errors", None) == "strict":
        try:
            reconfigure(errors="surrogateescape")
        except (AttributeError, OSError, ValueError):
            pass


def _named(message: str, names: dict[str, str]) -> str:
    """``message`` with the copy of standard input named ``<stdin>``."""
    for path, name in names.items():
        message = message.replace(path, name)
    return message


def _report_failures(failures: list[str], names: dict[str, str], skipped: "list[str] | None" = None) -> None:
    for line in skipped or ():
        print(f"claimtrack: skipped: {_named(line, names)}", file=sys.stderr)
    if len(failures) > 1:
        print(f"claimtrack: error: {len(failures)} inputs could not be used:", file=sys.stderr)
    for line in failures:
        print(f"claimtrack: error: {_named(line, names)}", file=sys.stderr)
