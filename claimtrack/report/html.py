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
# Wordings of a claim shown in full; the outlets of the others are listed under them.
_WORDINGS_SHOWN = 2
# Claims one outlet carries, undisputed, listed in a story (one line each); the others are counted.
_MINOR_LISTED = 5
# Marks listed under a claim (disputes first); the others are counted.
_MARKS_LISTED = 1
_MARKS_LISTED_OPEN = 8  # in the stories open on the first screen, each mark on its own line
# Entries of the summary's disputed stories and of the contents list shown before "the others".
_SUMMARY_STORIES = 10
_CONTENTS_SHOWN = 40
_SPEAKERS_LISTED = 300
# A story of more claims than this is shown claim by claim (a day's stories can chain into one of thousands).
_MAX_STORY_CLAIMS = 40
# Words of a quoted sentence shown around its cue, source and content.
_SENTENCE_WORDS = 12
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
    minor: tuple[ClusterView, ...]  # claims one article carries and no other article disputes: one line each
    marks: tuple[Mark, ...]
    articles: tuple[Article, ...]
    outlets: tuple[str, ...]

    @property
    def disputes(self) -> Counter[str]:
        return Counter(m.dispute or "contradicts" for m in self.marks if m.kind == "contradicts")

    @property
    def rank(self) -> tuple[int, int, int, int]:
        d = self.disputes
        return (-sum(d.values()), -len(self.outlets), -len(self.articles), -len(self.views) - len(self.minor))


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

    def major(v: ClusterView) -> bool:
        """Carried by more than one outlet, or disputed by another outlet."""
        return len(v.reportings) > 1 or any(
            m.kind == "contradicts" and outlet_of(articles[by_id[m.a].article]) != outlet_of(articles[by_id[m.b].article])
            for m in v.marks)

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
    split: list[tuple[str, str, list[ClusterView], list[ClusterView]]] = []
    for sid, label, members in grouped:
        full = [v for v in members if major(v)]
        minor = [v for v in members if not major(v)]
        if len(full) > _MAX_STORY_CLAIMS:
            split.extend((f"{sid}-{v.cluster.id}", v.cluster.label, [v], []) for v in full)
            if minor:
                split.append((sid, label, [], minor))
        else:
            split.append((sid, label, full, minor))
    out = []
    for sid, label, full, minor in split:
        members = full + minor
        marks = tuple(dict.fromkeys(m for v in members for m in v.marks))
        arts = {by_id[a].article for v in members for a in v.cluster.claims}
        ordered = tuple(sorted((articles[a] for a in arts), key=lambda a: (_sort_time(a), outlet_of(a), a.id)))
        full.sort(key=lambda v: (-sum(m.kind == "contradicts" for m in v.marks), -len(v.reportings),
                                 -len(v.cluster.articles)))
        out.append(_Story(f"st-{sid}", label, tuple(full), tuple(minor), marks, ordered,
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
        out.append(_trim(text[pos:s], "end" if pos == start else "middle"))
        tag = "mark" if cls == "cue" else "span"
        out.append(f'<{tag} class="{cls}">{_trim(text[s:e], "middle")}</{tag}>')
        pos = e
    out.append(_trim(text[pos:end], "start"))
    return "".join(out)


def _trim(text: str, keep: str) -> str:
    """Escaped ``text`` cut to about :data:`_SENTENCE_WORDS` words: a long sentence keeps its highlighted parts
    and loses the words farthest from them (``keep``: the side next to them: "end", "start" or both)."""
    words = text.split(" ")
    limit = _SENTENCE_WORDS if keep == "middle" else _SENTENCE_WORDS // 4
    if len(words) <= limit:
        return _e(text)
    if keep == "end":
        return _e("… " + " ".join(words[-limit:]))
    if keep == "start":
        return _e(" ".join(words[:limit]) + " …")
    half = limit // 2
    return _e(" ".join(words[:half]) + " … " + " ".join(words[-half:]))


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
        self.marks_shown: set[Mark] = set()
        self.cited: dict[str, None] = {}  # the articles the page links to, in order
        days = {w.date() if isinstance(w, dt.datetime) else w for a in c.corpus.articles if (w := _when(a)) is not None}
        self.several_days = len(days) > 1  # else there is nothing to filter by date

    def outlet(self, attribution: Attribution) -> str:
        return outlet_of(self.articles[attribution.article])

    def article_anchor(self, article_id: str) -> str:
        return f"a{self.number[article_id]}"

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
            shown_source = a.sentence.start <= a.source.span.start and a.source.span.end <= a.sentence.end
            who = "" if shown_source and a.source.text else f': <b class="who">{_e(a.source.text or t("quote.unnamed"))}</b>'
            said = [t("stance." + a.cue.stance)] if a.cue.stance != "neutral" else []
            said += [t("qtype." + a.quote)] if a.quote != "indirect" else []
            said.append(t("source." + a.source.kind))
            caption = [f'<span>{_e(" · ".join(said))}{who}</span>']
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
    p.cited[art.id] = None
    when = _when(art)
    stamp = p.t.num(when.strftime("%H:%M")) if isinstance(when, dt.datetime) else ""
    return (f'<a class="chip" href="#{p.article_anchor(art.id)}">{_e(p.outlet(a))}'
            + (f" <small>{_e(stamp)}</small>" if stamp else "") + "</a>")


def _quote(p: _Page, story: _Story, anchor: str, sentence: str, caption: str, atts: list[Attribution],
           several: bool) -> str:
    outlets = dict.fromkeys(p.outlet(a) for a in atts)
    lang = ' lang="ar" dir="rtl"' if p.t.lang != "ar" else ""
    chips = "".join(_chip(p, story, a) for a in atts)
    # Only a claim several outlets carry needs each wording's outlets for the outlet filter.
    where = f' data-o="{_bars(outlets)}"' if several else ""
    return (f'<figure class="quote" id="{anchor}"{where}>'
            f"<blockquote{lang}>{sentence}</blockquote>"
            f'<figcaption>{caption}<span class="chips">{chips}</span></figcaption></figure>')


def _side(p: _Page, att: Attribution, claim: bool) -> str:
    t = p.t
    who = _e(att.source.text or t("quote.unnamed"))
    anchor = p.quote_anchor.get(att.id)
    who = f'<a href="#{anchor}">{who}</a>' if anchor else who
    said = ""
    if claim:
        verb = t("quote.denies") if att.cue.stance == "deny" else t("quote.says")
        said = f" {verb} «{_e(shorten(p.claim_text(att), 7))}»"
    return f'{who} <small class="outlet">{_e(p.outlet(att))}</small>{said}'


def _mark(p: _Page, m: Mark, times: int) -> str:
    """One mark: who (outlet) says «claim»; how the other relates: who (outlet) says «claim», and the
    evidence; ``times`` marks alike (the same two wordings, reprinted) are one line."""
    t = p.t
    kind = m.dispute or m.kind if m.kind == "contradicts" else m.kind
    name = t(f"dispute.{kind}") if m.kind == "contradicts" else t(f"kind.{kind}")
    claim = m.kind == "contradicts" and m.dispute != "disagrees"  # two figures: the evidence shows them
    evidence = "، ".join(dict.fromkeys(_e(e.a.text if e.a else e.b.text if e.b else e.note) for e in m.evidence
                                       if e.kind != "agreement" and (e.a or e.b or e.note)))
    title = f' title="{_e(m.explanation)}"' if t.lang == "en" and m.explanation else ""
    return (f'<li class="mark mark-{_e(m.kind)}"{title}><span class="kind">{_e(name)}</span>'
            f'{_side(p, p.by_id[m.a], claim)}؛ {_e(t("link." + kind))} {_side(p, p.by_id[m.b], claim)}'
            + (f' <span class="evidence">[{evidence}]</span>' if evidence else "")
            + (f" <small>×{_e(t.num(times))}</small>" if times > 1 else "") + "</li>")


def _marks(p: _Page, view: ClusterView, listed: int, merge: bool) -> str:
    """The marks of ``view`` not shown yet (a mark between two claims is shown with the first), alike ones
    (``merge``: the same two wordings) as one line, the first ``listed`` in full and the others counted;
    agreements counted."""
    lines: dict[tuple[object, ...], list[Mark]] = {}
    agreeing = 0
    for m in sorted(view.marks, key=lambda m: _KIND_ORDER.index(m.kind)):
        if m in p.marks_shown:
            continue
        p.marks_shown.add(m)
        if m.kind == "agrees":
            agreeing += 1
            continue
        key = (p.quote_anchor.get(m.a), p.quote_anchor.get(m.b), m.kind, m.dispute) if merge else (m,)
        lines.setdefault(key, []).append(m)
    groups = list(lines.values())
    out = "".join(_mark(p, alike[0], len(alike)) for alike in groups[:listed])
    rest: Counter[str] = Counter()
    for alike in groups[listed:]:
        m = alike[0]
        rest[f"dispute.{m.dispute or 'contradicts'}" if m.kind == "contradicts" else f"kind.{m.kind}"] += len(alike)
    if agreeing:
        rest["kind.agrees"] += agreeing
    if rest:
        out += ('<li class="more-marks">+ ' + "، ".join(f"{_e(p.t(k))} {_e(p.t.num(n))}" for k, n in rest.items())
                + "</li>")
    return f'<ul class="marks">{out}</ul>' if out else ""


def _cluster(p: _Page, story: _Story, view: ClusterView, number: int,
             wordings: list[tuple[str, str, str, list[Attribution]]], shown: int | None) -> str:
    """A claim: its wordings (the first ``shown`` in full, the others by cue and outlets), the outlets that
    left its counter-claim out, and its marks."""
    t = p.t
    cl = view.cluster
    several = len(view.reportings) > 1
    quotes = "".join(_quote(p, story, anchor, sentence, caption, atts, several)
                     for anchor, sentence, caption, atts in wordings[:shown])
    others = wordings[shown:] if shown is not None else []
    if others:  # each other wording by its cue and outlets
        outlets_of = dict.fromkeys(p.outlet(a) for _, _, _, atts in others for a in atts)
        quotes += (f'<p class="also" data-o="{_bars(outlets_of)}">{_e(t("quote.also"))}: '
                   + " ".join(f'<mark class="cue">{_e(atts[0].cue.text)}</mark>' + "".join(_chip(p, story, a) for a in atts)
                              for _, _, _, atts in others) + "</p>")
    missing = []
    left = [r.outlet for r in view.reportings if r.without_counter]
    if left:
        missing.append(f'<p class="badge missing-counter" data-o="{_bars(left)}">{_e(t("quote.missing"))}: '
                       + "، ".join(f"<bdi>{_e(o)}</bdi>" for o in left) + "</p>")
    outlets = [r.outlet for r in view.reportings]
    label = "" if cl.label == story.label else _e(shorten(cl.label, 20))  # a story of one claim is named after it
    meta = " · ".join([t.count(len(cl.claims), "attribution"), t.count(len(cl.articles), "article"),
                       t.count(len(outlets), "outlet")]) if len(story.views) + len(story.minor) > 1 else ""
    # The outlet filter hides the claims of a story that the outlet did not carry (a story of one claim: the story).
    where = f' data-o="{_bars(outlets)}"' if meta else ""
    return (f'<section class="cluster" id="{_e(cl.id)}"{where}>'
            + (f'<h3><span class="num">{_e(t.num(number))}</span> {label}</h3><p class="meta">{_e(meta)}</p>' if meta else "")
            + f'<div class="quotes">{quotes}</div>{"".join(missing)}'
            f'{_marks(p, view, _MARKS_LISTED_OPEN, False) if shown is None else _marks(p, view, _MARKS_LISTED, True)}'
            "</section>")


def _minor(p: _Page, story: _Story, view: ClusterView, number: int, is_open: bool) -> str:
    """A claim one article carries and no other article disputes, in one line: its first attribution's
    source, cue and content, and the article."""
    a = p.by_id[view.cluster.claims[0]]
    more = len(view.cluster.claims) - 1
    return (f'<section class="cluster" data-line id="{_e(view.cluster.id)}" data-o="{_bars([p.outlet(a)])}">'
            f'<span class="num">{_e(p.t.num(number))}</span> <span class="source">{_e(a.source.text or p.t("quote.unnamed"))}</span> '
            f'<mark class="cue">{_e(a.cue.text)}</mark> «<span class="content">{_e(shorten(a.content.text, 12))}</span>» '
            + (f"<small>×{_e(p.t.num(more + 1))}</small> " if more else "") + _chip(p, story, a)
            + (_marks(p, view, _MARKS_LISTED_OPEN, False) if is_open else "") + "</section>")


def _badges(t: Labels, disputes: Counter[str]) -> str:
    return "".join(f'<span class="tag tag-{k}">{_e(t("dispute." + k))} {_e(t.num(disputes[k]))}</span>'
                   for k in _DISPUTE_ORDER if disputes.get(k))


def _articles(p: _Page, shown: Iterable[str]) -> str:
    """Every article the stories cite, once: outlet, headline (linked to the url when known), date and time.
    The quotes' outlet chips link here."""
    t = p.t
    lang = ' lang="ar" dir="rtl"' if t.lang != "ar" else ""
    rows = []
    for art in sorted((p.articles[a] for a in shown), key=lambda a: (_sort_time(a), outlet_of(a), a.id)):
        headline = shorten(art.headline or art.text, 10) or t("article.no_headline")
        cell = f'<a href="{_e(art.url)}">{_e(headline)}</a>' if art.url else _e(headline)
        rows.append(f'<tr id="{p.article_anchor(art.id)}" data-article="{_e(art.id)}">'
                    f"<td><bdi>{_e(outlet_of(art))}</bdi></td><td{lang}>{cell}</td>"
                    f'<td class="when">{_e(t.when(_when(art)))}</td></tr>')
    return (f'<section id="articles"><h2>{_e(t("story.articles"))} ({_e(t.num(len(rows)))})</h2>'
            f'<div class="tablebox"><table class="articles"><thead><tr><th>{_e(t("table.outlet"))}</th>'
            f'<th>{_e(t("table.headline"))}</th><th>{_e(t("table.time"))}</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def _story(p: _Page, story: _Story, is_open: bool) -> str:
    t = p.t
    clusters, points = [], []
    for number, view in enumerate(story.views, start=1):
        wordings = []
        for sentence, caption, atts in p.wordings[view.cluster.id]:
            anchor = p.quote_anchor[atts[0].id]
            wordings.append((anchor, sentence, caption, atts))
        clusters.append(_cluster(p, story, view, number, wordings, None if is_open else _WORDINGS_SHOWN))
        seen = set()
        for a in (x for _, _, _, atts in wordings for x in atts):
            art = p.articles[a.article]
            when = _when(art)
            if when is None or (art.id, number) in seen:
                continue
            seen.add((art.id, number))
            moment = when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time())
            points.append(TimePoint(outlet_of(art), number, moment, view.cluster.id))
    for number, view in enumerate(story.minor[:_MINOR_LISTED], start=len(story.views) + 1):
        clusters.append(_minor(p, story, view, number, is_open))
    if len(story.minor) > _MINOR_LISTED:
        clusters.append(f'<p class="meta more-claims">+ {_e(t.count(len(story.minor) - _MINOR_LISTED, "claim"))} '
                        f'{_e(t("story.more_claims"))}</p>')
    chart = ""
    # A time axis when it says more than the chips' times do: several claims, or one carried by many outlets.
    if points and len({q.outlet for q in points}) > 1 and (len(story.views) > 1 or len(story.outlets) > 2):
        chart = (f'<figure class="timeline-box"><figcaption>{_e(t("story.timeline"))}</figcaption>'
                 f'{time_axis(points, t)}</figure>')
    kinds = dict.fromkeys([m.dispute or "contradicts" for m in story.marks if m.kind == "contradicts"]
                          + [m.kind for m in story.marks])
    dates = dict.fromkeys(when.strftime("%Y-%m-%d") if isinstance(when, dt.datetime) else when.isoformat()
                          for a in story.articles if (when := _when(a)) is not None)
    meta = " · ".join([t.count(len(story.views) + len(story.minor), "claim"), t.count(len(story.outlets), "outlet"),
                       t.count(len(story.articles), "article")])
    return (f'<details class="story" id="{story.anchor}" data-o="{_bars(story.outlets)}" '
            f'data-k="{_bars(kinds)}"'
            + (f' data-d="{_bars(dates)}"' if p.several_days else "")
            + (" open" if is_open else "") + ">"
            f'<summary><h2>{_e(shorten(story.label, 8))}</h2><p class="meta">{_badges(t, story.disputes)}'
            f'<span>{_e(meta)}</span>'
            + (f' <span class="outlets">{"، ".join(f"<bdi>{_e(o)}</bdi>" for o in story.outlets[:4])}'
               + ("، …" if len(story.outlets) > 4 else "") + "</span>" if len(story.outlets) > 2 else "")
            + "</p></summary>"
            f"{chart}{''.join(clusters)}</details>")


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
    return (f'<a href="#{s.anchor}">{_e(shorten(s.label, 8))}</a> {_badges(t, s.disputes)}'
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
        if len(items) > _SUMMARY_STORIES:  # the others: the mark filter lists them
            listing += f'<p class="meta">+ {_e(t.count(len(items) - _SUMMARY_STORIES, "story"))} ({_e(t("summary.more"))})</p>'
    else:
        listing = f'<p class="meta">{_e(t("summary.no_disputes"))}</p>'
    left = _left_out(p, stories)
    if left:
        rows = "".join(f'<li><bdi class="outlet">{_e(outlet)}</bdi>: {_e(t.count(len(ss), "story"))} — '
                       + "، ".join(f'<a href="#{s.anchor}">{_e(shorten(s.label, 5))}</a>' for s in ss[:3])
                       + ("، …" if len(ss) > 3 else "") + "</li>" for outlet, ss in left.items())
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
    speakers = Counter(a.source.text for s in stories for v in s.views + s.minor for r in v.reportings
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
            + (select("date", "filter.date", ((d, t.num(d)) for d in dates)) if p.several_days
               else '<select id="f-date" hidden><option value=""></option></select>')
            + f'<button type="button" id="f-reset">{_e(t("filter.reset"))}</button>'
            f'<p class="meta" id="shown"><span id="n-shown">{_e(t.num(len(stories)))}</span> / '
            f'{_e(t.num(len(stories)))} {_e(t("filter.shown"))}</p></section>')


def _contents(p: _Page, stories: Sequence[_Story]) -> str:
    t = p.t
    items = [f'<li data-s="{s.anchor}">{_story_link(t, s)}</li>' for s in stories[:_CONTENTS_SHOWN]]
    more = ""
    if len(stories) > _CONTENTS_SHOWN:  # the script lists the others from the stories' own headings
        more = (f'<details><summary>{_e(t("contents.more"))} ({_e(t.num(len(stories) - _CONTENTS_SHOWN))})</summary>'
                f'<ol class="toc" id="toc-more" start="{_CONTENTS_SHOWN + 1}"></ol></details>')
    return (f'<nav id="contents"><h2>{_e(t("contents"))}</h2><ol class="toc">{"".join(items)}</ol>'
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
    # The first screen: the first stories, open, with every wording in full.
    opened, claims = set(), 0
    for i, s in enumerate(stories[:_OPEN_STORIES]):
        if i == 0 or claims + len(s.views) <= _OPEN_CLAIMS:
            opened.add(s.anchor)
            claims += len(s.views)
    # Anchors first, so that a mark can link to a wording in a story rendered later.
    n = 0
    for s in stories:
        shown = None if s.anchor in opened else _WORDINGS_SHOWN
        for v in s.views:
            p.wordings[v.cluster.id] = _wordings(p, v)
            for i, (_, _, atts) in enumerate(p.wordings[v.cluster.id]):
                n += 1
                for a in atts:  # a wording not shown in full is found in its claim's section
                    p.quote_anchor[a.id] = f"q{n}" if shown is None or i < shown else v.cluster.id
    sections = [_story(p, s, s.anchor in opened) for s in stories]
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
        f"{_articles(p, p.cited)}\n"
        f"<footer>{_e(t('footer'))} {_e(t.num(dt.date.today().isoformat()))}</footer>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
