"""The comparison as one self-contained HTML report a journalist can read on a real archive.

The page opens with a summary (how many articles, outlets, stories and claims; the disputed stories, each
linked to its section; the outlets that carried a claim without its denial), the outlets' figures and
source-mix chart, then the stories, most disputed and most widely carried first, with a contents list,
a search box and filters (outlet, speaker, mark, date).  Each story holds its claims: every distinct
wording once (a wire text reprinted by five outlets is shown once, with the five outlets under it), the
marks between claims, a time axis of who carried what when, and its articles with outlet, headline, date
and time and a link.  Stories beyond the first screen are collapsed (``<details>``).

Everything is inside the file: styles, charts (inline SVG) and a short script; no network.  Every text
from the articles is escaped.  Labels come from ``data/report_labels.tsv`` in Arabic (``lang="ar"``,
right to left) or English (``lang="en"``), counts agree with their number (:mod:`.labels`).

This module is the page's shell: which stories open on the first screen, the anchors of the wordings, the
page around the parts and the list of cited articles.  The parts: :mod:`.overview` (summary, outlets, search
and filters, contents), :mod:`.stories` (claims grouped into stories) and :mod:`.sections` (a story's
section); :mod:`.page` holds what they share.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..compare import Comparison, outlet_of
from ..models import shorten
from ..reader.html import REPORT_MARKER
from .assets import CSS, SCRIPT
from .labels import labels_for
from .overview import render_contents, render_outlets, render_summary, render_tools
from .page import Page, sort_time, time_of
from .page import escape as _e
from .sections import WORDINGS_SHOWN, group_wordings, render_story
from .stories import group_stories

__all__ = ["render_html"]

# How many stories are open when the page loads, and how many claims they may hold between them: the
# first screen; the others are collapsed.
_OPEN_STORIES = 4
_OPEN_CLAIMS = 12


def _articles(p: Page, shown: Iterable[str]) -> str:
    """Every article the stories cite, once: outlet, headline (linked to the url when known), date and time.
    The quotes' outlet chips link here."""
    t = p.t
    lang = ' lang="ar" dir="rtl"' if t.lang != "ar" else ""
    rows = []
    for art in sorted((p.articles[a] for a in shown), key=lambda a: (sort_time(a), outlet_of(a), a.id)):
        headline = shorten(art.headline or art.text, 10) or t("article.no_headline")
        cell = f'<a href="{_e(art.url)}">{_e(headline)}</a>' if art.url else _e(headline)
        rows.append(f'<tr id="{p.article_anchor(art.id)}" data-article="{_e(art.id)}">'
                    f"<td><bdi>{_e(outlet_of(art))}</bdi></td><td{lang}>{cell}</td>"
                    f'<td class="when">{_e(t.when(time_of(art)))}</td></tr>')
    return (f'<section id="articles"><h2>{_e(t("story.articles"))} ({_e(t.num(len(rows)))})</h2>'
            f'<div class="tablebox"><table class="articles"><thead><tr><th>{_e(t("table.outlet"))}</th>'
            f'<th>{_e(t("table.headline"))}</th><th>{_e(t("table.time"))}</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def render_html(c: Comparison, *, title: str | None = None, lang: str = "ar", digits: str = "latin") -> str:
    """The comparison as one self-contained HTML document (no network, escaped).

    ``lang`` is ``"ar"`` (right to left, Arabic labels) or ``"en"`` (English labels; the articles' text
    stays Arabic, right to left); ``digits`` is ``"latin"`` (0-9) or ``"arabic-indic"`` (٠-٩) for the
    report's own figures (the articles' text is shown as written).
    """
    t = labels_for(lang, digits)
    title = title if title is not None else t("title")
    p = Page(c, t)
    stories = group_stories(c, p.articles, p.by_id)
    # The first screen: the first stories, open, with every wording in full.
    opened, claims = set(), 0
    for i, s in enumerate(stories[:_OPEN_STORIES]):
        if i == 0 or claims + len(s.views) <= _OPEN_CLAIMS:
            opened.add(s.anchor)
            claims += len(s.views)
    # Anchors first, so that a mark can link to a wording in a story rendered later.
    n = 0
    for s in stories:
        shown = None if s.anchor in opened else WORDINGS_SHOWN
        for v in s.views:
            p.wordings[v.cluster.id] = group_wordings(p, v)
            for i, (_, _, atts) in enumerate(p.wordings[v.cluster.id]):
                n += 1
                for a in atts:  # a wording not shown in full is found in its claim's section
                    p.quote_anchor[a.id] = f"q{n}" if shown is None or i < shown else v.cluster.id
    sections = [render_story(p, s, s.anchor in opened) for s in stories]
    direction = "rtl" if lang == "ar" else "ltr"
    head = " · ".join([t.count(len(c.corpus.articles), "article"), t.count(len(c.outlets), "outlet"),
                       t.count(len(stories), "story"), t.count(len(c.clusters), "claim")])
    return (
        f'<!DOCTYPE html>\n<html dir="{direction}" lang="{lang}">\n<head>\n<meta charset="utf-8">\n{REPORT_MARKER}\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1><p>{_e(head)}</p></header>\n"
        f"{render_summary(p, stories)}\n{render_outlets(p)}\n"
        f"{render_tools(p, stories)}\n{render_contents(p, stories)}\n"
        f'<section id="stories"><h2>{_e(t("stories"))}</h2>{"".join(sections)}</section>\n'
        f"{_articles(p, p.cited)}\n"
        f"<footer>{_e(t('footer'))} {_e(t.num(dt.date.today().isoformat()))}</footer>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
