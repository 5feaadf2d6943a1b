"""Draw the fourth real extraction sample (tests/data/real_fresh2) from SaudiNewsNet, the way real_fresh was drawn.

    python3 tests/data/real_fresh2/draw_sample.py OUTDIR [SEED]

Steps: every article of the twelve daily zips of ../shared/corpora/saudinewsnet/ in file order, keeping the first of
any repeated content (id: <source>_<first 10 hex digits of sha1(url)>); drop every article already used (its id or
url in any file under tests/data/, or any 60-character piece of its body, taken every 300 characters, found there);
keep bodies of at least 100 words with title and body at most 3,800 characters; sort by id, shuffle with
random.Random(20261205), take articles in that order, at most three per outlet, until 30 are taken.
Run on 2026-12-05 before this folder existed: run again now, it also excludes this sample's own articles.
"""
import hashlib, json, random, zipfile, sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "saudinewsnet"
OUT = Path(sys.argv[1])
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 20261205  # real_fresh3 draws with 20261206, real_fresh4 with 20261207
used_text = []
for p in DATA.rglob("*"):
    if p.is_file() and p.suffix in (".txt", ".json", ".jsonl", ".tsv", ".md", ".csv", ""):
        try: used_text.append(p.name + "\n" + p.read_text(encoding="utf-8", errors="ignore"))
        except Exception: pass
blob = "\n".join(used_text)
seen, pool = set(), []
for z in sorted(CORPUS.glob("*.zip")):
    with zipfile.ZipFile(z) as zf:
        for name in zf.namelist():
            if not name.endswith(".json"): continue
            rows = json.loads(zf.read(name).decode("utf-8"))
            for r in rows:
                c = r.get("content") or ""
                if c in seen: continue
                seen.add(c)
                aid = f"{r['source']}_{hashlib.sha1(r['url'].encode()).hexdigest()[:10]}"
                pool.append((aid, r))
print("distinct", len(pool))
keep = []
for aid, r in pool:
    body, title = r["content"], r.get("title", "")
    if len(body.split()) < 100 or len(title) + len(body) > 3800: continue
    if aid in blob or r["url"] in blob: continue
    if any(body[i:i+60] in blob for i in range(0, max(1, len(body) - 60), 300)): continue
    keep.append((aid, r))
print("eligible", len(keep))
keep.sort(key=lambda x: x[0]); random.Random(SEED).shuffle(keep)
per, taken = {}, []
for aid, r in keep:
    if per.get(r["source"], 0) >= 3: continue
    per[r["source"]] = per.get(r["source"], 0) + 1; taken.append((aid, r))
    if len(taken) == 30: break
(OUT / "articles").mkdir(parents=True, exist_ok=True)
with open(OUT / "manifest.tsv", "w", encoding="utf-8") as m:
    m.write("id\toutlet\turl\tdate_extracted\ttitle\n")
    for aid, r in taken:
        (OUT / "articles" / f"{aid}.txt").write_text(f"{r.get('title','')}\n\n{r['content']}", encoding="utf-8")
        m.write(f"{aid}\t{r['source']}\t{r['url']}\t{r.get('date_extracted','')}\t{r.get('title','')}\n")
print(per)
