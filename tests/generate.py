"""A fast seeded generator of messy Arabic news articles, for the fuzz run (``make fuzz``, ``tests/fuzz.py``).

Hypothesis draws too slowly for a million inputs (and shrinks, which the fuzz run does not need), so the
fuzz run draws from :class:`ArticleGenerator`, driven by ``random.Random`` alone: the same seed gives the
same articles on every machine and under every ``PYTHONHASHSEED``.  It uses the same vocabulary as the
Hypothesis strategies (:mod:`tests.vocabulary`): real sentences and words, the lexicon's cues, every
quotation style, unbalanced quotes, bidi and invisible marks, tatweel, diacritics, presentation forms,
Persian letters, Latin and other scripts, digits of other scripts, CR/CRLF, very long words and lines, many
cues in one sentence, and the adversarial families of issue 17 (``a.a.a.``, runs of quotation marks, nested
parentheses, one cue repeated).  :meth:`ArticleGenerator.file_bytes` turns an article into the bytes of a
file, now and then a hostile one (BOM, UTF-16, NUL, invalid UTF-8, empty, whitespace only).
"""

from __future__ import annotations

import random

from . import vocabulary as v

# the adversarial families grow to this many characters at most (a fuzz input stays cheap; the growth of each
# family is measured in benchmarks/test_bench_hostile.py)
LONG = 6000


