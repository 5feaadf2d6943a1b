"""Rendering a :class:`~claimtrack.compare.Comparison`: one self-contained HTML file, Markdown, JSON.

The HTML report needs no network: styles, the source-mix chart (inline SVG) and a few lines of script are
inside the file.  It is right-to-left (``dir="rtl" lang="ar"``) and every text from the articles is escaped.
For each claim cluster the outlets stand side by side, each quote in its sentence with the cue, source and
content highlighted, and the marks between claims (contradicts, agrees, clarifies, framing) below them.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

from .compare import ANONYMOUS, DOCUMENT, NAMED, Comparison, Reporting
from .models import Attribution
from .models import shorten
from .records import attribution_to_dict, cluster_to_dict, mark_to_dict

__all__ = ["comparison_to_json", "render_html", "render_markdown"]

_KIND_AR = {"contradicts": "تناقض", "agrees": "توافق", "clarifies": "توضيح", "framing": "اختلاف في الصياغة"}
_QUOTE_AR = {"direct": "اقتباس مباشر", "indirect": "غير مباشر", "mixed": "مختلط"}
_SOURCE_AR = {"person": "شخص", "official": "مسؤول", "organization": "جهة", "anonymous": "مجهول",
              "document": "وثيقة", "media": "وسيلة إعلام", "collective": "جماعة", "unknown": "غير معروف"}
_MIX = (("named", "مسمّى", "#2f6f8f"), ("anonymous", "مجهول", "#c2703d"), ("document", "وثيقة", "#6b8f3a"),
        ("other", "غير ذلك", "#9a9a9a"))


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def comparison_to_json(c: Comparison) -> dict:
    """The document printed by ``claimtrack compare --format json``."""
    return {
        "articles": [{"id": a.id, "outlet": a.outlet, "published": a.published.isoformat() if a.published else None,
                      "headline": a.headline, "credit": a.credit, "path": a.path} for a in c.corpus.articles],
        "attributions": [attribution_to_dict(a) for a in c.corpus.attributions],
        "clusters": [cluster_to_dict(cl) for cl in c.corpus.clusters],
        "contradictions": [mark_to_dict(m, list(c.unanswered_in(m))) for m in c.marks],
        "outlets": [row.as_dict() for row in c.outlets],
    }


def _highlighted(a: Attribution, text: str) -> str:
    """The attribution's sentence as HTML with cue, source, content and hedges marked."""
    start, end = a.sentence.start, a.sentence.end
    parts = [(a.cue.span, "cue"), (a.source.span, "source"), (a.content.span, "content")]
    parts += [(h.span, "hedge") for h in a.hedges] + [(v.span, "via") for v in a.source.via]
    chosen: list[tuple[int, int, str]] = []
    for span, cls in parts:
        if span.start < start or span.end > end or span.start == span.end:
            continue  # a resolved source stands in an earlier sentence
        if any(span.start < e and s < span.end for s, e, _ in chosen):
            continue
        chosen.append((span.start, span.end, cls))
    chosen.sort()
    out, pos = [], start
    for s, e, cls in chosen:
        out.append(_e(text[pos:s]))
        tag = "mark" if cls == "cue" else "span"
        out.append(f'<{tag} class="{cls}" title="{_e(cls)}">{_e(text[s:e])}</{tag}>')
        pos = e
    out.append(_e(text[pos:end]))
    return "".join(out)


def _quote(a: Attribution, text: str, referenced: Attribution | None) -> str:
    caption = [f'<span class="stance">{_e(a.cue.lemma)} · {_e(a.cue.stance)}</span>',
               f'<span class="qtype">{_e(_QUOTE_AR.get(a.quote, a.quote))}</span>',
               f'<span class="skind">{_e(_SOURCE_AR.get(a.source.kind, a.source.kind))}: {_e(a.source.text or "-")}</span>']
    if a.hedges:
        caption.append('<span class="hedged">تحفّظ: ' + "، ".join(_e(h.text) for h in a.hedges) + "</span>")
    if referenced is not None:
        caption.append(f'<span class="refers">«ذلك» = {_e(referenced.content.text)}</span>')
    return (f'<figure class="quote" id="q-{_e(a.id)}" data-attribution="{_e(a.id)}">'
            f'<blockquote>{_highlighted(a, text)}</blockquote>'
            f'<figcaption><span class="aid">{_e(a.id)}</span> {" ".join(caption)}</figcaption></figure>')


