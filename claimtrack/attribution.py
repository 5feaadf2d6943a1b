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

Extraction never raises on messy text: the worst case is one sentence with fewer results.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

import attrs
import regex

from .lexicon.grammar import CueForm, Grammar, Verb, grammar
from .models import Article, Attribution, Content, Cue, Mention, Sentence, Source
from .normalize import Normalized, normalize
from .phrases import COMMAS, QUOTE, SentenceTokens
from .resolve import Resolver, SourceGuess
from .sentences import split_sentences
from .spans import Span
from .tokens import Token, tokenize

__all__ = ["extract_attributions"]

_COLON = ":"
# Tests set this to True so that a bug in a rule fails loudly instead of costing one sentence.
STRICT = False


@attrs.define
class Draft:
    """An attribution being built, in normalized-text coordinates of its article."""

    sentence: int
    cue: tuple[int, int]
    cue_token: int
    verb: Verb
    source: tuple[int, int] | None = None  # explicit mention (normalized span)
    source_tokens: tuple[int, int] | None = None
    via: list[tuple[int, int]] = attrs.field(factory=list)
    content_start: int | None = None
    content_end: int | None = None
    anaphoric: bool = False
    lemma: str | None = None
    stance: str | None = None
    medium_document: bool = False
    nested_guard: bool = True  # may a later bare verb inside the content fire? (no)
    subject_hint: tuple[int, int] | None = None  # tokens of a clause subject earlier in the sentence
    kind: str = "verb"
    subject_first: bool = False  # the source stands before the cue ("وكانت الوزارة ذكرت", "تقارير تشير")


