"""Dispute marks on the fresh real pairs (tests/data/real_disputes2, issue 13): found by two annotators in the
SaudiNewsNet articles no earlier set used, labelled from the text alone; each test is a construction a pair of its
development half showed (the held-out half is scored, never read)."""

import pytest

from claimtrack import Corpus, read_article
from claimtrack.contradiction import contradictions
from claimtrack.contradiction.marks import narration_claims
from claimtrack.contradiction.measured import measured_figures
from claimtrack.contradiction.scoring import evaluate_disputes, load_dispute_pairs, publication_dates

from .conftest import DATA

FRESH = DATA / "real_disputes2"
PAIRS = {p.id: p for p in load_dispute_pairs(FRESH)}


def _marks(pair_id: str, folder=FRESH) -> list:
    """The dispute marks (kind ``contradicts``) joining the two statements of a pair of ``folder``, over the corpus of
    its articles with their publication dates, the outlets' own sentences read as claims (as ``eval --disputes``)."""
    p = PAIRS[pair_id] if folder == FRESH else {q.id: q for q in load_dispute_pairs(folder)}[pair_id]
    days = publication_dates(folder)
    articles = {i: read_article(folder / "articles" / f"{i}.txt", published=days.get(i))
                for i in sorted({p.a["article"], p.b["article"]})}
    corpus = Corpus(articles.values())
    sides = list(corpus.attributions) + [c.attribution for c in narration_claims(corpus)]

    def covering(side: dict) -> set[str]:
        start = articles[side["article"]].text.index(side["text"])
        end = start + len(side["text"])
        return {a.id for a in sides if a.article == side["article"] and a.cue.span.start < end and a.content.span.end > start}

    xa, xb = covering(p.a), covering(p.b)
    return [m for m in contradictions(corpus, narration=True) if m.kind == "contradicts"
            and ((m.a in xa and m.b in xb) or (m.a in xb and m.b in xa))]


def test_the_set_is_split_and_every_statement_is_in_its_article() -> None:
    halves = {p.half for p in PAIRS.values()}
    assert halves == {"dev", "held-out"}
    assert sum(p.label != "none" for p in PAIRS.values()) >= 50 and sum(p.label == "none" for p in PAIRS.values()) >= 30
    for p in PAIRS.values():
        for side in (p.a, p.b):
            assert side["text"] in (FRESH / "articles" / f"{side['article']}.txt").read_text(encoding="utf-8")


def test_a_spokesman_denies_what_was_reported_of_his_leader() -> None:
    # E2-005 (issue 13's own example): "نفى المتحدث الرسمي باسم انصار الله ... محمد عبد السلام ... ما نقل عن زعيمهم
    # عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة" (almadina 3477a36e22) against the leader's "إنه يرفض وقف إطلاق
    # النار" (alriyadh f54fe2c148): one party, but no restatement of one claim (it was read as a clarification), and
    # what is denied is what the report says after بشأن, not its carrier after عن
    assert [m.dispute for m in _marks("E2-005")] == ["denies"]


def test_a_denial_of_a_report_names_no_report_in_its_source() -> None:
    # E1-041 (alweeam 04b5dd8ea2, 2015-07-21): "نفى مصدران رسميان فرنسيان تقريرا لمسؤول كبير في الاتحاد الأوروبي قال
    # إن فرنسا قد تمنح اليونان قرضا ثنائيا": the report is what they deny, not part of who denies it; the denial is
    # then linked to the EU official's own words told in the same article
    marks = _marks("E1-041")
    assert [m.dispute for m in marks] == ["denies"]


def test_the_report_a_source_denies_is_not_part_of_the_source() -> None:
    # E1-029 (alyaum ec16613c05, 2015-07-25) and E1-041: the indefinite report after the source of a denial verb is
    # what it denies; after another verb it may be the document issued ("أصدر مكتب المساءلة الحكومي الأميركي تقريرا
    # يفيد بأن", tests/data/real aawsat_3100baf000, whose gold reads cue أصدر)
    from claimtrack import extract_attributions, parse_article

    text = ('نفى مسؤولون أميركيون تقريرا لصحيفة "وول ستريت جورنال" قال إن إدارة الرئيس باراك أوباما تفكر في الإفراج '
            'المبكر عن جوناثان بولارد.')
    (a,) = extract_attributions(parse_article(text, id="x"))
    assert (a.cue.text, a.source.text) == ("نفى", "مسؤولون أميركيون")
    assert a.content.text.startswith("تقريرا لصحيفة") and text[a.content.span.start : a.content.span.end] == a.content.text
    issued = "أصدر مكتب المساءلة الحكومي الأميركي تقريرا يفيد بأن الباحثين الأمنيين يحذرون من أن ذلك التوجه يقلل من الأمن."
    (d,) = extract_attributions(parse_article(issued, id="y"))
    assert (d.cue.text, d.source.text) == ("أصدر", "مكتب المساءلة الحكومي الأميركي")


