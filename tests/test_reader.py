import datetime as dt

import pytest

import claimtrack
from claimtrack import Article, InputError, extract_attributions, read_article
from claimtrack import parse_article
from claimtrack.dates import find_dates, parse_date

from .conftest import SEED_FILES, SEEDS


def test_every_seed_reads(seed_articles):
    assert len(seed_articles) == 5
    for article in seed_articles.values():
        assert article.headline
        assert article.paragraphs
        for block in article.blocks:
            assert block.span.of(article.text) == article.text[block.span.start : block.span.end]
            assert block.span.of(article.text).strip() == block.span.of(article.text)


@pytest.mark.parametrize(
    "stem, headline_start, published, updated",
    [
        ("000_8b6cf623ab9f9948", "الجيش الأمريكي يبحث مع تونس", dt.date(2020, 5, 30), dt.date(2020, 8, 14)),
        ("001_a43b4c28910603a0", "وزير الدفاع الأمريكي يبدأ جولة", dt.date(2020, 9, 30), None),
        ("002_4e5fc412234f2c9f", "تصاعد الخلاف الروسي الأميركي", None, None),
        ("003_a77fd7e03d334798", "تحركات أميركية في ليبيا", None, None),
        ("004_d9528a500fce54cf", "طرابلس تبحث التعاون الأمني", dt.date(2020, 6, 25), None),
    ],
)
def test_seed_headline_and_dates(seed_articles, stem, headline_start, published, updated):
    article = seed_articles[stem]
    assert article.headline.startswith(headline_start)
    assert article.published == published
    assert article.updated == updated


def test_seed_002_subheadlines_and_dateline(seed_articles):
    article = seed_articles["002_4e5fc412234f2c9f"]
    subs = [s.of(article.text) for s in article.subheadlines]
    assert len(subs) == 2
    assert subs[1].startswith("افريكوم يوضح")
    assert article.dateline.of(article.text) == "واشنطن"
    assert article.paragraphs[0].of(article.text).startswith("واشنطن - قال")
    captions = [b.span.of(article.text) for b in article.boilerplate if b.kind == "caption"]
    assert captions == ["التدخل التركي حول ليبيا الى ساحة للصراع الدولي"] * 2


def test_seed_bylines(seed_articles):
    a000 = seed_articles["000_8b6cf623ab9f9948"]
    assert [b.kind for b in a000.blocks[:3]] == ["headline", "byline", "date"]
    a001 = seed_articles["001_a43b4c28910603a0"]
    kinds = {b.span.of(a001.text): b.kind for b in a001.blocks}
    assert kinds["كتب : مدحت بدران"] == "byline"
    assert kinds["الاربعاء 30 سبتمبر 2020 | 04:08 مساءً"] == "date"


def test_seed_boilerplate(seed_articles):
    a003 = seed_articles["003_a77fd7e03d334798"]
    related = [b.span.of(a003.text) for b in a003.boilerplate]
    assert "حجم المساعدات الأميركية لليبيا يصل إلى مليار دولار" in related
    assert related.count("-") == 8
    body = [p.of(a003.text) for p in a003.paragraphs]
    assert not any(p == "-" or p.startswith("سيناتور أميركي") for p in body)
    assert body[1].startswith("وتواجه الولايات المتحدة")
    a001 = seed_articles["001_a43b4c28910603a0"]
    tail = [b.span.of(a001.text) for b in a001.boilerplate]
    assert tail[0] == "موضوعات ذات صلة" and tail[-1] == "اقرأ أيضا" and len(tail) == 4
    a000 = seed_articles["000_8b6cf623ab9f9948"]
    assert [b.span.of(a000.text) for b in a000.boilerplate] == ["في نفس السياق"]
    a004 = seed_articles["004_d9528a500fce54cf"]
    captions = [b for b in a004.boilerplate if b.kind == "caption"]
    assert len(captions) == 2
    assert a004.paragraphs[0].of(a004.text).startswith("أعربت وزارة الدفاع")


