"""``claimtrack.dask`` on a local Dask cluster of two worker processes: extraction as a bag, matching by blocks,
the same attributions, pair scores, clusters, stories and marks as one process on a real sample."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import claimtrack.dask as ctdask  # noqa: E402
from claimtrack.attribution import extract_attributions  # noqa: E402
from claimtrack.contradiction import contradictions  # noqa: E402
from claimtrack.inputs import load_corpus  # noqa: E402
from claimtrack.matching import Corpus  # noqa: E402
from claimtrack.matching.corpus import topic_terms  # noqa: E402
from claimtrack.parallel import prime_corpus  # noqa: E402
from claimtrack.reader import read_article  # noqa: E402

from .conftest import DATA  # noqa: E402
from .test_records_input import real_records  # noqa: E402

REAL = DATA / "real" / "articles"  # 96 real articles from SaudiNewsNet, seven days from 2015-07-21 (manifest.tsv)
MALIKI = DATA / "real_stories" / "maliki_reactions"


def _same_analysis(corpus, reference):
    assert corpus.attributions == reference.attributions
    terms = {t for c in reference.claims for t in topic_terms(c.key)}
    assert [corpus.weight()(t) for t in sorted(terms)] == [reference.weight()(t) for t in sorted(terms)]
    assert list(corpus.pair_scores.items()) == list(reference.pair_scores.items())  # the same pairs, in order
    assert corpus.clusters == reference.clusters
    assert corpus.stories == reference.stories


def test_without_a_client_the_local_processes_run_it():
    """First in the file: the module's cluster, once started, is the default client."""
    assert ctdask._client() is None
    paths = [str(MALIKI / "articles")]
    _same_analysis(ctdask.load_corpus(paths), load_corpus(paths, jobs=1))


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def outlets(tmp_path_factory):
    """The real sample's outlets and days (the crawler's date_extracted) from its manifest: seven days."""
    lines = (DATA / "real" / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    path = tmp_path_factory.mktemp("real") / "outlets.json"
    path.write_text(json.dumps({r["id"]: {"outlet": r["outlet"], "published": r["date_extracted"][:10]} for r in rows}),
                    encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def one_process(outlets):
    corpus = load_corpus([str(REAL)], outlets, jobs=1)
    corpus.stories  # noqa: B018  (worked out now, once)
    return corpus


def test_real_sample_matches_as_in_one_process(client, one_process, outlets):
    corpus = ctdask.load_corpus([str(REAL)], outlets, client=client)
    assert len({a.published for a in corpus.articles}) == 7
    _same_analysis(corpus, one_process)
    assert len(one_process.clusters) > 300 and any(len(c.articles) > 1 for c in one_process.clusters)
    assert contradictions(corpus) == contradictions(one_process)


def test_small_blocks_and_tasks_change_nothing(client, one_process):
    """Many scoring blocks and clustering tasks (a group of connected claims is never cut), windows of a day."""
    corpus = Corpus(one_process.articles)  # extracted once, matched again
    prime_corpus(corpus, [[a for a in one_process.attributions if a.article == art.id] for art in corpus.articles])
    ctdask.match(corpus, client=client, pairs_per_task=60, claims_per_task=25, window_days=1)
    _same_analysis(corpus, one_process)


def test_extract_bag_over_files_and_records(client, tmp_path):
    files = sorted((MALIKI / "articles").glob("*.txt"))[:4]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfd bad")
    rows = ctdask.extract_bag([*files, bad], partition_size=2).compute()
    assert [r[1] for r in rows[:-1]] == [extract_attributions(read_article(p)) for p in files]
    assert rows[-1][:2] == (None, None) and "bad.txt: not valid UTF-8" in rows[-1][2]
    articles = [r[0] for r in rows[:-1]]
    assert ctdask.extract_bag(articles).compute() == [(a, extract_attributions(a), None) for a in articles]


def test_records_and_outlets_read_as_in_one_process(client, tmp_path):
    """A .jsonl of SaudiNewsNet-shaped records beside a folder with its outlets.json."""
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in real_records(limit=3)), encoding="utf-8")
    paths = [str(path), str(MALIKI / "articles")]
    _same_analysis(ctdask.load_corpus(paths, client=client, partition_size=2), load_corpus(paths, jobs=1))
