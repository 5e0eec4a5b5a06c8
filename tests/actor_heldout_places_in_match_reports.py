"""Held-out linking cases on a country in a match report written as a place, not as a side: the
locative in -এ ("নেপালে গিয়ে", "বাংলাদেশে আসেন"; "ভারতে" and "-য়" were known before) and a
country before the word for its expatriates ("কানাডা প্রবাসী ফুটবলার": a footballer living in
Canada). Guards: a country whose name ends in -ে as written ("জিম্বাবুয়ে", "নরওয়ে") is still
the side when it plays, and a bare country that plays is its team. Written before the change
they test and not tuned on; each case returns True when the linker does the right thing; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, FOOTBALL_REPORT, actors_at, case_registry, name_of

CASES, case = case_registry()


def _linked(text: str, span: str, typ: str = "GPE") -> str:
    return name_of(actors_at(text, "bn", (typ, span), published="2025-12-20")[span])


@case
def bn_went_to_nepal():
    return _linked("নেপালে গিয়ে ড্র করে ফিরেছে দলটি।" + FOOTBALL_REPORT, "নেপালে") == "Nepal"


@case
def bn_came_to_bangladesh():
    return _linked("মার্চে তিনি বাংলাদেশে আসেন, তারপর শুরু হয় অনুশীলন।" + FOOTBALL_REPORT, "বাংলাদেশে") == "Bangladesh"


@case
def bn_will_not_play_in_pakistan():
    return _linked("নিরাপত্তার কারণে পাকিস্তানে খেলতে যাবে না দলটি।" + CRICKET_REPORT, "পাকিস্তানে") == "Pakistan"


@case
def bn_expatriate_in_canada():
    return _linked("দলে ডাক পেয়েছেন কানাডা প্রবাসী এক মিডফিল্ডার।" + FOOTBALL_REPORT, "কানাডা") == "Canada"


@case
def bn_expatriate_in_italy():
    return _linked("ইতালি প্রবাসী এক তরুণকে নিয়ে আলোচনা চলছে।" + FOOTBALL_REPORT, "ইতালি") == "Italy"


@case
def bn_expatriates_in_the_us():
    return _linked("যুক্তরাষ্ট্র প্রবাসীদের মধ্যে দুজন এবার দলে আছেন।" + CRICKET_REPORT, "যুক্তরাষ্ট্র") == "United States"


# --- guards: a side that plays stays a side
@case
def bn_zimbabwe_plays():
    return _linked("জিম্বাবুয়ে ৫ উইকেটে জিতেছে।" + CRICKET_REPORT, "জিম্বাবুয়ে") == "Zimbabwe national cricket team"


@case
def bn_norway_scores():
    return "national football team" in _linked("শেষ মিনিটে সমতা ফেরায় নরওয়ে।" + FOOTBALL_REPORT, "নরওয়ে")


@case
def bn_bangladesh_wins():
    return _linked("সিরিজের শেষ ম্যাচে জিতেছে বাংলাদেশ।" + CRICKET_REPORT, "বাংলাদেশ") == "Bangladesh national cricket team"
