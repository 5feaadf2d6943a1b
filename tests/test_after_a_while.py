"""A figure told "days after" ("بعد أيام على مقتل سبعة جنود") or "the day after" ("غداة مقتل 23 شخصا") counts the
earlier event, not the day's news.

Real constructions of SaudiNewsNet, judged other-event by blind annotators (tests/data/day_judgments):
- 2015-07-24 (M000, P035, P049): a89d95f196275's own "ويأتي هجوم أمس الخميس بعد أيام على مقتل سبعة جنود في هجوم على
  نقطة تفتيش عسكرية في شمال سيناء" against the day's four dead in Sinai (a14194ee7348a) and the 15 of Abu Rifai;
- 2015-07-23 (E000, E006): "ويأتي تبادل إطلاق النار بعد ثلاثة أيام على هجوم انتحاري في سوروتش ... وأسفر عن مقتل 32
  شخصا" (a247a0f0bbbdb, a1457b3c2ebc6) against ten killed by a depot blast in Syria;
- 2015-07-23 (E001, P023): "وتأتي هذه الهجمات غداة مقتل 23 شخصا على الأقل في تفجيرين مماثلين" (a98b2d2a5bb20) against
  Wednesday's 21 dead in Baghdad told in the same article, and against the Baghdad al-Jadida toll of 66;
- 2015-07-26 (P013): "غداة هجوم انتحاري أسفر عن 13 قتيلا و31 جريحا" (ae188f4ad21a4), the attack before the one whose
  toll "ارتفع إلى 20 شخصًا".
And one that stays the news: "قصفت ثلاث طائرات حربية تركية أمس ... وذلك غداة تبادل لإطلاق النار بين الجيش التركي
والمسلحين على الحدود، وأسفر القصف عن ..." (ac27ca6dc48b2, 2015-07-25): past the comma the strike's own toll.
"""

from __future__ import annotations

from claimtrack.contradiction.incidents import past_event, recalled_before

EARLIER = "ويأتي هجوم أمس الخميس بعد أيام على مقتل سبعة جنود في هجوم على نقطة تفتيش عسكرية في شمال سيناء."
TODAY = ("قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط فيما أصيب ثلاثة آخرون اليوم، إثر انفجار عبوة ناسفة "
         "بمحافظة شمال سيناء.")
THREE_DAYS = ("ويأتي تبادل إطلاق النار بعد ثلاثة أيام على هجوم انتحاري في سوروتش (جنوب) استهدف مجموعة ناشطين شباب من "
              "اليسار من أنصار القضية الكردية وأسفر عن مقتل 32 شخصا.")
DAY_AFTER = ("وتأتي هذه الهجمات غداة مقتل 23 شخصا على الأقل في تفجيرين مماثلين تبناهما التنظيم المتطرف، واستهدفا "
             "منطقتين في شرق بغداد وجنوبها.")
DAY_AFTER_ATTACK = ("وقررت السلطات الكاميرونية توسيع منع ارتداء النقاب إلى مناطق الشمال والساحل، لتدارك خطر الاعتداءات في "
                    "البلاد، غداة هجوم انتحاري أسفر عن 13 قتيلا و31 جريحا")
WEDNESDAY = ("وفي العراق، قتل 21 شخصا على الأقل الأربعاء في هجمات استهدفت مناطق ذات غالبية شيعية في بغداد، غداة تعرض "
             "مناطق مماثلة في العاصمة لتفجيرين تبناهما «داعش» الإرهابي بحسب مصادر أمنية وطبية.")
BACK_TO_THE_NEWS = ("قصفت ثلاث طائرات حربية تركية أمس، عدة مواقع لتنظيم \"داعش\" الإرهابي في سورية، وذلك غداة تبادل لإطلاق "
                    "النار بين الجيش التركي والمسلحين على الحدود، وأسفر القصف عن مقتل 9 عناصر")


def test_a_toll_told_days_after_counts_the_earlier_event():
    assert recalled_before(EARLIER)
    assert not recalled_before(TODAY)
    assert not past_event(TODAY)


def test_a_toll_told_a_number_of_days_after():
    assert recalled_before(THREE_DAYS)


def test_a_toll_told_the_day_after():
    assert recalled_before(DAY_AFTER)
    assert recalled_before(DAY_AFTER_ATTACK)


def test_a_toll_before_the_duration_is_the_news():
    # the figure before "بعد ... على" or "غداة" is the day's own: only one after it is the earlier event's
    assert not recalled_before("قُتل أربعة من عناصر القوات المسلحة المصرية بعد أيام على هجوم في شمال سيناء")
    assert not recalled_before(WEDNESDAY)


def test_the_clause_after_ends_at_a_comma():
    assert not recalled_before(BACK_TO_THE_NEWS)
