"""The construction table: family name -> trigger -> rule, and the reading of one sentence with it.

The families and their triggers are data (``claimtrack/data/constructions.tsv``); each family's rule is a
function in :mod:`claimtrack.attribution.rules`.  A cue word tries the families whose trigger matches
one of its forms; the scanning families (headline, according-to) read the whole sentence.
"""

from __future__ import annotations

from collections.abc import Callable
import functools

import attrs

from ..errors import LexiconError
from ..lexicon import check_choice, read_rows
from ..lexicon.grammar import CueForm, Grammar
from ..lexicon.morph import LAM_LAM, MA, PRONOUN_SUFFIXES, WAW
from .context import SentenceContext
from .describing import after_existential, after_indefinite_noun, describes_governed_noun
from .draft import Draft
from .nounphrase import noun_phrase
from .prune import prune
from .subject import subject_before
from .tokens import COMMAS, VERB_FORMS, with_conjunction
from .wordlists import rule_words
from .rules.according import according_drafts
from .rules.came_in import came_in_draft
from .rules.headline import headline_drafts
from .rules.masdar import masdar_draft
from .rules.participle import participle_draft
from .rules.relay import relay_draft
from .rules.verb import verb_draft


__all__ = ["Construction", "constructions", "find_drafts"]

CueRule = Callable[[SentenceContext, int, CueForm], "Draft | None"]
ScanRule = Callable[[SentenceContext], "list[Draft]"]
_FILE = "constructions.tsv"
_FORMS = ("perfect", "imperfect", "participle", "masdar")  # the order a cue word's forms are tried in
_CUE_RULES: dict[str, CueRule] = {
    "relay": relay_draft, "came-in": came_in_draft, "verb": verb_draft,
    "participle": participle_draft, "masdar": masdar_draft,
}
_SCAN_RULES: dict[str, ScanRule] = {"according-to": according_drafts, "headline": headline_drafts}
_TRIGGERS = frozenset({"verb-stance", "verb-lemma", "form", "scan"})


@attrs.frozen
class Construction:
    """One construction family: its trigger and the catalogue names of the rows that exercise it."""

    family: str
    trigger: str
    values: frozenset[str]
    catalogue: tuple[str, ...]

    def fires_on(self, form: CueForm) -> bool:
        """Does this family's rule run for a cue word read as ``form``?"""
        if self.trigger == "verb-stance":
            return form.form in VERB_FORMS and form.verb.stance in self.values
        if self.trigger == "verb-lemma":
            return form.form in VERB_FORMS and form.verb.lemma in self.values
        if self.trigger == "form":
            return form.form in self.values
        return False


@functools.cache
def constructions() -> tuple[Construction, ...]:
    """The construction families of ``constructions.tsv``, in file order, checked against the rules."""
    table = []
    for row in read_rows(_FILE, 4):
        family, trigger, values, catalogue = row.fields
        check_choice(_FILE, row, family, set(_CUE_RULES) | set(_SCAN_RULES))
        check_choice(_FILE, row, trigger, _TRIGGERS)
        if (trigger == "scan") != (family in _SCAN_RULES):
            raise LexiconError(f"{row.where(_FILE)}: {family!r} cannot have trigger {trigger!r}")
        words = frozenset(v for v in values.split() if v != "-")
        if trigger == "form":
            for value in words:
                check_choice(_FILE, row, value, set(_FORMS))
        table.append(Construction(family, trigger, words, tuple(c for c in catalogue.split(",") if c and c != "-")))
    missing = (set(_CUE_RULES) | set(_SCAN_RULES)) - {c.family for c in table}
    if missing:
        raise LexiconError(f"claimtrack/data/{_FILE}: no row for {sorted(missing)}")
    return tuple(table)


def _cue_rule(form: CueForm) -> CueRule | None:
    for construction in constructions():
        if construction.fires_on(form):
            return _CUE_RULES[construction.family]
    return None


