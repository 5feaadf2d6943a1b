"""The real cross-outlet stories (tests/data/real_stories): their gold holds together, and the matcher keeps what
it gained on them (figures in tests/data/real_stories/README.md and the README)."""

import json

import pytest

from claimtrack import Corpus, read_article
from claimtrack.baselines import baseline_clusters, baseline_stories
from claimtrack.evaluate import evaluate_clusters, load_gold, load_gold_clusters, load_gold_stories

from .conftest import DATA

STORIES = DATA / "real_stories"
ANNOTATED = ["suruc_bombing", "egypt_fm_visit", "span_payments", "maliki_reactions", "uae_41_trial"]
# the blind stories of the dispute work (issue 13), annotated in the thirty-third session: their gold is checked here,
# their first contact is in real_stories/README.md (not held to issue 12's targets, which they do not meet)
BLIND_DISPUTES = ["mh370_debris", "anad_base"]


def _load(story):
    folder = STORIES / story
    articles = {p.stem: read_article(p) for p in sorted((folder / "articles").glob("*.txt"))}
    return folder, articles, load_gold(folder / "gold", articles)


def _scores(story, level="clusters"):
    """Cross-article scores of claimtrack and of its baseline on one story: claim clusters against the word-overlap
    baseline, or (``level="stories"``) stories against the claim clusters merged by article."""
    folder, articles, gold = _load(story)
    corpus = Corpus(articles.values())
    predicted = list(corpus.attributions)
    if level == "stories":
        groups, ours, base = load_gold_stories(folder / "stories.json", gold), corpus.stories, baseline_stories(predicted)
    else:
        groups, ours, base = load_gold_clusters(folder / "clusters.json", gold), corpus.clusters, baseline_clusters(predicted)
    return (evaluate_clusters(gold, groups, predicted, ours, cross_article=True),
            evaluate_clusters(gold, groups, predicted, base, cross_article=True))


@pytest.mark.parametrize("story", ANNOTATED + BLIND_DISPUTES)
def test_story_gold_holds_together(story):
    folder, articles, gold = _load(story)
    assert set(articles) == {p.stem for p in (folder / "gold").glob("*.json")}
    claims = {g.row["claim"] for g in gold}
    clusters = load_gold_clusters(folder / "clusters.json", gold)
    assert set(clusters.values()) <= claims
    for conflict in json.loads((folder / "conflicts.json").read_text(encoding="utf-8"))["conflicts"]:
        assert {conflict["a"], conflict["b"]} <= claims
        assert conflict["kind"] in {"contradicts", "denies", "updates", "disagrees"}


def test_the_blind_story_keeps_its_first_contact():
    # uae_41_trial was annotated and scored once at the end of the matching work (commit d43cc18): claim clusters
    # 0.640 / 0.471 / 0.542 against word overlap's 0.486 (cross-article pairs).  The floor keeps that figure.
    ours, base = _scores("uae_41_trial")
    assert ours.gold_pairs == 102
    assert ours.prf[2] >= 0.54 and ours.prf[2] > base.prf[2]


def test_a_bundled_quote_goes_with_its_first_proposition():
    # uae_41_trial: the prosecutor's long quotes bundle the group's aim with its weapons ("... ولتنفيذ أهدافهم
    # أعدوا الأسلحة"); read as the weapons claim they cost 0.780 (P 0.777 R 0.784), read by their first
    # proposition 0.863 (P 0.895 R 0.833), against word overlap's 0.555.  With why an act was done as detail
    # ("أنشأوا جماعة إرهابية ... بغية القيام بأعمال إرهابية"), the aim claim keeps apart from the formation: 0.928
    # (P 0.978 R 0.882); the pairs left are those of rows not extracted.
    ours, base = _scores("uae_41_trial")
    assert ours.prf[2] >= 0.9 and ours.prf[2] >= base.prf[2] + 0.2


def test_speakers_keep_a_reaction_wave_apart_and_beat_word_overlap():
    # First contact: claimtrack 0.535 against the word-overlap baseline's 0.566 (cross-article pairs).
    ours, base = _scores("maliki_reactions")
    assert ours.prf[2] >= 0.7 and ours.prf[2] >= base.prf[2] + 0.15


