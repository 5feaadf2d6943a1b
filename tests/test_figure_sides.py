"""Two figures of two sides' losses count two things (issue 13: compare like with like).

Real statements of SaudiNewsNet 2015-07-25, marked as a disagreement or an update by claimtrack and judged other-event
by blind annotators (tests/data/day_judgments):
- P020, P074: the Syrian Observatory's "تسعة عناصر من تنظيم الدولة الاسلامية" killed by Turkish strikes
  (a05e8592613f0, ac27ca6dc48b2) and its "12 من عناصر قوات النظام" killed in clashes with the organisation
  (a7de650953ee0);
- P022, E1017: "21 من عناصر الجيش والحشد الشعبي" killed by two bombings (a56b3cae05dc9) and "47 عنصراً من التنظيم"
  or "27 عنصراً من التنظيم" killed by coalition strikes (ac60ebf9642b5).
"""

from __future__ import annotations

from claimtrack.contradiction.figures import figure_conflict
from claimtrack.contradiction.measured import measured_figures, side_of
from claimtrack.models import Mention
from claimtrack.spans import Span

IS_DEAD = ("\"نفذت الطائرات التركية فجرا ثلاث ضربات جوية على مواقع \"داعش\" في الشريط الحدودي في الريف الشمالي الشرقي "
           "لمحافظة حلب، ما تسبب بمقتل تسعة عناصر من تنظيم الدولة الاسلامية واصابة 12 آخرين بجروح\"")
REGIME_DEAD = "مقتل \"12 من عناصر قوات النظام والمسلحين الموالين لها (...) وقيادي\" في تنظيم داعش في اشتباكات بين الجانبين"
ARMY_DEAD = ("\"التفجيرين تسببا في قتل 21 من عناصر الجيش والحشد الشعبي وجرح 24 آخرين. مبينا أنه تم نقل الجرحى إلى "
             "العاصمة بغداد لتلقي العلاج اللازم، فيما نقلت جثث القتلى إلى الطب العدلي\"")
ORGANISATION_DEAD = "47 عنصراً من التنظيم قُتلوا في قصف لطيران التحالف، استهدفهم في محافظتي الأنبار ونينوى"


def _mention(text: str) -> Mention:
    return Mention(text, Span(0, len(text)))


def _sides(text: str) -> list[str | None]:
    return [side_of(text, q) for q, m in measured_figures(text) if m == "killed"]


def test_the_side_a_figure_counts():
    assert _sides(IS_DEAD) == [_sides(ORGANISATION_DEAD)[0]]
    assert _sides(REGIME_DEAD)[0] is not None
    assert _sides(ARMY_DEAD)[0] is not None
    assert _sides(REGIME_DEAD)[0] != _sides(IS_DEAD)[0]
    assert _sides(ARMY_DEAD)[0] != _sides(ORGANISATION_DEAD)[0]


def test_civilians_are_a_side():
    assert _sides("قتل 43 مدنيا على الأقل الأحد عندما قصف المتمردون مدينة عدن") == ["civilian"]


def test_two_sides_losses_are_no_dispute():
    assert figure_conflict(_mention(IS_DEAD), _mention(REGIME_DEAD)) == []
    assert figure_conflict(_mention(ARMY_DEAD), _mention(ORGANISATION_DEAD)) == []


def test_one_side_told_twice_is_still_compared():
    # the same side in other words still disputes: the organisation's dead, 9 and 47
    assert figure_conflict(_mention(IS_DEAD), _mention(ORGANISATION_DEAD))


def test_one_of_the_wounded_is_no_count_of_them():
    # a police chief on the Lafayette shooting (aa49eb51358b0, af8a5bd6367e5, acc0970a13655, 2015-07-25): one of the
    # wounded had surgery; no toll against the authorities' seven wounded (judged agreement P053, P068, P081)
    one_of = "أحد الجرحى خضع للجراحة \"ووضعه ليس جيدا\""
    seven = "سبعة أشخاص أصيبوا في الهجوم ثلاثة منهم حالتهم خطرة"
    assert measured_figures(one_of) == ()
    assert figure_conflict(_mention(one_of), _mention(seven)) == []
    # one of the persons seen in a video, arrested, is no count of the arrested (a2dd9e1d5b60d, 2015-07-24)
    assert measured_figures("أعلنت إمارة منطقة مكة المكرمة القبض على أحد الأشخاص الذين ظهروا في مقطع فيديو") == ()


def test_wounded_among_survivors_are_no_count_of_the_wounded():
    # the public prosecution on the Nile boat (aef0dfe20952c, 2015-07-25): seven survived, some of them hurt; no toll
    # of the wounded against the health ministry's four (judged different quantities E1009, P079)
    survivors = "البحث لا يزال جاريا عن شخصين مفقودين فيما نجا سبعة أشخاص من الحادث بينهم مصابون"
    assert measured_figures(survivors) == ()
    # a part named by a figure still leaves its measure to the whole (alwatan, 2015-07-22)
    assert [m for _, m in measured_figures("57 مدنيا بينهم 12 طفلا و6 نساء قتلوا")] == ["killed"] * 3


def test_a_partys_dead_after_an_approximator_are_its_losses():
    # aleqtisadiya a88a7b0c1661d (2015-07-23): the Syrian Observatory's "مقتل 2927 على الأقل من تنظيم داعش" is the
    # party's dead among its "3216" of all killed by the coalition's strikes (judged part-vs-whole P017), as "مقتل 29
    # من تنظيم داعش" is; "على الأقل" between the figure and "من" changes nothing
    from claimtrack.contradiction.parts import figure_parts

    text = "مقتل 2927 على الأقل من تنظيم داعش غالبيتهم من جنسيات غير سورية، جراء الضربات الصاروخية"
    assert [text[s.start : s.end] for s in figure_parts(text)] == ["2927 على الأقل"]
    # a group after the approximator is no party: "من بينهم أطفال" names the children among them
    assert figure_parts("مقتل 29 شخصا على الأقل من بينهم أطفال") == frozenset()
