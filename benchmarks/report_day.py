"""The HTML report of one real day: its size, and how long headless Chromium takes to open it (issue 16).

    PYTHONPATH=. python benchmarks/report_day.py [DAY.zip] [--html out/report-day.html] [--runs 3]

DAY.zip defaults to the SaudiNewsNet day with the most articles (../shared/corpora/saudinewsnet; 2015-07-21,
2,972 records).  The day is read, extracted and compared as ``claimtrack compare DAY.zip --html FILE`` does
(``load_corpus``, ``compare_outlets``, ``render_html``); the report is written and opened ``--runs`` times in
headless Chromium (``--dump-dom``, which returns once the page has loaded).  Printed: the report's size, the
time the page itself measured from navigation to its load event (``performance.now()`` in the load
handler, written to ``body[data-loaded]``), and the wall time of the whole browser process next to that of
an empty page (the browser's own start and exit).  Targets: under 3 MB, under 3 s.  Not a test: the
timing depends on the machine and its load, so it is measured and reported (benchmarks/report_day.md),
not asserted.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def biggest_day() -> Path:
    """The day file with the most records."""
    def size(p: Path) -> int:
        with zipfile.ZipFile(p) as zf:
            return len(json.loads(zf.read(zf.namelist()[0])))

    return max(sorted(CORPUS.glob("*.zip")), key=size)


def open_in_chromium(browser: str, page: str, profile: Path) -> tuple[float, int | None]:
    """Wall seconds of one headless Chromium opening ``page``, and the page's own load time in ms."""
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
             "--disable-background-networking", "--disable-component-update", f"--user-data-dir={profile}",
             "--window-size=1400,2400", "--dump-dom", page]
    start = time.perf_counter()
    done = subprocess.run(flags, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"chromium failed: {done.stderr[-2000:]}")
    found = re.search(r'data-loaded="(\d+)"', done.stdout)
    return wall, int(found.group(1)) if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("day", nargs="?", help="a SaudiNewsNet day zip (default: the one with the most articles)")
    parser.add_argument("--html", default=str(ROOT / "out" / "report-day.html"), help="where to write the report")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from claimtrack.compare import compare_outlets
    from claimtrack.inputs import load_corpus
    from claimtrack.report import render_html

    day = Path(args.day) if args.day else biggest_day()
    t0 = time.perf_counter()
    corpus = load_corpus([str(day)], None)
    comparison = compare_outlets(corpus)
    t1 = time.perf_counter()
    html = render_html(comparison)
    t2 = time.perf_counter()
    out = Path(args.html)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    size = out.stat().st_size
    stories = html.count('<details class="story"')
    print(f"{day.name}: {len(corpus.articles)} articles, {len(comparison.outlets)} outlets, {stories} stories, "
          f"{len(comparison.clusters)} claims shown, {sum(m.kind == 'contradicts' for m in comparison.marks)} "
          f"contradiction marks")
    print(f"read, extract and compare {t1 - t0:.1f} s; render {t2 - t1:.1f} s")
    print(f"report {out}: {size:,} bytes ({size / 2**20:.2f} MiB; target < 3 MB)")
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        print("no chromium: open time not measured")
        return
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.html"
        empty.write_text("<!DOCTYPE html><title>empty</title>", encoding="utf-8")
        base = [open_in_chromium(browser, empty.as_uri(), Path(tmp) / "p0")[0] for _ in range(args.runs)]
        runs = [open_in_chromium(browser, out.resolve().as_uri(), Path(tmp) / "p1") for _ in range(args.runs)]
    loads = [ms for _, ms in runs if ms is not None]
    print(f"headless chromium, {args.runs} runs: page load event at "
          f"{statistics.median(loads) / 1000:.2f} s (median; {', '.join(f'{ms / 1000:.2f}' for ms in loads)}); "
          f"browser process {statistics.median(w for w, _ in runs):.2f} s against {statistics.median(base):.2f} s "
          f"for an empty page (target < 3 s)")


if __name__ == "__main__":
    main()
