"""Arabic morphology that every stage shares: letters, clitics and affixes, one copy each.

Everything here works on "match"-folded words (see :mod:`claimtrack.normalize`): alef forms are bare alef,
teh marbuta is heh, alef maqsura is ya.  Letters are named after their Unicode names.  Word lists belong in
``claimtrack/data``; this module holds only single letters, clitics and affixes, and the few functions that
take them off a word.  Each inventory lists its members in the order the callers try them (longest first
where a shorter one is the tail of a longer one).
"""

from __future__ import annotations

import regex

__all__ = [
    "ALEF", "ALEF_MAKSURA", "BEH", "CONJUNCTIONS", "DEFINITE", "FEH", "HAMZA", "HEH", "IMPERFECT_PREFIXES",
    "KAF", "LAM", "LAM_LAM", "MA", "MEEM", "MIN", "NISBA_ENDINGS", "NISBA_ENDINGS_NO_DUAL", "NOON", "NOUN_ENDINGS",
    "PLACE_KEY_ENDINGS", "PREPOSITION_CLITICS", "PRONOUN_SUFFIXES", "SEEN", "STEM_PRONOUN_SUFFIXES",
    "SUBJECT_PRONOUN_SUFFIXES", "TEH", "TEH_MARBUTA", "WAW", "YEH", "cue_gender", "definite_masdar", "definite_word",
    "derived_masdar", "elative",
    "has_conjunction", "is_nisba", "long_vowels", "masdar_pronouns", "noun_gender", "stem_suffixes",
    "without_conjunction",
]

ALEF = "\u0627"  # ARABIC LETTER ALEF
ALEF_MAKSURA = "\u0649"  # ARABIC LETTER ALEF MAKSURA
BEH = "\u0628"  # ARABIC LETTER BEH
FEH = "\u0641"  # ARABIC LETTER FEH
HAMZA = "\u0621"  # ARABIC LETTER HAMZA
HEH = "\u0647"  # ARABIC LETTER HEH (and TEH MARBUTA after match folding)
KAF = "\u0643"  # ARABIC LETTER KAF
LAM = "\u0644"  # ARABIC LETTER LAM
MEEM = "\u0645"  # ARABIC LETTER MEEM
MA = MEEM + ALEF  # ما: a relative ("حسبما"، "وفقا لما": a verb before the source), a negator, an adverb (دائما ما)
NOON = "\u0646"  # ARABIC LETTER NOON
MIN = MEEM + NOON  # من: a preposition of part, source or start ("سبعة من قادة"، "32 من الجرحى"، "ارتفعت من 31")
SEEN = "\u0633"  # ARABIC LETTER SEEN: the future prefix سـ
TEH = "\u062a"  # ARABIC LETTER TEH
TEH_MARBUTA = "\u0629"  # ARABIC LETTER TEH MARBUTA (before match folding)
WAW = "\u0648"  # ARABIC LETTER WAW
YEH = "\u064a"  # ARABIC LETTER YEH

# Proclitics.
CONJUNCTIONS = (WAW, FEH)  # و ف
PREPOSITION_CLITICS = (BEH, LAM, KAF)  # ب ل ك
DEFINITE = ALEF + LAM  # ال
LAM_LAM = LAM + LAM  # لل: ل + ال
IMPERFECT_PREFIXES = YEH + TEH + NOON  # ي ت ن (أ is folded to ا and is too common a first letter)

# Enclitic pronouns, longest first: هما هم هن ها نا ه.
PRONOUN_SUFFIXES = (HEH + MEEM + ALEF, HEH + MEEM, HEH + NOON, HEH + ALEF, NOON + ALEF, HEH)
# The pronouns the claim stemmer takes off before a table look-up (ألويتها -> ألوية, قواعدها -> قواعد):
# PRONOUN_SUFFIXES without هن, which it leaves on.  A word ends in at most one of them, so the order is free.
STEM_PRONOUN_SUFFIXES = tuple(s for s in PRONOUN_SUFFIXES if s != HEH + NOON)
_THIRD_PERSON = (HEH, HEH + ALEF, HEH + MEEM, HEH + MEEM + ALEF, HEH + NOON)  # ه ها هم هما هن
# The second person, the reader a feature speaks to ("ويقول لك", "ويسرد عليك", "فيخبرك"): كما كم كن ك.
ADDRESSEE_SUFFIXES = (KAF + MEEM + ALEF, KAF + MEEM, KAF + NOON, KAF)

