"""A figure told "days after" ("بعد أيام على مقتل سبعة جنود") counts the earlier event, not the day's news.

Real construction of 2015-07-24 (SaudiNewsNet), judged other-event by blind annotators (tests/data/day_judgments
M000, P035, P049): a89d95f196275's own "ويأتي هجوم أمس الخميس بعد أيام على مقتل سبعة جنود في هجوم على نقطة تفتيش
عسكرية في شمال سيناء" against the day's four dead in Sinai (a14194ee7348a) and the 15 of Abu Rifai (a6e182ff3b235).
"""

from __future__ import annotations

from claimtrack.contradiction.incidents import past_event

EARLIER = "ويأتي هجوم أمس الخميس بعد أيام على مقتل سبعة جنود في هجوم على نقطة تفتيش عسكرية في شمال سيناء."
TODAY = ("قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط فيما أصيب ثلاثة آخرون اليوم، إثر انفجار عبوة ناسفة "
         "بمحافظة شمال سيناء.")


def test_a_toll_told_days_after_is_a_past_event():
    assert past_event(EARLIER)
    assert not past_event(TODAY)


def test_a_toll_before_the_duration_is_the_news():
    # the figure before "بعد ... على" is the day's own: only one after it is the earlier event's
    assert not past_event("قُتل أربعة من عناصر القوات المسلحة المصرية بعد أيام على هجوم في شمال سيناء")
