"""English quotes (issue 10, round 46): an inverted attribution closing the sentence whose
speaker is somebody unnamed, described after an indefinite ("..., said an official of the council.",
"..., said an engineer at the city corporation, asking not to be named."; GUIDELINES Q4: an unnamed
official, nobody named): the words before it are the report. Before, no quote: the description after
the cue, a body inside it, was read as nobody's region. With the speaker's participle of saying after
it ("..., said an official of the council, adding that ..."), its words go on with the report, as
after a name ("..., said Rahim Uddin, adding that ...").

Kept out: another verb's object there ("..., declared a sub-jail").

Sentences written for this file (no newspaper text).
"""
from __future__ import annotations

import pytest

from test_quotes_en_round44_recall import _quotes, _speaker

MARKET = "The market will close next week"


@pytest.mark.parametrize("speaker", [
    "an official of the city corporation", "an official at the city corporation", "an engineer of the Dhaka North City Corporation",
    "a spokesman of the traders' association", "an officer of the Kotwali police station", "a member of the committee",
    "a teacher at the school", "one official of the ministry",
])
@pytest.mark.parametrize("close", [".", ", asking not to be named."])
def test_unnamed_person_after_the_cue_speaks(speaker, close):
    quotes = [q for q in _quotes(f"{MARKET}, said {speaker}{close}", "") if "Karim Ahmed met" not in q.text]
    assert len(quotes) == 1 and quotes[0].text.startswith(MARKET), [q.text for q in quotes]
    assert speaker not in quotes[0].text and _speaker(quotes[0]) is None


@pytest.mark.parametrize("speaker,actor", [("an official of the city corporation", None), ("Rahim Uddin", "Rahim Uddin")])
def test_participle_after_the_inverted_speaker_goes_on(speaker, actor):
    quotes = [q for q in _quotes(f"{MARKET}, said {speaker}, adding that prices would rise.", "")
              if "Karim Ahmed met" not in q.text]
    assert len(quotes) == 1 and quotes[0].text.startswith(MARKET) and "prices would rise" in quotes[0].text
    assert _speaker(quotes[0]) == actor


def test_object_of_another_verb_is_no_speaker():
    assert not [q for q in _quotes("The government declared a sub-jail of the district town.", "")
                if "sub-jail" in q.text]
