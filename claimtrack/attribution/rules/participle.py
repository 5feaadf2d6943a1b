"""A participle used as a حال: ``مضيفا أن ...``, ``مشيرة إلى أن ...``, ``متهما روسيا بإرسال ...``.

Its speaker is the subject of the clause it hangs on (a hint for the resolver) or the one before it.
"""

from __future__ import annotations

from ...lexicon.grammar import CueForm, Verb
from ...lexicon.morph import ALEF, BEH, DEFINITE, LAM, MEEM, NOON, definite_masdar, derived_masdar
from ..content import content_at, keywords
from ..context import SentenceContext
from ..nounphrase import noun_phrase
from ..draft import Draft
from ..tokens import COLON, DASHES, QUOTE, SentenceTokens, Token
from ..wordlists import pattern

__all__ = ["participle_draft"]


def participle_draft(ctx: SentenceContext, i: int, form: CueForm) -> Draft | None:
    st, verb = ctx.st, form.verb
    t = st.tokens[i]
    prev, nxt = st.tok(i - 1), st.tok(i + 1)
    if prev is not None and prev.text in DASHES and nxt is not None and nxt.text == COLON:
        return None  # "فلاح الجوفان - سبق - متابعة: استمراراً ...": the credit line (follow-up), no speaker's word
    d = Draft(ctx.index, (t.start, t.end), i, verb, kind="participle")
    if verb.stance == "accuse" and BEH in verb.preps:
        # "متهما روسيا بإرسال": the accusation needs its ب; "برأت متهما ثانيا" is a noun.  The accused may stand in
        # quote marks ("متهما «قوى سوداء» بنشر دعاية", aawsat_073339f615)
        ahead = st.tokens[i + 1 : i + 9]
        stop = next((k for k, u in enumerate(ahead) if not u.is_word and u.text != QUOTE), len(ahead))
        words = [u for u in ahead[:stop] if u.is_word]
        if not any(u.key.startswith(BEH) and (len(u.key) > 2 or u.key == BEH) for u in words) \
                or words and _adjective_of(st, i, words[0].key, verb):
            return None
    elif nxt is not None and nxt.is_word and _adjective_of(st, i, nxt.key, verb):
        return None
    skipped = ctx.skip(i + 1, verb)
    j = skipped.end
    d.via = [ctx.span(a, b) for a, b in skipped.via]
    prayed = _past_god_addressed(st, j)
    if prayed > j and st.is_comp(st.tok(prayed)):
        j = prayed  # "سائلا الله أن يعيد هذه المناسبة" (okaz_529e683216): God is asked, the wish follows أن
    nouns = keywords(ctx.g, verb)
    first, second = st.tok(j), st.tok(j + 1)

    def keyword(u: Token | None) -> bool:
        return u is not None and u.is_word and (u.key in nouns or u.bare in nouns)

    if nouns and (st.is_preposition_word(prev) if prev is not None else False):
        return None  # "في مقدمة الحضور": after a preposition the noun مقدمة, not the participle of قدم (الشكر)
    if nouns and first is not None and not keyword(first) and keyword(second):
        d.content_start = first.start  # "مقدماً جزيل الشكر": what was said opens with the word of degree
    elif nouns and not keyword(first) and not any(keyword(u) for u in _clause_words(st, j)):
        return None  # a participle that speaks only with its noun ("مقدما شكره", "محملا إسرائيل المسؤولية") has it in its clause
    elif not content_at(ctx, j, verb, d):
        asked = _past_asked(st, i + 1) if verb.frame == "any" else None
        if asked is None or not content_at(ctx, asked, verb, d):
            return None
        j = asked
    if d.content_start is not None and verb.frame == "any":
        first = st.tok(j)
        if first is not None and first.is_word and (st.is_time(first) or (st.is_prep(first) and first.key not in verb.preps)):
            return None
    d.subject_hint = ctx.clause_subject(i)
    return d


def _clause_words(st: SentenceTokens, j: int) -> list[Token]:
    """The words from token ``j`` up to the first mark that is not a word (a comma, a full stop)."""
    words = []
    for u in st.tokens[j:]:
        if not u.is_word:
            break
        words.append(u)
    return words


def _past_asked(st: SentenceTokens, j: int) -> int | None:
    """Past the ones a wish is asked of, when a verbal noun follows them: "متمنياً من جميع المواطنين والمقيمين
    التعاون مع رجال أمن الطرق" (sabq_e7c7b7b6a6); None when ``j`` holds no من or no verbal noun follows its phrase."""
    t = st.tok(j)
    if t is None or not t.is_word or t.key != MEEM + NOON or (nxt := st.tok(j + 1)) is None or not nxt.is_word:
        return None
    end = noun_phrase(st, j + 1)
    # the verbal noun may close the phrase or stand after it ("والمقيمين التعاون": read on as an adjective)
    for k in range(j + 2, min(end + 1, len(st.tokens))):
        u = st.tokens[k]
        if not u.is_word or st.is_prep(u):
            return None
        if definite_masdar(u.unprefixed) if u.definite else derived_masdar(u.key):
            return None if u.conj else k
    return None


def _past_god_addressed(st: SentenceTokens, j: int) -> int:
    """Past the name of God a prayer addresses, with its formula of praise ("سائلين الله عز وجل أن", "سائلا المولى
    أن": construction_patterns.tsv, prayer), from ``j``; ``j`` itself when none stands there."""
    elements = pattern("prayer").elements[1:]  # CUE is the participle itself
    t = st.tok(j)
    if t is None or not t.is_word or t.key not in elements[0].words:
        return j
    k = j + 1
    for element in elements[1:]:
        u = st.tok(k)
        if u is not None and u.is_word and u.key in element.words:
            k += 1
        elif not element.optional:
            return j
    return k


def _adjective_of(st: SentenceTokens, i: int, first: str, verb: Verb) -> bool:
    """Is the participle at ``i`` the adjective of the indefinite noun right before it, its preposition or ب with a
    verbal noun right after: "و66 آخرين متهمين «بتشكيل تنظيم ارهابي»" (accused of; SaudiNewsNet
    alyaum.com/article/4081445), "سبع كيانات متهمة بمساعدة نظام" (alyaum.com/article/4081844), "ارتفعت أصوات منددة
    باعتقال فتاتين" (aawsat.com/home/article/412251), "بفرض قيود مشددة على دخول المواطنين" (3alyoum_8ee3457cb9)?
    After a definite noun or a comma, or with the accusative alef (مؤكدا), it is the speaker's حال ("أدان ...
    الهجوم منددا بالعملية")."""
    t, prev = st.tokens[i], st.tok(i - 1)
    if prev is None or not prev.is_word or prev.conj or st.definite(prev) or st.is_time(prev) or st.is_prep(prev) \
            or st.is_cue_word(prev) or st.roles(prev) or prev.key[0] in (BEH, LAM) or t.key.endswith(ALEF):
        return False
    if first in verb.preps and len(first) > 1:
        return True
    if len(first) < 4 or first[0] != BEH or BEH not in verb.preps:
        return False
    rest = first[1:]
    return definite_masdar(rest[len(DEFINITE):]) if rest.startswith(DEFINITE) else derived_masdar(rest)
