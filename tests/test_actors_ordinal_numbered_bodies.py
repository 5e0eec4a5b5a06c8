"""A body named by an ordinal and its head word is the registry's body that the head word and
the number name (`context.ordinal_numbered_body`). Sentences written for the test."""
from __future__ import annotations

from actor_fixtures import name_at


def test_the_first_tribunal_is_the_tribunal_numbered_one():
    text = "প্রথম ট্রাইব্যুনালে আজ সাক্ষ্যগ্রহণ হয়।"
    got = name_at(text, "bn", ("ORG", "প্রথম ট্রাইব্যুনালে"), published="2025-12-20")
    assert got == "International Crimes Tribunal-1"


def test_the_second_tribunal_with_a_genitive_is_the_tribunal_numbered_two():
    text = "দ্বিতীয় ট্রাইব্যুনালের প্রসিকিউটর শুনানিতে অংশ নেন।"
    got = name_at(text, "bn", ("ORG", "দ্বিতীয় ট্রাইব্যুনালের"), published="2025-12-20")
    assert got == "International Crimes Tribunal-2"


def test_words_between_the_ordinal_and_the_head_name_another_court():
    text = "দ্বিতীয় নারী-শিশু ট্রাইব্যুনালের বিচারক রায় দেন।"
    got = name_at(text, "bn", ("ORG", "দ্বিতীয় নারী-শিশু ট্রাইব্যুনালের"), published="2025-12-20")
    assert "International Crimes" not in got


def test_digits_in_the_script_of_a_word():
    from khobor.actors.context import _in_digits_of
    assert _in_digits_of("ট্রাইব্যুনাল", 12) == "১২" and _in_digits_of("Tribunal", 12) == "12"
