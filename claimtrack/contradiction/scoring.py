"""Scoring dispute marks on real text, next to a naive baseline run on the same pairs.

Two gold sets (see their READMEs):

- a folder of labelled pairs (``tests/data/real_disputes``: ``pairs*.jsonl``, ``articles/``, ``manifest.tsv``):
  each pair is two statements copied from their articles, labelled ``denies``, ``contradicts``, ``updates``,
  ``disagrees`` or ``none`` (a look-alike).  The articles of each pair are read as a corpus and
  :func:`~.marks.contradictions` run on them; the pair counts as marked when a dispute mark joins an
  attribution overlapping one statement with an attribution overlapping the other.  The baseline marks a pair
  when the two statements' digits or negators differ.
- a story folder (``tests/data/real_stories/<story>``: ``gold/``, ``articles/``, ``conflicts.json``): every
  article of the story is one corpus; an annotated conflict between two claims is found when a dispute mark
  joins attributions aligned to gold rows of the two claims.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs
import regex

from ..errors import InputError
from ..evaluate.attributions import align, load_gold
from ..matching.corpus import Corpus
from ..models import DISPUTE_ORDER, Article
from ..reader import parse_json, read_article, read_outlets, read_text
from ..reader.lines import split_lines
from .disputes import DISPUTE_KINDS
from ..matching.score import Claim
from .marks import Mark, contradictions, narration_claims

__all__ = ["ConflictScore", "DisputePair", "DisputeScore", "baseline_dispute", "evaluate_conflicts",
           "evaluate_disputes", "load_dispute_pairs", "publication_dates"]

LABELS = DISPUTE_KINDS + ("none",)
_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "0123456789")
_NUMBER_RE = regex.compile(r"\d+")
_WORD_RE = regex.compile(r"\w+")
# The naive baseline: a pair is a dispute when its digits differ or one side has a negator the other
# lacks.  Kept verbatim (a fixed reference, not a lexicon), as in the first-contact script.
_BASELINE_NEGATORS = frozenset("لا لم لن ليس ليست غير عدم نفى ينفي نفت تنفي".split())


@attrs.frozen
class DisputePair:
    id: str
    label: str
    a: dict
    b: dict
    half: str = ""  # "dev" or "held-out" where the set is split: a held-out pair is scored, never listed


# The halves a split dispute set's pairs may carry ("": the set is not split).
HALVES = ("", "dev", "held-out")


@attrs.frozen
class DisputeScore:
    """Per pair: the gold label, the kind the tool gave (``""`` for none) and the baseline's verdict."""

    pairs: tuple[DisputePair, ...]
    predicted: tuple[str, ...]
    baseline: tuple[bool, ...]

    def prf(self, kind: str | None = None, *, marks: "Sequence[bool] | None" = None) -> tuple[float, float, int, int, int]:
        """Precision and recall of the marks (``kind``: only marks of that kind, scored against that label;
        None: any dispute mark against any dispute label), with marked, right and gold counts."""
        marked = marks if marks is not None else [bool(p) for p in self.predicted]
        if kind is None:
            hits = [m and p.label != "none" for m, p in zip(marked, self.pairs)]
            n_marked, right = sum(marked), sum(hits)
            gold = sum(p.label != "none" for p in self.pairs)
        else:
            n_marked = sum(1 for k in self.predicted if k == kind)
            right = sum(1 for k, p in zip(self.predicted, self.pairs) if k == kind and p.label == kind)
            gold = sum(p.label == kind for p in self.pairs)
        return (right / n_marked if n_marked else 0.0, right / gold if gold else 0.0, n_marked, right, gold)

    def found(self, label: str) -> tuple[int, int]:
        """(pairs of ``label`` marked with any dispute kind, pairs of ``label``)."""
        rows = [bool(k) for k, p in zip(self.predicted, self.pairs) if p.label == label]
        return sum(rows), len(rows)

    def report(self, *, verbose: bool = False) -> str:
        """The figures as printed by ``claimtrack eval --disputes``: per kind, next to the baseline."""
        gold = sum(p.label != "none" for p in self.pairs)
        lines = [f"pairs: {len(self.pairs)}   disputes: {gold}   look-alikes: {len(self.pairs) - gold}"]
        rows: list[tuple[str, tuple[float, float, int, int, int], tuple[int, int] | None]] = [
            ("any dispute", self.prf(), None), ("baseline", self.prf(marks=self.baseline), None)]
        rows += [(kind, self.prf(kind), self.found(kind)) for kind in ("denies", "contradicts", "updates", "disagrees")]
        for name, (precision, recall, marked, right, n), found in rows:
            hit, total = found or (right, n)
            lines.append(f"{name:<12} marked {marked:>3}  right {right:>3}  precision {precision:.3f}   "
                         f"found {hit}/{total} (recall {hit / total if total else 0:.3f})")
        fooled = sum(b for b, p in zip(self.baseline, self.pairs) if p.label == "none")
        lines.append(f"look-alikes marked: {self.found('none')[0]}/{self.found('none')[1]}   baseline: {fooled}")
        lines.append("(found: pairs of that label marked with any dispute kind; right: marks of that kind on pairs "
                     "of that label)")
        for half, part in self.halves().items():
            precision, recall, marked, right, n = part.prf()
            b_precision, b_recall, *_ = part.prf(marks=part.baseline)
            lines.append(f"half {half:<9} found {right}/{n} (recall {recall:.3f}), precision {precision:.3f} of "
                         f"{marked}, look-alikes marked {part.found('none')[0]}/{part.found('none')[1]}   "
                         f"baseline recall {b_recall:.3f}, precision {b_precision:.3f}")
        if verbose:
            lines += [f"{p.id:<8} {p.label:<11} -> {k or '-'}" for p, k in zip(self.pairs, self.predicted)
                      if (k or p.label != "none") and p.half != "held-out"]
            if any(p.half == "held-out" for p in self.pairs):
                lines.append("(held-out pairs are scored above and never listed)")
        return "\n".join(lines) + "\n"

    def halves(self) -> "dict[str, DisputeScore]":
        """The score of each half of a split set (``dev``, ``held-out``), in the order the pairs name them."""
        out = {}
        for half in dict.fromkeys(p.half for p in self.pairs if p.half):
            rows = [k for k, p in enumerate(self.pairs) if p.half == half]
            out[half] = DisputeScore(tuple(self.pairs[k] for k in rows), tuple(self.predicted[k] for k in rows),
                                     tuple(self.baseline[k] for k in rows))
        return out

    def as_dict(self) -> dict:
        def block(p: float, r: float, n: int, right: int, gold: int) -> dict:
            return {"precision": round(p, 4), "recall": round(r, 4), "marked": n, "right": right, "gold": gold}
        out = {"pairs": len(self.pairs), "disputes": block(*self.prf()),
               "baseline": block(*self.prf(marks=self.baseline))}
        for kind in DISPUTE_KINDS:
            out[kind] = block(*self.prf(kind))
        out["look_alikes_marked"] = self.found("none")[0]
        for half, part in self.halves().items():
            out[half] = {"disputes": block(*part.prf()), "baseline": block(*part.prf(marks=part.baseline)),
                         "look_alikes_marked": part.found("none")[0]}
        return out


