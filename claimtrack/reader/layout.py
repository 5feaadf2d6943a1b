"""Which line of an article is what: headline, sub-headlines, byline and date lines, captions, related
lists and boilerplate, body paragraphs; and the city dateline at the start of the body.

The rules read the layout the way a reader of an Arabic news site does: the first line is the headline (unless
it is the file's only line and longer than any headline: a body whose line breaks were lost),
short lines before the byline and date are sub-headlines, a line repeated further down is an image caption,
a short unfinished line between lone dashes is a related headline, and "موضوعات ذات صلة" / "اقرأ أيضا"
open a block of them.  Marker words come from ``data/article_markers.tsv``.
"""

from __future__ import annotations

import functools
from itertools import islice

import attrs
import regex

from ..dates import find_dates, month_number
from ..lexicon import check_choice, read_rows, read_words
from ..lexicon.grammar import grammar
from .credits import is_signoff
from ..lexicon.morph import BEH, WAW
from ..models import Block
from ..normalize import fold, fold_line, fold_start, kept_marks
from ..spans import Span

__all__ = ["Line", "dateline_match", "label_lines", "lines_of", "marker_kind"]

# A sub-headline or a line of a related-article list is short; a body paragraph usually is not.
_SHORT_LINE_WORDS = 25
# A related-article headline between lone dashes is short.
_RELATED_WORDS = 16
# A headline is a line of a few words; a file whose only line runs past this is a body with no headline (a scraper
# that lost every line break), so that its reported speech is read as the body's, sentence by sentence.
_HEADLINE_WORDS = 60
# A date line holds a date and little else ("الاربعاء 30 سبتمبر 2020 | 04:08 مساءً").
_DATE_LINE_WORDS = 12
_LONE_DASH_RE = regex.compile(r"^\s*[-\u2013\u2014*\u2022\u00b7]+\s*$")
# "واشنطن - قال ...", "الرياض (واس) -", "طرابلس – ": one to three words, then a dash, at the start of the body.
# "واشنطن - ", "جنيف (أ ف ب) - ", and the wire form with a date: "الدوحة، 15 أكتوبر (أنباء البحر الأحمر) - ".
_CITY_DATELINE_RE = regex.compile(
    r"^\s*(?P<city>[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+){0,2})\s*"
    r"(?:[\u060c,]\s*\d{1,2}\s+(?P<month>[\p{Arabic}]+)(?:\s*/\s*[\p{Arabic}]+)?(?:\s+\d{4})?\s*)?"
    r"(?:\([^)\n]{1,30}\)\s*)?[-\u2013\u2014]\s")



def dateline_match(line: str) -> "regex.Match[str] | None":
    """A city dateline at the start of ``line``; a date in it must name a month ("قال الوزير، 12 مرة - " is
    no dateline)."""
    m = _CITY_DATELINE_RE.match(line, None, None, _CONCURRENT)
    if m is not None and m.group("month") is not None and month_number(m.group("month")) is None:
        return None
    return m


_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
# regex's "concurrent" argument, given by position: keep the interpreter's lock over a match.  By default regex lets
# it go and takes it back around every match, which costs more than the short matches made here (issue 14).
_CONCURRENT = False
_MARKER_KINDS = frozenset({"byline", "byline_colon", "published", "updated", "related", "link"})


@functools.cache
def _markers() -> tuple[tuple[str, str], ...]:
    rows = read_rows("article_markers.tsv", 2)
    markers = [(fold(r[0]), check_choice("article_markers.tsv", r, r[1], _MARKER_KINDS)) for r in rows]
    return tuple(sorted(markers, key=lambda m: -len(m[0])))


@functools.cache
def _markers_by_letter() -> dict[str, tuple[tuple[str, str], ...]]:
    """The markers by their first letter, longest first as in _markers: a line is matched against those of its own
    first letter only."""
    by_letter: dict[str, list[tuple[str, str]]] = {}
    for marker, kind in _markers():
        by_letter.setdefault(marker[:1], []).append((marker, kind))
    return {letter: tuple(markers) for letter, markers in by_letter.items()}


