"""The comparison and its renderings: per-outlet figures, JSON, Markdown, and the HTML report, checked
as text and in a real headless browser (summary, contents, search and outlet filter, layout at 400 px, with
screenshots at 1,400 and 400 px written to out/)."""

import datetime as dt
from html import unescape
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from claimtrack import Article, Corpus
from claimtrack import parse_article
from claimtrack.compare import compare_outlets
from claimtrack.contradiction.disputes import DISPUTE_KINDS
from claimtrack.errors import ClaimtrackError, InputError
from claimtrack.lexicon.files import read_rows
from claimtrack.lexicon.schema import SOURCE_KINDS, STANCES
from claimtrack.report import comparison_to_json, count_phrase, render_html, render_markdown
from claimtrack.report.charts import MIX
from claimtrack.report.labels import accusative

from .conftest import ROOT, SEED_FILES

REPORT_SOURCES = sorted(p for p in (ROOT / "claimtrack" / "report").glob("*.py") if p.name != "assets.py")  # assets: css, js


@pytest.mark.parametrize("n, noun, expected", [
    # The examples, then the last-two-digits rule and a feminine noun.
    (1, "article", "1 مقال"), (2, "article", "مقالان"), (3, "article", "3 مقالات"), (10, "article", "10 مقالات"),
    (11, "article", "11 مقالًا"), (99, "article", "99 مقالًا"), (100, "article", "100 مقال"),
    (102, "article", "102 مقال"), (103, "article", "103 مقالات"), (111, "article", "111 مقالًا"),
    (1000, "article", "1000 مقال"), (0, "article", "0 مقال"),
    (2, "story", "قصتان"), (5, "story", "5 قصص"), (12, "story", "12 قصة"), (12, "claim", "12 ادعاءً"),
    (3, "outlet", "3 منافذ"), (25, "outlet", "25 منفذًا"),
])
def test_count_phrase_agrees_with_the_number(n, noun, expected):
    assert count_phrase(n, noun) == expected


def test_count_phrase_in_english_and_arabic_indic_digits():
    assert count_phrase(1, "article", lang="en") == "1 article" and count_phrase(1387, "claim", lang="en") == "1,387 claims"
    assert count_phrase(13, "article", digits="arabic-indic") == "١٣ مقالًا"
    assert count_phrase(2, "article", digits="arabic-indic") == "مقالان"
    with pytest.raises(InputError, match=r"'fr' is not one of \['ar', 'en'\]"):
        count_phrase(3, "article", lang="fr")
    with pytest.raises(InputError, match="arabic-indic"):
        count_phrase(3, "article", digits="persian")
    with pytest.raises(ClaimtrackError, match="report_nouns.tsv"):
        count_phrase(3, "camel")


def test_accusative_follows_the_spelling_rules():
    assert [accusative(w) for w in ("مقال", "ادعاء", "قصة", "مستشفى")] == ["مقالًا", "ادعاءً", "قصة", "مستشفى"]


def test_every_label_the_report_asks_for_is_in_the_data_file():
    labels = {row[0] for row in read_rows("report_labels.tsv")}
    used = set()
    for path in REPORT_SOURCES:  # t("summary"), and keys written out as strings ("table.words")
        source = path.read_text(encoding="utf-8")
        used |= {k for k in re.findall(r"""\bt\(\s*["']([a-z_0-9.]+)["']""", source) if not k.endswith(".")}
        used |= set(re.findall(r"""["']([a-z_]+\.[a-z_0-9]+)["']""", source)) - {"report_labels.tsv", "report_nouns.tsv"}
    # Keys made from values: every stance, source kind, quote type, mark kind, dispute kind and mix group.
    used |= {f"stance.{s}" for s in STANCES | {"according"}} | {f"source.{k}" for k in SOURCE_KINDS | {"unknown"}}
    used |= {f"qtype.{q}" for q in ("direct", "indirect", "mixed")} | {f"mix.{key}" for key, _, _ in MIX}
    kinds = ("contradicts", "agrees", "clarifies", "framing")
    used |= {f"kind.{k}" for k in kinds} | {f"dispute.{k}" for k in DISPUTE_KINDS}
    used |= {f"link.{k}" for k in kinds + DISPUTE_KINDS}
    assert len(used) > 60 and used <= labels, sorted(used - labels)
    assert not labels - used, f"labels no code asks for: {sorted(labels - used)}"


