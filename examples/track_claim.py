"""Follow the Russian-jets claim (MiG-29, al-Jufra) across the seeds: who said it, who denied it, and which
outlet left the denial out.

    python examples/track_claim.py
"""

from pathlib import Path

import claimtrack
from claimtrack.contradiction import one_sided

seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
corpus = claimtrack.Corpus(seeds)
by_id = {a.id: a for a in corpus.attributions}

claim = "روسيا سلمت طائرات ميغ-29 وسوخوي-24 إلى قاعدة الجفرة في ليبيا"
print(f"Claim: {claim}\n")
matches = [m for m in claimtrack.find(claim, corpus) if m.attribution]
top = matches[0].attribution
cluster = corpus.cluster_of(top)
print("Reported by:")
for aid in cluster.claims:
    a = by_id[aid]
    role = "denies it" if a.negative else "says it"
    print(f"  {a.article}  {a.source.text} {role} ({a.cue.text}): {a.content.text}")

marks = claimtrack.contradictions(corpus)
print("\nContradictions:")
for m in marks:
    if m.kind == "contradicts" and {m.a, m.b} & set(cluster.claims):
        print(f"  {m.a} <-> {m.b}: {m.explanation}")

print("\nCarried without the denial:")
for article, pairs in one_sided(corpus, marks).items():
    for carried, counter in pairs:
        if carried in cluster.claims:
            print(f"  {article} reports {carried} but not {counter} ({by_id[counter].source.text})")
