"""A speaker does not deny itself in one article, whichever rule pairs the two statements: the Pakistani Taliban's
denial of Haqqani's death and their own word that he is well, which matching puts in one cluster (tests/data/
own_denial; judged agreement, day_judgments P030)."""

from pathlib import Path

import claimtrack
from claimtrack.reader.records import RecordReader

DATA = Path(__file__).parent / "data" / "own_denial"


def test_a_speaker_does_not_deny_its_own_statement_in_one_article():
    (article,) = RecordReader().read(str(DATA / "haqqani.json"))
    corpus = claimtrack.Corpus([article])
    by_id = {a.id: a for a in corpus.attributions}
    denies = [m for m in claimtrack.contradictions(corpus) if m.dispute == "denies"]
    denied = {by_id[m.a].source.text: by_id[m.b].source.text for m in denies}
    # what Pakistani media said is denied ...
    assert denied.get("وسائل إعلام باكستانية") == "حركة «طالبان»"
    # ... and the Taliban fighters' own "صحته تحسنت" is not
    assert "مقاتلو «طالبان»" not in denied
