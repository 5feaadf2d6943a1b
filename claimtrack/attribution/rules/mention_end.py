"""Where the source's mention after a reporting verb ends, and whether the verb's content opens there.

The noun-phrase reading (:mod:`..nounphrase`) may stop a mention early or run it on: a longer mention holds a
name after its title and a comma ("مدير مركز الفنون، المايسترو هشام جبر"), a nasab ("عبدالرحمن بن مساعد"), a body's
coordinated tail ("وزير الشؤون الإسلامية والأوقاف") or "المشرف على ...، NAME،"; it is cut before the verb's own
preposition or keyword noun; a relative clause on the source is passed to its content, and so is an apposition or
an aside that runs on to the one spoken to ("، عضو ...، لـ«الشرق الأوسط» إن").  :mod:`.verb` asks these.
"""

from __future__ import annotations

from ...lexicon.grammar import Verb
from ...lexicon.morph import BEH, DEFINITE, IMPERFECT_PREFIXES, LAM, MEEM, MIN, NISBA_ENDINGS, derived_masdar
from ..audience import audience, spoken_to
from ..content import apposition_then_content, keywords
from ..context import SentenceContext
from ..mentions import SENTENCE_ENDS
from ..names import construct_at, name_run, partitive_at
from ..nounphrase import noun_phrase
from ..propositions import proposition
from ..tokens import COLON, COMMAS, QUOTE, SEMICOLON, SentenceTokens, Token
from ..wordlists import rule_words

__all__ = ["aside_then_audience", "content_follows", "coordinated_tail", "frame_word", "longer_mention",
           "name_after_aside", "own_preposition", "past_relative", "speaker_at"]

# At most this many tokens in a relative clause on the source before its content ("ميسي الذي كان زميلا لايمار ...").
_RELATIVE_WORDS = 24
# At most this many tokens in a second mention coordinated with the source ("ومنافستها «إيرباص»").
_COORDINATED_WORDS = 8
# At most this many tokens from the end of a source's mention, across an apposition, an aside or a relative clause on
# it, to the one it spoke to ("فرحان جوهر، النائب في برلمان كردستان عن الحزب ... الذي يتزعمه ...، لـ«الشرق الأوسط»").
_ASIDE_WORDS = 24
_ASIDE_STOPS = SENTENCE_ENDS | {"?", COLON, ";", SEMICOLON}
_ASIDE_ENDS = frozenset({"subordinator", "kana", "qad", "commentary", "demonstrative", "impersonal", "purpose",
                         "explanation", "emphatic"})  # particles.tsv roles that open a clause of their own
# At most this many tokens of adjuncts between a name and the content ("في تصريحات صحفية", "في تصريح إذاعي").
_ADJUNCT_WORDS = 8


def speaker_at(st: SentenceTokens, k: int) -> bool:
    """Does a named speaker open at token ``k``: an honorific, a title or a name ("الأستاذ عبدالرحمن", "مدير عام")?"""
    t = st.tok(k)
    return t is not None and t.is_word and (t.unprefixed in rule_words().honorific or st.is_title(t) or st.is_name(t))


def content_follows(ctx: SentenceContext, k: int, verb: Verb) -> bool:
    """Does the content of ``verb`` begin at token ``k``, past adjuncts: a complementizer, a colon, one of the
    verb's prepositions ("إن", ":", "إلى" after دعا) or its keyword noun ("شكره" after قدم)?  Not a quotation: "ورفع أنصار القوائم شعار «...»" has
    the object شعار before it."""
    st = ctx.st
    if apposition_then_content(st, k):
        return True  # "... إد رويس رئيس لجنة العلاقات الخارجية وهو جمهوري إن": content.content_at passes the apposition
    end = ctx.skip(k, verb).end
    if end - k > _ADJUNCT_WORDS:
        return False  # a long stretch is a clause of its own, not an adjunct between the name and the content
    t = st.tok(end)
    return t is not None and (st.is_comp(t) or t.text == ":" or (st.is_prep(t) and t.key in verb.preps)
                              or (t.text == QUOTE and verb.frame == "any" and end > k)  # "... كبيش وفق ما بثته الوكالة "
                              or t.is_word and t.key in keywords(ctx.g, verb))  # "قدم ... بن مساعد شكره"


