"""A one-word place the NER found, spelt otherwise than the registry's one-word alias but the same
once both are folded (candrabindu, vowel length: link._folded_places, native.one_word_place), links
to that place: the fuzzy own-script match takes names of two words or more only, and one word in
another spelling stayed unlinked. Sentences written for this test."""
from __future__ import annotations

from actor_fixtures import actors_at


def _actor_id(text: str, surface: str, typ: str = "GPE"):
    a = actors_at(text, "bn", (typ, surface), published="2025-06-12")[surface]
    return getattr(a, "id", None)


def test_long_vowel_spelling_of_an_upazila_links():
    t = "ভোর থেকে হাটহাজারিতে টানা বৃষ্টি হচ্ছে, নিচু এলাকায় পানি জমেছে।"
    assert _actor_id(t, "হাটহাজারিতে") == "hathazari-chattogram-upazila"


def test_candrabindu_spelling_of_an_upazila_links():
    t = "শীতের সকালে তেঁতুলিয়ায় কুয়াশা ছিল ঘন, সূর্যের দেখা মেলেনি দুপুর পর্যন্ত।"
    assert _actor_id(t, "তেঁতুলিয়ায়") == "tetulia-panchagarh-upazila"


def test_a_person_of_that_spelling_is_no_place():
    t = "সভায় বক্তব্য দেন হাটহাজারি, পরে তিনি চলে যান।"
    assert _actor_id(t, "হাটহাজারি", "PER") != "hathazari-chattogram-upazila"
