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
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import attrs

from ..compare import ClusterView, Comparison, outlet_of
from ..contradiction import Mark
from ..models import Article, Attribution, shorten
from .assets import CSS, SCRIPT
from .charts import TimePoint, mix_of, source_mix_chart, time_axis
from .labels import Labels, labels_for

__all__ = ["render_html"]

# How many stories are open when the page loads, and how many claims they may hold between them: the
# first screen; the others are collapsed.
_OPEN_STORIES = 4
_OPEN_CLAIMS = 12
# Entries of the summary's disputed stories and of the contents list shown before "the others".
_SUMMARY_STORIES = 10
_CONTENTS_SHOWN = 40
_SPEAKERS_LISTED = 300
_DISPUTE_ORDER = ("denies", "updates", "disagrees", "contradicts")
_KIND_ORDER = ("contradicts", "clarifies", "framing", "agrees")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _bars(values: Iterable[str]) -> str:
    """``|a|b|``: a list the script can search for ``|a|`` without matching part of a name."""
    return _e("|" + "|".join(values) + "|")


@attrs.frozen
class _Story:
    """A story as the report shows it: its claims (the clusters the comparison shows), marks and articles."""

    anchor: str
    label: str
    views: tuple[ClusterView, ...]
    marks: tuple[Mark, ...]
    articles: tuple[Article, ...]
    outlets: tuple[str, ...]

    @property
    def disputes(self) -> Counter[str]:
        return Counter(m.dispute or "contradicts" for m in self.marks if m.kind == "contradicts")

    @property
    def rank(self) -> tuple[int, int, int, int]:
        d = self.disputes
        return (-sum(d.values()), -len(self.outlets), -len(self.articles), -len(self.views))


def _when(a: Article) -> "dt.datetime | dt.date | None":
    return a.published_at or a.published


def _sort_time(a: Article) -> dt.datetime:
    when = _when(a)
    if when is None:
        return dt.datetime.max
    return when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time())


def _stories(c: Comparison, articles: dict[str, Article], by_id: dict[str, Attribution]) -> list[_Story]:
    """The comparison's clusters grouped by story, most disputed and most widely carried first."""
    views = {v.cluster.id: v for v in c.clusters}
    grouped: list[tuple[str, str, list[ClusterView]]] = []
    placed: set[str] = set()
    for story in c.corpus.stories:
        members = [views[cid] for cid in story.clusters if cid in views and cid not in placed]
        if members:
            placed.update(v.cluster.id for v in members)
            grouped.append((story.id, story.label, members))
    for v in c.clusters:  # a cluster no story holds stands alone
        if v.cluster.id not in placed:
            grouped.append((v.cluster.id, v.cluster.label, [v]))
    out = []
    for sid, label, members in grouped:
        marks = tuple(dict.fromkeys(m for v in members for m in v.marks))
        arts = {by_id[a].article for v in members for a in v.cluster.claims}
        ordered = tuple(sorted((articles[a] for a in arts), key=lambda a: (_sort_time(a), outlet_of(a), a.id)))
        members.sort(key=lambda v: (-sum(m.kind == "contradicts" for m in v.marks), -len(v.reportings),
                                    -len(v.cluster.articles)))
        out.append(_Story(f"st-{sid}", label, tuple(members), marks, ordered,
                          tuple(dict.fromkeys(outlet_of(a) for a in ordered))))
    out.sort(key=lambda s: s.rank)
    return out


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
        out.append(f'<{tag} class="{cls}">{_e(text[s:e])}</{tag}>')
        pos = e
    out.append(_e(text[pos:end]))
    return "".join(out)


