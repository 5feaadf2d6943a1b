"""Who a source really is: the order of the searches, from the cue's own subject to the last speaker.

- *explicit*: the cue's own subject, unless it is a back-reference (:mod:`.backreference`) or a document
  whose issuer speaks (:mod:`.documents`);
- the subject of the clause the cue hangs on, a topic, a chain of report (:mod:`.clause_subject`);
- a speaker named since the last attribution (:mod:`.speaker_search`);
- *carryover*: a cue with no subject (``وأضافت``, ``مضيفا``) takes the source of the attribution before it
  (:mod:`.carryover`).
- *kind*: see :mod:`.source_kind`.

:class:`Resolver` gathers the searches: each of those modules adds its own to :class:`~.mentions.ArticleMentions`
(the article's tokens, the attributions found so far, the edges of a mention).
"""

from __future__ import annotations

import attrs

from ..lexicon.morph import ALEF, BEH, DEFINITE, HEH, LAM, LAM_LAM, MEEM, PRONOUN_SUFFIXES, WAW, definite_masdar, derived_masdar
from ..models import Mention
from ..normalize import fold
from .agreement import cue_gender_of, cue_plural_of, sound_masculine_plural
from .backreference import BackReferences
from .clause_subject import ClauseSubjects
from .draft import Draft
from .mention_words import WORD_RE, head_words, in_order, other_gender, same_speaker
from .mentions import SourceGuess
from .names import kunya_at, possessed
from .source_kind import classify_source
from .speaker_search import SpeakerSearch
from .tokens import QUOTE, SentenceTokens, Token
from .wordlists import rule_words

__all__ = ["Resolver", "SourceGuess", "classify_source"]

# An office of this many words or more with no name may be an earlier speaker's office written short again.
_LONG_TITLE = 4