def frame_word(ctx: SentenceContext, k: int, verb: Verb) -> bool:
    """Is token ``k`` a complementizer or one of the verb's prepositions, alone or attached ("بتوزيع")?"""
    st = ctx.st
    t = st.tok(k)
    if t is None or not t.is_word:
        return False
    if st.is_comp(t) or (st.is_prep(t) and t.key in verb.preps):
        return True
    return len(t.key) > 2 and t.key[0] == BEH and BEH in verb.preps and not t.definite


def longer_mention(ctx: SentenceContext, j: int, end: int, verb: Verb) -> int:
    """``end`` moved to the end of a longer mention when the verb's content follows that one, not ``end``.

    A verb whose content opens with بـ stops the mention at a بـ word ("اتهم روسيا بإرسال"), so "وأهاب مدير عام
    إدارة نزع الملكيات بالوزارة شار الشهري ، بملاك ..." would lose "بالوزارة شار الشهري"; "عبدالرحمن بن
    مساعد" after a title holds a word that is also a title (مساعد); a second mention may be coordinated with
    the first ("شركة «بوينغ» ومنافستها «إيرباص»").  The longer reading counts only when the
    content (a complementizer, the verb's preposition or keyword, after a comma too) comes right after it."""
    st = ctx.st
    if (overseen := overseen_then_named(ctx, j, end, verb)) is not None:
        return overseen
    if content_follows(ctx, end, verb):
        return end
    longer = end
    if BEH in verb.preps:
        longer = max(longer, noun_phrase(st, j))
    links = rule_words().name_link
    if (name := st.tok(longer)) is not None and name.is_word \
            and (link := st.tok(longer + 1)) is not None and link.key in links:
        longer += 1  # "الأمير عبدالرحمن بن مساعد", "فيصل بن مشعل بن سعود": a name and its nasab
        while (link := st.tok(longer)) is not None and link.key in links \
                and (after := st.tok(longer + 1)) is not None and after.is_word:
            longer += 2
        if (title := st.tok(longer)) is not None and title.is_word and st.is_title(title):
            longer = max(longer, noun_phrase(st, longer, verb))  # "... بن عبدالعزيز أمير منطقة القصيم عن"
    if (other := st.tok(longer)) is not None and other.is_word and other.conj and not st.is_cue_word(other) \
            and not st.roles(other) and other.bare not in st.g.stopwords \
            and (coordinated := noun_phrase(st, longer, verb)) - longer <= _COORDINATED_WORDS \
            and (frame_word(ctx, coordinated, verb) or (st.tok(coordinated) is not None
                                                       and st.tokens[coordinated].text in COMMAS
                                                       and frame_word(ctx, coordinated + 1, verb))):
        # "دافعت شركة «بوينغ» ومنافستها «إيرباص» عن": a second mention coordinated with it, the content right after
        longer = coordinated
    if longer == end and (comma := st.tok(end)) is not None and comma.text in COMMAS and verb.stance != "appeal" \
            and not any(u.text in COMMAS for u in st.tokens[j:end]) \
            and any(st.kind(u) in ("official", "person") for u in st.tokens[j:end]):
        # "وأعرب مدير مركز الفنون، المايسترو هشام جبر عن سعادته" (SaudiNewsNet almadina_141d4a67c4), "كشف وكيل
        # اللاعب، ذيب الدحيم في تغريدات ... أن" (3alyoum_618016f7ff): the name after a comma, with no comma after it
        # (only after a title or person word, "متعاملون في قطاع التأمين السعودي، ارتفاع أسعار" is no name; not after an
        # appeal, whose addressee may stand there: "دعت الأمانة العامة ...، منظمات المجتمع المدني")
        longer = name_after_comma(st, end)
    if longer == end:
        longer = title_after_comma(ctx, j, end, verb)
    if longer == end:
        return end
    after_mention = st.tok(longer)
    if content_follows(ctx, longer, verb) or (after_mention is not None and after_mention.text in COMMAS
                                               and frame_word(ctx, longer + 1, verb)):
        return longer
    return end