def load_dispute_pairs(folder: "str | Path") -> list[DisputePair]:
    """The labelled pairs of a dispute folder (every ``pairs*.jsonl``), checked: known label, both texts present."""
    root = Path(folder)
    files = sorted(root.glob("pairs*.jsonl"))
    if not files:
        raise InputError(f"{root}: a dispute folder must hold pairs*.jsonl; found none")
    pairs = []
    for f in files:
        for number, line in enumerate(split_lines(read_text(f)), start=1):
            if not line.strip():
                continue
            row = parse_json(line, f"{f}, line {number}")
            if row.get("label") not in LABELS:
                raise InputError(f"{f}, line {number}: label {row.get('label')!r}; allowed: {', '.join(LABELS)}")
            for side in ("a", "b"):
                if not isinstance(row.get(side), dict) or not {"article", "text"} <= set(row[side]):
                    raise InputError(f"{f}, line {number}: side {side!r} needs 'article' and 'text'")
            half = row.get("half", "")
            if half not in HALVES:
                raise InputError(f"{f}, line {number}: half {half!r}; allowed: {', '.join(h for h in HALVES if h)} or none")
            pairs.append(DisputePair(str(row.get("id", f"{f.name}:{number}")), row["label"], row["a"], row["b"], half))
    return pairs


def publication_dates(root: Path) -> dict[str, dt.date]:
    """Publication dates from ``manifest.tsv`` (id, outlet, url, date_extracted, title), when present."""
    path = root / "manifest.tsv"
    if not path.exists():
        return {}
    out = {}
    for line in read_text(path).splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 4:
            try:
                out[cells[0]] = dt.date.fromisoformat(cells[3][:10])
            except ValueError:
                continue
    return out


