"""Which side a denial is on (issue 13, helper "den6"): constructions seen in the blind-judged pairs of
tests/data/day_judgments (2015-07-24), each named by its article."""

from types import SimpleNamespace

from claimtrack.contradiction.disputes import denial_mentions
from claimtrack.contradiction.narration import TOLD
from claimtrack.contradiction.targets import carried_twice, one_person
from claimtrack.matching.speakers import speaker_of


def _claim(source: str, kind: str, content: str, stance: str = "neutral") -> SimpleNamespace:
    """A stand-in for a Claim: its speaker, and what the rules read of its attribution."""
    return SimpleNamespace(speaker=speaker_of(source), attribution=SimpleNamespace(
        source=SimpleNamespace(text=source, kind=kind), cue=SimpleNamespace(stance=stance),
        content=SimpleNamespace(text=content)))


def test_a_name_alone_is_one_person_with_the_named_official() -> None:
    # aawsat a24723722b31c "وقال بخاري" (source kind unknown) / alriyadh a84e480107714 "الرئيس النيجيري محمد بخاري":
    # his "تأكيدات لا أساس لها بانتهاك قواتنا لحقوق الإنسان" was linked to his own "سيعود إلى بلاده خالي الوفاض"
    # (judged agreement, P018)
    denial = _claim("بخاري", "unknown", "«للأسف، تحت غطاء هذا القانون وبسبب تأكيدات لا أساس لها بانتهاك قواتنا لحقوق الإنسان")
    own = _claim("الرئيس النيجيري محمد بخاري", "official", "سيعود الى بلاده خالي الوفاض بسبب قانون اميركي يمنع ارسال اسلحة")
    assert one_person(denial, own)
    # a body still denies another's account of it (real_disputes D1-007: organizations stay out)
    body = _claim("الجناح العسكري لحزب العمال الكردستاني", "organization", "مسؤوليته عن العملية")
    assert not one_person(body, _claim("متمردو حزب العمال الكردستاني", "collective", "قتل شرطيين"))


# aljazirah a468c92bb6684 (2015-07-24) tells the report the club's statement denies, to the end of the statement;
# aawsat acf206cd6f09b carries the same statement (judged agreement, M010)
_TOLD_REPORT = ("موافقة ادارة الشباب على بيع عقود بعض لاعبي الفريق الاول وان هذه الخطوه تناقض ما اتفقت عليه لادارة مع عضو "
                "الشرف الامير فهد بن خالد بن سلطان بناء على توجيهات الرئيس الفخري صاحب السمو الملكي الامير خالد بن سلطان "
                "الذي حرص طوال الفترة الماضية على الوقوف مع الادارة مادياً ومعنوياً، وتود الادارة ان توضح للمشجع الشبابي "
                "انه تم التعاقد مع عدد من اللاعبين لتدعيم الفريق الاول وستتفاوض مستقبلاً مع اي لاعب في مصلحة نادي الشباب")
_SAME_STATEMENT = ("«لا صحة لما تردد في بعض وسائل الإعلام ومواقع التواصل الاجتماعي، عن موافقة إدارة الشباب على بيع عقود بعض "
                   "لاعبي الفريق الأول، وأن هذه الخطوة تناقض ما اتفقت عليه الإدارة مع عضو الشرف الأمير فهد بن خالد بن سلطان، "
                   "بناء على توجيهات الرئيس الفخري الأمير خالد بن سلطان، الذي حرص طوال الفترة الماضية على الوقوف مع الإدارة "
                   "ماديًا ومعنويًا»")


