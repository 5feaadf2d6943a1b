"""HTML pages (``.html``, ``.htm``): the article's title, date and body, with the optional extra
``claimtrack[web]`` (trafilatura).

trafilatura finds the main text of a page and leaves out what surrounds it (menus, share buttons, tags,
related links, comments, footers); it reads the title and date from the page's metadata (``og:title``,
``article:published_time``, ``<time>``, ...) and the url from its canonical link.  The article's text is
the title, a blank line and the body paragraphs one a line -- the same shape as a record's -- and that text
is what every span indexes and what a tracker stores: the page's markup is not kept.

The page is decoded as an article file is (:mod:`.decode`: a byte order mark, else ``encoding``), except
that without an encoding given the charset the page declares (``<meta charset="windows-1256">``) is used.
Without trafilatura, reading a page raises :class:`~claimtrack.errors.InputError` naming the file and the
extra to install.

The reports claimtrack writes (``compare --html``) carry :data:`REPORT_MARKER` in their head, so that one saved
inside an input folder is known on the next run (:func:`is_report`) and left out, not read as an article.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import attrs

from ..errors import InputError
from ..models import Article
from .decode import MAX_ARTICLE_BYTES, check_encoding, decode_text, mojibake, read_bytes
from .legacy import AUTO
from .parse import parse_article

__all__ = ["EXTRA", "HTML_SUFFIXES", "REPORT_MARKER", "Page", "extract_page", "is_html_path", "is_report", "read_html"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")  # the pages read here
EXTRA = "web"  # pip install 'claimtrack[web]'
_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_SNIFF = 4096  # bytes of the page searched for its declared charset, as browsers do (1024) and then some
REPORT_MARKER = '<meta name="generator" content="claimtrack report">'  # in the head of every report written


@attrs.frozen
class Page:
    """What a page holds: its title (or None), publication date (or None), url (or None), author (or None)
    and body text (paragraphs one a line)."""

    title: str | None
    published: dt.date | None
    url: str | None
    author: str | None
    body: str

    @property
    def text(self) -> str:
        """The article text: the title, a blank line and the body (the body alone when it opens with the title)."""
        if not self.title or self.body.startswith(self.title):
            return self.body
        return f"{self.title}\n\n{self.body}"


def is_html_path(path: "str | os.PathLike[str]") -> bool:
    """Whether ``path`` names an HTML page (by its suffix: .html, .htm, .xhtml)."""
    return Path(path).suffix.lower() in HTML_SUFFIXES


def is_report(path: "str | os.PathLike[str]") -> bool:
    """Whether ``path`` is an HTML page that claimtrack wrote as a report: :data:`REPORT_MARKER` in its first
    bytes.  A file that cannot be read is not one (reading it reports why)."""
    if not is_html_path(path):
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(_SNIFF)
    except OSError:
        return False
    return REPORT_MARKER.encode("ascii") in head


def _trafilatura(where: str):
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{where}: an HTML page; reading HTML needs the optional extra claimtrack[{EXTRA}]: "
                         f"pip install 'claimtrack[{EXTRA}]'") from None
    return trafilatura


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def extract_page(html: str, where: str) -> Page:
    """The title, date, url, author and body of the page ``html`` (``where`` names it in errors)."""
    trafilatura = _trafilatura(where)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, deduplicate=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True,
                                                              "outputformat": "%Y-%m-%d"})
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise InputError(f"{where}: no article text found in the HTML page")
    title = " ".join((doc.title or "").split()) or None
    return Page(title=title, published=_date(doc.date), url=doc.url or None, author=doc.author or None, body=body)


def _declared(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, if Python knows it."""
    m = _CHARSET_RE.search(data[:_SNIFF])
    if m is None:
        return None
    try:
        return check_encoding(m.group(1).decode("ascii"))
    except InputError:
        return None


def read_html(path: "str | os.PathLike[str]", *, id: str | None = None, outlet: str | None = None,
              published: "dt.date | str | None" = None, encoding: str | None = None,
              max_bytes: int | None = MAX_ARTICLE_BYTES) -> Article:
    """The article of the HTML page at ``path``: its id the file stem unless ``id`` is given, its date the
    page's unless ``published`` is given.  Raises :class:`InputError` naming the file (see the module)."""
    p = Path(path)
    data = read_bytes(p, max_bytes=max_bytes)
    declared = _declared(data) if encoding in (None, AUTO) else None
    page = extract_page(decode_text(data, str(p), encoding=declared or encoding), str(p))
    garbled = mojibake(page.text)
    if garbled:  # most often a page that declares a Latin charset and holds UTF-8: nothing would be found in it
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            declared = None
        if declared and declared != "utf-8":
            garbled = (garbled.partition(": UTF-8 once")[0] + f": the page declares the charset {declared} but its "
                       "bytes are UTF-8; read it with --encoding utf-8 (encoding='utf-8')")
        raise InputError(f"{p}: {garbled}")
    return parse_article(page.text, id=id or p.stem, outlet=outlet, published=published or page.published,
                         path=str(p), url=page.url, author=page.author)
