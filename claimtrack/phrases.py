"""Phrase-level grammar over the tokens of one sentence: source mentions, adjuncts, quotations.

The rules are deliberately shallow (no parser, no model): Arabic news prose is formulaic enough that a
noun-phrase automaton plus word lists finds the whole speaker mention, title and name included
("اللواء احمد المسماري الناطق باسم الجيش الليبي"), and tells adjuncts ("في مؤتمر صحفي الخميس",
"يوم الأربعاء", "لوكالة الأناضول") from the content that follows them.

Noun-phrase automaton, in words: a definite word (ال...) closes an idafa chain (وزارة الدفاع); after it only
nisba adjectives (التونسية), listed adjectives (التابعة), titles (الناطق), names after a title (احمد
المسماري), a prepositional attachment (باسم، لحكومة، في حكومة) or a short apposition between commas
(، صلاح الدين النمروش،) may follow.  An indefinite word after a closed phrase starts the object
("ينفي الجيش التونسي وجود قواعد"), and so does a definite noun that is none of those ("حمل النمروش الإمارات").
"""

from __future__ import annotations

import attrs

from .lexicon.grammar import Grammar, Verb
from .tokens import Token

__all__ = ["SentenceTokens"]

COMMAS = frozenset({"\u060c", ","})
_PRONOUNS = ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0646\u0627", "\u0647")
QUOTE = '"'
_DEF = "\u0627\u0644"  # ال
_BA, _LAM = "\u0628", "\u0644"


def _elative(word: str) -> bool:
    """Adjectives of the pattern أفعل after ال (الأحمر، الأعلى، الأكبر), folded: ال + ا + three letters."""
    return len(word) == 6 and word.startswith("\u0627\u0644\u0627")


def _nisba(word: str) -> bool:
    """Nisba adjectives and their inflections, after match folding: التونسي، التونسيه، الليبيين."""
    return len(word) >= 4 and word.endswith(("\u064a", "\u064a\u0647", "\u064a\u064a\u0646", "\u064a\u0648\u0646", "\u064a\u0627\u0646", "\u064a\u062a\u064a\u0646"))