def test_one_denial_carried_by_two_outlets_is_no_dispute() -> None:
    told = _claim("", "outlet", _TOLD_REPORT, TOLD)
    assert carried_twice(_claim("نادي الشباب", "organization", _SAME_STATEMENT), told)
    # the outlet's teller is no told report: another rule's business
    assert not carried_twice(_claim("نادي الشباب", "organization", _SAME_STATEMENT), _claim("", "outlet", _TOLD_REPORT))
    # a denial in its own words still denies the report it tells (real_disputes D2-017: sabq 33e60fcaca / alweeam
    # 2f7239f0c5)
    report = _claim("", "outlet", "اتحاد الكرة رفع عقوبات لجنة الانضباط المفروضة على لاعبي النصر محمد عيد وحسن الراهب "
                    "وحسين عبد الغني بعد الأحداث التي شهدتها المباراة النهائية لكأس خادم الحرمين الشريفين", TOLD)
    own_words = _claim("الاتحاد السعودي لكرة القدم", "organization", "رفع الإيقافات عن لاعبي النصر والهلال فى مباراة كأس السوبر")
    assert not carried_twice(own_words, report)


def test_mere_lies_is_a_denial_and_lies_alone_is_not() -> None:
    # 3alyoum aaf1187878de4 (2015-07-24): Hamas's spokesman "إنّ ما أوردته وكالة أنباء فارس الإيرانية بأن هناك اتفاقًا
    # ... مجرد أكاذيب" denies as the movement's "نفت حماس ما أوردته" does (judged agreement, M016)
    assert denial_mentions("ما أوردته وكالة أنباء فارس الإيرانية بأن هناك اتفاقًا سعوديًا حمساويًا مجرد أكاذيب", verbs_within=0)
    # alwatan a328659913b49 (2015-07-26): "وفيه كثير من الأكاذيب" describes the media, it denies no claim
    assert not denial_mentions("الإعلام الفني جهاز عجيب، فهو ينشر السموم، وفيه كثير من الأكاذيب والخراب", verbs_within=0)


def _in(article: str, content: str, speaker: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
        ) -> SimpleNamespace:
    return SimpleNamespace(attribution=SimpleNamespace(article=article, content=SimpleNamespace(text=content)),
                           source_key=speaker, key=SimpleNamespace(entities=names))


def test_two_words_do_not_link_a_denial_to_another_articles_claim() -> None:
    # alriyadh a70f64e4158e3 (2015-07-26) "أمانة جدة تنفي وضع كاميرات مراقبة في الكورنيش" met an op-ed's "إن وضعَ نظام
    # يجرم التحرّش" (alwatan a00b639eab7d3) and a tech page's camera advice on وضع، كامير (judged other-event, P031, P069)
    from claimtrack.contradiction.targets import few_apart

    denial = _in("a70f64e4158e3", "وضع كاميرات مراقبة في الكورنيش")
    named = ("وضع", "كامير", "مرقب", "كرنش")
    assert few_apart(denial, _in("a00b639eab7d3", "إن وضعَ نظام يجرم التحرّش"), ("وضع", "كامير"), named)
    # one name twice is one word: the Gabon government's "الشائعات المتكررة عن دفع الملايين من الدولارات لميسي" and
    # Maradona's "ميسي يسجل 4 أهداف ... الكرة" share ميس and كره (3alyoum a098cfacb7f96 / ae8262db2e125, 2015-07-24)
    assert few_apart(denial, _in("ae8262db2e125", "..."), ("مس", "مس", "كر"), named)
    # three words of the account another outlet gives (real_disputes D2-017), or two in one article, still link
    assert not few_apart(denial, _in("a1b043615e459", "..."), ("رفع", "لاعب", "نصر"), named)
    assert not few_apart(denial, _in("a70f64e4158e3", "..."), ("وضع", "كامير"), named)
    # and two that are most of what a denial names: "ما يتم تداوله عن تأجيل الدراسة غير صحيح" (sabq a165a64f4444d,
    # 2015-07-21) and another outlet's "أنباء عن تأجيل بداية العام الدراسي"
    assert not few_apart(_in("a165a64f4444d", "..."), _in("a29b426868780", "..."), ("تجل", "بحث"), ("تجل", "بحث", "تدل", "صحح"))
    # or when the claim names the denier: Iran's "سعيها لامتلاك سلاح نووي" (alriyadh a2d84776d6a53, 2015-07-21) and
    # "«إيران عازمة على الحصول على أسلحة نووية»" (a5c8322c136de)
    iran = _in("a2d84776d6a53", "سعيها لامتلاك سلاح نووي", frozenset({"إيران"}))
    assert not few_apart(iran, _in("a5c8322c136de", "...", names=frozenset({"إيران"})), ("سلح", "نوو"), ("امتلك", "سع", "سلح", "نوو"))
    assert few_apart(iran, _in("a5c8322c136de", "..."), ("سلح", "نوو"), ("امتلك", "سع", "سلح", "نوو"))


