"""Assembling records: hedges around an attribution and the negation of its content."""

import pytest

from .conftest import only_attribution


@pytest.mark.parametrize(
    "text, hedges",
    [
        ("وعلى ما يبدو، قال المسؤول إن الاجتماع تأجل إلى الأسبوع المقبل.", ["على ما يبدو"]),  # before the cue
        ("وقال الوزير إن المشروع قد يتأخر بسبب الأمطار.", ["قد"]),  # قد + imperfect: doubt
        ("وكان الوزير قد أكد أن المشروع سينطلق في الموعد.", []),  # كان ... قد + perfect: past, no doubt
        ("وقال الوزير إن المشروع قد تم تأجيله.", []),
        ("وقال الوزير إن الحكومة قد لا تستقيل.", ["قد"]),  # قد + لا + imperfect
        ("وقال الوزير إن صفحات كانت على مواقع التواصل الاجتماعي قد تداولت الخبر.", []),  # كان far before قد
    ],
)
def test_hedges_around_the_attribution(text, hedges):
    assert [h.text for h in only_attribution(text).hedges] == hedges


@pytest.mark.parametrize(
    "text, negated",
    [
        ("وقال المتحدث إن القوات انسحبت من المدينة وإنها لن تعود.", False),  # the negator is in the second clause
        ("وقال المتحدث إن القوات لن تنسحب من المدينة.", True),
    ],
)
def test_negation_stays_in_the_first_clause(text, negated):
    assert only_attribution(text).content.negated is negated
