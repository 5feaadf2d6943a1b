"""Reading many inputs (claimtrack.inputs): articles handed on one at a time, so `extract` over an archive holds
one batch of records, not the archive (issue 14: "extraction streams").  Fixtures are written from real articles
(tests/data/real_stories, SaudiNewsNet)."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import given, strategies as st

from claimtrack import inputs
from claimtrack.cli.output import write_records
from claimtrack.inputs import iter_articles, load_articles
from claimtrack.records import attribution_to_dict

from .test_records_input import real_records


def _jsonl(tmp_path, rows, name="day.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_records_are_handed_on_in_batches_with_the_same_attributions(tmp_path, monkeypatch):
    rows = real_records(limit=7)
    path = _jsonl(tmp_path, rows)
    whole: list[list] = []
    articles = load_articles([path], extracted=whole)
    monkeypatch.setattr(inputs, "RECORDS_AT_ONCE", 3)  # 7 records: batches of 3, 3 and 1
    found = iter_articles([path], extract=True)
    first = next(found)  # the first batch is out before the rest of the file is read
    rest = list(found)
    assert [a.id for a, _ in [first, *rest]] == [a.id for a in articles]
    assert [[attribution_to_dict(x) for x in r] for _, r in [first, *rest]] == \
        [[attribution_to_dict(x) for x in r] for r in whole]
    assert sum(len(r) for r in whole) > 0


def test_a_batch_boundary_at_the_end_of_a_file_loses_nothing(tmp_path, monkeypatch):
    rows = real_records(limit=6)
    monkeypatch.setattr(inputs, "RECORDS_AT_ONCE", 3)  # exactly two full batches, then a second file
    paths = [_jsonl(tmp_path, rows[:3], "a.jsonl"), _jsonl(tmp_path, rows[3:], "b.jsonl")]
    got = [a.headline for a, records in iter_articles(paths, extract=False)]
    assert got == [r["title"] for r in rows]


def test_an_unreadable_file_among_records_is_named_and_the_rest_read(tmp_path):
    rows = real_records(limit=2)
    missing = str(tmp_path / "2015-07-25.zip")
    failures: list[str] = []
    got = list(iter_articles([_jsonl(tmp_path, rows), missing], failures=failures, extract=True))
    assert len(got) == 2 and all(records is not None for _, records in got)
    assert len(failures) == 1 and "2015-07-25.zip" in failures[0]


_RECORD = st.dictionaries(st.text(max_size=8), st.one_of(st.text(max_size=20), st.integers(), st.none(),
                                                           st.lists(st.text(max_size=5), max_size=3)), max_size=4)


@given(st.lists(_RECORD, max_size=5))
def test_json_records_written_one_by_one_are_the_whole_list(records):
    out = io.StringIO()
    write_records(out, "json", iter(records))
    assert out.getvalue() == json.dumps(records, ensure_ascii=False, indent=1) + "\n"


@given(st.lists(st.fixed_dictionaries({"a": st.text(max_size=10), "b": st.integers()}), max_size=5))
def test_csv_records_without_columns_take_the_first_records_columns(records):
    out = io.StringIO()
    write_records(out, "csv", iter(records))
    if not records:
        assert out.getvalue() == "\n"
        return
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0] == list(records[0])
    assert [dict(zip(rows[0], row)) for row in rows[1:]] == [{k: str(v) for k, v in r.items()} for r in records]


def test_batches_share_one_pool_and_give_what_one_process_gives(tmp_path, monkeypatch):
    rows = real_records(limit=5)
    path = _jsonl(tmp_path, rows)
    monkeypatch.setattr(inputs, "RECORDS_AT_ONCE", 2)  # three batches through one pool of two processes
    started = []
    real_pool = inputs.shared_pool

    def counting(jobs):
        started.append(jobs)
        return real_pool(jobs)

    monkeypatch.setattr(inputs, "shared_pool", counting)
    one = [[attribution_to_dict(a) for a in r] for _, r in iter_articles([path], extract=True, jobs=1)]
    two = [[attribution_to_dict(a) for a in r] for _, r in iter_articles([path], extract=True, jobs=2)]
    assert one == two and sum(map(len, one)) > 0
    assert started == [1, 2]  # one pool a call, not one a batch
