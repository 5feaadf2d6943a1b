"""A file's bytes in, its text out: the encodings, NUL characters, the size limit and the errors that name the file.

The text is kept exactly as decoded (a leading byte order mark dropped, line endings kept), so that every
span of every record indexes it.  Every problem is an :class:`~claimtrack.errors.InputError` naming the file:

- **Encodings.**  UTF-8 unless the file opens with a byte order mark: UTF-8, UTF-16 (LE or BE) and UTF-32
  (LE or BE) marks are read, and the mark decides whatever ``encoding`` says.  Without a mark, ``encoding``
  names any Python codec (``"cp1256"``, ``"iso-8859-6"``, ``"utf-16-le"``).  Bytes that do not decode are
  refused with their byte offset; nothing is replaced.  Nothing is guessed either, unless ``encoding`` is
  ``"auto"`` (the command line's default): then a file that is not UTF-8 is read as Windows-1256 or
  ISO-8859-6 when the optional extra ``claimtrack[encodings]`` tells that it is Arabic in one of them
  (:mod:`.legacy`), and refused as not UTF-8 otherwise.
- **NUL characters** are refused with their byte offset: an article file holds text, and a NUL is most often
  a sign of UTF-16 without a byte order mark (the message says so when it looks like it) or of a binary file.
  Refusing keeps the text what the file holds, so spans index the file; stripping would shift them.
- **Size.**  :func:`~claimtrack.reader.files.read_article` refuses a file of more than ``max_bytes`` bytes
  (default :data:`MAX_ARTICLE_BYTES`, 4 MiB, about 2 million Arabic letters, far more than any news article)
  without reading past the limit; extraction takes about 120 bytes of memory per byte of text, so the limit
  bounds a run at about half a gigabyte.  ``max_bytes=None`` lifts it.
- **Mojibake**: Arabic UTF-8 once read as Latin-1 or Windows-1252 and saved again ("Ø§Ù„") is valid UTF-8
  with no Arabic letter in it; it is refused with the repair (:func:`mojibake`), not read as an article in
  which nothing is found.
- **Empty and whitespace-only files** (invisible format characters count as white space), missing files, folders, broken symbolic links, symbolic link loops and
  files that cannot be read are each refused with a message saying which.
"""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import regex

from ..errors import InputError
from .legacy import AUTO, detect_arabic, legacy_hint

__all__ = ["MAX_ARTICLE_BYTES", "check_encoding", "decode_text", "has_text", "mojibake", "parse_json", "read_bytes",
           "read_text"]

_NOT_UTF8_HINT = "save the file as UTF-8 or name its encoding (--encoding cp1256)"
MAX_ARTICLE_BYTES = 4 * 1024 * 1024  # one article file; see the module docstring

# Byte order marks, the UTF-32 ones first: FF FE 00 00 also starts with the UTF-16 LE mark.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def check_encoding(encoding: str) -> str:
    """``encoding`` if Python can decode text with it (its canonical name), or ``"auto"`` (UTF-8, else a legacy
    Arabic code page detected: :mod:`.legacy`); else :class:`InputError`."""
    if encoding == AUTO:
        return AUTO
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError) as err:
        raise InputError(f"unknown encoding {encoding!r}; give a Python codec name such as 'cp1256', "
                         "'iso-8859-6' or 'utf-16-le'") from err
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(f"{encoding!r} is not a text encoding; give one such as 'cp1256', 'iso-8859-6' or 'utf-16-le'")
    return info.name


