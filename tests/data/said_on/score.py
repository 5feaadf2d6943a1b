"""Score claimtrack's said_on on tests/data/said_on/sample.jsonl, next to a naive baseline, in one command.

    PYTHONPATH=. python tests/data/said_on/score.py

Each sample row is a gold attribution of tests/data/real or tests/data/real_blind. The stage that dates
statements (claimtrack.attribution.said_on) runs on the gold attributions of the row's sentence (gold cue,
source and content located in the text), so that the figure measures the dating, not the extraction. The
baseline takes the time expression nearest the cue anywhere in the sentence (same recognizer, same reading).
An attribution counts as right when both say nothing, or both give the same words (span) and the same days.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import attrs

from claimtrack import read_article
from claimtrack.attribution.said_on import date_statements
from claimtrack.evaluate import load_gold
from claimtrack.models import Attribution, Content, Cue, SaidOn, Source
from claimtrack.sentences import split_sentences
from claimtrack.spans import Span
from claimtrack.timewords import find_time_expressions

HERE = Path(__file__).parent
DATA = HERE.parent


def _near(text: str, needle: str, lo: int, hi: int, at: int) -> Span | None:
    """The occurrence of ``needle`` inside [lo, hi) nearest ``at``."""
    best, pos = None, text.find(needle, lo)
    while needle and 0 <= pos and pos + len(needle) <= hi:
        if best is None or abs(pos - at) < abs(best - at):
            best = pos
        pos = text.find(needle, pos + 1)
    return Span(best, best + len(needle)) if best is not None else None


def gold_records(article, gold) -> list[Attribution]:
    """The article's gold attributions as records (sentence, cue, source, content spans)."""
    sentences = split_sentences(article, headlines=True)
    text = article.text
    out = []
    for g in gold:
        s = next(s for s in sentences if s.start <= g.cue.start < s.end)
        content = _near(text, g.content, s.start, s.end, g.cue.end) or Span(g.cue.end, g.cue.end)
        source = _near(text, g.row["source"], s.start, s.end, g.cue.start) if g.row["source"] else None
        out.append(Attribution(
            f"{article.id}#{g.index + 1}", article.id, article.outlet, s.span,
            Cue(g.cue_text, g.cue, g.row["lemma"], g.row["stance"]),
            Source(g.row["source"] if source else "", source or Span(g.cue.start, g.cue.start), g.row["source_kind"],
                   g.row["resolved"]),
            Content(g.content, content), g.row["quote"]))
    return out


def baseline(article, r: Attribution) -> SaidOn | None:
    """The time expression nearest the cue anywhere in the sentence."""
    found = find_time_expressions(r.sentence.of(article.text))
    if not found:
        return None
    shift = r.sentence.start
    e = min(found, key=lambda e: min(abs(e.span.start + shift - r.cue.span.end), abs(r.cue.span.start - e.span.end - shift)))
    days = e.resolve(article.published)
    return SaidOn(e.text, Span(e.span.start + shift, e.span.end + shift), *(days or (None, None)))


def expected(article, row) -> SaidOn | None:
    s = row["said_on"]
    if s is None:
        return None
    at = article.text.index(s["context"])
    assert article.text.find(s["context"], at + 1) < 0, s["context"]
    start = at + s["context"].index(s["text"])
    return SaidOn(s["text"], Span(start, start + len(s["text"])), dt.date.fromisoformat(s["from"]),
                  dt.date.fromisoformat(s["to"]))


def score(pairs: list[tuple[SaidOn | None, SaidOn | None]]) -> dict[str, float]:
    right = sum(g == p for g, p in pairs)
    said = [(g, p) for g, p in pairs if p is not None]
    gold = [(g, p) for g, p in pairs if g is not None]
    span_ok = sum(1 for g, p in said if g is not None and g.span == p.span)
    precision = span_ok / len(said) if said else 0.0
    recall = span_ok / len(gold) if gold else 0.0
    days_ok = sum(1 for g, p in gold if p is not None and (g.first, g.last) == (p.first, p.last))
    return {"accuracy": right / len(pairs), "words P": precision, "words R": recall,
            "days right (of gold)": days_ok / len(gold) if gold else 0.0, "said": len(said)}


def figures(verbose: bool = False) -> dict[str, dict[str, float]]:
    """The figures of claimtrack and of the baseline on the sample."""
    rows = [json.loads(line) for line in (HERE / "sample.jsonl").read_text(encoding="utf-8").splitlines() if line]
    mine, naive = [], []
    cache: dict[tuple[str, str], tuple] = {}
    for row in rows:
        key = (row["set"], row["article"])
        if key not in cache:
            article = read_article(DATA / row["set"] / "articles" / f"{row['article']}.txt")
            article = attrs.evolve(article, published=dt.date.fromisoformat(row["published"]))
            gold = load_gold(DATA / row["set"] / "gold", {article.id: article})
            records = gold_records(article, gold)
            cache[key] = (article, gold, records, date_statements(article, records))
        article, gold, records, dated = cache[key]
        k = next(g.index for g in gold if g.row["anchor"] == row["anchor"] and g.cue_text == row["cue"])
        want, got = expected(article, row), dated[k].said_on
        mine.append((want, got))
        naive.append((want, baseline(article, records[k])))
        if verbose and want != got:
            print(f"  {row['n']:2d} {row['article']}: gold {want and want.text!r} {want and want.first} | "
                  f"got {got and got.text!r} {got and got.first}")
    return {"rows": {"n": len(rows), "dated": sum(g is not None for g, _ in mine)},  # type: ignore[dict-item]
            "claimtrack": score(mine), "baseline": score(naive)}


def main() -> int:
    f = figures("-v" in sys.argv)
    print(f"said_on on {f['rows']['n']} real attributions with a time word in their sentence "
          f"({f['rows']['dated']} dated in the gold)")
    for name, key in (("claimtrack", "claimtrack"), ("baseline: nearest time words in the sentence", "baseline")):
        print(f"{name:46s} " + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                          for k, v in f[key].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
