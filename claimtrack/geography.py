"""Places a claim is about: countries, cities and regions, by name or nisba adjective (روسيا، الليبي).

One copy of the place logic, below matching and contradiction: which places a claim names, which country a
city lies in (``data/cities.tsv``), which places span several countries (``data/regions.txt``), when two
claims are about different places, and the fallback to the speaker's country when a claim names none.
"""

from __future__ import annotations

import functools

from .claims import ClaimKey, claim_key
from .claims.entities import nisba_place
from .claims.stems import strip_clitics
from .lexicon.morph import LAM
from .lexicon import read_rows, read_words
from .lexicon.grammar import grammar
from .lexicon.aliases import aliases
from .normalize import fold, fold_line

__all__ = ["cities", "city_conflict", "claim_countries", "countries", "country_conflict", "country_of", "is_country",
           "is_media_noun", "named_places", "nisba_place", "places_differ", "short_form_places", "speaker_part"]


@functools.cache
def _place_set() -> frozenset[str]:
    return frozenset(a.canonical for a in aliases() if a.type == "place")


@functools.cache
def _regions() -> frozenset[str]:
    return frozenset(read_words("regions.txt"))


@functools.cache
def _city_country() -> dict[str, str]:
    return {r[0]: r[1] for r in read_rows("cities.tsv", 2)}


def is_country(place: str) -> bool:
    """Is a canonical place a country that data/cities.tsv places cities in (مصر، تركيا), not a city or a seat (طبرق)?"""
    return place in _countries()


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(_city_country().values())


def country_of(place: str) -> str | None:
    """The country a place stands for: a city's country (جدة -> السعودية), a country itself, None for a region
    (الخليج) that spans several."""
    if place in _regions():
        return None
    return _city_country().get(place, place)


# Keyed by claim key: bound above the claims of a whole archive (84,000 at 20,290 real articles), as pairs ask again.
@functools.lru_cache(maxsize=131072)
def named_places(key: ClaimKey) -> frozenset[str]:
    """Places a claim names, by name or nisba adjective (روسيا، الليبي)."""
    return frozenset(key.places) | {f[2:] for f in key.ordered if f.startswith("e:") and f[2:] in _place_set()}


@functools.lru_cache(maxsize=131072)
def cities(key: ClaimKey) -> frozenset[str]:
    """Cities a claim names (data: cities.tsv)."""
    return frozenset(p for p in named_places(key) if p in _city_country())


@functools.lru_cache(maxsize=131072)
def countries(key: ClaimKey) -> frozenset[str]:
    """Places a claim is about, also through its entities (الجيش التونسي -> تونس); a city counts as its
    country (جدة -> السعودية)."""
    parent = _city_country()
    places = {parent.get(p, p) for p in named_places(key) if p not in _regions()}
    for entity in key.entities:  # "الجيش التونسي" -> تونس
        if entity in _place_set():
            continue  # "الكونغو الديمقراطية" is one country, not also الكونغو
        for word in fold(entity).split():
            place = nisba_place(word)
            if place and place not in _regions():
                places.add(parent.get(place, place))
    return frozenset(places)


def claim_countries(key: ClaimKey, source: str, context: str = "") -> frozenset[str]:
    """The countries a claim is about: its content's, or its source's when the content names none.  (A
    union of the two would merge aid "إلى ليبيا" from a Tunisian minister with aid to the Tunisian border
    from another; the cost is that a content naming a company's nationality, "مرافئ الخليج القطرية",
    keeps it apart from the same claim by the Djiboutian minister.)  ``context``, the claim's article, tells
    which country a short form (المملكة) stands for (:func:`short_form_places`)."""
    own = countries(key) | (short_form_places(key, context) if context else frozenset())
    if own or not source:
        return own
    return countries(claim_key(speaker_part(source)))


