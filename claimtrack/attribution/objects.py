"""Objects and subjects after a reporting verb: is the noun phrase after the verb the one who speaks, or the one
spoken of or to?  Arabic puts the subject after the verb and the object after the subject, and a dropped subject
leaves the object right after the verb: "واتهمت الحكومة بأنها" (she accused the government), "ودعا الدول
الأعضاء لتعزيز" (he called on the member states), "وأعلنت عزمها" (she announced her intent).  The tests here read
the verb's own marks (gender, person, its preposition) and the sentence around it; :mod:`.rules.verb` asks them.
"""

from __future__ import annotations

import functools

from ..lexicon.grammar import CueForm, Verb
from ..lexicon.morph import ALEF, BEH, DEFINITE, HEH, LAM, LAM_LAM, NOON, TEH, YEH, cue_gender, definite_masdar, derived_masdar
from ..geography import is_media_noun
from ..normalize import fold
from .context import SentenceContext
from .mention_words import feminine_broken_plural
from .names import possessed, title_with_pronoun
from .nounphrase import noun_phrase
from .tokens import VERB_FORMS, SentenceTokens, Token
from .wordlists import rule_words

__all__ = ["addressee_end", "coordinated_imperfect", "disagreeing_object", "headline_subject", "her_object",
           "object_of_continuation", "one_told", "wire_agency"]

# At most this many tokens from the ones an appeal is made to, after a comma, to the verb's preposition.
_ADDRESSEE_WORDS = 10


def her_object(st: SentenceTokens, t: Token, form: CueForm, nxt: Token) -> bool:
    """Is ``nxt``, right after a feminine verb ``t``, a noun with the pronoun ها ("وأعلنت عزمها تطبيق تلك
    المقاييس", alweeam_d57e53548a): her own intent, the verb's object, its subject (she) dropped?  Not a title or
    speaker word with it (رئيسها، مصادرها); only ها, which no personal name ends in (أدهم، عبده do end in هم and
    ه); not after a masculine verb ("ويتوقع خروجها": the subject may be the one she belongs to)."""
    her = HEH + ALEF
    if form.form not in VERB_FORMS:
        return False
    word = t.key if t.key == t.bare or not t.conj else t.bare
    return cue_gender(word, fold(form.verb.lemma), form.form) == "f" and nxt.text.endswith(her) \
        and nxt.key.endswith(her) and possessed(st, nxt) and not title_with_pronoun(st, nxt) \
        and not st.g.kind_of_word(nxt.key[: -len(her)])


def coordinated_imperfect(st: SentenceTokens, t: Token, form: CueForm, nxt: Token) -> bool:
    """Is ``nxt``, right after an imperfect verb ``t``, a second imperfect joined to it by و/ف, with the same
    person prefix ("بدأ يسأل ويتحرى عن أنواع الطعام", alyaum_df2f482d82): no subject, which was dropped?  Not a
    known name or a word with a role or kind in the lexicons."""
    if form.form != "imperfect" or not nxt.conj or nxt.definite or len(nxt.bare) < 4:
        return False
    word = t.key if t.key == t.bare or not t.conj else t.bare
    return nxt.bare[0] == word[0] and word[0] in _IMPERFECT_PREFIXES and not st.is_name(nxt) \
        and nxt.key not in st.g.names and nxt.bare not in st.g.names and not st.roles(nxt) and not st.kind(nxt) \
        and not st.g.kind_of_word(nxt.bare)


_IMPERFECT_PREFIXES = YEH + TEH + NOON  # يـ تـ نـ: the person prefixes an imperfect's subject may follow


