"""Matching stays near-linear (issue 12): bounded postings, a date window, a close-word map that is exact, and
sentence terms found without whole claim keys that are exactly those of the keys."""

from pathlib import Path

import attrs

from claimtrack import Corpus, read_article, split_sentences
from claimtrack.claims import claim_key
from claimtrack.matching.corpus import sentence_terms, topic_terms
from claimtrack.matching.candidates import RARE_POSTING, WINDOW_DAYS, candidate_pairs
from claimtrack.matching.spelling import close_words, spelt_close


def test_close_words_is_exactly_the_pairwise_test(seed_articles):
    corpus = Corpus(seed_articles.values())
    words = sorted({w for c in corpus.claims for w in (*c.key.stems, *c.key.ordered) if not w.startswith("e:")})
    near = close_words(words)
    brute = {x: frozenset(y for y in words if y != x and spelt_close(x, y)) for x in words if len(x) >= 3}
    assert near == brute
    assert any(near.values())  # the seeds do have words spelt nearly alike


def test_a_term_in_too_many_claims_proposes_no_pairs(seed_articles):
    claims = Corpus(seed_articles.values()).claims
    many = [attrs.evolve(claims[0], attribution=attrs.evolve(claims[0].attribution, id=f"x{k}"))
            for k in range(70)]
    # 70 copies share every term (and one speaker, whose postings stop at 64): every pair while postings of
    # 70 claims may propose, none when at most 69 may
    assert len(candidate_pairs(many, 1.0, most=70)) == 70 * 69 // 2
    assert candidate_pairs(many, 1.0, most=69) == []


def _copies(claims, n):
    return [attrs.evolve(claims[0], attribution=attrs.evolve(claims[0].attribution, id=f"x{k}")) for k in range(n)]


def test_claims_far_apart_in_time_are_no_candidates(seed_articles):
    claims = Corpus(seed_articles.values()).claims
    many = _copies(claims, RARE_POSTING + 2)  # every term in more claims than a rare one
    half = len(many) // 2
    day = 738000
    # two halves 30 days apart: pairs within each half only
    apart = [day] * half + [day + 30] * half
    assert candidate_pairs(many, 1.0, dates=apart) == [(i, j) for i in range(len(many)) for j in range(i + 1, len(many))
                                                      if (i < half) == (j < half)]
    # within the window: every pair
    every = [(i, j) for i in range(len(many)) for j in range(i + 1, len(many))]
    assert candidate_pairs(many, 1.0, dates=[day] * half + [day + WINDOW_DAYS] * half) == every
    # an undated claim is a candidate of every claim
    assert candidate_pairs(many, 1.0, dates=[None] + apart[1:]) == sorted(
        {p for p in candidate_pairs(many, 1.0, dates=apart) if 0 not in p} | {(0, j) for j in range(1, len(many))})
    assert candidate_pairs(many, 1.0) == every  # no dates: no window


def test_a_rare_term_proposes_its_pairs_whatever_their_dates(seed_articles):
    # two copies of a claim 30 days apart share terms found in two claims only: a claim told again later
    claims = Corpus(seed_articles.values()).claims
    assert candidate_pairs(_copies(claims, 2), 1.0, dates=[738000, 738030]) == [(0, 1)]


def test_sentence_terms_are_the_topic_terms_of_the_whole_claim_key():
    # every sentence of the real sample (96 articles): the document frequencies behind every weight
    folder = Path(__file__).parent / "data" / "real" / "articles"
    texts = {s.text for path in sorted(folder.glob("*.txt")) for s in split_sentences(read_article(path), headlines=True)}
    assert len(texts) > 800
    assert all(sentence_terms(t) == topic_terms(claim_key.__wrapped__(t)) for t in texts)


def test_pair_scores_keep_an_unrelated_pairs_score_and_identity_conflict_only(seed_articles):
    corpus = Corpus(seed_articles.values())
    claims = {c.id: c for c in corpus.claims}
    scores = corpus.pair_scores
    assert list(scores) == [(a.id, b.id) for a, b in corpus.iter_candidate_pairs()]  # in the order scored
    unrelated = 0
    for (x, y), kept in scores.items():
        whole = corpus.score(claims[x], claims[y])
        if whole.kind != "unrelated":
            assert kept == whole
            continue
        unrelated += 1
        assert (kept.score, kept.kind, kept.identity_conflict) == (whole.score, "unrelated", whole.identity_conflict)
        assert kept.reasons == ()
    assert unrelated  # the seeds do have unrelated candidate pairs
    slim = {id(s) for s in scores.values() if s.kind == "unrelated"}
    assert len(slim) < unrelated  # one record for the pairs alike in both


def test_candidate_positions_are_the_candidate_pairs_in_order(seed_articles):
    # what the pair scores score: the pairs found all at once, two positions a pair, in the order they stream
    from claimtrack.matching.candidates import candidate_positions

    claims = Corpus(seed_articles.values()).claims
    days = [738000 + 5 * (k % 3) for k in range(len(claims))]  # three dates more than the window apart
    for dates in (None, days):
        flat = candidate_positions(claims, 0.25, dates=dates)
        expected = candidate_pairs(claims, 0.25, dates=dates)
        assert list(zip(flat[::2], flat[1::2])) == expected
        assert expected


def test_the_indexes_count_a_stem_and_an_entity_spelt_alike_as_two_terms(seed_articles):
    # the term index holds a stem as its bare string and an entity as "e:" + name: never the same term
    from claimtrack.matching.candidates import _terms

    claim = next(c for c in Corpus(seed_articles.values()).claims if c.key.entities and c.key.stems)
    canon: dict[str, str] = {}
    terms = _terms(claim, canon)
    assert len(terms) == len(claim.key.features)
    assert {t if t.startswith(("e:", "q:")) else "s:" + t for t in terms} == claim.key.features
    assert _terms(claim, canon) == terms and all(canon[t] is t for t in terms if t in canon)


def test_words_without_a_near_spelling_share_one_empty_set(seed_articles):
    corpus = Corpus(seed_articles.values())
    near = close_words(w for c in corpus.claims for w in c.key.stems)
    lonely = [v for v in near.values() if not v]
    assert len(lonely) > 1 and len({id(v) for v in lonely}) == 1
