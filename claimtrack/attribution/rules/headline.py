"""Headline forms: ``و"الوفاق": سنواصل التقدم نحو سرت`` (a short name, a colon, the words), with an
adjunct or the outlet spoken to before the colon (``عضو في حقوق الإنسان لـ"عين اليوم": ...``, ``سائق
المعلمات ... بعد تكريمه: ...``), and ``مصادر لـ"الوئام" المالكي لم يكن ...`` (a source word, the outlet
spoken to, the words, no colon)."""

from __future__ import annotations

import functools

from ...lexicon import read_words
from ...lexicon.grammar import Verb
from ...lexicon.morph import BEH, DEFINITE, LAM, LAM_LAM, WAW
from ...normalize import fold
from ..adjuncts import skip_adjuncts
from ..context import SentenceContext
from ..draft import Draft
from ..tokens import COLON, QUOTE, SentenceTokens

__all__ = ["headline_drafts"]

_MAX_SOURCE_WORDS = 6  # a longer run before a colon is a label or a clause, not a speaker
_MAX_OUTLET_SOURCE_WORDS = 3  # "مصادر لـ"الوئام" ...": a short source word before the outlet


def headline_drafts(ctx: SentenceContext) -> list[Draft]:
    """"و"الوفاق": سنواصل التقدم نحو سرت": a short name, a colon, the words."""
    st = ctx.st
    drafts = []
    seg_start = 0
    for c, t in enumerate(st.tokens):
        if t.text == "." or t.text == "-" or t.text == "|":
            seg_start = c + 1
            continue
        if t.text != COLON:
            continue
        end = _before_adjuncts(st, seg_start, c)
        names = [k for k in range(seg_start, end) if st.tokens[k].is_word]
        if not names or len(names) > _MAX_SOURCE_WORDS or any(st.is_cue_word(st.tokens[k]) for k in names):
            seg_start = c + 1
            continue
        first = names[0]
        if st.tokens[first].key == WAW and len(names) > 1:
            names = names[1:]
        if st.tokens[names[0]].key.startswith((BEH + DEFINITE, LAM_LAM)) or st.is_preposition_word(st.tokens[names[0]]) \
                or st.tokens[names[0]].key in _labels():
            # "بالفيديو: الفوزان ..." (sabq_8cd95cc6ac), "عن التنمية والنقد: جملة فيصل بن خالد" (real_fresh6
            # alwatan_fe3416ca86), "من التاريخ: الماجنا كارتا": a preposition's object labels the page; so do a
            # section or the story's event ("قصة مصورة:"، "حادثة الطائرة السعودية:", data/headline_labels.txt)
            seg_start = c + 1
            continue
        nxt = st.tok(c + 1)
        if nxt is None:
            continue
        verb = Verb(":", "neutral", "complement", (), 0)
        d = Draft(ctx.index, (t.start, t.end), c, verb, kind="headline")
        d.source = (st.tokens[names[0]].start, st.tokens[names[-1]].end)
        d.source_tokens = (names[0], names[-1] + 1)
        d.content_start = nxt.start
        drafts.append(d)
        seg_start = c + 1
    if not drafts:
        outlet = _outlet_headline(ctx)
        if outlet is not None:
            drafts.append(outlet)
    return drafts


@functools.cache
def _labels() -> frozenset[str]:
    """headline_labels.txt, folded: the first words of labels before a headline's colon that name no speaker."""
    return frozenset(fold(w) for w in read_words("headline_labels.txt"))


def _before_adjuncts(st: SentenceTokens, a: int, c: int) -> int:
    """Where the speaker ends before the colon at ``c``: before the longest run of adjuncts that reaches
    the colon ("لـ"عين اليوم"", "بعد تكريمه", "في كينيا"); ``c`` when none does."""
    for j in range(a + 1, c):
        if st.tokens[j].is_word and skip_adjuncts(st, j, None).end == c and _starts_adjunct(st, j):
            best = j
            for k in range(j + 1, c):
                if st.tokens[k].is_word and skip_adjuncts(st, k, None).end == c and _starts_adjunct(st, k):
                    best = k
            return best
    return c


def _starts_adjunct(st: SentenceTokens, j: int) -> bool:
    """Does token ``j`` open an adjunct (a preposition, a time word, "لـ" + the outlet)?"""
    t = st.tokens[j]
    return st.is_prep(t) or st.is_time(t) or t.key == LAM or t.key in ("\u0628\u0639\u062f", "\u0642\u0628\u0644")  # بعد، قبل


def _outlet_headline(ctx: SentenceContext) -> Draft | None:
    """"مصادر لـ"الوئام" المالكي لم يكن لاجئاً": a source word, لـ + the quoted outlet, the words."""
    st = ctx.st
    for j, t in enumerate(st.tokens[1 : _MAX_OUTLET_SOURCE_WORDS + 1], start=1):
        if t.key != LAM:
            continue
        opening = st.tok(j + 1)
        close = st.quote_end(j + 1, 4) if opening is not None and opening.text == QUOTE else None
        after = st.tok(close + 1) if close is not None else None
        source = st.tokens[:j]
        if close is None or after is None or not after.is_word or not all(u.is_word for u in source) \
                or not st.kind(source[0]) or any(st.is_cue_word(u) for u in source):
            return None
        verb = Verb(":", "neutral", "complement", (), 0)
        d = Draft(ctx.index, (t.start, st.tokens[close].end), j, verb, kind="headline")
        d.source = (source[0].start, source[-1].end)
        d.source_tokens = (0, j)
        d.content_start = after.start
        return d
    return None
