"""A journalist's first hour with claimtrack on real news: the Aden coverage of SaudiNewsNet 2015-07-21
(tests/data/yemen_aden_0721: seven articles of six outlets on the shelling of Dar Saad and its toll, and the
Aden resistance council's denial that its men executed Houthi prisoners; NOTICE gives each article's url).

Each test is a place where the output confused or misled a reader of that coverage: the report, the
command-line tables and the tracker's timeline and story list."""

from __future__ import annotations

import re
from html import unescape

import pytest

from claimtrack.cli import main
from claimtrack.compare import compare_outlets
from claimtrack.inputs import load_corpus
from claimtrack.report import render_html

from .conftest import DATA

ADEN = DATA / "yemen_aden_0721" / "articles"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def aden():
    return compare_outlets(load_corpus([str(ADEN)]))


def _dispute_counts() -> dict[str, int]:
    """How many marks of each dispute kind ``claimtrack.contradictions`` makes on the Aden articles."""
    import claimtrack

    marks = claimtrack.contradictions(load_corpus([str(ADEN)]))
    return {k: sum(m.dispute == k for m in marks) for k in ("denies", "updates", "disagrees", "contradicts")}


def _mark_lines(page: str, kind_label: str) -> list[str]:
    """The text of the report's mark lines of one kind (its Arabic label)."""
    items = re.findall(r'<li class="mark mark-contradicts"[^>]*>(.*?)</li>', page, flags=re.S)
    texts = [unescape(re.sub(r"<[^>]+>", "", i)) for i in items]
    return [t for t in texts if t.startswith(kind_label)]


def test_a_disputed_figure_shows_both_figures(aden):
    # aleqtisadiya_22 carries Aden's health office: "مقتل 43 مدنيا وإصابة 173 آخرين"; okaz_71 the residents:
    # "حصيلة قتلى القصف بالكاتيوشا ... بلغت 57 قتيلا".  The report's line showed "[43 مدنيا]" alone, so a reader
    # could not see what the other side said.
    lines = _mark_lines(render_html(aden), "خلاف في الأرقام")
    assert any("43 مدنيا / 57 قتيلا" in t for t in lines), lines
    # a denial's line no longer repeats the whole passage it is linked to (its sides quote both claims)
    denials = _mark_lines(render_html(aden), "نفي")
    assert denials and all(len(t) < 400 for t in denials), max(denials, key=len)


def test_contradictions_table_leads_with_the_disputes_and_shows_the_other_side(capsys):
    # Marks were listed in the order found: the day's denials and disputed tolls sat among twenty agreements,
    # and each explanation was cut at 80 characters, before the side that disputes ("57 قتيلا" of okaz_71).
    code, out, _ = run(capsys, "contradictions", str(ADEN))
    rows = [line.split(" │ ") for line in out.splitlines() if " │ " in line][1:]
    kinds = [r[0].strip() for r in rows if r[0].strip()]
    assert code == 0 and "agrees" in kinds and "denies" in kinds
    first_agreement = kinds.index("agrees")
    assert all(k not in ("denies", "updates", "disagrees", "contradicts") for k in kinds[first_agreement:])
    assert kinds[0] == "denies" and out.splitlines()[0].startswith(f"{kinds.count('denies')} denies, ")
    assert "57 قتيلا" in out  # the other side of the disputed toll, no longer cut off
    assert "okaz_71#1 okaz" in out  # a side names its outlet
    assert "aleqtisadiya_22 carries aleqtisadiya_22#5 without the counter-claim okaz_71#1 (disagrees, carried by okaz)" in out


@pytest.mark.parametrize("kind", ["denies", "disagrees"])
def test_contradictions_kind_selects_one_kind_of_dispute(capsys, kind):
    import json

    code, out, _ = run(capsys, "contradictions", "--format", "jsonl", "--kind", kind, str(ADEN))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and {(r["kind"], r["dispute"]) for r in rows} == {("contradicts", kind)}
    code, out, _ = run(capsys, "contradictions", "--format", "jsonl", "--kind", "contradicts", str(ADEN))
    assert {json.loads(line)["dispute"] for line in out.splitlines()} == {"denies", "updates", "disagrees"}


