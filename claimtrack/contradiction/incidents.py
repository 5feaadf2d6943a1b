"""Which incident a statement's figure tells: a past one ("وقد قتل آنذاك"، a year before the news, "بعد أيام على
مقتل"), a separate one ("وفي حادثة منفصلة"), another year than the other statement's; and what an event word is
(مقتل، انفجار، هجوم: no anchor of one event).  :func:`.places.figures_apart` asks these."""

from __future__ import annotations

import datetime as dt
import functools

import regex

from ..claims.approximators import approximator_at
from ..claims.quantities import find_quantities
from ..claims.stems import strip_clitics
from ..claims.units import named_units
from ..lexicon import read_rows
from ..lexicon.grammar import grammar
from ..lexicon.morph import TEH_MARBUTA, without_article, without_conjunction
from ..matching.story_terms import event_terms
from ..normalize import ascii_digits, fold
from ..spans import Span
from .measured import CLAUSE_PUNCTUATION_RE
from .statement_words import bare_readings, statement_words
from .scopes import scope_words

__all__ = ["causes_apart", "event_causes", "event_word", "further_incident", "listed_item", "named_years", "opening_anchor", "opens_turn", "past_event", "recalled_before", "reporting_verb", "separate_incident", "years_apart"]


# An event word written with a clitic or an ending its stem keeps (بانفجار، انفجارا، للهجوم) is still an event
# word: a term that holds one of at least this many letters.
_EVENT_STEM = 4


@functools.lru_cache(maxsize=65536)
def event_word(term: str) -> bool:
    if term.startswith("e:"):
        return False
    events = event_terms()
    return term in events or bool(named_units(term)) or any(
        len(e) >= _EVENT_STEM and e in term and len(term) - len(e) <= 2 for e in events)


# A year written in a statement: 19xx or 20xx, in any digits.
_YEAR_RE = regex.compile(r"(?<!\d)(?:19|20|١٩|٢٠)\d\d(?!\d)")


# A statement opening with "وكان" (folded) tells what had happened before the news: a past event, recalled.
_BACKGROUND_OPENINGS = frozenset({"\u0648\u0643\u0627\u0646", "\u0648\u0643\u0627\u0646\u062a"})  # وكان، وكانت


def reporting_verb(word: str) -> bool:
    """Is a folded word a reporting verb (أعلنت; its dual تحدثا)?  "وكانت الشرطة اعلنت الخميس مقتل 19 شخصا"
    (alriyadh 753f5d6f31) recalls an earlier report of the same event, its figure revised, not an event before."""
    g = grammar()
    if word in g.stopwords:
        return False  # a preposition spelt as a verb: "بين الثاني عشر والخامس والعشرين من تموز" (بيّن)
    return bool(g.cue_forms(word, word)) or (word.endswith(_ALEF) and bool(g.cue_forms(word[:-1], word[:-1])))


_ALEF = "\u0627"


# The endings of a separate word's feminine, dual and plural (folded): منفصلة، منفصلين، منفصلان.
_SEPARATE_ENDINGS = ("", "\u0647", "\u064a\u0646", "\u0627\u0646")


@functools.lru_cache(maxsize=8192)  # a statement is held against many others
def separate_incident(text: str, two: bool = False) -> bool:
    """Does a sentence tell its figures of an incident apart from the others of its report (place_scopes.tsv kind
    ``separate`` after an event noun, one adjective between at most: "وفي حادثة منفصلة ... قتل جندي تركي وجرح
    سبعة")?  ``two``: does it tell two incidents ("في حادثين مروريين منفصلين"), a dual or plural of the word.  Its
    tolls dispute no other statement's.  "في بيان منفصل" (a statement) and "بشكل منفصل" tell no incident."""
    words = scope_words("separate")
    said = statement_words(text)
    for k, (w, _) in enumerate(said):
        for f in bare_readings(w):
            ending = next((e for e in _SEPARATE_ENDINGS if f.endswith(e) and f[: len(f) - len(e)] in words), None)
            if ending is None or (two and ending not in _TWO_ENDINGS):
                continue
            if any(_event_noun(said[j][0]) for j in range(max(0, k - 2), k)):
                return True
    return False


