"""The fuzz run (``make fuzz``): the whole pipeline over a million generated inputs, in chunks, with a fixed seed.

    python -m tests.fuzz --inputs 1000000 --seed 17 --jobs 2

Each input is one article file drawn by :class:`tests.generate.ArticleGenerator` (chunk ``k`` of seed ``S``
is drawn from ``random.Random(f"{S}:{k}")``, so any chunk can be drawn again alone).  A chunk's files are
written to a temporary folder, then

- per file: ``read_article`` (a hostile file may be refused, with :class:`InputError` only, and a readable
  one must not be), ``split_sentences`` (exact spans; the body sentences tile each paragraph) and
  ``extract_attributions`` (no sentence skipped on an exception, exact spans of cue, source, content, the
  mentions it went through and the hedges);
- per chunk: a :class:`Corpus` of the chunk's articles over four outlets (its extraction must equal the one
  above: same input, same output), claim clusters, stories, ``contradictions``, ``compare_outlets``,
  ``render_html`` (no markup from the text left unescaped), ``render_markdown``, the JSON comparison,
  ``find`` and ``relate``, and the store (:class:`claimtrack.Tracker` in a temporary SQLite file: add,
  stats, stories, claims, timeline, export);
- every output is hashed into the chunk's digest; one chunk in ``--replay-every`` is computed again in this
  process and in a subprocess under another ``PYTHONHASHSEED``, and the digests must agree.

A failure (an exception, a span or tiling violation, a digest that differs, a chunk over ``--timeout``
seconds) is printed and its input saved under ``tests/data/fuzz_regressions/`` (the smallest set of the
chunk's files that still fails), which ``tests/test_fuzz_regressions.py`` replays in the normal suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import logging
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
REGRESSIONS = ROOT / "tests" / "data" / "fuzz_regressions"
OUTLETS = ("outlet-a", "outlet-b", "outlet-c", "outlet-d")
SLOW = 5.0  # an article taking longer than this (seconds) is listed in the summary


@attrs.define
class Outcome:
    """What one set of files gave: a digest of every output, the failures, and counts."""

    digest: str = ""
    parts: dict[str, str] = attrs.field(factory=dict)  # a digest per stage, to say which one differs
    failures: list[dict[str, Any]] = attrs.field(factory=list)
    read: int = 0
    refused: int = 0
    attributions: int = 0
    slow: list[tuple[float, str]] = attrs.field(factory=list)
    times: dict[str, float] = attrs.field(factory=dict)  # process time per stage


def canonical(obj: Any) -> Any:
    """A JSON-able form of ``obj`` that does not depend on hash order (sets sorted, records by field)."""
    if attrs.has(type(obj)):
        return [type(obj).__name__] + [canonical(getattr(obj, f.name)) for f in attrs.fields(type(obj)) if f.eq]
    if isinstance(obj, (list, tuple)):
        return [canonical(x) for x in obj]
    if isinstance(obj, (set, frozenset)):
        return sorted((canonical(x) for x in obj), key=repr)
    if isinstance(obj, dict):
        return sorted(([canonical(k), canonical(v)] for k, v in obj.items()), key=repr)
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    return type(obj).__name__  # an object held by a record (the corpus of a comparison): hashed elsewhere


def _error(err: BaseException) -> str:
    lines = traceback.format_exception(err)
    where = [ln for ln in lines if ln.startswith('  File "') and "claimtrack" in ln]
    return f"{type(err).__name__}: {err}"[:500] + (f" [{where[-1].strip()}]" if where else "")


# What a file's bytes say it is, written here apart from the reader: a byte order mark decides the encoding
# (UTF-32 before UTF-16, whose mark begins UTF-32-LE's) and is dropped; without one, UTF-8.
_MARKS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8"),
          (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def expected_text(data: bytes) -> str:
    """The file's text as the reader must decode it (raises UnicodeDecodeError when it cannot be)."""
    for mark, codec in _MARKS:
        if data.startswith(mark):
            return data[len(mark):].decode(codec)
    return data.decode("utf-8")


def _readable(data: bytes) -> bool:
    """Whether a file must be read rather than refused: decodable (UTF-8, or as its byte order mark says), not
    empty or blank once a BOM is dropped (invisible format characters, zero-width and direction marks, count as
    blank), no NUL, not Arabic garbled as Latin-1 (``claimtrack.reader.decode.mojibake``)."""
    from claimtrack.reader.decode import mojibake

    try:
        text = expected_text(data)
    except UnicodeDecodeError:
        return False
    visible = any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text)
    return visible and "\x00" not in text and not mojibake(text)


