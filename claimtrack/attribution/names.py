"""Which words of a mention are a name, and which are not: the word tests the noun-phrase automaton asks.

A personal name is in no lexicon, so it is read from its place and its words: a run of words with no other role
after a title ("احمد" in "اللواء احمد المسماري"), a nasab or kunya (بن، أبو) and the name after it, a listed name
whose first word reads as a function word ("بان كي مون": بان is بأن), a time noun with no complement after it
("صباح كرحوت").  A noun with a possessive pronoun ("في مكتبه") and a title with its pronoun ("معاليه") are no
names.  :mod:`.nounphrase` (the automaton: where a mention ends) and :mod:`.name_tail` (a name the automaton
left out) ask these; so do the rules and the resolution, of one word.
"""

from __future__ import annotations

import functools

from ..dates import month_number
from ..lexicon import read_words
from ..lexicon.aliases import aliases
from ..lexicon.morph import (ALEF, BEH, DEFINITE, HEH, LAM, MEEM, MIN, NOON, PRONOUN_SUFFIXES, WAW, YEH, derived_masdar, elative,
                             is_nisba)
from ..normalize import fold
from .audience import audience, told_at
from .tokens import QUOTE, SentenceTokens, Token, without_clitic
from .wordlists import broken_plurals, rule_words

__all__ = ["POSSESSIVE", "bare_name", "called_on", "construct_at", "given_names", "kunya_at", "listed_name_end", "masdar_opened", "mention_ends",
           "name_run", "part_in", "partitive_at",
           "plain_word", "plural_noun_at", "possessed", "time_as_name", "title_with_pronoun"]


_NAME_ENDS_IN_HEH = (ALEF + LAM + LAM + HEH, YEH + HEH)  # الله، يه: the HEH of names, no pronoun
# Possessive pronouns no name ends in: a word that carries one is a possessed noun (عملياتها), not a name.
POSSESSIVE = tuple(p for p in PRONOUN_SUFFIXES if len(p) > 1 and p != NOON + ALEF)


def possessed(st: SentenceTokens, t: Token) -> bool:
    """Does ``t`` carry a possessive pronoun ("لدى اجتماعه", "في مكتبه", "خلال زيارتها")?  A preposition
    before such a noun opens an adjunct on the speaker's doings, never a part of the office ("وزير التعليم
    لدى اجتماعه في مكتبه" is "وزير التعليم"; "سفير المملكة لدى الأردن" keeps its لدى)."""
    # the text, not the key: the key folds TEH MARBUTA into HEH ("وزارة" is no possessed noun); names end in
    # HEH too ("عبدالله", "نزيه", "وجيه"), and in نا ("فيلومينا"), which is left out
    return len(t.key) > 3 and t.text.endswith(POSSESSIVE + (HEH,)) and not t.text.endswith(_NAME_ENDS_IN_HEH) \
        and not t.definite and not st.is_name(t) and not st.kind(t) and t.key not in st.g.names


@functools.cache
def _listed_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The personal names of aliases.tsv of more than one word whose first word folds to a complementizer or a
    preposition ("بان كي مون": بان is بأن, "علي خامنئي": علي is على), by that first word, longest first."""
    from ..lexicon.grammar import grammar  # the grammar is read once, when a name is first looked for

    g = grammar()
    names: dict[str, list[tuple[str, ...]]] = {}
    for a in aliases():
        words = tuple(fold(w) for w in a.alias.split())
        if a.type == "person" and len(words) > 1 and (words[0] in g.complementizers or "preposition" in g.role(words[0])):
            names.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(set(ws), key=len, reverse=True)) for first, ws in names.items()}


def listed_name_end(st: SentenceTokens, k: int) -> int:
    """End of a listed personal name that starts at token ``k`` with a word read as a function word ("بان كي مون",
    alriyadh_0722_695, 3alyoum_fea1b53dd0), or ``k`` itself."""
    t = st.tok(k)
    if t is not None and t.text in rule_words().name_particle:
        return _particle_name_end(st, k)
    names = _listed_names().get(t.key) if t is not None and t.is_word else None
    for words in names or ():
        if all((u := st.tok(k + n)) is not None and u.is_word and u.key == w for n, w in enumerate(words)):
            return k + len(words)
    return k


def _particle_name_end(st: SentenceTokens, k: int) -> int:
    """End of a family name opened by a name particle at token ``k`` ("فان جال", "فان در سار": فان is no فإن here),
    or ``k``: a plain word follows it (no function, source, cue or definite word) and no definite noun after that,
    which would make the plain word a noun in construct ("فان عدد القتلى": the complementizer)."""
    nxt, after = st.tok(k + 1), st.tok(k + 2)
    if nxt is None or not nxt.is_word or nxt.conj or st.definite(nxt) or st.roles(nxt) or st.kind(nxt) \
            or nxt.key in st.g.stopwords or st.is_cue_word(nxt) or st.is_comp(nxt) or st.is_prep(nxt) \
            or elative(DEFINITE + nxt.key):
        return k  # (an elative: "وبحسب كوستاس زاخارياديس فان اكثر من عشرة")
    if after is not None and after.is_word and after.definite:
        return k
    return k + 2


def title_with_pronoun(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` a title or person word with an attached pronoun ("معاليه", "سموه", "نظيره"): a whole mention,
    never the apposition or adjective of the one before it?"""
    # the text, not the key: the key folds TEH MARBUTA into HEH ("محافظة" is no "محافظ" with a pronoun)
    return any(t.text.endswith(p) and t.key.endswith(p) and len(t.key) - len(p) >= 3 and st.g.kind_of_word(t.key[: -len(p)]) in ("official", "person")
               for p in POSSESSIVE + (HEH,)) and t.key not in st.g.names and not st.is_name(t)


