"""Draw the stratified real samples of tests/data/real (issue 11) from SaudiNewsNet.

Run from the repository root with the corpus at ../shared/corpora/saudinewsnet:

    python3 tests/data/real/draw_sample.py dev   # sample 1 (development): days 2015-07-21 .. 07-27
    python3 tests/data/real/draw_sample.py blind # sample 2 (blind, other days): 2015-07-31 .. 08-04

Each article becomes ``<id>.txt``: the title on the first line, an empty line, then the content as the
outlet published it (the corpus's ``content`` field, unchanged). ``manifest.tsv`` lists id, outlet, kind
of page, url, date_extracted and title. Kinds of page are guessed from keywords in the title and lead; the
guess only spreads the sample over kinds, it is not a label anybody scores.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import zipfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "saudinewsnet"
DAYS = {
    "dev": ["2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25", "2015-07-26", "2015-07-27"],
    "blind": ["2015-07-31", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04"],
}
PER_OUTLET = {"dev": 8, "blind": 3}
# A rough count of common reporting words, used only to let reported speech weigh in the draw: in each
# outlet, all but two of the slots go to articles with at least two such words, so that 70-odd articles
# hold 500+ attributions while pages with none (opinion, sport results, listings) stay in the sample.
_ROUGH_CUE = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أشار|أضاف|ذكر|أعلن|كشف|نفى|نفت|بين|أفاد|يقول|مضيفا|مشيرا|مؤكدا|وفقا|بحسب|حسب|صرح|شدد|أعرب)\b")
# Keywords that spread the sample over kinds of page (sampling only).
KINDS = {
    "sport": "الدوري|المنتخب|لاعب|مباراة|النادي|نادي|الهلال|النصر|الاتحاد السعودي لكرة|مدرب|بطولة",
    "economy": "الأسهم|النفط|مليار|الاقتصاد|السوق|البنك|الاستثمار|الشركة|أرباح|التضخم|ريال",
    "security": "الأمن|الشرطة|القبض|إرهاب|داعش|هجوم|تفجير|انتحاري|قتلى|مقتل|الحوثي|غارات",
    "politics": "الرئيس|وزير الخارجية|مجلس الأمن|الحكومة|المعارضة|الاتفاق النووي|الأمم المتحدة|سفير",
    "health": "الصحة|مستشفى|المرضى|طبي|كورونا|فيروس|الأطباء|المستشفى|علاج",
    "technology": "تقنية|تطبيق|الإنترنت|هاتف|آبل|جوجل|الذكية|تويتر|سناب|رقمي",
    "religion": "المسجد|الحرمين|الحج|العمرة|الشيخ|فتوى|الأوقاف|الدعوة|القرآن|الأئمة",
    "local": "أمانة|البلدية|بلدية|المياه|الكهرباء|التعليم|المدارس|الطرق|الدفاع المدني|المرور|السيول",
    "opinion": "",
}


def kind_of(article: dict) -> str:
    if article.get("author", "").strip() and len(article["content"]) > 2500:
        return "opinion"
    head = article["title"] + " " + article["content"][:400]
    for kind, words in KINDS.items():
        if words and re.search(words, head):
            return kind
    return "other"


def main(which: str) -> None:
    out = Path(__file__).resolve().parent / ("articles" if which == "dev" else "../real_blind/articles")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261204 if which == "dev" else 20261205)
    pool: dict[str, list[dict]] = {}
    seen: set[str] = set()
    for day in DAYS[which]:
        with zipfile.ZipFile(CORPUS / f"{day}.zip") as z:
            for a in json.loads(z.read(z.namelist()[0])):
                words = len(a["content"].split())
                if 120 <= words <= 1000 and a["content"] not in seen:
                    seen.add(a["content"])
                    pool.setdefault(a["source"], []).append(a)
    chosen: list[tuple[str, dict]] = []
    kinds_seen: dict[str, int] = {}
    for outlet in sorted(pool):
        articles = pool[outlet]
        rng.shuffle(articles)
        taken = 0
        # Prefer kinds the sample has least of, so every kind of page shows up.
        for a in sorted(articles, key=lambda a: kinds_seen.get(kind_of(a), 0)):
            if taken >= PER_OUTLET[which]:
                break
            k = kind_of(a)
            rich = len(_ROUGH_CUE.findall(a["content"])) >= 2
            if taken < PER_OUTLET[which] - 2 and not rich and which == "dev":
                continue
            if kinds_seen.get(k, 0) > len(chosen) // 6 + 1 and k != "other":
                continue
            chosen.append((k, a))
            kinds_seen[k] = kinds_seen.get(k, 0) + 1
            taken += 1
    rows = []
    for k, a in chosen:
        aid = f"{a['source']}_{hashlib.sha1(a['url'].encode()).hexdigest()[:10]}"
        (out / f"{aid}.txt").write_text(a["title"].strip() + "\n\n" + a["content"], encoding="utf-8")
        rows.append("\t".join([aid, a["source"], k, a["url"], a["date_extracted"], a["title"].strip()]))
    (out.parent / "manifest.tsv").write_text(
        "id\toutlet\tkind\turl\tdate_extracted\ttitle\n" + "\n".join(sorted(rows)) + "\n", encoding="utf-8"
    )
    print(len(rows), "articles;", kinds_seen)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dev")
