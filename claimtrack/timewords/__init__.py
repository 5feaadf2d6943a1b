"""Time expressions in Arabic news and the days they name, read against a publication date.

:func:`find_time_expressions` finds the relative expressions that statements are dated with ("أمس"،
"اليوم (الاثنين)"، "أول أمس"، "مساء أمس السبت"، "الثلاثاء الماضي"، "صباح الخميس"، "مطلع الأسبوع الجاري"،
"الشهر الماضي") and written dates with or without a year ("13 يوليو"، "الاربعاء 7 اغسطس 2013"، "15/5/2015"),
each with its span in the text.  :meth:`TimeExpression.resolve` turns one into the day or the range of days it
names, given the day the text was published::

    >>> import datetime as dt
    >>> (e,) = find_time_expressions("وقال أوباما الثلاثاء الماضي إن التراجع")
    >>> e.text, e.resolve(dt.date(2015, 7, 21))
    ('الثلاثاء الماضي', (datetime.date(2015, 7, 14), datetime.date(2015, 7, 14)))

The words come from ``data/date_words.tsv``, ``data/weekdays.txt`` and ``data/months.tsv``; the rules of
reading (a weekday named with أمس decides the day; a period ends no later than the publication day) are
those of ``tests/data/ANNOTATION.md`` ("When it was said").

- :mod:`.words`: the words, read from those data files and checked;
- :mod:`.find`: finding the expressions in a text (:func:`find_time_expressions`);
- :mod:`.expression`: :class:`TimeExpression` and the days it names (:meth:`TimeExpression.resolve`).
"""

from .expression import TimeExpression
from .find import find_time_expressions

__all__ = ["TimeExpression", "find_time_expressions"]
