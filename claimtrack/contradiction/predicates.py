"""Opposed predicates and swapped actors: two claims about one thing whose predicates a lexicon calls opposites
(``data/antonyms.tsv``: تأجيل/بدء، رفض/قبل، انسحاب/تقدم, with inflections generated here) on a shared argument, or
whose actors changed places (X attacked Y / Y attacked X).  :mod:`.rules` asks these in its cascade."""

from __future__ import annotations

import functools

import regex

from ..claims import ClaimKey, stem
from ..claims.entities import portfolios_in
from ..lexicon import read_rows
from ..lexicon.grammar import grammar
from ..lexicon.morph import ALEF, BEH, IMPERFECT_PREFIXES, LAM, MEEM, NOON, SEEN, TEH, WAW, YEH, without_conjunction
from ..models import Mention
from ..normalize import fold, normalize
from .evidence import Evidence, Side

__all__ = ["actors_swapped", "antonym_evidence", "predicate_forms"]

_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
# What is taken off a stem to reach its verb core: the imperfect prefixes and the alef of forms VII-X.
_VERB_CORE_PREFIXES = IMPERFECT_PREFIXES + ALEF
_PROCLITICS = BEH + LAM  # ب and ل, which light stemming leaves on a word
# How many words either side of a predicate its arguments stand among: its subject or object, not a word of the
# next phrase ("الحالة الصحية لمرسى، فى خطر" / "محمد مرسى مستقرة"; not "وبناء الهيكل" / "الهيكل الأول قد جرى
# تدميره", nor "تدني قدرة المستثمرين" / "ارتفاع كلف الإنتاج ... وعدم قدرة المواطنين"; SaudiNewsNet 2015-07-21,
# a3d3dfd36f619, a25718585d90b).
_ARGUMENT_REACH = 2


def _forms(word_stem: str, *, proclitic: bool = False, participle: bool = False) -> set[str]:
    """A stem and the predicate keys it may stand for, so that one lexicon lemma reaches its inflections:

    - the verb core, the imperfect prefix or the alef of forms VII-X off (تنسحب/انسحب -> نسحب), and for a
      form VII/VIII imperfect its perfect (يرتفع -> ارتفع);
    - the perfect of a form VII/VIII masdar (ارتفاع -> ارتفع، انخفاض -> انخفض) and of a fuʿūl masdar (صعود -> صعد);
    - a defective verb without its last radical as the imperfect writes it (هوى/تهوي -> هو);
    - with ``proclitic`` (a word of the text, never a lexicon entry), the word without a leading ب or ل
      (لأعلى -> أعلى، بإعدام -> إعدام), which light stemming leaves on.
    """
    forms = {word_stem}
    if proclitic and len(word_stem) >= 4 and word_stem[0] in _PROCLITICS:
        forms.add(word_stem[1:])
    if proclitic:
        for w in list(forms):
            if participle:
                forms |= _participle_verbs(w)
            if len(w) == 3:
                forms.add(WAW + w)  # a form III verb whose و stemming took for a conjunction: وافقت -> افق -> وافق
    for w in list(forms):
        if len(w) >= 3 and w.endswith(YEH):
            forms.add(w[:-1])
    for w in list(forms):
        if len(w) == 6 and w[0] == ALEF and w[4] == ALEF:
            forms.add(w[:4] + w[5])  # افتعال -> افتعل
        elif len(w) == 4 and w[2] == WAW:
            forms.add(w[:2] + w[3])  # فعول -> فعل: صعود -> صعد، هبوط -> هبط
    for w in list(forms):
        if len(w) >= 4 and w[0] in _VERB_CORE_PREFIXES:
            forms.add(w[1:])
            if len(w) == 5 and w[0] in IMPERFECT_PREFIXES:
                forms.add(ALEF + w[1:])  # يرتفع -> ارتفع
            if proclitic and len(w) == 4 and w[0] in IMPERFECT_PREFIXES and w[1] == WAW:
                forms.add(ALEF + w[2:])  # a hamza-initial form II/IV imperfect, folded: تؤيد -> تويد -> ايد
    return forms


