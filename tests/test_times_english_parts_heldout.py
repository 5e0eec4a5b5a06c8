"""Held-out cases written for this file (no corpus text): an English expression keeps every part
(GUIDELINES T2): the hour after a part of the day ("Monday evening at 8pm"), the part of a year
before it ("by the end of 2025")."""
from __future__ import annotations

import pytest
from time_fixtures import EN, SUNDAY, found


@pytest.mark.parametrize("text, expected", [
    ("The bill passed on Monday evening at 8pm after a long debate.", [("Monday evening at 8pm", "2025-12-22")]),
    ("The flight left on Wednesday night at 11:30 pm local time.", [("Wednesday night at 11:30 pm", "2025-12-24")]),
    ("He will return on Friday morning at 10 am.", [("Friday morning at 10 am", "2026-01-02")]),
    ("They met on Monday evening.", [("Monday evening", "2025-12-22")]),
])
def test_the_hour_after_a_part_of_the_day_stays_in_the_expression(text, expected):
    assert found(text, EN, SUNDAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("By the end of 2025, the backlog had doubled.", [("the end of 2025", "2025")]),
    ("Exports fell in the first half of 2024.", [("the first half of 2024", "2024")]),
])
def test_the_part_of_a_year_stays_with_the_year(text, expected):
    assert found(text, EN, SUNDAY) == expected


def test_the_end_of_a_number_that_is_no_year_is_no_time():
    assert found("The queue reached the end of 12345 tickets.", EN, SUNDAY) == []
