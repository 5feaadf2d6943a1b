"""The attribution grammar's word lists, compiled once from ``claimtrack/data``.

Base forms come from the data files; this module generates what the files deliberately leave out
(see STYLE: store base forms, generate variants): the feminine, plural and dual perfect (قال -> قالت،
قالوا، قالا; نفى -> نفت، نفوا), the imperfect persons and future (يقول -> تقول، يقولون، سيقول), masdars with
attached pronouns (قول -> قوله، قولها; إشادة -> إشادته), participles in every gender and number (مضيف ->
مضيفا، مضيفة، مضيفين), and complementizers with pronouns (أن -> أنه، أنها).  All keys are "match"-folded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
import functools
from typing import Generic, TypeVar

import attrs

from ..errors import LexiconError
from .aliases import aliases
from .files import check_choice, read_rows, read_words
from .morph import CONJUNCTIONS, DEFINITE, MA, PRONOUN_SUFFIXES, masdar_pronouns
from .schema import FRAMES, SOURCE_KINDS, STANCES
from ..normalize import fold

__all__ = ["CueForm", "FirstWordIndex", "Grammar", "Verb", "grammar"]

_ALEF_MAKSURA, _ALEF, _TEH = "\u0649", "\u0627", "\u062a"
_OBJECT_PRONOUNS = ("\u0647", "\u0647\u0627", "\u0647\u0645")  # ه، ها، هم
# The stances whose verbs judge their object and are read with an object pronoun (ووصفته بـ، واتهمته بدعم);
# a verb that asks or tells someone something (وسأله عن، وطالبهم بـ، وأبلغه بـ) reports no claim of its own there.
_OBJECT_STANCES = frozenset({"accuse", "opinion"})


@attrs.frozen
class Verb:
    lemma: str
    stance: str
    frame: str  # "any", "complement" or "nominal" (see reporting_verbs.tsv)
    preps: tuple[str, ...]  # folded prepositions (or keyword nouns) that introduce the content
    line: int


@attrs.frozen
class CueForm:
    verb: Verb
    form: str  # "perfect", "imperfect", "masdar", "participle"
    pronoun: bool = False  # a masdar with an attached pronoun: قوله، تأكيده
    # A verb with an attached object pronoun (ووصفته، واتهمته، ويصفها): a cue only where the verb's own
    # preposition or a complementizer follows it at once (SentenceTokens.cue_forms), as "ووصفته بـ«المحترم»".
    object: bool = False


def _perfect_forms(lemma: str) -> list[str]:
    if lemma.endswith(_ALEF_MAKSURA) or lemma.endswith(_ALEF):
        stem = lemma[:-1]
        return [lemma, stem + "ت", stem + "وا", stem + "تا", stem + "يا"]
    return [lemma, lemma + "ت", lemma + "وا", lemma + "ا", lemma + "تا"]


def _object_forms(verb_forms: list[str]) -> list[str]:
    """The forms with an attached object pronoun (وصف -> وصفه، وصفها، وصفهم; وصفت -> وصفته; يصف -> يصفها).
    Forms ending in an alef are left out (وصفوه drops the alef before the pronoun; نادى -> ناديه "his club")."""
    return [f + s for f in verb_forms if not f.endswith((_ALEF, _ALEF_MAKSURA)) for s in _OBJECT_PRONOUNS]


def _imperfect_forms(imperfect: str) -> list[str]:
    if imperfect == "-" or not imperfect:
        return []
    stem = imperfect[1:]
    plural = (imperfect[:-1] if imperfect[-1] in "يىو" else imperfect) + "ون"
    plural_f = "ت" + plural[1:]
    # No future forms (سيؤكد): what will be said has not been said, so it is no attribution.
    return [imperfect, "ت" + stem, plural, imperfect + "ان", "ت" + stem + "ان", plural_f]


def _masdar_forms(masdar: str) -> list[tuple[str, bool]]:
    base = masdar[:-1] + _TEH if masdar.endswith("\u0629") else masdar
    return [(masdar, False)] + [(base + s, True) for s in masdar_pronouns()]


def _participle_forms(participle: str) -> list[str]:
    p = participle
    # A participle used as a حال is accusative: مؤكدا، مؤكدة، مؤكدين، مؤكدتين، مؤكدات; the nominative
    # مؤكدون/منتقدون is a noun (the critics), never a cue.
    forms = [p + "ا", p + "\u0629", p + "ين", p + "تين", p + "ات"]
    if p.endswith("\u064a"):
        forms.append(p[:-1] + "ين")  # a defective participle's plural drops its ي: مدعي -> مدعين، نافي -> نافين
    return forms


Words = tuple[str, ...]
E = TypeVar("E")


@attrs.frozen
class FirstWordIndex(Generic[E]):
    """The entries of a multi-word table (according-to markers, hedges, multi-word particles) by their first
    word, longest first: an index, so a sentence is not matched against every entry at every token."""

    by_first: dict[str, tuple[E, ...]]
    words_of: Callable[[E], Words]  # the words of an entry

    @classmethod
    def build(cls, entries: Iterable[E], words_of: Callable[[E], Words]) -> FirstWordIndex[E]:
        index: dict[str, list[E]] = {}
        for entry in entries:
            index.setdefault(words_of(entry)[0], []).append(entry)
        return cls({k: tuple(sorted(v, key=lambda e: -len(words_of(e)))) for k, v in index.items()}, words_of)

    def starting_with(self, key: str, bare: str) -> tuple[E, ...]:
        """Entries whose first word is ``key`` or ``bare`` (a word without its و/ف), longest first."""
        first = self.by_first.get(key, ())
        if bare == key:
            return first
        other = self.by_first.get(bare, ())
        if not first or not other:
            return first or other  # each is sorted already
        return tuple(sorted(first + other, key=lambda e: -len(self.words_of(e))))


def _itself(words: Words) -> Words:
    return words


def _first(entry: tuple[Words, str]) -> Words:
    return entry[0]


@attrs.frozen
class Grammar:
    cues: dict[str, tuple[CueForm, ...]]
    according: tuple[tuple[str, ...], ...]  # marker words, longest first; a final one-letter word attaches
    complementizers: frozenset[str]
    negators: tuple[tuple[str, ...], ...]
    hedges: tuple[tuple[tuple[str, ...], str], ...]
    source_kinds: dict[str, str]
    backrefs: dict[tuple[str, ...], str]
    particles: dict[str, frozenset[str]]
    multi_particles: tuple[tuple[tuple[str, ...], str], ...]
    adjuncts: dict[str, str]
    wire: dict[str, str]  # folded credit as written -> the agency's name
    names: frozenset[str]
    according_index: FirstWordIndex[Words]  # according-to markers by first word
    hedge_index: FirstWordIndex[tuple[Words, str]]  # hedges (words, kind) by first word
    multi_particle_index: FirstWordIndex[tuple[Words, str]]  # multi-word particles (words, role) by first word
    relay_markers: frozenset[tuple[str, ...]]
    stopwords: frozenset[str]
    verb_negators: frozenset[str] = frozenset()  # one-word negators of a verb: لم لن لا ما (negators.tsv, scope verb)
    # Names of bodies and outlets of several words (aliases.tsv, type org) one of whose words folds to a complementizer
    # ("سي إن إن": CNN), by that word: each name's words and where that word stands.  Inside such a name no content opens.
    comp_names: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = attrs.field(factory=dict)
    # The first word of each negator (where :meth:`negation_at` may find one) and the most words of one.
    negator_heads: frozenset[str] = attrs.field(init=False)
    longest_negator: int = attrs.field(init=False)

    # kind_of_word's answers by key (asked of the same words again and again), emptied when full
    _kinds: dict[str, str | None] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    _prepositions: dict[str, bool] = attrs.field(init=False, factory=dict, eq=False, repr=False)  # is_preposition's

    @negator_heads.default
    def _negator_heads(self) -> frozenset[str]:
        return frozenset(n[0] for n in self.negators)

    @longest_negator.default
    def _longest_negator(self) -> int:
        return max(map(len, self.negators), default=0)

    def negation_at(self, words: list[str], limit: int = 8) -> int | None:
        """Index of the word that negates the clause opening ``words`` (folded words; "،" ends a clause).

        Skips what does not negate the clause: لا سيما، لا يزال، ما لا يقل (data: particles.tsv,
        not_negating_after), a negator inside a relative clause ("الذين لم يغادروا"), and a contrast
        inside the clause ("وحدة تدريب وليس قوة قتالية").
        """
        heads = self.negator_heads
        for k, w in enumerate(words[:limit]):
            if w in ("\u060c", ",", ";", "\u061b"):
                return None
            bare = w[1:] if len(w) > 2 and w[0] in CONJUNCTIONS else w
            if k > 0 and bare != w and bare in self.complementizers:
                return None  # "انسحبت من المدينة وإنها لن تعود": a second reported clause begins
            if k >= 2 and bare != w:
                continue
            if w not in heads and bare not in heads:
                continue  # no negator starts here (most words): the loop below would find none
            if k > 0 and "relative" in self.role(words[k - 1]):
                continue
            for neg in self.negators:
                if tuple(words[k : k + len(neg)]) == neg or (len(neg) == 1 and bare == neg[0]):
                    after = words[k + len(neg)] if k + len(neg) < len(words) else ""
                    if neg == (MA,) or "not_negating_after" in self.role(after):
                        continue
                    return k
        return None

    def cue_forms(self, key: str, bare: str) -> tuple[CueForm, ...]:
        return self.cues.get(key) or (self.cues.get(bare, ()) if bare != key else ())

    def role(self, key: str) -> frozenset[str]:
        return self.particles.get(key, frozenset())

    def kind_of_word(self, key: str) -> str | None:
        """Source kind of a folded word, with or without ال, masculine or feminine (الناشطة -> ناشط)."""
        kinds = self._kinds
        if key in kinds:
            return kinds[key]
        if len(kinds) >= _KINDS_KEPT:
            kinds.clear()
        kind = kinds[key] = self._kind_of_word(key)
        return kind

    def is_preposition(self, key: str) -> bool:
        """Is the folded word a preposition, alone or with an attached pronoun ("خلالها", "عليه", "فيه")?"""
        known = self._prepositions.get(key)
        if known is None:
            if len(self._prepositions) >= _KINDS_KEPT:
                self._prepositions.clear()
            known = self._prepositions[key] = "preposition" in self.role(key) or any(
                key.endswith(suffix) and "preposition" in self.role(key[: -len(suffix)]) for suffix in PRONOUN_SUFFIXES)
        return known

    def _kind_of_word(self, key: str) -> str | None:
        for k in (key, key[2:] if key.startswith(DEFINITE) else None):
            if not k:
                continue
            if k in self.source_kinds:
                return self.source_kinds[k]
            if k.endswith("\u0647") and k[:-1] in self.source_kinds:  # teh marbuta, folded to heh
                return self.source_kinds[k[:-1]]
        return None


_KINDS_KEPT = 100_000  # the answers Grammar keeps of one question at most: memory stays bounded however many articles pass


def _words(value: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in value.split())


@functools.cache
def grammar() -> Grammar:
    """The compiled grammar (built on first use, then cached)."""
    cues: dict[str, list[CueForm]] = {}

    def add(form: str, cue: CueForm) -> None:
        key = fold(form)
        if cue not in cues.setdefault(key, []):
            cues[key].append(cue)

    for row in read_rows("reporting_verbs.tsv", 7):
        lemma, imperfect, stance, frame, preps, masdars, participle = row.fields
        check_choice("reporting_verbs.tsv", row, stance, STANCES)
        check_choice("reporting_verbs.tsv", row, frame, FRAMES)
        verb = Verb(lemma, stance, frame, tuple(fold(p) for p in preps.split(",") if p and p != "-"), row.line)
        for f in _perfect_forms(lemma):
            add(f, CueForm(verb, "perfect"))
        for f in _imperfect_forms(imperfect):
            add(f, CueForm(verb, "imperfect"))
        if verb.stance in _OBJECT_STANCES:  # with no preposition, a quotation or complementizer is the frame
            for f in _object_forms([lemma, lemma + _TEH]):
                add(f, CueForm(verb, "perfect", object=True))
            for f in _object_forms(_imperfect_forms(imperfect)[:2]):
                add(f, CueForm(verb, "imperfect", object=True))
        for m in (x for x in masdars.split(",") if x and x != "-"):
            for f, pron in _masdar_forms(m.strip()):
                add(f, CueForm(verb, "masdar", pron))
        if participle and participle != "-":
            for f in _participle_forms(participle):
                add(f, CueForm(verb, "participle"))

    according = tuple(sorted({_words(w) for w in read_words("according_to.txt")}, key=lambda m: (-len(m), m)))
    comps: set[str] = set()
    for word in read_words("complementizers.txt"):
        base = fold(word)
        comps.add(base)
        comps.update(base + s for s in PRONOUN_SUFFIXES)
    negators = tuple(sorted({_words(r[0]) for r in read_rows("negators.tsv", 2)}, key=lambda n: -len(n)))
    hedges = tuple(sorted(((_words(r[0]), r[1]) for r in read_rows("hedges.tsv", 2)), key=lambda h: -len(h[0])))
    kinds: dict[str, str] = {}
    for row in read_rows("sources.tsv", 2):
        kind = check_choice("sources.tsv", row, row[1], SOURCE_KINDS)
        words = _words(row[0])
        kinds[" ".join(words)] = kind
        if len(words) > 1:
            # "القائم بأعمال": the first word marks the kind where it stands in a mention.
            first = words[0][2:] if words[0].startswith(DEFINITE) else words[0]
            kinds.setdefault(first, kind)
    backrefs = {_words(r[0]): r[1] for r in read_rows("backreferences.tsv", 2)}
    particles: dict[str, set[str]] = {}
    multi: list[tuple[tuple[str, ...], str]] = []
    for row in read_rows("particles.tsv", 2):
        words = _words(row[0])
        if len(words) == 1:
            particles.setdefault(words[0], set()).add(row[1])
        else:
            multi.append((words, row[1]))
    adjuncts: dict[str, str] = {}
    for row in read_rows("adjuncts.tsv", 2):
        words = _words(row[0])
        if len(words) == 1:
            adjuncts.setdefault(words[0], check_choice("adjuncts.tsv", row, row[1], {"medium", "time", "media"}))
        else:
            multi.append((words, "time_phrase"))
    wire = {" ".join(_words(r[0])): r[1] for r in read_rows("wire_agencies.tsv", 3)}
    # One-word names of people, places and bodies: proper names are definite without ال.
    alias_words = [(a.type, _words(a.alias)) for a in aliases()]
    names = frozenset(w[0] for _, w in alias_words if len(w) == 1)
    comp_names: dict[str, set[tuple[tuple[str, ...], int]]] = {}
    for kind, words in alias_words:
        # (bodies and outlets: a person's listed name, "بان كي مون", is read where a mention starts, names.py)
        if kind == "org" and len(words) > 1:
            for k, w in enumerate(words):
                if w in comps:
                    comp_names.setdefault(w, set()).add((words, k))
    if not cues:
        raise LexiconError("reporting_verbs.tsv produced no cue forms")
    return Grammar(
        cues={k: tuple(v) for k, v in cues.items()},
        according=according,
        complementizers=frozenset(comps),
        negators=negators,
        hedges=hedges,
        source_kinds=kinds,
        backrefs=backrefs,
        particles={k: frozenset(v) for k, v in particles.items()},
        multi_particles=tuple(sorted(multi, key=lambda m: -len(m[0]))),
        adjuncts=adjuncts,
        wire=wire,
        names=names,
        comp_names={w: tuple(sorted(v)) for w, v in comp_names.items()},
        # According-to markers that relay someone else's words: the source is the one after them.
        relay_markers=frozenset(m for m in according if m[0] in ("\u0646\u0642\u0644\u0627", "\u0639\u0644\u064a")),
        stopwords=frozenset(fold(w) for w in read_words("stopwords.txt")),
        verb_negators=frozenset(fold(r[0]) for r in read_rows("negators.tsv", 2) if r[1] == "verb" and " " not in r[0]),
        according_index=FirstWordIndex.build(according, _itself),
        hedge_index=FirstWordIndex.build(hedges, _first),
        multi_particle_index=FirstWordIndex.build(multi, _first),
    )
