"""People named by the words around them: an office before the name, an age after it
(khobor.ner.titled_names, ner.yaml `gazetteer.person_contexts`); not after an alias word, not with
an inner word that is a known name in a case ending, not before "নামের এক". Sentences written for
these tests."""
from __future__ import annotations

import pytest

from khobor.ner.titled_names import after_offices, before_ages, contexts_from, kept_runs
from test_ner_span_rules import entity_mentions

COMMON = {"এক", "রয়েছেন", "জানান", "বলেন", "আর", "ছোট", "ভাই", "বাস", "হিসেবে", "তিনি", ","}


def _may_name(words):
    return lambda k: words[k] not in COMMON and not words[k].isdigit() and words[k] not in "()"


def test_two_or_three_rare_words_after_an_office_are_a_name():
    words = "সম্পাদক সুদীপ্ত ভট্টাচার্য এক বিবৃতি".split()
    assert after_offices(words, [], frozenset({"সম্পাদক"}), _may_name(words)) == [(1, 3, "PER")]


def test_one_word_after_an_office_or_a_tagged_word_names_nobody():
    words = "কর্মকর্তা রফিক জানান".split()
    assert after_offices(words, [], frozenset({"কর্মকর্তা"}), _may_name(words)) == []
    words = "কোচ ফিল সিমন্স বলেন".split()
    assert after_offices(words, [(1, 3, "PER")], frozenset({"কোচ"}), _may_name(words)) == []


def test_a_name_before_an_age():
    words = ["হারুন", "মিয়া", "(", "৪৫", ")", ",", "ছোট", "ভাই", "কামাল", "(", "৪০", ")"]
    assert before_ages(words, [], _may_name(words)) == [(0, 2, "PER"), (8, 9, "PER")]
    words = ["গোলকিপার", "ফাবিও", "(", "১৪০৭", ")"]   # a count, not an age
    assert before_ages(words, [], _may_name(words)) == []


def test_no_run_right_after_an_alias_word_nor_with_an_inflected_name_inside():
    words = "কামরুল হাসান ওরফে কালা কামরুল ( ৩০ )".split()
    assert kept_runs([(3, 5, "PER")], words, frozenset({"ওরফে"}), lambda k: False) == []
    words = "ওসি রাশেদার কবির বলেন".split()
    assert kept_runs([(1, 3, "PER")], words, frozenset(), lambda k: k == 1) == []
    # the case ending on the run's last word is the name's own ("কবিরের")
    assert kept_runs([(1, 3, "PER")], words, frozenset(), lambda k: k == 2) == [(1, 3, "PER")]


def test_a_name_before_named_one_is_not_read():
    # "আলো দেব নামের এক যুবক": the word before the name is too often its own first word
    with pytest.raises(ValueError, match="person_contexts"):
        contexts_from({"named": ["নামের"], "counters": ["এক"]}, str, "ner.yaml")


def test_an_unknown_key_is_an_error():
    with pytest.raises(ValueError, match="person_contexts"):
        contexts_from({"office": ["ওসি"]}, str, "ner.yaml")


def test_the_bengali_pack_names_people_by_their_contexts():
    assert "সুদীপ্ত ভট্টাচার্য" in entity_mentions("সমিতির সাধারণ সম্পাদক সুদীপ্ত ভট্টাচার্য এক বিবৃতিতে এ কথা বলেন।")
    assert "কামাল" in entity_mentions("ধরা পড়েছেন তার ছোট ভাই কামাল (৪০) ও এক প্রতিবেশী।")


def test_the_pack_keeps_platforms_aliases_and_other_packs_apart():
    # a platform after the name is the medium of the post; "ওরফে" (alias) is in no name
    found = entity_mentions("প্রশাসনের প্রধান তিমুর তাকাচেঙ্কো টেলিগ্রামে লেখেন, দুটি ভবন পুড়েছে।")
    assert "তিমুর তাকাচেঙ্কো" in found and not any("টেলিগ্রাম" in x for x in found)
    assert not any("ওরফে" in x for x in entity_mentions("আসামি রহিম উদ্দিন ওরফে কালা রহিমকে (৩৮) ধরা হয়।"))
    # English has no person_contexts: an age names nobody there
    assert contexts_from(None, str, "ner.yaml")["ages"] is False