class _Page:
    """What the parts of one report share: labels, look-ups, and the anchors given out so far."""

    def __init__(self, c: Comparison, t: Labels) -> None:
        self.c, self.t = c, t
        self.articles = {a.id: a for a in c.corpus.articles}
        self.by_id = {a.id: a for a in c.corpus.attributions}
        self.number = {a.id: i for i, a in enumerate(c.corpus.articles, start=1)}
        self.quote_anchor: dict[str, str] = {}  # attribution id -> the id of the figure showing its wording
        self.groups = c.corpus.groups
        self.wordings: dict[str, list[tuple[str, str, list[Attribution]]]] = {}  # cluster id -> its wordings

    def outlet(self, attribution: Attribution) -> str:
        return outlet_of(self.articles[attribution.article])

    def article_anchor(self, story: _Story, article_id: str) -> str:
        return f"{story.anchor}-a{self.number[article_id]}"

    def claim_text(self, a: Attribution) -> str:
        ref = self.by_id.get(a.content.refers_to or "")
        return ref.content.text if ref is not None else a.content.text


def _wordings(p: _Page, view: ClusterView) -> list[tuple[str, str, list[Attribution]]]:
    """The cluster's attributions grouped by what the page shows of them (sentence and caption): a text
    reprinted by several outlets is stored once."""
    t = p.t
    grouped: dict[tuple[str, str], list[Attribution]] = {}
    for r in view.reportings:
        for a in r.attributions:
            caption = [f'<span class="stance">{_e(a.cue.lemma)} · {_e(t("stance." + a.cue.stance))}</span>',
                       f'<span class="qtype">{_e(t("qtype." + a.quote))}</span>',
                       f'<span class="skind">{_e(t("source." + a.source.kind))}: '
                       f'{_e(a.source.text or t("quote.unnamed"))}</span>']
            if a.hedges:
                caption.append(f'<span class="hedged">{_e(t("quote.hedge"))}: '
                               + "، ".join(_e(h.text) for h in a.hedges) + "</span>")
            ref = p.by_id.get(a.content.refers_to or "")
            if ref is not None:
                caption.append(f'<span class="refers">{_e(t("quote.refers"))} {_e(shorten(ref.content.text, 14))}</span>')
            text = p.articles[a.article].text
            grouped.setdefault((_highlighted(a, text), " ".join(caption)), []).append(a)
    return [(sentence, caption, atts) for (sentence, caption), atts in grouped.items()]


def _chip(p: _Page, story: _Story, a: Attribution) -> str:
    art = p.articles[a.article]
    when = _when(art)
    stamp = p.t.num(when.strftime("%H:%M")) if isinstance(when, dt.datetime) else ""
    return (f'<a class="chip" href="#{p.article_anchor(story, art.id)}"><bdi>{_e(p.outlet(a))}</bdi>'
            + (f" <small>{_e(stamp)}</small>" if stamp else "") + "</a>")


def _quote(p: _Page, story: _Story, anchor: str, sentence: str, caption: str, atts: list[Attribution]) -> str:
    outlets = dict.fromkeys(p.outlet(a) for a in atts)
    lang = ' lang="ar" dir="rtl"' if p.t.lang != "ar" else ""
    chips = "".join(_chip(p, story, a) for a in atts)
    return (f'<figure class="quote" id="{anchor}" data-o="{_bars(outlets)}">'
            f"<blockquote{lang}>{sentence}</blockquote>"
            f'<figcaption>{caption}<span class="chips">{chips}</span></figcaption></figure>')


def _side(p: _Page, att: Attribution) -> str:
    t = p.t
    verb = t("quote.denies") if att.cue.stance == "deny" else t("quote.says")
    who = _e(att.source.text or t("quote.unnamed"))
    anchor = p.quote_anchor.get(att.id)
    who = f'<a href="#{anchor}">{who}</a>' if anchor else who
    return f'{who} <bdi class="outlet">({_e(p.outlet(att))})</bdi> {verb} «{_e(shorten(p.claim_text(att), 14))}»'


