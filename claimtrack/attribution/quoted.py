"""Quotations that shape a content's span: guillemets still open, a quotation that opens a content and is never
closed, a content that is one quotation, parentheses written for quote marks after a colon."""

from __future__ import annotations

import weakref
from bisect import bisect_left

from .context import SentenceContext
from .draft import Draft
from .tokens import COLON, QUOTE, SentenceTokens

__all__ = ["guillemet_depth", "open_quotation", "parenthesis_end", "quotation_before"]

_GUILLEMETS = "\u00ab\u00bb"  # LEFT- and RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK


def guillemet_depth(ctx: SentenceContext, i: int) -> int:
    """How many guillemet quotations are open before token ``i``, counting nested ones: in "«حملت ملفاتي ...
    عذره «ماني فاضي» ...، فأجاب: «خذها»" the outer quotation is still open at فأجاب, which is quoted
    speech, not the outlet's.  (The quote pairs of the token view match the first » to the first «.)"""
    st = ctx.st
    if not isinstance(st.tokens, list):  # an article's lazy tokens: read no more of them than asked
        return _depth([st.quote_styles.get(t.i) for t in st.tokens[:i] if t.text == QUOTE])
    positions, depths = _guillemets(st)
    n = bisect_left(positions, i)  # the marks before token i
    return depths[n - 1] if n else 0


def _depth(styles: list[str | None]) -> int:
    marks = [s for s in styles if s is not None and s in _GUILLEMETS]
    if not marks or marks[0] == _GUILLEMETS[1]:
        return 0  # none, or written the other way round ("باسم»الدافور»"): nothing to count
    depth = 0
    for style in marks:
        depth = depth + 1 if style == _GUILLEMETS[0] else max(0, depth - 1)
    return depth


# The last view's guillemets, as (the token position of each, the depth after each): the sentence's cues ask in
# turn, and a scan of every token before each cue was quadratic in a sentence thousands of tokens long (issue 14).
_LAST: list[object] = [None, ((), ())]


def _guillemets(st: SentenceTokens) -> tuple[list[int], list[int]]:
    ref = _LAST[0]
    if isinstance(ref, weakref.ref) and ref() is st:
        return _LAST[1]  # type: ignore[return-value]
    positions: list[int] = []
    marks: list[str] = []
    for k, t in enumerate(st.tokens):
        if t.text == QUOTE:
            s = st.quote_styles.get(t.i)
            if s is not None and s in _GUILLEMETS:
                positions.append(k)
                marks.append(s)
    depths: list[int] = []
    depth = 0
    for style in marks:
        depth = depth + 1 if style == _GUILLEMETS[0] else max(0, depth - 1)
        depths.append(depth)
    if marks and marks[0] == _GUILLEMETS[1]:
        depths = [0] * len(marks)  # written the other way round ("باسم»الدافور»"): nothing to count
    _LAST[0], _LAST[1] = weakref.ref(st), (positions, depths)
    return positions, depths


def open_quotation(ctx: SentenceContext, last: Draft, d: Draft) -> bool:
    """Is the cue of ``d`` inside a quotation that opens the content of ``last`` and is not closed in the sentence
    ("إن "المملكة كان لها الدور الأكبر ...، تعاملت المملكة بحزم مطالبة صدام بالانسحاب ..." with no closing mark,
    alwatan_0697376184)?  A quotation never closed runs on (tests/data/ANNOTATION.md): its words are the speaker's."""
    st = ctx.st
    k = bisect_left(st.starts, last.content_start)  # type: ignore[type-var]
    t = st.tok(k)
    return not (t is None or t.text != QUOTE or t.start != last.content_start or st.quote_end(k) is not None
                or any(u.text == QUOTE for u in st.tokens[k + 1 : d.cue_token]))


def parenthesis_end(ctx: SentenceContext, d: Draft, last: int) -> int:
    """The closing parenthesis of a content that opens with one, written for quote marks after a colon ("قال ابن
    منظور في لسان العرب: (الكشخان: الديوث، وهو دخيل في كلام العرب، ...)", aljazirah_6ecd8e1292; "يقول رمضان
    قاديروف: (إنه إذا كانت الدولة تسمح لنا بالصلاة، ...)"): no comment of the outlet's stands inside it.  -1 when
    the content opens with none or it is not closed inside the content."""
    st = ctx.st
    j = bisect_left(st.starts, d.content_start)  # type: ignore[type-var]
    opening, before = st.tok(j), st.tok(j - 1)
    if opening is None or opening.text != "(" or before is None or before.text != COLON:
        return -1
    depth = 0
    for k in range(j, last):
        text = st.tokens[k].text
        depth += (text == "(") - (text == ")")
        if depth == 0:
            return k
    return -1


def quotation_before(ctx: SentenceContext, d: Draft, k: int) -> bool:
    """Is the content of ``d``, up to the comma at token ``k``, one quotation ("قائلاً «الله وحده يعلم ما إذا كنت
    سأستمر مع الريال»، حيث اقتصرت مشاركاته ...", aljazirah_e21b2d77c9)?  Then the explanation after it is the
    outlet's, as after a noun phrase."""
    st = ctx.st
    j = bisect_left(st.starts, d.content_start)  # type: ignore[type-var]
    return k > 1 and st.tokens[j].text == QUOTE and st.tokens[j].start == d.content_start and st.quote_end(j) == k - 1
