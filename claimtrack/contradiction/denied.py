"""What a denial denies: its denial words (in its cue, its content or the rest of its sentence), what it names as
denied (its content, or its sentence for a short content), whose statements it calls false, and the claims its
rare words may link it to (:func:`~.marks.find_disputes` marks the links)."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..claims import ClaimKey, claim_key
from ..claims.key import topic_key
from ..lexicon import read_words
from ..lexicon.grammar import grammar
from ..lexicon.morph import ALEF, WAW, without_conjunction
from ..matching.score import Claim
from ..matching.speaker_relation import relation
from ..matching.speakers import Speaker, speaker_of
from ..models import Article, Attribution, Mention
from ..spans import Span
from ..normalize import fold
from ..polarity import negated_cue
from ..sentences import split_sentences
from .denial_links import rare_skeletons, shared_event
from .disputes import (DENIAL_VERB_REACH, denial_mentions, opens_with_report_denied, report_speakers,
                       statement_backreference, statement_speakers)
from .statement_words import statement_words
from .window import DayWindow

__all__ = ["LeadTexts", "Leads", "Linkable", "SkeletonsMet", "article_lead", "authors_denied", "denied_key", "explicit_denial", "is_author",
           "named_denial", "names_news", "names_statements", "not_made", "second_part", "told_referent", "trailing_denial", "undenied",
           "withheld"]


def explicit_denial(a: Attribution) -> tuple[Mention, ...]:
    """The explicit denial words of an attribution: its cue (نفت، كذّب), a denial verb opening its content, or a
    phrase anywhere in its content ("... وما يتم تداوله بشأن منع فئات معينة غير صحيح").  A denial named as the
    object of another verb in the content is someone else's denial the speaker tells, not the speaker's: "أعلن
    [نادي الأهلي] إدارة الشباب أصدرت نفيا عن وجود أي نية لبيع حسن معاذ" (alriyadh a10b4b37de9d1, 2015-07-24:
    the club's statement and its other claims were marked as denied by itself, judged agreement, M011)."""
    own = tuple(m for m in denial_mentions(a.content.text, a.content.span.start, verbs_within=DENIAL_VERB_REACH)
                if not (m.span.start > a.content.span.start and named_denial(m.text)))
    return denial_mentions(a.cue.text, a.cue.span.start) + own


def second_part(a: Attribution, text: str) -> bool:
    """Is a denial's content the part after a complementizer joined by و, with words of the sentence between it and
    the cue: "ونفت اللجنة الوزارية التي شكلها وزير التعليم ... حدوث أي تعديل في الرغبات وان الرغبة الاولى للطالبة هي
    علوم الحاسب الآلي" (alyaum adb8a28a51, 2015-07-31; extraction took the clause after وان)?  That part is what the
    denier asserts beside what it denies, no denial of it (judged agreement with the university's "تحقيق لرغبتها الأولى
    بقبولها في تخصص علوم الحاسب", F039, F090, and unrelated with four other stories)."""
    gap = text[a.cue.span.end : a.content.span.start]
    words = statement_words(gap)
    if len(words) < 2 or gap[words[-1][1].end :].strip():
        return False
    last = words[-1][0]
    return last[:1] == WAW and last[1:] in grammar().complementizers


def named_denial(word: str) -> bool:
    """Is ``word`` a denial masdar in the accusative ("نفيا": "أصدرت نفيا"، "تضمن نفيا قاطعا"): a denial named as a
    thing someone issued?"""
    folded = fold(word)
    if not folded.endswith(ALEF):
        return False
    bare = folded[:-1]
    return any(f.form == "masdar" for f in grammar().cue_forms(bare, bare))


class SkeletonsMet(frozenset[str]):
    """What :func:`denial_target_linked` reads of a claim's :func:`rare_skeletons` when it is held against one
    denial: which of the denial's skeletons it has (``in``: the set's own members) and how many it has (``len``).  A
    corpus's claims and outlet sentences are indexed by their skeletons (:class:`Linkable`) and only those a denial's
    words meet are held against it, so their skeletons need not be kept as a set each (at 5,000 real articles,
    140,000 sets: 60 MB).  A set, so that ``in`` is the set's own test: at 16,000 real articles a denial's words are
    looked up in its candidates' skeletons 52 million times."""

    __slots__ = ("size",)
    size: int

    def __new__(cls, met: "Iterable[str]", size: int) -> "SkeletonsMet":
        self = super().__new__(cls, met)
        self.size = size
        return self

    def __len__(self) -> int:
        return self.size


