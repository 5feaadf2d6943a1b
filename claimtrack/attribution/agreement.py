"""What a cue says of its dropped subject: its gender and number (وأوضحت: a woman; وطالبوا، مطالبين: a group).

A carried-over speaker must agree with them (:mod:`.resolve`, :mod:`.speaker_search`); so must a content end
that hangs on the cue (:mod:`.prune`).
"""

from __future__ import annotations

from ..lexicon.grammar import Grammar
from ..lexicon.morph import ALEF, MEEM, NOON, WAW, YEH, cue_gender
from ..normalize import fold
from .draft import Draft
from .tokens import SentenceTokens

__all__ = ["cue_gender_of", "cue_plural_of", "sound_masculine_plural"]


def cue_gender_of(st: SentenceTokens, d: Draft) -> str | None:
    """The gender the cue marks for its dropped subject (وأوضحت: f, وقال: m), None when it does not tell."""
    t = st.tokens[d.cue_token]
    if not t.is_word:
        return None
    word = t.key if st.g.cues.get(t.key) else t.bare
    form = next((f for f in st.cue_forms(t) if f.form != "masdar"), None)
    return None if form is None else cue_gender(word, fold(form.verb.lemma), form.form)


def cue_plural_of(st: SentenceTokens, d: Draft) -> bool:
    """Does the cue mark a plural subject of people (وطالبوا، ويطالبون، مدعين، مطالبين), not a dual (قالا، أكدا:
    two speakers, often a named one and his guest)?  A participle in -ين may be either; the resolver reads it
    as a plural only where no attribution earlier in the sentence gives it a speaker."""
    t = st.tokens[d.cue_token]
    if not t.is_word:
        return False
    word = t.key if st.g.cues.get(t.key) else t.bare
    form = next((f for f in st.cue_forms(t) if f.form != "masdar"), None)
    if form is None:
        return False
    if form.form == "perfect":
        return word.endswith(WAW + ALEF)
    if form.form == "imperfect":
        return word.endswith(WAW + NOON) and len(word) > 4
    return form.form == "participle" and word.endswith((YEH + NOON, WAW + NOON))


_SOUND_PLURAL = (WAW + NOON, YEH + NOON, WAW)  # مديرون، مديرين، مديرو (before a noun it governs)


def sound_masculine_plural(word: str, g: Grammar, *, definite: bool = False) -> bool:
    """A sound masculine plural of people: a plural nisba (الكينيين، المصريون), of a title or person word
    (المسؤولون، مديرو), or, when the mention is ``definite``, of a participle (المؤيدون، المحتجون)."""
    if word.endswith((YEH + YEH + NOON, YEH + WAW + NOON)) and len(word) > 5:
        return True
    if definite and word.startswith(MEEM) and word.endswith(WAW + NOON) and len(word) >= 6:
        # a participle's plural in ون after ال: المؤيدون، المعارضون، المحتجون (not مضمون، مسجون: three letters before ون;
        # not "مقتنعون" without ال, a predicate: "المزارعون ... مقتنعون ... ويطالبون", real_blind aawsat_922b0c2ff5)
        return True
    return any(word.endswith(end) and len(word) > len(end) + 2 and g.kind_of_word(word[: -len(end)]) in ("official", "person")
               for end in _SOUND_PLURAL)
