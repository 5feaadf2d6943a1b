"""A reporting verb: ``وقال الوزير في مؤتمر صحفي إن ...``, ``وكانت الوزارة ذكرت أن ...``, ``ونفى الجيش ذلك``.

Verb, then its source (after the verb, or written before it), adjuncts, then the content frame; a relaying
aside (``، نقلا عن مسؤولين،``) makes the relayed one the source and the verb's subject a relay.
"""

from __future__ import annotations

from ...lexicon.grammar import CueForm, Verb
from ...lexicon.morph import BEH, LAM, LAM_LAM, PRONOUN_SUFFIXES, SUBJECT_PRONOUN_SUFFIXES, derived_masdar
from ...geography import nisba_place
from ..content import clause_start, content_at, keywords
from ..context import SentenceContext
from ..draft import Draft
from ..name_tail import mention_run, name_tail
from ..names import called_on, listed_name_end, name_run
from ..nounphrase import ba_verbal_noun, noun_phrase
from ..objects import (addressee_end, coordinated_imperfect, disagreeing_object, headline_subject, her_object,
                       object_of_continuation, one_told, wire_agency)
from ..propositions import proposition, proposition_inside
from ..subject import (can_open_subject, carries_subject, has_source_word, issuer, medium_document, share_of,
                       subject_before)
from ..tokens import COLON, COMMAS, QUOTE, SentenceTokens, Token
from ..wordlists import broken_plurals, pattern, rule_words
from .mention_end import (aside_then_audience, content_follows, coordinated_tail, frame_word, longer_mention,
                          name_after_aside, own_preposition, past_relative, speaker_at)

__all__ = ["inner_speaker_speaks", "verb_draft"]

# Words in brackets used as quotation marks: at least, and at most this many tokens to the closing bracket.
_BRACKET_QUOTE_WORDS = 3
_BRACKET_QUOTE_LIMIT = 80
# At most this many tokens between "سبق" and the complementizer of "سبق لـ SOURCE أن CUE".
_HAD_BEFORE_WORDS = 10
_CLAUSE_ENDS = frozenset({".", "!", "\u061f", ":", "\u061b", ";"})  # ARABIC QUESTION MARK, ARABIC SEMICOLON
# At most this many name words after a mention the noun-phrase automaton closed early (name_tail.name_tail).
_NAME_WORDS = 4


