"""A name the noun-phrase automaton left out of a mention: the name (and a title after it) that real news puts
after a long title, joined to the mention when the content follows it."""

from __future__ import annotations

import functools
from collections.abc import Callable

from ..lexicon.aliases import aliases
from ..lexicon.grammar import Verb
from ..normalize import fold
from ..geography import nisba_place
from .names import (POSSESSIVE, bare_name, called_on, given_names, listed_name_end, name_run, plain_word, possessed,
                    time_as_name)
from .audience import spoken_to_at
from .nounphrase import frame_ba, noun_phrase
from ..lexicon.morph import ALEF, BEH, DEFINITE, LAM, PREPOSITION_CLITICS, is_nisba
from .tokens import COMMAS, QUOTE, SentenceTokens, Token, without_clitic
from .wordlists import rule_words

__all__ = ["mention_run", "name_tail"]

# At most this many tokens in a relative clause on a title after a name before the content ("ألبرت يان مآت رئيس
# النقابة ... التي تمثل مصالح 28 مليونا من المزارعين الأوروبيين، ومقرها بروكسل إن").
_RELATIVE_REACH = 24
# At most this many tokens of a title's complement between where the automaton stopped and the name before the
# content ("مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة التنمية بإمارة المنطقة د. هشام الفالح أن").
_TITLE_REACH = 12
# At most this many tokens of a mention after the point where the noun-phrase automaton closed it (mention_run).
_RUN_WORDS = 12
# Roles no word of a title's complement has: a clause or another mention starts there.
_CLAUSE_ROLES = frozenset({"relative", "demonstrative", "subordinator", "kana", "qad", "commentary", "issued_by",
                           "gesture", "anaphor_noun", "masdar_intro"})


@functools.cache
def _places() -> frozenset[str]:
    """Folded one-word names of places (data/aliases.tsv, type place)."""
    return frozenset(fold(a.alias) for a in aliases() if a.type == "place" and " " not in a.alias)


def _place_in_apposition(st: SentenceTokens, start: int, end: int) -> bool:
    """Is token ``end`` a place named in apposition to the definite common noun that ends the mention, right before
    the complementizer ("بالعاصمة طرابلس إن", "بلدية العاصمة طرابلس إن")?  Not after a word of a source kind or an
    adjective: a country after "الوزير" or "الأمريكي" is the verb's object or addressee ("أبلغ الوزير مصر أن")."""
    place, comp, noun = st.tok(end), st.tok(end + 1), st.tokens[end - 1]
    if not (end - start >= 2 and place is not None and place.is_word and not place.conj and place.key in _places()
            and comp is not None and st.is_comp(comp) and not comp.conj and noun.is_word):
        return False
    bare = without_clitic(noun) if noun.key[:1] in PREPOSITION_CLITICS and not noun.definite else noun  # بالعاصمة
    return bare.definite and not st.is_name(noun) and not st.kind(bare) and not st.roles(noun) \
        and not is_nisba(noun.unprefixed)


