"""Records claimtrack builds and returns.

All are ``@attrs.frozen``: immutable, hashable, comparable.  Spans point into ``Article.text`` (see
:mod:`claimtrack.spans`).  Constructors stay dumb; the functions that build an article from a file or a
string (:func:`claimtrack.read_article`, :func:`claimtrack.parse_article`) live in :mod:`claimtrack.reader`,
which imports this module and not the other way round; serialization to JSON lives at the edge
(:mod:`claimtrack.records`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from .spans import Span

__all__ = ["DISPUTE_ORDER", "Article", "Block", "BlockKind", "Diagnostic", "SaidOn", "Sentence", "article_of", "id_order", "mention_to_dict",
           "shorten"]

# The kinds of dispute a contradicts mark names, in the order tables, badges, summaries and filters list them (an
# explicit denial first, then a speaker's own revision, then two speakers' figures, then any other contradiction).
DISPUTE_ORDER = ("denies", "updates", "disagrees", "contradicts")


def id_order(record_id: str) -> tuple[str, str, int]:
    """Sort key for ids "<article>#<n>": by article, then by number (so #10 comes after #9); the ids of an
    outlet's own sentences and of the reports its denials tell ("#n<k>", "#r<k>") after its attributions, each
    kind by number, so that no two ids of one article tie."""
    article, _, n = record_id.rpartition("#")
    kind = n.rstrip("0123456789")
    number = n[len(kind):]
    return article, kind, int(number) if number else 0


def article_of(record_id: str) -> str:
    """The article id of a record id "<article>#<n>" (an attribution, an outlet's sentence "#n<k>", a report
    "#r<k>"): everything before the last "#", since an article id may hold one itself."""
    return record_id.rsplit("#", 1)[0]


def shorten(text: str, words: int = 12) -> str:
    """The first ``words`` words of ``text``, with an ellipsis when it is longer."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")

BlockKind = Literal[
    "headline", "subheadline", "byline", "date", "caption", "related", "boilerplate", "body"
]
BLOCK_KINDS: tuple[str, ...] = (
    "headline", "subheadline", "byline", "date", "caption", "related", "boilerplate", "body"
)


def _blocks(values: "Iterable[Block]") -> "tuple[Block, ...]":
    return tuple(values)


def _mentions(values: "Iterable[Mention]") -> "tuple[Mention, ...]":
    return tuple(values)


@attrs.frozen
class Block:
    """One line of an article with its role: a headline, a byline, a boilerplate line, a body paragraph."""

    kind: BlockKind
    span: Span

    def text(self, article: "Article") -> str:
        return self.span.of(article.text)


