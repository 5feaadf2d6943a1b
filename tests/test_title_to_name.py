"""A long title that runs through a prepositional phrase, a city or an overseer's على to the name before the
content (fresh3 sample, SaudiNewsNet): the whole mention is the source, the content starts after the name."""

import json

import pytest

from claimtrack import extract_attributions, parse_article

from .conftest import DATA

_IDS = ("real-title-pp-name-01", "real-title-pp-name-02", "real-title-pp-name-03", "real-delegate-title-03",
        "real-delegate-title-04")
ROWS = [r for line in (DATA / "attribution_cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
        and (r := json.loads(line))["id"] in _IDS]


def test_the_rows_are_there():
    assert sorted(r["id"] for r in ROWS) == sorted(_IDS)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_the_source_reaches_the_name(row):
    records = extract_attributions(parse_article(row["sentence"], id=row["id"], layout="plain"))
    assert [(a.cue.text, a.source.text, a.content.text) for a in records] == \
        [(w["cue"], w["source"], w["content"]) for w in row["expect"]]


def test_the_verbs_own_preposition_after_an_overseer_without_a_name():
    # the same title before the verb's own على with no name and complementizer after it keeps على the verb's
    # (the reading of "وأكد مستشار ... المشرف العام على وكالة التنمية ... د. هشام الفالح أن" needs the name,
    # alriyadh_b85732ad39); the words after it are what was stressed
    records = extract_attributions(parse_article("وأكد المشرف العام على أهمية الالتزام بالتعليمات.", id="x", layout="plain"))
    assert [(a.source.text, a.content.text) for a in records] == [("المشرف العام", "أهمية الالتزام بالتعليمات")]


def test_an_office_written_short_again_is_the_speaker_named_before():
    # sabq_e7c7b7b6a6: "وشدد قائد قوة أمن الطرق بمنطقة مكة المكرمة" after "وقال قائد القوة الخاصة لأمن الطرق بمنطقة مكة
    # المكرمة، العقيد مظلي عائض بن عبيد البقمي": every word of the shorter office, in order, in the named one
    row = next(json.loads(line) for line in (DATA / "attribution_cases.jsonl").read_text(encoding="utf-8").splitlines()
               if '"real-title-named-earlier-03"' in line)
    text = row["context"] + "\n" + row["sentence"]
    records = extract_attributions(parse_article(text, id=row["id"], layout="plain"))
    assert [(a.cue.text, a.source.text, a.source.resolved) for a in records][-1] == \
        ("وشدد", row["expect"][0]["source"], "backreference")


def test_a_clause_after_a_name_is_no_title():
    # "يسأل الأمير بندر بن سلطان عن أهم أسباب ... أو لم يدرك أنهم" (alwatan_517cf0c569): a verb after a negator is no
    # name, and the source stays the prince
    text = "ويسأل الأمير بندر بن سلطان عن أهم أسباب قيام الاتحاد الأوروبي أو لم يدرك أنهم لا يثقون في أميركا."
    records = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert all(a.source.text == "الأمير بندر بن سلطان" for a in records)


def test_an_unnamed_sources_nisba_closes_it_before_a_nominal_content():
    # okaz_309d190955: "استبعدت مصادر دبلوماسية انهيار الاتفاق الاطاري": the adjective of مصادر ends the source, the
    # verbal noun after it opens what was ruled out; a title's complement that looks like a nisba does not
    # ("وأوضح رئيس بلدية محافظة القطيف المهندس زياد مغربل ان", alyaum_430ca19874)
    row = next(json.loads(line) for line in (DATA / "attribution_cases.jsonl").read_text(encoding="utf-8").splitlines()
               if '"real-nominal-content-nisba-01"' in line)
    records = extract_attributions(parse_article(row["sentence"], id=row["id"], layout="plain"))
    assert [(a.source.text, a.content.text) for a in records] == [(row["expect"][0]["source"], row["expect"][0]["content"])]
    text = "وأوضح رئيس بلدية محافظة القطيف المهندس زياد مغربل ان البلدية أعدت خطة عمل لاستقبال إجازة عيد الفطر المبارك."
    records = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert [a.source.text for a in records] == ["رئيس بلدية محافظة القطيف المهندس زياد مغربل"]


def test_a_broken_plural_nisba_agrees_with_the_plural_before_it():
    # aawsat_1bac8710b5: "وأعلن المقاتلون الأكراد والمرصد السوري لحقوق الانسان اليوم، ان": الأكراد is the adjective of
    # المقاتلون (plural with plural), and the mention goes on to its coordinated body
    row = next(json.loads(line) for line in (DATA / "attribution_cases.jsonl").read_text(encoding="utf-8").splitlines()
               if '"real-plural-nisba-01"' in line)
    records = extract_attributions(parse_article(row["sentence"], id=row["id"], layout="plain"))
    assert [a.source.text for a in records] == ["المقاتلون الأكراد والمرصد السوري لحقوق الانسان"]


def test_a_name_after_a_bare_title_before_the_quotation():
    # real-bare-title-name-01 (alwatan_ff08fd480f): "وقال المسؤول محمد جامع "شاهدنا ستة قتلى"": the name belongs to
    # the source; not the outlet spoken to ("وقال المصدر لوكالة «فرانس برس» إن", 2015-07-21) nor a verbal noun and
    # its object before a quoted name ("وأعلن الوزير إطلاق مبادرة «بلدي»")
    def read(text: str) -> list[tuple[str, str]]:
        return [(a.source.text, a.content.text) for a in extract_attributions(parse_article(text, id="x", layout="plain"))]

    assert read('وقال المسؤول محمد جامع "شاهدنا ستة قتلى معظمهم حراس أمنيون".') == \
        [("المسؤول محمد جامع", '"شاهدنا ستة قتلى معظمهم حراس أمنيون"')]
    assert read("وقال المصدر لوكالة «فرانس برس» إن بلاتيني يدرس الترشح للانتخابات.")[0][0] == "المصدر"
    assert read("وأعلن الوزير إطلاق مبادرة «بلدي» لتطوير الأحياء.")[0][0] == "الوزير"
