"""Claim keys: what two outlets' wordings of one claim have in common.

A :class:`ClaimKey` holds, for a claim text:

- **stems**: content words after the "match" normalization, with clitics (و ف ب ل ك ال) and common
  suffixes stripped, broken plurals mapped to their singular (قواعد -> قاعدة, ``data/broken_plurals.tsv``)
  and news synonyms to one name (نيران/لهيب, نزاع/صراع, ``data/synonyms.tsv``);
- **entities**: canonical names from ``data/aliases.tsv`` (أفريكوم = القيادة العسكرية الأمريكية في إفريقيا =
  AFRICOM; ميغ-29 = ميج 29);
- **quantities**: numbers in digits or words with their multiplier, unit and approximation, as ranges
  (ما يفوق 1 بليون دولار = [1e9, 1.5e9] dollars; بحوالي مليار دولار = [0.9e9, 1.1e9] dollars);
- **grams**: character 4-grams of the folded text, for spellings no table lists.
"""

from __future__ import annotations

import functools
import math

import attrs
import regex

from .lexicon import read_rows, read_words
from .normalize import fold, normalize
from .spans import Span

__all__ = ["ClaimKey", "Quantity", "claim_key", "stem"]

# A number may carry a clitic (و1.5) and the Arabic decimal and thousands separators (١٫٢, ١٬٠٠٠).
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+(?:-?\d+(?:[.,\u066b\u066c]\d+)*)?|\d+(?:[.,\u066b\u066c]\d+)*")
_CONJ = ("\u0648", "\u0641")  # و ف
_PREP = ("\u0628", "\u0644", "\u0643")  # ب ل ك
_DEF = "\u0627\u0644"  # ال
_SUFFIXES = ("\u0647\u0645\u0627", "\u064a\u0627\u062a", "\u0627\u062a", "\u0648\u0646", "\u064a\u0646", "\u0627\u0646",
             "\u0648\u0627", "\u0647\u0627", "\u0647\u0645", "\u0646\u0627", "\u064a\u0647", "\u0647", "\u064a", "\u062a")
_APPROX_WIDTH = {"approx": (0.85, 1.15), "more": (1.0, 1.5), "less": (0.5, 1.0), "at_least": (1.0, 1.5),
                 "at_most": (0.5, 1.0), "up_to": (0.85, 1.0)}
_VAGUE_WIDTH = (2.0, 9.0)  # عشرات = 20..90: between two and nine tens


@functools.cache
def _plurals() -> dict[str, str]:
    return {_strip_clitics(fold(r[0])): _strip_clitics(fold(r[1])) for r in read_rows("broken_plurals.tsv", 2)}


@functools.cache
def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for r in read_rows("synonyms.tsv", 2):
        table[_base_stem(fold(r[0]))] = _base_stem(fold(r[1]))
    return table


@functools.cache
def _synonym_words() -> frozenset[str]:
    return frozenset(_strip_clitics(fold(r[0])) for r in read_rows("synonyms.tsv", 2))


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(fold(w) for w in read_words("stopwords.txt"))


@functools.cache
def _known_words() -> frozenset[str]:
    """Words of names and synonyms: a prefix letter before one of them is a clitic (لليبيا = ل + ليبيا)."""
    words = {w for r in read_rows("aliases.tsv", 3) for w in fold(r[1]).split()}
    words |= {fold(r[0]) for r in read_rows("synonyms.tsv", 2)}
    return frozenset(words)


def _strip_clitics(word: str) -> str:
    w = word
    known = _known_words()
    if len(w) > 3 and w[0] in _CONJ and w not in known:
        w2 = w[1:]
        if w2.startswith(_DEF) or (len(w2) > 3 and w2[0] in _PREP) or len(w2) >= 4 or w2 in known:
            w = w2
    if len(w) > 4 and w[0] in _PREP and w[1:].startswith(_DEF):
        w = w[1:]
    elif len(w) > 3 and w.startswith("\u0644\u0644"):  # لل: ل + ال, or ل before a word in ل (لليبيا)
        w = w[1:] if w[1:] in known else w[2:]
    elif len(w) >= 4 and w[0] in _PREP and w not in known and (w[1:] in known or _strip_clitics(w[1:]) in _synonym_words()):
        w = w[1:]  # لدعم، بإرسال; but برنامج، بلاغ keep their ب
    if w.startswith(_DEF) and len(w) > 4:
        w = w[2:]
    return w


_PRONOUN_SUFFIXES = ("\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645", "\u0646\u0627", "\u0647")