def _participle_verbs(w: str) -> set[str]:
    """The perfect verbs a participle (a word of the text) may stand for, as the lexicon lists its lemmas: مستمر
    -> استمر (X), متوقف -> توقف (V, VI), منخفض -> انخفض (VII), مرتفع -> ارتفع (VIII), مفتوح -> فتح (I, passive),
    معارض -> عارض (III), مغلق -> اغلق (IV), مؤيد (folded مويد) -> ايد (II, hamza-initial).  A noun that only
    looks like one ("مدرسة") yields a form no lexicon pair holds."""
    if len(w) < 4 or w[0] != MEEM:
        return set()
    out = set()
    if w.startswith(MEEM + SEEN + TEH) and len(w) >= 5:
        out.add(ALEF + w[1:])  # مستمر -> استمر
    elif w[1] == TEH and len(w) >= 5:
        out.add(w[1:])  # متوقف -> توقف
    elif w[1] == NOON and len(w) == 5:
        out.add(ALEF + w[1:])  # منخفض -> انخفض
    elif len(w) == 5 and w[3] == WAW:
        out.add(w[1:3] + w[4])  # مفتوح -> فتح
    elif len(w) == 5 and w[2] == TEH:
        out.add(ALEF + w[1:])  # مرتفع -> ارتفع
    elif len(w) == 5 and w[2] == ALEF:
        out.add(w[1:])  # معارض -> عارض
    elif len(w) == 4 and w[1] == WAW:
        out.add(ALEF + w[2:])  # مويد -> ايد
    elif len(w) == 4:
        out |= {ALEF + w[1:], w[1:]}  # مغلق -> اغلق (IV), مجمد -> جمد (II)
    return out


@functools.cache
def _antonyms(relation: str = "antonym") -> dict[str, set[str]]:
    """Opposed predicates ("antonym") or converses ("converse": سلم/تسلم, باع/اشترى: one event, both sides)."""
    pairs: dict[str, set[str]] = {}
    for r in read_rows("antonyms.tsv", 3):
        if r[2] != relation:
            continue
        for x in _forms(stem(r[0])):
            for y in _forms(stem(r[1])):
                if x != y:
                    pairs.setdefault(x, set()).add(y)
                    pairs.setdefault(y, set()).add(x)
    return pairs


def predicate_forms(term: str) -> frozenset[str]:
    """The forms a predicate's term may take in another statement: its verb and its verbal noun (وقف، أوقف، توقف)."""
    return frozenset(_forms(term))


def antonym_evidence(a: Side, b: Side) -> Evidence | None:
    """Opposed predicates of the two sides (تتقدم / تنسحب), with the words in each, or None."""
    table = _antonyms()
    bare_a, bare_b = _indefinite_stems(a.content.text), _indefinite_stems(b.content.text)
    forms_a = {s: _forms(s, proclitic=True, participle=s in bare_a) for s in _predicate_stems(a.key)}
    forms_b = {s: _forms(s, proclitic=True, participle=s in bare_b) for s in _predicate_stems(b.key)}
    fa = {f: s for s, fs in forms_a.items() for f in sorted(fs)}  # sorted: the same pair under any hash seed
    fb = {f: s for s, fs in forms_b.items() for f in fs}
    for x, sx in fa.items():
        if forms_a[sx] & fb.keys():
            continue  # the other side has this predicate too, in some form
        for y in sorted(table.get(x, ())):
            if y in fb and not forms_b[fb[y]] & fa.keys() and _share_an_argument(a, sx, b, fb[y]) \
                    and not _names_a_ministry(a.content.text, sx) and not _names_a_ministry(b.content.text, fb[y]):
                sy = fb[y]
                return Evidence("antonyms", _word_mention(a.content, sx), _word_mention(b.content, sy), f"{sx} / {sy}")
    return None


