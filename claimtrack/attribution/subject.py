"""Who is speaking, found around the cue: a subject written before the verb, the issuer of a document."""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..lexicon.grammar import CueForm, Verb
from ..lexicon.morph import (ADDRESSEE_SUFFIXES, ALEF, ALEF_MAKSURA, BEH, DEFINITE, KAF, LAM, LAM_LAM, NOON, PRONOUN_SUFFIXES,
                             TEH, WAW, YEH, derived_masdar)
from ..normalize import fold
from .tokens import SentenceTokens, Token
from .context import SentenceContext
from .mentions import SENTENCE_ENDS
from .nounphrase import noun_phrase
from .tokens import COMMAS, QUOTE
from .wordlists import pattern, rule_words

_ARABIC_RE = regex.compile(r"\p{Arabic}")
_ASIDE_WORDS = 10  # the longest aside on a document read past after its issuer
_KANA_ASIDE_REACH = 40  # the most tokens from a كان that opens the sentence to a verb an aside between commas delays

__all__ = ["can_open_subject", "carries_subject", "has_source_word", "issuer", "medium_document", "share_of",
           "subject_before"]


def subject_before(ctx: SentenceContext, i: int) -> tuple[int, int] | None:
    """A subject written before the verb: after كان, at the clause start, or after فإن/بعد."""
    st, g = ctx.st, ctx.g
    cue = st.tokens[i]
    # "وكان النائب العام، المستشار سعد الصفران، قد أكد": كان, a whole mention (apposition and all), قد; not a verb
    # after the conjunction و ("أن تكون هناك قوانين رادعة وأشارت إلى": it opens a clause of its own)
    joined = cue.conj and cue.key.startswith(WAW) and bool(g.cues.get(cue.bare)) \
        and not any(f.verb.lemma.startswith(WAW) for f in g.cue_forms(cue.key, cue.bare))
    verb_at = i - 1 if i > 0 and "qad" in st.roles(st.tokens[i - 1]) else i
    for k in range(verb_at - 1, verb_at - 1 if joined else max(-1, verb_at - 16), -1):
        t = st.tokens[k]
        if t.text in (".", "\u061f", "!") or (st.is_cue_word(t) and "cue_homograph" not in st.roles(t)):
            break
        # after كان, or after a clause opener ("غير أن مرشح قائمة «...»، الهادي الزروق، نفى")
        opener = "kana" in st.roles(t) or st.comp_after_subordinator(k)
        if opener:
            end = noun_phrase(st, k + 1)
            # after كان a comma between them only before قد ("وكان الوزير، قد أكد"; "سواء كان حبوباً أو غير
            # حبوب، قال ابن القيم" ends the clause of كان at the comma, and the verb takes its subject after it),
            # or after a mention that holds an apposition between commas ("وكان الرئيس التركي، رجب طيب أردوغان، قال",
            # alyaum_0721_2242): its second comma closes it
            comma = end == verb_at - 1 and st.tokens[end].text in COMMAS \
                and (verb_at < i or "kana" not in st.roles(t) or any(u.text in COMMAS for u in st.tokens[k + 1 : end]))
            if end > k + 1 and (end == verb_at or comma):
                return k + 1, end
            break
    aside = _kana_past_aside(st, verb_at)
    if aside is not None:
        return aside
    k = i - 1
    if k >= 0 and "qad" in st.roles(st.tokens[k]):
        k -= 1
    stop = k
    bracketed = False
    while k >= 0 and i - k <= 9:
        t = st.tokens[k]
        if t.text == ")" and (opening := _bracket_opening(st, k)) is not None:
            k = opening - 1  # "لكن وزارة الدفاع الأمريكية (البنتاجون) شككت" (alyaum_825ecc50d0): a name in brackets
            bracketed = True
            continue
        if not t.is_word and t.text != QUOTE:
            break
        if t.key in g.negator_heads and (t.key,) in g.negators:
            return None  # "صراعا لا ينتهي تواصل": a clause, not a subject
        # "مسؤول في الوزارة": a preposition inside a mention follows a noun, not a particle ("أو في الطلعات
        # البرية يقول الشاعر": a fronted adjunct)
        inner_prep = t.key in rule_words().inner_preposition and k - 1 >= 0 and st.tokens[k - 1].is_word \
            and st.tokens[k - 1].key not in g.stopwords
        if (st.is_prep(t) and not inner_prep) or st.is_comp(t) or st.is_cue_word(t) \
                or st.roles(t) & {"kana", "subordinator", "relative", "qad", "masdar_intro"}:
            break
        k -= 1
    start = k + 1
    if start > stop or bracketed and not has_source_word(ctx, start, stop + 1):
        # (a bracketed word after a noun of no source kind: "الكتابة (متعة)، يؤكد ماركيز", "ثوب ( الطيّة ) يقول الشاعر")
        return None
    boundary = st.tok(k)
    ok = boundary is None or "kana" in st.roles(boundary) or st.is_comp(boundary) \
        or boundary.key in rule_words().clause_opener or "subordinator" in st.roles(boundary) \
        or boundary.text in COMMAS or boundary.text == "."
    if not ok or joined and boundary is not None and ("kana" in st.roles(boundary) or st.is_comp(boundary)):
        return None  # "أن تكون هناك قوانين رادعة وأشارت": the noun belongs to the clause of أن/تكون
    if boundary is None and not ctx.headline and "kana" not in st.roles(st.tokens[start]):
        # Sentence-initial SV in body text is rare and mostly not speech: only with a known source word.
        if not g.kind_of_word(st.tokens[start].unprefixed) and not g.kind_of_word(st.tokens[start].bare):
            return None
    last = st.tokens[stop]
    opener = boundary is not None and ("subordinator" in st.roles(boundary) or st.is_comp(boundary))
    if last.is_word and last.key.endswith(ALEF) and not st.definite(last) and not g.kind_of_word(last.bare) \
            and not opener and "emphatic" not in st.roles(last):
        return None  # "صورا قالت إنها ...": the pictures are what she spoke about; not "لكن أوباما قال"
    end = noun_phrase(st, start)
    last_word = stop
    while last_word > start and "emphatic" in st.roles(st.tokens[last_word]):
        last_word -= 1  # "والصحيفة نفسها تؤكد": the emphatic pronoun stays with its noun
    if end < last_word + 1:
        return None
    if all(_particle(st, t) for t in st.tokens[start : stop + 1]):
        # "، إذ قال إن"، "، بل أصرت على"، "، ثم استطرد قائلا"، "فهو يعترف بأنه": a particle or a pronoun opening the
        # clause, not its subject (the speaker was named before, or follows the verb)
        return None
    return start, stop + 1