class Linkable:
    """The claims a denial may be linked to by its rare words (:func:`~.denial_links.denial_target_linked`), indexed by
    the skeletons of their rare words and their articles' days: a denial is held only against the claims of its
    date window (:class:`~.window.DayWindow`) that share one of its words' skeletons (with none, no two words are
    shared), not against every claim.  Of each claim only the number of its skeletons is kept besides the index:
    which of them a denial's words meet is read off the index."""

    def __init__(self, claims: Sequence[Claim], weight: Callable[[str], float], window: DayWindow) -> None:
        self.claims, self.window = claims, window
        self.position = {c.id: i for i, c in enumerate(claims)}
        self.index: dict[str, dict[int | None, list[int]]] = {}
        self.sizes: list[int] = []  # how many skeletons each claim has
        for i, c in enumerate(claims):
            found = rare_skeletons(c.key, weight)  # one claim, every denial: once
            self.sizes.append(len(found))
            day = window.days.get(c.attribution.article)
            for s in found:
                self.index.setdefault(s, {}).setdefault(day, []).append(i)

    def near(self, words: "Iterable[tuple[str, str]]", refers_to: str | None,
             article: str) -> "tuple[list[Claim], dict[str, SkeletonsMet]]":
        """The claims within the date window of a denial of ``article`` that share the skeletons of two of its
        ``words`` (word, skeleton): fewer link no claim (:func:`~.denial_links.denial_target_linked`); and the claim it
        points back to (``refers_to``), in corpus order; and for each (by id) the skeletons of ``words`` it has."""
        met: dict[int, list[str]] = {}
        days = self.window.reach(article)
        words_of = Counter(s for _, s in words)  # how many of the denial's words a skeleton stands for
        for s in words_of:
            postings = self.index.get(s, {})
            for day in (postings if days is None else days):
                for i in postings.get(day, ()):
                    if i in met:
                        met[i].append(s)
                    else:
                        met[i] = [s]
        pointed = self.position.get(refers_to) if refers_to is not None else None
        if pointed is not None:
            met.setdefault(pointed, [])
        order = [i for i in sorted(met) if i == pointed or sum(words_of[s] for s in met[i]) >= 2]
        found = [self.claims[i] for i in order]
        return found, {c.id: SkeletonsMet(met[i], self.sizes[i]) for c, i in zip(found, order)}


# A denial whose content names fewer rare words than this names what it denies in the rest of its sentence
# ("نفت وزارة الداخلية الكويتية الأنباء المتداولة عن منع سعوديين من الدخول": content "الأنباء المتداولة").
_SHORT_DENIAL = 3


def trailing_denial(a: Attribution, texts: Mapping[str, str], cue_starts: Mapping[str, list[int]]) -> tuple[Mention, ...]:
    """A denial phrase after the content, in the rest of its sentence, where no other report starts
    ("الرسالة المتداولة لم تصدر عن مدير المستشفى، وهي عارية من الصحة")."""
    start = a.content.span.end
    end = min([a.sentence.end] + [c for c in cue_starts.get(a.article, ()) if start <= c])  # up to the next report
    if end <= start:
        return ()
    text = texts[a.article]
    return tuple(m for m in denial_mentions(text[start:end], start))