class _SentenceParser:
    def __init__(self, st: SentenceTokens, sentence: Sentence, index: int, end: int, headline: bool) -> None:
        self.st = st
        self.g: Grammar = st.g
        self.sentence = sentence
        self.index = index
        self.end = end  # normalized end of the sentence
        self.headline = headline
        self.subjects: list[tuple[int, tuple[int, int]]] = []  # (cue token, subject token range)

    # --- helpers ---------------------------------------------------------------------------------
    def span(self, a: int, b: int) -> tuple[int, int]:
        toks = self.st.tokens
        return toks[a].start, toks[b - 1].end

    def comp_after_subordinator(self, k: int) -> bool:
        """Is token ``k`` the complementizer of a subordinator ("غير أن", "فيما أن") that opens a clause?"""
        st = self.st
        return k > 0 and st.is_comp(st.tok(k)) and ("subordinator" in st.roles(st.tokens[k - 1])
                                                    or bool(st.multi_role_at(k - 1, "subordinator")))

    def is_relative(self, i: int) -> bool:
        prev = self.st.tok(i - 1)
        if prev is None:
            return False
        roles = self.st.roles(prev)
        if "relative" in roles:
            return True
        if prev.key == "\u0645\u0627":  # ما
            before = self.st.tok(i - 2)
            return before is None or "adverb_ma" not in self.st.roles(before)
        if prev.bare in ("\u0644\u0645", "\u0644\u0646") or prev.key in ("\u0644\u0645", "\u0644\u0646"):
            return True  # لم، لن: not said
        if self.st.is_comp(prev) and self.st.cue_forms(self.st.tokens[i])[0].form == "imperfect" and prev.key in ("\u0627\u0646",):
            return True  # "من المتوقع أن يكشف": planned, not said
        # "جولة مغاربية يؤكد خلالها ...": a verb after an indefinite noun, with a resumptive pronoun
        # on the preposition after it, is an asyndetic relative clause describing that noun.
        nxt = self.st.tok(i + 1)
        if prev.is_word and not prev.definite and not prev.conj and nxt is not None \
                and self.st.is_prep(nxt) and "preposition" not in self.g.role(nxt.key):
            return True
        return False

    def subject_before(self, i: int) -> tuple[int, int] | None:
        """A subject written before the verb: after كان, at the clause start, or after فإن/بعد."""
        st = self.st
        # "وكان النائب العام، المستشار سعد الصفران، قد أكد": كان, a whole mention (apposition and all), قد
        verb_at = i - 1 if i > 0 and "qad" in st.roles(st.tokens[i - 1]) else i
        for k in range(verb_at - 1, max(-1, verb_at - 16), -1):
            t = st.tokens[k]
            if t.text in (".", "\u061f", "!") or (st.is_cue_word(t) and "cue_homograph" not in st.roles(t)):
                break
            # after كان, or after a clause opener ("غير أن مرشح قائمة «...»، الهادي الزروق، نفى")
            opener = "kana" in st.roles(t) or self.comp_after_subordinator(k)
            if opener:
                end = st.noun_phrase(k + 1)
                if end > k + 1 and (end == verb_at or (end == verb_at - 1 and st.tokens[end].text in COMMAS)):
                    return k + 1, end
                break
        k = i - 1
        if k >= 0 and "qad" in st.roles(st.tokens[k]):
            k -= 1
        stop = k
        while k >= 0 and i - k <= 9:
            t = st.tokens[k]
            if not t.is_word and t.text != QUOTE:
                break
            if any(neg == (t.key,) for neg in self.g.negators):
                return None  # "صراعا لا ينتهي تواصل": a clause, not a subject
            inner_prep = t.key in ("\u0641\u064a", "\u0644\u062f\u064a") and k - 1 >= 0 and st.tokens[k - 1].is_word
            if (st.is_prep(t) and not inner_prep) or st.is_comp(t) or st.is_cue_word(t) \
                    or st.roles(t) & {"kana", "subordinator", "relative", "qad", "masdar_intro"}:
                break
            k -= 1
        start = k + 1
        if start > stop:
            return None
        boundary = st.tok(k)
        ok = boundary is None or "kana" in st.roles(boundary) or st.is_comp(boundary) \
            or boundary.key in ("\u0628\u0639\u062f", "\u0642\u0628\u0644") or "subordinator" in st.roles(boundary) \
            or boundary.text in COMMAS or boundary.text == "."
        if not ok:
            return None
        if boundary is None and not self.headline and "kana" not in st.roles(st.tokens[start]):
            # Sentence-initial SV in body text is rare and mostly not speech: only with a known source word.
            if not self.g.kind_of_word(st.tokens[start].unprefixed) and not self.g.kind_of_word(st.tokens[start].bare):
                return None
        last = st.tokens[stop]
        opener = boundary is not None and ("subordinator" in st.roles(boundary) or st.is_comp(boundary))
        if last.is_word and last.key.endswith("\u0627") and not st.definite(last) and not self.g.kind_of_word(last.bare) \
                and not opener:
            return None  # "صورا قالت إنها ...": the pictures are what she spoke about; not "لكن أوباما قال"
        end = st.noun_phrase(start)
        if end < stop + 1:
            return None
        return start, stop + 1

    # --- content ---------------------------------------------------------------------------------
    def content_at(self, j: int, verb: Verb, d: Draft, participle: bool = False) -> bool:
        """Set the content of ``d`` starting at token ``j``; False when the frame is not satisfied."""
        st = self.st
        t = st.tok(j)
        if t is None:
            return False

        def start_at(k: int) -> bool:
            u = st.tok(k)
            if u is None:
                return False
            d.content_start = u.start
            return True

        if st.is_comp(t) or t.text == _COLON:
            return start_at(j + 1)
        if t.text == QUOTE:
            return start_at(j)
        if st.is_prep(t) and t.key in verb.preps:
            return start_at(j + 2 if st.is_comp(st.tok(j + 1)) else j + 1)
        if t.is_word and t.key[0] in verb.preps and t.key[0] in ("\u0628", "\u0644") and (len(t.key) == 1 or not st.definite(t)):
            if len(t.key) == 1:
                return start_at(j + 1)
            d.content_start = t.start + 1  # "إشادته بمتانة": the preposition is not content
            return True
        if t.is_word and ("demonstrative" in st.roles(t) or "anaphor_noun" in st.roles(t)):
            end = j + 1
            while end < len(st.tokens) and st.tokens[end].is_word and end - j < 3 \
                    and ("anaphor_noun" in st.roles(st.tokens[end]) or st.tokens[end].definite):
                end += 1
            after = st.tok(end)
            if after is None or after.text in (".", "\u060c", ",") or after.is_word and (after.conj or st.is_prep(after)):
                named = [u for u in st.tokens[j + 1 : end] if "anaphor_noun" not in st.roles(u)]
                if named and "anaphor_noun" not in st.roles(t) and verb.stance != "deny":
                    return False  # "نشر هذا التحليل": a demonstrative before a plain noun is an object, not the claim
                # "نفى ذلك جملة وتفصيلا", "نفى صحة هذه الأنباء", "أكد هذه المعلومات"
                d.content_start, d.content_end = t.start, st.tokens[end - 1].end
                d.anaphoric = True
                return True
        keywords = _keywords(self.g, verb)
        if keywords:
            keys = [u.key for u in st.tokens[j:]] + [u.bare for u in st.tokens[j:]]
            if not any(k in keys for k in keywords):
                return False
            if t.key in keywords or t.bare in keywords:
                return start_at(j + 1)
        elif verb.frame != "any":
            # "دعا الوزير الأطراف إلى ضبط النفس", "داعيا المانحين إلى": an object, then the preposition
            if verb.stance in ("appeal", "accuse") and t.is_word and not st.is_prep(t) and not st.is_comp(t) \
                    and st.noun_phrase(j) > j:
                for k in range(j + 1, min(len(st.tokens), j + 14)):
                    u = st.tokens[k]
                    if not u.is_word and u.text not in COMMAS:
                        break
                    attached = len(u.key) > 2 and u.key[0] in verb.preps and u.key[0] in ("\u0628", "\u0644")
                    if (st.is_prep(u) and u.key in verb.preps) or attached:
                        d.content_start = t.start
                        return True
            return False
        if not t.is_word and t.kind != "num":
            return False
        if st.is_prep(t) or any(f.form == "participle" for f in st.cue_forms(t)):
            return False
        d.content_start = t.start
        return True

    # --- cue rules -------------------------------------------------------------------------------
    def verb_draft(self, i: int, form: CueForm) -> Draft | None:
        st, verb = self.st, form.verb
        t = st.tokens[i]
        d = Draft(self.index, (t.start, t.end), i, verb)
        if verb.stance == "relay":
            return self.relay_draft(i, form)
        if verb.lemma in ("\u062c\u0627\u0621", "\u0623\u062a\u0649"):  # جاء، أتى
            return self.came_in_draft(i, form)
        j = i + 1
        via: list[tuple[int, int]] = []
        relays: list[tuple[int, int]] = []
        after_cue = st.tok(j)
        if after_cue is not None and any(f.form == "participle" and f.verb.lemma == "\u0642\u0627\u0644" for f in st.cue_forms(after_cue)):
            d.cue = (t.start, after_cue.end)  # "واستطرد قائلا": one cue
            j += 1
        prev = st.tok(i - 1)
        pronoun_subject = prev is not None and "subordinator" in st.roles(prev) and prev.key.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645"))
        subject = None if pronoun_subject else self.subject_before(i)
        j = st.skip_adjuncts(j, verb, via, relays)
        nxt = st.tok(j)
        explicit = None
        keywords = _keywords(self.g, verb)
        if subject is None and not pronoun_subject and nxt is not None and nxt.is_word and not st.is_comp(nxt) \
                and not st.is_prep(nxt) and not ({"demonstrative", "anaphor_noun"} & st.roles(nxt)) \
                and nxt.key not in keywords and nxt.bare not in keywords:
            end = st.noun_phrase(j, verb)
            if end > j:
                explicit = (j, end)
                issuer, after_issuer, document = self.issuer((j, end))
                if document is not None:
                    via.append(document)
                    explicit, end = issuer, after_issuer
                if verb.stance == "accuse" and "\u0628" in verb.preps:
                    after = st.tok(end)
                    if after is not None and after.is_word and after.key.startswith("\u0628") and not self.has_source_word(j, end):
                        explicit = None  # "اتهم روسيا بإرسال": one noun phrase before بـ is the object
                if explicit:
                    j = st.skip_adjuncts(end, verb, via, relays)
        elif subject is None and not pronoun_subject and nxt is not None and nxt.text == QUOTE and not st.quote_end(j, 3) is None:
            end = st.noun_phrase(j, verb)
            if end > j and st.is_comp(st.tok(st.skip_adjuncts(end, verb, []))):
                explicit = (j, end)
                j = st.skip_adjuncts(end, verb, via)
        source = explicit or subject
        d.subject_first = source is not None and source is subject
        if relays and source is not None:
            # "وذكرت صحيفة X، نقلا عن مسؤولين، أن ...": the source is the one relayed, X is the relay.
            via.insert(0, source)
            via.extend(relays[:-1])
            source = relays[-1]
            d.subject_first = False
        if source:
            d.source_tokens = source
            d.source = self.span(*source)
            self.subjects.append((i, source))
        after_source = st.tok(j)
        if after_source is not None and "gesture" in st.roles(after_source):
            return None  # "وأشار الحكم بيده إلى": a gesture, not speech
        if explicit and after_source is not None and after_source.text in COMMAS and verb.frame == "any":
            j += 1  # "نفى المهندس فراس العدوان، رئيس الاتحاد، ما تردد عن ..."
        if source is None:
            prior = [s for s in self.subjects if s[0] < i]
            if prior:
                d.subject_hint = prior[-1][1]
        if not self.content_at(j, verb, d):
            return None
        d.via = [self.span(a, b) for a, b in via]
        d.medium_document = self.medium_document(i + 1, j)
        return d

    def has_source_word(self, a: int, b: int) -> bool:
        return any(self.st.kind(t) for t in self.st.tokens[a:b])

    def medium_document(self, a: int, b: int) -> bool:
        """Was it said in a document ("في بيان لها", "عبر بلاغ")?  Back-references to البيان point here."""
        toks = self.st.tokens
        return any(self.g.kind_of_word(toks[k].unprefixed) == "document" and self.st.is_prep(toks[k - 1])
                   for k in range(max(a, 1), b))

    def participle_draft(self, i: int, form: CueForm) -> Draft | None:
        st, verb = self.st, form.verb
        t = st.tokens[i]
        d = Draft(self.index, (t.start, t.end), i, verb, kind="participle")
        if verb.stance == "accuse" and "\u0628" in verb.preps:
            # "متهما روسيا بإرسال": the accusation needs its ب; "برأت متهما ثانيا" is a noun
            ahead = st.tokens[i + 1 : i + 7]
            stop = next((k for k, u in enumerate(ahead) if not u.is_word), len(ahead))
            if not any(u.key.startswith("\u0628") and (len(u.key) > 2 or u.key == "\u0628") for u in ahead[:stop]):
                return None
        via: list[tuple[int, int]] = []
        j = st.skip_adjuncts(i + 1, verb, via)
        d.via = [self.span(a, b) for a, b in via]
        if not self.content_at(j, verb, d, participle=True):
            return None
        if d.content_start is not None and verb.frame == "any":
            first = st.tok(j)
            if first is not None and first.is_word and (st.is_time(first) or st.is_prep(first)):
                return None
        prior = [s for s in self.subjects if s[0] < i]
        if prior:
            d.subject_hint = prior[-1][1]
        return d

    def masdar_draft(self, i: int, form: CueForm) -> Draft | None:
        """"رغم تحذير الرئيس المصري ... من أن ...": a verbal noun, its agent, then a complement."""
        st, verb = self.st, form.verb
        if form.pronoun:
            return None  # "في معرض تعليقه على": a pronoun masdar reports speech only after نقل عن
        prev = st.tok(i - 1)
        if prev is not None and prev.text not in COMMAS and not st.roles(prev) & {"masdar_intro", "subordinator"}:
            return None  # "في تصريح صحفي": a masdar inside an adjunct is no cue
        t = st.tokens[i]
        d = Draft(self.index, (t.start, t.end), i, verb, kind="masdar")
        end = st.noun_phrase(i + 1, verb)
        agent = st.tok(i + 1)
        if end <= i + 1 or agent is None or not (st.definite(agent) or st.is_title(agent) or st.kind(agent)):
            return None
        j = st.skip_adjuncts(end, verb, [])
        nxt = st.tok(j)
        if nxt is None:
            return None
        framed = st.is_comp(nxt) or nxt.text in (QUOTE, _COLON) or (st.is_prep(nxt) and nxt.key in verb.preps and st.is_comp(st.tok(j + 1)))
        if not framed or not self.content_at(j, verb, d):
            return None
        d.source_tokens = (i + 1, end)
        d.source = self.span(i + 1, end)
        return d

    def relay_draft(self, i: int, form: CueForm) -> Draft | None:
        """"ونقل البلاغ عن تاونسند قوله: ...", "ونقل بيان عن السفارة ... عن برنت تأكيده على أن ..."."""
        st = self.st
        an = "\u0639\u0646"  # عن
        via: list[tuple[int, int]] = []
        j = i + 1
        t = st.tok(j)
        if t is not None and t.key != an:
            end = st.noun_phrase(j)
            if end > j:
                via.append((j, end))
                j = end
        j = st.skip_adjuncts(j, form.verb, [])
        speakers: list[tuple[int, int]] = []
        while (t := st.tok(j)) is not None and t.key == an:
            end = st.noun_phrase(j + 1)
            if end <= j + 1:
                break
            speakers.append((j + 1, end))
            j = st.skip_adjuncts(end, form.verb, [])
        if not speakers:
            return None
        cue_tok = st.tok(j)
        if cue_tok is not None and cue_tok.text in COMMAS and (nxt := st.tok(j + 1)) is not None \
                and any(f.form == "masdar" and f.pronoun for f in st.cue_forms(nxt)):
            j += 1  # "عن حاكم مقاطعة باسكنو، أحمدو ولد أعمر، قوله"
            cue_tok = nxt
        inner = None
        if cue_tok is not None and cue_tok.is_word:
            inner = next((f for f in st.cue_forms(cue_tok) if f.form == "masdar" and f.pronoun), None)
            if inner is None and not cue_tok.conj:
                # "نقلت رويترز عن مصدر قال إن": an indefinite speaker's own verb (a relative clause without الذي)
                inner = next((f for f in st.cue_forms(cue_tok) if f.form in ("perfect", "imperfect")), None)
        if inner is not None and cue_tok is not None:
            d = Draft(self.index, (cue_tok.start, cue_tok.end), j, inner.verb, kind="relay")
            ok = self.content_at(st.skip_adjuncts(j + 1, inner.verb, []), inner.verb, d)
        else:
            t0 = st.tokens[i]
            d = Draft(self.index, (t0.start, t0.end), i, form.verb, kind="relay")
            ok = self.content_at(j, attrs.evolve(form.verb, frame="complement"), d)
        if not ok:
            return None
        d.via = [self.span(*v) for v in via + speakers[:-1]]
        d.source_tokens = speakers[-1]
        d.source = self.span(*speakers[-1])
        d.cue_token = i
        return d

    def came_in_draft(self, i: int, form: CueForm) -> Draft | None:
        """"جاء ذلك في بلاغ ... صادر عن X" (content ذلك, source X) and "وجاء في البيان أن ..."."""
        st = self.st
        t = st.tokens[i]
        d = Draft(self.index, (t.start, t.end), i, form.verb, kind="came")
        j = i + 1
        demo = st.tok(j)
        anaphor = demo is not None and "demonstrative" in st.roles(demo)
        if anaphor:
            j += 1
        p = st.tok(j)
        if p is not None and p.key == "\u0639\u0644\u064a" and (tongue := st.tok(j + 1)) is not None and tongue.key == "\u0644\u0633\u0627\u0646":
            # "جاء ذلك على لسان X": the cue runs to لسان, the speaker follows
            end = st.noun_phrase(j + 2)
            if end <= j + 2 or not anaphor:
                return None
            d.cue = (t.start, tongue.end)
            d.verb = Verb("على لسان", "according", "complement", (), 0)
            d.source_tokens = (j + 2, end)
            d.source = self.span(j + 2, end)
            d.content_start, d.content_end = demo.start, demo.end  # type: ignore[union-attr]
            d.anaphoric = True
            return d
        if p is None or p.key not in ("\u0641\u064a", "\u062e\u0644\u0627\u0644", "\u0639\u0628\u0631"):
            return None
        doc_end = st.noun_phrase(j + 1)
        if doc_end <= j + 1:
            return None
        source, k, doc = self.issuer((j + 1, doc_end))
        if doc is not None:
            d.via.append(self.span(*doc))
        d.source_tokens = source
        d.source = self.span(*source)
        if anaphor:
            d.content_start, d.content_end = demo.start, demo.end  # type: ignore[union-attr]
            d.anaphoric = True
            return d
        if not self.content_at(k, attrs.evolve(form.verb, frame="complement"), d):
            return None
        return d

    def issuer(self, document: tuple[int, int]) -> tuple[tuple[int, int], int, tuple[int, int] | None]:
        """"بلاغ ... صادر عن X": the issuer X is the source and the document a relay.

        Returns the source tokens, the token after the phrase, and the document (None when no issuer).
        """
        st = self.st
        k = st.skip_adjuncts(document[1], None, [])
        issued = st.tok(k)
        an = st.tok(k + 1)
        if issued is not None and "issued_by" in st.roles(issued) and an is not None and an.key == "\u0639\u0646":
            end = st.noun_phrase(k + 2)
            if end > k + 2:
                return (k + 2, end), end, document
        return document, document[1], None

    def according_drafts(self) -> list[Draft]:
        st = self.st
        drafts = []
        for i in range(len(st.tokens)):
            marker = st.according_at(i)
            if not marker:
                continue
            np_start, prefix, marker_words = marker
            end = st.noun_phrase(np_start)
            if end <= np_start:
                continue
            prev = st.tok(i - 1)
            t = st.tokens[i]
            cue_end = st.tokens[np_start].start + prefix if prefix else st.tokens[np_start - 1].end
            verb = Verb(" ".join(marker_words), "according", "complement", (), 0)
            d = Draft(self.index, (t.start, cue_end), i, verb, kind="according")
            src, end, doc = self.issuer((np_start, end))
            if doc is not None:
                d.via.append((st.tokens[np_start].start + prefix, st.tokens[doc[1] - 1].end))
                prefix = 0
            d.source = (st.tokens[src[0]].start + prefix, st.tokens[src[1] - 1].end)
            d.source_tokens = src
            after = st.tok(end)
            if prev is not None and prev.text == "(":
                # "... خلال أغسطس (بحسب الجهاز المركزي للتعبئة العامة والإحصاء)."
                start = self.clause_start(i)
                close = next((k for k in range(np_start, min(len(st.tokens), np_start + 12)) if st.tokens[k].text == ")"), None)
                if start is None or close is None:
                    continue
                d.source = (d.source[0], st.tokens[close - 1].end)
                d.source_tokens = (src[0], close)
                d.content_start, d.content_end = st.tokens[start].start, prev.start
            elif prev is not None and prev.text in COMMAS:
                # After the content: "..., وفقا لبيان "أفريكوM"".  Aside between commas: handled as via.
                if after is not None and after.text in COMMAS:
                    continue
                start = self.clause_start(i)
                if start is None:
                    continue
                d.content_start = st.tokens[start].start
                d.content_end = prev.start
            else:
                k = st.skip_adjuncts(end, None, [])
                nxt = st.tok(k)
                if nxt is None:
                    continue
                if st.is_comp(nxt) or nxt.text in COMMAS or nxt.text == _COLON:
                    after_comp = st.tok(k + 1)
                    if after_comp is None:
                        continue
                    d.content_start = after_comp.start
                else:
                    continue
            drafts.append(d)
        return drafts

    def clause_start(self, before: int) -> int | None:
        st = self.st
        k = 0
        size = st.multi_role_at(0, "impersonal")
        if size:
            k = size
            if st.is_comp(st.tok(k)):
                k += 1
        return k if k < before else None

    def headline_drafts(self) -> list[Draft]:
        """"و"الوفاق": سنواصل التقدم نحو سرت": a short name, a colon, the words."""
        st = self.st
        drafts = []
        seg_start = 0
        for c, t in enumerate(st.tokens):
            if t.text == "." or t.text == "-" or t.text == "|":
                seg_start = c + 1
                continue
            if t.text != _COLON:
                continue
            names = [k for k in range(seg_start, c) if st.tokens[k].is_word]
            if not names or len(names) > 6 or any(st.is_cue_word(st.tokens[k]) for k in names):
                seg_start = c + 1
                continue
            first = names[0]
            if st.tokens[first].key == "\u0648" and len(names) > 1:
                names = names[1:]
            nxt = st.tok(c + 1)
            if nxt is None:
                continue
            verb = Verb(":", "neutral", "complement", (), 0)
            d = Draft(self.index, (t.start, t.end), c, verb, kind="headline")
            d.source = (st.tokens[names[0]].start, st.tokens[names[-1]].end)
            d.source_tokens = (names[0], names[-1] + 1)
            d.content_start = nxt.start
            drafts.append(d)
            seg_start = c + 1
        return drafts

    # --- the sentence ----------------------------------------------------------------------------
    def parse(self) -> list[Draft]:
        st = self.st
        drafts: list[Draft] = []
        used: set[int] = set()
        if self.headline:
            drafts.extend(self.headline_drafts())
        for i, t in enumerate(st.tokens):
            if i in used or i in st.asides or not t.is_word or st.inside_quote(i):
                continue
            if st.according_at(i):
                continue  # "نقلا عن": part of an according-to marker, not the verb نقل
            if "impersonal" in st.roles(t) or st.multi_role_at(i, "impersonal"):
                continue  # "يذكر أن", "يشار إلى أن": the outlet's own background
            forms = st.cue_forms(t)
            if not forms or self.is_relative(i):
                continue
            d = None
            for form in sorted(forms, key=lambda f: ("perfect", "imperfect", "participle", "masdar").index(f.form)):
                if form.form in ("perfect", "imperfect"):
                    d = self.verb_draft(i, form)
                elif form.form == "participle":
                    d = self.participle_draft(i, form)
                else:
                    d = self.masdar_draft(i, form)
                if d is not None:
                    break
            if d is None:
                # A verb that did not fire may still name the subject a later participle hangs on.
                if any(k == i for k, _ in self.subjects):
                    continue
                for form in forms:
                    if form.form in ("perfect", "imperfect") and "preposition" not in st.roles(t):
                        end = st.noun_phrase(st.skip_adjuncts(i + 1, form.verb, []), form.verb)
                        start = st.skip_adjuncts(i + 1, form.verb, [])
                        if end > start:
                            self.subjects.append((i, (start, end)))
                        break
                continue
            if d.kind == "relay" or d.cue[1] > t.end:
                used.update(k for k, u in enumerate(st.tokens) if d.cue[0] <= u.start < d.cue[1])
            if d.source_tokens and d.source_tokens[0] > i:
                used.update(range(*d.source_tokens))  # "أكد رئيس نادي الرمثا": no cue inside the source
            drafts.append(d)
        drafts.extend(self.according_drafts())
        drafts.sort(key=lambda d: d.cue[0])
        return self.prune(drafts)

    def prune(self, drafts: list[Draft]) -> list[Draft]:
        """Drop nested cues and set each content's end at the next top-level attribution."""
        st = self.st
        kept: list[Draft] = []
        for d in drafts:
            if kept:
                last = kept[-1]
                inside = last.content_start is not None and last.content_start <= d.cue[0] and (last.content_end is None or d.cue[0] < last.content_end)
                if inside and not self.top_level(d):
                    if d.kind == "according" and last.kind != "according":
                        last.via.append(d.source)  # type: ignore[arg-type]
                        last.content_end = st.tokens[d.cue_token - 1].start if d.cue_token > 0 else last.content_end
                    continue
            kept.append(d)
        for a, b in zip(kept, kept[1:]):
            if a.content_end is None and a.content_start is not None and b.cue[0] > a.content_start:
                a.content_end = self.clause_boundary(b)
        for d in kept:
            if d.content_end is None:
                d.content_end = self.end
            d.content_end = self.commentary_cut(d)
        return [d for d in kept if d.content_start is not None and d.content_end is not None and d.content_end > d.content_start]

    def commentary_cut(self, d: Draft) -> int:
        """End a content before the outlet's own comment: "، مما أثار انتقادات", "، في إشارة محتملة"."""
        st = self.st
        for k, t in enumerate(st.tokens):
            if t.text not in COMMAS or d.content_start is None or not d.content_start < t.start < d.content_end:  # type: ignore[operator]
                continue
            if st.inside_quote(k):
                continue
            nxt = st.tok(k + 1)
            if nxt is not None and ("commentary" in st.roles(nxt) or st.multi_role_at(k + 1, "commentary")):
                return t.start
        return d.content_end  # type: ignore[return-value]

    def top_level(self, d: Draft) -> bool:
        st = self.st
        t = st.tokens[d.cue_token]
        if d.kind == "participle":
            return True
        if d.kind == "masdar":
            prev = st.tok(d.cue_token - 1)
            return prev is not None and (prev.text in COMMAS or "masdar_intro" in st.roles(prev))
        if d.kind == "according":
            return False  # inside another attribution's content it becomes that one's via
        prev = st.tok(d.cue_token - 1)
        if t.conj and t.bare != t.key:
            return True
        if d.subject_first and d.source_tokens:
            before = st.tok(d.source_tokens[0] - 1)
            if before is not None and (before.text in COMMAS or st.roles(before) & {"subordinator", "kana"}
                                       or self.comp_after_subordinator(d.source_tokens[0] - 1)):
                return True  # "... غير أن منظمة نداء الإنسانية قالت إن ..."
        if prev is not None and (prev.text in COMMAS or "subordinator" in st.roles(prev) or prev.key == "\u0643\u0645\u0627"):
            return True
        return False

    def clause_boundary(self, b: Draft) -> int:
        """Where the content before attribution ``b`` ends: before its connective or comma."""
        st = self.st
        k = b.cue_token
        while k > 0:
            prev = st.tokens[k - 1]
            if prev.text in COMMAS or st.roles(prev) & {"subordinator", "qad", "masdar_intro"}:
                k -= 1
                continue
            if "kana" in st.roles(prev):
                k -= 1
                continue
            break
        if b.subject_first and b.source_tokens and b.source_tokens[0] < k:
            k = b.source_tokens[0]
            while k > 0:
                prev = st.tokens[k - 1]
                if "kana" in st.roles(prev) or prev.text in COMMAS or "subordinator" in st.roles(prev):
                    k -= 1
                elif self.comp_after_subordinator(k - 1):
                    k -= 2  # "، غير أن مصادر ... قالت"
                else:
                    break
        return st.tokens[k].start if k < len(st.tokens) else self.end


