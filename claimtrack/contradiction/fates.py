"""A person's fate told two ways: a person dies once, of one cause, at one time.

Two statements about one named person (a rare word of the name in both, next to what each says of the fate)
cannot both stand when one says the person lives and the other that the person died ("لكنه بفضل الله آمن
وسليم وعلى قيد الحياة" / "حقاني توفي نتيجة نزيف في المخ"), when one gives a natural death and the other a
violent one ("وفاة زعيمها الملا محمد عمر بسبب المرض" / "الملا عمر قتل في معارك"), or when the two dates of the
death are apart ("توفي ... في أبريل (نيسان) 2013" / "توفي قبل يومين أو ثلاثة أيام"; "قبل عام" / "قبل عام
ونصف العام", two figures of one quantity).  The words are in ``data/fates.tsv`` and ``data/durations.tsv``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import attrs
import regex

from ..claims.entities import nisba_place
from ..claims.approximators import approximator_at
from ..claims.quantities import single_number_words
from ..lexicon import read_rows
from ..lexicon.background import background
from ..lexicon.grammar import grammar
from ..lexicon.morph import HEH, TEH, has_article, without_article
from ..models import Mention
from ..normalize import fold
from ..polarity import raw_polarity
from ..spans import Span
from ..timewords import find_time_expressions
from .dating import Dating, apart
from .durations import ago_words, duration_days
from .statement_words import bare_readings, statement_words
from .evidence import Evidence, mention

__all__ = ["Fate", "fate_conflict", "person_words", "read_fate"]

# How many words from a fate word the person's name may stand ("جلال الدين حقاني بات ... هرما ويعاني أمراضا
# مختلفة لكنه بفضل الله آمن وسليم وعلى قيد الحياة").
_NAME_REACH = 15
# How many words after "died" the time of the death may stand ("توفي في أحد مستشفيات كراتشي في أبريل 2013").
_TIME_REACH = 10
# How rare a word of the name must be (IDF, see Corpus.weight).
_NAME_WEIGHT = 2.5
# In how many of the background's documents (some 20,000 articles) a word near a fate may stand and still name its
# person (حقاني 20, الملا 145, جلال 129; not امن 3,700 nor الله 4,000).
_NAME_MOST = 1000
# How loosely a duration counted back is read: "قبل عام" is 1 year give or take this share, and a day.
_LOOSE = 0.15
# Suffixes a fate word may carry: the feminine perfect (توفيت)، a pronoun (وفاته، مقتلها).  Not the plural: "30
# شخصا قتلوا" is a toll, many people's deaths, no one person's fate.
_SUFFIXES = ("", "\u062a", "\u0647", "\u0647\u0627")


@functools.cache
def _fates() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Fate phrases (folded words) and their kind, longest first (no word of the kinds that bear on a phrase after
    them: :func:`_kind_words`)."""
    rows = [(tuple(fold(w) for w in r[0].split()), r[1]) for r in read_rows("fates.tsv", 2)
            if r[1] not in (_NOT_FATE, _REPORTED, _CAUSE)]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


_NOT_FATE = "not_fate"
_REPORTED = "reported"
_CAUSE = "cause"


@functools.cache
def _kind_words(kind: str) -> frozenset[str]:
    """The folded words of fates.tsv of one kind that bear on the fate phrase after them: ``cause`` (the illness
    just after is a death's cause: بسبب، نتيجة، جراء), ``reported`` (a noun of news makes the violence after it a
    report told), ``not_fate`` (the phrase after is no one's fate: بقاء، محاولة)."""
    return frozenset(fold(r[0]) for r in read_rows("fates.tsv", 2) if r[1] == kind)


def _kind_before(words: "list[tuple[str, Span]]", k: int, kind: str, reach: int) -> bool:
    """Does a word of fates.tsv ``kind`` stand among the ``reach`` words before ``k``?"""
    found = _kind_words(kind)
    return any(f in found for j in range(max(0, k - reach), k) for f in _bare_and_definite(words[j][0]))


# How many words before an illness of one word a cause word may stand ("بسبب مرض عضال"، "نتيجة المرض").
_CAUSE_REACH = 2


def _caused(words: "list[tuple[str, Span]]", k: int) -> bool:
    """Is the illness at ``k`` given as a cause: a cause word (بسبب، نتيجة، جراء) just before it?"""
    return _kind_before(words, k, _CAUSE, _CAUSE_REACH)


# How many words before a word of violence a ``reported`` noun may stand ("معلومات تحدثت عن مقتل").
_REPORTED_REACH = 3


