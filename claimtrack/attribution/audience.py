"""The one spoken to (لـ + whom) and the object of an adjunct preposition: the edges the noun-phrase
automaton and the adjunct skipper both stop at ("قال للصحفيين في جنيف إن", "في مؤتمر صحفي الخميس")."""

from __future__ import annotations

from ..dates import month_number
from ..lexicon.grammar import Verb
from ..lexicon.morph import DEFINITE, HEH, LAM, NOON, NOUN_ENDINGS, PRONOUN_SUFFIXES
from .tokens import COMMAS, DASHES, QUOTE, SentenceTokens, Token, without_clitic
from .wordlists import rule_words

__all__ = ["adjunct_end", "audience", "spoken_to", "spoken_to_at", "told_at"]

_PERSONS = tuple(e for e in NOUN_ENDINGS if e.endswith(NOON))  # ين ون: a masculine plural of persons ("لصحافيين")
_THIRD_PERSON = tuple(s for s in PRONOUN_SUFFIXES if s.startswith(HEH))  # له لها لهم: not the writer's own لنا
_SPEAKING_KINDS = ("official", "person", "media", "anonymous", "collective")
_TOLD_KINDS = ("person", "media", "anonymous", "collective")  # (an office after ل is as often the speaker's own)


def audience(st: SentenceTokens, j: int, verb: Verb | None = None) -> int:
    """End of "لـ + whom" (and a place after it) before the content: "للصحفيين:", "لنظيره في جنيف إن"; with
    ``verb``, before its own preposition too ("تحدث لصحافيين في إقليم شانلي أورفا الحدودي عن تحقيق «تقدم كبير»",
    aawsat_0722_54)."""
    t = st.tok(j)
    if t is None or not t.is_word or t.key[0] != LAM or (len(t.key) <= 2 and t.key != LAM) or st.is_name(t):
        return 0
    if not _addressee(st, t):
        return 0  # "وقال لحمر في مؤتمر صحفي إن": a name that begins with ل is the speaker
    k = j + 1
    opening = st.tok(k)
    close = st.quote_end(k, 4) if opening is not None and opening.text == QUOTE else None
    if close is None and t.key == LAM and opening is not None and opening.is_word and not st.is_comp(opening):
        close = k  # "مصدر لـ الاقتصادية، بأن" (aleqtisadiya 2015-08-01): the outlet's name unquoted
    if close is not None:
        k = close + 1  # the outlet's quoted name
        while st.is_time(st.tok(k)):
            k += 1  # "عبدالمحسن بوحمد لـ"الوطن" أمس أن" (alwatan 2015-07-21): a time word, then the content
        comma = st.tok(k)
        if t.key == LAM and comma is not None and comma.text in COMMAS and st.is_comp(st.tok(k + 1)):
            # "عادل الشجاع القيادي بحزب المؤتمر الشعبي العام لـ”رويترز”، أن" (alyaum 2015-07-24); not "نائب رئيس المكتب
            # السياسي لحركة «حماس»، أن", the office's own body
            return k
    own = verb is not None and spoken_to(st, t)
    if own and _own_preposition(st, k, verb):
        return k  # "كشفت مصادر مطلعة لـ«الشرق الأوسط» عن تحركات اتحادية" (aawsat 2015-07-21)
    if st.is_prep(st.tok(k)):
        k = adjunct_end(st, k + 1)
    nxt = st.tok(k)
    if nxt is not None and (st.is_comp(nxt) or nxt.text in (":", QUOTE)):
        return k
    if own and _own_preposition(st, k, verb):
        return k
    return 0