def _keywords(g: Grammar, verb: Verb) -> frozenset[str]:
    """Content-introducing words of a verb that are nouns, not prepositions ("أصدر بيانا", "حمل المسؤولية")."""
    return frozenset(p for p in verb.preps if len(p) > 2 and p not in g.particles)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, commas and a final full stop off a content span (normalized coordinates)."""
    while start < end and (text[start].isspace() or text[start] in "\u060c,:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u060c,;:.-"):
        end -= 1
    return start, end


def extract_attributions(article: Article) -> list[Attribution]:
    """All top-level attributions of ``article``, in document order, with stable ids ``<article>#<n>``."""
    g = grammar()
    norm = normalize(article.text)
    sentences = split_sentences(article, headlines=True)
    starts = norm.offsets.starts

    def to_norm(pos: int) -> int:
        return bisect_left(starts, pos)

    drafts: list[Draft] = []
    sentence_of: dict[int, Sentence] = {}
    tokens_of: dict[int, SentenceTokens] = {}
    for sentence in sentences:
        a, b = to_norm(sentence.start), to_norm(sentence.end)
        tokens = tokenize(norm.text, a, b)
        styles = {t.i: article.text[starts[t.start]] for t in tokens if t.text == QUOTE}
        st = SentenceTokens(tokens, g, styles)
        tokens_of[sentence.index] = st
        sentence_of[sentence.index] = sentence
        try:
            parser = _SentenceParser(st, sentence, sentence.index, b, sentence.kind == "headline")
            found = parser.parse()
        except Exception:  # messy text costs one sentence, never the article
            if STRICT:
                raise
            found = []
        for d in found:
            d.content_start, d.content_end = _trim(norm.text, d.content_start, d.content_end)  # type: ignore[arg-type]
            if d.content_end > d.content_start:
                drafts.append(d)
    resolver = Resolver(article, norm, g)
    records: list[Attribution] = []
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append(d)
    for n, d in enumerate(drafts, start=1):
        st = tokens_of[d.sentence]
        sentence = sentence_of[d.sentence]
        guess: SourceGuess = resolver.resolve(d, st, records)
        records.append(_record(article, norm, d, n, sentence, st, guess, records, g, sentence_of.get(d.sentence - 1),
                               by_sentence[d.sentence]))
        resolver.remember(records[-1], d)
    return records


