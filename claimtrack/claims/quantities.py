"""Quantities in claim texts: numbers in digits or words, with their multiplier, unit and approximation, as
ranges (ما يفوق 1 بليون دولار = [1e9, 1.5e9] dollars; بحوالي مليار دولار = [0.9e9, 1.1e9] dollars)."""

from __future__ import annotations

import functools

import attrs
import regex

from ..lexicon import read_rows
from ..lexicon.morph import BEH, CONJUNCTIONS, DEFINITE, MIN, PREPOSITION_CLITICS, WAW, definite_word, without_conjunction
from ..normalize import ascii_digits, fold, normalize
from ..spans import Span
from .approximators import approximator_range, approximator_rows, trailing_approximator
from .entities import entity_matches, in_model_code
from .measures import measure_near, measure_of, measure_units, owner_after
from .stems import Token, strip_clitics, word_tokens
from .units import unit_at, unit_of, unit_scales

__all__ = ["Quantity", "find_quantities", "is_number_token", "number_vocabulary", "single_number_words"]

# The end of a one-sided bound that holds its stated number: أكثر من 27 = [27, 40.5], low end 27.
_BOUND_BASE = {"more": "low", "at_least": "low", "less": "high", "at_most": "high", "up_to": "high"}
_VAGUE_WIDTH = (2.0, 9.0)  # عشرات = 20..90: between two and nine tens
# The clitics a number in digits may carry, longest first: وال، بال، ال، و، ب (و24، بـ5، الـ12، والـ12).
_NUMBER_CLITICS = (WAW + DEFINITE, BEH + DEFINITE, DEFINITE, WAW, BEH)


@attrs.frozen
class Quantity:
    """A number as a range of values with a unit: "ما يفوق 1 بليون دولار" -> [1e9, 1.5e9] dollar."""

    low: float
    high: float
    unit: str | None
    text: str
    span: Span | None = None
    counts: str | None = None  # what is counted: "killed" (مقتل 27 شخصا), "wounded" (وإصابة نحو 100), ...
    bound: str = ""  # the approximator's kind: "more" (أكثر من 27), "approx" (نحو 100), ...; "" for a plain figure
    owner: str | None = None  # whose count it is, stemmed: "متمرد" in "مقتل العشرات في صفوف المتمردين"

    def compatible(self, other: "Quantity") -> bool:
        """Do the two ranges overlap (within 2%; years exactly), for the same unit or where one has none?"""
        if self.unit and other.unit and self.unit != other.unit:
            return True  # different things: no conflict either
        slack = 1.0 if "calendar_year" in (self.unit, other.unit) else 1.02  # 2025 is not 2034
        return self.low <= other.high * slack and other.low <= self.high * slack

    def same_figure(self, other: "Quantity") -> bool:
        """Do the two give one figure: compatible ranges, and two bounds the same way (أكثر من 27 / أكثر من 20)
        at the same number?  Two lower bounds overlap whatever their numbers, yet a speaker who says "more than
        27" and one who says "more than 20" give two figures."""
        if not self.compatible(other):
            return False
        if self.bound and self.bound == other.bound and _BOUND_BASE.get(self.bound):
            base = _BOUND_BASE[self.bound]
            x, y = getattr(self, base), getattr(other, base)
            return abs(x - y) <= 0.02 * max(abs(x), abs(y))
        return True

    def same_unit(self, other: "Quantity") -> bool:
        return bool(self.unit) and self.unit == other.unit

    def same_measure(self, other: "Quantity") -> bool:
        """Do the two count the same thing: the same measure where both say one (مقتل 27 شخصا / مقتل 30),
        else the same unit (or neither has one), of the same group where both say whose (في صفوف المتمردين /
        من عناصر القوات الحكومية: two counts)?"""
        if self.owner and other.owner and self.owner != other.owner:
            return False
        if self.counts and other.counts:
            return self.counts == other.counts
        if self.counts or other.counts:
            return False  # 27 killed and 100 persons of no stated kind: not known to be one figure
        return self.same_unit(other) or (self.unit is None and other.unit is None)


@functools.cache
def _numbers() -> dict[tuple[str, ...], tuple[float, str]]:
    return {tuple(fold(w) for w in r[0].split()): (float(r[1]), r[2]) for r in read_rows("number_words.tsv", 3)}


