"""How likely two claim keys report the same claim: a score in [0, 1] with its reasons.

:func:`pair_score` compares two :class:`~claimtrack.claims.ClaimKey` s: lexical overlap of stems weighted
by rarity in the corpus, character 4-gram overlap (spelling tolerant), entity agreement, number agreement
and source identity, with a penalty when the two name different countries for the same thing (aid to
Tunisia is not aid to Libya), different people or ministries, a different object of the same action, or a
plan against a decision.  Every score comes with its reasons.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping

import attrs

from ..claims import ClaimKey, Quantity
from ..claims.units import named_units
from ..models import Attribution
from ..geography import city_conflict, country_conflict, named_places
from ..lexicon.morph import ALEF, TEH, derived_masdar
from ..polarity import negative_core
from ..claims.stems import stopwords
from .speaker_relation import resolve_titles
from .speakers import Speaker, speaker_of
from .spelling import any_alike, close_to_any, soft_overlap

__all__ = ["BACKGROUND", "RELATED", "SAME", "WEIGHTS", "Claim", "PairScore", "pair_score", "people_conflict", "portfolio_conflict",
           "unmatched_figures",
           "with_speakers"]

SAME = 0.32
RELATED = 0.2
# Weights of the pair score's parts (they sum to 1), chosen on the seed clusters and tests/data/relate_pairs.tsv.
WEIGHTS = {"lexical": 0.65, "lead": 0.2, "grams": 0.06, "numbers": 0.06, "source": 0.03}
# Said by one speaker recognised across outlets (وزارة الداخلية التركية / الوزارة): more than a shared name.
SAME_SPEAKER = 0.05
# Stances whose cue is the claim's predicate (أدان، استنكر، أشاد، رحب): the content is only its object.
PERFORMATIVE = frozenset({"accuse", "praise"})
BACKGROUND = 0.3  # the weight of a word said only inside a relative clause, as a share of its own
SAME_ACT = 0.1
# A figure this large given alike by both, even with no unit ("نحو 4000 فرصة عمل" / "أربعة آلاف وظيفة"), is a
# count of the same thing, not a date ("في 12 مايو").
_LARGE = 100  # one speaker's same act on objects that share a word
# Words two claims share (names aside) from which a different word after their shared opening word is a
# rewording, not a different object.
_REWORDED = 4
_CONFLICT_LEXICAL = 0.2  # places differ and the wording is this close: the same words about another place
_ACTION_WORDS = 6  # at most this many words: a verbal noun and its object, the claim an action (_action_conflict)
_PLURAL = ALEF + TEH  # the sound feminine plural: a thing ("تصريحات"), not an action


@attrs.frozen
class PairScore:
    score: float
    reasons: tuple[str, ...]
    shared_entities: tuple[str, ...] = ()
    shared_numbers: tuple[tuple[str, str], ...] = ()
    conflicting_numbers: tuple[tuple[str, str], ...] = ()
    place_conflict: tuple[str, ...] = ()  # two countries, or two cities of one country
    people_conflict: tuple[str, ...] = ()  # two people (خليفة حفتر / خالد حفتر)
    portfolio_conflict: tuple[str, ...] = ()  # two ministries (وزير الداخلية / وزير الخارجية)
    speaker: str = ""  # "same", "different" or "" (nothing tells): see matching.speaker_relation.relation
    identity_conflict: tuple[str, ...] = ()  # why the two cannot be one claim, however alike the words

    @property
    def same_claim(self) -> bool:
        """One speaker asserting one proposition: the wordings score "same" and neither the speakers nor a
        figure of the same measure differ (27 / 30 killed are two claims of one story)."""
        return self.kind == "same" and not self.identity_conflict

    @property
    def kind(self) -> str:
        if self.score >= SAME:
            return "same"
        return "related" if self.score >= RELATED else "unrelated"

    @property
    def country_conflict(self) -> tuple[str, ...]:
        """Everything that makes the two about different places, people or bodies: places, then people,
        then portfolios."""
        return self.place_conflict + self.people_conflict + self.portfolio_conflict


@attrs.frozen
class Claim:
    """An attribution's content as a claim: its key, and for ``ذلك`` the key of what it points back to."""

    attribution: Attribution
    key: ClaimKey
    source_key: frozenset[str]
    speaker: Speaker = attrs.field(default=attrs.Factory(lambda self: speaker_of(self.attribution.source.text),
                                                         takes_self=True))

    @property
    def id(self) -> str:
        return self.attribution.id