def _bracket_opening(st: SentenceTokens, close: int) -> int | None:
    """The opening bracket of the short bracketed name or abbreviation that ends at ``close`` and follows a word: one
    or two words inside, none a cue, a function word or joined by و, one a name ("(البنتاجون)"، "(Bloomberg)"; not
    "(أعم وأشمل)"); else None."""
    for k in range(close - 1, max(-1, close - 4), -1):
        t = st.tokens[k]
        if t.text == "(":
            before = st.tok(k - 1) if k > 0 else None
            inside = st.tokens[k + 1 : close]
            # a name: definite, listed or in Latin letters; an indefinite noun in brackets after a definite one is its
            # predicate ("بأن الكتابة (متعة) يؤكد ماركيز", 2015-07-24)
            named = any(st.definite(u) or not _ARABIC_RE.search(u.text) for u in inside)
            return k if inside and named and before is not None and before.is_word else None
        if not t.is_word or t.conj or st.is_cue_word(t) or t.key in st.g.stopwords or st.roles(t):
            return None
    return None


def _kana_past_aside(st: SentenceTokens, verb_at: int) -> tuple[int, int] | None:
    """The subject of a كان that opens the sentence, when an aside between commas stands between it and the verb (or
    قد): "وكانت دار «بيرسون»، التي تؤكد أنها تريد التركيز على المجال التعليمي، أعلنت" (aawsat_885690d09c),
    "وكانت مبادرة «انبعاث»، الحركة الانعتاقية (إيرا)، وهي حركة حقوقية ...، قد دعت" (aawsat_35a4acd242).  The aside
    opens with a relative pronoun, a pronoun of apposition or a definite noun (a second name), and a comma closes it
    right before the verb; the subject is the mention up to the aside's first comma."""
    close = verb_at - 1
    if close < 3 or close - 1 > _KANA_ASIDE_REACH or st.tokens[close].text not in COMMAS \
            or "kana" not in st.roles(st.tokens[0]):
        return None
    end = noun_phrase(st, 1)
    comma = next((k for k in range(end, close) if st.tokens[k].text in COMMAS), None)
    if end <= 1 or comma is None or comma == close or any(u.text in SENTENCE_ENDS for u in st.tokens[1:close]) \
            or any(st.is_cue_word(u) or st.is_comp(u) for u in st.tokens[end:comma]):
        return None
    opening = st.tokens[comma + 1]
    if not opening.is_word or not ({"relative", "apposition"} & st.roles(opening) or st.definite(opening)) \
            or any({"qad", "kana"} & st.roles(u) for u in st.tokens[comma + 1 : close]):
        return None  # "وكان الحزب، الذي ينتمي إليه مودي، قد حقق فوزا كاسحا ...، ووعد": قد, the verb of كان, came first
    return 1, comma


