"""Held-out cases (round 25, issue 9): a Bengali name in the genitive before "চেয়ে"/"চাইতে"
(than) is only what the act is compared with: "রাশিয়ার চেয়ে বেশি নিষেধাজ্ঞা দিয়েছে
যুক্তরাষ্ট্র" (the US imposed more sanctions than Russia did). The coder dropped the comparison
as a trigger of its own (coder.comparison_after_genitive) but left the compared name a party, and
fallback_recipient made it the act's recipient (the US sanctioning Russia). Sentences written for
this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of, candidates_of_type

# (sentence, the compared country)
COMPARED = [
    ("রাশিয়ার চেয়ে বেশি নিষেধাজ্ঞা দিয়েছে যুক্তরাষ্ট্র।", "RUS"),
    ("পাকিস্তানের চেয়ে ভারত বেশি হামলা চালিয়েছে বলে জানা গেছে।", "PAK"),
    ("চীনের চেয়ে বেশি ঋণ দিয়েছে জাপান।", "CHN"),
    ("ইরানের চেয়ে বেশি ড্রোন হামলা চালিয়েছে ইসরায়েল।", "IRN"),
    ("যুক্তরাজ্যের চেয়ে বেশি ত্রাণ পাঠিয়েছে জার্মানি।", "GBR"),
    ("মিয়ানমারের চেয়ে বেশি রোহিঙ্গাকে আশ্রয় দিয়েছে বাংলাদেশ।", "MMR"),
    ("ফ্রান্সের চাইতে বেশি নিষেধাজ্ঞা আরোপ করেছে যুক্তরাজ্য।", "FRA"),
]


@pytest.mark.parametrize("text,compared", COMPARED, ids=range(len(COMPARED)))
def test_the_compared_name_is_no_party(text, compared):
    parties = {a.country for ev in candidates_of(text, "bn") for a in ev.actors + ev.recipients}
    assert compared not in parties


def test_a_recipient_after_the_comparison_stays():
    (ev,) = candidates_of_type("ভারতের চেয়ে জাপান বাংলাদেশকে বেশি সহায়তা দিয়েছে।", "bn", "AID")
    assert [a.country for a in ev.actors] == ["JPN"] and [a.country for a in ev.recipients] == ["BGD"]
