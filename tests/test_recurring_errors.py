"""Error classes that recur across the annotated real samples (tests/data/real, real_blind, real_fresh ...
real_fresh5), each fixed in general terms and checked on 2,000 unannotated articles of the development days
(2015-07-21, 07-24, 07-26, 08-01, 08-03) before it was kept.

Each sentence is quoted from the article named beside it: a sample's article id, or the day of the SaudiNewsNet zip
and the article's place in its list (``2015-07-21_1177``: day 2015-07-21, item 1177); a shorter sentence written
here says so and names the real one.
"""

import pytest

from claimtrack import extract_attributions, parse_article


def _attributions(text: str):
    return extract_attributions(parse_article(text, id="real", layout="plain"))


# Class: an imperfect verb right after an indefinite noun phrase that a word before it governs (a preposition, a
# verb, a verbal noun) is a relative clause describing that noun, not someone speaking (fresh5 almadina_ed1c7b93b2,
# fresh4 "لاستصدار قرار يدين", fresh "تلميحات ... تشير", fresh4 "هتافات تندد"; dev days: 30 rows changed, 18 right
# "جيش وطني مخلص يدين"، "تطورات تشير"، "مشروع قرار بريطاني يصف"، 2 wrong "تصوير يوضح من خلاله"، "ومعها نزاهة تشتكي").
@pytest.mark.parametrize(("text", "cue"), [
    pytest.param(  # almadina_ed1c7b93b2 (fresh5)
        "تقوم سياسة المملكة على نهج قيمي ثابت يدعو للخير والسلام ونصرة الحق واحترام الجوار الإقليمي، ويتبنى قضايا "
        "المسلمين في كافة أركان المعمورة بإسلام وسطي معتدل.", "يدعو", id="almadina_ed1c7b93b2"),
    pytest.param(  # 2015-07-21_1177
        "العامل الثالث هو مراهنته الرابحة على جيش وطني مخلص يدين بالولاء للوطن ولولاة أمره، وكذلك عوامل أخرى ساعدت "
        "على نجاحه في إدارة وزارة الدفاع .", "يدين", id="dev_2015-07-21_1177"),
    pytest.param(  # 2015-07-24_761 (the first clause of its sentence)
        "في هذه الأثناء، تعيش صنعاء على وقع تطورات تشير في مجملها إلى حالة إرباك وتخبط في أوساط الحوثيين.", "تشير",
        id="dev_2015-07-24_761"),
])
def test_a_verb_describing_a_governed_indefinite_noun_is_no_cue(text, cue):
    assert [a.cue.text for a in _attributions(text) if a.cue.text == cue] == []


def test_a_speaker_named_after_such_a_verb_still_speaks():
    # 2015-07-21_1219: the describing clause names its speaker after the verb
    text = ("وبعد أن تتم عمليات الشراء يجبر مقاتلو داعش الأطفال على تناول حبوب مضادة للقلق وهي حبوب يقول الأطباء إنها "
            "تصيب الانسان بحالة من فقدان الإدراك.")
    assert [a.source.text for a in _attributions(text) if a.cue.text == "يقول"] == ["الأطباء"]


def test_a_name_before_the_verb_is_no_described_noun():
    # 2015-08-01_540: a name after its title, the subject written before the verb (its source is read elsewhere)
    text = "المرشد التربوي المتقاعد محمد أبو بكر باعبدالله يؤكد على أن مثل هذه التصرفات ناتجة عن وجود وقت فراغ طويل."
    assert [a.cue.text for a in _attributions(text)] == ["يؤكد"]


def test_also_that_adds_to_the_content():
    # alweeam_8848c7df79 (real): "كما أن" coordinates one more finding of the same picture
    text = ("وأوضحت الصورة كذلك وجود زري رفع وخفض الصوت على الجهة اليُمنى منه، كما أن شاشة الهاتف منحنية من كلي "
            "الجانبين.")
    assert [a.content.text for a in _attributions(text) if a.cue.text == "وأوضحت"] == [
        "وجود زري رفع وخفض الصوت على الجهة اليُمنى منه، كما أن شاشة الهاتف منحنية من كلي الجانبين"]