def _particle(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` a function word (stopwords.txt, with or without its و/ف) or punctuation, never a speaker?  A
    demonstrative stays a subject ("وهذا ما أكده"; "هذه الدراسة تؤكد" is a noun phrase)."""
    if not t.is_word:
        return t.text != QUOTE
    if _lone_letter(t):
        return True  # a letter written apart: "، و أكد الشايع" (the conjunction), "بـ"، "لـ"; not "د." nor "م."
    return (t.key in st.g.stopwords or t.bare in st.g.stopwords) and "demonstrative" not in st.roles(t)


def has_source_word(ctx: SentenceContext, a: int, b: int) -> bool:
    return any(ctx.st.kind(t) for t in ctx.st.tokens[a:b])


def medium_document(ctx: SentenceContext, a: int, b: int) -> bool:
    """Was it said in a document ("في بيان لها", "عبر بلاغ")?  Back-references to البيان point here."""
    toks = ctx.st.tokens
    return any(ctx.g.kind_of_word(toks[k].unprefixed) == "document" and ctx.st.is_prep(toks[k - 1])
               for k in range(max(a, 1), b))


def issuer(ctx: SentenceContext, document: tuple[int, int]) -> tuple[tuple[int, int], int, tuple[int, int] | None]:
    """"بلاغ ... صادر عن X": the issuer X is the source and the document a relay ("وكشف التقرير الـ 51 الصادر
    حديثًا عن مؤسسة النقد ...": the number after a detached article stays in the document, a time word may
    stand after الصادر, and an aside on the document may follow the issuer).

    Returns the source tokens, the token after the phrase, and the document (None when no issuer).
    """
    st = ctx.st
    whole = document = (document[0], _ordinal_end(st, document[1]))
    if document[1] - document[0] >= 2 and "issued_verb" in st.roles(st.tokens[document[1] - 1]):
        # "وأفاد بيان صدر عن مكتب رئيس الوزراء" (alyaum_1261f13116): the verb closed the document's mention
        k = document[1] - 1
        document = (document[0], k)
    else:
        k = ctx.skip(document[1], None).end
        issued = st.tok(k)
        if issued is None or "issued_by" not in st.roles(issued):
            return document, document[1], None
    k += 1
    while st.is_time(st.tok(k)):
        k += 1  # "الصادر حديثًا عن", "الصادرة أمس عن"
    an = st.tok(k)
    from_ = pattern("issued-by").words()[0].words  # عن: DOCUMENT ISSUED عن SOURCE
    if an is not None and an.key in from_:
        end = noun_phrase(st, k + 1)
        if end > k + 1:
            after = _aside_on_document(st, end)
            ctx.asides.update(range(end, after))
            return (k + 1, end), after, document
    return whole, whole[1], None


def _aside_on_document(st: SentenceTokens, k: int) -> int:
    """Past a clause on how the document was got, right after its issuer: "الصادر حديثًا عن مؤسسة النقد العربي
    السعودي وتلقت وكالة الأنباء السعودية نسخة منه، ارتفاع ...".  It is joined by و and ends, before a comma,
    with a preposition whose pronoun points back to the document (منه، عليها); the content follows the comma.
    Returns ``k`` when there is none."""
    t = st.tok(k)
    if t is None or not t.is_word or not t.conj:
        return k
    for m in range(k + 1, min(len(st.tokens), k + _ASIDE_WORDS)):
        u = st.tokens[m]
        if u.text in COMMAS:
            last = st.tokens[m - 1]
            return m + 1 if st.is_prep(last) and not st.is_preposition_word(last) else k
        if not u.is_word:
            return k
    return k


def _ordinal_end(st: SentenceTokens, k: int) -> int:
    """Past the number a document's name ends with, written after a detached article: "التقرير الـ 51",
    "الـ (51)", "الـ51" (the tatweel is gone after normalization)."""
    t = st.tok(k)
    if t is None or not t.is_word:
        return k
    if t.key == DEFINITE:
        nxt, close = st.tok(k + 1), st.tok(k + 3)
        if nxt is not None and nxt.kind == "num":
            return k + 2
        if nxt is not None and nxt.text == "(" and close is not None and close.text == ")" \
                and (inner := st.tok(k + 2)) is not None and inner.kind == "num":
            return k + 4
    elif t.key.startswith(DEFINITE) and t.key[len(DEFINITE):].isdigit():
        return k + 1
    return k


def carries_subject(t: Token, form: CueForm) -> bool:
    """Does the cue carry its own plural or dual subject ("وأبدوا", "قالا", "يقولون")?

    In verb-subject order an explicit subject follows a singular verb ("قال المسؤولون"); a verb marked for
    the plural or the dual has its subject in the verb, so the noun after it is its object ("وأبدوا إعجابهم
    بالمعرض": the visitors, said earlier, expressed their admiration).
    """
    lemma = fold(form.verb.lemma)
    word = t.bare if t.conj else t.key
    if form.form == "perfect":
        stem = lemma[:-1] if lemma.endswith((ALEF, ALEF_MAKSURA, fold(ALEF_MAKSURA))) else lemma
        marked = {stem + WAW + ALEF, lemma + WAW + ALEF, lemma + ALEF, lemma + TEH + ALEF, stem + TEH + ALEF}
        return word != lemma and word in marked
    if form.form == "imperfect":
        return len(word) > 4 and word.endswith((WAW + "\u0646", ALEF + "\u0646"))
    return False


def can_open_subject(st: SentenceTokens, t: Token) -> bool:
    """May the word after a verb open its subject?  Not an adverb or existential (هناك، أيضا: the subject was
    dropped), nor a word with a preposition attached (بالاستمرار، للصحفيين، باستجواب، بقولها، لي، لنا: an object,
    an adjunct or the one spoken to)."""
    words = rule_words()
    if t.key in words.not_subject or t.bare in words.not_subject or _lone_letter(t):
        return False  # (a letter written apart opens no subject: the era sign "2013م"، "بـ"التساهل""; "د." and "م." do)
    key = t.key
    if key.startswith((BEH + DEFINITE, KAF + DEFINITE, LAM_LAM)) and len(key) > 4:
        return False
    if key[0] == LAM and key[1:] in PRONOUN_SUFFIXES + (YEH, KAF) and not st.is_name(t):
        return False  # "يقول لي بنبرة حزينة", "وقال لنا": the one spoken to, the subject was dropped
    if key[0] == BEH and key[1:] in PRONOUN_SUFFIXES + ADDRESSEE_SUFFIXES and not st.is_name(t):
        return False  # "يرحب بهم": the verb's object
    if any(key.endswith(s) and "preposition" in st.g.role(key[: -len(s)]) for s in ADDRESSEE_SUFFIXES):
        return False  # "ويسرد عليك زيارته": the reader spoken to, the subject was dropped
    if key[0] == BEH and len(key) > 4 and not st.is_name(t) \
            and (key[1] == ALEF and _ba_then_word(st, t) or key.endswith(PRONOUN_SUFFIXES)) and not st.kind(t):
        return False
    return True


def share_of(ctx: SentenceContext, j: int, verb: Verb, follows: Callable[[int], bool]) -> int | None:
    """End of a share of a group at token ``j`` (a number), when the verb's content follows it: "17% من المشاركين في
    الاستطلاع"، "57 في المائة من الآباء،" (construction_patterns.tsv, share-of); ``follows(k)``: does the verb's
    content begin at token ``k``?"""
    st = ctx.st
    number = st.tokens[j]
    k = j + 1
    elements = pattern("share-of").elements
    if number.text.endswith(("%", "\u066a")):  # ٪ ARABIC PERCENT SIGN written with the number
        elements = elements[-1:]
    for element in elements:
        u = st.tok(k)
        if u is not None and u.key in element.words:
            k += 1
        elif not element.optional:
            return None
    end = noun_phrase(st, k, verb)
    if end <= k:
        return None
    after = st.tok(end)
    if after is not None and after.text in COMMAS and follows(end + 1):
        return end
    return end if follows(end) else None


def _lone_letter(t: Token) -> bool:
    """Is ``t`` a single letter written apart ("، و أكد"، "بـ"، "لـ"), not an abbreviation ("د."، "م.")?"""
    return len(t.key) == 1 and t.key not in rule_words().abbreviation


def _ba_then_word(st: SentenceTokens, t: Token) -> bool:
    """Is ``t`` (بـ then a word opening with alef) the preposition on a word ("باستجواب", "بأسف", "بأنني")?  Not
    a name that opens with با ("وأضاف باراتا «...»", alyaum_200478e99e; "وقال باباكورا كولو"), whose rest is no
    verbal noun of a derived form, no word of the lexicons and no complementizer with its pronoun."""
    rest = t.key[1:]
    stems = [rest] + [rest[: -len(s)] for s in ADDRESSEE_SUFFIXES + (YEH,) if rest.endswith(s) and len(rest) - len(s) >= 4]
    return any(derived_masdar(stem) for stem in stems) or rest in st.g.stopwords or bool(st.roles_of_key(rest)) or st.definite(t) \
        or (rest.startswith(ALEF + NOON) and len(rest) <= 4)