def _mark(p: _Page, m: Mark) -> str:
    """One mark: «claim» — who (outlet) ⟷ «claim» — who (outlet), and the evidence."""
    t = p.t
    kind = m.dispute or m.kind if m.kind == "contradicts" else m.kind
    name = t(f"dispute.{kind}") if m.kind == "contradicts" else t(f"kind.{kind}")
    evidence = "، ".join(_e(e.a.text if e.a else e.b.text if e.b else e.note) for e in m.evidence
                         if e.kind != "agreement" and (e.a or e.b or e.note))
    title = f' title="{_e(m.explanation)}"' if t.lang == "en" and m.explanation else ""
    return (f'<li class="mark mark-{_e(m.kind)}"{title}><span class="kind">{_e(name)}</span>'
            f'{_side(p, p.by_id[m.a])}؛ {_e(t("link." + kind))} {_side(p, p.by_id[m.b])}'
            + (f' <span class="evidence">[{evidence}]</span>' if evidence else "") + "</li>")


def _agreement(p: _Page, m: Mark) -> str:
    a, b = p.by_id[m.a], p.by_id[m.b]

    def end(att: Attribution) -> str:
        anchor = p.quote_anchor.get(att.id)
        name = f"<bdi>{_e(p.outlet(att))}</bdi>"
        return f'<a href="#{anchor}">{name}</a>' if anchor else name

    return f'<li class="mark mark-agrees">{end(a)} ⟷ {end(b)}</li>'


def _cluster(p: _Page, story: _Story, view: ClusterView, number: int,
             wordings: list[tuple[str, str, str, list[Attribution]]]) -> str:
    t = p.t
    cl = view.cluster
    quotes = "".join(_quote(p, story, anchor, sentence, caption, atts) for anchor, sentence, caption, atts in wordings)
    missing = []
    for r in view.reportings:
        if r.without_counter:
            links = " ".join(f'<a href="#{p.quote_anchor[x]}">↖</a>' for x in dict.fromkeys(r.without_counter)
                             if x in p.quote_anchor)
            missing.append(f'<p class="badge missing-counter" data-o="{_bars([r.outlet])}"><bdi>{_e(r.outlet)}</bdi>: '
                           f'{_e(t("quote.missing"))} {links}</p>')
    ordered = sorted(view.marks, key=lambda m: _KIND_ORDER.index(m.kind))
    main = "".join(_mark(p, m) for m in ordered if m.kind != "agrees")
    agreeing = [m for m in ordered if m.kind == "agrees"]
    if agreeing:
        main += (f'<li><details><summary>{_e(t.count(len(agreeing), "agreement"))}</summary><ul class="marks">'
                 + "".join(_agreement(p, m) for m in agreeing) + "</ul></details></li>")
    outlets = [r.outlet for r in view.reportings]
    label = "" if cl.label == story.label else _e(shorten(cl.label, 20))  # a story of one claim is named after it
    meta = " · ".join([t.count(len(cl.claims), "attribution"), t.count(len(cl.articles), "article"),
                       t.count(len(outlets), "outlet")])
    return (f'<section class="cluster" id="{_e(cl.id)}" data-o="{_bars(outlets)}">'
            f'<h3><span class="num">{_e(t.num(number))}</span> {label}</h3>'
            f'<p class="meta">{_e(meta)}</p><div class="quotes">{quotes}</div>{"".join(missing)}'
            + (f'<ul class="marks">{main}</ul>' if main else "") + "</section>")


def _badges(t: Labels, disputes: Counter[str]) -> str:
    return "".join(f'<span class="tag tag-{k}">{_e(t("dispute." + k))} {_e(t.num(disputes[k]))}</span>'
                   for k in _DISPUTE_ORDER if disputes.get(k))