def check_sentences(article, out: Outcome, digest_of, where: str) -> None:
    """The sentences of one article: exact spans, tiling each paragraph, indexes 0..n-1."""
    from claimtrack import split_sentences
    from claimtrack.spans import spans_tile

    text = article.text

    def fail(error: str) -> None:
        out.failures.append({"stage": "sentences", "error": error, "inputs": [where]})

    for b in article.blocks:
        if not 0 <= b.span.start <= b.span.end <= len(text):
            fail(f"block {b.kind} span {b.span} outside the text of {len(text)}")
    try:
        sentences = split_sentences(article)
        with_headlines = split_sentences(article, headlines=True)
    except Exception as err:  # noqa: BLE001 -- any exception is a finding
        fail(_error(err))
        return
    for s in (*sentences, *with_headlines):
        if text[s.start:s.end] != s.text:
            fail(f"sentence {s.index} span {s.span}: text[start:end] != sentence text")
    for index, paragraph in enumerate(article.paragraphs):
        inside = [s.span for s in sentences if s.paragraph == index]
        if not spans_tile(inside, text, paragraph):
            fail(f"the sentences do not tile paragraph {index} {paragraph}")
    if [s.index for s in with_headlines] != list(range(len(with_headlines))):
        fail("sentence indexes are not 0..n-1")
    digest_of("sentences", with_headlines)


def check_attributions(article, found: list, out: Outcome, where: str) -> None:
    """The attributions of one article: exact spans of cue, source, content, the mentions and hedges; unique ids."""
    text = article.text
    for a in found:
        for item in (a.cue, a.source, a.content, *a.source.via, *a.hedges):
            if text[item.span.start:item.span.end] != item.text:
                out.failures.append({"stage": "extract", "inputs": [where], "error":
                                     f"{a.id}: {type(item).__name__} span {item.span}: text[start:end] != {item.text[:80]!r}"})
        if not 0 <= a.sentence.start <= a.sentence.end <= len(text):
            out.failures.append({"stage": "extract", "error": f"{a.id}: sentence span {a.sentence} outside the text",
                                 "inputs": [where]})
    if len({a.id for a in found}) != len(found):
        out.failures.append({"stage": "extract", "error": "attribution ids are not unique", "inputs": [where]})


