"""Timings of each pipeline stage on the seed corpus (pytest-benchmark; `make bench`, not `make test`)."""

from pathlib import Path

import pytest

import claimtrack
from claimtrack.normalize import normalize
from claimtrack import parse_article

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def articles():
    arts = [claimtrack.read_article(p) for p in SEEDS]
    for a in arts:  # warm the lexicon caches before timing
        claimtrack.extract_attributions(a)
    return arts


def test_bench_read(benchmark):
    benchmark(lambda: [claimtrack.read_article(p) for p in SEEDS])


def test_bench_normalize_match(benchmark, articles):
    benchmark(lambda: [normalize(a.text, profile="match") for a in articles])


def test_bench_sentences(benchmark, articles):
    benchmark(lambda: [claimtrack.split_sentences(a) for a in articles])


def test_bench_extract(benchmark, articles):
    benchmark(lambda: [claimtrack.extract_attributions(a) for a in articles])


def test_bench_match_and_contradictions(benchmark, articles):
    from claimtrack import Corpus, contradictions

    def run():
        corpus = Corpus(articles)
        return len(corpus.clusters), len(contradictions(corpus))

    benchmark(run)


@pytest.mark.parametrize("copies", [20, 80])
def test_bench_near_reprints(benchmark, articles, copies):
    """Wire copy reprinted by many outlets with filler words inserted: groups keep this near linear."""
    from claimtrack import Article, Corpus, contradictions

    fillers = ["", " أيضا", " كذلك", " الآن"]
    texts = []
    for i in range(copies):
        source = articles[i % len(articles)].text
        words = source.split(" ")
        texts.append(" ".join(w + fillers[(i + k) % len(fillers)] if k % 25 == 0 else w for k, w in enumerate(words)))

    def run():
        corpus = Corpus([parse_article(t, id=f"r{i}", outlet=f"o{i}") for i, t in enumerate(texts)])
        return len(corpus.clusters), len(contradictions(corpus))

    benchmark.pedantic(run, rounds=1, iterations=1)
