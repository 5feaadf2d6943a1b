"""The scripts in examples/ run as they are."""

import subprocess
import sys

import pytest

from .conftest import ROOT

EXAMPLES = ROOT / "examples"


def run(*args):
    done = subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_quickstart():
    out = run(EXAMPLES / "quickstart.py")
    assert out.startswith("002_4e5fc412234f2c9f: تصاعد الخلاف") and "ونفى [deny, indirect]" in out


def test_compare_outlets(tmp_path):
    report = tmp_path / "report.html"
    out = run(EXAMPLES / "compare_outlets.py", report)
    assert "| المنفذ |" in out and report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_compare_outlets_on_your_own_articles(tmp_path):
    report = tmp_path / "aden.html"
    out = run(EXAMPLES / "compare_outlets.py", report, ROOT / "tests" / "data" / "yemen_aden_0721" / "articles")
    assert "| aawsat |" in out and "| okaz |" in out and "aleqtisadiya_22" in report.read_text(encoding="utf-8")


def test_track_claim():
    out = run(EXAMPLES / "track_claim.py")
    assert "denies it" in out and "000_8b6cf623ab9f9948 reports 000_8b6cf623ab9f9948#6 but not" in out


def test_track_claim_on_your_own_articles():
    # A journalist's own claim and folder (the Aden coverage of 2015-07-21, tests/data/yemen_aden_0721): the
    # script ran on the seeds' Russian-jets claim alone.
    out = run(EXAMPLES / "track_claim.py", "المقاومة الشعبية نفذت عمليات تصفية لأسرى حوثيين",
              ROOT / "tests" / "data" / "yemen_aden_0721" / "articles")
    reported = out.split("Reported by:\n")[1].split("\n\n")[0].splitlines()
    articles = [row.split()[0] for row in reported]
    assert articles == sorted(articles) and len(set(articles)) >= 3  # the claim's reports, article by article
    # each row names the article, its outlet and time, then who is cited and what they do with the claim
    assert reported[0].split()[:4] == ["aawsat_18", "aawsat", "2015-07-21", "10:52:24"]
    assert "المقاومة الشعبية في عدن denies it (نفت)" in reported[0]
    assert "\n  denies: " in out and "Carried without the counter-claim:" in out


def test_dask_corpus():
    pytest.importorskip("distributed")
    out = run(EXAMPLES / "dask_corpus.py", ROOT / "seeds")
    assert out.startswith("5 articles, ") and "claim clusters" in out
