"""A verb joined by و after a reported clause goes on with that clause's subject (real-complement-subject-01,
alweeam_ae5cfeb83e: "أن هيئة الطيران المدني تجرأت وأعلنت عبر تويتر أن ..."), where the speaker carried over is of the
other gender or there is none."""

from claimtrack import extract_attributions, parse_article


def _read(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text, a.source.text) for a in extract_attributions(parse_article(text, id="x", layout="plain"))]


def test_the_reported_clauses_subject_goes_on_speaking():
    # (the construction of the real row, with the outer speaker's gender telling them apart)
    assert _read("وقال الوزير إن الحكومة اجتمعت وأكدت أن المشروع سيكتمل.") == [("وقال", "الوزير"), ("وأكدت", "الحكومة")]
    assert _read("وأوضح التقرير أن الشركة حققت أرباحا وأعلنت أنها ستوزعها.")[1] == ("وأعلنت", "الشركة")


def test_not_past_a_comma_nor_to_a_subject_of_the_other_gender():
    # "وقال الوزير إن الحكومة اجتمعت، وأكد أن": after the comma the minister goes on; a masculine verb is not the
    # government's
    assert _read("وقال الوزير إن الحكومة اجتمعت، وأكد أن المشروع سيكتمل.")[1] == ("وأكد", "الوزير")
    assert _read("وقال الوزير إن الحكومة اجتمعت وأكد أن المشروع سيكتمل.")[1] == ("وأكد", "الوزير")