def verb_draft(ctx: SentenceContext, i: int, form: CueForm) -> Draft | None:
    st, verb = ctx.st, form.verb
    t = st.tokens[i]
    before = st.tok(i - 1)
    if before is not None and before.kind == "num" and not t.conj:
        return None  # "87 طالبا": a counted noun after a number, not the verb طالبا
    words = keywords(ctx.g, verb)
    if words and not any(u.key in words or u.bare in words for u in st.tokens[i + 1:]):
        return None  # "قدمت "موبايلي" لعملائها خدمات": a verb that speaks only with its noun (قدم الشكر) needs it
    d = Draft(ctx.index, (t.start, t.end), i, verb)
    j = i + 1

    def follows(k: int) -> bool:
        return content_follows(ctx, k, verb)

    via: list[tuple[int, int]] = []
    relays: list[tuple[int, int]] = []
    after_cue = st.tok(j)
    if after_cue is not None and any(f.form == "participle" and (f.verb.lemma in rule_words().manner_verb or verb.stance == "add")
                                     for f in st.cue_forms(after_cue)):
        d.cue = (t.start, after_cue.end)  # "واستطرد قائلا", "وأردف مؤكدا أن": one cue
        j += 1
    prev = st.tok(i - 1)
    # "لكنه أكد", "إلا أنها أكدت اعتقادها أن": the attached pronoun is the subject
    pronoun_subject = prev is not None and ("subordinator" in st.roles(prev) or st.is_comp(prev)) \
        and prev.key.endswith(SUBJECT_PRONOUN_SUFFIXES)
    subject = None if pronoun_subject else subject_before(ctx, i)
    had_before = None if pronoun_subject or subject is not None else _had_before(st, i)
    if had_before is not None:
        subject = had_before  # "وسبق لصحيفة «أوستادو دي ساو باولو» البرازيلية الرياضية أن أشارت" (almadina_ad8143eb3a)
    if subject is not None and _fronted_adjunct(st, subject[0]) and (after := st.tok(i + 1)) is not None \
            and (after.is_word and can_open_subject(st, after) and not st.is_comp(after) and not st.is_prep(after)
                 or after.kind == "num" and share_of(ctx, i + 1, verb, follows) is not None):
        # "وفي الحفل الخطابي رحب وكيل إمارة المنطقة ...": a preposition after و/ف opens a fronted adjunct; the
        # subject follows the verb (okaz_529e683216)
        subject = None
    if subject is None and not pronoun_subject and ctx.headline:
        subject = headline_subject(st, i, form)  # "مصر تتسامى على خلافاتها مع أنقرة وتدين حادث سروج"
        d.shared_subject = subject is not None
    skipped = ctx.skip(j, verb, relays=True)
    via.extend(skipped.via)
    relays.extend(skipped.relays)
    j = skipped.end
    nxt = st.tok(j)
    anaphor = None
    if nxt is not None and nxt.is_word and len(nxt.key) > 2 and nxt.key[0] == BEH and BEH in verb.preps \
            and "demonstrative" in st.roles_of_key(nxt.key[1:]):
        anaphor = nxt  # "صرح بذلك وكيل الوزارة": the object before the subject, the content is ذلك
        j += 1
        nxt = st.tok(j)
    elif nxt is not None and nxt.is_word and nxt.key in rule_words().object_demonstrative \
            and ((past := ctx.skip(j + 1, verb)).end == j + 1 and speaker_at(st, j + 1)
                 or past.end > j + 1 and (speaker_at(st, past.end)
                                        or (u := st.tok(past.end)) is not None and st.kind(u) == "person")):
        # "أوضح ذلك الأستاذ عبدالرحمن المحنا": the same, with no preposition; the paper spoken to may come before
        # the speaker, and then ذلك can be no demonstrative on him ("أوضح ذلك لـ "اليوم" الباحث في بحيرة الأصفر
        # عبدالله العلي", alyaum_fd3a750198)
        anaphor = nxt
        j = past.end
        nxt = st.tok(j)
    explicit = None
    if nxt is not None and nxt.is_word and "anaphor_noun" in st.roles(nxt) and st.is_comp(st.tok(j + 1)) \
            and subject is None and not pronoun_subject and not carries_subject(t, form):
        explicit = (j, j + 1)  # "وتفيد المعلومات بأن": the news noun is the subject, not the object
        j += 1
    if subject is None and not pronoun_subject and explicit is None and nxt is not None and nxt.kind == "num" \
            and (share := share_of(ctx, j, verb, follows)) is not None:
        # "وفي المجمل قال 17% من المشاركين في الاستطلاع إنهم" (3alyoum_ad9af19736): a share of a group speaks
        explicit = (j, share)
        skipped = ctx.skip(share, verb, relays=True)
        via.extend(skipped.via)
        relays.extend(skipped.relays)
        j = skipped.end
    if subject is None and not pronoun_subject and nxt is not None and nxt.is_word and (not st.is_comp(nxt) or listed_name_end(st, j) > j) \
            and not st.is_prep(nxt) and not ({"demonstrative", "anaphor_noun"} & st.roles(nxt)) \
            and nxt.key not in words and nxt.bare not in words \
            and not carries_subject(t, form) and can_open_subject(st, nxt) and not _own_preposition_attached(st, nxt, verb) \
            and nxt.i not in st.accusative and not disagreeing_object(st, t, form, nxt) \
            and not her_object(st, t, form, nxt) and not coordinated_imperfect(st, t, form, nxt) \
            and not (form.object and j == i + 1):
        # (a verb with its object pronoun has its frame right after it: "واتهمته بدعم", no subject there)
        # "صرّح بذلك المتحدث الرسمي للدفاع المدني بمنطقة الرياض": the verb's بـ is spent on the object before
        # the subject, so a بـ word inside the mention is no content (aljazirah_fb6bfbc95f)
        spent = anaphor is not None and anaphor.key[0] == BEH
        end = own_preposition(ctx, j, noun_phrase(st, j, None if spent else verb), verb)
        end = longer_mention(ctx, j, end, verb)
        end = coordinated_tail(ctx, j, end)
        if end > j and _object_first(ctx, j, end, verb):
            end = j  # "كما أعلن انعقاد جلسة استثنائية للحكومة": the verbal noun is what he announced
            # its subject dropped after a conjunction or a subordinator ("كما أعلن", "وأعلن"): the nominal frame holds
            d.object_first = t.conj or prev is not None and prev.is_word and "subordinator" in st.roles(prev)
        if end > j:
            # a name after the title runs up to the content, and no further than the verb's keyword noun
            # ("قدم رئيس نادي الهلال الأمير عبدالرحمن بن مساعد شكره")
            limit = next((k - end for k in range(end, min(end + _NAME_WORDS, len(st.tokens)))
                          if st.tokens[k].key in words), _NAME_WORDS)
            tail = name_tail(st, j, end, limit, follows=lambda k: content_follows(ctx, k, verb), verb=None if spent else verb)
            end = proposition_inside(st, j, tail, verb)
            explicit = (j, end)
            issued_by, after_issuer, document = issuer(ctx, (j, end))
            if document is not None:
                via.append(document)
                explicit, end = issued_by, after_issuer
            if verb.lemma in rule_words().object_before_ba and BEH in verb.preps:
                after = st.tok(end)
                if after is not None and after.is_word and after.key.startswith(BEH) and not has_source_word(ctx, j, end):
                    explicit = None  # "اتهم روسيا بإرسال": one noun phrase before بـ is the object
            if explicit and verb.lemma in rule_words().tells_whom and (told := one_told(st, j, end)) < end:
                explicit = (j, told)  # "وأبلغ المسؤول رويترز أن": the one told is no part of the speaker
            if explicit and object_of_continuation(ctx, i, form, end):
                # "شككت أصوات بسياسة أنقرة ...، واتهمت الحكومة بأنها" (aawsat_0722_54, alriyadh_0722_693), "وشددت
                # مديرية الدفاع المدني على ...، وحذرت سكان العمائر وملاكها من خطورة" (aljazirah_fb6bfbc95f): after
                # the speaker of the same sentence, the noun phrase before the verb's preposition is its object
                explicit = None
                if verb.stance != "accuse":
                    j = end  # what was warned of or asked for follows the preposition; the ones addressed are no content
            if explicit:
                skipped = ctx.skip(end, verb, relays=True)
                via.extend(skipped.via)
                relays.extend(skipped.relays)
                j = past_relative(ctx, skipped.end)
                if not (skipped.via or skipped.relays) and (named := name_after_aside(ctx, explicit[0], end, verb)):
                    explicit, j = (explicit[0], named[0]), named[1]  # a title, an aside on what it names, the name
                elif (aside := aside_then_audience(ctx, explicit[0], j, verb)) is not None:
                    # an aside on the source, then the one it spoke to: the mention runs on over it (and over what
                    # was skipped before it when the name follows: "الصحافي الكردي ...، دياري محمد، لـ«الشرق الأوسط»:")
                    if aside[0] > j and (j == end or not (skipped.via or skipped.relays)
                                         and any(st.tokens[m - 1].text in COMMAS and name_run(st, m)
                                                 for m in range(j + 1, aside[0]))):
                        explicit = (explicit[0], aside[0])
                    elif explicit[0] < aside[0] < explicit[1]:
                        explicit = (explicit[0], aside[0])  # "شومر للصحافيين وهو يغادر": the one spoken to is no mention
                    j = aside[1]
    elif subject is None and not pronoun_subject and explicit is None and nxt is not None and nxt.is_word \
            and "demonstrative" in st.roles(nxt) and not carries_subject(t, form) \
            and (head := st.tok(j + 1)) is not None and head.is_word and head.definite and not st.is_time(head) \
            and not st.is_prep(st.tok(j - 1)):
        # "وترى تلك المصادر أن", "وقالت هذه المقاومة إن": a demonstrative before a definite noun is the subject
        # when the content follows it; it points back to the speaker named before, so the source is carried
        # over; "وقالت هذه المصادر، نقلا عن أحد الأسرى، إن": it is the relay of the one it quotes
        end = noun_phrase(st, j + 1, verb)
        skipped = ctx.skip(end, verb, relays=True)
        if end > j + 1 and (skipped.relays or content_follows(ctx, skipped.end, verb)):
            if skipped.relays:
                explicit = (j, end)
            via.extend(skipped.via)
            relays.extend(skipped.relays)
            j = skipped.end
    elif subject is None and not pronoun_subject and nxt is not None and nxt.text == QUOTE and not st.quote_end(j, 3) is None:
        end = noun_phrase(st, j, verb)
        after_name = st.tok(ctx.skip(end, verb).end)
        # (a colon, too: "قالت "بوينج": إن القطعة المعدنية ...", sabq_7458ceeb3c)
        first = st.tok(j + 1)
        # (or the verb's own preposition written apart: "وأعرب «الثبيتي» عن شكره", "وعبَّر «الثبيتي» عن شكره")
        if end > j and (st.is_comp(after_name) or after_name is not None and after_name.text == COLON
                        and first is not None and first.is_word and first.key not in st.g.stopwords
                        or after_name is not None and st.is_preposition_word(after_name) and after_name.key in verb.preps):
            explicit = (j, end)
            skipped = ctx.skip(end, verb)
            via.extend(skipped.via)
            j = skipped.end
    source = explicit or subject
    d.subject_first = source is not None and source is subject
    if relays and source is not None:
        # "وذكرت صحيفة X، نقلا عن مسؤولين، أن ...": the source is the one relayed, X is the relay.
        via.insert(0, source)
        via.extend(relays[:-1])
        source = relays[-1]
        d.subject_first = False
    if source:
        d.source_tokens = source
        d.source = ctx.span(*source)
        if source is had_before:
            d.source = (d.source[0] + 1, d.source[1])  # without the ل of "سبق لـ"
        ctx.subjects.append((i, source))
    after_source = st.tok(j)
    if after_source is not None and "gesture" in st.roles(after_source):
        return None  # "وأشار الحكم بيده إلى": a gesture, not speech
    if explicit and after_source is not None and after_source.text in COMMAS \
            and (verb.frame == "any" or verb.frame == "nominal" and proposition(st, j + 1, verb)):
        j += 1  # "نفى المهندس فراس العدوان، رئيس الاتحاد، ما تردد عن ...", "كشف الجهاز في تقرير أمس، ارتفاع ..."
    elif explicit and after_source is not None and after_source.text in COMMAS and frame_word(ctx, j + 1, verb):
        j += 1  # "وجه وزير الشؤون الإسلامية ... آل الشيخ، بتوزيع": a comma before the verb's preposition
    elif explicit and after_source is not None and after_source.text in COMMAS and verb.stance == "appeal" \
            and (addressed := addressee_end(ctx, j + 1, verb)) is not None:
        # "طالبت وزارة الخارجية الفلسطينية، العالمين العربي والإسلامي بالتحرك العاجل" (3alyoum_8ee3457cb9), "دعت
        # الأمانة العامة لجامعة الدول العربية، منظمات المجتمع المدني ... إلى تشكيل" (alyaum_db2f506ef7): a comma,
        # the ones appealed to, then what was asked after the verb's preposition
        j = addressed
    elif explicit and after_source is not None and verb.stance == "appeal" and called_on(st, after_source) \
            and not _people_plural(st, st.tokens[explicit[0]]) \
            and (addressed := addressee_end(ctx, j, verb)) is not None:
        # "ودعا ... العقيد محمد عبدالرحيم العاصمي المواطنين والمقيمين بالمنطقة إلى الابتعاد": no comma, the ones called
        # on after an official or a body (not after people themselves: "دعا فيه الأطباء اليمنيين المتخصصين ... إلى")
        j = addressed
    if source is None:
        d.subject_hint = ctx.clause_subject(i)
        if d.subject_hint is None and nxt is not None and nxt.key[:1] == BEH and _own_preposition_attached(st, nxt, verb) \
                and any(u.is_word and not st.roles(u) for u in st.tokens[:i]):
            # "ويريد عباس حسم ...؛ إذ تعهد في اجتماع مغلق ... بتفجير مفاجأة" (aawsat 2015-07-31): its own بـ with no
            # subject after a clause whose subject no cue took; the speaker carried over would be the wrong one
            return None
        if j > d.cue_token + 2 and st.is_prep(st.tokens[d.cue_token + 1]) \
                and st.adjunct_kind(st.tokens[d.cue_token + 2]) == "medium":
            # "وبين في خطبة الجمعة التي ألقاها امس في المسجد الحرام أن" (real_fresh6 aljazirah_a127b6b6ba): a
            # relative clause on the occasion it was said at (adjuncts.tsv, medium), up to the content
            j = past_relative(ctx, j)
    if anaphor is not None and source is not None:
        d.content_start, d.content_end = anaphor.start + (anaphor.key[0] == BEH), anaphor.end
        d.anaphoric = True
    elif (clause := _clause_before_final_as(ctx, d, i, j)) is not None:
        d.content_start, d.content_end = clause  # "...، كما يقول التقرير."
    elif explicit is None and (bracket := _bracket_quote(ctx, j, verb)) is not None:
        d.content_start, d.content_end = bracket  # "حيث يقول (نبي نتزوج، ومرتب شهري محترم ...)"
    elif not content_at(ctx, j, verb, d):
        mention = explicit if explicit is not None and source is explicit and j == explicit[1] else None
        run = mention_run(ctx.st, j) if mention is not None else None
        if mention is None or run is None or not any(st.kind(u) or st.is_name(u) or u.is_word and nisba_place(u.key)
                                                     for u in st.tokens[mention[0] : run[0]]) \
                or not content_at(ctx, run[1], verb, d):
            return None
        # "أعلن الأمين العام المنظمة الدول المصدرة للنفط (اوبك) عبد الله البدري أن" (alriyadh_2a205e102e), "أقر
        # البريطاني لويس هاميلتون بطل العالم في سباقات فورمولا 1 للسيارات، بأنه" (okaz_893f115ec9): the noun phrase
        # closed early, and the rest of the mention runs on to the complementizer
        source = explicit = (mention[0], run[0])
        ctx.subjects[-1] = (i, source)
        d.source_tokens = source
        d.source = ctx.span(*source)
    if verb.preps and "preposition" in st.g.role(t.bare) and not _opened_by_own_preposition(st, d):
        # "وقال احد السكان ... عبر الهاتف "..."" (alriyadh_b16a71e87c), "وقال "القوس" عبر حسابه في موقع التواصل
        # الاجتماعي "تويتر": "..."" (sabq_6b390583dc): a verb spelled like a preposition (عبر) speaks only through
        # its own preposition ("وعبر الوزير عن أمله")
        return None
    d.via = [ctx.span(a, b) for a, b in via]
    d.medium_document = medium_document(ctx, i + 1, j)
    if source is not None and not d.subject_first and verb.stance == "neutral" and d.content_start is not None \
            and wire_agency(st, source):
        # "وذكرت وكالة أنباء البحرين أن مملكة البحرين تشدد على أن ...": the agency passes on what the one it names
        # says; the inner verb is the attribution
        k = next((n for n, u in enumerate(st.tokens) if u.start >= d.content_start), len(st.tokens))
        if st.is_comp(st.tok(k - 1)) and inner_speaker_speaks(st, k):
            return None
    return d


