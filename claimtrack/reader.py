"""Reading news articles: a file or a string becomes an :class:`~claimtrack.models.Article`.

The reader keeps the text exactly as decoded (leading BOM dropped, line endings kept) and labels each line:
the headline (first non-empty line), sub-headlines, byline and date lines, boilerplate (related-article
lists, "موضوعات ذات صلة", "اقرأ أيضا", image captions that repeat a line), and body paragraphs.  It parses
the publication date ("نشر من طرف ... في السبت 30 ماي 2020 - 12:31", "تاريخ النشر: 25 يونيو 2020") and a
city dateline at the start of the body ("واشنطن - قال ...").
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path

import attrs
import regex

from .dates import find_dates, parse_date
from .errors import InputError
from .lexicon import check_choice, read_rows, read_words
from .models import Article, Block
from .normalize import fold
from .spans import Span

__all__ = ["parse_article", "read_article", "read_outlets", "read_text"]

# A sub-headline or a line of a related-article list is short; a body paragraph usually is not.
_SHORT_LINE_WORDS = 25
# A related-article headline between lone dashes is short.
_RELATED_WORDS = 16
# A date line holds a date and little else ("الاربعاء 30 سبتمبر 2020 | 04:08 مساءً").
_DATE_LINE_WORDS = 12
_LONE_DASH_RE = regex.compile(r"^\s*[-\u2013\u2014*\u2022\u00b7]+\s*$")
# "واشنطن - قال ...", "الرياض (واس) -", "طرابلس – ": one to three words, then a dash, at the start of the body.
# "واشنطن - ", "جنيف (أ ف ب) - ", and the wire form with a date: "الدوحة، 15 أكتوبر (أنباء البحر الأحمر) - ".
_CITY_DATELINE_RE = regex.compile(
    r"^\s*(?P<city>[\p{Arabic}\p{Mn}]+(?:\s[\p{Arabic}\p{Mn}]+){0,2})\s*"
    r"(?:[\u060c,]\s*\d{1,2}\s+(?P<month>[\p{Arabic}]+)(?:\s*/\s*[\p{Arabic}]+)?(?:\s+\d{4})?\s*)?"
    r"(?:\([^)\n]{1,30}\)\s*)?[-\u2013\u2014]\s")


def _dateline_match(line: str) -> "regex.Match[str] | None":
    """A city dateline at the start of ``line``; a date in it must name a month ("قال الوزير، 12 مرة - " is
    no dateline)."""
    from .dates import _months

    m = _CITY_DATELINE_RE.match(line)
    if m is not None and m.group("month") is not None and fold(m.group("month")) not in _months():
        return None
    return m
_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_MARKER_KINDS = frozenset({"byline", "byline_colon", "published", "updated", "related"})


def read_text(path: "str | os.PathLike[str]") -> str:
    """The text of ``path`` decoded from UTF-8, leading BOM dropped, line endings kept.

    Raises :class:`InputError` naming the file for a missing file, a directory, bytes that are not UTF-8
    (with the byte offset) and an empty file.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as err:
        raise InputError(f"{p}: no such file") from err
    except IsADirectoryError as err:
        raise InputError(f"{p}: is a directory, not an article file") from err
    except PermissionError as err:
        raise InputError(f"{p}: permission denied") from err
    except OSError as err:
        raise InputError(f"{p}: cannot be read: {err.strerror or err}") from err
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{p}: not valid UTF-8 at byte {err.start} (0x{data[err.start]:02x}); save the file as UTF-8"
        ) from err
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{p}: the file is empty" if not text else f"{p}: the file holds only whitespace")
    return text


def read_article(
    path: "str | os.PathLike[str]",
    *,
    id: str | None = None,
    outlet: str | None = None,
    published: "dt.date | str | None" = None,
) -> Article:
    """Read the article file at ``path``; its id is the file stem unless ``id`` is given."""
    p = Path(path)
    return parse_article(read_text(p), id=id or p.stem, outlet=outlet, published=published, path=str(p))


@functools.cache
def _markers() -> tuple[tuple[str, str], ...]:
    rows = read_rows("article_markers.tsv", 2)
    markers = [(fold(r[0]), check_choice("article_markers.tsv", r, r[1], _MARKER_KINDS)) for r in rows]
    return tuple(sorted(markers, key=lambda m: -len(m[0])))


def _marker_kind(line: str) -> str | None:
    folded = fold(line.strip())
    for marker, kind in _markers():
        if folded.startswith(marker) and (len(folded) == len(marker) or not folded[len(marker)].isalpha()):
            if kind == "byline_colon":  # "تقرير: ليلى عبد الصمد", not "تقرير صادر عن البرنامج يقول ..."
                if folded[len(marker):].lstrip().startswith(":") and len(folded.split()) <= 5:
                    return "byline"
                continue
            return kind
    return None


