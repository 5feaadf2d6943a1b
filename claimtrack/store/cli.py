"""``claimtrack track``: add articles to a tracker file and query it.

    claimtrack track add DB PATH...            articles: .txt files or folders, .jsonl/.json/.csv/.zip records, -
    claimtrack track stories DB                stories, most outlets first
    claimtrack track show DB STORY             a story's claims
    claimtrack track timeline DB STORY         a story in the order its statements were made (said_on, else
                                               publication): first reported, echoed, updated, denied, disputed
    claimtrack track export DB --format jsonl|csv
    claimtrack track stats DB --format json    {"articles": n, "attributions": n, "claims": n, "stories": n, "marks": n}
    claimtrack track reindex DB                extract and match everything again

Exit codes as the rest of the command line (0, 1 an input error, 2 bad usage), and 3 when ``add`` skipped
bad records (each reported on stderr with its file and line) and stored the good ones.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..models import Article
from ..reader.records import RecordReader, is_record_path, parse_fields
from .tracker import Tracker

__all__ = ["SKIPPED", "register"]

SKIPPED = 3  # exit status: some records were bad and skipped, the good ones were stored


def _articles(paths: list[str], reader: RecordReader, outlets: str | None) -> Iterator[Article]:
    from ..inputs import load_articles  # .txt files and folders, as every other command reads them

    txt = [p for p in paths if not is_record_path(p)]
    for name in paths:
        if is_record_path(name):
            yield from reader.read(name)
        elif name == (txt[0] if txt else None):
            yield from load_articles(txt, outlets)


def _cmd_add(args: argparse.Namespace, out) -> int:
    reader = RecordReader(parse_fields(args.field))
    tty = sys.stderr.isatty() and not args.quiet

    def progress(added: int, unchanged: int) -> None:
        if tty:
            print(f"\rclaimtrack: {added} added, {unchanged} already stored", end="", file=sys.stderr, flush=True)

    with Tracker(args.db) as tracker:
        result = tracker.add(_articles(args.paths, reader, args.outlets), batch=args.batch, progress=progress)
        if tty:
            print(file=sys.stderr)
        stats = tracker.stats()
    for problem in reader.problems:
        print(f"claimtrack: skipped: {problem}", file=sys.stderr)
    for message in result.refused:
        print(f"claimtrack: skipped: {message}", file=sys.stderr)
    skipped = len(reader.problems) + len(result.refused)
    print(f"{result.added} articles added, {result.unchanged} already stored, {skipped} skipped; "
          + ", ".join(f"{v} {k}" for k, v in stats.items()), file=out)
    return SKIPPED if skipped else 0


def _cmd_stats(args: argparse.Namespace, out) -> int:
    with Tracker(args.db) as tracker:
        stats = tracker.stats()
    if args.format == "json":
        out.write(json.dumps(stats) + "\n")
    else:
        for k, v in stats.items():
            out.write(f"{k}\t{v}\n")
    return 0


def _cmd_stories(args: argparse.Namespace, out) -> int:
    with Tracker(args.db) as tracker:
        rows = tracker.stories(speaker=args.speaker, outlet=args.outlet, since=args.since, until=args.until,
                               mark=args.mark, text=args.text, limit=args.limit)
    if args.format == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        return 0
    for r in rows:
        out.write(f"{r['id']}\t{r['outlets']} outlets\t{r['articles']} articles\t{r['claims']} claims\t"
                  f"{r['first'] or '-'}\t{r['label']}\n")
    return 0


def _cmd_show(args: argparse.Namespace, out) -> int:
    with Tracker(args.db) as tracker:
        story = tracker.resolve(args.story)
        rows = tracker.claims(story)
    if not rows:
        raise InputError(f"no story {args.story!r} in {args.db}")
    if args.format == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        return 0
    out.write(f"{story}" + (f" (merged from {args.story})" if story != args.story else "") + "\n")
    for r in rows:
        out.write(f"  {r['id']}\t{r['first'] or '-'}\t{r['attributions']}x\t{', '.join(r['outlets'])}\t{r['label']}\n")
    return 0


def _cmd_timeline(args: argparse.Namespace, out) -> int:
    with Tracker(args.db) as tracker:
        rows = tracker.timeline(args.story)
    if args.format == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        return 0
    for r in rows:
        content = " ".join(r["content"].split()[:14])
        out.write(f"{r['published'] or '-'}\t{_said(r['said_on'])}\t{r['event']}\t{r['outlet'] or '-'}\t{r['claim']}\t"
                  f"{r['source']} {r['cue']}: {content}\n")
    return 0


def _said(said_on: dict[str, Any] | None) -> str:
    """When the statement was made, as the timeline prints it: "2015-07-20 (أمس)", a range, or "-"."""
    if said_on is None:
        return "-"
    days = said_on["from"] if said_on["from"] == said_on["to"] else f"{said_on['from']}..{said_on['to']}"
    return f"{days if said_on['from'] else '?'} ({said_on['text']})"


_CSV_COLUMNS = ("id", "article", "outlet", "published", "url", "claim", "story", "cue", "cue_start", "cue_end",
                "source", "source_start", "source_end", "content", "content_start", "content_end", "quote",
                "said_on_from", "said_on_to", "said_on_text", "said_on_start", "said_on_end")


def _flat(d: dict[str, Any]) -> dict[str, Any]:
    return {"id": d["id"], "article": d["article"], "outlet": d["outlet"], "published": d["published"],
            "url": d["url"], "claim": d["claim"], "story": d["story"], "cue": d["cue"]["text"],
            "cue_start": d["cue"]["start"], "cue_end": d["cue"]["end"], "source": d["source"]["text"],
            "source_start": d["source"]["start"], "source_end": d["source"]["end"], "content": d["content"]["text"],
            "content_start": d["content"]["start"], "content_end": d["content"]["end"], "quote": d["quote"],
            **{f"said_on_{k}": (d.get("said_on") or {}).get(k) for k in ("from", "to", "text", "start", "end")}}


def _cmd_export(args: argparse.Namespace, out) -> int:
    with Tracker(args.db) as tracker:
        if args.format == "jsonl":
            for d in tracker.export():
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(out, fieldnames=_CSV_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for d in tracker.export():
                writer.writerow(_flat(d))
    return 0


def _cmd_reindex(args: argparse.Namespace, out) -> int:
    with Tracker(args.db) as tracker:
        tracker.reindex()
        out.write(json.dumps(tracker.stats()) + "\n")
    return 0


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``track`` and its commands to the ``claimtrack`` command line."""
    track = sub.add_parser("track", help="a persistent claim tracker: add articles over time, query stories",
                           description="Keep articles, claims and stories in an SQLite file, added to over time.")
    tsub = track.add_subparsers(dest="track_command", metavar="TRACK_COMMAND")
    tsub.required = True

    p = tsub.add_parser("add", help="add articles (stored ones are skipped)",
                        description="Add articles to the store: .txt files or folders, records in .jsonl, .json, "
                                    ".csv or a .zip of those, or - for JSON lines on standard input.")
    p.add_argument("db", metavar="DB")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--field", action="append", metavar="FIELD=NAME",
                   help="the record field holding FIELD (id, title, text, outlet, published, url, author), repeatable")
    p.add_argument("--outlets", metavar="FILE", help="JSON mapping article ids to outlets (for .txt files)")
    p.add_argument("--batch", type=int, default=50, help="articles per transaction (default 50)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=_cmd_add)

    p = tsub.add_parser("stories", help="list stories, most outlets first")
    p.add_argument("db", metavar="DB")
    p.add_argument("--speaker", help="only stories where a source's name contains this")
    p.add_argument("--outlet", help="only stories an outlet whose name contains this carried")
    p.add_argument("--since", metavar="DATE", help="only stories with an article on or after DATE (ISO)")
    p.add_argument("--until", metavar="DATE", help="only stories with an article on or before DATE (ISO)")
    p.add_argument("--mark", choices=("contradicts", "agrees", "clarifies", "framing"), help="only stories with this mark")
    p.add_argument("--text", help="only stories with a claim whose content contains this")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 for all)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.set_defaults(func=_cmd_stories)

    for name, func, text in (("show", _cmd_show, "a story's claims"),
                             ("timeline", _cmd_timeline,
                              "a story in the order its statements were made (said_on where the sentence dates it,"
                              " publication time otherwise); each row: published, said on, event, outlet, claim")):
        p = tsub.add_parser(name, help=text)
        p.add_argument("db", metavar="DB")
        p.add_argument("story", metavar="STORY", help="a story id (s<n>); an id merged away leads to its story")
        p.add_argument("--format", choices=("table", "jsonl"), default="table")
        p.set_defaults(func=func)

    p = tsub.add_parser("export", help="every attribution with its claim and story")
    p.add_argument("db", metavar="DB")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.set_defaults(func=_cmd_export)

    p = tsub.add_parser("stats", help="how many articles, attributions, claims, stories and marks")
    p.add_argument("db", metavar="DB")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=_cmd_stats)

    p = tsub.add_parser("reindex", help="extract and match every stored article again")
    p.add_argument("db", metavar="DB")
    p.set_defaults(func=_cmd_reindex)