@functools.cache
def single_number_words() -> tuple[dict[str, float], dict[str, float]]:
    """The number words of one word (ستة، ثلاثة) and the fractions (نصف) of number_words.tsv, folded, with their
    values (a duration's count, "ستة أشهر"، "عام ونصف العام"; a count after a fate word)."""
    numbers: dict[str, float] = {}
    fractions: dict[str, float] = {}
    for words, (value, kind) in _numbers().items():
        if len(words) == 1 and kind in ("number", "fraction"):
            (fractions if kind == "fraction" else numbers)[words[0]] = value
    return numbers, fractions


@functools.cache
def _approximator_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the approximators of two words or more, and the approximators of one word."""
    rows = approximator_rows()
    return frozenset(w[-1] for w, _ in rows if len(w) > 1), frozenset(w[0] for w, _ in rows if len(w) == 1)


def _may_end_approximator(word: str) -> bool:
    """May an approximator end at the token ``word`` (the one word of one taking a clitic: بحوالي)?"""
    last, single = _approximator_ends()
    return word in last or _strip_number_clitic(word) in single


def _coordinated(tokens: list[Token], start: int) -> bool:
    """Whether the number at tokens[start] is joined to what comes before by و ("قتلوا و32 أصيبوا", "قتلوا و 32"):
    a verb or noun before it then ends the clause of the figure before, so the words after are read first."""
    word = tokens[start][0]
    return (_number_prefix(word) > 0 and word[0] == WAW) or (start > 0 and tokens[start - 1][0] == WAW)


@functools.cache
def number_vocabulary() -> frozenset[str]:
    """The words of number words and approximators, which say nothing about what a claim is about."""
    words = {w for key in _numbers() for w in key} | {w for key, _ in approximator_rows() for w in key}
    return frozenset(words)


def _number_prefix(word: str) -> int:
    """How many letters before the digits of a number token are clitics: و24 and بـ5 1, الـ12 2, والـ12 3."""
    for prefix in _NUMBER_CLITICS:
        if word.startswith(prefix) and word[len(prefix) : len(prefix) + 1].isdigit():
            return len(prefix)
    return 0


_DIGITS_RE = regex.compile(r"\d+(?:\.\d+)?")
_DECIMAL_COMMA_RE = regex.compile(r"(\d),(\d{1,2})$")  # 7,4 is 7.4; 1,000 is a thousand


def is_number_token(word: str) -> bool:
    """Is the folded token a number in digits, clitics and separators aside (و24، ١٬٠٠٠)?"""
    return _DIGITS_RE.fullmatch(_number_text(word)) is not None


def _number_text(word: str) -> str:
    """The digits of a number token, clitics and thousands separators off, a decimal point for ٫."""
    digits = _DECIMAL_COMMA_RE.sub(r"\1.\2", word[_number_prefix(word):])
    return digits.replace(",", "").replace("\u066c", "").replace("\u066b", ".")


# The separator some agencies' wire copy writes between the groups of a number, in reverse order (as the
# Arabic separators ٫ and ٬ come out of an old code page): "5ر1 مليون" is 1.5 million, "88ر0 درجة" 0.88,
# "000ر22" 22,000 and "951ر625ر34" 34,625,951 (SaudiNewsNet: 420 such figures in 12 days).
_REVERSED_SEPARATOR = "\u0631"  # ر
_REVERSED_GROUP_RE = regex.compile(r"\u0631(\d+)")


def _reversed_groups(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A number written with the reversed separator from token ``i`` on (a run of digits, then each "ر" and
    digits right after it, with no space): its value and how many tokens it takes.  The last group is the
    whole part; with two groups, the first is the decimals unless it is three digits not followed by a
    multiplier (مليون، ألف): "423ر2 مليون برميل" 2.423 million, but "500ر307 متر مكعب" 307,500 and "000ر30" 30,000;
    with more groups, all but the last are thousands."""
    first = ascii_digits(_number_text(tokens[i][0]))
    if first is None or not first.isdigit():
        return None
    groups = [first]
    k = i + 1
    while k < len(tokens) and tokens[k][1] == tokens[k - 1][2] and (m := _REVERSED_GROUP_RE.fullmatch(tokens[k][0])):
        group = ascii_digits(m.group(1))
        if group is None:
            return None
        groups.append(group)
        k += 1
    if len(groups) < 2:
        return None
    whole, rest = groups[-1], groups[-2::-1]  # read right to left: the whole part, then the groups after it
    if len(groups) == 2:
        multiplier = k < len(tokens) and (_numbers().get((tokens[k][0],)) or ("", ""))[1] == "multiplier"
        if len(rest[0]) != 3 or (multiplier and rest[0] != "000"):
            return float(f"{whole}.{rest[0]}"), k - i
    if any(len(g) != 3 for g in rest):
        return None
    return float(whole + "".join(rest)), k - i


