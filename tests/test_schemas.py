"""Every JSON output has a JSON Schema shipped in the package, and every output follows it: the records of the
API (``to_dict()`` and the ``*_to_dict`` helpers) and the json / jsonl outputs of the command line, on the
seeds and on real articles of tests/data/real."""

from __future__ import annotations

import importlib.resources
import json

import attrs
import pytest

import claimtrack
from claimtrack import Corpus
from claimtrack.cli import main
from claimtrack.records import json_schema, schema_names

from .conftest import DATA, SEED_FILES, SEEDS

jsonschema = pytest.importorskip("jsonschema")

# A few real articles of the dev sample, from several outlets.
REAL_FILES = sorted((DATA / "real" / "articles").glob("*.txt"))[::12]
SETS = {"seeds": SEED_FILES, "real": REAL_FILES}
EXPECTED = ["article-summary", "attribution", "cluster", "comparison", "comparison-line", "eval", "mark", "match",
            "relation", "sentence", "story", "track-add", "track-claim", "track-event", "track-export", "track-stats",
            "track-story"]


def validator(name: str):
    return jsonschema.Draft202012Validator(json_schema(name))


def check_all(name: str, records: list) -> None:
    v = validator(name)
    for record in records:
        errors = sorted(v.iter_errors(record), key=str)
        assert not errors, f"{name}: {errors[0].message} at {list(errors[0].absolute_path)} in {record}"


@pytest.fixture(scope="module", params=sorted(SETS))
def corpus(request):
    return Corpus(SETS[request.param])