def mention_ends(st: SentenceTokens, k: int) -> bool:
    """Does a mention end at token ``k``: the end of the sentence, punctuation but a quote, a complementizer,
    or the one spoken to ("لـ«الشرق الأوسط»")?"""
    t = st.tok(k)
    if t is None or (t.kind == "punct" and t.text != QUOTE) or st.is_comp(t):
        return True
    return t.is_word and t.key[0] == LAM and (t.key == LAM or bool(audience(st, k))
                                              or st.adjunct_kind(without_clitic(t)) == "media")


def time_as_name(st: SentenceTokens, j: int) -> bool:
    """Is the time noun at ``j`` a name, having no complement after it?  "صباح" takes one ("صباح الأحد",
    "مساء أمس", "صباح عيد الفطر"); before a name-like word that heads nothing ("رئيس مجلس المحافظة صباح كرحوت
    في تصريح") or before an adjective ("صحيفة صباح الموالية للحكومة") it is a name."""
    t = st.tokens[j]
    if t.key not in rule_words().time_head:
        return False
    nxt, after = st.tok(j + 1), st.tok(j + 2)
    if nxt is None or not nxt.is_word or st.adjunct_kind(nxt) or st.is_comp(nxt) or st.is_prep(nxt) \
            or st.is_cue_word(nxt) or st.multi_role_at(j + 1, "time_phrase"):
        return False
    if nxt.definite:
        # "الشيخ صباح الأحمد": right after a title, a definite word that is no time word is the family name
        after_title = j > 0 and st.is_title(st.tokens[j - 1]) and not st.is_time(nxt) and not st.kind(nxt) \
            and not st.roles(nxt) and not month_number(nxt.text)
        return is_nisba(nxt.unprefixed) or "adjective" in st.roles(nxt) or after_title
    return not (st.roles(nxt) or st.kind(nxt) or nxt.key in st.g.stopwords
                or (after is not None and after.is_word and st.definite(after)))


def plain_word(st: SentenceTokens, t: Token) -> bool:
    """A word with no role in the lexicons: a candidate personal name."""
    return t.is_word and not (st.roles(t) or st.is_cue_word(t) or st.adjunct_kind(t) or st.kind(t)
                              or st.is_comp(t) or st.is_prep(t) or t.key in st.g.stopwords)


def kunya_at(st: SentenceTokens, k: int) -> bool:
    """Does a name open at token ``k`` with a kunya or nasab word and a plain word after it ("أم يوسف", "أبو فهد")?
    The lexicons know neither name; the word before it makes it one (real_fresh7 aljazirah_8f8468e61c: "تعرض أم يوسف
    في ركنها البهارات ...، مشيرة إلى أنها")."""
    t, nxt = st.tokens[k], st.tok(k + 1)
    return t.is_word and not t.conj and t.key in rule_words().name_link and nxt is not None and plain_word(st, nxt) \
        and not nxt.definite


@functools.cache
def given_names() -> frozenset[str]:
    """The first names of data/given_names.txt, folded as token keys are."""
    return frozenset(fold(w) for w in read_words("given_names.txt"))


