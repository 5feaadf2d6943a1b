"""What an article is about, for a denial held against a statement of its own article: the terms many of its
sentences name (:func:`article_topic`), where its lead and its opening end; a denial linked by those words alone
(:func:`topic_only`), or told deep in the article (:func:`told_late`), denies nothing of the statements it meets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from ..claims.key import topic_key
from ..lexicon.background import background
from ..matching.score import Claim
from ..models import Article, Attribution
from ..sentences import split_sentences
from .denied import names_news
from .denied_object import opens_with_news
from .disputes import denial_mentions
from .statement_words import statement_words

__all__ = ["Topic", "article_topic", "told_late", "topic_only"]


def told_late(denial: Claim, other: Claim, articles: Mapping[str, Article], topics: "dict[str, Topic]") -> bool:
    """Is a denial told after its article's opening (:data:`_OPENING_SENTENCES`) held against a statement of its
    own article?  A denial deep in a report is a detail of it ("ونفى الزميل الرحبي علاقته بالخبر" in the
    fifteenth sentence of a feature on Yemen's jailed journalists, aawsat a1a3370e27623, 2015-08-03), not a
    denial of what the report tells before it; a denial the article opens with is its news ("الداخلية التونسية
    ... خلافا لما تم تداوله", alriyadh a7298076aa392, 2015-07-26).  A denial that opens by pointing back to the
    news told before it ("وكانت الحركة قد نفت تلك التقارير آنذاك", aawsat a0a0547a58dc6) denies that news wherever
    it stands."""
    art = denial.attribution.article
    if art != other.attribution.article:
        return False
    if names_news(" ".join(w for w, _ in statement_words(denial.attribution.content.text)[:_BACK_WORDS])) \
            or opens_with_news(denial.attribution.content.text):
        return False  # (and "نفى المتحدث باسم طالبان نبأ وفاة زعيم شبكة حقاني": the news it names, told anywhere)
    topic = topics.get(art)
    if topic is None:
        topic = topics[art] = article_topic(articles[art])
    return denial.attribution.cue.span.start >= topic.opening_end


@attrs.frozen
class Topic:
    """What an article is about: the terms many of its sentences name (``words``), where its lead ends, and
    where its opening (:data:`_OPENING_SENTENCES`) ends."""

    words: frozenset[str]
    lead_end: int
    lead_denies: bool
    opening_end: int = 0

    def leads(self, a: Attribution) -> bool:
        """Is the article about a denial: ``a`` told in its lead (headline and first sentence), or a denial there
        ("إدارة مستشفى الدوادمي: لا صحة لرسالة «كورونا»", okaz 8ce0d06642: real_disputes D2-040)?"""
        return self.lead_denies or a.cue.span.start < self.lead_end


def topic_only(denial: Claim, other: Claim, words: Sequence[str], articles: Mapping[str, Article],
                topics: dict[str, Topic]) -> bool:
    """Is a denial linked to a statement of its own article by the article's topic words and common words alone:
    fewer than :data:`_OWN_LINK` of its link ``words`` are neither the topic (:func:`article_topic`) nor words of
    more than :data:`_OWN_SPECIFIC_MOST` articles (يجب 1,403: "يجب على موثق الوكالة" and "نافياً للجهالة ... يجب
    تدوين", alriyadh a7a41a162d40a), in an article that is not about the denial (:meth:`Topic.leads`)?"""
    art = denial.attribution.article
    if not words or art != other.attribution.article:
        return False
    topic = topics.get(art)
    if topic is None:
        topic = topics[art] = article_topic(articles[art])
    bg = background()
    specific = [w for w in words if w not in topic.words and (w.startswith("e:") or bg.count(w) <= _OWN_SPECIFIC_MOST)]
    return not topic.leads(denial.attribution) and len(specific) < _OWN_LINK


def article_topic(article: Article) -> Topic:
    """The terms that at least :data:`_TOPIC_SHARE` of an article's sentences (and :data:`_TOPIC_LEAST` of them)
    name: in alriyadh a677d14f08d2d (a survey of the dates trade) تمور and مصنع are in sentence after sentence,
    and link "الحليبي نفى أن يكون هناك أي تسهيلات تقدم لهم كمصنعين للتمور" to every other statement of it."""
    sentences = split_sentences(article, headlines=True)
    counts: dict[str, int] = {}
    for s in sentences:
        for f in set(topic_key(s.text).ordered):  # (claim_key's words, not its figures)
            counts[f] = counts.get(f, 0) + 1
    least = max(_TOPIC_LEAST, _TOPIC_SHARE * len(sentences))
    lead_end = sentences[1].span.end if len(sentences) > 1 else (sentences[0].span.end if sentences else 0)
    lead = " ".join(s.text for s in sentences[:2])
    opening = sentences[: _OPENING_SENTENCES]
    opening_end = opening[-1].span.end if opening else 0
    if len(sentences) < _TOPIC_SENTENCES:
        return Topic(frozenset(), lead_end, True, opening_end)  # a short article tells one story, its denial's among them
    return Topic(frozenset(f for f, n in counts.items() if n >= least), lead_end, bool(denial_mentions(lead, 0)), opening_end)


# A denial linked to a statement of its own article, not in its lead, needs this many link words that are not the
# article's topic (:func:`article_topic`: named by _TOPIC_SHARE of its sentences, and by _TOPIC_LEAST at least).
_OWN_LINK = 2
_TOPIC_SHARE = 0.2
# A link word of more articles than this (of 20,290) is common (places._SPECIFIC_MOST: حكوم 3,427، يجب 1,403).
_OWN_SPECIFIC_MOST = 600
_TOPIC_LEAST = 3
# An article of fewer sentences than this is one story: a denial there links by its words as anywhere (aawsat
# a0a0547a58dc6, 6 sentences: "وكانت الحركة قد نفت تلك التقارير آنذاك" and the report of Mullah Omar's death).
# A survey or a feature of many (alriyadh a677d14f08d2d, 64) tells many statements of one topic.
_TOPIC_SENTENCES = 20
# A denial is the news of its article when told in its first sentences (the headline and two more): held against
# a statement of its own article only then, or when it points back to it.
_OPENING_SENTENCES = 3
# How many words a denial may open with before the news it points back to (تلك التقارير).
_BACK_WORDS = 3
