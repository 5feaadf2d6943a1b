"""Facets of a story: the question of an event that a claim answers.

An attack's coverage asks several questions, and a reader follows each as a story of its own: who condemned
it, who did it, what the investigation found, what is being done about it, how many it killed.  A claim's
facet is read from its words (its cue and its content) with ``data/story_facets.tsv`` (suruc_bombing):
"أدانت مصر بقوة العملية الإرهابية" condemns, "تنظيم داعش الإرهابي يقف وراء الاعتداء الانتحاري" says who did
it, "تم تحديد هوية مشتبه به" tells the investigation, "سنتباحث في خطة عمل تشمل إجراءات أمنية جديدة" answers
what is being done.  The toll is read from the claim's figures (:func:`gives_toll`) or its words.
Words that other news uses in other senses stay out of the file: نفذ (carried out an attack, and executed a
payment), تبنى (claimed an attack, and adopted a policy); تحقيق counts only with the article ("التحقيق سينتهي
بأسرع وقت ممكن", alriyadh_0722_693: the investigation; "لتحقيق الاستقرار": achieving).

A weak word tells its facet only when the claim has no strong word and gives no toll: "الأنباء الأولية تشير إلى
أن انتحاريين اثنين دخلا إلى المركز الثقافي" (suicide bombers: who did it) but "تحديد هوية مشتبه به في الهجوم
الانتحاري" (the investigation) and "11 مدنيا قتلوا في تفجير انتحاري" (the toll).  The toll's own words (إصابات،
جثة، المصابين) come after every strong word ("بعضهم إصاباتهم خطيرة", the deputy prime minister's next sentence
after his figure of the wounded, suruc_bombing).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ..claims.quantities import Quantity, find_quantities
from ..claims.units import named_units
from ..claims.stems import strip_clitics, verb_readings, word_tokens
from ..lexicon import read_rows, read_words
from ..lexicon.morph import ALEF, DEFINITE, HEH, LAM_LAM, NOON, PREPOSITION_CLITICS, PRONOUN_SUFFIXES, TEH, WAW, YEH
from ..models import Attribution
from ..normalize import fold

__all__ = ["EVENT_FACETS", "FACETS", "PERPETRATOR", "TOLL", "WAVES", "claim_facet", "cluster_facet", "facet_of",
           "gives_toll", "headline_gives_toll", "people_units", "tells_culprit", "tells_event"]

# The facets in the order a claim takes them: the UN condemning a blast "that killed 30" condemns; the suspect
# of "the attack that killed 32" is who did it.  The toll comes after them all (gives_toll).
FACETS = ("condemnation", "perpetrator", "investigation", "response")
# Who did it: its claims join as a wave's do when they say who did the event their article tells (tells_culprit).
PERPETRATOR = "perpetrator"
# How many an event concerns: after every other facet, whether told by a figure (gives_toll) or by a word.
TOLL = "toll"
# The facets whose claims come in waves: many speakers react to one event in the same few words, often sharing
# nothing but its place (a dozen condemnations of an attack).  Two of them that share a narrow anchor are one
# story (stories.group_stories).  The other facets' words are common in other news ("مسؤولية" is any
# responsibility), and on a real day (1,000 SaudiNewsNet articles) such joins were right in 2 of 12.
WAVES = ("condemnation",)
# The questions that an event's own articles answer in words of their own, seldom shared: what the investigation
# found ("تم تحديد هوية مشتبه به"; "منفذ الهجوم رجل في العشرين"), what is being done ("ندعو الجميع إلى التوحد";
# "سنتباحث في خطة عمل تشمل إجراءات أمنية جديدة").  Two of their claims join when their articles tell one event
# (stories.group_stories).  Not who did it: a culprit is named in other news too ("أجهزة الأمن حذرت الحكومة مؤخرا
# من خطر حدوث هجوم إرهابي", a paper on the government's policy, aawsat_0722_54).
EVENT_FACETS = ("investigation", "response")
# What a base form may end in: a pronoun (مسؤوليتها، إدانته), the feminine perfect (أدانت), a plural or the
# feminine (مشتبهين، منددة، إجراءاتها), the accusative's alef ("هجوما انتحاريا", aleqtisadiya_0721_684).
_ENDINGS = (*PRONOUN_SUFFIXES, TEH, WAW + ALEF, YEH, YEH + NOON, WAW + NOON, ALEF + TEH, ALEF)
# The masculine singular and plural endings of a noun of persons (منفذ، منفذو، منفذي، منفذين، منفذون).
_MASCULINE = ("", WAW, YEH, YEH + NOON, WAW + NOON)


@functools.cache
def _forms() -> dict[str, tuple[str, bool, str]]:
    """Folded word forms (clitics aside) -> (facet, whether the word is weak, its endings: "indefinite" counts
    only without the article, "definite" only with it)."""
    words: dict[str, tuple[str, bool, str]] = {}
    for row in read_rows("story_facets.tsv", 4):
        base = fold(row[0])
        for form in _row_forms(base, row[2]):
            words.setdefault(form, (row[1], row[3] == "weak", row[2]))
    return words


def _row_forms(base: str, endings: str) -> Iterable[str]:
    """The word forms of a row of story_facets.tsv by its ``endings``: a noun of persons never in its feminine
    ("منفذ الهجوم"، "منفذي", not "عمليات البيع المنفذة"); an adjective that classifies one act as written or with
    the accusative alef ("عمل إرهابي"، "عملا إرهابيا"), not in the plural of any attacks ("أنقذت دولا من عمليات
    إرهابية", ambassadors on the Saudi arrests, SaudiNewsNet 2015-07-21); any other word with every ending."""
    if endings == "masculine":
        return (base + s for s in _MASCULINE)
    if endings == "definite":  # a noun with the article, in the singular or the plural (التحقيق، التحقيقات)
        return (base, base[:-1] + TEH + ALEF + TEH if base.endswith(HEH) else base + ALEF + TEH)
    if endings == "indefinite":
        return (base, base + ALEF)
    return _inflected(base)


def _definite(word: str, bare: str, *, of: bool = True) -> bool:
    """Whether the folded ``word`` carries the article before ``bare`` (itself without its clitics): الإرهابي،
    والإرهابية، and with ``of`` للإرهابيين too.  Without it, a noun after ل is what another one is of ("العناصر
    الأولى للتحقيق تكشف أن التفجير هو اعتداء انتحاري قام به داعش": who did it, SaudiNewsNet 2015-07-21), not
    the topic of a claim ("التحقيق سينتهي بأسرع وقت ممكن", alriyadh_0722_693)."""
    prefix = word[: len(word) - len(bare)] if word.endswith(bare) else ""
    return prefix.endswith(DEFINITE) or (of and prefix.endswith(LAM_LAM))


def _inflected(base: str) -> Iterable[str]:
    """``base`` and ``base`` with each ending of ``_ENDINGS``; a teh marbuta (folded to heh) becomes teh
    before one (مسؤولية، مسؤوليتها)."""
    stem = base[:-1] + TEH if base.endswith(HEH) else base
    yield base
    for ending in _ENDINGS:
        yield stem + ending


def _facet_of_word(word: str, words: dict[str, tuple[str, bool, str]]) -> tuple[str, bool] | None:
    """The facet of one folded word (and whether the word is weak), its clitics aside, or of the perfect an
    imperfect may be (تدين: يدين).  A word that counts only without the article classifies what it follows
    ("الانفجار عمل إرهابي", the Turkish interior ministry in aljazirah_0721_981 of suruc_bombing); with it, it
    names what was told before or a name's epithet ("هذا العمل الإرهابي" in the same ministry's call for calm,
    "تنظيم داعش الإرهابي" in the GCC's statement of maliki_reactions, alriyadh_0723_589)."""
    bare = strip_clitics(word)
    for w in (bare, *verb_readings(bare)):
        if w in words:
            facet, weak, endings = words[w]
            if (endings == "indefinite" and _definite(word, bare)) or (
                    endings == "definite" and not _definite(word, bare, of=False)):
                return None
            return facet, weak
    return None


def facet_of(text: str, *, toll: bool = False, waves_within: int | None = None) -> str | None:
    """The facet ``text`` (a claim's cue and content) answers, or None: the first of :data:`FACETS` that one
    of its strong words names, else :data:`TOLL` when ``toll`` (the claim gives a toll by its figures) or when
    one of its words names the toll, else the first of :data:`FACETS` that one of its weak words names.  A toll
    comes before a weak word: "11 مدنيا على الاقل قتلوا في تفجير انتحاري مزدوج" tells how many were killed.

    With ``waves_within``, a word of a wave (:data:`WAVES`) counts only among the first ``waves_within`` words
    of ``text``: a speaker condemns in his cue or in the words that open what he says ("أعرب عن إدانته"، "إن
    الوزارة تدين"); further in, he talks about a condemnation ("أرى هذا البيان تعبيرا عن إدانة مصر للإرهاب",
    an ambassador on Egypt's relations with Turkey, aawsat_0722_24)."""
    words = _forms()
    found = {f for n, t in enumerate(word_tokens(text)) if (f := _facet_of_word(t[0], words))
             and (waves_within is None or n < waves_within or f[0] not in WAVES)}
    strong = next((f for f in FACETS if (f, False) in found), None)
    if strong or toll or any(f == TOLL for f, _ in found):
        return strong or TOLL
    return next((f for f in FACETS if (f, True) in found), None)


@functools.cache
def people_units() -> dict[str, str]:
    """data/people_units.tsv: a unit that counts people -> figure or toll."""
    return {r[0]: r[1] for r in read_rows("people_units.tsv", 2)}


def _counts_people(quantities: Iterable[Quantity]) -> bool:
    """Does one of these figures count people (a measure, or a unit of data/people_units.tsv)?"""
    units = people_units()
    return any(q.counts or q.unit in units for q in quantities)


def gives_toll(attribution: Attribution, quantities: Iterable[Quantity]) -> bool:
    """Whether a claim answers how many people an event concerns (``quantities``: its figures): a figure that
    counts people ("41 متهماً", "27 شخصا قتلوا"; data/people_units.tsv) or a toll's measure named without one
    ("هناك مخاوف من أن يرتفع عدد القتلى")."""
    return _counts_people(quantities) or any(people_units().get(u) == "toll" for u in named_units(attribution.content.text))


def headline_gives_toll(headline: str) -> bool:
    """Whether a headline gives a toll: a figure that counts people ("27 قتيلاً بانفجار في بلدة تركية",
    "مقتل 30 بانفجار"; data/people_units.tsv)."""
    return _counts_people(find_quantities(headline))


# The words that open a claim's content, where a speaker's own condemnation stands ("إدانته الشديدة"، "إن
# الوزارة تدين"): a wave's word further in talks about a condemnation (facet_of).
_OPENING = 3


def claim_facet(attribution: Attribution, quantities: Iterable[Quantity]) -> str:
    """The question of its event that a claim answers (:func:`facet_of`): condemnation, perpetrator,
    investigation or response by its words, :data:`TOLL` when it gives a toll (:func:`gives_toll`) or names
    one, else "" (any other)."""
    cue = attribution.cue.text
    return facet_of(f"{cue} {attribution.content.text}", toll=gives_toll(attribution, quantities),
                    waves_within=len(word_tokens(cue)) + _OPENING) or ""


def cluster_facet(claims: Iterable[tuple[Attribution, Iterable[Quantity]]]) -> str:
    """The facet of a claim cluster, given each claim's attribution and figures: the first of its claims'
    facets (:func:`claim_facet`) in the order of :data:`FACETS`, then :data:`TOLL`."""
    found = {claim_facet(a, q) for a, q in claims}
    return next((f for f in (*FACETS, TOLL) if f in found), "")


@functools.cache
def _event_words() -> frozenset[str]:
    """data/event_words.txt, folded: the words that say what kind of event a claim is about."""
    return frozenset(fold(w) for w in read_words("event_words.txt"))


def tells_event(text: str) -> bool:
    """Whether ``text`` (an article's headline and lead) names an event by a word of data/event_words.txt, its
    clitics and the accusative's alef aside: "مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا" (aljazirah_0721_981, suruc_bombing); not
    "إنشاء جمعية تعاونية تخدم خمسة آلاف موظف ... فالح بن عطا لله الحربي" (SaudiNewsNet 2015-07-26), whose
    surname the topic terms read as the stem of معارك."""
    events = _event_words()
    for token, _, _ in word_tokens(text):
        forms = {strip_clitics(token)}
        # a preposition that strip_clitics keeps before a word it does not know (بانفجار), the accusative (انفجارا)
        forms |= {strip_clitics(f[1:]) for f in forms if f[:1] in PREPOSITION_CLITICS and len(f) > 4}
        if not events.isdisjoint(forms | {f[:-1] for f in forms if f.endswith(ALEF)}):
            return True
    return False


def tells_culprit(attribution: Attribution) -> bool:
    """Whether a claim says who did the event its article tells: a strong word of the perpetrator's facet and the
    event named with the article, as told before ("وحمّل التنظيم الجهادي مسؤولية الهجوم", alriyadh_0722_693;
    "اتهمت جماعة حزب العمال الكردستاني ... حزب العدالة والتنمية بالوقوف وراء التفجير", aawsat_0722_54; "تنظيم
    داعش الإرهابي يقف وراء الاعتداء الانتحاري", alriyadh_0722_839: suruc_bombing).  Not an attack named by a
    pronoun ("جماعة يسارية ... أعلنت مسؤوليتها عنه": another attack of aawsat_0722_54), nor a weak word alone
    ("تبذل قوات الأمن جهودا مكثفة لكشف جميع صلات الانتحاري" is the investigation), nor an event word that is a
    facet's own (the epithet of "تنظيم داعش الإرهابي", alriyadh_0722_839)."""
    words, events = _forms(), _event_words()
    culprit = told = False
    for token, _, _ in word_tokens(f"{attribution.cue.text} {attribution.content.text}"):
        facet = _facet_of_word(token, words)
        culprit = culprit or facet == (PERPETRATOR, False)
        bare = strip_clitics(token)
        told = told or (bare in events and bare not in words and _definite(token, bare))
    return culprit and told