def _column(r: Reporting, texts: dict[str, str], by_id: dict[str, Attribution]) -> str:
    quotes = "".join(_quote(a, texts[a.article], by_id.get(a.content.refers_to or "")) for a in r.attributions)
    missing = ""
    if r.without_counter:
        ids = "، ".join(_e(x) for x in dict.fromkeys(r.without_counter))
        missing = f'<p class="badge missing-counter">نقل الادعاء دون النفي أو الرواية المقابلة ({ids})</p>'
    return (f'<div class="outlet-column" data-outlet="{_e(r.outlet)}"><h3><bdi>{_e(r.outlet)}</bdi></h3>'
            f'{missing}{quotes}</div>')


def _mix(row) -> dict[str, float]:
    other = max(0.0, 1.0 - row.named - row.anonymous - row.document)
    return {"named": row.named, "anonymous": row.anonymous, "document": row.document, "other": other}


def _chart(c: Comparison) -> str:
    """Stacked bars of the source mix per outlet, as inline SVG (right to left, like the page)."""
    bar_w, row_h, label_w = 420, 26, 190
    height = row_h * len(c.outlets) + 40
    width = bar_w + label_w + 20
    # Coordinates are laid out left to right (direction:ltr) so text anchors mean what they say; the bars
    # still read from the right, like the page.
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" style="direction:ltr" role="img" aria-label="مزيج المصادر حسب المنفذ">']
    for i, row in enumerate(c.outlets):
        y = 10 + i * row_h
        x: float = width - label_w  # bars grow from the right edge of the bar area leftwards
        parts.append(f'<text x="{width - 5}" y="{y + 14}" text-anchor="end" class="chart-label">{_e(row.outlet)}</text>')
        for key, label, color in _MIX:
            w = round(_mix(row)[key] * bar_w, 1)
            if w <= 0:
                continue
            x -= w
            parts.append(f'<rect class="bar bar-{key}" x="{x}" y="{y}" width="{w}" height="{row_h - 8}" fill="{color}">'
                         f'<title>{_e(row.outlet)}: {_e(label)} {round(_mix(row)[key] * 100)}%</title></rect>')
    ly = height - 12
    lx = width - label_w
    for key, label, color in _MIX:
        parts.append(f'<rect x="{lx - 12}" y="{ly - 10}" width="12" height="12" fill="{color}"/>'
                     f'<text x="{lx - 18}" y="{ly}" text-anchor="end" class="legend">{_e(label)}</text>')
        lx -= 105
    parts.append("</svg>")
    return "".join(parts)


_KIND_ORDER = ("contradicts", "clarifies", "framing", "agrees")
_LINK_AR = {"contradicts": "يناقضه", "agrees": "يوافقه", "clarifies": "يوضّحه", "framing": "يصوغه بتحفّظ"}


def _claim_of(a: Attribution, by_id: dict[str, Attribution]) -> str:
    ref = by_id.get(a.content.refers_to or "")
    return ref.content.text if ref is not None else a.content.text


def _mark(m, by_id: dict[str, Attribution]) -> str:
    """One mark, in Arabic: «claim» — who (where) ⟷ «claim» — who (where), and the evidence."""
    a, b = by_id[m.a], by_id[m.b]

    def side(att: Attribution) -> str:
        verb = "ينفي" if att.cue.stance == "deny" else "يقول"
        return (f'<a href="#q-{_e(att.id)}">{_e(att.source.text or "مصدر غير مسمّى")}</a> '
                f'<span class="aid">({_e(att.id)})</span> {verb} «{_e(shorten(_claim_of(att, by_id), 14))}»')

    evidence = "، ".join(_e(e.a.text if e.a else e.b.text if e.b else e.note) for e in m.evidence
                         if e.kind != "agreement" and (e.a or e.b or e.note))
    return (f'<li class="mark mark-{_e(m.kind)}" data-a="{_e(m.a)}" data-b="{_e(m.b)}" title="{_e(m.explanation)}">'
            f'<span class="kind">{_e(_KIND_AR[m.kind])}</span>{side(a)}؛ {_LINK_AR[m.kind]} {side(b)}'
            + (f' <span class="evidence">[{evidence}]</span>' if evidence else "") + "</li>")


