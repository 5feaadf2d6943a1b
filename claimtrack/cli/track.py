"""``claimtrack track``: add articles to a tracker file and query it.

    claimtrack track add DB PATH...            articles: .txt files, HTML pages or folders, .jsonl/.json/.csv/.zip
                                               records, -
    claimtrack track stories DB                stories, most outlets first
    claimtrack track show DB STORY             a story's claims
    claimtrack track timeline DB STORY         a story in the order its statements were made (said_on, else
                                               publication): first reported, echoed, updated, denied, disputed
    claimtrack track export DB                 every attribution with its claim and story (JSON lines)
    claimtrack track stats DB --format json    {"articles": n, "attributions": n, "claims": n, "stories": n, "marks": n}
    claimtrack track reindex DB                extract and match everything again
    claimtrack track remark DB [--all]         mark the articles not yet marked (or all of them again)

Every command takes ``--format`` (json, jsonl, csv and a table or text) and ``-o FILE``, as the others.
Exit codes as the rest of the command line (0, 1 an input error, 2 bad usage, 3 when bad records were
skipped -- each reported on stderr with its file and line -- and the good ones stored).  A file ``add``
cannot read is reported, the others are stored, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from ..errors import InputError
from ..inputs import PROGRESS_AT, load_articles, no_records
from ..models import Article
from ..reader import read_outlets
from ..reader.records import RecordReader, is_record_path
from .options import SKIPPED, add_fields, add_format, progress, reading
from .output import MACHINE_FORMATS, flatten, said_on_cell, write_records, write_table

__all__ = ["SKIPPED", "register"]

STATS_COLUMNS = ("articles", "attributions", "claims", "stories", "marks")
STORY_COLUMNS = ("id", "label", "claims", "attributions", "articles", "outlets", "first", "last")
CLAIM_COLUMNS = ("id", "story", "label", "attributions", "outlets", "first")
EVENT_COLUMNS = ("event", "published", "said_on", "said_on_from", "said_on_to", "outlet", "article", "attribution",
                 "claim", "source", "cue", "content")
# The CSV of export (as before the shared formats): the attribution's main spans with its article, claim, story.
EXPORT_COLUMNS = ("id", "article", "outlet", "published", "url", "claim", "story", "cue", "cue_start", "cue_end",
                  "source", "source_start", "source_end", "content", "content_start", "content_end", "quote",
                  "said_on_from", "said_on_to", "said_on_text", "said_on_start", "said_on_end")


def _articles(paths: list[str], reader: RecordReader, outlets: str | None, failures: list[str]) -> Iterator[Article]:
    """The articles of ``paths``.  Outlets (and dates) come from ``outlets`` (a JSON mapping, as for every
    command) for the ids it names, records or files; otherwise from a record's own outlet field, or for .txt
    files and HTML pages from the ``outlets.json`` in their folder (:func:`claimtrack.inputs.load_articles`).
    A file that cannot be read goes to ``failures`` and the others are read; bad records stay in the
    reader's ``problems``."""
    mapping = read_outlets(outlets) if outlets else {}
    files = [p for p in paths if not is_record_path(p)]
    for name in paths:
        if is_record_path(name):
            read, problems, unread = 0, len(reader.problems), len(reader.unread)
            try:
                for article in reader.read(name):
                    read += 1
                    outlet, published = mapping.get(article.id, (None, None))
                    if outlet is not None or published is not None:
                        at = published if isinstance(published, dt.datetime) else None
                        day = at.date() if at else published
                        own = article.published_at  # the record's time, kept when the mapping names its day
                        if own is not None and day is not None and own.date() != day:
                            own = None
                        article = attrs.evolve(article, outlet=outlet or article.outlet,
                                               published=day or article.published, published_at=at or own)
                    yield article
            except InputError as err:  # the file itself cannot be read: the others still are
                failures.append(str(err))
                continue
            if not read and len(reader.problems) == problems:  # an empty file, or a zip of .txt files: said as
                failures.append(no_records(name, reader.unread[unread:]))  # the other commands say it
        elif name == (files[0] if files else None):
            # .txt files, HTML pages and folders of them, as every other command reads them
            try:
                yield from load_articles(files, outlets, failures=failures, encoding=reader.encoding,
                                         max_bytes=reader.max_bytes)
            except InputError as err:  # none of them could be read (each is in failures, or this one)
                if not failures:
                    failures.append(str(err))