def _told_violence(words: "list[tuple[str, Span]]", k: int) -> bool:
    """Is the word of violence at ``k`` a report the statement tells ("غداة الإعلان عن مقتل زعيمها")?"""
    return _kind_before(words, k, _REPORTED, _REPORTED_REACH)


@functools.cache
def _fate_phrase_words() -> frozenset[str]:
    """Every folded word of a fate phrase (على، قيد، حياة): none of them names the person."""
    return frozenset(w for phrase, _ in _fates() for w in phrase)


# How many words before a fate phrase a ``not_fate`` word may stand ("لبقاء سوريا على قيد الحياة").
_NOT_FATE_REACH = 2
_DIGIT_RE = regex.compile(r"\d")


def _no_ones_fate(text: str, words: "list[tuple[str, Span]]", k: int, n: int) -> bool:
    """Is the fate phrase of words ``k``..``k+n`` no one person's fate?  After a ``not_fate`` word it is the
    survival of a thing ("من أي فرصة لبقاء سوريا على قيد الحياة"، "حتى تتمكن مجموعات الصحف المحلية من البقاء على
    قيد الحياة") or an attempt ("أصيب البطريرك بجروح خلال محاولة اغتياله"); before a count it is a toll ("مقتل 38
    شخصا"، "الذي قتل خمسة من جنود المارينز"; SaudiNewsNet 2015-07-21, a70ced3aadc3f, a6f692438b0f6, a4ab3ef10374a,
    a4d3d297e09ae, a3cf6cb338a78)."""
    stop = _kind_words(_NOT_FATE)
    if any(f in stop for j in range(max(0, k - _NOT_FATE_REACH), k) for f in _bare_and_definite(words[j][0])):
        return True
    end = words[k + n - 1][1].end
    j = k + n + approximator_at([w for w, _ in words[k + n : k + n + _APPROX_WORDS]])
    if j > k + n:  # "وفاة أكثر من 11 ألف شخص" (an Ebola toll, aleqtisadiya a329ad551a843, 2015-07-24)
        end = words[j - 1][1].end
    following = words[j] if j < len(words) else None
    if _DIGIT_RE.search(text[end : following[1].start if following else len(text)]):
        return True
    numbers, _ = single_number_words()
    return following is not None and following[0] in numbers


_APPROX_WORDS = 3


def _bare_and_definite(word: str) -> tuple[str, ...]:
    """A folded word's readings without clitics, and without the article (البقاء -> بقاء)."""
    forms = bare_readings(word)
    return forms + tuple(without_article(f) for f in forms if has_article(f))


# The days a death is dated to: first, last, counted back from the page's date ("قبل عامين") or not, and read
# relative to the page's date (a day word, a duration) or written out (a date, a month and year).
When = tuple[dt.date, dt.date, bool, bool]


@attrs.frozen
class Fate:
    """What one statement tells of a fate: the kinds found (died, alive, natural, violent) with a span each,
    the word positions of those words, and the days the death is dated to (:data:`When`)."""

    kinds: dict[str, Span]
    at: tuple[int, ...]
    when: When | None
    words: tuple[str, ...]


def read_fate(text: str, published: "dt.date | None" = None) -> Fate | None:
    """The fate ``text`` tells, or None when it names none (data/fates.tsv)."""
    words = statement_words(text)
    folded = [w for w, _ in words]
    kinds: dict[str, Span] = {}
    at: list[int] = []
    deaths: list[int] = []
    k = 0
    while k < len(words):
        hit = _fate_at(folded, k)
        if hit is None:
            k += 1
            continue
        n, kind = hit
        if _no_ones_fate(text, words, k, n) or (kind == "violent" and _told_violence(words, k)) \
                or (kind == "natural" and n == 1 and not _caused(words, k)):
            k += n
            continue
        kinds.setdefault(kind, Span(words[k][1].start, words[k + n - 1][1].end))
        at.append(k)
        if kind in ("died", "violent"):
            deaths.append(k + n)
        k += n
    if not kinds:
        return None
    when = None
    if published is not None:
        for start in deaths:
            when = _dated(text, words, start, published)
            if when:
                break
    return Fate(kinds, tuple(at), when, tuple(folded))


def negated_as_death(text: str) -> bool:
    """Is every negator of ``text`` inside a phrase of death ("لم يعد على قيد الحياة": no longer alive)?  Such a
    statement is negated in form and asserts a death: "زعيم الشبكة «حقاني» هو الآخر لم يعد على قيد الحياة، وأنه
    توفى" (aawsat_57218a0213), what the Taliban's denial takes back (real_disputes3 G2-009)."""
    fate = read_fate(text)
    if fate is None or "died" not in fate.kinds:
        return False
    _, evidence = raw_polarity(text)
    died = fate.kinds["died"]
    negations = [span for kind, span in evidence if kind == "negation"]
    return bool(negations) and len(negations) == len(evidence) \
        and all(died.start <= span.start and span.end <= died.end for span in negations)


