"""Round 28 (issue 9): what the clause's speaker hopes for ("আশা করছি", "আশা করি") has not
happened; a hope before an act in its clause codes no act (events.yaml suppress_before). An act
told plainly still is. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type


@pytest.mark.parametrize("text, kind", [
    ("আশা করছি জাপান বাংলাদেশকে সহায়তা করবে।", "AID"),
    ("আমরা আশা করি চীন মিয়ানমারের সঙ্গে চুক্তি করবে।", "AGREE"),
], ids=range(2))
def test_a_hoped_for_act_is_no_event(text, kind):
    assert not events_of_type(text, "bn", kind)


def test_the_act_told_plainly_stays():
    assert events_of_type("জাপান বাংলাদেশকে সহায়তা করবে।", "bn", "AID")