# Class: كان opens the sentence, its subject, then an aside between commas (a relative clause, "وهي ...", a second name)
# and the verb (or قد) right after the aside's closing comma: the subject of كان speaks (fresh5 aawsat_885690d09c, missed;
# fresh4 aawsat_35a4acd242, no source); all dev days (9,000 articles): 7 rows changed, 6 right, 1 wrong (a plural verb
# carried over to the new speaker).
@pytest.mark.parametrize(("text", "cue", "source"), [
    pytest.param(  # aawsat_885690d09c (fresh5)
        "وكانت دار «بيرسون»، التي تؤكد أنها تريد التركيز على المجال التعليمي، أعلنت رسميا الخميس الماضي بيع مجموعة "
        "«فاينانشيال تايمز» إلى المجموعة الإعلامية اليابانية «نيكاي».", "أعلنت", "دار «بيرسون»",
        id="aawsat_885690d09c"),
    pytest.param(  # aawsat_35a4acd242 (fresh4)
        "وكانت مبادرة «انبعاث»، الحركة الانعتاقية (إيرا)، وهي حركة حقوقية لم تحصل على ترخيص رسمي من السلطات "
        "الموريتانية رغم تأسيسها قبل عدة سنوات، قد دعت أنصارها إلى التظاهر من أجل المطالبة بالإفراج عن رئيسها.", "دعت",
        "مبادرة «انبعاث»، الحركة الانعتاقية (إيرا)", id="aawsat_35a4acd242"),
    pytest.param(  # 2015-08-03_806
        "وكانت لورانس دوشين، العاملة باللجنة الدولية للصليب الأحمر، قد تحدثت عن أن احتياجات عائلات المفقودين متعددة "
        "ومترابطة.", "تحدثت", "لورانس دوشين", id="dev_2015-08-03_806"),
])
def test_the_subject_of_kana_speaks_past_an_aside(text, cue, source):
    assert [(a.source.text, a.source.resolved) for a in _attributions(text) if a.cue.text == cue] == [(source, "explicit")]


@pytest.mark.xfail(strict=True, reason="the party is the subject of both joined verbs (قد حقق ...، ووعد), but the "
                   "object مؤيديه after ووعد is read as its source")
def test_kana_subject_goes_on_in_a_joined_verb_after_its_own():
    # 2015-07-26 (aawsat, Modi's party): قد حقق is the verb of كان; the party goes on as the subject of ووعد
    text = ("وكان حزب بهاراتيا جاناتا، الذي ينتمي إليه مودي، قد حقق فوزا كاسحا في انتخابات مايو (أيار) الماضي، ووعد "
            "مؤيديه بالقيام بعدة إصلاحات.")
    assert [a.source.text for a in _attributions(text) if a.cue.text == "ووعد"] == ["حزب بهاراتيا جاناتا"]


# Class: a subject and its speech verb after a contrastive subordinator ("بيد أن", "غير أن", "لكن") open a clause of
# their own, even inside the content before them (fresh4 alwatan_71b6c4535d: a miss, a content run on, a spurious row;
# fresh3 "لكن المسؤولين الروس رفضوا" is read elsewhere).  "بيد أن" was missing from the subordinators (particles.tsv);
# all dev days: 2 rows changed, both right (2015-07-26_34).
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(  # alwatan_71b6c4535d (fresh4), shortened
        "كشف المتحدث الرسمي للاتحاد السعودي لكرة القدم عدنان المعيبد أنهم قطعوا شوطا كبيرا للتعاقد مع مدرب، رافضا "
        "الإفصاح عن اسمه، بيد أن مصادر أشارت إلى أنه مدرب منتخب تشيلي.",
        [("كشف", "قطعوا شوطا كبيرا للتعاقد مع مدرب، رافضا الإفصاح عن اسمه"), ("أشارت", "مدرب منتخب تشيلي")],
        id="alwatan_71b6c4535d"),
    pytest.param(  # 2015-07-26_34, shortened
        "وقال إنه طلب منه أن يعرض عليه مسودة التقرير، بيد أن المتحدث الرسمي للجامعة أكد للصحيفة أنه لا صلة للجامعة "
        "بالتصنيف.", [("وقال", "طلب منه أن يعرض عليه مسودة التقرير"), ("أكد", "لا صلة للجامعة بالتصنيف")],
        id="dev_2015-07-26_34"),
])
def test_bayda_anna_opens_a_clause_of_its_own(text, rows):
    assert [(a.cue.text, a.content.text) for a in _attributions(text)] == rows


