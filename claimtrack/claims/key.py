"""Claim keys: what two outlets' wordings of one claim have in common.

A :class:`ClaimKey` holds, for a claim text:

- **stems**: content words after the "match" normalization, with clitics (و ف ب ل ك ال) and common
  suffixes stripped, broken plurals mapped to their singular (قواعد -> قاعدة, ``data/broken_plurals.tsv``)
  and news synonyms to one name (نيران/لهيب, نزاع/صراع, ``data/synonyms.tsv``);
- **entities**: canonical names from ``data/aliases.tsv`` (أفريكوم = القيادة العسكرية الأمريكية في إفريقيا =
  AFRICOM; ميغ-29 = ميج 29);
- **quantities**: numbers in digits or words with their multiplier, unit and approximation, as ranges
  (ما يفوق 1 بليون دولار = [1e9, 1.5e9] dollars; بحوالي مليار دولار = [0.9e9, 1.1e9] dollars);
- **grams**: character 4-grams of the folded text, for spellings no table lists.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable

import attrs

from ..lexicon.grammar import grammar
from ..lexicon.morph import CONJUNCTIONS, DEFINITE, LAM, PREPOSITION_CLITICS, WAW, derived_masdar, without_conjunction
from ..normalize import Normalized, fold, normalize
from .entities import entity_matches, modality_of, nisba_place, portfolios_in
from .quantities import Quantity, find_quantities, is_number_token, number_vocabulary
from .stems import Token, phrases_in, stem, stopwords, strip_clitics, word_tokens

__all__ = ["ClaimKey", "claim_key", "first_clause_negated", "negated_predicates", "topic_key"]


@attrs.frozen(cache_hash=True)  # a key is looked up in many caches (geography, speakers, score)
class ClaimKey:
    """What a claim text is about, in forms that survive rewording (see the module docstring)."""

    text: str
    stems: tuple[str, ...]
    entities: frozenset[str]
    places: frozenset[str]
    people: frozenset[str]
    quantities: tuple[Quantity, ...]
    grams: tuple[str, ...]  # the distinct character 4-grams of the folded text, in text order
    ordered: tuple[str, ...] = ()  # stems and "e:" entities in text order
    negated_part: tuple[str, ...] = ()  # the features right after the first negator, if any
    words: tuple[str, ...] = ()  # every folded word in order, function words included
    portfolios: frozenset[str] = frozenset()  # ministries named by portfolio (وزير الداخلية -> الداخلية)
    modality: frozenset[str] = frozenset()  # "plan" (تدرس، تعتزم) and/or "decided" (تقرر، أقرت)
    details: tuple[Quantity, ...] = ()  # tolls inside relative clauses, left out of ``quantities``
    # Stems and "e:" entities found only inside relative clauses ("الهجوم الذي أوقع 32 قتيلا"): what the claim
    # takes as known about a thing it names, not what it asserts; and only in a second sentence a quote bundles
    # after its first proposition ("... ولتنفيذ أهدافهم أعدوا الأسلحة"): detail of the claim.
    background: frozenset[str] = frozenset()

    @property
    def features(self) -> frozenset[str]:
        """Index terms for candidate generation: stems, entities and figures (627.3 مليون عملية -> q:627300000)."""
        return (frozenset(("s:" + s for s in self.stems)) | frozenset(("e:" + e for e in self.entities))
                | frozenset(f"q:{q.low:g}" for q in self.quantities if q.low == q.high))


@functools.lru_cache(maxsize=8192)
def claim_key(text: str) -> ClaimKey:
    """The :class:`ClaimKey` of a claim text (cached: claim texts repeat across calls)."""
    norm, positioned, matches, ordered, plain, negator_at, stems, phrased = _words(text)
    tokens = [t[0] for t in positioned]
    relative = _relative_clauses(norm.text, positioned)
    # What a relative clause says of a thing the claim names, why an act was done, and a second sentence bundled
    # into the same quote are not what the claim asserts: they weigh as background.
    aside = relative | _second_sentence(positioned) | _purpose_adjuncts(norm.text, positioned)
    entities = [(c, t) for c, t, _, _ in matches]
    # (a phrase's words weigh as the one word they stand for: "الهجوم الذي خرق وقف إطلاق النار" has هدنة in background)
    asserted = {phrased.get(k) or stem(w) for k, w in enumerate(tokens) if k not in aside}
    asserted |= {"e:" + c for c, _, a, _ in matches if a not in aside}
    background = {phrased.get(k) or stem(w) for k, w in enumerate(tokens) if k in aside and not _stop(w)}
    background |= {"e:" + c for c, _, a, _ in matches if a in aside}
    # A toll inside a relative clause describes the event the claim names ("تعرفت على هوية مشتبه به مرتبط
    # بالهجوم الذي قال إن حصيلة ضحاياه ارتفعت إلى 32 قتيلا"): a detail, not the claim's figure.  Only a
    # counted measure (killed, wounded, detained): where a relative clause ends is a guess, and a rate or an
    # amount after one often belongs to the main clause ("ارتفاع عدد العمليات التي نفذت ... بنسبة 12.4%").
    spans = [norm.span(positioned[k][1], positioned[k][2]) for k in sorted(relative)]
    figures = find_quantities(text)
    details = tuple(q for q in figures if q.counts and q.span is not None
                    and any(sp.start <= q.span.start < sp.end for sp in spans))
    folded = " ".join(fold(text).replace('"', " ").split())
    # interned: the same 4-grams recur in thousands of claims, and a key lives as long as its claim; a tuple of
    # the distinct ones in text order, not a frozenset: its hash table took most of a key's memory (7 KB a key)
    grams = tuple(dict.fromkeys(sys.intern(folded[k : k + 4]) for k in range(max(0, len(folded) - 3))))
    return ClaimKey(
        text=text,
        stems=stems,
        entities=_frozen(e for e, _ in entities),
        places=_frozen(e for e, t in entities if t == "place"),
        people=_frozen(e for e, t in entities if t == "person"),
        quantities=tuple(q for q in figures if q not in details),
        grams=grams,
        ordered=ordered,
        negated_part=tuple(plain[negator_at : negator_at + 4]) if negator_at is not None else (),
        words=tuple(tokens),
        portfolios=_frozen(portfolios_in(tokens)),
        modality=_frozen(modality_of(tuple(x for x in ordered if not x.startswith("e:"))[:4])),  # the predicate, not a later noun
        details=details,
        background=_frozen(background - asserted),
    )


# Bounded: the term weights key every distinct sentence of a corpus, and the marks key again the outlets' own
# sentences among them (12,000 of the 13,700 a real day of 1,400 articles asks: 4 CPU s); some 3.5 KB a key.
@functools.lru_cache(maxsize=1 << 15)
def topic_key(text: str) -> ClaimKey:
    """The :class:`ClaimKey` of a text with only what its topic terms read filled in (``stems``, ``entities``,
    ``places``, ``people``, ``ordered``, ``words``; no figures, grams, relative clauses, portfolios or modality):
    for the sentences of a whole corpus, whose document frequencies weigh the terms, at a fraction of the cost
    of :func:`claim_key`.  The last 32,768 texts' keys are kept (:func:`.collecting.empty_bounded_caches` keeps
    them too): the marks read the outlets' own sentences again."""
    _, positioned, matches, ordered, _, _, stems, _ = _words(text)
    return ClaimKey(
        text=text,
        stems=stems,
        entities=_frozen(c for c, _, _, _ in matches),
        places=_frozen(c for c, t, _, _ in matches if t == "place"),
        people=_frozen(c for c, t, _, _ in matches if t == "person"),
        quantities=(),
        grams=(),
        ordered=ordered,
        words=tuple(t[0] for t in positioned),
    )


