"""Contradictions, agreements, clarifications and framing differences between claims.

Two claims about the same thing (the same cluster, or a close pair) are compared on:

- **polarity**: cue stance times content negation (deny x positive = negative; assert x negated = negative;
  deny x negated = positive), with ``ذلك`` resolved to the claim it points back to;
- **numbers**: different quantities of the same unit beyond their approximation ranges (14 jets / 20 jets);
- **opposed predicates** from ``data/antonyms.tsv`` (تأجيل/بدء، رفض/قبل، انسحاب/تقدم ...);
- **swapped actors**: X attacked Y / Y attacked X;
- **hedges**: one outlet reports as fact what another reports as "المزعومة" or "تقارير تشير" (framing);
- **clarification**: the same source restating its claim with a clarifying cue (أوضح، بيّن، توضيح).

Each :class:`Mark` names the two attribution ids, its kind, the evidence (spans in both articles) and a
one-line explanation a journalist can read.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from .claims import ClaimKey, claim_key, find_quantities, stem
from .lexicon.grammar import grammar
from .lexicon import read_rows
from .matching import RELATED, SAME, Corpus, PairScore, Relation, negative_core, pair_score
from .models import Attribution, Mention, id_order, shorten
from .normalize import fold, normalize
from .spans import Span

__all__ = ["Evidence", "Mark", "contradictions", "find_contradiction", "one_sided", "text_polarity"]

_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_CLAUSE_RE = regex.compile(r"[\p{L}\p{M}]+|[\u060c,;\u061b]")  # words, and the commas that end a clause
_CLARIFY = frozenset({"clarify"})


@attrs.frozen
class Evidence:
    """One piece of evidence for a mark: what it is and where, in the first and in the second claim."""

    kind: str  # "denial", "negation", "numbers", "antonyms", "actors", "hedge", "clarification", "agreement"
    a: Mention | None
    b: Mention | None
    note: str = ""


def _evidence(values: "Iterable[Evidence]") -> "tuple[Evidence, ...]":
    return tuple(values)


@attrs.frozen
class Mark:
    """A relation between two attributions: contradicts, agrees, clarifies or framing."""

    a: str
    b: str
    kind: str
    evidence: tuple[Evidence, ...] = attrs.field(converter=_evidence)
    explanation: str = ""


def _forms(word_stem: str) -> set[str]:
    """A stem and its verb core: the imperfect prefix or the alef of forms VII-X off (تنسحب/انسحب -> نسحب)."""
    forms = {word_stem}
    if len(word_stem) >= 4 and word_stem[0] in "\u064a\u062a\u0646\u0627":
        forms.add(word_stem[1:])
    return forms


@functools.cache
def _antonyms(relation: str = "antonym") -> dict[str, set[str]]:
    """Opposed predicates ("antonym") or converses ("converse": سلم/تسلم, باع/اشترى: one event, both sides)."""
    pairs: dict[str, set[str]] = {}
    for r in read_rows("antonyms.tsv", 3):
        if r[2] != relation:
            continue
        for x in _forms(stem(r[0])):
            for y in _forms(stem(r[1])):
                if x != y:
                    pairs.setdefault(x, set()).add(y)
                    pairs.setdefault(y, set()).add(x)
    return pairs


def _negator_at(words: list[str]) -> int | None:
    """Index of the first negating word among the opening words of a clause, or None."""
    return grammar().negation_at(words)


def _find_word(text: str, index: int) -> Span | None:
    """Span (in ``text``) of its ``index``-th word, on search-normalized text."""
    norm = normalize(text)
    words = list(_CLAUSE_RE.finditer(norm.text))
    if index >= len(words):
        return None
    return norm.span(*words[index].span())


@functools.lru_cache(maxsize=8192)
def _polarity_cached(text: str) -> tuple[bool, tuple[tuple[str, Span], ...]]:
    negative, evidence = _text_polarity(text)
    return negative, tuple(evidence)


def text_polarity(text: str) -> tuple[bool, list[tuple[str, Span]]]:
    """Polarity of a claim text (True = negative) and its evidence (cached: claims repeat)."""
    negative, evidence = _polarity_cached(text)
    return negative, list(evidence)


def _text_polarity(text: str) -> tuple[bool, list[tuple[str, Span]]]:
    """Polarity of a claim text (True = negative) and its evidence, read through extraction.

    When the text reports speech ("وقال الناطق ... إن الجيش لم يتسلم"), the polarity is the cue's stance
    times the content's negation; otherwise the text itself is read ("ينفي الجيش وجود قواعد" is a denial).
    """
    from .matching import first_attribution

    a = first_attribution(text)
    if a is not None:
        negative, evidence = _raw_polarity(a.content.text)
        shifted = [(k, s.shift(a.content.span.start)) for k, s in evidence]
        if a.cue.stance == "deny" and negated_cue(text, a.cue.span) is None:
            return not negative, [("denial", a.cue.span)] + shifted
        return negative, shifted
    return _raw_polarity(text)


def _raw_polarity(text: str) -> tuple[bool, list[tuple[str, Span]]]:
    """Polarity of a claim text (True = negative) with the evidence: negators and denial verbs.

    "ينفي الجيش وجود قواعد" is negative (a denial), "أكد أنه لا توجد قواعد" is negative (a negation), "نفى
    أنه لم يتسلم" is positive (both).
    """
    words = _clause_words(text)
    evidence: list[tuple[str, Span]] = []
    negative = False
    start = 0
    k = _denial_at(words)
    if k is not None and _negates(words, k):
        start = k + 1  # "ولم ينف": no denial, and its negator is spent
    elif k is not None:
        negative = not negative
        span = _find_word(text, k)
        if span:
            evidence.append(("denial", span))
    for _ in range(2):  # "لا توجد طائرة واحدة لم يصلحها": two negations make a positive
        found = _negator_at(words[start:])
        if found is None:
            break
        negative = not negative
        span = _find_word(text, start + found)
        if span:
            evidence.append(("negation", span))
        start += found + 1
    return negative, evidence


def _mention(text: str, span: Span, offset: int = 0) -> Mention:
    return Mention(span.of(text), span.shift(offset))


@attrs.frozen
class _Side:
    """One claim as compared: its key, polarity, and how to point into its article."""

    key: ClaimKey
    negative: bool
    evidence: tuple[Evidence, ...]  # polarity evidence, with spans in the article
    hedged: tuple[Mention, ...]
    source: str
    clarifying: bool
    content: Mention
    source_key: frozenset[str] = frozenset()
    undenied: bool = False  # "ولم ينف الكرملين ...": a denial that was not made


def _clause_words(text: str) -> list[str]:
    return [fold(m.group()) for m in _CLAUSE_RE.finditer(normalize(text).text)]


def _denial_at(words: list[str]) -> int | None:
    """Index of a denial verb (نفى، ينفي) among the first six words, or None."""
    g = grammar()
    for k, w in enumerate(words[:6]):
        bare = w[1:] if len(w) > 2 and w[0] in "\u0648\u0641" else w
        negated = _negates(words, k)
        forms = [(w, bare)] + ([(w + "\u064a", bare + "\u064a")] if negated else [])  # jussive: لم ينف for ينفي
        found = [f for x, y in forms for f in g.cue_forms(x, y) if f.verb.stance == "deny"]
        if found and (not negated or any(f.form in ("perfect", "imperfect") for f in found)):
            return k
    return None


def _negates(words: list[str], k: int) -> bool:
    """Is word ``k`` a verb negated by the word right before it ("لم ينف", "ولا ينفي")?"""
    return k > 0 and _verb_negator(words[k - 1])


@functools.cache
def _denial_negators() -> frozenset[str]:
    # Not ما, which is as often "دائما ما ينفي" (always denies) as a negator; not غير ("غير نفي": only a denial).
    return grammar().verb_negators - {"\u0645\u0627"}


def _verb_negator(word: str) -> bool:
    negators = _denial_negators()
    return word in negators or (len(word) > 2 and word[0] in "\u0648\u0641" and word[1:] in negators)


_LAST_WORD_RE = regex.compile(r"(\S+)\s+$")


def negated_cue(text: str, cue: Span) -> Span | None:
    """The negator right before a cue ("ولم ينف", "لا ينفي"): a denial that was not made, or None."""
    before = text[max(0, cue.start - 12) : cue.start]
    m = _LAST_WORD_RE.search(before)
    if m and _verb_negator(fold(m.group(1))):
        start = cue.start - len(before) + m.start(1)
        return Span(start, start + len(m.group(1)))
    return None


def _side_of(a: Attribution, article_text: str, referenced: Attribution | None) -> _Side:
    target = referenced or a
    content = target.content
    key = claim_key(content.text)
    evidence: list[Evidence] = []
    negated = content.negated
    if negated:
        _, found = text_polarity(content.text)
        for kind, span in found:
            if kind == "negation":
                evidence.append(Evidence("negation", _mention(content.text, span, content.span.start), None))
    not_denied = negated_cue(article_text, a.cue.span) if a.cue.stance == "deny" else None
    negative = (a.cue.stance == "deny" and not_denied is None) != negated
    if a.cue.stance == "deny" and not_denied is None:
        evidence.append(Evidence("denial", Mention(a.cue.text, a.cue.span), None))
    hedges = a.hedges
    if not_denied is not None:  # "ولم ينف الكرملين ذلك": neither a denial nor a confirmation
        hedges = hedges + (Mention(article_text[not_denied.start : a.cue.span.end], Span(not_denied.start, a.cue.span.end)),)
    if a.source.kind == "anonymous" and a.source.text:
        hedges = hedges + (Mention(a.source.text, a.source.span),)
    return _Side(key, negative, tuple(evidence), hedges, a.source.text, a.cue.stance in _CLARIFY,
                 Mention(content.text, content.span), undenied=not_denied is not None)


def _flip(e: Evidence) -> Evidence:
    return Evidence(e.kind, e.b, e.a, e.note)


def _antonym_evidence(a: _Side, b: _Side) -> Evidence | None:
    table = _antonyms()
    fa = {f: s for s in a.key.stems for f in _forms(s)}
    fb = {f: s for s in b.key.stems for f in _forms(s)}
    for x, sx in fa.items():
        for y in table.get(x, ()):
            if y in fb and y not in fa and x not in fb:
                sy = fb[y]
                return Evidence("antonyms", _word_mention(a.content, sx), _word_mention(b.content, sy), f"{sx} / {sy}")
    return None


def _word_mention(content: Mention, word_stem: str) -> Mention | None:
    norm = normalize(content.text)
    for m in _WORD_RE.finditer(norm.text):
        if stem(m.group()) == word_stem:
            span = norm.span(*m.span())
            return Mention(span.of(content.text), span.shift(content.span.start))
    return None


def _actors_swapped(a: ClaimKey, b: ClaimKey) -> tuple[str, str] | None:
    ea = [f for f in a.ordered if f.startswith("e:")]
    eb = [f for f in b.ordered if f.startswith("e:")]
    shared = [e for e in dict.fromkeys(ea) if e in eb]
    verbs = {f for f in a.ordered if not f.startswith("e:")} & {f for f in b.ordered if not f.startswith("e:")}
    if not verbs:
        return None
    converses = _antonyms("converse")
    fa = {f for s in a.stems for f in _forms(s)}
    fb = {f for s in b.stems for f in _forms(s)}
    if any(y in fb for x in fa for y in converses.get(x, ())):
        return None  # "سلموا الطائرات إلى القاعدة" / "القاعدة تسلمت الطائرات": the same event, turned round
    pa, pb = list(a.ordered), list(b.ordered)
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            if not (pa.index(x) < pa.index(y) and pb.index(y) < pb.index(x)):
                continue
            # X <predicate> Y against Y <predicate> X: the shared predicate stands between them in both.
            between_a = pa[pa.index(x) + 1 : pa.index(y)]
            between_b = pb[pb.index(y) + 1 : pb.index(x)]
            if len(between_a) <= 3 and len(between_b) <= 3 and set(between_a) & set(between_b) & verbs:
                return x[2:], y[2:]
    return None


def compare(a: _Side, b: _Side, score: PairScore, same_claim: bool = True) -> tuple[str, list[Evidence], str] | None:
    """The relation of two sides of one claim, or None when nothing can be said.

    ``same_claim`` is False for a close pair from two clusters: then only clear evidence makes a mark.
    """
    same_source = (bool(a.source) and fold(a.source) == fold(b.source)) or bool(a.source_key & b.source_key)
    if a.negative != b.negative:
        evidence = list(a.evidence) + [_flip(e) for e in b.evidence]
        if a.clarifying or b.clarifying or (same_source and (same_claim or score.kind == "same")):
            return "clarifies", evidence + [Evidence("clarification", None, None)], "the same source restates its claim"
        if same_source:
            return None  # one speaker on two different things in one breath
        who_neg = "second" if b.negative else "first"
        return "contradicts", evidence, f"opposite polarity: the {who_neg} denies or negates what the other asserts"
    if a.undenied != b.undenied:
        which = "first" if a.undenied else "second"
        ev = [Evidence("hedge", h, None) for h in a.hedged] + [Evidence("hedge", None, h) for h in b.hedged]
        return "framing", ev, f"the {which} says only that the speaker did not deny it, which is not a confirmation"
    if score.conflicting_numbers:
        evidence = []
        for qa in find_quantities(a.content.text):
            for qb in find_quantities(b.content.text):
                if (qa.text, qb.text) in score.conflicting_numbers:
                    evidence.append(Evidence("numbers", _mention(a.content.text, qa.span, a.content.span.start),  # type: ignore[arg-type]
                                             _mention(b.content.text, qb.span, b.content.span.start), f"{qa.text} / {qb.text}"))  # type: ignore[arg-type]
        return "contradicts", evidence, "different numbers for the same thing: " + "; ".join(f"{x} / {y}" for x, y in score.conflicting_numbers)
    antonym = _antonym_evidence(a, b)
    if antonym is not None:
        return "contradicts", [antonym], f"opposed predicates: {antonym.note}"
    swapped = _actors_swapped(a.key, b.key)
    if swapped:
        return "contradicts", [Evidence("actors", None, None, f"{swapped[0]} / {swapped[1]}")], \
            f"actors swapped: {swapped[0]} and {swapped[1]} trade places"
    if not same_claim:
        if a.clarifying != b.clarifying and same_source:
            return "clarifies", [Evidence("clarification", None, None)], "the same source clarifies its claim"
        if not (a.negative and b.negative) and score.score < SAME:
            return None
        # "تؤكد السلطات أنه ليست هناك قاعدة" / "ينفي الجيش وجود قواعد": two negatives agree.
    if bool(a.hedged) != bool(b.hedged):
        hedged, plain = ("first", "second") if a.hedged else ("second", "first")
        ev = [Evidence("hedge", h, None) for h in a.hedged] + [Evidence("hedge", None, h) for h in b.hedged]
        return "framing", ev, f"the {hedged} reports it with a hedge or an anonymous source, the {plain} as fact"
    if a.clarifying != b.clarifying and same_source:
        return "clarifies", [Evidence("clarification", None, None)], "the same source clarifies its claim"
    evidence = [Evidence("agreement", None, None, r) for r in score.reasons if r.startswith("shared numbers")]
    polarity = "both deny or negate it" if a.negative else "both assert it"
    return "agrees", evidence, f"the same claim, {polarity}"


def find_contradiction(a: str, b: str) -> tuple[str, tuple[str, ...]] | None:
    """For two claim texts: ("contradicts", reasons) when they cannot both be true, else None."""
    from .matching import _reported

    ka, kb = claim_key(_reported(a)), claim_key(_reported(b))
    score = pair_score(ka, kb)
    if score.score < RELATED and not _strong_core(ka, kb):
        return None
    if score.country_conflict:
        return None  # "450 كيلومترا شرقي طرابلس" / "560 كيلومترا غربي بنغازي": different things measured
    na, ea = text_polarity(a)
    nb, eb = text_polarity(b)
    if na != nb:
        return "contradicts", tuple(f"{k}: {s.of(a)}" for k, s in ea) + tuple(f"{k}: {s.of(b)}" for k, s in eb)
    if score.conflicting_numbers:
        return "contradicts", tuple(r for r in score.reasons if r.startswith("conflicting"))
    sa = _Side(ka, na, (), (), "", False, Mention(a, Span(0, len(a))))
    sb = _Side(kb, nb, (), (), "", False, Mention(b, Span(0, len(b))))
    antonym = _antonym_evidence(sa, sb)
    if antonym is not None:
        return "contradicts", (f"opposed predicates: {antonym.note}",)
    swapped = _actors_swapped(ka, kb)
    if swapped:
        return "contradicts", (f"actors swapped: {swapped[0]} / {swapped[1]}",)
    return None


def _strong_core(a: ClaimKey, b: ClaimKey) -> bool:
    """Do the openings share two content words (not just names)?  "قاعدة عسكرية" / "قواعد عسكرية"."""
    shared = set(a.ordered[:5]) & set(b.ordered[:5])
    return sum(1 for f in shared if not f.startswith("e:")) >= 2


def contradictions(corpus: Corpus) -> list[Mark]:
    """Marks between the attributions of ``corpus`` that report one claim (same cluster or a close pair)."""
    by_id = {a.id: a for a in corpus.attributions}
    texts = {art.id: art.text for art in corpus.articles}
    claims = {c.id: c for c in corpus.claims}
    weight = corpus.weight()
    cluster_of = {m: c.id for c in corpus.clusters for m in c.claims}
    reps = corpus.representative()
    pairs: dict[tuple[str, str], PairScore | None] = {}
    for cluster in corpus.clusters:
        # Identical reprints are compared once, through their first copy.
        members = list(dict.fromkeys(reps.get(m, m) for m in cluster.claims))
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                pairs[(x, y)] = None
    for (x, y), scored in corpus.pair_scores.items():
        cx, cy = claims[x], claims[y]
        if scored.score < RELATED or scored.country_conflict:
            continue
        clarifying = "clarify" in (cx.attribution.cue.stance, cy.attribution.cue.stance) and bool(cx.source_key & cy.source_key)
        # A claim and its denial sit in different clusters; when the wordings score "same" they are compared
        # whatever the corpus size (in two short articles no word is rare enough for _cores_meet).
        # Only an explicit denial (نفى) counts here: a negated clause ("ليست هناك خطوط حمراء أمام تقدم قواتنا")
        # beside a plan ("سنواصل التقدم") shares words without denying it.
        opposed = scored.kind == "same" and cx.attribution.negative != cy.attribution.negative \
            and "deny" in (cx.attribution.cue.stance, cy.attribution.cue.stance)
        if clarifying or opposed or _cores_meet(cx, cy, weight):
            pairs.setdefault((x, y), scored)
    for x, y in _clarification_pairs([claims[r] for r in corpus.groups], weight):
        pairs.setdefault((x, y), None)
    marks: list[Mark] = []
    for (x, y), s in sorted(pairs.items(), key=lambda kv: (id_order(kv[0][0]), id_order(kv[0][1]))):
        ax, ay = by_id[x], by_id[y]
        if s is None:
            s = corpus.score(claims[x], claims[y])
        if _place_conflict(ax, ay, claims[x].key, claims[y].key):
            continue
        sx = attrs.evolve(_side_of(ax, texts[ax.article], by_id.get(ax.content.refers_to or "")), source_key=claims[x].source_key)
        sy = attrs.evolve(_side_of(ay, texts[ay.article], by_id.get(ay.content.refers_to or "")), source_key=claims[y].source_key)
        result = compare(sx, sy, s, same_claim=cluster_of.get(x) == cluster_of.get(y))
        if result is None:
            continue
        kind, evidence, why = result
        if kind == "agrees" and ax.article == ay.article and ax.source.text == ay.source.text:
            continue  # one speaker repeating itself in one article is not news
        marks.append(Mark(x, y, kind, tuple(evidence), _explain(kind, ax, ay, why, sx, sy)))
    return marks


def _clarification_pairs(claims, weight) -> list[tuple[str, ...]]:
    """A clarifying statement (أوضح، بيّن، توضيح) and the earlier claims of the same source it bears on:
    they share a rare word ("اللواء الامني هو وحدة تدريب صغيرة" / "استخدام لواءنا للمساعدة الأمنية")."""
    by_source: dict[str, list] = {}
    for c in claims:
        for key in c.source_key:
            by_source.setdefault(key, []).append(c)
    pairs = []
    for group in by_source.values():
        for c in group:
            if c.attribution.cue.stance != "clarify":
                continue
            words = {f for f in _words(c.key) if weight(f) >= 2.5}
            for other in group:
                if other is c or other.attribution.cue.stance == "clarify":
                    continue
                if len(words & _words(other.key)) >= 2:
                    pairs.append(tuple(sorted((other.id, c.id), key=id_order)))
    return list(dict.fromkeys(pairs))


def _words(key: ClaimKey) -> set[str]:
    """Stems of a claim, including the words of the entities it names (لواء المساعدة الأمنية -> لواء، دعم)."""
    return set(key.stems) | {stem(w) for e in key.entities for w in e.split()}


def _place_conflict(a: Attribution, b: Attribution, ka: ClaimKey, kb: ClaimKey) -> bool:
    """Different countries, counting the source's when the content names none ("ينفي الجيش التونسي وجود
    قواعد في الجنوب" is about Tunisia; "ليبيا تضم نحو 10 قواعد" about Libya)."""
    from .matching import countries

    def places(att: Attribution, key: ClaimKey) -> frozenset[str]:
        own = countries(key)
        return own or countries(claim_key(att.source.text)) if att.source.text else own

    pa, pb = places(a, ka), places(b, kb)
    return bool(pa - pb) and bool(pb - pa) and not (pa & pb)