def name_tail(st: SentenceTokens, start: int, end: int, limit: int = 4,
              follows: "Callable[[int], bool] | None" = None, verb: Verb | None = None) -> int:
    """``end`` moved over a name (and the title after it) that the automaton left out of a mention.

    Real news puts the name after a long title that the automaton closes early: "المتحدث باسم الدفاع المدني
    بمنطقة مكة المكرمة العقيد سعيد سرحان أن", "المتحدث الرسمي لمركز الملك سلمان ... رأفت الصباغ، أن", or a
    family name and then a title after a first name: "عبد الرحمن الفهد مساعد المدير العام لـ«الخطوط
    السعودية»".  Up to ``limit`` name-like words (no lexicon role but adjective or title, no preposition,
    adjunct, cue or complementizer; a word after أبو/بن may be a verb, طالب; علي as written is a name) belong
    to the source when a complementizer or a colon follows them at once (a comma may stand between), or, when
    the mention starts as a personal name, when a title follows one or two of them, whose own mention then
    continues the source; otherwise nothing moves.  ``verb`` is the cue's, whose frame ends a title's mention
    ("الدكتور حامد بن مالح الشمري بسمو أمير المنطقة": رحب بـ, okaz_529e683216).
    """
    words = rule_words()
    listed = listed_name_end(st, end)
    if listed > end:
        return listed  # "الأمين العام للأمم المتحدة بان كي مون": a listed name, whatever its first word reads as
    # "السائق أبو طالب", "محمد بن علي أبو طالب": a kunya or nasab chain after a mention is part of the name,
    # whatever follows it
    linked = _past_links(st, end)
    if linked > end:
        return name_tail(st, start, linked, limit, follows, verb)
    at = st.tok(end)
    if at is not None and at.is_word and st.kind(at) in ("official", "person"):
        # "وكيل الوزارة لشؤون المساجد ... الدكتور توفيق بن عبدالعزيز السديري،": a second title and its name
        longer = _past_links(st, noun_phrase(st, end, verb))
        closing = st.tok(longer)
        if longer > end and closing is not None and (st.is_comp(closing) or closing.text in COMMAS or closing.text == ":"
                                                     or (follows is not None and follows(longer))
                                                     or (longer > end + 1 and frame_ba(closing, verb))):
            return longer
    if end - start == 1 and st.kind(st.tokens[start]) == "document" and (nxt := st.tok(end)) is not None \
            and nxt.is_word and not st.definite(nxt):
        # "وأرجع التقرير أسباب الارتفاع إلى" (aleqtisadiya_65193ff775): no name follows a document noun, and an
        # indefinite noun after a definite one is no adjective of it: the verb's object
        return end
    first, after_first = st.tok(end), st.tok(end + 1)
    if first is not None and first.is_word and end > start and possessed(st, first) \
            and st.tokens[end - 1].key not in words.name_link \
            and (after_first is None or not after_first.is_word or st.is_prep(after_first) or st.is_comp(after_first)
                 or st.adjunct_kind(after_first) is not None):
        # "أكد الملك عزمه على"، "وأبدى وزير الخارجية المصري تطلعه أيضا في أن" (SaudiNewsNet 2015-07-21, 08-03): a noun
        # with a pronoun right after a whole mention, then the verb's frame, is the verb's object; a name ending in
        # ه goes on with the family name ("عبده الغزواني"، "عبدربه منصور هادي") or follows آل ("آل شرمه")
        return _title_to_name(st, start, end, follows)
    if _place_in_apposition(st, start, end):
        return end + 1  # "رئيس قسم التحقيقات بمكتب النائب العام بالعاصمة طرابلس إن" (real_fresh7 aleqtisadiya_8a15785345)
    k = end
    cue_name = _cue_as_first_name(st, end)
    while k < len(st.tokens) and k - end < limit:
        t = st.tokens[k]
        linked = k > 0 and st.tokens[k - 1].key in words.name_link
        if t.is_word and t.text in words.name_as_written or k == end and cue_name:
            k += 1
            continue
        if not t.is_word or len(t.key) < 2 or (len(t.key) > 4 and t.key.endswith(POSSESSIVE)) or st.is_comp(t) or st.is_prep(t) \
                or (st.adjunct_kind(t) and not time_as_name(st, k)) or st.multi_role_at(k, "time_phrase") \
                or (st.is_cue_word(t) and not linked) \
                or st.according_at(k) or st.roles(t) - {"adjective"} \
                or ((t.key in st.g.stopwords or t.bare in st.g.stopwords) and not time_as_name(st, k)) or (k > end and st.kind(t) in ("official", "person")) \
                or t.key in _places() or t.unprefixed in words.partitive or spoken_to_at(st, start, k, verb) \
                or (verb is not None and verb.stance == "appeal" and called_on(st, t)):
            # "كما حمل النمروش الإمارات المسؤولية": a country is the object, no word of the name; so is a quantity
            # ("وأضافت شركة "سوني" العديد من المزايا", sabq_c699ee8b2b) and a time phrase ("أول من أمس"); the one
            # spoken to ends the name, as it ends the automaton's mention
            break
        k += 1
    if k == end:
        return _title_to_name(st, start, end, follows)
    after = st.tok(k)
    if after is not None and after.is_word and st.kind(after) in ("official", "person") and k - end <= 2:
        # "عبد الرحمن الفهد مساعد المدير العام ...،", "مكة المكرمة العقيد سعيد سرحان أن": a name or an
        # adjective, then a title whose mention runs up to the content
        longer = noun_phrase(st, k, verb)
        longer += _place_in_apposition(st, k, longer)  # "... بالعاصمة طرابلس إن"
        closing = st.tok(longer)
        if longer > k and closing is not None and (st.is_comp(closing) or closing.text in COMMAS or closing.text == ":"
                                                   or (follows is not None and follows(longer))
                                                   or ("relative" in st.roles(closing) and not _frame_word(st, end, k, verb)
                                                       and _content_past(st, longer, follows))):
            # "ألبرت يان مآت رئيس النقابة الأوروبية ... التي تمثل ..." (aleqtisadiya_bdd33cb692): a relative clause
            # on the title ends the mention of a personal name too, when the content follows that clause; not where
            # what was said is inside ("أوضح المتحدث الرسمي ... مبارك العصيمي قيام وزير التعليم بتشكيل لجنة ...
            # التي تناقلت") or the verb's own preposition opens it ("وجه ... محمد بن سلمان بعلاج والد المواطن الذي")
            return longer
        return _title_to_name(st, start, end, follows)
    if after is not None and after.text in COMMAS:
        after = st.tok(k + 1)
    if after is not None and (st.is_comp(after) or after.text == ":" or after.text == QUOTE and (
            cue_name or _bare_title_named(st, start, end, k))):
        # "وقال المسؤول محمد جامع "شاهدنا ستة قتلى"" (alwatan_ff08fd480f): a personal name right after a bare title,
        # then the quotation
        return k
    if follows is not None and follows(k):
        return k  # "علي الأحمدي في تصريحات صحفية إن": the name, an adjunct, then the content
    return _title_to_name(st, start, end, follows)


