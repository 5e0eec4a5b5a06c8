"""Held-out pairs (tests/story_heldout_follow_ups.py): a next-day follow-up whose lead recalls the
first day (GUIDELINES H1) is parted from the first day's report; a later report of the first day's
happening is not."""
import pytest

from khobor.organise.profile import profile_of
from khobor.organise.stories import StoryParams, lead_days_differ, parted
from story_heldout_follow_ups import CASES


@pytest.mark.parametrize("name,a,b,together", CASES, ids=[c[0] for c in CASES])
def test_a_follow_up_leading_on_a_later_day_is_parted(name, a, b, together):
    pa, pb = profile_of(a), profile_of(b)
    assert lead_days_differ(pa.keys, pb.keys) is not together
    assert lead_days_differ(pb.keys, pa.keys) is not together
    assert parted(pa.keys, pb.keys, StoryParams()) is not together
