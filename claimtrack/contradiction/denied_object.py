"""What a denial denies, isolated from the words around it (how much of it a statement names: :mod:`.denied_named`).

A denial's content often says more than what it denies: who denies it ("نفى فريد، المحترف مع نادي شاختار ..."),
the report that carried it ("صحة ما ورد في إحدى الصحف المحلية حول ..."), its reasons ("لعدد من الأسباب من
أهمها ..."), a comment ("معرجاً على أنه لا حاجة لإعادة النظر في استراتيجية سابك"), a quotation.  The denied
object is the words after its denial words and the report phrase that points to it, up to where it ends
(:func:`denied_object`); a statement it is linked to asserts what it denies only when it names a good part of
them, weighed by rarity (:func:`.denied_named.names_denied`)."""

from __future__ import annotations

import functools

from ..claims import claim_key
from ..lexicon import read_rows, read_words
from ..lexicon.grammar import grammar
from ..lexicon.morph import ALEF, BEH, HEH, LAM, NOON, STEM_PRONOUN_SUFFIXES, TEH, without_conjunction
from ..models import Attribution
from ..normalize import fold
from ..spans import Span
from .disputes import (DENIAL_VERB_REACH, about_after, carrier_phrase_at, denial_mentions, opens_with_report_denied,
                       report_phrase_at, statement_noun)
from .statement_words import bare_readings, punctuation_between, statement_words

__all__ = ["agent_of", "denied_object", "denied_start", "denies_own_part", "names_report", "object_of", "opens_with_news",
           "predicate_terms", "subject_terms", "tells_denied", "tells_what_report_says", "told_report", "words_of_role"]


@functools.lru_cache(maxsize=8192)
def denied_start(text: str) -> int:
    """Where what a denial denies starts: after the denial words it opens with (within its first
    :data:`DENIAL_VERB_REACH` words), or 0."""
    words = statement_words(text)
    reach = words[min(DENIAL_VERB_REACH, len(words)) - 1][1].end if words else 0
    opening = [m for m in denial_mentions(text, verbs_within=DENIAL_VERB_REACH) if m.span.start < reach]
    return opening[-1].span.end if opening else 0


def _first_denied(text: str, words: "list[tuple[str, Span]]") -> int | None:
    """The index of the first of ``words`` (``text``'s) after the denial words it opens with (:func:`denied_start`)."""
    start = denied_start(text)
    return next((k for k, (_, span) in enumerate(words) if span.start >= start), None)


@functools.cache
def _part_nouns() -> frozenset[str]:
    """denied_roles.txt: nouns of one's own part in an event (مسؤولية، علاقة، صلة، دور), folded, each also with the
    TEH its teh marbuta is written as before a pronoun (مسؤوليت-ه)."""
    words = {fold(w) for w in read_words("denied_roles.txt")}
    return frozenset(words | {w[:-1] + TEH for w in words if w.endswith(HEH)})


def _own_part(word: str) -> bool:
    """Is a folded word a noun of one's own part with a pronoun (مسؤوليته، علاقاتها)?"""
    word = without_conjunction(word)
    return any(word.endswith(p) and word[: -len(p)] in _part_nouns() for p in STEM_PRONOUN_SUFFIXES)


@functools.lru_cache(maxsize=8192)
def denies_own_part(text: str) -> bool:
    """Does a denial deny the speaker's own part in an event: a role noun of denied_roles.txt with a pronoun, the
    first word of what it denies after the denial words it opens with (مسؤوليته عن العملية، علاقاتها بالموضوع), or
    after the report it names: Hamas's "تكذّب مزاعم إيرانية بخصوص مشاركتها بعاصف الحزم" (alweeam 01ae4327f4,
    2015-07-21) denies its own part in the war, not every statement that names the war (whole archive: a festival's
    Decisive Storm banners, Hariri's praise of it)?"""
    words = statement_words(text)
    first = _first_denied(text, words)
    if first is None:
        return False
    if _own_part(words[first][0]):
        return True
    span = denied_object(text)
    return span is not None and any(at.start == span.start and _own_part(w) for w, at in words)


