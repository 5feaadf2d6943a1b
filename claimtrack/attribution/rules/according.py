"""According-to phrases: ``وفقا لبيان ...، فإن ...`` before the clause, ``...، بحسب المصدر`` after it,
``(بحسب الجهاز المركزي ...)`` in parentheses, ``وشكلت الحكومة، وفق كرحوت، لجانا`` inside a clause that has
no speech verb of its own.  Inside a clause with its own speech verb they are asides (``via``)."""

from __future__ import annotations

from ...lexicon.grammar import Verb
from ...lexicon.morph import ALEF, BEH, FEH, LAM, LAM_LAM, MA, PRONOUN_SUFFIXES, without_article
from ..content import clause_start
from ..context import SentenceContext
from ..draft import Draft
from ..name_tail import name_tail
from ..nounphrase import noun_phrase
from ..subject import issuer
from ..tokens import COLON, COMMAS, QUOTE, VERB_FORMS, SentenceTokens, Token
from ..wordlists import rule_words

__all__ = ["according_drafts"]

SEMICOLONS = frozenset({"\u061b", ";"})  # ARABIC SEMICOLON, SEMICOLON
_CLAUSE_ENDS = frozenset({".", "!", "?", "\u061f"})  # ARABIC QUESTION MARK
_RELATIVE_REACH = 10  # tokens a relative clause on the source may run before the clause it qualifies


def according_drafts(ctx: SentenceContext) -> list[Draft]:
    st = ctx.st
    drafts = []
    for i in st.marker_starts():  # no marker starts elsewhere
        marker = st.according_at(i)
        if not marker or i in ctx.asides and i > 0 \
                and st.speech_verb(st.tokens[i - 1]):
            continue  # (right after a verb, its via: "وأضاف وفقاً لوكالة الأنباء الألمانية، أن", adjuncts.skip_adjuncts)
        np_start, prefix, marker_words = marker
        if not prefix and marker_words[-1].endswith(MA):
            np_start = _past_verb(st, np_start)  # "حسبما أفادت مصادر", "وفقا لما ذكره متحدث"
        end = _source_end(st, np_start)
        if end <= np_start:
            continue
        prev = st.tok(i - 1)
        t = st.tokens[i]
        cue_end = st.tokens[np_start].start + prefix if prefix else st.tokens[i + len(marker_words) - 1].end
        verb = Verb(" ".join(marker_words), "according", "complement", (), 0)
        d = Draft(ctx.index, (t.start, cue_end), i, verb, kind="according")
        if _rule_followed(st, np_start, prefix):
            continue  # "وفقًا لأحكام اتفاقية فيينا" (aljazirah_57c20c384b): a rule followed, nobody who said it
        src, end, doc = issuer(ctx, (np_start, end))
        if doc is not None:
            d.via.append((st.tokens[np_start].start + prefix, st.tokens[doc[1] - 1].end))
            prefix = 0
        _set_source(ctx, d, src, prefix)
        after = st.tok(end)
        opens = _opens_clause(st, i, marker_words)
        if prev is not None and prev.text == "(":
            # "... خلال أغسطس (بحسب الجهاز المركزي للتعبئة العامة والإحصاء)."
            start = clause_start(ctx, i)
            close = next((k for k in range(np_start, min(len(st.tokens), np_start + 12)) if st.tokens[k].text == ")"), None)
            if start is None or close is None or d.source is None:
                continue
            d.source = (d.source[0], st.tokens[close - 1].end)
            d.source_tokens = (src[0], close)
            d.content_start, d.content_end = st.tokens[start].start, prev.start
        elif prev is not None and prev.text in COMMAS and after is not None and after.text in COMMAS:
            # Between commas: "، وبحسب المعلومات، فإن" opens the next clause (its conjunction says so);
            # "وشكلت الحكومة، وفق كرحوت، لجانا" qualifies its clause; "وقال الوزير، حسب البيان، إن" is the
            # verb's aside.
            if t.key != marker_words[0] and st.is_comp(st.tok(end + 1)):
                if not _content_after(ctx, d, i, end + 1):
                    continue
            elif not _inside_clause(ctx, d, i, end, name_like=True):
                continue
        elif prev is not None and prev.text in COMMAS and t.key != marker_words[0] and st.is_comp(after):
            # "...، وبحسب معطيات منظمة السياحة العالمية فإن تركيا هي سادس دولة" (aleqtisadiya_65193ff775): the
            # conjunction opens a clause of its own, and what the source says follows the complementizer
            if not _content_after(ctx, d, i, end):
                continue
        elif prev is not None and (prev.text in SEMICOLONS or prev.text in COMMAS):
            # After the content: "..., وفقا لبيان "أفريكوم"", "...؛ وفقا لما ذكره متحدث".
            start = clause_start(ctx, i)
            if start is None:
                continue
            d.content_start = st.tokens[start].start
            d.content_end = prev.start
        elif opens:
            if not _content_after(ctx, d, i, end):
                continue
        elif st.is_comp(st.tok(ctx.skip(end, None).end)):
            # "وجاء على لسان رئيس البعثة أن ...": the complementizer says what the phrase attributes
            if not _content_after(ctx, d, i, end):
                continue
        elif _closes_clause(st, end):
            # At the end of the clause it qualifies, with no comma before it: "وشهدت نموًا عن العام الماضي وفقًا
            # للعاملين في مجال الفنادق الذين ..." (aawsat_18343db02e), "...، وذلك حسبما أعلنت رابطة الجمعيات
            # الزراعية في البلاد." (aawsat_922b0c2ff5)
            span = _clause_before(ctx, i)
            if span is None or d.source_tokens is None or not (
                    _speaker_like(st, *d.source_tokens)
                    or any(_without_lam_speaks(st, u) for u in st.tokens[d.source_tokens[0] : d.source_tokens[1]])):
                continue  # "توزيعها وفق احتياج كل مدرسة", "حسب فئة الموزع": no speaker
            d.content_start, d.content_end = span
        elif not _inside_clause(ctx, d, i, end):
            continue
        if d.source_tokens is not None and not _could_speak(st, *d.source_tokens):
            continue  # "حسب الحاجة", "(وفق الظرف الفني والاجتماعي)", "وبحسب الاتفاق بين الناديين": not a speaker
        drafts.append(d)
    return drafts


