"""An addressee closing the speaker region before its cue (issue 10, round 30): "X প্রথম আলোকে
বলেন", "পুলিশ বিবিসিকে জানিয়েছে". The outlet told, tagged by the NER in the object case, was the
region's only mention: nobody in it could speak, and a bare name or body before it (no entity of
its own) was never tried, so the quote was lost.

Rule `addressee_closing_region` (khobor.quotes.attribution): the region ends before the addressee
that `addressee_before_cue` finds, for the mentions and for a bare region alike.

Sentences written for this file (no newspaper text). Before the change the 3 cases fail, after
none; the 2 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

CASES = [
    # a bare name the NER left untagged, before an outlet it tagged
    ("পুরান ঢাকার বাড়িগুলো ভাঙা হচ্ছে। প্রভাব দেব প্রথম আলোকে বলেন, ‘এসব বাড়ি একশ বছরের পুরোনো।’",
     "একশ বছরের"),
    # a bare body named by its common word
    ("সম্বলপুরে এক শ্রমিককে পিটিয়ে হত্যা করা হয়েছে। পুলিশ বিবিসিকে জানিয়েছে, ওই ঘটনায় ছয় জনকে গ্রেফতার "
     "করা হয়েছে।", "ছয় জনকে"),
    # an unnamed person closing the sentence after the words told
    ("এ বছর এমন ঘটনা বেড়েছে। প্রথম দুই মাসেই এ সংখ্যা ছয়জন, সংগঠনটির একজন গবেষক বিবিসি বাংলাকে "
     "জানিয়েছেন।", "এ সংখ্যা ছয়জন"),
]

# controls: a person the NER tagged before the outlet speaks as before, and the outlet told is
# never the speaker
CONTROLS = [
    ("উপজেলা কৃষি কর্মকর্তা সুমন কান্তি দাশ প্রথম আলোকে বলেন, ‘এবার ফলন ভালো হয়েছে।’", "ফলন ভালো"),
    ("প্রতিমন্ত্রী আবদুর রহমান খানকে বলেন, ‘আপনার দাবি বিবেচনা করা হবে।’", "দাবি বিবেচনা"),
]


def _quotes(body: str, fragment: str):
    return [q for q in body_record(body).quotes if fragment in q.text]


@pytest.mark.parametrize("body,fragment", CASES + CONTROLS)
def test_words_told_to_an_addressee_are_quoted(body, fragment):
    assert len(_quotes(body, fragment)) == 1


@pytest.mark.parametrize("body,fragment", CASES + CONTROLS)
def test_the_addressee_never_speaks(body, fragment):
    for q in _quotes(body, fragment):
        assert q.speaker is None or q.speaker.actor is None or q.speaker.actor.id not in (
            "prothom-alo", "bbc-bangla", "bbc")
