"""Track a claim: which search results report it (claimtrack.matching.track), on real UnifiedFC claims."""

import math
from pathlib import Path

import pytest

from claimtrack import Corpus, parse_article
from claimtrack.matching.track import (Evidence, article_features, baseline_related, evaluate_track, load_track_claims,
                                       track, track_model)

DATA = Path(__file__).parent / "data" / "unifiedfc" / "claims.jsonl"


@pytest.fixture(scope="module")
def claims() -> dict:
    return {c["id"]: c for c in load_track_claims(DATA)}


def _corpus(c: dict) -> Corpus:
    return Corpus([parse_article(t, id=f"{c['id']}_{i}", layout="plain") for i, t in enumerate(c["article"])])


def test_related_and_unrelated_results_of_a_real_claim(claims):
    # Erdogan on evacuating ~500 people from Eastern Ghouta with Russia; nine results report it (agree or
    # discuss), one (R-24_6) is on the Ghouta but not this claim
    c = claims["R-24"]
    verdicts = track(c["claim"], _corpus(c))
    assert [v.related for v in verdicts] == [s != "unrelated" for s in c["stance"]]
    unrelated = verdicts[6]
    assert unrelated.article == "R-24_6" and unrelated.relation == "unrelated" and unrelated.best is None
    # no agreeing article is marked as contradicting the claim
    assert not [v for v, s in zip(verdicts, c["stance"]) if s == "agree" and v.relation == "contradicts"]


def test_a_result_on_the_same_place_but_another_event_is_unrelated(claims):
    # a deal for medical evacuations from the Ghouta; its one search result shares the place, not the claim
    c = claims["R-3"]
    [v] = track(c["claim"], _corpus(c))
    assert c["stance"] == ["unrelated"] and not v.related and v.missing


def test_evaluate_track_counts_against_the_baseline(claims):
    score = evaluate_track(load_track_claims(DATA))
    d = score.as_dict()
    assert d["claims"] == 2 and d["articles"] == 11
    assert d["related"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert d["agreeing_marked_contradicts"] == 0 and not d["failed"]
    assert "baseline (half the claim's words)" in score.report()


def test_baseline_related_is_half_the_claim_words():
    assert baseline_related("قال الوزير إن الحكومة سترفع الأسعار", "الحكومة سترفع الأسعار غدا")
    assert not baseline_related("قال الوزير إن الحكومة سترفع الأسعار", "الوزير في زيارة")


def test_cli_eval_track_prints_the_figures_next_to_the_baseline(capsys):
    from claimtrack.cli import main

    assert main(["eval", "--track", str(DATA), "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "claims: 1  articles: 10" in out
    assert "claimtrack track (related articles)    precision 1.000  recall 1.000" in out
    assert "baseline (half the claim's words)" in out and "agreeing articles marked contradicts: 0 / 5" in out


def test_verdicts_follow_the_shipped_model(claims):
    c = claims["R-24"]
    for v in track(c["claim"], _corpus(c)):
        assert 0.0 <= v.chance <= 1.0 and v.related == (v.chance >= 0.5)


def test_the_shipped_model_never_counts_more_of_the_claim_against_an_article():
    # benchmarks/train_track.py keeps every weight of evidence at zero or above; only the lengths may weigh
    # either way (a long run of scraped text names much by chance)
    model = track_model()
    assert {"bias", "passage", "sentence", "hit"} <= set(model.features)
    assert all(w >= 0 for name, (_, _, w) in model.features.items() if name not in ("bias", "length", "words"))
    x = {"passage": 0.3, "sentence": 0.3, "title": 0.0, "matching": 0.0, "hit": 0.2, "words": 3.0, "length": 3.0}
    assert model.probability(dict(x, passage=0.9, sentence=0.9)) > model.probability(x)


def test_article_features_read_the_best_passage():
    wanted = {"e:إيران": 2.0, "مظاهر": 1.0, "قدس": 1.0}
    ev = Evidence("a", ("مقدمة الصفحة", "مظاهرات في إيران", "تنديدا بقرار القدس"),
                  (frozenset(), frozenset({"e:إيران", "مظاهر"}), frozenset({"قدس"})), 0.4)
    x = article_features(wanted, ev)
    assert x["passage"] == 1.0 and x["sentence"] == 0.75 and x["title"] == 0.75 and x["hit"] == 0.4
    assert x["words"] == pytest.approx(math.log1p(6)) and x["matching"] == pytest.approx(math.log1p(1))


def test_cli_eval_track_can_leave_out_the_tuning_claims(capsys):
    from claimtrack.cli import main

    assert main(["eval", "--track", str(DATA), "--skip", "1"]) == 0
    assert "claims: 1  articles: 1" in capsys.readouterr().out