def object_of(a: Attribution) -> Span | None:
    """:func:`denied_object` of an attribution's content, shifted to its article; a content that follows its
    source after more than a space ("نفى فريد (22 عاما)، المحترف مع نادي شاختار دونتسك الاوكراني، تناوله مادة
    منشطة", alyaum_07cc52c471) opens with what describes the source, up to its first comma."""
    described = bool(a.source.text) and a.cue.span.end <= a.source.span.start \
        and a.content.span.start - a.source.span.end == _GAP
    span = denied_object(a.content.text, described=described)
    return None if span is None else Span(span.start + a.content.span.start, span.end + a.content.span.start)


# How many characters between a source and the content after it are a comma and a space ("فريد (22 عاما)، "):
# not a space alone, nor words ("، بأن ").
_GAP = 2


@functools.lru_cache(maxsize=8192)
def denied_object(text: str, *, described: bool = False) -> Span | None:
    """The span of ``text`` (a denial's content) that says what it denies; None when it names it only by pointing
    back ("الأنباء المتداولة"، "تلك التقارير آنذاك"، "ما ذكر غير صحيح لعدد من الأسباب", alweeam 99b1c02222):
    what it denies is where it points, not in its words.  ``described``: the content opens with a description of
    its source, up to a comma."""
    if opens_with_report_denied(text):
        return None
    words = statement_words(text)
    first = _opening(text, described)
    if first is None:
        return None
    pointed = _pointed(text, words, first)
    if pointed == -1:
        return None
    first = pointed if pointed is not None else first
    if first >= len(words):
        return None
    return Span(words[first][1].start, words[_object_end(text, words, first) - 1][1].end)


def _object_end(text: str, words: "list[tuple[str, Span]]", first: int) -> int:
    """The index after the last word of a denied object that opens at ``first``: before another denial word or a
    word where the object ends (:func:`_ends_object`), or ``len(words)``."""
    denied_at = {m.span.start for m in denial_mentions(text)}
    return next((k for k in range(first + 1, len(words)) if words[k][1].start in denied_at or _ends_object(text, words, k)),
                len(words))


def tells_denied(text: str) -> bool:
    """Does a denial tell the report it denies, after a phrase that names the report ("لا صحة لما تردد في بعض
    وسائل الإعلام ... عن موافقة إدارة الشباب على بيع عقود بعض لاعبي الفريق الأول"، "ما يتداول بشأن منع فئات
    معينة غير صحيح")?"""
    first = _opening(text, False)
    return first is not None and not opens_with_report_denied(text) and \
        (_pointed(text, statement_words(text), first) or -1) > 0


@functools.lru_cache(maxsize=8192)
def _opening(text: str, described: bool) -> int | None:
    """The index of the first word of what a denial denies, its report phrase included: after its denial words,
    a description of its source (``described``) and the words that name no part of it; None when nothing follows."""
    words = statement_words(text)
    first = _first_denied(text, words)
    if first is None:
        return None
    if described and without_conjunction(words[first][0]).startswith(_AL):
        comma = next((k for k in range(first + 1, len(words)) if punctuation_between(text, words, k)), None)
        if comma is not None and comma - first <= _DESCRIPTION_MOST:
            first = comma
    # what names no part of it: "صحة"، and one's own part ("مسؤوليته عن العملية": the event is what is denied;
    # whose part it was, the denier's, targets.names_denier asks)
    while first < len(words):
        if _role(words[first][0]) == "opening" or _own_part(words[first][0]):
            first += 1
        elif first + 1 < len(words) and len(words[first][0]) <= _PARTICLE_MOST and _role(words[first + 1][0]) == "opening":
            first += 2  # "على الإطلاق"
        else:
            break
    return first


# How many letters a particle before an opening word has ("على الإطلاق").
_PARTICLE_MOST = 3
# How many words a description of the source may take before its comma.
_DESCRIPTION_MOST = 10
# How many words into the object a word that points to a report may stand ("صحة ما ورد"، "لا صحة على الإطلاق لما
# أشيع عن"), and how far after it the word that opens what the report says ("ما ورد في إحدى الصحف المحلية حول").
_POINTER_REACH = 4
_ABOUT_REACH = 10


