"""Headline forms: ``و"الوفاق": سنواصل التقدم نحو سرت``, a short name, a colon, the words."""

from __future__ import annotations

from ...lexicon.grammar import Verb
from ...lexicon.morph import WAW
from ..context import SentenceContext
from ..draft import Draft
from ..tokens import COLON

__all__ = ["headline_drafts"]


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
        names = [k for k in range(seg_start, c) if st.tokens[k].is_word]
        if not names or len(names) > 6 or any(st.is_cue_word(st.tokens[k]) for k in names):
            seg_start = c + 1
            continue
        first = names[0]
        if st.tokens[first].key == WAW and len(names) > 1:
            names = names[1:]
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
    return drafts
