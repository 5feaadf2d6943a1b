"""Extraction and claim matching on a Dask cluster: one machine's cores or many machines (``claimtrack[dask]``).

- Extraction is a :mod:`dask.bag` over the article files (each read and extracted where it runs) or over the
  articles of record files (.jsonl, .json, .csv, .zip); the results come back in input order.
- Matching: the terms of every sentence are counted on the cluster (in parts, summed) for the term weights;
  the claims, reprint groups and candidate pairs (an inverted index over rare terms) are worked out here, on
  the client.  The pairs are scored on the cluster in blocks, by date window (of
  the earlier article) and blocking key (the rarest index term the two claims share), so that a block needs the
  claims of one window and one term only; no pair is left out, so the scores are those of one process.  Claims
  are then clustered on the cluster too, one task per group of connected claims (joined by a reprint, a
  back-reference, a counter-claim or a pair scored "same": no cluster reaches beyond them), and the clusters
  merged here, numbered as one process numbers them.

The result is a :class:`~claimtrack.matching.Corpus` whose stories, contradictions and comparison follow as in
one process, with the same output::

    from distributed import Client
    import claimtrack.dask

    client = Client("tcp://scheduler:8786")          # or Client() for a local cluster
    corpus = claimtrack.dask.load_corpus(["articles/"], client=client, progress=True)
    print(len(corpus.clusters), len(corpus.stories))

Without a client (and no default one), the local processes scheduler runs the tasks.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

try:
    import dask
    import dask.bag as db
except ImportError as err:  # pragma: no cover - the message says what to install
    raise ImportError("claimtrack.dask needs Dask: pip install 'claimtrack[dask]'") from err

from .inputs import load_corpus as _load_corpus
from .matching import Corpus
from .matching.candidates import WINDOW_DAYS  # the date window of the scoring blocks, in days
from .matching.corpus import term_counts
from .matching.clusters import Cluster, cluster_claims
from .matching.pairs import PairScores
from .matching.score import Claim, PairScore
from .matching.unionfind import UnionFind
from .models import Article, id_order
from .parallel import read_articles
from .reader import MAX_ARTICLE_BYTES

__all__ = ["DaskJobs", "extract_bag", "load_corpus", "match"]

PARTITION = 8  # articles per partition of the extraction bag
PAIRS_PER_TASK = 4000  # scored pairs per task (blocks are packed into tasks of about this many)
CLAIMS_PER_TASK = 2000  # claims per clustering task (groups of connected claims are packed)
ARTICLES_PER_TASK = 50  # articles per task counting the sentences' terms


def _client(client: Any = None) -> Any:
    """The client given, else the default Dask client, else None (the local processes scheduler)."""
    if client is not None:
        return client
    try:
        from distributed import default_client
    except ImportError:  # pragma: no cover - dask without distributed
        return None
    try:
        return default_client()
    except ValueError:
        return None


def _compute(tasks: Sequence[Any], client: Any, progress: bool, what: str) -> list:
    """The results of Dask ``tasks`` (bags or delayed), in order; with ``progress``, ``what`` is done and a
    progress bar on stderr."""
    if progress:
        print(f"claimtrack: {what}", file=_stderr())
    if client is None:
        if progress:
            from dask.diagnostics import ProgressBar

            with ProgressBar(out=_stderr()):
                return list(dask.compute(*tasks, scheduler="processes"))
        return list(dask.compute(*tasks, scheduler="processes"))
    futures = client.compute(list(tasks))
    if progress:  # distributed draws its bar on stdout, which is kept for the output
        from distributed import progress as show

        with contextlib.redirect_stdout(_stderr()):
            show(futures)
    return list(client.gather(futures))


def _stderr() -> Any:
    return sys.stderr  # looked up when used (a test's capture replaces it)


@attrs.define
class DaskJobs:
    """A runner for :mod:`claimtrack.parallel` (``jobs=DaskJobs(client)``): each item's function runs in a
    partition of a :mod:`dask.bag` on ``client`` (default: the default client, else local processes)."""

    client: Any = None
    partition_size: int = PARTITION
    progress: bool = False

    def map(self, fn: Callable[[Any], Any], items: list) -> list:
        if not items:
            return []
        bag = db.from_sequence(items, partition_size=self.partition_size).map(fn)
        return _compute([bag], _client(self.client), self.progress, f"reading and extracting {len(items)} articles")[0]


def extract_bag(items: Iterable[Any], *, partition_size: int = PARTITION, encoding: str | None = None,
                max_bytes: int | None = MAX_ARTICLE_BYTES) -> "db.Bag":
    """A bag of ``(article, attributions, None)`` per item, in order, or ``(None, None, error line)`` for a
    file that cannot be read: ``items`` are article files (read where the partition runs) or
    :class:`~claimtrack.models.Article` s (records read before)."""
    bag = db.from_sequence(list(items), partition_size=partition_size)
    return bag.map(_extract_item, encoding, max_bytes)


def _extract_item(item: Any, encoding: str | None, max_bytes: int | None) -> Any:
    if isinstance(item, Article):
        from .attribution import extract_attributions

        return item, extract_attributions(item), None
    return next(iter(read_articles([item], {}, 1, extract=True, encoding=encoding, max_bytes=max_bytes)))


def load_corpus(paths: Sequence[str], outlets: str | None = None, *, client: Any = None, progress: bool = False,
                failures: "list[str] | None" = None, encoding: str | None = None,
                max_bytes: int | None = MAX_ARTICLE_BYTES, partition_size: int = PARTITION) -> Corpus:
    """The corpus of ``paths`` as :func:`claimtrack.inputs.load_corpus` reads it, extracted on the cluster
    and matched there (:func:`match`)."""
    jobs = DaskJobs(client, partition_size, progress)
    corpus = _load_corpus(paths, outlets, failures=failures, jobs=jobs, encoding=encoding, max_bytes=max_bytes)
    match(corpus, client=client, progress=progress)
    return corpus


def match(corpus: Corpus, *, client: Any = None, progress: bool = False, window_days: int = WINDOW_DAYS,
          pairs_per_task: int = PAIRS_PER_TASK, claims_per_task: int = CLAIMS_PER_TASK,
          articles_per_task: int = ARTICLES_PER_TASK) -> tuple[Cluster, ...]:
    """Count the terms of the sentences of ``corpus`` (the weights), score its candidate pairs and cluster its
    claims on the cluster; the corpus keeps all three (its weights, ``pair_scores`` and ``clusters`` are those
    one process finds).  Returns the clusters."""
    client = _client(client)
    _count_terms(corpus, client, progress, articles_per_task)
    scores = _pair_scores(corpus, client, progress, window_days, pairs_per_task)
    corpus.__dict__["pair_scores"] = scores  # as prime_corpus gives the attributions
    clusters = _clusters(corpus, scores, client, progress, claims_per_task)
    corpus.__dict__["clusters"] = clusters
    return clusters


def _count_terms(corpus: Corpus, client: Any, progress: bool, per_task: int) -> None:
    """The term counts of :meth:`Corpus.weight`, counted in parts and summed (a count is additive)."""
    articles = corpus.articles
    tasks = [dask.delayed(_term_counts)(articles[k : k + per_task]) for k in range(0, len(articles), per_task)]
    df: Counter[str] = Counter()
    n = 0
    for part, sentences in _compute(tasks, client, progress, f"counting the terms of {len(articles)} articles"):
        df.update(part)
        n += sentences
    corpus.count_terms_elsewhere(df, n)


def _term_counts(articles: Sequence[Article]) -> tuple[Counter[str], int]:
    """In how many sentences of ``articles`` each topic term is (a sentence counted as often as it occurs), and
    how many sentences there are."""
    return term_counts(articles)


def _pair_scores(corpus: Corpus, client: Any, progress: bool, window_days: int,
                 per_task: int) -> PairScores:
    pairs = corpus.candidate_pairs()
    if not pairs:
        return PairScores()
    published = {a.id: a.published for a in corpus.articles}
    postings = Counter(f for c in {c.id: c for p in pairs for c in p}.values() for f in c.key.features)

    def block(pair: tuple[Claim, Claim]) -> tuple[int, str]:
        days = [d.toordinal() for c in pair if (d := published.get(c.attribution.article)) is not None]
        shared = pair[0].key.features & pair[1].key.features
        term = min(shared, key=lambda f: (postings[f], f)) if shared else ""
        return (min(days) // window_days if days else -1), term

    blocks: dict[tuple[int, str], list[int]] = defaultdict(list)
    for n, pair in enumerate(pairs):
        blocks[block(pair)].append(n)
    scorer = corpus.scorer()
    shared_scorer = client.scatter(scorer, broadcast=True) if client is not None else dask.delayed(scorer)
    tasks, order = [], []
    for numbers in _packed((blocks[k] for k in sorted(blocks)), per_task):
        claims = {c.id: c for n in numbers for c in pairs[n]}
        tasks.append(dask.delayed(_score_block)(shared_scorer, tuple(claims.values()),
                                                [(pairs[n][0].id, pairs[n][1].id) for n in numbers]))
        order.append(numbers)
    found: list[PairScore | None] = [None] * len(pairs)
    for numbers, scored in zip(order, _compute(tasks, client, progress, f"scoring {len(pairs)} candidate pairs")):
        for n, s in zip(numbers, scored):
            found[n] = s
    return PairScores(((a.id, b.id), s) for (a, b), s in zip(pairs, found) if s is not None)


def _packed(lists: Iterable[list[int]], size: int) -> Iterable[list[int]]:
    """Consecutive lists joined into runs of about ``size`` items (a longer list is cut)."""
    run: list[int] = []
    for items in lists:
        for start in range(0, len(items), size):
            part = items[start : start + size]
            if run and len(run) + len(part) > size:
                yield run
                run = []
            run.extend(part)
    if run:
        yield run


def _score_block(scorer: Corpus, claims: tuple[Claim, ...], pairs: list[tuple[str, str]]) -> list[PairScore]:
    by_id = {c.id: c for c in claims}
    return [scorer.score(by_id[a], by_id[b]) for a, b in pairs]


def _clusters(corpus: Corpus, scores: Mapping[tuple[str, str], PairScore], client: Any, progress: bool,
              per_task: int) -> tuple[Cluster, ...]:
    """Clusters of connected claims, one task per pack of them, merged and numbered as one process does."""
    claims, groups = corpus.claims, corpus.groups
    links = corpus.counter_claims()
    joined = UnionFind(c.id for c in claims)
    for rep, copies in groups.items():
        for m in copies[1:]:
            joined.union(rep, m)
    for c in claims:
        if c.attribution.content.refers_to in joined.parent:
            joined.union(c.id, c.attribution.content.refers_to)
    for x, y in links:
        joined.union(x, y)
    for (x, y), s in scores.items():
        if s.kind == "same":
            joined.union(x, y)
    members: dict[str, list[int]] = defaultdict(list)  # component -> its claims' positions
    for n, c in enumerate(claims):
        members[joined.find(c.id)].append(n)
    pack_of: dict[str, int] = {}  # claim id -> its task; a component is never cut
    packs: list[list[int]] = [[]]
    for positions in members.values():
        if packs[-1] and len(packs[-1]) + len(positions) > per_task:
            packs.append([])
        packs[-1].extend(positions)
        pack_of.update((claims[n].id, len(packs) - 1) for n in positions)
    parts: list[dict[str, Any]] = [{"groups": {}, "links": [], "scores": {}} for _ in packs]
    for rep, copies in groups.items():
        parts[pack_of[rep]]["groups"][rep] = copies
    for x, y in links:
        parts[pack_of[x]]["links"].append((x, y))
    for (x, y), s in scores.items():  # in their order: ties are taken in it
        if pack_of[x] == pack_of[y]:
            parts[pack_of[x]]["scores"][(x, y)] = s
    outlet = {a.id: a.outlet or a.id for a in corpus.articles}
    tasks = []
    for positions, part in zip(packs, parts):
        mine = [claims[n] for n in sorted(positions)]  # in the corpus's order, as one process takes them
        tasks.append(dask.delayed(_cluster_block)(mine, part["groups"], part["links"], part["scores"],
                                                  {a: outlet[a] for a in {c.attribution.article for c in mine}}))
    found = [c for part in _compute(tasks, client, progress, f"clustering {len(claims)} claims") for c in part]
    found.sort(key=lambda c: id_order(c.claims[0]))
    return tuple(attrs.evolve(c, id=f"c{n}") for n, c in enumerate(found, start=1))


def _cluster_block(claims: list[Claim], groups: dict[str, tuple[str, ...]], links: list[tuple[str, str]],
                   scores: dict[tuple[str, str], PairScore], outlets: dict[str, str]) -> tuple[Cluster, ...]:
    return cluster_claims(claims, groups, links, scores, outlets.__getitem__)
