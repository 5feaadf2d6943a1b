"""A newsroom user's messy inputs, each made from real SaudiNewsNet articles of ``tests/data/real`` (their NOTICE
names the source) damaged the way files are damaged on their way to a desk: a zip member cut or corrupted, a
record with a field of the wrong type, a folder copied from a Mac (``._a.txt`` beside each file), sub-folders
and record files inside a folder, Arabic UTF-8 once read as Latin-1 and saved again, a file of invisible
characters, a gold file that is not UTF-8.  Each is refused in one line naming the file and what is wrong, or
skipped and named while the rest is used; never an internal error, never dropped unseen.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from claimtrack.cli import main
from claimtrack.errors import InputError
from claimtrack.inputs import load_articles
from claimtrack.reader import read_text
from claimtrack.reader.decode import mojibake
from claimtrack.reader.records import MAX_MEMBER_BYTES, RecordReader, read_records

REAL = Path(__file__).parent / "data" / "real" / "articles"
# Four real articles with reported speech (the first: the Taif honey market before the Eid)
NAMES = ("3alyoum_014d47a210", "3alyoum_2353e447e9", "3alyoum_5645526882", "alriyadh_065172b879")


def _paths() -> list[Path]:
    return [REAL / f"{name}.txt" for name in NAMES]


def _records() -> list[dict]:
    rows = []
    for p in _paths():
        title, _, body = p.read_text(encoding="utf-8").partition("\n")
        rows.append({"id": p.stem, "title": title.strip(), "content": body.strip(), "source": p.stem.split("_")[0],
                     "date_extracted": "2015-07-21 10:15:00"})
    return rows


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _zip(path: Path, members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _damage(path: Path, member: str, offset: int = 20, count: int = 40) -> None:
    """Flip ``count`` bytes of ``member``'s stored data, ``offset`` bytes into it (the header is left whole)."""
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + offset
    for k in range(count):
        data[start + k] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_a_damaged_zip_member_is_skipped_and_named_the_others_read(capsys, tmp_path, method):
    # corrupt deflate data raised zlib.error ("internal error", nothing read); a stored member fails its CRC
    rows = _records()
    day = tmp_path / "2015-07-21.zip"
    _zip(day, {"a.json": json.dumps(rows[:2], ensure_ascii=False).encode(),
               "b.json": json.dumps(rows[2:], ensure_ascii=False).encode()}, method)
    _damage(day, "b.json")
    outs = []
    for jobs in ("1", "2"):
        code, out, err = run(capsys, "extract", "--format", "jsonl", "--jobs", jobs, day)
        assert code == 3, err
        assert err.startswith(f"claimtrack: skipped: {day}:b.json: the member cannot be unpacked: ")
        assert len(err.splitlines()) == 1 and "internal error" not in err
        outs.append(out)
    assert outs[0] == outs[1]
    assert {json.loads(line)["article"] for line in outs[0].splitlines()} == {r["id"] for r in rows[:2]}


def test_a_zip_member_that_unpacks_past_the_limit_is_skipped_and_named_unread(tmp_path):
    # a zip bomb (a few KB that unpack to gigabytes) must not be unpacked into memory: the member is read up to
    # the limit and named; the other members are read
    rows = _records()
    day = tmp_path / "2015-07-21.zip"
    padded = json.dumps(rows[2:], ensure_ascii=False) + " " * 3_000_000  # white space JSON allows after the value
    _zip(day, {"a.json": json.dumps(rows[:2], ensure_ascii=False).encode(), "b.json": padded.encode()},
         zipfile.ZIP_DEFLATED)
    assert zipfile.ZipFile(day).getinfo("b.json").compress_size < 50_000
    reader = RecordReader()
    assert reader.max_member_bytes == MAX_MEMBER_BYTES >= 100 * 1024 * 1024  # a real day's member is far below
    reader.max_member_bytes = 1_000_000
    articles = list(reader.read(str(day)))
    assert [a.id for a in articles] == [r["id"] for r in rows[:2]]
    assert [str(p) for p in reader.problems] == [
        f"{day}:b.json: the member unpacks to more than 1,000,000 bytes "
        f"({zipfile.ZipFile(day).getinfo('b.json').compress_size:,} packed); not read: split it into smaller files"]
    reader = RecordReader()  # under the limit, the same member is read whole
    assert [a.id for a in reader.read(str(day))] == [r["id"] for r in rows] and reader.problems == []


