"""Re-score claimtrack's dispute marks on a real day against the blind judgements of tests/data/day_judgments.

    python3 benchmarks/day_judgments.py 2015-08-03 [--corpus ../shared/corpora/saudinewsnet] [--fresh]
    python3 benchmarks/day_judgments.py 2015-07-22 --cross 2015-07-23

Marks the first 1,400 articles of the day (as benchmarks/day_speed.py reads them) with the code at hand, then counts,
among the judged pairs it marks (matched by article and content text), how many the annotators judged a dispute,
per kind, next to the day's number of marks of each kind.  ``--fresh``: the day's every article instead, the marks
that touch an article past the first 1,400, against tests/data/day_judgments/fresh_pairs.jsonl (2015-07-21, 07-22,
07-24, 07-31).  ``-v``: each judged pair marked, right or wrong, with the annotators' reason.  Not part of the test suite (the corpus is not shipped).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from day_speed import day_articles  # noqa: E402

DISPUTES = ("denies", "contradicts", "updates", "disagrees")


def pair_key(a: tuple[str, str], b: tuple[str, str]) -> frozenset[tuple[str, str]]:
    return frozenset((a, b))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("day")
    parser.add_argument("--corpus", default=str(HERE.parents[1] / "shared" / "corpora" / "saudinewsnet"))
    parser.add_argument("--fresh", action="store_true", help="the marks touching the articles past the first 1,400")
    parser.add_argument("--cross", metavar="DAY2", help="the marks joining the day's articles to DAY2's (one corpus)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each judged pair marked: its id, label, kind, why")
    args = parser.parse_args()
    import claimtrack
    from claimtrack.contradiction import mark_attributions

    judged = {}
    rows = {}
    gold = "cross_pairs.jsonl" if args.cross else "fresh_pairs.jsonl" if args.fresh else "pairs.jsonl"
    for line in (HERE.parent / "tests" / "data" / "day_judgments" / gold).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if (row["days"] == [args.day, args.cross]) if args.cross else row["day"] == args.day:
            key = pair_key((row["a"]["article"], row["a"]["content"]), (row["b"]["article"], row["b"]["content"]))
            judged[key] = row["label"]
            rows[key] = row
    if not judged:
        print(f"no judged pairs for {args.day}" + (f" and {args.cross}" if args.cross else ""), file=sys.stderr)
        return 2
    day_of: dict[str, str] = {}
    articles = []
    for day in [args.day] + ([args.cross] if args.cross else []):
        for a in day_articles([Path(args.corpus) / f"{day}.zip"], 0 if args.fresh or args.cross else 1400):
            if day_of.setdefault(a.id, day) == day:  # (an article of both days' files is read once, in the first)
                articles.append(a)
    corpus = claimtrack.Corpus(articles)
    marks = [m for m in claimtrack.contradictions(corpus) if m.dispute in DISPUTES]
    by_id = mark_attributions(corpus, marks)
    if args.cross:
        marks = [m for m in marks if day_of[by_id[m.a].article] != day_of[by_id[m.b].article]]
    if args.fresh:
        fresh = {a.id for a in articles[1400:]}
        marks = [m for m in marks if by_id[m.a].article in fresh or by_id[m.b].article in fresh]
    counts = collections.Counter(m.dispute for m in marks)
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    # A mark is made once, between the representatives of two groups of copies (one statement reprinted word for
    # word by one speaker): a judged pair counts as marked when its two sides are copies of the two sides of a mark,
    # whichever copy the corpus took as its representative.
    groups = corpus.groups
    atts = {a.id: a for a in corpus.attributions}
    counted = set()
    listed: list[str] = []
    for m in marks:
        for x in groups.get(m.a, (m.a,)):
            for y in groups.get(m.b, (m.b,)):
                a, b = atts.get(x) or by_id[m.a], atts.get(y) or by_id[m.b]
                key = pair_key((a.article, a.content.text), (b.article, b.content.text))
                label = judged.get(key)
                if label is not None and key not in counted:
                    counted.add(key)
                    per[m.dispute][0] += 1
                    per[m.dispute][1] += label != "none"
                    if args.verbose:
                        listed.append(f"  {'wrong' if label == 'none' else 'right'} {rows[key].get('pair', '?'):6} "
                                      f"{m.dispute:11} judged {label}: {rows[key].get('why', '')}")
    name = f"{args.day} and {args.cross}" if args.cross else args.day
    print(f"{name}: {len(judged)} judged pairs; the marks by kind: {dict(counts)}")
    for kind in DISPUTES:
        n, right = per[kind]
        print(f"  {kind:12} judged pairs marked {n:3}   judged a dispute {right:3}" + (f"   ({right / n:.2f})" if n else ""))
    n, right = sum(v[0] for v in per.values()), sum(v[1] for v in per.values())
    print(f"  all          judged pairs marked {n:3}   judged a dispute {right:3}" + (f"   ({right / n:.2f})" if n else ""))
    print("\n".join(sorted(listed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