def name_run(st: SentenceTokens, j: int) -> int:
    """Length of a run of personal-name words after a title ("احمد" in "اللواء احمد المسماري"), or 0.

    Names are not in the lexicons, so a run counts only when it is made of words with no other role,
    contains a known name or is followed by a surname, punctuation or the end of the mention.
    """
    k = j
    while k < len(st.tokens) and k - j < 3:
        t = st.tokens[k]
        if k == j and time_as_name(st, k):
            k += 1  # "صباح كرحوت"
            continue
        if t.is_word and t.text in rule_words().name_as_written:
            k += 1  # "حث الدكتور علي بن محمد الحمود" (alyaum_43556c00c6): علي as written, not the preposition على
            continue
        if k > j and _nasab_at(st, k):
            # "الأمير عبدالرحمن بن مساعد": the nasab (the word after بن is a name, even one that is also a
            # title: مساعد); the run is a name, whatever follows it
            while _nasab_at(st, k):
                k += 2
            if (u := st.tok(k)) is not None and plain_word(st, u) and not u.definite and mention_ends(st, k + 1):
                k += 1  # "سعيد بن محمد مخايش،" (aljazirah_472ae7bec3): a family name without ال after the nasab
            return k - j
        if k == j and plural_noun_at(st, k):
            break
        if not t.is_word or t.definite or st.roles(t) or st.is_cue_word(t) or st.adjunct_kind(t) \
                or t.key in st.g.stopwords or st.kind(t) or st.is_comp(t) or st.is_prep(t) \
                or (t.key == LAM and audience(st, k)) or (k > j and told_at(st, k)):
            # (a name may begin with ب or ل: بوشارب، لطفي; the ل written apart before the outlet spoken to and the
            # content, "الدكتور يوسف تكروري لـ"الوطن" إن", is none, nor the one spoken to after a name: "وزير الخارجية
            # الأمريكي جون كيري للصحفيين إن"، "المتحدث باسم الخارجية تانجو بيلجيتش للصحفيين إن", alweeam 2015-07-31)
            break
        k += 1
    if k == j:
        return 0
    if any(st.is_name(t) for t in st.tokens[j:k]):
        return k - j
    if st.tokens[j].key in given_names():
        # a listed first name: "نفى العميد محمد عسيري وجود أي عملية" (not "الوزير وجود أي خلاف"), up to a noun with its
        # pronoun, the verb's object ("عبدالله درويش سعادته بتواجد"), or an according-to marker ("سالم كبيش وفق ما
        # بثته", uae_41_trial alriyadh_0802_638)
        return next((m for m in range(j + 1, k) if possessed(st, st.tokens[m]) or st.according_at(m)), k) - j
    after = st.tok(k)
    if after is not None and after.is_word and (after.key in st.g.stopwords or after.bare in st.g.stopwords) \
            and not (st.is_prep(after) or st.is_comp(after) or st.roles(after)):
        return 0  # "الوزير وجود أي خلاف": a masdar and its object, not a name
    if after is None or not after.is_word or after.definite or st.is_comp(after) or st.is_prep(after) \
            or st.roles(after) or st.is_cue_word(after) or st.adjunct_kind(after) \
            or after.key == LAM or mention_ends(st, k):  # "لـ«الساحل»", "لوكالة الانباء": the outlet spoken to
        return k - j
    return 0


def bare_name(st: SentenceTokens, start: int, end: int) -> bool:
    """Are the tokens from ``start`` to ``end`` a personal name alone: plain words, none with a pronoun or the
    accusative alef of an adverb or a participle, none definite but after a nasab or kunya word ("محمد عبد السلام";
    not "محاولا التخفيف", "أمضى أربعين عاما")?"""
    words = st.tokens[start:end]
    return all(plain_word(st, w) and not possessed(st, w) and not (len(w.key) > 3 and w.key.endswith(ALEF))
               and (not w.definite or k > 0 and words[k - 1].key in rule_words().name_link)
               for k, w in enumerate(words))


def part_in(st: SentenceTokens, j: int) -> bool:
    """Is the noun with a pronoun at ``j`` followed by the preposition of what it relates to, written apart or
    attached to a definite noun or a derived verbal noun ("علاقتهم بالهجوم", "تورطه في", "سعيها لامتلاك"; not a
    manner adverb: "زوجها بشكل قاطع", "بوضوح")?"""
    nxt = st.tok(j + 1)
    if nxt is None or not nxt.is_word or nxt.conj or st.adjunct_kind(nxt):
        return False
    if st.is_prep(nxt):
        return True
    rest = nxt.key[1:]
    return len(nxt.key) > 3 and nxt.key[0] in (BEH, LAM) and not st.is_name(nxt) \
        and (rest.startswith(DEFINITE) or nxt.key[:2] == LAM + LAM or derived_masdar(rest))


def masdar_opened(st: SentenceTokens, k: int) -> bool:
    """Does a particle that makes a verbal noun a clause of its own end right before token ``k`` (particles.tsv,
    masdar_intro): one word ("رغم تحذير الرئيس ... من أن") or several ("على الرغم من إعلان وزارة الداخلية
    التونسية أنه «لا وجود لتلك المحاولة أصلا»", aawsat_213795157a)?"""
    prev = st.tok(k - 1)
    if prev is None:
        return False
    return "masdar_intro" in st.roles(prev) or any(st.multi_role_at(k - n, "masdar_intro") == n for n in (2, 3))


