"""The outlet comparison: per-outlet figures and which outlet carried a claim without its counter-claim."""

from .conftest import SEED_FILES  # noqa: F401  (the seed comparison fixture lives in conftest)


def test_outlet_rows(comparison):
    rows = {r.outlet: r for r in comparison.outlets}
    assert set(rows) == {p.stem for p in SEED_FILES}, "without outlet names, each article is its own outlet"
    r000 = rows["000_8b6cf623ab9f9948"]
    assert r000.attributions == 11 and r000.without_counter == 1 and r000.per_1000_words > 0
    assert all(abs(r.named + r.anonymous + r.document) <= 1.0001 for r in rows.values())
    assert rows["003_a77fd7e03d334798"].anonymous >= 0.5, "seed 003 leans on reports and observers"


def test_jets_cluster_shows_the_missing_denial(comparison):
    (view,) = [v for v in comparison.clusters if "002_4e5fc412234f2c9f#10" in v.cluster.claims]
    by_outlet = {r.outlet: r for r in view.reportings}
    assert by_outlet["000_8b6cf623ab9f9948"].without_counter
    assert not by_outlet["002_4e5fc412234f2c9f"].without_counter
    assert any(m.kind == "contradicts" for m in view.marks)
