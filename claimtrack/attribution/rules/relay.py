"""Relayed speech: ``ونقل البلاغ عن تاونسند قوله: ...``, ``نقلت رويترز عن مصدر قال إن ...``.

The relays (the document, the chain of عن) go to ``via``; the last one spoken of is the source.
"""

from __future__ import annotations

import attrs

from ...lexicon.grammar import CueForm
from ..content import content_at
from ..context import SentenceContext
from ..draft import Draft
from ..nounphrase import noun_phrase
from ..tokens import COLON, COMMAS, QUOTE
from ..wordlists import pattern
from .verb import verb_draft

__all__ = ["relay_draft"]


def relay_draft(ctx: SentenceContext, i: int, form: CueForm) -> Draft | None:
    """"ونقل البلاغ عن تاونسند قوله: ...", "ونقل بيان عن السفارة ... عن برنت تأكيده على أن ..."."""
    st = ctx.st
    from_ = pattern("relayed-from").words()[0].words  # عن: CUE RELAY? عن SPEAKER SAYING
    via: list[tuple[int, int]] = []
    j = i + 1
    t = st.tok(j)
    if t is not None and t.key not in from_:
        end = noun_phrase(st, j)
        if end > j:
            via.append((j, end))
            j = end
    j = ctx.skip(j, form.verb).end
    speakers: list[tuple[int, int]] = []
    while (t := st.tok(j)) is not None and t.key in from_:
        end = noun_phrase(st, j + 1)
        if end <= j + 1:
            break
        speakers.append((j + 1, end))
        j = ctx.skip(end, form.verb).end
    if not speakers:
        # "كما نقلت المصادر أن ...": no one relayed, a named or definite subject says it, with a complementizer
        # or a colon, or anyone with a quotation, as after any reporting verb;
        # but "ونقلت وكالة الأناضول أن داود أوغلو تحدث لصحافيين عن ...": the inner speech verb is the cue
        d = verb_draft(ctx, i, form)
        if d is None or d.content_start is None:
            return d
        k = next((n for n, u in enumerate(st.tokens) if u.start >= d.content_start), len(st.tokens))
        framed = st.tok(k - 1)
        speaker = st.tokens[d.source_tokens[0]] if d.source_tokens is not None else None
        quoted = k < len(st.tokens) and st.tokens[k].text == QUOTE and k in st.quote_pairs  # "وروى أحد سكان سوروتش «...»"
        if not quoted and (framed is None or not (st.is_comp(framed) or framed.text == COLON) or speaker is None
                           or not (st.kind(speaker) or st.definite(speaker))):
            # "ونقل الحالات للمنشآت المناسبة"، "وسيلة نقل ثم تتحرك دون أن": the noun نقل (transport), no speech
            return None
        after_subject = st.tok(noun_phrase(st, k)) if k < len(st.tokens) else None
        if after_subject is not None and after_subject.is_word \
                and any(f.form in ("perfect", "imperfect") for f in st.cue_forms(after_subject)):
            return None
        return d
    cue_tok = st.tok(j)
    if cue_tok is not None and cue_tok.text in COMMAS and (nxt := st.tok(j + 1)) is not None \
            and any(f.form == "masdar" and f.pronoun for f in st.cue_forms(nxt)):
        j += 1  # "عن حاكم مقاطعة باسكنو، أحمدو ولد أعمر، قوله"
        cue_tok = nxt
    inner = None
    if cue_tok is not None and cue_tok.is_word:
        inner = next((f for f in st.cue_forms(cue_tok) if f.form == "masdar" and f.pronoun), None)
        if inner is None and not cue_tok.conj:
            # "نقلت رويترز عن مصدر قال إن": an indefinite speaker's own verb (a relative clause without الذي)
            inner = next((f for f in st.cue_forms(cue_tok) if f.form in ("perfect", "imperfect")), None)
    if inner is not None and cue_tok is not None:
        d = Draft(ctx.index, (cue_tok.start, cue_tok.end), j, inner.verb, kind="relay")
        ok = content_at(ctx, ctx.skip(j + 1, inner.verb).end, inner.verb, d)
    else:
        t0 = st.tokens[i]
        d = Draft(ctx.index, (t0.start, t0.end), i, form.verb, kind="relay")
        ok = content_at(ctx, j, attrs.evolve(form.verb, frame="complement"), d)
    if not ok:
        return None
    d.via = [ctx.span(*v) for v in via + speakers[:-1]]
    d.source_tokens = speakers[-1]
    d.source = ctx.span(*speakers[-1])
    d.cue_token = i
    return d
