"""Time expressions (issue 10): the tense that chooses past or future and the parts an
expression keeps, with sentences written for this file (none copied from any article): a past act
that sets a limit ("remanded until Wednesday"), postponements and orders, verbs that looked like
tense cues and were not ("মিছিল"), a quotation's own tense, days of a month joined by a dash, a
year said after "of", and a later year a plan is told in."""
from __future__ import annotations

import pytest

from time_fixtures import BN, EN, found


# ---------------------------------------------------------------- "until Thursday" after a past act

@pytest.mark.parametrize("text, pack, expected", [
    ("Educational institutions were ordered shut until Thursday.", EN, [("Thursday", "2026-01-01")]),
    ("He was remanded until Wednesday.", EN, [("Wednesday", "2025-12-31")]),
    ("The ferry service was suspended till Tuesday due to fog.", EN, [("Tuesday", "2025-12-30")]),
    ("তাঁকে বৃহস্পতিবার পর্যন্ত রিমান্ডে নেওয়া হয়েছে।", BN, [("বৃহস্পতিবার", "2026-01-01")]),
    ("শৈত্যপ্রবাহের কারণে বৃহস্পতিবার পর্যন্ত স্কুল ছুটি ঘোষণা করেছে সরকার।", BN, [("বৃহস্পতিবার", "2026-01-01")]),
    ("জবাব দিতে তাঁকে বৃহস্পতিবার পর্যন্ত সময় দেওয়া হয়েছে।", BN, [("বৃহস্পতিবার", "2026-01-01")]),
])
def test_a_limit_set_in_the_past_points_ahead(text, pack, expected):
    assert found(text, pack) == expected


@pytest.mark.parametrize("text, pack, expected", [
    # a state that lasted up to the day
    ("The curfew remained in force until Friday.", EN, [("Friday", "2025-12-26")]),
    ("শুক্রবার পর্যন্ত কারফিউ বহাল ছিল।", BN, [("শুক্রবার", "2025-12-26")]),
    ("শনিবার পর্যন্ত সময় দেওয়া হয়েছিল।", BN, [("শনিবার", "2025-12-27")]),  # a past perfect: the limit has passed
    ("He had been remanded until Thursday.", EN, [("Thursday", "2025-12-25")]),
    # a count up to a day sets no limit
    ("শনিবার পর্যন্ত ১২ জনের মৃত্যু হয়েছে।", BN, [("শনিবার", "2025-12-27")]),
    ("বৃহস্পতিবার পর্যন্ত ১০ জনকে গ্রেপ্তার করা হয়েছে।", BN, [("বৃহস্পতিবার", "2025-12-25")]),
    # "এ সময়" ("at this time") is no limit set
    ("এ সময় শনিবার পর্যন্ত ১২ জনের মৃত্যু হয়েছে।", BN, [("শনিবার", "2025-12-27")]),
])
def test_what_lasted_until_a_day_is_past(text, pack, expected):
    assert found(text, pack) == expected


# ---------------------------------------------------------------- postponements, extensions, orders

@pytest.mark.parametrize("text, pack, expected", [
    ("The hearing was adjourned to 12 January.", EN, [("12 January", "2026-01-12")]),
    ("The hearing was postponed till January 5.", EN, [("January 5", "2026-01-05")]),
    ("The verdict was set for 20 January.", EN, [("20 January", "2026-01-20")]),
    ("He was asked to submit the report by January 10.", EN, [("January 10", "2026-01-10")]),
    ("শুনানি ১২ জানুয়ারি পর্যন্ত মুলতবি করা হয়েছে।", BN, [("১২ জানুয়ারি", "2026-01-12")]),
    ("ইসি মনোনয়নপত্র জমার সময় ৪ জানুয়ারি পর্যন্ত বাড়িয়েছে।", BN, [("৪ জানুয়ারি", "2026-01-04")]),
])
def test_a_date_a_postponement_or_an_order_points_to_is_ahead(text, pack, expected):
    assert found(text, pack) == expected


@pytest.mark.parametrize("text, pack, expected", [
    # the day of the act itself, told before the words that point ahead
    ("On Friday, he urged people to stay calm.", EN, [("Friday", "2025-12-26")]),
    ("The court on 20 December ordered him to appear.", EN, [("20 December", "2025-12-20")]),
    ("The curfew was extended to other districts on Monday.", EN, [("Monday", "2025-12-22")]),
    ("শুক্রবার তিনি সবাইকে শান্ত থাকতে অনুরোধ করেন।", BN, [("শুক্রবার", "2025-12-26")]),
    ("বৃহস্পতিবার অধিবেশন মুলতবি করা হয়।", BN, [("বৃহস্পতিবার", "2025-12-25")]),
    ("শুক্রবারের ম্যাচে শুরুতেই পিছিয়ে পড়ে দল।", BN, [("শুক্রবারের", "2025-12-26")]),
])
def test_the_day_of_an_order_or_a_postponement_is_past(text, pack, expected):
    assert found(text, pack) == expected


