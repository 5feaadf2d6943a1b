"""Scoring attribution extraction against gold annotations.

Gold rows are JSON lines as described in ``tests/data/ANNOTATION.md``: each names its article, an ``anchor``
that occurs once in the article, and the cue, source and content as written.  The loader turns them into
spans (and fails loudly, naming the row, when a string is not where the row says).

An extracted attribution matches a gold one when its cue span overlaps the gold cue (*cue match*); it is
*strictly* right when, in addition, its source text contains the gold ``source_head`` and its content has
token F1 >= 0.5 with the gold content.  Matching is one-to-one, in document order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from ..errors import InputError
from ..models import Article, Attribution
from ..normalize import fold
from ..reader import parse_json, read_text
from ..reader.lines import split_lines
from ..spans import Span

__all__ = ["GoldAttribution", "Score", "align", "evaluate", "gold_name", "load_gold", "prf", "token_f1"]


@attrs.frozen
class GoldAttribution:
    article: str
    index: int
    cue: Span
    cue_text: str
    source_head: str
    content: str
    row: dict = attrs.field(eq=False, repr=False)


def _find(text: str, needle: str, start: int, where: str, what: str) -> int:
    pos = text.find(needle, start)
    if pos < 0:
        raise InputError(f"{where}: {what} {needle!r} not found after the anchor")
    return pos


def load_gold(path: "str | Path", articles: dict[str, Article]) -> list[GoldAttribution]:
    """Gold attributions from a JSON-lines file or a folder of ``<id>.json`` files, located in ``articles``."""
    p = Path(path)
    gold: list[GoldAttribution] = []
    counts: Counter[str] = Counter()
    for where, row in _gold_rows(p):
        if not isinstance(row, dict):
            raise InputError(f"{where}: expected a JSON object, found {type(row).__name__}")
        for key in ("article", "anchor", "cue", "source_head", "content"):
            if not isinstance(row.get(key), str):
                raise InputError(f"{where}: field {key!r} is missing or not a string")
        article = articles.get(row["article"])
        if article is None:
            continue
        text = article.text
        anchor = text.find(row["anchor"])
        if anchor < 0 or text.find(row["anchor"], anchor + 1) >= 0:
            raise InputError(f"{where}: anchor {row['anchor']!r} must occur exactly once in {article.id}")
        cue = _find(text, row["cue"], anchor, where, "cue")
        gold.append(GoldAttribution(article.id, counts[article.id], Span(cue, cue + len(row["cue"])), row["cue"],
                                    row["source_head"], row["content"], row))
        counts[article.id] += 1
    return gold


def _read(p: Path, what: str) -> str:
    try:
        return read_text(p)
    except InputError as err:
        reason = str(err).removeprefix(f"{p}: ")
        raise InputError(f"{p}: cannot read {what}: {reason}") from err


def _gold_rows(p: Path) -> "Iterable[tuple[str, object]]":
    """(where, row) of a gold file: JSON lines, or a folder of per-article ``<id>.json`` files holding
    ``{"attributions": [...]}`` (the layout of ``tests/data/heldout*/gold`` and ``tests/data/real/gold``)."""
    if p.is_dir():
        files = sorted(p.glob("*.json"))
        if not files:
            raise InputError(f"{p}: a gold folder must hold <article id>.json files; found none")
        for f in files:
            data = parse_json(_read(f, "gold file"), str(f))
            rows = data.get("attributions") if isinstance(data, dict) else None
            if not isinstance(rows, list):
                raise InputError(f"{f}: expected an object with a list 'attributions'")
            for k, row in enumerate(rows):
                yield f"{f}, attribution {k}", row
        return
    for number, line in enumerate(split_lines(_read(p, "gold file")), start=1):
        if not line.strip():
            continue
        where = f"{p}, line {number}"
        yield where, parse_json(line, where)


def _tokens(text: str) -> list[str]:
    return [w for w in fold(text).replace('"', " ").split() if any(c.isalnum() for c in w)]


def token_f1(a: str, b: str) -> float:
    """Token-level F1 of two texts after "match" normalization (quote marks and punctuation ignored)."""
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``hits`` among ``predicted`` items, of ``gold`` wanted."""
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@attrs.frozen
class Score:
    gold: int
    predicted: int
    cue_matches: int
    strict_matches: int
    source_matches: int
    misses: tuple[GoldAttribution, ...]
    wrong: tuple[tuple[GoldAttribution, Attribution, str], ...]
    spurious: tuple[Attribution, ...]

    @property
    def cue(self) -> tuple[float, float, float]:
        return prf(self.cue_matches, self.predicted, self.gold)

    @property
    def strict(self) -> tuple[float, float, float]:
        return prf(self.strict_matches, self.predicted, self.gold)

    @property
    def source_accuracy(self) -> float:
        """Share of the attributions found (cue matched) whose source is right."""
        return self.source_matches / self.cue_matches if self.cue_matches else 0.0

    def as_dict(self) -> dict:
        cp, cr, cf = self.cue
        sp, sr, sf = self.strict
        return {"gold": self.gold, "predicted": self.predicted,
                "cue": {"precision": round(cp, 4), "recall": round(cr, 4), "f1": round(cf, 4)},
                "strict": {"precision": round(sp, 4), "recall": round(sr, 4), "f1": round(sf, 4)},
                "source_accuracy": round(self.source_accuracy, 4)}


