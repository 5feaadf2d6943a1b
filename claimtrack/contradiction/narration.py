"""An outlet's own sentences as claims: the sentences of an article no attribution covers, each a claim of its
outlet, the account a denial may deny ("ارتفع عدد حالات الوفيات في حادث غرق مركب جزيرة الوراق ... إلى 29 شخصا"),
short lines that end in no stop left out (verses, a page's tag line), with the outlet's own clause before a report
in its sentence; and the reports an outlet's denials tell as they deny them ("ردا على ما تردد ... حول أن اتحاد
الكرة رفع عقوبات ...")."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import regex

from ..claims import ClaimKey, claim_key, find_quantities
from ..lexicon.grammar import grammar
from ..lexicon.morph import WAW, without_conjunction
from ..matching.corpus import Corpus
from ..matching.score import Claim
from ..models import Attribution, Content, Cue, Mention, Source
from ..polarity import raw_polarity
from ..sentences import split_sentences
from ..spans import Span
from .denied import explicit_denial, undenied
from .disputes import opens_with_about, told_reports
from .statement_words import statement_words

__all__ = ["NARRATION", "TOLD", "keyed_narration", "narration_claims", "told_claims"]


NARRATION = "narrate"  # the cue stance of an outlet's own sentence (narration_claims)
_NO_SOURCE: frozenset[str] = frozenset()  # the source key of each (one set: 13,000 sentences a day)


def narration_claims(corpus: Corpus) -> list[Claim]:
    """The sentences of the corpus's articles that no attribution covers, each as a claim of its outlet (an
    empty cue of stance ``narrate`` and an empty source at the sentence's start): "ارتفع عدد حالات الوفيات في
    حادث غرق مركب جزيرة الوراق ... إلى 29 شخصا"، "الجدير بالذكر أن العائلات السعودية تم السماح لهم بالعبور";
    the outlet's own clause that opens a sentence before a report ("... إلى 120 قتيلا على الأقل وأعلن تنظيم
    ..."); and the reports its denials tell as they deny them (:func:`told_claims`, stance ``told``)."""
    return keyed_narration(corpus, claim_key) + told_claims(corpus)


def keyed_narration(corpus: Corpus, key: Callable[[str], ClaimKey]) -> list[Claim]:
    """:func:`narration_claims`, each sentence keyed by ``key``."""
    covered: dict[str, list[tuple[int, int, Attribution]]] = {}
    for a in corpus.attributions:
        spans = (a.cue.span, a.source.span, a.content.span)
        covered.setdefault(a.article, []).append((min(x.start for x in spans), max(x.end for x in spans), a))
    out = []
    for art in corpus.articles:
        taken = covered.get(art.id, [])
        for k, sentence in enumerate(split_sentences(art), start=1):
            start, end = sentence.span.start, sentence.span.end
            inside = [(x, a) for x, y, a in taken if x < end and start < y]
            # a sentence a report covers in part: the outlet's own clause before it, if any
            span = _clause_before(art.text, sentence.span, min(inside, key=lambda t: t[0])[1]) if inside else sentence.span
            if span is None:
                continue
            text = span.of(art.text)
            if not text.strip() or _a_line(text):
                continue
            attribution = _outlet_attribution(f"{art.id}#n{k}", art.id, art.outlet, sentence.span, span, text, NARRATION)
            out.append(Claim(attribution, key(text), _NO_SOURCE))
    return out


# How many words an outlet's own clause before a report in its sentence must have to be a claim of the outlet.
_CLAUSE_WORDS = 6
_CLAUSE_END_RE = regex.compile(r"[\s\p{P}]*$")
_PUNCTUATION_RE = regex.compile(r"\p{P}")