# Class: "ما + a speech verb + who" (a relative clause pointing back to the outlet's words) names the speaker of the
# participle or joined verb after it: fresh2 aljazirah_e21b2d77c9 ("وهو ما أشار إليه نافاس نفسه ... قائلاً", no source),
# real aljazirah_a3b3e845e4 ("وهو ما ذكره المجرم الذي قتل خاله، المنتحر عبد الله الرشيد ...، حيث يقول": the
# relative clause on the speaker is too long to pass, left); all dev days: 19 rows changed, 17 right, 2 the same
# speaker named shorter ("هذا ما قاله بولت، مضيفا").
@pytest.mark.parametrize(("text", "cue", "source"), [
    pytest.param(  # aljazirah_e21b2d77c9 (fresh2)
        "ورغم هذا، لا يزال مصير نافاس (28 عاماً) مع الريال معلقاً وغامضاً، وهو ما أشار إليه نافاس نفسه بعد نهاية "
        "الموسم الماضي قائلاً «الله وحده يعلم ما إذا كنت سأستمر مع الريال»، حيث اقتصرت مشاركاته مع الفريق على دقائق "
        "قليلة.", "قائلاً", "نافاس نفسه", id="aljazirah_e21b2d77c9"),
    pytest.param(  # 2015-07-24_1798, shortened
        "فقد حرص الدين الإسلامي على المساواة في الحقوق والواجبات بين الجميع، وهو ما أكده الرسول -صلى الله عليه وسلم- "
        "حين قال عن أهل الذمة: \"لهم ما لنا وعليهم ما علينا\".", "قال", "الرسول", id="dev_2015-07-24_1798"),
    pytest.param(  # 2015-08-01_1157
        "قتل تسعة جنود من قوات الجيش اليمني في هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري في وادي سر بوادي حضرموت "
        "جنوب شرق اليمن أمس، على ما أعلن مصدر عسكري، محملا تنظيم القاعدة المسؤولية.", "محملا", "مصدر عسكري",
        id="dev_2015-08-01_1157"),
])
def test_the_one_named_in_a_ma_clause_goes_on_speaking(text, cue, source):
    assert [(a.source.text, a.source.resolved) for a in _attributions(text) if a.cue.text == cue] == [(source, "carryover")]


def test_a_bare_verb_after_the_aside_keeps_its_own_subject():
    # 2015-08-01_302: "حسب ما قال لي بعضهم" is an aside inside a clause whose subject comes first
    text = ("المؤكد هو أن المواطنين الليبيين، حسب ما قال لي بعضهم، يتمنون عودة حكم معمر القذافي، على الرغم من "
            "ديكتاتوريته.")
    assert all(a.source.text != "بعضهم" for a in _attributions(text) if a.cue.text == "يتمنون")


# Class: an according-to marker before what is no speaker: a function word ("ليس ... فحسب بل": "only ... but", fresh2
# aleqtisadiya_5790866ac2; "وفق ماذا سيقدم", blind, is left: ماذا is no listed function word) or a decree followed
# ("ووفق القرار يحظر التجوال", fresh4 alriyadh_5192cab5df, as its annotator's note says: a rule, like "وفقا لآلية
# العمل").  All dev days: 31 rows changed, about 16 right (seven "فحسب بل", "ووفقاً للقرار فإن"), 2 wrong ("بحسب القرار
# الاتهامي": an indictment that states facts; "بحسب ما قالت كل من المستشارية"), the rest a wrong carried-over source
# changed for another.
@pytest.mark.parametrize("text", [
    pytest.param(  # aleqtisadiya_5790866ac2 (fresh2)
        "في النهاية، ارتباط مصر والسعودية ليس ارتباطا سياسيا فحسب بل شعبيا عاطفيا أيضا، وينبغي أن يتفهم كل طرف غضبة "
        "الآخر.", id="aleqtisadiya_5790866ac2"),
    pytest.param(  # alriyadh_5192cab5df (fresh4)
        "ووفق القرار يحظر التجوال في المنطقة المحددة طوال مدة إعلان حالة الطوارئ من الساعة السابعة مساء وحتى السادسة "
        "من صباح اليوم التالي.", id="alriyadh_5192cab5df"),
])
def test_no_speaker_after_the_marker(text):
    assert _attributions(text) == []


def test_a_partitive_after_the_marker_still_speaks():
    # 2015-08-03_271, shortened: "بعض" is a function word, and "بعض المحامين" the speakers
    text = "وبحسب بعض المحامين والمصرفيين، ارتفاع الأسعار يمكن أن يعوق صفقات الاندماج."
    assert [a.source.text for a in _attributions(text)] == ["بعض المحامين والمصرفيين"]


