"""What the marks keep of a corpus while they work is compact, and reads as the full records would (issue 14: the
whole archive's matching and marks under 2 GB).  On the real pairs of tests/data/real_disputes."""

import pytest

from claimtrack import Corpus
from claimtrack.claims.key import topic_key
from claimtrack.contradiction.denied import Linkable, explicit_denial
from claimtrack.contradiction.denial_links import denial_link_words, denial_target_linked, rare_skeletons
from claimtrack.contradiction.narration import keyed_narration
from claimtrack.contradiction.window import DayWindow

from .conftest import DATA

ARTICLES = sorted((DATA / "real_disputes" / "articles").glob("*.txt"))[:60]


@pytest.fixture(scope="module")
def corpus():
    return Corpus(ARTICLES)


def test_linkable_reads_the_skeletons_a_denial_meets_as_the_whole_sets(corpus):
    """Linkable keeps each claim's number of skeletons and the index, not a set of skeletons per claim: which of a
    denial's skeletons a claim has, read off the index, links the denial to the same claims by the same words (the
    denials of these real articles against their claims and outlet sentences)."""
    weight = corpus.weight()
    reps = corpus.representative()
    others = [c for c in corpus.claims if reps[c.id] == c.id] + keyed_narration(corpus, topic_key)
    linkable = Linkable(others, weight, DayWindow({}))  # (undated: every claim is near every other)
    denials = [c for c in corpus.claims if explicit_denial(c.attribution)]
    assert denials
    linked = 0
    for c in denials:
        words = denial_link_words(c.key, weight)
        candidates, met = linkable.near(words, c.attribution.content.refers_to, c.attribution.article)
        near = {o.id for o in candidates}
        for other in others:
            full = rare_skeletons(other.key, weight)
            for of_fact in (False, True):
                expected = denial_target_linked(c.key, other.key, weight, claim_skeletons=full, denial_words=words,
                                                of_fact=of_fact)
                if other.id not in near:
                    assert expected == ()
                    continue
                assert denial_target_linked(c.key, other.key, weight, claim_skeletons=met[other.id],
                                            denial_words=words, of_fact=of_fact) == expected
                linked += bool(expected)
    assert linked