@contextlib.contextmanager
def _open(args: argparse.Namespace) -> "Iterator[Any]":
    """The store ``args.db`` for a command that reads it: one that does not exist is an error (opening it would
    make an empty store at a mistyped path, and every story would be "not in the store"), and an error
    names the store."""
    from ..store import Tracker  # here: `extract` does not import the store

    if not Path(args.db).is_file():
        raise InputError(f"{args.db}: no such store (claimtrack track add {args.db} PATH... makes one)")
    try:
        with Tracker(args.db) as tracker:
            unmarked = tracker.db.execute("SELECT count(*) FROM articles WHERE marked = 0").fetchone()[0]
            if unmarked:  # an upgraded store, or an add stopped before its marks: say so, do not show "no dispute"
                print(f"claimtrack: {args.db}: {unmarked} articles have no marks yet (a store from an earlier "
                      f"version, or an add that was stopped): run claimtrack track remark {args.db}", file=sys.stderr)
            yield tracker
    except InputError as err:
        if str(err).startswith(str(args.db)):
            raise
        raise InputError(f"{args.db}: {err}") from err


def _cmd_add(args: argparse.Namespace, out) -> int:
    from ..store import Tracker  # here: `extract` does not import the store

    options = reading(args)
    reader = RecordReader(options["fields"], encoding=options["encoding"], max_bytes=options["max_bytes"])
    line = _ProgressLine(progress(args))

    def added(added: int, unchanged: int) -> None:
        line.say(added + unchanged, f"{added} added, {unchanged} already stored")

    with Tracker(args.db) as tracker:
        result = tracker.add(_articles(args.paths, reader, args.outlets, args.failures), batch=args.batch,
                             progress=added, marking=line.marking)
        line.end()
        stats = tracker.stats()
    for notice in reader.notices:  # records stored with a repair that keeps their offsets (a lone surrogate)
        print(f"claimtrack: notice: {notice}", file=sys.stderr)
    # reported by claimtrack.cli.main, which exits with SKIPPED (or 1 when a file could not be read)
    args.skipped.extend([*map(str, reader.problems), *result.refused])
    skipped = len(reader.problems) + len(result.refused)
    record = {"added": result.added, "unchanged": result.unchanged, "skipped": skipped, **stats}
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, [record], columns=tuple(record), document=record)
    else:
        out.write(f"{result.added} articles added, {result.unchanged} already stored, {skipped} skipped; "
                  + ", ".join(f"{v} {k}" for k, v in stats.items()) + "\n")
    return 0


class _ProgressLine:
    """One progress line on stderr, written over as the count grows (``progress``: a terminal, no ``--quiet``), for
    long phases only: from :data:`~claimtrack.inputs.PROGRESS_AT` articles on, as reading says how far it is; a
    few articles are added and marked at once and say nothing."""

    def __init__(self, progress: bool) -> None:
        self.progress, self.shown = progress, False

    def say(self, count: int, text: str) -> None:
        if self.progress and count >= PROGRESS_AT:
            print(f"\rclaimtrack: {text}", end="", file=sys.stderr, flush=True)
            self.shown = True

    def marking(self, done: int, total: int) -> None:
        """The marks made after an add or by ``remark``: pending articles marked."""
        self.say(total, f"marks made for {done} of {total} articles")

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def _write_stats(args: argparse.Namespace, out, stats: dict[str, int]) -> None:
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, [stats], columns=STATS_COLUMNS, document=stats)
    else:
        out.write("".join(f"{k}\t{v}\n" for k, v in stats.items()))


def _cmd_stats(args: argparse.Namespace, out) -> int:
    with _open(args) as tracker:
        _write_stats(args, out, tracker.stats())
    return 0