def _articles_table(p: _Page, story: _Story) -> str:
    t = p.t
    rows = []
    for art in story.articles:
        headline = art.headline or shorten(art.text, 12) or t("article.no_headline")
        lang = ' lang="ar" dir="rtl"' if t.lang != "ar" else ""
        cell = (f'<a href="{_e(art.url)}" rel="noopener noreferrer">{_e(headline)}</a>' if art.url
                else _e(headline))
        rows.append(f'<tr id="{p.article_anchor(story, art.id)}" data-article="{_e(art.id)}" '
                    f'data-o="{_bars([outlet_of(art)])}">'
                    f"<td><bdi>{_e(outlet_of(art))}</bdi></td><td{lang}>{cell}</td>"
                    f'<td class="when">{_e(t.when(_when(art)))}</td></tr>')
    return (f'<h4>{_e(t("story.articles"))}</h4><div class="tablebox"><table class="articles"><thead><tr>'
            f'<th>{_e(t("table.outlet"))}</th><th>{_e(t("table.headline"))}</th><th>{_e(t("table.time"))}</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _story(p: _Page, story: _Story, is_open: bool) -> str:
    t = p.t
    clusters, points = [], []
    for number, view in enumerate(story.views, start=1):
        wordings = []
        for sentence, caption, atts in p.wordings[view.cluster.id]:
            anchor = p.quote_anchor[atts[0].id]
            wordings.append((anchor, sentence, caption, atts))
        clusters.append(_cluster(p, story, view, number, wordings))
        seen = set()
        for a in (x for _, _, _, atts in wordings for x in atts):
            art = p.articles[a.article]
            when = _when(art)
            if when is None or (art.id, number) in seen:
                continue
            seen.add((art.id, number))
            moment = when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time())
            points.append(TimePoint(outlet_of(art), number, moment, view.cluster.id))
    chart = ""
    if len(story.outlets) > 1 and points:
        chart = (f'<figure class="timeline-box"><figcaption>{_e(t("story.timeline"))}</figcaption>'
                 f'{time_axis(points, t, label=t("story.timeline"))}</figure>')
    speakers = dict.fromkeys(a.source.text for v in story.views for r in v.reportings for a in r.attributions
                             if a.source.text)
    kinds = dict.fromkeys([m.dispute or "contradicts" for m in story.marks if m.kind == "contradicts"]
                          + [m.kind for m in story.marks])
    dates = dict.fromkeys(when.strftime("%Y-%m-%d") if isinstance(when, dt.datetime) else when.isoformat()
                          for a in story.articles if (when := _when(a)) is not None)
    meta = " · ".join([t.count(len(story.views), "claim"), t.count(len(story.outlets), "outlet"),
                       t.count(len(story.articles), "article")])
    return (f'<details class="story" id="{story.anchor}" data-o="{_bars(story.outlets)}" '
            f'data-sp="{_bars(speakers)}" data-k="{_bars(kinds)}" data-d="{_bars(dates)}"'
            + (" open" if is_open else "") + ">"
            f'<summary><h2>{_e(shorten(story.label, 24))}</h2><p class="meta">{_badges(t, story.disputes)}'
            f'<span>{_e(meta)}</span> <span class="outlets">{"، ".join(f"<bdi>{_e(o)}</bdi>" for o in story.outlets)}'
            f"</span></p></summary>{chart}{''.join(clusters)}{_articles_table(p, story)}</details>")


def _left_out(p: _Page, stories: Sequence[_Story]) -> dict[str, list[_Story]]:
    """Outlet -> the stories where one of its articles carried a claim and not the denial of it."""
    story_of = {m: s for s in stories for m in s.marks}
    out: dict[str, list[_Story]] = defaultdict(list)
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


def _story_link(t: Labels, s: _Story) -> str:
    return (f'<a href="#{s.anchor}">{_e(shorten(s.label, 16))}</a> {_badges(t, s.disputes)}'
            f'<span class="meta">{_e(t.count(len(s.outlets), "outlet"))}</span>')


