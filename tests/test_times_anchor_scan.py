"""The times grammar's anchor scan skips positions that cannot start a match: it must find exactly
the positions an overlapped scan of the whole anchor finds (written sentences, both languages)."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.times.expressions import grammar_for
from khobor.times.grammar import unify_nukta

TEXTS = {
    "en": [
        "The minister said on Monday, 5 May 2025, that the vote would be held next week.",
        "Talks resume at 10:30 am on 12/03/2024 — two days after the strike began in mid-March.",
        "“We will not wait until December,” she told reporters late last night (BST).",
        "",
        "5",
    ],
    "bn": [
        "গত ১২ ফেব্রুয়ারি ২০২৫ সালে ঢাকায় এক সংবাদ সম্মেলনে তিনি এ কথা বলেন।",
        "আগামী বৃহস্পতিবার সকাল ১০টায় বৈঠক শুরু হবে, জানিয়েছেন মন্ত্রণালয়ের এক কর্মকর্তা।",
        "‘আমরা ডিসেম্বরের আগে নির্বাচন চাই’ — গতকাল রাতে বিএনপির মহাসচিব বলেন। ২০২৪-এর জুলাইয়ে…",
        "৫",
    ],
}


def overlapped_scan(grammar, text: str) -> list[int]:
    return sorted({m.start() for m in grammar.anchor.finditer(text, overlapped=True)})


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_anchor_starts_are_those_of_an_overlapped_scan(code):
    grammar = grammar_for(lang.load(code))
    for raw in TEXTS[code]:
        text, _ = unify_nukta(raw)
        assert grammar.anchor_starts(text) == overlapped_scan(grammar, text), raw


def test_anchor_starts_finds_a_day_and_a_month():
    grammar = grammar_for(lang.load("en"))
    assert grammar.anchor_starts("on 5 May") == [3, 5]


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_first_starts_are_each_firsts_own_matches_at_the_anchor(code):
    """Trying only the firsts that could begin with the next two characters finds what trying
    every first at every anchor position finds."""
    grammar = grammar_for(lang.load(code))
    for raw in TEXTS[code]:
        text, _ = unify_nukta(raw)
        starts = grammar.anchor_starts(text)
        every = {f: [pos for pos in starts if rx.match(text, pos)] for f, rx in grammar.first_res.items()}
        assert grammar.first_starts(text) == (starts, every), raw