# A list item's number opening an item of a statement: one digit, a dash, then a word ("1 - حادث استهداف المصلين"،
# "5-حادث"); not a date (4 / 8 / 1436), a range (20 - 25) or a score (2-1).
_ITEM_RE = regex.compile(r"(?<![\d/.\-])([1-9])\s?[-\u2013]\s?(?=\p{L})")


def listed_item(paragraph: str, end: int) -> bool:
    """Does a statement that ends at ``end`` in ``paragraph`` tell an item of a numbered list (an item numbered 1,
    then one numbered 2, in the paragraph, the statement reaching past the first)?  A ministry's statement lists its
    cases, each with its count: "وذلك وفق الآتي :- 1 - حادث استهداف المصلين بقرية الدالوه ... تم ضبط (97) ... 2 -
    الحادثان الآثمان ... وعددهم (190) مائة وتسعون موقوفاً" (alriyadh, 2015-07-22) are parts of the 431 arrested the
    statement opens with, not rival counts of them (judged part-vs-whole M021, M024, and P005, P061 against other
    outlets' 431)."""
    numbers = [(int(m.group(1)), m.start()) for m in _ITEM_RE.finditer(paragraph)]
    firsts = [at for k, (n, at) in enumerate(numbers) if any(m == n + 1 and later > at for m, later in numbers[k + 1 :])]
    return bool(firsts) and end > firsts[0]


@functools.lru_cache(maxsize=8192)  # a sentence holds several figures, each held against many others
def further_incident(sentence: str) -> bool:
    """Does a sentence tell its figures of one more incident beside its report's others: an event noun with
    "another" just after it (place_scopes.tsv kind ``another``: "غارة أخرى دمرت مدفع هاون عيار (120) وقتل 2 من
    طاقمه" beside a tank's three dead, alyaum ac26bc1b5aacd, 2015-08-02, judged other-event P049, P057, P033), or
    opening with an additive word and an event (kind ``further``: "كما قتل ستة أشخاص عندما فجرت انتحارية نفسها أمس
    في سوق في مايدوغوري" after a village raid's ten dead, aawsat a92b2ca8acbf7, 2015-08-01, judged other-event P019,
    P032; "كما نصب مقاتلو المقاومة الشعبية فجر أمس كمينين للثوار، أسفرا عن مصرع 24 انقلابيا")?  Not when a
    reporting verb follows the additive word: "كما أعلن المرصد مقتل ..." tells another's word, maybe of the same
    event.  Its tolls dispute no other statement's."""
    said = statement_words(sentence)
    if len(said) > 1 and said[0][0] in scope_words("further"):
        return not any(reporting_verb(f) for f in bare_readings(said[1][0]))
    another = scope_words("another")
    return any(k and any(f in another for f in bare_readings(w)) and _event_noun(said[k - 1][0])
               for k, (w, _) in enumerate(said))


@functools.lru_cache(maxsize=8192)  # a sentence holds several figures, each held against many others
def opens_turn(sentence: str) -> bool:
    """Does a sentence open with a phrase that turns to another item of its report (place_scopes.tsv kind
    ``turn``: "إلى ذلك، توفي شخص وأصيب 4 من عائلة إثر حادث انقلاب على طريق عرعر/سكاكا" under a lead on a bus crash near
    Khurais, okaz a2cbb562d2, 2015-07-31; "وفي سياق متصل"، "من جهة أخرى"), at its first word or just after a
    dateline ("سبق- الدمام: إلى ذلك")?  Such a sentence tells an item its article's lead does not."""
    said = statement_words(sentence)
    for k in range(min(len(said), _TURN_REACH)):
        if k and ":" not in sentence[said[k - 1][1].end : said[k][1].start]:
            continue
        for phrase in _turn_phrases():
            got = [w for w, _ in said[k : k + len(phrase)]]
            if len(got) == len(phrase) and phrase[0] in (got[0], without_conjunction(got[0])) and got[1:] == list(phrase[1:]):
                return True
    return False


# How far into its sentence a turn may open it: the words of a dateline before it ("سبق- الدمام:").
_TURN_REACH = 6


@functools.cache
def _turn_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in scope_words("turn"))


