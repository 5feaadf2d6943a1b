"""Splitting an article's body into sentences that tile it.

Sentences end at ``.`` ``!`` ``?`` ``؟`` ``…`` followed by a space, a line end or the end of the text, and
at every paragraph end.  A sentence never ends inside a quotation that opens and closes in its paragraph
(``وتابع: "نحن نبحث ... الأمنية. حيث ... والالتزام. إنهم يقدرون كثيرا شراكتنا".`` is one sentence), inside
parentheses, URLs or numbers (``1.5``, ``5+5``), or after a one-letter abbreviation (``د.``, ``أ.ف.ب``).  A
quote left open is ignored, so it costs nothing beyond its paragraph.  A full stop glued between two words
(``ليبيا.وقال``), as scrapers leave it, ends a sentence; a stray one with a space before it and none after
(``والمتوسطة .والمركبات``) does not.
"""

from __future__ import annotations

import regex

from .models import Article, Sentence
from .spans import Span

__all__ = ["split_sentences", "split_paragraph"]

_TERMINATOR_RE = regex.compile(r"[.!?\u061f\u2026]+")
_URL_RE = regex.compile(
    r"(?:https?://|www\.)[^\s\"“”«»<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|news|tv|ly|tn|eg|sa|ae|ma|dz|qa|kw|lb|jo|iq|sy|ps|sd|ye|om|bh|uk|fr|de|ru|tr|io)\b(?:/[^\s\"“”«»<>]*)?",
    regex.IGNORECASE,
)
# Quotation marks that may open or close (the same mark does both, or writers reverse “ and ”).
_AMBIGUOUS_QUOTES = frozenset('"\u201c\u201d\u201e\u201f')
_GUILLEMETS = frozenset("\u00ab\u00bb")
_OPEN_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_LETTER_RE = regex.compile(r"[\p{L}\p{M}]")
_WORD_BEFORE_RE = regex.compile(r"[\p{L}\p{M}]+$")
_WORD_AFTER_RE = regex.compile(r"^[\p{L}\p{M}]+")


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Closed quotation and bracket regions ``(open_index, close_index)`` inside ``text[start:end]``."""
    regions: list[tuple[int, int]] = []
    quote_open: int | None = None
    quote_family: frozenset[str] | None = None
    brackets: list[tuple[str, int]] = []
    for i in range(start, end):
        ch = text[i]
        if ch in _AMBIGUOUS_QUOTES or ch in _GUILLEMETS:
            family = _AMBIGUOUS_QUOTES if ch in _AMBIGUOUS_QUOTES else _GUILLEMETS
            if quote_open is not None and family is quote_family:
                regions.append((quote_open, i))
                quote_open = None
            elif quote_open is None:
                quote_open, quote_family = i, family
        elif ch in _OPEN_BRACKETS:
            brackets.append((_OPEN_BRACKETS[ch], i))
        elif brackets and ch == brackets[-1][0]:
            regions.append((brackets.pop()[1], i))
    return regions


def _protected(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], set[int]]:
    regions = _quote_regions(text, start, end)
    for m in _URL_RE.finditer(text, start, end):
        regions.append((m.start(), m.end() - 1))
    closes = {c for _, c in regions}
    return regions, closes


def _inside(index: int, regions: list[tuple[int, int]]) -> bool:
    return any(o < index < c for o, c in regions)


def _is_boundary(text: str, ts: int, te: int, start: int, end: int, regions: list[tuple[int, int]]) -> bool:
    if _inside(ts, regions):
        return False
    mark = text[ts:te]
    before = text[ts - 1] if ts > start else ""
    after = text[te] if te < end else ""
    if mark == "." and before.isdigit() and after.isdigit():
        return False  # 1.5, 2.000
    word_before = _WORD_BEFORE_RE.search(text, start, ts)
    if mark == "." and word_before and len(word_before.group()) == 1:
        return False  # د. م. أ.ف.ب ش.م.م
    if not after or after.isspace():
        return True
    if _LETTER_RE.match(after):
        # Glued full stop: a boundary only between two real words ("ليبيا.وقال"), never " .word".
        word_after = _WORD_AFTER_RE.match(text[te:end])
        return bool(word_before and len(word_before.group()) >= 2 and word_after and len(word_after.group()) >= 2)
    return False


def split_paragraph(text: str, span: Span) -> list[Span]:
    """Sentence spans of the paragraph ``text[span.start:span.end]``, stripped, in order."""
    start, end = span.start, span.end
    regions, closes = _protected(text, start, end)
    cuts: list[int] = []
    for m in _TERMINATOR_RE.finditer(text, start, end):
        ts, te = m.span()
        inner_close = None
        if _inside(ts, regions):
            # A full stop right before the closing quote of a quotation ends the sentence after the quote
            # ("... قال: "نحن هنا." ثم ..."), when the quotation ends there.
            j = te
            while j < end and j in closes:
                j += 1
            if j > te and (j == end or text[j].isspace()) and all(not (o < ts < c) or c < j for o, c in regions):
                inner_close = j
            if inner_close is None:
                continue
            cuts.append(inner_close)
            continue
        if not _is_boundary(text, ts, te, start, end, regions):
            continue
        j = te
        while j < end and j in closes:
            j += 1  # closing quotes and brackets after the full stop stay with the sentence
        cuts.append(j)
    spans: list[Span] = []
    pos = start
    for cut in sorted(set(cuts)):
        piece = Span(pos, cut).strip(text)
        if len(piece):
            spans.append(piece)
        pos = cut
    last = Span(pos, end).strip(text)
    if len(last):
        spans.append(last)
    return spans


def split_sentences(article_or_text: "Article | str", *, headlines: bool = False) -> list[Sentence]:
    """Sentences of an article body, in order; they tile the body paragraphs.

    ``article_or_text`` is an :class:`Article` or a plain string (every line of which is then a body
    paragraph).  With ``headlines=True`` the headline and sub-headline lines come first, each as one
    sentence of kind ``"headline"``, which is what attribution extraction reads.
    """
    if isinstance(article_or_text, Article):
        article = article_or_text
        text, article_id = article.text, article.id
        units = [(b.kind, b.span) for b in article.blocks if b.kind == "body" or (headlines and b.kind in ("headline", "subheadline"))]
    elif isinstance(article_or_text, str):
        text, article_id = article_or_text, ""
        units = []
        for m in regex.finditer(r"[^\r\n]+", text):
            span = Span(m.start(), m.end()).strip(text)
            if len(span):
                units.append(("body", span))
    else:
        raise TypeError(f"split_sentences takes an Article or a str, not {type(article_or_text).__name__}")
    sentences: list[Sentence] = []
    paragraph = -1
    for kind, span in units:
        if kind != "body":
            sentences.append(Sentence(article_id, len(sentences), span, span.of(text), "headline", -1))
            continue
        paragraph += 1
        for piece in split_paragraph(text, span):
            sentences.append(Sentence(article_id, len(sentences), piece, piece.of(text), "body", paragraph))
    return sentences
