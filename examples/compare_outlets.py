"""Compare how outlets report the same claims, and write the HTML report: the five seed articles, or yours.

    python examples/compare_outlets.py report.html             # the seeds
    python examples/compare_outlets.py report.html PATH...     # your articles: files, folders (with their
                                                               # outlets.json), .jsonl / .json / .csv / .zip
"""

import sys
from pathlib import Path

from claimtrack.compare import compare_outlets
from claimtrack.inputs import load_corpus
from claimtrack.report import render_html, render_markdown

if len(sys.argv) < 2:
    sys.exit("usage: python examples/compare_outlets.py REPORT.html [PATH...]")
paths = sys.argv[2:] or [str(Path(__file__).resolve().parent.parent / "seeds")]
corpus = load_corpus(paths)
comparison = compare_outlets(corpus)
print(render_markdown(comparison))
out = Path(sys.argv[1])
out.write_text(render_html(comparison), encoding="utf-8")
print(f"HTML report: {out}")