def denied_key(c: Claim, text: str, weight: Callable[[str], float]) -> ClaimKey:
    """What a denial names as what it denies: its content, or, for a short content (الأنباء المتداولة، هذه
    المعلومة), its whole sentence but the cue and the source: what the report says before it ("في الوقت الذي
    أكد فيه المتحدث ... أن الملا عمر توفي ...، نفى المتحدث باسم طالبان هذه المعلومة") and after it."""
    a = c.attribution
    def rare(key: ClaimKey) -> int:
        return sum(1 for f in dict.fromkeys(key.ordered) if weight(f) >= 2.0)

    # a content that points back to news (الأنباء المتداولة -> the headline "الكويت تنفي منع سعوديين من الدخول";
    # particles.tsv role anaphor_noun, not ذلك) is short in its own words, though its key is what it points to:
    # the sentence may name more ("وذلك بمنعهم من العبور عبر منفذ النويصيب"), and the more telling is taken
    own = c.key if not (a.content.refers_to and names_news(a.content.text)) else claim_key(a.content.text)
    if rare(own) >= _SHORT_DENIAL:
        return c.key
    cut = sorted([a.cue.span] + ([a.source.span] if a.source.text else []), key=lambda x: x.start)
    pieces, at = [], a.sentence.start
    for span in cut:
        pieces.append(text[at : max(at, span.start)])
        at = max(at, span.end)
    pieces.append(text[at : a.sentence.end])
    sentence = claim_key(" ".join(pieces))
    return sentence if own is c.key or rare(sentence) > rare(c.key) else c.key


# How many sentences before a denial that points back to statements (هذه الادعاءات) may name whose they are.
_BACK_REACH = 3


def authors_denied(a: Attribution, article: Article) -> "tuple[list[tuple[Speaker, frozenset[str]]] | None, str]":
    """Whose statements a denial calls false, when its sentence names statements (تصريحات المالكي، اتهامات نوري
    المالكي) or a report by who carried it (ما ورد عبر وكالة أنباء فارس): the speakers named after them, or None
    (a denial of facts, linked by what it names).  A denial that points back ("هذه الادعاءات تنافي الواقع")
    takes the speakers the headline and the sentences just before it name ("استنكرت ... تصريحات نوري المالكي
    ... التي ادعى فيها ..."), each with the words that name it. Also what the denial speaks of: its sentence, those it points back to and its
    article's lead."""
    sentence = a.sentence.of(article.text)
    about = [sentence, article_lead(article)]
    statements, reports = statement_speakers(sentence), report_speakers(sentence)
    if statements is None and reports is None:
        return None, " ".join(about)
    named = list(statements or ()) + list(reports or ())
    if statements is not None and statement_backreference(sentence):
        earlier = [s for s in split_sentences(article, headlines=True) if s.span.end <= a.sentence.start]
        back = [s.text for s in earlier if s.kind == "headline"] + [s.text for s in earlier[-_BACK_REACH:]]
        for text in dict.fromkeys(back):
            named += statement_speakers(text) or ()
            about.append(text)
    speakers = [(s, frozenset(claim_key(n).ordered)) for n in named
                if (s := speaker_of(n)).names or s.runs or s.titles]
    return speakers or None, " ".join(about)


def names_news(text: str) -> bool:
    """Does a content name news it points back to (الأنباء، التقارير، المعلومات: particles.tsv anaphor_noun)?"""
    return any("anaphor_noun" in grammar().role(w) for w, _ in statement_words(text))


def names_statements(a: Attribution, text: str) -> bool:
    """Does a denial's sentence name someone's statements or a report (تصريحات المالكي، ما ورد عبر ...)?"""
    sentence = a.sentence.of(text)
    return statement_speakers(sentence) is not None or report_speakers(sentence) is not None


# (a denial that names whose statements it calls false is held against every claim of a speaker like it in its window:
# at 16,000 articles 200,000 pairs of a few hundred speakers)
_relation = functools.lru_cache(maxsize=1 << 16)(relation)


def is_author(who: "tuple[Speaker, frozenset[str]]", other: Claim, text: str | None = None) -> bool:
    """Is ``other`` a claim of the speaker a denial names: the same speaker, and, when the denial names it by a
    title alone ("وكالة أنباء فارس": any agency's title), every word of it in the other's source?  With ``text``,
    ``other``'s article: a speaker it names by a surname alone is the one the denial names in full only if the
    article names that one (:func:`_named_in_full`)."""
    speaker, words = who
    if _relation(speaker, other.speaker) != "same":
        return False
    if text is not None and not _named_in_full(speaker, other.speaker, text):
        return False
    return bool(speaker.names or speaker.runs) or words <= set(claim_key(other.attribution.source.text).ordered)