def _mention(norm: Normalized, a: int, b: int) -> Mention:
    span = norm.span(a, b)
    return Mention(span.of(norm.original), span)


def _record(article: Article, norm: Normalized, d: Draft, n: int, sentence: Sentence, st: SentenceTokens,
            guess: SourceGuess, previous: list[Attribution], g: Grammar,
            previous_sentence: Sentence | None = None, same_sentence: list[Draft] | None = None) -> Attribution:
    cue_span = norm.span(*d.cue)
    content_span = norm.span(d.content_start, d.content_end)  # type: ignore[arg-type]
    refers_to = None
    if d.anaphoric:
        # "ونفى الجيش ذلك" points back to a claim in this sentence or the one before, never further.
        near = {sentence.start, previous_sentence.start if previous_sentence else -1}
        refers_to = next((p.id for p in reversed(previous)
                          if not p.content.refers_to and p.article == article.id and p.sentence.start in near), None)
    negated = _negated(norm.text, d.content_start, d.content_end, g)  # type: ignore[arg-type]
    lemma = d.verb.lemma
    stance = d.verb.stance
    via = tuple(_mention(norm, *v) for v in d.via if v and v[1] > v[0]) + guess.via
    source = Source(guess.mention.text, guess.mention.span, guess.kind, guess.resolved, via)
    return Attribution(
        id=f"{article.id}#{n}",
        article=article.id,
        outlet=article.outlet,
        sentence=sentence.span,
        cue=Cue(cue_span.of(article.text), cue_span, lemma, stance),
        source=source,
        content=Content(content_span.of(article.text), content_span, negated, refers_to),
        quote=_quote_kind(st, d, norm.text),
        hedges=_hedges(norm, st, d, g, same_sentence or []),
    )


