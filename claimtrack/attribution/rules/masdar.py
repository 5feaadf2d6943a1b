"""A verbal noun as the cue: ``رغم تحذير الرئيس المصري ... من أن ...``, ``، تأكيد الوزارة أن ...``."""

from __future__ import annotations

from ...lexicon.grammar import CueForm
from ..content import content_at
from ..context import SentenceContext
from ..draft import Draft
from ..names import masdar_opened
from ..nounphrase import noun_phrase
from ..tokens import COLON, COMMAS, QUOTE

__all__ = ["masdar_draft"]


def masdar_draft(ctx: SentenceContext, i: int, form: CueForm) -> Draft | None:
    """"رغم تحذير الرئيس المصري ... من أن ...": a verbal noun, its agent, then a complement."""
    st, verb = ctx.st, form.verb
    if form.pronoun:
        return None  # "في معرض تعليقه على": a pronoun masdar reports speech only after نقل عن
    prev = st.tok(i - 1)
    opens = prev is None or prev.text in COMMAS or "subordinator" in st.roles(prev) or masdar_opened(st, i)
    t = st.tokens[i]
    d = Draft(ctx.index, (t.start, t.end), i, verb, kind="masdar")
    end = noun_phrase(st, i + 1, verb)
    agent = st.tok(i + 1)
    if end <= i + 1 or agent is None or not (st.definite(agent) or st.is_title(agent) or st.kind(agent)):
        return None
    j = ctx.skip(end, verb).end
    nxt = st.tok(j)
    if nxt is None:
        return None
    framed = st.is_comp(nxt) or nxt.text in (QUOTE, COLON) or (st.is_prep(nxt) and nxt.key in verb.preps and st.is_comp(st.tok(j + 1)))
    if not opens and not ((st.definite(agent) or st.is_title(agent)) and (st.is_comp(nxt) or nxt.text == COLON)):
        # "في تصريح صحفي", "في إفادة صحفية: «...»": a masdar inside an adjunct is no cue, unless a definite agent and
        # a complementizer or colon follow ("بعد شهر من قول الحكومة إنها", "ومن ذلك قول الشاعر محمد السهلي: ...")
        return None
    if not framed or not content_at(ctx, j, verb, d):
        return None
    d.source_tokens = (i + 1, end)
    d.source = ctx.span(i + 1, end)
    return d
