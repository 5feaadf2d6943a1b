"""Which clusters of one article go on one story (:attr:`.corpus.Corpus.stories`): two attributions in a row of
one speaker going on, or of two sentences about the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..models import Article
from .clusters import Cluster
from .facets import WAVES, claim_facet, tells_culprit
from .score import Claim
from .speakers import speaker_of
from .story_terms import clause, story_similarity

__all__ = ["story_links"]

# Two attributions in a row whose sentences are this alike in topic are one story, whoever speaks.
_NEIGHBOUR_SIMILARITY = 0.2


def _one_voice(a: Claim, b: Claim) -> bool:
    """Whether two claims whose sources name one entity (:func:`.corpus.source_key`) can be one speaker going on:
    not an anonymous source after a named one or a state, nor the reverse.  "وأشادت دوائر مصرية مختلفة برد فعل القاهرة"
    after Egypt's condemnation (aawsat_0722_24) is what various Egyptian circles said of it, not Egypt going on."""
    return speaker_of(a.attribution.source.text).anonymous == speaker_of(b.attribution.source.text).anonymous


def story_links(claims: Sequence[Claim], clusters: Iterable[Cluster], articles: Mapping[str, Article],
                sentence_terms: Callable[[str], set[str]], weight: Callable[[str], float]) -> list[tuple[str, str]]:
    """Clusters of two attributions in a row in one article that are one story: one speaker's statements
    (the same speaker named again, or carried over: the report's figures one after another, a body's
    condemnation and what it adds), or two sentences about the same thing (their topic similarity
    reaches ``_NEIGHBOUR_SIMILARITY``).  ``sentence_terms``: a text's topic terms (the corpus keeps them); ``weight``:
    the corpus's term weights."""
    cluster_of = {m: c.id for c in clusters for m in c.claims}
    links = []
    # the statements of the speaker going on, from where they begin, are read up to ``read`` for a reaction in a
    # wave (``reacting``)
    read, reacting = 0, False
    for i, (a, b) in enumerate(zip(claims, claims[1:])):
        if a.attribution.article != b.attribution.article or a.id not in cluster_of or b.id not in cluster_of:
            read = i + 1
            reacting = False
            continue  # a corpus built from a store's story holds only that story's clusters
        same = ((bool(a.source_key & b.source_key) and _one_voice(a, b))
                or b.attribution.source.resolved == "carryover")
        # Another speaker is weighed on what his clause talks about, not on the head of his sentence.
        similarity = _sentence_similarity(a, b, articles, sentence_terms, weight, whole=same)
        if same and similarity > 0 and tells_culprit(a.attribution) != tells_culprit(b.attribution):
            # Who did the event, and then what else the speaker says of it ("وحمّل التنظيم الجهادي مسؤولية
            # الهجوم، ووعد بمواصلة تعزيز الأمن على حدودنا", alriyadh_0722_693): the culprit's question is a
            # story of its own, and his next statement goes with it only if their contents share a term.
            similarity = story_similarity(Counter(sentence_terms(a.attribution.content.text)),
                                          Counter(sentence_terms(b.attribution.content.text)), weight)
        # One speaker going on stays in one story only while his sentences share a term: Maliki on the
        # Companions, then on Saudi Arabia (sabq, maliki_reactions) are two.  But a speaker who reacts in a
        # wave (a condemnation) goes on with his reaction in words of his own: the UN secretary general's
        # "أدان ... التفجير" and "لا توجد أي قضية أو مظلمة تبرر استهداف المدنيين", then "وأعرب عن أمله في
        # تحديد الجناة على وجه السرعة وتقديمهم للعدالة" (alriyadh_0722_695, suruc_bombing).
        if same and similarity <= 0 and not reacting:
            # each statement of a run read once, however long the run (not the whole run at every step)
            reacting = _reacts(claims[read:i + 1])
            read = i + 1
        if (same and (similarity > 0 or reacting)) or similarity >= _NEIGHBOUR_SIMILARITY:
            links.append((cluster_of[a.id], cluster_of[b.id]))
        if not same:
            read = i + 1
            reacting = False
    return links


def _reacts(statements: Iterable[Claim]) -> bool:
    """Whether one of a speaker's ``statements`` in a row reacts in a wave (:data:`.facets.WAVES`)."""
    return any(claim_facet(c.attribution, c.key.quantities) in WAVES for c in statements)


def _sentence_similarity(a: Claim, b: Claim, articles: Mapping[str, Article], sentence_terms: Callable[[str], set[str]],
                         weight: Callable[[str], float], whole: bool = True) -> float:
    """Topic similarity (:func:`.stories.story_similarity`) of the sentences of two attributions of one article
    (unless ``whole``, of their clauses: :func:`.stories.clause`)."""
    text = articles[a.attribution.article].text
    if whole:
        first, second = a.attribution.sentence.of(text), b.attribution.sentence.of(text)
    else:
        # The tail of a sentence after what its speaker said can open the next sentence's topic (to_end); two
        # speakers of one sentence ("أدانت مصر ...، وقال المتحدث الرسمي باسم الخارجية ...") are weighed on the
        # whole of the first one's clause.
        apart = a.attribution.sentence != b.attribution.sentence
        first, second = clause(a.attribution, text, to_end=not apart), clause(b.attribution, text)
    return story_similarity(Counter(sentence_terms(first)), Counter(sentence_terms(second)), weight)