def baseline_dispute(a: str, b: str) -> bool:
    """The naive baseline: the digits differ, or one side has a negator and the other none."""
    def nums(s: str) -> set[str]:
        return set(_NUMBER_RE.findall(s.translate(_DIGITS)))

    def negated(s: str) -> bool:
        return bool(set(_WORD_RE.findall(s)) & _BASELINE_NEGATORS)

    return nums(a) != nums(b) or negated(a) != negated(b)


def _covering(corpus: Corpus, article: Article, text: str, narrated: Sequence[Claim] = ()) -> set[str]:
    """The attributions (and, from ``narrated``, the outlet's own sentences) that overlap a statement."""
    start = article.text.find(text)
    if start < 0:
        raise InputError(f"{article.id}: statement {text[:60]!r} does not occur in the article")
    end = start + len(text)
    found = {a.id for a in corpus.attributions
             if a.article == article.id and a.cue.span.start < end and a.content.span.end > start}
    return found | {c.id for c in narrated if c.attribution.article == article.id
                    and c.attribution.content.span.start < end and c.attribution.content.span.end > start}


def evaluate_disputes(folder: "str | Path", *, narration: bool = True) -> DisputeScore:
    """Run :func:`~.marks.contradictions` on the articles of each labelled pair of ``folder`` (see the module);
    with ``narration``, the outlets' own sentences are claims too (a statement no attribution covers can be
    marked)."""
    root = Path(folder)
    pairs = load_dispute_pairs(root)
    dates = publication_dates(root)
    cache: dict[str, Article] = {}

    def article(aid: str) -> Article:
        if aid not in cache:
            path = root / "articles" / f"{aid}.txt"
            if not path.exists():
                raise InputError(f"{root}: no article file {path.name}")
            art = read_article(path)
            cache[aid] = attrs.evolve(art, published=dates.get(aid, art.published))
        return cache[aid]

    marks_of: dict[tuple[str, ...], tuple[Corpus, list[Mark], list[Claim]]] = {}
    predicted = []
    for p in pairs:
        ids = tuple(sorted({p.a["article"], p.b["article"]}))
        if ids not in marks_of:
            corpus = Corpus(article(i) for i in ids)
            marks = [m for m in contradictions(corpus, narration=narration) if m.kind == "contradicts"]
            marks_of[ids] = (corpus, marks, narration_claims(corpus) if narration else [])
        corpus, marks, narrated = marks_of[ids]
        xa = _covering(corpus, article(p.a["article"]), p.a["text"], narrated)
        xb = _covering(corpus, article(p.b["article"]), p.b["text"], narrated)
        joined = [m for m in marks if (m.a in xa and m.b in xb) or (m.a in xb and m.b in xa)]
        predicted.append(_strongest(joined))
    baseline = tuple(baseline_dispute(p.a["text"], p.b["text"]) for p in pairs)
    return DisputeScore(tuple(pairs), tuple(predicted), baseline)


def _strongest(marks: Iterable[Mark]) -> str:
    """The kind shown for a pair joined by several marks: the most specific (denies, updates, disagrees)."""
    kinds = {m.dispute or "contradicts" for m in marks}
    for kind in DISPUTE_ORDER:
        if kind in kinds:
            return kind
    return ""


