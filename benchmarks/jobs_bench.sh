#!/bin/sh
# Whole-process time of `claimtrack extract --format jsonl` on the real articles of tests/data (not real_blind),
# --jobs 1 against --jobs 2, RUNS runs each, alternating; prints each time and the medians.
# usage: sh benchmarks/jobs_bench.sh [RUNS] [REPEAT]   (REPEAT: the folders given this many times over)
cd "$(dirname "$0")/.." || exit 1
RUNS=${1:-3}; REPEAT=${2:-1}
PY=${PYTHON:-/work/main/.venv/bin/python}
set --
for _ in $(seq "$REPEAT"); do
  set -- "$@" tests/data/real/articles tests/data/real_stories/*/articles tests/data/real_disputes/articles \
    tests/data/heldout/articles tests/data/heldout2/articles tests/data/heldout3/articles \
    tests/data/heldout_clusters/articles tests/data/heldout_clusters2/articles
done
echo "articles: $(PYTHONPATH=$PWD $PY -m claimtrack sentences --jobs 1 "$@" | grep -c '^# ')"
for j in 1 2; do PYTHONPATH=$PWD $PY -m claimtrack extract --format jsonl --jobs $j "$@" | md5sum; done
for r in $(seq "$RUNS"); do
  for j in 1 2; do
    PYTHONPATH=$PWD $PY - "$j" "$@" <<'PYEOF'
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run([sys.executable, "-m", "claimtrack", "extract", "--format", "jsonl", "--jobs", sys.argv[1], *sys.argv[2:]],
               stdout=subprocess.DEVNULL, check=True)
wall = time.perf_counter() - start
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
load = open("/proc/loadavg").read().split()[0]
print(f"jobs {sys.argv[1]}: wall {wall:.1f} s   cpu (user+sys, all processes) {ru.ru_utime + ru.ru_stime:.1f} s   load {load}")
PYEOF
  done
done