def _summary(p: _Page, stories: Sequence[_Story]) -> str:
    t = p.t
    c = p.c
    disputes: Counter[str] = Counter()
    for s in stories:
        disputes.update(s.disputes)
    counts = [(len(c.corpus.articles), "article"), (len(c.outlets), "outlet"), (len(stories), "story"),
              (len(c.clusters), "claim")]
    stats = "".join(f'<li class="stat">{_e(t.count(n, noun))}</li>' for n, noun in counts)
    disputed = [s for s in stories if s.disputes]
    if disputed:
        items = [f'<li data-s="{s.anchor}">{_story_link(t, s)}</li>' for s in disputed]
        listing = f'<ol class="disputed">{"".join(items[:_SUMMARY_STORIES])}</ol>'
        if len(items) > _SUMMARY_STORIES:
            listing += (f'<details><summary>{_e(t("summary.more"))} ({_e(t.num(len(items) - _SUMMARY_STORIES))})'
                        f'</summary><ol class="disputed" start="{_SUMMARY_STORIES + 1}">'
                        f'{"".join(items[_SUMMARY_STORIES:])}</ol></details>')
    else:
        listing = f'<p class="meta">{_e(t("summary.no_disputes"))}</p>'
    left = _left_out(p, stories)
    if left:
        rows = "".join(f'<li><bdi class="outlet">{_e(outlet)}</bdi>: {_e(t.count(len(ss), "story"))} — '
                       + "، ".join(f'<a href="#{s.anchor}">{_e(shorten(s.label, 8))}</a>' for s in ss[:5])
                       + ("، …" if len(ss) > 5 else "") + "</li>" for outlet, ss in left.items())
        left_html = f'<ul class="left-out">{rows}</ul>'
    else:
        left_html = f'<p class="meta">{_e(t("summary.none_left_out"))}</p>'
    return (f'<section id="summary"><h2>{_e(t("summary"))}</h2><ul class="stats">{stats}'
            f'<li class="stat">{_badges(t, disputes) or _e(t.count(0, "contradiction"))}</li></ul>'
            f'<div class="summary-cols"><div><h3>{_e(t("summary.disputed"))}</h3>{listing}</div>'
            f'<div><h3>{_e(t("summary.left_out"))}</h3>{left_html}</div></div></section>')


def _outlets(p: _Page) -> str:
    t = p.t
    c = p.c
    head = ("table.outlet", "table.articles", "table.words", "table.attributions", "table.per_1000", "mix.named",
            "mix.anonymous", "mix.document", "table.direct", "table.hedged", "table.without_counter")
    rows = []
    for r in c.outlets:
        cells = (f"<bdi>{_e(r.outlet)}</bdi>", _e(t.num(r.articles)), _e(t.num(r.words)), _e(t.num(r.attributions)),
                 _e(t.num(r.per_1000_words)), _e(t.share(r.named)), _e(t.share(r.anonymous)), _e(t.share(r.document)),
                 _e(t.share(r.direct)), _e(t.share(r.hedged)), _e(t.num(r.without_counter)))
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


def _tools(p: _Page, stories: Sequence[_Story]) -> str:
    t = p.t
    outlets = sorted({o for s in stories for o in s.outlets})
    speakers = Counter(a.source.text for s in stories for v in s.views for r in v.reportings
                       for a in r.attributions if a.source.text)
    kinds = [k for k in _DISPUTE_ORDER if any(s.disputes.get(k) for s in stories)]
    kinds += [k for k in _KIND_ORDER[1:] if any(m.kind == k for s in stories for m in s.marks)]
    dates = sorted({d for s in stories for a in s.articles if (w := _when(a)) is not None
                    for d in [w.strftime("%Y-%m-%d") if isinstance(w, dt.datetime) else w.isoformat()]})
    every = f'<option value="">{_e(t("filter.all"))}</option>'

    def select(name: str, label: str, options: Iterable[tuple[str, str]]) -> str:
        opts = "".join(f'<option value="{_e(v)}">{_e(text)}</option>' for v, text in options)
        return f'<label>{_e(t(label))} <select id="f-{name}">{every}{opts}</select></label>'

    listed = "".join(f'<option value="{_e(s)}">' for s, _ in speakers.most_common(_SPEAKERS_LISTED))
    kind_names = [(k, t(f"dispute.{k}") if k in _DISPUTE_ORDER else t(f"kind.{k}")) for k in kinds]
    return (f'<section id="tools" role="search"><label class="q">{_e(t("search"))} '
            f'<input type="search" id="q" placeholder="{_e(t("search.placeholder"))}"></label>'
            + select("outlet", "filter.outlet", ((o, o) for o in outlets))
            + f'<label>{_e(t("filter.speaker"))} <input id="f-speaker" list="speakers"></label>'
            f'<datalist id="speakers">{listed}</datalist>'
            + select("kind", "filter.kind", kind_names)
            + select("date", "filter.date", ((d, t.num(d)) for d in dates))
            + f'<button type="button" id="f-reset">{_e(t("filter.reset"))}</button>'
            f'<p class="meta" id="shown"><span id="n-shown">{_e(t.num(len(stories)))}</span> / '
            f'{_e(t.num(len(stories)))} {_e(t("filter.shown"))}</p></section>')