@functools.cache
def _number_firsts() -> frozenset[str]:
    """The first words of the number words and phrases (data/number_words.tsv)."""
    return frozenset(key[0] for key in _numbers())


@functools.lru_cache(maxsize=65536)  # asked of every word of every text read for figures
def _starts_number(word: str) -> bool:
    """May a number start at a folded token: digits (clitics aside), the first word of a number word, with or
    without a clitic, or a vague count with the article (العشرات)?  False: :func:`_number_at` finds none there."""
    if is_number_token(word):
        return True
    firsts = _number_firsts()
    if word in firsts or _strip_number_clitic(word) in firsts:
        return True
    bare = strip_clitics(word)
    return bare != word and _numbers().get((bare,), (0.0, ""))[1] == "vague" and word.endswith(bare)


def _number_at(tokens: list[Token], i: int) -> tuple[float, str, int] | None:
    """Value, kind and length of a number starting at token ``i``."""
    word = tokens[i][0]
    if not _starts_number(word):
        return None
    digits = _number_text(word)
    if _DIGITS_RE.fullmatch(digits) and i + 1 < len(tokens) and tokens[i + 1][0][:1] == _REVERSED_SEPARATOR \
            and (reversed_number := _reversed_groups(tokens, i)) is not None:
        return reversed_number[0], "number", reversed_number[1]
    if _DIGITS_RE.fullmatch(digits):
        readable = ascii_digits(digits)  # None for a digit this Python cannot read (issue 17): left as text
        return (float(readable), "number", 1) if readable is not None else None
    table = _numbers()
    for size in (3, 2, 1):
        words = tuple(t[0] for t in tokens[i : i + size])
        if len(words) < size:
            continue
        for key in (words, (_strip_number_clitic(words[0]),) + words[1:]):
            if key in table:
                value, kind = table[key]
                return value, kind, size
    # "مقتل العشرات": a vague count takes the article (العشرات، المئات), a number does not
    bare = strip_clitics(word)
    if bare != word and (bare,) in table and table[(bare,)][1] == "vague" and word.endswith(bare):
        value, kind = table[(bare,)]
        return value, kind, 1
    return None


def _one_describing(tokens: list[Token], i: int, hit: tuple[float, str, int]) -> bool:
    """Is the number at token ``i`` the word "one" describing the noun of a من phrase before it ("من عائلة واحدة"،
    "من أسرة واحدة"), no count: "لقي 4 أشخاص من عائلة واحدة مصرعهم" (aleqtisadiya 932798a98b, 2015-07-28: read as
    one wounded, the four dead were compared with nothing, real_disputes2 E1-023)?  Elsewhere "one" is a count
    ("وجنديا تشاديا واحدا"، "تعرض أحد أفراد الدورية لإصابة"، "بنسبة واحد في المئة")."""
    value, kind, size = hit
    if value != 1 or kind != "number" or size != 1 or i < 2 or _DIGITS_RE.fullmatch(_number_text(tokens[i][0])):
        return False
    if i + 1 < len(tokens) and (_number_at(tokens, i + 1) is not None or unit_of(tokens[i + 1][0]) is not None):
        return False  # (the first word of a number, "ناهز واحداً وأربعين عاماً", or a count with its unit)
    before = tokens[i - 1][0]
    return without_conjunction(tokens[i - 2][0]) == MIN and before[:1].isalpha() and not definite_word(before) \
        and _number_at(tokens, i - 1) is None and unit_of(before) is None and measure_of(before) is None


