"""The cue pre-scan (claimtrack.attribution.prescan) skips only sentences in which no rule fires: extraction
gives the same records with every sentence read."""

from __future__ import annotations

import json

import pytest

import claimtrack.attribution as attribution
from claimtrack import extract_attributions, parse_article, read_article

from .conftest import DATA, SEED_FILES

REAL = sorted((DATA / "real" / "articles").glob("*.txt")) + sorted((DATA / "real_blind" / "articles").glob("*.txt"))
CASES = [json.loads(line) for line in (DATA / "attribution_cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _every_sentence(norm, sentences, g):
    return [True] * len(sentences)


@pytest.mark.parametrize("which", ["real", "catalogue"])
def test_prescan_changes_no_record(monkeypatch, which):
    if which == "real":
        articles = [read_article(p) for p in REAL + SEED_FILES]
    else:  # every construction of the catalogue, with its context
        articles = [parse_article(f"{row['context']}\n\n{row['sentence']}".strip(), id=row["id"]) for row in CASES]
    scanned = [extract_attributions(a) for a in articles]
    monkeypatch.setattr(attribution, "cue_sentences", _every_sentence)
    assert [extract_attributions(a) for a in articles] == scanned
