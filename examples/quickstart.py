"""Read one seed article and print who said what.

    python examples/quickstart.py [ARTICLE.txt]
"""

import sys
from pathlib import Path

import claimtrack

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "seeds" / "002_4e5fc412234f2c9f.txt"
article = claimtrack.read_article(path)
print(f"{article.id}: {article.headline}")
for a in claimtrack.extract_attributions(article):
    source = a.source.text or "?"
    print(f"{a.id:>26}  {a.cue.text} [{a.cue.stance}, {a.quote}]  {source}  ->  {a.content.text}")