def marker_kind(line: str) -> str | None:
    markers = _markers()
    by_letter = _markers_by_letter()
    # a fold's first letter is that of the fold of the line's first word (fold_start: a prefix of the line's fold),
    # and two lines in three begin with a letter no marker begins with
    if "" not in by_letter and fold_start(line.strip(), 1)[:1] not in by_letter:
        return None
    # the longest marker and the letter after it decide; a byline_colon reads the whole line
    folded = fold_start(line.strip(), len(markers[0][0]) + 1) if markers else ""
    # only the markers of the line's first letter can start it (all of them, were a marker to fold to nothing)
    for marker, kind in markers if "" in by_letter else by_letter.get(folded[:1], ()):
        if folded.startswith(marker) and (len(folded) == len(marker) or not folded[len(marker)].isalpha()):
            if kind == "byline_colon":  # "تقرير: ليلى عبد الصمد", not "تقرير صادر عن البرنامج يقول ..."
                whole = fold_line(line.strip())
                if whole[len(marker):].lstrip().startswith(":") and len(whole.split()) <= 5:
                    return "byline"
                continue
            return kind
    return None


@attrs.frozen
class Line:
    span: Span  # the line without its line ending and surrounding whitespace
    text: str

    @property
    def empty(self) -> bool:
        return not self.text

    def more_words_than(self, n: int) -> bool:
        """Has the line more than ``n`` words?  Read no further than word ``n + 1``: a body line is a whole paragraph,
        and the layout only asks whether a line is short."""
        return sum(1 for _ in islice(_WORD_RE.finditer(self.text, None, None, False, _CONCURRENT), n + 1)) > n


def lines_of(text: str) -> list[Line]:
    lines: list[Line] = []
    n = len(text)
    for m in _LINE_RE.finditer(text, None, None, False, _CONCURRENT):
        start, end = m.span()
        if start == n and end == n and lines:
            break
        # the line without the white space around it (str.strip reads white space as str.isspace, as Span.strip does)
        raw = text[start:end]
        stripped = raw.strip()
        start += len(raw) - len(raw.lstrip())
        lines.append(Line(Span(start, start + len(stripped)), stripped))
    return lines


_LINE_RE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _is_date_line(line: Line) -> bool:
    """A line that holds a date and little else: besides the date, only weekday, time-of-day words and
    numbers ("الاربعاء 30 سبتمبر 2020 | 04:08 مساءً"); a sentence that mentions a date is not one."""
    if line.more_words_than(_DATE_LINE_WORDS):
        return False
    # "الأحد 12 يناير 2020 - 10:30 ص | كتب: محمد علي": the byline part does not count against the date
    rest = "|".join(part for part in line.text.split("|") if marker_kind(part) != "byline")
    dates = find_dates(rest)
    if not dates:
        return False
    for d in reversed(dates):
        rest = rest[: d.span.start] + " " + rest[d.span.end :]
    words = [w for w in _WORD_RE.findall(rest) if not w.isdigit() and not _is_time_word(w)]
    return len(words) <= 2


@functools.cache
def _time_words() -> frozenset[str]:
    return frozenset(w for w, kind in grammar().adjuncts.items() if kind == "time") | frozenset(
        fold(w) for w in read_words("clock_words.txt"))


def _is_time_word(word: str) -> bool:
    f = fold(word)
    return f in _time_words() or (len(f) > 2 and f[0] in (WAW, BEH) and f[1:] in _time_words())


def _header_kind(line: Line) -> str | None:
    """Kind of a header line (byline/date), or None if it is not one."""
    kind = marker_kind(line.text)
    if kind in ("published", "updated"):
        return "date"
    if kind == "byline":
        return "byline"
    if _is_date_line(line):
        return "date"
    # "الرياض - واس", "القاهرة - بوابة الأهرام": a city and an outlet or agency alone on a line
    if not line.more_words_than(5) and dateline_match(line.text) and not line.text.rstrip().endswith((".", ":", "\u061f", "!")):
        return "byline"
    return None