def test_a_figure_its_lead_gives_again_is_the_leads_event() -> None:
    # E2-019 (2015-08-03): the Agri governor's office "قتلا وأصيب 24 في تفجير انتحاري نفذه حزب العمال في الإقليم" (alwatan
    # 3a7b5dd39e, a paragraph that names the province) under a lead of the suicide attack on a gendarmerie post that
    # "أوقعت قتيلين و24 جريحا"; the army's "جنديين قتلا وأصيب 31 آخرون" of that attack (aawsat 8986799e6d)
    # two dead and 24 wounded, not a range from 2 to 24
    lead = "عملية انتحارية استهدفت مركزا للدرك وأوقعت قتيلين و24 جريحا"
    assert [(q.low, q.high, m) for q, m in measured_figures(lead)] == [(24.0, 24.0, "wounded")]
    assert [(q.low, q.high) for q, _ in measured_figures("ما بين 20 و25 شخصا أصيبوا")] == [(20.0, 25.0)]
    assert [m.dispute for m in _marks("E2-019")] == ["disagrees"]
    # (a figure any two reports of a war may give, "مقتل جنديين", places nothing)
    from claimtrack.contradiction.places import _lead_repeats

    assert _lead_repeats("وأصيب 24 في تفجير انتحاري", lead)
    assert not _lead_repeats("قتل جنديان في انفجار لغم", "مقتل جنديين في هجوم على مركز للدرك")


def test_the_dead_named_before_their_count_are_what_it_counts() -> None:
    # E2-015 (alyaum 404af3b54a, 2015-07-27): a senior Punjab police officer "إن القتلى أربعة مدنيين وشرطيان", after the
    # police spokesman's "مقتل شرطيان وثلاثة مدنيين" while the siege went on (3alyoum c28924d2f6)
    assert [(q.text, m) for q, m in measured_figures("القتلى أربعة مدنيين وشرطيان")] == [("أربعة مدنيين", "killed")]
    assert [(q.text, m) for q, m in measured_figures("القتلى هم 18 عنصرًا من جبهة النصرة")] == [("18 عنصرًا", "killed")]
    # a group's count after any other words takes no measure from them, nor after a word that is no pronoun
    assert measured_figures("اعتقلت الشرطة 12 جنديا") == ()
    assert measured_figures("الجرحى لا 5 جنود") == () and measured_figures("القتلى كل 5 جنود") == ()
    assert [m.dispute for m in _marks("E2-015")] == ["updates"]


