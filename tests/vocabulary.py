"""The real vocabulary that the Hypothesis strategies (``tests/strategies.py``) and the fuzz generator
(``tests/fuzz.py``) draw from, read once at import.

Words and sentences come from the real development sample (``tests/data/real/articles``) and the seed
articles; cues from the lexicon's data files (``reporting_verbs.tsv``, ``according_to.txt``,
``complementizers.txt``), in the surface forms news writing uses (و/ف prefixes, the feminine perfect, the
imperfect, the verbal noun).  Everything messy the pipeline must survive is listed here once, by Unicode name.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
_DATA = ROOT / "claimtrack" / "data"
_ARTICLES = sorted((ROOT / "tests" / "data" / "real" / "articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


def _rows(name: str) -> list[list[str]]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _sentences_and_words() -> tuple[list[str], list[str]]:
    sentences: set[str] = set()
    words: set[str] = set()
    for path in _ARTICLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            for piece in regex.split(r"(?<=[.!؟])\s+", line.strip()):
                if 10 <= len(piece) <= 300:
                    sentences.add(piece)
            words.update(regex.findall(r"\p{Arabic}+", line))
    return sorted(sentences), sorted(words)


SENTENCES, WORDS = _sentences_and_words()


def _cues() -> list[str]:
    forms: set[str] = set()
    for row in _rows("reporting_verbs.tsv"):
        lemma, imperfect, masdar = row[0], row[1], row[5]
        stem = lemma[:-1] if lemma.endswith(("ى", "ا")) else lemma  # نفى -> نفت, دعا -> دعت
        base = [lemma, stem + "ت"]
        if imperfect != "-":
            base += [imperfect, "ت" + imperfect[1:]]
        if masdar != "-":
            base += masdar.split(",")
        forms.update(base)
        forms.update("و" + f for f in base)
        forms.update("ف" + f for f in base[:2])
    forms.update(row[0] for row in _rows("according_to.txt"))
    return sorted(forms)


CUES = _cues()
COMPLEMENTIZERS = sorted(row[0] for row in _rows("complementizers.txt")) + [":", "،", ""]
SOURCES = ["الوزير", "المتحدث باسم الجيش", "مصدر مطلع", "الرئيس الأمريكي دونالد ترامب", "وكالة الأنباء",
           "مسؤولون", "الأمم المتحدة", "وزارة الخارجية", "الناطق الرسمي", "مصادر أمنية", "هو", "هي", "البيان",
           "المرصد السوري لحقوق الإنسان", "رئيس الوزراء العراقي نوري المالكي", "Reuters", "AFP", ""]

# (open, close) quotation styles, all of them seen in Arabic news
QUOTES = [('"', '"'), ("«", "»"), ("»", "«"), ("“", "”"), ("”", "“"), ("„", "“"), ("'", "'"), ("‘", "’"),
          ("‹", "›"), ("''", "''"), ("``", "''"), ("(", ")"), ("[", "]"), ("＂", "＂")]
QUOTE_MARKS = sorted({q for pair in QUOTES for q in pair})

DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0654", "\u0655"]  # FATHATAN .. SUKUN, etc.
TATWEEL = "\u0640"  # ARABIC TATWEEL
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d",
             "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad", "\u2060", "\u034f", "\ufe0f"]
SPACES = [" ", "\u00a0", "\u2009", "\u200a", "\u3000", "\u2002", "\t", "\u202f", "\u205f"]
LINE_BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"]
PERSIAN = {"ي": "ی", "ك": "ک", "ه": "ە", "ة": "ۀ", "ب": "پ", "ج": "چ", "ز": "ژ", "ى": "ی"}  # Persian/Kurdish letters
PERSIAN_LETTERS = sorted(set(PERSIAN.values()) | {"گ", "ڤ", "ڨ", "ٹ", "ڈ", "ں", "ے", "ھ"})

# presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFF) by the letter(s) they fold to under NFKC
PRESENTATION: dict[str, list[str]] = {}
for _c in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
    _folded = unicodedata.normalize("NFKC", chr(_c)).strip()
    if _folded and unicodedata.name(chr(_c), ""):
        PRESENTATION.setdefault(_folded, []).append(chr(_c))
PRESENTATION_LIGATURES = sorted(c for k, v in PRESENTATION.items() if len(k) > 3 for c in v)  # ﷺ, ﷽, ...

# decimal digit zeros (Nd) of many scripts; Sunuwar (U+11BF0, Unicode 16) and Nag Mundari (U+1E4F0, Unicode 15)
# are newer than Python 3.11's unicodedata: `regex` reads them as \d, unicodedata.decimal() does not
_ZEROS = [0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50,
          0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10, 0x104A0, 0x11066, 0x1D7CE, 0x1D7EC,
          0x1E950, 0x1FBF0, 0x11BF0, 0x16AC0, 0x1E4F0]
DIGIT_SETS = ["".join(chr(z + i) for i in range(10)) for z in _ZEROS]
OTHER_DIGITS = sorted({d for s in DIGIT_SETS[3:] for d in s})

LATIN = ["Trump", "ISIS", "Al-Qaeda", "COVID-19", "<script>alert(1)</script>", "&amp;", "<b>", "a&b", "e-mail",
         "http://example.com/a.b?c=1", "www.sana.sy", "info@x.gov.sa", "F-16", "G20", "Dr.", "U.S.", "a.a.a.",
         "Привет", "שלום", "中文", "😀", "👍🏽", "ÅÉ", "Ωμέγα"]
PUNCTUATION = [".", "،", "؛", ":", "؟", "!", "…", "...", "-", "–", "—", "/", "(", ")", "[", "]", "*", "•", "؍", "٪", "%"]
HEADER_LINES = ["تاريخ النشر: 25 يونيو 2020", "نشر من طرف الإدارة في السبت 30 ماي 2020 - 12:31",
                "آخر تحديث: 2020-06-01", "الرياض - واس", "موضوعات ذات صلة", "اقرأ أيضا", "بقلم: محمد علي",
                "واشنطن - رويترز", "(أ ف ب)", "حاتم النجيمي – عين اليوم"]
