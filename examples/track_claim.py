"""Follow one claim across outlets: who said it, who denied or disputed it, and which outlet left the denial out.

    python examples/track_claim.py                    # the Russian-jets claim (MiG-29, al-Jufra) in the seeds
    python examples/track_claim.py "CLAIM" PATH...    # your claim in your articles: files, folders (with their
                                                      # outlets.json), .jsonl / .json / .csv / .zip records
"""

import sys
from pathlib import Path

import claimtrack
from claimtrack.contradiction import mark_attributions, one_sided
from claimtrack.inputs import load_corpus

if len(sys.argv) == 1:
    claim = "روسيا سلمت طائرات ميغ-29 وسوخوي-24 إلى قاعدة الجفرة في ليبيا"
    paths = [str(Path(__file__).resolve().parent.parent / "seeds")]
elif len(sys.argv) >= 3:
    claim, paths = sys.argv[1], sys.argv[2:]
else:
    sys.exit('usage: python examples/track_claim.py ["CLAIM" PATH...]')

corpus = load_corpus(paths)
articles = {a.id: a for a in corpus.articles}


def outlet(article_id: str) -> str:
    """The article and, when known, its outlet and publication time."""
    a = articles[article_id]
    when = a.published_at or a.published
    return " ".join(str(x) for x in (article_id, a.outlet, when) if x)


print(f"Claim: {claim}\n")
matches = [m for m in claimtrack.find(claim, corpus) if m.attribution]
if not matches:
    sys.exit("No attribution in these articles reports the claim.")
cluster = corpus.cluster_of(matches[0].attribution)
by_id = {a.id: a for a in corpus.attributions}
print("Reported by:")
for aid in cluster.claims:
    a = by_id[aid]
    role = "denies it" if a.negative else "says it"
    print(f"  {outlet(a.article)}  {a.source.text} {role} ({a.cue.text}): {a.content.text}")

marks = claimtrack.contradictions(corpus)
sides = mark_attributions(corpus, marks)  # an outlet's own sentence (<article>#n<k>) too
kind = {frozenset((m.a, m.b)): m.dispute or m.kind for m in marks}
print("\nDisputes (denies, updates, disagrees, contradicts):")
for m in marks:
    if m.kind == "contradicts" and {m.a, m.b} & set(cluster.claims):
        print(f"  {m.dispute or m.kind}: {m.a} <-> {m.b}: {m.explanation}")

print("\nCarried without the counter-claim:")
for article, pairs in one_sided(corpus, marks).items():
    for carried, counter in pairs:
        if carried in cluster.claims:
            print(f"  {article} reports {carried} but not {counter} "
                  f"({kind.get(frozenset((carried, counter)), 'contradicts')}: {sides[counter].source.text or '-'}, "
                  f"{outlet(sides[counter].article)})")
