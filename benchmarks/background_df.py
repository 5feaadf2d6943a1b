"""Regenerate ``claimtrack/data/background_df.tsv``: how many real news articles use each matching term.

    python3 benchmarks/background_df.py [--corpus ../shared/corpora/saudinewsnet] [--min-df 10] [--out FILE]

Reads every day zip of SaudiNewsNet (20,329 articles by 12 Saudi outlets, July-August 2015), keys each
article (title and content) with :func:`claimtrack.claim_key` exactly as the matcher keys a claim, and counts
in how many articles each term occurs: the light stems, and the entities and places as ``e:`` terms.  Only
terms in at least ``--min-df`` articles are written, so the file holds counts and no text worth the name,
and stays small; a term the file does not list is rarer than that.  The first data row gives the number of
articles (``<documents>``).  Rerun it whenever stemming, synonyms, broken plurals or aliases change, since
the file holds their output.  Not part of the test suite (the corpus is not shipped).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet"
OUT = Path(__file__).resolve().parents[1] / "claimtrack" / "data" / "background_df.tsv"
DOCUMENTS = "<documents>"


def _day_counts(day: Path) -> tuple[int, Counter[str]]:
    """Articles of one day zip and the document frequency of each term among them."""
    from claimtrack.claims import claim_key
    from claimtrack.geography import named_places

    with zipfile.ZipFile(day) as z:
        records = json.loads(z.read(z.namelist()[0]))
    df: Counter[str] = Counter()
    n = 0
    for record in records:
        text = ((record.get("title") or "") + "\n" + (record.get("content") or "")).strip()
        if not text:
            continue
        key = claim_key(text)
        df.update(set(key.stems) | {"e:" + e for e in key.entities | named_places(key)})
        n += 1
    claim_key.cache_clear()
    return n, df


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--min-df", type=int, default=10, help="leave out terms in fewer articles (default 10)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    days = sorted(args.corpus.glob("*.zip"))
    if not days:
        print(f"{args.corpus}: no day files (*.zip) found", file=sys.stderr)
        return 1
    started = time.perf_counter()
    total = 0
    df: Counter[str] = Counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        for day, (n, counts) in zip(days, pool.map(_day_counts, days)):
            total += n
            df.update(counts)
            print(f"{day.name}: {n} articles", file=sys.stderr)
    kept = sorted([(t, c) for t, c in df.items() if c >= args.min_df and "\t" not in t and t.strip() == t]
                  + [(DOCUMENTS, total)])
    lines = [
        "# Background document frequencies of matching terms in real news (counts only, no text).",
        f"# Source: SaudiNewsNet, {len(days)} days, {total} articles (CC BY-NC-SA 4.0; Alhagri 2015).",
        "# term<TAB>articles: a light stem, or e:<entity or place>, as claimtrack.claim_key gives them;",
        f"# only terms in at least {args.min_df} articles. <documents> is the number of articles.",
        "# Regenerate with: python3 benchmarks/background_df.py",
    ]
    lines += [f"{t}\t{c}" for t, c in kept]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = args.out.stat().st_size
    print(f"{args.out}: {len(kept) - 1} of {len(df)} terms, {size // 1024} KB, "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