def construct_at(st: SentenceTokens, k: int) -> bool:
    """Does an indefinite noun at ``k`` open a construct that a definite word completes ("وسائل الإعلام"، "سكان
    القرى"), through one more indefinite noun ("كبار أعضاء مجلس الشيوخ"، "أسر شهداء الواجب") or one coordinated with
    و ("أئمة وخطباء المساجد"), or a name in quotation marks ("طلاب «موهبة»")?  No preposition, cue word,
    complementizer, demonstrative or relative in it, no verbal noun after its first word.  After a partitive ("عدد من
    وسائل الإعلام") it names the group counted, as a definite word does ("الكثير من الباحثين")."""
    for step in range(_CONSTRUCT_WORDS):
        t, nxt = st.tok(k + step), st.tok(k + step + 1)
        if t is None or nxt is None or not t.is_word or t.definite or st.is_preposition_word(t) or st.is_cue_word(t) \
                or st.is_comp(t) or st.roles(t) & {"demonstrative", "relative"} \
                or (step and derived_masdar(t.bare) and t.bare not in broken_plurals()):  # (أعضاء: a plural, not إفعال)
            return False
        if nxt.is_word and nxt.definite or nxt.text == QUOTE:
            return True
    return False


def partitive_at(st: SentenceTokens, k: int, at: int | None = None) -> bool:
    """Is token ``k`` a partitive (عدد، بعض، الكثير: rule words) whose من stands at ``at``: right after it (the default:
    "في عدد من مناطق المملكة"), or after an adjective of the count ("عدد كبير من المواطنين")?"""
    at = k + 1 if at is None else at
    t, min_ = st.tok(k), st.tok(at)
    if t is None or min_ is None or min_.key != MIN or t.unprefixed not in rule_words().partitive:
        return False
    between = st.tokens[k + 1 : at]
    return not between or len(between) == 1 and between[0].is_word and not between[0].definite \
        and "adjective" in st.roles(between[0])


# The indefinite nouns a partitive's construct may chain before its definite word ("كبار أعضاء مجلس الشيوخ").
_CONSTRUCT_WORDS = 3


def plural_noun_at(st: SentenceTokens, k: int) -> bool:
    """Does the broken plural of a common noun open an idafa at ``k``, the verb's object after a closed mention
    rather than a first name and a family name: "ونفى متحدث باسم المتمردين مزاعم الحكومة السبت بسيطرتها على عدن"
    (aawsat_6d5abbbed8), "ووصف الدكتور «ثاني» أيام الأعياد والإجازات الرسمية بمواسم السهر" (SaudiNewsNet 2015-07-24)?  The word
    after it is definite or carries a pronoun; not a name the plural only looks like, followed by another name or a
    nasab ("اخطار حسين", "عهود بنت عبدالعزيز"), nor the object of an adjective before it that takes one ("المكلفة
    شؤون الإرهاب")."""
    t, after, before = st.tokens[k], st.tok(k + 1), st.tok(k - 1)
    if not t.is_word or t.conj or st.is_name(t) or t.key not in broken_plurals() or after is None or not after.is_word:
        return False
    if before is not None and "adjective" in st.roles(before):
        return False
    return (after.definite and not st.is_name(after)) or possessed(st, after)


def _nasab_at(st: SentenceTokens, k: int) -> bool:
    """Does a link of a nasab or kunya (بن، أبو) followed by a name stand at ``k``?"""
    t, nxt = st.tok(k), st.tok(k + 1)
    return t is not None and t.key in rule_words().name_link and nxt is not None and nxt.is_word \
        and not (nxt.definite or st.is_comp(nxt) or st.is_prep(nxt) or st.is_cue_word(nxt) or st.roles(nxt))


def called_on(st: SentenceTokens, t: Token) -> bool:
    """Is the definite word ``t`` people an appeal is made to, by its kind (sources.tsv collective: المواطنين،
    الأهالي) or as the sound plural of a participle (المقيمين، المتقدمين، المرشحين، المسافرين)?  A family name with
    the article is neither."""
    word = t.unprefixed
    return t.definite and (st.kind(t) == "collective"
                           or word[:1] == MEEM and len(word) >= _PARTICIPLE_PLURAL and word.endswith(_PEOPLE_PLURALS))


# The sound plurals of people (ين، ون) and the shortest participle that takes one (مقيمين).
_PEOPLE_PLURALS = (YEH + NOON, WAW + NOON)
_PARTICIPLE_PLURAL = 6