@attrs.frozen
class Sentence:
    """A sentence: its span in the article text and its role (``"headline"``/``"subheadline"`` or ``"body"``)."""

    article: str
    index: int
    span: Span
    text: str
    kind: str = "body"
    paragraph: int = -1

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of ``claimtrack sentences --format jsonl`` (schema ``sentence``, :mod:`claimtrack.records`);
        ``attrs.asdict`` nests the span and keeps ``paragraph``."""
        return {"article": self.article, "index": self.index, "kind": self.kind, "start": self.start, "end": self.end,
                "text": self.text}


@attrs.frozen
class Article:
    """A news article: its text and the parts the reader recognized in it.

    ``text`` is the file as decoded (see :mod:`claimtrack.reader.files`) with a leading BOM dropped and line
    endings kept; every span of every record built from this article indexes it.  Build one with
    :func:`claimtrack.read_article` (a file) or :func:`claimtrack.parse_article` (a string): the record never
    reads anything itself.
    """

    id: str
    text: str
    blocks: tuple[Block, ...] = attrs.field(converter=_blocks, repr=False)
    outlet: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    dateline: Span | None = None
    path: str | None = attrs.field(default=None, eq=False)
    credit: str | None = None  # the wire agency credited at the top ("الرياض (واس) -" -> وكالة الأنباء السعودية)
    url: str | None = None
    author: str | None = None
    published_at: dt.datetime | None = None  # the publication time, when the record gives one

    def spans_of(self, *kinds: str) -> tuple[Span, ...]:
        return tuple(b.span for b in self.blocks if b.kind in kinds)

    @property
    def headline(self) -> str | None:
        spans = self.spans_of("headline")
        return spans[0].of(self.text) if spans else None

    @property
    def headline_span(self) -> Span | None:
        spans = self.spans_of("headline")
        return spans[0] if spans else None

    @property
    def subheadlines(self) -> tuple[Span, ...]:
        return self.spans_of("subheadline")

    @property
    def paragraphs(self) -> tuple[Span, ...]:
        """Body paragraphs, in order."""
        return self.spans_of("body")

    @property
    def boilerplate(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind in ("caption", "related", "boilerplate"))

    @property
    def body(self) -> str:
        """Body paragraphs joined by blank lines (a convenience: spans index ``text``, not this)."""
        return "\n\n".join(s.of(self.text) for s in self.paragraphs)


@attrs.frozen
class Mention:
    """A piece of an article: its text and its span (``text == article.text[span.start:span.end]``)."""

    text: str
    span: Span


@attrs.frozen
class Cue:
    """The reporting word(s): ``وقال``, ``مضيفا``, ``وفقا ل``, ``قوله``; lemma and stance class."""

    text: str
    span: Span
    lemma: str
    stance: str


@attrs.frozen
class Source:
    """Who said it.  For a resolved source the span is the antecedent mention, not the pronoun."""

    text: str
    span: Span
    kind: str
    resolved: str  # "explicit", "carryover", "backreference" or "none"
    via: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)


@attrs.frozen
class Content:
    """What was said.  ``refers_to`` is the id of the attribution an anaphoric content (ذلك) points to."""

    text: str
    span: Span
    negated: bool = False
    refers_to: str | None = None


@attrs.frozen
class SaidOn:
    """When a statement was made: the words that date it and the first and last day they name.

    ``first`` and ``last`` are equal for one day ("أمس") and bound a range for a period ("الأسبوع الماضي"); both
    are ``None`` when the words cannot be read to a day: a relative expression in an article without a
    publication date (``Article.published``).
    """

    text: str
    span: Span
    first: dt.date | None = None
    last: dt.date | None = None


@attrs.frozen
class Attribution:
    """One piece of reported speech: cue, source and content, with the sentence it stands in."""

    id: str
    article: str
    outlet: str | None
    sentence: Span
    cue: Cue
    source: Source
    content: Content
    quote: str  # "direct", "indirect" or "mixed"
    hedges: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)
    said_on: SaidOn | None = None  # when the source said it, when the sentence says (see claimtrack.attribution.said_on)

    @property
    def negative(self) -> bool:
        """Polarity of the reported claim: a denial of a positive content, or an assertion of a negated one."""
        return (self.cue.stance == "deny") != self.content.negated

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of ``claimtrack extract --format jsonl`` (schema ``attribution``,
        :mod:`claimtrack.records`); ``attrs.asdict`` nests each span instead."""
        # the spans spelt out rather than through a helper (one call and one dict fewer each; the keys in the same order)
        cue, source, content, sentence, said_on = self.cue, self.source, self.content, self.sentence, self.said_on
        return {
            "id": self.id,
            "article": self.article,
            "outlet": self.outlet,
            "sentence": {"start": sentence.start, "end": sentence.end},
            "cue": {"text": cue.text, "start": cue.span.start, "end": cue.span.end, "lemma": cue.lemma,
                    "stance": cue.stance},
            "source": {
                "text": source.text,
                "start": source.span.start,
                "end": source.span.end,
                "kind": source.kind,
                "resolved": source.resolved,
                "via": [mention_to_dict(v) for v in source.via],
            },
            "content": {
                "text": content.text,
                "start": content.span.start,
                "end": content.span.end,
                "negated": content.negated,
                "refers_to": content.refers_to,
            },
            "quote": self.quote,
            "hedges": [mention_to_dict(h) for h in self.hedges],
            "said_on": None if said_on is None else {
                "from": said_on.first.isoformat() if said_on.first else None,
                "to": said_on.last.isoformat() if said_on.last else None,
                "text": said_on.text, "start": said_on.span.start, "end": said_on.span.end},
        }


def mention_to_dict(m: Mention) -> dict[str, Any]:
    """A mention's JSON form: its text and span, ``{"text", "start", "end"}``."""
    return {"text": m.text, "start": m.span.start, "end": m.span.end}


@attrs.frozen
class Diagnostic:
    """Something that cost output but not the run: a sentence whose extraction raised, a file left out.

    ``article`` is the article id (or file name), ``span`` where in its text (``None`` for the whole of it),
    ``stage`` the step that failed (``"extract"``, ``"read"`` ...) and ``message`` what happened.
    """

    article: str
    span: Span | None
    stage: str
    message: str
