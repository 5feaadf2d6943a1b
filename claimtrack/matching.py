"""Matching the same claim across outlets.

:func:`pair_score` compares two :class:`~claimtrack.claims.ClaimKey` s: lexical overlap of stems weighted
by rarity in the corpus, character 4-gram overlap (spelling tolerant), entity agreement, number agreement
and source identity, with a penalty when the two name different countries for the same thing (aid to
Tunisia is not aid to Libya).  Every score comes with its reasons.

:class:`Corpus` collects articles, extracts their attributions, and clusters claims: candidate pairs come
from an inverted index over rare features (never all pairs), and pairs that score as the same claim are
joined (an anaphoric content such as ``ذلك`` joins the claim it points back to).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs

from .attribution import extract_attributions
from .claims import ClaimKey, Quantity, claim_key, idf, stem
from .lexicon.grammar import grammar
from .lexicon import read_rows, read_words, str_tuple
from .models import Article, Attribution, id_order, shorten
from .normalize import fold
from .reader import read_article

__all__ = ["Claim", "Cluster", "Corpus", "Match", "PairScore", "Relation", "cities", "countries", "find", "pair_score", "relate"]

SAME = 0.32
RELATED = 0.2
# Weights of the pair score's parts (they sum to 1), chosen on the seed clusters and tests/data/relate_pairs.tsv.
WEIGHTS = {"lexical": 0.65, "lead": 0.2, "grams": 0.06, "numbers": 0.06, "source": 0.03}
_LINKAGE = 0.8  # a merged group's mean cross score must reach this share of SAME
_CONFLICT_LEXICAL = 0.2  # places differ and the wording is this close: the same words about another place
# Index terms found in more than this share of claims are too common to propose candidates.
_COMMON_SHARE = 0.25


@attrs.frozen
class PairScore:
    score: float
    reasons: tuple[str, ...]
    shared_entities: tuple[str, ...] = ()
    shared_numbers: tuple[tuple[str, str], ...] = ()
    conflicting_numbers: tuple[tuple[str, str], ...] = ()
    country_conflict: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        if self.score >= SAME:
            return "same"
        return "related" if self.score >= RELATED else "unrelated"


@functools.lru_cache(maxsize=32768)
def named_places(key: ClaimKey) -> frozenset[str]:
    """Places a claim names, by name or nisba adjective (روسيا، الليبي)."""
    return frozenset(key.places) | {f[2:] for f in key.ordered if f.startswith("e:") and f[2:] in _place_set()}


@functools.lru_cache(maxsize=32768)
def cities(key: ClaimKey) -> frozenset[str]:
    """Cities a claim names (data: cities.tsv)."""
    return frozenset(p for p in named_places(key) if p in _city_country())


@functools.cache
def _regions() -> frozenset[str]:
    return frozenset(read_words("regions.txt"))


@functools.cache
def _city_country() -> dict[str, str]:
    return {r[0]: r[1] for r in read_rows("cities.tsv", 2)}


@functools.lru_cache(maxsize=32768)
def countries(key: ClaimKey) -> frozenset[str]:
    """Places a claim is about, also through its entities (الجيش التونسي -> تونس); a city counts as its
    country (جدة -> السعودية)."""
    from .claims import _nisba_place

    parent = _city_country()
    places = {parent.get(p, p) for p in named_places(key) if p not in _regions()}
    for entity in key.entities:  # "الجيش التونسي" -> تونس
        if entity in _place_set():
            continue  # "الكونغو الديمقراطية" is one country, not also الكونغو
        for word in fold(entity).split():
            place = _nisba_place(word)
            if place and place not in _regions():
                places.add(parent.get(place, place))
    return frozenset(places)


@functools.cache
def _place_set() -> frozenset[str]:
    return frozenset(r[0] for r in read_rows("aliases.tsv", 3) if r[2] == "place")


def _object_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The same action done to different things ("روسيا أرسلت مقاتلات" / "روسيا بإرسال مقاتلين"):
    the first word both openings share, then the next two words of each, with nothing in common."""
    lead_b = b[:6]
    for k, f in enumerate(a[:6]):
        if f.startswith("e:") or f not in lead_b:
            continue
        j = lead_b.index(f)
        after_a = {x for x in a[k + 1 : k + 3] if not x.startswith("e:")}
        after_b = {x for x in b[j + 1 : j + 3] if not x.startswith("e:")}
        if (after_a and after_b and not (after_a & set(b)) and not (after_b & set(a))
                and not _any_alike(after_a, b[:6]) and not _any_alike(after_b, a[:6])):
            return (" ".join(sorted(after_a)), " ".join(sorted(after_b)))
        return ()
    return ()