def overseen_then_named(ctx: SentenceContext, j: int, end: int, verb: Verb) -> int | None:
    """End of "المشرف على <what he oversees>، <his name>،" when the verb's complementizer follows it: the verb's
    own preposition (أكد على) is then the title's ("أكّد المشرف على لجان التصحيح في حي الملز بالرياض، العقيد سفر
    بن دليم، أن", 3alyoum_45e925d7f3; "وأكد المشرف على قاعة مهارة للدورات التدريبية، يوسف الدهمشي، لـ "سبق"
    أنه", sabq 2015-07-21)."""
    st = ctx.st
    prep = st.tok(end)
    if prep is None or prep.key not in verb.preps or prep.key not in rule_words().delegate_preposition:
        return None
    whole = noun_phrase(st, j)  # (read without the verb, the mention runs on over its preposition and the name)
    named = next((k + 1 for k in range(end + 1, whole - 1) if st.tokens[k].text in COMMAS and speaker_at(st, k + 1)), None)
    if named is None:
        return None  # "وأكد المشرف العام على أهمية التعاون، وأن": no name after a comma, the preposition is the verb's
    after = whole + 1 if (u := st.tok(whole)) is not None and u.text in COMMAS else whole
    comp = st.tok(ctx.skip(after, verb).end)
    return whole if comp is not None and st.is_comp(comp) and not comp.conj else None


def name_after_comma(st: SentenceTokens, comma: int) -> int:
    """End of a name of two to four words after the comma at ``comma`` (an honorific may open it: "المايسترو",
    "الشيخ"), or ``comma`` when none stands there: words with no kind, role or lexicon reading of their own."""
    words = rule_words()
    k = comma + 1
    if (t := st.tok(k)) is not None and t.is_word and t.unprefixed in words.honorific:
        k += 1
    start = k
    if (first := st.tok(k)) is not None and first.is_word and first.definite and (nxt := st.tok(k + 1)) is not None \
            and nxt.is_word and not nxt.definite:
        k += 1  # "المايسترو هشام جبر": a title the lexicons do not list, then the name
    if (first := st.tok(k)) is None or first.definite or derived_masdar(first.key):
        return comma  # a name opens without the article; "، ارتفاع أسعار" is an object
    while (t := st.tok(k)) is not None and t.is_word and k - start < 4 and not t.conj and not st.kind(t) \
            and not st.roles(t) and not st.is_prep(t) and not st.is_comp(t) and not st.is_time(t) \
            and not st.adjunct_kind(t) and not st.is_cue_word(t) and t.key not in st.g.stopwords:
        k += 1
    return k if k - start >= 2 else comma


def title_after_comma(ctx: SentenceContext, j: int, end: int, verb: Verb) -> int:
    """End of a title after a person's name and a comma when the verb's complementizer follows it with no second
    comma: "وذكر خالد بانافع، مالك مستودعات مواد غذائية أن أسعار" (real_fresh6 aleqtisadiya_48e2c0096d),
    "قال صفوان عكاش، سكرتير هيئة التنسيق إن"; ``end`` when none stands there.  The name is two to four words
    with no kind or role of their own, opening without the article; the title is a word of its own, not a verbal
    noun or a word of a role ("أكد خالد بانافع، ضرورة أن": that is the content), with its genitive."""
    st = ctx.st
    comma, title = st.tok(end), st.tok(end + 1)
    if comma is None or comma.text not in COMMAS or title is None or not _is_name_run(st, j, end) \
            or not (st.is_title(title) or st.kind(title) == "person" or _title_like(st, title)):
        return end
    whole = noun_phrase(st, end + 1, verb)
    if whole - (end + 1) < 2 or any(u.text in COMMAS for u in st.tokens[end + 1 : whole]) or not st.is_comp(st.tok(whole)):
        return end
    return whole