def test_a_zip_of_text_files_says_what_it_holds(capsys, tmp_path):
    texts = {p.name: p.read_bytes() for p in _paths()}
    only = tmp_path / "articles.zip"
    _zip(only, texts)
    code, out, err = run(capsys, "demo", only)
    assert code == 1 and err.strip() == (f"claimtrack: error: {only}: holds no records (a zip's .jsonl, .json and "
                                         f".csv members are read; it holds {', '.join(sorted(texts)[:3])} and 1 more)")
    both = tmp_path / "both.zip"
    _zip(both, {"day.json": json.dumps(_records()[:1], ensure_ascii=False).encode(), **texts})
    code, out, err = run(capsys, "demo", "--format", "jsonl", both)
    assert code == 0 and len(out.splitlines()) == 1
    assert err.startswith(f"claimtrack: notice: {both}: 4 member(s) that are not records left unread: ")


def test_record_fields_of_the_wrong_type_are_named_not_stored_as_python(tmp_path):
    rows = _records()
    bad = [{**rows[0], "source": ["3alyoum"]},                 # line 1: a list as the outlet: was stored as "['3alyoum']"
           {**rows[1], "author": {"name": "حاتم النجيمي"}},    # line 2: an object as the author
           {**rows[2], "content": 12345},                        # line 3: a number as the text: "has no text" said nothing
           {k: v for k, v in rows[3].items() if k != "content"},  # line 4: no text field at all
           {**rows[0], "id": 7, "title": 42, "url": 15}]          # line 5: numbers are read as written
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(b, ensure_ascii=False) + "\n" for b in bad), encoding="utf-8")
    articles, problems = read_records(str(path))
    assert [str(p).split(": ", 1)[1] for p in problems] == [
        "field 'source' (the outlet) must be a string, got list [\"3alyoum\"]",
        "field 'author' must be a string, got dict {\"name\": \"حاتم النجيمي\"}",
        "the record has no text: its field 'content' must be a string, got int 12345",
        "the record has no text: no field 'text' or 'content' or 'body' (its fields: 'id', 'title', 'source', "
        "'date_extracted'); --field text=NAME names another"]
    assert [p.line for p in problems] == [1, 2, 3, 4]
    [seven] = articles
    assert (seven.id, seven.headline, seven.url) == ("7", "42", "15")


def test_records_nested_under_a_key_are_named(capsys, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"articles": _records()}, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "demo", path)
    assert code == 1 and "(its fields: 'articles')" in err


