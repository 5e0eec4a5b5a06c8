"""Foreign people named by a given name and a surname the NER model never saw: the written given
names of lang/bn/ner_given_names.txt partner the unseen surname (khobor.ner.gazetteer
`unseen_partner_matches`). The sentences are written for this test; of the 7 written
names: 2 of 7 found whole without the list, 7 of 7 with it; the last test is a control."""
from __future__ import annotations

import pytest

from test_ner_span_rules import entity_mentions

NAMES = [
    ("শেষ ওভারে দুই উইকেট নেন ব্রেন্ডান কুপারফিল্ড।", "ব্রেন্ডান কুপারফিল্ড"),
    ("পর্তুগিজ ডিফেন্ডার দিয়োগো পিমেন্তেল লাল কার্ড দেখেন।", "দিয়োগো পিমেন্তেল"),
    ("দ্বিতীয়ার্ধে বদলি নামেন কনর ম্যাকগিলান।", "কনর ম্যাকগিলান"),
    ("ইনিংস শুরু করেন ক্যালাম ডানভার্স ও লিয়াম ট্রাসকট।", "ক্যালাম ডানভার্স"),
    ("কোচ জানান, ফ্রেজার কিলব্রাইড পুরো মৌসুম খেলতে পারবেন না।", "ফ্রেজার কিলব্রাইড"),
    ("বোলিংয়ে সবচেয়ে সফল ছিলেন ডিলান ক্রসথওয়েট।", "ডিলান ক্রসথওয়েট"),
    ("আম্পায়ার ট্রেভর ম্যাকইনার্নি সিদ্ধান্তটি বদলে দেন।", "ট্রেভর ম্যাকইনার্নি"),
]


@pytest.mark.parametrize("text,name", NAMES)
def test_a_listed_given_name_and_an_unseen_surname_make_one_person(text, name):
    got = entity_mentions(text, "bn")
    assert name in got, got


def test_a_given_name_that_is_a_word_of_running_text_opens_no_name():
    """"টিম" (team), "জর্ডান" (the country) and "লুক" (look) are left out of the list."""
    from khobor.ner.gazetteer import _common_words, _given_names, _partner_names
    assert {"কনর", "ব্রেন্ডান"} <= _given_names("bn")
    # every listed name partners an unseen word but the ones running text uses ("লরা")
    assert _given_names("bn") - _common_words("bn") <= _partner_names("bn")
    assert "লরা" in _given_names("bn") and "লরা" not in _partner_names("bn")
    assert not {"টিম", "জর্ডান", "লুক", "জন", "বিল"} & _given_names("bn")


def test_a_given_name_beside_known_words_stays_as_the_model_reads_it():
    got = entity_mentions("ম্যাচ শেষে স্কট বলেন, উইকেট ব্যাটিংয়ের জন্য কঠিন ছিল।", "bn")
    assert got == ["স্কট"], got
