"""Contradictions, agreements, clarifications and framing differences between claims.

- :mod:`.rules`: the evidence (polarity, numbers, opposed predicates, swapped actors, hedges, clarification)
  and the cascade of named rules that decides how two sides of one claim relate;
- :mod:`.marks`: which pairs of the clusters are compared, and the :class:`Mark` s they make;
- :mod:`.worded_apart`: disputes worded apart (a denial and what it denies, two tolls, two fates of one person);
- :mod:`.narration`: an outlet's own sentences as claims; :mod:`.explain`: the :class:`Mark` and its line;
- :mod:`.disputes`: what a contradiction is (``Mark.dispute``): an explicit denial linked to what it denies, the
  same speaker's new figure, two speakers' figures for one quantity (compared like with like), or else;
- :mod:`.places`: where a statement happens: the countries it names by name, not the nationalities it names;
  :mod:`.localities`: the places inside a country it names, and two statements placed apart by them;
  :mod:`.incidents`: which incident a figure tells (a past one, a separate one, another year);
  :mod:`.scopes`: the words of place_scopes.tsv by kind;
- :mod:`.measured`, :mod:`.parts` and :mod:`.figures`: what each figure counts, which figures are parts of another,
  and two figures of one quantity compared;
- :mod:`.dating`: the days a statement dates its event by (two tolls of days apart are two events);
- :mod:`.denied`, :mod:`.targets`, :mod:`.unasserted` and :mod:`.topics`: what a denial may be linked to, and what it
  may not (a claim that does not assert what it denies, its article's background, a rumour named as one, its own
  government's statement, a statement of its own article met by the article's topic words);
- :mod:`.fates`: one person's fate told two ways (alive / died, two causes or two times of one death);
- :mod:`.scoring`: dispute marks against real labelled pairs and annotated story conflicts (``eval --disputes``);
- :mod:`.coverage`: articles that carry one side of a contradiction without the other.

Polarity itself is :mod:`claimtrack.polarity`.
"""

from ..polarity import text_polarity
from .coverage import LEFT_OUT_CORPUS_MOST, LEFT_OUT_WITHHELD, left_out_withheld, one_sided
from .marks import Mark, contradictions, mark_attributions
from .evidence import Evidence
from .rules import find_contradiction

__all__ = ["LEFT_OUT_CORPUS_MOST", "LEFT_OUT_WITHHELD", "Evidence", "Mark", "contradictions", "find_contradiction", "left_out_withheld", "mark_attributions", "one_sided", "text_polarity"]