def label_lines(text: str) -> tuple[list[Block], Span | None]:
    lines = [ln for ln in lines_of(text)]
    kinds: list[str | None] = [None] * len(lines)
    nonempty = [i for i, ln in enumerate(lines) if not ln.empty]
    if not nonempty:
        return [], None
    first = nonempty[0]
    kinds[first] = "headline"
    if len(nonempty) == 1 and lines[first].more_words_than(_HEADLINE_WORDS):
        kinds[first] = "body"

    # Header: the lines after the headline up to the body.  The body starts at the first line that is long,
    # opens with a city dateline, or follows a header block that ended with a blank line.
    i = first + 1
    header_done = False
    seen_blank = False
    in_block = False
    seen_meta = False
    while i < len(lines) and not header_done:
        ln = lines[i]
        if ln.empty:
            if in_block:
                # A finished header block: the body follows, unless more byline/date lines come first
                # ("الرياض - واس" or a date line on its own after the sub-headline).
                nxt = next((j for j in range(i + 1, len(lines)) if not lines[j].empty), None)
                if nxt is None or _header_kind(lines[nxt]) is None:
                    header_done = True
            seen_blank = True
            i += 1
            continue
        kind = _header_kind(ln)
        if kind is not None:
            kinds[i] = kind
            in_block = True
            seen_meta = True
            i += 1
            continue
        if seen_meta:
            break  # sub-headlines come before the byline and date; after them the body begins
        long_line = ln.more_words_than(_SHORT_LINE_WORDS)
        if long_line or dateline_match(ln.text):
            break
        # A short line in the header area is a sub-headline only if a body paragraph follows later.
        if not any(not lines[j].empty for j in range(i + 1, len(lines))):
            break
        if seen_blank and not in_block:
            # First block after the headline: short lines here are sub-headlines only when the block is
            # followed by a blank line and more text (else it is the body's first short paragraph).
            j = i
            while j < len(lines) and not lines[j].empty:
                j += 1
            block = range(i, j)
            if any(lines[k].more_words_than(_SHORT_LINE_WORDS) or dateline_match(lines[k].text) for k in block):
                break
            if j >= len(lines) or not any(not lines[k].empty for k in range(j, len(lines))):
                break
        kinds[i] = "subheadline"
        in_block = True
        i += 1
    body_start = i

    # A line's fold is made only where it may equal another's: where their kept marks agree.
    marks = [kept_marks(ln.text) for ln in lines]
    texts: dict[int, str] = {}

    def same(k: int, other: int) -> bool:
        if marks[k] != marks[other]:
            return False
        for j in (k, other):
            if j not in texts:
                texts[j] = fold_line(lines[j].text)
        return texts[k] == texts[other]

    # A headline or sub-headline repeated further down is an image caption.
    header = [first, *(k for k in range(len(lines)) if kinds[k] == "subheadline")]
    # Lines repeated as image captions: the same text twice in a row (blank lines between allowed), or a
    # line that repeats the headline.
    prev: int | None = None
    for k in range(first + 1, len(lines)):
        if lines[k].empty:
            continue
        same_as_prev = prev is not None and same(k, prev)
        if same_as_prev or (kinds[k] is None and any(same(k, h) for h in header)):
            if kinds[k] in (None, "subheadline"):
                kinds[k] = "caption"
            if same_as_prev and kinds[prev] in (None, "subheadline"):  # type: ignore[index]
                kinds[prev] = "caption"  # type: ignore[index]
        prev = k

    # Body: related-article lists and boilerplate markers.
    k = body_start
    while k < len(lines):
        ln = lines[k]
        if ln.empty or kinds[k] is not None:
            k += 1
            continue
        if _LONE_DASH_RE.match(ln.text):
            kinds[k] = "related"
            # The line after a lone dash is a related headline: short, and not a finished sentence.
            nxt = next((j for j in range(k + 1, len(lines)) if not lines[j].empty), None)
            if nxt is not None and not lines[nxt].more_words_than(_RELATED_WORDS) and not _LONE_DASH_RE.match(lines[nxt].text) \
                    and not lines[nxt].text.rstrip().endswith("."):
                kinds[nxt] = "related"
                k = nxt + 1
            else:
                k += 1
            continue
        marker = marker_kind(ln.text)
        if marker == "link":
            kinds[k] = "boilerplate"  # "رابط الخبر بصحيفة الوئام: <the headline again>", however long
            k += 1
            continue
        if marker == "related" and not ln.more_words_than(6):
            kinds[k] = "boilerplate"
            j = k + 1
            while j < len(lines):
                if not lines[j].empty:
                    # A related headline is short and unfinished; a finished sentence is the body resuming.
                    if lines[j].more_words_than(_RELATED_WORDS) or lines[j].text.rstrip().endswith((".", "\u061f", "!")):
                        break
                    kinds[j] = "boilerplate"
                j += 1
            k = j
            continue
        kinds[k] = "body"
        k += 1

    # A wire sign-off closing the story: "وام/مريم الحمادي/أحمد النجار", "(أ ف ب)".
    last = next((j for j in range(len(lines) - 1, body_start - 1, -1) if not lines[j].empty), None)
    if last is not None and kinds[last] == "body" and not lines[last].more_words_than(8) and is_signoff(lines[last].text):
        kinds[last] = "byline"

    blocks = [Block(kind, ln.span) for ln, kind in zip(lines, kinds) if kind is not None and not ln.empty]  # type: ignore[arg-type]
    dateline = None
    body = [b for b in blocks if b.kind == "body"]
    if body:
        m = dateline_match(body[0].span.of(text))
        if m:
            dateline = Span(body[0].span.start + m.start("city"), body[0].span.start + m.end("city"))
    return blocks, dateline

