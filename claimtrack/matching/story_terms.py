"""What the terms of a claim tell about its story: how alike two bags of terms are, the clause a speaker talks
about, which terms are event words, anchors of a join (narrow or not, spelt without long vowels), specific
evidence by real news (data/background_df.tsv), and the terms a whole corpus is about (weighing nothing).
:mod:`.stories` groups clusters into stories with these."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Collection, Iterable

from ..claims.key import topic_key
from ..lexicon import read_rows, read_words
from ..lexicon.background import background
from ..lexicon.grammar import grammar
from ..lexicon.morph import long_vowels, without_conjunction
from ..models import Attribution
from ..normalize import fold
from .facets import people_units

# Terms in more than this share of the clusters (and in more than COMMON_FLOOR) are what the whole corpus is
# about (المالكي، تصريحات in a wave of reactions to one remark): they tell no story from another and weigh
# nothing in story similarity.  On maliki_reactions this takes story precision from 0.63 to 0.86.
_EVERYWHERE_SHARE = 0.2
COMMON_FLOOR = 6
# A term in more than half of a small corpus's clusters is what it is about too: مصر in 6 of egypt_fm_visit's
# 11 clusters (the floor above keeps it) tied the spokesman's readout of the UAE talks to the King's meeting
# through that one name and the news words of every visit (تعزيز العلاقات بين البلدين الشقيقين).
_HALF_FLOOR = 3
# Specific evidence, by real news (data/background_df.tsv): an entity or place, or a word found in at least
# _SPECIFIC_FLOOR and at most _SPECIFIC_SHARE of its articles (سروج 53, قتيلا 207 of 20,290; not the word
# forms seen once or never, nor هجوم 900 or تقرير 1,689).  With _LINKAGE 0.3 they keep every real story's
# figure (suruc_bombing 0.262 -> 0.287) and bring the largest story of a real day (1,000 articles) from 5,909
# claims to 147.
_SPECIFIC_FLOOR = 20
_SPECIFIC_SHARE = 0.02
# An anchor of a join: a place or a named participant (an entity term), or a word real news uses in
# _SPECIFIC_FLOOR to _NAME_MOST of its articles, as rare as a place the gazetteer does not know (سروج 53,
# بورنو 20), not the rare news words that joined unrelated claims of a real day (شفاء 193, ترتفع 179,
# تاريخيا 114).
_NAME_MOST = 100


def story_similarity(a: Counter[str], b: Counter[str], weight: Callable[[str], float]) -> float:
    """How much two bags of terms talk about the same thing, in [0, 1]: the rarity-weighted share of the
    smaller bag's terms that the other has, averaged with the share of both (containment and Dice)."""
    return similarity(a, b, weight, sum(weight(t) for t in a), sum(weight(t) for t in b))


def similarity(a: Collection[str], b: Collection[str], weight: Callable[[str], float], wa: float, wb: float) -> float:
    """:func:`story_similarity` given the two bags' total weights ``wa`` and ``wb`` (bags as sets of terms)."""
    if not wa or not wb:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    shared = sum(weight(t) for t in a if t in b)
    return (shared / min(wa, wb) + 2 * shared / (wa + wb)) / 2


def clause(attribution: Attribution, text: str, *, to_end: bool = True) -> str:
    """The part of ``attribution``'s sentence (in its article's ``text``) from where the attribution begins
    (its source, cue or content, whichever comes first in the sentence) to the sentence's end: what a speaker
    other than the previous one talks about.  A sentence can open with the tail of the previous topic
    ("وكذلك نتائج الزيارة ... والرئيس المصري عبد الفتاح السيسي، فيما أوضحت بعض المصادر أن جماعة الإخوان
    ...", aawsat_0724_831), which is not what its attribution is about.  Unless ``to_end``, the clause stops
    where the attribution ends (its content, cue or source, whichever ends last): a sentence can close on the
    head of the next topic, what the speaker did not say ("أدانت مصر ... ومطالبة بدور قوي وفاعل للمجتمع الدولي
    لمحاربة الإرهاب، وهو ما وصفته دوائر سياسية ودبلوماسية مصرية بأنه «موقف الدول الكبيرة ...»", aawsat_0722_24:
    the Egyptian circles' praise that the next sentence tells)."""
    sentence = attribution.sentence
    starts = [attribution.cue.span.start, attribution.content.span.start]
    source = attribution.source.span
    if len(source) and sentence.start <= source.start < sentence.end:  # a carried-over source stands elsewhere
        starts.append(source.start)
    elif participle(attribution.cue.text):
        # A participle (حال) with its speaker named before this sentence hangs on the head of its own sentence,
        # the speaker's own act: "وقد حمل الملك المفدى الوزير نقل تحياته لرئيس جمهورية مصر العربية مؤكداً ..."
        # answers the greetings the sentence before relayed (egypt_fm_visit, eight copies of one wire).
        starts.append(sentence.start)
    end = sentence.end
    if not to_end:
        ends = [attribution.cue.span.end, attribution.content.span.end]
        if len(source) and sentence.start < source.end <= sentence.end:
            ends.append(source.end)
        end = min(end, max(ends))
    return text[max(sentence.start, min(starts)):end]


