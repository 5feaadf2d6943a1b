"""Hostile and messy input (issue 17): no traceback, no lost data, linear time.

Each test is one reproducer from the issue.  Speed is never asserted with a clock here: growth is measured
in ``benchmarks/test_bench_hostile.py``; what a test can check without a clock (a step counter, a recursion
depth) it checks here.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import parse_article
from claimtrack.cli import _cell, _width, main
from claimtrack.dates import find_dates
from claimtrack.normalize import ascii_digits

from .conftest import DATA, ROOT, SEED_FILES, SEEDS
from .strategies import arabic_text

# U+11BF5, a decimal digit (Nd) of a script newer than this Python's unicodedata tables: the `regex` module
# reads it as \d, int() and float() raise on it.
NEW_DIGIT = "\U00011bf5"
HEAD = "عنوان الخبر\n\n"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_ascii_digits():
    assert ascii_digits("\u0661\u0662.5") == "12.5"
    assert ascii_digits("\u09e7\u09e8") == "12"  # Bengali digits are read
    assert ascii_digits("5" + NEW_DIGIT) is None  # unreadable: the caller keeps it as text
    assert ascii_digits("abc") == "abc"


@pytest.mark.parametrize("line", [f"تاريخ النشر: 2020-0{NEW_DIGIT}-30", f"السبت 3{NEW_DIGIT} ماي 2020",
                                  f"السبت 30 ماي 202{NEW_DIGIT}", f"30/0{NEW_DIGIT}/2020"])
def test_unreadable_digit_in_a_date_line_is_text(line):
    assert find_dates(line) == []
    article = parse_article(f"عنوان الخبر\n{line}\n\nقال الوزير إن الهجوم وقع أمس.\n", id="x")
    assert article.published is None and article.body.startswith("قال الوزير")


def test_readable_digits_of_other_scripts_still_make_dates():
    assert find_dates("30 ماي \u0968\u0966\u0968\u0966")[0].date.year == 2020  # Devanagari digits


@pytest.mark.parametrize("command", [("match",), ("compare",), ("contradictions",), ("find", "قتلوا"),
                                     ("extract",)])
def test_unreadable_digit_in_a_body(capsys, tmp_path, command):
    path = write(tmp_path, "a.txt", HEAD + f"قال الوزير إن {NEW_DIGIT}{NEW_DIGIT} شخصا قتلوا في الهجوم.\n"
                 f"وقال المتحدث إن {NEW_DIGIT}5 شخصا قتلوا.\n")
    code, out, err = run(capsys, *command, path)
    assert code == 0 and not err, err


def test_unreadable_digit_in_relate(capsys):
    code, out, _ = run(capsys, "relate", f"قتل {NEW_DIGIT}5 شخصا", "قتل 5 شخصا")
    assert code == 0 and json.loads(out)["kind"]


@pytest.mark.parametrize("letter", "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة")
def test_a_run_of_one_letter_in_a_content(capsys, tmp_path, letter):
    path = write(tmp_path, "a.txt", HEAD + "قال الوزير إن " + letter * 1000 + " في الهجوم.\n"
                 "وقال المتحدث إن " + letter * 1000 + ".\n")
    code, out, err = run(capsys, "compare", "--format", "json", "-q", path)
    assert code == 0 and not err, err


# --- the command line: one line on stderr, exit 1 (2 for usage), never a traceback ------------------------



def cli(*args, shell_tail: str = "", **kwargs):
    """Run ``python -m claimtrack ARGS SHELL_TAIL`` in a shell (for redirections), from the worktree."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = " ".join([f"'{sys.executable}'", "-m", "claimtrack"] + [f"'{a}'" for a in args]) + " " + shell_tail
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env, cwd=ROOT, **kwargs)


def test_nested_outlets_json(capsys, tmp_path):
    (tmp_path / SEED_FILES[0].name).write_bytes(SEED_FILES[0].read_bytes())
    (tmp_path / "outlets.json").write_text('{"a":' * 100_000 + "1" + "}" * 100_000, encoding="utf-8")
    code, _, err = run(capsys, "match", tmp_path)
    assert code == 1 and "outlets.json" in err and "nested too deeply" in err and len(err.splitlines()) == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_writing_to_a_full_device():
    r = cli("sentences", SEEDS, shell_tail="> /dev/full")
    assert r.returncode == 1 and r.stderr == "claimtrack: error: standard output: cannot write: No space left on device\n"


def test_stdout_closed():
    r = cli("sentences", SEEDS, shell_tail=">&-")
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1 and "standard output is closed" in r.stderr