# The endings of a dual or plural separate word (منفصلين، منفصلان): two incidents.
_TWO_ENDINGS = ("\u064a\u0646", "\u0627\u0646")
# The endings an event noun may take before it: its feminine is listed; its dual (حادثين) is read here.
_EVENT_ENDINGS = ("", "\u064a\u0646", "\u0627\u0646")


def _event_noun(word: str) -> bool:
    """Is ``word`` (folded) an event noun of place_scopes.tsv (حادث، حادثة، هجوم), its dual, or a plural of one
    (kind ``events``, هجمات: "وقتل أربعة جنود أتراك وأصيب عشرات في هجمات منفصلة لحزب العمال الكردستاني", 2015-08-04,
    against one attack's two soldiers, judged part-vs-whole P005)?"""
    events, plurals = scope_words("event"), scope_words("events")
    return any(f in plurals or (f.endswith(e) and f[: len(f) - len(e)] in events)
               for f in bare_readings(word) for e in _EVENT_ENDINGS)


@functools.lru_cache(maxsize=8192)
def named_years(text: str) -> frozenset[int]:
    """The years a statement names (19xx, 20xx, in any digits)."""
    return frozenset(int(y) for m in _YEAR_RE.finditer(text) if (y := ascii_digits(m.group())))


def years_apart(a: str, b: str) -> bool:
    """Do two statements each name a year, and none in common?  Their figures are of two events, however alike
    (a list of past attacks: "- عام 1995 تفجير إرهابي بسيارة مفخخة بالرياض ... نحو ستين شخصاً" and "- عام 2004
    هجوم إرهابي بسيارة مفخخة على مبنى المرور بمدينة الرياض ... 148", aljazirah a99d113e00a03, 2015-07-22,
    judged other-event M000, P030, P038)."""
    ya, yb = named_years(a), named_years(b)
    return bool(ya and yb) and not ya & yb


@functools.lru_cache(maxsize=8192)
def past_event(text: str, published: dt.date | None = None) -> bool:
    """Does a statement tell its figure of a past event: a word that puts it back then (place_scopes.tsv kind
    ``past``: "وقد قتل آنذاك خمسة جنود أفغان"), or a year before the one it was published in ("وفي عام 2013 قتل
    أربعة مسلحين ... 67 شخصا")?"""
    words = scope_words("past")
    said = statement_words(text)
    if any(f in words for w, _ in said for f in bare_readings(w)) and not _risen(said):
        return True  # (a toll that rose is today's, of whatever day its event was: "عدد قتلى حادث غرق مركب في نهر
        # النيل بالقاهرة الأسبوع الماضي ارتفع إلى 38 قتيلا", aef0dfe20952c, 2015-07-25)
    if said and said[0][0] in _BACKGROUND_OPENINGS and not any(
            f in scope_words("total", "rise") or reporting_verb(f) for w, _ in said for f in bare_readings(w)):
        return True  # "وكانت انتحاريتان نفذتا تفجيرين أسفرا عن مقتل 13 شخصا" (aawsat ae188f4ad21a4): the attack before
    if published is None:
        return False
    return any(y < published.year for y in named_years(text))


def _risen(said: "list[tuple[str, Span]]") -> bool:
    """Does a statement give its figure as a toll that rose (place_scopes.tsv kind ``rise``, its feminine read in
    code: ارتفع، ارتفعت)?"""
    rise = scope_words("rise")
    return any(f in rise or f[:-1] in rise for w, _ in said for f in bare_readings(w))