def test_a_denial_that_points_back_denies_nothing_in_another_article() -> None:
    # aawsat acd8b3e4a5829 (2015-07-24), a doctor answering a reader: "هذا غير صحيح، إذ إن حرمان الوالدين طفلهما من
    # التمتع بالنظر الجيد عند لبس النظارة ..." was linked to a retina implant's "نظارته الطبية" (3alyoum a39124529531d)
    # and a relief campaign's statement (judged other-event, P060); aawsat a38514450ec5d (2015-07-26) "كل ذلك كذب"
    # to another article's witness (judged denial-of-other-claim, P006)
    from claimtrack.contradiction.targets import points_back_apart

    doctor = _in("acd8b3e4a5829", "هذا غير صحيح، إذ إن حرمان الوالدين طفلهما من التمتع بالنظر الجيد عند لبس النظارة")
    assert points_back_apart(doctor, _in("a39124529531d", "ويستخدم فلين جهاز زرع في شبكية العين"))
    assert not points_back_apart(doctor, _in("acd8b3e4a5829", "لبس النظارة يضعف البصر"))
    pupil = _in("a38514450ec5d", "«كل ذلك كذب. حياة (داعش) حياة من الاغتصاب اليومي")
    assert points_back_apart(pupil, _in("a5c0ccff5eaf9", "قاموا بتفريق الرجال عن النساء"))
    # a denial that names what it denies is no pointing back ("نفى المتحدث باسم طالبان هذه المعلومة": the cue denies,
    # okaz 8e1a2402cc, real_disputes D2-008; "أن ما ذكر غير صحيح لعدد من الأسباب", alweeam 99b1c02222, D2-029)
    for text in ("هذه المعلومة", "أن ما ذكر غير صحيح لعدد من الأسباب", "تلك التقارير آنذاك"):
        assert not points_back_apart(_in("x", text), _in("y", "..."))


def test_a_denial_issued_and_told_is_not_the_speakers_own() -> None:
    # alriyadh a10b4b37de9d1 (2015-07-24): "أعلن نادي الأهلي ... إدارة الشباب أصدرت نفيا عن وجود أي نية لبيع حسن
    # معاذ" tells the other club's denial; the Ahli club's own claims were marked as denied by it (judged agreement,
    # M011), and the club's own "نفت نيتها بيع أي من لاعبيها" (aleqtisadiya a1ec696201ffc) was marked against it
    from claimtrack.contradiction.denied import explicit_denial, named_denial
    from claimtrack.contradiction.targets import denies_too
    from claimtrack.models import Attribution, Content, Cue, Source
    from claimtrack.spans import Span

    assert named_denial("نفيا") and not named_denial("نافيا") and not named_denial("ينفي")
    content = "إدارة الشباب أصدرت نفيا عن وجود أي نية لبيع حسن معاذ"
    text = "أعلن نادي الأهلي أن " + content
    at = text.index(content)
    told = Attribution("a10b4b37de9d1#2", "a10b4b37de9d1", "alriyadh", Span(0, len(text)),
                       Cue("أعلن", Span(0, 4), "أعلن", "announce"), Source("نادي الأهلي", Span(5, 16), "organization", "none"),
                       Content(content, Span(at, len(text)), False), "indirect")
    assert not explicit_denial(told)
    assert denies_too(_claim("نادي الأهلي", "organization", content))
    # a denial opening the content is the speaker's ("نفيا قاطعا ..." as a whole content stays a denial)
    opening = Attribution("x#1", "x", None, Span(0, 10), Cue("أكد", Span(0, 3), "أكد", "assert"),
                          Source("", Span(0, 0), "none", "none"), Content("نفيا قاطعا", Span(4, 14), False), "indirect")
    assert explicit_denial(opening)


