"""Where two statements happen, and whether two figures are of one event.

Where: the countries each names by name, not the nationalities it names.

A dispute needs one place: a toll in Iraq is not disputed by a toll in Turkey.  A nationality adjective names an
actor, not where things happen ("قصف للطيران التركي في محيط قرية زركال" is in Iraq; "تناول اللاعب البرازيلي
مادة محظورة" anywhere), so only a place named by its name sets a statement's country; a statement that names
neither is placed by its source ("ينفي الجيش التونسي وجود قواعد في الجنوب" is about Tunisia).

One event: two tolls in two articles are of one event when the two statements, with their articles' leads, share
a place or a name (سروج، الوراق، نيبال، داود أوغلو), not only the words every toll uses (مقتل، قتيلا، انفجار،
أسفر): on a day of 1,400 articles those join the toll of a raid in Afghanistan with one of a blast in Nigeria.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection, Mapping

import regex

from ..claims import ClaimKey, claim_key
from ..claims.quantities import find_quantities, named_units
from ..claims.stems import strip_clitics
from ..geography import claim_countries, countries, country_of, places_differ
from ..lexicon import read_rows
from ..lexicon.background import background
from ..lexicon.aliases import aliases
from ..lexicon.grammar import grammar
from ..lexicon.morph import DEFINITE, LAM_LAM, PREPOSITION_CLITICS, without_conjunction
from ..models import Article, Attribution
from ..normalize import ascii_digits, fold
from ..spans import Span
from ..matching.story_terms import event_terms
from .denied import LeadTexts
from .narration import NARRATION
from .disputes import bare_readings, statement_words

__all__ = ["claims_place_conflict", "event_anchors", "figure_place_conflict", "figure_where", "figures_apart", "localities_apart", "named_place_conflict", "past_event", "place_conflict", "without_references", "years_apart", 
           "place_scopes", "places_by_name", "scope_terms", "scope_words", "separate_incident", "told_beside"]

# A statement: its content and its source.
Placed = tuple[str, str]


def place_conflict(a: Placed, b: Placed) -> bool:
    """Do two statements name different countries by name (or, naming none, their sources' countries)?"""
    return places_differ(_countries(*a), _countries(*b))


def _countries(text: str, source: str) -> frozenset[str]:
    """The countries a content names by name (a city as its country), else its source's ("ينفي الجيش التونسي
    وجود قواعد عسكرية اجنبية بما فيها الاميركية في الجنوب": Tunisia)."""
    own = frozenset(c for p in places_by_name(text) if (c := country_of(p)))
    return own or (countries(claim_key(source)) if source else frozenset())


@functools.cache
def _place_name_forms() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """A place alias of one word without its article (تركيا، سعودية، سورية) -> its place; and the aliases of
    several words (الولايات المتحدة), folded, each with its place."""
    rows = [(fold(a.alias), a.canonical) for a in aliases() if a.type == "place"]
    return ({strip_clitics(w): c for w, c in rows if " " not in w}, tuple((w, c) for w, c in rows if " " in w))


@functools.lru_cache(maxsize=8192)  # a content is held against many others
def places_by_name(text: str) -> frozenset[str]:
    """The places a text names by their names: a place's word (في تركيا، جنوب شرقي تركيا، لليبيا) that is no
    adjective after a definite noun (العائلات السعودية، الحدود السورية), and names of several words; not a
    nationality (الطيران التركي، اللاعب البرازيلي، شرطيين تركيين)."""
    single, several = _place_name_forms()
    words = [w for w, _ in statement_words(text)]  # folded already
    found = {single[bare] for k, w in enumerate(words) if (bare := strip_clitics(w)) in single
             and not (k and _definite(w) and _definite(words[k - 1]) and words[k - 1] not in grammar().stopwords)}
    folded = " ".join(words)
    return frozenset(found | {c for w, c in several if w in folded})


def _definite(word: str) -> bool:
    """Does a folded word carry the article, after a conjunction and a preposition (السعودية، وبالسعودية)?"""
    bare = without_conjunction(word)
    return bare.startswith((DEFINITE, LAM_LAM)) or (bare[:1] in PREPOSITION_CLITICS and bare[1:].startswith(DEFINITE))


# A term shared by two contexts counts as evidence of one event from this rarity weight up (disputes.shared_event's).
_SHARED_WEIGHT = 2.0
# A word that real news uses in no more articles than this (of 20,290) is as rare as a name: سروج 53، الوراق 20،
# داود أوغلو 104، كردستان 184; not مقتل 1,933 or أسفر 574.
_NAME_MOST = 200
# An entity or a place named in no more than this share of real news narrows a toll to some events (عدن 701،
# نيجيريا 124 of 20,290 articles); a wider one (تركيا 1,610، سوريا 1,449، داعش 1,286) is shared by every toll of
# a war, and anchors one event only with two others ("داعش"، "سوريا"، "تركيا": an attack on the border).
_NARROW_SHARE = 0.04
_BROAD_ENOUGH = 3
# A word in no more articles than this is specific to some events (حدود 286، كردستان 184، حوثي 550); not شرق 2,061,
# قال 4,524 or مدينة 3,976, which any two tolls of a day share.  Two shared terms must be specific (or entities).
_SPECIFIC_MOST = 600
# An event word written with a clitic or an ending its stem keeps (بانفجار، انفجارا، للهجوم) is still an event
# word: a term that holds one of at least this many letters.
_EVENT_STEM = 4


def event_anchors(a: Collection[str], b: Collection[str], weight: Callable[[str], float]) -> tuple[str, ...]:
    """The terms two contexts of figures (their contents and their articles' leads) share that say the figures
    are of one event, sorted, or () when they are not enough: two rare terms that are no event word
    (matching.stories.event_terms: مقتل، قتيلا، انفجار) nor a unit (شخصا), one of them a place or an entity
    few articles name (e:نيبال، e:الجيزة; or three wide ones) or a word as rare as a name (سروج), and both specific: no word any two tolls of a
    day share (شرق، قال، مدينة: "e:سوريا" and "شرق" join a Syrian raid's toll with the Suruc bombing's)."""
    bg = background()
    shared = sorted(f for f in set(a) & set(b) if weight(f) >= _SHARED_WEIGHT and not _event_word(f)
                    and f not in _common_words() and (f.startswith("e:") or bg.count(f) <= _SPECIFIC_MOST))
    if len(shared) < 2:
        return ()
    if not any(bg.count(f) <= (_NARROW_SHARE * bg.documents if f.startswith("e:") else _NAME_MOST)
               for f in shared if f not in _actors()) \
            and sum(f.startswith("e:") for f in shared) < _BROAD_ENOUGH:
        return ()
    return tuple(shared)


@functools.cache
def _actors() -> frozenset[str]:
    """The key terms of place_scopes.tsv kind ``actor``: a party to a war (الحوثيين، داعش، بوكو حرام), named in
    every report of it, so never the term that narrows two tolls to one event: "كولو" on Boko Haram's raids on
    three villages (aawsat ac115da204847) and "سكان" on eleven killed in another village (aawsat a4d3d297e09ae)
    share بوكو حرام and Nigeria, not an incident.  (It still counts among the terms shared: "مسؤول تركي" and
    aawsat 94c0280dae on one clash with داعش at the border, real_disputes D1-058.)"""
    return scope_terms("actor")


@functools.cache
def _common_words() -> frozenset[str]:
    """The key terms of place_scopes.tsv kind ``common``: words every toll or digest shares that no event word
    covers (أسفر، بجروح، موجز), which anchor nothing: the "موجز أخبار" of aawsat a8154ff65b87d (a building's
    collapse in Delhi) and "موجز دوليات" of aawsat a1b59bcbbb6fe (a clash in Nagaland) share India and موجز."""
    return scope_terms("common")


@functools.lru_cache(maxsize=65536)
def _event_word(term: str) -> bool:
    if term.startswith("e:"):
        return False
    events = event_terms()
    return term in events or bool(named_units(term)) or any(
        len(e) >= _EVENT_STEM and e in term and len(term) - len(e) <= 2 for e in events)


# A statement holding a figure: its content, its source, and the text around it that places it when they do not
# (its article's lead when held against another article's, its paragraph when against one of its own article).
Figure = tuple[str, str, str]


def figure_where(a: Attribution, article: Article, lead: str, *, alone: bool = True) -> Figure:
    """The statement ``a`` as :func:`figure_place_conflict` reads it: ``alone`` (held against another article's),
    with ``lead`` (its article's headline and first sentence); else with its paragraph (a digest, "موجز دوليات",
    tells one event a paragraph), or the lead when the paragraph names no country ("وقتل 43 شخصا في التفجير
    الأول" under "مقتل 50 شخصًا في تفجيرين انتحاريين استهدفا مصلين شمال نيجيريا")."""
    if alone:
        return a.content.text, a.source.text, lead
    paragraph = _paragraph(a, article)
    return a.content.text, a.source.text, paragraph if _around_countries(paragraph) else lead


def figure_place_conflict(a: Figure, b: Figure) -> bool:
    """Do two statements' figures happen in different countries?  Each is placed by the countries its content
    names by name ("شهدت تركيا ... في مدينة سوروتش القريبة من الحدود السورية": Turkey, not Syria), else by those
    its content or source names in any way (الجيش الأفغاني), else by the text around it, by name first
    ("غضب في كابل بعد غارة أميركية «خاطئة»" places "مقتل ثمانية جنود فقط" in Afghanistan)."""
    return places_differ(_figure_countries(*a), _figure_countries(*b))


@functools.lru_cache(maxsize=8192)  # a statement is held against many others
def _figure_countries(content: str, source: str, around: str) -> frozenset[str]:
    return _named_countries(content) or claim_countries(claim_key(content), source) or _around_countries(around)


@functools.lru_cache(maxsize=8192)
def _around_countries(around: str) -> frozenset[str]:
    return _named_countries(around) or (countries(claim_key(around)) if around else frozenset())


def _named_countries(text: str) -> frozenset[str]:
    return frozenset(c for p in places_by_name(text) if (c := country_of(p)))


def figures_apart(a: Attribution, b: Attribution, ka: ClaimKey, kb: ClaimKey, articles: Mapping[str, Article],
                  leads: LeadTexts, weight: Callable[[str], float]) -> bool:
    """Are the figures of two statements (``ka``, ``kb``: their keys) of two events, whatever they count?  In two
    articles, when the statements and their articles' ``leads`` share no place or name (:func:`event_anchors`), or
    the statements with their own paragraphs do not (:func:`_event_context`); in one, when both are the outlet's own
    sentences and neither tells someone's count or a running total;
    in any two, when they happen in two countries (:func:`figure_place_conflict`), or when one tells a past
    event (:func:`past_event`: "وفي عام 2013 قتل ... 67 شخصا"، "وقد قتل آنذاك خمسة جنود") and the other not."""
    one = a.article == b.article
    if one and a.cue.stance == b.cue.stance == NARRATION and not (_tells_count(a.content.text) or _tells_count(b.content.text)):
        # an outlet's own two sentences with two tolls tell two things: "وفي بغداد قتل شخصان وأصيب خمسة آخرون
        # بانفجار ..." and "وفي حادث مماثل قتل شخص وأصيب ثمانية ..." (alwatan a452e2ee63c2e, 2015-08-03); unless
        # one tells someone's count or a running total ("وقالت السلطات المحلية في البداية مقتل 14 جنديا، لكنها عادت
        # وخفضت الحصيلة", a3573092c220e)
        return True
    if not one and not (event_anchors(leads.terms(a.article).union(ka.ordered), leads.terms(b.article).union(kb.ordered), weight)
                        and event_anchors(_event_context(a, ka, articles[a.article], leads),
                                          _event_context(b, kb, articles[b.article], leads), weight)):
        return True
    if not one and (told_beside(leads[a.article], a.content.text, b.content.text)
                    or told_beside(leads[b.article], b.content.text, a.content.text)):
        return True
    if one and _paragraphs_apart(a, b, articles[a.article], weight):
        return True
    if figure_place_conflict(*(figure_where(x, articles[x.article], leads[x.article], alone=not one) for x in (a, b))):
        return True
    if localities_apart(_placed(a), _placed(b)):
        return True
    if not one and _placed_apart(a, b, articles, leads):
        return True
    if any(separate_incident(x.sentence.of(articles[x.article].text)) or separate_incident(leads[x.article], two=True)
           for x in (a, b)):
        # "وفي حادثة منفصلة ...": its sentence tells another incident than the report's; "في حادثين مروريين
        # منفصلين" in its lead: its article tells two (alyaum a58e87541ed05, 2015-07-26: 7 hurt in one crash, 3
        # then 5 in the other, told by one spokesman in three paragraphs)
        return True
    if years_apart(a.content.text, b.content.text):
        return True
    return past_event(a.content.text, articles[a.article].published) != past_event(b.content.text, articles[b.article].published)


def _event_context(a: Attribution, key: ClaimKey, article: Article, leads: LeadTexts) -> frozenset[str]:
    """What places a statement's figure: its own words and its paragraph's, and its article's lead only when that
    paragraph names no place inside a country (:func:`_localities`; a country is the whole war, and "مقتل 30 بانفجار
    في بلدة تركية على الحدود مع سوريا", a headline, is placed by its lead's سروج).  An article of a war tells many events,
    each in its paragraph, and shares its lead's words with every report of the war: "وأصيب ثمانية جنود." under
    "جنديا قتل في إقليم ماردين ... حينما انفجر لغم أرضي" (alwatan a33dbd5bd6ab1, 2015-08-03) is the landmine's toll,
    not the toll of the suicide attack its lead tells; "مقتل جنديين وجرح 31 آخرين" in a paragraph that names no
    place (alriyadh abc069b79efe1) is the lead's attack's."""
    paragraph = _paragraph(a, article)
    own = _paragraph_terms(paragraph).union(key.ordered)
    if any(_localities(paragraph)):
        return own
    return own | leads.terms(a.article)


@functools.lru_cache(maxsize=8192)  # a paragraph holds several figures, each held against many others
def _paragraph_terms(paragraph: str) -> frozenset[str]:
    return frozenset(claim_key(paragraph).ordered)


@functools.lru_cache(maxsize=8192)
def _tells_count(text: str) -> bool:
    """Does an outlet's own sentence tell someone's count (a reporting verb before its first figure: "وكانت الشرطة ...
    أعلنت في وقت سابق مصرع 21 شخصًا"; not "قتل اكثر من 50 شخصا ... في الكاميرون ونيجيريا التي حذر رئيسها", aljazirah
    ae2bb82e35898) or a running total (place_scopes.tsv kinds ``total``, ``rise``: حصيلة، ارتفع)?"""
    totals = scope_words("total", "rise")
    figures = [q.span.start for q in find_quantities(text) if q.span is not None]
    return any(f in totals or f[:-1] in totals or (not figures or span.end <= figures[0]) and _reports(f)
               for w, span in statement_words(text) for f in bare_readings(w))


def _placed_apart(a: Attribution, b: Attribution, articles: Mapping[str, Article], leads: LeadTexts) -> bool:
    """Are two statements of two articles placed in two places inside a country, each by the places its sentence
    names (:func:`_localities`), or, naming none, by those of its article's lead, and neither names a place of the
    other?  A toll needs the same place on both sides: "مقتل 18 مدنيا ... في ناحية هبهب" (ad08bc73474d7) and
    "المستشفى استقبل صباح أمس «تسع جثث لمواطنين ...»" under "القوات العراقية تستعيد منطقتين شمال شرقي الرمادي"
    (ae37dafde0111, 2015-07-22) are two places of one war (judged other-place E009, P012; so E016, M022 there and
    P001, P018 of 2015-07-26).  A statement that points back to an event told before it ("جراء تلك الهجمات") is not
    placed by its lead: the lead may tell another event (ab2eb4e1f1a20, 2015-08-03, leads with an attack in Agri)."""
    where = []
    for x in (a, b):
        own = without_references(f"{_sentence(x, articles[x.article])} \u060c {x.source.text}")
        if any(_localities(own)):
            where.append(own)
        elif _points_back(x.content.text):
            return False
        else:
            where.append(without_references(leads[x.article]))
    la, lb = _localities(where[0]), _localities(where[1])
    return any(la) and any(lb) and not (_names_one_of(where[0], lb) or _names_one_of(where[1], la))


@functools.lru_cache(maxsize=8192)
def without_references(text: str) -> str:
    """``text`` with each place named a distance away (a distance, a compass point of place_scopes.tsv kind
    ``bearing``, its nisba شمالي, two in a row) blanked out, its length kept: a point of reference, not where the
    event is ("في سوق ببلدة بني سعد 35 كيلومترا شمال شرقي بغداد" is in Bani Saad, not in Baghdad)."""
    bearings = scope_words("bearing")

    def bearing(word: str) -> bool:
        return any(f in bearings or (f.endswith(_NISBA_YEH) and f[:-1] in bearings) for f in _forms(word))

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


_NISBA_YEH = "\u064a"  # ي: شمالي، جنوبي
_DISTANCE = "km"  # the unit (units.tsv) of "35 كيلومترا شمال شرقي بغداد"


def _sentence(a: Attribution, article: Article) -> str:
    return a.sentence.of(article.text)


@functools.lru_cache(maxsize=8192)
def _points_back(text: str) -> bool:
    """Does a statement point back to an event told before it: a demonstrative (particles.tsv) before an event word
    ("جراء تلك الهجمات"، "هذا الهجوم")?"""
    g = grammar()
    words = [w for w, _ in statement_words(text)]
    return any("demonstrative" in g.role(without_conjunction(w)) and any(_event_word(t) for t in claim_key(nxt).ordered)
               for w, nxt in zip(words, words[1:]))


def _placed(a: Attribution) -> str:
    """A statement with its source, which may name the place ("جول محمد بيدار نائب حاكم إقليم باداخشان")."""
    return f"{a.content.text} \u060c {a.source.text}" if a.source.text else a.content.text


def localities_apart(a: str, b: str) -> bool:
    """Does each of two statements name a place inside a country that the other does not name: a name after a
    noun of place_scopes.tsv kind ``locality`` or ``seat`` (منطقة خارف، مدينة الضالع، محافظة مأرب، جبهة
    الجفينة), or a city by its name (تعز، الفلوجة)?  Then their figures are of two events, whatever country and
    actors they share: "مقتل ثمانية عشر حوثياً ... في مدينة الضالع" (alyaum aac3cb16565bc) and "25 حوثياً قتلوا
    ... بمدينة مأرب" (alyaum ae3981da6f671) are two battles of one war.  A statement that names no such place
    (the running total, "تلك المواجهات") is held apart by no locality."""
    la, lb = _localities(a), _localities(b)
    if not (la[0] or la[1]) or not (lb[0] or lb[1]):
        return False
    if not _names_one_of(a, lb) and not _names_one_of(b, la):
        return True
    # each names a place of its own beside the one they share: "مدينة المخأ بمحافظة تعز" and "محافظة مأرب ومدينة
    # تعز" (aljazirah abd87e7420ba7 / alriyadh ac2c4c0ffd9e6, 2015-07-26) are two events in one province
    return _names_beyond(la, b) and _names_beyond(lb, a)


# A place's name is no adjective of its head: "منطقة سكنية"، "مدينة صناعية" (a nisba: folded ending يه).
_NISBA = "\u064a\u0647"  # YEH, HEH (TEH MARBUTA folded)


@functools.lru_cache(maxsize=8192)  # a statement is held against many others
def _localities(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names a statement gives places inside a country: the word after an indefinite head of kind locality
    or seat (its readings without clitics and article), and the cities it names by name."""
    heads = scope_words("locality", "seat")
    actors = scope_words("actor")
    words = statement_words(text)
    stop = grammar().stopwords
    names: set[str] = set()
    for k, (w, _) in enumerate(words[:-1]):
        forms = bare_readings(w)
        if not any(f in heads for f in forms) or any(f.startswith(DEFINITE) and f[2:] in heads for f in forms):
            continue  # (no head, or the definite one: "المحافظة" refers back to a place, names none)
        name = words[k + 1][0]
        if any(f"{f} {g}" in actors for f in forms for g in bare_readings(name)):
            continue  # "جبهة النصرة" names a party to the war (kind actor), not a front
        if k + 2 < len(words) and any(f in heads for f in bare_readings(name)):
            name = words[k + 2][0]  # "منطقة جبل يسوف": the name after the second head
        if name in stop or name.endswith(_NISBA) or not name[:1].isalpha():
            continue
        names.update(_forms(name))
    cities = frozenset(p for p in places_by_name(text) if (c := country_of(p)) and c != p)
    return frozenset(names), cities


def _forms(word: str) -> tuple[str, ...]:
    forms = bare_readings(word)
    return forms + tuple(f[2:] for f in forms if f.startswith(DEFINITE) and len(f) > 4)


def _names_beyond(places: tuple[frozenset[str], frozenset[str]], text: str) -> bool:
    """Does one of ``places`` (:func:`_localities`), named after its head, go unnamed in ``text``?"""
    said = _said_forms(text)
    names, cities = places
    return any(not set(_forms(n)) & said for n in names if len(n) > 2) or bool(cities - places_by_name(text))


@functools.lru_cache(maxsize=8192)  # a statement is held against many others'
def _said_forms(text: str) -> frozenset[str]:
    """Every reading of every word of ``text`` (:func:`_forms`): what it names of a place, with or without ال."""
    return frozenset(f for w, _ in statement_words(text) for f in _forms(w))


def _names_one_of(text: str, places: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Does ``text`` name one of ``places`` (:func:`_localities`), with or without its head?"""
    names, cities = places
    return bool(names & _said_forms(text)) or bool(cities & places_by_name(text))


def _paragraphs_apart(a: Attribution, b: Attribution, article: Article, weight: Callable[[str], float]) -> bool:
    """Do two statements of one article stand in two paragraphs that share no place or name (:func:`event_anchors`
    over each statement's paragraph), neither giving a running total (place_scopes.tsv kind ``total`` or
    ``rise``: "حصيلة القتلى الأولية هي 10 ضحايا")?  Then the article tells two events ("13 قتيلا" in Damaturu;
    "ومساء الخميس، قتل ما لا يقل عن 49 شخصا ... في مدينة غومبي")."""
    pa, pb = (_paragraph(x, article) for x in (a, b))
    if pa == pb:
        return False
    totals = scope_words("total", "rise")
    if any(f in totals or f[:-1] in totals for x in (a, b) for w, _ in statement_words(x.content.text) for f in bare_readings(w)):
        return False
    return not event_anchors(set(claim_key(pa).ordered), set(claim_key(pb).ordered), weight)


def _paragraph(a: Attribution, article: Article) -> str:
    start = a.content.span.start
    block = next((b for b in article.blocks if b.span.start <= start < b.span.end), None)
    return block.text(article) if block else ""


def told_beside(lead: str, own: str, other: str) -> bool:
    """Does a statement of a locality (place_scopes.tsv kind ``locality``: قرية، حي) stand in an article whose lead
    gives the other statement's figure, which the statement does not give?  Then the article tells both, the
    locality's figure a part of the whole: "431 من خلايا «داعش» في قبضة الداخلية" heads "حادث استهداف المصلين
    بقرية الدالوه ... تم ضبط (97) موقوفا", a part of the 431 another outlet reports.  (Without a locality, the
    lead's figure is the news the statement's revises: "حصيلة القتلى الأولية هي 10 ضحايا" under "27 قتيلا".)"""
    given = _figures(lead)
    if not given & _figures(other) - _figures(own) or given & _figures(own):
        return False  # (a statement giving the lead's own figure is the headline's: "مقتل 30" under "مقتل 30 ... و100 جريح")
    localities = scope_words("locality")
    return any(f in localities for w, _ in statement_words(own) for f in bare_readings(w))


# A figure below this is too common to say that two texts give the same one (two, three ...).
_TELLING_FIGURE = 10


@functools.lru_cache(maxsize=8192)
def _figures(text: str) -> frozenset[float]:
    return frozenset(q.low for q in find_quantities(text) if q.low >= _TELLING_FIGURE)


# A year written in a statement: 19xx or 20xx, in any digits.
_YEAR_RE = regex.compile(r"(?<!\d)(?:19|20|١٩|٢٠)\d\d(?!\d)")


@functools.cache
def place_scopes() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in read_rows("place_scopes.tsv", 2)}


@functools.cache
def scope_words(*kinds: str) -> frozenset[str]:
    """The folded words of place_scopes.tsv of these kinds (locality, total, rise, past, part, side, event ...)."""
    return frozenset(w for w, kind in place_scopes().items() if kind in kinds)


@functools.cache
def scope_terms(kind: str) -> frozenset[str]:
    """The claim-key terms of the words of place_scopes.tsv of this kind (an actor "بوكو حرام" as its key terms)."""
    return frozenset(t for w in scope_words(kind) for t in claim_key(w).ordered)


# A statement opening with "وكان" (folded) tells what had happened before the news: a past event, recalled.
_BACKGROUND_OPENINGS = frozenset({"\u0648\u0643\u0627\u0646", "\u0648\u0643\u0627\u0646\u062a"})  # وكان، وكانت


def _reports(word: str) -> bool:
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


# The endings of a dual or plural separate word (منفصلين، منفصلان): two incidents.
_TWO_ENDINGS = ("\u064a\u0646", "\u0627\u0646")
# The endings an event noun may take before it: its feminine is listed; its dual (حادثين) is read here.
_EVENT_ENDINGS = ("", "\u064a\u0646", "\u0627\u0646")


def _event_noun(word: str) -> bool:
    """Is ``word`` (folded) an event noun of place_scopes.tsv (حادث، حادثة، هجوم) or its dual?"""
    events = scope_words("event")
    return any(f.endswith(e) and f[: len(f) - len(e)] in events for f in bare_readings(word) for e in _EVENT_ENDINGS)


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
    if any(f in words for w, _ in said for f in bare_readings(w)):
        return True
    if _after_a_while(text, said):
        return True  # "ويأتي هجوم أمس الخميس بعد أيام على مقتل سبعة جنود" (a89d95f196275): the attack days before
    if said and said[0][0] in _BACKGROUND_OPENINGS and not any(
            f in scope_words("total", "rise") or _reports(f) for w, _ in said for f in bare_readings(w)):
        return True  # "وكانت انتحاريتان نفذتا تفجيرين أسفرا عن مقتل 13 شخصا" (aawsat ae188f4ad21a4): the attack before
    if published is None:
        return False
    return any(y < published.year for y in named_years(text))


def _after_a_while(text: str, said: list[tuple[str, Span]]) -> bool:
    """Does a figure follow "after" a duration and a preposition (durations.tsv kind ``after``: "بعد أيام على مقتل
    سبعة جنود"، "بعد يومين من")?  Then it counts the earlier event the statement's own news came after."""
    after, units = _after_words()
    g = grammar()
    for k in range(len(said) - 2):
        if fold(without_conjunction(said[k][0])) in after and fold(said[k + 1][0]) in units \
                and "preposition" in g.role(fold(said[k + 2][0])):
            return any(q.span and q.span.start >= said[k + 2][1].end for q in find_quantities(text))
    return False


@functools.cache
def _after_words() -> tuple[frozenset[str], frozenset[str]]:
    """durations.tsv's words of kind ``after`` and its units with their duals (أيام، يومين، أسبوعين), folded."""
    rows = read_rows("durations.tsv", 3)
    units = {fold(r[0]) for r in rows if r[1] == "unit"}
    duals = {(u[:-1] + fold("\u062a") if u.endswith(fold("\u0629")) else u) + e for u in units for e in _DUALS}
    return frozenset(fold(r[0]) for r in rows if r[1] == "after"), frozenset(units | duals)


_DUALS = ("\u064a\u0646", "\u0627\u0646")  # ين، ان: يومين، شهران


def claims_place_conflict(a: Attribution, b: Attribution, ka: ClaimKey, kb: ClaimKey) -> bool:
    """Different countries, counting the source's when the content names none ("ينفي الجيش التونسي وجود
    قواعد في الجنوب" is about Tunisia; "ليبيا تضم نحو 10 قواعد" about Libya)."""
    return places_differ(claim_countries(ka, a.source.text), claim_countries(kb, b.source.text))


def named_place_conflict(a: Attribution, b: Attribution) -> bool:
    """For a denial of a fact linked by three words: different countries named by name, not nationalities
    (:func:`place_conflict`: "تناول اللاعب البرازيلي مادة محظورة" / "تناوله مادة منشطة في كوبا اميركا").
    The other links and two figures keep :func:`claims_place_conflict`: on a day of 1,400 articles the nationality
    keeps apart the accounts of events in two countries that share a few words."""
    return place_conflict((a.content.text, a.source.text), (b.content.text, b.source.text))
