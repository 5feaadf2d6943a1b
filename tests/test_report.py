"""The comparison and its renderings: per-outlet figures, JSON, Markdown, and the HTML report, checked
as text and in a real headless browser."""

import json
import os
import shutil
import subprocess

import pytest

from claimtrack import Article, Corpus
from claimtrack import parse_article
from claimtrack.compare import compare_outlets
from claimtrack.report import comparison_to_json, render_html, render_markdown

from .conftest import ROOT, SEED_FILES




def test_json_document(comparison):
    doc = json.loads(json.dumps(comparison_to_json(comparison), ensure_ascii=False))
    assert set(doc) == {"articles", "attributions", "clusters", "contradictions", "outlets"}
    assert len(doc["attributions"]) == 65 and len(doc["articles"]) == 5
    ids = {a["id"] for a in doc["attributions"]}
    assert all(set(c["claims"]) <= ids for c in doc["clusters"])
    assert all(m["a"] in ids and m["b"] in ids for m in doc["contradictions"])


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