def _named_in_full(named: Speaker, other: Speaker, text: str) -> bool:
    """Does an article whose claim's speaker is a surname alone ("المالكي") name the person a denial names in full
    ("نوري المالكي"), first name and surname in a row?  "وقد ألمح المالكي عبر حسابه" in a report on the actor فايز
    المالكي (adaa80b26b49b, 2015-07-21) is not Nouri al-Maliki, whose statements the GCC's Zayani called false (judged
    unrelated F018, F034, F061); a speaker named with more than a surname, or a denial naming a surname alone, asks
    nothing."""
    full = [run for run in named.runs if len(run) > 1]
    if not full or not other.runs or any(len(run) > 1 for run in other.runs):
        return True
    if not all(any(run[-1] == r[-1] for r in full) for run in other.runs):
        return True
    stems = _article_stems(text)
    return any(_in_row(run, stems) for run in full)


@functools.lru_cache(maxsize=256)
def _article_stems(text: str) -> tuple[str, ...]:
    return claim_key(text).ordered


def _in_row(run: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    """Does the surname of ``run`` stand in ``stems`` with the run's other words among the few before it ("نوري كامل
    المالكي" names "نوري المالكي")?"""
    first, last = set(run[:-1]), run[-1]
    return any(first <= set(stems[max(0, k - len(run) - _MIDDLE_NAMES) : k]) for k, s in enumerate(stems) if s == last)


_MIDDLE_NAMES = 2  # words a full name may hold between the names a denial gives


def article_lead(article: Article) -> str:
    """What an article is about: its headline and its first body sentence."""
    sentences = [s.text for s in split_sentences(article, headlines=True)]
    return " ".join(sentences[:2])


class LeadTexts(dict[str, str]):
    """Article id -> its lead (:func:`article_lead`: headline and first sentence), found when first asked
    for: :func:`.places.figures_apart` and :class:`Leads` read the leads of the articles whose figures it holds against others', and their
    key terms (:meth:`terms`), each once however many pairs the article's figures are in."""

    def __init__(self, articles: Mapping[str, Article]) -> None:
        super().__init__()
        self.articles = articles
        self._terms: dict[str, frozenset[str]] = {}

    def __missing__(self, key: str) -> str:
        lead = self[key] = article_lead(self.articles[key])
        return lead

    def terms(self, article: str) -> frozenset[str]:
        """The key terms of the article's lead."""
        if article not in self._terms:
            self._terms[article] = frozenset(topic_key(self[article]).ordered)  # (claim_key's words, not its figures)
        return self._terms[article]


class Leads:
    """The words of each article's lead (:func:`article_lead`), read once, to ask whether two articles tell one
    story: a denial linked by its words to an account in another article denies it only when the two leads
    share two rare words (:func:`~.denial_links.shared_event`) that few leads of the corpus name
    (:data:`_LEAD_SHARE`).  On a day of 1,400 articles two rare words of a denial meet those of hundreds of
    unrelated accounts ("ونفت حماس ... تخطط لتنفيذ عمليات في الضفة" / "تنفيذ ... عمل" in a tourism survey),
    and two leads share words of the day's big stories (سوريا، قتل); two articles of one story name its actors
    ("وفاة معلمة تبوك": تبوك، معلم)."""

    def __init__(self, articles: Mapping[str, Article], weight: Callable[[str], float]) -> None:
        self.articles, self.weight = articles, weight
        self.texts = LeadTexts(articles)
        self._df: dict[str, int] | None = None

    def of(self, article: str) -> frozenset[str]:
        return self.texts.terms(article)

    def meet(self, a: str, b: str) -> bool:
        """Do articles ``a`` and ``b`` tell one story (the same article does)?"""
        if a == b:
            return True
        shared = shared_event(self.of(a), self.of(b), self.weight)
        if len(self.articles) <= _LEAD_FEW or not shared:
            return bool(shared)
        if self._df is None:  # read every lead once, when two leads first meet
            self._df = {}
            for art in self.articles:
                for f in self.of(art):
                    self._df[f] = self._df.get(f, 0) + 1
        most = max(_LEAD_MOST, int(_LEAD_SHARE * len(self.articles)))
        return sum(1 for f in shared if self._df[f] <= most) >= 2


# Two leads meet on words that at most this share of the corpus's leads name, or _LEAD_MOST leads (one story
# told by ten outlets), and on any two rare words in a corpus of at most _LEAD_FEW articles (a story folder, two
# articles of a pair, where every lead names the story): the names of a story, not a day's big topics.
_LEAD_SHARE = 0.01
_LEAD_MOST = 10
_LEAD_FEW = 100


def undenied(a: Attribution, text: str) -> bool:
    """Is a denial cue one not made (:func:`not_made`)?"""
    return a.cue.stance == "deny" and not_made(text, a.cue.span) is not None


def not_made(text: str, cue: Span) -> Span | None:
    """Where ``text`` says that the denial at ``cue`` was not made: the negator before it ("ولم ينف"), or the
    alternative it is offered with (:func:`withheld`), through the cue; None for a denial made."""
    negator = negated_cue(text, cue)
    if negator is not None:
        return Span(negator.start, cue.end)
    return withheld(cue, text)


def withheld(cue: "Span", text: str) -> Span | None:
    """Where the denial cue at ``cue`` in ``text`` is one of two alternatives (denial_alternatives.txt) with a cue
    of another stance or a word of confirming (confirm_words.txt), after it or before it: the span from the
    first of them to the last, or None.  "رفضت وزارة الدفاع العراقية نفي أو تأكيد الأنباء التي تحدثت عن استيلاء
    الأكراد على طائرتين" (okaz a382d51a3758c, 2015-07-27) was marked as denying another outlet's report of the
    seizure (judged not-a-claim, P035); "رفض المهنا إثبات أو نفي صحة ما تم تداوله" (2015-08-04) and "رفض رئيس
    الاتحاد العراقي ... تأكيد أو نفي رغبة بلاده في استضافة النسخة القادمة" (2015-08-04, judged none, P010, P027)
    neither deny nor confirm."""
    after = statement_words(text[cue.end : cue.end + _ALTERNATIVE_CHARS])[:2]
    if len(after) == 2 and without_conjunction(after[0][0]) in _alternatives() and _confirming(after[1][0]):
        return Span(cue.start, cue.end + after[1][1].end)
    start = max(0, cue.start - _ALTERNATIVE_CHARS)
    before = statement_words(text[start : cue.start])[-2:]
    if len(before) == 2 and without_conjunction(before[1][0]) in _alternatives() and _confirming(before[0][0]):
        return Span(start + before[0][1].start, cue.end)
    return None


# How far either side of a denial cue its alternative is looked for (a word of "أو" and a cue word).
_ALTERNATIVE_CHARS = 24


@functools.cache
def _alternatives() -> frozenset[str]:
    return frozenset(fold(w) for w in read_words("denial_alternatives.txt"))


@functools.cache
def _confirm_words() -> frozenset[str]:
    return frozenset(fold(w) for w in read_words("confirm_words.txt"))


def _confirming(word: str) -> bool:
    """Is a folded word one of confirming: a reporting cue of a stance other than denial (تأكيد، أكد) or a word of
    confirm_words.txt (إثبات)?"""
    return without_conjunction(word) in _confirm_words() or _other_cue(word)


def _other_cue(word: str) -> bool:
    """Is a folded word a reporting cue of a stance other than denial (تأكيد، أكد)?"""
    bare = without_conjunction(word)
    return any(f.verb.stance != "deny" for f in grammar().cue_forms(bare, bare))


def told_referent(c: Claim, told: Sequence[Claim]) -> Claim | None:
    """The report a denial points back to when it names it only by a report phrase ("وأوضح ... أن ما ذكر غير
    صحيح لعدد من الأسباب من أهمها ...", alweeam 99b1c02222): the last report told before it in its article
    (:func:`.narration.told_claims`: "وما ذكر على لسانها بأنها تعرضت للإساءة ..."), whose words say what it denies (its
    own are its reasons); None when it names what it denies."""
    a = c.attribution
    if not opens_with_report_denied(a.content.text):
        return None
    before = [t for t in told if t.attribution.article == a.article and t.attribution.content.span.end <= a.content.span.start]
    return max(before, key=lambda t: t.attribution.content.span.start, default=None)