def _is_relative(ctx: SentenceContext, i: int) -> bool:
    """Is the cue word at ``i`` inside a relative or unreal clause ("ما قاله", "لم يقل", "من المتوقع أن يكشف")?"""
    st = ctx.st
    prev = st.tok(i - 1)
    if prev is None:
        return False
    roles = st.roles(prev)
    if "relative" in roles:
        return True
    if prev.key in rule_words().relative_ma:
        before = st.tok(i - 2)
        return before is None or "adverb_ma" not in st.roles(before)
    if "qad" in st.roles(prev) and all(f.form == "imperfect" for f in st.cue_forms(st.tokens[i])):
        return True  # "قد يلاحظ الرجل أنه": what may be noticed, not what was said
    if st.is_comp(prev) and st.cue_forms(st.tokens[i])[0].form == "imperfect" and prev.key in rule_words().planned:
        return True  # "من المتوقع أن يكشف": planned, not said
    if _kana_relative(ctx, i):
        return True
    # "جولة مغاربية يؤكد خلالها ...": a verb after an indefinite noun, with a resumptive pronoun
    # on the preposition after it, is an asyndetic relative clause describing that noun.
    nxt = st.tok(i + 1)
    if prev.is_word and not prev.definite and not prev.key.startswith(LAM_LAM) and not prev.conj \
            and nxt is not None and st.is_prep(nxt) and "preposition" not in ctx.g.role(nxt.key):
        # ("للعالمي قال فيها:": لل is ل with the article, a definite noun, and قال opens a clause of its own)
        # (but "بياناً صحفياً جاء فيه: ...": the clause that says what a document holds, which came_in reads)
        return not (nxt.key in rule_words().in_document
                    and any(_cue_rule(f) is _CUE_RULES["came-in"] for f in st.cue_forms(st.tokens[i])))
    return False


def _not_said(ctx: SentenceContext, i: int) -> bool:
    """Is the cue word at ``i`` after a negator, wish, question or simile word: nothing was said ("لم يقل", "لن يعلن",
    "ولا يدعي أحد", "وليته أجاب"; not "لا ينفي الكرملين", which reports that the source does not deny)?  Its
    subject may still be the speaker of a later continuation ("ولا يوصي العلماء ... واشاروا الى أنه")."""
    st = ctx.st
    prev = st.tok(i - 1)
    if prev is None:
        return False
    words = rule_words()
    if prev.bare in words.not_said_unless_denial or prev.key in words.not_said_unless_denial:
        return not any(f.verb.stance == "deny" for f in st.cue_forms(st.tokens[i]))
    return prev.bare in words.not_said or prev.key in words.not_said or _without_pronoun(prev.bare) in words.not_said


def _kana_relative(ctx: SentenceContext, i: int) -> bool:
    """Is the cue at ``i`` in a كان clause that describes the noun before it ("ممثلين عن المجتمع المدني في كينيا
    كانوا قد عبروا عن استيائهم")?  كان without و, its subject in the verb (only قد between), after a noun that
    does not open a clause as its subject (not "إن الوزير كان قد أكد")."""
    st = ctx.st
    k = i - 2 if i > 1 and "qad" in st.roles(st.tokens[i - 1]) else i - 1
    kana = st.tok(k)
    before = st.tok(k - 1)
    if kana is None or before is None or not before.is_word or "kana" not in st.g.role(kana.key):
        return False
    if st.is_comp(before) or st.roles(before) & {"subordinator", "kana", "relative", "qad"}:
        return False
    return subject_before(ctx, k) is None


def _impersonal_passive(ctx: SentenceContext, i: int) -> bool:
    """Is the cue at ``i`` an impersonal passive: an ``impersonal_passive`` verb right before its complementizer,
    with no subject written before it ("يعتقد أنه عبد الخالق الحوثي", "ويتوقع أن تتشكل السحب"; not "أما العالم
    دي باولو، فيعتقد أن", whose ف answers the أما that named the speaker)?"""
    st = ctx.st
    t = st.tokens[i]
    words = rule_words().impersonal_passive
    return (t.key in words or (t.bare in words and t.key.startswith(WAW))) and st.is_comp(st.tok(i + 1)) \
        and subject_before(ctx, i) is None


def _without_pronoun(word: str) -> str:
    """``word`` without an attached pronoun, when three letters or more are left (ليته -> ليت; لنا stays)."""
    for suffix in PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _preposition_here(ctx: SentenceContext, i: int) -> bool:
    """Is the cue word at ``i`` a preposition spelled like a verb (عبر، بين), right after a word inside a clause
    ("لرويترز عبر الهاتف", "الخلاف بين الطرفين"), or with و after the same preposition ("بين X وبين Y")?  Without و and after a word, the verb would need a clause
    boundary before it."""
    st = ctx.st
    t = st.tokens[i]
    prev = st.tok(i - 1)
    if t.conj and "preposition" in ctx.g.role(t.bare) and any(u.key == t.bare for u in st.tokens[:i]):
        return True  # "بين "مُقَدم" للخدمة ...، وبين "مستفيد" من الخدمة": the second term of بين ... وبين
    return "preposition" in ctx.g.role(t.key) and prev is not None and prev.is_word and not st.is_comp(prev) \
        and not st.roles(prev) & {"subordinator", "kana", "qad"} and not _after_fronted_phrase(ctx, i)


