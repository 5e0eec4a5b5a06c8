"""Held-out time fixtures (issue 10, round 27 re-read): the English past cues (`own_past`,
`past_near` in en times.yaml) took any word ending in -ed for a verb in the simple past, names
included: "BNP leader Salahuddin Ahmed on Monday will meet the commission", said on a Saturday,
put Monday five days back. Names ending in -ed (Ahmed, Mohammed, Saeed, Javed, Rashed, Hamed) are
common in Bangladeshi English news, and so is "United". A past verb is written in lower case; a
capitalised word is a name, so the cues now start on a lower-case letter.

Found by the round-27 re-reader (rr27b). Sentences written for this file (none copied from any
article); scored as the shared scorer does. Before the fix 6 of 6 fail; the controls (a past verb
before the time, a name before a future without a day) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SAT = "2025-12-27"  # a Saturday

NAMES_IN_ED = [
 ("en", SAT, "BNP leader Salahuddin Ahmed on Monday will meet the election commission.", [("Monday", "2025-12-29")]),
 ("en", SAT, "Salahuddin Ahmed in March will lead the party's campaign in the south.", [("March", "2026-03")]),
 ("en", SAT, "Bangladesh and United States on Tuesday will sign the deal.", [("Tuesday", "2025-12-30")]),
 ("en", SAT, "Foreign adviser Touhid Hossain and Pakistan's Ishaq Dar will meet Saeed on Wednesday in Islamabad.",
  [("Wednesday", "2025-12-31")]),
 ("en", SAT, "Rashed on Thursday is set to take charge as the new coach.", [("Thursday", "2026-01-01")]),
 ("en", SAT, "Party chief Javed in January will visit the flood-hit districts.", [("January", "2026-01")]),
]

CONTROLS = [
 ("en", SAT, "The commission announced on Monday that the vote will go ahead.", [("Monday", "2025-12-22")]),
 ("en", SAT, "The ministry will publish the findings of the inquiry it ordered in March.", [("March", "2025-03")]),
 ("en", SAT, "Salahuddin Ahmed will meet the commission in January.", [("January", "2026-01")]),
]


@pytest.mark.parametrize("lang,published,text,expected", NAMES_IN_ED + CONTROLS)
def test_times(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