_NOTHING: frozenset[str] = frozenset()


def _frozen(items: Iterable[str]) -> frozenset[str]:
    """``frozenset(items)``, the one empty set when there are none: most sentences name no entity, and each empty
    set is one more object the garbage collector walks (a day's keys held two full collections more)."""
    found = frozenset(items)
    return found if found else _NOTHING


@functools.cache
def _stops() -> frozenset[str]:
    return stopwords() | number_vocabulary()


def _words(text: str) -> tuple[Normalized, list[Token], list[tuple[str, str, int, int]], tuple[str, ...], list[str],
                                int | None, tuple[str, ...], dict[int, str]]:
    """What :func:`claim_key` and :func:`topic_key` share: the "match" normalization of ``text``, its words with
    their positions, its entity matches, its ordered features (a negated adjective joined to its negator), the
    same with negated adjectives as their plain stems (for ``negated_part``), where its first negator stood among
    them, its stems, and the words read as a phrase of ``data/synonym_phrases.tsv`` with the stem they stand for."""
    norm = normalize(text, profile="match")
    positioned = word_tokens(norm.text)
    tokens = [t[0] for t in positioned]
    matches = entity_matches(tokens)
    inside = {k for _, _, a, b in matches for k in range(a, b)}
    features = list(map(_features, tokens))
    phrased = _phrases_as_words(features, inside, norm.text, positioned)
    starts = {a: c for c, _, a, _ in matches}
    ordered: list[str] = []
    negator_at: int | None = None
    negator_k = grammar().negation_at(tokens, limit=len(tokens))
    negated = _negated_adjectives(tokens)
    plain: list[str] = []
    stems: list[str] = []
    for k, feature in enumerate(features):
        if feature is not None and feature is not _NUMBER and k not in inside:  # the negator's too
            s = negated.get(k) or feature[1]
            if len(s) >= 2:
                stems.append(s)
        if k in starts:
            ordered.append(_entity_feature(starts[k]))
            plain.append(ordered[-1])
            continue
        if k in inside or feature is _NUMBER:
            continue
        if k == negator_k:
            negator_at = len(ordered)
            continue
        if feature is None:
            continue
        plain.append(feature[0])
        ordered.append(negated.get(k, plain[-1]))
    return norm, positioned, matches, tuple(ordered), plain, negator_at, tuple(stems), phrased


