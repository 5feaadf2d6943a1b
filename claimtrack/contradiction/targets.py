"""What a denial is not marked against, though its words meet: a claim that calls the thing false itself, one
that negates what is denied, one that only tells the rumour it denies, and another statement of the same named
person (:func:`~.worded_apart.find_disputes` asks these of the claims a denial is linked to)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection

from ..claims import claim_key
from ..lexicon import read_rows, read_words
from ..lexicon.grammar import grammar
from ..lexicon.morph import ALEF, IMPERFECT_PREFIXES, MA, NOON, PRONOUN_SUFFIXES, WAW, without_conjunction
from ..matching.score import Claim
from ..matching.speaker_relation import relation
from ..matching.speakers import speaker_of
from .denied import explicit_denial, named_denial
from .denied_entity import names_another
from .denied_named import names_denied, names_predicate
from .denied_object import denied_start, denies_own_part, tells_denied
from .denial_links import rare_skeletons
from .disputes import denial_mentions, told_reports
from ..normalize import fold
from .statement_words import bare_readings, punctuation_between, statement_words
from .narration import NARRATION, TOLD
from .predicates import predicate_forms

__all__ = ["asserts_denied", "carried_twice", "denies_a_qualifier", "denies_a_stop", "denies_own_part", "denies_too",
           "few_apart", "names_a_qualifier", "names_denier", "negates_words", "one_person", "points_back_apart", "said_not", "skeletons",
           "tells_report"]


def denies_too(other: Claim) -> bool:
    """Does a claim call something false itself (:func:`_calls_false`), or is it an outlet's own sentence that tells a
    denial ("لم يكل المسؤولون الأتراك عن نفي الاتهامات الكثيرة الموجهة إلى بلادهم بدعم تنظيم داعش", ac73248a4ce61,
    2015-07-22: it sides with داود أوغلو's denial of them, it does not assert what they deny)?"""
    text = other.attribution.content.text
    return _calls_false(text) or (other.attribution.cue.stance == NARRATION and _tells_denial(text))


@functools.lru_cache(maxsize=8192)
def _tells_denial(text: str) -> bool:
    return bool(denial_mentions(text))


@functools.lru_cache(maxsize=8192)
def _calls_false(text: str) -> bool:
    """Does a claim call something false itself ("تم التأكد بعدم صحة ما ذكر في بعض وسائل الإعلام ... ان الحفل
    جرى في احد الملاهي الليلة", okaz ada1e9953c04e, 2015-08-03)?  Then it sides with a denial of the same thing
    (:func:`~.marks._dispute_of` reads the clusters' pairs so).  So does one that tells a denial issued
    ("إدارة الشباب أصدرت نفيا عن وجود أي نية لبيع حسن معاذ", alriyadh a10b4b37de9d1, 2015-07-24, against the club's
    own "نفت نيتها بيع أي من لاعبيها")."""
    return bool(denial_mentions(text, verbs_within=0, fused=True)) or any(named_denial(m.text) for m in denial_mentions(text))


@functools.cache
def _stops() -> frozenset[str]:
    """The claim-key terms of denials.tsv kind ``stop`` (إيقاف، توقف، وقف، تعليق، تجميد), with the forms a predicate
    takes (rules.predicate_forms: أوقف، توقف)."""
    terms = {t for r in read_rows("denials.tsv", 2) if r[1] == "stop" for t in claim_key(r[0]).ordered}
    return frozenset().union(*(predicate_forms(t) for t in terms)) if terms else frozenset()


@functools.lru_cache(maxsize=8192)
def denies_a_stop(text: str) -> bool:
    """Does a denial deny a stop (denials.tsv kind ``stop``): the first term of its content after the denial words it
    opens with ("لا صحة لإيقاف الاستقدام من «بنجلاديش»"; a denial verb's content "توقف الاتفاقية ...")?"""
    if not statement_words(text):
        return False
    terms = claim_key(text[denied_start(text) :]).ordered
    return bool(terms) and bool(predicate_forms(terms[0]) & _stops())


@functools.cache
def _qualifiers() -> frozenset[str]:
    """denied_qualifiers.txt: what a denial may deny of an act it grants (its intent, its cause), folded."""
    return frozenset(fold(w) for w in read_words("denied_qualifiers.txt"))


# Endings a qualifier word may carry: a pronoun (تعمدهم، قصده), a plural or dual subject (يتعمدوا، يتعمدون), the
# accusative (قصدا).
_QUALIFIER_ENDINGS = ("",) + PRONOUN_SUFFIXES + (WAW + ALEF, WAW + NOON, ALEF + NOON, ALEF)


@functools.lru_cache(maxsize=65536)
def _qualifier_word(word: str) -> bool:
    """Is a folded word a qualifier of denied_qualifiers.txt, with its clitics (بسبب، تعمدهم، يتعمدوا، بدافع)?"""
    for bare in bare_readings(word):
        for form in (bare, bare[1:] if bare[:1] and bare[0] in IMPERFECT_PREFIXES else ""):
            if any(form.endswith(e) and form[: len(form) - len(e)] in _qualifiers() for e in _QUALIFIER_ENDINGS if form):
                return True
    return False


@functools.lru_cache(maxsize=8192)
def denies_a_qualifier(text: str) -> bool:
    """Does a denial deny a qualifier of an act (denied_qualifiers.txt: its intent or cause) among the first
    :data:`_QUALIFIER_REACH` words of what it denies, after the denial words it opens with ("تعمدهم التحرش"، "يكون
    اعتقاله بسبب الطائرة")?"""
    start = denied_start(text)
    return any(_qualifier_word(w) for w, span in [x for x in statement_words(text) if x[1].start >= start][:_QUALIFIER_REACH])


# How many words into what a denial denies its qualifier may stand ("يكون اعتقاله بسبب": the third).
_QUALIFIER_REACH = 3


def names_denier(denial: Claim, other: Claim) -> bool:
    """Does ``other`` name the speaker of a denial (a word of its source) in its content or as its own source (a
    denial with no source names no one: yes)?"""
    speaker = set(claim_key(denial.attribution.source.text).ordered)
    named = set(other.key.ordered) | set(claim_key(other.attribution.source.text).ordered)
    return not speaker or bool(speaker & named)


def names_a_qualifier(text: str) -> bool:
    """Does a claim name an intent or a cause (denied_qualifiers.txt) anywhere?"""
    return any(_qualifier_word(w) for w, _ in statement_words(text))


def _asserts_a_qualifier(text: str) -> bool:
    """Does a claim name an intent or a cause (:func:`names_a_qualifier`) not under a verb's negator?  "وقال معظم
    المعترفين للمحققين إنهم لم يتعمدوا التحرش" (alwatan a975735a7f566, 2015-07-22) says what a denial of "تعمدهم
    التحرش" says: it agrees with it."""
    words = statement_words(text)
    negators = grammar().verb_negators
    return any(_qualifier_word(w) and not (k and without_conjunction(words[k - 1][0]) in negators)
               for k, (w, _) in enumerate(words))


def asserts_denied(denial: Claim, other: Claim, weight: "Callable[[str], float] | None" = None) -> bool:
    """Does a claim assert what a denial denies?  With the corpus's ``weight``, first: does it name a good part of
    what the denial denies, isolated from its reasons, its report phrase and its speaker's description, weighed by
    rarity (:func:`.denied_named.names_denied`: a company head's denial of a sale is no denial of his own words on
    strategy, a denial that a channel will broadcast a club's matches none of the match schedule); does it name what
    a denial of "أن يكون X Y" says of X (:func:`.denied_named.names_predicate`), and the entity in the role of what
    the denial denies, not another (:func:`.denied_entity.names_another`: Jericho's killing is not Cecil's).  Does
    it assert what a denial of a stop denies: that the thing stopped?  "لا صحة لإيقاف الاستقدام من
    «بنجلاديش»" (the Labour Ministry, aad320a48441e, 2015-07-22) says recruitment goes on; the ambassador's
    "عملية الاستقدام تسير بوتيرة بطيئة" (a156a76ef8548) and "بالفعل تم وصول عدد من العمالة البنغلاديشية"
    (a978129247384) say so too, and agree (judged agreement P015, P019, E006, M008 and eleven more there).  A claim
    that names a stop, in any form ("أوقفت الوزارة استقدام ..."), is what it denies; so is any claim a denial of
    something else meets (its words link them as before).  A denial of an act's intent or cause ("وأنكروا تعمدهم
    التحرش", a975735a7f566, 2015-07-22) grants the act: it disputes only a claim that names an intent or a cause too
    (:func:`denies_a_qualifier`), not the arrest of one of the young men "الذين ظهروا في مقطع الفيديو الخاص بالتحرش
    بفتاتين" (aa9ebaad81439; judged different-claims P058, E011, P050; 2015-07-25, E1005, E1011)."""
    if weight is not None and not (names_denied(denial, other, weight) and names_predicate(denial.attribution, other)
                                   and not names_another(denial, other)):
        return False
    if denies_a_qualifier(denial.attribution.content.text) and not _asserts_a_qualifier(other.attribution.content.text):
        return False
    if denies_own_part(denial.attribution.content.text) and not names_denier(denial, other):
        return False
    if not denies_a_stop(denial.attribution.content.text):
        return True
    return any(predicate_forms(t) & _stops() for t in other.key.ordered)


def one_person(denial: Claim, other: Claim) -> bool:
    """Are a denial and a claim told by one person named by name (a source of kind official or person), in any two
    articles?  A person does not deny himself: "نفى اتخاذ أي إجراء تجاه العقوبات" and "تم استعراض لجنة الأخلاق
    والقيم" are two things the spokesman عدنان المعيبد said (sabq a333627c23c15 / a4b6dd86f0b4e, 2015-08-03).  A
    body may still deny the account another outlet gives of it ("نفى الجناح العسكري لحزب العمال الكردستاني
    مسؤوليته", real_disputes D1-007).  A name alone is a person too: "بخاري" (source kind unknown) and "الرئيس النيجيري محمد بخاري" are one man, whose
    "تأكيدات لا أساس لها بانتهاك قواتنا لحقوق الإنسان" denies nothing of his own "سيعود إلى بلاده خالي الوفاض
    بسبب قانون أميركي" (aawsat a24723722b31c / alriyadh a84e480107714, 2015-07-24: judged agreement, P018)."""
    x, y = denial.speaker, other.speaker
    return bool(x.runs and y.runs) and {denial.attribution.source.kind, other.attribution.source.kind} <= _PERSONS \
        and relation(x, y) == "same"


# sources.tsv kinds of one person (not a body, a group, a document), and a name that no head noun qualifies
_PERSONS = frozenset({"official", "person", "unknown"})


def _word_positions(text: str, wanted: Collection[str]) -> list[int]:
    """The indexes in :func:`statement_words` of ``text`` of the words one of whose terms has one of the skeletons
    ``wanted`` (:func:`skeletons`: "الملاهي" and "ملهى" are one word)."""
    return [k for k, (w, _) in enumerate(statement_words(text)) if skeletons(w) & set(wanted)]


@functools.lru_cache(maxsize=65536)
def skeletons(word: str) -> frozenset[str]:
    """The skeletons (:func:`~.denial_links.rare_skeletons`) of every term of a word."""
    return rare_skeletons(claim_key(word), _ANY_WEIGHT, 0.0)


def _ANY_WEIGHT(term: str) -> float:
    return 1.0


def said_not(other: Claim, words: Collection[str]) -> bool:
    """Does ``other`` negate most of the words a denial is linked to it by: "الحفل كان في إحدى السفن السياحية ...
    وليس في ملهى ليلي" (okaz ada1e9953c04e, 2015-08-03) says what "تنفي حضور «ملهى ليلي»" says (judged agreement)?"""
    return negates_words(other.attribution.content.text, words)


def negates_words(text: str, words: Collection[str]) -> bool:
    """Does ``text`` negate most of its words whose skeletons are ``words`` (:func:`skeletons`), each within a few
    words after a negator of its own clause ("أعمالنا معلنة.. ولا إنزال برياً في عدن": إنزال، بري، عدن)?"""
    at = _word_positions(text, words)
    if not at:
        return False
    negators = grammar().negator_heads
    said = statement_words(text)
    folded = [w for w, _ in said]

    def negated(k: int) -> bool:
        """Is word ``k`` within :data:`_NEGATED_REACH` words after a negator, no punctuation mark between?"""
        for j in range(k - 1, max(-1, k - 1 - _NEGATED_REACH), -1):
            if punctuation_between(text, said, j + 1):
                return False
            word = without_conjunction(folded[j])
            if word in negators and (word != MA or k - j <= _MA_REACH):  # (not "لا يزال": still)
                return "not_negating_after" not in grammar().role(folded[j + 1])
        return False

    return 2 * sum(map(negated, at)) > len(at)


# How many words before a link word the negator of it may stand, in its clause ("وليس في ملهى ليلي"; "أعمالنا
# معلنة.. ولا إنزال برياً في عدن", the coalition spokesman's headline, 2015-08-04, says what his denial of the reports
# of a landing in Aden says: judged agreement P049, P060).
_NEGATED_REACH = 5
# ما is as often "what" ("عكس ما تمارسه المليشيات الحوثية بحق أسرى المقاومة", almadina_27 in
# tests/data/yemen_aden_0721: the resistance's own account, which its denial of executing prisoners is marked against)
# as "not": it negates no word further than this.
_MA_REACH = 3


def tells_report(other: Claim, words: Collection[str]) -> bool:
    """Does ``other`` hold most of the words a denial is linked to it by in a report it tells (:func:`told_reports`:
    "أصدر ... بيانا حول ما أثير مؤخرا على مواقع التواصل الاجتماعي عن حضور ... لحفل غنائي في ملهى ليلي", okaz
    a8c51d93de7fa, 2015-08-03)?  It asserts no such thing: the report is the claim denied (a told report of a denial
    is a claim of its own, :func:`.narration.told_claims`), not what its teller says."""
    text = other.attribution.content.text
    spans = told_reports(text, past_comma=True)
    if not spans:
        return False
    at = _word_positions(text, words)
    places = statement_words(text)
    inside = [k for k in at if any(s.start <= places[k][1].start < s.end for s in spans)]
    return 2 * len(inside) > len(at)  # (the words of the report's carrier aside: "مواقع التواصل الاجتماعي")


def carried_twice(denial: Claim, other: Claim) -> bool:
    """Is ``other`` a report told by a statement that ``denial`` carries again: a told report (:data:`.narration.TOLD`)
    and a denial that share most of the shorter's words, and many ("لا صحة لما تردد ... عن موافقة إدارة الشباب على
    بيع عقود بعض لاعبي الفريق الأول ...", aawsat acf206cd6f09b, and the same statement of the club in aljazirah
    a468c92bb6684 and aleqtisadiya a1ec696201ffc, 2015-07-24: judged agreement, M010, P040)?  One denial carried by
    two outlets is one statement, no dispute; a denial in its own words ("نفي الاتحاد السعودي لكرة القدم رفع
    الإيقافات", real_disputes D2-017) still denies the report.  So is a report told by the denier's own statement
    in another outlet when the denial tells the report too (:func:`.denied_object.tells_denied`), however short:
    "ما يتداول بشأن منع فئات معينه غير صحيح" (the Kuwaiti interior ministry's عادل الحشاش, alriyadh
    a05dc6e448997, 2015-07-25) and the report "منع فئات معينة" his statement tells in alweeam af35c9c6042d0 and
    almadina a6d3c82813e9a (judged agreement, E1008, E1012, E1014); the club's "لا صحة لما تردد ... عن موافقة
    إدارة الشباب على بيع عقود بعض لاعبي الفريق الأول" (almadina adc971fa221ad, 2015-07-23) and the report its
    denial tells in alriyadh a4e814259db99 (P060, P036, P057)."""
    if other.attribution.cue.stance != TOLD:
        return False
    told, said = _content_skeletons(other.attribution.content.text), _content_skeletons(denial.attribution.content.text)
    fewer = min(len(told), len(said))
    if fewer >= _REPEATED_LEAST and len(told & said) >= _REPEATED * fewer:
        return True
    return tells_denied(denial.attribution.content.text) and _told_by(other, denial)


def _told_by(report: Claim, denial: Claim) -> bool:
    """Is a told report told by the denier: is the speaker of the statement that tells it (its source key) one
    speaker with the denial's?"""
    return any(relation(speaker_of(k), denial.speaker) == "same" for k in report.source_key)


# A told report and a denial are one statement when they share this share of the shorter's words (a report told to
# the end of its statement in one outlet, cut short or spelt otherwise in another: "الخطوه"، "لادارة"), the
# shorter of at least so many words (a short denial in its own words names what it denies: D2-017, 8 words).
_REPEATED = 0.7
_REPEATED_LEAST = 12


@functools.lru_cache(maxsize=4096)
def _content_skeletons(text: str) -> frozenset[str]:
    """The skeletons of a text's words (of three letters or more: no particles)."""
    return frozenset().union(*(skeletons(w) for w, _ in statement_words(text) if len(w) >= 3))


def few_apart(denial: Claim, other: Claim, shared: Collection[str], named: Collection[str]) -> bool:
    """Is a denial linked to a claim of another article by fewer than :data:`_APART_LEAST` words (their skeletons:
    "لميسي" and "ميسي" are one word), while it names more (``named``: the skeletons of its rare words, those of its
    denial and report phrases aside: غير صحيح، ما يتم تداوله)?  Two words of a denial meet claims of other stories
    across a day: "أمانة جدة تنفي وضع كاميرات مراقبة في الكورنيش" (alriyadh a70f64e4158e3, 2015-07-26) and a traffic
    official's "المخالفين السعوديين لنظام ساهر ..." or an op-ed's "إن وضعَ نظام يجرم التحرّش" (judged other-event,
    P049, P031); "وينفي الاتهامات بازدواجية المعايير ... في منطقة اليورو" and "تطبيقها في منطقة اليورو متفاوت"
    (2015-07-24, M013).  Two are enough when they are most of what the denial names ("ما يتم تداوله عن تأجيل الدراسة
    غير صحيح", sabq a165a64f4444d, 2015-07-21, and another outlet's "أنباء عن تأجيل بداية العام الدراسي"), or when
    the claim names the denier, whose account it gives (Iran's "سعيها لامتلاك سلاح نووي", alriyadh a2d84776d6a53,
    and "«إيران عازمة على الحصول على أسلحة نووية»", 2015-07-21); a denial of the account another outlet gives names
    more of it ("نفي الاتحاد السعودي لكرة القدم رفع الإيقافات عن لاعبي النصر والهلال", real_disputes D2-017); within
    one article, two words are enough."""
    n = len(set(shared))
    if denial.attribution.article == other.attribution.article or n >= _APART_LEAST:
        return False
    if denial.source_key & set(other.key.entities):
        return False
    return n < _APART_SHARE * len(set(named) - _denial_vocabulary())


# How many words a denial must share with a claim of another article to be linked to it by its words, unless they
# are this share of the words it names.
_APART_LEAST = 3
_APART_SHARE = 2 / 3


@functools.cache
def _denial_vocabulary() -> frozenset[str]:
    """The skeletons of the words of denials.tsv's expressions (صحة، تداول، تردد ...): they name no content."""
    return frozenset().union(*(skeletons(w) for r in read_rows("denials.tsv", 2) if r[1] != "stop" for w in r[0].split()))


def points_back_apart(denial: Claim, other: Claim, text: str = "") -> bool:
    """Is ``other`` in another article than a denial that opens by calling what was said before it false ("هذا غير
    صحيح، إذ إن حرمان الوالدين طفلهما من التمتع بالنظر ..." answering a reader's question, aawsat acd8b3e4a5829,
    2015-07-24; "كل ذلك كذب. حياة (داعش) حياة من الاغتصاب ...", aawsat a38514450ec5d, 2015-07-26)?  Such a denial
    denies what its own article told just before; the rest of its content is its reasons, whose words name no claim
    of another article (judged other-event, P060; denial-of-other-claim, P006).  So does one that follows its
    content in its sentence (``text``: its article's), a demonstrative before it: "... قالت لي إن التمكين مصطلح
    تغريبي، وهو من مصطلحات الأمم المتحدة، فأخبرتها أن هذا غير صحيح" (okaz a37a6548fcafa, 2015-07-25) denies the
    word said to her, not a law on weapons in another article that shares three words of her long quote (judged
    other-event, E1010, P075, P045)."""
    a = denial.attribution
    if a.article == other.attribution.article:
        return False
    return _opens_pointing_back(a.content.text) or (bool(text) and not explicit_denial(a)
                                                     and _points_back_after(text[a.content.span.end : a.sentence.end]))


# How many words may open a content before the demonstrative that a denial phrase follows ("كل ذلك كذب").
_BACK_OPENING = 1


@functools.lru_cache(maxsize=4096)
def _points_back_after(tail: str) -> bool:
    """Does a denial phrase right after a demonstrative stand in ``tail``, the rest of a sentence after a content
    ("، فأخبرتها أن هذا غير صحيح")?"""
    words = statement_words(tail)
    g = grammar()
    return any("demonstrative" in g.role(without_conjunction(w)) and _denial_opens(tail, words[k + 1][1].start)
               for k, (w, _) in enumerate(words[:-1]))


def _denial_opens(text: str, at: int) -> bool:
    """Does a denial phrase (or verb) open ``text`` at ``at``?"""
    found = denial_mentions(text[at:], at, verbs_within=1)
    return bool(found) and found[0].span.start == at


@functools.lru_cache(maxsize=4096)
def _opens_pointing_back(text: str) -> bool:
    """Does ``text`` open with a demonstrative that a denial word follows at once (هذا غير صحيح، كل ذلك كذب)?"""
    words = statement_words(text)[: _BACK_OPENING + 2]
    g = grammar()
    for k, (w, span) in enumerate(words[:-1]):
        if k > _BACK_OPENING:
            break
        if "demonstrative" in g.role(without_conjunction(w)):
            return _denial_opens(text, words[k + 1][1].start)
    return False
