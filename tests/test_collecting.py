"""matching.collecting: no full garbage collection inside a matching or marks stage, the thresholds put back after.

A real day (2015-07-21, 1,400 articles of SaudiNewsNet) ran nine full collections in matching and marks and
found no garbage in any of them (benchmarks/day_speed.md)."""

import gc

import pytest

from claimtrack.matching.collecting import few_full_collections


def test_the_oldest_generation_waits_inside_and_the_thresholds_come_back_after():
    before = gc.get_threshold()
    with few_full_collections():
        inside = gc.get_threshold()
        assert inside[:2] == before[:2]
        assert inside[2] > before[2]
    assert gc.get_threshold() == before


def test_the_thresholds_come_back_when_the_stage_raises():
    before = gc.get_threshold()

    @few_full_collections()
    def stage() -> None:
        raise ValueError("stage failed")

    with pytest.raises(ValueError):
        stage()
    assert gc.get_threshold() == before


def test_nested_stages_put_back_the_callers_thresholds():
    before = gc.get_threshold()
    with few_full_collections():
        outer = gc.get_threshold()
        with few_full_collections():
            pass
        assert gc.get_threshold() == outer
    assert gc.get_threshold() == before


def test_empty_bounded_caches_keeps_the_lexicon():
    """The bounded caches of claimtrack's text functions are emptied as the marks begin (what extraction and
    matching cached of their texts is not read again); the lexicon's unbounded tables are kept."""
    from claimtrack.lexicon.grammar import grammar
    from claimtrack.matching.collecting import empty_bounded_caches
    from claimtrack.normalize import fold

    fold("\u0627\u0644\u0645\u0627\u0644\u0643\u064a")  # المالكي
    grammar()
    assert fold.cache_info().currsize and grammar.cache_info().currsize
    empty_bounded_caches()
    assert fold.cache_info().currsize == 0
    assert grammar.cache_info().currsize == 1


def test_empty_bounded_caches_keeps_the_sentences_topic_keys():
    """The marks key the outlets' own sentences again (worded_apart's narration), most of them sentences the
    term weights keyed: a real day's 12,000 of 13,700 (4 CPU s); those keys outlive the emptying."""
    from claimtrack.claims.key import topic_key
    from claimtrack.matching.collecting import empty_bounded_caches

    text = "\u0646\u0641\u0649 \u0627\u0644\u062c\u064a\u0634 \u0648\u0635\u0648\u0644 \u0637\u0627\u0626\u0631\u0627\u062a"  # نفى الجيش وصول طائرات
    key = topic_key(text)
    empty_bounded_caches()
    assert topic_key.cache_info().currsize >= 1
    assert topic_key(text) is key


def test_empty_bounded_caches_empties_the_token_readings():
    """The readings of tokens extraction keeps (token_table, up to 200,000) are read by extraction alone: emptied
    with the other bounded caches before the marks."""
    from claimtrack.attribution.token_table import _READINGS, token_rows
    from claimtrack.matching.collecting import empty_bounded_caches

    token_rows("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631")  # قال الوزير
    assert _READINGS
    empty_bounded_caches()
    assert not _READINGS