def spoken_to_at(st: SentenceTokens, start: int, k: int, verb: Verb | None = None) -> bool:
    """Is token ``k``, in or after a mention that starts at ``start``, لـ + the one spoken to (:func:`audience`:
    "للصحافيين إن") or لـ + an outlet's noun ("لوكالة فرانس برس الجمعة"), where the mention ends, as the noun-phrase
    automaton ends one: "وقال رئيس مكتب سلامة النقل الأسترالي مارتن دولان لوكالة فرانس برس الجمعة" (alyaum
    2015-07-31), "وقال المتحدث باسم الخارجية تانجو بيلجيتش للصحفيين إن" (alweeam 2015-07-31; 169 sources of the
    whole archive had kept the one spoken to)?  Not in a body's or an outlet's name, whose لل + noun names whom or
    what it is of ("الاتحاد الدولي للصحفيين")."""
    head = st.tokens[start]
    if st.kind(head) == "organization" or st.adjunct_kind(head) == "media":
        return False  # (nor after an outlet's noun: "وكالة «يونهاب» الكورية الجنوبية للأنباء" names the agency)
    return told_at(st, k, verb)


def told_at(st: SentenceTokens, k: int, verb: Verb | None = None) -> bool:
    """Is token ``k`` لـ (attached) + the one spoken to, by the word's own kind, before the content (:func:`audience`:
    "للصحافيين إن"), or لـ + an outlet's noun ("لوكالة فرانس برس")?  Not a name's word or a noun's complement."""
    t = st.tokens[k]
    if not t.is_word or t.key[:1] != LAM or t.definite:
        return False
    if len(t.key) > 3 and st.adjunct_kind(without_clitic(t)) == "media":
        # (not the outlet a correspondent works for: "مراسل لوكالة فرانس برس"، "الصحافيين المراسلين لصحيفة عربية")
        return k == 0 or not _of_media(st, st.tokens[k - 1])
    # (people by the word's own kind, not any لل + noun that audience() reads before a complementizer: "عضو رئاسة
    # الهيئة الوطنية للرقابة على تنفيذ مخرجات الحوار الوطني صلاح باتيس أن", "رئيس مجلس إدارة الهيئة السعودية
    # للمهندسين"، "منتقدون للرئيس"، "الوكيل مارك لوجسدون"، "الجهاز المركزي للمعلومات": a body's complement, a
    # participle's object, a name)
    return _word_kind_in(st, t, _AUDIENCE_KINDS) and bool(audience(st, k, verb))


# The kinds (sources.tsv) of a word after لـ that is the one spoken to at a mention's end: journalists, people, outlets;
# not an anonymous source's word ("إحصاءات الجهاز المركزي للمعلومات": معلومات is "information")
_AUDIENCE_KINDS = ("collective", "person", "media")


