from __future__ import annotations

from pathlib import Path

import pytest

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
def strict_extraction(monkeypatch):
    """A bug in an extraction rule must fail the tests, not quietly cost one sentence."""
    import claimtrack.attribution

    monkeypatch.setattr(claimtrack.attribution, "STRICT", True)


@pytest.fixture(scope="module")
def comparison():
    """The outlet comparison of the five seeds (shared by test_compare and test_report)."""
    from claimtrack import Corpus
    from claimtrack.compare import compare_outlets

    return compare_outlets(Corpus(SEED_FILES))
