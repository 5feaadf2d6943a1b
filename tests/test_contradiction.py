"""Contradictions, agreements, clarifications and framing: the seed cases the issue names and the evidence
spans."""

import pytest

import claimtrack
from claimtrack import Corpus, contradictions
from claimtrack import parse_article
from claimtrack.contradiction import one_sided
from claimtrack.contradiction.marks import mark_attributions

from .conftest import DATA, SEED_FILES

JETS_CLAIMS = ("000_8b6cf623ab9f9948#6", "002_4e5fc412234f2c9f#10")
JETS_DENIALS = ("002_4e5fc412234f2c9f#11", "002_4e5fc412234f2c9f#12")


@pytest.fixture(scope="module")
def corpus():
    return Corpus(SEED_FILES)


@pytest.fixture(scope="module")
def marks(corpus):
    return {(m.a, m.b): m for m in contradictions(corpus)}


def mark(marks, a, b):
    return marks.get((a, b)) or marks.get((b, a))


@pytest.mark.parametrize("claim", JETS_CLAIMS)
@pytest.mark.parametrize("denial", JETS_DENIALS)
def test_both_versions_of_the_jets_claim_meet_both_denials(marks, claim, denial):
    m = mark(marks, claim, denial)
    assert m is not None and m.kind == "contradicts", m
    assert any(e.kind in ("denial", "negation") for e in m.evidence)
    assert "denies" in m.explanation or "لم" in m.explanation


def test_seed_000_carries_the_claim_without_the_denial(corpus, marks):
    sided = one_sided(corpus, marks.values())
    assert ("000_8b6cf623ab9f9948#6", "002_4e5fc412234f2c9f#11") in sided["000_8b6cf623ab9f9948"]
    assert "002_4e5fc412234f2c9f" not in sided, "seed 002 carries both the claim and the denial"


def test_red_line_contradiction(marks):
    m = mark(marks, "004_d9528a500fce54cf#3", "004_d9528a500fce54cf#4")
    assert m.kind == "contradicts"
    (negator,) = [e for e in m.evidence if e.kind == "negation"]
    assert negator.b.text == "ليست"


def test_denial_of_positive_agrees_with_assertion_of_negative(marks):
    m = mark(marks, "001_a43b4c28910603a0#3", "002_4e5fc412234f2c9f#8")
    assert m is not None and m.kind == "agrees" and "both deny or negate" in m.explanation


def test_compatible_approximations_agree(marks):
    m = mark(marks, "000_8b6cf623ab9f9948#11", "001_a43b4c28910603a0#4")
    assert m.kind == "agrees"
    assert any("1 بليون" in e.note and "مليار" in e.note for e in m.evidence)


def test_brigade_clarification_is_not_a_contradiction(marks):
    brigade_claims = {"000_8b6cf623ab9f9948#1", "002_4e5fc412234f2c9f#2", "002_4e5fc412234f2c9f#4", "001_a43b4c28910603a0#1"}
    clarifications = {"002_4e5fc412234f2c9f#1", "002_4e5fc412234f2c9f#5", "001_a43b4c28910603a0#2"}
    between = [m for m in marks.values() if {m.a, m.b} & brigade_claims and {m.a, m.b} & clarifications]
    assert between and all(m.kind in ("clarifies", "agrees") for m in between)
    assert any(m.kind == "clarifies" for m in between)


def test_every_evidence_span_indexes_its_article(corpus, marks):
    texts = {a.id: a.text for a in corpus.articles}
    for m in marks.values():
        for e in m.evidence:
            for side, attribution in ((e.a, m.a), (e.b, m.b)):
                if side is not None:
                    text = texts[attribution.rpartition("#")[0]]
                    assert text[side.span.start : side.span.end] == side.text


def test_a_denial_not_made_is_framing_in_a_corpus():
    a = claimtrack.parse_article("روسيا ترسل مقاتلات\n\nقال مصدر دبلوماسي إن روسيا أرسلت مقاتلات إلى ليبيا.\n\n"
                                     "في المقابل، لا ينفي الكرملين إرسال مقاتلات إلى ليبيا.", id="a")
    marks = contradictions(Corpus([a]))
    (mark,) = [m for m in marks if {m.a, m.b} == {"a#1", "a#2"}]
    assert mark.kind == "framing" and "does not deny" in mark.explanation


def test_a_claim_meets_its_denial_in_a_two_article_corpus():
    # In two short articles no word is rare, so the denial must still be compared with the claim it denies.
    small = Corpus(sorted((DATA / "corpora" / "small_denial").glob("*.txt")))
    found = contradictions(small)
    # a mark may name an outlet's own sentence (narration, the default): looked up with mark_attributions
    article = {x: a.article for x, a in mark_attributions(small, found).items()}
    pairs = {(article[m.a], article[m.b]) for m in found if m.kind == "contradicts"}
    assert ("washington", "sanaa") in pairs or ("sanaa", "washington") in pairs
    denial = next(a for a in small.attributions if a.cue.text == "نفى")
    claim = next(a for a in small.attributions if a.article == "washington" and a.cue.text == "قال")
    assert any({m.a, m.b} == {claim.id, denial.id} for m in found if m.kind == "contradicts")


def test_a_negated_clause_beside_a_plan_is_no_contradiction(corpus, marks):
    # "ليست هناك أي خطوط حمراء أمام تقدم قواتنا" shares words with "سنواصل التقدم نحو سرت" but supports it.
    no_red_lines = next(a for a in corpus.attributions if "ليست هناك أي خطوط حمراء" in a.content.text)
    advance = [a for a in corpus.attributions if "التقدم نحو" in a.content.text and a.id != no_red_lines.id]
    assert advance
    for a in advance:
        assert not any({m.a, m.b} == {a.id, no_red_lines.id} and m.kind == "contradicts" for m in marks.values())


def test_the_rules_are_tried_in_a_named_order():
    from claimtrack.contradiction.rules import RULES

    names = [name for name, _ in RULES]
    assert names[0] == "opposite polarity" and names[-1] == "agreement" and len(set(names)) == len(names)
