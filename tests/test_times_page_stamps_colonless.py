"""Page stamps with no colon (issue 10, round 31, helper tm31): an English publication or update
label followed by its date with no colon ("Published on 24 May 2025", "Updated 10:45 am, May 24,
2025"), on a line of its own or flattened into the text with no stop before the next sentence, is
the page's own stamp and no time of the article, as the colon form already is (the pack's
`page_stamps`, `expressions._page_stamps_left_out`). A participle of the text ("The report,
published on 24 May 2025, found ...") stays a time: it is lower case and a comma follows its date.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this change the stamp cases fail (the stamp's date is found); the
controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import EN, assert_times_as_scored
from khobor.times.expressions import find_times

STAMPS = [
 ("Published on 24 May 2025\nThe ferry capsized on Thursday.", [("Thursday", "2025-05-22")]),
 ("Updated 10:45 am, May 24, 2025\nThe ferry capsized on Thursday.", [("Thursday", "2025-05-22")]),
 ("Published on 23 May 2025 | Updated on 24 May 2025\nThe ferry capsized on Thursday.",
  [("Thursday", "2025-05-22")]),
 ("Staff Correspondent Published on 24 May 2025 The ferry capsized on Thursday.", [("Thursday", "2025-05-22")]),
 ("Updated - Saturday, 24 May 2025\nThe ferry capsized on Thursday.", [("Thursday", "2025-05-22")]),
]

CONTROLS = [
 ("The report, published on 24 May 2025, blamed the crew.", [("24 May 2025", "2025-05-24")]),
 ("The report was published on 24 May 2025.\nIt blamed the crew.", [("24 May 2025", "2025-05-24")]),
]


@pytest.mark.parametrize("text,expected", STAMPS + CONTROLS)
def test_colonless_page_stamps_left_out(text, expected):
    assert_times_as_scored(text, "en", "2025-05-24", expected)


def test_colonless_stamp_is_in_the_next_times_trace():
    times = find_times("Published on 24 May 2025\nThe ferry capsized on Thursday.", EN, "2025-05-24")
    assert [t.text for t in times] == ["Thursday"]
    assert any(s.get("rule") == "page_stamps" for s in times[0]._explain)