def _unquote(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop the quote marks around a quoted name used as a source ("أفريكوم" -> أفريكوم)."""
    if b - a > 2 and text[a] == QUOTE and text[b - 1] == QUOTE and QUOTE not in text[a + 1 : b - 1]:
        return a + 1, b - 1
    return a, b


def _without_fused_preposition(text: str) -> list[str]:
    """The words of a mention without ال and without a fused بـ or لـ, to compare two writings of one office
    ("لأمن الطرق" / "أمن الطرق")."""
    return [w[1:] if w[0] in (BEH, LAM) and len(w) >= 4 else w for w in head_words(text)]


def _no_subject(d: Draft, st: SentenceTokens) -> bool:
    """Is the mention the rules took for the source no subject of the cue at all?

    - a cue word ("وأردف مؤكدا أن": the participle is a cue of its own, the subject was dropped);
    - words before a cue that carries the conjunction ("... أن تكون هناك قوانين رادعة وأشارت إلى أن": a
      subject written first never stands before و, which opens a new clause with a dropped subject);
    - a phrase opening with a preposition ("وعن غنائه باللهجة المصرية لأول مرة قال"، "أو في الطلعات البرية
      يقول"): a fronted adjunct, never a subject (an according-to marker's object is another matter).
    """
    a, b = d.source_tokens  # type: ignore[misc]
    words = [w for w in st.tokens[a:b] if w.is_word]
    if words and all(st.is_cue_word(w) for w in words):
        return True
    if st.tokens[a].kind == "num":
        return False  # "قال 17% من المشاركين": a share of a group, its من no preposition of an adjunct
    lead = next((w for w in words if w.key not in rule_words().not_subject), None)
    if lead is not None and d.kind != "according" and (st.is_prep(lead) or (lead.conj and not st.kind(lead) and "preposition" in st.g.role(lead.bare))):
        return True
    if lead is not None and a == d.cue_token + 1 and cue_gender_of(st, d) == "f" \
            and sound_masculine_plural(lead.unprefixed, st.g, definite=st.definite(lead)):
        return True  # "ودعت الكينيين إلى": a feminine verb never has a masculine plural of people for subject
    if d.subject_first and b <= d.cue_token and not d.shared_subject:
        cue = st.tokens[d.cue_token]
        return cue.conj and cue.bare != cue.key and not st.g.cues.get(cue.key)
    return False


def _may_be_subject(st: SentenceTokens, a: int) -> bool:
    """May the noun phrase at token ``a``, after a clause's verb, be its subject, for a participle hanging on it?

    Only one that opens with a source word, a name or a quantity ("وتجمع مئات الأساتذة ...، مؤكدين"):
    not an adjunct ("إذ زادت بنسبة 16.3%، مؤكدًا": the subject of زادت was dropped), nor the object of a
    verbal noun ("وقد حمل الملك المفدى الوزير نقل تحياته لرئيس ...، مؤكداً": نقل is no verb here; the hint
    is dropped and the speaker named before, the King, is carried over)."""
    t = st.tokens[a]
    return bool(st.kind(t) or st.is_name(t) or st.roles(t)) or t.unprefixed in rule_words().partitive


def _subject_hint(st: SentenceTokens, hint: tuple[int, int] | None) -> tuple[int, int] | None:
    """The hint of a clause subject a cue with none may take (see :func:`_may_be_subject`), or None.  A kunya the
    lexicons do not know opens a name too, and only the kunya is taken: the words after it are the verb's object
    as often as a family name ("تعرض أم يوسف في ركنها البهارات ...، مشيرة", real_fresh7 aljazirah_8f8468e61c; not
    "ويروي أبو راس تفاصيل الحادث قائلاً", whose bare kunya then points back to the full mention)."""
    if hint is None or _may_be_subject(st, hint[0]):
        return hint
    a, b = hint
    return (a, min(b, a + 2)) if kunya_at(st, a) else None


def _said_with(st: SentenceTokens, hint: tuple[int, int], d: Draft) -> bool:
    """Is the hint a bare name, the subject right after a speech verb, and the participle ``d`` the manner of that
    verb right after it ("وأضافت موريل قائلة: إن", "وتابع البحرة قائلاً")?  Not a phrase with a pronoun, the verb's
    object ("واختتم كيري كلمته قائلاً")."""
    a, b = hint
    if a == 0 or d.kind != "participle" or d.verb.lemma not in rule_words().manner_verb or b != d.cue_token or b - a > 2 \
            or not st.speech_verb(st.tokens[a - 1]):
        return False
    return all(u.is_word and not possessed(st, u) and not st.definite(u) or u.i == a for u in st.tokens[a:b])


class Resolver(BackReferences, SpeakerSearch, ClauseSubjects):
    """Resolves the sources of one article's attributions, in document order."""

    def resolve(self, d: Draft, st: SentenceTokens, *, from_clause: bool = False) -> SourceGuess:
        """The source of ``d``: its own subject, or (no subject) the subject of the clause it hangs on, a
        speaker carried over or named since.  ``from_clause`` marks the one nested call made with that clause's
        subject: when that subject is refused too, the search goes on without trying the clause again."""
        topic = self.topic_subject(d, st) if d.kind == "verb" else None
        if topic is not None:
            # "أما مؤسسة «إلكترونيك فرونتير»، الممثلة لروبرتس، فوصفت قرار ...": the topic speaks, the noun after
            # the verb is its object
            words = st.tokens[topic[0] : topic[1]]
            d = attrs.evolve(d, source=(words[0].start, words[-1].end), source_tokens=topic)
        # (the topic's ف on the verb is no new clause: "أما نايف الجداوي فيقول", okaz 2015-07-22)
        if d.source is not None and d.source_tokens is not None and (topic is not None or not _no_subject(d, st)) \
                and not self.possessed_object(d, st):
            words = st.tokens[d.source_tokens[0] : d.source_tokens[1]]
            if words and d.kind == "according" and words[0].key.startswith(LAM_LAM) and len(words[0].key) > 4:
                # "وفقا للخزرجي": the article of the name is fused with the marker's ل; look it up as الخزرجي
                # (the one place a لل-name is read: the back-references below see الخزرجي)
                words = [words[0].replace(key=DEFINITE + words[0].key[2:], text=words[0].text)] + words[1:]
            guess = self.backreference(d, words) or self.conducted_by(d, st) or self._named_before(d, words, st) \
                or self.earlier_document(d, words)
            if guess is not None:
                return guess
            a, b = _unquote(self.norm.text, *d.source)
            return SourceGuess(self.mention(a, b), classify_source(words, self.g), "explicit")
        # The clause the cue hangs on names its subject: a hint from a clause with a cue word that did not fire
        # ("نشرت القيادة ... توضيحا ... قائلة"), or the subject of the verb that opens the sentence
        # ("عززت وزارة العمل ...، مؤكدة").  An attribution earlier in the sentence takes the cue instead, unless
        # the hint names a titled speaker after it ("ويقول: نعيب زماننا ... فيأتي الشاعر محمد العوني ... قائلاً").
        same_sentence = self.drafts_in_sentence(d.sentence)
        hint = _subject_hint(st, d.subject_hint)
        if hint is not None and same_sentence and not (st.kind(st.tokens[hint[0]]) in ("official", "person")
                                                       and all(st.tokens[hint[0]].start >= dd.cue[1] for dd in same_sentence)):
            hint = None
        gender = cue_gender_of(st, d)
        inner = None if from_clause else self.complement_subject(d, st)
        if hint is not None and gender is not None and inner is not None and other_gender(
                self.mention(st.tokens[hint[0]].start, st.tokens[hint[1] - 1].end).text, gender, self.g, any_kind=True):
            hint = None  # "وقال الوزير إن الحكومة اجتمعت وأكدت": not the minister (the reported clause's subject, below)
        governing = None if same_sentence else self.governing_subject(d, st)
        if governing is not None and hint is not None and "kana" not in st.roles(st.tokens[0]):
            governing = None  # a later clause's subject is nearer; "وكان الوزير قد حسم أمر ...": كان names it
        subject = None if from_clause else governing or hint or (None if same_sentence else self.said_in_ma_clause(d, st))
        if subject is not None:
            a, b = subject
            words = st.tokens[a:b]
            clause = attrs.evolve(d, source=(words[0].start, words[-1].end), source_tokens=(a, b), subject_hint=None)
            # "ورحب أمير دولة الكويت ...، متمنياً": the office carried over stands for its earlier named mention
            guess = self.named_in_full(self.resolve(clause, st, from_clause=True), d.cue[0])
            return attrs.evolve(guess, resolved="carryover") if guess.resolved == "explicit" else guess
        isnad = self.isnad_speaker(d, st)
        if isnad is not None:
            return isnad  # "عن ابن عباس رضي الله عنهما قال"
        if cue_plural_of(st, d):
            # "لكن المزارعين مقتنعون بأن ...، ويطالبون": a plural of people named since, or the last group that spoke
            # (not past an attribution earlier in the sentence: "أكدا خلاله ...، مؤكدين" hangs on it)
            group = self.group_since(d) or (None if same_sentence else self.previous_group())
            if group is not None:
                return group
            if d.kind == "participle" and self._no_speaker_before(d) and not _dual_verb_before(st, d):
                # "مشيرين الى فخرهم ..." after a festival's speeches (2015-07-21, the Qatif festival, C024/C073):
                # a plural participle never hangs on the one official who spoke in an earlier sentence; the
                # group it stands for is named nowhere a speaker is
                return SourceGuess(Mention("", self.norm.span(d.cue[0], d.cue[0])), "unknown", "none")
        prev = self.previous(d.cue[0], singular=gender is not None)
        if inner is not None and (prev is None or gender is not None
                                  and other_gender(prev.mention.text, gender, self.g, any_kind=True)):
            # "وأوضح التقرير أن الشركة حققت أرباحا وأعلنت": the reported clause's subject goes on speaking
            a, b = inner
            words = st.tokens[a:b]
            clause = attrs.evolve(d, source=(words[0].start, words[-1].end), source_tokens=(a, b), subject_hint=None)
            guess = self.resolve(clause, st, from_clause=True)
            return attrs.evolve(guess, resolved="carryover") if guess.resolved == "explicit" else guess
        if prev is not None and gender is not None and other_gender(prev.mention.text, gender, self.g):
            # "وكشفت" never has "مدرب روماني ..." for subject: a body of its gender named in its sentence
            prev = self.body_since(d, gender) or prev
        newer = self.speaker_since(d, st)
        if newer is not None and (prev is None or not same_speaker(newer.mention.text, prev.mention.text)
                                  or len(newer.mention.text) > len(prev.mention.text)):
            return newer  # someone else named since, or the same speaker named in full since
        if prev is not None:
            return prev
        if d.subject_hint is not None and not from_clause and _said_with(st, d.subject_hint, d):
            # "وأضافت موريل قائلة: إن", "وتابع البحرة قائلاً إن": with nobody else to speak, the subject of the speech
            # verb whose manner the participle gives
            a, b = d.subject_hint
            return SourceGuess(self.mention(st.tokens[a].start, st.tokens[b - 1].end),
                               classify_source(st.tokens[a:b], self.g), "carryover")
        pos = self.norm.span(d.cue[0], d.cue[0])
        return SourceGuess(Mention("", pos), "unknown", "none")

    def _no_speaker_before(self, d: Draft) -> bool:
        """Does no attribution earlier in the sentence of ``d`` give it a speaker (a dual's "أكدا خلاله ...،
        مؤكدين" does; one with no speaker or none at all does not)?"""
        if not self.history:
            return True
        record, last = self.history[-1]
        return last.sentence != d.sentence or record.source.resolved == "none"

    def _named_before(self, d: Draft, words: list[Token], st: SentenceTokens) -> SourceGuess | None:
        """An earlier speaker's mention that holds the whole of this one, and more, at its start or its end: "وقال بان
        كي مون" and "وأعرب الأمين العام للأمم المتحدة" after "أدان الأمين العام للأمم المتحدة بان كي مون"
        (alriyadh_0722_695), one speaker named short again.  Only a definite title or a name of two words or more:
        "مسؤول أمريكي" may be someone else."""
        content = [w for w in words if w.is_word]
        text = self.mention(*d.source).text  # type: ignore[misc]
        if len(content) >= _LONG_TITLE and st.is_title(content[0]) and not content[0].definite:
            # "وشدد قائد قوة أمن الطرق بمنطقة مكة المكرمة" after "وقال قائد القوة الخاصة لأمن الطرق بمنطقة مكة
            # المكرمة، العقيد مظلي عائض بن عبيد البقمي" (sabq_e7c7b7b6a6): a long office with no name, every word of
            # it in an earlier speaker's fuller mention that opens with the same title, is that speaker again
            short = _without_fused_preposition(text)
            found = self.earlier_source(None, lambda m: len(m.text) > len(text) and head_words(m.text)[:1] == short[:1]
                                        and in_order(short, _without_fused_preposition(m.text)))
            if found is not None:
                return found
        if len(content) < 2 or not (content[0].definite or not any(st.kind(w) for w in content)):
            return None
        here = head_words(text)

        def fuller(m: Mention) -> bool:
            if len(m.text) <= len(text):
                return False  # (most speakers: no longer than this mention, so no fuller one)
            full = head_words(m.text)
            return len(full) > len(here) and (full[: len(here)] == here or full[-len(here) :] == here)

        return self.earlier_source(None, fuller)

    def possessed_object(self, d: Draft, st: SentenceTokens) -> bool:
        """Is the noun after the verb one with a possessive pronoun ("وابدى دعمه الكريم": what was shown, the
        subject dropped)?  Not a name that ends like one ("وتأمل سيلكه"): a word of an earlier speaker's name."""
        a, _ = d.source_tokens  # type: ignore[misc]
        lead = st.tokens[a]
        after = st.tok(a + 1)
        if a != d.cue_token + 1 or not possessed(st, lead) or lead.text.endswith(HEH + MEEM) \
                or (after is not None and after.is_word and not after.definite
                    and not (_verbal_noun(lead.key) and (st.is_prep(after) or st.is_comp(after)))):
            # (a preposition or complementizer after a verbal noun opens the content: "وأبدى تطلعه في أن",
            # real_fresh6 aleqtisadiya_f7b09269a7)
            return False  # "وقال أدهم باشو", "أدهم الخطيب": a first name, never a noun and its pronoun
        return not any(lead.key in WORD_RE.findall(fold(r.source.text)) for r, _ in self.history)


def _dual_verb_before(st: SentenceTokens, d: Draft) -> bool:
    """Is a speech verb in the dual written before the cue in its sentence ("أجرى الملك ... اتصالا بالرئيس ... أكدا
    خلاله ...، مؤكدين", 2015-08-01_178): a participle in -ين after it is a dual that hangs on its two speakers.  Not a
    verb whose own lemma ends in alef (دعا، نعى): its singular perfect is written so."""
    for t in st.tokens[: d.cue_token]:
        if t.is_word and t.bare.endswith(ALEF) and not t.bare.endswith(WAW + ALEF) \
                and any(f.form == "perfect" and not fold(f.verb.lemma).endswith(ALEF) for f in st.cue_forms(t)):
            return True
    return False


def _verbal_noun(key: str) -> bool:
    """Is ``key`` (a word with its pronoun) a verbal noun of a derived form, form V too ("تطلعه", "استخدامه")?"""
    stem = next((key[: -len(p)] for p in PRONOUN_SUFFIXES if key.endswith(p) and len(key) - len(p) >= 3), key)
    return derived_masdar(key) or definite_masdar(stem)
