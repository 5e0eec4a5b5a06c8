"""Held-out cases written for this file (no corpus text): an undated article that opens its news
on a weekday and date ("সোমবার (২৯ ডিসেম্বর)") is dated by the years it writes out, when exactly
one year next to a written one puts that date on that weekday; the days of the lead's own year keep
"XXXX" (no anchor is given, GUIDELINES T4), the days of the next year say it. The article's own day
stated with its year after a comma ("আজ সোমবার, ২৯ ডিসেম্বর ২০২৫") is its anchor."""
from __future__ import annotations

from time_fixtures import BN, EN, found

from khobor.times.expressions import _lead_day_dated_by_written_years

SCHEDULE = ("সোমবার (২৯ ডিসেম্বর) রিটার্নিং কর্মকর্তার কাছে মনোনয়নপত্র জমা দেন তিনি। তিনি বলেন, আজ আমি "
            "মনোনয়ন দাখিল করেছি। বাছাই হবে ৩০ ডিসেম্বর থেকে ২০২৬ সালের ৪ জানুয়ারি পর্যন্ত। আপিল করা যাবে "
            "৯ জানুয়ারি পর্যন্ত। ভোট হবে ১২ ফেব্রুয়ারি।")


def test_a_schedule_after_a_lead_day_takes_the_next_year_from_the_written_one():
    assert found(SCHEDULE, BN, None) == [
        ("সোমবার (২৯ ডিসেম্বর)", "XXXX-12-29"), ("আজ", "XXXX-12-29"), ("৩০ ডিসেম্বর", "XXXX-12-30"),
        ("২০২৬ সালের ৪ জানুয়ারি", "2026-01-04"), ("৯ জানুয়ারি", "2026-01-09"), ("১২ ফেব্রুয়ারি", "2026-02-12")]


def test_without_a_written_year_nothing_is_dated():
    text = "সোমবার (২৯ ডিসেম্বর) সভা হয়। আপিল করা যাবে ৯ জানুয়ারি পর্যন্ত।"
    assert found(text, BN, None) == [("সোমবার (২৯ ডিসেম্বর)", "XXXX-12-29"), ("৯ জানুয়ারি", "XXXX-01-09")]


def test_a_lead_day_on_the_wrong_weekday_for_the_written_years_dates_nothing():
    # 29 December is a Tuesday in 2026 only among 2028-2030, the years next to the written 2029
    text = "মঙ্গলবার (২৯ ডিসেম্বর) সভা হয়। ২০২৯ সালের ৪ জানুয়ারি ভোট হবে। আপিল ৯ জানুয়ারি পর্যন্ত।"
    assert ("৯ জানুয়ারি", "XXXX-01-09") in found(text, BN, None)


def test_two_years_that_fit_the_weekday_date_nothing():
    class F:  # a match with only its fields
        def __init__(self, **fields):
            self.fields = fields
    monday_29_december = F(day=29, month=12, weekday=1)
    # 29 December is a Monday in 2008 and in 2025: both next to a written year
    found_ = [(monday_29_december, None), (F(year=2009), None), (F(year=2026), None)]
    assert _lead_day_dated_by_written_years(found_) is None
    assert _lead_day_dated_by_written_years(found_[:1] + found_[2:]).isoformat() == "2025-12-29"


def test_a_lead_that_is_not_a_weekday_and_date_dates_nothing():
    text = ("গত ১১ ডিসেম্বর তফসিল ঘোষণা করা হয়। সোমবার (২৯ ডিসেম্বর) তিনি বলেন, আজ আমি মনোনয়ন দাখিল "
            "করেছি। ২০২৬ সালের ১২ ফেব্রুয়ারি ভোট হবে।")
    assert ("আজ", None) in found(text, BN, None)


def test_a_dated_article_is_not_moved_by_its_lead_day():
    assert ("৯ জানুয়ারি", "2026-01-09") in found(SCHEDULE, BN, "2025-12-29")


def test_an_own_day_with_its_year_after_a_comma_anchors_the_article():
    assert found("আজ সোমবার, ২৯ ডিসেম্বর ২০২৫। গতকাল রোববার বৃষ্টি হয়েছে।", BN, None) == [
        ("আজ সোমবার, ২৯ ডিসেম্বর ২০২৫", "2025-12-29"), ("গতকাল রোববার", "2025-12-28")]


def test_an_english_own_day_with_its_year_anchors_the_article():
    assert found("Today, Monday (29 December 2025), the fair opened. Yesterday workers finished the stalls.",
                 EN, None) == [("Today, Monday (29 December 2025)", "2025-12-29"), ("Yesterday", "2025-12-28")]
