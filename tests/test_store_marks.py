"""The tracker's marks are claimtrack's marks: fed real articles in one batch or several, the store holds the
marks (pairs, kind, dispute) that :func:`claimtrack.contradictions` gives on a corpus of the same articles,
but where the date window (:mod:`claimtrack.store.marking`) keeps articles apart by design."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from claimtrack import Corpus, Tracker, contradictions
from claimtrack.cli import main
from claimtrack.inputs import load_articles
from claimtrack.store.marking import WINDOW
from claimtrack.store.schema import SCHEMA_VERSION

from .conftest import DATA, ROOT

ADEN = DATA / "yemen_aden_0721" / "articles"
STORIES = DATA / "real_stories"
NAMES = ("egypt_fm_visit", "maliki_reactions", "span_payments", "suruc_bombing", "uae_41_trial")


def aden():
    return list(load_articles([str(ADEN)], None))


def story(name: str):
    return list(load_articles([str(STORIES / name / "articles")], str(STORIES / name / "outlets.json")))


def expected(articles) -> set[tuple[str, str, str, str]]:
    return {(m.a, m.b, m.kind, m.dispute) for m in contradictions(Corpus(articles))}


def stored(t: Tracker) -> set[tuple[str, str, str, str]]:
    return set(t.db.execute("SELECT a, b, kind, dispute FROM marks").fetchall())


def by_day(articles) -> list[list]:
    days: dict[object, list] = {}
    for a in articles:
        days.setdefault(a.published, []).append(a)
    return [days[d] for d in sorted(days, key=str)]


@pytest.mark.parametrize("name", ("aden",) + NAMES)
def test_one_batch_gives_the_marks_of_contradictions(tmp_path, name):
    articles = aden() if name == "aden" else story(name)
    want = expected(articles)
    with Tracker(tmp_path / "t.db") as t:
        t.add(articles)
        assert stored(t) == want
        assert t.db.execute("SELECT COUNT(*) FROM articles WHERE marked = 0").fetchone()[0] == 0
    if name == "aden":  # the Yemen coverage of 2015-07-21: disputes of its own kinds, not "contradicts" for all
        assert {d for _, _, k, d in want if k == "contradicts"} - {"contradicts"}


def test_aden_split_in_two_gives_the_same_marks(tmp_path):
    articles = aden()
    with Tracker(tmp_path / "t.db") as t:
        t.add(articles[:3])
        t.add(articles[3:])
        assert stored(t) == expected(articles)


@pytest.mark.parametrize("name", NAMES)
def test_day_by_day_gives_the_same_marks_within_the_window(tmp_path, name):
    """Day by day, each add marks again its day and the stored days within WINDOW of it.  Where a story's days
    all fall within one add's neighbourhood, the marks are those of one batch; where they do not (the Maliki
    story: 07-22, 07-23, 07-24), the pairs of the days further apart than WINDOW are not compared (by design:
    stories are local in time), and every stored mark is one that contradictions() gives on the last
    neighbourhood holding both articles."""
    articles = story(name)
    days = by_day(articles)
    with Tracker(tmp_path / "t.db") as t:
        for day in days:
            t.add(day)
        got = stored(t)
    dates = sorted({a.published for a in articles})
    ordered = [a for day in days for a in day]  # as added: a mark of no direction (agrees) names the first one first
    if (dates[-1] - dates[0]).days <= WINDOW:
        assert got == expected(ordered)
        return
    when = {a.id: a.published for a in articles}

    def article(side: str) -> str:
        return side.rsplit("#", 1)[0]

    assert all(abs((when[article(a)] - when[article(b)]).days) <= WINDOW for a, b, _, _ in got)
    # each add replaced the marks between the stored articles within WINDOW days of its day
    state: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    for day in dates:
        hood = [a for a in ordered if a.published <= day and (day - a.published).days <= WINDOW]
        ids = {a.id for a in hood}
        state = {p: m for p, m in state.items() if not (article(p[0]) in ids and article(p[1]) in ids)}
        state.update({(m[0], m[1]): m for m in expected(hood)})
    assert got == set(state.values())
    assert got != expected(ordered)  # the window makes a difference here (say so if it stops making one)


def test_marks_are_byte_identical_under_two_hash_seeds(tmp_path):
    script = (
        "import sys\n"
        "from claimtrack import Tracker\n"
        "from claimtrack.inputs import load_articles\n"
        f"arts = list(load_articles([{str(STORIES / 'maliki_reactions' / 'articles')!r}], "
        f"{str(STORIES / 'maliki_reactions' / 'outlets.json')!r}))\n"
        "arts.sort(key=lambda a: (str(a.published), a.id))\n"
        "with Tracker(sys.argv[1]) as t:\n"
        "    t.add(arts[:6]); t.add(arts[6:])\n"
        "    for row in t.db.execute('SELECT a, b, kind, dispute, evidence, explanation FROM marks ORDER BY n'):\n"
        "        print(row)\n"
    )
    outs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        outs.append(subprocess.run([sys.executable, "-c", script, str(tmp_path / f"{seed}.db")], env=env,
                                   capture_output=True, check=True).stdout)
    assert outs[0] == outs[1] and outs[0].count(b"\n") > 50


def test_a_version_2_store_is_migrated_and_marked_again(tmp_path):
    from claimtrack.store import schema

    articles = aden()
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(schema._V1 + ";" + schema._V2 + "CREATE TABLE schema_version (version INTEGER NOT NULL);"
                     "INSERT INTO schema_version VALUES (2);")
    db.close()
    with Tracker(path) as t:
        assert t.version == SCHEMA_VERSION == 3
        columns = {r[1] for r in t.db.execute("PRAGMA table_info(marks)")}
        assert {"a", "b", "kind", "dispute", "evidence", "explanation"} <= columns
        t.add(articles)
        assert stored(t) == expected(articles)


def test_articles_stored_but_not_marked_are_marked_by_the_next_add(tmp_path):
    """A killed add leaves stored articles unmarked (marked = 0): the next add marks them, even with nothing new."""
    articles = aden()
    with Tracker(tmp_path / "t.db") as t:
        t.add(articles)
        t.db.execute("DELETE FROM marks")
        t.db.execute("UPDATE articles SET marked = 0")
        t.add(articles)  # every one stored already
        assert stored(t) == expected(articles)


def test_cli_compare_db_and_timeline_show_the_dispute_kinds(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in (STORIES / "maliki_reactions" / "articles").glob("*.txt"):
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "outlets.json").write_bytes((STORIES / "maliki_reactions" / "outlets.json").read_bytes())
    db = tmp_path / "t.db"
    assert main(["track", "add", "-q", str(db), str(folder)]) == 0
    capsys.readouterr()
    assert main(["compare", "--db", str(db), "--top", "0", "--format", "json", "-q"]) == 0
    doc = json.loads(capsys.readouterr().out)
    disputes = {m["dispute"] for m in doc["contradictions"] if m["kind"] == "contradicts"}
    assert "denies" in disputes
    assert main(["compare", "--db", str(db), "--top", "0", "-q"]) == 0
    assert " denies " in capsys.readouterr().out


def test_cli_remark_and_stories_by_dispute(tmp_path, capsys):
    db = tmp_path / "t.db"
    with Tracker(db) as t:
        t.add(story("maliki_reactions"))
        want = stored(t)
        t.db.execute("DELETE FROM marks")
        t.db.execute("UPDATE articles SET marked = 0")
    assert main(["track", "remark", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["marks"] == len(want)
    assert main(["track", "remark", str(db), "--all"]) == 0
    capsys.readouterr()
    with Tracker(db) as t:
        assert stored(t) == want
        denied = t.stories(mark="denies", limit=0)
        assert denied and len(denied) <= len(t.stories(mark="contradicts", limit=0))


def test_cli_compare_db_shows_the_marks_compare_shows(tmp_path, capsys):
    """``compare --db`` of every story shows the marks ``compare PATH`` shows on the same articles (the Aden
    coverage: an outlet's own sentence on one side included, okaz_71#n1)."""
    db = tmp_path / "t.db"
    assert main(["track", "add", "-q", str(db), str(ADEN)]) == 0
    capsys.readouterr()
    shown = []
    for args in (["--db", str(db), "--top", "0"], [str(ADEN)]):
        assert main(["compare", *args, "--format", "json", "-q"]) == 0
        doc = json.loads(capsys.readouterr().out)
        shown.append({(m["a"], m["b"], m["kind"], m["dispute"]) for m in doc["contradictions"]})
    assert shown[0] == shown[1] and any(d == "updates" for _, _, _, d in shown[0])
    assert any("#n" in a or "#n" in b for a, b, _, _ in shown[0])  # an outlet's own sentence on one side