# Class: a first name spelled like a reporting verb's bare perfect (أمل "hoped", طالب "demanded") right after the title
# of the speaker: read as a verb, it stole the speaker and left the real cue with none (blind okaz_82a0d692cb, fresh4
# aljazirah_fe145e4579: a miss and a spurious row each); all dev days: 16 rows changed, 13 right ("قالت الممثلة
# الجزائرية أمل بوشوشة إنها", 2015-07-21_412, and the 10 rows that carry her over), 2 where the short "المتطوعة" of
# another volunteer now points back to "المتطوعة أمل ناصر".
@pytest.mark.parametrize(("text", "cue", "source"), [
    pytest.param(  # aljazirah_fe145e4579 (fresh4)
        "كما ذكرت رئيسة القسم النسائي بالمركز أمل الحافظي، أن الملتقى يجمع عدة أركان وفعاليات المسرح التي تستهدف "
        "الأسرة والطفل.", "ذكرت", "رئيسة القسم النسائي بالمركز أمل الحافظي", id="aljazirah_fe145e4579"),
    pytest.param(  # okaz_82a0d692cb (blind), shortened
        "ويزيد معلم اللغة العربية طالب المكي «نتعرض في المدارس لمثل هذه الأفكار وذلك بالسؤال الدائم من قبل الطلاب "
        "عنها».", "ويزيد", "معلم اللغة العربية طالب المكي", id="okaz_82a0d692cb"),
])
def test_a_first_name_spelled_like_a_verb(text, cue, source):
    assert [(a.cue.text, a.source.text) for a in _attributions(text)] == [(cue, source)]


def test_a_preposition_spelled_like_a_verb_is_no_name():
    # 2015-07-26_248: عبر before a medium is a preposition, and أضاف a feature is no speech
    assert _attributions("أضاف موقع تبادل الصور عبر الإنترنت \" إنستجرام\" خاصية جديدة.") == []


@pytest.mark.xfail(strict=True, reason="the verb's own subject after it (يرد مهاجموه) is not read: the source is empty")
def test_an_imperfect_verb_with_its_subject_after_it():
    # 2015-07-21_1840: مهاجموه (his attackers) answer him
    text = "وعندما يطلب الماء يرد مهاجموه “اشرب من عرقك” بينما يناقشون فيما بينهم."
    assert [a.source.text for a in _attributions(text) if a.cue.text == "يرد"] == ["مهاجموه"]


# Class: "جاء ذلك خلال/في + an occasion" (a meeting, a reaction) read as a document or a speaker that said "ذلك": the
# real samples annotate no such row (blind aawsat_922b0c2ff5, fresh5 aljazirah_a1a58badfa: a spurious row each; the
# held-out "جاء ذلك في بلاغ ... صادر عن" keeps its document).  All dev days: 30 rows changed, about 22 right (event
# noun sources gone: "خلال جلسة مجلس الوزراء"، "خلال اللقاء التعريفي"; the participles after them carry the real
# speaker), about 4 wrong ("كما جاء في الحديث القدسي"، "جاء ذلك في حديث للمهندس الهذلول").
@pytest.mark.parametrize("text", [
    pytest.param(  # aljazirah_a1a58badfa (fresh5)
        "جاء ذلك خلال اجتماع القيادة الفلسطينية الطارئ الذي عقد بمقر الرئاسة في رام الله برئاسة الرئيس محمود عباس "
        "لبحث اعتداءات المستوطنين المتواصلة ضد الشعب الفلسطيني.", id="aljazirah_a1a58badfa"),
    pytest.param(  # aawsat_922b0c2ff5 (blind), shortened
        "وجاء ذلك في رد فعل على الاحتجاجات التي عرفتها عدة مدن أوروبية من جانب المزارعين.", id="aawsat_922b0c2ff5"),
])
def test_came_on_an_occasion_is_no_attribution(text):
    assert [a.cue.text for a in _attributions(text)] == []


def test_came_in_a_document_issued_by_someone_still_speaks():
    # the construction the rule was written for (seeds, "جاء ذلك في بلاغ ... صادر عن")
    text = "جاء ذلك في بلاغ صادر عن وزارة الداخلية مساء الأحد."
    assert [(a.cue.text, a.source.text, a.content.text) for a in _attributions(text)] == [("جاء", "وزارة الداخلية", "ذلك")]


