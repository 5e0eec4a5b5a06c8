"""Held-out cases on the doubled "জ্জ" in a Bangladeshi name nobody listed: papers write it "zz"
("-উজ্জামান" -> -uzzaman, "তোফাজ্জল" -> Tofazzal), as 29 of the 40 attested spellings holding
it in name_spellings*.tsv do, not "jj". Written before the change they test and not tuned on; each
case returns True when the linker does the right thing; the sentences are written for these
tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, surface: str) -> str:
    return name_of(actors_at(text, "bn", ("PER", surface), published="2025-11-20")[surface])


@case
def bn_uzzaman_headmaster():
    return _name("বিদ্যালয়ের প্রধান শিক্ষক বদিউজ্জামান খান জানান, ভবনটি ঝুঁকিপূর্ণ।", "বদিউজ্জামান খান") == "Badiuzzaman Khan"


@case
def bn_uzzaman_full_name():
    return _name("উপজেলা কৃষি কর্মকর্তা মো. ওয়াহিদুজ্জামান বলেন, বীজ পৌঁছেছে।", "মো. ওয়াহিদুজ্জামান") == "Md Wahiduzzaman"


@case
def bn_uzzaman_after_sheikh():
    return _name("দোকানমালিক শেখ সাদিকুজ্জামান জানান, আগুন লাগে রাত দুইটায়।", "শেখ সাদিকুজ্জামান") == "Sheikh Sadikuzzaman"


@case
def bn_uzzaman_two_words():
    return _name("মামলার বাদী আক্তারুজ্জামান মোল্লা থানায় অভিযোগ দেন।", "আক্তারুজ্জামান মোল্লা") == "Aktaruzzaman Molla"


@case
def bn_zz_given_name():
    return _name("ইউপি সদস্য তোফাজ্জেল মিয়া ঘটনাস্থলে যান।", "তোফাজ্জেল মিয়া") == "Tofazzel Mia"


@case
def bn_zz_middle_of_name():
    return _name("আহত গোলাম মোয়াজ্জম হোসেনকে হাসপাতালে নেওয়া হয়।", "গোলাম মোয়াজ্জম হোসেনকে").startswith("Golam Moyazzam")