@functools.cache
def _fates_by_first() -> dict[str, tuple[int, ...]]:
    """For each written first word a fate phrase may start with (its first word, with a suffix when the phrase
    is one word), the positions in :func:`_fates` of the phrases it may start."""
    index: dict[str, list[int]] = {}
    for i, (phrase, _) in enumerate(_fates()):
        for s in _SUFFIXES if len(phrase) == 1 else ("",):
            index.setdefault(phrase[0] + s, []).append(i)
            if s and phrase[0].endswith(HEH):  # a folded TEH MARBUTA is a TEH before a suffix: وفاته (نبأ وفاته)
                index.setdefault(phrase[0][:-1] + TEH + s, []).append(i)
    return {form: tuple(ids) for form, ids in index.items()}


@functools.lru_cache(maxsize=65536)  # asked of every word of every statement and outlet sentence
def _fates_from(word: str) -> tuple[int, ...]:
    """The positions in :func:`_fates` (longest first) of the phrases a folded word may start, by its readings."""
    index = _fates_by_first()
    return tuple(sorted({i for f in bare_readings(word) for i in index.get(f, ())}))


def _fate_at(words: list[str], k: int) -> tuple[int, str] | None:
    """The first phrase of :func:`_fates` (longest first) that the words from ``k`` on read as."""
    ids = _fates_from(words[k])
    if not ids:
        return None
    fates = _fates()
    for i in ids:
        phrase, kind = fates[i]
        n = len(phrase)
        got = words[k : k + n]
        if len(got) == n and got[1:] == list(phrase[1:]):
            return n, kind
    return None


# Time expressions written out, not read from the page's date (a day and month, a month and year).
_WRITTEN = frozenset({"date", "month"})


def _dated(text: str, words: "list[tuple[str, Span]]", start: int, published: dt.date) -> When | None:
    """When the death told just before ``start`` happened: a duration counted back ("قبل عام ونصف العام") or
    a date ("في أبريل (نيسان) 2013"), in the words after it, up to the end of its clause."""
    ago = ago_words()
    end = min(len(words), start + _TIME_REACH)
    for k in range(start, end):
        if k > start and any(c in ".،؛" for c in text[words[k - 1][1].end : words[k][1].start]):
            end = k
            break
        if words[k][0] in ago:
            back = duration_days(words, k + 1)
            if back:
                low, high = back
                first = published - dt.timedelta(days=high * (1 + _LOOSE) + 1)
                last = published - dt.timedelta(days=low * (1 - _LOOSE) - 1)
                return first, last, True, True
    if end <= start:
        return None
    span = Span(words[start][1].start if start < len(words) else len(text), words[end - 1][1].end)
    for e in find_time_expressions(span.of(text)):
        days = e.resolve(published)
        if days and days[0] is not None and days[1] is not None:
            return days[0], days[1], False, e.kind not in _WRITTEN
    return None


def fate_conflict(a: Mention, b: Mention, fa: Fate, fb: Fate, weight: Callable[[str], float], *,
                  one_person: bool = False) -> tuple[str, list[Evidence], str] | None:
    """Do two statements tell one person's fate two ways: (kind, evidence, why), or None.  The kind is
    ``disagrees`` for two durations counted back (two figures of one quantity), else ``contradicts``.
    ``one_person``: the caller has found that the two fates' :func:`person_words` meet (then not asked again)."""
    if not one_person and not _same_person(fa, fb, weight):
        return None

    def ev(kind_a: str, kind_b: str, note: str) -> Evidence:
        return Evidence("fate", mention(a.text, fa.kinds[kind_a], a.span.start),
                        mention(b.text, fb.kinds[kind_b], b.span.start), note)

    dead_a, dead_b = _dead(fa), _dead(fb)
    if "alive" in fa.kinds and not dead_a and dead_b:
        return "contradicts", [ev("alive", dead_b, "alive / died")], "one says the person lives, the other that the person died"
    if "alive" in fb.kinds and not dead_b and dead_a:
        return "contradicts", [ev(dead_a, "alive", "died / alive")], "one says the person died, the other that the person lives"
    cause_a, cause_b = _cause(fa), _cause(fb)
    if dead_a and dead_b and cause_a and cause_b and cause_a != cause_b:
        return "contradicts", [ev(cause_a, cause_b, f"{cause_a} / {cause_b}")], \
            f"two causes of one death: {cause_a} / {cause_b}"
    if dead_a and dead_b and fa.when and fb.when and apart(_dating(fa.when), _dating(fb.when)):
        both_back = fa.when[2] and fb.when[2]
        note = f"{fa.when[0]}..{fa.when[1]} / {fb.when[0]}..{fb.when[1]}"
        return ("disagrees" if both_back else "contradicts"), [ev(dead_a, dead_b, note)], \
            f"two times of one death: {note}"
    return None


