"""Nominal contents: a noun phrase that states a state of affairs (وجود، بدء، أهمية; a derived verbal noun with a
genitive or a pronoun: "أعلنت الوزارة إطلاق منصة"), and where one starts inside a noun phrase read as the source
("وأعلن ايمار اعتزاله كرة القدم").  :mod:`.content` and the verb rule ask these."""

from __future__ import annotations

from ..lexicon.grammar import Verb
from ..lexicon.morph import (DEFINITE, HEH, KAF, LAM_LAM, PREPOSITION_CLITICS, PRONOUN_SUFFIXES, TEH, TEH_MARBUTA,
                              derived_masdar, is_nisba)
from .tokens import COMMAS, SentenceTokens, Token
from .wordlists import rule_words

__all__ = ["proposition", "proposition_inside"]


def proposition(st: SentenceTokens, j: int, verb: Verb) -> bool:
    """Does a noun phrase stating a state of affairs start at token ``j`` (the content of a nominal frame)?

    Its head is indefinite, with no conjunction, and either a listed proposition noun (وجود، بدء، أهمية) or
    a verbal noun of a derived form (ارتفاع، تراجع، تطبيق) with a genitive or a pronoun after it.  After
    an announcing verb, too ("أعلنت الوزارة إطلاق منصة", "يعلن تحديد هوية مشتبه به"): the real-news guide
    counts أعلن + verbal noun as an attribution (heldout3 left such performatives out and keeps its gold).
    """
    t = st.tok(j)
    if t is None or not t.is_word or t.definite or st.is_prep(t) or st.is_comp(t) or st.cue_forms(t):
        return False
    heads = rule_words().proposition_head
    owned = _pronoun_stem(t)
    if t.key in heads or owned in heads or (owned.endswith(TEH) and owned[:-1] + HEH in heads):  # مسؤوليته: ة as ت
        return True
    if not derived_masdar(t.key):
        return False
    nxt = st.tok(j + 1)
    return bool(owned) or (nxt is not None and nxt.is_word and not st.is_prep(nxt) and not st.is_comp(nxt))


def proposition_inside(st: SentenceTokens, j: int, end: int, verb: Verb) -> int:
    """Where a nominal content starts inside the noun phrase ``j``..``end`` read as the source, or ``end``.

    The noun-phrase automaton reads on through an indefinite noun, so "وأعلن ايمار اعتزاله كرة القدم" would
    make the whole clause the source.  A proposition (see :func:`proposition`) after a word that cannot
    govern it (a name, a definite or time word, a number; not a title or body that takes a complement, as
    in "رئيس هيئة تنظيم الكهرباء", nor a word with a preposition, as in "بأحد أحواش الإبل") starts the content.
    """
    if verb.frame not in ("nominal", "any"):  # "توقع نواف الشريف مساعد الناطق ... هطول أمطار رعدية"
        return end
    for k in range(j + 1, end):
        prev, t = st.tokens[k - 1], st.tokens[k]
        if st.inside_quote(k) or not proposition(st, k, verb) or prev.unprefixed in rule_words().honorific \
                or _before_comma_complementizer(st, k):
            # "الإرشاد الدكتور توفيق بن عبدالعزيز": after a title a name, though spelled like a verbal noun; so is
            # the last word before "، أن" ("كاتب سيناريو العمل أيمن سلامة، أن", aawsat_8f28c81adb)
            continue
        if _pronoun_stem(t) or prev.kind == "num" or st.definite(prev) or st.is_time(prev) \
                or (prev.is_word and st.kind(prev) is None and not st.roles(prev)
                    and (prev.key[0] not in PREPOSITION_CLITICS or _ends_before_listed(st, prev, t))) \
                or (k - 1 > j and is_nisba(prev.key) and st.kind(st.tokens[k - 2]) in ("anonymous", "collective")
                    and not st.definite(st.tokens[k - 2])):
            # (the nisba adjective of an unnamed source closes its phrase: "استبعدت مصادر دبلوماسية انهيار الاتفاق",
            # okaz_309d190955; not a title's complement that looks like one: "رئيس بلدية محافظة القطيف")
            return k
    return end


def _ends_before_listed(st: SentenceTokens, prev: Token, t: Token) -> bool:
    """Does a word that no lexicon knows, spelt with a first ب، ل or ك (a preposition's letters), end a mention
    before ``t``, a listed proposition noun (أهمية، حرص، ضرورة; not a verbal noun read off its pattern, which names
    often share: "إقدام مجيد الكرخي"، "إحسان بن صالح طيب")?  Not when it may be a noun with its preposition
    that takes ``t`` as its complement ("باسم صحة القصيم"، "للجنة سلامة الطيران"، "لإدارة معلومات الطاقة").  A name
    spelt with a first ك does end it ("جون كيري أهمية الدور"، "أشتون كارتر حرص بلاده": كـ before a noun hardly stands
    in a mention), and so does a definite word after ب or ل ("الهيئة بالمنطقة أهمية"، "صندوق الأمم المتحدة للسكان
    زيادة"), but not لـ before a body's word ("للجنة")."""
    if t.key not in rule_words().proposition_head:
        return False
    key = prev.key
    if key[0] == KAF:
        return True
    if key[1:].startswith(DEFINITE):
        return True
    return key.startswith(LAM_LAM) and len(key) > 3 and st.g.kind_of_word(key[1:]) is None


def _before_comma_complementizer(st: SentenceTokens, k: int) -> bool:
    """Do a comma and a complementizer follow token ``k`` at once?"""
    comma = st.tok(k + 1)
    return comma is not None and comma.text in COMMAS and st.is_comp(st.tok(k + 2))


def _pronoun_stem(t: Token) -> str:
    """``t``'s key without a third-person pronoun suffix ("اعتزاله" -> "اعتزال"); "" when it has none (a
    teh marbuta, folded to heh, is no pronoun: "الدراسة")."""
    if t.text.endswith(TEH_MARBUTA):
        return ""
    return next((t.key[: -len(s)] for s in PRONOUN_SUFFIXES if t.key.endswith(s) and len(t.key) - len(s) >= 3), "")
