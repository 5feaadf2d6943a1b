"""Draw the ninth real extraction sample (tests/data/real_fresh7) from SaudiNewsNet: real_fresh2's draw with another seed.

    python3 tests/data/real_fresh7/draw_sample.py OUTDIR

Steps (tests/data/real_fresh2/draw_sample.py, which this runs): every article of the twelve daily zips of
../shared/corpora/saudinewsnet/ in file order, keeping the first of any repeated content; drop every article already
used under tests/data/ (real_fresh2 to real_fresh6 included); keep bodies of at least 100 words with title and
body at most 3,800 characters; sort by id, shuffle with random.Random(20261210), take articles in that order, at
most three per outlet, until 30 are taken. Run at the start of the fourteenth session before this folder existed: run
again now, it also excludes this sample's own articles.
"""
import runpy
import sys
from pathlib import Path

sys.argv = [sys.argv[0], sys.argv[1], "20261210"]
runpy.run_path(str(Path(__file__).resolve().parents[1] / "real_fresh2" / "draw_sample.py"), run_name="__main__")
