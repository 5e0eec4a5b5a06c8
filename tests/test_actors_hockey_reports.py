"""A hockey report uses football's words too (goals, corners, goalkeepers): the two sports tie,
so a country that plays stays the country, never a "national football team" (lang data
`context.sport_words.hockey`, `context._sport_of`). Sentences written for the test."""
from __future__ import annotations

from actor_fixtures import FOOTBALL_REPORT, name_at

HOCKEY = " হকির জুনিয়র বিশ্বকাপে হকিতে ইতিহাস গড়েছে দল; হকি স্টিক হাতে অনুশীলন করেন খেলোয়াড়েরা।"


def test_a_country_in_a_hockey_report_is_no_national_football_team():
    text = "বাংলাদেশ অস্ট্রিয়াকে হারিয়েছে ৫-৪ গোলে।" + FOOTBALL_REPORT + HOCKEY
    assert name_at(text, "bn", ("GPE", "অস্ট্রিয়াকে"), published="2025-12-20") == "Austria"


def test_a_country_in_a_football_report_is_still_its_national_team():
    text = "বাংলাদেশ অস্ট্রিয়াকে হারিয়েছে ৫-৪ গোলে।" + FOOTBALL_REPORT
    assert name_at(text, "bn", ("GPE", "অস্ট্রিয়াকে"), published="2025-12-20") == "Austria national football team"