# Class: the link to the story that repeats its headline ("رابط الخبر بصحيفة الوئام: ..."), glued by the scraper to the
# last paragraph, read as body (fresh2 alweeam_75da7e5bee, fresh4 alweeam_56a7c34df0: a spurious row each); all dev
# days: 32 rows gone, every one a copy of the headline's own.
def test_a_link_glued_to_the_last_paragraph_is_no_body():
    # alweeam_56a7c34df0 (fresh4), the last paragraph shortened
    text = ("فان جال يلمح إلى إمكانية ضم راموس ومهاجم “مفاجأة”\n\n"
            "وتابع فان جال “علينا الانتظار حتى نرى ما سيحدث.. موسم الانتقالات مفتوح حتى أول سبتمبر لذا يجب أن نصبر.” "
            "رابط الخبر بصحيفة الوئام: فان جال يلمح إلى إمكانية ضم راموس ومهاجم “مفاجأة”")
    found = extract_attributions(parse_article(text, id="real"))
    assert [a.cue.text for a in found] == ["يلمح", "وتابع"]


# Class: the noun phrase right after a warning or appeal joined by و to a clause of the same sentence that was an
# attribution is the one warned or called on, not a new speaker (real aljazirah_a3b3e845e4, "وهو يقول «...» وحذّر
# الشباب المندفع والمتحمس من"; the same class in fresh4 "وطالب المجتمع الدولي" and fresh5 "بعدما وصف الرئيس
# المستقيل" stands in a sentence of its own, left); all dev days: 11 rows changed, 5 right, none wrong, 6 a wrong
# source changed for another ("وتحذر في الوقت ذاته كل من").
def test_the_one_warned_after_the_speaker_of_the_same_sentence():
    # aljazirah_a3b3e845e4 (real), shortened
    text = ("وقال الشاب الألماني المسلم (إبراهيم) إنه نادم.\n"
            "وفي المحكمة بدا إبراهيم حزيناً ونادماً وهو يقول «لقد سقطت في الأيدي الخاطئة» وحذّر الشباب المندفع والمتحمس من "
            "الانضمام للتنظيم.")
    found = {a.cue.text: a for a in _attributions(text)}
    assert found["وحذّر"].source.text == "الشاب الألماني المسلم (إبراهيم)"  # not the young men he warns
    assert found["وحذّر"].content.text == "الانضمام للتنظيم"


def test_who_recommends_that_is_the_subject():
    # 2015-07-21_2857, shortened: "بأن" after the noun phrase, the complementizer of what the doctors recommend
    text = "وتابع: إن الطفل يحتاج إلى عناية سريعة جداً؛ ويوصي الأطباء بأن تُجرى له عملية بأسرع ما يمكن."
    assert [a.source.text for a in _attributions(text) if a.cue.text == "ويوصي"] == ["الأطباء"]


# Class: a turn to the next speaker inside a sentence ("، من جهته قال"، "من ناحيتها نقلت"، "بدوره") opens a clause
# of its own, even inside the content of the statement before it, and is no part of that content; a closing
# guillemet whose opening one the writer left out opens no quotation.  Checked on the 2,941 articles of 2015-07-21
# and 07-26: 18 articles changed, every change read (a speaker's words no longer given to the one before him:
# Kenyatta's to the US embassy, داغستاني's to تميرك; a second speaker found after "مصيرهم». وأضاف مموزيني").
def test_a_turn_to_the_next_speaker_opens_a_clause_of_its_own():
    # 2015-07-26, almadina 621080 (item 622 of the day): Kenyatta's words were the US embassy's
    text = ("وحذرت السفارة الأمريكية من أن هذه القمة بحد ذاتها قد تكون «هدفا محتملا للإرهابيين»، من جهته قال الرئيس "
            "الكيني أوهورو كينياتا: إن تنظيم هذه القمة يقدم وجهًا آخر لافريقيا مختلفًا عن الصورة التي ترسمها وسائل "
            "الاعلام، وأكد أن «هذا الخطاب عن اليأس الأفريقي خاطىء وفي الواقع لم يكن يومًا صحيحًا».")
    found = {a.cue.text: a for a in _attributions("عنوان\n\n" + text)}
    assert found["وحذرت"].content.text == "هذه القمة بحد ذاتها قد تكون «هدفا محتملا للإرهابيين»"
    assert found["قال"].source.text == "الرئيس الكيني أوهورو كينياتا"
    assert found["وأكد"].source.text == "الرئيس الكيني أوهورو كينياتا"


