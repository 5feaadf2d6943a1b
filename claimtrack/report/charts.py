"""The report's charts, as inline SVG: each outlet's mix of sources, and each story's time axis.

Figures are written out as text next to the shapes (a reader on a phone cannot hover), and the SVG scales to
its box: the source-mix bars stretch to the width, the time axis keeps its proportions and scrolls inside
its box on a narrow screen.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

import attrs

from ..models import Attribution
from .labels import Labels

__all__ = ["MIX", "TimePoint", "mix_of", "source_mix_chart", "time_axis"]

# Source kinds -> the five groups of the source-mix chart, in the order the bars show them.
MIX: tuple[tuple[str, frozenset[str], str], ...] = (
    ("named", frozenset({"person", "organization", "media"}), "#2f6f8f"),
    ("official", frozenset({"official"}), "#5a4f9c"),
    ("anonymous", frozenset({"anonymous", "collective"}), "#c2703d"),
    ("document", frozenset({"document"}), "#6b8f3a"),
    ("other", frozenset(), "#9a9a9a"),
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def mix_of(attributions: Iterable[Attribution]) -> dict[str, int]:
    """How many of ``attributions`` cite each group of sources (named, official, anonymous, document, other)."""
    counts = {key: 0 for key, _, _ in MIX}
    for a in attributions:
        kind = a.source.kind if a.source.text else ""
        counts[next((key for key, kinds, _ in MIX if kind in kinds), "other")] += 1
    return counts


def source_mix_chart(rows: Sequence[tuple[str, dict[str, int]]], t: Labels) -> str:
    """One row per outlet: its name and number of attributions, a stacked bar (inline SVG, read from the
    right like the page) and the share of each group written out."""
    out = ['<div class="mix">']
    for outlet, counts in rows:
        total = sum(counts.values())
        bars, figures, x = [], [], 100.0
        for key, _, color in MIX:
            n = counts[key]
            if not n:
                continue
            share = n / total
            w = round(share * 100, 2)
            x = round(x - w, 2)
            label = f"{t('mix.' + key)} {t.share(share)}"
            bars.append(f'<rect class="bar bar-{key}" x="{x}" y="0" width="{w}" height="10" fill="{color}">'
                        f"<title>{_e(outlet)}: {_e(label)}</title></rect>")
            figures.append(f'<span class="fig"><i style="background:{color}"></i>{_e(label)}</span>')
        out.append(f'<div class="mix-row" data-o="|{_e(outlet)}|"><div class="mix-name"><bdi>{_e(outlet)}</bdi> '
                    f'<small>{_e(t.count(total, "attribution"))}</small></div>'
                    f'<svg class="chart" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" '
                    f'aria-label="{_e(outlet)}">{"".join(bars)}</svg>'
                    f'<div class="mix-figures">{"".join(figures)}</div></div>')
    out.append("</div>")
    return "".join(out)


@attrs.frozen
class TimePoint:
    """One outlet carrying one claim (numbered in its story) at a time, in the article ``anchor`` links to."""

    outlet: str
    claim: int
    when: dt.datetime
    anchor: str


def _moment(value: "dt.date | dt.datetime") -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def time_axis(points: Sequence[TimePoint], t: Labels) -> str:
    """When each outlet carried each claim of a story: a row per outlet, the claim's number where the
    outlet's article stands on the time axis (earliest on the right, as the page reads).  Empty when
    no article of the story has a date.  The figure around it carries its caption."""
    if not points:
        return ""
    outlets = list(dict.fromkeys(p.outlet for p in sorted(points, key=lambda p: p.when)))
    first, last = min(p.when for p in points), max(p.when for p in points)
    span = (last - first).total_seconds()
    name_w, left, right, row_h, top = 120, 24, 600 - 120 - 24, 26, 22
    width, height = 600, top + row_h * len(outlets) + 10
    with_time = any(isinstance(p.when, dt.datetime) and p.when.time() != dt.time() for p in points)

    def x_of(when: dt.datetime) -> float:
        # Earliest on the right: the axis runs right to left like the page.
        return round(right - (right - left) * ((when - first).total_seconds() / span if span else 0.0), 1)

    def stamp(when: dt.datetime) -> str:
        return t.when(when if with_time else when.date())

    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
             f'<text x="{x_of(first)}" y="12" class="t">{_e(stamp(first))}</text>']
    if span:
        # The latest time stands at the left end, its label running right from the edge.
        parts.append(f'<text x="2" y="12" class="s">{_e(stamp(last))}</text>')
    seen: dict[tuple[int, float], int] = {}
    for row, outlet in enumerate(outlets):
        y = top + row * row_h + row_h / 2
        parts.append(f'<line x1="{left}" x2="{right}" y1="{y}" y2="{y}"/>'
                     f'<text x="{width - 4}" y="{y + 4}" class="l">{_e(outlet)}</text>')
        earliest: dict[int, TimePoint] = {}  # one mark per claim and outlet: when the outlet first carried it
        for p in sorted((p for p in points if p.outlet == outlet), key=lambda p: (p.when, p.claim)):
            earliest.setdefault(p.claim, p)
        for p in sorted(earliest.values(), key=lambda p: (p.when, p.claim)):
            x = x_of(p.when)
            n = seen.get((row, x), 0)  # claims of one article at one moment stand side by side
            seen[(row, x)] = n + 1
            cx = round(x - 17 * n, 1)
            parts.append(f'<circle cx="{cx}" cy="{y}" r="9"/><text x="{cx}" y="{y + 4}" class="n">{_e(t.num(p.claim))}</text>')
    parts.append("</svg>")
    return "".join(parts)
