"""An outlet's own sentences as claims: the sentences of an article no attribution covers, each a claim of its
outlet, the account a denial may deny ("ارتفع عدد حالات الوفيات في حادث غرق مركب جزيرة الوراق ... إلى 29 شخصا"),
short lines that end in no stop left out (verses, a page's tag line)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..claims import ClaimKey, claim_key
from ..matching.corpus import Corpus
from ..matching.score import Claim
from ..models import Attribution, Content, Cue, Source
from ..polarity import raw_polarity
from ..sentences import split_sentences
from ..spans import Span
from .denied import told_claims

if TYPE_CHECKING:
    from .explain import Mark

__all__ = ["NARRATION", "keyed_narration", "mark_attributions", "narration_claims"]


NARRATION = "narrate"  # the cue stance of an outlet's own sentence (narration_claims)
_NO_SOURCE: frozenset[str] = frozenset()  # the source key of each (one set: 13,000 sentences a day)


def narration_claims(corpus: Corpus) -> list[Claim]:
    """The sentences of the corpus's articles that no attribution covers, each as a claim of its outlet (an
    empty cue of stance ``narrate`` and an empty source at the sentence's start): "ارتفع عدد حالات الوفيات في
    حادث غرق مركب جزيرة الوراق ... إلى 29 شخصا"، "الجدير بالذكر أن العائلات السعودية تم السماح لهم بالعبور";
    and the reports its denials tell as they deny them (:func:`.denied.told_claims`, stance ``told``)."""
    return keyed_narration(corpus, claim_key) + told_claims(corpus)


def keyed_narration(corpus: Corpus, key: Callable[[str], ClaimKey]) -> list[Claim]:
    """:func:`narration_claims`, each sentence keyed by ``key``."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for a in corpus.attributions:
        spans = (a.cue.span, a.source.span, a.content.span)
        covered.setdefault(a.article, []).append((min(x.start for x in spans), max(x.end for x in spans)))
    out = []
    for art in corpus.articles:
        taken = covered.get(art.id, [])
        for k, sentence in enumerate(split_sentences(art), start=1):
            start, end = sentence.span.start, sentence.span.end
            if any(x < end and start < y for x, y in taken) or not sentence.text.strip() or _a_line(sentence.text):
                continue
            at = Span(start, start)
            negated, _ = raw_polarity(sentence.text)
            attribution = Attribution(f"{art.id}#n{k}", art.id, art.outlet, sentence.span, Cue("", at, "", NARRATION),
                                      Source("", at, "outlet", "none"), Content(sentence.text, sentence.span, negated),
                                      "indirect")
            out.append(Claim(attribution, key(sentence.text), _NO_SOURCE))
    return out


# An outlet's own sentence of fewer words than this that ends in no stop is a line, not a statement.
_LINE_WORDS = 10
# What ends a statement: a full stop, a question or exclamation mark, an ellipsis (a quotation or bracket after it).
_STOPS = ".!?\u061f\u2026"  # ARABIC QUESTION MARK, HORIZONTAL ELLIPSIS
_CLOSERS = " \t\n\"'»”)]\u200f"  # RIGHT-TO-LEFT MARK


def _a_line(text: str) -> bool:
    """Is an outlet's own sentence a short line that ends in no stop: a verse of a poem ("وداع يا صوتٍ يهز
    المنابر", alyaum a576ff676e805), a page's tag line ("سمات جلال الدين حقاني حقاني طالبان وفاة", 3alyoum
    a19c98b2f68e2)?  Such lines assert nothing a denial or another figure could dispute."""
    stripped = text.rstrip(_CLOSERS)
    return len(text.split()) < _LINE_WORDS and not stripped.endswith(tuple(_STOPS))


def mark_attributions(corpus: Corpus, marks: "Iterable[Mark]" = ()) -> dict[str, Attribution]:
    """The attributions marks may name, by id: the corpus's, and, when a mark names an outlet's own sentence
    (``<article>#n<k>``, :func:`narration_claims`), those sentences as attributions of stance ``narrate``."""
    by_id = {a.id: a for a in corpus.attributions}
    if any(x not in by_id for m in marks for x in (m.a, m.b)):
        by_id.update((c.id, c.attribution) for c in narration_claims(corpus))
    return by_id
