"""Attested spellings found through spelling folds: a vowel sign at a name's end tells two names
apart, inside the name the folds still join spellings of one name."""
from __future__ import annotations

from khobor.actors.romanise import romanise


def test_a_final_vowel_sign_keeps_two_names_apart():
    assert romanise("সাজিদ", "bn", person=True) == "Sajid"   # not the attested "সাজিদা"
    assert romanise("সাজিদ", "bn", person=True) != romanise("সাজিদা", "bn", person=True)


def test_a_fold_inside_the_word_still_finds_the_attested_spelling():
    assert romanise("নকভি", "bn", person=True) == "Naqvi"   # after "নাকভি"