def test_summoned_to_a_place_is_no_order():
    # "summoned to the Foreign Ministry on 14 December": the past day, not next December's
    assert found("The envoy was summoned to the ministry on 14 December.", EN) == [("14 December", "2025-12-14")]


# ---------------------------------------------------------------- Bengali verbs and look-alikes

@pytest.mark.parametrize("text, expected", [
    ("মঙ্গলবার মিছিল শুরু হবে।", [("মঙ্গলবার", "2025-12-30")]),  # মিছিল (a procession) is no past -ছিল
    ("বৃহস্পতিবার বিএনপির মিছিল হবে।", [("বৃহস্পতিবার", "2026-01-01")]),
    ("১৪ জানুয়ারি স্কুল বন্ধ ছিল।", [("১৪ জানুয়ারি", "2025-01-14")]),  # the copula alone is past
    ("তাঁকে ২০ জানুয়ারি কারাগারে পাঠানো হয়।", [("২০ জানুয়ারি", "2025-01-20")]),  # a passive in -নো হয়
    ("আমরা শনিবার সমাবেশ করব।", [("শনিবার", "2026-01-03")]),  # the first person's future
    ("শনিবার রাহুল দেব ঢাকায় আসেন।", [("শনিবার", "2025-12-27")]),  # "দেব" the surname is no verb
])
def test_bengali_tense_cues(text, expected):
    assert found(text) == expected


# ---------------------------------------------------------------- a quotation's own tense

@pytest.mark.parametrize("text, pack, expected", [
    ('He said, "We meet on 5 May."', EN, [("5 May", "2026-05-05")]),  # no past May from "said"
    ("তিনি বলেন, “আমরা ১৪ জানুয়ারি বৈঠক করেছিলাম।”", BN, [("১৪ জানুয়ারি", "2025-01-14")]),
    ("তিনি বলেন, “আমরা সোমবার আদালতে যাব।”", BN, [("সোমবার", "2025-12-29")]),
])
def test_a_time_in_a_quotation_takes_the_quotations_tense(text, pack, expected):
    assert found(text, pack) == expected


# ---------------------------------------------------------------- parts kept: ranges, "of last year"

@pytest.mark.parametrize("text, pack, expected", [
    ("৬-২৪ জানুয়ারি সৌদি আরবে প্রতিযোগিতা হবে।", BN, [("৬-২৪ জানুয়ারি", "2026-01")]),
    ("২০২৪ সালের ৫-৬ আগস্ট সহিংসতা হয়।", BN, [("২০২৪ সালের ৫-৬ আগস্ট", "2024-08")]),
    ("The games will be held on 6-24 January in Riyadh.", EN, [("6-24 January", "2026-01")]),
    ("The fair runs January 10–12, 2026.", EN, [("January 10–12, 2026", "2026-01")]),
    ("The score was 6-2 in May.", EN, [("May", "2025-05")]),  # a score is no range of days
])
def test_days_of_a_month_joined_by_a_dash_are_the_month(text, pack, expected):
    assert found(text, pack) == expected


@pytest.mark.parametrize("text, expected", [
    ("The government fell on August 5 of last year.", [("August 5 of last year", "2024-08-05")]),
    ("The polls were held in December of last year.", [("December of last year", "2024-12")]),
    ("The vote will be held in February of next year.", [("February of next year", "2026-02")]),
    ("Last evening, the president addressed the nation.", [("Last evening", "2025-12-27")]),
])
def test_english_year_said_after_of_and_last_evening(text, expected):
    assert found(text, EN) == expected


# ---------------------------------------------------------------- a later year a plan is told in

def test_the_end_of_a_range_takes_the_later_year_written_before_it():
    text = "২০২৬ সালে ২১ সেপ্টেম্বর থেকে ৬ অক্টোবর ফিফা উইন্ডো।"
    assert found(text, published="2025-12-29") == [("২০২৬ সালে ২১ সেপ্টেম্বর", "2026-09-21"), ("৬ অক্টোবর", "2026-10-06")]


def test_a_plan_told_after_a_later_year_is_in_it():
    text = "The World Cup will be held in 2027. The squad will be named in June."
    assert found(text, EN)[-1] == ("June", "2027-06")


def test_untensed_news_a_sentence_after_a_later_year_stays_in_the_present():
    # "collected" is no tense cue: the day is the one just past, not December of the year named before
    text = "The election will be held in February 2026. On 22 December, he collected the form."
    assert found(text, EN)[-1] == ("22 December", "2025-12-22")
