"""Matching and disputes at scale (issues 12, 14): clusters, stories and marks of 1,000, 4,000, 16,000 then all 20,329
real articles (`make bench`).

Reads the SaudiNewsNet day zips from ``../shared/corpora/saudinewsnet`` (relative to the repository) the way
benchmarks/match_scale.py does: the first 1,000 articles are one day, the first 4,000 and 16,000 several, 20,329 all
twelve.  Extraction
is done before the clock starts; the timed part is matching (reprint groups, term weights, candidate pairs,
pair scores, clusters, stories), then the dispute marks (:func:`claimtrack.contradictions`, what ``compare`` and
``contradictions`` print), timed apart.  Prints the time of each size, the candidate pairs a claim gets, the growth
ratio from each size to the next of matching and of matching with the marks (at most 5x for 4x the articles, i.e.
near-linear; the whole archive under 10 minutes) and the process's peak memory against the 2 GB target (printed, not
asserted: a benchmark measures).  Without the
corpus it falls back to the seed articles (and 4 and 16 copies of them) and says so (CLAIMTRACK_BENCH_SEEDS=1 forces that); the figures
then say nothing about scale.
Measured figures: benchmarks/match_scale.md.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

import attrs
import pytest

import claimtrack
from claimtrack import Corpus

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "saudinewsnet"
SEEDS = sorted((HERE.parent / "seeds").glob("*.txt"))
SIZES = (1000, 4000, 16000, 20329)
REAL = any(CORPUS.glob("*.zip")) and not os.environ.get("CLAIMTRACK_BENCH_SEEDS")  # set it to force the seeds

_seconds: dict[int, float] = {}  # size -> wall seconds of matching
_cpu: dict[int, float] = {}  # size -> CPU seconds (steadier on a loaded machine)
_marks_cpu: dict[int, float] = {}  # size -> CPU seconds of the dispute marks, after matching
_count: dict[int, int] = {}  # size -> articles actually read


def _articles(n: int) -> list[claimtrack.Article]:
    if REAL:
        sys.path.insert(0, str(HERE))
        from match_scale import real_articles

        return real_articles(CORPUS, n)
    seeds = [claimtrack.read_article(p) for p in SEEDS]
    copies = n // SIZES[0]
    return [attrs.evolve(a, id=f"{a.id}#{k}") for k in range(copies) for a in seeds]


@pytest.mark.parametrize("n", SIZES)
def test_bench_match_scale(benchmark, capsys, n):
    articles = _articles(n)

    corpus_of: list[Corpus] = []

    def setup():
        corpus = Corpus(articles)
        corpus.claims  # extraction: not timed
        corpus_of.append(corpus)
        return (corpus,), {}

    def match(corpus: Corpus) -> int:
        started, cpu = time.perf_counter(), time.process_time()
        found = len(corpus.stories)
        _seconds[n], _cpu[n] = time.perf_counter() - started, time.process_time() - cpu
        return found

    benchmark.pedantic(match, setup=setup, rounds=1, iterations=1)
    cpu = time.process_time()
    marks = len(claimtrack.contradictions(corpus_of[0]))
    _marks_cpu[n] = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024  # GB (Linux: kB)
    what = f"{len(articles)} real articles" if REAL else (
        f"{len(articles)} seed articles (no corpus at {CORPUS}: seed fallback, figures say nothing about scale)")
    _count[n] = len(articles)
    verdict = "under the 2 GB target" if peak < 2.0 else "OVER the 2 GB target (benchmarks/match_scale.md: what remains)"
    per_claim = len(corpus_of[0].pair_scores) / max(1, len(corpus_of[0].groups))
    lines = [f"matching {what}: {_seconds[n]:.1f} s ({_cpu[n]:.1f} s CPU), {per_claim:.1f} candidate pairs a claim; "
             f"marks {_marks_cpu[n]:.1f} s CPU ({marks} marks); matching and marks {_cpu[n] + _marks_cpu[n]:.1f} s CPU; "
             f"peak memory {peak:.2f} GB, {verdict}"]
    before = SIZES[SIZES.index(n) - 1] if n != SIZES[0] else None
    if before in _seconds:
        ratio = _seconds[n] / max(_seconds[before], 1e-9)
        cpu_ratio = _cpu[n] / max(_cpu[before], 1e-9)
        with_marks = (_cpu[n] + _marks_cpu[n]) / max(_cpu[before] + _marks_cpu[before], 1e-9)
        lines.append(f"growth {_count[before]} -> {_count[n]} articles ({_count[n] / _count[before]:.1f}x): matching {ratio:.1f}x "
                     f"wall, {cpu_ratio:.1f}x CPU; matching and marks {with_marks:.1f}x CPU "
                     "(near-linear: at most 5x for 4x the articles)")
        benchmark.extra_info["growth"] = round(ratio, 2)
        benchmark.extra_info["growth_cpu"] = round(cpu_ratio, 2)
        benchmark.extra_info["growth_with_marks_cpu"] = round(with_marks, 2)
    benchmark.extra_info["peak_gb"] = round(peak, 3)
    with capsys.disabled():
        print("\n" + "\n".join(lines))