def _had_before(st: SentenceTokens, i: int) -> tuple[int, int] | None:
    """The one who "had before" done what the verb at ``i`` says: "سبق لـ SOURCE أن CUE" (construction_patterns.tsv,
    had-before; "وسبق لوسائل إعلام إسبانية أن ذكرت أن"), the tokens from the word with the ل to the complementizer,
    a noun phrase with no comma or cue in it; not a pronoun ("سبق لها أن أعلنت": the subject was dropped)."""
    had, _source, comp, _cue = pattern("had-before").elements
    if i < 3 or not st.tokens[i - 1].is_word or st.tokens[i - 1].key not in comp.words:
        return None
    for k in range(i - 3, max(-1, i - 3 - _HAD_BEFORE_WORDS), -1):
        t = st.tokens[k]
        if t.text in COMMAS or t.text in _CLAUSE_ENDS or t.is_word and st.is_cue_word(t):
            return None
        if t.is_word and t.bare in had.words:
            first = st.tokens[k + 1]
            if not first.is_word or first.key[0] != LAM or len(first.key) < 4 or first.key[1:] in PRONOUN_SUFFIXES:
                return None
            return k + 1, i - 1
    return None


def _opened_by_own_preposition(st: SentenceTokens, d: Draft) -> bool:
    """Does the content of ``d`` follow one of its verb's prepositions, written apart ("عن أمله")?"""
    k = next((n for n, u in enumerate(st.tokens) if u.start >= (d.content_start or 0)), len(st.tokens))
    before = st.tok(k - 1)
    return before is not None and before.is_word and before.key in d.verb.preps


