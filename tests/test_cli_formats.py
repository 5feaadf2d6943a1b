"""Every command in every format (issue 16): csv loads with the csv module, json is one document, jsonl
the same records one a line, ``-o`` writes the bytes of standard output, no direction marks unless a
terminal reads the table, ``-`` reads standard input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from claimtrack.cli import build_parser, main

from .conftest import DATA, SEED_FILES, SEEDS

GOLD = DATA / "gold_attributions.jsonl"
MARKS = ("\u2068", "\u2069", "\u200e", "\u200f")  # isolates and direction marks

# command -> its arguments on the seeds
COMMANDS = {
    "sentences": [SEEDS],
    "extract": [SEEDS],
    "demo": [SEEDS],
    "eval": [GOLD, SEEDS],
    "match": [SEEDS],
    "find": ["روسيا أرسلت مقاتلات إلى ليبيا", SEEDS],
    "relate": ["--pairs", DATA / "relate_pairs.tsv"],
    "contradictions": [SEEDS],
    "compare": ["-q", SEEDS],
}
JOBS = {"sentences", "extract", "eval", "match", "find", "contradictions", "compare"}

ATTRIBUTION = ["id", "article", "outlet", "sentence_start", "sentence_end", "cue", "cue_start", "cue_end", "cue_lemma",
               "cue_stance", "source", "source_start", "source_end", "source_kind", "source_resolved", "source_via",
               "content", "content_start", "content_end", "content_negated", "content_refers_to", "quote", "hedges",
               "said_on", "said_on_from", "said_on_to", "said_on_start", "said_on_end"]
HEADERS = {
    "sentences": ["article", "index", "kind", "start", "end", "text"],
    "extract": ATTRIBUTION,
    "demo": ["id", "headline", "published", "paragraphs", "sentences"],
    "eval": ["gold", "predicted", "cue_precision", "cue_recall", "cue_f1", "strict_precision", "strict_recall",
             "strict_f1", "source_accuracy"],
    "match": ["id", "label", "claims", "articles", "outlets", "story"],
    "find": ["article", "attribution", "score", "relation", "kind", "text", "reasons"],
    "relate": ["line", "kind", "score", "reasons"],
    "contradictions": ["a", "b", "kind", "dispute", "evidence", "explanation", "unanswered_in"],
    "compare": ["claim_id", "claim", "outlet", "article", "attribution", "source", "source_start", "source_end",
                "source_kind", "cue", "cue_start", "cue_end", "cue_stance", "quote", "hedges", "content",
                "content_start", "content_end", "outlet_omits"],
}


def _formats(name: str) -> tuple[str, ...]:
    command = build_parser()._subparsers._group_actions[0].choices[name]  # type: ignore[union-attr]
    return tuple(command._option_string_actions["--format"].choices)


CASES = [(name, fmt) for name in COMMANDS for fmt in _formats(name)]


def _check(out: str, fmt: str, header: "list[str] | None") -> None:
    """Output in ``fmt``: not empty, no direction marks (captured: no terminal), and it loads."""
    assert out and not any(m in out for m in MARKS)
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out, newline="")))
        assert rows[0] == (header or rows[0]) and len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows)


def run(capsys, name, *extra):
    args = [name, *extra, *COMMANDS[name]] + (["--jobs", "1"] if name in JOBS else [])
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_the_shared_formats():
    for name in COMMANDS:
        assert {"json", "jsonl", "csv"} <= set(_formats(name)), name
        assert {"table", "text"} & set(_formats(name)), name
    for name in ("compare", "extract", "match"):
        assert "markdown" in _formats(name)


@pytest.mark.parametrize("name, fmt", CASES)
def test_format_runs_and_o_writes_the_same_bytes(capsys, tmp_path, name, fmt):
    code, out, err = run(capsys, name, "--format", fmt)
    assert code == 0 and "Traceback" not in err
    _check(out, fmt, HEADERS[name] if name != "eval" else None)
    target = tmp_path / "out"
    code, shown, _ = run(capsys, name, "--format", fmt, "-o", target)
    assert code == 0 and shown == "" and target.read_bytes() == out.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary file left


@pytest.mark.parametrize("name", list(COMMANDS))
def test_jsonl_holds_the_records_of_json_and_csv_one_row_each(capsys, name):
    _, doc, _ = run(capsys, name, "--format", "json")
    _, lines, _ = run(capsys, name, "--format", "jsonl")
    _, table, _ = run(capsys, name, "--format", "csv")
    doc, records = json.loads(doc), [json.loads(line) for line in lines.splitlines()]
    rows = list(csv.DictReader(io.StringIO(table, newline="")))
    if name == "eval":
        assert records == [doc] and len(rows) == 1 and float(rows[0]["strict_f1"]) == doc["strict"]["f1"]
    elif name == "compare":
        assert [r["section"] for r in records] == [s for s in doc for _ in doc[s]]
        assert [r["record"] for r in records] == [x for s in doc for x in doc[s]]
        texts = {p.stem: p.read_text(encoding="utf-8") for p in SEED_FILES}
        assert rows and all(texts[r["article"]][int(r["content_start"]):int(r["content_end"])] == r["content"]
                            for r in rows)
    else:
        assert records == doc and len(rows) == len(doc)
    if name == "extract":  # spans as text, start, end: the text is the slice of the article
        texts = {p.stem: p.read_text(encoding="utf-8") for p in SEED_FILES}
        for r in rows:
            for part in ("cue", "source", "content"):
                assert texts[r["article"]][int(r[f"{part}_start"]):int(r[f"{part}_end"])] == r[part]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_direction_marks_only_on_a_terminal(capsys, monkeypatch, tmp_path):
    _, piped, _ = run(capsys, "extract")
    assert "│" in piped and not any(m in piped for m in MARKS)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["extract", "--jobs", "1", str(SEEDS)]) == 0
    shown = terminal.getvalue()
    assert "\u2068" in shown and shown.replace("\u2068", "").replace("\u2069", "") == piped
    assert main(["extract", "--jobs", "1", str(SEEDS), "-o", str(tmp_path / "t.txt")]) == 0
    assert (tmp_path / "t.txt").read_text(encoding="utf-8") == piped


def test_compare_table_shows_the_claim_text(capsys):
    _, out, _ = run(capsys, "compare")
    _, doc, _ = run(capsys, "compare", "--format", "json")
    label = next(c["label"] for c in json.loads(doc)["clusters"] if len(c["claims"]) > 1)
    assert " ".join(label.split()[:3]) in out


def test_dash_reads_articles_from_stdin(capsys, monkeypatch):
    lines = "".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n"
                    for p in SEED_FILES)
    _, from_files, _ = run(capsys, "extract", "--format", "csv")
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    assert main(["extract", "--format", "csv", "--jobs", "1", "-"]) == 0
    assert capsys.readouterr().out == from_files


def test_dash_reads_gold_pairs_and_outlets_from_stdin(capsys, monkeypatch):
    _, expected, _ = run(capsys, "eval", "--format", "json")
    monkeypatch.setattr("sys.stdin", io.StringIO(GOLD.read_text(encoding="utf-8")))
    assert main(["eval", "--format", "json", "--jobs", "1", "-", str(SEEDS)]) == 0
    assert capsys.readouterr().out == expected
    monkeypatch.setattr("sys.stdin", io.StringIO("ما يفوق 1 بليون دولار للجيش التونسي\tبحوالي مليار دولار للجيش التونسي\nقال\n"))
    code = main(["relate", "--pairs", "-"])
    out, err = capsys.readouterr()
    assert code == 1 and json.loads(out)["kind"] == "same" and "<stdin>, line 2: expected two TAB-separated texts" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({SEED_FILES[0].stem: "Outlet A"})))
    assert main(["match", "--format", "jsonl", "--outlets", "-", str(SEED_FILES[0])]) == 0
    assert {o for line in capsys.readouterr().out.splitlines() for o in json.loads(line)["outlets"]} == {"Outlet A"}


def test_stdin_is_read_once(capsys):
    code = main(["eval", "-", "-"])
    assert code == 1 and "standard input (-) can be read only once" in capsys.readouterr().err


def test_o_keeps_the_old_file_when_the_command_fails(capsys, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    code = main(["extract", "--format", "csv", str(tmp_path / "missing.txt"), "-o", str(target)])
    assert code == 1 and "missing.txt: no such file" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_o_dash_is_stdout(capsys):
    _, expected, _ = run(capsys, "demo")
    assert run(capsys, "demo", "-o", "-")[1] == expected


# --- the tracker's commands -------------------------------------------------------------------------------

TRACK = {
    "add": ["{db}", SEED_FILES[0]],  # already stored: the same counts every run
    "stories": ["{db}"],
    "show": ["{db}", "s1"],
    "timeline": ["{db}", "s1"],
    "export": ["{db}"],
    "stats": ["{db}"],
    "reindex": ["{db}"],
}
TRACK_HEADERS = {
    "add": ["added", "unchanged", "skipped", "articles", "attributions", "claims", "stories", "marks"],
    "stories": ["id", "label", "claims", "attributions", "articles", "outlets", "first", "last"],
    "show": ["id", "story", "label", "attributions", "outlets", "first"],
    "timeline": ["event", "published", "said_on", "said_on_from", "said_on_to", "outlet", "article", "attribution",
                 "claim", "source", "cue", "content"],
    "export": ["id", "article", "outlet", "published", "url", "claim", "story", "cue", "cue_start", "cue_end", "source",
               "source_start", "source_end", "content", "content_start", "content_end", "quote", "said_on_from",
               "said_on_to", "said_on_text", "said_on_start", "said_on_end"],
    "stats": ["articles", "attributions", "claims", "stories", "marks"],
    "reindex": ["articles", "attributions", "claims", "stories", "marks"],
}


def _track_formats(name: str) -> tuple[str, ...]:
    track = build_parser()._subparsers._group_actions[0].choices["track"]  # type: ignore[union-attr]
    return tuple(track._subparsers._group_actions[0].choices[name]._option_string_actions["--format"].choices)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("track") / "t.db"
    assert main(["track", "add", "-q", str(path), str(SEED_FILES[0]), str(SEED_FILES[2])]) == 0
    return path


@pytest.mark.parametrize("name, fmt", [(n, f) for n in TRACK for f in _track_formats(n)])
def test_track_format_runs_and_o_writes_the_same_bytes(capsys, tmp_path, db, name, fmt):
    args = ["track", name, *(str(a).format(db=db) for a in TRACK[name]), "--format", fmt]
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    _check(out, fmt, TRACK_HEADERS[name])
    assert main(args + ["-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out == "" and (tmp_path / "out").read_bytes() == out.encode("utf-8")


def test_every_track_command_has_the_shared_formats():
    for name in TRACK:
        assert {"json", "jsonl", "csv"} <= set(_track_formats(name)) and {"table", "text"} & set(_track_formats(name))


@pytest.mark.parametrize("args", [["--debug", "demo"], ["demo", "--debug"], ["track", "stats", "--debug"]])
def test_global_options_before_or_after_the_command(args):
    parsed = build_parser().parse_args([*args, *(["db"] if "track" in args else [str(SEEDS)])])
    assert parsed.debug is True


def test_o_into_a_missing_folder_fails_before_the_work(capsys, tmp_path):
    code = main(["demo", str(SEEDS), "-o", str(tmp_path / "missing" / "out.txt")])
    out, err = capsys.readouterr()
    assert code == 1 and not out and "missing/out.txt: cannot write the output: no such folder" in err


def test_no_direction_marks_through_a_real_pipe():
    done = subprocess.run([sys.executable, "-m", "claimtrack", "compare", "-q", "--jobs", "1", str(SEEDS)],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0 and "│" in done.stdout and not any(m in done.stdout for m in MARKS)
