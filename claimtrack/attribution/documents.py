"""Documents that speak: a statement, a report or a study stands for the body that issued it.

"التقرير الـ 51 لمؤسسة النقد": the issuer right after the document; "نتائج البحث الذي أجرته مؤسسة ...": the
body that conducted it; "وأكد البيان" after "موضحة في بيان صحفي أن" or "أصدر ... تقريرا يفيد": the body that
spoke through it before.  The document is kept in ``via`` (the guide's Documents convention).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..lexicon.morph import ALEF, DEFINITE, LAM, LAM_LAM
from ..models import Attribution, Mention
from ..normalize import fold
from .draft import Draft
from .mention_words import WORD_RE, alias_forms
from .mentions import PREPOSITION_ARTICLE, ArticleMentions, SourceGuess
from .nounphrase import noun_phrase
from .source_kind import classify_source
from .tokens import COLON, QUOTE, SentenceTokens, Token, without_clitic
from .wordlists import pattern, rule_words

__all__ = ["DocumentIssuers", "document_content_start"]


_DOCUMENT_OBJECT_WORDS = 4  # tokens after the subject searched for a document the verb has for object
_ORDINAL_ARTICLE = frozenset({DEFINITE})  # "التقرير الـ 51": the article written apart before a number


class DocumentIssuers(ArticleMentions):
    """A document that speaks, and the body that issued it."""

    def document_of_named(self, words: list[Token], here: Mention) -> SourceGuess | None:
        """"ورصد تقرير مؤسسة النقد", "وأبرز تقرير "ساما"": a document of a body named in short (a shorter form
        or a listed alias) whose full name spoke earlier through a document is that body again, with the
        document in ``via`` (the guide's Documents convention)."""
        content_words = [w for w in words if w.is_word]
        if len(content_words) < 2 or content_words[0].definite or self.g.kind_of_word(content_words[0].key) != "document":
            return None
        name = " ".join(w.key for w in content_words[1:])
        forms = {name} | alias_forms(name)
        for record, draft in reversed(self.history):
            said = fold(record.source.text)
            if record.source.text and (draft.medium_document or self.issued_document(record, draft)) \
                    and len(said) > len(name) and any(regex.search(rf"(?<!\w){regex.escape(f)}(?!\w)", said) for f in forms):
                return SourceGuess(Mention(record.source.text, record.source.span), record.source.kind, "backreference", (here,))
        return None

    def issuer_after(self, end: int) -> SourceGuess | None:
        """The body a document is "of", right after it: "التقرير الـ 51 لمؤسسة النقد العربي السعودي" -> مؤسسة
        النقد العربي السعودي (a number or an ordinal may stand between)."""
        tokens = self.all.tokens
        k = bisect_left(self.all.starts, end)
        while k < len(tokens) and k < bisect_left(self.all.starts, end) + 3 and (tokens[k].kind == "num" or tokens[k].key in _ORDINAL_ARTICLE):
            k += 1
        t = self.all.tok(k)
        if t is None or not t.is_word or not t.key.startswith(LAM) or t.key.startswith(LAM_LAM) or len(t.key) < 4:
            return None
        if self.g.kind_of_word(t.key[len(LAM):]) not in ("organization", "official"):
            return None
        body = without_clitic(t)
        view = self.all.with_token(k, body)
        stop = max(noun_phrase(view, k), k + 1)
        for m in range(k + 1, stop):
            if not self.same_line(m - 1, m):
                stop = m
                break
        words = [w for w in view.tokens[k:stop] if w.is_word]
        return SourceGuess(self.mention(t.start + len(LAM), tokens[stop - 1].end), classify_source(words, self.g), "backreference")

    def said_in_document(self, d: Draft) -> bool:
        """Was a participle said in a document ("موضحة في بيان صحفي أن")?  Then a later "وأضاف البيان" is it.
        (The verb rule marks its own ``medium_document``; "وجاء في بيان صادر عن ..." keeps the document.)"""
        if d.content_start is None or d.kind != "participle":
            return False
        tokens = self.all.tokens
        a, b = bisect_left(self.all.starts, d.cue[1]), bisect_left(self.all.starts, d.content_start)
        return any(self.g.kind_of_word(tokens[k].unprefixed) == "document" and self.all.is_prep(tokens[k - 1])
                   for k in range(max(a, 1), min(b, a + 6)))

    def conducted_by(self, d: Draft, st: SentenceTokens) -> SourceGuess | None:
        """The body that made a document, named in a relative clause right after it ("وأفادت نتائج البحث الذي
        أجرته مؤسسة الرأي “آيبونيون” ... بأن"; construction_patterns.tsv, conducted-by): the guide's Documents
        convention, the issuer is the source and the document is in ``via``."""
        a, b = d.source_tokens  # type: ignore[misc]
        words = [w for w in st.tokens[a:b] if w.is_word]
        if not words or classify_source(words, self.g) not in ("document", "unknown"):
            return None  # "نتائج البحث", "الدراسة": what a body conducts or issues, no speaker of its own
        relative, made = pattern("conducted-by").words()
        rel, verb = st.tok(b), st.tok(b + 1)
        if rel is None or verb is None or rel.key not in relative.words or verb.key not in made.words:
            return None
        head = st.tok(b + 2)
        end = noun_phrase(st, b + 2)
        if head is None or end <= b + 2 or st.kind(head) not in ("organization", "official", "media", "person"):
            return None
        body = [w for w in st.tokens[b + 2 : end] if w.is_word]
        return SourceGuess(self.mention(head.start, st.tokens[end - 1].end), classify_source(body, self.g), "explicit",
                           (self.mention(*d.source),))  # type: ignore[misc]

    def document_object(self, record: Attribution, d: Draft) -> bool:
        """Did a verb with its own subject have a document for its object, before the content ("أصدر مكتب
        المساءلة الحكومي الأميركي تقريرا يفيد بأن ...")?  Then a later "كما يقول التقرير" is that body speaking
        again."""
        if d.kind != "verb" or record.source.resolved != "explicit" or d.source is None or d.content_start is None:
            return False
        tokens = self.all.tokens
        a, b = bisect_left(self.all.starts, d.source[1]), bisect_left(self.all.starts, d.content_start)
        for k in range(max(a, 1), min(b, a + _DOCUMENT_OBJECT_WORDS)):
            t = tokens[k]
            if not t.is_word or self.all.is_prep(t):
                return False  # "أثنى الجانب الأمريكي، حسب البيان،": an aside, not the object
            # the indefinite object is written with the alef of its accusative: تقريرا، بيانا
            key = t.key[:-1] if t.key.endswith(ALEF) and not t.definite else t.key
            if not t.key.startswith(PREPOSITION_ARTICLE) and self.g.kind_of_word(key) == "document":
                return True
        return False

    def issued_document(self, record: Attribution, d: Draft) -> bool:
        """Did a verb have a document for its subject and its issuer for the source ("وكشف التقرير الـ 51
        الصادر حديثًا عن مؤسسة النقد ...")?  Then a later "وأكد التقرير" is that body speaking again.
        ("وجاء في بيان صادر عن ..." keeps the document: that is another construction.)"""
        if d.kind != "verb" or record.source.resolved != "explicit":
            return False
        for v in record.source.via:
            if v.span.start > record.source.span.start:
                continue  # "أثنى الجانب الأمريكي، حسب البيان،": an according-to aside, not the verb's subject
            first = WORD_RE.search(fold(v.text))
            if first is not None and self.g.kind_of_word(first.group()) == "document":
                return True
        return False


# At most this many words (an adjective, a time word: "بيانا جديدا", "بيانا البارحة،") between a document and the verb
# that says what is in it.
_DOCUMENT_WORDS = 2


def document_content_start(st: SentenceTokens, k: int) -> int | None:
    """Where what a document says starts when a verb with "فيه" tells it, after the issuing verb and the document
    ("أصدرت وزارة الخزانة الأميركية تقريرا قالت فيه إن العقوبات", aawsat 2015-07-31; "أصدر الجيش بيانا أعرب فيه عن
    شكره" is left, its verb says what the statement does): past the verb, فيه, its own preposition and a complementizer
    or a colon; None when no such verb follows within a few words.  (Not past a comma: there the verb is a cue of its
    own, or none at all: "وأصدرت قوات حماية الشعب، أمس، بيانا كشفت فيه أن", aawsat_7b50b98164, is left, as its
    content would run on over the next clause "، وقال دوغان، معلقا:", which no cue of its own ends.)"""
    for m in range(k, min(len(st.tokens), k + _DOCUMENT_WORDS + 1)):
        u, inside = st.tokens[m], st.tok(m + 1)
        if u.is_word and st.speech_verb(u) and inside is not None and inside.key in rule_words().in_document:
            after = st.tok(m + 2)
            if after is not None and st.is_prep(after) and any(after.key in f.verb.preps for f in st.cue_forms(u)):
                m, after = m + 1, st.tok(m + 3)  # the verb's own preposition ("أشاروا فيه إلى أنه")
            if after is not None and after.text in (COLON, QUOTE):
                return m + 3 if after.text == COLON else m + 2
            # a complementizer; not a nominal object, whose verb says what the statement does with it ("ينفي فيه
            # الأخبار المتداولة", "اتهمت فيه كليات الصحافة بأنها")
            return m + 3 if st.is_comp(after) else None
        # (not past a comma: "أصدرت جامعة تبوك بيانا البارحة، أوضحت فيه أن" is a clause, its verb a cue of its own)
        if not u.is_word or st.is_comp(u) or st.is_prep(u):
            return None
    return None
