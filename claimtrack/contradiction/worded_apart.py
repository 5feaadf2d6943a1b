"""Disputes the cluster rules cannot see, because a denial and what it denies, two tolls of one event or two
fates of one person are worded apart: an explicit denial linked by rare words to a claim of another speaker (also
across outlets), two figures of one measure that cannot both hold (updates, disagrees), one person's fate told two
ways (:mod:`.fate_marks`).  (:mod:`.marks` compares the claims the clusters join.)"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import regex

from ..claims import ClaimKey, claim_key, find_quantities
from ..claims.key import topic_key
from ..matching.corpus import Corpus
from ..matching.score import Claim
from ..matching.speaker_index import SpeakerIndex
from ..matching.speaker_relation import relation
from ..models import Attribution, Mention, id_order
from .denied import (Leads, Linkable, authors_denied, denied_key, explicit_denial, is_author, names_statements,
                     second_part, told_referent, trailing_denial, undenied)
from .denial_links import denial_link_words, denial_target_linked
from .explain import Mark, explain, figures_why
from .fate_marks import agrees_on_fate, fate_marks, fate_of
from .fates import Fate, negated_as_death, read_fate, tells_death_of
from .figures import (figure_conflict, figure_kind, one_source, reported_later, rises, revises,
                      running_apart, said_at_once, unnamed_sources)
from .dating import days_apart, named_dates
from .disputes import statement_speakers
from .measured import CASUALTIES, measured_figures
from .narration import NARRATION, TOLD, keyed_narration, told_claims
from .places import claims_place_conflict, figures_apart, named_place_conflict
from .evidence import Evidence
from .rules import WORDING_CORPUS_MOST, asks
from .scopes import scope_terms
from .topics import Topic, told_late, topic_only
from .targets import asserts_denied, carried_twice, denies_too, few_apart, one_person, points_back_apart, said_not, tells_report
from .unasserted import background_of, calls_it_rumour, one_government
from .window import DayWindow, told_days_apart

__all__ = ["asserts_nothing", "find_disputes"]

# Stances whose content is a judgement, a feeling or a call, not a fact a denial can take back: a denial that
# names the same statements (تصريحات المالكي باطلة) sides with a condemnation of them (أدانت ... تصريحات المالكي).
_NOT_DENIABLE = frozenset({"accuse", "appeal", "express", "opinion", "praise", "warn"})
# Of those, what its author's accusers may still call false ("اتهامات باطلة"، "الادعاءات الكاذبة"): an
# accusation, a judgement; not a call (وضع السعودية تحت الوصاية) or a feeling.
_FALSIFIABLE = frozenset({"accuse", "opinion"})


def find_disputes(corpus: Corpus, *, skip: "set[frozenset[str]] | None" = None,
                  published: "Mapping[str, object] | None" = None, times: "Mapping[str, object] | None" = None,
                  narration: bool = False, lead_words: "Leads | None" = None) -> list[Mark]:
    """Disputes the cluster rules cannot see, because a denial and what it denies, or two tolls of one event,
    are worded apart: an explicit denial linked by two rare words to a claim of another speaker (also across
    outlets), and two figures of the same measure that cannot both hold (updates, disagrees), within the date
    window of matching (:mod:`.window`).  Pairs in ``skip`` (already marked) are left alone.  ``lead_words``: the corpus's article leads, when the caller has them."""
    skip = skip or set()
    published = published or {}
    window = DayWindow(published)
    weight = corpus.weight()
    texts = {art.id: art.text for art in corpus.articles}
    articles = {art.id: art for art in corpus.articles}
    reps = corpus.representative()
    claims = [c for c in corpus.claims if reps.get(c.id, c.id) == c.id]
    # An outlet's own sentence is the account a denial may deny; its figures are not compared (a district's
    # toll in the outlet's words against the province's, one blast's against two: told apart by no rule yet).
    # Of their keys, only what topic_key fills as claim_key does is read (rare words, names, places: a third of
    # the work for some 10,000 sentences a day); their figures are found in the text (claim_key's are the same).
    narrated = keyed_narration(corpus, topic_key) if narration else []
    marks: list[Mark] = []
    cue_starts: dict[str, list[int]] = {}
    for a in corpus.attributions:
        cue_starts.setdefault(a.article, []).append(a.cue.span.start)
    # Each statement is read by every rule in turn (its denial, its fate, its figures), so that its words are read
    # once: statement_words keeps only the last few thousand statements' (at 20,000 articles, 200,000 statements).
    rep_ids = {c.id for c in claims}
    explicit: dict[str, tuple[Mention, ...]] = {}
    denials: dict[str, tuple[Mention, ...]] = {}
    fates: list[tuple[Claim, Fate]] = []
    measured: list[Claim] = []
    measures: list[set[str]] = []  # what each measured statement's figures count

    def read(c: Claim, may_tell_fate: bool, has_figures: bool) -> None:
        # (has_figures: a key holds every figure of its own text, so a claim whose key has none is not read again)
        if may_tell_fate and (fate := fate_of(c, published)):
            fates.append((c, fate))
        if has_figures and (figures := measured_figures(c.attribution.content.text)):
            measured.append(c)
            # (a figure of the dead and the wounded together is held against one of each: figures._casualties_conflict)
            measures.append({m for _, m in figures} | (_CASUALTY_PARTS if any(m == CASUALTIES for _, m in figures) else set()))

    for c in corpus.claims:
        a = c.attribution
        found = explicit[c.id] = explicit_denial(a)
        if c.id not in rep_ids:
            continue
        if (d := _own_denial(a, found) + trailing_denial(a, texts, cue_starts)) \
                and not undenied(a, texts[a.article]) and not second_part(a, texts[a.article]):
            denials[c.id] = d
        read(c, c.id not in denials, bool(c.key.quantities or c.key.details or a.content.refers_to))
    told = told_claims(corpus, denied=explicit) if narration else []
    others = claims + narrated + told
    linkable: Linkable | None = None
    speakers: SpeakerIndex | None = None
    if lead_words is None or lead_words.articles.keys() != articles.keys():
        lead_words = Leads(articles, weight)  # (the caller's, when it read them already for this corpus)
    topics: dict[str, Topic] = {}
    # what no denial can take back, whichever: another denial, a negative statement, a content that asserts nothing
    shut = {o.id for o in others if o.id in denials or asserts_nothing(o.attribution.content.text)
            or o.attribution.negative and not negated_as_death(o.attribution.content.text)}
    for c in claims:
        if c.id not in denials:
            continue
        referent = told_referent(c, told)
        key = referent.key if referent is not None else denied_key(c, texts[c.attribution.article], weight)
        authors, about = authors_denied(c.attribution, articles[c.attribution.article])
        if authors is not None:
            # only a claim of the speaker named can be its author: those SpeakerIndex proposes, in corpus order
            speakers = speakers or SpeakerIndex([o.speaker for o in others])
            near = sorted(set().union(*(speakers.maybe_same(s) for s, _ in authors)))
            if not any(is_author(who, others[k], texts[others[k].attribution.article]) for who in authors for k in near
                       if k < len(claims) and others[k].id != c.id):
                authors = None  # "مزاعم بأنه قصف مدنيين": no speaker of the corpus is named; linked by what it names
            # (the speaker is looked for in the whole corpus, as it is named whatever the days; what the denial may
            # deny is that speaker's claims of the days around it)
            near = [k for k in near if window.near(c.attribution.article, others[k].attribution.article)]
        if authors is not None:
            said = set(claim_key(about).ordered)
            candidates = [others[k] for k in near]
        else:
            linkable = linkable or Linkable(others, weight, window)
            link_words = _link_words(key, weight)
            candidates, rare_of = linkable.near(link_words, c.attribution.content.refers_to, c.attribution.article)
        of_fact = authors is None and not names_statements(c.attribution, texts[c.attribution.article])
        links: list[tuple[Claim, tuple[str, ...]]] = []
        loose: list[tuple[Claim, tuple[str, ...]]] = []
        for other in candidates:
            points_back = c.attribution.content.refers_to == other.id  # "وتنفي السلطات ذلك"
            by_author = authors is not None and any(is_author(who, other, texts[other.attribution.article]) for who in authors)
            # An accusation or an opinion is no fact to deny, unless the denial names its author's statements
            # ("اتهامات نوري المالكي للسعودية باطلة" / the accusation "منبع الإرهاب")
            stance = other.attribution.cue.stance
            # (a denial of the named speaker's own denial of a fact still disputes it: "أكد على أن تصريحات رئيس
            # ريفربلايت غير صادقة" against "رئيس نادي ريفربلايت الأرجنتيني نفى أن يكون ناديه قد وقع على أي تنازل", aawsat
            # 0b6877d236, 2015-08-03, real_disputes2 E2-009; not two denials of a third speaker's statements)
            if other.id == c.id or (other.id in shut and not (
                    by_author and other.id in denials
                    and statement_speakers(other.attribution.content.text) is None)) or (
                    stance in _NOT_DENIABLE and not points_back and not (by_author and stance in _FALSIFIABLE)):
                continue
            # A speaker does not deny itself in one article; in another outlet it may deny the account that
            # outlet gives of it ("تبنى متمردو حزب العمال الكردستاني قتل شرطيين" / "نفى الجناح العسكري لحزب
            # العمال الكردستاني مسؤوليته عن العملية")
            # (whether it is itself is asked only where it matters: most pairs are two articles and no author)
            # A report a denial tells (keyed by its teller's source) is denied there already: it is marked against
            # the denials of other articles, not its teller's anywhere ("نفى وزير التعليم ... ما تم تداوله مؤخراً عن
            # تأجيل الدراسة" / "ما يتم تداوله عن ... غير صحيح")
            a_report = other.attribution.cue.stance == TOLD
            if frozenset((c.id, other.id)) in skip or (a_report and c.attribution.article == other.attribution.article) or (
                    (c.attribution.article == other.attribution.article or authors is not None or a_report)
                    and (relation(c.speaker, other.speaker) == "same" or bool(c.source_key & other.source_key))):
                continue
            if authors is not None:
                # "تصريحات المالكي باطلة": the claims of the speaker named, whatever words they share
                if not by_author:
                    continue
                # and of those, what the denial speaks of (الإرهاب، السعودية), the speaker's name aside
                names = set(claim_key(other.attribution.source.text).ordered)
                words = tuple(f for f in dict.fromkeys(other.key.ordered) if f in said and f not in names)
                # two words, as any denial is linked by: one in common ("عام"، "عمل"، "وطن") is any of the
                # speaker's statements (judged wrong: window_pairs W009, W019, W026, W047, and one of the dev days)
                if len(words) < 2:
                    continue
            else:
                words = denial_target_linked(key, other.key, weight, claim_skeletons=rare_of[other.id],
                                             denial_words=link_words)
                if not (points_back or words) and of_fact:
                    # three words of a long fact: held apart, kept only if the denial meets few accounts so, and
                    # only on a corpus of one story's size (what a larger one would find here is not kept)
                    if len(texts) <= _LOOSE_CORPUS_MOST:
                        words = denial_target_linked(key, other.key, weight, claim_skeletons=rare_of[other.id],
                                                     denial_words=link_words, of_fact=True)
                        if words and not named_place_conflict(c.attribution, other.attribution) \
                                and lead_words.meet(c.attribution.article, other.attribution.article) \
                                and not topic_only(c, other, words, articles, topics):
                            loose.append((other, words))
                    continue
                if not (points_back or words):
                    continue
                if not points_back and topic_only(c, other, words, articles, topics):
                    continue  # the words of what the whole article is about, not of the statement denied
            if not points_back and not lead_words.meet(c.attribution.article, other.attribution.article):
                continue  # words in common, but two stories
            # Countries named apart are two places, unless the denial names much of the account: then they are
            # its actors ("قاعدة إسرائيلية على أراضينا" / "بلادها تتعاون مع جنوب السودان"; "الطيران التركي"
            # / "قرية زركله بشمالي العراق")
            if len(words) < _PLACES_OUTWEIGHED and claims_place_conflict(c.attribution, other.attribution, c.key, other.key):
                continue
            links.append((other, words))
        # a denial whose three words meet accounts in more articles than this denies none of them in particular
        # (a long statement's common words, on a day of 1,400 articles: "القوات"، "العمليات"، "بسرعة"); and on a
        # corpus of more than WORDING_CORPUS_MOST articles such links are held back (:data:`_LOOSE_CORPUS_MOST`)
        if len({o.attribution.article for o, _ in loose}) <= _LOOSE_REACH:
            links += loose
        # (asked of the links only: most candidates fail on their words first)
        links = [(o, w) for o, w in links if not denies_too(o) and (
            c.attribution.content.refers_to == o.id or not told_late(c, o, articles, topics))]
        if authors is not None and links:
            # Of the named speaker's claims, the one(s) the denial speaks of most: not every statement of his
            # that shares one word of the story ("والإرهاب مستمر" / "منبع الإرهاب" and Saudi Arabia)
            # The words of the denial's own content count first: "مؤكدة أن ما قاله المتحدث الرسمي باسم جامعة تبوك
            # ... بسرعة إسعاف والدتها ونقلها إلى مستوصف الجامعة لا أساس له من الصحة" (alweeam 7960e0c558, 2015-07-24)
            # denies the spokesman's account of the ambulance (sabq 1d88980cf8), not his words on her brother's
            # grades, which share more words of the daughter's whole sentence and her article's lead (real_disputes2
            # E1-009)
            own = set(claim_key(c.attribution.content.text).ordered)
            score = {o.id: (len(own.intersection(w)), len(w)) for o, w in links}
            most = max(score.values())
            links = [(o, w) for o, w in links if score[o.id] == most]
            # and of those told in one article, the first: the news leads, what the speaker said before is
            # background further down ("ولم تكن اتهامات المالكي وليدة اليوم، فقد ... معتبراً أن الرياض تبنت")
            earliest: dict[str, Claim] = {}
            for o, _ in links:
                art = o.attribution.article
                if art not in earliest or id_order(o.id) < id_order(earliest[art].id):
                    earliest[art] = o
            links = [(o, w) for o, w in links if earliest[o.attribution.article] is o]
        denied_fate = read_fate(c.attribution.content.text)
        # (of every link, loose or not) one person does not deny himself; a claim that says so too, or tells the
        # report without asserting it, is no claim the denial takes back; nor, unless the denial points back to it,
        # the background of its own article, a statement that calls it a rumour, or, for a denial of facts, one of
        # its own government (a denial that names someone's statements may take back a fellow official's)
        if authors is None:
            links = [(o, w) for o, w in links if c.attribution.content.refers_to == o.id or not (
                said_not(o, sk := {s for f, s in link_words if f in w}) or tells_report(o, sk)
                or few_apart(c, o, sk, {x for _, x in link_words}) or points_back_apart(c, o, texts[c.attribution.article]))]
        links = [(o, w) for o, w in links if not (one_person(c, o) or carried_twice(c, o) or (
                     c.attribution.content.refers_to != o.id and (background_of(c, o) or calls_it_rumour(o)
                                                                  or (authors is None and one_government(c, o)))))
                 and (c.attribution.content.refers_to == o.id or authors is not None or asserts_denied(c, o, weight))]
        for other, words in links:
            other_fate = read_fate(other.attribution.content.text) if denied_fate else None
            if denied_fate and agrees_on_fate(denied_fate, other_fate):
                continue  # "نفت ... الشائعات حول وفاة جلال الدين حقاني" / "جده ما زال على قيد الحياة": the same
            if denied_fate and "died" in denied_fate.kinds and c.attribution.content.refers_to != other.id \
                    and not tells_death_of(denied_fate, other_fate, weight):
                continue  # a denied death is taken back only where it is told, of that person (fates.tells_death_of)
            ev = [Evidence("denial", None, d) for d in denials[c.id]]
            ev.append(Evidence("link", Mention(other.attribution.content.text, other.attribution.content.span),
                               Mention(c.attribution.content.text, c.attribution.content.span),
                               "، ".join(w.removeprefix("e:") for w in words)))
            why = "an explicit denial of what the other asserts" + (
                f" (it calls the other speaker's statements false; on: {ev[-1].note})" if authors is not None
                else f" (shared: {ev[-1].note})" if words else " (it points back to it)")
            marks.append(Mark(other.id, c.id, "contradicts", ev, explain("denies", other.attribution, c.attribution, why),
                              "denies"))
            skip.add(frozenset((c.id, other.id)))
    for c in narrated:
        read(c, True, bool(find_quantities(c.attribution.content.text)))
    # What the denials were held against is not read again: of the outlets' own sentences (92,000 at the whole
    # archive, some 200 MB with their keys) only those ``read`` kept for their fates or figures stay.
    del narrated, told, others, linkable, speakers, shut
    marks += fate_marks(fates, skip, weight, lead_words, window)
    leads = lead_words.texts
    # two statements with no measure in common give no figures to compare (figure_conflict): paired by measure,
    # within the date window; or by a measure and a written date whatever their days: a past event recalled ("تفجير
    # مسجد الصادق ... يوم 26 يونيو وأسقط 27 قتيلا" on 07-31, "في 26 حزيران/يونيو وخلف 26 قتيلا" on 08-04: D2-020)
    dated = [{f"{m} {day}/{month}" for m in ms for day, month in named_dates(c.attribution.content.text)}
             for c, ms in zip(measured, measures)]
    for i, j in window.keyed_pairs(measures, [c.attribution.article for c in measured], dated):
        x, y = measured[i], measured[j]
        if frozenset((x.id, y.id)) in skip:
            continue
        if claims_place_conflict(x.attribution, y.attribution, x.key, y.key):
            continue
        # One event: a place or a name in common, not only toll words (contents and leads: anchors.event_anchors),
        # or one article telling both figures of one thing ("مقتل 27 شخصا" ... "حصيلة القتلى الأولية هي 10
        # ضحايا"); and one country (places.figure_place_conflict: by its lead, or in one article its paragraph).
        if figures_apart(x.attribution, y.attribution, x.key, y.key, articles, leads, weight) \
                or days_apart(x.attribution.content.text, y.attribution.content.text,
                              published.get(x.attribution.article), published.get(y.attribution.article),
                              one_article=x.attribution.article == y.attribution.article):
            continue
        mx = Mention(x.attribution.content.text, x.attribution.content.span)
        my = Mention(y.attribution.content.text, y.attribution.content.span)
        conflict = figure_conflict(mx, my)
        if not conflict:
            continue
        speaker = relation(x.speaker, y.speaker)
        # an outlet's own toll that rose ("ارتفع عدد حالات الوفيات ... إلى 29"): the running toll, updated
        # (to a higher figure than the other's: "ارتفعت حصيلة ... إلى 120" updates no "أكثر من 180 قتيلا")
        risen = any(c.attribution.cue.stance == NARRATION and rises(c.attribution.content.text)
                    and _rose_above(c.attribution.content.text, o.attribution.content.text) for c, o in ((x, y), (y, x)))
        revised = risen or revises(mx.text, my.text)
        kind = figure_kind(speaker, one_source(x, y), revised, unnamed_sources(x, y))
        if running_apart(kind, mx.text, my.text) \
                or told_days_apart(kind, window.days_between(x.attribution.article, y.attribution.article), mx.text, my.text) \
                or said_at_once(kind, x.attribution.article == y.attribution.article, revised, mx.text, my.text):
            continue
        first, second = x, y
        if kind == "updates" and reported_later(x, y, published, times):
            first, second = y, x
            conflict = [e.flipped() for e in conflict]
        marks.append(Mark(first.id, second.id, "contradicts", conflict,
                          explain(kind, first.attribution, second.attribution, figures_why(kind, conflict)), kind))
    return marks


