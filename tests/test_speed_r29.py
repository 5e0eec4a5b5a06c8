"""Round 29's speed edits give the same answers as the code they replace. Every text here is
written for these tests."""
from __future__ import annotations

import unicodedata

from khobor import textutil
from khobor.textutil import lowered_words, nfc, words


def test_words_of_a_stretch_are_those_of_its_slice_at_their_place_in_the_text():
    text = "কাল ঢাকায় পুলিশ-বাহিনী এসেছে, it's done"
    for start, end in ((0, len(text)), (5, 20), (2, 3), (11, len(text) - 2), (30, 30)):
        sliced = [(a + start, b + start, w) for a, b, w in words(text[start:end])]
        assert words(text, start, end) == sliced
    assert words("ab cd", 1) == [(1, 2, "b"), (3, 5, "cd")]


def test_lowered_words_are_nfc_and_lower_case_and_each_word_is_normalised_once(monkeypatch):
    decomposed = unicodedata.normalize("NFD", "Éclair")
    given = ["Police", decomposed, "পুলিশের", "Police"]
    assert lowered_words(given) == [nfc(w).lower() for w in given]
    calls = []
    monkeypatch.setattr(textutil, "nfc", lambda w: calls.append(w) or unicodedata.normalize("NFC", w))
    assert lowered_words(given) == ["police", "éclair", "পুলিশের", "police"]
    assert calls == []   # every one of them was seen above
    lowered_words(["Unseen-Word"])
    assert calls == ["Unseen-Word"]
