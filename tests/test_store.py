"""The tracker: idempotent adds, ids that stay put, a store that survives kill -9.  Real articles only."""

from __future__ import annotations

import csv
import io
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
from claimtrack.store.schema import SCHEMA_VERSION

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
        assert t.version == SCHEMA_VERSION == 3
        assert t.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert t.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert t.stats() == {"articles": 0, "attributions": 0, "claims": 0, "stories": 0, "marks": 0}
    with Tracker(tmp_path / "t.db") as t:  # opening again migrates nothing
        assert t.version == SCHEMA_VERSION == 3


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


def test_a_version_1_store_is_migrated_to_keep_said_on(tmp_path):
    from claimtrack.store import schema

    db = sqlite3.connect(tmp_path / "old.db")
    db.executescript(schema._V1 + "CREATE TABLE schema_version (version INTEGER NOT NULL);"
                     "INSERT INTO schema_version VALUES (1);")
    db.close()
    with Tracker(tmp_path / "old.db") as t:
        assert t.version == SCHEMA_VERSION
        columns = {r[1] for r in t.db.execute("PRAGMA table_info(attributions)")}
        assert {"said_on_from", "said_on_to", "said_on_text", "said_on_start", "said_on_end"} <= columns


def test_timeline_orders_by_when_it_was_said(tmp_path):
    from claimtrack import parse_article

    # Two real statements (SaudiNewsNet 2015-07-23 #171 aleqtisadiya and 2015-07-21 #724 aleqtisadiya,
    # shortened) about one agreement: the later article reports the earlier statement.
    late = parse_article("وقال الرئيس الأمريكي باراك أوباما الثلاثاء الماضي إن الاتفاق النووي مع إيران تاريخي.",
                         id="late", outlet="b", published="2015-07-23")
    early = parse_article("وقال الرئيس الإيراني حسن روحاني اليوم إن الاتفاق النووي مع إيران تاريخي.",
                          id="early", outlet="a", published="2015-07-22")
    with Tracker(tmp_path / "t.db") as t:
        t.add([early, late])
        (said,) = [d["said_on"] for d in t.export() if d["article"] == "late"]
        assert said["from"] == "2015-07-21" and said["text"] == "الثلاثاء الماضي"
        stored = t.db.execute("SELECT said_on_from, said_on_to, said_on_text, said_on_start, said_on_end"
                              " FROM attributions WHERE id = 'late#1'").fetchone()
        assert stored == ("2015-07-21", "2015-07-21", "الثلاثاء الماضي", said["start"], said["end"])
        story = next(s["id"] for s in t.stories() if s["attributions"] == 2)
        line = t.timeline(story)
        assert [r["article"] for r in line] == ["late", "early"]  # said on the 21st, published on the 23rd
        assert line[0]["said_on"] == {"from": "2015-07-21", "to": "2015-07-21", "text": "الثلاثاء الماضي"}
        assert line[0]["published"] == "2015-07-23" and line[1]["said_on"]["from"] == "2015-07-22"


def test_an_undated_statement_comes_last_in_the_timeline_as_in_the_comparison(tmp_path):
    from claimtrack import parse_article

    # The same two real statements, the earlier one from an article with no date (a file read without outlets.json):
    # the tracker listed it first (SQLite puts NULL first) while its marks, like the comparison's timeline, took it
    # for the latest statement (found by review on the Aden articles, okaz_71 undated).
    dated = parse_article("وقال الرئيس الإيراني حسن روحاني اليوم إن الاتفاق النووي مع إيران تاريخي.",
                          id="dated", outlet="a", published="2015-07-22")
    undated = parse_article("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق النووي مع إيران تاريخي.", id="undated", outlet="b")
    with Tracker(tmp_path / "t.db") as t:
        t.add([undated, dated])
        story = next(s["id"] for s in t.stories() if s["attributions"] == 2)
        line = t.timeline(story)
        assert [r["article"] for r in line] == ["dated", "undated"]
        assert line[1]["published"] is None and line[0]["event"] == "first reported"


def test_cli_timeline_prints_when_it_was_said_beside_publication(tmp_path):
    rows = [{"id": "late", "outlet": "b", "published": "2015-07-23",  # 2015-07-23 #171 aleqtisadiya, shortened
             "text": "وقال الرئيس الأمريكي باراك أوباما الثلاثاء الماضي إن الاتفاق النووي مع إيران تاريخي."}]
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    subprocess.run([sys.executable, "-m", "claimtrack", "track", "add", "-q", str(db), str(path)], cwd=ROOT, check=True)
    out = subprocess.run([sys.executable, "-m", "claimtrack", "track", "timeline", str(db), "s1"], cwd=ROOT, check=True,
                         capture_output=True, text=True, encoding="utf-8").stdout
    cells = [c.strip() for c in out.splitlines()[2].split("│")]
    assert cells[:4] == ["2015-07-23", "2015-07-21 (الثلاثاء الماضي)", "first reported", "b"]
    timeline_csv = subprocess.run([sys.executable, "-m", "claimtrack", "track", "timeline", str(db), "s1", "--format",
                                   "csv"], cwd=ROOT, check=True, capture_output=True, text=True, encoding="utf-8").stdout
    event = next(csv.DictReader(io.StringIO(timeline_csv)))
    assert (event["published"], event["said_on"], event["said_on_from"], event["said_on_to"], event["event"]) == (
        "2015-07-23", "الثلاثاء الماضي", "2015-07-21", "2015-07-21", "first reported")
    csv_out = subprocess.run([sys.executable, "-m", "claimtrack", "track", "export", str(db), "--format", "csv"],
                             cwd=ROOT, check=True, capture_output=True, text=True, encoding="utf-8").stdout
    header, row = csv_out.splitlines()[:2]
    assert header.endswith(",said_on_from,said_on_to,said_on_text,said_on_start,said_on_end")
    assert row.endswith(",2015-07-21,2015-07-21,الثلاثاء الماضي,34,49")