@functools.lru_cache(maxsize=4096)
def _indefinite_stems(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` written without the article: a participle is a predicate only so ("المعبر
    مفتوح"، "حالته مستقرة"); with it, it qualifies a noun and asserts nothing ("العقوبات المفروضة من قبل لجنة
    الانضباط", sabq 33e60fcaca, is no فرض against "رفع العقوبة")."""
    found = set()
    for m in _WORD_RE.finditer(normalize(text).text):
        w = fold(m.group())
        bare = without_conjunction(w)
        if bare[:1] in _PROCLITICS and len(bare) > 4:
            bare = bare[1:]
        if not bare.startswith(ALEF + LAM):
            found.add(stem(w))
    return frozenset(found)


def _share_an_argument(a: Side, sx: str, b: Side, sy: str) -> bool:
    """Do two opposed predicates bear on one thing: a word (not a stopword, not either predicate) within
    :data:`_ARGUMENT_REACH` words of the one and of the other ("تراجع معدلات البطالة" / "ارتفاع معدلات البطالة";
    "حالته خطرة" / "حالته مستقرة").  Two long statements of one cluster hold some antonym pair somewhere ("قدم
    مربع" / "تراجع الـ(بي بي سي)"، "مقتل 43 مدنيا وإصابة 173 آخرين" / "التقدم باتجاه العند", SaudiNewsNet
    2015-07-21): the pair alone is no contradiction."""
    near_a = _near_stems(a.content.text, sx) - {sx, sy}
    near_b = _near_stems(b.content.text, sy) - {sx, sy}
    return bool(near_a & near_b)


def _names_a_ministry(text: str, word_stem: str) -> bool:
    """Does ``word_stem`` stand in ``text`` only as a ministry's portfolio after its title: "وزارة الداخلية" is
    a name, not the داخل of داخل / خارج ("على وزارة الداخلية في السعودية بأجهزتها الأمنية عيون يقظة" /
    "أشخاص ومنظمات خارجية", SaudiNewsNet 2015-07-21, a5df6dda91db8)?"""
    words = [fold(m.group()) for m in _WORD_RE.finditer(normalize(text).text)]
    at = [k for k, w in enumerate(words) if stem(w) == word_stem or stem(fold(w)) == word_stem]
    return bool(at) and all(k > 0 and portfolios_in(words[k - 1 : k + 1]) for k in at)


def _near_stems(text: str, word_stem: str) -> set[str]:
    """The stems of the words (no stopwords) within :data:`_ARGUMENT_REACH` words of ``word_stem`` in ``text``."""
    stopwords = grammar().stopwords
    words = [m.group() for m in _WORD_RE.finditer(normalize(text).text)]
    stems = [stem(w) for w in words]
    near: set[str] = set()
    for k, s in enumerate(stems):
        if s == word_stem or stem(fold(words[k])) == word_stem:
            near.update(stems[j] for j in range(max(0, k - _ARGUMENT_REACH), min(len(words), k + _ARGUMENT_REACH + 1))
                        if j != k and fold(words[j]) not in stopwords)
    # a word and its form without ب or ل, which light stemming leaves on: "لمرسى" / "مرسى"
    return near | {s[1:] for s in near if len(s) >= 4 and s[0] in _PROCLITICS}


def _predicate_stems(key: ClaimKey) -> list[str]:
    """The claim's stems, and those of its words that keying set aside but are not stopwords (أدنى، read as an
    approximator: "في أدنى مستوياته" / "في أعلى مستوياته")."""
    stopwords = grammar().stopwords
    extra = [stem(w) for w in key.words if w not in stopwords]
    return list(dict.fromkeys([*key.stems, *extra]))


def _word_mention(content: Mention, word_stem: str) -> Mention | None:
    norm = normalize(content.text)
    for m in _WORD_RE.finditer(norm.text):
        if stem(m.group()) == word_stem:
            span = norm.span(*m.span())
            return Mention(span.of(content.text), span.shift(content.span.start))
    return None


def actors_swapped(a: ClaimKey, b: ClaimKey) -> tuple[str, str] | None:
    """X <predicate> Y against Y <predicate> X: the two actors, or None (a converse, سلم/تسلم, is no swap)."""
    ea = [f for f in a.ordered if f.startswith("e:")]
    eb = [f for f in b.ordered if f.startswith("e:")]
    shared = [e for e in dict.fromkeys(ea) if e in eb]
    verbs = {f for f in a.ordered if not f.startswith("e:")} & {f for f in b.ordered if not f.startswith("e:")}
    if not verbs:
        return None
    converses = _antonyms("converse")
    fa = {f for s in a.stems for f in _forms(s)}
    fb = {f for s in b.stems for f in _forms(s)}
    if any(y in fb for x in fa for y in converses.get(x, ())):
        return None  # "سلموا الطائرات إلى القاعدة" / "القاعدة تسلمت الطائرات": the same event, turned round
    pa, pb = list(a.ordered), list(b.ordered)
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            if not (pa.index(x) < pa.index(y) and pb.index(y) < pb.index(x)):
                continue
            # X <predicate> Y against Y <predicate> X: the shared predicate stands between them in both.
            between_a = pa[pa.index(x) + 1 : pa.index(y)]
            between_b = pb[pb.index(y) + 1 : pb.index(x)]
            if len(between_a) <= 3 and len(between_b) <= 3 and set(between_a) & set(between_b) & verbs:
                return x[2:], y[2:]
    return None