class ArticleGenerator:
    """Messy articles drawn from ``rng``: ``ArticleGenerator(random.Random(seed)).article()``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # -- pieces --------------------------------------------------------------------------------------

    def words(self, low: int = 2, high: int = 12) -> str:
        r = self.rng
        out = []
        for _ in range(r.randint(low, high)):
            x = r.random()
            if x < 0.80:
                out.append(r.choice(v.WORDS))
            elif x < 0.88:
                out.append(self.number())
            elif x < 0.94:
                out.append(r.choice(v.LATIN))
            else:
                out.append(r.choice(v.PUNCTUATION))
        return " ".join(out)

    def number(self) -> str:
        r = self.rng
        digits = r.choice(v.DIGIT_SETS) if r.random() < 0.5 else v.DIGIT_SETS[r.randrange(3)]
        n = "".join(r.choice(digits) for _ in range(r.randint(1, 6)))
        x = r.random()
        if x < 0.1:
            n += r.choice(".,٫٬/:-+") + "".join(r.choice(r.choice(v.DIGIT_SETS)) for _ in range(r.randint(1, 3)))
        elif x < 0.2:
            n = "".join(r.choice(r.choice(v.DIGIT_SETS)) for _ in range(r.randint(2, 8)))  # mixed scripts
        elif x < 0.3:
            n += r.choice(["%", "٪", " مليون", " مليار", " ألف", " دولار", " شخصا", " ماي 2020", " كم"])
        return n

    def content(self) -> str:
        r = self.rng
        if r.random() < 0.4:
            return r.choice(v.SENTENCES).rstrip(".!؟")
        return self.words(2, 18)

    def quoted(self, text: str) -> str:
        r = self.rng
        open_, close = r.choice(v.QUOTES)
        x = r.random()
        if x < 0.10:
            close = ""  # unbalanced: never closed
        elif x < 0.15:
            open_ = ""  # unbalanced: never opened
        elif x < 0.20:
            inner_open, inner_close = r.choice(v.QUOTES)
            words = text.split(" ")
            k = r.randrange(len(words) + 1)
            text = " ".join(words[:k] + [inner_open + self.words(1, 4) + inner_close] + words[k:])
        return open_ + text + close

    def reported(self) -> str:
        """A reported-speech sentence: cue, source, complementizer, content (quoted or not)."""
        r = self.rng
        cue, source, comp = r.choice(v.CUES), r.choice(v.SOURCES), r.choice(v.COMPLEMENTIZERS)
        content = self.content()
        if r.random() < 0.45:
            content = self.quoted(content)
        x = r.random()
        if x < 0.6:
            s = f"{cue} {source} {comp} {content}"
        elif x < 0.8:
            s = f"{source} {cue} {comp} {content}"
        elif x < 0.9:
            s = f"{content}، {cue} {source}"
        else:
            s = f"{cue} {source}، {content}، {r.choice(v.CUES)} {r.choice(v.SOURCES)}"
        return s + r.choice([".", ".", ".", "", "!", "؟", "…", ".\"", "».", ":"])

    def many_cues(self) -> str:
        r = self.rng
        n = r.randint(3, 20)
        parts = [f"{r.choice(v.CUES)} {r.choice(v.SOURCES)} {r.choice(v.COMPLEMENTIZERS)}" for _ in range(n)]
        return " ".join(parts) + " " + self.content() + "."

    def adversarial(self) -> str:
        """One of the families issue 17 found slow or crashing, at a size a fuzz input can afford."""
        r = self.rng
        n = int(LONG ** r.random())  # log-uniform: mostly short, now and then LONG
        family = r.randrange(11)
        if family == 0:
            return r.choice(v.WORDS)[:1] * n  # one very long word, a run of one letter
        if family == 1:
            return "قال الوزير إن " + r.choice(["ا", "ب", "ـ", "ة"]) * n + " في الهجوم."
        if family == 2:
            return " ".join(r.choice(v.WORDS) for _ in range(n // 6 + 1))  # a long line with no full stop
        if family == 3:
            return r.choice(["a.", "1.", "أ.", "a.b", "x@", ".."]) * (n // 2 + 1)
        if family == 4:
            return "قال: " + "".join(r.choice(v.QUOTE_MARKS) + r.choice(["", " ", "نعم", "."]) for _ in range(n // 3 + 1))
        if family == 5:
            depth = n // 20 + 1
            return "قال الوزير (" * depth + "نعم" + ")" * r.choice([0, depth, depth // 2])
        if family == 6:
            return r.choice(["ونفى المتحدث ذلك. ", 'قال: "نعم." ', "وأضاف الوزير أن الوضع مستقر. "]) * (n // 20 + 1)
        if family == 7:
            return "قال الوزير إن " + " ".join(r.choice(v.CUES) for _ in range(n // 8 + 1)) + "."
        if family == 8:
            return r.choice(v.SENTENCES) * (n // 150 + 1)  # a paragraph of one sentence again and again
        if family == 9:
            return "".join(r.choice(v.INVISIBLE + v.DIACRITICS + [v.TATWEEL]) for _ in range(n // 4 + 1))
        return "".join(r.choice(v.DIGIT_SETS[r.randrange(len(v.DIGIT_SETS))]) for _ in range(n // 4 + 1))

    def sentence(self) -> str:
        r = self.rng
        x = r.random()
        if x < 0.30:
            return r.choice(v.SENTENCES)
        if x < 0.70:
            return self.reported()
        if x < 0.74:
            return self.many_cues()
        if x < 0.93:
            return self.words(1, 25) + r.choice([".", "", "؟", "!", "،"])
        if x < 0.98:
            return r.choice(v.HEADER_LINES)
        return self.adversarial()

    # -- articles ------------------------------------------------------------------------------------

    def article(self) -> str:
        """An article: headline, sometimes header lines, 1-3 paragraphs; then a few mutations."""
        r = self.rng
        lines = [r.choice(v.SENTENCES)[: r.randint(10, 120)] if r.random() < 0.6 else self.words(2, 10)]
        for _ in range(r.choice([0, 0, 0, 1, 2])):
            lines.append(r.choice(v.HEADER_LINES))
        if r.random() < 0.8:
            lines.append("")
        for _ in range(r.choice([1] * 16 + [2, 2, 2, 3])):  # short, as a wire brief: a million must be affordable
            lines.append(" ".join(self.sentence() for _ in range(r.choice([1] * 15 + [2, 2, 2, 2, 3]))))
            if r.random() < 0.3:
                lines.append("")
        if r.random() < 0.01:
            lines = [self.adversarial()]
        text = "\n".join(lines)
        for mutate, p in self._MUTATIONS:
            if r.random() < p:
                text = mutate(self, text)
        return text

    def _sprinkle(self, text: str, pool: "list[str] | str", rate: float) -> str:
        r = self.rng
        out = []
        for ch in text:
            out.append(ch)
            if r.random() < rate:
                out.append(r.choice(pool))
        return "".join(out)

    def _diacritics(self, text: str) -> str:
        return self._sprinkle(text, v.DIACRITICS, self.rng.choice([0.05, 0.3, 1.0]))

    def _tatweel(self, text: str) -> str:
        return self._sprinkle(text, [v.TATWEEL, v.TATWEEL * 3], self.rng.choice([0.02, 0.2]))

    def _invisible(self, text: str) -> str:
        return self._sprinkle(text, v.INVISIBLE, self.rng.choice([0.01, 0.1]))

    def _spaces(self, text: str) -> str:
        r = self.rng
        space = r.choice(v.SPACES)
        return "".join(space if ch == " " and r.random() < 0.5 else ch for ch in text)

    def _presentation(self, text: str) -> str:
        r = self.rng
        out = [r.choice(v.PRESENTATION[ch]) if ch in v.PRESENTATION and r.random() < 0.5 else ch for ch in text]
        if r.random() < 0.3:
            out.insert(r.randrange(len(out) + 1), r.choice(v.PRESENTATION_LIGATURES))
        return "".join(out)

    def _persian(self, text: str) -> str:
        r = self.rng
        return "".join(v.PERSIAN[ch] if ch in v.PERSIAN and r.random() < 0.6 else ch for ch in text)

    def _digits(self, text: str) -> str:
        r = self.rng
        target = r.choice(v.DIGIT_SETS)
        table = str.maketrans("".join(v.DIGIT_SETS[:3]), target * 3)
        return text.translate(table)

    def _line_breaks(self, text: str) -> str:
        r = self.rng
        brk = r.choice(["\r\n", "\r\n", "\r", r.choice(v.LINE_BREAKS)])
        return text.replace("\n", brk) + (brk if r.random() < 0.5 else "")

    def _drop_a_quote(self, text: str) -> str:
        r = self.rng
        at = [i for i, ch in enumerate(text) if ch in "\"«»“”"]
        if not at:
            return text
        i = r.choice(at)
        return text[:i] + text[i + 1:]

    def _stray(self, text: str) -> str:
        r = self.rng
        i = r.randrange(len(text) + 1)
        return text[:i] + r.choice(["\x00", "\ufffd", "\x1b", "\x7f", "\u0600", "\u06dd", "\U0010ffff", "\ue000",
                                    "\u0340", "\u034f"] + v.QUOTE_MARKS + v.PERSIAN_LETTERS + v.LATIN) + text[i:]

    def _edges(self, text: str) -> str:
        r = self.rng
        return r.choice(["", " ", "\n\n", "\ufeff", "\u200f", "\t"]) + text + r.choice(["", " ", "\n", "\n\n\n", " \u200b"])

    _MUTATIONS = [(_diacritics, 0.12), (_tatweel, 0.08), (_invisible, 0.12), (_spaces, 0.08), (_presentation, 0.06),
                  (_persian, 0.06), (_digits, 0.08), (_line_breaks, 0.12), (_drop_a_quote, 0.12), (_stray, 0.08),
                  (_edges, 0.15)]

    # -- files ---------------------------------------------------------------------------------------

    def file_bytes(self, text: str, hostile: float = 0.05) -> bytes:
        """The bytes of a file holding ``text``: UTF-8 mostly, with probability ``hostile`` something else."""
        r = self.rng
        if r.random() >= hostile:
            return text.encode("utf-8")
        data = text.encode("utf-8")
        kind = r.randrange(12)
        if kind == 0:
            return b"\xef\xbb\xbf" + data  # UTF-8 with a BOM
        if kind == 1:
            return text.encode("utf-16")  # with its BOM
        if kind == 2:
            return text.encode(r.choice(["utf-16-le", "utf-16-be", "utf-32"]))
        if kind == 3:
            i = r.randrange(len(data) + 1)
            return data[:i] + b"\x00" * r.randint(1, 4) + data[i:]
        if kind == 4:
            i = r.randrange(len(data) + 1)
            return data[:i] + r.choice([b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"]) + data[i:]
        if kind == 5:
            return data[: r.randrange(len(data) + 1)]  # cut anywhere, maybe inside a letter
        if kind == 6:
            return b""
        if kind == 7:
            return r.choice([b" ", b"\n", b"\r\n\r\n", b" \t \n", "\u00a0\u3000\n".encode(), b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
        if kind == 8:
            return "\u200b\u200f\n".encode() * r.randint(1, 3)  # invisible, not whitespace
        if kind == 9:
            return text.encode("cp1256", errors="replace")
        if kind == 10:
            return b"\xef\xbb\xbf\xef\xbb\xbf" + data  # two BOMs
        return data.replace(b"\n", b"\r\n")