def _bare_title_named(st: SentenceTokens, start: int, end: int, k: int) -> bool:
    """Are the words from ``end`` to ``k``, right before a quotation, the personal name of the one definite title
    word that makes the mention ("وقال المسؤول محمد جامع "شاهدنا ستة قتلى"", alwatan_ff08fd480f)?  The automaton
    takes no name after a title of an unnamed source (المسؤول، المصدر), which is mostly right; before the quotation
    mark, a run of name words can be nothing else."""
    title = st.tokens[end - 1]
    return end - start == 1 and st.definite(title) and st.kind(title) in ("official", "person", "anonymous") \
        and name_run(st, end) == k - end and bare_name(st, end, k) \
        and not any(t.key[:1] in PREPOSITION_CLITICS for t in st.tokens[end:k])  # "المصدر لوكالة «فرانس برس»"


def _cue_as_first_name(st: SentenceTokens, k: int) -> bool:
    """Is the cue word at ``k``, right after a title or a definite word that closed the mention, a first name: one
    more name-like word follows it, then the content ("كما ذكرت رئيسة القسم النسائي بالمركز أمل الحافظي، أن",
    aljazirah_fe145e4579; "ويزيد معلم اللغة العربية طالب المكي «نتعرض", okaz_82a0d692cb)?  Read as a verb (أمل
    "hoped", طالب "demanded"), it would leave the verb before it with a subject and no content."""
    t, nxt = st.tok(k), st.tok(k + 1)
    if k == 0 or t is None or not t.is_word or t.conj or st.is_prep(t) or st.roles(t) \
            or not _ends_title(st, st.tokens[k - 1]) or nxt is None or not nxt.is_word or st.is_cue_word(nxt) \
            or st.roles(nxt) or st.kind(nxt) or st.is_prep(nxt) or st.is_comp(nxt) or possessed(st, nxt) \
            or nxt.key[:1] in (BEH, LAM) and nxt.key[1:].startswith(DEFINITE):
        return False
    # the bare perfect (أمل، طالب), which a name is spelled like; not an imperfect, a participle, a verbal noun with its
    # pronoun ("يرد مهاجموه", "قائلاً لـ«الشرق الأوسط»", "تصريحه بالدعاء أن")
    forms = st.cue_forms(t)
    if not forms or any(f.form != "perfect" or fold(f.verb.lemma) != t.key for f in forms):
        return False
    after = st.tok(k + 2)
    if after is not None and after.text in COMMAS:
        after = st.tok(k + 3)
    return after is not None and (st.is_comp(after) and not after.conj or after.text in (":", QUOTE))


