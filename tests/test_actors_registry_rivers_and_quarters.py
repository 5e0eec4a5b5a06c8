"""Rivers of Bangladesh named without "নদী" and places that Bangladeshi and regional news name
without their district or country are registry actors (overlay places_bangladesh.yaml,
places_world.yaml), not unlinked words. Sentences written for this test."""
from __future__ import annotations

from actor_fixtures import actors_at


def _actor(text: str, typ: str, surface: str):
    return actors_at(text, "bn", (typ, surface), published="2025-06-12")[surface]


def test_a_river_named_alone_is_the_river():
    a = _actor("বাঁধ ভেঙে মুহুরীর পানি গ্রামে ঢুকেছে বলে স্থানীয়রা জানান।", "LOC", "মুহুরীর")
    assert a is not None and a.id == "muhuri-river" and a.country == "BGD"


def test_a_quarter_of_narayanganj_is_linked_without_its_district():
    a = _actor("ফতুল্লায় একটি কারখানায় আগুন লেগেছে বলে ফায়ার সার্ভিস জানায়।", "GPE", "ফতুল্লায়")
    assert a is not None and a.name == "Fatullah"


def test_a_sri_lankan_cricket_venue_is_in_sri_lanka():
    a = _actor("ডাম্বুলায় প্রথম ম্যাচে জিতেছে বাংলাদেশ দল।", "GPE", "ডাম্বুলায়")
    assert a is not None and a.country == "LKA"
