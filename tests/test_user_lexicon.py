"""A user lexicon (claimtrack.lexicon.use_user_lexicon): a folder of data files merged with the shipped ones,
checked line by line as they are, every cache reset; a bad line is named by its file and line."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.claims.entities import find_entities
from claimtrack.errors import LexiconError
from claimtrack.lexicon import read_rows, use_user_lexicon, user_lexicon

TAB = "\t"
# Not a reporting verb in the shipped lexicon: همس (whispered).
WHISPERED = "وهمس الوزير أن الحكومة ستعلن القرار غدا."
ARAMCO = ("أرامكو سترفع إنتاج النفط الشهر المقبل", "شركة الزيت العربية سترفع إنتاج النفط الشهر المقبل")


@pytest.fixture
def folder(tmp_path):
    """An empty user lexicon folder; the shipped lexicon is back in use after the test."""
    try:
        yield tmp_path
    finally:
        use_user_lexicon(None)


def write(folder, name: str, *lines: str) -> None:
    (folder / name).write_text("# a newsroom's additions\n" + "\n".join(lines) + "\n", encoding="utf-8")


def cues(sentence: str) -> list[tuple[str, str, str]]:
    article = claimtrack.parse_article("عنوان\n\n" + sentence, id="x")
    return [(a.cue.text, a.source.text, a.content.text) for a in claimtrack.extract_attributions(article)]


def test_an_added_reporting_verb_makes_a_new_cue_fire(folder):
    assert cues(WHISPERED) == []
    write(folder, "reporting_verbs.tsv", TAB.join(["همس", "يهمس", "neutral", "complement", "-", "-", "-"]))
    use_user_lexicon(folder)
    assert user_lexicon() == folder
    assert cues(WHISPERED) == [("وهمس", "الوزير", "الحكومة ستعلن القرار غدا")]
    use_user_lexicon(None)
    assert cues(WHISPERED) == []  # the caches are reset both ways


def test_an_added_alias_changes_matching(folder):
    before = claimtrack.relate(*ARAMCO)
    assert find_entities(ARAMCO[0]) == []
    write(folder, "aliases.tsv", TAB.join(["شركة الزيت العربية", "أرامكو", "org"]),
          TAB.join(["شركة الزيت العربية", "شركة الزيت العربية", "org"]))
    use_user_lexicon(folder)
    assert find_entities(ARAMCO[0]) == find_entities(ARAMCO[1]) == [("شركة الزيت العربية", "org")]
    after = claimtrack.relate(*ARAMCO)
    assert after.score > before.score and "shared entities: شركة الزيت العربية" in after.reasons


def test_a_user_line_replaces_the_shipped_entry_of_the_same_first_column(folder):
    shipped = {r[0]: r for r in read_rows("reporting_verbs.tsv")}["نفى"]
    assert shipped[2] == "deny"
    write(folder, "reporting_verbs.tsv", TAB.join(["نفى", "ينفي", "assert", *shipped.fields[3:]]))
    use_user_lexicon(folder)
    rows = [r for r in read_rows("reporting_verbs.tsv") if r[0] == "نفى"]
    assert len(rows) == 1 and rows[0][2] == "assert" and rows[0].file == str(folder / "reporting_verbs.tsv")
    keys = [r[0] for r in read_rows("reporting_verbs.tsv")]
    assert keys == sorted(keys)  # still sorted as the shipped file


def test_a_line_is_removed_and_a_file_replaced(folder):
    shipped = read_rows("antonyms.tsv")
    write(folder, "antonyms.tsv", "!" + TAB.join(shipped[0].fields))
    use_user_lexicon(folder)
    assert read_rows("antonyms.tsv") == shipped[1:]
    write(folder, "antonyms.tsv", "# claimtrack: replace", TAB.join(["قطة", "كلب", "antonym"]))
    use_user_lexicon(folder)
    assert [r.fields for r in read_rows("antonyms.tsv")] == [("قطة", "كلب", "antonym")]


@pytest.mark.parametrize("name, lines, message", [
    ("reporting_verbs.tsv", ["همس\tيهمس\tshout\tcomplement\t-\t-\t-"],
     r"reporting_verbs.tsv, line 2: stance 'shout' is not one of \['accuse'"),
    ("reporting_verbs.tsv", ["همس\tيهمس\tneutral"], r"reporting_verbs.tsv, line 2: expected 7 TAB-separated columns, found 3"),
    ("aliases.tsv", ["# two lines", "أرامكو\tأرامكو\torg", "أرامكو\tأرامكو\torg"], r"aliases.tsv, line 4: repeats line 3"),
    ("aliases.tsv", ["أرامكو\tأرامكو\torg", "أرامكو\tارامكو\tplace"],
     r"aliases.tsv, line 3: 'أرامكو' is typed 'place' here but 'org'"),
    ("hedges.tsv", ["يُزعم\talleged"], r"hedges.tsv, line 2: entry has diacritics"),
    ("antonyms.tsv", ["!قطة\tكلب\tantonym"], r"antonyms.tsv, line 2: removes a line that antonyms.tsv does not have"),
    ("synonym_phrases.tsv", ["هدنة\tهدنة"], r"synonym_phrases.tsv, line 2: phrase 'هدنة' is not a phrase of two words"),
    ("synonym_phrases.tsv", ["وقف القتال\tوقف القتال"], r"synonym_phrases.tsv, line 2: group 'وقف القتال' is not one word"),
])
def test_a_malformed_row_names_the_file_and_line(folder, name, lines, message):
    write(folder, name, *lines)
    with pytest.raises(LexiconError, match=message) as raised:
        use_user_lexicon(folder)
    assert str(folder / name) in str(raised.value)
    assert user_lexicon() is None and cues(WHISPERED) == []  # the lexicon in use before is kept


def test_a_file_the_package_does_not_ship_is_refused(folder):
    (folder / "README.md").write_text("what these files are for\n", encoding="utf-8")  # not a data file: left alone
    use_user_lexicon(folder)
    write(folder, "reporting_verb.tsv", "همس")
    with pytest.raises(LexiconError, match=r"reporting_verb.tsv: not a claimtrack data file.*'reporting_verbs.tsv'"):
        use_user_lexicon(folder)


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(LexiconError, match="no such folder"):
        use_user_lexicon(tmp_path / "nowhere")
    assert user_lexicon() is None


def test_workers_get_the_user_lexicon(folder):
    """``--jobs N``: the process pool's workers read with the parent's user lexicon."""
    from claimtrack.parallel import extract_many

    write(folder, "reporting_verbs.tsv", TAB.join(["همس", "يهمس", "neutral", "complement", "-", "-", "-"]))
    use_user_lexicon(folder)
    articles = [claimtrack.parse_article("عنوان\n\n" + WHISPERED, id=f"x{i}") for i in range(2)]
    assert [len(found) for found in extract_many(articles, 2)] == [1, 1]


def test_the_command_line_takes_a_user_lexicon(folder, tmp_path_factory, capsys):
    from claimtrack.cli import main

    article = tmp_path_factory.mktemp("articles") / "a1.txt"
    article.write_text("عنوان\n\n" + WHISPERED + "\n", encoding="utf-8")
    write(folder, "reporting_verbs.tsv", TAB.join(["همس", "يهمس", "neutral", "complement", "-", "-", "-"]))
    assert main(["extract", str(article), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--lexicon", str(folder), "extract", str(article), "--format", "jsonl"]) == 0
    assert '"وهمس"' in capsys.readouterr().out
    use_user_lexicon(None)
    write(folder, "aliases.tsv", "no tabs on this line")
    assert main(["extract", "--lexicon", str(folder), str(article)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("claimtrack: error: ") and "aliases.tsv" in err and err.count("\n") == 1


def test_a_user_folding_reaches_words_already_read(folder):
    # the token table keeps each token's reading by its text for the whole process: a lexicon switched later
    # (a newsroom's folding of the Persian jeh in names copied from Persian sites) must reach words already read
    from claimtrack.attribution.token_table import tokenize

    word = "\u0698\u0627\u0644\u0647"  # ژاله, written with jeh
    assert tokenize(word)[0].key == word
    write(folder, "folding.tsv", TAB.join(["U+0698", "U+0632", "match", "ARABIC LETTER JEH -> ARABIC LETTER ZAIN"]))
    use_user_lexicon(folder)
    assert tokenize(word)[0].key == "\u0632\u0627\u0644\u0647"
    use_user_lexicon(None)
    assert tokenize(word)[0].key == word
