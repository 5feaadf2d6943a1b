"""Assembling an :class:`~claimtrack.models.Attribution` from a resolved draft: spans into the original
text, the quote kind (direct, mixed, indirect), hedges around the attribution and the content's negation."""

from __future__ import annotations

from bisect import bisect_left
from itertools import takewhile

from ..lexicon.grammar import Grammar
from ..lexicon.morph import IMPERFECT_PREFIXES, YEH
from ..models import Article, Attribution, Content, Cue, Mention, Sentence, Source
from ..normalize import Normalized
from .draft import Draft
from .mentions import SourceGuess
from .tokens import COLON, QUOTE, SentenceTokens, TokenTable, article_table

__all__ = ["build_record"]


def _mention(norm: Normalized, a: int, b: int) -> Mention:
    span = norm.span(a, b)
    return Mention(span.of(norm.original), span)


def build_record(article: Article, norm: Normalized, d: Draft, n: int, sentence: Sentence, st: SentenceTokens,
            guess: SourceGuess, previous: list[Attribution], g: Grammar,
            previous_sentence: Sentence | None = None, same_sentence: list[Draft] | None = None) -> Attribution:
    cue_span = norm.span(*d.cue)
    content_span = norm.span(d.content_start, d.content_end)  # type: ignore[arg-type]
    refers_to = None
    if d.anaphoric:
        # "ونفى الجيش ذلك" points back to a claim in this sentence or the one before, never further.
        # ``previous`` is in document order: the look back stops before the sentence before (a run of "ونفى المتحدث
        # ذلك." looked through every earlier record).
        near = {sentence.start, previous_sentence.start if previous_sentence else -1}
        lowest = previous_sentence.start if previous_sentence else sentence.start
        recent = takewhile(lambda p: p.sentence.start >= lowest, reversed(previous))
        refers_to = next((p.id for p in recent
                          if not p.content.refers_to and p.article == article.id and p.sentence.start in near), None)
    negated = _negated(article_table(norm.text), d.content_start, d.content_end, g)  # type: ignore[arg-type]
    lemma = d.verb.lemma
    stance = d.verb.stance
    via = tuple(_mention(norm, *v) for v in d.via if v and v[1] > v[0]) + guess.via
    source = Source(guess.mention.text, guess.mention.span, guess.kind, guess.resolved, via)
    return Attribution(
        id=f"{article.id}#{n}",
        article=article.id,
        outlet=article.outlet,
        sentence=sentence.span,
        cue=Cue(cue_span.of(article.text), cue_span, lemma, stance),
        source=source,
        content=Content(content_span.of(article.text), content_span, negated, refers_to),
        quote=_quote_kind(st, d, norm.text),
        hedges=_hedges(norm, st, d, g, same_sentence or []),
    )


def _negated(table: TokenTable, start: int, end: int, g: Grammar) -> bool:
    """Is the content's own clause negated ("الجيش لم يتسلم", "ليست هناك")?"""
    # negation_at reads no further than the limit and a negator's words and the word after them
    words = table.clause_words(start, end, most=1 + _NEGATION_LIMIT + g.longest_negator + 1)
    if words and words[0] in g.complementizers:
        words = words[1:]
    return g.negation_at(words, limit=_NEGATION_LIMIT) is not None


_NEGATION_LIMIT = 8  # a content's own negator stands among its first words


def _quote_kind(st: SentenceTokens, d: Draft, text: str) -> str:
    if d.kind == "headline":
        return "direct"
    s, e = d.content_start, d.content_end
    inside = [(o, c) for o, c in st.quote_pairs.items() if s <= st.tokens[o].start and st.tokens[c].end <= e]  # type: ignore[operator]
    if not inside:
        before_colon = next((t for t in reversed(st.tokens) if s is not None and t.end <= s), None)
        return "direct" if before_colon is not None and before_colon.text == COLON else "indirect"
    first_open, first_close = min(inside)
    if st.tokens[first_open].start == s and e is not None and st.tokens[first_close].end >= e:
        return "direct"
    for o, c in inside:
        words = c - o - 1
        prev = st.tok(o - 1)
        scare = words <= 1 or (words <= 3 and prev is not None and "name_intro" in st.roles(prev))
        if not scare:
            return "mixed"
    return "indirect"


