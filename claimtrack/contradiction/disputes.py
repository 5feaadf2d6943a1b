"""Disputes a journalist can act on: each kind with one meaning, its evidence and a one-line reason.

- ``denies``: one statement explicitly denies (نفى، كذّب، عارٍ عن الصحة، لا صحة لـ، غير صحيح: ``data/denials.tsv``)
  what the other asserts, and the two are linked by what the denial names (two rare words in common);
- ``updates``: the same speaker gives a different figure for the same quantity of the same event, later;
- ``disagrees``: different speakers give different figures for the same quantity of the same event;
- ``contradicts``: the two cannot both be true in another way (opposite polarity, opposed predicates).

This module reads what a statement denies, names and reports (:mod:`.denial_links`: which rare words link a
denial to what it denies); how two
statements' figures are compared (same measure, same group, never a part against its whole) is
:mod:`.figures`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import regex

from ..lexicon import read_rows
from ..lexicon.grammar import grammar
from ..lexicon.morph import BEH, LAM, PRONOUN_SUFFIXES, without_article, without_conjunction
from ..models import Attribution, Mention
from ..normalize import fold
from ..spans import Span
from .statement_words import bare_readings, fused_apart, statement_words

__all__ = ["DENIAL_VERB_REACH", "DISPUTE_KINDS", "about_after", "about_at", "carrier_phrase_at", "denial_mentions",
           "denial_verbs", "dispute_kind", "opens_with_about", "opens_with_report_denied", "report_phrase_at", "report_speakers", "statement_backreference", "statement_noun",
           "statement_speakers", "told_reports"]

DISPUTE_KINDS = ("contradicts", "denies", "updates", "disagrees")
# How many opening words of a content a denial verb may stand among to be the content's own denial ("أن الوزارة
# تنفي ما تردد"); further in, it is someone's denial the content tells ("فإننا سنلقي كثيرا من الفلاسفة ينكرون
# هذا التحديد"، "في موقف الشخص الذي يكذب ويغش"), as polarity.denial_at reads the opening six words.
DENIAL_VERB_REACH = 6


_NOT_DENIALS = ("about", "hearsay", "report", "statement", "stop")  # denials.tsv kinds that name what is denied, deny nothing


@functools.cache
def _denials() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Denial verb lemmas (folded) and denial phrases (tuples of folded words), longest phrase first."""
    verbs, phrases = set(), []
    for r in read_rows("denials.tsv", 2):
        if r[1] == "verb":
            verbs.add(fold(r[0]))
        elif r[1] not in _NOT_DENIALS:
            phrases.append(tuple(fold(w) for w in r[0].split()))
    return frozenset(verbs), tuple(sorted(phrases, key=len, reverse=True))


def denial_verbs() -> frozenset[str]:
    """The denial verbs' lemmas of denials.tsv (نفى، كذب، أنكر), folded."""
    return _denials()[0]


@functools.cache
def _denial_phrases_by_first() -> dict[str, tuple[int, ...]]:
    """The first word of each denial phrase -> the positions in :func:`_denials` of the phrases it starts."""
    index: dict[str, list[int]] = {}
    for i, phrase in enumerate(_denials()[1]):
        index.setdefault(phrase[0], []).append(i)
    return {w: tuple(ids) for w, ids in index.items()}


@functools.cache
def _statement_nouns() -> frozenset[str]:
    return frozenset(fold(r[0]) for r in read_rows("denials.tsv", 2) if r[1] == "statement")


@functools.cache
def _report_phrases() -> tuple[tuple[str, ...], ...]:
    """What names a report by who carried it (ما ورد، ما نقل، ما نشر: denials.tsv kind ``report``), folded."""
    return tuple(tuple(fold(w) for w in r[0].split()) for r in read_rows("denials.tsv", 2) if r[1] == "report")


# How many words after a statement noun may name whose statements they are ("تصريحات نائب رئيس الجمهورية
# العراقي نوري المالكي").
_NAME_REACH = 6
# An object pronoun a report verb may carry (ما نقلته، ما أوردته، ما نشرته).
_OBJECT_SUFFIXES = ("ته", "ه", "تها", "ها")


