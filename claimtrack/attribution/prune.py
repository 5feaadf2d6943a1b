"""Nesting and content ends: drop cues inside another attribution's content, end each content at the
next top-level attribution or before the outlet's own comment (:mod:`.commentary` says where that begins)."""

from __future__ import annotations

from ..lexicon.morph import MIN, SUBJECT_PRONOUN_SUFFIXES, TEH, WAW
from .agreement import cue_gender_of
from .commentary import commentary_cut
from .context import SentenceContext
from .draft import Draft
from .names import masdar_opened
from .nounphrase import noun_phrase
from .quoted import guillemet_depth, open_quotation
from .tokens import COLON, COMMAS, QUOTE, SEMICOLON, SentenceTokens, Token
from .wordlists import rule_words

__all__ = ["prune"]

# At most this many tokens between a relative pronoun and a verb joined by و to its clause.
_RELATIVE_REACH = 16
# At most this many words in an aside between commas inside such a relative clause ("، اليومين الماضيين،").
_ASIDE_WORDS = 4
_CLAUSE_ENDS = frozenset({".", "!", "\u061f", "?", COLON, SEMICOLON, ";", QUOTE})  # ؟ ARABIC QUESTION MARK


def prune(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """Drop nested cues and set each content's end at the next top-level attribution."""
    st = ctx.st
    kept: list[Draft] = []
    for d in drafts:
        if _relative_coordinate(ctx, d) or guillemet_depth(ctx, d.cue_token) > 0:
            continue
        if kept:
            last = kept[-1]
            inside = last.content_start is not None and last.content_start <= d.cue[0] and (last.content_end is None or d.cue[0] < last.content_end)
            if inside and _fronted_according(ctx, last, d):
                # "وحسب وكالة "فرانس برس"، قالت "بوينج": إن ..." (sabq_7458ceeb3c): the marker before a clause with
                # its own speech verb says where the outlet had it from; the verb's attribution keeps it as via
                kept.pop()
                if last.source is not None:
                    d.via.insert(0, last.source)
                kept.append(d)
                continue
            if inside and (_inside_open_quotation(ctx, last, d) or not _top_level(ctx, d, last)):
                if d.kind == "according" and last.kind != "according" and _speaker_words(ctx, d):
                    last.via.append(d.source)  # type: ignore[arg-type]
                    last.content_end = st.tokens[d.cue_token - 1].start if d.cue_token > 0 else last.content_end
                elif d.kind == "according" and last.kind != "according" and _trailing_tag(ctx, d):
                    # "موضحا ... وجود اشتباه بحمل فيروس كورونا، بحسب ما ذكره له العاملين": the tag says where the
                    # speaker had it from; it is not part of what was said
                    last.content_end = st.tokens[d.cue_token - 1].start
                    if d.source is not None:
                        last.via.append(d.source)
                continue
        kept.append(d)
    for a, b in zip(kept, kept[1:]):
        if a.content_end is None and a.content_start is not None and b.cue[0] > a.content_start:
            a.content_end = _clause_boundary(ctx, b)
    for d in kept:
        if d.content_end is None:
            d.content_end = ctx.end
        d.content_end = commentary_cut(ctx, d)
    return [d for d in kept if d.content_start is not None and d.content_end is not None and d.content_end > d.content_start]


def _fronted_according(ctx: SentenceContext, last: Draft, d: Draft) -> bool:
    """Is ``last`` an according-to marker at the head of the clause whose content begins with the speech verb of
    ``d`` ("وحسب وكالة "فرانس برس"، قالت "بوينج": إن ...", "وبحسب «رويترز»، قال ...")?"""
    if last.kind != "according" or d.kind != "verb" or d.subject_first or d.cue[0] != last.content_start \
            or d.source is None or d.content_start is None:
        return False  # "وحسب مصادر أفغانية مطلعة، تحدثت لـ«الشرق الأوسط»، فإن ...": the sources' own description
    before = ctx.st.tok(d.cue_token - 1)
    return before is not None and before.text in COMMAS


def _inside_open_quotation(ctx: SentenceContext, last: Draft, d: Draft) -> bool:
    """Is ``d`` inside a quotation never closed that opens the content of ``last`` (quoted.open_quotation)?  A cue
    that opens a clause of its own (after a comma or a subordinator) shows the mark was stray: "وقال المرصد "فجر
    انتحاري نفسه ...، مشيراً إلى مقتل عنصرين ...، فيما أكد مسؤولان" (alriyadh_0722_854)."""
    if not open_quotation(ctx, last, d):
        return False
    st = ctx.st
    prev = st.tok(d.cue_token - 1)
    return prev is not None and prev.text not in COMMAS and "subordinator" not in st.roles(prev) \
        and not _subordinator_before(ctx, d.cue_token)


def _relative_coordinate(ctx: SentenceContext, d: Draft) -> bool:
    """Is the cue of ``d`` a verb joined by و to the verb of a relative clause, and so inside that clause
    ("حقيقة الصورة التي تداولتها مواقع التواصل، اليومين الماضيين، وزعمت أنها", "البلوي الذي اتصل بي واطمأن على
    الفريق وابدى دعمه", "تصريحا لرئيس النادي الذي أعلن عن تفاجئه ... وأكد أنه")?  A relative clause is no
    attribution, even when its head is the speaker.  The relative pronoun stands before the cue in the same
    clause (no complementizer, quotation mark, colon or full stop between; a comma only around a short aside)
    and agrees with the verb in gender."""
    st = ctx.st
    t = st.tokens[d.cue_token]
    if d.kind != "verb" or not (t.conj and t.bare != t.key and t.key[0] == WAW):
        return False
    nxt = st.tok(d.cue_token + 1)
    if nxt is not None and nxt.is_word and (st.definite(nxt) or st.kind(nxt) or "demonstrative" in st.roles(nxt)):
        return False  # "، وقالت هذه المقاومة إن", "واتهمت الحكومة": maybe a subject, a clause of its own
    k = d.cue_token - 1
    while k >= 0 and d.cue_token - k <= _RELATIVE_REACH:
        u = st.tokens[k]
        if u.text in _CLAUSE_ENDS or st.is_comp(u) or (u.is_word and st.roles(u) & {"subordinator", "commentary"}):
            return False
        if u.text in COMMAS:
            opening = next((c for c in range(k - 1, max(-1, k - 2 - _ASIDE_WORDS), -1) if st.tokens[c].text in COMMAS), None)
            if opening is None or opening == k - 1 or not all(w.is_word and not st.is_cue_word(w) for w in st.tokens[opening + 1 : k]):
                return False
            k = opening - 1  # "، اليومين الماضيين،": an aside inside the relative clause
            continue
        if u.is_word and "relative" in st.roles(u):
            verb = st.tok(k + 1)
            if verb is None or not verb.is_word or st.is_prep(verb) or st.is_comp(verb):
                return False
            gender = cue_gender_of(st, d)
            return gender is None or gender == ("f" if TEH in u.key else "m")
        k -= 1
    return False


def _trailing_tag(ctx: SentenceContext, d: Draft) -> bool:
    """Is the according-to phrase of ``d`` a tag after a comma that runs to the end of the sentence (",
    بحسب آخر إحصائيات لهيئة السياحة الماليزية.")?"""
    st = ctx.st
    prev = st.tok(d.cue_token - 1)
    if prev is None or prev.text not in COMMAS:
        return False
    rest = [t for t in st.tokens[d.cue_token :] if not (t.start >= ctx.end or t.text in (".", "!", "\u061f"))]
    return all(t.is_word or t.kind == "num" for t in rest)


def _speaker_words(ctx: SentenceContext, d: Draft) -> bool:
    """Does an according-to phrase name a speaker or document ("بحسب المصدر")?  "وفقا لإجراءات نظام نزع
    الملكية" ('according to the procedures') inside a content is part of what was said."""
    st = ctx.st
    if d.source_tokens is None:
        return bool(d.via)
    return any(st.kind(t) or st.is_name(t) for t in st.tokens[d.source_tokens[0] : d.source_tokens[1]])


def _top_level(ctx: SentenceContext, d: Draft, last: Draft) -> bool:
    """Does ``d`` start a clause of its own, even inside another attribution's content?"""
    st = ctx.st
    t = st.tokens[d.cue_token]
    if d.kind == "participle":
        # a participle governed by a preposition is a noun, not a circumstantial clause: "بالحرية في مطالبة
        # آبائهم" ('in asking') inside the content of "مضيفة أنه يجب ..."
        before = st.tok(d.cue_token - 1)
        return before is None or not st.is_prep(before)
    if d.kind == "masdar":
        prev = st.tok(d.cue_token - 1)
        return prev is not None and (prev.text in COMMAS or masdar_opened(st, d.cue_token))
    if d.kind == "according":
        # inside another attribution's content it becomes that one's via, unless its own conjunction opens
        # the next clause after a comma: "... وإن الإمدادات تصل عدن، وبحسب المعلومات، فإن المقاومة ..."
        prev = st.tok(d.cue_token - 1)
        own_clause = prev is not None and prev.text in COMMAS and t.key != d.verb.lemma.split()[0] \
            and d.content_start is not None and d.content_start > d.cue[1]
        return own_clause
    prev = st.tok(d.cue_token - 1)
    if t.conj and t.bare != t.key:
        return True
    if d.subject_first and d.source_tokens:
        before = st.tok(d.source_tokens[0] - 1)
        if before is not None and (before.text in COMMAS or st.roles(before) & {"subordinator", "kana"}
                                   or st.comp_after_subordinator(d.source_tokens[0] - 1)):
            return True  # "... غير أن منظمة نداء الإنسانية قالت إن ..."
    if prev is not None and prev.text in COMMAS and _complement_predicate(ctx, d.cue_token):
        return False
    if _after_fronted_adjunct(ctx, d):
        return True  # "... بكافة فئاتها، وعن معسكر الفريق بإسبانيا أوضح الشعيلان أن": a clause of its own
    if _reported_state_goes_on(ctx, d, last):
        return False  # "فيقول إنه يشعر ... بالارتباك، لكنه يتوقع الاستمرار في أبحاثه": still what he says
    if prev is not None and (prev.text in COMMAS or "subordinator" in st.roles(prev) or prev.key in rule_words().top_level_after
                             or _turn(prev)):
        return True
    if _opens_after_comma(st, d.cue_token - 1):
        return True  # "وعبر ... عن الفكرة ذاتها بأسلوب مختلف، إذ قال: «...»" (aawsat, 2015-07-21)
    return _subordinator_before(ctx, d.cue_token) > 0  # "، في حين أكد مسؤول أمني تركي أن"


def _turn(t: Token) -> bool:
    """Is ``t`` a turn to the next speaker (attribution_words.tsv top_level_turn: جهته، ناحيتها، بدوره), with or
    without its و?"""
    turns = rule_words().top_level_turn
    return t.is_word and (t.key in turns or t.bare in turns)


def _opens_after_comma(st: SentenceTokens, k: int) -> bool:
    """Is token ``k`` a word that, right after a comma, opens a clause of its own (attribution_words.tsv
    top_level_after_comma: "، إذ قال"، "، وهم يعتقدون أن"), with or without its و/ف?"""
    t, comma = st.tok(k), st.tok(k - 1)
    opens = rule_words().top_level_after_comma
    return t is not None and t.is_word and (t.key in opens or t.bare in opens) and comma is not None and comma.text in COMMAS


def _reported_state_goes_on(ctx: SentenceContext, d: Draft, last: Draft) -> bool:
    """Is ``d`` a present-tense cue whose subject is the pronoun on a subordinator before it ("لكنه يتوقع"), with
    no complementizer of its own, inside a content that a complementizer opened ("فيقول إنه يشعر ...، لكنه
    يتوقع"): it goes on with what the speaker says of himself.  After a nominal content ("ينفي الجيش وجود قواعد
    ... لكنه يؤكد وجود تنسيق") it is the journalist's next clause."""
    st = ctx.st
    opener = next((u for u in reversed(st.tokens) if u.end <= (last.content_start or 0)), None)
    if opener is None or not st.is_comp(opener):
        return False
    prev = st.tok(d.cue_token - 1)
    if prev is None or not prev.is_word or d.source is not None or not prev.key.endswith(SUBJECT_PRONOUN_SUFFIXES):
        return False
    if "subordinator" not in st.roles(prev) and not any(
            "subordinator" in st.g.role(prev.key[: -len(s)]) for s in SUBJECT_PRONOUN_SUFFIXES if prev.key.endswith(s)):
        return False
    forms = st.cue_forms(st.tokens[d.cue_token])
    return bool(forms) and all(f.form == "imperfect" for f in forms) and not st.is_comp(st.tok(d.cue_token + 1))


def _after_fronted_adjunct(ctx: SentenceContext, d: Draft) -> bool:
    """Does a verb with its own source after it follow an adjunct that و + a preposition opens right after a
    comma ("، وعن معسكر الفريق بإسبانيا أوضح الشعيلان أن")?  The و joins a new clause, not the content."""
    return _fronted_adjunct_start(ctx, d) is not None


def _fronted_adjunct_start(ctx: SentenceContext, d: Draft) -> int | None:
    """The token of و + preposition that opens such an adjunct before the verb of ``d``, or None."""
    st = ctx.st
    if d.kind != "verb" or d.source_tokens is None or d.subject_first or d.source_tokens[0] <= d.cue_token:
        return None
    for k in range(d.cue_token - 1, max(0, d.cue_token - _ASIDE_WORDS - 4), -1):
        t = st.tokens[k]
        if not t.is_word or st.is_cue_word(t):
            return None
        before = st.tok(k - 1)
        if t.conj and "preposition" in st.g.role(t.bare) and before is not None and before.text in COMMAS:
            return k
    return None


def _complement_predicate(ctx: SentenceContext, i: int) -> bool:
    """Is the verb at token ``i``, right after a comma, the predicate of a complementizer whose subject is the
    noun phrase before that comma ("ذكرت مصادر إعلامية أن وزارة العمل، وجهت مكاتب الاستقدام بوقف ...")?  Then it
    is said inside the other attribution's content, not a clause of its own."""
    st = ctx.st
    comma = i - 1
    for j in range(comma - 1, max(-1, comma - _ASIDE_WORDS - 4), -1):
        t = st.tokens[j]
        if st.is_comp(t):
            return j + 1 < comma and noun_phrase(st, j + 1) == comma
        if not t.is_word:
            return False
    return False


def _subordinator_before(ctx: SentenceContext, i: int) -> int:
    """Length of a multi-word subordinator ("في حين") that ends right before token ``i`` (0 if none)."""
    st = ctx.st
    return next((n for n in (2, 3) if i - n >= 0 and st.multi_role_at(i - n, "subordinator") == n), 0)


def _clause_boundary(ctx: SentenceContext, b: Draft) -> int:
    """Where the content before attribution ``b`` ends: before its connective or comma."""
    st = ctx.st
    k = b.cue_token
    adjunct = _fronted_adjunct_start(ctx, b)
    if adjunct is not None:
        k = adjunct  # "...، وعن معسكر الفريق بإسبانيا أوضح الشعيلان": the adjunct opens the next clause
    while k > 0:
        prev = st.tokens[k - 1]
        if prev.text in COMMAS or st.roles(prev) & {"subordinator", "qad", "masdar_intro"} or _opens_after_comma(st, k - 1):
            k -= 1
            continue
        if "kana" in st.roles(prev):
            k -= 1
            continue
        if _turn(prev):
            k -= 1  # "...، من ناحيتها نقلت صحيفة": the turn to the next speaker opens its clause
            if k > 0 and st.tokens[k - 1].key == MIN:
                k -= 1
            continue
        if _subordinator_before(ctx, k):
            k -= _subordinator_before(ctx, k)
            continue
        break
    if b.subject_first and b.source_tokens and b.source_tokens[0] < k and not b.shared_subject:
        # (a subject shared with the verb before it, "الأردن يدين ... ويحمل", stands before that verb's content)
        k = b.source_tokens[0]
        while k > 0:
            prev = st.tokens[k - 1]
            if "kana" in st.roles(prev) or prev.text in COMMAS or "subordinator" in st.roles(prev):
                k -= 1
            elif st.comp_after_subordinator(k - 1):
                k -= 2  # "، غير أن مصادر ... قالت"
            else:
                break
    return st.tokens[k].start if k < len(st.tokens) else ctx.end
