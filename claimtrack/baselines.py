"""Naive baselines that every quality figure is printed next to, run in the same command on the same input.

A figure means little on its own: a matcher that scores 0.6 is bad if counting shared words scores 0.7.
These baselines are deliberately simple and documented, so that a reader of ``claimtrack eval`` sees what the
real pipeline adds.

- :func:`baseline_attributions`: a reporting-verb look-up with fixed windows.  The cue is any word listed as
  a perfect, imperfect or participle form of a reporting verb (with or without و/ف); the source is the next
  one to three words, up to a complementizer, a colon or punctuation; the content is what follows the first
  complementizer or colon after the cue, else the rest of the sentence.  No noun phrases, no adjuncts, no
  carry-over, no according-to phrases.
- :func:`baseline_clusters`: claims grouped by plain word overlap.  Two attributions are joined when the
  Jaccard similarity of their contents' word sets (folded, stopwords out) is at least 0.35, and the joins are
  closed transitively (union-find).  No speaker, no numbers, no synonyms.
- :func:`baseline_stories`: the claim baseline's clusters merged by article: two clusters with an
  attribution in the same article are one story, closed by union-find.  No topic, no speaker, no dates.
- :func:`baseline_rare_word_stories`: stories by shared rare words.  Two attributions are in one story when
  their contents share at least two content words (folded, stopwords out) that each occur in at most 5% of
  the attributions' contents (and in at least two), closed by union-find.  No stems, no entities, no dates.
- :func:`baseline_stance`: the stance of a headline towards another by surface tests.  "disagree" when the
  two differ in their digits or one has a negator (``data/negators.tsv``: لا، لم، لن، ليس، غير، عدم ...) and
  the other none; else "agree" when the Jaccard similarity of their word sets is at least 0.2; else "other".
"""

from __future__ import annotations

import attrs
import regex

from .lexicon.grammar import grammar
from .matching.unionfind import UnionFind
from .lexicon.morph import without_conjunction
from .models import Article, Attribution, Content, Cue, Source
from .normalize import fold
from .sentences import split_sentences
from .spans import Span

__all__ = ["BaselineCluster", "baseline_attributions", "baseline_clusters", "baseline_rare_word_stories",
           "baseline_stance", "baseline_stories"]

_WORD_RE = regex.compile(r"[\p{L}\p{M}]+|[:\u060c,.;\u061b\"\u00ab\u00bb\u201c\u201d]")
_SOURCE_WORDS = 3
_CONTENT_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
JACCARD = 0.35
RARE_SHARE = 0.05  # baseline stories: a word in at most this share of the contents is rare
STANCE_JACCARD = 0.2  # baseline stance: word overlap from which two headlines agree
_DIGIT_RE = regex.compile(r"\p{Nd}+")


def baseline_attributions(article: Article) -> list[Attribution]:
    """Attributions of ``article`` found by the naive reporting-verb look-up (see the module docstring)."""
    g = grammar()
    text = article.text
    found: list[Attribution] = []
    for sentence in split_sentences(article, headlines=True):
        words = list(_WORD_RE.finditer(text, sentence.start, sentence.end))
        for k, m in enumerate(words):
            key = fold(m.group())
            forms = [f for f in g.cue_forms(key, without_conjunction(key)) if f.form != "masdar"]
            if not forms:
                continue
            source_end = k + 1
            while source_end < len(words) and source_end - k <= _SOURCE_WORDS:
                w = fold(words[source_end].group())
                if not w or not w[0].isalpha() or w in g.complementizers or without_conjunction(w) in g.complementizers:
                    break
                source_end += 1
            content_from = source_end
            for j in range(k + 1, len(words)):
                w = fold(words[j].group())
                if w == ":" or w in g.complementizers:
                    content_from = j + 1
                    break
            if content_from >= len(words):
                continue
            start = words[content_from].start()
            end = sentence.end
            while end > start and (text[end - 1].isspace() or text[end - 1] in ".\u060c,;:"):
                end -= 1
            if end <= start:
                continue
            cue_span = Span(m.start(), m.end())
            source_span = Span(words[k + 1].start(), words[source_end - 1].end()) if source_end > k + 1 \
                else Span(cue_span.end, cue_span.end)
            content_span = Span(start, end)
            verb = forms[0].verb
            found.append(Attribution(
                id=f"{article.id}#b{len(found) + 1}", article=article.id, outlet=article.outlet,
                sentence=sentence.span, cue=Cue(cue_span.of(text), cue_span, verb.lemma, verb.stance),
                source=Source(source_span.of(text), source_span, "unknown",
                              "explicit" if len(source_span) else "none"),
                content=Content(content_span.of(text), content_span), quote="indirect"))
    return found


