"""Splitting an article's body into sentences that tile it.

Sentences end at ``.`` ``!`` ``?`` ``؟`` ``…`` followed by a space, a line end or the end of the text, and
at every paragraph end.  A sentence never ends inside a quotation that opens and closes in its paragraph
(``وتابع: "نحن نبحث ... الأمنية. حيث ... والالتزام. إنهم يقدرون كثيرا شراكتنا".`` is one sentence), inside
parentheses, URLs or numbers (``1.5``, ``5+5``), or after a one-letter abbreviation (``د.``, ``أ.ف.ب``); dots in
brackets (``(...)``) mark words left out of a quotation and end nothing.  A quote left open is ignored, so it
costs nothing beyond its paragraph.  A full stop glued between two words
(``ليبيا.وقال``), as scrapers leave it, ends a sentence; a stray one with a space before it and none after
(``والمتوسطة .والمركبات``) does not.

A sentence longer than :data:`MAX_SENTENCE_CHARS` (3,000 characters; the longest sentence of the real articles
in ``tests/data`` has 2,189) is cut into pieces of at most that length, at the last comma and space in the
last quarter of the piece, else at its last space (a word longer than that stays whole), so that the work per
sentence stays bounded: a paragraph of thousands of cues and no full stop ("وقال المتحدث إن وقال المتحدث إن
...") nests every content in the one before, which is quadratic in the sentence's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
import re

import regex

from .models import Article, Sentence
from .spans import Span

__all__ = ["MAX_SENTENCE_CHARS", "split_sentences", "split_paragraph"]

MAX_SENTENCE_CHARS = 3000  # see the module docstring

_TERMINATOR_RE = regex.compile(r"[.!?\u061f\u2026]+")
_TLDS = "com|org|net|gov|edu|int|info|news|tv|ly|tn|eg|sa|ae|ma|dz|qa|kw|lb|jo|iq|sy|ps|sd|ye|om|bh|uk|fr|de|ru|tr|io"
# What is protected as a URL or e-mail address: a web address ("https://...", "www...."), an e-mail address, or a
# dotted name ending in a top-level domain ("sana.sy", "example.com/path").  Written as one alternation it
# would be tried at every position of a dotted run such as "a.a.a.a..." and scan to the run's end each time
# (quadratic); :func:`_url_regions` finds the same matches in linear time, from these parts.
_URL_HEAD_RE = regex.compile(r"(?:https?://|www\.)[^\s\"“”«»<>]+", regex.IGNORECASE)
_EMAIL_LOCAL_RUN_RE = regex.compile(r"[\w.+-]+")
_EMAIL_DOMAIN_RE = regex.compile(r"[\w-]+(?:\.[\w-]+)+")
_DOTTED_RUN_RE = regex.compile(r"[\w-]+(?:\.[\w-]+)*")
# What a web address's head needs but "://": "www." in any case (no other letter folds to w), for ``re`` (a class is
# a bitmap: a paragraph is passed over faster than by the head's case-blind alternation in ``regex``).
_WWW_RE = re.compile(r"[wW][wW][wW]\.")
_TLD_DOT_RE = regex.compile(rf"\.(?:{_TLDS})\b", regex.IGNORECASE)
_DOTTED_NAME_RE = regex.compile(
    rf"\b[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})\b(?:/[^\s\"“”«»<>]*)?", regex.IGNORECASE)
_WORD_BOUNDARY_RE = regex.compile(r"\b")
# Quotation marks that may open or close (the same mark does both, or writers reverse “ and ”).
_QUOTED_NAME_WORDS = 3  # at most this many words in a quoted name inside a quotation (see _reopens)
_AMBIGUOUS_QUOTES = frozenset('"\u201c\u201d\u201e\u201f')
_GUILLEMETS = frozenset("\u00ab\u00bb")
_OPEN_BRACKETS = {"(": ")", "[": "]", "{": "}"}
# The characters _quote_regions acts on (the standard library's ``re`` tests a class as a bitmap: fast).
_QUOTE_OR_BRACKET_RE = re.compile("[" + re.escape("".join(sorted(_AMBIGUOUS_QUOTES | _GUILLEMETS)) + "([{)]}") + "]")
_STRAIGHT_QUOTE_RE = re.compile('"')
_LETTER_RE = regex.compile(r"[\p{L}\p{M}]")
_CLOSERS = frozenset("\u00bb\u201d)")  # » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK, ” RIGHT DOUBLE QUOTATION MARK, )
_LAST_SPACE_RE = regex.compile(r"\s", regex.REVERSE)
_LAST_COMMA_SPACE_RE = regex.compile(r"[,\u060c]\s", regex.REVERSE)  # ، ARABIC COMMA
_SPACE_RE = regex.compile(r"\s")
# regex's "concurrent" argument, given by position: keep the interpreter's lock over a match.  By default regex lets
# it go and takes it back around every match, which costs more than the short matches made here (issue 14).
_CONCURRENT = False


def _reopens(text: str, opened: int, i: int, start: int, end: int, straight: list[int]) -> bool:
    """Is the straight quote at ``i`` the opening of a new quotation, the one opened at ``opened`` never closed?
    It is written as an opening one, a space before it and a letter, digit or # right after it, and a sentence
    ends between the two: ``قائلاً: "الذين كرهوا ... تغلبون}.   وأطلق مغرّدون هاشتاج "#شكرا_عزام_الدخيل"``
    (real_fresh7 sabq_eba44caaa6: the scraper lost the closing quote, and the paragraph's next three speakers
    were read inside the first one's words); not a short quoted name inside the quotation, whose close is the
    quotation's own.  The quote marks that go on a quotation over its sentences, as wires write it, each one
    reopen it (``وقال "نستخدم ... فائقة. "ويمثل هذا الوضوح ... المقاطع. "عندئذ ... الوضوح".``, alriyadh_ab81bf2d3e).
    ``straight`` holds the positions of the straight quotes in ``text[start:end]``, in order (their parity from
    ``i`` on is read by bisection: counting them at each quote was quadratic in a paragraph of many quotes)."""
    if i + 1 >= end or i == start or not text[i - 1].isspace() or text[i + 1].isspace() \
            or not (text[i + 1].isalnum() or text[i + 1] == "#"):
        return False
    after = text.find('"', i + 1, end)
    if after >= 0 and len(text[i + 1 : after].split()) <= _QUOTED_NAME_WORDS and (len(straight) - bisect_left(straight, i)) % 2:
        # a quoted word inside the quotation, the quotation's own close after it: "أجابت هذلا بأنها تذكر ... كان
        # "ناشي" وليس هذلا. حينها قال الأب: ... مرة أخرى ".." (real_blind alriyadh_ee2fe13c9d)
        return False
    return any(m.end() < i and text[m.end()].isspace() for m in _TERMINATOR_RE.finditer(text, opened + 1, i))


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Closed quotation and bracket regions ``(open_index, close_index)`` inside ``text[start:end]``."""
    regions: list[tuple[int, int]] = []
    quote_open: int | None = None
    quote_family: frozenset[str] | None = None
    brackets: list[tuple[str, int]] = []
    straight: list[int] | None = None  # the straight quotes' positions, found when first asked for (see _reopens)
    for m in _QUOTE_OR_BRACKET_RE.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch in _AMBIGUOUS_QUOTES or ch in _GUILLEMETS:
            family = _AMBIGUOUS_QUOTES if ch in _AMBIGUOUS_QUOTES else _GUILLEMETS
            if quote_open is not None and family is quote_family:
                if ch == '"':
                    if straight is None:
                        straight = [k.start() for k in _STRAIGHT_QUOTE_RE.finditer(text, start, end)]
                    if _reopens(text, quote_open, i, start, end, straight):
                        quote_open = i  # the quote before was never closed (see _reopens)
                        continue
                regions.append((quote_open, i))
                quote_open = None
            elif quote_open is None:
                quote_open, quote_family = i, family
        elif ch in _OPEN_BRACKETS:
            brackets.append((_OPEN_BRACKETS[ch], i))
        elif brackets and ch == brackets[-1][0]:
            regions.append((brackets.pop()[1], i))
    return regions


def _url_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""The matches of ``(?:https?://|www\.)...|<e-mail>|<dotted name>.<tld>...`` in ``text[start:end]``, as
    ``finditer`` of that alternation yields them, as ``(start, end)``; in time linear in the paragraph.

    At each position the alternation's match is known without scanning: an e-mail address matches at every
    position of a run of ``[\w.+-]`` that ends in "@" and a domain; a dotted name at every word boundary of a
    dotted run before its last ".<tld>".  So the next match is the earliest of three candidates, each found
    by a pointer that only moves forward.
    """
    emails: list[tuple[int, int, int]] = []  # (run start, "@", match end)
    # (without an "@", or a "." before a top-level domain, the runs below hold no candidate: not read at all)
    for m in _EMAIL_LOCAL_RUN_RE.finditer(text, start, end) if text.find("@", start, end) >= 0 else ():
        at = m.end()
        if at < end and text[at] == "@":
            domain = _EMAIL_DOMAIN_RE.match(text, at + 1, end)
            if domain:
                emails.append((m.start(), at, domain.end()))
    dotted: list[tuple[int, int]] = []  # (run start, last ".<tld>" of the run)
    for m in _DOTTED_RUN_RE.finditer(text, start, end) if _TLD_DOT_RE.search(text, start, end, _CONCURRENT) else ():
        last = None
        k = text.find(".", m.start(), m.end())
        while k >= 0:
            if _TLD_DOT_RE.match(text, k, end):
                last = k
            k = text.find(".", k + 1, m.end())
        if last is not None:
            dotted.append((m.start(), last))
    found: list[tuple[int, int]] = []
    pos, e_i, d_i = start, 0, 0
    head: "regex.Match[str] | None" = None
    head_from = -1
    if text.find("://", start, end) < 0 and _WWW_RE.search(text, start, end) is None:
        head_from = start  # no web address opens in the paragraph (most): none is looked for
    dotted_at = -1  # the earliest dotted-name position >= pos found so far (kept while it stays ahead of pos)
    while pos < end:
        if head_from < 0 or (head is not None and head.start() < pos):
            head, head_from = _URL_HEAD_RE.search(text, pos, end), pos
        candidates: list[tuple[int, int, int]] = []  # (position, alternative, match end)
        if head is not None:
            candidates.append((head.start(), 0, head.end()))
        while e_i < len(emails) and emails[e_i][1] <= pos:
            e_i += 1
        if e_i < len(emails):
            run_start, _, match_end = emails[e_i]
            candidates.append((max(pos, run_start), 1, match_end))
        if dotted_at < pos:
            dotted_at = -1
            while d_i < len(dotted):
                run_start, last = dotted[d_i]
                p = max(pos, run_start)
                while p < last and (text[p] == "." or not _WORD_BOUNDARY_RE.match(text, p, end)):
                    p += 1
                if p < last:
                    dotted_at = p
                    break
                d_i += 1
        if dotted_at >= pos:
            candidates.append((dotted_at, 2, -1))
        if not candidates:
            break
        p, alternative, match_end = min(candidates)
        if alternative == 2:
            m = _DOTTED_NAME_RE.match(text, p, end)
            assert m is not None
            match_end = m.end()
        found.append((p, match_end))
        pos = match_end
        if head is not None and head.start() < pos:
            head_from = -1
    return found


def _protected(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], set[int]]:
    regions = _quote_regions(text, start, end)
    for s, e in _url_regions(text, start, end):
        regions.append((s, e - 1))
    closes = {c for _, c in regions}
    return regions, closes


class _Cover:
    """For each position of a paragraph, whether it lies strictly inside a protected region (``o < i < c``)
    and the last close of the regions holding it: the regions sorted by where their inside begins, with the
    furthest close among those begun so far, so that each full stop costs O(log n) however many quotation
    marks the paragraph holds."""

    def __init__(self, regions: list[tuple[int, int]], start: int, end: int) -> None:
        insides = sorted((o + 1, c) for o, c in regions if c - o > 1)
        self._begins = [b for b, _ in insides]
        self._reach = list(accumulate((c for _, c in insides), max))

    def close_of(self, index: int) -> int:
        """The last close of the regions holding ``index`` (-1 when none does)."""
        k = bisect_right(self._begins, index)
        reach = self._reach[k - 1] if k else -1
        return reach if reach > index else -1

    def inside(self, index: int) -> bool:
        return self.close_of(index) > index


def _letters_before(text: str, index: int, start: int) -> int:
    """How many letters (0, 1 or 2 for two or more) stand right before ``index``, within the paragraph."""
    n = 0
    while n < 2 and index - n - 1 >= start and _LETTER_RE.match(text, index - n - 1, None, _CONCURRENT):
        n += 1
    return n


def _letters_after(text: str, index: int, end: int) -> int:
    """How many letters (0, 1 or 2 for two or more) start at ``index``, within the paragraph."""
    n = 0
    while n < 2 and index + n < end and _LETTER_RE.match(text, index + n, None, _CONCURRENT):
        n += 1
    return n


def _is_boundary(text: str, ts: int, te: int, start: int, end: int, cover: _Cover) -> bool:
    if cover.inside(ts):
        return False
    mark = text[ts:te]
    before = text[ts - 1] if ts > start else ""
    after = text[te] if te < end else ""
    if mark == "." and before.isdigit() and after.isdigit():
        return False  # 1.5, 2.000
    word_before = _letters_before(text, ts, start)
    if mark == "." and word_before == 1:
        return False  # د. م. أ.ف.ب ش.م.م
    if not after or after.isspace():
        return True
    if _LETTER_RE.match(after, None, None, _CONCURRENT):
        # Glued full stop: a boundary only between two real words ("ليبيا.وقال"), or after a quotation or bracket
        # that closes on a word ("الرد «لن يتأخر».ودعت حماس", okaz_a2d2e3b681); never " .word".
        closed = mark == "." and before in _CLOSERS and ts - 2 >= start and _LETTER_RE.match(text, ts - 2, None, _CONCURRENT)
        return (word_before >= 2 or bool(closed)) and _letters_after(text, te, end) >= 2
    return False


def split_paragraph(text: str, span: Span) -> list[Span]:
    """Sentence spans of the paragraph ``text[span.start:span.end]``, stripped, in order."""
    start, end = span.start, span.end
    regions, closes = _protected(text, start, end)
    cover = _Cover(regions, start, end)
    cuts: list[int] = []
    for m in _TERMINATOR_RE.finditer(text, start, end, False, _CONCURRENT):
        ts, te = m.span()
        inner_close = None
        if cover.inside(ts):
            if ts > start and text[ts - 1] in _OPEN_BRACKETS and te < end and text[te] == _OPEN_BRACKETS[text[ts - 1]]:
                continue  # "داخل الدولة (...) تعتنق" (aawsat_0802_105): the bracketed dots mark words left out
            # A full stop right before the closing quote of a quotation ends the sentence after the quote
            # ("... قال: "نحن هنا." ثم ..."), when the quotation ends there.
            j = te
            while j < end and j in closes:
                j += 1
            if j > te and (j == end or text[j].isspace()) and cover.close_of(ts) < j:
                inner_close = j
            if inner_close is None:
                continue
            cuts.append(inner_close)
            continue
        if not _is_boundary(text, ts, te, start, end, cover):
            continue
        j = te
        while j < end and j in closes:
            j += 1  # closing quotes and brackets after the full stop stay with the sentence
        cuts.append(j)
    spans: list[Span] = []
    pos = start
    for cut in sorted(set(cuts)) + [end]:
        a, b = _strip(text, pos, cut)
        if b > a:
            spans.extend(_bounded(text, Span(a, b)))
        pos = cut
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``Span(start, end).strip(text)``'s bounds, without making the span (a paragraph is cut many times)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _bounded(text: str, piece: Span) -> list[Span]:
    """``piece`` cut into pieces of at most :data:`MAX_SENTENCE_CHARS` (see the module docstring)."""
    pieces = []
    while len(piece) > MAX_SENTENCE_CHARS:
        limit = piece.start + MAX_SENTENCE_CHARS
        m = _LAST_COMMA_SPACE_RE.search(text, limit - MAX_SENTENCE_CHARS // 4, limit)
        cut = m.start() + 1 if m else None
        if cut is None:
            m = _LAST_SPACE_RE.search(text, piece.start, limit + 1) or _SPACE_RE.search(text, limit, piece.end)
            if m is None:
                break
            cut = m.start()
        pieces.append(Span(piece.start, cut).strip(text))
        piece = Span(cut, piece.end).strip(text)
    pieces.append(piece)
    return pieces


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
