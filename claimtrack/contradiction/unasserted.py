"""Statements whose words meet a denial's but that assert nothing it denies: the background of the denial's own
article (an outlet's sentence that tells no report), a statement that names the thing as a rumour, and a statement
of the denier's own government (:func:`~.worded_apart.find_disputes` and :func:`~.marks.contradictions` ask these
of the claims a denial is linked to, unless the denial points back to the claim)."""

from __future__ import annotations

import functools

from ..claims import stem
from ..lexicon.grammar import grammar
from ..lexicon.morph import ALEF, DEFINITE, HEH, TEH, definite_word, without_article, without_conjunction
from ..matching.score import Claim
from ..matching.speakers import government_of
from ..normalize import fold
from ..spans import Span
from .denied_object import words_of_role
from .narration import NARRATION, TOLD
from .statement_words import bare_readings, punctuation_between, statement_words, with_article

__all__ = ["background_of", "calls_it_rumour", "one_government"]


def background_of(denial: Claim, other: Claim) -> bool:
    """Is ``other`` an outlet's own sentence of the denial's article that tells no report: no noun of news (خبر،
    تقارير، شائعة) and no verb of telling or reporting (تداولوا، نشرت، أكد: :func:`_report_stems`)?  Such a sentence
    is the story's background, not the account the article's denial takes back: "يذكر أن سميث تزوج من جادا عام 1997
    ..." and "وللزوجين ولدان ..." beside Will Smith's denial of a report that the couple decided to divorce
    (aleqtisadiya a439328d8e1a4, 2015-08-04, judged different-claims P000, P045), the steps of a promotion beside a
    university's denial of a press report (2015-08-02).  One that tells the account as a report is its account
    ("وكانت مواقع التواصل الاجتماعي قد تداولت إشاعة عن تعرض 22 مواطناً لحالة تسمم", 2015-07-24)."""
    a = other.attribution
    if a.cue.stance != NARRATION or a.article != denial.attribution.article:
        return False
    return not (_report_stems() & {stem(w) for w, _ in statement_words(a.content.text)})


@functools.cache
def _report_stems() -> frozenset[str]:
    """The light stems of denied_object.tsv's nouns of news and verbs of telling (``news``, ``tells``), of the
    plurals of news (particles.tsv ``anaphor_noun``) and of reporting verbs (reporting_verbs.tsv): شائعة، للشائعات ->
    شايع; تداولت، تداولوا -> تداول."""
    words = list(words_of_role("news", "rumour", "tells"))
    words += [w for w, roles in grammar().particles.items() if "anaphor_noun" in roles and w.startswith(DEFINITE)]  # not صحة
    # and the perfect of a reporting verb that tells what was said ("ففي وقت أكد المتحدث باسم مكتب الأمن القومي
    # الأفغاني ... أن الملا عمر توفي في مستشفى بكراتشي", okaz, 2015-07-30: the account the Taliban's denial of "هذه
    # المعلومة" denies): not a verb of a noun phrase (أبرز: "أبرزهم") nor of appeal, opinion or feeling
    verbs = {f.verb for forms in grammar().cues.values() for f in forms}
    words += [fold(v.lemma) for v in verbs if v.frame != "nominal" and v.stance not in _NOT_TELLING]
    return frozenset(stem(w) for w in words)


_NOT_TELLING = frozenset({"appeal", "express", "praise", "opinion", "warn"})


def one_government(denial: Claim, other: Claim) -> bool:
    """Do a denial and a statement speak for one country's government (:func:`~..matching.speakers.government_of`)?
    A government does not deny its own officials: "تنفي الخارجية الفلسطينية وجود «أزمة منح دراسية» مع فنزويلا" and
    the higher-education ministry's account of the grants (2015-07-22, judged agreement), Cairo's denial of tension
    with Khartoum and its ambassador's "العلاقات بين الدولتين تتطور باستمرار" (2015-08-02, judged agreement P016, P057)."""
    mine = government_of(denial.attribution.source.text)
    return mine is not None and mine == government_of(other.attribution.source.text)


def calls_it_rumour(other: Claim) -> bool:
    """Does a speaker's statement (not an outlet's own sentence, not a report a denial tells) name a rumour
    (denied_object.tsv ``rumour``: إشاعة، الشائعات)?  It speaks of the rumour, it does not assert it: the singer's
    own headline "رفضي الغناء في طرابلس إشاعة" beside his denial (2015-07-31), a researcher's "زيارة ولي ولي العهد
    ... أحبط الإشاعات الإخوانية حول وجود توتر" beside the visit's rebuttal of those rumours (2015-08-01), the
    Egyptian interior ministry's "بددت ... الشائعات الإخوانية" beside its official's denial (2015-07-25): all judged
    agreement.  An outlet that tells a rumour ("وكانت مواقع التواصل الاجتماعي قد تداولت إشاعة عن ...") tells the
    account denied."""
    if other.attribution.cue.stance in (NARRATION, TOLD):
        return False
    text = other.attribution.content.text
    said = statement_words(text)
    return any(_rumour_noun(w) and not _rumour_held(text, said, k) for k, (w, _) in enumerate(said))


def _rumour_noun(word: str) -> bool:
    """Is a folded word a rumour noun (denied_object.tsv ``rumour``), singular or plural (الشائعات، للإشاعات)?"""
    nouns = words_of_role("rumour")
    for r in bare_readings(word):
        bare = without_article(with_article(r))
        if bare in nouns or (bare.endswith(_PLURAL) and bare[: -len(_PLURAL)] + HEH in nouns):  # (ة folds to ه)
            return True
    return False


_PLURAL = ALEF + TEH  # ات: شائعات


def _rumour_held(text: str, said: "list[tuple[str, Span]]", k: int) -> bool:
    """Is the rumour noun at ``k`` (of ``said``, ``text``'s words) no rumour the speaker calls one: an adjective right
    after a definite noun ("الأخطاء الشائعة": common), the object of a word of its truth ("صحة الشائعات"،
    denied_object.tsv ``opening``), or negated within two words ("هذه ليست إشاعة")?"""
    words = [w for w, _ in said]
    before = words[k - 1] if k else ""
    if before and definite_word(before) and definite_word(words[k]) and not punctuation_between(text, said, k):
        return True
    if before and without_conjunction(before) in words_of_role("opening"):
        return True
    return any(without_conjunction(w) in grammar().negator_heads for w in words[max(0, k - 2) : k])