def test_a_folder_copied_from_a_mac_and_what_else_a_folder_holds(capsys, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    paths = _paths()
    for p in paths[:2]:
        (folder / p.name).write_bytes(p.read_bytes())
        # macOS AppleDouble metadata beside each copied file: binary, a NUL at byte 0; each was an error (exit 1)
        (folder / f"._{p.name}").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (folder / paths[2].name.replace(".txt", ".TXT")).write_bytes(paths[2].read_bytes())  # was silently ignored
    (folder / "older").mkdir()
    (folder / "older" / paths[3].name).write_bytes(paths[3].read_bytes())
    (folder / "day.jsonl").write_text(json.dumps(_records()[3], ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "README.md").write_text("notes", encoding="utf-8")  # not data: not named
    code, out, err = run(capsys, "demo", "--format", "jsonl", "--jobs", "1", folder)
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == sorted([paths[2].stem, paths[0].stem, paths[1].stem])
    assert err.splitlines() == [f"claimtrack: notice: {folder}: left out ._{paths[0].name}, ._{paths[1].name} "
                                "(hidden); older/ (sub-folders: name one to read it); day.jsonl (records: name the "
                                "file to read them)"]
    empty = tmp_path / "story"
    (empty / "articles").mkdir(parents=True)
    code, out, err = run(capsys, "demo", empty)
    assert code == 1 and err.strip() == (f"claimtrack: error: {empty}: folder holds no .txt article files (nor .html "
                                         "pages); it holds articles/ (sub-folders: name one to read it)")


def test_arabic_garbled_as_latin_is_refused_with_its_exact_repair(tmp_path):
    # UTF-8 read as Latin-1 (or Windows-1252) and saved again: valid UTF-8 without one Arabic letter; it was read
    # as an article, and extraction found nothing and said nothing
    real = _paths()[0]
    text = real.read_text(encoding="utf-8")
    for codec, tool in (("latin-1", "LATIN1"), ("cp1252", "WINDOWS-1252")):
        garbled = tmp_path / f"{codec}.txt"
        try:
            garbled.write_text(text.encode("utf-8").decode(codec), encoding="utf-8")
        except UnicodeDecodeError:  # a byte Windows-1252 does not define: that damage cannot happen
            continue
        with pytest.raises(InputError, match=f"garbled as Latin characters .* iconv -f UTF-8 -t {tool} FILE"):
            read_text(garbled)
        repaired = garbled.read_text(encoding="utf-8").encode(codec).decode("utf-8")
        assert repaired == text and not mojibake(repaired)
    record = tmp_path / "day.jsonl"
    rows = _records()[:2]
    rows[1]["content"] = rows[1]["content"].encode("utf-8").decode("latin-1")
    record.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    articles, problems = read_records(str(record))
    assert len(articles) == 1 and problems[0].line == 2 and "garbled as Latin characters" in problems[0].message


def test_no_real_article_reads_as_garbled():
    for p in sorted(Path(__file__).parent.glob("data/**/*.txt")):
        assert not mojibake(p.read_text(encoding="utf-8", errors="replace")), p


def test_a_file_of_invisible_characters_is_refused_as_empty(tmp_path):
    # what is left of an article whose letters were stripped by a bad copy: zero-width and direction marks
    path = tmp_path / "stripped.txt"
    path.write_text("\u200f\u200b \n\u200e\u2067\u2069\n\ufeff", encoding="utf-8")
    with pytest.raises(InputError, match="only whitespace and invisible characters"):
        read_text(path)
    articles = load_articles([str(path), str(_paths()[0])], failures=(failures := []))
    assert len(articles) == 1 and failures == [f"{path}: the file holds only whitespace and invisible characters "
                                               "(zero-width or direction marks)"]


def test_eval_gold_files_that_are_not_utf8_or_not_there(capsys, tmp_path):
    stance = tmp_path / "dev.csv"
    stance.write_text("s1,s2,stance\n" + "،".join(["قال", "نفى"]) + ",x,agree\n", encoding="utf-16")
    code, out, err = run(capsys, "eval", "--stance", stance)
    assert code == 1 and err.strip() == f"claimtrack: error: {stance}: not valid UTF-8 (0xff); save the CSV as UTF-8"
    claims = tmp_path / "claims.jsonl.gz"
    claims.write_bytes(b"\x1f\x8b\x08\x00cut")
    code, out, err = run(capsys, "eval", "--track", claims)
    assert code == 1 and err.startswith(f"claimtrack: error: {claims}: cannot be read as JSON lines: ")
    code, out, err = run(capsys, "eval", "--track", tmp_path / "gone.jsonl")
    assert code == 1 and err.strip() == f"claimtrack: error: {tmp_path / 'gone.jsonl'}: no such file"


def test_a_json_line_holding_a_unicode_line_separator_is_one_record(capsys, tmp_path):
    # text pasted from a web page keeps U+2028 between paragraphs; JSON leaves it unescaped, and reading the file
    # with str.splitlines cut the line there: "not valid JSON", the record lost
    rows = _records()[:3]
    rows[1]["content"] = rows[1]["content"].replace("\n", "\u2028", 1)
    rows[2]["content"] = rows[2]["content"].replace("\n", "\u0085", 1)
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in rows), encoding="utf-8")
    articles, problems = read_records(str(path))
    assert problems == [] and [a.id for a in articles] == [r["id"] for r in rows]
    assert "\u2028" in articles[1].text
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("قال الوزير\u2028إن\tأكد الوزير أن\n", encoding="utf-8")
    code, out, err = run(capsys, "relate", "--pairs", pairs)
    assert code == 0 and len(out.splitlines()) == 1 and err == ""


def test_json_python_cannot_parse_is_a_skipped_record_not_an_internal_error(capsys, tmp_path):
    rows = _records()[:2]
    deep = tmp_path / "deep.json"  # nested beyond Python's parser: RecursionError
    deep.write_text("[" * 100_000, encoding="utf-8")
    code, out, err = run(capsys, "demo", deep)
    assert code == 1 and f"claimtrack: skipped: {deep}, line 1: not valid JSON: nested too deeply" in err
    long_id = tmp_path / "day.jsonl"  # an id of 5,000 digits: ValueError past Python's 4,300-digit limit
    long_id.write_text(json.dumps(rows[0], ensure_ascii=False) + "\n"
                       + json.dumps(rows[1], ensure_ascii=False).replace('{"id": "' + rows[1]["id"] + '"',
                                                                         '{"id": 1' + "0" * 5000) + "\n",
                       encoding="utf-8")
    code, out, err = run(capsys, "demo", "--format", "jsonl", long_id)
    assert code == 3 and len(out.splitlines()) == 1
    assert err.startswith(f"claimtrack: skipped: {long_id}, line 2: not valid JSON: Exceeds the limit (4300 digits)")
    assert "internal error" not in err


