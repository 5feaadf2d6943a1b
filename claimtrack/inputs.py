"""What a command reads: article files and folders (with their ``outlets.json``), record files (.jsonl, .json,
.csv, .zip, ``-``), read and extracted in parallel (:mod:`claimtrack.parallel`), and the corpus built from them.

Shared by the commands of :mod:`claimtrack.cli`, the tracker's (:mod:`claimtrack.cli.track`) among them.
Every failure is an :class:`~claimtrack.errors.InputError` naming the file, or with ``failures`` given is
recorded there and the rest is read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .models import Article
from .parallel import Jobs, extract_many, prime_corpus, read_articles, shared_pool
from .reader import MAX_ARTICLE_BYTES, check_encoding, read_outlets
from .reader.files import HTML_SUFFIXES
from .reader.html import is_report
from .reader.records import is_record_path

if TYPE_CHECKING:
    from .matching import Corpus

__all__ = ["PROGRESS_AT", "RECORDS_AT_ONCE", "iter_articles", "iter_paths", "load_articles", "load_corpus",
           "no_records"]


def iter_paths(paths: Sequence[str], failures: "list[str] | None" = None) -> Iterator[Path]:
    """Article files named by ``paths``: files as given, folders expanded to their ``*.txt`` files and HTML
    pages (``*.html``, ``*.htm``, in any case; read with the extra ``claimtrack[web]``), in name order (such a
    symbolic link that leads nowhere or loops is given too, so that reading it reports it; other entries that
    are not files, such as pipes, are left out).  Hidden files (``._a.txt``, which macOS leaves beside each file
    it copies), sub-folders and record files inside a folder are not read, and a notice on stderr names them.

    A folder that cannot be listed raises :class:`InputError`, or with ``failures`` given is recorded
    there and skipped.
    """
    for name in paths:
        try:
            yield from _expand(Path(name))
        except InputError as err:
            if failures is None:
                raise
            failures.append(str(err))


_ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)  # what a folder is read for (any case: A.TXT too)


def _expand(p: Path) -> list[Path]:
    try:
        if not p.is_dir():
            return _not_reports([p])
        files, hidden, folders, records = [], [], [], []
        for f in sorted(p.iterdir()):
            article = f.suffix.lower() in _ARTICLE_SUFFIXES
            if f.name.startswith("."):  # "._a.txt" (macOS metadata), ".#a.txt" (an editor's lock): no articles
                if article:
                    hidden.append(f.name)
            elif f.is_dir():
                folders.append(f.name + "/")
            elif article and (f.is_file() or (f.is_symlink() and not f.exists())):
                files.append(f)
            elif is_record_path(f.name) and f.name != "outlets.json":
                records.append(f.name)
    except OSError as err:
        raise InputError(f"{p}: cannot list the folder: {err.strerror or err}") from err
    files = _not_reports(files)
    left = []
    if hidden:
        left.append(f"{_few(hidden)} (hidden)")
    if folders:
        left.append(f"{_few(folders)} (sub-folders: name one to read it)")
    if records:
        left.append(f"{_few(records)} (records: name the file to read them)")
    if not files:
        raise InputError(f"{p}: folder holds no .txt article files (nor .html pages)"
                         + (f"; it holds {'; '.join(left)}" if left else ""))
    if left:  # a folder is read for its article files; what else looks like data is named, not dropped unseen
        print(f"claimtrack: notice: {p}: left out {'; '.join(left)}", file=sys.stderr)
    return files


def _not_reports(files: list[Path]) -> list[Path]:
    """``files`` without the reports claimtrack wrote (``compare --html`` saved inside an input folder), each
    left out with a notice on stderr: a report is not an article."""
    kept = []
    for f in files:
        if is_report(f):
            print(f"claimtrack: notice: {f}: a report claimtrack wrote, not an article: skipped", file=sys.stderr)
        else:
            kept.append(f)
    return kept


PROGRESS_AT = 20  # articles; from this many on, progress goes to stderr


def _folder_outlets(name: str) -> Path | None:
    """The ``outlets.json`` inside the folder ``name``, if there is one (a folder that cannot be listed has none
    here; :func:`iter_paths` reports it)."""
    candidate = Path(name) / "outlets.json"
    try:
        return candidate if Path(name).is_dir() and candidate.is_file() else None
    except OSError:
        return None


def load_articles(paths: Sequence[str], outlets: str | None = None, progress: bool = False, *,
                  failures: "list[str] | None" = None, jobs: Jobs = 1,
                  extracted: "list[list] | None" = None, encoding: str | None = None,
                  max_bytes: int | None = MAX_ARTICLE_BYTES, fields: "Mapping[str, str] | None" = None,
                  skipped: "list[str] | None" = None) -> list[Article]:
    """Read the articles named by ``paths``; ``outlets`` is an optional JSON outlet mapping.

    Without ``outlets``, an ``outlets.json`` inside a folder given in ``paths`` is used when present.  The
    first file that cannot be read raises :class:`InputError`; with ``failures`` given, each is recorded there
    (one line naming the file and what is wrong) and the others are read; if none can be read, it raises.
    Ids in an outlet mapping that name no article given are reported on stderr.  ``jobs`` processes read the
    files (:mod:`claimtrack.parallel`); with ``extracted`` given, they also extract each article read, and its
    attributions are appended there, in the order of the articles returned.  ``encoding`` (of files without a
    byte order mark) and ``max_bytes`` (of one article) are those of :func:`~claimtrack.reader.read_article`;
    an unknown ``encoding`` raises :class:`InputError` before anything is read.

    Records (.jsonl, .json, .csv, .zip, ``-``) are read by one :class:`~claimtrack.reader.records.RecordReader`
    (``fields`` maps field names: ``{"text": "body"}``), so an id given again with another text is caught
    across files too.  A bad record is skipped and named with its file and line: in ``skipped`` when given,
    else in ``failures`` (``"skipped: ..."``), else on stderr.  :func:`iter_articles` reads the same one at a
    time, for a caller that need not hold them all.
    """
    articles = []
    for article, records in iter_articles(paths, outlets, progress, failures=failures, jobs=jobs,
                                          extract=extracted is not None, encoding=encoding, max_bytes=max_bytes,
                                          fields=fields, skipped=skipped):
        articles.append(article)
        if extracted is not None and records is not None:
            extracted.append(records)
    return articles


RECORDS_AT_ONCE = 512  # records of one file extracted together (across the processes of --jobs), then handed on


def iter_articles(paths: Sequence[str], outlets: str | None = None, progress: bool = False, *,
                  failures: "list[str] | None" = None, jobs: Jobs = 1, extract: bool = False,
                  encoding: str | None = None, max_bytes: int | None = MAX_ARTICLE_BYTES,
                  fields: "Mapping[str, str] | None" = None,
                  skipped: "list[str] | None" = None) -> Iterator[tuple[Article, "list | None"]]:
    """Each article read as :func:`load_articles` reads them, in the same order, with its attributions when
    ``extract`` (else None), as soon as it is read: memory stays bounded whatever the number of files (a record
    file's records are extracted :data:`RECORDS_AT_ONCE` at a time).  The checks that need every article (ids
    of an outlet mapping that name none; nothing readable at all) are made after the last one."""
    if encoding is not None:
        encoding = check_encoding(encoding)
    mappings: dict[Path, dict] = {}
    if outlets:
        mappings[Path(outlets)] = read_outlets(outlets)
    else:
        usable = []
        for name in paths:
            candidate = _folder_outlets(name)
            try:
                if candidate is not None:
                    mappings[candidate] = read_outlets(candidate)
                usable.append(name)
            except InputError as err:  # the folder is skipped: its articles would lose their outlets
                if failures is None:
                    raise
                failures.append(f"{err} (the folder {name} is skipped)")
        paths = usable
    mapping: dict = {}
    for m in mappings.values():
        mapping.update(m)
    from .reader.records import RecordReader  # .jsonl/.json/.csv/.zip records and "-"

    count = 0
    reader = RecordReader(fields, encoding=encoding, max_bytes=max_bytes)
    with shared_pool(jobs) as pool:  # one pool for every batch of every record file
        for name in (name for name in paths if is_record_path(name)):
            read: list[Article] = []
            stream = reader.read(name)
            before, problems, unread = count, len(reader.problems), len(reader.unread)
            while True:
                error = None
                try:
                    for one in stream:
                        read.append(one)
                        if len(read) >= RECORDS_AT_ONCE:
                            break
                except InputError as err:  # the file itself cannot be read
                    if failures is None:
                        raise
                    error = str(err)
                # the records read before a file-level error are kept; extracted in the processes the files get
                done: list = extract_many(read, pool) if extract else [None] * len(read)
                yield from zip(read, done)
                count += len(read)
                if progress and read and count >= PROGRESS_AT:
                    # a day's zip is read and extracted in batches for a minute or more: say how far it is (as for
                    # files, from PROGRESS_AT on: a file of a few records is read at once and says nothing)
                    print(f"claimtrack: read {count} records", file=sys.stderr)
                if error is not None and failures is not None:
                    failures.append(error)
                if error is not None or len(read) < RECORDS_AT_ONCE:
                    break
                read = []
            others = reader.unread[unread:]
            if count == before and error is None and len(reader.problems) == problems:
                # an empty file, or an empty list: refused as an empty article file is, not an empty result
                empty = InputError(no_records(name, others))
                if failures is None:
                    raise empty
                failures.append(str(empty))
            elif others:  # a zip of records with other files beside them (articles as .txt): said, not dropped unseen
                print(f"claimtrack: notice: {name}: {len(others)} member(s) that are not records left unread: "
                      f"{_few(others)}", file=sys.stderr)
    for notice in reader.notices:  # a record read with a repair that keeps its offsets: said, not hidden
        print(f"claimtrack: notice: {notice}", file=sys.stderr)
    for problem in reader.problems:  # a bad record is skipped and named; the good ones in the file are kept
        if skipped is not None:
            skipped.append(str(problem))
        elif failures is None:
            print(f"claimtrack: skipped: {problem}", file=sys.stderr)
        else:
            failures.append(f"skipped: {problem}")
    paths = [name for name in paths if not is_record_path(name)]
    files = list(iter_paths(paths, failures))
    found = read_articles(files, mapping, jobs, extract=extract, encoding=encoding, max_bytes=max_bytes)
    for n, (article, records, error) in enumerate(found, start=1):
        if error is not None:
            if failures is None:
                raise InputError(error)
            failures.append(error)
        elif article is not None:
            count += 1
            yield article, records
        if progress and len(files) >= PROGRESS_AT and (n % 10 == 0 or n == len(files)):
            print(f"claimtrack: read {n}/{len(files)} articles", file=sys.stderr)
    stems = {p.stem for p in files}
    for source, m in mappings.items():
        unknown = sorted(set(m) - stems)
        if unknown:
            shown = ", ".join(repr(k) for k in unknown[:5]) + (f" and {len(unknown) - 5} more" if len(unknown) > 5 else "")
            print(f"claimtrack: warning: {source}: {len(unknown)} article id(s) name no article given: {shown}",
                  file=sys.stderr)
    if failures and not count:
        if len(failures) == 1 and not skipped:
            raise InputError(failures.pop())
        raise InputError(f"none of the {len(failures)} article files or folders given could be read")
    if skipped and not count:
        raise InputError(f"none of the records given could be used ({len(skipped)} skipped)")


def no_records(name: str, others: Sequence[str] = ()) -> str:
    """The message for the record input ``name`` (``-``: standard input) that holds no record; ``others``, the
    members of a zip that are no record files (articles zipped as .txt)."""
    where = "standard input" if name == "-" else name
    return f"{where}: holds no records" + (f" (a zip's .jsonl, .json and .csv members are read; it holds "
                                           f"{_few(others)})" if others else "")


def _few(names: Sequence[str], shown: int = 3) -> str:
    """``"a.txt, b.txt and 4 more"``: the first names of a list, for a one-line message."""
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


def load_corpus(paths: Sequence[str], outlets: str | None = None, progress: bool = False, *,
                failures: "list[str] | None" = None, jobs: Jobs = 1, encoding: str | None = None,
                max_bytes: int | None = MAX_ARTICLE_BYTES, fields: "Mapping[str, str] | None" = None,
                skipped: "list[str] | None" = None) -> Corpus:
    """The :class:`Corpus` of the articles read as :func:`load_articles` reads them (an id given twice is an
    error, or with ``failures`` given is recorded there and the later article left out)."""
    from .matching import Corpus  # here: reading and extracting alone (`claimtrack extract`) do not import matching

    corpus = Corpus()
    seen: dict[str, str | None] = {}
    extracted: list[list] = []
    articles = load_articles(paths, outlets, progress, failures=failures, jobs=jobs, extracted=extracted,
                             encoding=encoding, max_bytes=max_bytes, fields=fields, skipped=skipped)
    records = {id(a): r for a, r in zip(articles, extracted)}
    for article in articles:
        if article.id in seen:
            err = InputError(f"{article.path}: article id {article.id!r} is given twice "
                             f"(also {seen[article.id]}); each file stem must be unique")
            if failures is None:
                raise err
            failures.append(str(err))
            continue
        seen[article.id] = article.path
        corpus.add(article)
    prime_corpus(corpus, [records[id(a)] for a in corpus.articles])
    return corpus