def _cmd_reindex(args: argparse.Namespace, out) -> int:
    with _open(args) as tracker:
        tracker.reindex()
        _write_stats(args, out, tracker.stats())
    return 0


def _cmd_remark(args: argparse.Namespace, out) -> int:
    with _open(args) as tracker:
        line = _ProgressLine(progress(args))
        tracker.remark(every=args.all, progress=line.marking)
        line.end()
        _write_stats(args, out, tracker.stats())
    return 0


def _cmd_stories(args: argparse.Namespace, out) -> int:
    with _open(args) as tracker:
        rows = tracker.stories(speaker=args.speaker, outlet=args.outlet, since=args.since, until=args.until,
                               mark=args.mark, text=args.text, limit=args.limit)
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, rows, columns=STORY_COLUMNS)
    else:
        write_table(("story", "outlets", "articles", "claims", "first", "label"),
                    [(r["id"], r["outlets"], r["articles"], r["claims"], r["first"] or "-", r["label"]) for r in rows],
                    (6, 7, 8, 6, 19, 60), out)
    return 0


def _cmd_show(args: argparse.Namespace, out) -> int:
    with _open(args) as tracker:
        story = tracker.resolve(args.story)
        rows = tracker.claims(story)
    if not rows:
        raise InputError(f"{args.db}: no story {args.story!r} in the store (claimtrack track stories lists them)")
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, rows, columns=CLAIM_COLUMNS)
        return 0
    out.write(f"{story}" + (f" (merged from {args.story})" if story != args.story else "") + "\n")
    write_table(("claim", "first", "attrib.", "outlets", "label"),
                [(r["id"], r["first"] or "-", r["attributions"], ", ".join(r["outlets"]), r["label"]) for r in rows],
                (6, 19, 7, 30, 60), out)
    return 0


def _cmd_timeline(args: argparse.Namespace, out) -> int:
    with _open(args) as tracker:
        rows = tracker.timeline(args.story)
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, rows, columns=EVENT_COLUMNS)
    else:
        write_table(("published", "said on", "event", "outlet", "claim", "who · cue", "content"),
                    [(r["published"] or "-", said_on_cell(r["said_on"]), r["event"], r["outlet"] or "-", r["claim"],
                      f"{r['source']} · {r['cue']}", r["content"]) for r in rows], (19, 32, 14, 18, 6, 30, 60), out)
    return 0


def _export_row(flat: dict[str, Any]) -> dict[str, Any]:
    """A flat export row with the columns of :data:`EXPORT_COLUMNS` (the words of said_on as ``said_on_text``)."""
    flat = {**flat, "said_on_text": flat.get("said_on")}
    return {k: flat.get(k) for k in EXPORT_COLUMNS}


