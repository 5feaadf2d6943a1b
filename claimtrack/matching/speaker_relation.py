"""Two speakers compared: the same, different, or nothing tells; and what a corpus's fuller mentions tell of one.

:func:`relation` tells two :class:`~.speakers.Speaker` s apart: ``"same"``, ``"different"`` or ``""`` when nothing
tells (an unresolved "البيان", a country against one of its bodies).  :func:`resolve_titles` gives a title-only
mention (رئيس الوزراء التركي) the name that other mentions of the corpus give the same title and country, and a short
name the person its fuller mentions name.  :func:`identity_keys` are what two mentions of one speaker share, for
proposing candidate pairs among one speaker's claims.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence

import attrs

from ..claims.stems import stem, strip_clitics
from ..lexicon import read_words
from ..normalize import fold
from .name_runs import names_meeting, person_words, runs_meet
from .speakers import Speaker

__all__ = ["identity_keys", "relation", "resolve_titles"]


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
