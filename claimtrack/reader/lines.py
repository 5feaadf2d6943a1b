"""Where a record file's records are: its lines (cut at CR LF, LF or CR only), a CSV's delimiter, the line each
item of a JSON list starts on, and why :func:`json.loads` refused a text that is no syntax error.  Used by
:mod:`.records` (and ``relate --pairs``) to name a bad record by its line."""

from __future__ import annotations

import re

__all__ = ["csv_delimiter", "json_refusal", "object_lines", "split_lines"]

_LINE_END_RE = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """The lines of ``text``, split at CR LF, LF or a lone CR only.  Not :meth:`str.splitlines`, which also splits
    at U+2028 LINE SEPARATOR, U+0085 NEXT LINE and the like: JSON leaves them unescaped inside a string (text
    copied from a web page holds U+2028), and a JSON line cut there is a record lost."""
    lines = _LINE_END_RE.split(text)
    return lines[:-1] if lines and not lines[-1] else lines


def csv_delimiter(text: str) -> str:
    """The CSV delimiter: a comma, unless the header holds none but semicolons or tabs (spreadsheets saved in
    an Arabic or European locale separate their cells with ";")."""
    end = text.find("\n")
    header = text if end < 0 else text[:end]
    if "," in header:
        return ","
    return ";" if ";" in header else "\t" if "\t" in header else ","


def json_refusal(err: Exception) -> str:
    """Why :func:`json.loads` refused a text in another way than a syntax error: JSON nested too deeply for
    Python's parser, or a number of more digits than Python converts (4,300)."""
    if isinstance(err, RecursionError):
        return "not valid JSON: nested too deeply"
    return f"not valid JSON: {str(err).split(';')[0]}"


def object_lines(text: str, count: int) -> list[int]:
    """The line each top-level item of a JSON list starts on (1 for the rest when it cannot be told)."""
    lines: list[int] = []
    depth = 0
    expect = False  # at depth 1, after "[" or ",": the next non-space character opens an item
    line = 1
    for m in _JSON_TOKEN_RE.finditer(text):
        tok = m.group()
        if tok == "\n":
            line += 1
            continue
        if tok[0] == '"':
            line += tok.count("\n")
        if depth == 1 and expect and tok not in ("]", ","):
            lines.append(line)
            expect = False
        if tok in "[{":
            depth += 1
            expect = depth == 1
        elif tok in "]}":
            depth -= 1
        elif tok == "," and depth == 1:
            expect = True
    return lines[:count] + [1] * (count - len(lines))


_JSON_TOKEN_RE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},\n]|[^\s"\[\]{},]+')
