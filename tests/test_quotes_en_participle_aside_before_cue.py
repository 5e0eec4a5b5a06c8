"""An aside opened by a participle between a speaker and the cue (issue 10, round 32): "The
official, citing the acting secretary, said ...". The person the aside names is the speaker's
source, nearer the cue, and was taken as the speaker.

Rule `subject_before_participle_aside` (khobor.quotes.attribution): a region before the cue that
closes on an aside set off by commas and opened by a word of the pack's `participle_endings`
speaks as the mention opening the clause before the aside.

Sentences written for this file (no newspaper text). Before the change the 3 cases fail, after
none; the 2 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Flood victims to get cash aid"
CASES = [
    ("Relief Adviser Nadia Karim visited the shelters on Monday. Later, an official at the ministry, "
     "quoting the adviser, said each family would get Tk 5,000 from the state.", "each family would get",
     "an official", False),
    ("Relief Adviser Nadia Karim visited the shelters on Monday. Rafiq Hasan, the city mayor, "
     "toured them too. The mayor, citing the adviser, said more boats would arrive by Friday.",
     "more boats would arrive", "The mayor", None),
    # (words the finder holds no mention for open the clause: somebody unknown speaks, not the source)
    ("Relief Adviser Nadia Karim visited the shelters on Monday. The councillor, citing the adviser, "
     "said more boats would arrive by Friday.", "more boats would arrive", None, False),
]

# controls: an aside naming nobody, and a speaker with no aside, speak as before
CONTROLS = [
    ("Relief Adviser Nadia Karim visited the shelters on Monday. Rafiq Hasan, speaking to reporters, "
     "said more boats would arrive by Friday.", "more boats would arrive", "Rafiq Hasan", True),
    ("Relief Adviser Nadia Karim visited the shelters on Monday. Later, an official at the ministry said "
     "each family would get Tk 5,000 from the state.", "each family would get", "an official", False),
]


@pytest.mark.parametrize("body,fragment,speaker,has_actor", CASES + CONTROLS)
def test_the_speaker_before_a_participle_aside_speaks(body, fragment, speaker, has_actor):
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert len(quotes) == 1
    sp = quotes[0].speaker
    if speaker is None:
        assert sp is None or sp.actor is None
        return
    assert sp is not None and sp.text == speaker
    if has_actor is not None:
        assert (sp.actor is not None) == has_actor
    # never the adviser the aside names
    assert sp.actor is None or "Karim" not in sp.actor.name