def _of_media(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` a word of the media's people or outlets (sources.tsv kind media: مراسل), in the singular or the
    sound plural ("المراسلين")?"""
    if not t.is_word:
        return False
    word = t.unprefixed
    stems = [word] + [word[: -len(e)] for e in _PERSONS if word.endswith(e) and len(word) > len(e) + 2]
    return any(st.g.kind_of_word(w) == "media" for w in stems)


def _own_preposition(st: SentenceTokens, k: int, verb: Verb | None) -> bool:
    t = st.tok(k)
    return verb is not None and t is not None and st.is_preposition_word(t) and t.key in verb.preps


def spoken_to(st: SentenceTokens, t: Token, *, by_word: bool = False) -> bool:
    """Is ``t`` لـ + people or an outlet: a plural of persons ("لصحافيين"), a third-person pronoun, a word of a
    speaking kind, a quoted outlet's name (لـ«الشرق الأوسط»); not لـ + a verbal noun of purpose ("للتعرف عن كثب عن"),
    nor the writer's own لنا, after which عن is what was revealed ("كشفت لنا عن قابلية", alwatan 2015-07-31)?
    ``by_word``: only by the word's own kind, an outlet or people (no plural ending or pronoun alone, no office:
    "لشؤون أميركا اللاتينية"، "لطفلين" may describe a speaker, :func:`..rules.mention_end.aside_then_audience`)."""
    rest = t.key[1:]
    if t.key == LAM or not by_word and (rest in _THIRD_PERSON or rest.endswith(_PERSONS)):
        return True
    return _word_kind_in(st, t, _TOLD_KINDS if by_word else _SPEAKING_KINDS)


def _word_kind_in(st: SentenceTokens, t: Token, kinds: tuple[str, ...]) -> bool:
    """Is the word after ``t``'s لـ (sources.tsv) of one of ``kinds``, with the article or without it?"""
    rest = t.key[1:]
    word = rest[1:] if rest.startswith(LAM) else rest  # للصحفيين: ل with the article's ل
    return st.g.kind_of_word(word) in kinds or st.g.kind_of_word(DEFINITE + word) in kinds


def _addressee(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` a لـ + addressee: لـ alone, لل + noun, لـ + pronoun (لنا، لهم), a noun with a suffix
    (لنظيره، لمراسلين), or لـ + a known word (لوكالة، لوزير)?"""
    g = st.g
    rest = t.key[1:]
    if t.key == LAM or rest.startswith(LAM) or rest in PRONOUN_SUFFIXES:
        return True
    # a pronoun suffix, a plural or a feminine ending marks a noun (لأنصاره، لمراسلين، لمحطة); only a bare
    # unknown stem may be a name (لحمر، لطفي)
    if len(rest) >= 4 and rest.endswith(PRONOUN_SUFFIXES + NOUN_ENDINGS):
        return True
    return bool(g.kind_of_word(rest) or rest in g.names or rest in g.particles
                or rest in g.adjuncts or rest in g.wire)


def _own_speech(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` a speech verbal noun with its pronoun and nothing else ("حديثه", "تصريحها"): the speaker's own talk, the
    medium of what he says, not a cue?"""
    forms = st.cue_forms(t)
    return bool(forms) and all(f.form == "masdar" and f.pronoun for f in forms)


def adjunct_end(st: SentenceTokens, j: int) -> int:
    """End of the object of an adjunct preposition: words, short quoted names, no clause starts."""
    n = len(st.tokens)
    start = j
    while j < n:
        t = st.tokens[j]
        if t.text == QUOTE:
            close = st.quote_end(j, 4)
            if close is None:
                break
            j = close + 1
            continue
        if t.kind == "num" or ((t.text in "/-" or t.text in DASHES) and j + 1 < n and st.tokens[j + 1].kind in ("word", "num")):
            j += 1  # "مساء الأحد 13 تشرين الأول/أكتوبر", "على طريق بقيق – الظهران"
            continue
        if not t.is_word or st.is_comp(t) or st.according_at(j):
            break
        if st.is_cue_word(t) and not (j > start and not t.conj and "cue_homograph" in st.roles(t)
                                      and not st.definite(st.tokens[j - 1])):
            # (a noun spelled like a verb inside the object: "حول ملابسات نقل زوجته", sabq 2015-07-24)
            if j == start and _own_speech(st, t):
                j += 1  # "وبين الدكتور كمال عثمان خلال حديثه أن" (SaudiNewsNet okaz_0b63733a41): his talk, the medium
            break
        if (j > 0 and st.tokens[j - 1].kind == "num" or j == start) and month_number(t.text):
            # "في 13 يوليو تكثيف عملياتها": a date ends with its month ("أيار/مايو") and year; so does a month alone
            # ("وكان حجي توقع في نوفمبر إطلاق المنصة الجديدة", alriyadh_fced275138)
            j += 1
            while j + 1 < n and st.tokens[j].text in "/-" and month_number(st.tokens[j + 1].text):
                j += 2
            if j < n and st.tokens[j].kind == "num":
                j += 1
            break
        if st.roles(t) & {"relative", "demonstrative", "subordinator", "commentary"}:
            break
        if j > start and "emphatic" in st.roles(t):
            j += 1  # "نافيا في الوقت ذاته وجود نية" (aleqtisadiya_90dfecc979): the emphatic pronoun closes the object
            break
        if j > start and t.key[:1] == LAM and t.key[1:] in PRONOUN_SUFFIXES:
            j += 1  # "في بيان له رفضه الإرهاب": ل with a pronoun, "of his", closes the object
            break
        if st.is_prep(t) and j + 1 < n and st.tokens[j + 1].is_word and not st.adjunct_kind(st.tokens[j + 1]) \
                and t.key not in rule_words().adjunct_preposition:
            break
        j += 1
    return j
