"""``--jobs N``: the same bytes as one process; and every command's output the same under any hash seed."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest

from claimtrack.cli import main

from .conftest import DATA, ROOT

MALIKI = DATA / "real_stories" / "maliki_reactions"
REPRINTED = DATA / "real" / "articles" / "alyaum_dcaf100e6b.txt"  # its opposed-predicate note once followed the hash seed


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# Every command that takes --jobs (the commands that read many articles).
JOBS_COMMANDS = [
    ("sentences", "--format", "jsonl"),
    ("extract", "--format", "jsonl"),
    ("extract",),
    ("demo",),
    ("match", "--format", "jsonl"),
    ("find", "تصريحات المالكي"),
    ("contradictions", "--format", "jsonl"),
    ("compare", "--format", "json", "-q"),
    ("eval", MALIKI / "gold"),
]


@pytest.mark.parametrize("command", JOBS_COMMANDS, ids=lambda c: "-".join(map(str, c))[:40])
def test_two_jobs_give_the_bytes_of_one(capsys, command):
    one = run(capsys, *command, MALIKI / "articles", "--jobs", "1")
    two = run(capsys, *command, MALIKI / "articles", "--jobs", "2")
    assert one[0] == 0 and one[1]
    assert two == one


def test_every_command_that_reads_many_articles_takes_jobs():
    from claimtrack.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.choices and "extract" in a.choices)
    takes = {name for name, p in sub.choices.items() if any("--jobs" in a.option_strings for a in p._actions)}
    assert takes == {c[0] for c in JOBS_COMMANDS}


def test_records_with_two_jobs_give_the_bytes_of_one(capsys, tmp_path):
    """Records (.jsonl) are extracted in the processes too, beside a folder of files."""
    from .test_records_input import real_records

    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in real_records(limit=3)), encoding="utf-8")
    for command in (("extract", "--format", "jsonl"), ("compare", "--format", "json")):
        one = run(capsys, *command, path, MALIKI / "articles", "--jobs", "1")
        two = run(capsys, *command, path, MALIKI / "articles", "--jobs", "2")
        assert one[0] == 0 and two == one
        if command[0] == "extract":
            articles = {json.loads(line)["article"] for line in one[1].splitlines()}
            assert articles - {p.stem for p in (MALIKI / "articles").glob("*.txt")}  # the records' attributions


def test_bad_files_among_good_ones_are_listed_at_the_end(capsys, tmp_path):
    for p in sorted((MALIKI / "articles").glob("*.txt"))[:3]:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "aa_empty.txt").write_bytes(b"")
    (tmp_path / "zz_bad.txt").write_bytes(b"\xff\xfd bad")
    one = run(capsys, "extract", "--format", "jsonl", tmp_path, "--jobs", "1")
    two = run(capsys, "extract", "--format", "jsonl", tmp_path, "--jobs", "2")
    assert two == one
    code, out, err = two
    lines = err.splitlines()
    assert code == 1 and out and len(lines) == 3 and "2 inputs could not be used" in lines[0]
    assert "aa_empty.txt" in lines[1] and "zz_bad.txt: not valid UTF-8" in lines[2]


def test_one_bad_file_is_one_line(capsys, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfd bad")
    code, out, err = run(capsys, "match", tmp_path / "bad.txt", "--jobs", "2")
    assert code == 1 and not out and len(err.splitlines()) == 1 and "bad.txt: not valid UTF-8" in err


def test_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(REPRINTED), "--jobs", "0"])
    assert exc.value.code == 2 and "--jobs" in capsys.readouterr().err


def _near_reprints(folder, n=20, seed=14):
    """The real article and ``n`` near-reprints of it: a word dropped here and there (fixed seed)."""
    text = REPRINTED.read_text(encoding="utf-8")
    rng = random.Random(seed)
    (folder / REPRINTED.name).write_text(text, encoding="utf-8")
    for i in range(n):
        lines = []
        for line in text.split("\n"):
            words = line.split(" ")
            if len(words) > 6 and rng.random() < 0.5:
                del words[rng.randrange(len(words))]
            lines.append(" ".join(words))
        (folder / f"reprint_{i:02d}.txt").write_text("\n".join(lines), encoding="utf-8")


def _outputs(hash_seed: str, folder, work) -> list[tuple[int, str, str]]:
    """Every command's exit status, stdout and stderr (and the HTML report, the store's queries) under one
    hash seed; ``work`` holds the store and the report, made afresh (their names are in the output)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED=hash_seed)
    story = str(MALIKI)
    db, html = work / "news.db", work / "report.html"
    db.unlink(missing_ok=True)
    jobs = ["--jobs", "2"]
    commands = [
        ["sentences", folder, *jobs], ["extract", folder, *jobs], ["extract", "--format", "jsonl", folder, *jobs],
        ["demo", folder, *jobs],
        ["match", "--format", "jsonl", folder, *jobs],
        ["find", "ارتفاع أسعار التذاكر", folder, *jobs], ["contradictions", "--format", "jsonl", folder, *jobs],
        ["compare", "--format", "json", "-q", folder, *jobs],
        ["compare", "--format", "markdown", "-q", folder, "--html", html, *jobs],
        ["match", "--format", "jsonl", f"{story}/articles", *jobs],
        ["contradictions", "--format", "jsonl", f"{story}/articles", *jobs],
        ["compare", "--format", "json", "-q", f"{story}/articles", *jobs],
        ["eval", "--baseline", "--cross-article", f"{story}/gold", f"{story}/articles",
         "--clusters", f"{story}/clusters.json", "--stories", f"{story}/stories.json", "-v", *jobs],
        ["relate", "--pairs", DATA / "relate_pairs.tsv"],
        ["track", "add", "-q", db, folder, f"{story}/articles"], ["track", "stories", db, "--limit", "0"],
        ["track", "timeline", db, "s1"], ["track", "export", db, "--format", "jsonl"],
        ["compare", "--db", db, "--top", "0", "--format", "json"],
    ]
    found = []
    for command in commands:
        done = subprocess.run([sys.executable, "-m", "claimtrack", *map(str, command)],
                              capture_output=True, text=True, env=env, cwd=ROOT)
        found.append((done.returncode, done.stdout, done.stderr))
        if "--html" in command:
            found.append((0, html.read_text(encoding="utf-8"), ""))
    return found


def test_every_command_is_the_same_under_two_hash_seeds(tmp_path):
    folder, work = tmp_path / "reprints", tmp_path / "work"
    folder.mkdir()
    work.mkdir()
    _near_reprints(folder)
    first, second = _outputs("1", folder, work), _outputs("2", folder, work)
    for (code, out, err), other in zip(first, second):
        assert code == 0 and out, err
        assert (code, out, err) == other
