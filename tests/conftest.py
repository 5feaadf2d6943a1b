from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests assert what holds, never how fast: hypothesis's default 200 ms deadline per example made a fold
# test fail once on a machine loaded by other work (the first example loads the data files), so no deadline here.
settings.register_profile("claimtrack", deadline=None)
settings.load_profile("claimtrack")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
SEED_IDS = [p.stem for p in SEED_FILES]


@pytest.fixture(scope="session")
def seed_articles():
    import claimtrack

    return {p.stem: claimtrack.read_article(p) for p in SEED_FILES}


@pytest.fixture(autouse=True)
def strict_extraction(caplog):
    """A bug in an extraction rule must fail the tests, not quietly cost one sentence: extraction skips a
    sentence that raises and logs it (logger ``claimtrack.attribution``), and any such record fails here."""
    caplog.set_level(logging.WARNING, logger="claimtrack.attribution")
    yield
    failures = [r for r in caplog.get_records("call") if r.name == "claimtrack.attribution" and r.levelno >= logging.WARNING]
    assert not failures, "\n".join(r.getMessage() for r in failures)

@pytest.fixture(scope="module")
def comparison():
    """The outlet comparison of the five seeds (shared by test_compare and test_report)."""
    from claimtrack import Corpus
    from claimtrack.compare import compare_outlets

    return compare_outlets(Corpus(SEED_FILES))



def only_attribution(text):
    """The one attribution of a plain-layout text (fails unless there is exactly one)."""
    from claimtrack import extract_attributions, parse_article

    found = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert len(found) == 1, [(a.cue.text, a.source.text, a.content.text) for a in found]
    return found[0]
