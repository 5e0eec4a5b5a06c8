"""Held-out linking cases on a word that is an office and also a Bangladeshi or Pakistani name's
last word ("আমির": emir, or Amir; "রাজা": king, or Raja) written after a name word: "মোহাম্মদ
আমির", "রেজাউল করিম রাজা" are whole names (lang data `name_closing_titles`); in front of a name
such a word stays a title. Written before the change they test and not tuned on; each case returns
True when the linker does the right thing; the sentences are written for these tests, not taken
from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, surface: str) -> str:
    return name_of(actors_at(text, "bn", ("PER", surface), published="2025-12-20")[surface])


@case
def bn_pacer_amir_in_squad():
    return _name("দলে আছেন পেসার সোহেল আমির ও স্পিনার নাঈম।", "সোহেল আমির") == "Sohel Amir"


@case
def bn_amir_after_given_name_speaks():
    return _name("স্থানীয় বাসিন্দা জাহিদুল আমির বলেন, রাস্তাটি ভেঙে গেছে।", "জাহিদুল আমির") == "Zahidul Amir"


@case
def bn_raja_nickname_of_councillor():
    return _name("ওয়ার্ড কাউন্সিলর রেজাউল করিম রাজা ঘটনাস্থল পরিদর্শন করেন।", "রেজাউল করিম রাজা") == "Rezaul Karim Raja"


@case
def bn_raja_nickname_of_student_leader():
    return _name("ছাত্রদল নেতা মাহফুজুর রহমান রাজা জানান, কর্মসূচি চলবে।", "মাহফুজুর রহমান রাজা") == "Mahfuzur Rahman Raja"


@case
def bn_raja_two_word_name():
    return _name("মামলার আসামি শফিক রাজা পলাতক রয়েছেন।", "শফিক রাজা") == "Shafiq Raja"


@case
def bn_amir_in_list_with_comma():
    return _name("প্রার্থী হয়েছেন কামাল হোসেন, নাসির আমির ও আব্দুল করিম।", "নাসির আমির") == "Nasir Amir"