@functools.lru_cache(maxsize=8192)  # a statement is held against many others
def recalled_before(text: str) -> bool:
    """Does a figure of ``text`` count an earlier event that the statement's own news came "after": a figure in the
    clause after a duration of durations.tsv kind ``after`` and a preposition ("ويأتي هجوم أمس الخميس بعد أيام على
    مقتل سبعة جنود", a89d95f196275, 2015-07-24; "بعد ثلاثة أيام على هجوم انتحاري في سوروتش ... وأسفر عن مقتل 32
    شخصا", a247a0f0bbbdb, 2015-07-23, judged other-event E000), or after a word of kind ``after`` that is a duration
    itself ("غداة": the day after; "وتأتي هذه الهجمات غداة مقتل 23 شخصا", a98b2d2a5bb20, 2015-07-23, judged
    other-event E001, P023; "غداة هجوم انتحاري أسفر عن 13 قتيلا", ae188f4ad21a4, 2015-07-26, P013)?  The clause ends
    at a punctuation mark: "وذلك غداة تبادل لإطلاق النار ... على الحدود، وأسفر القصف عن" goes back to the news.
    Such a figure disputes no other statement's, unless one revises the other (:func:`.places.figures_apart`)."""
    said = statement_words(text)
    after, units, whole = _after_words()
    g = grammar()
    for k in range(len(said) - 1):
        word = fold(without_conjunction(said[k][0]))
        if word in whole:
            return _figure_in_clause(text, said[k][1].end)
        if word not in after:
            continue
        j = k + 1 + approximator_at([w for w, _ in said[k + 1 : k + 1 + _APPROX_WORDS]])  # "بعد أقل من أسبوع من"
        if j + 1 < len(said) and fold(said[j + 1][0]) in units and find_quantities(said[j][0]):
            j += 1  # "بعد ثلاثة أيام على"
        if j + 1 < len(said) and fold(said[j][0]) in units and "preposition" in g.role(fold(said[j + 1][0])):
            return _figure_in_clause(text, said[j + 1][1].end)
    return False


# The most words an approximator takes (approximators.tsv: "ما لا يزيد على").
_APPROX_WORDS = 4


def _figure_in_clause(text: str, start: int) -> bool:
    """Is there a figure between ``start`` and the end of its clause (a punctuation mark)?"""
    stop = CLAUSE_PUNCTUATION_RE.search(text, start)
    end = stop.start() if stop else len(text)
    return any(q.span and start <= q.span.start < end for q in find_quantities(text))


@functools.cache
def _after_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """durations.tsv's words of kind ``after`` that open a duration (بعد), its units with their duals (أيام، يومين،
    أسبوعين), and its words of kind ``after`` that are a duration themselves (غداة: with their days), folded."""
    rows = read_rows("durations.tsv", 3)
    units = {fold(r[0]) for r in rows if r[1] == "unit"}
    duals = {(u[:-1] + fold("\u062a") if u.endswith(fold("\u0629")) else u) + e for u in units for e in _DUALS}
    return (frozenset(fold(r[0]) for r in rows if r[1] == "after" and not r[2]), frozenset(units | duals),
            frozenset(fold(r[0]) for r in rows if r[1] == "after" and r[2]))


_DUALS = ("\u064a\u0646", "\u0627\u0646")  # ين، ان: يومين، شهران


_IN = "\u0641\u064a"  # في
# How many words after an opening "وفي" may name where or when the statement's own incident is, before a punctuation
# mark ("وفي محافظة ديالى شمال شرق بغداد، قتل"; "وفي بورنو قتل مسلحين ثمانية أشخاص": up to the verb, in three).
_ANCHOR_WORDS = 3
_PUNCTUATION_RE = regex.compile(r"[^\p{L}\p{M}\p{N}\s]")  # (a figure is no stop: "وفي 12 يوليو الحالي")


@functools.lru_cache(maxsize=8192)
def opening_anchor(text: str) -> str:
    """The words a statement opens on after "وفي" or "في" (up to a punctuation mark, at most three): where or when the
    incident it tells is, when it shifts to one of its own as a digest does ("وفي بورنو قتل مسلحين ثمانية أشخاص"،
    "وفي مطلع الشهر الحالي، قتل 33 شخصًا"); "" when it opens otherwise.  Whether the words name a place or a time
    (not "في غضون ذلك") is for the caller to ask."""
    words = statement_words(text)
    if len(words) < 2 or without_conjunction(words[0][0]) != _IN:
        return ""
    start = end = words[0][1].end
    for w, span in words[1 : 1 + _ANCHOR_WORDS]:
        if _PUNCTUATION_RE.search(text[end : span.start]):
            break
        end = span.end
    return text[start:end].strip()