def statement_speakers(text: str) -> tuple[str, ...] | None:
    """Who ``text`` names as the author of statements (تصريحات المالكي، اتهامات نوري المالكي، مزاعم الحكومة):
    the words after each statement noun, up to punctuation; None when it names no statements."""
    return _named_after(text, lambda words, k: 1 if statement_noun(words[k][0]) else 0)


def report_speakers(text: str) -> tuple[str, ...] | None:
    """Who ``text`` names as the carrier of a report it speaks of ("ما ورد عبر وكالة أنباء فارس"، "ما نقل عن
    زعيمهم عبد الملك الحوثي"): the words after the report phrase and its preposition, up to punctuation; None
    when it names no report that way.  Whether the words name a speaker at all is for the caller to check
    ("ما ورد في إحدى الصحف المحلية")."""
    def hit(words: "list[tuple[str, Span]]", k: int) -> int:
        for phrase in _report_phrases():
            n = len(phrase)
            got = [w for w, _ in words[k : k + n]]
            if len(got) == n and phrase[0] in bare_readings(got[0]) and got[1:-1] == list(phrase[1:-1]) \
                    and any(got[-1] in (phrase[-1], phrase[-1] + x) for x in ("",) + _OBJECT_SUFFIXES):
                return n + (k + n < len(words) and without_conjunction(words[k + n][0]) in _report_prepositions())
        return 0
    return _named_after(text, hit)


def _report_phrase_at(words: "list[tuple[str, Span]]", k: int, phrases: "tuple[tuple[str, ...], ...]") -> int:
    """How many words of ``words`` from ``k`` one of ``phrases`` takes (ما ورد، لما يتم تداوله، ما نقلته), or 0."""
    for phrase in phrases:
        n = len(phrase)
        got = [w for w, _ in words[k : k + n]]
        if len(got) == n and _opens_with(got[0], phrase[0]) and got[1:-1] == list(phrase[1:-1]) \
                and any(got[-1] in (phrase[-1], phrase[-1] + x) for x in ("",) + _OBJECT_SUFFIXES):
            return n
    return 0


def report_phrase_at(words: "list[tuple[str, Span]]", k: int) -> int:
    """How many words of ``words`` from ``k`` a phrase that names a report takes (denials.tsv ``report`` and
    ``hearsay``: ما ورد، الأنباء التي), or 0."""
    return _report_phrase_at(words, k, _report_openers())


def _opens_with(word: str, first: str) -> bool:
    """Is ``word`` the phrase's first word, with a clitic: وما، لما (which bare_readings keeps whole: a word of
    three letters)?"""
    bare = without_conjunction(word)
    return first in bare_readings(word) or (bare[:1] in (BEH, LAM) and bare[1:] == first)


@functools.cache
def _report_openers() -> tuple[tuple[str, ...], ...]:
    """What opens a report, whoever carried it (denials.tsv kinds ``report`` and ``hearsay``), folded."""
    return _report_phrases() + _hearsay_phrases()


@functools.cache
def _hearsay_phrases() -> tuple[tuple[str, ...], ...]:
    """What names a report carried by no one in particular (denials.tsv kind ``hearsay``: ما تردد، الأنباء
    المتداولة), folded."""
    return tuple(tuple(fold(w) for w in r[0].split()) for r in read_rows("denials.tsv", 2) if r[1] == "hearsay")


_ABOUT_AFTER_HEARSAY = fold("\u0639\u0646")  # عن: what hearsay is about; after a report (ما نقل عن) its carrier


@functools.cache
def _about_words() -> frozenset[str]:
    """What opens what a report says (denials.tsv kind ``about``: حول، بشأن، بأن), folded."""
    return frozenset(fold(r[0]) for r in read_rows("denials.tsv", 2) if r[1] == "about")


# How many words after a report phrase the word that opens what it says may stand ("ما تردد في تقارير إخبارية
# وعلى شبكات التواصل الاجتماعي حول أن": the carrier between them), and how many words a report told must have.
_ABOUT_REACH = 10
_TOLD_LEAST = 3
_PUNCTUATION_RE = regex.compile(r"[^\p{L}\p{M}\s]")
_THAT = fold("\u0623\u0646")  # أن


