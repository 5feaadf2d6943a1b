"""The shortcuts of the time-expression finder (issue 14) against the plain readings they replace: the letter
folds written with ``str.replace`` against ``str.translate``, token positions found with ``str.find`` against
the pattern's own match positions, and the phrase search that begins only at a table's first words.  The
sentences are real SaudiNewsNet ones, shortened, with the day file, record number and outlet they come from."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.timewords import find as finder
from claimtrack.timewords import find_time_expressions
from claimtrack.timewords.words import date_words, letter_folds

# Arabic letters (the folded ones among them), digits of both scripts, the d/m/y separators, brackets, quotes
# and other marks, spaces: what a sentence's tokens and the gaps between them are made of.
_CHARS = st.sampled_from(list("اأإآٱىيئؤوةهبلفمسنت0123456789٠١٢٣/.-()\"«»،:؛ \n\u00a0xyz"))
_TEXTS = st.text(_CHARS, max_size=60)


@given(_TEXTS)
def test_letters_folded_as_translate_folds_them(text: str) -> None:
    assert finder._fold_letters(text) == text.translate(letter_folds())


@settings(max_examples=300)
@given(_TEXTS, st.integers(0, 5))
def test_token_spans_as_the_pattern_finds_them(text: str, lo: int) -> None:
    tokens = finder._TOKEN_RE.findall(text)
    spans = finder._Spans(text, tokens, lo)
    expected = [(m.start() + lo, m.end() + lo) for m in finder._TOKEN_RE.finditer(text)]
    assert [(spans.start(k), spans.end(k)) for k in range(len(tokens))] == expected


def test_phrases_begin_at_first_words() -> None:
    w = date_words()
    firsts = finder._first_words(w)
    for role in ("day", "day_lead", "day_part", "weekdays", "not_after", "period_part"):
        assert all(entry.split(" ", 1)[0] in firsts[role] for entry in getattr(w, role))
    # a clitic on the first word of a phrase of several words: 2015-07-21 #108 aawsat ("صباح أمس"), with و
    (e,) = find_time_expressions("وقال تلفزيون «سي إن إن»، وصباح أمس، أن عبد العزيز")
    assert e.text == "وصباح أمس"
    # 2015-07-22 #338 aljazirah: the longest phrase of the day table at a word after its first
    (e,) = find_time_expressions("قال تقرير أول أمس الاثنين إن ما يقرب من 20 مليون شخص")
    assert (e.text, e.resolve(dt.date(2015, 7, 22))) == ("أول أمس الاثنين", (dt.date(2015, 7, 20), dt.date(2015, 7, 20)))


def test_first_words_are_kept_for_the_words_in_use_only():
    # Kept by each table's id() in a module dict that never emptied, they held every table a process read (each
    # new lexicon's); only the last words' are kept now.  2015-07-21 #108 aawsat ("وصباح أمس").
    import gc
    import weakref

    import attrs

    w = date_words()
    old = attrs.evolve(w, day=dict(w.day))
    gone = weakref.ref(old)
    assert finder._first_words(old)["day"] == finder._first_words(w)["day"]
    del old
    gc.collect()
    assert gone() is None
    (e,) = find_time_expressions("وقال تلفزيون «سي إن إن»، وصباح أمس، أن عبد العزيز")
    assert e.text == "وصباح أمس"
