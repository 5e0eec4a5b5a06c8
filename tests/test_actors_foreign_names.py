"""An unknown person's genitive comes off only in a story set abroad (Provisional._foreign_genitive_off,
lang data `context.foreign_name_endings`); the story's country is that of its linked places, else
of its linked bodies (the clubs of a match report)."""
from __future__ import annotations

from actor_fixtures import link_spans


def _name(text: str, surface: str) -> str | None:
    got = link_spans(text, "bn", ("PER", surface), published="2025-03-09")
    return getattr(got.get(surface), "name", None)


def test_genitive_stays_on_an_unknown_name_at_home():
    # a given name not on lang/bn/ner_given_names.txt: nothing says the name is foreign
    t = "ঢাকায় এক অনুষ্ঠানে রবিন ক্লার্কেনের বক্তব্য শোনেন শিক্ষার্থীরা।"
    assert _name(t, "রবিন ক্লার্কেনের").endswith("Klarkener")


def test_genitive_off_at_home_after_a_listed_foreign_given_name():
    t = "ঢাকায় এক অনুষ্ঠানে ডেনিস ক্লার্কেনের বক্তব্য শোনেন শিক্ষার্থীরা।"
    assert _name(t, "ডেনিস ক্লার্কেনের") == "Dennis Klarken"


def test_genitive_off_where_only_the_clubs_say_the_story_is_abroad():
    t = "ক্রিস্টাল প্যালেসের বিপক্ষে টটেনহ্যামের জয়ে গোল করেন ডেনিস ক্লার্কেনের সতীর্থ।"
    assert _name(t, "ডেনিস ক্লার্কেনের").endswith("Klarken")


def test_attested_name_keeps_its_er_abroad():
    t = "লন্ডনে শ্রমিক নেতা হারুন মোদাব্বের বলেন, মজুরি বাড়াতে হবে।"
    assert _name(t, "হারুন মোদাব্বের") == "Harun Modabber"
