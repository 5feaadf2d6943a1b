"""Commands on articles one at a time: ``sentences``, ``extract``, ``demo``."""

from __future__ import annotations

import argparse
import contextlib
import gc
from collections.abc import Iterator

from ..inputs import iter_articles, load_articles
from ..records import attribution_to_dict, sentence_to_dict
from ..sentences import split_sentences
from .options import add_format, add_inputs, add_jobs, progress, reading
from .output import MACHINE_FORMATS, write_markdown_table, write_records, write_table

__all__ = ["ATTRIBUTION_COLUMNS", "register"]

SENTENCE_COLUMNS = ("article", "index", "kind", "start", "end", "text")
# flatten(attribution_to_dict(a)): the CSV of extract
ATTRIBUTION_COLUMNS = ("id", "article", "outlet", "sentence_start", "sentence_end", "cue", "cue_start", "cue_end",
                       "cue_lemma", "cue_stance", "source", "source_start", "source_end", "source_kind",
                       "source_resolved", "source_via", "content", "content_start", "content_end", "content_negated",
                       "content_refers_to", "quote", "hedges", "said_on", "said_on_from", "said_on_to", "said_on_start",
                       "said_on_end")
DEMO_COLUMNS = ("id", "headline", "published", "paragraphs", "sentences")


def _cmd_sentences(args: argparse.Namespace, out) -> int:
    articles = load_articles(args.files, progress=progress(args), failures=args.failures, jobs=args.jobs,
                             **reading(args))
    per_article = [(article, split_sentences(article, headlines=args.headlines)) for article in articles]
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, (sentence_to_dict(s) for _, ss in per_article for s in ss),
                      columns=SENTENCE_COLUMNS)
    elif args.format == "table":
        write_table(("article", "n", "kind", "sentence"),
                    [(s.article, s.index + 1, s.kind, s.text) for _, ss in per_article for s in ss],
                    (22, 3, 8, 80), out)
    else:
        for article, sentences in per_article:
            out.write(f"# {article.id}\n")
            for s in sentences:
                out.write(f"{s.index + 1:>3}  {s.text}\n")
            out.write("\n")
    return 0


_EXTRACT_HEADERS = ("id", "stance", "cue", "source", "quote", "content")


def _cmd_extract(args: argparse.Namespace, out) -> int:
    # Each article's attributions are written as soon as it is read and extracted (iter_articles): memory stays
    # bounded whatever the number of files, as much for a year of an archive as for one day (issue 14).
    with _fewer_collections():
        found = iter_articles(args.files, progress=progress(args), failures=args.failures, jobs=args.jobs,
                              extract=True, **reading(args))
        if args.format in MACHINE_FORMATS:
            write_records(out, args.format, (attribution_to_dict(a) for _, records in found for a in records or ()),
                          columns=ATTRIBUTION_COLUMNS)
            return 0
        for article, records in found:
            records = records or []
            rows = [(a.id.rsplit("#", 1)[1], a.cue.stance, a.cue.text, a.source.text or "-", a.quote, a.content.text)
                    for a in records]
            if args.format == "markdown":
                out.write(f"## {article.id}: {len(records)} attributions\n\n")
                write_markdown_table(_EXTRACT_HEADERS, rows, out)
            else:
                out.write(f"# {article.id}: {len(records)} attributions\n")
                write_table(_EXTRACT_HEADERS, rows, (4, 9, 12, 34, 8, 60), out)
            out.write("\n")
    return 0


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Extraction makes no reference cycles: the cyclic collector would trace the same modules, lexicons and
    caches again and again for nothing (a tenth of ``extract``'s time, issue 14).  What exists now is left out of its collections, and young objects are
    collected every 100,000 allocations instead of 700; both are undone afterwards (a caller that froze objects of
    its own keeps them frozen, and then nothing more is)."""
    threshold, freeze = gc.get_threshold(), not gc.get_freeze_count()
    if freeze:
        gc.freeze()
    gc.set_threshold(100_000, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if freeze:
            gc.unfreeze()


def _cmd_demo(args: argparse.Namespace, out) -> int:
    records = []
    known: dict[str, tuple[str | None, str | None]] = {}  # the text form's outlet and time, when known
    for article in load_articles(args.paths, progress=progress(args), failures=args.failures, jobs=args.jobs,
                                 **reading(args)):
        records.append({"id": article.id, "headline": article.headline,
                        "published": article.published.isoformat() if article.published else None,
                        "paragraphs": len(article.paragraphs), "sentences": len(split_sentences(article))})
        known[article.id] = (article.outlet, article.published_at.isoformat(sep=" ", timespec="minutes")
                             if article.published_at else None)
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, records, columns=DEMO_COLUMNS)
    elif args.format == "table":
        write_table(("id", "headline", "published", "paragraphs", "sentences"),
                    [(r["id"], r["headline"], r["published"] or "-", r["paragraphs"], r["sentences"]) for r in records],
                    (22, 50, 10, 10, 9), out)
    else:
        for r in records:
            out.write(f"{r['id']}\n")
            outlet, when = known[str(r["id"])]
            out.write(f"  headline:   {r['headline']}\n")
            if outlet:
                out.write(f"  outlet:     {outlet}\n")
            out.write(f"  published:  {when or r['published'] or '-'}\n")
            out.write(f"  paragraphs: {r['paragraphs']}\n")
            out.write(f"  sentences:  {r['sentences']}\n")
    return 0


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``sentences``, ``extract`` and ``demo``."""
    p = sub.add_parser("sentences", help="split articles into numbered sentences",
                       description="Print the body sentences of each article, numbered, or as records.")
    add_inputs(p, "files")
    add_format(p, ("text", "table", "json", "jsonl", "csv"), "text", "A record is a sentence (article, index, kind, start, end, text)")
    p.add_argument("--headlines", action="store_true", help="include headline and sub-headline lines")
    add_jobs(p)
    p.set_defaults(func=_cmd_sentences)

    p = sub.add_parser("extract", help="find reported speech: cue, source, content",
                       description="Print every attribution (who said what) of each article, in document order.")
    add_inputs(p, "files")
    add_format(p, ("table", "markdown", "json", "jsonl", "csv"), "table",
               "A record is an attribution (the JSON record of the README)")
    add_jobs(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("demo", help="summarize articles: headline, date, paragraphs, sentences",
                       description="Print each article's headline, publication date, paragraph and sentence counts.")
    add_inputs(p)
    add_format(p, ("text", "table", "json", "jsonl", "csv"), "text",
               "A record is an article (id, headline, published, paragraphs, sentences)")
    add_jobs(p)
    p.set_defaults(func=_cmd_demo)
