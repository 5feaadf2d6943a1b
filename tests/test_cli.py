"""The command line: every subcommand has --help, prints what the README says, and fails clearly."""

import json
import re
import sys

import pytest

from claimtrack.cli import build_parser, main

from .conftest import DATA, ROOT, SEED_FILES, SEEDS

SUBCOMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert name in out


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_subcommand_help_and_readme(capsys, name):
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    assert "usage: claimtrack " + name in capsys.readouterr().out
    assert f"claimtrack {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_sentences_text_and_jsonl(capsys):
    code, out, _ = run(capsys, "sentences", str(SEED_FILES[0]))
    assert code == 0 and out.startswith("# 000_8b6cf623ab9f9948\n") and "  1  كشف الجيش" in out
    code, out, _ = run(capsys, "sentences", "--format", "jsonl", str(SEED_FILES[0]))
    rows = [json.loads(line) for line in out.splitlines()]
    text = SEED_FILES[0].read_text(encoding="utf-8")
    assert len(rows) == 14
    assert all(text[r["start"] : r["end"]] == r["text"] and r["article"] == "000_8b6cf623ab9f9948" for r in rows)


def test_extract_jsonl_is_schema_valid_and_exact(capsys):
    jsonschema = pytest.importorskip("jsonschema")
    from claimtrack.records import attribution_schema

    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(SEEDS))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 65
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEED_FILES}
    for r in rows:
        jsonschema.validate(r, attribution_schema())
        text = texts[r["article"]]
        for part in ("cue", "source", "content"):
            assert text[r[part]["start"] : r[part]["end"]] == r[part]["text"]


def test_extract_leaves_the_collector_as_it_found_it(capsys):
    # extract collects less while it reads (issue 14); a caller of main() in the same process gets its
    # collector's settings back, and nothing of its own is left frozen
    import gc

    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(SEED_FILES[0]))
    assert code == 0 and out
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, frozen)


def test_extract_table(capsys):
    code, out, _ = run(capsys, "extract", str(SEED_FILES[2]))
    assert code == 0 and "# 002_4e5fc412234f2c9f: 20 attributions" in out and "│" in out


def test_eval_reports_figures(capsys):
    code, out, _ = run(capsys, "eval", str(DATA / "gold_attributions.jsonl"), str(SEEDS))
    assert code == 0
    strict = re.search(r"strict\s+precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)", out)
    assert strict and float(strict.group(3)) >= 0.9
    code, out, _ = run(capsys, "eval", "--format", "json", str(DATA / "gold_attributions.jsonl"), str(SEEDS))
    assert json.loads(out)["gold"] == 65


def test_eval_clusters_reports_pairwise_figures(capsys):
    gold = str(DATA / "gold_attributions.jsonl")
    code, out, _ = run(capsys, "eval", gold, str(SEEDS), "--clusters", str(DATA / "gold_clusters.json"))
    found = re.search(r"claim clusters \(pairwise\): precision ([\d.]+)\s+recall ([\d.]+).*gold pairs (\d+)", out)
    assert code == 0 and found and int(found.group(3)) == 32
    assert float(found.group(1)) >= 0.85 and float(found.group(2)) >= 0.85
    code, out, _ = run(capsys, "eval", "--format", "json", gold, str(SEEDS), "--clusters", str(DATA / "gold_clusters.json"))
    assert json.loads(out)["clusters"]["gold_pairs"] == 32


@pytest.mark.parametrize("content, message", [
    ('{"clusters": [', "not valid JSON"),
    ('["a"]', 'a "clusters" object'),
    ('{"clusters": {"x": "000_8b6cf623ab9f9948:0"}}', "cluster 'x': expected a list"),
    ('{"clusters": {"x": ["000_8b6cf623ab9f9948:99"]}}', "names no gold attribution"),
    ('{"clusters": {"x": ["000_8b6cf623ab9f9948:0"], "y": ["000_8b6cf623ab9f9948:0"]}}', "is listed in two clusters"),
    ('{"clusters": {"x": ["000_8b6cf623ab9f9948:0", "000_8b6cf623ab9f9948:0"]}}', "is listed twice in cluster 'x'"),
    ('{"clusters": {"x": ["000_8b6cf623ab9f9948"]}}', "is not \"<article id>:<row>\""),
    ('{"clusters": {"x": ["000_typo:0", "001_typo:1"]}}', "no member names an article of the gold file"),
])
def test_bad_gold_cluster_files(capsys, tmp_path, content, message):
    path = tmp_path / "clusters.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "eval", str(DATA / "gold_attributions.jsonl"), str(SEEDS), "--clusters", str(path))
    assert code == 1 and "clusters.json" in err and message in err and "Traceback" not in err and not out


