"""Reported speech in Arabic news: who said what, with exact spans.

:func:`extract_attributions` reads an :class:`~claimtrack.models.Article` sentence by sentence (headline
and sub-headlines included) and returns :class:`~claimtrack.models.Attribution` records in document order.
Each links a **cue** (``وقال``, ``مضيفا``, ``وفقا ل``, ``قوله``), a **source** (the whole speaker mention,
or for a pronoun or a short back-reference such as ``المصدر`` / ``الوكيل`` the earlier full mention) and a
**content**, each with spans into ``article.text``.

Constructions (each has table-driven tests): verb-source-adjuncts-complementizer-content; كان before the
source; direct, mixed and indirect quotes; relayed speech (``نقل البلاغ عن تاونسند قوله``), with the relays
in ``source.via``; according-to phrases before, after or inside the clause; continuations without a
subject (``وأضافت``, ``وتابع:``) and participles (``مضيفا``, ``مشيرة الى أن``); denials with an anaphoric
content (``ونفى الجيش ذلك``); masdar cues (``رغم تحذير ... من أن``); headline forms (``"الوفاق": ...``,
``افريكوم يوضح ان``).  A reporting verb in a relative clause, inside another attribution's quotation or
inside its indirect content does not fire.

The stages, one module each: :mod:`.tokens` (the token view), :mod:`.nounphrase` (with :mod:`.names`: which
words are a name) and :mod:`.adjuncts` (phrases), :mod:`.constructions` with :mod:`.rules` (one rule per construction family), :mod:`.content`
and :mod:`.prune` (content frames and ends), :mod:`.resolve` (who the source really is) and
:mod:`.assemble` (the records).

Extraction never raises on messy text: the worst case is one sentence with fewer results.  A sentence
whose extraction raises is skipped; the failure is logged (logger ``claimtrack.attribution``, WARNING)
and, when the caller passes a list as ``diagnostics``, recorded there as a
:class:`~claimtrack.models.Diagnostic`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
import logging
import re

import regex

from ..lexicon.grammar import Grammar, grammar
from ..models import Article, Attribution, Diagnostic, Sentence
from ..normalize import Normalized, normalize
from ..reader.layout import marker_kind
from ..sentences import split_sentences
from .assemble import build_record
from .constructions import find_drafts
from .content import continue_speech, trim
from .context import SentenceContext
from .draft import Draft
from .prescan import cue_sentences
from .resolve import Resolver
from .said_on import date_statements
from .tokens import QUOTE, SentenceTokens, Token, article_table

__all__ = ["extract_attributions"]

_LOG = logging.getLogger("claimtrack.attribution")


def extract_attributions(article: Article, *, diagnostics: list[Diagnostic] | None = None) -> list[Attribution]:
    """All top-level attributions of ``article``, in document order, with stable ids ``<article>#<n>``.

    A sentence whose extraction fails is skipped and reported (log and ``diagnostics``).
    """
    g = grammar()
    norm = normalize(article.text)
    sentences = split_sentences(article, headlines=True)
    # a sentence with no word a rule fires on is neither tokenized nor read (prescan)
    # (nor a link to the story that repeats its headline, glued by the scraper to the last paragraph: "... أن نصبر.”
    # رابط الخبر بصحيفة الوئام: فان جال يلمح إلى ...", alweeam_56a7c34df0; on a line of its own the reader drops it)
    views = [_token_view(article, norm, s, g) if cued and marker_kind(s.text) != "link" else None
             for s, cued in zip(sentences, cue_sentences(norm, sentences, g))]
    drafts = [d for sentence, st in zip(sentences, views) if st is not None
              for d in _sentence_drafts(article, norm, sentence, st, diagnostics)]
    continue_speech(norm.text, drafts, [(_to_norm(norm, s.start), _to_norm(norm, s.end), s.paragraph, s.kind) for s in sentences])
    # a content with no letter or digit is nothing said: a lone quotation mark ("كشفت الإحصائيات ... "19%" مقارنة",
    # 2015-07-21_2734), whose cue, if kept, would pass its junk source on to the speaker's next cues
    drafts = [d for d in drafts if _WORDED_RE.search(norm.text, d.content_start, d.content_end)]
    return date_statements(article, _records(article, norm, g, drafts, sentences, views, diagnostics), normalized=norm)


def _token_view(article: Article, norm: Normalized, sentence: Sentence, g: Grammar) -> SentenceTokens:
    """The tokens of ``sentence``, with each quotation mark's style in the original text."""
    starts = norm.offsets.starts
    a, b = _to_norm(norm, sentence.start), _to_norm(norm, sentence.end)
    tokens, token_starts = article_table(norm.text).tokens_and_starts(a, b)
    # (a quotation mark is a token of its own: a sentence without one in its text has none among its tokens)
    styles = {t.i: article.text[starts[t.start]] for t in tokens if t.text == QUOTE} if norm.text.find(QUOTE, a, b) >= 0 else {}
    # diacritics are folded away: a word written with the accusative tanween is an object or adverb ("نقداً"), one
    # with a damma on its first letter (after و/ف) a passive perfect ("نُقل", "وصُف")
    written = {t.i: _written(article.text, starts, t) for t in _marked_words(article.text, starts, tokens)}
    accusative = frozenset(i for i, w in written.items() if _FATHATAN in w)
    passive = frozenset(i for i, w in written.items() if w[1:2] == _DAMMA or (w[:1] in _CONJUNCTIONS and w[2:3] == _DAMMA))
    doubled = frozenset(i for i, w in written.items() if _SHADDA in w)
    return SentenceTokens(tokens, g, styles, accusative=accusative, passive=passive, doubled=doubled, starts=token_starts,
                          marks_styled=True)