def test_an_article_piped_to_standard_input_is_named_once(capsys, monkeypatch):
    # "-" reads JSON lines; an article's text piped there gave one "not valid JSON" line per paragraph
    monkeypatch.setattr("sys.stdin", io.StringIO(_paths()[0].read_text(encoding="utf-8")))
    code, out, err = run(capsys, "extract", "-")
    assert code == 1 and err.splitlines() == [
        "claimtrack: skipped: <stdin>, line 1: not JSON lines: no line of it is JSON (it opens 'عيد الفطر يعيد السمن "
        "البلدي'); records are JSON objects, one a line; an article's text is read from a .txt file named as "
        "such",
        "claimtrack: error: none of the records given could be used (1 skipped)"]


def test_a_hijri_date_is_not_read_as_a_gregorian_one(capsys, tmp_path):
    # Saudi outlets date their pages 1436-10-05 (AH) too; read as ISO it was six centuries early, silently
    rows = _records()[:2]
    rows[1]["date_extracted"] = "1436-10-05"
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    articles, problems = read_records(str(path))
    assert len(articles) == 1 and [str(p) for p in problems] == [
        f"{path}, line 2: bad date: '1436-10-05' is in the year 1436, no publication year: a Hijri date? give the "
        "Gregorian date (2015-07-21 for 1436-10-05)"]
    folder = tmp_path / "desk"
    folder.mkdir()
    first = _paths()[0]
    (folder / first.name).write_bytes(first.read_bytes())
    (folder / "outlets.json").write_text(json.dumps({first.stem: {"outlet": "3alyoum", "published": "1436-10-05"}}),
                                         encoding="utf-8")
    code, out, err = run(capsys, "demo", folder)
    assert code == 1 and "bad published date: '1436-10-05' is in the year 1436" in err


def test_csv_from_a_spreadsheet_long_articles_semicolons_and_stray_cells(tmp_path):
    rows = _records()
    columns = ["id", "title", "content", "source", "date_extracted"]

    def write(path, rows, **options):
        with open(path, "w", encoding="utf-8-sig", newline="") as f:  # a spreadsheet's UTF-8: with a BOM
            writer = csv.DictWriter(f, fieldnames=columns, **options)
            writer.writeheader()
            writer.writerows(rows)

    # an article longer than the csv module's field limit (131,072 characters) was "not valid CSV", and every
    # row after it was lost unnamed
    long = {**rows[1], "content": (rows[1]["content"] + "\n") * (131_072 // len(rows[1]["content"]) + 2)}
    path = tmp_path / "long.csv"
    write(path, [rows[0], long, rows[2]])
    articles, problems = read_records(str(path))
    assert problems == [] and [a.id for a in articles] == [rows[0]["id"], long["id"], rows[2]["id"]]
    # a spreadsheet saved in an Arabic locale separates its cells with ";"
    path = tmp_path / "semicolons.csv"
    write(path, rows[:2], delimiter=";")
    articles, problems = read_records(str(path))
    assert problems == [] and [a.id for a in articles] == [r["id"] for r in rows[:2]]
    # a stray cell shifts the row's date into the outlet: named as such, not as a bad date
    path = tmp_path / "stray.csv"
    write(path, rows[:2])
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text.replace(f"\n{rows[1]['id']},", f"\n{rows[1]['id']},x,", 1), encoding="utf-8")
    articles, problems = read_records(str(path))
    assert len(articles) == 1 and [p.message for p in problems] == ["the row has 6 fields, the header 5"]


def test_half_a_character_escaped_in_json_is_replaced_in_place_and_said(capsys, tmp_path):
    # a scraper that cuts a title after N UTF-16 units leaves half an emoji, "\ud83d": valid JSON, no character;
    # writing it out failed the whole run (internal error: UnicodeEncodeError), every article lost
    rows = _records()[:2]
    rows[0]["title"] = rows[0]["title"] + " \ud83d"
    rows[1]["content"] = rows[1]["content"].replace("\n", "\udc00\n", 1)
    path = tmp_path / "scraped.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="ascii")  # escaped, as scrapers write
    outs = []
    for jobs in ("1", "2"):
        code, out, err = run(capsys, "extract", "--format", "jsonl", "--jobs", jobs, path)
        assert code == 0 and err.splitlines() == [
            f"claimtrack: notice: {path}, line {n}: half a character (a lone surrogate, \\uD800-\\uDFFF) in "
            f"'{key}' replaced by U+FFFD; offsets unchanged" for n, key in ((1, "title"), (2, "content"))]
        outs.append(out)
    assert outs[0] == outs[1] and {json.loads(line)["article"] for line in out.splitlines()} == {r["id"] for r in rows}
    articles, _ = read_records(str(path))
    body = articles[1].text.split("\n\n", 1)[1]
    assert len(body) == len(rows[1]["content"]) and "\ufffd" in body  # one code point for one: offsets kept


def test_standard_input_is_decoded_as_a_file_is(capsys, monkeypatch):
    # read as text, undecodable bytes came through as surrogates (C locale) and failed at the first write
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()[:2])
    for data, options in ((lines.encode("utf-16"), ()), (lines.encode("cp1256"), ("--encoding", "cp1256"))):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8",
                                                          errors="surrogateescape"))
        code, out, err = run(capsys, "demo", "--format", "jsonl", *options, "-")
        assert code == 0 and err == "" and len(out.splitlines()) == 2
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "\xff"}\n'), encoding="utf-8",
                                                      errors="surrogateescape"))
    code, out, err = run(capsys, "demo", "--encoding", "utf-8", "-")
    assert code == 1 and err.strip() == "claimtrack: error: <stdin>: not valid utf-8 at byte 10 (0xff)"