@functools.cache
def event_terms() -> frozenset[str]:
    """The terms of the words that say what kind of event a claim is about (data/event_words.txt), of the
    measure words of quantity_measures.tsv and of the toll units of people_units.tsv (قتيلا، جرحى)."""
    people = people_units()
    words = [*read_words("event_words.txt"), *(r[0] for r in read_rows("quantity_measures.tsv", 2)),
             *(r[0] for r in read_rows("units.tsv", 2) if people.get(r[1]) == "toll")]
    return frozenset(t for w in words for t in topic_key(w).stems)


def anchor(term: str) -> bool:
    """Whether ``term`` can anchor a join: an entity or place, or a word as rare as a name (``_NAME_MOST``),
    but never an event word (:func:`event_terms`)."""
    if term.startswith("e:"):
        return True
    return _SPECIFIC_FLOOR <= background().count(term) <= _NAME_MOST and term not in event_terms()


def narrow(term: str) -> bool:
    """Whether the anchor ``term`` is narrow: a rare word (:func:`anchor`), or an entity or place that real
    news names in no more than ``_SPECIFIC_SHARE`` of its articles (سروج 53، الأمم المتحدة 595 of 20,290; not
    تركيا 1,610)."""
    if not term.startswith("e:"):
        return True
    return background().count(term) <= _SPECIFIC_SHARE * background().documents


def spelt(term: str) -> str:
    """A word anchor as spelt without its long vowels after the first letter, so that the transliterations of
    one foreign name meet (سروج، سوروج: alriyadh_0722_695 and the other outlets of suruc_bombing); an entity, or
    a word of fewer than four letters, as it is."""
    if term.startswith("e:") or len(term) < 4:
        return term
    vowels = long_vowels()
    return term[0] + "".join(c for c in term[1:] if c not in vowels)


def participle(cue: str) -> bool:
    """Whether the cue ``cue`` is a participle (مؤكدا، مشيرة): one word that the grammar reads as one."""
    words = cue.split()
    if len(words) != 1:
        return False
    key = fold(words[0])
    return any(f.form == "participle" for f in grammar().cue_forms(key, without_conjunction(key)))


def without_everywhere_terms(bags: Iterable[Collection[str]], weight: Callable[[str], float]) -> Callable[[str], float]:
    """``weight``, but nothing for a term found in more than ``_EVERYWHERE_SHARE`` of the ``bags`` (and in
    more than ``COMMON_FLOOR`` of them, so that a handful of clusters keeps every term), nor for one found in
    more than half of them (and in at least ``_HALF_FLOOR``), however few they are."""
    bags = list(bags)
    df: Counter[str] = Counter(t for bag in bags for t in bag)
    limit = max(COMMON_FLOOR, _EVERYWHERE_SHARE * len(bags))
    everywhere = frozenset(t for t, n in df.items() if n > limit or (2 * n > len(bags) and n >= _HALF_FLOOR))
    # each term of the bags weighed once: the candidate pairs ask for the same terms hundreds of thousands of times
    known = Remembered(weight)
    known.update((t, 0.0 if t in everywhere else weight(t)) for t in df)
    return known.__getitem__


class Remembered(dict[str, float]):
    """Term -> ``weight(term)``, each found once: ``Remembered(weight).__getitem__`` is ``weight`` at the cost of a
    dictionary look-up (pairs and stories ask for the same terms millions of times)."""

    def __init__(self, weight: Callable[[str], float]) -> None:
        super().__init__()
        self.weight = weight

    def __missing__(self, term: str) -> float:
        w = self[term] = self.weight(term)
        return w


def specific(term: str) -> bool:
    """Whether ``term`` is specific evidence of a story: an entity or place (``e:``), or a word that real
    news uses, but in no more than ``_SPECIFIC_SHARE`` of its articles."""
    if term.startswith("e:"):
        return True
    bg = background()
    return _SPECIFIC_FLOOR <= bg.count(term) <= _SPECIFIC_SHARE * bg.documents
