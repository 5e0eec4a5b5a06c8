"""Round 33 (ev33, issue 9): a learned lexicon row whose head is a light verb (`lexicon.yaml
light_verb_stems` in a form of events.yaml's light_verb_endings: "রাখেন" = keep, "দিলেও", "নিলে",
"চালাবে") names no event; a rebuild would not learn it, and the shipped lexicon stops proposing it now
(`learned.heads_still_learned`), as it does for skip words. As a head "রাখেন" coded "they store
rainwater in drums" a PROTEST (and, in a Bangladeshi article, farmers storing seed rice). The noun before the verb still proposes its event ("অভিযান চালাচ্ছে",
by the hand lexicon). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead
from khobor import lang
from khobor.events.learned import HeadRules, heads_still_learned, learned_triggers

KEPT_THINGS = [
    "বর্ষার আগে উপকূলের কৃষকেরা বীজধান উঁচু মাচায় তুলে রাখেন।",
    "শীত এলে চরাঞ্চলের বাসিন্দারা শুকনো খড় ঘরের পাশে জমিয়ে রাখেন।",
    "দোকানিরা রাতে পণ্যগুলো গুদামে তালাবদ্ধ করে রাখেন।",
]


def test_a_light_verb_row_of_the_shipped_lexicon_proposes_nothing():
    rules = HeadRules.from_pack(lang.load("bn"))
    rows = [{"stem": "রাখেন", "type": "PROTEST"}, {"stem": "গ্রেপ্তার", "type": "COERCE"}]
    assert [e["stem"] for e in heads_still_learned(rows, rules)] == ["গ্রেপ্তার"]
    assert "রাখেন*" not in {t.pattern for t in learned_triggers(lang.load("bn"))}


@pytest.mark.parametrize("text", KEPT_THINGS, ids=range(len(KEPT_THINGS)))
def test_keeping_things_is_no_event(text):
    assert events_after_home_lead("bn", text) == []