_NUMBER: tuple[str, str] = ("", "")  # _features of a number


def _phrases_as_words(features: list[tuple[str, str] | None], inside: set[int], text: str,
                      positioned: list[Token]) -> dict[int, str]:
    """Read each phrase of ``data/synonym_phrases.tsv`` among the words as the one word it stands for
    (:func:`.stems.phrases_in`): its first word's feature becomes the group's stem, and the words after it are left
    out like function words ("يرفض وقف إطلاق النار" / "رفضه الالتزام بالهدنة": وقف اطلاق نار -> هدن).  No word of an
    entity's name, no number, no function word is read.  Returns each word read so, by its index, with that stem."""
    stems_at = [None if f is None or f is _NUMBER or k in inside else f[1] for k, f in enumerate(features)]
    phrased: dict[int, str] = {}

    def together(k: int) -> bool:  # (asked only of a phrase's later words: most texts hold no phrase)
        return not text[positioned[k - 1][2] : positioned[k][1]].strip()

    for start, end, group in phrases_in(stems_at, together):
        word = sys.intern(group)
        features[start : end] = [(word, word)] + [None] * (end - start - 1)
        phrased.update(dict.fromkeys(range(start, end), word))
    return phrased


def _entity_feature(canonical: str) -> str:
    """The ordered feature of a named entity, ``"e:"`` and its canonical name: one string however many keys name
    it (interned, as :func:`_features`'s)."""
    return sys.intern("e:" + canonical)


@functools.lru_cache(maxsize=65536)
def _features(word: str) -> tuple[str, str] | None:
    """What :func:`_words` asks of each word, once per word (a corpus's sentences repeat the same words thousands
    of times): :data:`_NUMBER` for a number, None for a stop word, else its feature (:func:`_plain`) and stem."""
    if _number(word):
        return _NUMBER
    if _stop(word):
        return None
    # interned: every key of a corpus holds these in its stems and ordered features, and the same stem would
    # otherwise be a string of its own in each key made after this cache forgot the word (the whole archive:
    # 85,000 claims' keys and, in the marks, 92,000 outlet sentences' keys)
    return sys.intern(_plain(word)), sys.intern(stem(word))


