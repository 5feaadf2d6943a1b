"""Which places inside a country a statement names (a name after a head: منطقة خارف، محافظة مأرب; a city by its
name), and whether two statements are placed apart by them: two tolls that each name a place the other does not
are of two events, whatever country and actors they share."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from ..claims import claim_key
from ..claims.units import named_units
from ..claims.stems import strip_clitics
from ..geography import country_of
from ..lexicon.aliases import aliases
from ..lexicon.grammar import grammar
from ..lexicon.morph import DEFINITE, YEH, definite_word, without_conjunction
from ..models import Article, Attribution
from ..spans import Span
from ..normalize import fold
from .denied import LeadTexts
from .statement_words import bare_readings, statement_words
from .incidents import event_word
from .scopes import scope_words

__all__ = ["localities", "localities_apart", "names_one_of", "one_named_locality", "placed_apart", "placed_text", "places_by_name",
           "without_references"]


@functools.cache
def _place_name_forms() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """A place alias of one word without its article (تركيا، سعودية، سورية) -> its place; and the aliases of
    several words (الولايات المتحدة), folded, each with its place."""
    rows = [(fold(a.alias), a.canonical) for a in aliases() if a.type == "place"]
    return ({strip_clitics(w): c for w, c in rows if " " not in w}, tuple((w, c) for w, c in rows if " " in w))


# a content is held against the many others of its date window (at 20,000 articles, a smaller cache missed a third)
@functools.lru_cache(maxsize=65536)
def places_by_name(text: str) -> frozenset[str]:
    """The places a text names by their names: a place's word (في تركيا، جنوب شرقي تركيا، لليبيا) that is no
    adjective after a definite noun (العائلات السعودية، الحدود السورية), and names of several words; not a
    nationality (الطيران التركي، اللاعب البرازيلي، شرطيين تركيين)."""
    single, several = _place_name_forms()
    words = [w for w, _ in statement_words(text)]  # folded already
    found = {single[bare] for k, w in enumerate(words) if (bare := strip_clitics(w)) in single
             and not (k and definite_word(w) and definite_word(words[k - 1]) and words[k - 1] not in grammar().stopwords)}
    folded = " ".join(words) + " "
    # (where a word ends: "في كابل" is no part of "في كابلات الكهرباء")
    return frozenset(found | {c for w, c in several if w + " " in folded})


def placed_apart(a: Attribution, b: Attribution, articles: Mapping[str, Article], leads: LeadTexts) -> bool:
    """Are two statements of two articles placed in two places inside a country, each by the places its sentence
    names (:func:`localities`), or, naming none, by those of its article's lead, and neither names a place of the
    other?  A toll needs the same place on both sides: "مقتل 18 مدنيا ... في ناحية هبهب" (ad08bc73474d7) and
    "المستشفى استقبل صباح أمس «تسع جثث لمواطنين ...»" under "القوات العراقية تستعيد منطقتين شمال شرقي الرمادي"
    (ae37dafde0111, 2015-07-22) are two places of one war (judged other-place E009, P012; so E016, M022 there and
    P001, P018 of 2015-07-26).  A statement that points back to an event told before it ("جراء تلك الهجمات") is not
    placed by its lead: the lead may tell another event (ab2eb4e1f1a20, 2015-08-03, leads with an attack in Agri)."""
    where = []
    placed_by_own = []
    for x in (a, b):
        own = without_references(f"{_sentence(x, articles[x.article])} \u060c {x.source.text}")
        placed_by_own.append(any(localities(own)))
        if placed_by_own[-1]:
            where.append(own)
        elif _points_back(x.content.text):
            return False
        else:
            where.append(without_references(leads[x.article]))
    la, lb = localities(where[0]), localities(where[1])
    if not (any(la) and any(lb)) or names_one_of(where[0], lb) or names_one_of(where[1], la):
        return False
    # a sentence that names its own place, a district and no city ("حاكم منطقة بركي براك حيث حصلت الغارة"), under a
    # lead that places the event in the other's place and nowhere else ("في ولاية لوغار"): the district is in that
    # province (a city named, "وفي مدينة الموصل", under a lead on Baghdad is another place)
    # (alriyadh 2ad06f9dc9 / aawsat 9ba16d8e96, 2015-07-21: the district governor's ten soldiers and the army
    # commander's eight, real_disputes2 E1-021)
    return not any(own and not mine[1] and _lead_places_only(leads[x.article], other)
                   for x, own, mine, other in ((a, placed_by_own[0], la, lb), (b, placed_by_own[1], lb, la)))


def _lead_places_only(lead: str, places: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Does a lead name one of ``places`` (:func:`localities`) and no other place inside a country?"""
    text = without_references(lead)
    names, cities = localities(text)
    return bool(names or cities) and names <= places[0] and cities <= places[1] and names_one_of(text, places)