def test_one_speakers_rejection_and_his_judgement_of_the_remarks_are_two_claims():
    # maliki_reactions: the Kuwaiti speaker's "رفضه للتصريحات غير المسؤولة" joined his "هذا التصريح المستفز للمسؤول
    # العراقي لا يخدم الاستقرار" on مسؤول (irresponsible / the official), and "مستفزة ولا تخدم" read as the positive
    # of "لا تخدم": 0.914 (P 0.955 R 0.876) -> 0.942 (P 1.000 R 0.891), against word overlap's 0.546
    ours, base = _scores("maliki_reactions")
    assert ours.prf[2] >= 0.93 and ours.prf[0] >= 0.99


def test_seed_clusters_stay_above_the_floor_with_the_real_story_rules():
    """Speaker identity and background word weights must not cost the seeds (issue 12: precision and recall
    >= 0.95; the same-speaker bonus was lowered from 0.08 to 0.05 when 0.08 joined three seed pairs)."""
    from .conftest import SEED_FILES

    articles = {p.stem: read_article(p) for p in SEED_FILES}
    gold = load_gold(DATA / "gold_attributions.jsonl", articles)
    corpus = Corpus(articles.values())
    score = evaluate_clusters(gold, load_gold_clusters(DATA / "gold_clusters.json", gold), list(corpus.attributions),
                              corpus.clusters)
    precision, recall, _ = score.prf
    assert precision >= 0.95 and recall >= 0.95


def test_what_every_reaction_names_does_not_join_the_stories_of_a_wave():
    # maliki_reactions: المالكي and تصريحات stand in most clusters; weighed as rare words they tied the
    # remarks themselves, the 2014 exchange and Iraq's disavowal to the reactions (story F1 0.663, the
    # merged-by-article baseline 0.711).  Now 0.800 (precision 0.882): one speaker going on joins a story only
    # while his sentences share a term.
    ours, base = _scores("maliki_reactions", "stories")
    assert ours.prf[0] >= 0.8 and ours.prf[2] >= base.prf[2] + 0.03


def test_a_long_article_keeps_its_other_stories_out_of_the_main_one():
    # egypt_fm_visit: aawsat_0724_831 carries the Saudi visit, the UAE talks, the Kuwait trip and rumours; its
    # rumours were tied to the visit's readout by the head of their sentence, and its units joined each other,
    # so all of it was one story with the SPA copies (story F1 0.800, precision 0.714; now 0.900, 1.000)
    ours, base = _scores("egypt_fm_visit", "stories")
    assert ours.prf[0] >= 0.95 and ours.prf[2] >= 0.85 and ours.prf[2] >= base.prf[2] + 0.1


def test_the_figures_of_a_toll_and_the_suicide_bombers_find_their_questions():
    # suruc_bombing: the successive tolls of the bombing (the ministry's 27 then 30, a channel's first 10,
    # witnesses' 20 or more, the deputy prime minister's wounded and "بعضهم إصاباتهم خطيرة") were split over
    # three stories, and the suicide bombers ("هجوما انتحاريا نفذه تنظيم داعش", "انتحاريين اثنين دخلا") went
    # with the toll or with what has no question.  With an article whose headline gives a toll holding its
    # figures together, the toll's own words and the weak word انتحاري: story F1 0.544 -> 0.647 (P 0.621 ->
    # 0.706, R 0.484 -> 0.597), against the merged-by-article baseline's 0.256.  A condemnation made in the
    # cue, not talked about further in: 0.658 (P 0.732).  A question other than a wave's joining what answers
    # none only through its speaker's links: 0.656 (P 0.880, R 0.522): the blast's scene, the ministry's call
    # for calm and the shootings elsewhere no longer join who did it or what is being done.
    ours, base = _scores("suruc_bombing", "stories")
    assert ours.prf[2] >= 0.64 and ours.prf[2] >= base.prf[2] + 0.3
    assert ours.prf[0] >= 0.85


