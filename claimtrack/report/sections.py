"""A story's section of the HTML report: its claims, each with its wordings, chips and marks, and its time axis.

Every distinct wording of a claim is shown once (a wire text reprinted by five outlets once, with the five
outlets' chips under it), with its cue, source, content and hedges highlighted; the marks between claims
follow the claim that is shown first.  A claim one article carries, undisputed, is one line.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ..compare import ClusterView, outlet_of
from ..contradiction import Evidence, Mark
from ..contradiction.narration import NARRATION, TOLD
from ..models import Attribution, shorten
from .charts import TimePoint, time_axis
from .page import KIND_ORDER, Page, badges, bars, time_of
from .page import escape as _e
from .stories import Story

__all__ = ["WORDINGS_SHOWN", "group_wordings", "render_story"]

# Wordings of a claim shown in full; the outlets of the others are listed under them.
WORDINGS_SHOWN = 2
# Claims one outlet carries, undisputed, listed in a story (one line each); the others are counted.
_MINOR_LISTED = 5
# Marks listed under a claim (disputes first); the others are counted.
_MARKS_LISTED = 1
_MARKS_LISTED_OPEN = 8  # in the stories open on the first screen, each mark on its own line
# Words of a quoted sentence shown around its cue, source and content.
_SENTENCE_WORDS = 12


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


def group_wordings(p: Page, view: ClusterView) -> list[tuple[str, str, list[Attribution]]]:
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


def _chip(p: Page, story: Story, a: Attribution) -> str:
    art = p.articles[a.article]
    p.cited[art.id] = None
    when = time_of(art)
    stamp = p.t.num(when.strftime("%H:%M")) if isinstance(when, dt.datetime) else ""
    return (f'<a class="chip" href="#{p.article_anchor(art.id)}">{_e(p.outlet(a))}'
            + (f" <small>{_e(stamp)}</small>" if stamp else "") + "</a>")


def _quote(p: Page, story: Story, anchor: str, sentence: str, caption: str, atts: list[Attribution],
           several: bool) -> str:
    outlets = dict.fromkeys(p.outlet(a) for a in atts)
    lang = ' lang="ar" dir="rtl"' if p.t.lang != "ar" else ""
    chips = "".join(_chip(p, story, a) for a in atts)
    # Only a claim several outlets carry needs each wording's outlets for the outlet filter.
    where = f' data-o="{bars(outlets)}"' if several else ""
    return (f'<figure class="quote" id="{anchor}"{where}>'
            f"<blockquote{lang}>{sentence}</blockquote>"
            f'<figcaption>{caption}<span class="chips">{chips}</span></figcaption></figure>')


def _side(p: Page, att: Attribution, claim: bool) -> str:
    t = p.t
    # an outlet's own sentence (contradictions with narration), or a report its denial tells
    narrated = att.cue.stance in (NARRATION, TOLD)
    who = "" if narrated else _e(att.source.text or t("quote.unnamed"))  # the outlet, shown next, speaks
    anchor = p.quote_anchor.get(att.id)
    who = f'<a href="#{anchor}">{who}</a>' if anchor and who else who
    said = ""
    if claim:
        verb = (t("quote.tells") if att.cue.stance == TOLD else t("quote.narrates")) if narrated else t("quote.denies") if att.cue.stance == "deny" else t("quote.says")
        said = f" {verb} «{_e(shorten(p.claim_text(att), 7))}»"
    return f'{who} <small class="outlet">{_e(p.outlet(att))}</small>{said}'.lstrip()


def _evidence(e: Evidence) -> str:
    """What a mark rests on, escaped: both figures of a disputed or updated figure ("43 مدنيا / 57 قتيلا": with
    one alone a reader cannot see the dispute), else the one word or phrase (the denial's cue, a hedge).  The
    passage a denial is linked to is not repeated: the mark's sides already quote both claims."""
    if e.a and e.b:
        return f"{_e(e.a.text)} / {_e(e.b.text)}"
    return _e(e.a.text if e.a else e.b.text if e.b else e.note)


def _mark(p: Page, m: Mark, times: int) -> str:
    """One mark: who (outlet) says «claim»; how the other relates: who (outlet) says «claim», and the
    evidence; ``times`` marks alike (the same two wordings, reprinted) are one line."""
    t = p.t
    kind = m.dispute or m.kind if m.kind == "contradicts" else m.kind
    name = t(f"dispute.{kind}") if m.kind == "contradicts" else t(f"kind.{kind}")
    claim = m.kind == "contradicts" and m.dispute != "disagrees"  # two figures: the evidence shows them
    evidence = "، ".join(dict.fromkeys(_evidence(e) for e in m.evidence
                                       if e.kind not in ("agreement", "link") and (e.a or e.b or e.note)))
    title = f' title="{_e(m.explanation)}"' if t.lang == "en" and m.explanation else ""
    return (f'<li class="mark mark-{_e(m.kind)}"{title}><span class="kind">{_e(name)}</span>'
            f'{_side(p, p.by_id[m.a], claim)}؛ {_e(t("link." + kind))} {_side(p, p.by_id[m.b], claim)}'
            + (f' <span class="evidence">[{evidence}]</span>' if evidence else "")
            + (f" <small>×{_e(t.num(times))}</small>" if times > 1 else "") + "</li>")


def _marks(p: Page, view: ClusterView, listed: int, merge: bool) -> str:
    """The marks of ``view`` not shown yet (a mark between two claims is shown with the first), alike ones
    (``merge``: the same two wordings) as one line, the first ``listed`` in full and the others counted;
    agreements counted."""
    lines: dict[tuple[object, ...], list[Mark]] = {}
    agreeing = 0
    for m in sorted(view.marks, key=lambda m: KIND_ORDER.index(m.kind)):
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


def _cluster(p: Page, story: Story, view: ClusterView, number: int,
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
        quotes += (f'<p class="also" data-o="{bars(outlets_of)}">{_e(t("quote.also"))}: '
                   + " ".join(f'<mark class="cue">{_e(atts[0].cue.text)}</mark>' + "".join(_chip(p, story, a) for a in atts)
                              for _, _, _, atts in others) + "</p>")
    missing = []
    left = [r.outlet for r in view.reportings if r.without_counter]
    if left:
        missing.append(f'<p class="badge missing-counter" data-o="{bars(left)}">{_e(t("quote.missing"))}: '
                       + "، ".join(f"<bdi>{_e(o)}</bdi>" for o in left) + "</p>")
    outlets = [r.outlet for r in view.reportings]
    label = "" if cl.label == story.label else _e(shorten(cl.label, 20))  # a story of one claim is named after it
    meta = " · ".join([t.count(len(cl.claims), "attribution"), t.count(len(cl.articles), "article"),
                       t.count(len(outlets), "outlet")]) if len(story.views) + len(story.minor) > 1 else ""
    # The outlet filter hides the claims of a story that the outlet did not carry (a story of one claim: the story).
    where = f' data-o="{bars(outlets)}"' if meta else ""
    return (f'<section class="cluster" id="{_e(cl.id)}"{where}>'
            + (f'<h3><span class="num">{_e(t.num(number))}</span> {label}</h3><p class="meta">{_e(meta)}</p>' if meta else "")
            + f'<div class="quotes">{quotes}</div>{"".join(missing)}'
            f'{_marks(p, view, _MARKS_LISTED_OPEN, False) if shown is None else _marks(p, view, _MARKS_LISTED, True)}'
            "</section>")


def _minor(p: Page, story: Story, view: ClusterView, number: int, is_open: bool) -> str:
    """A claim one article carries and no other article disputes, in one line: its first attribution's
    source, cue and content, and the article."""
    a = p.by_id[view.cluster.claims[0]]
    more = len(view.cluster.claims) - 1
    return (f'<section class="cluster" data-line id="{_e(view.cluster.id)}" data-o="{bars([p.outlet(a)])}">'
            f'<span class="num">{_e(p.t.num(number))}</span> <span class="source">{_e(a.source.text or p.t("quote.unnamed"))}</span> '
            f'<mark class="cue">{_e(a.cue.text)}</mark> «<span class="content">{_e(shorten(a.content.text, 12))}</span>» '
            + (f"<small>×{_e(p.t.num(more + 1))}</small> " if more else "") + _chip(p, story, a)
            + (_marks(p, view, _MARKS_LISTED_OPEN, False) if is_open else "") + "</section>")


def render_story(p: Page, story: Story, is_open: bool) -> str:
    t = p.t
    clusters, points = [], []
    for number, view in enumerate(story.views, start=1):
        wordings = []
        for sentence, caption, atts in p.wordings[view.cluster.id]:
            anchor = p.quote_anchor[atts[0].id]
            wordings.append((anchor, sentence, caption, atts))
        clusters.append(_cluster(p, story, view, number, wordings, None if is_open else WORDINGS_SHOWN))
        seen = set()
        for a in (x for _, _, _, atts in wordings for x in atts):
            art = p.articles[a.article]
            when = time_of(art)
            if when is None or (art.id, number) in seen:
                continue
            seen.add((art.id, number))
            moment = when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time())
            points.append(TimePoint(outlet_of(art), number, moment, view.cluster.id))
    for number, view in enumerate(story.minor[:_MINOR_LISTED], start=len(story.views) + 1):
        clusters.append(_minor(p, story, view, number, is_open))
    loose = [m for m in story.loose if m not in p.marks_shown]  # disputes of the outlets' own sentences
    if loose:
        p.marks_shown.update(loose)
        clusters.append(f'<ul class="marks">{"".join(_mark(p, m, 1) for m in loose)}</ul>')
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
                          for a in story.articles if (when := time_of(a)) is not None)
    meta = " · ".join([t.count(len(story.views) + len(story.minor), "claim"), t.count(len(story.outlets), "outlet"),
                       t.count(len(story.articles), "article")])
    return (f'<details class="story" id="{story.anchor}" data-o="{bars(story.outlets)}" '
            f'data-k="{bars(kinds)}"'
            + (f' data-d="{bars(dates)}"' if p.several_days else "")
            + (" open" if is_open else "") + ">"
            f'<summary><h2>{_e(shorten(story.label, 8))}</h2><p class="meta">{badges(t, story.disputes)}'
            f'<span>{_e(meta)}</span>'
            + (f' <span class="outlets">{"، ".join(f"<bdi>{_e(o)}</bdi>" for o in story.outlets[:4])}'
               + ("، …" if len(story.outlets) > 4 else "") + "</span>" if len(story.outlets) > 2 else "")
            + "</p></summary>"
            f"{chart}{''.join(clusters)}</details>")