@functools.lru_cache(maxsize=8192)
def without_references(text: str) -> str:
    """``text`` with each place named a distance away (a distance, a compass point of place_scopes.tsv kind
    ``bearing``, its nisba شمالي, two in a row) blanked out, its length kept: a point of reference, not where the
    event is ("في سوق ببلدة بني سعد 35 كيلومترا شمال شرقي بغداد" is in Bani Saad, not in Baghdad)."""
    bearings = scope_words("bearing")

    def bearing(word: str) -> bool:
        return any(f in bearings or (f.endswith(YEH) and f[:-1] in bearings) for f in _forms(word))

    words = statement_words(text)
    out = list(text)
    k = 0
    while k < len(words):
        w = words[k][0]
        if not bearing(w) or not (k and _DISTANCE in named_units(words[k - 1][0])):
            k += 1  # (only a distance away: "ضاحية دار سعد شمال مدينة عدن" is in Aden, "في شمال سوريا" in Syria)
            continue
        j = k + 1
        while j < len(words) and bearing(words[j][0]):
            j += 1
        if j < len(words):
            span = words[j][1]
            out[span.start : span.end] = " " * (span.end - span.start)
        k = j + 1
    return "".join(out)


_DISTANCE = "km"  # the unit (units.tsv) of "35 كيلومترا شمال شرقي بغداد"


def _sentence(a: Attribution, article: Article) -> str:
    return a.sentence.of(article.text)


@functools.lru_cache(maxsize=8192)
def _points_back(text: str) -> bool:
    """Does a statement point back to an event told before it: a demonstrative (particles.tsv) before an event word
    ("جراء تلك الهجمات"، "هذا الهجوم")?"""
    g = grammar()
    words = [w for w, _ in statement_words(text)]
    return any("demonstrative" in g.role(without_conjunction(w)) and any(event_word(t) for t in claim_key(nxt).ordered)
               for w, nxt in zip(words, words[1:]))


def placed_text(a: Attribution) -> str:
    """A statement with its source, which may name the place ("جول محمد بيدار نائب حاكم إقليم باداخشان")."""
    return f"{a.content.text} \u060c {a.source.text}" if a.source.text else a.content.text


def localities_apart(a: str, b: str) -> bool:
    """Does each of two statements name a place inside a country that the other does not name: a name after a
    noun of place_scopes.tsv kind ``locality`` or ``seat`` (منطقة خارف، مدينة الضالع، محافظة مأرب، جبهة
    الجفينة), or a city by its name (تعز، الفلوجة)?  Then their figures are of two events, whatever country and
    actors they share: "مقتل ثمانية عشر حوثياً ... في مدينة الضالع" (alyaum aac3cb16565bc) and "25 حوثياً قتلوا
    ... بمدينة مأرب" (alyaum ae3981da6f671) are two battles of one war.  A statement that names no such place
    (the running total, "تلك المواجهات") is held apart by no locality."""
    la, lb = localities(a), localities(b)
    if not (la[0] or la[1]) or not (lb[0] or lb[1]):
        return False
    if not names_one_of(a, lb) and not names_one_of(b, la):
        return True
    # each names a place of its own beside the one they share: "مدينة المخأ بمحافظة تعز" and "محافظة مأرب ومدينة
    # تعز" (aljazirah abd87e7420ba7 / alriyadh ac2c4c0ffd9e6, 2015-07-26) are two events in one province
    return _names_beyond(la, b) and _names_beyond(lb, a)