def _cmd_export(args: argparse.Namespace, out) -> int:
    with _open(args) as tracker:
        rows = tracker.export()
        if args.format == "csv":  # the main columns only, as before the shared formats
            write_records(out, "csv", (_export_row(flatten(r)) for r in rows),
                          columns=EXPORT_COLUMNS)
        elif args.format in MACHINE_FORMATS:
            write_records(out, args.format, rows)
        else:
            write_table(("attribution", "claim", "story", "source", "cue", "content"),
                        [(r["id"], r["claim"], r["story"], r["source"]["text"], r["cue"]["text"], r["content"]["text"])
                         for r in rows], (26, 6, 6, 30, 10, 60), out)
    return 0


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> list[argparse.ArgumentParser]:
    """Add ``track`` and its commands to the ``claimtrack`` command line; returns the parsers of its commands
    (``track add``, ...), which take the global options too."""
    track = sub.add_parser("track", help="a persistent claim tracker: add articles over time, query stories",
                           description="Keep articles, claims and stories in an SQLite file, added to over time.")
    tsub = track.add_subparsers(dest="track_command", metavar="TRACK_COMMAND")
    tsub.required = True

    p = tsub.add_parser("add", help="add articles (stored ones are skipped)",
                        description="Add articles to the store: .txt files, HTML pages (with the extra "
                                    "claimtrack[web]) or folders of them, records in .jsonl, .json, .csv or a .zip of "
                                    "those, or - for JSON lines on standard input. Bad records are named with their "
                                    "file and line and skipped (exit status 3); the good ones are stored.")
    p.add_argument("db", metavar="DB")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_fields(p)
    p.add_argument("--outlets", metavar="FILE",
                   help="JSON mapping article ids to outlets (and dates), for files and records; without it, a record's "
                        "outlet field and the outlets.json inside a folder of .txt files are used")
    p.add_argument("--batch", type=int, default=50, help="articles per transaction (default 50)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    add_format(p, ("text", "json", "jsonl", "csv"), "text",
               "A record is the counts: added, unchanged, skipped and the store's stats")
    p.set_defaults(func=_cmd_add)

    p = tsub.add_parser("stories", help="list stories, most outlets first")
    p.add_argument("db", metavar="DB")
    p.add_argument("--speaker", help="only stories where a source's name contains this")
    p.add_argument("--outlet", help="only stories an outlet whose name contains this carried")
    p.add_argument("--since", metavar="DATE", help="only stories with an article on or after DATE (ISO)")
    p.add_argument("--until", metavar="DATE", help="only stories with an article on or before DATE (ISO)")
    p.add_argument("--mark", choices=("contradicts", "agrees", "clarifies", "framing", "denies", "updates", "disagrees"),
                   help="only stories with this mark, or this kind of dispute (denies, updates, disagrees)")
    p.add_argument("--text", help="only stories with a claim whose content contains this")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 for all)")
    add_format(p, ("table", "json", "jsonl", "csv"), "table", "A record is a story (" + ", ".join(STORY_COLUMNS) + ")")
    p.set_defaults(func=_cmd_stories)

    for name, func, text, columns in (
            ("show", _cmd_show, "a story's claims", CLAIM_COLUMNS),
            ("timeline", _cmd_timeline, "a story in the order its statements were made (said_on where the sentence "
                                        "dates it, publication time otherwise)", EVENT_COLUMNS)):
        p = tsub.add_parser(name, help=text)
        p.add_argument("db", metavar="DB")
        p.add_argument("story", metavar="STORY", help="a story id (s<n>); an id merged away leads to its story")
        add_format(p, ("table", "json", "jsonl", "csv"), "table", "A record is (" + ", ".join(columns) + ")")
        p.set_defaults(func=func)

    p = tsub.add_parser("export", help="every attribution with its claim and story")
    p.add_argument("db", metavar="DB")
    add_format(p, ("jsonl", "table", "json", "csv"), "jsonl",
               "A record is an attribution (as extract's) with its claim, story, published, url and title; the CSV "
               "has the columns " + ", ".join(EXPORT_COLUMNS))
    p.set_defaults(func=_cmd_export)

    p = tsub.add_parser("stats", help="how many articles, attributions, claims, stories and marks")
    p.add_argument("db", metavar="DB")
    add_format(p, ("text", "json", "jsonl", "csv"), "text", "A record is the counts (" + ", ".join(STATS_COLUMNS) + ")")
    p.set_defaults(func=_cmd_stats)

    p = tsub.add_parser("reindex", help="extract and match every stored article again")
    p.add_argument("db", metavar="DB")
    add_format(p, ("json", "text", "jsonl", "csv"), "json", "A record is the counts after (" + ", ".join(STATS_COLUMNS) + ")")
    p.set_defaults(func=_cmd_reindex)

    p = tsub.add_parser("remark", help="mark the stored articles not yet marked (or --all of them again)",
                        description="Make the marks of stored articles not yet marked (a store migrated from an "
                                    "earlier version, an add that was killed), or with --all of every article again "
                                    "(after a change of the dispute rules): claimtrack's marks, recomputed a few days "
                                    "at a time, as track add makes them.")
    p.add_argument("db", metavar="DB")
    p.add_argument("--all", action="store_true", help="every stored article, not only those not yet marked")
    add_format(p, ("json", "text", "jsonl", "csv"), "json", "A record is the counts after (" + ", ".join(STATS_COLUMNS) + ")")
    p.set_defaults(func=_cmd_remark)
    return list(tsub.choices.values())
