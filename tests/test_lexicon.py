"""Every data file in claimtrack/data: well formed, NFC, no diacritics, no duplicates, sorted as it says."""

import importlib.resources
import unicodedata

import pytest
import regex

from claimtrack.errors import LexiconError
from claimtrack.lexicon.grammar import grammar
from claimtrack.lexicon import data_files, read_rows
from claimtrack.normalize import fold

COLUMNS = {
    "according_to.txt": 1, "adjuncts.tsv": 2, "aliases.tsv": 3, "antonyms.tsv": 3, "approximators.tsv": 2,
    "article_markers.tsv": 2, "attribution_words.tsv": 2, "backreferences.tsv": 2, "clock_words.txt": 1, "broken_plurals.tsv": 2, "cities.tsv": 2, "complementizers.txt": 1, "construction_patterns.tsv": 3, "constructions.tsv": 4,
    "hedges.tsv": 2, "months.tsv": 3, "negators.tsv": 2, "number_words.tsv": 3, "modality.tsv": 2, "particles.tsv": 2, "portfolios.tsv": 2,
    "regions.txt": 1, "reporting_verbs.tsv": 7, "sources.tsv": 2, "spelling_variants.tsv": 2, "synonyms.tsv": 2, "stopwords.txt": 1,
    "unit_scales.tsv": 3, "units.tsv": 2, "weekdays.txt": 1, "wire_agencies.tsv": 3,
}
SORTED_BY_FIRST = {"according_to.txt", "aliases.tsv", "antonyms.tsv", "approximators.tsv", "backreferences.tsv",
                   "broken_plurals.tsv", "cities.tsv", "clock_words.txt", "complementizers.txt", "hedges.tsv", "negators.tsv", "modality.tsv", "number_words.tsv",
                   "portfolios.tsv", "regions.txt", "reporting_verbs.tsv", "sources.tsv", "spelling_variants.tsv", "stopwords.txt", "unit_scales.tsv", "units.tsv",
                   "weekdays.txt", "wire_agencies.tsv"}
SORTED_BY_SECOND = {"adjuncts.tsv", "article_markers.tsv", "attribution_words.tsv", "particles.tsv", "synonyms.tsv"}
UNIQUE_FIRST = SORTED_BY_FIRST - {"aliases.tsv", "antonyms.tsv"}


def raw_lines(name):
    text = (importlib.resources.files("claimtrack") / "data" / name).read_text(encoding="utf-8")
    return text, [l for l in text.splitlines() if l.strip() and not l.startswith("#")]


def test_every_data_file_is_known():
    assert set(data_files()) == set(COLUMNS)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_data_file_is_well_formed(name):
    text, lines = raw_lines(name)
    assert text.startswith("#"), "a data file opens with a header saying what it is"
    assert "\r" not in text
    assert unicodedata.normalize("NFC", text) == text
    assert not regex.search(r"[\u064B-\u065F\u0670\u0640]", "\n".join(lines))
    rows = read_rows(name, COLUMNS[name])
    assert len(rows) == len(lines)
    assert len(set(lines)) == len(lines), "duplicate lines"
    firsts = [r[0] for r in rows]
    if name in SORTED_BY_FIRST:
        assert firsts == sorted(firsts)
    if name in SORTED_BY_SECOND:
        assert [(r[1], r[0]) for r in rows] == sorted((r[1], r[0]) for r in rows)
    if name in UNIQUE_FIRST:
        assert len(set(firsts)) == len(firsts)


def test_months_cover_every_region():
    rows = read_rows("months.tsv", 3)
    by_number = {}
    for r in rows:
        by_number.setdefault(int(r[1]), set()).add(fold(r[0]))
    assert set(by_number) == set(range(1, 13))
    for maghreb, east, levant in [("ماي", "مايو", "أيار"), ("جوان", "يونيو", "حزيران"), ("جويلية", "يوليو", "تموز"), ("أوت", "أغسطس", "آب")]:
        month = next(n for n, names in by_number.items() if fold(east) in names)
        assert {fold(maghreb), fold(levant)} <= by_number[month]


def test_spelling_variants_have_no_chains():
    rows = read_rows("spelling_variants.tsv", 2)
    variants = {fold(r[0], "search") for r in rows}
    targets = {fold(r[1], "search") for r in rows}
    assert not (variants & targets), "a canonical form is itself listed as a variant"


def test_grammar_generates_inflections():
    g = grammar()
    for form, lemma in [("قالت", "قال"), ("وقالوا", "قال"), ("نفت", "نفى"), ("ينفون", "نفى"), ("تؤكد", "أكد"),
                        ("مضيفة", "أضاف"), ("مشيرين", "أشار"), ("قوله", "قال"), ("إشادته", "أشاد"), ("تحذير", "حذر")]:
        key = fold(form)
        forms = g.cue_forms(key, key[1:] if key[0] in "وف" else key)
        assert lemma in {f.verb.lemma for f in forms}, form
    assert fold("أنه") in g.complementizers and fold("بأنها") in g.complementizers
    assert not g.cue_forms(fold("سيؤكد"), fold("سيؤكد")), "future forms report nothing said yet"


def test_bad_line_names_file_and_line(monkeypatch):
    import claimtrack.lexicon.files as lexicon

    monkeypatch.setattr(lexicon, "_read_text", lambda name: "# header\nقال\tيقول\n")
    lexicon.read_rows.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"claimtrack/data/x.tsv, line 2: expected 3 TAB-separated columns"):
            lexicon.read_rows("x.tsv", 3)
        monkeypatch.setattr(lexicon, "_read_text", lambda name: "# header\nقالَ\n")
        with pytest.raises(LexiconError, match="diacritics"):
            lexicon.read_rows("y.txt", 1)
    finally:
        lexicon.read_rows.cache_clear()
