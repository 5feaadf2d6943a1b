"""Compare how the five seed articles report the same claims, and write the HTML report.

    python examples/compare_outlets.py report.html
"""

import sys
from pathlib import Path

import claimtrack
from claimtrack.compare import compare_outlets
from claimtrack.report import render_html, render_markdown

if len(sys.argv) != 2:
    sys.exit("usage: python examples/compare_outlets.py REPORT.html")
seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
corpus = claimtrack.Corpus(seeds)
comparison = compare_outlets(corpus)
print(render_markdown(comparison))
out = Path(sys.argv[1])
out.write_text(render_html(comparison), encoding="utf-8")
print(f"HTML report: {out}")
