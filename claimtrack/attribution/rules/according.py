"""According-to phrases: ``وفقا لبيان ...، فإن ...`` before the clause, ``...، بحسب المصدر`` after it,
``(بحسب الجهاز المركزي ...)`` in parentheses.  Between commas inside a clause they are asides (``via``)."""

from __future__ import annotations

from ...lexicon.grammar import Verb
from ..content import clause_start
from ..context import SentenceContext
from ..draft import Draft
from ..nounphrase import noun_phrase
from ..subject import issuer
from ..tokens import COLON, COMMAS, SEMICOLON

__all__ = ["according_drafts"]


def according_drafts(ctx: SentenceContext) -> list[Draft]:
    st = ctx.st
    drafts = []
    for i in range(len(st.tokens)):
        marker = st.according_at(i)
        if not marker:
            continue
        np_start, prefix, marker_words = marker
        end = noun_phrase(st, np_start)
        if end <= np_start:
            continue
        prev = st.tok(i - 1)
        t = st.tokens[i]
        cue_end = st.tokens[np_start].start + prefix if prefix else st.tokens[np_start - 1].end
        verb = Verb(" ".join(marker_words), "according", "complement", (), 0)
        d = Draft(ctx.index, (t.start, cue_end), i, verb, kind="according")
        src, end, doc = issuer(ctx, (np_start, end))
        if doc is not None:
            d.via.append((st.tokens[np_start].start + prefix, st.tokens[doc[1] - 1].end))
            prefix = 0
        d.source = (st.tokens[src[0]].start + prefix, st.tokens[src[1] - 1].end)
        d.source_tokens = src
        after = st.tok(end)
        if prev is not None and prev.text == "(":
            # "... خلال أغسطس (بحسب الجهاز المركزي للتعبئة العامة والإحصاء)."
            start = clause_start(ctx, i)
            close = next((k for k in range(np_start, min(len(st.tokens), np_start + 12)) if st.tokens[k].text == ")"), None)
            if start is None or close is None:
                continue
            d.source = (d.source[0], st.tokens[close - 1].end)
            d.source_tokens = (src[0], close)
            d.content_start, d.content_end = st.tokens[start].start, prev.start
        elif prev is not None and prev.text in COMMAS:
            # After the content: "..., وفقا لبيان "أفريكوM"".  Aside between commas: handled as via.
            if after is not None and after.text in COMMAS:
                continue
            start = clause_start(ctx, i)
            if start is None:
                continue
            d.content_start = st.tokens[start].start
            d.content_end = prev.start
        else:
            if not _opens_clause(ctx, i, marker_words) and not _names_source(ctx, np_start, end):
                continue  # "وتوزيعها على المدارس وفق احتياج كل مدرسة، ...": a manner, not a source
            k = ctx.skip(end, None).end
            nxt = st.tok(k)
            if nxt is None:
                continue
            if st.is_comp(nxt) or nxt.text in COMMAS or nxt.text == COLON:
                after_comp = st.tok(k + 1)
                if after_comp is None:
                    continue
                d.content_start = after_comp.start
            else:
                continue
        drafts.append(d)
    return drafts


def _opens_clause(ctx: SentenceContext, i: int, marker: tuple[str, ...]) -> bool:
    """Does the marker at ``i`` open its clause (``وبحسب البيان، ...``, ``. وفقا لبيان ...، فإن``, ``إنه وفقا
    ل...``)?  Right after a word inside a clause, وفق/حسب mostly say "in line with" or "depending on"
    (``وفق صلاحيات مديري التعليم``, ``على حسب فئة الموزع``, ``وفقا لما صرفت من أجله``), unless a speaker or a
    document follows (:func:`_names_source`)."""
    st = ctx.st
    t = st.tokens[i]
    prev = st.tok(i - 1)
    if prev is None or marker[0] != t.key:
        return True  # at the start, or with its own و/ف
    return prev.text in COMMAS or prev.text in (COLON, SEMICOLON, ".") or st.is_comp(prev) \
        or "subordinator" in st.roles(prev)


def _names_source(ctx: SentenceContext, a: int, b: int) -> bool:
    """Is the head of the noun phrase ``a:b`` a speaker or a document: a source word, a known name or, after
    ``ما``, a reporting verb (``بحسب البوابة العربية للاخبار التقنية``, ``حسبما ذكرت الصحيفة``; not ``وفق تقاليد
    كلاسيكيات دكتور سوس``, ``وفقا لما صرفت من أجله``)?"""
    st = ctx.st
    head = st.tokens[a]
    return bool(st.kind(head)) or st.is_name(head) or st.is_cue_word(head)
