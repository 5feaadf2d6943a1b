"""When a statement was made: the time expression of an attribution's sentence that dates the act of saying.

The rule is the annotation guide's (``tests/data/ANNOTATION.md``, "When it was said"): a time expression in the
attribution's own sentence, outside every content of that sentence (a date inside what was said dates the
reported event: "وقالت «بوينغ» إن القطعة ... سقطت الاثنين") and outside every source mention, in the cue's
own stretch of the sentence: between the cue and its content ("قال الوزير أمس إن"، "أكد أوباما في اليوم الأول
من زيارة ... السبت، أن") or before the cue back to the end of the sentence's previous attribution ("في تقرير
... الاربعاء 7 اغسطس 2013 أكدت"), unless the cue opens a clause of its own with و/ف ("...، وكشفت") or a subordinate or relative clause
opens there ("فيما وصل الوزير أمس ...، أكد"); the one nearest the cue wins.  A participle or continuation that finds none
(``مضيفا`` after "وقال الوزير أمس إن ...") shares the date of the attribution it continues.

The words are read against ``Article.published`` (:meth:`claimtrack.timewords.TimeExpression.resolve`); without
it a relative expression keeps its span with ``first`` and ``last`` ``None``.
"""

from __future__ import annotations

import attrs
import regex

from ..lexicon.grammar import grammar
from ..lexicon.morph import without_conjunction
from ..models import Article, Attribution, SaidOn
from ..normalize import Normalized, fold, normalize
from ..spans import Span
from ..timewords import TimeExpression, find_time_expressions

__all__ = ["date_statements"]


def date_statements(article: Article, records: list[Attribution], *,
                    normalized: Normalized | None = None) -> list[Attribution]:
    """``records`` with ``said_on`` set where their sentence dates the statement (the others unchanged).

    ``normalized`` is ``normalize(article.text)`` when the caller has it (extraction does)."""
    norm = normalized if normalized is not None else normalize(article.text)
    by_sentence: dict[Span, list[int]] = {}
    for k, r in enumerate(records):
        by_sentence.setdefault(r.sentence, []).append(k)
    out = list(records)
    for sentence, members in by_sentence.items():
        found = find_time_expressions(article.text, normalized=norm, within=sentence)
        if not found:
            continue
        group = [records[k] for k in members]
        contents = [r.content.span for r in group]
        sources = [r.source.span for r in group if _inside(r.source.span, sentence)]
        # a source that runs into the expression ("وقال تقرير أول أمس") took a word too many; the words stay a date
        candidates = [e for e in found
                      if not any(e.span.overlaps(c) for c in contents) and not any(_inside(e.span, s) for s in sources)]
        previous: SaidOn | None = None
        for k, r in zip(members, group):
            chosen = _choose(r, group, candidates, sentence, article.text)
            said = _said_on(chosen, article) if chosen else None
            if said is None and previous is not None and r.source.resolved == "carryover":
                said = previous
            if said is not None:
                out[k] = attrs.evolve(r, said_on=said)
            previous = said
    return out


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _edges(r: Attribution, sentence: Span) -> list[Span]:
    spans = [r.cue.span, r.content.span]
    if _inside(r.source.span, sentence) and r.source.span.end > r.source.span.start:
        spans.append(r.source.span)
    return spans


def _choose(r: Attribution, group: list[Attribution], candidates: list[TimeExpression],
            sentence: Span, text: str) -> TimeExpression | None:
    """The candidate in ``r``'s own stretch of the sentence nearest its cue."""
    cue, content = r.cue.span, r.content.span
    others = [s for o in group if o is not r for s in _edges(o, sentence)]
    if content.start >= cue.end:  # "قال الوزير أمس إن ..."
        after = (cue.end, content.start)
        before_start = max((s.end for s in others if s.end <= cue.start), default=sentence.start)
    else:  # the content comes first: "«...»، قال الوزير أمس"
        after = (cue.end, min((s.start for s in others if s.start >= cue.end), default=sentence.end))
        before_start = max([content.end] + [s.end for s in others if s.end <= cue.start])
    if _opens_clause(r):  # "...، وكشفت حينها": the clause before is another one
        before_start = cue.start
    best: tuple[int, TimeExpression] | None = None
    for e in candidates:
        if after[0] <= e.span.start and e.span.end <= after[1]:
            distance = e.span.start - cue.end
        elif before_start <= e.span.start and e.span.end <= cue.start and not _subordinate(text, before_start, cue.start):
            distance = cue.start - e.span.end
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, e)
    return best[1] if best else None


def _subordinate(text: str, start: int, end: int) -> bool:
    """Does a subordinate or relative clause open between a time expression before the cue and the cue, or
    around it ("فيما وصل وزير الدفاع ... أمس إلى ...، أكد رئيس المجلس"، "غادر جزء من اللاعبين فجر أمس، فيما أعلن
    المركز"): then the time is another clause's.  The words are particles.tsv's subordinators and relative
    pronouns."""
    g = grammar()
    return any((g.role(k) | g.role(without_conjunction(k))) & _SUBORDINATE
               for k in map(fold, _WORD_RE.findall(text, start, end)))


_SUBORDINATE = frozenset({"subordinator", "relative"})
_WORD_RE = regex.compile(r"\p{L}+")


def _opens_clause(r: Attribution) -> bool:
    """Does the cue carry the conjunction و/ف of a new clause ("وكشفت"، "فأكد"; not the و of "وصف")?"""
    cue, lemma = fold(r.cue.text), fold(r.cue.lemma)
    return cue[:1] in _CONJUNCTIONS and (lemma[:1] not in _CONJUNCTIONS or cue[1:2] == lemma[:1])


_CONJUNCTIONS = "\u0648\u0641"  # WAW, FEH


def _said_on(e: TimeExpression, article: Article) -> SaidOn:
    days = e.resolve(article.published)
    first, last = days if days else (None, None)
    return SaidOn(e.text, e.span, first, last)