class _Skipped(logging.Handler):
    """Collects what extraction logs when it skips a sentence that raised (a finding, not a quiet loss)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def check_files(files: list[tuple[Path, str]], *, store: Path, full: bool = True) -> Outcome:
    """Run the whole pipeline over ``files`` ((path, outlet) pairs), checking every output; see the module doc.
    With ``full=False``, stop after extraction (read, sentences, extract)."""
    from claimtrack import Corpus, InputError, Tracker, contradictions, find, read_article, relate
    from claimtrack.compare import compare_outlets
    from claimtrack.report import comparison_to_json, render_html, render_markdown

    out = Outcome()
    digests: dict[str, Any] = {}

    folder = str(files[0][0].parent) if files else "//"

    def digest_of(part: str, value: Any) -> None:  # where the files were written is not an output
        h = digests.setdefault(part, hashlib.sha256())
        h.update(json.dumps(canonical(value), ensure_ascii=False).replace(folder, "<folder>").encode())

    def stage(name: str, run, inputs: list[str] | None = None):
        started = time.process_time()
        try:
            return run()
        except Exception as err:  # noqa: BLE001 -- any exception is a finding
            out.failures.append({"stage": name, "error": _error(err), "inputs": inputs or [p.name for p, _ in files]})
            return None
        finally:
            out.times[name] = out.times.get(name, 0.0) + time.process_time() - started

    skipped = _Skipped()
    logger = logging.getLogger("claimtrack.attribution")
    logger.addHandler(skipped)
    try:
        articles = {}
        for path, outlet in files:
            data = path.read_bytes()
            try:
                article = read_article(path, outlet=outlet)
            except InputError as err:
                out.refused += 1
                digest_of("read", f"refused {err}".replace(str(path.parent), ""))
                if _readable(data):
                    out.failures.append({"stage": "read", "error": f"a readable file refused: {err}", "inputs": [path.name]})
                continue
            except Exception as err:  # noqa: BLE001
                out.failures.append({"stage": "read", "error": _error(err), "inputs": [path.name]})
                continue
            out.read += 1
            decoded = expected_text(data)
            if not decoded.endswith(article.text) or decoded[: len(decoded) - len(article.text)].strip("\ufeff"):
                out.failures.append({"stage": "read", "error": "the article text is not the file's text", "inputs": [path.name]})
            digest_of("read", article)
            stage("sentences", lambda: check_sentences(article, out, digest_of, path.name), [path.name])
            articles[article.id] = (article, path.name)
        corpus = Corpus(a for a, _ in articles.values())
        # extraction, article by article, as the corpus does it
        by_article: dict[str, list] = {}
        for a in stage("extract", lambda: corpus.attributions) or ():
            by_article.setdefault(a.article, []).append(a)
        for article, name in articles.values():
            check_attributions(article, by_article.get(article.id, []), out, name)
        out.attributions = sum(len(v) for v in by_article.values())
        digest_of("extract", by_article)
        for message in skipped.messages:
            out.failures.append({"stage": "extract", "error": f"a sentence skipped: {message}"[:600],
                                 "inputs": [name for _, name in articles.values() if f"{_.id}" in message] or
                                 [p.name for p, _ in files]})
        skipped.messages.clear()
        if not full:
            return out
        clusters = stage("match", lambda: corpus.clusters)
        stories = stage("stories", lambda: corpus.stories)
        marks = stage("contradictions", lambda: contradictions(corpus))
        comparison = stage("compare", lambda: compare_outlets(corpus, all_clusters=True, marks=marks))
        digest_of("match", [clusters, stories])
        digest_of("contradictions", marks)
        digest_of("compare", comparison)
        if comparison is not None:
            html = stage("html", lambda: render_html(comparison))
            if html is not None and "<script>alert" in html:
                out.failures.append({"stage": "html", "error": "markup from an article left unescaped in the HTML",
                                     "inputs": [p.name for p, _ in files]})
            markdown = stage("markdown", lambda: render_markdown(comparison))
            as_json = stage("json", lambda: json.dumps(comparison_to_json(comparison), ensure_ascii=False, sort_keys=True))
            digest_of("report", [html, markdown, as_json])
        found = corpus.attributions if by_article else ()
        if len(found) >= 2:
            a, b = found[0], found[-1]
            digest_of("relate", stage("relate", lambda: relate(a, b)))
            digest_of("find", stage("find", lambda: find(a.content.text or a.cue.text, corpus, limit=5)))

        def stored() -> list:
            with Tracker(store) as t:
                added = t.add(a for a, _ in articles.values())
                listing = t.stories()
                result = [added, t.stats(), listing, t.claims(), list(t.export())]
                if listing:
                    result.append(t.timeline(listing[0]["id"]))
                return result

        digest_of("store", stage("store", stored))
        for message in skipped.messages:
            out.failures.append({"stage": "store", "error": f"a sentence skipped: {message}"[:600],
                                 "inputs": [p.name for p, _ in files]})
    finally:
        logger.removeHandler(skipped)
        out.parts = {part: h.hexdigest()[:16] for part, h in sorted(digests.items())}
        out.digest = hashlib.sha256(json.dumps(out.parts).encode()).hexdigest()[:32]
    return out


# -- chunks ---------------------------------------------------------------------------------------------


def draw_chunk(seed: int, k: int, size: int) -> list[tuple[str, bytes, str]]:
    """Chunk ``k`` of ``seed``: (file name, bytes, outlet) for each of its ``size`` inputs."""
    from .generate import ArticleGenerator

    rng = random.Random(f"{seed}:{k}")
    gen = ArticleGenerator(rng)
    out = []
    for i in range(size):
        text = gen.article()
        out.append((f"c{k:06d}_{i:04d}.txt", gen.file_bytes(text), OUTLETS[rng.randrange(len(OUTLETS))]))
    return out


def run_inputs(inputs: list[tuple[str, bytes, str]], folder: Path, *, full: bool = True) -> Outcome:
    """Write ``inputs`` to ``folder`` and check them (the folder is emptied first)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    files = []
    for name, data, outlet in inputs:
        (folder / name).write_bytes(data)
        files.append((folder / name, outlet))
    return check_files(files, store=folder / "store.db", full=full)


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001
    raise _Timeout