def _after_fronted_phrase(ctx: SentenceContext, i: int) -> bool:
    """Does a fronted adjunct phrase of adjuncts.tsv ("من جهته", "من جانبها") end right before token ``i``, with no
    comma after it ("من جهته بين أحد المسؤولين بمركز لعلاج الشعر أن", aleqtisadiya_65193ff775; "من جانبه عبر
    رئيس النادي محمد القاسم عن سعادته")?  A clause begins there, and a verb spelled like a preposition is the verb."""
    st = ctx.st
    return any(st.multi_role_at(k, "time_phrase") == i - k for k in range(max(0, i - _FRONTED_PHRASE_WORDS), i - 1))


# The longest fronted adjunct phrase of adjuncts.tsv, in tokens ("من جهته": 2).
_FRONTED_PHRASE_WORDS = 4


def _after_noun_preposition(ctx: SentenceContext, i: int) -> bool:
    """Is the word at ``i`` right after a preposition only a noun follows ("على وجه الخصوص", "إلى تبني"), or after
    the relative من ("كل من وردت أسماؤهم")?  Then its verb readings are a noun spelled like the verb, or a
    relative clause."""
    st = ctx.st
    prev = st.tok(i - 1)
    return prev is not None and prev.is_word and not st.written_name(prev) \
        and (prev.key in rule_words().noun_preposition or prev.key in rule_words().relative_man)


def _counted_or_governed(ctx: SentenceContext, i: int) -> bool:
    """Is the word at ``i`` right after a number that counts it ("أحالت النيابة العامة 41 متهمًا إلى المحكمة"; not a
    year) or after a preposition that governs it ("قضت محكمة بالسجن على متهمين بالانضمام")?  Then a participle
    reading is the noun (defendants), never a حال cue."""
    st = ctx.st
    prev = st.tok(i - 1)
    if prev is None:
        return False
    if prev.kind == "num":
        return not (len(prev.text) == 4 and prev.text.isdigit() and prev.text[:2] in ("19", "20"))
    return prev.is_word and st.is_preposition_word(prev)


def _elative_here(ctx: SentenceContext, i: int) -> bool:
    """Is the word at ``i`` an elative adjective spelled like a perfect cue ("أبرز الهاشتاغات", "بشكل أوضح"): without
    و/ف, right after a content word, where no clause begins?"""
    st = ctx.st
    t = st.tokens[i]
    prev = st.tok(i - 1)
    if t.key not in rule_words().elative or prev is None or not prev.is_word or st.roles(prev) or st.is_comp(prev) \
            or st.is_cue_word(prev):
        return False
    for k in range(i - 1, max(-1, i - 8), -1):
        u = st.tokens[k]
        if not u.is_word:
            break
        if u.conj and "preposition" in ctx.g.role(u.bare):
            return False  # "وعن معسكر الفريق بإسبانيا أوضح الشعيلان": the verb after a fronted adjunct
    return True


def _as_it_turned_out(ctx: SentenceContext, i: int) -> bool:
    """Is the verb at ``i`` alone between "، كما" and a comma, with no source ("، كما تبين،")?"""
    st = ctx.st
    prev, before, after = st.tok(i - 1), st.tok(i - 2), st.tok(i + 1)
    return prev is not None and prev.key in rule_words().top_level_after and before is not None \
        and before.text in COMMAS and after is not None and after.text in COMMAS


def _adverb_not_participle(ctx: SentenceContext, i: int) -> bool:
    """Is the word at ``i`` a participle that doubles as an adverb, used as the adverb: right after a word
    ("وعاد السالم مجددا للشباب" again), not where a clause begins ("، مجددا التأكيد على", "ومجددا")?"""
    st = ctx.st
    t = st.tokens[i]
    prev = st.tok(i - 1)
    return t.key in rule_words().adverb_participle and prev is not None and prev.text not in COMMAS