def _range(d: Draft) -> tuple[int, int]:
    edges = [d.cue[0], d.cue[1], d.content_start, d.content_end] + (list(d.source) if d.source else [])
    present = [e for e in edges if e is not None]
    return min(present), max(present)


def _before_imperfect(st: SentenceTokens, g: Grammar, j: int) -> bool:
    """Does an imperfect verb follow at ``j`` ("قد يكون", "قد تشهد"), not a perfect ("قد أكد", "كان قد تسلم")?"""
    t = st.tok(j)
    if t is not None and t.is_word and (t.key,) in g.negators:
        t = st.tok(j + 1)  # "قد لا تستقيل"
    if t is None or not t.is_word or t.key[0] not in IMPERFECT_PREFIXES or (t.key[0] != YEH and len(t.key) < 4):
        return False  # "قد تم": a two-letter perfect
    if any(f.form == "perfect" for f in g.cue_forms(t.key, t.bare)):
        return False
    k = j - 1
    while k >= 0 and (st.tokens[k].is_word or st.tokens[k].text == QUOTE):  # "وكانت صفحات ... قد تداولت"
        if "kana" in st.roles(st.tokens[k]):
            return False
        k -= 1
    return True


def _hedges(norm: Normalized, st: SentenceTokens, d: Draft, g: Grammar,
            neighbours: list[Draft]) -> tuple[Mention, ...]:
    """Hedge expressions that belong to ``d``: inside its cue-to-content range, or in the outlet's own words
    that follow it in the sentence ("... بعد وصول الطائرات الروسية المزعومة"), but never inside another
    attribution's range ("قال الوزير ...، بينما قال مصدر إن الهجمات المزعومة لم تحدث")."""
    found = []
    toks = st.tokens
    mine = _range(d)
    others = [_range(x) for x in neighbours if x is not d]
    after = [r for r in others if r[0] > mine[0]]
    stop = min((r[0] for r in after), default=None)
    starts = st.starts
    first = bisect_left(starts, mine[0])
    last = bisect_left(starts, stop) if stop is not None else len(toks)
    nearby = [r for r in others if r[0] < (stop if stop is not None else toks[-1].end + 1) and r[1] > mine[0]]
    # The outlet's words that lead into the attribution ("وعلى ما يبدو، قال المسؤول"), after any earlier one.
    lead = max((r[1] for r in others if r[0] < mine[0]), default=toks[0].start if toks else mine[0])
    if lead < mine[0]:
        first = bisect_left(starts, lead)
    covered = -1  # end of the last hedge found: "على ما يبدو" holds "يبدو"
    opens = st.openings(g.hedge_index)  # no hedge starts elsewhere (most words)
    for i in opens[bisect_left(opens, first) : bisect_left(opens, last)]:
        t = toks[i]
        if t.start < covered:
            continue
        inside = mine[0] <= t.start < mine[1]
        leads = lead <= t.start < mine[0]
        outside_all = not inside and not any(lo <= t.start < hi for lo, hi in nearby)
        follows = outside_all and t.start >= mine[1] and (stop is None or t.start < stop)
        if not (inside or follows or leads):
            continue
        for words, kind in g.hedge_index.starting_with(t.key, t.bare):
            if all((u := st.tok(i + k)) is not None and (u.key == w or (k == 0 and u.bare == w)) for k, w in enumerate(words)):
                if kind == "modal" and not _before_imperfect(st, g, i + len(words)):
                    break
                a, b = t.start, toks[i + len(words) - 1].end
                if not (a < d.cue[1] and d.cue[0] < b):
                    found.append(_mention(norm, a if t.key == words[0] else a + 1, b))
                    covered = b
                break
    return tuple(found)
