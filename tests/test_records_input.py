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