def _written(text: str, starts: Sequence[int], t: Token) -> str:
    """The word ``t`` as the original text writes it, the marks folded away after its last letter included."""
    return text[starts[t.start] : starts[t.end] if t.end < len(starts) else len(text)]


def _marked_words(text: str, starts: Sequence[int], tokens: list[Token]) -> list[Token]:
    """The words of ``tokens`` written with a fathatan, a damma or a shadda: the only ones the written forms tell
    apart.  Most sentences have none, and then no word's written form is cut out."""
    if not tokens:
        return []
    # (no mark in what the tokens span as written, up to the next token's first character: none in a word either)
    last_end = tokens[-1].end
    if _MARK_RE.search(text, starts[tokens[0].start], starts[last_end] if last_end < len(starts) else len(text)) is None:
        return []
    first = next((t for t in tokens if t.kind == "word"), None)
    if first is None:
        return []
    last = next(t for t in reversed(tokens) if t.kind == "word")
    lo, hi = starts[first.start], starts[last.start] + len(_written(text, starts, last))
    if _MARK_RE.search(text, lo, hi) is None:
        return []
    marks = [m.start() for m in _MARK_RE.finditer(text, lo, hi)]
    words = [t for t in tokens if t.is_word]
    begins = [starts[t.start] for t in words]
    marked: dict[int, Token] = {}
    for p in marks:  # each mark falls in one word's written form, or between words
        t = words[bisect_right(begins, p) - 1]
        if p < starts[t.start] + len(_written(text, starts, t)):
            marked[t.i] = t
    return list(marked.values())


_FATHATAN = "\u064b"  # ARABIC FATHATAN
_DAMMA = "\u064f"  # ARABIC DAMMA
_SHADDA = "\u0651"  # ARABIC SHADDA
_CONJUNCTIONS = "\u0648\u0641"  # و ف
_WORDED_RE = regex.compile(r"[\p{L}\p{N}]")
_MARK_RE = re.compile(f"[{_FATHATAN}{_DAMMA}{_SHADDA}]")


def _to_norm(norm: Normalized, pos: int) -> int:
    return bisect_left(norm.offsets.starts, pos)


def _sentence_drafts(article: Article, norm: Normalized, sentence: Sentence, st: SentenceTokens,
                     diagnostics: list[Diagnostic] | None) -> list[Draft]:
    """The drafts of one sentence, contents trimmed; a failure costs this sentence only, and is reported."""
    try:
        ctx = SentenceContext(st, sentence.index, _to_norm(norm, sentence.end), sentence.kind == "headline")
        found = find_drafts(ctx)
    except Exception as err:  # messy text costs one sentence, never the article
        _report(article, sentence, err, diagnostics)
        return []
    kept = []
    for d in found:
        d.content_start, d.content_end = trim(norm.text, d.content_start, d.content_end)  # type: ignore[arg-type]
        if d.content_end > d.content_start:
            kept.append(d)
    return kept


def _records(article: Article, norm: Normalized, g: Grammar, drafts: list[Draft], sentences: list[Sentence],
             views: list[SentenceTokens | None], diagnostics: list[Diagnostic] | None = None) -> list[Attribution]:
    """Resolve each draft's source in document order and assemble the records."""
    if not drafts:
        return []
    sentence_of = {s.index: s for s in sentences}
    tokens_of = {s.index: st for s, st in zip(sentences, views) if st is not None}
    resolver = Resolver(article, norm, g)
    records: list[Attribution] = []
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append(d)
    for d in drafts:
        st = tokens_of[d.sentence]
        sentence = sentence_of[d.sentence]
        try:
            guess = resolver.resolve(d, st)
            record = build_record(article, norm, d, len(records) + 1, sentence, st, guess, records, g,
                                  sentence_of.get(d.sentence - 1), by_sentence[d.sentence])
        except Exception as err:  # as in _sentence_drafts: messy text costs this attribution, never the article
            _report(article, sentence, err, diagnostics)
            continue
        records.append(record)
        resolver.remember(record, d)
    return records


def _report(article: Article, sentence: Sentence, err: Exception, diagnostics: list[Diagnostic] | None) -> None:
    message = f"{type(err).__name__}: {err}"
    _LOG.warning("article %s, sentence %d (%d-%d): extraction failed: %s", article.id, sentence.index,
                 sentence.start, sentence.end, message, exc_info=True)
    if diagnostics is not None:
        diagnostics.append(Diagnostic(article.id, sentence.span, "extract", message))
