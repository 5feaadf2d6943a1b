"""The adjunct skipper: what stands between a cue (or its source) and the content, and is neither.

Time phrases ("يوم الأربعاء"), prepositional adjuncts ("في مؤتمر صحفي الخميس"), the one spoken to
("لوكالة الأناضول"), parentheticals and according-to asides are skipped; :func:`skip_adjuncts` returns
where the skip ended together with what it met on the way, and changes nothing.
"""

from __future__ import annotations

import functools

import attrs

from ..lexicon.grammar import Verb
from ..lexicon.morph import (BEH, DEFINITE, LAM, MA, PRONOUN_SUFFIXES, TEH_MARBUTA, definite_masdar, derived_masdar,
                             is_nisba)
from .audience import adjunct_end, audience
from .names import possessed
from .nounphrase import noun_phrase
from .tokens import COLON, COMMAS, QUOTE, SentenceTokens, Token, without_clitic
from .wordlists import pattern, rule_words

DASHES = frozenset({"-", "\u2013", "\u2014"})  # HYPHEN-MINUS, EN DASH, EM DASH
_DASH_ASIDE_WORDS = 4  # at most this many words between two dashes make an aside
_GLOSS_WORDS = 3  # at most this many words in brackets make a gloss ("(تويتر)", "(الدعوة)")
ARABIC_SEMICOLON = "\u061b"  # where a writer puts it for a comma: "وأكد علي الحرقان؛ في حديثه لوكالة ...، أن"

__all__ = ["Skipped", "skip_adjuncts"]

Range = tuple[int, int]


@attrs.frozen
class Skipped:
    """What :func:`skip_adjuncts` skipped, as token ranges.

    ``end`` is the first token after the adjuncts; ``via`` the media outlets met on the way ("في مقابلة
    نشرتها وكالة الأناضول") and according-to asides ("، حسب البيان،"); ``relays`` the relaying asides
    ("، نقلا عن مسؤولين أمريكيين،") when they were asked for apart; ``asides`` the tokens of asides skipped
    between commas (", الذي نُشر الأربعاء، أن"), where no cue may fire.
    """

    end: int
    via: tuple[Range, ...] = ()
    relays: tuple[Range, ...] = ()
    asides: frozenset[int] = frozenset()


# At most this many tokens in a relative clause with no relative pronoun ("نشرت بالقاهرة أمس: إن").
_BARE_RELATIVE_WORDS = 8
# At most this many tokens in a relative clause on an adjunct's object before the content ("التي استمرت ...، بالتوسع").
_RELATIVE_ASIDE_WORDS = 24


