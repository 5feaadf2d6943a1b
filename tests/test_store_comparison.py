"""The tracker's inputs and reports on real stories: outlets for ``track add`` (a folder's outlets.json,
records' outlet field, ``--outlets``) and ``compare --db`` (claimtrack.store.comparison)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from claimtrack import Tracker
from claimtrack.cli import main
from claimtrack.store import compare_stored

from .conftest import DATA

MALIKI = DATA / "real_stories" / "maliki_reactions"


def _outlets() -> dict[str, dict]:
    return json.loads((MALIKI / "outlets.json").read_text(encoding="utf-8"))


def _stored_outlets(db: Path) -> dict[str, str | None]:
    with sqlite3.connect(db) as c:
        return dict(c.execute("SELECT id, outlet FROM articles"))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The Maliki story's articles in a folder with their outlets.json, added to a store."""
    folder = tmp_path_factory.mktemp("maliki") / "articles"
    shutil.copytree(MALIKI / "articles", folder)
    shutil.copy(MALIKI / "outlets.json", folder / "outlets.json")
    db = folder.parent / "t.db"
    assert main(["track", "add", "-q", str(db), str(folder)]) == 0
    return db


def test_track_add_takes_outlets_from_the_folders_outlets_json(store):
    expected = {k: v["outlet"] for k, v in _outlets().items()}
    assert _stored_outlets(store) == expected
    with sqlite3.connect(store) as c:
        published = dict(c.execute("SELECT id, published FROM articles"))
    assert published == {k: v["published"] for k, v in _outlets().items()}


def test_track_add_takes_outlets_from_records_and_from_the_outlets_option(tmp_path, capsys):
    ids = sorted(_outlets())[:3]
    records = tmp_path / "r.jsonl"
    with records.open("w", encoding="utf-8") as f:
        for n, i in enumerate(ids):
            text = (MALIKI / "articles" / f"{i}.txt").read_text(encoding="utf-8")
            f.write(json.dumps({"id": i, "text": text, **({"outlet": "record-outlet"} if n else {})},
                               ensure_ascii=False) + "\n")
    mapping = tmp_path / "o.json"
    mapping.write_text(json.dumps({ids[0]: {"outlet": "mapped", "published": "2015-07-22"},
                                   ids[1]: "mapped-too"}), encoding="utf-8")
    db = tmp_path / "t.db"
    assert main(["track", "add", "-q", str(db), str(records), "--outlets", str(mapping)]) == 0
    # the option names ids[0] and ids[1]: it wins; ids[2] keeps its record's own field
    assert _stored_outlets(db) == {ids[0]: "mapped", ids[1]: "mapped-too", ids[2]: "record-outlet"}
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT published FROM articles WHERE id = ?", (ids[0],)).fetchone()[0] == "2015-07-22"
    plain = tmp_path / "plain.db"
    assert main(["track", "add", "-q", str(plain), str(records)]) == 0
    assert _stored_outlets(plain) == {ids[0]: None, ids[1]: "record-outlet", ids[2]: "record-outlet"}


def test_compare_stored_story_is_built_from_the_store(store):
    with Tracker(store) as t:
        top = t.stories(limit=1)[0]
        claims = {c["id"]: c for c in t.claims(top["id"])}
        attributions = {d["id"]: d for d in t.export() if d["story"] == top["id"]}
        c = compare_stored(t, top["id"], all_clusters=True)
    # the store's claims, ids and members as stored; nothing matched again
    assert {v.cluster.id for v in c.clusters} == set(claims)
    assert {m for v in c.clusters for m in v.cluster.claims} == set(attributions)
    for v in c.clusters:
        assert all(attributions[m]["claim"] == v.cluster.id for m in v.cluster.claims)
        assert set(v.cluster.outlets) == {r.outlet for r in v.reportings}
    # the articles are those carrying the story, with their stored text: every span reads back
    texts = {a.id: a.text for a in c.corpus.articles}
    assert set(texts) == {d["article"] for d in attributions.values()}
    for a in c.corpus.attributions:
        assert texts[a.article][a.content.span.start:a.content.span.end] == a.content.text
    by_id = {a.id for a in c.corpus.attributions}
    assert c.marks and all(m.a in by_id and m.b in by_id for m in c.marks)
    assert {r.outlet for r in c.outlets} <= {v["outlet"] for v in _outlets().values()}


def test_compare_stored_without_a_story_takes_the_stories_carried_most(store):
    with Tracker(store) as t:
        top2 = [s["id"] for s in t.stories(limit=2)]
        wanted = {c["id"] for s in top2 for c in t.claims(s)}
        every = {c["id"] for c in t.claims()}
        assert {v.cluster.id for v in compare_stored(t, top=2, all_clusters=True).clusters} == wanted
        assert {v.cluster.id for v in compare_stored(t, top=0, all_clusters=True).clusters} == every


def test_cli_compare_db_writes_the_html_report(store, tmp_path, capsys):
    with Tracker(store) as t:
        story = t.stories(limit=1)[0]["id"]
        shown = [c["id"] for c in t.claims(story) if c["attributions"] > 1]
    html = tmp_path / "r.html"
    assert main(["compare", "--db", str(store), "--story", story, "--html", str(html), "-q"]) == 0
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and all(f'id="{c}"' in page for c in shown)
    out = capsys.readouterr().out
    assert "14 articles" in out or "articles" in out.splitlines()[0]
    assert main(["compare", "--db", str(store), "--top", "1", "--format", "json", "-q"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert {c["id"] for c in doc["clusters"]} >= set(shown)


def test_cli_compare_db_errors(store, tmp_path, capsys):
    assert main(["compare", "--db", str(tmp_path / "missing.db")]) == 1
    assert "no such store" in capsys.readouterr().err
    assert main(["compare", "--db", str(store), "--story", "s99999"]) == 1
    assert "no story 's99999'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as err:
        main(["compare", "--db", str(store), str(MALIKI / "articles")])
    assert err.value.code == 2
    with pytest.raises(SystemExit) as err:
        main(["compare", str(MALIKI / "articles"), "--story", "s1"])
    assert err.value.code == 2
    with pytest.raises(SystemExit) as err:
        main(["compare"])
    assert err.value.code == 2