def _source_ok(head: str, predicted: Attribution) -> bool:
    """The predicted source contains the gold head word; a gold row with no source (``resolved: none``,
    empty head) wants no source either."""
    if not head:
        return predicted.source.resolved == "none" or not predicted.source.text.strip()
    return fold(head) in fold(predicted.source.text)


def align(gold: Sequence[GoldAttribution], predicted: Iterable[Attribution]) -> dict[int, Attribution]:
    """Gold row (position in ``gold``) -> the extracted attribution matched to it: cue spans overlap, one to
    one, in document order; among several, the one with the right source and the closest content."""
    by_article: dict[str, list[Attribution]] = {}
    for a in predicted:
        by_article.setdefault(a.article, []).append(a)
    matched: dict[int, Attribution] = {}
    used: set[str] = set()
    for n, g in enumerate(gold):
        candidates = [a for a in by_article.get(g.article, []) if a.id not in used and a.cue.span.overlaps(g.cue)]
        if candidates:
            best = max(candidates, key=lambda a: (_source_ok(g.source_head, a), token_f1(a.content.text, g.content)))
            used.add(best.id)
            matched[n] = best
    return matched


def evaluate(gold: Sequence[GoldAttribution], predicted: Iterable[Attribution]) -> Score:
    """Score ``predicted`` against ``gold`` (both may span several articles)."""
    predicted = list(predicted)
    matched = align(gold, predicted)
    articles = {g.article for g in gold} | {a.article for a in predicted}
    predicted_count = sum(1 for a in predicted if a.article in articles)
    strict_hits = source_hits = 0
    misses: list[GoldAttribution] = []
    wrong: list[tuple[GoldAttribution, Attribution, str]] = []
    for n, g in enumerate(gold):
        best = matched.get(n)
        if best is None:
            misses.append(g)
            continue
        f1 = token_f1(best.content.text, g.content)
        source_hits += _source_ok(g.source_head, best)
        if _source_ok(g.source_head, best) and f1 >= 0.5:
            strict_hits += 1
        else:
            why = [] if _source_ok(g.source_head, best) else [f"source {best.source.text!r} lacks {g.source_head!r}"]
            if f1 < 0.5:
                why.append(f"content F1 {f1:.2f}")
            wrong.append((g, best, "; ".join(why)))
    used = {a.id for a in matched.values()}
    spurious = [a for a in predicted if a.id not in used]
    return Score(len(gold), predicted_count, len(matched), strict_hits, source_hits, tuple(misses), tuple(wrong),
                 tuple(spurious))


def gold_name(g: GoldAttribution) -> str:
    """How a gold cluster file names a gold row: ``<article id>:<0-based index within the article>``."""
    return f"{g.article}:{g.index}"