def _is_name_run(st: SentenceTokens, j: int, end: int) -> bool:
    """Are tokens ``j``..``end`` a person's name: two to four words, the first without the article, none with a
    kind, role or lexicon reading of its own?"""
    if not 2 <= end - j <= 4 or st.tokens[j].definite:
        return False
    return all(_plain_word(st, u) for u in st.tokens[j:end])


def _title_like(st: SentenceTokens, t: Token) -> bool:
    """An indefinite word with no reading of its own that is no verbal noun: a title the lexicons do not list."""
    return not st.definite(t) and not st.kind(t) and _plain_word(st, t) and not derived_masdar(t.key)


def _plain_word(st: SentenceTokens, t: Token) -> bool:
    return t.is_word and not t.conj and st.kind(t) is None and not st.roles(t) \
        and not st.is_prep(t) and not st.is_comp(t) and not st.is_time(t) and not st.is_cue_word(t) \
        and not st.adjunct_kind(t) and t.key not in st.g.stopwords and t.key not in rule_words().proposition_head


def coordinated_tail(ctx: SentenceContext, j: int, end: int) -> int:
    """``end`` moved past the definite words joined by و that end an office or body whose noun phrase stopped
    before them ("وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد", "المؤسسة العامة للتدريب التقني والمهني"): only
    after a mention of two words or more, and only while no content could start there."""
    st = ctx.st
    if end - j < 2:
        return end
    k = end
    while (t := st.tok(k)) is not None and t.is_word and t.conj and t.bare.startswith(DEFINITE) \
            and not st.is_cue_word(t) and not st.is_comp(t) and not st.roles(t) and not st.is_time(t):
        k += 1
    if k > end and st.is_prep(st.tok(k)) and st.tokens[k].key in rule_words().inner_preposition:
        # "تنصلت رئاستا الجمهورية والوزراء في العراق أمس من": the noun-phrase reading already reaches on; not an
        # adjunct's preposition ("وشدد وزير الشؤون البلدية والقروية خلال جولته", aljazirah_f2ccf8e1ee)
        return end
    return k


def own_preposition(ctx: SentenceContext, j: int, end: int, verb: Verb) -> int:
    """``end`` cut before the verb's keyword noun inside the mention ("اختارت ذي ستار عنوان ...") or before one of
    its own prepositions when an indefinite noun follows it: "يأمل الباحثون في استخدام هذه التكنولوجيا" (the
    hope is في ...), not "مسؤول في الوزارة"."""
    st = ctx.st
    words = keywords(ctx.g, verb)
    for k in range(j + 1, end):
        t, nxt = st.tokens[k], st.tok(k + 1)
        if t.is_word and t.key in words:
            return k  # "اختارت ذي ستار عنوان "وصل أوباما"": the verb's keyword noun ends the mention
        if st.is_preposition_word(t) and t.key in verb.preps and nxt is not None and nxt.is_word and not st.definite(nxt):
            if _partitive_group(st, k, verb):
                continue  # "حذر عدد من خبراء الصحة من أن": a partitive's من names its group, not what is warned of
            return k
    return end


def _partitive_group(st: SentenceTokens, k: int, verb: Verb) -> bool:
    """Is the preposition at ``k`` an indefinite partitive's من before the construct that names its group, the verb's
    own preposition or a complementizer coming after it ("حذر عدد من خبراء الصحة من أن"، "عدد كبير من ..."), so that
    the group is the mention's?  Not "ويشتكي البعض من نظام الحجز" (what is complained of), nor a group with no
    content of the verb's after it ("شكا عدد من أهالي الحي بسبب ..."): there the من is kept as the content's."""
    part = next((p for p in (k - 1, k - 2) if partitive_at(st, p, k)), None)
    if part is None or st.tokens[part].definite or not construct_at(st, k + 1):
        return False
    for u in st.tokens[k + 2 : k + 2 + _GROUP_REACH]:
        if u.text in COMMAS or u.text in SENTENCE_ENDS:
            return False
        if st.is_comp(u) or (st.is_preposition_word(u) and u.key in verb.preps):
            return True
    return False


