"""English quotes (issue 10, round 46): officials of or at a body written by its name speak for
that body ("Officials of the Roads and Highways Department said ...", "..., said officials of
Titas Gas Transmission and Distribution Company."): the gold names the body as the speaker
(GUIDELINES Q4). Before, the plural title "officials" spoke, nobody named; after the cue, the
region held nobody at all and the report was lost.

Kept as before: a body in lower case, or a common noun's office ("officials at the commerce
ministry", "officials at the upazila fisheries office") stays nobody's, as the gold leaves it;
a cue no body reports with ("say") keeps the officials unnamed.

Sentences written for this file (no newspaper text).
"""
from __future__ import annotations

import pytest

from test_quotes_en_round44_recall import _quotes, _speaker

BODY = "Roads and Highways Department"


@pytest.mark.parametrize("body", [
    f"Officials of the {BODY} said the market would close next week.",
    f"Officials at the {BODY} said the market would close next week.",
    f"The market will close next week, said officials of the {BODY}.",
    f"The market will close next week, officials of the {BODY} said.",
    f"Officials of the {BODY} told reporters that the market would close next week.",
])
def test_officials_of_a_named_body_speak_for_it(body):
    quotes = _quotes(body, "market w")
    assert len(quotes) == 1 and _speaker(quotes[0]) == BODY


@pytest.mark.parametrize("body", [
    "Officials at the commerce ministry said the market would close next week.",
    "Officials at the upazila fisheries office said the market would close next week.",
    "Officials said the market would close next week.",
    f"Senior officials and traders of the {BODY} area said the market would close next week.",
])
def test_officials_of_no_named_body_stay_unnamed(body):
    quotes = _quotes(body, "market w")
    assert len(quotes) == 1 and _speaker(quotes[0]) is None