def _visible_text(html: str) -> str:
    """The page's text as a reader sees it: no script, style or tags."""
    html = re.sub(r"<(script|style)>.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_arabic_report_has_no_english_labels(comparison):
    text = _visible_text(render_html(comparison))
    for p in SEED_FILES:  # the seeds name no outlet: each article id stands for its outlet
        text = text.replace(p.stem, "")
    english = {row[2] for row in read_rows("report_labels.tsv")}
    words = set(re.findall(r"[A-Za-z]{3,}", text))
    assert words <= {"claimtrack"}, sorted(words)
    assert not {e for e in english if re.search(rf"\b{re.escape(e)}\b", text)}
    assert "الخلاصة" in text and "5 مقالات" in text


def test_english_report_and_arabic_indic_digits(comparison):
    en = render_html(comparison, lang="en")
    assert '<html dir="ltr" lang="en">' in en and "Summary" in en and "الخلاصة" not in en
    assert '<blockquote lang="ar" dir="rtl">' in en, "the articles' text stays Arabic, right to left"
    indic = _visible_text(render_html(comparison, digits="arabic-indic"))
    assert "٥ مقالات" in indic and "5 مقالات" not in indic
    with pytest.raises(InputError):
        render_html(comparison, lang="de")


def test_compare_command_writes_the_english_report_with_arabic_indic_digits(tmp_path, capsys):
    from claimtrack.cli import main

    out = tmp_path / "r.html"
    assert main(["compare", *map(str, SEED_FILES), "-q", "--html", str(out), "--lang", "en", "--digits",
                 "arabic-indic"]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<html dir="ltr" lang="en">' in page and "٥" in _visible_text(page)
    with pytest.raises(SystemExit):
        main(["compare", str(SEED_FILES[0]), "--html", str(out), "--lang", "de"])


def _ids_and_links(html: str) -> tuple[set[str], list[str]]:
    return set(re.findall(r'\bid="([^"]+)"', html)), re.findall(r'href="#([^"]+)"', html)


def test_summary_contents_and_links(comparison):
    html = render_html(comparison)
    ids, links = _ids_and_links(html)
    assert not [x for x in links if x not in ids], "every link inside the page has its target"
    summary = html[html.index('<section id="summary"'):html.index("</section>")]
    assert "4 قصص" in summary and "11 ادعاءً" in summary and "5 مقالات" in summary
    disputed = re.findall(r'<ol class="disputed">(.*?)</ol>', summary)[0]
    assert disputed.count("<li") == 2 and "نفي" in disputed
    assert "000_8b6cf623ab9f9948" in summary.split("left-out")[1], "seed 000 left out the army's denial"
    contents = html[html.index('<nav id="contents"'):html.index("</nav>")]
    stories = re.findall(r'<details class="story" id="([^"]+)"', html)
    assert re.findall(r'<li data-s="([^"]+)"', contents) == stories, "the contents list the stories in order"
    assert stories[0] in re.findall(r'data-s="([^"]+)"', disputed)[0], "the most disputed story comes first"


def _one_claim_corpus() -> Corpus:
    """Two outlets printing the same wire sentence and a third rewording it, with urls and times."""
    wire = "قال وزير الصحة إن المستشفى الجديد سيفتتح الأسبوع المقبل في جدة."
    corpus = Corpus()
    for i, (outlet, sentence, when) in enumerate([("okaz", wire, "09:10"), ("sabq", wire, "11:45"),
                                                  ("alwatan", "أكد وزير الصحة أن المستشفى الجديد سيفتتح الأسبوع المقبل في جدة.", "13:05")]):
        art = parse_article(f"افتتاح مستشفى في جدة {i}\n\n{sentence}", id=f"a{i}", outlet=outlet)
        stamp = dt.datetime.fromisoformat(f"2015-07-21 {when}")
        corpus.add(Article(art.id, art.text, art.blocks, outlet=outlet, published=stamp.date(), published_at=stamp,
                           url=f"https://example.com/{outlet}/{i}"))
    return corpus


def test_shared_text_is_stored_once_and_articles_have_outlet_headline_time_and_link():
    html = render_html(compare_outlets(_one_claim_corpus()))
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", html)
    assert len(quotes) == 2 and all("سيفتتح الأسبوع المقبل" in q for q in quotes), "the reprint once, the rewording once"
    figure = re.search(r'<figure class="quote"[^>]*data-o="\|okaz\|sabq\|"', html)
    assert figure, "one wording carried by two outlets"
    rows = re.findall(r'<tr id="[^"]+" data-article="a1"[^>]*>(.*?)</tr>', html)
    assert rows and "sabq" in rows[0] and "افتتاح مستشفى في جدة 1" in rows[0]
    assert 'href="https://example.com/sabq/1"' in rows[0] and "2015-07-21 11:45" in rows[0]
    assert '<svg class="timeline"' in html, "a time axis for a story carried by three outlets"

def test_json_document(comparison):
    doc = json.loads(json.dumps(comparison_to_json(comparison), ensure_ascii=False))
    assert set(doc) == {"articles", "attributions", "clusters", "contradictions", "outlets", "stories", "timeline"}
    assert len(doc["attributions"]) == 65 and len(doc["articles"]) == 5
    ids = {a["id"] for a in doc["attributions"]}
    assert all(set(c["claims"]) <= ids for c in doc["clusters"])
    assert all(m["a"] in ids and m["b"] in ids for m in doc["contradictions"])
    assert all(set(s["claims"]) <= ids for s in doc["stories"])
    assert doc["timeline"] and all(e["attribution"] in ids for e in doc["timeline"])


def test_markdown(comparison):
    md = render_markdown(comparison)
    assert md.startswith("# ") and "| المنفذ |" in md and "تناقض (contradicts)" in md


def test_html_is_self_contained_rtl_and_escaped():
    text = 'خبر <b>عاجل</b>\n\nقال الوزير إن "<script>alert(1)</script>" خطير.\nوأضاف أن الوضع & مستقر.'
    corpus = Corpus()
    corpus.add(parse_article(text, id="x<y", outlet='Outlet "A" & <B>'))
    html = render_html(compare_outlets(corpus, all_clusters=True))
    assert '<html dir="rtl" lang="ar">' in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Outlet &quot;A&quot; &amp; &lt;B&gt;" in html and "x&lt;y" in html
    for external in ("http://", "https://", "<link", "src="):
        assert external not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_seed_report_content(comparison):
    html = render_html(comparison)
    assert html.count('class="cluster"') == len(comparison.clusters)
    assert 'class="mark mark-contradicts"' in html and 'class="badge missing-counter"' in html
    assert '<mark class="cue"' in html and '<span class="source"' in html and '<span class="content"' in html
    assert "<svg" in html and 'class="bar bar-named"' in html


def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.browser
def test_report_in_headless_chromium(comparison, tmp_path):
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium before the tests")
        pytest.skip("no chromium here; .ci/run installs it, so CI runs this test")
    report = tmp_path / "report.html"
    report.write_text(render_html(comparison), encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,2400"]
    dom = subprocess.run(flags + ["--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    marker = 'data-rendered="'
    start = dom.stdout.index(marker) + len(marker)
    rendered = json.loads(dom.stdout[start : dom.stdout.index('"', start)].replace("&quot;", '"'))
    # The browser laid these out with a non-zero size.
    assert rendered["clusters"] == len(comparison.clusters)
    assert rendered["cues"] >= 20 and rendered["sources"] >= 10 and rendered["contents"] >= 20
    assert rendered["contradictions"] >= 5 and rendered["missing"] >= 1 and rendered["bars"] >= 5
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    shot = out / "report-screenshot.png"
    done = subprocess.run(flags + [f"--screenshot={shot}", report.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and shot.stat().st_size > 50_000


_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--hide-scrollbars",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--allow-file-access-from-files"]


def _page(report: Path, hash_: str, phone: "int | None") -> str:
    """The address to open: the report, or, for a phone width, a page holding it in a frame that wide (a
    headless window is never narrower than 500 px; the frame is the report's viewport)."""
    if phone is None:
        return report.as_uri() + hash_
    frame = report.with_name(f"phone-{phone}.html")
    frame.write_text(
        f'<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{report.name}{hash_}" width="{phone}" '
        'height="2400" style="border:0;display:block"></iframe><script>document.getElementById("f").addEventListener('
        '"load", function () { document.body.setAttribute("data-rendered", '
        'this.contentDocument.body.getAttribute("data-rendered")); });</script></body></html>', encoding="utf-8")
    return frame.as_uri()


def _open(browser: str, report: Path, profile: Path, hash_: str = "", phone: "int | None" = None) -> dict:
    """What the page's script recorded of the layout (``body[data-rendered]``) in headless Chromium."""
    flags = [browser, *_FLAGS, f"--user-data-dir={profile}", "--window-size=1400,2400"]
    dom = subprocess.run(flags + ["--dump-dom", _page(report, hash_, phone)], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    marker = 'data-rendered="'
    start = dom.stdout.index(marker) + len(marker)
    return json.loads(unescape(dom.stdout[start : dom.stdout.index('"', start)]))


def _screenshot(browser: str, report: Path, profile: Path, shot: Path, phone: "int | None" = None) -> None:
    width = 1400 if phone is None else 500
    flags = [browser, *_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},2400", f"--screenshot={shot}"]
    done = subprocess.run(flags + [_page(report, "", phone)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and shot.stat().st_size > 20_000, done.stderr[-2000:]


@pytest.mark.browser
def test_report_summary_contents_search_and_phone_layout(comparison, tmp_path):
    """The summary and contents show; the search box and the outlet filter narrow the page to one outlet; at
    400 px nothing is wider than the viewport.  Screenshots at 1,400 and 400 px go to out/ to be looked at."""
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium here; .ci/run installs it, so CI runs this test")
    html = render_html(comparison)
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    profile = tmp_path / "profile"
    wide = _open(browser, report, profile)
    assert wide["storiesTotal"] == wide["stories"] == wide["toc"] == 4
    assert wide["summary"] >= 6, "counts, disputed stories and the outlets that left out a denial"
    assert wide["timelines"] >= 1 and wide["bars"] >= 5
    outlet = "000_8b6cf623ab9f9948"
    stories = re.findall(r'<details class="story" id="[^"]+" data-o="([^"]+)"', html)
    carrying = sum(f"|{outlet}|" in o for o in stories)
    assert 0 < carrying < len(stories)
    searched = _open(browser, report, profile, "#q=" + quote(outlet))
    assert searched["stories"] == searched["toc"] == carrying
    narrowed = _open(browser, report, profile, "#outlet=" + quote(outlet))
    assert narrowed["stories"] == carrying and narrowed["quoteOutlets"]
    assert all(f"|{outlet}|" in o for o in narrowed["quoteOutlets"]), "only that outlet's quotes are left"
    for width in (400, 360):
        phone = _open(browser, report, profile, "#check", phone=width)
        assert phone["viewport"] == width and phone["scrollWidth"] <= width, phone
        assert phone["wide"] == [], "elements wider than the viewport"
        assert phone["clusters"] >= 1 and phone["cues"] >= 10
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    _screenshot(browser, report, profile, out / "report-1400.png")
    _screenshot(browser, report, profile, out / "report-400.png", phone=400)
