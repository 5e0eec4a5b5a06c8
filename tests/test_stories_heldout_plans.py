"""Held-out pairs (tests/story_heldout_plans.py): a lead's later day is a plan, not the day of
the happening, so it neither parts two reports of one happening (a death and tomorrow's burial)
nor ties a preview to the day its plan fell through."""
import pytest

from khobor.organise.profile import after_the_day, lead_day_keys, profile_of
from khobor.organise.stories import StoryParams, lead_days_differ, parted
from story_heldout_plans import CASES, DEATH_EN, HOLIDAY_CALLED_EN, VOTE_PREVIEW_EN


@pytest.mark.parametrize("name,a,b,together", CASES, ids=[c[0] for c in CASES])
def test_lead_days_part_only_the_days_of_two_happenings(name, a, b, together):
    pa, pb = profile_of(a), profile_of(b)
    assert lead_days_differ(pa.keys, pb.keys) is not together
    assert parted(pa.keys, pb.keys, StoryParams()) is not together


def test_the_lead_keeps_its_own_and_earlier_days_and_drops_later_ones():
    assert lead_day_keys(DEATH_EN, day="2031-03-04") == {"t:03-04"}
    assert lead_day_keys(VOTE_PREVIEW_EN, day="2031-03-10") == {"t:03-03"}
    assert lead_day_keys(VOTE_PREVIEW_EN) == {"t:03-03", "t:03-11"}  # no day of its own: every day kept
    assert profile_of(HOLIDAY_CALLED_EN).keys >= {"t:12-31"}


@pytest.mark.parametrize("value,day,later", [
    ("XXXX-12-31", "2031-12-30", True), ("XXXX-12-30", "2031-12-30", False), ("XXXX-12-29", "2031-12-30", False),
    ("XXXX-01-02", "2031-12-30", True),  # the new year's day after, not the January before
    ("XXXX-12-30", "2032-01-02", False),  # the December before
    ("2031-12-31", "2031-12-30", True), ("2030-12-31", "2031-12-30", False),
    ("XXXX-12-31", None, False), ("XXXX-02-30", "2031-02-27", False),
    # written after review: 29 February exists in the leap year only, which decides
    ("XXXX-02-29", "2032-02-28", True), ("XXXX-02-29", "2032-03-01", False),
])
def test_after_the_day(value, day, later):
    assert after_the_day(value, day) is later