def test_compare_table_leads_with_the_disputes_and_names_what_was_left_out(capsys):
    # The table listed claims in id order with "omits counter-claim" and no word of which one, and printed
    # the disputes last, after the outlets' figures, each as "contradicts" whatever it was (a denial, a
    # disputed toll), and once under each of its two claims.
    code, out, _ = run(capsys, "compare", "-q", str(ADEN))
    lines = out.splitlines()
    n = _dispute_counts()  # the marks themselves are the dispute rules' business, not this table's
    assert n["denies"] >= 1 and n["updates"] >= 1 and n["disagrees"] >= 1
    assert code == 0 and lines[0].endswith(f"; {n['denies']} denies, {n['updates']} updates, {n['disagrees']} disagrees")
    total = sum(n.values())
    disputes = lines[1:1 + total]  # "c54 (okaz_71#1) disagrees with c8 (aleqtisadiya_22#5): ..."
    kinds = [re.match(r"\S+(?: \(\S+\))? (denies|updates|disagrees with|contradicts) ", line).group(1) for line in disputes]
    assert kinds == ["denies"] * n["denies"] + ["updates"] * n["updates"] + ["disagrees with"] * n["disagrees"]
    assert len(set(disputes)) == len(disputes) and lines[1 + total] == ""
    table = lines[2 + total:]
    first_claim = table[2].split(" │ ")
    assert first_claim[0].startswith("c1 ما تم تداوله") and first_claim[1].strip() == "aawsat"
    # okaz_71 (residents: 57 killed) left out the health office's 43 that aleqtisadiya carried
    okaz = next(r for r in table if re.match(r"c\d+ حصيلة قتلى", r))  # (its number moves as claims are found)
    assert "omits c8 disagrees" in okaz


def test_outlets_json_times_order_the_day(tmp_path, capsys):
    # outlets.json gives the crawler's time of each article ("2015-07-21T02:18:52"); it was read as the day
    # alone, so the tracker's stories all began at "2015-07-21" and the timeline could not say that alweeam
    # (02:18) reported the 43 dead before aleqtisadiya (10:42).
    from claimtrack.inputs import load_articles

    times = {a.id: a.published_at for a in load_articles([str(ADEN)])}
    assert times["alweeam_48"].isoformat() == "2015-07-21T02:18:52"
    assert times["aleqtisadiya_22"].isoformat() == "2015-07-21T10:42:44"
    db = tmp_path / "aden.db"
    assert run(capsys, "track", "add", str(db), str(ADEN))[0] == 0
    code, out, _ = run(capsys, "track", "stories", "--format", "jsonl", str(db))
    import json

    stories = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and all(len(s["first"]) == 19 for s in stories), stories


def test_timeline_says_updated_only_when_a_speaker_revises_itself(tmp_path, capsys):
    # alwatan_38: the Aden military commander (القائد العسكري بعدن العميد عبد الله الصبيحي) says four different
    # things in a row; the timeline called the last three "updated", as if he had revised his first statement.
    import json

    db = tmp_path / "aden.db"
    assert run(capsys, "track", "add", str(db), str(ADEN))[0] == 0
    events = []
    for story in json.loads(run(capsys, "track", "stories", "--format", "json", str(db))[1]):
        out = run(capsys, "track", "timeline", "--format", "jsonl", str(db), story["id"])[1]
        events += [json.loads(line) for line in out.splitlines()]
    commander = [e for e in events if e["source"].startswith("القائد العسكري بعدن")]
    assert len({e["claim"] for e in commander}) >= 3
    assert {e["event"] for e in commander} == {"first reported"}
    # "updated" only where claimtrack's marks say that one source revised its own figure (an "updates" mark:
    # the Aden health office's 43 dead, then its director's 57), on the later statement of the two
    import sqlite3

    with sqlite3.connect(db) as c:
        revised = {frozenset(p) for p in c.execute("SELECT a, b FROM marks WHERE dispute = 'updates'")}
    seen: list[str] = []
    for e in sorted(events, key=lambda e: e["published"]):
        if e["event"] == "updated":
            assert any(frozenset((e["attribution"], s)) in revised for s in seen), e
        seen.append(e["attribution"])


def test_track_stories_are_labelled_by_their_most_widely_carried_claim(tmp_path, capsys):
    # The story of the Dar Saad shelling kept the label of the claim that opened it in the store, an aside of
    # aleqtisadiya_22 ("هناك قناصة لا يزالون متمركزين في مباني المعاشيق"); its toll, carried by alweeam and
    # aleqtisadiya ("مقتل 43 مدنيا وإصابة 173 آخرين ..."), says what the story is.
    import json

    db = tmp_path / "aden.db"
    assert run(capsys, "track", "add", str(db), str(ADEN))[0] == 0
    stories = json.loads(run(capsys, "track", "stories", "--format", "json", str(db))[1])
    labels = [s["label"] for s in stories]
    assert any(label.startswith("مقتل 43 مدنيا وإصابة 173") for label in labels), labels
    assert not any(label.startswith("هناك قناصة") for label in labels), labels