# What a figure of the dead and the wounded together is compared with (figures._casualties_conflict).
_CASUALTY_PARTS = frozenset({"killed", "wounded"})


def _link_words(denial: ClaimKey, weight: Callable[[str], float]) -> tuple[tuple[str, str], ...]:
    """The words a denial is linked by (:func:`~.denial_links.denial_link_words`) but a party to a war (place_scopes.tsv
    kind ``actor``), named in every report of it: "ما تم تداوله حول عمليات تصفية للأسرى الحوثيين" (the Aden
    resistance's council, a0342c78bf797, 2015-07-22) was linked by الحوثيين and one more word to a captive's story and
    to Houthi leaders moving their families (judged denial-of-other-claim P066, M006; other-event P047)."""
    return tuple((f, k) for f, k in denial_link_words(denial, weight) if f not in scope_terms("actor"))


def _rose_above(risen: str, other: str) -> bool:
    """Does a toll that rose (``risen``) reach a figure above the lowest of ``other``'s: "ارتفع عدد حالات الوفيات ...
    إلى 29 شخصًا" above "12 شخصًا لقوا حتفهم", not "ارتفعت حصيلة ... إلى 120 قتيلا" above "أوقع أكثر من 180 قتيلا"?"""
    new, old = [q.low for q, _ in measured_figures(risen)], [q.low for q, _ in measured_figures(other)]
    return bool(new and old) and max(new) > min(old)