def test_demo_prints_each_seed(capsys):
    code, out, _ = run(capsys, "demo", str(SEEDS))
    assert code == 0
    assert out.count("headline:") == 5
    assert "published:  2020-05-30" in out and "sentences:  14" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["sentences", "missing.txt"], "missing.txt: no such file"),
        (["extract", "--format", "jsonl", "missing.txt"], "missing.txt: no such file"),
        (["eval", "nope.jsonl", str(SEEDS)], "nope.jsonl: cannot read gold file"),
    ],
)
def test_errors_name_the_file(capsys, args, message):
    code, out, err = run(capsys, *args)
    assert code == 1 and message in err and "Traceback" not in err and not out


def test_not_utf8_is_reported(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfd bad")  # not UTF-8 (\xff\xfe would be a UTF-16 byte order mark)
    code, _, err = run(capsys, "sentences", str(bad))
    assert code == 1 and "bad.txt: not valid UTF-8 at byte 0" in err


def test_empty_folder(capsys, tmp_path):
    code, _, err = run(capsys, "extract", str(tmp_path))
    assert code == 1 and "holds no .txt article files" in err


def test_match_jsonl(capsys):
    code, out, _ = run(capsys, "match", "--format", "jsonl", str(SEEDS))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {"id", "label", "claims", "articles", "outlets"} <= set(rows[0])
    assert sum(len(r["claims"]) for r in rows) == 65
    assert any(len(r["articles"]) > 1 for r in rows)


def test_match_reads_outlets_json(capsys, tmp_path):
    for p in SEED_FILES[:2]:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "outlets.json").write_text(json.dumps({SEED_FILES[0].stem: "Outlet A", SEED_FILES[1].stem: {"outlet": "Outlet B", "published": "2020-09-30"}}), encoding="utf-8")
    code, out, _ = run(capsys, "match", "--format", "jsonl", str(tmp_path))
    outlets = {o for line in out.splitlines() for o in json.loads(line)["outlets"]}
    assert code == 0 and outlets == {"Outlet A", "Outlet B"}


def test_bad_outlets_file(capsys, tmp_path):
    bad = tmp_path / "o.json"
    bad.write_text('{"x": 3}', encoding="utf-8")
    code, _, err = run(capsys, "match", "--outlets", str(bad), str(SEEDS))
    assert code == 1 and "o.json: entry 'x'" in err


def test_find_and_relate(capsys, tmp_path):
    code, out, _ = run(capsys, "find", "--format", "jsonl", "روسيا أرسلت مقاتلات إلى ليبيا", str(SEEDS))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and rows[0]["score"] >= rows[-1]["score"]
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("# comment\nما يفوق 1 بليون دولار للجيش التونسي\tبحوالي مليار دولار للجيش التونسي\nقال\n", encoding="utf-8")
    code, out, err = run(capsys, "relate", "--pairs", str(pairs))
    assert code == 1 and "pairs.tsv, line 3: expected two TAB-separated texts" in err
    assert json.loads(out.splitlines()[0])["kind"] == "same"


def test_contradictions_jsonl(capsys):
    code, out, _ = run(capsys, "contradictions", "--format", "jsonl", "--kind", "contradicts", str(SEEDS))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and all(r["kind"] == "contradicts" for r in rows)
    assert {"a", "b", "kind", "evidence", "explanation"} <= set(rows[0])
    jets = [r for r in rows if r["a"] == "000_8b6cf623ab9f9948#6"]
    assert jets and all("000_8b6cf623ab9f9948" in r["unanswered_in"] for r in jets)


def test_contradictions_table_names_one_sided_articles(capsys):
    code, out, _ = run(capsys, "contradictions", str(SEEDS))
    assert code == 0 and "000_8b6cf623ab9f9948 carries 000_8b6cf623ab9f9948#6 without the counter-claim" in out


def test_compare_formats(capsys, tmp_path):
    code, out, err = run(capsys, "compare", "-q", "--format", "json", str(SEEDS))
    doc = json.loads(out)
    assert code == 0 and set(doc) == {"articles", "attributions", "clusters", "contradictions", "outlets", "stories",
                                      "timeline"}
    code, out, _ = run(capsys, "compare", "-q", "--format", "markdown", str(SEEDS))
    assert code == 0 and out.startswith("# ")
    report = tmp_path / "r.html"
    code, out, err = run(capsys, "compare", "-q", str(SEEDS), "--html", str(report))
    # what was left out, and which dispute: 000 carries the jets claim (#6) that 002 denies and contradicts
    jets = next(c["id"] for c in doc["clusters"] if "000_8b6cf623ab9f9948#6" in c["claims"])
    assert code == 0 and "outlet" in out and f"omits {jets} denies, {jets} contradicts" in out
    assert f"HTML report written to {report}" in err and report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_compare_reports_progress_on_large_input(capsys, tmp_path, monkeypatch):
    for k in range(20):
        src = SEED_FILES[k % len(SEED_FILES)]
        (tmp_path / f"{k:02d}_{src.name}").write_bytes(src.read_bytes())
    code, out, err = run(capsys, "compare", "--format", "json", str(tmp_path))
    assert code == 0 and out and err == ""  # stderr is no terminal: no progress
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out_tty, err = run(capsys, "compare", "--format", "json", str(tmp_path))
    assert code == 0 and "read 20/20 articles" in err and "matching claims" in err and out_tty == out
    code, out_quiet, err = run(capsys, "compare", "--format", "json", "--quiet", str(tmp_path))
    assert code == 0 and err == "" and out_quiet == out


