"""Held-out time fixtures (issue 10, round 34): "the day before" with an event
named right after it ("the day before the election schedule was announced") and "the same day as"
an event ("held on the same day as the national election") name that event's day, not the day told
before them: lang/en/times.yaml rule `day_beside_an_event` occupies the words and yields nothing,
as the Bengali pack's `same_or_previous_day_of_event` and its bare "একই দিনে" already do. A bare
"the day before" / "On the same day" still takes the day told before it.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the start of round 34 (2f763d0d): 0 of 3; after: 3 of 3. Controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

EVENT_DAY = [
 ("en", "2025-12-20", "He quit the cabinet on 11 December, the day before the polls schedule was announced.",
  [("11 December", "2025-12-11")]),
 ("en", "2025-12-20", "The council met on 16 December. The BNP wants the referendum held on the same day as the general election.",
  [("16 December", "2025-12-16")]),
 ("en", "2025-12-20", "The minister reached Delhi on 3 December. He flew home the day before the summit closed.",
  [("3 December", "2025-12-03")]),
]

CONTROLS = [
 ("en", "2025-12-20", "Police arrested him on 5 March. The day before, he had met the minister.",
  [("5 March", "2025-03-05"), ("The day before", "2025-03-04")]),
 ("en", "2025-12-20", "The council met on Tuesday, 16 December. On the same day, the party named its candidates.",
  [("Tuesday, 16 December", "2025-12-16"), ("the same day", "2025-12-16")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EVENT_DAY + CONTROLS)
def test_times(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