def inner_speaker_speaks(st: SentenceTokens, k: int) -> bool:
    """Does the content at token ``k`` open with a subject and its own reporting verb ("... أن داود أوغلو تحدث
    لصحافيين عن", "... أن مملكة البحرين تشدد على أن")?  Then that verb is the cue, and the one who relayed it no
    speaker of it."""
    after_subject = st.tok(noun_phrase(st, k)) if k < len(st.tokens) else None
    return after_subject is not None and after_subject.is_word \
        and st.speech_verb(after_subject)


def _fronted_adjunct(st: SentenceTokens, k: int) -> bool:
    """Does token ``k`` join a preposition to a conjunction ("وفي", "وعن"): a fronted adjunct, no subject?"""
    t = st.tokens[k]
    return t.is_word and t.conj and "preposition" in st.g.role(t.bare) and not st.written_name(t)


def _own_preposition_attached(st: SentenceTokens, t: Token, verb: Verb) -> bool:
    """Does ``t`` carry the verb's own attached ل before an indefinite word ("يدعو لتطوير برامج", "ودعا لعدم
    تعطيل"), or its own ب before a verbal noun ("ووعد بتعزيز الإجراءات الأمنية", alriyadh_0722_693): the content,
    not the subject?  Not a name or a source word ("لطفي", "بدر").  Not the ب of a directive, an appeal or a
    warning: with no subject of its own, its speaker is seldom the one the narration names last ("ووجه بتكثيف أعمال
    القطع" after a minister's tour, "وهدد بتمزيق أوصال منطقة اليورو" of a crisis; SaudiNewsNet 2015-08-01)."""
    first = t.key[0]
    if len(t.key) <= 3 or first not in (BEH, LAM) or first not in verb.preps or st.is_name(t) or st.kind(t):
        return False
    if first == BEH:
        return verb.stance not in _NO_SUBJECT_BA and ba_verbal_noun(st, t)
    return not st.definite(t) and not t.key.startswith(LAM_LAM)


