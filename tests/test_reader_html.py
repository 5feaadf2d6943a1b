"""HTML pages as input (claimtrack.reader.html, the extra claimtrack[web]): the title, date and body of a real
news article set in a page with the usual boilerplate, and the clear error without the extra."""

from __future__ import annotations

import json
import sys

import pytest

from claimtrack import Tracker, extract_attributions, read_article
from claimtrack.cli import main
from claimtrack.errors import InputError

from .conftest import DATA

WEB = DATA / "web"
PAGE = WEB / "3alyoum_b3a205d7b6.html"
REAL = DATA / "real" / "articles" / "3alyoum_b3a205d7b6.txt"  # the same article as the corpus has it
TAGS = "سمات السعودية تصريحات نوري المالكي"  # the page's tags, which the corpus text ends with
BOILERPLATE = ["الرئيسية", "اتصل بنا", "عاجل", "تابعوا آخر الأخبار", "شارك", "تويتر", "عدد المشاهدات", "سمات",
               "أخبار ذات صلة", "خادم الحرمين ووزير خارجية مصر", "الساحر ميسي", "مشي حالك", "الأكثر قراءة",
               "التعليقات", "كن أول من يعلق", "النشرة البريدية", "جميع الحقوق محفوظة", "سياسة الخصوصية", "ابحث"]

try:
    import trafilatura  # noqa: F401
except ImportError:
    HAVE_WEB = False
else:
    HAVE_WEB = True