def disagreeing_object(st: SentenceTokens, t: Token, form: CueForm, nxt: Token) -> bool:
    """Is ``nxt`` a plural of things or a woman's title after a masculine verb ("ودعا الدول الأعضاء لتعزيز التعاون"،
    "ووصف الفنانة أليسا بأنها"): the verb's object, not its subject, which would take a feminine verb (دعت الدول)?
    Not a speaker word spelled like such a plural ("طالب المزارع الأوروبي": the farmer, not the farms)."""
    if form.form not in VERB_FORMS or not nxt.definite:
        return False
    word = t.key if t.key == t.bare or not t.conj else t.bare
    if cue_gender(word, fold(form.verb.lemma), form.form) != "m":
        return False
    if st.kind(nxt):
        # "ووصف الفنانة أليسا بأنها النجمة الأولى" (aawsat 2015-07-21): a woman's title (a man's title and ة: الفنانة،
        # الوزيرة) after a masculine verb is its object; a woman who speaks takes a feminine verb (ووصفت الفنانة).
        # Not a man's title in ة (العلامة، الخليفة), which has no title without it.
        head = nxt.unprefixed
        return head.endswith(HEH) and st.g.kind_of_word(head[:-1]) in ("official", "person")
    return feminine_broken_plural(nxt.key)


def object_of_continuation(ctx: SentenceContext, i: int, form: CueForm, end: int) -> bool:
    """Is the noun phrase before ``end``, right after a cue joined by و/ف to a clause of the same sentence whose
    speaker is named, the cue's object: an accusation, a warning or an appeal whose preposition follows it at once
    ("واتهمت الحكومة بأنها", "وحذرت سكان العمائر من"), with the cue of the same gender as the one before, so that
    one subject serves both ("وقال الوزير ...، وحذرت الوزارة من" names a new speaker)?"""
    st, verb = ctx.st, form.verb
    t, after = st.tokens[i], st.tok(end)
    if not t.conj or verb.stance not in ("accuse", "warn", "appeal") or after is None or not after.is_word:
        return False
    if not ((st.is_prep(after) and after.key in verb.preps) or (len(after.key) > 2 and after.key[0] in verb.preps)):
        return False
    # a clause with a named subject, else one found as an attribution ("وهو يقول «...» وحذّر الشباب المندفع والمتحمس
    # من الانضمام", aljazirah_a3b3e845e4: the one who speaks goes on warning)
    earlier = [k for k, _ in ctx.subjects if k < i]
    if not earlier and not (st.is_comp(after) and verb.stance != "accuse"):
        # (not "ويوصي الأطباء بأن": who recommends that, the subject, before the complementizer of a warning or appeal)
        earlier = [k for k, _ in ctx.said if k < i]
    if not earlier:
        return False
    gender = _gender(st, st.tokens[earlier[-1]])
    return gender is not None and gender == _gender(st, t)


def _gender(st: SentenceTokens, t: Token) -> str | None:
    """The gender a verb cue marks for its subject (وقالت: f, وقال: m), None when it does not tell."""
    form = next((f for f in st.cue_forms(t) if f.form in VERB_FORMS), None)
    if form is None:
        return None
    word = t.key if st.g.cues.get(t.key) else t.bare
    return cue_gender(word, fold(form.verb.lemma), form.form)


def addressee_end(ctx: SentenceContext, k: int, verb: Verb) -> int | None:
    """Where the verb's own preposition follows the ones an appeal is made to, from ``k`` ("العالمين العربي
    والإسلامي بالتحرك", "منظمات المجتمع المدني العاملة في مجال حقوق الإنسان إلى تشكيل"), within a few words
    with no punctuation, complementizer or cue between; None when it does not."""
    st = ctx.st
    t = st.tok(k)
    if t is None or not t.is_word or st.is_prep(t) or noun_phrase(st, k, verb) <= k:
        return None
    for m in range(k + 1, min(len(st.tokens), k + _ADDRESSEE_WORDS)):
        u = st.tokens[m]
        if not u.is_word or st.is_comp(u) or st.is_cue_word(u):
            return None
        if (st.is_prep(u) and u.key in verb.preps) or _asked_with_preposition(u, verb):
            return m
    return None


