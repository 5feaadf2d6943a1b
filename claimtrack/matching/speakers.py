"""Who speaks: an identity for a source mention, so the same speaker is recognised across outlets.

A claim is one speaker asserting one proposition, so two attributions are the same claim only when their
speakers agree.  :func:`speaker_of` reads a source mention (already resolved: a carried-over or
back-referenced source is the text of its full mention) into a :class:`Speaker`:

- **names**: entities of the alias table (``data/aliases.tsv``), ministries by portfolio (وزير الخارجية =
  وزارة الخارجية = المتحدث باسم الخارجية, ``data/portfolios.tsv``) and runs of name words (أحمد داود أوغلو);
- **titles**: the office or body a mention names without a name (رئيس الوزراء, الأمانة العامة, مسؤول);
- **country**: from a place or a nisba adjective (الكويتي, مملكة البحرين);
- whether the source is **anonymous** (مسؤول تركي, مصادر).

"The spokesman of X" counts as X (his words and X's are one speaker's) and keeps his own name too.
:mod:`.speaker_relation` tells two speakers apart and gives a title-only mention the name other mentions carry.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from ..claims.entities import entity_matches, nisba_place, portfolio_of
from ..claims.quantities import is_number_token, number_vocabulary
from ..claims.stems import is_broken_plural, stem, stopwords, strip_clitics, word_tokens
from ..geography import country_of, is_country
from ..lexicon import read_rows, read_words
from ..lexicon.grammar import grammar
from ..lexicon.morph import ALEF, BEH, HEH, LAM, MEEM, NOON, PREPOSITION_CLITICS, WAW, YEH, derived_masdar
from ..normalize import fold

__all__ = ["Speaker", "government_of", "speaker_of"]

_ANONYMOUS_KINDS = frozenset({"anonymous", "collective"})


@attrs.frozen
class Speaker:
    """Who speaks, in forms that survive rewording (see the module docstring)."""

    names: frozenset[str] = frozenset()  # "e:<canonical entity>", "m:<portfolio>"
    runs: tuple[tuple[str, ...], ...] = ()  # name words, stemmed, one tuple per name (أحمد داود أوغلو)
    titles: frozenset[str] = frozenset()  # "<head> <complement>" of each title (رييس وزراء, امانه)
    country: str | None = None
    anonymous: bool = False
    collective: bool = False  # a group of unnamed people (شهود, سكان, خبراء): never an official body
    several: bool = False  # anonymous and more than one (مسؤولان, مسؤولو أمن, مصادر): never one named person
    media: bool = False  # an outlet speaking for itself (قناة "إن تي في", صحيفة حرييت): never an anonymous official
    # what an unnamed source says of itself, stemmed (مصدر عسكري -> عسكر, مصادر في المقاومة -> مقاوم): no name
    affiliation: frozenset[str] = frozenset()

    @property
    def international(self) -> bool:
        """Does it name a body of several states (data/international_bodies.txt: مجلس التعاون الخليجي)?"""
        return any(n[2:] in _international() for n in self.names if n.startswith("e:"))

    @property
    def named(self) -> bool:
        return bool(self.names or self.runs)

    @property
    def known(self) -> bool:
        return self.named or bool(self.titles) or self.country is not None


@functools.cache
def _roles() -> dict[str, str]:
    return {strip_clitics(fold(r[0])): r[1] for r in read_rows("speaker_words.tsv", 2)}


@functools.cache
def _international() -> frozenset[str]:
    return frozenset(read_words("international_bodies.txt"))


@functools.cache
def _parents() -> dict[str, str]:
    return {r[0]: r[1] for r in read_rows("entity_parents.tsv", 2)}


def _role(word: str) -> str | None:
    """The role of a word in speaker_words.tsv, its clitics and a feminine ending aside (العامة -> العام)."""
    roles = _roles()
    bare = strip_clitics(word)
    return roles.get(word) or roles.get(bare) or (roles.get(bare[:-1]) if bare.endswith(HEH) else None)


def _name_follows(tokens: Sequence[str], i: int) -> bool:
    """Is token ``i`` there and no stop word: a name link opening a name ("عبد الملك الحوثي"، "أبو محمد")?"""
    return i < len(tokens) and tokens[i] not in stopwords()


def _kind(word: str) -> str | None:
    """The source kind of a head word (sources.tsv), "official" for an office word only speakers need
    (speaker_words.tsv); a construct plural or a dual reads as its plural (مسؤولو, مسؤولان -> مسؤولون)."""
    if _role(word) == "title":
        return "official"
    g = grammar()
    bare = strip_clitics(word)
    for w in (word, bare):
        kind = g.kind_of_word(w)
        if kind:
            return kind
    for ending in (WAW, ALEF + NOON):
        if bare.endswith(ending) and len(bare) - len(ending) >= 3:
            kind = g.kind_of_word(bare[: -len(ending)] + WAW + NOON) or g.kind_of_word(bare[: -len(ending)])
            if kind:
                return kind
    return None


def _nisba(word: str) -> str | None:
    """The place a nisba adjective names, its dual too (تركيان -> تركيا)."""
    place = nisba_place(word)
    if place is None and word.endswith(ALEF + NOON) and len(word) > 5:
        place = nisba_place(word[:-2])
    return place


@functools.lru_cache(maxsize=16384)
def speaker_of(text: str) -> Speaker:
    """The :class:`Speaker` of a source mention's text.

    >>> speaker_of("رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج").country
    'الكويت'
    """
    tokens = [t[0] for t in word_tokens(fold(text))]
    starts = {a: (c, t, b) for c, t, a, b in entity_matches(tokens)}
    names: set[str] = set()
    runs: list[tuple[str, ...]] = []
    titles: list[str] = []
    country: str | None = None
    anonymous = collective = several = media = False
    run: list[str] = []
    title: list[str] = []

    def close() -> None:
        nonlocal run, title
        if run:
            runs.append(tuple(run))
        if title:
            titles.append(" ".join(title[:2]))
        run, title = [], []

    stops = stopwords()
    office = False  # the last title names an office or body, so a ل phrase after it is what it heads
    lam = False  # the token before was a bare ل ("لـ«الشرق الأوسط»")
    linked = False  # the token before was a name link (مبارك بن بنيه)
    i = 0
    while i < len(tokens):
        word = tokens[i]
        to_lam, lam = lam or word[:1] == LAM, False
        if i in starts:
            canonical, kind, end = starts[i]
            start, i = i, end
            if to_lam and not office:
                close()  # "أحد الشهود لرويترز", "شلبي لـ«الشرق الأوسط»": who was told, not who speaks
                continue
            close()
            if kind == "place":
                country = country or country_of(canonical)
            else:
                names.add("e:" + canonical)
                if canonical in _parents():  # أفريكوم speaks as الجيش الأمريكي
                    names.add("e:" + _parents()[canonical])
                if kind == "person":
                    runs.append(tuple(stem(w) for w in fold(canonical).split()))
                    # "الأمين العام للأمم المتحدة": the body a title heads speaks with its head
                    names.update("e:" + c for c, t, _, _ in entity_matches(tokens[start + 1 : end])
                                 if t != "person" and t != "place")
            continue
        bare = strip_clitics(word)
        i += 1
        was_linked, linked = linked, False
        if word == LAM:
            lam = True
            continue
        role = _role(word)
        if role == "modifier":
            continue
        if role == "voice":  # المتحدث باسم X: X is who speaks
            close()
            office = True
            continue
        if role == "name_link" and (run or _name_follows(tokens, i)):
            if title and not run:
                close()
            run.append(stem(bare))
            linked = True
            continue
        if word in stops or bare in stops or is_number_token(word) or bare in number_vocabulary():
            close()
            continue
        portfolio = portfolio_of(word)
        if portfolio:
            names.add("m:" + portfolio)
            close()
            continue
        place = _nisba(word)
        if place:
            country = country or country_of(place)
            close()
            continue
        if role == "generic":
            close()
            continue
        head = None if was_linked else _kind(word)  # (after a name link a name: "عبد الملك" is no king)
        if head == "document":
            close()  # "التقرير", "البيان" unresolved: whose, it does not say
            continue
        if head:
            if run:
                close()
            anonymous = anonymous or head in _ANONYMOUS_KINDS
            several = several or (head in _ANONYMOUS_KINDS and _plural(bare))
            media = media or (head == "media" and not title)
            collective = collective or head == "collective"
            office = head not in _ANONYMOUS_KINDS
            title.append(stem(bare))
            continue
        if (run or title) and _circumstantial(word):
            break  # "خادم الحرمين مصافحا وزير الخارجية المصري": a participle (حال) begins what he does
        if word[:1] == BEH and not was_linked and not title and (
                bare != word or derived_masdar(word[1:]) or word.endswith(HEH) or word[1:] in grammar().negator_heads):
            # "مصر بقوة العملية", "بتعزيز الإجراءات", "رئيس نادي ريفير بليت بعدم إمضاء العقد" (what he said: aleqtisadiya
            # 7404aafb0d): a ب phrase is no part of a speaker's name
            break
        if to_lam and not office:
            close()  # "لرويترز": an addressee
            continue
        if title and not run:
            close()
        run.append(stem(bare))
        office = False
    close()
    affiliation: frozenset[str] = frozenset()
    if anonymous:
        affiliation = frozenset(w for r in runs for w in r)
        runs = []  # "مسؤولو أمن", "أحد الشهود": an unnamed source has no name
    return Speaker(frozenset(names), tuple(dict.fromkeys(r for r in runs if r)), frozenset(titles), country, anonymous,
                   collective, several, media and not anonymous, affiliation)


def _circumstantial(word: str) -> bool:
    """Is a folded word an indefinite accusative participle, the حال that follows a speaker (مصافحا، مؤكدا،
    معربا): مُ + at least three letters + the tanween alef, no clitic?"""
    return word[:1] == MEEM and word.endswith(ALEF) and len(word) >= 5 and word == strip_clitics(word)


def _plural(bare: str) -> bool:
    """Is a head word (clitics stripped) a dual or a plural: مسؤولان, مسؤولو, مسؤولين, مصادر?"""
    return is_broken_plural(bare) or (len(bare) >= 5 and bare.endswith(
        (WAW, ALEF + NOON, WAW + NOON, YEH + NOON)))


@functools.lru_cache(maxsize=16384)
def government_of(text: str) -> str | None:
    """The country whose government a source mention speaks for: a known country (:func:`speaker_of`) with a
    ministry's portfolio ("الخارجية الفلسطينية") or an official's title ("السفير المصري في السودان"), or the country
    or its capital alone ("القاهرة"); None for an unnamed, collective or media source, a named person or body with no
    office, a city that is no capital ("عدن"، "طبرق": one of two seats), or a speaker outside the government
    (speaker_words.tsv ``outside``: المعارضة، المنشق، الأسبق، البرلمان، حكومة of a seat: "وزير الداخلية الليبي بحكومة
    طبرق")."""
    s = speaker_of(text)
    if s.country is None or s.anonymous or s.collective or s.media:
        return None
    words = [t[0] for t in word_tokens(fold(text))]
    if any(_role(w) == "outside" or (w[:1] in PREPOSITION_CLITICS and _role(w[1:]) == "outside") for w in words):
        return None  # (بحكومة: a preposition written on)
    if not s.names and not s.runs and not s.titles:
        places = [(c, " ".join(map(strip_clitics, words[a:b]))) for c, kind, a, b in entity_matches(words) if kind == "place"]
        return s.country if places and all(is_country(c) or said != fold(c) for c, said in places) else None
    portfolio = any(n.startswith("m:") for n in s.names)
    return s.country if portfolio or any(_kind(w) == "official" for w in words) else None
