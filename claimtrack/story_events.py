"""What a statement does in its story's timeline, read from the marks: one rule for the comparison's timeline
(:mod:`claimtrack.report.timeline`) and the tracker's (``claimtrack track timeline``, :mod:`claimtrack.store.queries`).

- ``denied``: a denial (the denying side of a ``denies`` mark; in the tracker's timeline also a denying cue whose
  target no mark found: "أمانة جدة تنفي وضع كاميرات مراقبة", alriyadh_f3e042aefc#1 in real_disputes);
- ``updated``: the same speaker's new figure or statement (the later side of an ``updates`` mark);
- ``disputed``: a figure or a statement at odds with one told before it (the later side of a ``disagrees`` or
  ``contradicts`` mark);
- ``echoed``: its claim told again, by another article;
- ``first reported``: the first report of its claim.

A statement is one of these whatever its cue says: the Organisation of Islamic Cooperation's "هذه الادعاءات
تنافى الواقع" (maliki_reactions, alweeam_0722_1524#6) denies al-Maliki's accusation though its cue is وأشارت,
and the accusation itself (sabq_0722_2011#9) is the first report of its claim, not a disputed one: the replies
dispute it.  Which side is later is asked of ``when``, the order a timeline lists statements in.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from typing import Any

__all__ = ["EVENTS", "mark_events", "statement_event"]

EVENTS = ("denied", "updated", "disputed", "echoed", "first reported")  # the first that applies is the event
_EVENT_OF = {"denies": "denied", "updates": "updated", "disagrees": "disputed", "contradicts": "disputed"}


def mark_events(marks: Iterable[tuple[str, str, str]], statements: Container[str],
                when: Callable[[str], Any]) -> dict[str, tuple[str, list[str]]]:
    """What each statement does to others, by its id: its event and the ids it acts against (in the order of the
    marks, the strongest event's first).

    ``marks`` are the contradicts marks as ``(a, b, dispute)`` (``dispute``: denies, updates, disagrees, or
    contradicts or "" for any other contradiction); ``statements`` the ids a timeline lists (an outlet's own
    sentence, ``<article>#n<k>``, is none: the attribution on the other side acts against it); ``when(id)`` the
    order of two statements (the later one of an update or a dispute acts)."""
    did: dict[str, tuple[str, list[str]]] = {}
    for a, b, dispute in marks:
        kind = dispute or "contradicts"
        if kind == "denies":
            actor, other = b, a
        elif a in statements and b in statements:  # the later statement updates or disputes the earlier one
            actor, other = (b, a) if when(b) >= when(a) else (a, b)
        else:  # against an outlet's own sentence (<article>#n<k>): the attribution's event
            actor, other = (a, b) if a in statements else (b, a)
        if actor not in statements:
            continue
        event = _EVENT_OF.get(kind, "disputed")
        previous = did.get(actor)
        if previous is None or EVENTS.index(event) < EVENTS.index(previous[0]):
            did[actor] = (event, [other] + (previous[1] if previous else []))
        else:
            previous[1].append(other)
    return did


def statement_event(did: dict[str, tuple[str, list[str]]], statement: str, claim_seen: bool, *,
                    denial: bool = False) -> tuple[str, list[str]]:
    """The event of ``statement`` and what it acts against: what the marks say it does (:func:`mark_events`), else
    ``denied`` for a ``denial`` (a denying cue of a claim asserted) whose target no mark found, else ``echoed``
    when its claim was told before it in the timeline (``claim_seen``), else ``first reported``."""
    known = did.get(statement)
    if known is not None:
        return known
    if denial:
        return "denied", []
    return ("echoed" if claim_seen else "first reported"), []