def run_chunk(task: tuple[int, int, int, int, int, float, bool]) -> dict[str, Any]:
    """Draw and check one chunk (in a worker process); replay it when asked; save what fails."""
    seed, k, size, full_every, replay_every, timeout, save = task
    full = k % full_every == 0
    inputs = draw_chunk(seed, k, size)
    folder = Path(tempfile.gettempdir()) / f"claimtrack-fuzz-{os.getpid()}"
    started = time.perf_counter()
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(int(timeout))
    try:
        out = run_inputs(inputs, folder, full=full)
    except _Timeout:
        out = Outcome(failures=[{"stage": "timeout", "error": f"the chunk took more than {timeout:.0f} s",
                                 "inputs": [name for name, _, _ in inputs]}])
    finally:
        signal.alarm(0)
    took = time.perf_counter() - started
    replayed = bool(replay_every and k % replay_every == 0 and not out.failures)
    if replayed:
        again = run_inputs(inputs, folder, full=full)
        if again.digest != out.digest:
            differ = [p for p in out.parts if again.parts.get(p) != out.parts[p]]
            out.failures.append({"stage": "determinism", "error": f"the same chunk run twice in one process gave other outputs: {differ}",
                                 "inputs": [name for name, _, _ in inputs]})
        other = subprocess.run([sys.executable, "-m", "tests.fuzz", "--digest-of", str(k), "--seed", str(seed),
                                "--chunk", str(size), "--full-every", str(full_every)], cwd=ROOT, capture_output=True, text=True,
                               env=dict(os.environ, PYTHONHASHSEED=str(k % 4_000_000_000 + 1)))
        try:
            parts = json.loads(other.stdout)
        except ValueError:
            parts = {}
        if parts != out.parts:
            differ = [p for p in out.parts if parts.get(p) != out.parts[p]]
            out.failures.append({"stage": "determinism", "error": f"the chunk gave other outputs under PYTHONHASHSEED="
                                 f"{k % 4_000_000_000 + 1}: {differ} {other.stderr[-300:]}",
                                 "inputs": [name for name, _, _ in inputs]})
    saved = []
    for f in out.failures if save else []:
        try:
            saved.append(save_failure(seed, k, inputs, f, folder))
        except Exception as err:  # noqa: BLE001 -- the run goes on; the failure is still printed
            saved.append(f"not saved: {_error(err)}")
    shutil.rmtree(folder, ignore_errors=True)
    return {"k": k, "inputs": len(inputs), "read": out.read, "refused": out.refused, "attributions": out.attributions,
            "failures": out.failures, "saved": saved, "slow": out.slow, "seconds": took, "replayed": replayed,
            "full": full, "times": out.times}


def _guarded(task: tuple[int, int, int, int, int, float, bool]) -> dict[str, Any]:
    """run_chunk, with an error of the harness itself reported as a failure of the chunk, not the end of the run."""
    try:
        return run_chunk(task)
    except Exception as err:  # noqa: BLE001
        return {"k": task[1], "inputs": task[2], "read": 0, "refused": 0, "attributions": 0, "saved": [],
                "failures": [{"stage": "harness", "error": _error(err), "inputs": []}], "slow": [], "seconds": 0.0,
                "replayed": False, "full": False, "times": {}}


def _fails(inputs: list[tuple[str, bytes, str]], stage: str, folder: Path) -> bool:
    signal.alarm(300)
    try:
        return any(f["stage"] == stage for f in run_inputs(inputs, folder, full=stage not in _EXTRACTION).failures)
    except _Timeout:
        return stage == "timeout"
    finally:
        signal.alarm(0)


_EXTRACTION = ("read", "sentences", "extract")