_GROUP_REACH = 6  # how far after a partitive's group the verb's own preposition may stand (the group's words)


def past_relative(ctx: SentenceContext, j: int) -> int:
    """Past a relative clause on the source up to its content: "وتابع ميسي الذي كان زميلا لايمار في كأس العالم
    2006 ... “أشكرك ...”", "وقال الوزير الذي زار المدينة أمس إن ...".  The clause ends at the first
    complementizer, quotation or colon, before any comma, cue word or second relative; without one the position
    is kept."""
    st = ctx.st
    t = st.tok(j)
    if t is None or not t.is_word or "relative" not in st.roles(t):
        return j
    for k in range(j + 1, min(len(st.tokens), j + 1 + _RELATIVE_WORDS)):
        u = st.tokens[k]
        if u.text in (".", "\u061f", "!") or u.text in COMMAS or u.is_word and ("relative" in st.roles(u) or st.is_cue_word(u)):
            break  # "تصريحات المالكي ... التي ادعى فيها أن": the complementizer belongs to the inner verb
        if st.is_comp(u) or u.text in (QUOTE, COLON):
            return k
    return j


def aside_then_audience(ctx: SentenceContext, start: int, j: int, verb: Verb) -> tuple[int, int] | None:
    """Where the source's mention ends and the token its content opens at, when what follows the mention at ``j``
    describes the speaker up to the one spoken to, and the content comes right after that: a name or a title after
    a comma ("قال الصحافي الكردي المقرب من حزب العمال الكردستاني، دياري محمد، لـ«الشرق الأوسط»: «...»", aawsat
    2015-07-23), an aside ("ويقول الصحافي فؤاد المسلمي، من مدينة تعز، لـ«الشرق الأوسط» إن"), a relative clause on
    the source ("عضو الأمانة العامة ... لحزب المؤتمر الشعبي العام الذي يتزعمه المخلوع صالح لـ«الشرق الأوسط» إن").
    Without the one spoken to, an aside that opens with a relative, "وهو/وهي" or a title runs on to the complementizer
    or colon itself ("قالت منظمة الأمن والتعاون في أوروبا، التي تراقب وقف إطلاق النار، إن"، "أوضح الدكتور أحمد
    الأنصاري، وهو مستشار أمني، أن"، "تساءل صادق فارامارضي رئيس اتحاد الطلاب المسلمين في طهران: «").
    The mention runs on over the aside, without a relative clause (the guide), a clause on the speaker ("وهو يراقب"),
    the first adjunct after a comma ("، في حديث لـ«الشرق الأوسط» أن") or the one spoken to.  None when a
    complementizer, a cue word or a sentence's end comes first, when nothing tells a description before the one spoken
    to (a comma, a relative, a title or a name), or when the mention holds no word that says it is a speaker (a
    source word, a title or a name: not "وتابع الجلسات التي انطلقت في مايو الماضي، لـ«الشرق الأوسط»")."""
    st = ctx.st
    t = st.tok(j)
    if t is None or st.is_comp(t) or t.text in (COLON, QUOTE) or verb.stance == "appeal":
        return None  # (after an appeal's source, the ones it appeals to: "ودعا مدير التعليم محمد العقيبي، المتقدمين")
    words = rule_words()
    at = j + 1 if t.text in COMMAS else j
    opening = st.tok(at)
    opens = opening is not None and opening.is_word and (
        bool(st.roles(opening) & {"relative", "apposition"}) or st.is_title(opening))
    described = False
    relative: int | None = None  # where a relative clause on the source opens (or a clause on the speaker)
    if opening is not None and opening.is_word and "apposition" in st.roles(opening) and _circumstance(st, at + 1):
        # "وهو يراقب"، "وهو ممن حضروا"، "وهو جمهوري": a clause on the speaker or a quality, not a title (the guide keeps
        # وهو/وهي + title in the mention: "وهو مستشار أمني"، "وهو سائق حافلة"): out of the mention, as a relative clause
        relative, described = at, True
    adjunct: int | None = None  # where the first adjunct after a comma, or the one spoken to, opens

    def ends(k: int, content: int) -> tuple[int, int] | None:
        # (the one spoken to may close the mention read before the aside: "كما أفاد شومر للصحافيين وهو يغادر الجلسة، إنه")
        inside = next((m for m in range(start + 1, j) if _spoken_to(st, st.tokens[m], by_word=True)), None)
        mention_end = min(m for m in (inside, relative, adjunct, k) if m is not None)
        while mention_end > start + 1 and st.tokens[mention_end - 1].text in COMMAS:
            mention_end -= 1
        if not (name_run(st, start) or any(st.kind(w) or st.is_title(w) or st.is_name(w)
                                           for w in st.tokens[start:mention_end] if w.is_word)):
            return None  # no speaker in the mention: "وتابع الجلسات التي انطلقت ...، لـ«الشرق الأوسط»"
        return mention_end, content

    k = j
    while k < min(len(st.tokens), j + _ASIDE_WORDS):
        u = st.tokens[k]
        if u.text == COLON and opens and k > j + 1:
            return ends(k, k)  # "رئيس اتحاد الطلاب المسلمين في طهران: «لماذا يحتفلون؟»"
        if u.text in _ASIDE_STOPS:
            return None
        if u.text == QUOTE:
            close = st.quote_end(k, 6)
            if close is None:
                if st.inside_quote(k - 1):
                    return None  # a mark that closes a quotation, not one too long to be a name that opens here
                titled = opens and opening is not None and not st.roles(opening)
                return ends(k, k) if titled and k > j + 1 else None  # "رئيس مجلس إدارة شركة عقارية «إن ...»"
            k = close + 1  # "المتخصص بالشؤون الكردية في «مؤسسة جيمس تاون»"
            continue
        if u.text in COMMAS:
            described = True
            if adjunct is None and st.is_prep(st.tok(k + 1)):
                adjunct = k  # "، في حديث لـ«الشرق الأوسط» أن"، "، في مقابلة أجريت مع وكالة الأنباء الألمانية،"
        elif u.is_word:
            if st.is_comp(u) and opens and k > j + 1 and (st.tokens[k - 1].text in COMMAS or not described):
                # "، التي تراقب وقف إطلاق النار، إن": the aside, then what was said (not "التي ينتظر منها الكثير،
                # إلا أنه", a clause of its own before the complementizer)
                return ends(k, k)
            if u.conj and k > j and st.tokens[k - 1].text in COMMAS and not (k == j + 1 and opens) \
                    and not (st.is_title(u) or name_run(st, k) and u.bare[0] not in IMPERFECT_PREFIXES):
                # "، واشتملت على تمارين"، "، ويشرف على موقع": a clause of its own (not "، وهو مستشار أمني،"، "، فهد محمد،")
                return None
            # (the one spoken to: "لـ«الشرق الأوسط»"، "لقناة «فوكس سبورتس»"; not "للتنسيق بأن")
            if k > j and described and _spoken_to(st, u) and (end := audience(st, k, verb)):
                return ends(k, end)  # (audience: the content follows, after a comma or with the verb's preposition too)
            if adjunct is None and _spoken_to(st, u, by_word=True):
                adjunct = k  # "غسان العيثاوي، للصحفيين اليوم، ان"، "السورية لـ«الشرق الأوسط»، إن"
            roles = st.roles(u)
            if st.is_comp(u) or (st.is_cue_word(u) and not st.is_title(u)) \
                    or (roles & _ASIDE_ENDS and u is not opening) or (st.is_prep(u) and u.key in verb.preps) \
                    or u.bare in words.not_said or u.bare in words.not_said_unless_denial or st.is_document(u) \
                    or u.key in words.relative_ma:
                # a clause of its own ("، وإذا كان"، "لا بد"), the verb's own preposition ("أعلنت ... عن"), what
                # was said in ("تغريدة على موقع تويتر"), or what it says ("ما نصه")
                return None
            if "relative" in roles:
                relative = k if relative is None else relative
                described = True
            elif st.is_title(u) or st.is_name(u):
                described = True  # "في فرقة المشاة الثامنة في الجيش العراقي العميد الركن عادل مولان لـ«الشرق الأوسط»"
        k += 1
    return None


