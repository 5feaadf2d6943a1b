"""Extraction over the whole SaudiNewsNet corpus: crashes, span violations, and a per-outlet table.

    python3 benchmarks/corpus_extract.py [--corpus ../shared/corpora/saudinewsnet] [--days N] [--out FILE.md]

Reads every day zip (title line, an empty line, then the content, as tests/data/real does), extracts the
attributions of every article, checks ``text[span] == text`` for every cue, source, content, relay and hedge,
counts sentences whose extraction raised (recorded diagnostics), and prints per outlet: articles, words,
attributions per 1,000 words, the share of attributions with an empty source, and the share whose source was
resolved (carry-over or back-reference).  An outlet whose style is missed shows up as a low rate or a high
empty-source share.  Not part of the test suite (the corpus is not shipped).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from collections import defaultdict
from pathlib import Path

from claimtrack import extract_attributions, parse_article
from claimtrack.models import Diagnostic

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--days", type=int, default=0, help="only the first N day files (0: all)")
    parser.add_argument("--out", type=Path, help="also write the table as Markdown to this file")
    args = parser.parse_args()
    days = sorted(args.corpus.glob("*.zip"))
    if not days:
        print(f"{args.corpus}: no day files (*.zip) found", file=sys.stderr)
        return 1
    if args.days:
        days = days[: args.days]
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    violations: list[str] = []
    diagnostics: list[Diagnostic] = []
    chars = 0
    empty = 0
    started = time.perf_counter()
    for day in days:
        with zipfile.ZipFile(day) as z:
            records = json.loads(z.read(z.namelist()[0]))
        for n, record in enumerate(records):
            text = (record.get("title") or "").strip() + "\n\n" + (record.get("content") or "")
            if not text.strip():
                empty += 1  # a record with neither title nor content: counted, not extracted
                continue
            outlet = record.get("source") or "unknown"
            article = parse_article(text, id=f"{day.stem}/{n}", outlet=outlet)
            chars += len(text)
            found = extract_attributions(article, diagnostics=diagnostics)
            s = stats[outlet]
            s["articles"] += 1
            s["words"] += len(text.split())
            s["attributions"] += len(found)
            for a in found:
                s["empty"] += not a.source.text.strip()
                s["resolved"] += a.source.resolved in ("carryover", "backreference")
                for part in (a.cue, a.source, a.content, *a.source.via, *a.hedges):
                    if text[part.span.start:part.span.end] != part.text:
                        violations.append(f"{a.id}: {part.text[:40]!r}")
    elapsed = time.perf_counter() - started
    lines = ["| outlet | articles | words | attributions | per 1,000 words | empty source | resolved source |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    total: dict[str, float] = defaultdict(float)
    for outlet in sorted(stats):
        s = stats[outlet]
        for k, v in s.items():
            total[k] += v
        att = s["attributions"] or 1
        lines.append(f"| {outlet} | {s['articles']:.0f} | {s['words']:.0f} | {s['attributions']:.0f} | "
                     f"{1000 * s['attributions'] / s['words']:.1f} | {s['empty'] / att:.1%} | {s['resolved'] / att:.1%} |")
    att = total["attributions"] or 1
    lines.append(f"| **all** | {total['articles']:.0f} | {total['words']:.0f} | {total['attributions']:.0f} | "
                 f"{1000 * total['attributions'] / total['words']:.1f} | {total['empty'] / att:.1%} | "
                 f"{total['resolved'] / att:.1%} |")
    summary = (f"{len(days)} day files, {total['articles']:.0f} articles, {chars:,} characters in {elapsed:.0f} s "
               f"({chars / elapsed / 1e6:.2f} M characters/s, one process); sentences that raised: {len(diagnostics)}; "
               f"span violations: {len(violations)}; empty records (no title, no content): {empty}")
    table = "\n".join(lines)
    print(table)
    print(summary)
    for v in violations[:20]:
        print("span violation:", v)
    for d in diagnostics[:20]:
        print("diagnostic:", d.article, d.span, d.message[:200])
    if args.out:
        args.out.write_text(table + "\n\n" + summary + "\n", encoding="utf-8")
    return 1 if violations or diagnostics else 0


if __name__ == "__main__":
    sys.exit(main())
