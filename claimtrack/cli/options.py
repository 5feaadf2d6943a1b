"""Options more than one command takes: the global ones, ``--format`` and ``-o``, the inputs, ``--jobs``;
and ``-`` (standard input) for the options that name one file."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError
from ..reader import MAX_ARTICLE_BYTES, check_encoding
from ..reader.legacy import AUTO
from ..parallel import default_jobs

__all__ = ["SKIPPED", "STDIN", "add_fields", "add_format", "add_global_options", "add_inputs", "add_jobs", "add_outlets",
           "progress", "reading", "take_stdin"]

SKIPPED = 3  # exit status: some records were bad and skipped (each reported), the good ones were used
STDIN = "<stdin>"  # how an error message names standard input, as the record reader does

_FORMAT_HELP = {
    "table": "a table for reading in a terminal",
    "text": "plain text for reading",
    "markdown": "Markdown",
    "json": "one JSON document",
    "jsonl": "one JSON object a line",
    "csv": "CSV, one row per record (spans as text, start and end columns)",
}


def add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Options every command takes, before its name (``top``) or after it; an option given after the name
    overrides the one before (``SUPPRESS`` keeps the global value when it is not given again).  A new global
    option (``--lexicon DIR``) is added here, once, and reaches every command."""
    default = False if top else argparse.SUPPRESS
    parser.add_argument("--debug", action="store_true", default=default,
                        help="on an error, also print the Python traceback")
    parser.add_argument("--lexicon", metavar="DIR", default=None if top else argparse.SUPPRESS,
                        help="a folder of data files (aliases.tsv, reporting_verbs.tsv, antonyms.tsv, ...) that add "
                             "to or override the shipped lexicons; checked like them")
    parser.add_argument("--encoding", metavar="NAME", type=_encoding, default=None if top else argparse.SUPPRESS,
                        help="the encoding of files without a byte order mark (e.g. cp1256, iso8859_6); a BOM "
                             "always decides. Default: UTF-8, and a file that is not UTF-8 is read as Windows-1256 "
                             "or ISO-8859-6 when the optional extra claimtrack[encodings] detects Arabic in one "
                             "of them (auto)")
    parser.add_argument("--max-bytes", metavar="N", type=_max_bytes,
                        default=MAX_ARTICLE_BYTES if top else argparse.SUPPRESS,
                        help=f"refuse an article file or record longer than N bytes (default {MAX_ARTICLE_BYTES}; "
                             "0: no limit)")


def _encoding(name: str) -> str:
    try:
        return check_encoding(name)
    except InputError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _max_bytes(text: str) -> int | None:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of bytes (0: no limit)")
    return value or None


def reading(args: argparse.Namespace) -> dict:
    """The keyword arguments of :func:`~claimtrack.inputs.load_articles` that the global and input options set:
    the encoding (``auto`` when none is given: UTF-8, or a legacy Arabic code page detected with the extra
    ``claimtrack[encodings]``), the size limit, the record fields (``--field``) and the list that collects
    the bad records skipped (``args.skipped``, which :func:`claimtrack.cli.main` reports)."""
    from ..reader.records import parse_fields

    return {"encoding": args.encoding or AUTO, "max_bytes": args.max_bytes,
            "fields": parse_fields(getattr(args, "field", None)), "skipped": getattr(args, "skipped", None)}


def add_format(parser: argparse.ArgumentParser, formats: Sequence[str], default: str, what: str) -> None:
    """``--format`` with ``formats`` and ``-o FILE``; ``what`` ends the help: what one record is."""
    shown = ", ".join(f"{f}{' (default)' if f == default else ''}: {_FORMAT_HELP[f]}" for f in formats)
    parser.add_argument("--format", choices=tuple(formats), default=default, help=f"{shown}. {what}")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output (a temporary file renamed when done, so "
                             "FILE is never left half-written); - is standard output")


def add_inputs(parser: argparse.ArgumentParser, name: str = "paths", *, required: bool = True) -> None:
    parser.add_argument(name, nargs="+" if required else "*", metavar="PATH",
                        help="article files (UTF-8 text) or folders of them; HTML pages (.html, .htm; with the extra "
                             "claimtrack[web]); records in .jsonl, .json, .csv or .zip; - for JSON lines on standard "
                             "input")
    add_fields(parser)


def add_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--field", action="append", metavar="FIELD=NAME",
                        help="the record field holding FIELD (id, title, text, outlet, published, url, author), "
                             "repeatable: --field text=body")


def add_outlets(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--outlets", metavar="FILE",
                        help="JSON mapping article ids to outlet names (default: outlets.json in a folder; - reads "
                             "it from standard input)")


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return n


def add_jobs(parser: argparse.ArgumentParser) -> None:
    """``--jobs N`` and ``-q``/``--quiet``: the options of a command that reads many articles."""
    parser.add_argument("--jobs", type=_jobs, default=default_jobs(), metavar="N",
                        help="read and extract the articles in N processes (default: the number of cores; "
                             "1: one process); the output is the same")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress on stderr (progress is shown only when stderr is a terminal)")


def progress(args: argparse.Namespace) -> bool:
    """Whether to show progress: stderr is a terminal and ``--quiet`` is not given."""
    return not getattr(args, "quiet", False) and sys.stderr.isatty()


# Options naming one file that may be "-"; the article inputs read "-" themselves (reader/records.py).
_FILE_OPTIONS = ("gold", "clusters", "stories", "stance", "track", "pairs", "outlets")
_INPUT_LISTS = ("paths", "files")


def take_stdin(args: argparse.Namespace) -> "tuple[tempfile.TemporaryDirectory | None, dict[str, str]]":
    """Standard input for the one file option given as ``-``: copied into a temporary folder and the option
    pointed at the copy.  Returns the folder (to clean up; None when no option is ``-``) and {copy's path:
    ``<stdin>``} to name it so in messages.  Standard input named twice (two options, or an option and an
    article input ``-``) is an :class:`InputError`."""
    users = [name.upper() if name == "gold" else f"--{name}" for name in _FILE_OPTIONS
             if getattr(args, name, None) == "-"]
    users += ["an article input" for name in _INPUT_LISTS if "-" in (getattr(args, name, None) or ())]
    if len(users) > 1:
        raise InputError(f"standard input (-) can be read only once, but {' and '.join(users)} name it")
    for name in _FILE_OPTIONS:
        if getattr(args, name, None) == "-":
            if sys.stdin is None:
                raise InputError("standard input is closed; give a file instead of -")
            folder = tempfile.TemporaryDirectory(prefix="claimtrack-stdin-")
            copy = Path(folder.name) / STDIN
            source = getattr(sys.stdin, "buffer", None)
            with open(copy, "wb") as f:
                if source is not None:
                    shutil.copyfileobj(source, f)
                else:  # a text stream (a test's StringIO)
                    f.write(sys.stdin.read().encode("utf-8"))
            setattr(args, name, str(copy))
            return folder, {str(copy): STDIN}
    return None, {}
