"""Held-out cases (round 24, issue 9): a place name in the genitive whose head noun stands in the
locative says where the act happened; it is no party to it. An envoy who went to a guest's
residence in Delhi (দিল্লির বাসভবনে) to invite them was coded with New Delhi as the one invited,
and "রাজবাড়ী জেলার পাংশায় ... হত্যার" (a killing in Pangsha of Rajbari district) with the
district as the killer (false events in unlabelled news-dev rows, seed 51). The head is a place or
building noun, or the name ends in one ("X জেলার") and the head is a smaller place within it; an
event noun as the head keeps its genitive agent ("ইসরায়েলের হামলায়").

And a name that ends in a vowel letter takes the genitive "-র" as a name ending in a vowel sign
does: "টোকিওর প্রস্তাব" (Tokyo's proposal) is Tokyo's, not Tokyo acting in the sentence.
Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

# (sentence, the place that is where, never a party)
WHERE = [
    ("প্রবীণ শিল্পীকে লন্ডনের বাসভবনে গিয়ে আমন্ত্রণ জানিয়েছেন বাংলাদেশের হাইকমিশনার।", "London"),
    ("সাবেক এক পররাষ্ট্রসচিবকে দিল্লির বাসভবনে গিয়ে সংবর্ধনায় আমন্ত্রণ জানিয়েছেন বাংলাদেশের হাইকমিশনার।", "New Delhi"),
    ("প্রবীণ লেখককে প্যারিসের বাসভবনে গিয়ে অভিনন্দন জানিয়েছেন বাংলাদেশের রাষ্ট্রদূত।", "Paris"),
    ("এক নোবেলজয়ীকে ওয়াশিংটনের কার্যালয়ে গিয়ে আমন্ত্রণ জানিয়েছেন বাংলাদেশের রাষ্ট্রদূত।", "Washington, D.C."),
    ("বয়োজ্যেষ্ঠ এক চিত্রশিল্পীকে রোমের বাসভবনে গিয়ে আমন্ত্রণ জানিয়েছেন বাংলাদেশের রাষ্ট্রদূত।", "Rome"),
    ("অবসরপ্রাপ্ত এক বিচারপতিকে করাচির বাসভবনে গিয়ে অভিনন্দন জানিয়েছেন বাংলাদেশের হাইকমিশনার।", "Karachi"),
    ("নেত্রকোনা জেলার মদনে এক কিশোরকে পিটিয়ে হত্যার অভিযোগ নিয়ে আলোচনা চলছে।", "Netrokona"),
    ("দিনাজপুর জেলার বিরলে এক দোকানিকে কুপিয়ে হত্যার অভিযোগ নিয়ে উত্তেজনা চলছে।", "Dinajpur"),
    ("মাগুরা জেলার শালিখায় এক ভ্যানচালককে কুপিয়ে হত্যার অভিযোগ নিয়ে উত্তেজনা চলছে।", "Magura"),
]

# (sentence, the owner in the genitive, the party that acts)
VOWEL_LETTER_GENITIVES = [
    ("টোকিওর প্রস্তাব প্রত্যাখ্যান করেছে বেইজিং।", "Tokyo", "Beijing"),
    ("টোকিওর আহ্বান প্রত্যাখ্যান করেছে সিউল।", "Tokyo", "Seoul"),
    ("টোকিওর অনুরোধ নাকচ করেছে মস্কো।", "Tokyo", "Moscow"),
    ("টোকিওর দাবি প্রত্যাখ্যান করেছে পিয়ংইয়ং।", "Tokyo", "Pyongyang"),
    ("টোকিওর উদ্যোগকে স্বাগত জানিয়েছে ওয়াশিংটন।", "Tokyo", "Washington, D.C."),
    ("ডিএসইর প্রস্তাব প্রত্যাখ্যান করেছে বিএসইসি।", "Dhaka Stock Exchange",
     "Bangladesh Securities and Exchange Commission"),
]

# an event noun as the head: its genitive is still the one who acts
AGENTS = [
    ("ইসরায়েলের হামলায় গাজায় অন্তত ২০ জন নিহত হয়েছেন।", "ASSAULT", "Israel"),
    # round 34's weights (evw34) score the condemned attack under the threshold: bnw18-01-105 labels
    # "ইসরায়েলের হামলার" inside a condemnation as no event, against E2 (the commented event keeps its
    # own actor); relabel it before the next retrain
    pytest.param("রাশিয়ার হামলার নিন্দা জানিয়েছে জাপান।", "ASSAULT", "Russia", marks=pytest.mark.xfail(
        strict=True, reason="the round 34 weights keep no ASSAULT on a condemned attack (bnw18-01-105)")),
]


def _parties(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients])
            for e in record_of(text, "bn").events]


@pytest.mark.parametrize("text, place", WHERE, ids=range(len(WHERE)))
def test_a_place_genitive_before_a_locative_place_is_no_party(text, place):
    assert all(place not in actors + recipients for _, actors, recipients in _parties(text))


@pytest.mark.parametrize("text, owner, actor", VOWEL_LETTER_GENITIVES, ids=range(len(VOWEL_LETTER_GENITIVES)))
def test_a_name_ending_in_a_vowel_letter_takes_the_genitive(text, owner, actor):
    parties = _parties(text)
    assert parties and all(owner not in actors for _, actors, _ in parties)
    assert any(actors == [actor] for _, actors, _ in parties)


@pytest.mark.parametrize("text, etype, agent", AGENTS, ids=range(len(AGENTS)))
def test_the_genitive_of_an_event_noun_still_acts(text, etype, agent):
    assert any(t == etype and agent in actors for t, actors, _ in _parties(text))
