"""The two ends of a range are put in order by a year (expressions._range_ends_in_order): a written
year stays, the tense and the publication date choose between the other two moves, and without a
publication date nothing moves. Sentences written for these tests."""
from __future__ import annotations

from time_fixtures import EN, found

from khobor.times.expressions import _range_in_order


def test_the_end_told_in_the_past_moves_into_the_new_year():
    assert found("The drive ran from 20 December to 5 January, police said.", EN, "2026-01-10") == [
        ("20 December", "2025-12-20"), ("5 January", "2026-01-05")]


def test_a_written_year_stays_and_the_other_end_moves():
    assert found("Deaths were counted from January to October of the current year.", EN, "2025-12-23") == [
        ("January", "2025-01"), ("October of the current year", "2025-10")]


def test_two_separate_dates_are_no_range():
    # two dates out of order with no join between them (". On "): each keeps its own resolution,
    # where taken as a range the end would move to 2026-12-10 (nearer publication than 2025-01-05)
    assert found("Schools stay shut until 5 January. On 10 December the order was issued.", EN, "2025-12-28") == [
        ("5 January", "2026-01-05"), ("10 December", "2025-12-10")]


def test_without_a_publication_date_or_a_way_to_choose_nothing_moves():
    class NoAnchor:
        pub = None
        tense = None
    assert _range_in_order("2025-12-20", "2025-01-05", False, False, NoAnchor()) is None
    assert _range_in_order("2025-12-20", "2025-01-05", True, True, NoAnchor()) is None
    assert _range_in_order("2025-12-20", "2025-01-05", True, False, NoAnchor()) == ("2025-12-20", "2026-01-05")
