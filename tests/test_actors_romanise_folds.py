"""Attested spellings found through spelling folds: a vowel sign at a name's end tells two names
apart, inside the name the folds still join spellings of one name."""
from __future__ import annotations

from khobor.actors.romanise import romanise


def test_a_final_vowel_sign_keeps_two_names_apart():
    assert romanise("সাজিদ", "bn", person=True) == "Sajid"   # not the attested "সাজিদা"
    assert romanise("সাজিদ", "bn", person=True) != romanise("সাজিদা", "bn", person=True)


def test_a_fold_inside_the_word_still_finds_the_attested_spelling():
    assert romanise("নকভি", "bn", person=True) == "Naqvi"   # after "নাকভি"


def test_the_o_less_spelling_of_hossain_is_spelt_as_the_papers_write_it():
    # হুসেন is হোসেন without its o-kar: "Hossain" both ways, not the letters' "Husen"
    assert romanise("রাকিব হুসেন", "bn", person=True) == "Rakib Hossain"
    assert romanise("রাকিব হোসেন", "bn", person=True) == "Rakib Hossain"


def test_given_names_are_spelt_as_bangladeshi_papers_write_them_not_as_pakistani_namesakes():
    # the title pairs have Pakistan's "Mehdi", "Naeem", "Shaheen": a local name the registry does not
    # know is written as the country's papers write it
    assert romanise("মেহেদী হাসান", "bn", person=True) == "Mehedi Hasan"
    assert romanise("নাঈম শেখ", "bn", person=True) == "Naim Sheikh"
    assert romanise("শাহীন আলম", "bn", person=True) == "Shahin Alam"
    assert romanise("জেসমিন", "bn", person=True) == "Jesmin"
    assert romanise("মানোয়ার হোসেন", "bn", person=True) == "Manowar Hossain"
