"""Back-references: a short mention that stands for an earlier, fuller one.

A short definite noun from ``data/backreferences.tsv`` (``المصدر``, ``البيان``, ``الوكيل``, ``وكيل الوزارة``)
or a bare surname (``تاونسند``, ``برنت``) stands for an earlier, fuller mention; the source span is then that
mention ("قائد القيادة العسكرية الأمريكية بإفريقيا الجنرال ستيفن تاونسند").  A document back-reference
(``وأكد البيان``) resolves to the body that issued the statement (:mod:`.documents`); a kin word (``أهالي
الفقيدة``) to the family named first; ``الأخير`` to the one named last.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import attrs

from ..geography import nisba_place
from ..lexicon.grammar import Grammar
from ..lexicon.morph import BEH, DEFINITE, LAM, PRONOUN_SUFFIXES
from ..models import Article, Mention
from ..normalize import Normalized, fold
from .carryover import CarryOver
from .documents import DocumentIssuers
from .draft import Draft
from .mention_words import (WORD_RE, head_words, in_order, kin_mention, kin_mention_text, kin_words, one_of_plural,
                            opens_with, short_again)
from .mentions import NAME_SEPARATORS, PREPOSITION_ARTICLE, SourceGuess
from .names import title_with_pronoun
from .nounphrase import noun_phrase
from .source_kind import classify_source
from .speaker_search import WINDOW
from .tokens import Token, without_clitic
from .wordlists import rule_words

__all__ = ["BackReferences"]


class BackReferences(CarryOver, DocumentIssuers):
    """The earlier, fuller mention a short one stands for."""

    def __init__(self, article: Article, norm: Normalized, g: Grammar) -> None:
        super().__init__(article, norm, g)
        # By (head, require_title): the head's token positions, their starts, and the full mention worked out so
        # far at each (by index into the positions; None where there is none).
        self._full_mentions: dict[tuple[str, bool], tuple[list[int], list[int], dict[int, SourceGuess | None]]] = {}

    def backreference(self, d: Draft, words: list[Token]) -> SourceGuess | None:
        while len(words) > 1 and words[-1].is_word and "emphatic" in self.g.role(words[-1].key):
            words = words[:-1]  # "المسؤول ذاته", "المصدر نفسه": the emphatic pronoun points back too
        keys = tuple(w.key for w in words if w.is_word)
        if not keys:
            return None
        bare_keys = (words[0].bare,) + keys[1:]
        antecedent = self.g.backrefs.get(keys) or self.g.backrefs.get(bare_keys)
        here = self.mention(*d.source)  # type: ignore[misc]
        if antecedent == "family" or kin_mention(words):
            # "وقال أهالي الفقيدة", "وأردف ذوو الفقيدة": the family that spoke first, named in full
            return self.earlier_family(here)
        if antecedent is None and len(keys) in (2, 3) and nisba_place(keys[-1]):
            # "المسؤول الروسي", "المصدر التشادي", "النائب العام الإماراتي": a back-reference noun for a person with a
            # nationality points back to the nearest earlier official or person of that country ("الحكومة
            # المغربية" names a body in full and points nowhere)
            if (self.g.backrefs.get(keys[:-1]) or self.g.backrefs.get(bare_keys[:-1])) in ("any", "official", "person"):
                place = nisba_place(keys[-1])
                for record, _draft in reversed(self.history):
                    if record.source.kind in ("official", "person") and \
                            any(nisba_place(fold(w)) == place for w in WORD_RE.findall(record.source.text)):
                        return SourceGuess(Mention(record.source.text, record.source.span), record.source.kind,
                                           "backreference")
                return None
        issuer = self.document_of_named(words, here)
        if issuer is not None:
            return issuer
        if antecedent == "document":
            issued = self.issuer_after(d.source[1])  # type: ignore[index]
            if issued is not None:
                return attrs.evolve(issued, via=(here,), resolved="explicit")
            for record, draft in reversed(self.history):
                if (draft.medium_document or self.said_in_document(draft) or self.issued_document(record, draft)
                        or self.document_object(record, draft)) and record.source.text:
                    return SourceGuess(Mention(record.source.text, record.source.span), record.source.kind, "backreference", (here,))
            return None  # no statement was mentioned before: "البيان" stays the source (or see earlier_document)
        if antecedent == "latter":
            return self.named_last(d.source[0])  # type: ignore[index]
        if antecedent == "any":
            honoured = self._honoured(words, d.source[0])  # type: ignore[index]
            if honoured is not None:
                return honoured
            prev = self.previous(d.cue[0])
            if prev is None and len(words) == 1 and title_with_pronoun(self.all, words[0]):
                # "استقبل خادم الحرمين ... وزير الخارجية ... سامح شكري. ونقل معاليه": with no speaker before, a
                # title of respect with its pronoun stands for the one named last
                return self.named_last(d.source[0])  # type: ignore[index]
            return None if prev is None else attrs.evolve(prev, resolved="backreference")
        if antecedent:
            # "الوكيل", "الجيش": the nearest earlier full mention with that head word; with none, the
            # mention stays as written (a first mention, not a back-reference).
            head = words[0].unprefixed if words[0].is_word else keys[0]
            if antecedent in ("organization", "media", "document"):
                # "سعي الوزارة لتوحيد الأنشطة" is the same short noun again; a body is named in full in
                # construct ("وزارة التجارة والصناعة")
                return self.earlier_mention(head, d.source[0], accept=lambda m: not short_again(m.text, keys[0]))  # type: ignore[index]
            # "وكان الوزير قد حسم": a speaker already named in full with that title comes first
            return self.earlier_source(None, lambda m: head in head_words(m.text) and len(m.text) > len(here.text)) \
                or self.earlier_mention(head, d.source[0])  # type: ignore[index]
        # "المديرية", "الجيش": one definite word naming a kind of body or office points back to the
        # nearest fuller mention with that head; "وزير التموين" (an office, no name) to the named one.
        content_words = [w for w in words if w.is_word]
        if content_words and content_words[0].definite and len(content_words) == 1 \
                and self.all.kind(content_words[0]) in ("official", "organization", "media", "person"):
            head = fold(content_words[0].unprefixed)
            if self.all.kind(content_words[0]) in ("official", "person"):
                # "وأضاف الضابط" after "وقال أحد الضباط الجنوبيين": the speaker named as one of the group
                # comes before a nearer mention inside what was said ("ضابط إيراني")
                found = self.earlier_source(None, lambda m: not self.plural(m.text) and one_of_plural(m.text, head))
                if found is not None:
                    return found
            found = self.earlier_mention(content_words[0].unprefixed, d.source[0],  # type: ignore[index]
                                         accept=lambda m: not short_again(m.text, keys[0]))
            if found is not None and len(found.mention.text) > len(here.text):
                return found
        body = self.all.kind(content_words[0]) == "organization" if content_words else False
        if 2 <= len(content_words) <= 3 and (self.all.is_title(content_words[0]) or body) and not content_words[0].definite:
            # "وزير التعليم", "رئيس الهلال", "أمانة المنظمة": the earlier speaker or mention holding every word of
            # it (a preposition fused to a word of the fuller one aside: "الأمانة العامة لمنظمة ..."), and more
            heads = head_words(here.text)
            def fuller(m: Mention) -> bool:
                # (a body is named so where its own word opens the mention: "الأمانة العامة لمنظمة ..." for "أمانة
                # المنظمة"; not inside an office's, "ولي العهد النائب الثاني لرئيس مجلس الوزراء" for "مجلس الوزراء",
                # okaz 2015-08-03 a33217f0ea74b)
                theirs = head_words(m.text, prepositions=body)
                return len(m.text) > len(here.text) + 3 and in_order(heads, theirs) and (not body or theirs[:1] == heads[:1])
            found = self.earlier_source(None, fuller) if not body else None
            if found is None:
                found = self.earlier_mention(content_words[0].unprefixed, d.source[0],  # type: ignore[index]
                                             require_title=not body, accept=fuller)
            if found is not None:
                return found
        if len(content_words) == 1 and content_words[0].definite:
            # "فيقول المصممان" after "كشف المصممان “ايفو ماريك” و”توميسلاف راستوفاك”": the same noun
            # opened an earlier speaker's fuller mention
            key = content_words[0].key
            for record, _ in reversed(self.history):
                src = record.source
                if src.resolved != "none" and len(src.text) > len(here.text) and opens_with(src.text, key):
                    return SourceGuess(Mention(src.text, src.span), src.kind, "backreference")
        # A bare name ("تاونسند", "برنت", "النمروش") first written in full earlier in the article.
        content_words = [w for w in words if w.is_word]
        if 1 <= len(content_words) <= 2 and not any(self.all.kind(w) for w in content_words) \
                and not self.plural(here.text) \
                and not any(w.key.startswith(PREPOSITION_ARTICLE) for w in content_words):
            # ("مديرو التعليم" names no one; "المؤيدون للاتفاق" neither: no name carries a preposition fused to ال)
            last = content_words[-1].key
            found = self.earlier_source(last)
            if found is None:
                found = self.earlier_mention(last, d.source[0], require_title=True)  # type: ignore[index]
            if found is not None and len(found.mention.text) > len(here.text):
                return found
        if len(content_words) == 2 and content_words[0].definite and self.all.kind(content_words[0]) in ("official", "person") \
                and not self.all.kind(content_words[1]) and not self.plural(here.text):
            # a title and a surname ("وأوضح الدكتور بلجون", "اللواء البلوي") after the speaker was named in full with
            # that title ("الدكتور مصطفى جميل بلجون مدير الشؤون الصحية"): the guide's back-reference to the full mention
            title, last = content_words[0].unprefixed, content_words[1].key
            found = self._earlier_speaker_named(last, here, lambda m: title in head_words(m.text))
            if found is not None:
                return found
        return None

    def _earlier_speaker_named(self, last: str, here: Mention, accept: Callable[[Mention], bool]) -> SourceGuess | None:
        """The nearest earlier speaker's mention, of any kind, longer than ``here``, holding the name ``last`` among its
        words and passing ``accept``."""
        for record, _ in reversed(self.history):
            src = record.source
            if src.resolved != "none" and len(src.text) > len(here.text) and last in WORD_RE.findall(fold(src.text)) \
                    and accept(Mention(src.text, src.span)):
                return SourceGuess(Mention(src.text, src.span), src.kind, "backreference")
        return None

    def earlier_document(self, d: Draft, words: list[Token]) -> SourceGuess | None:
        """The document a bare "التقرير" / "البيان" stands for when nobody issued one before it: the nearest earlier
        source that is that document named more fully ("وأوضح التقرير الـ51 لمؤسسة النقد ... ووفقا للتقرير، قام
        المعهد", okaz_f35790b162)."""
        if len(words) != 1 or not words[0].is_word or self.g.backrefs.get((words[0].key,)) != "document":
            return None
        here = self.mention(*d.source)  # type: ignore[misc]
        for record, _draft in reversed(self.history):
            if record.source.resolved == "explicit" and len(record.source.text) > len(here.text) \
                    and head_words(record.source.text)[:1] == [words[0].unprefixed]:
                return SourceGuess(Mention(record.source.text, record.source.span), record.source.kind, "backreference")
        return None

    def earlier_family(self, here: Mention) -> SourceGuess | None:
        """The first source of the article that opens with a kin word and is named more fully than ``here``
        ("أسرة "معلمة تبوك" المتوفاة عقب رفض قبول ابنتها في كلية الطب" for "أهالي الفقيدة")."""
        kin = kin_words()
        found = [(record.source, draft.kind) for record, draft in self.history
                 if record.source.resolved == "explicit" and head_words(record.source.text)[:1] in ([w] for w in kin)
                 and fold(record.source.text) != fold(here.text) and not kin_mention_text(record.source.text)]
        # the body's mention before the headline's ("ذوو "معلمة تبوك": ..." heads the article)
        body = [src for src, kind in found if kind != "headline"] or [src for src, _ in found]
        if not body:
            return None
        return SourceGuess(Mention(body[0].text, body[0].span), body[0].kind, "backreference")

    def _honoured(self, words: list[Token], before: int) -> SourceGuess | None:
        """The one an honorific with its pronoun ("سموه", "معاليه") stands for: the nearest earlier full mention with
        that honorific ("صاحب السمو الملكي الأمير مشاري بن سعود ..." for "رفع سموه", okaz_529e683216), rather than
        the last speaker, who may be someone it honours ("ألقاها ... عطية بن سعيد الزهراني")."""
        if len(words) != 1 or not title_with_pronoun(self.all, words[0]):
            return None
        key = words[0].key
        stem = next((key[: -len(p)] for p in PRONOUN_SUFFIXES if key.endswith(p)), key)
        # a speaker with that honorific first ("وبيّن سموه" after the prince's own words, not the princes his
        # greetings went to: "وإلى صاحب السمو الملكي ..."), then a mention that is no preposition's object
        found = self.earlier_source(None, lambda m: stem in head_words(m.text)) \
            or self.earlier_mention(DEFINITE + stem, before, accept=lambda m: len(head_words(m.text)) > 2 and not self._addressed(m))
        return None if found is None else self.named_in_full(found, before)  # "سمو رئيس المركز": the one named so

    def _addressed(self, m: Mention) -> bool:
        """Is ``m`` the object of a preposition ("وإلى صاحب السمو الملكي", "لصاحب السمو")?"""
        styles = rule_words().style_head
        words = WORD_RE.findall(fold(self.article.text[max(0, m.span.start - 16) : m.span.start]))
        if words and words[-1] in styles:
            words = words[:-1]
        return bool(words) and ("preposition" in self.g.role(words[-1]) or "preposition" in self.g.role(words[-1][1:])
                                or words[-1][:1] == LAM and words[-1] not in styles)

    def named_last(self, before: int) -> SourceGuess | None:
        """The person or office named last before ``before``, with a name, whatever its role in its clause: the
        object of a preposition too ("قدم ... شكره لرئيس الاتحاد ابراهيم البلوي بعد أن أعلن الأخير")."""
        tokens = self.all.tokens
        hi = bisect_left(self.all.starts, before)
        for k in range(hi - 1, max(-1, hi - WINDOW), -1):
            t = tokens[k]
            if not t.is_word or self.all.inside_quote(k):
                continue
            bare = without_clitic(t) if t.key[:1] in (LAM, BEH) and not self.all.kind(t) else t
            if self.all.kind(bare) not in ("official", "person"):
                continue
            view = self.all.with_token(k, bare)
            end = min(max(noun_phrase(view, k), k + 1), hi)
            for m in range(k + 1, end):
                if not self.same_line(m - 1, m):
                    end = m
                    break
            words = [w for w in view.tokens[k:end] if w.is_word]
            if not any(self.name_like(w) for w in words[1:]):
                continue
            return SourceGuess(self.mention(bare.start + (len(t.text) - len(bare.text)), tokens[end - 1].end),
                               classify_source(words, self.g), "backreference")
        return None

    def earlier_mention(self, head: str, before: int, require_title: bool = False,
                        accept: Callable[[Mention], bool] | None = None) -> SourceGuess | None:
        """The nearest earlier mention around the word ``head`` that is a full mention, not itself a short
        back-reference ("وكيل الوزارة" is skipped for "وكيل وزارة الدفاع ...، صلاح الدين النمروش").  With
        ``require_title`` the mention must hold an office or a person word ("المواطن حمدان العصيمي" for
        "وبيّن العصيمي")."""
        # Each position's full mention is worked out once, when a search first reaches it (the nearest before
        # ``before`` first, found by bisection): a run of back-references ("ونفى المتحدث ذلك." again and again) no
        # longer rescans every earlier one, and positions after the mentions asked for are never worked out.
        key = (head, require_title)
        if key not in self._full_mentions:
            positions = self.positions.get(head, [])
            self._full_mentions[key] = (positions, [self.all.starts[k] for k in positions], {})
        positions, starts, worked = self._full_mentions[key]
        for i in range(bisect_left(starts, before) - 1, -1, -1):
            if i not in worked:
                worked[i] = self._full_mention_at(positions[i], require_title)
            guess = worked[i]
            if guess is not None and (accept is None or accept(guess.mention)):
                return guess
        return None

    def _full_mention_at(self, k: int, require_title: bool) -> SourceGuess | None:
        """The full mention around the word at token ``k``; None when it is itself a short back-reference, or
        holds no title where ``require_title`` asks for one (see :meth:`earlier_mention`)."""
        tokens = self.all.tokens
        start, prefix = self.left_edge(k)
        has_title = any(self.all.kind(u) in ("official", "person") for u in tokens[start : k + 1])
        if require_title and not has_title:
            return None
        end = max(noun_phrase(self.all, start), k + 1)
        for m in range(start + 1, end):  # ... and so does its end
            if any(c in self.norm.text[tokens[m - 1].end : tokens[m].start] for c in "\r\n"):
                end = max(m, k + 1)
                break
        before_title = self.name_run(start, 0) if start > 0 and tokens[start - 1].text in NAME_SEPARATORS else start
        if before_title < start:  # "كريس فيليرز، المتحدث باسم «بوينغ»": the name written before the title
            start, prefix = before_title, 0
        a = tokens[start].start + prefix
        b = tokens[end - 1].end
        words = [w for w in tokens[start:end] if w.is_word]
        keys = tuple(w.key for w in words)
        if keys in self.g.backrefs or (words and (words[0].bare,) + keys[1:] in self.g.backrefs):
            return None
        return SourceGuess(self.mention(a, b), classify_source(words, self.g), "backreference")
