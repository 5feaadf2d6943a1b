"""Two mentions compared by their words: heads without ال, plurals of people, kin words, gender, aliases.

The back-references (:mod:`.backreference`) and the carry-over (:mod:`.carryover`, :mod:`.resolve`) ask these
whether an earlier mention is the same speaker named more fully ("رئيس الهلال" in "رئيس نادي الهلال الأمير
..."), or one that a cue cannot have for subject ("مديرو التعليم" for مؤكدا).
"""

from __future__ import annotations

import functools

import regex

from ..lexicon import read_rows
from ..lexicon.aliases import aliases
from ..lexicon.grammar import Grammar
from ..lexicon.morph import DEFINITE, LAM, LAM_LAM, noun_gender, without_article
from ..normalize import fold
from .agreement import sound_masculine_plural
from .tokens import Token

__all__ = ["WORD_RE", "alias_forms", "feminine_broken_plural", "head_words", "in_order", "kin_mention", "kin_mention_text",
           "kin_words", "one_of_plural", "opens_with", "other_gender", "plural_mention", "same_speaker", "short_again"]


WORD_RE = regex.compile(r"\w+")


def plural_mention(text: str, g: Grammar) -> bool:
    """Does a mention open with a plural of people ("مديرو التعليم", "المسؤولون", "خبراء")?  A dropped
    subject of a singular cue (مؤكدا، وأضافت) never stands for one."""
    words = head_words(text)
    if not words:
        return False
    head = words[0]
    return g.kind_of_word(head) == "collective" \
        or sound_masculine_plural(head, g, definite=fold(text).lstrip().startswith(DEFINITE))


@functools.cache
def kin_words() -> frozenset[str]:
    """The kin words of backreferences.tsv (antecedent family), folded and without ال: اسره، ذوو، اهالي."""
    return frozenset(head_words(r[0])[0] for r in read_rows("backreferences.tsv", 2) if r[1] == "family" and " " not in r[0])


def kin_mention(words: list[Token]) -> bool:
    """Is a mention a kin word with a definite genitive right after it ("أهالي الفقيدة", "ذوو الفقيدة"; not
    "أهالي قرية الخرائق", residents, nor "أسرة "معلمة تبوك"", a family named in full)?"""
    if len(words) < 2 or not words[0].is_word or not words[1].is_word or words[0].definite:
        return False
    return head_words(words[0].bare)[:1] in ([w] for w in kin_words()) and words[1].definite


def kin_mention_text(text: str) -> bool:
    """Is a source's text itself a kin word and a definite genitive ("أهالي الفقيدة ...")?"""
    words = WORD_RE.findall(fold(text))
    return len(words) >= 2 and head_words(words[0])[0] in kin_words() and words[1].startswith(DEFINITE)


def other_gender(text: str, gender: str, g: Grammar, *, any_kind: bool = False) -> bool:
    """Is a mention headed by a title or person word of the other gender than a cue's ("مدرب روماني" for
    "وكشفت")?  A mention with no such word (a bare name, a body) tells nothing.  ``any_kind``: its first word of any
    source kind counts, a body's or a document's too ("التقرير" for "وأعلنت")."""
    for w in head_words(text):
        kind = g.kind_of_word(w)
        if kind in ("official", "person") or any_kind and kind:
            return noun_gender(w) != gender
    return False


def in_order(words: list[str], longer: list[str]) -> bool:
    """Do ``words`` all stand in ``longer``, in the same order ("رئيس الهلال" in "رئيس نادي الهلال الأمير ...")?"""
    rest = iter(longer)
    return all(w in rest for w in words)


def opens_with(text: str, key: str) -> bool:
    """Does a mention open with the word ``key`` (folded)?"""
    first = WORD_RE.search(fold(text))
    return first is not None and first.group() == key


def short_again(text: str, key: str) -> bool:
    """Is a mention the short definite noun ``key`` (folded) again, followed by no adjective of its own
    ("سعي الوزارة لتوحيد الأنشطة": not a fuller mention of الوزارة; "المديرية العامة للدفاع المدني" is)?"""
    words = WORD_RE.findall(fold(text))
    return bool(words) and words[0] == key and (len(words) == 1 or not words[1].startswith(DEFINITE))


def same_speaker(a: str, b: str) -> bool:
    """Do two mentions share their last word (a name or the head of a short mention)?"""
    wa, wb = head_words(a), head_words(b)
    return bool(wa and wb) and (wa[-1] in wb or wb[-1] in wa)


def head_words(text: str, prepositions: bool = False) -> list[str]:
    """The words of a mention without ال, for comparing two mentions (المفتى / مفتي مصر); with
    ``prepositions``, without a fused ل too (لمنظمة -> منظمه)."""
    words = WORD_RE.findall(fold(text))
    if prepositions:
        words = [w[1:] if w.startswith(LAM) and not w.startswith(LAM_LAM) and len(w) > 4 else w for w in words]
    return [without_article(w) for w in words]

@functools.cache
def _singulars() -> dict[str, str]:
    """Broken plurals (``data/broken_plurals.tsv``) to their singulars, match-folded (ضباط -> ضابط)."""
    return {fold(r[0]): fold(r[1]) for r in read_rows("broken_plurals.tsv", 2)}


def feminine_broken_plural(key: str) -> bool:
    """Is a folded word a broken plural whose singular has a teh marbuta ("الدول" of دولة)?  A plural of things
    takes a feminine verb ("دعت الدول"), so after a masculine one ("ودعا الدول الأعضاء") it is the object."""
    word = without_article(key)
    singular = _singulars().get(word)
    return singular is not None and singular.endswith("\u0647")  # ARABIC LETTER HEH: the folded teh marbuta


def one_of_plural(text: str, head: str) -> bool:
    """Does a mention name one of a group whose broken plural has ``head`` for singular ("أحد الضباط الجنوبيين"
    for "الضابط")?"""
    return any(_singulars().get(w) == head for w in head_words(text))


@functools.cache
def _alias_table() -> dict[str, frozenset[str]]:
    """Each folded alias -> the folded forms of every alias of its entity (aliases.tsv)."""
    by_canonical: dict[str, set[str]] = {}
    for a in aliases():
        by_canonical.setdefault(a.canonical, set()).add(fold(a.alias))
    return {form: frozenset(forms) for forms in by_canonical.values() for form in forms}


def alias_forms(name: str) -> frozenset[str]:
    return _alias_table().get(name, frozenset())