def _rule_followed(st: SentenceTokens, k: int, prefix: int) -> bool:
    """Does the phrase after the marker open with a rule, law or instruction (attribution_words.tsv, rule_noun:
    "أحكام", "نظام", "المادة"), after the marker's attached ل and the article?"""
    t = st.tokens[k]
    if not t.is_word:
        return False
    word = t.key[prefix:]
    forms = {word, without_article(word)}
    if prefix and t.key[prefix - 1 : prefix + 1] == LAM_LAM:  # "وفقا للنظام": the marker's ل took the article's alef
        forms.add(word[1:])
    return not forms.isdisjoint(rule_words().rule_noun)


def _set_source(ctx: SentenceContext, d: Draft, src: tuple[int, int], prefix: int) -> None:
    """The source mention; a noun with a pronoun ("حسب تصورهما") names only what was said: the speaker is
    the one the pronoun points back to, and the noun is a relay."""
    st = ctx.st
    span = (st.tokens[src[0]].start + prefix, st.tokens[src[1] - 1].end)
    first = st.tokens[src[0]]
    if src[1] - src[0] == 1 and _possessed(st, first):
        d.via.append(span)
        d.source, d.source_tokens = None, None
        return
    d.source, d.source_tokens = span, src


def _possessed(st: SentenceTokens, t: Token) -> bool:
    """A noun with an attached pronoun ("تصورهما", "تقريرها") that is not itself a source word."""
    return t.is_word and not st.kind(t) and not st.is_name(t) and not t.definite \
        and any(t.key.endswith(s) and len(t.key) - len(s) >= 3 for s in PRONOUN_SUFFIXES if len(s) >= 2)