def test_a_statement_about_what_was_raised_tells_a_report_past_a_comma() -> None:
    # okaz a8c51d93de7fa (2015-08-03), the outlet's own sentence: "أصدر الاتحاد السعودي للكرة الطائرة، أمس، بيانا
    # إعلاميا حول ما أثير مؤخرا على مواقع التواصل الاجتماعي، عن حضور عدد من لاعبي منتخب الناشئين لحفل غنائي في ملهى
    # ليلي" tells the rumour the federation denies (judged agreement, P004, P051)
    from claimtrack.contradiction.disputes import told_reports

    text = ("أصدر الاتحاد السعودي للكرة الطائرة، أمس، بيانا إعلاميا حول ما أثير مؤخرا على مواقع التواصل الاجتماعي، عن "
            "حضور عدد من لاعبي منتخب الناشئين لحفل غنائي في ملهى ليلي بمصر")
    assert [s.of(text) for s in told_reports(text, past_comma=True)] == [
        "حضور عدد من لاعبي منتخب الناشئين لحفل غنائي في ملهى ليلي بمصر"]
    assert not told_reports(text)  # (the claims made of told reports stay as they were)


def test_some_of_a_group_denying_is_a_denial_the_content_tells() -> None:
    # alwatan a975735a7f566 (2015-07-22): a source says the arrested men's statements differed, "some denied appearing in
    # the clip, others admitted": no denial of the police's "المقبوض عليهم أرشدوا عن آخرين ظهروا في المقطع" (judged
    # different-claims M001) nor of the men's own admission (judged agreement by both annotators of S006)
    told = "\"إفادات المقبوض عليهم اختلفت، إذ أنكر بعضهم ظهوره في مقطع الفيديو، واعترف آخرون"
    assert denial_mentions(told, verbs_within=6) == ()
    assert denial_mentions("أنكر معظمهم التهم الموجهة إليهم", verbs_within=6) == ()
    # the speaker's own denial, and a denial whose subject is named, still are
    assert denial_mentions("أنكر المتهمون التهم الموجهة إليهم", verbs_within=6)
    assert denial_mentions("نفت الوزارة ما تردد عن بعضهم", verbs_within=6)


def test_an_outlets_sentence_that_tells_a_denial_sides_with_it() -> None:
    # ac73248a4ce61 (2015-07-22), the outlet's own sentence: "لم يكل المسؤولون الأتراك عن نفي الاتهامات الكثيرة
    # الموجهة إلى بلادهم بدعم تنظيم داعش" was marked as denied by داود أوغلو's "نفى ... بشدة الاتهامات الموجهة لبلاده
    # بدعم التنظيم" (a87e2d70f7f65): it tells the officials' denials, it asserts nothing they deny
    from claimtrack.contradiction.narration import NARRATION
    from claimtrack.contradiction.targets import denies_too

    told = "لم يكل المسؤولون الأتراك عن نفي الاتهامات الكثيرة الموجهة إلى بلادهم بدعم تنظيم داعش وتسهيل عبور مقاتليه"
    assert denies_too(_claim("", "outlet", told, NARRATION))
    # a speaker's statement that names a denial as what others did is still read as before (a named denial only)
    assert not denies_too(_claim("مصدر", "official", told))
    # and an outlet's sentence with no denial word asserts what it tells
    assert not denies_too(_claim("", "outlet", "تركيا تساعد تنظيم داعش وتسهل عبور مقاتليه", NARRATION))
