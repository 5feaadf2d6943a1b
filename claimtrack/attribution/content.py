"""Where a content starts (the frame of its cue) and how its span is trimmed."""

from __future__ import annotations

from ..lexicon.grammar import Grammar, Verb
from ..lexicon.morph import BEH, LAM
from .context import SentenceContext
from .draft import Draft
from .nounphrase import noun_phrase
from .tokens import COLON, COMMAS, QUOTE

__all__ = ["clause_start", "content_at", "keywords", "trim"]


def keywords(g: Grammar, verb: Verb) -> frozenset[str]:
    """Content-introducing words of a verb that are nouns, not prepositions ("أصدر بيانا", "حمل المسؤولية")."""
    return frozenset(p for p in verb.preps if len(p) > 2 and p not in g.particles)


def content_at(ctx: SentenceContext, j: int, verb: Verb, d: Draft) -> bool:
    """Set the content of ``d`` starting at token ``j``; False when the frame is not satisfied."""
    st = ctx.st
    t = st.tok(j)
    if t is None:
        return False

    def start_at(k: int) -> bool:
        u = st.tok(k)
        if u is None:
            return False
        d.content_start = u.start
        return True

    if st.is_comp(t) or t.text == COLON:
        return start_at(j + 1)
    if t.text == QUOTE:
        return start_at(j)
    if st.is_prep(t) and t.key in verb.preps:
        return start_at(j + 2 if st.is_comp(st.tok(j + 1)) else j + 1)
    if t.is_word and t.key[0] in verb.preps and t.key[0] in (BEH, LAM) and (len(t.key) == 1 or not st.definite(t)):
        if len(t.key) == 1:
            return start_at(j + 1)
        d.content_start = t.start + 1  # "إشادته بمتانة": the preposition is not content
        return True
    if t.is_word and ("demonstrative" in st.roles(t) or "anaphor_noun" in st.roles(t)):
        end = j + 1
        while end < len(st.tokens) and st.tokens[end].is_word and end - j < 3 \
                and ("anaphor_noun" in st.roles(st.tokens[end]) or st.tokens[end].definite):
            end += 1
        after = st.tok(end)
        if after is None or after.text in (".", "\u060c", ",") or after.is_word and (after.conj or st.is_prep(after)):
            named = [u for u in st.tokens[j + 1 : end] if "anaphor_noun" not in st.roles(u)]
            if named and "anaphor_noun" not in st.roles(t) and verb.stance != "deny":
                return False  # "نشر هذا التحليل": a demonstrative before a plain noun is an object, not the claim
            # "نفى ذلك جملة وتفصيلا", "نفى صحة هذه الأنباء", "أكد هذه المعلومات"
            d.content_start, d.content_end = t.start, st.tokens[end - 1].end
            d.anaphoric = True
            return True
    words = keywords(ctx.g, verb)
    if words:
        keys = [u.key for u in st.tokens[j:]] + [u.bare for u in st.tokens[j:]]
        if not any(k in keys for k in words):
            return False
        if t.key in words or t.bare in words:
            return start_at(j + 1)
    elif verb.frame != "any":
        # "دعا الوزير الأطراف إلى ضبط النفس", "داعيا المانحين إلى": an object, then the preposition
        if verb.stance in ("appeal", "accuse") and t.is_word and not st.is_prep(t) and not st.is_comp(t) \
                and noun_phrase(st, j) > j:
            for k in range(j + 1, min(len(st.tokens), j + 14)):
                u = st.tokens[k]
                if not u.is_word and u.text not in COMMAS:
                    break
                attached = len(u.key) > 2 and u.key[0] in verb.preps and u.key[0] in (BEH, LAM)
                if (st.is_prep(u) and u.key in verb.preps) or attached:
                    d.content_start = t.start
                    return True
        return False
    if not t.is_word and t.kind != "num":
        return False
    if st.is_prep(t) or any(f.form == "participle" for f in st.cue_forms(t)):
        return False
    d.content_start = t.start
    return True


def clause_start(ctx: SentenceContext, before: int) -> int | None:
    """Where the sentence's clause starts, after an impersonal opener ("يذكر أن"); None if not before ``before``."""
    st = ctx.st
    k = 0
    size = st.multi_role_at(0, "impersonal")
    if size:
        k = size
        if st.is_comp(st.tok(k)):
            k += 1
    return k if k < before else None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, commas and a final full stop off a content span (normalized coordinates)."""
    while start < end and (text[start].isspace() or text[start] in "\u060c,:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u060c,;:.-"):
        end -= 1
    return start, end