def test_find_table_says_which_outlet_carried_each_hit_and_when(capsys):
    # Tracking "the resistance executed Houthi prisoners" across the day, the table gave article ids only:
    # with outlets.json the reader could not see that the denial came from aawsat at 10:52 and almadina at 13:01.
    code, out, _ = run(capsys, "find", "المقاومة الشعبية نفذت عمليات تصفية لأسرى حوثيين", str(ADEN), "--limit", "5")
    header, _, first, *rest = out.splitlines()
    assert code == 0 and [h.strip() for h in header.split(" │ ")][:4] == ["score", "relation", "outlet", "published"]
    cells = [c.strip() for c in first.split(" │ ")]
    assert cells[1:6] == ["contradicts/denies", "aawsat", "2015-07-21 10:52", "aawsat_18", "aawsat_18#1"]
    assert any("almadina" in line and "2015-07-21 13:01" in line for line in rest)
    # the cue the relation rests on is shown: the content alone ("قيام عناصرها بعملية تصفية لأسرى حوثيين")
    # reads as the claim itself, and `relate` on it says "same"
    assert cells[6] == "المقاومة الشعبية في عدن · نفت: قيام عناصرها بعملية تصفية لأسرى حوثيين"


def test_track_commands_name_the_store_and_do_not_make_one_at_a_mistyped_path(tmp_path, capsys):
    # `track timeline aden.bd s1` (a typo) answered "no story 's1' in the store" and left an empty aden.bd
    # behind; a story id that is not there did not say which store was read.
    db = tmp_path / "aden.db"
    assert run(capsys, "track", "add", str(db), str(ADEN))[0] == 0
    typo = tmp_path / "aden.bd"
    for command in (["timeline", str(typo), "s1"], ["stories", str(typo)], ["stats", str(typo)]):
        code, _, err = run(capsys, "track", *command)
        assert code == 1 and f"{typo}: no such store" in err
    assert not typo.exists()
    code, _, err = run(capsys, "track", "timeline", str(db), "s999")
    assert code == 1 and f"{db}: no story 's999' in the store" in err
    code, _, err = run(capsys, "compare", "--db", str(db), "--story", "s999")
    assert code == 1 and f"{db}: no story 's999' in the store" in err


def test_reading_a_record_file_shows_progress_on_a_terminal(tmp_path, capsys, monkeypatch):
    # `compare 2015-08-01.zip` on a terminal was silent while it read and extracted the day's 1,285 records
    # (about a minute on two cores), then said "matching claims ..."; files had "read n/N articles".
    import json
    import sys

    lines = []
    for k in range(3):  # the seven Aden articles, three times under other ids: 21 records
        for path in sorted(ADEN.glob("*.txt")):
            title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
            lines.append(json.dumps({"id": f"{path.stem}_{k}", "title": title, "content": body}, ensure_ascii=False))
    records = tmp_path / "aden.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(capsys, "match", "--format", "json", str(records))
    assert code == 0 and "claimtrack: read 21 records" in err
    code, _, err = run(capsys, "match", "--format", "json", "-q", str(records))
    assert code == 0 and err == ""


def test_report_summary_counts_each_dispute_once(aden):
    # The summary's badges summed the stories' badges, and a denial linking claims of two stories (the Aden
    # council's denial in almadina_27 and the accounts of aawsat_18 and alwatan_38) counted in both: the
    # summary said more denials than `claimtrack contradictions` lists.
    page = render_html(aden, lang="en")
    summary = page[page.index('<section id="summary">'):page.index("</ul>", page.index('<section id="summary">'))]
    badges = dict((kind, int(n)) for kind, n in re.findall(r'<span class="tag tag-(\w+)">[^<]*?(\d+)</span>', summary))
    assert badges == {k: v for k, v in _dispute_counts().items() if v}


def test_match_table_shows_the_claims_story_by_story(capsys):
    # The table listed claims in id order with no word of their stories ("61 claims clusters"); the story of
    # the council's denial (c1, its statements c2 and c19) was scattered among the day's other claims.
    import json

    code, out, _ = run(capsys, "match", str(ADEN))
    lines = out.splitlines()
    assert code == 0 and re.match(r"\d+ claims in \d+ stories, \d+ claims carried by more than one article$", lines[0])
    rows = [[c.strip() for c in line.split(" │ ")] for line in lines[3:]]
    claims = [json.loads(line) for line in run(capsys, "match", "--format", "jsonl", str(ADEN))[1].splitlines()]
    story_of = {c["id"]: c["story"] for c in claims}
    assert rows and all(story_of[r[1]] == r[0] for r in rows)
    order = [r[0] for r in rows]
    assert all(order.index(s) + order.count(s) - 1 == len(order) - 1 - order[::-1].index(s) for s in order)  # contiguous
    # (the statements' number moves as claims are found: found by their words)
    statements = next(c["id"] for c in claims if c["label"].startswith("حفظ حقوقهم الإنسانية"))
    assert {r[1] for r in rows if r[0] == story_of["c1"]} >= {"c1", "c2", statements}