def test_broken_pipe_exits_quietly():
    r = cli("sentences", SEEDS, shell_tail="| head -1")
    assert r.returncode == 0 and r.stderr == "" and r.stdout.startswith("# ")


def test_debug_shows_the_traceback(tmp_path):
    r = cli("sentences", tmp_path / "missing.txt")
    assert r.returncode == 1 and r.stderr == f"claimtrack: error: {tmp_path / 'missing.txt'}: no such file\n"
    for args in (("--debug", "sentences", tmp_path / "missing.txt"), ("sentences", "--debug", tmp_path / "missing.txt")):
        r = cli(*args)
        assert r.returncode == 1 and "Traceback" in r.stderr and r.stderr.endswith("no such file\n")


def test_folder_without_permission(capsys, monkeypatch, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_is_file, real_iterdir = pathlib.Path.is_file, pathlib.Path.iterdir

    def is_file(self):
        if self.parent == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_file(self)

    def iterdir(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(pathlib.Path, "is_file", is_file)
    monkeypatch.setattr(pathlib.Path, "iterdir", iterdir)
    code, out, err = run(capsys, "sentences", locked)
    assert code == 1 and err == f"claimtrack: error: {locked}: cannot list the folder: Permission denied\n"
    code, out, err = run(capsys, "sentences", locked, SEED_FILES[0])
    assert code == 1 and out.startswith(f"# {SEED_FILES[0].stem}") and f"{locked}: cannot list the folder" in err


def test_one_bad_file_among_many(capsys, tmp_path):
    bad = write(tmp_path, "bad.txt", "")
    (tmp_path / "latin1.txt").write_bytes("عنوان\n\nقال".encode("utf-8") + b"\xff\n")
    for command in ("sentences", "extract", "match", "compare", "contradictions", "demo"):
        code, out, err = run(capsys, command, SEED_FILES[0], bad, tmp_path / "latin1.txt", SEED_FILES[1])
        lines = err.splitlines()
        assert code == 1, command
        assert lines[-3:] == ["claimtrack: error: 2 inputs could not be used:",
                              f"claimtrack: error: {bad}: the file is empty",
                              f"claimtrack: error: {tmp_path / 'latin1.txt'}: not valid UTF-8 at byte 18 (0xff); "
                              "save the file as UTF-8 or name its encoding (--encoding cp1256)"], command
        if command in ("sentences", "extract", "demo"):
            assert SEED_FILES[0].stem in out and SEED_FILES[1].stem in out, command


def test_relate_pairs_goes_past_a_bad_line(capsys, tmp_path):
    pairs = write(tmp_path, "p.tsv", "قتل 5 أشخاص\tمقتل خمسة أشخاص\nسطر بلا فاصل\n\nنفى الوزير\tأكد الوزير\n")
    code, out, err = run(capsys, "relate", "--pairs", pairs)
    assert code == 1 and [json.loads(x)["line"] for x in out.splitlines()] == [1, 4]
    assert err == f"claimtrack: error: {pairs}, line 2: expected two TAB-separated texts\n"


def test_unknown_ids_in_outlets_are_reported(capsys, tmp_path):
    outlets = write(tmp_path, "o.json", json.dumps({SEED_FILES[0].stem: "A", "no_such_article": "B"}))
    code, out, err = run(capsys, "match", "--outlets", outlets, SEED_FILES[0])
    assert code == 0 and "no_such_article" in err and str(outlets) in err and "warning" in err


def test_empty_html_name_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["compare", "-q", str(SEED_FILES[0]), "--html", ""])
    assert exit_info.value.code == 2 and "--html needs a file name" in capsys.readouterr().err


def test_html_is_written_whole_or_not_at_all(capsys, tmp_path, monkeypatch):
    report = tmp_path / "r.html"
    report.write_text("old report", encoding="utf-8")
    import claimtrack.report

    def broken(*args, **kwargs):
        raise KeyboardInterrupt  # a run killed while the report is rendered

    monkeypatch.setattr(claimtrack.report, "render_html", broken)
    code, _, err = run(capsys, "compare", "-q", SEED_FILES[0], "--html", report)
    assert code == 130 and report.read_text(encoding="utf-8") == "old report"
    monkeypatch.undo()
    real_replace = os.replace

    def killed(src, dst):
        raise KeyboardInterrupt  # killed after writing the temporary file, before the rename

    monkeypatch.setattr(os, "replace", killed)
    code, _, err = run(capsys, "compare", "-q", SEED_FILES[0], "--html", report)
    assert report.read_text(encoding="utf-8") == "old report" and sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]
    monkeypatch.setattr(os, "replace", real_replace)
    code, _, err = run(capsys, "compare", "-q", SEED_FILES[0], "--html", report)
    assert code == 0 and report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_unexpected_error_is_one_line(capsys, monkeypatch):
    import claimtrack.cli

    def bug(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(claimtrack.cli.articles, "split_sentences", bug)
    code, _, err = run(capsys, "sentences", SEED_FILES[0])
    assert code == 1 and err == ("claimtrack: internal error: ZeroDivisionError: division by zero "
                                 "(run again with --debug for the traceback)\n")



# --- tables: a long content is cut in one pass ------------------------------------------------------------

def _cell_by_trimming(text: str, width: int) -> str:
    """The cell as it was made before issue 17: one letter off the end at a time (quadratic)."""
    text = " ".join(text.split())
    if _width(text) > width:
        while _width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return "\u2068" + text + "\u2069" + " " * (width - _width(text))


@settings(max_examples=300, deadline=None)
@given(arabic_text, st.integers(1, 40))
def test_cells_are_cut_as_before(text, width):
    assert _cell(text, width) == _cell_by_trimming(text, width)


def test_a_long_content_in_a_table(capsys, tmp_path):
    path = write(tmp_path, "a.txt", HEAD + "قال الوزير إن " + "كلمة " * 3000 + ".\n")
    code, out, _ = run(capsys, "extract", path)
    assert code == 0 and "…" in out


# --- extraction: each earlier mention is worked out once --------------------------------------------------


def test_back_references_work_out_each_mention_once(monkeypatch):
    """"ونفى المتحدث ذلك." again and again: every back-reference used to rescan all earlier mentions (n²/2
    noun phrases); now each mention of the head is worked out once (a step counter, not a clock)."""
    from claimtrack.attribution import extract_attributions, resolve

    calls: list[int] = []
    real = resolve.Resolver._full_mention_at

    def counting(self, k, require_title):
        calls.append(k)
        return real(self, k, require_title)

    monkeypatch.setattr(resolve.Resolver, "_full_mention_at", counting)
    n = 200
    records = extract_attributions(parse_article(HEAD + "ونفى المتحدث ذلك. " * n, id="x"))
    assert len(records) == n
    assert len(calls) <= 2 * n, len(calls)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(['"', "«", "»", "“", "”", "قال", "إن", "الوزير", "،", "."]), max_size=60))