_CLAUSE_WORD_RE = regex.compile(r"[\p{L}\p{M}]+|[\u060c,;\u061b]")


def _negated(text: str, start: int, end: int, g: Grammar) -> bool:
    """Is the content's own clause negated ("الجيش لم يتسلم", "ليست هناك")?"""
    from .normalize import fold

    words = [fold(w) for w in _CLAUSE_WORD_RE.findall(text[start:end])]
    if words and words[0] in g.complementizers:
        words = words[1:]
    return g.negation_at(words, limit=8) is not None


def _quote_kind(st: SentenceTokens, d: Draft, text: str) -> str:
    if d.kind == "headline":
        return "direct"
    s, e = d.content_start, d.content_end
    inside = [(o, c) for o, c in st.quote_pairs.items() if s <= st.tokens[o].start and st.tokens[c].end <= e]  # type: ignore[operator]
    if not inside:
        before_colon = next((t for t in reversed(st.tokens) if s is not None and t.end <= s), None)
        return "direct" if before_colon is not None and before_colon.text == _COLON else "indirect"
    first_open, first_close = min(inside)
    if st.tokens[first_open].start == s and e is not None and st.tokens[first_close].end >= e:
        return "direct"
    for o, c in inside:
        words = c - o - 1
        prev = st.tok(o - 1)
        scare = words <= 1 or (words <= 3 and prev is not None and "name_intro" in st.roles(prev))
        if not scare:
            return "mixed"
    return "indirect"