# The endings read on a word of event_causes.tsv (folded): a feminine's plural and dual on its stem (غارات، قنبلتين);
# any other word's accusative, plurals, duals, nisba and a verb's persons (انتحاريا، انتحارية، صاروخين، قصفت، قصفوا).
_FEMININE_ENDINGS = ("\u0647", "\u0627\u062a", "\u062a\u064a\u0646", "\u062a\u0627\u0646")  # ه، ات، تين، تان
_OTHER_ENDINGS = ("", "\u0627", "\u0627\u062a", "\u064a\u0646", "\u0627\u0646", "\u0648\u0646", "\u0648\u0627", "\u062a",
                  "\u0647", "\u064a\u0647", "\u064a\u0627", "\u064a\u064a\u0646", "\u062a\u064a\u0646", "\u062a\u0627\u0646")


# An explosion (انفجار) is a bomb's or a shell's: it shares a cause with both.
_BLAST = ("bomb", "strike")
# A fire may be one's too: "حريقا اندلع في النقطة وأسفر عن مقتل 14 جنديا" is the US air strike's toll on the Logar
# checkpoint (a8c2c61f1f09e, 2015-07-21), which other outlets give as its dead; it is no car crash's.
_FIRE = ("fire",) + _BLAST
# An attack (هجوم، اعتداء) is told by any of the causes of violence, never by an accident's: what a statement
# that names no other cause names (the fishermen's "هجوم" is their slaughter's, ذبحا بالسكين).
_ATTACK = frozenset({"blade", "bomb", "gunfire", "strike"})


@functools.cache
def _cause_forms() -> dict[str, dict[str, frozenset[str]]]:
    """event_causes.tsv, read: each inflected form of a first word (folded) -> the word after it that the phrase needs
    ("" for none) -> its causes."""
    found: dict[str, dict[str, set[str]]] = {}
    feminine = fold(TEH_MARBUTA)
    for row in read_rows("event_causes.tsv", 2):
        cause = row[1]
        first, _, second = fold(row[0]).partition(" ")
        if first.endswith(feminine):
            forms = [first[:-1] + e for e in _FEMININE_ENDINGS]
        else:
            forms = [first + e for e in _OTHER_ENDINGS]
        for f in forms:
            found.setdefault(f, {}).setdefault(without_article(second), set()).update(
                _BLAST if cause == "blast" else _FIRE if cause == "fire" else (cause,))
    return {f: {s: frozenset(c) for s, c in after.items()} for f, after in found.items()}


def _readings(word: str) -> set[str]:
    """A folded word's readings without its clitics and its article (بالسكين: سكين; وبقصف: قصف)."""
    forms = {*bare_readings(word), strip_clitics(word)}
    return forms | {without_article(f) for f in forms}


@functools.lru_cache(maxsize=8192)  # a statement is held against many others
def event_causes(text: str) -> frozenset[str]:
    """The causes of death or harm a statement names (event_causes.tsv: bomb, strike, gunfire, blade, crash, and the
    disasters)."""
    table = _cause_forms()
    words = [w for w, _ in statement_words(text)]
    found: set[str] = set()
    for k, w in enumerate(words):
        for f in _readings(w):
            after = table.get(f)
            if after is None:
                continue
            found.update(after.get("", ()))
            if k + 1 < len(words):
                nxt = _readings(words[k + 1])
                found.update(c for second, causes in after.items() if second and second in nxt for c in causes)
    if "attack" in found:
        found.discard("attack")
        return frozenset(found) or _ATTACK
    return frozenset(found)


def causes_apart(a: str, b: str) -> bool:
    """Do two statements each name how their toll came about (:func:`event_causes`), and no cause in common?  Then they
    tell two events of one war, whatever place and actors they share: Boko Haram's suicide bomber "في سوق مكتظة
    بمدينة مايدوجوري" (ac9d106fcbba7) and its fighters who killed ten fishermen "ذبحا بالسكين" near Baga (a02a9f06f2a2d,
    2015-07-31, judged other-event P013, P021, P025), the coalition's "غارات" on al-Mokha and "اشتباكات عنيفة" in Marib
    (ac2c4c0ffd9e6 / abd87e7420ba7, 2015-07-26, P046), "المواجهات" at al-Anad and the Houthis' "قصف" of Dar Saad
    (abd9a74773748 / a1313b39a69a9, 2015-07-27, P021).  A statement that names no cause is held apart by none."""
    ca, cb = event_causes(a), event_causes(b)
    return bool(ca and cb) and not ca & cb