def skip_adjuncts(st: SentenceTokens, j: int, verb: Verb | None, *, relays: bool = False) -> Skipped:
    """Skip time phrases, prepositional adjuncts, parentheticals and according-to asides from ``j``.

    Media outlets met on the way and according-to asides go to ``via``; with ``relays``, a relaying
    aside ("نقلا عن") goes to ``relays`` instead.
    """
    n = len(st.tokens)
    via: list[Range] = []
    relayed: list[Range] = []
    asides: set[int] = set()
    while j < n:
        t = st.tokens[j]
        if t.text in COMMAS or t.text == ARABIC_SEMICOLON:
            nxt = st.tok(j + 1)
            if nxt is None:
                break
            if st.is_comp(nxt) or (nxt.text == QUOTE and j > 0 and st.cue_forms(st.tokens[j - 1])):
                j += 1  # "، أن", and a quotation right after the cue: 'وأضافت، "إذا كان ...'
                continue
            marker = st.according_at(j + 1)
            if marker:
                end = noun_phrase(st, marker[0])
                if end > marker[0] and end < n and st.tokens[end].text in COMMAS:
                    # "، وعلى لسان المتحدث باسم المكتب الإعلامي،": joined by و, the manner of the subject's own
                    # statement ("جددت الحكومة العراقية، وعلى لسان المتحدث ...، موقفها"), not a relay of another's words
                    if relays and marker[2] in st.g.relay_markers and not st.tokens[j + 1].conj:
                        relayed.append((marker[0], end))  # "، نقلا عن مسؤولين أمريكيين،"
                    else:
                        via.append((marker[0], end))
                    j = end + 1
                    continue
                break
            close = next((k for k in range(j + 1, min(n, j + 14)) if st.tokens[k].text in COMMAS), None)
            relative = "relative" in st.roles(nxt)  # "، التي طوقت المكان،": a relative clause on the source
            frame = st.tok(close + 1) if close is not None else None
            own_preposition = verb is not None and frame is not None and st.is_prep(frame) and frame.key in verb.preps \
                and not any(st.is_cue_word(u) or st.is_comp(u) or st.kind(u) for u in st.tokens[j + 1 : close])
            if close is not None and (st.is_comp(st.tok(close + 1)) or relative or own_preposition) and not st.inside_quote(j):
                # (or the verb's own preposition: "وشدد وزير ... خلال جولته ... بالعاصمة المقدسة، والمشاعر أمس، على
                # ضرورة", aljazirah_f2ccf8e1ee; not a second speaker: "وأجمع كل من رئيس المفوضية ...، ورئيس وزراء
                # لوكسمبورغ كزافييه بيتل، على التأكيد")
                # ", الذي نُشر الأربعاء، أن", ", طلب عدم الكشف عن هويته، أن": an aside before the content
                asides.update(range(j + 1, close))
                j = close + 1
                continue
            if st.is_prep(nxt) or st.is_time(nxt) or st.multi_role_at(j + 1, "time_phrase") or audience(st, j + 1):
                j += 1  # ", يوم الثلاثاء الماضي أنّ", ", في بيان، أنه": the loop takes the adjunct
                continue
            if "commentary" in st.roles(nxt):
                # ", وهي أيضا داعمة لحفتر إلى مدى كبير،": an aside up to the next comma
                close = next((k for k in range(j + 1, min(n, j + 16)) if st.tokens[k].text in COMMAS), None)
                if close is not None:
                    j = close + 1
                    continue
            break
        if t.text in DASHES:
            # "مؤكداً – أيده الله – عمق العلاقات": a short aside between dashes (a formula of respect)
            close = next((k for k in range(j + 2, min(n, j + 2 + _DASH_ASIDE_WORDS)) if st.tokens[k].text in DASHES), None)
            if close is not None and all(u.is_word for u in st.tokens[j + 1 : close]):
                asides.update(range(j + 1, close))
                j = close + 1
                continue
            break
        marker = st.according_at(j)
        if marker and marker[2][-1] != MA and relays and j > 0 \
                and st.speech_verb(st.tokens[j - 1]):
            # "وأضاف وفقاً لوكالة الأنباء الألمانية، أن" (aleqtisadiya_e08e8bd6f0): right after the verb, the agency the
            # words came through, then the content
            end = noun_phrase(st, marker[0])
            after, then = st.tok(end), st.tok(end + 1)
            if end > marker[0] and after is not None and (st.is_comp(after) or after.text in COMMAS and st.is_comp(then)):
                via.append((marker[0], end))
                asides.update(range(j, end))
                j = end
                continue
        if marker and marker[2][-1] == MA:
            # "وقال النائب العام ... سالم سعيد كبيش وفق ما بثته وكالة الأنباء الإماراتية " تمت ...": the outlet
            # the words came through, past the relative's verb, right before the content
            k = marker[0]
            relative_verb = st.tok(k)
            if relative_verb is not None and relative_verb.is_word and not relative_verb.definite and not st.kind(relative_verb):
                k += 1
            end = noun_phrase(st, k)
            after = st.tok(end)
            if end > k and after is not None and (after.text in (QUOTE, COLON) or st.is_comp(after)):
                via.append((k, end))
                j = end
                continue
            break
        size = st.multi_role_at(j, "time_phrase")
        if size:
            j += size
            continue
        if st.is_time(t) or (t.key in rule_words().time_demonstrative and st.is_time(st.tok(j + 1))):
            j = _time_phrase_end(st, j + 1)
            continue
        if "qad" in st.roles(t):
            j += 1
            continue
        if st.is_prep(t):
            if verb is not None and t.key in verb.preps:
                end = noun_phrase(st, j + 1)
                if end > j + 1 and st.is_comp(st.tok(end)) and st.adjunct_kind(st.tok(j + 1)):
                    j = end
                    continue
                if end > j + 1 and st.adjunct_kind(st.tok(j + 1)):
                    inner = skip_adjuncts(st, end, None)
                    asides.update(inner.asides)
                    if st.is_comp(st.tok(inner.end)):
                        j = end
                        continue
                break
            if "preposition" not in st.g.role(t.key):
                j += 1  # "فيه", "خلالها": a preposition with its pronoun takes no object
                continue
            if st.is_time(st.tok(j + 1)):
                # "حمل منذ مساء الاثنين التنظيم الجهادي مسؤولية": a time noun and its complement only, when a
                # definite noun follows them (the object), not a word that goes on with them ("في الوقت نفسه",
                # "في اليوم الأول من زيارة")
                k = _time_phrase_end(st, j + 2)
                after = st.tok(k)
                if k > j + 2 and after is not None and after.is_word and after.definite and not st.is_prep(after) \
                        and "adjective" not in st.roles(after):
                    j = k
                    continue
            end = _before_own_preposition(st, j + 2, adjunct_end(st, j + 1), verb)
            if verb is not None and verb.stance == "deny":
                end = _before_denied_relative(st, j + 2, end)
            media = _media_in(st, j + 1, end)
            if media is not None:
                via.append(media)
            j = _past_gloss(st, end, verb) if end > j + 1 else end
            relative_end = _past_where_clause(st, _past_bare_relative(st, j, verb), verb)
            asides.update(range(j, relative_end))  # its verb is no cue of its own
            j = relative_end
            close = _relative_aside_end(st, j, verb)
            if close > j:
                asides.update(range(j, close))  # "في ختام أعماله التي استمرت على مدى يومين ...، بالتوسع"
                j = close + 1
            continue
        anonymous = _anonymity_end(st, j)
        if anonymous > j:
            asides.update(range(j, anonymous))  # "وقال أحد المسؤولين ورفض نشر اسمه لرويترز": the speaker's own aside
            j = anonymous
            continue
        if verb is not None and _manner_adverb(st, t, verb):
            j += 1  # "تتحدث بكثافة عن قرب صدور": a ب-adverb of manner before the verb's own preposition
            continue
        heard = audience(st, j, verb)
        if heard:
            j = heard  # "قائلا للصحفيين:", "وقال لنظيره إن", "للصحافيين في جنيف:"
            continue
        if t.is_word and t.key[0] == LAM and (t.key == LAM or st.adjunct_kind(without_clitic(t)) == "media"):
            nxt = st.tok(j + 1)
            if t.key == LAM and nxt is not None and nxt.text == QUOTE:
                close = st.quote_end(j + 1, 6)
                if close is None:
                    break
                j = close + 1
                continue
            end = adjunct_end(st, j + 1) if t.key != LAM else j + 1
            j = _past_bracket_name(st, max(end, j + 1))
            continue
        break
    if not (via or relayed or asides):
        return _skipped_to(j)  # most skips: nothing met on the way
    return Skipped(j, tuple(via), tuple(relayed), frozenset(asides))


