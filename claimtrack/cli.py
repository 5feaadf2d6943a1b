"""The ``claimtrack`` command line: argument parsing and printing only; the work is in the library.

Exit codes: 0 success, 1 an input or data error (message on stderr, naming the file), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__
from .errors import ClaimtrackError
from .models import Article
from .reader import read_article
from .sentences import split_sentences

__all__ = ["main"]


def iter_paths(paths: Sequence[str]) -> Iterator[Path]:
    """Article files named by ``paths``: files as given, folders expanded to their ``*.txt`` files."""
    for name in paths:
        p = Path(name)
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix == ".txt")
            if not files:
                raise ClaimtrackError(f"{p}: folder holds no .txt article files")
            yield from files
        else:
            yield p


def load_articles(paths: Sequence[str]) -> list[Article]:
    return [read_article(p) for p in iter_paths(paths)]


def _write_jsonl(rows: "Iterator[dict] | list[dict]", out) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _cmd_sentences(args: argparse.Namespace, out) -> int:
    for article in load_articles(args.files):
        sentences = split_sentences(article, headlines=args.headlines)
        if args.format == "jsonl":
            _write_jsonl(
                ({"article": article.id, "index": s.index, "kind": s.kind, "start": s.start, "end": s.end, "text": s.text} for s in sentences),
                out,
            )
            continue
        out.write(f"# {article.id}\n")
        for s in sentences:
            out.write(f"{s.index + 1:>3}  {s.text}\n")
        out.write("\n")
    return 0


def _cmd_demo(args: argparse.Namespace, out) -> int:
    for article in load_articles(args.paths):
        sentences = split_sentences(article)
        date = article.published.isoformat() if article.published else "-"
        out.write(f"{article.id}\n")
        out.write(f"  headline:   {article.headline}\n")
        out.write(f"  published:  {date}\n")
        out.write(f"  paragraphs: {len(article.paragraphs)}\n")
        out.write(f"  sentences:  {len(sentences)}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrack",
        description="Track claims and their sources across Arabic news outlets.",
    )
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("sentences", help="split articles into numbered sentences",
                       description="Print the body sentences of each article, numbered, or as JSON lines.")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files (UTF-8 text) or folders of them")
    p.add_argument("--format", choices=("text", "jsonl"), default="text",
                   help="text (default): numbered sentences per article; jsonl: one JSON object per sentence")
    p.add_argument("--headlines", action="store_true", help="include headline and sub-headline lines")
    p.set_defaults(func=_cmd_sentences)

    p = sub.add_parser("demo", help="summarize articles: headline, date, paragraphs, sentences",
                       description="Print each article's headline, publication date, paragraph and sentence counts.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.set_defaults(func=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    try:
        return int(args.func(args, out) or 0)
    except ClaimtrackError as err:
        print(f"claimtrack: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