def run(capsys, *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def jsonl(text: str) -> list:
    return [json.loads(line) for line in text.splitlines()]


# -- the schemas themselves -------------------------------------------------------------------------------


def test_every_json_output_has_a_shipped_schema():
    assert schema_names() == EXPECTED


@pytest.mark.parametrize("name", EXPECTED)
def test_each_schema_is_a_valid_draft_2020_12_schema(name):
    raw = json.loads((importlib.resources.files("claimtrack") / "data" / "schemas" / f"{name}.schema.json")
                     .read_text(encoding="utf-8"))
    assert raw["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert raw["$id"].endswith(f"/{name}.schema.json")
    jsonschema.Draft202012Validator.check_schema(raw)
    jsonschema.Draft202012Validator.check_schema(json_schema(name))


def test_an_unknown_schema_name_lists_the_shipped_ones():
    with pytest.raises(claimtrack.InputError,
                       match=r"no JSON Schema 'attributions': only \['article-summary', 'attribution'"):
        json_schema("attributions")


def test_the_schemas_are_not_vacuous(seed_articles):
    """A record with a key too many, a key missing or a value out of its set is refused."""
    article = seed_articles[SEED_FILES[2].stem]
    record = claimtrack.extract_attributions(article)[0].to_dict()
    v = validator("attribution")
    v.validate(record)
    assert not v.is_valid({**record, "extra": 1})
    assert not v.is_valid({k: x for k, x in record.items() if k != "cue"})
    assert not v.is_valid({**record, "quote": "reported"})
    assert not v.is_valid({**record, "cue": {**record["cue"], "start": -1}})


def test_said_on_is_optional_null_or_a_dated_span(seed_articles):
    record = claimtrack.extract_attributions(seed_articles[SEED_FILES[2].stem])[0].to_dict()
    v = validator("attribution")
    assert "said_on" not in record or v.is_valid(record)
    assert v.is_valid({**record, "said_on": None})
    said = {"from": "2020-05-29", "to": "2020-05-29", "text": "أمس", "start": 10, "end": 13}
    assert v.is_valid({**record, "said_on": said})
    assert not v.is_valid({**record, "said_on": {**said, "from": "29/05/2020"}})
    assert not v.is_valid({**record, "said_on": {k: x for k, x in said.items() if k != "text"}})
    assert not v.is_valid({**record, "said_on": {**said, "extra": 1}})
    assert validator("track-export").is_valid(
        {**record, "said_on": said, "claim": "c1", "story": "s1", "published": None, "url": None, "title": None})


# -- the API ----------------------------------------------------------------------------------------------


def test_api_records_follow_their_schemas(corpus):
    attributions = corpus.attributions
    assert attributions
    check_all("attribution", [a.to_dict() for a in attributions])
    check_all("sentence", [s.to_dict() for art in corpus.articles for s in claimtrack.split_sentences(art, headlines=True)])
    story_of = {c: s.id for s in corpus.stories for c in s.clusters}
    check_all("cluster", [c.to_dict(story=story_of.get(c.id)) for c in corpus.clusters]
              + [claimtrack.cluster_to_dict(c) for c in corpus.clusters])
    check_all("story", [s.to_dict() for s in corpus.stories])
    marks = claimtrack.contradictions(corpus)
    check_all("mark", [m.to_dict() for m in marks] + [m.to_dict(["x"]) for m in marks])
    claim = attributions[0].content.text
    check_all("match", [m.to_dict() for m in claimtrack.find(claim, corpus, limit=50)])
    check_all("relation", [claimtrack.relate(a.content.text, claim).to_dict() for a in attributions[:10]])
    comparison = claimtrack.compare_outlets(corpus, all_clusters=True)
    check_all("comparison", [claimtrack.comparison_to_json(comparison)])


def test_to_dict_is_the_records_helper(seed_articles):
    corpus = Corpus(seed_articles.values())
    a = corpus.attributions[0]
    assert a.to_dict() == claimtrack.attribution_to_dict(a)
    c, s = corpus.clusters[0], corpus.stories[0]
    assert c.to_dict() == claimtrack.cluster_to_dict(c) and c.to_dict("s1") == claimtrack.cluster_to_dict(c, "s1")
    assert s.to_dict() == claimtrack.story_to_dict(s)
    m = claimtrack.contradictions(corpus)[0]
    assert m.to_dict() == claimtrack.mark_to_dict(m) and m.to_dict(["x"])["unanswered_in"] == ["x"]
    sentence = claimtrack.split_sentences(corpus.articles[0])[0]
    assert sentence.to_dict() == claimtrack.sentence_to_dict(sentence)


def lists(value):
    """``value`` with every tuple a list (attrs.asdict keeps tuples or makes lists, by version)."""
    if isinstance(value, dict):
        return {k: lists(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [lists(v) for v in value]
    return value


def test_asdict_differs_from_to_dict_as_the_readme_says(seed_articles):
    """The README's table of differences between ``attrs.asdict(record)`` and ``record.to_dict()``."""
    corpus = Corpus(seed_articles.values())
    a = next(x for x in corpus.attributions if x.hedges) if any(x.hedges for x in corpus.attributions) \
        else corpus.attributions[0]
    plain, json_form = attrs.asdict(a), a.to_dict()
    assert set(plain) - {"said_on"} == set(json_form) - {"said_on"}
    assert isinstance(attrs.asdict(corpus.clusters[0])["measures"], frozenset)  # which json.dumps refuses
    assert plain["sentence"] == json_form["sentence"]  # a bare span: the same {"start", "end"}
    assert plain["cue"]["span"] == {"start": json_form["cue"]["start"], "end": json_form["cue"]["end"]}
    assert "span" not in json_form["cue"] and "start" not in plain["cue"]
    s = claimtrack.split_sentences(corpus.articles[0])[0]
    assert set(attrs.asdict(s)) == {"article", "index", "span", "text", "kind", "paragraph"}
    assert set(s.to_dict()) == {"article", "index", "kind", "start", "end", "text"}
    c = corpus.clusters[0]
    assert set(attrs.asdict(c)) - set(c.to_dict()) == {"measures"}
    story = corpus.stories[0]
    assert lists(attrs.asdict(story)) == story.to_dict()
    m = claimtrack.contradictions(corpus)[0]
    assert set(m.to_dict()) - set(attrs.asdict(m)) == {"unanswered_in"}
    hit = claimtrack.find(a.content.text, corpus)[0]
    assert lists(attrs.asdict(hit)) == hit.to_dict()


# -- the command line -------------------------------------------------------------------------------------


@pytest.mark.parametrize("which", sorted(SETS))
def test_cli_json_outputs_follow_their_schemas(capsys, which):
    files = [str(p) for p in SETS[which]]
    check_all("sentence", jsonl(run(capsys, "sentences", "--format", "jsonl", "--headlines", "--jobs", "1", *files)))
    extracted = jsonl(run(capsys, "extract", "--format", "jsonl", "--jobs", "1", *files))
    assert extracted
    check_all("attribution", extracted)
    check_all("cluster", jsonl(run(capsys, "match", "--format", "jsonl", "--jobs", "1", *files)))
    check_all("mark", jsonl(run(capsys, "contradictions", "--format", "jsonl", "--jobs", "1", *files)))
    hits = jsonl(run(capsys, "find", extracted[0]["content"]["text"], "--format", "jsonl", "--jobs", "1", *files))
    assert hits
    check_all("match", hits)
    check_all("comparison", [json.loads(run(capsys, "compare", "--format", "json", "-q", "--jobs", "1", *files))])
    check_all("relation", jsonl(run(capsys, "relate", extracted[0]["content"]["text"], extracted[-1]["content"]["text"])))


# Every command with a JSON output: its arguments on the seeds, and the schema of one record.
ROOT_DATA = SEEDS.parent / "tests" / "data"
JSON_COMMANDS = {
    "sentences": (["sentences", "--headlines", "--jobs", "1"], "sentence"),
    "extract": (["extract", "--jobs", "1"], "attribution"),
    "demo": (["demo"], "article-summary"),
    "match": (["match", "--jobs", "1"], "cluster"),
    "contradictions": (["contradictions", "--jobs", "1"], "mark"),
    "find": (["find", "قال الجيش الأمريكي", "--jobs", "1"], "match"),
}


@pytest.mark.parametrize("command", sorted(JSON_COMMANDS))
def test_every_command_json_and_jsonl_follow_the_record_schema(capsys, command):
    """``--format json`` is one list of the records that ``--format jsonl`` prints a line each."""
    args, schema = JSON_COMMANDS[command]
    as_list = json.loads(run(capsys, *args, str(SEEDS), "--format", "json"))
    lines = jsonl(run(capsys, *args, str(SEEDS), "--format", "jsonl"))
    assert isinstance(as_list, list) and as_list == lines and lines
    check_all(schema, lines)


def test_compare_jsonl_lines_follow_their_schema(capsys):
    lines = jsonl(run(capsys, "compare", "--format", "jsonl", "-q", "--jobs", "1", str(SEEDS)))
    check_all("comparison-line", lines)
    document = json.loads(run(capsys, "compare", "--format", "json", "-q", "--jobs", "1", str(SEEDS)))
    assert sum(len(v) for v in document.values() if isinstance(v, list)) == len(lines)
    wrong = {"section": "clusters", "record": lines[0]["record"] if lines[0]["section"] == "articles" else {}}
    assert list(validator("comparison-line").iter_errors(wrong)), "a record under the wrong section is refused"


def test_eval_reports_follow_their_schema(capsys):
    data = ROOT_DATA
    story = data / "real_stories" / "egypt_fm_visit"
    reports = [
        run(capsys, "eval", str(data / "gold_attributions.jsonl"), str(SEEDS), "--format", "json"),
        run(capsys, "eval", "--baseline", "--cross-article", str(story / "gold"), str(story / "articles"),
            "--clusters", str(story / "clusters.json"), "--stories", str(story / "stories.json"), "--format", "json"),
        run(capsys, "eval", "--disputes", str(data / "real_disputes"), "--format", "json"),
        run(capsys, "eval", "--stance", str(data / "ans" / "pairs.csv"), "--format", "json"),
        run(capsys, "eval", "--track", str(data / "unifiedfc" / "claims.jsonl"), "--format", "json"),
    ]
    check_all("eval", [json.loads(r) for r in reports])
    assert list(validator("eval").iter_errors({"gold": 1, "predicted": 1})), "a report missing its scores is refused"


def test_cli_relate_pairs_follow_the_schema(capsys, tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("# pairs\nنفى الجيش الخبر\tأكد الجيش الخبر\nارتفع عدد القتلى إلى 10\tقتل 12 شخصا\n", encoding="utf-8")
    rows = jsonl(run(capsys, "relate", "--pairs", str(pairs)))
    assert [r["line"] for r in rows] == [2, 3]
    check_all("relation", rows)


def test_cli_track_outputs_follow_their_schemas(capsys, tmp_path):
    db = str(tmp_path / "t.sqlite")
    check_all("track-add", [json.loads(run(capsys, "track", "add", "-q", db, str(SEEDS), "--format", "json"))])
    stories = jsonl(run(capsys, "track", "stories", db, "--format", "jsonl"))
    assert stories
    check_all("track-story", stories)
    check_all("track-claim", jsonl(run(capsys, "track", "show", db, stories[0]["id"], "--format", "jsonl")))
    check_all("track-event", jsonl(run(capsys, "track", "timeline", db, stories[0]["id"], "--format", "jsonl")))
    exported = jsonl(run(capsys, "track", "export", db, "--format", "jsonl"))
    assert exported
    check_all("track-export", exported)
    check_all("track-stats", [json.loads(run(capsys, "track", "stats", db, "--format", "json"))])
    check_all("track-stats", jsonl(run(capsys, "track", "reindex", db, "--format", "jsonl")))