def _past_bracket_name(st: SentenceTokens, j: int) -> int:
    """``j`` moved past the outlet's short name in brackets ("لوكالة الأنباء الأردنية (بترا) إن", SaudiNewsNet
    aawsat_943180c3eb; "لوكالة الأنباء السعودية (واس)"), its letters written with dots too ("لوكالة الانباء الألمانية
    (د.ب.أ) عبر الهاتف", alriyadh_b16a71e87c)."""
    t = st.tok(j)
    if t is None or t.text != "(":
        return j
    close = next((k for k in range(j + 1, min(len(st.tokens), j + 1 + 2 * _BRACKET_NAME_WORDS)) if st.tokens[k].text == ")"), None)
    if close is None or close == j + 1:
        return j
    inside = st.tokens[j + 1 : close]
    if not (all(u.is_word or u.text == "." for u in inside) and inside[0].is_word and inside[-1].is_word
            and sum(u.is_word for u in inside) <= _BRACKET_NAME_WORDS):
        return j
    return close + 1


_BRACKET_NAME_WORDS = 3  # at most this many words in an outlet's bracketed short name


@functools.lru_cache(maxsize=4096)
def _skipped_to(j: int) -> Skipped:
    """``Skipped(j)``, one record per end (a frozen record is built slowly, and thirty thousand a day are alike)."""
    return Skipped(j)


