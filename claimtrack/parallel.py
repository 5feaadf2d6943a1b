"""Reading and extraction of many articles in a process pool (``--jobs N``), results in input order.

Each article is read and extracted on its own, so the work splits per file; the results are gathered in the
order the files were given, so the output is byte-identical to one process (``jobs=1``, which runs here
without a pool).  A file that cannot be read comes back as its one-line :class:`InputError` message, as in
one process; any other exception raised in a worker is raised again here.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence, Union

from .attribution import extract_attributions
from .errors import InputError
from .lexicon import use_user_lexicon, user_lexicon
from .models import Article, Attribution
from .reader import MAX_ARTICLE_BYTES, read_article

__all__ = ["Jobs", "Runner", "default_jobs", "extract_many", "prime_corpus", "read_articles", "shared_pool"]

_CHUNK = 4  # articles per task: fewer round trips, still an even split over a few hundred files


class Runner(Protocol):
    """Runs a picklable function over items elsewhere (other processes, other machines)."""

    def map(self, fn: Callable[[Any], Any], items: list) -> Iterable[Any]:
        """``fn`` of each item, in the order of ``items``."""
        ...


Jobs = Union[int, Runner]  # a number of local processes, or a runner


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _read(item: "tuple[Path, str | None, dt.date | str | None, bool, str | None, int | None]"
          ) -> "tuple[Article | None, list[Attribution] | None, str | None]":
    path, outlet, published, extract, encoding, max_bytes = item
    try:
        article = read_article(path, outlet=outlet, published=published, encoding=encoding, max_bytes=max_bytes)
    except InputError as err:
        return None, None, str(err)
    return article, (extract_attributions(article) if extract else None), None


def _start_worker(lexicon: "Path | None") -> None:
    """In a new worker process: the user lexicon of the parent (a forked worker has it already)."""
    if user_lexicon() != lexicon:
        use_user_lexicon(lexicon)


def _extract(article: Article) -> list[Attribution]:
    return extract_attributions(article)


def _map(fn, items: list, jobs: Jobs) -> Iterator:
    """``fn`` over ``items`` in input order; a pool only when there is more than one job and item."""
    if not isinstance(jobs, int):
        yield from jobs.map(fn, items)
        return
    jobs = min(jobs, len(items))
    if jobs <= 1:
        yield from map(fn, items)
        return
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker,
                                                  initargs=(user_lexicon(),))
    try:
        yield from pool.map(fn, items, chunksize=max(1, min(_CHUNK, len(items) // (jobs * 2))))
    finally:  # an error, or a caller that stops early: the tasks not started are dropped
        pool.shutdown(wait=True, cancel_futures=True)


class _PoolRunner:
    """One process pool lent to several calls (a :class:`Runner`)."""

    def __init__(self, pool: concurrent.futures.ProcessPoolExecutor, jobs: int) -> None:
        self.pool, self.jobs = pool, jobs

    def map(self, fn: Callable[[Any], Any], items: list) -> Iterable[Any]:
        return self.pool.map(fn, items, chunksize=max(1, min(_CHUNK, len(items) // (self.jobs * 2))))


@contextlib.contextmanager
def shared_pool(jobs: Jobs) -> Iterator[Jobs]:
    """``jobs`` as one pool kept open for several calls of :func:`extract_many` (the batches of a record file),
    so the worker processes start once, not once a batch; a runner or a single job is handed on as it is."""
    if not isinstance(jobs, int) or jobs <= 1:
        yield jobs
        return
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker,
                                                  initargs=(user_lexicon(),))
    try:
        yield _PoolRunner(pool, jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def read_articles(files: Sequence[Path], meta: "dict[str, tuple]", jobs: Jobs, *, extract: bool = False,
                  encoding: str | None = None, max_bytes: int | None = MAX_ARTICLE_BYTES,
                  ) -> "Iterator[tuple[Article | None, list[Attribution] | None, str | None]]":
    """Per file, in order: (article, its attributions if ``extract``, None), or (None, None, the error line).

    ``encoding`` and ``max_bytes`` are those of :func:`~claimtrack.reader.read_article`."""
    items = [(p, *meta.get(p.stem, (None, None)), extract, encoding, max_bytes) for p in files]
    return _map(_read, items, jobs)


def extract_many(articles: Sequence[Article], jobs: Jobs) -> list[list[Attribution]]:
    """The attributions of each article, in order (as :func:`extract_attributions` on each)."""
    return list(_map(_extract, list(articles), jobs))


def prime_corpus(corpus, records: "Sequence[list[Attribution]]") -> None:
    """Give ``corpus`` the attributions already extracted for its articles (``records``: one list per article, in
    the corpus's order), so it does not extract them again; the same tuple its ``attributions`` would build."""
    if len(records) != len(corpus.articles):
        raise ValueError("prime_corpus: one list of attributions per article of the corpus is needed")
    corpus.__dict__["attributions"] = tuple(a for recs in records for a in recs)
