"""Held-out cases (round 44, issue 9): a Bengali attack told with a victim noun ("হামলার শিকার
হয়েছেন", fell victim to an attack) whose victims the registry does not hold ("দলীয় এক নেতা", a
party leader; "দুই তরুণ", two young men) was no event: the rules found no victim, so no party.
The guidelines code it by country (E5): someone unnamed (actor "unidentified", no country) against
the article's country (dev sentence set: a required miss). A possessor of the noun still does the
act ("পুলিশের হামলার শিকার" = attacked by the police). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of_type

UNHELD_VICTIMS = [
    "রাতে বাড়ি ফেরার পথে শহরে হামলার শিকার হয়েছেন দলীয় এক নেতা।",
    "মিছিল শেষে ফেরার সময় বাজারে হামলার শিকার হন দুই তরুণ।",
    "নির্বাচনী প্রচারণা চালাতে গিয়ে গ্রামে হামলার শিকার হয়েছেন এক প্রার্থীর তিন সমর্থক।",
]
OWNED = [
    "বিক্ষোভ চলাকালে পুলিশের হামলার শিকার হয়েছেন দুই তরুণ।",
]


def _sides(text: str) -> set[tuple]:
    """(actor names, recipient countries) of each ASSAULT the rules propose."""
    return {(tuple(a.name for a in e.actors), tuple(r.country for r in e.recipients))
            for e in candidates_of_type(text, "bn", "ASSAULT")}


@pytest.mark.parametrize("text", UNHELD_VICTIMS, ids=range(len(UNHELD_VICTIMS)))
def test_an_unowned_attack_on_unheld_victims_is_by_someone_unnamed_on_home(text):
    sides = _sides(text)
    assert sides and {actors for actors, _ in sides} == {("unidentified",)}
    assert all(countries and set(countries) == {"BGD"} for _, countries in sides)


@pytest.mark.parametrize("text", OWNED, ids=range(len(OWNED)))
def test_the_possessor_of_the_attack_still_does_it(text):
    sides = _sides(text)
    assert sides and all("unidentified" not in actors for actors, _ in sides)