@attrs.define
class SentenceTokens:
    """Tokens of one sentence with the grammar's questions about them."""

    tokens: list[Token]
    g: Grammar
    # For each quote token, its family in the original text ("«" and "»" apart from " “ ”), so a quotation
    # inside a quotation pairs with its own marks: «... "الجيش الوطني" ...».
    quote_styles: dict[int, str] = attrs.field(factory=dict)
    quote_pairs: dict[int, int] = attrs.field(factory=dict)
    asides: set[int] = attrs.field(factory=set)  # tokens of asides skipped between commas
    starts: list[int] = attrs.field(init=False)  # start offset of each token, for bisection

    @starts.default
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def __attrs_post_init__(self) -> None:
        open_at: dict[str, int] = {}
        for t in self.tokens:
            if t.text != QUOTE:
                continue
            style = self.quote_styles.get(t.i, QUOTE)
            family = "guillemet" if style in "\u00ab\u00bb" else "plain"
            if family in open_at and not (style == "\u00ab" and family == "guillemet"):
                self.quote_pairs[open_at.pop(family)] = t.i
            elif family not in open_at:
                open_at[family] = t.i

    # --- single-token questions -------------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def roles(self, t: Token) -> frozenset[str]:
        roles = self.g.role(t.key) | (self.g.role(t.bare) if t.conj else frozenset())
        if t.unprefixed != t.bare and "adjective" in self.g.role(t.unprefixed):
            roles = roles | {"adjective"}  # "المختصة": listed as مختصة
        return roles

    def is_comp(self, t: Token | None) -> bool:
        return t is not None and t.is_word and (t.key in self.g.complementizers or (t.conj and t.bare in self.g.complementizers and len(t.bare) <= 4))

    def is_prep(self, t: Token | None) -> bool:
        """A preposition, alone or with an attached pronoun ("خلالها", "عليه", "فيه")."""
        if t is None or not t.is_word:
            return False
        if "preposition" in self.g.role(t.key):
            return True
        for suffix in _PRONOUNS:
            if t.key.endswith(suffix) and "preposition" in self.g.role(t.key[: -len(suffix)]):
                return True
        return False

    def name_run(self, j: int) -> int:
        """Length of a run of personal-name words after a title ("احمد" in "اللواء احمد المسماري"), or 0.

        Names are not in the lexicons, so a run counts only when it is made of words with no other role,
        contains a known name or is followed by a surname, punctuation or the end of the mention.
        """
        k = j
        while k < len(self.tokens) and k - j < 3:
            t = self.tokens[k]
            if not t.is_word or t.definite or self.roles(t) or self.is_cue_word(t) or self.adjunct_kind(t) \
                    or t.key in self.g.stopwords or self.kind(t) or self.is_comp(t) or self.is_prep(t):
                break  # (a name may begin with ب or ل: بوشارب، لطفي)
            k += 1
        if k == j:
            return 0
        if any(self.is_name(t) for t in self.tokens[j:k]):
            return k - j
        after = self.tok(k)
        if after is not None and after.is_word and (after.key in self.g.stopwords or after.bare in self.g.stopwords) \
                and not (self.is_prep(after) or self.is_comp(after) or self.roles(after)):
            return 0  # "الوزير وجود أي خلاف": a masdar and its object, not a name
        if after is None or not after.is_word or after.definite or self.is_comp(after) or self.is_prep(after) \
                or self.roles(after) or self.is_cue_word(after) or self.adjunct_kind(after) \
                or after.key == "\u0644":  # "لـ«الساحل»": the outlet spoken to
            return k - j
        return 0

    def adjunct_kind(self, t: Token | None) -> str | None:
        if t is None or not t.is_word:
            return None
        for k in (t.key, t.bare, t.unprefixed):
            kind = self.g.adjuncts.get(k)
            if kind:
                return kind
        return None

    def is_time(self, t: Token | None) -> bool:
        return self.adjunct_kind(t) == "time"

    def is_name(self, t: Token) -> bool:
        """A proper name from the alias table ("ليبيا", "تاونسند"): definite without ال."""
        return t.is_word and (t.key in self.g.names or t.bare in self.g.names)

    def definite(self, t: Token) -> bool:
        return t.definite or self.is_name(t)

    def kind(self, t: Token) -> str | None:
        """Source kind of a word (sources.tsv), trying the whole word before a و/ف-less reading."""
        if not t.is_word:
            return None
        return self.g.kind_of_word(t.key) or (self.g.kind_of_word(t.bare) if t.conj else None)

    def is_title(self, t: Token) -> bool:
        return self.kind(t) == "official"

    def cue_forms(self, t: Token):
        return self.g.cue_forms(t.key, t.bare) if t.is_word else ()

    def is_cue_word(self, t: Token) -> bool:
        """A verb, participle or pronoun-suffixed masdar: words that end a noun phrase."""
        return any(f.form != "masdar" or f.pronoun for f in self.cue_forms(t))

    def according_at(self, i: int) -> tuple[int, int, tuple[str, ...]] | None:
        """An according-to marker starting at token ``i``: ``(np_start, prefix)`` or None.

        ``np_start`` is the token where the source noun phrase begins and ``prefix`` the number of its
        characters that belong to the marker: in "وفقا لبيان" the ل of لبيان is the marker's.
        """
        t = self.tok(i)
        if t is None or not t.is_word:
            return None
        for marker in self.g.starting_with("according", t.key, t.bare):
            k = 1
            found: tuple[int, int, tuple[str, ...]] | None = None
            while k < len(marker):
                u = self.tok(i + k)
                word = marker[k]
                if u is None or not u.is_word:
                    break
                if len(word) == 1 and k == len(marker) - 1 and u.key != word:
                    if u.key.startswith(word) and len(u.key) > 2:
                        found = (i + k, 1, marker)
                    break
                if u.key != word:
                    break
                k += 1
            else:
                found = (i + len(marker), 0, marker)
            if found:
                return found
        return None

    def multi_role_at(self, i: int, role: str) -> int:
        """Length of a multi-word particle with ``role`` starting at token ``i`` (0 if none)."""
        t = self.tok(i)
        if t is None or not t.is_word:
            return 0
        for words, r in self.g.starting_with("multi_particles", t.key, t.bare):
            if r != role:
                continue
            if all((u := self.tok(i + k)) is not None and (u.key == w or (k == 0 and u.bare == w)) for k, w in enumerate(words)):
                return len(words)
        return 0

    def quote_end(self, i: int, limit: int | None = None) -> int | None:
        """Index of the closing quote for an opening quote at ``i``."""
        close = self.quote_pairs.get(i)
        if close is None or (limit is not None and close - i - 1 > limit):
            return None
        return close

    def inside_quote(self, i: int) -> bool:
        return any(o < i < c for o, c in self.quote_pairs.items())

    # --- noun phrases ----------------------------------------------------------------------------
    def noun_phrase(self, i: int, verb: Verb | None = None) -> int:
        """End (exclusive) of the mention starting at token ``i``; ``i`` itself when none starts there."""
        n = len(self.tokens)
        j = i
        words = 0
        state = "start"  # start, open (idafa may continue), closed (definite), pp (object of a preposition)
        prev = ""  # noun, title, name, adj, pp
        names_left = 0
        frame_ba = verb is not None and _BA in verb.preps
        while j < n:
            t = self.tokens[j]
            if t.kind == "punct":
                if t.text == QUOTE:
                    limit = 4 if (words == 0 or (j > 0 and "name_intro" in self.roles(self.tokens[j - 1]))) else 2
                    close = self.quote_end(j, limit)
                    if close is None or close == j + 1:
                        break
                    # a quoted name ("قائمة «الزاوية أولا»"): adjectives may follow, not a surname
                    j, words, state, prev = close + 1, words + 1, "closed", "noun"
                    continue
                if t.text == "(" and words:
                    close = next((k for k in range(j + 1, min(n, j + 7)) if self.tokens[k].text == ")"), None)
                    if close is None or close == j + 1:
                        break
                    j = close + 1
                    continue
                if t.text in COMMAS and words:
                    end = self._apposition(j)
                    if end is None:
                        break
                    j, prev, state = end, "name", "closed"
                    continue
                break
            if t.kind == "num":
                break
            roles = self.roles(t)
            if self.is_comp(t) or self.according_at(j) or self.multi_role_at(j, "impersonal"):
                break
            if words and self.is_cue_word(t):
                # "رئيس نادي الرمثا": after a noun that needs its complement, "نادي" is the club, not نادى
                idafa_noun = state == "open" and not t.conj and "cue_homograph" in roles
                if not idafa_noun:
                    break
            if roles & {"relative", "demonstrative", "subordinator", "kana", "qad", "commentary", "issued_by", "gesture"} \
                    or ("anaphor_noun" in roles and not words):
                break
            if "preposition" in self.g.role(t.key):
                nxt = self.tok(j + 1)
                if t.key in ("\u0641\u064a", "\u0644\u062f\u064a") and words and nxt is not None and nxt.is_word \
                        and self.adjunct_kind(nxt) is None and not self.is_comp(nxt) and not self.is_cue_word(nxt):
                    j, state, prev = j + 1, "pp", "pp"
                    continue
                break
            if (self.is_time(t) and "adjective" not in roles) or self.multi_role_at(j, "time_phrase"):
                break
            definite = self.definite(t)
            if words == 0:
                if "preposition" in self.g.role(t.key) or "adverb_ma" in roles or (t.conj and self.is_cue_word(t)):
                    break
                state = "closed" if definite else "open"
                prev = "title" if self.is_title(t) else "noun"
                names_left = 3 if self.kind(t) in ("official", "person") else 0
                words, j = 1, j + 1
                continue
            # conjunction inside a mention: "الجيش الوطني وعضو بالبرلمان الروسي", "مسؤولون روس وأتراك"
            if t.conj and not t.definite and not self.g.kind_of_word(t.key) and not self.is_name(t):
                bare_kind = self.g.kind_of_word(t.bare)
                if bare_kind or _nisba(t.bare) or (state == "open" and prev in ("noun", "adj", "pp")):
                    state, prev, words, j = ("open", "noun", words + 1, j + 1)
                    continue
                if not names_left:
                    break
                # else: a name that starts with و/ف ("فرج", "وليد") after a title
            # (after a title's first complement, even one that looks like a nisba: "وزير الموانئ والمناطق الحرة")
            if t.conj and t.definite and state == "closed" and not self.is_cue_word(t) and not self.g.kind_of_word(t.bare) \
                    and (prev == "noun" or (prev == "adj" and words == 2 and self.is_title(self.tokens[i]))):
                prev, words, j = "coord", words + 1, j + 1  # "وزير الطاقة والمياه": one office
                continue
            if t.conj and t.definite and (self.g.kind_of_word(t.bare) or _nisba(t.bare)) and state != "open":
                break  # "والولايات": a new coordinated clause or object, not part of the source
            attached = len(t.key) > 3 and t.key[0] in (_BA, _LAM) and not t.definite and not self.is_name(t)
            if attached and t.key[0] == _BA and frame_ba and state == "closed" and prev != "title":
                break  # "اتهم روسيا بإرسال": the content starts
            if t.key[0] == _LAM and words and not t.definite and self._audience(j):
                break  # "مسؤول لرويترز إن", "مصادر لـ"المال" إن": the one spoken to, then the content
            if attached and t.key[0] == _LAM and self.adjunct_kind(self._without_prefix(t)) == "media":
                break  # "لوكالة": the outlet spoken to, an adjunct
            title = self.is_title(t) or (self.kind(t) == "person" and not names_left)
            if prev == "name":
                if title:
                    prev, names_left = "title", 3
                elif not attached and not definite and names_left:
                    names_left -= 1
                elif definite and not attached:
                    prev = "name" if not _nisba(t.unprefixed) else "adj"
                else:
                    break
            elif state in ("open", "pp"):
                state = "closed" if definite else "open"
                prev = "title" if title else ("pp" if attached else ("adj" if _nisba(t.unprefixed) else "noun"))
                if title:
                    names_left = 3
            else:  # closed
                if title:
                    prev, names_left = "title", 3
                elif attached and prev in ("title", "noun", "adj", "pp"):
                    # "بإفريقيا": a name after the preposition closes the phrase; "لحكومة" leaves it open
                    rest = t.key[1:]
                    named = rest in self.g.names or rest.startswith(_DEF)
                    state, prev = ("closed" if named else "open"), "pp"
                elif not definite and names_left and not attached and self.name_run(j):
                    run = self.name_run(j)
                    prev, names_left = "name", 0
                    words, j = words + run, j + run
                    continue
                elif definite and (_nisba(t.unprefixed) or "adjective" in roles or _elative(t.bare)):
                    prev = "adj"
                elif definite and prev == "coord" and not attached and not self.g.kind_of_word(t.bare):
                    prev = "adj"  # "وزير الموانئ والمناطق الحرة": the adjective of the coordinated office
                elif "adjective" in roles:
                    prev = "adj"
                elif definite and prev == "title" and self.is_name(t):
                    prev = "name"
                else:
                    break
            words, j = words + 1, j + 1
        # A mention never ends on a preposition.
        while j > i and self.is_prep(self.tokens[j - 1]):
            j -= 1
        return j

    def _without_prefix(self, t: Token) -> Token:
        return attrs.evolve(t, key=t.key[1:], text=t.text[1:])

    def _apposition(self, comma: int) -> int | None:
        """End of a short name between commas after a mention ("، صلاح الدين النمروش،"), or None."""
        n = len(self.tokens)
        first = self.tok(comma + 1)
        if first is None or not first.is_word:
            return None
        if self.kind(first) in ("official", "person", "organization"):
            # ", المتحدث الرسمي باسم رئاسة الجمهورية،": a title phrase in apposition
            end = self.noun_phrase(comma + 1)
            after = self.tok(end)
            if end > comma + 1 and after is not None and (after.text in COMMAS or after.text == ":" or self.is_comp(after)):
                return end
            # "، الدكتور الطيب حامد،": a name that begins with ال after the title, then the closing comma
            k = end
            while k < n and k - end < 3 and self._plain_word(self.tokens[k]):
                k += 1
            closing = self.tok(k)
            if end > comma + 1 and k > end and closing is not None and closing.text in COMMAS:
                return k
            return None
        k = comma + 1
        while k < n and k - comma <= 5 and self.tokens[k].is_word:
            t = self.tokens[k]
            if (t.conj and k == comma + 1 and not self.is_name(t)) or self.is_prep(t) or self.is_time(t) or self.is_comp(t) \
                    or self.adjunct_kind(t) or self.according_at(k) or self.is_cue_word(t) or self.roles(t) - {"adjective"}:
                return None
            k += 1
        if k == comma + 1 or k - comma > 5 or k >= n:
            return None
        after = self.tokens[k]
        if after.text in COMMAS or after.text == ":" or self.is_comp(after) or self.is_prep(after):
            return k
        return None

    def _plain_word(self, t: Token) -> bool:
        """A word with no role in the lexicons: a candidate personal name."""
        return t.is_word and not (self.roles(t) or self.is_cue_word(t) or self.adjunct_kind(t) or self.kind(t)
                                  or self.is_comp(t) or self.is_prep(t) or t.key in self.g.stopwords)

    # --- adjuncts --------------------------------------------------------------------------------
    def skip_adjuncts(self, j: int, verb: Verb | None, via: list[tuple[int, int]],
                      relays: list[tuple[int, int]] | None = None) -> int:
        """Skip time phrases, prepositional adjuncts, parentheticals and according-to asides from ``j``.

        Media outlets met on the way ("في مقابلة نشرتها وكالة الأناضول") and according-to asides
        ("، حسب البيان،") are appended to ``via`` as token ranges.
        """
        n = len(self.tokens)
        while j < n:
            t = self.tokens[j]
            if t.text in COMMAS:
                nxt = self.tok(j + 1)
                if nxt is None:
                    break
                if self.is_comp(nxt):
                    j += 1
                    continue
                marker = self.according_at(j + 1)
                if marker:
                    end = self.noun_phrase(marker[0])
                    if end > marker[0] and end < n and self.tokens[end].text in COMMAS:
                        if relays is not None and marker[2] in self.g.relay_markers:
                            relays.append((marker[0], end))  # "، نقلا عن مسؤولين أمريكيين،"
                        else:
                            via.append((marker[0], end))
                        j = end + 1
                        continue
                    break
                close = next((k for k in range(j + 1, min(n, j + 14)) if self.tokens[k].text in COMMAS), None)
                relative = "relative" in self.roles(nxt)  # "، التي طوقت المكان،": a relative clause on the source
                if close is not None and (self.is_comp(self.tok(close + 1)) or relative) and not self.inside_quote(j):
                    # ", الذي نُشر الأربعاء، أن", ", طلب عدم الكشف عن هويته، أن": an aside before the content
                    self.asides.update(range(j + 1, close))
                    j = close + 1
                    continue
                if self.is_prep(nxt) or self.is_time(nxt) or self.multi_role_at(j + 1, "time_phrase") or self._audience(j + 1):
                    j += 1  # ", يوم الثلاثاء الماضي أنّ", ", في بيان، أنه": the loop takes the adjunct
                    continue
                if "commentary" in self.roles(nxt):
                    # ", وهي أيضا داعمة لحفتر إلى مدى كبير،": an aside up to the next comma
                    close = next((k for k in range(j + 1, min(n, j + 16)) if self.tokens[k].text in COMMAS), None)
                    if close is not None:
                        j = close + 1
                        continue
                break
            size = self.multi_role_at(j, "time_phrase")
            if size:
                j += size
                continue
            if self.is_time(t) or (t.key in ("\u0647\u0630\u0627", "\u0647\u0630\u0647") and self.is_time(self.tok(j + 1))):
                j += 1
                while j < n and (self.is_time(self.tokens[j]) or (self.tokens[j].definite and self.tokens[j].is_word and _nisba(self.tokens[j].unprefixed))):
                    j += 1
                continue
            if "qad" in self.roles(t):
                j += 1
                continue
            if self.is_prep(t):
                if verb is not None and t.key in verb.preps:
                    end = self.noun_phrase(j + 1)
                    if end > j + 1 and self.is_comp(self.tok(end)) and self.adjunct_kind(self.tok(j + 1)):
                        j = end
                        continue
                    if end > j + 1 and self.adjunct_kind(self.tok(j + 1)) and self.is_comp(self.tok(self.skip_adjuncts(end, None, []))):
                        j = end
                        continue
                    break
                if "preposition" not in self.g.role(t.key):
                    j += 1  # "فيه", "خلالها": a preposition with its pronoun takes no object
                    continue
                end = self._adjunct_end(j + 1)
                self._collect_media(j + 1, end, via)
                j = end
                continue
            audience = self._audience(j)
            if audience:
                j = audience  # "قائلا للصحفيين:", "وقال لنظيره إن", "للصحافيين في جنيف:"
                continue
            if t.is_word and t.key[0] == _LAM and (t.key == _LAM or self.adjunct_kind(self._without_prefix(t)) == "media"):
                nxt = self.tok(j + 1)
                if t.key == _LAM and nxt is not None and nxt.text == QUOTE:
                    close = self.quote_end(j + 1, 6)
                    if close is None:
                        break
                    via_end = close + 1
                    j = via_end
                    continue
                end = self._adjunct_end(j + 1) if t.key != _LAM else j + 1
                j = max(end, j + 1)
                continue
            break
        return j

    def _audience(self, j: int) -> int:
        """End of "لـ + whom" (and a place after it) before the content: "للصحفيين:", "لنظيره في جنيف إن"."""
        t = self.tok(j)
        if t is None or not t.is_word or t.key[0] != _LAM or (len(t.key) <= 2 and t.key != _LAM) or self.is_name(t):
            return 0
        if not self._addressee(t):
            return 0  # "وقال لحمر في مؤتمر صحفي إن": a name that begins with ل is the speaker
        k = j + 1
        opening = self.tok(k)
        if opening is not None and opening.text == QUOTE and (close := self.quote_end(k, 4)) is not None:
            k = close + 1  # the outlet's quoted name
        if self.is_prep(self.tok(k)):
            k = self._adjunct_end(k + 1)
        nxt = self.tok(k)
        if nxt is not None and (self.is_comp(nxt) or nxt.text in (":", QUOTE)):
            return k
        return 0

    def _addressee(self, t: Token) -> bool:
        """Is ``t`` a لـ + addressee: لـ alone, لل + noun, لـ + pronoun (لنا، لهم), a noun with a suffix
        (لنظيره، لمراسلين), or لـ + a known word (لوكالة، لوزير)?"""
        rest = t.key[1:]
        if t.key == _LAM or rest.startswith(_LAM) or rest in _PRONOUNS:
            return True
        # a pronoun suffix, a plural or a feminine ending marks a noun (لأنصاره، لمراسلين، لمحطة); only a bare
        # unknown stem may be a name (لحمر، لطفي)
        if len(rest) >= 4 and rest.endswith(_PRONOUNS + ("\u064a\u0646", "\u0648\u0646", "\u0627\u062a", "\u0629")):
            return True
        return bool(self.g.kind_of_word(rest) or rest in self.g.names or rest in self.g.particles
                    or rest in self.g.adjuncts or rest in self.g.wire)

    def _adjunct_end(self, j: int) -> int:
        """End of the object of an adjunct preposition: words, short quoted names, no clause starts."""
        n = len(self.tokens)
        while j < n:
            t = self.tokens[j]
            if t.text == QUOTE:
                close = self.quote_end(j, 4)
                if close is None:
                    break
                j = close + 1
                continue
            if t.kind == "num" or (t.text in "/-" and j + 1 < n and self.tokens[j + 1].kind in ("word", "num")):
                j += 1  # "مساء الأحد 13 تشرين الأول/أكتوبر"
                continue
            if not t.is_word or self.is_comp(t) or self.is_cue_word(t) or self.according_at(j):
                break
            if self.roles(t) & {"relative", "demonstrative", "subordinator", "commentary"}:
                break
            if self.is_prep(t) and j + 1 < n and self.tokens[j + 1].is_word and not self.adjunct_kind(self.tokens[j + 1]) \
                    and t.key not in ("\u0641\u064a", "\u0644\u062f\u064a", "\u0645\u0646"):
                break
            j += 1
        return j

    def _collect_media(self, start: int, end: int, via: list[tuple[int, int]]) -> None:
        for k in range(start, end):
            t = self.tokens[k]
            if self.adjunct_kind(t) == "media" and t.is_word and not t.key.startswith(_LAM):
                stop = self.noun_phrase(k)
                if stop > k:
                    via.append((k, min(stop, end)))
                return