def test_inside_quote_is_between_a_pair(words):
    """inside_quote, now one look-up per token, says what the scan of every pair said."""
    from claimtrack.attribution.tokens import SentenceTokens, tokenize
    from claimtrack.lexicon.grammar import grammar
    from claimtrack.normalize import normalize

    text = " ".join(words)
    norm = normalize(text)
    tokens = tokenize(norm.text, 0, len(norm.text))
    view = SentenceTokens(tokens, grammar(), {t.i: text[norm.offsets.starts[t.start]] for t in tokens if t.text == '"'})
    for i in range(-1, len(tokens) + 1):
        assert view.inside_quote(i) == any(o < i < c for o, c in view.quote_pairs.items())


def test_nested_gold_files(capsys, tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    lines = write(tmp_path, "g.jsonl", deep + "\n")
    folder = tmp_path / "gold"
    folder.mkdir()
    write(folder, "x.json", '{"attributions": ' + deep + "}")
    for args, where in (((lines, SEEDS), f"{lines}, line 1"), ((folder, SEEDS), f"{folder / 'x.json'}"),
                        ((DATA / "gold_attributions.jsonl", SEEDS, "--clusters", lines), f"{lines}")):
        code, _, err = run(capsys, "eval", *args)
        assert code == 1 and err == f"claimtrack: error: {where}: JSON nested too deeply\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_html_to_a_device_is_written_there_not_renamed_over(capsys):
    import stat

    code, _, err = run(capsys, "compare", "-q", SEED_FILES[0], "--html", "/dev/full")
    assert code == 1 and err == "claimtrack: error: /dev/full: cannot write the HTML report: No space left on device\n"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_html_through_a_symbolic_link(capsys, tmp_path):
    target = write(tmp_path, "report.html", "old")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    code, _, _ = run(capsys, "compare", "-q", SEED_FILES[0], "--html", link)
    assert code == 0 and link.is_symlink() and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.html", "report.html"]


def _patch_everywhere(monkeypatch, function, replacement) -> None:
    """Replace a function of ours in every module that imported it (each holds a name of its own), so that
    a counter sees every call, wherever the callers live."""
    for module in [m for name, m in sys.modules.items() if name.startswith("claimtrack")]:
        if getattr(module, function.__name__, None) is function:
            monkeypatch.setattr(module, function.__name__, replacement)


def test_cues_with_no_speaker_do_not_rescan_the_history(monkeypatch):
    """'قال: "نعم."' again and again: no attribution has a speaker, and each cue used to look through every
    earlier one for the last speaker (n²/2 tests of a plural mention); now the last one is kept."""
    from claimtrack.attribution import extract_attributions, mention_words

    calls: list[str] = []
    real = mention_words.plural_mention

    def counting(text, g):
        calls.append(text)
        return real(text, g)

    _patch_everywhere(monkeypatch, real, counting)
    n = 200
    records = extract_attributions(parse_article(HEAD + 'قال: "نعم." ' * n, id="x"))
    assert len(records) == n and all(r.source.resolved == "none" for r in records)
    assert len(calls) <= n, len(calls)
    calls.clear()
    records = extract_attributions(parse_article(HEAD + "قال الوزير إن الوضع مستقر. " + 'وأضاف: "نعم." ' * n, id="y"))
    assert [r.source.text for r in records] == ["الوزير"] * (n + 1)
    assert len(calls) <= 2 * n + 2, len(calls)


def test_a_speaker_named_again_is_looked_at_once_per_text(monkeypatch):
    """"ونفى المتحدث ذلك." again and again: "المتحدث" looked for a fuller earlier speaker through every earlier
    attribution (n²/2 tests of its words); now once per distinct source text (a step counter, not a clock)."""
    from claimtrack.attribution import extract_attributions, mention_words

    calls: list[str] = []
    real = mention_words.head_words

    def counting(text, prepositions=False):
        calls.append(text)
        return real(text, prepositions)

    _patch_everywhere(monkeypatch, real, counting)
    n = 200
    records = extract_attributions(parse_article(HEAD + "ونفى المتحدث ذلك. " * n, id="x"))
    assert len(records) == n and len(calls) <= 4 * n, len(calls)
    # the nearest earlier fuller speaker is still the one found
    records = extract_attributions(parse_article(HEAD + "قال المتحدث باسم الوزارة أحمد علي إن الوضع مستقر. "
                                                 "وقال المتحدث باسم الجيش خالد عمر إن الهجوم صد. "
                                                 + "ونفى المتحدث ذلك. " * 3, id="y"))
    assert [r.source.text for r in records[2:]] == ["المتحدث باسم الجيش خالد عمر"] * 3


def test_a_denial_refers_to_the_claim_before_it():
    """The look back for what "ذلك" denies stops at the sentence before (it used to run through every earlier
    record); what it finds is unchanged."""
    from claimtrack.attribution import extract_attributions

    records = extract_attributions(parse_article(HEAD + "قال الوزير إن الهجوم وقع أمس. " + "ونفى المتحدث ذلك. " * 4,
                                                 id="x"))
    assert [r.content.refers_to for r in records] == [None, "x#1", None, "x#3", None]  # as before the change


def test_a_very_long_sentence_is_cut_at_a_comma_or_a_space():
    from claimtrack.sentences import MAX_SENTENCE_CHARS, split_sentences

    for unit in ("وقال المتحدث إن ", "في المدينة، الكبيرة ", "كلمة " * 10 + "، "):
        text = unit * (3 * MAX_SENTENCE_CHARS // len(unit))
        sentences = split_sentences(text)
        assert len(sentences) >= 3 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
        assert " ".join(s.text for s in sentences) == text.strip()  # they tile the paragraph
        if "،" in unit:
            assert all(s.text.endswith("،") for s in sentences[:-1])
    word = "ب" * (MAX_SENTENCE_CHARS + 10)  # a word longer than the limit stays whole
    assert [s.text for s in split_sentences(f"{word} كلمة")] == [word, "كلمة"]


def test_malformed_search_results_are_named_not_an_internal_error(capsys, tmp_path):
    # eval --track read its JSON lines with a bare json.loads: a cut line was an "internal error" (found on review)
    path = write(tmp_path, "claims.jsonl", '{"id": 1, "claim": "x"\n')
    code, _, err = run(capsys, "eval", "--track", path)
    assert code == 1 and err.startswith(f"claimtrack: error: {path}, line 1: not valid JSON") and len(err.splitlines()) == 1
