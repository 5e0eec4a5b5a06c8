"""The registry names a body in the Wikipedia title form (GUIDELINES N5, DECISIONS N15): another
country's ministry as "Ministry of Defence (Russia)", a diplomatic mission as "High Commission of
India, Dhaka"; the forms the news writes ("Russian Defence Ministry", "Indian High Commission in
Dhaka") stay aliases that find it. Every name here is written for these tests."""
from __future__ import annotations

import pytest
import yaml

from khobor.actors.build import OVERLAY_DIR
from khobor.actors.link import get_registry


@pytest.fixture(scope="module")
def reg():
    return get_registry()


@pytest.mark.parametrize("surface, expected", [
    ("Russian Defence Ministry", "Ministry of Defence (Russia)"),
    ("Russia's Defense Ministry", "Ministry of Defence (Russia)"),
    ("রাশিয়ার প্রতিরক্ষা মন্ত্রণালয়", "Ministry of Defence (Russia)"),
    ("Indian High Commission in Dhaka", "High Commission of India, Dhaka"),
    ("ঢাকায় ভারতীয় হাইকমিশন", "High Commission of India, Dhaka"),
    ("Bangladesh High Commission in Delhi", "High Commission of Bangladesh, New Delhi"),
    ("US Embassy in Dhaka", "Embassy of the United States, Dhaka"),
    ("ঢাকায় মার্কিন দূতাবাস", "Embassy of the United States, Dhaka"),
])
def test_the_news_form_finds_the_body_under_its_wikipedia_title(reg, surface, expected):
    actor = reg.resolve(surface)
    assert actor is not None and actor.name == expected


def _overlay_bodies():
    for path in sorted(OVERLAY_DIR.glob("*.yaml")):
        for d in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("actors") or []:
            if d.get("type") == "ORG":
                yield d["name"]


def test_no_overlay_ministry_or_mission_is_named_by_its_demonym():
    # "Russian Defence Ministry", "Indian High Commission in Dhaka": the demonym form a reader
    # would not look up; the Wikipedia title puts the body first and the country after it
    wrong = [n for n in _overlay_bodies()
             if (n.endswith(" Ministry") and not n.startswith("Ministry"))
             or ((" Embassy in " in n or " High Commission in " in n) and not n.startswith(("Embassy", "High")))]
    assert wrong == []
