"""The store's rows: what an article, an attribution, a speaker and a mark's evidence become in the tables,
and the records rebuilt from them.

An attribution is kept twice: as columns (for the queries) and as its JSON record
(:func:`claimtrack.records.attribution_to_dict`), from which :func:`attribution_from_dict` rebuilds it.
Nothing here touches the database: the SQL is the caller's.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..contradiction.evidence import Evidence
from ..matching.score import Claim
from ..matching.speakers import Speaker
from ..models import Article, Attribution, Content, Cue, Mention, SaidOn, Source, shorten
from ..reader.parse import parse_article
from ..records import attribution_to_dict
from ..spans import Span

__all__ = ["ARTICLE_COLUMNS", "ATTRIBUTION_COLUMNS", "article_from_row", "article_row", "attribution_from_dict",
           "attribution_row", "evidence_from_dict", "label", "speaker_from_json", "speaker_to_json"]

ARTICLE_COLUMNS = ("id", "hash", "outlet", "published", "published_at", "url", "author", "title", "path", "text")
ATTRIBUTION_COLUMNS = (
    "id", "article", "claim", "sentence_start", "sentence_end", "cue", "cue_start", "cue_end", "lemma", "stance",
    "source", "source_start", "source_end", "source_kind", "resolved", "content", "content_start", "content_end",
    "negated", "refers_to", "quote", "record", "key_text", "source_key", "speaker", "negative", "reprint",
    "said_on_from", "said_on_to", "said_on_text", "said_on_start", "said_on_end")


def article_row(article: Article, digest: str) -> tuple[Any, ...]:
    """The values of :data:`ARTICLE_COLUMNS` for ``article``, whose text hashes to ``digest``."""
    return (article.id, digest, article.outlet, article.published.isoformat() if article.published else None,
            article.published_at.isoformat() if article.published_at else None, article.url, article.author,
            article.headline, article.path, article.text)


def article_from_row(id_: str, text: str, outlet: str | None, published: str | None, published_at: str | None,
                     url: str | None, author: str | None, path: str | None) -> Article:
    """A stored article rebuilt from its text and the columns that the text does not hold."""
    return parse_article(text, id=id_, outlet=outlet, published=published, path=path, url=url, author=author,
                         published_at=dt.datetime.fromisoformat(published_at) if published_at else None)


def attribution_row(c: Claim, article: int, claim: int, reprint: str) -> tuple[Any, ...]:
    """The values of :data:`ATTRIBUTION_COLUMNS` for the claim ``c`` of the stored ``article`` (its row
    number), placed in the stored ``claim``."""
    a = c.attribution
    return (a.id, article, claim, a.sentence.start, a.sentence.end, a.cue.text, a.cue.span.start,
            a.cue.span.end, a.cue.lemma, a.cue.stance, a.source.text, a.source.span.start, a.source.span.end,
            a.source.kind, a.source.resolved, a.content.text, a.content.span.start, a.content.span.end,
            int(a.content.negated), a.content.refers_to, a.quote, json.dumps(attribution_to_dict(a), ensure_ascii=False),
            c.key.text, json.dumps(sorted(c.source_key), ensure_ascii=False), speaker_to_json(c.speaker),
            int(a.negative), reprint, *_said_on_columns(a.said_on))


def attribution_from_dict(d: dict[str, Any]) -> Attribution:
    """The inverse of :func:`claimtrack.records.attribution_to_dict`."""
    cue, src, content = d["cue"], d["source"], d["content"]
    return Attribution(
        d["id"], d["article"], d["outlet"], _span(d["sentence"]),
        Cue(cue["text"], _span(cue), cue["lemma"], cue["stance"]),
        Source(src["text"], _span(src), src["kind"], src["resolved"], [_mention(v) for v in src["via"]]),
        Content(content["text"], _span(content), content["negated"], content["refers_to"]),
        d["quote"], [_mention(h) for h in d["hedges"]], _said_on(d.get("said_on")))


def evidence_from_dict(d: dict[str, Any]) -> Evidence:
    """A mark's evidence as stored (:func:`claimtrack.records.mark_to_dict`)."""
    return Evidence(d["kind"], _mention(d["a"]) if d["a"] is not None else None,
                    _mention(d["b"]) if d["b"] is not None else None, d.get("note", ""))


def speaker_to_json(s: Speaker) -> str:
    return json.dumps([sorted(s.names), [list(r) for r in s.runs], sorted(s.titles), s.country, s.anonymous,
                       s.collective, s.several, s.media, sorted(s.affiliation)], ensure_ascii=False)


def speaker_from_json(text: str) -> Speaker:
    """The inverse of :func:`speaker_to_json`; a row stored before a field was kept (six fields: no several, media or
    affiliation) reads with those unset."""
    fields = json.loads(text)
    names, runs, titles, country, anonymous, collective = fields[:6]
    several, media, affiliation = fields[6:9] if len(fields) >= 9 else (False, False, [])
    return Speaker(frozenset(names), tuple(tuple(r) for r in runs), frozenset(titles), country, anonymous, collective,
                   several, media, frozenset(affiliation))


def label(text: str) -> str:
    """The label of a claim or story opened by a content ``text``: its start, on one line."""
    return shorten(text.replace("\n", " "))


def _span(d: dict[str, Any]) -> Span:
    return Span(d["start"], d["end"])


def _mention(d: dict[str, Any]) -> Mention:
    return Mention(d["text"], _span(d))


def _said_on_columns(s: SaidOn | None) -> tuple[str | None, str | None, str | None, int | None, int | None]:
    if s is None:
        return None, None, None, None, None
    return (s.first.isoformat() if s.first else None, s.last.isoformat() if s.last else None, s.text, s.span.start,
            s.span.end)


def _said_on(d: dict[str, Any] | None) -> SaidOn | None:
    """A stored ``said_on`` (absent from records stored before it existed)."""
    if d is None:
        return None
    first, last = (dt.date.fromisoformat(v) if v else None for v in (d["from"], d["to"]))
    return SaidOn(d["text"], _span(d), first, last)