def name_after_aside(ctx: SentenceContext, start: int, j: int, verb: Verb) -> tuple[int, int] | None:
    """Where the source's mention ends and its content opens when a title is followed by an aside on what it names and
    then the speaker's name: "نفى المتحدث الرسمي باسم انصار الله، وهي التسمية التي يستخدمها المتمردون الحوثيون، محمد
    عبد السلام على صفحته على فيسبوك الاحد ما نقل عن زعيمهم" (almadina 2015-07-27).  The mention before the comma at
    ``j`` holds a title and no name; the aside opens with وهو/وهي or a relative word and ends at the next comma, which
    a name of two to four words follows; after the name and its adjuncts the verb's content opens (a complementizer,
    a colon or its preposition; for a verb that takes an object, ما or a proposition noun).  None otherwise."""
    st = ctx.st
    comma, opening = st.tok(j), st.tok(j + 1)
    if comma is None or comma.text not in COMMAS or opening is None or not opening.is_word \
            or not st.roles(opening) & {"relative", "apposition"}:
        return None
    mention = [w for w in st.tokens[start:j] if w.is_word]
    if not any(st.is_title(w) for w in mention) or any(st.is_name(w) for w in mention):
        return None  # (a name already in the mention: the aside is on the speaker, aside_then_audience's case)
    words = rule_words()
    for k in range(j + 2, min(len(st.tokens), j + 2 + _ASIDE_WORDS)):
        u = st.tokens[k]
        if u.text in _ASIDE_STOPS or u.text == QUOTE or u.is_word and (
                st.is_comp(u) or (st.is_cue_word(u) and not st.is_title(u)) or st.roles(u) & _ASIDE_ENDS
                or u.key in words.relative_ma):
            return None  # a clause of its own, or what was said, before any name
        if u.text in COMMAS:
            name_end = name_after_comma(st, k)
            if name_end == k:
                return None
            content = ctx.skip(name_end, verb).end
            t = st.tok(content)
            if content_follows(ctx, name_end, verb) or verb.frame != "complement" and t is not None and t.is_word \
                    and (t.key in words.relative_ma or proposition(st, content, verb)):
                return name_end, content
            return None
    return None


