"""Who a source really is: carryover, back-references and source kinds.

- *carryover*: a cue with no subject (``وأضافت``, ``مضيفا``) takes the source of the attribution before it.
- *back-reference*: a short definite noun from ``data/backreferences.tsv`` (``المصدر``, ``البيان``,
  ``الوكيل``, ``وكيل الوزارة``) or a bare surname (``تاونسند``, ``برنت``) stands for an earlier, fuller
  mention; the source span is then that mention ("قائد القيادة العسكرية الأمريكية بإفريقيا الجنرال ستيفن
  تاونسند").  A document back-reference (``وأكد البيان``) resolves to the body that issued the statement,
  with the document kept in ``via``.
- *kind*: see :mod:`.source_kind`.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable

import attrs
import regex

from ..geography import nisba_place
from ..lexicon import read_rows
from ..lexicon.aliases import aliases
from ..lexicon.grammar import Grammar
from ..lexicon.morph import ALEF, BEH, DEFINITE, HEH, LAM, LAM_LAM, MEEM, NOON, WAW, YEH, noun_gender
from ..models import Article, Attribution, Mention, Source
from ..normalize import Normalized, fold, normalize
from .draft import Draft
from .nounphrase import noun_phrase, possessed
from .source_kind import classify_source
from .tokens import QUOTE, SentenceTokens, Token, tokenize, without_clitic
from .speaker_search import NAME_SEPARATORS, PREPOSITION_ARTICLE, WINDOW, SourceGuess, SpeakerSearch, cue_gender_of, cue_plural_of, sound_masculine_plural
from .wordlists import pattern, rule_words

__all__ = ["Resolver", "SourceGuess", "classify_source"]

_DOCUMENT_OBJECT_WORDS = 4  # tokens after the subject searched for a document the verb has for object
_GROUP_LOOKBACK = 12  # earlier attributions searched for the last group that spoke, for a plural cue
_ORDINAL_ARTICLE = frozenset({DEFINITE})  # "التقرير الـ 51": the article written apart before a number


def _unquote(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop the quote marks around a quoted name used as a source ("أفريكوم" -> أفريكوم)."""
    if b - a > 2 and text[a] == QUOTE and text[b - 1] == QUOTE and QUOTE not in text[a + 1 : b - 1]:
        return a + 1, b - 1
    return a, b


_WORD = regex.compile(r"\w+")


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
    lead = next((w for w in words if w.key not in rule_words().not_subject), None)
    if lead is not None and d.kind != "according" and (st.is_prep(lead) or (lead.conj and not st.kind(lead) and "preposition" in st.g.role(lead.bare))):
        return True
    if lead is not None and a == d.cue_token + 1 and cue_gender_of(st, d) == "f" and sound_masculine_plural(lead.unprefixed, st.g):
        return True  # "ودعت الكينيين إلى": a feminine verb never has a masculine plural of people for subject
    if d.subject_first and b <= d.cue_token:
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

def _plural_mention(text: str, g: Grammar) -> bool:
    """Does a mention open with a plural of people ("مديرو التعليم", "المسؤولون", "خبراء")?  A dropped
    subject of a singular cue (مؤكدا، وأضافت) never stands for one."""
    words = _heads(text)
    if not words:
        return False
    head = words[0]
    return g.kind_of_word(head) == "collective" or sound_masculine_plural(head, g)


@functools.cache
def _kin_words() -> frozenset[str]:
    """The kin words of backreferences.tsv (antecedent family), folded and without ال: اسره، ذوو، اهالي."""
    return frozenset(_heads(r[0])[0] for r in read_rows("backreferences.tsv", 2) if r[1] == "family" and " " not in r[0])


def _kin_mention(words: list[Token]) -> bool:
    """Is a mention a kin word with a definite genitive right after it ("أهالي الفقيدة", "ذوو الفقيدة"; not
    "أهالي قرية الخرائق", residents, nor "أسرة "معلمة تبوك"", a family named in full)?"""
    if len(words) < 2 or not words[0].is_word or not words[1].is_word or words[0].definite:
        return False
    return _heads(words[0].bare)[:1] in ([w] for w in _kin_words()) and words[1].definite