def _strip_number_clitic(word: str) -> str:
    if len(word) > 3 and word[0] in CONJUNCTIONS + PREPOSITION_CLITICS:
        return word[1:]
    return word


def _compound(tokens: list[Token], value: float, kind: str, j: int) -> tuple[float, int]:
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
        nxt = _number_at([(word[1:],) + tokens[j][1:]], 0) if word.startswith(WAW) and len(word) > 2 else None
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
        written = not is_number_token(tokens[j - 1][0])
        if word.startswith(WAW) and (not is_number_token(word) or (written and (kind == "multiplier" or value >= 1000))):
            nxt = _number_at([(word[1:],) + tokens[j][1:]] + tokens[j + 1 :], 0)
            if nxt is not None and nxt[1] in ("number", "multiplier"):
                value, kind, j = nxt[0], nxt[1], j + nxt[2]
                continue
        break
    return total + current, j


def _fraction_size(tokens: list[Token], j: int, multiplier: float) -> int:
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
    if nxt.startswith(DEFINITE):
        again = _number_at([(nxt[2:],) + tokens[j + 1][1:]], 0)
        return 2 if again is not None and again[1] == "multiplier" and again[0] == multiplier else 0
    return 1


def find_quantities(text: str) -> list[Quantity]:
    """Quantities written in ``text``, with spans into ``text``; numbers inside names (ميغ 29) are skipped."""
    return list(_quantities(text))


@functools.lru_cache(maxsize=16384)  # a claim's figures are asked for by its key, its disputes and its marks
def _quantities(text: str) -> tuple[Quantity, ...]:
    norm = normalize(text)
    tokens = word_tokens(norm.text)
    if not any(_starts_number(t[0]) for t in tokens):
        return ()  # (most sentences: no name need be read for the numbers inside it)
    inside_names = {k for _, _, a, b in entity_matches([t[0] for t in tokens]) for k in range(a, b)}
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        hit = None if i in inside_names else _number_at(tokens, i)
        if hit is None or _one_describing(tokens, i, hit):
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
        bound = ""
        if kind == "vague":
            low, high = value * _VAGUE_WIDTH[0], value * _VAGUE_WIDTH[1]
        # an approximator before the number: "ما يفوق", "بحوالي", "نحو" (looked for where the word before may end one)
        before = tokens[start - 1][0] if start else None
        for words, akind in approximator_rows() if before is not None and _may_end_approximator(before) else ():
            n = len(words)
            if start - n >= 0 and tuple(_strip_number_clitic(t[0]) if k == 0 else t[0]
                                        for k, t in enumerate(tokens[start - n : start])) in (words, tuple(words)):
                low, high = approximator_range(value, akind)
                bound = akind
                start -= n
                break
        unit, j = unit_at(norm.text, tokens, j)
        if unit is None and in_model_code(norm.text, tokens, i):
            i = j  # "الرحلة إم إتش 370"، "مقاتلات إف-16"، "بوينغ 777": a name, no count
            continue
        if unit is None and kind == "number" and size == 1 and 1900 <= value <= 2100 and value == int(value):
            unit = "calendar_year"  # a date (منذ 2011), not a duration (15 عاما)
            low = high = value  # "حتى 2030" is until that year, not up to that amount
            bound = ""
            start = i
        if not bound and kind != "vague" and unit != "calendar_year":
            akind, n = trailing_approximator(tokens, j)
            if n:
                low, high = approximator_range(value, akind, after=True)
                bound = akind
                j += n
        first = tokens[start]
        if unit in unit_scales():  # "ثلاثة عقود" -> 30 years
            unit, factor = unit_scales()[unit]
            low, high = low * factor, high * factor
        span = norm.span(first[1] + _number_prefix(first[0]), tokens[j - 1][2])  # "و24" -> "24"
        counts = unit if unit in measure_units() else None
        if counts is None and unit != "calendar_year":
            counts = measure_near(tokens, start, j, _coordinated(tokens, start))
        found.append(Quantity(low, high, unit, span.of(text), span, counts, bound, owner_after(tokens, j)))
        i = j
    return tuple(found)
