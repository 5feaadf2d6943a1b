"""Searches for a speaker named since the last attribution, for a cue with no subject of its own.

Before the last speaker is carried over (:mod:`.carryover`), the resolver (:mod:`.resolve`) looks for someone
named in the text after the last attribution and before the cue, outside any attribution: a titled, named
person agreeing in gender with the cue (``مع الدكتورة سهيلة ...، التي أكدت ... وأوضحت``), a plural of people
for a plural cue (``احتج المزارعون على ... وطالبوا``), a body of the cue's gender in its own sentence.  Each
stays within a bounded window: ``WINDOW`` tokens and ``SENTENCES_BACK`` sentence or line boundaries.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..lexicon.morph import NOON, WAW, noun_gender
from .agreement import cue_gender_of, sound_masculine_plural
from .draft import Draft
from .mentions import PREPOSITION_ARTICLE, SENTENCE_ENDS, SPEAKER_KINDS, ArticleMentions, SourceGuess
from .nounphrase import noun_phrase
from .source_kind import classify_source
from .tokens import COLON, COMMAS, SentenceTokens, Token
from .wordlists import rule_words

__all__ = ["SENTENCES_BACK", "WINDOW", "SpeakerSearch"]


WINDOW = 80  # tokens searched back for a speaker named outside any attribution
SENTENCES_BACK = 2  # sentence or line boundaries that search may cross


class SpeakerSearch(ArticleMentions):
    """The searches for a speaker named since the last attribution."""

    def speaker_since(self, d: Draft, st: SentenceTokens) -> SourceGuess | None:
        """A person introduced after the last attribution, for a cue with no subject.

        "تحاورت «عين اليوم» مع الدكتورة سهيلة زين العابدين ...، التي أكدت ... / وأوضحت أن": the speaker was
        named in a clause that is no attribution (a relative clause, a non-speech verb: "استند الفنان فايز
        المالكي على ...، وقال:").  The first titled mention (an office or a person word) written after the
        last attribution, within the cue's sentence and the one or two before it, whose gender agrees with
        the cue's.
        """
        window = self._window(d)
        if window is None:
            return None
        lo, cue_at = window
        gender = cue_gender_of(st, d)
        for t in self._outside_content(lo, cue_at):
            kind = self.all.kind(t)
            if kind not in ("official", "person") or self.all.inside_quote(t.i):
                continue
            if self.all.is_preposition_word(t):
                continue  # "ليجد نفسه أمام تجارة": the preposition أمام, folded like the title إمام
            if t.conj and t.bare != t.key and not self.g.kind_of_word(t.key):
                continue  # "والأمير سلمان": coordinated with a mention before it, never the clause's subject
            if gender is not None and noun_gender(t.unprefixed) != gender:
                continue
            found = self.speaker_mention(t.i, lo, cue_at)
            if found is not None:
                return found
        return None

    def _outside_content(self, lo: int, cue_at: int) -> Iterator[Token]:
        """The tokens from ``lo`` up to the cue that may name who speaks: after a complementizer or a colon comes
        reported content, not who speaks, so the walk goes on at the next sentence."""
        tokens = self.all.tokens
        k = lo
        while k < cue_at:
            t = tokens[k]
            if self.all.is_comp(t) or t.text == COLON:
                while k < cue_at and tokens[k].text not in SENTENCE_ENDS:
                    k += 1
                continue
            k += 1
            yield t

    def _window(self, d: Draft) -> tuple[int, int] | None:
        """Where a speaker named since the last attribution may stand: from the end of the last attribution (its
        cue, source or content), at most ``WINDOW`` tokens and ``SENTENCES_BACK`` sentence or line boundaries back,
        up to the cue's token.  None when the cue stands past the last token."""
        tokens = self.all.tokens
        cue_at = bisect_left(self.all.starts, d.cue[0])
        if cue_at >= len(tokens):
            return None
        lo = max(0, cue_at - WINDOW)
        if self.history:
            last = self.history[-1][1]
            end = max(e for e in (last.cue[1], last.content_end, last.source[1] if last.source else None) if e is not None)
            lo = max(lo, bisect_left(self.all.starts, end))
        stops = 0
        for k in range(cue_at - 1, lo - 1, -1):  # the sentence boundaries crossed stay few
            if self.stops_at(k):
                stops += 1
                if stops > SENTENCES_BACK:
                    lo = k + 1
                    break
        return lo, cue_at

    def group_since(self, d: Draft) -> SourceGuess | None:
        """For a cue marking a plural subject (وطالبوا، ويطالبون، مدعين): the nearest plural of people written
        since the last attribution that heads its own clause, "لكن المزارعين مقتنعون بأن ...، ويطالبون", "احتج
        المزارعون على ... وطالبوا", "لكن بعض خبراء الأمن الإلكتروني يشعرون بالقلق ...، مدعين".  A named
        person carried over never speaks for them.  A sound plural in -ون is nominative, the subject of its
        clause; one in -ين (and a broken plural, which shows no case) only at the opening of its clause or after
        لكن/إن/أن ("حقوق المزارعين", "من جانب المزارعين" name them in another role)."""
        window = self._window(d)
        if window is None:
            return None
        lo, cue_at = window
        tokens = self.all.tokens
        found = None
        for t in self._outside_content(lo, cue_at):
            if t.is_word and not self.all.inside_quote(t.i) and (start := self._group_head(t.i, lo)) is not None:
                found = (start, t.i)
        if found is None:
            return None
        start, head = found
        first = tokens[start]
        prefix = len(first.key) - len(first.bare) if first.conj and not self.g.kind_of_word(first.key) else 0
        view = self.all.with_token(start, first.replace(key=first.bare, text=first.text[prefix:]))
        end = min(max(noun_phrase(view, start), head + 1), cue_at)
        for m in range(start + 1, end):
            if not self.same_line(m - 1, m) or tokens[m].text in COMMAS:
                end = max(m, head + 1)
                break
        words = [w for w in tokens[start:end] if w.is_word]
        return SourceGuess(self.mention(first.start + prefix, tokens[end - 1].end), classify_source(words, self.g), "carryover")

    def body_since(self, d: Draft, gender: str) -> SourceGuess | None:
        """For a cue whose gender the speaker carried over does not share ("وكشفت" after "مدرب روماني ..."): the
        nearest body or speaker of that gender named in the cue's own sentence before it, not after a
        preposition nor inside what was said ("بالتحقيق الذي أجرته الشرطة الأوروبية (يوروبول) ...، وكشفت
        حينها عن ...")."""
        window = self._window(d)
        if window is None:
            return None
        lo, cue_at = window
        tokens = self.all.tokens
        for k in range(cue_at - 1, lo - 1, -1):
            if self.stops_at(k):
                lo = k + 1
                break
        found = None
        k = lo
        while k < cue_at:
            t = tokens[k]
            if self.all.is_comp(t) or t.text == COLON:
                break  # what follows is reported content
            k += 1
            if not t.is_word or self.all.inside_quote(t.i) or t.key.startswith(PREPOSITION_ARTICLE) \
                    or self.all.kind(t) not in SPEAKER_KINDS or noun_gender(t.unprefixed) != gender \
                    or (t.conj and t.bare != t.key and not self.g.kind_of_word(t.key)):
                continue
            before = self.all.tok(t.i - 1)
            if t.i > lo and before is not None and (self.all.is_prep(before) or before.is_word and self.all.kind(before)):
                continue  # "من جانب المزارعين", "موقع صحيفة": the object of a preposition, a genitive
            found = t.i
        if found is None:
            return None
        end = min(max(noun_phrase(self.all, found), found + 1), cue_at)
        for m in range(found + 1, end):
            if not self.same_line(m - 1, m):
                end = m
                break
        while end > found + 1 and tokens[end - 1].text in COMMAS:
            end -= 1
        words = [w for w in tokens[found:end] if w.is_word]
        return SourceGuess(self.mention(tokens[found].start, tokens[end - 1].end), classify_source(words, self.g), "carryover")

    def _group_head(self, k: int, lo: int) -> int | None:
        """Where the mention of a plural of people at token ``k`` starts (a partitive before it: "بعض خبراء"),
        when it heads its clause (see :meth:`group_since`); None otherwise."""
        tokens = self.all.tokens
        t = tokens[k]
        word = t.unprefixed
        if t.key.startswith(PREPOSITION_ARTICLE) or not (self.all.kind(t) == "collective"
                                                          or sound_masculine_plural(word, self.g, definite=self.all.definite(t))):
            return None
        start = k
        before = self.all.tok(k - 1) if k > lo else None
        if before is not None and before.is_word and before.unprefixed in rule_words().partitive:
            start, before = k - 1, (self.all.tok(k - 2) if k - 1 > lo else None)
        if before is not None and (self.all.is_prep(before) or start == k and t.definite and before.is_word and before.definite):
            return None  # "من جانب المزارعين"; "المزارعون الأوروبيون": an adjective agreeing with the noun before it
        if word.endswith(WAW + NOON) and start == k:
            return start  # nominative: "احتج المزارعون"
        opens = before is None or not before.is_word or self.all.is_comp(before) or "subordinator" in self.all.roles(before)
        return start if opens else None