def _any_alike(words: set[str], other: tuple[str, ...]) -> bool:
    """Does one of ``words`` stand in ``other`` as a variant the stemmer left apart (لاجي/لاج, وجود/توجد)?"""
    return any(_alike(x, y) for x in words for y in other if not y.startswith("e:"))


@functools.lru_cache(maxsize=65536)
def _close(x: str, y: str) -> bool:
    """Spelled nearly alike: character-bigram Dice >= 0.75 (ستنطلق / تنطلق, مساعد / مساعدات)."""
    if min(len(x), len(y)) < 3:
        return False
    bx, by = _bigrams(x), _bigrams(y)
    return 2 * len(bx & by) / (len(bx) + len(by)) >= 0.75


@functools.lru_cache(maxsize=65536)
def _alike(x: str, y: str) -> bool:
    """Spelled nearly alike or with the same consonants (وجود / توجد); used only to doubt a different object,
    since the consonants also join قرار and تقرير."""
    return _close(x, y) or (min(len(x), len(y)) >= 3 and _skeleton(x) == _skeleton(y))


def _skeleton(word: str) -> str:
    """The consonants of a stem: the future س, an imperfect prefix and the long vowels after the first letter
    dropped (وجود / توجد -> وجد; ستنطلق / تنطلق -> نطلق).  Used only to compare two words, so a noun that
    starts like a future verb (سيارة) is harmless unless the other word has the same consonants."""
    if len(word) >= 5 and word[0] == "\u0633" and word[1] in "\u064a\u062a\u0646":
        word = word[1:]
    if len(word) >= 4 and word[0] in "\u064a\u062a\u0646":
        word = word[1:]
    return word[0] + "".join(c for c in word[1:] if c not in "\u0627\u0648\u064a")


def _lead(ordered: tuple[str, ...], size: int = 6) -> set[str]:
    return set(ordered[:size])


@functools.lru_cache(maxsize=65536)
def _bigrams(word: str) -> frozenset[str]:
    return frozenset(word[k : k + 2] for k in range(len(word) - 1))


def _soft_overlap(rest_a: set[str], rest_b: set[str], w: Callable[[str], float]) -> float:
    """Credit for stems that differ only in affixes the stemmer left (ندرس/يدرس, مساعد/مساعدات)."""
    total = 0.0
    for x in rest_a:
        if x.startswith("e:"):
            # An entity whose own words stand in the other claim ("لواء المساعدة الأمنية" / "فرقا للدعم").
            words = {stem(w) for w in x[2:].split()}
            if len(words & rest_b) >= 2:
                total += 0.8 * w(x)
            continue
        if len(x) >= 4 and any(len(y) >= 4 and not y.startswith("e:") and _close(x, y) for y in rest_b):
            total += 0.8 * w(x)
    return total


def negative_core(key: ClaimKey, denied: bool = False) -> tuple[str, ...]:
    """What a negative claim says is not so: the words after its negator, or for a denial its opening."""
    if key.negated_part:
        return key.negated_part
    return key.ordered[:4] if denied else ()