def _pointed(text: str, words: "list[tuple[str, Span]]", first: int) -> int | None:
    """Where what a report the object points to says starts, after the word that opens it (حول، عن، بأن); -1 when
    the object points to news or a report that it does not tell ("الأنباء المتداولة"، "ما أوردته"); None when it
    points to none.  A report is named by a phrase of denials.tsv (ما تردد، الأنباء التي), a noun of news
    (particles.tsv anaphor_noun: التقارير، المعلومات، مزاعم), a reporting verb of no stance ("قول عدد من النواب
    الجمهوريين بأن"، "الحديث عن") or, opening the content, a relative pronoun."""
    for k in range(first, min(first + _POINTER_REACH, len(words))):
        if k > first and _ends_object(text, words, k):
            break  # ("وفاتها وهي الإشاعة التي انتشرت": what is denied, then what it is called)
        # (a content that opens with a relative pronoun tells of news named before it: "نفت مصادر ... الأنباء [التي
        # تداولت أخيرا، عن قيام القناة الرياضية السعودية بنقل مباريات الفريق]", alwatan ae0df4a36fc30, 2015-07-27)
        named = report_phrase_at(words, k) or _news_noun(words[k][0]) or (k == first and _relative(words[k][0]))
        if not (named or _reporting_verb(words[k][0])):
            continue
        carried = bool(named) and carrier_phrase_at(words, k)  # "ما نقل عن زعيمهم ... بشأن": عن names the carrier
        for j in range(k + max(1, named), min(k + max(1, named) + _ABOUT_REACH, len(words))):
            if about_after(words[j][0], carried):  # ("حول أن": what it says after أن)
                return j + 1 + (j + 1 < len(words) and _THAT in bare_readings(words[j + 1][0])[:2])
            if named and _news_noun(words[k][0]) and _with_beh(words[j][0]):
                return j  # what a claim or a charge says, after بـ: "«ادعاء» إدارة الجامعة بتقديم المساعدة"
        if named:
            return -1
    return None


_THAT = ALEF + NOON  # أن folded: "حول أن"
_AL = ALEF + LAM  # the article: a description opens with an adjective ("المحترف مع نادي ...")


_NEWS_ROLES = frozenset({"news", "rumour"})


@functools.lru_cache(maxsize=8192)  # a denial's, asked of every claim its words may link it to
def tells_what_report_says(text: str) -> bool:
    """Does what a denial denies open after a named report's reporting verb ("تقريرا لصحيفة ... قال إن ...",
    :func:`_says_that`): a proposition told whole, its subject and all?"""
    return told_report(text) is not None


def told_report(text: str) -> "tuple[int, int] | None":
    """The indexes in :func:`statement_words` of the noun of a report a denial tells and of its reporting verb
    ("تقريرا" and "قال" of "تقريرا لصحيفة "وول ستريت جورنال" قال إن ..."), or None."""
    first = _opening(text, False)
    if first is None or opens_with_report_denied(text):
        return None
    words = statement_words(text)
    pointed = _pointed(text, words, first)
    return (first, pointed - 2) if pointed is not None and pointed > first + 1 and _says_that(words, pointed - 2) else None


def _says_that(words: "list[tuple[str, Span]]", j: int) -> bool:
    """Is word ``j`` a reporting verb of no stance with a complementizer after it ("قال إن"، "ذكرت أن"): what a
    named report says, told after its carrier?  US officials' "نفى مسؤولون أميركيون تقريرا لصحيفة "وول ستريت جورنال"
    قال إن إدارة الرئيس باراك أوباما تفكر في الإفراج المبكر عن جوناثان بولارد" (alyaum ec16613c05, 2015-07-25)
    denies the early release of Pollard; read as a report it does not tell, it was linked by the words of its sentence
    to three statements about the Obama administration (whole archive, judged unrelated D011, D027, D030)."""
    if j + 1 >= len(words) or not _reporting_verb(words[j][0]):
        return False
    return any(f in grammar().complementizers for f in bare_readings(words[j + 1][0])[:2])


def opens_with_news(text: str) -> bool:
    """Does a denied content open with a noun of news (denied_object.tsv ``news``; no statement noun of denials.tsv:
    "مزاعم بأنه قصف مدنيين", 2015-08-03), the report it takes back ("نبأ وفاة زعيم شبكة حقاني", aawsat_57218a0213),
    an opening word before it too ("صحة خبر")?"""
    words = statement_words(text)
    k = 1 if words and _role(words[0][0]) == "opening" else 0
    bare = without_conjunction(words[k][0]) if k < len(words) else ""
    return any(_roles().get(f) == "news" and not statement_noun(f) for f in (bare, bare.removesuffix(ALEF)))


