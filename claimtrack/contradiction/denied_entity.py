"""Whose act a denial denies: the entity a denial names in what it denies, and whether a statement it is linked to
tells of that entity or of another one (the entity substitution of issue 13).

The words of a story are shared by every statement of it: a wildlife researcher's denial of "مقتل جيركو شقيق الأسد
سيسيل" (the killing of Jericho, Cecil's brother) shares مقتل، الأسد، سيسيل with every account of Cecil's killing,
and a club head's denial that his club means to sell "توماس مولر" to Manchester United shares بيع، مانشستر with the
sale of "باستيان شفاينشتايجر" there.  A denial disputes a statement only when the entity in the role of what
happened is the statement's too.  A name is a rare word (:data:`_RARE_MOST`: few articles of real news use it,
whatever the corpus at hand), read word by word as :func:`~claimtrack.claims.claim_key` reads it, a place aside
(two places are :mod:`.places`'s to tell apart).  :func:`names_another` asks it of a denial and a statement."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ..claims import claim_key
from ..lexicon import read_words
from ..lexicon.background import background
from ..lexicon.grammar import grammar
from ..lexicon.morph import MEEM, without_conjunction
from ..matching.score import Claim
from ..normalize import fold
from ..spans import Span
from .denied_object import agent_of, object_of
from .denial_links import skeleton
from .predicates import predicate_forms
from .statement_words import statement_words

__all__ = ["names_another"]

Words = Sequence[tuple[str, Span]]

# A word is a name when at most this many of real news's 20,290 articles use it (data/background_df.tsv; a word
# of fewer than ten is not listed: "جيركو"، "باستيان"): "سيسيل" 13, "مولر" 11, "توماس" 85, not "الأسد" 393.
_RARE_MOST = 100
# How many words after a relation noun its genitive may stand ("شقيق الأسد سيسيل": the second).
_RELATIVE_REACH = 2
# How many words after the word of what happened the name in its role may stand ("باع نجمه الألماني الدولي
# باستيان شفاينشتايجر": the fourth), and how many words into what a denial denies that word may stand ("بطل
# ألمانيا يفكر في بيع": the fourth).
_ROLE_REACH = 4
_EVENT_REACH = 6
# Two entities in one role are told apart by full names, of this many rare words each ("توماس مولر" / "باستيان
# شفاينشتايجر"): one rare word alone is as often an uncommon word of the story ("للتنصت اللاسلكي"، "تنظيميا").
_FULL_NAME = 2

_BOUNDARY_RE = regex.compile(r"[،,؛;:.!?؟()]")


def names_another(denial: Claim, other: Claim) -> bool:
    """Does ``other`` tell of another entity than the one a denial names in what it denies?  Either it names, in
    the role of what happened, an entity the denial names only as another's relative ("مقتل الأسد سيسيل" against
    "مقتل جيركو شقيق الأسد سيسيل", a880964857886, 2015-08-02) and none of the denial's own; or the two name
    different entities in the role of the same act ("باع نجمه الألماني الدولي باستيان شفاينشتايجر إلى مانشستر
    يونايتد", adf8b67ff096c, against "بطل ألمانيا يفكر في بيع لاعب وسطه توماس مولر إلى مانشستر يونايتد",
    adf6f2c432136, 2015-07-24); or it does not name who did the act the denial denies ("قيام القناة الرياضية
    السعودية بنقل مباريات الفريق الأول لكرة القدم بالنادي الودية", alwatan ae0df4a36fc30, 2015-07-27, against the
    fixtures of those friendlies; "قيام شقيق الطالبة بتغيير الرغبات", alyaum a611be8205e3b, against the mother's
    accusation that the university "قامت بتغيير رغبات ابنتها")."""
    a = denial.attribution
    span = object_of(a)
    if span is None:
        return False
    start = span.start - a.content.span.start
    denied = a.content.text[start : start + len(span)]
    text = other.attribution.content.text
    return _relative_named(denied, text) or _substituted(denied, a.content.text, text) or _agent_unnamed(denied, text)


def _agent_unnamed(denied: str, text: str) -> bool:
    """Does what a denial denies tell who did the act (:func:`.denied_object.agent_of`: "قيام القناة الرياضية
    السعودية بنقل مباريات الفريق") and ``text`` name no word of the doer?"""
    agent = agent_of(denied)
    named = _all_skeletons(agent) if agent else frozenset()
    return bool(named) and not named & _all_skeletons(text)


def _relative_named(denied: str, text: str) -> bool:
    """Does ``text`` name, not as anyone's relative, a name that what a denial denies (``denied``) names only as
    the relative of its own entity, and none of the names it names otherwise?"""
    words = statement_words(denied)
    related = _related(denied)
    own = [_skeletons(w) for k, (w, _) in enumerate(words) if k not in related and _name(w)
           and not _aside(denied, w)]
    kin = [_skeletons(w) for k, (w, _) in enumerate(words) if k in related and _name(w)]
    if not own or not kin:
        return False
    theirs = _all_skeletons(text)
    if any(s & theirs for s in own):
        return False
    foremost = _all_skeletons(text, related=False)
    return any(s & foremost for s in kin)


def _substituted(denied: str, content: str, text: str) -> bool:
    """Do what a denial denies (``denied``, of its ``content``) and ``text`` name, after one word of what happened,
    each a name the other does not name at all?"""
    words, theirs = statement_words(denied), statement_words(text)
    named_theirs, named_mine = _all_skeletons(text), _all_skeletons(content)
    for k in range(min(len(words), _EVENT_REACH)):
        event = _event_skeletons(words[k][0])
        if not event or _name(words[k][0]):
            continue
        at = next((j for j, (w, _) in enumerate(theirs) if _event_skeletons(w) & event), None)
        if at is None:
            continue
        mine, other = _role_name(denied, words, k), _role_name(text, theirs, at)
        if len(mine) >= _FULL_NAME and len(other) >= _FULL_NAME and not mine & named_theirs and not other & named_mine:
            return True
    return False


def _role_name(text: str, words: Words, k: int) -> frozenset[str]:
    """The skeletons of the name in the role of the word of what happened at ``k`` (its first name within
    :data:`_ROLE_REACH` words, not a relative's, with the names right after it: "توماس مولر"), up to a punctuation
    mark, or a preposition past the first word ("تناوله مادة منشطة في كوبا أميركا": no name in its role)."""
    related = _related(text)
    g = grammar()
    for i in range(k + 1, min(len(words), k + 1 + _ROLE_REACH)):
        if _apart(text, words, i):
            return frozenset()
        bare = without_conjunction(words[i][0])
        if i > k + 1 and (g.is_preposition(bare) or "relative" in g.role(bare)):
            return frozenset()
        if i in related or not _name(words[i][0]):
            continue
        found = set(_skeletons(words[i][0]))
        for j in range(i + 1, len(words)):
            if _apart(text, words, j) or not _name(words[j][0]):
                break
            found |= _skeletons(words[j][0])
        return frozenset(found)
    return frozenset()


def _apart(text: str, words: Words, k: int) -> bool:
    """Does a punctuation mark or a bracket stand between word ``k - 1`` and word ``k``?"""
    return _BOUNDARY_RE.search(text, words[k - 1][1].end, words[k][1].start) is not None


@functools.lru_cache(maxsize=4096)
def _related(text: str) -> frozenset[int]:
    """The indexes of the words of ``text`` that name a relative of what precedes them: the genitive of a noun of
    relation (denied_relatives.txt), within :data:`_RELATIVE_REACH` words, no punctuation between ("جيركو شقيق
    الأسد سيسيل": الأسد، سيسيل)."""
    words = statement_words(text)
    found: set[int] = set()
    for k, (w, _) in enumerate(words):
        if without_conjunction(w) not in _relatives():
            continue
        for i in range(k + 1, min(len(words), k + 1 + _RELATIVE_REACH)):
            if _apart(text, words, i):
                break
            found.add(i)
    return frozenset(found)


def _aside(text: str, word: str) -> bool:
    """Is every term of ``word`` one that ``text`` names only in a relative clause ("الذي قتله طبيب أسنان أمريكي
    ثري": who killed the relative, not who was killed)?"""
    terms = claim_key(word).ordered
    return bool(terms) and set(terms) <= claim_key(text).background


@functools.lru_cache(maxsize=65536)
def _name(word: str) -> bool:
    """Is a folded word a name: a term of it that few articles of real news use (:data:`_RARE_MOST`), not a
    place?"""
    key = claim_key(word)
    bg = background()
    places = {"e:" + p for p in key.places}
    return any(t not in places and len(t) >= 3 and bg.count(t) <= _RARE_MOST for t in key.ordered)


@functools.lru_cache(maxsize=65536)
def _skeletons(word: str) -> frozenset[str]:
    """The skeletons of a word's terms: "سيسيل" and "سيسل" are one name."""
    return frozenset(skeleton(t) for t in claim_key(word).ordered)


@functools.lru_cache(maxsize=4096)
def _all_skeletons(text: str, related: bool = True) -> frozenset[str]:
    """The skeletons of every word of ``text``; without ``related``, not of those that name someone's relative."""
    skip = frozenset() if related else _related(text)
    return frozenset().union(*(_skeletons(w) for k, (w, _) in enumerate(statement_words(text)) if k not in skip))


@functools.lru_cache(maxsize=65536)
def _event_skeletons(word: str) -> frozenset[str]:
    """The skeletons of the forms a word of what happened may take (:func:`.predicates.predicate_forms`: باع and
    بيع; a verbal noun of the pattern مَفعَل and its verb: مقتل and قتل، قاتل)."""
    found: set[str] = set()
    for t in claim_key(word).ordered:
        if t.startswith("e:"):
            continue
        forms = set(predicate_forms(t))
        forms |= {f[1:] for f in forms if len(f) == 4 and f[0] == MEEM}
        found |= {skeleton(f) for f in forms}
    return frozenset(found)


@functools.cache
def _relatives() -> frozenset[str]:
    """denied_relatives.txt: nouns whose genitive names a relative of what precedes them, folded."""
    return frozenset(fold(w) for w in read_words("denied_relatives.txt"))
