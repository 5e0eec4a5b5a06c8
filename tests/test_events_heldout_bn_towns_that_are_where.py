"""Held-out cases (round 31, issue 9): the wrong actor of a Bengali event, a town or district that
the sentence makes only where something happened. Before a place of two nouns in the locative
("কক্সবাজার পর্যটন মোটেলে", at the Cox's Bazar tourist motel) with a party after the verb as its
subject, and inside a list of towns whose last one carries the genitive or the locative ("নওগাঁ ও
জয়পুরহাটের সীমান্ত দিয়ে", through the borders of Naogaon and Joypurhat), the town is no party. A
town whose body acts, with no party after the verb, still acts. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of

# (sentence, the town that is only where, the party that acts)
WHERE = [
    ("বিকেলে কক্সবাজার পর্যটন মোটেলে স্থানীয় ব্যবসায়ীদের সঙ্গে মতবিনিময় করেন চীনের রাষ্ট্রদূত।",
     "Cox's Bazar", "China"),
    ("দুপুরে সিলেট সার্কিট হাউসে ব্যবসায়ীদের সঙ্গে বৈঠক করেন ভারতের হাইকমিশনার।", "Sylhet", "India"),
    ("নওগাঁ ও জয়পুরহাটের সীমান্ত দিয়ে আরও ২০ জনকে বাংলাদেশে ঠেলে পাঠিয়েছে বিএসএফ।", "Naogaon",
     "Border Security Force"),
    ("দিনাজপুর ও ঠাকুরগাঁওয়ের সীমান্ত দিয়ে আরও ৩০ জনকে বাংলাদেশে ঠেলে পাঠিয়েছে ভারত।", "Dinajpur", "India"),
    ("রংপুর ও দিনাজপুরে আরও ১০ জনকে গ্রেপ্তার করেছে পুলিশ।", "Rangpur", "police"),
    ("বগুড়া ও নাটোরে বিক্ষোভ করেছে বিএনপি।", "Bogra", "Bangladesh Nationalist Party"),
]

# (sentence, the town's body that acts, the event type): a bare noun after the town, no party after the verb
STILL_ACTS = [
    ("নওগাঁ জেলা প্রশাসন সীমান্তে বিএসএফের হামলার নিন্দা জানিয়েছে।", "Naogaon", "ACCUSE"),
]


def _parties(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in candidates_of(text, "bn")]


@pytest.mark.parametrize("text, town, actor", WHERE, ids=range(len(WHERE)))
def test_a_town_that_is_only_where_is_no_party(text, town, actor):
    parties = _parties(text)
    assert any(actor in actors for _, actors, _ in parties)
    assert all(town not in actors + recipients for _, actors, recipients in parties)


@pytest.mark.parametrize("text, town, etype", STILL_ACTS, ids=range(len(STILL_ACTS)))
def test_a_town_whose_body_acts_keeps_its_place(text, town, etype):
    # the body is the party, named after its town ("Naogaon District Administration", round 37)
    assert any(t == etype and any(a.startswith(town) for a in actors) for t, actors, _ in _parties(text))
