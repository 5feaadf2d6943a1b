"""Properties of the whole pipeline on real-looking messy news (issue 17), a few hundred examples each.

No input raises; every span indexes the original text exactly; the sentences tile every body paragraph; the
same input gives the same output.  ``make fuzz`` (tests/fuzz.py) checks the same over a million inputs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import InputError, extract_attributions, parse_article, read_article, split_sentences
from claimtrack.baselines import baseline_attributions
from claimtrack.spans import spans_tile

from . import fuzz
from .strategies import hostile_file, news_article, news_sentence

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                           HealthCheck.data_too_large])


def _parse(text: str, layout: str):
    if not text.removeprefix("\ufeff").strip():
        return None
    return parse_article(text, id="p", layout=layout)


def assert_sentences_exact_and_tiling(article) -> None:
    sentences = split_sentences(article)
    for s in (*sentences, *split_sentences(article, headlines=True)):
        assert article.text[s.start:s.end] == s.text
    for index, paragraph in enumerate(article.paragraphs):
        assert spans_tile([s.span for s in sentences if s.paragraph == index], article.text, paragraph), index


def assert_attributions_exact(article) -> None:
    diagnostics: list = []
    found = extract_attributions(article, diagnostics=diagnostics)
    assert diagnostics == []
    for a in found:
        for item in (a.cue, a.source, a.content, *a.source.via, *a.hedges):
            assert article.text[item.span.start:item.span.end] == item.text


@PROPERTY
@given(news_article())
def test_articles_spans_are_exact_and_sentences_tile(text):
    for layout in ("news", "plain"):
        article = _parse(text, layout)
        if article is None:
            return
        assert_sentences_exact_and_tiling(article)
        assert_attributions_exact(article)


@PROPERTY
@given(news_article())
def test_the_baseline_reads_any_article_and_its_spans_are_exact(text):
    # The baseline is printed beside every figure, so messy text must not stop it either (a lone tatweel used as a
    # dash after a cue, real in alwatan_6e9d0cf535, once raised IndexError there).
    article = _parse(text, "news")
    if article is None:
        return
    for a in baseline_attributions(article):
        for item in (a.cue, a.source, a.content):
            assert article.text[item.span.start:item.span.end] == item.text


@PROPERTY
@given(st.lists(news_sentence, min_size=1, max_size=4).map(" ".join))
def test_sentences_spans_are_exact(text):
    article = _parse(text, "plain")
    if article is not None:
        assert_sentences_exact_and_tiling(article)
        assert_attributions_exact(article)


@settings(PROPERTY, max_examples=100)
@given(news_article())
def test_same_input_same_output(text):
    article = _parse(text, "news")
    if article is None:
        return
    again = _parse(text, "news")
    assert again == article
    assert split_sentences(again, headlines=True) == split_sentences(article, headlines=True)
    assert extract_attributions(again) == extract_attributions(article)


@PROPERTY
@given(hostile_file())
def test_hostile_files_are_read_or_refused_with_an_input_error(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except InputError:
            assert not fuzz._readable(data), "a readable file was refused"
            return
        decoded = fuzz.expected_text(data)
        assert decoded.endswith(article.text) and not decoded[: len(decoded) - len(article.text)].strip("\ufeff")
        assert_sentences_exact_and_tiling(article)
        assert_attributions_exact(article)


@settings(PROPERTY, max_examples=40)
@given(st.lists(st.tuples(hostile_file(), st.sampled_from(fuzz.OUTLETS)), min_size=1, max_size=4))
def test_the_whole_pipeline_on_a_few_files(files):
    """read, sentences, extract, match, marks, compare, HTML, the store: what the fuzz run does with a chunk."""
    inputs = [(f"a{i}.txt", data, outlet) for i, (data, outlet) in enumerate(files)]
    with tempfile.TemporaryDirectory() as tmp:
        out = fuzz.run_inputs(inputs, Path(tmp) / "files")
    assert out.failures == []
