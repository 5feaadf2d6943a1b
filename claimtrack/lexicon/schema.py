"""What each data file in ``claimtrack/data`` must hold: its columns, their allowed values, its order.

:func:`claimtrack.lexicon.read_rows` checks every file against its schema when it is first read, so a typo in
an enum column (a hedge kind, a particle role, an alias type) raises :class:`~claimtrack.errors.LexiconError`
naming the file and the line instead of silently switching a rule off.  The lexicon tests read these schemas
rather than repeating column counts.
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["Column", "FileSchema", "SCHEMAS", "schema_of"]

ColumnKind = Literal["text", "enum", "integer", "number", "list", "word", "phrase"]


def _values(values: str) -> frozenset[str]:
    return frozenset(values.split())


@attrs.frozen
class Column:
    """One TAB-separated column: its name, what it holds and whether a row may leave it out."""

    name: str
    kind: ColumnKind = "text"
    values: frozenset[str] = frozenset()
    required: bool = True
    # For integer and number columns: the allowed range (inclusive).
    low: float | None = None
    high: float | None = None


@attrs.frozen
class FileSchema:
    """A data file: its columns, whether entries may carry diacritics, and the order of its rows.

    ``order`` is ``"first"`` (sorted by the first column), ``"second"`` (by the second column, then the first)
    or ``None``; ``unique_first`` forbids two rows with the same first column.
    """

    name: str
    columns: tuple[Column, ...]
    order: Literal["first", "second"] | None = "first"
    unique_first: bool = True
    diacritics: bool = False

    @property
    def width(self) -> int:
        return len(self.columns)

    @property
    def min_width(self) -> int:
        return sum(1 for c in self.columns if c.required)


# Allowed values of the enum columns: the single place they are written down.
STANCES = _values("neutral assert deny reveal clarify add warn accuse speculate opinion announce express praise "
                  "appeal relay")
SOURCE_KINDS = _values("official organization anonymous document media collective person")
PARTICLE_ROLES = _values(
    "adjective among adverb_ma anaphor_noun another apposition commentary conditional cue_homograph demonstrative emphatic explanation filler gesture impersonal "
    "issued_by issued_verb kana masdar_intro name_intro not_negating_after preposition purpose qad relative rise_to subordinator")
FRAMES = _values("any complement nominal")
HEDGE_KINDS = _values("alleged modal reportedly uncertain")
BACKREFERENCE_KINDS = _values("anonymous any document family latter media official organization person")
ALIAS_TYPES = _values("event org person place weapon")
ADJUNCT_KINDS = _values("media medium time")
ARTICLE_MARKER_KINDS = _values("byline byline_colon published updated related link")
MONTH_REGIONS = _values("maghreb egypt_gulf levant morocco intl")
NEGATOR_SCOPES = _values("existential nominal verb")
NUMBER_KINDS = _values("fraction multiplier number vague")
APPROXIMATOR_KINDS = _values("approx at_least at_most less more up_to")
APPROXIMATOR_PLACES = _values("before both")
ANTONYM_RELATIONS = _values("antonym converse")
STANCE_SIDES = _values("added dropped")
PEOPLE_UNIT_KINDS = _values("figure toll")
STORY_FACETS = _values("condemnation investigation perpetrator response toll")
FACET_ENDINGS = _values("any definite indefinite masculine")
FACET_STRENGTHS = _values("strong weak")
DENIAL_KINDS = _values("about baseless hearsay report statement stop untrue verb")
EVENT_CAUSES = _values("attack blade blast bomb crash fire flood gunfire landslide quake strike")
DENIED_OBJECT_ROLES = _values("agent end news opening rumour tells")
PLACE_SCOPE_KINDS = _values("actor anaphor another attacker bearing border common condition event events further group locality moved one onset outskirts part past rise seat separate severity side total turn")
FATE_KINDS = _values("alive cause died natural not_fate reported violent")
DURATION_KINDS = _values("after ago unit")
MODALITIES = _values("decided plan")
DATE_WORD_ROLES = _values("month_lead year_lead day day_lead day_part direction this unit period_part week_start not_after")
ATTRIBUTION_WORD_ROLES = _values(
    "abbreviation adjunct_preposition adverb_participle affiliation_adjective clause_opener closing_verb condition cue_when_doubled delegate_preposition "
    "delegate_title denied_report "
    "elative existential honorific "
    "impersonal_passive in_document inner_preposition insist_verb manner_verb name_as_written name_link name_particle noun_preposition not_cue_as_written not_said "
    "not_said_unless_denial not_subject object_before_ba object_demonstrative "
    "partitive performative planned proposition_head relative_ma relative_man rule_noun speech_noun style_head tells_whom time_demonstrative time_head told_audience top_level_after top_level_after_comma top_level_turn topic_preposition verb_before_definite")
SPEAKER_WORD_ROLES = _values("generic modifier name_link outside title voice")
CONSTRUCTION_TRIGGERS = _values("verb-stance verb-lemma form scan")
WIRE_REGIONS = _values("ae bh cn dz eg intl iq ir it jo jp kr kw lb ly ma om ps qa ru sa sd sy tn tr ye")

_WORD = Column("word")


def _one(name: str, about: str = "word", *, order: Literal["first", "second"] | None = "first",
         unique_first: bool = True) -> FileSchema:
    return FileSchema(name, (Column(about),), order, unique_first)


SCHEMAS: dict[str, FileSchema] = {s.name: s for s in [
    _one("according_to.txt", "marker"),
    FileSchema("adjuncts.tsv", (_WORD, Column("kind", "enum", ADJUNCT_KINDS)), "second", False),
    FileSchema("aliases.tsv", (Column("canonical"), Column("alias"), Column("type", "enum", ALIAS_TYPES)),
               unique_first=False),
    FileSchema("antonyms.tsv", (Column("word_a"), Column("word_b"), Column("relation", "enum", ANTONYM_RELATIONS)),
               unique_first=False),
    # Written by benchmarks/train_stance.py from the ANS training split (see claimtrack/stance.py): a light
    # stem added or dropped by a rewrite, and its log-odds of disagreement against paraphrase (> 0: disagree).
    FileSchema("stance_words.tsv", (Column("stem"), Column("side", "enum", STANCE_SIDES),
                                    Column("weight", "number", low=-20, high=20)), unique_first=False),
    # The stance model's features: mean and scale to standardize each, and its weight for each label.
    FileSchema("stance_model.tsv", (Column("feature"), Column("mean", "number"), Column("scale", "number", low=1e-9),
                                    Column("agree", "number"), Column("disagree", "number"), Column("other", "number"))),
    # Written by benchmarks/train_track.py from the first 100 UnifiedFC claims (claimtrack.matching.track): does
    # an article report a claim; each feature's mean and scale to standardize it, and its weight.
    FileSchema("track_model.tsv", (Column("feature"), Column("mean", "number"), Column("scale", "number", low=1e-9),
                                   Column("weight", "number"))),
    FileSchema("approximators.tsv", (Column("expression"), Column("kind", "enum", APPROXIMATOR_KINDS),
                                      Column("place", "enum", APPROXIMATOR_PLACES))),
    FileSchema("article_markers.tsv", (Column("marker"), Column("kind", "enum", ARTICLE_MARKER_KINDS)), "second", False),
    FileSchema("attribution_words.tsv", (_WORD, Column("role", "enum", ATTRIBUTION_WORD_ROLES)), "second", False),
    # Counts only: a matching term (light stem or e:entity) and the real news articles using it; the
    # <documents> row is the number of articles (benchmarks/background_df.py writes it).
    FileSchema("background_df.tsv", (Column("term"), Column("articles", "integer", low=1))),
    FileSchema("backreferences.tsv", (Column("noun"), Column("kind", "enum", BACKREFERENCE_KINDS))),
    FileSchema("broken_plurals.tsv", (Column("plural"), Column("singular"))),
    FileSchema("cities.tsv", (Column("city"), Column("country"))),
    _one("clock_words.txt"),
    _one("complementizers.txt"),
    _one("confirm_words.txt"),
    FileSchema("construction_patterns.tsv", (Column("family"), Column("name"), Column("pattern")),
               unique_first=False),
    # The order of the families is the order in which a cue word tries them.
    FileSchema("constructions.tsv", (Column("family"), Column("trigger", "enum", CONSTRUCTION_TRIGGERS),
                                     Column("values"), Column("catalogue")), None),
    FileSchema("date_words.tsv", (_WORD, Column("role", "enum", DATE_WORD_ROLES), Column("value", required=False)), None),
    _one("denial_alternatives.txt"),
    _one("denied_qualifiers.txt"),
    _one("denied_relatives.txt"),
    _one("denied_roles.txt"),
    _one("deputy_titles.txt", "title"),
    FileSchema("denied_object.tsv", (_WORD, Column("role", "enum", DENIED_OBJECT_ROLES))),
    FileSchema("denials.tsv", (Column("expression"), Column("kind", "enum", DENIAL_KINDS))),
    FileSchema("durations.tsv", (_WORD, Column("kind", "enum", DURATION_KINDS),
                                 Column("days", "number", low=1, required=False))),
    FileSchema("entity_parents.tsv", (Column("entity"), Column("parent"))),
    FileSchema("event_causes.tsv", (_WORD, Column("cause", "enum", EVENT_CAUSES))),
    _one("event_words.txt"),
    FileSchema("folding.tsv", (Column("char"), Column("becomes"), Column("profile", "enum", _values("search match")),
                               Column("name"))),
    FileSchema("fates.tsv", (Column("expression"), Column("kind", "enum", FATE_KINDS))),
    FileSchema("hedges.tsv", (Column("expression"), Column("kind", "enum", HEDGE_KINDS))),
    _one("headline_labels.txt", "label"),
    _one("given_names.txt", "name"),
    _one("international_bodies.txt", "body"),
    FileSchema("modality.tsv", (_WORD, Column("modality", "enum", MODALITIES))),
    FileSchema("months.tsv", (Column("name"), Column("number", "integer", low=1, high=12),
                              Column("region", "enum", MONTH_REGIONS)), None, False),
    FileSchema("negators.tsv", (Column("negator"), Column("scope", "enum", NEGATOR_SCOPES))),
    FileSchema("number_words.tsv", (_WORD, Column("value", "number", low=0), Column("kind", "enum", NUMBER_KINDS))),
    FileSchema("particles.tsv", (_WORD, Column("role", "enum", PARTICLE_ROLES)), "second", False),
    FileSchema("people_units.tsv", (Column("unit"), Column("kind", "enum", PEOPLE_UNIT_KINDS))),
    _one("model_code_heads.txt"),
    _one("place_heads.txt", "head"),
    FileSchema("place_scopes.tsv", (_WORD, Column("kind", "enum", PLACE_SCOPE_KINDS))),
    FileSchema("portfolios.tsv", (_WORD, Column("portfolio"))),
    FileSchema("quantity_measures.tsv", (_WORD, Column("measure"))),
    _one("quantity_owners.txt", "phrase"),
    _one("regions.txt", "region"),
    # The HTML report's labels and counted nouns (claimtrack/report/labels.py): Arabic and English.
    FileSchema("report_labels.tsv", (Column("key"), Column("ar"), Column("en"))),
    FileSchema("report_nouns.tsv", (Column("key"), Column("one"), Column("two"), Column("few"),
                                    Column("en_one"), Column("en_other"))),
    FileSchema("reporting_verbs.tsv", (
        Column("lemma"), Column("imperfect"), Column("stance", "enum", STANCES),
        Column("frame", "enum", FRAMES), Column("prepositions", "list"),
        Column("masdars", "list"), Column("participle"))),
    FileSchema("sources.tsv", (Column("word"), Column("kind", "enum", SOURCE_KINDS))),
    FileSchema("speaker_words.tsv", (_WORD, Column("role", "enum", SPEAKER_WORD_ROLES))),
    FileSchema("spelling_variants.tsv", (Column("variant"), Column("canonical"))),
    _one("stopwords.txt"),
    FileSchema("story_facets.tsv", (_WORD, Column("facet", "enum", STORY_FACETS),
                                    Column("endings", "enum", FACET_ENDINGS, required=False),
                                    Column("strength", "enum", FACET_STRENGTHS, required=False))),
    FileSchema("synonym_phrases.tsv", (Column("phrase", "phrase"), Column("group", "word")), "second"),
    FileSchema("synonyms.tsv", (_WORD, Column("group")), "second", False),
    _one("topic_pronouns.txt"),
    FileSchema("unit_scales.tsv", (Column("unit"), Column("base"), Column("factor", "number", low=0))),
    FileSchema("units.tsv", (_WORD, Column("unit"))),
    FileSchema("weekdays.txt", (Column("weekday"), Column("number", "integer", low=1, high=7))),
    FileSchema("wire_agencies.tsv", (Column("credit"), Column("agency"), Column("region", "enum", WIRE_REGIONS))),
]}


def schema_of(name: str) -> FileSchema | None:
    """The schema of the data file ``name``, or None for a file the package does not ship."""
    return SCHEMAS.get(name)
