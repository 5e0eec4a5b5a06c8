"""A modal with "have to" ("might have to", "may have to") tells an obligation ahead, a future cue
(en times.yaml `tense.future`), unlike a modal with a perfect ("might have reached", a past that is
uncertain). Fixtures written for this test (issue 10, helper tm35)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

WED = "2025-05-21"   # a Wednesday
CASES = [
 ("en", WED, "He said the company might have to shut one production line until June.", [("June", "2025-06")]),
 ("en", WED, "The agency said it may have to halve rations from April.", [("April", "2026-04")]),
 ("en", WED, "Officials said the boat could have reached the border in April.", [("April", "2025-04")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_modal_have_to_is_ahead(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
