"""Where a content ends before the outlet's own commentary: a new clause with a subject of its own after a comma
or a و, a speech verb joined to the content that closes it, an opening quotation's end; a nominal content ends at
its first full clause.  :func:`commentary_cut` is asked by :mod:`.prune` for each top-level attribution."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..lexicon.morph import ALEF, HEH, MEEM, TEH, WAW, without_conjunction
from ..normalize import fold
from .context import SentenceContext
from .draft import Draft
from .quoted import parenthesis_end, quotation_before
from .token_table import Tokens
from .tokens import COMMAS, DASHES, QUOTE

__all__ = ["commentary_cut"]

# The object pronouns a speech verb may carry after its content ("وعدتها", "ووصفه"): ه ها هم هما.
_OBJECT_PRONOUNS = (HEH + MEEM + ALEF, HEH + MEEM, HEH + ALEF, HEH)


def commentary_cut(ctx: SentenceContext, d: Draft) -> int:
    """End a content before the outlet's own comment: "، في إشارة محتملة", "، الأمر الذي"; a content that is a
    noun phrase also before its explanation ("، حيث يظهر") and its consequence ("، مما أثار")."""
    st = ctx.st
    nominal = _nominal(ctx, d)
    if d.content_start is None:
        return d.content_end  # type: ignore[return-value]
    # the tokens that start strictly inside the content, in order (token starts increase)
    last = bisect_left(st.starts, d.content_end)  # type: ignore[type-var]
    aside_end = parenthesis_end(ctx, d, last)
    first = bisect_right(st.starts, d.content_start)
    for k in range(first, last):
        t = st.tokens[k]
        if k <= aside_end or st.inside_quote(k):
            continue
        if nominal and t.text in DASHES:
            close = next((m for m in range(k + 2, last - 1) if st.tokens[m].text in DASHES), None)
            if close is not None and st.tokens[close + 1].is_word:
                # "حاجته لشغل وظائف شاغرة – للرجال وللنساء – مشمولة بالكادر الصحي" (alweeam_75da7e5bee): an aside
                # between two dashes, and the noun phrase goes on after it
                aside_end = close
                continue
            return t.start  # "حذر الكثير من الباحثين من المشاكل المحتملة - ومن بينهم روبرتس ...": an aside of the outlet
        if nominal and _joined_speech_verb(ctx, k):
            prev = st.tokens[k - 1]
            return prev.start if prev.text in COMMAS else t.start
        if t.text not in COMMAS:
            continue
        nxt = st.tok(k + 1)
        if nxt is not None and nominal and "apposition" in st.roles(nxt) and st.multi_role_at(k + 1, "commentary") <= 1:
            continue  # "وأبدى المصلون فرصة أخرى ...، وهي إمكانية توسعة المسجد": the pronoun describes the noun
        if nxt is not None and nxt.is_word and nxt.conj and nxt.key[0] == WAW and not st.is_comp(nxt) \
                and _after_opening_quotation(ctx, d, k):
            # "وقال احد السكان ... "هناك عدد من الجثث المتفحمة ..."، وتأتي الهجمات بعد يوم" (alriyadh_b16a71e87c): a
            # content that is a quotation, closed; the outlet's own account goes on after it
            return t.start
        if nxt is not None and ("commentary" in st.roles(nxt) or st.multi_role_at(k + 1, "commentary")):
            if not nominal and st.multi_role_at(k + 1, "commentary") <= 1 and "apposition" not in st.roles(nxt):
                # "... قطع غيار ومواد بلاستيكية ودهان، مما ساعد على انتشار الحريق": after a clause of speech a
                # one-word connective of consequence (مما) goes on with the speaker's account; only the outlet's
                # set formulas (في إشارة إلى، الأمر الذي، وهو ما) end it
                continue
            return t.start
        if nxt is not None and "explanation" in st.roles(nxt) and (nominal or _nominal(ctx, d, until=t.start)
                                                                   or quotation_before(ctx, d, k)):
            # (a complementizer further on, "على أن يحدد موعد المباراة الرابعة", belongs to the explanation)
            return t.start  # "وأكدت الصورة قدوم الهاتف بنسخة أندرويد، حيث يظهر من الصورة ...": the outlet's explanation
        if nxt is not None and nominal and _new_subject_clause(ctx, k + 1) \
                and not any(st.tokens[m].is_word and "relative" in st.roles(st.tokens[m]) for m in range(first, k)):
            return t.start  # (after a relative clause the verb may be its own: "القرارات التي تفرض ...، وسمحت")
    return d.content_end  # type: ignore[return-value]


def _after_opening_quotation(ctx: SentenceContext, d: Draft, k: int) -> bool:
    """Is the comma at token ``k`` right after a quotation that opens the content of ``d``?  Not a quoted name
    that begins a longer content ('"جلياد" أكبر من ...، وسانوفي'), nor a quotation after a complementizer, whose
    clause may go on ("مؤكدا أنّه «صانع ملوك»، وحصنا ضد الحركة")."""
    st = ctx.st
    first = bisect_left(st.starts, d.content_start)  # type: ignore[type-var]
    opening = st.tok(first)
    if opening is None or opening.text != QUOTE or opening.start != d.content_start or st.is_comp(st.tok(first - 1)):
        return False
    return st.quote_end(first) == k - 1


def _new_subject_clause(ctx: SentenceContext, k: int) -> bool:
    """Does a clause with a subject of its own open at token ``k``, after a comma: و + a perfect verb with the
    feminine ت, then a definite noun ("زيادة السعر ليصل إلى 40 سنتا، ووقعت مصادمات بين الشرطة", aawsat_922b0c2ff5;
    "ضرورة تفعيل اتفاقية الدفاع العربي المشترك، واستضافت المملكة جميع قوات التحالف", alwatan_0697376184)?  A noun
    phrase goes on with و + noun, never with a verb and its own subject."""
    st = ctx.st
    t, subject = st.tok(k), st.tok(k + 1)
    if t is None or subject is None or not t.is_word or not subject.is_word or not t.conj or t.key[0] != WAW:
        return False
    stem = t.key[1:]
    if len(stem) < 3 or not stem.endswith(TEH) or stem.endswith(ALEF + TEH) or st.inside_quote(k) \
            or st.definite(t) or st.kind(t) or st.roles(t) or st.is_name(t):
        return False
    return not st.is_time(subject) and not st.is_prep(subject) and not st.is_comp(subject) and not st.roles(subject) \
        and subject.key not in st.g.stopwords


def _joined_speech_verb(ctx: SentenceContext, k: int) -> bool:
    """Is token ``k`` a speech verb joined by و, a second predicate of the speaker after a noun-phrase content
    ("استنكرت التصريحات وعدتها «مغذية للطائفية»", "استنكرت تصريحات نائب الرئيس العراقي، وعدّت أمانة المنظمة
    ...", "واتهمت ... حزب العدالة والتنمية بالوقوف وراء التفجير واتهمته بدعم ...")?  A noun phrase goes on
    with و + noun, never with و + verb, so the content ends there even when that verb yields no attribution.
    The verb must show it is one: an object pronoun or an inflection, since its bare form may be a verbal noun."""
    st = ctx.st
    t = st.tokens[k]
    if not t.is_word or not t.conj or t.bare == t.key or t.key[0] != WAW or st.inside_quote(k):
        return False
    # the word read whole when و is its first root letter ("ما ورد في": the verb ورد, not و + رد)
    word = t.key if st.g.cue_forms(t.key, t.key) else t.bare
    if any(f.form == "perfect" and word != fold(f.verb.lemma) for f in st.cue_forms(t)):
        return True  # inflected ("وعدّت"): the bare form may be a verbal noun ("الاستمرار في نقل الحقيقة، وكشف الأكاذيب")
    nxt = st.tok(k + 1)
    if nxt is not None and nxt.is_word and not st.inside_quote(k + 1) and any(
            f.form == "perfect" and len(p) == 1 and len(nxt.key) > 3 and nxt.key[0] == p and nxt.key[1:2] != p
            for f in st.cue_forms(t) for p in f.verb.preps):
        return True  # the bare form with its own attached preposition ("مسؤولية الهجوم ووعد بتعزيز الإجراءات")
    # with an object pronoun ("وعدتها", "ووصفه", "واتهمته"): the verb of the stem
    stems = [t.key[: -len(s)] for s in _OBJECT_PRONOUNS if t.key.endswith(s) and len(t.key) - len(s) >= 3]
    return any(f.form == "perfect" for stem in stems for f in st.g.cue_forms(stem, without_conjunction(stem)))


def _nominal(ctx: SentenceContext, d: Draft, until: int | None = None) -> bool:
    """Is the content of ``d`` (up to ``until``, if given) a noun phrase, the object of a verb that is not a plain
    speech verb, rather than a clause after a complementizer, a colon or a quotation mark ("أكدت الصورة قدوم
    الهاتف")?"""
    st = ctx.st
    if d.content_start is None or d.anaphoric:
        return False
    k = _first_ending_after(st.starts, st.tokens, d.content_start)
    if k is None or not st.tokens[k].is_word or st.is_comp(st.tokens[k]):
        return False
    prev = st.tok(k - 1)
    if prev is not None and prev.text in COMMAS and d.source_tokens is not None and d.source_tokens[1] == k - 1:
        prev = st.tok(k - 2)  # "أدان الرئيس الألماني يواخيم جاوك، الهجوم": a comma after the source
    if prev is None or not prev.is_word or st.is_comp(prev):
        return False
    # "وأضافت بقولها إن ...": a complementizer inside makes it a clause after all
    end = d.content_end if until is None else until
    return not any(st.is_comp(st.tokens[i]) and not st.inside_quote(i) for i in range(k, bisect_left(st.starts, end)))  # type: ignore[type-var]


def _first_ending_after(starts: list[int], tokens: Tokens, pos: int) -> int | None:
    """The first token that ends after ``pos``, or None: the one ``pos`` falls in, else the next (tokens do not
    overlap, so their starts and ends both increase)."""
    k = bisect_right(starts, pos) - 1
    if k < 0 or tokens[k].end <= pos:
        k += 1
    return k if k < len(tokens) else None
