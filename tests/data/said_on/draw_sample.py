"""How tests/data/said_on/sample.jsonl was drawn (run from the repository root; prints the 60 rows unannotated).

Every gold attribution of tests/data/real and tests/data/real_blind whose sentence holds a word of time (the
broad pattern below: day words, weekdays, week, month, year, parts of the day, Gregorian months, رمضان/شوال,
d/m/yyyy) was a candidate (152); 60 were drawn with random.Random(15) and annotated by hand from the text and
tests/data/ANNOTATION.md ("When it was said") before claimtrack had any code for it.
"""

import csv
import json
import random
from pathlib import Path

import regex

from claimtrack import read_article
from claimtrack.evaluate import load_gold
from claimtrack.sentences import split_sentences

TIME_WORD = regex.compile(
    r"(?<!\p{L})[وفبل]?(?:ال)?(?:أمس|امس|اليوم|غدا|غداً|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس"
    r"|الجمعة|السبت|الأسبوع|الاسبوع|الشهر|صباح|مساء|ظهر|الليلة|ليلة|مطلع|أمسية|يناير|فبراير|مارس|أبريل|ابريل|مايو"
    r"|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|العام الماضي|رمضان|شوال|\d{1,2}/\d{1,2}/\d{4})(?!\p{L})"
)


def candidates() -> list[dict]:
    found = []
    for name in ("real", "real_blind"):
        root = Path("tests/data") / name
        with open(root / "manifest.tsv", encoding="utf-8") as f:
            dates = {r["id"]: r["date_extracted"][:10] for r in csv.DictReader(f, delimiter="\t")}
        articles = {a.id: a for a in map(read_article, sorted((root / "articles").glob("*.txt")))}
        sentences = {k: split_sentences(a, headlines=True) for k, a in articles.items()}
        for g in load_gold(root / "gold", articles):
            s = next(s for s in sentences[g.article] if s.start <= g.cue.start < s.end)
            if TIME_WORD.search(s.text):
                found.append({"set": name, "article": g.article, "anchor": g.row["anchor"], "cue": g.row["cue"],
                              "published": dates[g.article], "said_on": None})
    return found


if __name__ == "__main__":
    rows = candidates()
    for n, i in enumerate(sorted(random.Random(15).sample(range(len(rows)), 60))):
        print(json.dumps({"n": n, **rows[i]}, ensure_ascii=False))