def _utf16_hint(data: bytes) -> str:
    """A hint when ``data`` looks like UTF-16 without a byte order mark: its NUL bytes (the high byte of each
    space, digit and Latin letter) nearly all on one side of the byte pairs."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < 4 or min(even, odd) * 8 > max(even, odd):
        return ""
    return f"; it looks like UTF-16 without a byte order mark: read it with the encoding utf-16-{'le' if odd > even else 'be'}"


def decode_text(data: bytes, where: str, *, encoding: str | None = None, allow_nul: bool = False) -> str:
    """``data`` decoded (see the module docstring): a byte order mark decides the encoding and is dropped, else
    ``encoding``, else UTF-8 (with ``encoding="auto"``, else a legacy Arabic code page when one is detected).
    Undecodable bytes, and unless ``allow_nul`` a NUL character, raise :class:`InputError` naming ``where``
    and the byte offset."""
    skip, codec = 0, None
    for bom, name in _BOMS:
        if data.startswith(bom):
            skip, codec = len(bom), name
            break
    detect = encoding == AUTO and codec is None
    if encoding == AUTO:
        encoding = None
    if codec is None:
        codec = check_encoding(encoding) if encoding else "utf-8"
    try:
        text = str(memoryview(data)[skip:], codec)
    except UnicodeDecodeError as err:
        legacy = detect_arabic(data) if detect else None
        if legacy is not None:  # decodes: detect_arabic checked it
            return decode_text(data, where, encoding=legacy, allow_nul=allow_nul)
        at = skip + err.start
        if codec == "utf-8" and not skip and not encoding:
            raise InputError(f"{where}: not valid UTF-8 at byte {at} (0x{data[at]:02x}); "
                             + (_utf16_hint(data)[2:] or _NOT_UTF8_HINT) + (legacy_hint(data) if detect else "")) from err
        raise InputError(f"{where}: not valid {codec} at byte {at} (0x{data[at]:02x})") from err
    except UnicodeError as err:  # a codec that fails otherwise (an odd length for UTF-16, ...)
        raise InputError(f"{where}: cannot be decoded as {codec}: {err}") from err
    if not allow_nul:
        nul = text.find("\0")
        if nul >= 0:
            at = skip + len(text[:nul].encode(codec))
            hint = (_utf16_hint(data) if codec == "utf-8" and not skip and not encoding else ""
                    ) or "; an article file holds text, not binary data"
            raise InputError(f"{where}: a NUL character at byte {at}{hint}")
    return text


# Arabic in UTF-8 decoded as Latin-1 or Windows-1252 (and saved again): each letter's lead byte D8..DB becomes
# LATIN CAPITAL LETTER O WITH STROKE .. U WITH CIRCUMFLEX (Ø Ù Ú Û), its continuation byte 80..BF a Latin-1
# sign or one of the Windows-1252 characters of 80..9F: "Ø§Ù„" for "ال".
_MOJIBAKE_RE = regex.compile("[\u00d8-\u00db][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                             "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
                             "\u2039\u203a\u20ac\u2122]")
_ARABIC_LETTER_RE = regex.compile(r"\p{Arabic}")
MOJIBAKE_MIN = 20  # letters so garbled, and more of them than Arabic letters: none in 41,215 real texts


def mojibake(text: str) -> str:
    """A hint when ``text`` is Arabic UTF-8 read as Latin-1 or Windows-1252 and saved again (mojibake:
    "Ø§Ù„Ø±ÙŠØ§Ø¶" for "الرياض"): nothing of it reads as Arabic, so extraction would find nothing and say
    nothing; else ``""``.  The text is refused rather than repaired: repaired, it would no longer be the
    file's, and the spans would not index it."""
    found = len(_MOJIBAKE_RE.findall(text))
    if found < MOJIBAKE_MIN or found <= len(_ARABIC_LETTER_RE.findall(text)):
        return ""
    start = _MOJIBAKE_RE.search(text).start()
    repair = "; repair it by encoding it back to the code page it was read in, and read the result as UTF-8"
    for codec, name in (("latin-1", "LATIN1"), ("cp1252", "WINDOWS-1252")):
        try:
            text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        repair = f"; it repairs exactly: iconv -f UTF-8 -t {name} FILE > FIXED (then read FIXED)"
        break
    return (f"Arabic text garbled as Latin characters ({text[start:start + 12]!r}): UTF-8 once read as Latin-1 "
            f"or Windows-1252 and saved again{repair}")


