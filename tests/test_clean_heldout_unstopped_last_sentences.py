"""Held-out (sentences written here): the story's last sentence lost its full stop, and it has
none of the auxiliaries `trailing_headline` looks for ("Officials declined to comment on the
matter"). A verb in the past tense with an object or "to" after it is a sentence's, not a
headline's (headlines write the present, "Police arrest two", and their past participle is
passive, "Two men arrested in raid"), so the line stays in the body. A real related headline
left after the story still goes."""
import pytest

from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle

TITLE = "Flash floods cut off villages in the north-east"
LEAD = ("Flash floods cut off at least twelve villages in Sunamganj on Monday night. "
        "Roads to the upazila headquarters were under water by dawn, residents said. ")


def record(text):
    return build_record(RawArticle(source="t.txt", text=text, language="en", title=TITLE))


UNSTOPPED_LAST_SENTENCES = [
    "Officials declined to comment on the matter",
    "Local people blocked the highway for nearly two hours",
    "Both sides agreed to meet again next week",
    "Rescue workers pulled two children from the rubble",
    "Villagers found the boat stuck near the embankment",
    "Flood victims demanded more relief from the district administration",
    "Students refused to leave the campus until late evening",
]


@pytest.mark.parametrize("sentence", UNSTOPPED_LAST_SENTENCES)
def test_last_sentence_without_full_stop_stays(sentence):
    rec = record(LEAD + "Boats were the only way out. " + sentence)
    assert rec.text.endswith(sentence)
    assert sentence not in rec.removed


RELATED_HEADLINES = [
    # a passive participle followed by a preposition: a headline's past
    "Two men arrested in Chattogram over arms haul",
    "Dhaka-bound train derailed near Gafargaon station",
    # the present tense headlines write
    "Ferry strike leaves thousands stranded on the islands",
]


@pytest.mark.parametrize("headline", RELATED_HEADLINES)
def test_related_headline_after_the_story_still_goes(headline):
    rec = record(LEAD + "Boats were the only way out. " + headline)
    assert headline in rec.removed
    assert rec.text.endswith("Boats were the only way out.")
