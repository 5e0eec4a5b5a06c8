"""A station's police (issue 10; lang data `unit_force_words`): "X থানা পুলিশ" is X Police Station,
the unit that the force word follows, not an "X Police Station Police". Every text here is
written for these tests."""
from __future__ import annotations

from actor_fixtures import actors_at


def test_the_police_of_a_station_is_the_station():
    text = "পরে রূপগঞ্জ থানা পুলিশ ঘটনাস্থলে গিয়ে পরিস্থিতি নিয়ন্ত্রণে আনে।"
    got = actors_at(text, "bn", ("ORG", "রূপগঞ্জ থানা পুলিশ"), published="2025-03-10")
    a = got["রূপগঞ্জ থানা পুলিশ"]
    assert a is not None and a.name.endswith("Police Station"), a


def test_a_national_force_keeps_its_word():
    text = "বাংলাদেশ পুলিশ জানিয়েছে, সারা দেশে নিরাপত্তা জোরদার করা হয়েছে।"
    got = actors_at(text, "bn", ("ORG", "বাংলাদেশ পুলিশ"), published="2025-03-10")
    assert got["বাংলাদেশ পুলিশ"] is not None and got["বাংলাদেশ পুলিশ"].name == "Bangladesh Police"