def _relative_aside_end(st: SentenceTokens, j: int, verb: Verb | None) -> int:
    """The comma that closes a relative clause on an adjunct's object at ``j`` when the verb's content opens
    right after it (a complementizer, the verb's preposition, or its attached preposition before a verbal
    noun: "وأوصى المؤتمر في ختام أعماله التي استمرت على مدى يومين بمقر الأمانة العامة ...، بالتوسع"), or
    ``j``."""
    t = st.tok(j)
    if verb is None or t is None or "relative" not in st.roles(t) or st.inside_quote(j):
        return j
    close = next((k for k in range(j + 1, min(len(st.tokens), j + _RELATIVE_ASIDE_WORDS))
                  if st.tokens[k].text in COMMAS or st.tokens[k].text == QUOTE), None)
    after = st.tok(close + 1) if close is not None and st.tokens[close].text in COMMAS else None
    if after is None or not after.is_word:
        return j
    if st.is_comp(after) or after.key in verb.preps or _before_own_preposition(st, after.i, after.i + 1, verb) == after.i:
        return close  # type: ignore[return-value]
    return j


def _before_own_preposition(st: SentenceTokens, start: int, end: int, verb: Verb | None) -> int:
    """The end of an adjunct's object at the first word from ``start`` that carries the verb's own attached
    preposition before a verbal noun ("وأوصى المؤتمر في ختام أعماله بالتوسع في تدابير المراقبة": the content
    opens at بالتوسع), or ``end``."""
    if verb is None:
        return end
    for k in range(start, end):
        key = st.tokens[k].key
        if len(key) > 4 and key[0] in verb.preps:
            rest = key[1:]
            if definite_masdar(rest[2:]) if rest.startswith(DEFINITE) else derived_masdar(rest):
                return k
    return end


def _before_denied_relative(st: SentenceTokens, start: int, end: int) -> int:
    """Where a relative ما opens what a denial denies inside an adjunct's object ("ونفى المتحدث ...، محمد عبد السلام
    على صفحته على موقع «فيسبوك» أمس ما نقل عن زعيمهم", aawsat_e8ce6bed1b): the ما of "ما نقل", "ما تردد", "ما ورد"
    with an indefinite word after it (its verb, or إذا: "ما إذا كانت"), after a word that ends the adjunct's object
    (a name, a definite or possessed noun, a time word, a closing quotation mark; not "صحة ما تردد": the noun is the
    denial's own); else ``end``."""
    for k in range(start, end):
        t, nxt, before = st.tokens[k], st.tok(k + 1), st.tokens[k - 1]
        if t.key in rule_words().relative_ma and not t.conj and nxt is not None and nxt.is_word and not st.definite(nxt) \
                and (not before.is_word or st.definite(before) or st.is_time(before) or possessed(st, before)):
            return k
    return end


def _anonymity_end(st: SentenceTokens, j: int) -> int:
    """Past a speaker's request not to be named ("طلب عدم نشر اسمه", "ورفض الكشف عن هويته": the pattern
    anonymity of construction_patterns.tsv) from ``j``, or ``j`` itself."""
    k = j
    for n, element in enumerate(pattern("anonymity").elements):
        t = st.tok(k)
        if t is not None and t.is_word and (t.key in element.words or n == 0 and t.bare in element.words):
            k += 1
        elif not element.optional:
            return j
    return k


def _time_phrase_end(st: SentenceTokens, j: int) -> int:
    """Past the time words (and their nisba adjectives) from ``j``: "مساء الاثنين", "الأسبوع الماضي"; a weekday in
    brackets after them too: "اليوم (الجمعة)" (the style of one outlet, SaudiNewsNet aawsat_db437f8892)."""
    n = len(st.tokens)
    while j < n:
        t = st.tokens[j]
        if st.is_time(t) or (t.definite and t.is_word and is_nisba(t.unprefixed)):
            j += 1
        elif t.text == "(" and st.is_time(st.tok(j + 1)) and (close := st.tok(j + 2)) is not None and close.text == ")":
            j += 3
        else:
            break
    return j


def _media_in(st: SentenceTokens, start: int, end: int) -> Range | None:
    """The first media outlet named in an adjunct's object ("في مقابلة نشرتها وكالة الأناضول"), if any."""
    for k in range(start, end):
        t = st.tokens[k]
        if st.adjunct_kind(t) == "media" and t.is_word and not t.key.startswith(LAM):
            stop = noun_phrase(st, k)
            if stop > k:
                return (k, min(stop, end))
            return None
    return None


