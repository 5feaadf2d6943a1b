"""A singular noun of people after a measure verb, joined by و to a figure, counts one more of that measure.

Real construction of 2015-07-24 (SaudiNewsNet), judged agreement by blind annotators (tests/data/day_judgments P025):
a89d95f196275's own "قتل ضابط وثلاثة جنود مصريين أمس الخميس في انفجارقنبلة ... شمال شبهة جزيرة سيناء" is four dead,
as a14194ee7348a's "قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط".
"""

from __future__ import annotations

from claimtrack.contradiction.figures import figure_conflict
from claimtrack.contradiction.measured import measured_figures
from claimtrack.models import Mention
from claimtrack.spans import Span

FOUR = ("قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط فيما أصيب ثلاثة آخرون اليوم، إثر انفجار عبوة ناسفة "
        "بمحافظة شمال سيناء.")
OFFICER_AND_THREE = ("قتل ضابط وثلاثة جنود مصريين أمس الخميس في انفجارقنبلة عند مرور دوريتهم شمال شبهة جزيرة سيناء "
                     "التي تشهد هجمات يشنها متشددون.")


def _mention(text: str) -> Mention:
    return Mention(text, Span(0, len(text)))


def test_an_officer_and_three_soldiers_are_four_dead():
    figures = [(q.low, m) for q, m in measured_figures(OFFICER_AND_THREE)]
    assert figures == [(1.0, "killed"), (3.0, "killed")]
    assert figure_conflict(_mention(FOUR), _mention(OFFICER_AND_THREE)) == []


def test_three_soldiers_alone_still_dispute_four():
    three = OFFICER_AND_THREE.replace("ضابط و", "")
    assert figure_conflict(_mention(FOUR), _mention(three))


def test_a_speaker_is_counted_by_no_verb():
    # "وقال ضابط": the singular after a reporting verb counts nobody
    assert measured_figures("وقال ضابط وثلاثة جنود إن الطريق مغلق") == ()
