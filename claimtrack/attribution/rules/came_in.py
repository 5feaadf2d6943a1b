"""``جاء ذلك في بلاغ ... صادر عن X`` (content ذلك, source X), ``وجاء في البيان أن ...``, ``جاء ذلك على لسان X``
and ``بيانا صحفيا جاء فيه: ...``: the words came in a document, or on someone's tongue."""

from __future__ import annotations

import attrs

from ...lexicon.grammar import CueForm, Verb
from ..content import content_at
from ..context import SentenceContext
from ..draft import Draft
from ..nounphrase import noun_phrase
from ..subject import issuer
from ..tokens import SentenceTokens, Token
from ..wordlists import pattern, rule_words

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
    if p is not None and not anaphor and p.key in rule_words().in_document:  # DOCUMENT CUE فيه|فيها
        return _in_it(ctx, i, form, d, p)
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


def _in_it(ctx: SentenceContext, i: int, form: CueForm, d: Draft, p: Token) -> Draft | None:
    """"أرسل عسيري بياناً صحفياً جاء فيه: ..."، "أعاد نشر تغريدة للناشط علي النعيمي، جاء فيها “...”": the words came in
    the document named just before the verb, which the pronoun on في points back to; it is the source, as "وجاء في
    البيان" reads it (its issuer when it names one with صادر عن).  Not "بما جاء فيها" (what came in it, told of), and
    only with its content framed as a statement's (a complementizer, a colon, a quotation)."""
    st = ctx.st
    before = st.tok(i - 1)
    told_of = pattern("not-in-it").words()[0].words
    if before is None or before.key in told_of or before.bare in told_of:
        return None
    start = _document_before(st, i)
    if start is None or _issued_by_verb(st, start):
        return None
    end = noun_phrase(st, start)
    if end <= start or end > i:
        return None
    source, _, doc = issuer(ctx, (start, end))
    if doc is not None:
        d.via.append(ctx.span(*doc))
    d.cue = (d.cue[0], p.end)
    d.source_tokens = source
    d.source = ctx.span(*source)
    d.subject_first = True
    if not content_at(ctx, i + 2, attrs.evolve(form.verb, frame="complement"), d):
        return None
    return d


def _document_before(st: SentenceTokens, i: int) -> int | None:
    """The token of the document noun nearest before the cue, within :data:`_IN_IT_REACH` tokens, no full stop or cue
    word between; None when there is none."""
    for k in range(i - 1, max(-1, i - 1 - _IN_IT_REACH), -1):
        t = st.tokens[k]
        if not t.is_word:
            if t.text in _STOPS:
                return None
            continue  # a comma, a quotation mark, a bracket: "... كاردين (ديمقراطي) جاء فيه"
        if st.is_document(t):
            return k  # (the indefinite accusative too: "أرسل بياناً صحفياً جاء فيه")
        if st.is_cue_word(t):
            return None
    return None


def _issued_by_verb(st: SentenceTokens, start: int) -> bool:
    """Is the document at ``start`` the object of a reporting verb before it in the sentence that takes it ("وأصدر المدير الإقليمي
    للبرنامج ... مهنّد هادي، بيانًا جاء فيه": أصدر, whose preps name بيان)?  That verb's rule reads the issuer and the
    content (:func:`~..documents.document_content_start`)."""
    doc = st.tokens[start]
    for k in range(start - 1, -1, -1):
        t = st.tokens[k]
        if t.is_word and st.is_cue_word(t) and any(doc.key in f.verb.preps or doc.bare in f.verb.preps
                                                   for f in st.cue_forms(t)):
            return True
    return False


# How many tokens before the cue its document may be named ("تغريدة للناشط علي النعيمي، جاء فيها": its author and
# a description between).
_IN_IT_REACH = 12
_STOPS = frozenset(".!?\u061f:;\u061b")  # ARABIC QUESTION MARK, ARABIC SEMICOLON: what ends a clause