def about_at(word: str) -> bool:
    """Is ``word`` a word that opens what a report says (حول، بشأن، بأن), or أن / بأن with a pronoun (بأنها)?"""
    about = _about_words()
    return any(f in about or (f.startswith(_THAT) or f[1:].startswith(_THAT)) and (
        (f[-1:] == "\u0647" and f[:-1] in about) or (f[-2:] in ("\u0647\u0627", "\u0647\u0645") and f[:-2] in about))
               for f in bare_readings(word)[:2])


def carrier_phrase_at(words: "list[tuple[str, Span]]", k: int) -> bool:
    """Does a phrase of a report carried by someone (denials.tsv ``report``, not ``hearsay``: ما نقل، ما ورد) open at
    ``k``?  After it عن names the carrier ("ما نقل عن زعيمهم"), not what the report says."""
    return _report_phrase_at(words, k, _report_phrases()) > 0 and not _report_phrase_at(words, k, _hearsay_phrases())


def about_after(word: str, carried: bool) -> bool:
    """:func:`about_at`, but عن not after a report's carrier phrase (``carried``, :func:`carrier_phrase_at`)."""
    return about_at(word) and not (carried and _ABOUT_AFTER_HEARSAY in bare_readings(word)[:2])


def opens_with_about(text: str) -> bool:
    """Does ``text`` open with a word that names what is spoken of (denials.tsv kind ``about``: "وعن دور العمال
    الكردستاني في تفجير أنبوب نقل النفط ...، نفى دوغان علاقتهم بالهجوم", aawsat f9c35cada1): a topic the report
    after it takes up, not a statement of its own?"""
    words = statement_words(text)
    return bool(words) and without_conjunction(words[0][0]) in _about_words()


def opens_with_report_denied(text: str) -> bool:
    """Does ``text`` open with a report phrase that a denial phrase follows at once ("ما ذكر غير صحيح لعدد من
    الأسباب"، "ما يتم تداوله عار من الصحة")?  Such a denial names what it denies by pointing back to it."""
    words = statement_words(text)
    n = _report_phrase_at(words, 0, _report_openers())
    if not n or n >= len(words):
        return False
    found = denial_mentions(text, verbs_within=0)
    return bool(found) and found[0].span.start == words[n][1].start


def told_reports(text: str, *, past_comma: bool = False) -> tuple[Span, ...]:
    """The reports a statement tells (spans of ``text``): after a report phrase (ما تردد، ما يتم تداوله، ما
    ذكر، ما نقل عن ...) and, within a few words, a word that opens what the report says (حول أن، بشأن، بأنها),
    the words up to the next report phrase or the end: "ردا على ما تردد في تقارير إخبارية ... حول أن اتحاد
    الكرة رفع عقوبات لجنة الانضباط ..." (sabq 33e60fcaca) tells "اتحاد الكرة رفع عقوبات لجنة الانضباط ...".
    ``past_comma``: the word that opens what the report says may follow a punctuation mark at once ("ما أثير مؤخرا
    على مواقع التواصل الاجتماعي، عن حضور عدد من لاعبي منتخب الناشئين لحفل غنائي في ملهى ليلي", okaz a8c51d93de7fa,
    2015-08-03): asked by who only needs to know whether a statement tells a report, not by who makes claims of it."""
    words = statement_words(text)
    openers = _report_openers()
    starts = [(k, n) for k in range(len(words)) if (n := _report_phrase_at(words, k, openers))]
    denied_at = {m.span.start for m in denial_mentions(text)} if starts else set()
    found = []
    for i, (k, n) in enumerate(starts):
        end_word = starts[i + 1][0] if i + 1 < len(starts) else len(words)
        carried = carrier_phrase_at(words, k)
        # within a few words of it, before a punctuation mark or a denial ("ما تم تداوله أخبار مغلوطة لا صحة لها،
        # وجميع أعمالنا ... يتم الاعلان عنها": no report told)
        reach = min(k + n + _ABOUT_REACH, end_word)
        stop = next((j for j in range(k + n, reach) if words[j][1].start in denied_at
                     or _PUNCTUATION_RE.search(text[words[j - 1][1].end : words[j][1].start])
                     and not (past_comma and about_at(words[j][0]))), reach)
        about = next((j for j in range(k + n, stop) if about_after(words[j][0], carried)), None)
        if about is None:
            continue
        first = about + 1
        if first < end_word and _THAT in bare_readings(words[first][0])[:2] and _THAT not in bare_readings(words[about][0])[:2]:
            first += 1  # "حول أن"، "بشأن أن"
        if first >= end_word:  # a cut-off sentence ends on its "حول": no report told
            continue
        # up to a denial of it, if one follows ("... حول أن X غير صحيح"، "... في حين أن الحقائق تدحض هذا الادعاء")
        denied = [m.span.start for m in denial_mentions(text[: words[end_word - 1][1].end]) if m.span.start >= words[first][1].start]
        last = max((j for j in range(first, end_word) if not denied or words[j][1].end <= denied[0]), default=first - 1)
        if denied:  # and to the clause before it: "... بين واشنطن وطهران، في حين أن الحقائق تدحض"
            last = max((j for j in range(first, last) if _PUNCTUATION_RE.search(text[words[j][1].end : words[j + 1][1].start])),
                       default=last)
        if last + 1 - first < _TOLD_LEAST:
            continue
        found.append(Span(words[first][1].start, words[last][1].end))
    return tuple(found)


