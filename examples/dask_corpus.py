"""A corpus through claimtrack on a Dask cluster, with a progress bar (in a terminal): extraction, pair scoring,
clustering.

    python examples/dask_corpus.py                      # the SaudiNewsNet day zips when present, else seeds/
    python examples/dask_corpus.py PATH... --workers 4  # a local cluster of 4 worker processes
    python examples/dask_corpus.py PATH... --scheduler tcp://10.0.0.5:8786   # a running cluster

Needs the extra: pip install 'claimtrack[dask]'.  The SaudiNewsNet days (../shared/corpora/saudinewsnet/*.zip,
about 2,800 articles a day) take long on a small machine: give a few files or one zip to try it.
"""

import argparse
import sys
from pathlib import Path

from distributed import Client, LocalCluster

import claimtrack.dask

ROOT = Path(__file__).resolve().parent.parent


def default_paths() -> list[str]:
    zips = sorted((ROOT.parent / "shared" / "corpora" / "saudinewsnet").glob("*.zip"))
    if zips:
        print(f"reading the SaudiNewsNet corpus: {len(zips)} day files", file=sys.stderr)
        return [str(z) for z in zips]
    print("no SaudiNewsNet corpus in ../shared/corpora: reading the seed articles", file=sys.stderr)
    return [str(ROOT / "seeds")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files, folders or record files")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    args = parser.parse_args()
    paths = args.paths or default_paths()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=":0"))
    with client:
        failures: list[str] = []
        corpus = claimtrack.dask.load_corpus(paths, client=client, progress=sys.stderr.isatty(),
                                                  failures=failures)
        shared = [c for c in corpus.clusters if len(c.outlets) > 1]
        print(f"{len(corpus.articles)} articles, {len(corpus.attributions)} attributions, "
              f"{len(corpus.clusters)} claim clusters ({len(shared)} carried by more than one outlet), "
              f"{len(corpus.stories)} stories")
        for c in sorted(shared, key=lambda c: -len(c.outlets))[:5]:
            print(f"  {c.id} ({len(c.outlets)} outlets): {c.label}")
        for line in failures:
            print(f"skipped: {line}", file=sys.stderr)


if __name__ == "__main__":
    main()
