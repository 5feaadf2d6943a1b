"""The ``claimtrack`` command line: argument parsing and printing only; the work is in the library.

Exit codes: 0 success, 1 an input or data error (message on stderr, naming the file), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__
from .baselines import (baseline_attributions, baseline_clusters, baseline_rare_word_stories, baseline_stance,
                        baseline_stories)
from .errors import ClaimtrackError, InputError
from .parallel import default_jobs, prime_corpus
from .evaluate import (evaluate, evaluate_clusters, evaluate_stance, gold_name, load_gold, load_gold_clusters,
                       load_gold_stories, load_stance_pairs, relate_stance)
from .matching import Corpus, find, relate
from .contradiction import contradictions, one_sided
from .records import attribution_to_dict, cluster_to_dict, mark_to_dict, sentence_to_dict
from .sentences import split_sentences
from .inputs import PROGRESS_AT, load_articles, load_corpus

__all__ = ["main"]


def write_file(path: Path, text: str, what: str) -> None:
    """Write ``text`` to ``path`` (UTF-8) through a temporary file in the same folder, renamed into place, so a
    run killed half-way never leaves a half-written file; ``what`` names the file in an error message.

    A symbolic link is followed (the file it points to is replaced, not the link); a path that is no regular
    file (``/dev/stdout``, a named pipe) is written directly, since renaming over it would replace the device."""
    tmp: str | None = None
    try:
        target = Path(os.path.realpath(path))
        if target.exists() and not target.is_file():
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            return
        mode = target.stat().st_mode & 0o777 if target.is_file() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as err:
        raise InputError(f"{path}: cannot write {what}: {err.strerror or err}") from err
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_jsonl(rows: "Iterator[dict] | list[dict]", out) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


_FSI, _PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE / POP DIRECTIONAL ISOLATE


def _char_width(c: str) -> int:
    return 0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Cf") else 1


def _width(text: str) -> int:
    """Display width in a terminal: combining marks and format characters take no cell."""
    return sum(_char_width(c) for c in text)


def _cut(text: str, width: int) -> str:
    """The longest start of ``text`` at most ``width`` cells wide (marks after its last letter included)."""
    used = 0
    for i, c in enumerate(text):
        used += _char_width(c)
        if used > width:
            return text[:i]
    return text


def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text) > width:
        text = _cut(text, width - 1) + "…"
    # Each cell is a bidi isolate, so Arabic cells read right to left without scrambling their neighbours
    # in terminals that implement the Unicode bidi algorithm.
    return _FSI + text + _PDI + " " * (width - _width(text))


def write_table(headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int], out) -> None:
    """A plain-text table, one line per row, columns separated by " │ "."""
    out.write(" │ ".join(_cell(h, w) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("─┼─".join("─" * w for w in widths) + "\n")
    for row in rows:
        out.write(" │ ".join(_cell(str(c), w) for c, w in zip(row, widths)).rstrip() + "\n")


def _cmd_sentences(args: argparse.Namespace, out) -> int:
    for article in load_articles(args.files, failures=args.failures, jobs=args.jobs):
        sentences = split_sentences(article, headlines=args.headlines)
        if args.format == "jsonl":
            _write_jsonl((sentence_to_dict(s) for s in sentences), out)
            continue
        out.write(f"# {article.id}\n")
        for s in sentences:
            out.write(f"{s.index + 1:>3}  {s.text}\n")
        out.write("\n")
    return 0


def _cmd_extract(args: argparse.Namespace, out) -> int:
    extracted: list[list] = []
    for article, records in zip(load_articles(args.files, failures=args.failures, jobs=args.jobs, extracted=extracted),
                                extracted):
        if args.format == "jsonl":
            _write_jsonl((attribution_to_dict(a) for a in records), out)
            continue
        out.write(f"# {article.id}: {len(records)} attributions\n")
        write_table(
            ("id", "stance", "cue", "source", "quote", "content"),
            [(a.id.split("#")[1], a.cue.stance, a.cue.text, a.source.text or "-", a.quote, a.content.text) for a in records],
            (4, 9, 12, 34, 8, 60),
            out,
        )
        out.write("\n")
    return 0


def _eval_stance(args: argparse.Namespace, out) -> int:
    rows = load_stance_pairs(args.stance)
    scores = {"stance": evaluate_stance(rows), "baseline": evaluate_stance(rows, baseline_stance),
              "relate": evaluate_stance(rows, relate_stance)}
    if args.format == "json":
        out.write(json.dumps({k: v.as_dict() for k, v in scores.items()}, ensure_ascii=False) + "\n")
        return 0
    out.write(f"pairs: {len(rows)}\n")
    for name, label in (("stance", "claimtrack stance"), ("baseline", "baseline (digits, negators, Jaccard)"),
                        ("relate", "relate() kinds alone")):
        out.write(f"{label:<38} {scores[name].summary()}\n")
    out.write(scores["stance"].table() + "\n")
    return 0


def _cmd_eval(args: argparse.Namespace, out) -> int:
    if args.stance:
        return _eval_stance(args, out)
    if args.disputes:
        return _eval_disputes(args, out)
    if args.track:
        return _eval_track(args, out)
    if not args.gold:
        raise InputError("eval: give a GOLD file of attributions, or --stance FILE.csv, or --disputes FOLDER")
    files = args.files or ["seeds"]
    extracted: list[list] = []
    read = load_articles(files, failures=args.failures, jobs=args.jobs, extracted=extracted)
    articles = {a.id: a for a in read}
    records = {id(a): r for a, r in zip(read, extracted)}
    gold = load_gold(args.gold, articles)
    if not gold:
        raise InputError(f"{args.gold}: no gold row names an article among {sorted(articles)}")
    ids = {g.article for g in gold}
    if Path(args.gold).is_dir():  # an article whose gold file lists no attribution still counts: all it yields is spurious
        ids |= {p.stem for p in Path(args.gold).glob("*.json")} & set(articles)
    clustered = base_clustered = storied = base_storied = rare_storied = None
    if args.clusters or args.stories:
        corpus = Corpus(art for art in articles.values() if art.id in ids)
        prime_corpus(corpus, [records[id(a)] for a in corpus.articles])
        predicted = list(corpus.attributions)
    if args.clusters:
        gold_clusters = load_gold_clusters(args.clusters, gold)
        clustered = evaluate_clusters(gold, gold_clusters, predicted, corpus.clusters, cross_article=args.cross_article)
        if args.baseline:
            base_clustered = evaluate_clusters(gold, gold_clusters, predicted, baseline_clusters(predicted),
                                               cross_article=args.cross_article)
    if args.stories:
        gold_stories = load_gold_stories(args.stories, gold)
        storied = evaluate_clusters(gold, gold_stories, predicted, corpus.stories, cross_article=args.cross_article)
        # The story baselines always run: a story figure means little without them.
        base_storied = evaluate_clusters(gold, gold_stories, predicted, baseline_stories(predicted),
                                         cross_article=args.cross_article)
        rare_storied = evaluate_clusters(gold, gold_stories, predicted, baseline_rare_word_stories(predicted),
                                         cross_article=args.cross_article)
    if not (args.clusters or args.stories):
        predicted = [a for art in articles.values() if art.id in ids for a in records[id(art)]]
    score = evaluate(gold, predicted)
    base = None
    if args.baseline:
        base = evaluate(gold, [a for art in articles.values() if art.id in ids for a in baseline_attributions(art)])
    if args.format == "json":
        record = score.as_dict()
        if base is not None:
            record["baseline"] = base.as_dict()
        if clustered is not None:
            record["clusters"] = clustered.as_dict()
        if base_clustered is not None:
            record["baseline_clusters"] = base_clustered.as_dict()
        if storied is not None and base_storied is not None and rare_storied is not None:
            record["stories"] = storied.as_dict()
            record["baseline_stories"] = base_storied.as_dict()
            record["baseline_rare_word_stories"] = rare_storied.as_dict()
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return 0
    out.write(f"articles: {len(ids)}   gold attributions: {score.gold}   extracted: {score.predicted}"
              + (f"   baseline extracted: {base.predicted}" if base is not None else "") + "\n")
    for name, (p, r, f), other in (("cue", score.cue, base.cue if base else None),
                                   ("strict", score.strict, base.strict if base else None)):
        line = f"{name:<7} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"
        if other is not None:
            line += f"   | baseline precision {other[0]:.3f}  recall {other[1]:.3f}  F1 {other[2]:.3f}"
        out.write(line + "\n")
    out.write(f"source  accuracy {score.source_accuracy:.3f} (of the attributions found)"
              + (f"   | baseline {base.source_accuracy:.3f}" if base is not None else "") + "\n")
    if args.verbose:
        for g in score.misses:
            out.write(f"missed   {g.article}: {g.cue_text} | {g.row.get('source', '')} | {g.content[:70]}\n")
        for g, a, why in score.wrong:
            out.write(f"wrong    {a.id}: {why}\n")
        for a in score.spurious:
            out.write(f"spurious {a.id}: {a.cue.text} | {a.source.text} | {a.content.text[:70]}\n")
    if clustered is not None:
        cp, cr, cf = clustered.prf
        scope = "cross-article pairs" if args.cross_article else "pairwise"
        out.write(f"claim clusters ({scope}): precision {cp:.3f}  recall {cr:.3f}  F1 {cf:.3f}   "
                  f"gold pairs {clustered.gold_pairs}, found {clustered.found_pairs}, both {clustered.hits}\n")
        if base_clustered is not None:
            bp, br, bf = base_clustered.prf
            out.write(f"baseline (content-word Jaccard >= 0.35, union-find): precision {bp:.3f}  recall {br:.3f}  "
                      f"F1 {bf:.3f}   found {base_clustered.found_pairs}, both {base_clustered.hits}\n")
        if args.verbose:
            cues = {gold_name(g): g.cue_text for g in gold}
            for kind, pairs in (("apart", clustered.missed), ("joined", clustered.wrong)):
                for x, y in pairs:
                    out.write(f"{kind:<8} {x} ({cues[x]}) / {y} ({cues[y]})\n")
            for x in clustered.unextracted:
                out.write(f"no attribution for {x} ({cues[x]})\n")
    if storied is not None and base_storied is not None and rare_storied is not None:
        sp, sr, sf = storied.prf
        scope = "cross-article pairs" if args.cross_article else "pairwise"
        out.write(f"stories ({scope}): precision {sp:.3f}  recall {sr:.3f}  F1 {sf:.3f}   "
                  f"gold pairs {storied.gold_pairs}, found {storied.found_pairs}, both {storied.hits}\n")
        for name, base_story in (("baseline claim clusters merged by article", base_storied),
                                 ("baseline two shared rare content words", rare_storied)):
            bp, br, bf = base_story.prf
            out.write(f"{name} (union-find): precision {bp:.3f}  recall {br:.3f}  F1 {bf:.3f}   "
                      f"found {base_story.found_pairs}, both {base_story.hits}\n")
        if args.verbose:
            cues = {gold_name(g): g.cue_text for g in gold}
            for kind, pairs in (("story apart", storied.missed), ("story joined", storied.wrong)):
                for x, y in pairs:
                    out.write(f"{kind:<12} {x} ({cues[x]}) / {y} ({cues[y]})\n")
    return 0


def _eval_disputes(args: argparse.Namespace, out) -> int:
    """``eval --disputes``: dispute marks against labelled pairs or a story's conflicts, next to the baseline."""
    from .contradiction.scoring import evaluate_conflicts, evaluate_disputes

    folder = Path(args.disputes)
    score = evaluate_conflicts(folder) if (folder / "conflicts.json").is_file() else evaluate_disputes(folder)
    if args.format == "json":
        out.write(json.dumps(score.as_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(score.report(verbose=args.verbose))
    return 0


def _eval_track(args: argparse.Namespace, out) -> int:
    """``eval --track``: which search results report each claim (UnifiedFC JSON lines), next to the baseline."""
    from .matching.track import evaluate_track, load_track_claims

    score = evaluate_track(load_track_claims(args.track)[: args.limit])
    out.write(json.dumps(score.as_dict(), ensure_ascii=False) + "\n" if args.format == "json" else score.report(args.verbose))
    return 0


def _cmd_match(args: argparse.Namespace, out) -> int:
    corpus = load_corpus(args.paths, args.outlets, failures=args.failures, jobs=args.jobs)
    clusters = corpus.clusters
    if args.format == "jsonl":
        story_of = {c: s.id for s in corpus.stories for c in s.clusters}
        _write_jsonl((cluster_to_dict(c, story_of.get(c.id)) for c in clusters), out)
        return 0
    shown = [c for c in clusters if args.all or len(c.claims) > 1]
    out.write(f"{len(clusters)} claims clusters, {sum(1 for c in clusters if len(c.articles) > 1)} carried by more than one article\n")
    write_table(("id", "claims", "outlets", "label"),
                [(c.id, len(c.claims), ", ".join(c.outlets), c.label) for c in shown], (5, 6, 30, 70), out)
    return 0


def _cmd_find(args: argparse.Namespace, out) -> int:
    corpus = load_corpus(args.paths, args.outlets, failures=args.failures, jobs=args.jobs)
    matches = find(args.claim, corpus, limit=args.limit)
    if args.format == "jsonl":
        _write_jsonl(({"article": m.article, "attribution": m.attribution, "score": m.score, "relation": m.relation,
                       "kind": m.kind, "text": m.text, "reasons": list(m.reasons)} for m in matches), out)
        return 0
    write_table(("score", "relation", "article", "attribution", "text"),
                [(f"{m.score:.2f}", f"{m.relation}/{m.kind}" if m.kind and m.kind != m.relation else m.relation,
                  m.article, m.attribution or "-", m.text) for m in matches],
                (5, 20, 22, 24, 50), out)
    return 0


def _cmd_relate(args: argparse.Namespace, out) -> int:
    if args.pairs:
        path = Path(args.pairs)
        from .reader import read_text

        for number, line in enumerate(read_text(path).splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
                args.failures.append(f"{path}, line {number}: expected two TAB-separated texts")
                continue
            r = relate(parts[0], parts[1])
            _write_jsonl([{"line": number, "kind": r.kind, "score": r.score, "reasons": list(r.reasons)}], out)
        return 0
    if len(args.texts) != 2:
        args.parser.error("relate takes two claim texts, or --pairs FILE.tsv")
    r = relate(*args.texts)
    _write_jsonl([{"kind": r.kind, "score": r.score, "reasons": list(r.reasons)}], out)
    return 0


def _cmd_contradictions(args: argparse.Namespace, out) -> int:
    corpus = load_corpus(args.paths, args.outlets, failures=args.failures, jobs=args.jobs)
    marks = contradictions(corpus)
    if args.kind:
        marks = [m for m in marks if m.kind in args.kind]
    sided = one_sided(corpus, marks)
    missing: dict[frozenset[str], list[str]] = {}
    for article, pairs in sided.items():
        for claim, counter in pairs:
            missing.setdefault(frozenset((claim, counter)), []).append(article)
    if args.format == "jsonl":
        _write_jsonl((mark_to_dict(m, missing.get(frozenset((m.a, m.b)))) for m in marks), out)
        return 0
    write_table(("kind", "a", "b", "explanation"),
                [(m.dispute or m.kind, m.a, m.b, m.explanation) for m in marks], (11, 24, 24, 80), out)
    for article, pairs in sided.items():
        for claim, counter in pairs:
            out.write(f"{article} carries {claim} without the counter-claim {counter}\n")
    return 0


def _cmd_compare(args: argparse.Namespace, out) -> int:
    from .compare import compare_outlets
    from .report import comparison_to_json, render_html, render_markdown, text_rows

    if args.html is not None and not args.html.strip():
        args.parser.error("--html needs a file name")
    corpus = load_corpus(args.paths, args.outlets, progress=not args.quiet, failures=args.failures, jobs=args.jobs)
    if not args.quiet and len(corpus.articles) >= PROGRESS_AT:
        print("claimtrack: matching claims and marking contradictions ...", file=sys.stderr)
    comparison = compare_outlets(corpus, all_clusters=args.all)
    if args.html is not None:
        path = Path(args.html)
        write_file(path, render_html(comparison), "the HTML report")
        print(f"claimtrack: HTML report written to {path}", file=sys.stderr)
    if args.format == "json":
        out.write(json.dumps(comparison_to_json(comparison), ensure_ascii=False, indent=1) + "\n")
    elif args.format == "markdown":
        out.write(render_markdown(comparison))
    else:
        out.write(f"{len(corpus.articles)} articles, {len(comparison.outlets)} outlets, "
                  f"{len(comparison.clusters)} claims reported more than once or marked\n\n")
        write_table(("claim", "outlet", "who is cited", "cue · quote", "counter-claim"), list(text_rows(comparison)),
                    (5, 22, 48, 30, 20), out)
        out.write("\n")
        write_table(("outlet", "attrib.", "/1000 w", "named", "anon.", "document", "direct", "hedged", "no counter"),
                    [(r.outlet, r.attributions, r.per_1000_words, f"{r.named:.0%}", f"{r.anonymous:.0%}",
                      f"{r.document:.0%}", f"{r.direct:.0%}", f"{r.hedged:.0%}", r.without_counter)
                     for r in comparison.outlets], (22, 7, 7, 6, 6, 8, 6, 6, 10), out)
        for view in comparison.clusters:
            for m in view.marks:
                if m.kind == "contradicts":
                    out.write(f"\n{view.cluster.id} {m.kind}: {m.explanation}")
        out.write("\n")
    return 0


def _cmd_demo(args: argparse.Namespace, out) -> int:
    for article in load_articles(args.paths, failures=args.failures):
        sentences = split_sentences(article)
        date = article.published.isoformat() if article.published else "-"
        out.write(f"{article.id}\n")
        out.write(f"  headline:   {article.headline}\n")
        out.write(f"  published:  {date}\n")
        out.write(f"  paragraphs: {len(article.paragraphs)}\n")
        out.write(f"  sentences:  {len(sentences)}\n")
    return 0


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return n


def _corpus_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--outlets", metavar="FILE",
                   help="JSON mapping article ids to outlet names (default: outlets.json in a folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrack",
        description="Track claims and their sources across Arabic news outlets.",
    )
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    parser.add_argument("--debug", action="store_true", help="on an error, also print the Python traceback")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("sentences", help="split articles into numbered sentences",
                       description="Print the body sentences of each article, numbered, or as JSON lines.")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files (UTF-8 text) or folders of them")
    p.add_argument("--format", choices=("text", "jsonl"), default="text",
                   help="text (default): numbered sentences per article; jsonl: one JSON object per sentence")
    p.add_argument("--headlines", action="store_true", help="include headline and sub-headline lines")
    p.set_defaults(func=_cmd_sentences)

    p = sub.add_parser("extract", help="find reported speech: cue, source, content",
                       description="Print every attribution (who said what) of each article, in document order.")
    p.add_argument("files", nargs="+", metavar="FILE", help="article files (UTF-8 text) or folders of them")
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="table (default): a readable table; jsonl: one JSON object per attribution")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("eval", help="score extraction against gold annotations",
                       description="Print cue and strict precision, recall and F1 of extraction against a gold file "
                                   "(JSON lines as in tests/data/ANNOTATION.md).")
    p.add_argument("gold", metavar="GOLD", nargs="?",
                   help="gold attributions: JSON lines, or a folder of <article id>.json files")
    p.add_argument("files", nargs="*", metavar="FILE", help="the articles the gold names (default: seeds/)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or one JSON object")
    p.add_argument("--clusters", metavar="CLUSTERS", help="gold claim clusters (JSON as tests/data/gold_clusters.json): "
                   "also cluster the articles and print pairwise precision and recall")
    p.add_argument("--baseline", action="store_true",
                   help="also score the naive baselines on the same articles, side by side: a reporting-verb look-up "
                        "for extraction, content-word overlap (Jaccard >= 0.35, union-find) for claim clusters")
    p.add_argument("--stories", metavar="STORIES", help="gold stories (JSON {\"stories\": {slug: [\"<article>:<row>\", ...]}}, "
                   "as the stories.json of tests/data/real_stories/*): also group the claims into stories and print "
                   "story-level pairwise precision and recall, next to two baselines (the claim baseline's clusters merged "
                   "by article; two shared rare content words), each closed by union-find")
    p.add_argument("--stance", metavar="PAIRS.csv", help="instead, score the stance of headline pairs (CSV with the "
                   "columns s1, s2, stance = agree | disagree | other, as the ANS corpus): macro-F1, per-label F1 and the "
                   "confusion matrix, next to the naive baseline and to relate() alone")
    p.add_argument("--cross-article", action="store_true",
                   help="with --clusters or --stories, count only pairs of rows from different articles")
    p.add_argument("--disputes", metavar="FOLDER",
                   help="score dispute marks instead: a folder of labelled pairs (pairs*.jsonl, articles/, as "
                        "tests/data/real_disputes) or a story folder with conflicts.json (tests/data/real_stories/*); "
                        "prints precision and recall per kind next to the naive baseline (digits or negators differ)")
    p.add_argument("--track", metavar="CLAIMS.jsonl[.gz]",
                   help="score claim tracking instead: claims with the articles a search returned and each article's "
                        "stance (UnifiedFC JSON lines: id, claim, article, stance); precision and recall of the related "
                        "articles next to the naive baseline (half the claim's words in the article)")
    p.add_argument("--limit", type=int, metavar="N", help="with --track, only the first N claims")
    p.add_argument("-v", "--verbose", action="store_true", help="list misses, wrong matches and spurious attributions "
                   "(with --clusters: gold pairs kept apart and pairs wrongly joined; with --disputes: every pair)")
    p.set_defaults(func=_cmd_eval, parser=p)

    p = sub.add_parser("match", help="cluster the same claim across articles and outlets",
                       description="Group attributions that report the same claim, across articles and outlets.")
    _corpus_arguments(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="table (default): clusters with more than one claim; jsonl: one JSON object per cluster, "
                        "with the id of its story")
    p.add_argument("--all", action="store_true", help="in the table, list single-claim clusters too")
    p.set_defaults(func=_cmd_match)

    p = sub.add_parser("find", help="track one claim across the articles",
                       description="List the attributions and sentences that report a claim, best first.")
    p.add_argument("claim", metavar="CLAIM", help="the claim, in Arabic")
    _corpus_arguments(p)
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="table (default) or jsonl")
    p.set_defaults(func=_cmd_find)

    p = sub.add_parser("relate", help="relate two claim texts (same, related, unrelated)",
                       description="Print kind and score for two claim texts, or for each line of a TSV file of pairs.")
    p.add_argument("texts", nargs="*", metavar="TEXT", help="two claim texts")
    p.add_argument("--pairs", metavar="FILE.tsv", help="one pair per line: two TAB-separated texts")
    p.set_defaults(func=_cmd_relate, parser=p)

    p = sub.add_parser("contradictions", help="contradictions, agreements, clarifications, framing",
                       description="Mark how claims relate across articles: contradicts, agrees, clarifies, framing; "
                                   "and say which articles carry a claim without its counter-claim.")
    _corpus_arguments(p)
    p.add_argument("--kind", action="append", choices=("contradicts", "agrees", "clarifies", "framing"),
                   help="only marks of this kind (repeatable)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="table (default) or jsonl")
    p.set_defaults(func=_cmd_contradictions)

    p = sub.add_parser("compare", help="compare how outlets report each claim; HTML report",
                       description="Per claim: which outlets carried it, who they cite, cue, direct or indirect, hedges, "
                                   "whether the counter-claim was included; per outlet: sourcing figures.")
    _corpus_arguments(p)
    p.add_argument("--format", choices=("table", "markdown", "json"), default="table",
                   help="table (default, for a terminal), markdown, or json (articles, attributions, clusters, "
                        "contradictions, outlets)")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report to FILE")
    p.add_argument("--all", action="store_true", help="show every claim, not only those reported more than once")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress messages on stderr")
    p.set_defaults(func=_cmd_compare, parser=p)

    p = sub.add_parser("demo", help="summarize articles: headline, date, paragraphs, sentences",
                       description="Print each article's headline, publication date, paragraph and sentence counts.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.set_defaults(func=_cmd_demo)

    from .store.cli import register  # claimtrack track ...
    register(sub)
    for name in ("sentences", "extract", "eval", "match", "find", "contradictions", "compare"):
        sub.choices[name].add_argument("--jobs", type=_jobs, default=default_jobs(), metavar="N",
                                       help="read and extract the articles in N processes (default: the number "
                                            "of cores; 1: one process); the output is the same")
    for command in sub.choices.values():  # --debug also after the command name; SUPPRESS keeps the global one
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                             help="on an error, also print the Python traceback")
    return parser


class _Output:
    """Standard output for the commands: a failed write (a full disk, ``> /dev/full``) becomes an
    :class:`InputError`; a closed pipe (``| head``) stays a :class:`BrokenPipeError`, which ends the run quietly."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as err:
            raise InputError(f"standard output: cannot write: {err.strerror or err}") from err

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as err:
            raise InputError(f"standard output: cannot write: {err.strerror or err}") from err


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
    read are processed and those that cannot are listed at the end (exit code 1)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.failures = []
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        print("claimtrack: error: standard output is closed; redirect it to a file or /dev/null", file=sys.stderr)
        return 1
    out = _Output(sys.stdout)
    try:
        code = int(args.func(args, out) or 0)
        out.flush()
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except KeyboardInterrupt:
        _report_failures(args.failures)
        print("claimtrack: interrupted", file=sys.stderr)
        return 130
    except ClaimtrackError as err:
        if args.debug:
            traceback.print_exc()
        _report_failures(args.failures)
        print(f"claimtrack: error: {err}", file=sys.stderr)
        if str(err).startswith("standard output:"):
            _drop_stdout()
        return 1
    except Exception as err:  # a bug, most likely: still one line, the traceback with --debug
        if args.debug:
            raise
        _report_failures(args.failures)
        print(f"claimtrack: internal error: {type(err).__name__}: {err} (run again with --debug for the traceback)",
              file=sys.stderr)
        return 1
    if args.failures:
        _report_failures(args.failures)
        return 1
    return code


def _report_failures(failures: list[str]) -> None:
    if len(failures) > 1:
        print(f"claimtrack: error: {len(failures)} inputs could not be used:", file=sys.stderr)
    for line in failures:
        print(f"claimtrack: error: {line}", file=sys.stderr)
