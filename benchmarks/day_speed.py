"""Matching and disputes on one real day: CPU seconds per stage (issue 14, "one real day under 30 s").

    python3 benchmarks/day_speed.py [--corpus ../shared/corpora/saudinewsnet] [--day 2015-07-21]
                                    [--articles 1400] [--runs 1] [--profile STAGE] [--out FILE.md]
    python3 benchmarks/day_speed.py --day all --articles 0   # the whole archive: every day, every article

Reads the first N articles of one SaudiNewsNet day zip (``--day all``: of every day zip in date order; ``--articles
0``: all of them) as every command reads records
(:class:`claimtrack.reader.records.RecordReader`), builds a :class:`~claimtrack.Corpus` and times each stage
in a fresh process: load (reading the records), extraction (attributions and claim keys; reported apart,
not part of the target), then what the target covers: reprint groups, term weights, pair scores (with
the candidate pairs, found again within as the commands find them: the candidates column times that part
alone and is not added to the total), clusters, stories and marks (:func:`claimtrack.contradictions`, what ``claimtrack contradictions``
and ``compare`` print).  CPU seconds of the process are given (a shared machine inflates wall seconds, not
these).  ``--profile STAGE`` prints a cProfile of that stage (and everything it needs that is not yet
done runs unprofiled first).  The peak resident memory after each stage is printed too (the process's
maximum so far, which includes the articles and the extraction).  Not part of the test suite (the corpus is not shipped).
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # measure this checkout, not an installed claimtrack

# What the target covers: everything after extraction.  "scores" finds the candidate pairs itself, as the
# commands do; "candidates" times finding them alone (before "scores"), so it is not counted again in the sum.
MATCHING = ("groups", "weights", "scores", "clusters", "stories")
STAGES = ("load", "extract", "groups", "weights", "candidates", "scores", "clusters", "stories", "marks")


def day_files(corpus: Path, day: str) -> list[Path]:
    """The day file of ``day``, or every day file in date order for ``all``."""
    return sorted(corpus.glob("*.zip")) if day == "all" else [corpus / f"{day}.zip"]


def day_articles(zips: list[Path], n: int) -> list:
    """The first ``n`` articles (every one for 0) of the day files, read as ``claimtrack compare DAY.zip`` reads
    them."""
    from claimtrack.reader.records import RecordReader

    reader = RecordReader()
    articles = itertools.chain.from_iterable(reader.read(str(z)) for z in zips)
    return list(itertools.islice(articles, n or None))


def stage_calls(holder: dict, zips: list[Path], n: int) -> dict:
    """Each stage as a call that leaves its result in ``holder`` (the corpus after ``load``)."""
    from claimtrack import Corpus, contradictions

    def load() -> None:
        holder["corpus"] = Corpus(day_articles(zips, n))

    def corpus():
        return holder["corpus"]

    return {
        "load": load,
        "extract": lambda: corpus().claims,
        "groups": lambda: corpus().groups,
        "weights": lambda: corpus().weight(),
        # counted as they come, not held (780,000 at the whole archive), as the scores take them
        "candidates": lambda: holder.__setitem__("pairs", sum(1 for _ in corpus().iter_candidate_pairs())),
        "scores": lambda: corpus().pair_scores,
        "clusters": lambda: corpus().clusters,
        "stories": lambda: corpus().stories,
        "marks": lambda: holder.__setitem__("marks", contradictions(corpus())),
    }


def measure(zips: list[Path], n: int) -> dict:
    """Run every stage once in this process: CPU and wall seconds per stage, peak resident MB."""
    holder: dict = {}
    cpu: dict[str, float] = {}
    wall: dict[str, float] = {}
    rss: dict[str, float] = {}  # peak resident MB after each stage
    for name, call in stage_calls(holder, zips, n).items():
        t, c = time.perf_counter(), time.process_time()
        call()
        wall[name] = time.perf_counter() - t
        cpu[name] = time.process_time() - c
        rss[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    corpus = holder["corpus"]
    return {"articles": len(corpus.articles), "claims": len(corpus.claims), "pairs": holder["pairs"],
            "clusters": len(corpus.clusters), "stories": len(corpus.stories), "marks": len(holder["marks"]),
            "cpu": cpu, "wall": wall, "rss": rss, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def profile(zips: list[Path], n: int, target: str) -> None:
    import cProfile
    import pstats

    holder: dict = {}
    for name, call in stage_calls(holder, zips, n).items():
        if name != target:
            call()
            continue
        prof = cProfile.Profile()
        prof.enable()
        call()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--day", default="2015-07-21", help="a day (YYYY-MM-DD) or all")
    parser.add_argument("--articles", type=int, default=1400, help="the first N articles; 0: every one")
    parser.add_argument("--runs", type=int, default=1, help="fresh processes; the table gives each stage's minimum")
    parser.add_argument("--profile", choices=STAGES, help="cProfile this stage instead of timing")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # one run, in this process (JSON out)
    parser.add_argument("--out", type=Path, help="also write the table as Markdown to this file")
    args = parser.parse_args()
    zips = day_files(args.corpus, args.day)
    if not zips or not zips[0].exists():
        print(f"{args.corpus}: no day file for {args.day}", file=sys.stderr)
        return 1
    if args.profile:
        profile(zips, args.articles, args.profile)
        return 0
    if args.one:
        print(json.dumps(measure(zips, args.articles)))
        return 0
    runs = []
    for _ in range(args.runs):
        cmd = [sys.executable, __file__, "--corpus", str(args.corpus), "--day", args.day,
               "--articles", str(args.articles), "--one"]
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        runs.append(r)
        print(" ".join(f"{k} {v:.1f}" for k, v in r["cpu"].items()), f"peak {r['peak_mb']:.0f} MB (after each stage: "
              + ", ".join(f"{k} {v:.0f}" for k, v in r["rss"].items()) + ")", flush=True)
    best = {k: min(r["cpu"][k] for r in runs) for k in STAGES}
    target = sum(best[k] for k in (*MATCHING, "marks"))
    r = runs[0]
    lines = [f"{r['articles']:,} articles of {'every day' if args.day == 'all' else args.day}: {r['claims']:,} claims, {r['pairs']:,} candidate pairs, "
             f"{r['clusters']:,} clusters, {r['stories']:,} stories, {r['marks']:,} marks; CPU s, "
             f"the minimum of {len(runs)} fresh process(es)", "",
             "| " + " | ".join(STAGES) + " | matching + marks (candidates not counted twice) | peak RSS MB |",
             "| ---: " * (len(STAGES) + 2) + "|",
             "| " + " | ".join(f"{best[k]:.1f}" for k in STAGES) + f" | **{target:.1f}** | "
             + f"{max(x['peak_mb'] for x in runs):,.0f} |"]
    print(*lines, sep="\n")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