def _dating(when: When) -> Dating:
    return when[0], when[1], when[3]


def _dead(f: Fate) -> str | None:
    return "died" if "died" in f.kinds else "violent" if "violent" in f.kinds else None


def _cause(f: Fate) -> str | None:
    causes = [k for k in ("natural", "violent") if k in f.kinds]
    return causes[0] if len(causes) == 1 else None


def _same_person(fa: Fate, fb: Fate, weight: Callable[[str], float]) -> bool:
    """A rare word (the person's name) next to a fate word in both statements: not a title (زعيم، أمير) nor a word of
    the fate phrases (نبأ: "نبأ وفاة زعيم شبكة حقاني" and "نبأ وفاة الملا عمر زعيم حركة طالبان" are two men's deaths)."""
    return any(not _no_name(s) for s in person_words(fa, weight) & person_words(fb, weight))


@functools.lru_cache(maxsize=4096)
def _no_name(stem: str) -> bool:
    """Is a person word's stem a title's (sources.tsv: زعيم) or a fate phrase word's (fates.tsv, every kind: نبأ)?"""
    return bool(grammar().kind_of_word(stem)) or stem in _fate_table_stems()


@functools.cache
def _fate_table_stems() -> frozenset[str]:
    from ..claims import stem as stem_of

    return frozenset(stem_of(fold(w)) for r in read_rows("fates.tsv", 2) for w in r[0].split())


def tells_death_of(denied: Fate, other: Fate | None, weight: Callable[[str], float]) -> bool:
    """Does a statement whose fate is ``other`` (:func:`read_fate`) tell the death a denial takes back (``denied``: the
    fate its content names, a death), of the same person?  "نفى المتحدث باسم طالبان نبأ وفاة زعيم شبكة حقاني المولوي جلال الدين حقاني" (aawsat 57218a0213) takes back
    "زعيم الشبكة «حقاني» ... توفى متأثرًا بمرض", not the many reports of Mullah Omar's death around it, nor the news that
    Haqqani's son is a deputy leader (the whole archive: 19 such links once the denial's content was read in full)."""
    if other is None or _dead(other) is None:
        return False
    # (a name the news at large uses too often to tell a person by, "مقتل البغدادي", leaves the person untold: the
    # other rules decide)
    names = {s for s in person_words(denied, weight) if not _no_name(s)}
    return not names or bool(names & person_words(other, weight))


def person_words(f: Fate, weight: Callable[[str], float]) -> frozenset[str]:
    """The rare words next to a fate's words (light stems, as the corpus weighs words; no fate word), which the
    news at large names seldom: what may name its person.  Two fates whose sets meet are one person's (a caller
    holding each fate against many works them out once).  A word common in all news is no name, however rare in
    a small corpus: "آمن وسليم" (Haqqani lives, 3alyoum 4f1d3ee36a) and "مكتب الأمن القومي" (of Mullah Omar's
    death, okaz 8e1a2402cc) share the stem امن, not a person."""
    bg = background()
    return frozenset(s for s in _near_stems(f.at, f.words) if weight(s) >= _NAME_WEIGHT and bg.count(s) <= _NAME_MOST)


@functools.lru_cache(maxsize=4096)  # a fate is held against every other of the corpus
def _near_stems(at: tuple[int, ...], words: tuple[str, ...]) -> frozenset[str]:
    """The stems of the words near the fate words at ``at``, fate words left out."""
    from ..claims import stem

    # Stopwords and the words of the fate phrases are no name: the corpus indexes neither, so both weigh as the
    # rarest of words ("من"، "في"، "على" of "على قيد الحياة" joined two fates of nobody on a real day).
    skip = grammar().stopwords | _fate_phrase_words()
    near = {fold(w) for k in at for w in words[max(0, k - _NAME_REACH) : k + _NAME_REACH + 1]} - skip
    # A place or its nisba names where or whose, not who: "ثلاثة اسرائيليين" killed a year before and "متطرفون
    # إسرائيليون" who burned a child's house (3alyoum a8a41d7664 / sabq aeccecc294, 2015-07-31) are no one person.
    near = {w for w in near if nisba_place(w) is None}
    return frozenset(s for s in {stem(w) for w in near} if not _fate_at([s], 0) and s not in skip)
