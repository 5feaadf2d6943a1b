"""Finding who speaks in the text itself: a mention's left edge, and the speaker named since the last attribution.

The resolver (:mod:`.resolve`) builds on this: a cue with no subject first looks for a titled, named speaker
written after the last attribution and before it (``مع الدكتورة سهيلة ...، التي أكدت ... وأوضحت``), within a
bounded window, agreeing in gender with the cue.
"""

from __future__ import annotations

from bisect import bisect_left

import attrs

from ..lexicon.grammar import Grammar
from ..lexicon.morph import ALEF, BEH, DEFINITE, FEH, KAF, LAM_LAM, NOON, PRONOUN_SUFFIXES, WAW, YEH, cue_gender, noun_gender, without_conjunction
from ..models import Article, Attribution, Mention
from ..normalize import Normalized, fold
from .draft import Draft
from .nounphrase import noun_phrase
from .source_kind import classify_source
from .tokens import COLON, COMMAS, QUOTE, SentenceTokens, Token, tokenize
from .wordlists import pattern, rule_words

__all__ = ["NAME_SEPARATORS", "SourceGuess", "SpeakerSearch", "cue_gender_of", "cue_plural_of", "sound_masculine_plural"]


@attrs.frozen
class SourceGuess:
    """A resolved source: the mention it stands for, its kind, how it was resolved and its relays."""

    mention: Mention
    kind: str
    resolved: str
    via: tuple[Mention, ...] = ()



WINDOW = 80  # tokens searched back for a speaker named outside any attribution
SENTENCES_BACK = 2  # sentence or line boundaries that search may cross
NAME_SEPARATORS = frozenset({"\u060c", ",", "\u061b", ";"})  # ARABIC COMMA, COMMA, ARABIC SEMICOLON, SEMICOLON
PREPOSITION_ARTICLE = (BEH + DEFINITE, KAF + DEFINITE, LAM_LAM)  # بال كال لل: a noun, never a name
SENTENCE_ENDS = frozenset({".", "!", "\u061f"})  # ARABIC QUESTION MARK
_TOPIC_WORDS = 24
_NOT_A_TOPIC = frozenset({"demonstrative", "kana", "qad", "relative", "subordinator", "time"})  # tokens between أما and the verb that answers it
_ISNAD_NAME_WORDS = 4  # words of a name in a chain of report ("عن عبد الله بن عمر")
_FRONTED_ADJUNCT = 16  # tokens of a fronted adjunct passed before a clause's verb
_SPEAKER_KINDS = frozenset({"official", "person", "organization", "collective", "anonymous", "media"})

def cue_gender_of(st: SentenceTokens, d: Draft) -> str | None:
    """The gender the cue marks for its dropped subject (وأوضحت: f, وقال: m), None when it does not tell."""
    t = st.tokens[d.cue_token]
    if not t.is_word:
        return None
    word = t.key if st.g.cues.get(t.key) else t.bare
    form = next((f for f in st.cue_forms(t) if f.form != "masdar"), None)
    return None if form is None else cue_gender(word, fold(form.verb.lemma), form.form)


def cue_plural_of(st: SentenceTokens, d: Draft) -> bool:
    """Does the cue mark a plural subject of people (وطالبوا، ويطالبون، مدعين، مطالبين), not a dual (قالا، أكدا:
    two speakers, often a named one and his guest)?  A participle in -ين may be either; the resolver reads it
    as a plural only where no attribution earlier in the sentence gives it a speaker."""
    t = st.tokens[d.cue_token]
    if not t.is_word:
        return False
    word = t.key if st.g.cues.get(t.key) else t.bare
    form = next((f for f in st.cue_forms(t) if f.form != "masdar"), None)
    if form is None:
        return False
    if form.form == "perfect":
        return word.endswith(WAW + ALEF)
    if form.form == "imperfect":
        return word.endswith(WAW + NOON) and len(word) > 4
    return form.form == "participle" and word.endswith((YEH + NOON, WAW + NOON))


_SOUND_PLURAL = (WAW + NOON, YEH + NOON, WAW)  # مديرون، مديرين، مديرو (before a noun it governs)


