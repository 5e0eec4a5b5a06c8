"""Held-out cases written for this file (no corpus text): a day and month whose year is said as
relative ("চলతি বছরের ৩১ ডিসেম্বর", "28 May last year") in an article with no publication date is a
date without a year, "XXXX-MM-DD" (GUIDELINES T4); a month of another year so said stays without a value; the
day of a month said with মাসের after a relative year keeps all its parts; "আগামী দিনে" (in the days
to come) names no day; an "about" between a day and its hour stays inside the expression."""
from __future__ import annotations

import pytest
from time_fixtures import BN, EN, SUNDAY, found


@pytest.mark.parametrize("text, pack, expected", [
    ("চলতি বছরের ৩১ ডিসেম্বর পর্যন্ত ওই সুবিধার মেয়াদ ছিল।", BN, [("চলতি বছরের ৩১ ডিসেম্বর", "XXXX-12-31")]),
    ("গত বছরের ১৫ আগস্ট তিনি দেশ ছাড়েন।", BN, [("গত বছরের ১৫ আগস্ট", "XXXX-08-15")]),
    ("The offer was valid until 31 December this year.", EN, [("31 December this year", "XXXX-12-31")]),
    ("The league ended on 28 May last year.", EN, [("28 May last year", "XXXX-05-28")]),
])
def test_a_day_of_a_relative_year_without_anchor_has_no_year(text, pack, expected):
    assert found(text, pack, None) == expected


def test_a_month_of_another_relative_year_without_anchor_stays_without_value():
    # (a month of this year is of the article's unknown year, "XXXX-03": round 21,
    # test_times_this_years_month_undated_heldout.py)
    assert found("গত বছরের মার্চে প্রকল্পটি শুরু হয়।", BN, None) == [("গত বছরের মার্চে", None)]


def test_with_a_publication_date_the_relative_year_is_counted():
    assert found("চলতি বছরের ৩১ ডিসেম্বর পর্যন্ত ওই সুবিধার মেয়াদ ছিল।", BN, SUNDAY) == [
        ("চলতি বছরের ৩১ ডিসেম্বর", "2025-12-31")]


@pytest.mark.parametrize("published, value", [(SUNDAY, "2024-06-10"), (None, "XXXX-06-10")])
def test_the_day_of_a_month_after_a_relative_year_keeps_its_day(published, value):
    assert found("গত বছর জুন মাসের ১০ তারিখে মামলাটি হয়।", BN, published) == [
        ("গত বছর জুন মাসের ১০ তারিখে", value)]


def test_the_day_of_a_possessive_month_after_a_relative_year_keeps_its_day():
    assert found("আগামী বছরের ফেব্রুয়ারির ১২ তারিখে ভোট হবে।", BN, SUNDAY) == [
        ("আগামী বছরের ফেব্রুয়ারির ১২ তারিখে", "2026-02-12")]


@pytest.mark.parametrize("text", [
    "আগামী দিনে আরও বিনিয়োগ আসবে বলে তিনি আশা করেন।",
    "আমরা আশা করি, আগামী দিনে যারা দায়িত্বে আসবেন তারা কৃষকের কথা ভাববেন।",
])
def test_the_days_to_come_name_no_day(text):
    assert found(text, BN, SUNDAY) == []


def test_tomorrow_still_names_a_day():
    assert found("আগামীকাল সভা হবে।", BN, SUNDAY) == [("আগামীকাল", "2025-12-29")]


def test_about_between_a_weekday_and_its_hour_stays_in_the_expression():
    assert found("বুধবার আনুমানিক সকাল ৬টায় তিনি মারা যান।", BN, SUNDAY) == [
        ("বুধবার আনুমানিক সকাল ৬টায়", "2025-12-24")]
