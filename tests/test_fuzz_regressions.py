"""Inputs the fuzz run (``make fuzz``, tests/fuzz.py) found failing, replayed through the same checks.

Each case is a folder of ``tests/data/fuzz_regressions/``: the input files as generated (bytes) and
``case.json`` (seed, chunk, the stage that failed, the error, each file's outlet).  A case that documents a
failure not fixed yet says why in ``"xfail"`` and is a strict xfail: it fails the suite once fixed, so that the
mark is removed.
"""

from __future__ import annotations

import json
import logging
import random

import pytest

from . import fuzz
from .conftest import SEED_FILES
from .generate import ArticleGenerator

CASES = sorted(p.parent for p in fuzz.REGRESSIONS.glob("*/case.json"))


def _param(case):
    meta = json.loads((case / "case.json").read_text(encoding="utf-8"))
    marks = [pytest.mark.xfail(strict=True, reason=meta["xfail"])] if meta.get("xfail") else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_fuzz_regression(case, monkeypatch):
    # a sentence skipped by extraction is one of the failures the replay lists; kept from the log checker of
    # conftest.py, so that a strict xfail case fails in its call, not in the fixture's teardown
    monkeypatch.setattr(logging.getLogger("claimtrack.attribution"), "propagate", False)
    out = fuzz.replay_case(case)
    assert out.failures == []


# Found by the fuzz run (seed 17, chunks 1140, 3358 and 4240): after an honorific, the family-name branch of
# noun_phrase stepped over a name link (آل, folded to ال) with no word after it, past the last token.
@pytest.mark.parametrize("text", ["وقال الشيخ ال", "وتوقع الخبير العقيد ال", "وقال العميد عبد الامير ال"],
                         ids=["shaikh", "expert-colonel", "brigadier-abd-al-amir"])
def test_honorific_then_al_at_the_end_of_a_sentence(monkeypatch, text):
    from claimtrack import extract_attributions, parse_article

    monkeypatch.setattr(logging.getLogger("claimtrack.attribution"), "propagate", False)  # the diagnostic says it
    diagnostics: list = []
    extract_attributions(parse_article(text, id="x", layout="plain"), diagnostics=diagnostics)
    assert diagnostics == []


def test_the_fuzz_checks_pass_on_the_seeds(tmp_path):
    inputs = [(p.name, p.read_bytes(), fuzz.OUTLETS[i % 2]) for i, p in enumerate(SEED_FILES)]
    out = fuzz.run_inputs(inputs, tmp_path / "files")
    assert out.failures == [] and out.read == len(SEED_FILES) and out.attributions > 0
    assert set(out.parts) >= {"read", "sentences", "extract", "match", "contradictions", "compare", "report", "store"}


def test_a_chunk_is_drawn_again_the_same():
    assert fuzz.draw_chunk(17, 3, 5) == fuzz.draw_chunk(17, 3, 5) != fuzz.draw_chunk(17, 4, 5)
    a, b = ArticleGenerator(random.Random("x")), ArticleGenerator(random.Random("x"))
    assert [a.article() for _ in range(20)] == [b.article() for _ in range(20)]
