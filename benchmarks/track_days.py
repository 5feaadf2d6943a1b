"""Ingest SaudiNewsNet days into a tracker one by one vs extracting and matching them in one go.

    PYTHONPATH=. python benchmarks/track_days.py DB-DIR DAY.zip [DAY.zip ...]

Each step runs in its own process under /usr/bin/time (wall seconds, peak RSS).  Prints one JSON line per
step: the day-by-day adds, a second add of the first day (stats must not change), whether the first day's
claim ids survived the later days (except merges recorded as aliases), and the one-go Corpus run (left out
with ONE_GO=0).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

PY = sys.executable


def timed(args: list[str]) -> tuple[float, int, str]:
    env = dict(os.environ)
    proc = subprocess.run(["/usr/bin/time", "-f", "%e %M", *args], capture_output=True, text=True, env=env)
    last = proc.stderr.strip().splitlines()[-1]
    wall, rss = last.split()
    return float(wall), int(rss) // 1024, proc.stdout


def stats(db: str) -> dict:
    return json.loads(subprocess.run([PY, "-m", "claimtrack", "track", "stats", db, "--format", "json"],
                                     capture_output=True, text=True, check=True).stdout)


def claim_ids(db: str) -> dict[str, str]:
    out = subprocess.run([PY, "-m", "claimtrack", "track", "export", db], capture_output=True, text=True, check=True).stdout
    return {d["id"]: d["claim"] for d in map(json.loads, out.splitlines())}


def aliases(db: str) -> dict[str, str]:
    import sqlite3
    with sqlite3.connect(db) as c:
        return dict(c.execute("SELECT alias, target FROM aliases"))


ONE_GO = """
import sys, time
from claimtrack.reader.records import read_records
from claimtrack.matching import Corpus
corpus = Corpus()
for name in sys.argv[1:]:
    for a in read_records(name)[0]:
        corpus.add(a)
print(len(corpus.articles), len(corpus.attributions), len(corpus.clusters), len(corpus.stories))
"""


def main() -> None:
    folder, days = sys.argv[1], sys.argv[2:]
    db = os.path.join(folder, "track.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    first_ids: dict[str, str] = {}
    for k, day in enumerate(days):
        wall, rss, _ = timed([PY, "-m", "claimtrack", "track", "add", "-q", db, day])
        print(json.dumps({"step": "add", "day": os.path.basename(day), "seconds": wall, "peak_mb": rss,
                          "stats": stats(db)}), flush=True)
        if k == 0:
            first_ids = claim_ids(db)
            before = stats(db)
            wall, rss, _ = timed([PY, "-m", "claimtrack", "track", "add", "-q", db, day])
            print(json.dumps({"step": "re-add", "day": os.path.basename(day), "seconds": wall, "peak_mb": rss,
                              "unchanged": stats(db) == before}), flush=True)
    if len(days) > 1:
        now, alias = claim_ids(db), aliases(db)
        changed = [a for a, c in first_ids.items() if now.get(a) != c]
        unexplained = [a for a in changed if alias.get(first_ids[a]) != now.get(a)]
        print(json.dumps({"step": "ids", "first_day_attributions": len(first_ids), "claim_changed": len(changed),
                          "changed_not_by_alias": len(unexplained)}), flush=True)
    if os.environ.get("ONE_GO", "1") != "1":
        return
    wall, rss, out = timed([PY, "-c", ONE_GO, *days])
    print(json.dumps({"step": "one-go Corpus (extract + clusters + stories)", "seconds": wall, "peak_mb": rss,
                      "articles_attributions_clusters_stories": out.split()}), flush=True)


if __name__ == "__main__":
    main()