def _outlet_table(c: Comparison) -> str:
    head = ("المنفذ", "مقالات", "كلمات", "إسنادات", "لكل 1000 كلمة", "مصادر مسمّاة", "مجهولة", "وثائق",
            "اقتباس مباشر", "تحفّظ", "ادعاءات دون الرواية المقابلة")
    rows = []
    for r in c.outlets:
        cells = (r.outlet, r.articles, r.words, r.attributions, r.per_1000_words, f"{r.named:.0%}", f"{r.anonymous:.0%}",
                 f"{r.document:.0%}", f"{r.direct:.0%}", f"{r.hedged:.0%}", r.without_counter)
        rows.append("<tr>" + "".join(f"<td><bdi>{_e(x)}</bdi></td>" for x in cells) + "</tr>")
    return ('<table class="outlets"><thead><tr>' + "".join(f"<th>{_e(h)}</th>" for h in head)
            + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


_CSS = """
body{font-family:"Noto Naskh Arabic","Amiri","DejaVu Sans",Arial,sans-serif;margin:0;padding:1.5rem;background:#fafaf7;color:#222;line-height:1.7}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.25rem;margin:.2rem 0}h3{font-size:1.05rem;margin:.2rem 0 .5rem}
header p,.meta{color:#555;font-size:.92rem}
table.outlets{border-collapse:collapse;margin:1rem 0;font-size:.9rem;background:#fff}
table.outlets th,table.outlets td{border:1px solid #ccc;padding:.3rem .5rem;text-align:center}
table.outlets th{background:#eef2f4}
.cluster{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem;margin:1.2rem 0}
.columns{display:grid;gap:1rem}
.outlet-column{border-top:4px solid #2f6f8f;padding-top:.4rem;min-width:0}
.quote{margin:.5rem 0 1rem;border-inline-start:3px solid #ddd;padding-inline-start:.6rem}
blockquote{margin:0}
mark.cue{background:#ffe08a;padding:0 .15rem;border-radius:3px}
span.source{background:#d6ecf7;border-radius:3px}
span.content{background:#e9f5e1;border-radius:3px}
span.hedge{background:#f8d7da;border-radius:3px}
span.via{text-decoration:underline dotted}
figcaption{font-size:.8rem;color:#555;display:flex;flex-wrap:wrap;gap:.6rem;margin-top:.2rem}
.aid{direction:ltr;unicode-bidi:isolate;color:#888}
.badge{display:inline-block;font-size:.82rem;border-radius:4px;padding:.1rem .5rem}
.missing-counter{background:#fdecea;color:#a12a1c;border:1px solid #f1b0a8}
.marks{list-style:none;padding:0;margin:.8rem 0 0;border-top:1px dashed #bbb}
.mark{padding:.35rem .5rem;margin:.3rem 0;border-radius:4px;font-size:.88rem}
.mark-contradicts{background:#fdecea;border-inline-start:4px solid #c0392b}
.mark-agrees{background:#eaf7ee;border-inline-start:4px solid #27ae60}
.mark-clarifies{background:#eaf1fb;border-inline-start:4px solid #2e6fd8}
.mark-framing{background:#fff6e0;border-inline-start:4px solid #e0a100}
.kind{font-weight:bold;margin-inline-end:.4rem}
.evidence{color:#a12a1c;font-size:.82rem}
details summary{cursor:pointer;color:#27ae60;font-size:.88rem}
.chart .chart-label,.chart .legend{font-size:12px}
footer{color:#777;font-size:.8rem;margin-top:2rem}
"""

# Records what the browser actually laid out, so a headless test can read it from the DOM.
_SCRIPT = """
document.addEventListener("DOMContentLoaded", function () {
  function shown(sel) { return Array.prototype.filter.call(document.querySelectorAll(sel),
    function (el) { var r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length; }
  document.body.setAttribute("data-rendered", JSON.stringify({
    clusters: shown(".cluster"), cues: shown("mark.cue"), sources: shown("span.source"),
    contents: shown("span.content"), contradictions: shown(".mark-contradicts"),
    missing: shown(".missing-counter"), bars: shown("svg.chart rect.bar")}));
});
"""


def render_html(c: Comparison, *, title: str = "مقارنة تغطية المنافذ للادعاءات") -> str:
    """The comparison as one self-contained HTML document (no network, right to left, escaped)."""
    texts = {a.id: a.text for a in c.corpus.articles}
    by_id = {a.id: a for a in c.corpus.attributions}
    n_contra = sum(m.kind == "contradicts" for m in c.marks)
    sections = []
    for view in c.clusters:
        cols = "".join(_column(r, texts, by_id) for r in view.reportings)
        ordered = sorted(view.marks, key=lambda m: _KIND_ORDER.index(m.kind))
        main = "".join(_mark(m, by_id) for m in ordered if m.kind != "agrees")
        agreeing = [m for m in ordered if m.kind == "agrees"]
        marks = main + (f'<li><details><summary>{len(agreeing)} توافقات</summary><ul class="marks">'
                        + "".join(_mark(m, by_id) for m in agreeing) + "</ul></details></li>" if agreeing else "")
        cl = view.cluster
        sections.append(
            f'<article class="cluster" id="{_e(cl.id)}" data-cluster="{_e(cl.id)}"><h2>{_e(cl.label)}</h2>'
            f'<p class="meta">{len(cl.claims)} إسنادات في {len(cl.articles)} مقالات · المنافذ: {"، ".join(f"<bdi>{_e(o)}</bdi>" for o in cl.outlets)}</p>'
            f'<div class="columns" style="grid-template-columns:repeat({max(1, len(view.reportings))},minmax(0,1fr))">{cols}</div>'
            + (f'<ul class="marks">{marks}</ul>' if marks else "") + "</article>")
    generated = dt.date.today().isoformat()
    return (
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1><p>{len(c.corpus.articles)} مقالات · {len(c.outlets)} منافذ · "
        f"{len(c.clusters)} ادعاءات معروضة · {n_contra} تناقضات</p></header>\n"
        f'<section id="outlets"><h2>المنافذ</h2>{_outlet_table(c)}<figure>{_chart(c)}'
        "<figcaption>مزيج المصادر: مسمّاة، مجهولة، وثائق</figcaption></figure></section>\n"
        f'<section id="clusters">{"".join(sections)}</section>\n'
        f"<footer>claimtrack · {generated}</footer>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(c: Comparison) -> str:
    """The comparison as Markdown: the outlet table, then each claim with its outlets and marks."""
    lines = ["# مقارنة تغطية المنافذ", "", "| المنفذ | إسنادات | لكل 1000 كلمة | مسمّاة | مجهولة | وثائق | مباشر | تحفّظ | دون الرواية المقابلة |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in c.outlets:
        lines.append(f"| {_md(row.outlet)} | {row.attributions} | {row.per_1000_words} | {row.named:.0%} | {row.anonymous:.0%} | "
                     f"{row.document:.0%} | {row.direct:.0%} | {row.hedged:.0%} | {row.without_counter} |")
    for view in c.clusters:
        lines += ["", f"## {_md(view.cluster.label)}", ""]
        for r in view.reportings:
            lines.append(f"- **{_md(r.outlet)}**: " + "; ".join(
                f"{_md(a.source.text or '-')} [{a.source.kind}] — {_md(a.cue.text)} ({a.cue.stance}, {a.quote})"
                + (f", تحفّظ: {_md('، '.join(h.text for h in a.hedges))}" if a.hedges else "")
                for a in r.attributions)
                + (" — **دون الرواية المقابلة**" if r.without_counter else ""))
        for m in view.marks:
            lines.append(f"  - {_KIND_AR[m.kind]} ({m.kind}): `{m.a}` ⟷ `{m.b}` — {_md(m.explanation)}")
    return "\n".join(lines) + "\n"


def text_rows(c: Comparison) -> Iterable[tuple[str, str, str, str, str]]:
    """Rows for the terminal table: cluster, outlet, sources, cues and quotes, counter-claim."""
    for view in c.clusters:
        for r in view.reportings:
            yield (view.cluster.id, r.outlet, "، ".join(r.sources), " ".join(r.cues) + " · " + "/".join(r.quotes),
                   "omits counter-claim" if r.without_counter else "")
