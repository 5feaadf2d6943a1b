"""The noun-phrase automaton: where a speaker mention ends, apposition and names after a title included.

The rules are deliberately shallow (no parser, no model): Arabic news prose is formulaic enough that a
noun-phrase automaton plus word lists finds the whole speaker mention, title and name included
("اللواء احمد المسماري الناطق باسم الجيش الليبي").

The automaton, in words: a definite word (ال...) closes an idafa chain (وزارة الدفاع); after it only
nisba adjectives (التونسية), listed adjectives (التابعة), titles (الناطق), names after a title (احمد
المسماري), a prepositional attachment (باسم، لحكومة، في حكومة) or a short apposition between commas
(، صلاح الدين النمروش،) may follow.  An indefinite word after a closed phrase starts the object
("ينفي الجيش التونسي وجود قواعد"), and so does a definite noun that is none of those ("حمل النمروش الإمارات").

This module owns the automaton and what only it asks of a phrase (an apposition, a body word, a plural of people);
what it asks of a title (the verb's object, abbreviated, quoted after the name, a delegate's) is :mod:`.titles`'; the
word tests it shares with the rules, whether words are a name (a run after a title, a nasab, a listed name, a noun
with a possessive pronoun: none), are :mod:`.names`'.
"""

from __future__ import annotations

from ..dates import month_number
from ..lexicon.grammar import Verb
from ..lexicon.morph import (BEH, DEFINITE, LAM, MIN, NOON, PRONOUN_SUFFIXES, WAW, YEH, definite_masdar, derived_masdar,
                             elative, is_nisba)
from .audience import audience
from .names import (bare_name, called_on, construct_at, listed_name_end, mention_ends, name_run, part_in, partitive_at, plain_word,
                    plural_noun_at, possessed, time_as_name, title_with_pronoun)
from .titles import (LONG_BRACKET, abbreviated_title, delegate_before, honorific_pronoun, object_title, quoted_title,
                     staff_word)
from .tokens import COLON, COMMAS, QUOTE, SentenceTokens, Token, without_clitic
from .wordlists import broken_plurals, rule_words

__all__ = ["ba_verbal_noun", "frame_ba", "noun_phrase"]


_TEH_MARBUTA = "\u0629"  # ARABIC LETTER TEH MARBUTA, as written (folding makes it ه)
# Brackets inside a mention: a short one anywhere ("(أفريكوم)"), a longer one right before the content
# (titles.LONG_BRACKET).
_SHORT_BRACKET = 6


def noun_phrase(st: SentenceTokens, i: int, verb: Verb | None = None) -> int:
    """End (exclusive) of the mention starting at token ``i``; ``i`` itself when none starts there."""
    known = st.phrase_ends.get((i, id(verb)))
    if known is not None and known[0] is verb:
        return known[1]
    end = _noun_phrase(st, i, verb)
    st.phrase_ends[(i, id(verb))] = (verb, end)
    return end