def test_compare_gives_each_story_its_timeline(capsys):
    # Issue 13 promised a timeline per story in the JSON and the terminal table; compare gave neither (only
    # `track timeline` on a store): who carried the council's denial, when, and against what was not said.
    import json

    code, out, _ = run(capsys, "compare", "-q", "--format", "json", str(ADEN))
    doc = json.loads(out)
    assert code == 0 and doc["stories"] and doc["timeline"]
    denial = next(e for e in doc["timeline"] if e["attribution"] == "aawsat_18#1")
    assert denial["event"] == "denied" and denial["outlet"] == "aawsat" and denial["published"] == "2015-07-21T10:52:24"
    assert {"okaz_76#2", "almadina_27#14"} <= set(denial["against"])
    # the council's own "إننا أكدنا ولازلنا نؤكد ... على وجوب حفظ حقوق الأسرى" (okaz_76#7) and the sources' "صحة الرواية
    # ... عن قيام الحوثيين بإعدام أتباعهم" (okaz_76#3) side with the denial; they met it by الحوثيين, a party to the
    # war that links a denial to nothing (worded_apart._link_words: judged P066, M006, P047 on 2015-07-22)
    assert "okaz_76#7" not in denial["against"]
    story = [e for e in doc["timeline"] if e["story"] == denial["story"]]
    undated = [e["published"] for e in story if e["said_on"] is None]
    assert undated == sorted(undated)  # in time order (a statement the sentence dates goes by its day)
    assert {e["event"] for e in story} >= {"first reported", "echoed", "denied"}
    # the same in the table: a timeline for each disputed story, after the claims
    code, out, _ = run(capsys, "compare", "-q", str(ADEN))
    block = out[out.index(f"timeline of {denial['story']} "):]
    row = next(line for line in block.splitlines() if "قيام عناصرها بعملية تصفية" in line)
    assert row.startswith("2015-07-21T10:52:24") and " denied " in row and " aawsat " in row


def test_track_stories_count_an_article_of_no_known_outlet_as_its_own_outlet(tmp_path, capsys):
    # The README's `track add news.db .../maliki_reactions/articles` (its outlets.json is one folder up) listed
    # a story of 14 articles as carried by "0" outlets; compare counts each such article as its own outlet.
    import json
    import shutil

    folder = tmp_path / "aden"
    folder.mkdir()
    for path in ADEN.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    db = tmp_path / "aden.db"
    assert run(capsys, "track", "add", str(db), str(folder))[0] == 0
    stories = json.loads(run(capsys, "track", "stories", "--format", "json", str(db))[1])
    assert stories and all(s["outlets"] == s["articles"] for s in stories)
    assert stories[0]["outlets"] == max(s["articles"] for s in stories)


def test_a_record_file_with_no_record_is_named(tmp_path, capsys):
    # An empty .jsonl (a crawl that wrote nothing) or a JSON list with no article gave an empty table and exit
    # status 0, where an empty .txt file is refused with its name.
    empty, nothing = tmp_path / "crawl.jsonl", tmp_path / "day.json"
    empty.write_text("", encoding="utf-8")
    nothing.write_text("[]", encoding="utf-8")
    code, _, err = run(capsys, "match", str(empty))
    assert code == 1 and f"{empty}: holds no records" in err
    code, out, err = run(capsys, "match", str(nothing), str(ADEN))  # the articles that can be read are read
    assert code == 1 and f"{nothing}: holds no records" in err and re.match(r"\d+ claims in ", out) is not None


def test_demo_says_the_outlet_and_the_time(capsys):
    # `demo` on the Aden folder gave "published: 2015-07-21" for every article and no outlet, though
    # outlets.json names both (aawsat_18: aawsat, 10:52).
    code, out, _ = run(capsys, "demo", str(ADEN))
    block = out[out.index("aawsat_18\n"):].split("\n")[:6]
    assert code == 0 and "  outlet:     aawsat" in block and "  published:  2015-07-21 10:52" in block


def test_report_shows_a_dispute_between_two_outlets_own_words():
    # aawsat_01 tells the Dar Saad toll in its own words ("43 مدنيا"), alweeam_46 too ("57 مدنيا"):
    # `claimtrack contradictions` marks the disputed figure, but no claim holds either sentence, and the HTML
    # report left it out (the 86 articles of the day's Yemen coverage: 64 disputed figures in the report, 69 marked).
    own = compare_outlets(load_corpus([str(DATA / "yemen_aden_0721" / "own_words")]))
    page = render_html(own)
    lines = _mark_lines(page, "خلاف في الأرقام")
    assert any("43 مدنيا على الأقل / 57 مدنيا على الأقل" in t and "aawsat" in t and "alweeam" in t for t in lines), lines
    marked = sum(m.dispute == "disagrees" for m in own.marks)
    summary = page[page.index('<section id="summary">'):page.index("</ul>", page.index('<section id="summary">'))]
    assert re.search(rf'tag-disagrees">[^<]*?{marked}</span>', summary)
