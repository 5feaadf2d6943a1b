"""Speaker identity across outlets (claimtrack.matching.speakers): rows are source mentions from the real
stories in tests/data/real_stories (SaudiNewsNet, July 2015) and the seeds."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from claimtrack import Corpus
from claimtrack.matching.speaker_index import SpeakerIndex
from claimtrack.matching.name_runs import runs_meet, word_in
from claimtrack.matching.speaker_relation import identity_keys, relation, resolve_titles
from claimtrack.matching.speakers import Speaker, speaker_of

SAME = [
    # one person, named in full and by surname (suruc_bombing, maliki_reactions)
    ("رئيس الوزراء التركي أحمد داود أوغلو", "رئيس الحكومة التركية احمد اوغلو"),
    ("رئيس الوزراء التركي أحمد داود أوغلو", "داود أوغلو"),
    ("الدكتور عبداللطيف بن راشد الزياني الأمين العام لمجلس التعاون", "الزياني"),
    ("رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج", "الخرينج"),
    # a head speaks as the body it heads; a body's secretariat is the body
    ("رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج", "مجلس الأمة الكويتي"),
    ("الأمين العام للأمم المتحدة", "الأمم المتحدة"),
    ("الأمانة العامة لمنظمة التعاون الإسلامي", "التعاون الإسلامي"),
    ("الأمانة العامة", "أمانة المنظمة"),
    # office <-> ministry by portfolio; the spokesman of X counts as X
    ("وزير الخارجية", "وزارة الخارجية المصرية"),
    ("المتحدث الرسمي باسم الخارجية السفير بدر عبد العاطي", "وزارة الخارجية المصرية"),
    ("وزارة الدفاع التابعة لحكومة الوفاق الليبية", "الوفاق"),
    # one name in two spellings; one unnamed source in two outlets
    ("صحيفة «حرييت»", "صحيفة حرييت"),
    # how high an unnamed source stands says nothing of who it is (anad_base aawsat_0803_95, sabq_0803_1319)
    ("مصدر عسكري", "مصدرٌ عسكري يمني رفيع المستوى"),
    ("مسؤول تركي", "مسؤولان تركيان كبيران لرويترز"),
    # a body's estimates are the body speaking (heldout_clusters2 n04_horn)
    ("تقديرات الشركة", "الشركة"),
    # a participle (حال) after the speaker is what he does, not his name (egypt_fm_visit aljazirah_0724_965)
    ("خادم الحرمين مصافحا وزير الخارجية المصري لدى استقباله", "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز"),
    # the attorney general speaks as the public prosecution he heads (uae_41_trial: alyaum_0802_1025, alwatan_0803_821)
    ("النائب العام سالم سعيد كبيش", "النيابة العامة الإماراتية"),
]

DIFFERENT = [
    # a dozen bodies condemning one statement are a dozen speakers (maliki_reactions)
    ("البحرين", "العراق"),
    ("منظمة التعاون الإسلامي", "الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني"),
    # the PM, his deputy and the interior ministry are three speakers (suruc_bombing)
    ("رئيس الوزراء التركي أحمد داود أوغلو", "نائب رئيس الوزراء التركي نعمان كورتولموش"),
    ("رئيس الوزراء التركي أحمد داود أوغلو", "وزارة الداخلية التركية"),
    ("رئيس الوزراء التركي", "الحكومة التركية"),
    ("وزير الداخلية", "وزير الخارجية"),
    # several unnamed officials are not the one person or body named elsewhere (suruc_bombing:
    # aleqtisadiya_0721_684, aawsat_0721_37)
    ("مسؤولان تركيان كبيران لرويترز", "رئيس الوزراء التركي أحمد داود أوغلو"),
    ("مسؤولو أمن بتركيا", "وزارة الداخلية التركية"),
    # a channel reporting for itself is not an anonymous official (suruc_bombing alyaum_0721_2242 / aawsat_0721_37)
    ("قناة \"إن تي في\" التلفزيونية", "مسؤول تركي"),
    # a member state is not the body of states (maliki_reactions: 3alyoum_0724_73 / alriyadh_0723_589)
    ("مملكة البحرين", "الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني"),
    # one country's public prosecution is not another's
    ("النيابة العامة الإماراتية", "النيابة العامة السعودية"),
    # unnamed sources that say they are of different bodies: security and military, the resistance's leaders and
    # local people (anad_base 3alyoum_0804_65 / sabq_0803_1319, aleqtisadiya_0804_334 / aljazirah_0804_450)
    ("مصادر أمنية يمنية", "مصدرٌ عسكري يمني رفيع المستوى"),
    ("مصدر في قيادات المقاومة", "مصادر محلية"),
    # a deputy minister and his minister share a portfolio, not a name (mh370_debris alriyadh_0731_1050 / okaz_0803_1251)
    ("عبد العزيز كابراوي نائب وزير النقل الماليزي", "وزير النقل الماليزي ليو تيونج لاي"),
    # experts, witnesses, residents are no state speaking, named by its country or its authorities alone
    # (mh370_debris aleqtisadiya_0804_240 "ماليزيا" / aawsat_0801_117 "خبراء": the experts' reading of the debris)
    ("ماليزيا", "خبراء"),
    ("السلطات الماليزية", "شهود عيان"),
    ("رئيس الوزراء", "سكان محليون"),
    # an unnamed source that says what it is of, and a named one tied to it by no country and no such word
    # (anad_base aleqtisadiya_0804_334 / 3alyoum_0804_65: the resistance's leadership and the operation's commander)
    ("مصدر في قيادات المقاومة", "قائد عملية استعادة قاعدة العند، اللواء فضل حسن"),
    ("مصدر في المقاومة الشعبية", "اللواء فضل حسن"),
]

UNKNOWN = [
    # a country and one of its bodies, an unresolved document, a mis-read source: nothing tells
    ("مصر", "المتحدث الرسمي باسم الخارجية السفير بدر عبد العاطي"),
    ("السلطات التركية", "رئيس الوزراء التركي أحمد داود أوغلو"),
    ("التقرير", "مؤسسة النقد العربي السعودي"),
    ("بتعزيز الإجراءات الأمنية", "رئيس الوزراء التركي أحمد داود أوغلو"),
    # an anonymous official may be the named body speaking off the record
    ("مصدر عسكري روسي", "نائب وزير الدفاع الروسي يفغيني ماركوف"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_the_same_speaker_is_recognised_across_outlets(a, b):
    assert relation(speaker_of(a), speaker_of(b)) == "same"
    assert relation(speaker_of(b), speaker_of(a)) == "same"


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_speakers_are_told_apart(a, b):
    assert relation(speaker_of(a), speaker_of(b)) == "different"


@pytest.mark.parametrize("a, b", UNKNOWN)
def test_nothing_tells_when_one_side_names_no_one(a, b):
    assert relation(speaker_of(a), speaker_of(b)) == ""


def test_country_comes_from_a_place_or_a_nisba():
    assert speaker_of("مملكة البحرين").country == "البحرين"
    assert speaker_of("رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج").country == "الكويت"


def test_an_addressee_is_not_the_speaker():
    # "أحد الشهود لرويترز": Reuters was told, the witness speaks
    assert not speaker_of("أحد الشهود لرويترز").names
    assert speaker_of("أحد الشهود لرويترز").anonymous


def test_a_name_opened_by_a_name_link_is_no_title():
    # almadina 3477a36e22 (2015-07-26): "ما نقل عن زعيمهم عبد الملك الحوثي": their leader, Abd al-Malik al-Houthi;
    # "الملك" after عبد is his name, not a king
    assert "ملك" not in speaker_of("زعيمهم عبد الملك الحوثي").titles
    assert speaker_of("عبد الملك الحوثي").runs == (("عبد", "ملك", "حوث"),)
    assert speaker_of("عبد الملك الحوثي").titles == frozenset()
    assert relation(speaker_of("عبد الملك الحوثي"), speaker_of("زعيم الحوثيين عبد الملك الحوثي")) == "same"
    # a king is still a king before his name, and a nasab still joins it
    assert speaker_of("الملك سلمان بن عبد العزيز").titles == frozenset({"ملك"})
    assert speaker_of("الملك سلمان بن عبد العزيز").runs == (("سلمان", "بن", "عبد", "عزيز"),)
    # the carrier of a report ends where what it said opens
    from claimtrack.contradiction.disputes import report_speakers

    assert report_speakers("ما نقل عن زعيمهم عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة") == ("زعيمهم عبد الملك الحوثي",)
    # ... not at عن, which names who issued statements: Bahrain's protest at "التصريحات التي صدرت مؤخرًا عن علي
    # خامنئي" (2015-07-2x, seven copies)
    from claimtrack.contradiction.disputes import statement_speakers

    assert statement_speakers("التصريحات التي صدرت مؤخرًا عن علي خامنئي") == ("التي صدرت مؤخرًا عن علي خامنئي",)


def test_a_title_takes_the_name_another_mention_gives_it():
    # alweeam names "رئيس الوزراء التركي" only; other outlets name him
    title, full, deputy = (speaker_of(t) for t in ("رئيس الوزراء التركي", "رئيس الوزراء التركي أحمد داود أوغلو",
                                                   "نائب رئيس الوزراء التركي نعمان كورتولموش"))
    resolved = resolve_titles([title, full, deputy])
    assert relation(resolved[0], speaker_of("داود أوغلو")) == "same"
    assert relation(resolved[0], deputy) == "different"


def test_a_surname_takes_the_body_its_full_mention_names():
    # heldout_clusters2: "المهندي" is the CEO of the company that another row names
    short, full, company = (speaker_of(t) for t in ("المهندي", "الرئيس التنفيذي لشركة «مرافئ الخليج» فيصل المهندي",
                                                    "شركة «مرافئ الخليج» القطرية"))
    assert relation(short, company) == "different"
    resolved = resolve_titles([short, full, company])
    assert relation(resolved[0], company) == "same"


def test_a_first_or_family_name_alone_takes_no_one_of_the_many_it_meets():
    # SaudiNewsNet, the first 4,000 articles of 2015-07-21..23: 18 claims whose source reads "محمد" alone had taken
    # the name runs of 314 mentions holding "محمد" (a Yemeni minister, the Houthis' spokesman, a Saudi prince),
    # and with them the Houthis' and the UN's names; "القحطاني" those of many Qahtanis
    short, minister, houthi = (speaker_of(t) for t in ("محمد", "بدر محمد باسملة وزير النقل اليمني",
                                                       "محمد عبد السلام المتحدث باسم الحوثيين"))
    resolved = resolve_titles([short, minister, houthi])
    assert resolved[0] == short
    assert relation(resolved[0], houthi) == relation(short, houthi)
    family = [speaker_of(t) for t in ("القحطاني", "د. ماجد القحطاني", "مفلح القحطاني")]
    assert resolve_titles(family)[0] == family[0]
    # one person named at two lengths is still one: "المهندي" above, "داود أوغلو" here
    pm = [speaker_of(t) for t in ("داود أوغلو", "أحمد داود أوغلو", "رئيس الوزراء التركي أحمد داود أوغلو")]
    assert resolve_titles(pm)[0] != pm[0]


def test_a_family_name_takes_the_person_its_own_article_names_in_full():
    # the Tabuk teacher's husband: "العمراني" in an article that names him "الزوج فيصل العمراني"; elsewhere in the
    # archive he is "فيصل العمراني", and another article may name another Omrani
    texts = ("العمراني", "الزوج فيصل العمراني", "فيصل العمراني", "أحمد العمراني")
    speakers = [speaker_of(t) for t in texts]
    assert resolve_titles(speakers)[0] == speakers[0]  # the corpus names two Omranis: no one is taken
    resolved = resolve_titles(speakers, ["a", "a", "b", "c"])[0]
    assert relation(resolved, speakers[2]) == "same"
    assert ("احمد",) not in [r[:1] for r in resolved.runs] and not any("احمد" in r for r in resolved.runs)


def test_several_anonymous_sources_are_marked():
    assert speaker_of("مسؤولان تركيان كبيران لرويترز").several
    assert speaker_of("مسؤولو أمن بتركيا").several
    assert not speaker_of("مسؤول تركي").several


def test_an_unnamed_source_keeps_what_it_says_it_is_and_no_rank():
    assert speaker_of("مصدر في قيادات المقاومة").affiliation == speaker_of("مصادر في قيادات المقاومة").affiliation != frozenset()
    assert speaker_of("مصدرٌ عسكري يمني رفيع المستوى").affiliation == speaker_of("مصدر عسكري").affiliation
    assert not speaker_of("رئيس الوزراء التركي أحمد داود أوغلو").affiliation  # a named speaker has its name


@pytest.mark.parametrize("text", [a for pair in SAME + DIFFERENT + UNKNOWN for a in pair])
def test_a_stored_speaker_is_the_speaker(text):
    from claimtrack.store.rows import speaker_from_json, speaker_to_json
    assert speaker_from_json(speaker_to_json(speaker_of(text))) == speaker_of(text)


def test_a_speaker_stored_before_its_last_fields_still_reads():
    from claimtrack.store.rows import speaker_from_json
    old = speaker_from_json('[["e:تركيا"], [], ["مسؤول"], "تركيا", true, false]')
    assert old.anonymous and not old.several and not old.affiliation and old.titles == frozenset({"مسؤول"})


def test_international_bodies_are_organisations_of_the_alias_table():
    from claimtrack.claims.entities import aliases
    from claimtrack.lexicon import read_words

    orgs = {a.canonical for a in aliases() if a.type == "org"}
    assert set(read_words("international_bodies.txt")) <= orgs
    assert speaker_of("الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني").international
    assert not speaker_of("مملكة البحرين").international


def test_a_bodys_estimates_are_no_name():
    # heldout_clusters2 n04_horn "تقديرات الشركة" / n01_wire "شركة «مرافئ الخليج» القطرية": nothing tells them apart
    assert not speaker_of("تقديرات الشركة").named
    assert relation(speaker_of("تقديرات الشركة"), speaker_of("شركة «مرافئ الخليج» القطرية")) != "different"


def test_a_country_speaking_for_itself_has_an_index_key():
    # maliki_reactions 3alyoum_0724_348 / aawsat_0723_32: "العراق" speaks as its presidencies do
    country = identity_keys(speaker_of("العراق"))
    assert country & identity_keys(speaker_of("رئاستا الجمهورية والوزراء في العراق"))
    assert not country & identity_keys(speaker_of("مملكة البحرين"))


# SpeakerIndex (claimtrack.matching.speaker_index) proposes every speaker that relation() calls the same: on the whole
# archive a denial that names whose statements it calls false ("تصريحات المالكي", maliki_reactions) is held against
# the claims it proposes, not against every claim.

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _check(speakers: list[Speaker]) -> None:
    index = SpeakerIndex(speakers)
    for a in speakers:
        proposed = index.maybe_same(a)
        assert {k for k, b in enumerate(speakers) if relation(a, b) == "same"} <= proposed


def test_the_mentions_of_real_stories_are_proposed_when_one_speaker():
    mentions = [m for pair in SAME + DIFFERENT + UNKNOWN for m in pair]
    speakers = [speaker_of(m) for m in mentions]
    _check(speakers)
    index = SpeakerIndex(speakers)
    for a, b in SAME:
        assert mentions.index(b) in index.maybe_same(speaker_of(a))


def test_the_speakers_of_the_seed_articles():
    corpus = Corpus(sorted(SEEDS.glob("*.txt")))
    _check([c.speaker for c in corpus.claims])


_WORDS = st.sampled_from(["اوغلو", "اوغل", "داود", "تسفاي", "تسفايي", "زياني", "زيان", "خرينج", "عبد", "ابن"])
_SPEAKERS = st.builds(
    Speaker,
    names=st.frozensets(st.sampled_from(["e:تركيا", "m:خارجيه", "e:الامم المتحده"]), max_size=2),
    runs=st.lists(st.tuples(_WORDS, _WORDS).map(tuple) | st.tuples(_WORDS), max_size=2).map(tuple),
    titles=st.frozensets(st.sampled_from(["رييس وزراء", "رييس حكومه", "مسوول", "امانه"]), max_size=2),
    country=st.sampled_from([None, "تركيا"]), anonymous=st.booleans())


@settings(max_examples=200, deadline=None)
@given(st.lists(_SPEAKERS, min_size=1, max_size=8))
def test_every_speaker_relation_calls_the_same_is_proposed(speakers):
    _check(speakers)


_RUNS = st.lists(st.lists(_WORDS, min_size=1, max_size=4).map(tuple), max_size=8).map(tuple)


@settings(max_examples=300, deadline=None)
@given(_RUNS, _RUNS)
def test_names_with_many_runs_meet_as_run_by_run(a, b):
    """Two speakers with many runs are compared through each one's words (name_runs._run_words); the answer is the
    run-by-run test's (name_runs.word_in on every pair of runs)."""
    by_pairs = any(word_in(x[-1], y) or word_in(y[-1], x) for x in a for y in b)
    assert runs_meet(a, b) == by_pairs
