"""Ingest SaudiNewsNet days into a tracker one by one vs extracting and matching them in one go.

    PYTHONPATH=. python benchmarks/track_days.py DB-DIR DAY.zip [DAY.zip ...]

(a DAY may be a .json list of records, such as the first 1,400 records of a day file, as benchmarks/day_speed.py
reads them; ``FIRST=1400`` writes such files next to the store from the zips given and adds those.)

Each step runs in its own process, measured whole-process (wall seconds, CPU seconds, peak resident memory).
Prints one JSON line per step as it ends:

- ``add``: one day added to the store, with the store's stats after it and its marks by kind (a contradiction
  by its dispute: ``contradicts/denies``, ``contradicts/updates``...);
- ``ids``: after day N+1, how many of the claim ids given up to day N changed, and how many of those changes
  are not a merge recorded as an alias (must be 0);
- ``re-add``: the first and the last day added a second time (``unchanged`` must be true: same stats);
- ``one-go``: a fresh process extracting and matching all the days at once with ``claimtrack.Corpus``.

``ONE_GO=0`` leaves out the one-go run, ``ONE_GO=only`` runs only it (so that the two can run side by side,
under the same load).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

PY = sys.executable


def timed(args: list[str]) -> tuple[float, float, int, str]:
    """Run ``args``; its whole-process wall seconds, CPU seconds (user + system), peak resident MB and stdout
    (the kernel's figures for that one child process)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(args, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode not in (0, 3):
            raise SystemExit(f"{args}: exit {proc.returncode}\n{err.read().decode()[-2000:]}")
        return (round(wall, 2), round(usage.ru_utime + usage.ru_stime, 1), usage.ru_maxrss // 1024,
                out.read().decode())


def stats(db: str) -> dict:
    return json.loads(subprocess.run([PY, "-m", "claimtrack", "track", "stats", db, "--format", "json"],
                                     capture_output=True, text=True, check=True).stdout)


def claim_ids(db: str) -> dict[str, str]:
    """Attribution id -> claim id (as ``track export`` gives them)."""
    with sqlite3.connect(db) as c:
        return {aid: f"c{claim}" for aid, claim in c.execute("SELECT id, claim FROM attributions")}


def mark_kinds(db: str) -> dict[str, int]:
    """Marks by kind, a contradiction by its dispute (``contradicts/denies``); a store before schema 3 has no
    dispute column (every contradiction was "contradicts")."""
    with sqlite3.connect(db) as c:
        columns = {r[1] for r in c.execute("PRAGMA table_info(marks)")}
        dispute = "dispute" if "dispute" in columns else "''"
        rows = c.execute(f"SELECT kind, {dispute}, COUNT(*) FROM marks GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    return {f"{k}/{d}" if d else k: n for k, d, n in rows}


def aliases(db: str) -> dict[str, str]:
    with sqlite3.connect(db) as c:
        return dict(c.execute("SELECT alias, target FROM aliases"))


def check_ids(before: dict[str, str], db: str) -> dict:
    now, alias = claim_ids(db), aliases(db)
    changed = [a for a, c in before.items() if now.get(a) != c]
    unexplained = [a for a in changed if alias.get(before[a]) != now.get(a)]
    return {"attributions_before": len(before), "claim_changed": len(changed),
            "changed_not_by_alias": len(unexplained), "examples": unexplained[:5]}


def readd(db: str, day: str) -> dict:
    before = stats(db)
    wall, cpu, rss, _ = timed([PY, "-m", "claimtrack", "track", "add", "-q", db, day])
    return {"step": "re-add", "day": os.path.basename(day), "seconds": wall, "cpu_seconds": cpu, "peak_mb": rss,
            "unchanged": stats(db) == before}


ONE_GO = """
import sys
from claimtrack.reader.records import read_records
from claimtrack.matching import Corpus
corpus = Corpus()
for name in sys.argv[1:]:
    for a in read_records(name)[0]:
        corpus.add(a)
print(len(corpus.articles), len(corpus.attributions), len(corpus.clusters), len(corpus.stories))
"""


def first_records(folder: str, day: str, n: int) -> str:
    """The first ``n`` records of the day file ``day`` (a zip of one JSON list) as a .json file in ``folder``."""
    import zipfile

    with zipfile.ZipFile(day) as z:
        records = json.loads(z.read(z.namelist()[0]))[:n]
    path = os.path.join(folder, os.path.basename(day).replace(".zip", ".json"))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False)
    return path


def main() -> None:
    folder, days = sys.argv[1], sys.argv[2:]
    if os.environ.get("FIRST"):
        days = [first_records(folder, day, int(os.environ["FIRST"])) for day in days]
    mode = os.environ.get("ONE_GO", "1")
    if mode != "only":
        db = os.path.join(folder, "track.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        previous: dict[str, str] = {}
        total_wall = total_cpu = 0.0
        for k, day in enumerate(days):
            wall, cpu, rss, _ = timed([PY, "-m", "claimtrack", "track", "add", "-q", db, day])
            total_wall, total_cpu = total_wall + wall, total_cpu + cpu
            print(json.dumps({"step": "add", "day": os.path.basename(day), "seconds": wall, "cpu_seconds": cpu,
                              "peak_mb": rss, "total_seconds": round(total_wall, 1),
                              "total_cpu_seconds": round(total_cpu, 1), "stats": stats(db),
                              "marks": mark_kinds(db)}), flush=True)
            if k:
                print(json.dumps({"step": "ids", "day": os.path.basename(day), **check_ids(previous, db)}), flush=True)
            if k == 0:
                print(json.dumps(readd(db, day)), flush=True)
            previous = claim_ids(db)
        if len(days) > 1:
            print(json.dumps(readd(db, days[-1])), flush=True)
    if mode == "0":
        return
    wall, cpu, rss, out = timed([PY, "-c", ONE_GO, *days])
    print(json.dumps({"step": "one-go", "days": len(days), "seconds": wall, "cpu_seconds": cpu, "peak_mb": rss,
                      "articles_attributions_clusters_stories": out.split()}), flush=True)


if __name__ == "__main__":
    main()
