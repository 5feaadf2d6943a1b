"""Hypothesis strategies for Arabic news text, messy on purpose, and for hostile files.

``arabic_text`` and ``any_text`` are character soups (normalization, cells, splitting).  The news strategies
are built from real vocabulary (:mod:`tests.vocabulary`: words and sentences of the real sample and the
seeds, the lexicon's cues): ``news_sentence`` (a real sentence, reported speech in every quotation style,
balanced or not, many cues in one sentence, word salad with Latin and other scripts, very long words and
lines), ``news_article`` (headline, header lines, paragraphs, CR/CRLF, then diacritics, tatweel, bidi and
invisible marks, presentation forms, Persian letters, digits of other scripts) and ``hostile_file`` (the
bytes of a file: BOM, UTF-16, NUL, invalid UTF-8, empty, whitespace only).  The fuzz run
(``tests/fuzz.py``) draws from the same vocabulary with a faster seeded generator (``tests/generate.py``).
"""

from __future__ import annotations

from hypothesis import strategies as st

from . import vocabulary as v

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
DIGITS = "0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u06f0\u06f5"
PUNCT = ".،؛:؟!…\"“”«»„()-/"
SPACES = " \u00a0\u200b\u200c\u200d\u200e\u200f\u202b\u202c\u2066\u2069\ufeff\n\t"
WORDS = ["قال", "أكد", "نفى", "الجيش", "الأمريكي", "أميركي", "إفريقيا", "أفريقيا", "إن", "أنّ", "وقالت",
         "الوزارة", "مليار", "دولار", "14", "ميغ-29", "\"", "«", "»", ".", "،", "د.", "5+5", "1.5"]

arabic_chars = st.sampled_from(ARABIC_LETTERS + MARKS + DIGITS + PUNCT + SPACES)
arabic_text = st.lists(st.one_of(arabic_chars, st.sampled_from(WORDS).map(lambda w: w + " ")), max_size=120).map("".join)
any_text = st.one_of(st.text(max_size=200), arabic_text)

# -- real-looking news --------------------------------------------------------------------------------

real_words = st.sampled_from(v.WORDS)
real_sentences = st.sampled_from(v.SENTENCES)
cues = st.sampled_from(v.CUES)
sources = st.sampled_from(v.SOURCES)
complementizers = st.sampled_from(v.COMPLEMENTIZERS)
messy_chars = st.sampled_from(sorted(set(v.DIACRITICS + [v.TATWEEL] + v.INVISIBLE + v.SPACES + v.PERSIAN_LETTERS
                                         + v.OTHER_DIGITS + v.QUOTE_MARKS + v.PRESENTATION_LIGATURES + v.PUNCTUATION
                                         + ["\r", "\r\n", "\x00", "\u2028"])))
numbers = st.builds(lambda digits, picks: "".join(digits[i] for i in picks),
                    st.sampled_from(v.DIGIT_SETS), st.lists(st.integers(0, 9), min_size=1, max_size=6))
mixed_numbers = st.lists(st.sampled_from(v.OTHER_DIGITS + list("0123456789.,/٫")), min_size=1, max_size=8).map("".join)
tokens = st.one_of(real_words, real_words, real_words, numbers, mixed_numbers, st.sampled_from(v.LATIN),
                   st.sampled_from(v.PUNCTUATION), messy_chars)


@st.composite
def quoted(draw, content: st.SearchStrategy[str]) -> str:
    """``content`` in one quotation style: closed, never closed, never opened, or with a quote nested in it."""
    open_, close = draw(st.sampled_from(v.QUOTES))
    text = draw(content)
    shape = draw(st.sampled_from(["closed", "closed", "unclosed", "unopened", "nested"]))
    if shape == "unclosed":
        return open_ + text
    if shape == "unopened":
        return text + close
    if shape == "nested":
        inner_open, inner_close = draw(st.sampled_from(v.QUOTES))
        return open_ + text + " " + inner_open + draw(real_words) + inner_close + close
    return open_ + text + close


contents = st.one_of(real_sentences, st.lists(tokens, min_size=1, max_size=15).map(" ".join))


@st.composite
def reported_speech(draw) -> str:
    """Cue, source, complementizer and content, in the orders news writing uses."""
    cue, source, comp = draw(cues), draw(sources), draw(complementizers)
    content = draw(st.one_of(contents, quoted(contents)))
    order = draw(st.sampled_from(["cue-first", "cue-first", "source-first", "content-first"]))
    end = draw(st.sampled_from([".", ".", "", "!", "؟", "…", '."', "».", ":"]))
    if order == "source-first":
        return f"{source} {cue} {comp} {content}{end}"
    if order == "content-first":
        return f"{content}، {cue} {source}{end}"
    return f"{cue} {source} {comp} {content}{end}"


many_cues = st.lists(st.tuples(cues, sources, complementizers).map(" ".join), min_size=3, max_size=25).map(
    lambda parts: " ".join(parts) + " .")