def _kin_mention_text(text: str) -> bool:
    """Is a source's text itself a kin word and a definite genitive ("أهالي الفقيدة ...")?"""
    words = _WORD.findall(fold(text))
    return len(words) >= 2 and _heads(words[0])[0] in _kin_words() and words[1].startswith(DEFINITE)


def _other_gender(text: str, gender: str, g: Grammar) -> bool:
    """Is a mention headed by a title or person word of the other gender than a cue's ("مدرب روماني" for
    "وكشفت")?  A mention with no such word (a bare name, a body) tells nothing."""
    for w in _heads(text):
        if g.kind_of_word(w) in ("official", "person"):
            return noun_gender(w) != gender
    return False


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Do ``words`` all stand in ``longer``, in the same order ("رئيس الهلال" in "رئيس نادي الهلال الأمير ...")?"""
    rest = iter(longer)
    return all(w in rest for w in words)


def _opens_with(text: str, key: str) -> bool:
    """Does a mention open with the word ``key`` (folded)?"""
    first = _WORD.search(fold(text))
    return first is not None and first.group() == key


def _short_again(text: str, key: str) -> bool:
    """Is a mention the short definite noun ``key`` (folded) again, followed by no adjective of its own
    ("سعي الوزارة لتوحيد الأنشطة": not a fuller mention of الوزارة; "المديرية العامة للدفاع المدني" is)?"""
    words = _WORD.findall(fold(text))
    return bool(words) and words[0] == key and (len(words) == 1 or not words[1].startswith(DEFINITE))


def _same_speaker(a: str, b: str) -> bool:
    """Do two mentions share their last word (a name or the head of a short mention)?"""
    wa, wb = _heads(a), _heads(b)
    return bool(wa and wb) and (wa[-1] in wb or wb[-1] in wa)


def _heads(text: str, prepositions: bool = False) -> list[str]:
    """The words of a mention without ال, for comparing two mentions (المفتى / مفتي مصر); with
    ``prepositions``, without a fused ل too (لمنظمة -> منظمه)."""
    words = _WORD.findall(fold(text))
    if prepositions:
        words = [w[1:] if w.startswith(LAM) and not w.startswith(LAM_LAM) and len(w) > 4 else w for w in words]
    return [w[2:] if w.startswith(DEFINITE) and len(w) > 4 else w for w in words]

@functools.cache
def _singulars() -> dict[str, str]:
    """Broken plurals (``data/broken_plurals.tsv``) to their singulars, match-folded (ضباط -> ضابط)."""
    return {fold(r[0]): fold(r[1]) for r in read_rows("broken_plurals.tsv", 2)}


def _one_of_plural(text: str, head: str) -> bool:
    """Does a mention name one of a group whose broken plural has ``head`` for singular ("أحد الضباط الجنوبيين"
    for "الضابط")?"""
    return any(_singulars().get(w) == head for w in _heads(text))


@functools.cache
def _alias_table() -> dict[str, frozenset[str]]:
    """Each folded alias -> the folded forms of every alias of its entity (aliases.tsv)."""
    by_canonical: dict[str, set[str]] = {}
    for a in aliases():
        by_canonical.setdefault(a.canonical, set()).add(fold(a.alias))
    return {form: frozenset(forms) for forms in by_canonical.values() for form in forms}


def _alias_forms(name: str) -> frozenset[str]:
    return _alias_table().get(name, frozenset())


class Resolver(SpeakerSearch):
    """Resolves the sources of one article's attributions, in document order."""

    def __init__(self, article: Article, norm: Normalized, g: Grammar) -> None:
        super().__init__(article, norm, g)
        # (head word, require_title) -> (token start, full mention) of every full mention of the head, in order
        self._full_mentions: dict[tuple[str, bool], list[tuple[int, SourceGuess]]] = {}
        # Kept up to date by remember(), so that previous() and resolve() need not rescan the history (a run of
        # cues with no speaker, 'قال: "نعم."' again and again, made that quadratic): the drafts of each sentence
        # holding an attribution, the last source and the last source that is no plural of people.
        self._sentence_drafts: dict[int, list[Draft]] = {}
        self._last_source: Source | None = None
        self._last_singular_source: Source | None = None
        # The last source of each text that earlier_source() may return, the most recent last: its tests look at
        # the text only, so one look per text is enough ("ونفى المتحدث ذلك." again and again was quadratic).
        self._speakers: dict[str, Source] = {}

    def remember(self, record: Attribution, draft: Draft) -> None:
        self.history.append((record, draft))
        self._sentence_drafts.setdefault(draft.sentence, []).append(draft)
        src = record.source
        if src.resolved != "none" and src.kind in ("official", "person"):
            self._speakers.pop(src.text, None)
            self._speakers[src.text] = src
        if src.resolved != "none" and src.text:
            self._last_source = src
            if not _plural_mention(src.text, self.g):
                self._last_singular_source = src

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
            if src.resolved != "none" and src.text and (src.kind not in ("official", "person") or _plural_mention(src.text, self.g)):
                return SourceGuess(Mention(src.text, src.span), src.kind, "carryover")
        return None

    def named_in_full(self, guess: SourceGuess, before: int) -> SourceGuess:
        """A carried-over title that names nobody ("سمو رئيس المركز", "أمير دولة الكويت") stands for the
        earlier mention of that title with the name ("بحضور سمو رئيس المركز الأمير الدكتور فيصل بن عبدالله
        ..."); ``before`` is where the cue stands (normalized text)."""
        view = SentenceTokens(tokenize(normalize(guess.mention.text).text), self.g)
        words = [t for t in view.tokens if t.is_word]
        if not words or any(not view.roles(w) and not view.kind(w) and not view.is_cue_word(w)
                            and (not w.definite or view.is_name(w)) for w in words):
            return guess
        title = next((w for w in words if view.kind(w) in ("official", "person")), None)
        if title is None:
            return guess
        heads = _heads(guess.mention.text)
        hi = bisect_left(self.all.starts, before)
        for k in reversed(self.positions.get(title.unprefixed, [])):
            if k >= hi:
                continue
            found = self.speaker_mention(k, self.left_edge(k)[0], hi)
            if found is None:
                continue
            full = _heads(found.mention.text)
            rest = full[len(heads) :] if full[: len(heads)] == heads else full[: -len(heads)] if full[-len(heads) :] == heads else []
            if any(self.g.kind_of_word(w) in ("official", "person") or self.g.kind_of_word(DEFINITE + w) in ("official", "person")
                   for w in rest):
                return attrs.evolve(found, resolved=guess.resolved)  # the name written after or before the title
        return guess

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
        if d.source is not None and d.source_tokens is not None and not _no_subject(d, st) and not self.possessed_object(d, st):
            words = st.tokens[d.source_tokens[0] : d.source_tokens[1]]
            if words and d.kind == "according" and words[0].key.startswith(LAM_LAM) and len(words[0].key) > 4:
                # "وفقا للخزرجي": the article of the name is fused with the marker's ل; look it up as الخزرجي
                # (the one place a لل-name is read: the back-references below see الخزرجي)
                words = [words[0].replace(key=DEFINITE + words[0].key[2:], text=words[0].text)] + words[1:]
            guess = self.backreference(d, words) or self.conducted_by(d, st)
            if guess is not None:
                return guess
            a, b = _unquote(self.norm.text, *d.source)
            return SourceGuess(self.mention(a, b), classify_source(words, self.g), "explicit")
        # The clause the cue hangs on names its subject: a hint from a clause with a cue word that did not fire
        # ("نشرت القيادة ... توضيحا ... قائلة"), or the subject of the verb that opens the sentence
        # ("عززت وزارة العمل ...، مؤكدة").  An attribution earlier in the sentence takes the cue instead, unless
        # the hint names a titled speaker after it ("ويقول: نعيب زماننا ... فيأتي الشاعر محمد العوني ... قائلاً").
        same_sentence = self._sentence_drafts.get(d.sentence, [])
        hint = d.subject_hint
        if hint is not None and not _may_be_subject(st, hint[0]):
            hint = None
        if hint is not None and same_sentence and not (st.kind(st.tokens[hint[0]]) in ("official", "person")
                                                       and all(st.tokens[hint[0]].start >= dd.cue[1] for dd in same_sentence)):
            hint = None
        governing = None if same_sentence else self.governing_subject(d, st)
        if governing is not None and hint is not None and "kana" not in st.roles(st.tokens[0]):
            governing = None  # a later clause's subject is nearer; "وكان الوزير قد حسم أمر ...": كان names it
        subject = None if from_clause else governing or hint
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
        gender = cue_gender_of(st, d)
        prev = self.previous(d.cue[0], singular=gender is not None)
        if prev is not None and gender is not None and _other_gender(prev.mention.text, gender, self.g):
            # "وكشفت" never has "مدرب روماني ..." for subject: a body of its gender named in its sentence
            prev = self.body_since(d, gender) or prev
        newer = self.speaker_since(d, st)
        if newer is not None and (prev is None or not _same_speaker(newer.mention.text, prev.mention.text)
                                  or len(newer.mention.text) > len(prev.mention.text)):
            return newer  # someone else named since, or the same speaker named in full since
        if prev is not None:
            return prev
        pos = self.norm.span(d.cue[0], d.cue[0])
        return SourceGuess(Mention("", pos), "unknown", "none")
    def possessed_object(self, d: Draft, st: SentenceTokens) -> bool:
        """Is the noun after the verb one with a possessive pronoun ("وابدى دعمه الكريم": what was shown, the
        subject dropped)?  Not a name that ends like one ("وتأمل سيلكه"): a word of an earlier speaker's name."""
        a, _ = d.source_tokens  # type: ignore[misc]
        lead = st.tokens[a]
        after = st.tok(a + 1)
        if a != d.cue_token + 1 or not possessed(st, lead) or lead.text.endswith(HEH + MEEM) \
                or (after is not None and after.is_word and not after.definite):
            return False  # "وقال أدهم باشو", "أدهم الخطيب": a first name, never a noun and its pronoun
        return not any(lead.key in _WORD.findall(fold(r.source.text)) for r, _ in self.history)

    def backreference(self, d: Draft, words: list[Token]) -> SourceGuess | None:
        while len(words) > 1 and words[-1].is_word and "emphatic" in self.g.role(words[-1].key):
            words = words[:-1]  # "المسؤول ذاته", "المصدر نفسه": the emphatic pronoun points back too
        keys = tuple(w.key for w in words if w.is_word)
        if not keys:
            return None
        bare_keys = (words[0].bare,) + keys[1:]
        antecedent = self.g.backrefs.get(keys) or self.g.backrefs.get(bare_keys)
        here = self.mention(*d.source)  # type: ignore[misc]
        if antecedent == "family" or _kin_mention(words):
            # "وقال أهالي الفقيدة", "وأردف ذوو الفقيدة": the family that spoke first, named in full
            return self.earlier_family(here)
        if antecedent is None and len(keys) == 2 and nisba_place(keys[1]):
            # "المسؤول الروسي", "المصدر التشادي": a back-reference noun for a person with a nationality points
            # back to the nearest earlier official or person of that country ("الحكومة المغربية" names a body
            # in full and points nowhere)
            if (self.g.backrefs.get(keys[:1]) or self.g.backrefs.get(bare_keys[:1])) in ("any", "official", "person"):
                place = nisba_place(keys[1])
                for record, _draft in reversed(self.history):
                    if record.source.kind in ("official", "person") and \
                            any(nisba_place(fold(w)) == place for w in _WORD.findall(record.source.text)):
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
            return None  # no statement was mentioned before: "البيان" stays the source
        if antecedent == "latter":
            return self.named_last(d.source[0])  # type: ignore[index]
        if antecedent == "any":
            prev = self.previous(d.cue[0])
            return None if prev is None else attrs.evolve(prev, resolved="backreference")
        if antecedent:
            # "الوكيل", "الجيش": the nearest earlier full mention with that head word; with none, the
            # mention stays as written (a first mention, not a back-reference).
            head = words[0].unprefixed if words[0].is_word else keys[0]
            if antecedent in ("organization", "media", "document"):
                # "سعي الوزارة لتوحيد الأنشطة" is the same short noun again; a body is named in full in
                # construct ("وزارة التجارة والصناعة")
                return self.earlier_mention(head, d.source[0], accept=lambda m: not _short_again(m.text, keys[0]))  # type: ignore[index]
            # "وكان الوزير قد حسم": a speaker already named in full with that title comes first
            return self.earlier_source(None, lambda m: head in _heads(m.text) and len(m.text) > len(here.text)) \
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
                found = self.earlier_source(None, lambda m: not _plural_mention(m.text, self.g) and _one_of_plural(m.text, head))
                if found is not None:
                    return found
            found = self.earlier_mention(content_words[0].unprefixed, d.source[0],  # type: ignore[index]
                                         accept=lambda m: not _short_again(m.text, keys[0]))
            if found is not None and len(found.mention.text) > len(here.text):
                return found
        body = self.all.kind(content_words[0]) == "organization" if content_words else False
        if 2 <= len(content_words) <= 3 and (self.all.is_title(content_words[0]) or body) and not content_words[0].definite:
            # "وزير التعليم", "رئيس الهلال", "أمانة المنظمة": the earlier speaker or mention holding every word of
            # it (a preposition fused to a word of the fuller one aside: "الأمانة العامة لمنظمة ..."), and more
            heads = _heads(here.text)
            def fuller(m: Mention) -> bool:
                return len(m.text) > len(here.text) + 3 and _in_order(heads, _heads(m.text, prepositions=body))
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
                if src.resolved != "none" and len(src.text) > len(here.text) and _opens_with(src.text, key):
                    return SourceGuess(Mention(src.text, src.span), src.kind, "backreference")
        # A bare name ("تاونسند", "برنت", "النمروش") first written in full earlier in the article.
        content_words = [w for w in words if w.is_word]
        if 1 <= len(content_words) <= 2 and not any(self.all.kind(w) for w in content_words) \
                and not _plural_mention(here.text, self.g):  # "مديرو التعليم" names no one
            last = content_words[-1].key
            found = self.earlier_source(last)
            if found is None:
                found = self.earlier_mention(last, d.source[0], require_title=True)  # type: ignore[index]
            if found is not None and len(found.mention.text) > len(here.text):
                return found
        return None

    def earlier_family(self, here: Mention) -> SourceGuess | None:
        """The first source of the article that opens with a kin word and is named more fully than ``here``
        ("أسرة "معلمة تبوك" المتوفاة عقب رفض قبول ابنتها في كلية الطب" for "أهالي الفقيدة")."""
        kin = _kin_words()
        found = [(record.source, draft.kind) for record, draft in self.history
                 if record.source.resolved == "explicit" and _heads(record.source.text)[:1] in ([w] for w in kin)
                 and fold(record.source.text) != fold(here.text) and not _kin_mention_text(record.source.text)]
        # the body's mention before the headline's ("ذوو "معلمة تبوك": ..." heads the article)
        body = [src for src, kind in found if kind != "headline"] or [src for src, _ in found]
        if not body:
            return None
        return SourceGuess(Mention(body[0].text, body[0].span), body[0].kind, "backreference")

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
            view = SentenceTokens([*tokens[:k], bare, *tokens[k + 1 :]], self.g)
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

    def document_of_named(self, words: list[Token], here: Mention) -> SourceGuess | None:
        """"ورصد تقرير مؤسسة النقد", "وأبرز تقرير "ساما"": a document of a body named in short (a shorter form
        or a listed alias) whose full name spoke earlier through a document is that body again, with the
        document in ``via`` (the guide's Documents convention)."""
        content_words = [w for w in words if w.is_word]
        if len(content_words) < 2 or content_words[0].definite or self.g.kind_of_word(content_words[0].key) != "document":
            return None
        name = " ".join(w.key for w in content_words[1:])
        forms = {name} | _alias_forms(name)
        for record, draft in reversed(self.history):
            said = fold(record.source.text)
            if record.source.text and (draft.medium_document or self.issued_document(record, draft)) \
                    and len(said) > len(name) and any(regex.search(rf"(?<!\w){regex.escape(f)}(?!\w)", said) for f in forms):
                return SourceGuess(Mention(record.source.text, record.source.span), record.source.kind, "backreference", (here,))
        return None

    def earlier_source(self, name: str | None, accept: Callable[[Mention], bool] | None = None) -> SourceGuess | None:
        """The nearest earlier attribution's source holding the bare name ``name`` among its words ("وقال
        عبدالله عبدالعزيز ..." for a later "كشف عبدالله"): the speaker already named in full, rather than a
        first mention whose phrase may stop inside the name ("الفنان الشاب عبدالله").  ``accept``, when
        given, is a further test of the source's text (only: see ``_speakers``)."""
        for src in reversed(self._speakers.values()):
            if (name is None or name in _WORD.findall(fold(src.text))) \
                    and (accept is None or accept(Mention(src.text, src.span))):
                return SourceGuess(Mention(src.text, src.span), src.kind, "backreference")
        return None

    def issuer_after(self, end: int) -> SourceGuess | None:
        """The body a document is "of", right after it: "التقرير الـ 51 لمؤسسة النقد العربي السعودي" -> مؤسسة
        النقد العربي السعودي (a number or an ordinal may stand between)."""
        tokens = self.all.tokens
        k = bisect_left(self.all.starts, end)
        while k < len(tokens) and k < bisect_left(self.all.starts, end) + 3 and (tokens[k].kind == "num" or tokens[k].key in _ORDINAL_ARTICLE):
            k += 1
        t = self.all.tok(k)
        if t is None or not t.is_word or not t.key.startswith(LAM) or t.key.startswith(LAM_LAM) or len(t.key) < 4:
            return None
        if self.g.kind_of_word(t.key[len(LAM):]) not in ("organization", "official"):
            return None
        body = without_clitic(t)
        view = SentenceTokens([*tokens[:k], body, *tokens[k + 1 :]], self.g)
        stop = max(noun_phrase(view, k), k + 1)
        for m in range(k + 1, stop):
            if not self.same_line(m - 1, m):
                stop = m
                break
        words = [w for w in view.tokens[k:stop] if w.is_word]
        return SourceGuess(self.mention(t.start + len(LAM), tokens[stop - 1].end), classify_source(words, self.g), "backreference")

    def said_in_document(self, d: Draft) -> bool:
        """Was a participle said in a document ("موضحة في بيان صحفي أن")?  Then a later "وأضاف البيان" is it.
        (The verb rule marks its own ``medium_document``; "وجاء في بيان صادر عن ..." keeps the document.)"""
        if d.content_start is None or d.kind != "participle":
            return False
        tokens = self.all.tokens
        a, b = bisect_left(self.all.starts, d.cue[1]), bisect_left(self.all.starts, d.content_start)
        return any(self.g.kind_of_word(tokens[k].unprefixed) == "document" and self.all.is_prep(tokens[k - 1])
                   for k in range(max(a, 1), min(b, a + 6)))

    def conducted_by(self, d: Draft, st: SentenceTokens) -> SourceGuess | None:
        """The body that made a document, named in a relative clause right after it ("وأفادت نتائج البحث الذي
        أجرته مؤسسة الرأي “آيبونيون” ... بأن"; construction_patterns.tsv, conducted-by): the guide's Documents
        convention, the issuer is the source and the document is in ``via``."""
        a, b = d.source_tokens  # type: ignore[misc]
        words = [w for w in st.tokens[a:b] if w.is_word]
        if not words or classify_source(words, self.g) not in ("document", "unknown"):
            return None  # "نتائج البحث", "الدراسة": what a body conducts or issues, no speaker of its own
        relative, made = pattern("conducted-by").words()
        rel, verb = st.tok(b), st.tok(b + 1)
        if rel is None or verb is None or rel.key not in relative.words or verb.key not in made.words:
            return None
        head = st.tok(b + 2)
        end = noun_phrase(st, b + 2)
        if head is None or end <= b + 2 or st.kind(head) not in ("organization", "official", "media", "person"):
            return None
        body = [w for w in st.tokens[b + 2 : end] if w.is_word]
        return SourceGuess(self.mention(head.start, st.tokens[end - 1].end), classify_source(body, self.g), "explicit",
                           (self.mention(*d.source),))  # type: ignore[misc]

    def document_object(self, record: Attribution, d: Draft) -> bool:
        """Did a verb with its own subject have a document for its object, before the content ("أصدر مكتب
        المساءلة الحكومي الأميركي تقريرا يفيد بأن ...")?  Then a later "كما يقول التقرير" is that body speaking
        again."""
        if d.kind != "verb" or record.source.resolved != "explicit" or d.source is None or d.content_start is None:
            return False
        tokens = self.all.tokens
        a, b = bisect_left(self.all.starts, d.source[1]), bisect_left(self.all.starts, d.content_start)
        for k in range(max(a, 1), min(b, a + _DOCUMENT_OBJECT_WORDS)):
            t = tokens[k]
            if not t.is_word or self.all.is_prep(t):
                return False  # "أثنى الجانب الأمريكي، حسب البيان،": an aside, not the object
            # the indefinite object is written with the alef of its accusative: تقريرا، بيانا
            key = t.key[:-1] if t.key.endswith(ALEF) and not t.definite else t.key
            if not t.key.startswith(PREPOSITION_ARTICLE) and self.g.kind_of_word(key) == "document":
                return True
        return False

    def issued_document(self, record: Attribution, d: Draft) -> bool:
        """Did a verb have a document for its subject and its issuer for the source ("وكشف التقرير الـ 51
        الصادر حديثًا عن مؤسسة النقد ...")?  Then a later "وأكد التقرير" is that body speaking again.
        ("وجاء في بيان صادر عن ..." keeps the document: that is another construction.)"""
        if d.kind != "verb" or record.source.resolved != "explicit":
            return False
        for v in record.source.via:
            if v.span.start > record.source.span.start:
                continue  # "أثنى الجانب الأمريكي، حسب البيان،": an according-to aside, not the verb's subject
            first = _WORD.search(fold(v.text))
            if first is not None and self.g.kind_of_word(first.group()) == "document":
                return True
        return False

    def earlier_mention(self, head: str, before: int, require_title: bool = False,
                        accept: Callable[[Mention], bool] | None = None) -> SourceGuess | None:
        """The nearest earlier mention around the word ``head`` that is a full mention, not itself a short
        back-reference ("وكيل الوزارة" is skipped for "وكيل وزارة الدفاع ...، صلاح الدين النمروش").  With
        ``require_title`` the mention must hold an office or a person word ("المواطن حمدان العصيمي" for
        "وبيّن العصيمي")."""
        # Each position's full mention is worked out once, and the nearest before ``before`` found by bisection:
        # a run of back-references ("ونفى المتحدث ذلك." again and again) no longer rescans every earlier one.
        key = (head, require_title)
        if key not in self._full_mentions:
            found = [(self.all.tokens[k].start, self._full_mention_at(k, require_title)) for k in self.positions.get(head, [])]
            self._full_mentions[key] = [(start, guess) for start, guess in found if guess is not None]
        mentions = self._full_mentions[key]
        for i in range(bisect_left(mentions, before, key=lambda f: f[0]) - 1, -1, -1):
            guess = mentions[i][1]
            if accept is None or accept(guess.mention):
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