@functools.cache
def _report_prepositions() -> frozenset[str]:
    return frozenset(fold(w) for w in ("عبر", "عن", "في", "من", "على", "بحسب", "لسان"))


def statement_noun(word: str) -> bool:
    """Is a folded word a noun for what someone said (denials.tsv kind ``statement``: تصريحات، اتهامات), with a
    conjunction or the article?"""
    return without_article(without_conjunction(word)) in _statement_nouns()


def statement_backreference(text: str) -> bool:
    """Does ``text`` name statements by pointing back to them (هذه الادعاءات، تلك التصريحات، هذه التصريحات
    الباطلة): a demonstrative (particles.tsv) before a statement noun."""
    g = grammar()
    words = [w for w, _ in statement_words(text)]
    return any(statement_noun(w) and "demonstrative" in g.role(without_conjunction(words[k - 1]))
               for k, w in enumerate(words) if k)


def _named_after(text: str, hit: "Callable[[list[tuple[str, Span]], int], int]") -> tuple[str, ...] | None:
    """The phrases after each place where ``hit`` says how many words name statements or a report (0: none),
    up to the first punctuation, a word that opens what they say (:func:`about_at`: "ما نقل عن زعيمهم عبد الملك
    الحوثي بشأن رفضه الالتزام بالهدنة", almadina 3477a36e22, 2015-07-26) or ``_NAME_REACH`` words; None when no
    such place."""
    words = statement_words(text)
    found: list[str] = []
    seen = False
    denied_at: set[int] = set()  # and up to what calls them false: "تصريحات رئيس ريفربلايت غير صادقة" (aawsat 0b6877d236)
    for k in range(len(words)):
        n = hit(words, k)
        if not n:
            continue
        if not seen:
            seen, denied_at = True, {m.span.start for m in denial_mentions(text)}
        span = words[k + n - 1][1]
        after = words[k + n : k + n + _NAME_REACH]
        if not after:
            continue
        end = after[-1][1].end
        for x, s in after:  # up to the first punctuation, or a word that opens what was said ("... بشأن رفضه")
            if regex.search(r"[^\p{L}\p{M}\s]", text[span.end : s.start]) or s.start in denied_at or (
                    about_at(x) and without_conjunction(x) not in _report_prepositions()):  # (not عن: "صدرت عن X")
                end = s.start
                break
        phrase = text[span.end : end].strip()
        if phrase:
            found.append(phrase)
    return tuple(found) if seen else None