def has_text(text: str) -> bool:
    """Whether ``text`` holds anything but white space and invisible format characters (zero-width spaces and
    joiners, direction marks, byte order marks)."""
    # str.isspace, as str.strip (the test of a blank file) reads white space; stops at the first letter
    return any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text)


def _open_error(p: Path, err: OSError) -> InputError:
    if isinstance(err, FileNotFoundError):
        if p.is_symlink():
            return InputError(f"{p}: a symbolic link to {os.readlink(p)}, which does not exist")
        return InputError(f"{p}: no such file")
    if isinstance(err, IsADirectoryError):
        return InputError(f"{p}: is a directory, not an article file")
    if isinstance(err, PermissionError):
        return InputError(f"{p}: permission denied")
    if err.errno == errno.ELOOP:
        return InputError(f"{p}: a loop of symbolic links")
    return InputError(f"{p}: cannot be read: {err.strerror or err}")


def read_bytes(p: Path, *, max_bytes: int | None = None) -> bytes:
    """The bytes of the file ``p``, refused (:class:`InputError`) as :func:`read_text` says."""
    try:
        with open(p, "rb") as f:
            data = f.read() if max_bytes is None else _read_at_most(f, max_bytes + 1)
    except OSError as err:
        raise _open_error(p, err) from err
    if max_bytes is not None and len(data) > max_bytes:
        try:
            size = os.stat(p).st_size  # 0 for a pipe or a device
        except OSError:
            size = 0
        raise InputError(f"{p}: {f'{size:,} bytes, ' if size > max_bytes else ''}more than the limit of "
                         f"{max_bytes:,} bytes for one article file; split it, or raise the limit (--max-bytes)")
    return data


def _read_at_most(f: "io.BufferedReader", most: int) -> bytes:
    """``f.read(most)``, without the buffer of ``most`` bytes that call sets aside whatever the file holds (4 MiB
    for an article of a few KB: most of the time it took to read one): the size the system gives for the file is
    read first, then, should that many bytes and one more be there (a file that grew, a pipe whose size is 0), the
    rest up to ``most``."""
    try:
        size = os.fstat(f.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        size = 0
    first = min(max(size, 0) + 1, most)
    data = f.read(first)
    if len(data) == first < most:  # (fewer bytes than asked for: the end of the file)
        data += f.read(most - first)
    return data


def read_text(path: "str | os.PathLike[str]", *, encoding: str | None = None, max_bytes: int | None = None) -> str:
    """The text of ``path`` (see the module docstring for encodings), leading BOM dropped, line endings kept.

    Raises :class:`InputError` naming the file for a missing file, a directory, a broken or looping symbolic
    link, a file that cannot be read, bytes that do not decode and a NUL character (with the byte offset), an
    empty or whitespace-only file, and a file of more than ``max_bytes`` bytes (``None``: no limit), which is
    not read past the limit.
    """
    p = Path(path)
    text = decode_text(read_bytes(p, max_bytes=max_bytes), str(p), encoding=encoding)
    if not text.strip():
        raise InputError(f"{p}: the file is empty" if not text else f"{p}: the file holds only whitespace")
    if not has_text(text):
        raise InputError(f"{p}: the file holds only whitespace and invisible characters (zero-width or direction marks)")
    garbled = mojibake(text)
    if garbled:
        raise InputError(f"{p}: {garbled}")
    return text


def parse_json(text: str, where: str) -> Any:
    """The JSON value of ``text`` (a file's text, or one line of a JSON lines file), or an :class:`InputError`
    naming ``where`` ("gold/x.json", "pairs.jsonl, line 3") for malformed JSON (with the line and column when the
    text has several lines) or JSON nested too deeply for Python's parser."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        at = f" (line {err.lineno}, column {err.colno})" if "\n" in text.strip() else f" (column {err.colno})"
        raise InputError(f"{where}: not valid JSON: {err.msg}{at}") from err
    except RecursionError as err:
        raise InputError(f"{where}: JSON nested too deeply") from err