# A place's name is no adjective of its head: "منطقة سكنية"، "مدينة صناعية" (a nisba: folded ending يه).  A definite
# word after an indefinite head agrees with it in nothing: it is the head's genitive, the place's name, nisba-like or
# not ("في منطقة الطارمية شمالي بغداد", aleqtisadiya a5ea9d59263b8, 2015-07-23: judged other-place P052, E008).
_NISBA = "\u064a\u0647"  # YEH, HEH (TEH MARBUTA folded)


@functools.lru_cache(maxsize=8192)  # a statement is held against many others
def localities(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names a statement gives places inside a country: the word after an indefinite head of kind locality
    or seat (its readings without clitics and article), and the cities it names by name."""
    heads = scope_words("locality", "seat")
    heads_of_locality = scope_words("locality")
    actors = scope_words("actor")
    words = statement_words(text)
    stop = grammar().stopwords
    names: set[str] = set()
    around = _outskirts_at(words)
    for k, (w, _) in enumerate(words[:-1]):
        if k in around:  # "ريف حلب": the country around Aleppo, one name of two words
            names.add(_outskirts_name(words, k))
            continue
        forms = bare_readings(w)
        if not any(f in heads for f in forms) or any(f.startswith(DEFINITE) and f[2:] in heads for f in forms):
            continue  # (no head, or the definite one: "المحافظة" refers back to a place, names none)
        name = words[k + 1][0]
        if any(f"{f} {g}" in actors for f in forms for g in bare_readings(name)):
            continue  # "جبهة النصرة" names a party to the war (kind actor), not a front
        if k + 2 < len(words) and any(f in heads for f in bare_readings(name)):
            name = words[k + 2][0]  # "منطقة جبل يسوف": the name after the second head
        if name in stop or (name.endswith(_NISBA) and not definite_word(name)) or not name[:1].isalpha():
            continue
        district = _district_after(words, k, heads_of_locality)
        if district:
            names.add(district)
            continue
        names.update(_forms(name))
    # (a city named only as what is around it is none of the cities the statement names: "ريف حلب" is not حلب)
    named = places_by_name(" ".join(w for k, (w, _) in enumerate(words) if k - 1 not in around)) if around \
        else places_by_name(text)
    cities = frozenset(p for p in named if (c := country_of(p)) and c != p)
    return frozenset(names), cities


def _outskirts_at(words: "list[tuple[str, Span]]") -> frozenset[int]:
    """The positions of the words of place_scopes.tsv kind ``outskirts`` (ريف، بريف) followed by a word."""
    heads = scope_words("outskirts")
    return frozenset(k for k, (w, _) in enumerate(words[:-1]) if any(f in heads for f in bare_readings(w)))


def _outskirts_name(words: "list[tuple[str, Span]]", k: int) -> str:
    """The name of the country around a place, as :func:`localities` gives it: the head without its clitics, a
    space and the place's word without its clitics and article ("بريف حلب" -> "ريف حلب")."""
    head = next(f for f in bare_readings(words[k][0]) if f in scope_words("outskirts"))
    return f"{head} {strip_clitics(words[k + 1][0])}"


def _district_after(words: "list[tuple[str, Span]]", k: int, heads_of_locality: frozenset[str]) -> str:
    """The name of a district called after its city, read whole after a head of kind ``locality`` at ``k``: a
    place named by its name, then a definite adjective that is no nisba ("منطقة بغداد الجديدة"، "حي بغداد
    الجديدة": a district of Baghdad, not Baghdad; aleqtisadiya a5ea9d59263b8, 2015-07-23, where it is told beside
    "منطقة الطارمية شمالي بغداد" and "بلدة مندلي", judged other-place P052, P024, and aljazirah a12c8029ae1d2,
    2015-07-22, "مدينة بعقوبة شمال شرقي بغداد", E012); "" when the words after the head are no such name.  The
    two words, folded and joined by a space, without the name's clitics."""
    if k + 2 >= len(words) or not any(f in heads_of_locality for f in bare_readings(words[k][0])):
        return ""
    name, adjective = words[k + 1][0], words[k + 2][0]
    if not places_by_name(name) or not adjective.startswith(DEFINITE) or adjective.endswith(_NISBA) \
            or adjective in grammar().stopwords:
        return ""
    return f"{strip_clitics(name)} {adjective}"


def _forms(word: str) -> tuple[str, ...]:
    forms = bare_readings(word)
    return forms + tuple(f[2:] for f in forms if f.startswith(DEFINITE) and len(f) > 4)


def _names_beyond(places: tuple[frozenset[str], frozenset[str]], text: str) -> bool:
    """Does one of ``places`` (:func:`localities`), named after its head, go unnamed in ``text``?"""
    said = _said_forms(text)
    names, cities = places
    return any(not _names_district(text, n) if " " in n else not set(_forms(n)) & said for n in names if len(n) > 2) \
        or bool(cities - places_by_name(text))


@functools.lru_cache(maxsize=8192)  # a statement is held against many others'
def _said_forms(text: str) -> frozenset[str]:
    """Every reading of every word of ``text`` (:func:`_forms`): what it names of a place, with or without ال; not
    the place after a word of kind ``outskirts`` ("ريف حلب" says nothing of Aleppo itself)."""
    words = statement_words(text)
    around = _outskirts_at(words)
    return frozenset(f for k, (w, _) in enumerate(words) if k - 1 not in around for f in _forms(w))


def names_one_of(text: str, places: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Does ``text`` name one of ``places`` (:func:`localities`), with or without its head?"""
    names, cities = places
    return bool(names & _said_forms(text)) or any(_names_district(text, n) for n in names if " " in n) \
        or bool(cities & places_by_name(text))


def one_named_locality(a: str, b: str) -> bool:
    """Does one statement name a district called after its city (:func:`_district_after`: "منطقة بغداد الجديدة"، "حي
    بغداد الجديدة"), and the other name it too, with or without its head?  Such a name says which event a figure is
    of as surely as a rare name: the Interior Ministry's source's "تفجير سيارة مفخخة ... منطقة بغداد الجديدة"
    (alriyadh ba497f79e9) and its "حصيلة تفجير السيارة المفخخة في بغداد الجديدة، شرقي بغداد، ارتفعت من جديد"
    (aljazirah 3bfe40c71d, 2015-07-22: real_disputes2 E1-033) tell one bombing, though their leads share no rare
    word.  A name of one word after its head is not enough: "منطقة الباحة" is a province, and two shellings of "حي
    الجمهوري" in Aden, or two of "محافظة الطوال" in Jazan, are two events (2015-07-23, 07-25, 07-31, read in the
    thirty-first session)."""
    for x, y in ((a, b), (b, a)):
        districts = frozenset(n for n in localities(x)[0] if " " in n and n.split(" ", 1)[0] not in scope_words("outskirts"))
        if districts and names_one_of(y, (districts, frozenset())):
            return True
    return False


@functools.lru_cache(maxsize=8192)
def _folded_words(text: str) -> str:
    """The folded words of ``text``, each without its clitics, joined by spaces, with a space on either side."""
    return " " + " ".join(strip_clitics(w) for w, _ in statement_words(text)) + " "


def _names_district(text: str, district: str) -> bool:
    """Does ``text`` name a district of two words (:func:`_district_after`), its adjective with its article, or the
    country around a place (:func:`_outskirts_name`)?"""
    name, adjective = district.split(" ", 1)
    if name in scope_words("outskirts"):
        words = statement_words(text)
        return any(_outskirts_name(words, k) == district for k in _outskirts_at(words))
    return f" {name} {strip_clitics(adjective)} " in _folded_words(text)