def test_the_ministry_calling_the_blast_a_terrorist_act_tells_who_did_it_and_its_call_for_calm_stays_apart():
    # suruc_bombing: the interior ministry's "الانفجار ... عمل إرهابي" (aljazirah_0721_981, alriyadh_0722_854,
    # alyaum_0721_2242) answered no question, so its call for calm in the next sentence tied it to the blast's scene
    # and kept it from who did it.  Read as who did it (an act called terrorist, without the article) and the call
    # as what is being done (التوحد), the first joins the prime minister's ISIS claims: story F1 0.656 -> 0.686.
    # Freed from the ministry, the security officials' account of the blast joined the condemnations on the
    # event's common words; held to specific evidence as a story of several units is: 0.697 (P 0.931).  With
    # Merkel's pledge of support (aawsat_0722_54) read as one of the wave of reactions: 0.723 (P 0.925).  With
    # the UN secretary general's hope for justice kept with his condemnation (alriyadh_0722_695): 0.738.
    folder, articles, gold = _load("suruc_bombing")
    corpus = Corpus(articles.values())
    story_of = {m: s.id for s in corpus.stories for m in s.claims}
    by_text = {(a.article, a.cue.text): a.id for a in corpus.attributions}
    act, calm = by_text["aljazirah_0721_981", "واصفاً"], by_text["aljazirah_0721_981", "وتابع"]
    isis = by_text["alriyadh_0722_839", "أعلن"]
    assert story_of[act] == story_of[isis] != story_of[calm]
    ours, base = _scores("suruc_bombing", "stories")
    assert ours.prf[2] >= 0.73 and ours.prf[0] >= 0.92


def _suruc_stories():
    """suruc_bombing's stories: claim id -> story id, and a function finding a claim by its article, its cue and
    the opening of its content."""
    folder, articles, gold = _load("suruc_bombing")
    corpus = Corpus(articles.values())

    def claim(article, cue, opening):
        return next(a.id for a in corpus.attributions
                    if a.article == article and a.cue.text == cue and a.content.text.startswith(opening))

    return {m: s.id for s in corpus.stories for m in s.claims}, claim


def test_who_did_the_bombing_is_one_story_though_its_speakers_go_on_to_other_questions():
    # suruc_bombing: the prime minister's "وحمّل التنظيم الجهادي مسؤولية الهجوم، ووعد «بمواصلة تعزيز الأمن على
    # حدودنا»" (alriyadh_0722_693) and the PKK's "بالوقوف وراء التفجير ... ودعم تنظيم داعش" (aawsat_0722_54) were
    # tied by their speakers' links to what they said next and kept from who did it.  Read as saying who did the
    # event their articles tell, they join the prime minister's ISIS claims on the town their headlines name, and
    # his promise joins his measures: story F1 0.738 -> 0.766 (P 0.921, R 0.615 -> 0.655).
    story_of, claim = _suruc_stories()
    blamed, promised = claim("alriyadh_0722_693", "حمل", "التنظيم"), claim("alriyadh_0722_693", "ووعد", '"بمواصلة')
    pkk, isis = claim("aawsat_0722_54", "واتهمت", "التي خاضت"), claim("alriyadh_0722_839", "أعلن", "العناصر")
    measures = claim("alriyadh_0722_693", "وقال", '"سنتباحث')
    assert story_of[blamed] == story_of[pkk] == story_of[isis] != story_of[promised] == story_of[measures]
    ours, base = _scores("suruc_bombing", "stories")
    assert ours.prf[2] >= 0.76 and ours.prf[0] >= 0.92


def test_what_is_being_done_and_what_the_investigation_found_join_across_the_articles_of_the_bombing():
    # suruc_bombing: the interior ministry's "ندعو الجميع إلى التوحد والتزام الهدوء" (aljazirah_0721_981,
    # alyaum_0721_2242, alriyadh_0722_854) and the prime minister's "سنتباحث في خطة عمل تشمل إجراءات أمنية جديدة"
    # (aawsat_0722_54, alriyadh_0722_693) share no word, nor do an official's "منفذ الهجوم رجل في العشرين"
    # (alriyadh_0722_1308) and the prime minister's identified suspect; their articles' headlines and leads tell
    # one blast.  Joined as the answers to one question of the event: story F1 0.768 -> 0.803 (P 0.921 -> 0.919,
    # R 0.658 -> 0.713); with the extraction fixes merged beside it 0.813 (P 0.920, R 0.728).  The four wrong pairs it adds are two claims that their speaker's links had already put
    # with the other question ("التحقيق سينتهي بأسرع وقت ممكن" with his measures, "داعيا التضامن" with his
    # suspect).  The prime minister's "تركيا اتخذت دائما إجراءات ضد داعش" after the denial of the allies' blame
    # stays with the blame (joined too, 0.775: P 0.864).
    story_of, claim = _suruc_stories()
    calm, measures = claim("aljazirah_0721_981", "وتابع", "«ندعو"), claim("aawsat_0722_54", "وقال", "«سنتباحث")
    suspect, bomber = claim("aawsat_0722_54", "وصرح", "«لقد تم"), claim("alriyadh_0722_1308", "وصرح", '"نؤكد')
    always, denied = claim("alriyadh_0722_693", "وقال", '"تركيا اتخذت'), claim("alriyadh_0722_693", "تنفي", "ذلك")
    assert story_of[calm] == story_of[measures] != story_of[always] == story_of[denied]
    assert story_of[suspect] == story_of[bomber] != story_of[measures]
    ours, base = _scores("suruc_bombing", "stories")
    assert ours.prf[2] >= 0.81 and ours.prf[0] >= 0.92