def test_the_bengali_pack_leaves_an_alias_and_an_inflected_name_to_the_model():
    alias = entity_mentions("আদালতে তোলা হয় মো. কামরুল হাসান ওরফে কালা কামরুল (৩০) এবং তাঁর দুই সহযোগীকে।")
    assert "কালা কামরুল" not in alias and "কামরুল হাসান" in alias
    assert "রাশেদার কবির" not in entity_mentions("সদর থানার ওসি রাশেদার কবির সাংবাদিকদের বলেন, তদন্ত চলছে।")


def test_a_candidate_after_an_office_and_its_post_is_a_person():
    words = ["সম্পাদক", "পদে", "খিজির", "সিফাত", ",", "সভাপতি"]
    may = lambda k: k in (2, 3)  # noqa: E731
    assert after_offices(words, [], frozenset({"সম্পাদক"}), may) == []
    assert after_offices(words, [], frozenset({"সম্পাদক"}), may, frozenset({"পদে"})) == [(2, 4, "PER")]


def test_titles_of_rank_trade_and_reporting_introduce_a_person():
    # rare foreign names the model leaves untagged, right after a title of rank, trade or reporting
    assert "কোর্ভিন স্ট্যালকার" in entity_mentions("দলের অভিজ্ঞ ব্যাটার কোর্ভিন স্ট্যালকার ৯০ রান করেন।")
    assert "মারিউস ত্রেভানির" in entity_mentions("অ্যাটর্নি জেনারেল মারিউস ত্রেভানির কার্যালয় বিবৃতি দিয়েছে।")
    assert "অরভিদ কেলমাস্ত" in entity_mentions("অনুষ্ঠানে এয়ার চিফ মার্শাল অরভিদ কেলমাস্ত উপস্থিত ছিলেন।")
    assert "ফেলিক্সা ওরান্দিকে" in entity_mentions("রয়টার্সের সংবাদদাতা ফেলিক্সা ওরান্দিকে তিনি জানান।")


def test_one_known_name_word_after_an_office_is_a_person():
    words = ["গোলকিপার", "তাসলিমাকে", "ফাঁকি", "দিয়ে"]
    may = lambda k: k == 1  # noqa: E731
    assert after_offices(words, [], frozenset({"গোলকিপার"}), may) == []
    assert after_offices(words, [], frozenset({"গোলকিপার"}), may, names_alone=lambda k: k == 1) == [(1, 2, "PER")]
    # in the pack: a known given name with a case ending, not a common word after the office
    assert "তাসলিমাকে" in entity_mentions("পুলিশ এফসির গোলকিপার তাসলিমাকে ফাঁকি দিয়ে বল জালে যায়।")
    assert entity_mentions("উপজেলা নির্বাহী কর্মকর্তা জানান, তদন্ত চলছে।") == []
    # a bare name word before another word may open a longer name: no piece of it alone
    assert "ওম" not in entity_mentions("ইন্সপেক্টর জেনারেল ওম প্রকাশ উপাধ্যায় বলেছেন।")


def test_an_office_word_inside_a_body_or_a_rank_names_nobody():
    # "জেনারেল" before a hospital is the hospital's kind; "রিয়ার" before a rank is part of the rank
    found = entity_mentions("ছবি: বরগুনা জেনারেল হাসপাতালের বারান্দায় চিকিৎসা নিচ্ছেন রোগীরা।")
    assert "বরগুনা জেনারেল হাসপাতালের" in found and "বারান্দায়" not in " ".join(found)
    assert "রিয়ার" not in entity_mentions("বন্দর কর্তৃপক্ষের চেয়ারম্যান রিয়ার অ্যাডমিরাল এস এম মনিরুজ্জামান বলেছেন।")
