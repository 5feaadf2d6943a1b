"""Whether a toll is of the whole event another toll counts: the toll of one locality the total's wider place holds,
a part of the toll its statement gives as such (one village of three, one raid of several, the wounded moved
elsewhere), or the toll of several events.  :mod:`.figures` holds no such pair as a dispute."""

from __future__ import annotations

import functools

import regex

from ..claims import claim_key
from ..claims.quantities import single_number_words
from ..geography import named_places
from ..lexicon.morph import ALEF, HAMZA, HEH, PRONOUN_SUFFIXES, TEH, TEH_MARBUTA, WAW, YEH, without_article
from .measured import measured_figures
from .noun_counts import DUAL_ENDINGS
from .scopes import place_scopes, scope_words
from .statement_words import bare_readings, statement_words

__all__ = ["event_nouns", "part_of_total", "several_events", "told_as_part"]


def part_of_total(small: str, large: str) -> bool:
    """Is the smaller figure's statement the toll of a locality (حي لوملي، قرية زركال: place_scopes.tsv) that
    the larger one does not name, and the larger a running total (حصيلة) of a wider place it names (وسط
    نيبال): a part of the whole, no dispute.  A total that names no place ("حصيلة الهجوم ارتفعت إلى 32") is
    of the same place as the locality's toll ("انفجارا في بلدة سروج ... أسفر عن مقتل 30")."""
    scopes = place_scopes()
    large_words = statement_words(large)
    if not any(scopes.get(f) == "total" for w, _ in large_words for f in bare_readings(w)) \
            or not named_places(claim_key(large)):
        return False
    named = {f for w, _ in large_words for f in bare_readings(w)}
    words = statement_words(small)
    # a head after ب and ال is read without both ("وتم انتشال 13 جثة على الأقل بالقرية", alriyadh ab043d84a6477,
    # 2015-07-31: one village of the landslides whose toll "ارتفعت ... وسط نيبال إلى 28", judged part-vs-whole P002)
    return any(scopes.get(f) in _PART_HEADS and k + 1 < len(words) and not set(bare_readings(words[k + 1][0])) & named
               for k, (w, _) in enumerate(words) for f in {without_article(r) for r in bare_readings(w)})


# The heads of a place the smaller figure's statement names, the larger not: a locality (حي لوملي) or a town
# ("عملية استباقية نوعية بمدينة سجنان من ولاية بنزرت": 13 of the 16 of "سلسلة عمليات ... في منطقة بنزرت",
# alriyadh a466f8f1ba326 / aljazirah aa325b9dfab02, 2015-07-26).
_PART_HEADS = frozenset({"locality", "seat"})


def told_as_part(small: str) -> bool:
    """Does the smaller figure's statement give it as a part of the event's toll (place_scopes.tsv kind ``part``:
    "في كيلوا وحدها، قتلوا سبعة اشخاص" of Boko Haram's raids on three villages, aawsat ac115da204847)?  A number word
    of that kind is one of several events only before an event noun ("إحدى الغارات"): "على إحدى طرق منطقة جازان"
    is where one accident was (aleqtisadiya 932798a98b, 2015-07-28: its three wounded were held against no other
    account's five, real_disputes2 E1-023)."""
    parts, moved = scope_words("part"), _moved_forms()
    ones = single_number_words()[0]
    events = event_nouns()
    words = statement_words(small)
    for k, (w, _) in enumerate(words):
        for f in bare_readings(w):
            if _without_pronoun(f) in moved:
                return True
            if f in parts and not (f in ones and not (k + 1 < len(words) and events & set(bare_readings(words[k + 1][0])))):
                return True
    return False


@functools.cache
def _moved_forms() -> frozenset[str]:
    """The words of place_scopes.tsv kind ``moved`` with the feminine perfect of a verb in ى (أخلى: أخلت)."""
    words = scope_words("moved")
    return words | {w[:-1] + TEH for w in words if w.endswith(YEH)}


def _without_pronoun(word: str) -> str:
    """A folded verbal noun without a pronoun after it, its hamza back on the line (إخلاؤهم -> إخلاء)."""
    for suffix in PRONOUN_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 4 and stem[-2] == ALEF and stem[-1] in _HAMZA_SEATS:
            return stem[:-1] + HAMZA
    return word


_HAMZA_SEATS = WAW + YEH  # a hamza carried before a pronoun (إخلاؤهم، إخلائهم), folded


@functools.lru_cache(maxsize=8192)  # an article's lead, asked for each of its figures' pairs
def several_events(text: str) -> bool:
    """Does ``text`` tell a toll of two events (a dual of an event noun of place_scopes.tsv: "جراء انفجارين،
    أحدهما في موقع للشرطة العسكرية والآخر لغم"), against one of them ("عملية انتحارية استهدفت مركزا للدرك")?
    Or of more: a plural of one in the clause of a figure that names two places or more ("قتل اكثر من 50 شخصا ...
    في هجمات مفترضة لحركة بوكو حرام في الكاميرون ونيجيريا", aljazirah ae2bb82e35898, 2015-07-24; kind ``events``
    for a broken plural, the sound plural read here).  Not "ثمانية مدنيين ... قتلوا جراء تلك الهجمات" (the one
    wave of strikes whose toll Kurdistan's authorities put at six, 2015-08-03, judged disagrees P013, P054), nor
    "the attacks" condemned past a comma ("«11 شخصا قتلوا ...»، مدينا الهجمات", a24723722b31c)."""
    words = [set(bare_readings(w)) for w, _ in statement_words(text)]
    if any(f & _event_duals() for f in words):
        return True
    plurals = _event_plurals()
    for q, _ in measured_figures(text):
        if q.span is None:
            continue
        clause = text[q.span.end :]
        if (stop := _CLAUSE_END_RE.search(clause)) is not None:
            clause = clause[: stop.start()]
        if any(set(bare_readings(w)) & plurals for w, _ in statement_words(clause)) \
                and len(named_places(claim_key(clause))) >= 2:
            return True
    return False


@functools.cache
def event_nouns() -> frozenset[str]:
    """The event nouns of place_scopes.tsv (kind ``event``) and their plurals (غارة، غارات، هجمات)."""
    return _event_plurals() | scope_words("event")


def _event_stems() -> tuple[tuple[str, str], ...]:
    """Each event noun of place_scopes.tsv with its stem before a dual or plural ending (غاره: غارت، غار)."""
    return tuple((w[:-1] + TEH, w[:-1]) if w.endswith((TEH_MARBUTA, HEH)) else (w, w) for w in scope_words("event"))


@functools.cache
def _event_duals() -> frozenset[str]:
    """The duals of the event nouns of place_scopes.tsv (انفجارين، غارتين)."""
    return frozenset(d + e for d, _ in _event_stems() for e in DUAL_ENDINGS)


@functools.cache
def _event_plurals() -> frozenset[str]:
    """The plurals of the event nouns of place_scopes.tsv (غارات، تفجيرات; هجمات of kind ``events``)."""
    return frozenset({p + _FEMININE_PLURAL for _, p in _event_stems()} | scope_words("events"))


_CLAUSE_END_RE = regex.compile(r"[،,.؛:»\"]")  # what ends a figure's clause
_FEMININE_PLURAL = "\u0627\u062a"  # ات: غارات، تفجيرات