@attrs.frozen
class _Line:
    span: Span  # the line without its line ending and surrounding whitespace
    text: str

    @property
    def empty(self) -> bool:
        return not self.text

    @property
    def words(self) -> int:
        return len(_WORD_RE.findall(self.text))


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    for m in regex.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if m.start() == len(text) and m.end() == len(text) and lines:
            break
        raw = Span(m.start(), m.end()).strip(text)
        lines.append(_Line(raw, raw.of(text)))
    return lines


def _is_date_line(line: _Line) -> bool:
    """A line that holds a date and little else: besides the date, only weekday, time-of-day words and
    numbers ("الاربعاء 30 سبتمبر 2020 | 04:08 مساءً"); a sentence that mentions a date is not one."""
    if line.words > _DATE_LINE_WORDS:
        return False
    # "الأحد 12 يناير 2020 - 10:30 ص | كتب: محمد علي": the byline part does not count against the date
    rest = "|".join(part for part in line.text.split("|") if _marker_kind(part) != "byline")
    dates = find_dates(rest)
    if not dates:
        return False
    for d in reversed(dates):
        rest = rest[: d.span.start] + " " + rest[d.span.end :]
    words = [w for w in _WORD_RE.findall(rest) if not w.isdigit() and not _is_time_word(w)]
    return len(words) <= 2


@functools.cache
def _time_words() -> frozenset[str]:
    from .lexicon.grammar import grammar

    return frozenset(w for w, kind in grammar().adjuncts.items() if kind == "time") | frozenset(
        fold(w) for w in read_words("clock_words.txt"))


def _is_time_word(word: str) -> bool:
    f = fold(word)
    return f in _time_words() or (len(f) > 2 and f[0] in "\u0648\u0628" and f[1:] in _time_words())


def _header_kind(line: _Line) -> str | None:
    """Kind of a header line (byline/date), or None if it is not one."""
    kind = _marker_kind(line.text)
    if kind in ("published", "updated"):
        return "date"
    if kind == "byline":
        return "byline"
    if _is_date_line(line):
        return "date"
    # "الرياض - واس", "القاهرة - بوابة الأهرام": a city and an outlet or agency alone on a line
    if line.words <= 5 and _dateline_match(line.text) and not line.text.rstrip().endswith((".", ":", "\u061f", "!")):
        return "byline"
    return None


def _label(text: str) -> tuple[list[Block], Span | None]:
    lines = [ln for ln in _lines(text)]
    kinds: list[str | None] = [None] * len(lines)
    nonempty = [i for i, ln in enumerate(lines) if not ln.empty]
    if not nonempty:
        return [], None
    first = nonempty[0]
    kinds[first] = "headline"

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
        long_line = ln.words > _SHORT_LINE_WORDS
        if long_line or _dateline_match(ln.text):
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
            if any(lines[k].words > _SHORT_LINE_WORDS or _dateline_match(lines[k].text) for k in block):
                break
            if j >= len(lines) or not any(not lines[k].empty for k in range(j, len(lines))):
                break
        kinds[i] = "subheadline"
        in_block = True
        i += 1
    body_start = i

    headline_key = fold(lines[first].text)
    texts = [fold(ln.text) for ln in lines]
    # A headline or sub-headline repeated further down is an image caption.
    header_keys = {headline_key} | {texts[k] for k in range(len(lines)) if kinds[k] == "subheadline"}
    # Lines repeated as image captions: the same text twice in a row (blank lines between allowed), or a
    # line that repeats the headline.
    prev: int | None = None
    for k in range(first + 1, len(lines)):
        if lines[k].empty:
            continue
        if (texts[k] in header_keys and kinds[k] is None) or (prev is not None and texts[k] == texts[prev]):
            if kinds[k] in (None, "subheadline"):
                kinds[k] = "caption"
            if prev is not None and texts[prev] == texts[k] and kinds[prev] in (None, "subheadline"):
                kinds[prev] = "caption"
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
            if nxt is not None and lines[nxt].words <= _RELATED_WORDS and not _LONE_DASH_RE.match(lines[nxt].text) \
                    and not lines[nxt].text.rstrip().endswith("."):
                kinds[nxt] = "related"
                k = nxt + 1
            else:
                k += 1
            continue
        if _marker_kind(ln.text) == "related" and ln.words <= 6:
            kinds[k] = "boilerplate"
            j = k + 1
            while j < len(lines):
                if not lines[j].empty:
                    # A related headline is short and unfinished; a finished sentence is the body resuming.
                    if lines[j].words > _RELATED_WORDS or lines[j].text.rstrip().endswith((".", "\u061f", "!")):
                        break
                    kinds[j] = "boilerplate"
                j += 1
            k = j
            continue
        kinds[k] = "body"
        k += 1

    # A wire sign-off closing the story: "وام/مريم الحمادي/أحمد النجار", "(أ ف ب)".
    last = next((j for j in range(len(lines) - 1, body_start - 1, -1) if not lines[j].empty), None)
    if last is not None and kinds[last] == "body" and lines[last].words <= 8 and _is_signoff(lines[last].text):
        kinds[last] = "byline"

    blocks = [Block(kind, ln.span) for ln, kind in zip(lines, kinds) if kind is not None and not ln.empty]  # type: ignore[arg-type]
    dateline = None
    body = [b for b in blocks if b.kind == "body"]
    if body:
        m = _dateline_match(body[0].span.of(text))
        if m:
            dateline = Span(body[0].span.start + m.start("city"), body[0].span.start + m.end("city"))
    return blocks, dateline


