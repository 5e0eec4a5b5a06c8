"""Newspapers named with the word before their title (khobor.ner.newspapers): "দ্য ডেইলি
স্টারের", "দৈনিক ইত্তেফাককে"; an opener alone names nothing."""
from __future__ import annotations

import pytest

from khobor.ner.gazetteer import settings
from khobor.ner.newspapers import newspapers_from, with_newspaper_names
from test_ner_headed_names import _stems

OPENERS = frozenset({"দ্য", "দৈনিক"})
TITLES = frozenset({"স্টার", "গার্ডিয়ান", "টাইমস", "ট্রিবিউন"})


def _names(sentence: str, spans: list) -> list:
    return with_newspaper_names(sentence.split(), spans, OPENERS, TITLES, _stems)


def test_an_opener_and_a_title_word_make_one_organisation():
    assert _names("দ্য ট্রিবিউনে প্রকাশ হয়", []) == [(0, 2, "ORG")]
    assert _names("দ্য ডেইলি স্টারের প্রতিবেদন", [(1, 2, "PER")]) == [(0, 3, "ORG")]
    # a span that ends with the title loses the words before the opener
    assert _names("ব্রিটিশ পত্রিকা দ্য গার্ডিয়ান জানায়", [(0, 4, "ORG")]) == [(2, 4, "ORG")]


def test_a_longer_name_keeps_its_words_and_takes_the_opener():
    assert _names("দ্য টাইমস অব ইন্ডিয়ার খবর", [(1, 4, "ORG")]) == [(0, 4, "ORG")]
    # the opener inside a wider span: the span is left as it is
    assert _names("মার্কিন চার্জ দ্য টাইমস অব", [(0, 5, "ORG")]) == [(0, 5, "ORG")]


def test_an_opener_alone_names_nothing():
    assert _names("দৈনিক মজুরি বাড়ানোর দাবি", []) == []
    assert _names("চার্জ দ্য অ্যাফেয়ার্স বলেন", []) == []
    # an organisation right after an untagged opener takes it; a place does not
    assert _names("দৈনিক প্রথম আলোর সম্পাদক", [(1, 3, "ORG")]) == [(0, 3, "ORG")]
    assert _names("দৈনিক ঢাকায় আসে", [(1, 2, "LOC")]) == [(1, 2, "LOC")]


def test_a_common_word_before_the_title_word_makes_no_name():
    common = {"ভিত্তিতে"}.__contains__
    assert with_newspaper_names("দৈনিক ভিত্তিতে টাইমস".split(), [], OPENERS, TITLES, _stems, common) == []
    assert with_newspaper_names("দ্য ডেইলি স্টারের খবর".split(), [], OPENERS, TITLES, _stems, common) == [(0, 3, "ORG")]


def test_the_bengali_pack_lists_openers_and_titles():
    openers, titles = settings("bn")["newspapers"]
    assert {"দ্য", "দৈনিক"} <= openers and "স্টার" in titles
    with pytest.raises(ValueError, match="newspapers key"):
        newspapers_from({"opener": ["দ্য"]}, str)