def names_report(text: str) -> bool:
    """Does a content name a report or news anywhere (a noun of news: "وردت معلومات مغلوطة عن أن"، "الأنباء
    المتداولة"; a phrase of a report: "ما تردد")?"""
    words = statement_words(text)
    return any(_news_noun(w) for w, _ in words) or any(report_phrase_at(words, k) for k in range(len(words)))


def _news_noun(word: str) -> bool:
    """Is ``word`` a noun of news (particles.tsv anaphor_noun, with or without its article: الاتهامات، مزاعم;
    denied_object.tsv ``news``, in the accusative too: تقريرا، «ادعاء»)?"""
    g = grammar()
    bare = without_conjunction(word)
    if _role(word) == "opening":
        return False
    forms = (bare, bare[2:] if bare.startswith(_AL) else bare, bare[:-1] if bare.endswith(ALEF) else bare)
    return any("anaphor_noun" in g.role(f) for f in (bare, _AL + bare)) or any(_roles().get(f) in _NEWS_ROLES for f in forms)


def _with_beh(word: str) -> bool:
    """Does ``word`` carry the preposition بـ (a verbal noun after it: بتقديم، بقتل)?"""
    bare = without_conjunction(word)
    return len(bare) > _BEH_LEAST and bare[0] == BEH


_BEH_LEAST = 3  # (بها، به: a pronoun)


def _relative(word: str) -> bool:
    """Is ``word`` a relative pronoun (particles.tsv relative: التي، الذي)?"""
    return "relative" in grammar().role(without_conjunction(word))


def _reporting_verb(word: str) -> bool:
    """Is ``word`` a form of a reporting verb of no stance (تحدثت، قول)?"""
    g = grammar()
    return any(f.form in ("perfect", "imperfect", "masdar") and f.verb.stance == "neutral"
               for bare in bare_readings(word) for f in g.cue_forms(bare, bare))


def _ends_object(text: str, words: "list[tuple[str, Span]]", k: int) -> bool:
    """Does the denied object end before word ``k``: a punctuation mark before it, or a word that opens a reason,
    a comment or another clause (denied_object.tsv ``end``, particles.tsv subordinator/commentary/explanation, a
    participle of a reporting verb or its perfect after و: مؤكدا، وأضاف)?"""
    if punctuation_between(text, words, k):
        return True
    word = words[k][0]
    bare = without_conjunction(word)
    g = grammar()
    if _role(word) == "end" or (g.role(bare) | g.role(word)) & _ENDING_ROLES:  # (وهي: listed with its و)
        return True
    if _opens_ending_phrase(words, k):
        return True
    return any(f.form == "participle" or (f.form == "perfect" and bare != word) for f in g.cue_forms(word, bare))


_ENDING_ROLES = frozenset({"subordinator", "commentary", "explanation"})


def _opens_ending_phrase(words: "list[tuple[str, Span]]", k: int) -> bool:
    """Does word ``k`` open a particle of several words that ends the denied object (particles.tsv subordinator,
    commentary, explanation: "بعد أن"، "في إشارة إلى")?  Arsène Wenger's "نفى ... تنازله عن فكره الهجومي بعد أن
    أحبط الكثير من جماهير آرسنال لسنوات ..." (2015-08-04) denies giving up attacking football, not what the fans
    felt: read to its end, the object named Arsenal and its titles, and three match reports were linked to it
    (judged different-claims, P002, P012, P031)."""
    word = words[k][0]
    for phrase, role in grammar().multi_particle_index.starting_with(word, without_conjunction(word)):
        if role in _ENDING_ROLES and len(phrase) <= len(words) - k and \
                all(w == p or without_conjunction(w) == p for (w, _), p in zip(words[k : k + len(phrase)], phrase)):
            return True
    return False


def _role(word: str) -> str | None:
    """denied_object.tsv's role of a folded word, without its conjunction."""
    return _roles().get(without_conjunction(word))


@functools.cache
def _roles() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in read_rows("denied_object.tsv", 2)}


@functools.cache
def words_of_role(*roles: str) -> frozenset[str]:
    """The folded words of denied_object.tsv of these roles (news, rumour, tells ...)."""
    return frozenset(w for w, role in _roles().items() if role in roles)


@functools.lru_cache(maxsize=8192)
def predicate_terms(text: str) -> tuple[str, ...]:
    """The key terms of what a denial that opens, after its denial words, with a form of كان (particles.tsv
    ``kana``: "تكون"، "أن يكون") says of its subject: the words after the subject (its first word, with the noun
    after it when that word is a demonstrative, or, when a comma and a relative clause follow it within
    :data:`_SUBJECT_MOST` words, the words after the clause's closing comma) up to where the denied object ends;
    none for a denial of another shape."""
    return _kana_parts(text)[1]