def _cores_meet(a, b, weight) -> bool:
    """Two claims from different clusters are compared only when their openings or negated parts share
    two rare words ("قاعدة عسكرية أميركية" / "قواعد عسكرية اجنبية")."""
    ca = set(negative_core(a.key, a.attribution.cue.stance == "deny")) or set(a.key.ordered[:5])
    cb = set(negative_core(b.key, b.attribution.cue.stance == "deny")) or set(b.key.ordered[:5])
    rare = [f for f in ca & cb if not f.startswith("e:") and weight(f) >= 2.5]
    return len(rare) >= 2


def _explain(kind: str, a: Attribution, b: Attribution, why: str, side_a: _Side, side_b: _Side) -> str:
    """One line: who said what in which article, how the two relate, and why."""

    def said(att: Attribution, side: _Side) -> str:
        who = att.source.text or "an unnamed source"
        verb = "does not deny" if side.undenied else "denies" if att.cue.stance == "deny" else "says"
        return f"{who} ({att.article}) {verb} «{shorten(side.content.text)}»"

    link = {"contradicts": "contradicted by", "agrees": "agreed by", "clarifies": "clarified by",
            "framing": "framed differently by"}[kind]
    return f"{said(a, side_a)}; {link} {said(b, side_b)} — {why}"