def sound_masculine_plural(word: str, g: Grammar) -> bool:
    """A sound masculine plural of people: a plural nisba (الكينيين، المصريون) or of a title or person word
    (المسؤولون، مديرو)."""
    if word.endswith((YEH + YEH + NOON, YEH + WAW + NOON)) and len(word) > 5:
        return True
    return any(word.endswith(end) and len(word) > len(end) + 2 and g.kind_of_word(word[: -len(end)]) in ("official", "person")
               for end in _SOUND_PLURAL)


class SpeakerSearch:
    """An article's tokens and the searches over them that resolving a source needs."""

    def __init__(self, article: Article, norm: Normalized, g: Grammar) -> None:
        self.article = article
        self.norm = norm
        self.g = g
        self.all = SentenceTokens(tokenize(norm.text), g)
        # Where each word stands, under each of its forms: antecedent search without rescanning the text.
        self.positions: dict[str, list[int]] = {}
        for t in self.all.tokens:
            if t.is_word:
                for form in {t.key, t.bare, t.unprefixed}:
                    self.positions.setdefault(form, []).append(t.i)
        self.history: list[tuple[Attribution, Draft]] = []

    def mention(self, a: int, b: int) -> Mention:
        span = self.norm.span(a, b)
        return Mention(span.of(self.article.text), span)

    def speaker_since(self, d: Draft, st: SentenceTokens) -> SourceGuess | None:
        """A person introduced after the last attribution, for a cue with no subject.

        "تحاورت «عين اليوم» مع الدكتورة سهيلة زين العابدين ...، التي أكدت ... / وأوضحت أن": the speaker was
        named in a clause that is no attribution (a relative clause, a non-speech verb: "استند الفنان فايز
        المالكي على ...، وقال:").  The first titled mention (an office or a person word) written after the
        last attribution, within the cue's sentence and the one or two before it, whose gender agrees with
        the cue's.
        """
        tokens = self.all.tokens
        window = self._window(d)
        if window is None:
            return None
        lo, cue_at = window
        gender = cue_gender_of(st, d)
        k = lo
        while k < cue_at:
            t = tokens[k]
            if self.all.is_comp(t) or t.text == COLON:
                # what follows is reported content, not who speaks: on to the next sentence
                while k < cue_at and tokens[k].text not in SENTENCE_ENDS:
                    k += 1
                continue
            k += 1
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
            if tokens[k].text in SENTENCE_ENDS or "\n" in self.norm.text[tokens[k].end : tokens[k + 1].start]:
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
        k = lo
        while k < cue_at:
            t = tokens[k]
            if self.all.is_comp(t) or t.text == COLON:
                # what follows is reported content, not who speaks: on to the next sentence
                while k < cue_at and tokens[k].text not in SENTENCE_ENDS:
                    k += 1
                continue
            k += 1
            if t.is_word and not self.all.inside_quote(t.i) and (start := self._group_head(t.i, lo)) is not None:
                found = (start, t.i)
        if found is None:
            return None
        start, head = found
        first = tokens[start]
        prefix = len(first.key) - len(first.bare) if first.conj and not self.g.kind_of_word(first.key) else 0
        view = SentenceTokens([*tokens[:start], first.replace(key=first.bare, text=first.text[prefix:]), *tokens[start + 1 :]], self.g)
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
            if tokens[k].text in SENTENCE_ENDS or "\n" in self.norm.text[tokens[k].end : tokens[k + 1].start]:
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
                    or self.all.kind(t) not in _SPEAKER_KINDS or noun_gender(t.unprefixed) != gender \
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
        if t.key.startswith(PREPOSITION_ARTICLE) or not (self.all.kind(t) == "collective" or sound_masculine_plural(word, self.g)):
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

    def topic_subject(self, d: Draft, st: SentenceTokens) -> tuple[int, int] | None:
        """The topic of "أما ...، ف": "أما مؤسسة «إلكترونيك فرونتير»، الممثلة لروبرتس، فوصفت قرار ..." (the cue
        with ف, or فقد before it, answers أما; the noun phrase after أما is its subject, and what follows the
        verb is its object).  Not an adjunct after أما ("أما في الرياض فقال الوزير").  Returns tokens in ``st``."""
        tokens = st.tokens
        cue = tokens[d.cue_token]
        k = d.cue_token
        if not (cue.conj and cue.key.startswith(FEH)):
            qad = st.tok(k - 1)
            if qad is None or not (qad.conj and qad.key.startswith(FEH) and "qad" in st.roles(qad)):
                return None
            k -= 1
        topic = pattern("topic").words()[0].words
        for a in range(k - 1, max(-1, k - _TOPIC_WORDS), -1):
            t = tokens[a]
            if t.text in SENTENCE_ENDS or st.is_cue_word(t) or st.is_comp(t):
                return None
            if t.is_word and t.key in topic:
                head = st.tok(a + 1)
                if head is None or not head.is_word or st.is_prep(head) or st.is_comp(head) \
                        or st.roles(head) & _NOT_A_TOPIC:
                    return None
                end = noun_phrase(st, a + 1)
                return (a + 1, end) if a + 1 < end <= k else None
        return None

    def isnad_speaker(self, d: Draft, st: SentenceTokens) -> SourceGuess | None:
        """The one named after عن right before a cue with no subject, a formula of respect between them: the
        chain of a report, "عن ابن عباس رضي الله عنهما قال: «...»" (``construction_patterns.tsv``, isnad).  The
        formula is required: "يكشف فيها عن حبه للعالمي قال فيها" has عن and a noun, and no speaker."""
        elements = pattern("isnad").elements
        slot = next(n for n, e in enumerate(elements) if e.slot == "SPEAKER")
        from_, formula = elements[0].words, [e.words for e in elements[slot + 1 :] if e.slot is None]
        tokens = st.tokens
        k = d.cue_token - 1
        for formula_words in reversed(formula):
            if k < 0 or tokens[k].key not in formula_words:
                return None
            k -= 1
        end = k + 1
        links = rule_words().name_link
        while k >= 0 and end - k <= _ISNAD_NAME_WORDS and tokens[k].is_word and tokens[k].key not in from_ \
                and (tokens[k].key in links or (not st.roles(tokens[k]) and not st.is_cue_word(tokens[k]))):
            k -= 1
        if k < 0 or k + 1 >= end or tokens[k].key not in from_:
            return None
        words = [w for w in tokens[k + 1 : end] if w.is_word]
        return SourceGuess(self.mention(tokens[k + 1].start, tokens[end - 1].end), classify_source(words, self.g), "explicit")

    def governing_subject(self, d: Draft, st: SentenceTokens) -> tuple[int, int] | None:
        """The subject of the clause that opens the cue's sentence with a verb that is no cue, for a cue with
        no subject of its own: "عززت وزارة العمل استعداداتها ...، مؤكدة", "صادقت جهات رقابية أوروبية ...،
        وقالت", "وكان الوزير قد حسم أمر بدء الدراسة ... قائلا".  Only a speaker can be it: a word of a source
        kind other than a document ("وجاء القرار ...، مؤكدا" hangs on the one who took the decision), or a
        known name; and it agrees in gender with the cue.  Returns the subject's tokens in ``st``."""
        tokens = st.tokens
        if not tokens or d.cue_token < 3:
            return None
        at = 0
        if st.is_prep(tokens[0]) or (tokens[0].conj and "preposition" in self.g.role(tokens[0].bare)):
            # "وحول ما يجنيه من أرباح دعته لهجر وظيفته، تحفظ الشاب ...": past a fronted adjunct, to its comma
            at = next((k + 1 for k in range(1, min(d.cue_token, _FRONTED_ADJUNCT)) if tokens[k].text in COMMAS), 0)
            if not at:
                return None
        lead = self._relative_lead(st, at, d)
        if lead is not None:
            return lead
        first = tokens[at]
        roles = st.roles(first)
        if "kana" not in roles and (not first.is_word or st.is_cue_word(first) or st.definite(first) or st.kind(first)
                                    or first.bare in self.g.stopwords or first.key in self.g.stopwords
                                    or roles or st.is_prep(first) or st.is_comp(first)):
            return None
        k = at + 1
        while k < d.cue_token and st.is_time(tokens[k]):
            k += 1  # "صادقت ...، أمس،": a time word may stand between the verb and its subject
        if k >= d.cue_token:
            return None
        head = tokens[k]
        quoted = head.text == QUOTE and (close := st.quote_end(k, 4)) is not None and close > k + 1
        if quoted:
            head = tokens[k + 1]  # 'كان "المالكي" قد تطاول': a quoted name is a name
        kind = st.kind(head)
        if not head.is_word or not (kind in _SPEAKER_KINDS or st.is_name(head) or quoted) \
                or head.key in rule_words().not_subject or head.key.startswith(PREPOSITION_ARTICLE):
            return None
        if head.conj and head.bare != head.key and not self.g.kind_of_word(head.key):
            return None  # "وكال": a conjunction opens another clause
        end = noun_phrase(st, k)
        if end <= k or end > d.cue_token:
            return None
        if "kana" in roles:
            after = st.tok(end)
            if after is None or not ("qad" in st.roles(after) or (after.is_word and not st.roles(after) and not st.kind(after))):
                return None  # "وكان الوزير قد حسم": كان, its subject, then قد or the verb
        gender = cue_gender_of(st, d)
        if gender is not None and kind in ("official", "person") and noun_gender(head.unprefixed) != gender:
            return None
        return k, end

    def _cue_verb(self, st: SentenceTokens, t: Token) -> bool:
        """Is ``t`` a perfect cue verb, bare or with an object pronoun ("أكدته", "قالها")?"""
        if not t.is_word:
            return False
        stems = [t.key] + [t.key[: -len(p)] for p in PRONOUN_SUFFIXES if t.key.endswith(p) and len(t.key) - len(p) >= 3]
        return any(f.form == "perfect" for stem in stems for f in self.g.cue_forms(stem, without_conjunction(stem)))

    def _relative_lead(self, st: SentenceTokens, at: int, d: Draft) -> tuple[int, int] | None:
        """The subject of a relative clause on a cue that opens the sentence, for a participle after its comma:
        "وهو ما أكدته أم فهد صاحبة أحد أركان الأسر المنتجة ...، معربة عن شكرها" (the clause points back to
        the outlet's words; its subject goes on speaking in the participle)."""
        tokens = st.tokens
        k = next((m for m in range(at, min(at + 3, d.cue_token)) if tokens[m].is_word
                  and tokens[m].key in rule_words().relative_ma), None)
        if k is None or d.kind != "participle" or k + 2 >= d.cue_token or not self._cue_verb(st, tokens[k + 1]):
            return None
        head = tokens[k + 2]
        if not head.is_word or st.is_prep(head) or st.is_comp(head) or st.roles(head) \
                or head.key in rule_words().not_subject or st.kind(head) == "document":
            return None
        end = noun_phrase(st, k + 2)
        if end <= k + 2 or end > d.cue_token:
            return None
        comma = next((m for m in range(end, d.cue_token) if tokens[m].text in COMMAS), None)
        if comma is None or comma != d.cue_token - 1 \
                or any(st.is_cue_word(u) or st.is_comp(u) or not (u.is_word or u.text in COMMAS) for u in tokens[end:comma]):
            return None
        return k + 2, comma

    def speaker_mention(self, k: int, lo: int, hi: int) -> SourceGuess | None:
        """The whole mention around the title at token ``k`` if it names someone who can speak: a name in it
        (a name before the title too: "نواف الشريف مساعد الناطق"), not the object of a preposition unless a
        relative clause makes it a speaker ("مع الدكتورة سهيلة ...، التي أكدت")."""
        tokens = self.all.tokens
        start, prefix = self.left_edge(k)
        start = max(start, lo)
        end = max(noun_phrase(self.all, start), k + 1)
        if self.all.kind(tokens[end - 1]) in ("official", "person"):
            title = end
            while end < hi and end - title < 4 and self.name_like(tokens[end]) and self.same_line(end - 1, end):
                end += 1  # "الأمير نواف بن فيصل": the name after the title
        for m in range(start + 1, end):
            if not self.same_line(m - 1, m):
                end = max(m, k + 1)
                break
        end = min(end, hi)
        words = [w for w in tokens[start:end] if w.is_word]
        head = tokens[start]
        if head.conj and head.bare != head.key and not self.g.kind_of_word(head.key):
            return None  # "والفريق أول صدقي صبحي": coordinated with a mention before it
        named = [w for w in tokens[k:end] if self.name_like(w) and (not w.definite or self.all.is_name(w))]
        before = self.name_run(start, lo)
        if before < start:
            start, prefix, named = before, 0, named + tokens[before:start]
        if not named:
            return None
        first = tokens[start]
        object_of = self.all.is_prep(self.all.tok(start - 1)) or (prefix == 0 and first.key.startswith(PREPOSITION_ARTICLE))
        if object_of and not self.relative_speaker(end):
            return None
        a = first.start + prefix
        return SourceGuess(self.mention(a, tokens[end - 1].end), classify_source(words, self.g), "carryover")

    def same_line(self, a: int, b: int) -> bool:
        tokens = self.all.tokens
        return not any(c in self.norm.text[tokens[a].end : tokens[b].start] for c in "\r\n")

    def name_like(self, t: Token) -> bool:
        """A word that may be part of a name: no role, no source kind, no cue, no preposition attached."""
        if not t.is_word or self.all.roles(t) or self.all.kind(t) or self.all.is_cue_word(t):
            return False
        return not t.key.startswith(PREPOSITION_ARTICLE) or self.all.is_name(t)

    def name_run(self, start: int, lo: int) -> int:
        """Start of a name of two words or more written right before the title at ``start`` ("توقع نواف
        الشريف مساعد الناطق", "وقال راشد أحمد بن فهد؛ وزير البيئة"); ``start`` when there is none."""
        tokens = self.all.tokens
        j = start
        if j - 1 >= lo and tokens[j - 1].text in NAME_SEPARATORS:
            j -= 1
        run = j
        while run - 1 >= lo and run > j - 4 and (self.name_like(tokens[run - 1]) or tokens[run - 1].key in rule_words().name_link):
            run -= 1
        if run < j and tokens[run].conj and not self.all.is_name(tokens[run]) and len(tokens[run].bare) > 2:
            run += 1  # "ووجه فضيلة المفتى": a verb with its و opens the clause, no name does ("فيل هوغان" is a name)
        if j - run < 2 or any("\n" in self.norm.text[tokens[m].end : tokens[m + 1].start] for m in range(run, start)):
            return start
        return run

    def relative_speaker(self, end: int) -> bool:
        """Is the mention ending before token ``end`` the subject of a relative clause with a cue ("، التي
        أكدت أن")?"""
        j = end + 1 if (t := self.all.tok(end)) is not None and t.text in COMMAS else end
        rel, verb = self.all.tok(j), self.all.tok(j + 1)
        return rel is not None and verb is not None and "relative" in self.all.roles(rel) and self.all.is_cue_word(verb)

    # --- back-references -------------------------------------------------------------------------
    def left_edge(self, k: int) -> tuple[int, int]:
        """Leftmost title of the mention around token ``k``, and how many of its letters are a clitic."""
        tokens = self.all.tokens
        j = k
        crossed_comma = False
        best = (k, 0)
        while j > 0 and k - j < 12:
            t = tokens[j - 1]
            if "\n" in self.norm.text[t.end : tokens[j].start] or "\r" in self.norm.text[t.end : tokens[j].start]:
                break  # a mention stays on its line
            if t.text in COMMAS and not crossed_comma:
                crossed_comma = True
                j -= 1
                continue
            if not t.is_word or self.all.is_comp(t) or self.all.is_cue_word(t):
                break
            if self.g.according_index.starting_with(t.key, t.bare) and not self.all.is_preposition_word(t):
                break  # "قائمة أقوى الحواسيب، بحسب منظمة “Top 500″": an according-to marker opens the mention
            roles = self.all.roles(t)
            if roles - {"adjective", "preposition"} or ("preposition" in roles and t.key not in rule_words().inner_preposition):
                break
            # و/ف before a title is a clitic ("ووزير") unless the whole word is the title ("وزير", "والي")
            if t.conj and t.bare != t.key and not self.g.kind_of_word(t.key):
                if self.all.kind(t) in ("official", "person"):
                    best = (j - 1, 1)
                break
            j -= 1
            if self.all.kind(tokens[j]) in ("official", "person"):
                best = (j, 0)
        return best
