"""Extraction against one regex pass of the reporting verbs, as whole processes over the same real files
(issue 14; `make bench`).

The same as ``python3 benchmarks/extract_ratio.py --runs 3`` (see its docstring): the first 1,000 articles of
the SaudiNewsNet corpus in ``../shared/corpora/saudinewsnet`` when present (it says so), else the seeds
(CLAIMTRACK_BENCH_SEEDS=1 forces them).  Prints CPU seconds, MB/s, the ratio (target: at most 4x) and the share
of each stage; figures are printed, never asserted.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_ratio import report, write_articles  # noqa: E402


@pytest.fixture(scope="module")
def real_files():
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp), write_articles(Path(tmp), 1000)


def test_bench_extract_ratio(benchmark, capsys, real_files):
    folder, what = real_files
    lines: list[str] = []
    benchmark.pedantic(lambda: report(folder, what, 3, True, say=lines.append), rounds=1, iterations=1)
    with capsys.disabled():
        print("\n" + "\n".join(lines))