def relation_with_contradiction(a: str, b: str, base: Relation) -> Relation:
    """``relate()`` with "contradicts" when the texts report one claim with opposite content."""
    undenied = [x for x in (a, b) if _not_denied(x)]
    if undenied:
        # "لم ينف المتحدث وجود مفاوضات" / "أكد المتحدث وجود مفاوضات": not denying is not confirming
        kind = "related" if base.kind in ("same", "related") else base.kind
        return Relation(kind, min(base.score, SAME - 0.05) if kind == "related" else base.score,
                        base.reasons + ("did not deny: " + _not_denied(undenied[0]),))
    found = find_contradiction(a, b)
    if found is None:
        return base
    return Relation("contradicts", base.score, base.reasons + found[1])


@functools.lru_cache(maxsize=4096)
def _not_denied(text: str) -> str:
    """For a text that reports a denial not made ("ولم ينف الكرملين ..."), the negated cue as written, else ""."""
    from .matching import first_attribution

    a = first_attribution(text)
    if a is not None and a.cue.stance == "deny":
        span = negated_cue(text, a.cue.span)
        return text[span.start : a.cue.span.end] if span else ""
    words = _clause_words(text)
    k = _denial_at(words)
    if k is None or not _negates(words, k):
        return ""
    first, last = _find_word(text, k - 1), _find_word(text, k)
    return text[first.start : last.end] if first and last else " ".join(words[k - 1 : k + 1])


