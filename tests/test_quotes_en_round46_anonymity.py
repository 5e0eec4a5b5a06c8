"""English quotes (issue 10, round 46): a speaker who asks not to be named, in every place the
words asking so stand.

- after an attribution closing the sentence ("..., an official said, asking not to be named.",
  "..., an official told reporters, declining to be identified.", "..., X told Reuters on condition
  of anonymity because he was not authorised to speak."): the words before the attribution are the
  report; the request, with any reason after it, is the writer's, never what was said;
- between the cue and its "that" ("A researcher said, speaking on condition of anonymity, that ..."):
  the words after the "that" are the report, the aside none of it;
- set off after the subject ("An official, requesting anonymity, said ..."): already read, kept.

The speaker is nobody (GUIDELINES Q4: an unnamed official).

Sentences written for this file (no newspaper text).
"""
from __future__ import annotations

import pytest

from test_quotes_en_round44_recall import _quotes, _speaker

MARKET = "The market will close next week"
ASIDES = ["asking not to be named", "declining to be named", "declining to be identified",
          "requesting anonymity", "speaking on condition of anonymity", "asking not to be identified",
          "speaking on condition that he not be named", "asking not to be named because he had no permission to brief journalists",
          "speaking on condition of anonymity since she had no mandate to discuss the talks"]


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize("attribution", ["an official said", "a trader told reporters",
                                         "a council official told The Daily Star", "said a senior official"])
def test_request_closing_the_attribution_is_no_report(attribution, aside):
    quotes = _quotes(f"{MARKET}, {attribution}, {aside}.", "")
    mine = [q for q in quotes if "Karim Ahmed met" not in q.text]
    assert len(mine) == 1 and mine[0].text.startswith(MARKET), [q.text for q in mine]
    assert "named" not in mine[0].text and "anonymity" not in mine[0].text
    assert _speaker(mine[0]) is None


@pytest.mark.parametrize("attribution", ["an official told Reuters", "an official said", "a trader told the BBC"])
def test_condition_of_anonymity_right_after_the_cue(attribution):
    quotes = _quotes(f"{MARKET}, {attribution} on condition of anonymity because he was not authorised to speak.", "")
    mine = [q for q in quotes if "Karim Ahmed met" not in q.text]
    assert len(mine) == 1 and mine[0].text.startswith(MARKET), [q.text for q in mine]
    assert _speaker(mine[0]) is None


@pytest.mark.parametrize("aside", ["speaking on condition of anonymity", "asking not to be named", "requesting anonymity"])
def test_request_between_the_cue_and_its_that(aside):
    quotes = _quotes(f"A researcher said, {aside}, that the market would close next week.", "market would close")
    assert len(quotes) == 1 and quotes[0].text.startswith("the market would close"), [q.text for q in quotes]
    assert _speaker(quotes[0]) is None


@pytest.mark.parametrize("aside", ["requesting anonymity", "speaking on condition of anonymity",
                                   "declining to be identified because the matter was pending"])
def test_request_after_the_subject_stays_read(aside):
    quotes = _quotes(f"An official, {aside}, said the market would close next week.", "market would close")
    assert quotes and quotes[0].text.startswith("the market would close") and _speaker(quotes[0]) is None


@pytest.mark.parametrize("body", [
    f'"{MARKET}," the inspector said, declining to be named.',
    f'"{MARKET}," an intern told reporters, asking not to be named.',
])
def test_marked_words_before_the_request(body):
    quotes = _quotes(body, "market will close")
    assert len(quotes) == 1 and quotes[0].kind == "direct"


@pytest.mark.parametrize("body", [
    # a request of one's own, no attribution: nothing said
    "He asked not to be named because of the talks with buyers.",
    "The official asked not to be named.",
])
def test_no_quote_of_the_request(body):
    assert not [q for q in _quotes(body, "") if "named" in q.text or "asking" in q.text or "asked" in q.text]