web = pytest.mark.skipif(not HAVE_WEB, reason="the optional extra claimtrack[web] (trafilatura) is not installed")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _manifest() -> dict[str, str]:
    lines = (DATA / "real" / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return next(dict(zip(header, ln.split("\t"))) for ln in lines[1:] if ln.startswith(PAGE.stem + "\t"))


def _paragraphs() -> list[str]:
    """The body paragraphs of the real article, without the tags its last line ends with."""
    body = REAL.read_text(encoding="utf-8").partition("\n\n")[2]
    paragraphs = [ln.strip() for ln in body.splitlines() if ln.strip()]
    assert paragraphs[-1].endswith(TAGS)
    paragraphs[-1] = paragraphs[-1][: -len(TAGS)].strip()
    return paragraphs


@web
def test_a_real_news_page_gives_title_date_and_body_without_boilerplate():
    article = read_article(PAGE)
    meta = _manifest()
    assert article.id == PAGE.stem and article.path == str(PAGE)
    assert article.headline == meta["title"]
    assert article.published.isoformat() == meta["date_extracted"][:10]
    assert article.url == meta["url"]
    assert article.text.startswith(meta["title"] + "\n\n")
    for paragraph in _paragraphs():
        assert paragraph in article.text
    for words in BOILERPLATE:
        assert words not in article.text, words


@web
def test_spans_index_the_extracted_text_and_match_the_corpus_article():
    article = read_article(PAGE)
    records = extract_attributions(article)
    assert len(records) >= 10
    for a in records:
        for part in (a.cue, a.source, a.content):
            assert article.text[part.span.start:part.span.end] == part.text
    corpus = extract_attributions(read_article(REAL))
    assert [(a.cue.text, a.source.text, a.content.text) for a in records] == \
        [(a.cue.text, a.source.text, a.content.text) for a in corpus]


@web
def test_the_charset_a_page_declares_is_used(tmp_path):
    page = PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    path = tmp_path / PAGE.name
    path.write_bytes(page.encode("cp1256"))
    assert read_article(path).text == read_article(PAGE).text


@web
def test_extract_compare_and_track_add_read_pages_and_folders(capsys, tmp_path):
    code, out, err = run(capsys, "extract", "--format", "jsonl", WEB)  # a folder: its .html pages
    assert code == 0, err
    expected = [(a.cue.text, a.content.span.start, a.content.span.end) for a in extract_attributions(read_article(PAGE))]
    assert [(r["cue"]["text"], r["content"]["start"], r["content"]["end"])
            for r in map(json.loads, out.splitlines())] == expected
    code, out, err = run(capsys, "compare", "--format", "json", PAGE, REAL.parent / "3alyoum_2353e447e9.txt")
    assert code == 0, err
    assert PAGE.stem in {a["id"] for a in json.loads(out)["articles"]}
    db = tmp_path / "t.db"
    code, out, err = run(capsys, "track", "add", "-q", db, PAGE)
    assert code == 0 and out.startswith("1 articles added"), err
    with Tracker(db) as t:
        stored = list(t.export())
        assert t.stats()["attributions"] == len(expected)
    text = read_article(PAGE).text  # what is stored is the extracted text, and the spans index it
    assert all(text[r["content"]["start"]:r["content"]["end"]] == r["content"]["text"] for r in stored)


def test_without_the_extra_a_page_is_refused_naming_the_file_and_the_extra(capsys, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(InputError) as info:
        read_article(PAGE)
    assert str(info.value) == (f"{PAGE}: an HTML page; reading HTML needs the optional extra claimtrack[web]: "
                               "pip install 'claimtrack[web]'")
    code, out, err = run(capsys, "extract", "--format", "jsonl", PAGE, REAL)
    assert code == 1 and out  # the text file is still read
    assert f"claimtrack: error: {PAGE}: an HTML page; reading HTML needs the optional extra claimtrack[web]" in err


@web
def test_a_page_without_article_text_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>عين اليوم</title></head><body><div id='content'></div>"
                    "<footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="empty.html: no article text found in the HTML page"):
        read_article(path)


@web
@pytest.mark.parametrize("name, data, message", [
    ("empty", b"", "no article text found in the HTML page"),
    ("markup-only", b"<html><body><nav><ul></ul></nav></body></html>", "no article text found in the HTML page"),
    ("nul", b"<p>\x00</p>", "a NUL character at byte 3"),
    ("deep", b"<div>" * 5000 + b"<p>x</p>", "no article text found in the HTML page"),
])
def test_hostile_pages_are_refused_in_one_line_and_the_others_read(capsys, tmp_path, name, data, message):
    bad = tmp_path / f"{name}.html"
    bad.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_article(bad)
    assert str(info.value).startswith(f"{bad}: {message}")
    (tmp_path / PAGE.name).write_bytes(PAGE.read_bytes())
    code, out, err = run(capsys, "extract", "--format", "jsonl", tmp_path)
    assert code == 1 and err.strip().startswith(f"claimtrack: error: {bad}: {message}")
    assert len(out.splitlines()) == len(extract_attributions(read_article(PAGE)))


@web
def test_track_add_takes_a_folder_of_pages_with_its_outlets(capsys, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / PAGE.name).write_bytes(PAGE.read_bytes())
    (folder / "outlets.json").write_text(json.dumps({PAGE.stem: "3alyoum"}), encoding="utf-8")
    db = tmp_path / "t.db"
    code, out, err = run(capsys, "track", "add", "-q", db, folder)
    assert code == 0, err
    code, out, err = run(capsys, "track", "export", db)
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["outlet"] for r in rows} == {"3alyoum"} and {r["published"][:10] for r in rows} == {"2015-07-24"}
    assert {r["url"] for r in rows} == {_manifest()["url"]}


def test_a_report_saved_inside_an_input_folder_is_skipped_with_a_notice(capsys, tmp_path):
    from claimtrack.reader.html import REPORT_MARKER, is_report

    folder = tmp_path / "story"
    folder.mkdir()
    names = ["3alyoum_b3a205d7b6.txt", "3alyoum_2353e447e9.txt"]
    for name in names:
        (folder / name).write_bytes((REAL.parent / name).read_bytes())
    report = folder / "report.html"
    code, _, err = run(capsys, "compare", "-q", folder, "--html", report)
    assert code == 0, err
    assert is_report(report) and REPORT_MARKER in report.read_text(encoding="utf-8")
    assert not is_report(PAGE)  # a news page is not a report
    notice = f"claimtrack: notice: {report}: a report claimtrack wrote, not an article: skipped"
    for args in (["compare", "-q", "--format", "json", folder], ["compare", "-q", "--format", "json", report, folder]):
        code, out, err = run(capsys, *args)
        assert code == 0, err
        assert notice in err.splitlines()
        assert sorted(a["id"] for a in json.loads(out)["articles"]) == sorted(n[:-4] for n in names)
    db = tmp_path / "t.db"
    code, out, err = run(capsys, "track", "add", "-q", db, folder)
    assert code == 0 and out.startswith("2 articles added"), err
    assert notice in err.splitlines()
