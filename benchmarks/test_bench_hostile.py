"""Growth on hostile input (issue 17): each reproducer at N, 2N and 4N characters, with the time ratios.

Linear work doubles with the input (ratio ~2); quadratic work quadruples (~4); the reproducers of the issue
grew by 5-8 per doubling.  Nothing is asserted on a clock: the ratios are printed (``-s``) and stored in the
benchmark's ``extra_info``.  Run ``make bench`` or ``pytest -q benchmarks/test_bench_hostile.py -s``, or
``python benchmarks/test_bench_hostile.py [N] [CASE ...]`` for the table alone, with ``--calls`` for the
number of Python function calls instead of seconds (a count, free of a shared machine's noise).
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
REPEATS = 3


def _repeat(unit: str, n: int, lead: str = "") -> str:
    return HEAD + lead + unit * max(1, n // len(unit)) + "\n"


# The adversarial families of the issue, each at the stages it reaches: (family, text of about n characters).
FAMILIES: dict[str, Callable[[int], str]] = {
    "a.a.a.": lambda n: _repeat("a.", n),
    "a. a. a.": lambda n: _repeat("a. ", n),
    "1. after a cue": lambda n: _repeat("1.", n, "قال الوزير "),
    "back-references": lambda n: _repeat("ونفى المتحدث ذلك. ", n),  # repeated cues
    "cues with no speaker": lambda n: _repeat('قال: "نعم." ', n),
    "cues in one sentence": lambda n: _repeat("وقال المتحدث إن ", n),  # thousands of cues, no full stop
    "quotation marks": lambda n: _repeat('"', n, "قال الوزير "),  # many quotes in one paragraph
    "quoted words": lambda n: _repeat(' "كلمة" ', n, "قال الوزير "),
    # a straight quote reopening a quotation after each full stop, as a wire goes on over sentences (sentences._reopens)
    "reopened quotes": lambda n: _repeat(' "ا.', n, 'قال "ا.'),
    "nested parentheses": lambda n: HEAD + "قال الوزير إن " + "(" * (n // 2) + "كلمة" + ")" * (n // 2) + ".\n",
    "long line": lambda n: _repeat("في المدينة الكبيرة، ", n, "قال الوزير إن "),  # one sentence, no full stop
    "one long word": lambda n: HEAD + "قال الوزير إن " + "ب" * n + ".\n",
    "long content": lambda n: _repeat("كلمة ", n, "قال الوزير إن "),
}
STAGES = {family: ("sentences", "extract") for family in FAMILIES}
STAGES["long content"] = ("table", "compare")
for family in ("back-references", "cues in one sentence", "quoted words", "nested parentheses", "long line"):
    STAGES[family] += ("compare",)

# "family (stage)" -> (stage, text of about n characters)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    f"{family} ({stage})": (stage, make) for family, make in FAMILIES.items() for stage in STAGES[family]}


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
        best = float("inf")
        for _ in range(REPEATS):  # the best of a few runs: a shared machine's noise only ever adds time
            start = time.perf_counter()
            run_stage(stage, text)
            best = min(best, time.perf_counter() - start)
            if best > 2.0:
                break  # a slow case: one run says enough
        times.append(best)
    return times, [b / a if a else float("nan") for a, b in zip(times, times[1:])]


def call_growth(name: str, sizes: tuple[int, ...] = SIZES) -> tuple[list[int], list[float]]:
    """Python function calls at each size (cProfile) and the ratio of each to the one before: a count, so free of
    the machine's noise; linear work doubles it."""
    import cProfile
    import pstats

    stage, make = CASES[name]
    run_stage(stage, make(200))
    counts = []
    for n in sizes:
        text = make(n)
        profile = cProfile.Profile()
        profile.runcall(run_stage, stage, text)
        counts.append(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]
    return counts, [b / a for a, b in zip(counts, counts[1:])]


def peak_memory(stage: str, text: str) -> float:
    """Peak of the memory Python allocates while ``stage`` runs on ``text`` (tracemalloc), in bytes per byte of
    UTF-8 text: the README's figure for extraction is about 120.  Printed, never asserted."""
    import tracemalloc

    run_stage(stage, text[:200])  # the lexicon caches, loaded once a process, are not the text's
    tracemalloc.start()
    try:
        run_stage(stage, text)
        return tracemalloc.get_traced_memory()[1] / len(text.encode())
    finally:
        tracemalloc.stop()


def _line(name: str, sizes: tuple[int, ...], times: list[float], ratios: list[float]) -> str:
    cells = "  ".join(f"{n // 1000}K {t:6.3f}s" for n, t in zip(sizes, times))
    return f"{name:<34} {cells}   ratios {' '.join(f'{r:4.1f}' for r in ratios)}"


@pytest.mark.parametrize("name", CASES)
def test_bench_growth(benchmark, name):
    times, ratios = growth(name)
    benchmark.extra_info.update({"sizes": list(SIZES), "seconds": times, "ratios": ratios})
    print("\n" + _line(name, SIZES, times, ratios))
    if name.startswith("long line"):  # issue 14: one huge line must not take gigabytes
        per_byte = peak_memory(CASES[name][0], CASES[name][1](SIZES[-1]))
        benchmark.extra_info["peak_bytes_per_byte"] = per_byte
        print(f"{name:<34} peak memory {per_byte:.0f} bytes per byte of text at {SIZES[-1] // 1000}K")
    stage, make = CASES[name]
    text = make(SIZES[-1])
    benchmark.pedantic(run_stage, args=(stage, text), rounds=1, iterations=1)


def _calls_line(name: str, sizes: tuple[int, ...], counts: list[int], ratios: list[float]) -> str:
    cells = "  ".join(f"{n // 1000}K {c:>10,}" for n, c in zip(sizes, counts))
    return f"{name:<34} {cells}   ratios {' '.join(f'{r:4.2f}' for r in ratios)}"


if __name__ == "__main__":  # python benchmarks/test_bench_hostile.py [--calls] [N] [CASE ...]
    args = sys.argv[1:]
    calls = "--calls" in args
    args = [a for a in args if a != "--calls"]
    base = int(args.pop(0)) if args and args[0].isdigit() else SIZES[0]
    sizes = (base, 2 * base, 4 * base)
    for case in args or CASES:
        if calls:
            print(_calls_line(case, sizes, *call_growth(case, sizes)), flush=True)
        else:
            print(_line(case, sizes, *growth(case, sizes)), flush=True)
