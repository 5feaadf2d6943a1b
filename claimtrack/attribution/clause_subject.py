"""The subject a cue with none of its own takes from elsewhere in its own sentence.

- the subject of the verb that opens the sentence ("عززت وزارة العمل استعداداتها ...، مؤكدة"), or of a
  relative clause on a cue that opens it ("وهو ما أكدته أم فهد ...، معربة");
- the topic of "أما ...، ف" ("أما مؤسسة «إلكترونيك فرونتير»، ...، فوصفت قرار ...");
- the one named in a chain of report ("عن ابن عباس رضي الله عنهما قال").
"""

from __future__ import annotations

from ..lexicon.morph import FEH, PREPOSITION_CLITICS, PRONOUN_SUFFIXES, YEH, noun_gender, without_conjunction
from ..normalize import fold
from .agreement import cue_gender_of
from .draft import Draft
from .mentions import PREPOSITION_ARTICLE, SENTENCE_ENDS, SPEAKER_KINDS, ArticleMentions, SourceGuess
from .nounphrase import noun_phrase
from .source_kind import classify_source
from .tokens import COMMAS, DASHES, QUOTE, SentenceTokens, Token
from .wordlists import pattern, rule_words

__all__ = ["ClauseSubjects"]


_TOPIC_WORDS = 24
_NOT_A_TOPIC = frozenset({"demonstrative", "kana", "qad", "relative", "subordinator", "time"})  # tokens between أما and the verb that answers it
_ISNAD_NAME_WORDS = 4  # words of a name in a chain of report ("عن عبد الله بن عمر")
_FRONTED_ADJUNCT = 16  # tokens of a fronted adjunct passed before a clause's verb
_GOD = fold("الله")  # the word after the verb of a formula of respect ("صلى الله عليه وسلم", "رحمه الله")
_DATELINE_TOKENS = 8  # tokens of a dateline or byline before its colon ("محمد أبو شعر - سبق :")
_COMPLEMENT_REACH = 24  # tokens from a verb joined by و back to the complementizer whose subject it goes on with
_RELATIVE_TAIL = 12  # tokens of adjunct between "ما أشار إليه X" and the cue that X goes on speaking with


def _past_dateline(st: SentenceTokens, cue: int) -> int:
    """The token after a dateline or byline that opens the first sentence ("الرياض - واس:", "محمد أبو شعر- سبق:",
    sabq_14102b3ebf): a colon within the first few tokens, a dash before it and only words besides; else 0."""
    tokens = st.tokens
    for k in range(1, min(cue, _DATELINE_TOKENS)):
        t = tokens[k]
        if t.text == ":":
            before = tokens[:k]
            dashed = any(u.text in DASHES for u in before)
            plain = all(u.is_word and not st.is_cue_word(u) and not st.is_comp(u) or u.text in DASHES for u in before)
            return k + 1 if dashed and plain and k + 1 < cue else 0
        if not (t.is_word or t.text in DASHES):
            return 0
    return 0


