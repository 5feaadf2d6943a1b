"""Extraction against one regex pass of the reporting verbs over the same real files (issue 14).

    python3 benchmarks/extract_ratio.py [--articles 1000] [--runs 5] [--corpus DIR] [--no-stages]

Writes the first ``--articles`` articles of the first SaudiNewsNet day file (``../shared/corpora/saudinewsnet``,
relative to the repository; the title, an empty line and the content, as tests/data/real holds them) to a
temporary folder, then times as whole processes, in turn: (a) one pass of a ``regex`` alternation of the
reporting verbs (the lemma and imperfect columns of claimtrack/data/reporting_verbs.tsv, with و/ف, longest
first) over every file, (b) ``claimtrack extract --format jsonl --jobs 1`` over the same folder, and (c) the
pass of the issue's reference, the first 60 lemmas alone (a ``regex`` alternation is tried alternative by
alternative: 60 forms run about five times as fast as the ~300 of the whole file).  Without the corpus it says
so and falls back to the seed articles (figures then say little).  Prints the CPU time (user + sys, the kernel's
accounting of each finished process; steadier than wall time on a shared machine) and MB/s of each, the ratio
run by run (target: extraction within 4x), and the share of each stage of extraction (one more, in-process run
over the same files, each stage of ``extract_attributions`` timed).
Not part of the test suite; ``benchmarks/test_bench_extract_ratio.py`` runs the same under pytest-benchmark.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
SEEDS = ROOT / "seeds"
VERBS = ROOT / "claimtrack" / "data" / "reporting_verbs.tsv"


def regex_pass(folder: str, rows: int = 0) -> None:
    """Count the reporting-verb forms in every ``*.txt`` file of ``folder`` with one compiled alternation (of the
    first ``rows`` rows' lemmas only, when given)."""
    import regex

    forms: set[str] = set()
    for line in [ln for ln in VERBS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")][: rows or None]:
        forms.update(f for f in line.split("\t")[: 1 if rows else 2] if f != "-")
    alternation = "|".join(regex.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    pattern = regex.compile(rf"(?<!\w)[\u0648\u0641]?(?:{alternation})(?!\w)")  # و ف
    found = 0
    for path in sorted(Path(folder).glob("*.txt")):
        found += sum(1 for _ in pattern.finditer(path.read_text(encoding="utf-8")))
    print(f"{len(forms)} forms, {found} matches")


def write_articles(folder: Path, n: int, corpus: Path = CORPUS) -> str:
    """Write ``n`` real articles (or the seeds) to ``folder``; return a line saying which."""
    import json
    import zipfile

    days = sorted(corpus.glob("*.zip"))
    if not days or os.environ.get("CLAIMTRACK_BENCH_SEEDS"):
        for p in sorted(SEEDS.glob("*.txt")):
            (folder / p.name).write_bytes(p.read_bytes())
        return f"no corpus at {corpus}: the {len(list(folder.glob('*.txt')))} seed articles (figures say little)"
    written, used = 0, []
    for day in days:
        used.append(day.name)
        with zipfile.ZipFile(day) as z:
            records = json.loads(z.read(z.namelist()[0]))
        for record in records:
            text = (record.get("title") or "").strip() + "\n\n" + (record.get("content") or "")
            if written < n and text.strip():
                (folder / f"{day.stem}_{written:05d}.txt").write_text(text, encoding="utf-8")
                written += 1
        if written >= n:
            break
    return f"real corpus: the first {written} articles of {', '.join(used)} in {corpus}"


def cpu_of(command: list[str]) -> tuple[float, float]:
    """Run ``command`` as a whole process (output discarded): its CPU seconds (user + sys) and peak MB."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(command)} exited with {proc.returncode}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


REFERENCE_ROWS = 60  # the reference pass: about 60 forms


def commands(folder: str) -> list[list[str]]:
    """The regex pass, the extraction, and the reference regex pass (the first 60 lemmas), as command lines."""
    script = [sys.executable, str(Path(__file__).resolve()), "--regex-pass", folder]
    return [script, [sys.executable, "-m", "claimtrack", "extract", "--format", "jsonl", "--jobs", "1", folder],
            [*script, str(REFERENCE_ROWS)]]


def paired_runs(folder: str, runs: int) -> list[list[float]]:
    """CPU seconds of each command, in turn (A B C A B C ...), after one warm-up run of each.  The package's
    bytecode is compiled first, as ``pip install`` compiles it: the warm-up run would write it too, except where
    ``PYTHONDONTWRITEBYTECODE`` is set, and then every timed run would compile 80 modules again (0.07 s)."""
    import compileall

    compileall.compile_dir(str(ROOT / "claimtrack"), quiet=1)
    cmds = commands(folder)
    for cmd in cmds:
        cpu_of(cmd)
    return [list(cpus) for cpus in zip(*([cpu_of(cmd)[0] for cmd in cmds] for _ in range(runs)))]


def stage_shares(folder: str) -> list[tuple[str, float]]:
    """CPU seconds of each stage of extraction over the files of ``folder``, in one process (lexicons loaded
    first); the stages are the calls ``extract_attributions`` makes, each wrapped with a timer."""
    import json
    import time

    sys.path.insert(0, str(ROOT))  # this checkout's code, as the timed processes run it
    import claimtrack
    import claimtrack.attribution as attribution
    from claimtrack.records import attribution_to_dict

    spent: dict[str, float] = {}
    inner: list[float] = []  # for each timed call under way, the time of the timed calls inside it

    def timed(name: str, function):
        """``function``, its own time added to ``spent[name]``: a stage's time without the stages it calls."""
        def wrapper(*args, **kwargs):
            started = time.process_time()
            inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.process_time() - started
                spent[name] = spent.get(name, 0.0) + elapsed - inner.pop()
                if inner:
                    inner[-1] += elapsed
        return wrapper

    stages = {"normalize": "normalize", "sentences": "split_sentences", "cue pre-scan": "cue_sentences",
              "token views": "_token_view", "constructions (drafts)": "_sentence_drafts",
              "continuations": "continue_speech", "sources and records": "_records", "said-on dates": "date_statements"}
    claimtrack.extract_attributions(claimtrack.parse_article("قال الوزير إن الاجتماع انتهى.", id="warm-up"))
    for label, name in stages.items():
        if hasattr(attribution, name):
            setattr(attribution, name, timed(label, getattr(attribution, name)))
    # The tokenizer, wherever it runs: the article's token table (made in the pre-scan), a sentence tokenized apart.
    tokenizer = sys.modules.get("claimtrack.attribution.token_table")
    if tokenizer is not None:
        # (the pass itself: token_columns, which the table and token_rows call, where the code has it)
        name = "_token_columns" if hasattr(tokenizer, "_token_columns") else "token_rows"
        setattr(tokenizer, name, timed("token table (the article's one tokenizer pass)", getattr(tokenizer, name)))
    read, extract, write = timed("read (decode, layout)", claimtrack.read_article), \
        timed("extract (untimed rest)", claimtrack.extract_attributions), timed("output (JSON lines)", json.dumps)
    for path in sorted(Path(folder).glob("*.txt")):
        for a in extract(read(path)):
            write(attribution_to_dict(a), ensure_ascii=False)
    return sorted(spent.items(), key=lambda kv: -kv[1])


def report(folder: Path, what: str, runs: int, stages: bool, say=print) -> None:
    """Time both commands in pairs and print the figures (and the stage shares) with ``say``, line by line."""
    size = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    say(what)
    say(f"{size:.2f} MB of UTF-8 text in {len(list(folder.glob('*.txt')))} files; CPU seconds (user + sys) of whole "
        f"processes, {runs} paired runs after a warm-up, median (min-max):")
    regex_cpu, extract_cpu, reference_cpu = paired_runs(str(folder), runs)
    for name, cpu in (("regex pass, lemmas and imperfects", regex_cpu), ("claimtrack extract --jobs 1", extract_cpu),
                      (f"regex pass, first {REFERENCE_ROWS} lemmas", reference_cpu)):
        say(f"  {name:34} {median(cpu):6.2f} s ({min(cpu):.2f}-{max(cpu):.2f})  {size / median(cpu):6.2f} MB/s")
    for name, cpu in (("", regex_cpu), (f" (first {REFERENCE_ROWS} lemmas)", reference_cpu)):
        ratios = sorted(e / r for r, e in zip(cpu, extract_cpu))
        say(f"  ratio extract / regex pass{name}, run by run: {median(ratios):.1f}x ({ratios[0]:.1f}-{ratios[-1]:.1f}); "
            "target <= 4x")
    if not stages:
        return
    with tempfile.TemporaryDirectory() as one:
        (Path(one) / "one.txt").write_text("قال الوزير إن الاجتماع انتهى.", encoding="utf-8")
        start = median(cpu_of(commands(one)[1])[0] for _ in range(3))
    spent = [("start-up (interpreter, imports, lexicons)", start), *stage_shares(str(folder))]
    total = sum(s for _, s in spent)
    say(f"stages of extraction (start-up: extract over a one-line file; the rest: one in-process run; {total:.2f} s CPU):")
    for name, s in spent:
        say(f"  {name:41} {s:6.2f} s  {s / total:6.1%}")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--no-stages", action="store_true", help="leave out the per-stage shares")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        what = write_articles(Path(tmp), args.articles, args.corpus)
        report(Path(tmp), what, args.runs, not args.no_stages, say=lambda line: print(line, flush=True))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--regex-pass"]:
        regex_pass(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
        sys.exit(0)
    sys.exit(main())