def _clause_before(text: str, sentence: Span, report: Attribution) -> Span | None:
    """The outlet's own clause that opens a sentence before the first report in it, when that report opens with
    its cue, and the cue with و or after a punctuation mark ("ارتفعت حصيلة ضحايا الهجوم ... إلى 120 قتيلا على
    الأقل وأعلن تنظيم ... مسؤوليته"، alriyadh 5a2ccb7547; "وقتل خمسة عناصر من جبهة النصرة ...، وقال مدير
    المرصد ..."، alriyadh 0930fb3286): the outlet tells it in its own voice, then adds who said what.  None when
    a report opens the sentence, its source comes first, the cue goes on the clause ("إلا أنه قد أعلن"), the
    clause is short, names only what the report is about ("وعن دور العمال الكردستاني في ...، نفى دوغان") or is
    a fronted adjunct with no figure (:func:`_adjunct_only`)."""
    first = min(report.cue.span.start, report.source.span.start, report.content.span.start)
    if report.cue.span.start > first or first <= sentence.start:
        return None
    clause = text[sentence.start : first]
    cut = _CLAUSE_END_RE.search(clause)
    end = sentence.start + (cut.start() if cut else len(clause))
    if not (report.cue.text.startswith(WAW) or _PUNCTUATION_RE.search(text[end:first])):
        return None
    own = text[sentence.start : end]
    if len(own.split()) < _CLAUSE_WORDS or opens_with_about(own) or _adjunct_only(own):
        return None
    return Span(sentence.start, end)


def _adjunct_only(clause: str) -> bool:
    """Is a clause a fronted adjunct of the report after it, not a statement: it opens with a preposition and gives no
    figure ("وفي كلمة ألقاها أمام الحضور في حفل افتتاح المعرض الدولي للكتاب، أكد الأمير أن ...").  A place before
    a toll is the outlet's statement ("وفي بورنو قتل مسلحون ثمانية أشخاص")."""
    words = statement_words(clause)
    return bool(words) and "preposition" in grammar().role(without_conjunction(words[0][0])) and not find_quantities(clause)


TOLD = "told"  # the cue stance of a report a denial tells as it denies it (told_claims)


def told_claims(corpus: Corpus, key: Callable[[str], ClaimKey] = claim_key,
                denied: "Mapping[str, tuple[Mention, ...]] | None" = None) -> list[Claim]:
    """The reports the corpus's denials tell as they deny them (:func:`.disputes.told_reports`), each as a claim
    of its outlet (an empty cue of stance ``told``, id ``<article>#r<k>``): "ردا على ما تردد في تقارير إخبارية
    ... حول أن اتحاد الكرة رفع عقوبات لجنة الانضباط ..." (sabq 33e60fcaca) tells the reports' claim, which
    another outlet's denial ("نفي الاتحاد السعودي لكرة القدم رفع الإيقافات عن لاعبي النصر"، alweeam
    2f7239f0c5) denies, though that outlet never tells it.  ``denied``: each claim's
    :func:`~.denied.explicit_denial` by its id, when the caller read them already."""
    texts = {art.id: art.text for art in corpus.articles}
    out: list[Claim] = []
    count: dict[str, int] = {}
    for teller in corpus.claims:
        a = teller.attribution
        if not (explicit_denial(a) if denied is None else denied[teller.id]) or undenied(a, texts[a.article]):
            continue
        for span in told_reports(a.content.text):
            told = span.shift(a.content.span.start)
            text = told.of(texts[a.article])
            k = count[a.article] = count.get(a.article, 0) + 1
            attribution = _outlet_attribution(f"{a.article}#r{k}", a.article, a.outlet, a.sentence, told, text, TOLD)
            # keyed by its teller's source: the teller denies it in so many words already, and its denials in other
            # articles are not marked against it either (find_disputes; nor any denial of its own article)
            out.append(Claim(attribution, key(text), teller.source_key))
    return out


def _outlet_attribution(id: str, article: str, outlet: str | None, sentence: Span, span: Span, text: str,
                        stance: str) -> Attribution:
    """What an outlet tells at ``span`` (``text``) as an attribution of the outlet: an empty cue of ``stance`` and an
    empty source where it begins."""
    at = Span(span.start, span.start)
    negated, _ = raw_polarity(text)
    return Attribution(id, article, outlet, sentence, Cue("", at, "", stance), Source("", at, "outlet", "none"),
                       Content(text, span, negated), "indirect")


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