@functools.lru_cache(maxsize=8192)
def speaker_part(source: str) -> str:
    """A source mention without the outlet its words were given to (ل + a noun of adjuncts.tsv kind ``media``):
    "موظف في ادارة المساعدة واعادة الاسكان في وزارة الشؤون الاجتماعية لوكالة الصحافة الفرنسية" is a Burmese
    official, not a French one (real_disputes D2-044: his 46 dead of Burma's floods against 50)."""
    words = source.split()
    for k, word in enumerate(words):
        folded = fold(word)
        if k and folded.startswith(LAM) and (is_media_noun(folded[1:]) or is_media_noun(folded)) \
                and not _heads_it(words[:k]):
            return " ".join(words[:k])
    return source


# At most this many words of an office before "لوكالة" head the outlet: "المدير العام لوكالة الأنباء القطرية" is the
# agency's own head, who speaks for it.
_HEAD_REACH = 2


def _heads_it(before: list[str]) -> bool:
    """Is what stands before an outlet an office that heads it: at most :data:`_HEAD_REACH` words, the first of
    sources.tsv kind official (مدير، رئيس)?"""
    return len(before) <= _HEAD_REACH and grammar().kind_of_word(strip_clitics(fold(before[0]))) == "official"


def is_media_noun(word: str) -> bool:
    """Is a folded word (its clitics aside) a noun of an outlet (adjuncts.tsv kind ``media``: صحيفة، وكالة، قناة)?"""
    return word in _media_nouns() or strip_clitics(word) in _media_nouns()


@functools.cache
def _media_nouns() -> frozenset[str]:
    return frozenset(fold(r[0]) for r in read_rows("adjuncts.tsv", 2) if r[1] == "media")


@functools.cache
def _full_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each head of data/place_heads.txt, folded -> (full name, folded, country) of each place alias it begins."""
    heads = {fold(h) for h in read_words("place_heads.txt")}
    out: dict[str, list[tuple[str, str]]] = {h: [] for h in heads}
    for a in aliases():
        words = fold(a.alias).split()
        if a.type == "place" and len(words) > 1 and words[0] in heads:
            out[words[0]].append((" ".join(words), a.canonical))
    return {h: tuple(v) for h, v in out.items()}


@functools.lru_cache(maxsize=4096)
def short_form_places(key: ClaimKey, context: str) -> frozenset[str]:
    """The countries a head of data/place_heads.txt standing alone in a claim (ضد المملكة) stands for: the one
    country ``context`` (its article) names by a full name beginning with that head (المملكة العربية السعودية);
    nothing when it names none or several (المملكة المتحدة too)."""
    # the head with a clitic too (بالمملكة، للمملكة), never the indefinite head of another name (مملكة البحرين)
    heads = [h for h in _full_names()
             if any(w.endswith(h[1:]) and strip_clitics(w) == strip_clitics(h) for w in key.words)]
    if not heads:
        return frozenset()
    folded = _folded_article(context)
    out: set[str] = set()
    for head in heads:
        named = {country for name, country in _full_names()[head] if name in folded}
        if len(named) == 1:
            out |= named
    return frozenset(out)


@functools.lru_cache(maxsize=64)
def _folded_article(text: str) -> str:
    """An article's text folded, its spaces made single: once per article, whatever the number of its claims
    (:func:`fold_line`: a whole article would only churn :func:`fold`'s cache of words)."""
    return " ".join(fold_line(text).split())


def places_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two claims name places, neither naming one of the other's ("ينفي الجيش التونسي وجود قواعد في
    الجنوب" is about Tunisia; "ليبيا تضم نحو 10 قواعد" about Libya)?"""
    return bool(a - b) and bool(b - a) and not (a & b)


def country_conflict(a: ClaimKey, b: ClaimKey) -> tuple[str, ...]:
    """The countries two claims disagree on, when each names one the other does not (aid to Tunisia / aid
    to Libya), sorted; else ()."""
    ca, cb = countries(a), countries(b)
    return tuple(sorted((ca - cb) | (cb - ca))) if (ca - cb) and (cb - ca) else ()


def city_conflict(a: ClaimKey, b: ClaimKey) -> tuple[str, ...]:
    """The cities of two claims that name no city in common (حمص / اللاذقية: two cities of one country),
    sorted; else ()."""
    ta, tb = cities(a), cities(b)
    return tuple(sorted(ta | tb)) if ta and tb and not (ta & tb) else ()
