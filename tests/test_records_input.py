"""Article records as input: JSON lines, a JSON list, CSV, a zip of those, standard input; bad records
reported with file and line and skipped, the good ones kept.  Fixtures are written from real articles."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from claimtrack.reader.records import RecordReader, read_records, stable_id

from .conftest import DATA, ROOT

STORY = DATA / "real_stories" / "egypt_fm_visit"


def real_records(story: Path = STORY, limit: int = 4) -> list[dict]:
    """SaudiNewsNet-shaped records (source, content, date_extracted, title, url, author) of real articles."""
    outlets = json.loads((story / "outlets.json").read_text(encoding="utf-8"))
    rows = []
    for path in sorted((story / "articles").glob("*.txt"))[:limit]:
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        meta = outlets[path.stem]
        rows.append({"source": meta["outlet"], "url": f"http://example.org/{path.stem}",
                     "date_extracted": meta["published"] + " 10:15:00", "title": title.strip(),
                     "author": "", "content": body.strip()})
    return rows


def test_saudinewsnet_zip_reads_as_it_is(tmp_path):
    rows = real_records()
    zpath = tmp_path / "2015-07-24.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("2015-07-24.json", json.dumps(rows, ensure_ascii=False, indent=4))
    articles, problems = read_records(str(zpath))
    assert problems == []
    assert [a.outlet for a in articles] == [r["source"] for r in rows]
    first = articles[0]
    assert first.headline == rows[0]["title"]
    assert rows[0]["content"] in first.text
    assert first.url == rows[0]["url"] and first.published.isoformat() == "2015-07-24"
    assert first.published_at.isoformat() == "2015-07-24T10:15:00"
    assert first.id == stable_id(rows[0]["url"], first.text)
    assert first.author is None  # an empty author is no author


def test_jsonl_with_bad_records_reports_file_and_line(tmp_path):
    rows = real_records()
    lines = [json.dumps(rows[0], ensure_ascii=False),
             json.dumps({**rows[1], "content": ""}, ensure_ascii=False),       # line 2: no text
             "{not json",                                                       # line 3
             json.dumps({**rows[2], "date_extracted": "yesterday"}),            # line 4: bad date
             json.dumps({**rows[3], "id": "x"}, ensure_ascii=False),
             json.dumps({**rows[0], "id": "x"}, ensure_ascii=False)]            # line 6: id x with another text
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = read_records(str(path))
    assert len(articles) == 2 and articles[1].id == "x"
    assert [(p.path, p.line) for p in problems] == [(str(path), 2), (str(path), 3), (str(path), 4), (str(path), 6)]
    assert "no text" in problems[0].message and "JSON" in problems[1].message
    assert "date" in problems[2].message and "another text" in problems[3].message


def test_json_list_lines_point_at_the_record(tmp_path):
    rows = real_records()
    rows[2]["content"] = "   "
    path = tmp_path / "day.json"
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    articles, problems = read_records(str(path))
    assert len(articles) == 3 and len(problems) == 1
    text = path.read_text(encoding="utf-8").splitlines()
    assert text[problems[0].line - 1].strip() == "{"
    assert any(rows[2]["url"] in line for line in text[problems[0].line:problems[0].line + 4])


def test_csv_and_field_mapping(tmp_path):
    rows = real_records()
    path = tmp_path / "day.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["site", "body", "when", "title", "url"])
        writer.writeheader()
        for r in rows:
            writer.writerow({"site": r["source"], "body": r["content"], "when": r["date_extracted"][:10],
                             "title": r["title"], "url": r["url"]})
    reader = RecordReader({"text": "body", "outlet": "site", "published": "when"})
    articles = list(reader.read(str(path)))
    assert reader.problems == []
    assert [a.outlet for a in articles] == [r["source"] for r in rows]
    assert all(r["content"] in a.text for a, r in zip(articles, rows))
    assert articles[0].published_at is None and articles[0].published.isoformat() == "2015-07-24"


def test_stdin():
    rows = real_records(limit=2)
    reader = RecordReader(stdin=io.StringIO("\n".join(json.dumps(r, ensure_ascii=False) for r in rows)))
    assert len(list(reader.read("-"))) == 2 and reader.problems == []


def test_cli_track_add_skips_bad_records_and_keeps_good_ones(tmp_path):
    rows = real_records()
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join([json.dumps(rows[0], ensure_ascii=False), "oops",
                               json.dumps(rows[1], ensure_ascii=False)]) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    run = subprocess.run([sys.executable, "-m", "claimtrack", "track", "add", str(db), str(path)],
                         capture_output=True, text=True, cwd=ROOT, encoding="utf-8")
    assert run.returncode == 3, run.stderr
    assert f"{path}, line 2: not valid JSON" in run.stderr
    stats = subprocess.run([sys.executable, "-m", "claimtrack", "track", "stats", str(db), "--format", "json"],
                           capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(stats.stdout)["articles"] == 2
    # stdin, and a .txt folder beside records
    other = DATA / "real_stories" / "maliki_reactions" / "articles"
    run = subprocess.run([sys.executable, "-m", "claimtrack", "track", "add", str(db), "-", str(other)],
                         input=json.dumps(rows[2], ensure_ascii=False) + "\n", capture_output=True, text=True,
                         cwd=ROOT, encoding="utf-8")
    assert run.returncode == 0, run.stderr
    stats = subprocess.run([sys.executable, "-m", "claimtrack", "track", "stats", str(db), "--format", "json"],
                           capture_output=True, text=True, cwd=ROOT, check=True)
    assert json.loads(stats.stdout)["articles"] == 3 + len(list(other.glob("*.txt")))


@pytest.mark.parametrize("spec", ["text", "colour=x", "text="])
def test_bad_field_option(spec):
    from claimtrack.errors import InputError
    from claimtrack.reader.records import parse_fields

    with pytest.raises(InputError):
        parse_fields([spec])


def _bad_day(path: Path) -> list[dict]:
    """A JSON lines day file with two good records and one bad record of each kind (lines 2, 3, 4 and 6)."""
    rows = real_records()
    lines = [json.dumps(rows[0], ensure_ascii=False),
             json.dumps({**rows[1], "content": ""}, ensure_ascii=False),         # line 2: no text
             "{not json",                                                         # line 3: not JSON
             json.dumps({**rows[2], "date_extracted": "yesterday"}, ensure_ascii=False),  # line 4: bad date
             json.dumps({**rows[3], "id": "x"}, ensure_ascii=False),
             json.dumps({**rows[0], "id": "x"}, ensure_ascii=False)]              # line 6: id x, another text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def _skipped_lines(path: Path) -> list[str]:
    return [f"claimtrack: skipped: {path}, line 2: the record has no text",
            f"claimtrack: skipped: {path}, line 3: not valid JSON",
            f"claimtrack: skipped: {path}, line 4: bad date",
            f"claimtrack: skipped: {path}, line 6: id 'x' is given again with another text"]


def _main(capsys, *args) -> tuple[int, str, str]:
    from claimtrack.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_extract_and_compare_skip_bad_records_keep_the_good_and_exit_3(capsys, tmp_path, command):
    from claimtrack import extract_attributions
    from claimtrack.cli.options import SKIPPED

    path = tmp_path / "day.jsonl"
    rows = _bad_day(path)
    code, out, err = _main(capsys, command, "--format", "json", "--jobs", "1", path)
    assert code == SKIPPED == 3, err
    lines = err.splitlines()
    assert len(lines) == 4 and all(line.startswith(want) for line, want in zip(lines, _skipped_lines(path)))
    good, _ = read_records(str(path))
    assert [a.url for a in good] == [rows[0]["url"], rows[3]["url"]]
    doc = json.loads(out)
    if command == "extract":
        assert [r["id"] for r in doc] == [a.id for g in good for a in extract_attributions(g)]
    else:
        assert sorted(a["id"] for a in doc["articles"]) == sorted(g.id for g in good)


def test_track_add_stores_the_good_records_beside_bad_ones_and_an_unreadable_file(capsys, tmp_path):
    path = tmp_path / "day.jsonl"
    _bad_day(path)
    db = tmp_path / "t.db"
    code, out, err = _main(capsys, "track", "add", "-q", db, path)
    assert code == 3 and out.startswith("2 articles added, 0 already stored, 4 skipped")
    assert all(line.startswith(want) for line, want in zip(err.splitlines(), _skipped_lines(path)))
    # a file that cannot be read among good inputs: reported, the others stored, exit 1
    other = DATA / "real_stories" / "maliki_reactions" / "articles"
    missing = tmp_path / "missing.jsonl"
    code, out, err = _main(capsys, "track", "add", "-q", db, missing, other, tmp_path / "gone.txt")
    assert code == 1
    assert f"claimtrack: error: {missing}: cannot be read" in err and f"{tmp_path / 'gone.txt'}: no such file" in err
    from claimtrack import Tracker

    with Tracker(db) as t:
        assert t.stats()["articles"] == 2 + len(list(other.glob("*.txt")))


def test_only_bad_records_is_an_error(capsys, tmp_path):
    path = tmp_path / "day.jsonl"
    path.write_text("{not json\n" + json.dumps({"id": "y", "text": ""}) + "\n", encoding="utf-8")
    code, out, err = _main(capsys, "extract", path)
    assert code == 1 and out == ""
    assert err.splitlines()[-1] == "claimtrack: error: none of the records given could be used (2 skipped)"


def test_an_id_given_again_with_another_text_in_another_file_is_skipped(capsys, tmp_path):
    rows = real_records()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({**rows[0], "id": "x"}, ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text(json.dumps({**rows[1], "id": "x"}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, err = _main(capsys, "extract", "--format", "jsonl", first, second)
    assert code == 3
    assert err.strip() == (f"claimtrack: skipped: {second}, line 1: id 'x' is given again with another text "
                           f"(first at {first}, line 1)")


def test_article_commands_map_fields_too(capsys, tmp_path):
    rows = real_records(limit=2)
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps({"nass": r["content"], "headline_ar": r["title"]}, ensure_ascii=False) + "\n"
                            for r in rows), encoding="utf-8")
    code, out, err = _main(capsys, "demo", "--format", "jsonl", path)
    assert code == 1 and "the record has no text" in err  # every record skipped: nothing to show
    code, out, err = _main(capsys, "demo", "--format", "jsonl", "--field", "text=nass", "--field", "title=headline_ar",
                           path)
    assert code == 0, err
    assert [json.loads(line)["headline"] for line in out.splitlines()] == [r["title"] for r in rows]


def test_eval_maps_fields_too(capsys, tmp_path):
    from .conftest import SEED_FILES, SEEDS

    path = tmp_path / "seeds.jsonl"
    path.write_text("".join(json.dumps({"key": p.stem, "nass": p.read_text(encoding="utf-8")}, ensure_ascii=False)
                            + "\n" for p in SEED_FILES), encoding="utf-8")
    gold = DATA / "gold_attributions.jsonl"
    code, txt, err = _main(capsys, "eval", "--format", "json", gold, SEEDS)
    assert code == 0, err
    code, out, err = _main(capsys, "eval", "--format", "json", "--field", "id=key", "--field", "text=nass", gold, path)
    assert code == 0, err
    assert json.loads(out) == json.loads(txt) and json.loads(out)["gold"] == 65