# The pronouns a subordinator carries for the subject of its clause (لأنه، كونها، إذ إنهم), as the
# attribution rules check them: ه ها هم, a subset of the third person (not هما، هن).
SUBJECT_PRONOUN_SUFFIXES = (HEH, HEH + ALEF, HEH + MEEM)

# Nisba adjective endings after folding: ي، يه (ية)، يين، يون، يان، يتين.
NISBA_ENDINGS = (YEH, YEH + HEH, YEH + YEH + NOON, YEH + WAW + NOON, YEH + ALEF + NOON, YEH + TEH + YEH + NOON)
# Endings taken off a place name or its nisba adjective one after the other, in this order, so that both reduce
# to one key (ليبيا، الليبي، الليبيه، الليبيين -> ليب): يين يون ه ا ي.
PLACE_KEY_ENDINGS = (YEH + YEH + NOON, YEH + WAW + NOON, HEH, ALEF, YEH)
# The nisba endings without the dual (يان، يتين): ي يه يون يين, what the source classifier takes for an
# adjective after an anonymous official ("مسؤول عسكري أميركي").
NISBA_ENDINGS_NO_DUAL = (YEH, YEH + HEH, YEH + WAW + NOON, YEH + YEH + NOON)

# Endings that mark a noun (not a bare name) after a one-letter preposition: the plurals ين ون ات and
# the feminine ة (لمراسلين، لمحطة).
NOUN_ENDINGS = (YEH + NOON, WAW + NOON, ALEF + TEH, TEH_MARBUTA)


def masdar_pronouns() -> tuple[str, ...]:
    """Pronouns a masdar cue carries for its speaker (قوله، قولها، قولهم، قولهما، قولهن): third person only."""
    return _THIRD_PERSON


def stem_suffixes() -> tuple[str, ...]:
    """Inflectional endings a light stemmer takes off, longest and most specific first:
    هما يات ات ون ين ان وا ها هم نا يه ه ي ت."""
    return (HEH + MEEM + ALEF, YEH + ALEF + TEH, ALEF + TEH, WAW + NOON, YEH + NOON, ALEF + NOON, WAW + ALEF,
            HEH + ALEF, HEH + MEEM, NOON + ALEF, YEH + HEH, HEH, YEH, TEH)


def long_vowels() -> str:
    """The letters that write long vowels (ا و ي), dropped from a consonant skeleton."""
    return ALEF + WAW + YEH


def has_conjunction(word: str) -> bool:
    """May ``word`` start with the conjunction و/ف?  Only words of three letters or more do (وقال، فإن)."""
    return len(word) > 2 and word[0] in CONJUNCTIONS


def has_article(word: str) -> bool:
    """Does a folded word start with the article ال and keep at least three letters after it (الوزير, not الى)?"""
    return word.startswith(DEFINITE) and len(word) > 4


def definite_word(word: str) -> bool:
    """Does a folded word carry the article, after a conjunction and a preposition (السعودية، وبالسعودية، للشائعات)?"""
    bare = without_conjunction(word)
    return bare.startswith((DEFINITE, LAM_LAM)) or (bare[:1] in PREPOSITION_CLITICS and bare[1:].startswith(DEFINITE))


def without_article(word: str) -> str:
    """A folded ``word`` without its article when :func:`has_article` (البقاء -> بقاء, الوزراء -> وزراء)."""
    return word[2:] if has_article(word) else word


def without_conjunction(word: str) -> str:
    """``word`` without a leading و/ف when it may carry one (وقال -> قال); the letter may also be a root
    letter (وصل، فتح), so callers that care try both readings."""
    return word[1:] if has_conjunction(word) else word


def is_nisba(word: str) -> bool:
    """A nisba adjective or its inflection, after match folding: التونسي، التونسيه، الليبيين."""
    return len(word) >= 4 and word.endswith(NISBA_ENDINGS)


