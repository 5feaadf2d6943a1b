"""Growth on hostile input (issue 17): each reproducer at N, 2N and 4N characters, with the time ratios.

Linear work doubles with the input (ratio ~2); quadratic work quadruples (~4); the reproducers of the issue
grew by 5-8 per doubling.  Nothing is asserted on a clock: the ratios are printed (``-s``) and stored in the
benchmark's ``extra_info``.  Run ``make bench`` or ``pytest -q benchmarks/test_bench_hostile.py -s``, or
``python benchmarks/test_bench_hostile.py [N]`` for the table alone.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable

import pytest

from claimtrack import Corpus, parse_article, split_sentences
from claimtrack.attribution import extract_attributions
from claimtrack.cli import write_table
from claimtrack.compare import compare_outlets

HEAD = "عنوان الخبر\n\n"
SIZES = (4000, 8000, 16000)  # characters of the hostile paragraph


def _repeat(unit: str, n: int, lead: str = "") -> str:
    return HEAD + lead + unit * max(1, n // len(unit)) + "\n"


# name -> (stage, text of about n characters)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "a.a.a. (sentences)": ("sentences", lambda n: _repeat("a.", n)),
    "a. a. a. (sentences)": ("sentences", lambda n: _repeat("a. ", n)),
    "1. after a cue (sentences)": ("sentences", lambda n: _repeat("1.", n, "قال الوزير ")),
    "1. after a cue (extract)": ("extract", lambda n: _repeat("1.", n, "قال الوزير ")),
    "back-references (extract)": ("extract", lambda n: _repeat("ونفى المتحدث ذلك. ", n)),
    "cues with no speaker (extract)": ("extract", lambda n: _repeat('قال: "نعم." ', n)),
    "quotation marks (extract)": ("extract", lambda n: _repeat('"', n, "قال الوزير ")),
    "quoted words (extract)": ("extract", lambda n: _repeat(' "كلمة" ', n, "قال الوزير ")),
    "one long word (sentences)": ("sentences", lambda n: HEAD + "قال الوزير إن " + "ب" * n + ".\n"),
    "one long word (extract)": ("extract", lambda n: HEAD + "قال الوزير إن " + "ب" * n + ".\n"),
    "long content (table)": ("table", lambda n: _repeat("كلمة ", n, "قال الوزير إن ")),
    "long content (compare)": ("compare", lambda n: _repeat("كلمة ", n, "قال الوزير إن ")),
}


def run_stage(stage: str, text: str) -> object:
    article = parse_article(text, id="hostile")
    if stage == "sentences":
        return split_sentences(article)
    if stage == "extract":
        return extract_attributions(article)
    if stage == "table":
        records = extract_attributions(article)
        out = io.StringIO()
        write_table(("cue", "content"), [(a.cue.text, a.content.text) for a in records], (12, 60), out)
        return out.getvalue()
    corpus = Corpus([article])
    return compare_outlets(corpus)


def growth(name: str, sizes: tuple[int, ...] = SIZES) -> tuple[list[float], list[float]]:
    """Seconds at each size and the ratio of each to the one before."""
    stage, make = CASES[name]
    run_stage(stage, make(200))  # warm the lexicon caches
    times = []
    for n in sizes:
        text = make(n)
        start = time.perf_counter()
        run_stage(stage, text)
        times.append(time.perf_counter() - start)
    return times, [b / a if a else float("nan") for a, b in zip(times, times[1:])]


def _line(name: str, sizes: tuple[int, ...], times: list[float], ratios: list[float]) -> str:
    cells = "  ".join(f"{n // 1000}K {t:6.3f}s" for n, t in zip(sizes, times))
    return f"{name:<30} {cells}   ratios {' '.join(f'{r:4.1f}' for r in ratios)}"


@pytest.mark.parametrize("name", CASES)
def test_bench_growth(benchmark, name):
    times, ratios = growth(name)
    benchmark.extra_info.update({"sizes": list(SIZES), "seconds": times, "ratios": ratios})
    print("\n" + _line(name, SIZES, times, ratios))
    stage, make = CASES[name]
    text = make(SIZES[-1])
    benchmark.pedantic(run_stage, args=(stage, text), rounds=1, iterations=1)


if __name__ == "__main__":
    base = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES[0]
    sizes = (base, 2 * base, 4 * base)
    for case in CASES:
        print(_line(case, sizes, *growth(case, sizes)), flush=True)