def _past_verb(st: SentenceTokens, k: int) -> int:
    """After "حسبما"/"وفقا لما": skip the verb of the relative ("أفادت", "ذكره") and a "له" after it."""
    t = st.tok(k)
    if t is None or not t.is_word:
        return k
    stems = [t.key] + [t.key[: -len(s)] for s in PRONOUN_SUFFIXES if t.key.endswith(s) and len(t.key) - len(s) >= 3]
    if not any(f.form in VERB_FORMS for stem in stems for f in st.g.cue_forms(stem, stem)):
        return k
    k += 1
    nxt = st.tok(k)
    if nxt is not None and nxt.is_word and ((st.is_prep(nxt) and "preposition" not in st.g.role(nxt.key))
                                            or (nxt.key[0] in (BEH, LAM) and nxt.key[1:] in PRONOUN_SUFFIXES)):
        k += 1  # "بحسب ما ذكره له العاملون", "وفق ما أفادت به مصادر": the one told, the preposition of the verb
    while (u := st.tok(k)) is not None and u.is_word and st.is_time(u):
        k += 1  # "حسبما أعلن أمس النائب العام": a time word between the verb and its subject
    return k


def _source_end(st: SentenceTokens, k: int) -> int:
    """End of the source after the marker: a noun phrase, an agency in parentheses ("(واس)"), or a noun
    that elsewhere points back to news ("بحسب المعلومات")."""
    t = st.tok(k)
    if t is None:
        return k
    if t.text == "(":
        close = next((j for j in range(k + 1, min(len(st.tokens), k + 6)) if st.tokens[j].text == ")"), None)
        if close is not None and close > k + 1 and all(u.is_word for u in st.tokens[k + 1 : close]):
            return close + 1
        return k
    if _possessed(st, t):
        return k + 1  # "حسب تصورهما": the noun and its pronoun, nothing after
    end = noun_phrase(st, k)
    if end <= k and t.is_word and "anaphor_noun" in st.roles(t):
        return k + 1
    if end > k and any(st.kind(u) in ("official", "person") for u in st.tokens[k:end]):
        # "وبحسب المتحدث الرسمي للإمارة الوكيل المساعد للتطوير والتقنية علي بن موسى زعلة، اطلع": the name after
        # a long title, up to the comma that ends the according-to phrase
        end = name_tail(st, k, end, follows=lambda m: (c := st.tok(m)) is not None and c.text in COMMAS)
    return end


def _opens_clause(st: SentenceTokens, i: int, marker_words: tuple[str, ...]) -> bool:
    """Does the marker open its clause ("وبحسب ...", "، ووفقا ل...", "ولكن وفقا ل...")?  Not in "يأتي وفق
    تقاليد ...", "توزيعها وفق احتياج كل مدرسة": there the phrase qualifies a word of the clause."""
    t = st.tokens[i]
    prev = st.tok(i - 1)
    if prev is None or prev.text in COMMAS or prev.text in SEMICOLONS or prev.text in _CLAUSE_ENDS or prev.text == COLON:
        return True
    if t.key != marker_words[0]:
        return True  # "وبحسب", "ووفقا": the conjunction opens a clause
    words = rule_words()
    return prev.is_word and ("subordinator" in st.roles(prev) or prev.key in words.clause_opener
                             or prev.bare in words.clause_opener)


def _speaker_like(st: SentenceTokens, a: int, b: int) -> bool:
    """Does the source name someone who could say something: a source word (وكالة، تقرير، مصادر), a known
    name, a quoted or bracketed name?  Not "حسب فئة الموزع", "وفق صلاحيات مديري التعليم"."""
    toks = st.tokens[a:b]
    return any(u.text in (QUOTE, "(") or (u.is_word and (st.kind(u) or st.is_name(u))) for u in toks)