def elative(word: str) -> bool:
    """An adjective of the pattern أفعل after ال (الأحمر، الأعلى، الأكبر), folded: ال + ا + three letters."""
    return len(word) == 6 and word.startswith(DEFINITE + ALEF)


_C = r"\p{L}"  # any root letter
# Verbal nouns of the derived forms, written without vowels (match-folded): II تفعيل (تطبيق), III مفاعلة
# (مطالبة), IV إفعال (إطلاق), VI تفاعل (تراجع), VII انفعال (انخفاض), VIII افتعال (ارتفاع، اضطراب), X استفعال
# (استمرار) and hollow X استفالة (استقالة).  Form I has no pattern of its own (وجود، بدء); its nouns are listed.
_DERIVED_MASDAR_RE = regex.compile(
    f"{TEH}{_C}{{2}}{YEH}{_C}|{MEEM}{_C}{ALEF}{_C}{{2}}{HEH}|{ALEF}{_C}{{2}}{ALEF}{_C}|{TEH}{_C}{ALEF}{_C}{{2}}"
    f"|{ALEF}{NOON}{_C}{{2}}{ALEF}{_C}|{ALEF}{_C}[{TEH}\u0637\u062f]{_C}{ALEF}{_C}"  # TAH, DAL: اضطراب، ازدياد
    f"|{ALEF}{SEEN}{TEH}{_C}{{2}}{ALEF}{_C}|{ALEF}{SEEN}{TEH}{_C}{ALEF}{_C}{HEH}"
)


def derived_masdar(word: str) -> bool:
    """Is ``word`` (folded, without ال or a conjunction) a verbal noun of a derived form, maybe with a teh
    marbuta or a third-person pronoun (تكثيف، استمرارها، اعتزاله)?"""
    stems = [word] + [word[: -len(s)] for s in PRONOUN_SUFFIXES if word.endswith(s) and len(word) - len(s) >= 4]
    for stem in stems:
        if _DERIVED_MASDAR_RE.fullmatch(stem) or (stem.endswith(HEH) and _DERIVED_MASDAR_RE.fullmatch(stem[:-1])):
            return True
    return False


def definite_masdar(word: str) -> bool:
    """Is ``word`` (folded, without ال) a verbal noun of a derived form when it has the article: as
    :func:`derived_masdar`, and also form V تفعّل (التوصل، التقدم), which without the article reads as an
    imperfect verb (توصل 'she arrives')."""
    return derived_masdar(word) or (len(word) == 4 and word[0] == TEH and regex.fullmatch(f"{_C}{{3}}", word[1:]) is not None)


def cue_gender(word: str, lemma: str, form: str) -> str | None:
    """Gender a cue marks for its subject, after match folding: ``f`` (قالت، تقول، مؤكده), ``m`` (قال،
    يقول، مؤكدا), or None when the form does not tell (a plural or dual, a masdar).  ``word`` is the cue
    without its conjunction, ``lemma`` the folded lemma, ``form`` perfect, imperfect or participle."""
    if form == "perfect":
        if word.endswith((WAW + ALEF, TEH + ALEF)) or (word.endswith(ALEF) and not lemma.endswith(ALEF)):
            return None
        # (a lemma in ت takes one more for "she": لفت -> لفتت، ثبت -> ثبتت)
        return "f" if word.endswith(TEH) and (not lemma.endswith(TEH) or word.endswith(lemma + TEH)) else "m"
    if form == "imperfect":
        if word.endswith((WAW + NOON, ALEF + NOON)):
            return None
        return "f" if word[:1] == TEH and lemma[:1] != TEH or word[:2] == TEH + TEH else "m" if word[:1] == YEH else None
    if form == "participle":
        if word.endswith((YEH + NOON, WAW + NOON, ALEF + TEH)):
            return None
        return "f" if word.endswith(HEH) else "m"
    return None


def noun_gender(word: str) -> str:
    """Gender of a singular title or noun after match folding: ``f`` for the feminine ending (الدكتوره،
    المهندسه), else ``m`` (الفنان، رئيس)."""
    return "f" if word.endswith(HEH) and len(word) > 3 else "m"