def with_speakers(claims: "tuple[Claim, ...] | list[Claim]") -> tuple[Claim, ...]:
    """The claims, each title-only speaker (رئيس الوزراء التركي) given the name that the other mentions with its
    title and country carry (:func:`~claimtrack.matching.speaker_relation.resolve_titles`)."""
    resolved = resolve_titles([c.speaker for c in claims], [c.attribution.article for c in claims])
    return tuple(c if c.speaker == s else attrs.evolve(c, speaker=s) for c, s in zip(claims, resolved))


def people_conflict(a: ClaimKey, b: ClaimKey) -> tuple[str, ...]:
    """The people of two claims that name no person in common, sorted; else ()."""
    pa, pb = a.people, b.people
    return tuple(sorted(pa | pb)) if pa and pb and not (pa & pb) else ()


def portfolio_conflict(a: ClaimKey, b: ClaimKey) -> tuple[str, ...]:
    """The portfolios of two claims that name ministries of no portfolio in common, sorted; else ()."""
    if a.portfolios and b.portfolios and not (a.portfolios & b.portfolios):  # وزير الداخلية / وزير الخارجية
        return tuple(sorted(a.portfolios | b.portfolios))
    return ()


def _words_after(ordered: tuple[str, ...], k: int, n: int = 2) -> set[str]:
    """The words in the ``n`` places after position ``k`` and the names right after it ("الشرطة التركية قاموا
    بتحديد هوية": after الشرطة come قام and تحديد, not the nisba التركية), names and the word at ``k``
    repeated left out."""
    start = k + 1
    while start < len(ordered) and ordered[start].startswith("e:"):
        start += 1
    return {x for x in ordered[start : start + n] if not x.startswith("e:") and x != ordered[k]}


