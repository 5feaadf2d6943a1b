"""How claim matching scales with the number of real articles: wall time and peak memory per stage.

    python3 benchmarks/match_scale.py [--corpus ../shared/corpora/saudinewsnet] [--sizes 1000,4000,16000,20329]
                                      [--profile N] [--dump FILE] [--out FILE.md]

Reads the first N articles of the SaudiNewsNet day zips in date order (title line, an empty line, then the
content, as benchmarks/corpus_extract.py does; the day of ``date_extracted`` is the article's date), so
1,000 articles are one day and 4,000 several.  Each size runs in a fresh process, which builds a
:class:`~claimtrack.Corpus` and times its stages: extraction (attributions and claims), reprint groups,
term weights, candidate pairs (counted in a pass of their own, left out of matching's total: the scores take
them as they come), pair scores, clusters and stories.  Peak memory is the process's maximum
resident set (``resource.getrusage``), which includes the extraction and the articles themselves.  The table
gives CPU seconds of the process per stage (a loaded machine inflates wall seconds, not these) and the growth
of matching's CPU time from each size to the next.
After the scores it notes which bounded caches are full, with their hits and misses.
``--profile N`` prints a cProfile of matching (everything after extraction) for N articles; ``--dump``
writes every size's clusters and stories as JSON, to check that a change leaves them as they were (each size's line
gives the md5 of that JSON too).
Not part of the test suite (the corpus is not shipped); ``make bench`` runs benchmarks/test_bench_scale.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # measure this checkout, not an installed claimtrack


def real_articles(corpus: Path, n: int) -> list:
    """The first ``n`` non-empty articles of the day zips under ``corpus``, in date order."""
    from claimtrack import parse_article

    out = []
    for day in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(day) as z:
            records = json.loads(z.read(z.namelist()[0]))
        for k, record in enumerate(records):
            text = (record.get("title") or "").strip() + "\n\n" + (record.get("content") or "")
            if not text.strip():
                continue
            published = (record.get("date_extracted") or "")[:10] or None
            out.append(parse_article(text, id=f"{day.stem}/{k}", outlet=record.get("source") or "unknown",
                                     published=published))
            if len(out) == n:
                return out
    return out


def matched(corpus) -> dict:
    """The clusters and stories of ``corpus`` as plain lists (what must not change)."""
    return {"clusters": [[c.id, c.label, list(c.claims)] for c in corpus.clusters],
            "stories": [[s.id, s.label, list(s.clusters)] for s in corpus.stories]}


def cache_stats() -> dict[str, list[int]]:
    """Every bounded cache of claimtrack's functions: name -> [hits, misses, entries, bound] (how hard each
    is thrashed at this size)."""
    out = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("claimtrack"):
            continue
        for attr, fn in vars(module).items():
            info = getattr(fn, "cache_info", None)
            if callable(info) and getattr(fn, "__module__", None) == name and (i := info()).maxsize:
                out[f"{name}.{attr}"] = [i.hits, i.misses, i.currsize, i.maxsize]
    return out


def measure(corpus_dir: Path, n: int, dump: Path | None = None) -> dict:
    """Build a corpus of ``n`` real articles and time each stage (seconds); peak RSS in MB."""
    from claimtrack import Corpus

    articles = real_articles(corpus_dir, n)
    corpus = Corpus(articles)
    times: dict[str, float] = {}
    rss: dict[str, float] = {}  # peak resident MB after each stage
    cpu: dict[str, float] = {}  # CPU seconds of this process (what a loaded machine does not inflate)
    started = time.perf_counter()

    def stage(name: str, fn) -> None:
        t, c = time.perf_counter(), time.process_time()
        fn()
        times[name] = time.perf_counter() - t
        cpu[name] = time.process_time() - c
        rss[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    stage("extract", lambda: corpus.claims)
    matching, matching_cpu = time.perf_counter(), time.process_time()
    stage("groups", lambda: corpus.groups)
    stage("weights", lambda: corpus.weight())
    pairs = [0]
    # The pairs are streamed to the scores, never held: this stage counts them in a pass of its own, left out
    # of matching's total (the scores stage finds them again as it scores them).
    stage("candidates", lambda: pairs.__setitem__(0, sum(1 for _ in corpus.iter_candidate_pairs())))
    stage("scores", lambda: corpus.pair_scores)
    caches = cache_stats()
    stage("clusters", lambda: corpus.clusters)
    stage("stories", lambda: corpus.stories)
    end, end_cpu = time.perf_counter(), time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the JSON below is made
    found = json.dumps(matched(corpus), ensure_ascii=False)
    if dump:
        dump.write_text(found, encoding="utf-8")
    return {"articles": len(articles), "claims": len(corpus.claims), "groups": len(corpus.groups),
            "pairs": pairs[0], "pairs_per_claim": pairs[0] / max(1, len(corpus.groups)),
            "clusters": len(corpus.clusters), "stories": len(corpus.stories),
            "match_s": end - matching - times["candidates"], "match_cpu_s": end_cpu - matching_cpu - cpu["candidates"],
            "total_s": end - started,
            "stages": times, "cpu": cpu, "rss": rss, "caches": caches,
            "peak_mb": peak, "digest": hashlib.md5(found.encode("utf-8")).hexdigest()[:12]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--sizes", default="1000,4000,16000,20329")  # 20,329: every article of the 12 days
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process (JSON out)
    parser.add_argument("--profile", type=int, help="cProfile matching for this many articles")
    parser.add_argument("--dump", type=Path, help="write clusters and stories to FILE (FILE.N.json per size)")
    parser.add_argument("--out", type=Path, help="also write the table as Markdown to this file")
    args = parser.parse_args()
    if not list(args.corpus.glob("*.zip")):
        print(f"{args.corpus}: no day files (*.zip) found", file=sys.stderr)
        return 1
    if args.one:
        dump = args.dump.with_suffix(f".{args.one}.json") if args.dump else None
        print(json.dumps(measure(args.corpus, args.one, dump)))
        return 0
    if args.profile:
        import cProfile
        import pstats

        from claimtrack import Corpus

        corpus = Corpus(real_articles(args.corpus, args.profile))
        corpus.claims
        prof = cProfile.Profile()
        prof.enable()
        corpus.stories
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        return 0
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--corpus", str(args.corpus), "--one", str(n)]
        if args.dump:
            cmd += ["--dump", str(args.dump)]
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        rows.append(r)
        cpu = r["cpu"]
        print(f"{r['articles']:>5} articles {r['claims']:>6} claims {r['pairs']:>8} pairs "
              f"({r['pairs_per_claim']:.1f} a claim): matching {r['match_cpu_s']:7.1f} s CPU "
              f"({r['match_s']:.1f} s wall) (CPU s: extraction {cpu['extract']:.1f}; "
              + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items() if k != "extract")
              + f"), peak {r['peak_mb']:.0f} MB (after each stage: "
              + ", ".join(f"{k} {v:.0f}" for k, v in r["rss"].items()) + f"); clusters and stories md5 {r['digest']}",
              flush=True)
        full = sorted(((k, v) for k, v in r["caches"].items() if v[2] >= v[3]), key=lambda kv: -kv[1][1])
        if full:
            print("  full bounded caches after the scores (hits / misses / bound): "
                  + ", ".join(f"{k.rsplit('.', 1)[1]} {h:,} / {m:,} / {b:,}" for k, (h, m, _, b) in full), flush=True)
    stages = ("groups", "weights", "candidates", "scores", "clusters", "stories")
    lines = ["| articles | claims | candidate pairs | pairs a claim | extraction CPU s | matching CPU s (wall s) | "
             + " | ".join(stages) + " | peak RSS MB |",
             "| ---: " * (len(stages) + 7) + "|"]
    for r in rows:
        cpu = r["cpu"]
        lines.append(f"| {r['articles']:,} | {r['claims']:,} | {r['pairs']:,} | {r['pairs_per_claim']:.1f} | "
                     f"{cpu['extract']:.1f} | "
                     f"{r['match_cpu_s']:.1f} ({r['match_s']:.1f}) | "
                     + " | ".join(f"{cpu[k]:.1f}" for k in stages) + f" | {r['peak_mb']:,.0f} |")
    for a, b in zip(rows, rows[1:]):
        lines.append(f"\ngrowth {a['articles']:,} -> {b['articles']:,} articles ({b['articles'] / a['articles']:.1f}x): "
                     f"matching {b['match_cpu_s'] / max(a['match_cpu_s'], 1e-9):.1f}x CPU; "
                     + ", ".join(f"{k} {b['cpu'][k] / max(a['cpu'][k], 1e-9):.1f}x" for k in stages))
    table = "\n".join(lines)
    print(table)
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
