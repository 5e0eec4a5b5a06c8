"""Actor registry, overlay bangladesh_bodies_2026.yaml: Bangladeshi parties, alliances, party wings,
reform commissions, regulators and professional bodies with no head word a rule could find
("গণতন্ত্র মঞ্চ", "আমজনতার দল"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from khobor.actors.link import get_registry
from test_actors_registry_2026 import linked


@pytest.mark.parametrize("surface, expected", [
    ("গণতন্ত্র মঞ্চ", "ganatantra-mancha"),
    ("আমজনতার দল", "amjanatar-dal"),
    ("বাম গণতান্ত্রিক জোট", "left-democratic-alliance"),
    ("সংবিধান সংস্কার কমিশন", "constitution-reform-commission"),
    ("নির্বাচনব্যবস্থা সংস্কার কমিশন", "electoral-reform-commission"),
    ("বিএসটিআই", "bsti"),
    ("কোস্ট গার্ড", "bangladesh-coast-guard"),
    ("Bangladesh Bar Council", "bangladesh-bar-council"),
    ("খুলনা মেট্রোপলিটন পুলিশ", "kmp"),
    ("সশস্ত্র বাহিনী বিভাগ", "armed-forces-division"),
])
def test_added_bodies_resolve(surface, expected):
    actor = get_registry().resolve(surface)
    assert actor is not None and actor.id == expected


def test_platform_and_new_party_link_in_a_bengali_sentence():
    got = linked("গণতন্ত্র মঞ্চের নেতারা আজ আমজনতার দল ও বাম গণতান্ত্রিক জোটের সঙ্গে বৈঠক করেছেন।", "bn")
    ids = set(got.values())
    assert {"Ganatantra Mancha", "Amjanatar Dal", "Left Democratic Alliance"} <= ids, got


def test_reform_commission_links_in_a_bengali_sentence():
    got = linked("পুলিশ সংস্কার কমিশন গতকাল প্রধান উপদেষ্টার কাছে প্রতিবেদন জমা দিয়েছে।", "bn")
    assert "Police Reform Commission" in got.values(), got


def test_regulator_links_in_an_english_sentence():
    got = linked("The Bangladesh Energy Regulatory Commission raised the price of gas on Sunday.", "en")
    assert "Bangladesh Energy Regulatory Commission" in got.values(), got
