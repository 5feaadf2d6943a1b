"""A verb that describes the noun before it: an asyndetic relative clause on an indefinite noun, no one speaking.

Arabic describes an indefinite noun with a clause that has no relative pronoun: "رسالة تقول" (a message saying),
"هناك أنشطة إبداعية تكشف عن" (there are activities that reveal), "على نهج قيمي ثابت يدعو للخير" (on a steady
course that calls for good).  :mod:`.constructions` asks these of a cue word before it keeps its draft.
"""

from __future__ import annotations

from .context import SentenceContext
from .draft import Draft
from .names import possessed
from .wordlists import rule_words

__all__ = ["after_existential", "after_indefinite_noun", "describes_governed_noun"]


def after_indefinite_noun(ctx: SentenceContext, i: int) -> bool:
    """Is the verb at ``i`` (no و/ف) right after an indefinite noun it describes ("رسالة تقول")?"""
    st = ctx.st
    t, prev = st.tokens[i], st.tok(i - 1)
    return not t.conj and prev is not None and prev.is_word and not prev.conj and not st.definite(prev) \
        and not st.roles(prev) and prev.i not in st.accusative and not st.is_time(prev) and not st.is_cue_word(prev) \
        and not st.is_prep(prev) and bool(st.kind(prev))


def describes_governed_noun(ctx: SentenceContext, d: Draft) -> bool:
    """Is the imperfect verb of ``d`` (no و/ف, in the body) a relative clause on the indefinite noun phrase before it,
    one that stands inside its own clause, governed by the word before it ("مرددين هتافات تندد بسجن", "لاستصدار قرار
    يدين هجمات", "على نهج قيمي ثابت يدعو للخير")?  Such a noun opens no clause, so it cannot be the verb's subject
    written first, and nobody is quoted, unless one who can speak is named after the verb ("حبوب يقول الأطباء
    إنها")."""
    st, i = ctx.st, d.cue_token
    t = st.tokens[i]
    if ctx.headline or t.conj or not all(f.form == "imperfect" for f in st.cue_forms(t)):
        return False
    src = d.source_tokens
    if src is not None and (src[0] > i or any(st.kind(u) or st.is_name(u) for u in st.tokens[src[0] : src[1]])):
        return False  # "حبوب يقول الأطباء إنها", "أهالي قرية واسط بتبالة يناشدون": a speaker is named
    words = rule_words()
    k = i - 1
    while k >= 0 and i - k <= 3:
        u = st.tokens[k]
        if not u.is_word or st.definite(u) or st.roles(u) or st.is_time(u) or st.is_prep(u) \
                or st.is_comp(u) or st.is_cue_word(u) or u.i in st.accusative or possessed(st, u) \
                or u.key in words.top_level_after_comma:
            break
        if u.key in words.name_link:
            return False  # "محمد أبو بكر باعبدالله يؤكد": a name, the subject written first
        k -= 1
    if k == i - 1 or k < 0:
        return False
    # the word before the noun phrase governs it (a preposition, a verb, a participle or verbal noun), or a clause
    # opens there (a particle or pronoun: "وها هم قادة ومعلقون جمهوريون ينتقدون"; a title or name whose apposition
    # the words are)
    g = st.tokens[k]
    return g.is_word and g.key not in words.top_level_after_comma \
        and (st.is_prep(g) or not (st.is_comp(g) or st.roles(g) or st.definite(g) or st.kind(g)))


def after_existential(ctx: SentenceContext, i: int) -> bool:
    """Is the verb at ``i`` (no و/ف) right after the indefinite noun phrase that "هناك"/"ثمة" introduces ("هناك
    أنشطة إبداعية تكشف عن ...")?"""
    st = ctx.st
    if st.tokens[i].conj:
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        u = st.tokens[k]
        if not u.is_word or st.definite(u) or st.is_cue_word(u):
            return False
        if u.key in rule_words().existential or u.bare in rule_words().existential:
            return k < i - 1
    return False