def _range(d: Draft) -> tuple[int, int]:
    edges = [d.cue[0], d.cue[1], d.content_start, d.content_end] + (list(d.source) if d.source else [])
    present = [e for e in edges if e is not None]
    return min(present), max(present)


def _before_imperfect(st: SentenceTokens, g: Grammar, j: int) -> bool:
    """Does an imperfect verb follow at ``j`` ("قد يكون", "قد تشهد"), not a perfect ("قد أكد", "كان قد تسلم")?"""
    t = st.tok(j)
    if t is not None and t.is_word and (t.key,) in g.negators:
        t = st.tok(j + 1)  # "قد لا تستقيل"
    if t is None or not t.is_word or t.key[0] not in "\u064a\u062a\u0646" or (t.key[0] != "\u064a" and len(t.key) < 4):
        return False  # "قد تم": a two-letter perfect
    if any(f.form == "perfect" for f in g.cue_forms(t.key, t.bare)):
        return False
    k = j - 1
    while k >= 0 and (st.tokens[k].is_word or st.tokens[k].text == QUOTE):  # "وكانت صفحات ... قد تداولت"
        if "kana" in st.roles(st.tokens[k]):
            return False
        k -= 1
    return True


def _hedges(norm: Normalized, st: SentenceTokens, d: Draft, g: Grammar,
            neighbours: list[Draft]) -> tuple[Mention, ...]:
    """Hedge expressions that belong to ``d``: inside its cue-to-content range, or in the outlet's own words
    that follow it in the sentence ("... بعد وصول الطائرات الروسية المزعومة"), but never inside another
    attribution's range ("قال الوزير ...، بينما قال مصدر إن الهجمات المزعومة لم تحدث")."""
    found = []
    toks = st.tokens
    mine = _range(d)
    others = [_range(x) for x in neighbours if x is not d]
    after = [r for r in others if r[0] > mine[0]]
    stop = min((r[0] for r in after), default=None)
    starts = st.starts
    first = bisect_left(starts, mine[0])
    last = bisect_left(starts, stop) if stop is not None else len(toks)
    nearby = [r for r in others if r[0] < (stop if stop is not None else toks[-1].end + 1) and r[1] > mine[0]]
    # The outlet's words that lead into the attribution ("وعلى ما يبدو، قال المسؤول"), after any earlier one.
    lead = max((r[1] for r in others if r[0] < mine[0]), default=toks[0].start if toks else mine[0])
    if lead < mine[0]:
        first = bisect_left(starts, lead)
    covered = -1  # end of the last hedge found: "على ما يبدو" holds "يبدو"
    for i in range(first, last):
        t = toks[i]
        if not t.is_word or t.start < covered:
            continue
        inside = mine[0] <= t.start < mine[1]
        leads = lead <= t.start < mine[0]
        outside_all = not inside and not any(lo <= t.start < hi for lo, hi in nearby)
        follows = outside_all and t.start >= mine[1] and (stop is None or t.start < stop)
        if not (inside or follows or leads):
            continue
        for words, kind in g.starting_with("hedges", t.key, t.bare):
            if all((u := st.tok(i + k)) is not None and (u.key == w or (k == 0 and u.bare == w)) for k, w in enumerate(words)):
                if kind == "modal" and not _before_imperfect(st, g, i + len(words)):
                    break
                a, b = t.start, toks[i + len(words) - 1].end
                if not (a < d.cue[1] and d.cue[0] < b):
                    found.append(_mention(norm, a if t.key == words[0] else a + 1, b))
                    covered = b
                break
    return tuple(found)