def one_sided(corpus: Corpus, marks: Iterable[Mark]) -> dict[str, list[tuple[str, str]]]:
    """Articles that carry one side of a contradiction without the other (see :func:`_one_sided`)."""
    groups = corpus.groups
    expanded = []
    for m in marks:
        if m.kind != "contradicts":
            continue
        for a in groups.get(m.a, (m.a,)):
            for b in groups.get(m.b, (m.b,)):
                expanded.append(attrs.evolve(m, a=a, b=b))
    return _one_sided(corpus, expanded)


def _one_sided(corpus: Corpus, marks: Iterable[Mark]) -> dict[str, list[tuple[str, str]]]:
    """Articles that carry one side of a contradiction without the other.

    Returns ``{article id: [(attribution it carries, counter-claim it leaves out), ...]}``: seed 000
    reports AFRICOM's claim that Russia sent jets, and not the Libyan National Army's denial that seed 002
    carries.
    """
    by_id = {a.id: a for a in corpus.attributions}
    sides: dict[str, set[str]] = {}
    for m in marks:
        if m.kind != "contradicts":
            continue
        sides.setdefault(m.a, set()).add(m.b)
        sides.setdefault(m.b, set()).add(m.a)
    out: dict[str, list[tuple[str, str]]] = {}
    for claim, counters in sorted(sides.items(), key=lambda kv: id_order(kv[0])):
        article = by_id[claim].article
        if any(by_id[c].article == article for c in counters):
            continue
        for counter in sorted(counters, key=id_order):
            out.setdefault(article, []).append((claim, counter))
    return out
