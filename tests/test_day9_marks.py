"""Dispute marks on real days (issue 13, thirteenth session): error classes the judges found on at least two judged
days (tests/data/day_judgments/pairs.jsonl), each rule tested on the real construction, naming its article."""


def test_a_district_named_after_its_city_is_not_the_city():
    # aleqtisadiya a5ea9d59263b8 (2015-07-23): "منطقة بغداد الجديدة في شرقي العاصمة" (19 dead, 43 hurt), beside "في
    # منطقة الطارمية شمالي بغداد" (3 dead, 9 hurt) and "في محافظة ديالى (شمال شرقي بغداد) ... في بلدة مندلي": three
    # bombings (judged other-place/other-event P052, E008, P024, P040); aljazirah a12c8029ae1d2 / aawsat
    # ab7e486d30189 (2015-07-22): "في مدينة بعقوبة شمال شرقي بغداد" against "في حي بغداد الجديدة" (E012)
    from claimtrack.contradiction.localities import localities, localities_apart

    jadida = ("واستهدف أكثر الهجمات دموية منطقة بغداد الجديدة في شرقي العاصمة، حيث أدى تفجير سيارة مفخخة إلى مقتل 19 "
              "شخصا على الأقل وإصابة 43")
    tarmiya = ("إلى ذلك، قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة، في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش "
               "في منطقة الطارمية شمالي بغداد")
    mandali = "وفي محافظة ديالى (شمال شرقي بغداد)، قتل أربعة أشخاص على الأقل في تفجير سيارة مفخخة في بلدة مندلي"
    baquba = "مقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة شمال شرقي بغداد./"
    habibiya = "وفي الهجوم الاكثر دموية انفجرت سيارة ملغومة في حي بغداد الجديدة شمال شرق العاصمة، ما تسبب في مقتل 16 شخصا"
    assert localities(jadida)[0] == {"بغداد الجديده"}
    assert localities_apart(jadida, tarmiya) and localities_apart(jadida, mandali) and localities_apart(baquba, habibiya)
    # the same district on both sides, or the city alone on one: not held apart by it
    assert not localities_apart(jadida, habibiya)
    assert not localities_apart(jadida, "قتل 19 شخصا في انفجار سيارة مفخخة في بغداد")


def test_a_definite_name_after_an_indefinite_head_is_a_place_even_ending_like_a_nisba():
    # aleqtisadiya a5ea9d59263b8 (2015-07-23): "في منطقة الطارمية": الطارمية is the genitive of منطقة, its name; an
    # indefinite nisba after it is an adjective ("منطقة سكنية", named nothing)
    from claimtrack.contradiction.localities import localities

    assert "طارميه" in localities("عند نقطة تفتيش في منطقة الطارمية شمالي بغداد")[0]
    assert localities("قصفوا منطقة سكنية في المدينة")[0] == frozenset()
