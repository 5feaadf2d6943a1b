"""Scoring attribution extraction against gold annotations.

Gold rows are JSON lines as described in ``tests/data/ANNOTATION.md``: each names its article, an ``anchor``
that occurs once in the article, and the cue, source and content as written.  The loader turns them into
spans (and fails loudly, naming the row, when a string is not where the row says).

An extracted attribution matches a gold one when its cue span overlaps the gold cue (*cue match*); it is
*strictly* right when, in addition, its source text contains the gold ``source_head`` and its content has
token F1 >= 0.5 with the gold content.  Matching is one-to-one, in document order.

Stance (:func:`evaluate_stance`) is scored on headline pairs with a gold label (agree, disagree, other; the
ANS corpus's CSV layout): per-label precision, recall and F1, their macro average and the confusion matrix.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from .errors import InputError
from .models import Article, Attribution
from .normalize import fold
from .reader import read_text
from .spans import Span

if TYPE_CHECKING:
    from .baselines import BaselineCluster
    from .matching.clusters import Cluster
    from .matching.stories import Story

__all__ = ["ClusterScore", "GoldAttribution", "STANCE_LABELS", "Score", "StanceScore", "align", "evaluate",
           "evaluate_clusters", "evaluate_stance", "gold_name", "load_gold", "load_gold_clusters", "load_gold_stories",
           "load_stance_pairs", "relate_stance", "token_f1"]


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
            try:
                data = json.loads(_read(f, "gold file"))
            except json.JSONDecodeError as err:
                raise InputError(f"{f}: not valid JSON at line {err.lineno}: {err.msg}") from err
            except RecursionError as err:
                raise InputError(f"{f}: JSON nested too deeply") from err
            rows = data.get("attributions") if isinstance(data, dict) else None
            if not isinstance(rows, list):
                raise InputError(f"{f}: expected an object with a list 'attributions'")
            for k, row in enumerate(rows):
                yield f"{f}, attribution {k}", row
        return
    for number, line in enumerate(_read(p, "gold file").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{p}, line {number}", json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{p}, line {number}: not valid JSON: {err.msg}") from err
        except RecursionError as err:
            raise InputError(f"{p}, line {number}: JSON nested too deeply") from err


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

    @staticmethod
    def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def cue(self) -> tuple[float, float, float]:
        return self._prf(self.cue_matches, self.predicted, self.gold)

    @property
    def strict(self) -> tuple[float, float, float]:
        return self._prf(self.strict_matches, self.predicted, self.gold)

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


def load_gold_clusters(path: "str | Path", gold: Sequence[GoldAttribution], *, field: str = "clusters") -> dict[str, str]:
    """Gold claim clusters (``{"clusters": {name: [member, ...]}}``, members named as by :func:`gold_name`):
    member -> cluster name, for the members whose article is among ``gold``'s.  Fails, naming the file,
    on malformed JSON, a member that names no gold row of a loaded article, or a member in two clusters.
    ``field`` names the object that holds the groups (``"stories"`` in a ``stories.json``)."""
    p = Path(path)
    try:
        data = json.loads(read_text(p))
    except json.JSONDecodeError as err:
        raise InputError(f"{p}: not valid JSON: {err.msg} (line {err.lineno})") from err
    except RecursionError as err:
        raise InputError(f"{p}: JSON nested too deeply") from err
    clusters = data.get(field) if isinstance(data, dict) else None
    if not isinstance(clusters, dict):
        raise InputError(f"{p}: expected an object with a \"{field}\" object (name -> member list)")
    names = {gold_name(g) for g in gold}
    articles = {g.article for g in gold}
    cluster_of: dict[str, str] = {}
    listed = 0
    for name, members in clusters.items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise InputError(f"{p}: cluster {name!r}: expected a list of \"<article id>:<row>\" strings")
        for m in members:
            article, _, row = m.rpartition(":")
            if not article or not row.isdigit():
                raise InputError(f"{p}: cluster {name!r}: {m!r} is not \"<article id>:<row>\" (row: a 0-based number)")
            listed += 1
            if article not in articles:
                continue
            if m not in names:
                raise InputError(f"{p}: cluster {name!r}: {m!r} names no gold attribution (article {article} "
                                 f"has {sum(1 for g in gold if g.article == article)} rows)")
            if m in cluster_of:
                where = f"twice in cluster {name!r}" if cluster_of[m] == name else \
                    f"in two clusters, {cluster_of[m]!r} and {name!r}"
                raise InputError(f"{p}: {m!r} is listed {where}")
            cluster_of[m] = name
    if listed and not cluster_of:
        raise InputError(f"{p}: no member names an article of the gold file ({', '.join(sorted(articles))})")
    return cluster_of


def load_gold_stories(path: "str | Path", gold: Sequence[GoldAttribution]) -> dict[str, str]:
    """Gold stories (``{"stories": {slug: [member, ...]}}``, every row by story, as the ``stories.json`` of
    ``tests/data/real_stories/*``): member -> story slug, checked as :func:`load_gold_clusters` checks clusters."""
    return load_gold_clusters(path, gold, field="stories")


@attrs.frozen
class ClusterScore:
    """Pairwise scores of claim clusters: a pair of gold rows is *same* when one gold cluster holds both,
    *found* when the attributions extracted for them fall in one cluster.  A gold row with no extracted
    attribution finds none of its pairs."""

    gold_pairs: int
    found_pairs: int
    hits: int
    missed: tuple[tuple[str, str], ...]
    wrong: tuple[tuple[str, str], ...]
    unextracted: tuple[str, ...]

    @property
    def prf(self) -> tuple[float, float, float]:
        return Score._prf(self.hits, self.found_pairs, self.gold_pairs)

    def as_dict(self) -> dict:
        p, r, f = self.prf
        return {"gold_pairs": self.gold_pairs, "found_pairs": self.found_pairs, "hits": self.hits,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_clusters(gold: Sequence[GoldAttribution], gold_clusters: dict[str, str],
                      predicted: Iterable[Attribution], clusters: "Iterable[Cluster | Story | BaselineCluster]", *,
                      cross_article: bool = False) -> ClusterScore:
    """Pairwise precision and recall of ``clusters`` against ``gold_clusters`` (from :func:`load_gold_clusters`;
    a gold row it does not list is a cluster of its own).  With ``cross_article`` only pairs of rows from
    different articles count: what matching across outlets is for."""
    matched = align(gold, predicted)
    found_of = {m: c.id for c in clusters for m in c.claims}
    names = [gold_name(g) for g in gold]
    gold_of = {name: gold_clusters.get(name, name) for name in names}
    extracted = {names[n]: a.id for n, a in matched.items()}
    hits = gold_pairs = found_pairs = 0
    missed: list[tuple[str, str]] = []
    wrong: list[tuple[str, str]] = []
    article_of = {gold_name(g): g.article for g in gold}
    for i, x in enumerate(names):
        for y in names[i + 1:]:
            if cross_article and article_of[x] == article_of[y]:
                continue
            same = gold_of[x] == gold_of[y]
            ax, ay = extracted.get(x), extracted.get(y)
            found = ax is not None and ay is not None and found_of.get(ax, ax) == found_of.get(ay, ay)
            gold_pairs += same
            found_pairs += found
            hits += same and found
            if same and not found:
                missed.append((x, y))
            elif found and not same:
                wrong.append((x, y))
    return ClusterScore(gold_pairs, found_pairs, hits, tuple(missed), tuple(wrong),
                        tuple(x for x in names if x not in extracted))


STANCE_LABELS = ("agree", "disagree", "other")


@attrs.frozen
class StanceScore:
    """Stance predictions against gold labels: the confusion counts ``(gold, predicted) -> n``, per-label
    precision, recall and F1, and their macro average (every label counts the same, however rare)."""

    confusion: tuple[tuple[tuple[str, str], int], ...]

    def count(self, gold: str, predicted: str) -> int:
        return dict(self.confusion).get((gold, predicted), 0)

    def prf(self, label: str) -> tuple[float, float, float]:
        tp = self.count(label, label)
        found = sum(self.count(g, label) for g in STANCE_LABELS)
        wanted = sum(self.count(label, p) for p in STANCE_LABELS)
        p = tp / found if found else 0.0
        r = tp / wanted if wanted else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def macro_f1(self) -> float:
        return sum(self.prf(label)[2] for label in STANCE_LABELS) / len(STANCE_LABELS)

    def summary(self) -> str:
        """One line: macro-F1 and the F1 of each label."""
        return f"macro-F1 {self.macro_f1:.3f}  " + "  ".join(f"{k} {self.prf(k)[2]:.3f}" for k in STANCE_LABELS)

    def table(self) -> str:
        """The confusion matrix as text: a row per gold label, a column per predicted label."""
        lines = ["gold \\ predicted " + " ".join(f"{k:>9}" for k in STANCE_LABELS)]
        lines += [f"{g:<18}" + " ".join(f"{self.count(g, p):>9}" for p in STANCE_LABELS) for g in STANCE_LABELS]
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"macro_f1": round(self.macro_f1, 4),
                "labels": {k: dict(zip(("precision", "recall", "f1"), (round(v, 4) for v in self.prf(k))))
                           for k in STANCE_LABELS},
                "confusion": {g: {p: self.count(g, p) for p in STANCE_LABELS} for g in STANCE_LABELS}}


def load_stance_pairs(path: "str | Path") -> list[dict[str, str]]:
    """Headline pairs with a gold stance from a CSV file with the columns s1, s2 and stance (as the ANS
    corpus ships them); a missing column or an unknown stance raises :class:`InputError` naming the row."""
    import csv

    p = Path(path)
    with p.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"s1", "s2", "stance"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{p}: missing column(s) {sorted(missing)}; expected s1, s2 and stance")
        rows = list(reader)
    for number, row in enumerate(rows, start=2):
        if row["stance"] not in STANCE_LABELS:
            raise InputError(f"{p}, line {number}: stance {row['stance']!r} is not one of {list(STANCE_LABELS)}")
    return rows


def relate_stance(a: str, b: str) -> str:
    """The stance :func:`claimtrack.relate` alone gives: same -> agree, contradicts -> disagree, else other."""
    from .relate import relate

    return {"same": "agree", "contradicts": "disagree"}.get(relate(a, b).kind, "other")


def evaluate_stance(rows: Iterable[dict[str, str]], predict: "Callable[[str, str], str] | None" = None) -> StanceScore:
    """Score ``predict(s1, s2) -> label`` (default: :func:`claimtrack.stance.stance`) on gold stance rows."""
    if predict is None:
        from .stance import stance

        def predict(a: str, b: str) -> str:
            return stance(a, b).label

    counts: Counter[tuple[str, str]] = Counter((r["stance"], predict(r["s1"], r["s2"])) for r in rows)
    return StanceScore(tuple(sorted(counts.items())))