def _noun_phrase(st: SentenceTokens, i: int, verb: Verb | None) -> int:
    n = len(st.tokens)
    j = i
    words = 0
    state = "start"  # start, open (idafa may continue), closed (definite), pp (object of a preposition)
    prev = ""  # noun, title, name, adj, pp
    names_left = 0
    frame_ba = verb is not None and BEH in verb.preps
    in_pp = False  # the last title's complement is the object of a preposition (للعلاقات العامة)
    apposed = False  # an honorific and a name after an office and its complement: the mention ends with the name
    group = -1  # where the group after a partitive's من starts ("عدد من فصائل العمل")
    while j < n:
        t = st.tokens[j]
        if apposed and prev == "name" and (t.kind == "punct" or t.conj or not t.definite) \
                and t.key not in rule_words().name_link:
            # "نفى وزير التعليم الدكتور عزام الدخيل ما ...": no comma-apposition, coordination or further word after
            # the name ("الكاتب الصحفي حسن عسيري، وزير التعليم الدكتور ..." names the one he writes to)
            break
        if t.kind == "punct":
            if t.text == "." and j > i and st.tokens[j - 1].key in rule_words().abbreviation \
                    and st.tokens[j - 1].end == t.start:
                j += 1  # "د. خالد الزعاق": the full stop of an abbreviated title
                continue
            if t.text == QUOTE:
                limit = 4 if (words == 0 or (j > 0 and "name_intro" in st.roles(st.tokens[j - 1]))) else 2
                close = st.quote_end(j, limit)
                if close is None and words and (titled := quoted_title(st, j)) is not None:
                    j = titled  # "اللواء د.أحمد عبد الحليم «رئيس مركز الشرق الأوسط السابق ...» إن" (okaz_8164690ee2)
                    continue
                if close is None or close == j + 1:
                    break
                if words and state == "closed" and close == j + 2 and possessed(st, st.tokens[j + 1]) \
                        and not _opens_content(st, close + 1):
                    # "أعلن رئيس الحكومة اليمنية خالد بحاح «تحريرها» من أيدي الحوثيين" (aawsat_6d5abbbed8): after
                    # a closed mention, a quoted noun with a pronoun is the verb's object, no name (not "لمبادرة «نفهم»":
                    # the name an open noun takes; not before إن or a colon: "المتحدث باسم الحملة «سلامته» إن", a name)
                    break
                # a quoted name ("قائمة «الزاوية أولا»"): adjectives may follow, not a surname
                j, words, state, prev = close + 1, words + 1, "closed", "noun"
                surname = st.tok(j)
                if words == 2 and plain_word(st, st.tokens[i]) and not st.tokens[i].definite \
                        and surname is not None and plain_word(st, surname) and not surname.definite \
                        and mention_ends(st, j + 1):
                    j, words = j + 1, words + 1  # "براد «ريندرمان» هاينز،": a nickname between first and family name
                    continue
                # "المصممان “ايفو ماريك” و”توميسلاف راستوفاك”": a second quoted name coordinated with it
                while st.tok(j) is not None and st.tokens[j].key == WAW and (nxt := st.tok(j + 1)) is not None \
                        and nxt.text == QUOTE and (other := st.quote_end(j + 1, 4)) is not None and other > j + 2:
                    j, words = other + 1, words + 1
                continue
            if t.text == "(" and words:
                close = next((k for k in range(j + 1, min(n, j + LONG_BRACKET)) if st.tokens[k].text == ")"), None)
                if close is None or close == j + 1:
                    break
                after = st.tok(close + 1)
                if close - j > _SHORT_BRACKET and not (after is not None and (st.is_comp(after) or after.text == COLON)):
                    break  # a long bracket belongs to the mention only as the speaker's title right before the content
                j = close + 1  # "محمد (بائع عسل وسمن بلدي في السوق المركزي بالطائف) أن"
                continue
            if t.text in COMMAS and words:
                end = _apposition(st, j, titled=names_left > 0 and prev != "name")
                if end is None:
                    break
                j, prev, state = end, "name", "closed"
                continue
            break
        if t.kind == "num":
            month = st.tok(j + 1)
            if words and state in ("open", "pp") and month is not None and month.is_word and month_number(month.text):
                # "عضو الأمانة العامة لقوى 14 آذار إيلي محفوظ": a date that names a body completes its noun
                j, words, state, prev = j + 2, words + 2, "closed", "noun"
                continue
            break
        if words == 0 and (listed := listed_name_end(st, j)) > j:
            j, words, state, prev = listed, listed - j, "closed", "name"  # "بان كي مون": no complementizer بأن
            continue
        if words and t.text in rule_words().name_particle and (listed := listed_name_end(st, j)) > j:
            j, words, state, prev = listed, words + listed - j, "closed", "name"  # "لويس فان جال": no فإن
            continue
        roles = st.roles(t)
        if words == 1 and j == i + 1 and t.key[:2] == MIN and t.key[2:] in PRONOUN_SUFFIXES \
                and st.tokens[i].unprefixed in rule_words().partitive:
            # "وعبر عدد منهم عن سعادتهم": the group is the one the pronoun points back to (the mention ends on its
            # preposition, as no other does)
            return j + 1
        if st.is_comp(t) or st.according_at(j) or st.multi_role_at(j, "impersonal"):
            break
        if words and st.is_cue_word(t):
            # "رئيس نادي الرمثا": after a noun that needs its complement, "نادي" is the club, not نادى
            idafa_noun = state == "open" and not t.conj and "cue_homograph" in roles
            if not idafa_noun:
                break
        if words and not t.conj and title_with_pronoun(st, t):
            break  # "وقد حمل الملك المفدى معاليه نقل تحياته": a title with its pronoun is a mention of its own
        if j == i + 1 and honorific_pronoun(st, st.tokens[i]):
            # "رفع سموه أسمى آيات التبريكات" (okaz_529e683216), "هنأ سموه الجميع": an honorific with its pronoun
            # stands for a whole mention; what follows it is the verb's object
            break
        if roles & {"relative", "demonstrative", "subordinator", "kana", "qad", "commentary", "issued_by", "gesture"} \
                or ("anaphor_noun" in roles and not words) or (words and t.key in rule_words().denied_report
                                                            and verb is not None and verb.stance == "deny"):
            break
        if st.is_preposition_word(t):
            nxt = st.tok(j + 1)
            if words == j - i and partitive_at(st, i, j) \
                    and nxt is not None and nxt.is_word and (nxt.definite or construct_at(st, j + 1)):
                # "الكثير من الباحثين": the group counted is the mention's; so is a group named by a construct ("عدد
                # من وسائل الإعلام"، "عدد من سكان القرى"; anad_base sabq_0803_1293), and after an adjective of the
                # count ("عدد كبير من المواطنين"); its first word's و/ف is its own ("عدد من فصائل العمل")
                j, state, prev, group = j + 1, "pp", "pp", j + 1
                continue
            inner = t.key in rule_words().inner_preposition or (
                # "البرلماني عن محافظة الأنبار فارس الفهداوي": what a delegate represents, "المشرف العام على مركز
                # الملك سلمان" (almadina_3f9429c35b): what an overseer oversees, its adjective between them; unless the
                # verb takes the preposition ("تحدث النائب عن الأزمة", "وأكد المشرف العام على أهمية")
                t.key in rule_words().delegate_preposition and delegate_before(st, i, j)
                and not (verb is not None and t.key in verb.preps)) or (
                # "مصادر مقربة من الحكومة": whom an unnamed source is close to (attribution_words.tsv affiliation_adjective)
                t.key == MIN and st.tokens[j - 1].unprefixed in rule_words().affiliation_adjective
                and not (verb is not None and MIN in verb.preps))
            # (not a count of places: "عدد من أئمة وخطباء المساجد في عدد من مناطق المملكة أن" ends before في)
            if inner and words and nxt is not None and nxt.is_word \
                    and st.adjunct_kind(nxt) is None and not st.is_comp(nxt) and not st.is_cue_word(nxt) \
                    and not possessed(st, nxt) and not partitive_at(st, j + 1):
                j, state, prev = j + 1, "pp", "pp"
                continue
            break
        if (st.is_time(t) and "adjective" not in roles and not time_as_name(st, j)) or st.multi_role_at(j, "time_phrase"):
            break
        # "اللواء د. محمد": an abbreviated title after a title is one more title, as definite as الدكتور
        abbreviated = words > 0 and abbreviated_title(st, j)
        definite = st.definite(t) or abbreviated
        if words == 0:
            if st.is_preposition_word(t) or "adverb_ma" in roles or (t.conj and st.is_cue_word(t)):
                break
            state = "closed" if definite else "open"
            prev = "title" if st.is_title(t) else "noun"
            # a name after a person's title or an outlet's staff (الصحافي), not after an outlet ("صحيفة الديلي ميل")
            names_left = 3 if st.kind(t) in ("official", "person") or st.kind(t) == "media" and staff_word(t.bare) else 0
            words, j = 1, j + 1
            continue
        # conjunction inside a mention: "الجيش الوطني وعضو بالبرلمان الروسي", "مسؤولون روس وأتراك"
        if t.conj and j != group and not t.definite and not st.g.kind_of_word(t.key) and not st.is_name(t):
            bare_kind = st.g.kind_of_word(t.bare)
            if bare_kind or is_nisba(t.bare) or (state == "open" and prev in ("noun", "adj", "pp")):
                state, prev, words, j = ("open", "noun", words + 1, j + 1)
                continue
            if not names_left:
                break
            # else: a name that starts with و/ف ("فرج", "وليد") after a title
        # (after a title's first complement, even one that looks like a nisba: "وزير الموانئ والمناطق الحرة")
        # ("وكيل شؤون البيئة والتنمية المستدامة": after an idafa chain the title opened, a definite word closing
        # it that only looks like a nisba, البيئة, is the first complement too, alweeam_d57e53548a)
        if t.conj and t.definite and state == "closed" and not st.is_cue_word(t) and not st.g.kind_of_word(t.bare) \
                and (prev == "noun" or (prev == "adj" and st.is_title(st.tokens[i]) and j - i == words >= 2
                                        and not any(u.definite for u in st.tokens[i:j - 1]))):
            prev, words, j = "coord", words + 1, j + 1  # "وزير الطاقة والمياه": one office
            continue
        if t.conj and t.definite and (st.g.kind_of_word(t.bare) or is_nisba(t.bare)) and state != "open":
            if not (in_pp and mention_ends(st, j + 1)):
                break  # "والولايات": a new coordinated clause or object, not part of the source
            # "مساعد المدير العام للعلاقات العامة والإعلام لـ«الشرق الأوسط»، إن": the object of the title's
            # preposition coordinated, right before the end of the mention
            prev, words, j = "coord", words + 1, j + 1
            continue
        attached = len(t.key) > 3 and t.key[0] in (BEH, LAM) and not t.definite and not st.is_name(t)
        if attached and t.key[0] == BEH and frame_ba and state == "closed" and (prev != "title" or ba_verbal_noun(st, t)):
            break  # "اتهم روسيا بإرسال", "وعد الوزير بتعزيز الإجراءات": the content starts
        if attached and t.key[0] == BEH and frame_ba and state == "open" \
                and (prev == "noun" and words == 1 or prev == "adj" and words == 2 and st.tokens[j - 1].text.endswith(_TEH_MARBUTA)) \
                and not st.kind(without_clitic(t)):
            # "شككت أصوات بسياسة أنقرة": an indefinite noun (and its feminine adjective: "أفادت مصادر إعلامية بمقتل",
            # SaudiNewsNet alweeam_8e8d2cb588; not a name that only looks like one, "ووصف اجتماع هاواي بالحاسم"), then the
            # verb's own بـ before no body or place
            break
        if t.key[0] == LAM and words and not t.definite and audience(st, j, verb):
            break  # "مسؤول لرويترز إن", "مصادر لـ"المال" إن": the one spoken to, then the content
        if attached and t.key[0] == LAM and st.adjunct_kind(without_clitic(t)) == "media":
            break  # "لوكالة": the outlet spoken to, an adjunct
        # "العقيد دكتور عاطي": a second title right after a title, even a private one (دكتور)
        title = st.is_title(t) or (st.kind(t) == "person" and (not names_left or prev == "title")) or abbreviated
        if not title and definite and t.unprefixed in rule_words().honorific and (
                prev == "pp" or prev in ("noun", "adj") and _one_office(st, i, j)) and name_run(st, j + 1):
            apposed = prev != "pp"
            # "وكيل شؤون البيئة ... بالرئاسة الدكتور عبد الباسط بن سالم صيرفي": after the body a long title is
            # attached to, the honorific and the name (alweeam_d57e53548a); after an office and its complement too,
            # where no complementizer ends the mention: "نفى وزير التعليم الدكتور عزام الدخيل ما يتم تداوله"
            # (aljazirah ae83f82f06210, 2015-07-22: the name was read as the start of what he denies)
            title = True
        if verb is not None and verb.stance == "appeal" and j > i and definite and not attached \
                and (prev == "name" or state == "closed") and called_on(st, t):
            break  # "ودعا ... العقيد محمد عبدالرحيم العاصمي المواطنين والمقيمين بالمنطقة إلى": the ones called on
        if prev == "name":
            if title:
                prev, names_left = "title", 3
                if not definite and not attached:
                    state = "open"  # "الشيخ صباح الأحمد أمير دولة الكويت": the title after the name takes its complement
            elif not attached and not definite and names_left and not possessed(st, t) and not plural_noun_at(st, j):
                names_left -= 1  # (not "عبدالله درويش سعادته بتواجد", "محمد جواد ظريف دول الخليج الى": the verb's object)
            elif definite and not attached:
                prev = "name" if not is_nisba(t.unprefixed) else "adj"
            else:
                break
        elif state in ("open", "pp") and prev == "pp" and possessed(st, t) and j - 1 > i:
            j -= 1  # "المالكي بمواصلة تخبطاته": a verbal noun and its object, an adjunct of manner; not "باسم"
            break
        elif state == "open" and prev == "adj" and possessed(st, t) and st.kind(st.tokens[i]) in ("official", "person"):
            # "وجد شاب سعودي ضالته": after a person and an adjective, a noun with a pronoun is the object ("تقديرات
            # أولية نشرتها هيئة ...": a document and its relative clause go on)
            break
        elif state == "open" and verb is not None and (j - i >= 2 and verb.stance in ("accuse", "appeal")
                                                        or verb.stance == "deny" and part_in(st, j)) \
                and possessed(st, t) and all(plain_word(st, u) and not u.definite for u in st.tokens[i:j]):
            # "اتهم حسن عسيري زميله المالكي بـ": after a run of bare names (no title, no known word), a noun
            # with a pronoun is the object of the accusation or appeal, not the next link of an idafa (not
            # "تقديرات أولية نشرتها هيئة ..."); after a denial, even one bare name, when the noun is one's part in
            # something: "نفى دوغان علاقتهم بالهجوم" (aawsat_f9c35cada1; not "نفى أحد أقاربه صحة الخبر")
            break
        elif state in ("open", "pp"):
            state = "closed" if definite else "open"
            prev = "title" if title else ("pp" if attached else ("adj" if is_nisba(t.unprefixed) else "noun"))
            if title and not (_plural(t) and _body_word(st, st.tokens[j - 1])):
                # (a body named by its members' office, "أن مجلس الوزراء اطلع على", takes no personal name after it:
                # the verb is none; the Cabinet's weekly statement, SaudiNewsNet 2015-08-03; "رئيس الوزراء" takes one)
                names_left = 3
        else:  # closed
            if title and definite and prev == "adj" and object_title(st, i, j):
                break  # "وقد حمل الملك المفدى الوزير نقل تحياته": the second title is the verb's object
            if title:
                prev, names_left = "title", 3
                if not definite and not attached:
                    state = "open"  # "د. خالد الزعاق عضو الاتحاد العربي": the title takes its complement
            elif attached and prev in ("title", "noun", "adj", "pp"):
                # "بإفريقيا": a name after the preposition closes the phrase; "لحكومة" leaves it open
                rest = t.key[1:]
                named = rest in st.g.names or rest.startswith(DEFINITE)
                state, prev = ("closed" if named else "open"), "pp"
            elif not definite and names_left and not attached and not possessed(st, t) and name_run(st, j):
                # (not "الشاب الألماني المسلم (إبراهيم) تجربته": a noun with a pronoun is the object)
                run = name_run(st, j)
                if apposed and run > 2 and not any(st.is_name(u) or u.key in rule_words().name_link
                                                   for u in st.tokens[j : j + run]):
                    run = 2  # "ويحدد ... الدكتور أسامة عثمان مقاصد التنوير": two unknown words, then the object
                prev, names_left = "name", 0
                words, j = words + run, j + run
                continue
            elif definite and (is_nisba(t.unprefixed) or "adjective" in roles or elative(t.bare)):
                prev = "adj"
            elif definite and not t.conj and _plural_nisba(t.unprefixed) and _plural(st.tokens[j - 1]):
                # "المقاتلون الأكراد"، "المسؤولين الروس" (aawsat_1bac8710b5, alweeam_bdc759ecf9): the broken plural of a
                # nisba agrees with a plural before it, an adjective; after a singular it is the object ("حمل النظام
                # الأكراد المسؤولية")
                prev = "adj"
            elif definite and prev == "coord" and not attached and not st.g.kind_of_word(t.bare):
                prev = "adj"  # "وزير الموانئ والمناطق الحرة": the adjective of the coordinated office
            elif "adjective" in roles:
                prev = "adj"
            elif definite and prev == "title" and st.is_name(t):
                prev = "name"
            elif t.key in rule_words().name_link and prev == "surname" and st.tok(j + 1) is not None \
                    and st.tokens[j + 1].is_word:
                words, j = words + 2, j + 2  # "الأمير الوليد بن طلال": the nasab after the family name
                continue
            elif not t.conj and j - 1 >= i and st.tokens[j - 1].unprefixed in rule_words().honorific and (
                    (definite and plain_word(st, t))
                    or (t.key in rule_words().name_link and (nxt := st.tok(j + 1)) is not None and plain_word(st, nxt))):
                # "ورفع الدكتور الربيعة الشكر", "وهنأ الدكتور آل بشر خادم الحرمين": the family name, then the object
                prev, names_left = "surname", 0
                if t.key in rule_words().name_link and st.tok(j + 1) is not None:  # never past the last token
                    words, j = words + 1, j + 1
            else:
                break
        in_pp = (in_pp or prev == "pp") and prev != "title"
        words, j = words + 1, j + 1
    # A mention never ends on a preposition.
    while j > i and st.is_prep(st.tokens[j - 1]):
        j -= 1
    return j