def pair_score(a: ClaimKey, b: ClaimKey, weight: Callable[[str], float] | None = None,
               same_source: bool = False, denied: tuple[bool, bool] = (False, False)) -> PairScore:
    """How likely ``a`` and ``b`` report the same claim, in [0, 1], with the reasons."""
    w = weight or (lambda s: 1.0)
    ca, cb = countries(a), countries(b)
    ea, eb = a.entities | named_places(a), b.entities | named_places(b)
    # One weighted feature space: stems, and entities (named once, whatever the wording) as "e:" terms.
    fa = set(a.stems) | {"e:" + e for e in ea}
    fb = set(b.stems) | {"e:" + e for e in eb}
    wa, wb = sum(w(f) for f in fa), sum(w(f) for f in fb)
    shared = fa & fb
    soft = (_soft_overlap(fa - shared, fb - shared, w) + _soft_overlap(fb - shared, fa - shared, w)) / 2
    matched = sum(w(f) for f in shared) + soft
    # Dice penalises a short claim quoted inside a long one; containment alone rewards any short claim.
    lexical = (matched / (wa + wb) + matched / (2 * min(wa, wb))) if wa and wb else 0.0
    grams = 2 * len(a.grams & b.grams) / (len(a.grams) + len(b.grams)) if a.grams and b.grams else 0.0
    ents = ea & eb
    agree: list[tuple[str, str]] = []
    conflict: list[tuple[str, str]] = []
    agree_q: list[tuple[Quantity, Quantity]] = []
    for qa in a.quantities:
        for qb in b.quantities:
            if qa.unit == "calendar_year" or qb.unit == "calendar_year":
                if qa.unit == qb.unit and qa.compatible(qb):
                    agree.append((qa.text, qb.text))
                    agree_q.append((qa, qb))
                continue
            if qa.same_unit(qb) or (qa.unit is None and qb.unit is None):
                if qa.compatible(qb):
                    agree.append((qa.text, qb.text))
                    agree_q.append((qa, qb))
                else:
                    conflict.append((qa.text, qb.text))
    number = 1.0 if any(x for x in agree) and not conflict else 0.0
    # The opening of a claim holds its subject, predicate and object ("روسيا أرسلت مقاتلات" /
    # "عسكريين روسا سلموا 14 طائرة"): agreement there counts beyond the bag of words.
    lead_a, lead_b = _lead(a.ordered), _lead(b.ordered)
    # the same word in both openings, or its other form (ستنطلق / تنطلق, لاجئ / لاجئين)
    met = lead_a & lead_b | {x for x in lead_a - lead_b
                             if not x.startswith("e:") and any(_close(x, y) for y in lead_b if not y.startswith("e:"))}
    lead = len(met) / min(len(lead_a), len(lead_b)) if lead_a and lead_b else 0.0
    score = (WEIGHTS["lexical"] * lexical + WEIGHTS["lead"] * lead + WEIGHTS["grams"] * grams
             + WEIGHTS["numbers"] * number + (WEIGHTS["source"] if same_source else 0.0))
    # Two negative claims about the same thing ("ليست هناك قاعدة عسكرية" / "ينفي وجود قواعد عسكرية").
    core_a, core_b = negative_core(a, denied[0]), negative_core(b, denied[1])
    if core_a and core_b and len(set(core_a) & set(core_b)) >= 2:
        score += 0.1
    # Same words about a different country (aid to Tunisia / aid to Libya) or a different person
    # (خليفة حفتر / خالد حفتر) is a different claim.
    country_conflict = tuple(sorted((ca - cb) | (cb - ca))) if (ca - cb) and (cb - ca) and lexical >= _CONFLICT_LEXICAL else ()
    ta, tb = cities(a), cities(b)
    if not country_conflict and ta and tb and not (ta & tb):  # حمص / اللاذقية: two cities of one country
        country_conflict = tuple(sorted(ta | tb))
    pa, pb = a.people, b.people
    if pa and pb and not (pa & pb):
        country_conflict += tuple(sorted(pa | pb))
    if a.portfolios and b.portfolios and not (a.portfolios & b.portfolios):  # وزير الداخلية / وزير الخارجية
        country_conflict += tuple(sorted(a.portfolios | b.portfolios))
    # A count both give of the same thing ("نحو 400 مدرب" / "أربعمئة مدرب") outweighs a different word after
    # the verb; a date or a bare number ("في 12 مايو") does not.
    counted = any(qa.same_unit(qb) and qa.unit != "calendar_year" for qa, qb in agree_q)
    objects = () if counted else _object_conflict(a.ordered, b.ordered)
    if objects:
        score = min(score, SAME - 0.05)
    # Planned or studied in one, decided in the other ("تدرس فرض ضريبة" / "تقرر فرض ضريبة"): related.
    modality = a.modality ^ b.modality
    if "decided" in modality and (a.modality | b.modality) == {"plan", "decided"} and a.modality != b.modality:
        score = min(score, SAME - 0.05)
    if country_conflict:
        score = min(score, SAME - 0.05)
    reasons = []
    words = sorted(f for f in shared if not f.startswith("e:"))
    if words:
        reasons.append("shared words: " + "، ".join(words[:8]))
    if ents:
        reasons.append("shared entities: " + "، ".join(sorted(ents)))
    if agree:
        reasons.append("shared numbers: " + "; ".join(f"{x} = {y}" for x, y in agree))
    if conflict:
        reasons.append("conflicting numbers: " + "; ".join(f"{x} / {y}" for x, y in conflict))
    if country_conflict:
        reasons.append("different places or people: " + "، ".join(country_conflict))
    if objects:
        reasons.append("same action, different object: " + " / ".join(objects))
    if "decided" in modality and (a.modality | b.modality) == {"plan", "decided"} and a.modality != b.modality:
        reasons.append("planned in one, decided in the other")
    if same_source:
        reasons.append("same source")
    return PairScore(round(min(score, 1.0), 4), tuple(reasons), tuple(sorted(ents)), tuple(agree), tuple(conflict),
                     country_conflict)