@functools.lru_cache(maxsize=32768)  # each claim's cue and content: by its denials, then by the reports told
def denial_mentions(text: str, offset: int = 0, *, verbs_within: int | None = None, fused: bool = False) -> tuple[Mention, ...]:
    """The explicit denials in ``text`` (spans shifted by ``offset``): a denial verb that is not itself negated
    ("نفت الوزارة", not "لم ينف"), or a phrase that calls a claim false ("غير صحيح", "لا صحة لما تردد").
    ``verbs_within``: a denial verb counts only among the first so many words (a phrase anywhere).  ``fused``: a
    negator written onto the next word opens a phrase too ("شرطة مكة: لاصحة لسرقة جهاز صراف", alweeam a36f838250292),
    asked only of a statement held against a denial, to tell that both deny one thing; it makes no denier of others
    ("الأنباء المتداولة ... لاصحة لها" would deny statements of the Yemen war it does not deny)."""
    verbs, phrases = _denials()
    g = grammar()
    words = fused_apart(statement_words(text), _LA, _after_la()) if fused else statement_words(text)
    found: list[Mention] = []
    negators = g.verb_negators
    k = 0
    while k < len(words):
        w, span = words[k]
        hit = 0
        for i in sorted({i for f in bare_readings(w) for i in _denial_phrases_by_first().get(f, ())}):
            n = len(phrases[i])
            if tuple(x for x, _ in words[k : k + n])[1:] == phrases[i][1:]:
                hit = n
                break
        if hit:
            end = words[k + hit - 1][1].end
            found.append(Mention(text[span.start : end], Span(span.start + offset, end + offset)))
            k += hit
            continue
        forms = g.cue_forms(w, without_conjunction(w))
        negated = k > 0 and without_conjunction(words[k - 1][0]) in negators
        if not negated and (verbs_within is None or k < verbs_within) and any(fold(f.verb.lemma) in verbs for f in forms) \
                and not (verbs_within is not None and k + 1 < len(words) and _some_of_them(words[k + 1][0])):
            found.append(Mention(span.of(text), span.shift(offset)))
        k += 1
    return tuple(found)


@functools.cache
def _partitives() -> frozenset[str]:
    """attribution_words.tsv role ``partitive`` (بعض، معظم، أغلب), folded."""
    return frozenset(fold(r[0]) for r in read_rows("attribution_words.tsv", 2) if r[1] == "partitive")


def _some_of_them(word: str) -> bool:
    """Is a folded word a partitive with a pronoun (بعضهم، معظمهم) as a denial verb's subject: some of a group deny,
    and the content tells it ("إفادات المقبوض عليهم اختلفت، إذ أنكر بعضهم ظهوره في مقطع الفيديو، واعترف آخرون",
    alwatan a975735a7f566, 2015-07-22: no denial of the police's "المقبوض عليهم أرشدوا عن آخرين ظهروا في المقطع",
    judged different-claims M001, and of the arrested men's own admission, S006)?"""
    return any(word.endswith(p) and word[: len(word) - len(p)] in _partitives() for p in PRONOUN_SUFFIXES)


_LA = fold("\u0644\u0627")  # لا


@functools.cache
def _after_la() -> frozenset[str]:
    """The second words of the denial phrases that open with لا (لا صحة، لا أساس), folded."""
    return frozenset(p[1] for p in _denials()[1] if len(p) > 1 and p[0] == _LA)


def dispute_kind(claim: str, other: "str | Attribution", reasons: Sequence[str] = ()) -> str:
    """For two statements :func:`~claimtrack.relate` says contradict: ``denies`` when one of them explicitly
    denies and the other does not, ``disagrees`` when they differ on a figure, else ``contradicts``."""
    if isinstance(other, Attribution):
        other_denies = bool(denial_mentions(other.cue.text)
                            or denial_mentions(other.content.text, verbs_within=DENIAL_VERB_REACH))
    else:
        other_denies = bool(denial_mentions(other, verbs_within=DENIAL_VERB_REACH))
    if other_denies != bool(denial_mentions(claim, verbs_within=DENIAL_VERB_REACH)):
        return "denies"
    if any(r.startswith("conflicting") for r in reasons):
        return "disagrees"
    return "contradicts"

