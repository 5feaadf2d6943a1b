"""Every data file in claimtrack/data: well formed, NFC, no diacritics, no duplicates, sorted as it says."""

import importlib.resources
import unicodedata

import pytest
import regex

from claimtrack.errors import LexiconError
from claimtrack.lexicon.grammar import grammar
from claimtrack.lexicon import data_files, read_rows
from claimtrack.lexicon.schema import SCHEMAS
from claimtrack.normalize import fold

SCHEMAS = dict(SCHEMAS)


def raw_lines(name):
    text = (importlib.resources.files("claimtrack") / "data" / name).read_text(encoding="utf-8")
    return text, [l for l in text.splitlines() if l.strip() and not l.startswith("#")]


def test_every_data_file_is_known():
    assert set(data_files()) == set(SCHEMAS)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_data_file_is_well_formed(name):
    schema = SCHEMAS[name]
    text, lines = raw_lines(name)
    assert text.startswith("#"), "a data file opens with a header saying what it is"
    assert "\r" not in text
    assert unicodedata.normalize("NFC", text) == text
    assert not regex.search(r"[\u064B-\u065F\u0670\u0640]", "\n".join(lines))
    rows = read_rows(name, schema.width)
    assert len(rows) == len(lines)
    assert len(set(lines)) == len(lines), "duplicate lines"
    firsts = [r[0] for r in rows]
    if schema.order == "first":
        assert firsts == sorted(firsts)
    if schema.order == "second":
        assert [(r[1], r[0]) for r in rows] == sorted((r[1], r[0]) for r in rows)
    if schema.unique_first:
        assert len(set(firsts)) == len(firsts)
    for k, column in enumerate(schema.columns):
        if column.kind == "enum":
            assert {r[k] for r in rows if r[k]} <= column.values


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


@pytest.mark.parametrize("text, message", [
    ("# header\nقال\tمؤكد\n", r"claimtrack/data/hedges.tsv, line 2: kind 'مؤكد' is not one of \['alleged'"),
    ("# header\nقالوا\treportedly\nزعم\talleged\nزعم\talleged\n", r"hedges.tsv, line 4: repeats line 3"),
    ("# header\nقيل\treportedly\nزعم\talleged\n", r"hedges.tsv, line 3: not sorted by the first column"),
])
def test_schema_violation_names_file_and_line(monkeypatch, text, message):
    import claimtrack.lexicon.files as files

    monkeypatch.setattr(files, "_read_text", lambda name: text)
    files.read_rows.cache_clear()
    try:
        with pytest.raises(LexiconError, match=message):
            files.read_rows("hedges.tsv")
    finally:
        files.read_rows.cache_clear()


def test_bad_number_in_a_data_file_is_a_lexicon_error(monkeypatch):
    import claimtrack.lexicon.files as files

    monkeypatch.setattr(files, "_read_text", lambda name: "# months\nيناير\tواحد\tintl\n")
    files.read_rows.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"months.tsv, line 2: number 'واحد' is not an integer"):
            files.read_rows("months.tsv", 3)
        with pytest.raises(LexiconError, match=r"read with 2 columns, but its schema has 3"):
            files.read_rows("months.tsv", 2)
    finally:
        files.read_rows.cache_clear()


def test_the_article_is_taken_off_a_word_of_three_letters_or_more():
    from claimtrack.lexicon.morph import has_article, without_article

    assert without_article("البقاء") == "بقاء" and without_article("الوزراء") == "وزراء"
    assert without_article("الى") == "الى" and not has_article("الى")  # إلى folded: no article
    assert without_article("وزير") == "وزير"


@pytest.mark.parametrize("word, lemma, gender", [
    ("قالت", "قال", "f"), ("قال", "قال", "m"),
    ("لفتت", "لفت", "f"), ("لفت", "لفت", "m"),  # a lemma in ت takes one more for "she" (aawsat 2015-07-21, 386821)
])
def test_cue_gender_of_a_perfect(word, lemma, gender):
    from claimtrack.lexicon.morph import cue_gender
    assert cue_gender(fold(word), fold(lemma), "perfect") == gender