def test_the_dead_a_road_accident_took_are_counted_and_one_family_is_no_count() -> None:
    # E1-023 (2015-07-28): "لقي 4 أشخاص من عائلة واحدة مصرعهم وأصيب 3 آخرون في حادث اصطدام سيارة بناقة سائبة على
    # إحدى طرق منطقة جازان" (aleqtisadiya 932798a98b) against "لقي أربعة أشخاص مصرعهم وأصيب خمسة آخرون من عائلة
    # واحدة" (alweeam 2d78effb25): four dead in both, three wounded against five. لقي before a count is a death;
    # "عائلة واحدة" is one family, no count; "على إحدى طرق" is where the accident was, not one accident of several
    lead = ("لقي 4 أشخاص من عائلة واحدة مصرعهم وأصيب 3 آخرون في حادث اصطدام سيارة بناقة سائبة على إحدى طرق منطقة جازان "
            "اليوم.")
    assert [(q.text, m) for q, m in measured_figures(lead)] == [("4 أشخاص", "killed"), ("3", "wounded")]
    assert [(q.text, m) for q, m in measured_figures("فلقي 36 شخصا على الأقل حتفهم")] == [("36 شخصا على الأقل", "killed")]
    # (after a measure or a unit, "one" is still a count)
    from claimtrack.claims import find_quantities

    assert [q.low for q in find_quantities("قتل شخص واحد وأصيب واحد")] == [1.0, 1.0]
    # "one" elsewhere is a count: after a nisba (aawsat 62bf39d125), before a unit, "one of" before an indefinite noun
    assert [q.text for q in find_quantities("12 مدنيا وجنديا تشاديا واحدا قتلوا")] == ["12 مدنيا", "واحدا"]
    assert [(q.low, q.unit) for q in find_quantities("بنسبة واحد في المئة")] == [(1.0, "percent")]
    assert [q.text for q in find_quantities("تعرض أحد أفراد الدورية لإصابة")] == ["أحد أفراد"]
    # "أودت بحياة" counts the dead, so the bodies recovered after it are no measure of the first figure (alyaum
    # a873ecf50df18, the Nile boat: judged against the police's 15 and 21, sheet E)
    boat = ("تعرضت البلاد لكارثة في ساعة متاخرة من الليلة قبل الماضية، أودت بحياة قرابة 30 شخصاً، تم انتشال جثث 22 منهم "
            "بعضهم من الأطفال")
    assert [(q.text, m) for q, m in measured_figures(boat)][0] == ("قرابة 30 شخصاً", "killed")
    # and the verb just before the next figure is that figure's: the four dead of alriyadh 62838a1820 are not wounded
    assert [(q.text, m) for q, m in measured_figures("توفي أربعة أشخاص من عائلة واحدة وأصيب ثلاثة آخرون")] == \
        [("ثلاثة", "wounded")]
    # (nor is "one of" before a definite noun, real_disputes D1-058: "هاجموا أمس أحد المواقع العسكرية التركية")
    assert [q.text for q in find_quantities("هاجموا أمس أحد المواقع العسكرية التركية")] == ["أحد"]
    assert [m.dispute for m in _marks("E1-023")] == ["disagrees"]
    # one raid of several is still a part of the toll (a33d0e970918c)
    from claimtrack.contradiction.toll_scope import told_as_part as _told_as_part

    assert _told_as_part("استهدفت إحدى الغارات سيارة وقتل 5 من طاقمها") and not _told_as_part(lead)


def test_a_place_with_its_preposition_glued_on_is_the_same_place() -> None:
    # E1-025 (2015-07-29): sabq's "أطلق مريض نفسي النار عشوائياً ... ما أسفر عن مقتل شخصَيْن ... وذلك بخيبر الجنوب"
    # (345f922840) and the Asir police's "إطلاق نار في مركز خيبر الجنوب، نتج عنه مقتل ثلاثة أشخاص" (bb530e5e55):
    # the gazetteer lacks Khaybar al-Janub, so only its word joins the two, once "بخيبر" is read as "خيبر"
    from claimtrack.contradiction.anchors import shared_terms as _shared

    assert "خيبر" in _shared({"بخيبر", "ابها"}, {"خيبر", "ابها"}) and "خيبر" in _shared({"خيبر"}, {"بخيبر"})
    assert _shared({"بحر"}, {"حر"}) == set()  # (two letters after ب: too short to be a glued word)
    assert _shared({"باراك", "اوباما"}, {"اراك", "ايران"}) == set()  # (Barack, not ب + the city of Arak: the glued
    # form must be the rarer)
    assert [m.dispute for m in _marks("E1-025")] == ["disagrees"]


def test_the_fresh_pairs_are_scored_next_to_the_baseline() -> None:
    # first contact (d12f2c9): found 9 of 54, precision 0.82 (9 of 11), 2 of 30 look-alikes marked; the naive
    # baseline 39 of 54, precision 0.64, 22 look-alikes. The development half rose since (9 of 28 at the end of the
    # twenty-fourth session, 11 of 28 in the twenty-fifth); precision must not fall.
    score = evaluate_disputes(FRESH)
    precision, recall, marked, right, gold = score.prf()
    assert gold == 54 and right >= 14 and precision >= 0.8
    assert score.found("none")[0] <= 2


