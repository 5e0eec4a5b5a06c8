"""The letter rules of the Bengali romaniser, for words no title pair spells: what a foreign name's
letters stand for."""
from __future__ import annotations

from khobor.actors.romanise import romanise


def test_a_ya_phala_after_an_opening_vowel_letter_is_the_english_a_not_a_j():
    # অ্যা / এ্যা write the a of "Allsopp", "Adler": the য-ফলা colours the vowel, it is no "j"
    assert romanise("জেমস অ্যালসপ", "bn", person=True, foreign=True) == "James Alsop"
    assert romanise("এ্যাডলার", "bn", person=True, foreign=True) == "Adler"
    assert romanise("অ্যালসপ", "bn", person=True) == "Alasap"   # the home letters, schwas kept: not "Ajalasap"


def test_a_foreign_name_drops_the_inherent_vowel_before_its_final_s():
    # the English -s of a surname: "Teds", "Herberts", not "Tedos", "Harbartos"
    assert romanise("টেডস", "bn", person=True, foreign=True) == "Teds"
    assert romanise("হার্বার্টস", "bn", person=True, foreign=True) == "Harbarts"   # র্ব: the reph on ব, "rb"
    # a Bangladeshi name keeps it (the home letters): the rule is the foreign names' alone
    assert romanise("টেডস", "bn", person=True) == "Tedas"


def test_a_foreign_name_ending_in_aar_takes_the_english_er():
    # "-ার" writes the -er of Peter, Carter: "Breder", not "Bredar"; at home it stays "ar"
    assert romanise("ব্রেডার", "bn", person=True, foreign=True) == "Breder"
    assert romanise("ব্রেডার", "bn", person=True) == "Bredar"
    assert romanise("বাশার", "bn", person=True, foreign=True) == "Bashar"   # attested spellings still win
