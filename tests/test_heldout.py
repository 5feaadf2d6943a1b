"""Whole articles in other sites' layouts, annotated blind (tests/data/heldout, heldout2, heldout3): the
reader's header, date and boilerplate handling, and extraction at the article level.

First contact (before any fix drawn from them):
- heldout (8 articles, 79 attributions): headlines 8/8, dates 5/8, paragraph counts 2/8, strict F1 0.84;
- heldout2 (6 articles, 65 attributions, written after the first round of fixes): headlines 6/6, dates
  5/6, paragraph counts 5/6, strict F1 0.72;
- heldout3 (6 articles, 65 attributions: wire, interview, Egyptian, Levantine, Maghreb, casualty styles,
  written after the second round): headlines 6/6, dates 6/6, paragraph counts 4/6, strict F1 0.82.
All three have been development sets since; these checks hold the line.
- heldout_clusters (5 articles from five invented outlets on one story, 48 attributions and 14 gold claim
  clusters, written blind after the matching work on the seeds): headlines, dates and paragraph counts 5/5,
  strict F1 0.92, claim clusters pairwise precision 0.86, recall 0.80; since then strict F1 0.96 (a
  back-reference with a nationality, "المسؤول الروسي"), clusters 0.87 / 0.82.
- heldout_clusters2 (5 articles on a Djibouti port concession, 44 attributions, 11 gold clusters, written
  blind after the fixes above): headlines, dates and paragraph counts 5/5, strict F1 0.85, claim clusters
  pairwise precision 0.74, recall 0.23; since then strict F1 0.92 (wire datelines with a date, an office of two
  coordinated nouns, a name before لـ«outlet», "تقرير:" bylines), clusters 0.85 / 0.37.
"""

import json

import pytest

import claimtrack
from claimtrack.evaluate import evaluate, evaluate_clusters, load_gold, load_gold_clusters

from .conftest import DATA, ROOT

SETS = {"heldout": 79, "heldout2": 65, "heldout3": 65, "heldout_clusters": 48, "heldout_clusters2": 44}
# Strict F1 floors: 0.95 for the sets whose errors have been worked through; heldout_clusters2 (0.92 now)
# still has misses where its gold and the library disagree on document back-references and late names.
FLOOR = {"heldout_clusters2": 0.9}
GOLD = [(name, path) for name in SETS for path in sorted((DATA / name / "gold").glob("*.json"))]