def _title_to_name(st: SentenceTokens, start: int, end: int, follows: "Callable[[int], bool] | None") -> int:
    """``end`` moved over the rest of a long title and the name after it, when a complementizer follows the name, or
    a colon or the verb's own preposition follows a name that is a person's by a sign of its own.

    The automaton stops a title at a definite word it cannot read as an adjective ("مسؤولة الأسر المنتجة
    بمهرجان أبها للتسوق فاطمة الزامل، أن", aljazirah_eddbbb9eae) or at a preposition the verb may take ("وأكد
    مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة التنمية بإمارة المنطقة د. هشام الفالح أن",
    alriyadh_b85732ad39).  The mention holds a title, person or official word (مسؤولة); what follows it up to the name is made of
    words with no clause role (no cue, complementizer, relative, verb of being, possessed noun: "لدى زيارته") and
    the full stop of an abbreviated title (a place may end in what looks like a pronoun: أبها); the name is a run of personal-name words after a definite word, a title or an abbreviation (and a
    family name with the article), and a complementizer with no و follows it at once or after a comma ("، وأن" may coordinate a
    second content after an object: "أكد على دعم الرئيس هادي، وأن").  A body or an event named in quotation marks may
    stand in the complement; a time, or a meeting or a call after its preposition, is an adjunct whose names are none
    of the speaker's."""
    if follows is None or not any(st.kind(t) in ("official", "person", "anonymous") for t in st.tokens[start:end]):
        return end
    if follows(end) and not (st.is_preposition_word(st.tokens[end]) and any(
            st.kind(t) in ("official", "person") for t in st.tokens[max(start, end - 2):end])):
        return end  # the content follows; but "المشرف العام على" may hold the title's own preposition, not أكد على
    words = rule_words()
    named = adjunct = quoted = False
    k, reach = end, min(len(st.tokens), end + _TITLE_REACH)
    while k < reach:
        t = st.tokens[k]
        if t.text == "." and k > end and st.tokens[k - 1].key in words.abbreviation:
            k += 1
            continue  # "د. هشام الفالح"
        if t.text == QUOTE and (close := st.quote_end(k, _QUOTED_NAME_WORDS)) is not None:
            k, quoted = close + 1, True
            continue  # a body or an event named in quotation marks: "مدير "مهرجان أبها للتسوق" إبراهيم بن محمد"
        if not t.is_word or st.is_comp(t) or (st.is_cue_word(t) and "cue_homograph" not in st.roles(t)) \
                or st.roles(t) & _CLAUSE_ROLES or (possessed(st, t) and len(t.key) > 4) or st.according_at(k) \
                or (k > end and spoken_to_at(st, start, k)):
            return end
        # (a time, or a meeting or a call after its preposition: an adjunct, whose own names are no speaker's: "خلال
        # مؤتمر صحفي مع وزير الخارجية المصري سامح شكري"، "لـ "فرانس برس" اليوم بالذات أن"، "مصدر في المقاومة الشعبية
        # اليوم الاثنين سيطرة ... للرئيس عبد ربه منصور هادي على"; not a body's name: "المشرف العام على وكالة التنمية")
        adjunct = adjunct or t.key in words.clause_opener or k > end and (
            st.is_time(t) and st.kind(st.tokens[k - 1]) not in ("official", "person")  # (not "المشرف العام")
            or st.adjunct_kind(t) == "medium" and (st.is_prep(prev := st.tokens[k - 1]) or prev.key in words.noun_preposition))
        run = 0 if k == end else 1 if t.text in words.name_as_written else name_run(st, k)  # "بالباحة علي بن خميس"
        # the name opens after a word of the title, definite ("بالجمعية وليد بن خالد البوسيف أن") or a title, or
        # the full stop of an abbreviation (not "يسأل الأمير بندر عن أهم أسباب ... أو لم يدرك أنهم"), or the
        # quotation mark that closes a name in the title's complement
        named = named or bool(run) and (_ends_title(st, st.tokens[k - 1]) or st.tokens[k - 1].text == QUOTE)
        if not (run and named):
            k += 1
            continue
        stop = k + run
        # (a second one is no time and no place's adjective: "فلاديمير بوتين اليوم السبت"، "بمجلس الشيوخ الأميركي")
        while stop < k + run + _SURNAMES and (surname := st.tok(stop)) is not None and surname.is_word \
                and surname.definite and not st.roles(surname) and not st.kind(surname) and not st.is_cue_word(surname) \
                and (stop == k + run or not (st.is_time(surname) or nisba_place(surname.key))):
            stop += 1  # "فاطمة الزامل"، "عبدالله بن محمد سعيد الذويبي العتيبي" (a family name, then a tribe's)
        after = st.tok(stop)
        comma = after is not None and after.text in COMMAS
        if comma:
            after = st.tok(stop + 1)
        if after is None:
            return end
        if after.is_word and st.is_comp(after) and not after.conj and not (quoted and adjunct):
            return stop
        if (after.text == ":" or follows(stop + comma) and not _name_goes_on(st, stop)) and not adjunct \
                and _person_named(st, k, stop):
            # the name, then a colon or the verb's own preposition: "أعرب مدير "مهرجان أبها للتسوق" إبراهيم بن محمد
            # الجارالله، عن شكره"، "يقول الشاعر والمرشد السياحي المعتمد بهيئة السياحة بمكة المكرمة عبدالله بن محمد سعيد
            # الذويبي العتيبي: إن" (SaudiNewsNet, a random review of the archive's rows)
            return stop
        k += 1
    return end