class ClauseSubjects(ArticleMentions):
    """The subject a cue takes from elsewhere in its own sentence."""

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
                if head is not None and head.text == QUOTE and (close := st.quote_end(a + 1, 6)) is not None \
                        and close + 1 == k and all(u.is_word and not st.roles(u) for u in tokens[a + 2 : close]):
                    return a + 1, close + 1  # "أما "رامي الصيعري" فيقول:" (sabq 2015-07-22): a quoted name
                if head is None or not head.is_word or st.is_prep(head) or st.is_comp(head) \
                        or st.roles(head) & _NOT_A_TOPIC \
                        or head.key in rule_words().condition or head.key in rule_words().topic_preposition:
                    # (nor a condition or what it is about: "أما إذا كان وجوده مجرد آراء فنية ... فأعتقد أن", "أما
                    # بخصوص الغاز الصخري فأفاد", "أما عما يشتمل عليه برنامجها للقراءة فتقول")
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
        at = _past_dateline(st, d.cue_token)
        if st.is_prep(tokens[at]) or (tokens[at].conj and "preposition" in self.g.role(tokens[at].bare)):
            # "وحول ما يجنيه من أرباح دعته لهجر وظيفته، تحفظ الشاب ...": past a fronted adjunct, to its comma
            at = next((k + 1 for k in range(at + 1, min(d.cue_token, at + _FRONTED_ADJUNCT)) if tokens[k].text in COMMAS), 0)
            if not at:
                return None
        if "qad" in st.roles(tokens[at]) and at + 1 < d.cue_token:
            at += 1  # "وقد حمله الملك المفدى نقل تحياته ...، مؤكداً": قد before the verb
        while at + 2 < d.cue_token and tokens[at].is_word and (st.is_time(tokens[at]) or tokens[at].key in self.g.negator_heads):
            at += 1  # "حينها نهرني صديقي عدنان وقال:", "لم يقتنع “عدنان” بهذه المحاولة وقال:" (3alyoum_18f4545bcb)
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
        if not head.is_word or not (kind in SPEAKER_KINDS or st.is_name(head) or quoted) \
                or head.key in rule_words().not_subject or head.key.startswith(PREPOSITION_ARTICLE):
            return None
        if head.conj and head.bare != head.key and not self.g.kind_of_word(head.key):
            return None  # "وكال": a conjunction opens another clause
        # "لم يقتنع “عدنان” بهذه المحاولة": the quoted name alone
        end = close + 1 if quoted and close is not None else noun_phrase(st, k)
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

    def complement_subject(self, d: Draft, st: SentenceTokens) -> tuple[int, int] | None:
        """The subject of a reported clause that a verb joined by و goes on with, past the clause's own verb: "لكن
        الغريب ... أن هيئة الطيران المدني تجرأت وأعلنت عبر تويتر أن" (alweeam_ae5cfeb83e), "وأوضح التقرير أن الشركة
        حققت أرباحا وأعلنت أنها".  The nearest complementizer before the cue, with no comma, quotation mark, sentence
        end or other cue between; right after it a speaker of the cue's gender (a body, an official, a name; no
        document), then a word that can be the clause's verb (no role, article, kind, preposition or
        complementizer).  Returns the subject's tokens in ``st``; the caller takes it only where the speaker carried
        over is of the other gender or there is none."""
        tokens = st.tokens
        cue = tokens[d.cue_token]
        if d.kind != "verb" or not (cue.conj and cue.bare != cue.key):
            return None
        gender = cue_gender_of(st, d)
        if gender is None:
            return None
        for k in range(d.cue_token - 1, max(-1, d.cue_token - _COMPLEMENT_REACH), -1):
            t = tokens[k]
            if t.text in SENTENCE_ENDS or t.text in COMMAS or t.text == QUOTE \
                    or (st.is_cue_word(t) and "cue_homograph" not in st.roles(t)):
                return None
            if not st.is_comp(t):
                continue
            head = st.tok(k + 1)
            if head is None or not head.is_word or head.conj or head.key.startswith(PREPOSITION_ARTICLE):
                return None
            kind = st.kind(head)
            if not (kind in SPEAKER_KINDS or st.is_name(head)) or noun_gender(head.unprefixed) != gender:
                return None
            end = noun_phrase(st, k + 1)
            verb = st.tok(end)
            if end <= k + 1 or end >= d.cue_token or verb is None or not verb.is_word or st.definite(verb) \
                    or st.roles(verb) or st.kind(verb) or st.is_prep(verb) or st.is_comp(verb):
                return None
            return k + 1, end
        return None

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

    def said_in_ma_clause(self, d: Draft, st: SentenceTokens) -> tuple[int, int] | None:
        """The one named in "ما + a speech verb + who" earlier in the cue's sentence, for a cue with no subject of its
        own that follows that mention past an adjunct: "وهو ما أشار إليه نافاس نفسه بعد نهاية الموسم الماضي قائلاً"
        (aljazirah_e21b2d77c9), "وهو ما أكده الرسول -صلى الله عليه وسلم- حين قال", "على ما أعلن مصدر عسكري، محملا".
        The relative clause points back to the outlet's words; its subject goes on speaking in a participle, in a
        verb joined by و/ف or in one after a word that opens its clause (حين، حيث); not in a bare verb after a comma,
        which has a subject of its own before the aside ("أن المواطنين الليبيين، حسب ما قال لي بعضهم، يتمنون").  The
        verb may carry its object pronoun (ذكره) or its preposition with one (أشار إليه).  Returns the mention's
        tokens in ``st``."""
        tokens = st.tokens
        cue, before = tokens[d.cue_token], st.tok(d.cue_token - 1)
        if d.kind != "participle" and not (cue.conj and cue.bare != cue.key) and (before is None or not before.is_word):
            return None
        words = rule_words()
        for k in range(d.cue_token - 3, -1, -1):
            t = tokens[k]
            if t.text in SENTENCE_ENDS or st.is_cue_word(t) and not self._cue_verb(st, t):
                return None
            verb = tokens[k + 1]
            if not (t.is_word and t.key in words.relative_ma and self._cue_verb(st, verb)) or st.is_prep(verb):
                continue  # (not "ما بين": the preposition, not بيّن)
            head = k + 2
            if self._preposition_with_pronoun(st, tokens[head]):
                head += 1  # "ما أشار إليه نافاس", "ما قال لي بعضهم"
            lead, after = tokens[head], st.tok(head + 1)
            if head >= d.cue_token or not lead.is_word or st.is_prep(lead) or st.is_comp(lead) \
                    or st.roles(lead) or st.roles_of_key(lead.key[1:]) & {"emphatic"} or lead.i in st.accusative \
                    or lead.key in self.g.stopwords or lead.bare in self.g.stopwords or lead.bare in words.relative_ma \
                    or lead.key in words.not_subject or st.kind(lead) == "document" \
                    or after is not None and after.key == _GOD:
                # "ما أشار إليه بنفسه", "ما وعد به انتخابياً", "ما قاله وما قام به": no one named; "ما أخبر عنه صلى
                # الله عليه وسلم": a formula of respect, not a name
                return None
            end = noun_phrase(st, head)
            while end < d.cue_token and "emphatic" in st.roles(tokens[end]):
                end += 1  # "نافاس نفسه"
            if end <= head or end > d.cue_token:
                return None
            between = tokens[end : d.cue_token]
            if any(st.is_cue_word(u) or st.is_comp(u) or u.text in SENTENCE_ENDS or u.text == QUOTE for u in between) \
                    or len(between) > _RELATIVE_TAIL:
                return None
            return head, end
        return None

    def _preposition_with_pronoun(self, st: SentenceTokens, t: Token) -> bool:
        """Is ``t`` a preposition carrying a pronoun, the verb's own ("إليه", "عنه", "به", "لي")?"""
        if not t.is_word or st.is_prep(t) and len(t.key) > 3:
            return st.is_prep(t) and t.key.endswith(PRONOUN_SUFFIXES + (YEH,))
        return any(t.key.endswith(p) and (len(t.key) - len(p) == 1 and t.key[0] in PREPOSITION_CLITICS
                                          or "preposition" in self.g.role(t.key[: -len(p)]))
                   for p in PRONOUN_SUFFIXES + (YEH,))