@attrs.frozen
class ConflictScore:
    """Annotated conflicts of a story found by dispute marks, and the marks between gold rows of two claims
    that no conflict names (wrong unless the annotation missed one)."""

    conflicts: tuple[dict, ...]
    found: tuple[str, ...]  # per conflict: the kind of the mark that joins it, or ""
    wrong: tuple[tuple[str, str, str], ...]  # (claim, claim, kind) joined by a mark with no annotated conflict
    baseline_found: int = 0  # conflicts the baseline marks
    baseline_wrong: int = 0  # claim pairs the baseline marks that no conflict names

    @property
    def recall(self) -> float:
        return sum(bool(f) for f in self.found) / len(self.conflicts) if self.conflicts else 0.0

    @property
    def precision(self) -> float:
        right = sum(bool(f) for f in self.found)
        return right / (right + len(self.wrong)) if right + len(self.wrong) else 0.0

    @property
    def baseline(self) -> tuple[float, float]:
        """Precision and recall of the baseline."""
        n = self.baseline_found + self.baseline_wrong
        return (self.baseline_found / n if n else 0.0,
                self.baseline_found / len(self.conflicts) if self.conflicts else 0.0)

    def report(self, *, verbose: bool = False) -> str:
        """The figures as printed by ``claimtrack eval --disputes STORY``, next to the baseline."""
        d = self.as_dict()
        bp, br = self.baseline
        lines = [f"conflicts: {d['conflicts']}   found by a dispute mark: {d['found']} (kind right: {d['kind_right']})"
                 f"   recall {self.recall:.3f}",
                 f"claim pairs marked with no annotated conflict: {d['wrong']}   precision {self.precision:.3f}",
                 f"baseline (digits or negators differ, on the gold rows): precision {bp:.3f}  recall {br:.3f}"]
        if verbose:
            for conflict, found in zip(self.conflicts, self.found):
                lines.append(f"{'found ' if found else 'missed'} {conflict['kind']:<11} {conflict['a']} / {conflict['b']}"
                             + (f" ({found})" if found and found != conflict["kind"] else ""))
            lines += [f"wrong  {kind:<11} {x} / {y}" for x, y, kind in self.wrong]
        return "\n".join(lines) + "\n"

    def as_dict(self) -> dict:
        bp, br = self.baseline
        return {"conflicts": len(self.conflicts), "found": sum(bool(f) for f in self.found),
                "kind_right": sum(f == c["kind"] for f, c in zip(self.found, self.conflicts)),
                "recall": round(self.recall, 4), "wrong": len(self.wrong), "precision": round(self.precision, 4),
                "baseline": {"precision": round(bp, 4), "recall": round(br, 4),
                             "marked": self.baseline_found + self.baseline_wrong, "right": self.baseline_found}}


def evaluate_conflicts(folder: "str | Path", corpus: Corpus | None = None) -> ConflictScore:
    """Score the dispute marks of a story folder against its ``conflicts.json`` (see the module)."""
    root = Path(folder)
    if corpus is None:
        outlets = read_outlets(root / "outlets.json") if (root / "outlets.json").exists() else {}
        arts = []
        for path in sorted((root / "articles").glob("*.txt")):
            outlet, published = outlets.get(path.stem, (None, None))
            arts.append(read_article(path, outlet=outlet, published=published))
        corpus = Corpus(arts)
    articles = {a.id: a for a in corpus.articles}
    gold = load_gold(root / "gold", articles)
    try:
        conflicts = tuple(parse_json(read_text(root / "conflicts.json"), str(root / "conflicts.json"))["conflicts"])
    except (KeyError, TypeError) as err:
        raise InputError(f"{root / 'conflicts.json'}: expected {{\"conflicts\": [{{\"a\", \"b\", \"kind\"}}, ...]}}") from err
    matched = align(gold, corpus.attributions)
    claim_of: dict[str, str] = {a.id: gold[n].row["claim"] for n, a in matched.items()}
    joined: Counter[tuple[frozenset[str], str]] = Counter()
    for m in contradictions(corpus):
        if m.kind != "contradicts" or m.a not in claim_of or m.b not in claim_of:
            continue
        ca, cb = claim_of[m.a], claim_of[m.b]
        if ca != cb:
            joined[(frozenset((ca, cb)), m.dispute or "contradicts")] += 1
    named = {frozenset((c["a"], c["b"])) for c in conflicts}
    found = []
    for c in conflicts:
        kinds = {k for (pair, k) in joined if pair == frozenset((c["a"], c["b"]))}
        found.append(c["kind"] if c["kind"] in kinds else _strongest_kind(kinds))
    wrong = sorted({(min(pair), max(pair), k) for (pair, k) in joined if pair not in named})
    # The baseline on the gold rows themselves: two claims are in conflict when the contents of some row of
    # each differ in digits or negators.
    rows: dict[str, list[str]] = {}
    for g in gold:
        rows.setdefault(g.row["claim"], []).append(g.content)
    names = sorted(rows)
    marked = {frozenset((x, y)) for i, x in enumerate(names) for y in names[i + 1 :]
              if any(baseline_dispute(a, b) for a in rows[x] for b in rows[y])}
    return ConflictScore(conflicts, tuple(found), tuple(wrong), len(marked & named), len(marked - named))


def _strongest_kind(kinds: set[str]) -> str:
    for kind in DISPUTE_ORDER:
        if kind in kinds:
            return kind
    return ""
