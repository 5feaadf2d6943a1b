"""Scoring extraction against gold: gold folders, source accuracy, rows with no source."""

import json

import pytest

from claimtrack import InputError
from claimtrack.evaluate import evaluate, load_gold
from claimtrack.reader import parse_article
from claimtrack.attribution import extract_attributions


def _row(**kw):
    row = {"article": "a", "anchor": "وقال", "cue": "وقال", "lemma": "قال", "stance": "neutral",
           "source": "", "source_head": "", "source_kind": "unknown", "resolved": "none", "via": [],
           "content": "الوضع مستقر", "quote": "indirect", "negated": False, "refers_to": None, "hedges": []}
    row.update(kw)
    return row


def test_gold_folder_of_article_files(tmp_path):
    article = parse_article("عنوان\n\nوقال الوزير إن الوضع مستقر.\n", id="a")
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "attributions": [
        _row(source="الوزير", source_head="الوزير", resolved="explicit")]}, ensure_ascii=False), encoding="utf-8")
    (gold,) = load_gold(tmp_path, {"a": article})
    score = evaluate([gold], extract_attributions(article))
    assert score.strict_matches == 1 and score.source_accuracy == 1.0


def test_gold_row_without_source_wants_none(tmp_path):
    # A paragraph that opens with وقال and no speaker before it: the gold says resolved none.
    article = parse_article("وقال إن الوضع مستقر.", id="a", layout="plain")
    (tmp_path / "g.jsonl").write_text(json.dumps(_row(), ensure_ascii=False) + "\n", encoding="utf-8")
    gold = load_gold(tmp_path / "g.jsonl", {"a": article})
    (predicted,) = extract_attributions(article)
    assert predicted.source.resolved == "none"
    assert evaluate(gold, [predicted]).source_accuracy == 1.0
    named = load_gold(tmp_path / "g.jsonl", {"a": article})
    wrong = [type(g)(g.article, g.index, g.cue, g.cue_text, "الوزير", g.content, g.row) for g in named]
    assert evaluate(wrong, [predicted]).source_accuracy == 0.0


def test_empty_gold_folder_is_an_error(tmp_path):
    with pytest.raises(InputError, match="found none"):
        load_gold(tmp_path, {})


def test_cross_article_pairs_leave_out_pairs_within_one_article(tmp_path):
    from claimtrack.baselines import BaselineCluster
    from claimtrack.evaluate import evaluate_clusters, load_gold_clusters

    articles = {aid: parse_article(f"عنوان\n\nوقال الوزير إن الوضع مستقر. وأضاف الوزير إن الوضع مستقر.\n", id=aid)
                for aid in ("a", "b")}
    rows = []
    for aid in ("a", "b"):
        rows.append(_row(article=aid, anchor="وقال", cue="وقال", source="الوزير", source_head="الوزير",
                         resolved="explicit", content="الوضع مستقر"))
        rows.append(_row(article=aid, anchor="وأضاف", cue="وأضاف", lemma="أضاف", source="الوزير",
                         source_head="الوزير", resolved="explicit", content="الوضع مستقر"))
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"clusters": {"c": ["a:0", "a:1", "b:0", "b:1"]}}), encoding="utf-8")
    gold = load_gold(tmp_path / "g.jsonl", articles)
    predicted = [x for art in articles.values() for x in extract_attributions(art)]
    one = [BaselineCluster("all", tuple(x.id for x in predicted))]
    clusters = load_gold_clusters(tmp_path / "c.json", gold)
    assert evaluate_clusters(gold, clusters, predicted, one).gold_pairs == 6
    assert evaluate_clusters(gold, clusters, predicted, one, cross_article=True).gold_pairs == 4
