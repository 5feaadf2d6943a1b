"""Legacy Arabic encodings told apart, with the optional extra ``claimtrack[encodings]`` (charset-normalizer).

Arabic news archives hold files in Windows-1256 (``cp1256``) and ISO-8859-6 besides UTF-8.  With
``encoding="auto"`` (the command line's default), a file that is not valid UTF-8 is handed to
charset-normalizer, restricted to those two code pages; its answer is taken only when the bytes decode
without an error and the text is Arabic (at least :data:`MIN_ARABIC_LETTERS` Arabic letters, and at least
:data:`MIN_ARABIC_SHARE` of all letters).  Anything else -- Latin-1 text, a binary file, too few letters to
tell -- is refused as before, so a guess never replaces characters silently.  Without the extra nothing is
detected and the error is the one of a file that is not UTF-8.
"""

from __future__ import annotations

import codecs

__all__ = ["ARABIC_CODECS", "AUTO", "EXTRA", "detect_arabic", "detector_installed", "legacy_hint"]

AUTO = "auto"  # the encoding name that asks for detection
EXTRA = "encodings"  # pip install 'claimtrack[encodings]'
ARABIC_CODECS = ("cp1256", "iso8859-6")  # canonical names (codecs.lookup(...).name)
MIN_ARABIC_LETTERS = 20
MIN_ARABIC_SHARE = 0.6


def _charset_normalizer():
    try:
        import charset_normalizer
    except ImportError:
        return None
    return charset_normalizer


def detector_installed() -> bool:
    """Whether charset-normalizer (the extra ``claimtrack[encodings]``) can be imported."""
    return _charset_normalizer() is not None


def _arabic(text: str) -> bool:
    letters = arabic = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3":
                arabic += 1
    return arabic >= MIN_ARABIC_LETTERS and arabic >= MIN_ARABIC_SHARE * letters


def detect_arabic(data: bytes) -> str | None:
    """The legacy Arabic code page of ``data`` (``"cp1256"`` or ``"iso8859-6"``), or None: not installed,
    no answer, or an answer that does not decode ``data`` into Arabic text."""
    detector = _charset_normalizer()
    if detector is None:
        return None
    best = detector.from_bytes(data, cp_isolation=list(ARABIC_CODECS)).best()
    if best is None:
        return None
    codec = codecs.lookup(best.encoding).name
    if codec not in ARABIC_CODECS:
        return None
    try:
        text = str(data, codec)
    except UnicodeDecodeError:
        return None
    return codec if _arabic(text) else None


def legacy_hint(data: bytes) -> str:
    """Without the extra, for bytes that read as Arabic in a legacy code page: how to have them detected
    (added to the error of a file that is not UTF-8); else ``""``."""
    if detector_installed() or not any(_arabic(str(data, codec, errors="replace")) for codec in ARABIC_CODECS):
        return ""
    return f"; or install the optional extra (pip install 'claimtrack[{EXTRA}]') to detect Windows-1256 and ISO-8859-6"
