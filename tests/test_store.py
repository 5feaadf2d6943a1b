"""The tracker: idempotent adds, ids that stay put, a store that survives kill -9.  Real articles only."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimtrack import Tracker, extract_attributions, read_article
from claimtrack.reader import read_outlets

from .conftest import DATA, ROOT

STORIES = DATA / "real_stories"


def story_articles(name: str, limit: int | None = None):
    folder = STORIES / name / "articles"
    outlets = read_outlets(STORIES / name / "outlets.json")
    paths = sorted(folder.glob("*.txt"))[:limit]
    return [read_article(p, outlet=outlets[p.stem][0], published=outlets[p.stem][1]) for p in paths]


def claim_map(t: Tracker) -> dict[str, str]:
    return {d["id"]: d["claim"] for d in t.export()}


def story_map(t: Tracker) -> dict[str, str]:
    return {d["id"]: d["story"] for d in t.export()}


def test_new_store_schema_and_pragmas(tmp_path):
    with Tracker(tmp_path / "t.db") as t:
        assert t.version == 1
        assert t.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert t.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert t.stats() == {"articles": 0, "attributions": 0, "claims": 0, "stories": 0, "marks": 0}
    with Tracker(tmp_path / "t.db") as t:  # opening again migrates nothing
        assert t.version == 1


def test_add_is_idempotent(tmp_path):
    articles = story_articles("egypt_fm_visit")
    with Tracker(tmp_path / "t.db") as t:
        first = t.add(articles)
        assert first.added == len(articles)
        stats = t.stats()
        assert stats["attributions"] == sum(len(extract_attributions(a)) for a in articles)
        ids = claim_map(t)
        again = t.add(articles)
        assert again.added == 0 and again.unchanged == len(articles)
        assert t.stats() == stats and claim_map(t) == ids


def test_ids_stay_when_unrelated_articles_are_added(tmp_path):
    with Tracker(tmp_path / "t.db") as t:
        t.add(story_articles("egypt_fm_visit"))
        claims, stories = claim_map(t), story_map(t)
        t.add(story_articles("suruc_bombing"))
        after_claims, after_stories = claim_map(t), story_map(t)
        for attribution, claim in claims.items():
            assert after_claims[attribution] in (claim, t.resolve(claim))
        for attribution, story in stories.items():
            assert after_stories[attribution] in (story, t.resolve(story))
        # merges are recorded: every id that went away is an alias of the one that stayed, and the older stays
        for alias, target in t.db.execute("SELECT alias, target FROM aliases"):
            assert int(target[1:]) < int(alias[1:])


def test_reindex_rebuilds_the_same(tmp_path):
    articles = story_articles("maliki_reactions")
    with Tracker(tmp_path / "t.db") as t:
        t.add(articles)
        stats, claims = t.stats(), claim_map(t)
        t.reindex()
        assert t.stats() == stats and claim_map(t) == claims


def test_timeline_and_queries(tmp_path):
    with Tracker(tmp_path / "t.db") as t:
        t.add(story_articles("egypt_fm_visit"))
        top = t.stories(limit=1)[0]
        assert top["outlets"] >= 2
        line = t.timeline(top["id"])
        assert line[0]["event"] == "first reported"
        assert {r["event"] for r in line} <= {"first reported", "echoed", "updated", "denied", "disputed"}
        assert [r["published"] for r in line] == sorted(r["published"] for r in line)
        assert sum(c["attributions"] for c in t.claims(top["id"])) == top["attributions"]
        assert t.stories(outlet="no such outlet") == []


def _records(path: Path, articles) -> None:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a.id, "text": a.text, "outlet": a.outlet,
                                "published": a.published.isoformat()}, ensure_ascii=False) + "\n")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            return c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return -1


def _check_whole(db: Path, by_id) -> None:
    c = sqlite3.connect(db)
    try:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        for article_id, n in c.execute("SELECT a.id, COUNT(at.n) FROM articles a LEFT JOIN attributions at"
                                       " ON at.article = a.n GROUP BY a.n"):
            assert n == len(extract_attributions(by_id[article_id])), article_id
        assert c.execute("SELECT COUNT(*) FROM claims WHERE n NOT IN (SELECT claim FROM attributions)").fetchone()[0] == 0
        assert c.execute("SELECT COUNT(*) FROM stories WHERE n NOT IN (SELECT story FROM claims)").fetchone()[0] == 0
    finally:
        c.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_any_point_leaves_a_whole_store(tmp_path):
    articles = story_articles("egypt_fm_visit") + story_articles("span_payments", 6)
    by_id = {a.id: a for a in articles}
    source = tmp_path / "day.jsonl"
    _records(source, articles)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def add(db: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "claimtrack", "track", "add", "-q", "--batch", "2", str(db),
                                 str(source)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    reference = tmp_path / "reference.db"
    assert add(reference).wait(timeout=600) == 0
    with Tracker(reference) as t:
        expected = t.stats()

    db = tmp_path / "killed.db"
    kills = 0
    # kill before anything is stored, then after 2, 4, 6 ... articles are stored, mid-way through the next batch
    for target in (0, 2, 4, 6, 8, 10, 12):
        proc = add(db)
        deadline = time.monotonic() + 300
        while _count(db) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is not None:
            break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        _check_whole(db, by_id)
    assert kills >= 5
    assert add(db).wait(timeout=600) == 0
    _check_whole(db, by_id)
    with Tracker(db) as t:
        assert t.stats() == expected