def _one_office(st: SentenceTokens, i: int, j: int) -> bool:
    """Are the tokens from ``i`` to ``j`` one office and its complement, which an honorific and a name may follow
    ("وزير التعليم الدكتور عزام الدخيل"): no name in them, no second office joined by و ("خالد البراك وعضو مجلس
    الشورى ... الدكتور سعدون السعدون" are two people), and not a title in apposition after a comma ("حسن عسيري،
    وزير التعليم الدكتور عزام الدخيل": the one he writes to)?"""
    words = st.tokens[i:j]
    return not (i > 0 and st.tokens[i - 1].text in COMMAS) and not any(st.is_name(u) for u in words) \
        and not any(u.conj for u in words[1:])


def _body_word(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` a word naming a body (مجلس، لمجلس), maybe with an attached ب/ل?"""
    return st.kind(t) == "organization" or (t.key[:1] in (BEH, LAM) and st.kind(without_clitic(t)) == "organization")



def _plural_nisba(word: str) -> bool:
    """Is a folded word without ال the broken plural of a nisba (أكراد، روس، أتراك، أجانب)?"""
    singular = broken_plurals().get(word)
    return singular is not None and is_nisba(singular)


def _plural(t: Token) -> bool:
    """Is ``t`` a definite plural of people: a sound masculine plural (المقاتلون، المسؤولين) or a listed broken
    plural (المصادر)?"""
    word = t.unprefixed
    return t.definite and (word in broken_plurals() or (len(word) > 4 and word.endswith((WAW + NOON, YEH + NOON))))






def _opens_content(st: SentenceTokens, k: int) -> bool:
    """Does a complementizer or a colon stand at ``k``, where what was said starts?"""
    t = st.tok(k)
    return t is not None and (st.is_comp(t) or t.text == COLON)


def _apposition(st: SentenceTokens, comma: int, *, titled: bool = False) -> int | None:
    """End of a short name between commas after a mention ("، صلاح الدين النمروش،"), or None; after a ``titled``
    mention, one a personal name may follow, the name may end at an adjunct on the speaker's doings instead."""
    n = len(st.tokens)
    first = st.tok(comma + 1)
    if first is None or not first.is_word:
        return None
    if st.kind(first) in ("official", "person", "organization"):
        # ", المتحدث الرسمي باسم رئاسة الجمهورية،": a title phrase in apposition
        end = noun_phrase(st, comma + 1)
        after = st.tok(end)
        if end > comma + 1 and after is not None and (after.text in COMMAS or after.text == ":" or st.is_comp(after)
                                                     or audience(st, end) or _time_then_comma(st, end)):
            # (then the outlet spoken to: "، المحامي صالح ذيبان لـ«الشرق الأوسط» إن", aawsat 2015-07-24; or when it
            # spoke before the closing comma: "كشف عز الدين الأصبحي، وزير حقوق الإنسان اليمني أمس، عن بدء", fresh8)
            return end
        # "، الدكتور الطيب حامد،": a name that begins with ال after the title, then the closing comma
        k = end
        while k < n and k - end < 3 and plain_word(st, st.tokens[k]):
            k += 1
        closing = st.tok(k)
        if end > comma + 1 and k > end and closing is not None and closing.text in COMMAS:
            return k
        return None
    k = comma + 1
    while k < n and k - comma <= 5 and st.tokens[k].is_word:
        t = st.tokens[k]
        if k > comma + 1 and t.key == LAM and audience(st, k):
            return k  # "، الدكتور يوسف تكروري لـ"الوطن": تم" (alwatan 2015-07-24): the outlet spoken to, then the content
        if titled and k > comma + 1 and st.is_prep(t) and (u := st.tok(k + 1)) is not None and u.is_word and possessed(st, u) \
                and "preposition" in st.g.role(t.key) \
                and bare_name(st, comma + 1, k):
            # "ونفى المتحدث الرسمي باسم ميليشيا الحوثي، محمد عبد السلام على صفحته على موقع «فيسبوك» أمس ما نقل"
            # (aawsat_e8ce6bed1b): the name, then an adjunct on the speaker's own doings, no closing comma
            return k
        if (t.conj and k == comma + 1 and not st.is_name(t)) or st.is_prep(t) or st.is_time(t) or st.is_comp(t) \
                or st.adjunct_kind(t) or st.according_at(k) or st.is_cue_word(t) or st.roles(t) - {"adjective"}:
            return None
        k += 1
    if k == comma + 1 or k - comma > 5 or k >= n:
        return None
    after = st.tokens[k]
    if after.text in COMMAS or after.text == ":" or st.is_comp(after) or st.is_prep(after):
        return k
    return None


def _time_then_comma(st: SentenceTokens, k: int) -> bool:
    """Does a time word (أمس، اليوم، a weekday) stand at ``k``, the comma that closes an apposition right after it?"""
    t, nxt = st.tok(k), st.tok(k + 1)
    return t is not None and st.is_time(t) and nxt is not None and nxt.text in COMMAS


def ba_verbal_noun(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` بـ with a verbal noun of a derived form, no word of a kind ("بتعزيز", "بالاستمرار"; not "بإدارة المرور",
    "بوزارة")?  After a title that is the verb's own بـ and its content, not the title's body."""
    rest = t.key[1:]
    return not st.kind(without_clitic(t)) and (definite_masdar(rest[len(DEFINITE):]) if rest.startswith(DEFINITE) else derived_masdar(rest))


def frame_ba(t: Token, verb: Verb | None) -> bool:
    """Is ``t`` a word with بـ attached that opens the content of a verb taking بـ ("رحب ... بسمو أمير المنطقة")?"""
    return verb is not None and BEH in verb.preps and t.is_word and len(t.key) > 2 and t.key[0] == BEH and not t.definite