def _object_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The same action done to different things ("روسيا أرسلت مقاتلات" / "روسيا بإرسال مقاتلين"):
    the first word both openings share, then the next two words of each, with nothing in common."""
    lead_b = b[:6]
    for k, f in enumerate(a[:6]):
        if f.startswith("e:") or f not in lead_b:
            continue
        j = lead_b.index(f)
        after_a, after_b = _words_after(a, k), _words_after(b, j)
        if (after_a and after_b and not (after_a & set(b)) and not (after_b & set(a))
                and not any_alike(after_a, b[:6]) and not any_alike(after_b, a[:6])):
            return (" ".join(sorted(after_a)), " ".join(sorted(after_b)))
        return ()
    return ()


def _action_conflict(a: ClaimKey, b: ClaimKey) -> tuple[str, ...]:
    """A different action on the same thing ("تعزيز الإجراءات الأمنية" / "سنتباحث في خطة عمل تشمل إجراءات أمنية",
    alriyadh_0722_693 / aawsat_0722_54; "تحقيق «تقدم كبير» في الوصول إلى هوية المشتبه" / "الشرطة التركية تعرفت على
    هوية مشتبه به"): a short claim that opens with a verbal noun of a derived form in the singular, its predicate,
    which the other claim nowhere has, in no spelling of it.  Not a plural, a thing that opens a clause as its
    subject ("إن تصريحات المالكي باطلة ومشينة"), nor a longer claim; nor when the other says the same thing with
    one predicate word of its own in the verbal noun's place ("ارتفاع أسعار النفط" / "أسعار النفط صعدت", "تأجيل
    الانتخابات" / "إرجاء الانتخابات"): a rewording the key cannot tell from another action, so the action is held
    apart only amid words the other has and this claim has not."""
    for x, y in ((a, b), (b, a)):
        if not 1 < len(x.ordered) <= _ACTION_WORDS:
            continue
        head = x.ordered[0]
        if head.startswith("e:") or head in y.ordered or not derived_masdar(head):
            continue
        opening = next((w for w in x.words if w not in stopwords()), "")
        if not opening.endswith(_PLURAL) and not any_alike({head}, y.ordered) \
                and not _reworded_action(x.ordered, y.ordered):
            return (head,)
    return ()


def _reworded_action(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Does ``y`` hold every word of ``x`` after its opening verbal noun, and one word of its own besides (its
    predicate for the same action)?"""
    rest = set(x[1:])
    return rest <= set(y) and len(set(y) - rest) <= 1


def _lead(ordered: tuple[str, ...], size: int = 6) -> set[str]:
    return set(ordered[:size])




def unmatched_figures(qa: tuple[Quantity, ...], qb: tuple[Quantity, ...]) -> list[tuple[Quantity, Quantity]]:
    """Pairs of counted figures (a unit or a measure; not a year) of one measure that differ, where neither
    figure meets the same figure of its measure on the other side (أكثر من 27 شخصا / أكثر من 20 قتيلا: two
    figures, though both ranges hold 25)."""
    def counted(q: Quantity) -> bool:
        return bool(q.unit or q.counts) and q.unit != "calendar_year"

    def met(q: Quantity, others: tuple[Quantity, ...]) -> bool:
        return any(q.same_measure(o) and q.same_figure(o) for o in others)

    return [(x, y) for x in qa if counted(x) and not met(x, qb)
            for y in qb if counted(y) and x.same_measure(y) and not met(y, qa)]


def _other_groups(qa: tuple[Quantity, ...], qb: tuple[Quantity, ...]) -> list[tuple[str, str]]:
    """Counts of one measure that say whose they are and name different groups, with no count of that measure
    of one group on both sides ("مقتل العشرات في صفوف المتمردين" / "مقتل سبعة في صفوف القوات الحكومية")."""
    def owners(qs: tuple[Quantity, ...], measure: str) -> set[str]:
        return {q.owner for q in qs if q.counts == measure and q.owner}

    out = []
    for measure in {q.counts for q in qa if q.counts} & {q.counts for q in qb if q.counts}:
        oa, ob = owners(qa, measure), owners(qb, measure)
        if oa and ob and not (oa & ob):
            out.append(("، ".join(sorted(oa)), "، ".join(sorted(ob))))
    return out


def _figured(qs: tuple[Quantity, ...]) -> bool:
    """Does a claim give a counted figure (a unit or a measure; not a year)?"""
    return any((q.unit or q.counts) and q.unit != "calendar_year" for q in qs)


def _one_sided(qa: tuple[Quantity, ...], qb: tuple[Quantity, ...]) -> bool:
    """Does one claim give a counted figure and the other none?"""
    return _figured(qa) != _figured(qb)


def _unnamed_figures(a: ClaimKey, b: ClaimKey) -> bool:
    """Does one claim give counted figures and the other none, nor name what they count ("ارتفع عدد عمليات
    البيع بنسبة 23.3%" / "معدلات النمو تعكس زيادة اعتماد العملاء"; but "سلموا 14 طائرة" / "أرسلت مقاتلات")?"""
    if not _one_sided(a.quantities, b.quantities):
        return False
    figured, bare = (a, b) if _figured(a.quantities) else (b, a)
    units = {u for q in figured.quantities for u in (q.unit, q.counts) if u and u != "calendar_year"}
    return not units & named_units(bare.text)


# Each key's side of a pair (:func:`_side`), found once a key for each weight function (one a corpus), not once
# a pair: a claim is in many pairs.  Forgotten with the weight function.
_SIDES: "weakref.WeakKeyDictionary[Callable[[str], float], dict[ClaimKey, _Side]]" = weakref.WeakKeyDictionary()
_Side = tuple[frozenset[str], frozenset[str], dict[str, float], float]
_MOST_SIDES = 100_000


def _known_sides(weight: Callable[[str], float] | None) -> "dict[ClaimKey, _Side] | None":
    if weight is None:
        return None
    try:
        return _SIDES.setdefault(weight, {})
    except TypeError:  # a weight function no weak reference can follow: nothing kept
        return None


def _side(key: ClaimKey, w: Callable[[str], float], known: "dict[ClaimKey, _Side] | None") -> _Side:
    """What :func:`pair_score` weighs of one key: its entities and places; its features, one weighted space of
    stems and entities (named once, whatever the wording) as "e:" terms; each feature's weight, where what a
    relative clause says of a thing the claim names counts for less than what the claim asserts; their sum."""
    found = known.get(key) if known is not None else None
    if found is None:
        entities = key.entities | named_places(key)
        features = frozenset(key.stems) | {"e:" + e for e in entities}
        weights = {f: w(f) * (BACKGROUND if f in key.background else 1.0) for f in features}
        found = (entities, features, weights, sum(weights[f] for f in features))
        if known is not None:
            if len(known) >= _MOST_SIDES:
                known.clear()  # a long-lived weight (the tracker's) keeps no more than this
            known[key] = found
    return found


def pair_score(a: ClaimKey, b: ClaimKey, weight: Callable[[str], float] | None = None,
               same_source: bool = False, denied: tuple[bool, bool] = (False, False), *,
               speaker: str = "", stances: tuple[str, str] = ("", ""),
               near: Mapping[str, frozenset[str]] | None = None) -> PairScore:
    """How likely ``a`` and ``b`` report the same claim, in [0, 1], with the reasons.  ``speaker`` is how
    their speakers relate ("same", "different" or "", :func:`~claimtrack.matching.speaker_relation.relation`):
    the same speaker adds to the score, different speakers make two claims (``identity_conflict``).  For a
    condemnation or a praise (``stances``, the cues' stances) the cue is the predicate: the same speaker's same
    act on an object that shares a word with the other's (تصريحات المالكي / التصريحات التي أدلى بها نوري
    المالكي) is one claim.  ``near`` (:func:`.spelling.close_words` over every word of both keys) only makes it faster."""
    w = weight or (lambda s: 1.0)
    sides = _known_sides(weight)
    ea, fa, weights_a, wa = _side(a, w, sides)
    eb, fb, weights_b, wb = _side(b, w, sides)
    w_a, w_b = weights_a.__getitem__, weights_b.__getitem__
    shared = fa & fb
    soft = (soft_overlap(fa - shared, fb - shared, w_a, near) + soft_overlap(fb - shared, fa - shared, w_b, near)) / 2
    matched = sum(min(w_a(f), w_b(f)) for f in shared) + soft
    # Dice penalises a short claim quoted inside a long one; containment alone rewards any short claim.
    lexical = (matched / (wa + wb) + matched / (2 * min(wa, wb))) if wa and wb else 0.0
    small, big = sorted((a.grams, b.grams), key=len)  # distinct grams each: only the shorter side is hashed
    grams = 2 * len(set(small).intersection(big)) / (len(a.grams) + len(b.grams)) if small else 0.0
    ents = ea & eb
    agree: list[tuple[str, str]] = []
    conflict: list[tuple[str, str]] = []
    agree_q: list[tuple[Quantity, Quantity]] = []
    for qa in a.quantities:
        for qb in b.quantities:
            if qa.unit == "calendar_year" or qb.unit == "calendar_year":
                if qa.unit == qb.unit and qa.compatible(qb):
                    agree.append((qa.text, qb.text))
                    agree_q.append((qa, qb))
                continue
            if qa.same_measure(qb):
                if qa.compatible(qb):
                    agree.append((qa.text, qb.text))
                    agree_q.append((qa, qb))
                else:
                    conflict.append((qa.text, qb.text))
    number = 1.0 if any(x for x in agree) and not conflict else 0.0
    # A counted figure of one claim that the other gives differently and nowhere the same (مقتل 27 / مقتل
    # 30): two claims.  A claim giving several figures meets each in the other (358.4 و722 مليار ريال).
    figures = [(qa.text, qb.text) for qa, qb in unmatched_figures(a.quantities, b.quantities)]
    # The opening of a claim holds its subject, predicate and object ("روسيا أرسلت مقاتلات" /
    # "عسكريين روسا سلموا 14 طائرة"): agreement there counts beyond the bag of words.
    lead_a, lead_b = _lead(a.ordered), _lead(b.ordered)
    # the same word in both openings, or its other form (ستنطلق / تنطلق, لاجئ / لاجئين)
    met = lead_a & lead_b | {x for x in lead_a - lead_b if not x.startswith("e:") and close_to_any(x, lead_b, near)}
    lead = len(met) / min(len(lead_a), len(lead_b)) if lead_a and lead_b else 0.0
    score = (WEIGHTS["lexical"] * lexical + WEIGHTS["lead"] * lead + WEIGHTS["grams"] * grams
             + WEIGHTS["numbers"] * number
             + (SAME_SPEAKER if speaker == "same" and not _one_sided(a.quantities, b.quantities)
                else WEIGHTS["source"] if same_source else 0.0))
    if _unnamed_figures(a, b):
        score -= WEIGHTS["numbers"]  # figures in one only: as far from agreeing on a figure as sharing one is near
    act = speaker == "same" and stances[0] == stances[1] and stances[0] in PERFORMATIVE and bool(shared)
    if act:
        score += SAME_ACT
    # Two negative claims about the same thing ("ليست هناك قاعدة عسكرية" / "ينفي وجود قواعد عسكرية").
    core_a, core_b = negative_core(a, denied[0]), negative_core(b, denied[1])
    if core_a and core_b and len(set(core_a) & set(core_b)) >= 2:
        score += 0.1
    # Same words about a different country (aid to Tunisia / aid to Libya) or a different person
    # (خليفة حفتر / خالد حفتر) is a different claim.
    places = country_conflict(a, b) if lexical >= _CONFLICT_LEXICAL else ()
    if not places:
        places = city_conflict(a, b)  # حمص / اللاذقية: two cities of one country
    people, portfolios = people_conflict(a, b), portfolio_conflict(a, b)
    # A count both give of the same thing ("نحو 400 مدرب" / "أربعمئة مدرب") outweighs a different word after
    # the verb; a date or a bare number ("في 12 مايو") does not.
    counted = any((qa.same_unit(qb) and qa.unit != "calendar_year")
                  or (qa.unit is None and qb.unit is None and min(qa.low, qb.low) >= _LARGE) for qa, qb in agree_q)
    # For one speaker's same condemnation or praise the content is the act's object: "تصريحات المالكي" and
    # "التصريحات وعدتها «مغذية للطائفية»" name one object however the words after it differ.
    # Two wordings that go on to share several words after the openings part ("هذا التصريح المستفز للمسؤول
    # العراقي لا يخدم الاستقرار وبناء العلاقات" / "تصريحات المالكي ضد المملكة لا تخدم الاستقرار وبناء العلاقات")
    # reword one object; the check is for an action done to another thing, where little else is shared.
    reworded = sum(1 for f in shared if not f.startswith("e:")) >= _REWORDED
    objects = () if counted or act or reworded else _object_conflict(a.ordered, b.ordered)
    if objects:
        score = min(score, SAME - 0.05)
    # (a denial names what it denies in any form: "نفت قيام عناصرها بعملية تصفية" / "ما تم تداوله حول عمليات تصفية
    # ... لا صحة له", yemen_aden_0721)
    actions = () if counted or act or reworded or objects or "deny" in stances else _action_conflict(a, b)
    if actions:
        score = min(score, SAME - 0.05)
    # Planned or studied in one, decided in the other ("تدرس فرض ضريبة" / "تقرر فرض ضريبة"): related.
    modality = a.modality ^ b.modality
    if "decided" in modality and (a.modality | b.modality) == {"plan", "decided"} and a.modality != b.modality:
        score = min(score, SAME - 0.05)
    differ = places + people + portfolios
    if differ:
        score = min(score, SAME - 0.05)
    reasons = []
    words = sorted(f for f in shared if not f.startswith("e:"))
    if words:
        reasons.append("shared words: " + "، ".join(words[:8]))
    if ents:
        reasons.append("shared entities: " + "، ".join(sorted(ents)))
    if agree:
        reasons.append("shared numbers: " + "; ".join(f"{x} = {y}" for x, y in agree))
    if conflict:
        reasons.append("conflicting numbers: " + "; ".join(f"{x} / {y}" for x, y in conflict))
    if differ:
        reasons.append("different places or people: " + "، ".join(differ))
    if objects:
        reasons.append("same action, different object: " + " / ".join(objects))
    if actions:
        reasons.append("an action the other does not name: " + actions[0])
    if "decided" in modality and (a.modality | b.modality) == {"plan", "decided"} and a.modality != b.modality:
        reasons.append("planned in one, decided in the other")
    if act:
        reasons.append("same act by the same speaker")
    if speaker == "same":
        reasons.append("same speaker")
    elif same_source:
        reasons.append("same source")
    identity = []
    if speaker == "different":
        identity.append("different speakers")
        reasons.append("different speakers")
    if figures:
        identity.append("different figures: " + "; ".join(f"{x} / {y}" for x, y in figures))
    groups = _other_groups(a.quantities, b.quantities)
    if groups:
        identity.append("counts of different groups: " + "; ".join(f"{x} / {y}" for x, y in groups))
    return PairScore(round(min(score, 1.0), 4), tuple(reasons), tuple(sorted(ents)), tuple(agree), tuple(conflict),
                     places, people, portfolios, speaker, tuple(identity))
