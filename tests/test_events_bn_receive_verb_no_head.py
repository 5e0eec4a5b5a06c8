"""Round 35 (issue 9, Bengali event precision): "পা" (get, receive) is a light verb of the learned
lexicon (`lexicon.yaml light_verb_stems`): an event only with what is received ("সহায়তা পেয়েছে",
the hand lexicon's receive frame), never a head on its own. The shipped rows "পায়নি" (AID) and
"পাবেন" (RETREAT) coded "the families got nothing" an aid. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead
from khobor import lang
from khobor.events.learned import learned_triggers

NOTHING_RECEIVED = [
    "অভিযোগ উঠেছে, তহবিলের টাকার কিছুই পায়নি অসুস্থ শিশুদের পরিবারগুলো।",
    "তিন দিন পেরিয়ে গেলেও নিহত কিশোরের লাশ এখনো ফেরত পায়নি তার পরিবার।",
]


def test_no_form_of_the_receive_verb_is_a_learned_head():
    patterns = {t.pattern for t in learned_triggers(lang.load("bn"))}
    assert not {"পায়নি*", "পাবেন*"} & patterns
    assert "পালন*" in patterns   # a word that only begins like the verb stays


@pytest.mark.parametrize("text", NOTHING_RECEIVED, ids=range(len(NOTHING_RECEIVED)))
def test_getting_nothing_is_no_aid(text):
    assert [e for e in events_after_home_lead("bn", text) if e.type == "AID"] == []