def _circumstance(st: SentenceTokens, k: int) -> bool:
    """Does token ``k``, right after وهو/وهي, open a clause on the speaker rather than a title: an imperfect verb
    ("وهو يراقب تدفق المياه"، "وهي تتدثر بعباءة سوداء") or a preposition ("وهو ممن حضروا"، "وهو من أقدم العمانيين")?
    Not "وهو سائق حافلة"، "وهي باحثة في مجال الصحة"، "وهو أحد شهود العيان".  An adjective of affiliation alone is no
    title either ("وهو جمهوري")."""
    t = st.tok(k)
    if t is None or not t.is_word:
        return True  # (nothing after وهو: no title either)
    if st.is_prep(t) or t.key == MEEM + MIN:  # ممن
        return True
    if st.definite(t) or st.is_title(t) or st.kind(t):
        return False
    # an imperfect verb, or an adjective of affiliation alone ("وهو جمهوري"، "وهي ديمقراطية": the guide's apposition is a
    # title; tests/test_fresh6_sources), not a short word in ي ("وهي إحدى المصممات")
    return len(t.key) >= 4 and t.key[0] in IMPERFECT_PREFIXES[:2] or len(t.key) >= 5 and t.key.endswith(NISBA_ENDINGS)



def _spoken_to(st: SentenceTokens, t: Token, *, by_word: bool = False) -> bool:
    """Is ``t`` ل + the one spoken to (:func:`..audience.spoken_to`), not a word that only begins with ل or ال?
    ``by_word`` where it cuts a mention that nothing after it confirms ("للصحافيين وهو يغادر")."""
    return t.is_word and t.key[0] == LAM and not t.key.startswith(DEFINITE) and spoken_to(st, t, by_word=by_word)