def _name_goes_on(st: SentenceTokens, k: int) -> bool:
    """May token ``k``, right after a run of name words, be one more word of the name: a plain word with no reading
    of its own, no pronoun, not لـ the one spoken to, or any word before a nasab ("المهندس محمد توفيق بن مصطفى مدني
    عن")?"""
    t, nxt = st.tokens[k], st.tok(k + 1)
    return t.is_word and (nxt is not None and nxt.key in rule_words().name_link
                          or plain_word(st, t) and not possessed(st, t) and t.key[:1] != LAM)


def _person_named(st: SentenceTokens, k: int, stop: int) -> bool:
    """Is the run from ``k`` to ``stop`` a person's name by a sign of its own: after an honorific, a title, an
    abbreviated title or a body's name in quotation marks ("«محافظ مدينة حلب الحرة» منذر سلال"), or with a listed
    first name or a nasab ("إبراهيم بن محمد الجارالله")?  Not a verbal noun after a name: "وزير الداخلية اليمني عبده
    الحذيفي سيطرة الأجهزة الأمنية ... على" (the object, then the verb's preposition)."""
    words = rule_words()
    before, first = st.tokens[k - 1], st.tokens[k]
    if first.key[:1] in (BEH, LAM) and first.key[1:].startswith(DEFINITE):
        return False  # "لهيئة الأمر بالمعروف والنهي عن المنكر": a body's name runs on
    if before.text == QUOTE:
        # two words at least, and not the verb's indefinite object after a quoted name ("“سي يو دبليو آر” مسؤولًا
        # كبيرًا") nor a verb ("مع «الشرق الأوسط» أجريت أخيرًا أن")
        return stop - k >= 2 and not any(len(u.key) > 3 and u.key.endswith(ALEF) and not u.definite for u in st.tokens[k:stop])
    return before.text == "." or st.is_title(before) or before.unprefixed in words.honorific \
        or first.key in given_names() or any(t.key in words.name_link for t in st.tokens[k + 1 : stop])