def _base_stem(word: str) -> str:
    w = _strip_clitics(word)
    if len(w) >= 6 and w[-1] == "\u0621" and w[-2] in "\u064a\u0648":  # مرافيء (a misspelt مرافئ) -> مرافي; not بريء
        w = w[:-1]
    lookups = [w]
    for suffix in _PRONOUN_SUFFIXES:  # ألويتها -> ألوية; قواعدها -> قواعد
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            bare = w[: -len(suffix)]
            lookups += [bare, bare[:-1] + "\u0647"] if bare.endswith("\u062a") else [bare]
            w = bare
            break
    if w.endswith("\u0627") and len(w) >= 4:  # accusative tanween alef: طرقا -> طرق (for lookups only)
        lookups.append(w[:-1])
    plurals = _plurals()
    for c in lookups:
        if c in plurals:
            return plurals[c]
        if c in _synonym_words():
            return c
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    else:
        if len(w) == 3 and w.endswith("\u0627"):
            w = w[:-1]  # accusative of a two-letter noun: خطا -> خط، حدا -> حد
    return w


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light stem of one word for matching: أميركية -> امريك، والقواعد -> قاعد، بالمقاتلات -> طائر (synonym)."""
    w = fold(word)
    base = _base_stem(w)
    synonyms = _synonyms()
    if base in synonyms:
        return synonyms[base]
    # An imperfect or future verb of a listed word: يبحث/تبحث -> بحث, تستثمر -> يستثمر, ستضخ -> ضخ.  Only a
    # listed word is taken, so a noun that merely starts like a verb (سيارة) stays as it is.
    return next((synonyms[c] for c in _verb_readings(base) if c in synonyms), base)


def _verb_readings(word: str) -> tuple[str, ...]:
    """What an imperfect or future verb may be listed as: تستثمر -> (ستثمر, يستثمر), ستضخ -> (ضخ, يضخ)."""
    verb = word[1:] if len(word) >= 4 and word[0] == "\u0633" and word[1] in "\u064a\u062a\u0646" else word
    if len(verb) >= 3 and verb[0] in "\u064a\u062a\u0646":
        return (verb[1:], "\u064a" + verb[1:])
    return ()


@attrs.frozen
class Quantity:
    """A number as a range of values with a unit: "ما يفوق 1 بليون دولار" -> [1e9, 1.5e9] dollar."""

    low: float
    high: float
    unit: str | None
    text: str
    span: Span | None = None

    def compatible(self, other: "Quantity") -> bool:
        """Do the two ranges overlap (within 2%; years exactly), for the same unit or where one has none?"""
        if self.unit and other.unit and self.unit != other.unit:
            return True  # different things: no conflict either
        slack = 1.0 if "calendar_year" in (self.unit, other.unit) else 1.02  # 2025 is not 2034
        return self.low <= other.high * slack and other.low <= self.high * slack

    def same_unit(self, other: "Quantity") -> bool:
        return bool(self.unit) and self.unit == other.unit


@functools.cache
def _numbers() -> dict[tuple[str, ...], tuple[float, str]]:
    return {tuple(fold(w) for w in r[0].split()): (float(r[1]), r[2]) for r in read_rows("number_words.tsv", 3)}


@functools.cache
def _approximators() -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = [(tuple(fold(w) for w in r[0].split()), r[1]) for r in read_rows("approximators.tsv", 2)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.cache
def _units() -> dict[str, str]:
    return {_strip_clitics(fold(r[0])): r[1] for r in read_rows("units.tsv", 2)}


@functools.cache
def _unit_scales() -> dict[str, tuple[str, float]]:
    return {r[0]: (r[1], float(r[2])) for r in read_rows("unit_scales.tsv", 3)}


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group()), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def _number_prefix(word: str) -> int:
    """How many letters before the digits of a number token are clitics: و24 and بـ5 1, الـ12 2, والـ12 3."""
    for prefix in ("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0627\u0644", "\u0648", "\u0628"):
        if word.startswith(prefix) and word[len(prefix) : len(prefix) + 1].isdigit():
            return len(prefix)
    return 0


_DIGITS_RE = regex.compile(r"\d+(?:\.\d+)?")


def _is_number_token(word: str) -> bool:
    return _DIGITS_RE.fullmatch(_number_text(word)) is not None


def _number_text(word: str) -> str:
    """The digits of a number token, clitics and thousands separators off, a decimal point for ٫."""
    return word[_number_prefix(word):].replace(",", "").replace("\u066c", "").replace("\u066b", ".")


def _number_at(tokens: list[tuple[str, int, int]], i: int) -> tuple[float, str, int] | None:
    """Value, kind and length of a number starting at token ``i``."""
    word = tokens[i][0]
    digits = _number_text(word)
    if _DIGITS_RE.fullmatch(digits):
        return float(digits), "number", 1
    table = _numbers()
    for size in (3, 2, 1):
        words = tuple(t[0] for t in tokens[i : i + size])
        if len(words) < size:
            continue
        for key in (words, (_strip_number_clitic(words[0]),) + words[1:]):
            if key in table:
                value, kind = table[key]
                return value, kind, size
    return None


def _strip_number_clitic(word: str) -> str:
    if len(word) > 3 and word[0] in _CONJ + _PREP:
        return word[1:]
    return word


def _compound(tokens: list[tuple[str, int, int]], value: float, kind: str, j: int) -> tuple[float, int]:
    """Read on from a number at ``j``: multipliers ("1 بليون", "20 ألفا") and parts joined by و ("ثلاثة وعشرون
    ألفا" = 23000, "ألف ومئتي" = 1200, "مليون وخمسمئة ألف" = 1500000).  Parts below a thousand add up; a
    multiplier takes what was added up since the last one (or 1 for a bare "ألف")."""
    total, current, last = 0.0, 0.0, 0.0
    while True:
        if kind == "multiplier":
            if current == 0 and total and value > total:
                total *= value  # "ألف مليون"
            else:
                total += (current or 1.0) * value
            current, last = 0.0, value
        elif value >= 1000 and not current:
            total += value  # a whole thousands word ("مليونين", "ألفين")
        else:
            current += value
        if j >= len(tokens):
            break
        word = tokens[j][0]
        nxt = _number_at([(word[1:],) + tokens[j][1:]], 0) if word.startswith("\u0648") and len(word) > 2 else None
        fraction = nxt[0] if nxt is not None and nxt[1] == "fraction" else 0.0
        size = _fraction_size(tokens, j, last) if last and not current and fraction else 0
        if size:
            total += last * fraction  # "ألف ونصف" = 1500, "مليون ونصف المليون"
            j += size
            break
        nxt = _number_at(tokens, j)
        if nxt is not None and nxt[1] in ("multiplier", "vague") and nxt[0] >= 1000:  # "ثلاثة آلاف"
            value, kind, j = nxt[0], "multiplier", j + nxt[2]
            continue
        # "و24" after a plain number starts another quantity ("14 طائرة و24 دبابة"); after a multiplier it is
        # part of this one ("مليونين و300 ألف")
        written = not _is_number_token(tokens[j - 1][0])
        if word.startswith("\u0648") and (not _is_number_token(word) or (written and (kind == "multiplier" or value >= 1000))):
            nxt = _number_at([(word[1:],) + tokens[j][1:]] + tokens[j + 1 :], 0)
            if nxt is not None and nxt[1] in ("number", "multiplier"):
                value, kind, j = nxt[0], nxt[1], j + nxt[2]
                continue
        break
    return total + current, j


def _fraction_size(tokens: list[tuple[str, int, int]], j: int, multiplier: float) -> int:
    """How many tokens "ونصف" at ``j`` takes as a part of the multiplier before it: 1, 2 for "ونصف المليون"
    (the multiplier repeated), 0 when it is no part of it: across a comma ("نحو ألف، ونصف هؤلاء"), before
    another multiplier ("مئة ألف ونصف مليون": a second amount) or before a noun it governs ("ألف ونصف الضحايا")."""
    if tokens[j][1] - tokens[j - 1][2] > 1:
        return 0  # punctuation between the two
    if j + 1 >= len(tokens) or tokens[j + 1][1] - tokens[j][2] > 1:
        return 1
    nxt = tokens[j + 1][0]
    hit = _number_at(tokens, j + 1)
    if hit is not None and hit[1] == "multiplier":
        return 0
    if nxt.startswith("\u0627\u0644"):
        again = _number_at([(nxt[2:],) + tokens[j + 1][1:]], 0)
        return 2 if again is not None and again[1] == "multiplier" and again[0] == multiplier else 0
    return 1


def find_quantities(text: str) -> list[Quantity]:
    """Quantities written in ``text``, with spans into ``text``; numbers inside names (ميغ 29) are skipped."""
    norm = normalize(text)
    tokens = _tokens(norm.text)
    inside_names = {k for _, _, a, b in _entity_matches([t[0] for t in tokens]) for k in range(a, b)}
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        hit = None if i in inside_names else _number_at(tokens, i)
        if hit is None:
            i += 1
            continue
        value, kind, size = hit
        start = i
        j = i + size
        if kind == "fraction":
            # "نصف مليون": only a part of the multiplier right after it is a number
            nxt = _number_at(tokens, j) if j < len(tokens) else None
            if nxt is None or nxt[1] != "multiplier":
                i += 1
                continue
            value, kind, j = value * nxt[0], "number", j + nxt[2]
        if kind == "vague":
            # "عشرات الآلاف": a vague count times the multipliers after it
            while j < len(tokens):
                nxt = _number_at(tokens, j)
                if nxt is None or nxt[1] not in ("multiplier", "vague") or nxt[0] < 1000:
                    break
                value *= nxt[0]
                j += nxt[2]
        else:
            value, j = _compound(tokens, value, kind, j)
        low, high = value, value
        if kind == "vague":
            low, high = value * _VAGUE_WIDTH[0], value * _VAGUE_WIDTH[1]
        # an approximator before the number: "ما يفوق", "بحوالي", "نحو"
        for words, akind in _approximators():
            n = len(words)
            if start - n >= 0 and tuple(_strip_number_clitic(t[0]) if k == 0 else t[0]
                                        for k, t in enumerate(tokens[start - n : start])) in (words, tuple(words)):
                a, b = _APPROX_WIDTH.get(akind, (1.0, 1.0))
                low, high = value * a, value * b
                start -= n
                break
        unit = None
        if j < len(tokens):
            unit = _units().get(_strip_clitics(tokens[j][0]))
            if unit:
                j += 1
        if unit is None and kind == "number" and size == 1 and 1900 <= value <= 2100 and value == int(value):
            unit = "calendar_year"  # a date (منذ 2011), not a duration (15 عاما)
            low = high = value  # "حتى 2030" is until that year, not up to that amount
            start = i
        first = tokens[start]
        if unit in _unit_scales():  # "ثلاثة عقود" -> 30 years
            unit, factor = _unit_scales()[unit]
            low, high = low * factor, high * factor
        span = norm.span(first[1] + _number_prefix(first[0]), tokens[j - 1][2])  # "و24" -> "24"
        found.append(Quantity(low, high, unit, span.of(text), span))
        i = j
    return found


@functools.cache
def _aliases() -> tuple[dict[tuple[str, ...], str], dict[str, str], int]:
    table: dict[tuple[str, ...], str] = {}
    types: dict[str, str] = {}
    for r in read_rows("aliases.tsv", 3):
        key = tuple(_strip_clitics(w) for w in fold(r[1]).split())
        if key:
            table.setdefault(key, r[0])
            types[r[0]] = r[2]
    return table, types, max(len(k) for k in table)


def _entity_matches(folded: list[str]) -> list[tuple[str, str, int, int]]:
    """Alias matches over folded tokens, longest first: (canonical, type, start token, end token)."""
    table, types, longest = _aliases()
    words = [_strip_clitics(fold(w)) for w in folded]
    found: list[tuple[str, str, int, int]] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            canonical = table.get(tuple(words[i : i + size]))
            if canonical:
                found.append((canonical, types[canonical], i, i + size))
                i += size
                break
        else:
            i += 1
    return found


def find_entities(text: str) -> list[tuple[str, str]]:
    """Canonical entities named in ``text`` (longest alias first), as (canonical, type) pairs."""
    return [(c, t) for c, t, _, _ in _entity_matches([t[0] for t in _tokens(fold(text))])]


@attrs.frozen
class ClaimKey:
    """What a claim text is about, in forms that survive rewording (see the module docstring)."""

    text: str
    stems: tuple[str, ...]
    entities: frozenset[str]
    places: frozenset[str]
    people: frozenset[str]
    quantities: tuple[Quantity, ...]
    grams: frozenset[str]
    ordered: tuple[str, ...] = ()  # stems and "e:" entities in text order
    negated_part: tuple[str, ...] = ()  # the features right after the first negator, if any
    words: tuple[str, ...] = ()  # every folded word in order, function words included
    portfolios: frozenset[str] = frozenset()  # ministries named by portfolio (وزير الداخلية -> الداخلية)
    modality: frozenset[str] = frozenset()  # "plan" (تدرس، تعتزم) and/or "decided" (تقرر، أقرت)

    @property
    def features(self) -> frozenset[str]:
        """Index terms for candidate generation."""
        return frozenset(("s:" + s for s in self.stems)) | frozenset(("e:" + e for e in self.entities))


@functools.lru_cache(maxsize=8192)
def claim_key(text: str) -> ClaimKey:
    """The :class:`ClaimKey` of a claim text (cached: claim texts repeat across calls)."""
    stops = _stopwords() | _number_vocabulary()
    tokens = [t[0] for t in _tokens(fold(text))]
    matches = _entity_matches(tokens)
    entities = [(c, t) for c, t, _, _ in matches]
    inside = {k for _, _, a, b in matches for k in range(a, b)}
    words = [w for k, w in enumerate(tokens) if k not in inside and not _is_number_token(w)]
    starts = {a: c for c, _, a, _ in matches}
    ordered: list[str] = []
    negator_at: int | None = None
    from .lexicon.grammar import grammar

    negator_k = grammar().negation_at(tokens, limit=len(tokens))
    for k, w in enumerate(tokens):
        if k in starts:
            ordered.append("e:" + starts[k])
            continue
        if k in inside or _is_number_token(w):
            continue
        if k == negator_k:
            negator_at = len(ordered)
            continue
        if w in stops or _strip_clitics(w) in stops:
            continue
        place = _nisba_place(w)
        ordered.append("e:" + place if place else stem(w))
    stems = tuple(s for s in (stem(w) for w in words if w not in stops and _strip_clitics(w) not in stops) if len(s) >= 2)
    folded = " ".join(fold(text).replace('"', " ").split())
    grams = frozenset(folded[k : k + 4] for k in range(max(0, len(folded) - 3)))
    return ClaimKey(
        text=text,
        stems=stems,
        entities=frozenset(e for e, _ in entities),
        places=frozenset(e for e, t in entities if t == "place"),
        people=frozenset(e for e, t in entities if t == "person"),
        quantities=tuple(find_quantities(text)),
        grams=grams,
        ordered=tuple(ordered),
        negated_part=tuple(ordered[negator_at : negator_at + 4]) if negator_at is not None else (),
        words=tuple(tokens),
        portfolios=_portfolios_in(tokens),
        modality=_modality_of(tuple(x for x in ordered if not x.startswith("e:"))[:4]),  # the predicate, not a later noun
    )


@functools.cache
def _place_names() -> dict[str, str]:
    """Place names and their nisba forms (الليبي، الليبية -> ليبيا) from the alias table."""
    table: dict[str, str] = {}
    for r in read_rows("aliases.tsv", 3):
        if r[2] == "place" and " " not in r[1]:
            table[_place_key(fold(r[1]))] = r[0]
    return table


@functools.cache
def _modality() -> dict[str, str]:
    """Stem -> "plan" or "decided" (data: modality.tsv, read through the same stemming as claims)."""
    return {stem(r[0]): r[1] for r in read_rows("modality.tsv", 2)}


def _modality_of(stems: tuple[str, ...]) -> frozenset[str]:
    table = _modality()
    return frozenset(kind for s in stems  # "تقرر" is read as قرر
                     for kind in [table.get(s) or next((table[c] for c in _verb_readings(s) if c in table), None)] if kind)


@functools.cache
def _portfolio_table() -> tuple[dict[str, str], frozenset[str]]:
    """Portfolio word -> portfolio, and the titles they follow (rows whose portfolio is "-")."""
    rows = read_rows("portfolios.tsv", 2)
    return ({fold(r[0]): r[1] for r in rows if r[1] != "-"}, frozenset(fold(r[0]) for r in rows if r[1] == "-"))


def _portfolios_in(tokens: list[str]) -> frozenset[str]:
    """Portfolios named after a minister's or ministry's title: "وزير الداخلية" -> الداخلية; "وزير التجارة
    والصناعة" names both (so it meets "وزير الصناعة والتجارة")."""
    table, titles = _portfolio_table()
    found = set()
    for k in range(len(tokens) - 1):
        if _strip_clitics(tokens[k]) in titles or tokens[k] in titles:
            j = k + 1
            while j < len(tokens):
                word = tokens[j] if j == k + 1 else (tokens[j][1:] if tokens[j][:1] == "\u0648" else "")
                portfolio = table.get(word) or table.get(word[1:] if word[:1] in _CONJ + _PREP else word)
                if not portfolio:
                    break
                found.add(portfolio)
                j += 1
    return frozenset(found)


def _place_key(word: str) -> str:
    w = _strip_clitics(word)
    for suffix in ("\u064a\u064a\u0646", "\u064a\u0648\u0646", "\u0647", "\u0627", "\u064a"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
    return w


def _nisba_place(word: str) -> str | None:
    return _place_names().get(_place_key(word))


@functools.cache
def _number_vocabulary() -> frozenset[str]:
    words = {w for key in _numbers() for w in key} | {w for key, _ in _approximators() for w in key}
    return frozenset(words)


def idf(df: int, n: int) -> float:
    """Smoothed inverse document frequency."""
    return math.log((n + 1) / (df + 0.5)) + 1.0