def save_failure(seed: int, k: int, inputs: list[tuple[str, bytes, str]], failure: dict[str, Any], folder: Path) -> str:
    """Save the smallest set of the chunk's files that still fails in ``failure["stage"]`` as a regression case."""
    named = [x for x in inputs if x[0] in set(failure["inputs"])] or inputs
    stage = failure["stage"]
    if len(named) > 1 and stage != "determinism":
        for one in named:  # most failures belong to one file
            if _fails([one], stage, folder):
                named = [one]
                break
    case = REGRESSIONS / f"seed{seed}-chunk{k}-{stage}-{hashlib.sha1(b''.join(d for _, d, _ in named)).hexdigest()[:8]}"
    case.mkdir(parents=True, exist_ok=True)
    for name, data, _ in named:
        (case / name).write_bytes(data)
    meta = {"seed": seed, "chunk": k, "stage": stage, "error": failure["error"],
            "outlets": {name: outlet for name, _, outlet in named}}
    (case / "case.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return str(case.relative_to(ROOT))


def replay_case(case: Path) -> Outcome:
    """Check a saved regression case again (``tests/test_fuzz_regressions.py``)."""
    meta = json.loads((case / "case.json").read_text(encoding="utf-8"))
    inputs = [(name, (case / name).read_bytes(), outlet) for name, outlet in sorted(meta["outlets"].items())]
    with tempfile.TemporaryDirectory() as tmp:
        return run_inputs(inputs, Path(tmp) / "files")


def _warm(_: int = 0) -> None:
    quiet = logging.getLogger("claimtrack.attribution")  # skipped sentences are counted as failures, not printed
    quiet.propagate = False
    quiet.addHandler(logging.NullHandler())
    check_files([], store=Path(tempfile.gettempdir()) / f"claimtrack-fuzz-warm-{os.getpid()}.db")
    for suffix in ("", "-wal", "-shm"):
        Path(tempfile.gettempdir(), f"claimtrack-fuzz-warm-{os.getpid()}.db{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.split("\n\n")[0])
    p.add_argument("--inputs", type=int, default=1_000_000, help="how many generated inputs (default 1,000,000)")
    p.add_argument("--seed", type=int, default=17, help="the fixed seed (default 17)")
    p.add_argument("--chunk", type=int, default=20, help="inputs per chunk (default 20)")
    p.add_argument("--start", type=int, default=0, help="first chunk (to go on with a run cut short)")
    p.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    p.add_argument("--full-every", type=int, default=1,
                   help="run the stages after extraction (match, marks, compare, HTML, store) on one chunk in this "
                        "many (default 1: every chunk); every input is read, split and extracted")
    p.add_argument("--replay-every", type=int, default=500,
                   help="re-run one chunk in this many, in this process and under another PYTHONHASHSEED (default 500)")
    p.add_argument("--timeout", type=float, default=600, help="seconds a chunk may take (default 600)")
    p.add_argument("--no-save", action="store_true", help="do not save failing inputs as regression cases")
    p.add_argument("--digest-of", type=int, metavar="K", help=argparse.SUPPRESS)  # the subprocess replay
    args = p.parse_args(argv)
    if args.digest_of is not None:
        with tempfile.TemporaryDirectory() as tmp:
            inputs = draw_chunk(args.seed, args.digest_of, args.chunk)
            print(json.dumps(run_inputs(inputs, Path(tmp) / "files", full=args.digest_of % args.full_every == 0).parts))
        return 0
    chunks = -(-args.inputs // args.chunk)
    tasks = [(args.seed, k, args.chunk, args.full_every, args.replay_every, args.timeout, not args.no_save)
             for k in range(args.start, chunks)]
    started = time.time()
    totals = {"inputs": 0, "read": 0, "refused": 0, "attributions": 0, "chunks": 0, "full_chunks": 0, "full_inputs": 0,
              "replayed": 0}
    times: dict[str, float] = {}
    failures: list[dict[str, Any]] = []
    slow: list[tuple[float, str]] = []
    print(f"fuzz: seed {args.seed}, {chunks - args.start} chunks of {args.chunk} inputs from chunk {args.start}, "
          f"the whole pipeline on one chunk in {args.full_every}, {args.jobs} processes", flush=True)
    with multiprocessing.get_context("fork").Pool(args.jobs, initializer=_warm) as pool:
        for r in pool.imap_unordered(_guarded, tasks):
            for key in ("inputs", "read", "refused", "attributions"):
                totals[key] += r[key]
            totals["chunks"] += 1
            totals["replayed"] += r["replayed"]
            totals["full_chunks"] += r["full"]
            totals["full_inputs"] += r["inputs"] if r["full"] else 0
            for name, seconds in r["times"].items():
                times[name] = times.get(name, 0.0) + seconds
            slow += r["slow"]
            for f, saved in zip(r["failures"], r["saved"] or [""] * len(r["failures"])):
                failures.append({**f, "chunk": r["k"], "saved": saved})
                print(f"FAIL chunk {r['k']} {f['stage']}: {f['error'][:300]} -> {saved or 'not saved'}", flush=True)
            if totals["chunks"] % 250 == 0 or totals["chunks"] == len(tasks):
                took = time.time() - started
                print(f"{totals['chunks']}/{len(tasks)} chunks, {totals['inputs']:,} inputs, {len(failures)} failures, "
                      f"{took:,.0f} s ({totals['inputs'] / max(took, 1e-9):,.0f} inputs/s)", flush=True)
    took = time.time() - started
    summary = {**totals, "failures": len(failures), "seconds": round(took), "seed": args.seed, "chunk": args.chunk,
               "start": args.start, "jobs": args.jobs, "full_every": args.full_every,
               "cpu_seconds": {name: round(t, 1) for name, t in sorted(times.items())}, "slow": sorted(slow, reverse=True)[:10],
               "failed_stages": sorted({f["stage"] for f in failures})}
    print("summary: " + json.dumps(summary, ensure_ascii=False), flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