def _agency_key(credit: str) -> str:
    """A credit as the wire table keys it: folded, dots and extra spaces gone ("أ.ف.ب" -> "أ ف ب")."""
    return " ".join(fold(credit).replace(".", " ").split())


def _signoff_agency(line: str) -> str:
    return _agency_key(regex.split(r"[/\\|]", line.strip().strip("()"), maxsplit=1)[0])


def _is_signoff(line: str) -> bool:
    from .lexicon.grammar import grammar

    return _signoff_agency(line) in grammar().wire


_CREDIT_RE = regex.compile(r"\(([^()\n]{1,25})\)|[-\u2013\u2014]\s*([^\n]{1,30})$")


def _credit(text: str, blocks: list[Block]) -> str | None:
    """The wire agency credited in the dateline or a byline: "جنيف (أ ف ب) -", "الرياض - واس"."""
    from .lexicon.grammar import grammar

    wire = grammar().wire
    candidates = [b for b in blocks if b.kind == "byline"] + [b for b in blocks if b.kind == "body"][:1]
    for block in candidates:
        line = block.span.of(text)
        if block.kind == "byline" and _is_signoff(line):
            return wire[_signoff_agency(line)]
        head = line[:60]
        for m in _CREDIT_RE.finditer(head):
            name = _agency_key(m.group(1) or m.group(2))
            if name in wire:
                return wire[name]
    return None


def parse_article(
    text: str,
    *,
    id: str,
    outlet: str | None = None,
    published: "dt.date | str | None" = None,
    path: str | None = None,
    layout: str = "news",
) -> Article:
    """Build an :class:`Article` from ``text`` (see :mod:`claimtrack.reader` for what is recognized).

    ``layout="news"`` (default) finds headline, byline, dates and boilerplate; ``layout="plain"`` takes
    every non-empty line as a body paragraph (for snippets, transcripts and test sentences).
    """
    if layout not in ("news", "plain"):
        raise InputError(f"{path or id}: layout must be 'news' or 'plain', not {layout!r}")
    where = path or f"article {id!r}"
    if not isinstance(text, str):
        raise InputError(f"{where}: text must be a str, got {type(text).__name__}")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{where}: the article is empty")
    try:
        given = parse_date(published)
    except ValueError as err:
        raise InputError(f"{where}: bad published date: {err}") from err
    if layout == "plain":
        blocks, dateline = [Block("body", ln.span) for ln in _lines(text) if not ln.empty], None
    else:
        blocks, dateline = _label(text)
    found_published: dt.date | None = None
    found_updated: dt.date | None = None
    for block in blocks:
        if block.kind != "date" and block.kind != "byline":
            continue
        line = block.span.of(text)
        dates = find_dates(line)
        if not dates:
            continue
        if _marker_kind(line) == "updated":
            found_updated = found_updated or dates[0].date
        else:
            found_published = found_published or dates[0].date
    return Article(
        id=id,
        text=text,
        blocks=blocks,
        outlet=outlet,
        published=given or found_published,
        updated=found_updated,
        dateline=dateline,
        path=path,
        credit=_credit(text, blocks),
    )


def read_outlets(path: "str | os.PathLike[str]") -> dict[str, tuple[str | None, "dt.date | None"]]:
    """An outlet mapping: JSON ``{"<article id>": "<outlet>"}`` or ``{"<id>": {"outlet": ..., "published": ...}}``.

    Raises :class:`InputError` naming the file and the entry that is wrong.
    """
    import json

    p = Path(path)
    try:
        data = json.loads(read_text(p))
    except json.JSONDecodeError as err:
        raise InputError(f"{p}: not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}") from err
    if not isinstance(data, dict):
        raise InputError(f"{p}: expected a JSON object mapping article ids to outlets, found {type(data).__name__}")
    mapping: dict[str, tuple[str | None, dt.date | None]] = {}
    for key, value in data.items():
        if isinstance(value, str):
            mapping[key] = (value, None)
        elif isinstance(value, dict) and set(value) <= {"outlet", "published"}:
            try:
                published = parse_date(value.get("published"))
            except ValueError as err:
                raise InputError(f"{p}: entry {key!r}: bad published date: {err}") from err
            outlet = value.get("outlet")
            if outlet is not None and not isinstance(outlet, str):
                raise InputError(f"{p}: entry {key!r}: outlet must be a string")
            mapping[key] = (outlet, published)
        else:
            raise InputError(f"{p}: entry {key!r} must be an outlet name or an object with 'outlet' and 'published'")
    return mapping