def _could_speak(st: SentenceTokens, a: int, b: int) -> bool:
    """Can the source after the marker speak?  Not a definite noun that is no source word, with none in its
    phrase either: "حسب الحاجة" (as needed), "(وفق الظرف الفني والاجتماعي)", "وبحسب الاتفاق بين الناديين".  A
    word behind an attached ل counts ("ووفقاً للأهالي", "وفقا للخزرجي"), and an indefinite head is taken for a
    name or an evidential noun ("وفق كرحوت", "وفقا لتقديرات رسمية")."""
    first = st.tokens[a]
    if _speaker_like(st, a, b) or any(_without_lam_speaks(st, u) for u in st.tokens[a:b]):
        return True
    # (nor a function word: "وفق ماذا سيقدم لتعزيز موقع جامعته", aleqtisadiya_0e99be081e: by what he will offer)
    return first.is_word and not st.definite(first) and not st.roles(first) \
        and (first.key not in st.g.stopwords and first.bare not in st.g.stopwords or first.unprefixed in rule_words().partitive)


def _without_lam_speaks(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` a source word or a name behind an attached ل ("للأهالي": ل + الأهالي, "لهيئة")?"""
    if not t.is_word or len(t.key) < 4 or t.key[0] != LAM:
        return False
    key = ALEF + t.key[1:] if t.key[1] == LAM else t.key[1:]
    return bool(st.g.kind_of_word(key)) or key in st.g.names


def _content_after(ctx: SentenceContext, d: Draft, i: int, end: int) -> bool:
    """The marker opens the clause: the content is what follows the source, after a complementizer, a
    comma, a colon or a ف ("وحسب إحصاءات عام 1433هـ فعدد سكان المدينة"); a relative clause on the source
    stays with it ("وفقا لتقرير نشر أخيرا فإن", "وحسب التفاصيل التي حصلت عليها "سبق"، رصد")."""
    st = ctx.st
    k = end
    boundary = _boundary_at(st, k)
    if boundary is None:
        k = ctx.skip(end, None).end
        boundary = _boundary_at(st, k)
    if boundary is None and d.source_tokens is not None and _source_goes_on(st, d.source_tokens, k):
        for j in range(k + 1, min(len(st.tokens), k + _RELATIVE_REACH)):
            u = st.tokens[j]
            if u.text in _CLAUSE_ENDS or st.according_at(j):
                break
            found = _boundary_at(st, j)
            if found is not None:
                d.source = (d.source[0], st.tokens[j - 1].end)  # type: ignore[index]
                d.source_tokens = (d.source_tokens[0], j)
                k, boundary = j, found
                break
    if boundary is None:
        # "وبحسب «رويترز» رغم تصويت ...": a sentence opened by the phrase, a named source, then the clause
        nxt = st.tok(k)
        if nxt is None or not nxt.is_word or clause_start(ctx, d.cue_token + 1) != d.cue_token \
                or not (d.source_tokens is None or _speaker_like(st, *d.source_tokens)):
            return False
        boundary = nxt.start
    if boundary >= ctx.end:
        return False
    d.content_start = boundary
    return True


def _boundary_at(st: SentenceTokens, k: int) -> int | None:
    """Where the qualified clause starts when token ``k`` ends the source: after a complementizer, a comma
    or a colon, or after the ف of "فعدد" / the "فقد" of "فقد قام"."""
    t = st.tok(k)
    if t is None:
        return None
    if st.is_comp(t) or t.text in COMMAS or t.text == COLON:
        nxt = st.tok(k + 1)
        if nxt is not None and not st.is_comp(t) and st.is_comp(nxt) and st.tok(k + 2) is not None:
            nxt = st.tok(k + 2)  # "وحسبما ذكرت صحيفة “عكاظ”، فإن عامل نظافة": the complementizer is no content
        return None if nxt is None else nxt.start
    if t.is_word and t.key[0] == FEH and len(t.key) > 2 and not st.is_cue_word(t) \
            and (t.conj or "qad" in st.roles_of_key(t.key[1:])):
        if "qad" in st.roles_of_key(t.key[1:]):
            nxt = st.tok(k + 1)
            return None if nxt is None else nxt.start
        return t.start + 1
    return None


def _source_goes_on(st: SentenceTokens, src: tuple[int, int], k: int) -> bool:
    """Does a relative clause describe the source: "التفاصيل التي حصلت عليها", "تقرير نشر أخيرا"?"""
    t = st.tok(k)
    if t is None or not t.is_word:
        return t is not None and t.kind == "num"  # "إحصاءات عام 1433هـ"
    if "relative" in st.roles(t):
        return True
    last = st.tokens[src[1] - 1]
    return not st.definite(last) and any(f.form == "perfect" for f in st.cue_forms(t))


def _closes_clause(st: SentenceTokens, end: int) -> bool:
    """Does the source that ends at ``end`` close its clause: the sentence's end, a relative clause on the source
    ("للعاملين في مجال الفنادق الذين يؤكدون"), or a comma, unless "وذلك" after it goes on with the same clause
    ("ويوفر هذا الخيار للمستخدم بحسب البوابة العربية ...، وذلك عن طريق", alweeam_77833cd523)?"""
    t = st.tok(end)
    if t is not None and (t.text in COMMAS or t.text in SEMICOLONS):
        nxt = st.tok(end + 1)
        return nxt is not None and not (nxt.is_word and "demonstrative" in st.roles(nxt))
    return t is None or t.text in _CLAUSE_ENDS or (t.is_word and "relative" in st.roles(t))


def _clause_before(ctx: SentenceContext, i: int) -> tuple[int, int] | None:
    """The clause an according-to phrase at ``i`` closes: from the last comma before it that a conjunction and a
    new clause follow ("، وشهدت نموًا"), or else from the sentence's start, up to the marker ("، وذلك" before it,
    which points back to the whole statement, left out).  None when a speech verb of its own stands in it."""
    st = ctx.st
    start = clause_start(ctx, i)
    if start is None:
        return None
    stop = i
    while stop > start and (st.tokens[stop - 1].text in COMMAS
                            or (st.tokens[stop - 1].is_word and "demonstrative" in st.roles(st.tokens[stop - 1]))):
        stop -= 1  # "، وذلك حسبما"
    for k in range(stop - 2, start, -1):
        u, nxt = st.tokens[k], st.tokens[k + 1]
        if u.text in COMMAS and nxt.is_word and nxt.conj and not st.definite(nxt) and not st.roles(nxt) \
                and not st.kind(nxt) and not st.is_name(nxt):
            start = k + 1
            break
    if stop <= start or any(st.is_cue_word(u) and not st.is_preposition_word(u) for u in st.tokens[start:stop]):
        return None  # (not a preposition spelled like a cue: "عبر إغلاق بعض الطرق")
    return st.tokens[start].start, st.tokens[stop - 1].end


def _inside_clause(ctx: SentenceContext, d: Draft, i: int, end: int, *, name_like: bool = False) -> bool:
    """"وشكلت الحكومة المحلية في الأنبار، وفق كرحوت، لجانا ...": in a clause with no speech verb of its own
    the phrase attributes the whole clause (the marker inside the content, the only contiguous span).

    Between commas (``name_like``) one word without the article is taken for a name written in full
    earlier ("، وفق كرحوت،"); inside the clause only a source word or a known name counts.
    """
    st = ctx.st
    start = clause_start(ctx, i)
    if start is None or d.source_tokens is None:
        return False
    a, b = d.source_tokens
    one_name = name_like and b - a == 1 and st.tokens[a].is_word and not st.definite(st.tokens[a])
    if not (one_name or _speaker_like(st, a, b)):
        return False
    if any(st.is_cue_word(u) for u in st.tokens[start:i]):
        return False  # "أثنى الجانب الأمريكي، حسب البيان، على ...": the verb's, with the document in via
    d.content_start = st.tokens[start].start
    return True
