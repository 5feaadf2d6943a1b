"""Opposed predicates reached through their inflections (contradiction.predicates): participles, a hamza-initial
imperfect, a form III verb whose و light stemming takes for a conjunction.  Each pair quotes a construction of a
real SaudiNewsNet article (named in the test); where the opposite was not in the same text, its side is the
construction written the other way."""

from claimtrack.claims import claim_key
from claimtrack.contradiction.evidence import Side
from claimtrack.contradiction.predicates import antonym_evidence
from claimtrack.models import Mention
from claimtrack.spans import Span


def _side(text: str) -> Side:
    return Side(claim_key(text), False, (), (), "", False, Mention(text, Span(0, len(text))))


def _opposed(a: str, b: str) -> str | None:
    found = antonym_evidence(_side(a), _side(b))
    return found.note if found is not None else None


def test_participles_as_predicates() -> None:
    # "وتم إنقاذه من قبل فرقة البحث والإنقاذ وحالته الصحية مستقرة" (a drowning at Yanbu, alweeam 348496,
    # 2015-07-21) / "أحدهم حالته حرجة" (okaz Con20150722785017, 2015-07-22): two states of one patient
    # (data/antonyms.tsv: حرج / مستقر)
    assert _opposed("وتم إنقاذه وحالته الصحية مستقرة", "أحدهم حالته حرجة") is not None
    # a participle of a derived verb stands for its verb, as مستقرة does above: مرتفعة -> ارتفع, منخفضة -> انخفض,
    # مستمرة -> استمر, متوقفة -> توقف
    assert _opposed("أسعار النفط مرتفعة اليوم", "أسعار النفط منخفضة اليوم") is not None
    assert _opposed("المفاوضات مستمرة بين الطرفين", "المفاوضات متوقفة بين الطرفين") is not None


def test_a_participle_with_the_article_qualifies_a_noun() -> None:
    # "العقوبات المفروضة من قبل لجنة الانضباط" (sabq 33e60fcaca, real_disputes) says no one imposes anything: it
    # is no فرض against "رفع العقوبة", which the same spokesman calls untrue; the two agree
    assert _opposed("رفع العقوبة عن لاعبي الهلال والنصر غير صحيح",
                    "اتخاذ أي إجراء تجاه العقوبات المفروضة من قبل لجنة الانضباط على لاعبي الهلال والنصر") is None


def test_hamza_initial_imperfect() -> None:
    # "دولا غربية هامة، مثل بريطانيا، وألمانيا، وفرنسا، تؤيد الاتفاق" (aawsat 410471, 2015-07-21, the nuclear deal
    # at the Security Council) / "سيستعمل الفيتو إذا عارض الكونغرس الاتفاق" (aawsat ac4006a49cbbf, 2015-07-21):
    # تؤيد (folded تويد) is أيد
    assert _opposed("دولا غربية هامة تؤيد الاتفاق", "عارض الكونغرس الاتفاق") == "تويد / عارض"


def test_form_three_verb_keeps_its_waw() -> None:
    # "وافقت اللجنة المركزية على اقتراح تسيبراس ورفضت اقتراحا قدمته «منصة اليسار»" (aleqt 977934, 2015-08-01):
    # وافقت, stemmed افق, is وافق
    assert _opposed("وافقت اللجنة المركزية على اقتراح تسيبراس", "رفضت اللجنة المركزية اقتراح تسيبراس") is not None