_NO_SUBJECT_BA = frozenset({"appeal", "neutral", "warn"})  # stances whose بـ after no subject stays unread (above)


def _object_first(ctx: SentenceContext, j: int, end: int, verb: Verb) -> bool:
    """Is the noun phrase ``j``..``end`` right after the verb its object, a state of affairs, with the subject
    dropped ("كما أعلن انعقاد جلسة استثنائية", "واعتبرت اتهامه لها بدعم الإرهاب")?  A verbal noun stating a
    proposition (content.proposition; after an announcing verb, too, a derived one with a genitive) that is no
    source word ("وكشف تقرير صادر عن"), with no other proposition inside it, and no content of the verb's own
    after it ("وأكد استطلاع الرأي أن": then the verbal noun is the subject)."""
    st = ctx.st
    t, nxt = st.tokens[j], st.tok(j + 1)
    if verb.frame == "complement" or t.definite or st.kind(t) or st.is_name(t):
        return False
    if not proposition(st, j, verb) and not (derived_masdar(t.key) and nxt is not None and nxt.is_word
                                             and not st.is_prep(nxt) and not st.is_comp(nxt)):
        return False  # after an announcing verb, too, a verbal noun with a genitive: "أعلن انعقاد جلسة"
    if proposition_inside(st, j, end, verb) < end and t.key not in rule_words().proposition_head:
        # "وأعلن ايمار اعتزاله كرة القدم": a name that looks like a verbal noun, then its content; a listed
        # proposition noun governs the verbal noun after it ("كما أكدت ضرورة تفعيل اتفاقية الدفاع", alwatan_0697376184)
        return False
    return not content_follows(ctx, end, verb)


