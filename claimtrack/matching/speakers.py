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
:func:`relation` tells two speakers apart: ``"same"``, ``"different"`` or ``""`` when nothing tells (an
unresolved "البيان", a country against one of its bodies).  :func:`resolve_titles` gives a title-only mention
(رئيس الوزراء التركي) the name that other mentions of the corpus give the same title and country.
"""

from __future__ import annotations

import functools
from collections import defaultdict
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
from .name_runs import names_meeting, person_words, runs_meet

__all__ = ["Speaker", "government_of", "identity_keys", "relation", "resolve_titles", "speaker_of"]

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


@functools.cache
def _deputy_words() -> frozenset[str]:
    """data/deputy_titles.txt, as a title's words are written (folded, stemmed: نايب)."""
    return frozenset(stem(strip_clitics(fold(w))) for w in read_words("deputy_titles.txt"))


def _offices(titles: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The offices a speaker's titles hold, and those they are the deputy of ("نايب وزير": the deputy of وزير; a
    title is its first two words, as :func:`speaker_of` keeps them)."""
    held: set[str] = set()
    deputy_of: set[str] = set()
    for words in (t.split() for t in titles):
        if words[0] not in _deputy_words():
            held.add(words[0])
        elif len(words) > 1:
            deputy_of.add(words[1])
    return frozenset(held), frozenset(deputy_of)


def _deputy_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Is one speaker (by its titles) the deputy of an office the other holds: "نايب وزير" against "وزير"?"""
    (held_a, deputy_a), (held_b, deputy_b) = _offices(a), _offices(b)
    return bool(deputy_a & held_b or deputy_b & held_a)


def _heads(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.split()[0] for t in titles)


def relation(a: Speaker, b: Speaker) -> str:
    """``"same"`` speaker, ``"different"`` speakers, or ``""`` when nothing tells.

    Two countries differ; two named speakers are the same when a name meets (an entity, a portfolio, a
    surname), but a deputy minister is not the minister of his portfolio (data/deputy_titles.txt); two unnamed ones
    when their titles' heads meet (رئيس الوزراء / رئيس الحكومة, مسؤول / مسؤولو) and they do not say they are of
    different bodies (مصادر أمنية / مصدر عسكري: their affiliations, words of rank aside, share nothing).
    Several anonymous sources (مسؤولان تركيان) are not one named speaker.  A named speaker and another unnamed
    one (the government, an anonymous official, a country) are not told apart: the unnamed one may be the same
    body speaking, so the proposition decides."""
    if not a.known or not b.known:
        return ""
    if a.country and b.country and a.country != b.country:
        return "different"
    if (a.media and b.anonymous and not b.media) or (b.media and a.anonymous and not a.media):
        return "different"  # "قناة إن تي في" / "مسؤول تركي": what a channel reports is not what an official said
    if a.international != b.international and (b.country if a.international else a.country):
        return "different"  # "مملكة البحرين" / "الأمين العام لمجلس التعاون عبداللطيف الزياني": a member is not the body
    if a.collective != b.collective and (a.named or b.named or _official(b if a.collective else a)):
        # witnesses, residents, experts are not the ministry that is named, nor a state or its government speaking
        # ("خبراء" / "ماليزيا": mh370_debris, the experts' reading of the debris is not Malaysia's statement)
        return "different"
    if (a.several and b.named and not b.anonymous) or (b.several and a.named and not a.anonymous):
        # "مسؤولان تركيان كبيران" / "داود أوغلو", "مسؤولو أمن بتركيا" / "وزارة الداخلية التركية": several
        # unnamed sources are not the one person or body named elsewhere.
        return "different"
    if _unnamed_apart(a, b) or _unnamed_apart(b, a):
        # "مصدر في قيادات المقاومة" / "قائد عملية استعادة قاعدة العند، اللواء فضل حسن" (anad_base): nothing ties the
        # unnamed source to the named one, neither a country nor a word of what it says it is
        return "different"
    if a.named and b.named:
        if runs_meet(a.runs, b.runs):
            return "same"
        shared = a.names & b.names
        if shared and all(n.startswith("m:") for n in shared) and _deputy_apart(a.titles, b.titles):
            return "different"  # a deputy minister and the minister share a portfolio, not a speaker
        return "same" if shared else "different"
    if not a.named and not b.named and a.titles and b.titles and a.anonymous == b.anonymous:
        if a.affiliation and b.affiliation and not a.affiliation & b.affiliation:
            return "different"  # unnamed sources of different bodies: "مصادر أمنية" / "مصدر عسكري"
        return "same" if _heads(a.titles) & _heads(b.titles) else "different"
    return ""


