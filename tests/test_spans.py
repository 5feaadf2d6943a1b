import pytest
from hypothesis import given, strategies as st

from claimtrack import OffsetMap, Span
from claimtrack.spans import spans_tile


def test_span_rejects_reversed_and_negative():
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_span_basics():
    s = Span(2, 5)
    assert len(s) == 3
    assert s.of("abcdefg") == "cde"
    assert s.overlaps(Span(4, 9)) and not s.overlaps(Span(5, 9))
    assert s.contains(Span(3, 4)) and not s.contains(Span(1, 4))
    assert s.shift(10) == Span(12, 15)
    assert Span(0, 7).strip("  ab c ") == Span(2, 6)


def test_identity_map():
    m = OffsetMap.identity(4)
    assert m.to_original(1, 3) == Span(1, 3)
    assert m.to_original(4, 4) == Span(4, 4)
    with pytest.raises(ValueError):
        m.to_original(2, 9)


@given(st.lists(st.integers(0, 3), min_size=1, max_size=30))
def test_composed_maps_are_monotonic(widths):
    # A first map that drops or expands characters, then a second that drops every other character.
    starts, ends, pos = [], [], 0
    for w in widths:
        starts += [pos] * w
        ends += [pos + 1] * w
        pos += 1
    first = OffsetMap(starts, ends, pos)
    keep = list(range(0, len(starts), 2))
    second = OffsetMap(keep, [k + 1 for k in keep], len(starts))
    both = first.then(second)
    assert list(both.starts) == sorted(both.starts)
    assert all(s < e for s, e in zip(both.starts, both.ends))


def test_spans_tile():
    text = "ab  cd\n ef"
    assert spans_tile([Span(0, 2), Span(4, 6), Span(8, 10)], text, Span(0, 10))
    assert not spans_tile([Span(0, 2), Span(8, 10)], text, Span(0, 10))
    assert not spans_tile([Span(4, 6), Span(0, 2)], text, Span(0, 10))