def _clause_before_final_as(ctx: SentenceContext, d: Draft, i: int, j: int) -> tuple[int, int] | None:
    """The clause before "، كما يقول التقرير." at the end of the sentence: the cue and its source close the sentence
    after what they attribute (between commas, content.py reads "، كما قالت X، ..." the same way)."""
    st = ctx.st
    as_word, comma = st.tok(i - 1), st.tok(i - 2)
    if as_word is None or as_word.key not in rule_words().top_level_after or comma is None or comma.text not in COMMAS \
            or d.source_tokens is None or d.source_tokens[0] < i:
        return None
    end = st.tok(j)
    if end is not None and not (end.text in (".", "!", "\u061f") and j == len(st.tokens) - 1):
        return None
    start = clause_start(ctx, i - 2)
    if start is None:
        return None
    return st.tokens[start].start, comma.start


def _bracket_quote(ctx: SentenceContext, j: int, verb: Verb) -> tuple[int, int] | None:
    """The span of words in brackets used as quotation marks right after a speech verb with no source after it
    ("حيث يقول (نبي نتزوج، ومرتب شهري محترم ...)"; not "وقال محللون في وحدة (شيبن نيو لاين) ... إنه"): at least ``_BRACKET_QUOTE_WORDS`` words, and no complementizer after the closing
    bracket (then the bracket names the speaker: "وقال (أبو محمد) إن")."""
    st = ctx.st
    t = st.tok(j)
    if t is None or t.text != "(" or verb.frame != "any":
        return None
    close = next((k for k in range(j + 1, min(len(st.tokens), j + _BRACKET_QUOTE_LIMIT)) if st.tokens[k].text == ")"), None)
    if close is None or sum(1 for u in st.tokens[j + 1 : close] if u.is_word) < _BRACKET_QUOTE_WORDS \
            or st.is_comp(st.tok(close + 1)):
        return None
    return t.start, st.tokens[close].end


def _people_plural(st: SentenceTokens, t: Token) -> bool:
    """Is the head of a source people in the plural (الأطباء، المواطنون، السكان), whom an appeal's addressees may
    follow as their description ("الأطباء اليمنيين المتخصصين")?"""
    return called_on(st, t) or t.unprefixed in broken_plurals() or st.kind(t) == "collective"
