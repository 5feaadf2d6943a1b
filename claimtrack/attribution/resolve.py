"""Who a source really is: carryover, back-references and source kinds.

- *carryover*: a cue with no subject (``وأضافت``, ``مضيفا``) takes the source of the attribution before it.
- *back-reference*: a short definite noun from ``data/backreferences.tsv`` (``المصدر``, ``البيان``,
  ``الوكيل``, ``وكيل الوزارة``) or a bare surname (``تاونسند``, ``برنت``) stands for an earlier, fuller
  mention; the source span is then that mention ("قائد القيادة العسكرية الأمريكية بإفريقيا الجنرال ستيفن
  تاونسند").  A document back-reference (``وأكد البيان``) resolves to the body that issued the statement,
  with the document kept in ``via``.
- *kind*: person, official, organization, anonymous, document, media, collective or unknown, from the
  mention's words (``data/sources.tsv``) and the alias table.
"""

from __future__ import annotations

import functools

import attrs
import regex

from ..geography import nisba_place
from ..lexicon.aliases import aliases
from ..lexicon.grammar import Grammar
from ..lexicon.morph import DEFINITE, LAM_LAM, NISBA_ENDINGS_NO_DUAL
from ..models import Article, Attribution, Mention
from ..normalize import Normalized, fold
from .draft import Draft
from .nounphrase import noun_phrase
from .tokens import COMMAS, QUOTE, SentenceTokens, Token, tokenize
from .wordlists import rule_words

__all__ = ["Resolver", "SourceGuess", "classify_source"]

_ALIAS_KINDS = {"org": "organization", "place": "organization", "person": "person"}


@attrs.frozen
class SourceGuess:
    mention: Mention
    kind: str
    resolved: str
    via: tuple[Mention, ...] = ()


@functools.cache
def _alias_types() -> dict[str, str]:
    return {fold(a.alias): a.type for a in aliases()}


def classify_source(words: list[Token], g: Grammar) -> str:
    """Kind of a source mention from its words."""
    words = [w for w in words if w.is_word]
    if not words:
        return "unknown"
    kinds = [g.kind_of_word(w.key) or (g.kind_of_word(w.bare) if w.conj else None) for w in words]
    first = kinds[0]
    definite = words[0].definite
    if first == "official" and not definite and len(words) <= 4 and not any(k == "official" for k in kinds[1:]) \
            and all(not w.definite and _looks_adjective(w) for w in words[1:]):
        # "مسؤول عسكري أميركي"; not "وزير الدفاع الأمريكي", whose annexed noun makes it one named office
        return "anonymous"
    if "official" in kinds:
        return "official"
    if first:
        return first
    alias = _alias_types().get(" ".join(w.key for w in words)) or _alias_types().get(words[0].key)
    if alias:
        return _ALIAS_KINDS.get(alias, "organization")
    for k in kinds:
        if k:
            return k
    return "unknown"