def _load(name, path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, claimtrack.read_article(DATA / name / "articles" / f"{gold['id']}.txt")


@pytest.mark.parametrize("name, path", GOLD, ids=[p.stem for _, p in GOLD])
def test_reader_layout(name, path):
    gold, article = _load(name, path)
    assert article.headline == gold["headline"]
    assert (article.published.isoformat() if article.published else None) == gold["published"]
    assert len(article.paragraphs) == gold["body_paragraphs"]
    assert {b.span.of(article.text) for b in article.boilerplate} == set(gold["boilerplate"])


def _gold_set(name, tmp_path):
    pairs = [_load(n, p) for n, p in GOLD if n == name]
    rows = [row for gold, _ in pairs for row in gold["attributions"]]
    assert len(rows) == SETS[name]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    articles = {a.id: a for _, a in pairs}
    return load_gold(path, articles), articles


@pytest.mark.parametrize("name", sorted(SETS))
def test_attributions(name, tmp_path):
    gold, articles = _gold_set(name, tmp_path)
    score = evaluate(gold, [x for a in articles.values() for x in claimtrack.extract_attributions(a)])
    assert score.strict[2] >= FLOOR.get(name, 0.95), score.as_dict()


# Claim clusters: (set, gold clusters, gold same-claim pairs, precision floor, recall floor).  Measured:
# heldout_clusters at first contact 0.86 / 0.80, now 0.87 / 0.82; heldout_clusters2 (a port concession told
# in five outlets' own words, written after the fixes the first set prompted) at first contact 0.74 / 0.23,
# now 0.85 / 0.37: paraphrase with few shared words is where lexical matching stops.
CLUSTER_SETS = [("heldout_clusters", 14, 39, 0.8, 0.75), ("heldout_clusters2", 11, 62, 0.75, 0.35)]


@pytest.mark.parametrize("name, clusters, pairs, min_precision, min_recall", CLUSTER_SETS)
def test_claim_clusters_across_outlets(tmp_path, name, clusters, pairs, min_precision, min_recall):
    gold, articles = _gold_set(name, tmp_path)
    gold_clusters = load_gold_clusters(DATA / name / "clusters.json", gold)
    assert len(set(gold_clusters.values())) == clusters
    corpus = claimtrack.Corpus(articles.values())
    score = evaluate_clusters(gold, gold_clusters, corpus.attributions, corpus.clusters)
    precision, recall, _ = score.prf
    assert score.gold_pairs == pairs
    assert precision >= min_precision and recall >= min_recall, score.as_dict()


def test_real_sample_extraction_floor():
    """The real SaudiNewsNet development sample (tests/data/real: 96 articles, 503 attributions annotated blind).
    First contact: strict F1 0.479, source accuracy 0.641 (naive baseline strict F1 0.189); now 0.913 and 0.964,
    cue recall 0.942.  The floor is issue 11's target (strict F1 0.90, source accuracy 0.90, cue recall 0.92),
    with source accuracy held at 0.95 so that a regression fails."""
    n_articles, n_gold, score, base = _score_real_sample("real")
    assert n_gold == 503
    assert score.strict[2] >= 0.90 and score.source_accuracy >= 0.95 and score.cue[1] >= 0.92
    assert score.strict[2] > base.strict[2] + 0.2


def test_real_blind_sample_keeps_its_first_contact():
    """The second real sample (tests/data/real_blind: 30 articles from other days, 102 attributions), left
    untouched during the work of issue 11, annotated blind at its end and scored once: strict F1 0.535, cue
    precision 0.790 recall 0.775, source accuracy 0.696 (baseline strict 0.237).  Far below the development
    sample's 0.889.  Since then its error classes were worked on (non-speech cue senses, plural and collective
    speakers, chains of report): strict F1 0.754, source accuracy 0.884, no longer a blind figure; 0.802 / 0.921 in
    the tenth session.  The floor holds that so that a regression fails."""
    n_articles, n_gold, score, base = _score_real_sample("real_blind")
    assert n_articles == 30 and n_gold == 102
    assert score.strict[2] >= 0.79 and score.source_accuracy >= 0.91 and score.strict[2] > base.strict[2] + 0.2


def test_real_fresh_sample_keeps_its_first_contact():
    """The third real sample (tests/data/real_fresh: 20 articles no earlier set uses, 70 attributions, annotated
    from the guide alone), scored once at first contact on commit 3ea78be: strict F1 0.565, source accuracy
    0.696 (baseline strict 0.159).  Its error classes were worked on after that (long titles before the name,
    carried sources that cannot speak): strict 0.662, source 0.821, no longer blind; 0.769 / 0.903 in the tenth
    session.  The floor makes a regression fail."""
    n_articles, n_gold, score, base = _score_real_sample("real_fresh")
    assert n_articles == 20 and n_gold == 70
    assert score.strict[2] >= 0.76 and score.source_accuracy >= 0.89 and score.strict[2] > base.strict[2] + 0.2


def test_real_fresh2_sample_keeps_its_first_contact():
    """The fourth real sample (tests/data/real_fresh2: 30 articles drawn like real_fresh, 101 attributions, annotated
    blind from the guide by two annotators at the start of a session), scored at first contact on commit 020f79d:
    strict F1 0.587, source accuracy 0.852 (baseline strict 0.161).  The extraction work of that session, built on the
    other real sets, left it at 0.584 / 0.852 (one content span lost): it did not carry over.  Its own error classes
    were worked on next (content spans: a colon's complementizer, quotation marks and parentheses, an accusation
    participle's object, a proposition noun after the verb; no longer a blind figure): 0.683 / 0.869; 0.759 / 0.931
    after the tenth session's extraction work.  The floor makes a regression fail."""
    n_articles, n_gold, score, base = _score_real_sample("real_fresh2")
    assert n_articles == 30 and n_gold == 101
    assert score.strict[2] >= 0.75 and score.source_accuracy >= 0.92 and score.strict[2] > base.strict[2] + 0.2


def test_real_fresh3_sample_keeps_its_first_contact():
    """The fifth real sample (tests/data/real_fresh3: 30 articles drawn like real_fresh2 with another seed, 155
    attributions, annotated blind from the guide by two annotators at the start of the tenth session), scored at
    first contact on commit 82d975f: strict F1 0.710, source accuracy 0.844 (baseline strict 0.175).  The session's
    extraction work built on the other sets left it at 0.714 / 0.846.  Its own error classes were worked on next
    (long titles through their complement to the name, an office written again, non-speech senses of جدد; no longer
    a blind figure): 0.810 / 0.921.  The floor makes a regression fail."""
    n_articles, n_gold, score, base = _score_real_sample("real_fresh3")
    assert n_articles == 30 and n_gold == 155
    assert score.strict[2] >= 0.80 and score.source_accuracy >= 0.91 and score.strict[2] > base.strict[2] + 0.2


def test_real_fresh4_sample_keeps_its_first_contact():
    """The sixth real sample (tests/data/real_fresh4: 30 articles drawn like real_fresh2 with another seed, 159
    attributions, annotated blind from the guide by two annotators at the start of the eleventh session), scored at
    first contact on commit c45726c: strict F1 0.685, source accuracy 0.797, cue F1 0.883 (baseline strict 0.158).
    The session's extraction work built on the other sets left it unchanged (0.685 / 0.797).  Its own error classes
    were worked on next (a bare document word, a department's head, an unmarked relative clause after an adjunct, a
    full stop glued after a quotation, "فان" in a foreign name, a page label before a colon; no longer a blind
    figure): 0.772 / 0.889.  The floor makes a regression fail."""
    n_articles, n_gold, score, base = _score_real_sample("real_fresh4")
    assert n_articles == 30 and n_gold == 159
    assert score.strict[2] >= 0.77 and score.source_accuracy >= 0.88 and score.strict[2] > base.strict[2] + 0.2


def test_real_fresh5_sample_keeps_its_first_contact():
    """The seventh real sample (tests/data/real_fresh5: 30 articles drawn like real_fresh2 with another seed, 122
    attributions, annotated blind from the guide by two annotators at the start of the twelfth session), scored at
    first contact on commit 6c27b6a: strict F1 0.697, source accuracy 0.800, cue F1 0.871 (baseline strict 0.192).
    After work on its own errors (no longer blind; its README): strict F1 0.795, source accuracy 0.889, cue F1 0.904.
    The floor makes a regression fail."""
    n_articles, n_gold, score, base = _score_real_sample("real_fresh5")
    assert n_articles == 30 and n_gold == 122
    assert score.strict[2] >= 0.79 and score.source_accuracy >= 0.88 and score.cue[2] >= 0.90 \
        and score.strict[2] > base.strict[2] + 0.2


def test_real_fresh6_sample_keeps_its_first_contact():
    """The eighth real sample (tests/data/real_fresh6: 30 articles drawn like real_fresh2 with another seed, 163
    attributions, annotated blind from the guide by two annotators at the start of the thirteenth session), scored at
    first contact on commit 1d75147: strict F1 0.749, source accuracy 0.863, cue F1 0.883 (baseline strict 0.248).
    After work on its own errors (no longer blind; its README): strict F1 0.830, source accuracy 0.924, cue F1 0.906.
    The floor makes a regression fail."""
    n_articles, n_gold, score, base = _score_real_sample("real_fresh6")
    assert n_articles == 30 and n_gold == 163
    assert score.strict[2] >= 0.83 and score.source_accuracy >= 0.92 and score.cue[2] >= 0.90 \
        and score.strict[2] > base.strict[2] + 0.2


def test_real_fresh7_sample_keeps_its_first_contact():
    """The ninth real sample (tests/data/real_fresh7: 30 articles drawn like real_fresh2 with another seed, 152
    attributions, annotated blind from the guide by two annotators at the start of the fourteenth session), scored at
    first contact on commit 16e4ec0: strict F1 0.627, source accuracy 0.756, cue F1 0.865 (baseline strict 0.221).
    After work on its own errors (no longer blind; its README): strict F1 0.697, source accuracy 0.828, cue F1 0.873.
    The floor makes a regression fail."""
    n_articles, n_gold, score, base = _score_real_sample("real_fresh7")
    assert n_articles == 30 and n_gold == 152
    assert score.strict[2] >= 0.69 and score.source_accuracy >= 0.82 and score.cue[2] >= 0.87 \
        and score.strict[2] > base.strict[2] + 0.2


def test_real_fresh8_sample_keeps_its_first_contact():
    """The tenth real sample (tests/data/real_fresh8: 30 articles drawn like real_fresh2 with another seed, 117
    attributions, annotated blind from the guide by two annotators at the start of the thirty-sixth session), scored at
    first contact on commit 37c5ae1: strict F1 0.780, source accuracy 0.890, cue F1 0.897 (baseline strict 0.275).
    After work on its development half (its README; the held-out half 0.811 -> 0.819, its errors unread): strict F1
    0.811, source accuracy 0.902, cue F1 0.919.  The floor makes a regression fail."""
    n_articles, n_gold, score, base = _score_real_sample("real_fresh8")
    assert n_articles == 30 and n_gold == 117
    assert score.strict[2] >= 0.81 and score.source_accuracy >= 0.90 and score.cue[2] >= 0.91 \
        and score.strict[2] > base.strict[2] + 0.2


def _score_real_sample(name: str):
    """Extract a real sample under tests/data (its articles/ and gold/), check that every span extracted from it is
    exact (``text[start:end] == text``), and score it and the naive baseline: (articles, gold rows, score, baseline)."""
    from claimtrack import extract_attributions, read_article
    from claimtrack.baselines import baseline_attributions
    from claimtrack.evaluate import evaluate, load_gold

    folder = ROOT / "tests" / "data" / name
    articles = {p.stem: read_article(p) for p in sorted((folder / "articles").glob("*.txt"))}
    gold = load_gold(folder / "gold", articles)
    predicted = [a for art in articles.values() for a in extract_attributions(art)]
    for a in predicted:
        text = articles[a.article].text
        assert all(text[p.span.start:p.span.end] == p.text for p in (a.cue, a.source, a.content))
    base = evaluate(gold, [a for art in articles.values() for a in baseline_attributions(art)])
    return len(articles), len(gold), evaluate(gold, predicted), base
