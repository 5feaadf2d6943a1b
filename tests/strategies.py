"""Hypothesis strategies for Arabic news text, messy on purpose."""

from __future__ import annotations

from hypothesis import strategies as st

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
DIGITS = "0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u06f0\u06f5"
PUNCT = ".،؛:؟!…\"“”«»„()-/"
SPACES = " \u00a0\u200b\u200c\u200d\u200e\u200f\u202b\u202c\u2066\u2069\ufeff\n\t"
WORDS = ["قال", "أكد", "نفى", "الجيش", "الأمريكي", "أميركي", "إفريقيا", "أفريقيا", "إن", "أنّ", "وقالت",
         "الوزارة", "مليار", "دولار", "14", "ميغ-29", "\"", "«", "»", ".", "،", "د.", "5+5", "1.5"]

arabic_chars = st.sampled_from(ARABIC_LETTERS + MARKS + DIGITS + PUNCT + SPACES)
arabic_text = st.lists(st.one_of(arabic_chars, st.sampled_from(WORDS).map(lambda w: w + " ")), max_size=120).map("".join)
any_text = st.one_of(st.text(max_size=200), arabic_text)
