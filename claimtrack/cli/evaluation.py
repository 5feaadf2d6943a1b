"""``eval``: extraction, claim clusters, stories, stance, disputes and tracking scored against gold, each next
to its naive baseline."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..inputs import load_articles
from .options import add_fields, add_format, add_jobs, progress, reading
from .output import MACHINE_FORMATS, write_records

__all__ = ["register"]


def _write_score(out, fmt: str, record: dict[str, Any]) -> None:
    """A score as one record: one JSON document, one JSON line, or one CSV row (nested keys joined by _)."""
    write_records(out, fmt, [record], document=record)


def _eval_stance(args: argparse.Namespace, out) -> int:
    from ..baselines import baseline_stance  # here, as in each command: `extract` does not import them
    from ..evaluate import evaluate_stance, load_stance_pairs, relate_stance

    rows = load_stance_pairs(args.stance)
    scores = {"stance": evaluate_stance(rows), "baseline": evaluate_stance(rows, baseline_stance),
              "relate": evaluate_stance(rows, relate_stance)}
    if args.format in MACHINE_FORMATS:
        _write_score(out, args.format, {k: v.as_dict() for k, v in scores.items()})
        return 0
    out.write(f"pairs: {len(rows)}\n")
    for name, label in (("stance", "claimtrack stance"), ("baseline", "baseline (digits, negators, Jaccard)"),
                        ("relate", "relate() kinds alone")):
        out.write(f"{label:<38} {scores[name].summary()}\n")
    out.write(scores["stance"].table() + "\n")
    return 0


def _cmd_eval(args: argparse.Namespace, out) -> int:
    from ..baselines import baseline_attributions, baseline_clusters, baseline_rare_word_stories, baseline_stories
    from ..evaluate import evaluate, evaluate_clusters, load_gold, load_gold_clusters, load_gold_stories
    from ..matching import Corpus
    from ..parallel import prime_corpus

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
    read = load_articles(files, progress=progress(args), failures=args.failures, jobs=args.jobs, extracted=extracted,
                         **reading(args))
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
    if args.format in MACHINE_FORMATS:
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
        _write_score(out, args.format, record)
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
            cues = _write_pairs(out, gold, (("apart", clustered.missed), ("joined", clustered.wrong)), 8)
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
            _write_pairs(out, gold, (("story apart", storied.missed), ("story joined", storied.wrong)), 12)
    return 0


def _write_pairs(out, gold, groups, width: int) -> dict[str, str]:
    """The gold pairs found apart or wrongly joined, a line each with their cues; returns the cues by gold name."""
    from ..evaluate import gold_name

    cues = {gold_name(g): g.cue_text for g in gold}
    for kind, pairs in groups:
        for x, y in pairs:
            out.write(f"{kind:<{width}} {x} ({cues[x]}) / {y} ({cues[y]})\n")
    return cues


def _eval_disputes(args: argparse.Namespace, out) -> int:
    """``eval --disputes``: dispute marks against labelled pairs or a story's conflicts, next to the baseline."""
    from ..contradiction.scoring import evaluate_conflicts, evaluate_disputes

    folder = Path(args.disputes)
    score = evaluate_conflicts(folder) if (folder / "conflicts.json").is_file() \
        else evaluate_disputes(folder, narration=args.narration)
    if args.format in MACHINE_FORMATS:
        _write_score(out, args.format, score.as_dict())
    else:
        out.write(score.report(verbose=args.verbose))
    return 0


def _eval_track(args: argparse.Namespace, out) -> int:
    """``eval --track``: which search results report each claim (UnifiedFC JSON lines), next to the baseline."""
    from ..matching.track import evaluate_track, load_track_claims

    claims = load_track_claims(args.track)[args.skip or 0 :]
    score = evaluate_track(claims[: args.limit])
    if args.format in MACHINE_FORMATS:
        _write_score(out, args.format, score.as_dict())
    else:
        out.write(score.report(args.verbose))
    return 0


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``eval``."""
    p = sub.add_parser("eval", help="score extraction against gold annotations",
                       description="Print cue and strict precision, recall and F1 of extraction against a gold file "
                                   "(JSON lines as in tests/data/ANNOTATION.md).")
    p.add_argument("gold", metavar="GOLD", nargs="?",
                   help="gold attributions: JSON lines (- for standard input), or a folder of <article id>.json files")
    p.add_argument("files", nargs="*", metavar="FILE", help="the articles the gold names (default: seeds/); "
                   "- for JSON lines on standard input")
    add_fields(p)
    add_format(p, ("text", "json", "jsonl", "csv"), "text", "A record is the scores (in CSV, one row: nested names joined by _)")
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
    p.add_argument("--narration", action=argparse.BooleanOptionalAction, default=True,
                   help="with --disputes on labelled pairs, an outlet's own sentences that no attribution covers are "
                        "claims too (the account a denial denies, a toll another disputes; default: on, "
                        "--no-narration: attributions only)")
    p.add_argument("--track", metavar="CLAIMS.jsonl[.gz]",
                   help="score claim tracking instead: claims with the articles a search returned and each article's "
                        "stance (UnifiedFC JSON lines: id, claim, article, stance); precision and recall of the related "
                        "articles next to the naive baseline (half the claim's words in the article)")
    p.add_argument("--limit", type=int, metavar="N", help="with --track, only the first N claims")
    p.add_argument("--skip", type=int, metavar="N", help="with --track, leave out the first N claims (with --skip 100, "
                   "UnifiedFC's claims kept apart from the tuning of the shipped model)")
    p.add_argument("-v", "--verbose", action="store_true", help="list misses, wrong matches and spurious attributions "
                   "(with --clusters: gold pairs kept apart and pairs wrongly joined; with --disputes: every pair)")
    add_jobs(p)
    p.set_defaults(func=_cmd_eval, parser=p)
