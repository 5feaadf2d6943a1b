"""An attribution being built: what the construction rules find, the pruner trims and the resolver reads."""

from __future__ import annotations

import attrs

from ..lexicon.grammar import Verb

__all__ = ["Draft"]


@attrs.define
class Draft:
    """An attribution being built, in normalized-text coordinates of its article."""

    sentence: int
    cue: tuple[int, int]
    cue_token: int
    verb: Verb
    source: tuple[int, int] | None = None  # explicit mention (normalized span)
    source_tokens: tuple[int, int] | None = None
    via: list[tuple[int, int]] = attrs.field(factory=list)
    content_start: int | None = None
    content_end: int | None = None
    anaphoric: bool = False
    medium_document: bool = False
    subject_hint: tuple[int, int] | None = None  # tokens of a clause subject earlier in the sentence
    kind: str = "verb"
    subject_first: bool = False  # the source stands before the cue ("وكانت الوزارة ذكرت", "تقارير تشير")
    object_first: bool = False  # the subject dropped, a verbal noun right after the cue ("كما أعلن انعقاد جلسة")
    shared_subject: bool = False  # the subject of the verb the cue is joined to by و ("مصر تتسامى ... وتدين")
