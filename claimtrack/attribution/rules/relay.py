"""Relayed speech: ``ونقل البلاغ عن تاونسند قوله: ...``, ``نقلت رويترز عن مصدر قال إن ...``.

The relays (the document, the chain of عن) go to ``via``; the last one spoken of is the source.
"""

from __future__ import annotations

import attrs

from ...lexicon.grammar import CueForm
from ...lexicon.morph import BEH, LAM, MIN
from ..content import content_at
from ..context import SentenceContext
from ..draft import Draft
from ..nounphrase import noun_phrase
from ..tokens import COLON, COMMAS, QUOTE, VERB_FORMS, SentenceTokens, Token, without_clitic
from ..wordlists import pattern
from .verb import inner_speaker_speaks, verb_draft

__all__ = ["relay_draft"]

# At most this many tokens between the relay verb and the greeting it conveys ("ونقل وزير الخارجية لخادم الحرمين
# الشريفين - خلال الاستقبال - تحيات").
_GREETING_REACH = 14


def relay_draft(ctx: SentenceContext, i: int, form: CueForm) -> Draft | None:
    """"ونقل البلاغ عن تاونسند قوله: ...", "ونقل بيان عن السفارة ... عن برنت تأكيده على أن ..."."""
    st = ctx.st
    # the verb's own preposition (نقل عن; من for علم: "وعلمت «عكاظ» من مصادر مطلعة أن"), else the pattern's عن: CUE
    # RELAY? عن SPEAKER SAYING
    from_ = frozenset(form.verb.preps) or pattern("relayed-from").words()[0].words
    learned = MIN in from_
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
    if not speakers and learned:
        return None  # "علمت «اليوم» أن": the outlet learned it from no one it names (no speaker to read here)
    if not speakers:
        # "كما نقلت المصادر أن ...": no one relayed, a named or definite subject says it, with a complementizer
        # or a colon, or anyone with a quotation, as after any reporting verb;
        # but "ونقلت وكالة الأناضول أن داود أوغلو تحدث لصحافيين عن ...": the inner speech verb is the cue
        d = verb_draft(ctx, i, form)
        if d is None:
            return _greeting_with_view(ctx, i, form)
        if d.content_start is None:
            return d
        k = next((n for n, u in enumerate(st.tokens) if u.start >= d.content_start), len(st.tokens))
        framed = st.tok(k - 1)
        speaker = st.tokens[d.source_tokens[0]] if d.source_tokens is not None else None
        quoted = k < len(st.tokens) and st.tokens[k].text == QUOTE and k in st.quote_pairs  # "وروى أحد سكان سوروتش «...»"
        if not quoted and (framed is None or not (st.is_comp(framed) or framed.text == COLON) or speaker is None
                           or not (st.kind(speaker) or st.definite(speaker))):
            # "ونقل الحالات للمنشآت المناسبة"، "وسيلة نقل ثم تتحرك دون أن": the noun نقل (transport), no speech
            return None
        return None if inner_speaker_speaks(st, k) else d
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
            inner = next((f for f in st.cue_forms(cue_tok) if f.form in VERB_FORMS), None)
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


def _greeting_with_view(ctx: SentenceContext, i: int, form: CueForm) -> Draft | None:
    """"ونقل الوزير لخادم الحرمين الشريفين خلال الاستقبال تحيات الرئيس ... وتقديره لمواقف المملكة تجاه مصر"
    (pattern greeting-with-view): the messenger relays greetings together with a stated view, a verbal noun
    with the pronoun of the one who sent them and a complement of its own; the messenger is the source and the
    whole object from the greeting on the content.  Greetings alone ("نقل سموه تحيات خادم الحرمين الشريفين إلى
    أخيه"), or greetings and thanks that name only the addressee ("نقل تحياته وتقديره إلى أخيه"), are no
    attribution (ANNOTATION.md)."""
    st = ctx.st
    greetings = pattern("greeting-with-view").words()[0].words
    reach = st.tokens[i + 1 : i + 1 + _GREETING_REACH]
    stop = next((k for k, u in enumerate(reach) if u.text in (".", COLON) or st.is_comp(u) or st.is_cue_word(u)), len(reach))
    g = next((u.i for u in reach[:stop] if u.is_word and u.bare in greetings), None)
    if g is None or g == i + 1 or not _sender_named(st, g + 1) or not any(_view(st, u) for u in st.tokens[g + 2 :]):
        return None
    d = Draft(ctx.index, (st.tokens[i].start, st.tokens[i].end), i, form.verb, kind="relay")
    first = st.tokens[i + 1]
    if not st.is_prep(first) and not _addressee(first):
        end = min(noun_phrase(st, i + 1, form.verb), g)
        end = next((k for k in range(i + 2, end) if _addressee(st.tokens[k])), end)
        if end > i + 1:
            d.source_tokens = (i + 1, end)
            d.source = ctx.span(i + 1, end)
            ctx.subjects.append((i, (i + 1, end)))
    d.content_start = st.tokens[g].start
    return d


def _sender_named(st: SentenceTokens, k: int) -> bool:
    """Does the greeting at ``k - 1`` name its sender in a genitive ("تحيات الرئيس", "تحيات فخامة الرئيس")?"""
    t = st.tok(k)
    return t is not None and t.is_word and not st.is_prep(t) and bool(st.kind(t) or st.is_name(t) or st.is_title(t) or st.roles(t))


def _view(st: SentenceTokens, u: Token) -> bool:
    """Is ``u`` a stated view joined by و: a verbal noun cue with a pronoun, then a complement of its own with
    ل or ب that is no person spoken to ("وتقديره لمواقف المملكة", not "وتقديره لخادم الحرمين")?"""
    if not u.is_word or not u.conj or not any(f.form == "masdar" and f.pronoun for f in st.cue_forms(u)):
        return False
    nxt = st.tok(u.i + 1)
    return nxt is not None and nxt.is_word and len(nxt.key) > 3 and nxt.key[0] in (BEH, LAM) \
        and not st.kind(without_clitic(nxt))


def _addressee(t: Token) -> bool:
    """Is ``t`` a word with the attached لـ of the one spoken to ("لخادم", "للملك", "للسيسي")?"""
    return t.is_word and len(t.key) > 3 and t.key[0] == LAM
