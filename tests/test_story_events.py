"""What a statement does in its story's timeline (claimtrack.story_events): one rule for the comparison's timeline
and the tracker's, read from the marks."""

from __future__ import annotations

from claimtrack import Tracker
from claimtrack.compare import compare_outlets
from claimtrack.inputs import load_articles, load_corpus
from claimtrack.report.timeline import story_timelines
from claimtrack.story_events import mark_events, statement_event

from .conftest import DATA

MALIKI = DATA / "real_stories" / "maliki_reactions"


def _stored_events(articles) -> dict[str, str]:
    with Tracker(":memory:") as t:
        t.add(articles)
        return {r["attribution"]: r["event"] for s in t.stories(limit=0) for r in t.timeline(s["id"])}


def test_the_tracker_reads_a_denial_and_what_it_denies_as_the_comparison_does():
    # maliki_reactions: al-Maliki called Saudi Arabia the source of terrorism (sabq_0722_2011#9, "متهما"); the
    # OIC's secretariat answered "هذه الادعاءات تنافى الواقع" (alweeam_0722_1524#6, cue وأشارت) and Bahrain "هذه
    # التصريحات الباطلة ..." (alriyadh_0724_1346#4, cue تشدد).  The tracker's timeline read events from cue stances
    # and speakers: the two replies were "disputed" (no denying cue) and the accusation too (it is on a mark),
    # while the comparison said "denied" and "first reported".
    articles = load_articles([str(MALIKI / "articles")], str(MALIKI / "outlets.json"))
    stored = _stored_events(articles)
    shown = {e["attribution"]: e["event"] for e in story_timelines(compare_outlets(load_corpus(
        [str(MALIKI / "articles")], str(MALIKI / "outlets.json"))))}
    for aid, event in (("alweeam_0722_1524#6", "denied"), ("alriyadh_0724_1346#4", "denied"),
                       ("sabq_0722_2011#9", "first reported")):
        assert stored[aid] == shown[aid] == event, aid


def test_the_tracker_keeps_a_denial_whose_target_no_mark_found():
    # real_disputes, alriyadh_f3e042aefc: "أمانة جدة تنفي وضع كاميرات مراقبة في الكورنيش", stored alone: nothing
    # it denies is in the store, and its headline is a denial all the same.
    path = DATA / "real_disputes" / "articles" / "alriyadh_f3e042aefc.txt"
    assert _stored_events(load_articles([str(path)], None))["alriyadh_f3e042aefc#1"] == "denied"


def test_the_later_side_acts_and_the_strongest_event_wins():
    # the rule on the ids of the Aden tolls (yemen_aden_0721: alweeam_48#2 43 dead at 02:18, alwatan_38#13 57
    # at 02:29) and a denial of the second; an outlet's own sentence (okaz_71#n1) is no statement of the timeline
    when = {"alweeam_48#2": 1, "alwatan_38#13": 2, "x#1": 3}
    marks = [("alweeam_48#2", "alwatan_38#13", "updates"), ("alwatan_38#13", "x#1", "denies"),
             ("okaz_71#n1", "alweeam_48#2", "")]
    did = mark_events(marks, when, when.__getitem__)
    assert did == {"alwatan_38#13": ("updated", ["alweeam_48#2"]), "x#1": ("denied", ["alwatan_38#13"]),
                   "alweeam_48#2": ("disputed", ["okaz_71#n1"])}
    assert statement_event(did, "y#1", True) == ("echoed", [])
    assert statement_event(did, "y#1", False) == ("first reported", [])
    assert statement_event(did, "y#1", False, denial=True) == ("denied", [])
    assert statement_event(did, "x#1", False) == ("denied", ["alwatan_38#13"])
