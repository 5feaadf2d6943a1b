"""Carry-over: a cue with no subject (``وأضافت``, ``مضيفا``) takes the source of the attribution before it.

:class:`CarryOver` remembers the attributions found so far (the last source, the last that is no plural of
people, each speaker's last source) so that no look back rescans the history, and it names a carried-over
title in full ("أمير دولة الكويت" stands for its earlier mention with the name).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import attrs

from ..lexicon.grammar import Grammar
from ..lexicon.morph import DEFINITE
from ..models import Article, Attribution, Mention, Source
from ..normalize import Normalized, fold, normalize
from .draft import Draft
from .mention_words import WORD_RE, head_words, plural_mention
from .mentions import ArticleMentions, SourceGuess
from .tokens import SentenceTokens, tokenize

__all__ = ["CarryOver"]


_GROUP_LOOKBACK = 12  # earlier attributions searched for the last group that spoke, for a plural cue


class CarryOver(ArticleMentions):
    """The speakers found so far, and the one a cue with no subject carries over."""

    def __init__(self, article: Article, norm: Normalized, g: Grammar) -> None:
        super().__init__(article, norm, g)
        # Kept up to date by remember(), so that previous() and resolve() need not rescan the history (a run of
        # cues with no speaker, 'قال: "نعم."' again and again, made that quadratic): the drafts of each sentence
        # holding an attribution, the last source and the last source that is no plural of people.
        self._sentence_drafts: dict[int, list[Draft]] = {}
        self._last_source: Source | None = None
        self._last_singular_source: Source | None = None
        # The last source of each text that earlier_source() may return, the most recent last: its tests look at
        # the text only, so one look per text is enough ("ونفى المتحدث ذلك." again and again was quadratic).
        self._speakers: dict[str, Source] = {}
        # What named_in_full reads of a mention's text alone (the title's unprefixed word and the head words, or None
        # when it names someone already), by text: a source is carried over again and again.
        self._titles: dict[str, tuple[str, list[str]] | None] = {}
        self._plural: dict[str, bool] = {}  # plural_mention of a source's text, by text

    def remember(self, record: Attribution, draft: Draft) -> None:
        self.history.append((record, draft))
        self._sentence_drafts.setdefault(draft.sentence, []).append(draft)
        src = record.source
        if src.resolved != "none" and src.kind in ("official", "person"):
            self._speakers.pop(src.text, None)
            self._speakers[src.text] = src
        if src.resolved != "none" and src.text:
            self._last_source = src
            if not self.plural(src.text):
                self._last_singular_source = src

    def plural(self, text: str) -> bool:
        """:func:`~.mention_words.plural_mention` of a source's ``text``, worked out once per text per article."""
        known = self._plural.get(text)
        if known is None:
            known = self._plural[text] = plural_mention(text, self.g)
        return known

    def drafts_in_sentence(self, sentence: int) -> list[Draft]:
        """The drafts of the attributions found so far in the sentence numbered ``sentence``."""
        return self._sentence_drafts.get(sentence, [])

    def previous(self, before: int, singular: bool = False) -> SourceGuess | None:
        """The source of the nearest earlier attribution; for a cue marking a singular subject, the nearest
        that is no plural of people ("أكد مديرو التعليم ..." is skipped for "وزير التعليم ...، مؤكدا")."""
        src = self._last_singular_source if singular else self._last_source
        if src is None:
            return None
        return self.named_in_full(SourceGuess(Mention(src.text, src.span), src.kind, "carryover"), before)

    def previous_group(self) -> SourceGuess | None:
        """The source of the nearest earlier attribution that is no single named person or office holder ("قال
        أهالي القرية ..." for a later "مطالبين"), among the last few."""
        for record, _ in reversed(self.history[-_GROUP_LOOKBACK:]):
            src = record.source
            if src.resolved != "none" and src.text and (src.kind not in ("official", "person") or self.plural(src.text)):
                return SourceGuess(Mention(src.text, src.span), src.kind, "carryover")
        return None

    def named_in_full(self, guess: SourceGuess, before: int) -> SourceGuess:
        """A carried-over title that names nobody ("سمو رئيس المركز", "أمير دولة الكويت") stands for the
        earlier mention of that title with the name ("بحضور سمو رئيس المركز الأمير الدكتور فيصل بن عبدالله
        ..."); ``before`` is where the cue stands (normalized text)."""
        text = guess.mention.text
        if text not in self._titles:
            self._titles[text] = self._title_words(text)
        known = self._titles[text]
        if known is None:
            return guess
        title, heads = known
        hi = bisect_left(self.all.starts, before)
        for k in reversed(self.positions.get(title, [])):
            if k >= hi:
                continue
            found = self.speaker_mention(k, self.left_edge(k)[0], hi)
            if found is None:
                continue
            full = head_words(found.mention.text)
            rest = full[len(heads) :] if full[: len(heads)] == heads else full[: -len(heads)] if full[-len(heads) :] == heads else []
            if any(self.g.kind_of_word(w) in ("official", "person") or self.g.kind_of_word(DEFINITE + w) in ("official", "person")
                   for w in rest):
                return attrs.evolve(found, resolved=guess.resolved)  # the name written after or before the title
        return guess

    def _title_words(self, text: str) -> tuple[str, list[str]] | None:
        """The unprefixed word of the title a mention's ``text`` names nobody by, and its head words; None when a word
        of it is no title, function word, cue or definite noun (a name), or it holds no title."""
        view = SentenceTokens(tokenize(normalize(text).text), self.g)
        words = [t for t in view.tokens if t.is_word]
        if not words or any(not view.roles(w) and not view.kind(w) and not view.is_cue_word(w)
                            and (not w.definite or view.is_name(w)) for w in words):
            return None
        title = next((w for w in words if view.kind(w) in ("official", "person")), None)
        if title is None:
            return None
        return title.unprefixed, head_words(text)

    def earlier_source(self, name: str | None, accept: Callable[[Mention], bool] | None = None) -> SourceGuess | None:
        """The nearest earlier attribution's source holding the bare name ``name`` among its words ("وقال
        عبدالله عبدالعزيز ..." for a later "كشف عبدالله"): the speaker already named in full, rather than a
        first mention whose phrase may stop inside the name ("الفنان الشاب عبدالله").  ``accept``, when
        given, is a further test of the source's text (only: see ``_speakers``)."""
        for src in reversed(self._speakers.values()):
            if (name is None or name in WORD_RE.findall(fold(src.text))) \
                    and (accept is None or accept(Mention(src.text, src.span))):
                return SourceGuess(Mention(src.text, src.span), src.kind, "backreference")
        return None
