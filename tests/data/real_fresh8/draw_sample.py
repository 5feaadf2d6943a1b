"""Draw the tenth real extraction sample (tests/data/real_fresh8) from SaudiNewsNet: real_fresh2's draw with another seed.

    python3 tests/data/real_fresh8/draw_sample.py OUTDIR

Steps (tests/data/real_fresh2/draw_sample.py, which this runs): every article of the twelve daily zips of
../shared/corpora/saudinewsnet/ in file order, keeping the first of any repeated content; drop every article already
used under tests/data/ (real_fresh2 to real_fresh7 and every other set included); keep bodies of at least 100 words
with title and body at most 3,800 characters; sort by id, shuffle with random.Random(20261211), take articles in that
order, at most three per outlet, until 30 are taken. Run at the start of the thirty-sixth session before this folder
held anything but this script: run again now, it also excludes this sample's own articles.
"""
import runpy
import sys
from pathlib import Path

sys.argv = [sys.argv[0], sys.argv[1], "20261211"]
runpy.run_path(str(Path(__file__).resolve().parents[1] / "real_fresh2" / "draw_sample.py"), run_name="__main__")
