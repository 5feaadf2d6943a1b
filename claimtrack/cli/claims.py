"""Commands on claims across articles: ``match``, ``find``, ``relate``, ``contradictions``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..inputs import load_corpus
from ..models import article_of
from ..records import cluster_to_dict, mark_to_dict
from .options import add_format, add_inputs, add_jobs, add_outlets, progress, reading
from .output import MACHINE_FORMATS, cell, kind_counts, reading_key, write_markdown_table, write_records, write_table

__all__ = ["register"]

CLUSTER_COLUMNS = ("id", "label", "claims", "articles", "outlets", "story")
MATCH_COLUMNS = ("article", "attribution", "score", "relation", "kind", "text", "reasons")
MARK_COLUMNS = ("a", "b", "kind", "dispute", "evidence", "explanation", "unanswered_in")


def _table(args: argparse.Namespace, out, headers: tuple[str, ...], rows: list, widths: tuple[int, ...],
           wrap: tuple[int, ...] = ()) -> None:
    if args.format == "markdown":
        write_markdown_table(headers, rows, out)
    else:
        write_table(headers, rows, widths, out, wrap=wrap)


def _cmd_match(args: argparse.Namespace, out) -> int:
    corpus = load_corpus(args.paths, args.outlets, progress(args), failures=args.failures, jobs=args.jobs,
                         **reading(args))
    clusters = corpus.clusters
    if args.format in MACHINE_FORMATS:
        story_of = {c: s.id for s in corpus.stories for c in s.clusters}
        write_records(out, args.format, [cluster_to_dict(c, story_of.get(c.id)) for c in clusters],
                      columns=CLUSTER_COLUMNS)
        return 0
    # Claims grouped by story (the stories carried by most outlets first), so that a reader sees each story
    # with its claims: the toll of the Dar Saad shelling and the council's denial are two stories of a day.
    stories = corpus.stories
    story_by_cluster = {c: s for s in stories for c in s.clusters}
    rank = {s.id: n for n, s in enumerate(sorted(stories, key=lambda s: (-len(s.outlets), -len(s.clusters))))}
    shown = [c for c in clusters if args.all or len(c.claims) > 1]
    shown.sort(key=lambda c: rank[story_by_cluster[c.id].id] if c.id in story_by_cluster else len(rank))
    out.write(f"{len(clusters)} claims in {len(stories)} stories, "
              f"{sum(1 for c in clusters if len(c.articles) > 1)} claims carried by more than one article\n"
              + ("\n" if args.format == "markdown" else ""))
    _table(args, out, ("story", "id", "claims", "outlets", "label"),
           [(story_by_cluster[c.id].id if c.id in story_by_cluster else "-", c.id, len(c.claims), ", ".join(c.outlets), c.label)
            for c in shown], (6, 5, 6, 30, 70))
    return 0


def _cmd_find(args: argparse.Namespace, out) -> int:
    from ..matching import find  # here: `extract` does not import matching

    corpus = load_corpus(args.paths, args.outlets, progress(args), failures=args.failures, jobs=args.jobs,
                         **reading(args))
    matches = find(args.claim, corpus, limit=args.limit)
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, [{"article": m.article, "attribution": m.attribution, "score": m.score,
                                          "relation": m.relation, "kind": m.kind, "text": m.text,
                                          "reasons": list(m.reasons)} for m in matches], columns=MATCH_COLUMNS)
        return 0
    # Who carried each hit and when: with outlets.json, the article id alone says neither.
    articles = {a.id: a for a in corpus.articles}

    def carried(article_id: str) -> tuple[str, str]:
        a = articles.get(article_id)
        when = (a.published_at.isoformat(sep=" ", timespec="minutes") if a.published_at
                else a.published.isoformat() if a.published else "-") if a else "-"
        return (a.outlet or "-") if a else "-", when

    # An attribution's hit shows who said it and the cue with its content: the relation often rests on the cue
    # (نفت «قيام عناصرها بعملية تصفية ...» denies, though its content alone reads as the claim itself).
    said = {a.id: a for a in corpus.attributions}

    def text(m) -> str:
        a = said.get(m.attribution or "")
        return f"{a.source.text or '-'} · {a.cue.text}: {m.text}" if a is not None else m.text

    rows = [(f"{m.score:.2f}", f"{m.relation}/{m.kind}" if m.kind and m.kind != m.relation else m.relation,
             *carried(m.article), m.article, m.attribution or "-", text(m)) for m in matches]
    if any(r[2:4] != ("-", "-") for r in rows):
        _table(args, out, ("score", "relation", "outlet", "published", "article", "attribution", "text"), rows,
               (5, 20, 14, 16, 22, 24, 70))
    else:  # no outlet or date known (the seeds): the columns would be empty
        _table(args, out, ("score", "relation", "article", "attribution", "text"),
               [r[:2] + r[4:] for r in rows], (5, 20, 22, 24, 70))
    return 0


def _cmd_relate(args: argparse.Namespace, out) -> int:
    from ..relate import relate  # here: `extract` does not import contradictions

    records: list[dict[str, Any]] = []
    if args.pairs:
        path = Path(args.pairs)
        from ..reader import read_text
        from ..reader.lines import split_lines  # not str.splitlines: a text may hold U+2028

        for number, line in enumerate(split_lines(read_text(path)), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
                args.failures.append(f"{path}, line {number}: expected two TAB-separated texts")
                continue
            r = relate(parts[0], parts[1])
            records.append({"line": number, "kind": r.kind, "score": r.score, "reasons": list(r.reasons)})
    else:
        if len(args.texts) != 2:
            args.parser.error("relate takes two claim texts, or --pairs FILE.tsv")
        r = relate(*args.texts)
        records.append({"kind": r.kind, "score": r.score, "reasons": list(r.reasons)})
    if args.format in MACHINE_FORMATS:
        columns = ("line", "kind", "score", "reasons") if args.pairs else ("kind", "score", "reasons")
        write_records(out, args.format, records, columns=columns)
    else:
        write_table(("line", "kind", "score", "reasons"),
                    [(r.get("line", "-"), r["kind"], f"{r['score']:.2f}", "; ".join(r["reasons"])) for r in records],
                    (5, 12, 5, 80), out)
    return 0


def _cmd_contradictions(args: argparse.Namespace, out) -> int:
    # here: `extract` does not import them
    from ..contradiction import LEFT_OUT_WITHHELD, contradictions, left_out_withheld, one_sided

    corpus = load_corpus(args.paths, args.outlets, progress(args), failures=args.failures, jobs=args.jobs,
                         **reading(args))
    marks = contradictions(corpus, narration=args.narration)
    if args.kind:  # "contradicts": every dispute; "denies", "updates", "disagrees": that kind of dispute
        marks = [m for m in marks if m.kind in args.kind or (m.kind == "contradicts" and m.dispute in args.kind)]
    sided = one_sided(corpus, marks)
    missing: dict[frozenset[str], list[str]] = {}
    for article, pairs in sided.items():
        for claim, counter in pairs:
            missing.setdefault(frozenset((claim, counter)), []).append(article)
    if args.format in MACHINE_FORMATS:
        write_records(out, args.format, [mark_to_dict(m, missing.get(frozenset((m.a, m.b)))) for m in marks],
                      columns=MARK_COLUMNS)
        return 0
    # For reading, the disputes lead (denials, updates, disputed figures, contradictions), then framing,
    # clarifications and agreements; each explanation whole, since its end says what the other side says.
    shown = sorted(marks, key=reading_key)
    outlets = {a.id: a.outlet or a.id for a in corpus.articles}
    out.write(kind_counts(marks) + "\n" if marks else "no marks\n")
    # a dispute's explanation whole; an agreement, a clarification or a framing on one line (a day has hundreds)
    _table(args, out, ("kind", "a", "b", "explanation"),
           [(m.dispute or m.kind, _side(m.a, outlets), _side(m.b, outlets),
             m.explanation if m.kind == "contradicts" else cell(m.explanation, 80, marks=False).rstrip())
            for m in shown], (11, 24, 24, 80), wrap=(1, 2, 3))
    kind_of = {frozenset((m.a, m.b)): m.dispute or m.kind for m in marks}
    lines = [f"{article} carries {claim} without the counter-claim {counter} "
             f"({kind_of.get(frozenset((claim, counter)), 'contradicts')}{_carried_by(counter, outlets)})"
             for article, pairs in sided.items() for claim, counter in pairs]
    if left_out_withheld(corpus) and any(m.kind == "contradicts" for m in marks):
        out.write(f"\nCarried without the counter-claim: {LEFT_OUT_WITHHELD}\n")
    if lines:
        out.write(f"\nCarried without the counter-claim ({len(lines)}):\n")
    if args.format == "markdown" and lines:
        out.write("\n" + "".join(f"- {line}\n" for line in lines))
    else:
        out.write("".join(line + "\n" for line in lines))
    return 0


def _carried_by(attribution: str, outlets: dict[str, str]) -> str:
    article = article_of(attribution)
    outlet = outlets.get(article, article)
    return "" if outlet == article else f", carried by {outlet}"


def _side(attribution: str, outlets: dict[str, str]) -> str:
    """An attribution id with its outlet when the article has one: ``okaz_71#1 okaz``."""
    article = article_of(attribution)
    outlet = outlets.get(article, article)
    return attribution if outlet == article else f"{attribution} {outlet}"


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``match``, ``find``, ``relate`` and ``contradictions``."""
    p = sub.add_parser("match", help="cluster the same claim across articles and outlets",
                       description="Group attributions that report the same claim, across articles and outlets.")
    add_inputs(p)
    add_outlets(p)
    add_format(p, ("table", "markdown", "json", "jsonl", "csv"), "table",
               "A record is a claim cluster (id, label, claims, articles, outlets, story)")
    p.add_argument("--all", action="store_true", help="in the table, list single-claim clusters too")
    add_jobs(p)
    p.set_defaults(func=_cmd_match)

    p = sub.add_parser("find", help="track one claim across the articles",
                       description="List the attributions and sentences that report a claim, best first.")
    p.add_argument("claim", metavar="CLAIM", help="the claim, in Arabic")
    add_inputs(p)
    add_outlets(p)
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    add_format(p, ("table", "markdown", "json", "jsonl", "csv"), "table",
               "A record is a match (article, attribution, score, relation, kind, text, reasons)")
    add_jobs(p)
    p.set_defaults(func=_cmd_find)

    p = sub.add_parser("relate", help="relate two claim texts (same, related, unrelated)",
                       description="Print kind and score for two claim texts, or for each line of a TSV file of pairs.")
    p.add_argument("texts", nargs="*", metavar="TEXT", help="two claim texts")
    p.add_argument("--pairs", metavar="FILE.tsv", help="one pair per line: two TAB-separated texts (- for standard input)")
    add_format(p, ("jsonl", "table", "json", "csv"), "jsonl", "A record is a pair (line, kind, score, reasons)")
    p.set_defaults(func=_cmd_relate, parser=p)

    p = sub.add_parser("contradictions", help="contradictions, agreements, clarifications, framing",
                       description="Mark how claims relate across articles: contradicts, agrees, clarifies, framing; "
                                   "and say which articles carry a claim without its counter-claim.")
    add_inputs(p)
    add_outlets(p)
    p.add_argument("--kind", action="append",
                   choices=("contradicts", "denies", "updates", "disagrees", "agrees", "clarifies", "framing"),
                   help="only marks of this kind (repeatable); contradicts: every dispute, denies, updates, "
                        "disagrees: that kind of dispute alone")
    p.add_argument("--narration", action=argparse.BooleanOptionalAction, default=True,
                   help="an outlet's own sentence no attribution covers is a claim of the outlet, the account a "
                        "denial may deny or a toll another disputes; such a mark names the sentence as "
                        "<article>#n<k>, and a report a denial tells as <article>#r<k> (default: on; "
                        "--no-narration: attributions only)")
    add_format(p, ("table", "markdown", "json", "jsonl", "csv"), "table",
               "A record is a mark (a, b, kind, dispute, evidence, explanation, unanswered_in)")
    add_jobs(p)
    p.set_defaults(func=_cmd_contradictions)