# Each also cached on its own: claim_key asks _stop of the words of its asides, and a word _features forgot.
@functools.lru_cache(maxsize=65536)
def _number(word: str) -> bool:
    return is_number_token(word)


@functools.lru_cache(maxsize=65536)
def _stop(word: str) -> bool:
    stops = _stops()
    return word in stops or strip_clitics(word) in stops


@functools.lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """A word's feature: the place it names (nisba), else its stem."""
    place = nisba_place(word)
    return "e:" + place if place else stem(word)


def _negated_adjectives(tokens: list[str]) -> dict[int, str]:
    """Token index -> its stem joined to the noun's negator before it, for an attributive adjective negated by a
    one-word negator of a noun between two definite words ("للتصريحات غير المسؤولة": irresponsible statements).
    "غير المسؤولة" is another word than "المسؤول" (the official), and than "المسؤولة" (responsible)."""
    stops = grammar().stopwords
    negators = _noun_negators()
    return {k + 1: tokens[k] + "_" + stem(tokens[k + 1]) for k in range(1, len(tokens) - 1)
            if tokens[k] in negators and _attributive_negator(tokens, k) and tokens[k + 1] not in stops}


def _definite(word: str) -> bool:
    """Does a folded word carry the article, maybe after a conjunction and a preposition (التصريحات، للتصريحات،
    وبالتصريحات)?"""
    bare = word[1:] if len(word) > 3 and word[0] in CONJUNCTIONS else word
    if bare.startswith(LAM + LAM):
        return True
    if len(bare) > 3 and bare[0] in PREPOSITION_CLITICS:
        bare = bare[1:]
    return bare.startswith(DEFINITE)


_CLAUSE_ENDS = frozenset("\u060c,.;\u061b:!?()\n")  # ARABIC COMMA, ARABIC SEMICOLON and the Latin marks


@functools.lru_cache(maxsize=8192)
def first_clause_negated(text: str) -> bool:
    """Is the first clause of a claim text negated, however far into it its negator stands ("هذا التصريح
    المسيء للسعودية ودول مجلس التعاون لا يخدم التعاون")?  The clause ends at the first mark that ends one, so
    a negator in what follows ("تصريحات نائب الرئيس، وعدت أمانة المنظمة هذه التصريحات غير مسؤولة") does not
    count, nor does a noun's negator inside a noun phrase ("هذه التصريحات غير المسؤولة تعديا سافرا")."""
    norm = normalize(text, profile="match").text
    tokens = word_tokens(norm)
    words: list[str] = []
    for k, (word, start, _) in enumerate(tokens):
        if k and any(c in _CLAUSE_ENDS for c in norm[tokens[k - 1][2] : start]):
            break
        words.append(word)
    g = grammar()
    first = 0
    while (found := g.negation_at(words[first:], limit=len(words))) is not None:
        at = first + found
        if _attributive_negator(words, at):
            first = at + 1
            continue
        return True
    return False


@functools.lru_cache(maxsize=8192)
def negated_predicates(text: str) -> frozenset[str]:
    """The stems of the words a verb's negator negates anywhere in a claim text, with or without the conjunction
    ("لا تخدم", "ولا تخدم" -> يخدم; not "لا تزال", data: particles.tsv, not_negating_after)."""
    words = [w for w, _, _ in word_tokens(normalize(text, profile="match").text)]
    g = grammar()
    out = set()
    for k, w in enumerate(words[:-1]):
        bare = w[1:] if len(w) > 2 and w[0] in CONJUNCTIONS else w
        if bare in g.verb_negators and g.negation_at([bare, words[k + 1]]) == 0:
            out.add(stem(words[k + 1]))
    return frozenset(out)


def _attributive_negator(words: "list[str] | tuple[str, ...]", at: int) -> bool:
    """Is the negator at ``at`` a one-word negator of a noun between two definite words, part of an attributive
    adjective ("التصريحات غير المسؤولة", "للتصريحات غير المسؤولة": irresponsible statements), not a clause's
    negation?"""
    return 0 < at < len(words) - 1 and words[at] in _noun_negators() and _definite(words[at - 1]) and _definite(words[at + 1])