# A denial phrase inside a long content is the content's own (its cue's, or that of its first or last clause) only
# this many words from the content's start or end; further in it qualifies something the statement tells
# ("... والطعن في مُصدري القرار، واتهامهم باتهامات باطلة، لا يمكن أن يُقر ...", 103 words into a column's 166,
# sabq a5e87cdf3f077).
_DENIAL_EDGE = 12
# A content of one word, or of fewer words than this held whole in quotation marks, names something and asserts
# nothing a denial could take back ("«جبهة النصرة»" as what مدير المرصد says, aawsat a58d1ef25f449); two words
# unquoted can be a whole claim ("مقتل البغدادي"، "استقالة الوزير").
_CLAIM_WORDS = 3
_QUOTED_NAME_RE = regex.compile(r'^\s*["«“„\'](?:[^"«»“”„\']+)["»”\']\s*$')


def _own_denial(a: Attribution, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Of the denial words found for ``a``, those of its cue and those near its content's start or end."""
    content = a.content
    if not found or len(content.text.split()) <= 2 * _DENIAL_EDGE:
        return found
    def edge(m: Mention) -> bool:
        if not content.span.start <= m.span.start < content.span.end:
            return True  # the cue
        before = len(content.text[: m.span.start - content.span.start].split())
        after = len(content.text[m.span.end - content.span.start :].split())
        return min(before, after) <= _DENIAL_EDGE
    return tuple(m for m in found if edge(m))


def asserts_nothing(content: str) -> bool:
    """Is a content too short to assert anything ("«جبهة النصرة»"), or a question, which asks and asserts nothing
    a denial could take back: an interviewer's line "* ما آفاق تطوير العلاقات بين تونس ومحيطها العربي وعمقها
    الأفريقي؟" (aawsat a0df575db6e92) is no claim that "نافيًا وجود فتور" denies?"""
    words = len(content.split())
    return words < 2 or (words < _CLAIM_WORDS and bool(_QUOTED_NAME_RE.match(content))) or asks(content)


# A denial sharing this many rare words with an account is linked to it whatever countries each names.
_PLACES_OUTWEIGHED = 4
# A denial of a fact linked by three words only (denial_links.denial_target_linked, of_fact) to accounts in more
# articles than this is linked to none of them.
_LOOSE_REACH = 2
# A link of three words only is kept on a corpus of at most this many articles (one story's): on eleven real days
# of 1,400 articles judged blind (tests/data/day_judgments) 4 of the 26 judged marks that rest on one were right
# (background of another story sharing "يوم، ماضي، انتشر" or "شيخ، ظهر، قبيل"; the week's match reports beside a
# denial about broadcasting), as contradictions that rest on wording alone are held back there (rules).
_LOOSE_CORPUS_MOST = WORDING_CORPUS_MOST