def _unquote(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop the quote marks around a quoted name used as a source ("أفريكوم" -> أفريكوم)."""
    if b - a > 2 and text[a] == QUOTE and text[b - 1] == QUOTE and QUOTE not in text[a + 1 : b - 1]:
        return a + 1, b - 1
    return a, b


_WORD = regex.compile(r"\w+")


def _looks_adjective(t: Token) -> bool:
    return t.unprefixed.endswith(NISBA_ENDINGS_NO_DUAL)


class Resolver:
    """Resolves the sources of one article's attributions, in document order."""

    def __init__(self, article: Article, norm: Normalized, g: Grammar) -> None:
        self.article = article
        self.norm = norm
        self.g = g
        self.all = SentenceTokens(tokenize(norm.text), g)
        # Where each word stands, under each of its forms: antecedent search without rescanning the text.
        self.positions: dict[str, list[int]] = {}
        for t in self.all.tokens:
            if t.is_word:
                for form in {t.key, t.bare, t.unprefixed}:
                    self.positions.setdefault(form, []).append(t.i)
        self.history: list[tuple[Attribution, Draft]] = []

    def mention(self, a: int, b: int) -> Mention:
        span = self.norm.span(a, b)
        return Mention(span.of(self.article.text), span)

    def remember(self, record: Attribution, draft: Draft) -> None:
        self.history.append((record, draft))

    def previous(self) -> SourceGuess | None:
        for record, _ in reversed(self.history):
            if record.source.resolved != "none" and record.source.text:
                src = record.source
                return SourceGuess(Mention(src.text, src.span), src.kind, "carryover")
        return None

    def resolve(self, d: Draft, st: SentenceTokens) -> SourceGuess:
        if d.source is not None and d.source_tokens is not None:
            words = st.tokens[d.source_tokens[0] : d.source_tokens[1]]
            if words and d.kind == "according" and words[0].key.startswith(LAM_LAM) and len(words[0].key) > 4:
                # "وفقا للخزرجي": the article of the name is fused with the marker's ل; look it up as الخزرجي
                words = [attrs.evolve(words[0], key=DEFINITE + words[0].key[2:])] + words[1:]
            guess = self.backreference(d, words)
            if guess is not None:
                return guess
            a, b = _unquote(self.norm.text, *d.source)
            return SourceGuess(self.mention(a, b), classify_source(words, self.g), "explicit")
        same_sentence = [r for r, dd in self.history if dd.sentence == d.sentence]
        if d.subject_hint is not None and not same_sentence:
            # "نشرت القيادة ... توضيحا ... قائلة": the participle hangs on that clause's subject.
            a, b = d.subject_hint
            words = st.tokens[a:b]
            hint = attrs.evolve(d, source=(words[0].start, words[-1].end), source_tokens=(a, b))
            return self.resolve(hint, st)
        prev = self.previous()
        if prev is not None:
            return prev
        pos = self.norm.span(d.cue[0], d.cue[0])
        return SourceGuess(Mention("", pos), "unknown", "none")

    # --- back-references -------------------------------------------------------------------------
    def backreference(self, d: Draft, words: list[Token]) -> SourceGuess | None:
        while len(words) > 1 and words[-1].is_word and "emphatic" in self.g.role(words[-1].key):
            words = words[:-1]  # "المسؤول ذاته", "المصدر نفسه": the emphatic pronoun points back too
        keys = tuple(w.key for w in words if w.is_word)
        if not keys:
            return None
        bare_keys = (words[0].bare,) + keys[1:]
        antecedent = self.g.backrefs.get(keys) or self.g.backrefs.get(bare_keys)
        here = self.mention(*d.source)  # type: ignore[misc]
        if antecedent is None and len(keys) == 2 and nisba_place(keys[1]):
            # "المسؤول الروسي", "المصدر التشادي": a back-reference noun for a person with a nationality points
            # back to the nearest earlier official or person of that country ("الحكومة المغربية" names a body
            # in full and points nowhere)
            if (self.g.backrefs.get(keys[:1]) or self.g.backrefs.get(bare_keys[:1])) in ("any", "official", "person"):
                place = nisba_place(keys[1])
                for record, _draft in reversed(self.history):
                    if record.source.kind in ("official", "person") and \
                            any(nisba_place(fold(w)) == place for w in _WORD.findall(record.source.text)):
                        return SourceGuess(Mention(record.source.text, record.source.span), record.source.kind,
                                           "backreference")
                return None
        if antecedent == "document":
            for record, draft in reversed(self.history):
                if draft.medium_document and record.source.text:
                    return SourceGuess(Mention(record.source.text, record.source.span), record.source.kind, "backreference", (here,))
            return None  # no statement was mentioned before: "البيان" stays the source
        if antecedent == "any":
            prev = self.previous()
            return None if prev is None else attrs.evolve(prev, resolved="backreference")
        if antecedent:
            # "الوكيل", "الجيش": the nearest earlier full mention with that head word; with none, the
            # mention stays as written (a first mention, not a back-reference).
            head = words[0].unprefixed if words[0].is_word else keys[0]
            return self.earlier_mention(head, d.source[0])  # type: ignore[index]
        # "المديرية", "الجيش": one definite word naming a kind of body or office points back to the
        # nearest fuller mention with that head; "وزير التموين" (an office, no name) to the named one.
        content_words = [w for w in words if w.is_word]
        if content_words and content_words[0].definite and len(content_words) == 1 and self.all.kind(content_words[0]):
            found = self.earlier_mention(content_words[0].unprefixed, d.source[0])  # type: ignore[index]
            if found is not None and len(found.mention.text) > len(here.text):
                return found
        if 2 <= len(content_words) <= 3 and self.all.is_title(content_words[0]) and not content_words[0].definite:
            found = self.earlier_mention(content_words[0].unprefixed, d.source[0], require_title=True)  # type: ignore[index]
            if found is not None and content_words[1].key in fold(found.mention.text) and len(found.mention.text) > len(here.text) + 3:
                return found
        # A bare name ("تاونسند", "برنت", "النمروش") first written in full earlier in the article.
        content_words = [w for w in words if w.is_word]
        if 1 <= len(content_words) <= 2 and not any(self.all.kind(w) for w in content_words):
            found = self.earlier_mention(content_words[-1].key, d.source[0], require_title=True)  # type: ignore[index]
            if found is not None and len(found.mention.text) > len(here.text):
                return found
        return None

    def earlier_mention(self, head: str, before: int, require_title: bool = False) -> SourceGuess | None:
        """The nearest earlier mention around the word ``head`` that is a full mention, not itself a short
        back-reference ("وكيل الوزارة" is skipped for "وكيل وزارة الدفاع ...، صلاح الدين النمروش")."""
        tokens = self.all.tokens
        for k in reversed(self.positions.get(head, [])):
            t = tokens[k]
            if t.start >= before:
                continue
            start, prefix = self.left_edge(k)
            has_title = any(self.all.is_title(u) for u in tokens[start : k + 1])
            if require_title and not has_title:
                continue
            end = max(noun_phrase(self.all, start), k + 1)
            for m in range(start + 1, end):  # ... and so does its end
                if any(c in self.norm.text[tokens[m - 1].end : tokens[m].start] for c in "\r\n"):
                    end = max(m, k + 1)
                    break
            a = tokens[start].start + prefix
            b = tokens[end - 1].end
            words = [w for w in tokens[start:end] if w.is_word]
            keys = tuple(w.key for w in words)
            if keys in self.g.backrefs or (words and (words[0].bare,) + keys[1:] in self.g.backrefs):
                continue
            return SourceGuess(self.mention(a, b), classify_source(words, self.g), "backreference")
        return None

    def left_edge(self, k: int) -> tuple[int, int]:
        """Leftmost title of the mention around token ``k``, and how many of its letters are a clitic."""
        tokens = self.all.tokens
        j = k
        crossed_comma = False
        best = (k, 0)
        while j > 0 and k - j < 12:
            t = tokens[j - 1]
            if "\n" in self.norm.text[t.end : tokens[j].start] or "\r" in self.norm.text[t.end : tokens[j].start]:
                break  # a mention stays on its line
            if t.text in COMMAS and not crossed_comma:
                crossed_comma = True
                j -= 1
                continue
            if not t.is_word or self.all.is_comp(t) or self.all.is_cue_word(t):
                break
            roles = self.all.roles(t)
            if roles - {"adjective", "preposition"} or ("preposition" in roles and t.key not in rule_words().inner_preposition):
                break
            # و/ف before a title is a clitic ("ووزير") unless the whole word is the title ("وزير", "والي")
            if t.conj and t.bare != t.key and not self.g.kind_of_word(t.key):
                if self.all.kind(t) in ("official", "person"):
                    best = (j - 1, 1)
                break
            j -= 1
            if self.all.kind(tokens[j]) in ("official", "person"):
                best = (j, 0)
        return best
