"""Reading news articles: a file or a string becomes an :class:`~claimtrack.models.Article`.

The reader keeps the text exactly as decoded (UTF-8, or UTF-16/32 with a byte order mark, or a given
encoding; leading BOM dropped, line endings kept) and labels each line: the headline (first non-empty
line), sub-headlines, byline and date lines, boilerplate (related-article lists, "موضوعات ذات صلة", "اقرأ
أيضا", image captions that repeat a line), and body paragraphs.  It parses
the publication date ("نشر من طرف ... في السبت 30 ماي 2020 - 12:31", "تاريخ النشر: 25 يونيو 2020") and a
city dateline at the start of the body ("واشنطن - قال ...").

- :mod:`.decode`: a file's bytes -> its text (encodings, NUL, the size limit, errors naming the file);
- :mod:`.files`: an article file -> :class:`~claimtrack.models.Article` (text or HTML page), the outlet mapping;
- :mod:`.legacy`: Windows-1256 and ISO-8859-6 detected (``encoding="auto"``, the extra ``claimtrack[encodings]``);
- :mod:`.html`: an HTML page -> its title, date and body (the extra ``claimtrack[web]``);
- :mod:`.records`: records in JSON lines, a JSON list, CSV or a zip of those, bad ones named and skipped;
- :mod:`.layout`: which line is what (headline, header, boilerplate, body) and the city dateline;
- :mod:`.credits`: the wire agency credited;
- :mod:`.parse`: text -> :class:`~claimtrack.models.Article`.
"""

from .decode import MAX_ARTICLE_BYTES, check_encoding, decode_text, parse_json, read_text
from .files import read_article, read_outlets
from .parse import parse_article

__all__ = ["MAX_ARTICLE_BYTES", "check_encoding", "decode_text", "parse_article", "parse_json", "read_article", "read_outlets",
           "read_text"]
