"""The construction table (constructions.tsv) and the fixed word sequences of the rules (construction_patterns.tsv)."""

import json

import pytest

from claimtrack.attribution import constructions as table
from claimtrack.attribution import wordlists
from claimtrack.errors import LexiconError
from claimtrack.lexicon import Row

from .conftest import DATA

CASES = [json.loads(line) for line in (DATA / "attribution_cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_catalogue_construction_has_a_family():
    named = {c for family in table.constructions() for c in family.catalogue}
    missing = sorted({row["construction"] for row in CASES} - named)
    assert not missing, f"no row of constructions.tsv lists {missing}"


def test_every_family_has_one_row():
    families = [c.family for c in table.constructions()]
    assert len(families) == len(set(families))
    assert {"verb", "participle", "masdar", "relay", "came-in", "according-to", "headline"} <= set(families)


def test_patterns_name_known_families_and_slots():
    pats = wordlists.patterns()
    assert {"on-the-tongue", "in-a-document", "relayed-from", "issued-by"} <= set(pats)
    tongue = pats["on-the-tongue"].words()
    assert " ".join(e.written[0] for e in tongue) == "على لسان"


@pytest.fixture
def bad_rows(monkeypatch):
    """Make read_rows return the given rows for one file, with the caches cleared around the test."""
    real = table.read_rows

    def install(module, name, rows):
        monkeypatch.setattr(module, "read_rows", lambda n, *a, **k: tuple(rows) if n == name else real(n, *a, **k))

    for cached in (table.constructions, wordlists.patterns, wordlists.rule_words):
        cached.cache_clear()
    yield install
    for cached in (table.constructions, wordlists.patterns, wordlists.rule_words):
        cached.cache_clear()


def test_a_misspelt_trigger_names_file_and_line(bad_rows):
    bad_rows(table, "constructions.tsv", [Row(["verb", "froms", "perfect", "-"], 17)])
    with pytest.raises(LexiconError, match=r"constructions.tsv, line 17: 'froms'"):
        table.constructions()


def test_a_misspelt_form_names_file_and_line(bad_rows):
    bad_rows(table, "constructions.tsv", [Row(["verb", "form", "perfekt", "-"], 3)])
    with pytest.raises(LexiconError, match=r"constructions.tsv, line 3: 'perfekt'"):
        table.constructions()


def test_a_misspelt_slot_names_file_and_line(bad_rows):
    bad_rows(wordlists, "construction_patterns.tsv", [Row(["relay", "relayed-from", "CUE عن SPEKAER"], 12)])
    with pytest.raises(LexiconError, match=r"construction_patterns.tsv, line 12: 'SPEKAER'"):
        wordlists.patterns()


def test_a_misspelt_role_names_file_and_line(bad_rows):
    bad_rows(wordlists, "attribution_words.tsv", [Row(["في", "inner_prepostion"], 9)])
    with pytest.raises(LexiconError, match=r"attribution_words.tsv, line 9: 'inner_prepostion'"):
        wordlists.rule_words()