@attrs.frozen
class Claim:
    """An attribution's content as a claim: its key, and for ``ذلك`` the key of what it points back to."""

    attribution: Attribution
    key: ClaimKey
    source_key: frozenset[str]

    @property
    def id(self) -> str:
        return self.attribution.id


@attrs.frozen
class Cluster:
    """One claim as reported across outlets: the attributions that carry it."""

    id: str
    label: str
    claims: tuple[str, ...] = attrs.field(converter=str_tuple)
    articles: tuple[str, ...] = attrs.field(converter=str_tuple)
    outlets: tuple[str, ...] = attrs.field(converter=str_tuple)


@attrs.frozen
class Match:
    """A place in the corpus that reports a claim: an attribution (or a sentence), its score and why."""

    article: str
    attribution: str | None
    text: str
    score: float
    relation: str
    reasons: tuple[str, ...]


def _source_key(a: Attribution) -> frozenset[str]:
    from .claims import find_entities

    names = {c for c, _ in find_entities(a.source.text)}
    return frozenset(names) or frozenset({fold(a.source.text)}) if a.source.text else frozenset()


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _content_words(key: ClaimKey) -> tuple[str, ...]:
    role = grammar().role
    return tuple(w for w in key.words if "filler" not in role(w))


class Corpus:
    """Articles from several outlets, their attributions, and the claims they share.

    >>> corpus = Corpus()
    >>> corpus.add("seeds/000_8b6cf623ab9f9948.txt", outlet="A")  # doctest: +SKIP
    >>> [c.label for c in corpus.clusters if len(c.outlets) > 1]  # doctest: +SKIP
    """

    def __init__(self, items: Iterable["str | os.PathLike[str] | Article"] = ()) -> None:
        self._articles: dict[str, Article] = {}
        self._cache: dict[str, object] = {}
        for item in items:
            self.add(item)

    def add(self, item: "str | os.PathLike[str] | Article", *, outlet: str | None = None,
            published: "dt.date | str | None" = None) -> Article:
        """Add an article (a path or an :class:`Article`); ``outlet`` and ``published`` override its own."""
        if isinstance(item, Article):
            article = item
            if outlet is not None or published is not None:
                from .dates import parse_date

                article = attrs.evolve(article, outlet=outlet or article.outlet,
                                       published=parse_date(published) or article.published)
        else:
            article = read_article(Path(item), outlet=outlet, published=published)
        if article.id in self._articles:
            raise ValueError(f"article id {article.id!r} is already in the corpus")
        self._articles[article.id] = article
        self._cache.clear()
        return article

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(self._articles.values())

    def _cached(self, name: str, build: Callable[[], object]) -> object:
        if name not in self._cache:
            self._cache[name] = build()
        return self._cache[name]

    @property
    def attributions(self) -> tuple[Attribution, ...]:
        return self._cached("attributions", lambda: tuple(a for art in self._articles.values() for a in extract_attributions(art)))  # type: ignore[return-value]

    @property
    def claims(self) -> tuple[Claim, ...]:
        def build() -> tuple[Claim, ...]:
            by_id = {a.id: a for a in self.attributions}
            out = []
            for a in self.attributions:
                target = a
                while target.content.refers_to and target.content.refers_to in by_id:
                    target = by_id[target.content.refers_to]
                out.append(Claim(a, claim_key(target.content.text), _source_key(a)))
            return tuple(out)

        return self._cached("claims", build)  # type: ignore[return-value]

    @property
    def groups(self) -> dict[str, tuple[str, ...]]:
        """Identical claims (the same folded content, stance, negation, speaker and hedging, as when
        outlets reprint wire copy): representative id -> every id in the group.  Pairs are scored between
        representatives, so everything a mark depends on (who speaks, named or not, hedged or not) is in the key."""

        def build() -> dict[str, tuple[str, ...]]:
            by_key: dict[tuple[object, ...], list[str]] = {}
            for c in self.claims:
                a = c.attribution
                # c.key is the referenced claim's for "ذلك", so reprinted denials collapse too
                # The folded content without filler words (data: particles.tsv, role filler), so reprints
                # that add "أيضا" or "كذلك" collapse while قبل/بعد, مع/دون keep two claims apart.
                by_key.setdefault((_content_words(c.key), a.cue.stance, a.content.negated,
                                   bool(a.content.refers_to), tuple(sorted(c.source_key)),
                                   a.source.kind == "anonymous", bool(a.hedges)), []).append(c.id)
            return {ids[0]: tuple(ids) for ids in by_key.values()}

        return self._cached("groups", build)  # type: ignore[return-value]

    def representative(self) -> dict[str, str]:
        return self._cached("rep", lambda: {m: rep for rep, ms in self.groups.items() for m in ms})  # type: ignore[return-value]

    def weight(self) -> Callable[[str], float]:
        def build() -> Callable[[str], float]:
            # Document frequency over every sentence of the corpus, not just the claims: a word common in
            # the outlets' own prose (ليبيا، الأمريكي) says little about which claim is meant.
            from .sentences import split_sentences

            df: Counter[str] = Counter()
            n = 0
            for article in self._articles.values():
                for sentence in split_sentences(article, headlines=True):
                    k = claim_key(sentence.text)
                    df.update(set(k.stems) | {"e:" + e for e in k.entities | named_places(k)})
                    n += 1
            n = max(1, n)
            return lambda s: idf(df.get(s, 0), n)

        return self._cached("weight", build)  # type: ignore[return-value]

    def candidate_pairs(self) -> list[tuple[Claim, Claim]]:
        """Pairs sharing at least two index terms that are not too common: an inverted index, not all pairs."""
        reps = set(self.groups)
        claims = tuple(c for c in self.claims if c.id in reps)
        postings: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(claims):
            for f in c.key.features:
                postings[f].append(i)
        limit = max(8, int(_COMMON_SHARE * len(claims)))
        shared: Counter[tuple[int, int]] = Counter()
        for f, items in postings.items():
            if len(items) > limit:
                continue
            for x in range(len(items)):
                for y in range(x + 1, len(items)):
                    shared[(items[x], items[y])] += 2 if f.startswith("e:") else 1
        return [(claims[i], claims[j]) for (i, j), n in shared.items() if n >= 2]

    def score(self, a: Claim, b: Claim) -> PairScore:
        s = pair_score(a.key, b.key, self.weight(), bool(a.source_key & b.source_key),
                       (a.attribution.cue.stance == "deny", b.attribution.cue.stance == "deny"))
        pa, pb = self._places(a), self._places(b)
        if s.kind == "same" and pa and pb and not (pa & pb):
            # "يؤكد الجيش التونسي وجود تنسيق أمني" / "لفت الوكيل إلى وجود تعاون أمني بين حكومة الوفاق ...":
            # where the content names no country, the source's country tells the two apart.
            reasons = s.reasons + ("different places: " + "، ".join(sorted(pa | pb)),)
            return attrs.evolve(s, score=min(s.score, SAME - 0.05), reasons=reasons, country_conflict=tuple(sorted(pa | pb)))
        return s

    def _places(self, c: Claim) -> frozenset[str]:
        """The countries a claim is about: its content's, or its source's when the content names none.  (A
        union of the two would merge aid "إلى ليبيا" from a Tunisian minister with aid to the Tunisian border
        from another; the cost is that a content naming a company's nationality, "مرافئ الخليج القطرية",
        keeps it apart from the same claim by the Djiboutian minister.)"""
        own = countries(c.key)
        if own or not c.attribution.source.text:
            return own
        return countries(claim_key(c.attribution.source.text))

    def counter_claims(self) -> list[tuple[str, str]]:
        """A negative statement right after a claim in the same article whose negated words repeat the
        claim's ("سلموا 14 طائرة" ... "الجيش لم يتسلم طائرات مقاتلة"): the counter-claim joins the claim."""
        links = []
        claims = self.claims
        for i, b in enumerate(claims):
            core = set(negative_core(b.key, b.attribution.cue.stance == "deny"))
            if not core or b.attribution.content.refers_to:
                continue
            for a in reversed(claims[max(0, i - 3) : i]):
                if a.attribution.article != b.attribution.article or a.attribution.content.negated:
                    continue
                if b.attribution.sentence.start - a.attribution.sentence.end > 400:
                    continue
                weight = self.weight()
                shared = core & set(a.key.ordered)
                strong = {f for f in shared if weight(f) >= 3.0}
                # Two rare words, or a named thing and one more word ("اللواء الأمني ... قوات عسكرية").
                if len(strong) >= 2 or (any(f.startswith("e:") for f in strong)
                                        and any(weight(f) >= 2.5 for f in shared - strong)):
                    links.append((a.id, b.id))
                    break
        return links

    @property
    def pair_scores(self) -> dict[tuple[str, str], PairScore]:
        def build() -> dict[tuple[str, str], PairScore]:
            return {(a.id, b.id): self.score(a, b) for a, b in self.candidate_pairs()}

        return self._cached("pairs", build)  # type: ignore[return-value]

    @property
    def clusters(self) -> tuple[Cluster, ...]:
        def build() -> tuple[Cluster, ...]:
            claims = self.claims
            uf = _UnionFind(c.id for c in claims)
            for rep, copies in self.groups.items():
                for m in copies[1:]:
                    uf.union(rep, m)
            for c in claims:
                ref = c.attribution.content.refers_to
                if ref is not None and ref in uf.parent:
                    uf.union(c.id, ref)
            for x, y in self.counter_claims():
                uf.union(x, y)
            scores = self.pair_scores
            by_id = {c.id: c for c in claims}
            # Similarity groups for the average-link check: joined only by scores (and identical copies),
            # not by "ذلك" or counter-claim links, which say nothing about how alike two wordings are.
            similar = _UnionFind(self.groups)
            members: dict[str, set[str]] = {rep: {rep} for rep in self.groups}
            for (x, y), s in sorted(scores.items(), key=lambda kv: -kv[1].score):
                if s.kind != "same":
                    break
                if uf.find(x) == uf.find(y):
                    continue
                if by_id[x].attribution.negative != by_id[y].attribution.negative:
                    continue  # a claim and its negation join only through a link (ذلك, a counter-statement)
                sx, sy = similar.find(x), similar.find(y)
                # Average linkage: two groups merge only if their members agree on the whole, so one
                # close pair does not chain two different claims together.
                cross = [scores.get((p, q)) or scores.get((q, p)) for p in members[sx] for q in members[sy]][:400]
                mean = sum(c.score for c in cross if c is not None) / len(cross)
                if mean < SAME * _LINKAGE:
                    continue
                uf.union(x, y)
                similar.union(x, y)
                root = similar.find(x)
                members[root] = members.pop(sx, set()) | members.pop(sy, set())
            groups: dict[str, list[Claim]] = defaultdict(list)
            for c in claims:
                groups[uf.find(c.id)].append(c)
            out = []
            for n, cluster in enumerate(sorted(groups.values(), key=lambda m: id_order(m[0].id)), start=1):
                # The label is the plainest positive wording: not a denial, not "ذلك", not a fragment.
                label = min(cluster, key=lambda m: (bool(m.attribution.content.refers_to), m.attribution.negative,
                                                    len(m.attribution.content.text.split()) < 4,
                                                    len(m.attribution.content.text))).key.text
                arts = tuple(dict.fromkeys(m.attribution.article for m in cluster))
                outlets = tuple(dict.fromkeys(self._articles[a].outlet or a for a in arts))
                out.append(Cluster(f"c{n}", _label(label), [m.id for m in cluster], arts, outlets))
            return tuple(out)

        return self._cached("clusters", build)  # type: ignore[return-value]

    def cluster_of(self, attribution_id: str) -> Cluster | None:
        return next((c for c in self.clusters if attribution_id in c.claims), None)