def subject_terms(text: str) -> tuple[str, ...]:
    """The key terms of the subject X of a denial of the shape "أن يكون X Y" (:func:`predicate_terms`), when it is
    named (a demonstrative and its noun, a definite noun, or a noun a relative clause describes): "تكون هذه المجموعة
    مرتبطة تنظيميًا بحزب العمال الكردستاني" -> مجموع; none for another shape or an unnamed subject ("أن تكون قد"،
    "أن يكون منتسبا للشركتين")."""
    return _kana_parts(text)[0]


@functools.lru_cache(maxsize=8192)
def _kana_parts(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(subject terms, predicate terms) of a denial "أن يكون X Y" (:func:`predicate_terms`); ((), ()) otherwise."""
    words = statement_words(text)
    first = _first_denied(text, words)
    if first is not None and without_conjunction(words[first][0]) == _THAT:
        first += 1
    if first is None or first + 2 >= len(words) or "kana" not in grammar().role(without_conjunction(words[first][0])):
        return (), ()
    rest = first + 2
    if "demonstrative" in grammar().role(without_conjunction(words[first + 1][0])) and rest + 1 < len(words) \
            and without_conjunction(words[rest][0]).startswith(_AL) \
            and _object_end(text, words, rest + 1) > rest + 1 and not _function_word(words[rest + 1][0]):
        # "تكون هذه المجموعة مرتبطة": the subject is the demonstrative and its noun (a definite noun, with something
        # said of it after: not "أن يكون ذلك سببا"، "أن يكون هذا الاتفاق قد تم")
        rest += 1
    subject_end = rest
    comma = next((k for k in range(first + 2, min(len(words), first + 2 + _SUBJECT_MOST))
                  if punctuation_between(text, words, k)), None)
    if comma is not None and _relative(words[comma][0]):
        subject_end = comma
        rest = next((k for k in range(comma + 1, len(words)) if punctuation_between(text, words, k)), len(words))
    end = _object_end(text, words, rest)
    if rest >= end:
        return (), ()
    # (a subject named: a demonstrative and its noun, or a definite noun; "أن يكون منتسبا للشركتين" has none, its
    # first word is what is said of him, judged denies F071)
    named = rest > first + 2 or words[first + 1][0].startswith(_AL)
    subject = claim_key(text[words[first + 1][1].start : words[subject_end - 1][1].end]).ordered if named else ()
    return subject, claim_key(text[words[rest][1].start : words[end - 1][1].end]).ordered


def _function_word(word: str) -> bool:
    """Is ``word`` a particle of the grammar (particles.tsv: قد، التي ...), no word of what is said of a subject?"""
    return bool(grammar().role(without_conjunction(word)))


# How many words a subject after كان may take before the comma of a relative clause that describes it ("تكون مادة
# هيدروكلوروثيازيد، التي ...").
_SUBJECT_MOST = 3


@functools.lru_cache(maxsize=8192)
def agent_of(denied: str) -> str:
    """Who does the act that what a denial denies (``denied``) tells when it opens with a verbal noun of doing
    (denied_object.tsv ``agent``), its genitive up to the act after بـ, of :data:`_AGENT_LEAST` to
    :data:`_AGENT_MOST` words: "قيام القناة الرياضية السعودية بنقل مباريات الفريق" -> "القناة الرياضية السعودية";
    "" for another shape."""
    words = statement_words(denied)
    if not words or _role(words[0][0]) != "agent":
        return ""
    act = next((k for k in range(1 + _AGENT_LEAST, min(len(words), 2 + _AGENT_MOST)) if _with_beh(words[k][0])), None)
    return "" if act is None else denied[words[1][1].start : words[act - 1][1].end]


# A doer of one word is most often named by a pronoun, the denier's own ("قيام عناصرها بعملية تصفية لأسرى حوثيين",
# the Aden resistance, aawsat_18 in tests/data/yemen_aden_0721; "قيام ابنه بتغيير الرغبات"): its words name no one.
# The doer takes at most _AGENT_MOST words ("القناة الرياضية السعودية": three).
_AGENT_LEAST = 2
_AGENT_MOST = 5