long_word = st.builds(lambda letter, n: letter * n, st.sampled_from(ARABIC_LETTERS + "ـa."), st.integers(100, 1000))
long_line = st.lists(real_words, min_size=100, max_size=200).map(" ".join)
adversarial = st.one_of(
    long_word, long_line,
    st.builds(lambda piece, n: piece * n, st.sampled_from(["a.", "1.", "أ.", "..", "x@", "ونفى المتحدث ذلك. ", 'قال: "نعم." ']),
              st.integers(10, 150)),
    st.builds(lambda n: "قال الوزير (" * n + "نعم" + ")" * n, st.integers(1, 100)),
    st.lists(st.sampled_from(v.QUOTE_MARKS + [" ", "نعم"]), min_size=50, max_size=200).map(lambda q: "قال: " + "".join(q)),
)
news_sentence = st.one_of(real_sentences, reported_speech(), reported_speech(), many_cues,
                          st.lists(tokens, min_size=1, max_size=25).map(" ".join), st.sampled_from(v.HEADER_LINES))


def _sprinkle(text: str, marks: list[tuple[int, str]]) -> str:
    """``text`` with each (position, mark) inserted, positions taken modulo the length."""
    chars = list(text)
    for at, mark in marks:
        chars.insert(at % (len(chars) + 1), mark)
    return "".join(chars)


@st.composite
def news_article(draw, *, long: bool = True) -> str:
    """An article as a reader finds it in a file, with the messes of real news text."""
    head = draw(st.one_of(real_sentences.map(lambda s: s[:90]), st.lists(real_words, min_size=1, max_size=8).map(" ".join)))
    lines = [head, *draw(st.lists(st.sampled_from(v.HEADER_LINES), max_size=2))]
    if draw(st.booleans()):
        lines.append("")
    paragraph = st.lists(news_sentence, min_size=1, max_size=3).map(" ".join)
    if long:
        paragraph = st.one_of(paragraph, paragraph, paragraph, paragraph, paragraph, paragraph, adversarial)
    for text in draw(st.lists(paragraph, min_size=1, max_size=4)):
        lines += [text] + ([""] if draw(st.booleans()) else [])
    text = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"])).join(lines)
    mutations = draw(st.lists(st.sampled_from(["diacritics", "tatweel", "invisible", "presentation", "persian",
                                               "digits", "spaces", "drop-quote", "edges"]), max_size=3, unique=True))
    positions = st.integers(0, 10**6)
    if "diacritics" in mutations:
        text = _sprinkle(text, draw(st.lists(st.tuples(positions, st.sampled_from(v.DIACRITICS)), max_size=40)))
    if "tatweel" in mutations:
        text = _sprinkle(text, draw(st.lists(st.tuples(positions, st.just(v.TATWEEL)), max_size=20)))
    if "invisible" in mutations:
        text = _sprinkle(text, draw(st.lists(st.tuples(positions, st.sampled_from(v.INVISIBLE)), max_size=20)))
    if "presentation" in mutations:
        forms = draw(st.integers(0, 7))
        text = "".join(v.PRESENTATION[ch][forms % len(v.PRESENTATION[ch])] if ch in v.PRESENTATION and ch != " " else ch
                       for ch in text)
    if "persian" in mutations:
        text = text.translate(str.maketrans(v.PERSIAN))
    if "digits" in mutations:
        target = draw(st.sampled_from(v.DIGIT_SETS))
        text = text.translate(str.maketrans("".join(v.DIGIT_SETS[:3]), target * 3))
    if "spaces" in mutations:
        text = text.replace(" ", draw(st.sampled_from(v.SPACES)))
    if "drop-quote" in mutations:
        at = [i for i, ch in enumerate(text) if ch in v.QUOTE_MARKS]
        if at:
            i = at[draw(st.integers(0, len(at) - 1))]
            text = text[:i] + text[i + 1:]
    if "edges" in mutations:
        text = draw(st.sampled_from(["\ufeff", "\u200f", " ", "\n\n"])) + text + draw(st.sampled_from(["", "\n", " \u200b"]))
    return text


@st.composite
def hostile_file(draw) -> bytes:
    """The bytes of an article file that a reader may meet: mostly UTF-8, else BOMs, UTF-16/32, NUL bytes,
    invalid UTF-8 (anywhere, even inside a letter), empty or blank files, a legacy Arabic code page."""
    text = draw(news_article(long=False))
    data = text.encode("utf-8")
    at = draw(st.integers(0, len(data)))
    kind = draw(st.sampled_from(["utf-8", "bom", "two-boms", "utf-16", "utf-16-le", "utf-32", "nul", "invalid",
                                 "cut", "empty", "blank", "invisible-only", "cp1256", "crlf"]))
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    if kind == "two-boms":
        return b"\xef\xbb\xbf" * 2 + data
    if kind in ("utf-16", "utf-16-le", "utf-32"):
        return text.encode(kind)
    if kind == "nul":
        return data[:at] + b"\x00" + data[at:]
    if kind == "invalid":
        return data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\x80"])) + data[at:]
    if kind == "cut":
        return data[:at]
    if kind == "empty":
        return b""
    if kind == "blank":
        return draw(st.sampled_from([b" ", b"\n", b"\r\n\r\n", b"\t \n", "\u00a0\u3000".encode(), b"\xef\xbb\xbf \n"]))
    if kind == "invisible-only":
        return "\u200b\u200f\n".encode()
    if kind == "cp1256":
        return text.encode("cp1256", errors="replace")
    if kind == "crlf":
        return data.replace(b"\n", b"\r\n")
    return data