def test_a_file_of_a_few_records_reads_without_progress(capsys, tmp_path, monkeypatch):
    """Three records of the Aden coverage of 2015-07-21 (tests/data/yemen_aden_0721: aawsat_18, aleqtisadiya_22,
    almadina_27) are read, extracted, stored and marked at once: on a terminal no phase is long enough for a
    progress line (reading said "read 3 records", ``track add`` counted its three articles); 21 records do."""
    aden = sorted((DATA / "yemen_aden_0721" / "articles").glob("*.txt"))
    assert [p.stem for p in aden[:3]] == ["aawsat_18", "aleqtisadiya_22", "almadina_27"]

    def records(paths, name):
        lines = []
        for k, path in enumerate(paths):
            title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
            lines.append(json.dumps({"id": f"{path.stem}_{k}", "title": title, "content": body}, ensure_ascii=False))
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(tmp_path / name)

    few, many = records(aden[:3], "few.jsonl"), records(aden * 3, "many.jsonl")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    for command in (["extract", few], ["compare", "--format", "json", few], ["track", "add", str(tmp_path / "t.db"), few]):
        code, out, err = run(capsys, *command)
        assert code == 0 and out and err == "", command
    code, out, err = run(capsys, "track", "add", str(tmp_path / "t.db"), many)  # 21 records, the same texts again
    added, unchanged = re.match(r"(\d+) articles added, (\d+) already stored", out).groups()
    assert int(added) + int(unchanged) == 21 and err == f"\rclaimtrack: {added} added, {unchanged} already stored\n"
    code, _, err = run(capsys, "match", "--format", "json", many)
    assert code == 0 and err == "claimtrack: read 21 records\n"


def test_compare_html_to_unwritable_path(capsys, tmp_path):
    code, _, err = run(capsys, "compare", "-q", str(SEEDS), "--html", str(tmp_path / "missing" / "r.html"))
    assert code == 1 and "cannot write the HTML report" in err


def test_same_article_twice(capsys):
    code, _, err = run(capsys, "match", str(SEEDS), str(SEED_FILES[0]))
    assert code == 1 and "is given twice" in err and SEED_FILES[0].stem in err


def test_bad_published_in_outlets(capsys, tmp_path):
    bad = tmp_path / "o.json"
    bad.write_text(json.dumps({SEED_FILES[0].stem: {"published": 5}}), encoding="utf-8")
    code, _, err = run(capsys, "match", "--outlets", str(bad), str(SEED_FILES[0]))
    assert code == 1 and "o.json: entry" in err and "bad published date" in err


@pytest.mark.parametrize("content, message", [(b"\xff\xfd", "not valid UTF-8"), (b"[1, 2]\n", "expected a JSON object")])
def test_bad_gold_files(capsys, tmp_path, content, message):
    gold = tmp_path / "g.jsonl"
    gold.write_bytes(content)
    code, _, err = run(capsys, "eval", str(gold), str(SEEDS))
    assert code == 1 and "g.jsonl" in err and message in err


def test_relate_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["relate", "one text"])
    assert exit_info.value.code == 2


def test_compare_json_and_contradictions_agree_on_one_sided_articles(capsys):
    small = DATA / "corpora" / "small_denial"
    _, out, _ = run(capsys, "compare", "-q", "--format", "json", str(small))
    from_compare = {(m["a"], m["b"]): sorted(m["unanswered_in"]) for m in json.loads(out)["contradictions"]}
    _, out, _ = run(capsys, "contradictions", "--format", "jsonl", str(small))
    from_marks = {(m["a"], m["b"]): sorted(m["unanswered_in"]) for m in map(json.loads, out.splitlines())}
    assert from_compare == from_marks
    # each side of the claim/denial pair is carried by one article and missing from the other
    assert any(articles == ["sanaa", "washington"] for articles in from_compare.values())


def test_an_article_id_holding_a_hash_keeps_its_outlet_in_the_tables():
    # Attribution ids are "<article id>#<n>"; an article named "2015#07" (a file 2015#07.txt) lost its outlet when
    # the id was cut at its first "#".
    from claimtrack.cli.claims import _carried_by, _side

    assert _side("2015#07#3", {"2015#07": "okaz"}) == "2015#07#3 okaz"
    assert _carried_by("2015#07#3", {"2015#07": "okaz"}) == ", carried by okaz"
