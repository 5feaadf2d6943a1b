"""What the noun-phrase automaton (:mod:`.nounphrase`) asks of a title: a delegate's title before its preposition, a
title that is the verb's object, an abbreviated title with its full stop, a title in quotation marks after the name,
an honorific with its pronoun."""

from __future__ import annotations

from ..lexicon.morph import BEH, HEH, LAM, YEH, is_nisba
from .names import name_run, title_with_pronoun
from .tokens import COLON, QUOTE, SentenceTokens, Token
from .wordlists import rule_words

__all__ = ["LONG_BRACKET", "abbreviated_title", "delegate_before", "honorific_pronoun", "object_title", "quoted_title",
           "staff_word"]

# A longer bracket inside a mention, right before the content: at most this many tokens (see nounphrase).
# (The short one anywhere in a mention, "(أفريكوم)", is nounphrase._SHORT_BRACKET.)
LONG_BRACKET = 14


def delegate_before(st: SentenceTokens, i: int, j: int) -> bool:
    """Is a delegate or overseer title (النائب، المشرف) the word before ``j``, or the one before its adjective
    ("المشرف العام")?"""
    titles = rule_words().delegate_title
    before = st.tokens[j - 1]
    return before.unprefixed in titles or (j - 2 >= i and before.definite and st.tokens[j - 2].unprefixed in titles)


def object_title(st: SentenceTokens, i: int, j: int) -> bool:
    """Is the definite title at ``j``, after a mention that opened with a definite title and its adjectives
    ("الملك المفدى"), a mention of its own, the object after the subject: no name, adjective, title or complement
    follows it ("الملك المفدى الوزير نقل تحياته"; not "المتحدث الرسمي العقيد أحمد", "الأمين العام")?  A quoted
    name glued to the title is the object's own ("وحمّل الملك المفدى الوزير "شكري" نقل تحياته", sabq_0724_2031):
    what follows the closing quote decides."""
    first, nxt = st.tokens[i], st.tok(j + 1)
    if nxt is not None and nxt.text == QUOTE and (close := st.quote_end(j + 1, 3)) is not None and close > j + 2:
        nxt = st.tok(close + 1)
    if not (first.definite and st.is_title(first)) or nxt is None or not nxt.is_word:
        return False
    return not (nxt.definite or st.is_title(nxt) or st.kind(nxt) or st.is_name(nxt) or st.is_prep(nxt) or name_run(st, j + 1)
                or "adjective" in st.roles(nxt) or nxt.key[0] in (BEH, LAM))


def abbreviated_title(st: SentenceTokens, j: int) -> bool:
    """Is token ``j`` an abbreviated title with its full stop ("د." in "اللواء د. محمد مجاهد الزيات",
    okaz_8164690ee2), a title the name follows, not a one-letter name?"""
    t, stop = st.tokens[j], st.tok(j + 1)
    return t.key in rule_words().abbreviation and stop is not None and stop.text == "." and stop.start == t.end


def quoted_title(st: SentenceTokens, j: int) -> int | None:
    """End of a speaker's title in quotation marks after the name, right before the content ("وقال اللواء د.أحمد عبد
    الحليم «رئيس مركز الشرق الأوسط السابق للدراسات الاستراتيجية» إن", okaz_8164690ee2), like a long bracket; the
    quote opens with an indefinite title and the complementizer or a colon follows it.  Else None."""
    close = st.quote_end(j, LONG_BRACKET)
    first, after = st.tok(j + 1), (st.tok(close + 1) if close is not None else None)
    if close is None or first is None or after is None or not first.is_word or first.definite or first.conj \
            or not st.is_title(first):
        return None
    return close + 1 if st.is_comp(after) or after.text == COLON else None


def honorific_pronoun(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` an honorific with its pronoun that backreferences.tsv lists ("سموه", "معاليه", "فخامته"), unlike a
    kin or rank word with one ("مدربه مارسيلو جاياردو", "نظيره الروسي سيرغي لافروف"), which a name may follow?"""
    return (t.key,) in st.g.backrefs and title_with_pronoun(st, t)


def staff_word(bare: str) -> bool:
    """Is a media word (sources.tsv kind media) one of an outlet's staff, a singular nisba (صحافي، صحفي، صحفية) that a
    personal name may follow as it follows a title, not an outlet (صحيفة، تلفزيون)?"""
    return is_nisba(bare) and bare.endswith((YEH, YEH + HEH))  # (ة is ه in a folded key)