@functools.cache
def _noun_negators() -> frozenset[str]:
    """The one-word negators that are not a verb's (غير، عدم; data: negators.tsv)."""
    g = grammar()
    return frozenset(n[0] for n in g.negators if len(n) == 1 and n[0] not in g.verb_negators)


_FIRST_PROPOSITION = 3  # words a content says before a second sentence can open


def _second_sentence(tokens: list[tuple[str, int, int]]) -> set[int]:
    """Indices of the tokens of a second sentence that a long quote bundles after its first proposition: from a
    purpose phrase with the conjunction (و + ل + a derived verbal noun, "ولتنفيذ", "ولتحقيق") that opens a new
    sentence with its own verb ("الجماعة تهدف للانقضاض على السلطة ... ولتنفيذ أهدافهم أعدوا الأسلحة"), to the end.
    What such a sentence adds is detail of the claim, which is its first proposition; a purpose phrase that
    follows its verb has no conjunction ("أعدوا الأسلحة لتنفيذ أهدافهم")."""
    for k in range(_FIRST_PROPOSITION, len(tokens)):
        word = tokens[k][0]
        if word.startswith(WAW + LAM) and derived_masdar(word[2:]):
            return set(range(k, len(tokens)))
    return set()


def _relative_clauses(text: str, tokens: list[tuple[str, int, int]]) -> set[int]:
    """Indices of the tokens inside relative clauses: from after a relative pronoun (الذي، التي، الذين;
    data: particles.tsv, role relative) that is not the first word, to the next punctuation mark that ends a
    clause ("الشرطة تعرفت على هوية مشتبه به مرتبط بالهجوم الذي قال إن حصيلة ضحاياه ارتفعت إلى 32 قتيلا")."""
    role = grammar().role

    def relative(word: str) -> bool:
        return "relative" in role(word) or "relative" in role(strip_clitics(word))

    if tokens and relative(tokens[0][0]):
        return set()  # the content is itself a relative clause, cut from its noun: it has no other part
    inside: set[int] = set()
    for k, (word, _, _) in enumerate(tokens):
        # "في وجه هذا العمل الإرهابي": a demonstrative's noun phrase inside the claim names what it takes as
        # known; one that opens the claim is its subject ("هذه الفرق ستكون للتدريب المشترك")
        if k > 0 and "demonstrative" in role(word):
            j = k + 1
            while j < len(tokens) and tokens[j][0].startswith(DEFINITE) and not role(tokens[j][0]):
                inside.add(j)
                j += 1
    return inside | _to_clause_end(text, tokens, relative)


def _purpose_adjuncts(text: str, tokens: list[tuple[str, int, int]]) -> set[int]:
    """Indices of the tokens of purpose adjuncts: from after a word that opens one (بغية، بهدف; data:
    particles.tsv, role purpose) that is not the first word, to the next punctuation mark that ends a clause.  Why
    an act was done is detail of the claim that the act was done ("أنشأوا جماعة إرهابية داخل الدولة بغية القيام
    بأعمال إرهابية"), which another claim may state as its own ("تهدف تلك المجموعة إلى القيام بأعمال إرهابية")."""
    words = _purpose_words()
    return _to_clause_end(text, tokens, lambda word: without_conjunction(word) in words) if words else set()


@functools.cache
def _purpose_words() -> frozenset[str]:
    """The words that open a purpose adjunct (data: particles.tsv, role purpose), looked up once per token."""
    return frozenset(w for w, roles in grammar().particles.items() if "purpose" in roles)


def _to_clause_end(text: str, tokens: list[tuple[str, int, int]], opens: Callable[[str], bool]) -> set[int]:
    """Indices of the tokens after each word (not the first) for which ``opens`` holds, to the next punctuation
    mark that ends a clause."""
    inside: set[int] = set()
    open_ = False
    for k, (word, start, _) in enumerate(tokens):
        if open_ and any(c in _CLAUSE_ENDS for c in text[tokens[k - 1][2] : start]):
            open_ = False
        if open_:
            inside.add(k)
        elif k > 0 and opens(word):
            open_ = True
    return inside