# At most this many family names with the article after a personal name ("الذويبي العتيبي").
_SURNAMES = 2
# At most this many tokens inside the quotation marks of a name in a title's complement ("مهرجان أبها للتسوق").
_QUOTED_NAME_WORDS = 6


def _content_past(st: SentenceTokens, relative: int, follows: "Callable[[int], bool] | None") -> bool:
    """Does the content begin within a relative clause's reach after the relative pronoun at ``relative``?"""
    return follows is not None and any(follows(k) for k in range(relative + 2, min(len(st.tokens), relative + _RELATIVE_REACH)))


def _frame_word(st: SentenceTokens, start: int, end: int, verb: Verb | None) -> bool:
    """Does a word of ``start:end`` open with the cue's own attached preposition ("بعلاج" after وجه بـ)?"""
    return verb is not None and any(t.is_word and len(t.key) > 2 and t.key[0] in verb.preps for t in st.tokens[start:end])


def _past_links(st: SentenceTokens, end: int) -> int:
    """``end`` moved over a kunya or nasab chain ("بن عبد الملك آل الشيخ", "أبو طالب"): each link word and the
    word it links, which may itself be a link ("بن عبد الملك": عبد takes الملك)."""
    links = rule_words().name_link
    while end + 1 < len(st.tokens) and st.tokens[end].key in links and st.tokens[end + 1].is_word:
        end += 1
        if st.tokens[end].key not in links:
            end += 1
    return end


def _ends_title(st: SentenceTokens, t: Token) -> bool:
    """May a personal name follow ``t`` inside a mention: a definite word, with a preposition attached too
    ("بالجمعية"), a title, or the full stop of an abbreviated title ("د.")?"""
    return t.text == "." or st.definite(t) or st.is_title(t) \
        or (t.is_word and len(t.key) > 3 and t.key[0] in (BEH, LAM) and t.key[1:].startswith((DEFINITE, LAM)))


def mention_run(st: SentenceTokens, j: int) -> tuple[int, int] | None:
    """(end of the mention, start of the content) when the words from ``j`` (right after a mention the noun-phrase
    automaton closed early) run on to a complementizer, with no other frame in between: at most
    ``_RUN_WORDS`` tokens of words, numbers and a bracketed abbreviation ("المصدرة للنفط (اوبك) عبد الله
    البدري أن", "1 للسيارات، بأنه"), a comma allowed before the complementizer only.  A cue word, a preposition
    standing alone, a time word, a function word ("دون أن", "إلا أن"), a quotation mark or a relative,
    subordinating or kana word ends the run: an adjunct or a clause, not a mention."""
    depth = 0
    for k in range(j, min(len(st.tokens), j + _RUN_WORDS + 1)):
        t = st.tokens[k]
        if st.is_comp(t):
            return (k, k) if k > j and depth == 0 else None
        if t.text in COMMAS:
            return (k, k + 1) if k > j and depth == 0 and st.is_comp(st.tok(k + 1)) else None
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
            if depth < 0:
                return None
        elif t.kind == "num" and not t.is_word:
            continue
        elif not t.is_word or st.is_cue_word(t) or st.is_prep(t) or st.is_time(t) or t.bare in st.g.stopwords \
                or st.roles(t) & {"relative", "subordinator", "commentary", "kana", "demonstrative"}:
            return None
    return None