def _asked_with_preposition(t: Token, verb: Verb) -> bool:
    """Is ``t`` a verbal noun with the verb's own attached ب or ل ("بالتحرك", "لتعزيز", "للتأكد"), not a genitive
    of the one addressed ("الأمين العام للأمم المتحدة") or an adverb ("بوصفها")?"""
    key = t.key
    if len(key) <= 3 or key[0] not in verb.preps or key[0] not in (BEH, LAM):
        return False
    if key.startswith(LAM_LAM):
        return definite_masdar(key[2:])
    rest = key[1:]
    return definite_masdar(rest[len(DEFINITE):]) if rest.startswith(DEFINITE) else derived_masdar(rest)


def headline_subject(st: SentenceTokens, i: int, form: CueForm) -> tuple[int, int] | None:
    """The subject a headline opens with, for an imperfect cue joined by و to the headline's first verb with the
    same person prefix: "مصر تتسامى على خلافاتها مع أنقرة وتدين حادث سروج الإرهابي في تركيا" (aawsat_0722_24), "البحرين
    تستدعي سفيرها لدى طهران وتدين استمرار تصريحات إيران" (aleqtisadiya_8f0390655c); the noun phrase after the
    cue is then its object.  None when the headline opens otherwise."""
    t = st.tokens[i]
    if form.form != "imperfect" or not t.conj or not t.is_word or t.bare[:1] not in _IMPERFECT_PREFIXES:
        return None
    end = noun_phrase(st, 0)
    if end < 1 or end >= i - 1 or any(not u.is_word for u in st.tokens[:i]):
        return None
    verb = st.tokens[end]
    if verb.conj or verb.definite or len(verb.key) < 4 or verb.key[0] != t.bare[0] or st.kind(verb) or st.roles(verb):
        return None
    return 0, end


def wire_agency(st: SentenceTokens, source: tuple[int, int]) -> bool:
    """Is the mention a wire agency by its name or credit (wire_agencies.tsv: "وكالة أنباء البحرين", "واس")?  Not
    a newspaper ("وكشفت صحيفة حرييت أن أجهزة الأمن حذرت"), whose report is its own."""
    words = " ".join(t.key for t in st.tokens[source[0] : source[1]] if t.is_word)
    return words in st.g.wire or words in _wire_names(tuple(st.g.wire.values()))


def one_told(st: SentenceTokens, start: int, end: int) -> int:
    """Where the one told starts in the mention ``start``..``end`` after a verb whose direct object it is
    (attribution_words.tsv tells_whom: أبلغ، أخبر): a wire agency ("رويترز", "وكالة رويترز") or journalists
    (told_audience) ending the mention after at least one word of the speaker, as in "وأبلغ وزير النقل الماليزي ليو
    تيونج لاي رويترز في كوالالمبور اليوم السبت أن" (alweeam 2015-08-01) and "أبلغت سوزان رايس الصحافيين أن"; ``end``
    when there is none."""
    last = st.tokens[end - 1]
    if wire_agency(st, (start, end)):
        return end  # "وأبلغت وكالة رويترز أن": the agency is the speaker
    if end - start >= 2 and last.is_word and last.key in rule_words().told_audience:
        return end - 1
    k = next((k for k in range(start + 1, end) if wire_agency(st, (k, end))), end)
    # with the outlet's noun before the name: "أبلغ مسؤول حكومي آخر وكالة أنباء "رويترز" بأن" (aawsat 2015-07-23)
    head = next((m for m in range(k - 1, max(start, k - _TOLD_HEAD - 1), -1)
                 if st.tokens[m].is_word and is_media_noun(st.tokens[m].key)), None)
    return head if k < end and head is not None else k


_TOLD_HEAD = 2  # words between an outlet's noun and the agency's name ("وكالة أنباء "رويترز"")


@functools.cache
def _wire_names(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(fold(w) for w in name.split()) for name in names)