def test_a_closing_guillemet_with_no_opening_one_hides_no_speaker():
    # real_disputes2 almadina_584361139e (2015-07-29): "...المتبعة»، من ناحيتها نقلت صحيفة «وول ستريت جورنال» عن
    # مصادر لم تسمها أن": the stray » paired with the next « and put نقلت inside a quotation
    from .conftest import DATA
    from claimtrack import read_article
    art = read_article(DATA / "real_disputes2" / "articles" / "almadina_584361139e.txt")
    found = extract_attributions(art)
    said = next(a for a in found if a.source.text.startswith("اليستير باسكي"))
    assert said.content.text.endswith("بحسب الاجراءات المتبعة، ليست هناك أي علاقة على الاطلاق بين وضع بولارد واعتبارات السياسة الخارجية»")
    relayed = next(a for a in found if a.cue.text == "نقلت")
    assert relayed.content.text.startswith("واشنطن قد تطلق سراح بولارد إرضاء لاسرائيل")
    assert [v.text for v in relayed.source.via] == ["صحيفة «وول ستريت جورنال»"]
    for a in found:
        assert art.text[a.content.span.start : a.content.span.end] == a.content.text


def test_a_guillemet_that_opens_a_quotation_written_the_wrong_way_still_opens_it():
    # real_fresh4 aljazirah_d70ccc6bb4: "وقال إن» من تلك الحسابات ... الخاص بها»": the next guillemet closes, so the
    # first opens (its quotation holds "ووفقاً لحساباتنا", the minister's words, no according-to of its own)
    text = ("أعلن وزير الطاقة الروسي الكسندر نوفاك، أن اعتماد أوروبا على استيراد الغاز الروسي سيزيد مستقبلاً. وقال إن» من "
            "تلك الحسابات التي يجريها الخبراء ويقيمون من خلالها الاستهلاك تبيّن أن استهلاك الغاز في أوروبا سينمو بسبب "
            "التعافي الاقتصادي. ووفقاً لحساباتنا فإن احتياجات أوروبا من الغاز ستزداد حوالي 100 مليار متر مكعب. وسيزداد "
            "اعتمادها على استيراد الغاز بسبب تقلص مستوى الإنتاج الخاص بها». وأضاف الوزير أن هذا أحد الأسباب.")
    assert [a.cue.text for a in _attributions("عنوان\n\n" + text) if a.cue.text.startswith("ووفق")] == []


def test_a_turn_written_with_its_conjunction_opens_a_clause_too_and_attributes_nothing_before_it():
    # (review of the twenty-sixth session) "وبدوره أكد": the turn with و; and unlike كما a turn never gives the clause
    # before it to the speaker after it ("...، بدوره قال الوزير، ..." keeps the minister's own words)
    found = {a.cue.text: a for a in _attributions(
        "عنوان\n\nوقال مدير المشروع إن العمل سينتهي قريبا، وبدوره أكد المدير العام أن التمويل متوفر للمشروع.")}
    assert found["وقال"].content.text == "العمل سينتهي قريبا"
    assert found["أكد"].source.text == "المدير العام" and found["أكد"].content.text == "التمويل متوفر للمشروع"


@pytest.mark.parametrize(("text", "source", "content"), [
    pytest.param(  # aawsat a0c5b3cbb7318 (2015-07-21): a name after الصحافي, an aside, the quotation after a colon
        "وقال الصحافي ساميودين نيلو، الذي تم استهدافه منذ عدة سنوات: «من الواضح أن الهجمات لم تكن هدفها فحسب إخراس "
        "الصحافيين الثلاثة»", "الصحافي ساميودين نيلو", "«من الواضح أن الهجمات لم تكن هدفها فحسب إخراس الصحافيين الثلاثة»",
        id="aawsat_a0c5b3cbb7318"),
    pytest.param(  # alwatan abbfd61207395 (2015-07-26): a name after الصحفي, an adjunct, the verb's object
        'وأكد الصحفي جمال ناصر، في اتصال هاتفي مع "الوطن"، عملية نقل الأسرى.', "الصحفي جمال ناصر", "عملية نقل الأسرى",
        id="alwatan_abbfd61207395"),
])
def test_a_journalist_is_named_after_his_title_as_an_official_is(text, source, content):
    # A media word that is one of an outlet's staff (a singular nisba: الصحافي، الصحفي) takes a personal name after
    # it, as a title does; the whole archive: 10 sources gained their name ("الصحفي الأميركي ديفيد زيرين", "الصحافي
    # البريطاني هول"), none lost.  An outlet's word does not (read so, "صحيفة الديلي ميل البريطانية" ran on into the
    # words after it, "قبيل المباراة الودية", in 150 rows of the archive)
    (found,) = _attributions(text)
    assert (found.source.text, found.content.text) == (source, content)