def test_from_text_keeps_text_and_overrides():
    text = "\ufeffعنوان الخبر\r\n\r\nقال الوزير إن الوضع مستقر.\r\n"
    article = parse_article(text, id="x", outlet="Outlet", published="2021-03-04")
    assert article.text == text[1:]
    assert article.outlet == "Outlet"
    assert article.published == dt.date(2021, 3, 4)
    assert article.headline == "عنوان الخبر"
    assert [p.of(article.text) for p in article.paragraphs] == ["قال الوزير إن الوضع مستقر."]


def test_from_text_bad_date():
    with pytest.raises(InputError, match="published"):
        parse_article("عنوان\n\nنص", id="x", published="not a date")


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        read_article(tmp_path / "nope.txt")


def test_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


def test_not_utf8(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("قال".encode() + b" caf\xe9")
    with pytest.raises(InputError, match=r"latin.txt: not valid UTF-8 at byte 10"):
        read_article(path)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"  \n\n "])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="empty.txt"):
        read_article(path)


def test_input_error_is_value_error():
    assert issubclass(InputError, ValueError)
    assert issubclass(InputError, claimtrack.ClaimtrackError)


def test_bom_dropped_and_id_is_stem(tmp_path):
    path = tmp_path / "abc.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEED_FILES[0].read_bytes())
    article = read_article(path)
    assert article.id == "abc"
    assert article.text == SEED_FILES[0].read_text(encoding="utf-8")


def test_article_without_blank_lines():
    text = "عنوان قصير\nكتب : فلان\nقال الوزير في مؤتمر صحفي اليوم إن الحكومة ستواصل العمل على تحسين الخدمات العامة في جميع أنحاء البلاد خلال الأشهر المقبلة رغم الصعوبات الكبيرة.\nوأضاف أن الميزانية جاهزة."
    article = parse_article(text, id="x")
    assert [b.kind for b in article.blocks] == ["headline", "byline", "body", "body"]


LONG_BODY = ("وقال الوزير في مؤتمر صحفي عقده اليوم في العاصمة إن الحكومة ستواصل العمل على تحسين الخدمات العامة"
             " في جميع أنحاء البلاد خلال الأشهر المقبلة رغم الصعوبات الكبيرة التي تواجهها الميزانية هذا العام.")


def test_related_list_ends_where_the_body_resumes():
    body = LONG_BODY
    resumed = "وكان الوزير قد أعلن في شباط الماضي أن الحكومة وقعت الاتفاقية."
    text = f"عنوان قصير\n\n{body}\nاقرأ أيضاً:\nالأرصاد: موسم مطري أقل من المعدل\n{resumed}\n"
    article = parse_article(text, id="x")
    assert [b.span.of(text) for b in article.boilerplate] == ["اقرأ أيضاً:", "الأرصاد: موسم مطري أقل من المعدل"]
    assert [p.of(text) for p in article.paragraphs] == [body, resumed]


@pytest.mark.parametrize("signoff, agency", [("وام/مريم الحمادي/أحمد النجار", "وكالة أنباء الإمارات"), ("(أ ف ب)", "وكالة فرانس برس")])
def test_wire_signoff_is_a_byline_and_the_credit(signoff, agency):
    text = f"عنوان قصير\n\n{LONG_BODY}\n\n{signoff}\n"
    article = parse_article(text, id="x")
    assert [b.kind for b in article.blocks] == ["headline", "body", "byline"]
    assert article.credit == agency
    assert len(article.paragraphs) == 1


def test_date_and_byline_on_one_line():
    text = f"عنوان قصير\nالأحد 12 يناير 2020 - 10:30 ص | كتب: محمد علي\n\n{LONG_BODY}\n"
    article = parse_article(text, id="x")
    assert article.published is not None and article.published.isoformat() == "2020-01-12"
    assert [b.kind for b in article.blocks] == ["headline", "date", "body"]


