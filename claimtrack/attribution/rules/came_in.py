"""``جاء ذلك في بلاغ ... صادر عن X`` (content ذلك, source X), ``وجاء في البيان أن ...`` and
``جاء ذلك على لسان X``: the words came in a document, or on someone's tongue."""

from __future__ import annotations

import attrs

from ...lexicon.grammar import CueForm, Verb
from ..content import content_at
from ..context import SentenceContext
from ..draft import Draft
from ..nounphrase import noun_phrase
from ..subject import issuer
from ..wordlists import pattern

__all__ = ["came_in_draft"]


def came_in_draft(ctx: SentenceContext, i: int, form: CueForm) -> Draft | None:
    """"جاء ذلك في بلاغ ... صادر عن X" (content ذلك, source X) and "وجاء في البيان أن ..."."""
    st = ctx.st
    on, tongue_word = pattern("on-the-tongue").words()  # CUE THIS على لسان SOURCE
    t = st.tokens[i]
    d = Draft(ctx.index, (t.start, t.end), i, form.verb, kind="came")
    j = i + 1
    demo = st.tok(j)
    anaphor = demo is not None and "demonstrative" in st.roles(demo)
    if anaphor:
        j += 1
    p = st.tok(j)
    if p is not None and p.key in on.words and (tongue := st.tok(j + 1)) is not None and tongue.key in tongue_word.words:
        # "جاء ذلك على لسان X": the cue runs to لسان, the speaker follows
        end = noun_phrase(st, j + 2)
        if end <= j + 2 or not anaphor:
            return None
        d.cue = (t.start, tongue.end)
        d.verb = Verb(" ".join(e.written[0] for e in (on, tongue_word)), "according", "complement", (), 0)
        d.source_tokens = (j + 2, end)
        d.source = ctx.span(j + 2, end)
        d.content_start, d.content_end = demo.start, demo.end  # type: ignore[union-attr]
        d.anaphoric = True
        return d
    if p is None or p.key not in pattern("in-a-document").words()[0].words:  # CUE THIS? في|خلال|عبر DOCUMENT
        return None
    doc_end = noun_phrase(st, j + 1)
    if doc_end <= j + 1:
        return None
    head = st.tokens[j + 1]
    if not (st.kind(head) or st.adjunct_kind(head) or st.is_name(head)):
        return None  # "ويأتي ذلك في إطار سعي الوزارة": in a context, not in a text or on an occasion of speech
    source, k, doc = issuer(ctx, (j + 1, doc_end))
    if anaphor and doc is None and st.kind(head) != "document":
        # "جاء ذلك خلال اجتماع القيادة الفلسطينية الطارئ" (aljazirah_a1a58badfa), "وجاء ذلك في رد فعل على الاحتجاجات"
        # (aawsat_922b0c2ff5): an occasion, and no one named who spoke at it.  Without ذلك the words themselves
        # follow ("وجاء في التصريحات: «...»"), and they are kept
        return None
    if doc is not None:
        d.via.append(ctx.span(*doc))
    d.source_tokens = source
    d.source = ctx.span(*source)
    if anaphor:
        d.content_start, d.content_end = demo.start, demo.end  # type: ignore[union-attr]
        d.anaphoric = True
        return d
    if not content_at(ctx, k, attrs.evolve(form.verb, frame="complement"), d):
        return None
    return d