def _contents(p: _Page, stories: Sequence[_Story]) -> str:
    t = p.t
    items = [f'<li data-s="{s.anchor}">{_story_link(t, s)}</li>' for s in stories]
    more = ""
    if len(items) > _CONTENTS_SHOWN:
        more = (f'<details><summary>{_e(t("contents.more"))} ({_e(t.num(len(items) - _CONTENTS_SHOWN))})</summary>'
                f'<ol class="toc" start="{_CONTENTS_SHOWN + 1}">{"".join(items[_CONTENTS_SHOWN:])}</ol></details>')
    return (f'<nav id="contents"><h2>{_e(t("contents"))}</h2><ol class="toc">{"".join(items[:_CONTENTS_SHOWN])}</ol>'
            f"{more}</nav>")


def render_html(c: Comparison, *, title: str | None = None, lang: str = "ar", digits: str = "latin") -> str:
    """The comparison as one self-contained HTML document (no network, escaped).

    ``lang`` is ``"ar"`` (right to left, Arabic labels) or ``"en"`` (English labels; the articles' text
    stays Arabic, right to left); ``digits`` is ``"latin"`` (0-9) or ``"arabic-indic"`` (٠-٩) for the
    report's own figures (the articles' text is shown as written).
    """
    t = labels_for(lang, digits)
    title = title if title is not None else t("title")
    p = _Page(c, t)
    stories = _stories(c, p.articles, p.by_id)
    # Anchors first, so that a mark can link to a wording in a story rendered later.
    n = 0
    for s in stories:
        for v in s.views:
            p.wordings[v.cluster.id] = _wordings(p, v)
            for _, _, atts in p.wordings[v.cluster.id]:
                n += 1
                for a in atts:
                    p.quote_anchor[a.id] = f"q{n}"
    opened, claims = 0, 0
    sections = []
    for i, s in enumerate(stories):
        is_open = i < _OPEN_STORIES and (i == 0 or claims + len(s.views) <= _OPEN_CLAIMS)
        if is_open:
            opened, claims = opened + 1, claims + len(s.views)
        sections.append(_story(p, s, is_open))
    direction = "rtl" if lang == "ar" else "ltr"
    head = " · ".join([t.count(len(c.corpus.articles), "article"), t.count(len(c.outlets), "outlet"),
                       t.count(len(stories), "story"), t.count(len(c.clusters), "claim")])
    return (
        f'<!DOCTYPE html>\n<html dir="{direction}" lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1><p>{_e(head)}</p></header>\n"
        f"{_summary(p, stories)}\n{_outlets(p)}\n{_tools(p, stories)}\n{_contents(p, stories)}\n"
        f'<section id="stories"><h2>{_e(t("stories"))}</h2>{"".join(sections)}</section>\n'
        f"<footer>{_e(t('footer'))} {_e(t.num(dt.date.today().isoformat()))}</footer>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
