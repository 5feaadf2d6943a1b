"""The comparison as data and text: the JSON document, Markdown, and the rows of the terminal table."""

from __future__ import annotations

from collections.abc import Iterable

from ..compare import Comparison
from ..records import attribution_to_dict, cluster_to_dict, mark_to_dict, story_to_dict
from .timeline import story_timelines

__all__ = ["comparison_to_json", "render_markdown", "text_rows"]

_KIND_AR = {"contradicts": "تناقض", "agrees": "توافق", "clarifies": "توضيح", "framing": "اختلاف في الصياغة"}


def comparison_to_json(c: Comparison) -> dict:
    """The document printed by ``claimtrack compare --format json``: articles, attributions, claims (clusters),
    marks, outlets' figures, stories (the claims about one event, whoever speaks) and the stories' timeline
    (:func:`.timeline.story_timelines`: who reported first, echoed, updated, denied or disputed, in order)."""
    return {
        "articles": [{"id": a.id, "outlet": a.outlet, "published": a.published.isoformat() if a.published else None,
                      "headline": a.headline, "credit": a.credit, "path": a.path} for a in c.corpus.articles],
        "attributions": [attribution_to_dict(a) for a in c.corpus.attributions],
        "clusters": [cluster_to_dict(cl) for cl in c.corpus.clusters],
        "contradictions": [mark_to_dict(m, list(c.unanswered_in(m))) for m in c.marks],
        "outlets": [row.as_dict() for row in c.outlets],
        "stories": [story_to_dict(s) for s in c.corpus.stories],
        "timeline": story_timelines(c),
    }


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _count(n: int | None) -> str:
    """A count, or a dash where it is not given (counter-claims left out, on a corpus too large to say)."""
    return "–" if n is None else str(n)


def render_markdown(c: Comparison) -> str:
    """The comparison as Markdown: the outlet table, then each claim with its outlets and marks."""
    lines = ["# مقارنة تغطية المنافذ", "", "| المنفذ | إسنادات | لكل 1000 كلمة | مسمّاة | مجهولة | وثائق | مباشر | تحفّظ | دون الرواية المقابلة |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in c.outlets:
        lines.append(f"| {_md(row.outlet)} | {row.attributions} | {row.per_1000_words} | {row.named:.0%} | {row.anonymous:.0%} | "
                     f"{row.document:.0%} | {row.direct:.0%} | {row.hedged:.0%} | {_count(row.without_counter)} |")
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
