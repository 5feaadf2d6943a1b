"""``compare``: how the outlets report each claim, as a table, Markdown, records or an HTML report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..inputs import PROGRESS_AT, load_corpus
from ..models import shorten
from ..report.labels import DIGITS, LANGS
from .options import add_format, add_inputs, add_jobs, add_outlets, progress, reading
from .output import kind_counts, reading_key, said_on_cell, write_file, write_records, write_table

__all__ = ["register"]

# The CSV: one row per attribution of a claim shown, with its claim and its outlet.
COMPARE_COLUMNS = ("claim_id", "claim", "outlet", "article", "attribution", "source", "source_start", "source_end",
                   "source_kind", "cue", "cue_start", "cue_end", "cue_stance", "quote", "hedges", "content",
                   "content_start", "content_end", "outlet_omits")
SECTIONS = ("articles", "attributions", "clusters", "contradictions", "outlets", "stories", "timeline")


def _span(text: str, span) -> dict[str, Any]:
    return {"text": text, "start": span.start, "end": span.end}


def _rows(comparison) -> Iterator[dict[str, Any]]:
    """The CSV records: each attribution of each claim shown, with the counter-claims its outlet left out."""
    for view in comparison.clusters:
        for r in view.reportings:
            for a in r.attributions:
                yield {"claim_id": view.cluster.id, "claim": view.cluster.label, "outlet": r.outlet,
                       "article": a.article, "attribution": a.id, "source": _span(a.source.text, a.source.span),
                       "source_kind": a.source.kind, "cue": _span(a.cue.text, a.cue.span), "cue_stance": a.cue.stance,
                       "quote": a.quote, "hedges": [h.text for h in a.hedges],
                       "content": _span(a.content.text, a.content.span), "outlet_omits": list(r.without_counter)}


def _disputes(comparison) -> list:
    """The comparison's disputes (contradicts marks), each once, denials first, then updates, disputed figures
    and contradictions."""
    marks = [m for m in comparison.marks if m.kind == "contradicts"]
    return sorted(marks, key=reading_key)


def _named(attribution: str, claim_of: dict[str, str]) -> str:
    """``c4 (002_4e5fc412234f2c9f#11)``: the claim and the attribution (a claim and its denial may be one claim)."""
    return f"{claim_of[attribution]} ({attribution})" if attribution in claim_of else attribution


def _claim_rows(comparison) -> Iterator[tuple[str, str, str, str, str]]:
    """The terminal table: the claim (id and shortened text) on its first row, then one row per outlet; the
    disputed claims first (most disputes first), then the others in their order.  The counter-claim column
    names what the outlet left out: the counter-claim's claim and the kind of dispute ("omits c168 denies")."""
    claim_of = {aid: view.cluster.id for view in comparison.clusters for aid in view.cluster.claims}
    kind_of = {frozenset((m.a, m.b)): m.dispute or m.kind for m in comparison.marks}
    views = sorted(comparison.clusters, key=lambda v: -sum(m.kind == "contradicts" for m in v.marks))
    for view in views:
        for n, r in enumerate(view.reportings):
            claim = f"{view.cluster.id} {shorten(view.cluster.label, 8)}" if n == 0 else ""
            omitted: dict[str, None] = {}
            for counter in r.without_counter:
                kind = next((kind_of[k] for a in r.attributions if (k := frozenset((a.id, counter))) in kind_of),
                            "contradicts")
                omitted[f"{claim_of.get(counter, counter)} {kind}"] = None
            yield (claim, r.outlet, "، ".join(r.sources), " ".join(r.cues) + " · " + "/".join(r.quotes),
                   "omits " + ", ".join(omitted) if omitted else "")


def _write_timelines(comparison, out) -> None:
    """The timeline of each disputed story (one with a denial, an update or a dispute): who reported first,
    echoed, updated, denied or disputed, in order, as ``claimtrack track timeline`` prints a stored story."""
    from ..report.timeline import story_timelines

    events = story_timelines(comparison)
    disputed = dict.fromkeys(e["story"] for e in events if e["against"])
    labels = {s.id: s.label for s in comparison.corpus.stories}
    labels.update((v.cluster.id, v.cluster.label) for v in comparison.clusters)
    for story in disputed:
        rows = [e for e in events if e["story"] == story]
        n = len({e["outlet"] or e["article"] for e in rows})
        out.write(f"timeline of {story} «{shorten(labels.get(story, ''), 10)}», {n} outlet{'' if n == 1 else 's'}\n")
        write_table(("published", "said on", "event", "outlet", "claim", "who · cue", "content", "against"),
                    [(e["published"] or "-", said_on_cell(e["said_on"]), e["event"], e["outlet"] or "-", e["claim"],
                      f"{e['source']} · {e['cue']}", e["content"], " ".join(e["against"])) for e in rows],
                    (19, 24, 14, 14, 5, 30, 50, 20), out, wrap=(7,))
        out.write("\n")


def _stored(args: argparse.Namespace):
    """The comparison of a tracker's stories: one (--story) or the --top carried by most outlets."""
    from ..store import TOP_STORIES, Tracker, compare_stored

    if args.paths:
        args.parser.error("--db reads the articles from the store; give no PATH with it")
    if args.story is not None and args.top is not None:
        args.parser.error("--story and --top cannot go together")
    if not Path(args.db).is_file():
        raise InputError(f"{args.db}: no such store (claimtrack track add {args.db} PATH... makes one)")
    with Tracker(args.db) as tracker:
        try:
            return compare_stored(tracker, args.story, top=TOP_STORIES if args.top is None else args.top,
                                  all_clusters=args.all)
        except InputError as err:  # "no story 's99' in the store": which store
            raise InputError(f"{args.db}: {err}") from err


def _cmd_compare(args: argparse.Namespace, out) -> int:
    from ..compare import compare_outlets
    from ..contradiction import LEFT_OUT_WITHHELD
    from ..report import comparison_to_json, render_html, render_markdown

    if args.html is not None and not args.html.strip():
        args.parser.error("--html needs a file name")
    if args.db is not None:
        comparison = _stored(args)
    else:
        if not args.paths:
            args.parser.error("give article PATHs, or --db DB for a tracker's store")
        if args.story is not None or args.top is not None:
            args.parser.error("--story and --top go with --db")
        corpus = load_corpus(args.paths, args.outlets, progress=progress(args), failures=args.failures,
                             jobs=args.jobs, **reading(args))
        if progress(args) and len(corpus.articles) >= PROGRESS_AT:
            print("claimtrack: matching claims and marking contradictions ...", file=sys.stderr)
        comparison = compare_outlets(corpus, all_clusters=args.all, narration=args.narration)
    corpus = comparison.corpus
    if args.html is not None:
        path = Path(args.html)
        write_file(path, render_html(comparison, lang=args.lang, digits=args.digits), "the HTML report")
        print(f"claimtrack: HTML report written to {path}", file=sys.stderr)
    if args.format in ("json", "jsonl"):
        doc = comparison_to_json(comparison)
        write_records(out, args.format, [{"section": s, "record": r} for s in SECTIONS for r in doc[s]], document=doc)
    elif args.format == "csv":
        write_records(out, "csv", _rows(comparison), columns=COMPARE_COLUMNS)
    elif args.format == "markdown":
        out.write(render_markdown(comparison))
    else:
        disputes = _disputes(comparison)
        out.write(f"{len(corpus.articles)} articles, {len(comparison.outlets)} outlets, "
                  f"{len(comparison.clusters)} claims reported more than once or marked; "
                  + (kind_counts(disputes) if disputes else "no disputes")
                  + "\n")
        # The disputes lead, each once, with its kind and the two claims (a mark used to be printed under
        # each of its claims, as "contradicts" whatever the dispute, after the outlets' figures).
        claim_of = {aid: view.cluster.id for view in comparison.clusters for aid in view.cluster.claims}
        for m in disputes:
            verb = "disagrees with" if m.dispute == "disagrees" else m.dispute or m.kind
            out.write(f"{_named(m.b, claim_of)} {verb} {_named(m.a, claim_of)}: {m.explanation}\n")
        out.write("\n")
        write_table(("claim", "outlet", "who is cited", "cue · quote", "counter-claim"), _claim_rows(comparison),
                    (34, 18, 40, 26, 34), out)
        out.write("\n")
        _write_timelines(comparison, out)
        if comparison.left_out_withheld:
            out.write(f"no counter: {LEFT_OUT_WITHHELD}\n")
        write_table(("outlet", "attrib.", "/1000 w", "named", "anon.", "document", "direct", "hedged", "no counter"),
                    [(r.outlet, r.attributions, r.per_1000_words, f"{r.named:.0%}", f"{r.anonymous:.0%}",
                      f"{r.document:.0%}", f"{r.direct:.0%}", f"{r.hedged:.0%}",
                      "–" if r.without_counter is None else r.without_counter)
                     for r in comparison.outlets], (22, 7, 7, 6, 6, 8, 6, 6, 10), out)
    return 0


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``compare``."""
    p = sub.add_parser("compare", help="compare how outlets report each claim; HTML report",
                       description="Per claim: which outlets carried it, who they cite, cue, direct or indirect, hedges, "
                                   "whether the counter-claim was included; per outlet: sourcing figures.")
    add_inputs(p, required=False)
    add_outlets(p)
    p.add_argument("--db", metavar="DB", help="compare stories kept in a tracker's store (claimtrack track add) "
                                              "instead of articles: nothing is extracted or matched again")
    p.add_argument("--story", metavar="ID", help="with --db: this story (s<n>, as track stories lists them)")
    p.add_argument("--top", type=int, metavar="N", help="with --db and no --story: the N stories carried by most "
                                                        "outlets (default 10; 0: every story)")
    add_format(p, ("table", "markdown", "json", "jsonl", "csv"), "table",
               "json: one document (articles, attributions, clusters, contradictions, outlets); jsonl: each of "
               "its records as {\"section\", \"record\"}; csv: an attribution of a claim shown, with its claim and "
               "outlet")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report to FILE")
    p.add_argument("--lang", choices=LANGS, default="ar", help="the language of the report's labels (default ar)")
    p.add_argument("--digits", choices=DIGITS, default="latin",
                   help="digits of the report's counts and dates: latin (default) or arabic-indic")
    p.add_argument("--all", action="store_true", help="show every claim, not only those reported more than once")
    p.add_argument("--narration", action=argparse.BooleanOptionalAction, default=True,
                   help="an outlet's own sentence may be the account a denial denies or a toll another disputes "
                        "(contradictions --narration; default: on)")
    add_jobs(p)
    p.set_defaults(func=_cmd_compare, parser=p)
