"""What the store answers: counts, stories (with filters), a story's claims, its timeline, the export of
every attribution, and the stored articles rebuilt.  Reading only: nothing here writes to the tables
(but for a temporary table of wanted ids).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError
from ..models import DISPUTE_ORDER, Article
from ..story_events import mark_events, statement_event
from .aliases import resolve
from .rows import article_from_row

__all__ = ["claims", "export", "stats", "stored_articles", "stories", "timeline"]

_DISPUTES = frozenset(DISPUTE_ORDER) - {"contradicts"}  # what a contradicts mark's ``dispute`` may say besides
# The order of a timeline's statements: when said, when published (an undated one after every dated one, as the
# comparison's timeline has it), then the order of insertion.  Both the listing and the marks' events read it.
_WHEN = ("COALESCE(at.said_on_from, ar.published_at, ar.published, '9999'), COALESCE(ar.published_at, ar.published,"
         " '9999'), ar.n, at.n")


def stats(db: sqlite3.Connection) -> dict[str, int]:
    """``{"articles": n, "attributions": n, "claims": n, "stories": n, "marks": n}``."""
    return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("articles", "attributions", "claims", "stories", "marks")}


def stories(db: sqlite3.Connection, *, speaker: str | None = None, outlet: str | None = None,
            since: str | None = None, until: str | None = None, mark: str | None = None, text: str | None = None,
            limit: int | None = None) -> list[dict[str, Any]]:
    """Stories, most outlets first: id, label (its most widely carried claim's), first published, claim,
    attribution, article and outlet counts (an article of no known outlet is an outlet of its own, as in
    ``claimtrack compare``: a story of 14 such articles was "0 outlets").
    Filters: a speaker or outlet (substring), a date range (ISO), a mark kind, words of the content."""
    where, params = _filters(speaker, outlet, since, until, mark, text)
    sql = (
        "SELECT c.story, COUNT(DISTINCT c.n), COUNT(DISTINCT at.n), COUNT(DISTINCT ar.n), COUNT(DISTINCT COALESCE(ar.outlet, ar.id)),"
        " MIN(COALESCE(ar.published_at, ar.published)), MAX(COALESCE(ar.published_at, ar.published)), s.label"
        " FROM attributions at JOIN claims c ON c.n = at.claim JOIN articles ar ON ar.n = at.article"
        " JOIN stories s ON s.n = c.story"
        f" WHERE c.story IN (SELECT c2.story FROM attributions at JOIN claims c2 ON c2.n = at.claim"
        f" JOIN articles ar ON ar.n = at.article WHERE {where})"
        " GROUP BY c.story ORDER BY COUNT(DISTINCT COALESCE(ar.outlet, ar.id)) DESC, COUNT(DISTINCT at.n) DESC, c.story")
    if limit:
        sql += f" LIMIT {int(limit)}"
    found = db.execute(sql, params).fetchall()
    labels = _story_labels(db, [row[0] for row in found])
    out = []
    for story, claims_, attributions, articles, outlets, first, last, label in found:
        out.append({"id": f"s{story}", "label": labels.get(story) or label, "claims": claims_,
                    "attributions": attributions, "articles": articles, "outlets": outlets, "first": first,
                    "last": last})
    return out


def _story_labels(db: sqlite3.Connection, stories: list[int]) -> dict[int, str]:
    """Each story's label: that of its claim carried by most outlets (then by most attributions, then the
    oldest).  A story keeps the label of the claim that opened it, which on a growing story is often a detail
    (a story of 214 claims about Aden was "إعداد خطة طوارئ للمدينة", one outlet's aside)."""
    if not stories:
        return {}
    db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_stories (n INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.wanted_stories")
    db.executemany("INSERT INTO temp.wanted_stories VALUES (?)", ((n,) for n in stories))
    rows = db.execute(
        "SELECT c.story, c.label FROM claims c JOIN attributions at ON at.claim = c.n"
        " JOIN articles ar ON ar.n = at.article WHERE c.story IN (SELECT n FROM temp.wanted_stories)"
        " GROUP BY c.n ORDER BY c.story, COUNT(DISTINCT COALESCE(ar.outlet, ar.id)) DESC, COUNT(at.n) DESC, c.n")
    labels: dict[int, str] = {}
    for story, label in rows:
        labels.setdefault(story, label)
    return labels


def claims(db: sqlite3.Connection, story: str | None = None) -> list[dict[str, Any]]:
    """The claims (of one story, or all): id, story, label, attributions, outlets, first published."""
    params: tuple[Any, ...] = ()
    where = "1"
    if story is not None:
        where, params = "c.story = ?", (_number(resolve(db, story), "s"),)
    rows = db.execute(
        "SELECT c.n, c.story, c.label, COUNT(at.n), GROUP_CONCAT(DISTINCT ar.outlet),"
        " MIN(COALESCE(ar.published_at, ar.published)) FROM claims c JOIN attributions at ON at.claim = c.n"
        f" JOIN articles ar ON ar.n = at.article WHERE {where} GROUP BY c.n ORDER BY 6, c.n", params)
    return [{"id": f"c{n}", "story": f"s{s}", "label": label, "attributions": k,
             "outlets": sorted((outlets or "").split(",")) if outlets else [], "first": first}
            for n, s, label, k, outlets, first in rows]


def timeline(db: sqlite3.Connection, story: str) -> list[dict[str, Any]]:
    """The story's attributions in time order, each with what it is in the story, by the rule of the comparison's
    timeline (:mod:`claimtrack.story_events`): ``denied`` (the denying side of a ``denies`` mark, or a denying cue
    whose target no mark found), ``updated`` (the later side of an ``updates`` mark: the speaker revises a figure
    or statement of its own, such as a new toll), ``disputed`` (the later side of another contradicts mark),
    ``echoed`` (its claim reported again), ``first reported`` (the first report of its claim).  The other side of
    a mark may be in another story.  A speaker's new claim that disputes nothing is ``first reported``: a
    spokesman's tenth statement is no update of his first.

    Time order is that of the statements: the first day of ``said_on`` when the sentence dates the statement
    ("قال أمس"), the article's publication time otherwise; then publication and insertion order.  Each row
    gives both: ``said_on`` (``{"from", "to", "text"}`` or ``None``) beside ``published``."""
    n = _number(resolve(db, story), "s")
    if db.execute("SELECT 1 FROM stories WHERE n = ?", (n,)).fetchone() is None:
        raise InputError(f"no story {story!r} in the store (claimtrack track stories lists them)")
    rows = db.execute(
        "SELECT at.id, at.claim, ar.outlet, ar.id, ar.published, ar.published_at, at.source, at.cue, at.content,"
        " at.stance, at.negative, at.said_on_from, at.said_on_to, at.said_on_text"
        " FROM attributions at JOIN claims c ON c.n = at.claim"
        " JOIN articles ar ON ar.n = at.article WHERE c.story = ?"
        f" ORDER BY {_WHEN}", (n,)).fetchall()
    contradicts = db.execute("SELECT a, b, dispute FROM marks WHERE kind = 'contradicts'").fetchall()
    when = {aid: tuple(order) for aid, *order in db.execute(
        f"SELECT at.id, {_WHEN} FROM attributions at JOIN articles ar ON ar.n = at.article WHERE at.id IN"
        " (SELECT a FROM marks WHERE kind = 'contradicts' UNION SELECT b FROM marks WHERE kind = 'contradicts')")}
    did = mark_events(contradicts, when, when.__getitem__)  # the statements on a mark, with when each was made
    seen_claims: set[int] = set()
    out = []
    for (aid, claim, outlet, article, published, published_at, source, cue, content, stance, negative, said_from,
         said_to, said_text) in rows:
        event, _ = statement_event(did, aid, claim in seen_claims, denial=stance == "deny" and bool(negative))
        seen_claims.add(claim)
        said_on = {"from": said_from, "to": said_to, "text": said_text} if said_text is not None else None
        out.append({"event": event, "published": published_at or published, "said_on": said_on, "outlet": outlet,
                    "article": article, "attribution": aid, "claim": f"c{claim}", "source": source, "cue": cue,
                    "content": content})
    return out


def export(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every attribution with its article, claim and story, in the order stored."""
    rows = db.execute(
        "SELECT at.record, c.n, c.story, ar.id, ar.outlet, ar.published, ar.published_at, ar.url, ar.title"
        " FROM attributions at JOIN claims c ON c.n = at.claim JOIN articles ar ON ar.n = at.article ORDER BY at.n")
    for record, claim, story, article, outlet, published, published_at, url, title in rows:
        d = json.loads(record)
        d.update({"claim": f"c{claim}", "story": f"s{story}", "published": published_at or published,
                  "url": url, "title": title})
        yield d


def stored_articles(db: sqlite3.Connection, ids: "Iterable[str] | None" = None) -> Iterator[Article]:
    """The stored articles (those of ``ids``, or all), rebuilt from their text, in the order they were added."""
    sql = "SELECT id, text, outlet, published, published_at, url, author, path FROM articles"
    wanted = None if ids is None else list(dict.fromkeys(ids))
    if wanted is not None:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
        db.execute("DELETE FROM temp.wanted")
        db.executemany("INSERT INTO temp.wanted VALUES (?)", ((i,) for i in wanted))
        sql += " WHERE id IN (SELECT id FROM temp.wanted)"
    for row in db.execute(sql + " ORDER BY n").fetchall():
        yield article_from_row(*row)


def _number(ident: str, prefix: str) -> int:
    if not ident.startswith(prefix) or not ident[1:].isdigit():
        raise InputError(f"{ident!r} is not a {'story' if prefix == 's' else 'claim'} id ({prefix}<number>)")
    return int(ident[1:])


def _filters(speaker: str | None, outlet: str | None, since: str | None, until: str | None, mark: str | None,
             text: str | None) -> tuple[str, list[Any]]:
    where, params = ["1"], []
    if speaker:
        where.append("at.source LIKE ?")
        params.append(f"%{speaker}%")
    if outlet:
        where.append("ar.outlet LIKE ?")
        params.append(f"%{outlet}%")
    if since:
        where.append("ar.published >= ?")
        params.append(since)
    if until:
        where.append("ar.published <= ?")
        params.append(until)
    if mark:
        # a kind of mark (contradicts, agrees, ...) or of dispute (denies, updates, disagrees)
        column = "dispute" if mark in _DISPUTES else "kind"
        where.append(f"at.id IN (SELECT a FROM marks WHERE {column} = ? UNION SELECT b FROM marks WHERE {column} = ?)")
        params += [mark, mark]
    if text:
        where.append("at.content LIKE ?")
        params.append(f"%{text}%")
    return " AND ".join(where), params