def _label(text: str) -> str:
    return shorten(text.replace("\n", " "))


def corpus_text(corpus: Corpus, article_id: str) -> str:
    return next(a.text for a in corpus.articles if a.id == article_id)


def find(claim_text: str, corpus: Corpus, *, limit: int = 20, minimum: float = RELATED) -> list[Match]:
    """Attributions and sentences in ``corpus`` that report ``claim_text``, best first.

    Attributions are compared by their content; sentences with no attribution are compared whole, so a
    claim an outlet states in its own voice is found too.
    """
    from .sentences import split_sentences

    key = claim_key(claim_text)
    weight = corpus.weight()
    matches: list[Match] = []
    covered: set[tuple[str, int]] = set()
    for c in corpus.claims:
        s = pair_score(key, c.key, weight)
        covered.add((c.attribution.article, c.attribution.sentence.start))
        if s.score >= minimum:
            a = c.attribution
            # "ونفى الجيش ذلك": show the sentence, since the content alone says nothing
            shown = a.sentence.of(corpus_text(corpus, a.article)) if a.content.refers_to else a.content.text
            matches.append(Match(a.article, c.id, shown, s.score, s.kind, s.reasons))
    for article in corpus.articles:
        for sentence in split_sentences(article, headlines=True):
            if (article.id, sentence.start) in covered:
                continue
            s = pair_score(key, claim_key(sentence.text), weight)
            if s.score >= minimum:
                matches.append(Match(article.id, None, sentence.text, s.score, s.kind, s.reasons))
    matches.sort(key=lambda m: (-m.score, m.article))
    return matches[:limit]