def _manner_adverb(st: SentenceTokens, t: Token, verb: Verb) -> bool:
    """An indefinite ب-noun written with its teh marbuta ("بكثافة", "بشدة", "بصراحة") right before the
    preposition that opens the verb's content.  Other words that begin with ب are names as often ("وعلّقت
    بلقيس على ألبومها"), and a noun with its pronoun is an instrument ("أشار بيده إلى")."""
    nxt = st.tok(t.i + 1)
    return (t.is_word and t.text.endswith(TEH_MARBUTA) and not st.is_name(t) and len(t.key) > 3 and t.key[0] == BEH and BEH not in verb.preps and not t.key[1:].startswith(DEFINITE)
            and not st.cue_forms(t) and nxt is not None and nxt.is_word and nxt.key in verb.preps)


def _past_bare_relative(st: SentenceTokens, j: int, verb: Verb | None) -> int:
    """Past a relative clause with no relative pronoun on an adjunct's indefinite object, a verb of publishing or
    speaking and its own adjuncts, when the content opens right after it ("وقال في تصريحات صحفية نشرت بالقاهرة
    أمس: إن", alyaum_9e9d3b57af; "في تصريحات أدلى بها"), or ``j`` itself: the verb is no speaker's mention."""
    t, prev = st.tok(j), st.tok(j - 1)
    if verb is None or t is None or not t.is_word or t.conj or prev is None or not prev.is_word or st.definite(prev) \
            or st.roles(prev) or st.is_time(prev) or prev.key in st.g.stopwords \
            or not any(f.form == "perfect" for f in st.cue_forms(t)):
        # (a noun, not "بعدما أكد أن", "بعد فترة ثم قال:": a conjunction opens a clause of its own)
        return j
    k = j + 1
    pronoun = st.tok(k)
    if pronoun is not None and pronoun.is_word and pronoun.key[0] == BEH and pronoun.key[1:] in PRONOUN_SUFFIXES:
        k += 1  # "أدلى بها"
    end = skip_adjuncts(st, k, None).end
    while (u := st.tok(end)) is not None and u.is_word and len(u.key) > 3 and u.key[0] in (BEH, LAM) \
            and end - j < _BARE_RELATIVE_WORDS and not st.cue_forms(u):
        end = skip_adjuncts(st, end + 1, None).end  # "بالقاهرة": a place with its attached preposition
    after = st.tok(end)
    return end if after is not None and (after.text == COLON or st.is_comp(after)) else j


def _past_where_clause(st: SentenceTokens, j: int, verb: Verb | None) -> int:
    """Past a short clause with حيث after an adjunct or a mention, when the content opens right after it, or ``j``
    itself: where it was said ("وتابع في مؤتمر صحفي في إقليم شانلي أورفا حيث تقع سروج إن مجلس الوزراء سيقيم",
    okaz_0722_1793), or in what respect the speaker is first ("أكبر مشغل لخدمات الاتصالات في البلاد من حيث عدد
    المشتركين إنها تخطط", aleqtisadiya_671e6e3c8b), not what.  No place is asked for: over the twelve SaudiNewsNet
    days the clause is one of those two in 7 of the 8 rows it changes.  A cue word inside ("حيث أكد أن") is a
    clause of speech of its own."""
    t = st.tok(j)
    if verb is None or t is None or not t.is_word or "explanation" not in st.roles(t):
        return j
    for k in range(j + 1, min(len(st.tokens), j + 1 + _WHERE_WORDS)):
        u = st.tokens[k]
        if st.is_comp(u):
            return k if k > j + 1 else j
        if not u.is_word or st.is_cue_word(u):
            return j
    return j


_WHERE_WORDS = 6  # at most this many words in a حيث clause on a place before the content


def _past_gloss(st: SentenceTokens, j: int, verb: Verb | None) -> int:
    """Past a short gloss in brackets that ends an adjunct's object when the content opens right after it
    ("في موقع التواصل الاجتماعي (تويتر) عن وصوله"), or ``j`` itself; a gloss in a noun phrase that goes on
    ("منظمة الطفولة (اليونيسيف) ومنظمات") is left alone."""
    if st.tok(j) is None or st.tokens[j].text != "(":
        return j
    close = next((k for k in range(j + 2, min(len(st.tokens), j + 2 + _GLOSS_WORDS)) if st.tokens[k].text == ")"), None)
    if close is None or not all(u.is_word for u in st.tokens[j + 1 : close]):
        return j
    after = st.tok(close + 1)
    opens = after is not None and (st.is_comp(after) or after.text in (QUOTE, ":") or (verb is not None and after.key in verb.preps))
    return close + 1 if opens else j