@pytest.mark.parametrize("line, city", [
    ("الدوحة، 15 أكتوبر (أنباء البحر الأحمر) - أعلن وزير الموانئ أن الاتفاقية وقعت.", "الدوحة"),
    ("القاهرة، 3 مارس/آذار 2024 (رويترز) - قال مسؤول إن المحادثات انتهت.", "القاهرة"),
    ("جنيف (أ ف ب) - قالت المنظمة إن الوضع خطير.", "جنيف"),
])
def test_wire_dateline_with_a_date(line, city):
    article = parse_article(f"عنوان الخبر\n\n{line}", id="x")
    assert article.dateline is not None and article.dateline.of(article.text) == city
    (found,) = extract_attributions(article)
    assert found.cue.span.start > article.text.index(" - ")


def test_report_byline_is_not_a_headline_attribution():
    article = parse_article("ميناء تاجورة.. هل تربح جيبوتي رهانها؟\n\nتقرير: ليلى عبد الصمد\n\nقال الوزير إن الميناء جاهز.", id="x")
    assert [a.cue.text for a in extract_attributions(article)] == ["قال"]


def test_a_paragraph_that_opens_with_taqrir_is_body():
    text = ("عنوان الخبر\n\nتقرير صادر عن برنامج الأغذية العالمي يقول إن نحو 25 مليون شخص يحتاجون إلى مساعدة، "
            "وقال المتحدث باسم البرنامج إن الوضع كارثي.")
    article = parse_article(text, id="x")
    assert len(article.paragraphs) == 1
    assert {a.cue.text for a in extract_attributions(article)} >= {"يقول", "وقال"}


def test_a_comma_number_and_dash_without_a_month_is_no_dateline():
    article = parse_article("عنوان الخبر\n\nقال الوزير، 12 مرة - على الأقل - إن الوضع خطير.", id="x")
    assert article.dateline is None


def test_a_link_line_repeating_the_headline_is_not_body():
    # alweeam_5e2a4d5296: the closing "رابط الخبر بصحيفة الوئام: <headline>" repeats the headline; read as body, its
    # cue was counted a second time.
    headline = "إمام الحرم يكشف عن أول حادثة تحرش في عصر النبوة"
    link = f"رابط الخبر بصحيفة الوئام: {headline}"
    text = f"{headline}\n\n{LONG_BODY}\n{link}\n"
    article = parse_article(text, id="x")
    assert [b.span.of(text) for b in article.boilerplate] == [link]
    assert [a.cue.text for a in extract_attributions(article)].count("يكشف") == 1