@attrs.frozen
class Relation:
    """How two claims relate: ``kind`` ("same", "related", "unrelated" or "contradicts"), a score in [0, 1],
    and the reasons (shared words, entities, numbers; for "contradicts", the negators, numbers or antonyms)."""

    kind: str
    score: float
    reasons: tuple[str, ...] = ()


def relate(a: "str | Attribution", b: "str | Attribution") -> Relation:
    """Relate two claim texts (or two attributions, by their contents).

    >>> relate("ما يفوق 1 بليون دولار لدعم الجيش التونسي", "بحوالي مليار دولار للجيش التونسي").kind
    'same'
    """
    ta, tb = (x.content.text if isinstance(x, Attribution) else _reported(x) for x in (a, b))
    ka, kb = claim_key(ta), claim_key(tb)
    same_source = isinstance(a, Attribution) and isinstance(b, Attribution) and bool(_source_key(a) & _source_key(b))
    s = pair_score(ka, kb, same_source=same_source)
    base = Relation(s.kind, s.score, s.reasons)
    from .contradiction import relation_with_contradiction

    texts = [("\u0646\u0641\u0649 " + x.content.text if x.cue.stance == "deny" else x.content.text)
             if isinstance(x, Attribution) else x for x in (a, b)]
    return relation_with_contradiction(texts[0], texts[1], base)


@functools.lru_cache(maxsize=4096)
def first_attribution(text: str) -> Attribution | None:
    """The first attribution of a one-sentence text ("وقال X إن ..."), or None.  Cached: relate() reads one
    text for its content, its polarity and whether a denial was made."""
    try:
        found = extract_attributions(Article.from_text(text, id="claim", layout="plain"))
    except ValueError:
        return None
    return found[0] if found else None


def _reported(text: str) -> str:
    """What a sentence reports: the content of its first attribution ("وقال X إن ..."), else the sentence."""
    a = first_attribution(text)
    return a.content.text if a is not None and not a.content.refers_to else text
