"""Provisional names spelt as Bangladeshi papers write them: common given names and surnames the
Wikipedia title pairs spell as Indian or English namesakes, or miss (romanise.yaml
`spellings_extra`, `spellings_gaps`), the abbreviated honorific মোছা. (Mosammat) as "Mst", and the
Arabic s written "ছ" after a vowel sign as "s" (`consonants_medial`). The names are made up for
these tests."""
from __future__ import annotations

from khobor.actors.romanise import romanise


def _person(name: str) -> str:
    return romanise(name, "bn", person=True)


def test_given_names_the_title_pairs_spell_as_namesakes_abroad():
    assert _person("পূজা সরকার") == "Puja Sarkar"         # not Pooja
    assert _person("আবু সাঈদ") == "Abu Sayeed"            # not Edward Said's Said
    assert _person("মো. আশিকুর রহমান") == "Md Ashikur Rahman"


def test_surnames_a_fold_or_the_letters_read_as_another_name():
    assert _person("জামাল হাওলাদার") == "Jamal Howlader"   # not the surname হালদার's Halder
    assert _person("কামাল ভূঞা") == "Kamal Bhuiyan"         # as ভূঁইয়া, not Bhuna


def test_mosammat_abbreviated_is_mst():
    assert _person("মোছা. রহিমা খাতুন") == "Mst Rahima Khatun"
    assert _person("মোসাঃ নাসরিন আক্তার") == "Mst Nasrin Akter"
    assert _person("মো. করিম উদ্দিন") == "Md Karim Uddin"   # মো. stays Md


def test_chh_after_a_written_vowel_is_the_arabic_s():
    # lang data `consonants_medial`: "ছ" inside a name after a vowel sign is the Arabic s
    assert _person("মোকলেছুর রহমান") == "Moklesur Rahman"
    assert _person("গোলাম মোছাদ্দেক") == "Golam Mosaddek"
    assert _person("রফিক মোছলেম") == "Rafiq Moslem"


def test_chh_opening_a_word_or_after_a_consonant_stays_chh():
    assert _person("ছন্দা রায়") == "Chhanda Roy"
    assert _person("মকছুদ খান").startswith("Makchh")


def test_ya_after_the_i_sign_is_ia():
    # lang data `consonants_after_i`: the য় of "িয়া" is not written ("ia", not "iya")
    assert _person("মো. ইলিয়াস মিয়া") == "Md Ilias Mia"
    assert _person("রোকিয়াত হোসেন").startswith("Rokiat")
    assert _person("নাফিয়েল হক").startswith("Nafiel")


def test_i_ya_opening_a_word_is_ya():
    # lang data `word_start`: ইয়া, ইয়ে, ইয়ো open a name as ya, ye, yo
    assert _person("ইয়ারুফ হাসান") == "Yaruf Hasan"
    assert _person("ইয়োমিন আলী").startswith("Yomin")


def test_z_names_the_title_pairs_hold_only_inside_another():
    # spellings_extra: the জ of these Arabic and Persian names is the z the country's papers write
    assert _person("জাহিদুল করিম") == "Zahidul Karim"        # the pairs have Zahid, not Zahidul
    assert _person("নাজনীন আক্তার") == "Nazneen Akter"
    assert _person("রুমানা-তুজ-জোহরা") == "Rumana-Tuz-Zohra"
    assert _person("তানভীর নেওয়াজ") == "Tanvir Newaz"         # not the pairs' Newaj


def test_moinuddin_is_written_with_o():
    # spellings_extra: the inherent vowel before ই is "o" in these names, not the letters' "a"
    assert _person("মঈনুদ্দিন খান") == "Moinuddin Khan"
    assert _person("মইনুদ্দিন সরকার") == "Moinuddin Sarkar"
    assert _person("মঈন উদ্দিন") == "Moin Uddin"             # মঈন alone (spellings_gaps), not "Main"


def test_ejaz_and_zulfikar_as_the_papers_write_them():
    # spellings_gaps: not the letters' "Ejaj" and "Julfikar"
    assert _person("এজাজ হোসেন") == "Ejaz Hossain"
    assert _person("জুলফিকার রহমান") == "Zulfikar Rahman"


def test_a_hand_chosen_spelling_wins_over_the_registry_peoples():
    # spellings_extra over name_spellings_local.tsv: কাদের is Quader for a famous few, Kader for others
    assert _person("আবদুল কাদের মিয়া") == "Abdul Kader Mia"


def test_settled_bangladeshi_spellings_of_common_name_parts():
    """romanise.yaml `spellings_extra` over the title pairs' namesakes abroad, `spellings_gaps` where
    the letters read wrong: the spelling a person from Bangladesh writes."""
    assert _person("শিরিন আক্তার জয়া") == "Shirin Akter Joya"        # not Akhter, Jaya
    assert _person("আতিক হাসান সোহাগ") == "Atik Hasan Sohag"         # not Atiq, Suhag
    assert _person("মনজুর আলম") == "Monjur Alam"                     # not Manzoor
    assert _person("তৌহিদুল ইসলাম রনী") == "Tauhidul Islam Rony"      # not Rani
    assert _person("নুরুল আবছার") == "Nurul Absar"                   # not Abchhar
    assert _person("মো. মাসুদ আহাম্মদ") == "Md Masud Ahammad"        # not the folds' Ahmed
    assert _person("সাকিব হোসেন রকি") == "Sakib Hossain Rocky"       # not Saqib, Raki


def test_nickname_after_a_full_name_is_its_last_word():
    # a nickname that is a common word too ("মুগ্ধ": charmed) ends the name it follows, spelt as the
    # papers write it (romanise.yaml `spellings_gaps`), though the NER stopped before it
    from actor_fixtures import actors_at, name_of
    t = "প্রজ্ঞাপনে তিনজনের নাম এসেছে: রাকিব হাসান, তানজিল আহমেদ ও জুবায়ের করিম মুগ্ধ। তারা আগামী মাসে যোগ দেবেন।"
    a = actors_at(t, "bn", ("PER", "জুবায়ের করিম"), published="2025-12-20")["জুবায়ের করিম"]
    assert name_of(a).split()[-1] == "Mugdho"
    t = "সংগঠনের সভাপতি মাহমুদুল হাসান বাবলু, সাধারণ সম্পাদক রিয়াজ উদ্দিন।"
    a = actors_at(t, "bn", ("PER", "মাহমুদুল হাসান"), published="2025-12-20")["মাহমুদুল হাসান"]
    assert name_of(a).split()[-1] == "Bablu"


def test_a_name_word_ending_like_a_genitive_keeps_its_ending():
    """জোবায়ের (romanise.yaml `spellings_extra`): its "য়ের" is the name's, not a case ending."""
    from actor_fixtures import name_at
    assert _person("মো. জোবায়ের") == "Md Zobayer"
    t = "এ ঘটনায় স্থানীয় যুবক মো. জোবায়ের আহত হন বলে পুলিশ জানায়।"
    assert name_at(t, "bn", ("PER", "মো. জোবায়ের"), published="2025-12-20") == "Md Zobayer"


def test_name_words_the_pairs_spell_after_one_bearer_abroad():
    """romanise.yaml `spellings_extra`: the letters' spelling, not one foreign namesake's."""
    assert _person("শুভ্রা দাস") == "Shubhra Das"          # not Suvra
    assert _person("আবদুল হেকিম") == "Abdul Hekim"          # not Hakeem
