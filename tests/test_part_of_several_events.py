"""A toll of several events (a plural of an event noun) against the toll of one of them: a part, no dispute.

Real constructions of 2015-07-24 (SaudiNewsNet), judged part-vs-whole by blind annotators (tests/data/day_judgments
P048, P017): aljazirah ae2bb82e35898's own "قتل اكثر من 50 شخصا منذ امس الاول في هجمات مفترضة لحركة بوكو حرام في
الكاميرون ونيجيريا" against the Cameroon presidency's "11 شخصا قتلوا" in Maroua (a24723722b31c).
"""

from __future__ import annotations

from claimtrack.contradiction.figures import figure_conflict
from claimtrack.contradiction.toll_scope import several_events
from claimtrack.models import Mention
from claimtrack.spans import Span

WHOLE = ("قتل اكثر من 50 شخصا منذ امس الاول في هجمات مفترضة لحركة بوكو حرام في الكاميرون ونيجيريا التي حذر رئيسها "
         "الولايات المتحدة من ان سياستها تضر بالجهود لمكافحة الحركة المتطرفة.")
PART = "«11 شخصا قتلوا و32 أصيبوا بجروح»، مدينا الهجمات بحق المدنيين الأبرياء التي وصفها بـ«الجبانة والمشينة»"
ONE = "قتل اكثر من 50 شخصا منذ امس الاول في هجوم مفترض لحركة بوكو حرام في الكاميرون"


def _mention(text: str) -> Mention:
    return Mention(text, Span(0, len(text)))


def test_a_plural_event_noun_tells_several_events():
    assert several_events(WHOLE)
    assert several_events(WHOLE.replace("هجمات", "تفجيرات"))  # a sound plural, read in code
    assert not several_events(ONE)


def test_the_toll_of_one_wave_of_attacks_is_no_sum_of_events():
    # "وقال سكان محليون إن ثمانية مدنيين على الأقل قتلوا جراء تلك الهجمات" (the Turkish strikes in Iraqi Kurdistan,
    # 2015-08-03) against the Kurdistan authorities' "ستة قتلى من السكان المحليين": judged disagrees (P013, P054)
    eight = "ثمانية مدنيين على الأقل قتلوا جراء تلك الهجمات"
    assert not several_events(eight)
    assert figure_conflict(_mention(eight), _mention("ستة قتلى من السكان المحليين"))


def test_the_toll_of_attacks_holds_the_toll_of_one_attack():
    assert figure_conflict(_mention(PART), _mention(WHOLE)) == []
    assert figure_conflict(_mention(WHOLE), _mention(PART)) == []


def test_the_toll_of_one_attack_still_disputes_another_toll_of_it():
    # the same figures told of one attack are still held against each other
    assert figure_conflict(_mention("11 شخصا قتلوا في الهجوم"), _mention(ONE))