def test_a_line_is_matched_against_the_markers_as_when_its_start_was_folded_whole():
    # marker_kind looks at the fold of a line's first word before folding its start (issue 14): the same kind as
    # matching the folded start against every marker, for every line of the real sample and of the seeds, and for
    # each marker written at a line's start (with and without a colon and a name after it)
    from pathlib import Path

    from claimtrack.lexicon.files import read_rows
    from claimtrack.normalize import fold_line, fold_start
    from claimtrack.reader import layout

    def whole(line: str):
        markers = layout._markers()
        folded = fold_start(line.strip(), len(markers[0][0]) + 1)
        for marker, kind in markers:
            if folded.startswith(marker) and (len(folded) == len(marker) or not folded[len(marker)].isalpha()):
                if kind == "byline_colon":
                    rest = fold_line(line.strip())
                    if rest[len(marker):].lstrip().startswith(":") and len(rest.split()) <= 5:
                        return "byline"
                    continue
                return kind
        return None

    written = [r[0] for r in read_rows("article_markers.tsv", 2)]
    lines = [f"{m}{after}" for m in written for after in ("", ": محمد علي", " محمد علي", "ية", " تقرير صادر عن البرنامج يقول إن")]
    for folder in (Path(__file__).parent / "data" / "real" / "articles", SEEDS):
        lines += [ln for p in sorted(folder.glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    assert [layout.marker_kind(ln) for ln in lines] == [whole(ln) for ln in lines]


def test_a_file_whose_only_line_is_a_whole_article_is_a_body_not_a_headline(tmp_path):
    # A scraper that lost every line break writes the article as one line: it was read as a headline of thousands of
    # words, whose reported speech headline rules read only in part (a 0.25 MB line of real 2015-07-21 bodies: 164
    # attributions as a headline, 836 as a body). tests/data/real_fresh7 aawsat_37082e3dc7 (15 gold rows), joined into
    # one line, is read as one body paragraph and keeps the reported speech of its end.
    from .conftest import DATA

    text = (DATA / "real_fresh7" / "articles" / "aawsat_37082e3dc7.txt").read_text(encoding="utf-8")
    as_written = extract_attributions(parse_article(text, id="a"))
    one_line = " ".join(text.split())
    path = tmp_path / "one_line.txt"
    path.write_text(one_line, encoding="utf-8")
    article = read_article(path)
    assert not article.headline and len(article.paragraphs) == 1
    found = extract_attributions(article)
    assert len(found) >= len(as_written) - 2
    assert max(a.cue.span.start for a in found) > len(one_line) // 2
    # a short lone line is still a headline
    short = tmp_path / "short.txt"
    short.write_text("جعجع: إنهاء الأزمة السورية والحل السياسي بالعراق يقضيان على داعش", encoding="utf-8")
    assert read_article(short).headline


def test_a_gold_line_holding_a_line_separator_stays_one_line(tmp_path):
    # JSON leaves U+2028 unescaped inside a string, and text copied from a web page holds it: the gold reader of
    # `claimtrack eval` cut such a line in two (str.splitlines) and refused the gold file (the record readers were
    # mended the same way: claimtrack/reader/lines.split_lines). The seeds' first gold row, with a note holding one.
    import json

    from claimtrack.evaluate import load_gold

    from .conftest import DATA

    row = json.loads((DATA / "gold_attributions.jsonl").read_text(encoding="utf-8").split("\n", 1)[0])
    articles = {p.stem: read_article(p) for p in SEED_FILES}
    row["note"] = "copied from a page\u2028with its line separator"
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert "\u2028" in gold.read_text(encoding="utf-8")
    assert len(load_gold(gold, articles)) == 1


def test_lines_are_the_text_between_line_breaks_stripped():
    # layout.lines_of strips each line with str.strip (spd15), as Span.strip did: the same spans and texts on every
    # real article of tests/data/real and on lines of white space alone, with CR, LF and CR LF breaks
    import regex
    from pathlib import Path

    from claimtrack.reader.layout import lines_of
    from claimtrack.spans import Span

    def as_before(text):
        lines = []
        for m in regex.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
            if m.start() == len(text) and m.end() == len(text) and lines:
                break
            raw = Span(m.start(), m.end()).strip(text)
            lines.append((raw, raw.of(text)))
        return lines

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "data" / "real" / "articles").glob("*.txt"))]
    texts += ["", " ", "\n", "a", " a \r\n\u00a0b\u2003\r\r c\n", "\t\n \n", "x\u2028y \u3000"]
    for text in texts:
        assert [(ln.span, ln.text) for ln in lines_of(text)] == as_before(text)


@pytest.mark.parametrize("size", [0, 1, 5, 4096, 70_000])
def test_a_file_is_read_up_to_the_limit_whatever_size_the_system_gives(tmp_path, size):
    # decode._read_at_most (spd15) reads the size the system gives, then the rest: the bytes of f.read(most) for a
    # file, and for a stream whose size is unknown (BytesIO: no file number; a pipe's size is 0)
    import io

    from claimtrack.reader.decode import _read_at_most

    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    for most in (1, 2, 6, 4097, 70_001, 100_000):
        with open(path, "rb") as f:
            assert _read_at_most(f, most) == data[:most]
        assert _read_at_most(io.BufferedReader(io.BytesIO(data)), most) == data[:most]