def find_drafts(ctx: SentenceContext) -> list[Draft]:
    """The attributions of one sentence: headline forms, each cue word's construction, according-to
    markers; then nested cues pruned and contents ended."""
    st = ctx.st
    drafts: list[Draft] = []
    used: set[int] = set()
    if ctx.headline:
        drafts.extend(_SCAN_RULES["headline"](ctx))
    cue_of = ctx.g.cues.get
    # the words with a cue reading (``cue_forms`` only narrows these): at no other word can the questions below matter
    either = _cue_keys(ctx.g)  # (one look-up, then the exact test for the few)
    cue_words = [(i, t) for i, t in enumerate(st.tokens)
                 if t.key in either and t.kind == "word" and (cue_of(t.key) or cue_of(t.bare))]
    last_cue = cue_words[-1][0] if cue_words else -1
    for i, t in cue_words:
        if i in used or i in ctx.asides or st.inside_quote(i):
            continue
        if st.according_at(i):
            continue  # "نقلا عن": part of an according-to marker, not the verb نقل
        if "impersonal" in st.roles(t) or st.multi_role_at(i, "impersonal"):
            continue  # "يذكر أن", "يشار إلى أن": the outlet's own background
        if _impersonal_passive(ctx, i):
            continue  # "يعتقد أنه عبد الخالق الحوثي": it is believed, no one's view
        forms = st.cue_forms(t)
        if forms and _adverb_not_participle(ctx, i):
            forms = tuple(f for f in forms if f.form != "participle")
        if forms and _elative_here(ctx, i):
            forms = tuple(f for f in forms if f.form != "perfect")  # "فتابعت لنحو أسبوعين أبرز الهاشتاغات"
        if forms and _after_noun_preposition(ctx, i):
            forms = tuple(f for f in forms if f.form not in VERB_FORMS)  # "على وجه الخصوص": the noun, not وجّه
        if forms and _counted_or_governed(ctx, i):
            forms = tuple(f for f in forms if f.form != "participle")  # "أحالت النيابة 41 متهمًا", "على متهمين"
        if forms and _preposition_here(ctx, i):
            continue  # "وقال أحد الشهود لرويترز عبر الهاتف إن": the preposition, not the verb عبّر
        if not forms or _is_relative(ctx, i):
            continue
        d = None
        if not _not_said(ctx, i):
            for form in sorted(forms, key=lambda f: _FORMS.index(f.form)):
                rule = _cue_rule(form)
                d = rule(ctx, i, form) if rule is not None else None
                if d is not None:
                    break
        if d is None:
            # A verb that did not fire may still name the subject a later participle hangs on (a later cue word's: only
            # such a word reads the subjects, or the asides their phrases pass).
            if i == last_cue or any(k == i for k, _ in ctx.subjects):
                continue
            for form in forms:
                if form.form in VERB_FORMS and "preposition" not in st.roles(t):
                    end = _noun_phrase_after(ctx, i, form)
                    start = ctx.skip(i + 1, form.verb).end
                    if end > start:
                        ctx.subjects.append((i, (start, end)))
                    break
            continue
        if describes_governed_noun(ctx, d):
            continue  # "مرددين هتافات تندد بسجن الحقوقيين": the noun's description, no speaker
        if d.source is None and (after_indefinite_noun(ctx, i) or after_existential(ctx, i)):
            continue  # "وجدت رسالة تقول: "العشاء جاهز"": a relative clause on the noun, no speaker of the guide's
        if d.source is None and _as_it_turned_out(ctx, i):
            continue  # "أما الإجابة، كما تبين، فإنها لا تزال قيد المناقشة": as it turned out, nobody's words
        if d.kind == "relay" or d.cue[1] > t.end:
            used.update(k for k, u in enumerate(st.tokens) if d.cue[0] <= u.start < d.cue[1])
        if d.source_tokens and d.source_tokens[0] > i:
            used.update(range(*d.source_tokens))  # "أكد رئيس نادي الرمثا": no cue inside the source
        drafts.append(d)
        if d.content_start is not None:
            ctx.said.append((i, d.content_start))
    according = _SCAN_RULES["according-to"](ctx)
    sources = [d.source for d in according if d.source is not None]
    # "وفقا لتقرير نشر أخيرا فإن": a verb inside the source's relative clause is no cue; "وحسبما ذكرت صحيفة
    # “عكاظ” فإن": nor is the verb of the marker's ما, one according-to row (the guide)
    said_by_marker = {m[0] for a in according if (m := st.according_at(a.cue_token)) is not None
                      and not m[1] and m[2][-1].endswith(MA)}
    drafts = [d for d in drafts if not any(a <= d.cue[0] < b for a, b in sources) and d.cue_token not in said_by_marker]
    drafts.extend(according)
    drafts.sort(key=lambda d: d.cue[0])
    return prune(ctx, drafts)


def _cue_keys(g: Grammar) -> frozenset[str]:
    """The keys with a cue reading, with or without و/ف (:func:`~.tokens.with_conjunction`), for the grammar in use."""
    last = _CUE_KEYS[0]
    if last is None or last[0] is not g:
        last = _CUE_KEYS[0] = (g, with_conjunction(k for k, forms in g.cues.items() if forms))
    return last[1]


_CUE_KEYS: list[tuple[Grammar, frozenset[str]] | None] = [None]


def _noun_phrase_after(ctx: SentenceContext, i: int, form: CueForm) -> int:
    return noun_phrase(ctx.st, ctx.skip(i + 1, form.verb).end, form.verb)
