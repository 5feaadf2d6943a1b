"""The parts of the HTML report above its stories: the summary, the outlets, search and filters, contents.

The summary counts articles, outlets, stories and claims, lists the disputed stories (each linked to its
section) and the outlets that carried a claim without its denial; the outlets' table and source-mix chart
follow, then the search box and filters (outlet, speaker, mark, date) and the contents list.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..compare import outlet_of
from ..models import Attribution, shorten
from .charts import mix_of, source_mix_chart
from .labels import Labels
from .page import DISPUTE_ORDER, KIND_ORDER, Page, badges, time_of
from .page import escape as _e
from .stories import Story

__all__ = ["render_contents", "render_outlets", "render_summary", "render_tools"]

# Entries of the summary's disputed stories and of the contents list shown before "the others".
_SUMMARY_STORIES = 10
_CONTENTS_SHOWN = 40
_SPEAKERS_LISTED = 300


def _left_out(p: Page, stories: Sequence[Story]) -> dict[str, list[Story]]:
    """Outlet -> the stories where one of its articles carried a claim and not the denial of it."""
    story_of = {m: s for s in stories for m in s.marks}
    out: dict[str, list[Story]] = defaultdict(list)
    for m in p.c.marks:
        if m.kind != "contradicts" or m.dispute != "denies" or m not in story_of:
            continue
        denial_articles = {p.by_id[x].article for x in p.groups.get(m.b, (m.b,)) if x in p.by_id}
        for article in p.c.unanswered_in(m):
            if article in denial_articles or article not in p.articles:
                continue
            stories_of_outlet = out[outlet_of(p.articles[article])]
            if story_of[m] not in stories_of_outlet:
                stories_of_outlet.append(story_of[m])
    return dict(sorted(out.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def _story_link(t: Labels, s: Story) -> str:
    return (f'<a href="#{s.anchor}">{_e(shorten(s.label, 8))}</a> {badges(t, s.disputes)}'
            f'<span class="meta">{_e(t.count(len(s.outlets), "outlet"))}</span>')


def render_summary(p: Page, stories: Sequence[Story]) -> str:
    t = p.t
    c = p.c
    # Each dispute once: a mark between claims of two stories is in both stories' badges, and summing them
    # counted it twice (the summary said 48 denials where `claimtrack contradictions` lists 42).
    disputes = Counter(m.dispute or "contradicts" for m in dict.fromkeys(m for s in stories for m in s.marks)
                       if m.kind == "contradicts")
    counts = [(len(c.corpus.articles), "article"), (len(c.outlets), "outlet"), (len(stories), "story"),
              (len(c.clusters), "claim")]
    stats = "".join(f'<li class="stat">{_e(t.count(n, noun))}</li>' for n, noun in counts)
    disputed = [s for s in stories if s.disputes]
    if disputed:
        items = [f'<li data-s="{s.anchor}">{_story_link(t, s)}</li>' for s in disputed]
        listing = f'<ol class="disputed">{"".join(items[:_SUMMARY_STORIES])}</ol>'
        if len(items) > _SUMMARY_STORIES:  # the others: the mark filter lists them
            listing += f'<p class="meta">+ {_e(t.count(len(items) - _SUMMARY_STORIES, "story"))} ({_e(t("summary.more"))})</p>'
    else:
        listing = f'<p class="meta">{_e(t("summary.no_disputes"))}</p>'
    left = _left_out(p, stories)
    if c.left_out_withheld:  # a day of news: the marks are leads, and "left out the denial" would accuse
        left_html = (f'<p class="meta withheld">{_e(t("summary.left_out_withheld"))} '
                     f'({_e(t.count(len(c.corpus.articles), "article"))})</p>')
    elif left:
        rows = "".join(f'<li><bdi class="outlet">{_e(outlet)}</bdi>: {_e(t.count(len(ss), "story"))} — '
                       + "، ".join(f'<a href="#{s.anchor}">{_e(shorten(s.label, 5))}</a>' for s in ss[:3])
                       + ("، …" if len(ss) > 3 else "") + "</li>" for outlet, ss in left.items())
        left_html = f'<ul class="left-out">{rows}</ul>'
    else:
        left_html = f'<p class="meta">{_e(t("summary.none_left_out"))}</p>'
    return (f'<section id="summary"><h2>{_e(t("summary"))}</h2><ul class="stats">{stats}'
            f'<li class="stat">{badges(t, disputes) or _e(t.count(0, "contradiction"))}</li></ul>'
            f'<div class="summary-cols"><div><h3>{_e(t("summary.disputed"))}</h3>{listing}</div>'
            f'<div><h3>{_e(t("summary.left_out"))}</h3>{left_html}</div></div></section>')


def render_outlets(p: Page) -> str:
    t = p.t
    c = p.c
    head = ("table.outlet", "table.articles", "table.words", "table.attributions", "table.per_1000", "mix.named",
            "mix.anonymous", "mix.document", "table.direct", "table.hedged", "table.without_counter")
    rows = []
    for r in c.outlets:
        cells = (f"<bdi>{_e(r.outlet)}</bdi>", _e(t.num(r.articles)), _e(t.num(r.words)), _e(t.num(r.attributions)),
                 _e(t.num(r.per_1000_words)), _e(t.share(r.named)), _e(t.share(r.anonymous)), _e(t.share(r.document)),
                 _e(t.share(r.direct)), _e(t.share(r.hedged)),
                 _e("–" if r.without_counter is None else t.num(r.without_counter)))
        rows.append("<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    table = ('<div class="tablebox"><table class="outlets"><thead><tr>'
             + "".join(f"<th>{_e(t(h))}</th>" for h in head) + "</tr></thead><tbody>" + "".join(rows)
             + "</tbody></table></div>")
    by_outlet: dict[str, list[Attribution]] = defaultdict(list)
    for a in c.corpus.attributions:
        by_outlet[p.outlet(a)].append(a)
    mix = source_mix_chart([(r.outlet, mix_of(by_outlet.get(r.outlet, ()))) for r in c.outlets], t)
    return (f'<section id="outlets"><h2>{_e(t("outlets"))}</h2>{table}'
            f'<figure class="mix-box"><figcaption>{_e(t("outlets.mix"))}</figcaption>{mix}</figure></section>')


def render_tools(p: Page, stories: Sequence[Story]) -> str:
    t = p.t
    outlets = sorted({o for s in stories for o in s.outlets})
    speakers = Counter(a.source.text for s in stories for v in s.views + s.minor for r in v.reportings
                       for a in r.attributions if a.source.text)
    kinds = [k for k in DISPUTE_ORDER if any(s.disputes.get(k) for s in stories)]
    kinds += [k for k in KIND_ORDER[1:] if any(m.kind == k for s in stories for m in s.marks)]
    dates = sorted({d for s in stories for a in s.articles if (w := time_of(a)) is not None
                    for d in [w.strftime("%Y-%m-%d") if isinstance(w, dt.datetime) else w.isoformat()]})
    every = f'<option value="">{_e(t("filter.all"))}</option>'

    def select(name: str, label: str, options: Iterable[tuple[str, str]]) -> str:
        opts = "".join(f'<option value="{_e(v)}">{_e(text)}</option>' for v, text in options)
        return f'<label>{_e(t(label))} <select id="f-{name}">{every}{opts}</select></label>'

    listed = "".join(f'<option value="{_e(s)}">' for s, _ in speakers.most_common(_SPEAKERS_LISTED))
    kind_names = [(k, t(f"dispute.{k}") if k in DISPUTE_ORDER else t(f"kind.{k}")) for k in kinds]
    return (f'<section id="tools" role="search"><label class="q">{_e(t("search"))} '
            f'<input type="search" id="q" placeholder="{_e(t("search.placeholder"))}"></label>'
            + select("outlet", "filter.outlet", ((o, o) for o in outlets))
            + f'<label>{_e(t("filter.speaker"))} <input id="f-speaker" list="speakers"></label>'
            f'<datalist id="speakers">{listed}</datalist>'
            + select("kind", "filter.kind", kind_names)
            + (select("date", "filter.date", ((d, t.num(d)) for d in dates)) if p.several_days
               else '<select id="f-date" hidden><option value=""></option></select>')
            + f'<button type="button" id="f-reset">{_e(t("filter.reset"))}</button>'
            f'<p class="meta" id="shown"><span id="n-shown">{_e(t.num(len(stories)))}</span> / '
            f'{_e(t.num(len(stories)))} {_e(t("filter.shown"))}</p></section>')


def render_contents(p: Page, stories: Sequence[Story]) -> str:
    t = p.t
    items = [f'<li data-s="{s.anchor}">{_story_link(t, s)}</li>' for s in stories[:_CONTENTS_SHOWN]]
    more = ""
    if len(stories) > _CONTENTS_SHOWN:  # the script lists the others from the stories' own headings
        more = (f'<details><summary>{_e(t("contents.more"))} ({_e(t.num(len(stories) - _CONTENTS_SHOWN))})</summary>'
                f'<ol class="toc" id="toc-more" start="{_CONTENTS_SHOWN + 1}"></ol></details>')
    return (f'<nav id="contents"><h2>{_e(t("contents"))}</h2><ol class="toc">{"".join(items)}</ol>'
            f"{more}</nav>")