def test_a_split_set_prints_each_half_and_lists_no_held_out_pair(tmp_path) -> None:
    from claimtrack.contradiction.scoring import DisputePair, DisputeScore
    from claimtrack.errors import InputError

    pairs = (DisputePair("X-1", "denies", {}, {}, "dev"), DisputePair("X-2", "denies", {}, {}, "held-out"),
             DisputePair("X-3", "none", {}, {}, "held-out"))
    score = DisputeScore(pairs, ("denies", "", "disagrees"), (True, True, False))
    report = score.report(verbose=True)
    assert "half dev       found 1/1" in report and "half held-out  found 0/1" in report
    assert "X-1" in report and "X-2" not in report and "X-3" not in report
    assert score.as_dict()["held-out"]["look_alikes_marked"] == 1
    # a half the set does not know is refused, with its file and line
    (tmp_path / "pairs.jsonl").write_text('{"id": "X-1", "label": "none", "a": {"article": "a", "text": "t"}, '
                                          '"b": {"article": "b", "text": "t"}, "half": "held_out"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1: half 'held_out'"):
        load_dispute_pairs(tmp_path)


def test_a_denied_report_is_linked_to_what_its_outlet_carried() -> None:
    # E1-029: "نفى مسؤولون أميركيون تقريرا لصحيفة "وول ستريت جورنال" قال إن إدارة الرئيس باراك أوباما تفكر في الإفراج
    # المبكر عن جوناثان بولارد" (alyaum ec16613c05) denies what almadina 584361139e carried from the paper: "نقلت صحيفة
    # «وول ستريت جورنال» عن مصادر لم تسمها أن واشنطن قد تطلق سراح بولارد", worded apart (الإفراج / إطلاق سراح)
    assert [m.dispute for m in _marks("E1-029")] == ["denies"]


def test_a_denied_report_names_who_carried_it() -> None:
    from claimtrack.contradiction.denied_named import report_carrier
    assert report_carrier('تقريرا لصحيفة "وول ستريت جورنال" قال إن إدارة الرئيس باراك أوباما تفكر في الإفراج المبكر '
                          'عن جوناثان بولارد') == {"وول", "ستري", "جورنال"}
    # a denial of no told report names no carrier: "نفت ... صحة تقديم عدد من رؤساء الأقسام ... استقالات" (E2-003)
    assert report_carrier("صحة تقديم عدد من رؤساء الأقسام بمستشفى الملك فيصل استقالات") == frozenset()


def test_a_district_told_under_a_lead_of_its_province_is_the_province_s_event() -> None:
    # E1-021: the district governor's "وقتل عشرة جنود افغان" (his sentence names منطقة بركي براك) against the army
    # commander's "مقتل ثمانية جنود فقط" (placed by aawsat's lead in ولاية لوغار): alriyadh's own lead places the
    # strike in Logar and nowhere else, so the district is in that province
    assert [m.dispute for m in _marks("E1-021")] == ["disagrees"]
    from claimtrack.contradiction.localities import _lead_places_only, localities
    logar = localities("في ولاية لوغار جنوب كابل")
    assert _lead_places_only("قتل عشرة جنود أفغان على الأقل صباح أمس في غارة أميركية على حاجز للجيش في ولاية لوغار "
                             "جنوب كابول", logar)
    # a lead of two provinces places no sentence in either
    assert not _lead_places_only("قتل عشرة جنود في ولاية لوغار وخمسة في ولاية هلمند", logar)


def test_kabul_spelled_kabil_is_placed_only_where_a_phrase_places_it() -> None:
    # "غضب في كابل بعد غارة أميركية «خاطئة»" (aawsat 9ba16d8e96's headline) is in Afghanistan, not in the United States
    # of the strike's adjective; كابل alone is also "cable" ("عن طريق كابل USB", 2015-07 tech pages)
    from claimtrack.contradiction.localities import places_by_name
    assert places_by_name("غضب في كابل بعد غارة أميركية «خاطئة»") == {"أفغانستان"}
    assert places_by_name("والشاحن يعمل عن طريق كابل USB") == frozenset()


def test_a_denial_of_what_a_named_speaker_said_takes_the_statement_its_own_words_name() -> None:
    # E1-009: the daughter's "مؤكدة أن ما قاله المتحدث الرسمي باسم جامعة تبوك الدكتور محمد الثبيتي بسرعة إسعاف والدتها
    # ونقلها إلى مستوصف الجامعة لا أساس له من الصحة" (alweeam 7960e0c558) denies the university's account of the
    # ambulance (sabq 1d88980cf8), not the spokesman's first statement there (her brother's grades)
    marks = _marks("E1-009")
    assert [m.dispute for m in marks] == ["denies"]


def test_a_denial_of_a_named_speaker_s_denial_disputes_it() -> None:
    # E2-009 (aawsat 0b6877d236, 2015-08-03): the player's agent "أكد على أن تصريحات رئيس ريفربلايت غير صادقة" against
    # the president's own "نفى أن يكون ناديه قد وقع على أي تنازل رسمي للنصر السعودي"; "غير صادقة" calls them false
    # (denials.tsv), and the speaker named ends where that begins
    from claimtrack.contradiction.disputes import statement_speakers
    assert statement_speakers("أكد على أن تصريحات رئيس ريفربلايت غير صادقة، مشيرا إلى أن اللاعب مرتبط بعقد") == (
        "رئيس ريفربلايت",)
    assert statement_speakers("تصريحات نوري المالكي بشأن المملكة عارية من الصحة") == ("نوري المالكي",)
    assert [m.dispute for m in _marks("E2-009")] == ["denies"]


def test_a_district_rule_does_not_join_a_city_to_another_city_s_lead() -> None:
    # (review) a sentence that names a city ("وفي مدينة الموصل") under a lead on Baghdad is in Mosul, not in Baghdad
    from claimtrack.contradiction.localities import localities, places_by_name
    assert localities("وفي مدينة الموصل قال مسؤول أمني إن خمسة أشخاص قتلوا")[1]
    # and a name of several words ends where a word ends: "في كابل" is no part of "في كابلات الكهرباء"
    assert places_by_name("عطل في كابلات الكهرباء") == frozenset()
    assert places_by_name("وفي كابل عقد الرئيس اجتماعا") == {"أفغانستان"}


def test_a_district_both_name_ties_two_tolls_whose_leads_share_no_rare_word() -> None:
    # E1-033 (2015-07-22/23): the Interior Ministry's source, "تفجير سيارة مفخخة ... منطقة بغداد الجديدة ... مقتل 19 شخصا
    # على الاقل واصابة 43" (alriyadh ba497f79e9, a lead on a day of attacks), and the ministry's "حصيلة تفجير السيارة
    # المفخخة في بغداد الجديدة، شرقي بغداد، ارتفعت من جديد إلى 66 قتيلاً وجريحاً" (aljazirah 3bfe40c71d, a lead on Ramadi):
    # one bombing, named by its district
    from claimtrack.contradiction.localities import one_named_locality

    source = "واستهدف اكثر الهجمات دموية منطقة بغداد الجديدة، حيث ادى تفجير سيارة مفخخة الى مقتل 19 شخصا على الاقل واصابة 43"
    ministry = "حصيلة تفجير السيارة المفخخة في بغداد الجديدة، شرقي بغداد، ارتفعت من جديد إلى 66 قتيلاً وجريحاً"
    assert one_named_locality(source, ministry) and one_named_locality(ministry, source)
    # a name of one word after its head is not enough: a province ("منطقة الباحة": two reports of the region's
    # traffic accidents, 2015-07-23), or two shellings of one quarter of Aden ("حي الجمهوري", 2015-07-25)
    assert not one_named_locality("لقي شخصان حتفهما فيما أصيب 11 آخرون في حوادث سير متفرقة بمنطقة الباحة",
                                  "توفي أربعة أشخاص وأصيب 13 آخرين يوم الثلاثاء في سبعة حوادث مرورية في منطقة الباحة")
    assert not one_named_locality("وقصف المتمردون أيضًا سيارات الإسعاف في الحي الجمهوري، مما أدى إلى سقوط قتلى",
                                  "قصفوا تجمعا لنساء وأطفال كانوا يجلبون الماء في حي الجمهوري")
    # nor a city or a province: a day's tolls of one war share them
    assert not one_named_locality("مقتل ثمانية عشر حوثياً في مدينة تعز", "25 حوثياً قتلوا في تعز")
    assert not one_named_locality("قتل 5 في محافظة بغداد", "قتل 7 في بغداد")
    assert [m.dispute for m in _marks("E1-033")] == ["disagrees"]