@attrs.frozen
class BaselineCluster:
    """A group of attribution ids the word-overlap baseline puts together (``claims`` as in a matching cluster)."""

    id: str
    claims: tuple[str, ...]


def _content_words(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in (fold(m.group()) for m in _CONTENT_WORD_RE.finditer(text)) if w not in stopwords)


def _groups(attributions: "list[Attribution]", sets: UnionFind[int], prefix: str) -> list[BaselineCluster]:
    groups: dict[int, list[str]] = {}
    for i, a in enumerate(attributions):
        groups.setdefault(sets.find(i), []).append(a.id)
    return [BaselineCluster(f"{prefix}{n}", tuple(ids)) for n, ids in enumerate(groups.values(), start=1)]


def baseline_clusters(attributions: "list[Attribution]", *, threshold: float = JACCARD) -> list[BaselineCluster]:
    """Claims grouped by content-word Jaccard >= ``threshold``, closed by union-find (see the module docstring)."""
    stopwords = grammar().stopwords
    words = [_content_words(a.content.text, stopwords) for a in attributions]
    sets: UnionFind[int] = UnionFind(range(len(attributions)))
    postings: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            postings.setdefault(w, []).append(i)
    for i, ws in enumerate(words):
        candidates = {j for w in ws for j in postings[w] if j > i}
        for j in sorted(candidates):
            union = len(ws | words[j])
            if union and len(ws & words[j]) / union >= threshold:
                sets.union(i, j)
    return _groups(attributions, sets, "b")


def baseline_stories(attributions: "list[Attribution]") -> list[BaselineCluster]:
    """Stories as the claim baseline's clusters merged by article co-occurrence (see the module docstring)."""
    index = {a.id: i for i, a in enumerate(attributions)}
    sets: UnionFind[int] = UnionFind(range(len(attributions)))
    for cluster in baseline_clusters(attributions):
        for m in cluster.claims[1:]:
            sets.union(index[cluster.claims[0]], index[m])
    first: dict[str, int] = {}
    for i, a in enumerate(attributions):
        sets.union(first.setdefault(a.article, i), i)
    return _groups(attributions, sets, "bs")


def baseline_rare_word_stories(attributions: "list[Attribution]", *, share: float = RARE_SHARE) -> list[BaselineCluster]:
    """Stories as attributions sharing two rare content words, closed by union-find (see the module docstring)."""
    stopwords = grammar().stopwords
    words = [_content_words(a.content.text, stopwords) for a in attributions]
    postings: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            postings.setdefault(w, []).append(i)
    limit = max(2, int(share * len(attributions)))
    shared: dict[tuple[int, int], int] = {}
    for items in postings.values():
        if len(items) > limit:
            continue
        for x in range(len(items)):
            for y in range(x + 1, len(items)):
                shared[(items[x], items[y])] = shared.get((items[x], items[y]), 0) + 1
    sets: UnionFind[int] = UnionFind(range(len(attributions)))
    for (i, j), n in shared.items():
        if n >= 2:
            sets.union(i, j)
    return _groups(attributions, sets, "br")


def baseline_stance(reference: str, claim: str) -> str:
    """The stance of ``claim`` towards ``reference`` by surface tests (see the module docstring)."""
    wa, wb = (frozenset(fold(m.group()) for m in _CONTENT_WORD_RE.finditer(t)) for t in (reference, claim))
    negators = frozenset(n[0] for n in grammar().negators if len(n) == 1)
    da, db = ({str(int(d.group())) for d in _DIGIT_RE.finditer(t)} for t in (reference, claim))
    if da != db or bool(wa & negators) != bool(wb & negators):
        return "disagree"
    return "agree" if len(wa & wb) / max(1, len(wa | wb)) >= STANCE_JACCARD else "other"
