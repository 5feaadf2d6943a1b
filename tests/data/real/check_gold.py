"""Check the hand-made gold files of a real sample against their articles (no claimtrack import).

    python3 tests/data/real/check_gold.py tests/data/real          # every gold/<id>.json
    python3 tests/data/real/check_gold.py tests/data/real ID ...   # some articles

For each row: the anchor occurs exactly once in the article; the cue occurs at or after the anchor, on its line
and in its sentence as the guide asks (no line break and no full stop, ! or ? between them); source, content, via and hedges occur in the article as written; the enum fields hold
allowed values. Prints one line per problem and a count; exits 1 when anything is wrong.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

STANCES = set("neutral assert deny reveal clarify add warn accuse speculate opinion announce express praise "
              "appeal relay according".split())
KINDS = set("person official organization anonymous document media collective unknown".split())
RESOLVED = {"explicit", "carryover", "backreference", "none"}
QUOTES = {"direct", "mixed", "indirect"}
FIELDS = ["article", "anchor", "cue", "lemma", "stance", "source", "source_head", "source_kind", "resolved",
          "via", "content", "quote", "negated", "refers_to", "hedges"]


def check(folder: Path, ids: list[str]) -> int:
    problems = rows = 0
    golds = sorted((folder / "gold").glob("*.json"))
    for gold in golds:
        if ids and gold.stem not in ids:
            continue
        text = (folder / "articles" / f"{gold.stem}.txt").read_text(encoding="utf-8")
        data = json.loads(gold.read_text(encoding="utf-8"))
        for i, row in enumerate(data["attributions"]):
            rows += 1
            where = f"{gold.name} row {i}"

            def bad(msg: str) -> None:
                nonlocal problems
                problems += 1
                print(f"{where}: {msg}")

            missing = [f for f in FIELDS if f not in row]
            if missing:
                bad(f"missing fields {missing}")
                continue
            if row["article"] != gold.stem:
                bad(f"article {row['article']!r} is not {gold.stem!r}")
            n = text.count(row["anchor"])
            if n != 1:
                bad(f"anchor {row['anchor']!r} occurs {n} times")
                continue
            a = text.find(row["anchor"])
            c = text.find(row["cue"], a)
            if c < 0 or any(mark in text[a:c] for mark in ".!?\n\u061f"):
                bad(f"cue {row['cue']!r} not found after the anchor in the anchor's sentence")
            for key in ("source", "content"):
                if row[key] and row[key] not in text:
                    bad(f"{key} not in the article as written: {row[key][:60]!r}")
            if row["source"] and row["source_head"] not in row["source"]:
                bad(f"source_head {row['source_head']!r} is not inside source")
            for v in row["via"] + row["hedges"]:
                if v not in text:
                    bad(f"via/hedge {v!r} not in the article")
            if row["stance"] not in STANCES:
                bad(f"stance {row['stance']!r}")
            if row["source_kind"] not in KINDS:
                bad(f"source_kind {row['source_kind']!r}")
            if row["resolved"] not in RESOLVED:
                bad(f"resolved {row['resolved']!r}")
            if row["quote"] not in QUOTES:
                bad(f"quote {row['quote']!r}")
            if not isinstance(row["negated"], bool):
                bad("negated must be true or false")
            if row["refers_to"] is not None and not (isinstance(row["refers_to"], int) and 0 <= row["refers_to"] < i):
                bad(f"refers_to {row['refers_to']!r} must be an earlier row index or null")
    print(f"{len(golds)} gold files, {rows} rows, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1]), sys.argv[2:]))
