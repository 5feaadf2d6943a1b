"""Content ends (claimtrack.attribution.prune): the token look-ups its cuts stand on."""

from hypothesis import given

from claimtrack.attribution.commentary import _first_ending_after
from claimtrack.attribution.tokens import tokenize

from .strategies import any_text


@given(any_text)
def test_the_first_token_ending_after_a_position_is_found_by_bisection(text):
    # what the content's first token was found as, a scan of every token, for every position of the text
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    for pos in range(len(text) + 1):
        assert _first_ending_after(starts, tokens, pos) == next((i for i, t in enumerate(tokens) if t.end > pos), None)
