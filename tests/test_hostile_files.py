"""Hostile files (issue 17): encodings, NUL characters, empty files, symbolic links, unreadable files and
folders, odd names and files too large, each refused in one line naming the file (and the byte offset) or
read; in a call of many, the good files are processed and the bad ones listed at the end.

Every file is written in ``tmp_path`` from a seed article.  The size limit is tested with a small limit, not
with a 100 MB file.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys

import pytest

from claimtrack import extract_attributions
from claimtrack.cli import main
from claimtrack.errors import InputError
from claimtrack.inputs import load_articles, load_corpus
from claimtrack.reader import MAX_ARTICLE_BYTES, decode_text, read_article, read_text
from claimtrack.reader import decode as decode_module
from claimtrack.reader.records import read_records

from .conftest import SEED_FILES

SEED = SEED_FILES[0]
TEXT = SEED.read_text(encoding="utf-8")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(path, **options) -> str:
    """The one-line message :func:`read_article` refuses ``path`` with."""
    with pytest.raises(InputError) as info:
        read_article(path, **options)
    return str(info.value)


def spans(article):
    return [(a.cue.span, a.source.span, a.content.span) for a in extract_attributions(article)]


# --- encodings ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bom, codec", [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
                                        (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                                        (b"\xef\xbb\xbf", "utf-8")])
def test_a_byte_order_mark_decides_the_encoding(tmp_path, bom, codec):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + TEXT.encode(codec))
    article = read_article(path)
    assert article.text == TEXT  # the mark dropped: offsets index the text as decoded
    assert spans(article) == spans(read_article(SEED))
    for a in extract_attributions(article):
        assert a.content.span.of(article.text) == a.content.text


def test_a_byte_order_mark_beats_the_encoding_given(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xff\xfe" + TEXT.encode("utf-16-le"))
    assert read_text(path, encoding="cp1256") == TEXT


def test_not_utf8_is_refused_with_the_byte_offset(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("cp1256"))
    first = next(i for i, b in enumerate(TEXT.encode("cp1256")) if b >= 0x80)
    assert refused(path) == (f"{path}: not valid UTF-8 at byte {first} (0x{TEXT.encode('cp1256')[first]:02x}); "
                             "save the file as UTF-8 or name its encoding (--encoding cp1256)")


def test_an_encoding_given_is_used(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("cp1256"))
    article = read_article(path, encoding="cp1256")
    assert article.text == TEXT and spans(article) == spans(read_article(SEED))
    path.write_bytes(TEXT.encode("utf-16-le"))  # UTF-16 without a byte order mark
    assert read_article(path, encoding="utf-16-le").text == TEXT


def test_bytes_the_encoding_given_cannot_decode(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("قال".encode("ascii", errors="ignore") + b"abc\x81")  # 0x81 is unassigned in cp1252
    with pytest.raises(InputError, match=r"a.txt: not valid cp1252 at byte 3 \(0x81\)$"):
        read_text(path, encoding="cp1252")


@pytest.mark.parametrize("name, message", [("no-such-codec", "unknown encoding 'no-such-codec'"),
                                           ("base64", "'base64' is not a text encoding")])
def test_an_unknown_encoding_is_refused_once(tmp_path, name, message):
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(TEXT, encoding="utf-8")
    failures: list[str] = []
    with pytest.raises(InputError, match=message):
        load_articles([str(p) for p in paths], failures=failures, encoding=name)
    assert failures == []


def test_load_corpus_passes_the_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("cp1256"))
    corpus = load_corpus([str(tmp_path)], encoding="windows-1256")
    assert [a.text for a in corpus.articles] == [TEXT]


def test_record_files_read_a_byte_order_mark_and_an_encoding(tmp_path):
    line = json.dumps({"id": "x", "text": TEXT}, ensure_ascii=False) + "\n"
    path = tmp_path / "r.jsonl"
    path.write_bytes(b"\xff\xfe" + line.encode("utf-16-le"))
    articles, problems = read_records(str(path))
    assert [a.text for a in articles] == [TEXT] and problems == []
    path.write_bytes(line.encode("cp1256"))
    with pytest.raises(InputError, match=r"r.jsonl: not valid UTF-8 at byte \d+"):
        read_records(str(path))
    articles, problems = read_records(str(path), encoding="cp1256")
    assert [a.text for a in articles] == [TEXT] and problems == []


# --- NUL characters: refused with the byte offset -----------------------------------------------------------

def test_a_nul_byte_is_refused_with_its_offset(tmp_path):
    data = TEXT.encode("utf-8")
    at = len(TEXT[:100].encode("utf-8"))
    path = tmp_path / "a.txt"
    path.write_bytes(data[:at] + b"\x00" + data[at:])
    assert refused(path) == f"{path}: a NUL character at byte {at}; an article file holds text, not binary data"


def test_a_nul_in_utf16_is_refused_with_its_byte_offset(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xff\xfe" + (TEXT[:10] + "\0" + TEXT[10:]).encode("utf-16-le"))
    with pytest.raises(InputError, match=r"a.txt: a NUL character at byte 22;"):
        read_text(path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_named(tmp_path, codec):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(codec))
    with pytest.raises(InputError, match=f"a.txt: (a NUL character|not valid UTF-8) at byte \\d+.*; it looks like "
                                         f"UTF-16 without a byte order mark: read it with the encoding {codec}$"):
        read_text(path)


def test_decode_text_may_keep_nul():
    assert decode_text(b"a\x00b", "x", allow_nul=True) == "a\x00b"


# --- empty files, links, permissions, names ----------------------------------------------------------------

@pytest.mark.parametrize("content, message", [(b"", "the file is empty"), (b"\xef\xbb\xbf", "the file is empty"),
                                              (b"\xff\xfe", "the file is empty"),
                                              (b" \n\t\r\n\xc2\xa0", "the file holds only whitespace"),
                                              ("\n \n".encode("utf-16"), "the file holds only whitespace")])
def test_empty_and_whitespace_files(tmp_path, content, message):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    assert refused(path) == f"{path}: {message}"


def test_a_loop_of_symbolic_links(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "other.txt")
    (tmp_path / "other.txt").symlink_to(loop)
    assert refused(loop) == f"{loop}: a loop of symbolic links"


def test_a_broken_symbolic_link(tmp_path):
    link = tmp_path / "a.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert refused(link) == f"{link}: a symbolic link to {tmp_path / 'gone.txt'}, which does not exist"


def test_links_that_lead_nowhere_in_a_folder_are_listed_not_dropped(capsys, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "broken.txt").symlink_to(folder / "gone.txt")
    (folder / "sub.txt").mkdir()  # a folder named like a file: not an article, left out (and named)
    (folder / "link.txt").symlink_to(folder / "good.txt")  # a link to a file is read
    code, out, err = run(capsys, "sentences", "--jobs", "1", folder)
    assert code == 1 and out.count("# ") == 2 and "# good" in out and "# link" in out
    assert err.splitlines() == [f"claimtrack: notice: {folder}: left out sub.txt/ (sub-folders: name one to read it)",
                                "claimtrack: error: 2 inputs could not be used:",
                                f"claimtrack: error: {folder / 'broken.txt'}: a symbolic link to "
                                f"{folder / 'gone.txt'}, which does not exist",
                                f"claimtrack: error: {folder / 'loop.txt'}: a loop of symbolic links"]


def test_a_file_that_cannot_be_read(capsys, monkeypatch, tmp_path):
    """Tests may run as root, who reads any file: the refusal is simulated."""
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    real_open = open

    def fake_open(path, *args, **kwargs):
        if os.fspath(path) == os.fspath(locked):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(decode_module, "open", fake_open, raising=False)
    assert refused(locked) == f"{locked}: permission denied"
    code, out, err = run(capsys, "sentences", "--jobs", "1", locked, SEED)
    assert code == 1 and f"# {SEED.stem}" in out and err == f"claimtrack: error: {locked}: permission denied\n"


def test_an_input_error_other_than_permission(monkeypatch, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")

    def fake_open(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(decode_module, "open", fake_open, raising=False)
    assert refused(path) == f"{path}: cannot be read: Input/output error"


def test_names_with_spaces_and_arabic_letters(capsys, tmp_path):
    folder = tmp_path / "أخبار اليوم"
    folder.mkdir()
    good = folder / "خبر عاجل 1.txt"
    good.write_text(TEXT, encoding="utf-8")
    empty = folder / "خبر فارغ.txt"
    empty.write_text(" \n", encoding="utf-8")
    assert read_article(good).id == "خبر عاجل 1"
    code, out, err = run(capsys, "extract", "--format", "jsonl", "--jobs", "1", folder)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and records and {r["article"] for r in records} == {"خبر عاجل 1"}
    assert err == f"claimtrack: error: {empty}: the file holds only whitespace\n"
    code, out, err = run(capsys, "compare", "-q", "--format", "json", "--jobs", "1", good)
    assert code == 0 and "خبر عاجل 1" in out


def test_a_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"bad\xffname.txt")  # a byte that is no UTF-8: a surrogate escape in the str
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    empty = tmp_path / os.fsdecode(b"empty\xff.txt")
    empty.write_text("", encoding="utf-8")
    failures: list[str] = []
    articles = load_articles([str(tmp_path)], failures=failures)
    assert [a.id for a in articles] == [name[:-4]] and articles[0].text == TEXT
    assert failures == [f"{empty}: the file is empty"]


# --- size: refused above a limit without reading past it ---------------------------------------------------

def test_the_default_limit_is_documented():
    assert MAX_ARTICLE_BYTES == 4 * 1024 * 1024
    assert "4 MiB" in decode_module.__doc__


def test_a_file_above_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(TEXT, encoding="utf-8")
    size = path.stat().st_size
    assert refused(path, max_bytes=size - 1) == (f"{path}: {size:,} bytes, more than the limit of {size - 1:,} bytes for one article "
                               "file; split it, or raise the limit (--max-bytes)")
    assert read_article(path, max_bytes=size).text == TEXT  # at the limit: read
    assert read_article(path, max_bytes=None).text == TEXT  # no limit


def test_the_limit_stops_reading(monkeypatch, tmp_path):
    """An endless input is refused after limit + 1 bytes (a device: its size is not known)."""
    if not os.path.exists("/dev/zero"):
        pytest.skip("needs /dev/zero")
    with pytest.raises(InputError, match=r"^/dev/zero: more than the limit of 1,000 bytes"):
        read_text("/dev/zero", max_bytes=1000)


def test_a_large_file_among_good_ones(capsys, tmp_path):
    small = tmp_path / "small.txt"
    small.write_text(TEXT[:400], encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 3, encoding="utf-8")
    failures: list[str] = []
    articles = load_articles([str(big), str(small)], failures=failures, max_bytes=2000)
    assert [a.id for a in articles] == ["small"]
    assert len(failures) == 1 and failures[0].startswith(f"{big}: ") and "limit of 2,000 bytes" in failures[0]


def test_a_record_above_the_limit_is_a_problem(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                              for i, t in (("small", TEXT[:400]), ("big", TEXT * 3))) + "\n", encoding="utf-8")
    articles, problems = read_records(str(path), max_bytes=2000)
    assert [a.id for a in articles] == ["small"]
    assert [(p.line, p.message) for p in problems] == [
        (2, f"a text of {len((TEXT * 3).encode()):,} bytes, more than the limit of 2,000 bytes for one article")]


# --- a call of many: the good processed, the bad listed at the end -----------------------------------------

def test_bad_files_of_every_kind_among_good_ones(capsys, tmp_path):
    good = [tmp_path / "a_good.txt", tmp_path / "z_good.txt"]
    for p in good:
        p.write_text(TEXT, encoding="utf-8")
    utf16 = tmp_path / "m_utf16.txt"
    utf16.write_bytes(TEXT.encode("utf-16"))
    bad = {
        "b_empty.txt": (b"", "the file is empty"),
        "c_blank.txt": (b"\n \n", "the file holds only whitespace"),
        "d_nul.txt": (b"abc\x00", "a NUL character at byte 3; an article file holds text, not binary data"),
        "e_latin.txt": (b"caf\xe9", "not valid UTF-8 at byte 3 (0xe9); save the file as UTF-8 or name its "
                        "encoding (--encoding cp1256)"),
    }
    for name, (content, _) in bad.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / "f_loop.txt").symlink_to(tmp_path / "f_loop.txt")
    expected = [f"claimtrack: error: {tmp_path / name}: {message}" for name, (_, message) in bad.items()]
    expected.append(f"claimtrack: error: {tmp_path / 'f_loop.txt'}: a loop of symbolic links")
    for command in ("sentences", "extract", "compare"):
        code, out, err = run(capsys, command, "--jobs", "1", tmp_path)
        assert code == 1, command
        assert err.splitlines()[-6:] == ["claimtrack: error: 5 inputs could not be used:"] + expected, command
        if command != "compare":
            assert all(name in out for name in ("a_good", "z_good", "m_utf16")), command


def test_the_command_line_reads_a_named_encoding_and_checks_the_name(capsys, monkeypatch, tmp_path):
    # without the extra claimtrack[encodings] (with it, the command line detects cp1256: tests/test_reader_legacy.py)
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)
    path = tmp_path / "cp1256.txt"
    path.write_bytes(TEXT.encode("cp1256"))
    code, _, err = run(capsys, "extract", "--format", "jsonl", path)
    assert code == 1 and "not valid UTF-8" in err and "--encoding" in err
    code, out, _ = run(capsys, "extract", "--format", "jsonl", "--encoding", "cp1256", path)
    assert code == 0
    expected = [(a.cue.text, a.source.text) for a in extract_attributions(read_article(SEED))]
    assert [(r["cue"]["text"], r["source"]["text"]) for r in map(json.loads, out.splitlines())] == expected
    with pytest.raises(SystemExit) as exit_:
        main(["--encoding", "no-such-codec", "extract", str(path)])
    assert exit_.value.code == 2 and "unknown encoding 'no-such-codec'" in capsys.readouterr().err


def test_the_command_line_size_limit_can_be_lowered_and_lifted(capsys, tmp_path):
    size = len(TEXT.encode("utf-8"))
    code, out, err = run(capsys, "sentences", "--max-bytes", size - 1, SEED)
    assert code == 1 and out == "" and f"more than the limit of {size - 1:,} bytes" in err
    assert run(capsys, "sentences", "--max-bytes", size, SEED)[0] == 0
    assert run(capsys, "sentences", "--max-bytes", 0, SEED)[0] == 0
    with pytest.raises(SystemExit) as exit_:
        main(["sentences", "--max-bytes", "-3", str(SEED)])
    assert exit_.value.code == 2


def test_a_file_name_that_is_not_utf8_is_printed_not_a_crash(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/bad\xffname.txt"
    with open(name, "wb") as handle:
        handle.write(SEED.read_bytes())
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "claimtrack", "sentences", str(folder)], capture_output=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.startswith(b"# bad\xffname\n")


def test_track_add_takes_the_encoding_too(capsys, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)  # without the extra: nothing is detected
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(TEXT.encode("cp1256"))
    db = tmp_path / "t.db"
    code, _, err = run(capsys, "track", "add", "-q", db, folder)
    assert code == 1 and "not valid UTF-8" in err
    code, out, _ = run(capsys, "--encoding", "cp1256", "track", "add", "-q", db, folder)
    assert code == 0 and out.startswith("1 articles added")
