"""Legacy Arabic encodings (claimtrack.reader.legacy, the extra claimtrack[encodings]): real articles re-encoded
to Windows-1256 and ISO-8859-6 are detected when no encoding is given; without the extra, the error of a file
that is not UTF-8; text that is not Arabic is never guessed."""

from __future__ import annotations

import json
import sys

import pytest

from claimtrack import extract_attributions, read_article
from claimtrack.cli import main
from claimtrack.errors import InputError
from claimtrack.reader.files import decode_text
from claimtrack.reader.legacy import detect_arabic
from claimtrack.reader.records import read_records

from .conftest import DATA

ARTICLES = DATA / "real" / "articles"
# real SaudiNewsNet articles: the first holds only characters ISO-8859-6 has, the second curly quotes it has not
ISO_ARTICLE = ARTICLES / "aawsat_8f992e8006.txt"
CP_ARTICLE = ARTICLES / "3alyoum_b3a205d7b6.txt"
CASES = [(ISO_ARTICLE, "iso8859-6"), (ISO_ARTICLE, "cp1256"), (CP_ARTICLE, "cp1256")]

try:
    import charset_normalizer  # noqa: F401
except ImportError:
    HAVE_DETECTOR = False
else:
    HAVE_DETECTOR = True
detector = pytest.mark.skipif(not HAVE_DETECTOR, reason="the optional extra claimtrack[encodings] "
                                                         "(charset-normalizer) is not installed")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def no_detector(monkeypatch):
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)


@detector
@pytest.mark.parametrize("source, codec", CASES)
def test_a_real_article_in_a_legacy_code_page_is_detected(tmp_path, source, codec):
    text = source.read_text(encoding="utf-8")
    path = tmp_path / source.name
    path.write_bytes(text.encode(codec))
    assert detect_arabic(path.read_bytes()) == codec
    article = read_article(path, encoding="auto")
    assert article.text == text
    assert [(a.cue.span, a.content.span) for a in extract_attributions(article)] == \
        [(a.cue.span, a.content.span) for a in extract_attributions(read_article(source))]


def test_iso_8859_6_cannot_hold_the_other_article():
    with pytest.raises(UnicodeEncodeError):
        CP_ARTICLE.read_text(encoding="utf-8").encode("iso8859-6")


@detector
@pytest.mark.parametrize("source, codec", CASES)
def test_the_command_line_detects_without_encoding(capsys, tmp_path, source, codec):
    path = tmp_path / source.name
    path.write_bytes(source.read_text(encoding="utf-8").encode(codec))
    code, out, err = run(capsys, "extract", "--format", "jsonl", path)
    assert code == 0, err
    expected = run(capsys, "extract", "--format", "jsonl", source)[1]
    assert out == expected.replace(json.dumps(str(source))[1:-1], json.dumps(str(path))[1:-1])
    # records too: a JSON lines file in the code page
    records = tmp_path / "day.jsonl"
    records.write_bytes((json.dumps({"id": "x", "text": source.read_text(encoding="utf-8")}, ensure_ascii=False)
                         + "\n").encode(codec))
    articles, problems = read_records(str(records), encoding="auto")
    assert problems == [] and articles[0].text == source.read_text(encoding="utf-8")


@detector
@pytest.mark.parametrize("data", [b"caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade " * 10,  # Latin-1
                                  bytes(range(128, 256)) * 4,                                   # binary
                                  "قال".encode("cp1256") + b"\xff"])                            # too short to tell
def test_what_is_not_arabic_is_not_guessed(tmp_path, data):
    assert detect_arabic(data) is None
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"a.txt: not valid UTF-8 at byte \d+ \(0x[0-9a-f]{2}\); save the file as "
                                         r"UTF-8 or name its encoding \(--encoding cp1256\)$"):
        read_article(path, encoding="auto")


@detector
def test_the_library_default_guesses_nothing(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(CP_ARTICLE.read_text(encoding="utf-8").encode("cp1256"))
    with pytest.raises(InputError, match="not valid UTF-8 at byte 0"):
        read_article(path)  # encoding=None: UTF-8 only, as documented; "auto" asks for detection


@pytest.mark.parametrize("codec", ["cp1256", "iso8859-6"])
def test_without_the_extra_the_error_says_how_to_read_the_file(no_detector, capsys, tmp_path, codec):
    path = tmp_path / "a.txt"
    path.write_bytes(ISO_ARTICLE.read_text(encoding="utf-8").encode(codec))
    first = path.read_bytes()[0]
    message = (f"{path}: not valid UTF-8 at byte 0 (0x{first:02x}); save the file as UTF-8 or name its encoding "
               "(--encoding cp1256); or install the optional extra (pip install 'claimtrack[encodings]') to detect "
               "Windows-1256 and ISO-8859-6")
    with pytest.raises(InputError) as info:
        read_article(path, encoding="auto")
    assert str(info.value) == message
    code, out, err = run(capsys, "extract", path)
    assert code == 1 and out == "" and err.strip() == f"claimtrack: error: {message}"
    code, out, err = run(capsys, "--encoding", codec, "extract", "--format", "jsonl", path)
    assert code == 0 and out  # a named encoding needs no extra


def test_without_the_extra_latin_text_keeps_the_plain_error(no_detector, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"caf\xe9")
    with pytest.raises(InputError) as info:
        decode_text(path.read_bytes(), str(path), encoding="auto")
    assert str(info.value) == (f"{path}: not valid UTF-8 at byte 3 (0xe9); save the file as UTF-8 or name its "
                               "encoding (--encoding cp1256)")