def test_a_page_that_declares_latin_1_and_holds_utf8_is_named_with_the_fix(capsys, tmp_path):
    # tests/data/web: a real SaudiNewsNet article in a news page; a CMS that declares iso-8859-1 over UTF-8 bytes
    # gave a page of "Ø§Ù" in which nothing was found, silently
    pytest.importorskip("trafilatura")
    real = Path(__file__).parent / "data" / "web" / "3alyoum_b3a205d7b6.html"
    page = tmp_path / real.name
    page.write_bytes(real.read_bytes().replace(b'<meta charset="utf-8">', b'<meta charset="iso-8859-1">'))
    code, out, err = run(capsys, "demo", page)
    assert code == 1 and err.startswith(f"claimtrack: error: {page}: Arabic text garbled as Latin characters (")
    assert err.rstrip().endswith("the page declares the charset iso8859-1 but its bytes are UTF-8; read it with "
                                 "--encoding utf-8 (encoding='utf-8')")
    code, out, err = run(capsys, "demo", "--encoding", "utf-8", page)
    assert code == 0 and "العراق يتنصّل من تصريحات" in out


def test_track_add_names_a_record_input_that_holds_no_records(capsys, tmp_path):
    # articles zipped as .txt files, or an empty export: "0 articles added" and exit status 0 said nothing was wrong
    texts = {p.name: p.read_bytes() for p in _paths()}
    zipped = tmp_path / "articles.zip"
    _zip(zipped, texts)
    empty = tmp_path / "export.jsonl"
    empty.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "track", "add", "-q", tmp_path / "store.db", zipped, empty, _paths()[0])
    assert code == 1 and out.startswith("1 articles added")
    assert err.splitlines() == [
        "claimtrack: error: 2 inputs could not be used:",
        f"claimtrack: error: {zipped}: holds no records (a zip's .jsonl, .json and .csv members are read; it holds "
        f"{', '.join(sorted(texts)[:3])} and 1 more)",
        f"claimtrack: error: {empty}: holds no records"]


def test_library_loaders_of_gold_files_raise_input_errors_naming_the_file(tmp_path):
    # a library caller (a notebook scoring ANS or UnifiedFC) gets the same InputError the CLI prints, not a raw
    # UnicodeDecodeError or gzip error from inside the loader
    from claimtrack.evaluate import load_stance_pairs
    from claimtrack.matching.track import load_track_claims

    stance = tmp_path / "dev.csv"
    stance.write_text("s1,s2,stance\nقال,نفى,agree\n", encoding="utf-16")
    with pytest.raises(InputError, match=f"^{re.escape(str(stance))}: not valid UTF-8 \\(0xff\\)"):
        load_stance_pairs(stance)
    claims = tmp_path / "claims.jsonl.gz"
    claims.write_bytes(b"\x1f\x8b\x08\x00cut")
    with pytest.raises(InputError, match=f"^{re.escape(str(claims))}: cannot be read as JSON lines: "):
        load_track_claims(claims)
    with pytest.raises(InputError, match="no such file"):
        load_track_claims(tmp_path / "gone.jsonl")
    with pytest.raises(InputError, match="is a directory, not CSV"):
        load_stance_pairs(tmp_path)