def _unnamed_apart(a: Speaker, b: Speaker) -> bool:
    """Is ``a`` an unnamed source that says what it is of (its affiliation: "مصدر في المقاومة الشعبية") and ``b`` a
    named one that shares neither a country with it nor a word of that affiliation?  Then ``a`` is no off-the-record
    voice of ``b`` ("مصدر عسكري روسي" may be Russia's deputy defence minister; a source in the resistance is not a
    commander named by no country and no such word)."""
    if not (a.anonymous and a.affiliation and not a.country) or b.anonymous or not b.named or b.country:
        return False
    words = {w for r in b.runs for w in r} | {w for t in b.titles for w in t.split()}
    return not (a.affiliation & words)


def _official(s: Speaker) -> bool:
    """Is ``s`` a body that speaks for a state, named by its country or its office alone ("ماليزيا"، "السلطات
    الماليزية"، "رئيس الوزراء"): not anonymous, not a medium?"""
    return not s.anonymous and not s.media and bool(s.country or s.titles)


def resolve_titles(speakers: Sequence[Speaker], articles: "Sequence[str] | None" = None) -> list[Speaker]:
    """Each speaker, with what the corpus's fuller mentions of it say: a title-only one (رئيس الوزراء
    التركي) takes the names that the mentions with its title and country carry (رئيس الوزراء التركي أحمد
    داود أوغلو), and a short name (المهندي) takes the names of the full mentions it meets (الرئيس التنفيذي
    لشركة «مرافئ الخليج» فيصل المهندي), when those all agree and name one person (:func:`.name_runs.person_words`).  With
    ``articles`` (each speaker's article), a short name that meets several people in the corpus ("العمراني")
    takes the one its own article names in full ("فيصل العمراني"), and that person's other mentions."""
    named: dict[tuple[str, str | None], list[Speaker]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(speakers):
        if s.named and not s.anonymous:
            for t in s.titles:
                named[(t, s.country)].append(s)
            for r in s.runs:
                for w in r:
                    by_word[w].append(i)
    out = []
    for i, s in enumerate(speakers):
        if not s.named and s.titles and not s.anonymous:
            found = [n for t in sorted(s.titles) for n in named.get((t, s.country), ())]
            if found and all(relation(found[0], n) == "same" for n in found[1:]):
                s = attrs.evolve(s, names=found[0].names, runs=found[0].runs)
        elif s.named and len(s.runs) == 1 and not s.names and not s.anonymous:
            short = s.runs[0]
            meeting = [k for k in dict.fromkeys(by_word.get(short[-1], ()))
                       if sum(map(len, speakers[k].runs)) + len(speakers[k].names) > len(short)
                       and runs_meet(s.runs, speakers[k].runs)]
            fuller = list(dict.fromkeys(speakers[k] for k in meeting))
            person = person_words(short, [n.runs for n in fuller])
            if person == frozenset() and articles is not None:
                # several people: the one its own article names in full, and that person's mentions elsewhere
                local = person_words(short, [speakers[k].runs for k in meeting if articles[k] == articles[i]])
                fuller = [n for n in fuller if local and all(x & local for x in names_meeting(short, n.runs))]
                person = person_words(short, [n.runs for n in fuller])
            if fuller and person != frozenset() and all(relation(fuller[0], n) == "same" for n in fuller[1:]):
                s = attrs.evolve(s, names=frozenset().union(*(n.names for n in fuller)),
                                 runs=tuple(dict.fromkeys(r for n in fuller for r in n.runs)),
                                 country=s.country or fuller[0].country)
        out.append(s)
    return out


def identity_keys(s: Speaker) -> frozenset[str]:
    """Index keys two mentions of one speaker share (a name, a surname, a title's head in its country, the
    country), for proposing candidate pairs among one speaker's claims.  A country is a key of every speaker it
    places, so a country speaking for itself ("العراق") meets its bodies ("رئاستا الجمهورية والوزراء في العراق")."""
    keys = set(s.names) | {"n:" + r[-1] for r in s.runs}
    if not keys:
        keys = {f"t:{h}@{s.country or ''}" for h in _heads(s.titles)}
    if s.country:
        keys.add("c:" + s.country)
    return frozenset(keys)


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