def test_one_sentence_retold_by_two_outlets_has_one_speaker_however_its_back_reference_resolved():
    # egypt_fm_visit: "وقد حمل الملك المفدى معاليه نقل تحياته ...، مؤكداً -أيده الله- عمق العلاقات الأخوية بين
    # البلدين الشقيقين" is the King's in all eight copies of the SPA wire, but in aljazirah_0724_965 a photo caption
    # glued to the body ("خادم الحرمين مصافحا وزير الخارجية المصري لدى استقباله أمس في جدةاستقبل خادم الحرمين
    # الشريفين الملك ...") made the back-reference الملك المفدى read the Egyptian minister: its copy stood apart
    # (claims 0.933 against word overlap's 1.000).  Two back-references in one sentence retold have one speaker.
    folder, articles, _ = _load("egypt_fm_visit")
    corpus = Corpus(articles.values())
    claims = {c.id: c for c in corpus.claims}
    glued, plain = claims["aljazirah_0724_965#2"], claims["3alyoum_0724_82#2"]
    assert glued.attribution.source.resolved == plain.attribution.source.resolved == "backreference"
    assert corpus.cluster_of(glued.id) == corpus.cluster_of(plain.id)
    ours, base = _scores("egypt_fm_visit")
    # every claim of the story with its copies, as word overlap has them (whatever word overlap scores: not this test's)
    assert ours.prf[2] == 1.0 and ours.prf[2] >= base.prf[2]


@pytest.mark.parametrize("story", ANNOTATED)
def test_every_real_story_meets_the_issue_targets_for_claims_and_stories(story):
    # Issue 12's targets on each of the five real stories: cross-article claim F1 and story F1 at least 0.85, and the
    # claims at least 0.20 above the word-overlap baseline run on the same extraction wherever that baseline leaves
    # room (egypt_fm_visit 1.000 and span_payments 0.913: the outlets reprint one wire copy)
    claims, words = _scores(story)
    stories, _ = _scores(story, "stories")
    assert claims.prf[2] >= 0.85 and stories.prf[2] >= 0.85
    if words.prf[2] <= 0.8:
        assert claims.prf[2] >= words.prf[2] + 0.2
    else:
        assert claims.prf[2] >= words.prf[2]


@pytest.mark.parametrize("story, floor", [("mh370_debris", 0.519), ("anad_base", 0.75)])
def test_unnamed_sources_and_deputies_keep_the_dispute_stories_claims_apart(story, floor):
    # The blind stories of the dispute work still lose to word overlap on claims (mh370 0.588, anad 0.800), and
    # lost by more: mh370 0.444, anad 0.698 before the thirty-fifth session read who an unnamed source says it is
    # ("مصادر أمنية يمنية" and "مصدرٌ عسكري يمني رفيع المستوى", "مصدر في قيادات المقاومة" and "مصادر محلية" are
    # two speakers each; rank words aside) and a deputy minister apart from his minister (Kaprawi's "شبه تيقن" and
    # Liow's "نعرف"): mh370 0.480 (P 0.471), anad 0.714 (P 0.600); anad 0.732 (P 0.625) once a partitive with a
    # construct is read whole ("عدد من وسائل الإعلام", not "عدد"); mh370 0.520 (P 0.510) once experts are no state
    # speaking by its country's name ("خبراء" / "ماليزيا", thirty-sixth session); anad 0.750 (P 0.652) once an unnamed
    # source of the resistance is no commander that no country or word ties it to.  The floors keep those figures.
    ours, _ = _scores(story)
    assert ours.prf[2] >= floor
