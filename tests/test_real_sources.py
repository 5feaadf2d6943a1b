"""Sources and contents of constructions seen in real news (SaudiNewsNet), one row per construction.

Each row quotes a real sentence and names its article (``tests/data/real_fresh``, ``tests/data/real_stories``
...); the expected cue, source and content are the gold rows of that sentence.
"""

import pytest

from claimtrack import extract_attributions, parse_article

ROWS = [
    # a second title whose name runs on through a nasab chain with a compound name in it ("بن عبد الملك آل الشيخ")
    pytest.param(
        "وجّه معالي وزير الشؤون البلدية والقروية المهندس عبد اللطيف بن عبد الملك آل الشيخ بتضافر جهود جميع أجهزة "
        "وقطاعات الوزارة لخدمة ضيوف الرحمن خلال موسم حج هذا العام 1436هـ.",
        "وجّه", "معالي وزير الشؤون البلدية والقروية المهندس عبد اللطيف بن عبد الملك آل الشيخ",
        "تضافر جهود جميع أجهزة وقطاعات الوزارة",
        id="aljazirah_f2ccf8e1ee-title-nasab-chain"),
]


@pytest.mark.parametrize(("sentence", "cue", "source", "content_start"), ROWS)
def test_real_construction(sentence, cue, source, content_start):
    article = parse_article(sentence, id="real", layout="plain")
    found = [a for a in extract_attributions(article) if a.cue.text == cue]
    assert found, [(a.cue.text, a.source.text) for a in extract_attributions(article)]
    assert found[0].source.text == source
    assert found[0].content.text.startswith(content_start), found[0].content.text
