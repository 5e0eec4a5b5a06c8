"""Held-out cases (round 24b, issue 9): an agentless passive arrest ("ঘটনাস্থল থেকে তিনজনকে আটক
করা হয়েছে", "five people have been detained so far") is the state of the article acting on people
it leaves unnamed: actor and recipient are both that country (GUIDELINES E5: a domestic event
between Bangladeshi parties is BGD -> BGD; the gold codes every such arrest so). The coder gave
the state as actor (passive_home_state_agent) and no recipient, as the state is no recipient of
its own protest. A state's own act with nobody acted upon keeps no recipient. Sentences written
for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

ARRESTS = [
    ("নরসিংদীর রায়পুরায় জমি নিয়ে বিরোধে এক কৃষককে পিটিয়ে হত্যা করা হয়েছে। ঘটনাস্থল থেকে তিনজনকে আটক করা হয়েছে।", "bn"),
    ("সিলেটের জকিগঞ্জ সীমান্ত দিয়ে অবৈধভাবে ঢোকার সময় সাতজনকে আটক করা হয়।", "bn"),
    ("গাইবান্ধার সাদুল্লাপুরে একটি বাড়িতে ডাকাতি হয়েছে। এ ঘটনায় জড়িত সন্দেহে পাঁচজনকে গ্রেপ্তার করা হয়েছে।", "bn"),
    ("ফেনীতে এক কলেজছাত্রকে ছুরিকাঘাতে হত্যা করা হয়েছে। সন্দেহভাজন চারজনকে গ্রেপ্তার করা হয়েছে।", "bn"),
    ("A schoolteacher was stabbed to death in Narsingdi's Raipura upazila. Two suspects were detained on Sunday night.", "en"),
    ("A college student was hacked to death in Feni. Three men have been detained in connection with the murder.", "en"),
    ("A warehouse in Gazipur was looted on Sunday night. Six suspects were arrested on Monday.", "en"),
]


@pytest.mark.parametrize("text,lang", ARRESTS, ids=range(len(ARRESTS)))
def test_an_agentless_arrest_of_unnamed_people_is_the_state_on_its_own_people(text, lang):
    arrests = events_of_type(text, lang, "COERCE")
    assert arrests, "the arrest is coded"
    for ev in arrests:
        assert {a.country for a in ev.actors} == {"BGD"}
        assert [a.country for a in ev.recipients] == ["BGD"]


def test_a_named_person_arrested_stays_the_recipient():
    text = "A trader was killed in Gazipur. Police later arrested Abdul Karim, the main accused."
    (ev,) = events_of_type(text, "en", "COERCE")
    assert [a.name for a in ev.recipients] != ["Bangladesh"]
